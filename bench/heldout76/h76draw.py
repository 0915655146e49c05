"""Drawing surface for set 76: layouts draw in top-left points on a Doc (a list of pages of operations); the Doc
is then rendered by reportlab or by fpdf2. "{NP}" in any text becomes the page count at render time."""

from __future__ import annotations

from pathlib import Path

TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSerif": (TTF + "liberation/LiberationSerif-Regular.ttf", TTF + "liberation/LiberationSerif-Bold.ttf"),
    "LibSans": (TTF + "liberation/LiberationSans-Regular.ttf", TTF + "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": (TTF + "liberation/LiberationSansNarrow-Regular.ttf", TTF + "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": (TTF + "liberation/LiberationMono-Regular.ttf", TTF + "liberation/LiberationMono-Bold.ttf"),
    "DejaSans": (TTF + "dejavu/DejaVuSans.ttf", TTF + "dejavu/DejaVuSans-Bold.ttf"),
    "DejaSerifC": (TTF + "dejavu/DejaVuSerifCondensed.ttf", TTF + "dejavu/DejaVuSerifCondensed-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}


class Doc:
    def __init__(self, width: float, height: float, family: str) -> None:
        self.w, self.h, self.family = width, height, family
        self.pages: list[list[tuple]] = [[]]

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, size=8.0, bold=False, align="l", gray=0.0) -> None:
        self.pages[-1].append(("text", x, y, str(s), size, bold, align, gray))

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0) -> None:
        self.pages[-1].append(("line", x1, y1, x2, y2, width, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5) -> None:
        self.pages[-1].append(("rect", x, y, w, h, fill, stroke, width))

    def width_of(self, s: str, size: float, bold=False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, _rl_font(self.family, bold), size)

    def wrap(self, s: str, size: float, maxw: float, bold=False) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width_of(t, size, bold) > maxw:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]


_REG: set = set()


def _rl_font(family: str, bold: bool) -> str:
    if family in CORE_RL:
        return CORE_RL[family][1 if bold else 0]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name = f"{family}{'-B' if bold else ''}"
    if name not in _REG:
        pdfmetrics.registerFont(TTFont(name, FONTS[family][1 if bold else 0]))
        _REG.add(name)
    return name


def render_rl(doc: Doc, path: Path) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle("statement")
    n = len(doc.pages)
    H = doc.h
    for ops in doc.pages:
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, bold, align, gray = op
                s = s.replace("{NP}", str(n))
                c.setFillGray(gray)
                c.setFont(_rl_font(doc.family, bold), size)
                {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, H - y, s)
                c.setFillGray(0)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, gray = op
                c.setLineWidth(w)
                c.setStrokeGray(gray)
                c.line(x1, H - y1, x2, H - y2)
                c.setStrokeGray(0)
            else:
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, when) -> None:
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_creation_date(when)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    if doc.family in CORE_FP:
        fam = CORE_FP[doc.family]
    else:
        fam = doc.family.lower()
        pdf.add_font(fam, "", FONTS[doc.family][0])
        pdf.add_font(fam, "B", FONTS[doc.family][1])
    n = len(doc.pages)
    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, bold, align, gray = op
                s = s.replace("{NP}", str(n))
                pdf.set_font(fam, "B" if bold else "", size)
                g = int(round(gray * 255))
                pdf.set_text_color(g, g, g)
                w = pdf.get_string_width(s)
                xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                pdf.text(xx, y, s)
                pdf.set_text_color(0, 0, 0)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, gray = op
                g = int(round(gray * 255))
                pdf.set_draw_color(g, g, g)
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
                pdf.set_draw_color(0, 0, 0)
            else:
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_line_width(lw)
                style = ("D" if fill is None else ("DF" if stroke else "F")) if (stroke or fill is not None) else "D"
                if fill is not None:
                    g = int(round(fill * 255))
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=style)
    pdf.output(str(path))
