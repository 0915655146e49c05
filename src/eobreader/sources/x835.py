"""X12 835 (electronic remittance advice) reader: 005010X221A1 and 004010X091A1.

Why a reader of our own: the maintained Python X12 libraries were tried on every public 835 in
``shared/realworld/x12_835`` (see ``docs/x12-engine.md``); none read them all (odd separators, no
envelope, newline-only terminators, malformed SVC composites), so this is a small streaming segment
reader with the 835's loop structure written out by hand.

Invariants this module keeps:
- the file is streamed: memory holds one read chunk plus the records made so far, never the file;
- every segment is counted once in ``Accounting``: a service line (SVC), recognised (any other 835
  segment, envelope included), unread (not an 835 segment, or text after the end) or blank;
- bad content never raises: a whole-file failure is ``FileResult(error=...)``; a malformed segment is a
  ``Finding`` carrying the segment text, and the rest of the file is still read;
- nothing is invented. The only derived values are the ones the 835 itself defines:
  * ``ServiceLine.units``: SVC05 when printed; when SVC05 is absent the TR3 says the paid units are one,
    so a well-formed SVC without SVC05 gets 1 (a malformed SVC gets None);
  * ``ServiceLine.patient_owes`` is the sum of the line's PR (patient responsibility) adjustments,
    0.00 when the line has none; ``deductible`` / ``coinsurance`` / ``copay`` are the PR-1 / PR-2 /
    PR-3 amounts when the line carries them (None otherwise);
  * service dates fall back to the claim's DTM*232/233 when a line has no DTM*472/150/151;
- balancing is reported, never enforced: per claim (CLP03 - claim CAS - line CAS = CLP04) and per
  transaction (BPR02 = sum CLP04 - sum PLB) here; per line (SVC02 - line CAS = SVC03) by
  ``checks.line_arithmetic`` for lines with adjustments, and here for lines without any (which that
  check skips), so each unbalanced line gets exactly one ``line-imbalance`` finding;
- duplicate claims (within a file or across files) are flagged by ``checks.check_across_files``.

Mapping: one ``Statement`` per ST/SE transaction, one ``Claim`` per CLP, one ``ServiceLine`` per SVC.
Patient name: NM1*QC (the name the provider submitted, which is how the clinic finds the claim); a
corrected name in NM1*74 is kept as an info finding on the claim, so nothing is lost.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

from ..model import (
    ZERO,
    Accounting,
    Adjustment,
    Claim,
    ClaimStatus,
    FileResult,
    Finding,
    ProviderAdjustment,
    ServiceLine,
    Severity,
    SourceRef,
    Statement,
    Totals,
    Unread,
)
from ..values import ValueParseError, parse_date, parse_money, parse_units

KIND = "x835"

#: segments an 835 (either version) may contain, envelope and acknowledgement included
KNOWN_SEGMENTS = frozenset(
    ["ISA", "IEA", "GS", "GE", "ST", "SE", "TA1", "BPR", "TRN", "CUR", "REF", "DTM", "N1", "N2", "N3", "N4", "PER", "RDM", "LX", "TS3", "TS2", "CLP", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "SVC", "LQ", "PLB"]
)

#: CLP02 claim status codes (5010 and 4010) -> our status
_PROCESSED = {"1", "2", "3", "19", "20", "21"}
_PENDING = {"5", "10", "13", "15", "16", "17", "27"}  # 4010 pended / received / suspended / reviewed


def claim_status(code: str | None) -> ClaimStatus:
    if not code:
        return ClaimStatus.UNKNOWN
    if code in _PROCESSED:
        return ClaimStatus.PROCESSED
    if code == "4":
        return ClaimStatus.DENIED
    if code == "22":
        return ClaimStatus.REVERSED
    if code in _PENDING:
        return ClaimStatus.PENDING
    return ClaimStatus.UNKNOWN


# Largest element count (segment ID excluded) each segment may carry; more means extra elements.
_MAX_ELEMENTS = {"SVC": 7, "CLP": 14, "CAS": 19, "PLB": 14, "BPR": 21, "NM1": 12, "LQ": 2, "TRN": 4, "N1": 6}
_QUALIFIERS = frozenset({"AD", "ER", "HC", "HP", "IV", "N4", "N6", "NU", "UI", "WK", "ZZ", "RB", "NH", "CJ", "ID"})
_COMPONENT_CANDIDATES = (":", ">", "^", "<", "\\", "!", "@")
_MAX_SEGMENT = 64 * 1024  # a longer "segment" is junk: it is cut and listed as unread
_MAX_UNREAD_LISTED = 500
_CHUNK = 1 << 16
_TEXT_LIMIT = 300  # characters of a segment kept in SourceRef.text for junk segments

_SEG_ID = re.compile(r"[A-Z][A-Z0-9]{1,2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEAD_ISA = re.compile(rb"^(?:\xef\xbb\xbf)?\s*ISA[^A-Za-z0-9\s]")
_HEAD_SEG = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:ST([^A-Za-z0-9\s])835\1|BPR[^A-Za-z0-9\s][A-Z][^A-Za-z0-9\s])")
_HEAD_ST835 = re.compile(rb"(?:^|[^A-Za-z0-9])ST([^A-Za-z0-9\s\x00])835\1")
_HEAD_SEGLIKE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*[A-Z][A-Z0-9]{1,2}[^A-Za-z0-9\s]")


# ---------------------------------------------------------------------------------------- separators

@dataclass(slots=True)
class Delimiters:
    element: str
    terminator: str
    component: str | None = None  # None: not declared (no ISA); composites are split by what they use
    repetition: str | None = None


def _terminator_after(text: str, i: int, element: str) -> str | None:
    """The segment terminator given the character at ``i`` (right after a header segment's last
    element). A newline followed by punctuation (``\\n~GS``) means the punctuation is the terminator and
    the newline is layout; a newline followed by a letter means newline-only terminators."""
    if i >= len(text):
        return None
    c = text[i]
    if c in "\r\n":
        j = i
        while j < len(text) and text[j] in "\r\n \t":
            j += 1
        if j < len(text) and not text[j].isalnum() and text[j] != element and not text[j].isspace():
            return text[j]
        return "\n"
    if c.isalnum() or c == element or c == " ":
        return None
    return c


def isa_delimiters(text: str) -> Delimiters | None:
    """Separators from an ISA header at the start of ``text`` (fixed width or not)."""
    if not text.startswith("ISA") or len(text) < 4:
        return None
    el = text[3]
    if el.isalnum() or el.isspace():
        return None
    seps: list[int] = []
    at = 3
    while len(seps) < 16:
        j = text.find(el, at)
        if j < 0 or j > 400:
            return None
        seps.append(j)
        at = j + 1
    parts = text[4 : seps[-1]].split(el)  # ISA01 .. ISA15
    pos = seps[-1]
    comp_i = pos + 1
    if comp_i >= len(text):
        return None
    component = text[comp_i]
    if component.isalnum() or component.isspace() or component == el:
        return None
    term = _terminator_after(text, comp_i + 1, el)
    if term is None:
        return None
    rep = parts[10] if len(parts) > 10 else ""
    repetition = rep if len(rep) == 1 and not rep.isalnum() and rep not in (el, component, term) else None
    return Delimiters(element=el, terminator=term, component=component, repetition=repetition)


def bare_delimiters(text: str) -> Delimiters | None:
    """Separators for a file without an ISA envelope: from its first segment (``ST*835*0001~``)."""
    m = re.match(r"[A-Z][A-Z0-9]{1,2}([^A-Za-z0-9\s])", text)
    if not m:
        return None
    el = m.group(1)
    for i in range(m.end(), min(len(text), m.end() + 400)):
        c = text[i]
        if c.isalnum() or c == el or c in " .-_#/,&'()+":
            continue
        term = _terminator_after(text, i, el)
        return Delimiters(element=el, terminator=term) if term else None
    return None


# ----------------------------------------------------------------------------------------- tokenizer

@dataclass(slots=True)
class _Seg:
    number: int  # 1-based count of non-blank segments
    text: str  # stripped
    elements: list[str]
    oversize: bool = False
    unterminated: bool = False


class _Tokenizer:
    """Streams segments out of a text file; re-detects separators at every ISA."""

    def __init__(self, fh, first: Delimiters):
        self.fh = fh
        self.delims = first
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.number = 0
        self.blank = 0
        self.switched: list[tuple[int, Delimiters]] = []

    def _fill(self, need: int) -> None:
        while not self.eof and len(self.buf) - self.pos < need:
            chunk = self.fh.read(_CHUNK)
            if not chunk:
                self.eof = True
                break
            if self.pos:
                self.buf = self.buf[self.pos:]
                self.pos = 0
            self.buf += chunk

    def __iter__(self) -> Iterator[_Seg]:
        while True:
            self._fill(512)
            # skip layout white space between segments
            while True:
                while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n\ufeff":
                    self.pos += 1
                if self.pos < len(self.buf) or self.eof:
                    break
                self._fill(512)
            if self.pos >= len(self.buf) and self.eof:
                return
            if self.buf.startswith("ISA", self.pos):
                self._fill(1024)
                d = isa_delimiters(self.buf[self.pos : self.pos + 1024])
                if d is not None and d != self.delims:
                    self.delims = d
                    self.switched.append((self.number + 1, d))
            term = self.delims.terminator
            end = self.buf.find(term, self.pos)
            while end < 0 and not self.eof and len(self.buf) - self.pos <= _MAX_SEGMENT:
                self._fill(len(self.buf) - self.pos + _CHUNK)
                end = self.buf.find(term, self.pos)
            oversize = unterminated = False
            if end < 0:
                if len(self.buf) - self.pos > _MAX_SEGMENT:
                    end = self.pos + _MAX_SEGMENT
                    oversize = True
                    raw = self.buf[self.pos : end]
                    self.pos = end
                else:
                    raw = self.buf[self.pos :]
                    self.pos = len(self.buf)
                    unterminated = True
            else:
                raw = self.buf[self.pos : end]
                self.pos = end + len(term)
            text = raw.strip()
            if not text:
                self.blank += 1
                continue
            self.number += 1
            yield _Seg(self.number, text, text.split(self.delims.element), oversize, unterminated)


# ------------------------------------------------------------------------------------------ builders

def _el(elements: list[str], i: int) -> str:
    return elements[i].strip() if i < len(elements) else ""


@dataclass(slots=True)
class _LineB:
    ref: SourceRef
    code: str | None = None
    qualifier: str | None = None
    modifiers: tuple[str, ...] = ()
    description: str = ""
    billed: Decimal | None = None
    paid: Decimal | None = None
    units: Decimal | None = None
    original_code: str | None = None
    start: date | None = None
    end: date | None = None
    allowed: Decimal | None = None
    line_ref: str | None = None
    adjustments: list[Adjustment] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    malformed: bool = False


@dataclass(slots=True)
class _ClaimB:
    ref: SourceRef
    claim_id: str | None = None
    status_code: str | None = None
    billed: Decimal | None = None
    paid: Decimal | None = None
    patient_owes: Decimal | None = None
    payer_claim_id: str | None = None
    patient: str | None = None
    member_id: str | None = None
    insured_id: str | None = None
    provider: str | None = None
    start: date | None = None
    end: date | None = None
    adjustments: list[Adjustment] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    lines: list[_LineB] = field(default_factory=list)
    amounts_ok: bool = True


@dataclass(slots=True)
class _TxnB:
    ref: SourceRef
    control: str = ""
    seg_count: int = 0
    payer: str | None = None
    payee: str | None = None
    bpr_date: date | None = None
    production_date: date | None = None
    payment_id: str | None = None
    amount: Decimal | None = None
    amount_ok: bool = True
    claims: list[Claim] = field(default_factory=list)
    plb: list[ProviderAdjustment] = field(default_factory=list)
    plb_ok: bool = True
    findings: list[Finding] = field(default_factory=list)
    implicit: bool = False  # opened without an ST header


def _person(elements: list[str]) -> str | None:
    """NM1 name as a person reads it: first middle last suffix (organisations: NM103 alone)."""
    last, first, middle, suffix = _el(elements, 3), _el(elements, 4), _el(elements, 5), _el(elements, 7)
    if _el(elements, 2) == "2":
        return last or None
    name = " ".join(p for p in (first, middle, last, suffix) if p)
    return name or None


def _fmt(d: Decimal) -> str:
    return f"{d:,.2f}"


class _Builder:
    """Turns the segment stream into records (one pass, loop state only)."""

    def __init__(self, file: str):
        self.file = file
        self.statements: list[Statement] = []
        self.unread: list[Unread] = []
        self.unread_extra = 0
        self.notes: list[Finding] = []
        self.acc_lines = 0
        self.acc_recognised = 0
        self.acc_unread = 0
        self.txn: _TxnB | None = None
        self.claim: _ClaimB | None = None
        self.line: _LineB | None = None
        self.delims: Delimiters | None = None
        self.component_note = False
        self.in_isa = False
        self.in_gs = False
        self.after_end = False
        self.after_end_noted = False
        self.saw_envelope = False
        self.transaction_types: Counter[str] = Counter()
        self.pre: list[Finding] = []  # findings for the record the current segment opens
        self.foreign: str | None = None  # inside a non-835 transaction set (its ST01)

    # -------------------------------------------------------------------------------- helpers
    def ref(self, seg: _Seg) -> SourceRef:
        text = seg.text if len(seg.text) <= 2000 else seg.text[:2000] + "..."
        return SourceRef(self.file, line=seg.number, text=text)

    def finding(self, code: str, message: str, seg: _Seg | None, severity: Severity = Severity.WARNING) -> Finding:
        return Finding(code, message, severity, self.ref(seg) if seg is not None else None)

    def add_unread(self, seg: _Seg, reason: str) -> None:
        self.acc_unread += 1
        if len(self.unread) < _MAX_UNREAD_LISTED:
            text = seg.text if len(seg.text) <= _TEXT_LIMIT else seg.text[:_TEXT_LIMIT] + "..."
            self.unread.append(Unread(SourceRef(self.file, line=seg.number, text=text), reason))
        else:
            self.unread_extra += 1

    def money(self, seg: _Seg, value: str, what: str, sink: list[Finding]) -> tuple[Decimal | None, bool]:
        """(amount, ok). Empty -> (None, True); unreadable -> (None, False) and a finding."""
        if not value:
            return None, True
        try:
            return parse_money(value), True
        except ValueParseError:
            sink.append(self.finding("bad-value", f"{what} {value[:30]!r} is not an amount; left empty.", seg))
            return None, False

    def date_of(self, seg: _Seg, value: str, what: str, sink: list[Finding]) -> date | None:
        if not value:
            return None
        try:
            return parse_date(value, excel_serial=False)
        except ValueParseError:
            sink.append(self.finding("bad-value", f"{what} {value[:30]!r} is not a real date; left empty.", seg))
            return None

    def split_composite(self, seg: _Seg, value: str) -> list[str]:
        """A composite element split by the declared component separator, or (tolerated, noted once)
        by another one the file actually uses."""
        d = self.delims
        declared = d.component if d else None
        if declared and declared in value:
            return value.split(declared)
        used = [c for c in _COMPONENT_CANDIDATES if c in value and (d is None or c not in (d.element, d.terminator))]
        if len(used) == 1:
            if declared and not self.component_note:
                self.component_note = True
                self.notes.append(self.finding(
                    "component-separator",
                    f"The file declares {declared!r} as its component separator (ISA16) but writes "
                    f"{used[0]!r} inside composites; read them with {used[0]!r}.",
                    seg, Severity.INFO))
            return value.split(used[0])
        return [value]

    def sink(self) -> list[Finding]:
        if self.line is not None:
            return self.line.findings
        if self.claim is not None:
            return self.claim.findings
        if self.txn is not None:
            return self.txn.findings
        return self.notes

    # ------------------------------------------------------------------------------ structure
    def close_line(self) -> None:
        self.line = None

    def close_claim(self) -> None:
        self.line = None
        c = self.claim
        if c is None:
            return
        self.claim = None
        lines = tuple(self._finish_line(lb, c) for lb in c.lines)
        findings = list(c.findings)
        line_adj = sum((ln.adjustment_total for ln in lines), ZERO)
        claim_adj = sum((a.amount for a in c.adjustments if a.amount is not None), ZERO)
        if c.billed is not None and c.paid is not None and c.amounts_ok:
            expect = c.billed - claim_adj - line_adj
            if expect != c.paid:
                findings.append(Finding(
                    "claim-imbalance",
                    f"Claim charge {_fmt(c.billed)} minus claim and line adjustments {_fmt(claim_adj + line_adj)} "
                    f"is {_fmt(expect)}, but the claim paid {_fmt(c.paid)} (difference {_fmt(c.paid - expect)}).",
                    Severity.WARNING, c.ref))
        status = claim_status(c.status_code)
        if status is ClaimStatus.REVERSED:
            findings.append(Finding(
                "claim-reversal",
                "This claim (status 22) takes back an earlier payment for the same claim; "
                "a corrected claim usually follows.",
                Severity.INFO, c.ref))
        claim = Claim(
            source=c.ref,
            claim_id=c.claim_id,
            payer_claim_id=c.payer_claim_id,
            patient=c.patient,
            member_id=c.member_id or c.insured_id,
            provider=c.provider,
            status=status,
            status_code=c.status_code,
            service_from=c.start,
            service_to=c.end,
            adjustments=tuple(c.adjustments),
            remarks=tuple(dict.fromkeys(c.remarks)),
            totals=Totals(billed=c.billed, paid=c.paid, patient_owes=c.patient_owes, source=c.ref),
            lines=lines,
            findings=tuple(findings),
        )
        (self.txn if self.txn is not None else self.open_implicit(None)).claims.append(claim)

    def _finish_line(self, lb: _LineB, c: _ClaimB) -> ServiceLine:
        start, end = lb.start, lb.end
        if start is None and end is None:
            start, end = c.start, (c.end if c.end is not None else c.start)
        findings = list(lb.findings)
        adj = tuple(lb.adjustments)
        total = sum((a.amount for a in adj if a.amount is not None), ZERO)
        # checks.line_arithmetic balances lines that carry adjustments; a line with none is left to us
        # (an 835 line must still balance: charge = payment when nothing was adjusted)
        if lb.billed is not None and lb.paid is not None and not adj:
            expect = lb.billed - total
            if expect != lb.paid:
                findings.append(Finding(
                    "line-imbalance",
                    f"Line charge {_fmt(lb.billed)} minus its adjustments {_fmt(total)} is {_fmt(expect)}, "
                    f"but the line paid {_fmt(lb.paid)} (difference {_fmt(lb.paid - expect)}).",
                    Severity.WARNING, lb.ref))
        pr = [a for a in adj if a.group == "PR" and a.amount is not None]

        def pr_reason(reason: str) -> Decimal | None:
            hits = [a.amount for a in pr if a.reason == reason and a.amount is not None]
            return sum(hits, ZERO) if hits else None

        units = lb.units
        if units is None and not lb.malformed:
            units = Decimal(1)  # TR3: SVC05 absent means one unit paid
        return ServiceLine(
            source=lb.ref,
            code=lb.code,
            modifiers=lb.modifiers,
            units=units,
            service_date=start,
            service_end=end,
            billed=lb.billed,
            allowed=lb.allowed,
            paid=lb.paid,
            patient_owes=(sum((a.amount for a in pr if a.amount is not None), ZERO) if not lb.malformed or pr else None),
            deductible=pr_reason("1"),
            coinsurance=pr_reason("2"),
            copay=pr_reason("3"),
            adjustments=adj,
            remarks=tuple(dict.fromkeys(lb.remarks)),
            description=lb.description,
            code_qualifier=lb.qualifier,
            original_code=lb.original_code,
            line_ref=lb.line_ref,
            findings=tuple(findings),
        )

    def open_implicit(self, seg: _Seg | None) -> _TxnB:
        ref = self.ref(seg) if seg is not None else SourceRef(self.file)
        t = _TxnB(ref=ref, implicit=True, seg_count=1)
        t.findings.append(Finding(
            "missing-header", "Remittance data found without an ST*835 header; read as one transaction.",
            Severity.WARNING, ref))
        self.txn = t
        return t

    def close_txn(self, se: _Seg | None) -> None:
        self.close_claim()
        t = self.txn
        if t is None:
            return
        self.txn = None
        findings = list(t.findings)
        if se is None and not t.implicit:
            findings.append(Finding(
                "unclosed-transaction",
                f"The file ends (or a new transaction starts) before the SE segment closing transaction "
                f"{t.control or '?'}; the file may be cut short.",
                Severity.WARNING, t.ref))
        elif se is not None:
            declared = _el(se.elements, 1)
            if declared.isdigit() and int(declared) != t.seg_count:
                findings.append(self.finding(
                    "segment-count",
                    f"SE says the transaction has {int(declared)} segments; {t.seg_count} were found.",
                    se, Severity.INFO))
        paid = [c.totals.paid for c in t.claims]
        if t.amount is not None and t.amount_ok and t.plb_ok and all(p is not None for p in paid):
            claims_sum = sum((p for p in paid if p is not None), ZERO)
            plb_sum = sum((p.amount for p in t.plb), ZERO)
            expect = claims_sum - plb_sum
            if expect != t.amount:
                findings.append(Finding(
                    "payment-imbalance",
                    f"The payment is {_fmt(t.amount)}, but claim payments {_fmt(claims_sum)} minus provider "
                    f"adjustments {_fmt(plb_sum)} come to {_fmt(expect)} (difference {_fmt(t.amount - expect)}).",
                    Severity.WARNING, t.ref))
        self.statements.append(Statement(
            source=t.ref,
            kind=KIND,
            payer=t.payer,
            payee=t.payee,
            issued=t.bpr_date or t.production_date,
            payment_id=t.payment_id,
            payment_amount=t.amount,
            claims=tuple(t.claims),
            provider_adjustments=tuple(t.plb),
            findings=tuple(findings),
        ))

    # ------------------------------------------------------------------------------- segments
    def feed(self, seg: _Seg) -> None:
        sid = seg.elements[0].strip().upper() if seg.elements else ""
        if seg.oversize or not _SEG_ID.fullmatch(sid) or _CONTROL.search(seg.text):
            reason = ("text after the end of the interchange" if self.after_end
                      else "not an X12 segment (no segment name, or binary / oversized text)")
            self.add_unread(seg, reason)
            if self.after_end and not self.after_end_noted:
                self.after_end_noted = True
                self.notes.append(self.finding("text-after-end", "The file goes on after the end of the interchange "
                                               "(IEA) with text that is not X12; it was not read.", seg))
            return
        if self.foreign is not None and sid not in ("ST", "SE", "GE", "IEA", "ISA", "GS"):
            self.add_unread(seg, f"inside an X12 {self.foreign} transaction, which is not an 835 remittance")
            return
        if sid not in KNOWN_SEGMENTS:
            self.add_unread(seg, f"segment {sid} is not part of an 835 remittance")
            return
        if self.txn is not None:
            self.txn.seg_count += 1
        mx = _MAX_ELEMENTS.get(sid)
        seg_malformed = False
        if mx is not None and len(seg.elements) - 1 > mx:
            extra = seg.elements[mx + 1 :]
            what = "extra empty elements" if not any(e.strip() for e in extra) else "more elements than it may have"
            f = self.finding(
                "malformed-segment",
                f"{sid} has {len(seg.elements) - 1} elements, {what} (at most {mx}); read by position, "
                f"values may be shifted: {seg.text[:120]}", seg)
            if sid in ("SVC", "CLP"):
                self.pre = [f]  # the record this segment opens takes it
                seg_malformed = sid == "SVC"
            else:
                self.sink().append(f)
        if seg.unterminated and sid not in ("IEA", "SE", "GE"):
            self.notes.append(self.finding("unterminated-segment", "The last segment has no terminator; the file "
                                           "may be cut short.", seg, Severity.INFO))
        handler = getattr(self, "seg_" + sid, None)
        self.acc_recognised += 1
        if handler is None:
            return  # known segment that carries nothing we map (N3, N4, PER, TS3, QTY, ...)
        if sid == "SVC":
            self.acc_recognised -= 1
            handler(seg, seg_malformed)
        else:
            handler(seg)

    # envelope
    def seg_ISA(self, seg: _Seg) -> None:
        if self.txn is not None:
            self.close_txn(None)
        if self.in_isa:
            self.notes.append(self.finding("unclosed-interchange", "A new interchange (ISA) starts before the "
                                           "previous one ended (IEA).", seg, Severity.INFO))
        self.in_isa = True
        self.saw_envelope = True
        self.after_end = False

    def seg_IEA(self, seg: _Seg) -> None:
        if self.txn is not None:
            self.close_txn(None)
        self.in_isa = False
        self.after_end = True

    def seg_GS(self, seg: _Seg) -> None:
        self.in_gs = True

    def seg_GE(self, seg: _Seg) -> None:
        if self.txn is not None:
            self.close_txn(None)
        self.in_gs = False

    def seg_ST(self, seg: _Seg) -> None:
        if self.txn is not None:
            self.close_txn(None)
        self.after_end = False
        kind = _el(seg.elements, 1)
        self.transaction_types[kind] += 1
        self.foreign = None
        if kind != "835":  # another X12 transaction (837, 999, ...): its segments are listed as unread
            self.foreign = kind or "?"
            self.acc_recognised -= 1
            self.add_unread(seg, f"X12 transaction set {kind or '?'}, not an 835 remittance")
            return
        self.txn = _TxnB(ref=self.ref(seg), control=_el(seg.elements, 2), seg_count=1)

    def seg_SE(self, seg: _Seg) -> None:
        if self.foreign is not None:
            self.foreign = None
            self.acc_recognised -= 1
            self.add_unread(seg, "end of a transaction that is not an 835 remittance")
            return
        if self.txn is None:
            return
        self.close_txn(seg)

    def need_txn(self, seg: _Seg) -> _TxnB:
        return self.txn if self.txn is not None else self.open_implicit(seg)

    # header
    def seg_BPR(self, seg: _Seg) -> None:
        t = self.need_txn(seg)
        e = seg.elements
        t.amount, t.amount_ok = self.money(seg, _el(e, 2), "Payment amount (BPR02)", t.findings)
        t.bpr_date = self.date_of(seg, _el(e, 16), "Payment date (BPR16)", t.findings)

    def seg_TRN(self, seg: _Seg) -> None:
        t = self.need_txn(seg)
        if t.payment_id is None:
            t.payment_id = _el(seg.elements, 2) or None

    def seg_DTM(self, seg: _Seg) -> None:
        e = seg.elements
        q, v = _el(e, 1), _el(e, 2)
        start = end = None
        if not v and _el(e, 5).upper() == "RD8" and _el(e, 6):
            a, _, b = _el(e, 6).partition("-")
            start = self.date_of(seg, a, f"Date (DTM*{q})", self.sink())
            end = self.date_of(seg, b, f"Date (DTM*{q})", self.sink()) if b else start
        else:
            start = end = self.date_of(seg, v, f"Date (DTM*{q})", self.sink()) if q in ("405", "472", "150", "151", "232", "233") else None
        if self.line is not None:
            if q == "472":
                self.line.start, self.line.end = start, end
            elif q == "150":
                self.line.start = start
            elif q == "151":
                self.line.end = end
            return
        if self.claim is not None:
            if q == "232":
                self.claim.start = start
            elif q == "233":
                self.claim.end = end
            return
        if self.txn is not None and q == "405":
            self.txn.production_date = start

    def seg_N1(self, seg: _Seg) -> None:
        if self.txn is None or self.claim is not None:
            return
        q, name = _el(seg.elements, 1), _el(seg.elements, 2) or None
        if q == "PR":
            self.txn.payer = name
        elif q == "PE":
            self.txn.payee = name

    # claims
    def seg_LX(self, seg: _Seg) -> None:
        self.close_claim()

    def seg_CLP(self, seg: _Seg) -> None:
        t = self.need_txn(seg)
        self.close_claim()
        e = seg.elements
        c = _ClaimB(ref=self.ref(seg))
        c.findings.extend(self.pre)
        self.pre = []
        c.claim_id = _el(e, 1) or None
        c.status_code = _el(e, 2) or None
        c.billed, ok1 = self.money(seg, _el(e, 3), "Claim charge (CLP03)", c.findings)
        c.paid, ok2 = self.money(seg, _el(e, 4), "Claim payment (CLP04)", c.findings)
        c.patient_owes, _ = self.money(seg, _el(e, 5), "Patient responsibility (CLP05)", c.findings)
        c.amounts_ok = ok1 and ok2
        c.payer_claim_id = _el(e, 7) or None
        self.claim = c
        del t

    def seg_CAS(self, seg: _Seg) -> None:
        target = self.line if self.line is not None else self.claim
        if target is None:
            self.sink().append(self.finding("malformed-segment", f"Adjustment outside any claim; not used: {seg.text[:120]}", seg))
            return
        e = seg.elements
        group = _el(e, 1).upper()
        if not group:
            target.findings.append(self.finding("malformed-segment", f"Adjustment without a group code: {seg.text[:120]}", seg))
        i = 2
        while i < len(e):
            reason, amount_s, qty_s = _el(e, i), _el(e, i + 1), _el(e, i + 2)
            i += 3
            if not reason and not amount_s and not qty_s:
                continue
            amount, ok = self.money(seg, amount_s, f"Adjustment {group}-{reason} amount", target.findings)
            qty = None
            if qty_s:
                try:
                    qty = parse_units(qty_s)
                except ValueParseError:
                    target.findings.append(self.finding("bad-value", f"Adjustment quantity {qty_s[:20]!r} is not a number.", seg))
            if not reason or (amount is None and ok):
                target.findings.append(self.finding(
                    "malformed-segment", f"Adjustment triplet without {'a reason' if not reason else 'an amount'}: "
                    f"{seg.text[:120]}", seg))
            if not ok and isinstance(target, _ClaimB):
                target.amounts_ok = False
            target.adjustments.append(Adjustment(group, reason.upper(), amount, qty))

    def seg_NM1(self, seg: _Seg) -> None:
        c = self.claim
        if c is None:
            return
        e = seg.elements
        q = _el(e, 1).upper()
        if q == "QC":
            c.patient = _person(e)
            c.member_id = _el(e, 9) or None
        elif q == "IL":
            c.insured_id = _el(e, 9) or None
        elif q == "74":
            labels = ((3, "last name"), (4, "first name"), (5, "middle name"), (7, "suffix"), (9, "ID"))
            bits = [f"{label} {_el(e, i)}" for i, label in labels if _el(e, i)]
            if bits:
                c.findings.append(self.finding(
                    "corrected-patient", "The payer corrected the patient's details: " + ", ".join(bits) + ".",
                    seg, Severity.INFO))
        elif q == "82":
            c.provider = _person(e)

    def seg_MOA(self, seg: _Seg) -> None:
        if self.claim is not None:
            self.claim.remarks.extend(v for v in (_el(seg.elements, i) for i in range(3, 8)) if v)

    def seg_MIA(self, seg: _Seg) -> None:
        if self.claim is not None:
            self.claim.remarks.extend(v for v in (_el(seg.elements, i) for i in (5, 20, 21, 22, 23)) if v)

    # service lines
    def seg_SVC(self, seg: _Seg, malformed: bool) -> None:
        pending, self.pre = self.pre, []
        if self.claim is None:
            if self.txn is None:
                self.open_implicit(seg)
            self.sink().append(self.finding("malformed-segment", f"Service line outside any claim: {seg.text[:120]}", seg))
            self.acc_recognised += 1
            return
        e = seg.elements
        lb = _LineB(ref=self.ref(seg), malformed=malformed)
        lb.findings.extend(pending)
        comp = self.split_composite(seg, _el(e, 1))
        comp = [x.strip() for x in comp]
        if len(comp) == 1:
            lb.qualifier = comp[0] or None
            if comp[0].upper() in _QUALIFIERS or not comp[0]:
                lb.malformed = True
                lb.findings.append(self.finding(
                    "malformed-segment",
                    "The procedure (SVC01) has no component separator, so the code is missing and the "
                    f"amounts after it may be shifted: {seg.text[:120]}", seg))
        else:
            lb.qualifier = comp[0] or None
            lb.code = comp[1] or None
            lb.modifiers = tuple(m for m in comp[2:6] if m)
            lb.description = comp[6] if len(comp) > 6 else ""
            if lb.code is None:
                lb.findings.append(self.finding("malformed-segment", f"Service line without a procedure code: {seg.text[:120]}", seg))
        lb.billed, _ = self.money(seg, _el(e, 2), "Line charge (SVC02)", lb.findings)
        lb.paid, _ = self.money(seg, _el(e, 3), "Line payment (SVC03)", lb.findings)
        units = _el(e, 5)
        if units:
            try:
                lb.units = parse_units(units)
            except ValueParseError:
                lb.findings.append(self.finding("bad-value", f"Units (SVC05) {units[:20]!r} are not a number.", seg))
                lb.malformed = True
        orig = _el(e, 6)
        if orig:
            oc = [x.strip() for x in self.split_composite(seg, orig)]
            if len(oc) >= 2 and oc[1]:
                mods = [m for m in oc[2:6] if m]
                lb.original_code = oc[1] + ("-" + "-".join(mods) if mods else "")
            elif not lb.malformed:
                lb.findings.append(self.finding("malformed-segment", f"Original procedure (SVC06) {orig[:30]!r} "
                                                "has no qualifier and code; not used.", seg))
        if not lb.malformed and lb.billed is None:
            lb.findings.append(self.finding("malformed-segment", f"Service line without a charge (SVC02): {seg.text[:120]}", seg))
        self.claim.lines.append(lb)
        self.line = lb
        self.acc_lines += 1

    def seg_LQ(self, seg: _Seg) -> None:
        code = _el(seg.elements, 2)
        if not code:
            return
        if self.line is not None:
            self.line.remarks.append(code)
        elif self.claim is not None:
            self.claim.remarks.append(code)

    def seg_AMT(self, seg: _Seg) -> None:
        if self.line is not None and _el(seg.elements, 1).upper() == "B6":
            self.line.allowed, _ = self.money(seg, _el(seg.elements, 2), "Allowed amount (AMT*B6)", self.line.findings)

    def seg_REF(self, seg: _Seg) -> None:
        if self.line is not None and _el(seg.elements, 1).upper() == "6R":
            self.line.line_ref = _el(seg.elements, 2) or None

    # provider-level adjustments
    def seg_PLB(self, seg: _Seg) -> None:
        t = self.need_txn(seg)
        self.close_claim()
        e = seg.elements
        provider = _el(e, 1) or None
        period = self.date_of(seg, _el(e, 2), "Fiscal period date (PLB02)", t.findings)
        i = 3
        while i < len(e):
            comp_s, amount_s = _el(e, i), _el(e, i + 1)
            i += 2
            if not comp_s and not amount_s:
                continue
            comp = [x.strip() for x in self.split_composite(seg, comp_s)]
            reason = comp[0] if comp else ""
            reference = comp[1] if len(comp) > 1 and comp[1] else None
            amount, ok = self.money(seg, amount_s, f"Provider adjustment {reason} amount", t.findings)
            if amount is None:
                t.plb_ok = False
                if ok:
                    t.findings.append(self.finding("malformed-segment", f"Provider adjustment {reason or '?'} "
                                                   f"without an amount: {seg.text[:120]}", seg))
                continue
            t.plb.append(ProviderAdjustment(reason=reason, amount=amount, reference=reference, provider=provider,
                                            period_end=period, source=self.ref(seg)))

    # -------------------------------------------------------------------------------- finish
    def finish(self) -> None:
        if self.txn is not None:
            self.close_txn(None)
        if self.in_isa:
            self.notes.append(Finding("unclosed-interchange", "The file ends inside an interchange (no IEA "
                                      "segment); it may be cut short.", Severity.WARNING, SourceRef(self.file)))
        if self.unread_extra:
            self.unread.append(Unread(SourceRef(self.file), f"{self.unread_extra} more unreadable segments "
                                      "(not listed one by one)"))


# --------------------------------------------------------------------------------------------- reader

def _open_text(path: Path) -> io.TextIOWrapper:
    # newline="" keeps CR/LF as they are: they may be the segment terminator
    return io.TextIOWrapper(path.open("rb"), encoding="utf-8-sig", errors="replace", newline="")


class X835Reader:
    """Reads X12 835 remittance files (see module docstring)."""

    kind: ClassVar[str] = KIND

    def identify(self, path: Path, head: bytes) -> bool:
        if b"\x00" in head[:1024]:
            return False
        if _HEAD_ISA.match(head) or _HEAD_SEG.match(head):
            return True
        return bool(_HEAD_SEGLIKE.match(head) and _HEAD_ST835.search(head[:2048]))

    def read(self, path: Path) -> FileResult:
        name = str(path)
        try:
            with path.open("rb") as raw:
                head = raw.read(4096)
        except OSError as e:
            return FileResult(name, kind=KIND, error=f"cannot open file ({e.strerror or e.__class__.__name__})")
        if not head.strip():
            return FileResult(name, kind=KIND, error="empty file")
        if b"\x00" in head:
            return FileResult(name, kind=KIND, error="binary file, not an X12 835 (it contains NUL bytes)")
        text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
        delims = isa_delimiters(text) if text.startswith("ISA") else bare_delimiters(text)
        if delims is None:
            if text.startswith("ISA"):
                return FileResult(name, kind=KIND, error="the ISA header is damaged: its separators cannot be found")
            return FileResult(name, kind=KIND, error="not an X12 file: no ISA header or segment structure at the start")
        builder = _Builder(name)
        builder.delims = delims
        try:
            fh = _open_text(path)
        except OSError as e:  # pragma: no cover - opened fine a moment ago
            return FileResult(name, kind=KIND, error=f"cannot open file ({e.strerror or e.__class__.__name__})")
        with fh:
            tok = _Tokenizer(fh, delims)
            try:
                for seg in tok:
                    if builder.delims is not tok.delims:
                        builder.delims = tok.delims
                    builder.feed(seg)
            except OSError as e:
                return FileResult(name, kind=KIND, error=f"read error ({e.strerror or e.__class__.__name__})")
        builder.finish()
        kinds = builder.transaction_types
        if not builder.statements:
            if kinds and "835" not in kinds:
                other = ", ".join(sorted(kinds))
                return FileResult(name, kind=KIND, error=f"an X12 file, but not an 835 remittance (transaction set {other})")
            if builder.acc_recognised == 0:
                return FileResult(name, kind=KIND, error="not an X12 835: no remittance segments found")
        acc = Accounting(
            seen=tok.number + tok.blank,
            lines=builder.acc_lines,
            recognised=builder.acc_recognised,
            unread=builder.acc_unread,
            blank=tok.blank,
        )
        return FileResult(
            path=name,
            kind=KIND,
            statements=tuple(builder.statements),
            unread=tuple(builder.unread),
            notes=tuple(builder.notes),
            accounting=acc,
        )
