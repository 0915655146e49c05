"""Drawing surface over reportlab / fpdf2, a small row-flow helper, and the --check reader for set 40.

Every row the factory prints for a service is remembered as a band (page, top, bottom in points from the page
top); the check reads the text layer back with pdfplumber and looks for the truth values inside that band.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal

FIXED = datetime(2026, 2, 20, 8, 0, 0, tzinfo=UTC)
TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": (TTF + "liberation/LiberationSans-Regular.ttf", TTF + "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": (TTF + "liberation/LiberationSerif-Regular.ttf", TTF + "liberation/LiberationSerif-Bold.ttf"),
    "LibMono": (TTF + "liberation/LiberationMono-Regular.ttf", TTF + "liberation/LiberationMono-Bold.ttf"),
    "LibNarrow": (TTF + "liberation/LiberationSansNarrow-Regular.ttf",
                  TTF + "liberation/LiberationSansNarrow-Bold.ttf"),
    "DVSans": (TTF + "dejavu/DejaVuSans.ttf", TTF + "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": (TTF + "dejavu/DejaVuSansCondensed.ttf", TTF + "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVSerif": (TTF + "dejavu/DejaVuSerif.ttf", TTF + "dejavu/DejaVuSerif-Bold.ttf"),
    "DVSerifCond": (TTF + "dejavu/DejaVuSerifCondensed.ttf", TTF + "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DVMono": (TTF + "dejavu/DejaVuSansMono.ttf", TTF + "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
LETTER = (612.0, 792.0)


class Doc:
    """A page surface with top-left coordinates (points). y of text is its baseline."""

    def __init__(self, producer: str, path: str, font: str, landscape: bool = False, margin_bottom: float = 50):
        self.producer = producer
        self.path = path
        self.w, self.h = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 0
        self.y = 0.0
        self.bottom = self.h - margin_bottom
        self.on_new_page = None  # callable(doc) -> draws furniture, sets doc.y
        self.on_break = None  # callable(doc) -> repeated header / continuation line
        self.on_footer = None  # callable(doc)
        self.fam = font
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            if font in CORE_RL:
                self.rl_names = CORE_RL[font]
            else:
                names = []
                for i, p in enumerate(FONTS[font]):
                    nm = font + ("-B" if i else "-R")
                    pdfmetrics.registerFont(TTFont(nm, p))
                    names.append(nm)
                self.rl_names = tuple(names)
            self.c = canvas.Canvas(path, pagesize=(self.w, self.h), invariant=1)
            self.c.setTitle("Statement")
            self.c.setAuthor("")
            self._pdfm = pdfmetrics
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(FIXED)
            if font in CORE_RL:
                self.fp_family = font
            else:
                self.c.add_font(font, "", FONTS[font][0])
                self.c.add_font(font, "B", FONTS[font][1])
                self.fp_family = font
        self._started = False

    # ---------------------------------------------------------------- primitives
    def _font(self, bold: bool, size: float) -> None:
        if self.producer == "reportlab":
            self.c.setFont(self.rl_names[1 if bold else 0], size)
        else:
            self.c.set_font(self.fp_family, "B" if bold else "", size)

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pdfm.stringWidth(s, self.rl_names[1 if bold else 0], size)
        self._font(bold, size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "L",
             gray: float = 0.0) -> None:
        if s == "":
            return
        self._font(bold, size)
        if align == "R":
            x = x - self.width(s, size, bold)
        elif align == "C":
            x = x - self.width(s, size, bold) / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.h - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.h - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style += "F"
            if stroke:
                style = "D" + style if style else "D"
            if style == "DF" or style == "FD":
                style = "DF"
            self.c.rect(x, y, w, h, style=style or "D")

    def hline(self, x1: float, x2: float, y: float, lw: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.h - y, x2, self.h - y)
            self.c.setStrokeGray(0)
        else:
            self.c.set_line_width(lw)
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            self.c.line(x1, y, x2, y)
            self.c.set_draw_color(0, 0, 0)

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.h - y1, x, self.h - y2)
        else:
            self.c.set_line_width(lw)
            self.c.line(x, y1, x, y2)

    # ---------------------------------------------------------------- pages
    def new_page(self) -> None:
        if self._started:
            if self.on_footer:
                self.on_footer(self)
            if self.producer == "reportlab":
                self.c.showPage()
        if self.producer != "reportlab":
            self.c.add_page()
        self._started = True
        self.page += 1
        self.y = 40
        if self.on_new_page:
            self.on_new_page(self)

    def ensure(self, need: float) -> bool:
        """Break the page when ``need`` points do not fit; returns True when it broke."""
        if self.y + need <= self.bottom:
            return False
        self.new_page()
        if self.on_break:
            self.on_break(self)
        return True

    def save(self) -> int:
        if self.on_footer:
            self.on_footer(self)
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(self.path)
        return self.page

    def wrap(self, s: str, width: float, size: float, bold: bool = False) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t, size, bold) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out or [""]


class Col:
    def __init__(self, key: str, label: str, w: float, align: str = "L"):
        self.key, self.label, self.w, self.align = key, label, w, align
        self.x = 0.0


def place(cols: list[Col], x0: float, gap: float = 0.0) -> list[Col]:
    x = x0
    for c in cols:
        c.x = x
        x += c.w + gap
    return cols


def header_row(doc: Doc, cols: list[Col], size: float, bold: bool = True, fill: float | None = None,
               lead: float | None = None, box: bool = False, gray: float = 0.0) -> None:
    lead = lead or size * 1.2
    n = max(len(c.label.split("\n")) for c in cols)
    h = n * lead + 4
    x0, x1 = cols[0].x - 2, cols[-1].x + cols[-1].w + 2
    if fill is not None or box:
        doc.rect(x0, doc.y, x1 - x0, h, fill=fill, stroke=box)
    for c in cols:
        parts = c.label.split("\n")
        for i, p in enumerate(parts):
            yy = doc.y + 2 + (n - len(parts) + i + 1) * lead - (lead - size) / 2
            xx = c.x + c.w if c.align == "R" else (c.x + c.w / 2 if c.align == "C" else c.x)
            doc.text(xx, yy, p, size, bold, c.align, gray)
    doc.y += h


def data_row(doc: Doc, cols: list[Col], vals: dict, size: float, lead: float | None = None,
             bold: bool = False, pad: float = 2.0) -> tuple[int, float, float]:
    """Print one row; a value may be a list of text lines (stacked). Returns the band (page, top, bottom)."""
    lead = lead or size * 1.25
    n = max((len(v) if isinstance(v, list) else 1) for v in vals.values()) if vals else 1
    top = doc.y
    for c in cols:
        v = vals.get(c.key, "")
        lines = v if isinstance(v, list) else [v]
        for i, s in enumerate(lines):
            yy = doc.y + pad + (i + 1) * lead - (lead - size)
            xx = c.x + c.w if c.align == "R" else (c.x + c.w / 2 if c.align == "C" else c.x)
            doc.text(xx, yy, s, size, bold, c.align)
    doc.y += n * lead + pad
    return (doc.page, top, doc.y)


def rows_height(vals: dict, size: float, lead: float | None = None, pad: float = 2.0) -> float:
    lead = lead or size * 1.25
    n = max((len(v) if isinstance(v, list) else 1) for v in vals.values()) if vals else 1
    return n * lead + pad


# ------------------------------------------------------------------------------------------ checking

_SPLIT = re.compile(r"[-:,/()\[\]·;]+")
_GLUED = re.compile(r"^(CO|PR|OA|PI|CR)(\d{1,3})$")


def band_tokens(page_words: list[dict], top: float, bottom: float) -> tuple[set[str], str]:
    ws = [w for w in page_words if w["top"] >= top - 1.5 and w["bottom"] <= bottom + 1.5]
    toks: set[str] = set()
    for w in ws:
        t = w["text"]
        toks.add(t)
        toks.add(t.rstrip(",;."))
        for p in _SPLIT.split(t):
            if p:
                toks.add(p)
                m = _GLUED.match(p)
                if m:  # "CO45" -> group and reason
                    toks.update(m.groups())
    return toks, " ".join(w["text"] for w in ws)


def dsum(xs) -> Decimal:
    return sum((Decimal(x) for x in xs), Decimal("0.00"))
