"""Small drawing layer for make_heldout179_pdfs.py: one page model, rendered by reportlab or by fpdf2, and the
text-layer self-check. Coordinates are points from the top-left; text y is the baseline."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf", "DejaVuSansMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf", "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


def _rl_register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name in CORE or name in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(name, str(FONTDIR / TTF[name])))


def width(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    _rl_register(font)
    return pdfmetrics.stringWidth(s, font, size)


class Doc:
    def __init__(self, landscape: bool = False):
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []
        self.font, self.size = "Helvetica", 8.0
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def setfont(self, font: str, size: float) -> None:
        self.font, self.size = font, size

    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             align: str = "L") -> None:
        f, z = font or self.font, size or self.size
        if align == "R":
            x -= width(s, f, z)
        elif align == "C":
            x -= width(s, f, z) / 2
        self.pages[-1].append(("t", x, y, s, f, z))

    def line(self, x1, y1, x2, y2, lw=0.5) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw=0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def wrap(self, s: str, maxw: float, font: str | None = None, size: float | None = None) -> list[str]:
        f, z = font or self.font, size or self.size
        out, cur = [], ""
        for wd in s.split():
            t = (cur + " " + wd).strip()
            if width(t, f, z) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = wd
        if cur:
            out.append(cur)
        return out

    # ----------------------------------------------------------------------------------------- render
    last_pages = 0

    def save(self, path: Path, producer: str, title: str) -> None:
        Doc.last_pages = len(self.pages)
        (self._save_rl if producer == "reportlab" else self._save_fpdf)(path, title)

    def _save_rl(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("heldout179 factory")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, z = op
                    _rl_register(f)
                    c.setFont(f, z)
                    c.setFillGray(0)
                    c.drawString(x, self.h - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _save_fpdf(self, path: Path, title: str) -> None:
        from fpdf import FPDF
        from eobgen import FIXED_WHEN
        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("heldout179 factory")
        fams: dict[str, tuple[str, str]] = {}
        core_map = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
                    "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}

        def fam(f: str) -> tuple[str, str]:
            if f in core_map:
                return core_map[f]
            if f not in fams:
                pdf.add_font(f.replace("-", ""), "", str(FONTDIR / TTF[f]))
                fams[f] = (f.replace("-", ""), "")
            return fams[f]

        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, z = op
                    fa, st = fam(f)
                    pdf.set_font(fa, st, z)
                    pdf.set_text_color(0)
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


# --------------------------------------------------------------------------------------------- check
def page_lines(pdf_path: Path) -> list[list[str]]:
    """Text lines per page, words grouped by their vertical position."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) < 2.5:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            rows.sort(key=lambda r: r[0])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


NUM = re.compile(r"\(?-?\$?\d[\d,]*\.?\d*-?\)?")


def numbers(s: str) -> set[Decimal]:
    got = set()
    for tok in NUM.findall(s):
        neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-")
        t = tok.strip("()$-").replace("$", "").replace(",", "").rstrip("-")
        if t.startswith("-"):
            t = t[1:]
        try:
            d = Decimal(t)
        except InvalidOperation:
            continue
        got.add(-d if neg else d)
    return got


def date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d:%y}", d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%b} {d.day}", f"{d:%B} {d.day}, {d.year}", d.isoformat(),
            d.strftime("%d-%b-%Y").upper(), d.strftime("%d %b %Y"), d.strftime("%m.%d.%y"),
            d.strftime("%Y%m%d")]
