"""Drawing kit and self-check for bench/heldout118 (see make_heldout118_pdfs.py). Pages are lists of text
items placed by top-left coordinates (points, y = baseline from the top); the same page model is rendered by
reportlab or fpdf2. Alignment uses reportlab font metrics for both producers."""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
from eobgen import FIXED_WHEN, dfmt, money  # noqa: E402

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
TTF = {
    "LSans": (LIB + "LiberationSans-Regular.ttf", LIB + "LiberationSans-Bold.ttf"),
    "LSerif": (LIB + "LiberationSerif-Regular.ttf", LIB + "LiberationSerif-Bold.ttf"),
    "LNarrow": (LIB + "LiberationSansNarrow-Regular.ttf", LIB + "LiberationSansNarrow-Bold.ttf"),
    "DSansC": (DJV + "DejaVuSansCondensed.ttf", DJV + "DejaVuSansCondensed-Bold.ttf"),
    "DSerif": (DJV + "DejaVuSerif.ttf", DJV + "DejaVuSerif-Bold.ttf"),
    "DMono": (DJV + "DejaVuSansMono.ttf", DJV + "DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}
for _n, (_r, _b) in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _r))
    pdfmetrics.registerFont(TTFont(_n + "-B", _b))


def rl_name(fam: str, bold: bool) -> str:
    if fam in CORE_RL:
        return CORE_RL[fam][1 if bold else 0]
    return fam + ("-B" if bold else "")


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(fam, bold), size)


def wrap(s: str, fam: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, fam, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


class Page:
    def __init__(self) -> None:
        self.items: list = []

    def t(self, x, y, s, size=8, bold=False, al="l", fam=None):
        self.items.append(("t", x, y, str(s), size, bold, al, fam))

    def hl(self, x1, x2, y, w=0.5):
        self.items.append(("l", x1, y, x2, y, w))

    def vl(self, x, y1, y2, w=0.5):
        self.items.append(("l", x, y1, x, y2, w))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.items.append(("b", x, y, w, h, lw, fill))


class Doc:
    """fmt: date style, money style/neg style, how units/adjustments are printed, and whether the date/code
    sit on the service row. rows: (page, truth-line index) registered while drawing."""

    def __init__(self, w, h, fam, *, dstyle="mdy4", mstyle=",", neg="-", units_fmt=None, adj_fmt=None,
                 adj_window=0, date_on_row=True, code_fmt=None, all_adjs=False):
        self.w, self.h, self.fam = w, h, fam
        self.pages: list[Page] = []
        self.dstyle, self.mstyle, self.neg = dstyle, mstyle, neg
        self.units_fmt = units_fmt or (lambda u: u)
        self.adj_fmt = adj_fmt or (lambda g, r: f"{g}-{r}")
        self.adj_window = adj_window
        self.date_on_row = date_on_row
        self.code_fmt = code_fmt
        self.all_adjs = all_adjs

    def new_page(self) -> Page:
        p = Page()
        self.pages.append(p)
        return p

    def m(self, d) -> str:
        return money(Decimal(d), self.mstyle, self.neg)

    def d(self, dt) -> str:
        return self.dstyle(dt) if callable(self.dstyle) else dfmt(dt, self.dstyle)

    # ------------------------------------------------------------------ rendering
    def render(self, path: Path, producer: str) -> None:
        if producer == "reportlab":
            self._rl(path)
        else:
            self._fp(path)

    def _rl(self, path):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle("Statement")
        for p in self.pages:
            for it in p.items:
                if it[0] == "t":
                    _, x, y, s, size, bold, al, fam = it
                    f = rl_name(fam or self.fam, bold)
                    c.setFont(f, size)
                    yy = self.h - y
                    if al == "r":
                        c.drawRightString(x, yy, s)
                    elif al == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w = it
                    c.setLineWidth(w)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, lw, fill = it
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.h - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def _fp(self, path):
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        for n, (r, b) in TTF.items():
            pdf.add_font(n, "", r)
            pdf.add_font(n, "B", b)
        for p in self.pages:
            pdf.add_page()
            for it in p.items:
                if it[0] == "t":
                    _, x, y, s, size, bold, al, fam = it
                    fam = fam or self.fam
                    pdf.set_font(CORE_FP.get(fam, fam), "B" if bold else "", size)
                    wd = width(s, fam, size, bold)
                    xx = x - wd if al == "r" else (x - wd / 2 if al == "c" else x)
                    pdf.text(xx, y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w = it
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, lw, fill = it
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Flow:
    """A y cursor that starts a new page (calling on_page(page, doc) -> first y) when space runs out."""

    def __init__(self, doc: Doc, on_page, bottom: float):
        self.doc, self.on_page, self.bottom = doc, on_page, bottom
        self.pg = None
        self.y = 0.0
        self.page()

    def page(self):
        self.pg = self.doc.new_page()
        self.y = self.on_page(self.pg, len(self.doc.pages))

    def need(self, h) -> bool:
        if self.y + h > self.bottom:
            self.page()
            return True
        return False

    @property
    def n(self) -> int:
        return len(self.doc.pages)


# ---------------------------------------------------------------------------------------------- check

def _lines(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            tl = p.extract_text_lines(strip=True)
            out.append([re.sub(r"\s+", " ", t["text"]) for t in tl])
    return out


def _has(text: str, tok: str) -> bool:
    lb = r"(?<![\w.,$])" if re.match(r"[\d$(]", tok) else r"(?<![\w])"
    return re.search(lb + re.escape(tok) + r"(?![\w])", text) is not None


def check(pdf_path: Path, truth: dict, doc: Doc) -> list[str]:
    errs: list[str] = []
    pages = _lines(pdf_path)
    name = pdf_path.name
    if len(pages) != truth["pages"]:
        errs.append(f"{name}: {len(pages)} pages, truth says {truth['pages']}")
    alltext = " ".join(" ".join(p) for p in pages)
    for i, ln in enumerate(truth["lines"]):
        plines = pages[ln["page"] - 1]
        from datetime import date as _d
        dt = _d.fromisoformat(ln["service_date"])
        main = []
        if doc.date_on_row:
            main.append(doc.d(dt))
        elif not _has(" ".join(plines), doc.d(dt)):
            errs.append(f"{name} line {i}: date {doc.d(dt)} not on page")
        if ln["code"]:
            main.append(doc.code_fmt(ln["code"], ln["modifiers"]) if doc.code_fmt else ln["code"])
        if not doc.code_fmt:
            main += ln["modifiers"]
        if ln["units"] is not None:
            main.append(doc.units_fmt(ln["units"]))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None:
                main.append(doc.m(ln[k]))
        hits = [j for j, t in enumerate(plines) if all(_has(t, tok) for tok in main)]
        if not hits:
            errs.append(f"{name} line {i} p{ln['page']}: no text line holds all of {main}")
            continue
        ok_adj = False
        for j in hits:
            win = " ".join(plines[j:j + 1 + doc.adj_window])
            if all(_has(win, doc.adj_fmt(g, r)) and _has(win, doc.m(a)) for g, r, a in ln["adjustments"]) and \
                    all(_has(win, r) for r in ln["remarks"]):
                ok_adj = True
        if not ok_adj:
            errs.append(f"{name} line {i}: adjustments/remarks {ln['adjustments']} {ln['remarks']} not by the row")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in alltext:
                errs.append(f"{name} line {i}: {key} {ln[key]!r} not in the document text")
        if ln["description"] and not any(all(_has(" ".join(plines[j:j + 3]), w) for w in ln["description"].split())
                                         for j in hits):
            errs.append(f"{name} line {i}: description {ln['description']!r} not by the row")
        if doc.all_adjs and ln["adjustments"] and ln["paid"] is not None:
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{name} line {i}: billed - adjustments = {s} but paid {ln['paid']}")
    planted = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"{name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None or any(ln[k] is None for ln in mine):
                continue
            s = sum(Decimal(ln[k]) for ln in mine)
            cid = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v):
                if f"claim {cid}" not in planted:
                    errs.append(f"{name}: claim {cid} {k} total {v} != lines {s}")
            elif f"claim {cid}" in planted and k in planted:
                pass
            if not _has(alltext, doc.m(v)):
                errs.append(f"{name}: claim {cid} total {k} {doc.m(v)} not printed")
    for f in truth["expected_findings"]:
        m = re.search(r"claim (\S+): printed .* total (\S+) but the lines add up to (\S+)", f)
        if not m or m.group(2) == m.group(3) or not _has(alltext, doc.m(m.group(2))):
            errs.append(f"{name}: planted finding not real: {f}")
    return errs
