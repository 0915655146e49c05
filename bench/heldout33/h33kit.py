"""Drawing, truth-collecting and self-check helpers for bench/heldout33/make_heldout33_pdfs.py.

One small drawing surface over two PDF producers (reportlab canvas, fpdf2) in top-origin points, a ruled /
unruled table row writer that remembers the vertical band of every service row, a truth collector built on
samples/pdf/eobgen.py's record format, and the --check that reads the text layer back with pdfplumber.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

from eobgen import FIXED_WHEN, q, truth_line, write_truth

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"),
             Path("/usr/share/fonts/truetype/dejavu")]

# name -> (regular, bold, italic) TrueType file names
TTF = {
    "LiberationSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
    "LiberationSansNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
                             "LiberationSansNarrow-Italic.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                            "DejaVuSansCondensed-Oblique.ttf"),
    "DejaVuSerifCondensed": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
                             "DejaVuSerifCondensed-Italic.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
           "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
           "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}


def find_font(fname: str) -> Path | None:
    for d in FONT_DIRS:
        if (d / fname).exists():
            return d / fname
    return None


class Doc:
    """A page surface in points, y measured from the TOP of the page (as pdfplumber reports it)."""

    def __init__(self, path: Path, producer: str, W: float, H: float, family: str):
        self.path, self.producer, self.W, self.H = Path(path), producer, W, H
        self.pages = 0
        self.family = family
        self.core = family in CORE_RL
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if self.core:
                self.fn = CORE_RL[family]
            else:
                names = []
                for i, f in enumerate(TTF[family]):
                    nm = f"{family}-{i}"
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, str(find_font(f))))
                    names.append(nm)
                self.fn = tuple(names)
            self.c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
            self.c.setTitle(self.path.stem)
        else:
            from fpdf import FPDF
            self.pdf = FPDF(unit="pt", format=(W, H))
            self.pdf.set_creation_date(FIXED_WHEN)
            self.pdf.set_auto_page_break(False)
            self.pdf.set_margin(0)
            if self.core:
                self.ffam = family
            else:
                self.ffam = family
                for f, st in zip(TTF[family], ("", "B", "I")):
                    self.pdf.add_font(family, st, str(find_font(f)))

    # ------------------------------------------------------------------ primitives
    def page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.pdf.add_page()
        self.pages += 1

    def _setfont(self, size: float, style: str) -> None:
        if self.producer == "reportlab":
            self.c.setFont(self.fn[{"": 0, "B": 1, "I": 2}[style]], size)
        else:
            self.pdf.set_font(self.ffam, style, size)

    def width(self, s: str, size: float, style: str = "") -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fn[{"": 0, "B": 1, "I": 2}[style]], size)
        self.pdf.set_font(self.ffam, style, size)
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, style: str = "", align: str = "L",
             gray: float = 0.0) -> None:
        """Draw s with its BASELINE at y (from the top). align R: x is the right edge; C: x is the centre."""
        if not s:
            return
        w = self.width(s, size, style)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        self._setfont(size, style)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self.pdf.set_text_color(int(gray * 255))
            self.pdf.text(x, y, s)
            self.pdf.set_text_color(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.pdf.set_line_width(lw)
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            if fill is not None:
                self.pdf.set_fill_color(int(fill * 255))
            self.pdf.rect(x, y, w, h, style=style)

    def hline(self, x0: float, x1: float, y: float, lw: float = 0.5, dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x0, self.H - y, x1, self.H - y)
            self.c.setDash()
        else:
            self.pdf.set_line_width(lw)
            if dash:
                self.pdf.set_dash_pattern(2, 2)
            self.pdf.line(x0, y, x1, y)
            self.pdf.set_dash_pattern()

    def vline(self, x: float, y0: float, y1: float, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.H - y0, x, self.H - y1)
        else:
            self.pdf.set_line_width(lw)
            self.pdf.line(x, y0, x, y1)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.pdf.output(str(self.path))

    def wrap(self, s: str, width: float, size: float, style: str = "") -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if self.width(t, size, style) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out


@dataclass
class Col:
    head: str  # "\n" separates stacked heading lines
    w: float
    align: str = "L"


class Table:
    """Columns at fixed x; rows of cells, each cell a string or a list of stacked text lines."""

    def __init__(self, doc: Doc, x0: float, cols: list[Col], size: float, lh: float, pad: float = 2.5,
                 grid: bool = False):
        self.d, self.x0, self.cols, self.size, self.lh, self.pad, self.grid = doc, x0, cols, size, lh, pad, grid
        self.width = sum(c.w for c in cols)

    def xs(self) -> list[float]:
        out, x = [], self.x0
        for c in self.cols:
            out.append(x)
            x += c.w
        return out

    def header(self, y: float, fill: float | None = 0.85, style: str = "B", size: float | None = None,
               rule: bool = True, gray: float = 0.0) -> float:
        size = size or self.size
        n = max(len(c.head.split("\n")) for c in self.cols)
        h = n * (size + 1.5) + 4
        if fill is not None:
            self.d.rect(self.x0, y, self.width, h, fill=fill, stroke=self.grid)
        for x, c in zip(self.xs(), self.cols):
            parts = c.head.split("\n")
            off = n - len(parts)
            for i, p in enumerate(parts):
                by = y + 2 + (off + i + 1) * (size + 1.5) - 1.5
                self._cell_text(x, c, by, p, size, style, gray)
            if self.grid:
                self.d.vline(x, y, y + h, 0.4)
        if self.grid:
            self.d.vline(self.x0 + self.width, y, y + h, 0.4)
        if rule and fill is None:
            self.d.hline(self.x0, self.x0 + self.width, y + h, 0.8)
        return y + h

    def _cell_text(self, x, c, by, s, size, style, gray=0.0):
        if c.align == "R":
            self.d.text(x + c.w - self.pad, by, s, size, style, "R", gray)
        elif c.align == "C":
            self.d.text(x + c.w / 2, by, s, size, style, "C", gray)
        else:
            self.d.text(x + self.pad, by, s, size, style, "L", gray)

    def row(self, y: float, cells: list, style: str = "", fill: float | None = None, rule: str | None = None,
            styles: dict | None = None) -> tuple[float, float, float]:
        """Draw one row at top y. Returns (next y, band top, band bottom)."""
        lines = [c if isinstance(c, list) else [c] for c in cells]
        n = max(1, max(len(c) for c in lines))
        h = n * self.lh + 2
        if fill is not None:
            self.d.rect(self.x0, y, self.width, h, fill=fill, stroke=False)
        for i, (x, c, cell) in enumerate(zip(self.xs(), self.cols, lines)):
            st = (styles or {}).get(i, style)
            for j, s in enumerate(cell):
                by = y + 1 + (j + 1) * self.lh - self.lh * 0.22
                self._cell_text(x, c, by, s, self.size, st)
            if self.grid:
                self.d.vline(x, y, y + h, 0.3)
        if self.grid:
            self.d.vline(self.x0 + self.width, y, y + h, 0.3)
            self.d.hline(self.x0, self.x0 + self.width, y + h, 0.3)
        elif rule == "dash":
            self.d.hline(self.x0, self.x0 + self.width, y + h, 0.3, dash=True)
        elif rule == "solid":
            self.d.hline(self.x0, self.x0 + self.width, y + h, 0.3)
        return y + h, y, y + h


# ---------------------------------------------------------------------------------------------- truth


@dataclass
class Fmt:
    """How a layout prints values, so the check can look for the truth in the page's own form."""
    money: Callable[[Decimal], str]
    date: Callable | None = None  # date -> str; None when dates are not checked per row
    units: Callable[[str], str] = lambda u: u
    adj: Callable[[str, str, str], list[str]] | None = None  # (group, reason, amount) -> tokens to find
    mods_glued: bool = False  # modifiers printed glued to the code (e.g. 97530GO) -> search code+mods
    glue: Callable[[str, list[str]], str] | None = None


@dataclass
class Layout:
    name: str
    producer: str
    description: str
    fmt: Fmt
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # per line: (page, top, bottom, date_band or None)
    claims: dict = field(default_factory=dict)  # key -> dict
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    adj_complete: bool = False  # every adjustment printed with its amount -> billed - adj = paid
    share_parts: bool = False  # allowed - ded - copay - coins = paid
    pages: int = 0

    def add(self, page: int, s, band: tuple[float, float], *, claim_id, payer_claim_id, patient, printed,
            units=True, modifiers=True, adjustments=None, remarks=None, service_end=None, date_band=None,
            overrides=None):
        row = truth_line(page, s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                         printed=tuple(printed), units=units, modifiers=modifiers, adjustments=adjustments,
                         remarks=remarks, service_end=service_end, description=False, overrides=overrides)
        self.lines.append(row)
        self.bands.append((page, band[0], band[1], date_band))
        key = (claim_id, payer_claim_id)
        if key not in self.claims:
            self.claims[key] = {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                                "totals": {"billed": None, "allowed": None, "paid": None, "patient_owes": None}}

    def totals(self, claim_id, payer_claim_id, **kw):
        for k, v in kw.items():
            self.claims[(claim_id, payer_claim_id)]["totals"][k] = None if v is None else str(q(v))

    def write(self, pdf_path: Path) -> None:
        write_truth(pdf_path, self.name, self.producer, self.pages, self.description, self.lines,
                    list(self.claims.values()), self.legend, self.findings)


# ---------------------------------------------------------------------------------------------- check


def _tok_in(tok: str, text: str) -> bool:
    return re.search(r"(?<![\w.])" + re.escape(tok) + r"(?![\w])", text) is not None


def check_file(pdf_path: Path, lay: Layout) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    data = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != data["pages"]:
            errs.append(f"page count {len(pdf.pages)} != truth {data['pages']}")
        words = [p.extract_words(x_tolerance=1.2, y_tolerance=2) for p in pdf.pages]
        doc_text = " ".join(" ".join(w["text"] for w in ws) for ws in words)
        doc_text_n = re.sub(r"\s+", " ", doc_text)

    def band_text(page, top, bot):
        ws = [w for w in words[page - 1] if top - 0.5 <= (w["top"] + w["bottom"]) / 2 <= bot + 0.5]
        ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
        return " ".join(w["text"] for w in ws)

    f = lay.fmt
    for i, (ln, (page, top, bot, dband)) in enumerate(zip(data["lines"], lay.bands)):
        where = f"line {i + 1} ({ln['code']} {ln['service_date']} p{page})"
        if ln["page"] != page:
            errs.append(f"{where}: page mismatch")
        t = band_text(page, top, bot)
        need = []
        if ln["code"]:
            if f.glue:
                need.append(f.glue(ln["code"], ln["modifiers"]))
            else:
                need.append(ln["code"])
                need += ln["modifiers"]
        if ln["units"] is not None:
            need.append(f.units(ln["units"]))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None:
                need.append(f.money(Decimal(ln[k])))
        for g, r, a in ln["adjustments"]:
            need += f.adj(g, r, a) if f.adj else [f"{g}-{r}"]
        need += ln["remarks"]
        if f.date:
            from datetime import date as _d
            ds = f.date(_d.fromisoformat(ln["service_date"]))
            if dband:
                dt = band_text(dband[0], dband[1], dband[2])
                if ds not in dt:
                    errs.append(f"{where}: date {ds!r} not in its date heading {dt!r}")
            else:
                need.append(ds)
            if ln["service_end"] and ln["service_end"] != ln["service_date"]:
                need.append(f.date(_d.fromisoformat(ln["service_end"])))
        for tok in need:
            if not _tok_in(tok, t):
                errs.append(f"{where}: {tok!r} not in its row band: {t!r}")
        for idk in ("claim_id", "payer_claim_id", "patient"):
            v = ln[idk]
            if v and v not in doc_text_n:
                errs.append(f"{where}: {idk} {v!r} not in document text")
        # arithmetic of the line
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
        if lay.adj_complete and ln["billed"] is not None and ln["paid"] is not None:
            adj = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal("0"))
            if D("billed") - adj != D("paid"):
                errs.append(f"{where}: billed - adjustments {D('billed') - adj} != paid {ln['paid']}")
        if lay.share_parts and ln["allowed"] is not None and ln["paid"] is not None:
            parts = sum((D(k) or Decimal(0)) for k in ("deductible", "copay", "coinsurance"))
            if D("allowed") - parts != D("paid"):
                errs.append(f"{where}: allowed - share {D('allowed') - parts} != paid {ln['paid']}")
        if all(ln[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
            if D("billed") - D("discount") - D("not_covered") != D("allowed"):
                errs.append(f"{where}: billed - discount - not covered != allowed")
        parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
        if ln["patient_owes"] is not None and all(p is not None for p in parts):
            ps = sum(Decimal(p) for p in parts)
            ok = ps == D("patient_owes") or (ln["not_covered"] is not None and ps + D("not_covered") ==
                                             D("patient_owes")) or (D("allowed") == 0 and D("patient_owes") ==
                                                                    D("billed"))
            if not ok:
                errs.append(f"{where}: patient owes {ln['patient_owes']} != its parts {ps}")
    # claims: unique, totals = sum of lines unless a declared planted mismatch
    keys = [(c["claim_id"], c["payer_claim_id"]) for c in data["claims"]]
    if len(keys) != len(set(keys)):
        errs.append("claims not unique by (claim_id, payer_claim_id)")
    planted = " ".join(data["expected_findings"])
    for c in data["claims"]:
        mine = [ln for ln in data["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"],
                                                                                        c["payer_claim_id"])]
        if not mine:
            errs.append(f"claim {c['claim_id']} has no lines")
            continue
        if any(ln["patient"] != c["patient"] for ln in mine):
            errs.append(f"claim {c['claim_id']}: patient differs from its lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not _tok_in(f.money(Decimal(v)), doc_text):
                errs.append(f"claim {c['claim_id']}: total {k} {v} not printed")
            vals = [ln[k] for ln in mine]
            if any(x is None for x in vals):
                errs.append(f"claim {c['claim_id']}: total {k} printed but a line has no {k}")
                continue
            s = sum(Decimal(x) for x in vals)
            tag = str(c["payer_claim_id"] or c["claim_id"])
            is_planted = f"claim {tag}:" in planted and f"{k.replace('_', ' ')} total {v}".lower() in planted.lower()
            if s != Decimal(v) and not is_planted:
                errs.append(f"claim {tag}: total {k} {v} != sum of lines {s}")
            if s == Decimal(v) and is_planted:
                errs.append(f"claim {tag}: planted mismatch on {k} is not a mismatch")
    for code, _ in data["legend"]:
        if not _tok_in(code, doc_text):
            errs.append(f"legend code {code} not printed")
    return errs
