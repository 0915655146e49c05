"""Drawing kit for held-out set 27: one small canvas API over reportlab and fpdf2 (top-down y in points, text at
a baseline), a row flow that breaks pages and repeats headers, and the factory self-check (--check).

Every row that carries a service line records its band (page, top, bottom); the check reads the written PDF's text
layer with pdfplumber and looks for every truth value, formatted the way the layout prints it, inside that band.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                "liberation/LiberationSans-Italic.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                 "liberation/LiberationSerif-Italic.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                  "liberation/LiberationSansNarrow-Italic.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                "liberation/LiberationMono-Italic.ttf"),
    "DVSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "DVCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
               "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "DVSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "DVMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
           "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
           "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Canvas:
    """Both backends share: page(), text(), rect(), hline(), vline(), width(), close()."""

    def __init__(self, target, size, producer: str, fonts: list[str]):
        self.W, self.H = size
        self.producer = producer
        self.pages = 0
        self.target = target
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas as rlc
            self._pm = pdfmetrics
            for f in fonts:
                if f in TTF:
                    for i, p in enumerate(TTF[f]):
                        name = f + ("", "-B", "-I")[i]
                        if name not in pdfmetrics.getRegisteredFontNames():
                            pdfmetrics.registerFont(TTFont(name, str(FONTDIR / p)))
            self.c = rlc.Canvas(target, pagesize=size, invariant=1)
            self.c.setTitle("Document")
        else:
            from fpdf import FPDF

            from eobgen import FIXED_WHEN
            pdf = FPDF(orientation="P" if self.W < self.H else "L", unit="pt", format="letter")
            pdf.set_creation_date(FIXED_WHEN)
            pdf.set_auto_page_break(False)
            pdf.set_margins(0, 0, 0)
            for f in fonts:
                if f in TTF:
                    for i, p in enumerate(TTF[f]):
                        pdf.add_font(f, ("", "B", "I")[i], str(FONTDIR / p))
            self.c = pdf
        self.started = False

    # fonts: (family, style) with style '' / 'b' / 'i'
    def _rlname(self, fam, st):
        i = {"": 0, "b": 1, "i": 2}[st]
        if fam in CORE_RL:
            return CORE_RL[fam][i]
        return fam + ("", "-B", "-I")[i]

    def _fp(self, fam, st, size):
        self.c.set_font(CORE_FP.get(fam, fam), {"": "", "b": "B", "i": "I"}[st], size)

    def width(self, s, fam, size, st=""):
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._rlname(fam, st), size)
        self._fp(fam, st, size)
        return self.c.get_string_width(s)

    def page(self):
        if self.producer == "reportlab":
            if self.started:
                self.c.showPage()
        else:
            self.c.add_page()
        self.started = True
        self.pages += 1

    def color(self, rgb, fill=True):
        if self.producer == "reportlab":
            (self.c.setFillColorRGB if fill else self.c.setStrokeColorRGB)(*rgb)
        else:
            v = [int(round(x * 255)) for x in rgb]
            (self.c.set_fill_color if fill else self.c.set_draw_color)(*v)

    def text(self, x, y, s, fam, size, st="", a="l", rgb=(0, 0, 0)):
        if not s:
            return
        w = self.width(s, fam, size, st)
        if a == "r":
            x -= w
        elif a == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillColorRGB(*rgb)
            self.c.setFont(self._rlname(fam, st), size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self._fp(fam, st, size)
            self.c.set_text_color(*[int(round(v * 255)) for v in rgb])
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill:
                self.c.setFillColorRGB(*fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self.c.set_line_width(lw)
            if fill:
                self.color(fill)
            style = ("DF" if stroke else "F") if fill else "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0, 0, 0)

    def hline(self, x0, x1, y, lw=0.5, grey=0.0, dash=False):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeColorRGB(grey, grey, grey)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x0, self.H - y, x1, self.H - y)
            self.c.setDash()
            self.c.setStrokeColorRGB(0, 0, 0)
        else:
            self.c.set_line_width(lw)
            self.c.set_draw_color(int(grey * 255))
            if dash:
                self.c.set_dash_pattern(2, 2)
            self.c.line(x0, y, x1, y)
            self.c.set_dash_pattern()
            self.c.set_draw_color(0)

    def vline(self, x, y0, y1, lw=0.5, grey=0.0):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeColorRGB(grey, grey, grey)
            self.c.line(x, self.H - y0, x, self.H - y1)
            self.c.setStrokeColorRGB(0, 0, 0)
        else:
            self.c.set_line_width(lw)
            self.c.set_draw_color(int(grey * 255))
            self.c.line(x, y0, x, y1)
            self.c.set_draw_color(0)

    def close(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            out = self.c.output()
            if isinstance(self.target, (str, Path)):
                Path(self.target).write_bytes(out)
            else:
                self.target.write(out)


def wrap(cv: Canvas, s: str, width: float, fam: str, size: float, st="") -> list[str]:
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cv.width(t, fam, size, st) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


@dataclass
class Col:
    x: float          # left edge of the column
    w: float          # width
    a: str = "l"      # l / r / c
    wrap: bool = False


class Flow:
    """Vertical flow on pages. furniture(cv, page_no, n_pages) draws page furniture and returns the first y;
    footer(cv, page_no, n_pages) draws the bottom. repeat() draws repeated headings after a break (returns y)."""

    def __init__(self, cv: Canvas, n_pages: int | None, furniture: Callable, footer: Callable | None, bottom: float):
        self.cv, self.n, self.furn, self.foot, self.bottom = cv, n_pages, furniture, footer, bottom
        self.repeat: Callable | None = None
        self.y = 0.0
        self.new_page()

    @property
    def pg(self):
        return self.cv.pages

    def new_page(self):
        if self.cv.pages and self.foot:
            self.foot(self.cv, self.cv.pages, self.n)
        self.cv.page()
        self.y = self.furn(self.cv, self.cv.pages, self.n)

    def need(self, h, repeat=True):
        if self.y + h > self.bottom:
            self.new_page()
            if repeat and self.repeat:
                self.y = self.repeat(self.cv, self.y)
            return True
        return False

    def finish(self):
        if self.foot:
            self.foot(self.cv, self.cv.pages, self.n)
        self.cv.close()


def build_twice(build, path: Path) -> int:
    """build(target, n_pages_or_None) -> pages. Run to memory to count pages, then for real."""
    n = build(io.BytesIO(), None)
    m = build(str(path), n)
    if m != n:
        raise RuntimeError(f"{path.name}: page count changed {n} -> {m}")
    return n


# ------------------------------------------------------------------------------------------------ check

@dataclass
class Fmt:
    money: Callable[[Decimal], str]
    date: Callable[[date], str] | None
    units: Callable[[Decimal], str] | None = None
    adj: Callable[[str, str, Decimal | None], list[str]] | None = None  # strings that must appear for one adj
    all_adjustments: bool = False   # billed - adjustments = paid must hold
    share_arith: bool = False       # allowed - deductible - copay - coinsurance = paid where printed
    discount_arith: bool = False    # billed - discount - not_covered = allowed where printed


@dataclass
class Reg:
    """What a layout tells the check besides the truth: bands per truth line, formats, total strings."""
    fmt: Fmt
    bands: list = field(default_factory=list)          # (page, top, bottom) per truth line, same order
    totals_printed: list = field(default_factory=list)  # strings that must be somewhere in the document
    planted: list = field(default_factory=list)       # (claim index, field, printed Decimal)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def check_file(pdf: Path, reg: Reg, problems: list[str]) -> tuple[int, int]:
    import pdfplumber

    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    fm = reg.fmt
    with pdfplumber.open(pdf) as doc:
        if len(doc.pages) != truth["pages"]:
            problems.append(f"{pdf.name}: {len(doc.pages)} pages, truth says {truth['pages']}")
        alltext = _norm(" ".join((p.extract_text() or "") for p in doc.pages))
        if len(reg.bands) != len(truth["lines"]):
            problems.append(f"{pdf.name}: {len(reg.bands)} bands for {len(truth['lines'])} lines")
        for i, (ln, (pg, top, bot)) in enumerate(zip(truth["lines"], reg.bands)):
            where = f"{pdf.name} line {i + 1} (p{pg} {ln['code']} {ln['service_date']})"
            if ln["page"] != pg:
                problems.append(f"{where}: truth page {ln['page']} != drawn page {pg}")
            page = doc.pages[pg - 1]
            band = page.filter(lambda o, t=top, b=bot: o.get("object_type") != "char"
                               or t <= (o["top"] + o["bottom"]) / 2 <= b)
            txt = _norm(band.extract_text() or "")
            words = set(re.split(r"[\s|;,()]+", txt))
            need = []
            if ln["code"]:
                need.append(ln["code"])
            need += ln["modifiers"]
            if fm.date:
                need.append(fm.date(date.fromisoformat(ln["service_date"])))
                if ln["service_end"]:
                    need.append(fm.date(date.fromisoformat(ln["service_end"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    need.append(fm.money(Decimal(ln[k])))
            for g, r, a in ln["adjustments"]:
                need += fm.adj(g, r, None if a is None else Decimal(a)) if fm.adj else [g, r]
            need += ln["remarks"]
            for s in need:
                if s not in txt:
                    problems.append(f"{where}: {s!r} not in its row: {txt[:160]!r}")
            if ln["units"] is not None:
                u = fm.units(Decimal(ln["units"])) if fm.units else ln["units"]
                if u not in words and u not in txt.split():
                    problems.append(f"{where}: units {u!r} not a word of its row: {txt[:160]!r}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and _norm(ln[k]) not in alltext:
                    problems.append(f"{where}: {k} {ln[k]!r} not in the document")
            # the document's own arithmetic
            D = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            if fm.all_adjustments and D["billed"] is not None and D["paid"] is not None:
                adj = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal("0"))
                if D["billed"] - adj != D["paid"]:
                    problems.append(f"{where}: billed {D['billed']} - adjustments {adj} != paid {D['paid']}")
            if fm.share_arith and D["allowed"] is not None and D["paid"] is not None:
                share = sum((D[k] for k in ("deductible", "copay", "coinsurance") if D[k] is not None),
                            Decimal("0"))
                if D["allowed"] - share != D["paid"]:
                    problems.append(f"{where}: allowed - member share != paid")
            if fm.discount_arith and D["billed"] is not None and D["allowed"] is not None:
                off = sum((D[k] for k in ("discount", "not_covered") if D[k] is not None), Decimal("0"))
                if D["billed"] - off != D["allowed"]:
                    problems.append(f"{where}: billed - discount - not covered != allowed")
        for s in reg.totals_printed:
            if _norm(s) not in alltext:
                problems.append(f"{pdf.name}: printed total {s!r} not in the document")
    # claim totals = sums of lines, except the planted mismatch
    planted = {(ci, f): v for ci, f, v in reg.planted}
    for ci, cl in enumerate(truth["claims"]):
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == cl["claim_id"]
                and ln["payer_claim_id"] == cl["payer_claim_id"] and ln["patient"] == cl["patient"]]
        if not mine:
            problems.append(f"{pdf.name}: claim {cl['payer_claim_id'] or cl['claim_id']} has no lines")
        for f, v in (cl.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[f]) for ln in mine if ln[f] is not None), Decimal("0"))
            if (ci, f) in planted:
                if Decimal(v) == s or Decimal(v) != planted[(ci, f)]:
                    problems.append(f"{pdf.name}: planted mismatch on claim {ci} {f} is not as declared")
                if not any(str(planted[(ci, f)]) in x and str(s) in x for x in truth["expected_findings"]):
                    problems.append(f"{pdf.name}: planted mismatch not declared in expected_findings")
            elif Decimal(v) != s:
                problems.append(f"{pdf.name}: claim {ci} total {f} {v} != lines {s}")
    if reg.planted and not truth["expected_findings"]:
        problems.append(f"{pdf.name}: planted mismatch without expected finding")
    return len(truth["lines"]), truth["pages"]
