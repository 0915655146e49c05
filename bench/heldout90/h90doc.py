"""Tiny drawing layer over reportlab and fpdf2 for the set-90 factory (top-left origin, points)."""
from __future__ import annotations

from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DVSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold",
           "Cour": "Courier", "Cour-B": "Courier-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "Helv-B": ("helvetica", "B"), "Times": ("times", ""),
           "Times-B": ("times", "B"), "Cour": ("courier", ""), "Cour-B": ("courier", "B")}


class Doc:
    def __init__(self, producer: str, path: Path, landscape: bool = False, fixed_when=None):
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page_no = 0
        self._font = ("Helv", 9.0)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for k, f in TTF.items():
                if k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, FONTDIR + f))
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_auto_page_break(False)
            self.f.set_margins(0, 0, 0)
            if fixed_when is not None:
                self.f.set_creation_date(fixed_when)
            self._loaded: set = set()
        self.new_page()

    def _fp_font(self, name, size):
        if name in CORE_FP:
            fam, sty = CORE_FP[name]
            self.f.set_font(fam, sty, size)
        else:
            if name not in self._loaded:
                self.f.add_font(name, "", FONTDIR + TTF[name])
                self._loaded.add(name)
            self.f.set_font(name, "", size)

    def new_page(self):
        if self.producer == "reportlab":
            if self.page_no:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page_no += 1

    def width(self, s: str, font: str, size: float) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, CORE_RL.get(font, font), size)
        self._fp_font(font, size)
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str = "Helv", size: float = 9, align: str = "L",
             white: bool = False):
        s = str(s)
        if align == "R":
            x -= self.width(s, font, size)
        elif align == "C":
            x -= self.width(s, font, size) / 2
        if self.producer == "reportlab":
            self.c.setFillGray(1 if white else 0)
            self.c.setFont(CORE_RL.get(font, font), size)
            self.c.drawString(x, self.H - y, s)
        else:
            self.f.set_text_color(255 if white else 0)
            self._fp_font(font, size)
            self.f.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.f.set_line_width(w)
            self.f.set_draw_color(int(gray * 255))
            self.f.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeGray(0)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            self.f.set_draw_color(0)
            style = ""
            if fill is not None:
                self.f.set_fill_color(int(fill * 255))
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.f.rect(x, y, w, h, style=style)

    def wrap(self, s: str, font: str, size: float, width: float) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if self.width(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out or [""]

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page_no
