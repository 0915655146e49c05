"""Small drawing + self-check helpers for bench/heldout82 (display list rendered by reportlab or fpdf2).

Coordinates are points from the TOP-LEFT corner. A Doc collects pages of drawing operations; footers
that need the total page count are added at the end; then the Doc is rendered by either producer.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = {"dv": "/usr/share/fonts/truetype/dejavu/", "lib": "/usr/share/fonts/truetype/liberation/"}
TTF = {
    "LibSans": ("lib", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LibSerif": ("lib", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LibNarrow": ("lib", "LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("lib", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "DVSans": ("dv", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DVCond": ("dv", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DVSerif": ("dv", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DVSerifCond": ("dv", "DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "DVMono": ("dv", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold", "helvetica"), "Courier": ("Courier", "Courier-Bold", "courier"),
        "Times": ("Times-Roman", "Times-Bold", "times")}

for _n, (_d, _r, _b) in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR[_d] + _r))
    pdfmetrics.registerFont(TTFont(_n + "-Bold", FONT_DIR[_d] + _b))

LETTER = (612.0, 792.0)


def rl_name(font: str, bold: bool) -> str:
    if font in CORE:
        return CORE[font][1 if bold else 0]
    return font + ("-Bold" if bold else "")


def width(s: str, font: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(font, bold), size)


def wrap(s: str, font: str, size: float, w: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, font, size, bold) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    def __init__(self, landscape: bool = False):
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.landscape = landscape
        self.pages: list[list[tuple]] = []

    @property
    def n(self) -> int:
        return len(self.pages)

    def new_page(self) -> int:
        self.pages.append([])
        return self.n

    def text(self, x, y, s, font="Helvetica", size=8.0, bold=False, align="l", page=None):
        self.pages[(page or self.n) - 1].append(("t", x, y, str(s), font, size, bold, align))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0, dash=False, page=None):
        self.pages[(page or self.n) - 1].append(("l", x1, y1, x2, y2, w, gray, dash))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5, page=None):
        self.pages[(page or self.n) - 1].append(("r", x, y, w, h, fill, stroke, lw))

    # ------------------------------------------------------------------ rendering
    def render(self, path: Path, producer: str, title: str) -> None:
        if producer == "reportlab":
            self._rl(path, title)
        else:
            self._fp(path, title)

    def _rl(self, path, title):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout82 factory")
        for ops in self.pages:
            for op in ops:
                if op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                    c.setFillGray(0)
            for op in ops:
                if op[0] == "l":
                    _, x1, y1, x2, y2, w, gray, dash = op
                    c.setLineWidth(w)
                    c.setStrokeGray(gray)
                    c.setDash(3, 2) if dash else c.setDash()
                    c.line(x1, self.H - y1, x2, self.H - y2)
                    c.setStrokeGray(0)
                    c.setDash()
                elif op[0] == "t":
                    _, x, y, s, font, size, bold, align = op
                    c.setFont(rl_name(font, bold), size)
                    if align == "r":
                        c.drawRightString(x, self.H - y, s)
                    elif align == "c":
                        c.drawCentredString(x, self.H - y, s)
                    else:
                        c.drawString(x, self.H - y, s)
            c.showPage()
        c.save()

    def _fp(self, path, title):
        from eobgen import FIXED_WHEN
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("heldout82 factory")
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        for n, (d, r, b) in TTF.items():
            pdf.add_font(n, "", FONT_DIR[d] + r)
            pdf.add_font(n, "B", FONT_DIR[d] + b)
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style=style or "D")
            for op in ops:
                if op[0] == "l":
                    _, x1, y1, x2, y2, w, gray, dash = op
                    pdf.set_line_width(w)
                    g = int(round(gray * 255))
                    pdf.set_draw_color(g, g, g)
                    if dash:
                        pdf.set_dash_pattern(3, 2)
                    pdf.line(x1, y1, x2, y2)
                    pdf.set_dash_pattern()
                    pdf.set_draw_color(0, 0, 0)
                elif op[0] == "t":
                    _, x, y, s, font, size, bold, align = op
                    fam = CORE[font][2] if font in CORE else font
                    pdf.set_font(fam, "B" if bold else "", size)
                    if align == "r":
                        x = x - pdf.get_string_width(s)
                    elif align == "c":
                        x = x - pdf.get_string_width(s) / 2
                    pdf.text(x, y, s)
        pdf.output(str(path))


class Table:
    """Column geometry: list of (key, x, align). Right-aligned columns use x as the right edge."""

    def __init__(self, doc: Doc, cols: list[tuple[str, float, str]], font: str, size: float):
        self.doc, self.cols, self.font, self.size = doc, cols, font, size

    def row(self, y: float, vals: dict, bold: bool = False, size: float | None = None) -> None:
        for key, x, al in self.cols:
            v = vals.get(key)
            if v not in (None, ""):
                self.doc.text(x, y, v, self.font, size or self.size, bold, al)


# ---------------------------------------------------------------------- self-check helpers

def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            out.append((p.extract_text(x_tolerance=1.5, y_tolerance=2.5) or "").splitlines())
    return out


def has_tok(text: str, tok: str) -> bool:
    pat = r"(?<![0-9A-Za-z.])" + re.escape(tok) + r"(?![0-9A-Za-z]|\.\d)"
    return re.search(pat, text) is not None


def D(x) -> Decimal:
    return Decimal(str(x))
