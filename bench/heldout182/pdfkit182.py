"""Small drawing/flow helper for make_heldout182_pdfs.py: one page API over reportlab and fpdf2, and a generic
claim-table renderer driven by a per-layout spec. Everything it prints is supplied by the layout."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

FIXED = __import__("datetime").datetime(2026, 2, 2, 9, 30, 0, tzinfo=__import__("datetime").UTC)
FONTDIR = {"dejavu": "/usr/share/fonts/truetype/dejavu/", "lib": "/usr/share/fonts/truetype/liberation/"}
TTF = {
    "DejaVuSerif": ("dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSans": ("dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSansCond": ("dejavu", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuMono": ("dejavu", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "LibSans": ("lib", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LibSerif": ("lib", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LibMono": ("lib", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "LibNarrow": ("lib", "LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Doc:
    """Top-down coordinates in points on a Letter page, portrait or landscape."""

    def __init__(self, producer: str, path: Path, landscape: bool, font: str):
        self.producer, self.path, self.font = producer, path, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if font in TTF:
                d, reg, bold = TTF[font]
                pdfmetrics.registerFont(TTFont(font, FONTDIR[d] + reg))
                pdfmetrics.registerFont(TTFont(font + "-B", FONTDIR[d] + bold))
                self.fn = (font, font + "-B")
            else:
                self.fn = CORE_RL[font]
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from fpdf import FPDF
            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="Letter")
            self.p.set_auto_page_break(False)
            self.p.set_creation_date(FIXED)
            if font in TTF:
                d, reg, bold = TTF[font]
                self.p.add_font(font, "", FONTDIR[d] + reg)
                self.p.add_font(font, "B", FONTDIR[d] + bold)
                self.fam = font
            else:
                self.fam = font.lower()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.p.add_page()
        self.page += 1

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fn[1 if bold else 0], size)
        self.p.set_font(self.fam, "B" if bold else "", size)
        return self.p.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l",
             gray: float = 0.0) -> None:
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.fn[1 if bold else 0], size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self.p.set_text_color(int(gray * 255))
            self.p.set_font(self.fam, "B" if bold else "", size)
            self.p.text(x, y, s)
            self.p.set_text_color(0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.p.set_line_width(w)
            self.p.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.6) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.p.set_line_width(lw)
            style = ""
            if fill is not None:
                self.p.set_fill_color(int(fill * 255))
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.p.rect(x, y, w, h, style=style)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.p.output(str(self.path))


@dataclass
class Claim:
    patient: str
    claim_id: str | None
    pcn: str | None
    svcs: list
    info: dict = field(default_factory=dict)
    section: str | None = None
    printed_patient: str | None = None  # exact spelling on the page when it differs from patient


@dataclass
class Col:
    heads: list[str]
    x: float
    align: str
    fn: Callable


@dataclass
class Spec:
    producer: str
    font: str
    landscape: bool
    size: float
    cols: list[Col]
    page_header: Callable  # (doc, total_pages) -> y
    claim_head: Callable   # (doc, y, claim, cont: bool) -> y
    claim_foot: Callable   # (doc, y, claim) -> y
    footer: Callable       # (doc, total_pages) -> None
    bottom: float = 720
    row_h: float = 11
    head_h: float = 10
    repeat_head: bool = True
    desc2: Callable | None = None  # (svc) -> second line text or None
    desc2_x: float = 0
    section_head: Callable | None = None  # (doc, y, title) -> y
    end_doc: Callable | None = None  # (doc, y, total_pages) -> y
    head_rule: bool = True
    row_rule: bool = False
    left: float = 36
    right: float = 576
    head_fill: float | None = None
    claim_gap: float = 8


def colheads(doc: Doc, spec: Spec, y: float) -> float:
    n = max(len(c.heads) for c in spec.cols)
    if spec.head_fill is not None:
        doc.rect(spec.left, y - spec.size - 1, spec.right - spec.left, n * spec.head_h + 3, fill=spec.head_fill,
                 stroke=False)
    for c in spec.cols:
        for i, h in enumerate(c.heads):
            yy = y + (n - len(c.heads) + i) * spec.head_h
            doc.text(c.x, yy, h, spec.size - 0.5, bold=True, align=c.align)
    y += (n - 1) * spec.head_h
    if spec.head_rule:
        doc.line(spec.left, y + 3, spec.right, y + 3, 0.6)
    return y + spec.row_h + 1


def render(spec: Spec, path: Path, claims: list[Claim], total_pages: int) -> tuple[int, list]:
    """Render; returns (pages, [(page, claim, svc)])."""
    doc = Doc(spec.producer, path, spec.landscape, spec.font)
    placed = []
    st = {"y": 0.0}

    def start_page() -> None:
        if doc.page:
            spec.footer(doc, total_pages)
        doc.new_page()
        st["y"] = spec.page_header(doc, total_pages)

    start_page()
    section = None
    for cl in claims:
        if cl.section and cl.section != section and spec.section_head:
            if st["y"] + 60 > spec.bottom:
                start_page()
            section = cl.section
            st["y"] = spec.section_head(doc, st["y"], section)
        if st["y"] + 70 > spec.bottom:
            start_page()
        st["y"] = spec.claim_head(doc, st["y"], cl, False)
        st["y"] = colheads(doc, spec, st["y"])
        for s in cl.svcs:
            extra = spec.row_h if (spec.desc2 and spec.desc2(s)) else 0
            if st["y"] + extra > spec.bottom:
                start_page()
                if spec.repeat_head:
                    st["y"] = spec.claim_head(doc, st["y"], cl, True)
                    st["y"] = colheads(doc, spec, st["y"])
            y = st["y"]
            for c in spec.cols:
                doc.text(c.x, y, c.fn(s), spec.size, align=c.align)
            placed.append((doc.page, cl, s))
            if extra:
                y += spec.row_h
                doc.text(spec.desc2_x, y - 1, spec.desc2(s), spec.size - 1, gray=0.25)
            if spec.row_rule:
                doc.line(spec.left, y + 3, spec.right, y + 3, 0.25)
            st["y"] = y + spec.row_h
        if st["y"] + 30 > spec.bottom:
            start_page()
        st["y"] = spec.claim_foot(doc, st["y"], cl) + spec.claim_gap
    if spec.end_doc:
        if st["y"] + 90 > spec.bottom:
            start_page()
        st["y"] = spec.end_doc(doc, st["y"], total_pages)
    spec.footer(doc, total_pages)
    doc.save()
    return doc.page, placed


def render2(spec: Spec, path: Path, claims: list[Claim]) -> tuple[int, list]:
    n, _ = render(spec, path, claims, 0)
    return render(spec, path, claims, n)
