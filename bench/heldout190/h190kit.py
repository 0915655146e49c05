"""Small drawing layer for set 190: record text / rule / box operations once (top-left origin, points, y is the
text baseline), then emit them through reportlab or fpdf2. Also: page flow with a bottom margin and a callback
for continuation pages, and the pdfplumber row grouping used by the self-check."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVSerifCond": "dejavu/DejaVuSerifCondensed.ttf", "DVSerifCond-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
        "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
for _n, _p in TTF.items():
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, str(FONTDIR / _p)))


def sw(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and sw(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    def __init__(self, w: float, h: float, font: str = "Helvetica", bold: str = "Helvetica-Bold", title: str = ""):
        self.w, self.h, self.font, self.bold, self.title = w, h, font, bold, title
        self.pages: list[list[tuple]] = []
        self.new_page()

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, size=8.0, bold=False, align="L", font=None):
        f = font or (self.bold if bold else self.font)
        if align == "R":
            x -= sw(s, f, size)
        elif align == "C":
            x -= sw(s, f, size) / 2
        self.pages[-1].append(("T", x, y, s, f, size))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("L", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("R", x, y, w, h, fill, stroke, lw))

    # ------------------------------------------------------------------ emit
    def save_reportlab(self, path: Path) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(self.title)
        c.setAuthor("")
        for ops in self.pages:
            for op in ops:
                if op[0] == "T":
                    _, x, y, s, f, size = op
                    s = s.replace("{NP}", str(len(self.pages)))
                    c.setFont(f, size)
                    c.setFillGray(0)
                    c.drawString(x, self.h - y, s)
                elif op[0] == "L":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=timezone.utc))
        pdf.set_title(self.title)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "T":
                    _, x, y, s, f, size = op
                    s = s.replace("{NP}", str(len(self.pages)))
                    if f in CORE:
                        fam, st = CORE[f]
                        pdf.set_font(fam, st, size)
                    else:
                        if f not in added:
                            pdf.add_font(f, "", str(FONTDIR / TTF[f]))
                            added.add(f)
                        pdf.set_font(f, "", size)
                    pdf.text(x, y, s)
                elif op[0] == "L":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ""
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                        style += "F"
                    if stroke:
                        style += "D"
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


class Flow:
    """Vertical cursor with page breaks. on_new(doc, flow) draws banners / repeated headers on a fresh page."""

    def __init__(self, doc: Doc, top: float, bottom: float, on_new=None):
        self.doc, self.y, self.top, self.bottom, self.on_new = doc, top, top, bottom, on_new
        self.breaks = 0

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.top
            self.breaks += 1
            if self.on_new:
                self.on_new(self.doc, self)
            return True
        return False


def pdf_rows(page, tol: float = 2.2) -> list[str]:
    """Group a pdfplumber page's words into text rows (by top coordinate), words joined left to right."""
    words = page.extract_words(keep_blank_chars=False, x_tolerance=1.5, y_tolerance=2)
    words.sort(key=lambda w: (round(w["top"], 1), w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        for r in rows:
            if abs(r[0]["top"] - w["top"]) <= tol:
                r.append(w)
                break
        else:
            rows.append([w])
    rows.sort(key=lambda r: r[0]["top"])
    return [" ".join(w["text"] for w in sorted(r, key=lambda w: w["x0"])) for r in rows]
