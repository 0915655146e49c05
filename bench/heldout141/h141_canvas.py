"""Tiny drawing layer for set 141: one API over reportlab and fpdf2 (y measured from the top, in points),
plus the text-line extraction the self-check uses. No randomness; fixed creation dates."""

from __future__ import annotations

import re
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "dejavu": FONTDIR / "dejavu/DejaVuSans.ttf", "dejavu-b": FONTDIR / "dejavu/DejaVuSans-Bold.ttf",
    "dvserif": FONTDIR / "dejavu/DejaVuSerif.ttf", "dvserif-b": FONTDIR / "dejavu/DejaVuSerif-Bold.ttf",
    "dvmono": FONTDIR / "dejavu/DejaVuSansMono.ttf", "dvmono-b": FONTDIR / "dejavu/DejaVuSansMono-Bold.ttf",
    "libserif": FONTDIR / "liberation/LiberationSerif-Regular.ttf",
    "libserif-b": FONTDIR / "liberation/LiberationSerif-Bold.ttf",
    "libsans": FONTDIR / "liberation/LiberationSans-Regular.ttf",
    "libsans-b": FONTDIR / "liberation/LiberationSans-Bold.ttf",
    "libnarrow": FONTDIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "libnarrow-b": FONTDIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "dvcond": FONTDIR / "dejavu/DejaVuSansCondensed.ttf", "dvcond-b": FONTDIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
}
RL_CORE = {"helv": "Helvetica", "helv-b": "Helvetica-Bold", "times": "Times-Roman", "times-b": "Times-Bold",
           "cour": "Courier", "cour-b": "Courier-Bold"}
FP_CORE = {"helv": ("helvetica", ""), "helv-b": ("helvetica", "B"), "times": ("times", ""),
           "times-b": ("times", "B"), "cour": ("courier", ""), "cour-b": ("courier", "B")}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Canvas:
    TOTAL = 2  # what "Page x of N" prints; the generator re-renders when it was wrong

    """backend 'rl' (reportlab) or 'fpdf' (fpdf2)."""

    def __init__(self, path: Path, backend: str, size=LETTER, title: str = "EOB"):
        self.path, self.backend, self.W, self.H = Path(path), backend, size[0], size[1]
        self.page = 1
        self._font = None
        if backend == "rl":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            for k, p in TTF.items():
                if p.exists() and k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, str(p)))
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("synthetic")
            self._sw = pdfmetrics.stringWidth
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=size)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_title(title)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            for k, p in TTF.items():
                if p.exists():
                    self.c.add_font(k, "", str(p))
            self.c.add_page()

    def font(self, name: str, size: float):
        self._font = (name, size)
        if self.backend == "rl":
            self.c.setFont(RL_CORE.get(name, name), size)
        else:
            fam, st = FP_CORE.get(name, (name, ""))
            self.c.set_font(fam, st, size)

    def width(self, s: str) -> float:
        if self.backend == "rl":
            name, size = self._font
            return self._sw(s, RL_CORE.get(name, name), size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l"):
        if s is None or s == "":
            return
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.backend == "rl":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, lw: float = 0.5):
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(lw)
            self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5):
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(lw)
            self.c.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.6, fill: float | None = None):
        """fill: grey level 0..1 (light band) or None."""
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def new_page(self):
        self.page += 1
        if self.backend == "rl":
            self.c.showPage()
        else:
            self.c.add_page()
        if self._font:
            self.font(*self._font)

    def save(self) -> int:
        if self.backend == "rl":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


def page_lines(pdf_path: Path) -> list[list[str]]:
    """Text lines (joined words sharing a baseline) of every page, via pdfplumber directly."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            out.append([ln["text"] for ln in p.extract_text_lines(layout=False, strip=True, return_chars=False)])
    return out


def has(text: str, token: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z.,])" + re.escape(token) + r"(?![0-9A-Za-z])", text) is not None
