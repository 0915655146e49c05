"""Tiny drawing layer for set 99: one API over reportlab and fpdf2 (top-left origin, points)."""
from __future__ import annotations

from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LiberationSans": "liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf", "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf", "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerifCondensed": "dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "dejavu/DejaVuSerifCondensed-Bold.ttf",
}
CORE = {"Courier": ("Courier", "Courier-Bold"), "Helvetica": ("Helvetica", "Helvetica-Bold"),
        "Times": ("Times-Roman", "Times-Bold")}


class Canvas:
    def __init__(self, path: Path, producer: str, family: str, landscape: bool = False):
        self.path, self.producer, self.family = path, producer, family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas as rc
            if family in CORE:
                self.fr, self.fb = CORE[family]
            else:
                for nm in (family, family + "-Bold"):
                    pdfmetrics.registerFont(TTFont(nm, FONTDIR + TTF[nm]))
                self.fr, self.fb = family, family + "-Bold"
            self.c = rc.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Document")
            self._width = lambda s, b, sz: pdfmetrics.stringWidth(s, self.fb if b else self.fr, sz)
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if family in CORE:
                self.fam = family.lower()
            else:
                self.fam = "f99"
                self.c.add_font("f99", "", FONTDIR + TTF[family])
                self.c.add_font("f99", "B", FONTDIR + TTF[family + "-Bold"])

            def w(s, b, sz):
                self.c.set_font(self.fam, "B" if b else "", sz)
                return self.c.get_string_width(s)
            self._width = w

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def width(self, s: str, size: float, bold: bool = False) -> float:
        return self._width(s, bold, size)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l",
             grey: float = 0) -> None:
        """y is the text baseline measured from the top."""
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(grey)
            self.c.setFont(self.fb if bold else self.fr, size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self.c.set_text_color(int(grey * 255))
            self.c.set_font(self.fam, "B" if bold else "", size)
            self.c.text(x, y, s)
            self.c.set_text_color(0)

    def line(self, x1, y1, x2, y2, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            if fill is not None:
                self.c.set_fill_color(int(fill * 255))
            style = ("DF" if stroke else "F") if fill is not None else "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(255)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
