"""Tiny page-op recorder for set 75: one list of drawing ops per page, rendered by reportlab or fpdf2."""

from __future__ import annotations

from pathlib import Path

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerifCond": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
}
CORE = {"Helvetica": ("Helvetica", ""), "Helvetica-B": ("Helvetica", "B"), "Courier": ("Courier", ""),
        "Courier-B": ("Courier", "B"), "Times": ("Times", ""), "Times-B": ("Times", "B")}
RL_CORE = {"Helvetica": "Helvetica", "Helvetica-B": "Helvetica-Bold", "Courier": "Courier",
           "Courier-B": "Courier-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold"}


class Doc:
    """Coordinates in points from the top-left corner; text y is the baseline."""

    def __init__(self, w: float, h: float, regular: str, bold: str):
        self.w, self.h = w, h
        self.fonts = {"R": regular, "B": bold}
        self.pages: list[list[tuple]] = [[]]

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, size=8.0, bold=False, align="l"):
        self.pages[-1].append(("t", x, y, str(s), size, "B" if bold else "R", align))

    def ln(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def box(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    # ------------------------------------------------------------------ renderers
    def render_rl(self, path: Path) -> None:
        from reportlab import rl_config
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        rl_config.invariant = 1
        names = {}
        for k, f in self.fonts.items():
            if f in RL_CORE:
                names[k] = RL_CORE[f]
            else:
                try:
                    pdfmetrics.getFont(f)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(f, TTF[f]))
                names[k] = f
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setAuthor("")
        c.setTitle(path.stem)
        H = self.h
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, fk, al = op
                    c.setFont(names[fk], size)
                    c.setFillGray(0)
                    if al == "r":
                        c.drawRightString(x, H - y, s)
                    elif al == "c":
                        c.drawCentredString(x, H - y, s)
                    else:
                        c.drawString(x, H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.setStrokeGray(0)
                    c.line(x1, H - y1, x2, H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def render_fpdf(self, path: Path, when) -> None:
        from fpdf import FPDF

        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_creation_date(when)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        spec = {}
        for k, f in self.fonts.items():
            if f in CORE:
                spec[k] = CORE[f]
            else:
                pdf.add_font(f, "", TTF[f])
                spec[k] = (f, "")
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, fk, al = op
                    fam, st = spec[fk]
                    pdf.set_font(fam, st, size)
                    pdf.set_text_color(0)
                    wdt = pdf.get_string_width(s)
                    if al == "r":
                        x -= wdt
                    elif al == "c":
                        x -= wdt / 2
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.set_draw_color(0)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style += "F"
                    if stroke:
                        style = "D" + style if style else "D"
                    if style == "DF" or style == "FD":
                        style = "DF"
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))
