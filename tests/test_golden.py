"""Every sample in samples/ still reads exactly as its golden file (``<sample>.expected.json``) says.

On a difference the test prints a unified diff of the records. To accept a change on purpose:
``python -m eobreader.golden generate samples/ --force`` and review the diff in git.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eobreader.golden import diff, golden_path, samples_in

REPO = Path(__file__).resolve().parents[1]
SAMPLES = samples_in(REPO / "samples")


def test_there_are_samples_of_each_kind():
    suffixes = {p.suffix.lower() for p in SAMPLES}
    assert {".csv", ".xlsx", ".tsv"} <= suffixes


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.relative_to(REPO / "samples").as_posix() for p in SAMPLES])
def test_sample_matches_golden(sample: Path):
    assert golden_path(sample).exists(), f"no golden file for {sample.name}: python -m eobreader.golden generate {sample.parent}"
    d = diff(sample)
    if d:
        pytest.fail(f"{sample.name} reads differently from its golden file:\n{d}", pytrace=False)
