"""Drawing, truth-collecting and self-check helpers for bench/heldout23/make_heldout23_pdfs.py.

One top-left page API over reportlab and fpdf2 (points, y grows downwards, y = text baseline), a small
table drawer that returns the vertical band of every row, a truth collector that keeps those bands, and the
--check reader (pdfplumber) that finds every truth value inside its own row band in the layout's own print format.
Everything here is invented test furniture; nothing reads the eobreader package.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen  # noqa: E402
from eobgen import FIXED_WHEN  # noqa: E402

# A few codes the sample factory's invented fee schedule does not carry (our own invented fees and words).
for _c, _fee, _sch, _d in (
    ("97533", "88.00", "31.20", "Sensory integration activities"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("97164", "140.00", "68.90", "PT re-evaluation"),
    ("92610", "185.00", "75.10", "Swallowing function evaluation"),
    ("97763", "110.00", "38.60", "Orthotic check-out, later visit"),
    ("99214", "210.00", "127.86", "Office visit, established, moderate"),
    ("97018", "30.00", "4.90", "Paraffin bath"),
    ("G0283", "35.00", "10.37", "Electrical stimulation, unattended"),
):
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _fee, _sch, _d

TTF = "/usr/share/fonts/truetype"
FAMILIES = {
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                "liberation/LiberationSans-Italic.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                  "liberation/LiberationSansNarrow-Italic.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                 "liberation/LiberationSerif-Italic.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                "liberation/LiberationMono-Italic.ttf"),
    "djsans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "djcond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
               "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "djserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
}
CORE = {"helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
        "courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
FPDF_CORE = {"helv": "helvetica", "times": "times", "courier": "courier"}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def _have(fam: str) -> bool:
    return fam in FAMILIES and all(Path(TTF, p).exists() for p in FAMILIES[fam])


class Doc:
    """Top-left page API. st: 'R' regular, 'B' bold, 'I' italic. y is the text baseline."""

    def __init__(self, producer: str, path: Path, size=LETTER, fam: str = "libsans", fallback: str = "helv"):
        self.producer, self.path, (self.W, self.H) = producer, Path(path), size
        self.fam = fam if _have(fam) else fallback
        self.page = 1
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if self.fam in FAMILIES:
                self._names = {}
                for st, p in zip("RBI", FAMILIES[self.fam]):
                    nm = f"H23{self.fam}{st}"
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, str(Path(TTF, p))))
                    self._names[st] = nm
            else:
                self._names = dict(zip("RBI", CORE[self.fam]))
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
            self.c.setTitle(self.path.stem)
            self.c.setAuthor("heldout23 factory")
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=size)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            if self.fam in FAMILIES:
                for st, p in zip(["", "B", "I"], FAMILIES[self.fam]):
                    self.c.add_font("h23" + self.fam, st, str(Path(TTF, p)))
                self._ff = "h23" + self.fam
            else:
                self._ff = FPDF_CORE[self.fam]
            self.c.set_title(self.path.stem)
            self.c.set_author("heldout23 factory")
            self.c.add_page()

    # ------------------------------------------------------------------ primitives
    def _font(self, st: str, sz: float) -> None:
        if self.producer == "reportlab":
            self.c.setFont(self._names[st], sz)
        else:
            self.c.set_font(self._ff, {"R": "", "B": "B", "I": "I"}[st], sz)

    def width(self, s: str, st: str = "R", sz: float = 8) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._names[st], sz)
        self._font(st, sz)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, st: str = "R", sz: float = 8, al: str = "l", gray: float = 0,
             white: bool = False) -> None:
        if not s:
            return
        w = self.width(s, st, sz)
        if al == "r":
            x -= w
        elif al == "c":
            x -= w / 2
        self._font(st, sz)
        g = 1.0 if white else gray
        if self.producer == "reportlab":
            self.c.setFillGray(g)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self.c.set_text_color(int(255 * g))
            self.c.text(x, y, s)
            self.c.set_text_color(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.5,
             stroke: bool = True) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                self.c.set_fill_color(int(255 * fill))
            self.c.rect(x, y, w, h, style=style)

    def hline(self, x1: float, x2: float, y: float, lw: float = 0.5, dash: bool = False, gray: float = 0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeGray(gray)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x1, self.H - y, x2, self.H - y)
            self.c.setDash()
            self.c.setStrokeGray(0)
        else:
            self.c.set_line_width(lw)
            self.c.set_draw_color(int(255 * gray))
            if dash:
                self.c.set_dash_pattern(dash=2, gap=2)
            self.c.line(x1, y, x2, y)
            self.c.set_dash_pattern()
            self.c.set_draw_color(0)

    def vline(self, x: float, y1: float, y2: float, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(lw)
            self.c.line(x, y1, x, y2)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))

    def wrap(self, s: str, w: float, st: str = "R", sz: float = 8) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t, st, sz) > w:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]


@dataclass
class Col:
    key: str
    head: str  # '\n' separates heading lines
    w: float
    al: str = "l"  # l, r, c


class Table:
    """Column table. row() returns (next_y, band) where band = (page, top, bottom)."""

    def __init__(self, doc: Doc, x: float, cols: list[Col], sz: float = 7, lead: float | None = None,
                 hsz: float | None = None, hst: str = "B", grid: bool = False, head_fill: float | None = None,
                 pad: float = 2.0, head_white: bool = False):
        self.d, self.x, self.cols, self.sz = doc, x, cols, sz
        self.lead = lead or sz * 1.22
        self.hsz, self.hst, self.grid, self.head_fill, self.pad = hsz or sz, hst, grid, head_fill, pad
        self.head_white = head_white
        self.width = sum(c.w for c in cols)

    def xs(self) -> list[float]:
        out, x = [], self.x
        for c in self.cols:
            out.append(x)
            x += c.w
        return out

    def header(self, y: float) -> float:
        n = max(len(c.head.split("\n")) for c in self.cols)
        h = n * self.hsz * 1.15 + 2 * self.pad
        if self.head_fill is not None:
            self.d.rect(self.x, y, self.width, h, fill=self.head_fill, stroke=self.grid)
        elif not self.grid:
            self.d.hline(self.x, self.x + self.width, y + h, lw=0.7)
        for c, x in zip(self.cols, self.xs()):
            parts = c.head.split("\n")
            for i, p in enumerate(parts):
                yy = y + self.pad + (n - len(parts) + i + 1) * self.hsz * 1.15 - 1
                self._cell_text(x, c, yy, p, self.hst, self.hsz, white=self.head_white)
            if self.grid:
                self.d.rect(x, y, c.w, h)
        return y + h

    def _cell_text(self, x, c, y, s, st, sz, white=False, gray=0):
        if c.al == "r":
            self.d.text(x + c.w - 2, y, s, st, sz, "r", white=white, gray=gray)
        elif c.al == "c":
            self.d.text(x + c.w / 2, y, s, st, sz, "c", white=white, gray=gray)
        else:
            self.d.text(x + 2, y, s, st, sz, white=white, gray=gray)

    def height(self, cells: dict) -> float:
        n = max(len(v) if isinstance(v, list) else 1 for v in cells.values()) if cells else 1
        return n * self.lead + 2 * self.pad

    def row(self, y: float, cells: dict, st: str = "R", fill: float | None = None, rule: str | None = None,
            sz: float | None = None, styles: dict | None = None) -> tuple[float, tuple]:
        sz = sz or self.sz
        h = self.height(cells)
        if fill is not None:
            self.d.rect(self.x, y, self.width, h, fill=fill, stroke=False)
        for c, x in zip(self.cols, self.xs()):
            v = cells.get(c.key, "")
            lines = v if isinstance(v, list) else [v]
            for i, s in enumerate(lines):
                s_st = (styles or {}).get(c.key, st)
                self._cell_text(x, c, y + self.pad + i * self.lead + sz * 0.9, s, s_st, sz)
            if self.grid:
                self.d.rect(x, y, c.w, h)
        if rule == "dot":
            self.d.hline(self.x, self.x + self.width, y + h, lw=0.3, dash=True, gray=0.4)
        elif rule == "line":
            self.d.hline(self.x, self.x + self.width, y + h, lw=0.4, gray=0.3)
        return y + h, (self.d.page, y, y + h)


# ------------------------------------------------------------------------------------------ truth
@dataclass
class Fmt:
    """How a layout prints values; the check turns truth values back into these strings."""
    money: object  # Decimal -> str
    date: object  # date -> str, or None when the row does not print the date (date_band used instead)
    code: object  # (code, mods) -> list[str] tokens
    units: object = None  # Decimal-string -> str
    adj: object = None  # (group, reason, amount-or-None) -> list[str]
    end: object = None  # date -> str
    remark: object = None


@dataclass
class Rec:
    truth: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # per line: dict(page, y0, y1, x0, x1, date_band)
    claims: list = field(default_factory=list)
    claim_bands: list = field(default_factory=list)
    findings: list = field(default_factory=list)

    def line(self, row: dict, band: tuple, x0: float = 0, x1: float = 10000, date_band: tuple | None = None,
             more: list | None = None) -> None:
        self.truth.append(row)
        self.bands.append({"band": band, "x0": x0, "x1": x1, "date_band": date_band, "more": more or []})

    def claim(self, claim_id, payer_claim_id, patient, totals: dict, band: tuple | None = None) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals})
        self.claim_bands.append(band)


def sum_field(rows: list, key: str):
    vals = [r[key] for r in rows]
    if not vals or None in vals:
        return None
    return sum(Decimal(v) for v in vals)


# ------------------------------------------------------------------------------------------ check
def _words(pdf_path: Path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            pages.append(p.extract_words(x_tolerance=1.2, y_tolerance=2, keep_blank_chars=False))
        text = [p.extract_text() or "" for p in pdf.pages]
    return pages, text


def band_text(pages, band, x0=0, x1=10000) -> str:
    pg, y0, y1 = band
    ws = [w for w in pages[pg - 1] if y0 - 0.6 <= (w["top"] + w["bottom"]) / 2 <= y1 + 0.6
          and x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1]
    ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in ws)


def has(text: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z.,])" + re.escape(tok) + r"(?![0-9A-Za-z])", text) is not None


def check(pdf_path: Path, rec: Rec, fmt: Fmt, pages_expected: int, page_of_n: bool = False,
          arith_allowed: bool = True, arith_adj: bool = True) -> list[str]:
    import json
    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
    pages, text = _words(pdf_path)
    alltext = "\n".join(text)
    name = pdf_path.name
    if len(pages) != pages_expected or truth["pages"] != len(pages):
        errs.append(f"{name}: page count {len(pages)} vs truth {truth['pages']}")
    if page_of_n:
        for i, t in enumerate(text, 1):
            if not re.search(rf"Page {i} of {len(pages)}\b", t, re.I):
                errs.append(f"{name}: page {i} lacks 'Page {i} of {len(pages)}'")
    if len(truth["lines"]) != len(rec.bands):
        errs.append(f"{name}: truth lines {len(truth['lines'])} != recorded bands {len(rec.bands)}")
    from datetime import date as _d
    for i, (ln, b) in enumerate(zip(truth["lines"], rec.bands)):
        bt = band_text(pages, b["band"], b["x0"], b["x1"])
        for extra in b["more"]:
            bt += " " + band_text(pages, extra, b["x0"], b["x1"])
        where = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
        if ln["page"] != b["band"][0]:
            errs.append(f"{where}: truth page {ln['page']} != drawn page {b['band'][0]}")
        toks = []
        if ln["code"]:
            toks += fmt.code(ln["code"], ln["modifiers"])
        if ln["units"] is not None:
            toks.append(fmt.units(ln["units"]))
        for k in eobgen.AMOUNT_KEYS:
            if ln[k] is not None:
                toks.append(fmt.money(Decimal(ln[k])))
        for g, r, a in ln["adjustments"]:
            toks += fmt.adj(g, r, None if a is None else Decimal(a))
        for r in ln["remarks"]:
            toks.append(fmt.remark(r) if fmt.remark else r)
        ds = fmt.date(_d.fromisoformat(ln["service_date"]))
        if b["date_band"] is not None:
            dbt = band_text(pages, b["date_band"], b["x0"], b["x1"])
            if not has(dbt, ds):
                errs.append(f"{where}: date {ds!r} not in its heading band: {dbt[:120]!r}")
        else:
            toks.append(ds)
        if ln["service_end"]:
            toks.append(fmt.end(_d.fromisoformat(ln["service_end"])))
        for t in toks:
            if not has(bt, t):
                errs.append(f"{where}: {t!r} not in its row band: {bt[:160]!r}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext:
                errs.append(f"{where}: {k} {ln[k]!r} not in the document text")
        # the document's own arithmetic
        dec = lambda k: None if ln[k] is None else Decimal(ln[k])  # noqa: E731
        b_, al, pd = dec("billed"), dec("allowed"), dec("paid")
        if arith_adj and ln["adjustments"] and b_ is not None and pd is not None \
                and all(a[2] is not None for a in ln["adjustments"]):
            if b_ - sum(Decimal(a[2]) for a in ln["adjustments"]) != pd:
                errs.append(f"{where}: billed - adjustments != paid")
        if arith_allowed and None not in (al, pd) and any(ln[k] is not None for k in ("deductible", "copay",
                                                                                      "coinsurance")):
            share = sum((dec(k) or 0 for k in ("deductible", "copay", "coinsurance")), Decimal(0))
            if al - share != pd:
                errs.append(f"{where}: allowed - member share != paid")
        if None not in (b_, dec("discount"), al):
            if b_ - dec("discount") - (dec("not_covered") or 0) != al:
                errs.append(f"{where}: billed - discount - not covered != allowed")
    for c, cb in zip(truth["claims"], rec.claim_bands):
        rows = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"]]
        if not rows:
            errs.append(f"{name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if cb is not None and not has(band_text(pages, cb), fmt.money(Decimal(v))):
                errs.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} not in totals row")
            s = sum_field(rows, k)
            if s is None:
                continue
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key in f and k.replace("_", " ") in f for f in truth["expected_findings"])
            if s != Decimal(v) and not planted:
                errs.append(f"{name}: claim {key} {k} total {v} != lines {s} (not planted)")
            if s == Decimal(v) and planted:
                errs.append(f"{name}: claim {key} {k} declared as planted mismatch but it adds up")
    for f in truth["expected_findings"]:
        if not any((c["payer_claim_id"] or c["claim_id"]) in f for c in truth["claims"]):
            errs.append(f"{name}: expected finding names no claim: {f}")
    pairs = [(c["claim_id"], c["payer_claim_id"]) for c in truth["claims"]]
    if len(set(pairs)) != len(pairs):
        errs.append(f"{name}: claims are not unique by (claim_id, payer_claim_id)")
    return errs
