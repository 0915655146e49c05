"""Small drawing kit for make_heldout183_pdfs.py: one list of page drawing operations, rendered by either
reportlab or fpdf2, plus a generic table flow (column header repeated or not, continuation labels)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
        "Courier": ("Courier", "Courier-Bold")}
_reg: set = set()


def rl_font(fam: str, bold: bool) -> str:
    if fam in CORE:
        return CORE[fam][1 if bold else 0]
    name = fam + ("-B" if bold else "")
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, FONTDIR + TTF[fam][1 if bold else 0]))
        _reg.add(name)
    return name


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_font(fam, bold), size)


@dataclass
class Page:
    ops: list = field(default_factory=list)


class Doc:
    """Coordinates in points from the top-left corner; text y is the baseline."""

    def __init__(self, landscape: bool = False, font: str = "Helvetica"):
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.font = font
        self.pages: list[Page] = []

    def new_page(self) -> int:
        self.pages.append(Page())
        return len(self.pages)

    @property
    def cur(self) -> Page:
        return self.pages[-1]

    def text(self, x, y, s, size=8.0, bold=False, align="l", font=None):
        fam = font or self.font
        if align == "r":
            x -= width(s, fam, size, bold)
        elif align == "c":
            x -= width(s, fam, size, bold) / 2
        self.cur.ops.append(("t", x, y, s, fam, size, bold))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.cur.ops.append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        self.cur.ops.append(("r", x, y, w, h, lw, fill))

    def wrap(self, s: str, maxw: float, size: float, bold=False, font=None) -> list[str]:
        fam = font or self.font
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if width(t, fam, size, bold) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out


def _subst(s: str, page: int, total: int) -> str:
    return s.replace("{PAGE}", str(page)).replace("{PAGES}", str(total))


def render_reportlab(doc: Doc, path: str, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=(doc.w, doc.h), invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("")
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        for op in pg.ops:
            if op[0] == "t":
                _, x, y, s, fam, size, bold = op
                c.setFont(rl_font(fam, bold), size)
                c.drawString(x, doc.h - y, _subst(s, i, n))
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, lw, fill = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=1 if lw else 0, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: str, title: str) -> None:
    from datetime import UTC, datetime

    from fpdf import FPDF
    pdf = FPDF(orientation="L" if doc.landscape else "P", unit="pt", format="letter")
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_auto_page_break(False)
    added = set()
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        pdf.add_page()
        for op in pg.ops:
            if op[0] == "t":
                _, x, y, s, fam, size, bold = op
                if fam in CORE:
                    pdf.set_font(fam, "B" if bold else "", size)
                else:
                    key = (fam, bold)
                    if key not in added:
                        pdf.add_font(fam, "B" if bold else "", FONTDIR + TTF[fam][1 if bold else 0])
                        added.add(key)
                    pdf.set_font(fam, "B" if bold else "", size)
                pdf.text(x, y, _subst(s, i, n))
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, lw, fill = op
                pdf.set_line_width(lw or 0.1)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF" if lw else "F")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(path)


# ------------------------------------------------------------------------------------------ table flow

@dataclass
class Col:
    head: str  # "\n" splits heading lines
    w: float
    align: str = "l"


@dataclass
class Table:
    cols: list[Col]
    x0: float
    size: float = 7.5
    lead: float = 10.0
    head_bold: bool = True
    ruled: bool = False  # a hairline under each service row
    boxed: bool = False  # header box shaded
    head_fill: float | None = None

    def xs(self):
        out, x = [], self.x0
        for c in self.cols:
            out.append(x)
            x += c.w
        return out

    @property
    def width(self):
        return sum(c.w for c in self.cols)

    def head_height(self):
        return max(len(c.head.split("\n")) for c in self.cols) * (self.size + 1.5) + 5

    def draw_head(self, doc: Doc, y: float) -> float:
        hh = self.head_height()
        if self.boxed or self.head_fill is not None:
            doc.rect(self.x0, y, self.width, hh, lw=0.5 if self.boxed else 0, fill=self.head_fill)
        else:
            doc.line(self.x0, y + hh, self.x0 + self.width, y + hh, 0.8)
        for c, x in zip(self.cols, self.xs()):
            for k, ln in enumerate(c.head.split("\n")):
                yy = y + (k + 1) * (self.size + 1.5) + 1
                if c.align == "r":
                    doc.text(x + c.w - 2, yy, ln, self.size, self.head_bold, "r")
                else:
                    doc.text(x + 2, yy, ln, self.size, self.head_bold)
        return y + hh + 3

    def draw_row(self, doc: Doc, y: float, cells: list[str], bold=False) -> float:
        yy = y + self.size
        for c, x, s in zip(self.cols, self.xs(), cells):
            if not s:
                continue
            if c.align == "r":
                doc.text(x + c.w - 2, yy, s, self.size, bold, "r")
            elif c.align == "c":
                doc.text(x + c.w / 2, yy, s, self.size, bold, "c")
            else:
                doc.text(x + 2, yy, s, self.size, bold)
        return y + self.lead


class Flow:
    """Places items top to bottom, starting new pages through the layout's callbacks.

    items: ("head", [texts...] or callable(doc,y)->y, height), ("row", cells, extra[(colidx, text)], tag),
    ("total", cells), ("gap", h).  A claim's rows that do not fit continue on the next page; the layout
    decides whether the column header is repeated (repeat_head) and what continuation line is printed."""

    def __init__(self, doc: Doc, table: Table, start_page, bottom: float, repeat_head=True, cont_label=None):
        self.doc, self.t, self.start_page, self.bottom = doc, table, start_page, bottom
        self.repeat_head, self.cont_label = repeat_head, cont_label
        self.placed: dict = {}
        self.y = 0.0
        self.in_claim = None
        self.head_on_page = False

    def page(self, first=False):
        self.doc.new_page()
        self.y = self.start_page(self.doc, len(self.doc.pages))
        self.head_on_page = False
        if not first and self.in_claim is not None:
            if self.cont_label:
                self.doc.text(self.t.x0, self.y + self.t.size, self.cont_label(self.in_claim), self.t.size, True)
                self.y += self.t.lead + 2
            if self.repeat_head:
                self.y = self.t.draw_head(self.doc, self.y)
                self.head_on_page = True

    def need(self, h):
        if self.y + h > self.bottom:
            self.page()

    def claim(self, key, draw, h, with_head=True):
        """Start a claim: its heading block (draw(doc, y) -> y) and, if with_head, the column header."""
        self.in_claim = None
        hh = h + (self.t.head_height() + 3 if with_head else 0) + 2 * self.t.lead
        self.need(hh)
        self.y = draw(self.doc, self.y)
        if with_head:
            self.y = self.t.draw_head(self.doc, self.y)
        self.in_claim = key

    def row(self, cells, extra=(), tag=None, bold=False, keep=0):
        h = self.t.lead * (1 + len(extra)) + keep * self.t.lead
        self.need(h)
        y0 = self.y
        self.y = self.t.draw_row(self.doc, self.y, cells, bold)
        xs = self.t.xs()
        for ci, s in extra:
            self.doc.text(xs[ci] + 2, self.y + self.t.size, s, self.t.size)
            self.y += self.t.lead
        if self.t.ruled:
            self.doc.line(self.t.x0, self.y + 1, self.t.x0 + self.t.width, self.y + 1, 0.25)
            self.y += 2
        if tag is not None:
            self.placed[tag] = len(self.doc.pages)
        return y0

    def block(self, draw, h):
        self.need(h)
        self.y = draw(self.doc, self.y)

    def end_claim(self):
        self.in_claim = None
