"""Small drawing / checking kit for bench/heldout161 (two PDF producers, one page model).

A document is a list of pages, each a list of drawing ops in points from the page's top-left corner.
Every printed service row records the baseline(s) it occupies and the strings it printed for its truth
values, so the self-check can look for them on the same text line of the extracted text layer.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
# key -> (reportlab regular, reportlab bold, fpdf family, ttf regular, ttf bold)
FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "helvetica", None, None),
    "times": ("Times-Roman", "Times-Bold", "times", None, None),
    "cour": ("Courier", "Courier-Bold", "courier", None, None),
    "dvsans": ("DVSans", "DVSans-B", "dvsans", TT + "dejavu/DejaVuSans.ttf", TT + "dejavu/DejaVuSans-Bold.ttf"),
    "dvcond": ("DVCond", "DVCond-B", "dvcond", TT + "dejavu/DejaVuSansCondensed.ttf",
               TT + "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dvmono": ("DVMono", "DVMono-B", "dvmono", TT + "dejavu/DejaVuSansMono.ttf", TT + "dejavu/DejaVuSansMono-Bold.ttf"),
    "dvserif": ("DVSerif", "DVSerif-B", "dvserif", TT + "dejavu/DejaVuSerif.ttf", TT + "dejavu/DejaVuSerif-Bold.ttf"),
    "libsans": ("LSans", "LSans-B", "lsans", TT + "liberation/LiberationSans-Regular.ttf",
                TT + "liberation/LiberationSans-Bold.ttf"),
    "libnarrow": ("LNarrow", "LNarrow-B", "lnarrow", TT + "liberation/LiberationSansNarrow-Regular.ttf",
                  TT + "liberation/LiberationSansNarrow-Bold.ttf"),
    "libserif": ("LSerif", "LSerif-B", "lserif", TT + "liberation/LiberationSerif-Regular.ttf",
                 TT + "liberation/LiberationSerif-Bold.ttf"),
    "libmono": ("LMono", "LMono-B", "lmono", TT + "liberation/LiberationMono-Regular.ttf",
                TT + "liberation/LiberationMono-Bold.ttf"),
}
for _k, (_r, _b, _f, _tr, _tb) in FONTS.items():
    if _tr:
        pdfmetrics.registerFont(TTFont(_r, _tr))
        pdfmetrics.registerFont(TTFont(_b, _tb))


def width(s: str, font: str, bold: bool, size: float) -> float:
    f = FONTS[font]
    return pdfmetrics.stringWidth(s, f[1] if bold else f[0], size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, font, False, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    def __init__(self, producer: str, font: str, landscape: bool = False, size: float = 8.0):
        self.producer, self.font, self.size = producer, font, size
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []
        self.rows: list[dict] = []  # {"page": n, "ys": [...], "checks": [(field, printed)], "key": truth index}
        self.doc_checks: list[str] = []  # strings that must be somewhere in the document text

    # drawing ---------------------------------------------------------------------------------
    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def page(self) -> int:
        return len(self.pages)

    def t(self, x, y, s, bold=False, size=None, align="L", font=None):
        self.pages[-1].append(("t", x, y, str(s), bold, size or self.size, align, font or self.font))

    def hl(self, x1, y, x2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y, x2, y, w, gray))

    def vl(self, x, y1, y2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x, y1, x, y2, w, gray))

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def cells(self, y, cols, vals, bold=False, size=None, font=None):
        """cols: [(key, x, align)], vals: {key: str}; draws one text line."""
        for key, x, al in cols:
            v = vals.get(key)
            if v not in (None, ""):
                self.t(x, y, v, bold=bold, size=size, align=al, font=font)

    def record(self, ys, checks, key):
        self.rows.append({"page": self.page, "ys": list(ys), "checks": list(checks), "key": key})

    # rendering -------------------------------------------------------------------------------
    def render(self, path: Path) -> None:
        total = len(self.pages)
        if self.producer == "reportlab":
            self._rl(path, total)
        else:
            self._fp(path, total)

    def _txt(self, s, n, total):
        return s.replace("{PAGE}", str(n)).replace("{PAGES}", str(total))

    def _rl(self, path, total):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=0)
        c.setAuthor("heldout161")
        for n, ops in enumerate(self.pages, 1):
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, bold, size, al, font = op
                    f = FONTS[font]
                    c.setFont(f[1] if bold else f[0], size)
                    c.setFillGray(0)
                    s = self._txt(s, n, total)
                    yy = self.H - y
                    if al == "R":
                        c.drawRightString(x, yy, s)
                    elif al == "C":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    c.setLineWidth(w)
                    c.setStrokeGray(g)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fp(self, path, total):
        from fpdf import FPDF
        from eobgen import FIXED_WHEN
        pdf = FPDF(unit="pt", format=(self.W, self.H) if self.W < self.H else (self.H, self.W),
                   orientation="L" if self.W > self.H else "P")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_creator("heldout161")
        used = {op[7] for ops in self.pages for op in ops if op[0] == "t"}
        for k in used:
            f = FONTS[k]
            if f[3]:
                pdf.add_font(f[2], "", f[3])
                pdf.add_font(f[2], "B", f[4])
        for n, ops in enumerate(self.pages, 1):
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, bold, size, al, font = op
                    pdf.set_font(FONTS[font][2], "B" if bold else "", size)
                    s = self._txt(s, n, total)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "R" else (x - w / 2 if al == "C" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    pdf.set_line_width(w)
                    pdf.set_draw_color(int(g * 255))
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, lw, fill = op
                    pdf.set_line_width(lw or 0.1)
                    pdf.set_draw_color(0)
                    style = "D"
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style = "DF" if lw else "F"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


def pmoney(s: str) -> Decimal:
    """Parse a printed amount back ("$1,234.50", "(12.00)", "12.00-", "-12.00", "USD 5.00")."""
    t = s.strip().replace("$", "").replace(",", "").replace("USD", "").strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") or t.endswith("CR"):
        neg, t = True, t.rstrip("-").replace("CR", "")
    if t.startswith("-"):
        neg, t = True, t[1:]
    d = Decimal(t)
    return -d if neg else d
