"""Small drawing kit for set 123: one page-drawing interface over reportlab and fpdf2 (y measured from the top)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "DejaVuSans": TTF + "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": TTF + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": TTF + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": TTF + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": TTF + "dejavu/DejaVuSansMono.ttf", "DejaVuMono-Bold": TTF + "dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": TTF + "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": TTF + "dejavu/DejaVuSerif-Bold.ttf",
    "LibSerif": TTF + "liberation/LiberationSerif-Regular.ttf", "LibSerif-Bold": TTF + "liberation/LiberationSerif-Bold.ttf",
    "LibSans": TTF + "liberation/LiberationSans-Regular.ttf", "LibSans-Bold": TTF + "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": TTF + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": TTF + "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": TTF + "liberation/LiberationMono-Regular.ttf", "LibMono-Bold": TTF + "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica": "Helvetica", "Helvetica-Bold": "Helvetica-Bold", "Courier": "Courier",
           "Courier-Bold": "Courier-Bold", "Times": "Times-Roman", "Times-Bold": "Times-Bold"}
CORE_FP = {"Helvetica": ("Helvetica", ""), "Helvetica-Bold": ("Helvetica", "B"), "Courier": ("Courier", ""),
           "Courier-Bold": ("Courier", "B"), "Times": ("Times", ""), "Times-Bold": ("Times", "B")}


class Canvas:
    """text/right/center/hline/rect on US-letter pages; producer 'reportlab' or 'fpdf2'."""

    def __init__(self, path: Path, producer: str, landscape: bool = False):
        self.path, self.producer = Path(path), producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(self.path.stem)
            self._reg = set()
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_title(self.path.stem)
            self._reg = set()
        self.font = ("Helvetica", 9)
        self.new_page()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def _set(self, name: str, size: float) -> None:
        if self.producer == "reportlab":
            if name in CORE_RL:
                self.c.setFont(CORE_RL[name], size)
            else:
                if name not in self._reg:
                    from reportlab.pdfbase import pdfmetrics
                    from reportlab.pdfbase.ttfonts import TTFont
                    pdfmetrics.registerFont(TTFont(name, FONTS[name]))
                    self._reg.add(name)
                self.c.setFont(name, size)
        else:
            if name in CORE_FP:
                fam, st = CORE_FP[name]
                self.c.set_font(fam, st, size)
            else:
                if name not in self._reg:
                    self.c.add_font(name.replace("-", ""), "", FONTS[name])
                    self._reg.add(name)
                self.c.set_font(name.replace("-", ""), "", size)

    def width(self, s: str, font: str, size: float) -> float:
        self._set(font, size)
        if self.producer == "reportlab":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return stringWidth(s, CORE_RL.get(font, font), size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str = "Helvetica", size: float = 9, align: str = "l") -> None:
        if not s:
            return
        w = self.width(s, font, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self._set(font, size)
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

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.6, fill: float | None = None) -> None:
        """Box with top-left (x, y); fill is a grey level 0..1 drawn under later text."""
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


class Table:
    """Columns: (heading lines, x, align, right-edge-or-left) drawn by Canvas.text; align 'l' uses x as left,
    'r' uses x as the right edge."""

    def __init__(self, cv: Canvas, cols: list[tuple[str, float, str]], font: str, size: float, hfont: str,
                 lead: float):
        self.cv, self.cols, self.font, self.size, self.hfont, self.lead = cv, cols, font, size, hfont, lead

    def header(self, y: float, rule: bool = True, x1: float = 36, x2: float | None = None) -> float:
        x2 = x2 if x2 is not None else self.cv.W - 36
        nlines = max(len(h.split("\n")) for h, _, _ in self.cols)
        for h, x, al in self.cols:
            parts = h.split("\n")
            for i, p in enumerate(parts):
                yy = y + (nlines - len(parts) + i) * (self.size + 1.5)
                self.cv.text(x, yy, p, self.hfont, self.size, al)
        y += (nlines - 1) * (self.size + 1.5) + 3
        if rule:
            self.cv.hline(x1, x2, y, 0.6)
        return y + self.lead

    def row(self, y: float, values: list[str], font: str | None = None) -> None:
        for (h, x, al), v in zip(self.cols, values):
            self.cv.text(x, y, v, font or self.font, self.size, al)
