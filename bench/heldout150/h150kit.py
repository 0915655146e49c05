"""Small drawing kit for set 150: record page operations once, render them with reportlab or fpdf2.

Coordinates are points from the top-left corner; ``y`` is the text baseline. "{PAGES}" and "{PAGE}" in
any text are replaced at render time, so footers can say "Page 2 of 3".
"""

from __future__ import annotations

from datetime import UTC, datetime

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
TTF = {
    "DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf",
    "DejaVuSerif": DJ + "DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ + "DejaVuSerif-Bold.ttf",
    "DejaVuSansCond": DJ + "DejaVuSansCondensed.ttf", "DejaVuSansCond-Bold": DJ + "DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": DJ + "DejaVuSansMono.ttf", "DejaVuMono-Bold": DJ + "DejaVuSansMono-Bold.ttf",
    "LibSans": LB + "LiberationSans-Regular.ttf", "LibSans-Bold": LB + "LiberationSans-Bold.ttf",
    "LibSerif": LB + "LiberationSerif-Regular.ttf", "LibSerif-Bold": LB + "LiberationSerif-Bold.ttf",
    "LibNarrow": LB + "LiberationSansNarrow-Regular.ttf", "LibNarrow-Bold": LB + "LiberationSansNarrow-Bold.ttf",
    "LibMono": LB + "LiberationMono-Regular.ttf", "LibMono-Bold": LB + "LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
_reg: set = set()


def _ensure(name: str) -> None:
    if name in CORE or name in _reg:
        return
    pdfmetrics.registerFont(TTFont(name, TTF[name]))
    _reg.add(name)


def width(s: str, font: str, size: float) -> float:
    _ensure(font)
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, font, size) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


class Doc:
    def __init__(self, producer: str, landscape: bool = False, fonts: dict | None = None):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.fonts = fonts or {"R": "Helvetica", "B": "Helvetica-Bold"}
        self.pages: list[list] = []
        self.gray = 0

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x: float, y: float, s: str, f: str = "R", size: float = 9, a: str = "l") -> None:
        self.pages[-1].append(("t", x, y, str(s), self.fonts[f], size, a))

    def hline(self, x0: float, x1: float, y: float, lw: float = 0.5) -> None:
        self.pages[-1].append(("l", x0, y, x1, y, lw))

    def vline(self, x: float, y0: float, y1: float, lw: float = 0.5) -> None:
        self.pages[-1].append(("l", x, y0, x, y1, lw))

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.6, fill: float | None = None) -> None:
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def w(self, s: str, f: str = "R", size: float = 9) -> float:
        return width(s, self.fonts[f], size)

    # ---------------------------------------------------------------------------------------- render
    def render(self, path) -> int:
        n = len(self.pages)
        if self.producer == "reportlab":
            self._rl(str(path), n)
        else:
            self._fpdf(str(path), n)
        return n

    def _sub(self, s: str, p: int, n: int) -> str:
        return s.replace("{PAGES}", str(n)).replace("{PAGE}", str(p))

    def _rl(self, path: str, n: int) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Statement")
        for p, ops in enumerate(self.pages, 1):
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, a = op
                    _ensure(font)
                    c.setFont(font, size)
                    s = self._sub(s, p, n)
                    yy = self.H - y
                    if a == "r":
                        c.drawRightString(x, yy, s)
                    elif a == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x0, y0, x1, y1, lw = op
                    c.setLineWidth(lw)
                    c.line(x0, self.H - y0, x1, self.H - y1)
                else:
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def _fpdf(self, path: str, n: int) -> None:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_auto_page_break(False)
        pdf.set_title("Statement")
        added = set()
        core_map = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
                    "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"),
                    "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
        for p, ops in enumerate(self.pages, 1):
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, a = op
                    if font in core_map:
                        fam, st = core_map[font]
                    else:
                        fam, st = font.lower().replace("-", ""), ""
                        if fam not in added:
                            pdf.add_font(fam, "", TTF[font])
                            added.add(fam)
                    pdf.set_font(fam, st, size)
                    s = self._sub(s, p, n)
                    w = pdf.get_string_width(s)
                    xx = x - w if a == "r" else (x - w / 2 if a == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x0, y0, x1, y1, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x0, y0, x1, y1)
                else:
                    _, x, y, w, h, lw, fill = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(path)


class Flow:
    """Top-down flow with page breaks. ``head(doc)`` draws page furniture on a new page and returns the y
    where content starts; ``cont`` (set by the layout while a table is open) redraws what a continued table
    repeats and returns the new y."""

    def __init__(self, doc: Doc, bottom: float, head):
        self.doc, self.bottom, self.head = doc, bottom, head
        self.cont = None
        self.doc.new_page()
        self.y = head(doc)

    def need(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.doc.new_page()
        self.y = self.head(self.doc)
        if self.cont:
            self.y = self.cont(self.y)
        return True
