"""Small drawing kit for make_heldout140_pdfs.py: one recorded page model, emitted by reportlab or fpdf2,
plus a flowing cursor with page breaks. Coordinates are points from the top-left corner; y is the baseline."""
from __future__ import annotations

from pathlib import Path

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}


class Page:
    def __init__(self) -> None:
        self.ops: list = []


class Doc:
    """Records drawing operations; ``save`` emits them with the chosen producer."""

    def __init__(self, producer: str, font: str, landscape: bool = False) -> None:
        self.producer, self.font, self.landscape = producer, font, landscape
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[Page] = []
        self._rl_ready = False
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        self._pm = pdfmetrics
        if font not in CORE_RL:
            for nm in (font, font + "-Bold"):
                try:
                    pdfmetrics.getFont(nm)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(nm, TTF[nm]))

    def rl_name(self, bold: bool) -> str:
        if self.font in CORE_RL:
            return CORE_RL[self.font][1 if bold else 0]
        return self.font + ("-Bold" if bold else "")

    def width(self, s: str, size: float, bold: bool = False) -> float:
        return self._pm.stringWidth(s, self.rl_name(bold), size)

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append(Page())

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l") -> None:
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pages[-1].ops.append(("t", x, y, s, size, bold))

    def hline(self, x1: float, x2: float, y: float, lw: float = 0.5) -> None:
        self.pages[-1].ops.append(("l", x1, y, x2, y, lw))

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5) -> None:
        self.pages[-1].ops.append(("l", x, y1, x, y2, lw))

    def rect(self, x: float, y: float, w: float, h: float, gray: float | None = None, lw: float = 0.6) -> None:
        self.pages[-1].ops.append(("r", x, y, w, h, gray, lw))

    def save(self, path: Path) -> None:
        n = len(self.pages)
        if self.producer == "reportlab":
            self._save_rl(path, n)
        else:
            self._save_fp(path, n)

    def _save_rl(self, path: Path, n: int) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        c.setTitle("Statement")
        c.setAuthor("")
        for i, pg in enumerate(self.pages, 1):
            for op in pg.ops:
                if op[0] == "t":
                    _, x, y, s, size, bold = op
                    s = s.replace("{P}", str(i)).replace("{N}", str(n))
                    c.setFont(self.rl_name(bold), size)
                    c.drawString(x, self.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, gray, lw = op
                    c.setLineWidth(lw)
                    if gray is not None:
                        c.setFillGray(gray)
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def _save_fp(self, path: Path, n: int) -> None:
        from datetime import UTC, datetime

        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_auto_page_break(False)
        if self.font in CORE_FP:
            fam = CORE_FP[self.font]
        else:
            fam = self.font.lower()
            pdf.add_font(fam, "", TTF[self.font])
            pdf.add_font(fam, "B", TTF[self.font + "-Bold"])
        for i, pg in enumerate(self.pages, 1):
            pdf.add_page()
            for op in pg.ops:
                if op[0] == "t":
                    _, x, y, s, size, bold = op
                    s = s.replace("{P}", str(i)).replace("{N}", str(n))
                    pdf.set_font(fam, "B" if bold else "", size)
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, gray, lw = op
                    pdf.set_line_width(lw)
                    if gray is not None:
                        g = int(gray * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Flow:
    """A y cursor; ``need(h)`` breaks the page (calling ``on_break``) when h more points do not fit."""

    def __init__(self, doc: Doc, top: float, bottom: float, on_page) -> None:
        self.doc, self.top, self.bottom, self.on_page = doc, top, bottom, on_page
        self.y = top
        self.doc.new_page()
        self.y = self.on_page(self.doc, first=True)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.on_page(self.doc, first=False)
            return True
        return False
