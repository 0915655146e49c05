"""The report: checked records joined to the glossary, as typed rows every writer shares.

``build_report`` is the only place that decides what a row of the Charges, Summary, Codes and
Problems sheets says. The xlsx writer, the pandas API and the web page all take a ``Report``, so
they can never disagree. Nothing here knows about openpyxl or pdfplumber.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from .checks import is_denied
from .dump import relative_name
from .explain import explain_line
from .glossary import Glossary
from .glossary import default as default_glossary
from .model import ZERO, Adjustment, Claim, FileResult, Finding, ServiceLine, Severity, Statement

CHARGES_COLUMNS = (
    "File", "Page", "Payer", "Claim", "Patient", "Service Date", "Code", "Modifiers", "Units", "Billed", "Allowed",
    "Paid", "Patient Owes", "Adjustments", "Remarks", "Service", "Explanation", "Checks",
)
EXTRA_CHARGES_COLUMNS = ("Service End", "Description", "Claim Status", "Member ID", "Payer Claim", "Severity")


def money_text(d: Decimal | None) -> str:
    if d is None:
        return ""
    return f"{d:,.2f}"


def adjustments_text(line: ServiceLine) -> str:
    """``CO-45 51.50; PR-2 19.70`` (an amount the document did not print stays off)."""
    parts = []
    for a in line.adjustments:
        code = a.code or "adjustment"
        parts.append(f"{code} {money_text(a.amount)}".strip())
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class ChargeRow:
    file: str
    page: str
    payer: str
    claim: str
    patient: str
    service_date: date | None
    code: str
    modifiers: str
    units: Decimal | None
    billed: Decimal | None
    allowed: Decimal | None
    paid: Decimal | None
    patient_owes: Decimal | None
    adjustments: str
    remarks: str
    service: str
    explanation: str
    checks: str
    service_end: date | None = None
    description: str = ""
    claim_status: str = ""
    member_id: str = ""
    payer_claim: str = ""
    severity: str = ""  # worst finding on the line: "", info, warning, error
    # the same adjustments and remarks as typed values, for writers that lay them out (the web page)
    adjustment_items: tuple[Adjustment, ...] = ()
    remark_items: tuple[str, ...] = ()

    def values(self) -> tuple:
        """Cell values in CHARGES_COLUMNS + EXTRA_CHARGES_COLUMNS order."""
        return (
            self.file, self.page, self.payer, self.claim, self.patient, self.service_date, self.code, self.modifiers,
            self.units, self.billed, self.allowed, self.paid, self.patient_owes, self.adjustments, self.remarks,
            self.service, self.explanation, self.checks, self.service_end, self.description, self.claim_status,
            self.member_id, self.payer_claim, self.severity,
        )


@dataclass(frozen=True, slots=True)
class SummaryRow:
    file: str
    payer: str
    claim: str
    patient: str
    lines: int
    billed: Decimal | None
    allowed: Decimal | None
    paid: Decimal | None
    patient_owes: Decimal | None
    written_off: Decimal
    denied: Decimal
    status: str
    checks: str
    duplicate: bool = False  # the same claim was already read from another file: not counted again in totals


@dataclass(frozen=True, slots=True)
class CodeRow:
    code: str
    kind: str  # procedure, modifier, adjustment, remark
    name: str
    explanation: str
    who_pays: str
    next_step: str
    times_seen: int
    document_text: str = ""


@dataclass(frozen=True, slots=True)
class ProblemRow:
    file: str
    where: str
    what: str
    reason: str
    severity: str


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One finding of the checks, at the level it concerns: line, claim or document."""

    file: str
    where: str
    level: str  # line | claim | document
    claim: str
    patient: str
    check: str  # the finding's stable code
    message: str
    severity: str


@dataclass(frozen=True, slots=True)
class PatientRow:
    """What each family owes and why (one row per patient)."""

    patient: str
    lines: int
    billed: Decimal
    paid: Decimal
    owes: Decimal
    why: str


@dataclass
class Report:
    charges: list[ChargeRow] = field(default_factory=list)
    summary: list[SummaryRow] = field(default_factory=list)
    codes: list[CodeRow] = field(default_factory=list)
    problems: list[ProblemRow] = field(default_factory=list)
    checks: list[CheckRow] = field(default_factory=list)
    patients: list[PatientRow] = field(default_factory=list)
    files_read: int = 0
    files_failed: int = 0
    glossary_version: str = ""


def _sum(values: list[Decimal | None] | tuple[Decimal | None, ...]) -> Decimal | None:
    """The sum, or None when any value is missing: a partial sum would pass for a total the document
    never printed."""
    known = [v for v in values if v is not None]
    if not known or len(known) != len(values):
        return None
    return sum(known, ZERO)


def _findings_text(findings: Iterable[Finding]) -> str:
    return " ".join(f.message for f in findings if f.severity >= Severity.WARNING or f.code != "unknown-remark")


def _line_row(fname: str, st: Statement, claim: Claim, line: ServiceLine, g: Glossary) -> ChargeRow:
    ex = explain_line(line, g)
    worst = max((f.severity for f in line.findings), default=None)
    return ChargeRow(
        file=fname, page=line.source.page_label(), payer=st.payer or "", claim=claim.payer_claim_id or claim.claim_id or "",
        patient=claim.patient or "", service_date=line.service_date, code=line.code or "",
        modifiers=", ".join(line.modifiers), units=line.units, billed=line.billed, allowed=line.allowed, paid=line.paid,
        patient_owes=line.patient_owes, adjustments=adjustments_text(line), remarks=", ".join(line.remarks),
        service=ex.service, explanation=ex.explanation, checks=_findings_text(line.findings),
        service_end=line.service_end, description=line.description,
        claim_status=claim.status.value if claim.status.value != "unknown" else "",
        member_id=claim.member_id or "", payer_claim=claim.payer_claim_id or "",
        severity=worst.label if worst else "",
        adjustment_items=line.adjustments, remark_items=line.remarks,
    )


def build_report(results: list[FileResult], glossary: Glossary | None = None, base: Path | None = None) -> Report:
    g0 = glossary or default_glossary()
    rep = Report(glossary_version=g0.version)
    seen_codes: dict[tuple[str, str], int] = defaultdict(int)
    legends: dict[str, str] = {}
    per_patient: dict[str, list[tuple[ServiceLine, Claim]]] = defaultdict(list)
    for r in results:
        fname = relative_name(r.path, base) if base is not None else Path(r.path).name
        if not r.ok:
            rep.files_failed += 1
            rep.problems.append(ProblemRow(fname, "", "", r.error or "could not be read", "error"))
            continue
        rep.files_read += 1
        for n in r.notes:
            rep.problems.append(ProblemRow(fname, n.source.where() if n.source else "", "", n.message, n.severity.label))
        for u in r.unread:
            rep.problems.append(ProblemRow(fname, u.source.where(), u.source.text, u.reason, "warning"))
        for st in r.statements:
            g = g0.with_legend(st.legend)
            legends.update(dict(st.legend))
            for f in st.findings:
                rep.checks.append(CheckRow(fname, f.source.where() if f.source else "", "document", "", "", f.code,
                                           f.message, f.severity.label))
            for c in st.claims:
                claim_label, patient = c.payer_claim_id or c.claim_id or "", c.patient or ""
                for f in c.findings:
                    rep.checks.append(CheckRow(fname, f.source.where() if f.source else c.source.where(), "claim",
                                               claim_label, patient, f.code, f.message, f.severity.label))
                for ln in c.lines:
                    for f in ln.findings:
                        rep.checks.append(CheckRow(fname, ln.source.where(), "line", claim_label, patient, f.code,
                                                   f.message, f.severity.label))
                for ln in c.lines:
                    rep.charges.append(_line_row(fname, st, c, ln, g))
                    per_patient[c.patient or "(patient not named)"].append((ln, c))
                    if ln.code:
                        seen_codes[("procedure", ln.code)] += 1
                    for m in ln.modifiers:
                        seen_codes[("modifier", m)] += 1
                    for a in ln.adjustments:
                        if a.reason:
                            seen_codes[("adjustment", a.code)] += 1
                    for rm in ln.remarks:
                        seen_codes[("remark", rm)] += 1
                for a in c.adjustments:
                    if a.reason:
                        seen_codes[("adjustment", a.code)] += 1
                for rm in c.remarks:
                    seen_codes[("remark", rm)] += 1
                rep.summary.append(_summary_row(fname, st, c))
    order = {"error": 0, "warning": 1, "info": 2}
    rep.checks.sort(key=lambda r: (order.get(r.severity, 3), r.file))
    rep.codes = _code_rows(seen_codes, g0, legends)
    rep.patients = _patient_rows(per_patient)
    return rep


def written_off_on(line: ServiceLine) -> Decimal:
    """What the clinic writes off on a line: its CO and PI adjustments; where the document prints no
    such codes, its printed plan/network discount (the same write-off, shown as a column)."""
    coded = line.adjustments_in("CO") + line.adjustments_in("PI")
    if any(a.group in ("CO", "PI") and a.amount is not None for a in line.adjustments):
        return coded
    return line.discount or ZERO


def _summary_row(fname: str, st: Statement, c: Claim) -> SummaryRow:
    lines = c.lines
    written_off = sum((written_off_on(ln) for ln in lines), ZERO)
    written_off += sum((a.amount for a in c.adjustments if a.group in ("CO", "PI") and a.amount is not None), ZERO)
    denied = sum((ln.billed or ZERO for ln in lines if is_denied(ln)), ZERO)
    line_checks = sum(1 for ln in lines for f in ln.findings if f.severity >= Severity.WARNING)
    checks = [f.message for f in c.findings] + ([f"{line_checks} line(s) to look at (see Charges)."] if line_checks else [])
    return SummaryRow(
        file=fname, payer=st.payer or "", claim=c.payer_claim_id or c.claim_id or "", patient=c.patient or "",
        lines=len(lines),
        billed=c.totals.billed if c.totals.billed is not None else _sum([ln.billed for ln in lines]),
        allowed=c.totals.allowed if c.totals.allowed is not None else _sum([ln.allowed for ln in lines]),
        paid=c.totals.paid if c.totals.paid is not None else _sum([ln.paid for ln in lines]),
        patient_owes=c.totals.patient_owes if c.totals.patient_owes is not None else _sum([ln.patient_owes for ln in lines]),
        written_off=written_off, denied=denied,
        status=c.status.value if c.status.value != "unknown" else ("denied" if lines and all(is_denied(ln) for ln in lines) else ""),
        checks=" ".join(checks),
        duplicate=any(f.code == "duplicate-claim" for f in c.findings),
    )


def _code_rows(seen: dict[tuple[str, str], int], g: Glossary, legends: dict[str, str]) -> list[CodeRow]:
    rows = []
    for (kind, code), n in sorted(seen.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        name = expl = who = nxt = ""
        if kind == "procedure" and (p := g.procedure(code)):
            name, expl = p.short_name, p.explanation
        elif kind == "modifier" and (m := g.modifier(code)):
            name, expl = m.short_name, m.explanation
        elif kind == "adjustment":
            grp, _, reason = code.partition("-") if "-" in code else ("", "", code)
            parts = []
            if grp and (gr := g.group(grp)):
                parts.append(gr.explanation)
                who = gr.who_pays
            if (rc := g.carc(reason)):
                name = rc.short_name
                parts.insert(0, rc.explanation)
                who = who or rc.who_pays
                nxt = rc.next_step_text
            expl = " ".join(parts)
        elif kind == "remark" and (rk := g.rarc(code)):
            name, expl, nxt = rk.short_name, rk.explanation, rk.next_step_text
        if not name and not expl:
            if legends.get(code):
                name = "The plan's own code"
                expl = f'Not a standard code; the statement itself explains it: "{legends[code]}"'
            else:
                expl = "Not in eobreader's glossary. Ask your plan or clinic what this code means."
        rows.append(CodeRow(code, kind, name, expl, who, nxt, n, legends.get(code, "")))
    return rows


def _share_parts(line: ServiceLine) -> dict[str, Decimal]:
    """The family's share of one line by kind: the printed deductible/copay/coinsurance columns, or
    where the line has none of them, its PR-1/PR-3/PR-2 adjustments (never both: they are the same money)."""
    if any(v is not None for v in (line.deductible, line.copay, line.coinsurance)):
        return {"deductible": line.deductible or ZERO, "copays": line.copay or ZERO,
                "coinsurance": line.coinsurance or ZERO}

    def pr(reason: str) -> Decimal:
        return sum((a.amount for a in line.adjustments if a.group == "PR" and a.reason == reason and a.amount), ZERO)

    return {"deductible": pr("1"), "copays": pr("3"), "coinsurance": pr("2")}


def _patient_rows(per_patient: dict[str, list[tuple[ServiceLine, Claim]]]) -> list[PatientRow]:
    rows = []
    for patient, items in sorted(per_patient.items()):
        # a claim read twice (the same payment in two files) is owed once
        counted = [(ln, c) for ln, c in items if not any(f.code == "duplicate-claim" for f in c.findings)]
        skipped = len({id(c) for _, c in items}) - len({id(c) for _, c in counted})
        lines = [ln for ln, _ in counted]
        owes = sum((ln.patient_owes for ln in lines if ln.patient_owes is not None), ZERO)
        if not any(ln.patient_owes is not None for ln in lines):
            owes = sum((ln.adjustments_in("PR") for ln in lines), ZERO)
        parts = {"deductible": ZERO, "copays": ZERO, "coinsurance": ZERO}
        for ln in lines:
            for k, v in _share_parts(ln).items():
                parts[k] += v
        why = ", ".join(f"${v:,.2f} {k}" for k, v in parts.items() if v)
        other = owes - sum(parts.values(), ZERO)
        if other > Decimal("0.005") and why:
            why += f", ${other:,.2f} other (see the lines)"
        why = why or ("nothing" if owes == 0 else "see the lines")
        if skipped:
            why += f" ({skipped} claim(s) read twice are counted once)"
        rows.append(PatientRow(
            patient, len(lines), sum((ln.billed or ZERO for ln in lines), ZERO), sum((ln.paid or ZERO for ln in lines), ZERO),
            owes, why,
        ))
    return rows
