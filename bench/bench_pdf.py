"""PDF reading speed, as ratios measured in one run (never absolute timings in tests).

1. Per page: eobreader's whole PDF read (words + layout + records) vs pdfplumber's bare
   ``extract_words`` over the same pages. Goal: ratio under 1.5x.
2. Folder: ``pipeline.read_many(paths, jobs=2)`` vs ``jobs=1`` wall time (the speed-up on 2 cores).

Usage: python bench/bench_pdf.py [--folder samples/pdf] [--rounds 3] [--copies 6] [--engine pdfium|pdfplumber]
``--copies`` repeats the file list so the 2-job run has enough files to share out.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import pdfplumber

from eobreader import pipeline
from eobreader.sources.pdf import PdfReader


def plumber_words(path: Path) -> int:
    n = 0
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            n += len(page.extract_words())
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", type=Path, default=Path("samples/pdf"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--copies", type=int, default=6)
    ap.add_argument("--engine", default=None)
    args = ap.parse_args(argv)
    pdfs = sorted(p for p in args.folder.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {args.folder}")
        return 2
    reader = PdfReader(args.engine)
    pages = 0
    for p in pdfs:
        with pdfplumber.open(str(p)) as pdf:
            pages += len(pdf.pages)
    t_plumb = t_eob = 0.0
    for _ in range(args.rounds):  # interleaved so both see the same machine state
        for p in pdfs:
            t0 = time.perf_counter()
            plumber_words(p)
            t1 = time.perf_counter()
            reader.read(p)
            t2 = time.perf_counter()
            t_plumb += t1 - t0
            t_eob += t2 - t1
    per_plumb = t_plumb / (pages * args.rounds) * 1000
    per_eob = t_eob / (pages * args.rounds) * 1000
    print(f"{len(pdfs)} PDFs, {pages} pages, {args.rounds} rounds, engine {reader.engine or 'default'}")
    print(f"pdfplumber extract_words: {per_plumb:.2f} ms/page")
    print(f"eobreader PDF read:       {per_eob:.2f} ms/page")
    print(f"ratio eobreader / pdfplumber extract_words: {per_eob / per_plumb:.2f}x (goal < 1.5x)")

    paths = pdfs * args.copies
    t0 = time.perf_counter()
    pipeline.read_many(paths, jobs=1)
    t1 = time.perf_counter()
    pipeline.read_many(paths, jobs=2)
    t2 = time.perf_counter()
    print(f"pipeline over {len(paths)} files: jobs=1 {t1 - t0:.2f}s, jobs=2 {t2 - t1:.2f}s, "
          f"speed-up on 2 cores {(t1 - t0) / (t2 - t1):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
