"""Tiny drawing layer for set 56: one top-left-origin API (points) over reportlab and fpdf2, so each
layout is written once and rendered by the producer it names. Deterministic output on both."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = {
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono",
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed",
}
CORE = {"Helvetica", "Times", "Courier"}


def _ttf(family: str, bold: bool) -> str:
    base = FONT_DIR[family]
    if bold:
        return base + "-Bold.ttf"
    return base + ("-Regular.ttf" if "Liberation" in family else ".ttf")


class Doc:
    """producer: 'reportlab' or 'fpdf2'; family: a FONT_DIR key or a core font name."""

    def __init__(self, path: Path, producer: str, family: str, landscape: bool = False):
        self.path, self.producer, self.family = Path(path), producer, family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self.size, self.bold = 8.0, False
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family in CORE:
                self._rl = {False: {"Helvetica": "Helvetica", "Times": "Times-Roman", "Courier": "Courier"}[family],
                            True: {"Helvetica": "Helvetica-Bold", "Times": "Times-Bold", "Courier": "Courier-Bold"}[family]}
            else:
                self._rl = {}
                for b in (False, True):
                    name = family + ("-B" if b else "-R")
                    pdfmetrics.registerFont(TTFont(name, _ttf(family, b)))
                    self._rl[b] = name
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(self.path.stem)
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            if family in CORE:
                self._fp = family
            else:
                self.f.add_font(family, "", _ttf(family, False))
                self.f.add_font(family, "B", _ttf(family, True))
                self._fp = family
        self.new_page()

    # ---------------------------------------------------------------- pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1
        self.font(self.size, self.bold)

    def font(self, size: float, bold: bool = False) -> None:
        self.size, self.bold = size, bold
        if self.producer == "reportlab":
            self.c.setFont(self._rl[bold], size)
        else:
            self.f.set_font(self._fp, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._rl[self.bold], self.size)
        return self.f.get_string_width(s)

    # ---------------------------------------------------------------- drawing (y = baseline from top)
    def text(self, x: float, y: float, s: str, align: str = "l", size: float | None = None,
             bold: bool | None = None) -> None:
        if size is not None or bold is not None:
            self.font(size if size is not None else self.size, self.bold if bold is None else bold)
        if not s:
            return
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.f.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(width)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.f.set_line_width(width)
            self.f.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        """y = top edge. fill = grey level 0..1 (1 white)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(0.5)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(0.5)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
            self.f.rect(x, y, w, h, style=style)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


def wrap(doc: Doc, s: str, width: float) -> list[str]:
    words, out, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if doc.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out
