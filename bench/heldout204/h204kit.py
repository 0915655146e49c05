"""Small drawing and self-check helpers for make_heldout204_pdfs.py (one API over reportlab and fpdf2,
top-down point coordinates; the row bands every service line was drawn in, for --check)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerifCondensed": "dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf", "DejaVuSansMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf", "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
LETTER = (612.0, 792.0)


class RL:
    producer = "reportlab"

    def __init__(self, path, landscape=False):
        from reportlab.pdfgen import canvas
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle("Statement")
        self.page = 1
        self.fname, self.fsize = "Helvetica", 9

    def font(self, name, size):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if name in TTF and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, FONTDIR + TTF[name]))
        self.fname, self.fsize = name, size
        self.c.setFont(name, size)

    def width(self, s):
        from reportlab.pdfbase import pdfmetrics
        return pdfmetrics.stringWidth(s, self.fname, self.fsize)

    def text(self, x, y, s, align="l"):
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.c.drawString(x, self.H - y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.c.setFont(self.fname, self.fsize)

    def save(self):
        self.c.showPage()
        self.c.save()


class FP:
    producer = "fpdf2"

    def __init__(self, path, landscape=False):
        from datetime import UTC, datetime
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
        self.p.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        self.p.set_auto_page_break(False)
        self.p.add_page()
        self.W, self.H = self.p.w, self.p.h
        self.page = 1
        self.loaded = set()

    def font(self, name, size):
        if name in TTF:
            if name not in self.loaded:
                self.p.add_font(name, "", FONTDIR + TTF[name])
                self.loaded.add(name)
            self.p.set_font(name, "", size)
        else:  # core: helvetica/courier/times with optional -Bold
            base, _, b = name.partition("-")
            self.p.set_font(base, "B" if b else "", size)

    def width(self, s):
        return self.p.get_string_width(s)

    def text(self, x, y, s, align="l"):
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        self.p.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.p.set_line_width(lw)
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
            self.p.rect(x, y, w, h, style="DF")
        else:
            self.p.rect(x, y, w, h)

    def new_page(self):
        self.p.add_page()
        self.page += 1

    def save(self):
        self.p.output(str(self.path))


class Table:
    """Columns: (header lines, width, align). Draws header and rows; records service bands."""

    def __init__(self, cv, x, cols, font, size, lead=None, hfont=None, hsize=None, grid=False, shade=None):
        self.cv, self.x, self.cols = cv, x, cols
        self.font, self.size = font, size
        self.lead = lead or size + 2.5
        self.hfont, self.hsize = hfont or font, hsize or size
        self.grid, self.shade = grid, shade
        self.width = sum(c[1] for c in cols)

    def header(self, y):
        cv = self.cv
        cv.font(self.hfont, self.hsize)
        nl = max(len(c[0]) for c in self.cols)
        h = nl * (self.hsize + 1.5) + 4
        if self.shade is not None:
            cv.rect(self.x, y, self.width, h, fill=self.shade)
        x = self.x
        for hd, w, al in self.cols:
            for i, t in enumerate(hd):
                yy = y + (i + 1) * (self.hsize + 1.5) + (nl - len(hd)) * (self.hsize + 1.5)
                self._put(x, w, yy, t, al)
            if self.grid:
                cv.line(x, y, x, y + h)
            x += w
        if self.grid:
            cv.line(x, y, x, y + h)
            cv.rect(self.x, y, self.width, h)
        else:
            cv.line(self.x, y + h, self.x + self.width, y + h, 0.7)
        return y + h + 2

    def _put(self, x, w, y, t, al):
        if al == "r":
            self.cv.text(x + w - 3, y, t, "r")
        elif al == "c":
            self.cv.text(x + w / 2, y, t, "c")
        else:
            self.cv.text(x + 3, y, t)

    def row_height(self, cells):
        n = max(len(c) if isinstance(c, list) else 1 for c in cells)
        return n * self.lead + 2

    def row(self, y, cells, font=None):
        cv = self.cv
        cv.font(font or self.font, self.size)
        n = max(len(c) if isinstance(c, list) else 1 for c in cells)
        h = n * self.lead + 2
        x = self.x
        for (hd, w, al), c in zip(self.cols, cells):
            for i, t in enumerate(c if isinstance(c, list) else [c]):
                self._put(x, w, y + (i + 1) * self.lead - 1.5, t, al)
            if self.grid:
                cv.line(x, y, x, y + h)
            x += w
        if self.grid:
            cv.line(x, y, x, y + h)
            cv.line(self.x, y + h, x, y + h, 0.3)
        return y, y + h


def wrap(cv, s, width):
    words, out, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cv.width(t) <= width - 6 or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?-?\)?")


def nums(text):
    out = set()
    for m in NUM.findall(text):
        t = m
        neg = t.startswith("(") and t.endswith(")") or t.startswith("-") or t.endswith("-")
        t = t.strip("()").strip("-").replace("$", "").replace(",", "")
        try:
            d = Decimal(t)
        except InvalidOperation:
            continue
        out.add(-d if neg else d)
        out.add(d if not neg else d)  # a bare digit string can also be read unsigned
    return {x.normalize() for x in out}


def band_text(words, y0, y1):
    ws = [w for w in words if w["top"] >= y0 - 1 and w["bottom"] <= y1 + 2]
    lines = {}
    for w in ws:
        lines.setdefault(round(w["top"]), []).append(w)
    return "\n".join(" ".join(x["text"] for x in sorted(v, key=lambda w: w["x0"])) for _, v in sorted(lines.items()))
