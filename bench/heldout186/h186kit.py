"""Drawing, page flow and self-check helpers for make_heldout186_pdfs.py (set 186). No reader code here."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Doc:
    """A page canvas with y measured from the top, over reportlab or fpdf2."""

    def __init__(self, producer: str, path, font: str, landscape: bool = False):
        self.producer, self.path, self.font = producer, str(path), font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.lib.pagesizes import letter, landscape as ls
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            if font in TTF:
                for i, suf in enumerate(("", "-B")):
                    pdfmetrics.registerFont(TTFont(font + suf, FONTDIR + TTF[font][i]))
                self.fn = (font, font + "-B")
            else:
                self.fn = CORE_RL[font]
            self.c = canvas.Canvas(self.path, pagesize=ls(letter) if landscape else letter, invariant=1)
            self.c.setAuthor("")
            self._pm = pdfmetrics
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            if font in TTF:
                self.c.add_font(font, "", FONTDIR + TTF[font][0])
                self.c.add_font(font, "B", FONTDIR + TTF[font][1])
            self.fn = (font, font)
        self.new_page()

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def width(self, s, size=8, bold=False):
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fn[1 if bold else 0], size)
        self.c.set_font(self.fn[0], "B" if bold else "", size)
        return self.c.get_string_width(s)

    def text(self, x, y, s, size=8, bold=False, align="l"):
        s = str(s)
        w = self.width(s, size, bold) if align != "l" else 0
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(self.fn[1 if bold else 0], size)
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.set_font(self.fn[0], "B" if bold else "", size)
            self.c.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style="DF" if fill is not None else "D")
            self.c.set_fill_color(0, 0, 0)

    def save(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(self.path)
        return self.page


def wrap(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + ([cur] if cur else [])


# ----------------------------------------------------------------------------------------- self-check

def _num_tokens(line: str) -> set:
    out = set()
    for t in re.split(r"[\s|]+", line):
        t = t.strip("$()*,;:").replace(",", "")
        t = t.rstrip("-")
        try:
            out.add(Decimal(t))
        except InvalidOperation:
            pass
    return out


def date_forms(iso: str) -> list[str]:
    from datetime import date
    from eobgen import dfmt
    d = date.fromisoformat(iso)
    forms = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    forms += [d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%Y%m%d"), f"{d.month}/{d.day}/{d:%y}",
              d.strftime("%d %b %Y").upper(), f"{d:%b} {d.day:02d}, {d.year}", d.strftime("%b %d %Y").upper(),
              d.strftime("%m/%d")]
    return forms


def amount_on(line: str, value: str) -> bool:
    v = Decimal(value)
    a = abs(v)
    if f"{a:,.2f}" not in line and f"{a:.2f}" not in line:
        return False
    if v < 0:
        return any(m in line for m in (f"-{a:,.2f}", f"-${a:,.2f}", f"({a:,.2f}", f"(${a:,.2f}", f"{a:,.2f}-",
                                       f"-{a:.2f}", f"{a:.2f}-", f"({a:.2f}"))
    return True


def row_ok(line: str, t: dict) -> list[str]:
    """What of truth line t is missing from the text line."""
    miss = []
    if t["code"] and t["code"] not in line:
        miss.append("code")
    for m in t["modifiers"]:
        if m not in line:
            miss.append("mod " + m)
    if t["units"] is not None and Decimal(t["units"]) not in _num_tokens(line):
        miss.append("units")
    for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount"):
        if t.get(k) is not None and not amount_on(line, t[k]):
            miss.append(k)
    for g, r, a in t["adjustments"]:
        if not re.search(rf"{g}\s?-?\s?{r}\b", line):
            miss.append(f"adj {g}{r}")
        if a is not None and not amount_on(line, a):
            miss.append(f"adj amt {a}")
    for r in t["remarks"]:
        if not re.search(rf"(?<![A-Za-z0-9]){re.escape(r)}(?![A-Za-z0-9])", line):
            miss.append("remark " + r)
    return miss
