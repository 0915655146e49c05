"""Speed and memory of the 835 reader on large synthetic files (run: python bench/bench_835.py).

Builds 835 files with N service lines (default 25,000 and 100,000; 4 lines per claim, 500 claims per
ST/SE payment) in a temp folder, reads each with X835Reader and prints, measured in this one run:
- service lines per second;
- peak traced memory (tracemalloc) while reading, and per service line;
- the memory the kept records need (the FileResult measured after reading), so the reader's own
  overhead (peak - records) is shown apart: it must not grow with the file;
- ratios between the sizes: with streaming, peak memory per line stays flat and overhead stays flat.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eobreader.sources.x835 import X835Reader

ISA = "ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*BENCHCLINIC    *260101*1200*^*00501*000000001*0*P*:~\n"
CODES = [("97530", ":GO", "90.00", "60.00"), ("97110", ":GO:59", "80.00", "50.00"),
         ("97140", ":GO", "85.00", "55.00"), ("97535", ":GO", "95.00", "65.00")]


def build(path: Path, n_lines: int, per_claim: int = 4, claims_per_txn: int = 500) -> None:
    n_claims = n_lines // per_claim
    with path.open("w", encoding="ascii") as fh:
        fh.write(ISA + "GS*HP*BENCHPAYER*BENCHCLINIC*20260101*1200*1*X*005010X221A1~\n")
        claim = 0
        txn = 0
        while claim < n_claims:
            txn += 1
            k = min(claims_per_txn, n_claims - claim)
            paid_total = Decimal(0)
            body: list[str] = []
            for _ in range(k):
                claim += 1
                billed = sum(Decimal(c[2]) for c in CODES[:per_claim])
                paid = sum(Decimal(c[3]) for c in CODES[:per_claim])
                paid_total += paid
                body.append(f"CLP*BENCH{claim:07d}*1*{billed}*{paid}**12*PCN{claim:09d}*11*1")
                body.append(f"NM1*QC*1*PATIENT{claim % 997}*CHILD****MI*MBR{claim:08d}")
                body.append("DTM*232*20260105")
                for j, (code, mods, b, p) in enumerate(CODES[:per_claim]):
                    adj = Decimal(b) - Decimal(p)
                    body.append(f"SVC*HC:{code}{mods}*{b}*{p}**2")
                    body.append("DTM*472*20260105")
                    body.append(f"CAS*CO*45*{adj}")
                    body.append(f"REF*6R*{claim}-{j + 1}")
                    body.append(f"AMT*B6*{p}")
            segs = [f"ST*835*{txn:04d}*005010X221A1",
                    f"BPR*I*{paid_total}*C*ACH*CCP*01*1*DA*1*1**01*1*DA*1*20260110",
                    f"TRN*1*TRACE{txn:06d}*1BENCH", "DTM*405*20260108", "N1*PR*BENCH PAYER",
                    "N1*PE*BENCH CLINIC*XX*1000000009", "LX*1", *body]
            segs.append(f"SE*{len(segs) + 1}*{txn:04d}")
            fh.write("~\n".join(segs) + "~\n")
        fh.write(f"GE*{txn}*1~\nIEA*1*000000001~\n")


def measure(path: Path) -> dict:
    reader = X835Reader()
    gc.collect()
    t0 = time.perf_counter()
    result = reader.read(path)
    seconds = time.perf_counter() - t0
    n = len(result.lines())
    del result
    gc.collect()
    # memory: a second read under tracemalloc (tracing slows Python down, so timing is taken above)
    tracemalloc.start()
    result = reader.read(path)
    current, peak = tracemalloc.get_traced_memory()  # current = what the kept records hold
    tracemalloc.stop()
    if len(result.lines()) != n or result.error or not result.accounting.balanced():
        raise SystemExit(f"bench file read wrongly: {result.error or result.accounting}")
    return {"lines": n, "seconds": seconds, "peak": peak, "kept": current, "overhead": peak - current,
            "bytes": path.stat().st_size}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            p = Path(tmp) / f"bench_{n}.835"
            build(p, n)
            rows.append(measure(p))
            p.unlink()
    mb = 1024 * 1024
    print(f"{'lines':>8} {'file MB':>8} {'seconds':>8} {'lines/s':>9} {'peak MB':>8} {'records MB':>10} "
          f"{'overhead MB':>11} {'peak B/line':>11}")
    for r in rows:
        print(f"{r['lines']:>8,} {r['bytes'] / mb:>8.1f} {r['seconds']:>8.2f} {r['lines'] / r['seconds']:>9,.0f} "
              f"{r['peak'] / mb:>8.1f} {r['kept'] / mb:>10.1f} {r['overhead'] / mb:>11.2f} {r['peak'] / r['lines']:>11,.0f}")
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print()
        print(f"size ratio (lines)            {b['lines'] / a['lines']:.2f}x")
        print(f"time ratio                    {b['seconds'] / a['seconds']:.2f}x  (linear = size ratio)")
        print(f"peak memory per line ratio    {(b['peak'] / b['lines']) / (a['peak'] / a['lines']):.2f}  (1.00 = memory grows only with the records)")
        print(f"reader overhead ratio         {b['overhead'] / max(a['overhead'], 1):.2f}  (peak minus kept records; ~1 = does not grow with the file)")
        print(f"overhead / file size, largest {b['overhead'] / b['bytes']:.3f}  (a reader that loads the file would be >= 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
