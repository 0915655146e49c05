"""PDF reading speed, as ratios measured in one run (never absolute timings in tests).

1. Per page: eobreader's whole PDF read (words + layout + records) vs pdfplumber's bare
   ``extract_words`` over the same pages. Goal: ratio under 1.5x.
2. Folder: ``pipeline.read_many(paths, jobs=2)`` vs ``jobs=1`` wall time (the speed-up on 2 cores).

Usage: python bench/bench_pdf.py [--folder samples/pdf] [--rounds 3] [--copies 6] [--engine pdfium|pdfplumber]
``--copies`` repeats the file list so the 2-job run has enough files to share out (default 6: about
30 files per worker). jobs=1 and jobs=2 run interleaved in the same run; the best of ``--rounds`` is kept.
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


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def _cpu_ceiling(n: int = 3_000_000, tasks: int = 4) -> float:
    """Speed-up of a pure-CPU task on 2 processes vs 1, best of 3: what the machine can give now."""
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    one = two = float("inf")
    with ctx.Pool(2) as pool:
        for _ in range(3):
            t0 = time.perf_counter()
            for _ in range(tasks):
                _burn(n)
            t1 = time.perf_counter()
            pool.map(_burn, [n] * tasks)
            t2 = time.perf_counter()
            one, two = min(one, t1 - t0), min(two, t2 - t1)
    return one / two


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

    # Folder speed-up. Fair conditions: enough files that each worker gets many (--copies), the parent
    # warmed once as a long-running program would be, jobs=1 and jobs=2 interleaved over --rounds and
    # the best of each kept (other programs on the machine only ever slow a run down). The machine's own
    # 2-process ceiling is measured in the same run with a pure-CPU task, since a shared machine may not
    # give two full cores to anyone.
    paths = pdfs * args.copies
    for p in pdfs:
        pipeline.read_raw(p)
    best = {1: float("inf"), 2: float("inf")}
    for _ in range(args.rounds):
        for jobs in (1, 2):
            t0 = time.perf_counter()
            pipeline.read_many(paths, jobs=jobs)
            best[jobs] = min(best[jobs], time.perf_counter() - t0)
    ceiling = _cpu_ceiling()
    print(f"pipeline over {len(paths)} files ({len(paths) // 2} per worker at jobs=2), best of {args.rounds}: "
          f"jobs=1 {best[1]:.2f}s, jobs=2 {best[2]:.2f}s, speed-up on 2 cores {best[1] / best[2]:.2f}x "
          f"(this machine gives a pure-CPU task {ceiling:.2f}x on 2 processes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
