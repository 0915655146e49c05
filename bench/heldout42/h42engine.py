"""Small page engine for set 42: top-down text placement, page flow with repeated headers, two renderers."""
from __future__ import annotations

from pathlib import Path

FD = Path("/usr/share/fonts/truetype")
TTF = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavumono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE = {"helvetica": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
        "courier": ("Courier", "Courier-Bold")}
FALLBACK = {"dejavu": "helvetica", "dejavuserif": "times", "dejavumono": "courier", "dejavucond": "helvetica",
            "libsans": "helvetica", "libserif": "times", "libnarrow": "helvetica", "libmono": "courier"}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def font_ok(f: str) -> str:
    if f in CORE or all((FD / p).exists() for p in TTF[f]):
        return f
    return FALLBACK[f]


class Flow:
    """Ops per page: ('t', x, y, text, align, bold, size, grey) ('r', x0, y0, x1, y1, lw) ('b', x0, y0, x1, y1, fill)."""

    def __init__(self, size, font, fs, lh, margin=40.0, top=None, bottom=None):
        self.W, self.H = size
        self.font = font_ok(font)
        self.fs, self.lh, self.m = fs, lh, margin
        self.top = top if top is not None else margin
        self.bottom = bottom if bottom is not None else self.H - margin - 16
        self.pages: list[list] = []
        self.banner = None  # callable(flow) drawing a running head on each new page
        self.footer = None  # callable(page_no, n_pages) -> list of ops
        self.rep = None  # list of callables drawing repeated header rows
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self):
        self.pages.append([])
        self.y = self.top
        if self.banner:
            self.banner(self)
        if self.rep:
            for fn in self.rep:
                fn(self)

    def need(self, h):
        if self.y + h > self.bottom:
            self.new_page()

    def t(self, x, s, a="l", b=False, z=None, grey=False, dy=0.0):
        self.pages[-1].append(("t", x, self.y + dy, s, a, b, z or self.fs, grey))

    def nl(self, h=None):
        self.y += self.lh if h is None else h

    def row(self, cells, b=False, z=None, band=False, h=None):
        """cells: list of (x, text, align)."""
        hh = h or self.lh
        self.need(hh)
        if band:
            self.pages[-1].append(("b", self.m, self.y - 1, self.W - self.m, self.y + hh - 2, 0.88))
        for c in cells:
            x, s = c[0], c[1]
            a = c[2] if len(c) > 2 else "l"
            if s:
                self.t(x, s, a, b, z)
        self.nl(hh)

    def text(self, x, s, b=False, z=None, h=None):
        self.row([(x, s)], b=b, z=z, h=h)

    def rule(self, x0=None, x1=None, lw=0.5, gap=3.0):
        self.pages[-1].append(("r", self.m if x0 is None else x0, self.y - 2, self.W - self.m if x1 is None else x1,
                               self.y - 2, lw))
        self.y += gap

    def box(self, x0, y0, x1, y1, fill=None, lw=0.6):
        self.pages[-1].append(("b", x0, y0, x1, y1, fill, lw))

    def gap(self, h):
        self.y += h


def _ops(flow):
    n = len(flow.pages)
    for i, ops in enumerate(flow.pages, 1):
        extra = flow.footer(i, n) if flow.footer else []
        yield i, ops + extra


def render_rl(flow: Flow, path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    f = flow.font
    if f in CORE:
        reg, bold = CORE[f]
    else:
        reg, bold = f + "-R", f + "-B"
        for nm, p in ((reg, TTF[f][0]), (bold, TTF[f][1])):
            try:
                pdfmetrics.getFont(nm)
            except KeyError:
                pdfmetrics.registerFont(TTFont(nm, str(FD / p)))
    c = canvas.Canvas(str(path), pagesize=(flow.W, flow.H), invariant=1)
    c.setTitle("Document")
    c.setAuthor("")
    c.setCreator("")
    H = flow.H
    for _, ops in _ops(flow):
        for op in ops:
            if op[0] == "b":
                _, x0, y0, x1, y1, fill, *rest = op
                lw = rest[0] if rest else 0.6
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x0, H - y1, x1 - x0, y1 - y0, stroke=0, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x0, H - y1, x1 - x0, y1 - y0, stroke=1, fill=0)
        for op in ops:
            if op[0] == "r":
                _, x0, y0, x1, y1, lw = op
                c.setLineWidth(lw)
                c.line(x0, H - y0, x1, H - y1)
            elif op[0] == "t":
                _, x, y, s, a, b, z, grey = op
                fn = bold if b else reg
                c.setFont(fn, z)
                c.setFillGray(0.35 if grey else 0)
                yy = H - y - z * 0.8
                if a == "r":
                    c.drawRightString(x, yy, s)
                elif a == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(flow: Flow, path: Path):
    from datetime import UTC, datetime

    from fpdf import FPDF

    f = flow.font
    pdf = FPDF(unit="pt", format=(flow.W, flow.H))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    if f in CORE:
        fam = f
    else:
        fam = f
        pdf.add_font(fam, "", str(FD / TTF[f][0]))
        pdf.add_font(fam, "B", str(FD / TTF[f][1]))
    for _, ops in _ops(flow):
        pdf.add_page()
        for op in ops:
            if op[0] == "b":
                _, x0, y0, x1, y1, fill, *rest = op
                pdf.set_line_width(rest[0] if rest else 0.6)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x0, y0, x1 - x0, y1 - y0, style="F")
                else:
                    pdf.rect(x0, y0, x1 - x0, y1 - y0, style="D")
        for op in ops:
            if op[0] == "r":
                _, x0, y0, x1, y1, lw = op
                pdf.set_line_width(lw)
                pdf.line(x0, y0, x1, y1)
            elif op[0] == "t":
                _, x, y, s, a, b, z, grey = op
                pdf.set_font(fam, "B" if b else "", z)
                pdf.set_text_color(90 if grey else 0)
                w = pdf.get_string_width(s)
                xx = x - w if a == "r" else (x - w / 2 if a == "c" else x)
                pdf.text(xx, y + z * 0.8, s)
    pdf.output(str(path))
