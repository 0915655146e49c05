"""Small drawing layer for set 219: one API over reportlab and fpdf2 (y measured from the page top, baseline)."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DVSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "DVSerifCond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}

LETTER = (612.0, 792.0)


class Doc:
    def __init__(self, producer: str, path: Path, landscape: bool, family: str, fixed_when=None):
        self.producer, self.path, self.family = producer, path, family
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.pages = 0
        self._size, self._bold = 9.0, False
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family in TTF:
                for i, f in enumerate(TTF[family]):
                    name = family + ("-B" if i else "")
                    try:
                        pdfmetrics.getFont(name)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
                self._names = (family, family + "-B")
            else:
                self._names = CORE_RL[family]
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
            self.c.setAuthor("")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if fixed_when is not None:
                self.c.set_creation_date(fixed_when)
            import fpdf
            self.c.set_producer(f"PyFPDF/fpdf{fpdf.__version__}")
            if family in TTF:
                self.c.add_font(family, "", str(FONT_DIR / TTF[family][0]))
                self.c.add_font(family, "B", str(FONT_DIR / TTF[family][1]))
                self._fam = family
            else:
                self._fam = CORE_FP[family]

    # ---------------------------------------------------------------- pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1
        self.font(9)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))

    # ---------------------------------------------------------------- text
    def font(self, size: float, bold: bool = False) -> None:
        self._size, self._bold = size, bold
        if self.producer == "reportlab":
            self.c.setFont(self._names[1 if bold else 0], size)
        else:
            self.c.set_font(self._fam, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._names[1 if self._bold else 0], self._size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if not s:
            return
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def wrap(self, s: str, width: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t) > width:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    # ---------------------------------------------------------------- lines and boxes
    def hline(self, x1: float, x2: float, y: float, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(lw)
            self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(lw)
            self.c.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        """Rectangle with top-left (x, y); fill is a grey level 0..1 (None: no fill)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style = "F"
            if stroke:
                style += "D"
            self.c.rect(x, y, w, h, style=style or "D")
            self.c.set_fill_color(0, 0, 0)
