"""Drawing and table helpers for bench/heldout163 (one canvas API over reportlab and fpdf2, top-origin y)."""

from __future__ import annotations

from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "dejavu/DejaVuSansCondensed.ttf", "DejaVuSansCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "dejavu/DejaVuSansMono.ttf", "DejaVuMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
LETTER = (612.0, 792.0)


class Doc:
    """producer 'reportlab' or 'fpdf2'; fonts: {'reg': name, 'bold': name} (core or TTF key)."""

    def __init__(self, path: Path, producer: str, fonts: dict, landscape: bool = False, fixed_when=None):
        self.path, self.producer, self.fonts = Path(path), producer, fonts
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 1
        self.size = 9
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for f in fonts.values():
                if f in TTF:
                    try:
                        pdfmetrics.getFont(f)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(f, FONTDIR + TTF[f]))
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("statement")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            if fixed_when is not None:
                self.c.set_creation_date(fixed_when)
            for f in set(fonts.values()):
                if f in TTF:
                    self.c.add_font(f, "", FONTDIR + TTF[f])
            self.c.add_page()
        self.font("reg", 9)

    def _fname(self, role):
        f = self.fonts[role]
        if self.producer == "fpdf2" and f not in TTF:
            return {"Helvetica-Bold": ("Helvetica", "B"), "Times-Roman": ("Times", ""), "Times-Bold": ("Times", "B"),
                    "Courier-Bold": ("Courier", "B")}.get(f, (f, ""))
        return f

    def font(self, role, size):
        self.role, self.size = role, size
        f = self._fname(role)
        if self.producer == "reportlab":
            self.c.setFont(f, size)
        else:
            fam, st = f if isinstance(f, tuple) else (f, "")
            self.c.set_font(fam, st, size)

    def width(self, s):
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._fname(self.role), self.size)
        return self.c.get_string_width(s)

    def text(self, x, y, s, align="l"):
        s = str(s)
        if align == "r":
            x = x - self.width(s)
        elif align == "c":
            x = x - self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1, x2, y, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)

    def vline(self, x, y1, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)

    def rect(self, x, y, w, h, lw=0.6, fill_gray=None):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill_gray is not None:
                self.c.setFillGray(fill_gray)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if fill_gray is not None:
                g = int(fill_gray * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def new_page(self):
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font(self.role, self.size)

    def save(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


class Table:
    """cols: list of (key, header text with '\\n' for stacked lines, x, align) where x is the left edge for
    'l' and the right edge for 'r'. Rows: dict key -> str or list[str] (stacked lines in the cell)."""

    def __init__(self, doc: Doc, cols, size=8, lead=None, hsize=None, grid=None, shade=None):
        self.d, self.cols, self.size = doc, cols, size
        self.lead = lead or size + 2.5
        self.hsize = hsize or size
        self.grid = grid  # (x_left, x_right) to rule rows
        self.shade = shade

    def header(self, y):
        d = self.d
        nl = max(len(h.split("\n")) for _, h, _, _ in self.cols)
        hh = nl * (self.hsize + 1.5) + 3
        if self.shade is not None and self.grid:
            d.rect(self.grid[0], y, self.grid[1] - self.grid[0], hh, lw=0.4, fill_gray=self.shade)
        d.font("bold", self.hsize)
        for key, h, x, al in self.cols:
            parts = h.split("\n")
            off = nl - len(parts)
            for i, p in enumerate(parts):
                d.text(x, y + (off + i + 1) * (self.hsize + 1.5), p, al)
        y += hh
        if self.grid:
            d.hline(self.grid[0], self.grid[1], y, 0.6)
        d.font("reg", self.size)
        return y + 2

    def row(self, y, cells, bold=False, rule=True):
        d = self.d
        d.font("bold" if bold else "reg", self.size)
        n = 1
        for key, _, x, al in self.cols:
            v = cells.get(key)
            if v is None:
                continue
            vs = v if isinstance(v, list) else [v]
            n = max(n, len(vs))
            for i, s in enumerate(vs):
                d.text(x, y + self.size + i * self.lead, s, al)
        top, bot = y, y + self.size + (n - 1) * self.lead + 2.5
        y = bot + (self.lead - self.size)
        if self.grid and rule:
            d.hline(self.grid[0], self.grid[1], y - 1, 0.25)
        d.font("reg", self.size)
        return y, (top, bot)

    def height(self, cells):
        n = max([len(v) if isinstance(v, list) else 1 for v in cells.values() if v is not None] or [1])
        return self.size + (n - 1) * self.lead + self.lead + 1


def wrap(doc: Doc, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out
