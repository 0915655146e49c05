"""Helpers for bench/heldout10/make_heldout10_pdfs.py: service-line records, the per-document truth collector,
and the factory self-check (--check). See the generator's docstring for the conventions.

The collector keeps, beside every truth line, the rectangle of the page where that service is printed (its
row, or its card). The self-check reads the PDF's text layer back with pdfplumber and looks for every truth
value inside that rectangle, so a value counts only when it is printed with its own service.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    AMOUNT_KEYS,
    DESC,
    FEE,
    FIXED_WHEN,
    ZERO,
    amt,
    claim_totals,
    dfmt,
    money,
    q,
    units_str,
    write_truth,
)

__all__ = ["L", "Doc", "fee", "desc", "check_docs", "ZERO", "q", "money", "dfmt", "units_str", "FIXED_WHEN",
           "claim_totals"]

# Our own extra fee lines (invented), beside eobgen's charge master.
EXTRA_FEE = {
    "97533": "88.00", "97162": "240.00", "97153": "32.00", "97155": "44.00", "97156": "46.00", "97151": "65.00",
    "92610": "185.00", "97018": "30.00", "97035": "38.00", "29125": "145.00", "99214": "210.00",
    "97542": "70.00", "G0151": "140.00", "E0720": "68.00", "97750": "110.00", "97014": "32.00",
}
EXTRA_DESC = {
    "97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
    "97153": "Behavior treatment by technician", "97155": "Behavior treatment, protocol adjusted",
    "97156": "Family guidance for behavior plan", "97151": "Behavior identification assessment",
    "92610": "Swallowing function evaluation", "97018": "Paraffin bath", "97035": "Ultrasound therapy",
    "29125": "Forearm splint application", "99214": "Office visit, established, moderate",
    "97542": "Wheelchair management training", "G0151": "Home health PT visit, 15 min",
    "E0720": "TENS unit, two lead", "97750": "Physical performance test", "97014": "Electrical stimulation",
}


def fee(code: str) -> Decimal:
    return Decimal(FEE.get(code) or EXTRA_FEE[code])


def desc(code: str) -> str:
    return DESC.get(code) or EXTRA_DESC[code]


@dataclass
class L:
    """One printed service: the amounts the document shows (whether or not a layout prints them)."""

    dos: date
    code: str
    units: Decimal
    mods: tuple[str, ...] = ()
    end: date | None = None
    billed: Decimal = ZERO
    discount: Decimal = ZERO
    not_covered: Decimal = ZERO
    allowed: Decimal = ZERO
    deductible: Decimal = ZERO
    copay: Decimal = ZERO
    coinsurance: Decimal = ZERO
    other: Decimal = ZERO  # another payer's (or program's) share printed on the row
    paid: Decimal = ZERO
    owes: Decimal = ZERO
    adjs: list = field(default_factory=list)
    remarks: list = field(default_factory=list)
    desc: str = ""

    def __post_init__(self) -> None:
        self.units = Decimal(str(self.units))
        if not self.desc:
            self.desc = desc(self.code)
        if not self.billed:
            self.billed = q(fee(self.code) * self.units)


# ------------------------------------------------------------------------------------------ collector

@dataclass
class Doc:
    name: str
    layout: str
    producer: str
    description: str
    arith: set = field(default_factory=set)  # which identities hold: A B C D E (see check_docs)
    owes_includes_not_covered: bool = False
    lines: list = field(default_factory=list)
    boxes: list = field(default_factory=list)  # (x0, top, x1, bottom) in points, pdfplumber orientation
    others: list = field(default_factory=list)  # the row's "other" amount when it is printed, else None
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    mismatch_claims: set = field(default_factory=set)
    date_fmt: object = None  # how the layout prints a date, when none of the common forms (applied to the truth date)
    period: tuple | None = None  # (first, last) statement period, for layouts that print dates without the year
    pages: int = 0

    def add(self, page: int, box: tuple, s: L, *, claim_id, payer_claim_id, patient, printed: tuple,
            units: bool = True, mods: bool = True, adjustments: list | None = None, remarks: list | None = None,
            other_printed: bool = False, service_end: date | None = None) -> None:
        attr = {"patient_owes": "owes"}
        row: dict = {
            "page": page, "claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
            "service_date": s.dos.isoformat(), "service_end": service_end.isoformat() if service_end else None,
            "code": s.code, "modifiers": list(s.mods) if mods else [],
            "units": units_str(s.units) if units else None,
        }
        for k in AMOUNT_KEYS:
            row[k] = amt(getattr(s, attr.get(k, k))) if k in printed else None
        row["adjustments"] = [[g, c, amt(a) if a is not None else None] for g, c, a in (adjustments or [])]
        row["remarks"] = list(remarks or [])
        row["description"] = None
        self.lines.append(row)
        self.boxes.append(tuple(float(v) for v in box))
        self.others.append(s.other if other_printed else None)

    def claim(self, claim_id, payer_claim_id, patient, **totals) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**totals)})

    def mismatch(self, claim_key: str, message: str) -> None:
        self.findings.append(f"claim-total-mismatch claim {claim_key}: {message}")
        self.mismatch_claims.add(claim_key)

    def write(self, out: Path) -> Path:
        path = out / f"{self.name}.pdf"
        write_truth(path, self.layout, self.producer, self.pages, self.description, self.lines, self.claims,
                    self.legend, self.findings)
        return path


# ------------------------------------------------------------------------------------------ self-check

def _money_variants(v: str) -> list[str]:
    d = Decimal(v)
    a = abs(d)
    bodies = {f"{a:,.2f}", f"{a:.2f}"}
    if d >= 0:
        return sorted(bodies)
    out = []
    for b in bodies:
        out += [f"-{b}", f"-${b}", f"(${b})", f"({b})", f"{b}-", f"\u2212{b}", f"\u2212${b}", f"{b}CR"]
    return out


def _has_money(text: str, v: str) -> bool:
    for var in _money_variants(v):
        if re.search(r"(?<![\d.,])" + re.escape(var) + r"(?![\d])", text):
            return True
    return False


def _has_token(text: str, tok: str) -> bool:
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(tok) + r"(?![A-Za-z0-9])", text) is not None


def _date_variants(d: date) -> list[str]:
    out = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    out += [d.strftime("%d/%m/%Y"), f"{d:%b} {d.day}", f"{d:%m/%d}", f"{d:%b}. {d.day}, {d.year}",
            f"{d.month}/{d.day}/{d:%y}", f"{d:%m}/{d:%d}/{d:%y}"]
    return out


def _page_words(pdf, cache: dict, pno: int) -> list:
    if pno not in cache:
        cache[pno] = pdf.pages[pno - 1].extract_words(keep_blank_chars=False, use_text_flow=False,
                                                      x_tolerance=1.5)
    return cache[pno]


def _box_text(words: list, box: tuple) -> str:
    x0, top, x1, bottom = box
    inside = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
    inside.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in inside)


def check_docs(out: Path, docs: list[Doc]) -> list[str]:
    """Test the factory: values in the text layer on their own row, pages, arithmetic, totals."""
    import json

    import pdfplumber

    errs: list[str] = []
    for doc in docs:
        pdf_path = out / f"{doc.name}.pdf"
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
        tag = doc.name
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"{tag}: {len(pdf.pages)} pages, truth says {truth['pages']}")
            cache: dict = {}
            alltext = " ".join(" ".join(w["text"] for w in _page_words(pdf, cache, p + 1))
                               for p in range(len(pdf.pages)))
            if len(truth["lines"]) != len(doc.boxes):
                errs.append(f"{tag}: truth/box count differ")
            for i, (row, box) in enumerate(zip(truth["lines"], doc.boxes)):
                where = f"{tag} line {i + 1} (p{row['page']} {row['code']} {row['service_date']})"
                text = _box_text(_page_words(pdf, cache, row["page"]), box)
                if not text:
                    errs.append(f"{where}: nothing printed in its row box")
                    continue
                if row["code"] and row["code"] not in text:
                    errs.append(f"{where}: code not in row: {text!r}")
                for m in row["modifiers"]:
                    if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])|" + row["code"] + r"[-: ]?(?:[A-Z0-9]{2}[-: ]?)*" + m, text):
                        errs.append(f"{where}: modifier {m} not in row: {text!r}")
                if row["units"] is not None:
                    u = row["units"]
                    if not any(_has_token(text, v) for v in (u, u + ".0", u + ".00", u + ".000")):
                        errs.append(f"{where}: units {u} not in row: {text!r}")
                dos = date.fromisoformat(row["service_date"])
                dvars = [doc.date_fmt(dos)] if doc.date_fmt else _date_variants(dos)
                if not any(v in text for v in dvars):
                    errs.append(f"{where}: date not in row: {text!r}")
                if doc.period and not doc.period[0] <= dos <= doc.period[1]:
                    errs.append(f"{where}: date outside the printed statement period")
                if row["service_end"]:
                    ev = _date_variants(date.fromisoformat(row["service_end"]))
                    if not any(v in text for v in ev):
                        errs.append(f"{where}: end date not in row")
                for k in AMOUNT_KEYS:
                    if row[k] is not None and not _has_money(text, row[k]):
                        errs.append(f"{where}: {k} {row[k]} not in row: {text!r}")
                other = doc.others[i]
                if other is not None and not _has_money(text, str(q(other))):
                    errs.append(f"{where}: other-payer amount {other} not in row")
                for g, c, a in row["adjustments"]:
                    if not re.search(re.escape(g) + r"\s?[-:]?\s?" + re.escape(c) + r"(?![0-9])", text):
                        errs.append(f"{where}: adjustment {g}-{c} not in row: {text!r}")
                    if a is not None and not _has_money(text, a):
                        errs.append(f"{where}: adjustment amount {a} not in row")
                for r in row["remarks"]:
                    if not _has_token(text, r):
                        errs.append(f"{where}: remark {r} not in row: {text!r}")
                for key in ("claim_id", "payer_claim_id", "patient"):
                    if row[key] and " ".join(row[key].split()) not in alltext:
                        errs.append(f"{where}: {key} {row[key]!r} not in the document's text")
                errs += _arith(doc, row, other, where)
        # claim totals against the sum of their lines
        for c in truth["claims"]:
            key = c["claim_id"] or c["payer_claim_id"]
            mine = [r for r in truth["lines"] if (r["claim_id"], r["payer_claim_id"], r["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{tag}: claim {key} has no lines")
                continue
            differs = False
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if v not in alltext and not _has_money(alltext, v):
                    errs.append(f"{tag}: claim {key} total {k} {v} not printed")
                s = sum((Decimal(r[k]) for r in mine if r[k] is not None), Decimal("0.00"))
                if s != Decimal(v):
                    differs = True
                    if key not in doc.mismatch_claims:
                        errs.append(f"{tag}: claim {key} {k} total {v} but lines sum to {s}")
            if key in doc.mismatch_claims and not differs:
                errs.append(f"{tag}: planted mismatch on {key} is not a mismatch")
        for f in truth["expected_findings"]:
            if not f.startswith("claim-total-mismatch claim "):
                errs.append(f"{tag}: odd finding {f}")
    return errs


def _arith(doc: Doc, row: dict, other, where: str) -> list[str]:
    d = {k: (Decimal(row[k]) if row[k] is not None else None) for k in AMOUNT_KEYS}
    z = Decimal("0.00")
    oth = other if other is not None else z
    errs = []
    if "A" in doc.arith and None not in (d["billed"], d["allowed"]) and (d["discount"], d["not_covered"]) != (None, None):
        if d["billed"] - (d["discount"] or z) - (d["not_covered"] or z) != d["allowed"]:
            errs.append(f"{where}: billed - discount - not covered != allowed")
    if "B" in doc.arith and None not in (d["allowed"], d["paid"]):
        if d["allowed"] - (d["deductible"] or z) - (d["copay"] or z) - (d["coinsurance"] or z) - oth != d["paid"]:
            errs.append(f"{where}: allowed - patient share - other != paid")
    if "C" in doc.arith and d["patient_owes"] is not None:
        parts = (d["deductible"] or z) + (d["copay"] or z) + (d["coinsurance"] or z)
        if doc.owes_includes_not_covered:
            parts += d["not_covered"] or z
        if parts != d["patient_owes"]:
            errs.append(f"{where}: patient owes {d['patient_owes']} != its parts {parts}")
    if "D" in doc.arith and row["adjustments"] and all(a[2] is not None for a in row["adjustments"]):
        if d["billed"] - sum(Decimal(a[2]) for a in row["adjustments"]) != d["paid"]:
            errs.append(f"{where}: billed - adjustments != paid")
    if "E" in doc.arith and None not in (d["allowed"], d["paid"], d["patient_owes"]):
        if d["allowed"] - d["paid"] - oth != d["patient_owes"]:
            errs.append(f"{where}: allowed - paid - other != patient owes")
    return errs
