"""Small drawing / checking kit for make_heldout201_pdfs.py: one top-down point-based canvas over two
producers (reportlab canvas, fpdf2), a page-flow helper, and the text-layer self-check."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans{b}.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed{b}.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif{b}.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono{b}.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{B}.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-{B}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{B}.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-{B}.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}


def ttf_path(name: str, bold: bool) -> str:
    return TTF[name].format(b="-Bold" if bold else "", B="Bold" if bold else "Regular")


class Doc:
    """Top-down coordinates in points; y is the text baseline."""

    def __init__(self, backend: str, path: Path, font: str, land: bool = False, fixed_when=None):
        self.backend, self.path, self.font = backend, path, font
        self.W, self.H = landscape(letter) if land else letter
        self.pages = 0
        if backend == "rl":
            self.c = rlcanvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Document")
            if font in TTF:
                for b in (False, True):
                    nm = font + ("-Bold" if b else "")
                    try:
                        pdfmetrics.getFont(nm)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(nm, ttf_path(font, b)))
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            if fixed_when is not None:
                self.c.set_creation_date(fixed_when)
            if font in TTF:
                self.c.add_font(font, "", ttf_path(font, False))
                self.c.add_font(font, "B", ttf_path(font, True))
        self.page()

    def page(self):
        if self.backend == "rl":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def _set(self, size, bold, font=None):
        f = font or self.font
        if self.backend == "rl":
            nm = (CORE_RL[f][1] if bold else CORE_RL[f][0]) if f in CORE_RL else f + ("-Bold" if bold else "")
            self.c.setFont(nm, size)
        else:
            self.c.set_font(f, "B" if bold else "", size)

    def width(self, s, size=8, bold=False, font=None):
        self._set(size, bold, font)
        if self.backend == "rl":
            return self.c.stringWidth(s, self.c._fontname, size)
        return self.c.get_string_width(s)

    def text(self, x, y, s, size=8, bold=False, align="L", font=None):
        s = str(s)
        if not s:
            return
        w = self.width(s, size, bold, font)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.backend == "rl":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1, x2, y, w=0.5):
        if self.backend == "rl":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)

    def vline(self, x, y1, y2, w=0.5):
        if self.backend == "rl":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def save(self):
        if self.backend == "rl":
            self.c.save()
        else:
            self.c.output(str(self.path))


class Cols:
    """A row of cells: each column is (x, align); R/C use x as the right edge / centre."""

    def __init__(self, spec):
        self.spec = spec

    def draw(self, d: Doc, y, vals, size=7.5, bold=False, font=None):
        for (x, al), v in zip(self.spec, vals):
            if v is not None and v != "":
                d.text(x, y, v, size, bold, al, font)


class Flow:
    def __init__(self, d: Doc, bottom, on_break):
        self.d, self.bottom, self.on_break, self.y = d, bottom, on_break, 0.0

    def need(self, h):
        if self.y + h > self.bottom:
            self.on_break(self)
            return True
        return False


def wrap(d: Doc, s, width, size=7.5, bold=False):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if d.width(t, size, bold) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------- check

def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def page_lines(pdf: Path):
    import pdfplumber
    with pdfplumber.open(str(pdf)) as p:
        texts = [pg.extract_text(x_tolerance=1.5, y_tolerance=2) or "" for pg in p.pages]
    return [[_norm(line) for line in t.split("\n")] for t in texts]


def check_file(pdf: Path, spec: dict) -> list[str]:
    """spec: tokens(line)->list[str] for the same-row test, every_adj: bool, extra checks."""
    errs = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    pages = page_lines(pdf)
    if len(pages) != truth["pages"]:
        errs.append(f"pages {len(pages)} != truth {truth['pages']}")
    doc_text = " ".join(" ".join(p) for p in pages)
    for i, ln in enumerate(truth["lines"]):
        toks = spec["tokens"](ln)
        plines = pages[ln["page"] - 1]
        hits = [k for k, t in enumerate(plines) if all(tok in t for tok in toks[0])]
        if not hits:
            errs.append(f"line {i}: row tokens {toks[0]} not on one text line of page {ln['page']}")
        else:
            blk = " ".join(" ".join(plines[k:k + spec.get("block", 4)]) for k in hits)
            for tok in toks[1]:
                if tok not in blk:
                    errs.append(f"line {i}: {tok!r} not in the row block")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in doc_text:
                errs.append(f"line {i}: {key} {ln[key]!r} not in document text")
        if ln.get("description") and _norm(ln["description"]) not in doc_text:
            errs.append(f"line {i}: description {ln['description']!r} not in text")
        def D(k, ln=ln):
            return Decimal(ln[k]) if ln[k] is not None else None
        if spec.get("every_adj") and ln["billed"] and ln["paid"] is not None:
            s = sum((Decimal(a[2]) for a in ln["adjustments"]), Decimal(0))
            s += sum((D(k) for k in ("deductible", "copay", "coinsurance") if ln[k] is not None
                      and spec["every_adj"] == "plus_share"), Decimal(0))
            if D("billed") - s != D("paid"):
                errs.append(f"line {i}: billed - adjustments != paid")
        if spec.get("cost_share") and ln["allowed"] is not None and ln["paid"] is not None:
            sh = sum((D(k) for k in ("deductible", "copay", "coinsurance") if ln[k] is not None), Decimal(0))
            if D("allowed") - sh != D("paid"):
                errs.append(f"line {i}: allowed - cost share != paid")
        if spec.get("discount") and ln["discount"] is not None and ln["allowed"] is not None:
            if D("billed") - D("discount") - (D("not_covered") or 0) != D("allowed"):
                errs.append(f"line {i}: billed - discount - not covered != allowed")
    found = set()
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if spec["money"](Decimal(v)) not in doc_text:
                errs.append(f"claim {c['payer_claim_id']}: printed total {k} {v} not in text")
            vals = [ln[k] for ln in mine]
            if any(x is None for x in vals):
                continue
            s = sum((Decimal(x) for x in vals), Decimal(0))
            if s != Decimal(v):
                tag = f"{c['payer_claim_id'] or c['claim_id']}"
                if not any(tag in f and v in f and str(s) in f for f in truth["expected_findings"]):
                    errs.append(f"claim {tag}: total {k} {v} != lines {s} and no finding")
                else:
                    found.add(tag)
    for f in truth["expected_findings"]:
        if not any(t in f for t in found):
            errs.append(f"expected finding not really planted: {f}")
    return errs
