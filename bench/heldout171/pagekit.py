"""Tiny page-drawing kit for set 171: a layout is a list of pages of drawing ops (text, rule, box), rendered by
reportlab or fpdf2. Coordinates are points from the TOP-left corner; text y is the baseline."""

from __future__ import annotations

from pathlib import Path

from samples.pdf.eobgen import FIXED_WHEN

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
             "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}

LETTER = (612.0, 792.0)
LANDSCAPE = (792.0, 612.0)


class Doc:
    def __init__(self, size, font: str, bold: str):
        self.w, self.h = size
        self.font, self.bold = font, bold
        self.pages: list[list[tuple]] = []
        self.new_page()

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, size=9, bold=False, align="l", font=None):
        self.pages[-1].append(("text", x, y, str(s), font or (self.bold if bold else self.font), size, align))

    def rule(self, x1, y1, x2, y2, width=0.6):
        self.pages[-1].append(("line", x1, y1, x2, y2, width))

    def box(self, x, y, w, h, fill=None, width=0.6):
        self.pages[-1].append(("rect", x, y, w, h, fill, width))


def render_reportlab(doc: Doc, path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle("Statement")
    for page in doc.pages:
        for op in page:
            if op[0] == "text":
                _, x, y, s, font, size, align = op
                if font not in CORE_RL and font not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(font, TTF[font]))
                c.setFont(font, size)
                yy = doc.h - y
                if align == "r":
                    c.drawRightString(x, yy, s)
                elif align == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, wd = op
                c.setLineWidth(wd)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            elif op[0] == "rect":
                _, x, y, w, h, fill, wd = op
                c.setLineWidth(wd)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if doc.w > doc.h else "P", unit="pt", format=(min(doc.w, doc.h), max(doc.w, doc.h)))
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_title("Statement")
    added = set()
    for page in doc.pages:
        pdf.add_page()
        for op in page:
            if op[0] == "text":
                _, x, y, s, font, size, align = op
                if font in CORE_FPDF:
                    fam, st = CORE_FPDF[font]
                else:
                    fam, st = font, ""
                    if font not in added:
                        pdf.add_font(font, "", TTF[font])
                        added.add(font)
                pdf.set_font(fam, st, size)
                wd = pdf.get_string_width(s)
                xx = x - wd if align == "r" else (x - wd / 2 if align == "c" else x)
                pdf.text(xx, y, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, wd = op
                pdf.set_line_width(wd)
                pdf.line(x1, y1, x2, y2)
            elif op[0] == "rect":
                _, x, y, w, h, fill, wd = op
                pdf.set_line_width(wd)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


def wrap(s: str, n: int) -> list[str]:
    """Split text into lines of at most n characters at spaces."""
    out, cur = [], ""
    for word in s.split():
        if cur and len(cur) + 1 + len(word) > n:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    if cur:
        out.append(cur)
    return out or [""]
