"""Small drawing engine shared by the set-122 layouts: one API over reportlab and fpdf2 (points, y from the
top), automatic page breaks with a per-layout page-head callback, and row bookkeeping for the self-check."""
from __future__ import annotations

from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf", "DejaVuSansMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
RL_CORE = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
FP_CORE = {"helvetica", "times", "courier"}


class Doc:
    """producer 'reportlab' or 'fpdf2'; font = family name (core or key of TTF, bold = name + '-Bold')."""

    def __init__(self, producer: str, path: Path, font: str, landscape: bool = False, top: float = 40,
                 bottom: float = 48, page_head=None, page_foot=None):
        self.producer, self.path, self.font = producer, path, font
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.top, self.bottom = top, bottom
        self.page_head, self.page_foot = page_head, page_foot
        self.page = 0
        self.y = top
        self.rows: list[tuple[int, list[str]]] = []  # (page, tokens) per recorded row
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if font not in RL_CORE:
                for nm in (font, font + "-Bold"):
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, str(FONT_DIR / TTF[nm])))
            self.c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1, pageCompression=0)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF
            from samples.pdf.eobgen import FIXED_WHEN
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_title(path.stem)
            if font.lower() not in FP_CORE:
                self.c.add_font(font, "", str(FONT_DIR / TTF[font]))
                self.c.add_font(font, "B", str(FONT_DIR / TTF[font + "-Bold"]))
        self.new_page(first=True)

    # ---------------------------------------------------------------- primitives
    def _fontname(self, bold: bool):
        if self.producer == "reportlab":
            if self.font in RL_CORE:
                return RL_CORE[self.font] if bold else self.font
            return self.font + "-Bold" if bold else self.font
        return self.font

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._fontname(bold), size)
        self.c.set_font(self.font, "B" if bold else "", size)
        return self.c.get_string_width(s)

    def text(self, x: float, s: str, size: float = 8, bold: bool = False, align: str = "l", y: float | None = None):
        yy = self.y if y is None else y
        if align == "r":
            x -= self.width(s, size, bold)
        elif align == "c":
            x -= self.width(s, size, bold) / 2
        if self.producer == "reportlab":
            self.c.setFont(self._fontname(bold), size)
            self.c.drawString(x, self.h - yy, s)
        else:
            self.c.set_font(self.font, "B" if bold else "", size)
            self.c.text(x, yy, s)

    def line(self, x1, y1, x2, y2, width=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(width)
            self.c.line(x1, self.h - y1, x2, self.h - y2)
        else:
            self.c.set_line_width(width)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, width=0.5):
        """y = top edge; fill = grey level 0..1 (no stroke) or None (stroke only)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(width)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.h - y - h, w, h, stroke=0, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(width)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="F")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h, style="D")

    # ---------------------------------------------------------------- flow
    def new_page(self, first: bool = False):
        if not first:
            if self.page_foot:
                self.page_foot(self)
            if self.producer == "reportlab":
                self.c.showPage()
        if self.producer == "fpdf2":
            self.c.add_page()
        self.page += 1
        self.y = self.top
        if self.page_head:
            self.page_head(self)

    def ensure(self, need: float) -> bool:
        if self.y + need > self.h - self.bottom:
            self.new_page()
            return True
        return False

    def row(self, cols, cells, size=8, bold=False, lead=None, record=False, tokens=None):
        """cols: list of (x, align); cells: strings (None/'' skipped). Returns page. Advances y by lead."""
        for (x, al), s in zip(cols, cells):
            if s:
                self.text(x, s, size, bold, al)
        if record:
            self.rows.append((self.page, list(tokens if tokens is not None else [c for c in cells if c])))
        self.y += lead if lead is not None else size * 1.45
        return self.page

    def finish(self):
        if self.page_foot:
            self.page_foot(self)
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


def render_twice(build, *args):
    """Render once to learn the page count, then again with it (for 'Page n of N')."""
    doc = build(*args, total=None)
    n = doc.page
    return build(*args, total=n)
