"""Page model and two renderers (reportlab, fpdf2) for the set-205 layouts, plus the --check text reader.

A page is a list of drawing operations in points with a top-left origin; the same model is rendered by
either producer so the layouts only decide what goes where.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
FPDF_CORE = {"Helvetica": "helvetica", "Times-Roman": "times", "Courier": "courier"}


class Doc:
    def __init__(self, font: str, landscape: bool = False, size: float = 8.0):
        self.font = font
        self.landscape = landscape
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = [[]]
        self.size = size
        self.y = 0.0

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, size=None, bold=False, align="l") -> None:
        self.pages[-1].append(("text", x, y, str(s), size or self.size, bold, align))

    def line(self, x1, y1, x2, y2, w=0.5) -> None:
        self.pages[-1].append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, lw=0.5) -> None:
        self.pages[-1].append(("rect", x, y, w, h, fill, lw))

    def each_page(self, fn) -> None:
        """Add furniture after layout (e.g. 'Page 2 of 3'): fn(doc, page_index_1based, total)."""
        n = len(self.pages)
        keep = self.pages
        for i in range(n):
            self.pages = keep[: i + 1]
            fn(self, i + 1, n)
        self.pages = keep

    # ------------------------------------------------------------------ render
    def render_reportlab(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        if self.font in TTF:
            reg, bold = TTF[self.font]
            pdfmetrics.registerFont(TTFont(self.font, FONTDIR + reg))
            pdfmetrics.registerFont(TTFont(self.font + "-B", FONTDIR + bold))
            fr, fb = self.font, self.font + "-B"
        else:
            fr, fb = self.font, CORE_BOLD[self.font]
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Document")
        for ops in self.pages:
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, size, bold, align = op
                    f = fb if bold else fr
                    c.setFont(f, size)
                    yy = self.H - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def render_fpdf(self, path: Path) -> None:
        from datetime import UTC, datetime

        from fpdf import FPDF

        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_auto_page_break(False)
        if self.font in TTF:
            reg, bold = TTF[self.font]
            pdf.add_font(self.font, "", FONTDIR + reg)
            pdf.add_font(self.font, "B", FONTDIR + bold)
            fam = self.font
        else:
            fam = FPDF_CORE[self.font]
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, size, bold, align = op
                    pdf.set_font(fam, "B" if bold else "", size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, lw = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


def wrap(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------ check side
MONEY = re.compile(r"^\(?-?\$?-?[\d,]*\d\.\d{2}\)?-?$")


def parse_num(tok: str) -> Decimal | None:
    t = tok.strip().rstrip(",;")
    if not MONEY.match(t) and not re.match(r"^\d+(\.\d+)?$", t):
        return None
    neg = t.startswith("(") or t.endswith("-") or t.startswith("-") or t.startswith("$-")
    body = t.strip("()").replace("$", "").replace(",", "").strip("-")
    try:
        v = Decimal(body)
    except InvalidOperation:
        return None
    return -v if neg else v


def page_lines(pdf_path: Path) -> list[list[str]]:
    """Per page, the text lines (words grouped by baseline) as strings."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) < 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out
