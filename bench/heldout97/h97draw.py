"""Tiny drawing layer for set 97: layouts draw into a page list (top-left origin, points), then one of two
producers (reportlab canvas or fpdf2) renders it. Fonts are core PDF fonts or TrueType files on the machine."""

from __future__ import annotations

from pathlib import Path

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
           "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class Doc:
    def __init__(self, w: float, h: float, top: float = 40, bottom: float = 50):
        self.w, self.h, self.top, self.bottom = w, h, top, bottom
        self.pages: list[list[tuple]] = []
        self.y = top
        self.on_new_page = None  # callback(doc) that draws running heads and moves y

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.on_new_page:
            self.on_new_page(self)

    def text(self, x, y, s, font="Helvetica", size=8.0, align="l", gray=0.0):
        self.pages[-1].append(("t", x, y, str(s), font, size, align, gray))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def need(self, h: float) -> bool:
        """Start a new page when fewer than h points are left; True when a break happened."""
        if self.y + h > self.h - self.bottom:
            self.new_page()
            return True
        return False

    def row(self, cols, vals, font, size, y=None, gray=0.0):
        y = self.y if y is None else y
        for (x, al), v in zip(cols, vals):
            if v is not None and v != "":
                self.text(x, y, v, font, size, al, gray)

    # ---------------------------------------------------------------------------- producers
    def render_reportlab(self, path: Path, title: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        used = {op[4] for p in self.pages for op in p if op[0] == "t"}
        for f in used:
            if f not in CORE_RL and f not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(f, FONTS[f]))
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("")
        for p in self.pages:
            for op in p:
                if op[0] == "t":
                    _, x, y, s, f, sz, al, g = op
                    s = s.replace("{NP}", str(len(self.pages)))
                    c.setFillGray(g)
                    c.setFont(f, sz)
                    yy = self.h - y
                    if al == "r":
                        c.drawRightString(x, yy, s)
                    elif al == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    c.setStrokeGray(g)
                    c.setLineWidth(w)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def render_fpdf(self, path: Path, title: str) -> None:
        from fpdf import FPDF

        from eobgen import FIXED_WHEN

        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        used = {op[4] for p in self.pages for op in p if op[0] == "t"}
        for f in sorted(used):
            if f not in CORE_FP:
                pdf.add_font(f, "", FONTS[f])
        for p in self.pages:
            pdf.add_page()
            for op in p:
                if op[0] == "t":
                    _, x, y, s, f, sz, al, g = op
                    s = s.replace("{NP}", str(len(self.pages)))
                    fam, st = CORE_FP.get(f, (f, ""))
                    pdf.set_font(fam, st, sz)
                    pdf.set_text_color(int(g * 255))
                    wdt = pdf.get_string_width(s)
                    xx = x - wdt if al == "r" else x - wdt / 2 if al == "c" else x
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    pdf.set_draw_color(int(g * 255))
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_draw_color(0)
                    pdf.set_line_width(lw)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))
