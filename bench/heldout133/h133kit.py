"""Small drawing and self-check kit for make_heldout133_pdfs.py (set 133).

A layout is drawn as a list of pages, each a list of primitive operations in points with y measured
from the TOP of the page; the same operations are rendered either with reportlab or with fpdf2.
The check half re-reads a written PDF's text layer with pdfplumber (never the eobreader package).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
FONTS = {  # family key -> (regular path, bold path) ; None = core font
    "Helvetica": None, "Courier": None, "Times": None,
    "LibSerif": (TT + "liberation/LiberationSerif-Regular.ttf", TT + "liberation/LiberationSerif-Bold.ttf"),
    "LibSans": (TT + "liberation/LiberationSans-Regular.ttf", TT + "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": (TT + "liberation/LiberationSansNarrow-Regular.ttf",
                  TT + "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": (TT + "liberation/LiberationMono-Regular.ttf", TT + "liberation/LiberationMono-Bold.ttf"),
    "DVSans": (TT + "dejavu/DejaVuSans.ttf", TT + "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": (TT + "dejavu/DejaVuSansCondensed.ttf", TT + "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVSerifCond": (TT + "dejavu/DejaVuSerifCondensed.ttf", TT + "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DVMono": (TT + "dejavu/DejaVuSansMono.ttf", TT + "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {("Helvetica", False): "Helvetica", ("Helvetica", True): "Helvetica-Bold",
           ("Courier", False): "Courier", ("Courier", True): "Courier-Bold",
           ("Times", False): "Times-Roman", ("Times", True): "Times-Bold"}
_registered: set = set()


def rl_name(fam: str, bold: bool) -> str:
    if FONTS[fam] is None:
        return CORE_RL[(fam, bold)]
    name = f"{fam}-{'B' if bold else 'R'}"
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONTS[fam][1 if bold else 0]))
        _registered.add(name)
    return name


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(fam, bold), size)


def wrap(s: str, fam: str, size: float, w: float, bold: bool = False) -> list[str]:
    return simpleSplit(s, rl_name(fam, bold), size, w)


@dataclass
class Doc:
    w: float = 612
    h: float = 792
    fam: str = "Helvetica"
    pages: list = field(default_factory=list)

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def page(self) -> int:
        return len(self.pages)

    def t(self, x, y, s, size=9, bold=False, align="l", fam=None):
        self.pages[-1].append(("t", x, y, str(s), fam or self.fam, size, bold, align))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("synthetic")
    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, fam, size, bold, align = op
                c.setFont(rl_name(fam, bold), size)
                yy = doc.h - y
                if align == "r":
                    c.drawRightString(x, yy, s)
                elif align == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, lw, fill = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str) -> None:
    from fpdf import FPDF
    orient = "L" if doc.w > doc.h else "P"
    pdf = FPDF(orientation=orient, unit="pt", format=(min(doc.w, doc.h), max(doc.w, doc.h)))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_author("synthetic")
    added = set()
    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, fam, size, bold, align = op
                if FONTS[fam] is None:
                    pdf.set_font(fam.lower(), "B" if bold else "", size)
                else:
                    if (fam, bold) not in added:
                        pdf.add_font(fam, "B" if bold else "", FONTS[fam][1 if bold else 0])
                        added.add((fam, bold))
                    pdf.set_font(fam, "B" if bold else "", size)
                wdt = pdf.get_string_width(s)
                xx = x - wdt if align == "r" else (x - wdt / 2 if align == "c" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, lw, fill = op
                pdf.set_line_width(lw)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------- check

def page_lines(pdf_path: Path) -> list[list[str]]:
    """Per page, the text lines as pdfplumber sees them (words clustered by their top)."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            rows: list[list] = []
            for wd in words:
                if rows and abs(rows[-1][0] - wd["top"]) < 2.5:
                    rows[-1][1].append(wd)
                else:
                    rows.append([wd["top"], [wd]])
            out.append([" ".join(w["text"] for w in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out
