"""The same invented therapy visits (samples/x835/visits.py), written once as an 835 file
(samples/x835/make_samples.py) and once as a provider remittance PDF (samples/pdf/make_visits_pdf.py),
must read as the same service lines whichever reader reads them.

Compared field by field as sorted tuples: code, modifiers, units, service dates, billed, paid, patient
owes, adjustments (group, reason, amount) and remark codes. On a difference the message names each line
that only one reader produced and, for its closest counterpart, the fields that differ.
"""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from eobreader.model import ServiceLine
from eobreader.pipeline import read_one

REPO = Path(__file__).resolve().parents[1]
X835 = REPO / "samples" / "x835" / "therapy_5010.835"
PDF = REPO / "samples" / "pdf" / "therapy_visits_remit.pdf"

FIELDS = ("code", "modifiers", "units", "service_date", "service_end", "billed", "paid", "patient_owes",
          "adjustments", "remarks")


def _money(v: Decimal | None) -> str | None:
    return None if v is None else f"{v:.2f}"


def _units(v: Decimal | None) -> str | None:
    return None if v is None else format(v.normalize(), "f")


def key(ln: ServiceLine) -> tuple:
    """One service line as comparable text: amounts with two decimals, units normalised (2.000 -> 2),
    ISO dates, adjustments and remarks in a fixed order."""
    return (
        ln.code,
        tuple(ln.modifiers),
        _units(ln.units),
        ln.service_date.isoformat() if ln.service_date else None,
        ln.service_end.isoformat() if ln.service_end else None,
        _money(ln.billed),
        _money(ln.paid),
        _money(ln.patient_owes),
        tuple(sorted((a.group, a.reason, _money(a.amount) or "") for a in ln.adjustments)),
        tuple(sorted(ln.remarks)),
    )


def visits_keys() -> list[tuple]:
    """The lines as visits.py states them (patient owes = the PR adjustments, as in an 835)."""
    sys.path.insert(0, str(REPO / "samples" / "x835"))
    try:
        from visits import PAYMENTS
    finally:
        sys.path.pop(0)
    out = []
    for p in PAYMENTS:
        for cl in p["claims"]:
            for ln in cl["lines"]:
                pr = sum((Decimal(a[2]) for a in ln["adjustments"] if a[0] == "PR"), Decimal("0.00"))
                out.append((ln["code"], tuple(ln["modifiers"]), str(ln["units"]), ln["date"], ln["date"],
                            _money(Decimal(ln["billed"])), _money(Decimal(ln["paid"])), _money(pr),
                            tuple(sorted((g, r, _money(Decimal(a))) for g, r, a in ln["adjustments"])),
                            tuple(sorted(ln["remarks"]))))
    return sorted(out, key=repr)


def read_keys(path: Path) -> list[tuple]:
    res = read_one(path)
    assert res.error is None, f"{path.name} could not be read: {res.error}"
    return sorted((key(ln) for ln in res.lines()), key=repr)


def explain(a_name: str, a: list[tuple], b_name: str, b: list[tuple]) -> str:
    """Readable difference between two multisets of line tuples."""
    only_a = list((Counter(a) - Counter(b)).elements())
    only_b = list((Counter(b) - Counter(a)).elements())
    if not only_a and not only_b:
        return ""
    out = [f"{a_name}: {len(a)} lines, {b_name}: {len(b)} lines; {len(only_a)} lines differ"]
    for t in sorted(only_a, key=repr):
        best = max(only_b, key=lambda u: sum(x == y for x, y in zip(t, u)), default=None)
        label = f"{t[0]} {'/'.join(t[1])} {t[3]}"
        if best is None:
            out.append(f"  {label}: only in {a_name}: {dict(zip(FIELDS, t))}")
            continue
        diffs = [f"{f}: {a_name}={x!r} {b_name}={y!r}" for f, x, y in zip(FIELDS, t, best) if x != y]
        out.append(f"  {label}: " + "; ".join(diffs))
        only_b.remove(best)
    for u in sorted(only_b, key=repr):
        out.append(f"  {u[0]} {u[3]}: only in {b_name}: {dict(zip(FIELDS, u))}")
    return "\n".join(out)


@pytest.fixture(scope="module")
def x835_lines() -> list[tuple]:
    if not X835.exists():
        pytest.fail(f"missing {X835} (python samples/x835/make_samples.py)")
    return read_keys(X835)


@pytest.fixture(scope="module")
def pdf_lines() -> list[tuple]:
    if not PDF.exists():
        pytest.fail(f"missing {PDF} (python samples/pdf/make_visits_pdf.py)")
    return read_keys(PDF)


def test_835_reads_the_visits(x835_lines):
    want = visits_keys()
    assert len(want) == 11
    msg = explain("visits.py", want, "835", x835_lines)
    assert not msg, msg


def test_pdf_and_835_give_the_same_service_lines(x835_lines, pdf_lines):
    msg = explain("835", x835_lines, "PDF", pdf_lines)
    assert not msg, msg


def test_pdf_and_835_group_lines_into_the_same_claims():
    def claims(path: Path) -> list[tuple]:
        res = read_one(path)
        return sorted((c.claim_id, c.payer_claim_id, len(c.lines), _money(c.totals.billed), _money(c.totals.paid))
                      for s in res.statements for c in s.claims)

    a, b = claims(X835), claims(PDF)
    assert a == b, "claims differ:\n  835: " + "\n       ".join(map(str, a)) + "\n  PDF: " + "\n       ".join(map(str, b))
