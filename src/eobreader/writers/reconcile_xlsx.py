"""The reconciliation workbook. It only writes: every value comes from ``reconcile.Reconciliation``.

Sheets: Reconciliation (``RECONCILIATION_COLUMNS`` first, in order, then the match and timed-code
columns), Worklist (most money first), Patient balances, Unmatched remittance, Payer summary, Problems.
The main workbook's sheet helper (``writers.xlsx._Sheet``) is reused, so the same safety holds: text is
always a string cell (never a formula), real date cells, numeric money with a currency format, a frozen
header, an autofilter and set column widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from ..reconcile.core import EXTRA_COLUMNS, RECONCILIATION_COLUMNS, Reconciliation
from .xlsx import WARN_FILL, WRAP, _Sheet

_WIDTHS = {
    "Row": 6, "Expected": 11, "Outcome": 12, "Reason": 60, "Next Step": 50, "Matched To": 40, "Match": 9,
    "Match Notes": 40, "Underpaid By": 12, "Minutes": 8, "CMS Units": 9, "Midpoint Units": 10, "Timed Check": 55,
    "Action": 18, "Amount": 11, "To Do": 60, "Send To": 22, "Visits": 7, "Insurance Paid": 13, "Owes": 11,
    "Deductible": 11, "Copay": 10, "Coinsurance": 12, "Other": 11, "Statement": 80, "Denied Lines": 9,
    "Denial Rate": 10, "Pending Lines": 9, "Unmatched Paid": 13, "Top Reasons": 50, "Priority": 8, "Where": 16,
    "Why": 55, "File": 24, "Payer": 24,
}
_WRAP = {"Reason", "Next Step", "Matched To", "Match Notes", "Timed Check", "To Do", "Why", "Statement", "Top Reasons"}
_PERCENT = {"Denial Rate"}
_OUTCOME_FILL = {"underpaid", "denied", "pending", "reversed"}


class _RSheet(_Sheet):
    """``_Sheet`` with this workbook's column widths, wrapped columns and outcome highlight."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[str]):
        super().__init__(wb, title, columns, _WIDTHS)

    def cell(self, name: str, value: object, highlight: bool = False) -> WriteOnlyCell:
        c = super().cell(name, value, False)
        if name in _WRAP:
            c.alignment = WRAP
        if name in _PERCENT and isinstance(value, float):
            c.number_format = "0.0%"
        if highlight and name == "Outcome":
            c.fill = WARN_FILL
        return c


def write_reconciliation(rec: Reconciliation, path: str | Path) -> Path:
    path = Path(path)
    wb = Workbook(write_only=True)

    s = _RSheet(wb, "Reconciliation", RECONCILIATION_COLUMNS + EXTRA_COLUMNS)
    for r in rec.rows:
        s.add(r.values(), highlight=r.outcome in _OUTCOME_FILL)
    s.close()

    w = _RSheet(wb, "Worklist", ("Priority", "Action", "Amount", "Patient", "Payer", "Claim", "Service Date", "Code",
                                 "Row", "To Do", "Why", "Matched To"))
    for n, item in enumerate(rec.worklist, start=1):
        w.add((n, item.action, item.amount, item.patient, item.payer, item.claim, item.service_date, item.code,
               item.row, item.todo, item.why, item.matched_to))
    w.close()

    b = _RSheet(wb, "Patient balances", ("Patient", "Send To", "Visits", "Billed", "Insurance Paid", "Owes",
                                         "Deductible", "Copay", "Coinsurance", "Other", "Statement"))
    for bal in rec.balances:
        b.add((bal.patient, bal.send_to, bal.visits, bal.billed, bal.insurance_paid, bal.owes, bal.deductible,
               bal.copay, bal.coinsurance, bal.other, bal.statement))
    b.close()

    u = _RSheet(wb, "Unmatched remittance", ("File", "Where", "Payer", "Claim", "Patient", "Service Date", "Code",
                                             "Modifiers", "Units", "Billed", "Paid", "Patient Owes", "Why", "Next Step"))
    for x in rec.unmatched:
        u.add((x.file, x.where, x.payer, x.claim, x.patient, x.service_date, x.code, x.modifiers, x.units, x.billed,
               x.paid, x.patient_owes, x.why, x.next_step))
    u.close()

    p = _RSheet(wb, "Payer summary", ("Payer", "Lines", "Billed", "Allowed", "Paid", "Patient Owes", "Denied Lines",
                                      "Denial Rate", "Underpaid By", "Pending Lines", "Unmatched Paid", "Top Reasons"))
    for y in rec.payers:
        p.add((y.payer, y.lines, y.billed, y.allowed, y.paid, y.patient_owes, y.denied_lines, y.denial_rate,
               y.underpaid, y.pending_lines, y.unmatched_paid, y.top_reasons))
    p.close()

    q = _RSheet(wb, "Problems", ("File", "Where", "What", "Reason"))
    for pr in rec.problems:
        q.add((pr.file, pr.where, pr.what, pr.reason))
    q.close()

    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path
