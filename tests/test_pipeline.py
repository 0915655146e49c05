"""Hostile input is normal input: a reader that loops, eats memory or crashes on one file costs that
file a one-line reason, and every other file of the folder is still read, in order."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from eobreader.pipeline import Limits, discover, read_many, read_raw
from eobreader.sources import sheet

GOOD = "DOS,CPT,Billed,Paid\n01/05/2026,97530,95.00,76.00\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("a_good.csv", "b_evil.csv", "c_good.csv"):
        (tmp_path / name).write_text(GOOD)
    return tmp_path


def _evil(behaviour):
    real = sheet.SheetReader.read

    def read(self, path):
        if "evil" in path.name:
            behaviour()
        return real(self, path)

    return read


def _loop():
    while True:
        time.sleep(0.01)


def _hog():
    blocks = []
    while True:
        blocks.append(bytearray(64 * 1024 * 1024))


def _crash():
    os._exit(3)


@pytest.mark.parametrize("behaviour,expect", [
    (_loop, "took longer than 1 s"),
    (_hog, "memory limit"),
    (_crash, "crashed"),
])
def test_one_bad_file_does_not_stop_the_folder(folder, monkeypatch, behaviour, expect):
    monkeypatch.setattr(sheet.SheetReader, "read", _evil(behaviour))
    files = discover([folder])
    results = read_many(files, jobs=2, limits=Limits(seconds=1, memory_mb=400))
    assert [Path(r.path).name for r in results] == ["a_good.csv", "b_evil.csv", "c_good.csv"]
    assert results[0].ok and results[2].ok and len(results[2].lines()) == 1
    assert not results[1].ok and expect in results[1].error and "\n" not in results[1].error


def test_in_process_and_isolated_reading_agree(folder):
    files = discover([folder])
    assert [r.lines() for r in read_many(files, jobs=0)] == [r.lines() for r in read_many(files, jobs=2)]


def test_discover_skips_hidden_and_golden_files(tmp_path):
    (tmp_path / "x.csv").write_text(GOOD)
    (tmp_path / "x.csv.expected.json").write_text("{}")
    (tmp_path / ".hidden.csv").write_text(GOOD)
    (tmp_path / "notes.md").write_text("hi")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "y.835").write_text("ISA*")
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == ["sub/y.835", "x.csv"]


@pytest.mark.parametrize("content,expect", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old excel", "old binary Office file"),
])
def test_one_line_reasons(tmp_path, content, expect):
    p = tmp_path / "f.dat"
    p.write_bytes(content)
    res = read_raw(p)
    assert not res.ok and expect in res.error


def test_missing_file(tmp_path):
    assert read_raw(tmp_path / "nope.csv").error == "file not found"


def test_oversize_file_refused_before_reading(tmp_path):
    p = tmp_path / "big.csv"
    with p.open("wb") as fh:
        fh.truncate(3 * 1024 * 1024)
    res = read_raw(p, Limits(max_file_mb=2))
    assert not res.ok and "over the 2 MB limit" in res.error


def test_forkserver_workers_read_the_same(folder):
    """The web server's start method (no fork of a threaded process) gives the same results."""
    files = discover([folder])
    fs = read_many(files, jobs=2, start_method="forkserver")
    assert [r.lines() for r in fs] == [r.lines() for r in read_many(files, jobs=0)]


def test_forkserver_workers_get_the_limits(tmp_path):
    """Limits travel to a forkserver worker (monkeypatched readers cannot: it imports afresh)."""
    big = tmp_path / "huge.csv"
    with big.open("wb") as fh:
        fh.write(GOOD.encode())
        fh.truncate(2 * 1024 * 1024)
    small = tmp_path / "small.csv"
    small.write_text(GOOD)
    res = read_many([big, small], jobs=1, limits=Limits(seconds=5, memory_mb=400, max_file_mb=1),
                    start_method="forkserver")
    assert not res[0].ok and "over the 1 MB limit" in res[0].error
    assert res[1].ok and len(res[1].lines()) == 1
