"""Small page-drawing layer for set 175: a layout records drawing operations page by page (top-left
coordinates in points), then the document is rendered by reportlab or fpdf2. "{PAGES}" in any text is
replaced with the final page count, so "Page 1 of {PAGES}" works."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSansB": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMonoB": "liberation/LiberationMono-Bold.ttf",
    "DjSans": "dejavu/DejaVuSans.ttf", "DjSansB": "dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "dejavu/DejaVuSansCondensed.ttf", "DjCondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerif": "dejavu/DejaVuSerif.ttf", "DjSerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "DjSerifCond": "dejavu/DejaVuSerifCondensed.ttf", "DjSerifCondB": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DjMono": "dejavu/DejaVuSansMono.ttf", "DjMonoB": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "HelvB": "Helvetica-Bold", "Cour": "Courier", "CourB": "Courier-Bold",
           "Times": "Times-Roman", "TimesB": "Times-Bold"}
CORE_FPDF = {"Helv": ("helvetica", ""), "HelvB": ("helvetica", "B"), "Cour": ("courier", ""),
             "CourB": ("courier", "B"), "Times": ("times", ""), "TimesB": ("times", "B")}


class Doc:
    def __init__(self, landscape: bool = False, font: str = "Helv", size: float = 9):
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.font, self.size = font, size
        self.pages: list[list[tuple]] = []

    @property
    def pageno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, font=None, size=None, align="L") -> None:
        self.pages[-1].append(("text", x, y, str(s), font or self.font, size or self.size, align))

    def line(self, x1, y1, x2, y2, w=0.5) -> None:
        self.pages[-1].append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, stroke=True) -> None:
        self.pages[-1].append(("rect", x, y, w, h, fill, stroke))

    def width(self, s: str, font: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        _reg_rl()
        return stringWidth(s, CORE_RL.get(font, font), size)

    def wrap(self, s: str, font: str, size: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            cand = (cur + " " + w).strip()
            if cur and self.width(cand, font, size) > maxw:
                out.append(cur)
                cur = w
            else:
                cur = cand
        if cur:
            out.append(cur)
        return out

    # ------------------------------------------------------------------ rendering
    def render(self, path: Path, producer: str, when) -> int:
        n = len(self.pages)
        if producer == "reportlab":
            self._rl(path, n)
        else:
            self._fpdf(path, n, when)
        return n

    def _rl(self, path: Path, n: int) -> None:
        from reportlab.pdfgen import canvas
        _reg_rl()
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(path.stem)
        H = self.H
        for ops in self.pages:
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, f, sz, al = op
                    s = s.replace("{PAGES}", str(n))
                    c.setFont(CORE_RL.get(f, f), sz)
                    {"L": c.drawString, "R": c.drawRightString, "C": c.drawCentredString}[al](x, H - y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, H - y1, x2, H - y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    c.setLineWidth(0.5)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fpdf(self, path: Path, n: int, when) -> None:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(when)
        pdf.set_title(path.stem)
        pdf.set_auto_page_break(False)
        used = {op[4] for ops in self.pages for op in ops if op[0] == "text"}
        for f in sorted(used):
            if f not in CORE_FPDF:
                pdf.add_font(f, "", str(FONT_DIR / TTF[f]))
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, f, sz, al = op
                    s = s.replace("{PAGES}", str(n))
                    fam, st = CORE_FPDF.get(f, (f, ""))
                    pdf.set_font(fam, st, sz)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "R" else (x - w / 2 if al == "C" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    pdf.set_line_width(0.5)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


_RL_DONE = False


def _reg_rl() -> None:
    global _RL_DONE
    if _RL_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, rel in TTF.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / rel)))
    _RL_DONE = True
