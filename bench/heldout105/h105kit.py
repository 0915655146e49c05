"""Small drawing kit for set 105: one page-writer API over reportlab and fpdf2 (top-left origin, points)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": TTF + "liberation/LiberationSans-Regular.ttf", "LibSansB": TTF + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": TTF + "liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": TTF + "liberation/LiberationSerif-Bold.ttf",
    "LibMono": TTF + "liberation/LiberationMono-Regular.ttf", "LibMonoB": TTF + "liberation/LiberationMono-Bold.ttf",
    "LibNarrow": TTF + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": TTF + "liberation/LiberationSansNarrow-Bold.ttf",
    "DVSans": TTF + "dejavu/DejaVuSans.ttf", "DVSansB": TTF + "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": TTF + "dejavu/DejaVuSansCondensed.ttf", "DVCondB": TTF + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVMono": TTF + "dejavu/DejaVuSansMono.ttf", "DVMonoB": TTF + "dejavu/DejaVuSansMono-Bold.ttf",
    "DVSerif": TTF + "dejavu/DejaVuSerif.ttf", "DVSerifB": TTF + "dejavu/DejaVuSerif-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "HelvB": "Helvetica-Bold", "Times": "Times-Roman", "TimesB": "Times-Bold",
           "Cour": "Courier", "CourB": "Courier-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "HelvB": ("helvetica", "B"), "Times": ("times", ""),
           "TimesB": ("times", "B"), "Cour": ("courier", ""), "CourB": ("courier", "B")}


class Page:
    """Same calls for both producers. y is the text baseline measured from the top of the page."""

    def __init__(self, producer: str, path: Path, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (letter[1], letter[0]) if landscape else letter
        self.pages = 0
        self.path = path
        if producer == "reportlab":
            self.c = rl_canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF

            from samples.pdf.eobgen import FIXED_WHEN
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_title(path.stem)
            self._added: set[str] = set()
        self.font = ("Helv", 9)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def _set(self, font: str, size: float) -> None:
        if self.producer == "reportlab":
            if font in FONTS and font not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(font, FONTS[font]))
            self.c.setFont(CORE_RL.get(font, font), size)
        else:
            if font in FONTS:
                if font not in self._added:
                    self.c.add_font(font, "", FONTS[font])
                    self._added.add(font)
                self.c.set_font(font, "", size)
            else:
                fam, st = CORE_FP[font]
                self.c.set_font(fam, st, size)

    def width(self, s: str, font: str, size: float) -> float:
        self._set(font, size)
        if self.producer == "reportlab":
            return self.c.stringWidth(s, CORE_RL.get(font, font), size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             align: str = "l") -> None:
        font = font or self.font[0]
        size = size or self.font[1]
        self._set(font, size)
        w = self.width(s, font, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
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

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.6, fill: float | None = None) -> None:
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

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.pages


def wrap(pg: Page, s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pg.width(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out
