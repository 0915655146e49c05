"""Drawing back-ends (reportlab / fpdf2), a small paginator and the self-check for heldout111.

Coordinates are points from the top-left corner; y is the text baseline.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

TTF = {
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "DejaCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Cour": "Courier", "Cour-B": "Courier-Bold",
           "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "Helv-B": ("helvetica", "B"), "Cour": ("courier", ""),
           "Cour-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}


class RL:
    producer = "reportlab"

    def __init__(self, path: Path, land: bool = False):
        self.size = landscape(letter) if land else letter
        self.W, self.H = self.size
        self.c = rlcanvas.Canvas(str(path), pagesize=self.size, invariant=1)
        self.c.setTitle("Statement")
        self.pages = 0

    def font(self, f: str) -> str:
        if f in CORE_RL:
            return CORE_RL[f]
        if f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, TTF[f]))
        return f

    def new_page(self) -> None:
        if self.pages:
            self.c.showPage()
        self.pages += 1

    def width(self, s: str, f: str, sz: float) -> float:
        return pdfmetrics.stringWidth(s, self.font(f), sz)

    def text(self, x, y, s, f="Helv", sz=8, al="l", gray=0.0):
        self.c.setFillGray(gray)
        self.c.setFont(self.font(f), sz)
        if al == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif al == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)
        self.c.setFillGray(0)

    def hline(self, x1, x2, y, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def vline(self, x, y1, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x, self.H - y1, x, self.H - y2)

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def finish(self):
        self.c.showPage()
        self.c.save()


class FP:
    producer = "fpdf2"

    def __init__(self, path: Path, land: bool = False):
        from datetime import UTC, datetime

        from fpdf import FPDF
        self.path = path
        self.p = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
        self.p.set_creation_date(datetime(2026, 3, 2, 8, 0, 0, tzinfo=UTC))
        self.p.set_auto_page_break(False)
        self.p.set_margins(0, 0, 0)
        self.W, self.H = self.p.w, self.p.h
        self.loaded: set = set()
        self.pages = 0

    def _set(self, f, sz):
        if f in CORE_FP:
            fam, st = CORE_FP[f]
            self.p.set_font(fam, st, sz)
            return
        if f not in self.loaded:
            self.p.add_font(f, "", TTF[f])
            self.loaded.add(f)
        self.p.set_font(f, "", sz)

    def new_page(self):
        self.p.add_page()
        self.pages += 1

    def width(self, s, f, sz):
        self._set(f, sz)
        return self.p.get_string_width(s)

    def text(self, x, y, s, f="Helv", sz=8, al="l", gray=0.0):
        self._set(f, sz)
        w = self.p.get_string_width(s)
        if al == "r":
            x -= w
        elif al == "c":
            x -= w / 2
        g = int(gray * 255)
        self.p.set_text_color(g, g, g)
        self.p.text(x, y, s)
        self.p.set_text_color(0, 0, 0)

    def hline(self, x1, x2, y, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y, x2, y)

    def vline(self, x, y1, y2, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x, y1, x, y2)

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        self.p.set_line_width(lw)
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
            self.p.rect(x, y, w, h, style="DF")
        else:
            self.p.rect(x, y, w, h)

    def finish(self):
        self.p.output(str(self.path))


def wrap(d, s: str, f: str, sz: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if d.width(t, f, sz) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------- check

def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            out.append([ln["text"] for ln in pg.extract_text_lines(layout=False, x_tolerance=1.5)])
    return out


def has_tok(line: str, tok: str) -> bool:
    return re.search(r"(?<!\S)" + re.escape(tok) + r"(?!\S)", line) is not None
