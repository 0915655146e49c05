"""Tiny backend-neutral page model for set 160: layouts draw text, rules and boxes onto pages in top-down
points; the same pages are then written with reportlab or fpdf2. Widths come from reportlab's font metrics."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
# key -> (reportlab name, fpdf family, fpdf style, ttf path or None)
FONTS = {
    "helv": ("Helvetica", "helvetica", "", None), "helv-b": ("Helvetica-Bold", "helvetica", "B", None),
    "times": ("Times-Roman", "times", "", None), "times-b": ("Times-Bold", "times", "B", None),
    "cour": ("Courier", "courier", "", None), "cour-b": ("Courier-Bold", "courier", "B", None),
    "djs": ("H160DjS", "h160djs", "", _DJ + "DejaVuSans.ttf"),
    "djs-b": ("H160DjSB", "h160djsb", "", _DJ + "DejaVuSans-Bold.ttf"),
    "djsc": ("H160DjSC", "h160djsc", "", _DJ + "DejaVuSansCondensed.ttf"),
    "djsc-b": ("H160DjSCB", "h160djscb", "", _DJ + "DejaVuSansCondensed-Bold.ttf"),
    "djserif": ("H160DjSer", "h160djser", "", _DJ + "DejaVuSerif.ttf"),
    "djserif-b": ("H160DjSerB", "h160djserb", "", _DJ + "DejaVuSerif-Bold.ttf"),
    "lserif": ("H160LSer", "h160lser", "", _LB + "LiberationSerif-Regular.ttf"),
    "lserif-b": ("H160LSerB", "h160lserb", "", _LB + "LiberationSerif-Bold.ttf"),
    "lsans": ("H160LSans", "h160lsans", "", _LB + "LiberationSans-Regular.ttf"),
    "lsans-b": ("H160LSansB", "h160lsansb", "", _LB + "LiberationSans-Bold.ttf"),
    "lnarrow": ("H160LNar", "h160lnar", "", _LB + "LiberationSansNarrow-Regular.ttf"),
    "lnarrow-b": ("H160LNarB", "h160lnarb", "", _LB + "LiberationSansNarrow-Bold.ttf"),
    "lmono": ("H160LMono", "h160lmono", "", _LB + "LiberationMono-Regular.ttf"),
    "lmono-b": ("H160LMonoB", "h160lmonob", "", _LB + "LiberationMono-Bold.ttf"),
}
for _k, (_rl, _f, _s, _p) in FONTS.items():
    if _p and _rl not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_rl, _p))


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, FONTS[font][0], size)


class Doc:
    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.pages: list[list[tuple]] = []
        self.cur: int | None = None  # draw onto this page index instead of the last one

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def ops(self) -> list:
        return self.pages[-1 if self.cur is None else self.cur]

    def text(self, x: float, y: float, s: str, font: str = "helv", size: float = 9, align: str = "l") -> None:
        if align == "r":
            x -= width(s, font, size)
        elif align == "c":
            x -= width(s, font, size) / 2
        self.ops.append(("t", x, y, font, size, s))

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5) -> None:
        self.ops.append(("l", x1, y1, x2, y2, lw))

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True) -> None:
        self.ops.append(("r", x, y, w, h, fill, stroke))

    def wrap(self, s: str, font: str, size: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if width(t, font, size) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    # ------------------------------------------------------------------ writers
    def save_reportlab(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout160 synthetic factory")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, f, sz, s = op
                    c.setFont(FONTS[f][0], sz)
                    c.drawString(x, self.h - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    if fill is not None:
                        c.setFillGray(fill)
                    c.setLineWidth(0.5)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path, title: str, when) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(when)
        pdf.set_title(title)
        pdf.set_author("heldout160 synthetic factory")
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, f, sz, s = op
                    rl, fam, st, p = FONTS[f]
                    if p and fam not in added:
                        pdf.add_font(fam, "", p)
                        added.add(fam)
                    pdf.set_font(fam, st, sz)
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    pdf.set_line_width(0.5)
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))
