"""Golden files: each sample sits beside its expected output (``<name>.<ext>.expected.json``).

``python -m eobreader.golden check samples/`` compares and prints a unified diff for each change;
``python -m eobreader.golden generate samples/`` writes missing golden files and refuses to overwrite
an existing one unless ``--force`` is given (so a golden is only ever changed on purpose).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from .dump import dumps
from .pipeline import SAMPLE_SUFFIXES, read_one

GOLDEN_SUFFIX = ".expected.json"


def golden_path(sample: Path) -> Path:
    return sample.with_name(sample.name + GOLDEN_SUFFIX)


def samples_in(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES and not p.name.endswith(GOLDEN_SUFFIX)
    )


def render(sample: Path) -> str:
    return dumps(read_one(sample), base=sample.parent)


def diff(sample: Path) -> str:
    """Empty when the sample still reads as its golden file says; else a unified diff."""
    gp = golden_path(sample)
    if not gp.exists():
        return f"missing golden file {gp} (run: python -m eobreader.golden generate {sample.parent})\n"
    want, got = gp.read_text(encoding="utf-8"), render(sample)
    if want == got:
        return ""
    return "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), str(gp), "now read"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eobreader.golden")
    ap.add_argument("action", choices=["check", "generate"])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--force", action="store_true", help="overwrite existing golden files")
    args = ap.parse_args(argv)
    bad = 0
    for folder in args.folders:
        for sample in samples_in(folder) if folder.is_dir() else [folder]:
            gp = golden_path(sample)
            if args.action == "generate":
                if gp.exists() and not args.force:
                    print(f"kept {gp} (exists; --force to overwrite)")
                    continue
                gp.write_text(render(sample), encoding="utf-8")
                print(f"wrote {gp}")
            else:
                d = diff(sample)
                if d:
                    bad += 1
                    sys.stdout.write(d)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
