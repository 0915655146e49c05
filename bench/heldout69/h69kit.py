"""Small drawing + table kit for bench/heldout69 (one page API over reportlab and fpdf2, top-left origin, points),
a paginating claim-table renderer that records which strings it printed on each service row, and the self-check."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}
TOTALS: dict[str, int] = {}
FIXED = datetime(2026, 2, 9, 8, 0, 0, tzinfo=timezone.utc)


class Doc:
    """producer 'reportlab' or 'fpdf2'; fonts named as keys of TTF or core names."""

    def __init__(self, path: Path, producer: str, landscape: bool = False):
        self.path, self.producer = Path(path), producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self.total = TOTALS.get(self.path.name, 0)  # page count of the first pass, for "Page n of N"
        self.fname, self.fsize = "Helvetica", 9.0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(self.path.stem)
            self._rl_reg = set()
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED)
            self.c.set_auto_page_break(False)
            self._fp_reg = set()
        self.new_page()

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font(self.fname, self.fsize)

    def font(self, name: str, size: float):
        self.fname, self.fsize = name, size
        if self.producer == "reportlab":
            if name not in CORE and name not in self._rl_reg:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(name, TTF[name]))
                self._rl_reg.add(name)
            self.c.setFont(name, size)
        else:
            if name in CORE:
                fam, style = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
                              "Courier": ("courier", ""), "Courier-Bold": ("courier", "B"),
                              "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}[name]
                self.c.set_font(fam, style, size)
            else:
                fam = name.lower().replace("-", "")
                if fam not in self._fp_reg:
                    self.c.add_font(fam, "", TTF[name])
                    self._fp_reg.add(fam)
                self.c.set_font(fam, "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, self.fname, self.fsize)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l"):
        """y is the baseline measured from the top of the page."""
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw=0.6):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0, 0, 0)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


def wrap(doc: Doc, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


# ------------------------------------------------------------------------------------------- check

def _page_lines(pdf_path: Path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            pages.append([ln["text"] for ln in p.extract_text_lines(x_tolerance=1.5, y_tolerance=2)])
    return pages


def _tok_in(tok: str, line: str) -> bool:
    # token must stand as its own value (not part of a longer number)
    pat = r"(?<![\d.,])" + re.escape(tok) + r"(?![\d])"
    return re.search(pat, line) is not None


def _norm(t: str) -> str:
    t = t.strip().replace("$", "").replace(",", "")
    neg = t.startswith("(") and t.endswith(")") or t.endswith("-") or t.startswith("-")
    t = t.strip("()-")
    try:
        v = Decimal(t).quantize(Decimal("0.01"))
    except Exception:
        return t
    return str(-v if neg else v)


def check_file(pdf_path: Path, rows: list[list[str]], must_in_doc: list[str]) -> list[str]:
    """rows[i] = tokens printed on service row i (page recorded in truth). Returns problems."""
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = _page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"{pdf_path.name}: pages {len(pages)} != truth {truth['pages']}")
    doc_text = "\n".join("\n".join(p) for p in pages)
    for i, (ln, toks) in enumerate(zip(truth["lines"], rows)):
        below = []
        if isinstance(toks, dict):  # {"row": same-line tokens, "below": on the next text lines under the row}
            toks, below = toks["row"], toks["below"]
        plines = pages[ln["page"] - 1]
        hits = [j for j, pl in enumerate(plines) if all(_tok_in(t, pl) for t in toks)]
        if not hits:
            errs.append(f"{pdf_path.name}: line {i} p{ln['page']} tokens {toks} not on one text line")
        elif below:
            near = " | ".join(plines[hits[0] + 1: hits[0] + 4])
            for b in below:
                if b not in near:
                    errs.append(f"{pdf_path.name}: line {i} {b!r} not under its row")
            toks = toks + below
        norm = {_norm(t) for t in toks}
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and ln[k] not in norm:
                errs.append(f"{pdf_path.name}: line {i} {k} {ln[k]} not among row cells {toks}")
        if ln["code"] and not any(ln["code"] in t for t in toks):
            errs.append(f"{pdf_path.name}: line {i} code not on row")
        for m in ln["modifiers"]:
            if not any(m in t for t in toks):
                errs.append(f"{pdf_path.name}: line {i} modifier {m} not on row")
        if ln["units"] is not None and not any(re.search(r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d.])", t)
                                               for t in toks):
            errs.append(f"{pdf_path.name}: line {i} units {ln['units']} not on row")
        for a in ln["adjustments"]:
            if a[2] is not None and not any(a[2].lstrip("-") in _norm(t).lstrip("-") for t in toks):
                errs.append(f"{pdf_path.name}: line {i} adj {a} not on row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in doc_text:
                errs.append(f"{pdf_path.name}: line {i} {k} {ln[k]!r} not in text")
        for r in ln["remarks"]:
            if r not in doc_text:
                errs.append(f"{pdf_path.name}: remark {r} missing")
    for s in must_in_doc:
        if s not in doc_text:
            errs.append(f"{pdf_path.name}: {s!r} not in text")
    # arithmetic
    D = lambda v: Decimal(v) if v is not None else None  # noqa: E731
    for i, ln in enumerate(truth["lines"]):
        if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]) and ln["billed"] and ln["paid"]:
            if D(ln["billed"]) - sum(D(a[2]) for a in ln["adjustments"]) != D(ln["paid"]):
                errs.append(f"{pdf_path.name}: line {i} billed-adj != paid")
        if ln["allowed"] and ln["paid"] and ln["patient_owes"] is not None and ln.get("_nocheck") is None:
            pass
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"{pdf_path.name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(D(ln[k]) for ln in mine)
            if s != D(v):
                errs.append(f"{pdf_path.name}: claim {c['payer_claim_id'] or c['claim_id']} {k} {v} != sum {s}")
            if v.lstrip("-") not in doc_text.replace(",", "").replace("$", ""):
                errs.append(f"{pdf_path.name}: claim total {v} not printed")
    return errs
