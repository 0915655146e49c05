"""A tiny two-backend drawing surface (reportlab canvas or fpdf2) for set 217: text at a baseline measured
from the top of the page, rules, boxes, shading. Coordinates are points from the top-left corner."""

from __future__ import annotations

from pathlib import Path

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
PAGE = {"letter": (612.0, 792.0), "letter-l": (792.0, 612.0)}


class Surface:
    def __init__(self, path: Path, backend: str, page: str, title: str):
        self.path, self.backend = path, backend
        self.w, self.h = PAGE[page]
        self.pages = 0
        self.font, self.size = "Helvetica", 9.0
        if backend == "rl":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for name, f in TTF.items():
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, f))
            self.c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("set 217 factory")
        else:
            from datetime import UTC, datetime

            from fpdf import FPDF
            self.c = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.c.set_auto_page_break(False)
            self.c.set_title(title)
            self.c.set_author("set 217 factory")
            self._ff = set()

    # -------------------------------------------------------------------- pages
    def new_page(self) -> int:
        if self.backend == "rl":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1
        self.set_font(self.font, self.size)
        return self.pages

    def save(self) -> None:
        if self.backend == "rl":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))

    # -------------------------------------------------------------------- text
    def set_font(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        if not self.pages:
            return
        if self.backend == "rl":
            self.c.setFont(font, size)
        else:
            if font in CORE:
                fam, style = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
                              "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"),
                              "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}[font]
            else:
                fam, style = font.split("-")[0].lower(), ("B" if font.endswith("-Bold") else "")
                if (fam, style) not in self._ff:
                    self.c.add_font(fam, style, TTF[font])
                    self._ff.add((fam, style))
            self.c.set_font(fam, style, size)

    def width(self, s: str, font: str | None = None, size: float | None = None) -> float:
        font, size = font or self.font, size or self.size
        if self.backend == "rl":
            return self._pm.stringWidth(s, font, size)
        old = (self.font, self.size)
        self.set_font(font, size)
        w = self.c.get_string_width(s)
        self.set_font(*old)
        return w

    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             align: str = "L") -> None:
        """Draw s with its baseline at y points from the top. align L (x = left), R (x = right), C (centre)."""
        if font or size:
            self.set_font(font or self.font, size or self.size)
        if not s:
            return
        w = self.width(s)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.backend == "rl":
            self.c.drawString(x, self.h - y, s)
        else:
            self.c.text(x, y, s)

    # -------------------------------------------------------------------- lines and boxes
    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        if self.backend == "rl":
            self.c.setLineWidth(width)
            self.c.line(x1, self.h - y1, x2, self.h - y2)
        else:
            self.c.set_line_width(width)
            self.c.line(x1, y1, x2, y2)

    def box(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        """Rectangle with its top-left corner at (x, y); fill = grey level 0..1 or None."""
        if self.backend == "rl":
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.setLineWidth(0.5)
            self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.set_line_width(0.5)
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0, 0, 0)
