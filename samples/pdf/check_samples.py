"""Self-check of the sample factory (not of the reader): each truth file against its PDF's text layer
(every printed amount and code of a truth line is on that page, the page count matches), and the
documents' own arithmetic (claim totals = sum of lines; billed - discount - not covered = allowed;
allowed - patient share = paid; billed - adjustments = paid). A claim total that does not add up is
printed as TOTAL MISMATCH and must be one of the truth's expected_findings.

Run: python samples/pdf/check_samples.py samples/pdf   (or a held-out folder)
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from eobreader.values import clean_text  # noqa: E402

AMOUNTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
           "discount")


def forms(a: str) -> set[str]:
    x = abs(Decimal(a))
    return {f"{x:,.2f}", f"{x:.2f}"}


def dec(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v)


def check_file(tp: Path) -> int:
    t = json.loads(tp.read_text(encoding="utf-8"))
    problems = 0
    with pdfplumber.open(tp.with_name(tp.name.removesuffix(".truth.json"))) as pdf:
        if len(pdf.pages) != t["pages"]:
            print(tp.name, "page count", len(pdf.pages), "truth says", t["pages"])
            problems += 1
        texts = [clean_text(p.extract_text()) for p in pdf.pages]
    for ln in t["lines"]:
        txt = texts[ln["page"] - 1]
        wanted = [(k, ln[k]) for k in AMOUNTS if ln[k] is not None]
        wanted += [("adjustment", a[2]) for a in ln["adjustments"] if a[2] is not None]
        for k, v in wanted:
            if not any(f in txt for f in forms(v)):
                print(tp.name, "not on page", ln["page"], k, v, ln["code"])
                problems += 1
        if ln["code"] and ln["code"] not in txt:
            print(tp.name, "code not on page", ln["code"])
            problems += 1
        b, dsc, nc, al = (dec(ln[k]) for k in ("billed", "discount", "not_covered", "allowed"))
        de, cp, co, pd = (dec(ln[k]) for k in ("deductible", "copay", "coinsurance", "paid"))
        if None not in (b, dsc, al) and b - dsc - (nc or 0) != al:
            print(tp.name, "billed - discount - not covered != allowed", ln["code"], b, dsc, nc, al)
            problems += 1
        if None not in (al, de, co, pd) and al - de - (cp or 0) - co != pd and "remit" not in tp.name:
            print(tp.name, "allowed - patient share != paid", ln["code"], al, de, cp, co, pd)
            problems += 1
        adj = ln["adjustments"]
        if adj and None not in (b, pd) and all(a[2] is not None for a in adj):
            if b - sum(Decimal(a[2]) for a in adj) != pd:
                print(tp.name, "billed - adjustments != paid", ln["code"], b, pd, adj)
                problems += 1
    for c in t["claims"]:
        lines = [ln for ln in t["lines"]
                 if ln["payer_claim_id"] == c["payer_claim_id"] and ln["claim_id"] == c["claim_id"]]
        for k, v in c["totals"].items():
            vals = [ln[k] for ln in lines]
            if v is None or not vals or None in vals:
                continue
            s = sum(Decimal(x) for x in vals)
            if s != Decimal(v):
                key = c["payer_claim_id"] or c["claim_id"]
                planted = any(key in f for f in t["expected_findings"])
                print(tp.name, "TOTAL MISMATCH", key, k, v, "lines", s, "(planted)" if planted else "(NOT PLANTED)")
                problems += 0 if planted else 1
    print(f"{tp.name}: {len(t['lines'])} lines, {len(t['claims'])} claims, {len(t['legend'])} legend entries, "
          f"{len(t['expected_findings'])} expected findings")
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent
    problems = sum(check_file(tp) for tp in sorted(folder.glob("*.pdf.truth.json")))
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
