"""The PDF reader: EOBs, Medicare Summary Notices, Medicaid and Medicare-style paper remittances.

It works from words and their positions only (``pdf_words``), never from a per-payer template:
tables are found by the vocabulary of their headings and cut into columns by geometry and value shape
(``pdf_layout``). This module walks the text lines of the document top to bottom and decides what each
one is:

- a table heading (one line or stacked lines) -> sets the columns for the rows below, also on later
  pages until another heading appears;
- a claim heading (``Patient: ...  Claim Number: ...``, ``NAME ... HIC ... ACNT ... ICN ...``) -> starts a claim;
- a service row (a code or a date, and amounts) -> a service line; a text-only row next to it is its
  description (wrapped below it, or printed on the line above it); a row holding only adjustment or
  remark codes adds them to the service line above (fixed-width remits print a second adjustment so);
- a totals row (``Total``, ``Claim totals``, ``PT RESP``, ``NET``) -> ``Totals`` as printed, never a line;
- a legend entry (``N130  Consult plan benefit documents...``) -> ``Statement.legend``;
- anything else that looks like a service row (a code-shaped token and an amount) but could not be
  read -> ``Unread`` with page, line and text. Everything else is recognised text.

``Accounting`` counts every text line exactly once. No value is guessed: a cell that is not on the
page stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from ..model import (
    Accounting,
    Adjustment,
    Claim,
    ClaimStatus,
    FileResult,
    Finding,
    ServiceLine,
    Severity,
    SourceRef,
    Statement,
    Totals,
    Unread,
)
from ..values import (
    _ADJ_RE as ADJ_PAIR_RE,
)
from ..values import (
    REMARK_RE,
    ValueParseError,
    clean_text,
    code_and_modifiers_in_text,
    code_in_text,
    looks_like_money,
    parse_adjustments,
    parse_code,
    parse_date,
    parse_date_range,
    parse_modifiers,
    parse_money,
    parse_month_day,
    parse_remarks,
    parse_units,
    units_in_brackets,
    year_for,
)
from ..vocab import MONEY_FIELDS, Field
from .base import ReaderError
from .pdf_layout import (
    _MMDD,
    HEADED_CODE,
    PAYER_CLAIM_WORD,
    ROW_FIELDS,
    STREET,
    YEAR_LABEL,
    Cells,
    Column,
    Header,
    Kind,
    TextLine,
    _is_sentence,
    after_number_label,
    claim_key,
    content,
    cut,
    exact_header,
    find_header,
    group_lines,
    infer_header,
    info_header,
    is_service_line,
    label_group,
    match_header,
    page_columns,
    phrases,
    side_panels,
    state_and_zip,
    token_kind,
    with_bars,
)
from .pdf_words import PageWords, Word, get_source
from .x835 import claim_status

__all__ = ["PdfReader", "parse_pages"]

SCANNED = "scanned page(s) with no text layer: needs OCR"


class PdfReader:
    kind = "pdf"

    def __init__(self, engine: str | None = None):
        self.engine = engine

    def identify(self, path: Path, head: bytes) -> bool:
        return b"%PDF-" in head[:1024]

    def read(self, path: Path) -> FileResult:
        name = str(path)
        try:
            source = get_source(self.engine)
            pages = list(source.pages(path))
        except ReaderError as e:
            return FileResult(name, kind=self.kind, error=str(e))
        if not pages:
            return FileResult(name, kind=self.kind, error="PDF has no pages")
        empty = [p for p in pages if not p.words]
        if len(empty) == len(pages):
            if any(p.images for p in pages):
                return FileResult(name, kind=self.kind, error=SCANNED)
            return FileResult(name, kind=self.kind, error="PDF has no text on any page (blank or drawn as shapes): needs OCR")
        result = parse_pages(name, pages)
        notes = list(result.notes)
        for p in empty:
            notes.append(Finding(
                "scanned-page",
                f"page {p.number} has no text layer (a scanned image?): it was not read and needs OCR",
                Severity.ERROR if p.images else Severity.WARNING,
                SourceRef(name, page=p.number),
            ))
        for p in pages:
            if p.truncated:
                notes.append(Finding("page-too-large", f"page {p.number} holds too much text; only its start was read",
                                     Severity.ERROR, SourceRef(name, page=p.number)))
        try:
            count = source.page_count(path)
        except ReaderError:
            count = len(pages)
        if count > len(pages):
            notes.append(Finding("too-many-pages", f"only the first {len(pages)} of {count} pages were read",
                                 Severity.ERROR, SourceRef(name)))
        return FileResult(name, kind=self.kind, statements=result.statements, unread=result.unread,
                          notes=tuple(notes), accounting=result.accounting)


# ------------------------------------------------------------------------------------------- builders

@dataclass
class _LineB:
    src: SourceRef
    top: float
    bottom: float
    page: int
    code: str | None = None
    modifiers: tuple[str, ...] = ()
    units: Decimal | None = None
    start: date | None = None
    end: date | None = None
    money: dict[Field, Decimal] = field(default_factory=dict)
    adjustments: list[Adjustment] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    desc: list[str] = field(default_factory=list)
    # group-reason codes read from a remarks cell, as printed ("PR1"): remark codes if the legend explains them
    from_remarks: list[tuple[str, Adjustment]] = field(default_factory=list)
    # adjustment amounts of the row waiting for the rest, stacked one per text line below (``unpaired_amounts``)
    adj_amounts: list[Decimal] = field(default_factory=list)
    balance: Decimal | None = None  # the running balance printed on the row, when it is one (``_runs_on``)
    # note codes under a heading the vocabulary does not know: remarks if the document's legend explains them
    loose_notes: list[str] = field(default_factory=list)

    def build(self) -> ServiceLine:
        m = self.money
        return ServiceLine(
            source=self.src, code=self.code, modifiers=self.modifiers, units=self.units,
            service_date=self.start, service_end=self.end,
            billed=m.get(Field.BILLED), allowed=m.get(Field.ALLOWED), paid=m.get(Field.PAID),
            patient_owes=m.get(Field.PATIENT_OWES), deductible=m.get(Field.DEDUCTIBLE), copay=m.get(Field.COPAY),
            coinsurance=m.get(Field.COINSURANCE), not_covered=m.get(Field.NOT_COVERED), discount=m.get(Field.DISCOUNT),
            adjustments=tuple(self.adjustments), remarks=tuple(dict.fromkeys(self.remarks)),
            description=clean_text(" ".join(self.desc)).rstrip(",;"),
        )


@dataclass
class _ClaimB:
    src: SourceRef
    info: dict[Field, str] = field(default_factory=dict)
    lines: list[_LineB] = field(default_factory=list)
    totals: Totals | None = None
    service_from: date | None = None
    service_to: date | None = None
    status_text: str | None = None  # the status as printed ("4 - DENIED", "PAID", "REVERSAL OF PRIOR PAYMENT")
    own: set[Field] = field(default_factory=set)  # fields its own headings printed (not carried from above)

    def build(self) -> Claim:
        i = self.info
        status, code = read_status(self.status_text)
        return Claim(
            source=self.src, claim_id=i.get(Field.CLAIM_ID), payer_claim_id=i.get(Field.PAYER_CLAIM_ID),
            patient=i.get(Field.PATIENT) or i.get(Field.HOLDER), member_id=i.get(Field.MEMBER_ID), provider=i.get(Field.PROVIDER),
            status=status, status_code=code,
            service_from=self.service_from, service_to=self.service_to,
            totals=self.totals or Totals(), lines=tuple(ln.build() for ln in self.lines),
        )


@dataclass
class _Pending:
    """A row without amounts: a description (maybe with date or code) waiting for its service row."""

    line: TextLine
    cells: Cells
    desc: str
    # a service row printed without its amounts (code, units, modifiers...): the amounts come on the text
    # line right under it ("Line total 210.00 163.80 ..."), which carries amounts and no code of its own
    ident: bool = False


CLAIM_KEYS = (Field.CLAIM_ID, Field.PAYER_CLAIM_ID)
INFO_FIELDS = {Field.PATIENT, Field.HOLDER, Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.PROVIDER, Field.PAYER,
               Field.SERVICE_DATE}
LABEL_WORDS = {"payer", "claim", "patient", "member", "provider", "account", "subscriber", "rendering", "billing",
               "group", "service", "date", "dates", "of", "internal", "control", "policy", "insured", "health",
               "plan", "pt", "beneficiary", "servicing", "treating", "recipient", "medicaid", "medicare", "your",
               "bill", "pat", "ctl", "injured", "employee", "case", "file", "reference", "ref", "invoice"}
_TOTAL_WORDS = re.compile(r"\b(sub-?totals?|totals?|tots?|grand|net|pt\s+resp|patient\s+resp\w*|balance)\b", re.IGNORECASE)
_PAGE_FOOTER = re.compile(r"^\s*page\s+\d+(\s*(of|/)\s*\d+)?\s*$", re.IGNORECASE)
_PAGE_OF = re.compile(r"\bpage\s*#?:?\s*\d+\s*(of|/)\s*\d+\b", re.IGNORECASE)
_LEGEND_HEAD = re.compile(r"\b(remarks?|notes?|messages?|explanations?|legend|glossary|codes?)\b", re.IGNORECASE)
# words that start sentences in notices; never a legend code even when written in capitals
_NOT_CODES = frozenset("AN AS AT BE BY DO IF IN IS IT NO OF ON OR SO TO UP US WE ALL AND ANY ARE BUT CAN FOR "
                       "HAS HOW MAY NOT OUR THE YOU".split())
# modifiers therapy lines carry that never open a service's words: one pushed over the code column's edge is the code's
_THERAPY_MODIFIERS = frozenset("GP GO GN KX CQ CO XU XS XE XP RT LT TC GA GY GZ GT HO HN U1 U2 U3 U4 U5 U6 U7 U8 U9 "
                               "UA UB UC UD F1 F2 F3 F4 F5 F6 F7 F8 F9 FA T1 T2 T3 T4 T5 T6 T7 T8 T9 TA E1 E2 E3 E4 "
                               "KF NU RR".split())
_DISCIPLINES = frozenset({"PT", "OT", "ST", "SLP"})
_PART_MARKS = frozenset({"\u00b7", "-", "\u2013", "\u2014", "|", ":", "\u2022"})
_OPEN_CODE = re.compile(r"\b(?:CO|PR|OA|PI|CR)\s*[-:]?\s*[A-Z]?\d{1,3}\s*$")
_BRACKET_CODE = re.compile(r"\(?(?:\d{4}[FTU]|\d{5}|[A-V]\d{4})(?:[-:,][A-Z0-9]{2})*\)?[,;.]?")
_LABELLED_ENTRY = re.compile(r"^([A-Za-z][A-Za-z' ]{0,30}?)\s*:\s*([A-Z]{0,3}\d{1,4}|[A-Z]{1,3})\s*[-\u2013\u2014:=]\s+(\S.*)$")
_LEGEND_CODE = re.compile(r"^(?:(CO|PR|OA|PI|CR)[-\s]?[A-Z]?\d{1,3}|MA\d{2,3}|M\d{1,3}|N\d{1,4}|[A-Z]{1,3}\d{0,4}|\d{1,5})[:.)\-]?$")


@dataclass
class ParseResult:
    statements: tuple[Statement, ...]
    unread: tuple[Unread, ...]
    accounting: Accounting
    notes: tuple[Finding, ...] = ()


class _Parser:
    def __init__(self, file: str):
        self.file = file
        self.claims: list[_ClaimB] = []
        self.claim: _ClaimB | None = None
        self.header: Header | None = None
        # the heading of the claims' own rows, printed right over the services' heading (two-tier remits)
        self.claim_header: Header | None = None
        self.pending: _Pending | None = None
        self.last: _LineB | None = None
        self.last_bottom = 0.0  # bottom of the last text line that belonged to ``self.last``
        self.unread: list[Unread] = []
        self.legend: list[list[str]] = []
        self.legend_mode = False
        self.legend_open = False  # the previous line was a legend entry (a wrapped text may follow)
        self.legend_body_x = 0.0  # where the text of the last legend entry starts
        self.stmt_totals: Totals | None = None
        self.payer: str | None = None
        self.counts = {"lines": 0, "recognised": 0, "unread": 0}
        self.carry: dict[Field, str] = {}
        self.info_cols: tuple[Column, ...] | None = None  # a heading row of claim fields (values below)
        self.section_status: str | None = None  # a "CLAIM STATUS: PAID" line heading the claims below it
        self.time: tuple[tuple[date, date] | None, date | None] = (None, None)  # the period, the latest date
        self.day_first = False  # the document writes its dates day/month/year
        self.alone_name: tuple[int, str] | None = None  # a person's name printed alone on a line (its index)
        self.kin_name: tuple[int, str] | None = None  # the same with the person's relationship: "Stefan Hale (Spouse)"
        self.code_below = False
        self.code_line_below = False
        self.next_words: tuple[Word, ...] = ()  # the words of the line after the one being read
        self.row_date: date | None = None  # a date heading the rows below it ("Monday, January 5, 2026")
        self.next_dates: str | None = None  # a visit's date printed before the heading of its claim
        self.run_balance: Decimal | None = None  # the last amount printed under a ledger's "Balance" heading
        # a claim heading repeating the current claim's numbers (page, line, numbers): see ``new_info``
        self.repeated: tuple[int, int, dict[Field, str]] | None = None
        # a code heading the rows below it ("CPT 97110 Therapeutic exercises"): code, modifiers, description
        self.row_code: tuple[str, tuple[str, ...], str] | None = None
        self.wrapping: _LineB | None = None  # the line whose description the lines below continue
        # a service printed as a card: its code, modifiers, units and date on the lines right above a one-row
        # table of its amounts ("Procedure code 97165 · Modifier GO · 1 unit"); (header, facts)
        self.card: tuple[Header, _Card] | None = None
        self.furniture: frozenset[str] = frozenset()  # running heads: lines printed atop several pages
        self.furniture_seen: set[str] = set()

    # -------------------------------------------------------------------------------- helpers

    def ref(self, ln: TextLine) -> SourceRef:
        return SourceRef(self.file, page=ln.page, line=ln.number, text=clean_text(ln.text)[:300])

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] += n

    def current_claim(self, ln: TextLine) -> _ClaimB:
        if self.claim is None:
            self.claim = _ClaimB(self.ref(ln), dict(self.carry), status_text=self.section_status)
            self.claims.append(self.claim)
        return self.claim

    def new_info(self, ln: TextLine, info: dict[Field, str]) -> None:
        """Claim-heading values: start a new claim when the current one already has lines or already
        has a different value for a claim key."""
        info = {k: v for k, v in info.items() if v}
        status = info.pop(Field.STATUS, None) or _status_words(ln)
        if not info:
            if status:
                # "CLAIM STATUS: PAID" on a line of its own heads the claims printed under it
                self.section_status = status
                if self.claim is not None and not self.claim.lines:
                    self.claim.status_text = status
            return
        if Field.PAYER in info:
            payer = info.pop(Field.PAYER)  # the document's payer, named once: no claim of its own
            self.payer = self.payer or payer
        dates = info.pop(Field.SERVICE_DATE, None) or self.next_dates
        self.next_dates = None
        c = self.claim
        if c is not None and c.lines and not dates and Field.MEMBER_ID in info \
                and info.keys() <= {Field.MEMBER_ID, Field.PATIENT, Field.HOLDER} \
                and c.info.get(Field.MEMBER_ID, info[Field.MEMBER_ID]) == info[Field.MEMBER_ID] \
                and all(k in c.info and (c.info[k] == v or _same_member(k, c.info[k], v))
                        for k, v in info.items() if k is not Field.MEMBER_ID):
            # the member's number beside their own name after their claim's rows (a sidebar's "Dana Okonkwo-Reyes" /
            # "Member ID CRH 448 20917 01" read after the table): the same person, no new claim
            c.info.setdefault(Field.MEMBER_ID, info[Field.MEMBER_ID])
            return
        names_service = re.search(r"\b(service|svc|visit|dos)\b", ln.text, re.IGNORECASE) is not None
        if not info and dates and c is not None and not c.lines and c.own & set(CLAIM_KEYS) and c.service_from is None \
                and names_service:
            # "CLAIM NUMBER: 26-011-..." then the provider, then "DATES OF SERVICE: 01/06/26" over the rows: the
            # date of the claim just opened
            try:
                c.service_from, c.service_to = parse_date_range(dates, self.day_first)
                return
            except ValueParseError:
                pass
        if not info and dates and c is not None and (c.lines or names_service):
            # a heading line naming only the visit's date, under a claim already read (or before any claim's rows,
            # "Service date: January 6, 2026" beside the provider's name; never a remit's own "DATE: 02/09/2026"): it
            # dates the claim whose heading comes next ("Visit 01/12/2026" then "Network Ref # ... Your Claim # ...")
            self.next_dates = dates
            return
        if c is not None and not c.lines and not (c.own & set(CLAIM_KEYS)) and len(self.claims) >= 2 \
                and self.claims[-1] is c and any(self.claims[-2].info.get(k) == v for k, v in info.items() if k in CLAIM_KEYS):
            # a claim continued on the next page ("Tomas - Claim # CRX26... (continued)") after page furniture
            # that opened an empty claim ("Member ID: ... Page 1 of 2"): back to the claim it continues
            self.claims.pop()
            c = self.claim = self.claims[-1]
        # a value carried from the claim above (the same person's name) gives way to the heading's own
        clashing = {k for k, v in info.items() if c is not None and k in c.info and c.info[k] != v and k is not Field.HOLDER
                    and (k in c.own or k in CLAIM_KEYS) and not _same_member(k, c.info[k], v)
                    and not (k is Field.PROVIDER and (_numbered(v) or _numbered(c.info[k])))}
        # ("RENDERING: 1730055291" under "PROVIDER: SUNFLOWER PEDIATRIC THERAPY": the provider's number, no new claim)
        if c is not None and not c.lines and clashing == {Field.CLAIM_ID} and Field.PAYER_CLAIM_ID in c.info \
                and Field.PAYER_CLAIM_ID not in info:
            # the next line of the same claim heading names the provider's own number ("Claim Number: X
            # Medicare ICN: Y" then "Patient Account: Z"): it is this claim's, not a new claim
            clashing = set()
        if c is not None and not c.lines and clashing == {Field.PROVIDER} and c.own & set(CLAIM_KEYS) \
                and not info.keys() & set(CLAIM_KEYS):
            # the claim's rendering provider under the practice named above its numbers ("Practice: Cobblestone
            # Rehab" ... "Patient: ... Acct #: 88213" then "Subscriber: ... Rendering: Hollis, Maren"): the same claim
            clashing = set()
        clash = bool(clashing)
        repeat = c is not None and not clash and all(
            c.info.get(k) == v or (k is Field.PATIENT and k in c.info and _same_member(k, c.info[k], v))
            for k, v in info.items())
        if repeat and dates and c is not None and c.lines and c.service_from is not None:
            try:
                repeat = parse_date_range(dates, self.day_first)[0] == c.service_from
            except ValueParseError:
                pass
            clash = not repeat  # the same person's next visit ("Visit 01/12/2026 - Kaia ..."): a new claim
        if repeat:  # the claim heading printed again on the next page
            if c is not None and c.lines and info.keys() & set(CLAIM_KEYS) \
                    and not any(looks_like_money(w.text) for w in ln.words):  # (a heading line, never a row)
                # ... or the same account's next claim, whose own number follows on the next line (a reversal, then
                # its replacement, both under "Patient Control #: ORC-18832"): kept for a claim opened right after
                self.repeated = (ln.page, ln.number, {k: v for k, v in info.items() if k in CLAIM_KEYS})
            if status and c is not None and c.status_text is None:
                c.status_text = status
            if dates and info and c is not None and not c.lines:
                # a claim with no lines yet takes the date of the heading right above its rows (a notice's
                # summary of claims on its first page names the same provider with other dates)
                try:
                    c.service_from, c.service_to = parse_date_range(dates, self.day_first)
                except ValueParseError:
                    pass
            return
        if c is None or c.lines or clash:
            self.flush_pending()
            carry = {k: v for k, v in self.carry.items() if k not in CLAIM_KEYS}
            if c is not None and (Field.PATIENT in info or Field.MEMBER_ID in info):
                # a new person: what was said about the previous one does not carry over
                if info.get(Field.PATIENT, carry.get(Field.PATIENT)) != carry.get(Field.PATIENT) or \
                        info.get(Field.MEMBER_ID, carry.get(Field.MEMBER_ID)) != carry.get(Field.MEMBER_ID):
                    carry.pop(Field.PROVIDER, None)
            if self.repeated is not None and self.repeated[0] == ln.page and 0 < ln.number - self.repeated[1] <= 2:
                carry.update({k: v for k, v in self.repeated[2].items() if k not in info})
            self.repeated = None
            c = _ClaimB(self.ref(ln), carry, status_text=self.section_status)
            self.claims.append(c)
            self.claim = c
            self.last = None
        if not c.lines and c.own & {Field.HOLDER, Field.PROVIDER} and not (c.own & (set(CLAIM_KEYS) | {Field.PATIENT})) \
                and (info.keys() & (set(CLAIM_KEYS) | {Field.PATIENT})):
            # a claim opened by the plan holder's line ("Subscriber: ...") takes its heading from the first line
            # that names the claim or its patient
            c.src = self.ref(ln)
        for k, v in info.items():
            if k in (Field.MEMBER_ID, Field.PAYER_CLAIM_ID, Field.PATIENT) and k in (c.info if k is Field.PATIENT else c.own) \
                    and _same_member(k, c.info[k], v) and len(c.info[k]) > len(v):
                continue  # keep the member's own (longer) id, the claimant's own claim number, the full name
            if k is Field.PROVIDER and _numbered(v) and k in c.info and not _numbered(c.info[k]):
                continue  # the provider's name, not its number
            c.info[k] = v
        c.own.update(info)
        if status and (c.status_text is None or c.status_text == self.section_status):
            c.status_text = status
        for k in (Field.PATIENT, Field.HOLDER, Field.MEMBER_ID, Field.PROVIDER):
            if k in c.info:
                self.carry[k] = c.info[k]
        if dates:
            try:
                c.service_from, c.service_to = parse_date_range(dates, self.day_first)
            except ValueParseError:
                pass

    def yearless(self, text: str) -> date | None:
        """A service date printed without its year ("Oct 2"), dated by the document's own period or its
        latest full date; None when the document says neither."""
        md = parse_month_day(text)
        if md is None:
            return None
        period, latest = self.time
        return year_for(md[0], md[1], period, latest)

    def post_to_last(self, cells: Cells, money: dict[Field, Decimal], hdr: Header) -> None:
        last = self.last
        if last is None:
            return
        text = _all_text(cells)
        if Field.PAID in money:
            last.money[Field.PAID] = last.money.get(Field.PAID, Decimal(0)) + money[Field.PAID]
        adjs = list(parse_adjustments(text))
        amounts = [parse_money(t) for t in cells.text(Field.ADJUSTMENT).split() if looks_like_money(t)]
        if len(adjs) == 1 and adjs[0].amount is None and len(amounts) == 1:
            adjs = [Adjustment(adjs[0].group, adjs[0].reason, amounts[0])]
        last.adjustments.extend(adjs)
        c = self.claim
        if c is not None and Field.PAYER_CLAIM_ID not in c.info:
            # the payer's claim number printed on its payment ("... EFT 88120431 ICN 2601BW0077140")
            got = assign_claim_keys([(lab, v) for _, lab, v in keyed_ids([clean_text(t) for t in text.split()])])
            if Field.PAYER_CLAIM_ID in got:
                c.info[Field.PAYER_CLAIM_ID] = got[Field.PAYER_CLAIM_ID]
        if _balance_column(hdr):
            # a ledger's running balance is the account's, not what this line leaves the family to pay
            last.money.pop(Field.PATIENT_OWES, None)
            self.run_balance = money.get(Field.PATIENT_OWES, self.run_balance)
        self.last_bottom = max(self.last_bottom, last.bottom)

    def summary_row(self, ln: TextLine) -> bool:
        """A row under a heading of claim fields ("Patient  Provider  Claim number  Plan paid  You owe"): a summary of
        claims whose services are printed elsewhere, when every code-shaped word sits under a number's heading
        and the row names a person or a number."""
        cols = self.claim_header.columns if self.claim_header is not None else self.info_cols
        if cols is None or not any(c.field in MONEY_FIELDS for c in cols):
            return False
        cells = cut(ln.words, cols)
        named = False
        for j, ws in cells.words.items():
            f = cols[j].field
            if f in (Field.PATIENT, Field.HOLDER, *CLAIM_KEYS, Field.MEMBER_ID):
                named = True
            elif any(token_kind(w.text.strip("()[],;")) == Kind.CODE for w in ws):
                return False
        return named

    @staticmethod
    def addressee_over_street(lines: list[TextLine], i: int) -> bool:
        """A street line ("77 SYCAMORE LANE", "PO Box 12") starts where line ``i`` starts, one or two lines down
        (maybe after a sidebar's words on its left: "Member   9 WHITCOMB RIDGE ROAD")."""
        ln = lines[i]
        for nl in lines[i + 1: i + 3]:
            at = next((k for k, w in enumerate(nl.words) if abs(w.x0 - ln.words[0].x0) < 3), None)
            if at is not None and STREET.match(clean_text(" ".join(w.text for w in nl.words[at:]))):
                return True
        return False

    def detail_line(self, ln: TextLine, text: str) -> bool:
        """A row's second text line that carries what its first line lacks ("92523 · modifiers 95 · speech sound
        and language evaluation · insurer claim 26002E40511" under a session's date and amounts): the row's
        code and modifiers, and the claim number it names for the row's claim."""
        last = self.last
        if last is None or last.code is not None or not self.near_last(ln) or self.header is None:
            return False
        words = [clean_text(w.text) for w in ln.words]
        # (a number after a claim label is the claim's, however code-like: "insurer claim 26002E40511")
        codes = [(k, t) for k, t in enumerate(words) if token_kind(t.strip("()[],;")) == Kind.CODE
                 and not (k and words[k - 1].lower().rstrip(".:#") in ("claim", "clm", "ref", "no", "icn", "#", "number"))]
        if len(codes) != 1:
            return False
        try:
            code, mods = parse_code(codes[0][1].strip("()[],;·"))
        except ValueParseError:
            return False
        if code is None:
            return False
        if not mods:
            # "97530 GO 59 · 2 units": modifiers printed as words after the code
            after: list[str] = []
            rest = words[codes[0][0] + 1:]
            for at, raw in enumerate(rest):
                t = raw.strip("()[],;")  # ("(97760 GO KX)": the bracket closes on the last one)
                nxt = rest[at + 1].lower() if at + 1 < len(rest) else ""
                if not (token_kind(t) == Kind.MOD or t in _NUMERIC_MODIFIERS and not nxt.startswith("unit")):
                    break
                after.append(t)
                if raw.endswith((")", "]")):
                    break
            mods = tuple(after)
        # ("... [CPT" on the row, "97530 GO]" here)
        mods = mods or _named_modifiers(code, text) or _named_modifiers(code, " ".join(last.desc + [text]))
        last.code, last.modifiers = code, mods or last.modifiers
        if last.units is None and not self.header.has(Field.UNITS):
            um = _CARD_UNITS.search(text)
            times = _multipliers(words)
            if um:
                last.units = parse_units(um.group(1) or um.group(2))
            elif len(times) == 1:
                last.units = parse_units(times[0])  # "97166 GO x1": the count, as a multiplier
        texts = [clean_text(w.text) for w in ln.words]
        got = assign_claim_keys([(lab, v) for _, lab, v in keyed_ids(texts)])
        c = self.claim
        if c is not None:
            for k, v in got.items():
                c.info.setdefault(k, v)
        last.desc.append(clean_text(" ".join(t for t in texts if t != codes[0][1])))
        self.last_bottom = ln.bottom
        self.count("recognised")
        return True

    def row_facts(self, ln: TextLine) -> bool:
        """A short line right under a row that names its modifiers and units in words ("Modifier GN; 1 unit(s)",
        "Modifiers GO, 59 - 2 units"): they fill what the row itself left empty. Every word must be one of those
        facts, so a description running on is never read as them."""
        last = self.last
        if last is None or not self.near_last(ln) or len(ln.words) > 8:
            return False
        text = clean_text(ln.text)
        m = _ROW_FACTS.fullmatch(text)
        units = m.group("units") or m.group("units_a") if m is not None else None
        if m is None or not (m.group("mods") or units):
            return False
        mods = tuple(re.findall(r"[A-Z0-9]{2}", m.group("mods") or ""))
        if mods and not last.modifiers:
            last.modifiers = mods
        if units and last.units is None:
            last.units = parse_units(units)
        self.last_bottom = ln.bottom
        self.count("recognised")
        return True

    def claim_trailer(self, lines: list[TextLine], i: int, info: dict[Field, str]) -> bool:
        """A claim number printed under a claim's rows, right before the next claim's heading ("Sunflower Health
        Plan claim SH26... - processed 01/22/26" after a visit's rows): the claim above takes it. Only a number
        the claim lacks, and only when the next line opens another claim."""
        c = self.claim
        if c is None or not c.lines or not info or not (info.keys() & set(CLAIM_KEYS)) \
                or any(k not in CLAIM_KEYS and k not in (Field.PATIENT, Field.PAYER) for k in info) \
                or any(k in c.info and c.info[k] != v for k, v in info.items() if k in CLAIM_KEYS) \
                or all(c.info.get(k) == v for k, v in info.items()) or not self.near_last(_first_sum_above(lines, i)):
            # (the claim's sums may stand between its rows and its number: "Total charges 2,165.00" / "Insurance
            # payment - Ashgrove Health 873.84" / "Claim 2026013100447 processed 02/05/2026")
            return False
        who, had = info.get(Field.PATIENT), c.info.get(Field.PATIENT)
        if who is not None and had is not None and not (_same_member(Field.PATIENT, had, who)
                                                         or who.lower().startswith(had.lower() + " ")):
            return False  # another person: the heading of the next claim
        by_rows = self.header is not None and self.header.has(Field.CLAIM_ID) and Field.CLAIM_ID not in info \
            and Field.CLAIM_ID in c.info
        hdr = self.header
        if hdr is not None and not by_rows and any(col.field in INFO_FIELDS for col in hdr.columns):
            # "Acct KHR-118204" under a row's claim number, inside the claim columns (claim number, provider):
            # the second line of the row's claim cell
            info_cols = [col for col in hdr.columns if col.field in INFO_FIELDS]
            first_value = min((col.x0 for col in hdr.columns if col.field not in INFO_FIELDS and col.field is not None),
                              default=float("inf"))
            by_rows = max(w.x1 for w in lines[i].words) < first_value and min(w.x0 for w in lines[i].words) \
                <= max(col.x1 for col in info_cols) and bool(c.own & set(CLAIM_KEYS))
        same_person = who is not None and had is not None  # (checked above: the claim's own person, named again)
        same_claim = any(c.info.get(k) == v for k, v in info.items() if k in CLAIM_KEYS)  # "Ticket 40211: ... claim X"
        j = i + 1
        while j < len(lines) and (_PAGE_OF.search(clean_text(lines[j].text)) or _sum_line(lines[j])):
            j += 1  # ("Page 1 of 2 - continued on next page": page furniture, not the next claim; nor are its sums)
        if j < len(lines) and not (by_rows or same_person or same_claim):  # (the page's last line: nothing after it)
            # (in a table whose rows name their own claim, "Billed to ... · claim X" under a claim's rows is that
            # claim's: no heading line opens the next one)
            nxt = parse_labels(with_bars(lines[j]))
            if any(nxt.get(k) == v for k, v in info.items()):
                return False
            if not any(k in nxt for k in CLAIM_KEYS):
                # (or the page goes on with no row of services at all: notes, a panel moved after the table; the
                # number closes the page's last claim)
                rest = [ln for ln in lines[j:] if ln.page == lines[i].page]
                if any(is_service_line(ln) or any(k in parse_labels(ln) for k in CLAIM_KEYS) for ln in rest):
                    return False
        payer = info.pop(Field.PAYER, None)
        if payer:
            self.payer = self.payer or payer
        c.info.update(info)
        c.own.update(info)
        return True

    def flush_pending(self) -> None:
        """A description row that no service row claimed: it wraps the line above."""
        p = self.pending
        self.pending = None
        last = self.last
        if p is not None and p.ident:
            return  # a service row whose amounts never came: recognised text, not a description
        if p is not None and last is not None and p.desc:
            # a wrapped description sits right under its line; text far below it (a footer, a notice
            # after the table) is not part of it
            if p.line.page == last.page and p.line.top - last.bottom <= max(p.line.height, last.bottom - last.top) * 2.5:
                last.desc.append(p.desc)

    # -------------------------------------------------------------------------------- main walk

    def run(self, pages: list[list[TextLine]]) -> None:
        self.furniture = running_heads(pages)
        self.day_first = day_first(pages)
        self.time = document_time(pages, self.day_first)
        for lines in pages:
            i = 0
            while i < len(lines):
                try:
                    i += self.line(lines, i)
                except ValueParseError as e:
                    # a value no reader step expected: this line goes to the list of what could not be read,
                    # and the rest of the document is still read
                    self._unread(lines[i], f"could not read: {e}")
                    i += 1
        self.flush_pending()

    def line(self, lines: list[TextLine], i: int) -> int:
        ln = content(lines[i])
        # the next line holds a procedure code and no amount: this line's service may be completed by it
        nxt = lines[i + 1].words if i + 1 < len(lines) else ()
        self.code_below = any(token_kind(w.text.strip("()[],;")) == Kind.CODE for w in nxt) \
            and not any(looks_like_money(w.text) for w in nxt)
        self.next_words = tuple(nxt)
        # the next line is a code of its own ("(97162)", "97162 GO"), maybe closing a wrapped description
        # (or a wrapped description's last line ending with the code in brackets, "range of motion, each 15 min (97110)")
        self.code_line_below = self.code_below and any(
            token_kind(w.text.strip("()[],;")) == Kind.CODE
            and (len(nxt) <= 5 and (k == len(nxt) - 1 or w.text.startswith(("(", "[")) or k == 0)
                 or k == len(nxt) - 1 and w.text.startswith(("(", "[")) and w.text.rstrip(".,;").endswith((")", "]")))
            for k, w in enumerate(nxt)) and not any(_ORG_WORD.match(w.text.strip(",.")) for w in nxt)
        if not self.code_below and nxt and i + 2 < len(lines) and len(nxt) <= 8 \
                and not any(looks_like_money(w.text) or token_kind(w.text.strip("()[],;")) in (Kind.CODE, Kind.DATE)
                            for w in nxt):
            # the service's words on the next line, its count and code on the one after ("Jan 15, 2026 Yes $130.00
            # ..." over "OT re-evaluation," over "1 unit (97168-GO)"): that code completes this row too
            after = lines[i + 2].words
            # (a count and the code, or the code alone: never the last line of a description wrapped over three,
            # "min (97110)", which the description's own reading joins)
            self.code_line_below = len(after) <= 5 and not any(looks_like_money(w.text) for w in after) \
                and bool(after) and after[-1].text.startswith(("(", "[")) \
                and token_kind(after[-1].text.strip("()[],;")) == Kind.CODE \
                and (len(after) == 1 or bool(re.search(r"\bunits?\b", " ".join(w.text for w in after), re.IGNORECASE)))
        text = clean_text(ln.text)
        if not ln.words or _PAGE_FOOTER.match(text) or (_PAGE_OF.search(text) and not any(looks_like_money(w.text)
                                                                                           for w in ln.words)
                                                         and (len(ln.words) <= 8 or not parse_labels(ln))):
            # (a running foot, "MARGUERITE D. OYELARAN-HOLT · Notice date: February 4, 2026   Page 1 of 2": furniture,
            # its "1 of 2" never a row's notes)
            self.count("recognised")
            return 1
        hdr = None
        if self.legend_mode:
            k0 = [token_kind(w.text) for w in ln.words]
            if Kind.MONEY not in k0:
                # a legend section may end with a new table: a line of four or more table headings
                # ("LN DOS CODE MOD UNITS BILLED ...") is a heading even if its first word is code-shaped
                hdr = find_header(lines, i)
                strong = hdr is not None and len(hdr.fields() & ROW_FIELDS) >= 4
                if not strong and self.legend_line(ln, k0):
                    self.count("recognised")
                    return 1
        hdr = hdr or find_header(lines, i)
        # the page's running head printed again ("Member: ... ID: ... Plan: ..." on every page): the member
        # named again atop the page is no new person, so the claim being read goes on
        running = hdr is None and text in self.furniture_seen
        if hdr is None and text in self.furniture:
            self.furniture_seen.add(text)
        if running and not any(looks_like_money(w.text) for w in ln.words):
            # a running head again: what it names is read (a claim heading repeated), never a row of the table
            info = parse_labels(ln)
            info.pop(Field.REMARKS, None)
            if (Field.PATIENT in info or Field.HOLDER in info) and self.claim is not None and self.claim.lines:
                info = {k: v for k, v in info.items() if k not in (Field.PATIENT, Field.HOLDER, Field.MEMBER_ID)}
            if info:
                self.new_info(ln, info)
            self.count("recognised")
            return 1
        if hdr is not None:
            self.flush_pending()
            facts = card_facts(lines, i)
            self.card = (hdr, facts) if facts is not None else None
            self.row_date = None
            self.row_code = None
            taken = len(hdr.lines)
            twin = _translated_header(lines, i + taken, hdr)
            if twin:
                taken += twin  # the same headings again in another language: part of this header
            if not hdr.fields() & {Field.CODE, Field.MODIFIERS, Field.UNITS} and hdr.fields() & set(CLAIM_KEYS) \
                    and len(hdr.fields() & {Field.PATIENT, Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID}) >= 2:
                # the heading of the claims' own rows (two-tier remits: a claim's row, then its services under a
                # heading of their own): it goes on heading claim rows between the services' tables
                self.claim_header = hdr
            elif not hdr.has(Field.CODE):
                self.claim_header = None
            self.header = hdr
            self.legend_mode = self.legend_open = False
            self.count("recognised", taken)
            return taken
        taken = self.block(lines, i)
        if taken:
            return taken
        if self.header is not None and not self.header.has(Field.CODE) \
                and not any(looks_like_money(w.text) for w in ln.words) and (m := _GROUP_CODE.match(text)) \
                and not (self.last is not None and self.last.code is None and self.near_last(ln)):
            # (right under a row that has no code, it is that row's code line, read as such below)
            # "CPT 97110 Therapeutic exercises" over the rows of that code, in a table with no code column
            self.flush_pending()
            try:
                gcode, gmods = parse_code(m.group(1))
            except ValueParseError:
                gcode, gmods = m.group(1), ()
            self.row_code = (gcode or m.group(1), gmods, clean_text(m.group(2)))
            prev = lines[i - 1] if i else None
            if prev is not None and prev.page == ln.page and ln.top - prev.bottom <= ln.height * 1.5 \
                    and sum(1 for w in prev.words if looks_like_money(w.text)) >= 2 \
                    and not any(token_kind(w.text.strip("()[],;")) == Kind.CODE for w in prev.words) \
                    and (self.last is None or self.last.src.text != prev.text):
                # "Jan 12, 2026 OT evaluation ... $240.00 ..." then "Code 97166 | Mod GO | 1 units": the row above,
                # which printed no code, is this code's (never the next row's)
                rest = self.row_code[2]
                mm = re.search(r"\b(?i:mods?)\b\.?:?\s*((?:[A-Z0-9]{2}\b\s*)+)", rest)
                row_mods = gmods + tuple(t for t in (mm.group(1).split() if mm else []) if t not in gmods)
                self.row_code = (self.row_code[0], row_mods, "")
                read_it = self.row(prev, [token_kind(w.text) for w in prev.words])
                self.row_code = None
                if read_it and self.last is not None and self.last.src.text == prev.text:
                    # (the row was reported as unread when it came with no code: it is read now)
                    self.unread = [u for u in self.unread if not (u.source.page == prev.page and u.source.text == prev.text)]
                    um = re.search(r"\b(\d{1,3}(?:\.\d{1,2})?)\s*units?\b", rest, re.IGNORECASE)
                    if um and self.last.units is None:
                        self.last.units = parse_units(um.group(1))
                    self.count("recognised")
                    return 1
            self.count("recognised")
            return 1
        lead_date = _leading_date([clean_text(w.text) for w in ln.words]) or _trailing_date(ln.text) \
            if (self.header is None or not self.header.has(Field.SERVICE_DATE)) and i + 1 < len(lines) and ln.words \
            and not any(looks_like_money(w.text) for w in ln.words) else None
        if lead_date and re.search(r"[A-Za-z]{3}|/", lead_date) and not (parse_labels(ln).keys() & set(CLAIM_KEYS)) \
                and _claim_heading_follows(lines, i + 1):
            # "January 6, 2026" (maybe with a note: "Service Provider Accepts Medicare Assignment") over "Claim number
            # 26-00512-744-310", maybe with the provider's name, telephone, address or referring doctor between: the
            # date of the claim whose heading follows
            self.next_dates = lead_date
            self.count("recognised")
            return 1
        if self.header is not None and not self.header.has(Field.SERVICE_DATE):
            day = _date_heading(text, self.day_first)
            if day is None and i + 1 < len(lines) and is_service_line(lines[i + 1]) \
                    and (m := re.match(r"(?:date\s+of\s+service|service\s+date)s?:\s+", text, re.IGNORECASE)):
                # "Service date: January 20, 2026" right over its services (a label heading a claim stays one)
                day = _date_heading(text[m.end():], self.day_first)
            if day is not None and self.row_date is None and self.last is not None and self.last.start is None \
                    and self.near_last(ln):
                # "PT evaluation, high complexity (97163) Yes $265.00 ..." over "Jan 6, 2026": a date under each row
                # (the row above has none, and no date has headed rows yet), the date of the row above
                self.last.start = self.last.end = day
                self.last_bottom = ln.bottom
                self.count("recognised")
                return 1
            if day is not None:
                # "Monday, January 5, 2026" over the services of that day, in a table with no date column
                self.flush_pending()
                self.row_date = day
                self.count("recognised")
                return 1
        elif self.header is not None and len(ln.words) == 1 and token_kind(ln.words[0].text) == Kind.DATE \
                and any(c.field is Field.SERVICE_DATE and ln.words[0].x0 < c.x1 and ln.words[0].x1 > c.x0
                        for c in self.header.columns) \
                and (day := _date_heading(text, self.day_first)) is not None:
            # "01/12/26" alone under the dates' heading, the services of that day on the lines under it, undated
            self.flush_pending()
            self.row_date = day
            self.count("recognised")
            return 1
        if self.continuation(ln) or self.second_line(ln):
            self.count("recognised")
            return 1
        ih = info_header(ln)
        if ih is not None:
            if any(c.field in MONEY_FIELDS for c in ih):
                # the heading of the claims' own rows, their totals beside their numbers: those rows (with their
                # amounts) are read as claims by claim_row
                self.claim_header = Header(ih, (ln,))
            else:
                self.info_cols = ih
            self.count("recognised")
            return 1
        kinds = [token_kind(w.text) for w in ln.words]
        has_money = Kind.MONEY in kinds
        # (a number after its label, "MRN 01166", "ACCT 97110", is that number, never a procedure code)
        has_code = any((k == Kind.CODE or token_kind(ln.words[j].text.strip("()[],;")) == Kind.CODE)
                       and not after_number_label(ln.words, j) for j, k in enumerate(kinds))
        if has_money and not has_code and self.amounts_of_pending(ln) and self.row(ln, kinds):
            self.legend_open = False
            return 1
        if has_money and not has_code and self.header is not None and self.last is not None \
                and _POSTING.search(text) and not re.search(r"\b(sub-?)?totals?\b", text, re.IGNORECASE) \
                and self.row(ln, kinds):
            return 1  # a ledger's posting ("XFER  To patient responsibility PR-1 60.00"), not the claim's totals
        if has_money and self.header is None and self.claim_row(ln, kinds):
            return 1  # (under a table's heading, row() reads claim rows first)
        if has_money and not has_code and self.claim_heading_with_totals(ln):
            self.count("recognised")
            return 1
        if has_money and not has_code and self.claim is not None and self.claim.lines \
                and Field.PAYER_CLAIM_ID not in self.claim.own and set(info := parse_labels(ln)) == {Field.PAYER_CLAIM_ID}:
            # "Less: insurance paid, Northstar claim CL8840022570 $521.01" under an account's charges: the insurer's
            # number for the claim just read, printed with its payment
            self.claim.info[Field.PAYER_CLAIM_ID] = info[Field.PAYER_CLAIM_ID]
            self.claim.own.add(Field.PAYER_CLAIM_ID)
        if has_money and not has_code and self.totals(ln, kinds):
            self.legend_mode = self.legend_open = False
            self.count("recognised")
            return 1
        if not has_money and has_code and self.detail_line(ln, text):
            return 1
        if not has_money and not has_code and self.row_facts(ln):
            return 1
        if not has_money and self.legend_line(ln, kinds):
            self.count("recognised")
            return 1
        if not has_money:
            info = parse_labels(with_bars(lines[i]))
            rem = info.pop(Field.REMARKS, None)
            if Field.HOLDER in info and clean_text(ln.words[0].text).lower() == "dear" \
                    and any(Field.HOLDER in c.info or Field.PATIENT in c.info for c in self.claims):
                info = {}  # a letter's salutation names no one new once the member is known
            if rem and self.last is not None and self.near_last(ln):
                self.last.remarks.extend(parse_remarks(rem) or _read_remarks(rem))
                self.last_bottom = ln.bottom
            if info and info.keys() & set(CLAIM_KEYS) and not info.keys() & {Field.PATIENT, Field.HOLDER} \
                    and self.kin_name is not None and self.kin_name[0] == i - 1:
                # "Stefan Hale (Spouse)" alone on its line, then "Claim # H6A0123-017 Acct # RH-9031 ...": whose claim
                # (a list of such names, "Covered on this statement", heads no claim)
                info[Field.PATIENT] = self.kin_name[1]
            if info and Field.MEMBER_ID in info and Field.PATIENT not in info and self.alone_name is not None \
                    and self.alone_name[0] == i - 1:
                # "ROSALIND T. FAIRWEATHER" then "Member ID: SGA00917733": the notice's member, named alone
                info[Field.PATIENT] = self.alone_name[1]
            elif info and Field.MEMBER_ID in info and not info.keys() & {Field.PATIENT, Field.HOLDER} \
                    and (who := _name_over_number(lines, i, info[Field.MEMBER_ID])):
                # "CORNELIUS J. ABERNATHY-VOSS" set over "Medicare Number XXX-XX-4417B" (beside the title on its
                # line): the member the number is for
                info[Field.HOLDER] = who
            elif info and not info.keys() & {Field.PATIENT, Field.HOLDER, Field.CLAIM_ID, Field.PAYER_CLAIM_ID} \
                    and ln.page == 1 and not any(c.lines for c in self.claims) \
                    and len(lead := _left_segment(with_bars(lines[i]))) < len(ln.words) and _member_name(lead) \
                    and (self.addressee_over_street(lines, i) or Field.MEMBER_ID in info) \
                    and not any(Field.HOLDER in c.info or Field.PATIENT in c.info for c in self.claims):
                # "ELEANOR B. HASKETT      Medicare Number XXXX-XX7731" over "1418 ORCHARD RUN LN": the addressee
                # beside the member's number is the plan's holder ("WINIFRED A CALLOWAY | Notice date: ... |
                # Medicare number: ...": beside the member's own number, no street is needed)
                info[Field.HOLDER] = " ".join(lead)
            if info and self.claim_trailer(lines, i, info):
                pass
            elif info:
                self.new_info(ln, info)
            if info or rem:
                self.legend_open = False
                self.count("recognised")
                return 1
            dated = self.info_cols is not None and any(c.field is Field.OTHER_DATE for c in self.info_cols)
            words = [clean_text(w.text) for w in ln.words]
            barred = with_bars(lines[i])
            lead = _left_segment(barred)
            # "WALLACE R. FENNIMORE | Notice date: February 6, 2026": the notice's member, then its own date
            heads_page = len(lead) < len(barred.words) and barred.words[len(lead)].text in _SEPARATORS | _BARS \
                and any(w.text.endswith(":") for w in barred.words[len(lead) + 1:len(lead) + 4])
            if not info and not rem and not _member_name(words) and len(lead) < len(words) and _member_name(lead) \
                    and ln.page == 1 and not any(c.lines for c in self.claims):
                words = lead  # "Walter J. Okonkwo-Biggs      Your out-of-pocket spending in 2026": the name, then a panel
            if not info and not rem and 3 <= len(words) <= 4 and words[-1].startswith("(") and _KIN.match(words[-1]) \
                    and _is_name(words[:-1]):
                self.kin_name = (i, " ".join(words[:-1]))
            if not info and not rem and _member_name(words):
                self.alone_name = (i, " ".join(words))
                street = self.addressee_over_street(lines, i) or heads_page and words == lead
                if ln.page == 1 and not any(c.lines for c in self.claims) and street \
                        and not any(Field.HOLDER in c.info or Field.PATIENT in c.info for c in self.claims):
                    # the addressee atop the first page ("CLARENCE W. ABERNATHY" over "77 SYCAMORE LANE"): the
                    # plan's holder, who is the patient where no claim names another person
                    self.new_info(ln, {Field.HOLDER: " ".join(words)})
                    self.count("recognised")
                    return 1
            info_cols = self.info_cols
            if info_cols is None and self.header is not None and not any(looks_like_money(w.text) for w in ln.words) \
                    and len(self.header.fields() & {Field.PATIENT, Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID}) >= 3:
                # "WREN, TOBIAS J  700118245 2626005112400 OT-5512" under "RECIPIENT NAME  RECIP ID  ICN  PAT ACCT" of
                # a heading that goes on with the services' own columns: the claim's line, its services under it
                info_cols = self.header.columns
            if info_cols is not None and Kind.CODE not in kinds and (Kind.DATE not in kinds or dated):
                cells = cut(ln.words, info_cols)
                vals = {f: cells.text(f) for f in INFO_FIELDS if cells.text(f)}
                # a number under a number's heading starts with its digits ("SPT-32417 VOID OF TCN ..." is
                # "SPT-32417"); words with no number under it ("CREDIT LINE FOLLOWED") mean the line is no
                # row of claim values
                for f in (Field.PATIENT, Field.HOLDER):
                    toks = vals.get(f, "").split()
                    k = next((j for j, t in enumerate(toks) if re.search(r"\d", t)), None)
                    if k:
                        # "BELLAMY, JOSIAH T 44190058812" under "RECIPIENT NAME": the name ends where a number
                        # starts (the recipient's id, slid out from under its own heading)
                        vals[f] = " ".join(toks[:k])
                        if Field.MEMBER_ID not in vals and any(c.field is Field.MEMBER_ID for c in info_cols) \
                                and _ID_SHAPE.match(toks[k]):
                            vals[Field.MEMBER_ID] = toks[k]
                ids_ok = True
                for f in [f for f in vals if f in CLAIM_KEYS]:
                    first = vals[f].split()[0]
                    ids_ok = ids_ok and bool(re.search(r"\d", first))
                    vals[f] = first
                if len(vals) >= 2 and ids_ok:
                    self.new_info(ln, vals)
                    self.count("recognised")
                    return 1
        if self.header is not None and self.row(ln, kinds):
            self.legend_open = False
            return 1
        self.legend_open = False
        if kinds.count(Kind.MONEY) >= 2 and has_code:
            # a service-shaped row under no heading we could confirm: take the columns from the rows'
            # own geometry and the heading words above them (values no heading names are not read)
            guess = infer_header(lines, i)
            if guess is not None:
                old_header = self.header
                self.header = guess
                if self.row(ln, kinds):
                    return 1
                self.header = old_header
        if kinds.count(Kind.MONEY) >= 2 and has_code and (labelled := _labelled_row(ln)) is not None \
                and self.row_under(*labelled):
            # "SVC 01/05/2026 HC:97168:GO UNITS 1 CHG 130.00 ALLOW 66.75 ... PAID 52.33 CAS CO45 63.25": each
            # value after its own label, no table heading: the labels are the row's own columns
            return 1
        if kinds.count(Kind.MONEY) >= 3 and has_code and self.header is None and (shaped := _shaped_row(ln)) is not None \
                and self.row_under(*shaped):
            return 1  # a row under no heading at all, its amounts named by its own arithmetic (``_shaped_row``)
        if kinds.count(Kind.MONEY) >= 2 and self.summary_row(ln):
            self.count("recognised")
            return 1
        if kinds.count(Kind.MONEY) >= 2 and (has_code or code_in_text(text)) \
                or kinds.count(Kind.MONEY) == 1 and has_code and kinds[:1] == [Kind.DATE]:
            # (a statement's charge, "01/02/26 0450 99283 Emergency department visit 1 480.00", is a service too)
            self.flush_pending()
            why = "looks like a service line but no table heading was found above it" if self.header is None \
                else "looks like a service line but its columns could not be read"
            self.unread.append(Unread(self.ref(ln), why))
            self.count("unread")
            return 1
        if self.header is not None and kinds.count(Kind.MONEY) >= 2 \
                and (kinds[:1] == [Kind.DATE] or _leading_date([clean_text(w.text) for w in ln.words])) \
                and not _TOTAL_WORDS.search(text) and not re.search(r"\bpayments?\b|\bpmt\b", text, re.IGNORECASE):
            # a dated row of amounts that names no procedure code anywhere: never dropped without a word
            self.flush_pending()
            self.unread.append(Unread(self.ref(ln), "a dated row of amounts with no procedure code"))
            self.count("unread")
            return 1
        self.count("recognised")
        return 1

    def row_under(self, header: Header, values: TextLine) -> bool:
        """Read ``values`` as a row under a heading made for that row alone; the table's own heading stays."""
        old_header = self.header
        self.header = header
        try:
            return self.row(values, [token_kind(w.text) for w in values.words])
        finally:
            self.header = old_header

    def block(self, lines: list[TextLine], i: int) -> int:
        """A service printed as a block of ``Label: value`` pairs rather than a table row (``Service date:
        January 5, 2026  Procedure: 97530 GO  Units: 4`` / a description / ``Billed: $380.00  Insurance
        paid: $237.12`` / ``You owe: $5.00  Adjustments: CO-45 $83.60``): one service line per block. The
        block starts at a line labelling the date or the code, takes the labelled lines (and short text
        lines between them) right below it, and ends where a field it already has is labelled again or
        at anything else. It counts only when it names a procedure code and an amount; the first label
        of a field wins ("Insurance paid" before "Program paid"). Returns the number of lines taken."""
        first = content(lines[i])
        pairs = label_pairs(first) or keyword_pairs(first)
        if not pairs:
            # the block's number before its labels ("Service Line 2  Date of Service: ...", "Line 3  Procedure: ...")
            texts = [clean_text(w.text) for w in first.words]
            m = _BLOCK_NUMBER.match(" ".join(texts[:4]))
            if m:
                k = len(m.group(0).split())
                pairs = label_pairs(TextLine(first.page, first.number, first.words[k:]))
        if not pairs or not any(f in (Field.SERVICE_DATE, Field.CODE) for f, _ in pairs):
            return 0
        seen: dict[Field, str] = {}
        desc: list[str] = []
        members = [first]

        def take(ps: list[tuple[Field | None, str]]) -> None:
            for f, v in ps:
                if f is not None and v and f not in seen:
                    seen[f] = v

        take(pairs)
        j = i + 1
        pending_desc: list[str] = []
        while j < len(lines) and j < i + 10:
            ln = content(lines[j])
            prev = members[-1]
            if not ln.words or ln.page != prev.page or ln.top - prev.bottom > max(ln.height, prev.height) * 1.6:
                break
            ps = label_pairs(ln) or keyword_pairs(ln)
            if ps:
                if any(f in seen and f in (Field.SERVICE_DATE, Field.CODE, Field.BILLED) for f, _ in ps):
                    break  # the next service's block
                take(ps)
                desc.extend(pending_desc)
                pending_desc = []
                members.append(ln)
                j += 1
                continue
            kinds = [token_kind(w.text) for w in ln.words]
            if Kind.MONEY in kinds or len(ln.words) > 12 or any(w.text.endswith(":") for w in ln.words) \
                    or pending_desc:
                break
            pending_desc.append(clean_text(ln.text))
            members.append(ln)
            j += 1
        if pending_desc:  # a text line after the block is not part of it
            members = members[: len(members) - len(pending_desc)]
        code = mods = None
        try:
            code, mods = parse_code(seen.get(Field.CODE, ""))
        except ValueParseError:
            found = code_and_modifiers_in_text(seen.get(Field.CODE, ""))
            if found:
                code, mods = found
        money: dict[Field, Decimal] = {}
        for f in _MONEY_LINE_FIELDS:
            if f in seen:
                try:
                    a = parse_money(seen[f].split(" ")[0].rstrip(",;"))
                except ValueParseError:
                    continue
                if a is not None:
                    money[f] = a
        if code is None or not (money.keys() & {Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES}):
            return 0
        if Field.MODIFIERS in seen:
            try:
                mods = tuple(mods or ()) + tuple(m for m in parse_modifiers(seen[Field.MODIFIERS]) if m not in (mods or ()))
            except ValueParseError:
                pass
        start = end = None
        if Field.SERVICE_DATE in seen:
            try:
                start, end = parse_date_range(seen[Field.SERVICE_DATE], self.day_first)
            except ValueParseError:
                start = end = None
        units = None
        if Field.UNITS in seen:
            try:
                units = parse_units(seen[Field.UNITS].split(" ")[0])
            except ValueParseError:
                units = None
        adj_txt = " ".join(seen[f] for f in (Field.ADJUSTMENT_CODE, Field.ADJUSTMENT) if f in seen)
        adjs = list(parse_adjustments(adj_txt))
        remarks = _read_remarks(seen.get(Field.REMARKS, "")) + list(parse_remarks(adj_txt))
        if Field.DESCRIPTION in seen:
            desc.insert(0, seen[Field.DESCRIPTION])
        self.flush_pending()
        last = members[-1]
        lb = _LineB(self.ref(first), first.top, last.bottom, first.page, code, tuple(mods or ()), units, start, end,
                    money, adjs, remarks, desc)
        claim = self.current_claim(first)
        claim.lines.append(lb)
        self.last = lb
        self.last_bottom = last.bottom
        self.count("lines")
        self.count("recognised", len(members) - 1)
        return len(members)

    def claim_heading_with_totals(self, ln: TextLine) -> bool:
        """A claim heading that also prints the claim's amounts (an 835 print's ``CLP PATIENT CTRL #: A-1
        STATUS: 1 PROCESSED AS PRIMARY CHARGE: 352.00 PAID: 182.02 PT RESP: 85.50``): a new claim with
        those amounts as its printed totals. Only a line naming a claim number with labels counts."""
        if re.search(r"\btotals?\b", ln.text, re.IGNORECASE):
            return False
        pairs = label_pairs_loose(ln)
        info = parse_labels(ln)
        if not (info.keys() & set(CLAIM_KEYS)):
            return False
        texts = [clean_text(w.text) for w in ln.words]
        keyed = not pairs and looks_like_money(texts[-1]) and (
            any(match_header(" ".join(texts[:k])) in CLAIM_KEYS and _ID_SHAPE.match(texts[k]) and not looks_like_money(texts[k])
                for k in (1, 2, 3) if len(texts) > k)
            # "CLP PATIENT CTRL# SR10422 STATUS 1 ...": a segment tag, then the claim number's label
            or any(start <= 1 for start, _, _ in keyed_ids(texts))
            # "NAME OYELARAN, TOBI  RECIP ID ...  ICN 2226005001235 ... CLAIM BILLED 770.00": a claim's heading
            # opening with its person's label
            or match_header(texts[0]) in (Field.PATIENT, Field.MEMBER_ID) and len(info.keys() & set(INFO_FIELDS)) >= 3)
        if keyed:
            # "PAT ACCT NO SPK-11820 STATUS PAID CLM CHRG 610.00 CLM PD 304.63": colon-less keys, each amount
            # named by the word right before it
            pairs = [(match_header(texts[k - 1], True), texts[k]) for k in range(1, len(texts)) if looks_like_money(texts[k])]
        elif not any(f in CLAIM_KEYS for f, _ in pairs) and not (
                _leading_key(texts) and len(info.keys() & set(INFO_FIELDS)) >= 3):
            # the claim number must be printed under a "Label:" of its own, or open a heading that names the
            # claim's person and numbers ("Claim 2026012700917 Member: Ana Lucía Ferreira Member ID: ...")
            return False
        self.new_info(ln, info)
        self.printed_totals(ln, [(f, v.split(" ")[0]) for f, v in pairs])
        return True

    def printed_totals(self, ln: TextLine, amounts: list[tuple[Field | None, str]]) -> None:
        """The claim's printed totals from the amounts a claim heading gives (billed, allowed, paid, owed;
        the first of each), unless the claim has its totals already."""
        c = self.current_claim(ln)
        vals: dict[Field, Decimal] = {}
        for f, text in amounts:
            if f is not None and f in (Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES) and f not in vals:
                try:
                    a = parse_money(text)
                except ValueParseError:
                    continue
                if a is not None:
                    vals[f] = a
        if vals and c.totals is None:
            c.totals = Totals(vals.get(Field.BILLED), vals.get(Field.ALLOWED), vals.get(Field.PAID),
                              vals.get(Field.PATIENT_OWES), self.ref(ln))

    def amounts_of_pending(self, ln: TextLine) -> bool:
        """The line (amounts, no code) completes the service row right above it, which printed the code,
        units and modifiers but no amounts: two text lines, one service. Decided by what each line carries
        and by geometry (the very next line, within two line heights), never by a label word."""
        p = self.pending
        if p is None or not p.ident or self.header is None or ln.page != p.line.page:
            return False
        if ln.top - p.line.bottom > max(ln.height, p.line.height) * 2.0:
            return False
        cells = cut(ln.words, self.header.columns)
        code, _, _ = _read_code(cells)
        return code is None and not cells.text(Field.SERVICE_DATE)

    def near_last(self, ln: TextLine) -> bool:
        """The line sits right under the last service line (or under a line already added to it): a few
        line heights at most, same page. Text further down (legends, notices) never adds to a line."""
        last = self.last
        if last is None or ln.page != last.page:
            return False
        return ln.top - self.last_bottom <= max(ln.height, last.bottom - last.top) * 3.2

    def second_line(self, ln: TextLine) -> bool:
        """A row's second text line under headings that name two values ("Proc / Mod" over "97165" then "GO";
        "Claim No. / Patient" over the claim number, then the patient's name): the second values of the row."""
        hdr, last = self.header, self.last
        if hdr is None or not hdr.second or last is None or not self.near_last(ln) \
                or any(looks_like_money(w.text) for w in ln.words):
            return False
        cells = cut(ln.words, hdr.columns)
        second = dict(hdr.second)
        if not cells.words or any(j not in second for j in cells.words):
            return False
        got = {second[j]: clean_text(" ".join(w.text for w in ws)) for j, ws in cells.words.items()}
        if Field.MODIFIERS in got:
            try:
                mods = parse_modifiers(got.pop(Field.MODIFIERS))
            except ValueParseError:
                return False
            last.modifiers = tuple(last.modifiers) + tuple(m for m in mods if m not in last.modifiers)
        if Field.DESCRIPTION in got:
            last.desc.append(got.pop(Field.DESCRIPTION))
        c = self.claim
        if c is not None:
            for f, v in got.items():
                if f in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.MEMBER_ID):
                    v = v.split()[0]
                if f is Field.PATIENT:
                    v = name_value(v)
                if v and f not in c.own:
                    c.info[f] = v
                    c.own.add(f)
                    if f in (Field.PATIENT, Field.MEMBER_ID, Field.PROVIDER):
                        self.carry[f] = v
        self.last_bottom = ln.bottom
        return True

    def continuation(self, ln: TextLine) -> bool:
        """A line right under a service line that carries only adjustments and remark codes, in any
        spelling (``ADJ: CO 45 88.70   PR 3 3.00   RMK: N20``, ``Adj CO-45 45.60``, ``Remarks: N130``): they
        belong to that service line."""
        last = self.last
        if last is None or self.pending is not None or not self.near_last(ln):
            return False
        if last.adj_amounts and self.stacked_adjustment_amount(ln):
            return True
        hdr = self.header
        if hdr is not None and any(label_group(c.label) for c in hdr.columns):
            cells = cut(ln.words, hdr.columns)
            more = grouped_cells(cells)
            if more and all(label_group(hdr.columns[j].label) for j in cells.words):
                # "253: 0.93  2: 11.64" under "Contractual (CO)" and "Patient resp. (PR)": more of the line's adjustments
                last.adjustments.extend(more)
                self.last_bottom = ln.bottom
                return True
        toks = [clean_text(w.text).strip(",;") for w in ln.words]
        if last.code is not None and not last.modifiers and 1 <= len(toks) <= 3 \
                and all(token_kind(t) == Kind.MOD or t in _NUMERIC_MODIFIERS for t in toks) \
                and (hdr is None or not hdr.has(Field.REMARKS) or not _under_remarks(ln, hdr)):
            # "... treatment 92507 $160.00 ..." over "GN": the code's modifiers wrapped onto the next text line
            last.modifiers = tuple(toks)
            self.last_bottom = ln.bottom
            return True
        found = adjustment_only(ln.text)
        if found is None:
            return False
        adjs, remarks = found
        last.adjustments.extend(adjs)
        last.remarks.extend(remarks)
        self.last_bottom = ln.bottom
        return True

    def stacked_adjustment_amount(self, ln: TextLine) -> bool:
        """An amount alone on its text line, under the adjustment-amount column, right under a row whose
        adjustment codes outnumber its amounts: the next code's amount. Once every code has one, they are
        paired in printed order."""
        last, hdr = self.last, self.header
        if last is None or hdr is None or len(ln.words) != 1 or not looks_like_money(ln.words[0].text):
            return False
        w = ln.words[0]
        col = next((c for c in hdr.columns if c.field is Field.ADJUSTMENT), None)
        if col is None or min(w.x1, col.x1) - max(w.x0, col.x0) <= 0:
            return False
        try:
            amt = parse_money(w.text)
        except ValueParseError:
            return False
        if amt is None:
            return False
        last.adj_amounts.append(amt)
        if len(last.adj_amounts) == len(last.adjustments):
            last.adjustments = [Adjustment(a.group, a.reason, amt) for a, amt in zip(last.adjustments, last.adj_amounts)]
            last.adj_amounts = []
        self.last_bottom = ln.bottom
        return True

    # -------------------------------------------------------------------------------- legend

    def legend_line(self, ln: TextLine, kinds: list[str]) -> bool:
        words = [w.text for w in ln.words]
        text = clean_text(ln.text)
        if _LEGEND_HEAD.search(text) and len(words) <= 9 and Kind.CODE not in kinds and not re.search(r"\d", text) \
                and not words[0][:1].islower() and not (parse_labels(ln).keys() & INFO_FIELDS):
            # (a sentence running on from the line above, "shown as group code and reason code.", heads nothing)
            self.flush_pending()
            self.legend_mode = True
            self.legend_open = False
            return True
        if (m := _LABELLED_ENTRY.match(text)) and _LEGEND_HEAD.search(m.group(1)) \
                and m.group(2).upper() not in _NOT_CODES and len(re.findall(r"[a-zA-Z]{2,}", m.group(3))) >= 3:
            # a legend of one entry after its label ("Why codes: L4 - Your plan does not cover ..."): it
            # explains the code, it is not a remark of the row above
            self.flush_pending()
            self.legend.append([m.group(2), clean_text(m.group(3))])
            self.legend_mode = self.legend_open = True
            self.legend_body_x = ln.words[0].x1
            return True
        first = clean_text(words[0]).upper()
        strong = bool(REMARK_RE.fullmatch(first.rstrip(":.)-")) or re.fullmatch(r"(CO|PR|OA|PI|CR)[-\s]?[A-Z]?\d{1,3}[:.)]?", first))
        rest = words[1:]
        alpha = sum(1 for w in rest if re.search(r"[a-zA-Z]{2,}", w))
        if (strong or (self.legend_mode and _LEGEND_CODE.match(first) and first.rstrip(":.)-") not in _NOT_CODES
                       and not (parse_labels(ln).keys() & set(CLAIM_KEYS)))) \
                and alpha >= 3 and Kind.CODE not in kinds[1:3]:
            # (a claim heading after a legend, "TCN: 26-041-00318-02 Patient account: ...", is no legend entry)
            code = first.rstrip(":.)-")
            body = clean_text(" ".join(rest)).lstrip(":-. ")
            if len(rest) and rest[0] in ("-", ":", "\u2013"):
                body = clean_text(" ".join(rest[1:]))
            self.flush_pending()
            self.legend.append([code, body])
            self.legend_open = True
            body_words = rest[1:] if rest and rest[0] in ("-", ":", "\u2013") else rest
            self.legend_body_x = ln.words[len(ln.words) - len(body_words)].x0 if body_words else ln.words[0].x1
            return True
        # a wrapped legend text continues under the text of its entry, not under the code (a paragraph
        # starting at the code's margin is new text, not part of the entry)
        if self.legend_mode and self.legend_open and self.legend and Kind.CODE not in kinds and alpha >= 1 \
                and ln.words[0].x0 >= self.legend_body_x - ln.size * 0.6:
            self.legend[-1][1] = clean_text(self.legend[-1][1] + " " + text)
            return True
        return False

    # -------------------------------------------------------------------------------- totals

    def totals(self, ln: TextLine, kinds: list[str]) -> bool:
        first_money = next(i for i, k in enumerate(kinds) if k == Kind.MONEY)
        label_text = " ".join(w.text for w in ln.words[:first_money])
        if not _TOTAL_WORDS.search(clean_text(ln.text)) or not _TOTAL_WORDS.search(" ".join(w.text for w in ln.words)):
            return False
        if not _TOTAL_WORDS.search(label_text) and not _TOTAL_WORDS.search(clean_text(ln.text).split(" ")[0]):
            # the keyword must label the amounts, not sit inside a description after them
            if not any(_TOTAL_WORDS.search(ln.words[i].text) for i in range(len(ln.words)) if kinds[i] != Kind.MONEY):
                return False
        self.flush_pending()
        values: dict[Field, Decimal] = {}
        label: list[str] = []
        money_words = []
        net: Decimal | None = None
        for w, k in zip(ln.words, kinds):
            if k != Kind.MONEY:
                label.append(w.text)
                continue
            amt = parse_money(w.text)
            lab = clean_text(" ".join(label)).lower()
            label = []
            stripped = re.sub(r"\b(claim|sub-?totals?|totals?|grand|for|all|claims|this|page|statement|amount|amt)\b", " ", lab)
            f = match_header(stripped) if stripped.strip() else None
            if re.search(r"\bnet\b", lab) and f is None:
                net = amt
                continue
            if f in (Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES) and f not in values and amt is not None:
                values[f] = amt
                continue
            if stripped.strip() and f is None and re.search(r"[a-z]{3,}", stripped) and not _TOTAL_WORDS.search(lab):
                continue  # an amount labelled with something we do not know (interest, late filing...)
            money_words.append(w)
        if money_words and self.header is not None:
            # amounts of a totals line belong to amount columns only (a total printed a little off its
            # column must not land in a units or date column)
            money_cols = tuple(c for c in self.header.columns if c.field in MONEY_FIELDS)
            mcols = tuple(c for c in self.header.columns if c.field in MONEY_FIELDS or c.field is Field.ADJUSTMENT_CODE)
            mcols = mcols or self.header.columns
            if len(money_cols) == len(money_words):
                # one total per amount column: their order is their meaning, wherever they are printed
                mcols = money_cols
                cells = Cells(mcols, {j: [w] for j, w in enumerate(money_words)})
            elif len(mcols) == len(money_words):
                cells = Cells(mcols, {j: [w] for j, w in enumerate(money_words)})
            else:
                cells = cut(money_words, mcols)
            for j, ws in cells.words.items():
                f = mcols[j].field
                if f in (Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES) and f not in values and len(ws) == 1:
                    a = parse_money(ws[0].text)
                    if a is not None:
                        values[f] = a
        if net is not None and Field.PAID not in values:
            values[Field.PAID] = net
        src = self.ref(ln)
        low = clean_text(ln.text).lower()
        statement_level = bool(re.search(r"\b(grand|statement|all claims|check|payment|eft|provider totals?)\b", low))
        page_level = bool(re.search(r"\bpage\s+totals?\b", low))
        if page_level:
            return True
        c = self.claim
        if not statement_level and c is not None and (c.lines or "claim" in low):
            old = c.totals
            if old is None:
                c.totals = Totals(values.get(Field.BILLED), values.get(Field.ALLOWED), values.get(Field.PAID),
                                  values.get(Field.PATIENT_OWES), src)
                return True
            fill_only = not re.search(r"\btotal", low) or re.search(r"\badj\w*\s+to\s+totals?\b", low) \
                or all(getattr(old, f.value if f is not Field.PAID else "paid", None) is None for f in values)
            if fill_only:
                # "PT RESP" / "NET" / "ADJ TO TOTALS" lines fill what the claim-total line left open
                c.totals = Totals(old.billed if old.billed is not None else values.get(Field.BILLED),
                                  old.allowed if old.allowed is not None else values.get(Field.ALLOWED),
                                  old.paid if old.paid is not None else values.get(Field.PAID),
                                  old.patient_owes if old.patient_owes is not None else values.get(Field.PATIENT_OWES),
                                  old.source)
                return True
        old = self.stmt_totals
        if old is None:
            self.stmt_totals = Totals(values.get(Field.BILLED), values.get(Field.ALLOWED), values.get(Field.PAID),
                                      values.get(Field.PATIENT_OWES), src)
        return True

    # -------------------------------------------------------------------------------- rows

    def claim_row(self, ln: TextLine, kinds: list[str]) -> bool:
        """A row under the claims' own heading of a two-tier remit ("ABERNATHY-COLE, JOSIAH M  910044177320
        JMA-3318  2226005000418  1,578.00  607.33 ..."): it opens the claim its services follow, and its amounts
        are the claim's printed totals."""
        ch = self.claim_header
        if ch is None or _TOTAL_WORDS.search(ln.text):
            return False
        nk = [token_kind(w.text) for w in self.next_words]
        if Kind.CODE not in nk and not (len(nk) >= 4 and not {Kind.MONEY, Kind.DATE} & set(nk)
                                        and not self.next_words[0].text.endswith(":")):
            # a claim's row is followed by its services (or their heading); rows of claims one after another
            # are a summary of claims whose details come later
            return False
        cells = cut(ln.words, ch.columns)
        if any(token_kind(w.text) == Kind.CODE for j, ws in cells.words.items() for w in ws
               if ch.columns[j].field not in INFO_FIELDS):
            return False  # a procedure code outside the claim's numbers: a service row
        info = {f: cells.text(f) for f in (Field.PATIENT, Field.HOLDER, Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID)
                if cells.text(f)}
        for f in (Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID):
            if f in info:
                first = info[f].split()[0]
                if not _ID_SHAPE.match(first) or re.fullmatch(r"[$(]?-?[\d,]*\.\d{2}\)?-?", first):
                    return False  # (an amount under a number's heading: a totals row)
                info[f] = first
        for f in (Field.PATIENT, Field.HOLDER):
            if f in info and not re.match(r"[A-Za-zÀ-ÿ]", info[f]):
                return False
            if f in info:
                info[f] = name_value(info[f])
        if len(info) < 2 or not (info.keys() & set(CLAIM_KEYS)):
            return False
        self.new_info(ln, info)
        self.printed_totals(ln, [(ch.columns[j].field, ws[0].text) for j, ws in sorted(cells.words.items())])
        self.count("recognised")
        return True

    def row(self, ln: TextLine, kinds: list[str]) -> bool:
        """Read a row of the current table. False when the line is not a row of it."""
        hdr = self.header
        if hdr is None:
            return False
        if self.claim_row(ln, kinds):
            return True
        cells = cut(ln.words, hdr.columns)
        _adjustment_overflow(cells)
        _bracket_overflow(cells)
        # the service's words as the row prints them: under the description's heading, or the code's ("Service (code)")
        worded_cell = cells.text(Field.DESCRIPTION) or cells.text(Field.CODE)
        money: dict[Field, Decimal] = {}
        bad: list[str] = []
        trailing_notes: list[str] = []
        spill = ""  # adjustment codes printed into an amount's cell
        desc_spill = ""  # the end of a description printed into the first amount's cell
        tail_amounts = ""  # the last adjustment's amount run on into the last amount's cell
        mod_spill: list[str] = []  # a numeric modifier run on into the first amount's cell
        times_spill: list[str] = []  # a count written "x1" run on into the first amount's cell
        lead_dated = False  # the row's date is the date it opens with (no date column)
        lead_n = 1  # (the words that date is printed in)
        loose_notes: list[str] = []  # note-code-shaped words under a heading we do not know ("Ref": "D1")
        for j, ws in cells.words.items():
            f = hdr.columns[j].field
            if (f is None or f is Field.CODE and not any(token_kind(w.text) == Kind.CODE for w in ws)) \
                    and 1 <= len(ws) <= 3 and all(_NOTE_CODE.fullmatch(w.text.strip(",;")) for w in ws):
                # (or under a "Code" heading that holds no procedure code: "D02" after the amounts, the code itself
                # printed on the row's next line)
                loose_notes.extend(w.text.strip(",;") for w in ws)
            if f is Field.APPROVED and len(ws) >= 2 and ws[0].text.strip(",;").lower() in ("yes", "no") \
                    and all(_NOTE_CODE.fullmatch(w.text.strip(",;")) for w in ws[1:]):
                # "Yes A B" under "Approved? See Notes": the answer, then the notes that explain it
                trailing_notes.extend(w.text.strip(",;") for w in ws[1:])
            if f is None or f in (Field.ADJUSTMENT_CODE, Field.ADJUSTMENT, Field.OTHER_INSURANCE):
                continue
            if f in _MONEY_LINE_FIELDS:
                if j == len(hdr.columns) - 1 and len(ws) >= 3 and looks_like_money(ws[-2].text) \
                        and REMARK_RE.fullmatch(ws[-1].text.strip(",;")) and looks_like_money(ws[0].text):
                    # "... CO-253 | 0.95 46.44 N640": a remark code after the last amount, the cell's other words
                    # read as below
                    trailing_notes.append(ws[-1].text.strip(",;"))
                    ws = ws[:-1]
                txt = " ".join(w.text for w in ws)
                if len(ws) >= 2 and looks_like_money(ws[-1].text) and not hdr.has(Field.UNITS) \
                        and all(re.fullmatch(r"\d{1,2}|[x\u00d7]\d{1,2}", w.text) for w in ws[:-1]) \
                        and j == min(k for k, c in enumerate(hdr.columns) if c.field in _MONEY_LINE_FIELDS):
                    # the count of a description that runs into the first amount's column ("... (97165-GO, 1  $210.00"
                    # with "unit)" on the next line): the amount is the cell's last word
                    txt = ws[-1].text
                    times_spill = _multipliers([w.text for w in ws[:-1]])  # "x1 | 85.00": the count
                    worded_before = worded_cell.split()
                    if worded_before and token_kind(worded_before[-1].strip(",;")) in (Kind.MOD, Kind.CODE) \
                            and all(w.text in _NUMERIC_MODIFIERS for w in ws[:-1]):
                        mod_spill = [w.text for w in ws[:-1]]  # "97530 GO | 59 $285.00": the code's last modifier
                elif len(ws) >= 2 and looks_like_money(ws[-1].text) and j > 0 \
                        and hdr.columns[j - 1].field in (Field.DESCRIPTION, Field.CODE) \
                        and all(re.fullmatch(r"[(\[]?[A-Za-z][A-Za-z/&,.'()-]*", w.text) or _BRACKET_CODE.fullmatch(w.text)
                                or re.fullmatch(r"[A-Z0-9]{2}[),;]*", w.text)
                                and (_open_bracket(worded_cell) or _after_code(ws[:k]))
                                or w.text in _SEPARATORS or token_kind(w.text) == Kind.CODE
                                or re.fullmatch(r"\d{1,3}", w.text) and _word_before(ws, k, worded_cell) in _PER_WORDS
                                for k, w in enumerate(ws[:-1])) \
                        and j == min(k for k, c in enumerate(hdr.columns) if c.field in _MONEY_LINE_FIELDS):
                    # a long description run into the first amount's column ("Self-care/home management training
                    # 82.00" with "training" under "Amount Billed", or its code, "(97162-GP) $235.00"): the words
                    # are the description's
                    desc_spill = " ".join(w.text for w in ws[:-1])
                    txt = ws[-1].text
                elif j == len(hdr.columns) - 1 and 2 <= len(ws) <= 5 and looks_like_money(ws[0].text) \
                        and all(re.fullmatch(r"[A-Za-z][a-z]+[.,;]?", w.text) for w in ws[1:]):
                    # words after the last amount under no heading of their own ("130.00  Not covered"): the
                    # line's note, kept with its description
                    desc_spill = clean_text(desc_spill + " " + " ".join(w.text for w in ws[1:]))
                    txt = ws[0].text
                elif j == len(hdr.columns) - 1 and len(ws) >= 3 and looks_like_money(ws[0].text) \
                        and _REMARK_LABEL.match(ws[1].text.rstrip(":").upper()) \
                        and all(REMARK_RE.fullmatch(w.text.strip(",;")) for w in ws[2:]):
                    # "0.00 REM: N115": the line's remark codes after its last amount, with their label
                    trailing_notes.extend(w.text.strip(",;") for w in ws[2:])
                    txt = ws[0].text
                elif j == len(hdr.columns) - 1 and len(ws) >= 2 and looks_like_money(ws[0].text) \
                        and all(_NOTE_CODE.fullmatch(w.text.rstrip(",;")) for w in ws[1:]):
                    # note codes printed after the last amount under no heading of their own ("85.50  RC", "51.64
                    # A, B"), explained in the document's legend: the line's remark codes
                    trailing_notes.extend(w.text.rstrip(",;") for w in ws[1:])
                    txt = ws[0].text
                elif len(ws) >= 2 and looks_like_money(ws[0].text) and looks_like_money(ws[-1].text) \
                        and all(looks_like_money(w.text) or token_kind(w.text) == Kind.ADJ for w in ws[1:-1]) \
                        and j == max(k for k, c in enumerate(hdr.columns) if c.field in _MONEY_LINE_FIELDS) \
                        and _OPEN_CODE.search(clean_text(" ".join(cells.text(g) for g in (
                            Field.ADJUSTMENT_CODE, Field.ADJUSTMENT, Field.REMARKS)))):
                    # "... PR-2 5.27 CO-253 | 0.42 20.66": the last adjustment's amount ran on into the last amount's
                    # column, maybe with more adjustments ("PR-2 | 8.22 CO-253 0.66 32.24"); the column's own amount
                    # is its last
                    tail_amounts = " ".join(w.text for w in ws[:-1])
                    txt = ws[-1].text
                if txt.lower().strip(".*()") in _NO_AMOUNT:
                    continue  # "pending", "n/a": no amount yet, printed as a word
                if len(ws) >= 3 and looks_like_money(ws[0].text) and _GROUP_ONLY.match(ws[1].text) \
                        and (hdr.has(Field.ADJUSTMENT) or hdr.has(Field.ADJUSTMENT_CODE)):
                    # "285.20 CO 45 | 354.80": an adjustment's group and reason pushed into the amount before them
                    spill = " ".join(w.text for w in ws[1:])
                    txt = ws[0].text
                try:
                    a = parse_money(txt)
                except ValueParseError:
                    bad.append(f"{hdr.columns[j].label}: {txt[:30]!r}")
                    continue
                if a is not None and f not in money:
                    money[f] = a
        if money.get(Field.PAID, 0) < 0 < money.get(Field.BILLED, 0) \
                and any(c.field is Field.PAID and _CREDIT_COLUMN.search(c.label) for c in hdr.columns):
            # a statement's payments column prints the insurer's payment as a credit to the account ("49.28-" under
            # "Ins Payments" beside a charge of 160.00): what the insurer paid for the line
            money[Field.PAID] = -money[Field.PAID]
        elif money.get(Field.PAID, 0) < 0 < money.get(Field.BILLED, 0) and Field.PATIENT_OWES in money \
                and _credits_balance(money, cells.text(Field.ADJUSTMENT)):
            # "210.00 (77.76) (37.80) 94.44": the charge less the insurer's payment and write-off, both printed as
            # credits, is what the family owes: the payment is the insurer's, an amount paid
            money[Field.PAID] = -money[Field.PAID]
        code, mods, code_bad = _read_code(cells)
        if code is not None and mod_spill and len(mods) + len(mod_spill) <= 4 and not set(mod_spill) & set(mods):
            mods = mods + tuple(mod_spill)
        if not code_bad and desc_spill and (spilt := code_and_modifiers_in_text(
                clean_text(worded_cell + " " + desc_spill))) \
                and (code is None or spilt[0] == code and len(spilt[1]) > len(mods)):
            # the code at the end of a description run into the charge's column, or its modifiers ("(97535 | GO 59)")
            code, mods = spilt
            spilt_words = desc_spill.split()
            after = spilt_words[spilt_words.index(code) + 1:] if code in spilt_words else []
            if not mods and after:
                # ("training - | 97535 GO 82.00": the code and its modifiers, spaced, all the description's spill holds
                # after its words)
                try:
                    mods = parse_modifiers(" ".join(after))
                except ValueParseError:
                    mods = ()
        if code is None and self.row_code is not None and not hdr.has(Field.CODE) and money \
                and not _TOTAL_WORDS.search(clean_text(ln.text)):
            code, grouped_mods, _ = self.row_code
            mods = mods or grouped_mods
        card = self.card[1] if self.card is not None and self.card[0] is hdr and money and code is None \
            and not code_bad and not cells.text(Field.CODE) else None
        if card is not None:
            code, mods = card.code, card.modifiers
            self.card = None
        if code is None and money and is_claim_summary(hdr) and not code_in_text(_all_text(cells)) and not self.code_below:
            # a row of a claim summary table (one row per claim: patient, provider, claim number, amounts):
            # the claim's totals, never a service line; the claim's own lines follow in its details
            self.flush_pending()
            self.count("recognised")
            return True
        start = end = None
        date_bad = False
        dtxt = _with_year(cells.text(Field.SERVICE_DATE), cells)
        if dtxt and re.fullmatch(r"\d{6}|\d{8}", dtxt):
            # a paper remit's "0113 011626" (from MMDD, to MMDDYY) with its first half in the column before
            at = next((k for k, w in enumerate(ln.words) if w.text == dtxt), None)
            if at and _MMDD.fullmatch(ln.words[at - 1].text) \
                    and any(len(ws) > 1 and ws[-1] is ln.words[at - 1] for ws in cells.words.values()):
                dtxt = ln.words[at - 1].text + " " + dtxt
        if dtxt:
            # (a row's own tag printed into the date's column, "SVC 20260106": the words before the date)
            # (or the row's line number run into it, "1 02/06/26", under a line-number heading we do not know)
            tagged = re.fullmatch(r"([A-Za-z]{2,5}:?|\d{1,3})\s+(\S.*)", dtxt)
            try:
                start, end = parse_date_range(dtxt, self.day_first)
            except ValueParseError:
                start = end = self.yearless(dtxt)
                if start is None and tagged and match_header(tagged.group(1)) is None:
                    try:
                        start, end = parse_date_range(tagged.group(2), self.day_first)
                    except ValueParseError:
                        start = end = None
                date_bad = start is None
        etxt = _with_year(cells.text(Field.SERVICE_END), cells)
        if etxt and not any(token_kind(t) in (Kind.DATE, Kind.DATEPART) for t in etxt.split()) and looks_like_money(etxt):
            etxt = ""  # an amount under a heading read as the end date's: no date at all, never a bad one
        if etxt:
            try:
                e = parse_date(etxt, day_first=self.day_first)
                end = e or end
                if start is None:
                    start = e
            except ValueParseError:
                date_bad = True
        if date_bad and etxt:
            # one from-to range printed across the from and to columns ("01/05/26 -" | "01/05/26"), or
            # whole under one of them
            try:
                start, end = parse_date_range(clean_text(dtxt + " " + etxt), self.day_first)
                date_bad = False
            except ValueParseError:
                pass
        adj_txt = " ".join(t for t in (cells.text(Field.ADJUSTMENT_CODE), cells.text(Field.ADJUSTMENT)) if t)
        adjs = list(_read_adjustments(cells))
        if spill:
            adjs = list(parse_adjustments(clean_text(spill + " " + adj_txt))) or adjs
        rem_txt = cells.text(Field.REMARKS)
        remarks = list(_read_remarks(rem_txt)) + [r for r in parse_remarks(adj_txt)] + _loose_reason_codes(cells) \
            + trailing_notes
        from_remarks: list[tuple[str, Adjustment]] = []
        if adjs and rem_txt and any(a.amount is not None for a in adjs):
            # the last of a run of "CO45:118.88 PR1:60.00 ... CO253:0.66" spilled under the remarks' heading
            adjs += [a for a in parse_adjustments(rem_txt) if a.amount is not None and a not in adjs]
        if tail_amounts:
            joined = clean_text(" ".join((adj_txt, rem_txt, tail_amounts)))
            if all(a.amount is not None for a in parse_adjustments(joined)):
                adjs = list(parse_adjustments(joined))
        if not adjs and rem_txt:
            adjs = [a for a in parse_adjustments(rem_txt)]
            from_remarks = [(m.group(0).strip(), a) for m, a in zip(ADJ_PAIR_RE.finditer(clean_text(rem_txt).upper()), adjs)]
        if not adjs:
            adjs = coded_cells(cells, within=True)
        desc = cells.text(Field.DESCRIPTION)
        units_txt = cells.text(Field.UNITS)
        if card is not None:
            start, end = (start, end) if start is not None else (card.date, card.date)
            units_txt = units_txt or (card.units or "")
            desc = desc or card.desc
        # (a row whose code is printed on the text line under it, "PT evaluation ... $240.00" / "(97162)", is a
        # service too: the line below gives it its code)
        is_service = bool(money) and (code is not None or start is not None or self.code_line_below and not code_bad
                                      and (hdr.has(Field.DESCRIPTION) or hdr.has(Field.CODE))
                                      and not _TOTAL_WORDS.search(ln.text))
        undated_payment = not is_service and bool(money) and code is None and not code_bad and start is None \
            and self.claim is not None and bool(self.claim.lines) and Field.PAYER_CLAIM_ID not in self.claim.info \
            and bool(re.search(r"\bpayments?\b", _all_text(cells), re.IGNORECASE)) \
            and Field.PAYER_CLAIM_ID in assign_claim_keys(
                [(lab, v) for _, lab, v in keyed_ids([clean_text(w.text) for w in ln.words])])
        if (is_service or undated_payment) and code is None and not code_bad and hdr.has(Field.CODE) \
                and not any(token_kind(w.text) == Kind.CODE and not after_number_label(ln.words, j)
                            for j, w in enumerate(ln.words)) and _PAYMENT_ROW.search(_all_text(cells)):
            # (printed under the account's total with no date: "Payment - Orchard Valley Mutual Claim OVM-26-0119-3341
            # (924.38)", "Heartland Mutual Insurance payment - claim HMI-26-5520147 ($205.28)")
            # a payment or credit posted on a statement ("Payment - thank you (check #1042)"): its date and
            # amounts are the account's, not a service's (its code column is empty). The insurer's claim number
            # it names ("Payment - Sable Coast Health Plan - Claim SCH-2601-558201") is the account's claim's.
            self.flush_pending()
            if _balance_column(hdr) and Field.PATIENT_OWES in money:
                self.run_balance = money[Field.PATIENT_OWES]  # the account's balance after the payment
            c = self.claim
            if c is not None and c.lines:
                got = assign_claim_keys([(lab, v) for _, lab, v in keyed_ids([clean_text(w.text) for w in ln.words])])
                if Field.PAYER_CLAIM_ID in got and Field.PAYER_CLAIM_ID not in c.info:
                    c.info[Field.PAYER_CLAIM_ID] = got[Field.PAYER_CLAIM_ID]
            self.count("recognised")
            return True
        if money and code is None and not code_bad and self.last is not None and self.claim is not None \
                and self.last in self.claim.lines and start is not None and start == self.last.start \
                and _POSTING.search(_all_text(cells)) and not re.search(r"\b(sub-?)?totals?\b", ln.text, re.IGNORECASE):
            if _OWN_PAYMENT.search(_all_text(cells)):
                # the family's own payment on the account (a guarantor's card payment): no service's money
                self.count("recognised")
                return True
            # a ledger's posting under its charge ("INSPMT ... 91.80", "INSADJ CO-45 contractual 42.00", "XFER To
            # patient responsibility PR-1 60.00"): the payer's payment and the adjustments of the charge above
            self.post_to_last(cells, money, hdr)
            self.count("recognised")
            return True
        partner = self.pending if self.pending is not None and self.pending.ident else None
        if not is_service and money and partner is not None and code is None and start is None:
            is_service = True  # the amounts of the service row right above (see amounts_of_pending)
            desc = ""  # this line's words are its label; the description is the service row's
        if not is_service and money and self.claim is not None and self.claim.service_from and code is not None:
            is_service = True
        if is_service and not bad:
            units = None
            if units_txt:
                toks = units_txt.split()
                if len(toks) >= 2 and re.fullmatch(r"\d{1,3}(?:\.\d{1,3})?", toks[-1]) and (any(
                        re.search(r"[A-Za-z]", t) for t in toks[:-1])
                        and (hdr.has(Field.DESCRIPTION) or re.search(r"[A-Za-z]{3}", cells.text(Field.CODE)))
                        or len(toks) == 2 and toks[0].isdigit() and _per_ending(worded_cell)):
                    # ("... intervention, first 15 | 2": the description's own number ran into the count's column)
                    # "... each 15 | 2": a long description ran into the count's column; the count is the last number
                    if desc or hdr.has(Field.DESCRIPTION):
                        desc = clean_text((desc or "") + " " + " ".join(toks[:-1]))
                    else:
                        desc_spill = clean_text(" ".join(toks[:-1]) + " " + desc_spill)
                    units_txt = toks[-1]
                elif len(toks) >= 2 and re.fullmatch(r"\d{1,3}(?:\.\d{1,3})?", toks[0]) and not hdr.has(Field.DESCRIPTION) \
                        and all(re.search(r"[A-Za-z]{2}", t) for t in toks[1:]):
                    # "Qty" over "1 | Electrical stimulation,": the service's words, under no heading of their own, start
                    # right after the count
                    desc_spill = clean_text(" ".join(toks[1:]) + " " + desc_spill)
                    units_txt = toks[0]
                try:
                    units = parse_units(units_txt)
                except ValueParseError:
                    bad.append(f"units: {units_txt[:20]!r}")
            if date_bad:
                bad.append(f"date: {dtxt[:30]!r}")
            if bad:
                return self._unread(ln, "could not read " + "; ".join(bad))
            claim = self.current_claim(ln)
            row_info = {f: _id_cell(f, cells.text(f)) for f in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.PATIENT, Field.MEMBER_ID)
                        if cells.text(f)}
            if Field.PATIENT in row_info and any(re.fullmatch(r"[a-z][a-z'-]{2,}[,.;]?", t) or "/" in t
                                                 for t in row_info[Field.PATIENT].split()):
                # "OT evaluation, moderate" under "Patient / service": the service's words (a name has no word in
                # lower case), the patient named on the visit's line above
                desc = clean_text(row_info.pop(Field.PATIENT) + " " + (desc or ""))
            if row_info:
                self.new_info(ln, row_info)
                claim = self.current_claim(ln)
            if start is None and not hdr.has(Field.SERVICE_DATE):
                # no date column, and the row opens with a date ("01/21/26 OT evaluation ... (97166-GO)", "Jan 5,
                # 2026 1 PT evaluation ..."): the service's date, printed before its words
                for n in ((1,) if token_kind(ln.words[0].text) == Kind.DATE else (3, 2)):
                    if len(ln.words) <= n or n > 1 and not re.search(r"\d", ln.words[n - 1].text):
                        continue
                    try:
                        start = end = parse_date(clean_text(" ".join(w.text for w in ln.words[:n])),
                                                 day_first=self.day_first)
                    except ValueParseError:
                        start = end = None
                    if start is not None:
                        lead_dated, lead_n = True, n
                        break
                if start is None and len(ln.words) > 2 and re.fullmatch(r"\d{1,2}", ln.words[1].text) \
                        and (md := parse_month_day(ln.words[0].text + " " + ln.words[1].text)) is not None:
                    # "Jan 8 Therapeutic exercises ..." under a claim headed "Jan 8 - Jan 29, 2026": the year is
                    # the one that puts the day inside the claim's dates, else the document's
                    start = end = (year_for(md[0], md[1], (claim.service_from, claim.service_to))
                                   if claim.service_from and claim.service_to else None) \
                        or self.yearless(ln.words[0].text + " " + ln.words[1].text)
                    lead_dated, lead_n = start is not None, 2
            if start is None and self.row_date is not None:
                start = end = self.row_date
            if start is None and claim.service_from is not None and claim.service_from == claim.service_to \
                    and (not hdr.has(Field.SERVICE_DATE) or all(x.start in (None, claim.service_from) for x in claim.lines)):
                # the table has no date column: the claim's one date of service (printed above) is the line's (or
                # its date cell is empty under a visit's heading naming the one date: "01/05/26 Milo ... - visit
                # V-88213" over its undated services)
                start = end = claim.service_from
            if units is None and code and not hdr.has(Field.UNITS):
                units = units_in_brackets(_all_text(cells))  # "(97110-GP, 3 units)"
                um = _COUNTED_UNITS.search(_all_text(cells)) if units is None else None
                if um:
                    units = parse_units(um.group(1))  # "Therapeutic exercises, 2 units (97110)"
                xm = _TIMES_UNITS.search(_all_text(cells)) if units is None else None
                if xm:
                    units = parse_units(xm.group(1))  # "Therapeutic exercises (97110 GP) x 2"
                times = _multipliers(cells.text(Field.CODE).split()) + times_spill
                if units is None and len(times) == 1:
                    units = parse_units(times[0])  # "97530 GO x2" under the code's heading: the count, as a multiplier
            # (the service's words may sit under the code's heading: "Services and Service Codes")
            worded = desc or cells.text(Field.CODE)
            lead_text = " ".join(w.text for w in ln.words[:lead_n])
            if lead_dated and worded.startswith(lead_text):
                worded = worded[len(lead_text):].strip()  # ("Jan 5, 2026 | 1 PT evaluation ...")
            if not desc and code and worded.startswith(code) and not hdr.has(Field.DESCRIPTION):
                # ("99213 1 Office visit, ...": the code, its modifiers, then the count and the words)
                rest = worded.split()[1:]
                while rest and rest[0].strip(",;") in mods:
                    rest = rest[1:]
                worded = " ".join(rest)
            # (or under a count's heading whose cell is empty: the count slid over to the words)
            lead_qty = _LEAD_QTY.match(worded) if worded and units is None and (code or self.code_line_below) \
                and (not hdr.has(Field.UNITS) or not cells.text(Field.UNITS)) else None  # (its code maybe under it)
            if lead_qty and lead_qty.group(2).lower().rstrip(".") not in _NOT_QTY_UNIT:
                # no units column: a count printed before the service's name ("2  Therapeutic activities
                # (97530)") is the number of units
                units = parse_units(lead_qty.group(1))
                desc = worded[lead_qty.end(1):].strip() if desc or not hdr.has(Field.DESCRIPTION) else desc
            if not desc and not hdr.has(Field.DESCRIPTION):
                ctext = cells.text(Field.CODE)
                if ctext and (code and code in ctext or desc_spill and re.search(r"[A-Za-z]{3}", ctext)):
                    desc = ctext  # (the service's words under the code's heading: "Service (code)")
            if desc_spill:
                desc = clean_text(f"{desc} {desc_spill}")
            if desc and code:
                # the code's own bracket goes, with its modifiers ("... complexity (97165 GO)"), then the code itself
                desc_before = desc
                desc = re.sub(r"\(\s*(?:CPT|HCPCS|CODE|PROC)?[\s:#]*" + re.escape(code) + r"(?:[\s,;/:\-]+[A-Z0-9]{2})*\s*\)",
                              " ", desc)
                desc = clean_text(" ".join(t for t in desc.split() if not (token_kind(t) == Kind.CODE and code in t)))
                if desc != desc_before:
                    desc = desc.strip(" ,;-")
            if lead_dated and desc.startswith(lead_text):
                desc = desc[len(lead_text):].strip()
            lead_mods = re.match(r"^((?:[A-Z0-9]{2}\s+){1,3})(\S+)\s+", desc)
            if mods and lead_mods and set(lead_mods.group(1).split()) <= set(mods):
                if lead_mods.group(2) in _PART_MARKS:
                    desc = desc[lead_mods.end():]  # ("KX · Therapeutic exercises": the modifiers went to the code)
                elif set(lead_mods.group(1).split()) <= _THERAPY_MODIFIERS | _NUMERIC_MODIFIERS:
                    desc = desc[lead_mods.end(1):]  # ("CQ Therapeutic activities")
            if adjs and all(a.amount is None for a in adjs):
                adjs = _amounts_by_meaning(cells, adjs, money) or adjs
            lb = _LineB(self.ref(ln), ln.top, ln.bottom, ln.page, code, mods, units, start, end, money,
                        adjs, remarks, [desc] if desc else [])
            lb.from_remarks = from_remarks
            lb.loose_notes = loose_notes
            lb.adj_amounts = unpaired_amounts(cells, adjs)
            if code is None and code_bad:
                lb.code = None
            p = self.pending
            self.pending = None
            if p is not None:
                self._merge_pending(p, lb)
            if _balance_column(hdr) and Field.PATIENT_OWES in lb.money:
                # "Balance" growing by each charge (210.00, 400.00, 685.00), maybe across visits and postings: the
                # account's running balance, not what any one line leaves the family to pay
                before, lb.balance = self.run_balance, lb.money[Field.PATIENT_OWES]
                self.run_balance = lb.balance
                if _runs_on(before, lb):
                    lb.money.pop(Field.PATIENT_OWES, None)
                    prev = claim.lines[-1] if claim.lines else None
                    if prev is not None and prev.balance is not None and prev.money.get(Field.PATIENT_OWES) == prev.balance:
                        prev.money.pop(Field.PATIENT_OWES, None)
            claim.lines.append(lb)
            self.last = lb
            self.last_bottom = lb.bottom
            self.count("lines")
            return True
        if is_service and bad:
            return self._unread(ln, "could not read " + "; ".join(bad))
        if not money and code is None and start is None and (adjs or remarks) and self.last is not None \
                and not desc and self.pending is None and self.near_last(ln) \
                and all(w.x0 <= hdr.columns[-1].x1 + 24 for w in ln.words):
            # a second text line of the row above: more adjustment or remark codes
            self.last.adjustments.extend(adjs)
            self.last.remarks.extend(remarks)
            self.last_bottom = ln.bottom
            self.count("recognised")
            return True
        if not money and Kind.MONEY not in kinds:
            # a row without amounts: a description waiting for its amounts, or wrapping the row above.
            # Only text under the description / code headings counts; a "Label: value" line is not one.
            text_cols = {Field.DESCRIPTION, Field.CODE, Field.SERVICE_DATE}
            if code is None and start is None and self.pending is None and self.last is not None and self.last.remarks \
                    and self.near_last(ln) and (more_codes := _labelled_codes(ln.text, self.last.remarks)):
                # "also: DD, CI" under a row whose remark column holds "PD": the row's other remark codes, labelled
                self.last.remarks.extend(c for c in more_codes if c not in self.last.remarks)
                self.last_bottom = ln.bottom
                self.count("recognised")
                return True
            if code is None and start is None and self.pending is None and self.last is not None \
                    and self.last.units is None and not hdr.has(Field.UNITS) and self.near_last(ln) \
                    and (um := _CARD_UNITS.fullmatch(clean_text(ln.text))):
                # "Qty 1" (or "2 units") on a line of its own under a row that printed no count: the row's count
                self.last.units = parse_units(um.group(1) or um.group(2))
                self.last_bottom = ln.bottom
                self.count("recognised")
                return True
            if any(w.text.endswith(":") for w in ln.words):
                return False
            if any(hdr.columns[j].field not in text_cols for j in cells.words) and (code is None or len(ln.words) > 25):
                return False
            if code is not None and any(hdr.columns[j].field not in text_cols for j in cells.words):
                # a service row whose amounts are printed on the next line
                self.flush_pending()
                self.pending = _Pending(ln, cells, cells.text(Field.DESCRIPTION), ident=True)
                self.count("recognised")
                return True
            last = self.last
            if self.pending is None and start is None and last is not None and last.desc \
                    and (last.code is None or self.wrapping is last or _open_bracket(last.src.text)) \
                    and self.near_last(ln) \
                    and all(hdr.columns[j].field in (Field.DESCRIPTION, Field.CODE) for j in cells.words) \
                    and (code is None or last.code is None):
                # the row above wraps its description onto this line, and its code is written inside the
                # description ("Speech and" / "language" / "evaluation (92523" / "GN)"): the code is the row's
                more = _all_text(cells)
                last.desc.append(more)
                if last.units is None and not hdr.has(Field.UNITS):
                    row_text = " ".join(t for t in (last.src.text or "").split() if not looks_like_money(t))
                    last.units = units_in_brackets(row_text + " " + more)  # "(97165-GO, 1" / "unit)"
                found = code_and_modifiers_in_text(" ".join(last.desc))
                closing = re.match(r"^((?:[A-Z0-9]{2}[\s,]*)+)\)", clean_text(more))
                if found is not None and last.code in (None, found[0]):
                    last.code, last.modifiers = found[0], found[1] or last.modifiers
                elif last.code is not None and closing and not last.modifiers:
                    # "(L3807" then "RT)": the bracket the code opened closes on its modifiers
                    try:
                        last.modifiers = parse_modifiers(closing.group(1))
                    except ValueParseError:
                        pass
                self.wrapping = last
                self.last_bottom = ln.bottom
                self.count("recognised")
                return True
            if self.pending is not None:
                if code is None and start is None:
                    self.pending.desc = clean_text(self.pending.desc + " " + _all_text(cells))
                    self.count("recognised")
                    return True
                self.flush_pending()
            if len(ln.words) > 25:
                return False
            self.pending = _Pending(ln, cells, _all_text(cells))
            self.count("recognised")
            return True
        return False

    def _unread(self, ln: TextLine, why: str) -> bool:
        self.flush_pending()
        self.unread.append(Unread(self.ref(ln), why))
        self.count("unread")
        return True

    def _merge_pending(self, p: _Pending, lb: _LineB) -> None:
        pc = p.cells
        code, mods, _ = _read_code(pc)
        dtxt = pc.text(Field.SERVICE_DATE)
        took = False
        if lb.code is None and code is not None:
            lb.code, lb.modifiers, took = code, mods, True
        if lb.start is None and dtxt:
            try:
                lb.start, lb.end = parse_date_range(dtxt, self.day_first)
                took = True
            except ValueParseError:
                pass
        if p.ident:
            # the service row of these amounts: its units, modifiers and codes are the line's
            if lb.units is None and pc.text(Field.UNITS):
                try:
                    lb.units = parse_units(pc.text(Field.UNITS))
                except ValueParseError:
                    pass
            if not lb.modifiers and mods:
                lb.modifiers = mods
            lb.adjustments[:0] = _read_adjustments(pc)
            lb.remarks[:0] = _read_remarks(pc.text(Field.REMARKS)) + _loose_reason_codes(pc)
            lb.top = p.line.top
            if p.desc:
                lb.desc.insert(0, p.desc)
            return
        prev = self.last
        same_page_prev = prev is not None and prev.page == p.line.page
        gap_prev = (p.line.top - prev.bottom) if same_page_prev and prev is not None else 1e9
        gap_next = lb.top - p.line.bottom
        if took or not lb.desc or prev is None:
            if not lb.desc or took or gap_next <= gap_prev:
                lb.desc.insert(0, p.desc)
                return
        if prev is not None:
            prev.desc.append(p.desc)

    # -------------------------------------------------------------------------------- records

    def legend_codes_as_remarks(self, pages: list[list[TextLine]]) -> None:
        """A group-reason-looking code in a remarks cell ("PR1") that the document's own legend explains
        is that document's remark code: it moves from the line's adjustments to its remarks."""
        codes = {clean_text(c).upper() for c, _ in self.legend}
        loose = {n.upper() for c in self.claims for lb in c.lines for n in lb.loose_notes}
        if loose:
            # lines explaining those codes, with or without a legend's heading ("D1 - Amount applied to the
            # calendar-year deductible.")
            for page in pages:
                for ln in page:
                    code = _note_entry(ln)
                    if code and code.upper() in loose:
                        codes.add(code.upper())
        if not codes:
            return
        for c in self.claims:
            for lb in c.lines:
                # "D1" under "Ref", explained in the legend ("D1 - Amount applied to the deductible"): a remark
                lb.remarks.extend(n for n in lb.loose_notes if n.upper() in codes and n not in lb.remarks)
                for printed, adj in lb.from_remarks:
                    # (a code written as an adjustment is, "CO-45": a legend explaining CARCs does not make it a remark)
                    if printed in codes and adj.amount is None and adj in lb.adjustments \
                            and not re.fullmatch(r"(CO|PR|OA|PI|CR)\s*[-:/]\s*\w+", printed):
                        lb.adjustments.remove(adj)
                        lb.remarks.append(printed)

    def result(self, pages: list[list[TextLine]]) -> ParseResult:
        self.legend_codes_as_remarks(pages)
        claims = tuple(c.build() for c in self.claims if c.lines or c.totals is not None)
        seen = sum(len(p) for p in pages)
        acc = Accounting(seen=seen, lines=self.counts["lines"], recognised=self.counts["recognised"],
                         unread=self.counts["unread"], blank=0)
        first = SourceRef(self.file, page=1)
        stmt = Statement(
            source=first, kind="pdf", payer=self.payer, claims=claims, totals=self.stmt_totals or Totals(),
            legend=tuple((c, t) for c, t in self.legend),
        )
        notes: list[Finding] = []
        if not acc.balanced():  # pragma: no cover - a bug guard, reported rather than asserted
            notes.append(Finding("accounting", f"internal: {acc} does not balance", Severity.ERROR, first))
        if not claims:
            notes.append(Finding("no-service-lines", "no service-line table was found in this PDF", Severity.WARNING, first))
        return ParseResult((stmt,), tuple(self.unread), acc, tuple(notes))


# a posting on a ledger: an insurance payment, an adjustment, a transfer to the patient's responsibility
_POSTING = re.compile(r"\b(inspmt|insadj|xfer|ptpmt|pmt|payment|contractual|write[\s-]?off|transfer\w*|to patient resp\w*|"
                      r"adjustment|reversal|recoup\w*)\b", re.IGNORECASE)
_OWN_PAYMENT = re.compile(r"\b(ptpmt|pt\s*pmt|guarantor|patient\s+payment|copay\s+collected|visa|mastercard|amex|"
                          r"discover|cash|card\s+ending)\b", re.IGNORECASE)
_BALANCE_LABEL = re.compile(r"^(?:balance|bal|running balance|acct balance|account balance)$", re.IGNORECASE)
_PAYMENT_ROW = re.compile(r"\b(payments?|paid|credit|refund|thank\s+you|check\s*#?\s*\d+|deposit|transfer|"
                          r"(?:contractual|insurance|ins)\s+(?:adjustment|adj|allowance|discount|write-?off)s?|write-?offs?)\b", re.IGNORECASE)
_LEAD_QTY = re.compile(r"^([1-9]\d?)\s+([A-Za-z][A-Za-z/.\-]*)\s+\S")
_NOT_QTY_UNIT = frozenset("min mins minute minutes hr hrs hour hours mg ml mcg g kg cc day days wk wks week weeks mo yr "
                          "st nd rd th am pm x of".split())
_SUMMARY_KEYS = {Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.PROVIDER, Field.PATIENT}


_ID_FIELDS = (Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.MEMBER_ID)


_PERIOD = re.compile(
    r"\b((?:[A-Za-z]{3,9}\.? \d{1,2}(?:, ?\d{4})?)|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*(?:-|–|—|to|through|thru)\s*"
    r"((?:[A-Za-z]{3,9}\.? \d{1,2}, ?\d{4})|\d{1,2}/\d{1,2}/\d{2,4})\b", re.IGNORECASE)
_FULL_DATE = re.compile(r"\b(\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|[A-Za-z]{3,9}\.? \d{1,2}, ?\d{4}|\d{4}-\d{2}-\d{2})\b")


_DMY_SAID = re.compile(r"\b(?:day\s*/\s*month\s*/\s*year|dd\s*/\s*mm\s*/\s*yy(?:yy)?)\b", re.IGNORECASE)
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b")


def day_first(pages: list[list[TextLine]]) -> bool:
    """Whether a document writes its dates day first: it says so ("All dates are shown as day/month/year",
    "DD/MM/YYYY"), or one of its numeric dates can only be read day first (19/01/2026) and none only month
    first (01/19/2026)."""
    dmy = mdy = False
    for lines in pages:
        for ln in lines:
            text = clean_text(ln.text)
            if _DMY_SAID.search(text):
                return True
            for m in _NUMERIC_DMY.finditer(text):
                a, b = int(m.group(1)), int(m.group(2))
                dmy = dmy or (12 < a <= 31 and 1 <= b <= 12)
                mdy = mdy or (12 < b <= 31 and 1 <= a <= 12)
    return dmy and not mdy


def document_time(pages: list[list[TextLine]], dmy: bool = False) -> tuple[tuple[date, date] | None, date | None]:
    """What a document says of its time, for dates it prints without a year: the period it covers
    ("October 1 - December 31, 2025", "Oct 1 - Dec 31, 2025", "10/01/2025 - 12/31/2025"), when one period of a
    year at most is printed; and the latest full date it prints (the statement's date)."""
    periods: set[tuple[date, date]] = set()
    latest: date | None = None
    for lines in pages:
        for ln in lines:
            text = clean_text(ln.text)
            for m in _PERIOD.finditer(text):
                try:
                    b = parse_date(m.group(2), day_first=dmy)
                except ValueParseError:
                    continue
                if b is None:
                    continue
                try:
                    a = parse_date(m.group(1), day_first=dmy)
                except ValueParseError:
                    md = parse_month_day(m.group(1))
                    if md is None and re.fullmatch(r"\d{1,2}/\d{1,2}", m.group(1)):
                        md = (int(m.group(1).split("/")[0]), int(m.group(1).split("/")[1]))
                    a = year_for(md[0], md[1], latest=b) if md else None
                if a is not None and a <= b and (b - a).days <= 370:
                    periods.add((a, b))
            for m in _FULL_DATE.finditer(text):
                try:
                    d = parse_date(m.group(1), day_first=dmy)
                except ValueParseError:
                    continue
                if d is not None and (latest is None or d > latest):
                    latest = d
    period = next(iter(periods)) if len(periods) == 1 else None
    if period is None and latest is None:
        # no period and no full date: a month named with its year ("Member Explanation of Benefits - January 2026")
        # dates the services printed without one, at the latest by that month's end
        months = [(int(m.group(2)), _MONTHS[m.group(1)[:3].lower()]) for lines in pages for ln in lines
                  for m in _MONTH_YEAR.finditer(clean_text(ln.text))]
        if months:
            y, mo = max(months)
            latest = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
    return period, latest


_MONTHS = {m: k for k, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_YEAR = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(20\d\d)\b")


@dataclass
class _Card:
    code: str
    modifiers: tuple[str, ...]
    units: str | None
    date: date | None
    desc: str


_CARD_CODE = re.compile(r"\b(?:procedure|service|billing|cpt|hcpcs|proc)\s*(?:code|cd)?\s*[:#]?\s*"
                        r"(\d{4}[FTU]|\d{5}|[A-V]\d{4})\b", re.IGNORECASE)
_CARD_MODS = re.compile(r"\bmod(?:ifier)?s?\.?\s*:?\s*([A-Z0-9]{2}(?:\s*[,/ ]\s*[A-Z0-9]{2})*)\b", re.IGNORECASE)
# a count of units written into a service's wording, after a comma ("Therapeutic exercises, 2 units (97110)")
_COUNTED_UNITS = re.compile(r",\s*(\d{1,2})\s+(?:units?|services?)\b", re.IGNORECASE)
# a count written after the code's bracket: "(97110 GP) x 2", "(97530) ×3"
_TIMES_UNITS = re.compile(r"\)\s*[x\u00d7]\s?(\d{1,2})(?!\S)")
def _with_year(text: str, cells: Cells) -> str:
    """A month and day ("0112") under FROM or THRU with the year in a column of its own ("YR" over "26"): the date."""
    if not _MMDD.fullmatch(text):
        return text
    for j, c in enumerate(cells.columns):
        ws = cells.words.get(j, [])
        if YEAR_LABEL.fullmatch(clean_text(c.label)) and len(ws) == 1 and re.fullmatch(r"\d{2}|\d{4}", ws[0].text):
            return f"{text[:2]}/{text[2:]}/{ws[0].text}"
    return text


def _multipliers(words: Sequence[str]) -> list[str]:
    """The counts written as multipliers among some words ("x2", "×3", "(x2)"), without their brackets."""
    return [t.strip("()") for t in words if t.strip("(")[:1] in "x\u00d7" and token_kind(t.strip("()")) == Kind.UNITS]


def _after_code(ws: Sequence[Word]) -> bool:
    """The words end with a procedure code and its modifiers so far ("- 97535 GO" before "59")."""
    k = len(ws)
    while k and re.fullmatch(r"[A-Z0-9]{2}", ws[k - 1].text) and token_kind(ws[k - 1].text) != Kind.CODE:
        k -= 1
    return k > 0 and token_kind(ws[k - 1].text) == Kind.CODE


def _word_before(ws: Sequence[Word], k: int, before: str) -> str:
    """The word before ``ws[k]``: the cell's own, or the last of the text before the cell."""
    if k:
        return ws[k - 1].text.lower()
    return before.split()[-1].lower() if before.split() else ""


_PER_WORDS = {"each", "per", "first", "additional", "every", "initial", "over"}  # "each 15" (minutes): a description's


def _per_ending(text: str) -> bool:
    """The words end as a description's count of minutes begins ("... each", "... first", "... up to")."""
    words = text.lower().split()
    return bool(words) and (words[-1] in _PER_WORDS or words[-2:] == ["up", "to"])


# "Modifier GN; 1 unit(s)", "Modifiers: GO, 59 · Units: 2", "2 units": a row's modifiers and count in words
_ROW_FACTS = re.compile(
    r"(?:mod(?:ifier)?s?\.?:?\s*(?P<mods>[A-Z0-9]{2}(?:\s*[,/&]\s*[A-Z0-9]{2}|\s+and\s+[A-Z0-9]{2}|\s+[A-Z0-9]{2})*)"
    r"\s*[;,·|-]?\s*)?"
    r"(?:(?:units?|qty|quantity)\s*:?\s*(?P<units_a>\d{1,3}(?:\.\d{1,2})?)|(?P<units>\d{1,3}(?:\.\d{1,2})?)\s*"
    r"(?:units?(?:\(s\))?|visits?))?\s*\.?",
    re.IGNORECASE)
_CARD_UNITS = re.compile(r"\b(\d{1,3}(?:\.\d{1,2})?)\s*(?:units?|visits?)\b"
                         r"|\b(?:units?|svcs?|qty)\s*:?\s*(\d{1,3}(?:\.\d{1,2})?)\b", re.IGNORECASE)


def _named_modifiers(code: str, text: str) -> tuple[str, ...]:
    """The modifiers a text gives a code: glued or bracketed with it ("97530GO", "(92507 GN)", "[CPT 97530
    GO]"), else named by a label ("Modifiers GO, 59")."""
    found = code_and_modifiers_in_text(text)
    if found and found[0] == code and found[1]:
        return found[1]
    if m := _CARD_MODS.search(text):
        try:
            return parse_modifiers(m.group(1).replace(" ", ","))
        except ValueParseError:
            return ()
    return ()


def card_facts(lines: list[TextLine], i: int) -> _Card | None:
    """What the one or two lines right above a table heading say of one service, when they name exactly one
    procedure code and hold no amount: a card's title ("Occupational therapy evaluation   Jan 8, 2026") and
    its facts line ("Procedure code 97165 · Modifier GO · 1 unit"). None when they do not."""
    above: list[TextLine] = []
    for k in (i - 1, i - 2):
        if k < 0 or lines[k].page != lines[i].page:
            break
        ln = content(lines[k])
        if not ln.words or any(token_kind(w.text) == Kind.MONEY for w in ln.words) or len(ln.words) > 16:
            break
        above.insert(0, ln)
    text = " ".join(clean_text(ln.text) for ln in above)
    # a code named as one ("Procedure code 97165", "CPT 97110") or printed in brackets ("(97166-GO)"), never a
    # bare number that could be a ZIP code or a group number, nor digits inside an identifier ("25Q4-89954-4")
    tokens = {code_in_text(w.text) for ln in above for w in ln.words
              if token_kind(w.text) == Kind.CODE and w.text.startswith("(")}
    codes = set(_CARD_CODE.findall(text)) | {c for c in tokens if c}
    if len(codes) != 1:
        return None
    code = codes.pop()
    mods = _named_modifiers(code, text)
    um = _CARD_UNITS.search(text)
    units = (um.group(1) or um.group(2)) if um else None
    when: date | None = None
    for m in _FULL_DATE.finditer(text):
        try:
            d = parse_date(m.group(1))
        except ValueParseError:
            continue
        if d is not None:
            if when is not None and d != when:
                return None  # two dates: not one service's card
            when = d
    title = clean_text(above[0].text) if above else ""
    desc = clean_text(_FULL_DATE.sub(" ", title)) if code not in title else ""
    return _Card(code, mods, units, when, desc)




_LOOSE_MOD = re.compile(r"[A-Z][A-Z0-9]|\d[A-Z0-9]")
_NOT_MODIFIERS = frozenset("PT OT ST IN OF TO AT ON OR AN BY NO MD DO RN OK AM PM US".split())
_DATE_NAMING = frozenset({"session", "visit", "dos", "appointment", "appt", "treatment"})
_OTHER_PAYER_LABEL = re.compile(r"^(?:medicare|medicaid|primary|prior|other|crossover)\b.*\b(?:icn|dcn|tcn|claim|ccn)\b",
                                re.IGNORECASE)
# the two-digit modifiers (a two-digit number after a code is otherwise a count)
_NUMERIC_MODIFIERS = frozenset("22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 "
                               "81 82 90 91 92 93 95 96 97 99".split())
_OTHER_CLAIM_WORDS = frozenset({"replaces", "replaced", "replacing", "original", "orig", "prior", "previous", "voids",
                                "voided", "corrects", "corrected", "reverses", "reversed", "supersedes", "see"})
_BLOCK_NUMBER = re.compile(r"^(?:(?:service|svc|detail)\s+)?(?:line|ln|item|svc|service)\s*(?:no\.?|#)?\s*\d{1,3}\b", re.IGNORECASE)
_NOTE_CODE = re.compile(r"[A-Z]{1,3}\d{0,3}")
def _note_entry(ln: TextLine) -> str | None:
    """The code a line explains ("D1 - Amount applied to the deductible.", "A  Your plan's discount applies ..."):
    a note-code-shaped first word, then a separator or a capitalised explanation."""
    texts = [clean_text(w.text) for w in ln.words]
    if len(texts) < 3 or not _NOTE_CODE.fullmatch(texts[0].rstrip(":.")):
        return None
    if texts[0][-1:] in (":", ".") or texts[1] in ("-", "\u2013", "\u2014", ":", "=") or texts[1][:1].isupper():
        return texts[0].rstrip(":.")
    return None


_GROUP_CODE = re.compile(r"^(?:CPT|HCPCS|CPT/HCPCS|Procedure|Proc|Procedure code|Service code|Code)\s*[:#]?\s*"
                         r"((?:\d{4}[FTU]|\d{5}|[A-V]\d{4})(?:-[A-Z0-9]{2})*)\b(.*)$", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


_DATE_GROUP_WORDS = re.compile(r"^(?:(?:services?|visits?|sessions?|treatment|care)\s+(?:on|of|dated)|date\s+of\s+service|"
                               r"service\s+date)\s+", re.IGNORECASE)


def _claim_heading_follows(lines: Sequence[TextLine], k: int) -> bool:
    """A line naming a claim's number comes at ``k`` or within the next three lines, with only lines of text
    between (a provider's name, address, telephone, "Referred by: ..."): no amounts, dates, claim numbers or
    table headings."""
    for j in range(k, min(len(lines), k + 4)):
        if parse_labels(lines[j]).keys() & set(CLAIM_KEYS):
            return True
        words = [clean_text(w.text) for w in lines[j].words]
        if not words or any(looks_like_money(w) for w in words) or _leading_date(words) \
                or find_header(lines, j) is not None:
            return False
    return False


def _date_heading(text: str, day_first: bool = False) -> date | None:
    """A line that is a date and nothing else, maybe after its weekday ("Monday, January 5, 2026",
    "Date of service: 01/05/2026" is a label and not this)."""
    t = _WEEKDAY.sub("", clean_text(text)).strip()
    t = _DATE_GROUP_WORDS.sub("", t).strip()  # "Services on January 5, 2026", "Visit of 01/05/2026"
    if not t or len(t) > 24 or not re.search(r"\d", t):
        return None
    try:
        return parse_date(t, day_first=day_first)
    except ValueParseError:
        return None


def _under_remarks(ln: TextLine, hdr: Header) -> bool:
    """Every word of the line sits under the remarks' heading (note codes wrapped there, never modifiers)."""
    cells = cut(ln.words, hdr.columns)
    return all(hdr.columns[j].field is Field.REMARKS for j in cells.words)


_LABELLED_CODES = re.compile(r"[A-Za-z][A-Za-z .']{0,20}:\s*([A-Z0-9]{1,5}(?:\s*[,;]?\s*[A-Z0-9]{1,5}){0,5})")


def _code_shape(code: str) -> str:
    return re.sub(r"[A-Z]", "A", re.sub(r"[0-9]", "9", code))


def _labelled_codes(text: str, known: Sequence[str]) -> list[str]:
    """The codes of a line "label: CODE, CODE" when each has the shape of a code the row above already holds in
    its remark column (two letters like "PD", a letter and two digits like "N15"): more codes of that row."""
    m = _LABELLED_CODES.fullmatch(clean_text(text))
    if m is None:
        return []
    codes = re.findall(r"[A-Z0-9]+", m.group(1))
    shapes = {_code_shape(k) for k in known}
    if not codes or any(_code_shape(c) not in shapes or c.isdigit() for c in codes):
        return []
    return codes


def _open_bracket(text: str | None) -> bool:
    """A row's text ends inside a bracket it opened ("... custom fitted (L3807"): its next line ends it."""
    t = text or ""
    return t.rfind("(") > t.rfind(")") or t.rfind("[") > t.rfind("]")


def running_heads(pages: list[list[TextLine]], top: int = 8) -> frozenset[str]:
    """Lines printed word for word, at the same height, among the first lines of two pages or more and above
    each page's first amount: a page's running head (the member's name and id, the plan, the payer's address). Read once, they say
    nothing new on later pages."""
    seen: dict[str, list[float]] = {}
    for lines in pages:
        for ln in lines[:top]:
            c = content(ln)
            if any(looks_like_money(w.text) for w in c.words):
                break  # a running head is printed above the page's first amount
            if c.words:
                seen.setdefault(clean_text(c.text), []).append(c.top)
    # at the same height on each page: a service's wrapped description that happens to open two pages
    # is no running head
    return frozenset(t for t, tops in seen.items() if len(tops) >= 2 and max(tops) - min(tops) < 3)


def _id_cell(f: Field, text: str) -> str:
    """An identifier column's cell: words of letters only before the identifier (a long provider name
    run on from the column to its left: "Therapy PM25-100233") are not part of the number."""
    if f is Field.PATIENT and re.search(r"\d", text) and re.match(r"[A-Za-zÀ-ÿ]", text):
        return name_value(text)  # "OYELARAN, DEVON 7720041188": the next column's number run into the name's
    if f not in _ID_FIELDS:
        return text
    toks = text.split()
    k = 0
    while k < len(toks) - 1 and toks[k].rstrip(".,").isalpha() and any(ch.isdigit() for t in toks[k + 1:] for ch in t):
        k += 1
    return " ".join(toks[k:])


def is_claim_summary(hdr: Header) -> bool:
    """A table of claims, not of services: no procedure code or description column, and a column naming
    the claim (its number, patient or provider). A row without a procedure code is never a service."""
    fields = hdr.fields()
    return Field.CODE not in fields and Field.DESCRIPTION not in fields and bool(fields & _SUMMARY_KEYS)


_MONEY_LINE_FIELDS = {Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES, Field.DEDUCTIBLE, Field.COPAY,
                      Field.COINSURANCE, Field.NOT_COVERED, Field.DISCOUNT}


def _all_text(cells: Cells) -> str:
    return clean_text(" ".join(w.text for _, ws in sorted(cells.words.items()) for w in ws))


_ROW_LABEL_FIELDS = frozenset(MONEY_FIELDS | {Field.UNITS, Field.ADJUSTMENT_CODE, Field.REMARKS, Field.MODIFIERS})


def _labelled_row(ln: TextLine) -> tuple[Header, TextLine] | None:
    """A service row that names each value with a label of its own ("SVC 01/05/2026 HC:97168:GO UNITS 1 CHG
    130.00 ALLOW 66.75 DED 0.00 COINS 13.35 PAID 52.33 CAS CO45 63.25 PR2 13.35"), as an ERA viewer prints an
    835: a heading made of the row's own labels, each over the values that follow it, and the row's values
    without their labels. The date and the code need no label. None unless three amounts or more are named."""
    groups: list[tuple[Field, str, list[Word]]] = []
    for w in ln.words:
        t = clean_text(w.text)
        k = token_kind(t)
        f = match_header(t.rstrip(":"), abbreviations=True) if re.fullmatch(r"[A-Za-z][A-Za-z.]*:?", t) else None
        if f in _ROW_LABEL_FIELDS:
            groups.append((f, t, []))
        elif k == Kind.DATE and not any(g[0] is Field.SERVICE_DATE for g in groups):
            groups.append((Field.SERVICE_DATE, "", [w]))
        elif k == Kind.CODE and not any(g[0] is Field.CODE for g in groups):
            groups.append((Field.CODE, "", [w]))
        elif groups and (groups[-1][1] or groups[-1][0] is Field.CODE and k == Kind.MOD):
            groups[-1][2].append(w)
    named = [g for g in groups if g[0] in MONEY_FIELDS and g[2]]
    if len(named) < 3 or not any(g[0] is Field.CODE for g in groups) \
            or len({g[0] for g in groups}) != len(groups) or any(not g[2] for g in groups):
        return None
    cols = tuple(Column(f, min(w.x0 for w in ws), max(w.x1 for w in ws), label or f.value) for f, label, ws in groups)
    values = TextLine(ln.page, ln.number, tuple(w for _, _, ws in groups for w in ws))
    return Header(cols, (ln,)), values


def _shaped_row(ln: TextLine) -> tuple[Header, TextLine] | None:
    """A service row under no heading at all, as a report may print its rows bare ("Valdez-Moreau, Pilar IK-7731
    K26027-00188 01/05/26 97166 GO 1 240.00 98.20 0.00 19.64 163.01 76.99 CO45 141.80 PR2 19.64 CO253 1.57"): a
    heading made for the row from its values' shapes, in the order rows print them (the person, the claim's
    number, the date, the code and its modifiers, the count), with its amounts named by the row's own arithmetic
    against the adjustments it prints with their amounts. The first amount, the largest, is the charge; the charge
    less every adjustment is the payment; the charge less the contractual adjustment (CO-45) is the allowed
    amount; an amount equal to the deductible's, coinsurance's or copay's adjustment (PR-1, PR-2, PR-3) is that
    share. An amount the arithmetic does not name stays unread. None unless the charge, the payment and an
    adjustment are all found this way."""
    ws = list(ln.words)
    kinds = [token_kind(clean_text(w.text)) for w in ws]
    d = next((k for k, kd in enumerate(kinds) if kd == Kind.DATE), None)
    c = next((k for k, kd in enumerate(kinds) if kd == Kind.CODE and (d is None or k > d)), None)
    if d is None or c is None or c != d + 1:
        return None
    k = c + 1
    mods: list[int] = []
    while k < len(ws) and kinds[k] == Kind.MOD and not ws[k].text.isdigit():
        mods.append(k)
        k += 1
    units = k if k < len(ws) and kinds[k] == Kind.UNITS else None
    k += units is not None
    first = k
    while k < len(ws) and kinds[k] == Kind.MONEY:
        k += 1
    amounts = list(range(first, k))
    adj: list[int] = []
    pairs: list[tuple[str, str, int]] = []  # (group, reason, where its amount is)
    while k + 1 < len(ws) and kinds[k] == Kind.ADJ and kinds[k + 1] == Kind.MONEY \
            and (m := HEADED_CODE.fullmatch(clean_text(ws[k].text))):
        pairs.append((m.group(1), m.group(2), k + 1))
        adj += [k, k + 1]
        k += 2
    notes = list(range(k, len(ws)))
    if len(amounts) < 3 or not pairs or any(kinds[j] != Kind.REMARK for j in notes):
        return None
    try:
        read = {j: parse_money(ws[j].text) for j in amounts + [j for _, _, j in pairs]}
    except ValueParseError:
        return None
    values = {j: v for j, v in read.items() if v is not None}
    if len(values) < len(read):
        return None
    money = [values[j] for j in amounts]
    adjusted = [(group, reason, values[j]) for group, reason, j in pairs]
    billed = money[0]
    if billed <= 0 or billed != max(money):
        return None
    named: dict[int, Field] = {0: Field.BILLED}

    def name(target: Decimal, f: Field) -> bool:
        at = [j for j in range(1, len(money)) if money[j] == target and j not in named]
        if at:
            named[at[-1]] = f  # (equal amounts: the same value whichever is meant)
        return bool(at)

    if not name(billed - sum((a for _, _, a in adjusted), Decimal(0)), Field.PAID):
        return None
    for group, reason, amount in adjusted:
        if (group, reason) == ("CO", "45"):
            name(billed - amount, Field.ALLOWED)
    for group, reason, amount in adjusted:
        share = {("PR", "1"): Field.DEDUCTIBLE, ("PR", "2"): Field.COINSURANCE, ("PR", "3"): Field.COPAY}.get((group, reason))
        if share is not None and amount > 0 and sum(1 for v in money if v == amount) == 1:
            name(amount, share)
    lead = ws[:d]
    person = [w for w in lead if not re.search(r"\d", w.text)]
    ids = [w for w in lead if re.search(r"\d", w.text)]
    groups: list[tuple[Field | None, list[Word]]] = []
    if person and lead[:len(person)] == person and _any_name([clean_text(w.text).rstrip(",") for w in person]):
        groups.append((Field.PATIENT, person))
    if ids and _ID_SHAPE.match(clean_text(ids[0].text)):
        groups.append((Field.CLAIM_ID, ids[:1]))
    groups += [(Field.SERVICE_DATE, [ws[d]]), (Field.CODE, [ws[c]])]
    if mods:
        groups.append((Field.MODIFIERS, [ws[j] for j in mods]))
    if units is not None:
        groups.append((Field.UNITS, [ws[units]]))
    groups += [(named.get(j - first), [ws[j]]) for j in amounts]
    groups.append((Field.ADJUSTMENT_CODE, [ws[j] for j in adj]))
    if notes:
        groups.append((Field.REMARKS, [ws[j] for j in notes]))
    cols = tuple(Column(f, min(w.x0 for w in g), max(w.x1 for w in g), f.value if f else "") for f, g in groups)
    return Header(cols, (ln,)), TextLine(ln.page, ln.number, tuple(w for _, g in groups for w in g))


def _read_code(cells: Cells) -> tuple[str | None, tuple[str, ...], bool]:
    """Code and modifiers from the code column (glued or separate words, or inside a description),
    plus modifiers from a modifier column. The flag says a code-like cell was not readable."""
    code: str | None = None
    mods: tuple[str, ...] = ()
    bad = False
    ctext = cells.text(Field.CODE)
    # numbers after their labels ("claim 26005-77812", "Acct 97110"), whatever column they reach: never a code
    flat = sorted((w for ws in cells.words.values() for w in ws), key=lambda w: w.x0)
    labelled = {w.text for j, w in enumerate(flat) if after_number_label(flat, j)}
    if ctext:
        toks = ctext.split()
        for k, t in enumerate(toks):
            tt = t.strip("(),;:")
            if token_kind(tt) == Kind.CODE and t not in labelled:
                try:
                    code, mods = parse_code(tt)
                except ValueParseError:
                    bad = True
                    continue
                extra: list[str] = []
                rest = toks[k + 1:] if not mods else []
                for n2, t2 in enumerate(rest):  # ("97165-GO OT evaluation": the glued ones are all)
                    if t2 in ("/", "-", "\u2013") and n2 + 1 < len(rest) and not extra:
                        continue  # "97161 / GP" under "Code / Mod": the mark parts the code from its modifier
                    t2s = t2.strip("(),;-")
                    if t2s in _DISCIPLINES and n2 + 1 < len(rest) and rest[n2 + 1][:1].islower():
                        break  # "97161 PT evaluation": the therapy's name opens the description
                    if re.fullmatch(r"[A-Z0-9]{2}", t2s) and not t2s.isdigit() or re.fullmatch(r"\d{2}", t2s) and len(extra) < 4:
                        extra.append(t2s)
                    elif re.fullmatch(r"[A-Z0-9]{2}(?:[-:,/][A-Z0-9]{2}){1,3}", t2s) and re.search(r"[A-Z]", t2s) and not extra:
                        # "(97110 GP-CQ)", "97140 GP:KX:59", "97140 GP,59": the modifiers joined by marks
                        extra.extend(re.split(r"[-:,/]", t2s))
                        break
                    elif re.fullmatch(r"(?:[A-Z0-9]{2}){2,4}", t2s) and not extra and all(
                            t2s[i:i + 2] in _THERAPY_MODIFIERS or t2s[i:i + 2] in _NUMERIC_MODIFIERS
                            for i in range(0, len(t2s), 2)):
                        extra.extend(t2s[i:i + 2] for i in range(0, len(t2s), 2))  # "97110 GPKX": glued together
                        break
                    else:
                        break
                if extra and len(mods) + len(extra) <= 4:
                    mods = mods + tuple(extra)
                dws = cells.text(Field.DESCRIPTION).split()
                if not mods and k + 1 == len(toks) and not cells.text(Field.MODIFIERS) and len(dws) >= 2 \
                        and dws[0] in _THERAPY_MODIFIERS and (re.fullmatch(r"[A-Z][a-z]{2,}.*", dws[1]) or (
                            dws[1] in _DISCIPLINES and len(dws) > 2 and dws[2][:1].islower())):
                    # "97110 | GP Therapeutic exercises": the code's one modifier printed under the description's
                    # heading, before its words
                    mods = (dws[0],)
                    extra = [dws[0]]
                elif mods and k + 1 + len(extra) == len(toks) and not cells.text(Field.MODIFIERS):
                    # "97140 GO | 59 Manual therapy": a numeric modifier pushed over the column's edge
                    while dws and (dws[0] in _NUMERIC_MODIFIERS or dws[0] in _THERAPY_MODIFIERS) and len(mods) < 4 \
                            and dws[0] not in mods \
                            and not (len(dws) > 1 and dws[1].lower().startswith(("unit", "min", "visit"))):
                        mods, dws = mods + (dws[0],), dws[1:]  # (or "97530 GP | CQ Therapeutic activities")
                    # ("97110 GP | KX · Therapeutic exercises": modifiers, then the mark that parts them from the words)
                    run = 0
                    while run < len(dws) and run < 3 and token_kind(dws[run]) == Kind.MOD:
                        run += 1
                    if run and run < len(dws) and dws[run] in _PART_MARKS and len(mods) + run <= 4 \
                            and not set(dws[:run]) & set(mods):
                        mods = mods + tuple(dws[:run])
                break
        if code is None:
            got = code_and_modifiers_in_text(" ".join(t for t in toks if t not in labelled))
            if got:
                code, mods = got
    if code is None:
        # a code written in another text column: "97530-GO,59" under "Service" keeps its modifiers
        for j, ws in sorted(cells.words.items()):
            if cells.columns[j].field not in (Field.DESCRIPTION, Field.APPROVED, None):
                continue
            for wi, w in enumerate(ws):
                if token_kind(w.text) == Kind.CODE and w.text not in labelled:
                    try:
                        code, mods = parse_code(w.text.strip("(),;:"))
                    except ValueParseError:
                        continue
                    if not mods:
                        # "OT evaluation 97165 GO": modifiers printed one space after the code in the same cell
                        extra = []
                        for w2 in ws[wi + 1: wi + 5]:
                            t2 = w2.text.strip(",;)") if w.text.startswith("(") else w2.text.strip(",;")
                            if not _LOOSE_MOD.fullmatch(t2) or t2 in _NOT_MODIFIERS:
                                break
                            extra.append(t2)
                            if w2.text.rstrip(",;").endswith(")"):
                                break  # ("(97140 GP 59)": the code's bracket closes its modifiers)
                        mods = tuple(extra)
                    break
            if code is not None:
                if not mods:
                    # "Manual therapy [CPT 97140 GP]": modifiers inside the code's brackets
                    got = code_and_modifiers_in_text(" ".join(w.text for w in ws))
                    mods = got[1] if got and got[0] == code else mods
                break
    if code is None:
        for f in (Field.DESCRIPTION, Field.APPROVED, None):
            dtext = cells.text(f) if f is not None else " ".join(
                w.text for j, ws in cells.words.items() if cells.columns[j].field is None for w in ws)
            # (never inside a labelled number: "claim CHP-26-0095562" holds no code "00955")
            dtext = " ".join(t for t in dtext.split() if t not in labelled)
            got = code_and_modifiers_in_text(dtext) if dtext else None
            if got:
                code, mods = got
                break
    mtext = cells.text(Field.MODIFIERS)
    if mtext:
        try:
            mods = mods + tuple(m for m in parse_modifiers(mtext) if m not in mods)
        except ValueParseError:
            bad = True
    return code, mods, bad


_GROUP_ONLY = re.compile(r"^(CO|PR|OA|PI|CR)$")


def _adj_code_text(cells: Cells) -> str:
    """The adjustment codes of a row; a group printed in its own column ("Grp  Rsn": "CO | 45") is put
    before the reason it qualifies."""
    ctext = cells.text(Field.ADJUSTMENT_CODE)
    gtext = clean_text(cells.text(Field.ADJUSTMENT_GROUP)).upper()
    if gtext and _GROUP_ONLY.match(gtext) and ctext and re.fullmatch(r"[A-Z]?\d{1,3}", clean_text(ctext).upper()):
        return f"{gtext}-{clean_text(ctext).upper()}"
    return ctext


_REASON_AMOUNT = re.compile(r"\b([A-Z]?\d{1,3}):\s*(\(?-?\$?[\d,]*\.\d{2}\)?-?)")


def grouped_cells(cells: Cells) -> list[Adjustment] | None:
    """Adjustments under columns headed by their group ("Patient resp. (PR)": "1: 40.00  2: 11.64"), or None
    when the table has no such column."""
    grouped = [(j, g) for j, c in enumerate(cells.columns) if (g := label_group(c.label)) is not None]
    if not grouped:
        return None
    out: list[Adjustment] = []
    for j, group in grouped:
        text = clean_text(" ".join(w.text for w in cells.words.get(j, [])))
        for m in _REASON_AMOUNT.finditer(text):
            try:
                out.append(Adjustment(group, m.group(1), parse_money(m.group(2))))
            except ValueParseError:
                continue
    return out


_CODE_HEADING = re.compile(r"(CO|PR|OA|PI|CR)[-\s]?([A-Z]?\d{1,3}|[A-Z]\d?)")


def coded_cells(cells: Cells, within: bool = False) -> list[Adjustment]:
    """Amounts under columns headed by an adjustment's own code ("CO45" | "CO253": "100.76" | "0.95"): those
    adjustments, each with its column's amount (a zero is no adjustment). ``within``: also amount columns whose
    heading names the code it stands for beside its words ("DEDUCT / PR-1", "CONTR / CO-45")."""
    out: list[Adjustment] = []
    for j, c in enumerate(cells.columns):
        label = clean_text(c.label).upper()
        m = _CODE_HEADING.fullmatch(label) if c.field is None else None
        if m is None and within:
            m = HEADED_CODE.search(label)  # ("Contract CO-45": a heading of ours or not, the code it names)
        ws = cells.words.get(j, [])
        if m is None or len(ws) != 1 or not looks_like_money(ws[0].text):
            continue
        try:
            amount = parse_money(ws[0].text)
        except ValueParseError:
            continue
        if amount:
            out.append(Adjustment(m.group(1), m.group(2), amount))
    return out


def _read_adjustments(cells: Cells) -> list[Adjustment]:
    coded = coded_cells(cells)
    return coded + _read_other_adjustments(cells) if coded else _read_other_adjustments(cells)


def _read_other_adjustments(cells: Cells) -> list[Adjustment]:
    grouped = grouped_cells(cells)
    if grouped is not None:
        return grouped
    ctext = _adj_code_text(cells)
    atext = cells.text(Field.ADJUSTMENT)
    adjs = list(parse_adjustments(ctext)) if ctext else []
    if atext:
        amounts = [t for t in atext.split() if looks_like_money(t)]
        codes_in_amount_col = list(parse_adjustments(atext))
        if codes_in_amount_col and not adjs:
            adjs = codes_in_amount_col
        elif codes_in_amount_col:
            # group-reason-amount runs spilling over both the amount and the code column ("CO-45 174.45" |
            # "OA-23 60.00" under "ADJUSTMENTS (GRP-RSN AMT)"): all of them, in printed order
            first_amount = _column_x(cells, Field.ADJUSTMENT) < _column_x(cells, Field.ADJUSTMENT_CODE)
            toks = atext.split()
            if not first_amount and adjs and adjs[-1].amount is None and toks and looks_like_money(toks[0]):
                # "CO-45" | "51.30 PR-1 150.00 PR-2 16.74": the amount the code column's last code left
                adjs[-1] = Adjustment(adjs[-1].group, adjs[-1].reason, parse_money(toks[0]))
            adjs = codes_in_amount_col + adjs if first_amount else adjs + codes_in_amount_col
        elif len(amounts) == 1 and len(adjs) == 1 and adjs[0].amount is None:
            adjs[0] = Adjustment(adjs[0].group, adjs[0].reason, parse_money(amounts[0]))
        elif len(adjs) >= 2 and len(amounts) == len(adjs) and all(a.amount is None for a in adjs) \
                and _paired_columns(cells):
            # "Adj Code | Adj Amt | Adj Code | Adj Amt": each code's amount is in the column paired with its own
            adjs = [Adjustment(a.group, a.reason, parse_money(t)) for a, t in zip(adjs, amounts)]
    return adjs


def _paired_columns(cells: Cells) -> bool:
    """The table repeats a code column and an amount column side by side, as many times as it has either."""
    kinds = [c.field for c in cells.columns if c.field in (Field.ADJUSTMENT_CODE, Field.ADJUSTMENT)]
    return len(kinds) >= 4 and kinds == [Field.ADJUSTMENT_CODE, Field.ADJUSTMENT] * (len(kinds) // 2)


def _column_x(cells: Cells, f: Field) -> float:
    return min((c.x0 for c in cells.columns if c.field is f), default=0.0)


def _bracket_overflow(cells: Cells) -> None:
    """A code's bracket opened in the service's cell and closed in the cells after it ("... (97163 | GP)", "(97110 |
    GP | KX)" under headings of their own): the modifier-shaped words up to the closing bracket go back to the
    service's cell."""
    cols = cells.columns
    for j in sorted(cells.words):
        ws = cells.words[j]
        text = " ".join(w.text for w in ws)
        opened = next((k for k in range(len(ws) - 1, -1, -1) if ws[k].text.startswith("(")), None)
        if cols[j].field not in (Field.CODE, Field.DESCRIPTION) or opened is None or text.count("(") <= text.count(")") \
                or not _BRACKET_CODE.fullmatch(ws[opened].text) \
                or not all(re.fullmatch(r"[A-Z0-9]{2},?", w.text) for w in ws[opened + 1:]):
            continue
        taken: list[tuple[int, int]] = []  # (column, words taken from it)
        for k in sorted(c for c in cells.words if c > j):
            if cols[k].field in (Field.CODE, Field.DESCRIPTION):
                break
            n = 0
            for w in cells.words[k]:
                if not re.fullmatch(r"[A-Z0-9]{2}[,)]*", w.text) or sum(t for _, t in taken) + n >= 4:
                    break
                n += 1
                if w.text.endswith(")"):
                    taken.append((k, n))
                    for c, m in taken:
                        cells.words[j] = cells.words[j] + cells.words[c][:m]
                        cells.words[c] = cells.words[c][m:]
                    return
            if n < len(cells.words[k]):
                break
            taken.append((k, n))


def _adjustment_overflow(cells: Cells) -> None:
    """Adjustments printed group-reason-amount after one another ("CO-45 49.40 PR-1 60.00 PR-2 16.12") whose last
    amount ran over into the next amount's column ("16.12 76.12" under "Pt Resp"): the amount goes back to the
    code it follows, when the adjustments' cell ends with a code and the next cell holds one amount too many."""
    cols = cells.columns
    for j in sorted(cells.words):
        if j == 0 or cols[j].field not in _MONEY_LINE_FIELDS or j - 1 not in cells.words:
            continue
        ws, prev = cells.words[j], cells.words[j - 1]
        if cols[j - 1].field not in (Field.ADJUSTMENT, Field.ADJUSTMENT_CODE) or len(ws) != 2 \
                or not all(looks_like_money(w.text) for w in ws) or not prev:
            continue
        adjs = list(parse_adjustments(" ".join(w.text for w in prev)))
        if len(adjs) >= 2 and adjs[-1].amount is None and all(a.amount is not None for a in adjs[:-1]) \
                and not looks_like_money(prev[-1].text):
            cells.words[j - 1] = prev + [ws[0]]
            cells.words[j] = ws[1:]


# what an amount column holds, by its heading, for the group-reason codes printed in a codes column beside it
_SEQ_LABEL = re.compile(r"\bseq", re.IGNORECASE)
_CONTRACT_LABEL = re.compile(r"\b(contr|contract|contractual|fee\s*sched)", re.IGNORECASE)
_CONTRACT_REASONS = frozenset({"45", "42", "94", "131", "104", "59", "97"})
_SHARE_REASONS = {Field.DEDUCTIBLE: ("PR", "1"), Field.COINSURANCE: ("PR", "2"), Field.COPAY: ("PR", "3")}


def _amounts_by_meaning(cells: Cells, adjs: list[Adjustment], money: dict[Field, Decimal]) -> list[Adjustment] | None:
    """Group-reason codes printed without amounts in a codes column ("CO45 PR2 CO253"), their amounts in columns
    named for what they are ("Ded", "Coins", "Contract Adj", "Seq", "Other Adj"): each code takes the amount of the
    column that means it (PR-1 the deductible, PR-2 the coinsurance, PR-3 the copay, CO-253 sequestration, a
    contractual CO reason the contractual column; a last code the one amount column left). Only when every code
    finds its amount and the row's own arithmetic holds (billed less the adjustments is what was paid); else None."""
    slots: dict[str, Decimal] = {}
    free: list[Decimal] = []
    for j, ws in sorted(cells.words.items()):
        col = cells.columns[j]
        txt = " ".join(w.text for w in ws)
        if len(ws) != 1 or not looks_like_money(txt) or "." not in txt:
            continue
        try:
            amt = parse_money(txt)
        except ValueParseError:
            continue
        if amt is None:
            continue
        if col.field in _SHARE_REASONS:
            slots["-".join(_SHARE_REASONS[col.field])] = amt
        elif col.field in (Field.ADJUSTMENT, Field.DISCOUNT, Field.LINE_NUMBER, None):
            if _SEQ_LABEL.search(col.label):
                slots.setdefault("CO-253", amt)
            elif _CONTRACT_LABEL.search(col.label):
                slots.setdefault("contract", amt)
            elif col.field is not Field.LINE_NUMBER:
                free.append(amt)
    out: list[Adjustment] = []
    for a in adjs:
        key = f"{a.group}-{a.reason}"
        if key in slots:
            amt = slots.pop(key)
        elif a.group == "CO" and a.reason in _CONTRACT_REASONS and "contract" in slots:
            amt = slots.pop("contract")
        elif len(free) == 1:
            amt = free.pop()
        else:
            return None
        out.append(Adjustment(a.group, a.reason, amt, a.quantity))
    billed, paid = money.get(Field.BILLED), money.get(Field.PAID)
    if billed is None or paid is None or abs(billed - sum((a.amount or Decimal(0)) for a in out) - paid) > Decimal("0.01"):
        return None
    return out


def unpaired_amounts(cells: Cells, adjs: list[Adjustment]) -> list[Decimal]:
    """Amounts of the adjustment-amount column of a row that holds more codes without amounts than
    amounts ("CO-45/PR-1/PR-3" | "83.60", the other two amounts stacked on the text lines below): kept
    until the stacked amounts arrive, never paired by guess."""
    atext = cells.text(Field.ADJUSTMENT)
    if not atext or not adjs or any(a.amount is not None for a in adjs) or parse_adjustments(atext):
        return []
    amounts = [t for t in atext.split() if looks_like_money(t)]
    if not amounts or len(amounts) >= len(adjs) or len(amounts) != len(atext.split()):
        return []
    out: list[Decimal] = []
    for t in amounts:
        try:
            amt = parse_money(t)
        except ValueParseError:
            return []
        if amt is None:
            return []
        out.append(amt)
    return out


_GROUPS = frozenset({"CO", "PR", "OA", "PI", "CR"})


def _loose_reason_codes(cells: Cells) -> list[str]:
    """Codes in a reason-code column that are not group-reason pairs (``R12``, ``W3``, ``22``): the payer's
    own reason codes, explained in its legend. They are kept as the line's remark codes, never dropped."""
    text = _adj_code_text(cells)
    if not text:
        return []
    rest = ADJ_PAIR_RE.sub(" ", clean_text(text).upper())
    out = []
    for t in re.split(r"[\s,;]+", rest):
        t = t.strip("()")
        if not t or looks_like_money(t):
            continue
        if re.fullmatch(r"[A-Z]{1,2}", t) and t not in _GROUPS:
            out.append(t)  # a payer's letter code ("D"), explained in its legend
            continue
        if not re.fullmatch(r"[A-Z]{0,3}\d{1,5}[A-Z]?", t):
            return []  # words in the cell: text (a heading, a note), not a list of codes
        out.append(t)
    return out


_CONT_LABEL = re.compile(r"^(?:ADJ|ADJS|ADJUSTMENTS?|ADJ\.?|CAS|CARC|GRP|GROUP|RSN|REASONS?|DENIAL|CODES?|AMT)$")
_REMARK_LABEL = re.compile(r"^(?:RMK|RMKS|REM|REMARKS?|RARC|NOTES?|MSGS?|MESSAGES?|MOA|LQ)$")
_PAYER_CODE = re.compile(r"[A-Z]{0,3}\d{1,5}[A-Z]?|[A-Z]{1,2}")


def adjustment_only(text: str) -> tuple[list[Adjustment], list[str]] | None:
    """The adjustments and remark codes of a line that holds nothing else, or None. Group and reason may be
    written ``CO-45``, ``CO 45``, ``CO45``; an amount may follow each; labels (``ADJ:``, ``Adj``, ``RMK:``,
    ``Remarks:``) are allowed; after a remark label the payer's own short codes count as remarks."""
    s = clean_text(text).upper()
    if not s or not re.search(r"\d", s):
        return None
    adjs = list(parse_adjustments(s))
    rest = ADJ_PAIR_RE.sub(" ", s)
    remarks: list[str] = []
    after_remark_label = False
    labelled = False
    for t in re.split(r"[\s,;|]+", rest):
        core = t.strip(":.=-()")
        if not core:
            continue
        if _CONT_LABEL.match(core):
            labelled, after_remark_label = True, False
            continue
        if _REMARK_LABEL.match(core):
            labelled, after_remark_label = True, True
            continue
        if REMARK_RE.fullmatch(core):
            remarks.append(core)
            continue
        if after_remark_label and _PAYER_CODE.fullmatch(core):
            remarks.append(core)
            continue
        return None
    if not adjs and not (remarks and labelled):
        return None
    return adjs, remarks


def _read_remarks(text: str) -> list[str]:
    if not text:
        return []
    found = list(parse_remarks(text))
    out = list(found)
    words = [t for t in re.split(r"[\s,;]+", clean_text(text)) if t]
    if sum(1 for t in words if re.fullmatch(r"[a-z]{3,}\.?", t)) >= 2:
        # a note in words ("HMO copay collected at visit"): only its codes are codes, never its small words
        words = [t for t in words if re.fullmatch(r"[A-Z]{1,3}\d{1,5}[A-Z]?", t)]
    for raw in words:
        t = raw.upper()
        if t and t not in out and re.fullmatch(r"[A-Z]{1,2}|[A-Z]{0,3}\d{1,5}[A-Z]?|[A-Z]{1,3}-\d{1,4}", t) \
                and not parse_adjustments(t):
            # ("M-09": a payer's own code may carry a hyphen)
            # a note letter keeps its printed case ("a", "b" point at the notes "a", "b" of a Medicare notice)
            out.append(raw if re.fullmatch(r"[a-z]{1,2}", raw) else t)
    return out


# ------------------------------------------------------------------------------------- claim labels

_ID_SHAPE = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-/.#]{3,}$")
_SEPARATORS = frozenset("| - – — • · / ;".split())
# a capitalised word of a person's name, accented letters included ("Lucía", "Zoë", "Þór")
_PERSON_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*|[A-Z]\.)$")  # ("Jun-ho")


def parse_labels(ln: TextLine) -> dict[Field, str]:
    """The claim-heading fields of a line: labelled values (``_labelled``), then claim numbers named by
    the words right before them without a colon (``keyed_ids``) and the person a heading opens with."""
    if ln.words and clean_text(ln.words[0].text).lower() == "dear":
        # "Dear HAROLD P. QUINTERO: this notice shows ...": the letter's addressee, the plan's holder
        texts = [clean_text(w.text) for w in ln.words[1:6]]
        end = next((k for k, t in enumerate(texts) if t.endswith((":", ","))), None)
        name = [t.rstrip(":,") for t in texts[: end + 1]] if end is not None else []
        return {Field.HOLDER: " ".join(name)} if 2 <= len(name) <= 4 and _member_name(name) else {}
    out = _labelled(ln)
    if out.keys() & set(CLAIM_KEYS) and not out.keys() & {Field.PATIENT, Field.HOLDER}:
        # "Lune Halvorsen-Reyes (Daughter)  Claim ID: BW26-0104-88213 ...": the person, before the first label
        texts = [clean_text(w.text) for w in ln.words]
        colon = next((k for k, t in enumerate(texts) if t.endswith(":")), 0)
        start = colon
        while start > 0 and texts[start - 1].lower() in LABEL_WORDS:
            start -= 1  # ("Claim ID:", "Payer Claim Number:": the label's own words)
        if start >= 2 and (who := _opening_person(texts, start)):
            out[Field.PATIENT] = who
    if Field.PATIENT in out and len(named := out[Field.PATIENT].split()) >= 4 \
            and any(re.fullmatch(r"[a-z]{2,}", t) for t in named[2:]):
        # "Patient: Wesley Okonkwo-Marsh Billed to Pinecrest Mutual, claim ...": the name, then a clause
        for n in (3, 2):
            if _any_name(named[:n]):
                out[Field.PATIENT] = " ".join(named[:n])
                break
    if Field.SERVICE_DATE not in out:
        # "Invoice 2026-0142 · Session 01/06/2026 · Client: ...": the date a word of the visit names
        words = [clean_text(w.text) for w in ln.words]
        for k in range(1, len(words)):
            if words[k - 1].lower().rstrip(":") in _DATE_NAMING and token_kind(words[k]) == Kind.DATE:
                out[Field.SERVICE_DATE] = words[k]
                # "Visit 01/05/2026 - Kaia Morrow-Ellis": the person the visit was for
                if Field.PATIENT not in out and k + 2 < len(words) and words[k + 1] in _SEPARATORS:
                    rest = words[k + 2:]
                    end = next((j for j, t in enumerate(rest) if t in _SEPARATORS or t.endswith(":")), len(rest))
                    if _any_name(rest[:end]):
                        out[Field.PATIENT] = " ".join(rest[:end])
                break
    if Field.PATIENT not in out and (who := _for_person([clean_text(w.text) for w in ln.words], _column_starts(ln))):
        out[Field.PATIENT] = who  # "Claim for Noor Lindqvist-Osei   Provider: ..."
    if Field.MEMBER_ID in out and Field.PATIENT not in out:
        # "WALTER P INGERSOLL  Medicare Number: 7EK4-TQ2-MN81": a notice opening with its member's name
        texts = [clean_text(w.text) for w in ln.words]
        k = next((j for j, t in enumerate(texts) if t.endswith(":")), 0)
        while k > 0 and match_header(" ".join(texts[k - 1:k + 1]).rstrip(":")) is not None:
            k -= 1
        at_id = _words_at(texts, out[Field.MEMBER_ID])
        if at_id is not None and (not k or at_id < k):
            # a colon-less label ("... · Member ID EVA5520913"), maybe before a labelled date ("RUTH E CALLOWAY |
            # Medicare Number XXXX-XX7-QM42 | Notice date: ..."): it starts where the words before the number stop
            # naming the member's id
            k = at_id
            while k > 0 and at_id - k < 3 and match_header(" ".join(texts[k - 1:at_id])) is Field.MEMBER_ID:
                k -= 1
            if k == at_id:
                k = _label_start(texts, at_id, Field.MEMBER_ID)  # ("Medicare Number": a label only as a whole)
        while k > 1 and texts[k - 1] in _SEPARATORS:
            k -= 1
        town = any(state_and_zip(t, u) for t, u in zip(texts, texts[1:]))
        if town:
            pass  # "FARGO ND 58103-2290   Medicare Number ...": the address's town beside the number, no name
        elif k and _member_name(texts[:k]):
            out[Field.PATIENT] = " ".join(texts[:k])
        elif k > 2:
            # "Evergreen Senior Advantage (PPO)      Rosalind Achterberg · Member ID ...": the name after a column gap
            e = k
            while e > 0 and texts[e - 1] in _SEPARATORS:
                e -= 1
            gap = _gap(list(ln.words))
            for size in (3, 2):
                b = e - size
                if b > 0 and _is_name(texts[b:e]) and not any(_ORG_WORD.match(t) for t in texts[b:e]) \
                        and ln.words[b].x0 - ln.words[b - 1].x1 > gap * 2:
                    out[Field.PATIENT] = " ".join(texts[b:e])
                    break
    texts = [clean_text(w.text) for w in ln.words]
    if Field.CLAIM_ID in out and Field.PAYER_CLAIM_ID in out:
        if Field.PATIENT not in out and Field.HOLDER not in out and not _is_sentence(ln):
            keys = keyed_ids(texts)
            who = (_opening_person(texts, keys[0][0]) or _name_after_key(texts, keys)) if keys else None
            if who:
                out[Field.PATIENT] = who
        return out
    if _is_sentence(ln):
        # "Claim STM26 · Received 01/12/2026 · Patient acct. CMH-88120 · Pre-existing condition review: ... began":
        # short segments of numbers before a sentence still name the claim; so does a note that opens with the
        # claim's own number ("Ticket 40211: Aspen Ridge Health Plan claim AR-2601-448120, processed 01/29/2026.")
        cut = next((j for j, t in enumerate(texts) if t.endswith(":")), len(texts))
        segs = " ".join(texts[:cut]).split(" · ")
        note = cut == next((k for k in (1, 2) if k < len(texts) and match_header(" ".join(texts[:k])) in CLAIM_KEYS
                            and _ID_SHAPE.match(texts[k].rstrip(":"))), -1)
        if not note:
            if len(segs) < 3 or any(len(g.split()) > 4 for g in segs[:-1]):
                return out
            texts = texts[:cut]
    if texts and _PAYEE_LABEL.match(texts[0]):
        # a line about the payment's payee ("PAYEE: ... VOUCHER NO 0004471182"): its numbers are the
        # payment's, never a claim's; nor are its dates a service's. The payee is the provider.
        return {k: v for k, v in out.items() if k is Field.PROVIDER}
    keys = keyed_ids(texts)
    if all(_RECORD_LABEL.fullmatch(lab) for _, lab, _ in keys):
        keys = []  # ("Aiden Okafor-Lindqvist · MRN 11-884-2213 · Son": a record number alone names no claim)
    if not keys:
        if not (out.keys() - {Field.PAYER, Field.PROVIDER}):
            # ("Temi Okafor · Insurance: Harborline Health PPO": the person, then whose insurance)
            who = _person_heading(texts) or _grid_patient(ln) or _name_beside_provider(ln) or _for_person(texts)
            if who:
                out[Field.PATIENT] = who
        if not out:
            out.update(_dated_provider(texts))
        return out
    for f, v in assign_claim_keys([(lab, v) for _, lab, v in keys]).items():
        out.setdefault(f, v)
    for _, lab, _ in keys:
        if out.get(Field.PATIENT, "").endswith(" " + lab):
            out[Field.PATIENT] = out[Field.PATIENT][: -len(lab) - 1]  # ("Patient: Lindgren, Thaddeus  ACC 00502")
    if Field.SERVICE_DATE not in out and keys[0][0] > 1 and (lead := _leading_date(texts[: keys[0][0]])):
        # "January 20, 2026 Lakeview Hand Therapy claim 26-021-... (continued)": the visit's date opens the heading
        out[Field.SERVICE_DATE] = lead
    if Field.PATIENT not in out:
        who = _opening_person(texts, keys[0][0]) or _name_after_key(texts, keys) or _labelled_segment_person(texts)
        if who is None and keys[0][0] > 2 and token_kind(texts[0]) == Kind.DATE:
            # "01/05/26 Milo Vantongeren - visit V-88213": the visit's date, then the person it was for
            who = _opening_person(texts[1:], keys[0][0] - 1)
            if who:
                out.setdefault(Field.SERVICE_DATE, texts[0])
        if who:
            out[Field.PATIENT] = who
    return out


def _labelled_segment_person(texts: list[str]) -> str | None:
    """A segment of a claim heading that names its patient after a colon-less label ("Visit V-58110 - billed to
    Granite State Mutual, claim GSM2601091190 - patient Priya Corrigan-Osei"): the person."""
    bounds = [0] + [j + 1 for j, t in enumerate(texts) if t in _SEPARATORS] + [len(texts) + 1]
    for a, b in zip(bounds, bounds[1:]):
        seg = texts[a:b - 1]
        if len(seg) >= 3 and match_header(seg[0]) is Field.PATIENT and _any_name(seg[1:]):
            return " ".join(seg[1:])
    return None


_LAST_FIRST = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+,$")
_NAME_PART = re.compile(r"^(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+|[A-Z]\.?)$")


_CLAIM_VERBS = frozenset({"billed", "seen", "treated", "sent", "submitted", "filed", "processed", "paid", "denied"})


def _name_after_key(texts: list[str], keys: list[tuple[int, str, str]]) -> str | None:
    """A person's name written last name first between a claim number and the next label (``Acct 55102883
    WOJCIK, HENRYK  Payer ICN 2602711830045``): the person the claim is for."""
    for k, (_s, _label, value) in enumerate(keys):
        try:
            at = texts.index(value, _s) + 1
        except ValueError:
            continue
        end = keys[k + 1][0] if k + 1 < len(keys) else len(texts)
        run = texts[at:end]
        if 2 <= len(run) <= 4 and _LAST_FIRST.match(run[0]) and all(_NAME_PART.match(t) for t in run[1:]) \
                and match_header(run[0].rstrip(",")) is None and not any(match_header(t) is not None for t in run[1:]):
            return " ".join(run)
        for j in range(len(run) - 2):
            # "... RECIP ID 100447812B NAME OYELARAN, TOBI STATUS PAID": a colon-less name label among the numbers
            if exact_header(run[j]) is Field.PATIENT and (name := _last_first_run(run[j + 1:])):
                return name
            # "... CLIENT ID KN44719Q HARTLEY, JUNE TCN ...": the name after the member's number
            if j + 3 < len(run) and match_header(" ".join(run[j:j + 2])) is Field.MEMBER_ID and re.search(r"\d", run[j + 2]) \
                    and (name := _last_first_run(run[j + 3:])):
                return name
        # "Visit V26-00118 Lucas Ferreira-Holm — Billed to ...": a name right after the number, ended by a separator
        cut_at = next((j for j, t in enumerate(run) if t in _SEPARATORS), None)
        if cut_at and _any_name(run[:cut_at]) and not any(_ORG_WORD.match(t) for t in run[:cut_at]):
            return " ".join(run[:cut_at])
        # "Visit V-41872 Ava Alder-Mbeki billed to Keystone Health": a name, then what happened to the claim
        cut_at = next((j for j, t in enumerate(run) if t.lower() in _CLAIM_VERBS), None)
        if cut_at and _any_name(run[:cut_at]):
            return " ".join(run[:cut_at])
        # "Visit # V-0118842 · Poppy Nakashima-Reyes · Provider: ...": a segment of its own after the number
        if run and run[0] in _SEPARATORS:
            seg: list[str] = []
            for t in run[1:]:
                if t in _SEPARATORS or t.endswith(":") or seg and t.lower() in _CLAIM_VERBS:
                    break  # ("Visit 30117 - Lena Marchetti Billed to Keystone ...": what happened to the claim ends it)
                seg.append(t)
            if _any_name(seg) and not any(_ORG_WORD.match(t) for t in seg):
                return " ".join(seg)
    return None


def keyed_ids(texts: list[str]) -> list[tuple[int, str, str]]:
    """Claim numbers named by the words right before them, colon-less (``Claim 7Q2-55810``, ``Acct 44120``,
    ``Provider account PTK-5520``, ``Insurance claim ref. 5529018833``): (label start, label, value). The
    value has the shape of an identifier (digits, no date, no amount); the label is one to three words
    without digits that the vocabulary reads as a claim number."""
    out: list[tuple[int, str, str]] = []
    used = -1
    bracketed = {i for i, t in enumerate(texts) if t.startswith(("(", "["))}  # (a bracket sets a label apart)
    texts = [t.strip("()[]") or t for t in texts]  # ("... Health Plan (claim CX7781204519) -$1,337.93")
    for i, t in enumerate(texts):
        v = t.rstrip(",;|:")
        # "Visit #V10877", "Claim #26005Q00124": the number sign printed against the number is the label's
        hashed = v.startswith("#") and len(v) > 1
        v = v[1:] if hashed else v
        after = 0  # words after this one that the number takes
        if i and i > used and re.fullmatch(r"[A-Z]{2,5}", v) and (grouped := _digit_groups(texts[i:i + 5])) \
                and not any(looks_like_money(t) for t in texts):
            v = grouped  # "Claim # CRB 26 0114 22871": a letter prefix and groups of digits, one number
            after = len(grouped.split()) - 1
        if i == 0 or i <= used or not _ID_SHAPE.match(v.replace(" ", "")) or looks_like_money(v) \
                or token_kind(v) == Kind.DATE:
            continue
        found: tuple[int, str] | None = None
        at = i  # where the label ends
        if i >= 2 and re.fullmatch(r"[A-Z]{2,5}", texts[i - 1]) and i - 1 > used \
                and match_header(texts[i - 2].rstrip(".:#")) in CLAIM_KEYS \
                and match_header(texts[i - 1]) in (None, match_header(texts[i - 2].rstrip(".:#"))):
            # "claim SKH 26011804417": a letter prefix printed apart from its number is part of the number (so is one
            # that names what the label names: "claim CLM 7781045520")
            v = texts[i - 1] + " " + v
            at = i - 1
        elif i >= 3 and texts[i - 2].lower() in ("at", "with") and texts[i - 1].isalpha() \
                and (texts[i - 3].lower().rstrip(".:") in _BARE_ID or match_header(texts[i - 3].rstrip(".:#")) in CLAIM_KEYS):
            at = i - 2  # "YOUR ACCOUNT NO. AT PROVIDER R-55102": whose books the number is in qualifies the label
        elif i >= 4 and texts[i - 3].lower() in ("at", "with") and texts[i - 2].lower() in ("this", "the", "your") \
                and texts[i - 1].isalpha() and (texts[i - 4].lower().rstrip(".:") in _BARE_ID
                                                or match_header(texts[i - 4].rstrip(".:#")) in CLAIM_KEYS):
            at = i - 3  # "Your account number with this provider BNR-440187"
        for k in (1, 2, 3):
            s = at - k
            if s <= used or s < 0 or any(re.search(r"\d", x) or x in _SEPARATORS or x.endswith(":") for x in texts[s:at]):
                break
            if texts[at - 1].lower().strip(".") == "box":
                break  # a post-office box ("Claims  PO Box 44120, Harrisford"): an address, not a claim number
            label = " ".join(texts[s:at]) + (" #" if hashed else "")
            if match_header(label) in CLAIM_KEYS or (k == 1 and label.lower() in _VISIT_WORDS) \
                    or _RECORD_LABEL.fullmatch(label):
                found = (s, label)
                while s > used + 1 and (texts[s - 1].lower() in LABEL_WORDS or _OWNER_WORD.match(texts[s - 1])):
                    s -= 1
                    if match_header(" ".join(texts[s:at])) not in CLAIM_KEYS:
                        break
                    found = (s, " ".join(texts[s:at]))
                break
        if found is not None and not found[1][:1].isupper():
            # a longer label the vocabulary knows, with its small joining words ("Número de reclamación")
            for s in (at - 3, at - 2):
                if s > used and s >= 0 and texts[s][:1].isupper() and not any(
                        re.search(r"\d", x) or x in _SEPARATORS or x.endswith(":") for x in texts[s:at]) \
                        and match_header(" ".join(texts[s:at])) in CLAIM_KEYS:
                    found = (s, " ".join(texts[s:at]))
                    break
        if found is not None and not found[1][:1].isupper() and found[0] > 1 and texts[found[0] - 2] in _SEPARATORS \
                and re.fullmatch(r"[a-z]+", texts[found[0] - 1]):
            found = (found[0] - 1, texts[found[0] - 1] + " " + found[1])  # "· insurer claim 26002E40511"
        if found is not None and not found[1][:1].isupper() and found[0] not in bracketed and not (found[0] > 0 and (
                texts[found[0] - 1] in _SEPARATORS or texts[found[0] - 1][-1:] in (",", ";")
                and (texts[found[0] - 1][:-1].strip("()").isalpha() or token_kind(texts[found[0] - 1][:-1]) == Kind.DATE))):
            # (", claim 2601KM77013" after a date: "filed to Keystone ... 01/08/2026, claim 2601KM77013")
            # a heading's label starts with a capital, maybe one word earlier ("Insurance claim ref."), or opens
            # a segment after a separator ("· insurer claim 26002E40511"); prose ("deposited to account 4410")
            # does not
            s0 = found[0] - 1
            # (or a small-letter label that opens a segment after a comma: "..., insurance claim MG88300214")
            ok = s0 > used and re.sub(r"['’]", "", texts[s0]).isalpha() and texts[s0] not in _SEPARATORS \
                and (texts[s0][:1].isupper() or s0 > 0 and texts[s0 - 1].endswith((",", ";")))
            found = (s0, texts[s0] + " " + found[1]) if ok else None
        if found is not None and found[0] > 0 and texts[found[0] - 1].endswith(":") and found[0] + 1 == at:
            found = None  # ("Patient Acct #: ACC 77120": a letter prefix of the labelled value, no label of its own)
        if found is not None and (any(t.lower().strip(".,:;()") in _OTHER_CLAIM_WORDS for t in texts[max(0, found[0] - 3): i])
                                  or re.search(r"\b(?:reversal|replacement|void)\s+of\b",
                                               " ".join(texts[max(0, found[0] - 3): i]), re.IGNORECASE)):
            # "REPLACES BILL ICN 2512203000412", "Original claim # ...": the number of another claim, not this one's
            used = i
            continue
        if found is not None:
            grouped = _digit_groups([v] + texts[i + 1:i + 4]) if " " not in v else None
            if grouped and not any(looks_like_money(t) for t in texts):
                # "Claim number 26017 00412 81 Timberline ...": a number printed in groups of digits is one number
                v = grouped
                after = len(grouped.split()) - 1
            out.append((found[0], found[1], v))
            used = i + after
    return out


def _digit_groups(parts: list[str]) -> str | None:
    """The number printed in groups at the start of ``parts``: groups of digits ("26017 00412 81"), maybe after a
    letter prefix ("CRB 26 0114 22871", "PRE 260112 004471", "HA 7002158841"); None when ``parts`` opens with
    no such number (one group alone is a number of its own; a prefix needs six digits after it)."""
    p = 1 if parts and re.fullmatch(r"[A-Z]{2,5}", parts[0]) and match_header(parts[0]) is None else 0
    n = p
    while n < len(parts) and re.fullmatch(r"\d{2,10}(?:-\d{1,4})?", parts[n]):
        n += 1  # (a group may carry a member's suffix: "GPH 5520 1174-03")
    digits = sum(sum(ch.isdigit() for ch in t) for t in parts[p:n])
    if p and n > p and digits >= 6 or not p and n >= 2 and len(parts[0]) >= 3 and digits <= 20:
        return " ".join(parts[:n])
    return None


_KIN = re.compile(r"^\(?(self|spouse|daughter|son|child|dependent|dependant|wife|husband|partner|stepchild|"
                  r"participant|employee|subscriber|member)\)?$", re.IGNORECASE)


def _is_name(words: list[str]) -> bool:
    return 2 <= len(words) <= 3 and all(_PERSON_WORD.match(t) for t in words) \
        and match_header(" ".join(words)) is None and not any(match_header(t) is not None for t in words)


def _person_heading(texts: list[str]) -> str | None:
    """A heading that opens with a person's name: followed by a colon (``Finn Strand: visit to Cobblestone
    Speech``), by the claim's status alone (``Rohan Desai-Kapoor  Paid``), or by separated segments one of
    which is the person's relationship (``Aiden Okafor-Lindqvist · MRN 11-884-2213 · Son``)."""
    for k in (2, 3):
        if len(texts) > k and texts[k - 1].endswith(":") and len(texts[k - 1]) > 2:
            name = [t.rstrip(":") for t in texts[:k]]
            if _is_name(name) and not any(t.lower() in _DOCUMENT_WORDS or t.lower() in _NOT_NAME_WORDS for t in name):
                # ("Remittance Advice: Claim Payment Detail" is a title; "Be Informed: Protect yourself ..." advice)
                return " ".join(name)
    for k in (2, 3):
        if len(texts) == k + 1 and _is_name(texts[:k]) and read_status(texts[k])[0] is not ClaimStatus.UNKNOWN:
            return " ".join(texts[:k])
    # "Ruiz, Camila (Acct 10442)": a name written last name first, alone on its line but for a bracketed note
    brk = next((k for k, t in enumerate(texts) if t.startswith("(")), len(texts))
    if 2 <= brk <= 4 and _LAST_FIRST.match(texts[0]) and all(_NAME_PART.match(t) for t in texts[1:brk]) \
            and (brk == len(texts) or texts[-1].endswith(")")) and match_header(texts[0].rstrip(",")) is None:
        return " ".join(texts[:brk])
    cut_at = next((k for k, t in enumerate(texts) if t in _SEPARATORS), None)
    if cut_at is not None and _any_name(texts[:cut_at]):
        segments: list[list[str]] = [[]]
        for t in texts[cut_at + 1:]:
            if t in _SEPARATORS:
                segments.append([])
            else:
                segments[-1].append(t)
        # a relationship ("Son"), or the member's place on the plan ("Member 02", "Dependent 01")
        if any((len(seg) == 1 and _KIN.match(seg[0])) or (len(seg) == 2 and _KIN.match(seg[0]) and seg[1].isdigit())
               for seg in segments):
            return " ".join(texts[:cut_at])
        # "Noah K. Albright - Willow Street Pediatric OT", "Priya Okafor · Northgate Hand Therapy": a person, a
        # separator, then the provider treating them
        if texts[cut_at] != "/" and _is_name(texts[:cut_at]) and segments[0] \
                and not any(_ORG_WORD.match(t) for t in texts[:cut_at]) \
                and any(_ORG_WORD.match(t) for t in segments[0]) and not any(re.search(r"\d", t) for t in segments[0]) \
                and (len(segments) == 1 or texts[cut_at] not in ("-", "–", "—")):
            return " ".join(texts[:cut_at])
    return None


# words that open a notice's advice or name a role ("Be Informed:", "Please Note:", "Fiscal Agent:"), never a
# person's name
_NOT_NAME_WORDS = frozenset({"be", "get", "please", "important", "need", "know", "stay", "keep", "how", "why", "what",
                             "your", "our", "protect", "learn", "note", "tips", "help", "agent", "administrator",
                             "contractor", "intermediary"})
_DOCUMENT_WORDS = frozenset({"medicare", "medicaid", "summary", "notice", "statement", "explanation", "benefits",
                             "remittance", "advice", "report", "claims", "part", "advantage", "account", "detail"})


def _member_name(words: list[str]) -> bool:
    """A person's name of two to four words, in capitals or capitalised, a middle initial allowed; never a
    payer's name ("KEYSTONE MUTUAL HEALTH") nor a document's title ("Medicare Summary Notice")."""
    if not 2 <= len(words) <= 4:
        return False
    caps = all(re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ'\-]+|[A-Z]\.?", t) for t in words)
    title = all(_PERSON_WORD.match(t) or re.fullmatch(r"[A-Z]\.?", t) for t in words)
    return (caps or title) and sum(len(t.rstrip(".")) > 1 for t in words) >= 2 \
        and match_header(" ".join(words)) is None and not any(match_header(t) is not None for t in words) \
        and not any(_ORG_WORD.match(t) or t.lower() in _DOCUMENT_WORDS for t in words)


def _column_starts(ln: TextLine) -> list[int]:
    """Where the words of a line start a new column, past a gap of three spaces' width or more ("Plan year to
    date      Claim for Luz Etxeberria": a panel's words, then the claim's)."""
    ws = list(ln.words)
    gap = _gap(ws) * 2.5
    return [k for k in range(1, len(ws)) if ws[k].x0 - ws[k - 1].x1 > gap]


def _for_person(texts: list[str], columns: Sequence[int] = ()) -> str | None:
    """"Sessions for Mateo Castellanos-Webb  Speech therapy ...", "Claims for Ava Lund": the person named right
    after the words that say whom the services below are for."""
    # the words may open the line, a segment of it ("Claim 1 of 5 · Claim for Pia Lund · ...") or a column of it
    starts = [0, *columns] + [j + 1 for j, t in enumerate(texts) if t in _SEPARATORS and t not in ("-", "–", "/")] \
        + [j for j, t in enumerate(texts[:-1]) if j and t.lower() in ("notice", "statement", "benefits")
           and texts[j + 1].lower() == "for"]  # ("Explanation of Benefits for Wendell F. Okafor-Briggs - ...")
    for start in starts:
        m = _CLAIM_FOR.match(" ".join(texts[start:]))
        if m:
            texts = texts[start:]
            break
    else:
        return None
    k = len(m.group(1).split())
    run: list[str] = []
    for t in texts[k:k + 4]:
        if not (_PERSON_WORD.match(t) or re.fullmatch(r"[A-Z]\.?|[A-ZÀ-Þ][A-ZÀ-Þ'\-]+", t)) or match_header(t) is not None:
            break
        run.append(t)
    while run and _ORG_WORD.match(run[-1]):
        run.pop()
    if any(_ORG_WORD.match(t) or t.lower() in _DOCUMENT_WORDS for t in run[:3]):
        return None  # ("Benefits for Medicare Advantage Members": a plan's members, no person)
    # a name is two or three words; a fourth capitalised word starts what follows ("... Speech therapy")
    for n in (3, 2):
        if len(run) >= n and _any_name(run[:n]) and (len(run) == n or _ORG_WORD.match(run[n]) or n == 2):
            return " ".join(run[:n])
    return None


def _name_beside_provider(ln: TextLine) -> str | None:
    """"Aurelio Bastida      Tamarind Pediatric Therapy": a person's name, a column gap, then the provider (words
    a practice is called by, no number): the person the claims below are for."""
    parts = phrases(list(ln.words))
    if len(parts) != 2:
        return None
    name = [clean_text(w.text) for w in parts[0]]
    rest = [clean_text(w.text) for w in parts[1]]
    if _any_name(name) and not any(_ORG_WORD.match(t) for t in name) and any(_ORG_WORD.match(t) for t in rest) \
            and not any(re.search(r"\d", t) or t.endswith(":") for t in rest):
        return " ".join(name)
    return None


def _any_name(words: list[str]) -> bool:
    """A person's name capitalised ("Kaia Morrow-Ellis") or in capitals ("SOLVEIG AMANKWAH-LINDQVIST")."""
    return _is_name(words) or _is_caps_name(words)


def _is_caps_name(words: list[str]) -> bool:
    """A name printed in capitals ("SOLVEIG AMANKWAH-LINDQVIST"): two or three words of letters, no heading."""
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ'\-]+\.?|[A-Z]\.?", t) for t in words) \
        and sum(len(t.rstrip(".")) > 1 for t in words) >= 2 \
        and match_header(" ".join(words)) is None and not any(match_header(t) is not None for t in words)


# words of a provider's name: what a practice, not a person, is called
_ORG_WORD = re.compile(r"^(?:therapy|therapies|therapists?|clinic|clinics|rehab|rehabilitation|health|healthcare|pediatrics?|"
                       r"medical|medicine|hospital|center|centre|associates|group|practice|orthotics|ot|pt|slp|services|"
                       r"care|llc|inc\.?|pc|pllc|p\.c\.|telehealth|telepractice|wellness|institute|partners|network|"
                       r"specialists|labs?|laboratory|pharmacy|supply|imaging|speech|pathology|audiology|occupational|physical|"
                       r"chiropractic|counseling|behavioral|orthopedics?|physicians|dental|vision|hearing|studio|"
                       r"outpatient|inpatient|department|dept\.?|division|"
                       # what an insurer or an administrator is called
                       r"mutual|insurance|administrators?|company|corporation|corp\.?|trust|"
                       r"alliance|assurance|casualty|ppo|hmo|epo|medicaid|medicare)$", re.IGNORECASE)


_VISIT_WORDS = frozenset({"visit", "encounter", "invoice", "ticket"})


_PAYEE_LABEL = re.compile(r"^(?:payee|pay\s*to)(?:\s*name)?:$", re.IGNORECASE)


def _grid_patient(ln: TextLine) -> str | None:
    """A claim block printed as a grid of colon-less labels and values, column gaps between them
    (``Patient   KERRIGAN, POPPY   Billing Provider   Riverbend Kids``): the value after a patient
    label, when it is a person's name (``First Last`` or ``LAST, FIRST``) and the phrase after it, if
    any, is another label."""
    phs = phrases(ln.words)
    if len(phs) < 2 or exact_header(" ".join(w.text for w in phs[0])) is not Field.PATIENT:
        return None
    value = [clean_text(w.text) for w in phs[1]]
    if len(phs) > 2 and exact_header(" ".join(w.text for w in phs[2])) is None \
            and match_header(" ".join(w.text for w in phs[2])) is None:
        return None
    caps = 2 <= len(value) <= 3 and value[0].endswith(",") and all(re.fullmatch(r"[A-Z][A-Z'\-]+,?", t) for t in value)
    if caps or _is_name(value):
        return " ".join(value)
    return None


def _last_first_run(tokens: list[str]) -> str | None:
    """A name written last name first at the start of ``tokens`` ("OKAFOR, JUNE", "QUINTANA, ROSALIE M"): the
    last name with its comma, then up to three name words, ended by a heading word or the next number's label
    ("... MEDICAID NO 599521242"); None unless two words at least."""
    if not tokens or not _LAST_FIRST.match(tokens[0]):
        return None
    run = [tokens[0]]
    for j, t in enumerate(tokens[1:4], 1):
        if not _NAME_PART.match(t) or match_header(t) is not None or t.lower().strip(".:#") in _LABELISH \
                or j + 1 < len(tokens) and exact_header(t + " " + tokens[j + 1]) is not None:
            break  # (nor does it run into a two-word label: "WASHBURN, KEELY R  MA ID 7104418820")
        run.append(t)
    return " ".join(run) if len(run) >= 2 else None


def _opening_person(texts: list[str], end: int) -> str | None:
    """A heading that opens with a person's name (two or three capitalised words) right before its first
    claim number's label (``Ava Thornbury Claim 7Q2-55810``), or before a dash and the provider
    (``Wendell Achterberg - Stonevale Rehab  Claim ...``)."""
    head = texts[:end]
    if len(head) > 3 and head[-1] in _SEPARATORS and _RELATION.match(head[-2]) and head[-2].endswith(")"):
        head = head[:-1]  # ("Theo Ashby-Kwan (Son) | Claim 26A0114-88213": the bar before the claim's label)
    if len(head) > 2 and _RELATION.match(head[-1]) and head[-1].endswith(")"):
        head = head[:-1]  # "Inés Ferreira-Holt (Daughter) Claim number ...": the relationship is no part of the name
    lab = 2 if len(head) > 3 and head[1].lower() == "name" and exact_header(" ".join(head[:2])) is Field.PATIENT else 1
    if len(head) > lab + 1 and exact_header(" ".join(head[:lab])) is Field.PATIENT \
            and (lab == 2 or not _holder_label([head[0]])) and _LAST_FIRST.match(head[lab]):
        # "NAME WINTERBOURNE, HAROLD  MBI 4TR9KE2WD63  PAT CNTL # ...", "Member Name OKAFOR, JUNE  Member ID ...": a
        # colon-less name label, then the name written last name first, up to the next label or number
        who = _last_first_run(head[lab:])
        if who:
            return who
    if len(head) > 2 and exact_header(head[0]) is Field.PATIENT and not _holder_label([head[0]]):
        # a colon-less label of the person treated ("For", "Patient") opens the heading, maybe with a
        # separator before the claim label ("For Kai Halvorsen-Duarte · Claim ...")
        head = head[1:]
        while head and head[-1] in _SEPARATORS and head[-1] not in ("-", "–"):
            head = head[:-1]
    bar = next((k for k, t in enumerate(head) if t in _SEPARATORS and t not in ("-", "–", "—", "/")), None)
    if bar is not None and _is_name(head[:bar]) and not any(_ORG_WORD.match(t) for t in head[:bar]) \
            and any(t not in _SEPARATORS for t in head[bar + 1:]) \
            and not any(re.search(r"\d", t) or t.endswith(":") for t in head[bar + 1:]):
        # "Ellie Vandermeer | Tulip Lane Pediatrics | Claim number W26...": separated segments opening with
        # a person's name (no word a practice is called by), then a segment of words with no number (the
        # provider) up to the claim label: the person treated under this claim
        return " ".join(head[:bar])
    for n in (3, 2):
        # "Hazel Quintero-Adeyemi  Grant WW-24-1187 ...  Clinic invoice HGT-2210": a name, then a word naming the
        # number after it
        if len(head) > n + 1 and _is_name(head[:n]) and not any(_ORG_WORD.match(t) for t in head[:n + 1]) \
                and head[n][:1].isupper() and head[n].isalpha() and _ID_SHAPE.match(head[n + 1]) \
                and re.search(r"\d", head[n + 1]) and not looks_like_money(head[n + 1]):
            return " ".join(head[:n])
    if "-" in head or "–" in head:
        cut = next(k for k, t in enumerate(head) if t in ("-", "–"))
        if cut == len(head) - 1:
            # "Provider Name - Acct 441": the words before the dash name the provider, unless they are a
            # person's name and another dash-separated segment is the claim's status alone
            # ("Zuri Abernathy-Cole - Claim number MC26 - Paid"): a claim heading naming its patient
            segs = " ".join(texts[end:]).replace("\u2013", "-").split(" - ")
            if _is_name(head[:cut]) and not any(_ORG_WORD.match(t) for t in head[:cut]) and end < len(texts) \
                    and texts[end].lower().strip(".:#") in ("visit", "encounter", "appointment", "appt"):
                return " ".join(head[:cut])  # "Imani Abara-Whitfield - Visit V-903318": a visit is the patient's
            if _is_name(head[:cut]) and any(len(g.split()) == 1 and read_status(g.strip())[0] is not ClaimStatus.UNKNOWN
                                            for g in segs[1:]):
                return " ".join(head[:cut])
            return None
        head = head[:cut]
    if head and head[-1] in _SEPARATORS:
        # "Eli Marchetti-Kwan | Claim # ... | Harbor Lane Speech Therapy": the name, then a bar before the claim's
        # label, with the practice named in a later segment (else the name may be a practitioner's own practice)
        while head and head[-1] in _SEPARATORS:
            head = head[:-1]
        # (a later segment's "&" names a practice too: "Westshore Hand & Upper Limb")
        if any(_ORG_WORD.match(t) for t in head) or not any(_ORG_WORD.match(t) or t == "&" for t in texts[end:]):
            return None
    if len(head) >= 2 and _LAST_FIRST.match(head[0]):
        # "HOLLOWAY, BERNICE  Acct TR16591  ICN ...", "RAMIREZ-COLE, VIVIAN  MBI 5TK9...  Pat Ctrl # ...": the name
        # written last name first, up to the next number's label
        stop = next((j for j, t in enumerate(head) if j and (t.lower().strip(".:#") in _LABELISH
                                                             or match_header(t) is not None)), len(head))
        name = head[:stop]
        if 2 <= len(name) <= 4 and all(_NAME_PART.match(t) for t in name[1:]) and match_header(name[0].rstrip(",")) is None:
            return " ".join(name)
    if not 2 <= len(head) <= 3 or not all(_PERSON_WORD.match(t) for t in head) or any(_ORG_WORD.match(t) for t in head):
        return None  # ("Saltmarsh Therapy Partners  Claim ...": a practice, not a person)
    if match_header(" ".join(head)) is not None or any(match_header(t) is not None for t in head):
        return None
    return " ".join(head)


_RECORD_LABEL = re.compile(r"(?:chart|mrn|med(?:ical)?\.?\s+rec(?:ord)?\.?)(?:\s*(?:#|no\.?|number|num))?", re.IGNORECASE)


def _number_labels(texts: list[str], stop: int) -> list[tuple[int, int, Field | None]]:
    """Colon-less number labels among the first ``stop`` words: "Claim number 26-005-0143" (a label ending in
    number/no/#/id, then a value with digits), as (start, end exclusive, field)."""
    labels: list[tuple[int, int, Field | None]] = []
    for i in range(min(stop, len(texts)) - 1):
        lead = _ending_in(texts, i + 1)  # ("Medicare number ending in 7Q21": the number's last characters)
        if texts[i].lower().rstrip(".") not in ("number", "no", "#", "id", "num", "acct") or i + 1 + lead >= len(texts) \
                or not (re.search(r"\d", texts[i + 1 + lead]) or _digit_groups(texts[i + 1 + lead:i + 6 + lead])):
            continue  # (a value with digits, or a letter prefix before groups of them: "SPA 0093 4410")
        found: tuple[int, int, Field | None] | None = None
        for k in (2, 3):
            s = i - k + 1
            if s < 0 or (k == 3 and texts[s].lower() not in LABEL_WORDS):
                break
            if "(" in texts[s]:
                break  # "member account (member ID TWH-...)": a bracket opens another phrase
            f = match_header(" ".join(texts[s: i + 1]))
            if f in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.MEMBER_ID):
                found = (s, i + 1 + lead, f)
        if found and not (labels and found[0] < labels[-1][1]):
            labels.append(found)
    return labels


def _labelled(ln: TextLine) -> dict[Field, str]:
    """``Patient: Mia Lopez   Claim Number: 2026-0001`` or fixed-width ``NAME DOE, JANE  HIC 123  ACNT 45
    ICN 0212`` -> the claim-heading fields found on the line (only fields that identify a claim)."""
    words = list(ln.words)
    texts = [clean_text(w.text) for w in words]
    n = len(words)
    labels: list[tuple[int, int, Field | None]] = []  # (start, end exclusive, field)
    i = 0
    while i < n:
        t = texts[i]
        if t.endswith(":") and len(t) > 1 or (t == ":" and i > 0):
            end = i + 1
            last = i if t != ":" else i - 1
            core = [x.rstrip(":") for x in texts[: last + 1]]
            best: tuple[int, Field | None] = (last, None)
            # a label never reaches back into the previous label's value (it keeps one word at least), unless the
            # previous label has none ("CNTL #:  REM: N425")
            lo = (labels[-1][1] + (last > labels[-1][1])) if labels else 0
            if core[last].endswith(")"):
                # "Provider ref. no. (on your bill): HK-55120": the label before its bracketed note
                j = next((k for k in range(last, lo - 1, -1) if core[k].startswith("(")), None)
                if j is not None and j > lo:
                    core, last = core[:j], j - 1
                    best = (last, None)
            for k in range(1, 5):
                s = last - k + 1
                if s < lo or (k > 1 and (re.search(r"\d", core[s]) or looks_like_money(core[s]))):
                    break
                f = match_header(" ".join(core[s: last + 1]))
                if f is None and "/" in core[s: last]:
                    # a label printed in two languages ("Child / Niño(a):", "Claim / Reclamo:"): the first
                    # names the field, the translation after the slash is ignored
                    f = match_header(" ".join(core[s: core.index("/", s)]))
                if k == 1 and f is not None and core[s].lower().rstrip(".") in _BARE_ID and s > lo \
                        and core[s - 1].lower().rstrip(".") in _OTHER_IDS:
                    # "Tax ID:", "Group No.:", "Notice no.:": a number that is not the member's (nor the claim's)
                    best = (s - 1, None)
                    break
                if f is not None:
                    best = (s, f)
                    # extend over label-ish words ("Payer Claim Number")
                    while s > lo and (core[s - 1].lower() in LABEL_WORDS or _OWNER_WORD.match(core[s - 1])):
                        f2 = match_header(" ".join(core[s - 1: last + 1]))
                        if f2 is None or (f in CLAIM_KEYS and f2 not in CLAIM_KEYS) \
                                or f is Field.MEMBER_ID and f2 in (Field.PATIENT, Field.HOLDER):
                            # "Linden Medical Group Claim:": the provider's last word does not turn the
                            # claim number's label into another field's; nor does a sentence's "... not a
                            # bill Member number:" turn a member's number into a person
                            break
                        s -= 1
                        best = (s, f2)
                    break
            s, f = best
            if f in (Field.PROVIDER, Field.PAYER) and s - 2 >= lo and core[s - 1].lower() in ("with", "at"):
                # "Your account # with provider: A0044502": whose books hold the number qualifies its label
                key_at = next((k2 for k2 in range(max(lo, s - 4), s - 1)
                               if match_header(" ".join(core[k2:s - 1])) in CLAIM_KEYS and core[k2][:1].isupper()), None)
                if key_at is not None:
                    s, f = key_at, match_header(" ".join(core[key_at:s - 1]))
            if f is not None:
                s, f = _longer_exact(core, lo, s, last, f)
            if f is None and s == last and s >= lo:
                # one word before a colon is a label for sure: "CLM:", "ACCT:" may be abbreviations
                f = match_header(core[last], True)
                if f is None and s - 1 > lo and (core[s - 1].lower() in LABEL_WORDS or core[s - 1].lower() == "visit") \
                        and core[s - 1][:1].isupper() and labels:
                    s -= 1  # "Patient: BRANDT, OLUWASEUN Visit type: ...": a label's own first word, not the name's
            if labels and s < labels[-1][1]:
                s = labels[-1][1]
            labels.append((s, end, f))
        i += 1
    if labels:
        lead_key = _leading_key(texts)
        if lead_key and lead_key[1] <= labels[0][0]:
            labels.insert(0, lead_key)
        elif labels[0][0] > 2:
            # a colon-less number label before the first labelled value ("RUTH E CALLOWAY | Medicare Number
            # XXXX-XX7-QM42 | Notice date: ..."): read as on a line without colons
            early = _number_labels(texts, labels[0][0])
            if early:
                labels.insert(0, early[-1])
    if not labels:
        labels = _number_labels(texts, n)
        lead_key = _leading_key(texts)
        if lead_key and (not labels or lead_key[1] <= labels[0][0]):
            labels.insert(0, lead_key)
        # "Claim for Elin Ravensworth (Daughter)": the person a claim is for
        m = _CLAIM_FOR.match(" ".join(texts))
        if labels and m and not any(f is Field.PATIENT for _, _, f in labels):
            k = len(m.group(1).split())
            if k < labels[0][0]:
                labels.insert(0, (0, k, Field.PATIENT))
        if labels:
            labels = _name_labels(texts, labels)
        if labels:
            lead = _leading_date(texts[: labels[0][0]]) or _one_date(texts[: labels[0][0]])
            if lead:
                labels.insert(0, (0, 0, Field.SERVICE_DATE))
    elif labels[0][:2] != (0, 0) and labels[0][0] > 0:
        # the visit's date printed in the heading before its first label ("Visit on January 5, 2026  Claim:
        # CH26...") applies to the lines under it
        lead = _leading_date(texts[: labels[0][0]]) or _one_date(texts[: labels[0][0]])
        if lead:
            labels.insert(0, (0, 0, Field.SERVICE_DATE))
    if not labels:
        caps = [(i, match_header(t)) for i, t in enumerate(texts)
                if t.isupper() and t.isalpha() and 2 <= len(t) <= 5 and match_header(t) in INFO_FIELDS]
        if len(caps) >= 2 and (caps[0][0] == 0):
            labels = [(i, i + 1, f) for i, f in caps]
    if not labels:
        return {}
    out: dict[Field, str] = {}
    gap = _gap(words)
    if labels and labels[0][:2] == (0, 0) and labels[0][2] is Field.SERVICE_DATE:
        head = texts[: labels[1][0]] if len(labels) > 1 else texts
        lead = _leading_date(head) or _one_date(head)
        if lead:
            out[Field.SERVICE_DATE] = lead
        labels = labels[1:]
    keys: list[tuple[str, str]] = []  # (label, value) of the claim numbers on the line
    weak: set[Field] = set()  # a name given under a holder's label, which a patient's label replaces
    if not any(f is Field.CLAIM_ID for _, _, f in labels) and any(f is Field.PAYER_CLAIM_ID for _, _, f in labels):
        # "Chart #:", "MRN:", "Med Rec No:" and no account number: the provider's own record number is the number
        # the provider keeps the claim by
        rec = [(k, b) for k, (s, e, f) in enumerate(labels) if f is None
               for b in (s, s - 1, s - 2) if b >= (labels[k - 1][1] if k else 0)
               and _RECORD_LABEL.fullmatch(" ".join(texts[b:e]).rstrip(":").strip())]
        if len({k for k, _ in rec}) == 1:
            k0, b0 = rec[0]
            labels[k0] = (b0, labels[k0][1], Field.CLAIM_ID)
        elif not rec:
            # "Chart # 10447  Patient: ...": the same number opening the line, its label without a colon
            chart = next((k for k in (2, 1) if k + 1 == labels[0][0] and _ID_SHAPE.match(texts[k])
                          and _RECORD_LABEL.fullmatch(" ".join(texts[:k]))), None)
            if chart is not None:
                labels.insert(0, (0, chart, Field.CLAIM_ID))
    for k, (s, e, f) in enumerate(labels):
        nxt = labels[k + 1][0] if k + 1 < len(labels) else n
        vals = words[e:nxt]
        if vals and f is Field.STATUS and Field.STATUS not in out:
            st = clean_text(" ".join(w.text for w in vals))
            if read_status(st)[0] is not ClaimStatus.UNKNOWN:  # "Network status: In-network" is no claim status
                out[Field.STATUS] = st
            continue
        if not vals or f is None or (f not in INFO_FIELDS and f is not Field.REMARKS):
            continue
        # the value ends at a column gap (the next thing on the line belongs to something else)
        keep = [vals[0]]
        for a, b in zip(vals, vals[1:]):
            if b.x0 - a.x1 > gap:
                break
            keep.append(b)
        if f is Field.PATIENT and re.search(r"\d", keep[0].text) and len(vals) >= 3 \
                and _LAST_FIRST.match(clean_text(vals[1].text)) and len(keep) != 2:
            # "RECIP W0051930418 OKAFOR, TEMI A": the recipient's number, then (maybe past a gap) the name
            keep = list(vals[1:]) if len(keep) == 1 else keep[1:]
        value = clean_text(" ".join(w.text for w in keep))
        if f in (Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.MEMBER_ID) and " " in value:
            parts = value.split(" ")
            if grouped := _digit_groups(parts):
                value = grouped  # "Claim number: 26017 00412 81": one number printed in groups
            elif re.search(r"\d", parts[0]) or not value.replace(" ", "").isalnum():
                # a letter prefix printed apart from its number ("CVS 2026-0319") is part of the number
                prefixed = re.fullmatch(r"[A-Z]{2,5}", parts[0]) and re.search(r"\d", parts[1])
                value = " ".join(parts[:2]) if prefixed else parts[0]
        if f in _NAME_FIELDS:
            if value[:1].islower() or f is Field.PATIENT and _numbered(value) \
                    or f in (Field.PATIENT, Field.HOLDER) and value[:1].isdigit():
                # "Amount charged by providers: see each claim below.": prose, not a name; "Covered family members on
                # this statement: 4": a count, not a person (a provider may be named by its number); "Member
                # Services: 1-877-555-0128, 8 am - 8 pm": a telephone number, no member
                continue
            value = name_value(value)
            toks = value.split()
            cut_at = next((j for j, t in enumerate(toks) if j >= 2 and (_ORG_WORD.match(t.strip(",.")) or t in _SEPARATORS
                                                                        or len(t) >= 4 and exact_header(t) is Field.STATUS)),
                          None)  # ("OYELARAN, TOBI STATUS PAID": the claim's status follows the name)
            named = toks[:cut_at][:3] if cut_at is not None else []
            if cut_at == 3 and toks[3][:1].islower():
                named = named[:2]  # ("Nadia Lindqvist-Amaro Hand therapy & imaging": "Hand" opens the department)
            if f is Field.PATIENT and named and (_any_name(named) or len(named) >= 2 and _LAST_FIRST.match(named[0])
                                                and all(_NAME_PART.match(t) for t in named[1:])):
                # "Patient: Mila Raman-Costa Outpatient Rehabilitation - Occupational Therapy": the name, then the
                # department that saw the patient
                value = " ".join(named)
        if f in CLAIM_KEYS:
            if value and re.search(r"\d", value) and not looks_like_money(value):
                # a claim number has digits ("Patients on account: Dunmore, Theo" no), and is no amount ("Net paid this
                # claim: 109.02")
                keys.append((" ".join(texts[s:e]).rstrip(":"), value))
            continue
        if value and (f not in out or (f in weak and not _holder_label(texts[s:e]))):
            out[f] = value
            if f is Field.PATIENT and _holder_label(texts[s:e]):
                weak.add(f)
            else:
                weak.discard(f)
    out.update(assign_claim_keys(keys))
    if Field.PATIENT in weak:
        # a name under a holder's label only ("Subscriber: JORGE MONTOYA-REESE"): the plan holder, who is the
        # patient only where no claim names another person
        out[Field.HOLDER] = out.pop(Field.PATIENT)
    return out


# a possessive word naming whose number a label gives ("Provider's Patient No.", "Member's ID"): part of
# the label, so the number keeps its owner (the provider's account, never the payer's claim number)
_OWNER_WORD = re.compile(r"^[A-Za-z]+['\u2019]s$")
# a bare "ID" / "No." after one of these words is some other body's number, never the member's or the claim's
_BARE_ID = frozenset({"id", "no", "#", "number", "num", "nbr"})
_OTHER_IDS = frozenset({"tax", "tin", "ein", "employer", "federal", "payee", "npi", "group", "grp", "notice", "letter",
                        "document", "batch", "check", "trace", "eft", "vendor", "facility", "license", "routing"})


_HOLDER_WORDS = frozenset({"subscriber", "member", "insured", "policyholder", "policy", "holder", "employee",
                           "guarantor", "cardholder", "enrollee", "primary", "suscriptor", "asegurado", "titular"})


def _translated_header(lines: list[TextLine], j: int, hdr: Header) -> int:
    """A bilingual table prints its headings twice, one row under the other ("Allowed  CHIP paid" over
    "Permitido  Pagó CHIP"). A header right under a header (no row between) that names no field the
    first does not, with as many columns or fewer, is the same header again: the number of its lines
    (0 when there is none)."""
    if j >= len(lines):
        return 0
    last = hdr.lines[-1]
    nxt = lines[j]
    if nxt.top - last.bottom > max(last.height, nxt.height) * 1.5:
        return 0
    h2 = find_header(lines, j)
    if h2 is None or not (h2.fields() & ROW_FIELDS) <= hdr.fields():
        return 0
    return len(h2.lines)


def _longer_exact(core: list[str], lo: int, s: int, last: int, f: Field) -> tuple[int, Field]:
    """A longer label before a colon that is an exact heading of the trade naming another field wins over
    the shorter run found first: "Núm. de cuenta del proveedor:" is the provider's account number, not a
    "proveedor:" label. Up to six words, never reaching back over digits or into the previous label."""
    for k in range(max(lo, last - 5), s):
        run = core[k: last + 1]
        if any(re.search(r"\d", t) or looks_like_money(t) for t in run):
            continue
        g = exact_header(" ".join(run))
        if g is not None and g is not f:
            return k, g
    return s, f


def _holder_label(label: list[str]) -> bool:
    """A name label that may name the plan's holder rather than the person treated ("Subscriber:",
    "Member:"): on a line that also says "Patient:", the patient's label wins."""
    ws = [t.rstrip(":").lower() for t in label]
    return bool(ws) and any(w in _HOLDER_WORDS for w in ws) and all(w in _HOLDER_WORDS or w in ("name", "s", "'s") for w in ws)


def _same_member(f: Field, a: str, b: str) -> bool:
    """A subscriber's id and a family member's id built on it (``BWX48`` / ``BWX48-01``) are one family's
    ids: a page heading repeating the subscriber's id does not start a new claim."""
    if f is Field.PATIENT:
        # "Poppy" on the rows under "Visit # ... · Poppy Nakashima-Reyes": the same child, named shorter
        wa, wb = (set(re.findall(r"[\w'-]+", x.lower())) for x in (a, b))
        return bool(wa) and bool(wb) and (wa <= wb or wb <= wa) and a.lower() != b.lower()
    if f is Field.PAYER_CLAIM_ID:
        # a file's claim number and one claimant's claim under it (``54A88120417`` / ``54A88120417-002``):
        # the file's number repeated on a page heading is no new claim
        short, long_ = sorted((a, b), key=len)
        return short != long_ and long_.startswith(short) and long_[len(short)] in "-/." and len(short) >= 6
    return f is Field.MEMBER_ID and (a.startswith(b) or b.startswith(a))


def _leading_key(texts: list[str]) -> tuple[int, int, Field | None] | None:
    """``Claim 7719-2203-118 ...`` / ``Claim ID EMQ7Z40H01 | ...``: a line opening with a claim-number
    heading (one or two words, no colon) and a value with digits."""
    for k in (2, 1):
        if k == 2 and len(texts) > 2 and re.fullmatch(r"[A-Z]{2,5}", texts[1]) and _digit_groups(texts[1:6]):
            continue  # "Account HA 7002158841": the letters are the number's prefix, not the label's
        if len(texts) <= k or not re.search(r"\d", texts[k]) and not _digit_groups(texts[k:k + 5]) \
                or any(re.search(r"\d", t) for t in texts[:k]):
            continue
        if len(texts) > k + 2 and texts[k].isdigit() and texts[k + 1].lower() == "of" and texts[k + 2].isdigit() \
                or re.fullmatch(r"\d{1,2}[.)]", texts[k]):
            return None  # "Claim 1 of 5", "Claim 3. Pinecrest Rehab": which claim of the notice, not its number
        f = match_header(" ".join(texts[:k]))
        if f in CLAIM_KEYS:
            return (0, k, f)
    return None


def _name_labels(texts: list[str], labels: list[tuple[int, int, Field | None]]) -> list[tuple[int, int, Field | None]]:
    """Names on a colon-less claim heading: a person heading after a number's value (``Payer Clm #
    MCT25 Member PENHALIGON, ASTRID``), or a name followed by a relationship in brackets (``| Noor
    Haddad-Whitcombe (daughter) |``)."""
    out = list(labels)
    n = len(texts)
    for s, e, f in labels:
        p = e + 1  # after the number's one-word value
        while p < n and texts[p] in ("|", "-", "/"):
            p += 1
        nxt = min([s2 for s2, _, _ in out if s2 > s] + [n])
        if p >= nxt - 1:
            continue
        for k in (2, 1):
            f2 = exact_header(" ".join(texts[p:p + k]))
            if p + k < nxt and f2 in (Field.PATIENT, Field.PROVIDER) \
                    and not any(re.search(r"[\d,]", t) for t in texts[p:p + k]):
                out.append((p, p + k, f2))
                break
    if not any(f is Field.PATIENT for _, _, f in out):
        for r, t in enumerate(texts):
            if not _RELATION.match(t):
                continue
            b = r
            while b > 0 and r - b < 4 and texts[b - 1] not in ("|", "-") and not re.search(r"\d", texts[b - 1]) \
                    and not texts[b - 1].endswith(":") and not any(e2 > b - 1 >= s2 for s2, e2, _ in out) \
                    and match_header(texts[b - 1]) is None:
                b -= 1
            who = texts[b:r]
            if b < r and not any(s2 < b < e2 for s2, e2, _ in out) and not any(_ORG_WORD.match(t) for t in who) \
                    and "&" not in who:
                # (a practice's name before "(continued)" is no person: "Brightside Imaging & Pain Center (continued)")
                out.append((b, b, Field.PATIENT))
            break
    return sorted(out, key=lambda t: (t[0], t[1]))


_CLAIM_FOR = re.compile(r"^((?:(?:medical|therapy|dental|vision|outpatient)\s+)?(?:for\s+)?"
                        r"(?:claims?|services?|visits?|sessions?|statement|notice|benefits|care\s+received)"
                        r"(?:\s+(?:details?|summary))?\s+(?:for|to|by|provided\s+to):?)\s+\S",
                        re.IGNORECASE)
_NAME_FIELDS = {Field.PATIENT, Field.PAYER, Field.PROVIDER}
# words that label a number printed after a name on a heading line ("... Benefit EFT trace 1EMB0883...")
_LABELISH = frozenset("eft trace check chk deposit date run id no number num nbr # tin npi phone tel fax ref reference "
                      "payment pmt amount amt issued issue trn batch dob birth of acct account claim member group grp "
                      "policy ssn hic mbi ein tax client recipient patient pat pt beneficiary enrollee student "
                      "participant medicaid medicare recip mbr".split())
_VISIT_LABEL = frozenset("visit encounter invoice inv ticket enc superbill session".split())
_RELATION = re.compile(r"^[(\[](self|spouse|daughter|son|child|dependent|dependant|you|subscriber|member|wife|husband|"
                       r"partner|stepchild|other|participant|employee|insured|retiree|enrollee|policyholder|"
                       r"guarantor|beneficiary|cardholder|student|"
                       # a note that the person's claims run on from the page before: not part of the name
                       r"continued|cont\.|cont'd|contd)", re.IGNORECASE)


def name_value(value: str) -> str:
    """A name (patient, payer, provider) ends before the first word holding a digit, without the words that
    label that number: ``Evergreen Mutual Benefit EFT trace 1EMB0883301927 Deposit date ...`` ->
    ``Evergreen Mutual Benefit``; a relationship in brackets after it is not part of it."""
    toks = value.split(" ")
    for k, t in enumerate(toks):
        if re.search(r"\d", t) or _RELATION.match(t) or t == "|":
            if k == 0:  # a provider known by its number (an NPI) only: the number
                return toks[0] if re.search(r"\d", toks[0]) else ""
            toks = toks[:k]
            while toks and (toks[-1].lower().strip(".:#") in _LABELISH or toks[-1].lower().strip(".:#") in _VISIT_LABEL
                            or not toks[-1].strip(".:#")):
                toks.pop()  # ("Zara Adeyemi Visit # V40117": the number's label is no part of the name)
            break
    # the first word of the next label printed without a gap ("LILA INS" before "ID:")
    while len(toks) > 1 and toks[-1].lower().strip(".:#") in _TRAILING_LABEL:
        toks.pop()
    return clean_text(" ".join(toks)).strip(" ,;|-")


_TRAILING_LABEL = frozenset("ins id no # mbr member subscriber acct account claim npi tin ssn dob chart mrn record case "
                            "pcn icn tcn dcn ccn primary secondary tertiary "
                            "file sex age".split())


def assign_claim_keys(keys: list[tuple[str, str]]) -> dict[Field, str]:
    """Claim numbers of one heading by the meaning of their labels (``claim_key``). When two labels both
    name the payer's number and none the provider's ("CLAIM NO: WC-1  BILL ID: 4471920"), the one called
    a claim number is the payer's claim number and the other is kept as ``claim_id`` (it tells bills of
    one claim apart) rather than dropped; likewise for two provider-side numbers."""
    out: dict[Field, str] = {}
    # a number another payer gave the claim ("Medicare ICN" on a supplement plan's crossover remit,
    # "Primary claim #" on a secondary's EOB) is not this payer's number for it
    keys = [(lab, v) for lab, v in keys if not _OTHER_PAYER_LABEL.match(lab)]
    # a record number ("MED REC NO MR44107", "Chart #") is the provider's number only when no account number is named
    records = [v for lab, v in keys if _RECORD_LABEL.fullmatch(lab)]
    keys = [(lab, v) for lab, v in keys if not _RECORD_LABEL.fullmatch(lab)]
    prov = [v for lab, v in keys if claim_key(lab) is Field.CLAIM_ID]
    payer = sorted(((0 if PAYER_CLAIM_WORD.search(lab) else 1, v) for lab, v in keys
                    if claim_key(lab) is Field.PAYER_CLAIM_ID), key=lambda t: t[0])
    pv = list(dict.fromkeys(v for _, v in payer))
    prov = list(dict.fromkeys(prov))
    if prov:
        out[Field.CLAIM_ID] = prov[0]
    if pv:
        out[Field.PAYER_CLAIM_ID] = pv[0]
    if not prov and len(pv) > 1:
        out[Field.CLAIM_ID] = pv[1]
    if not pv and len(prov) > 1:
        out[Field.PAYER_CLAIM_ID] = prov[1]
    if records and Field.CLAIM_ID not in out and Field.PAYER_CLAIM_ID in out:
        out[Field.CLAIM_ID] = records[0]  # (beside the payer's number: the claim's heading, not a person's line)
    return out


# words printed in an amount's place when there is no amount (yet)
_NO_AMOUNT = frozenset({"pending", "pend", "pended", "n/a", "na", "tbd", "none", "waiting", "in process", "hold",
                        "on hold", "not yet", "--", "---", "—", "–"})


def _label_start(texts: list[str], at: int, f: Field) -> int:
    """Where the label of the value at ``at`` starts: the earliest of the one to three words before it that, read
    together, name ``f`` ("Medicare Number", "Member ID"); ``at`` when none do."""
    end = at - 2 if _ending_in(texts, at - 2) else at
    return next((s for s in range(max(0, end - 3), end) if match_header(" ".join(texts[s:end])) is f), at)


def _ending_in(texts: list[str], k: int) -> int:
    """2 when the words at ``k`` are "ending in" (a number given by its last characters), else 0."""
    return 2 if k >= 0 and [t.lower() for t in texts[k:k + 2]] == ["ending", "in"] else 0


def _words_at(texts: list[str], value: str) -> int | None:
    """Where a value's words start among a line's words (a number printed in groups, "SPA 0093 4410", is several)."""
    parts = value.split()
    return next((k for k in range(len(texts)) if texts[k:k + len(parts)] == parts), None) if parts else None


def _sum_line(ln: TextLine) -> bool:
    """A claim's sum on a line of its own: words naming it, then one amount ("Contractual allowance 822.70",
    "Insurance payment - Ashgrove Health Alliance 873.84"), maybe after the date it was posted ("01/21/2026 Payment
    - thank you -30.00"); no code."""
    kinds = [token_kind(w.text) for w in ln.words]
    dated = kinds[:1] == [Kind.DATE]
    return 2 + dated <= len(kinds) <= 10 + dated and kinds[-1] == Kind.MONEY and kinds.count(Kind.MONEY) == 1 \
        and Kind.CODE not in kinds and Kind.DATE not in kinds[dated:] and ln.words[dated].text[:1].isalpha()


def _first_sum_above(lines: list[TextLine], i: int) -> TextLine:
    """The first of a claim's sum lines right above ``lines[i]`` on its page; ``lines[i]`` when there are none."""
    j = i
    while j > 0 and lines[j - 1].page == lines[i].page and _sum_line(lines[j - 1]):
        j -= 1
    return lines[j]


def _name_over_number(lines: list[TextLine], i: int, number: str) -> str | None:
    """A person's name printed alone at the end of the line above a member's number, lined up with the number's
    label at its left or right edge ("CORNELIUS J. ABERNATHY-VOSS" over "Medicare Number XXX-XX-4417B")."""
    ln = lines[i]
    if i == 0 or lines[i - 1].page != ln.page or not ln.words:
        return None
    above = lines[i - 1]
    if ln.top - above.bottom > above.height * 1.5 or len(above.words) < 2:
        return None
    texts = [clean_text(w.text) for w in ln.words]
    at = _words_at(texts, number)
    if at is None:
        return None
    end = at + len(number.split()) - 1
    start = _label_start(texts, at, Field.MEMBER_ID)
    if start == at:
        return None
    ws = list(above.words)
    seg = ws[max(_column_starts(above), default=0):]
    names = [clean_text(w.text) for w in seg]
    if not _member_name(names):
        return None
    left = abs(seg[0].x0 - ln.words[start].x0) < 4
    right = abs(seg[-1].x1 - ln.words[end].x1) < 4
    return " ".join(names) if left or right else None


def _left_segment(ln: TextLine) -> list[str]:
    """The words of a line up to its first column gap (three spaces' width or more)."""
    ws = list(ln.words)
    gap = _gap(ws) * 2.5
    out = [clean_text(ws[0].text)] if ws else []
    for a, b in zip(ws, ws[1:]):
        if b.x0 - a.x1 > gap or b.text in _SEPARATORS or b.text in _BARS:
            break
        out.append(clean_text(b.text))
    return out


# bars printed between the parts of a line besides the separators ("WINIFRED A CALLOWAY \u2502 Notice date: ...")
_BARS = frozenset({"\u00a6", "\u2502"})


_KEY_WORD = re.compile(r"^[A-Za-z][A-Za-z.]*$")


def keyword_pairs(ln: TextLine) -> list[tuple[Field | None, str]]:
    """Colon-less keys each followed by its values, the way fax-back and text-report services print a line
    (``LN 01 DOS 01/05/26-01/05/26 PROC 97110 MOD GP,59 UNITS 2`` / ``BILLED 160.00 ALLOWED 131.20 DED 80.00``
    / ``PAID 40.96 PT RESP 90.24 ADJ CO45 28.80 PR1 80.00``): a key is one or two words of letters that the
    vocabulary reads as a field of a service line, and its value is every word up to the next key, none of
    them a word of letters (codes and modifiers aside). The line must open with a key and carry two keys
    at least; else []."""
    texts = [clean_text(w.text) for w in ln.words]
    n = len(texts)
    if any(t.endswith(":") for t in texts):
        return []  # labels with colons are read as such (label_pairs)

    def key_at(k: int, after: Field | None = None) -> tuple[int, Field] | None:
        for size in (2, 1):
            run = texts[k:k + size]
            if size == 2 and after in (Field.CODE, Field.MODIFIERS) and token_kind(run[0]) == Kind.MOD:
                continue  # "MOD GP UNITS 1": the modifier, then the next key
            if size == 2 and len(run) == 2 and token_kind(run[1]) in (Kind.MOD, Kind.ADJ, Kind.REMARK, Kind.CODE) \
                    and match_header(run[0], True) is not None:
                continue  # "MOD GP": a key and its value
            if size == 2 and len(run) == 2 and all(match_header(t, True) in ROW_FIELDS for t in run):
                continue  # "ALLOWED PAID": two keys, the first printed without its value
            if len(run) == size and all(_KEY_WORD.match(t) for t in run):
                f = match_header(" ".join(run), True)
                if f is not None and (f in ROW_FIELDS or f in (Field.LINE_NUMBER, Field.OTHER_DATE)):
                    return size, f
        return None

    out: list[tuple[Field | None, str]] = []
    k = 0
    while k < n:
        key = key_at(k)
        if key is None:
            return []
        size, f = key
        j = k + size
        vals: list[str] = []
        while j < n and key_at(j, f) is None:
            if _KEY_WORD.match(texts[j]) and token_kind(texts[j]) not in (Kind.MOD, Kind.ADJ, Kind.REMARK, Kind.CODE):
                if len(out) >= 1 and any(v for _, v in out):
                    # "BILLED 160.00 ALLOWED --- PAID --- NOT YET DETERMINED": a note after the keyed values
                    return out + [(f, " ".join(vals))]
                return []  # a word that is no key and no code: prose, not keyed values
            vals.append(texts[j])
            j += 1
        if not vals and j >= n:
            return []
        out.append((f, " ".join(vals)))  # (a key with no value before the next key: printed blank or "---")
        k = j
    return out if sum(1 for _, v in out if v) >= 2 else []


def label_pairs_loose(ln: TextLine) -> list[tuple[Field | None, str]]:
    """``Label: value`` pairs anywhere on a line (it need not start with a label)."""
    words = list(ln.words)
    first = next((k for k, w in enumerate(words) if w.text.endswith(":") and len(w.text) > 1), None)
    if first is None:
        return []
    start = max(0, first - 3)
    while start < first and re.search(r"\d", words[start].text):
        start += 1
    return label_pairs(TextLine(ln.page, ln.number, tuple(words[start:])))


def read_status(text: str | None) -> tuple[ClaimStatus, str | None]:
    """A claim status as printed -> our status and the printed code: ``4 - DENIED`` (an 835 CLP02 code,
    read as the 835 reader reads it), ``22 REVERSAL OF PREVIOUS PAYMENT``, ``DENIED``, ``Paid``,
    ``Reversed``, ``ADJUSTED - VOID OF TCN ...``, ``Pending``. Unknown wording stays UNKNOWN."""
    if not text:
        return ClaimStatus.UNKNOWN, None
    t = clean_text(text)
    m = re.match(r"^(\d{1,2})\b", t)
    code = m.group(1) if m else None
    if code is not None:
        st = claim_status(code)
        if st is not ClaimStatus.UNKNOWN:
            return st, code
    low = t.lower()
    if re.search(r"\b(denied|denial|rejected|not covered)\b", low):
        return ClaimStatus.DENIED, code
    if re.search(r"\b(revers\w*|void\w*|voided|recoup\w*|cancel\w*)\b", low):
        return ClaimStatus.REVERSED, code
    if re.search(r"\b(pend\w*|suspend\w*|in process|under review|received)\b", low):
        return ClaimStatus.PENDING, code
    if re.search(r"\b(paid|processed|approved|allowed|finali[sz]ed|adjusted|adjudicated)\b", low):
        return ClaimStatus.PROCESSED, code
    return ClaimStatus.UNKNOWN, code


_STATUS_WORDS = re.compile(r"\b(denied|reversal|reversed|voided|void)\b", re.IGNORECASE)


def _status_words(ln: TextLine) -> str | None:
    """A claim heading without a status label that says what happened (``** REVERSAL OF PRIOR PAYMENT **``,
    ``Denied``): only the unmistakable words count."""
    m = _STATUS_WORDS.search(clean_text(ln.text))
    return m.group(1) if m else None


def label_pairs(ln: TextLine) -> list[tuple[Field | None, str]]:
    """``Label: value`` pairs of a line that is made of them only (it starts with a label): the field each
    label names (``vocab.match_header``) and its value text. A label runs back from its colon to the
    previous value's end, which is a column gap when there is one, else the shortest run of words that
    names a field (``Insurance allowed:`` after ``$380.00``). Lines not made of pairs give []."""
    words = list(ln.words)
    texts = [clean_text(w.text) for w in words]
    n = len(texts)
    colons = [k for k, t in enumerate(texts) if t.endswith(":") and (len(t) > 1 or k > 0)]
    if not colons or colons[0] > 3 or any(re.search(r"\d", t) for t in texts[: colons[0]]):
        return []
    gap = _gap(words) * 0.75
    starts: list[int] = []
    for idx, c in enumerate(colons):
        if idx == 0:
            # the longest run before the colon that names a field ("CLP PATIENT CTRL #:" -> "PATIENT CTRL #")
            runs = [" ".join(t.rstrip(":") for t in texts[k: c + 1]) for k in range(0, c + 1)]
            s0 = next((k for k, r in enumerate(runs) if exact_header(r)), None)
            if s0 is None:
                s0 = next((k for k, r in enumerate(runs) if match_header(r)), 0)
            starts.append(s0)
            continue
        lo = colons[idx - 1] + 2  # the previous label keeps at least one value word
        if lo > c:
            return []
        s = c
        # a column gap before the label
        for k in range(c, lo - 1, -1):
            if k > 0 and words[k].x0 - words[k - 1].x1 > gap:
                s = k
                break
        else:
            s = c
            for k in range(c, max(lo, c - 3) - 1, -1):
                run = " ".join(t.rstrip(":") for t in texts[k: c + 1])
                if re.search(r"\d", run) or looks_like_money(texts[k]):
                    break
                if match_header(run) is not None:
                    s = k
                    break
            # a longer label that is an exact heading of the trade wins over its last word alone
            # ("Núm. de cuenta del proveedor:" is the provider's account number, not "proveedor:")
            for k in range(max(lo, c - 5), s):
                run = " ".join(t.rstrip(":") for t in texts[k: c + 1])
                if re.search(r"\d", run) or any(looks_like_money(t) for t in texts[k: c + 1]):
                    continue
                if exact_header(run) is not None and exact_header(run) is not match_header(texts[c].rstrip(":")):
                    s = k
                    break
        if any(re.search(r"\d", t) for t in texts[s: c]):
            return []
        starts.append(s)
    out: list[tuple[Field | None, str]] = []
    for idx, c in enumerate(colons):
        label = " ".join(t.rstrip(":") for t in texts[starts[idx]: c + 1]).strip()
        end = starts[idx + 1] if idx + 1 < len(colons) else n
        value = clean_text(" ".join(texts[c + 1: end]))
        out.append((match_header(label) if label else None, value))
    return out


_CREDIT_COLUMN = re.compile(r"\b(payments|pmts|credits?)\b", re.IGNORECASE)


def _credits_balance(money: dict[Field, Decimal], adjustment: str) -> bool:
    """The row's charge plus its credits (the negative amounts, a write-off printed under an adjustment heading
    among them) is exactly what the row leaves owing."""
    credits = sum((v for f, v in money.items() if v < 0), Decimal(0))
    if adjustment and looks_like_money(adjustment):
        try:
            a = parse_money(adjustment)
        except ValueParseError:
            return False
        if a is not None and a < 0:
            credits += a
    return money[Field.BILLED] + credits == money[Field.PATIENT_OWES]


def _balance_column(hdr: Header) -> bool:
    """The table's patient-owes column is headed "Balance" (a statement's ledger)."""
    return any(c.field is Field.PATIENT_OWES and _BALANCE_LABEL.match(clean_text(c.label)) for c in hdr.columns)


def _runs_on(before: Decimal | None, lb: _LineB) -> bool:
    """The balance printed on the row is the balance printed before it plus the row's charge less its payment: a
    running balance (a zero before it is no balance to run on)."""
    owes, billed = lb.money.get(Field.PATIENT_OWES), lb.money.get(Field.BILLED)
    if owes is None or billed is None or not before or billed == 0:
        return False
    return owes == before + billed - lb.money.get(Field.PAID, Decimal(0))


_DOCTOR = re.compile(r"^(?:m\.?d\.?|d\.?o\.?|dr\.?|pt|ot|slp|dpt|otr/?l?|ccc-slp|np|pa-c),?$", re.IGNORECASE)


def _numbered(value: str) -> bool:
    """A value with no letter: a provider given by its number only ("1730055291"), never a name; a count."""
    return not re.search(r"[^\W\d_]", value)


def _dated_provider(texts: list[str]) -> dict[Field, str]:
    """``December 8, 2025    Harbor Lights Rehabilitation`` / ``January 9, 2026  Mei-Lin Oduya, M.D.`` / ``Pinecrest
    Outpatient Rehabilitation, Jan 6, 2026``: a claim heading giving the date of the visit and who gave it (a Medicare
    notice's way), nothing else."""
    when = _leading_date(texts)
    rest = texts[len(when.split()):] if when else []
    if when is None:
        # "Pinecrest Outpatient Rehabilitation, Jan 6, 2026": the provider, then the date of the visit
        for k in (3, 2, 1):
            if len(texts) > k and _one_date(texts[-k:]) == " ".join(texts[-k:]) and texts[-k - 1].endswith(","):
                when, rest = " ".join(texts[-k:]), texts[:-k]
                rest = rest[:-1] + [rest[-1].rstrip(",")]
                break
    if when is None or not re.search(r"[A-Za-z]{3}", when) and "/" not in when:
        return {}
    if not 1 <= len(rest) <= 7 or any(re.search(r"\d", t) or t.endswith(":") for t in rest) \
            or not rest[0][:1].isupper():
        return {}
    if not (any(_ORG_WORD.match(t.strip(",.")) for t in rest) or any(_DOCTOR.match(t) for t in rest)):
        return {}
    return {Field.SERVICE_DATE: when, Field.PROVIDER: " ".join(rest)}


def _trailing_date(text: str) -> str | None:
    """``Seabrook Outpatient Rehabilitation - January 6, 2026``: a date closing a claim heading after a dash (never
    the end of a period, "01/01/2026 - 01/31/2026", nor a label's value)."""
    text = clean_text(text)
    m = re.search(r"\s[-\u2013\u2014]\s+([A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})$", text)
    if m is None or ":" in text or any(token_kind(t) == Kind.DATE for t in text[:m.start()].split()):
        return None
    try:
        a, _b = parse_date_range(m.group(1))
    except ValueParseError:
        return None
    return m.group(1) if a is not None else None


def _leading_date(texts: list[str]) -> str | None:
    """``Jan 5, 2026`` / ``01/05/26`` / ``01/05/26 - 01/09/26`` at the start of a claim heading line."""
    for k in range(min(len(texts), 5), 0, -1):
        if texts[k - 1].lower() in ("-", "\u2013", "\u2014", "to", "thru", "through"):
            continue  # "January 6, 2026 - Brookside Rehab": the dash parts the date from the provider, it opens no range
        cand = " ".join(texts[:k])
        try:
            a, _b = parse_date_range(cand)
        except ValueParseError:
            continue
        if a is not None:
            return cand
    return None


def _one_date(texts: list[str]) -> str | None:
    """The one date (or date range) written in a claim heading: ``Visit on 01/06/2026 - Clinic``."""
    found = [t for t in texts if token_kind(t) == Kind.DATE]
    if found:
        return found[0] if len(found) == 1 else None
    # a date written in words inside the heading ("Visit on January 5, 2026", "Seen Jan 12 2026"): the
    # visit's date, printed in its heading, is the date of the lines under it
    spelled: list[str] = []
    k = 0
    while k < len(texts):
        for n in (3, 2):
            cand = " ".join(texts[k:k + n])
            if k + n > len(texts) or not re.match(r"[A-Za-z]{3,}\.?$", texts[k]) or not re.search(r"\d{4}", cand):
                continue
            try:
                d = parse_date(cand)
            except ValueParseError:
                continue
            if d is not None:
                spelled.append(cand)
                k += n - 1
                break
        k += 1
    return spelled[0] if len(spelled) == 1 else None


def _gap(words) -> float:
    sizes = sorted((w.size or w.height) for w in words) or [10.0]
    return sizes[len(sizes) // 2] * 1.2


def parse_pages(file: str, pages: list[PageWords]) -> ParseResult:
    """Read a document from its pages of words (the engine-independent half of the reader)."""
    lines = side_panels([page_columns(group_lines(p.words, p.number)) for p in pages])
    parser = _Parser(file)
    parser.run(lines)
    return parser.result(lines)


# keep ``phrases`` importable from here for tests that build lines by hand
_ = phrases
