"""Small drawing / pagination engine shared by the set-121 layouts (reportlab or fpdf2 backends)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
TTF = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "LiberationSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LiberationMono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
        "Times": ("Times-Roman", "Times-Bold")}


def ttf_path(name: str) -> str:
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    raise FileNotFoundError(name)


class Doc:
    """Pages of drawing operations in top-left coordinates (points); y of text is the baseline."""

    def __init__(self, producer: str, size=(612, 792), font="Helvetica"):
        self.producer, self.W, self.H, self.font = producer, size[0], size[1], font
        self.pages: list[list[tuple]] = [[]]
        self.footer = None  # callable(doc, page_no, n_pages)
        self._rl = None

    @property
    def n(self) -> int:
        return len(self.pages)

    def new_page(self):
        self.pages.append([])

    def t(self, x, y, s, size=9, bold=False, align="l", font=None):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align, font or self.font))

    def hl(self, x0, x1, y, lw=0.5):
        self.pages[-1].append(("l", x0, y, x1, y, lw))

    def vl(self, x, y0, y1, lw=0.5):
        self.pages[-1].append(("l", x, y0, x, y1, lw))

    def box(self, x, y, w, h, fill=None, lw=0.6, stroke=True):
        self.pages[-1].append(("r", x, y, w, h, fill, lw, stroke))

    # ------------------------------------------------------------------ measuring
    def width(self, s, size, bold=False, font=None) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self._rl_font(font or self.font, bold), size)

    def _rl_font(self, fam, bold):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if fam in CORE:
            return CORE[fam][bool(bold)]
        name = fam + ("-B" if bold else "")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, ttf_path(TTF[fam][bool(bold)])))
        return name

    # ------------------------------------------------------------------ output
    def save(self, path: Path):
        if self.footer:
            keep = self.pages
            for i, ops in enumerate(keep):
                self.pages = [ops]
                self.footer(self, i + 1, len(keep))
            self.pages = keep
        if self.producer == "reportlab":
            self._save_rl(path)
        else:
            self._save_fpdf(path)

    def _save_rl(self, path):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        c.setTitle("Document")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align, fam = op
                    c.setFont(self._rl_font(fam, bold), size)
                    fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                    fn(x, self.H - y, s)
                elif op[0] == "l":
                    _, x0, y0, x1, y1, lw = op
                    c.setLineWidth(lw)
                    c.line(x0, self.H - y0, x1, self.H - y1)
                else:
                    _, x, y, w, h, fill, lw, stroke = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _save_fpdf(self, path):
        from datetime import UTC, datetime

        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        added = set()

        def setf(fam, bold, size):
            if fam in CORE:
                pdf.set_font({"Times": "Times"}.get(fam, fam), "B" if bold else "", size)
                return
            if (fam, bold) not in added:
                pdf.add_font(fam, "B" if bold else "", ttf_path(TTF[fam][bool(bold)]))
                added.add((fam, bold))
            pdf.set_font(fam, "B" if bold else "", size)

        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align, fam = op
                    setf(fam, bold, size)
                    w = pdf.get_string_width(s)
                    xx = x if align == "l" else (x - w if align == "r" else x - w / 2)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x0, y0, x1, y1, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x0, y0, x1, y1)
                else:
                    _, x, y, w, h, fill, lw, stroke = op
                    pdf.set_line_width(lw)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


class Flow:
    """A cursor running down pages: banner on every page, optional repeated column header."""

    def __init__(self, doc: Doc, top_fn, bottom: float):
        self.doc, self.top_fn, self.bottom = doc, top_fn, bottom
        self.page = 1
        self.y = top_fn(doc, 1)
        self.header = None  # callable(flow) drawing a column header at self.y
        self.on_break = None  # callable(flow) after header (e.g. "(continued)" line)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.brk()
            return True
        return False

    def brk(self):
        self.doc.new_page()
        self.page += 1
        self.y = self.top_fn(self.doc, self.page)
        if self.header:
            self.header(self)
        if self.on_break:
            self.on_break(self)


def wrap(doc: Doc, s: str, width: float, size: float, bold=False) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        cand = (cur + " " + w).strip()
        if cur and doc.width(cand, size, bold) > width:
            out.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        out.append(cur)
    return out or [""]


def dec(s) -> Decimal:
    return Decimal(str(s))
