"""Small page-drawing kit for bench/heldout65: one list of drawing operations per page, rendered with either
reportlab or fpdf2, plus the text-layer self-check helpers. Part of the set-65 factory only."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
# name -> (ttf path or None for a core font, reportlab core name, fpdf core family, bold)
FONTS = {
    "Helv": (None, "Helvetica", "helvetica", False), "HelvB": (None, "Helvetica-Bold", "helvetica", True),
    "Cour": (None, "Courier", "courier", False), "CourB": (None, "Courier-Bold", "courier", True),
    "Times": (None, "Times-Roman", "times", False), "TimesB": (None, "Times-Bold", "times", True),
    "LSans": (LIB + "LiberationSans-Regular.ttf", None, None, False),
    "LSansB": (LIB + "LiberationSans-Bold.ttf", None, None, True),
    "LNar": (LIB + "LiberationSansNarrow-Regular.ttf", None, None, False),
    "LNarB": (LIB + "LiberationSansNarrow-Bold.ttf", None, None, True),
    "LSerif": (LIB + "LiberationSerif-Regular.ttf", None, None, False),
    "LSerifB": (LIB + "LiberationSerif-Bold.ttf", None, None, True),
    "LMono": (LIB + "LiberationMono-Regular.ttf", None, None, False),
    "LMonoB": (LIB + "LiberationMono-Bold.ttf", None, None, True),
    "DSans": (DJV + "DejaVuSans.ttf", None, None, False), "DSansB": (DJV + "DejaVuSans-Bold.ttf", None, None, True),
    "DCond": (DJV + "DejaVuSansCondensed.ttf", None, None, False),
    "DCondB": (DJV + "DejaVuSansCondensed-Bold.ttf", None, None, True),
    "DSerC": (DJV + "DejaVuSerifCondensed.ttf", None, None, False),
    "DSerCB": (DJV + "DejaVuSerifCondensed-Bold.ttf", None, None, True),
    "DMono": (DJV + "DejaVuSansMono.ttf", None, None, False),
    "DMonoB": (DJV + "DejaVuSansMono-Bold.ttf", None, None, True),
}
_REG: set = set()


def _rl_name(f: str) -> str:
    path, core, _, _ = FONTS[f]
    if path is None:
        return core
    if f not in _REG:
        pdfmetrics.registerFont(TTFont("h65" + f, path))
        _REG.add(f)
    return "h65" + f


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_name(font), size)


class Doc:
    """Pages of drawing operations. y grows downward from the top edge, text y is the baseline."""

    def __init__(self, W: float, H: float, bottom: float, furniture) -> None:
        self.W, self.H, self.bottom, self.furniture = W, H, bottom, furniture
        self.pages: list[list] = []
        self.y = 0.0
        self.cont = None  # called after a page break inside a table (e.g. repeats the column header)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def page(self) -> None:
        self.pages.append([])
        self.y = self.furniture(self, len(self.pages))

    def need(self, h: float) -> bool:
        if self.y + h > self.H - self.bottom:
            self.page()
            if self.cont:
                self.cont()
            return True
        return False

    def t(self, x: float, y: float, s: str, font: str, size: float, al: str = "l") -> str:
        if al == "r":
            x -= width(s, font, size)
        elif al == "c":
            x -= width(s, font, size) / 2
        self.pages[-1].append(("t", x, y, s, font, size))
        return s

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def row(self, cols, vals, font, size, y=None) -> list[str]:
        """cols: [(x, align)], vals: strings (None/'' skipped). Returns the strings drawn."""
        y = self.y if y is None else y
        out = []
        for (x, al), v in zip(cols, vals):
            if v:
                out.append(self.t(x, y, v, font, size, al))
        return out

    def wrap(self, s: str, font: str, size: float, maxw: float) -> list[str]:
        words, lines, cur = s.split(), [], ""
        for w in words:
            cand = (cur + " " + w).strip()
            if cur and width(cand, font, size) > maxw:
                lines.append(cur)
                cur = w
            else:
                cur = cand
        if cur:
            lines.append(cur)
        return lines


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    for ops in doc.pages:
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                c.setFillGray(0)
        for op in ops:
            if op[0] == "l":
                _, x1, y1, x2, y2, w, g = op
                c.setLineWidth(w)
                c.setStrokeGray(g)
                c.line(x1, doc.H - y1, x2, doc.H - y2)
                c.setStrokeGray(0)
            elif op[0] == "t":
                _, x, y, s, f, size = op
                c.setFont(_rl_name(f), size)
                c.drawString(x, doc.H - y, s)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str, when) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(doc.W, doc.H))
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    added = set()

    def use(f, size):
        path_, _, core, bold = FONTS[f]
        if path_ is None:
            pdf.set_font(core, "B" if bold else "", size)
        else:
            if f not in added:
                pdf.add_font("h65" + f, "", path_)
                added.add(f)
            pdf.set_font("h65" + f, "", size)

    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_line_width(lw)
                if fill is not None:
                    pdf.set_fill_color(int(fill * 255))
                style = ("F" if fill is not None else "") + ("D" if stroke else "")
                pdf.rect(x, y, w, h, style=style or "D")
        for op in ops:
            if op[0] == "l":
                _, x1, y1, x2, y2, w, g = op
                pdf.set_line_width(w)
                pdf.set_draw_color(int(g * 255))
                pdf.line(x1, y1, x2, y2)
                pdf.set_draw_color(0)
            elif op[0] == "t":
                _, x, y, s, f, size = op
                use(f, size)
                pdf.text(x, y, s)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ check

def num(tok: str) -> Decimal | None:
    t = tok.strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") and len(t) > 1:
        neg, t = True, t[:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.replace("$", "").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    return -d if neg else d


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber

    with pdfplumber.open(str(pdf_path)) as pdf:
        return [[ln["text"] for ln in p.extract_text_lines()] for p in pdf.pages]


def on_line(line: str, tok: str) -> bool:
    return (" " + tok + " ") in (" " + " ".join(line.split()) + " ")
