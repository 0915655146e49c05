"""Small page engine for set 215: lays text out on pages (top-based points), renders with reportlab or fpdf2,
and reads a written PDF back (pdfplumber) for the generator's --check. Test-factory code only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, UTC

TTF = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf",
    "dejavucond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed{}.ttf",
    "dejavuserif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf",
    "dejavumono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono{}.ttf",
    "libsans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
    "libserif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "libnarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-{}.ttf",
    "libmono": "/usr/share/fonts/truetype/liberation/LiberationMono-{}.ttf",
}
CORE = {"helv": "Helvetica", "times": "Times", "courier": "Courier"}


def ttf_path(fam: str, style: str) -> str:
    pat = TTF[fam]
    if fam.startswith("lib"):
        return pat.format("Bold" if style == "b" else "Regular")
    return pat.format("-Bold" if style == "b" else "")


@dataclass
class Doc:
    w: float
    h: float
    font: str
    size: float
    top: float = 40
    bottom: float = 40
    furniture: object = None  # fn(doc, page_no) drawing page furniture, returns y to continue from
    header: object = None  # fn(doc) drawing a repeated column header at current y
    pages: list = field(default_factory=list)
    y: float = 0

    def __post_init__(self):
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self, repeat_header: bool = True):
        self.pages.append([])
        self.y = self.top
        if self.furniture:
            self.y = self.furniture(self, self.page)
        if repeat_header and self.header:
            self.header(self)

    def ensure(self, need: float, repeat_header: bool = True):
        if self.y + need > self.h - self.bottom:
            self.new_page(repeat_header)

    def at(self, x, y, text, a="l", s="", z=None, font=None):
        self.pages[-1].append(("t", x, y, str(text), a, s, z or self.size, font or self.font))

    def line(self, x0, y0, x1, y1, lw=0.5):
        self.pages[-1].append(("l", x0, y0, x1, y1, lw))

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))

    def row(self, cells, h=None, s="", z=None, font=None, need=None):
        """cells: list of (x, text[, align[, style]]). Draws on one baseline; returns page number."""
        z = z or self.size
        h = h or z * 1.35
        self.ensure(need or h)
        base = self.y + z
        for c in cells:
            x, t = c[0], c[1]
            a = c[2] if len(c) > 2 else "l"
            st = c[3] if len(c) > 3 else s
            if t is None or t == "":
                continue
            self.at(x, base, t, a, st, z, font)
        self.y += h
        return self.page

    def gap(self, h):
        self.y += h

    def rule(self, x0=None, x1=None, lw=0.5):
        x0 = 36 if x0 is None else x0
        x1 = self.w - 36 if x1 is None else x1
        self.line(x0, self.y, x1, self.y, lw)


FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC)


def render_reportlab(doc: Doc, path, title="EOB"):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic")

    def fname(fam, st):
        if fam in CORE:
            base = CORE[fam]
            if st == "b":
                return {"Helvetica": "Helvetica-Bold", "Times": "Times-Bold", "Courier": "Courier-Bold"}[base]
            return {"Times": "Times-Roman"}.get(base, base)
        n = f"{fam}-{st or 'r'}"
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, ttf_path(fam, st)))
        return n

    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, t, a, st, z, fam = op
                t = t.replace("{NP}", str(len(doc.pages)))
                c.setFont(fname(fam, st), z)
                yy = doc.h - y
                if a == "r":
                    c.drawRightString(x, yy, t)
                elif a == "c":
                    c.drawCentredString(x, yy, t)
                else:
                    c.drawString(x, yy, t)
            elif op[0] == "l":
                _, x0, y0, x1, y1, lw = op
                c.setLineWidth(lw)
                c.line(x0, doc.h - y0, x1, doc.h - y1)
            elif op[0] == "r":
                _, x, y, w, h, fill, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=0, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path, title="EOB"):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    added = set()

    def setf(fam, st, z):
        if fam in CORE:
            pdf.set_font(CORE[fam], "B" if st == "b" else "", z)
            return
        key = (fam, st)
        if key not in added:
            pdf.add_font(fam, "B" if st == "b" else "", ttf_path(fam, st))
            added.add(key)
        pdf.set_font(fam, "B" if st == "b" else "", z)

    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, t, a, st, z, fam = op
                t = t.replace("{NP}", str(len(doc.pages)))
                setf(fam, st, z)
                w = pdf.get_string_width(t)
                xx = x - w if a == "r" else (x - w / 2 if a == "c" else x)
                pdf.text(xx, y, t)
            elif op[0] == "l":
                _, x0, y0, x1, y1, lw = op
                pdf.set_line_width(lw)
                pdf.line(x0, y0, x1, y1)
            elif op[0] == "r":
                _, x, y, w, h, fill, lw = op
                pdf.set_line_width(lw)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="F")
                else:
                    pdf.rect(x, y, w, h, style="D")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------- read back

def read_rows(path):
    """Per page: list of row strings (words grouped on a shared baseline, left to right)."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def has(text: str, token: str) -> bool:
    return re.search(r"(?<![\w.])" + re.escape(token) + r"(?![\w])", text) is not None or \
        re.search(r"(?<![\d.])" + re.escape(token) + r"(?!\d)", text) is not None
