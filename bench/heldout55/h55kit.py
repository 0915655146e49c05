"""Small drawing kit for set 55: one page-op list rendered by reportlab or fpdf2, a paginating cursor,
and a record of which printed strings belong on one text line for the self-check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = {"dv": "/usr/share/fonts/truetype/dejavu/", "lb": "/usr/share/fonts/truetype/liberation/"}
TTF = {
    "DVSans": "dv:DejaVuSans", "DVSansB": "dv:DejaVuSans-Bold", "DVCond": "dv:DejaVuSansCondensed",
    "DVCondB": "dv:DejaVuSansCondensed-Bold", "DVSerif": "dv:DejaVuSerif", "DVSerifB": "dv:DejaVuSerif-Bold",
    "DVSerifC": "dv:DejaVuSerifCondensed", "DVSerifCB": "dv:DejaVuSerifCondensed-Bold",
    "DVMono": "dv:DejaVuSansMono", "DVMonoB": "dv:DejaVuSansMono-Bold",
    "LSans": "lb:LiberationSans-Regular", "LSansB": "lb:LiberationSans-Bold",
    "LNarrow": "lb:LiberationSansNarrow-Regular", "LNarrowB": "lb:LiberationSansNarrow-Bold",
    "LSerif": "lb:LiberationSerif-Regular", "LSerifB": "lb:LiberationSerif-Bold", "LSerifI": "lb:LiberationSerif-Italic",
    "LMono": "lb:LiberationMono-Regular", "LMonoB": "lb:LiberationMono-Bold",
}
CORE_RL = {"Helv": "Helvetica", "HelvB": "Helvetica-Bold", "Times": "Times-Roman", "TimesB": "Times-Bold",
           "Cour": "Courier", "CourB": "Courier-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "HelvB": ("helvetica", "B"), "Times": ("times", ""),
           "TimesB": ("times", "B"), "Cour": ("courier", ""), "CourB": ("courier", "B")}


def ttf_path(name: str) -> str:
    d, f = TTF[name].split(":")
    return FONTDIR[d] + f + ".ttf"


_reg: set = set()


def _rl_font(name: str) -> str:
    if name in CORE_RL:
        return CORE_RL[name]
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, ttf_path(name)))
        _reg.add(name)
    return name


def sw(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_font(font), size)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if sw(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


@dataclass
class Doc:
    w: float
    h: float
    pages: list = field(default_factory=list)

    def new_page(self) -> list:
        self.pages.append([])
        return self.pages[-1]

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="Helv", size=8, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    # ------------------------------------------------------------------ render
    def save_rl(self, path: Path, title: str):
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("set 55 factory")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    c.setFillGray(0)
                    c.setFont(_rl_font(font), size)
                    yy = self.h - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, g = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(g)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.showPage()
        c.save()

    def save_fp(self, path: Path, title: str):
        from datetime import UTC, datetime

        from fpdf import FPDF
        p = FPDF(unit="pt", format=(self.w, self.h))
        p.set_auto_page_break(False)
        p.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        p.set_title(title)
        p.set_author("set 55 factory")
        added = set()

        def font(name, size):
            if name in CORE_FP:
                fam, st = CORE_FP[name]
                p.set_font(fam, st, size)
            else:
                if name not in added:
                    p.add_font(name, "", ttf_path(name))
                    added.add(name)
                p.set_font(name, "", size)

        for ops in self.pages:
            p.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, fn, size, align = op
                    font(fn, size)
                    p.set_text_color(0)
                    wdt = p.get_string_width(s)
                    xx = x - wdt if align == "r" else x - wdt / 2 if align == "c" else x
                    p.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, g = op
                    p.set_line_width(lw)
                    p.set_draw_color(int(g * 255))
                    p.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    p.set_line_width(lw)
                    p.set_draw_color(0)
                    if fill is not None:
                        p.set_fill_color(int(fill * 255))
                    style = ("D" if stroke else "") + ("F" if fill is not None else "")
                    p.rect(x, y, w, h, style=style or "D")
        p.output(str(path))


@dataclass
class Col:
    head: str          # "|" separates stacked heading lines
    w: float
    align: str = "l"


def header_row(doc: Doc, x0: float, y: float, cols: list[Col], font: str, size: float, lead: float,
               shade: float | None = None, rule: bool = True) -> float:
    """Draw a column heading (stacked lines); return the y below it."""
    nl = max(len(c.head.split("|")) for c in cols)
    tot = sum(c.w for c in cols)
    if shade is not None:
        doc.rect(x0, y - size - 1, tot, nl * lead + 3, fill=shade, stroke=False)
    x = x0
    for c in cols:
        parts = c.head.split("|")
        for i, part in enumerate(parts):
            yy = y + (nl - len(parts) + i) * lead
            if c.align == "r":
                doc.text(x + c.w - 2, yy, part, font, size, "r")
            elif c.align == "c":
                doc.text(x + c.w / 2, yy, part, font, size, "c")
            else:
                doc.text(x + 2, yy, part, font, size)
        x += c.w
    yb = y + (nl - 1) * lead + 3
    if rule:
        doc.line(x0, yb, x0 + tot, yb, 0.6)
    return yb + lead


def row(doc: Doc, x0: float, y: float, cols: list[Col], vals: list, font: str, size: float) -> None:
    x = x0
    for c, v in zip(cols, vals):
        if v not in (None, ""):
            if c.align == "r":
                doc.text(x + c.w - 2, y, v, font, size, "r")
            elif c.align == "c":
                doc.text(x + c.w / 2, y, v, font, size, "c")
            else:
                doc.text(x + 2, y, v, font, size)
        x += c.w
