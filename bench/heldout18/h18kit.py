"""Drawing and self-check helpers for bench/heldout18/make_heldout18_pdfs.py (see its docstring).

Two page back-ends with one small interface (coordinates in points, y measured DOWN from the top edge to the
text baseline): ``RL`` draws with reportlab, ``FP`` with fpdf2. The self-check reads the written PDFs back with
pdfplumber and knows nothing about how they were drawn except the per-layout printing conventions it is given.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Times-Roman", "Times-Bold", "Times-Italic",
        "Courier", "Courier-Bold"}


def have(name: str) -> bool:
    return name in CORE or Path(TTF.get(name, "/nonexistent")).exists()


def pick(*names: str) -> str:
    for n in names:
        if have(n):
            return n
    return "Helvetica"


class Page:
    """Common helpers on top of the back-end primitives."""

    W: float
    H: float
    page_no: int

    def wrap(self, s: str, maxw: float) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t) > maxw:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def textr(self, x: float, y: float, s: str) -> None:
        self.text(x - self.width(s), y, s)

    def textc(self, x: float, y: float, s: str) -> None:
        self.text(x - self.width(s) / 2, y, s)


class RL(Page):
    def __init__(self, path: Path, size=letter) -> None:
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.c.setAuthor("heldout18")
        self.W, self.H = size
        self.page_no = 1
        self.fname, self.fsize = "Helvetica", 9.0
        self.gray = 0.0

    def font(self, name: str, size: float) -> None:
        if name not in CORE and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, TTF[name]))
        self.fname, self.fsize = name, size
        self.c.setFont(name, size)

    def color(self, g: float) -> None:
        self.gray = g
        self.c.setFillGray(g)

    def width(self, s: str) -> float:
        return pdfmetrics.stringWidth(s, self.fname, self.fsize)

    def text(self, x: float, y: float, s: str) -> None:
        self.c.drawString(x, self.H - y, s)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(self.gray)

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, dash: bool = False) -> None:
        self.c.setLineWidth(lw)
        self.c.setDash(2, 2) if dash else self.c.setDash()
        self.c.line(x1, self.H - y1, x2, self.H - y2)
        self.c.setDash()

    def new_page(self) -> None:
        self.c.showPage()
        self.page_no += 1
        self.c.setFont(self.fname, self.fsize)

    def close(self) -> None:
        self.c.showPage()
        self.c.save()


class FP(Page):
    def __init__(self, path: Path, orientation: str = "P", fmt="letter", when=None) -> None:
        from fpdf import FPDF

        self.path = path
        self.pdf = FPDF(orientation=orientation, unit="pt", format=fmt)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        if when is not None:
            self.pdf.set_creation_date(when)
        self.pdf.set_author("heldout18")
        self.pdf.add_page()
        self.W, self.H = self.pdf.w, self.pdf.h
        self.page_no = 1
        self.loaded: set[str] = set()
        self.fname, self.fsize = "Helvetica", 9.0

    def font(self, name: str, size: float) -> None:
        self.fname, self.fsize = name, size
        if name in CORE:
            fam, _, sty = name.partition("-")
            fam = {"Times": "Times"}.get(fam, fam)
            st = {"Bold": "B", "Oblique": "I", "Italic": "I", "Roman": ""}.get(sty, "")
            self.pdf.set_font(fam, st, size)
            return
        if name not in self.loaded:
            self.pdf.add_font(name, "", TTF[name])
            self.loaded.add(name)
        self.pdf.set_font(name, "", size)

    def color(self, g: float) -> None:
        v = int(round(g * 255))
        self.pdf.set_text_color(v, v, v)

    def width(self, s: str) -> float:
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str) -> None:
        self.pdf.text(x, y, s)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        self.pdf.set_line_width(lw)
        style = ""
        if fill is not None:
            v = int(round(fill * 255))
            self.pdf.set_fill_color(v, v, v)
            style = "F"
        if stroke:
            style += "D"
        self.pdf.rect(x, y, w, h, style=style or "D")

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, dash: bool = False) -> None:
        self.pdf.set_line_width(lw)
        if dash:
            self.pdf.set_dash_pattern(2, 2)
        self.pdf.line(x1, y1, x2, y2)
        if dash:
            self.pdf.set_dash_pattern()

    def new_page(self) -> None:
        self.pdf.add_page()
        self.page_no += 1
        self.font(self.fname, self.fsize)

    def close(self) -> None:
        self.pdf.output(str(self.path))


# ------------------------------------------------------------------------------------------- self-check

def _rows(page) -> list[str]:
    """Text rows of a page: words grouped by baseline (tolerance 2 pt), left to right."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows]


def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z.,])" + re.escape(tok) + r"(?![0-9A-Za-z])", text) is not None


def check_file(pdf: Path, conv: dict) -> list[str]:
    """conv: money(Decimal)->str, date(date)->str or None, code(line)->str, units(line)->str|None,
    span (rows a service may cover), fields (amount fields the rows print), date_on_row, id_tokens."""
    from datetime import date as _d

    import pdfplumber

    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    with pdfplumber.open(str(pdf)) as doc:
        if len(doc.pages) != truth["pages"]:
            errs.append(f"{pdf.name}: {len(doc.pages)} pages, truth says {truth['pages']}")
        prows = [_rows(p) for p in doc.pages]
        alltext = "\n".join(p.extract_text() or "" for p in doc.pages)
    span = conv.get("span", 1)
    for i, ln in enumerate(truth["lines"]):
        rows = prows[ln["page"] - 1]
        c = conv["code"](ln)
        toks = list(c) if isinstance(c, (list, tuple)) else [c]
        for k in conv["fields"]:
            if ln[k] is not None:
                toks.append(conv["money"](Decimal(ln[k])))
        if ln["units"] is not None:
            toks.append(conv["units"](ln))
        if conv.get("date_on_row", True):
            toks.append(conv["date"](_d.fromisoformat(ln["service_date"])))
        for k in conv["fields"]:
            if k not in ("billed", "allowed", "paid", "patient_owes") and ln[k] is None and k in conv.get(
                    "always", ()):
                errs.append(f"{pdf.name} line {i}: {k} null but always printed")
        ok = False
        for r in range(len(rows)):
            win = " | ".join(rows[r:r + span])
            if all(_has(win, t) for t in toks):
                ok = True
                break
        if not ok:
            errs.append(f"{pdf.name} line {i} p{ln['page']}: tokens {toks} not on one row")
        page_text = "\n".join(rows)
        for g, c, a in ln["adjustments"]:
            if not (_has(page_text, c)):
                errs.append(f"{pdf.name} line {i}: adjustment {g}-{c} not on page")
        for rm in ln["remarks"]:
            if not _has(page_text, rm):
                errs.append(f"{pdf.name} line {i}: remark {rm} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext:
                errs.append(f"{pdf.name} line {i}: {k} {ln[k]!r} not in document")
        if conv.get("check_desc") and ln["description"] and ln["description"].split()[0] not in alltext:
            errs.append(f"{pdf.name} line {i}: description not in document")
    # arithmetic
    D = lambda v: Decimal(v) if v is not None else None  # noqa: E731
    for i, ln in enumerate(truth["lines"]):
        b, p = D(ln["billed"]), D(ln["paid"])
        adj = ln["adjustments"]
        if adj and all(a[2] is not None for a in adj) and b is not None and p is not None:
            if b - sum(Decimal(a[2]) for a in adj) != p:
                errs.append(f"{pdf.name} line {i}: billed - adjustments != paid")
        if conv.get("share_check") and ln["allowed"] is not None and p is not None:
            parts = sum(D(ln[k]) for k in ("deductible", "copay", "coinsurance") if ln[k] is not None)
            if D(ln["allowed"]) - parts != p:
                errs.append(f"{pdf.name} line {i}: allowed - share != paid")
        if conv.get("discount_check") and ln["discount"] is not None and ln["allowed"] is not None:
            nc = D(ln["not_covered"]) or Decimal(0)
            if b - D(ln["discount"]) - nc != D(ln["allowed"]):
                errs.append(f"{pdf.name} line {i}: billed - discount - not covered != allowed")
        if conv.get("owes") and ln["patient_owes"] is not None:
            want = conv["owes"](ln)
            if want is not None and want != D(ln["patient_owes"]):
                errs.append(f"{pdf.name} line {i}: patient owes {ln['patient_owes']} != its parts {want}")
    planted = " ".join(truth["expected_findings"])
    sums: dict = defaultdict(lambda: defaultdict(Decimal))
    for ln in truth["lines"]:
        key = (ln["claim_id"], ln["payer_claim_id"])
        for k in ("billed", "allowed", "paid", "patient_owes"):
            if ln[k] is not None:
                sums[key][k] += Decimal(ln[k])
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"])
        if key not in sums:
            errs.append(f"{pdf.name}: claim {key} has no lines")
            continue
        mism = []
        for k, v in c["totals"].items():
            if v is not None and Decimal(v) != sums[key][k]:
                mism.append(k)
        if mism and str(c["payer_claim_id"]) not in planted:
            errs.append(f"{pdf.name}: claim {key} totals {mism} differ from the lines")
        if str(c["payer_claim_id"]) in planted and not mism:
            errs.append(f"{pdf.name}: planted mismatch on {key} is not a mismatch")
        for k, v in c["totals"].items():
            if v is not None and conv["money"](Decimal(v)) not in alltext:
                errs.append(f"{pdf.name}: claim {key} total {k} {v} not printed")
    for code, _txt in truth["legend"]:
        if code not in alltext:
            errs.append(f"{pdf.name}: legend code {code} not printed")
    return errs
