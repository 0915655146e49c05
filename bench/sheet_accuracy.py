"""Spreadsheet / CSV reader accuracy against truth files (held-out exports).

For each file ``<x>`` with ``<x>.truth.json`` beside it in ``--folder`` (made by
bench/heldout_sheets/make_heldout_sheets.py) this reads the file with ``eobreader.pipeline.read_one`` and prints:

- line F1: service lines found vs service lines in the truth, matched one to one by row number (and sheet when
  the truth names one), falling back to service date + code + billed for lines whose row was reported wrong;
- field accuracy per field over the truth lines (a missed line counts as wrong in every field);
- claim fields: for each truth line, the claim holding the matched line (claim_id, payer_claim_id, patient);
  ids compare case- and space-insensitively, patients as a set of name words (so "Last, First" in two columns
  equals "First Last");
- ``nl``: rows the truth lists as non-lines (interest, payment-level adjustments) that the reader made into
  service lines (they also count as extra lines in the F1).

Usage: python bench/sheet_accuracy.py --folder DIR [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eobreader.model import ServiceLine
from eobreader.pipeline import read_one

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy_common import CLAIM_FIELDS, FIELDS, found_value, truth_value  # noqa: E402
from accuracy_common import Score as BaseScore  # noqa: E402
from accuracy_common import row as base_row  # noqa: E402


class Score(BaseScore):
    """Adds the rows with money but no code (non_lines) and how many were read as service lines."""

    def __init__(self) -> None:
        super().__init__()
        self.nl = self.nl_as_line = 0

    def add(self, other: BaseScore) -> None:
        super().add(other)
        if isinstance(other, Score):
            self.nl += other.nl
            self.nl_as_line += other.nl_as_line


def row(name: str, s: Score) -> str:
    return base_row(name, s) + f"  {s.nl_as_line:d}/{s.nl:d}"


def claim_norm(f: str, v) -> object:
    if v is None or str(v).strip() == "":
        return None
    if f == "patient":
        return frozenset(w for w in re.split(r"[\s,]+", str(v).upper()) if w)
    return " ".join(str(v).upper().split())


def _same_sheet(t: dict, ln: ServiceLine) -> bool:
    return t.get("sheet") is None or t.get("sheet") == ln.source.sheet


def match(truth: list[dict], found: list[ServiceLine]) -> list[tuple[dict, ServiceLine | None]]:
    """One to one: by row (and sheet) first, then by service date + code + billed."""
    free = set(range(len(found)))
    pairs: dict[int, int] = {}
    for ti, t in enumerate(truth):
        for fi in sorted(free):
            ln = found[fi]
            if ln.source.row == t.get("row") and _same_sheet(t, ln):
                pairs[ti] = fi
                free.discard(fi)
                break
    for ti, t in enumerate(truth):
        if ti in pairs:
            continue
        key = (truth_value(t, "service_date"), t.get("code"), truth_value(t, "billed"))
        for fi in sorted(free):
            ln = found[fi]
            if (found_value(ln, "service_date"), ln.code, ln.billed) == key and _same_sheet(t, ln):
                pairs[ti] = fi
                free.discard(fi)
                break
    return [(t, found[pairs[ti]] if ti in pairs else None) for ti, t in enumerate(truth)]


def score_file(path: Path, verbose: bool) -> tuple[Score, str, str | None]:
    truth = json.loads(path.with_name(path.name + ".truth.json").read_text(encoding="utf-8"))
    s = Score()
    s.truth, s.nl = len(truth["lines"]), len(truth.get("non_lines", []))
    try:
        res = read_one(path)
    except Exception as e:  # noqa: BLE001 - a bench reports a crash as a result, it does not stop
        return s, truth.get("layout", path.name), f"CRASH {type(e).__name__}: {e}"
    if res.error:
        return s, truth.get("layout", path.name), res.error
    found = res.lines()
    s.found = len(found)
    claim_of = {id(ln): c for st in res.statements for c in st.claims for ln in c.lines}
    pairs = match(truth["lines"], found)
    tag = path.name
    for t, ln in pairs:
        where = f"{t.get('sheet') or ''} r{t.get('row')}"
        if ln is None:
            if verbose:
                print(f"   MISSED {tag} {where} {t.get('service_date')} {t.get('code')} {t.get('billed')}")
            continue
        s.tp += 1
        for f in FIELDS:
            if truth_value(t, f) == found_value(ln, f):
                s.right[f] += 1
            elif verbose:
                print(f"   {tag} {where} {t.get('code')} {f}: want {truth_value(t, f)!r} got {found_value(ln, f)!r}")
        claim = claim_of.get(id(ln))
        for f in CLAIM_FIELDS:
            want, got = claim_norm(f, t.get(f)), claim_norm(f, getattr(claim, f, None))
            if want == got:
                s.right[f] += 1
            elif verbose:
                print(f"   {tag} {where} claim {f}: want {t.get(f)!r} got {getattr(claim, f, None)!r}")
    matched = {id(ln) for _, ln in pairs if ln is not None}
    nl_rows = {(n.get("sheet"), n.get("row")) for n in truth.get("non_lines", [])}
    for ln in found:
        if id(ln) in matched:
            continue
        if any(r == ln.source.row and (sh is None or sh == ln.source.sheet) for sh, r in nl_rows):
            s.nl_as_line += 1
        if verbose:
            print(f"   EXTRA {tag} {ln.source.where()} {ln.source.text[:90]!r}")
    return s, truth.get("layout", path.name), None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", type=Path, required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.folder.iterdir()
                   if not p.name.endswith(".truth.json") and p.with_name(p.name + ".truth.json").exists())
    if not files:
        print(f"no <x> with <x>.truth.json in {args.folder}")
        return 2
    head = (f"{'layout':32s} {'truth':>5s} {'found':>5s} {'lineF1':>6s} " + " ".join(f"{f[:6]:>6s}" for f in FIELDS)
            + "  | " + " ".join(f"{f:>6s}" for f in ("clm_id", "payer", "patnt")) + "  nl")
    print(head)
    total = Score()
    errors = []
    for p in files:
        s, layout, err = score_file(p, args.verbose)
        if err:
            errors.append(f"{p.name}: {err}")
        print(row(layout[:32], s))
        total.add(s)
    print(row("ALL (pooled)", total))
    print(f"\nline F1 {total.f1():.1%}; mean field accuracy {total.fields_mean():.1%}; worst field "
          f"{min(FIELDS, key=total.acc)} {min(total.acc(f) for f in FIELDS):.1%}")
    print(f"claim fields: mean {total.claim_mean():.1%}; "
          + ", ".join(f"{f} {total.acc(f):.1%}" for f in CLAIM_FIELDS))
    print(f"non-line rows read as service lines: {total.nl_as_line} of {total.nl}")
    for e in errors:
        print(f"file not read: {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
