"""Small drawing layer for set 88: one top-left-origin API over reportlab and fpdf2, so each layout in
make_heldout88_pdfs.py only states positions, fonts and words.  Deterministic output in both producers."""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
TTF = {
    "LiberationSans": "LiberationSans-Regular.ttf", "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationSerif": "LiberationSerif-Regular.ttf", "LiberationSerif-Bold": "LiberationSerif-Bold.ttf",
    "LiberationSansNarrow": "LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf", "LiberationMono-Bold": "LiberationMono-Bold.ttf",
    "DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold": "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "DejaVuSerifCondensed-Bold.ttf",
}
CORE = {"Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold", "Times-Roman": "Times-Bold"}


def ttf_path(name: str) -> str:
    for d in FONT_DIRS:
        p = d / TTF[name]
        if p.exists():
            return str(p)
    raise FileNotFoundError(name)


class Pen:
    """Top-left origin, points. family = a TTF family key above or a core font name."""

    def __init__(self, producer: str, family: str, land: bool = False):
        self.producer, self.family, self.land = producer, family, land
        self.w, self.h = (landscape(letter) if land else letter)
        self.pages = 0
        self.bold_name = CORE.get(family, family + "-Bold")
        if producer == "reportlab":
            self._rl_init()
        else:
            self._fp_init()

    # ----------------------------------------------------------------- reportlab
    def _rl_init(self):
        for n in (self.family, self.bold_name):
            if n in TTF and n not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(n, ttf_path(n)))
        self.buf = None

    def _fp_init(self):
        from fpdf import FPDF
        self.pdf = FPDF(orientation="L" if self.land else "P", unit="pt", format="letter")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED_WHEN)
        self.pdf.set_margins(0, 0, 0)
        if self.family in TTF:
            self.pdf.add_font(self.family, "", ttf_path(self.family))
            try:
                self.pdf.add_font(self.family, "B", ttf_path(self.bold_name))
            except FileNotFoundError:
                self.pdf.add_font(self.family, "B", ttf_path(self.family))
            self.fp_family = self.family
        else:
            self.fp_family = {"Helvetica": "helvetica", "Courier": "courier", "Times-Roman": "times"}[self.family]

    def start(self, path: Path):
        self.path = path
        if self.producer == "reportlab":
            self.c = rl_canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1, pageCompression=0)
            self.c.setTitle(path.stem)
        self.new_page(first=True)

    def new_page(self, first: bool = False):
        if self.producer == "reportlab":
            if not first:
                self.c.showPage()
        else:
            self.pdf.add_page()
        self.pages += 1

    def font_name(self, bold: bool):
        return self.bold_name if bold else self.family

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return pdfmetrics.stringWidth(s, self.font_name(bold), size)
        self.pdf.set_font(self.fp_family, "B" if bold else "", size)
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l",
             gray: float = 0.0):
        """y = baseline from the top of the page. align l / r (x is the right edge) / c (x is the centre)."""
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x = x - w
        elif align == "c":
            x = x - w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.font_name(bold), size)
            self.c.drawString(x, self.h - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.pdf.set_text_color(g, g, g)
            self.pdf.set_font(self.fp_family, "B" if bold else "", size)
            self.pdf.text(x, y, s)
            self.pdf.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, lw: float = 0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.h - y, x2, self.h - y)
        else:
            self.pdf.set_line_width(lw)
            self.pdf.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.h - y1, x, self.h - y2)
        else:
            self.pdf.set_line_width(lw)
            self.pdf.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.6):
        """(x, y) = top-left corner. fill = gray level 0..1 or None."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.pdf.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.pdf.set_fill_color(g, g, g)
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.pdf.rect(x, y, w, h, style=style)

    def save(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.pdf.output(str(self.path))
