"""Write the synthetic spreadsheet and CSV EOB exports in samples/sheets/.

Every name, number, payer and clinic here is invented. Run from anywhere:
    python samples/sheets/make_sheet_samples.py
Each dialect differs on purpose (header words, title rows, delimiters, encodings, currency strings,
negative styles, date styles, totals rows, several sheets) so the reader is tested on variety.
Deliberate problems for the checks to find are marked PLANTED.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
C = Decimal("0.01")


def d(x: str | int | float) -> Decimal:
    return Decimal(str(x)).quantize(C)


@dataclass
class Visit:
    claim: str
    patient: str
    dos: date
    code: str
    mods: tuple[str, ...]
    units: int
    billed: Decimal
    allowed: Decimal
    coins_pct: Decimal = Decimal("0.20")
    copay: Decimal = Decimal("0")
    deductible: Decimal = Decimal("0")
    denied_reason: str | None = None  # e.g. "CO-197"
    remarks: tuple[str, ...] = ()

    @property
    def co45(self) -> Decimal:
        return self.billed - self.allowed if not self.denied_reason else Decimal("0.00")

    @property
    def coins(self) -> Decimal:
        if self.denied_reason:
            return d(0)
        base = self.allowed - self.copay - self.deductible
        return (base * self.coins_pct).quantize(C, ROUND_HALF_UP)

    @property
    def patient_owes(self) -> Decimal:
        return d(0) if self.denied_reason else self.copay + self.deductible + self.coins

    @property
    def paid(self) -> Decimal:
        return d(0) if self.denied_reason else self.allowed - self.patient_owes

    def adjustments(self) -> list[tuple[str, str, Decimal]]:
        if self.denied_reason:
            g, r = self.denied_reason.split("-")
            return [(g, r, self.billed)]
        out = []
        if self.co45:
            out.append(("CO", "45", self.co45))
        if self.deductible:
            out.append(("PR", "1", self.deductible))
        if self.coins:
            out.append(("PR", "2", self.coins))
        if self.copay:
            out.append(("PR", "3", self.copay))
        return out


def money(x: Decimal, style: str = "plain") -> str:
    if style == "dollar":
        s = f"${abs(x):,.2f}"
    else:
        s = f"{abs(x):,.2f}" if style == "comma" else f"{abs(x):.2f}"
    if x < 0:
        return f"({s})" if style != "trailing" else f"{s}-"
    return s


# ---------------------------------------------------------------------------- 1. clinic PM export (CSV)

def clinic_pm_export() -> None:
    """A practice-management system's remittance export: UTF-8 with BOM, two title rows, Mod1/Mod2,
    "$1,234.50" amounts, one adjustment pair per row, a Total row at the end."""
    visits = [
        Visit("SS-24001", "Maya Okafor", date(2026, 1, 5), "97165", ("GO",), 1, d(210), d(168.40)),
        Visit("SS-24001", "Maya Okafor", date(2026, 1, 5), "97530", ("GO",), 2, d(190), d(142.60)),
        Visit("SS-24002", "Maya Okafor", date(2026, 1, 12), "97530", ("GO", "59"), 3, d(285), d(213.90)),
        Visit("SS-24002", "Maya Okafor", date(2026, 1, 12), "97112", ("GO",), 1, d(95), d(71.25)),
        Visit("SS-24003", "Leo Brandt", date(2026, 1, 14), "92507", ("GN",), 1, d(160), d(118.00)),
        # PLANTED: untimed 92526 billed with 2 units
        Visit("SS-24003", "Leo Brandt", date(2026, 1, 14), "92526", ("GN",), 2, d(300), d(220.00)),
        # PLANTED: denied for missing authorisation
        Visit("SS-24004", "Leo Brandt", date(2026, 1, 21), "97533", ("GO",), 4, d(400), d(0), denied_reason="CO-197",
              remarks=("N54",)),
    ]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Sunny Steps Pediatric Therapy - Insurance Payment Export"])
    w.writerow(["Payer: Bluepine Health Plan", "", "Run date: 02/03/2026"])
    w.writerow([])
    w.writerow(["Claim #", "Patient", "DOS", "CPT", "Mod1", "Mod2", "Units", "Charges", "Allowed", "Ins Paid",
                "Adj Reason", "Adj Amt", "Adj Reason 2", "Adj Amt 2", "Pt Resp", "Remarks"])
    tb = tp = tr = Decimal(0)
    for v in visits:
        adjs = v.adjustments()
        a1 = adjs[0] if adjs else None
        a2 = adjs[1] if len(adjs) > 1 else None
        w.writerow([
            v.claim, v.patient, v.dos.strftime("%m/%d/%Y"), v.code, v.mods[0] if v.mods else "",
            v.mods[1] if len(v.mods) > 1 else "", v.units, money(v.billed, "dollar"),
            money(v.allowed, "dollar") if not v.denied_reason else "$0.00", money(v.paid, "dollar"),
            f"{a1[0]}-{a1[1]}" if a1 else "", money(a1[2], "dollar") if a1 else "",
            f"{a2[0]}-{a2[1]}" if a2 else "", money(a2[2], "dollar") if a2 else "",
            money(v.patient_owes, "dollar"), ", ".join(v.remarks),
        ])
        tb, tp, tr = tb + v.billed, tp + v.paid, tr + v.patient_owes
    w.writerow([])
    w.writerow(["Total", "", "", "", "", "", "", money(tb, "dollar"), "", money(tp, "dollar"), "", "", "", "",
                money(tr, "dollar"), ""])
    (HERE / "clinic_pm_export.csv").write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


# ----------------------------------------------------------------------- 2. payer portal workbook (xlsx)

def payer_portal_workbook() -> None:
    """A payer portal download: a cover sheet without service lines, a detail sheet with a merged title,
    Excel dates and numbers, code and modifiers in one cell, units as text "2.000", deductible / copay /
    coinsurance columns, per-claim "Claim Total" rows, and a remark legend sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    cover = wb.active
    cover.title = "Overview"
    cover["A1"] = "Cedar Mutual Insurance - Member Claims Download"
    cover["A3"], cover["B3"] = "Member:", "Ava Lindqvist"
    cover["A4"], cover["B4"] = "Member ID:", "CMX-448-1021"
    cover["A5"], cover["B5"] = "Plan year:", "2026"
    cover["A7"] = "This is not a bill. See the Claims Detail sheet."

    ws = wb.create_sheet("Claims Detail")
    ws.merge_cells("A1:M1")
    ws["A1"] = "Claims processed 01/01/2026 - 01/31/2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    header = ["Claim Number", "Patient Name", "Service Date", "Procedure/Modifier", "Description", "Units",
              "Amount Billed", "Amount Allowed", "Deductible", "Copay", "Coinsurance", "Plan Paid", "You Owe",
              "Reason Code"]
    ws.append(header)
    claims = [
        ("CM2601-0087", "Ava Lindqvist", [
            Visit("", "", date(2026, 1, 6), "97166", ("GO",), 1, d(245), d(196.00), deductible=d(150)),
            Visit("", "", date(2026, 1, 6), "97535", ("GO",), 2, d(180), d(144.00)),
        ]),
        ("CM2601-0114", "Ava Lindqvist", [
            Visit("", "", date(2026, 1, 13), "97530", ("GO", "59"), 3, d(270), d(216.00), copay=d(25)),
            Visit("", "", date(2026, 1, 13), "97140", ("GO",), 1, d(85), d(68.00), coins_pct=Decimal("0")),
        ]),
        ("CM2601-0153", "Noah Lindqvist", [
            Visit("", "", date(2026, 1, 20), "97110", ("GP",), 2, d(170), d(136.00)),
            Visit("", "", date(2026, 1, 20), "97010", ("GP",), 1, d(30), d(0), denied_reason="CO-97", remarks=("M15",)),
        ]),
    ]
    descr = {"97166": "OT evaluation", "97535": "Self care training", "97530": "Therapeutic activities",
             "97140": "Manual therapy", "97110": "Therapeutic exercise", "97010": "Hot/cold pack"}
    for claim_no, patient, visits in claims:
        tb = ta = tp = to = Decimal(0)
        for v in visits:
            codecell = v.code + ("-" + ",".join(v.mods) if v.mods else "")
            ws.append([
                claim_no, patient, datetime(v.dos.year, v.dos.month, v.dos.day), codecell, descr[v.code],
                f"{v.units:.3f}", float(v.billed), float(v.allowed), float(v.deductible) or None,
                float(v.copay) or None, float(v.coins) or None, float(v.paid), float(v.patient_owes),
                ", ".join([f"{g}{r}" for g, r, _ in v.adjustments() if g == "CO"] + list(v.remarks)),
            ])
            ws.cell(ws.max_row, 3).number_format = "mm/dd/yyyy"
            tb, ta, tp, to = tb + v.billed, ta + v.allowed, tp + v.paid, to + v.patient_owes
        if claim_no == "CM2601-0114":
            tp += Decimal("10.00")  # PLANTED: the printed claim total does not match its lines
        ws.append(["", "", "", "", "Claim Total", "", float(tb), float(ta), None, None, None, float(tp), float(to), ""])
        ws.append([])
    legend = wb.create_sheet("Reason Codes")
    legend.append(["Code", "Meaning"])
    legend.append(["CO97", "Bundled into another service paid on this date."])
    legend.append(["M15", "Separately billed services have been bundled."])
    wb.properties.creator = "eobreader sample generator"
    wb.properties.created = wb.properties.modified = datetime(2026, 2, 1)
    wb.save(HERE / "payer_portal.xlsx")


# ----------------------------------------------------------------- 3. state Medicaid RA (CSV, ; cp1252)

def medicaid_ra() -> None:
    """A state Medicaid remittance export: semicolon-delimited, Windows-1252 encoded, dates as 01052026
    and 010526, from/to date columns, group/reason codes with amounts in one cell, a reversal with
    "(45.00)" and "45.00-" negatives, a Grand Total row."""
    rows = [
        # ICN, recipient, from, to, code, mods, qty, billed, allowed, paid, group/reason, remarks
        ("2026012000101", "Zoë Marchetti", "01052026", "01052026", "97530", "GO", "4.000", d(240), d(168.00), d(168.00),
         "CO-45 72.00", ""),
        ("2026012000101", "Zoë Marchetti", "01052026", "01052026", "97110", "GO", "2.000", d(120), d(84.00), d(84.00),
         "CO-45 36.00", ""),
        ("2026012000102", "Zoë Marchetti", "010826", "010826", "97530", "GO", "3.000", d(180), d(126.00), d(126.00),
         "CO-45 54.00", "N130"),
        # reversal of an earlier payment and its correction
        ("2026012000087", "Zoë Marchetti", "122925", "122925", "97535", "GO", "-1.000", d(-60), d(-45.00), d(-45.00),
         "CO-45 (15.00)", ""),
        ("2026012000103", "Zoë Marchetti", "122925", "122925", "97535", "GO", "1.000", d(60), d(45.00), d(45.00),
         "CO-45 15.00", ""),
        # PLANTED: billed - adjustments != paid (the payer's own arithmetic is off by 5.00)
        ("2026012000104", "Eli Marchetti", "011226", "011626", "92507", "GN", "1", d(150), d(98.00), d(93.00),
         "CO-45 52.00", "MA01"),
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["STATE MEDICAID REMITTANCE ADVICE - PROVIDER 1999000017 - SUNNY STEPS PEDIATRIC THERAPY"])
    w.writerow(["ICN", "Recipient Name", "Svc Date From", "Svc Date To", "Proc Code", "Modifier(s)", "Qty",
                "Billed Amt", "Allowed Amt", "Paid Amt", "Group/Reason", "Remark Codes"])
    tb = tp = Decimal(0)
    for i, (icn, who, f, t, code, mod, qty, billed, allowed, paid, gr, rem) in enumerate(rows):
        style = "trailing" if i == 3 else "comma"
        w.writerow([icn, who, f, t, code, mod, qty, money(billed, style), money(allowed, style), money(paid, "comma"),
                    gr, rem])
        tb, tp = tb + billed, tp + paid
    w.writerow(["GRAND TOTAL", "", "", "", "", "", "", money(tb, "comma"), "", money(tp, "comma"), "", ""])
    (HERE / "medicaid_ra.csv").write_bytes(out.getvalue().encode("cp1252"))


# --------------------------------------------------------------- 4. family statement (tab-separated)

def family_statement() -> None:
    """A member statement saved as tab-separated text: a "Patient:" line above the table, codes written
    inside the description, "Jan 5, 2026" dates, plan discount / deductible / copay / coinsurance
    columns, "What You Owe", a wrapped footnote, no claim column."""
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(["Statement of benefits - Northwind Family Health"])
    w.writerow(["Patient:", "Iris Nakamura"])
    w.writerow(["Member ID:", "NW-5520-0193"])
    w.writerow([])
    w.writerow(["Date of Service", "Service Description", "Amount Billed", "Plan Discount", "Amount Allowed",
                "Deductible", "Copay", "Coinsurance", "What Your Plan Paid", "What You Owe", "Remark"])
    rows = [
        ("Jan 5, 2026", "Occupational therapy re-evaluation (97168)", d(150), d(30), d(120), d(0), d(20), d(0), d(100), d(20), ""),
        ("Jan 5, 2026", "Therapeutic activities 97530GO x3", d(270), d(54), d(216), d(0), d(0), d(43.20), d(172.80), d(43.20), ""),
        ("Jan 19, 2026", "Sensory integration (97533)", d(180), d(36), d(144), d(144), d(0), d(0), d(0), d(144), "N130"),
        # PLANTED: the same line printed twice
        ("Jan 19, 2026", "Sensory integration (97533)", d(180), d(36), d(144), d(144), d(0), d(0), d(0), d(144), "N130"),
    ]
    for r in rows:
        w.writerow([r[0], r[1]] + [money(x, "dollar") for x in r[2:10]] + [r[10]])
    w.writerow([])
    w.writerow(["Remark N130: your plan limits this service; see your benefit booklet."])
    w.writerow(["This is not a bill."])
    (HERE / "family_statement.tsv").write_text(out.getvalue(), encoding="utf-8")


# ------------------------------------------------------------------- 5. remittance report (xlsx, one sheet)

def remit_report_workbook() -> None:
    """A clearinghouse's remittance report: title rows, header words seldom used ("Svc Dt", "HCPCS",
    "Modifier", "NOS", "Submitted", "Approved", "Payment", "CARC", "RARC", "Pt Balance"), numbers stored
    as text with a dollar sign, text dates 01/05/26, a repeated header mid-sheet, a row with amounts but
    no code (PLANTED: must appear as a problem), and a Grand Total."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Remit 0000457711"
    ws.append(["Remittance Report"])
    ws.append(["Payee", "Sunny Steps Pediatric Therapy"])
    ws.append(["Payer", "Harborview Health Cooperative"])
    ws.append(["Check/EFT", "EFT0000457711", "Issued", "02/06/2026"])
    ws.append([])
    hdr = ["Acct", "Patient", "Svc Dt", "HCPCS", "Modifier", "NOS", "Submitted", "Approved", "Payment", "CARC",
           "RARC", "Pt Balance"]
    ws.append(hdr)
    data = [
        ("A-7781", "Sam Whitfield", "01/07/26", "97530", "GO 59", "2", "$190.00", "$152.00", "$152.00", "CO45 38.00", "", "$0.00"),
        ("A-7781", "Sam Whitfield", "01/07/26", "97760", "GO RT", "1", "$120.00", "$96.00", "$96.00", "CO45 24.00", "", "$0.00"),
        ("A-7781", "Sam Whitfield", "01/07/26", "L3807", "RT", "1", "$310.00", "$248.00", "$198.40", "CO45 62.00 PR2 49.60", "", "$49.60"),
    ]
    for row in data:
        ws.append(list(row))
    ws.append(hdr)  # the export repeats its header after a page break
    data2 = [
        ("A-7790", "Sam Whitfield", "01/14/26", "97130", "GO", "2", "$160.00", "$128.00", "$128.00", "CO45 32.00", "N122", "$0.00"),
        ("A-7790", "Sam Whitfield", "01/14/26", "", "", "", "$40.00", "$32.00", "$32.00", "CO45 8.00", "", "$0.00"),
    ]
    for row in data2:
        ws.append(list(row))
    ws.append([])
    ws.append(["Grand Total", "", "", "", "", "", "$820.00", "", "$606.40", "", "", "$49.60"])
    wb.properties.created = wb.properties.modified = datetime(2026, 2, 6)
    wb.save(HERE / "remit_report.xlsx")


def main() -> None:
    clinic_pm_export()
    payer_portal_workbook()
    medicaid_ra()
    family_statement()
    remit_report_workbook()
    print(f"wrote samples to {HERE}")


if __name__ == "__main__":
    main()
