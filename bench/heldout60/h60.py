"""Helpers for bench/heldout60: a tiny page model (text, rules, boxes) drawn by two producers (reportlab,
fpdf2), a flowing-page writer with repeated headers, and text-line extraction for the self-check."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype"
FONTS = {
    "LibSans": (f"{TT}/liberation/LiberationSans-Regular.ttf", f"{TT}/liberation/LiberationSans-Bold.ttf"),
    "LibSerif": (f"{TT}/liberation/LiberationSerif-Regular.ttf", f"{TT}/liberation/LiberationSerif-Bold.ttf"),
    "LibNarrow": (f"{TT}/liberation/LiberationSansNarrow-Regular.ttf",
                  f"{TT}/liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": (f"{TT}/liberation/LiberationMono-Regular.ttf", f"{TT}/liberation/LiberationMono-Bold.ttf"),
    "DVSans": (f"{TT}/dejavu/DejaVuSans.ttf", f"{TT}/dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": (f"{TT}/dejavu/DejaVuSansCondensed.ttf", f"{TT}/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVSerifCond": (f"{TT}/dejavu/DejaVuSerifCondensed.ttf", f"{TT}/dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DVMono": (f"{TT}/dejavu/DejaVuSansMono.ttf", f"{TT}/dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}


def rl_name(family: str, bold: bool) -> str:
    if family in CORE_RL:
        return CORE_RL[family][1 if bold else 0]
    name = f"{family}-{'B' if bold else 'R'}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, FONTS[family][1 if bold else 0]))
    return name


def width(s: str, family: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(family, bold), size)


def wrap(s: str, w: float, family: str, size: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, family, size, bold) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


@dataclass
class Doc:
    size: tuple[float, float]
    family: str
    pages: list[list[tuple]] = field(default_factory=list)

    def new_page(self) -> list[tuple]:
        self.pages.append([])
        return self.pages[-1]


def render(doc: Doc, path: Path, producer: str, title: str) -> None:
    n = len(doc.pages)
    if producer == "reportlab":
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=doc.size, invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout60 factory")
        H = doc.size[1]
        for items in doc.pages:
            for it in items:
                kind = it[0]
                if kind == "t":
                    _, x, y, s, size, bold, align, fam = it
                    s = s.replace("{N}", str(n))
                    c.setFont(rl_name(fam or doc.family, bold), size)
                    c.setFillGray(0)
                    if align == "r":
                        c.drawRightString(x, H - y, s)
                    elif align == "c":
                        c.drawCentredString(x, H - y, s)
                    else:
                        c.drawString(x, H - y, s)
                elif kind == "l":
                    _, x1, y1, x2, y2, lw = it
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    c.line(x1, H - y1, x2, H - y2)
                elif kind == "r":
                    _, x, y, w, h, fill, stroke = it
                    c.setLineWidth(0.6)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()
        return
    from datetime import UTC, datetime

    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=doc.size)
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_author("heldout60 factory")
    added = set()

    def use(fam: str, bold: bool, size: float) -> None:
        if fam in CORE_FP:
            pdf.set_font(CORE_FP[fam], "B" if bold else "", size)
            return
        if (fam, bold) not in added:
            pdf.add_font(fam, "B" if bold else "", FONTS[fam][1 if bold else 0])
            added.add((fam, bold))
        pdf.set_font(fam, "B" if bold else "", size)

    for items in doc.pages:
        pdf.add_page()
        for it in items:
            kind = it[0]
            if kind == "t":
                _, x, y, s, size, bold, align, fam = it
                s = s.replace("{N}", str(n))
                use(fam or doc.family, bold, size)
                w = pdf.get_string_width(s)
                xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                pdf.text(xx, y, s)
            elif kind == "l":
                _, x1, y1, x2, y2, lw = it
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            elif kind == "r":
                _, x, y, w, h, fill, stroke = it
                pdf.set_line_width(0.6)
                style = ("F" if fill is not None else "") + ("D" if stroke else "")
                if fill is not None:
                    g = int(round(fill * 255))
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=style or "D")
    pdf.output(str(path))


class Flow:
    """A page writer with a y cursor (top-down baselines) and a callback for page furniture + repeated headers."""

    def __init__(self, doc: Doc, top: float, bottom: float, on_page=None):
        self.doc, self.top, self.bottom, self.on_page = doc, top, bottom, on_page
        self.items: list[tuple] = []
        self.y = top
        self.page = 0
        self.newpage(first=True)

    def newpage(self, first: bool = False, cont: str | None = None) -> None:
        self.items = self.doc.new_page()
        self.page += 1
        self.y = self.top
        if self.on_page:
            self.on_page(self, first, cont)

    def ensure(self, h: float, cont: str | None = None) -> bool:
        if self.y + h > self.bottom:
            self.newpage(cont=cont)
            return True
        return False

    def t(self, x, s, size=8.0, bold=False, align="l", y=None, fam=None):
        self.items.append(("t", x, self.y if y is None else y, str(s), size, bold, align, fam))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.items.append(("l", x1, y1, x2, y2, lw))

    def hr(self, x1, x2, dy=0.0, lw=0.5):
        self.line(x1, self.y + dy, x2, self.y + dy, lw)

    def rect(self, x, y, w, h, fill=None, stroke=True):
        self.items.append(("r", x, y, w, h, fill, stroke))

    def cells(self, cols, vals, size=7.5, bold=False, lead=None, fam=None):
        """cols: list of (x, width, align); vals: strings (wrapped within width). Returns lines used."""
        lead = lead or size * 1.25
        fam_ = fam or self.doc.family
        wrapped = []
        for (x, w, a), v in zip(cols, vals):
            wrapped.append(wrap(str(v), w, fam_, size, bold) if v else [""])
        n = max(len(w) for w in wrapped)
        for (x, w, a), lines in zip(cols, wrapped):
            for i, s in enumerate(lines):
                if not s:
                    continue
                xx = x + w if a == "r" else (x + w / 2 if a == "c" else x)
                self.items.append(("t", xx, self.y + i * lead, s, size, bold, a, fam))
        self.y += n * lead
        return n


# ------------------------------------------------------------------------------------------ check side

def text_lines(pdf_path: Path) -> list[list[str]]:
    """Per page, its text lines (pdfplumber words grouped by baseline, left to right)."""
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
            words.sort(key=lambda w: (round(w["bottom"], 0), w["x0"]))
            rows: list[list[dict]] = []
            for w in words:
                if rows and abs(rows[-1][0]["bottom"] - w["bottom"]) <= 2.0:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            pages.append([" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows])
    return pages


def has(text: str, token: str) -> bool:
    tail = r"(?![\w]|[.,]\d)" if token[-1:].isdigit() else r"(?!\w)"
    return re.search(r"(?<![\w.$])(?<!\d,)" + re.escape(token) + tail, text) is not None
