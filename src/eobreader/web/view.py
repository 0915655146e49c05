"""What the result page shows, made from a ``report.Report`` (a writer: it never reads a file).

Everything a charge card says comes from the same ``ChargeRow``/``CodeRow``/``PatientRow``/``SummaryRow``
values the workbook writes. The only glossary lookup here is ``explain.units_as_time`` for the
"what the units mean" line, which turns the row's own code and units into minutes.
No amount is computed that the report does not hold, except plain sums of its rows for the summary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..explain import money, units_as_time
from ..glossary import Glossary
from ..glossary import default as default_glossary
from ..model import ZERO, FileResult
from ..report import ChargeRow, CodeRow, Report

NAME_MAX = 120


# ------------------------------------------------------------------------------------------- names

def display_name(raw: str | None, index: int) -> str:
    """The upload's own file name as something safe to show (never used as a path): the last path
    segment only, control and format characters removed, spaces squeezed, length capped."""
    text = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > NAME_MAX:
        text = text[: NAME_MAX - 1] + "…"
    if text in ("", ".", ".."):
        return f"file {index + 1}"
    return text


# ------------------------------------------------------------------------------------------ formats

def money_or_blank(d: Decimal | None) -> str:
    return money(d) if d is not None else "not shown"


def date_text(d: date | None) -> str:
    return f"{d:%b} {d.day}, {d.year}" if d is not None else "date not shown"


def _date_range(start: date | None, end: date | None) -> str:
    if start is not None and end is not None and end != start:
        return f"{date_text(start)} to {date_text(end)}"
    return date_text(start)


# ----------------------------------------------------------------------------------------- the view

@dataclass(frozen=True, slots=True)
class CodeNote:
    """One adjustment, remark or modifier code on a charge, with our plain words for it."""

    code: str
    amount: str  # "$41.60", or "" when the document printed no amount (or it is not an adjustment)
    name: str
    explanation: str
    next_step: str
    document_text: str  # the document's own legend wording, if any


@dataclass(frozen=True, slots=True)
class ChargeCard:
    anchor: str
    when: str
    service: str
    code: str  # "97530 GO"
    description: str  # the document's own words, when they differ from our service name
    time: str  # what the units mean, or ""
    billed: str
    allowed: str
    paid: str
    owes: str
    explanation: str
    reasons: tuple[CodeNote, ...]
    remarks: tuple[CodeNote, ...]
    modifiers: tuple[CodeNote, ...]
    checks: str
    needs_look: bool
    file: str
    where: str
    claim: str


@dataclass(frozen=True, slots=True)
class PatientView:
    name: str
    anchor: str
    lines: int
    billed: str
    paid: str
    owes: str
    why: str
    charges: tuple[ChargeCard, ...]
    checks: tuple[str, ...] = ()  # claim-level checks that need a look (a total that does not add up, say)


@dataclass(frozen=True, slots=True)
class FileView:
    name: str
    ok: bool
    charges: int
    message: str  # friendly sentence for a file that could not be read or held no charges


@dataclass(frozen=True, slots=True)
class NoteView:
    file: str
    where: str
    reason: str
    severity: str


@dataclass
class PageView:
    owes: str
    paid: str
    written_off: str
    billed: str
    charges_total: int
    needs_look: int
    first_look_anchor: str
    files_read: int
    files_total: int
    patients: list[PatientView] = field(default_factory=list)
    files: list[FileView] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)

    @property
    def has_charges(self) -> bool:
        return self.charges_total > 0


def friendly_error(name: str, error: str) -> str:
    """One plain sentence for a file that could not be read (the reader's own reason kept)."""
    reason = error.strip().rstrip(".")
    if reason == "empty file":
        return "This file is empty, so there was nothing to read."
    if reason.startswith("not an EOB"):
        detail = reason.split(":", 1)[1].strip() if ":" in reason else ""
        return ("This does not look like an EOB, a remittance spreadsheet or an 835 file"
                + (f": {detail}." if detail else ", so there is nothing to explain."))
    if "does not read" in reason or reason.startswith("a zip-based"):
        return f"This is not a kind of file eobreader reads: {reason}."
    if reason.startswith("skipped:"):
        return reason[len("skipped:"):].strip() + "."
    return f"We could not read this file: {reason}. If it is an EOB, download it again from the insurer's website and retry."


def _notes_for(codes: dict[tuple[str, str], CodeRow], kind: str, items: list[tuple[str, str]]) -> tuple[CodeNote, ...]:
    out = []
    for code, amount in items:
        row = codes.get((kind, code))
        if row is None:
            out.append(CodeNote(code, amount, "", "Not in eobreader's glossary. Ask your plan or clinic what it means.",
                                "", ""))
        elif row.document_text and not row.name:
            # a payer's own code, explained only by the document's legend: show its words, not "not in our glossary"
            out.append(CodeNote(code, amount, "", "", row.next_step, row.document_text))
        else:
            out.append(CodeNote(code, amount, row.name, row.explanation, row.next_step, row.document_text))
    return tuple(out)


def _adjustment_items(row: ChargeRow) -> list[tuple[str, str]]:
    """The line's adjustments as (code, amount text): ``[("CO-45", "$41.60"), ...]``."""
    return [(a.code or "adjustment", money(a.amount) if a.amount is not None else "") for a in row.adjustment_items]


def _split_list(text: str) -> list[tuple[str, str]]:
    return [(t.strip(), "") for t in text.split(",") if t.strip()]


def _time_text(row: ChargeRow, glossary: Glossary) -> str:
    proc = glossary.procedure(row.code)
    if proc is None:
        return ""
    said = units_as_time(proc, row.units)
    if said:
        return said
    if proc.timed and row.units is None:
        return "The document does not show the units, so the time cannot be told."
    return ""


def _card(i: int, row: ChargeRow, codes: dict[tuple[str, str], CodeRow], glossary: Glossary) -> ChargeCard:
    desc = row.description if row.description and row.description.lower() != row.service.lower() else ""
    return ChargeCard(
        anchor=f"charge-{i + 1}",
        when=_date_range(row.service_date, row.service_end),
        service=row.service,
        code=" ".join(x for x in (row.code, row.modifiers.replace(",", "")) if x),
        description=desc,
        time=_time_text(row, glossary),
        billed=money_or_blank(row.billed),
        allowed=money_or_blank(row.allowed),
        paid=money_or_blank(row.paid),
        owes=money_or_blank(row.patient_owes),
        explanation=row.explanation,
        reasons=_notes_for(codes, "adjustment", _adjustment_items(row)),
        remarks=_notes_for(codes, "remark", [(r, "") for r in row.remark_items]),
        modifiers=_notes_for(codes, "modifier", _split_list(row.modifiers)),
        checks=row.checks,
        needs_look=row.severity in ("warning", "error"),
        file=row.file,
        where=row.page,
        claim=row.claim,
    )


def build_view(report: Report, results: list[FileResult], extra_files: list[FileView] | None = None,
               glossary: Glossary | None = None) -> PageView:
    """The page for one upload. ``results`` only tells which files were read (their names are the
    display names already); every amount and sentence comes from ``report``."""
    g = glossary or default_glossary()
    codes = {(c.kind, c.code): c for c in report.codes}
    cards = [_card(i, row, codes, g) for i, row in enumerate(report.charges)]

    by_patient: dict[str, list[tuple[ChargeRow, ChargeCard]]] = {}
    for row, card in zip(report.charges, cards):
        by_patient.setdefault(row.patient or "(patient not named)", []).append((row, card))
    patients = []
    for n, p in enumerate(report.patients):
        items = by_patient.get(p.patient, [])
        items.sort(key=lambda rc: (rc[0].service_date or date.max,))
        claim_checks = tuple(dict.fromkeys(
            ch.message for ch in report.checks
            if ch.level == "claim" and (ch.patient or "(patient not named)") == p.patient
            and ch.severity in ("warning", "error")))
        patients.append(PatientView(
            name=p.patient, anchor=f"patient-{n + 1}", lines=p.lines, billed=money(p.billed), paid=money(p.paid),
            owes=money(p.owes), why=p.why, charges=tuple(c for _, c in items), checks=claim_checks,
        ))

    files = []
    for r in results:
        count = sum(1 for row in report.charges if row.file == r.path)
        if not r.ok:
            files.append(FileView(r.path, False, 0, friendly_error(r.path, r.error or "could not be read")))
        elif count == 0:
            noted = [p.reason for p in report.problems if p.file == r.path and p.reason]
            msg = "We read this file but found no charges in it."
            if noted:
                msg += " " + noted[0].rstrip(".") + "."
            files.append(FileView(r.path, True, 0, msg))
        else:
            files.append(FileView(r.path, True, count, ""))
    files.extend(extra_files or [])

    failed = {f.name for f in files if not f.ok}
    shown_with_patients = {m for pv in patients for m in pv.checks}
    notes = [NoteView(ch.file, ch.where, ch.message, ch.severity) for ch in report.checks
             if ch.level != "line" and ch.message not in shown_with_patients]
    notes += [NoteView(p.file, p.where, p.reason, p.severity) for p in report.problems
              if not (p.file in failed and p.severity == "error" and not p.where)]

    looks = [c for c in cards if c.needs_look]
    first_look = ""
    if looks:
        # the first flagged card in page order (patients in report order, charges by date)
        order = [c.anchor for pv in patients for c in pv.charges]
        first_look = min((c.anchor for c in looks), key=lambda a: order.index(a) if a in order else len(order))
    return PageView(
        owes=money(sum((p.owes for p in report.patients), ZERO)),
        paid=money(sum((p.paid for p in report.patients), ZERO)),
        written_off=money(sum((s.written_off for s in report.summary if not s.duplicate), ZERO)),
        billed=money(sum((p.billed for p in report.patients), ZERO)),
        charges_total=len(cards),
        needs_look=len(looks),
        first_look_anchor=first_look,
        files_read=sum(1 for f in files if f.ok),
        files_total=len(files),
        patients=patients,
        files=files,
        notes=notes,
    )
