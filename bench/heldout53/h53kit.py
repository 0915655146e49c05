"""Small drawing + checking kit for bench/heldout53 (one flowing page engine over reportlab and fpdf2, and the
factory self-check). Invented content only; see make_heldout53_pdfs.py."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype"
TTF = {
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaSerifCond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DejaMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class RLCanvas:
    """Top-down coordinates (points) over a reportlab canvas."""

    producer = "reportlab"

    def __init__(self, path: Path, landscape: bool = False, font: str = "Helvetica"):
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas as rlc
        self.pm = pdfmetrics
        self.W, self.H = (letter[1], letter[0]) if landscape else letter
        if font in CORE_RL:
            self.fn = CORE_RL[font]
        else:
            reg, bold = TTF[font]
            pdfmetrics.registerFont(TTFont(font, f"{FONTDIR}/{reg}"))
            pdfmetrics.registerFont(TTFont(font + "-B", f"{FONTDIR}/{bold}"))
            self.fn = (font, font + "-B")
        self.c = rlc.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle("Document")
        self.c.setAuthor("")

    def width(self, s: str, size: float, bold: bool = False) -> float:
        return self.pm.stringWidth(s, self.fn[bold], size)

    def text(self, x, y, s, size=8, bold=False, align="l", gray=0.0):
        self.c.setFillGray(gray)
        self.c.setFont(self.fn[bold], size)
        yy = self.H - y - size * 0.8
        if align == "r":
            self.c.drawRightString(x, yy, s)
        elif align == "c":
            self.c.drawCentredString(x, yy, s)
        else:
            self.c.drawString(x, yy, s)
        self.c.setFillGray(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def line(self, x1, y1, x2, y2, lw=0.5, dash=False):
        self.c.setLineWidth(lw)
        self.c.setDash(2, 2) if dash else self.c.setDash()
        self.c.line(x1, self.H - y1, x2, self.H - y2)
        self.c.setDash()

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class FPCanvas:
    """Top-down coordinates (points) over fpdf2."""

    producer = "fpdf2"

    def __init__(self, path: Path, landscape: bool = False, font: str = "Helvetica"):
        from datetime import UTC, datetime

        from fpdf import FPDF
        self.path = path
        self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
        self.p.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        self.p.set_auto_page_break(False)
        self.p.set_margins(0, 0, 0)
        self.W, self.H = self.p.w, self.p.h
        if font in ("Helvetica", "Times", "Courier"):
            self.fam = font
        else:
            reg, bold = TTF[font]
            self.p.add_font(font, "", f"{FONTDIR}/{reg}")
            self.p.add_font(font, "B", f"{FONTDIR}/{bold}")
            self.fam = font
        self.p.add_page()

    def _f(self, size, bold):
        self.p.set_font(self.fam, "B" if bold else "", size)

    def width(self, s, size, bold=False):
        self._f(size, bold)
        return self.p.get_string_width(s)

    def text(self, x, y, s, size=8, bold=False, align="l", gray=0.0):
        self._f(size, bold)
        self.p.set_text_color(int(gray * 255))
        w = self.p.get_string_width(s)
        xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        self.p.text(xx, y + size * 0.8, s)
        self.p.set_text_color(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.p.set_line_width(lw)
        style = ("F" if fill is not None else "") + ("D" if stroke else "")
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style=style or "D")

    def line(self, x1, y1, x2, y2, lw=0.5, dash=False):
        self.p.set_line_width(lw)
        if dash:
            self.p.set_dash_pattern(2, 2)
        self.p.line(x1, y1, x2, y2)
        self.p.set_dash_pattern()

    def new_page(self):
        self.p.add_page()

    def save(self):
        self.p.output(str(self.path))


class Col:
    def __init__(self, label: str, width: float, align: str = "l", wrap: bool = False):
        self.label, self.width, self.align, self.wrap = label, width, align, wrap


class Flow:
    """A cursor that flows blocks down pages; furniture(flow) draws page furniture and returns the start y."""

    def __init__(self, cv, *, size=7.5, lead=1.35, margin=36, bottom=48, furniture=None, footer=None,
                 grid=False, head_fill=0.85):
        self.cv, self.size, self.lead, self.margin = cv, size, lead, margin
        self.bottom = cv.H - bottom
        self.furniture, self.footer = furniture, footer
        self.grid, self.head_fill = grid, head_fill
        self.page = 1
        self.cols: list[Col] | None = None
        self.cont: str | None = None  # continuation text printed after a break inside a table
        self.repeat_header = True
        self.y = furniture(self) if furniture else margin

    @property
    def lh(self):
        return self.size * self.lead

    def break_page(self):
        if self.footer:
            self.footer(self)
        self.cv.new_page()
        self.page += 1
        self.y = self.furniture(self) if self.furniture else self.margin
        if self.cont:
            self.text(self.cont, bold=True)
        if self.cols and self.repeat_header:
            self.header()

    def need(self, h):
        if self.y + h > self.bottom:
            self.break_page()

    def gap(self, h):
        self.y += h

    def text(self, s, size=None, bold=False, x=None, gray=0.0, align="l"):
        size = size or self.size
        self.need(size * self.lead)
        xx = self.margin if x is None else x
        if align == "r":
            xx = self.cv.W - self.margin if x is None else x
        self.cv.text(xx, self.y, s, size, bold, align, gray)
        self.y += size * self.lead

    def band(self, s, fill=0.85, bold=True, right: str | None = None, size=None, h_extra=3):
        size = size or self.size
        h = size * self.lead + h_extra
        self.need(h + self.lh * 2)
        self.cv.rect(self.margin, self.y, self.cv.W - 2 * self.margin, h, fill=fill, stroke=False)
        self.cv.text(self.margin + 3, self.y + h_extra / 2, s, size, bold)
        if right:
            self.cv.text(self.cv.W - self.margin - 3, self.y + h_extra / 2, right, size, bold, "r")
        self.y += h + 1

    def rule(self, lw=0.5, dash=False):
        self.cv.line(self.margin, self.y, self.cv.W - self.margin, self.y, lw, dash)
        self.y += 2

    def table(self, cols: list[Col], cont: str | None = None, repeat_header: bool = True, draw=True):
        self.cols, self.cont, self.repeat_header = cols, cont, repeat_header
        if draw:
            self.need(self.lh * 3)
            self.header()

    def end_table(self):
        self.cols, self.cont = None, None

    def header(self):
        labels = [c.label.split("\n") for c in self.cols]
        n = max(len(x) for x in labels)
        h = n * self.size * 1.2 + 3
        self.cv.rect(self.margin, self.y, sum(c.width for c in self.cols), h, fill=self.head_fill,
                     stroke=self.grid)
        x = self.margin
        for c, ls in zip(self.cols, labels):
            for i, s in enumerate(ls):
                yy = self.y + 1.5 + (n - len(ls) + i) * self.size * 1.2
                self._cell(x, yy, c, s, bold=True)
            if self.grid:
                self.cv.line(x, self.y, x, self.y + h, 0.4)
            x += c.width
        if self.grid:
            self.cv.line(x, self.y, x, self.y + h, 0.4)
        self.y += h + 1

    def _cell(self, x, y, c, s, bold=False, size=None):
        size = size or self.size
        if c.align == "r":
            self.cv.text(x + c.width - 2, y, s, size, bold, "r")
        elif c.align == "c":
            self.cv.text(x + c.width / 2, y, s, size, bold, "c")
        else:
            self.cv.text(x + 2, y, s, size, bold)

    def wrap(self, s, width, size=None, bold=False):
        size = size or self.size
        words, out, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.cv.width(t, size, bold) <= width - 4 or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out or [""]

    def row(self, cells: list[str], bold=False, fill=None, sub: list[str] | None = None, truth: dict | None = None,
            sub_x: float | None = None, keep: int = 0):
        """One table row; wrap columns spill onto further text lines; ``sub`` lines print under the row
        (starting at sub_x). ``truth`` gets its page set here."""
        parts = []
        for c, s in zip(self.cols, cells):
            parts.append(self.wrap(s, c.width, bold=bold) if c.wrap else [s])
        n = max(len(p) for p in parts) + len(sub or [])
        h = n * self.lh + (2 if self.grid else 0)
        self.need(h + keep * self.lh)
        if fill is not None:
            self.cv.rect(self.margin, self.y, sum(c.width for c in self.cols), h, fill=fill, stroke=False)
        x = self.margin
        for c, p in zip(self.cols, parts):
            for i, s in enumerate(p):
                self._cell(x, self.y + 1 + i * self.lh, c, s, bold)
            if self.grid:
                self.cv.line(x, self.y, x, self.y + h, 0.3)
            x += c.width
        if self.grid:
            self.cv.line(x, self.y, x, self.y + h, 0.3)
            self.cv.line(self.margin, self.y + h, x, self.y + h, 0.3)
        base = max(len(p) for p in parts)
        for i, s in enumerate(sub or []):
            self.cv.text(sub_x if sub_x is not None else self.margin + 4, self.y + 1 + (base + i) * self.lh, s,
                         self.size * 0.95)
        if truth is not None:
            truth["page"] = self.page
        self.y += h


def render(make_canvas, build) -> int:
    """Two passes: the first counts pages so 'Page n of N' can be printed. Returns the page count."""
    cv = make_canvas()
    f = build(cv, None)
    pages = f.page
    cv = make_canvas()
    f = build(cv, pages)
    assert f.page == pages, (f.page, pages)
    if f.footer:
        f.footer(f)
    cv.save()
    return pages


# ------------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?(?:CR)?")


def nums(s: str) -> list[Decimal]:
    out = []
    for m in NUM.findall(s):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-") or m.endswith("CR")
        v = Decimal(re.sub(r"[^\d.]", "", m))
        out.append(-v if neg else v)
    return out


def page_lines(pdf: Path) -> list[list[str]]:
    import pdfplumber
    with pdfplumber.open(str(pdf)) as p:
        return [(pg.extract_text() or "").split("\n") for pg in p.pages]
