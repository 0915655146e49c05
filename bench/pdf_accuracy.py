"""PDF reader accuracy against the truth files beside the samples.

For each ``<x>.pdf`` with ``<x>.pdf.truth.json`` in a folder (default ``samples/pdf``) this reads the PDF
with eobreader's PDF reader and prints:

- line F1: service lines found vs lines printed (truth), matched one to one by a key of
  page + service date + code + billed (falling back to looser keys for lines read with a wrong field);
- field accuracy per field over the printed lines (an unmatched printed line counts as wrong in every
  field), overall and per layout;
- claim fields: for each printed line, its claim's ``claim_id``, ``payer_claim_id`` and ``patient`` as the
  reader found them (the claim holding the matched line) against the truth line's, reported separately
  (a missed line counts as wrong in each). Names compare case- and space-insensitively.

``--leave-one-out`` prints, for each layout, its own figures beside the figures of all other layouts,
which is the honest view when the reader was not tuned on that layout (and the macro average over
layouts, each counted once). ``--folder DIR`` reads another folder (held-out layouts).

Usage: python bench/pdf_accuracy.py [--folder samples/pdf] [--leave-one-out] [--engine pdfium|pdfplumber] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eobreader.model import ServiceLine
from eobreader.sources.pdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy_common import CLAIM_FIELDS, FIELDS, Score, found_value, row, truth_value  # noqa: E402


def _claim_norm(v) -> str | None:
    if v is None or v == "":
        return None
    return " ".join(str(v).upper().split())


def _keys(page, date, code, billed):
    return [(page, date, code, billed), (date, code, billed), (page, date, billed), (page, date, code)]


def match(truth: list[dict], found: list[ServiceLine]) -> list[tuple[dict, ServiceLine | None]]:
    """One-to-one matching, strict key first, then looser keys."""
    free = list(range(len(found)))
    fkeys = [_keys(ln.source.page, found_value(ln, "service_date"), ln.code, ln.billed) for ln in found]
    pairs: dict[int, int] = {}
    for level in range(4):
        for ti, t in enumerate(truth):
            if ti in pairs:
                continue
            tk = _keys(t.get("page"), truth_value(t, "service_date"), t.get("code"), truth_value(t, "billed"))[level]
            for fi in free:
                if fkeys[fi][level] == tk:
                    pairs[ti] = fi
                    free.remove(fi)
                    break
    return [(t, found[pairs[ti]] if ti in pairs else None) for ti, t in enumerate(truth)]


def score_file(pdf: Path, engine: str | None, verbose: bool) -> tuple[Score, str | None]:
    truth = json.loads(pdf.with_name(pdf.name + ".truth.json").read_text(encoding="utf-8"))
    try:
        res = PdfReader(engine).read(pdf)
    except Exception as e:  # noqa: BLE001 - a reader that fails on a file reads nothing of it; the run goes on
        print(f"   FAILED {pdf.name}: {type(e).__name__}: {e}")
        res = None
    found = res.lines() if res is not None else []
    claim_of = {id(ln): c for st in res.statements for c in st.claims for ln in c.lines} if res is not None else {}
    s = Score()
    s.truth, s.found = len(truth["lines"]), len(found)
    for t, ln in match(truth["lines"], found):
        if ln is None:
            if verbose:
                print(f"   MISSED {pdf.name} p{t.get('page')} {t.get('service_date')} {t.get('code')} {t.get('billed')}")
            continue
        s.tp += 1
        for f in FIELDS:
            if truth_value(t, f) == found_value(ln, f):
                s.right[f] += 1
            elif verbose:
                print(f"   {pdf.name} p{t.get('page')} {t.get('code')} {f}: want {truth_value(t, f)!r} got {found_value(ln, f)!r}"
                      f"   <- {ln.source.text[:90]!r}")
        claim = claim_of.get(id(ln))
        for f in CLAIM_FIELDS:
            want, got = _claim_norm(t.get(f)), _claim_norm(getattr(claim, f, None))
            if want == got:
                s.right[f] += 1
            elif verbose:
                print(f"   {pdf.name} p{t.get('page')} {t.get('code')} claim {f}: want {want!r} got {got!r}")
    if verbose and len(found) > s.tp:
        matched = {id(ln) for _, ln in match(truth["lines"], found) if ln is not None}
        for ln in found:
            if id(ln) not in matched:
                print(f"   EXTRA {pdf.name} p{ln.source.page} {ln.source.text[:90]!r}")
    return s, truth.get("layout", pdf.stem)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", type=Path, default=Path("samples/pdf"))
    ap.add_argument("--leave-one-out", action="store_true")
    ap.add_argument("--engine", default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    pdfs = sorted(p for p in args.folder.glob("*.pdf") if p.with_name(p.name + ".truth.json").exists())
    if not pdfs:
        print(f"no <x>.pdf with <x>.pdf.truth.json in {args.folder}")
        return 2
    per: dict[str, Score] = {}
    for pdf in pdfs:
        s, layout = score_file(pdf, args.engine, args.verbose)
        per.setdefault(layout or pdf.stem, Score()).add(s)
    head = f"{'layout':32s} {'print':>5s} {'found':>5s} {'lineF1':>6s} " + " ".join(f"{f[:6]:>6s}" for f in FIELDS) \
        + "  | " + " ".join(f"{f[:6]:>6s}" for f in ("clm_id", "payer", "patnt"))
    print(head)
    total = Score()
    for name, s in per.items():
        print(row(name, s))
        total.add(s)
    print(row("ALL (pooled)", total))
    print(f"\nline F1 {total.f1():.1%}; mean field accuracy {total.fields_mean():.1%}; worst field "
          f"{min(FIELDS, key=total.acc)} {min(total.acc(f) for f in FIELDS):.1%}")
    print(f"claim fields (claim_id, payer_claim_id, patient of each printed line): mean {total.claim_mean():.1%}; "
          + ", ".join(f"{f} {total.acc(f):.1%}" for f in CLAIM_FIELDS))
    if args.leave_one_out:
        print("\nleave-one-layout-out: each layout's own figures vs all the other layouts pooled")
        print(f"{'held out':32s} {'F1 held':>8s} {'fields held':>11s} {'F1 rest':>8s} {'fields rest':>11s}")
        f1s, fms = [], []
        for name, s in per.items():
            rest = Score()
            for n2, s2 in per.items():
                if n2 != name:
                    rest.add(s2)
            f1s.append(s.f1())
            fms.append(s.fields_mean())
            print(f"{name:32s} {s.f1():8.1%} {s.fields_mean():11.1%} {rest.f1():8.1%} {rest.fields_mean():11.1%}")
        print(f"{'macro mean over layouts':32s} {sum(f1s) / len(f1s):8.1%} {sum(fms) / len(fms):11.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
