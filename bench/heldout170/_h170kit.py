"""Small drawing kit for make_heldout170_pdfs.py: one list of page operations, two PDF producers."""
from __future__ import annotations

from pathlib import Path

FONTDIR = {"dejavu": "/usr/share/fonts/truetype/dejavu/", "lib": "/usr/share/fonts/truetype/liberation/"}
TTF = {
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "LSans": "lib/LiberationSans-Regular.ttf", "LSans-B": "lib/LiberationSans-Bold.ttf",
    "LNarrow": "lib/LiberationSansNarrow-Regular.ttf", "LNarrow-B": "lib/LiberationSansNarrow-Bold.ttf",
    "LSerif": "lib/LiberationSerif-Regular.ttf", "LSerif-B": "lib/LiberationSerif-Bold.ttf",
    "LMono": "lib/LiberationMono-Regular.ttf", "LMono-B": "lib/LiberationMono-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
             "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


def ttf_path(key: str) -> str:
    d, f = TTF[key].split("/")
    return FONTDIR[d] + f


class Doc:
    """Pages of ops; coordinates in points from the top-left corner."""

    def __init__(self, landscape: bool = False):
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []
        self.font = ("Helvetica", 9.0)
        self.new_page()

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def setfont(self, name: str, size: float) -> None:
        self.font = (name, size)

    def text(self, x: float, y: float, s: str, align: str = "l", font: tuple | None = None) -> None:
        f = font or self.font
        self.pages[-1].append(("text", x, y, s, align, f[0], f[1]))

    def line(self, x1, y1, x2, y2, width: float = 0.5) -> None:
        self.pages[-1].append(("line", x1, y1, x2, y2, width))

    def rect(self, x, y, w, h, fill: float | None = None, width: float = 0.6) -> None:
        self.pages[-1].append(("rect", x, y, w, h, fill, width))

    def width(self, s: str, font: tuple | None = None) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        f = font or self.font
        _reg_rl(f[0])
        return stringWidth(s, f[0], f[1])

    # ---------------------------------------------------------------- producers
    def save(self, path: Path, producer: str, title: str) -> None:
        if producer == "reportlab":
            self._save_rl(path, title)
        else:
            self._save_fpdf(path, title)

    def _save_rl(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        for ops in self.pages:
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, al, fn, fs = op
                    _reg_rl(fn)
                    c.setFont(fn, fs)
                    yy = self.h - y
                    if al == "r":
                        c.drawRightString(x, yy, s)
                    elif al == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "line":
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
        import datetime as _dt

        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(_dt.datetime(2026, 2, 2, 9, 30, tzinfo=_dt.UTC))
        pdf.set_title(title)
        added: set = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, al, fn, fs = op
                    if fn in CORE_FPDF:
                        fam, st = CORE_FPDF[fn]
                    else:
                        if fn not in added:
                            pdf.add_font(fn, "", ttf_path(fn))
                            added.add(fn)
                        fam, st = fn, ""
                    pdf.set_font(fam, st, fs)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "line":
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
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


_RL_DONE: set = set()


def _reg_rl(fn: str) -> None:
    if fn in CORE_FPDF or fn in _RL_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont(fn, ttf_path(fn)))
    _RL_DONE.add(fn)
