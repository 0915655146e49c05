"""Drawing helper for set 73: one list of page operations, rendered by reportlab or fpdf2.

Coordinates are points from the top-left corner; ``text`` y is the baseline.
"""

from __future__ import annotations

from pathlib import Path

FONTDIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
TTF = {
    "DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-B": "DejaVuSans-Bold.ttf",
    "DejaVuCond": "DejaVuSansCondensed.ttf", "DejaVuCond-B": "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-B": "DejaVuSerif-Bold.ttf",
    "DejaVuMono": "DejaVuSansMono.ttf", "DejaVuMono-B": "DejaVuSansMono-Bold.ttf",
    "LibSans": "LiberationSans-Regular.ttf", "LibSans-B": "LiberationSans-Bold.ttf",
    "LibNarrow": "LiberationSansNarrow-Regular.ttf", "LibNarrow-B": "LiberationSansNarrow-Bold.ttf",
    "LibSerif": "LiberationSerif-Regular.ttf", "LibSerif-B": "LiberationSerif-Bold.ttf",
    "LibMono": "LiberationMono-Regular.ttf", "LibMono-B": "LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


def _ttf_path(name: str) -> str:
    for d in FONTDIRS:
        p = Path(d) / TTF[name]
        if p.exists():
            return str(p)
    raise FileNotFoundError(name)


class Doc:
    def __init__(self, landscape: bool = False, font: str = "Helvetica", bold: str = "Helvetica-Bold"):
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.font, self.bold = font, bold
        self.pages: list[list[tuple]] = []
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])

    @property
    def ops(self) -> list:
        return self.pages[-1]

    def text(self, x, y, s, size=8.0, bold=False, align="l", font=None, gray=0.0):
        f = font or (self.bold if bold else self.font)
        self.ops.append(("text", x, y, str(s), size, f, align, gray))

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0):
        self.ops.append(("line", x1, y1, x2, y2, width, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.5):
        self.ops.append(("rect", x, y, w, h, fill, stroke, width))

    def width(self, s, size, font=None) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        f = font or self.font
        _register_rl(f)
        return stringWidth(s, f, size)

    # ------------------------------------------------------------------ backends
    def save(self, path: Path, producer: str, title: str) -> int:
        if producer == "reportlab":
            self._save_rl(path, title)
        else:
            self._save_fpdf(path, title)
        return len(self.pages)

    def _save_rl(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("")
        for ops in self.pages:
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, size, f, align, gray = op
                    _register_rl(f)
                    c.setFillGray(gray)
                    c.setFont(f, size)
                    yy = self.h - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, wd, gray = op
                    c.setStrokeGray(gray)
                    c.setLineWidth(wd)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, wd = op
                    c.setLineWidth(wd)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _save_fpdf(self, path: Path, title: str) -> None:
        import datetime as dt

        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(dt.datetime(2026, 2, 2, 9, 30, tzinfo=dt.UTC))
        pdf.set_title(title)
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, size, f, align, gray = op
                    fam, style = _fpdf_font(pdf, f, added)
                    pdf.set_font(fam, style, size)
                    pdf.set_text_color(int(255 * gray))
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "line":
                    _, x1, y1, x2, y2, wd, gray = op
                    pdf.set_draw_color(int(255 * gray))
                    pdf.set_line_width(wd)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, wd = op
                    pdf.set_line_width(wd)
                    pdf.set_draw_color(0)
                    style = ("F" if not stroke else "DF") if fill is not None else "D"
                    if fill is not None:
                        pdf.set_fill_color(int(255 * fill))
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


_RL_DONE: set = set()


def _register_rl(f: str) -> None:
    if f in CORE or f in _RL_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont(f, _ttf_path(f)))
    _RL_DONE.add(f)


def _fpdf_font(pdf, f: str, added: set) -> tuple[str, str]:
    core = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
            "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
    if f in core:
        return core[f]
    fam = f.replace("-", "").lower()
    if fam not in added:
        pdf.add_font(fam, "", _ttf_path(f))
        added.add(fam)
    return fam, ""
