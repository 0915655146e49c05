"""The small Python API for analysts.

    import eobreader
    results = eobreader.read(["statements/"])          # typed records, one FileResult per file
    df = eobreader.charges_frame(results)              # pandas DataFrame, the Charges sheet's columns
    eobreader.write_report(results, "report.xlsx")     # the same workbook as the command line
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .glossary import Glossary
from .model import FileResult
from .pipeline import DEFAULT_LIMITS, Limits, discover, read_many
from .report import CHARGES_COLUMNS, EXTRA_CHARGES_COLUMNS, Report, build_report


def read(paths: str | Path | Iterable[str | Path], *, jobs: int = 0, glossary: Glossary | None = None,
         limits: Limits = DEFAULT_LIMITS) -> list[FileResult]:
    """Read files and folders into checked records. ``jobs=0`` (default) reads in this process;
    ``jobs>=1`` uses isolated worker processes with the time and memory limits."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return read_many(discover(paths), jobs=jobs, limits=limits, glossary=glossary)


def report(results: list[FileResult], glossary: Glossary | None = None) -> Report:
    return build_report(results, glossary)


def charges_frame(results: list[FileResult], glossary: Glossary | None = None, *, all_columns: bool = False):
    """A pandas DataFrame with the Charges sheet's columns (amounts stay Decimal, dates stay date)."""
    import pandas as pd

    rep = build_report(results, glossary)
    cols = CHARGES_COLUMNS + EXTRA_CHARGES_COLUMNS
    df = pd.DataFrame([r.values() for r in rep.charges], columns=list(cols))
    return df if all_columns else df[list(CHARGES_COLUMNS)]


def write_report(results: list[FileResult], path: str | Path, glossary: Glossary | None = None) -> Path:
    from .writers.xlsx import write_workbook

    return write_workbook(build_report(results, glossary), path)
