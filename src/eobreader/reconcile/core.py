"""Billed lines against paid lines: matching, outcomes, the to-do list, balances and payer figures.

How a charge is matched (as a biller would):
- remittance lines are indexed once by (service date, first three letters of each name word), by service
  date alone for lines without a patient name, and by claim number; a charge is scored only against the
  lines in its buckets, so the work grows with the number of lines, not with its square;
- a candidate needs the same service date (or the same claim number) and a name that agrees (order,
  case, middle initials, hyphens and one-letter slips do not matter; a different first name is a
  different person); the code must agree, or be the code as billed (835 SVC06) when the payer changed it;
- a modifier dropped or changed, units cut, the billed amount or the name spelled differently lower the
  match from ``exact`` to ``strong``; a match resting on less (surname only, no name on the remittance,
  a different code with the same charge) is ``weak``; every match lists its reasons;
- each remittance line goes to the charge it fits best. When two charges fit it equally and differ, the
  line is reported as ambiguous on both and left for a person; identical charges (the same patient, day,
  code, units and charge twice) share such lines one by one in row order, and say so;
- a charge's lines are then settled: a reversal (CLP02 22 or negative amounts) cancels the payment it
  takes back; what is left is the current payment, possibly split across several remittances.

Outcomes: ``paid in full``, ``underpaid``, ``denied``, ``pending`` (no remittance line), ``reversed``
(taken back and not paid again). A reversed line that was paid again takes its new outcome and says so.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..checks import is_denied
from ..glossary import Glossary
from ..glossary import default as default_glossary
from ..model import ZERO, ClaimStatus, FileResult, ServiceLine
from .charges import Charge, ChargesFile
from .fees import FeeSchedule, _payer_key
from .names import NameMatch, compare, display, family_key, name_key
from .timed import TimedItem, TimedUnits, assign

OUTCOMES = ("paid in full", "underpaid", "denied", "pending", "reversed")
RECONCILIATION_COLUMNS = (
    "Row", "Claim", "Patient", "Service Date", "Code", "Modifiers", "Units", "Billed", "Expected", "Allowed", "Paid",
    "Patient Owes", "Outcome", "Reason", "Next Step", "Matched To",
)
EXTRA_COLUMNS = ("Match", "Match Notes", "Payer", "Underpaid By", "Minutes", "CMS Units", "Midpoint Units",
                 "Timed Check")
ACTIONS = ("appeal", "resubmit with a fix", "send records", "bill the patient", "bill the secondary", "write off",
           "follow up", "match by hand", "refund overpayment")

CENT = Decimal("0.01")
_REDUCTIONS = frozenset({"253", "23"})  # cut after the allowed amount, not an underpayment (sequestration, prior payer)
_SHARE_REASONS = {"1": "deductible", "2": "coinsurance", "3": "copay"}
_ACTION_OF_STEP = {"fix": "resubmit with a fix", "records": "send records", "appeal": "appeal", "auth": "appeal",
                   "cob": "resubmit with a fix", "eligibility": "bill the patient", "none": "write off",
                   "pay": "bill the patient", "info": "write off"}


def _m(d: Decimal | None) -> str:
    if d is None:
        return "?"
    return f"-${-d:,.2f}" if d < 0 else f"${d:,.2f}"


def _q(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def _u(d: Decimal | None) -> str:
    if d is None:
        return "?"
    t = f"{d:f}"
    return t.rstrip("0").rstrip(".") if "." in t else t


# ------------------------------------------------------------------------------------------- records

@dataclass(frozen=True, slots=True)
class RemitLine:
    """One service line of a remittance, with where it came from."""

    index: int
    file: str  # path relative to the common folder of the inputs
    where: str  # "p. 1 line 4", "segment 31", "Remits row 12"
    payer: str
    claim_id: str
    payer_claim_id: str
    patient: str
    status: ClaimStatus
    issued: date | None
    line: ServiceLine

    @property
    def service_date(self) -> date | None:
        return self.line.service_date

    @property
    def reversal(self) -> bool:
        ln = self.line
        return (self.status is ClaimStatus.REVERSED or (ln.paid is not None and ln.paid < 0)
                or (ln.billed is not None and ln.billed < 0))

    @property
    def claim(self) -> str:
        return self.claim_id or self.payer_claim_id

    def label(self) -> str:
        claim = f", claim {self.claim}" if self.claim else ""
        return f"{self.file} {self.where}{claim}".strip()


@dataclass(frozen=True, slots=True)
class Match:
    remit: int  # RemitLine.index
    confidence: str  # exact | strong | weak
    reasons: tuple[str, ...]
    value: int


@dataclass(frozen=True, slots=True)
class TimedCheck:
    minutes: int
    cms_units: int | None
    midpoint_units: int
    text: str


@dataclass(frozen=True, slots=True)
class WorkItem:
    action: str  # one of ACTIONS
    amount: Decimal
    patient: str
    payer: str
    claim: str
    service_date: date | None
    code: str
    row: int | None  # charges row, None for remittance-only items
    todo: str  # what to do, as a biller's instruction
    why: str
    matched_to: str


@dataclass(frozen=True, slots=True)
class ReconRow:
    """One billed line and what happened to it (the Reconciliation sheet)."""

    row: int
    claim: str
    patient: str
    service_date: date | None
    code: str
    modifiers: str
    units: Decimal | None
    billed: Decimal | None
    expected: Decimal | None
    allowed: Decimal | None
    paid: Decimal | None
    patient_owes: Decimal | None
    outcome: str
    reason: str
    next_step: str
    matched_to: str
    match: str  # exact | strong | weak | ambiguous | "" (nothing matched)
    match_notes: str
    payer: str
    underpaid_by: Decimal | None = None
    minutes: int | None = None
    cms_units: int | None = None
    midpoint_units: int | None = None
    timed_check: str = ""

    def values(self) -> tuple:
        return (self.row, self.claim, self.patient, self.service_date, self.code, self.modifiers, self.units,
                self.billed, self.expected, self.allowed, self.paid, self.patient_owes, self.outcome, self.reason,
                self.next_step, self.matched_to, self.match, self.match_notes, self.payer, self.underpaid_by,
                self.minutes, self.cms_units, self.midpoint_units, self.timed_check)


@dataclass(frozen=True, slots=True)
class PatientBalance:
    patient: str
    send_to: str  # "patient" or "secondary: <plan>"
    visits: int
    billed: Decimal
    insurance_paid: Decimal
    owes: Decimal
    deductible: Decimal
    copay: Decimal
    coinsurance: Decimal
    other: Decimal
    statement: str  # plain text ready to send


@dataclass(frozen=True, slots=True)
class UnmatchedRemit:
    file: str
    where: str
    payer: str
    claim: str
    patient: str
    service_date: date | None
    code: str
    modifiers: str
    units: Decimal | None
    billed: Decimal | None
    paid: Decimal | None
    patient_owes: Decimal | None
    why: str
    next_step: str


@dataclass(frozen=True, slots=True)
class PayerSummary:
    payer: str
    lines: int
    billed: Decimal
    allowed: Decimal
    paid: Decimal
    patient_owes: Decimal
    denied_lines: int
    denial_rate: float | None  # denied / lines with a decision (None when none has one)
    underpaid: Decimal
    pending_lines: int
    unmatched_paid: Decimal
    top_reasons: str


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    where: str
    what: str
    reason: str


@dataclass(frozen=True, slots=True)
class Reconciliation:
    charges_file: str
    rows: tuple[ReconRow, ...]
    worklist: tuple[WorkItem, ...]
    balances: tuple[PatientBalance, ...]
    unmatched: tuple[UnmatchedRemit, ...]
    payers: tuple[PayerSummary, ...]
    problems: tuple[Problem, ...]
    files_read: int
    files_failed: int

    def outcome_counts(self) -> dict[str, int]:
        c = Counter(r.outcome for r in self.rows)
        return {o: c.get(o, 0) for o in OUTCOMES}


# ------------------------------------------------------------------------------------------ flattening

def _short(path: str, base: Path | None) -> str:
    if base is not None:
        try:
            return Path(path).resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return Path(path).name


def remit_lines(results: Iterable[FileResult], base: Path | None = None) -> list[RemitLine]:
    out: list[RemitLine] = []
    for r in results:
        if not r.ok:
            continue
        fname = _short(r.path, base)
        for st in r.statements:
            for c in st.claims:
                for ln in c.lines:
                    if ln.service_date is None and c.service_from is not None:
                        from dataclasses import replace

                        ln = replace(ln, service_date=c.service_from)
                    out.append(RemitLine(
                        index=len(out), file=fname, where=ln.source.where(), payer=st.payer or "",
                        claim_id=c.claim_id or "", payer_claim_id=c.payer_claim_id or "", patient=c.patient or "",
                        status=c.status, issued=st.issued, line=ln,
                    ))
    return out


# -------------------------------------------------------------------------------------------- matching

_CLAIM_TOKEN = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def _claim_tokens(*ids: str | None) -> set[str]:
    out: set[str] = set()
    for i in ids:
        if not i:
            continue
        for tok in _CLAIM_TOKEN.findall(i.upper()):
            if len(tok) >= 4:
                out.add(tok.replace("-", ""))
    return out


def _orig_code(line: ServiceLine) -> tuple[str | None, tuple[str, ...]]:
    if not line.original_code:
        return None, ()
    parts = line.original_code.upper().split("-")
    return parts[0], tuple(p for p in parts[1:] if p)


class _Index:
    def __init__(self, lines: list[RemitLine]):
        self.lines = lines
        self.by_date_name: dict[tuple[date, str], list[int]] = defaultdict(list)
        self.by_date_anon: dict[date, list[int]] = defaultdict(list)
        self.by_claim: dict[str, list[int]] = defaultdict(list)
        self.claim_tokens: list[set[str]] = []
        for rl in lines:
            d = rl.service_date
            keys = name_key(rl.patient).bucket_keys()
            if d is not None:
                if keys:
                    for k in keys:
                        self.by_date_name[(d, k)].append(rl.index)
                else:
                    self.by_date_anon[d].append(rl.index)
            toks = _claim_tokens(rl.claim_id, rl.payer_claim_id)
            self.claim_tokens.append(toks)
            for t in toks:
                self.by_claim[t].append(rl.index)

    def candidates(self, ch: Charge, claim_toks: set[str]) -> list[int]:
        seen: dict[int, None] = {}
        if ch.service_date is not None:
            for k in name_key(ch.patient).bucket_keys():
                for i in self.by_date_name.get((ch.service_date, k), ()):
                    seen[i] = None
            for i in self.by_date_anon.get(ch.service_date, ()):
                seen[i] = None
        for t in claim_toks:
            for i in self.by_claim.get(t, ())[:200]:
                seen[i] = None
        return list(seen)


def score(ch: Charge, rl: RemitLine, claim_match: bool) -> Match | None:
    """How well one remittance line fits one charge, or None when it cannot be this charge."""
    ln = rl.line
    reasons: list[str] = []
    weak = False
    value = 0
    # date
    if ch.service_date is not None and ln.service_date == ch.service_date:
        value += 30
    elif ch.service_date is not None and ln.service_date is not None and ln.service_end is not None \
            and ln.service_date <= ch.service_date <= ln.service_end:
        value += 25
        reasons.append("date inside the remittance's date range")
    elif claim_match:
        weak = True
        reasons.append(f"service date differs ({ln.service_date.isoformat() if ln.service_date else 'none'})")
    else:
        return None
    # code (checked before the name: it is the cheaper test)
    code = (ln.code or "").upper()
    orig, orig_mods = _orig_code(ln)
    mods_seen: tuple[str, ...] = tuple(m.upper() for m in ln.modifiers)
    if code == ch.code:
        value += 40
    elif orig == ch.code:
        value += 36
        mods_seen = orig_mods or mods_seen
        reasons.append(f"the payer changed the code to {code or '?'} (billed as {ch.code})")
    elif ln.billed is not None and ch.billed is not None and abs(ln.billed) == ch.billed and ch.billed > 0:
        value += 5
        weak = True
        reasons.append(f"code differs ({code or 'none'}); the charge amount agrees")
    else:
        return None
    # patient
    if rl.patient:
        nm = compare(ch.patient, rl.patient)
        if nm.level is NameMatch.SAME:
            value += 30
            if nm.note:
                reasons.append(f"name {nm.note} ({rl.patient})")
        elif nm.level is NameMatch.CLOSE:
            value += 22
            reasons.append(f"name written differently: {rl.patient!r} ({nm.note})")
        elif nm.level is NameMatch.PARTIAL:
            value += 8
            weak = True
            reasons.append(f"name only partly agrees: {rl.patient!r} ({nm.note})")
        elif claim_match:
            weak = True
            reasons.append(f"different name on the remittance: {rl.patient!r}")
        else:
            return None
    else:
        value += 8
        weak = weak or not claim_match
        reasons.append("no patient name on the remittance")
    if claim_match:
        value += 25
    # modifiers
    billed_mods, paid_mods = set(ch.modifiers), set(mods_seen)
    if billed_mods == paid_mods:
        value += 10
    else:
        missing, extra = sorted(billed_mods - paid_mods), sorted(paid_mods - billed_mods)
        value += max(0, 10 - 2 * (len(missing) + len(extra)))
        if missing and extra:
            reasons.append(f"modifier {', '.join(missing)} changed to {', '.join(extra)}")
        elif missing:
            reasons.append(f"modifier {', '.join(missing)} not on the remittance (dropped by the payer)")
        else:
            reasons.append(f"modifier {', '.join(extra)} added on the remittance")
    # units
    units = abs(ln.units) if ln.units is not None else None
    if ch.units is None or units is None:
        value += 5
    elif units == ch.units:
        value += 10
    elif units < ch.units:
        value += 4
        reasons.append(f"units {_u(ch.units)} billed, {_u(units)} on the remittance")
    else:
        weak = True
        reasons.append(f"more units on the remittance ({_u(units)}) than billed ({_u(ch.units)})")
    # charge amount
    if ln.billed is not None and ch.billed is not None:
        if abs(ln.billed) == ch.billed:
            value += 8
        else:
            reasons.append(f"charge {_m(abs(ln.billed))} on the remittance, {_m(ch.billed)} billed")
    if weak:
        conf = "weak"
    elif not reasons or all(r.startswith("name hyphen") for r in reasons):
        conf = "exact"
    else:
        conf = "strong"
    return Match(rl.index, conf, tuple(reasons), value)


def _interchangeable(a: Charge, b: Charge) -> bool:
    return (family_key(a.patient) == family_key(b.patient) and a.service_date == b.service_date and a.code == b.code
            and set(a.modifiers) == set(b.modifiers) and a.units == b.units and a.billed == b.billed)


@dataclass
class _Assigned:
    matches: dict[int, list[Match]] = field(default_factory=lambda: defaultdict(list))  # charge pos -> matches
    ambiguous: dict[int, list[int]] = field(default_factory=dict)  # remit index -> tied charge positions
    shared: dict[int, int] = field(default_factory=dict)  # charge pos -> number of identical charges


def match_all(charges: list[Charge], lines: list[RemitLine]) -> _Assigned:
    idx = _Index(lines)
    per_remit: dict[int, list[tuple[int, Match]]] = defaultdict(list)
    for pos, ch in enumerate(charges):
        toks = _claim_tokens(ch.claim_id)
        for i in idx.candidates(ch, toks):
            m = score(ch, lines[i], bool(toks & idx.claim_tokens[i]))
            if m is not None:
                per_remit[i].append((pos, m))
    out = _Assigned()
    taken: Counter = Counter()
    for i in sorted(per_remit):
        cands = per_remit[i]
        top = max(m.value for _, m in cands)
        tied = sorted(pos for pos, m in cands if m.value == top)
        if len(tied) > 1:
            first = charges[tied[0]]
            if all(_interchangeable(first, charges[p]) for p in tied[1:]):
                pos = min(tied, key=lambda p: (taken[p], p))
                for p in tied:
                    out.shared[p] = len(tied)
            else:
                out.ambiguous[i] = tied
                continue
        else:
            pos = tied[0]
        m = next(m for p, m in cands if p == pos)
        out.matches[pos].append(m)
        if not lines[i].reversal:
            taken[pos] += 1
    return out


# ------------------------------------------------------------------------------------------- settling

def _share(line: ServiceLine) -> dict[str, Decimal]:
    """The family's share by kind: PR adjustments, else the line's own columns."""
    parts: dict[str, Decimal] = defaultdict(lambda: ZERO)
    pr = [a for a in line.adjustments if a.group == "PR" and a.amount is not None]
    if pr:
        for a in pr:
            parts[_SHARE_REASONS.get(a.reason, "other")] += a.amount  # type: ignore[operator]
    else:
        for kind, v in (("deductible", line.deductible), ("copay", line.copay), ("coinsurance", line.coinsurance),
                        ("other", line.not_covered)):
            if v:
                parts[kind] += v
        if not parts and line.patient_owes:
            parts["other"] += line.patient_owes
    return dict(parts)


def _allowed(line: ServiceLine) -> tuple[Decimal | None, bool]:
    """(allowed, worked out): the printed allowed amount, else billed minus the plan's own adjustments."""
    if line.allowed is not None:
        return line.allowed, False
    if line.billed is None or not line.adjustments or any(a.amount is None for a in line.adjustments):
        return None, False
    cut = sum((a.amount or ZERO for a in line.adjustments if a.group != "PR" and a.reason not in _REDUCTIONS), ZERO)
    return line.billed - cut, True


def _reductions(line: ServiceLine) -> Decimal:
    return sum((a.amount for a in line.adjustments if a.reason in _REDUCTIONS and a.group != "PR" and a.amount), ZERO)


def _denial_adjustment(lines: list[ServiceLine], g: Glossary):
    best = None
    for ln in lines:
        for a in ln.adjustments:
            if a.reason in ("45",) or (a.group == "PR" and a.reason in _SHARE_REASONS) or a.reason in _REDUCTIONS:
                continue
            if best is None or (a.amount or ZERO) > (best.amount or ZERO):
                best = a
    return best


def _code_words(a, g: Glossary) -> str:
    r = g.carc(a.reason) if a.reason else None
    name = r.short_name.lower() if r else "reason not in our code book"
    return f"{name} ({a.code})"


def _remark_words(remarks: Iterable[str], g: Glossary) -> str:
    parts = []
    for rm in list(dict.fromkeys(remarks))[:2]:
        r = g.rarc(rm)
        parts.append(f"remark {rm}: {r.short_name.lower()}" if r and r.short_name else f"remark {rm}")
    return "; ".join(parts)


@dataclass
class _Settled:
    outcome: str
    reason: list[str]
    next_step: str
    actions: list[tuple[str, Decimal, str, str]]  # action, amount, todo, why
    allowed: Decimal | None = None
    paid: Decimal | None = None
    patient_owes: Decimal | None = None
    expected: Decimal | None = None
    underpaid_by: Decimal | None = None
    share: dict[str, Decimal] = field(default_factory=dict)
    payer: str = ""
    current: list[RemitLine] = field(default_factory=list)


def settle(ch: Charge, matched: list[tuple[RemitLine, Match]], fees: FeeSchedule | None, g: Glossary,
           timed: TimedCheck | None, as_of: date | None) -> _Settled:
    payer = next((rl.payer for rl, _ in matched if rl.payer), "") or (ch.payer or "")
    rate = fees.rate(ch.code, ch.modifiers, payer or ch.payer) if fees is not None else None
    expected = _q(rate.per_unit * ch.units) if rate is not None and ch.units is not None else None
    if not matched:
        if ch.service_date is None:
            why = "The row has no service date, so no remittance line can be matched to it."
            return _Settled("pending", [why], "Add the service date in the practice system and run again.",
                            [("follow up", ch.billed or ZERO, "Add the missing service date, then reconcile again.", why)],
                            expected=expected, payer=payer)
        days = f" {(as_of - ch.service_date).days} days after the visit" if as_of and as_of >= ch.service_date else ""
        why = (f"No payment or denial for this line in the remittances read{days}.")
        step = "Check claim status with the payer; if it has no record of the claim, send it again."
        return _Settled("pending", [why], step, [("follow up", ch.billed or ZERO, step, why)], expected=expected,
                        payer=payer)
    ordered = sorted(matched, key=lambda x: (x[0].issued or date.min, x[0].index))
    reversals = [rl for rl, _ in ordered if rl.reversal]
    positives = [rl for rl, _ in ordered if not rl.reversal]
    cancelled: list[RemitLine] = []
    for rv in reversals:
        target = next((p for p in positives if p not in cancelled and rv.line.paid is not None and p.line.paid is not None
                       and p.line.paid == -rv.line.paid), None)
        if target is not None:
            cancelled.append(target)
    current = [p for p in positives if p not in cancelled]
    reason: list[str] = []
    if reversals:
        taken = sum((-(rv.line.paid or ZERO) for rv in reversals), ZERO)
        origin = f" (first paid in {', '.join(p.label() for p in cancelled)})" if cancelled else ""
        rv_where = ", ".join(rv.label() for rv in reversals)
        if current:
            reason.append(f"Reversed and paid again: {_m(taken)} was taken back in {rv_where}{origin}; "
                          f"the new payment is in {', '.join(p.label() for p in current)}.")
        else:
            codes = ", ".join(dict.fromkeys(a.code for rv in reversals for a in rv.line.adjustments if a.reason and a.reason != "45"))
            remarks = _remark_words((r for rv in reversals for r in rv.line.remarks), g)
            extra = "; ".join(x for x in (codes, remarks) if x)
            why = (f"The payer took back {_m(taken)} in {rv_where}{origin} and has not paid this line again"
                   + (f" ({extra})." if extra else "."))
            step = ("Find out why the payment was taken back (call the payer or read the reversal's codes); if it "
                    "asks for a corrected claim, send one.")
            net = sum((rl.line.paid or ZERO for rl, _ in matched), ZERO)
            return _Settled("reversed", [why], step, [("resubmit with a fix", taken, step, why)], paid=net,
                            expected=expected, payer=payer)
    lines = [rl.line for rl in current]
    st = _Settled("", reason, "", [], expected=expected, payer=payer, current=current)
    pend = [rl for rl in current if rl.status is ClaimStatus.PENDING or rl.line.paid is None]
    if pend and len(pend) == len(current):
        why = ("The payer lists this claim as pending (not decided yet)." if pend[0].status is ClaimStatus.PENDING
               else "The remittance line shows no payment amount.")
        step = "Wait for the decision; check claim status if nothing comes within 30 days."
        st.outcome, st.next_step = "pending", step
        st.reason.append(why + f" ({', '.join(p.label() for p in pend)})")
        st.actions.append(("follow up", ch.billed or ZERO, step, why))
        return st
    paid = sum((ln.paid or ZERO for ln in lines), ZERO)
    allowed_parts = [_allowed(ln) for ln in lines]
    allowed = sum((a for a, _ in allowed_parts if a is not None), ZERO) if all(a is not None for a, _ in allowed_parts) else None
    worked_out = any(w for _, w in allowed_parts)
    share: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for ln in lines:
        for k, v in _share(ln).items():
            share[k] += v
    owes = sum(share.values(), ZERO)
    st.paid, st.patient_owes, st.share = paid, owes, dict(share)
    st.allowed = sum((ln.allowed for ln in lines if ln.allowed is not None), ZERO) if any(
        ln.allowed is not None for ln in lines) else None
    if len(current) > 1:
        split = ", ".join(f"{_u(rl.line.units)} unit(s) {_m(rl.line.paid)} in {rl.label()}" for rl in current)
        st.reason.append(f"Paid on {len(current)} remittance lines: {split}.")
    if all(is_denied(ln) for ln in lines):
        return _denied(ch, st, lines, g)
    # paid: look for anything short
    short: list[str] = []
    underpaid = ZERO
    paid_units = sum((abs(ln.units) for ln in lines if ln.units is not None and not is_denied(ln)), Decimal(0)) \
        if all(ln.units is not None for ln in lines) else None
    per_unit = None
    if rate is not None:
        per_unit = rate.per_unit
    elif allowed is not None and paid_units:
        per_unit = _q(allowed / paid_units)
    cut_units = ch.units - paid_units if ch.units is not None and paid_units is not None and paid_units < ch.units else None
    if cut_units:
        worth = _q(per_unit * cut_units) if per_unit is not None else None
        basis = "the fee schedule's" if rate is not None else "the plan's own"
        short.append(f"paid for {_u(paid_units)} of {_u(ch.units)} units" + (
            f"; at {basis} {_m(per_unit)} a unit the missing {_u(cut_units)} are worth about {_m(worth)}" if worth else ""))
        if worth:
            underpaid += worth
    contract_short = False
    if rate is not None and allowed is not None and paid_units:
        want = _q(rate.per_unit * paid_units)
        if allowed < want - CENT:
            contract_short = True
            short.append(f"the fee schedule expects {_m(rate.per_unit)} x {_u(paid_units)} = {_m(want)} allowed, the "
                         f"payer allowed {_m(allowed)}{' (worked out from the adjustments)' if worked_out else ''}, "
                         f"{_m(want - allowed)} less")
            underpaid += want - allowed
    if allowed is not None:
        due = allowed - owes - sum((_reductions(ln) for ln in lines), ZERO)
        if paid < due - CENT:
            short.append(f"allowed {_m(allowed)} minus the family's share {_m(owes)} is {_m(due)}, but only "
                         f"{_m(paid)} was paid, {_m(due - paid)} short")
            underpaid += due - paid
    dup = [rl for rl in current if rl.line.units is not None and ch.units is not None and abs(rl.line.units) >= ch.units]
    if len(current) > 1 and len(dup) > 1:
        over = sum((rl.line.paid or ZERO for rl in dup[1:]), ZERO)
        twice = f"The same line was paid {len(dup)} times ({', '.join(rl.label() for rl in dup)})."
        st.reason.append(twice + f" {_m(over)} looks like an overpayment the payer may take back.")
        st.actions.append(("refund overpayment", over, "Confirm the double payment with the payer and refund it, "
                           "or wait for the payer to take it back.", twice))
    if underpaid > CENT:
        st.outcome = "underpaid"
        st.underpaid_by = _q(underpaid)
        st.reason.append(f"Underpaid by {_m(st.underpaid_by)}: " + "; ".join(short) + ".")
        action, step = _underpaid_action(ch, cut_units, paid_units, timed, contract_short)
        st.next_step = step
        st.actions.append((action, st.underpaid_by, step, st.reason[-1]))
    else:
        st.outcome = "paid in full"
        what = f"Paid {_m(paid)}" + (f" of {_m(allowed)} allowed" if allowed is not None else "")
        st.reason.append(what + (f"; the family owes {_share_words(share)}." if owes > 0 else "."))
        st.next_step = "Nothing to collect from the payer."
    _family_share(ch, st)
    return st


def _share_words(share: dict[str, Decimal]) -> str:
    items = [f"{_m(v)} {k if k != 'other' else 'other patient share'}" for k, v in share.items() if v]
    return ", ".join(items) if items else "nothing"


def _family_share(ch: Charge, st: _Settled) -> None:
    owes = st.patient_owes or ZERO
    if owes <= 0:
        return
    if ch.secondary_payer:
        step = f"Bill the secondary ({ch.secondary_payer}) for {_m(owes)} with this remittance attached."
        st.actions.append(("bill the secondary", owes, step, f"The primary left {_share_words(st.share)} as patient share."))
    else:
        step = f"Bill the family {_m(owes)} ({_share_words(st.share)})."
        st.actions.append(("bill the patient", owes, step, f"The payer left {_share_words(st.share)} as patient share."))
    st.next_step = step if st.outcome == "paid in full" else f"{st.next_step} Then: {step[0].lower()}{step[1:]}"


def _underpaid_action(ch: Charge, cut: Decimal | None, paid_units: Decimal | None, timed: TimedCheck | None,
                      contract_short: bool) -> tuple[str, str]:
    if cut and timed is not None and paid_units is not None:
        support = max(u for u in (timed.cms_units, timed.midpoint_units) if u is not None)
        if support <= paid_units:
            return ("write off", f"Write off the cut units: {timed.minutes} minutes support only {support} unit(s), "
                    "which is what was paid.")
        return ("appeal", f"Appeal the unit cut with the treatment note: {timed.minutes} minutes support {support} "
                "unit(s).")
    if cut:
        return ("send records", "Send the treatment notes (minutes per code) and ask the payer to pay the cut units.")
    if contract_short:
        return ("appeal", "Appeal for payment at the contracted rate (attach the fee schedule page).")
    return ("appeal", "Ask the payer to reprocess: the payment is less than its own allowed amount minus the patient "
            "share.")


def _denied(ch: Charge, st: _Settled, lines: list[ServiceLine], g: Glossary) -> _Settled:
    st.outcome = "denied"
    adj = _denial_adjustment(lines, g)
    remarks = _remark_words((r for ln in lines for r in ln.remarks), g)
    billed = ch.billed or ZERO
    if adj is None:
        st.reason.append("Denied: paid $0.00 with no reason code printed." + (f" ({remarks})" if remarks else ""))
        step = "Call the payer for the denial reason, then fix and resubmit or appeal."
        st.next_step = step
        st.actions.append(("follow up", billed, step, st.reason[-1]))
        return st
    r = g.carc(adj.reason) if adj.reason else None
    step_kind = r.next_step if r else ""
    remarks_codes = {rm for ln in lines for rm in ln.remarks}
    st.reason.append(f"Denied: {_code_words(adj, g)}" + (f"; {remarks}" if remarks else "") + ".")
    if adj.group == "PR":
        action = "bill the secondary" if ch.secondary_payer else "bill the patient"
        step = (f"The payer makes this the patient's: bill {'the secondary (' + ch.secondary_payer + ')' if ch.secondary_payer else 'the family'} "
                f"{_m(adj.amount or billed)}, or appeal if the service should be covered.")
        st.patient_owes = adj.amount or st.patient_owes
    elif adj.reason in ("97", "234") or "M15" in remarks_codes or "M80" in remarks_codes:
        action = "write off"
        step = ("Bundled into another service paid that day: write it off, or if it was a separate, documented "
                "service, resubmit with modifier 59 (or XU).")
    elif adj.reason == "4" or (step_kind == "fix" and any(m in ("GO", "GP", "GN") for m in ch.modifiers)):
        action = "resubmit with a fix"
        step = f"Fix the modifiers (billed {', '.join(ch.modifiers) or 'none'}) and resubmit a corrected claim."
    elif adj.reason == "18":
        action = "write off"
        step = "Duplicate of a claim already sent: check the first claim was paid, then close this one."
    else:
        action = _ACTION_OF_STEP.get(step_kind, "appeal")
        step = {
            "resubmit with a fix": "Correct the claim as the reason says and resubmit it (a corrected claim, not an appeal).",
            "send records": "Send the treatment notes and plan of care, and ask for reconsideration.",
            "appeal": ("Request retro-authorization, or appeal with proof of authorization." if step_kind == "auth"
                       else "Appeal with the evaluation, goals and progress notes."),
            "bill the patient": "Check coverage dates; if the patient had no coverage, bill the family.",
            "write off": "Write it off (the contract does not allow billing the family).",
        }[action]
        if step_kind == "cob":
            step = "Bill the primary insurer first, then resubmit here with its remittance."
    st.next_step = step
    st.actions.append((action, adj.amount if action.startswith("bill") and adj.amount else billed, step, st.reason[-1]))
    return st


# ------------------------------------------------------------------------------------------ timed codes

def timed_checks(charges: list[Charge], g: Glossary) -> dict[int, TimedCheck]:
    """Per charges position: units by the CMS 8-minute rule and by the per-code midpoint rule."""
    groups: dict[tuple, list[tuple[int, Charge, int]]] = defaultdict(list)
    for pos, ch in enumerate(charges):
        proc = g.procedure(ch.code)
        if ch.minutes is None or proc is None or not proc.timed or not proc.minutes_per_unit:
            continue
        groups[(family_key(ch.patient), ch.service_date)].append((pos, ch, proc.minutes_per_unit))
    out: dict[int, TimedCheck] = {}
    for items in groups.values():
        units = assign([TimedItem(pos, ch.code, ch.minutes or 0, block) for pos, ch, block in items])
        day = ", ".join(f"{ch.code} {ch.minutes} min" for _, ch, block in items if block == 15)
        for pos, ch, _ in items:
            out[pos] = TimedCheck(ch.minutes or 0, units[pos].cms, units[pos].midpoint, _timed_text(ch, units[pos], day))
    return out


def _timed_text(ch: Charge, t: TimedUnits, day: str) -> str:
    billed = ch.units
    b = _u(billed)
    parts = [f"{b} unit(s) billed for {ch.minutes} minutes."]
    if t.cms is not None:
        parts.append(f"CMS 8-minute rule: {t.day_minutes} timed minutes that day ({day}) make {t.day_units} unit(s) "
                     f"in all, {t.cms} for {ch.code}" + (" (a tie in leftover minutes, given to this code)" if t.tie_broken else "") + ".")
    parts.append(f"Per-code midpoint rule: {t.midpoint} unit(s) for {ch.code}.")
    if billed is None:
        return " ".join(parts)
    cms = t.cms if t.cms is not None else t.midpoint
    if billed == cms == t.midpoint:
        parts.append("Both rules agree with the units billed.")
    elif billed == cms and t.cms is not None:
        parts.append(f"Right under the CMS rule; a payer that uses the per-code rule would allow {t.midpoint}.")
    elif billed == t.midpoint:
        parts.append(f"Right under the per-code rule; a payer that follows CMS would allow {cms}.")
    elif billed > max(cms, t.midpoint):
        parts.append(f"More units than either rule supports: correct the claim to {max(cms, t.midpoint)}.")
    else:
        parts.append(f"Fewer units than the minutes support ({max(cms, t.midpoint)}): the visit may be under-billed.")
    return " ".join(parts)


# ------------------------------------------------------------------------------------------------ build

def _payer_label(name: str, known: list[str]) -> str:
    k = _payer_key(name)
    for kn in known:
        kk = _payer_key(kn)
        if k and kk and (k == kk or k in kk or kk in k):
            return kn
    return name


def build(charges_file: ChargesFile, results: list[FileResult], fees: FeeSchedule | None = None,
          glossary: Glossary | None = None, base: Path | None = None) -> Reconciliation:
    g = glossary or default_glossary()
    charges = list(charges_file.charges)
    lines = remit_lines(results, base)
    assigned = match_all(charges, lines)
    timed = timed_checks(charges, g)
    issued = [rl.issued for rl in lines if rl.issued is not None]
    as_of = max(issued) if issued else max((rl.service_date for rl in lines if rl.service_date), default=None)
    remit_payers = sorted({rl.payer for rl in lines if rl.payer})
    ambiguous_for: dict[int, list[int]] = defaultdict(list)
    for i, tied in assigned.ambiguous.items():
        for p in tied:
            ambiguous_for[p].append(i)
    rows: list[ReconRow] = []
    work: list[WorkItem] = []
    settled_all: list[tuple[Charge, _Settled, ReconRow]] = []
    for pos, ch in enumerate(charges):
        ms = sorted(assigned.matches.get(pos, []), key=lambda m: m.remit)
        matched = [(lines[m.remit], m) for m in ms]
        t = timed.get(pos)
        if not matched and ambiguous_for.get(pos):
            amb = ambiguous_for[pos]
            others = sorted({charges[p].row for i in amb for p in assigned.ambiguous[i] if p != pos})
            where = "; ".join(lines[i].label() for i in amb)
            why = (f"Ambiguous: {where} fits this line and row(s) {', '.join(map(str, others))} equally well; "
                   "not chosen automatically.")
            step = "Match by hand: compare the patient's date of birth or member ID on the remittance."
            st = _Settled("pending", [why], step, [("match by hand", ch.billed or ZERO, step, why)],
                          payer=_payer_label(lines[amb[0]].payer or ch.payer or "", remit_payers))
            match, notes, matched_to = "ambiguous", why, where
        else:
            st = settle(ch, matched, fees, g, t, as_of)
            match = min((m.confidence for _, m in matched), key=("exact", "strong", "weak").index, default="")
            if matched:
                match = max((m.confidence for _, m in matched), key=("exact", "strong", "weak").index)
            notes = "; ".join(dict.fromkeys(r for _, m in matched for r in m.reasons))
            if assigned.shared.get(pos):
                notes = "; ".join(x for x in (notes, f"one of {assigned.shared[pos]} identical charge lines: "
                                                     "remittance lines shared in row order") if x)
            matched_to = "; ".join(("reversal: " if rl.reversal else "") + rl.label() for rl, _ in matched)
            if ambiguous_for.get(pos):
                notes = "; ".join(x for x in (notes, "another remittance line also fits a second charge: "
                                                     + "; ".join(lines[i].label() for i in ambiguous_for[pos])) if x)
        payer = _payer_label(st.payer or ch.payer or "", remit_payers)
        reason = " ".join(st.reason)
        if match in ("strong", "weak") and notes:
            reason += f" Matched ({match}): {notes}."
        for n in ch.notes:
            reason += f" Charges row: {n}."
        if t is not None and t.text and ("Both rules agree" not in t.text):
            if (ch.units or 0) > max(u for u in (t.cms_units, t.midpoint_units) if u is not None) and \
                    st.outcome == "paid in full":
                excess = (ch.units or Decimal(0)) - max(u for u in (t.cms_units, t.midpoint_units) if u is not None)
                per = _q((st.allowed or st.paid or ZERO) / ch.units) if ch.units else ZERO
                step = f"Send a corrected claim: {t.minutes} minutes support fewer units than the {_u(ch.units)} billed."
                st.actions.append(("resubmit with a fix", _q(per * excess), step, t.text))
        row = ReconRow(
            row=ch.row, claim=ch.claim_id or (st.current[0].claim if st.current else (lines[ms[0].remit].claim if ms else "")),
            patient=ch.patient, service_date=ch.service_date, code=ch.code, modifiers=", ".join(ch.modifiers),
            units=ch.units, billed=ch.billed, expected=st.expected, allowed=st.allowed, paid=st.paid,
            patient_owes=st.patient_owes, outcome=st.outcome, reason=reason, next_step=st.next_step,
            matched_to=matched_to, match=match, match_notes=notes, payer=payer, underpaid_by=st.underpaid_by,
            minutes=ch.minutes, cms_units=t.cms_units if t else None, midpoint_units=t.midpoint_units if t else None,
            timed_check=t.text if t else "",
        )
        rows.append(row)
        settled_all.append((ch, st, row))
        for action, amount, todo, why in st.actions:
            work.append(WorkItem(action, _q(amount), display(ch.patient), payer, row.claim, ch.service_date, ch.code,
                                 ch.row, todo, why, matched_to))
    # money received for lines the charges file does not have
    used = {m.remit for ms in assigned.matches.values() for m in ms}
    visits = {(family_key(ch.patient), ch.service_date) for ch in charges}
    unmatched: list[UnmatchedRemit] = []
    for rl in lines:
        if rl.index in used:
            continue
        ln = rl.line
        if rl.index in assigned.ambiguous:
            rows_tied = ", ".join(str(charges[p].row) for p in assigned.ambiguous[rl.index])
            why = f"Fits charge rows {rows_tied} equally well; not placed automatically."
            step = "Match by hand (date of birth or member ID), then post it to the right line."
        elif (family_key(rl.patient), ln.service_date) in visits:
            why = (f"The charges file has this patient's visit on this date, but no {ln.code or 'such'} line: a service "
                   "done but not charged, or charged under another code.")
            step = "Check the visit note: add the missing charge and post this payment to it, or refund it."
            if ln.paid:
                work.append(WorkItem("match by hand", _q(abs(ln.paid)), display(rl.patient), rl.payer, rl.claim,
                                     ln.service_date, ln.code or "", None, step, why, rl.label()))
        else:
            why = "No billed line in the charges file for this patient, date and code."
            step = ("Check whether this visit was charged in the practice system; post the payment to it, or "
                    "refund it if it is not yours.")
            if ln.paid:
                work.append(WorkItem("match by hand", _q(abs(ln.paid)), display(rl.patient), rl.payer, rl.claim,
                                     ln.service_date, ln.code or "", None, step, why, rl.label()))
        unmatched.append(UnmatchedRemit(
            rl.file, rl.where, rl.payer, rl.claim, rl.patient, ln.service_date, ln.code or "", ", ".join(ln.modifiers),
            ln.units, ln.billed, ln.paid, ln.patient_owes, why, step))
    work.sort(key=lambda w: (-w.amount, ACTIONS.index(w.action), w.patient, w.service_date or date.min, w.row or 0))
    problems = [Problem(_short(u.source.file, base), u.source.where(), u.source.text, u.reason)
                for u in charges_file.problems]
    failed = 0
    for r in results:
        if not r.ok:
            failed += 1
            problems.append(Problem(_short(r.path, base), "", "", r.error or "could not be read"))
        else:
            for u in r.unread:
                problems.append(Problem(_short(r.path, base), u.source.where(), u.source.text, u.reason))
    return Reconciliation(
        charges_file=_short(charges_file.path, base), rows=tuple(rows), worklist=tuple(work),
        balances=tuple(_balances(settled_all, g)), unmatched=tuple(unmatched),
        payers=tuple(_payer_summary(settled_all, unmatched, remit_payers, g)), problems=tuple(problems),
        files_read=sum(1 for r in results if r.ok), files_failed=failed,
    )


def _balances(items: list[tuple[Charge, _Settled, ReconRow]], g: Glossary) -> list[PatientBalance]:
    fam: dict[tuple[str, ...], list[tuple[Charge, _Settled, ReconRow]]] = defaultdict(list)
    for ch, st, row in items:
        fam[family_key(ch.patient)].append((ch, st, row))
    out: list[PatientBalance] = []
    for _, its in fam.items():
        owes = sum((st.patient_owes or ZERO for _, st, _ in its if st.outcome != "pending"), ZERO)
        if owes <= 0:
            continue
        kinds: dict[str, Decimal] = defaultdict(lambda: ZERO)
        lines_text = []
        for ch, st, row in sorted(its, key=lambda x: (x[0].service_date or date.min, x[0].row)):
            if not st.patient_owes or st.patient_owes <= 0:
                continue
            share = st.share or {"other": st.patient_owes}
            for k, v in share.items():
                kinds[k] += v
            proc = g.procedure(ch.code)
            what = proc.short_name if proc else f"code {ch.code}"
            when = ch.service_date.strftime("%b %-d, %Y") if ch.service_date else "date not given"
            items_text = ", ".join(
                f"{_m(v)} " + {"deductible": "toward your deductible", "copay": "copay", "coinsurance": "coinsurance",
                               "other": "not covered by your plan" if row.outcome == "denied" else "your share"}[k]
                for k, v in share.items() if v)
            lines_text.append(f"{when}, {what} ({ch.code}): {items_text}.")
        billed = sum((ch.billed or ZERO for ch, _, _ in its), ZERO)
        paid = sum((st.paid or ZERO for _, st, _ in its if st.outcome != "reversed"), ZERO)
        secondary = next((ch.secondary_payer for ch, _, _ in its if ch.secondary_payer), None)
        name = display(its[0][0].patient)
        payer = next((st.payer for _, st, _ in its if st.payer), "your insurance")
        statement = (f"Statement for {name}. " + " ".join(lines_text)
                     + f" Total due now: {_m(owes)}. Your insurance ({payer}) paid {_m(paid)} of {_m(billed)} billed; "
                     "contract discounts are written off and you do not owe them.")
        if secondary:
            statement = (f"Send to the secondary insurance ({secondary}) first, with the primary's remittance. "
                         + statement)
        out.append(PatientBalance(
            name, f"secondary: {secondary}" if secondary else "patient",
            len({ch.service_date for ch, _, _ in its}), billed, paid, owes, kinds.get("deductible", ZERO),
            kinds.get("copay", ZERO), kinds.get("coinsurance", ZERO), kinds.get("other", ZERO), statement))
    out.sort(key=lambda b: (-b.owes, b.patient))
    return out


def _carc_name(code: str, g: Glossary) -> str:
    r = g.carc(code.rpartition("-")[2])
    return f"({r.short_name.lower()}) " if r else ""


def _payer_summary(items: list[tuple[Charge, _Settled, ReconRow]], unmatched: list[UnmatchedRemit],
                   remit_payers: list[str], g: Glossary) -> list[PayerSummary]:
    by: dict[str, list[tuple[Charge, _Settled, ReconRow]]] = defaultdict(list)
    for ch, st, row in items:
        by[row.payer or "(payer not known)"].append((ch, st, row))
    extra: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for u in unmatched:
        extra[_payer_label(u.payer, remit_payers) or "(payer not known)"] += u.paid or ZERO
    out = []
    for payer in sorted(set(by) | set(extra)):
        its = by.get(payer, [])
        reasons: Counter = Counter()
        for _, st, row in its:
            for rl in st.current:
                for a in rl.line.adjustments:
                    if a.reason and a.reason != "45" and not (a.group == "PR" and a.reason in _SHARE_REASONS):
                        reasons[a.code] += 1
        denied = sum(1 for _, _, r in its if r.outcome == "denied")
        decided = sum(1 for _, _, r in its if r.outcome in ("paid in full", "underpaid", "denied"))
        top = "; ".join(f"{code} {_carc_name(code, g)}x{n}" for code, n in reasons.most_common(3) if n)
        out.append(PayerSummary(
            payer, len(its), sum((r.billed or ZERO for _, _, r in its), ZERO),
            sum((r.allowed or ZERO for _, _, r in its), ZERO), sum((r.paid or ZERO for _, _, r in its), ZERO),
            sum((r.patient_owes or ZERO for _, _, r in its if r.outcome != "pending"), ZERO), denied,
            round(denied / decided, 4) if decided else None,
            sum((r.underpaid_by or ZERO for _, _, r in its), ZERO),
            sum(1 for _, _, r in its if r.outcome == "pending"), extra.get(payer, ZERO), top,
        ))
    return out
