"""The ``--fee-schedule`` file: what each payer should allow per unit of a code (its contract).

Columns (any order, headings from the shared vocabulary): a procedure code, optional modifiers, optional
payer, and an amount per unit ("Fee", "Allowed", "Rate", "Contract Rate", "Expected Allowed"...).
A row without a payer applies to every payer; a row without modifiers applies to any modifiers.
The most specific row wins: (code, modifiers, payer), then (code, payer), (code, modifiers), (code).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..sources.base import ReaderError
from ..sources.sheet import load_text_grid, load_workbook_grids, map_columns
from ..values import ValueParseError, clean_text, is_empty, parse_code, parse_modifiers, parse_money
from ..vocab import Field, normalise_header
from .names import _ascii

_AMOUNT_WORDS = ("rate", "fee", "allow", "expected", "contract", "price", "amount", "schedule")


class FeeScheduleError(Exception):
    """The fee schedule cannot be used (one-line reason)."""


def _payer_key(payer: str | None) -> str:
    return " ".join(_ascii(payer or "").upper().replace(",", " ").replace(".", " ").split())


@dataclass(frozen=True, slots=True)
class FeeRate:
    code: str
    modifiers: tuple[str, ...]
    payer: str  # "" = any payer
    per_unit: Decimal
    row: int


@dataclass
class FeeSchedule:
    path: str
    rates: dict[tuple[str, tuple[str, ...], str], FeeRate] = field(default_factory=dict)

    def rate(self, code: str, modifiers: tuple[str, ...], payer: str | None) -> FeeRate | None:
        mods = tuple(sorted(m.upper() for m in modifiers))
        pk = _payer_key(payer)
        for key in ((code, mods, pk), (code, (), pk), (code, mods, ""), (code, (), "")):
            if key in self.rates:
                return self.rates[key]
        if pk:  # a payer written a little differently ("Brightwater Mutual" vs "BRIGHTWATER MUTUAL HEALTH")
            for (c, m, p), r in self.rates.items():
                if c == code and p and (p in pk or pk in p) and m in (mods, ()):
                    return r
        return None


def read_fee_schedule(path: str | Path) -> FeeSchedule:
    p = Path(path)
    try:
        if not p.is_file():
            raise FeeScheduleError("file not found")
        with p.open("rb") as fh:
            head = fh.read(8)
        grids = list(load_workbook_grids(p)) if head[:4] == b"PK\x03\x04" else [(None, load_text_grid(p.read_bytes()))]
    except ReaderError as e:
        raise FeeScheduleError(str(e)) from e
    except OSError as e:
        raise FeeScheduleError(f"cannot open file ({e.strerror or e.__class__.__name__})") from e
    sched = FeeSchedule(str(p))
    for _, grid in grids:
        for h in range(min(20, len(grid))):
            cols = map_columns(grid[h])
            code_col = cols.first(Field.CODE)
            money_cols = cols.fields.get(Field.ALLOWED, []) + cols.fields.get(Field.BILLED, [])
            amount_col = next((i for i, c in enumerate(grid[h]) if i != code_col and not is_empty(c) and (
                i in money_cols or any(w in normalise_header(c) for w in _AMOUNT_WORDS))), None)
            if code_col is None or amount_col is None:
                continue
            mod_cols = cols.fields.get(Field.MODIFIERS, [])
            payer_col = cols.first(Field.PAYER)
            for r in range(h + 1, len(grid)):
                row = grid[r]
                if all(is_empty(c) for c in row):
                    continue
                try:
                    code, mods = parse_code(row[code_col] if code_col < len(row) else None)
                    amount = parse_money(row[amount_col] if amount_col < len(row) else None)
                    for i in mod_cols:
                        mods = (*mods, *parse_modifiers(row[i] if i < len(row) else None))
                except ValueParseError as e:
                    raise FeeScheduleError(f"row {r + 1}: {e}") from e
                if code is None or amount is None:
                    continue
                payer = clean_text(row[payer_col]) if payer_col is not None and payer_col < len(row) else ""
                key = (code.upper(), tuple(sorted(set(m.upper() for m in mods))), _payer_key(payer))
                sched.rates[key] = FeeRate(key[0], key[1], payer, amount, r + 1)
            break
    if not sched.rates:
        raise FeeScheduleError("no rates found (a header with a code column and an amount column such as 'Fee' or 'Allowed')")
    return sched
