"""Small drawing kit for set 139: one page model (text / rule / box in points, top-down) rendered by
reportlab or fpdf2, plus the text-layer reader used by --check. Not used by anything else."""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": (TT + "liberation/LiberationSans-Regular.ttf", TT + "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": (TT + "liberation/LiberationSerif-Regular.ttf", TT + "liberation/LiberationSerif-Bold.ttf"),
    "LibMono": (TT + "liberation/LiberationMono-Regular.ttf", TT + "liberation/LiberationMono-Bold.ttf"),
    "LibNarrow": (TT + "liberation/LiberationSansNarrow-Regular.ttf",
                  TT + "liberation/LiberationSansNarrow-Bold.ttf"),
    "DejaCond": (TT + "dejavu/DejaVuSansCondensed.ttf", TT + "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaSerif": (TT + "dejavu/DejaVuSerif.ttf", TT + "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaMono": (TT + "dejavu/DejaVuSansMono.ttf", TT + "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}
_reg: set = set()


def _rl_name(fam: str, bold: bool) -> str:
    if fam in CORE_RL:
        return CORE_RL[fam][1 if bold else 0]
    name = fam + ("-B" if bold else "")
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, TTF[fam][1 if bold else 0]))
        _reg.add(name)
    return name


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, _rl_name(fam, bold), size)


class Doc:
    def __init__(self, producer: str, size=(612, 792), font="Helvetica", margin_bottom=60):
        self.producer, self.W, self.H, self.font = producer, size[0], size[1], font
        self.pages: list[list] = []
        self.y = 0.0
        self.bottom = self.H - margin_bottom
        self.on_new_page = None  # callable(doc) drawing the furniture of a continuation page
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self):
        self.pages.append([])
        self.y = 40.0
        if self.on_new_page and len(self.pages) > 1:
            self.on_new_page(self)

    def need(self, h: float, before_break=None):
        if self.y + h > self.bottom:
            if before_break:
                before_break(self)
            self.new_page()
            return True
        return False

    def text(self, x, y, s, size=8.0, bold=False, align="L", font=None, gray=0.0):
        fam = font or self.font
        w = width(s, fam, size, bold)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        self.pages[-1].append(("t", x, y, s, fam, size, bold, gray))
        return w

    def rule(self, x1, y1, x2, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def box(self, x, y, w, h, fill=None, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))

    def row(self, cols, cells, y=None, size=7.5, bold=False, font=None):
        """cols: list of (x, align) ; cells: strings ('' skips). Align 'R' uses x as right edge."""
        y = self.y if y is None else y
        for (x, al), c in zip(cols, cells):
            if c:
                self.text(x, y, c, size, bold, al, font)

    def wrap(self, s, maxw, size, bold=False, font=None):
        fam = font or self.font
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if width(t, fam, size, bold) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out

    # ------------------------------------------------------------------ render
    def _sub(self, s, i):
        return s.replace("{PAGE}", str(i + 1)).replace("{PAGES}", str(len(self.pages)))

    def save(self, path: Path, fixed_when):
        if self.producer == "reportlab":
            self._save_rl(path)
        else:
            self._save_fp(path, fixed_when)

    def _save_rl(self, path):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Statement")
        for i, items in enumerate(self.pages):
            for it in items:
                if it[0] == "r":
                    _, x, y, w, h, fill, lw = it
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            for it in items:
                if it[0] == "l":
                    _, x1, y1, x2, y2, lw, g = it
                    c.setLineWidth(lw)
                    c.setStrokeGray(g)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                    c.setStrokeGray(0)
                elif it[0] == "t":
                    _, x, y, s, fam, size, bold, g = it
                    c.setFont(_rl_name(fam, bold), size)
                    c.setFillGray(g)
                    c.drawString(x, self.H - y, self._sub(s, i))
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _save_fp(self, path, fixed_when):
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_creation_date(fixed_when)
        pdf.set_auto_page_break(False)
        pdf.set_title("Statement")
        added = set()
        for i, items in enumerate(self.pages):
            pdf.add_page()
            for it in items:
                if it[0] == "r":
                    _, x, y, w, h, fill, lw = it
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="F")
                    else:
                        pdf.rect(x, y, w, h, style="D")
            for it in items:
                if it[0] == "l":
                    _, x1, y1, x2, y2, lw, g = it
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(int(g * 255))
                    pdf.line(x1, y1, x2, y2)
                    pdf.set_draw_color(0)
                elif it[0] == "t":
                    _, x, y, s, fam, size, bold, g = it
                    if fam in CORE_FP:
                        pdf.set_font(CORE_FP[fam], "B" if bold else "", size)
                    else:
                        key = (fam, bold)
                        if key not in added:
                            pdf.add_font(fam, "B" if bold else "", TTF[fam][1 if bold else 0])
                            added.add(key)
                        pdf.set_font(fam, "B" if bold else "", size)
                    pdf.set_text_color(int(g * 255))
                    pdf.text(x, y, self._sub(s, i))
                    pdf.set_text_color(0)
        pdf.output(str(path))


# ---------------------------------------------------------------------- check side
def text_rows(pdf_path: Path) -> list[list[str]]:
    """Per page, the text lines of the text layer (words grouped by baseline), read with pdfplumber."""
    import pdfplumber
    pages = []
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
            out = []
            for b, ws in sorted(rows, key=lambda r: r[0]):
                out.append(" ".join(x["text"] for x in sorted(ws, key=lambda x: x["x0"])))
            pages.append(out)
    return pages


def has_tokens(line: str, tokens) -> bool:
    padded = " " + re.sub(r"\s+", " ", line) + " "
    return all((" " + t + " ") in padded for t in tokens)
