"""Drawing kit for set 95: one small canvas API (top-left origin, points) over reportlab and fpdf2, plus a
paginating table writer that records, for every service row, the page it landed on and the exact strings
printed on that row (used by --check). Tests the factory only."""

from __future__ import annotations

from datetime import datetime, timezone

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation2/LiberationSans-Regular.ttf", "LibSans-B": "liberation2/LiberationSans-Bold.ttf",
    "LibSerif": "liberation2/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation2/LiberationSerif-Bold.ttf",
    "LibMono": "liberation2/LiberationMono-Regular.ttf", "LibMono-B": "liberation2/LiberationMono-Bold.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf", "Narrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Cour": "Courier", "Cour-B": "Courier-Bold",
           "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "Helv-B": ("helvetica", "B"), "Cour": ("courier", ""),
           "Cour-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}


class Canvas:
    def __init__(self, path, producer: str, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        self.path = str(path)
        if producer == "reportlab":
            from reportlab.pdfgen import canvas as rlc
            self.c = rlc.Canvas(self.path, pagesize=(self.W, self.H), invariant=1)
            self.c.setAuthor("")
            self.c.setTitle("Document")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=timezone.utc))
            self.c.set_title("Document")
        self._reg: set = set()

    def _font(self, f, size):
        if self.producer == "reportlab":
            if f in CORE_RL:
                return CORE_RL[f]
            if f not in self._reg:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(f, FONTDIR + TTF[f]))
                self._reg.add(f)
            return f
        if f in CORE_FP:
            fam, st = CORE_FP[f]
            self.c.set_font(fam, st, size)
            return None
        if f not in self._reg:
            self.c.add_font(f, "", FONTDIR + TTF[f])
            self._reg.add(f)
        self.c.set_font(f, "", size)
        return None

    def width(self, s, f, size):
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, self._font(f, size), size)
        self._font(f, size)
        return self.c.get_string_width(s)

    def page(self):
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def text(self, x, y, s, f="Helv", size=8, align="l", grey=0.0):
        if not s:
            return
        if align == "r":
            x -= self.width(s, f, size)
        elif align == "c":
            x -= self.width(s, f, size) / 2
        if self.producer == "reportlab":
            self.c.setFillGray(grey)
            self.c.setFont(self._font(f, size), size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self._font(f, size)
            g = int(grey * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=style)

    def save(self):
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(self.path)


def wrap(cv, s, f, size, width):
    words, out, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and cv.width(t, f, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Table:
    """Paginating table writer.  cols: list of (heading, key, x, align, wrap_width_or_0).  Heading may hold
    '\\n' for a two-line column head.  ``furniture(cv, pageno)`` draws page furniture and returns the y where
    content starts; ``bottom`` is the last usable baseline."""

    def __init__(self, cv, cols, font, bold, size, lead, furniture, bottom, head_rule=True, grid=None,
                 shade_head=None):
        self.cv, self.cols, self.f, self.b, self.size, self.lead = cv, cols, font, bold, size, lead
        self.furniture, self.bottom, self.head_rule, self.grid, self.shade = (furniture, bottom, head_rule,
                                                                              grid, shade_head)
        self.y = None
        self.rows = []  # (page, {key: printed string}) for every service row

    def new_page(self):
        self.cv.page()
        self.y = self.furniture(self.cv, self.cv.pages)

    def bot(self):
        return self.bottom(self.cv.pages) if callable(self.bottom) else self.bottom

    def need(self, h):
        if self.y is None or self.y + h > self.bot():
            self.new_page()
            return True
        return False

    def head(self):
        heads = [c[0].split("\n") for c in self.cols]
        n = max(len(h) for h in heads)
        if self.shade is not None:
            x0 = min(c[2] for c in self.cols) - 3
            self.cv.rect(x0, self.y - self.size - 1, self.cv.W - 2 * x0, n * self.lead + 4, fill=self.shade,
                         stroke=False)
        for (h, key, x, al, ww), parts in zip(self.cols, heads):
            for i, p in enumerate(parts):
                self.cv.text(x, self.y + (i + n - len(parts)) * self.lead, p, self.b, self.size, al)
        self.y += (n - 1) * self.lead + 3
        if self.head_rule:
            x0 = min(c[2] for c in self.cols) - 3
            self.cv.line(x0, self.y, self.cv.W - x0, self.y, 0.7)
        self.y += self.lead + 1

    def row(self, vals: dict, service=True, font=None, extra=()):
        """Write one row; wrapped cells continue underneath.  ``extra``: more lines below (list of
        {key: str}).  Returns the page number the row's first line is on."""
        lines = []
        first = {}
        wrapped = {}
        for h, key, x, al, ww in self.cols:
            v = vals.get(key, "")
            if ww and v:
                parts = wrap(self.cv, v, font or self.f, self.size, ww)
                first[key] = parts[0]
                wrapped[key] = parts[1:]
            else:
                first[key] = v
        more = max([len(v) for v in wrapped.values()] + [0])
        lines.append(first)
        for i in range(more):
            lines.append({k: v[i] for k, v in wrapped.items() if i < len(v)})
        lines.extend(extra)
        return lines, first

    def emit(self, lines, font=None):
        for ln in lines:
            for h, key, x, al, ww in self.cols:
                self.cv.text(x, self.y, ln.get(key, ""), font or self.f, self.size, al)
            if self.grid is not None:
                x0 = min(c[2] for c in self.cols) - 3
                self.cv.line(x0, self.y + 3, self.cv.W - x0, self.y + 3, self.grid)
            self.y += self.lead
