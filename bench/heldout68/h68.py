"""Small drawing engine for set 68: one page model, two PDF producers (reportlab, fpdf2), row bookkeeping for
the self-check. Coordinates are points from the TOP-LEFT corner; y is the top of a text line."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LiberationSans": "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
    "DejaVuSans": "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerifCondensed": "dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


class Doc:
    """Pages of drawing operations; ``fonts`` maps 'R' / 'B' to a font name (TTF key or core name)."""

    def __init__(self, W: float, H: float, regular: str, bold: str, top: float = 40, bottom: float = 40):
        self.W, self.H = W, H
        self.fonts = {"R": regular, "B": bold}
        self.pages: list[list] = [[]]
        self.y = top
        self.top, self.bottom = top, bottom
        self.rows: list[dict] = []  # check bookkeeping: page, y band, printed strings
        self.header = None  # callable(doc) drawing page furniture + column header on a new page

    @property
    def page(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="R", size=8.0, align="l", gray=0.0):
        self.pages[-1].append(("t", x, y, str(s), font, size, align, gray))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def newpage(self):
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self)

    def need(self, h) -> bool:
        """Break the page when h more points do not fit; returns True when it broke."""
        if self.y + h > self.H - self.bottom:
            self.newpage()
            return True
        return False

    def mark(self, y, size, strings):
        self.rows.append({"page": self.page, "y0": y - 1.5, "y1": y + size + 1.5, "strings": [s for s in strings if s]})


def width(font: str, size: float, s: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    _rl_register(font)
    return stringWidth(s, font, size)


_REG: set = set()


def _rl_register(name):
    if name in CORE or name in _REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont(name, FONTDIR + TTF[name]))
    _REG.add(name)


def render(doc: Doc, path: Path, producer: str, title: str, fixed_when):
    if producer == "reportlab":
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
        c.setTitle(title)
        c.setAuthor("synthetic")
        for ops in doc.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, size, align, gray = op
                    fn = doc.fonts[f]
                    _rl_register(fn)
                    c.setFont(fn, size)
                    c.setFillGray(gray)
                    base = doc.H - (y + size * 0.8)
                    if align == "r":
                        c.drawRightString(x, base, s)
                    elif align == "c":
                        c.drawCentredString(x, base, s)
                    else:
                        c.drawString(x, base, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, gray = op
                    c.setLineWidth(w)
                    c.setStrokeGray(gray)
                    c.line(x1, doc.H - y1, x2, doc.H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, doc.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()
        return
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.W, doc.H))
    pdf.set_creation_date(fixed_when)
    pdf.set_title(title)
    pdf.set_author("synthetic")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    added = set()

    def setf(fn, size):
        if fn in CORE:
            fam, st = fn.split("-")[0], ("B" if fn.endswith("Bold") else "")
            fam = {"Times": "Times"}.get(fam, fam)
            pdf.set_font(fam, st, size)
        else:
            if fn not in added:
                pdf.add_font(fn, "", FONTDIR + TTF[fn])
                added.add(fn)
            pdf.set_font(fn, "", size)

    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, f, size, align, gray = op
                setf(doc.fonts[f], size)
                g = int(gray * 255)
                pdf.set_text_color(g, g, g)
                w = pdf.get_string_width(s)
                xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                pdf.text(xx, y + size * 0.8, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w, gray = op
                pdf.set_line_width(w)
                g = int(gray * 255)
                pdf.set_draw_color(g, g, g)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_line_width(lw)
                pdf.set_draw_color(0, 0, 0)
                style = ""
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    style += "F"
                if stroke:
                    style = "D" if not style else "DF"
                pdf.rect(x, y, w, h, style=style or "D")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------- tables

class Cols:
    """Column grid: list of (key, header lines, width, align). Header lines separated by '|'."""

    def __init__(self, x0: float, spec: list):
        self.spec = spec
        self.x = {}
        x = x0
        for key, _h, w, al in spec:
            self.x[key] = (x, w, al)
            x += w
        self.x0, self.x1 = x0, x

    def header(self, d: Doc, y: float, size: float, fill=None, font="B", rule=True, box=False) -> float:
        nl = max(len(h.split("|")) for _k, h, _w, _a in self.spec)
        h = nl * (size + 1.5) + 3
        if fill is not None or box:
            d.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=box)
        for key, hd, w, al in self.spec:
            parts = hd.split("|")
            for i, p in enumerate(parts):
                yy = y + 2 + (nl - len(parts) + i) * (size + 1.5)
                self.cell(d, key, yy, p, font, size)
        if rule:
            d.line(self.x0, y + h, self.x1, y + h, 0.7)
        return y + h + 2

    def cell(self, d: Doc, key: str, y: float, s: str, font="R", size=7.0, gray=0.0):
        x, w, al = self.x[key]
        if al == "r":
            d.text(x + w - 2, y, s, font, size, "r", gray)
        elif al == "c":
            d.text(x + w / 2, y, s, font, size, "c", gray)
        else:
            d.text(x + 2, y, s, font, size, "l", gray)

    def row(self, d: Doc, y: float, vals: dict, size=7.0, font="R"):
        for k, v in vals.items():
            if v is not None and v != "":
                self.cell(d, k, y, v, font, size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(font, size, t) <= w - 4 or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def parse_money(s: str) -> Decimal:
    t = s.strip().replace("$", "").replace(",", "").replace(" ", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-"):
        neg, t = True, t[:-1]
    if t.endswith("CR"):
        neg, t = True, t[:-2]
    if t.startswith("-"):
        neg, t = True, t[1:]
    v = Decimal(t)
    return -v if neg else v


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()
