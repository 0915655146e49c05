"""Small helpers for bench/heldout58: one top-origin drawing API over reportlab and fpdf2, and the text-layer
reading used by --check.  Every value drawn is invented; nothing here reads the eobreader package."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

FONT_DIRS = ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu",
             "/usr/share/fonts/truetype/liberation2")
TTF = {
    "LiberationSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LiberationMono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "DejaVuSerifCondensed": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
}
CORE = {"Helvetica", "Courier", "Times"}


def _find(name: str) -> str | None:
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    return None


class Doc:
    """Top-origin page drawing in points. y is the text baseline measured from the top edge."""

    def __init__(self, producer: str, path: Path, landscape: bool = False, font: str = "Helvetica",
                 fallback: str = "Helvetica") -> None:
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if font not in CORE:
            files = [_find(f) for f in TTF[font]]
            if not all(files):
                font = fallback
        self.font = font
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=0)
            if font in CORE:
                self.fr, self.fb = ({"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
                                     "Times": ("Times-Roman", "Times-Bold")}[font])
            else:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                self.fr, self.fb = font, font + "-Bold"
                pdfmetrics.registerFont(TTFont(self.fr, files[0]))
                pdfmetrics.registerFont(TTFont(self.fb, files[1]))
        else:
            from fpdf import FPDF

            from_eobgen = __import__("eobgen")
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(from_eobgen.FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if font in CORE:
                self.fam = font.lower()
            else:
                self.fam = font
                self.c.add_font(font, "", files[0])
                self.c.add_font(font, "B", files[1])
        self._size, self._bold = 8.0, False

    # ---------------------------------------------------------------- pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))

    # ---------------------------------------------------------------- drawing
    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return stringWidth(s, self.fb if bold else self.fr, size)
        self.c.set_font(self.fam, "B" if bold else "", size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l",
             gray: float = 0.0) -> None:
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.fb if bold else self.fr, size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.set_font(self.fam, "B" if bold else "", size)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        self.line(x1, y, x2, y, w, gray)

    def line(self, x1, y1, x2, y2, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)
            self.c.set_draw_color(0, 0, 0)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5) -> None:
        """x, y = top-left corner."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(255, 255, 255)

    def row(self, y: float, cols: list, vals: list, size: float = 8, bold: bool = False, gray: float = 0.0) -> None:
        """cols: [(x, align)], align 'l' (x = left edge), 'r' (x = right edge), 'c' (x = centre)."""
        for (x, a), v in zip(cols, vals):
            self.text(x, y, v, size, bold, a, gray)

    def wrap(self, s: str, width: float, size: float, bold: bool = False) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, size, bold) > width:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out


# ------------------------------------------------------------------------------- text layer (for --check)

def text_lines(pdf_path: Path) -> list[list[str]]:
    """Per page, the text lines (words grouped by baseline, left to right), via pdfplumber."""
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, x_tolerance=1.5, y_tolerance=2)
            words.sort(key=lambda w: (round(w["bottom"], 0), w["x0"]))
            lines: list[list[dict]] = []
            for w in words:
                if lines and abs(lines[-1][0]["bottom"] - w["bottom"]) <= 2.0:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            pages.append([" ".join(x["text"] for x in sorted(ln, key=lambda w: w["x0"])) for ln in lines])
    return pages


MONEY_RE = re.compile(r"\(?-?\$?\d{1,3}(?:,\d{3})*\.\d{2}\)?-?|\(?-?\$?\d+\.\d{2}\)?-?")


def money_values(s: str) -> set[Decimal]:
    out = set()
    for m in MONEY_RE.finditer(s):
        t = m.group(0)
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("(-")
        body = t.strip("()-$").replace("$", "").replace(",", "").lstrip("-")
        try:
            v = Decimal(body)
        except Exception:
            continue
        out.add(-v if neg and v else v)
    return out


def date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}", f"{d:%b} {d.day}, {d.year}",
            f"{d:%B} {d.day}, {d.year}", d.strftime("%d-%b-%Y").upper(), d.strftime("%d-%b-%y"), d.isoformat(),
            d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d}, {d.year}"]
