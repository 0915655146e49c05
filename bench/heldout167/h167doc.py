"""Small drawing helper for set 167: one top-down page API over reportlab and fpdf2, plus a flowing cursor."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter, landscape as rl_landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavuserif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "libnarrow": ("/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
                  "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
    "libmono": ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"),
    "dejavumono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"helvetica": ("Helvetica", "Helvetica-Bold"), "courier": ("Courier", "Courier-Bold"),
           "times": ("Times-Roman", "Times-Bold")}


class Doc:
    """Coordinates in points, y measured from the top of the page (baseline for text)."""

    def __init__(self, producer: str, path: Path, font: str, landscape: bool = False):
        self.producer, self.path, self.font = producer, Path(path), font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        if producer == "reportlab":
            self.c = canvas.Canvas(str(path), pagesize=rl_landscape(letter) if landscape else letter, invariant=1)
            if font in CORE_RL:
                self.fr, self.fb = CORE_RL[font]
            else:
                reg, bold = FONTS[font]
                self.fr, self.fb = f"{font}-R", f"{font}-B"
                for n, p in ((self.fr, reg), (self.fb, bold)):
                    if n not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(n, p))
            self.c.setTitle(self.path.stem)
        else:
            from fpdf import FPDF

            from eobgen import FIXED_WHEN
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            if font in ("helvetica", "courier", "times"):
                self.fam = font
            else:
                reg, bold = FONTS[font]
                self.fam = font
                self.c.add_font(font, "", reg)
                self.c.add_font(font, "B", bold)
            self.c.set_title(self.path.stem)
            self.c.add_page()

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return pdfmetrics.stringWidth(s, self.fb if bold else self.fr, size)
        self.c.set_font(self.fam, "B" if bold else "", size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "L",
             gray: float = 0.0) -> None:
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.fb if bold else self.fr, size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.set_font(self.fam, "B" if bold else "", size)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def wrap(self, s: str, width: float, size: float, bold: bool = False) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if self.width(t, size, bold) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y, x2, self.H - y)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.c.set_line_width(w)
            self.c.set_draw_color(g, g, g)
            self.c.line(x1, y, x2, y)
            self.c.set_draw_color(0, 0, 0)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.6) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style = "F"
            if stroke:
                style += "D"
            self.c.rect(x, y, w, h, style=style or "D")
            self.c.set_fill_color(255, 255, 255)

    def newpage(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def close(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))


class Flow:
    """A y cursor that starts a new page (and calls on_page(cont=True) for its furniture) when out of room."""

    def __init__(self, doc: Doc, bottom: float, on_page):
        self.doc, self.bottom, self.on_page = doc, bottom, on_page
        self.y = on_page(False)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.newpage()
            self.y = self.on_page(True)
            return True
        return False
