"""Folder reading hands the largest files to workers first and still returns results in input order."""

from __future__ import annotations

from pathlib import Path

from eobreader.pipeline import read_many, schedule

REPO = Path(__file__).resolve().parents[1]


def test_largest_files_are_scheduled_first_ties_keep_input_order(tmp_path: Path):
    sizes = {"a.csv": 10, "b.csv": 300, "c.csv": 10, "d.csv": 50}
    paths = []
    for name, n in sizes.items():
        p = tmp_path / name
        p.write_bytes(b"x" * n)
        paths.append(p)
    missing = tmp_path / "gone.csv"
    order = [(i, p.name) for i, p in schedule(paths + [missing])]
    assert order == [(1, "b.csv"), (3, "d.csv"), (0, "a.csv"), (2, "c.csv"), (4, "gone.csv")]


def test_results_come_back_in_input_order_whatever_the_schedule():
    pdfs = sorted((REPO / "samples" / "pdf").glob("*.pdf"))
    assert pdfs, "PDF samples missing"
    # smallest first in the input, so the schedule (largest first) differs from the input order
    paths = sorted(pdfs, key=lambda p: p.stat().st_size)[:4]
    assert [i for i, _ in schedule(paths)] != list(range(len(paths)))
    results = read_many(paths, jobs=2)
    assert [Path(r.path).name for r in results] == [p.name for p in paths]
    assert [r.lines() for r in results] == [r.lines() for r in read_many(paths, jobs=0)]
