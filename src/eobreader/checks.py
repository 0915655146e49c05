"""Checks: the document's own arithmetic, the glossary's rules, and duplicates, as findings.

Each check adds ``Finding`` values to the record it concerns (a new frozen record; nothing is mutated).
A check only speaks when the values it needs are printed: it never assumes a missing amount is zero.

Line checks: billed - adjustments = paid; patient owes = PR adjustments (or deductible + copay +
coinsurance); denied lines; glossary rules (``explain.code_findings``); the same line twice.
Claim and statement checks: lines add up to the totals the document prints.
Across files: the same claim or line in two files.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from .explain import code_findings, money
from .glossary import Glossary
from .glossary import default as default_glossary
from .model import ZERO, Adjustment, Claim, FileResult, Finding, ServiceLine, Severity, Statement, Totals

TOLERANCE = Decimal("0.01")


def _money(d: Decimal | None) -> str:
    return "?" if d is None else money(d)


def _add(obj, *new: Finding):
    if not new:
        return obj
    return replace(obj, findings=tuple(obj.findings) + tuple(new))


# ----------------------------------------------------------------------------------------------- lines

def line_arithmetic(line: ServiceLine) -> list[Finding]:
    out: list[Finding] = []
    src = line.source
    amounts_known = line.adjustments and all(a.amount is not None for a in line.adjustments)
    if line.billed is not None and line.paid is not None and amounts_known:
        expect = line.billed - line.adjustment_total
        if abs(expect - line.paid) > TOLERANCE:
            out.append(Finding(
                "line-imbalance",
                f"Billed {_money(line.billed)} minus adjustments {_money(line.adjustment_total)} is {_money(expect)}, "
                f"but the document says {_money(line.paid)} was paid.",
                Severity.WARNING, src))
    elif (line.billed is not None and line.paid is not None and not line.adjustments and line.allowed is not None
          and _whole_share_printed(line)):
        share = sum((v for v in (line.deductible, line.copay, line.coinsurance) if v is not None), ZERO)
        if abs(line.allowed - share - line.paid) > TOLERANCE and line.allowed >= line.paid:
            out.append(Finding(
                "allowed-imbalance",
                f"Allowed {_money(line.allowed)} minus your share {_money(share)} is {_money(line.allowed - share)}, "
                f"but the document says {_money(line.paid)} was paid.",
                Severity.WARNING, src))
    pr = [a for a in line.adjustments if a.group == "PR"]
    if line.patient_owes is not None:
        if pr and all(a.amount is not None for a in pr):
            total_pr = line.adjustments_in("PR")
            if abs(total_pr - line.patient_owes) > TOLERANCE:
                out.append(Finding(
                    "patient-owes-mismatch",
                    f"The document says you owe {_money(line.patient_owes)}, but its patient-responsibility (PR) "
                    f"adjustments add up to {_money(total_pr)}.",
                    Severity.WARNING, src))
        elif not pr and _whole_share_printed(line):
            parts = [v for v in (line.deductible, line.copay, line.coinsurance, line.not_covered) if v is not None]
            if abs(sum(parts, ZERO) - line.patient_owes) > TOLERANCE:
                out.append(Finding(
                    "patient-owes-mismatch",
                    f"The document says you owe {_money(line.patient_owes)}, but deductible, copay, coinsurance and "
                    f"not-covered amounts add up to {_money(sum(parts, ZERO))}.",
                    Severity.WARNING, src))
    if is_denied(line):
        reasons = ", ".join(a.code for a in line.adjustments if a.group in ("CO", "PI", "OA")) or "no reason printed"
        out.append(Finding("denied", f"Not paid: insurance paid $0.00 on this line ({reasons}).", Severity.WARNING, src))
    return out


def _whole_share_printed(line: ServiceLine) -> bool:
    """Deductible, copay and coinsurance are all printed for the line (a blank is not a zero: a layout
    that prints only the deductible says nothing about coinsurance)."""
    return all(v is not None for v in (line.deductible, line.copay, line.coinsurance))


def is_denied(line: ServiceLine) -> bool:
    """Paid nothing on a positive charge, and not because the allowed amount went to the family's
    deductible, copay or coinsurance (that is cost sharing, not a denial)."""
    if line.paid is None or line.paid != 0 or not line.billed or line.billed <= 0:
        return False
    share = sum((a.amount for a in line.adjustments if a.group == "PR" and a.reason in ("1", "2", "3") and a.amount), ZERO)
    share += sum((v for v in (line.deductible, line.copay, line.coinsurance) if v), ZERO)
    return share <= 0


def _line_key(claim: Claim, line: ServiceLine) -> tuple:
    return (
        claim.payer_claim_id or claim.claim_id or "", (claim.patient or "").lower(), line.service_date,
        line.code, line.modifiers, line.units, line.billed, line.paid,
    )


# ---------------------------------------------------------------------------------------------- claims

_TOTAL_FIELDS = ("billed", "allowed", "paid", "patient_owes")
_NAMES = {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owed by the patient"}


def totals_findings(lines: Iterable[ServiceLine], totals: Totals, what: str, code: str,
                    claim_adjustments: Iterable[Adjustment] = ()) -> list[Finding]:
    """Lines must add up to the totals the document prints (the monopoly-style safety check).

    Claim-level adjustments (an 835 claim-level CAS, say) are part of the arithmetic: they reduce what
    was paid beyond the lines, and a claim-level PR adjustment adds to what the patient owes."""
    lines = list(lines)
    out: list[Finding] = []
    if totals.is_empty() or not lines:
        return out
    claim_adjustments = tuple(claim_adjustments)
    amounts = [(a.group, a.amount) for a in claim_adjustments if a.amount is not None]
    if len(amounts) != len(claim_adjustments):
        return out  # a claim-level adjustment without an amount: the sums cannot be checked
    extra: dict[str, Decimal] = {
        "paid": -sum((amt for _, amt in amounts), ZERO),
        "patient_owes": sum((amt for grp, amt in amounts if grp == "PR"), ZERO),
    }
    for f in _TOTAL_FIELDS:
        printed = getattr(totals, f)
        values = [getattr(ln, f) for ln in lines]
        if printed is None or any(v is None for v in values):
            continue
        s = sum((v for v in values if v is not None), ZERO) + extra.get(f, ZERO)
        if abs(s - printed) > TOLERANCE:
            after = " after claim-level adjustments" if extra.get(f) else ""
            out.append(Finding(
                code,
                f"The {what} total {_NAMES[f]} is printed as {_money(printed)}, but its lines add up to {_money(s)}{after}.",
                Severity.WARNING, totals.source))
    return out


def check_claim(claim: Claim, glossary: Glossary, prints_modifiers: bool = True) -> Claim:
    """``prints_modifiers``: False when the document never prints a modifier on any line (a Medicare
    Summary Notice, a family statement); then a missing GO/GP/GN says nothing and is not flagged."""
    by_date: dict[object, set[str]] = defaultdict(set)
    for ln in claim.lines:
        if ln.code:
            by_date[ln.service_date].add(ln.code)
    seen: Counter = Counter()
    lines = []
    for ln in claim.lines:
        new = line_arithmetic(ln)
        new += [f for f in code_findings(ln, frozenset(by_date.get(ln.service_date, ())), glossary)
                if prints_modifiers or f.code != "missing-therapy-modifier"]
        key = _line_key(claim, ln)
        seen[key] += 1
        if seen[key] == 2 and ln.code:
            new.append(Finding("duplicate-line", "The same service line appears twice on this claim.", Severity.WARNING, ln.source))
        lines.append(_add(ln, *new))
    claim = replace(claim, lines=tuple(lines))
    return _add(claim, *totals_findings(claim.lines, claim.totals, "claim", "claim-total-mismatch", claim.adjustments))


def check_statement(st: Statement, glossary: Glossary | None = None) -> Statement:
    g = glossary or default_glossary()
    g = g.with_legend(st.legend)
    prints_modifiers = any(ln.modifiers for c in st.claims for ln in c.lines)
    claims = tuple(check_claim(c, g, prints_modifiers) for c in st.claims)
    st = replace(st, claims=claims)
    return _add(st, *totals_findings(st.lines(), st.totals, "document", "statement-total-mismatch"))


def check_file(result: FileResult, glossary: Glossary | None = None) -> FileResult:
    if not result.ok:
        return result
    return replace(result, statements=tuple(check_statement(s, glossary) for s in result.statements))


# ---------------------------------------------------------------------------------------- across files

def _claim_key(st: Statement, c: Claim) -> tuple | None:
    ident = c.payer_claim_id or c.claim_id
    if not ident or not c.lines and c.totals.is_empty():
        return None
    amounts = tuple((ln.code, ln.service_date, ln.billed, ln.paid) for ln in c.lines)
    return (st.payer or "", ident, (c.patient or "").lower(), c.status.value, c.totals.billed, c.totals.paid, amounts)


def check_across_files(results: list[FileResult]) -> list[FileResult]:
    """Flag a claim seen in two files (or twice in one file's different statements)."""
    first: dict[tuple, str] = {}
    out: list[FileResult] = []
    for r in results:
        if not r.ok:
            out.append(r)
            continue
        statements = []
        for st in r.statements:
            claims = []
            for c in st.claims:
                key = _claim_key(st, c)
                if key is not None:
                    where = f"{r.path} ({c.source.where() or 'claim'})"
                    if key in first and first[key] != where:
                        c = _add(c, Finding(
                            "duplicate-claim",
                            f"Claim {c.payer_claim_id or c.claim_id} was already read from {first[key]}; "
                            "it may be counted twice.", Severity.WARNING, c.source))
                    else:
                        first.setdefault(key, where)
                claims.append(c)
            statements.append(replace(st, claims=tuple(claims)))
        out.append(replace(r, statements=tuple(statements)))
    return out
