"""Small drawing kit for set 195: a page model drawn once and emitted through reportlab or fpdf2, plus the
text-layer probes used by --check (pdfplumber words grouped into the vertical band of one printed line)."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
        "Courier": ("Courier", "Courier-Bold")}
_reg: set = set()


def rl_name(family: str, bold: bool) -> str:
    if family in CORE:
        return CORE[family][1 if bold else 0]
    name = family + ("-Bold" if bold else "")
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, TTF[name]))
        _reg.add(name)
    return name


def width(s: str, family: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(family, bold), size)


def wrap(s: str, family: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, family, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


class Doc:
    def __init__(self, w: float, h: float, family: str, top: float = 40, bottom: float = 40):
        self.w, self.h, self.family = w, h, family
        self.top, self.bottom = top, bottom
        self.pages: list[list] = []
        self.marks: list[dict] = []
        self.y = top
        self.on_break = None

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def text(self, x, y, s, size=8, bold=False, align="L", family=None):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align, family or self.family))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, fill=None, lw=0.5, stroke=True):
        self.pages[-1].append(("r", x, y, w, h, fill, lw, stroke))

    def need(self, h: float) -> bool:
        if self.y + h > self.h - self.bottom:
            self.on_break()
            return True
        return False

    def mark(self, line: dict | None, fields: list, baselines: list, size: float, claim: dict | None = None,
             page: int | None = None):
        """fields: (kind, printed, arg) triples checked against the text in this band of this page."""
        self.marks.append({"page": page or self.pno, "line": line, "claim": claim, "fields": fields,
                           "y0": min(baselines) - size * 1.05, "y1": max(baselines) + size * 0.35})


def cols_row(doc: Doc, cols: list, vals: dict, size: float, lead: float, bold=False) -> list[float]:
    """cols: (key, x, w, align). vals key -> str or list of str. Returns the baselines drawn."""
    n = max((len(v) if isinstance(v, list) else 1) for v in vals.values()) if vals else 1
    base = [doc.y + size + i * lead for i in range(n)]
    for key, x, w, al in cols:
        v = vals.get(key)
        if v is None or v == "":
            continue
        for i, s in enumerate(v if isinstance(v, list) else [v]):
            if al == "R":
                doc.text(x + w, base[i], s, size, bold, "R")
            elif al == "C":
                doc.text(x + w / 2, base[i], s, size, bold, "C")
            else:
                doc.text(x, base[i], s, size, bold)
    doc.y = base[-1] + (lead - size) + 1
    return base


# --------------------------------------------------------------------------------------------- render

def render_rl(doc: Doc, path: Path) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1, pageCompression=0)
    c.setTitle("Statement")
    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, size, bold, al, fam = op
                c.setFont(rl_name(fam, bold), size)
                fn = {"L": c.drawString, "R": c.drawRightString, "C": c.drawCentredString}[al]
                fn(x, doc.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, fill, lw, stroke = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path) -> None:
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, 0))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    added = set()

    def setf(fam, bold, size):
        if fam in CORE:
            pdf.set_font(fam, "B" if bold else "", size)
            return
        name = fam + ("-Bold" if bold else "")
        if name not in added:
            pdf.add_font(name, "", TTF[name])
            added.add(name)
        pdf.set_font(name, "", size)

    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, size, bold, al, fam = op
                setf(fam, bold, size)
                w = pdf.get_string_width(s)
                xx = x - w if al == "R" else (x - w / 2 if al == "C" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, lw, stroke = op
                pdf.set_line_width(lw)
                style = ("D" if stroke else "") + ("F" if fill is not None else "")
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=style or "D")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------- check

def parse_money(s: str) -> Decimal:
    t = s.strip().replace("$", "").replace(",", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-"):
        neg, t = True, t[:-1]
    if t.endswith("CR"):
        neg, t = True, t[:-2].strip()
    if t.startswith("-"):
        neg, t = True, t[1:]
    d = Decimal(t)
    return -d if neg else d


def parse_date(s: str, fmt: str) -> str:
    return datetime.strptime(s.strip(), fmt).date().isoformat()


def band_text(words: list, y0: float, y1: float) -> str:
    ws = [w for w in words if y0 <= (w["top"] + w["bottom"]) / 2 <= y1]
    ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " " + " ".join(w["text"] for w in ws) + " "


def has(text: str, tok: str) -> bool:
    return re.search(r"(?<!\S)" + re.escape(tok) + r"(?!\S)", " ".join(text.split()).join("  ")) is not None
