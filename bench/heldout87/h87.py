"""Drawing and self-check helpers for bench/heldout87/make_heldout87_pdfs.py (see its docstring).

One small top-down drawing surface over two PDF producers (reportlab canvas and fpdf2), so every layout is
written in page points measured from the top-left corner, plus the factory self-check (--check).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Times-Roman", "Times-Bold", "Courier",
        "Courier-Bold"}
_FPDF_CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
              "Helvetica-Oblique": ("helvetica", "I"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"),
              "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class RLDoc:
    """reportlab canvas, top-down coordinates."""

    producer = "reportlab"

    def __init__(self, path: Path, size: tuple[float, float]):
        self.w, self.h = size
        self.c = rl_canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=0)
        self.c.setTitle(path.stem)
        self.page = 1
        self.font = ("Helvetica", 9.0)

    def use(self, name: str, size: float) -> None:
        if name not in CORE and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        self.font = (name, size)

    def width(self, s: str, name: str | None = None, size: float | None = None) -> float:
        n, z = self.font
        n, z = name or n, size or z
        self.use(n, z)
        return pdfmetrics.stringWidth(s, n, z)

    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             align: str = "l", gray: float = 0.0) -> None:
        n, z = self.font
        self.use(font or n, size or z)
        self.c.setFont(*self.font)
        self.c.setFillGray(gray)
        w = pdfmetrics.stringWidth(s, *self.font)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.c.drawString(x, self.h - y, s)
        self.c.setFillGray(0)

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, gray: float = 0.0) -> None:
        self.c.setLineWidth(lw)
        self.c.setStrokeGray(gray)
        self.c.line(x1, self.h - y1, x2, self.h - y2)
        self.c.setStrokeGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


class FDoc:
    """fpdf2 document, top-down coordinates, fixed creation date."""

    producer = "fpdf2"

    def __init__(self, path: Path, size: tuple[float, float], when):
        from fpdf import FPDF

        self.path = path
        self.w, self.h = size
        orient = "L" if size[0] > size[1] else "P"
        self.p = FPDF(orientation=orient, unit="pt", format=(min(size), max(size)))
        self.p.set_creation_date(when)
        self.p.set_title(path.stem)
        self.p.set_auto_page_break(False)
        self.p.add_page()
        self.page = 1
        self.loaded: set[str] = set()
        self.font = ("Helvetica", 9.0)

    def use(self, name: str, size: float) -> None:
        if name in _FPDF_CORE:
            fam, st = _FPDF_CORE[name]
            self.p.set_font(fam, st, size)
        else:
            if name not in self.loaded:
                self.p.add_font(name, "", FONTS[name])
                self.loaded.add(name)
            self.p.set_font(name, "", size)
        self.font = (name, size)

    def width(self, s: str, name: str | None = None, size: float | None = None) -> float:
        n, z = self.font
        self.use(name or n, size or z)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             align: str = "l", gray: float = 0.0) -> None:
        n, z = self.font
        self.use(font or n, size or z)
        w = self.p.get_string_width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        g = int(gray * 255)
        self.p.set_text_color(g, g, g)
        self.p.text(x, y, s)
        self.p.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, gray: float = 0.0) -> None:
        self.p.set_line_width(lw)
        g = int(gray * 255)
        self.p.set_draw_color(g, g, g)
        self.p.line(x1, y1, x2, y2)
        self.p.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        self.p.set_line_width(lw)
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
        style = ("F" if fill is not None else "") + ("D" if stroke else "")
        self.p.rect(x, y, w, h, style=style or "D")

    def new_page(self) -> None:
        self.p.add_page()
        self.page += 1

    def save(self) -> None:
        self.p.output(str(self.path))


class Table:
    """Columns of (key, header, x, align); x is the left edge for 'l', right edge for 'r', centre for 'c'."""

    def __init__(self, cols: list[tuple[str, str, float, str]], font: str, size: float, bold: str | None = None,
                 lead: float | None = None):
        self.cols, self.font, self.size, self.bold = cols, font, size, bold or font
        self.lead = lead or size * 1.25

    def header(self, d, y: float, size: float | None = None) -> float:
        z = size or self.size
        n = max(len(h.split("\n")) for _, h, _, _ in self.cols)
        for _, h, x, a in self.cols:
            parts = h.split("\n")
            parts = [""] * (n - len(parts)) + parts
            for i, part in enumerate(parts):
                if part:
                    d.text(x, y + i * z * 1.15, part, self.bold, z, a)
        return y + (n - 1) * z * 1.15

    def row(self, d, y: float, vals: dict, font: str | None = None) -> None:
        for k, _, x, a in self.cols:
            v = vals.get(k)
            if v:
                d.text(x, y, v, font or self.font, self.size, a)


# --------------------------------------------------------------------------------------------- check

_NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?-?\)?")


def nums(s: str) -> set[Decimal]:
    out = set()
    for tok in _NUM.findall(s):
        neg = tok.startswith("(") and tok.endswith(")") or tok.startswith("-") or tok.endswith("-") \
            or tok.startswith("(-")
        body = tok.strip("()$-").replace("$", "").replace(",", "")
        try:
            v = Decimal(body)
        except InvalidOperation:
            continue
        out.add(-v if neg else v)
    return out


def date_forms(iso: str) -> list[str]:
    from datetime import date

    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), f"{d.month}/{d.day}/{d:%y}",
            f"{d.day} {d:%b} {d.year}", d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d}, {d.year}"]


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def check_file(pdf: Path, adj_complete: bool = False) -> list[str]:
    import pdfplumber

    t = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    errs: list[str] = []
    with pdfplumber.open(pdf) as doc:
        pages = [p.extract_text(x_tolerance=1.5, y_tolerance=2.5) or "" for p in doc.pages]
        if len(doc.pages) != t["pages"]:
            errs.append(f"pages {len(doc.pages)} != {t['pages']}")
    alltext = squash(" ".join(pages))
    for i, ln in enumerate(t["lines"]):
        tag = f"line {i} ({ln['code']} {ln['service_date']})"
        if ln["page"] > len(pages):
            errs.append(f"{tag}: page {ln['page']} missing")
            continue
        ptext = pages[ln["page"] - 1]
        rows = ptext.splitlines()
        if ln["code"]:
            cands = [r for r in rows if ln["code"] in r]
        else:
            cands = rows
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln.get(k) is not None]
        if ln["units"] is not None:
            want.append(Decimal(ln["units"]))
        ok = [r for r in cands if all(w in nums(r) for w in want) and all(m in r for m in ln["modifiers"])]
        if not ok:
            errs.append(f"{tag}: no single text line holds code+mods+amounts+units {want}; candidates {cands}")
        if not any(f in ptext for f in date_forms(ln["service_date"])):
            errs.append(f"{tag}: service date not on page")
        if ln.get("service_end") and not any(f in ptext for f in date_forms(ln["service_end"])):
            errs.append(f"{tag}: service end not on page")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and squash(ln[key]) not in alltext:
                errs.append(f"{tag}: {key} {ln[key]!r} not in document")
        pnums = nums(ptext)
        for g, c, a in ln["adjustments"]:
            if c not in ptext or (a is not None and Decimal(a) not in pnums):
                errs.append(f"{tag}: adjustment {g}-{c} {a} not on page")
        for r in ln["remarks"]:
            if r not in ptext:
                errs.append(f"{tag}: remark {r} not on page")
        # the document's own arithmetic
        if adj_complete:
            if ln["billed"] is not None and ln["paid"] is not None:
                s = Decimal(ln["billed"]) - sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
                if s != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments {s} != paid {ln['paid']}")
        g = {k: (Decimal(ln[k]) if ln.get(k) is not None else None) for k in
             ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
              "patient_owes")}
        if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
            if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        if None not in (g["allowed"], g["deductible"], g["copay"], g["coinsurance"], g["paid"]):
            if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                errs.append(f"{tag}: allowed - ded - copay - coins != paid")
        if g["allowed"] is None and None not in (g["billed"], g["discount"], g["paid"], g["patient_owes"]):
            if g["billed"] - g["discount"] - g["paid"] - g["patient_owes"] != 0:
                errs.append(f"{tag}: charge - ins adj - ins paid != your portion")
    # claim totals
    for c in t["claims"]:
        mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']}: no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln.get(k) is not None), Decimal(0))
            planted = any(f.get("claim_id") == c["claim_id"] and f.get("field") == k
                          for f in t["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c['claim_id']}: {k} total {v} vs lines {s} (planted={planted})")
            if not any(Decimal(v) in nums(p) for p in pages):
                errs.append(f"claim {c['claim_id']}: printed {k} total {v} not found")
    return errs
