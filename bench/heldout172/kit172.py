"""Page-drawing kit for held-out set 172: a page model (text, rules, boxes) drawn by reportlab or fpdf2,
and the factory self-check (text layer, rows, arithmetic). Tests the factory only, never the reader."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = "/usr/share/fonts/truetype/"
FONTS = {  # logical name -> TTF path, or None for a core font of the same name
    "DejaVuSans": TTF + "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": TTF + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": TTF + "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": TTF + "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuCond": TTF + "dejavu/DejaVuSansCondensed.ttf", "DejaVuCond-Bold": TTF + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": TTF + "dejavu/DejaVuSansMono.ttf", "DejaVuMono-Bold": TTF + "dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": TTF + "liberation/LiberationSans-Regular.ttf", "LibSans-Bold": TTF + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": TTF + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": TTF + "liberation/LiberationSerif-Bold.ttf",
    "LibMono": TTF + "liberation/LiberationMono-Regular.ttf", "LibMono-Bold": TTF + "liberation/LiberationMono-Bold.ttf",
    "LibNarrow": TTF + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": TTF + "liberation/LiberationSansNarrow-Bold.ttf",
    "Helvetica": None, "Helvetica-Bold": None, "Courier": None, "Courier-Bold": None, "Times-Roman": None,
    "Times-Bold": None,
}
_REG: set = set()


def _rl_font(name: str) -> str:
    if FONTS[name] and name not in _REG:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _REG.add(name)
    return name


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_font(font), size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, font, size) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Pages of drawing ops; y grows downward from the top edge, text y is the baseline."""

    def __init__(self, w: float, h: float, top: float, bottom: float, furniture=None, footer=None):
        self.w, self.h, self.top, self.bottom = w, h, top, bottom
        self.furniture, self.footer = furniture, footer
        self.pages: list[list] = []
        self.repeat = None  # called after a page break inside a table
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.furniture:
            self.furniture(self, self.page)

    def need(self, hgt: float) -> bool:
        if self.y + hgt > self.h - self.bottom:
            self.new_page()
            if self.repeat:
                self.repeat(self)
            return True
        return False

    def t(self, x, y, s, font, size, align="l"):
        if align == "r":
            x -= width(s, font, size)
        elif align == "c":
            x -= width(s, font, size) / 2
        self.pages[-1].append(("t", x, y, s, font, size))

    def rule(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def box(self, x, y, w, h, lw=0.5, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def finish(self) -> None:
        if self.footer:
            for i, ops in enumerate(self.pages):
                keep = self.pages
                self.pages = [ops]
                self.footer(self, i + 1, len(keep))
                self.pages = keep


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic")
    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size = op
                c.setFont(_rl_font(font), size)
                c.drawString(x, doc.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, lw, fill = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str) -> None:
    from datetime import UTC, datetime

    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    pdf.set_title(title)
    added = set()
    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size = op
                if FONTS[font]:
                    if font not in added:
                        pdf.add_font(font, "", FONTS[font])
                        added.add(font)
                    pdf.set_font(font, "", size)
                else:
                    fam, _, sty = font.partition("-")
                    fam = {"Times": "Times"}.get(fam, fam)
                    pdf.set_font(fam, "B" if sty == "Bold" else "", size)
                pdf.text(x, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, lw, fill = op
                pdf.set_line_width(lw or 0.1)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF" if lw else "F")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?")


def nums(text: str) -> set:
    out = set()
    for tok in NUM.findall(text):
        neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-") or tok.startswith("($")
        core = tok.strip("()-$").replace("$", "").replace(",", "")
        try:
            d = Decimal(core)
        except ArithmeticError:
            continue
        out.add(-d if neg else d)
        out.add(d.normalize() if not neg else -d.normalize())
    return out


def date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m%d%y"),
            d.strftime("%m%d%Y"), f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", d.isoformat(),
            d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d} {d.year}",
            f"{d.day} {d:%b} {d.year}", f"{d:%b}. {d.day}, {d.year}", d.strftime("%Y%m%d"), f"{d.month}/{d.day}/{d:%y}"]


def rows_of(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0] - w["top"]) <= 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def check_file(pdf: Path) -> list[str]:
    import pdfplumber
    tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
    errs = []
    with pdfplumber.open(str(pdf)) as p:
        pages = [rows_of(pg) for pg in p.pages]
        n = len(p.pages)
    if n != tr["pages"]:
        errs.append(f"pages {n} != {tr['pages']}")
    alltext = "\n".join("\n".join(r) for r in pages)
    flat = re.sub(r"\s+", " ", alltext)
    opts = tr.get("check", {})
    for i, ln in enumerate(tr["lines"]):
        rows = pages[ln["page"] - 1]
        ptext = "\n".join(rows)
        tag = f"line {i} {ln['code']} p{ln['page']}"
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                          "coinsurance", "not_covered", "discount") if ln[k] is not None]
        adjs = ln["adjustments"][:1] if opts.get("stacked_adjustments") else ln["adjustments"]
        want += [Decimal(a[2]) for a in adjs if a[2] is not None]
        cands = [r for r in rows if ln["code"] and ln["code"] in r]
        ok = []
        for r in cands:
            ns = nums(r)
            if not all(w in ns for w in want):
                continue
            if ln["units"] is not None and Decimal(ln["units"]) not in ns:
                continue
            if not all(m in r for m in ln["modifiers"]):
                continue
            if not all(rm in r for rm in ln["remarks"]):
                continue
            if not all(re.search(rf"{g}\s*-?\s*{c}\b", r) for g, c, _ in adjs):
                continue
            if len(adjs) < len(ln["adjustments"]):  # the rest stacked on the text rows under the service row
                at = rows.index(r)
                below = rows[at + 1:at + len(ln["adjustments"])]
                if not all(any(re.search(rf"{g}\s*-?\s*{c}\b", b) and Decimal(a) in nums(b) for b in below)
                           for g, c, a in ln["adjustments"][1:]):
                    continue
            ok.append(r)
        if not ok:
            errs.append(f"{tag}: no row carries all its values; candidates={cands[:3]}")
            continue
        forms = date_forms(ln["service_date"])
        scopes = ok if opts.get("date_on_row", True) else [ptext]
        if not any(f in sc for f in forms for sc in scopes):
            errs.append(f"{tag}: date {ln['service_date']} not on row/page")
        if ln["service_end"] and not any(f in ptext for f in date_forms(ln["service_end"])):
            errs.append(f"{tag}: end date missing")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in re.sub(r"\s+", " ", ptext):
                errs.append(f"{tag}: {k} {ln[k]!r} not on page")
        if opts.get("full_adjustments") and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a[2]) for a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments != paid")
        if opts.get("member_math") and ln["allowed"] is not None:
            parts = [Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance")]
            if Decimal(ln["allowed"]) - sum(parts, Decimal(0)) != Decimal(ln["paid"]):
                errs.append(f"{tag}: allowed - cost share != paid")
    planted = " ".join(tr["expected_findings"])
    for c in tr["claims"]:
        mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            if Decimal(v) not in nums(flat):
                errs.append(f"claim {c['claim_id']} total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            key = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v) and not (key and key in planted):
                errs.append(f"claim {key} {k}: lines {s} != printed {v}")
            if s == Decimal(v) and key and key in planted and k in opts.get("planted_field", ""):
                errs.append(f"claim {key}: planted mismatch not real")
    return errs
