"""Helpers for bench/heldout24: one page-description API over reportlab and fpdf2 (top-left coordinates, baseline
y), a truth collector that keeps the vertical band of every printed service, and the --check reader (pdfplumber).

Pages are recorded as lists of drawing operations and rendered at the end, so "Page n of N" is exact.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import ZERO, q  # noqa: E402,F401
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=timezone.utc)

# Extra invented fees / schedule amounts / wording for codes the sample factory does not carry.
_EXTRA = {
    "97162": ("235.00", "101.12", "PT evaluation, moderate complexity"),
    "97533": ("88.00", "31.20", "Sensory integration activities"),
    "92610": ("185.00", "84.30", "Swallowing function evaluation"),
    "99203": ("190.00", "112.40", "New patient office visit"),
    "97763": ("115.00", "46.75", "Orthotic/prosthetic follow-up training"),
    "96112": ("260.00", "121.60", "Developmental testing, first hour"),
    "92609": ("170.00", "78.10", "Speech device programming"),
    "97150": ("55.00", "17.66", "Group therapy"),
    "E0730": ("145.00", "38.90", "TENS unit, four lead"),
    "A4595": ("28.00", "9.40", "TENS supplies, monthly"),
    "97014": ("40.00", "0.00", "Electrical stimulation, unattended"),
    "97018": ("30.00", "4.12", "Paraffin bath"),
    "97010": ("25.00", "0.00", "Hot or cold packs"),
    "97750": ("110.00", "38.20", "Physical performance test"),
    "97164": ("140.00", "70.30", "PT re-evaluation"),
}
for _c, (_f, _s, _d) in _EXTRA.items():
    eobgen.FEE.setdefault(_c, _f)
    eobgen.SCHED.setdefault(_c, _s)
    eobgen.DESC.setdefault(_c, _d)

FONTS_DIR = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
TTF = {
    "LibSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LibNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "LibSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LibMono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "DVSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DVCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DVSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DVSerifCond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "DVMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
        "Courier": ("Courier", "Courier-Bold")}
FALLBACK = {"LibSans": "Helvetica", "LibNarrow": "Helvetica", "LibSerif": "Times", "LibMono": "Courier",
            "DVSans": "Helvetica", "DVCond": "Helvetica", "DVSerif": "Times", "DVSerifCond": "Times",
            "DVMono": "Courier"}


def _find(fname: str) -> Path | None:
    for d in FONTS_DIR:
        p = d / fname
        if p.exists():
            return p
    return None


def resolve(family: str) -> str:
    if family in CORE:
        return family
    reg, bold = TTF[family]
    if _find(reg) and _find(bold):
        return family
    return FALLBACK[family]


_registered: set[str] = set()


def rl_name(family: str, bold: bool) -> str:
    family = resolve(family)
    if family in CORE:
        return CORE[family][1 if bold else 0]
    name = family + ("-B" if bold else "")
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(_find(TTF[family][1 if bold else 0]))))
        _registered.add(name)
    return name


def width(s: str, family: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(family, bold), size)


def wrap(s: str, w: float, family: str, size: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, family, size, bold) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


# ------------------------------------------------------------------------------------------------ doc


class Doc:
    """A document as pages of drawing operations; y is measured from the TOP of the page (text: baseline)."""

    def __init__(self, w: float, h: float, producer: str, title: str):
        self.w, self.h, self.producer, self.title = w, h, producer, title
        self.pages: list[list[tuple]] = []
        self.family = "Helvetica"
        self.new_page()

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, size=8, bold=False, align="l", family=None, gray=0.0):
        fam = family or self.family
        s = str(s)
        if align == "r":
            x -= width(s, fam, size, bold)
        elif align == "c":
            x -= width(s, fam, size, bold) / 2
        self.pages[-1].append(("t", x, y, s, fam, size, bold, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def hline(self, x1, x2, y, lw=0.5, gray=0.0, dash=False):
        self.pages[-1].append(("l", x1, y, x2, y, lw, gray, dash))

    def vline(self, x, y1, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("l", x, y1, x, y2, lw, gray, False))

    def save(self, path: Path) -> int:
        if self.producer == "reportlab":
            self._save_rl(path)
        else:
            self._save_fp(path)
        return len(self.pages)

    def _save_rl(self, path: Path) -> None:
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(self.title)
        c.setAuthor("heldout24 factory")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, fam, size, bold, gray = op
                    c.setFillGray(gray)
                    c.setFont(rl_name(fam, bold), size)
                    c.drawString(x, self.h - y, s)
                    c.setFillGray(0)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
                else:
                    _, x1, y1, x2, y2, lw, gray, dash = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(gray)
                    c.setDash(2, 2) if dash else c.setDash()
                    c.line(x1, self.h - y1, x2, self.h - y2)
                    c.setStrokeGray(0)
                    c.setDash()
            c.showPage()
        c.save()

    def _save_fp(self, path: Path) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED)
        pdf.set_title(self.title)
        pdf.set_author("heldout24 factory")
        added = set()

        def use(fam, bold, size):
            fam = resolve(fam)
            if fam in CORE:
                pdf.set_font(fam.lower(), "B" if bold else "", size)
                return
            key = (fam, bold)
            if key not in added:
                pdf.add_font(fam, "B" if bold else "", str(_find(TTF[fam][1 if bold else 0])))
                added.add(key)
            pdf.set_font(fam, "B" if bold else "", size)

        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, fam, size, bold, gray = op
                    use(fam, bold, size)
                    g = int(round(gray * 255))
                    pdf.set_text_color(g, g, g)
                    pdf.text(x, y, s)
                    pdf.set_text_color(0, 0, 0)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ""
                    if fill is not None:
                        g = int(round(fill * 255))
                        pdf.set_fill_color(g, g, g)
                        style += "F"
                    if stroke:
                        style = "D" + style if style else "D"
                        if style == "DF":
                            style = "DF"
                    pdf.rect(x, y, w, h, style=style or "D")
                else:
                    _, x1, y1, x2, y2, lw, gray, dash = op
                    pdf.set_line_width(lw)
                    g = int(round(gray * 255))
                    pdf.set_draw_color(g, g, g)
                    if dash:
                        pdf.set_dash_pattern(dash=2, gap=2)
                    pdf.line(x1, y1, x2, y2)
                    pdf.set_dash_pattern()
                    pdf.set_draw_color(0, 0, 0)
        pdf.output(str(path))


# ---------------------------------------------------------------------------------------------- truth


@dataclass
class Fmt:
    """How a layout prints values, used by the check to find truth values in their band."""
    money: callable
    date: callable
    units: callable = lambda u: eobgen.units_str(u)
    adj: callable = lambda g, c, a, money: [f"{g}-{c}", money(a)]  # strings to find for one adjustment
    remark: callable = lambda r: r
    mods_glued: bool = False  # modifiers glued to the code (e.g. 97530GO): find the glued string instead


@dataclass
class Collector:
    name: str
    producer: str
    description: str
    fmt: Fmt
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # (page, top, bottom, extra_bands)
    claims: list = field(default_factory=list)
    claim_bands: list = field(default_factory=list)  # per claim: (page, top, bottom) of its totals row, or None
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    planted: list = field(default_factory=list)  # (claim index, field) that is meant to differ
    all_adj_printed: bool = True
    arithmetic: list = field(default_factory=list)  # names of per-line identities to test

    def line(self, page, top, bottom, s, *, claim_id, payer_claim_id, patient, printed, units=True, mods=True,
             adjustments=None, remarks=None, service_end=None, extra=None):
        row = eobgen.truth_line(page, s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                                printed=tuple(printed), units=units, modifiers=mods, adjustments=adjustments,
                                remarks=remarks, service_end=service_end, description=False)
        self.lines.append(row)
        self.bands.append((page, top, bottom, extra or []))
        return row

    def claim(self, claim_id, payer_claim_id, patient, totals=None, band=None):
        t = totals or {}
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": eobgen.claim_totals(**t)})
        self.claim_bands.append(band)

    def write(self, pdf: Path, pages: int) -> None:
        eobgen.write_truth(pdf, self.name, self.producer, pages, self.description, self.lines, self.claims,
                           self.legend, self.findings)


# ---------------------------------------------------------------------------------------------- check

_SPLIT = re.compile(r"[\s,;/()\[\]·:]+")


def _band_text(words, top, bottom):
    sel = [w for w in words if top <= (w["top"] + w["bottom"]) / 2 <= bottom]
    sel.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in sel)


def _has_amount(text: str, s: str) -> bool:
    return re.search(r"(?<![\d.,$])" + re.escape(s) + r"(?![\d])", text) is not None


def _has_token(text: str, s: str) -> bool:
    toks = set(t for t in _SPLIT.split(text) if t)
    if s in toks:
        return True
    # also allow dash-joined groups like 97110-GP-59 or GP,59 split by '-'
    for t in list(toks):
        if s in t.split("-"):
            return True
    return False


def check(pdf: Path, col: Collector, expect_pages: int) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    truth = __import__("json").loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(str(pdf)) as doc:
        if len(doc.pages) != truth["pages"] or len(doc.pages) != expect_pages:
            errs.append(f"page count {len(doc.pages)} vs truth {truth['pages']}")
        words = [p.extract_words(keep_blank_chars=False, x_tolerance=1.5) for p in doc.pages]
        texts = [p.extract_text() or "" for p in doc.pages]
    alltext = re.sub(r"\s+", " ", " ".join(texts))
    n = len(texts)
    for i, t in enumerate(texts, 1):
        for m in re.finditer(r"Page (\d+) of (\d+)", t):
            if int(m.group(1)) != i or int(m.group(2)) != n:
                errs.append(f"page {i}: footer says {m.group(0)}")
    f = col.fmt
    for li, (row, (pg, top, bot, extra)) in enumerate(zip(truth["lines"], col.bands)):
        tag = f"line {li + 1} p{pg} {row['code']}"
        band = _band_text(words[pg - 1], top, bot)
        ext = " ".join(_band_text(words[p - 1], t, b) for p, t, b in extra)
        if row["page"] != pg:
            errs.append(f"{tag}: page mismatch")
        if not band.strip():
            errs.append(f"{tag}: empty band")
            continue
        if row["code"]:
            if f.mods_glued and row["modifiers"]:
                g = row["code"] + "".join(row["modifiers"])
                if g not in band:
                    errs.append(f"{tag}: glued code {g} not in band: {band}")
            else:
                if not _has_token(band, row["code"]) and f"({row['code']})" not in band:
                    errs.append(f"{tag}: code not in band: {band}")
                for m in row["modifiers"]:
                    if not _has_token(band, m):
                        errs.append(f"{tag}: modifier {m} not in band: {band}")
        if row["units"] is not None:
            from decimal import Decimal as D
            us = f.units(D(row["units"]))
            if not _has_token(band, us):
                errs.append(f"{tag}: units {us} not in band: {band}")
        from datetime import date as _d
        ds = f.date(_d.fromisoformat(row["service_date"]))
        if ds not in band and ds not in ext:
            errs.append(f"{tag}: date {ds} not in band: {band}")
        if row["service_end"]:
            de = f.date(_d.fromisoformat(row["service_end"]))
            if de not in band:
                errs.append(f"{tag}: end date {de} not in band")
        for k in eobgen.AMOUNT_KEYS:
            if row[k] is not None:
                s = f.money(Decimal(row[k]))
                if not _has_amount(band, s):
                    errs.append(f"{tag}: {k} {s} not in band: {band}")
        for g, c, a in row["adjustments"]:
            for s in f.adj(g, c, Decimal(a) if a is not None else None, f.money):
                if s not in band:
                    errs.append(f"{tag}: adjustment piece {s!r} not in band: {band}")
        for r in row["remarks"]:
            if not _has_token(band, f.remark(r)) and f.remark(r) not in band:
                errs.append(f"{tag}: remark {r} not in band: {band}")
        for who in ("claim_id", "payer_claim_id", "patient"):
            if row[who] and row[who] not in alltext:
                errs.append(f"{tag}: {who} {row[who]!r} not in document text")
        errs += _arith(row, tag, col)
    # claims: unique keys, totals
    keys = [(c["claim_id"], c["payer_claim_id"]) for c in truth["claims"]]
    if len(set(keys)) != len(keys):
        errs.append("claims not unique by (claim_id, payer_claim_id)")
    linekeys = {(r["claim_id"], r["payer_claim_id"]) for r in truth["lines"]}
    if set(keys) != linekeys:
        errs.append(f"claims vs lines keys differ: {set(keys) ^ linekeys}")
    planted_seen = 0
    for ci, (c, cb) in enumerate(zip(truth["claims"], col.claim_bands)):
        mine = [r for r in truth["lines"] if (r["claim_id"], r["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
        if c["patient"] and c["patient"] not in alltext:
            errs.append(f"claim {c['payer_claim_id']}: patient not in text")
        for k, v in c["totals"].items():
            if v is None:
                continue
            sm = sum((Decimal(r[k]) for r in mine if r[k] is not None), Decimal("0.00"))
            if cb is None:
                errs.append(f"claim {c['payer_claim_id']}: total {k} without a totals band")
                continue
            pg, top, bot = cb
            band = _band_text(words[pg - 1], top, bot)
            if not _has_amount(band, f.money(Decimal(v))):
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not in its totals row: {band}")
            if (ci, k) in col.planted:
                planted_seen += 1
                if sm == Decimal(v):
                    errs.append(f"claim {c['payer_claim_id']}: planted mismatch {k} does not differ")
                if not any(c["payer_claim_id"] in fd or (c["claim_id"] or "~") in fd for fd in truth["expected_findings"]):
                    errs.append(f"claim {c['payer_claim_id']}: planted mismatch not declared")
            elif sm != Decimal(v):
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} != lines {sm}")
    if planted_seen != len(col.planted):
        errs.append("planted mismatch missing")
    for code, _txt in truth["legend"]:
        if code not in alltext:
            errs.append(f"legend code {code} not printed")
    return errs


def _d(row, k):
    return Decimal(row[k]) if row[k] is not None else Decimal("0.00")


def _arith(row, tag, col) -> list[str]:
    errs = []
    for ident in col.arithmetic:
        if ident == "adj" and row["paid"] is not None and row["billed"] is not None and row["adjustments"] \
                and all(a[2] is not None for a in row["adjustments"]):
            if _d(row, "billed") - sum(Decimal(a[2]) for a in row["adjustments"]) != _d(row, "paid"):
                errs.append(f"{tag}: billed - adjustments != paid")
        if ident == "share" and row["allowed"] is not None and row["paid"] is not None:
            if _d(row, "allowed") - _d(row, "deductible") - _d(row, "copay") - _d(row, "coinsurance") != _d(row, "paid") \
                    and _d(row, "allowed") != 0:
                errs.append(f"{tag}: allowed - ded - copay - coins != paid")
        if ident == "discount" and row["allowed"] is not None and row["discount"] is not None:
            if _d(row, "billed") - _d(row, "discount") - _d(row, "not_covered") != _d(row, "allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        if ident == "owes" and row["patient_owes"] is not None and row["deductible"] is not None:
            if _d(row, "deductible") + _d(row, "copay") + _d(row, "coinsurance") + _d(row, "not_covered") \
                    != _d(row, "patient_owes") and _d(row, "not_covered") == 0:
                errs.append(f"{tag}: owes != parts")
        if ident == "balance" and row["billed"] is not None and row["paid"] is not None and row["patient_owes"] is not None:
            if _d(row, "billed") - _d(row, "paid") - _d(row, "discount") != _d(row, "patient_owes"):
                errs.append(f"{tag}: charge - paid - adj != balance")
    return errs


def spanning_claims(col: Collector) -> int:
    """How many claims have service rows on more than one page."""
    pages: dict = {}
    for r in col.lines:
        pages.setdefault((r["claim_id"], r["payer_claim_id"]), set()).add(r["page"])
    return sum(1 for v in pages.values() if len(v) > 1)
