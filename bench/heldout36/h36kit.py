"""Drawing and self-check helpers for bench/heldout36/make_heldout36_pdfs.py (see its docstring).

A page is a list of drawing operations in points measured from the TOP-left corner (y = text baseline); the same
operations are rendered either with reportlab (invariant=1) or with fpdf2 (fixed creation date). Text widths come
from reportlab's font metrics for both producers, so right-aligned columns line up identically.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LS": "liberation/LiberationSans-Regular.ttf", "LS-B": "liberation/LiberationSans-Bold.ttf",
    "LSN": "liberation/LiberationSansNarrow-Regular.ttf", "LSN-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LSe": "liberation/LiberationSerif-Regular.ttf", "LSe-B": "liberation/LiberationSerif-Bold.ttf",
    "LM": "liberation/LiberationMono-Regular.ttf", "LM-B": "liberation/LiberationMono-Bold.ttf",
    "DS": "dejavu/DejaVuSans.ttf", "DS-B": "dejavu/DejaVuSans-Bold.ttf",
    "DSC": "dejavu/DejaVuSansCondensed.ttf", "DSC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DSe": "dejavu/DejaVuSerif.ttf", "DSe-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DSeC": "dejavu/DejaVuSerifCondensed.ttf", "DSeC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DM": "dejavu/DejaVuSansMono.ttf", "DM-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
        "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
_REG: set[str] = set()


def _rl_name(font: str) -> str:
    if font in CORE:
        return font
    name = "h36" + font
    if name not in _REG:
        pdfmetrics.registerFont(TTFont(name, str(TTF_DIR / TTF[font])))
        _REG.add(name)
    return name


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_name(font), size)


class Doc:
    """Pages of drawing ops; y is measured from the top of the page."""

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.pages: list[list[tuple]] = []

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="LS", size=8.0, align="l"):
        if align == "r":
            x -= width(s, font, size)
        elif align == "c":
            x -= width(s, font, size) / 2
        self.pages[-1].append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        """x, y = top-left corner. fill: grey level 0..1 or None."""
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def wrap(self, s: str, font: str, size: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if width(t, font, size) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    # ---------------------------------------------------------------- rendering
    def save_reportlab(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout36")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size = op
                    c.setFillGray(0)
                    c.setFont(_rl_name(font), size)
                    c.drawString(x, self.h - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, gray = op
                    c.setStrokeGray(gray)
                    c.setLineWidth(lw)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0.3)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path, title: str) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("heldout36")
        added: set[str] = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size = op
                    if font in CORE:
                        fam, style = CORE[font]
                    else:
                        base = font.split("-")[0]
                        fam, style = "h36" + base.lower(), ("B" if font.endswith("-B") else "")
                        if (fam, style) not in added:
                            pdf.add_font(fam, style, str(TTF_DIR / TTF[font]))
                            added.add((fam, style))
                    pdf.set_font(fam, style, size)
                    pdf.set_text_color(0)
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, gray = op
                    pdf.set_draw_color(int(gray * 255))
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(77)
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------ self-check

def _text_lines(page) -> list[str]:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False, use_text_flow=False)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) <= 2.2:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def has_tok(text: str, tok: str) -> bool:
    return re.search(r"(?<![\w.,$\-])" + re.escape(tok) + r"(?![\w,\-]|\.\d)", text) is not None


def check_file(pdf: Path, spec: dict) -> list[str]:
    """spec: date(fn iso->str)|None, money(fn Decimal->str), code(fn code, mods->str)|None, units(fn str->str)|None,
    window (text lines a service may span), row_fields (amount keys printed on the row)."""
    import pdfplumber
    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(str(pdf)) as doc:
        if len(doc.pages) != t["pages"]:
            errs.append(f"{pdf.name}: pages {len(doc.pages)} != truth {t['pages']}")
        lines = [_text_lines(p) for p in doc.pages]
        full = ["\n".join(x) for x in lines]
    win = spec.get("window", 1)
    from datetime import date as _d
    for i, ln in enumerate(t["lines"]):
        toks = []
        if spec.get("date") and ln["service_date"]:
            toks.append(spec["date"](_d.fromisoformat(ln["service_date"])))
        if spec.get("date") and ln["service_end"] and spec.get("end_on_row", True):
            toks.append(spec["date"](_d.fromisoformat(ln["service_end"])))
        if spec.get("pair"):
            toks.append(spec["pair"](_d.fromisoformat(ln["service_date"]),
                                     _d.fromisoformat(ln["service_end"] or ln["service_date"])))
        if spec.get("code") and ln["code"]:
            toks.append(spec["code"](ln["code"], ln["modifiers"]))
        if ln["units"] is not None:
            toks.append(spec["units"](ln["units"]))
        for k in spec.get("row_fields", ()):
            if ln[k] is not None:
                toks.append(spec["money"](Decimal(ln[k])))
        for r in ln["remarks"]:
            if spec.get("remarks_on_row", True):
                toks.append(r)
        pl = lines[ln["page"] - 1]
        ok = False
        for j in range(len(pl)):
            txt = " ".join(pl[j:j + win])
            if all(has_tok(txt, x) for x in toks):
                ok = True
                break
        if not ok:
            errs.append(f"{pdf.name}: line {i} p{ln['page']} tokens not on one row: {toks}")
        pt = full[ln["page"] - 1]
        if not spec.get("remarks_on_row", True):
            for r in ln["remarks"]:
                if not has_tok(pt, r):
                    errs.append(f"{pdf.name}: line {i} remark {r} not on page")
        for g, c, a in ln["adjustments"]:
            if c not in pt or (a is not None and spec["money"](Decimal(a)) not in pt):
                errs.append(f"{pdf.name}: line {i} adjustment {g}-{c} {a} not on page")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and not any(ln[key] in f for f in full):
                errs.append(f"{pdf.name}: line {i} {key} {ln[key]!r} not in text")
        # arithmetic
        if ln["billed"] and ln["paid"] and ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]):
            if spec.get("adj_complete", True):
                s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
                if s != Decimal(ln["paid"]):
                    errs.append(f"{pdf.name}: line {i} billed-adj {s} != paid {ln['paid']}")
        if ln["allowed"] and ln["paid"] and all(ln[k] is not None for k in ("deductible", "copay", "coinsurance")):
            s = Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - Decimal(ln["coinsurance"])
            if spec.get("seq_in_paid"):
                pass
            elif s != Decimal(ln["paid"]):
                errs.append(f"{pdf.name}: line {i} allowed-shares {s} != paid {ln['paid']}")
    planted = " ".join(t["expected_findings"])
    for c in t["claims"]:
        ls = [x for x in t["lines"] if x["payer_claim_id"] == c["payer_claim_id"] and x["claim_id"] == c["claim_id"]
              and x["patient"] == c["patient"]]
        if not ls:
            errs.append(f"{pdf.name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(x[k]) for x in ls if x[k] is not None)
            key = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v):
                if not (str(key) in planted and k in spec.get("planted_field", ())):
                    errs.append(f"{pdf.name}: claim {key} total {k} {v} != lines {s}")
            elif str(key) in planted and k in spec.get("planted_field", ()):
                errs.append(f"{pdf.name}: planted mismatch on {key} is not a mismatch")
            if not any(has_tok(f, spec["money"](Decimal(v))) for f in full):
                errs.append(f"{pdf.name}: claim total {k} {v} not printed")
    for code, _txt in t["legend"]:
        if not any(code in f for f in full):
            errs.append(f"{pdf.name}: legend code {code} not printed")
    return errs
