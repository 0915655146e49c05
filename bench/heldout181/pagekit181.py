"""Tiny page-op engine for set 181: layouts draw text/lines/boxes into page op lists, rendered by reportlab or
fpdf2 (deterministic), plus the text-layer self-check helpers."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
}
CORE_RL = {"helvetica": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
CORE_FP = {"helvetica": "helvetica", "times": "times", "courier": "courier"}


class Doc:
    """Pages of ops; y measured from the top of the page in points."""

    def __init__(self, w: float, h: float, font: str, top: float = 40, bottom: float = 50):
        self.w, self.h, self.font = w, h, font
        self.pages: list[list[tuple]] = []
        self.top, self.bottom = top, bottom
        self.y = 0.0
        self.on_new_page = None  # callback(doc) drawing furniture, sets self.y

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.on_new_page:
            self.on_new_page(self)

    def need(self, h: float, cont=None) -> bool:
        if self.y + h > self.h - self.bottom:
            self.new_page()
            if cont:
                cont(self)
            return True
        return False

    def t(self, x, y, s, size=9, bold=False, align="l"):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align))

    def line(self, x1, y1, x2, y2, width=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, width))

    def box(self, x, y, w, h, fill=None, width=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, width))


def render(doc: Doc, path: Path, producer: str) -> None:
    n = len(doc.pages)
    if producer == "reportlab":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        if doc.font in TTF:
            names = []
            for i, f in enumerate(TTF[doc.font]):
                nm = f"{doc.font}{i}"
                pdfmetrics.registerFont(TTFont(nm, str(FONTDIR / f)))
                names.append(nm)
        else:
            names = list(CORE_RL[doc.font])
        c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
        c.setTitle(path.stem)
        for ops in doc.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    s = s.replace("{PAGES}", str(n))
                    c.setFont(names[1 if bold else 0], size)
                    yy = doc.h - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    c.setLineWidth(wd)
                    c.line(x1, doc.h - y1, x2, doc.h - y2)
                else:
                    _, x, y, w, h, fill, wd = op
                    c.setLineWidth(wd)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()
        return
    from fpdf import FPDF
    from eobgen import FIXED_WHEN
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(False)
    pdf.set_title(path.stem)
    if doc.font in TTF:
        pdf.add_font("k", "", str(FONTDIR / TTF[doc.font][0]))
        pdf.add_font("k", "B", str(FONTDIR / TTF[doc.font][1]))
        fam = "k"
    else:
        fam = CORE_FP[doc.font]
    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, size, bold, align = op
                s = s.replace("{PAGES}", str(n))
                pdf.set_font(fam, "B" if bold else "", size)
                w = pdf.get_string_width(s)
                xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd = op
                pdf.set_line_width(wd)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, wd = op
                pdf.set_line_width(wd)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


# ----------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?")


def nums(text: str) -> list[Decimal]:
    out = []
    for m in NUM.finditer(text):
        tok = m.group(0)
        neg = tok.startswith("(") and tok.endswith(")") or tok.startswith("-") or tok.endswith("-")
        body = tok.strip("()-$").replace("$", "").replace(",", "")
        if not body or body.count(".") > 1:
            continue
        try:
            v = Decimal(body)
        except Exception:
            continue
        out.append(-v if neg else v)
    return out


def text_lines(pdf_path: Path) -> list[list[str]]:
    """Per page, the text lines (words grouped by baseline)."""
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) < 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages
