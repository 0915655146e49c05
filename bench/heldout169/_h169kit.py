"""Drawing kit for set 169: one top-origin canvas API over reportlab and fpdf2, a paginating claim/table
engine that records, for every printed service row, its page and the strings printed on that row (used by
--check against the extracted text layer)."""
from __future__ import annotations

from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DjSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DjCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DjSerifC": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DjMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Canvas:
    """Top-origin drawing in points. y of text = baseline measured from the page top."""

    def __init__(self, producer: str, path: Path, landscape: bool, family: str, when):
        self.producer, self.path, self.family = producer, path, family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pno = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family in TTF:
                for i, suf in enumerate(("", "-B")):
                    try:
                        pdfmetrics.getFont(family + suf)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(family + suf, str(FONTDIR / TTF[family][i])))
                self._names = (family, family + "-B")
            else:
                self._names = CORE_RL[family]
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("document")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(when)
            self.c.set_auto_page_break(False)
            if family in TTF:
                self.c.add_font(family, "", str(FONTDIR / TTF[family][0]))
                self.c.add_font(family, "B", str(FONTDIR / TTF[family][1]))
            self._fam = family
        self.font(False, 9)

    def font(self, bold: bool, size: float):
        self.bold, self.size = bold, size
        if self.producer == "reportlab":
            self.c.setFont(self._names[1 if bold else 0], size)
        else:
            self.c.set_font(self._fam, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._names[1 if self.bold else 0], self.size)
        return self.c.get_string_width(s)

    def new_page(self):
        if self.producer == "reportlab":
            if self.pno:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pno += 1
        self.font(False, 9)

    def t(self, x: float, y: float, s: str, size: float | None = None, bold: bool = False, align: str = "L"):
        self.font(bold, size or self.size)
        if align == "R":
            x -= self.width(s)
        elif align == "C":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, gray: float | None = None, stroke=True, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if gray is not None:
                self.c.setFillGray(gray)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if gray is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("DF" if stroke else "F") if gray is not None else "D"
            if gray is not None:
                g = int(gray * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0, 0, 0)

    def save(self):
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))

    def wrap(self, s: str, width: float, size: float, bold=False) -> list[str]:
        self.font(bold, size)
        out, cur = [], ""
        for w in s.split():
            cand = (cur + " " + w).strip()
            if cur and self.width(cand) > width:
                out.append(cur)
                cur = w
            else:
                cur = cand
        return out + ([cur] if cur else [])
