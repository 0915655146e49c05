"""Small drawing layer for set 185: one top-left, baseline-y API over reportlab and fpdf2, plus a page flow.

Coordinates are points from the top-left corner; ``y`` is the text baseline.  Nothing here knows about EOBs.
"""

from __future__ import annotations

from datetime import datetime, UTC

FONTS = "/usr/share/fonts/truetype"
TTF = {
    "LibSans": f"{FONTS}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{FONTS}/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": f"{FONTS}/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": f"{FONTS}/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": f"{FONTS}/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": f"{FONTS}/liberation/LiberationSerif-Bold.ttf",
    "DVSans": f"{FONTS}/dejavu/DejaVuSans.ttf",
    "DVSans-B": f"{FONTS}/dejavu/DejaVuSans-Bold.ttf",
    "DVSerifC": f"{FONTS}/dejavu/DejaVuSerifCondensed.ttf",
    "DVSerifC-B": f"{FONTS}/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": f"{FONTS}/dejavu/DejaVuSansMono.ttf",
    "DVMono-B": f"{FONTS}/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}
LETTER = (612.0, 792.0)


class RLDoc:
    producer = "reportlab"

    def __init__(self, path, family: str, landscape: bool = False):
        from reportlab.pdfgen import canvas
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle("Statement")
        if family in CORE_RL:
            self.reg, self.bold = CORE_RL[family]
        else:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            for n in (family, family + "-B"):
                pdfmetrics.registerFont(TTFont(n, TTF[n]))
            self.reg, self.bold = family, family + "-B"
        self.pages = 1
        self.size = 9
        self.c.setFont(self.reg, 9)

    def font(self, size: float, bold: bool = False):
        self.size = size
        self.c.setFont(self.bold if bold else self.reg, size)

    def width(self, s: str) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self.c._fontname, self.size)

    def text(self, x, y, s, align="L"):
        if align == "R":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "C":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def rect(self, x, y, w, h, fill=None, stroke=True):
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def new_page(self):
        self.c.showPage()
        self.pages += 1
        self.c.setFont(self.reg, self.size)

    def save(self):
        self.c.save()


class FPDoc:
    producer = "fpdf2"

    def __init__(self, path, family: str, landscape: bool = False):
        from fpdf import FPDF
        self.path = path
        self.pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
        self.pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_title("Statement")
        self.W, self.H = self.pdf.w, self.pdf.h
        if family in CORE_FP:
            self.fam = CORE_FP[family]
        else:
            self.pdf.add_font(family, "", TTF[family])
            self.pdf.add_font(family, "B", TTF[family + "-B"])
            self.fam = family
        self.pdf.add_page()
        self.pages = 1
        self.size = 9
        self.font(9)

    def font(self, size: float, bold: bool = False):
        self.size = size
        self.pdf.set_font(self.fam, "B" if bold else "", size)

    def width(self, s: str) -> float:
        return self.pdf.get_string_width(s)

    def text(self, x, y, s, align="L"):
        if align == "R":
            x -= self.width(s)
        elif align == "C":
            x -= self.width(s) / 2
        self.pdf.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pdf.set_line_width(w)
        self.pdf.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True):
        style = ("F" if not stroke else "DF") if fill is not None else "D"
        if fill is not None:
            g = int(fill * 255)
            self.pdf.set_fill_color(g, g, g)
        self.pdf.rect(x, y, w, h, style=style)

    def new_page(self):
        self.pdf.add_page()
        self.pages += 1
        self.font(self.size)

    def save(self):
        self.pdf.output(str(self.path))


def cells(doc, x0: float, y: float, cols, values, pad: float = 2.0):
    """Draw one row: cols = [(width, align)], values = strings (None -> blank)."""
    x = x0
    for (w, al), v in zip(cols, values):
        if v:
            if al == "R":
                doc.text(x + w - pad, y, v, "R")
            elif al == "C":
                doc.text(x + w / 2, y, v, "C")
            else:
                doc.text(x + pad, y, v)
        x += w


def wrap(doc, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and doc.width(t) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]
