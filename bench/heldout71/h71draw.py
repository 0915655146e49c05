"""Tiny page-drawing layer for set 71: a layout emits text / rule / box operations in top-down points, and
either reportlab or fpdf2 draws them. Text widths are measured with reportlab's font metrics for both."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": FD + "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": FD + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": FD + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": FD + "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": FD + "dejavu/DejaVuSansMono.ttf", "DejaVuSansMono-Bold": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": FD + "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": FD + "liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": FD + "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": FD + "liberation/LiberationSerif-Bold.ttf",
    "LiberationSansNarrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": FD + "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": FD + "liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold", "Times-Roman": "Times-Bold"}
FPDF_CORE = {"Helvetica": "Helvetica", "Courier": "Courier", "Times-Roman": "Times"}
_reg: set[str] = set()


def fontname(family: str, bold: bool) -> str:
    if family in CORE:
        return CORE[family] if bold else family
    name = family + "-Bold" if bold else family
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, TTF[name]))
        _reg.add(name)
    return name


def width(s: str, family: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, fontname(family, bold), size)


class Doc:
    def __init__(self, w: float, h: float, family: str, size: float, top: float = 40, bottom: float = 40):
        self.w, self.h, self.family, self.size = w, h, family, size
        self.top, self.bottom = top, bottom
        self.pages: list[list[tuple]] = []
        self.y = 0.0
        self.on_new_page = None  # callback(doc) drawing the page furniture / repeated header
        self.new_page()

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.on_new_page:
            self.on_new_page(self)

    def need(self, h: float) -> bool:
        if self.y + h > self.h - self.bottom:
            self.new_page()
            return True
        return False

    def text(self, x: float, s: str, size: float | None = None, bold: bool = False, align: str = "l",
             y: float | None = None, family: str | None = None, gray: float = 0.0) -> None:
        size = size or self.size
        fam = family or self.family
        if align == "r":
            x -= width(s, fam, size, bold)
        elif align == "c":
            x -= width(s, fam, size, bold) / 2
        self.pages[-1].append(("t", x, self.y if y is None else y, s, fam, size, bold, gray))

    def hline(self, x1: float, x2: float, y: float | None = None, lw: float = 0.5) -> None:
        self.pages[-1].append(("l", x1, self.y if y is None else y, x2, self.y if y is None else y, lw))

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5) -> None:
        self.pages[-1].append(("l", x, y1, x, y2, lw))

    def box(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
            lw: float = 0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def down(self, h: float) -> None:
        self.y += h

    def cells(self, cols: list, vals: list, size: float | None = None, bold: bool = False,
              family: str | None = None) -> None:
        """cols: [(x, width, align)]; draws vals on the current baseline."""
        for (x, w, al), v in zip(cols, vals):
            if v is None or v == "":
                continue
            if al == "r":
                self.text(x + w - 2, v, size, bold, "r", family=family)
            elif al == "c":
                self.text(x + w / 2, v, size, bold, "c", family=family)
            else:
                self.text(x + 2, v, size, bold, family=family)


def wrap(s: str, maxw: float, family: str, size: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, family, size) <= maxw or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    H = doc.h
    for ops in doc.pages:
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        for op in ops:
            if op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif op[0] == "t":
                _, x, y, s, fam, size, bold, gray = op
                c.setFillGray(gray)
                c.setFont(fontname(fam, bold), size)
                c.drawString(x, H - y, s)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str, when) -> None:
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(when)
    pdf.set_title(title)
    added: set[str] = set()

    def setfont(fam: str, bold: bool, size: float) -> None:
        if fam in FPDF_CORE:
            pdf.set_font(FPDF_CORE[fam], "B" if bold else "", size)
            return
        style = "B" if bold else ""
        key = fam + style
        if key not in added:
            pdf.add_font(fam, style, TTF[fam + "-Bold" if bold else fam])
            added.add(key)
        pdf.set_font(fam, style, size)

    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_line_width(lw)
                st = ("F" if fill is not None else "") + ("D" if stroke else "")
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=st or "D")
        for op in ops:
            if op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            elif op[0] == "t":
                _, x, y, s, fam, size, bold, gray = op
                setfont(fam, bold, size)
                g = int(gray * 255)
                pdf.set_text_color(g, g, g)
                pdf.text(x, y, s)
                pdf.set_text_color(0, 0, 0)
    pdf.output(str(path))
