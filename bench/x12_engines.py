"""Compare the maintained Python X12 libraries with our own 835 reader on the public 835 files.

Not part of the test suite and not a runtime dependency: run it in a throw-away environment that has
the libraries (they pull pandas 2 / pydantic, which the project does not need), for example::

    python -m venv /tmp/venv-x12eval
    /tmp/venv-x12eval/bin/pip install pyx12 linuxforhealth-x12 edi-835-parser "oxedi[pandas]"
    /tmp/venv-x12eval/bin/pip install "pydantic<2"   # linuxforhealth-x12 0.57 imports pydantic v1 APIs
    /tmp/venv-x12eval/bin/pip install -e .        # or: PYTHONPATH=src
    PYTHONPATH=src /tmp/venv-x12eval/bin/python bench/x12_engines.py ../shared/realworld/x12_835

"Read correctly" means: no exception, the number of claims and service lines that SOURCES.md gives,
and every service line's (procedure code, charge, payment) equal to the SVC segment's own values
(as checked by hand and encoded in EXPECTED below / our reader's output for the same file).
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import time
import warnings
from decimal import Decimal
from importlib import metadata
from pathlib import Path

warnings.filterwarnings("ignore")

# claims, SVC lines: from shared/realworld/SOURCES.md
EXPECTED = {
    "affect_exhaustive_sample.835": (1, 1),
    "affect_nevada_medicaid.835": (3, 0),
    "davinci_pr_835-sample.835": (1, 1),
    "edi835parser_blue_cross_nc_sample.835": (1, 3),
    "edi835parser_emedny_sample.835": (3, 10),
    "edi835parser_uhc_legacy_sample.835": (2, 5),
    "lfh_x12_cob-contractural-adjustment.835": (1, 1),
    "lfh_x12_managed-care.835": (2, 2),
    "lfh_x12_medicare-part-a.835": (2, 0),
    "lfh_x12_secondary-payment.835": (2, 2),
    "lfh_x12_tertiary-payment.835": (1, 1),
    "oopfactory_4010_example1_gripelements.835": (9, 9),
    "tastypackets_multi-line-not-delimited.835": (3, 10),
    "tastypackets_profee-multiple.835": (468, 1560),
    "tigershark_835-example-2.835": (2, 2),
    "tigershark_835-example.835": (2, 2),
}

Line = tuple[str | None, Decimal | None, Decimal | None]


def dec(v) -> Decimal | None:
    if v is None or v == "" or (isinstance(v, float) and v != v):  # noqa: PLR0124 - NaN check on values of unknown type
        return None
    try:
        return Decimal(str(v)).quantize(Decimal("0.01"))
    except Exception:  # noqa: BLE001 - a library under evaluation may fail in any way; the failure is the result
        return None


def s(v) -> str | None:
    if v is None or (isinstance(v, float) and v != v):  # noqa: PLR0124 - NaN check on values of unknown type
        return None
    if isinstance(v, bytes):
        v = v.decode()
    v = str(v).strip()
    return v or None


# ------------------------------------------------------------------------------------------ adapters

def ours(path: Path) -> tuple[int, list[Line]]:
    from eobreader.sources.x835 import X835Reader

    r = X835Reader().read(path)
    if r.error:
        raise RuntimeError(r.error)
    claims = sum(len(st.claims) for st in r.statements)
    return claims, [(ln.code, ln.billed, ln.paid) for ln in r.lines()]


def oxedi_(path: Path) -> tuple[int, list[Line]]:
    import oxedi

    r = oxedi.parse(path.read_bytes())
    claims = r.tables["claims"].to_pandas()
    svc = r.tables["services"].to_pandas()
    out = []
    for _, row in svc.iterrows():
        code = s(row.get("procedure_code"))
        out.append((code, dec(row.get("charge_amount")), dec(row.get("payment_amount"))))
    return len(claims), out


def edi835(path: Path) -> tuple[int, list[Line]]:
    from edi_835_parser import parse

    ts = parse(str(path), debug=True)
    claims = sum(len(t.claims) for t in ts)
    out = []
    for t in ts:
        for c in t.claims:
            for sv in c.services:
                code = getattr(sv.service, "code", None) if sv.service else None
                out.append((s(code), dec(sv.service.charge_amount if sv.service else None),
                            dec(sv.service.paid_amount if sv.service else None)))
    return claims, out


def lfh(path: Path) -> tuple[int, list[Line]]:
    from linuxforhealth.x12.io import X12ModelReader

    claims = 0
    out = []
    with X12ModelReader(str(path)) as r:
        for model in r.models():
            header = model.header
            del header
            for loop2000 in model.loop_2000 or []:
                for clp in loop2000.loop_2100:
                    claims += 1
                    for svc in clp.loop_2110 or []:
                        p = svc.svc_segment.composite_medical_procedure_identifier_1
                        if isinstance(p, str):
                            p = re.split(r"[:>^]", p)
                        code = p[1] if isinstance(p, list) and len(p) > 1 else None
                        out.append((s(code), dec(svc.svc_segment.line_item_charge_amount),
                                    dec(svc.svc_segment.line_item_provider_payment_amount)))
    return claims, out


def pyx12_(path: Path) -> tuple[int, list[Line]]:
    import pyx12.error_handler
    import pyx12.params
    import pyx12.x12context

    param = pyx12.params.params()
    errh = pyx12.error_handler.errh_null()
    claims = 0
    out = []
    with path.open(encoding="utf-8-sig") as fh:
        src = pyx12.x12context.X12ContextReader(param, errh, fh)
        for node in src.iter_segments("2100"):
            if node.id != "2100":
                continue
            claims += 1
            for svc in node.select("2110"):
                comp = svc.get_value("SVC01")
                code = svc.get_value("SVC01-2")
                del comp
                out.append((s(code), dec(svc.get_value("SVC02")), dec(svc.get_value("SVC03"))))
    return claims, out


ENGINES = {
    "eobreader x835 (ours)": ("eobreader", ours),
    "oxedi": ("oxedi", oxedi_),
    "edi-835-parser": ("edi-835-parser", edi835),
    "linuxforhealth-x12": ("linuxforhealth-x12", lfh),
    "pyx12": ("pyx12", pyx12_),
}


def main(folder: Path) -> int:
    files = sorted(folder.glob("*.835"))
    reference = {f.name: ours(f) for f in files}
    rows = []
    for label, (dist, fn) in ENGINES.items():
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "not installed"
        good, bad = 0, []
        t0 = time.perf_counter()
        for f in files:
            want_claims, want_lines = EXPECTED.get(f.name, (None, None))
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    claims, lines = fn(f)
            except Exception as e:  # noqa: BLE001 - we are measuring other people's failures
                bad.append(f"{f.name}: {type(e).__name__}: {str(e).splitlines()[0][:90] if str(e) else ''}")
                continue
            why = []
            if claims != want_claims:
                why.append(f"{claims} claims (want {want_claims})")
            if len(lines) != want_lines:
                why.append(f"{len(lines)} lines (want {want_lines})")
            elif lines != reference[f.name][1]:
                diff = [(a, b) for a, b in zip(lines, reference[f.name][1]) if a != b]
                why.append(f"{len(diff)} lines differ, e.g. got {diff[0][0]} want {diff[0][1]}")
            if why:
                bad.append(f"{f.name}: " + "; ".join(why))
            else:
                good += 1
        dt = time.perf_counter() - t0
        # speed on the largest file alone (156 interchanges, 1560 lines), best of 3
        big = folder / "tastypackets_profee-multiple.835"
        speed = "-"
        if big.exists():
            best = None
            for _ in range(3):
                t = time.perf_counter()
                try:
                    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                        fn(big)
                except Exception:  # noqa: BLE001 - a library under evaluation may fail in any way; the failure is the result
                    best = None
                    break
                el = time.perf_counter() - t
                best = el if best is None else min(best, el)
            if best:
                speed = f"{1560 / best:,.0f} lines/s"
        rows.append((label, version, f"{good}/{len(files)}", bad, f"{dt:.2f} s", speed))
    print("| library | version | files read correctly | time, all 16 files | speed (profee-multiple, 1560 lines) |")
    print("|---|---|---|---|---|")
    for label, version, ok, bad, dt, speed in rows:
        print(f"| {label} | {version} | {ok} | {dt} | {speed} |")
    print()
    for label, version, ok, bad, dt, speed in rows:
        print(f"### {label} failures ({len(bad)})")
        for b in bad:
            print(f"- {b}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/realworld/x12_835")))
