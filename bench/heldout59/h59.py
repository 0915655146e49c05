"""Helpers for bench/heldout59/make_heldout59_pdfs.py: a tiny page-op model (text, rules, boxes) that renders
the same pages through reportlab or fpdf2, a flowing table writer with page breaks, and the self-check."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": FONTDIR / "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": FONTDIR / "liberation/LiberationSans-Bold.ttf",
    "LibSerif": FONTDIR / "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": FONTDIR / "liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": FONTDIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": FONTDIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": FONTDIR / "liberation/LiberationMono-Regular.ttf",
    "LibMono-B": FONTDIR / "liberation/LiberationMono-Bold.ttf",
    "DVSans": FONTDIR / "dejavu/DejaVuSans.ttf",
    "DVSans-B": FONTDIR / "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": FONTDIR / "dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": FONTDIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": FONTDIR / "dejavu/DejaVuSerif.ttf",
    "DVSerif-B": FONTDIR / "dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": FONTDIR / "dejavu/DejaVuSansMono.ttf",
    "DVMono-B": FONTDIR / "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}
_FPDF_CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
              "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}

for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, str(_p)))


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        t = (cur + " " + word).strip()
        if width(t, font, size) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out or [""]


class Pages:
    """Pages of drawing ops in points, origin top-left."""

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.pages: list[list[tuple]] = []

    def new(self) -> None:
        self.pages.append([])

    @property
    def n(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="Helvetica", size=9, align="l"):
        if align == "r":
            x -= width(s, font, size)
        elif align == "c":
            x -= width(s, font, size) / 2
        self.pages[-1].append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))


def render_reportlab(pg: Pages, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(pg.w, pg.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("heldout59")
    for ops in pg.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size = op
                c.setFont(font, size)
                c.setFillGray(0)
                c.drawString(x, pg.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, pg.h - y1, x2, pg.h - y2)
            else:
                _, x, y, w, h, fill, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, pg.h - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(pg: Pages, path: Path, title: str, when) -> None:
    from fpdf import FPDF
    f = FPDF(unit="pt", format=(pg.w, pg.h))
    f.set_auto_page_break(False)
    f.set_creation_date(when)
    f.set_title(title)
    f.set_author("heldout59")
    used = {op[4] for ops in pg.pages for op in ops if op[0] == "t"}
    for name in sorted(used - CORE):
        f.add_font(name, "", str(TTF[name]))
    for ops in pg.pages:
        f.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size = op
                if font in CORE:
                    fam, st = _FPDF_CORE[font]
                    f.set_font(fam, st, size)
                else:
                    f.set_font(font, "", size)
                f.text(x, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                f.set_line_width(lw)
                f.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, lw = op
                f.set_line_width(lw or 0.1)
                if fill is not None:
                    g = int(fill * 255)
                    f.set_fill_color(g, g, g)
                    f.rect(x, y - h + h, w, h, style="DF" if lw else "F")
                else:
                    f.rect(x, y, w, h, style="D")
    f.output(str(path))


# ------------------------------------------------------------------------------------------------ check

def num(tok: str):
    t = tok.strip().rstrip(",;")
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
        v = Decimal(t)
    except InvalidOperation:
        return None
    return -v if neg else v


def text_lines(pdf_path: Path) -> list[list[str]]:
    """Per page, the text lines (words grouped by baseline) as strings."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["top"]) < 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["top"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out
