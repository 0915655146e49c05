"""Small drawing + self-check helpers for bench/heldout128 (one engine over reportlab and fpdf2).

Coordinates are points from the TOP-left corner for both producers.
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

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
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
             "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class Doc:
    def __init__(self, producer: str, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []

    def page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def n(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="Helvetica", size=8.0, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def width(self, s, font, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        _reg_rl(font)
        return stringWidth(s, font, size)

    def save(self, path: Path, title: str):
        if self.producer == "reportlab":
            self._save_rl(path, title)
        else:
            self._save_fpdf(path, title)

    def _save_rl(self, path, title):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(title)
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    _reg_rl(font)
                    c.setFont(font, size)
                    yy = self.H - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
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

    def _save_fpdf(self, path, title):
        from datetime import UTC, datetime

        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_title(title)
        pdf.set_auto_page_break(False)
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    if font in CORE_FPDF:
                        fam, st = CORE_FPDF[font]
                    else:
                        if font not in added:
                            pdf.add_font(font, "", TTF[font])
                            added.add(font)
                        fam, st = font, ""
                    pdf.set_font(fam, st, size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
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


_RL_DONE: set = set()


def _reg_rl(font):
    if font in _RL_DONE or font in CORE_FPDF or font in ("Helvetica-Oblique", "Times-Italic"):
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont(font, TTF[font]))
    _RL_DONE.add(font)


# ------------------------------------------------------------------------------------------- check

def page_lines(pdf_path: Path) -> list[list[str]]:
    """Text lines per page, words grouped by their baseline."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) <= 2.0:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            rows.sort(key=lambda r: r[0])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def parse_money(s: str) -> Decimal | None:
    t = s.strip().replace("$", "").replace(",", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-"):
        neg, t = True, t[:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    if not re.fullmatch(r"\d+\.\d\d", t):
        return None
    d = Decimal(t)
    return -d if neg else d
