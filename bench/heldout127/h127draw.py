"""Small drawing layer for set 127: one top-down point API over reportlab and fpdf2, plus a row-flow engine
that paginates claim heads, column headers, service rows, wrapped-description rows and totals, and records on
which page each service row landed (the truth needs it)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

import sys
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSansB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMonoB": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DejaSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaSerifB": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaCondB": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaSansB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "HelvB": "Helvetica-Bold", "Cour": "Courier", "CourB": "Courier-Bold",
           "Times": "Times-Roman", "TimesB": "Times-Bold"}
CORE_FP = {"Helv": ("Helvetica", ""), "HelvB": ("Helvetica", "B"), "Cour": ("Courier", ""),
           "CourB": ("Courier", "B"), "Times": ("Times", ""), "TimesB": ("Times", "B")}


class Surface:
    """Top-down coordinates in points."""

    def __init__(self, path: Path, producer: str, land: bool = False):
        self.path, self.producer = path, producer
        self.W, self.H = (792.0, 612.0) if land else (612.0, 792.0)
        self.pages = 1
        if producer == "reportlab":
            self.c = rlcanvas.Canvas(str(path), pagesize=landscape(letter) if land else letter, invariant=1)
            self.c.setTitle("Statement")
        else:
            self.p = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_producer("fpdf2")
            self.p.set_creator("fpdf2")
            self.p.set_auto_page_break(False)
            self.p.add_page()
        self.font("Helv", 9)

    def font(self, name: str, size: float):
        self.fname, self.fsize = name, size
        if self.producer == "reportlab":
            if name in TTF and name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, TTF[name]))
            self.c.setFont(CORE_RL.get(name, name), size)
        else:
            if name in TTF:
                if name.lower() not in self.p.fonts:
                    self.p.add_font(name, "", TTF[name])
                self.p.set_font(name, "", size)
            else:
                fam, st = CORE_FP[name]
                self.p.set_font(fam, st, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return pdfmetrics.stringWidth(s, CORE_RL.get(self.fname, self.fname), self.fsize)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l"):
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.p.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.p.set_line_width(w)
            self.p.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, stroke=True):
        if self.producer == "reportlab":
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.p.set_fill_color(g, g, g)
            self.p.rect(x, y, w, h, style=style)

    def new_page(self):
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.p.add_page()
        self.pages += 1
        self.font(self.fname, self.fsize)

    def save(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.p.output(str(self.path))


class Flow:
    """Rows flow down the page. cols: list of (header, x, align) where x is the left (l) / right (r) edge."""

    def __init__(self, sf: Surface, cols, *, font="Helv", bold="HelvB", size=8.0, lead=11.0, top=60.0,
                 bottom=60.0, header_lines=1, grid=False, rule=False, zebra=False, head_fill=0.85,
                 left=36.0, right=None, page_top=None, repeat_header=True, cont_text="(continued)"):
        self.sf, self.cols, self.font_, self.bold, self.size, self.lead = sf, cols, font, bold, size, lead
        self.y, self.bottom, self.grid, self.rule, self.zebra = top, bottom, grid, rule, zebra
        self.head_fill, self.left = head_fill, left
        self.right = right if right is not None else sf.W - 36
        self.page_top = page_top  # callable(sf, pageno) -> y where the flow restarts
        self.repeat_header, self.cont_text = repeat_header, cont_text
        self.claim_head = None  # callable(flow, continued: bool)
        self.n = 0
        self.header_lines = header_lines

    def room(self, h):
        if self.y + h > self.sf.H - self.bottom:
            self.sf.new_page()
            self.y = self.page_top(self.sf, self.sf.pages) if self.page_top else 50.0
            if self.repeat_header and self.claim_head is not None:
                self.claim_head(self, True)
                self.header()
            return True
        return False

    def header(self):
        hdrs = [c[0].split("\n") for c in self.cols]
        nl = max(len(h) for h in hdrs)
        h = nl * (self.size + 1.5) + 5
        if self.head_fill is not None:
            self.sf.rect(self.left, self.y, self.right - self.left, h, fill=self.head_fill, stroke=self.grid)
        else:
            self.sf.line(self.left, self.y + h, self.right, self.y + h, 0.8)
        self.sf.font(self.bold, self.size - 0.5)
        for (hd, x, al), parts in zip(self.cols, hdrs):
            for i, p in enumerate(parts):
                self.sf.text(x, self.y + (self.size + 1.5) * (i + 1) + 1, p, al)
        self.y += h + 2
        self.sf.font(self.font_, self.size)

    def row(self, cells, bold=False, fill=None, keep=0.0):
        """cells: list aligned with cols (None = blank). Returns the page the row landed on."""
        self.room(self.lead + keep)
        if fill is not None or (self.zebra and self.n % 2 == 1):
            self.sf.rect(self.left, self.y, self.right - self.left, self.lead,
                         fill=fill if fill is not None else 0.93, stroke=False)
        self.sf.font(self.bold if bold else self.font_, self.size)
        base = self.y + self.lead - 3
        for (hd, x, al), v in zip(self.cols, cells):
            if v:
                self.sf.text(x, base, v, al)
        if self.grid:
            self.sf.rect(self.left, self.y, self.right - self.left, self.lead)
        if self.rule:
            self.sf.line(self.left, self.y + self.lead, self.right, self.y + self.lead, 0.25)
        self.y += self.lead
        self.n += 1
        self.sf.font(self.font_, self.size)
        return self.sf.pages

    def text(self, x, s, font=None, size=None, align="l", lead=None, fill=None, keep=0.0):
        ld = lead or self.lead
        self.room(ld + keep)
        if fill is not None:
            self.sf.rect(self.left, self.y, self.right - self.left, ld, fill=fill, stroke=False)
        self.sf.font(font or self.font_, size or self.size)
        self.sf.text(x, self.y + ld - 3, s, align)
        self.y += ld
        self.sf.font(self.font_, self.size)
        return self.sf.pages

    def gap(self, h):
        self.y += h
