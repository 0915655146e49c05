"""Drawing, paging and self-check helpers for make_heldout106_pdfs.py (one small helper module)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from eobgen import FIXED_WHEN

CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
             "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


class Doc:
    """Top-left coordinates in points, y = text baseline. Same calls for reportlab and fpdf2."""

    def __init__(self, path: Path, producer: str, fonts: dict, landscape: bool = False, title: str = ""):
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.producer, self.page, self.fonts = producer, 0, fonts
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self.pm = pdfmetrics
            self.names = {}
            for role, spec in fonts.items():
                if spec.endswith(".ttf"):
                    nm = Path(spec).stem
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, spec))
                    self.names[role] = nm
                else:
                    self.names[role] = spec
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
        else:
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_auto_page_break(False)
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_title(title)
            self.names = {}
            for role, spec in fonts.items():
                if spec.endswith(".ttf"):
                    self.f.add_font("F" + role, "", spec)
                    self.names[role] = ("F" + role, "")
                else:
                    self.names[role] = CORE_FPDF[spec]
        self.path = path
        self.new_page()

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1

    def width(self, s, role="R", size=8.0):
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, self.names[role], size)
        fam, st = self.names[role]
        self.f.set_font(fam, st, size)
        return self.f.get_string_width(s)

    def text(self, x, y, s, role="R", size=8.0, align="L"):
        s = str(s)
        if not s:
            return
        w = self.width(s, role, size)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(self.names[role], size)
            self.c.drawString(x, self.H - y, s)
        else:
            fam, st = self.names[role]
            self.f.set_font(fam, st, size)
            self.f.text(x, y, s)

    def hline(self, x1, x2, y, w=0.5):
        self.line(x1, y, x2, y, w)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.f.set_line_width(w)
            self.f.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        """fill: grey level 0..1 (None = outline only)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
            self.f.rect(x, y, w, h, style="DF" if fill is not None else "D")

    def save(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


def wrap(doc, s, width, role="R", size=8.0):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t, role, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Flow:
    """A y cursor that starts a new page (furniture + optional continuation header) when space runs out."""

    def __init__(self, doc, top_fn, bottom, foot_fn=None):
        self.doc, self.top_fn, self.bottom, self.foot_fn = doc, top_fn, bottom, foot_fn
        self.cont = None  # callable drawing the continued-claim heading + column header on a new page
        self.y = top_fn(doc, first=True)

    def need(self, h):
        if self.y + h > self.bottom:
            if self.foot_fn:
                self.foot_fn(self.doc)
            self.doc.new_page()
            self.y = self.top_fn(self.doc, first=False)
            if self.cont:
                self.cont()
            return True
        return False


# ---------------------------------------------------------------------------------------------- check

def page_lines(pdf: Path) -> list[list[str]]:
    import pdfplumber
    with pdfplumber.open(str(pdf)) as p:
        return [(pg.extract_text(x_tolerance=1.5, y_tolerance=2.5) or "").splitlines() for pg in p.pages]


def toks(s: str) -> list[str]:
    return s.split()


def find_row(lines: list[str], need_sub: list[str], need_tok: list[str]) -> int | None:
    for i, ln in enumerate(lines):
        t = toks(ln)
        if all(x in ln for x in need_sub) and all(x in t for x in need_tok):
            return i
    return None


def dec(x):
    return None if x is None else Decimal(x)
