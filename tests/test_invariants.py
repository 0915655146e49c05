"""Invariants every reader keeps on every sample (and on the public real-world 835s):

- nothing lost: every input row/line/segment is counted once as a line, recognised text, unread or blank;
- typed: money is Decimal, dates are date, never float or str; records are the model's frozen types;
- traceable: every service line points back to its file and to a page, row or segment;
- the workbook shows every line and every unread entry.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from eobreader import model
from eobreader.golden import samples_in
from eobreader.pipeline import read_one
from eobreader.report import build_report

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "realworld" / "x12_835"
FILES = samples_in(REPO / "samples") + (sorted(REALWORLD.glob("*.835")) if REALWORLD.exists() else [])
MONEY = {"billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount",
         "amount", "payment_amount"}
DATES = {"service_date", "service_end", "service_from", "service_to", "issued", "period_end"}


@pytest.fixture(scope="module", params=FILES, ids=[p.name for p in FILES])
def result(request):
    return read_one(request.param)


def walk(obj, path="result"):
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        yield path, obj
        for f in dataclasses.fields(obj):
            yield from walk(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, (list, tuple)):
        for i, x in enumerate(obj):
            yield from walk(x, f"{path}[{i}]")


def test_every_input_unit_is_accounted_for(result):
    assert result.ok, result.error
    acc = result.accounting
    assert acc is not None and acc.balanced(), acc
    assert acc.lines == len(result.lines())
    assert acc.unread == len(result.unread) or acc.unread >= 500  # the 835 reader sums a flood of junk past 500


def test_values_are_typed(result):
    for where, rec in walk(result):
        assert dataclasses.fields(rec) and type(rec).__module__ == model.__name__, where
        for f in dataclasses.fields(rec):
            v = getattr(rec, f.name)
            assert not isinstance(v, float), f"{where}.{f.name} is a float"
            if f.name in MONEY and v is not None:
                assert isinstance(v, Decimal), f"{where}.{f.name} = {v!r}"
            if f.name in DATES and v is not None:
                assert isinstance(v, date) and not isinstance(v, datetime), f"{where}.{f.name} = {v!r}"
            if f.name == "units" and v is not None:
                assert isinstance(v, Decimal)


def test_every_line_points_back_to_its_source(result):
    for ln in result.lines():
        src = ln.source
        assert Path(src.file).name == Path(result.path).name
        assert src.page is not None or src.row is not None or src.line is not None
        assert src.where()


def test_report_shows_every_line_and_every_unread_entry(result):
    rep = build_report([result])
    assert len(rep.charges) == len(result.lines())
    assert len([p for p in rep.problems if p.what]) >= len(result.unread)
    for row in rep.charges:
        assert row.explanation and row.service
