"""Small drawing kit for set 96: one top-origin page model drawn by reportlab or fpdf2, with a record of
where each service row's baseline lands so --check can look for its values on that very text line."""
from __future__ import annotations

from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype"
TTF = {
    "DejaVuSans": f"{FONTDIR}/dejavu/DejaVuSans.ttf",
    "DejaVuSansCond": f"{FONTDIR}/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSerif": f"{FONTDIR}/dejavu/DejaVuSerif.ttf",
    "DejaVuMono": f"{FONTDIR}/dejavu/DejaVuSansMono.ttf",
    "LibSans": f"{FONTDIR}/liberation/LiberationSans-Regular.ttf",
    "LibSansB": f"{FONTDIR}/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": f"{FONTDIR}/liberation/LiberationSansNarrow-Regular.ttf",
    "LibSerif": f"{FONTDIR}/liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": f"{FONTDIR}/liberation/LiberationSerif-Bold.ttf",
    "LibMono": f"{FONTDIR}/liberation/LiberationMono-Regular.ttf",
}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
           "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


class Pen:
    """Top-origin drawing in points. producer: 'reportlab' or 'fpdf2'."""

    def __init__(self, path: Path, producer: str, landscape: bool = False):
        self.path, self.producer = Path(path), producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        self.font, self.size = "Helvetica", 9.0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self._rl_fonts: set = set()
        else:
            from datetime import UTC, datetime

            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.c.set_auto_page_break(False)
            self.c.add_page()
            self._fp_fonts: set = set()

    def set(self, font: str, size: float):
        self.font, self.size = font, size
        if self.producer == "reportlab":
            if font in TTF and font not in self._rl_fonts:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(font, TTF[font]))
                self._rl_fonts.add(font)
            self.c.setFont(font, size)
        else:
            if font in TTF:
                if font not in self._fp_fonts:
                    self.c.add_font(font, "", TTF[font])
                    self._fp_fonts.add(font)
                self.c.set_font(font, "", size)
            else:
                fam, st = CORE_FP[font]
                self.c.set_font(fam, st, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return stringWidth(s, self.font, self.size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l"):
        """y = baseline from the top."""
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.5):
        """y = top edge. fill: grey level 0..1 (None = outline only)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style="DF" if fill is not None else "D")
            self.c.set_fill_color(0, 0, 0)

    def new_page(self):
        self.page += 1
        if self.producer == "reportlab":
            self.c.showPage()
            self.set(self.font, self.size)
        else:
            self.c.add_page()

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page
