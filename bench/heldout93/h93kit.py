"""Drawing layer (reportlab / fpdf2, top-down coordinates), a table flow with page breaks, and the
self-check text reading for bench/heldout93. Written without looking at the reader."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from reportlab.lib.pagesizes import landscape as rl_land, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import sys
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

FONTDIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"]
TTF = {
    "LibSans": "LiberationSans-Regular.ttf", "LibSans-B": "LiberationSans-Bold.ttf",
    "LibNarrow": "LiberationSansNarrow-Regular.ttf", "LibNarrow-B": "LiberationSansNarrow-Bold.ttf",
    "LibSerif": "LiberationSerif-Regular.ttf", "LibSerif-B": "LiberationSerif-Bold.ttf",
    "LibMono": "LiberationMono-Regular.ttf", "LibMono-B": "LiberationMono-Bold.ttf",
    "DjSans": "DejaVuSans.ttf", "DjSans-B": "DejaVuSans-Bold.ttf",
    "DjCond": "DejaVuSansCondensed.ttf", "DjCond-B": "DejaVuSansCondensed-Bold.ttf",
    "DjSerif": "DejaVuSerif.ttf", "DjSerif-B": "DejaVuSerif-Bold.ttf",
    "DjMono": "DejaVuSansMono.ttf", "DjMono-B": "DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Cour": "Courier", "Cour-B": "Courier-Bold",
           "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helv": ("Helvetica", ""), "Helv-B": ("Helvetica", "B"), "Cour": ("Courier", ""),
           "Cour-B": ("Courier", "B"), "Times": ("Times", ""), "Times-B": ("Times", "B")}


def ttf_path(name: str) -> str | None:
    for d in FONTDIRS:
        p = Path(d) / TTF[name]
        if p.exists():
            return str(p)
    return None


class Doc:
    """Top-down page drawing over reportlab ('rl') or fpdf2 ('fp')."""

    def __init__(self, backend: str, path: Path, land: bool = False):
        self.backend, self.path = backend, path
        self.W, self.H = (792.0, 612.0) if land else (612.0, 792.0)
        self.page = 0
        self._fonts: set[str] = set()
        if backend == "rl":
            self.c = canvas.Canvas(str(path), pagesize=rl_land(letter) if land else letter, invariant=1)
            self.c.setTitle(path.stem)
        else:
            self.p = FPDF(orientation="L" if land else "P", unit="pt", format="letter")
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_auto_page_break(False)
            self.p.set_title(path.stem)
        self.new_page()

    def new_page(self) -> None:
        if self.backend == "rl":
            if self.page:
                self.c.showPage()
        else:
            self.p.add_page()
        self.page += 1

    def _font(self, name: str, size: float) -> None:
        if self.backend == "rl":
            if name in CORE_RL:
                self.c.setFont(CORE_RL[name], size)
                return
            if name not in self._fonts:
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, ttf_path(name)))
                self._fonts.add(name)
            self.c.setFont(name, size)
        else:
            if name in CORE_FP:
                fam, st = CORE_FP[name]
                self.p.set_font(fam, st, size)
                return
            if name not in self._fonts:
                self.p.add_font(name, "", ttf_path(name))
                self._fonts.add(name)
            self.p.set_font(name, "", size)

    def width(self, s: str, font: str, size: float) -> float:
        self._font(font, size)
        if self.backend == "rl":
            return self.c.stringWidth(s, CORE_RL.get(font, font), size)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str = "Helv", size: float = 9, align: str = "l") -> None:
        if not s:
            return
        self._font(font, size)
        if align == "r":
            x -= self.width(s, font, size)
        elif align == "c":
            x -= self.width(s, font, size) / 2
        base = y + size * 0.8
        if self.backend == "rl":
            self.c.drawString(x, self.H - base, s)
        else:
            self.p.text(x, base, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.backend == "rl":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.p.set_line_width(w)
            self.p.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.5) -> None:
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.p.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.p.set_fill_color(g, g, g)
                self.p.rect(x, y, w, h, style="DF")
            else:
                self.p.rect(x, y, w, h)

    def para(self, x: float, y: float, lines: list[str], font: str = "Helv", size: float = 8,
             lead: float | None = None) -> float:
        lead = lead or size * 1.3
        for s in lines:
            self.text(x, y, s, font, size)
            y += lead
        return y

    def save(self) -> int:
        if self.backend == "rl":
            self.c.showPage()
            self.c.save()
        else:
            self.p.output(str(self.path))
        return self.page


def row_text(page, top: float, bottom: float) -> str:
    """Text of the words whose top lies in [top, bottom], lines in order, words by x."""
    ws = [w for w in page.extract_words(x_tolerance=1.5, keep_blank_chars=False)
          if top - 0.1 <= w["top"] <= bottom]
    ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in ws)
