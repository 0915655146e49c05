"""Drawing layer for held-out set 191: record text/rules per page once, then emit through reportlab or fpdf2.

Coordinates are points from the top-left corner; text y is the baseline. Pages are recorded first so that
"Page n of N" can be printed. Rows drawn through ``Doc.row`` remember their page and baselines, which the
self-check uses to test that a service's values sit on that service's own text lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DjSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DjSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DjCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DjSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DjMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DjMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold",
           "Cour": "Courier", "Cour-B": "Courier-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "Helv-B": ("helvetica", "B"), "Times": ("times", ""),
           "Times-B": ("times", "B"), "Cour": ("courier", ""), "Cour-B": ("courier", "B")}
_reg: set = set()


def rl_font(name: str) -> str:
    if name in CORE_RL:
        return CORE_RL[name]
    if name not in _reg:
        pdfmetrics.registerFont(TTFont("h191" + name, TTF[name]))
        _reg.add(name)
    return "h191" + name


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_font(font), size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, font, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    def __init__(self, land: bool = False, margin_bottom: float = 50):
        self.W, self.H = landscape(letter) if land else letter
        self.land = land
        self.pages: list[list] = []
        self.rows: list[dict] = []  # {"page", "ys", "key"}
        self.bottom = self.H - margin_bottom
        self.y = 0.0
        self.on_page = None  # callback(doc) drawing furniture; sets self.y

    # ---------------------------------------------------------------- primitives
    def new_page(self):
        self.pages.append([])
        self.y = 40.0
        if self.on_page:
            self.on_page(self)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="Helv", size=9, align="L", gray=0.0):
        self.pages[-1].append(("t", x, y, str(s), font, size, align, gray))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def need(self, h: float) -> bool:
        """True when a new page was started to make room for h points."""
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False

    def paragraph(self, x, s, font, size, w, lead=None):
        lead = lead or size * 1.25
        for ln in wrap(s, font, size, w):
            self.need(lead)
            self.y += lead
            self.text(x, self.y, ln, font, size)

    # ---------------------------------------------------------------- table rows
    def row(self, cols, cells, font, size, lead=None, key=None, pad=2.0, shade=None, rules=None):
        """cols: list of (x, w, align, wrap?). cells: strings (may be '' ). Returns list of baselines."""
        lead = lead or size * 1.22
        pieces = []
        for (x, w, al, wr), c in zip(cols, cells):
            if isinstance(c, list):
                pieces.append(c)
            elif wr:
                pieces.append(wrap(c, font, size, w - 2 * pad))
            else:
                pieces.append([c])
        n = max(len(p) for p in pieces)
        h = n * lead + 3
        self.need(h)
        top = self.y
        if shade is not None:
            self.rect(cols[0][0], top, cols[-1][0] + cols[-1][1] - cols[0][0], h, fill=shade, stroke=False)
        ys = []
        for i in range(n):
            yy = top + lead * (i + 1)
            ys.append(yy)
            for (x, w, al, wr), p in zip(cols, pieces):
                if i < len(p) and p[i] != "":
                    if al == "R":
                        self.text(x + w - pad, yy, p[i], font, size, "R")
                    elif al == "C":
                        self.text(x + w / 2, yy, p[i], font, size, "C")
                    else:
                        self.text(x + pad, yy, p[i], font, size)
        self.y = top + h
        if rules == "grid":
            x0, x1 = cols[0][0], cols[-1][0] + cols[-1][1]
            self.line(x0, self.y, x1, self.y, 0.4)
            for x, w, _a, _w in cols:
                self.line(x, top, x, self.y, 0.4)
            self.line(x1, top, x1, self.y, 0.4)
        elif rules == "under":
            self.line(cols[0][0], self.y, cols[-1][0] + cols[-1][1], self.y, 0.3, 0.6)
        if key is not None:
            self.rows.append({"page": self.pno, "ys": ys, "key": key, "size": size})
        return ys

    # ---------------------------------------------------------------- output
    def save_rl(self, path: Path, page_of: tuple | None = None):
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(path.stem)
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            for op in ops + self._pageof(i, n, page_of):
                if op[0] == "t":
                    _, x, y, s, f, sz, al, g = op
                    c.setFillGray(g)
                    c.setFont(rl_font(f), sz)
                    yy = self.H - y
                    if al == "R":
                        c.drawRightString(x, yy, s)
                    elif al == "C":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    c.setStrokeGray(g)
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def save_fp(self, path: Path, page_of: tuple | None = None, when=None):
        from fpdf import FPDF

        pdf = FPDF(orientation="L" if self.land else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        if when is not None:
            pdf.set_creation_date(when)
        pdf.set_title(path.stem)
        added = set()

        def setf(f, sz):
            if f in CORE_FP:
                fam, st = CORE_FP[f]
                pdf.set_font(fam, st, sz)
            else:
                if f not in added:
                    pdf.add_font("h" + f.replace("-", "x"), "", TTF[f])
                    added.add(f)
                pdf.set_font("h" + f.replace("-", "x"), "", sz)

        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            pdf.add_page()
            for op in ops + self._pageof(i, n, page_of):
                if op[0] == "t":
                    _, x, y, s, f, sz, al, g = op
                    setf(f, sz)
                    pdf.set_text_color(int(255 * g))
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "R" else x - w / 2 if al == "C" else x
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    pdf.set_draw_color(int(255 * g))
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(255 * fill))
                        style += "F"
                    if stroke:
                        style = "DF" if style else "D"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))

    def _pageof(self, i, n, page_of):
        if not page_of:
            return []
        x, y, fmt, font, size, al = page_of
        return [("t", x, y, fmt.format(i=i, n=n), font, size, al, 0.0)]


# -------------------------------------------------------------------- self-check helpers

def page_lines(pdf_path: Path):
    """Per page: list of (mid_y, text) text lines, from pdfplumber words."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            lines: list[list] = []
            for w in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
                mid = (w["top"] + w["bottom"]) / 2
                if lines and abs(lines[-1][0] - mid) < 2.0:
                    lines[-1][1].append(w)
                else:
                    lines.append([mid, [w]])
            out.append([(m, " ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"]))) for m, ws in lines])
    return out


def row_text(plines, page: int, ys: list[float], size: float) -> str:
    got = []
    for y in ys:
        c = y - 0.33 * size
        got += [t for m, t in plines[page - 1] if abs(m - c) < max(2.6, size * 0.42)]
    return " | ".join(got)


def has(text: str, v: str) -> bool:
    return re.search(r"(?<![\w.])" + re.escape(v) + r"(?![\w])", text) is not None
