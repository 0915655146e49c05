"""Drawing helpers for set 214: one small page API over reportlab and fpdf2 (top-left origin, y = baseline)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DjSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DjSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DjCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DjSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
}


class RLDoc:
    producer = "reportlab"

    def __init__(self, path: Path, land: bool = False):
        from reportlab.pdfgen import canvas
        self.size = landscape(letter) if land else letter
        self.W, self.H = self.size
        self.c = canvas.Canvas(str(path), pagesize=self.size, invariant=1)
        self.page = 1
        self._f = ("Helvetica", 9)

    def font(self, name: str, size: float) -> None:
        if name in TTF and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, TTF[name]))
        self._f = (name, size)
        self.c.setFont(name, size)

    def width(self, s: str) -> float:
        return pdfmetrics.stringWidth(s, *self._f)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.c.drawString(x, self.H - y, s)

    def line(self, x1, y1, x2, y2, w=0.5, grey=0.0) -> None:
        self.c.setLineWidth(w)
        self.c.setStrokeGray(grey)
        self.c.line(x1, self.H - y1, x2, self.H - y2)
        self.c.setStrokeGray(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5) -> None:
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.c.setFont(*self._f)

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


class FDoc:
    producer = "fpdf2"

    def __init__(self, path: Path, land: bool = False):
        from eobgen import FIXED_WHEN
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
        self.p.set_creation_date(FIXED_WHEN)
        self.p.set_auto_page_break(False)
        self.p.add_page()
        self.W, self.H = self.p.w, self.p.h
        self.page = 1
        self._loaded: set = set()

    def font(self, name: str, size: float) -> None:
        if name in TTF:
            if name not in self._loaded:
                self.p.add_font(name, "", TTF[name])
                self._loaded.add(name)
            self.p.set_font(name, "", size)
        else:
            fam, _, st = name.partition("-")
            self.p.set_font(fam, st, size)

    def width(self, s: str) -> float:
        return self.p.get_string_width(s)

    def text(self, x, y, s, align="l") -> None:
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.p.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5, grey=0.0) -> None:
        self.p.set_line_width(w)
        g = int(grey * 255)
        self.p.set_draw_color(g, g, g)
        self.p.line(x1, y1, x2, y2)
        self.p.set_draw_color(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5) -> None:
        self.p.set_line_width(lw)
        style = ""
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
            style = "DF" if stroke else "F"
        else:
            style = "D"
        self.p.rect(x, y, w, h, style=style)

    def new_page(self) -> None:
        self.p.add_page()
        self.page += 1

    def save(self) -> None:
        self.p.output(str(self.path))


def columns(x0: float, spec: list[tuple[str, float, str]]) -> list[tuple[str, float, float, str]]:
    """(header, width, align) -> (header, left, right, align)."""
    out, x = [], x0
    for h, w, a in spec:
        out.append((h, x, x + w, a))
        x += w
    return out


def draw_cells(doc, y: float, cols, cells: list[str], pad: float = 2.0) -> None:
    for (h, left, right, a), s in zip(cols, cells):
        if not s:
            continue
        if a == "r":
            doc.text(right - pad, y, s, "r")
        elif a == "c":
            doc.text((left + right) / 2, y, s, "c")
        else:
            doc.text(left + pad, y, s)


def draw_header(doc, y: float, cols, leading: float, pad: float = 2.0) -> float:
    """Headers may hold '\\n'; returns the y after the header block."""
    n = max(h.count("\n") + 1 for h, *_ in cols)
    for i in range(n):
        draw_cells(doc, y + i * leading, cols, [(h.split("\n") + [""] * n)[i] for h, *_ in cols], pad)
    return y + n * leading


def wrap(doc, s: str, width: float) -> list[str]:
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if doc.width(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines
