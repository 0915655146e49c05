"""Drawing back-ends, a small paginator and the self-check text extraction for make_heldout112_pdfs.py.

A document is built once as a list of pages of drawing operations (baseline coordinates in points from the
top-left corner), then rendered by reportlab or fpdf2. "{PAGES}" in any text is replaced by the page count.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DVSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Cour": "Courier", "Cour-B": "Courier-Bold",
           "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "Helv-B": ("helvetica", "B"), "Cour": ("courier", ""),
           "Cour-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}


class Doc:
    def __init__(self, w: float, h: float, top: float, bottom: float, font: str = "Helv", size: float = 9):
        self.w, self.h, self.top, self.bottom = w, h, top, bottom
        self.font, self.size = font, size
        self.pages: list[list[tuple]] = []
        self.page_furniture = None  # callable(doc) drawing the page head; sets self.y
        self.cont = None  # callable(doc) drawn after a break inside a table (repeated header)
        self.y = top
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.page_furniture:
            self.page_furniture(self)

    def need(self, h: float, cont: bool = True) -> bool:
        if self.y + h > self.h - self.bottom:
            self.new_page()
            if cont and self.cont:
                self.cont(self)
            return True
        return False

    def text(self, x, y, s, font=None, size=None, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font or self.font, size or self.size, align))

    def line(self, x1, y1, x2, y2, wdt=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, wdt))

    def rect(self, x, y, w, h, wdt=0.5, fill=None):
        self.pages[-1].append(("r", x, y, w, h, wdt, fill))

    def row(self, cells, font=None, size=None, lead=None):
        """cells: list of (x, text, align). Writes at the current baseline and advances."""
        size = size or self.size
        for x, s, al in cells:
            if s not in (None, ""):
                self.text(x, self.y, s, font, size, al)
        self.y += lead or size * 1.35

    def gap(self, h):
        self.y += h


def wrap(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out or [""]


def render_rl(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    names = {}
    for f in used:
        if f in CORE_RL:
            names[f] = CORE_RL[f]
        else:
            nm = "H112" + f.replace("-", "")
            if nm not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(nm, str(FONT_DIR / TTF[f])))
            names[f] = nm
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("heldout112 factory")
    n = len(doc.pages)
    for pg in doc.pages:
        for op in pg:
            if op[0] == "t":
                _, x, y, s, f, sz, al = op
                s = s.replace("{PAGES}", str(n))
                c.setFont(names[f], sz)
                if al == "r":
                    c.drawRightString(x, doc.h - y, s)
                elif al == "c":
                    c.drawCentredString(x, doc.h - y, s)
                else:
                    c.drawString(x, doc.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd = op
                c.setLineWidth(wd)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, wd, fill = op
                c.setLineWidth(wd)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fp(doc: Doc, path: Path, title: str) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.set_author("heldout112 factory")
    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    fam = {}
    for f in used:
        if f in CORE_FP:
            fam[f] = CORE_FP[f]
        else:
            nm = "h112" + f.replace("-", "").lower()
            pdf.add_font(nm, "", str(FONT_DIR / TTF[f]))
            fam[f] = (nm, "")
    n = len(doc.pages)
    for pg in doc.pages:
        pdf.add_page()
        for op in pg:
            if op[0] == "t":
                _, x, y, s, f, sz, al = op
                s = s.replace("{PAGES}", str(n))
                pdf.set_font(fam[f][0], fam[f][1], sz)
                wd = pdf.get_string_width(s)
                xx = x - wd if al == "r" else (x - wd / 2 if al == "c" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd = op
                pdf.set_line_width(wd)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, wd, fill = op
                pdf.set_line_width(wd)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------- check helpers

def page_lines(pdf_path: Path) -> list[list[str]]:
    """Text lines per page: words grouped by baseline."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) < 2.0:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            rows.sort(key=lambda r: r[0])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def money_forms(v: str) -> list[str]:
    d = Decimal(v)
    a = abs(d)
    bodies = [f"{a:,.2f}", f"{a:.2f}", f"${a:,.2f}", f"${a:.2f}"]
    if d < 0:
        out = []
        for b in bodies:
            out += ["-" + b, f"({b})", b + "-", b + " CR", "-" + b.replace("$", "$-")]
            if b.startswith("$"):
                out.append("$-" + b[1:])
        return out
    return bodies


def has_token(line: str, forms: list[str]) -> bool:
    for f in forms:
        if re.search(r"(?<![\d.,$\-(])" + re.escape(f) + r"(?![\d])(?!\.\d)(?!,\d)", line):
            return True
    return False


def units_forms(u: str) -> list[str]:
    return [u, u + ".0", u + ".00", u + ".000", "x" + u, "x " + u, u + " units", u + " unit"]


DATE_FMTS = ["%m/%d/%Y", "%m/%d/%y", "%m%d%y", "%m%d%Y", "%Y-%m-%d", "%m-%d-%Y", "%m-%d-%y", "%d-%b-%Y",
             "%b %d, %Y", "%B %d, %Y"]


def date_forms(iso: str) -> list[str]:
    d = datetime.strptime(iso, "%Y-%m-%d")
    out = [d.strftime(f) for f in DATE_FMTS]
    out += [f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            f"{d.month}/{d.day}/{d:%y}", d.strftime("%d-%b-%Y").upper(), d.strftime("%d%b%y").upper(),
            f"{d:%b}. {d.day}, {d.year}"]
    return out
