"""Small drawing + pagination helper for make_heldout158_pdfs.py: one canvas API over reportlab and fpdf2
(top-left origin, points), a block flow that breaks pages, repeats continuation blocks, and records on which
page each service row landed (so the truth's page numbers come from the real placement)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from eobgen import FIXED_WHEN

FONT_FILES = {
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
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


class RLCanvas:
    producer = "reportlab"

    def __init__(self, path, size):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pm = pdfmetrics
        self.TTFont = TTFont
        self.W, self.H = size
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.c.setTitle("Statement")
        self.f, self.s = "Helvetica", 9

    def use(self, font, size):
        if font not in CORE and font not in self.pm.getRegisteredFontNames():
            self.pm.registerFont(self.TTFont(font, FONT_FILES[font]))
        self.f, self.s = font, size
        self.c.setFont(font, size)

    def width(self, s):
        return self.pm.stringWidth(s, self.f, self.s)

    def text(self, x, y, s, align="l"):
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.c.drawString(x, self.H - y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def rect(self, x, y, w, h, fill=None, stroke=True):
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def newpage(self):
        self.c.showPage()
        self.c.setFont(self.f, self.s)

    def save(self):
        self.c.showPage()
        self.c.save()


class FPCanvas:
    producer = "fpdf2"

    def __init__(self, path, size):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        self.p = FPDF(unit="pt", format=(min(size), max(size)), orientation="L" if size[0] > size[1] else "P")
        self.p.set_creation_date(FIXED_WHEN)
        self.p.set_auto_page_break(False)
        self.p.add_page()
        self.fams = set()

    def use(self, font, size):
        if font in CORE:
            fam, style = {"Helvetica": ("Helvetica", ""), "Helvetica-Bold": ("Helvetica", "B"),
                          "Times-Roman": ("Times", ""), "Times-Bold": ("Times", "B"),
                          "Courier": ("Courier", ""), "Courier-Bold": ("Courier", "B")}[font]
        else:
            fam, style = font.replace("-Bold", ""), ("B" if font.endswith("-Bold") else "")
            if (fam, style) not in self.fams:
                self.p.add_font(fam, style, FONT_FILES[font])
                self.fams.add((fam, style))
        self.p.set_font(fam, style, size)

    def width(self, s):
        return self.p.get_string_width(s)

    def text(self, x, y, s, align="l"):
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.p.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True):
        style = ("F" if not stroke else "DF") if fill is not None else "D"
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style=style)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(str(self.path))


@dataclass
class Block:
    h: float
    draw: Callable
    truth: list = field(default_factory=list)  # truth line dicts whose "page" is set on placement
    ctx: object = None  # the claim / table this row belongs to (for continuation)
    keep: int = 0  # keep this block together with the next `keep` blocks
    brk: bool = False  # force a page break before this block


def paginate(blocks, top_first, top, bottom, cont=None):
    """Place blocks on pages. Returns [[(block, y), ...], ...]. cont(ctx) -> blocks repeated on a new page
    when a table with that ctx continues there."""
    pages, cur, y, i = [], [], top_first, 0
    prev_ctx = None
    while i < len(blocks):
        b = blocks[i]
        need = sum(x.h for x in blocks[i:i + 1 + b.keep])
        if (y + need > bottom or b.brk) and cur:
            pages.append(cur)
            cur, y = [], top
            if cont and b.ctx is not None and b.ctx == prev_ctx:
                for cb in cont(b.ctx):
                    cur.append((cb, y))
                    y += cb.h
        cur.append((b, y))
        for t in b.truth:
            t["page"] = len(pages) + 1
        y += b.h
        prev_ctx = b.ctx
        i += 1
    pages.append(cur)
    return pages


def render(cv, pages, furniture):
    """furniture(cv, page_no, n_pages) draws the page's fixed parts."""
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        if k > 1:
            cv.newpage()
        furniture(cv, k, n)
        for b, y in pg:
            b.draw(cv, y)
    cv.save()
    return n


def wrap(cv, font, size, s, width):
    cv.use(font, size)
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cv.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


def row_block(cols, cells, font, size, lead, truth=None, ctx=None, shade=None, rule=False, bold=False,
              pad=2.0, box=None, keep=0):
    """cols: [(x, align)]; cells: str or [str] (wrapped lines). align r -> x is the right edge."""
    n = max(len(c) if isinstance(c, list) else 1 for c in cells)
    h = n * lead + pad

    def draw(cv, y):
        if shade is not None:
            cv.rect(box[0], y, box[1] - box[0], h, fill=shade, stroke=False)
        cv.use(font, size)
        for (x, al), c in zip(cols, cells):
            ls = c if isinstance(c, list) else [c]
            for j, s in enumerate(ls):
                if s:
                    cv.text(x, y + lead * (j + 1) - 1.5, s, al)
        if rule:
            cv.line(box[0], y + h, box[1], y + h, 0.3)
    return Block(h, draw, truth=[truth] if truth else [], ctx=ctx, keep=keep)


def text_block(lines, font, size, lead, x=0, align="l", h_extra=0.0, ctx=None, keep=0, brk=False, pre=None):
    """lines: [str] or [(x, str, font?)]."""
    h = lead * len(lines) + h_extra

    def draw(cv, y):
        if pre:
            pre(cv, y, h)
        for j, ln in enumerate(lines):
            if isinstance(ln, tuple):
                xx, s, *f = ln
                cv.use(f[0] if f else font, size)
                cv.text(xx, y + lead * (j + 1) - 2, s, align)
            else:
                cv.use(font, size)
                cv.text(x, y + lead * (j + 1) - 2, ln, align)
    return Block(h, draw, ctx=ctx, keep=keep, brk=brk)


def multi_block(items, font, size, lead, h=None, ctx=None, keep=0, pre=None, brk=False):
    """items: [(x, line_index, str, font_or_None, align)] drawn on a shared line grid."""
    nl = max(i[1] for i in items) + 1
    hh = h if h is not None else nl * lead + 2

    def draw(cv, y):
        if pre:
            pre(cv, y, hh)
        for x, li, s, f, al in items:
            cv.use(f or font, size)
            cv.text(x, y + lead * (li + 1) - 1.5, s, al)
    return Block(hh, draw, ctx=ctx, keep=keep, brk=brk)


def spacer(h, ctx=None):
    return Block(h, lambda cv, y: None, ctx=ctx)
