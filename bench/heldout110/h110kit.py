"""Drawing kit for the set-110 factory: one backend-neutral page list, rendered by reportlab or fpdf2,
plus the self-check helpers. Nothing here knows about the reader."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FAMILIES = {
    "LibSans": (LIB + "LiberationSans-Regular.ttf", LIB + "LiberationSans-Bold.ttf"),
    "LibNarrow": (LIB + "LiberationSansNarrow-Regular.ttf", LIB + "LiberationSansNarrow-Bold.ttf"),
    "LibSerif": (LIB + "LiberationSerif-Regular.ttf", LIB + "LiberationSerif-Bold.ttf"),
    "LibMono": (LIB + "LiberationMono-Regular.ttf", LIB + "LiberationMono-Bold.ttf"),
    "DjSans": (DJV + "DejaVuSans.ttf", DJV + "DejaVuSans-Bold.ttf"),
    "DjSerifC": (DJV + "DejaVuSerifCondensed.ttf", DJV + "DejaVuSerifCondensed-Bold.ttf"),
    "DjMono": (DJV + "DejaVuSansMono.ttf", DJV + "DejaVuSansMono-Bold.ttf"),
    "DjSansC": (DJV + "DejaVuSansCondensed.ttf", DJV + "DejaVuSansCondensed-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
        "Times": ("Times-Roman", "Times-Bold")}
_reg: set = set()


def rl_name(fam: str, bold: bool) -> str:
    if fam in CORE:
        return CORE[fam][bold]
    name = fam + ("-B" if bold else "-R")
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, FAMILIES[fam][bold]))
        _reg.add(name)
    return name


def width(s: str, fam: str, bold: bool, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_name(fam, bold), size)


class Doc:
    """Pages of drawing ops; y is measured from the top of the page (text y = baseline)."""

    def __init__(self, fam: str, landscape: bool = False):
        self.fam = fam
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list] = []

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, size=8.0, bold=False, align="l", fam=None):
        fam = fam or self.fam
        s = str(s)
        w = width(s, fam, bold, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pages[-1].append(("t", x, y, s, size, bold, fam))
        return w

    def hl(self, x1, x2, y, lw=0.5):
        self.pages[-1].append(("l", x1, y, x2, y, lw))

    def vl(self, x, y1, y2, lw=0.5):
        self.pages[-1].append(("l", x, y1, x, y2, lw))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def wrap(self, s, maxw, size, bold=False, fam=None):
        fam = fam or self.fam
        out, cur = [], ""
        for word in s.split():
            trial = (cur + " " + word).strip()
            if cur and width(trial, fam, bold, size) > maxw:
                out.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            out.append(cur)
        return out

    # ---------------------------------------------------------------------------- renderers
    def finish(self) -> None:
        n = str(len(self.pages))
        for ops in self.pages:
            for i, op in enumerate(ops):
                if op[0] == "t" and "{NP}" in op[3]:
                    w0 = width(op[3], op[6], op[5], op[4])
                    s = op[3].replace("{NP}", n)
                    ops[i] = (op[0], op[1] + w0 - width(s, op[6], op[5], op[4]), op[2], s, *op[4:])

    def save_reportlab(self, path: Path) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, fam = op
                    c.setFont(rl_name(fam, bold), size)
                    c.drawString(x, self.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path) -> None:
        from fpdf import FPDF

        from eobgen import FIXED_WHEN
        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, fam = op
                    if fam in CORE:
                        pdf.set_font(fam.lower(), "B" if bold else "", size)
                    else:
                        key = fam + ("B" if bold else "")
                        if key not in added:
                            pdf.add_font(key, "", FAMILIES[fam][bold])
                            added.add(key)
                        pdf.set_font(key, "", size)
                    pdf.text(x, y, s)
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


# -------------------------------------------------------------------------------- self-check helpers

def page_lines(path: Path) -> list[list[str]]:
    """Text lines per page, words grouped by their baseline position."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) < 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def has_tok(text: str, tok: str) -> bool:
    return re.search(r"(?<![\w.$,])" + re.escape(tok) + r"(?![\w]|\.\d|,\d)", text) is not None


def find_row(lines: list[str], toks: list[str], span: int) -> bool:
    for i in range(len(lines)):
        joined = " ".join(lines[i:i + span])
        if all(has_tok(joined, t) for t in toks):
            return True
    return False


def D(x) -> Decimal:
    return Decimal(x)
