"""Drawing kit for set 168: one page model (text / rule / box operations in top-left points) rendered by
either reportlab or fpdf2, and a small table cursor with page breaks. Part of the held-out factory only."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf", "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf", "LibMono-B": TT + "liberation/LiberationMono-Bold.ttf",
    "DejaCond": TT + "dejavu/DejaVuSansCondensed.ttf", "DejaCond-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaSerifCond": TT + "dejavu/DejaVuSerifCondensed.ttf",
    "DejaSerifCond-B": TT + "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaMono": TT + "dejavu/DejaVuSansMono.ttf", "DejaMono-B": TT + "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
             "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}

for _n, _p in TTF.items():
    if Path(_p).exists():
        pdfmetrics.registerFont(TTFont(_n, _p))


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, font, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Pages of operations; coordinates are points from the top-left corner, text y is the baseline."""

    def __init__(self, size: tuple[float, float], margin_bottom: float = 50):
        self.w, self.h = size
        self.pages: list[list[tuple]] = []
        self.y = 0.0
        self.bottom = self.h - margin_bottom
        self.on_new_page = None  # callable(doc) drawing page furniture, sets y
        self.on_continue = None  # callable(doc) drawing a repeated header after a break (may be None)

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 40
        if self.on_new_page:
            self.on_new_page(self)

    def need(self, h: float) -> bool:
        """Break the page if h more points do not fit; returns True if it broke."""
        if self.y + h > self.bottom:
            self.new_page()
            if self.on_continue:
                self.on_continue(self)
            return True
        return False

    def text(self, x, y, s, font, size, align="l"):
        self.pages[-1].append(("t", x, y, s, font, size, align))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))

    def cells(self, cols, vals, font, size, lead=None, wrapcol=None):
        """Draw one table row at self.y (baseline = y + size). cols: [(x, width, align)], vals: strings.
        A wrapcol index wraps that cell onto following lines. Returns the row height and moves y."""
        lead = lead or size * 1.25
        extra: list[str] = []
        base = self.y + size
        for i, ((x, w, al), v) in enumerate(zip(cols, vals)):
            if v is None or v == "":
                continue
            if i == wrapcol:
                parts = wrap(v, font, size, w - 2)
                v, extra = parts[0], parts[1:]
            if al == "r":
                self.text(x + w - 2, base, v, font, size, "r")
            elif al == "c":
                self.text(x + w / 2, base, v, font, size, "c")
            else:
                self.text(x + 2, base, v, font, size)
        for j, e in enumerate(extra):
            x, w, _ = cols[wrapcol]
            self.text(x + 2, base + lead * (j + 1), e, font, size)
        h = lead * (1 + len(extra)) + 1
        self.y += h
        return h

    # ---------------------------------------------------------------- renderers
    def save(self, path: Path, producer: str, title: str) -> None:
        if producer == "reportlab":
            self._save_rl(path, title)
        else:
            self._save_fpdf(path, title)

    def _save_rl(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout168 factory")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, al = op
                    c.setFillGray(0)
                    c.setFont(font, size)
                    if al == "r":
                        c.drawRightString(x, self.h - y, s)
                    elif al == "c":
                        c.drawCentredString(x, self.h - y, s)
                    else:
                        c.drawString(x, self.h - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.h - y - h, w, h, stroke=0, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def _save_fpdf(self, path: Path, title: str) -> None:
        from eobgen import FIXED_WHEN
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("heldout168 factory")
        used = {op[4] for ops in self.pages for op in ops if op[0] == "t"}
        for f in sorted(used):
            if f in TTF:
                pdf.add_font(f, "", TTF[f])

        def setf(f, size):
            if f in CORE_FPDF:
                fam, st = CORE_FPDF[f]
                pdf.set_font(fam, st, size)
            else:
                pdf.set_font(f, "", size)

        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, al = op
                    setf(font, size)
                    if al == "r":
                        x = x - pdf.get_string_width(s)
                    elif al == "c":
                        x = x - pdf.get_string_width(s) / 2
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, lw = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="F")
                    else:
                        pdf.rect(x, y, w, h, style="D")
        pdf.output(str(path))
