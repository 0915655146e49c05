"""Small drawing and table engine for set 91: one interface over reportlab and fpdf2 (top-left origin, points)."""

from __future__ import annotations

from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DjSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DjCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DjSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DjMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "DjSerifCond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
        "Courier": ("Courier", "Courier-Bold")}


class Doc:
    def __init__(self, path: Path, producer: str, font: str, landscape: bool = False, title: str = ""):
        self.path, self.producer, self.font = path, producer, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._sw = pdfmetrics.stringWidth
            if font in TTF:
                for i, f in enumerate(TTF[font]):
                    nm = font + ("-B" if i else "")
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, FONTDIR + f))
                self.names = (font, font + "-B")
            else:
                self.names = CORE[font]
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("set 91 factory")
        else:
            from datetime import UTC, datetime

            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.c.set_auto_page_break(False)
            self.c.set_title(title)
            if font in TTF:
                self.c.add_font(font, "", FONTDIR + TTF[font][0])
                self.c.add_font(font, "B", FONTDIR + TTF[font][1])
                self.names = (font, font)
            else:
                self.names = ({"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}[font],) * 2
        self.size, self.bold = 9.0, False

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def setf(self, size: float, bold: bool = False) -> None:
        self.size, self.bold = size, bold

    def width(self, s: str, size: float | None = None, bold: bool | None = None) -> float:
        size = size or self.size
        bold = self.bold if bold is None else bold
        if self.producer == "reportlab":
            return self._sw(s, self.names[1 if bold else 0], size)
        self.c.set_font(self.names[0], "B" if bold else "", size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float | None = None, bold: bool | None = None,
             align: str = "l") -> None:
        size = size or self.size
        bold = self.bold if bold is None else bold
        if align == "r":
            x -= self.width(s, size, bold)
        elif align == "c":
            x -= self.width(s, size, bold) / 2
        if self.producer == "reportlab":
            self.c.setFont(self.names[1 if bold else 0], size)
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.set_font(self.names[0], "B" if bold else "", size)
            self.c.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, gray: float | None = None, lw: float = 0.5) -> None:
        """y is the top edge. gray fills (0..1) without stroke; None strokes only."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if gray is not None:
                self.c.setFillGray(gray)
                self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if gray is not None:
                g = int(gray * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="F")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def wrap(self, s: str, width: float, size: float | None = None) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, size, False) > width:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(str(self.path))
