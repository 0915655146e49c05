"""Tiny page-drawing kit for set 100: a producer-neutral list of drawing items per page, rendered either with
reportlab (invariant) or fpdf2 (fixed creation date), plus a flowing cursor that breaks pages."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype"
TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Doc:
    def __init__(self, font: str, landscape: bool = False):
        self.font = font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.pages: list[list[tuple]] = []

    def new_page(self) -> None:
        self.pages.append([])

    @property
    def pageno(self) -> int:
        return len(self.pages)

    def t(self, x, y, s, size=8.0, bold=False, align="l"):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align))

    def hl(self, y, x1=None, x2=None, w=0.5):
        self.pages[-1].append(("l", x1 if x1 is not None else 36, y, x2 if x2 is not None else self.W - 36, y, w))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    # -------------------------------------------------------------- render
    def render(self, path: Path, producer: str) -> int:
        n = str(len(self.pages))
        self.pages = [[(it[:3] + (it[3].replace("{NP}", n),) + it[4:]) if it[0] == "t" else it for it in pg]
                      for pg in self.pages]
        if producer == "reportlab":
            self._rl(path)
        else:
            self._fpdf(path)
        return len(self.pages)

    def _rl(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        if self.font in CORE_RL:
            reg, bold = CORE_RL[self.font]
        else:
            reg, bold = self.font, self.font + "-Bold"
            r, b = TTF[self.font]
            pdfmetrics.registerFont(TTFont(reg, f"{FONT_DIR}/{r}"))
            pdfmetrics.registerFont(TTFont(bold, f"{FONT_DIR}/{b}"))
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Statement")
        for items in self.pages:
            for it in items:
                if it[0] == "t":
                    _, x, y, s, size, b, al = it
                    c.setFont(bold if b else reg, size)
                    yy = self.H - y
                    if al == "r":
                        c.drawRightString(x, yy, s)
                    elif al == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w = it
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, lw, fill = it
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def _fpdf(self, path: Path) -> None:
        from fpdf import FPDF

        from eobgen import FIXED_WHEN
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        if self.font in CORE_RL:
            fam = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}[self.font]
        else:
            fam = self.font
            r, b = TTF[self.font]
            pdf.add_font(fam, "", f"{FONT_DIR}/{r}")
            pdf.add_font(fam, "B", f"{FONT_DIR}/{b}")
        for items in self.pages:
            pdf.add_page()
            for it in items:
                if it[0] == "t":
                    _, x, y, s, size, b, al = it
                    pdf.set_font(fam, "B" if b else "", size)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                    pdf.text(xx, y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w = it
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, lw, fill = it
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Flow:
    """A y cursor over a Doc: ``take(h)`` returns the y for a row of height h, starting a new page (and calling
    ``on_page(doc, continued)`` to draw furniture, which returns the first free y) when the row would not fit."""

    def __init__(self, doc: Doc, on_page, bottom: float):
        self.doc, self.on_page, self.bottom = doc, on_page, bottom
        doc.new_page()
        self.y = on_page(doc, False)

    def take(self, h: float, keep: float = 0.0) -> float:
        if self.y + h + keep > self.bottom:
            self.break_page()
        y = self.y
        self.y += h
        return y

    def break_page(self) -> None:
        self.doc.new_page()
        self.y = self.on_page(self.doc, True)

    @property
    def page(self) -> int:
        return self.doc.pageno
