"""Small drawing layer for set 164: one top-down canvas API over reportlab and fpdf2, plus a page-flow cursor."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = {
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
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


class Canvas:
    """Coordinates in points from the top-left corner; y is the text baseline."""

    def __init__(self, path: Path, producer: str, landscape: bool, fonts: list[str]):
        self.path, self.producer = path, producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            for f in fonts:
                if f not in CORE_RL:
                    pdfmetrics.registerFont(TTFont(f, FONT_DIR[f]))
            self.pm = pdfmetrics
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
            self.c.setAuthor("set164")
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margin(0)
            for f in fonts:
                if f in FONT_DIR:
                    self.c.add_font(f, "", FONT_DIR[f])
            self.c.add_page()
        self.font = (fonts[0], 9)

    def setfont(self, name: str, size: float) -> None:
        self.font = (name, size)
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        else:
            core = {"helvetica": ("helvetica", ""), "helvetica-bold": ("helvetica", "B"), "courier": ("courier", ""),
                    "courier-bold": ("courier", "B"), "times": ("times", ""), "times-bold": ("times", "B")}
            fam, st = core.get(name.lower(), (name, ""))
            self.c.set_font(fam, st, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, *self.font)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             align: str = "l") -> None:
        if font:
            self.setfont(font, size or self.font[1])
        if not s:
            return
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.6, gray: float | None = None) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if gray is not None:
                self.c.setFillGray(gray)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if gray is not None:
                g = int(gray * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def new_page(self) -> None:
        self.page += 1
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.setFont(*self.font)
        else:
            self.c.add_page()
            self.setfont(*self.font)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


def wrap(cv: Canvas, s: str, width: float) -> list[str]:
    words, out, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cv.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out
