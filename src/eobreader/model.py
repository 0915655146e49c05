"""The typed records every reader produces and every writer consumes.

Invariants this module keeps:
- money is ``Decimal`` and dates are ``datetime.date`` from the moment a reader creates a record;
- records are frozen; later stages (glossary join, checks) make new records with ``dataclasses.replace``;
- every service line carries a ``SourceRef`` pointing back to the file and page/sheet/row/segment;
- problems are ``Finding`` values attached to the record they concern, never exceptions or prints.

Shape: ``FileResult`` (one input file) -> ``Statement`` (one EOB / remittance / 835 transaction)
-> ``Claim`` -> ``ServiceLine``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Money = Decimal

ZERO = Decimal("0.00")


class Severity(enum.IntEnum):
    """How much a finding matters. Ordered so that ``max()`` gives the worst."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a record came from, precise enough for a person to find it again."""

    file: str
    page: int | None = None  # 1-based PDF page
    sheet: str | None = None  # spreadsheet sheet name (None for CSV)
    row: int | None = None  # 1-based row number as a spreadsheet shows it
    line: int | None = None  # 1-based text line on the page, or segment number in an 835
    text: str = ""  # the raw text of the row / line / segment, for the Problems sheet

    def where(self) -> str:
        """Short human label: ``p. 2``, ``Sheet1 row 14``, ``row 14``, ``segment 31``."""
        if self.page is not None:
            return f"p. {self.page}" + (f" line {self.line}" if self.line is not None else "")
        if self.row is not None:
            return f"{self.sheet} row {self.row}" if self.sheet else f"row {self.row}"
        if self.line is not None:
            return f"segment {self.line}" if self.file.lower().endswith((".835", ".edi", ".era", ".x12", ".txt")) else f"line {self.line}"
        return ""

    def page_label(self) -> str:
        """What the workbook's Page column shows: a page number, or sheet name and row."""
        return self.where()


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem or note found while reading or checking, attached to what it concerns."""

    code: str  # stable machine name, e.g. "line-imbalance"
    message: str  # one plain sentence
    severity: Severity = Severity.WARNING
    source: SourceRef | None = None


@dataclass(frozen=True, slots=True)
class Adjustment:
    """One adjustment triplet: group code (CO, PR, OA, PI, CR), reason code (CARC) and amount.

    ``group`` is empty when the document printed a reason without a group.
    A positive amount reduces what is paid; a negative one adds back (as in X12).
    """

    group: str
    reason: str
    amount: Money | None  # None when the document printed the code without an amount
    quantity: Decimal | None = None

    @property
    def code(self) -> str:
        return f"{self.group}-{self.reason}" if self.group else self.reason


@dataclass(frozen=True, slots=True)
class ServiceLine:
    source: SourceRef
    code: str | None = None  # CPT/HCPCS or other procedure code
    modifiers: tuple[str, ...] = ()
    units: Decimal | None = None
    service_date: date | None = None
    service_end: date | None = None
    billed: Money | None = None
    allowed: Money | None = None
    paid: Money | None = None
    patient_owes: Money | None = None
    # The family's share broken down, when the document prints it as columns.
    deductible: Money | None = None
    copay: Money | None = None
    coinsurance: Money | None = None
    not_covered: Money | None = None
    discount: Money | None = None  # "plan/network discount" as printed (a write-off with no code)
    adjustments: tuple[Adjustment, ...] = ()
    remarks: tuple[str, ...] = ()
    description: str = ""  # the document's own wording for the service
    code_qualifier: str | None = None  # X12 product/service qualifier (HC, AD, ...)
    original_code: str | None = None  # the code as billed, when the payer changed it (835 SVC06)
    line_ref: str | None = None  # line item control number (835 REF*6R) or similar
    findings: tuple[Finding, ...] = ()

    @property
    def adjustment_total(self) -> Money:
        return sum((a.amount for a in self.adjustments if a.amount is not None), ZERO)

    def adjustments_in(self, group: str) -> Money:
        return sum((a.amount for a in self.adjustments if a.group == group and a.amount is not None), ZERO)


@dataclass(frozen=True, slots=True)
class Totals:
    """Totals as printed by the document (never computed here). Any may be missing."""

    billed: Money | None = None
    allowed: Money | None = None
    paid: Money | None = None
    patient_owes: Money | None = None
    source: SourceRef | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in (self.billed, self.allowed, self.paid, self.patient_owes))


class ClaimStatus(enum.Enum):
    PROCESSED = "processed"
    DENIED = "denied"
    REVERSED = "reversed"
    PENDING = "pending"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Claim:
    source: SourceRef
    claim_id: str | None = None  # the provider's claim / patient account number
    payer_claim_id: str | None = None  # the payer's claim number / ICN
    patient: str | None = None
    member_id: str | None = None
    provider: str | None = None
    status: ClaimStatus = ClaimStatus.UNKNOWN
    status_code: str | None = None  # the document's own status value (835 CLP02)
    service_from: date | None = None
    service_to: date | None = None
    adjustments: tuple[Adjustment, ...] = ()  # claim-level adjustments
    remarks: tuple[str, ...] = ()
    totals: Totals = field(default_factory=Totals)
    lines: tuple[ServiceLine, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class ProviderAdjustment:
    """A provider-level adjustment (835 PLB): money taken or given back, not tied to one claim."""

    reason: str
    amount: Money
    reference: str | None = None
    provider: str | None = None
    period_end: date | None = None
    source: SourceRef | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """One EOB, remittance advice, spreadsheet export or 835 transaction."""

    source: SourceRef
    kind: str  # "pdf", "sheet", "x835"
    payer: str | None = None
    payee: str | None = None
    issued: date | None = None
    payment_id: str | None = None  # check or EFT trace number
    payment_amount: Money | None = None
    claims: tuple[Claim, ...] = ()
    totals: Totals = field(default_factory=Totals)
    provider_adjustments: tuple[ProviderAdjustment, ...] = ()
    legend: tuple[tuple[str, str], ...] = ()  # remark-code legend printed on the document: (code, text)
    findings: tuple[Finding, ...] = ()

    def lines(self) -> list[ServiceLine]:
        return [ln for c in self.claims for ln in c.lines]


@dataclass(frozen=True, slots=True)
class Unread:
    """An input line or row that looked like data but could not be read: shown on the Problems sheet."""

    source: SourceRef
    reason: str


@dataclass(frozen=True, slots=True)
class Accounting:
    """Where every input row or text line went. ``seen`` equals the sum of the other four."""

    seen: int = 0
    lines: int = 0  # became service lines
    recognised: int = 0  # headers, titles, totals, legends, claim headers
    unread: int = 0  # listed on the Problems sheet
    blank: int = 0

    def balanced(self) -> bool:
        return self.seen == self.lines + self.recognised + self.unread + self.blank


@dataclass(frozen=True, slots=True)
class FileResult:
    """What one input file gave. ``error`` is a one-line reason when the file could not be read at all."""

    path: str
    kind: str | None = None  # the reader that took it, or None
    statements: tuple[Statement, ...] = ()
    unread: tuple[Unread, ...] = ()
    notes: tuple[Finding, ...] = ()  # file-level notes (e.g. a sheet without service lines was ignored)
    error: str | None = None
    accounting: Accounting | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def lines(self) -> list[ServiceLine]:
        return [ln for s in self.statements for ln in s.lines()]
