"""Drawing helpers for set 152: one small pen interface over reportlab and fpdf2 (top-left origin, points),
and a flowing table writer that breaks pages and records which page each service line landed on."""

from __future__ import annotations

import io
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": FONT_DIR / "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerifCondensed": FONT_DIR / "dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": FONT_DIR / "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSerif": FONT_DIR / "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": FONT_DIR / "dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": FONT_DIR / "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": FONT_DIR / "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": FONT_DIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": FONT_DIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": FONT_DIR / "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": FONT_DIR / "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": FONT_DIR / "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": FONT_DIR / "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Pen:
    """family: a core name (Helvetica/Times/Courier) or a TTF base name from TTF."""

    def __init__(self, producer: str, landscape: bool, family: str, when):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.family = family
        self.page = 1
        self.buf = io.BytesIO()
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            self._pm = pdfmetrics
            if family in CORE_RL:
                self.fr, self.fb = CORE_RL[family]
            else:
                for nm in (family, family + "-Bold"):
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, str(TTF[nm])))
                self.fr, self.fb = family, family + "-Bold"
            self.c = canvas.Canvas(self.buf, pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            import fpdf
            self.c.set_creation_date(when)
            self.c.set_producer(f"fpdf2 {fpdf.__version__}")
            self.c.set_title("Statement")
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if family in CORE_RL:
                self.fam = family
            else:
                self.c.add_font(family, "", str(TTF[family]))
                self.c.add_font(family, "B", str(TTF[family + "-Bold"]))
                self.fam = family
            self.c.add_page()

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fb if bold else self.fr, size)
        self.c.set_font(self.fam, "B" if bold else "", size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "L") -> None:
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(self.fb if bold else self.fr, size)
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.set_font(self.fam, "B" if bold else "", size)
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
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
            path.write_bytes(self.buf.getvalue())
        else:
            self.c.output(str(path))


class Flow:
    """A y cursor with page breaking. on_new(flow, continued) draws the furniture of a fresh page and sets y;
    on_end(flow) draws the page footer. need(h) breaks the page when h more points do not fit."""

    def __init__(self, pen: Pen, bottom: float, on_new, on_end):
        self.pen, self.bottom, self.on_new, self.on_end = pen, bottom, on_new, on_end
        self.y = 0.0
        self.on_new(self, False)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.on_end(self)
            self.pen.new_page()
            self.on_new(self, True)
            return True
        return False

    def finish(self) -> None:
        self.on_end(self)

    @property
    def page(self) -> int:
        return self.pen.page
