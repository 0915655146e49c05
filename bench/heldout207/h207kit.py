"""Page model and two renderers (reportlab, fpdf2) for bench/heldout207. Coordinates are points from the top-left."""

from __future__ import annotations

from pathlib import Path

TTF = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


class Doc:
    """A list of pages, each a list of drawing ops. '{T}' in text is replaced by the page total when rendered."""

    def __init__(self, landscape: bool = False):
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font, size, align="L"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, width=0.5, grey=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, width, grey))

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, width))


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    for f in used:
        if f not in CORE and f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, TTF[f]))
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("heldout207")
    total = len(doc.pages)
    for pg in doc.pages:
        for op in pg:
            if op[0] == "t":
                _, x, y, s, font, size, align = op
                s = s.replace("{T}", str(total))
                c.setFont(font, size)
                c.setFillGray(0)
                if align == "R":
                    c.drawRightString(x, doc.h - y, s)
                elif align == "C":
                    c.drawCentredString(x, doc.h - y, s)
                else:
                    c.drawString(x, doc.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, width, grey = op
                c.setLineWidth(width)
                c.setStrokeGray(grey)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, fill, stroke, width = op
                c.setLineWidth(width)
                c.setStrokeGray(0)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str) -> None:
    from eobgen import FIXED_WHEN
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if doc.w > doc.h else "P", unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_title(title)
    pdf.set_author("heldout207")
    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    fmap = {}
    for f in sorted(used):
        if f in CORE:
            fam = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}[f.split("-")[0]]
            fmap[f] = (fam, "B" if f.endswith("Bold") else "")
        else:
            fam = f.replace("-Bold", "")
            style = "B" if f.endswith("-Bold") else ""
            pdf.add_font(fam, style, TTF[f])
            fmap[f] = (fam, style)
    total = len(doc.pages)
    for pg in doc.pages:
        pdf.add_page()
        for op in pg:
            if op[0] == "t":
                _, x, y, s, font, size, align = op
                s = s.replace("{T}", str(total))
                fam, style = fmap[font]
                pdf.set_font(fam, style, size)
                w = pdf.get_string_width(s)
                if align == "R":
                    x -= w
                elif align == "C":
                    x -= w / 2
                pdf.text(x, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, width, grey = op
                pdf.set_line_width(width)
                pdf.set_draw_color(int(grey * 255))
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, stroke, width = op
                pdf.set_line_width(width)
                pdf.set_draw_color(0)
                style = ""
                if fill is not None:
                    pdf.set_fill_color(int(fill * 255))
                    style += "F"
                if stroke:
                    style = "D" if not style else "DF"
                pdf.rect(x, y, w, h, style=style)
    pdf.output(str(path))
