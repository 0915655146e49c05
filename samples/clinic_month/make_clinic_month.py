"""Write a synthetic month of a small pediatric OT clinic for ``eobreader reconcile``.

    python samples/clinic_month/make_clinic_month.py                    # inputs
    python -m eobreader.golden generate samples/clinic_month            # per-file goldens (reader output)
    python samples/clinic_month/make_clinic_month.py --expected         # reconciliation.expected.json (on purpose)

Everything is invented: the clinic (Juniper Hollow Pediatric OT), the payers, patients, IDs and amounts.
Files:
- charges_january.csv: the clinic's charges export (patient, date, code, modifiers, units, minutes, charge,
  claim, insurance, secondary insurance). The main command notes it as "charges-only", not an EOB.
- fee_schedule.csv: expected allowed amount per unit by payer (a "Fee" column, so it too reads as charges-only).
- cedarline_2026-01-23.835, cedarline_2026-02-03.835: Cedarline Health Plan ERAs (5010). The payer drops
  the GO modifier on 97530, writes a hyphenated surname as one word, changes a code (SVC06 keeps the
  billed one), denies a bundled 97140 (CO-97, M15), pays a line in two halves across both ERAs, reverses a
  claim and pays it again, reverses another and does not.
- aspen_medicaid_2026-01-28.pdf: a Medicaid remittance printed as a flat table (denial without prior
  authorisation, a unit denied as too many, units cut).
- northstar_remit_2026-01-30.xlsx: a payer portal export (a name spelled differently, a payment below the
  allowed amount minus coinsurance, an allowed amount below the fee schedule).
- Sunniva Larkspur's visit has no remittance at all (pending).

Every outcome appears: paid in full, underpaid, denied, pending, reversed (and reversed then paid again).
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pdf"))

from eobgen import FEE, FIXED_WHEN, dfmt, money  # noqa: E402

D = date
CLINIC = {"name": "JUNIPER HOLLOW PEDIATRIC OT", "npi": "1000000017", "tax_id": "990000017"}
CEDAR = {"name": "CEDARLINE HEALTH PLAN", "id": "CDL77"}


def m(s: str | Decimal) -> Decimal:
    return Decimal(str(s)).quantize(Decimal("0.01"))


@dataclass
class Bill:
    """One line of the clinic's charges export."""

    patient: str
    dos: date
    code: str
    mods: tuple[str, ...]
    units: int
    claim: str
    payer: str
    minutes: int | None = None
    secondary: str = ""
    provider: str = "R. Okonkwo, OTR/L"

    @property
    def charge(self) -> Decimal:
        return m(Decimal(FEE[self.code]) * self.units)


QUILL = "Ashworth-Nakamura, Quill"
INES = "Delgado-Brandt, Ines"
THEO = "Vantongeren, Theo"
MILO = "Petrakis, Milo"
RAMONA = "Quist, Ramona J"
KAITLYN = "Oyelaran, Kaitlyn M"
SUNNIVA = "Larkspur, Sunniva"
CEDARLINE, ASPEN, NORTHSTAR = "Cedarline Health Plan", "Aspen Valley Medicaid", "Northstar Benefit Co"

BILLS = [
    Bill(QUILL, D(2026, 1, 6), "97165", ("GO",), 1, "JH-0101", CEDARLINE, None, ASPEN),
    Bill(QUILL, D(2026, 1, 6), "97530", ("GO",), 2, "JH-0101", CEDARLINE, 30, ASPEN),
    Bill(INES, D(2026, 1, 8), "97530", ("GO",), 3, "JH-0103", CEDARLINE, 45),
    Bill(INES, D(2026, 1, 8), "97140", ("GO",), 1, "JH-0103", CEDARLINE, 15),
    Bill(RAMONA, D(2026, 1, 9), "97165", ("GO",), 1, "JH-0107", ASPEN),
    Bill(KAITLYN, D(2026, 1, 7), "97530", ("GO",), 3, "JH-0108", NORTHSTAR, 45),
    Bill(KAITLYN, D(2026, 1, 7), "97110", ("GO",), 1, "JH-0108", NORTHSTAR, 15),
    Bill(QUILL, D(2026, 1, 13), "97530", ("GO",), 2, "JH-0102", CEDARLINE, 30, ASPEN),
    Bill(QUILL, D(2026, 1, 13), "97112", ("GO",), 1, "JH-0102", CEDARLINE, 15, ASPEN),
    Bill(MILO, D(2026, 1, 14), "97530", ("GO",), 2, "JH-0109", ASPEN, 33),
    Bill(MILO, D(2026, 1, 14), "97110", ("GO",), 1, "JH-0109", ASPEN, 7),
    Bill(THEO, D(2026, 1, 15), "97530", ("GO",), 4, "JH-0104", CEDARLINE, 60),
    Bill(RAMONA, D(2026, 1, 16), "97530", ("GO",), 2, "JH-0110", ASPEN, 30),
    Bill(QUILL, D(2026, 1, 20), "97530", ("GO",), 2, "JH-0105", CEDARLINE, 32, ASPEN),
    Bill(MILO, D(2026, 1, 21), "97530", ("GO",), 4, "JH-0111", ASPEN, 50),
    Bill(KAITLYN, D(2026, 1, 21), "97110", ("GO",), 1, "JH-0112", NORTHSTAR, 10),
    Bill(KAITLYN, D(2026, 1, 21), "97112", ("GO",), 1, "JH-0112", NORTHSTAR, 10),
    Bill(THEO, D(2026, 1, 22), "97110", ("GO",), 1, "JH-0106", CEDARLINE, 16),
    Bill(SUNNIVA, D(2026, 1, 27), "97166", ("GO",), 1, "JH-0113", NORTHSTAR),
    Bill(SUNNIVA, D(2026, 1, 27), "97530", ("GO",), 2, "JH-0113", NORTHSTAR, 28),
]


def write_charges(out: Path) -> None:
    with (out / "charges_january.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Patient", "Service Date", "CPT", "Modifiers", "Units", "Minutes", "Charge", "Claim #",
                    "Insurance", "Secondary Insurance", "Provider"])
        for b in BILLS:
            w.writerow([b.patient, dfmt(b.dos, "mdy4"), b.code, " ".join(b.mods), b.units,
                        "" if b.minutes is None else b.minutes, f"{b.charge:.2f}", b.claim, b.payer, b.secondary,
                        b.provider])
        w.writerow([])
        w.writerow(["Total", "", "", "", sum(b.units for b in BILLS), "", f"{sum(b.charge for b in BILLS):.2f}"])


def write_fee_schedule(out: Path) -> None:
    rows = [("97165", "GO", CEDARLINE, "120.00"), ("97530", "GO", CEDARLINE, "36.00"), ("97110", "GO", CEDARLINE, "30.00"),
            ("97112", "GO", CEDARLINE, "32.00"), ("97140", "GO", CEDARLINE, "28.00"),
            ("97165", "GO", ASPEN, "98.20"), ("97530", "GO", ASPEN, "29.50"), ("97110", "GO", ASPEN, "24.00"),
            ("97166", "GO", NORTHSTAR, "125.00"), ("97530", "GO", NORTHSTAR, "38.00"), ("97110", "GO", NORTHSTAR, "30.00"),
            ("97112", "GO", NORTHSTAR, "32.00")]
    with (out / "fee_schedule.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Code", "Modifier", "Payer", "Fee"])
        w.writerows(rows)


# ------------------------------------------------------------------------------------------------- 835

@dataclass
class L835:
    dos: date
    code: str
    mods: tuple[str, ...]
    units: int
    billed: str
    paid: str
    allowed: str | None
    adjs: list[tuple[str, str, str]]
    remarks: list[str] = field(default_factory=list)
    original: tuple[str, ...] | None = None  # SVC06: the code as billed, when the payer changed it


@dataclass
class C835:
    claim_id: str
    payer_claim_id: str
    status: str
    last: str
    first: str
    member: str
    lines: list[L835]


def _svc_segments(ln: L835, n: int) -> list[str]:
    proc = ":".join(["HC", ln.code, *ln.mods])
    svc = ["SVC", proc, ln.billed, ln.paid, "", str(ln.units)]
    if ln.original:
        svc.append(":".join(["HC", *ln.original]))
    out = ["*".join(svc), f"DTM*472*{ln.dos:%Y%m%d}"]
    groups: dict[str, list[str]] = {}
    for g, r, a in ln.adjs:
        groups.setdefault(g, []).extend([r, a, ""])
    for g, trip in groups.items():
        while trip and trip[-1] == "":
            trip.pop()
        out.append("*".join(["CAS", g, *trip]))
    out.append(f"REF*6R*{n}")
    if ln.allowed is not None:
        out.append(f"AMT*B6*{ln.allowed}")
    out.extend(f"LQ*HE*{r}" for r in ln.remarks)
    return out


def write_835(path: Path, issued: date, trace: str, claims: list[C835], control: int) -> None:
    body: list[str] = [
        "ST*835*0001*005010X221A1",
    ]
    total = sum((m(ln.paid) for c in claims for ln in c.lines), Decimal("0.00"))
    body += [f"BPR*I*{total:.2f}*C*ACH*CCP*01*091000019*DA*0000000001*1{CEDAR['id']}**01*091000020*DA*0000000002*{issued:%Y%m%d}",
             f"TRN*1*{trace}*1{CEDAR['id']}", f"DTM*405*{issued:%Y%m%d}", f"N1*PR*{CEDAR['name']}",
             "N3*PO BOX 2210", "N4*FERNDALE*OR*970000000", f"N1*PE*{CLINIC['name']}*XX*{CLINIC['npi']}",
             f"REF*TJ*{CLINIC['tax_id']}", "LX*1"]
    for c in claims:
        billed = sum((m(ln.billed) for ln in c.lines), Decimal("0.00"))
        paid = sum((m(ln.paid) for ln in c.lines), Decimal("0.00"))
        pr = sum((m(a) for ln in c.lines for g, _, a in ln.adjs if g == "PR"), Decimal("0.00"))
        body.append(f"CLP*{c.claim_id}*{c.status}*{billed:.2f}*{paid:.2f}*{pr:.2f}*12*{c.payer_claim_id}*11*1")
        body.append(f"NM1*QC*1*{c.last}*{c.first}****MI*{c.member}")
        first = min(ln.dos for ln in c.lines)
        body.append(f"DTM*232*{first:%Y%m%d}")
        for n, ln in enumerate(c.lines, start=1):
            body.extend(_svc_segments(ln, n))
    body.append(f"SE*{len(body) + 1}*0001")
    env = [f"ISA*00*          *00*          *ZZ*CEDARLINE      *ZZ*JUNIPERHOLLOW  *{issued:%y%m%d}*0900*^*00501*"
           f"{control:09d}*0*T*:", f"GS*HP*CEDARLINE*JUNIPERHOLLOW*{issued:%Y%m%d}*0900*{control}*X*005010X221A1"]
    tail = [f"GE*1*{control}", f"IEA*1*{control:09d}"]
    path.write_text("~\n".join(env + body + tail) + "~\n", encoding="utf-8")


def cedarline(out: Path) -> None:
    q = ("ASHWORTHNAKAMURA", "QUILL", "CDL4410021")  # the payer writes the hyphenated surname as one word
    first = [
        C835("JH-0101", "CDL26010600101", "1", *q, [
            L835(D(2026, 1, 6), "97165", ("GO",), 1, "210.00", "96.00", "120.00", [("CO", "45", "90.00"), ("PR", "2", "24.00")]),
            # the payer drops GO from 97530 (SVC01 has no modifier and no SVC06)
            L835(D(2026, 1, 6), "97530", (), 2, "190.00", "57.60", "72.00", [("CO", "45", "118.00"), ("PR", "2", "14.40")]),
        ]),
        C835("JH-0102", "CDL26011300102", "1", *q, [
            L835(D(2026, 1, 13), "97530", (), 2, "190.00", "57.60", "72.00", [("CO", "45", "118.00"), ("PR", "2", "14.40")]),
            # billed 97112, paid as 97110: SVC06 keeps the code as billed
            L835(D(2026, 1, 13), "97110", ("GO",), 1, "85.00", "24.00", "30.00", [("CO", "45", "55.00"), ("PR", "2", "6.00")],
                 original=("97112", "GO")),
        ]),
        C835("JH-0103", "CDL26010800103", "1", "DELGADO-BRANDT", "INES", "CDL5520388", [
            L835(D(2026, 1, 8), "97530", ("GO",), 3, "285.00", "0.00", "108.00", [("CO", "45", "177.00"), ("PR", "1", "108.00")]),
            L835(D(2026, 1, 8), "97140", ("GO",), 1, "75.00", "0.00", None, [("CO", "97", "75.00")], ["M15"]),
            # paid, but the clinic's charges export has no 97535 for this visit
            L835(D(2026, 1, 8), "97535", ("GO",), 1, "82.00", "32.00", "32.00", [("CO", "45", "50.00")]),
        ]),
        # a 4-unit line paid 2 units now and 2 units on the next ERA
        C835("JH-0104", "CDL26011500104", "1", "VANTONGEREN", "THEO", "CDL6630014", [
            L835(D(2026, 1, 15), "97530", ("GO",), 2, "190.00", "72.00", "72.00", [("CO", "45", "118.00")]),
        ]),
        # paid at the wrong rate: reversed and paid again on the next ERA
        C835("JH-0105", "CDL26012000105", "1", *q, [
            L835(D(2026, 1, 20), "97530", ("GO",), 2, "190.00", "48.00", "60.00", [("CO", "45", "130.00"), ("PR", "2", "12.00")]),
        ]),
        C835("JH-0106", "CDL26012200106", "1", "VANTONGEREN", "THEO", "CDL6630014", [
            L835(D(2026, 1, 22), "97110", ("GO",), 1, "80.00", "30.00", "30.00", [("CO", "45", "50.00")]),
        ]),
    ]
    write_835(out / "cedarline_2026-01-23.835", D(2026, 1, 23), "CDL2601230001", first, 4101)
    second = [
        C835("JH-0104", "CDL26020300104", "1", "VANTONGEREN", "THEO", "CDL6630014", [
            L835(D(2026, 1, 15), "97530", ("GO",), 2, "190.00", "72.00", "72.00", [("CO", "45", "118.00")]),
        ]),
        C835("JH-0105", "CDL26012000105", "22", *q, [
            L835(D(2026, 1, 20), "97530", ("GO",), -2, "-190.00", "-48.00", None, [("CO", "45", "-130.00"), ("PR", "2", "-12.00")]),
        ]),
        C835("JH-0105", "CDL26020300105", "1", *q, [
            L835(D(2026, 1, 20), "97530", ("GO",), 2, "190.00", "57.60", "72.00", [("CO", "45", "118.00"), ("PR", "2", "14.40")]),
        ]),
        # taken back (the payer found another plan primary) and not paid again
        C835("JH-0106", "CDL26012200106", "22", "VANTONGEREN", "THEO", "CDL6630014", [
            L835(D(2026, 1, 22), "97110", ("GO",), -1, "-80.00", "-30.00", None, [("CO", "45", "-50.00")], ["MA04"]),
        ]),
    ]
    write_835(out / "cedarline_2026-02-03.835", D(2026, 2, 3), "CDL2602030002", second, 4102)


# ------------------------------------------------------------------------------------------------- PDF

def aspen_pdf(out: Path) -> None:
    from fpdf import FPDF

    rows = [
        # patient, acct, claim, dos, code, mod, units, charge, allowed, adjustments, pt resp, paid, remarks
        ("Quist, Ramona", "JH-0107", "AV2601090771", D(2026, 1, 9), "97165", "GO", 1, "210.00", "0.00",
         [("CO", "197", "210.00")], "0.00", "0.00", "N54"),
        ("Petrakis, Milo", "JH-0109", "AV2601140772", D(2026, 1, 14), "97530", "GO", 2, "190.00", "59.00",
         [("CO", "45", "131.00")], "0.00", "59.00", ""),
        ("Petrakis, Milo", "JH-0109", "AV2601140772", D(2026, 1, 14), "97110", "GO", 1, "80.00", "0.00",
         [("CO", "151", "80.00")], "0.00", "0.00", "N362"),
        ("Quist, Ramona", "JH-0110", "AV2601160773", D(2026, 1, 16), "97530", "GO", 2, "190.00", "59.00",
         [("CO", "45", "131.00")], "0.00", "59.00", ""),
        # 4 units billed, 3 paid: one unit denied as more than the record supports
        ("Petrakis, Milo", "JH-0111", "AV2601210774", D(2026, 1, 21), "97530", "GO", 3, "380.00", "88.50",
         [("CO", "45", "196.50"), ("CO", "151", "95.00")], "0.00", "88.50", "N362"),
    ]
    pdf = FPDF(orientation="L", unit="mm", format="letter")
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title("Remittance Advice")
    pdf.set_author("Aspen Valley Medicaid")
    cols = [("Patient", 30, "L"), ("Acct #", 18, "L"), ("Claim #", 25, "L"), ("DOS", 17, "L"), ("CPT", 11, "L"),
            ("Mod", 12, "L"), ("Units", 8, "R"), ("Charge", 19, "R"), ("Allowed", 19, "R"), ("", 3, "L"),
            ("Adjustments", 44, "L"), ("Pt Resp", 18, "R"), ("Paid", 19, "R"), ("", 2, "L"), ("Rmk", 10, "L")]
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Aspen Valley Medicaid - Remittance Advice", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4.5, "Payer: Aspen Valley Medicaid", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, "Provider: Juniper Hollow Pediatric OT    Check 0000738810    1/28/2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 7)
    for h, w, al in cols:
        pdf.cell(w, 4.5, h, align=al)
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 6.8)
    for r in rows:
        adj = "; ".join(f"{g}-{c} {money(Decimal(a), '', '()')}" for g, c, a in r[9])
        vals = [r[0], r[1], r[2], dfmt(r[3], "mdyn"), r[4], r[5], str(r[6]), money(Decimal(r[7])),
                money(Decimal(r[8])), "", adj, money(Decimal(r[10])), money(Decimal(r[11])), "", r[12]]
        for v, (h, w, al) in zip(vals, cols):
            pdf.cell(w, 4, v, align=al)
        pdf.ln(4)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 7.5)
    total_paid = sum(Decimal(r[11]) for r in rows)
    pdf.cell(sum(w for _, w, _ in cols[:7]), 5, "Report total")
    pdf.cell(19, 5, money(sum(Decimal(r[7]) for r in rows)), align="R")
    pdf.cell(19, 5, money(sum(Decimal(r[8]) for r in rows)), align="R")
    pdf.cell(47, 5, "")
    pdf.cell(18, 5, money(Decimal(0)), align="R")
    pdf.cell(19, 5, money(total_paid), align="R")
    pdf.ln(9)
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(0, 5, "Remark codes on this report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7.5)
    for code, text in (("N54", "Claim information does not match the prior approval on file."),
                       ("N362", "More units than allowed for this service.")):
        pdf.cell(14, 4, code)
        pdf.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out / "aspen_medicaid_2026-01-28.pdf"))


# ------------------------------------------------------------------------------------------------ xlsx

def northstar_xlsx(out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Remittance"
    ws.append(["Payer:", "Northstar Benefit Co"])
    ws.append(["Check #:", "NS-55012", "Paid:", "2026-01-30"])
    ws.append([])
    ws.append(["Patient", "Member ID", "Claim #", "DOS", "CPT", "Mod", "Units", "Billed", "Allowed", "Deductible",
               "Copay", "Coinsurance", "Paid", "Adj Code", "Remark"])
    rows = [
        # name spelled differently; allowed at $30.00 a unit where the fee schedule says $38.00
        ("Kaitlin Oyelaran", "NSB-208841", "NS26010700881", D(2026, 1, 7), "97530", "GO", 3, "285.00", "90.00", "0.00",
         "0.00", "18.00", "72.00", "CO-45", ""),
        # allowed $30.00 less $6.00 coinsurance is $24.00, but $20.00 was paid
        ("Kaitlin Oyelaran", "NSB-208841", "NS26010700881", D(2026, 1, 7), "97110", "GO", 1, "80.00", "30.00", "0.00",
         "0.00", "6.00", "20.00", "CO-45", ""),
        # 10 minutes each: two units by the per-code rule, one by the CMS 8-minute rule
        ("Kaitlin Oyelaran", "NSB-208841", "NS26012100902", D(2026, 1, 21), "97110", "GO", 1, "80.00", "30.00", "0.00",
         "0.00", "6.00", "24.00", "CO-45", ""),
        ("Kaitlin Oyelaran", "NSB-208841", "NS26012100902", D(2026, 1, 21), "97112", "GO", 1, "85.00", "32.00", "0.00",
         "0.00", "6.40", "25.60", "CO-45", ""),
    ]
    for r in rows:
        ws.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6]] + [float(x) for x in r[7:13]] + [r[13], r[14]])
        ws.cell(ws.max_row, 4).number_format = "mm/dd/yyyy"
    ws.append([])
    ws.append(["Total", "", "", "", "", "", "", float(sum(Decimal(r[7]) for r in rows)),
               float(sum(Decimal(r[8]) for r in rows)), 0.0, 0.0, float(sum(Decimal(r[11]) for r in rows)),
               float(sum(Decimal(r[12]) for r in rows))])
    wb.properties.creator = "Northstar portal"
    wb.properties.created = wb.properties.modified = FIXED_WHEN.replace(tzinfo=None)
    wb.save(out / "northstar_remit_2026-01-30.xlsx")


def write_expected(out: Path) -> None:
    from eobreader.reconcile import dumps, reconcile

    rec = reconcile(out / "charges_january.csv", [out], fee_schedule=out / "fee_schedule.csv")
    (out / "reconciliation.expected.json").write_text(dumps(rec), encoding="utf-8")
    print(f"wrote {out / 'reconciliation.expected.json'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--expected", action="store_true", help="(re)write reconciliation.expected.json on purpose")
    args = ap.parse_args(argv)
    if args.expected:
        write_expected(args.out)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    write_charges(args.out)
    write_fee_schedule(args.out)
    cedarline(args.out)
    aspen_pdf(args.out)
    northstar_xlsx(args.out)
    print(f"wrote the clinic month into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
