"""Small page engine for set 174: two PDF producers (reportlab, fpdf2) behind one drawing API, line items with
fixed heights, pure pagination (so "Page X of Y" is known before drawing), and a text-layer self-check."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from eobgen import FIXED_WHEN

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DVSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "DVSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class RL:
    producer = "reportlab"

    def __init__(self, path, W, H, font):
        from reportlab.pdfgen import canvas
        self.W, self.H = W, H
        self.c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
        if font in TTF:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            r, b = TTF[font]
            pdfmetrics.registerFont(TTFont(font + "-R", FONTDIR + r))
            pdfmetrics.registerFont(TTFont(font + "-B", FONTDIR + b))
            self.fonts = (font + "-R", font + "-B")
        else:
            self.fonts = CORE_RL[font]
        self.started = False

    def new_page(self):
        if self.started:
            self.c.showPage()
        self.started = True

    def text(self, x, y, s, size, bold=False, align="l"):
        self.c.setFont(self.fonts[1 if bold else 0], size)
        if align == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)

    def hline(self, x1, x2, y, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def rect(self, x, y, w, h, lw=0.6):
        self.c.setLineWidth(lw)
        self.c.rect(x, self.H - y - h, w, h)

    def save(self):
        self.c.save()


class FP:
    producer = "fpdf2"

    def __init__(self, path, W, H, font):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = W, H
        self.p = FPDF(orientation="L" if W > H else "P", unit="pt", format=(min(W, H), max(W, H)))
        self.p.set_auto_page_break(False)
        self.p.set_creation_date(FIXED_WHEN)
        self.p.set_margins(0, 0, 0)
        if font in TTF:
            r, b = TTF[font]
            self.p.add_font(font, "", FONTDIR + r)
            self.p.add_font(font, "B", FONTDIR + b)
        self.font = font.lower() if font in ("Helvetica", "Times", "Courier") else font

    def new_page(self):
        self.p.add_page()

    def text(self, x, y, s, size, bold=False, align="l"):
        self.p.set_font(self.font, "B" if bold else "", size)
        w = self.p.get_string_width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.p.text(x, y, s)

    def hline(self, x1, x2, y, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y, x2, y)

    def rect(self, x, y, w, h, lw=0.6):
        self.p.set_line_width(lw)
        self.p.rect(x, y, w, h)

    def save(self):
        self.p.output(str(self.path))


# ------------------------------------------------------------------------------------------- items

@dataclass
class Txt:
    """One text line: fragments (x, text, align, bold, size-or-None)."""
    frags: list
    h: float = 0.0
    rule_above: bool = False
    rule_below: bool = False
    box: tuple | None = None  # (x, w) draw a box around this line


@dataclass
class Row:
    cells: list  # one string per column ('' to skip)
    truth: dict | None = None
    extra: list = field(default_factory=list)  # Txt lines that belong to this row (wrapped text, adjustments)
    bold: bool = False


@dataclass
class Block:
    head: list  # Txt lines
    rows: list  # Row
    foot: list = field(default_factory=list)  # Txt lines
    cont: str | None = None  # heading printed on a continuation page
    keep_head_with: int = 2


@dataclass
class Layout:
    name: str
    producer: str  # "rl" / "fp"
    W: float
    H: float
    font: str
    size: float
    lh: float
    top: float
    bottom: float
    cols: list  # (x, align)
    colhead: list  # list of lists of strings, one per header text line
    furniture: object  # fn(be, page, npages) draws page furniture
    first_page_items: list = field(default_factory=list)  # Txt items only on page 1 (after top)
    blocks: list = field(default_factory=list)
    tail: list = field(default_factory=list)  # Txt items after all blocks
    repeat_header: bool = True
    colhead_rule: bool = True
    row_rules: bool = False
    grid: tuple | None = None  # (x0, x1) draw vertical column lines? unused -> boxes per row
    colhead_bold: bool = True
    tail_newpage: bool = False


def _colhead_items(L: Layout):
    out = []
    for i, hl in enumerate(L.colhead):
        frags = [(L.cols[j][0], s, L.cols[j][1], L.colhead_bold, None) for j, s in enumerate(hl) if s]
        out.append(Txt(frags, rule_below=L.colhead_rule and i == len(L.colhead) - 1))
    return out


def _row_items(L: Layout, r: Row):
    frags = [(L.cols[j][0], s, L.cols[j][1], r.bold, None) for j, s in enumerate(r.cells) if s]
    first = Txt(frags, rule_below=L.row_rules and not r.extra)
    first.truth = r.truth
    items = [first] + list(r.extra)
    if L.row_rules and r.extra:
        r.extra[-1].rule_below = True
    return items


def paginate(L: Layout):
    """Return list of pages, each a list of Txt items (with .truth on service rows)."""
    pages = [[]]
    y = L.top
    cap = L.bottom

    def h(it):
        return it.h or L.lh

    def newpage():
        nonlocal y
        pages.append([])
        y = L.top

    def put(it):
        nonlocal y
        pages[-1].append(it)
        y += h(it)

    for it in L.first_page_items:
        put(it)
    for b in L.blocks:
        head = list(b.head) + _colhead_items(L)
        first_rows = _row_items(L, b.rows[0]) if b.rows else []
        if y + sum(h(i) for i in head + first_rows) > cap:
            newpage()
        for it in head:
            put(it)
        for r in b.rows:
            its = _row_items(L, r)
            if y + sum(h(i) for i in its) > cap:
                newpage()
                if b.cont:
                    put(Txt([(L.cols[0][0] if L.cols[0][1] == "l" else 40, b.cont, "l", True, None)]))
                if L.repeat_header:
                    for it in _colhead_items(L):
                        put(it)
            for it in its:
                put(it)
        for it in b.foot:
            if y + h(it) > cap:
                newpage()
            put(it)
    if L.tail_newpage and L.tail:
        newpage()
    for it in L.tail:
        if y + h(it) > cap:
            newpage()
        put(it)
    return pages


def render(L: Layout, path):
    pages = paginate(L)
    be = (RL if L.producer == "rl" else FP)(path, L.W, L.H, L.font)
    x0, x1 = 30, L.W - 30
    for pn, items in enumerate(pages, 1):
        be.new_page()
        L.furniture(be, pn, len(pages))
        y = L.top
        for it in items:
            hh = it.h or L.lh
            base = y + hh * 0.72
            if it.rule_above:
                be.hline(x0, x1, y)
            if it.box:
                be.rect(it.box[0], y, it.box[1], hh)
            for fr in it.frags:
                x, s, al, bold, size = fr
                be.text(x, base, s, size or L.size, bold, al)
            if it.rule_below:
                be.hline(x0, x1, y + hh, 0.4)
            t = getattr(it, "truth", None)
            if t is not None:
                t["page"] = pn
            y += hh
    be.save()
    return len(pages), be.producer


def T(*frags, h=0.0, above=False, below=False, box=None):
    """Txt from fragments given as (x, text) or (x, text, align) or (x, text, align, bold) or (..., size)."""
    out = []
    for f in frags:
        f = tuple(f) + (None,) * (5 - len(f))
        x, s, al, bold, size = f
        out.append((x, s, al or "l", bool(bold), size))
    return Txt(out, h=h, rule_above=above, rule_below=below, box=box)


# ------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def nums(text: str) -> set:
    out = set()
    for m in NUM.finditer(text):
        s = m.group(0)
        neg = s.startswith("(") or s.startswith("-") or s.endswith("-")
        v = Decimal(s.strip("()-$").replace(",", "").replace("$", ""))
        out.add(-v if neg else v)
    return out


def page_lines(pdf_path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["top"]) < 2.5:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["top"], [w]])
            rows.sort(key=lambda r: r[0])
            pages.append([" ".join(w["text"] for w in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages
