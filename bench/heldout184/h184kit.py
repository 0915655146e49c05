"""Small drawing kit for set 184: records page drawing ops once, then emits them through reportlab or fpdf2
(top-left coordinates in points), plus the text-layer self-check helpers. Not part of the reader."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
TTF = {
    "dv": FD + "dejavu/DejaVuSans.ttf", "dv-b": FD + "dejavu/DejaVuSans-Bold.ttf",
    "dvc": FD + "dejavu/DejaVuSansCondensed.ttf", "dvc-b": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvs": FD + "dejavu/DejaVuSerif.ttf", "dvs-b": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "dvm": FD + "dejavu/DejaVuSansMono.ttf", "dvm-b": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "ls": FD + "liberation/LiberationSans-Regular.ttf", "ls-b": FD + "liberation/LiberationSans-Bold.ttf",
    "ln": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "ln-b": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "lr": FD + "liberation/LiberationSerif-Regular.ttf", "lr-b": FD + "liberation/LiberationSerif-Bold.ttf",
    "lm": FD + "liberation/LiberationMono-Regular.ttf", "lm-b": FD + "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"helv": "Helvetica", "helv-b": "Helvetica-Bold", "times": "Times-Roman", "times-b": "Times-Bold",
           "cour": "Courier", "cour-b": "Courier-Bold"}
CORE_FP = {"helv": ("helvetica", ""), "helv-b": ("helvetica", "B"), "times": ("times", ""),
           "times-b": ("times", "B"), "cour": ("courier", ""), "cour-b": ("courier", "B")}
_reg: set = set()


def rl_font(key: str) -> str:
    if key in CORE_RL:
        return CORE_RL[key]
    name = "H184" + key.replace("-", "_")
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, TTF[key]))
        _reg.add(name)
    return name


def sw(s: str, key: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_font(key), size)


def wrap(s: str, key: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and sw(t, key, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.pages: list[list] = []
        self.f = ("helv", 9.0)

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def font(self, key: str, size: float) -> None:
        self.f = (key, size)
        self.pages[-1].append(("font", key, size))

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        s = str(s)
        if align == "r":
            x -= sw(s.replace("{NP}", "9"), *self.f)
        elif align == "c":
            x -= sw(s.replace("{NP}", "9"), *self.f) / 2
        self.pages[-1].append(("text", x, y, s))

    def line(self, x1, y1, x2, y2, w=0.5) -> None:
        self.pages[-1].append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5) -> None:
        self.pages[-1].append(("rect", x, y, w, h, fill, stroke, lw))

    # ------------------------------------------------------------------ emitters
    def save_reportlab(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("set184 factory")
        np = str(len(self.pages))
        for ops in self.pages:
            for op in ops:
                if op[0] == "font":
                    c.setFont(rl_font(op[1]), op[2])
                elif op[0] == "text":
                    c.drawString(op[1], self.h - op[2], op[3].replace("{NP}", np))
                elif op[0] == "line":
                    c.setLineWidth(op[5])
                    c.line(op[1], self.h - op[2], op[3], self.h - op[4])
                elif op[0] == "rect":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path, title: str) -> None:
        from fpdf import FPDF

        from samples.pdf.eobgen import FIXED_WHEN
        p = FPDF(unit="pt", format=(self.w, self.h))
        p.set_auto_page_break(False)
        p.set_creation_date(FIXED_WHEN)
        p.set_title(title)
        p.set_producer("set184 fpdf2")
        added: set = set()
        np = str(len(self.pages))
        for ops in self.pages:
            p.add_page()
            for op in ops:
                if op[0] == "font":
                    key, size = op[1], op[2]
                    if key in CORE_FP:
                        p.set_font(CORE_FP[key][0], CORE_FP[key][1], size)
                    else:
                        fam = "f" + key.replace("-", "")
                        if fam not in added:
                            p.add_font(fam, "", TTF[key])
                            added.add(fam)
                        p.set_font(fam, "", size)
                elif op[0] == "text":
                    p.text(op[1], op[2], op[3].replace("{NP}", np))
                elif op[0] == "line":
                    p.set_line_width(op[5])
                    p.line(op[1], op[2], op[3], op[4])
                elif op[0] == "rect":
                    _, x, y, w, h, fill, stroke, lw = op
                    p.set_line_width(lw)
                    style = ""
                    if fill is not None:
                        g = int(round(fill * 255))
                        p.set_fill_color(g, g, g)
                        style = "DF" if stroke else "F"
                    else:
                        style = "D"
                    p.rect(x, y, w, h, style=style)
        p.output(str(path))


# ---------------------------------------------------------------------- text-layer checks
def page_lines(pdf_path: Path) -> list[list[str]]:
    """Text lines of every page, words grouped by baseline (pdfplumber)."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            words.sort(key=lambda w: (round(w["bottom"], 1), w["x0"]))
            rows: list[list] = []
            for w in words:
                if rows and abs(rows[-1][0] - w["bottom"]) < 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out
