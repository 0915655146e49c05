"""Small drawing layer for set 41: one top-left-origin canvas over reportlab or fpdf2, plus a table engine that
breaks pages, repeats headings when asked and remembers, for every service row, the page and the strings it
printed on that row (for the generator's self-check)."""

from __future__ import annotations

from pathlib import Path

from eobgen import FIXED_WHEN
from fpdf import FPDF
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONTS = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-{}.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-{}.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed{}.ttf",
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed{}.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


def _font_file(name: str, bold: bool) -> str:
    pat = FONTS[name]
    if name.startswith("DejaVu"):
        return pat.format("-Bold" if bold else "")
    return pat.format("Bold" if bold else "Regular")


class Canvas:
    """Top-left origin, points. producer 'reportlab' or 'fpdf2'."""

    def __init__(self, path: Path, producer: str, font: str, landscape: bool = False):
        self.path, self.producer, self.font = path, producer, font
        self.W, self.H = (letter[1], letter[0]) if landscape else letter
        self.pages = 0
        if producer == "reportlab":
            if font in CORE_RL:
                self.fr, self.fb = CORE_RL[font]
            else:
                self.fr, self.fb = font + "-R41", font + "-B41"
                for nm, b in ((self.fr, False), (self.fb, True)):
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, _font_file(font, b)))
            self.c = rl_canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=0)
            self.c.setTitle("Statement")
        else:
            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_auto_page_break(False)
            self.p.set_compression(False)
            if font in CORE_RL:
                self.ff = font
            else:
                self.ff = font
                self.p.add_font(font, "", _font_file(font, False))
                self.p.add_font(font, "B", _font_file(font, True))

    # ------------------------------------------------------------------ primitives
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.p.add_page()
        self.pages += 1

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return pdfmetrics.stringWidth(s, self.fb if bold else self.fr, size)
        self.p.set_font(self.ff, "B" if bold else "", size)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l",
             gray: float = 0.0) -> None:
        """y is the baseline measured from the top."""
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.fb if bold else self.fr, size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.p.set_text_color(g, g, g)
            self.p.set_font(self.ff, "B" if bold else "", size)
            self.p.text(x, y, s)
            self.p.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setStrokeGray(gray)
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.p.set_draw_color(g, g, g)
            self.p.set_line_width(w)
            self.p.line(x1, y, x2, y)
            self.p.set_draw_color(0, 0, 0)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setStrokeGray(gray)
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.p.set_draw_color(g, g, g)
            self.p.set_line_width(w)
            self.p.line(x, y1, x, y2)
            self.p.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.p.set_fill_color(g, g, g)
            self.p.set_line_width(0.5)
            self.p.rect(x, y, w, h, style=style)
            self.p.set_fill_color(255, 255, 255)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.p.output(str(self.path))


def wrap(cv: Canvas, s: str, width: float, size: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and cv.width(t, size, bold) > width:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Col:
    def __init__(self, title: str, width: float, align: str = "l", wrap: bool = False):
        self.title, self.width, self.align, self.wrap = title, width, align, wrap


class Flow:
    """A page flow: cursor y, page breaks with a page-head callback, tables with optional repeated headings."""

    def __init__(self, cv: Canvas, top: float, bottom: float, left: float, page_head, page_foot, total_pages=None):
        self.cv, self.top, self.bottom, self.left = cv, top, bottom, left
        self.page_head, self.page_foot, self.total = page_head, page_foot, total_pages
        self.y = top
        self.rows: list[tuple[int, list[str]]] = []  # (page, strings on the row) per registered service row
        self.on_break = None  # called after a page break inside a table (repeat heads)

    def start(self) -> None:
        self.cv.new_page()
        self.y = self.page_head(self.cv, self.cv.pages, self.total)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.page_foot(self.cv, self.cv.pages, self.total)
            self.cv.new_page()
            self.y = self.page_head(self.cv, self.cv.pages, self.total)
            if self.on_break:
                self.on_break()
            return True
        return False

    def finish(self) -> None:
        self.page_foot(self.cv, self.cv.pages, self.total)

    def text(self, s: str, size: float = 8, bold: bool = False, dy: float | None = None, x: float | None = None,
             gray: float = 0.0) -> None:
        lead = dy if dy is not None else size * 1.3
        self.need(lead)
        self.y += lead
        self.cv.text(self.left if x is None else x, self.y, s, size, bold, gray=gray)

    def col_head(self, cols: list[Col], size: float, shade: float | None = 0.88, rule: bool = True,
                 bold: bool = True) -> None:
        nl = max(len(c.title.split("\n")) for c in cols)
        h = nl * size * 1.2 + 4
        self.need(h + size * 2)
        x = self.left
        tw = sum(c.width for c in cols)
        if shade is not None:
            self.cv.rect(x, self.y, tw, h, fill=shade, stroke=False)
        for c in cols:
            for i, part in enumerate(c.title.split("\n")):
                yy = self.y + (i + 1) * size * 1.2
                if c.align == "r":
                    self.cv.text(x + c.width - 2, yy, part, size, bold, "r")
                elif c.align == "c":
                    self.cv.text(x + c.width / 2, yy, part, size, bold, "c")
                else:
                    self.cv.text(x + 2, yy, part, size, bold)
            x += c.width
        self.y += h
        if rule:
            self.cv.hline(self.left, self.left + tw, self.y, 0.6)

    def row(self, cols: list[Col], cells: list, size: float, bold: bool = False, register: bool = False,
            grid: bool = False, lead: float | None = None, under: list[str] | None = None) -> int:
        """cells: strings, or lists of strings (stacked lines in that cell). Returns the page of the row."""
        lead = lead or size * 1.3
        stacks = []
        for c, v in zip(cols, cells):
            if isinstance(v, list):
                stacks.append(v)
            elif c.wrap:
                stacks.append(wrap(self.cv, v or "", c.width - 4, size, bold))
            else:
                stacks.append([v or ""])
        n = max(len(s) for s in stacks) + (1 if under else 0)
        h = n * lead + 2
        self.need(h)
        x = self.left
        for c, st in zip(cols, stacks):
            for i, part in enumerate(st):
                yy = self.y + (i + 1) * lead
                if c.align == "r":
                    self.cv.text(x + c.width - 2, yy, part, size, bold, "r")
                elif c.align == "c":
                    self.cv.text(x + c.width / 2, yy, part, size, bold, "c")
                else:
                    self.cv.text(x + 2, yy, part, size, bold)
            x += c.width
        if under:
            self.cv.text(self.left + cols[0].width + 2, self.y + n * lead, "  ".join(under), size - 0.5, gray=0.2)
        tw = sum(c.width for c in cols)
        if grid:
            self.cv.rect(self.left, self.y, tw, h)
            xx = self.left
            for c in cols[:-1]:
                xx += c.width
                self.cv.vline(xx, self.y, self.y + h, 0.3)
        self.y += h
        if register:
            first = [st[0] for st, c in zip(stacks, cols) if st and st[0] and not c.wrap]
            self.rows.append((self.cv.pages, first))
        return self.cv.pages
