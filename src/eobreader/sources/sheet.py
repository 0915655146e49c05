"""Spreadsheet and CSV exports (.xlsx/.xlsm, .csv/.tsv/.txt) read without knowing the exporter.

How a grid is read:
1. every sheet (or the CSV) becomes a grid of raw cell values;
2. the header row is the row in the first ``HEADER_SCAN`` rows whose cells best match the field
   vocabulary (``vocab.match_header``); a two-row header is tried too;
3. "Key: value" rows above the header give defaults (payer, patient, member id, claim);
4. every row below is classified: a service line (has a procedure code), a totals row (a "total"
   label and amounts, used as a check), a repeated header or note text (recognised), blank, or
   unread (amounts with no code: listed as a problem, never dropped);
5. lines are grouped into claims by claim number (else patient).

Invariants: every row is counted once in ``Accounting``; a cell that cannot be parsed leaves its
field empty and adds a finding to that line; a grid without a service-line table is ignored with a note.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from ..model import (
    Accounting,
    Adjustment,
    Claim,
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
    GROUPS,
    ValueParseError,
    adjustment_code,
    clean_text,
    code_and_modifiers_in_text,
    is_empty,
    parse_adjustments,
    parse_code,
    parse_date_range,
    parse_modifiers,
    parse_money,
    parse_remarks,
    parse_units,
    units_in_text,
)
from ..vocab import MONEY_FIELDS, Field, match_header
from .base import ReaderError

HEADER_SCAN = 40
MAX_ROWS = 1_000_000
MAX_COLS = 256
MAX_UNZIPPED = 512 * 1024 * 1024
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab", ".dat"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}

_TOTAL_RE = re.compile(r"\b(sub\s*-?\s*totals?|grand\s+totals?|totals?|net|balance\s+due|claim\s+totals?|sum)\b", re.I)
_STATEMENT_TOTAL_RE = re.compile(r"\b(grand|report|statement|file|overall|all\s+claims|page|remit(tance)?)\b", re.I)
_CLAIM_TOTAL_RE = re.compile(r"\b(claim|sub|patient|visit|member|encounter)\b", re.I)

Grid = list[list[object]]


# ------------------------------------------------------------------------------------------- loading

def _is_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return "xl/workbook.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _sniff_delimiter(text: str) -> str:
    sample = [ln for ln in text.splitlines()[:60] if ln.strip()]
    best, best_score = ",", -1
    for d in (",", ";", "\t", "|"):
        counts = [len(r) for r in csv.reader(sample, delimiter=d)]
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        mode = max(set(multi), key=multi.count)
        score = multi.count(mode) * 10 + mode
        if score > best_score:
            best, best_score = d, score
    return best


def load_text_grid(data: bytes) -> Grid:
    text = _decode(data)
    if "\x00" in text:
        raise ReaderError("binary data in a text file (not a CSV export)")
    delim = _sniff_delimiter(text)
    csv.field_size_limit(1_000_000)
    rows: Grid = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delim):
            rows.append(list(row[:MAX_COLS]))
            if len(rows) > MAX_ROWS:
                raise ReaderError(f"more than {MAX_ROWS:,} rows; split the file")
    except csv.Error as e:
        raise ReaderError(f"CSV is malformed ({e})") from e
    return rows


def load_workbook_grids(path: Path) -> list[tuple[str, Grid]]:
    try:
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED:
                raise ReaderError("workbook unpacks to more than 512 MB; refusing to open it")
    except zipfile.BadZipFile as e:
        raise ReaderError("damaged Excel file (not a valid zip package)") from e
    import openpyxl  # local import: CSV-only runs do not pay for it

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds on damaged packages
        if "encrypt" in str(e).lower() or "password" in str(e).lower():
            raise ReaderError("password-protected workbook: save an unprotected copy") from e
        raise ReaderError(f"damaged Excel file ({e.__class__.__name__})") from e
    grids: list[tuple[str, Grid]] = []
    try:
        for ws in wb.worksheets:
            rows: Grid = []
            for row in ws.iter_rows(values_only=True, max_col=MAX_COLS):
                rows.append(list(row))
                if len(rows) > MAX_ROWS:
                    raise ReaderError(f"sheet {ws.title!r} has more than {MAX_ROWS:,} rows")
            grids.append((ws.title, rows))
    finally:
        wb.close()
    return grids


# ------------------------------------------------------------------------------------- header finding

_NUM_IN_HEADER = re.compile(r"(\d+)")


@dataclass
class Columns:
    fields: dict[Field, list[int]] = field(default_factory=dict)
    headers: dict[int, str] = field(default_factory=dict)
    # adjustment slots: index label -> {Field.ADJUSTMENT_GROUP/CODE/ADJUSTMENT: column}
    adj_slots: dict[str, dict[Field, int]] = field(default_factory=dict)
    open_slot: str | None = None  # the unnumbered slot being filled, left to right

    def first(self, f: Field) -> int | None:
        cols = self.fields.get(f)
        return cols[0] if cols else None

    def score(self) -> int:
        return len(self.fields)

    def fit(self, rows: Sequence[Sequence[object]]) -> int:
        """How many mapped columns hold values of their field's shape in the rows below the header."""
        total = 0
        for f, idxs in self.fields.items():
            for i in idxs:
                vals = [r[i] for r in rows if i < len(r) and not is_empty(r[i])]
                if vals and sum(_fits(f, v) for v in vals) * 2 >= len(vals):
                    total += 1
        return total

    def is_table(self) -> bool:
        has_code = Field.CODE in self.fields or Field.DESCRIPTION in self.fields
        has_money = any(f in self.fields for f in MONEY_FIELDS)
        return has_code and has_money and self.score() >= 3


_TEXT_FIELDS = {Field.DESCRIPTION, Field.PATIENT, Field.PROVIDER, Field.PAYER}


def _fits(f: Field, v: object) -> bool:
    try:
        if f in (Field.SERVICE_DATE, Field.SERVICE_END):
            return parse_date_range(v)[0] is not None
        if f in MONEY_FIELDS:
            return parse_money(v) is not None
        if f is Field.CODE:
            return parse_code(v)[0] is not None
        if f is Field.UNITS:
            return parse_units(v) is not None
    except ValueParseError:
        return f is Field.CODE and code_and_modifiers_in_text(clean_text(v)) is not None
    if f in _TEXT_FIELDS:
        return isinstance(v, str) and any(ch.isalpha() for ch in v) and not _looks_numeric(v)
    return True


def _looks_numeric(v: str) -> bool:
    try:
        return parse_date_range(v)[0] is not None or parse_money(v) is not None
    except ValueParseError:
        return False


def map_columns(cells: Sequence[object]) -> Columns:
    cols = Columns()
    for i, cell in enumerate(cells):
        if is_empty(cell):
            continue
        f = match_header(cell, abbreviations=True)  # the header choice is confirmed by value shapes (fit)
        if f is None:
            continue
        text = clean_text(cell)
        cols.headers[i] = text
        cols.fields.setdefault(f, []).append(i)
        if f in (Field.ADJUSTMENT, Field.ADJUSTMENT_CODE, Field.ADJUSTMENT_GROUP):
            m = _NUM_IN_HEADER.search(text)
            if m:
                slot = m.group(1)  # "Adj Amt 2" pairs with "Adj Reason 2"
            else:
                # unnumbered: columns left to right fill one slot until a kind repeats
                # ("Adj Group | Adj Reason | Adj Amount | Adj Group | ..." are triples)
                slot = cols.open_slot
                if slot is None or f in cols.adj_slots.get(slot, {}):
                    slot = cols.open_slot = f"_{i}"
            cols.adj_slots.setdefault(slot, {})
            cols.adj_slots[slot][f] = i
    return cols


def find_header(grid: Grid) -> tuple[int, int, Columns] | None:
    """(first header row, number of header rows, columns) of the best service-line header, if any."""
    best: tuple[int, int, Columns] | None = None
    best_key = (0, 0, 0)
    limit = min(HEADER_SCAN, len(grid))
    singles = [map_columns(grid[i]) for i in range(min(limit + 1, len(grid)))]
    for i in range(limit):
        candidates = [(1, singles[i])]
        if i + 1 < len(singles):
            a, b = grid[i], grid[i + 1]
            width = max(len(a), len(b))
            joined = [
                " ".join(clean_text(x) for x in (a[j] if j < len(a) else None, b[j] if j < len(b) else None) if not is_empty(x))
                for j in range(width)
            ]
            two = map_columns(joined)
            # a two-row header must explain at least as much as either of its rows alone ("Amount" over "Billed")
            if two.score() >= max(singles[i].score(), singles[i + 1].score()):
                candidates.append((2, two))
        for n, cols in candidates:
            if not cols.is_table():
                continue
            below = [r for r in grid[i + n : i + n + 8] if not all(is_empty(c) for c in r)][:5]
            key = (cols.score() + cols.fit(below), cols.score(), -n)
            if best is None or key > best_key:
                best, best_key = (i, n, cols), key
    return best


# ----------------------------------------------------------------------------------------- row reading

def _cell(row: Sequence[object], i: int | None) -> object:
    if i is None or i >= len(row):
        return None
    return row[i]


def _row_text(row: Sequence[object]) -> str:
    return " | ".join(clean_text(c) for c in row if not is_empty(c))[:300]


@dataclass
class _Line:
    key: str | None
    line: ServiceLine
    claim_id: str | None
    payer_claim_id: str | None
    patient: str | None
    member_id: str | None
    provider: str | None
    payer: str | None


_META_RE = re.compile(r"^\s*([A-Za-z][A-Za-z #./()'-]{1,40}?)\s*[:=]\s*(.+?)\s*$")


def _metadata(rows: Grid) -> dict[Field, str]:
    """Key: value pairs from title rows above the header (``Patient: Mia Lopez`` or two cells)."""
    meta: dict[Field, str] = {}
    for row in rows:
        cells = [clean_text(c) for c in row if not is_empty(c)]
        pairs: list[tuple[str, str]] = []
        for j, c in enumerate(cells):
            m = _META_RE.match(c)
            if m:
                pairs.append((m.group(1), m.group(2)))
            elif c.endswith(":") and j + 1 < len(cells):
                pairs.append((c[:-1], cells[j + 1]))
        if not pairs and 2 <= len(cells) <= 6 and len(cells) % 2 == 0:
            pairs = [(cells[j], cells[j + 1]) for j in range(0, len(cells), 2)]  # "Payer | Harborview Health"
        for k, v in pairs:
            if "**" in v or "xxxx" in v.lower():
                continue  # a masked account or card number, never a claim or member id
            f = match_header(k)
            if f in (Field.PAYER, Field.PATIENT, Field.MEMBER_ID, Field.CLAIM_ID, Field.PAYER_CLAIM_ID, Field.PROVIDER):
                meta.setdefault(f, v)
    return meta


def _retype_adjustment_columns(cols: Columns, rows: Sequence[Sequence[object]]) -> None:
    """An "Adjustments" heading over codes ("CO 45 42.75, PR 3 20.00") is a code column, not an
    amount column: the values decide."""
    for i in list(cols.fields.get(Field.ADJUSTMENT, [])):
        vals = [r[i] for r in rows if i < len(r) and not is_empty(r[i])]
        coded = sum(1 for v in vals if isinstance(v, str) and parse_adjustments(v))
        if not vals or coded * 2 < len(vals):
            continue
        cols.fields[Field.ADJUSTMENT].remove(i)
        if not cols.fields[Field.ADJUSTMENT]:
            del cols.fields[Field.ADJUSTMENT]
        cols.fields.setdefault(Field.ADJUSTMENT_CODE, []).append(i)
        for parts in cols.adj_slots.values():
            if parts.get(Field.ADJUSTMENT) == i:
                del parts[Field.ADJUSTMENT]
                if Field.ADJUSTMENT_CODE not in parts:
                    parts[Field.ADJUSTMENT_CODE] = i
                else:  # the slot already has a code column: this one stands alone
                    cols.adj_slots[f"retyped{i}"] = {Field.ADJUSTMENT_CODE: i}
                break


class _GridReader:
    def __init__(self, path: Path, sheet: str | None, grid: Grid, workbook_meta: dict[Field, str] | None = None):
        self.path, self.sheet, self.grid = path, sheet, grid
        self.workbook_meta = workbook_meta or {}
        self.lines: list[_Line] = []
        self.unread: list[Unread] = []
        self.claim_totals: dict[str, Totals] = {}
        self.statement_totals: Totals | None = None
        self.findings: list[Finding] = []
        self.acc = {"lines": 0, "recognised": 0, "unread": 0, "blank": 0}

    def src(self, r: int, row: Sequence[object]) -> SourceRef:
        return SourceRef(str(self.path), sheet=self.sheet, row=r + 1, text=_row_text(row))

    def read(self, found: tuple[int, int, Columns] | None) -> Statement | None:
        """Read the grid under its header (``find_header(grid)``, found once by the caller)."""
        if found is None:
            return None
        h, n, cols = found
        _retype_adjustment_columns(cols, self.grid[h + n : h + n + 40])
        self.cols = cols
        self.meta = {**self.workbook_meta, **_metadata(self.grid[:h])}
        for r in range(h):
            self.acc["blank" if all(is_empty(c) for c in self.grid[r]) else "recognised"] += 1
        self.acc["recognised"] += n
        header_texts = {clean_text(c).lower() for c in self.grid[h] if not is_empty(c)}
        pending_total: tuple[int, Totals, str] | None = None
        for r in range(h + n, len(self.grid)):
            row = self.grid[r]
            if all(is_empty(c) for c in row):
                self.acc["blank"] += 1
                continue
            texts = [clean_text(c).lower() for c in row if not is_empty(c)]
            if len(texts) >= 2 and sum(t in header_texts for t in texts) >= max(2, len(texts) // 2):
                self.acc["recognised"] += 1  # header repeated (page breaks in exports)
                continue
            kind, code, mods = self._classify(row)
            if kind == "line":
                if pending_total is not None:
                    self._place_total(*pending_total, more_lines=True)
                    pending_total = None
                self._read_line(r, row, code, mods)
            elif kind == "total":
                if pending_total is not None:
                    self._place_total(*pending_total, more_lines=False)
                pending_total = (r, self._totals(r, row), " ".join(texts))
                self.acc["recognised"] += 1
            elif kind == "unread":
                self.unread.append(Unread(self.src(r, row), "amounts on a row with no procedure code"))
                self.acc["unread"] += 1
            else:
                self.acc["recognised"] += 1
        if pending_total is not None:
            self._place_total(*pending_total, more_lines=False)
        return self._statement()

    # -- classification
    def _code_of(self, row: Sequence[object]) -> tuple[str | None, tuple[str, ...]]:
        raw = _cell(row, self.cols.first(Field.CODE))
        if not is_empty(raw):
            try:
                return parse_code(raw)
            except ValueParseError:
                found = code_and_modifiers_in_text(clean_text(raw))
                if found:
                    return found
        desc = _cell(row, self.cols.first(Field.DESCRIPTION))
        if not is_empty(desc):
            found = code_and_modifiers_in_text(clean_text(desc))
            if found:
                return found
        return None, ()

    def _has_money(self, row: Sequence[object]) -> bool:
        for f in MONEY_FIELDS:
            for i in self.cols.fields.get(f, []):
                v = _cell(row, i)
                if is_empty(v):
                    continue
                try:
                    if parse_money(v) is not None:
                        return True
                except ValueParseError:
                    continue
        return False

    def _classify(self, row: Sequence[object]) -> tuple[str, str | None, tuple[str, ...]]:
        """What a row is (line, total, unread, text), with the procedure code and modifiers it carries."""
        code, mods = self._code_of(row)
        if code is not None:
            return "line", code, mods
        label = " ".join(clean_text(c) for c in row if isinstance(c, str))
        if _TOTAL_RE.search(label):
            return ("total" if self._has_money(row) else "text"), None, ()
        return ("unread" if self._has_money(row) else "text"), None, ()

    # -- service lines
    def _get(self, row, f: Field, parser, findings: list[Finding], src: SourceRef, what: str):
        out = None
        for i in self.cols.fields.get(f, []):
            raw = _cell(row, i)
            if is_empty(raw):
                continue
            try:
                out = parser(raw)
            except ValueParseError as e:
                findings.append(Finding("unreadable-value", f"Could not read the {what} ({e}).", Severity.WARNING, src))
                continue
            if out is not None:
                return out
        return out

    def _text(self, row, f: Field) -> str | None:
        for i in self.cols.fields.get(f, []):
            v = _cell(row, i)
            if not is_empty(v):
                if isinstance(v, float) and v == int(v):
                    v = int(v)
                return clean_text(v)
        return None

    def _patient(self, row) -> str | None:
        """The patient's name; "Patient Last" and "Patient First" columns are joined as "Last, First"."""
        cols = self.cols.fields.get(Field.PATIENT, [])
        parts: dict[str, str | None] = {"last": None, "first": None, "middle": None}
        for i in cols:
            head = self.cols.headers.get(i, "").lower()
            for k in parts:
                if k in head.split() or head.endswith(k) or f"{k} name" in head:
                    v = _cell(row, i)
                    parts[k] = clean_text(v) if not is_empty(v) else None
        if parts["last"] and parts["first"]:
            return f"{parts['last']}, {parts['first']}" + (f" {parts['middle']}" if parts["middle"] else "")
        return self._text(row, Field.PATIENT)

    def _adjustments(self, row, findings: list[Finding], src: SourceRef) -> tuple[tuple[Adjustment, ...], tuple[str, ...]]:
        adjs: list[Adjustment] = []
        remarks: list[str] = []
        for slot, parts in sorted(self.cols.adj_slots.items(), key=lambda kv: min(kv[1].values())):
            group = clean_text(_cell(row, parts.get(Field.ADJUSTMENT_GROUP))).upper()
            code_text = clean_text(_cell(row, parts.get(Field.ADJUSTMENT_CODE)))
            amount = None
            amount_raw = _cell(row, parts.get(Field.ADJUSTMENT))
            if not is_empty(amount_raw):
                try:
                    amount = parse_money(amount_raw)
                except ValueParseError as e:
                    findings.append(Finding("unreadable-value", f"Could not read an adjustment amount ({e}).", Severity.WARNING, src))
            if is_empty(code_text) and is_empty(group):
                if amount is not None and amount != 0:
                    adjs.append(Adjustment("", "", amount))
                continue
            parsed = list(parse_adjustments(code_text)) if code_text else []
            if not parsed and code_text:
                one = adjustment_code(code_text)
                if one:
                    g = one[0] or (group if group in GROUPS else "")
                    parsed = [Adjustment(g, one[1], None)]
            if not parsed and group in GROUPS and not code_text:
                parsed = [Adjustment(group, "", None)]
            remarks.extend(parse_remarks(code_text))
            if len(parsed) == 1 and parsed[0].amount is None and amount is not None:
                parsed = [Adjustment(parsed[0].group, parsed[0].reason, amount)]
            elif not parsed and amount is not None:
                parsed = [Adjustment(group if group in GROUPS else "", "", amount)]
            if not parsed and code_text and not remarks:
                findings.append(Finding("unreadable-value", f"Could not read the adjustment code {code_text[:30]!r}.", Severity.WARNING, src))
            # a zero-amount triplet carries no money and only clutters (X12 exports write them)
            adjs.extend(a for a in parsed if not (a.amount is not None and a.amount == 0 and slot != "_"))
        return tuple(adjs), tuple(dict.fromkeys(remarks))

    def _read_line(self, r: int, row: Sequence[object], code: str | None, mods: tuple[str, ...]) -> None:
        src = self.src(r, row)
        findings: list[Finding] = []
        extra_mods: list[str] = []
        for i in self.cols.fields.get(Field.MODIFIERS, []):
            raw = _cell(row, i)
            try:
                extra_mods.extend(parse_modifiers(raw))
            except ValueParseError as e:
                findings.append(Finding("unreadable-value", f"Could not read a modifier ({e}).", Severity.WARNING, src))
        modifiers = tuple(dict.fromkeys(list(mods) + extra_mods))
        start = end = None
        for i in self.cols.fields.get(Field.SERVICE_DATE, []):
            raw = _cell(row, i)
            if is_empty(raw):
                continue
            try:
                start, end = parse_date_range(raw)
                break
            except ValueParseError as e:
                findings.append(Finding("unreadable-value", f"Could not read the service date ({e}).", Severity.WARNING, src))
        end2 = self._get(row, Field.SERVICE_END, lambda v: parse_date_range(v)[1], findings, src, "service end date")
        if end2 is not None:
            end = end2
        if start is not None and end == start:
            end = None
        money = {
            f: self._get(row, f, parse_money, findings, src, f.value.replace("_", " "))
            for f in (Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES, Field.DEDUCTIBLE, Field.COPAY,
                      Field.COINSURANCE, Field.NOT_COVERED, Field.DISCOUNT)
        }
        adjs, adj_remarks = self._adjustments(row, findings, src)
        remarks: list[str] = list(adj_remarks)
        for i in self.cols.fields.get(Field.REMARKS, []):
            remarks.extend(parse_remarks(_cell(row, i)))
        description = self._text(row, Field.DESCRIPTION) or ""
        units = self._get(row, Field.UNITS, parse_units, findings, src, "units")
        if units is None and Field.UNITS not in self.cols.fields and description:
            units = units_in_text(description)  # "97530GO x3" printed in the description
        line = ServiceLine(
            source=src, code=code, modifiers=modifiers, units=units,
            service_date=start, service_end=end,
            billed=money[Field.BILLED], allowed=money[Field.ALLOWED], paid=money[Field.PAID],
            patient_owes=money[Field.PATIENT_OWES], deductible=money[Field.DEDUCTIBLE], copay=money[Field.COPAY],
            coinsurance=money[Field.COINSURANCE], not_covered=money[Field.NOT_COVERED], discount=money[Field.DISCOUNT],
            adjustments=adjs, remarks=tuple(dict.fromkeys(remarks)), description=description,
            findings=tuple(findings),
        )
        claim_id = self._text(row, Field.CLAIM_ID) or self.meta.get(Field.CLAIM_ID)
        payer_claim_id = self._text(row, Field.PAYER_CLAIM_ID) or self.meta.get(Field.PAYER_CLAIM_ID)
        patient = self._patient(row) or self.meta.get(Field.PATIENT)
        # a reversal or correction keeps the provider's claim number but gets its own payer number
        key = " / ".join(x for x in (claim_id, payer_claim_id) if x) or (f"patient:{patient}" if patient else None)
        self.lines.append(_Line(
            key, line, claim_id, payer_claim_id, patient,
            self._text(row, Field.MEMBER_ID) or self.meta.get(Field.MEMBER_ID),
            self._text(row, Field.PROVIDER) or self.meta.get(Field.PROVIDER),
            self._text(row, Field.PAYER) or self.meta.get(Field.PAYER),
        ))
        self.acc["lines"] += 1

    # -- totals
    def _totals(self, r: int, row: Sequence[object]) -> Totals:
        vals = {}
        for f in (Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES):
            v = None
            for i in self.cols.fields.get(f, []):
                try:
                    v = parse_money(_cell(row, i))
                except ValueParseError:
                    v = None
                if v is not None:
                    break
            vals[f.value] = v
        return Totals(**vals, source=self.src(r, row))

    def _place_total(self, r: int, totals: Totals, label: str, more_lines: bool) -> None:
        row = self.grid[r]
        claim_id = self._text(row, Field.CLAIM_ID) or self._text(row, Field.PAYER_CLAIM_ID)
        current = self.lines[-1].key if self.lines else None
        if claim_id and any(ln.key == claim_id for ln in self.lines):
            self.claim_totals[claim_id] = totals
        elif _STATEMENT_TOTAL_RE.search(label) or current is None:
            self._set_statement_total(totals)
        elif _CLAIM_TOTAL_RE.search(label) or more_lines:
            if current in self.claim_totals:
                self.findings.append(Finding("extra-total", "A second total row for the same claim was seen; the first is used.",
                                             Severity.INFO, totals.source))
            else:
                self.claim_totals[current] = totals
        elif self.claim_totals and current not in self.claim_totals:
            self.claim_totals[current] = totals  # the last of a run of per-claim total rows
        else:
            self._set_statement_total(totals)

    def _set_statement_total(self, totals: Totals) -> None:
        if self.statement_totals is not None:
            self.findings.append(Finding("extra-total", "More than one overall total row; the last one is used.",
                                         Severity.INFO, totals.source))
        self.statement_totals = totals

    # -- assembly
    def _statement(self) -> Statement:
        groups: dict[str | None, list[_Line]] = {}
        for ln in self.lines:
            groups.setdefault(ln.key, []).append(ln)
        claims = []
        for key, lns in groups.items():
            def first(attr: str, lns=lns) -> str | None:
                return next((getattr(x, attr) for x in lns if getattr(x, attr)), None)
            claims.append(Claim(
                source=lns[0].line.source, claim_id=first("claim_id"), payer_claim_id=first("payer_claim_id"),
                patient=first("patient"), member_id=first("member_id"), provider=first("provider"),
                totals=self.claim_totals.get(key, Totals()) if key is not None else Totals(),
                lines=tuple(x.line for x in lns),
            ))
        payer = next((x.payer for x in self.lines if x.payer), None) or self.meta.get(Field.PAYER)
        return Statement(
            source=SourceRef(str(self.path), sheet=self.sheet), kind="sheet", payer=payer, claims=tuple(claims),
            totals=self.statement_totals or Totals(), findings=tuple(self.findings),
        )


# ---------------------------------------------------------------------------------------------- reader

# A remittance says something about payment; a table with none of these is a charges export.
PAYMENT_FIELDS = frozenset({
    Field.ALLOWED, Field.PAID, Field.PATIENT_OWES, Field.ADJUSTMENT, Field.ADJUSTMENT_CODE, Field.ADJUSTMENT_GROUP,
    Field.DEDUCTIBLE, Field.COPAY, Field.COINSURANCE, Field.NOT_COVERED, Field.DISCOUNT, Field.REMARKS,
    Field.OTHER_INSURANCE, Field.APPROVED,
})


def is_charges_only(cols: Columns) -> bool:
    return Field.BILLED in cols.fields and not any(f in cols.fields for f in PAYMENT_FIELDS)


class SheetReader:
    kind: ClassVar[str] = "sheet"

    def identify(self, path: Path, head: bytes) -> bool:
        if head[:4] == b"PK\x03\x04":
            return _is_xlsx(path)
        if head.startswith(b"%PDF") or b"\x00" in head[:4096]:
            return False
        text = _decode(head)
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if path.suffix.lower() in TEXT_SUFFIXES:
            return True
        return len(lines) >= 2 and any(d in lines[0] for d in (",", ";", "\t", "|"))

    def read(self, path: Path) -> FileResult:
        with path.open("rb") as fh:
            head = fh.read(8)
        if head[:4] == b"PK\x03\x04":
            grids: list[tuple[str | None, Grid]] = list(load_workbook_grids(path))
        else:
            grids = [(None, load_text_grid(path.read_bytes()))]
        statements, unread, notes = [], [], []
        acc = Accounting()
        headers = [find_header(grid) for _, grid in grids]
        workbook_meta: dict[Field, str] = {}
        for (_, grid), found in zip(grids, headers):  # a cover sheet's "Member ID: ..." applies to the whole workbook
            if found is None:
                for k, v in _metadata(grid[:HEADER_SCAN]).items():
                    workbook_meta.setdefault(k, v)
        for (name, grid), found in zip(grids, headers):
            if found is not None and is_charges_only(found[2]):
                rows = sum(1 for row in grid if not all(is_empty(c) for c in row))
                where = f"sheet {name!r}" if name else "this file"
                notes.append(Finding(
                    "charges-only", f"{where[0].upper() + where[1:]} lists charges or fees but no payments: it looks like "
                    "a clinic's charges export or fee schedule, not an EOB. Use it with 'eobreader reconcile'.",
                    Severity.INFO, SourceRef(str(path), sheet=name)))
                acc = Accounting(acc.seen + len(grid), acc.lines, acc.recognised + rows, acc.unread, acc.blank + len(grid) - rows)
                continue
            gr = _GridReader(path, name, grid, workbook_meta)
            st = gr.read(found)
            if st is None or not gr.lines:
                rows = sum(1 for row in grid if not all(is_empty(c) for c in row))
                if name is not None and len(grids) > 1:
                    notes.append(Finding("sheet-ignored", f"Sheet {name!r} has no service-line table; it was ignored.",
                                         Severity.INFO, SourceRef(str(path), sheet=name)))
                acc = Accounting(acc.seen + len(grid), acc.lines, acc.recognised + rows, acc.unread, acc.blank + len(grid) - rows)
                unread.extend(gr.unread)
                continue
            statements.append(st)
            unread.extend(gr.unread)
            a = gr.acc
            acc = Accounting(acc.seen + len(grid), acc.lines + a["lines"], acc.recognised + a["recognised"],
                             acc.unread + a["unread"], acc.blank + a["blank"])
        if not statements and any(n.code == "charges-only" for n in notes):
            return FileResult(str(path), kind=self.kind, notes=tuple(notes), accounting=acc)
        if not statements:
            what = "sheet" if len(grids) <= 1 else "sheet of the workbook"
            return FileResult(str(path), kind=self.kind, notes=tuple(notes), accounting=acc,
                              error=f"not an EOB export: no {what} has a service-line table "
                                    "(a header row with a procedure code column and amount columns)")
        return FileResult(str(path), kind=self.kind, statements=tuple(statements), unread=tuple(unread),
                          notes=tuple(notes), accounting=acc)
