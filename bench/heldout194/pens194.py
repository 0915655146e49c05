"""Small drawing layer for set 194: one top-down pen over reportlab or fpdf2, a flowing cursor with page
breaks, and a row recorder that remembers the exact strings printed on each service row (for --check)."""

from __future__ import annotations

from pathlib import Path

TTF = {
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}

LETTER = (612.0, 792.0)


class Pen:
    """Top-down coordinates in points. ``family`` is a TTF key above (regular; '-Bold' added) or a core name."""

    def __init__(self, producer: str, path: Path, family: str, landscape: bool = False):
        from eobgen import FIXED_WHEN

        self.producer, self.family = producer, family
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 1
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas

            self._pm = pdfmetrics
            if family in CORE_RL:
                self.reg, self.bold = CORE_RL[family]
            else:
                for nm in (family, family + "-Bold"):
                    pdfmetrics.registerFont(TTFont(nm, TTF[nm]))
                self.reg, self.bold = family, family + "-Bold"
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from fpdf import FPDF

            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_margins(0, 0, 0)
            if family in CORE_RL:
                self.reg, self.bold = family, family  # style B for bold
                self._corebold = True
            else:
                self.f.add_font(family, "", TTF[family])
                self.f.add_font(family, "B", TTF[family + "-Bold"])
                self.reg, self.bold = family, family
                self._corebold = True
            self.f.add_page()
        self.path = path

    # ---------------------------------------------------------------------------------------------
    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.bold if bold else self.reg, size)
        self.f.set_font(self.reg, "B" if bold else "", size)
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l",
             gray: float = 0.0) -> None:
        """y is the baseline from the top. align l: x is left edge; r: right edge; c: centre."""
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.bold if bold else self.reg, size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.f.set_text_color(g, g, g)
            self.f.set_font(self.reg, "B" if bold else "", size)
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setStrokeGray(gray)
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.f.set_draw_color(g, g, g)
            self.f.set_line_width(w)
            self.f.line(x1, y, x2, y)
            self.f.set_draw_color(0, 0, 0)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.f.set_line_width(w)
            self.f.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.6) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
                style += "F"
            if stroke:
                style = "DF" if style else "D"
            self.f.rect(x, y, w, h, style=style)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.f.output(str(self.path))


class Flow:
    """A cursor down the page. ``need(h)`` breaks the page when h points do not fit, calling ``footer(pen)``
    on the old page and ``on_new(flow)`` on the new one (which must set flow.y below its furniture)."""

    def __init__(self, pen: Pen, top: float, bottom: float, footer, on_new):
        self.pen, self.y, self.top, self.bottom = pen, top, top, bottom
        self.footer, self.on_new = footer, on_new

    def need(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.footer(self.pen)
        self.pen.new_page()
        self.y = self.top
        self.on_new(self)
        return True


def wrap(pen: Pen, s: str, width: float, size: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pen.width(t, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Cols:
    """Columns: list of (key, x, align); x is the left edge for 'l', right edge for 'r', centre for 'c'."""

    def __init__(self, spec):
        self.spec = spec

    def draw(self, pen: Pen, y: float, cells: dict, size: float, bold: bool = False) -> None:
        for key, x, al in self.spec:
            v = cells.get(key)
            if v:
                pen.text(x, y, v, size, bold, al)
