"""Small page engine for the set-177 factory: paginates a list of printed items (furniture, headings, table
rows) and draws them with reportlab or fpdf2. Coordinates are points from the top-left corner."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

FONTDIR = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono",
}
CORE = {"Helvetica", "Times", "Courier"}


def _ttf(name: str, bold: bool) -> str:
    base = FONTDIR[name]
    if bold:
        return base + "-Bold.ttf"
    return base + ("-Regular.ttf" if "Liberation" in name else ".ttf")


@dataclass
class T:
    """One piece of text: x is its left edge (a='l'), right edge ('r') or centre ('c')."""
    x: float
    text: str
    a: str = "l"
    b: bool = False
    z: float | None = None


@dataclass
class Item:
    kind: str  # row | gap | rule | box
    cells: list = field(default_factory=list)  # list of T (row)
    h: float = 12.0
    truth: dict | None = None  # truth row for a service line; page filled in on pagination
    keep: int = 1  # rows to keep together with this one (e.g. claim heading + first service)
    x0: float = 0.0
    x1: float = 0.0
    fill: float | None = None  # grey level for a band behind the row
    claim: str | None = None  # claim key (for continuation headings)


class Spec:
    def __init__(self, producer: str, w: float, h: float, font: str, size: float, top: float, bottom: float,
                 furniture, colhead: list[Item] | None = None, repeat_head: bool = True, cont=None):
        self.producer, self.w, self.h, self.font, self.size = producer, w, h, font, size
        self.top, self.bottom = top, bottom
        self.furniture = furniture  # fn(page, npages) -> (list[Item-like drawn absolutely], y start)
        self.colhead = colhead or []
        self.repeat_head = repeat_head
        self.cont = cont  # fn(claim_key) -> list[Item] printed at top of a continued page


def paginate(spec: Spec, items: list[Item]) -> list[list[tuple[float, Item]]]:
    pages: list[list[tuple[float, Item]]] = []
    cur: list[tuple[float, Item]] = []
    y = 0.0

    def new_page(first: bool, claim: str | None):
        nonlocal cur, y
        if cur or not first:
            pages.append(cur)
        cur = []
        y = spec.top(len(pages) + 1) if callable(spec.top) else spec.top
        if first or spec.repeat_head:
            for it in spec.colhead:
                cur.append((y, it))
                y += it.h
        if not first and spec.cont and claim:
            for it in spec.cont(claim):
                cur.append((y, it))
                y += it.h

    new_page(True, None)
    i = 0
    while i < len(items):
        it = items[i]
        need = sum(x.h for x in items[i:i + max(1, it.keep)])
        if it.kind == "break" or y + need > spec.h - spec.bottom:
            claim = items[i + 1].claim if it.kind == "break" and i + 1 < len(items) else it.claim
            new_page(False, claim)
            if it.kind == "break":
                i += 1
                continue
        if it.truth is not None:
            it.truth["page"] = len(pages) + 1
        cur.append((y, it))
        y += it.h
        i += 1
    pages.append(cur)
    return pages


class RL:
    def __init__(self, path, spec: Spec):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.spec = spec
        if spec.font in CORE:
            self.fn = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
                       "Courier": ("Courier", "Courier-Bold")}[spec.font]
        else:
            for bold in (False, True):
                nm = spec.font + ("-B" if bold else "")
                pdfmetrics.registerFont(TTFont(nm, _ttf(spec.font, bold)))
            self.fn = (spec.font, spec.font + "-B")
        self.c = canvas.Canvas(str(path), pagesize=(spec.w, spec.h), invariant=1, pageCompression=0)
        self.c.setTitle("Document")
        self.c.setCreator("document services")

    def text(self, t: T, y: float):
        c = self.c
        z = t.z or self.spec.size
        c.setFont(self.fn[1 if t.b else 0], z)
        yy = self.spec.h - y - z
        if t.a == "r":
            c.drawRightString(t.x, yy, t.text)
        elif t.a == "c":
            c.drawCentredString(t.x, yy, t.text)
        else:
            c.drawString(t.x, yy, t.text)

    def rule(self, x0, x1, y, lw=0.5):
        self.c.setLineWidth(lw)
        self.c.line(x0, self.spec.h - y, x1, self.spec.h - y)

    def box(self, x0, y0, x1, y1, fill=None):
        c = self.c
        c.setLineWidth(0.6)
        if fill is not None:
            c.setFillGray(fill)
            c.rect(x0, self.spec.h - y1, x1 - x0, y1 - y0, stroke=0, fill=1)
            c.setFillGray(0)
        else:
            c.rect(x0, self.spec.h - y1, x1 - x0, y1 - y0, stroke=1, fill=0)

    def next(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FP:
    def __init__(self, path, spec: Spec):
        from fpdf import FPDF
        self.path, self.spec = path, spec
        self.p = FPDF(unit="pt", format=(spec.w, spec.h))
        self.p.set_auto_page_break(False)
        self.p.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=timezone.utc))
        self.p.set_creator("statement print server")
        if spec.font in CORE:
            self.fam = spec.font
        else:
            self.fam = spec.font
            self.p.add_font(spec.font, "", _ttf(spec.font, False))
            self.p.add_font(spec.font, "B", _ttf(spec.font, True))
        self.p.add_page()

    def text(self, t: T, y: float):
        p = self.p
        z = t.z or self.spec.size
        p.set_font(self.fam, "B" if t.b else "", z)
        w = p.get_string_width(t.text)
        x = t.x - w if t.a == "r" else (t.x - w / 2 if t.a == "c" else t.x)
        p.text(x, y + z * 0.85, t.text)

    def rule(self, x0, x1, y, lw=0.5):
        self.p.set_line_width(lw)
        self.p.line(x0, y, x1, y)

    def box(self, x0, y0, x1, y1, fill=None):
        p = self.p
        p.set_line_width(0.6)
        if fill is not None:
            g = int(fill * 255)
            p.set_fill_color(g, g, g)
            p.rect(x0, y0, x1 - x0, y1 - y0, style="F")
        else:
            p.rect(x0, y0, x1 - x0, y1 - y0)

    def next(self):
        self.p.add_page()

    def save(self):
        self.p.output(str(self.path))


def draw_item(d, it: Item, y: float):
    if it.fill is not None:
        d.box(it.x0, y - 1.5, it.x1, y + it.h - 2.5, fill=it.fill)
    if it.kind == "rule":
        d.rule(it.x0, it.x1, y + it.h / 2)
    if it.kind == "box":
        d.box(it.x0, y, it.x1, y + it.h)
    for t in it.cells:
        d.text(t, y)


def render(path, spec: Spec, items: list[Item]) -> int:
    pages = paginate(spec, items)
    d = RL(path, spec) if spec.producer == "reportlab" else FP(path, spec)
    n = len(pages)
    for pi, page in enumerate(pages, 1):
        for y, it in spec.furniture(pi, n):
            draw_item(d, it, y)
        for y, it in page:
            draw_item(d, it, y)
        if pi < n:
            d.next()
    d.save()
    return n
