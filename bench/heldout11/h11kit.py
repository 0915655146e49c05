"""Small drawing and self-check kit for bench/heldout11/make_heldout11_pdfs.py.

A layout draws onto ``Page`` objects (text at a BASELINE measured from the page top, rules, boxes) and the
same pages are rendered by reportlab or by fpdf2. While drawing, a layout records for every service line the
vertical band of the page it occupies; the self-check reads the written PDF's text layer with pdfplumber and
looks for each truth value inside that band (so a value must sit on its service's own row, not just somewhere
on the page). Nothing here knows anything about the reader being measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu"),
             Path("/usr/share/fonts/truetype/liberation2")]
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold", "Times-Italic",
        "Helvetica-Oblique"}


def ttf(name: str) -> Path | None:
    for d in FONT_DIRS:
        p = d / name
        if p.exists():
            return p
    return None


@dataclass
class FontSpec:
    """A logical font: a core PDF font name, or a TrueType file (with a core fallback when missing)."""
    key: str
    file: str | None = None
    fallback: str = "Helvetica"

    def rl_name(self) -> str:
        if self.file is None:
            return self.key
        p = ttf(self.file)
        if p is None:
            return self.fallback
        if self.key not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(self.key, str(p)))
        return self.key


@dataclass
class Op:
    kind: str  # text / line / rect
    args: tuple
    font: str = ""
    size: float = 0.0
    align: str = "L"
    fill: float | None = None  # grey level for rect fill (0..1), None = stroke only
    stroke: bool = True
    lw: float = 0.5


@dataclass
class Page:
    w: float
    h: float
    ops: list[Op] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, font: str, size: float, align: str = "L") -> None:
        self.ops.append(Op("text", (x, y, s), font, size, align))

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float = 0.5) -> None:
        self.ops.append(Op("line", (x0, y0, x1, y1), lw=lw))

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        self.ops.append(Op("rect", (x, y, w, h), fill=fill, stroke=stroke, lw=lw))


class Fonts:
    def __init__(self, specs: list[FontSpec]):
        self.specs = {s.key: s for s in specs}

    def rl(self, key: str) -> str:
        return self.specs[key].rl_name() if key in self.specs else key

    def width(self, s: str, key: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, self.rl(key), size)


def wrap(s: str, width: float, fonts: Fonts, key: str, size: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if fonts.width(t, key, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------- renderers

def render_reportlab(pages: list[Page], path: Path, fonts: Fonts, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title)
    c.setAuthor("heldout11 factory")
    for pg in pages:
        c.setPageSize((pg.w, pg.h))
        for op in pg.ops:
            if op.kind == "text":
                x, y, s = op.args
                c.setFont(fonts.rl(op.font), op.size)
                c.setFillGray(0)
                if op.align == "R":
                    c.drawRightString(x, pg.h - y, s)
                elif op.align == "C":
                    c.drawCentredString(x, pg.h - y, s)
                else:
                    c.drawString(x, pg.h - y, s)
            elif op.kind == "line":
                x0, y0, x1, y1 = op.args
                c.setLineWidth(op.lw)
                c.setStrokeGray(0)
                c.line(x0, pg.h - y0, x1, pg.h - y1)
            elif op.kind == "rect":
                x, y, w, h = op.args
                c.setLineWidth(op.lw)
                c.setStrokeGray(0)
                if op.fill is not None:
                    c.setFillGray(op.fill)
                c.rect(x, pg.h - y - h, w, h, stroke=1 if op.stroke else 0, fill=1 if op.fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(pages: list[Page], path: Path, fonts: Fonts, title: str) -> None:
    from datetime import UTC, datetime

    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(pages[0].w, pages[0].h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_author("heldout11 factory")
    families: dict[str, tuple[str, str]] = {}
    for key, spec in fonts.specs.items():
        if spec.file and ttf(spec.file):
            fam = key.lower().replace("-", "")
            pdf.add_font(fam, "", str(ttf(spec.file)))
            families[key] = (fam, "")
    core = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
            "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"),
            "Times-Italic": ("times", "I"), "Helvetica-Oblique": ("helvetica", "I")}

    def setfont(key: str, size: float) -> None:
        if key in families:
            pdf.set_font(families[key][0], families[key][1], size)
        else:
            k = key if key in core else fonts.specs[key].fallback
            pdf.set_font(core[k][0], core[k][1], size)

    for pg in pages:
        pdf.add_page(format=(pg.w, pg.h) if pg.w < pg.h else (pg.h, pg.w),
                     orientation="P" if pg.w < pg.h else "L")
        for op in pg.ops:
            if op.kind == "text":
                x, y, s = op.args
                setfont(op.font, op.size)
                wdt = pdf.get_string_width(s)
                if op.align == "R":
                    x -= wdt
                elif op.align == "C":
                    x -= wdt / 2
                pdf.text(x, y, s)
            elif op.kind == "line":
                pdf.set_line_width(op.lw)
                pdf.set_draw_color(0)
                pdf.line(*op.args)
            elif op.kind == "rect":
                x, y, w, h = op.args
                pdf.set_line_width(op.lw)
                style = ("F" if op.fill is not None else "") + ("D" if op.stroke else "")
                if op.fill is not None:
                    g = int(round(op.fill * 255))
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=style if style != "FD" else "DF")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------ self-check

@dataclass
class Band:
    """Where one service line sits: page (1-based) and its top/bottom baselines, the largest font size."""
    page: int
    y0: float
    y1: float
    size: float
    date_scope: str = "row"  # "row" or "page": where the service date is printed
    desc_words: int = 1  # how many leading words of the description must be in the band (0 = skip)
    balance: bool = True  # whether billed - adjustments = paid must hold (every adjustment printed)


_AMT = re.compile(r"^\(?([-+])?\$?([-+])?(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})(-|CR)?\)?[,;|]?$")


def token_amount(t: str) -> Decimal | None:
    t = t.strip()
    if "." not in t:
        return None
    m = _AMT.match(t)
    if not m:
        return None
    try:
        v = Decimal(m.group(3).replace(",", "") + "." + m.group(4))
    except InvalidOperation:
        return None
    neg = t.startswith("(") or m.group(1) == "-" or m.group(2) == "-" or m.group(5) in ("-", "CR")
    return -v if neg else v


def date_forms(d: date) -> list[str]:
    return [d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d:%y}", d.isoformat(), d.strftime("%m-%d-%Y"),
            d.strftime("%m-%d-%y"), d.strftime("%d-%b-%Y").upper(), d.strftime("%d-%b-%y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%b} {d.day:02d}, {d.year}", d.strftime("%Y%m%d")]


def page_words(pdf_path: Path) -> list[list[dict]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            out.append(p.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False))
    return out


def band_words(words: list[dict], b: Band) -> list[dict]:
    lo, hi = b.y0 - b.size * 0.95, b.y1 + b.size * 0.3
    return [w for w in words if lo <= (w["top"] + w["bottom"]) / 2 <= hi]


def joined(ws: list[dict]) -> str:
    return " ".join(w["text"] for w in sorted(ws, key=lambda w: (round(w["top"]), w["x0"])))
