"""The code book: procedure codes, modifiers, adjustment group and reason codes, remark codes.

The data lives as versioned CSV files in the top-level ``glossary/`` folder of the repository, which is
installed as the package ``eobreader.glossary_data`` and read through ``importlib.resources``, so the
installed tool never depends on the working directory.

Every explanation in those files is our own plain wording for a parent. CPT descriptors (AMA) and
CARC/RARC texts (X12) are never copied.

Users extend or override entries with their own CSV (``--glossary FILE.csv``): a ``kind`` column
(procedure, modifier, group, carc, rarc) plus that table's columns; their rows win over ours.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path

from .values import clean_text

YES = {"yes", "y", "true", "1", "timed"}


class GlossaryError(Exception):
    """A glossary file (ours or the user's) is malformed. The message names the file and row."""


@dataclass(frozen=True, slots=True)
class Procedure:
    code: str
    short_name: str
    explanation: str
    category: str = ""
    discipline: str = ""  # OT, PT, SLP, AT, PT/OT, any
    timed: bool = False
    minutes_per_unit: int | None = None
    add_on_to: tuple[str, ...] = ()  # base codes an add-on code must be billed with
    status: str = "active"  # active | deleted
    status_year: int | None = None  # year added (active) or deleted (deleted)
    max_units_per_visit: int | None = None  # above this, units are implausible for one visit
    notes: str = ""
    # Medicare's therapy-code lists: "always" (always a therapy service: needs GO/GP/GN),
    # "sometimes" (therapy only under a therapy plan of care), "" (not a therapy code).
    therapy: str = ""

    @property
    def is_add_on(self) -> bool:
        return bool(self.add_on_to)

    @property
    def deleted(self) -> bool:
        return self.status == "deleted"


@dataclass(frozen=True, slots=True)
class Modifier:
    code: str
    short_name: str
    explanation: str
    category: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    code: str
    short_name: str
    explanation: str
    who_pays: str  # clinic | family | depends | other insurer
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """A claim adjustment reason code (CARC)."""

    code: str
    short_name: str
    explanation: str
    who_pays: str = ""  # clinic | family | other insurer | depends
    next_step: str = ""  # none | pay | fix | records | appeal | auth | cob | eligibility
    next_step_text: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Remark:
    """A remittance advice remark code (RARC), or a payer's own remark code from a local glossary."""

    code: str
    short_name: str
    explanation: str
    next_step: str = ""
    next_step_text: str = ""
    notes: str = ""
    document_text: str = ""  # the document's own legend wording, kept beside ours


@dataclass(frozen=True, slots=True)
class Family:
    """A range of procedure codes (CPT section or HCPCS letter range), for codes the book lacks."""

    start: str
    end: str
    family: str
    explanation: str

    def contains(self, code: str) -> bool:
        return _code_key(self.start) <= _code_key(code) <= _code_key(self.end) and _same_kind(self.start, code)

    @property
    def width(self) -> int:
        a, b = _code_key(self.start), _code_key(self.end)
        return b[2] - a[2]


def _code_key(code: str) -> tuple[str, str, int]:
    """Sort key that keeps CPT numbers, category II/III (####F/T) and HCPCS letters apart."""
    code = code.upper()
    if code[:1].isalpha():
        return ("H", code[0], int(code[1:] or 0))
    if code[-1:].isalpha():
        return ("C", code[-1], int(code[:-1] or 0))
    return ("N", "", int(code))


def _same_kind(a: str, b: str) -> bool:
    return _code_key(a)[:2] == _code_key(b)[:2]


Entry = Procedure | Modifier | Group | Reason | Remark

# kind -> (csv file, record type)
TABLES: dict[str, tuple[str, type]] = {
    "procedure": ("procedures.csv", Procedure),
    "modifier": ("modifiers.csv", Modifier),
    "group": ("groups.csv", Group),
    "carc": ("carcs.csv", Reason),
    "rarc": ("rarcs.csv", Remark),
}

NEXT_STEPS = ("none", "pay", "fix", "records", "appeal", "auth", "cob", "eligibility", "info")
WHO_PAYS = ("clinic", "family", "depends", "other insurer", "payer", "")


def _columns(kind: str) -> list[str]:
    return [f.name for f in fields(TABLES[kind][1]) if f.name != "document_text"]


def _required(kind: str) -> list[str]:
    return [f.name for f in fields(TABLES[kind][1]) if f.name in ("code", "short_name", "explanation")]


def _convert(kind: str, row: dict[str, str], where: str) -> Entry:
    rtype = TABLES[kind][1]
    data: dict[str, object] = {}
    for f in fields(rtype):
        if f.name not in row or row[f.name] is None:
            continue
        raw = clean_text(row[f.name])
        if f.name == "code":
            raw = raw.upper()
        if f.name == "timed":
            data[f.name] = raw.lower() in YES
        elif f.name in ("minutes_per_unit", "status_year", "max_units_per_visit"):
            if raw:
                try:
                    data[f.name] = int(raw)
                except ValueError as e:
                    raise GlossaryError(f"{where}: {f.name} must be a whole number, not {raw!r}") from e
        elif f.name == "add_on_to":
            data[f.name] = tuple(c.upper() for c in re.split(r"[\s,;/]+", raw) if c)
        else:
            data[f.name] = raw
    for req in _required(kind):
        if not data.get(req):
            raise GlossaryError(f"{where}: {req} is empty")
    return rtype(**data)


def _read_csv(text: str, kind: str, where: str) -> list[Entry]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in _required(kind) if c not in (reader.fieldnames or [])]
    if missing:
        raise GlossaryError(f"{where}: missing column(s) {', '.join(missing)}")
    return [_convert(kind, row, f"{where} row {i}") for i, row in enumerate(reader, start=2)]


@dataclass
class Glossary:
    procedures: dict[str, Procedure] = field(default_factory=dict)
    modifiers: dict[str, Modifier] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    carcs: dict[str, Reason] = field(default_factory=dict)
    rarcs: dict[str, Remark] = field(default_factory=dict)
    version: str = ""
    families: list[Family] = field(default_factory=list)

    def family(self, code: str | None) -> Family | None:
        """The narrowest code range that holds ``code`` (for codes not in the book), or None."""
        if not code:
            return None
        try:
            found = [f for f in self.families if f.contains(code)]
        except ValueError:
            return None
        return min(found, key=lambda f: f.width) if found else None

    def _table(self, kind: str) -> dict[str, Entry]:
        tables: dict[str, dict] = {
            "procedure": self.procedures, "modifier": self.modifiers, "group": self.groups,
            "carc": self.carcs, "rarc": self.rarcs,
        }
        return tables[kind]

    def add(self, kind: str, entry: Entry) -> None:
        self._table(kind)[entry.code] = entry

    def procedure(self, code: str | None) -> Procedure | None:
        return self.procedures.get(code.upper()) if code else None

    def modifier(self, code: str) -> Modifier | None:
        return self.modifiers.get(code.upper())

    def group(self, code: str) -> Group | None:
        return self.groups.get(code.upper())

    def carc(self, code: str) -> Reason | None:
        return self.carcs.get(code.upper())

    def rarc(self, code: str) -> Remark | None:
        return self.rarcs.get(code.upper())

    def with_legend(self, legend: tuple[tuple[str, str], ...]) -> Glossary:
        """A copy in which remark codes printed in a document's own legend carry that wording too."""
        if not legend:
            return self
        g = Glossary(dict(self.procedures), dict(self.modifiers), dict(self.groups), dict(self.carcs),
                     dict(self.rarcs), self.version, self.families)
        for code, text in legend:
            code = code.upper()
            if code in g.rarcs:
                g.rarcs[code] = replace(g.rarcs[code], document_text=text)
            else:
                g.rarcs[code] = Remark(code, text[:60], "", document_text=text)
        return g

    def load_user_file(self, path: str | Path) -> None:
        """Add or override entries from a user CSV with a ``kind`` column."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise GlossaryError(f"{p}: cannot read ({e.__class__.__name__})") from e
        reader = csv.DictReader(io.StringIO(text))
        if "kind" not in (reader.fieldnames or []) or "code" not in (reader.fieldnames or []):
            raise GlossaryError(f"{p}: a user glossary needs at least the columns kind, code, short_name, explanation")
        for i, row in enumerate(reader, start=2):
            kind = clean_text(row.get("kind")).lower()
            if kind not in TABLES:
                raise GlossaryError(f"{p} row {i}: kind must be one of {', '.join(TABLES)}, not {kind!r}")
            self.add(kind, _convert(kind, row, f"{p} row {i}"))


def _resource_text(name: str) -> str:
    return resources.files("eobreader.glossary_data").joinpath(name).read_text(encoding="utf-8")


def load(extra: list[str | Path] | None = None) -> Glossary:
    """The shipped code book, plus the user's own files (later files win)."""
    g = Glossary()
    try:
        g.version = _resource_text("VERSION").strip()
    except FileNotFoundError:
        g.version = "unknown"
    for kind, (name, _) in TABLES.items():
        for entry in _read_csv(_resource_text(name), kind, f"glossary/{name}"):
            g.add(kind, entry)
    for i, row in enumerate(csv.DictReader(io.StringIO(_resource_text("code_families.csv"))), start=2):
        try:
            fam = Family(row["start"].strip().upper(), row["end"].strip().upper(), row["family"].strip(),
                         row["explanation"].strip())
            _code_key(fam.start), _code_key(fam.end)
        except (KeyError, ValueError, AttributeError) as e:
            raise GlossaryError(f"glossary/code_families.csv row {i}: malformed ({e})") from e
        g.families.append(fam)
    for path in extra or []:
        g.load_user_file(path)
    return g


_default: Glossary | None = None


def default() -> Glossary:
    """The shipped glossary, loaded once per process."""
    global _default
    if _default is None:
        _default = load()
    return _default


def columns(kind: str) -> list[str]:
    """The CSV columns of a glossary table, in file order."""
    return _columns(kind)
