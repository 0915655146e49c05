"""Command line: ``eobreader PATH... -o report.xlsx`` and ``eobreader explain CODE...``.

Exit codes: 0 every file was read; 1 some were not (the report is still written, each failure named
on stderr); 2 usage error (bad options, nothing to read, unreadable user glossary).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import __version__

USAGE_ERROR = 2


def _read_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eobreader",
        description="Read EOB PDFs, spreadsheet/CSV exports and X12 835 files; write an Excel workbook that "
        "explains every charge in plain words. Everything stays on this computer.",
        epilog="Other commands: 'eobreader explain CODE...' explains codes (e.g. eobreader explain 97530 GO CO-45 N130); "
        "'eobreader reconcile --charges CHARGES PATH... -o reconciliation.xlsx' checks what a clinic billed against what "
        "was paid; 'eobreader serve' starts a private web page on this computer.",
    )
    ap.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (folders are read recursively)")
    ap.add_argument("-o", "--output", default="eob-report.xlsx", help="the workbook to write (default: eob-report.xlsx)")
    ap.add_argument("-j", "--jobs", type=int, default=None,
                    help="files read at once (default: the number of cores; 0 reads in this process without isolation)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary; failures still go to stderr")
    ap.add_argument("--glossary", action="append", default=[], metavar="FILE.csv",
                    help="your own glossary entries (columns: kind, code, short_name, explanation, ...); may repeat")
    ap.add_argument("--time-limit", type=float, default=120.0, metavar="SECONDS", help="per file (default 120)")
    ap.add_argument("--memory-limit", type=int, default=2048, metavar="MB", help="per reading process (default 2048)")
    ap.add_argument("--version", action="version", version=f"eobreader {__version__}")
    return ap


def _explain_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="eobreader explain", description="Explain procedure, modifier, adjustment and "
                                 "remark codes in plain words, e.g. eobreader explain 97530 GO CO-45 PR2 N130.")
    ap.add_argument("codes", nargs="+", metavar="CODE")
    ap.add_argument("--glossary", action="append", default=[], metavar="FILE.csv")
    return ap


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal (shared by the subcommands)."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.failed = total, 0, 0
        self.enabled = enabled and sys.stderr.isatty() and total > 1
        self.start = time.monotonic()

    def __call__(self, index: int, result) -> None:
        self.done += 1
        self.failed += 0 if result.ok else 1
        if self.enabled:
            width = 30
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} files" + (f", {self.failed} not read" if self.failed else ""))
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _load_glossary(files: list[str | Path]):
    from .glossary import GlossaryError, load

    try:
        return load(files)
    except GlossaryError as e:
        print(f"eobreader: glossary: {e}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR) from None


def cmd_explain(argv: list[str]) -> int:
    args = _explain_parser().parse_args(argv)
    from .explain import describe

    print(describe(args.codes, _load_glossary(args.glossary)))
    return 0


def cmd_read(argv: list[str]) -> int:
    args = _read_parser().parse_args(argv)
    from .pipeline import Limits, default_jobs, discover, read_many
    from .report import build_report
    from .writers.xlsx import write_workbook

    if args.jobs is not None and args.jobs < 0:
        print("eobreader: --jobs must be 0 or more", file=sys.stderr)
        return USAGE_ERROR
    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(f"eobreader: {p}: no such file or folder", file=sys.stderr)
    files = discover([p for p in args.paths if Path(p).exists()])
    if not files:
        print("eobreader: nothing to read (no PDF, spreadsheet, CSV or 835 files found)", file=sys.stderr)
        return USAGE_ERROR
    out = Path(args.output)
    if out.suffix.lower() != ".xlsx":
        print("eobreader: the output must be an .xlsx file", file=sys.stderr)
        return USAGE_ERROR
    glossary = _load_glossary(args.glossary)
    limits = Limits(seconds=args.time_limit, memory_mb=args.memory_limit)
    jobs = default_jobs() if args.jobs is None else args.jobs
    progress = Progress(len(files), not args.quiet)
    results = read_many(files, jobs=min(jobs, len(files)), limits=limits, glossary=glossary, on_done=progress)
    progress.close()
    common = Path(*Path(files[0]).resolve().parts[:1])
    base = _common_base(files) or common
    report = build_report(results, glossary, base=base)
    try:
        write_workbook(report, out)
    except OSError as e:
        print(f"eobreader: cannot write {out}: {e.strerror or e}", file=sys.stderr)
        return 1
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"eobreader: {r.path}: {r.error}", file=sys.stderr)
    if not args.quiet:
        lines = len(report.charges)
        flagged = sum(1 for c in report.charges if c.severity in ("warning", "error"))
        print(f"Read {len(results) - len(failed)} of {len(results)} files: {lines} service lines"
              f"{f', {flagged} with checks to look at' if flagged else ''}"
              f"{f', {len(report.problems)} problems listed' if report.problems else ''}. Wrote {out}")
    return 1 if failed or missing else 0


def _common_base(files: list[Path]) -> Path | None:
    import os

    try:
        return Path(os.path.commonpath([str(Path(f).resolve().parent) for f in files]))
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "explain":
            return cmd_explain(argv[1:])
        if argv and argv[0] == "reconcile":
            from .reconcile import cli_main as reconcile_main

            return reconcile_main(argv[1:])
        if argv and argv[0] == "serve":
            from .web import cli_main as serve_main

            return serve_main(argv[1:])
        return cmd_read(argv)
    except KeyboardInterrupt:
        print("eobreader: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
