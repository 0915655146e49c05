"""Small page model for set 203: place text / rules / boxes on pages (top-down coordinates, points), then
render the same pages with reportlab or fpdf2. Rows of service lines are remembered (page, baselines, size) so
the self-check can look for every truth value on the very text line where the service is printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
             "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


@dataclass
class Doc:
    W: float
    H: float
    pages: list = field(default_factory=lambda: [[]])
    rows: dict = field(default_factory=dict)  # truth-line index -> (page_no, [baselines], size)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, font="Helvetica", size=8.0, align="l") -> None:
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def hl(self, x1, x2, y, w=0.5) -> None:
        self.pages[-1].append(("l", x1, y, x2, y, w))

    def vl(self, x, y1, y2, w=0.5) -> None:
        self.pages[-1].append(("l", x, y1, x, y2, w))

    def box(self, x, y, w, h, lw=0.6, fill=None) -> None:
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def mark(self, idx: int, y: float, size: float) -> None:
        pg, ys, sz = self.rows.get(idx, (self.pno, [], size))
        ys.append(y)
        self.rows[idx] = (pg, ys, sz)


def render_rl(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    used = {it[4] for pg in doc.pages for it in pg if it[0] == "t"}
    for f in used:
        if f in TTF and f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, str(FONTDIR / TTF[f])))
    c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    for pg in doc.pages:
        for it in pg:
            if it[0] == "r":
                _, x, y, w, h, lw, fill = it
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.H - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.H - y - h, w, h, stroke=1, fill=0)
            elif it[0] == "l":
                _, x1, y1, x2, y2, lw = it
                c.setLineWidth(lw)
                c.line(x1, doc.H - y1, x2, doc.H - y2)
        for it in pg:
            if it[0] == "t":
                _, x, y, s, font, size, align = it
                c.setFont(font, size)
                if align == "r":
                    c.drawRightString(x, doc.H - y, s)
                elif align == "c":
                    c.drawCentredString(x, doc.H - y, s)
                else:
                    c.drawString(x, doc.H - y, s)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str) -> None:
    from datetime import UTC, datetime

    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(doc.W, doc.H))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    pdf.set_title(title)
    used = {it[4] for pg in doc.pages for it in pg if it[0] == "t"}
    for f in sorted(used):
        if f in TTF:
            pdf.add_font(f, "", str(FONTDIR / TTF[f]))

    def setf(font, size):
        if font in TTF:
            pdf.set_font(font, "", size)
        else:
            fam, st = CORE_FPDF[font]
            pdf.set_font(fam, st, size)

    for pg in doc.pages:
        pdf.add_page()
        for it in pg:
            if it[0] == "r":
                _, x, y, w, h, lw, fill = it
                pdf.set_line_width(lw)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
            elif it[0] == "l":
                _, x1, y1, x2, y2, lw = it
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
        for it in pg:
            if it[0] == "t":
                _, x, y, s, font, size, align = it
                setf(font, size)
                w = pdf.get_string_width(s)
                xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                pdf.text(xx, y, s)
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
    return out or [""]
