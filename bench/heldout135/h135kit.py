"""Small drawing kit for the heldout135 factory: one page model, two PDF producers (reportlab, fpdf2)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FD = "/usr/share/fonts/truetype/"
FONTS = {
    "Helvetica": None, "Courier": None, "Times": None,
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
_CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
            "Times": ("Times-Roman", "Times-Bold")}


def rl_name(fam: str, bold: bool) -> str:
    if FONTS[fam] is None:
        return _CORE_RL[fam][1 if bold else 0]
    name = fam + ("-B" if bold else "-R")
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, _FD + FONTS[fam][1 if bold else 0]))
    return name


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(fam, bold), size)


class Doc:
    """Pages of drawing items in top-origin points; y of text is its baseline."""

    def __init__(self, fam: str, landscape: bool = False):
        self.fam = fam
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list] = [[]]

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, size=8.5, bold=False, align="l", fam=None):
        fam = fam or self.fam
        if align != "l":
            w = width(s, fam, size, bold)
            x = x - w if align == "r" else x - w / 2
        self.pages[-1].append(("t", x, y, s, fam, size, bold))

    def hline(self, x1, x2, y, lw=0.5):
        self.pages[-1].append(("l", x1, y, x2, y, lw))

    def vline(self, x, y1, y2, lw=0.5):
        self.pages[-1].append(("l", x, y1, x, y2, lw))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    # ------------------------------------------------------------------ producers
    def save(self, path, producer: str, title: str) -> None:
        (self._save_rl if producer == "reportlab" else self._save_fpdf)(str(path), title)

    def _save_rl(self, path, title):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout135 factory")
        for items in self.pages:
            for it in items:
                if it[0] == "t":
                    _, x, y, s, fam, size, bold = it
                    c.setFont(rl_name(fam, bold), size)
                    c.drawString(x, self.H - y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, lw = it
                    c.setLineWidth(lw)
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

    def _save_fpdf(self, path, title):
        from eobgen import FIXED_WHEN
        from fpdf import FPDF
        if self.W > self.H:
            pdf = FPDF(orientation="L", unit="pt", format=(self.H, self.W))
        else:
            pdf = FPDF(orientation="P", unit="pt", format=(self.W, self.H))
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("heldout135 factory")
        pdf.set_auto_page_break(False)
        added = set()

        def setf(fam, bold, size):
            if FONTS[fam] is None:
                pdf.set_font(fam.lower(), "B" if bold else "", size)
                return
            key = fam + ("B" if bold else "")
            if key not in added:
                pdf.add_font(key, "", _FD + FONTS[fam][1 if bold else 0])
                added.add(key)
            pdf.set_font(key, "", size)

        for items in self.pages:
            pdf.add_page()
            for it in items:
                if it[0] == "t":
                    _, x, y, s, fam, size, bold = it
                    setf(fam, bold, size)
                    pdf.text(x, y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, lw = it
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, lw, fill = it
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h, style="D")
        pdf.output(path)


class Table:
    """Column specs [(heading, x, align)] where x is the left edge (align l) or right edge (align r)."""

    def __init__(self, doc: Doc, cols, size=8.0, bold_head=True):
        self.doc, self.cols, self.size, self.bold_head = doc, cols, size, bold_head

    def head(self, y, lines=1):
        for name, x, al in self.cols:
            for k, part in enumerate(name.split("\n")):
                self.doc.text(x, y + k * (self.size + 1.5), part, self.size, self.bold_head, al)

    def row(self, y, cells, bold=False):
        for (name, x, al), v in zip(self.cols, cells):
            if v is not None and v != "":
                self.doc.text(x, y, v, self.size, bold, al)
