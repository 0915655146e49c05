"""Small drawing and self-check kit for make_heldout155_pdfs.py (one page model, two PDF producers)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
TTF = {
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "LiberationMono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LiberationSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
        "Times": ("Times-Roman", "Times-Bold")}


def font_path(name: str) -> str:
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    raise FileNotFoundError(name)


NB: dict = {}  # total page count of the document being drawn (known on the second drawing pass)


class Doc:
    """Top-left coordinates in points; y is the text baseline."""

    def __init__(self, producer: str, font: str, landscape: bool = False):
        self.producer = producer
        self.font = font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            self._pm = pdfmetrics
            if font in TTF:
                for i, f in enumerate(TTF[font]):
                    nm = font + ("-B" if i else "")
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, font_path(f)))
                self._names = (font, font + "-B")
            else:
                self._names = CORE[font]
            self._ops = []
        else:
            from fpdf import FPDF
            pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            pdf.set_auto_page_break(False)
            pdf.set_creation_date(__import__("datetime").datetime(2026, 2, 2, 9, 30,
                                  tzinfo=__import__("datetime").timezone.utc))
            if font in TTF:
                pdf.add_font(font, "", font_path(TTF[font][0]))
                pdf.add_font(font, "B", font_path(TTF[font][1]))
                self._fam = font
            else:
                self._fam = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}[font]
            self.pdf = pdf

    # -- drawing
    def new_page(self):
        self.pages += 1
        if self.producer == "reportlab":
            self._ops.append(("page",))
        else:
            self.pdf.add_page()

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._names[1 if bold else 0], size)
        self.pdf.set_font(self._fam, "B" if bold else "", size)
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l"):
        s = s.replace("{nb}", str(NB.get("n") or "?"))
        if align == "r":
            x -= self.width(s, size, bold)
        elif align == "c":
            x -= self.width(s, size, bold) / 2
        if self.producer == "reportlab":
            self._ops.append(("text", x, y, s, size, bold))
        else:
            self.pdf.set_font(self._fam, "B" if bold else "", size)
            self.pdf.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self._ops.append(("line", x1, y1, x2, y2, w))
        else:
            self.pdf.set_line_width(w)
            self.pdf.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, lw=0.5, stroke=True):
        if self.producer == "reportlab":
            self._ops.append(("rect", x, y, w, h, fill, lw, stroke))
        else:
            self.pdf.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.pdf.set_fill_color(g, g, g)
                style += "F"
            if stroke:
                style = "D" + style if style else "D"
            if style == "DF" or style == "FD":
                style = "DF"
            self.pdf.rect(x, y, w, h, style=style or "D")

    def save(self, path: Path):
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=0)
            first = True
            for op in self._ops:
                if op[0] == "page":
                    if not first:
                        c.showPage()
                    first = False
                elif op[0] == "text":
                    _, x, y, s, size, bold = op
                    c.setFont(self._names[1 if bold else 0], size)
                    c.drawString(x, self.H - y, s)
                elif op[0] == "fillwhite":
                    c.setFillGray(1)
                elif op[0] == "fillblack":
                    c.setFillGray(0)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                elif op[0] == "rect":
                    _, x, y, w, h, fill, lw, stroke = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
            c.save()
        else:
            self.pdf.output(str(path))


class Rows:
    """Records, per truth line, the page and vertical band of its printed row (for --check)."""

    def __init__(self):
        self.rows: list[dict] = []

    def add(self, page: int, top: float, bottom: float, first_line_tokens: list[str], row_tokens: list[str]):
        self.rows.append({"page": page, "top": top, "bottom": bottom, "first": first_line_tokens,
                          "row": row_tokens})


def page_words(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            out.append(p.extract_words(keep_blank_chars=True, x_tolerance=1.5, use_text_flow=False))
    return out


def _mid(w) -> float:
    return (w["top"] + w["bottom"]) / 2 - 0.0


def band_text(words, top: float, bottom: float) -> str:
    sel = [w for w in words if top - 0.5 <= _mid(w) <= bottom + 0.5]
    sel.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
    return " ".join(w["text"] for w in sel)


def line_text(words, baseline: float) -> str:
    sel = [w for w in words if baseline - 6.5 <= _mid(w) <= baseline + 0.5]
    sel.sort(key=lambda w: w["x0"])
    return " ".join(w["text"] for w in sel)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def D(x) -> Decimal:
    return Decimal(str(x))
