"""Small drawing kit for set 126: a flowing page model rendered by reportlab or fpdf2, and the self-check."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DjSans": "dejavu/DejaVuSans.ttf", "DjSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "dejavu/DejaVuSansCondensed.ttf", "DjCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerif": "dejavu/DejaVuSerif.ttf", "DjSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DjMono": "dejavu/DejaVuSansMono.ttf", "DjMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helvetica": "Helvetica", "Helvetica-B": "Helvetica-Bold", "Courier": "Courier",
           "Courier-B": "Courier-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-B": ("helvetica", "B"), "Courier": ("courier", ""),
           "Courier-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}


class Flow:
    """Items on pages, y measured from the top in points. ('t', x, y, text, font, size, align) etc."""

    def __init__(self, w, h, top, bottom, fonts, header=None):
        self.w, self.h, self.top, self.bottom = w, h, top, bottom
        self.fonts = fonts  # {'R': name, 'B': name}
        self.pages = [[]]
        self.y = top
        self.header = header  # callable(flow) drawn at the top of every page after the first
        self.cont = None  # callable(flow) for a continued table/claim
        self.footer = None  # callable(pageno, total) -> items

    @property
    def page(self):
        return len(self.pages)

    def new_page(self):
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self)
        if self.cont:
            self.cont(self)

    def need(self, h):
        if self.y + h > self.h - self.bottom:
            self.new_page()

    def t(self, x, s, size=9, f="R", align="L", y=None):
        self.pages[-1].append(("t", x, self.y if y is None else y, str(s), self.fonts[f], size, align))

    def line(self, x1, x2, dy=0, width=0.5):
        self.pages[-1].append(("l", x1, self.y + dy, x2, self.y + dy, width))

    def rect(self, x, y, w, h, fill=None, width=0.6):
        self.pages[-1].append(("r", x, y, w, h, fill, width))

    def nl(self, dy):
        self.y += dy

    def row(self, cols, cells, size=8, f="R"):
        """cols: [(x, align)], cells: strings (None to skip)."""
        for (x, al), s in zip(cols, cells):
            if s is not None and s != "":
                self.t(x, s, size, f, al)


def render(flow: Flow, path: Path, producer: str, title: str):
    total = len(flow.pages)
    pages = [list(p) + (flow.footer(i + 1, total) if flow.footer else []) for i, p in enumerate(flow.pages)]
    if producer == "reportlab":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        def fname(n):
            if n in CORE_RL:
                return CORE_RL[n]
            if n not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(n, FONTDIR + TTF[n]))
            return n

        c = canvas.Canvas(str(path), pagesize=(flow.w, flow.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("synthetic")
        for items in pages:
            for it in items:
                if it[0] == "t":
                    _, x, y, s, fn, sz, al = it
                    n = fname(fn)
                    c.setFont(n, sz)
                    if al == "R":
                        c.drawRightString(x, flow.h - y, s)
                    elif al == "C":
                        c.drawCentredString(x, flow.h - y, s)
                    else:
                        c.drawString(x, flow.h - y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, wd = it
                    c.setLineWidth(wd)
                    c.line(x1, flow.h - y1, x2, flow.h - y2)
                else:
                    _, x, y, w, h, fill, wd = it
                    c.setLineWidth(wd)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, flow.h - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, flow.h - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()
    else:
        from eobgen import FIXED_WHEN
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(flow.w, flow.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        added = set()

        def setf(n, sz):
            if n in CORE_FP:
                fam, st = CORE_FP[n]
                pdf.set_font(fam, st, sz)
            else:
                if n not in added:
                    pdf.add_font(n, "", FONTDIR + TTF[n])
                    added.add(n)
                pdf.set_font(n, "", sz)

        for items in pages:
            pdf.add_page()
            for it in items:
                if it[0] == "t":
                    _, x, y, s, fn, sz, al = it
                    setf(fn, sz)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "R" else (x - w / 2 if al == "C" else x)
                    pdf.text(xx, y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, wd = it
                    pdf.set_line_width(wd)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, wd = it
                    pdf.set_line_width(wd)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))
    return total


# ---------------------------------------------------------------------------------------- self-check

def text_rows(pdf_path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["top"]) < 2.5:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["top"], [w]])
            out.append([" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows])
    return out


def num(tok: str):
    t = tok.strip().strip(",;:")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") and len(t) > 1:
        neg, t = True, t[:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.replace("$", "").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    return -d if neg else d


def tokens(row: str):
    return [x for x in re.split(r"\s+", row) if x]


def alnum_tokens(row: str):
    return set(x for x in re.split(r"[^A-Za-z0-9]+", row) if x)
