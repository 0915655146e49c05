"""Small drawing kit for set 94: one page-description model, two PDF producers (reportlab, fpdf2)."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


class Doc:
    """Top-left coordinates in points. Items: ('t', x, y, s, font, size, align), ('l', x1, y1, x2, y2, w),
    ('r', x, y, w, h, fill_gray_or_None, line_w)."""

    def __init__(self, land: bool = False, font: str = "Helvetica", size: float = 8.5):
        self.W, self.H = (landscape(letter) if land else letter)
        self.land = land
        self.pages: list[list] = []
        self.font, self.size = font, size
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 40.0

    @property
    def page(self) -> int:
        return len(self.pages)

    def t(self, x, y, s, font=None, size=None, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font or self.font, size or self.size, align))

    def l(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def r(self, x, y, w, h, fill=None, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))

    def row(self, cols, cells, y=None, font=None, size=None):
        """cols: list of (x, align); cells: strings (None/'' skipped)."""
        y = self.y if y is None else y
        for (x, al), c in zip(cols, cells):
            if c not in (None, ""):
                self.t(x, y, c, font, size, al)


def width(s: str, font: str, size: float) -> float:
    _reg(font)
    return pdfmetrics.stringWidth(s, font, size)


_done: set = set()


def _reg(font: str) -> None:
    if font in CORE or font in _done:
        return
    pdfmetrics.registerFont(TTFont(font, FONTS[font]))
    _done.add(font)


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("set94 factory")
    for items in doc.pages:
        for it in items:
            if it[0] == "t":
                _, x, y, s, f, sz, al = it
                s = s.replace("#PAGES#", str(len(doc.pages)))
                _reg(f)
                c.setFont(f, sz)
                yy = doc.H - y
                if al == "r":
                    c.drawRightString(x, yy, s)
                elif al == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif it[0] == "l":
                _, x1, y1, x2, y2, w = it
                c.setLineWidth(w)
                c.line(x1, doc.H - y1, x2, doc.H - y2)
            else:
                _, x, y, w, h, fill, lw = it
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.H - y - h, w, h, stroke=1 if lw else 0, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.H - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str) -> None:
    from datetime import UTC, datetime
    pdf = FPDF(orientation="L" if doc.land else "P", unit="pt", format="letter")
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_author("set94 factory")
    pdf.set_auto_page_break(False)
    fam = {}
    for items in doc.pages:
        for it in items:
            if it[0] == "t" and it[4] not in CORE and it[4] not in fam:
                pdf.add_font(it[4], "", FONTS[it[4]])
                fam[it[4]] = 1
    core = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
            "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
    for items in doc.pages:
        pdf.add_page()
        for it in items:
            if it[0] == "t":
                _, x, y, s, f, sz, al = it
                s = s.replace("#PAGES#", str(len(doc.pages)))
                if f in core:
                    pdf.set_font(core[f][0], core[f][1], sz)
                else:
                    pdf.set_font(f, "", sz)
                w = pdf.get_string_width(s)
                xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                pdf.text(xx, y, s)
            elif it[0] == "l":
                _, x1, y1, x2, y2, w = it
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, lw = it
                pdf.set_line_width(lw or 0.1)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF" if lw else "F")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))
