"""Page model and self-check for bench/heldout62 (see make_heldout62_pdfs.py for the contract).

A layout draws into a ``Doc`` (buffered text / line / box operations in points, origin top-left, y = baseline);
``Doc.save`` emits the pages with reportlab or fpdf2. ``check_file`` re-reads a written PDF with pdfplumber
and tests the truth against its text layer (the factory is tested, never the reader).
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN, money  # noqa: E402

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
TTF = {
    "DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "DejaVuSansCondensed.ttf", "DejaVuSansCond-Bold": "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSerifCond": "DejaVuSerifCondensed.ttf", "DejaVuSerifCond-Bold": "DejaVuSerifCondensed-Bold.ttf",
    "DejaVuMono": "DejaVuSansMono.ttf", "DejaVuMono-Bold": "DejaVuSansMono-Bold.ttf",
    "LibSans": "LiberationSans-Regular.ttf", "LibSans-Bold": "LiberationSans-Bold.ttf",
    "LibSerif": "LiberationSerif-Regular.ttf", "LibSerif-Bold": "LiberationSerif-Bold.ttf",
    "LibNarrow": "LiberationSansNarrow-Regular.ttf", "LibNarrow-Bold": "LiberationSansNarrow-Bold.ttf",
    "LibMono": "LiberationMono-Regular.ttf", "LibMono-Bold": "LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


def ttf_path(name: str) -> str:
    for d in FONT_DIRS:
        p = Path(d) / TTF[name]
        if p.exists():
            return str(p)
    raise FileNotFoundError(name)


_RL_REG: set = set()


def rl_font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name in CORE_RL:
        return name
    if name not in _RL_REG:
        pdfmetrics.registerFont(TTFont(name, ttf_path(name)))
        _RL_REG.add(name)
    return name


def width(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(s, rl_font(font), size)


class Doc:
    def __init__(self, producer: str, landscape: bool = False, title: str = "Statement"):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.title = title
        self.pages: list[list[tuple]] = []
        self.y = 0.0
        self.font = ("Helvetica", 9.0)
        self.on_new_page = None  # callable(doc) drawing the page furniture and continued headers
        self.bottom = self.H - 60
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0
        if self.on_new_page:
            self.on_new_page(self)

    def ensure(self, need: float) -> bool:
        if self.y + need > self.bottom:
            self.new_page()
            return True
        return False

    def setfont(self, font: str, size: float) -> None:
        self.font = (font, size)

    def text(self, x: float, y: float, s: str, align: str = "l", font: str | None = None,
             size: float | None = None, page: int | None = None) -> None:
        f, z = (font or self.font[0]), (size or self.font[1])
        w = width(s, f, z)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pages[(page or self.page) - 1].append(("t", x, y, s, f, z))

    def line(self, x1, y1, x2, y2, w: float = 0.5, page: int | None = None) -> None:
        self.pages[(page or self.page) - 1].append(("l", x1, y1, x2, y2, w))

    def box(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5,
            page: int | None = None) -> None:
        self.pages[(page or self.page) - 1].append(("b", x, y, w, h, fill, stroke, lw))

    def wrap(self, s: str, w: float, font: str | None = None, size: float | None = None) -> list[str]:
        f, z = (font or self.font[0]), (size or self.font[1])
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if width(t, f, z) <= w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out or [""]

    # ---------------------------------------------------------------------------------------- emit
    def save(self, path: Path) -> int:
        (self._save_rl if self.producer == "reportlab" else self._save_fpdf)(path)
        return len(self.pages)

    def _save_rl(self, path: Path) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(self.title)
        c.setAuthor("synthetic test document")
        H = self.H
        for ops in self.pages:
            for op in ops:
                if op[0] == "b":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            for op in ops:
                if op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, H - y1, x2, H - y2)
                elif op[0] == "t":
                    _, x, y, s, f, z = op
                    c.setFont(rl_font(f), z)
                    c.drawString(x, H - y, s)
            c.showPage()
        c.save()

    def _save_fpdf(self, path: Path) -> None:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(self.title)
        pdf.set_author("synthetic test document")
        pdf.set_auto_page_break(False)
        core = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
                "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
        added: set = set()

        def setf(f, z):
            if f in core:
                pdf.set_font(core[f][0], core[f][1], z)
            else:
                if f not in added:
                    pdf.add_font(f, "", ttf_path(f))
                    added.add(f)
                pdf.set_font(f, "", z)

        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "b":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style=style or "D")
            for op in ops:
                if op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                elif op[0] == "t":
                    _, x, y, s, f, z = op
                    setf(f, z)
                    pdf.text(x, y, s)
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------- check

def _lines(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) < 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _has(line: str, tok: str) -> bool:
    return f" {tok} " in f" {line} "


def check_file(pdf: Path, fmt: dict) -> list[str]:
    """fmt: money=(style, neg); date=dfmt style; date_scope='line'|'band'|'page'; code=callable(code, mods)->
    list of tokens on the row line; units_fmt=callable(units)->token; adj=callable(g, r)->token;
    adj_money=(style, neg); band=number of text lines below the row line searched for adjustments / remarks;
    all_adjs=True when every adjustment is printed with its amount; stmt=True for statements."""
    import pdfplumber

    from eobgen import dfmt
    from datetime import date
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as p:
        pages = [_lines(pg) for pg in p.pages]
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    doc_text = " \n ".join(" \n ".join(lines) for lines in pages)
    mstyle, mneg = fmt["money"]
    amstyle, amneg = fmt.get("adj_money", fmt["money"])
    band = fmt.get("band", 3)
    used: set = set()
    for i, ln in enumerate(truth["lines"]):
        tag = f"line {i} ({ln['code']} {ln['service_date']})"
        plines = pages[ln["page"] - 1]
        toks = []
        if ln["code"]:
            toks += fmt["code"](ln["code"], ln["modifiers"])
        if ln["units"] is not None:
            toks.append(fmt["units_fmt"](ln["units"]))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None:
                toks.append(money(Decimal(ln[k]), mstyle, mneg))
        dd = date.fromisoformat(ln["service_date"])
        dtok = fmt["date"](dd) if callable(fmt["date"]) else dfmt(dd, fmt["date"])
        scope = fmt.get("date_scope", "line")
        if scope == "line":
            toks.append(dtok)
        cands = [j for j, t in enumerate(plines) if all(_has(t, x) for x in toks) and (ln["page"], j) not in used]
        if not cands:
            errs.append(f"{tag}: no text line on page {ln['page']} carries all of {toks}")
            continue
        j = cands[0]
        used.add((ln["page"], j))
        bandtxt = " ".join(plines[j:j + 1 + band])
        if scope == "band" and dtok not in bandtxt:
            errs.append(f"{tag}: date {dtok} not in band")
        if scope == "page" and dtok not in " ".join(plines):
            errs.append(f"{tag}: date {dtok} not on page")
        for g, r, a in ln["adjustments"]:
            at = fmt["adj"](g, r)
            if at not in bandtxt:
                errs.append(f"{tag}: adjustment {at} not in band")
            if a is not None and not _has(bandtxt, money(Decimal(a), amstyle, amneg)):
                errs.append(f"{tag}: adjustment amount {a} not in band")
        for rm in ln["remarks"]:
            if not re.search(rf"(^|[\s,;(]){re.escape(rm)}($|[\s,;)])", bandtxt):
                errs.append(f"{tag}: remark {rm} not in band")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in " ".join(" ".join(pages[k]) for k in range(ln["page"])):
                errs.append(f"{tag}: {key} {ln[key]!r} not printed on or before its page")
        # the document's own arithmetic
        if fmt.get("all_adjs") and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments != paid")
        if ln["allowed"] is not None and ln["paid"] is not None and fmt.get("plan_math"):
            parts = sum(Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance"))
            if Decimal(ln["allowed"]) - parts != Decimal(ln["paid"]):
                errs.append(f"{tag}: allowed - patient shares != paid")
        if ln["discount"] is not None and ln["allowed"] is not None and ln["billed"] is not None:
            if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"] or 0) != Decimal(
                    ln["allowed"]):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']}: no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            if not _has(doc_text.replace("\n", " "), money(Decimal(v), mstyle, mneg)):
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not printed")
            carried = [Decimal(ln[k]) for ln in mine if ln[k] is not None]
            if not carried:  # a claim-level figure the rows do not break down (e.g. patient responsibility)
                continue
            s = sum(carried, Decimal(0))
            planted = any(c["payer_claim_id"] and c["payer_claim_id"] in f for f in truth["expected_findings"]) or any(
                c["claim_id"] and c["claim_id"] in f for f in truth["expected_findings"])
            if (s != Decimal(v)) and not planted:
                errs.append(f"claim {c['payer_claim_id']}: {k} lines {s} != total {v}")
            if planted and s == Decimal(v) and k in " ".join(truth["expected_findings"]):
                pass
    for f in truth["expected_findings"]:
        m = re.search(r"printed (.+?) total ([\d.]+) but the lines add up to ([\d.]+)", f)
        if not m or m.group(2) == m.group(3):
            errs.append(f"planted finding malformed or not a mismatch: {f}")
    return errs


def spans_pages(truth: dict) -> bool:
    seen: dict = {}
    for ln in truth["lines"]:
        seen.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
    return any(len(v) > 1 for v in seen.values())
