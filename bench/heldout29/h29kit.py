"""Drawing kit, truth collector and self-check for bench/heldout29 (see make_heldout29_pdfs.py).

One top-left, points-based drawing API over two producers (reportlab, fpdf2). Pages are recorded as
operations and rendered at the end, so "Page n of N" is exact. Every service line keeps the vertical
band(s) where it is printed; --check reads the text layer back with pdfplumber and looks for the truth
values, formatted as the layout prints them, inside those bands.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
import eobgen  # noqa: E402
from eobgen import FIXED_WHEN, q  # noqa: E402

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
TTF = {
    "LSerif": "LiberationSerif-Regular.ttf", "LSerif-B": "LiberationSerif-Bold.ttf",
    "LSerif-I": "LiberationSerif-Italic.ttf",
    "LSans": "LiberationSans-Regular.ttf", "LSans-B": "LiberationSans-Bold.ttf",
    "LSans-I": "LiberationSans-Italic.ttf",
    "LNarrow": "LiberationSansNarrow-Regular.ttf", "LNarrow-B": "LiberationSansNarrow-Bold.ttf",
    "LMono": "LiberationMono-Regular.ttf", "LMono-B": "LiberationMono-Bold.ttf",
    "DSans": "DejaVuSans.ttf", "DSans-B": "DejaVuSans-Bold.ttf", "DSans-I": "DejaVuSans-Oblique.ttf",
    "DCond": "DejaVuSansCondensed.ttf", "DCond-B": "DejaVuSansCondensed-Bold.ttf",
    "DCond-I": "DejaVuSansCondensed-Oblique.ttf",
    "DSerif": "DejaVuSerif.ttf", "DSerif-B": "DejaVuSerif-Bold.ttf", "DSerif-I": "DejaVuSerif-Italic.ttf",
    "DSerifC": "DejaVuSerifCondensed.ttf", "DSerifC-B": "DejaVuSerifCondensed-Bold.ttf",
    "DMono": "DejaVuSansMono.ttf", "DMono-B": "DejaVuSansMono-Bold.ttf",
}
# core fonts: key -> (reportlab name, fpdf family, fpdf style)
CORE = {
    "Helv": ("Helvetica", "helvetica", ""), "Helv-B": ("Helvetica-Bold", "helvetica", "B"),
    "Helv-I": ("Helvetica-Oblique", "helvetica", "I"),
    "Times": ("Times-Roman", "times", ""), "Times-B": ("Times-Bold", "times", "B"),
    "Times-I": ("Times-Italic", "times", "I"),
    "Cour": ("Courier", "courier", ""), "Cour-B": ("Courier-Bold", "courier", "B"),
}


def _ttf_path(key: str) -> Path | None:
    for d in FONT_DIRS:
        p = d / TTF[key]
        if p.exists():
            return p
    return None


_FALLBACK = {"LSerif": "Times", "DSerif": "Times", "DSerifC": "Times", "LMono": "Cour", "DMono": "Cour"}


def resolve(key: str) -> str:
    """A TTF key when the file is installed, else the nearest core font key."""
    if key in CORE:
        return key
    if _ttf_path(key):
        return key
    base, _, sty = key.partition("-")
    core = _FALLBACK.get(base, "Helv")
    cand = core + ("-" + sty if sty else "")
    return cand if cand in CORE else core


_registered: set[str] = set()


def rl_name(key: str) -> str:
    if key in CORE:
        return CORE[key][0]
    if key not in _registered:
        pdfmetrics.registerFont(TTFont("h29" + key, str(_ttf_path(key))))
        _registered.add(key)
    return "h29" + key


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_name(resolve(font)), size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, font, size) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out or [""]


# ---------------------------------------------------------------------------------------------- document

@dataclass
class Doc:
    producer: str  # "reportlab" | "fpdf2"
    w: float = 612.0
    h: float = 792.0
    pages: list[list[tuple]] = field(default_factory=list)

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def page(self) -> int:
        return len(self.pages)

    def text(self, x: float, y: float, s, font: str = "Helv", size: float = 9, align: str = "l",
             gray: float = 0.0) -> None:
        """y is the BASELINE measured from the top. s may be a callable (page, pages) -> str."""
        self.pages[-1].append(("t", x, y, s, resolve(font), size, align, gray))

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, gray: float = 0.0) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def save(self, path: Path) -> None:
        (self._save_rl if self.producer == "reportlab" else self._save_fpdf)(path)

    def _txt(self, s, n: int) -> str:
        return s(n, len(self.pages)) if callable(s) else s

    def _save_rl(self, path: Path) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(path.stem)
        H = self.h
        for n, ops in enumerate(self.pages, 1):
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align, gray = op
                    c.setFillGray(gray)
                    c.setFont(rl_name(font), size)
                    s = self._txt(s, n)
                    if align == "r":
                        c.drawRightString(x, H - y, s)
                    elif align == "c":
                        c.drawCentredString(x, H - y, s)
                    else:
                        c.drawString(x, H - y, s)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                else:
                    _, x1, y1, x2, y2, lw, gray = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(gray)
                    c.line(x1, H - y1, x2, H - y2)
            c.showPage()
        c.save()

    def _save_fpdf(self, path: Path) -> None:
        from fpdf import FPDF
        land = self.w > self.h
        pdf = FPDF(orientation="L" if land else "P", unit="pt", format=(min(self.w, self.h), max(self.w, self.h)))
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        pdf.set_title(path.stem)
        added: set[str] = set()
        for n, ops in enumerate(self.pages, 1):
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align, gray = op
                    if font in CORE:
                        pdf.set_font(CORE[font][1], CORE[font][2], size)
                    else:
                        if font not in added:
                            pdf.add_font(font.lower(), "", str(_ttf_path(font)))
                            added.add(font)
                        pdf.set_font(font.lower(), "", size)
                    pdf.set_text_color(int(gray * 255))
                    s = self._txt(s, n)
                    wd = width(s, font, size)
                    xx = x - wd if align == "r" else x - wd / 2 if align == "c" else x
                    pdf.text(xx, y, s)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style += "F"
                    if stroke:
                        style = "D" if not style else "DF"
                    pdf.rect(x, y, w, h, style=style or "D")
                else:
                    _, x1, y1, x2, y2, lw, gray = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(int(gray * 255))
                    pdf.line(x1, y1, x2, y2)
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ tables

@dataclass
class Col:
    head: str          # "\n" separates header text lines
    w: float
    align: str = "l"   # l / r / c


class Table:
    """Columns laid out left to right from x0; rows of cells (each cell: str or list of text lines)."""

    def __init__(self, doc: Doc, x0: float, cols: list[Col], font: str, size: float, lead: float | None = None,
                 head_font: str | None = None, head_size: float | None = None, pad: float = 2.5):
        self.doc, self.x0, self.cols, self.font, self.size = doc, x0, cols, font, size
        self.lead = lead or size * 1.22
        self.head_font, self.head_size = head_font or font, head_size or size
        self.pad = pad
        self.xs = []
        x = x0
        for c in cols:
            self.xs.append(x)
            x += c.w
        self.x1 = x

    def cell_lines(self, i: int, v) -> list[str]:
        if v is None:
            return [""]
        if isinstance(v, list):
            return v
        return [v]

    def wrap_cell(self, i: int, s: str, font: str | None = None) -> list[str]:
        return wrap(s, font or self.font, self.size, self.cols[i].w - 2 * self.pad)

    def head_height(self) -> float:
        n = max(len(c.head.split("\n")) for c in self.cols)
        return n * self.head_size * 1.15 + 5

    def draw_head(self, y: float, fill: float | None = None, rule: bool = True, boxed: bool = False,
                  gray: float = 0.0) -> float:
        h = self.head_height()
        n = max(len(c.head.split("\n")) for c in self.cols)
        if fill is not None:
            self.doc.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=boxed)
        for i, c in enumerate(self.cols):
            parts = c.head.split("\n")
            for j, p in enumerate(parts):
                base = y + 3 + (n - len(parts) + j + 1) * self.head_size * 1.15 - 1
                self._put(i, base, p, self.head_font, self.head_size, gray)
            if boxed:
                self.doc.line(self.xs[i], y, self.xs[i], y + h)
        if boxed:
            self.doc.line(self.x1, y, self.x1, y + h)
        if rule:
            self.doc.line(self.x0, y + h, self.x1, y + h, 0.7)
        return y + h

    def _put(self, i: int, base: float, s: str, font: str, size: float, gray: float = 0.0) -> None:
        c = self.cols[i]
        if c.align == "r":
            self.doc.text(self.xs[i] + c.w - self.pad, base, s, font, size, "r", gray)
        elif c.align == "c":
            self.doc.text(self.xs[i] + c.w / 2, base, s, font, size, "c", gray)
        else:
            self.doc.text(self.xs[i] + self.pad, base, s, font, size, "l", gray)

    def row_height(self, cells: list) -> float:
        n = max(len(self.cell_lines(i, v)) for i, v in enumerate(cells))
        return n * self.lead + 3

    def draw_row(self, y: float, cells: list, font: str | None = None, fill: float | None = None,
                 rule: float | None = None, boxed: bool = False, fonts: dict | None = None,
                 gray: float = 0.0) -> float:
        h = self.row_height(cells)
        if fill is not None:
            self.doc.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=False)
        for i, v in enumerate(cells):
            f = (fonts or {}).get(i, font or self.font)
            for j, s in enumerate(self.cell_lines(i, v)):
                if s:
                    self._put(i, y + 1.5 + (j + 1) * self.lead - self.lead * 0.22, s, f, self.size, gray)
        if boxed:
            for x in self.xs + [self.x1]:
                self.doc.line(x, y, x, y + h, 0.4)
            self.doc.line(self.x0, y + h, self.x1, y + h, 0.4)
        elif rule is not None:
            self.doc.line(self.x0, y + h, self.x1, y + h, 0.3, rule)
        return y + h


class Flow:
    """A vertical cursor over pages: ``need(h)`` starts a new page (furniture + continuation) when needed."""

    def __init__(self, doc: Doc, top: float, bottom: float, on_page: Callable[[Doc, int], float]):
        self.doc, self.top, self.bottom, self.on_page = doc, top, bottom, on_page
        self.cont: Callable[[float], float] | None = None  # draws a continuation heading, returns new y
        self.y = 0.0

    def start(self) -> None:
        self.doc.new_page()
        self.y = self.on_page(self.doc, self.doc.page)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.start()
            if self.cont:
                self.y = self.cont(self.y)
            return True
        return False


# ------------------------------------------------------------------------------------------------- truth

@dataclass
class Fmt:
    """How a layout prints a line's values (for the self-check's token search)."""
    money: Callable[[Decimal], str]
    date: Callable[[date], str]
    code: Callable[[str, list], list[str]]          # tokens for code + modifiers
    units: Callable[[str], str] = lambda u: u
    adj: Callable[[str, str, Decimal | None], list[str]] | None = None
    end: Callable[[date], str] | None = None


@dataclass
class Rec:
    truth: dict
    bands: list[tuple[int, float, float]]  # (page, top, bottom); the first holds the row
    skip_zero: bool = False  # the layout prints blanks for zero amounts


class Collector:
    def __init__(self) -> None:
        self.recs: list[Rec] = []
        self.claims: list[dict] = []

    def add(self, truth: dict, band: tuple[int, float, float], extra: list | None = None,
            skip_zero: bool = False) -> None:
        truth["page"] = band[0]
        self.recs.append(Rec(truth, [band] + list(extra or []), skip_zero))

    @property
    def lines(self) -> list[dict]:
        return [r.truth for r in self.recs]


# ------------------------------------------------------------------------------------------------- check

def _words(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            out.append(p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5))
        full = "\n".join(p.extract_text() or "" for p in pdf.pages)
    return out, full


def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(tok) + r"(?![0-9A-Za-z])", text) is not None


def band_text(words, page: int, top: float, bottom: float) -> str:
    ws = [w for w in words[page - 1] if w["top"] >= top - 1.0 and w["bottom"] <= bottom + 1.5]
    ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in ws)


AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
        "discount")


def check_file(pdf_path: Path, truth: dict, recs: list[Rec], fmt: Fmt, *, npages: int,
               arith_adj: bool, arith_member: bool, seq_in_member: bool = False,
               page_of: bool = False, totals_tokens: list[str] | None = None) -> list[str]:
    errs: list[str] = []
    words, full = _words(pdf_path)
    name = pdf_path.name
    if len(words) != npages or truth["pages"] != npages:
        errs.append(f"{name}: page count {len(words)} vs {npages} / truth {truth['pages']}")
    if page_of:
        for n in range(1, npages + 1):
            if f"Page {n} of {npages}" not in full and f"PAGE {n} OF {npages}" not in full:
                errs.append(f"{name}: 'Page {n} of {npages}' not printed")
    for i, r in enumerate(recs):
        t = r.truth
        txt = " | ".join(band_text(words, p, a, b) for p, a, b in r.bands)
        toks: list[str] = []
        toks += fmt.date(date.fromisoformat(t["service_date"])).split("\x00")
        if t["service_end"] and fmt.end:
            toks.append(fmt.end(date.fromisoformat(t["service_end"])))
        if t["code"]:
            toks += fmt.code(t["code"], t["modifiers"])
        if t["units"] is not None:
            toks.append(fmt.units(t["units"]))
        for k in AMTS:
            v = t[k]
            if v is None:
                continue
            if r.skip_zero and Decimal(v) == 0:
                continue
            toks.append(fmt.money(Decimal(v)))
        for g, c, a in t["adjustments"]:
            toks += fmt.adj(g, c, Decimal(a) if a is not None else None)
        toks += t["remarks"]
        for tok in toks:
            if tok and not _has(txt, tok):
                errs.append(f"{name} line {i + 1} ({t['code']} {t['service_date']}): '{tok}' not in band: {txt[:260]}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if t[k] and t[k] not in full:
                errs.append(f"{name} line {i + 1}: {k} {t[k]!r} not in the document text")
        # arithmetic
        D = {k: (Decimal(t[k]) if t[k] is not None else None) for k in AMTS}
        if arith_adj and t["adjustments"] and all(a is not None for _, _, a in t["adjustments"]):
            s = sum(Decimal(a) for _, _, a in t["adjustments"])
            if D["billed"] is None or D["paid"] is None or D["billed"] - s != D["paid"]:
                errs.append(f"{name} line {i + 1}: billed - adjustments != paid")
        if arith_member and D["allowed"] is not None and D["paid"] is not None:
            parts = sum((D[k] or 0) for k in ("deductible", "copay", "coinsurance"))
            if not seq_in_member and D["allowed"] - parts != D["paid"]:
                errs.append(f"{name} line {i + 1}: allowed - member share != paid")
        if D["discount"] is not None and D["allowed"] is not None and D["billed"] is not None:
            if D["billed"] - D["discount"] - (D["not_covered"] or 0) != D["allowed"]:
                errs.append(f"{name} line {i + 1}: billed - discount - not covered != allowed")
    # claims: unique, lines belong, totals
    keys = [(c["claim_id"], c["payer_claim_id"]) for c in truth["claims"]]
    if len(set(keys)) != len(keys):
        errs.append(f"{name}: duplicate claim keys")
    planted = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        ls = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
        if not ls:
            errs.append(f"{name}: claim {c['claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(ln[k]) for ln in ls if ln[k] is not None)
            if not _has(full, fmt.money(Decimal(v))):
                errs.append(f"{name}: claim {c['claim_id']} total {k} {v} not printed")
            ident = c["payer_claim_id"] or c["claim_id"]
            if q(s) != Decimal(v):
                want = f"claim-total-mismatch claim {ident}:"
                if want not in planted or str(q(s)) not in planted or v not in planted:
                    errs.append(f"{name}: claim {ident} total {k} {v} != lines {s} and not declared")
            elif f"claim {ident}:" in planted and k in planted.lower().replace(" ", "_"):
                pass
    for tok in totals_tokens or []:
        if not _has(full, tok):
            errs.append(f"{name}: total {tok} not printed")
    for code, _ in truth["legend"]:
        if not _has(full, code):
            errs.append(f"{name}: legend code {code} not printed")
    return errs


def spans_pages(truth: dict) -> bool:
    by: dict = {}
    for ln in truth["lines"]:
        by.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    return any(len(p) > 1 for p in by.values())
