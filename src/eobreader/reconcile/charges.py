"""The clinic's own export of what it billed (the ``--charges`` file), read into typed ``Charge`` rows.

It reuses the spreadsheet reader's building blocks (``load_text_grid``, ``load_workbook_grids``,
``find_header``, the shared header vocabulary), so a practice-management export with headings nobody here
has seen is read the same way an EOB export is. Every row below the header is accounted for: a charge,
blank, a total or note row, or a problem (a row with amounts but no procedure code, or a value that
cannot be read). ``Charge.row`` is the row number as a spreadsheet shows it (header = row 1 for a
file whose header is its first row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..model import SourceRef, Unread
from ..sources.base import ReaderError
from ..sources.sheet import Columns, find_header, load_text_grid, load_workbook_grids
from ..values import (
    ValueParseError,
    clean_text,
    code_and_modifiers_in_text,
    is_empty,
    parse_code,
    parse_date_range,
    parse_modifiers,
    parse_money,
    parse_units,
)
from ..vocab import Field

_TOTAL = re.compile(r"\b(sub\s*-?\s*totals?|grand\s+totals?|totals?)\b", re.I)
MAX_CHARGES_MB = 256


class ChargesError(Exception):
    """The charges file cannot be used at all (one-line reason)."""


@dataclass(frozen=True, slots=True)
class Charge:
    row: int  # 1-based row number as a spreadsheet shows it
    patient: str
    service_date: date | None
    code: str
    modifiers: tuple[str, ...]
    units: Decimal | None
    billed: Decimal | None
    source: SourceRef
    claim_id: str | None = None
    payer: str | None = None
    secondary_payer: str | None = None
    minutes: int | None = None
    provider: str | None = None
    member_id: str | None = None
    notes: tuple[str, ...] = ()  # values on the row that could not be read


@dataclass(frozen=True, slots=True)
class ChargesFile:
    path: str
    charges: tuple[Charge, ...]
    problems: tuple[Unread, ...] = ()
    has_minutes: bool = False


def _cell(row: list[object], cols: Columns, f: Field) -> object:
    for i in cols.fields.get(f, []):
        if i < len(row) and not is_empty(row[i]):
            return row[i]
    return None


def _text(row: list[object], cols: Columns, f: Field) -> str | None:
    v = _cell(row, cols, f)
    if v is None:
        return None
    if isinstance(v, float) and v == int(v):
        v = int(v)
    return clean_text(v) or None


def _row_text(row: list[object]) -> str:
    return " | ".join(clean_text(c) for c in row if not is_empty(c))[:300]


def _read_grid(path: Path, sheet: str | None, grid: list[list[object]]) -> tuple[list[Charge], list[Unread], bool] | None:
    found = find_header(grid)
    if found is None:
        return None
    h, n, cols = found
    if Field.BILLED not in cols.fields:
        return None
    charges: list[Charge] = []
    problems: list[Unread] = []
    header_texts = {clean_text(c).lower() for c in grid[h] if not is_empty(c)}
    for r in range(h + n, len(grid)):
        row = list(grid[r])
        if all(is_empty(c) for c in row):
            continue
        src = SourceRef(str(path), sheet=sheet, row=r + 1, text=_row_text(row))
        texts = [clean_text(c).lower() for c in row if not is_empty(c)]
        if len(texts) >= 2 and sum(t in header_texts for t in texts) >= max(2, len(texts) // 2):
            continue  # header repeated
        notes: list[str] = []
        code: str | None = None
        mods: tuple[str, ...] = ()
        raw_code = _cell(row, cols, Field.CODE)
        if raw_code is not None:
            try:
                code, mods = parse_code(raw_code)
            except ValueParseError:
                found_code = code_and_modifiers_in_text(clean_text(raw_code))
                if found_code:
                    code, mods = found_code
        if code is None:
            desc = _text(row, cols, Field.DESCRIPTION)
            found_code = code_and_modifiers_in_text(desc) if desc else None
            if found_code:
                code, mods = found_code
        billed = None
        raw_billed = _cell(row, cols, Field.BILLED)
        try:
            billed = parse_money(raw_billed)
        except ValueParseError as e:
            notes.append(f"charge not read ({e})")
        if code is None:
            label = " ".join(texts)
            if _TOTAL.search(label):
                continue  # a total row: recognised, not a charge
            if billed is not None or raw_code is not None:
                problems.append(Unread(src, "a row with a charge but no procedure code we can read"))
            continue  # a note or title row
        extra: list[str] = []
        for i in cols.fields.get(Field.MODIFIERS, []):
            try:
                extra.extend(parse_modifiers(row[i] if i < len(row) else None))
            except ValueParseError as e:
                notes.append(f"modifier not read ({e})")
        start = None
        raw_date = _cell(row, cols, Field.SERVICE_DATE)
        try:
            start = parse_date_range(raw_date)[0] if raw_date is not None else None
        except ValueParseError as e:
            notes.append(f"service date not read ({e})")
        units = minutes = None
        try:
            units = parse_units(_cell(row, cols, Field.UNITS))
        except ValueParseError as e:
            notes.append(f"units not read ({e})")
        raw_min = _cell(row, cols, Field.MINUTES)
        if raw_min is not None:
            try:
                m = parse_units(raw_min)
                if m is not None and m >= 0 and m == m.to_integral_value():
                    minutes = int(m)
                elif m is not None:
                    notes.append(f"minutes {clean_text(raw_min)!r} are not a whole number")
            except ValueParseError as e:
                notes.append(f"minutes not read ({e})")
        if start is None and not any(n.startswith("service date") for n in notes):
            notes.append("no service date on the row")
        charges.append(Charge(
            row=r + 1, patient=_text(row, cols, Field.PATIENT) or "", service_date=start, code=code.upper(),
            modifiers=tuple(dict.fromkeys(m.upper() for m in (*mods, *extra))), units=units, billed=billed, source=src,
            claim_id=_text(row, cols, Field.CLAIM_ID), payer=_text(row, cols, Field.PAYER),
            secondary_payer=_text(row, cols, Field.SECONDARY_PAYER), minutes=minutes,
            provider=_text(row, cols, Field.PROVIDER), member_id=_text(row, cols, Field.MEMBER_ID), notes=tuple(notes),
        ))
    return charges, problems, Field.MINUTES in cols.fields


def read_charges(path: str | Path) -> ChargesFile:
    """Read a charges export (CSV/TSV or .xlsx). Raises ``ChargesError`` with a one-line reason when the
    file has no table of charges (a header with a procedure code column and a charge column)."""
    p = Path(path)
    try:
        if not p.is_file():
            raise ChargesError("file not found")
        if p.stat().st_size > MAX_CHARGES_MB * 1024 * 1024:
            raise ChargesError(f"file is over {MAX_CHARGES_MB} MB")
        with p.open("rb") as fh:
            head = fh.read(8)
        grids: list[tuple[str | None, list[list[object]]]]
        if head[:4] == b"PK\x03\x04":
            grids = list(load_workbook_grids(p))
        else:
            grids = [(None, load_text_grid(p.read_bytes()))]
    except ReaderError as e:
        raise ChargesError(str(e)) from e
    except OSError as e:
        raise ChargesError(f"cannot open file ({e.strerror or e.__class__.__name__})") from e
    charges: list[Charge] = []
    problems: list[Unread] = []
    minutes = False
    for sheet, grid in grids:
        got = _read_grid(p, sheet, grid)
        if got is None:
            continue
        charges.extend(got[0])
        problems.extend(got[1])
        minutes = minutes or got[2]
    if not charges:
        raise ChargesError("no table of charges found (a header row with a procedure code column and a charge column)")
    return ChargesFile(str(p), tuple(charges), tuple(problems), minutes)
