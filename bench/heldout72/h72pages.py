"""Small drawing layer for set 72: layouts emit text / rule / box operations in top-down points; either
reportlab or fpdf2 renders them. Widths are measured with reportlab metrics for both producers."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = "/usr/share/fonts/truetype"
TTF = {
    "LibSans": f"{FONTS}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{FONTS}/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": f"{FONTS}/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": f"{FONTS}/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": f"{FONTS}/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": f"{FONTS}/liberation/LiberationSerif-Bold.ttf",
    "LibMono": f"{FONTS}/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": f"{FONTS}/liberation/LiberationMono-Bold.ttf",
    "DjSans": f"{FONTS}/dejavu/DejaVuSans.ttf",
    "DjSans-B": f"{FONTS}/dejavu/DejaVuSans-Bold.ttf",
    "DjCond": f"{FONTS}/dejavu/DejaVuSansCondensed.ttf",
    "DjCond-B": f"{FONTS}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerif": f"{FONTS}/dejavu/DejaVuSerif.ttf",
    "DjSerif-B": f"{FONTS}/dejavu/DejaVuSerif-Bold.ttf",
    "DjMono": f"{FONTS}/dejavu/DejaVuSansMono.ttf",
    "DjMono-B": f"{FONTS}/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
        "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
_reg: set[str] = set()


def _rl_font(name: str) -> str:
    if name in CORE:
        return name
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, TTF[name]))
        _reg.add(name)
    return name


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_font(font), size)


class Doc:
    def __init__(self, w: float, h: float, fonts: dict[str, str]):
        self.w, self.h, self.fonts = w, h, fonts  # fonts: key ("R", "B") -> font name
        self.pages: list[list[tuple]] = [[]]

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, f="R", size=8.0, align="L", gray=0.0):
        s = str(s)
        fn = self.fonts[f]
        if align == "R":
            x -= width(s, fn, size)
        elif align == "C":
            x -= width(s, fn, size) / 2
        self.pages[-1].append(("t", x, y, s, fn, size, gray))

    def rule(self, x1, y1, x2, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def box(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def wrap(self, s: str, f: str, size: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and width(t, self.fonts[f], size) > maxw:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def para(self, x, y, s, f="R", size=8.0, maxw=200.0, lead=None):
        lead = lead or size * 1.25
        for ln in self.wrap(s, f, size, maxw):
            self.text(x, y, ln, f, size)
            y += lead
        return y

    def row(self, cols, values, y, f="R", size=8.0):
        """cols: list of (x, w, align); values: same length (None/'' skipped)."""
        for (x, w, a), v in zip(cols, values):
            if v is None or v == "":
                continue
            if a == "R":
                self.text(x + w - 2, y, v, f, size, "R")
            elif a == "C":
                self.text(x + w / 2, y, v, f, size, "C")
            else:
                self.text(x + 2, y, v, f, size)

    # ------------------------------------------------------------------ rendering
    def save_reportlab(self, path: Path) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(path.stem)
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, fn, size, gray = op
                    s = s.replace("{NP}", str(len(self.pages)))
                    c.setFillGray(gray)
                    c.setFont(_rl_font(fn), size)
                    c.drawString(x, self.h - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, gray = op
                    c.setStrokeGray(gray)
                    c.setLineWidth(lw)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path, when) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(when)
        pdf.set_title(path.stem)
        added: set[str] = set()
        for fn in sorted(set(self.fonts.values())):
            if fn not in CORE and fn not in added:
                pdf.add_font(fn, "", TTF[fn])
                added.add(fn)
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, fn, size, gray = op
                    s = s.replace("{NP}", str(len(self.pages)))
                    if fn in CORE:
                        fam, st = CORE[fn]
                        pdf.set_font(fam, st, size)
                    else:
                        pdf.set_font(fn, "", size)
                    g = int(gray * 255)
                    pdf.set_text_color(g, g, g)
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, gray = op
                    g = int(gray * 255)
                    pdf.set_draw_color(g, g, g)
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0, 0, 0)
                    style = ""
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        style += "F"
                    if stroke:
                        style = "DF" if style else "D"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))
