"""Drawing and self-check helpers for bench/heldout119 (one canvas API over reportlab and fpdf2)."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DVSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold",
           "Cour": "Courier", "Cour-B": "Courier-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "Helv-B": ("helvetica", "B"), "Times": ("times", ""),
           "Times-B": ("times", "B"), "Cour": ("courier", ""), "Cour-B": ("courier", "B")}


class Doc:
    """Top-down coordinates in points. backend: 'reportlab' or 'fpdf2'."""

    def __init__(self, path: Path, backend: str, landscape: bool = False, title: str = ""):
        self.path, self.backend = Path(path), backend
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self.font, self.size = "Helv", 9
        if backend == "reportlab":
            from reportlab.pdfgen.canvas import Canvas
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            self._pm = pdfmetrics
            for k, v in TTF.items():
                if k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, FONTDIR + v))
            self.c = Canvas(str(self.path), pagesize=(self.w, self.h), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("")
        else:
            from fpdf import FPDF
            from datetime import UTC, datetime
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.c.set_title(title)
            for k, v in TTF.items():
                self.c.add_font(k, "", FONTDIR + v)
        self.new_page()

    def new_page(self):
        if self.backend == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.setfont(self.font, self.size)

    def setfont(self, font, size):
        self.font, self.size = font, size
        if self.backend == "reportlab":
            self.c.setFont(CORE_RL.get(font, font), size)
        else:
            fam, st = CORE_FP.get(font, (font, ""))
            self.c.set_font(fam, st, size)

    def width(self, s, font=None, size=None):
        font, size = font or self.font, size or self.size
        if self.backend == "reportlab":
            return self._pm.stringWidth(s, CORE_RL.get(font, font), size)
        old = (self.font, self.size)
        self.setfont(font, size)
        w = self.c.get_string_width(s)
        self.setfont(*old)
        return w

    def text(self, x, y, s, font=None, size=None, align="l", gray=0.0):
        """y is the baseline measured from the top of the page."""
        s = str(s)
        if font or size:
            self.setfont(font or self.font, size or self.size)
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.backend == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.h - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)
        return w

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0):
        if self.backend == "reportlab":
            self.c.setLineWidth(width)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.h - y1, x2, self.h - y2)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.c.set_line_width(width)
            self.c.set_draw_color(g, g, g)
            self.c.line(x1, y1, x2, y2)
            self.c.set_draw_color(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5):
        """(x, y) top-left. fill: gray level or None."""
        if self.backend == "reportlab":
            self.c.setLineWidth(width)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(width)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(255, 255, 255)

    def wrap(self, s, maxw, font=None, size=None):
        words, lines, cur = s.split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if cur and self.width(t, font, size) > maxw:
                lines.append(cur)
                cur = wd
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def save(self):
        if self.backend == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


# ----------------------------------------------------------------------------------------------- check

_NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def numbers_in(text: str) -> set[Decimal]:
    out = set()
    for m in _NUM.finditer(text):
        t = m.group(0)
        neg = t.startswith("(") and t.endswith(")") or t.endswith("-") or t.lstrip("(").startswith("-")
        v = Decimal(re.sub(r"[^\d.]", "", t))
        out.add(-v if neg else v)
    return out


def page_words(pdf_path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            pages.append((p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5),
                          p.extract_text() or ""))
    return pages


def band_text(words, top, bottom):
    ws = [w for w in words if w["top"] >= top - 2 and w["bottom"] <= bottom + 2]
    ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in ws)
