"""Small drawing kit for set 142: one page-op list, rendered by reportlab or fpdf2 (both deterministic)."""
from __future__ import annotations

from pathlib import Path

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


def ttf(name: str) -> str:
    for d in FONT_DIRS:
        p = Path(d) / (name + ".ttf")
        if p.exists():
            return str(p)
    raise FileNotFoundError(name)


class Doc:
    """Collects text/line/rect ops per page (y measured from the top, text y = baseline); renders at save."""

    def __init__(self, producer: str, size=(612, 792), top=54, bottom=60):
        self.producer, self.w, self.h = producer, size[0], size[1]
        self.pages: list[list] = []
        self.top, self.bottom = top, bottom
        self.y = 0.0
        self.header = None  # callable(doc) drawn at each new page
        self.fonts: set[str] = set()
        self._measure = None

    # ---- measuring (reportlab metrics serve both back ends closely enough for layout)
    def width(self, s: str, font: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
        from reportlab.pdfbase.ttfonts import TTFont
        if font not in CORE and font not in self.fonts:
            registerFont(TTFont(font, ttf(font)))
        self.fonts.add(font)
        return stringWidth(s, font, size)

    def new_page(self):
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def need(self, h: float) -> bool:
        """Start a new page if h points do not fit; True when a break happened."""
        if self.y + h > self.h - self.bottom:
            self.new_page()
            return True
        return False

    def text(self, x, y, s, font="Helvetica", size=9, align="l"):
        self.width("x", font, size)
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def wrap(self, s: str, font: str, size: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t, font, size) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def save(self, path: Path, title: str):
        n = len(self.pages)
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
            c.setTitle(title)
            c.setAuthor("set142")
            for i, ops in enumerate(self.pages, 1):
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, font, size, al = op
                        s = s.replace("{PAGE}", str(i)).replace("{PAGES}", str(n))
                        c.setFont(font, size)
                        yy = self.h - y
                        (c.drawString if al == "l" else c.drawRightString if al == "r" else c.drawCentredString)(x, yy, s)
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, lw = op
                        c.setLineWidth(lw)
                        c.line(x1, self.h - y1, x2, self.h - y2)
                    else:
                        _, x, y, w, h, lw, fill = op
                        c.setLineWidth(lw)
                        if fill is not None:
                            c.setFillGray(fill)
                        c.rect(x, self.h - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
                        c.setFillGray(0)
                c.showPage()
            c.save()
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            pdf = FPDF(unit="pt", format=(self.w, self.h))
            pdf.set_creation_date(FIXED_WHEN)
            pdf.set_title(title)
            pdf.set_auto_page_break(False)
            for f in sorted(self.fonts - CORE):
                pdf.add_font(f, "", ttf(f))
            core = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
                    "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"), "Courier": ("courier", ""),
                    "Courier-Bold": ("courier", "B")}
            for i, ops in enumerate(self.pages, 1):
                pdf.add_page()
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, font, size, al = op
                        s = s.replace("{PAGE}", str(i)).replace("{PAGES}", str(n))
                        fam, st = core.get(font, (font, ""))
                        pdf.set_font(fam, st, size)
                        w = pdf.get_string_width(s)
                        xx = x if al == "l" else x - w if al == "r" else x - w / 2
                        pdf.text(xx, y, s)
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, lw = op
                        pdf.set_line_width(lw)
                        pdf.line(x1, y1, x2, y2)
                    else:
                        _, x, y, w, h, lw, fill = op
                        pdf.set_line_width(lw)
                        if fill is not None:
                            g = int(fill * 255)
                            pdf.set_fill_color(g, g, g)
                            pdf.rect(x, y, w, h, style="DF")
                        else:
                            pdf.rect(x, y, w, h)
            pdf.output(str(path))


class Table:
    """Columns as (x, align); 'r' columns are right-aligned at x."""

    def __init__(self, doc: Doc, cols, font, size, lead=None):
        self.doc, self.cols, self.font, self.size = doc, cols, font, size
        self.lead = lead or size * 1.35

    def row(self, cells, font=None, size=None):
        d = self.doc
        for (x, al), c in zip(self.cols, cells):
            if c not in (None, ""):
                d.text(x, d.y, c, font or self.font, size or self.size, al)
        d.y += self.lead
