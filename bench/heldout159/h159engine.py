"""Small drawing/flow engine shared by the set-159 layouts: one top-left-origin canvas API over reportlab and
fpdf2, a flowing page builder that paginates blocks (recording each truth row's page), and text helpers."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import FIXED_WHEN  # noqa: E402

TTF = "/usr/share/fonts/truetype"
FONTS = {  # family -> (regular file, bold file) or None for core fonts
    "dejavu": (f"{TTF}/dejavu/DejaVuSans.ttf", f"{TTF}/dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": (f"{TTF}/dejavu/DejaVuSansCondensed.ttf", f"{TTF}/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavuserif": (f"{TTF}/dejavu/DejaVuSerif.ttf", f"{TTF}/dejavu/DejaVuSerif-Bold.ttf"),
    "libsans": (f"{TTF}/liberation/LiberationSans-Regular.ttf", f"{TTF}/liberation/LiberationSans-Bold.ttf"),
    "libnarrow": (f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf",
                  f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf"),
    "libserif": (f"{TTF}/liberation/LiberationSerif-Regular.ttf", f"{TTF}/liberation/LiberationSerif-Bold.ttf"),
    "libmono": (f"{TTF}/liberation/LiberationMono-Regular.ttf", f"{TTF}/liberation/LiberationMono-Bold.ttf"),
    "helvetica": None, "times": None, "courier": None,
}
RL_CORE = {"helvetica": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}


class RL:
    producer = "reportlab"

    def __init__(self, path: Path, w: float, h: float):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen.canvas import Canvas
        self.pdfmetrics, self.TTFont = pdfmetrics, TTFont
        self.c = Canvas(str(path), pagesize=(w, h), invariant=1)
        self.c.setTitle("statement")
        self.w, self.h = w, h
        self.started = False
        self.fname, self.size = "Helvetica", 9

    def font(self, fam: str, size: float, bold: bool = False):
        if FONTS[fam] is None:
            name = RL_CORE[fam][1 if bold else 0]
        else:
            name = f"{fam}-{'B' if bold else 'R'}"
            if name not in self.pdfmetrics.getRegisteredFontNames():
                self.pdfmetrics.registerFont(self.TTFont(name, FONTS[fam][1 if bold else 0]))
        self.fname, self.size = name, size
        self.c.setFont(name, size)

    def width(self, s: str) -> float:
        return self.pdfmetrics.stringWidth(s, self.fname, self.size)

    def new_page(self):
        if self.started:
            self.c.showPage()
        self.started = True
        self.c.setFont(self.fname, self.size)

    def text(self, x: float, y: float, s: str, align: str = "l"):
        """y is the baseline measured from the top."""
        yy = self.h - y
        if align == "r":
            self.c.drawRightString(x, yy, s)
        elif align == "c":
            self.c.drawCentredString(x, yy, s)
        else:
            self.c.drawString(x, yy, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, self.h - y - h, w, h, stroke=1 if lw else 0, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)

    def save(self):
        self.c.save()


class FP:
    producer = "fpdf2"

    def __init__(self, path: Path, w: float, h: float):
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(unit="pt", format=(w, h))
        self.p.set_auto_page_break(False)
        self.p.set_creation_date(FIXED_WHEN)
        self.p.set_title("statement")
        import fpdf
        self.p.set_producer(f"PyFPDF/fpdf{fpdf.__version__}")
        self.w, self.h = w, h
        self.loaded: set = set()
        self.fam, self.style, self.size = "helvetica", "", 9

    def font(self, fam: str, size: float, bold: bool = False):
        style = "B" if bold else ""
        if FONTS[fam] is not None and (fam, style) not in self.loaded:
            self.p.add_font(fam, style, FONTS[fam][1 if bold else 0])
            self.loaded.add((fam, style))
        self.fam, self.style, self.size = fam, style, size
        self.p.set_font(fam, style, size)

    def width(self, s: str) -> float:
        return self.p.get_string_width(s)

    def new_page(self):
        self.p.add_page()
        self.p.set_font(self.fam, self.style, self.size)

    def text(self, x, y, s, align="l"):
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.p.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        self.p.set_line_width(lw if lw else 0.01)
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
            self.p.rect(x, y, w, h, style="DF" if lw else "F")
        else:
            self.p.rect(x, y, w, h)

    def save(self):
        self.p.output(str(self.path))


LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Block:
    """A piece of the flow: height, a draw function (canvas, y_top), the truth rows it carries, the claim it
    belongs to (for continuation headings), and whether it may start a page (keep_with_next for headings)."""

    def __init__(self, h, draw, truths=(), claim=None, keep_next=False):
        self.h, self.draw, self.truths, self.claim, self.keep_next = h, draw, list(truths), claim, keep_next


def flow(be_cls, path, size, blocks, furniture, top, bottom, cont=None, cont_h=0.0, first_top=None,
         last_page=None):
    """Place blocks onto pages; furniture(c, page, npages) draws page furniture; cont(c, y, claim) draws a
    continuation heading on a new page that starts mid-claim. Returns the page count."""
    pages: list[list] = [[]]
    y = first_top if first_top is not None else top
    open_claim = None
    i = 0
    while i < len(blocks):
        b = blocks[i]
        need = b.h
        j = i
        while blocks[j].keep_next and j + 1 < len(blocks):  # keep a heading with what follows
            j += 1
            need += blocks[j].h
        if y + need > bottom and pages[-1]:
            pages.append([])
            y = top
            if cont and b.claim is not None and b.claim == open_claim:
                pages[-1].append(("cont", y, b.claim))
                y += cont_h
        for t in b.truths:
            t["page"] = len(pages)
        pages[-1].append(("blk", y, b))
        y += b.h
        open_claim = b.claim
        i += 1
    c = be_cls(path, *size)
    n = len(pages)
    for pno, items in enumerate(pages, 1):
        c.new_page()
        furniture(c, pno, n)
        for kind, yy, obj in items:
            if kind == "cont":
                cont(c, yy, obj)
            else:
                obj.draw(c, yy)
        if last_page and pno == n:
            last_page(c, y)
    c.save()
    return n


def wrap(be_width, s: str, w: float) -> list[str]:
    words, out, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if be_width(t) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = wd
    if cur:
        out.append(cur)
    return out or [""]


class Measure:
    """Text-width measuring without a document (for wrapping before layout), matching both producers."""

    def __init__(self, fam: str, size: float, bold: bool = False):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if FONTS[fam] is None:
            self.name = RL_CORE[fam][1 if bold else 0]
        else:
            self.name = f"{fam}-{'B' if bold else 'R'}"
            if self.name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(self.name, FONTS[fam][1 if bold else 0]))
        self.size = size
        self.pm = pdfmetrics

    def __call__(self, s: str) -> float:
        return self.pm.stringWidth(s, self.name, self.size)


def row_block(fam, size, cols, cells, lead, truths=(), claim=None, pad=2.0, bold=False, rule=None, grid=None,
              fill=None, keep_next=False):
    """A table row: cols = [(x, align)], cells = strings or lists of strings (stacked lines).
    rule: draw a thin line under the row from rule[0] to rule[1]; grid: vertical x positions for boxed cells."""
    cells = [c if isinstance(c, list) else [c] for c in cells]
    n = max(len(c) for c in cells)
    h = n * lead + pad

    def draw(c, y):
        if fill is not None:
            c.rect(grid[0] if grid else rule[0], y, (grid[-1] - grid[0]) if grid else (rule[1] - rule[0]), h,
                   fill=fill, lw=0)
        c.font(fam, size, bold)
        for (x, al), lines in zip(cols, cells):
            for k, s in enumerate(lines):
                if s:
                    c.text(x, y + lead * (k + 1) - lead * 0.25, s, al)
        if rule:
            c.line(rule[0], y + h, rule[1], y + h, 0.3)
        if grid:
            c.line(grid[0], y + h, grid[-1], y + h, 0.4)
            for gx in grid:
                c.line(gx, y, gx, y + h, 0.4)
    return Block(h, draw, truths, claim, keep_next)


def text_block(fam, size, lines, lead, bold=False, x=40.0, claim=None, keep_next=False, pad=0.0):
    def draw(c, y):
        c.font(fam, size, bold)
        for k, s in enumerate(lines):
            c.text(x, y + lead * (k + 1) - lead * 0.25, s)
    return Block(lead * len(lines) + pad, draw, (), claim, keep_next)


def space(h, claim=None):
    return Block(h, lambda c, y: None, (), claim)
