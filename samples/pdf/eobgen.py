"""Shared pieces of the synthetic EOB PDF factories: invented fee schedules, plan arithmetic,
value formatting, and the ground-truth record format.

Every name, number, payer, provider and identifier produced here is invented. Descriptions of
services are our own short words, not any code set's official descriptor.

Truth format (one JSON file per PDF, ``<name>.pdf.truth.json``): what is PRINTED on the page,
nothing inferred. Amounts are Decimal strings with two decimals ("-45.00" for a printed negative
such as "(45.00)" or "45.00-"), null when the layout does not print that value for the line.
Units are the printed quantity normalised ("2.000" -> "2"). Adjustment codes are normalised
(group, reason, amount-or-null) whatever dash the page uses. Dates are ISO strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
FIXED_WHEN = datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC)


def q(x: object) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


# Invented charge master (what a clinic bills per unit) and an invented public-program fee schedule.
FEE = {
    "97530": "95.00", "97110": "80.00", "97112": "85.00", "97140": "75.00", "97535": "82.00",
    "97165": "210.00", "97166": "240.00", "97167": "275.00", "97168": "130.00", "92507": "160.00",
    "92526": "150.00", "97760": "120.00", "L3807": "410.00", "99213": "165.00", "G0283": "35.00",
    "0552T": "95.00", "97116": "82.00", "97161": "220.00", "97163": "265.00", "92523": "290.00",
    "97129": "90.00", "97150": "55.00",
}
SCHED = {
    "97530": "36.85", "97110": "29.62", "97112": "33.48", "97140": "27.11", "97535": "32.40",
    "97165": "98.20", "97166": "98.20", "97167": "98.20", "97168": "66.75", "92507": "71.30",
    "92526": "77.95", "97760": "41.18", "L3807": "288.40", "99213": "88.46", "G0283": "10.37",
    "0552T": "0.00", "97116": "30.05", "97161": "101.12", "97163": "101.12", "92523": "162.03",
    "97129": "24.71", "97150": "17.66",
}
# Our own short wording for the service, as a payer might print it.
DESC = {
    "97530": "Therapeutic activities", "97110": "Therapeutic exercises", "97112": "Neuromuscular re-education",
    "97140": "Manual therapy", "97535": "Self-care/home management training",
    "97165": "OT evaluation, low complexity", "97166": "OT evaluation, moderate complexity",
    "97167": "OT evaluation, high complexity", "97168": "OT re-evaluation",
    "92507": "Speech/language treatment", "92526": "Feeding/swallowing treatment",
    "97760": "Orthotic management and training", "L3807": "Wrist-hand-finger orthosis, custom fitted",
    "99213": "Office visit, established patient", "G0283": "Electrical stimulation, unattended",
    "0552T": "Low-level laser therapy", "97116": "Gait training", "97161": "PT evaluation, low complexity",
    "97163": "PT evaluation, high complexity", "92523": "Speech sound and language evaluation",
    "97129": "Cognitive function intervention, first 15 min", "97150": "Group therapy",
}
# Long wording, for layouts whose description column wraps.
LONG_DESC = {
    "97760": "Orthotic management and training, upper extremity, initial encounter, each 15 minutes",
    "L3807": "Wrist-hand-finger orthosis, without joints, prefabricated, custom fitted by clinician",
    "97140": "Manual therapy techniques (mobilization, manipulation, soft tissue), each 15 minutes",
    "97110": "Therapeutic exercises to build strength, endurance and range of motion, each 15 min",
    "97535": "Self-care and home management training (daily living skills), each 15 minutes",
    "0552T": "Low-level laser therapy, dynamic photonic and thermokinetic energies",
    "G0283": "Electrical stimulation, unattended, for other than wound care",
    "97168": "Re-evaluation of occupational therapy plan of care",
    "97530": "Therapeutic activities, direct one-on-one patient contact, each 15 minutes",
}


@dataclass
class Svc:
    dos: date
    code: str
    units: Decimal
    mods: tuple[str, ...] = ()
    end: date | None = None
    desc: str = ""
    denied: str | None = None  # "PR" (patient may be billed) or "CO" (write-off) when the line is denied
    billed: Decimal = ZERO
    discount: Decimal = ZERO
    allowed: Decimal = ZERO
    not_covered: Decimal = ZERO
    deductible: Decimal = ZERO
    copay: Decimal = ZERO
    coinsurance: Decimal = ZERO
    seq: Decimal = ZERO
    paid: Decimal = ZERO
    owes: Decimal = ZERO
    adjs: list[tuple[str, str, Decimal]] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.units = Decimal(str(self.units))
        if not self.desc:
            self.desc = DESC[self.code]
        self.billed = q(Decimal(FEE[self.code]) * self.units)


@dataclass
class PlanState:
    ded_left: Decimal = ZERO
    coins_rate: Decimal = Decimal("0.20")
    copay_codes: dict[str, Decimal] = field(default_factory=dict)
    allowed_rate: Decimal = Decimal("0.82")
    visit_copay: Decimal = ZERO  # a copay once per visit date, plan pays the rest in full
    copaid: set = field(default_factory=set)


def commercial(s: Svc, st: PlanState, deny_reason: str = "204") -> Svc:
    """Plan discount, then deductible, copay, coinsurance; denied lines are not covered (patient's)."""
    if s.denied:
        s.not_covered = s.billed
        if s.denied == "PR":
            s.owes = s.billed
        s.adjs = [(s.denied, deny_reason, s.billed)]
        return s
    s.allowed = q(s.billed * st.allowed_rate)
    s.discount = s.billed - s.allowed
    rem = s.allowed
    s.deductible = min(st.ded_left, rem)
    st.ded_left -= s.deductible
    rem -= s.deductible
    if st.visit_copay:
        key = (s.dos, id(st))
        if key not in st.copaid:
            st.copaid.add(key)
            s.copay = min(st.visit_copay, rem)
            rem -= s.copay
    elif s.code in st.copay_codes:
        s.copay = min(st.copay_codes[s.code], rem)
        rem -= s.copay
    else:
        s.coinsurance = q(rem * st.coins_rate)
        rem -= s.coinsurance
    s.paid = rem
    s.owes = s.deductible + s.copay + s.coinsurance
    s.adjs = [("CO", "45", s.discount)]
    for grp, rc, amt in (("PR", "1", s.deductible), ("PR", "3", s.copay), ("PR", "2", s.coinsurance)):
        if amt:
            s.adjs.append((grp, rc, amt))
    return s


def medicare(s: Svc, st: PlanState, sequestration: bool = True, deny_reason: str = "50") -> Svc:
    """Fee schedule amount, Part B deductible, 20% coinsurance, 2% payment reduction."""
    if s.denied:
        s.not_covered = s.billed
        if s.denied == "PR":
            s.owes = s.billed
        s.adjs = [(s.denied, deny_reason, s.billed)]
        return s
    s.allowed = q(Decimal(SCHED[s.code]) * s.units)
    s.discount = s.billed - s.allowed
    rem = s.allowed
    s.deductible = min(st.ded_left, rem)
    st.ded_left -= s.deductible
    rem -= s.deductible
    s.coinsurance = q(rem * st.coins_rate)
    rem -= s.coinsurance
    s.seq = q(rem * Decimal("0.02")) if sequestration else ZERO
    s.paid = rem - s.seq
    s.owes = s.deductible + s.coinsurance
    s.adjs = [("CO", "45", s.discount)]
    if s.deductible:
        s.adjs.append(("PR", "1", s.deductible))
    if s.coinsurance:
        s.adjs.append(("PR", "2", s.coinsurance))
    if s.seq:
        s.adjs.append(("CO", "253", s.seq))
    return s


def medicaid(s: Svc, deny_reason: str = "197") -> Svc:
    """State fee schedule, no patient share; denials are contractual write-offs."""
    if s.denied:
        s.adjs = [("CO", deny_reason, s.billed)]
        s.not_covered = s.billed
        return s
    s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units))
    s.discount = s.billed - s.allowed
    s.paid = s.allowed
    s.adjs = [("CO", "45", s.discount)] if s.discount else []
    return s


def negate(s: Svc) -> Svc:
    """A reversal of an earlier line: every amount with the opposite sign."""
    r = Svc(s.dos, s.code, s.units, s.mods, s.end, s.desc, s.denied)
    for f in ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "seq",
              "paid", "owes"):
        setattr(r, f, -getattr(s, f))
    r.adjs = [(g, c, -a) for g, c, a in s.adjs]
    r.remarks = list(s.remarks)
    return r


# ------------------------------------------------------------------------------------------ formats

def money(d: Decimal, style: str = "$", neg: str = "-") -> str:
    """style: '$' -> $1,234.50; ',' -> 1,234.50; '' -> 1234.50.  neg: '-' lead, '()' parens, 'trail' 45.00-."""
    d = q(d)
    a = abs(d)
    body = f"{a:,.2f}" if style in ("$", ",") else f"{a:.2f}"
    if style == "$":
        body = "$" + body
    if d < 0:
        if neg == "()":
            return f"({body})"
        if neg == "trail":
            return body + "-"
        return "-" + body
    return body


def dfmt(d: date, style: str) -> str:
    if style == "mdy2":
        return d.strftime("%m/%d/%y")
    if style == "mdy4":
        return d.strftime("%m/%d/%Y")
    if style == "mdY8":
        return d.strftime("%m%d%Y")
    if style == "mdy6":
        return d.strftime("%m%d%y")
    if style == "mon":
        return f"{d:%b} {d.day}, {d.year}"
    if style == "month":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "mdyn":  # 1/5/2026
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    raise ValueError(style)


def units_str(u: Decimal) -> str:
    n = u.normalize()
    return format(n, "f")


# -------------------------------------------------------------------------------------------- truth

AMOUNT_KEYS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
               "not_covered", "discount")
_ATTR = {"patient_owes": "owes"}


def amt(d: Decimal | None) -> str | None:
    return None if d is None else str(q(d))


def truth_line(page: int, s: Svc, *, claim_id: str | None, payer_claim_id: str | None, patient: str | None,
               printed: tuple[str, ...], service_end: date | None = None, units: bool = True,
               modifiers: bool = True, code: bool = True, adjustments: list | None = None,
               remarks: list[str] | None = None, overrides: dict | None = None, description: bool = True) -> dict:
    """The truth for one printed service line. ``printed`` names the amount fields the layout prints."""
    row: dict = {
        "page": page, "claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
        "service_date": s.dos.isoformat(), "service_end": service_end.isoformat() if service_end else None,
        "code": s.code if code else None, "modifiers": list(s.mods) if modifiers else [],
        "units": units_str(s.units) if units else None,
    }
    for k in AMOUNT_KEYS:
        row[k] = amt(getattr(s, _ATTR.get(k, k))) if k in printed else None
    row["adjustments"] = [[g, c, amt(a) if a is not None else None] for g, c, a in (adjustments or [])]
    row["remarks"] = list(remarks or [])
    row["description"] = s.desc if description else None
    if overrides:
        row.update(overrides)
    return row


def claim_totals(billed=None, allowed=None, paid=None, patient_owes=None) -> dict:
    return {"billed": amt(billed), "allowed": amt(allowed), "paid": amt(paid), "patient_owes": amt(patient_owes)}


def write_truth(pdf_path: Path, layout: str, producer: str, pages: int, description: str, lines: list,
                claims: list, legend: list, expected_findings: list | None = None) -> None:
    data = {
        "layout": layout, "producer": producer, "pages": pages, "description": description,
        "lines": lines, "claims": claims, "legend": [list(x) for x in legend],
        "expected_findings": expected_findings or [],
    }
    Path(str(pdf_path) + ".truth.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")


def total(svcs: list[Svc], attr: str) -> Decimal:
    return sum((getattr(s, attr) for s in svcs), ZERO)
