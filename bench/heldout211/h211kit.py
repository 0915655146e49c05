"""Small drawing kit for set 211: one top-left-origin page API over reportlab and fpdf2, plus a row flow
that breaks pages and repeats furniture. Deterministic (reportlab invariant=1, fpdf2 fixed creation date)."""

from __future__ import annotations

from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": "liberation2/LiberationSans-Regular.ttf", "LibSans-B": "liberation2/LiberationSans-Bold.ttf",
    "LibSerif": "liberation2/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation2/LiberationSerif-Bold.ttf",
    "LibMono": "liberation2/LiberationMono-Regular.ttf", "LibMono-B": "liberation2/LiberationMono-Bold.ttf",
    "DjSans": "dejavu/DejaVuSans.ttf", "DjSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "dejavu/DejaVuSansCondensed.ttf", "DjCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DjSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf", "Narrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
           "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


class Page:
    def __init__(self, path: Path, producer: str, landscape: bool = False, title: str = "") -> None:
        self.producer = producer
        self.path = path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 1
        self.size = 9.0
        self.fname = ""
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for k, v in TTF.items():
                if k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, str(FONTDIR / v)))
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("")
        else:
            from datetime import UTC, datetime

            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.c.set_auto_page_break(False)
            self.c.set_title(title)
            for k, v in TTF.items():
                fam = k.replace("-B", "")
                self.c.add_font(fam, "B" if k.endswith("-B") else "", str(FONTDIR / v))
            self.c.add_page()

    def font(self, name: str, size: float) -> None:
        self.fname, self.size = name, size
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        elif name in CORE_FP:
            fam, st = CORE_FP[name]
            self.c.set_font(fam, st, size)
        else:
            self.c.set_font(name.replace("-B", ""), "B" if name.endswith("-B") else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fname, self.size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "L") -> None:
        """y is the baseline measured from the top of the page."""
        if align == "R":
            x -= self.width(s)
        elif align == "C":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.6) -> None:
        """Box with top-left (x, y); fill is a grey level 0..1 (drawn, no stroke) or None for an outline."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="F")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def new_page(self) -> None:
        self.pages += 1
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.setFont(self.fname, self.size)
        else:
            self.c.add_page()
            self.font(self.fname, self.size)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(str(self.path))


def wrap(pg: Page, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pg.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


class Flow:
    """A cursor down the page; ``need`` breaks the page, draws the page furniture (``on_page``) and returns
    True when it broke."""

    def __init__(self, pg: Page, top: float, bottom: float, on_page, on_foot) -> None:
        self.pg, self.top, self.bottom, self.on_page, self.on_foot = pg, top, bottom, on_page, on_foot
        self.y = top

    def need(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.on_foot()
        self.pg.new_page()
        self.y = self.on_page()
        return True


def cells(pg: Page, y: float, cols: list, vals: list[str]) -> None:
    """cols: (x, width, align); text placed inside each column."""
    for (x, w, a), v in zip(cols, vals):
        if not v:
            continue
        if a == "R":
            pg.text(x + w - 2, y, v, "R")
        elif a == "C":
            pg.text(x + w / 2, y, v, "C")
        else:
            pg.text(x + 2, y, v)


def colspec(x0: float, widths: list[float], aligns: str) -> list:
    out, x = [], x0
    for w, a in zip(widths, aligns):
        out.append((x, w, a))
        x += w
    return out
