"""``eobreader reconcile --charges CHARGES PATH... -o reconciliation.xlsx [--fee-schedule FILE]``.

Exit codes as the main command: 0 every remittance file was read; 1 some were not (the workbook is still
written, each failure named on stderr); 2 usage error (bad options, no remittances, a charges file or fee
schedule that cannot be used).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eobreader reconcile",
        description="Check everything a clinic billed against what the payers paid: which lines were paid in full, "
        "underpaid, denied, reversed or are still pending, and what to do next. Everything stays on this computer.",
    )
    ap.add_argument("--charges", required=True, metavar="CHARGES",
                    help="the clinic's export of billed lines (CSV or .xlsx: patient, service date, code, modifiers, "
                    "units, charge; optionally claim, payer, minutes, secondary insurance)")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="EOBs, 835 files and remittance spreadsheets (files or folders)")
    ap.add_argument("-o", "--output", default="reconciliation.xlsx", help="the workbook to write")
    ap.add_argument("--fee-schedule", metavar="FILE",
                    help="expected allowed amount per unit (columns: code, modifiers, payer, fee/allowed)")
    ap.add_argument("-j", "--jobs", type=int, default=None,
                    help="files read at once (default: the number of cores; 0 reads in this process)")
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="no progress bar or summary; failures still go to stderr")
    return ap


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from ..cli import Progress
    from ..pipeline import default_jobs, read_many
    from ..writers.reconcile_xlsx import write_reconciliation
    from . import _common_base, remittance_files
    from .charges import ChargesError, read_charges
    from .core import build
    from .fees import FeeScheduleError, read_fee_schedule

    if args.jobs is not None and args.jobs < 0:
        print("eobreader reconcile: --jobs must be 0 or more", file=sys.stderr)
        return USAGE_ERROR
    out = Path(args.output)
    if out.suffix.lower() != ".xlsx":
        print("eobreader reconcile: the output must be an .xlsx file", file=sys.stderr)
        return USAGE_ERROR
    try:
        charges = read_charges(args.charges)
    except ChargesError as e:
        print(f"eobreader reconcile: {args.charges}: {e}", file=sys.stderr)
        return USAGE_ERROR
    fees = None
    if args.fee_schedule:
        try:
            fees = read_fee_schedule(args.fee_schedule)
        except FeeScheduleError as e:
            print(f"eobreader reconcile: {args.fee_schedule}: {e}", file=sys.stderr)
            return USAGE_ERROR
    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(f"eobreader reconcile: {p}: no such file or folder", file=sys.stderr)
    exclude = [args.charges] + ([args.fee_schedule] if args.fee_schedule else [])
    files = remittance_files([p for p in args.paths if Path(p).exists()], exclude)
    if not files:
        print("eobreader reconcile: no remittance files to read (EOB PDFs, 835s or remittance spreadsheets)",
              file=sys.stderr)
        return USAGE_ERROR
    jobs = default_jobs() if args.jobs is None else args.jobs
    progress = Progress(len(files), not args.quiet)
    results = read_many(files, jobs=min(jobs, len(files)), on_done=progress)
    progress.close()
    rec = build(charges, results, fees, base=_common_base([Path(args.charges), *files]))
    try:
        write_reconciliation(rec, out)
    except OSError as e:
        print(f"eobreader reconcile: cannot write {out}: {e.strerror or e}", file=sys.stderr)
        return 1
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"eobreader reconcile: {r.path}: {r.error}", file=sys.stderr)
    if not args.quiet:
        counts = ", ".join(f"{n} {o}" for o, n in rec.outcome_counts().items() if n)
        todo = sum(w.amount for w in rec.worklist)
        print(f"Reconciled {len(rec.rows)} billed lines against {len(results) - len(failed)} of {len(results)} "
              f"remittance files: {counts}. {len(rec.worklist)} to-do items (${todo:,.2f}); "
              f"{len(rec.unmatched)} remittance lines not in the charges file. Wrote {out}")
    return 1 if failed or missing else 0
