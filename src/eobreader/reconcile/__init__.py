"""``eobreader reconcile``: what a clinic billed against what it was paid.

    from eobreader.reconcile import reconcile
    rec = reconcile("charges.csv", ["remits/"], fee_schedule="fees.csv")
    rec.rows[0].outcome        # 'paid in full' | 'underpaid' | 'denied' | 'pending' | 'reversed'

The charges file is the clinic's own export (``charges.read_charges``); remittances are read by the
normal pipeline (``pipeline.read_many``), so every format eobreader reads can be reconciled. Matching,
outcomes and the to-do list live in ``core``; the workbook in ``writers.reconcile_xlsx``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..glossary import Glossary
from ..model import FileResult
from .charges import Charge, ChargesError, ChargesFile, read_charges
from .core import (
    ACTIONS,
    EXTRA_COLUMNS,
    OUTCOMES,
    RECONCILIATION_COLUMNS,
    PatientBalance,
    PayerSummary,
    Problem,
    Reconciliation,
    ReconRow,
    RemitLine,
    UnmatchedRemit,
    WorkItem,
    build,
)
from .fees import FeeSchedule, FeeScheduleError, read_fee_schedule

__all__ = [
    "ACTIONS", "EXTRA_COLUMNS", "OUTCOMES", "RECONCILIATION_COLUMNS", "Charge", "ChargesError", "ChargesFile",
    "FeeSchedule", "FeeScheduleError", "PatientBalance", "PayerSummary", "Problem", "ReconRow", "Reconciliation",
    "RemitLine", "UnmatchedRemit", "WorkItem", "cli_main", "dumps", "read_charges", "read_fee_schedule", "reconcile",
    "reconcile_results",
]


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def remittance_files(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> list[Path]:
    """The files to read as remittances: ``pipeline.discover`` minus the charges and fee-schedule files."""
    from ..pipeline import discover

    skip = [Path(p) for p in exclude]
    return [f for f in discover(paths) if not any(_same(f, s) for s in skip)]


def reconcile_results(charges: ChargesFile, results: list[FileResult], fees: FeeSchedule | None = None,
                      glossary: Glossary | None = None, base: Path | None = None) -> Reconciliation:
    """Reconcile already-read records (the bench and tests build them in memory)."""
    return build(charges, results, fees, glossary, base)


def reconcile(charges_path: str | Path, paths: str | Path | Iterable[str | Path], fee_schedule: str | Path | None = None,
              *, jobs: int = 0, glossary: Glossary | None = None) -> Reconciliation:
    """Read the charges export, the remittances (files or folders) and the optional fee schedule, and
    reconcile them. Raises ``ChargesError`` / ``FeeScheduleError`` when those files cannot be used; a
    remittance that cannot be read is listed in ``Reconciliation.problems`` (never raised)."""
    from ..pipeline import read_many

    if isinstance(paths, (str, Path)):
        paths = [paths]
    charges = read_charges(charges_path)
    fees = read_fee_schedule(fee_schedule) if fee_schedule is not None else None
    exclude = [charges_path] + ([fee_schedule] if fee_schedule is not None else [])
    files = remittance_files(paths, exclude)
    results = read_many(files, jobs=jobs, glossary=glossary)
    return build(charges, results, fees, glossary, base=_common_base([Path(charges_path), *files]))


def _common_base(files: list[Path]) -> Path | None:
    import os

    try:
        return Path(os.path.commonpath([str(f.resolve().parent) for f in files]))
    except ValueError:
        return None


def dumps(rec: Reconciliation) -> str:
    """A stable JSON text of a reconciliation (the golden file of the sample clinic month)."""
    from ..dump import to_jsonable

    return json.dumps(to_jsonable(rec), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def cli_main(argv: list[str]) -> int:
    from .cli import main

    return main(argv)
