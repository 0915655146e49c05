"""A stable, diff-friendly JSON form of the records: the golden files beside each sample.

Golden files record what the readers found (records and findings), not the xlsx, so a change in a
reader shows as a readable diff of fields. Decimals are written as strings ("380.00"), dates as ISO
strings, enums by value; keys are sorted; empty values are omitted to keep diffs short.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from .model import FileResult


def to_jsonable(obj: Any, *, base: Path | None = None) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            v = to_jsonable(getattr(obj, f.name), base=base)
            if v in (None, "", [], {}, ()):
                continue
            if f.name in ("file", "path") and isinstance(v, str) and base is not None:
                v = relative_name(v, base)
            out[f.name] = v
        return out
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, enum.Enum):
        return obj.name.lower() if isinstance(obj.value, int) else obj.value
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(x, base=base) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v, base=base) for k, v in obj.items()}
    return obj


def relative_name(path: str, base: Path) -> str:
    """``path`` relative to ``base`` (POSIX form), or just its file name when it lies elsewhere."""
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return Path(path).name


def dumps(result: FileResult, *, base: Path | None = None) -> str:
    """The golden text for one file's result. ``base``: paths are written relative to it."""
    data = to_jsonable(result, base=base if base is not None else Path(result.path).parent)
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
