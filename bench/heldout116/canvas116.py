"""Small drawing layer for set 116: one top-down point API over reportlab and fpdf2, plus text-layer
extraction for the factory self-check. Not part of the reader; tests the factory only."""

from __future__ import annotations

import re
from pathlib import Path

from eobgen import FIXED_WHEN

TTF = "/usr/share/fonts/truetype"
FONTS = {
    "LibSerif": f"{TTF}/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": f"{TTF}/liberation/LiberationSerif-Bold.ttf",
    "LibSans": f"{TTF}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{TTF}/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf",
    "DejaVu": f"{TTF}/dejavu/DejaVuSans.ttf",
    "DejaVu-B": f"{TTF}/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuCond": f"{TTF}/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-B": f"{TTF}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": f"{TTF}/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-B": f"{TTF}/dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerifCond": f"{TTF}/dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCond-B": f"{TTF}/dejavu/DejaVuSerifCondensed-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
             "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class Doc:
    """fonts: {'R': name, 'B': name}; a name is a reportlab core font or a key of FONTS."""

    def __init__(self, path: Path, producer: str, fonts: dict, landscape: bool = False):
        self.path, self.producer, self.fonts = Path(path), producer, fonts
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for name in fonts.values():
                if name in FONTS:
                    try:
                        pdfmetrics.getFont(name)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(self.path.stem)
        else:
            from fpdf import FPDF
            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_auto_page_break(False)
            self.p.set_title(self.path.stem)
            for name in fonts.values():
                if name in FONTS and name not in self.p.fonts:
                    self.p.add_font(name, "", FONTS[name])

    def new_page(self) -> int:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.p.add_page()
        self.pages += 1
        return self.pages

    def _font(self, st: str, size: float) -> None:
        name = self.fonts[st]
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        elif name in FONTS:
            self.p.set_font(name, "", size)
        else:
            fam, sty = CORE_FPDF[name]
            self.p.set_font(fam, sty, size)

    def width(self, s: str, st: str = "R", size: float = 8) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fonts[st], size)
        self._font(st, size)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, st: str = "R", size: float = 8, align: str = "L",
             gray: float = 0.0) -> None:
        if not s:
            return
        if align == "R":
            x -= self.width(s, st, size)
        elif align == "C":
            x -= self.width(s, st, size) / 2
        self._font(st, size)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self.p.set_text_color(int(gray * 255))
            self.p.text(x, y, s)
            self.p.set_text_color(0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            self.p.set_line_width(w)
            self.p.set_draw_color(int(gray * 255))
            self.p.line(x1, y1, x2, y2)
            self.p.set_draw_color(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.p.set_line_width(lw)
            if fill is not None:
                self.p.set_fill_color(int(fill * 255))
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            self.p.rect(x, y, w, h, style=style)
            self.p.set_fill_color(255)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.p.output(str(self.path))
        return self.pages


def page_rows(pdf: Path) -> list[list[str]]:
    """Per page, the text lines (words grouped by baseline), each as one space-joined string."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for page in doc.pages:
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
            words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
            rows: list[list[dict]] = []
            for w in words:
                if rows and abs(rows[-1][0]["bottom"] - w["bottom"]) <= 2.0:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            out.append([" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows])
    return out


def has(row: str, tok: str) -> bool:
    return re.search(r"(?<!\S)" + re.escape(tok) + r"(?!\S)", row) is not None
