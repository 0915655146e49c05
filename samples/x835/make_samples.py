"""Write the synthetic 835 samples from visits.py, in three dialects.

    python samples/x835/make_samples.py          # writes samples/x835/*.835
    python -m eobreader.golden generate samples/x835

- therapy_5010.835: 005010X221A1, ISA/GS envelope, '*' ':' '~', one segment per line, two payments
  (ST/SE) in one functional group;
- therapy_odd_separators.835: 5010 with '|' elements, '>' components, newline-only segment terminators,
  a UTF-8 BOM, indented loops, trimmed amounts ("96" for 96.00), one interchange per payment;
- therapy_4010.835: 004010X091A1, ISA11 'U', '^' components, everything on one line, units left out
  when they are 1 (the TR3 default).
All names and numbers are invented (see visits.py).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from visits import PAYEE, PAYER, PAYMENTS


@dataclass(frozen=True)
class Dialect:
    element: str = "*"
    component: str = ":"
    terminator: str = "~"
    after: str = "\n"  # layout after each terminator
    version: str = "5010"
    repetition: str = "^"
    trim_amounts: bool = False
    omit_unit_one: bool = False
    indent: bool = False
    bom: bool = False
    interchange_per_payment: bool = False


def d8(iso: str) -> str:
    return iso.replace("-", "")


def money(s: str | Decimal, dialect: Dialect) -> str:
    v = Decimal(s)
    if not dialect.trim_amounts:
        return f"{v:.2f}"
    t = f"{v:.2f}".rstrip("0").rstrip(".")
    return t or "0"


def claim_totals(claim: dict) -> tuple[Decimal, Decimal, Decimal]:
    billed = sum((Decimal(ln["billed"]) for ln in claim["lines"]), Decimal("0.00"))
    paid = sum((Decimal(ln["paid"]) for ln in claim["lines"]), Decimal("0.00"))
    pr = sum((Decimal(a[2]) for ln in claim["lines"] for a in ln["adjustments"] if a[0] == "PR"), Decimal("0.00"))
    return billed, paid, pr


def payment_amount(p: dict) -> Decimal:
    paid = sum((claim_totals(c)[1] for c in p["claims"]), Decimal("0.00"))
    return paid - sum((Decimal(a[2]) for a in p["provider_adjustments"]), Decimal("0.00"))


def transaction(p: dict, control: str, dx: Dialect) -> list[tuple[int, list[str]]]:
    """(indent level, elements) for one ST..SE."""
    c = dx.component
    out: list[tuple[int, list[str]]] = []
    st = ["ST", "835", control] + (["005010X221A1"] if dx.version == "5010" else [])
    out.append((1, st))
    out.append((2, ["BPR", "I", money(payment_amount(p), dx), "C", "ACH", "CCP", "01", "091000019", "DA",
                    "0000000001", "1" + PAYER["id"], "", "01", "091000020", "DA", "0000000002", d8(p["issued"])]))
    out.append((2, ["TRN", "1", p["payment_id"], "1" + PAYER["id"]]))
    out.append((2, ["DTM", "405", d8(p["produced"])]))
    out.append((2, ["N1", "PR", PAYER["name"]]))
    a = PAYER["address"]
    out.append((3, ["N3", a[0]]))
    out.append((3, ["N4", a[1], a[2], a[3]]))
    out.append((2, ["N1", "PE", PAYEE["name"], "XX", PAYEE["npi"]]))
    out.append((3, ["REF", "TJ", PAYEE["tax_id"]]))
    out.append((2, ["LX", "1"]))
    for claim in p["claims"]:
        billed, paid, pr = claim_totals(claim)
        out.append((3, ["CLP", claim["claim_id"], claim["status"], money(billed, dx), money(paid, dx),
                        money(pr, dx) if pr else "", "12", claim["payer_claim_id"], "11", "1"]))
        pt = claim["patient"]
        out.append((4, ["NM1", "QC", "1", pt["last"], pt["first"], "", "", "", "MI", pt["member_id"]]))
        out.append((4, ["DTM", "232", d8(claim["from"])]))
        out.append((4, ["DTM", "233", d8(claim["to"])]))
        for ln in claim["lines"]:
            proc = c.join(["HC", ln["code"], *ln["modifiers"]])
            units = "" if dx.omit_unit_one and ln["units"] == 1 else str(ln["units"])
            svc = ["SVC", proc, money(ln["billed"], dx), money(ln["paid"], dx), "", units]
            while svc[-1] == "":
                svc.pop()
            out.append((4, svc))
            out.append((5, ["DTM", "472", d8(ln["date"])]))
            groups: dict[str, list[str]] = {}
            for g, reason, amount in ln["adjustments"]:
                groups.setdefault(g, []).extend([reason, money(amount, dx), ""])
            for g, trip in groups.items():
                while trip and trip[-1] == "":
                    trip.pop()
                out.append((5, ["CAS", g, *trip]))
            out.append((5, ["REF", "6R", ln["line_ref"]]))
            if ln["allowed"] is not None:
                out.append((5, ["AMT", "B6", money(ln["allowed"], dx)]))
            for rm in ln["remarks"]:
                out.append((5, ["LQ", "HE", rm]))
    if p["provider_adjustments"]:
        plb = ["PLB", PAYEE["npi"], p["issued"][:4] + "1231"]
        for reason, ref, amount in p["provider_adjustments"]:
            plb += [reason + c + ref, money(amount, dx)]
        out.append((2, plb))
    out.append((1, ["SE", str(len(out) + 1), control]))
    return out


def isa(dx: Dialect, control: int) -> list[str]:
    version = "00501" if dx.version == "5010" else "00401"
    rep = dx.repetition if dx.version == "5010" else "U"
    return ["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "BRIGHTWATERMUT ", "ZZ", "MAPLELEAFPT    ", "260127",
            "0900", rep, version, f"{control:09d}", "0", "T", dx.component]


def render(dx: Dialect) -> str:
    gs_version = "005010X221A1" if dx.version == "5010" else "004010X091A1"
    segs: list[tuple[int, list[str]]] = []
    groups = [PAYMENTS] if not dx.interchange_per_payment else [[p] for p in PAYMENTS]
    ctrl = 0
    for n, payments in enumerate(groups, start=1):
        segs.append((0, isa(dx, 7000 + n)))
        segs.append((0, ["GS", "HP", "BRIGHTWATERMUT", "MAPLELEAFPT", "20260127", "0900", str(n), "X", gs_version]))
        for p in payments:
            ctrl += 1
            segs.extend(transaction(p, f"{ctrl:04d}", dx))
        segs.append((0, ["GE", str(len(payments)), str(n)]))
        segs.append((0, ["IEA", "1", f"{7000 + n:09d}"]))
    text = ""
    for level, els in segs:
        pad = "  " * level if dx.indent else ""
        text += pad + dx.element.join(els) + dx.terminator + dx.after
    return ("\ufeff" if dx.bom else "") + text


DIALECTS = {
    "therapy_5010.835": Dialect(),
    "therapy_odd_separators.835": Dialect(element="|", component=">", terminator="\n", after="", repetition="{",
                                          trim_amounts=True, indent=True, bom=True, interchange_per_payment=True),
    "therapy_4010.835": Dialect(component="^", after="", version="4010", omit_unit_one=True),
}


def main(out: Path = HERE) -> None:
    for name, dx in DIALECTS.items():
        (out / name).write_bytes(render(dx).encode("utf-8"))
        print(f"wrote {out / name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
