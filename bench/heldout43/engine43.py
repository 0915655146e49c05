"""Small drawing/flow engine for set 43: positions are computed once, then drawn by reportlab or fpdf2."""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": (FD + "liberation/LiberationSerif-Regular.ttf", FD + "liberation/LiberationSerif-Bold.ttf"),
    "LibNarrow": (FD + "liberation/LiberationSansNarrow-Regular.ttf", FD + "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibSans": (FD + "liberation/LiberationSans-Regular.ttf", FD + "liberation/LiberationSans-Bold.ttf"),
    "LibMono": (FD + "liberation/LiberationMono-Regular.ttf", FD + "liberation/LiberationMono-Bold.ttf"),
    "DVSans": (FD + "dejavu/DejaVuSans.ttf", FD + "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": (FD + "dejavu/DejaVuSansCondensed.ttf", FD + "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVMono": (FD + "dejavu/DejaVuSansMono.ttf", FD + "dejavu/DejaVuSansMono-Bold.ttf"),
    "DVSerifC": (FD + "dejavu/DejaVuSerifCondensed.ttf", FD + "dejavu/DejaVuSerifCondensed-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}
_reg: set = set()


def rl_font(fam: str, bold: bool) -> str:
    if fam in CORE_RL:
        return CORE_RL[fam][bold]
    name = fam + ("-B" if bold else "")
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, TTF[fam][bold]))
        _reg.add(name)
    return name


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_font(fam, bold), size)


class Flow:
    """Collects drawing ops per page. y grows downwards, in points."""

    def __init__(self, landscape: bool, fam: str, size: float, lh: float, top: float, bottom: float,
                 header, colhead=None):
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.fam, self.size, self.lh = fam, size, lh
        self.top, self.bottom = top, bottom
        self.header, self.colhead = header, colhead
        self.pages: list[list] = []
        self.cont = None  # callable drawing a "(continued)" line on a new page
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        self.header(self)
        if self.cont:
            self.cont(self)
        if self.colhead:
            self.colhead(self)

    def need(self, h: float) -> None:
        if self.y + h > self.H - self.bottom:
            self.new_page()

    def t(self, x: float, s: str, size: float | None = None, bold: bool = False, align: str = "L",
          y: float | None = None) -> None:
        self.pages[-1].append(("t", x, self.y if y is None else y, s, size or self.size, bold, align))

    def row(self, cells, size=None, bold=False, y=None) -> None:
        for x, s, al in cells:
            if s:
                self.t(x, s, size, bold, al, y)

    def hl(self, x1, x2, y=None, w=0.5) -> None:
        yy = self.y if y is None else y
        self.pages[-1].append(("l", x1, yy, x2, yy, w))

    def rect(self, x, y, w, h, gray=None, lw=0.6) -> None:
        self.pages[-1].append(("r", x, y, w, h, gray, lw))

    def nl(self, k: float = 1.0) -> None:
        self.y += self.lh * k


def _sub(s: str, i: int, n: int) -> str:
    return s.replace("{P}", str(i)).replace("{N}", str(n))


def render(flow: Flow, path, producer: str) -> int:
    n = len(flow.pages)
    fam = flow.fam
    if producer == "reportlab":
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(flow.W, flow.H), invariant=1)
        c.setTitle("Statement")
        for i, ops in enumerate(flow.pages, 1):
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, al = op
                    s = _sub(s, i, n)
                    c.setFont(rl_font(fam, bold), size)
                    yy = flow.H - y
                    if al == "R":
                        c.drawRightString(x, yy, s)
                    elif al == "C":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, flow.H - y1, x2, flow.H - y2)
                else:
                    _, x, y, w, h, gray, lw = op
                    c.setLineWidth(lw)
                    if gray is not None:
                        c.setFillGray(gray)
                        c.rect(x, flow.H - y - h, w, h, stroke=0, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, flow.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()
        return n
    from datetime import UTC, datetime

    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(flow.W, flow.H) if flow.W < flow.H else (flow.H, flow.W),
               orientation="L" if flow.W > flow.H else "P")
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    pdf.set_auto_page_break(False)
    core = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}
    if fam in core:
        fname = core[fam]
    else:
        fname = fam
        pdf.add_font(fam, "", TTF[fam][0])
        pdf.add_font(fam, "B", TTF[fam][1])
    for i, ops in enumerate(flow.pages, 1):
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, size, bold, al = op
                s = _sub(s, i, n)
                pdf.set_font(fname, "B" if bold else "", size)
                w = pdf.get_string_width(s)
                xx = x - w if al == "R" else (x - w / 2 if al == "C" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, gray, lw = op
                pdf.set_line_width(lw)
                if gray is not None:
                    pdf.set_fill_color(int(gray * 255))
                    pdf.rect(x, y, w, h, style="F")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))
    return n
