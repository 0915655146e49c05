"""How fast ``eobreader reconcile`` matches, and that matching is not quadratic.

    python bench/bench_reconcile.py            # 12,500 and 50,000 billed lines
    python bench/bench_reconcile.py --sizes 5000 20000 80000 --xlsx

Builds a synthetic clinic month in memory: N billed lines for about N/8 patients over 20 working days,
and their remittances as records (as the readers would give them), with the things payers do mixed in:
GO dropped (5%), names misspelled (2%), denials (3%), no remittance (2%), units cut (1%), a line paid in
two halves (1%), reversed and paid again (1%), money for lines not billed (1%). It times
``reconcile_results`` (indexing, matching, settling, worklist, balances, payer summary) at each size,
prints lines per second and the time ratio between the sizes measured in this run (linear: ratio close
to the size ratio; quadratic: its square), then the peak traced memory of the largest run
(``tracemalloc``, a separate run so tracing does not distort the times).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from eobreader.model import Adjustment, Claim, ClaimStatus, FileResult, ServiceLine, SourceRef, Statement
from eobreader.reconcile import reconcile_results
from eobreader.reconcile.charges import Charge, ChargesFile

SYL = ["ka", "lo", "mi", "ra", "ten", "vo", "sha", "del", "ni", "qua", "ber", "to", "fen", "ri", "ash", "ul", "mo", "zan",
       "pe", "gor", "li", "sun", "dra", "ke", "wen", "ob", "tis", "har", "ny", "cel", "bo", "vi", "rus", "ma", "tel", "jo"]
CODES = [("97530", Decimal("95.00"), Decimal("36.00")), ("97110", Decimal("80.00"), Decimal("30.00")),
         ("97112", Decimal("85.00"), Decimal("32.00")), ("97535", Decimal("82.00"), Decimal("31.00"))]
PAYERS = ["CEDARLINE HEALTH PLAN", "NORTHSTAR BENEFIT CO", "ASPEN VALLEY MEDICAID", "HARBOR MUTUAL"]


def _name(rng: random.Random) -> tuple[str, str]:
    def word() -> str:
        return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()
    return word(), word()


def _typo(s: str, rng: random.Random) -> str:
    i = rng.randint(1, len(s) - 2)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def build(n: int, seed: int = 7) -> tuple[ChargesFile, list[FileResult]]:
    rng = random.Random(seed)
    patients = [_name(rng) for _ in range(max(1, n // 8))]
    days = [date(2026, 1, 5) + timedelta(days=d) for d in range(28) if (date(2026, 1, 5) + timedelta(days=d)).weekday() < 5]
    charges: list[Charge] = []
    per_file: dict[int, list[Claim]] = {}
    seg = 0

    def add(file_no: int, patient: str, status: ClaimStatus, ln: ServiceLine) -> None:
        per_file.setdefault(file_no, []).append(Claim(source=ln.source, patient=patient, status=status, lines=(ln,)))

    for row in range(2, n + 2):
        first, last = rng.choice(patients)
        day = rng.choice(days)
        code, fee, rate = rng.choice(CODES)
        units = rng.randint(1, 4)
        billed = fee * units
        payer = PAYERS[hash((first, last)) % len(PAYERS)]
        charges.append(Charge(row=row, patient=f"{last}, {first}", service_date=day, code=code, modifiers=("GO",),
                              units=Decimal(units), billed=billed, source=SourceRef("charges.csv", row=row),
                              payer=payer, minutes=units * 15))
        r = rng.random()
        if r < 0.02:
            continue  # pending: no remittance
        seg += 1
        file_no = seg % 40
        name = f"{first} {last}".upper()
        if rng.random() < 0.02:
            name = f"{first} {_typo(last, rng)}".upper()
        mods = () if rng.random() < 0.05 else ("GO",)
        allowed = rate * units

        def svc(u: int, b: Decimal, a: Decimal | None, p: Decimal, adjs: tuple[Adjustment, ...], f: int = file_no,
                m: tuple[str, ...] = mods) -> ServiceLine:
            # called at once inside this loop turn, so the loop variables are the current ones
            return ServiceLine(source=SourceRef(f"remit_{f:02d}.835", line=seg), code=code, modifiers=m,  # noqa: B023
                               units=Decimal(u), service_date=day, billed=b, allowed=a, paid=p,  # noqa: B023
                               adjustments=adjs)

        if r < 0.05:  # denied
            add(file_no, name, ClaimStatus.DENIED, svc(units, billed, None, Decimal("0.00"),
                                                       (Adjustment("CO", "197", billed),)))
        elif r < 0.06 and units > 1:  # units cut
            a = rate * (units - 1)
            add(file_no, name, ClaimStatus.PROCESSED, svc(units - 1, billed, a, a, (
                Adjustment("CO", "45", billed - fee - a), Adjustment("CO", "151", fee))))
        elif r < 0.07 and units > 1:  # paid in two halves
            for f in (file_no, (file_no + 1) % 40):
                half = rate
                add(f, name, ClaimStatus.PROCESSED, svc(1, fee, half, half, (Adjustment("CO", "45", fee - half),), f))
                seg += 1
        elif r < 0.08:  # paid, reversed, paid again
            wrong = allowed - Decimal("5.00")
            add(file_no, name, ClaimStatus.PROCESSED, svc(units, billed, wrong, wrong, (Adjustment("CO", "45", billed - wrong),)))
            add((file_no + 1) % 40, name, ClaimStatus.REVERSED, svc(-units, -billed, None, -wrong,
                                                                   (Adjustment("CO", "45", -(billed - wrong)),), (file_no + 1) % 40))
            add((file_no + 2) % 40, name, ClaimStatus.PROCESSED, svc(units, billed, allowed, allowed,
                                                                    (Adjustment("CO", "45", billed - allowed),), (file_no + 2) % 40))
        else:
            add(file_no, name, ClaimStatus.PROCESSED, svc(units, billed, allowed, allowed, (Adjustment("CO", "45", billed - allowed),)))
        if rng.random() < 0.01:  # money for a line the charges file does not have
            add(file_no, name, ClaimStatus.PROCESSED, ServiceLine(
                source=SourceRef(f"remit_{file_no:02d}.835", line=seg), code="97165", modifiers=("GO",),
                units=Decimal(1), service_date=day, billed=Decimal("120.00"), allowed=Decimal("50.00"),
                paid=Decimal("50.00"), adjustments=(Adjustment("CO", "45", Decimal("70.00")),)))
    results = []
    for f, claims in sorted(per_file.items()):
        st = Statement(source=SourceRef(f"remit_{f:02d}.835"), kind="x835", payer=PAYERS[f % len(PAYERS)],
                       issued=date(2026, 2, 1) + timedelta(days=f % 10), claims=tuple(claims))
        results.append(FileResult(f"remit_{f:02d}.835", kind="x835", statements=(st,)))
    return ChargesFile("charges.csv", tuple(charges), (), True), results


def run(n: int) -> tuple[float, object, int]:
    cf, results = build(n)
    remit_lines = sum(len(c.lines) for r in results for s in r.statements for c in s.claims)
    t = time.perf_counter()
    rec = reconcile_results(cf, results)
    return time.perf_counter() - t, rec, remit_lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[12_500, 50_000])
    ap.add_argument("--xlsx", action="store_true", help="also time writing the workbook of the largest run")
    args = ap.parse_args(argv)
    times: list[tuple[int, float]] = []
    last = None
    for n in args.sizes:
        secs, rec, remit = run(n)
        counts = ", ".join(f"{k} {v}" for k, v in rec.outcome_counts().items())
        print(f"{n:>7,} billed lines, {remit:>7,} remittance lines: {secs:6.2f} s ({n / secs:,.0f} lines/s)  [{counts}; "
              f"{len(rec.unmatched)} unmatched, {len(rec.worklist)} to-do]")
        times.append((n, secs))
        last = rec
    for (n0, t0), (n1, t1) in zip(times, times[1:]):
        size_ratio = n1 / n0
        print(f"time ratio {n1:,}/{n0:,}: {t1 / t0:.2f} for a size ratio of {size_ratio:.1f} "
              f"(linear ~{size_ratio:.1f}, quadratic ~{size_ratio ** 2:.0f})")
    if args.xlsx and last is not None:
        from eobreader.writers.reconcile_xlsx import write_reconciliation

        with tempfile.TemporaryDirectory() as d:
            t = time.perf_counter()
            write_reconciliation(last, Path(d) / "r.xlsx")
            print(f"workbook for {args.sizes[-1]:,} lines written in {time.perf_counter() - t:.2f} s")
    n = args.sizes[-1]
    cf, results = build(n)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    reconcile_results(cf, results)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print(f"peak traced memory while reconciling {n:,} lines (inputs excluded): {peak / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
