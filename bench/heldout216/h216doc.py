"""Tiny drawing layer over reportlab and fpdf2 for set 216 (y is measured from the top, text at baseline)."""

from __future__ import annotations

from pathlib import Path

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Doc:
    """producer 'reportlab' or 'fpdf2'; family: a core name (Helvetica/Times/Courier) or a TTF family above."""

    def __init__(self, producer: str, family: str, landscape: bool = False, when=None):
        self.producer = producer
        self.family = family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self._font = (family, False, 9.0)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            self._pm = pdfmetrics
            if family not in CORE_RL:
                for nm in (family, family + "-Bold"):
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, TTF[nm]))
            self._c = None
        else:
            from fpdf import FPDF
            p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            p.set_auto_page_break(False)
            p.set_margins(0, 0, 0)
            if when is not None:
                p.set_creation_date(when)
            if family not in CORE_RL:
                p.add_font(family, "", TTF[family])
                p.add_font(family, "B", TTF[family + "-Bold"])
            self._p = p

    def start(self, path: Path) -> None:
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            self._c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self._c.setTitle("Document")
            self._c.setCreator("set216")
        self._path = path

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self._c.showPage()
        else:
            self._p.add_page()
        self.page += 1
        self.font(self._font[2], self._font[1])

    def _rlname(self, bold: bool) -> str:
        if self.family in CORE_RL:
            return CORE_RL[self.family][1 if bold else 0]
        return self.family + ("-Bold" if bold else "")

    def font(self, size: float, bold: bool = False) -> None:
        self._font = (self.family, bold, size)
        if self.producer == "reportlab":
            if self._c is not None and self.page:
                self._c.setFont(self._rlname(bold), size)
        else:
            fam = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}.get(self.family, self.family)
            self._p.set_font(fam, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._rlname(self._font[1]), self._font[2])
        return self._p.get_string_width(s)

    def text(self, x: float, y: float, s: str) -> None:
        if not s:
            return
        if self.producer == "reportlab":
            self._c.drawString(x, self.H - y, s)
        else:
            self._p.text(x, y, s)

    def rtext(self, x: float, y: float, s: str) -> None:
        self.text(x - self.width(s), y, s)

    def ctext(self, x: float, y: float, s: str) -> None:
        self.text(x - self.width(s) / 2, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self._c.setLineWidth(w)
            self._c.line(x1, self.H - y, x2, self.H - y)
        else:
            self._p.set_line_width(w)
            self._p.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self._c.setLineWidth(w)
            self._c.line(x, self.H - y1, x, self.H - y2)
        else:
            self._p.set_line_width(w)
            self._p.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            c = self._c
            if fill is not None:
                c.setFillGray(fill)
            c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.setFillGray(0)
        else:
            p = self._p
            if fill is not None:
                g = int(fill * 255)
                p.set_fill_color(g, g, g)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            p.rect(x, y, w, h, style=style)
            p.set_fill_color(0, 0, 0)

    def finish(self) -> int:
        if self.producer == "reportlab":
            self._c.showPage()
            self._c.save()
        else:
            self._p.output(str(self._path))
        return self.page
