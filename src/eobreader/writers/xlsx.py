"""The annotated Excel workbook. It only writes: every value comes from ``report.Report``.

Sheets: Charges (the contract: ``report.CHARGES_COLUMNS`` first, in order), Summary, What You Owe,
Codes, Checks (every finding, worst first), Problems (what could not be read). Frozen header, autofilter, set widths, wrapped explanation text, real date cells and
numeric amounts with a currency format.

Safety: no text from an input can become a formula. Every text cell is written as a string cell
(never type-guessed), text starting with = + - @ tab or CR gets Excel's own quote prefix so that
editing the cell keeps it text, and characters XML cannot hold are removed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..report import CHARGES_COLUMNS, EXTRA_CHARGES_COLUMNS, Report

MONEY_FORMAT = '"$"#,##0.00;[Red]-"$"#,##0.00'
DATE_FORMAT = "yyyy-mm-dd"
UNITS_FORMAT = "0.###"
MAX_CELL = 32000
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5597")
WARN_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")

MONEY_COLUMNS = {"Billed", "Allowed", "Paid", "Patient Owes", "Written Off", "Denied", "You Owe", "Insurance Paid"}
DATE_COLUMNS = {"Service Date", "Service End"}
WRAP_COLUMNS = {"Explanation", "Checks", "Reason", "What", "Why", "Adjustments", "Service", "Description", "Document Text",
                "Message"}
WIDTHS = {
    "File": 24, "Page": 12, "Payer": 18, "Claim": 16, "Patient": 18, "Service Date": 12, "Code": 8, "Modifiers": 10,
    "Units": 7, "Billed": 11, "Allowed": 11, "Paid": 11, "Patient Owes": 12, "Adjustments": 22, "Remarks": 12,
    "Service": 28, "Explanation": 70, "Checks": 45, "Service End": 12, "Description": 28, "Claim Status": 11,
    "Member ID": 14, "Payer Claim": 16, "Severity": 9, "Where": 14, "What": 50, "Reason": 60, "Name": 30, "Kind": 11,
    "Who Pays": 14, "Next Step": 45, "Times Seen": 10, "Lines": 7, "Written Off": 12, "Denied": 11, "Status": 11,
    "Why": 60, "You Owe": 11, "Insurance Paid": 14, "Document Text": 40, "Level": 10, "Check": 22, "Message": 80,
}


def safe_text(value: str) -> str:
    s = _ILLEGAL.sub("", value)
    return s[:MAX_CELL] + ("…" if len(s) > MAX_CELL else "")


class _Sheet:
    """A streamed sheet: widths and the styled, frozen header are set up front (a streamed sheet cannot
    change them after rows are written); ``widths`` overrides the shared WIDTHS for this sheet."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[str], widths: Mapping[str, float] | None = None):
        self.ws = wb.create_sheet(title)
        self.columns = list(columns)
        self.rows = 0
        for i, name in enumerate(self.columns, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = (widths or {}).get(name, WIDTHS.get(name, 14))
        self.ws.freeze_panes = "A2"
        header = []
        for name in self.columns:
            c = WriteOnlyCell(self.ws, value=name)
            c.font, c.fill, c.alignment = HEADER_FONT, HEADER_FILL, Alignment(vertical="center", wrap_text=True)
            header.append(c)
        self.ws.append(header)

    def cell(self, name: str, value: object, highlight: bool = False) -> WriteOnlyCell:
        if isinstance(value, str):
            text = safe_text(value)
            c = WriteOnlyCell(self.ws)
            c.value = text  # assigned after creation, then forced to a string cell below
            c.data_type = "s"
            if text.startswith(_FORMULA_START):
                c.quotePrefix = True
        else:
            c = WriteOnlyCell(self.ws, value=float(value) if isinstance(value, Decimal) and name == "Units" else value)
        if isinstance(value, Decimal) and name != "Units":
            c.number_format = MONEY_FORMAT
        elif name == "Units" and value is not None:
            c.number_format = UNITS_FORMAT
        elif isinstance(value, date):
            c.number_format = DATE_FORMAT
        c.alignment = WRAP if name in WRAP_COLUMNS else TOP
        if highlight and name in ("Checks", "Message"):
            c.fill = WARN_FILL
        return c

    def add(self, values: Sequence[object], highlight: bool = False) -> None:
        self.ws.append([self.cell(n, v, highlight) for n, v in zip(self.columns, values)])
        self.rows += 1

    def close(self) -> None:
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"


def write_workbook(report: Report, path: str | Path) -> Path:
    """Write the report. Uses openpyxl's streaming mode, so memory stays flat for large folders."""
    path = Path(path)
    wb = Workbook(write_only=True)

    charges = _Sheet(wb, "Charges", CHARGES_COLUMNS + EXTRA_CHARGES_COLUMNS)
    for row in report.charges:
        charges.add(row.values(), highlight=row.severity in ("warning", "error"))
    charges.close()

    summary = _Sheet(wb, "Summary", ("File", "Payer", "Claim", "Patient", "Lines", "Billed", "Allowed", "Paid",
                                     "Patient Owes", "Written Off", "Denied", "Status", "Checks"))
    for s in report.summary:
        summary.add((s.file, s.payer, s.claim, s.patient, s.lines, s.billed, s.allowed, s.paid, s.patient_owes,
                     s.written_off, s.denied, s.status, s.checks))
    summary.close()

    owe = _Sheet(wb, "What You Owe", ("Patient", "Lines", "Billed", "Insurance Paid", "You Owe", "Why"))
    for pr in report.patients:
        owe.add((pr.patient, pr.lines, pr.billed, pr.paid, pr.owes, pr.why))
    owe.close()

    codes = _Sheet(wb, "Codes", ("Code", "Kind", "Name", "Explanation", "Who Pays", "Next Step", "Times Seen", "Document Text"))
    for c in report.codes:
        codes.add((c.code, c.kind, c.name, c.explanation, c.who_pays, c.next_step, c.times_seen, c.document_text))
    codes.close()

    checks = _Sheet(wb, "Checks", ("File", "Where", "Level", "Claim", "Patient", "Check", "Message", "Severity"))
    for k in report.checks:
        checks.add((k.file, k.where, k.level, k.claim, k.patient, k.check, k.message, k.severity),
                   highlight=k.severity in ("warning", "error"))
    checks.close()

    problems = _Sheet(wb, "Problems", ("File", "Where", "What", "Reason", "Severity"))
    for p in report.problems:
        problems.add((p.file, p.where, p.what, p.reason, p.severity))
    problems.close()

    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path
