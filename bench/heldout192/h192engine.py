"""Tiny drawing engine for set 192: pages are recorded as drawing operations (top-down points) and then
written either with reportlab or with fpdf2, so that "Page n of N" is known and both producers share geometry."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = "/usr/share/fonts/truetype"
FONTSETS = {
    "helv": {"R": ("Helvetica", None), "B": ("Helvetica-Bold", None)},
    "times": {"R": ("Times-Roman", None), "B": ("Times-Bold", None)},
    "courier": {"R": ("Courier", None), "B": ("Courier-Bold", None)},
    "libsans": {"R": ("LiberationSans", f"{TTF}/liberation/LiberationSans-Regular.ttf"),
                "B": ("LiberationSans-Bold", f"{TTF}/liberation/LiberationSans-Bold.ttf")},
    "libserif": {"R": ("LiberationSerif", f"{TTF}/liberation/LiberationSerif-Regular.ttf"),
                 "B": ("LiberationSerif-Bold", f"{TTF}/liberation/LiberationSerif-Bold.ttf")},
    "libmono": {"R": ("LiberationMono", f"{TTF}/liberation/LiberationMono-Regular.ttf"),
                "B": ("LiberationMono-Bold", f"{TTF}/liberation/LiberationMono-Bold.ttf")},
    "libnarrow": {"R": ("LiberationSansNarrow", f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf"),
                  "B": ("LiberationSansNarrow-Bold", f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf")},
    "djsans": {"R": ("DejaVuSans", f"{TTF}/dejavu/DejaVuSans.ttf"),
               "B": ("DejaVuSans-Bold", f"{TTF}/dejavu/DejaVuSans-Bold.ttf")},
    "djcond": {"R": ("DejaVuSansCondensed", f"{TTF}/dejavu/DejaVuSansCondensed.ttf"),
               "B": ("DejaVuSansCondensed-Bold", f"{TTF}/dejavu/DejaVuSansCondensed-Bold.ttf")},
    "djserif": {"R": ("DejaVuSerif", f"{TTF}/dejavu/DejaVuSerif.ttf"),
                "B": ("DejaVuSerif-Bold", f"{TTF}/dejavu/DejaVuSerif-Bold.ttf")},
    "djmono": {"R": ("DejaVuSansMono", f"{TTF}/dejavu/DejaVuSansMono.ttf"),
               "B": ("DejaVuSansMono-Bold", f"{TTF}/dejavu/DejaVuSansMono-Bold.ttf")},
}
_CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
              "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


def _reg(name: str, path: str | None) -> None:
    if path and name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))


class Doc:
    def __init__(self, fontset: str, landscape: bool = False, margin: float = 36):
        self.fs = FONTSETS[fontset]
        for n, p in self.fs.values():
            _reg(n, p)
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.m = margin
        self.pages: list[list[tuple]] = []

    # measuring
    def width(self, s: str, style: str = "R", size: float = 8) -> float:
        return pdfmetrics.stringWidth(s, self.fs[style][0], size)

    def wrap(self, s: str, w: float, style: str = "R", size: float = 8) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = f"{cur} {word}".strip()
            if cur and self.width(t, style, size) > w:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    # recording
    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x: float, y: float, s: str, style: str = "R", size: float = 8, align: str = "L",
             page: int | None = None) -> None:
        (self.pages[(page or self.pno) - 1]).append(("t", x, y, s, style, size, align))

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke))

    # writing
    def save(self, path: Path, producer: str, title: str) -> None:
        if producer == "reportlab":
            self._rl(path, title)
        else:
            self._fp(path, title)

    def _rl(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(title)
        H = self.H
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, st, sz, al = op
                    c.setFillGray(0)
                    c.setFont(self.fs[st][0], sz)
                    if al == "R":
                        c.drawRightString(x, H - y, s)
                    elif al == "C":
                        c.drawCentredString(x, H - y, s)
                    else:
                        c.drawString(x, H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, H - y1, x2, H - y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    c.setLineWidth(0.5)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
            c.showPage()
        c.save()

    def _fp(self, path: Path, title: str) -> None:
        from eobgen import FIXED_WHEN
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_auto_page_break(False)
        fam = {}
        for st, (n, p) in self.fs.items():
            if p:
                pdf.add_font(n, "", p)
                fam[st] = (n, "")
            else:
                fam[st] = _CORE_FPDF[n]
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, st, sz, al = op
                    pdf.set_font(fam[st][0], fam[st][1], sz)
                    pdf.set_text_color(0)
                    if al == "R":
                        x -= pdf.get_string_width(s)
                    elif al == "C":
                        x -= pdf.get_string_width(s) / 2
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    pdf.set_line_width(0.5)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style = "F"
                    if stroke:
                        style += "D"
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


class Col:
    def __init__(self, head: str, w: float, fn, align: str = "L", wrap: bool = False):
        self.head, self.w, self.fn, self.align, self.wrap = head, w, fn, align, wrap


class Flow:
    """A y cursor over pages with a page-start callback and a 'continued' callback for the running block."""

    def __init__(self, doc: Doc, start_page, bottom: float):
        self.doc, self.start_page, self.bottom = doc, start_page, bottom
        self.cont = None
        self.y = 0.0
        self.page()

    def page(self) -> None:
        self.doc.new_page()
        self.y = self.start_page(self.doc, self.doc.pno)
        if self.cont:
            self.y = self.cont(self.y)

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.page()


def header_row(doc: Doc, x: float, y: float, cols: list[Col], size: float, lh: float, fill: float | None = None,
               box: bool = False, style: str = "B") -> float:
    """Draw a (possibly multi-line, '\\n' separated) column header; return the y below it."""
    n = max(c.head.count("\n") + 1 for c in cols)
    h = n * lh + 3
    tw = sum(c.w for c in cols)
    if fill is not None or box:
        doc.rect(x, y, tw, h, fill=fill, stroke=box)
    cx = x
    for c in cols:
        for i, part in enumerate(c.head.split("\n")):
            yy = y + (i + 1) * lh
            if c.align == "R":
                doc.text(cx + c.w - 2, yy, part, style, size, "R")
            elif c.align == "C":
                doc.text(cx + c.w / 2, yy, part, style, size, "C")
            else:
                doc.text(cx + 2, yy, part, style, size)
        cx += c.w
    return y + h + 2


def data_row(doc: Doc, flow: Flow, x: float, cols: list[Col], obj, size: float, lh: float, style: str = "R",
             grid: bool = False) -> int:
    """Draw one service row (wrapped cells run below); returns the page it landed on."""
    cells = []
    for c in cols:
        s = c.fn(obj)
        cells.append(doc.wrap(s, c.w - 4, style, size) if c.wrap else [s])
    n = max(len(v) for v in cells)
    flow.need(n * lh + 2)
    y = flow.y
    cx = x
    for c, lines in zip(cols, cells):
        for i, s in enumerate(lines):
            yy = y + (i + 1) * lh - 1
            if c.align == "R":
                doc.text(cx + c.w - 2, yy, s, style, size, "R")
            elif c.align == "C":
                doc.text(cx + c.w / 2, yy, s, style, size, "C")
            else:
                doc.text(cx + 2, yy, s, style, size)
        if grid:
            doc.rect(cx, y, c.w, n * lh + 2)
        cx += c.w
    flow.y = y + n * lh + 2
    return doc.pno
