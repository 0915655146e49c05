"""Small drawing shim for bench/heldout202: one top-left-origin API over reportlab and fpdf2, plus the
text-layer self-check helpers used by make_heldout202_pdfs.py --check. Tests the factory, never the reader."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

FIXED = datetime(2026, 2, 16, 8, 0, 0, tzinfo=UTC)
TTF = {
    "dvs": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dvsb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dvsc": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "dvscb": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvserif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dvserifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "dvmono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dvmonob": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "lser": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "lserb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "lsn": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "lsnb": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "lsans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "lsansb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}
CORE_RL = {"helv": "Helvetica", "helvb": "Helvetica-Bold", "cour": "Courier", "courb": "Courier-Bold",
           "times": "Times-Roman", "timesb": "Times-Bold"}
CORE_FP = {"helv": ("Helvetica", ""), "helvb": ("Helvetica", "B"), "cour": ("Courier", ""),
           "courb": ("Courier", "B"), "times": ("Times", ""), "timesb": ("Times", "B")}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Doc:
    """Top-left origin, points; y is the text baseline."""

    def __init__(self, path, backend: str, size=LETTER, title="Statement"):
        self.path, self.backend, self.size = str(path), backend, size
        self.pno = 0
        self.cur = ("helv", 9)
        if backend == "rl":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(self.path, pagesize=size, invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("")
            self._reg = set()
        else:
            from fpdf import FPDF
            self.f = FPDF(unit="pt", format=size)
            self.f.set_creation_date(FIXED)
            self.f.set_auto_page_break(False)
            self.f.set_margins(0, 0, 0)
            self.f.set_title(title)
            import fpdf
            self.f.set_producer(f"fpdf2 {fpdf.__version__}")
            self.f.set_creator("fpdf2")
            self._reg = set()

    def page(self):
        if self.backend == "rl":
            if self.pno:
                self.c.showPage()
        else:
            self.f.add_page()
        self.pno += 1
        self.font(*self.cur)

    def font(self, alias, size):
        self.cur = (alias, size)
        if self.pno == 0:
            return
        if self.backend == "rl":
            if alias in TTF and alias not in self._reg:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(alias, TTF[alias]))
                self._reg.add(alias)
            self.c.setFont(CORE_RL.get(alias, alias), size)
        else:
            if alias in TTF:
                if alias not in self._reg:
                    self.f.add_font(alias, "", TTF[alias])
                    self._reg.add(alias)
                self.f.set_font(alias, "", size)
            else:
                fam, st = CORE_FP[alias]
                self.f.set_font(fam, st, size)

    def width(self, s):
        if self.backend == "rl":
            from reportlab.pdfbase import pdfmetrics
            a, sz = self.cur
            return pdfmetrics.stringWidth(s, CORE_RL.get(a, a), sz)
        return self.f.get_string_width(s)

    def t(self, x, y, s, align="l", font=None):
        if font:
            self.font(*font)
        s = str(s)
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.backend == "rl":
            self.c.drawString(x, self.size[1] - y, s)
        else:
            self.f.text(x, y, s)

    def hl(self, x1, x2, y, w=0.5):
        if self.backend == "rl":
            self.c.setLineWidth(w)
            self.c.line(x1, self.size[1] - y, x2, self.size[1] - y)
        else:
            self.f.set_line_width(w)
            self.f.line(x1, y, x2, y)

    def vl(self, x, y1, y2, w=0.5):
        if self.backend == "rl":
            self.c.setLineWidth(w)
            self.c.line(x, self.size[1] - y1, x, self.size[1] - y2)
        else:
            self.f.set_line_width(w)
            self.f.line(x, y1, x, y2)

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.size[1] - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.size[1] - y - h, w, h, stroke=1, fill=0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
                self.f.rect(x, y, w, h, style="DF")
            else:
                self.f.rect(x, y, w, h, style="D")

    def save(self):
        if self.backend == "rl":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(self.path)


# ------------------------------------------------------------------------------------------- check
NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?-?\)?")


def numbers(text: str) -> set[Decimal]:
    out = set()
    for m in NUM.finditer(text):
        tok = m.group(0)
        neg = tok.startswith("(") and tok.endswith(")") or tok.startswith("-") or (tok.endswith("-") and "." in tok)
        body = tok.strip("()").strip("-").replace("$", "").replace(",", "").rstrip("-")
        try:
            v = Decimal(body)
        except InvalidOperation:
            continue
        out.add(-v if neg else v)
    return out


def page_rows(pdf_path):
    """[(page_text, [row_text, ...]), ...] via pdfplumber, rows = words sharing a baseline (2pt)."""
    import pdfplumber
    res = []
    with pdfplumber.open(pdf_path) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            texts = [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]
            res.append((pg.extract_text() or "", texts))
    return res
