"""Tiny page-drawing layer for set 189: one list of drawing operations rendered by reportlab or fpdf2,
plus the text-layer self-check helpers. Coordinates are points from the TOP-left corner."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FIX = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": FIX / "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": FIX / "liberation/LiberationSans-Bold.ttf",
    "LibSerif": FIX / "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": FIX / "liberation/LiberationSerif-Bold.ttf",
    "LibMono": FIX / "liberation/LiberationMono-Regular.ttf",
    "LibMono-B": FIX / "liberation/LiberationMono-Bold.ttf",
    "LibNarrow": FIX / "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": FIX / "liberation/LiberationSansNarrow-Bold.ttf",
    "DVSans": FIX / "dejavu/DejaVuSans.ttf",
    "DVSans-B": FIX / "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": FIX / "dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": FIX / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVMono": FIX / "dejavu/DejaVuSansMono.ttf",
    "DVMono-B": FIX / "dejavu/DejaVuSansMono-Bold.ttf",
    "DVSerifC": FIX / "dejavu/DejaVuSerifCondensed.ttf",
    "DVSerifC-B": FIX / "dejavu/DejaVuSerifCondensed-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
             "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class Doc:
    def __init__(self, w: float, h: float, top: float = 40, bottom: float = 50):
        self.w, self.h, self.top, self.bottom = w, h, top, bottom
        self.pages: list[list] = []
        self.y = top
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def room(self, hgt: float) -> bool:
        return self.y + hgt <= self.h - self.bottom

    def text(self, x, y, s, font="Helvetica", size=8, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))


class Cols:
    """Table columns: (key, header, x, align); x is the left edge for 'l', right edge for 'r', centre for 'c'."""

    def __init__(self, spec, font, bold, size):
        self.spec, self.font, self.bold, self.size = spec, font, bold, size

    def header(self, d: Doc, y=None, lead=None, fill=None, x0=None, x1=None):
        y = d.y if y is None else y
        lead = lead or self.size + 2
        nl = max(h.count("\n") + 1 for _, h, _, _ in self.spec)
        if fill is not None:
            d.rect(x0, y - self.size - 2, x1 - x0, nl * lead + 3, fill=fill, stroke=False)
        for _, h, x, al in self.spec:
            parts = h.split("\n")
            off = nl - len(parts)
            for i, p in enumerate(parts):
                d.text(x, y + (off + i) * lead, p, self.bold, self.size, al)
        d.y = y + nl * lead
        return d.y

    def row(self, d: Doc, vals: dict, font=None, size=None, lead=None):
        size = size or self.size
        for k, _, x, al in self.spec:
            v = vals.get(k)
            if v not in (None, ""):
                d.text(x, d.y, v, font or self.font, size, al)
        d.y += lead if lead is not None else size + 3


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    for f in used:
        if f in TTF and f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, str(TTF[f])))
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("set189 factory")
    for pg in doc.pages:
        for op in pg:
            if op[0] == "t":
                _, x, y, s, f, size, al = op
                c.setFont(f, size)
                c.setFillGray(0)
                yy = doc.h - y
                if al == "r":
                    c.drawRightString(x, yy, s)
                elif al == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
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
    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    for f in sorted(used):
        if f in TTF:
            pdf.add_font(f, "", str(TTF[f]))
    for pg in doc.pages:
        pdf.add_page()
        for op in pg:
            if op[0] == "t":
                _, x, y, s, f, size, al = op
                fam, st = CORE_FPDF.get(f, (f, ""))
                pdf.set_font(fam, st, size)
                wdt = pdf.get_string_width(s)
                xx = x - wdt if al == "r" else (x - wdt / 2 if al == "c" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_line_width(lw)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=("DF" if stroke else "F") if fill is not None else "D")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------ self-check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d\d\)?-?")
INT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])")


def page_lines(pdf_path: Path) -> list[list[str]]:
    """Per page, the text lines (words grouped by baseline) as strings."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
            rows: list[list] = []
            for w in words:
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def amounts_in(s: str) -> list[Decimal]:
    res = []
    for m in NUM.finditer(s):
        t = m.group(0)
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        v = Decimal(t.strip("()-$").replace(",", "").replace("$", ""))
        res.append(-v if neg else v)
    return res


def numbers_in(s: str) -> list[Decimal]:
    return [Decimal(m.group(0)) for m in INT.finditer(s)]
