"""Drawing kit, truth collector and self-check for bench/heldout32/make_heldout32_pdfs.py.

One top-left drawing API over reportlab and fpdf2 (y grows downwards, text y is the baseline). Pages are
recorded as operations and rendered at the end, so "Page n of N" ({N}) is exact. The truth collector keeps,
for every service line, the vertical band(s) of the page where the line is printed, so the check can insist
that its values are printed on that row and not merely somewhere on the page.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))

from eobgen import FIXED_WHEN, amt, write_truth  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
TTF = {
    "DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": DJ + "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": DJ + "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": DJ + "DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ + "DejaVuSerif-Bold.ttf",
    "DejaVuSerifCondensed": DJ + "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": DJ + "DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSansMono": DJ + "DejaVuSansMono.ttf", "DejaVuSansMono-Bold": DJ + "DejaVuSansMono-Bold.ttf",
    "LiberationSans": LB + "LiberationSans-Regular.ttf", "LiberationSans-Bold": LB + "LiberationSans-Bold.ttf",
    "LiberationSans-Italic": LB + "LiberationSans-Italic.ttf",
    "LiberationSansNarrow": LB + "LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": LB + "LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": LB + "LiberationSerif-Regular.ttf", "LiberationSerif-Bold": LB + "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": LB + "LiberationSerif-Italic.ttf",
    "LiberationMono": LB + "LiberationMono-Regular.ttf", "LiberationMono-Bold": LB + "LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Times-Roman", "Times-Bold", "Times-Italic",
        "Courier", "Courier-Bold"}
_FP_CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
            "Helvetica-Oblique": ("helvetica", "I"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"),
            "Times-Italic": ("times", "I"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
_registered: set[str] = set()


def font_ok(name: str) -> str:
    if name in CORE:
        return name
    if name not in TTF or not Path(TTF[name]).exists():
        raise SystemExit(f"font {name} not installed")
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, TTF[name]))
        _registered.add(name)
    return name


def sw(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font_ok(font), size)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and sw(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Recorded pages; render() writes them with the chosen producer."""

    def __init__(self, producer: str, size=(612, 792)):
        assert producer in ("reportlab", "fpdf2")
        self.producer, self.W, self.H = producer, size[0], size[1]
        self.pages: list[list[tuple]] = []

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> int:
        self.pages.append([])
        return self.pno

    def text(self, x, y, s, font="Helvetica", size=8.0, align="l", gray=0.0):
        font_ok(font)
        self.pages[-1].append(("t", x, y, str(s), font, size, align, gray))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0, dash=False):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray, dash))

    def rect(self, x, y, w, h, fill=None, stroke=0.5, sgray=0.0):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, sgray))

    def render(self, path: Path) -> None:
        n = self.pno
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            c.setTitle(path.stem)
            c.setAuthor("heldout32 factory")
            for i, ops in enumerate(self.pages, 1):
                for op in ops:
                    self._rl(c, op, i, n)
                c.showPage()
            c.save()
        else:
            from fpdf import FPDF
            pdf = FPDF(unit="pt", format=(self.W, self.H))
            pdf.set_creation_date(FIXED_WHEN)
            pdf.set_auto_page_break(False)
            pdf.set_title(path.stem)
            pdf.set_author("heldout32 factory")
            pdf.set_margin(0)
            loaded = set()
            for i, ops in enumerate(self.pages, 1):
                pdf.add_page()
                for op in ops:
                    self._fp(pdf, op, i, n, loaded)
            pdf.output(str(path))

    def _sub(self, s, i, n):
        return s.replace("{n}", str(i)).replace("{N}", str(n))

    def _rl(self, c, op, i, n):
        H = self.H
        if op[0] == "t":
            _, x, y, s, font, size, align, gray = op
            s = self._sub(s, i, n)
            c.setFillGray(gray)
            c.setFont(font, size)
            if align == "r":
                c.drawRightString(x, H - y, s)
            elif align == "c":
                c.drawCentredString(x, H - y, s)
            else:
                c.drawString(x, H - y, s)
            c.setFillGray(0)
        elif op[0] == "l":
            _, x1, y1, x2, y2, w, gray, dash = op
            c.setLineWidth(w)
            c.setStrokeGray(gray)
            c.setDash(2, 2) if dash else c.setDash()
            c.line(x1, H - y1, x2, H - y2)
            c.setDash()
            c.setStrokeGray(0)
        else:
            _, x, y, w, h, fill, stroke, sgray = op
            if fill is not None:
                c.setFillGray(fill)
            if stroke:
                c.setLineWidth(stroke)
                c.setStrokeGray(sgray)
            c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.setFillGray(0)
            c.setStrokeGray(0)

    def _fp(self, pdf, op, i, n, loaded):
        if op[0] == "t":
            _, x, y, s, font, size, align, gray = op
            s = self._sub(s, i, n)
            if font in CORE:
                fam, st = _FP_CORE[font]
                pdf.set_font(fam, st, size)
            else:
                if font not in loaded:
                    pdf.add_font(font, "", TTF[font])
                    loaded.add(font)
                pdf.set_font(font, "", size)
            g = int(round(gray * 255))
            pdf.set_text_color(g, g, g)
            wdt = pdf.get_string_width(s)
            if align == "r":
                x = x - wdt
            elif align == "c":
                x = x - wdt / 2
            pdf.text(x, y, s)
            pdf.set_text_color(0, 0, 0)
        elif op[0] == "l":
            _, x1, y1, x2, y2, w, gray, dash = op
            g = int(round(gray * 255))
            pdf.set_draw_color(g, g, g)
            pdf.set_line_width(w)
            if dash:
                pdf.set_dash_pattern(dash=2, gap=2)
            pdf.line(x1, y1, x2, y2)
            pdf.set_dash_pattern()
            pdf.set_draw_color(0, 0, 0)
        else:
            _, x, y, w, h, fill, stroke, sgray = op
            style = ""
            if fill is not None:
                g = int(round(fill * 255))
                pdf.set_fill_color(g, g, g)
                style += "F"
            if stroke:
                g = int(round(sgray * 255))
                pdf.set_draw_color(g, g, g)
                pdf.set_line_width(stroke)
                style = "DF" if style else "D"
            if style:
                pdf.rect(x, y, w, h, style=style)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_fill_color(255, 255, 255)


# ------------------------------------------------------------------------------------------------ truth

@dataclass
class Band:
    page: int
    top: float   # top of the row's first text line (y of its baseline minus the font size)
    bottom: float  # a little below the last baseline


@dataclass
class LineRec:
    truth: dict
    bands: list[Band]          # where the row (with its wrapped text / sub-rows) is printed
    ctx: list[Band] = field(default_factory=list)  # group heading bands where a layout prints the date once
    date_in_ctx: bool = False


@dataclass
class Fmt:
    money: object                  # Decimal -> printed string
    date: object                   # date -> printed string
    units: object = None           # Decimal -> printed string
    code: object = None            # (code, mods) -> list of tokens that must be in the band
    adj: object = None             # (group, reason, amount) -> list of tokens
    end_date: object = None


class Collector:
    def __init__(self, name: str, producer: str, description: str, fmt: Fmt):
        self.name, self.producer, self.description, self.fmt = name, producer, description, fmt
        self.lines: list[LineRec] = []
        self.claims: dict = {}
        self.claim_total_bands: dict = {}
        self.legend: list = []
        self.findings: list[str] = []
        self.identities: list = []   # (label, fn(truth_line) -> bool)
        self.printed_totals: dict = {}  # key -> dict of printed totals (may differ when planted)
        self.must_span = False       # a claim's rows continue on a next page

    def add(self, truth: dict, bands: list[Band], ctx: list[Band] | None = None, date_in_ctx=False):
        self.lines.append(LineRec(truth, bands, ctx or [], date_in_ctx))
        key = (truth["claim_id"], truth["payer_claim_id"])
        if key not in self.claims:
            self.claims[key] = {"claim_id": truth["claim_id"], "payer_claim_id": truth["payer_claim_id"],
                                "patient": truth["patient"], "totals": None}

    def set_totals(self, claim_id, payer_claim_id, band: Band | None, **tot):
        """Totals the page prints for a claim (as printed, maybe planted wrong)."""
        key = (claim_id, payer_claim_id)
        self.claims[key]["totals"] = {k: amt(tot.get(k)) for k in ("billed", "allowed", "paid", "patient_owes")}
        self.claim_total_bands[key] = band

    def write(self, pdf: Path, pages: int):
        write_truth(pdf, self.name, self.producer, pages, self.description, [r.truth for r in self.lines],
                    list(self.claims.values()), self.legend, self.findings)


# ------------------------------------------------------------------------------------------------ check

def _band_text(words, band: Band) -> str:
    rows = [w for w in words[band.page - 1] if w["bottom"] >= band.top - 0.5 and w["top"] <= band.bottom + 0.5]
    rows.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in rows)


def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z.,])" + re.escape(tok) + r"(?![0-9A-Za-z])", text) is not None


def check(pdf: Path, col: Collector, doc_pages: int) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    f = col.fmt
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != doc_pages:
            errs.append(f"page count {len(p.pages)} != {doc_pages}")
        words = [pg.extract_words(keep_blank_chars=False, use_text_flow=False) for pg in p.pages]
        full = [pg.extract_text() or "" for pg in p.pages]
    alltext = "\n".join(full)
    for i, t in enumerate(full, 1):
        for m in re.finditer(r"Page (\d+) of (\d+)", t, re.I):
            if int(m.group(1)) != i or int(m.group(2)) != doc_pages:
                errs.append(f"page {i} prints {m.group(0)}")
    for k, r in enumerate(col.lines):
        t = r.truth
        text = " ".join(_band_text(words, b) for b in r.bands)
        ctx = " ".join(_band_text(words, b) for b in r.ctx)
        where = f"line {k} ({t['code']} {t['service_date']} {t['claim_id']}/{t['payer_claim_id']})"
        if r.bands[0].page != t["page"]:
            errs.append(f"{where}: page {t['page']} vs band page {r.bands[0].page}")
        from datetime import date as _d
        ds = f.date(_d.fromisoformat(t["service_date"]))
        if not _has(ctx if r.date_in_ctx else text, ds):
            errs.append(f"{where}: date {ds!r} not in {'heading' if r.date_in_ctx else 'row'}")
        if t["service_end"] and f.end_date:
            de = f.end_date(_d.fromisoformat(t["service_end"]))
            if not _has(text, de):
                errs.append(f"{where}: end date {de!r} not in row")
        if t["code"]:
            for tok in f.code(t["code"], t["modifiers"]):
                if tok not in text:
                    errs.append(f"{where}: code token {tok!r} not in row: {text}")
        if t["units"] is not None:
            u = f.units(Decimal(t["units"]))
            if not _has(text, u):
                errs.append(f"{where}: units {u!r} not in row: {text}")
        for key in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                    "not_covered", "discount"):
            if t[key] is not None:
                m = f.money(Decimal(t[key]))
                if not _has(text, m):
                    errs.append(f"{where}: {key} {m!r} not in row: {text}")
        for g, c, a in t["adjustments"]:
            for tok in f.adj(g, c, Decimal(a) if a is not None else None):
                if not _has(text, tok):
                    errs.append(f"{where}: adjustment token {tok!r} not in row: {text}")
        for rm in t["remarks"]:
            if not _has(text, rm):
                errs.append(f"{where}: remark {rm!r} not in row")
        for label, fn in col.identities:
            if not fn(t):
                errs.append(f"{where}: arithmetic {label} fails: {t}")
    # ids, patients, totals
    for key, c in col.claims.items():
        for v in (c["claim_id"], c["payer_claim_id"], c["patient"]):
            if v and v not in alltext and v not in alltext.replace("\n", " "):
                errs.append(f"claim {key}: {v!r} not printed")
        lines = [r.truth for r in col.lines if (r.truth["claim_id"], r.truth["payer_claim_id"]) == key]
        if any(ln["patient"] != c["patient"] for ln in lines):
            errs.append(f"claim {key}: lines with another patient")
        if c["totals"]:
            band = col.claim_total_bands.get(key)
            btxt = _band_text(words, band) if band else alltext
            for fld, v in c["totals"].items():
                if v is None:
                    continue
                if not _has(btxt, f.money(Decimal(v))):
                    errs.append(f"claim {key}: total {fld} {v} not printed in its totals row: {btxt}")
                s = sum((Decimal(ln[fld]) for ln in lines if ln[fld] is not None), Decimal("0.00"))
                if s != Decimal(v):
                    planted = [x for x in col.findings if str(key[1]) in x and v in x and str(s) in x]
                    if not planted:
                        errs.append(f"claim {key}: total {fld} {v} != lines {s} and not declared")
    for x in col.findings:
        if "claim-total-mismatch" not in x:
            continue
        m = re.search(r"printed .* total ([\d.-]+) but the lines add up to ([\d.-]+)", x)
        if not m or m.group(1) == m.group(2):
            errs.append(f"planted finding not a real mismatch: {x}")
    for code, _ in col.legend:
        if code not in alltext:
            errs.append(f"legend code {code} not printed")
    if col.must_span:
        spans = {}
        for r in col.lines:
            spans.setdefault((r.truth["claim_id"], r.truth["payer_claim_id"]), set()).add(r.truth["page"])
        if not any(len(v) > 1 for v in spans.values()):
            errs.append("no claim continues onto a next page")
    return errs
