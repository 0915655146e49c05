"""Write a HELD-OUT set of synthetic spreadsheet / CSV EOB exports (with truth files) into a folder: an honest
measurement of the sheet reader on export dialects nobody developing it has seen. None of these repeats the five
dev dialects of samples/sheets/ (clinic PM CSV with Mod1/Mod2, payer-portal workbook with "Procedure/Modifier",
semicolon Medicaid RA, family statement TSV, clearinghouse remit report with "NOS"/"Submitted").

Run:  python bench/heldout_sheets/make_heldout_sheets.py [OUT_DIR]   (default: a new temp folder, printed)
Then: python bench/sheet_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the files this writes: the reader must not be tuned on them.
Every name, number, payer, clinic and ID is invented. Output is deterministic (no clock, seeded randomness,
fixed workbook properties).

Truth (<file>.truth.json): the format of samples/pdf/*.truth.json with "page": null, "sheet" (name, or null for
CSV/text) and "row" (1-based row number as a spreadsheet program shows it). Printed values only: a value the
export does not print is null (modifiers/remarks/adjustments: empty). "patient" is as printed; where the export
splits last and first name into two columns it is "Last, First". Rows with amounts but no procedure code
(interest, payment-level adjustments, recoupments) are not service lines: they are listed under "non_lines".

Dialects (what real export each is modelled on):
  h01 kareo_era_payments.csv      Kareo/Tebra-style ERA payment detail: utf-8, comma, Patient Last / First columns,
                                  Mod 1..Mod 4, M/D/YY dates, "Adj Reason Codes" with amounts in one cell
                                  ("CO-45: 51.50 | PR-2: 19.70"), Contractual Adj column, report footer
  h02 webpt_remittance.xlsx       WebPT-style remittance workbook: "Summary" sheet without lines, "Remit Detail"
                                  with merged title, Excel real dates, numeric amounts, "Modifiers" as "GP, 59",
                                  separate Adj Group / CARC / Adj Amt column pairs, claim subtotal rows
  h03 simplepractice_payments.csv SimplePractice-style insurance payment report: utf-8-sig, no title, ISO dates,
                                  plain numbers "1234.5", Copay / Deductible / Coinsurance, codes only in
                                  "Adjustment Codes" (no amounts), an interest row without a code
  h04 therapynotes_era.tsv        TherapyNotes-style ERA export: tab, cp1252, "Svc Dt" 05-Jan-2026, "CPT Code"
                                  as "97530-GO", "$1,234.50" money, CARC / RARC columns, title + footer rows
  h05 availity_remit.csv          Availity-style remittance viewer download: comma, "Payer Claim Control #",
                                  "Patient Account #", "Check/EFT #", trailing-minus "45.00-" reversal,
                                  one adjustment per Adj Group/Adj Reason/Adj Amount triple, denied line
  h06 waystar_remit.xlsx          Waystar-style remit detail: one sheet per check plus "Report Criteria" (no lines),
                                  text dates "2026-01-05" and numbers stored as text, glued "97530GO59",
                                  units "1.000", Check # / Deposit Date, a PLB-style provider adjustment row
  h07 officeally_era.txt          Office Ally-style ERA text report: pipe-delimited, cp1252, ICN, From/Thru,
                                  code and modifiers space-separated "97530 GO 59", blank rows between claims,
                                  "Claim Total" subtotals, "(45.00)" negatives for a reversal
  h08 member_portal_claims.csv    payer portal "download claims" (member side): comma, MM/DD/YYYY, code in
                                  "Procedure Code" + "Description", Not Covered / Plan Discount columns,
                                  "Status" Denied, no adjustment codes
  h09 hsa_claims_export.csv       HSA/FSA administrator claims export: semicolon, utf-8-sig, "Insurance Paid" vs
                                  "Reimbursed from HSA" (not the plan's money), "Patient Responsibility"
  h10 medicaid_portal_claims.csv  state Medicaid provider portal claim-status CSV: comma, cp1252, ICN, Recipient
                                  Last/First, First/Last DOS, Mod 1..Mod 4, CARC/RARC codes without group,
                                  a void with negative units and amounts
  h11 billing_month_end.xlsx      billing service month-end payment report: one sheet per payer, merged title,
                                  "Deposit Date", Excel dates, "Proc"/"Mod"/"Qty", Grp/Rsn/Adj Amt columns,
                                  payer subtotals, a "Totals" sheet without lines
  h12 clearinghouse_835_flat.tsv  clearinghouse 835-to-spreadsheet flattening: tab, utf-8, one row per service line
                                  with claim fields repeated, "Svc Dt From"/"Svc Dt To", "Proc" "HC:97110:GP",
                                  RARC in "Remark Codes", claim-level interest row
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
C = Decimal("0.01")
Z = Decimal("0.00")


def d(x) -> Decimal:
    return Decimal(str(x)).quantize(C, ROUND_HALF_UP)


# ------------------------------------------------------------------------------------------ the data

FEE = {"97530": 95, "97110": 80, "97112": 88, "97140": 78, "97535": 85, "97533": 92, "97760": 110,
       "97763": 98, "97116": 76, "92507": 160, "92523": 310, "92526": 150, "97165": 210, "97166": 235,
       "97167": 260, "97161": 180, "97162": 205, "97168": 150, "99213": 145, "99214": 215,
       "L3808": 312.50, "L1906": 168.75}
UNTIMED = {"92507", "92523", "92526", "97165", "97166", "97167", "97161", "97162", "97168", "99213", "99214",
           "L3808", "L1906"}
POOLS = {
    "OT": [("97530", ("GO",)), ("97535", ("GO",)), ("97533", ("GO",)), ("97165", ("GO",)), ("97760", ("GO",)),
           ("97530", ("GO", "59")), ("97168", ("GO",)), ("97140", ("GO", "59")), ("97166", ("GO",))],
    "PT": [("97110", ("GP",)), ("97112", ("GP",)), ("97140", ("GP",)), ("97116", ("GP",)), ("97161", ("GP",)),
           ("97162", ("GP",)), ("97110", ("GP", "KX")), ("97763", ("GP",))],
    "SLP": [("92507", ("GN",)), ("92523", ("GN",)), ("92526", ("GN",))],
    "OV": [("99213", ()), ("99214", ("25",))],
    "DME": [("L3808", ("RT",)), ("L1906", ("LT",))],
}


@dataclass
class L:
    claim: str
    icn: str
    first: str
    last: str
    member: str
    dos: date
    code: str
    mods: tuple[str, ...]
    units: int
    billed: Decimal
    allowed: Decimal
    ded: Decimal = Z
    copay: Decimal = Z
    coins: Decimal = Z
    denied: str | None = None  # "CO-197"
    remarks: tuple[str, ...] = ()
    provider: str = ""
    sign: int = 1  # -1: a reversal, every amount negative

    @property
    def pr(self) -> Decimal:
        return self.ded + self.copay + self.coins

    @property
    def paid(self) -> Decimal:
        return self.allowed - self.pr

    @property
    def co(self) -> Decimal:
        return self.billed - self.allowed

    @property
    def patient(self) -> str:
        return f"{self.first} {self.last}"

    def adjs(self) -> list[tuple[str, str, Decimal]]:
        if self.denied:
            g, r = self.denied.split("-")
            return [(g, r, self.billed)]
        out = []
        if self.co:
            out.append(("CO", "45", self.co))
        for r, v in (("1", self.ded), ("2", self.coins), ("3", self.copay)):
            if v:
                out.append(("PR", r, v))
        return out


def reversal(ln: L, claim: str, icn: str, dos_shift: int = 0) -> L:
    n = -1
    return replace(ln, claim=claim, icn=icn, billed=ln.billed * n, allowed=ln.allowed * n, ded=ln.ded * n,
                   copay=ln.copay * n, coins=ln.coins * n, sign=-1, dos=ln.dos + timedelta(days=dos_shift))


def make_claims(seed: int, cprefix: str, iprefix: str, people: list[tuple[str, str, str]], start: date,
                n_claims: int, kinds: tuple[str, ...], provider: str = "", denied: str | None = None) -> list[L]:
    """Seeded claims of 1-3 lines with consistent arithmetic. ``denied`` makes the last line of claim 2 denied."""
    rng = random.Random(seed)
    out: list[L] = []
    for k in range(n_claims):
        first, last, member = people[k % len(people)]
        dos = start + timedelta(days=7 * k + rng.randint(0, 2))
        kind = kinds[k % len(kinds)]
        pool = POOLS[kind]
        nlines = 1 if kind in ("OV", "DME") else rng.randint(1, 3)
        picks = rng.sample(pool, min(nlines, len(pool)))
        share = rng.choice(["copay", "ded", "coins", "coins10", "none"])
        pct = Decimal(rng.choice(["0.72", "0.75", "0.80", "0.81", "0.85"]))
        for i, (code, mods) in enumerate(picks):
            units = 1 if code in UNTIMED else rng.randint(1, 4)
            billed = d(Decimal(str(FEE[code])) * units)
            allowed = d(billed * pct)
            ded = copay = coins = Z
            if share == "copay" and i == 0:
                copay = min(allowed, d(rng.choice([20, 25, 30, 40])))
            elif share == "ded" and i == 0:
                ded = min(allowed, d(rng.choice([50, 75, 120, 150])))
            if share in ("coins", "coins10"):
                coins = d((allowed - ded - copay) * (Decimal("0.2") if share == "coins" else Decimal("0.1")))
            ln = L(f"{cprefix}{k + 1:04d}", f"{iprefix}{k + 1:05d}", first, last, member, dos, code, mods, units,
                   billed, allowed, ded, copay, coins, provider=provider)
            out.append(ln)
        if denied and k == 1:
            last_ln = out[-1]
            out[-1] = replace(last_ln, allowed=Z, ded=Z, copay=Z, coins=Z, denied=denied,
                              remarks=("N54",) if denied.endswith("197") else ("M15",))
    return out


# ------------------------------------------------------------------------------------------ formats

def money(x: Decimal, style: str = "plain") -> str:
    a = abs(x)
    s = {"dollar": f"${a:,.2f}", "comma": f"{a:,.2f}", "plain": f"{a:.2f}"}[style]
    if x < 0:
        return f"-{s}"
    return s


def money_neg(x: Decimal, style: str, neg: str) -> str:
    """neg: 'paren' -> (45.00), 'trail' -> 45.00-, 'minus' -> -45.00."""
    s = money(abs(x), style)
    if x >= 0:
        return s
    return {"paren": f"({s})", "trail": f"{s}-", "minus": f"-{s}"}[neg]


def short(x: Decimal) -> str:
    """1234.5 / 80 / 12.25: a system that writes numbers without fixed decimals."""
    return f"{x.normalize():f}"


def mdy(x: date) -> str:
    return x.strftime("%m/%d/%Y")


def mdyy(x: date) -> str:
    return f"{x.month}/{x.day}/{x.strftime('%y')}"


def dmon(x: date) -> str:
    return x.strftime("%d-%b-%Y")


# ------------------------------------------------------------------------------------------ tables + truth

class Table:
    """Rows in spreadsheet order; knows each row's 1-based number."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name
        self.rows: list[list] = []
        self.merges: list[str] = []
        self.formats: dict[tuple[int, int], str] = {}

    def add(self, row: list | None = None) -> int:
        self.rows.append(list(row or []))
        return len(self.rows)


@dataclass
class Truth:
    layout: str
    model: str
    description: str
    lines: list[dict] = field(default_factory=list)
    non_lines: list[dict] = field(default_factory=list)

    def line(self, ln: L, t: Table, row: int, shown: set[str], adj: str = "full", patient: str | None = None,
             claim_id: str | None = "claim", payer_claim_id: str | None = "icn", units: str | None = None,
             service_end: date | None = None, remarks: bool = True) -> None:
        def m(f: str, v: Decimal) -> str | None:
            return str(d(v)) if f in shown else None

        adjs = ln.adjs()
        if adj == "full":
            a = [[g, r, str(d(v))] for g, r, v in adjs]
        elif adj == "codes":
            a = [[g, r, None] for g, r, _ in adjs]
        elif adj == "reasons":
            a = [["", r, None] for _g, r, _ in adjs]
        else:
            a = []
        self.lines.append({
            "page": None, "sheet": t.name, "row": row,
            "claim_id": ln.claim if claim_id == "claim" else claim_id,
            "payer_claim_id": ln.icn if payer_claim_id == "icn" else payer_claim_id,
            "patient": patient if patient is not None else ln.patient,
            "service_date": ln.dos.isoformat(), "service_end": service_end.isoformat() if service_end else None,
            "code": ln.code, "modifiers": list(ln.mods) if "modifiers" in shown else [],
            "units": units if units is not None else (str(ln.units * ln.sign) if "units" in shown else None),
            "billed": m("billed", ln.billed), "allowed": m("allowed", ln.allowed), "paid": m("paid", ln.paid),
            "patient_owes": m("patient_owes", ln.pr), "deductible": m("deductible", ln.ded),
            "copay": m("copay", ln.copay), "coinsurance": m("coinsurance", ln.coins),
            "not_covered": None, "discount": None, "adjustments": a,
            "remarks": list(ln.remarks) if remarks else [], "description": None,
        })

    def non_line(self, t: Table, row: int, kind: str, amount: Decimal, text: str) -> None:
        self.non_lines.append({"page": None, "sheet": t.name, "row": row, "kind": kind, "amount": str(d(amount)),
                               "text": text})

    def dump(self, path: Path) -> None:
        body = {"layout": self.layout, "models": self.model, "description": self.description,
                "lines": self.lines, "non_lines": self.non_lines}
        path.with_name(path.name + ".truth.json").write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


def write_text(path: Path, t: Table, delim: str, encoding: str, eol: str = "\r\n") -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol)
    for r in t.rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue()
    if encoding == "utf-8-sig":
        path.write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
    else:
        path.write_bytes(data.encode(encoding))


def write_xlsx(path: Path, tables: list[Table], created: datetime) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t.name)
        for ri, r in enumerate(t.rows, start=1):
            for ci, v in enumerate(r, start=1):
                if v is None or v == "":
                    continue
                if isinstance(v, Decimal):
                    cell = ws.cell(ri, ci, float(v))
                    cell.number_format = t.formats.get((0, ci), '#,##0.00;(#,##0.00)')
                elif isinstance(v, date):
                    cell = ws.cell(ri, ci, datetime(v.year, v.month, v.day))
                    cell.number_format = t.formats.get((1, ci), "mm/dd/yyyy")
                else:
                    ws.cell(ri, ci, v)
        for rng in t.merges:
            ws.merge_cells(rng)
            ws[rng.split(":")[0]].font = Font(bold=True, size=13)
    wb.properties.creator = "eobreader held-out generator"
    wb.properties.created = wb.properties.modified = created
    wb.save(path)


PEOPLE_A = [("Tobias", "Quennell", "KQ4410023"), ("Marisol", "Aberdeen", "KQ4410157"), ("Finn", "Oyelaran", "KQ4419930")]
PEOPLE_B = [("Hazel", "Strand", "W88120034"), ("Rowan", "Ibsen", "W88120712")]
PEOPLE_C = [("Priya", "Vantongeren", "SP-20017"), ("Caleb", "Mwangi", "SP-20044"), ("Lucía", "Ferreira", "SP-20101")]
PEOPLE_D = [("Renée", "Castellanos", "TN0081"), ("Amos", "Kowalczyk", "TN0112")]
PEOPLE_E = [("Jonah", "Pettigrew", "AV77120045"), ("Sadie", "Lindahl", "AV77120046"), ("Omar", "Hakimi", "AV77121180")]


# ------------------------------------------------------------------------------------------ dialects

def h01_kareo(out: Path) -> None:
    lines = make_claims(101, "KT", "2226010", PEOPLE_A, date(2026, 1, 5), 6, ("OT", "PT", "OT", "DME"),
                        provider="Glenna Marsh, OTR/L", denied="CO-197")
    rev = reversal(lines[0], "KT0001", "2226010R0001", 0)
    lines.append(rev)
    tr = Truth("h01_kareo_era_payments", "Kareo/Tebra ERA payment detail CSV", "utf-8 comma CSV, two title rows, "
               "Patient Last/First, Mod 1..Mod 4, M/D/YY dates, adjustments with amounts in one cell, footer")
    t = Table(None)
    t.add(["ERA Payment Detail Report"])
    t.add(["Practice: Larkspur Pediatric Therapy LLC", "", "", "Date Range: 1/1/26 - 1/31/26"])
    t.add(["Patient Last", "Patient First", "Date Of Service", "Proc", "Mod 1", "Mod 2", "Mod 3", "Mod 4",
           "Units Billed", "Charge Amt", "Allowed Amt", "Contractual Adj", "Ins Payment", "Pt Resp",
           "Adj Reason Codes", "Remark Codes", "Claim ID", "Payer Claim #", "Rendering Provider", "Payer",
           "Check #", "Check Date"])
    tot = [Z, Z, Z]
    for ln in lines:
        mods = list(ln.mods) + [""] * (4 - len(ln.mods))
        adj = " | ".join(f"{g}-{r}: {money_neg(v, 'plain', 'minus')}" for g, r, v in ln.adjs())
        co = sum((v for g, _r, v in ln.adjs() if g == "CO"), Z)
        row = t.add([ln.last, ln.first, mdyy(ln.dos), ln.code, *mods, str(ln.units * ln.sign),
                     money_neg(ln.billed, "plain", "minus"), money_neg(ln.allowed, "plain", "minus"),
                     money_neg(co, "plain", "minus"), money_neg(ln.paid, "plain", "minus"),
                     money_neg(ln.pr, "plain", "minus"), adj, " ".join(ln.remarks), ln.claim, ln.icn, ln.provider,
                     "Cobalt Ridge Health Plan", "EFT88213307", "1/30/26"])
        tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "patient_owes"},
                patient=f"{ln.last}, {ln.first}")
        tot = [tot[0] + ln.billed, tot[1] + ln.paid, tot[2] + ln.pr]
    t.add(["Totals", "", "", "", "", "", "", "", "", money(tot[0]), "", "", money(tot[1]), money(tot[2])])
    t.add([])
    t.add(["Printed 02/02/2026 by billing1 - Page 1 of 1"])
    p = out / "kareo_era_payments.csv"
    write_text(p, t, ",", "utf-8")
    tr.dump(p)


def h02_webpt(out: Path) -> None:
    lines = make_claims(202, "WPT-", "EM26", PEOPLE_B, date(2026, 1, 6), 5, ("PT", "PT", "OT"),
                        provider="Dmitri Ashdown, PT", denied="CO-50")
    tr = Truth("h02_webpt_remittance", "WebPT-style remittance workbook", "xlsx: Summary sheet without lines, "
               "detail sheet with merged title, Excel dates, numeric money, 'GP, 59' modifiers, group/CARC/amount "
               "pairs in columns, claim subtotal rows")
    summ = Table("Summary")
    summ.add(["Remittance Summary"])
    summ.add(["Payer", "Wexford Mutual"])
    summ.add(["EFT Trace", "1WX0058813"])
    summ.add(["Payment Amount", sum((ln.paid for ln in lines), Z)])
    summ.add(["Claims", len({ln.claim for ln in lines})])
    t = Table("Remit Detail")
    t.add(["Wexford Mutual - Remittance Detail - EFT 1WX0058813"])
    t.merges.append("A1:P1")
    t.add([])
    t.add(["Claim ID", "Payer Claim #", "Patient Name", "Member ID", "Date Of Service", "CPT Code", "Modifiers",
           "Units", "Billed Amount", "Allowed Amt", "Insurance Paid", "Patient Responsibility", "Adj Group 1",
           "CARC 1", "Adj Amt 1", "Adj Group 2", "CARC 2", "Adj Amt 2", "RARC"])
    claims: dict[str, list[L]] = {}
    for ln in lines:
        claims.setdefault(ln.claim, []).append(ln)
    for cl in claims.values():
        for ln in cl:
            a = ln.adjs()[:2]
            cells: list = []
            for g, r, v in a:
                cells += [g, r, v]
            cells += [""] * (6 - len(cells))
            row = t.add([ln.claim, ln.icn, f"{ln.last}, {ln.first}", ln.member, ln.dos, ln.code, ", ".join(ln.mods),
                         ln.units, ln.billed, ln.allowed, ln.paid, ln.pr, *cells, " ".join(ln.remarks)])
            full = len(ln.adjs()) <= 2
            tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "patient_owes"},
                    adj="full" if full else "none", patient=f"{ln.last}, {ln.first}")
            if not full:
                tr.lines[-1]["adjustments"] = [[g, r, str(d(v))] for g, r, v in a]
        t.add(["", "", "", "", "", "Claim Subtotal", "", "", sum((x.billed for x in cl), Z),
               sum((x.allowed for x in cl), Z), sum((x.paid for x in cl), Z), sum((x.pr for x in cl), Z)])
    t.add([])
    t.add(["", "", "", "", "", "Remit Total", "", "", sum((x.billed for x in lines), Z), "",
           sum((x.paid for x in lines), Z), sum((x.pr for x in lines), Z)])
    p = out / "webpt_remittance.xlsx"
    write_xlsx(p, [summ, t], datetime(2026, 2, 3, 9, 0))
    tr.dump(p)


def h03_simplepractice(out: Path) -> None:
    lines = make_claims(303, "SP", "SPX9", PEOPLE_C, date(2026, 1, 8), 6, ("SLP", "OT", "OV"),
                        provider="Ines Dalgaard, CCC-SLP")
    tr = Truth("h03_simplepractice_payments", "SimplePractice-style insurance payment report",
               "utf-8-sig comma CSV, no title, ISO dates, plain numbers without trailing zeros, copay/deductible/"
               "coinsurance columns, adjustment codes without amounts, an interest row without a code")
    t = Table(None)
    t.add(["Payment Date", "Insurance Payer", "Client", "Date of Service", "Service Code", "Modifiers", "Units",
           "Billed Amount", "Allowed Amount", "Insurance Paid", "Patient Responsibility", "Copay", "Deductible",
           "Coinsurance", "Adjustment Codes", "Remark Codes", "Claim ID"])
    for i, ln in enumerate(lines):
        row = t.add(["2026-02-04", "Juniper Valley Health", ln.patient, ln.dos.isoformat(), ln.code,
                     " ".join(ln.mods), ln.units, short(ln.billed), short(ln.allowed), short(ln.paid), short(ln.pr),
                     short(ln.copay), short(ln.ded), short(ln.coins), ", ".join(f"{g}{r}" for g, r, _ in ln.adjs()),
                     "", ln.claim])
        tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "patient_owes", "copay",
                             "deductible", "coinsurance"}, adj="codes", payer_claim_id=None)
        if i == 3:
            row = t.add(["2026-02-04", "Juniper Valley Health", ln.patient, "", "", "", "", "", "", "2.17", "", "",
                         "", "", "", "", ln.claim])
            tr.non_line(t, row, "interest", d("2.17"), "prompt-pay interest on the claim, no service code")
    p = out / "simplepractice_payments.csv"
    write_text(p, t, ",", "utf-8-sig", eol="\n")
    tr.dump(p)


def h04_therapynotes(out: Path) -> None:
    lines = make_claims(404, "TN-", "6025011", PEOPLE_D, date(2026, 1, 5), 5, ("OT", "SLP"), denied="CO-96")
    tr = Truth("h04_therapynotes_era", "TherapyNotes-style ERA export", "tab-separated text, cp1252 names, "
               "05-Jan-2026 dates, '97530-GO' code cells, '$1,234.50' money, CARC/RARC code columns without amounts")
    t = Table(None)
    t.add(["Electronic Remittance Advice"])
    t.add(["Payer: Saltmarsh Benefit Administrators", "Check #: 004417223", "Check Date: 01/29/2026"])
    t.add([])
    t.add(["Patient Name", "Svc Dt", "CPT Code", "Qty", "Billed Amount", "Allowed Amt", "Pmt Amt", "Pt Resp",
           "CARC", "RARC", "Claim ID", "ICN"])
    for ln in lines:
        cc = ln.code + ("-" + "-".join(ln.mods) if ln.mods else "")
        row = t.add([ln.patient, dmon(ln.dos), cc, ln.units, money(ln.billed, "dollar"), money(ln.allowed, "dollar"),
                     money(ln.paid, "dollar"), money(ln.pr, "dollar"),
                     ", ".join(f"{g}{r}" for g, r, _ in ln.adjs()), ", ".join(ln.remarks), ln.claim, ln.icn])
        tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "patient_owes"}, adj="codes")
    t.add([])
    t.add(["Total Paid", "", "", "", "", "", money(sum((x.paid for x in lines), Z), "dollar")])
    t.add(["CARC 45: charge exceeds the fee arrangement. CARC 96: non-covered charge."])
    p = out / "therapynotes_era.tsv"
    write_text(p, t, "\t", "cp1252")
    tr.dump(p)


def h05_availity(out: Path) -> None:
    lines = make_claims(505, "ACCT", "PCN260", PEOPLE_E, date(2026, 1, 7), 5, ("PT", "OV", "OT"), denied="CO-197")
    lines.append(reversal(lines[2], lines[2].claim, lines[2].icn + "R", 0))
    tr = Truth("h05_availity_remit", "Availity-style remittance viewer CSV download",
               "comma CSV, check/payer header columns repeated on every row, trailing-minus reversal amounts, "
               "up to three Adj Group/Adj Reason/Adj Amount triples per row")
    t = Table(None)
    t.add(["Payer", "Check/EFT #", "Check Date", "Patient Account #", "Payer Claim Control #", "Patient Name",
           "Member ID", "Service Date", "Proc", "Mod", "Units", "Charge", "Allowed", "Deductible", "Coins", "Copay",
           "Paid", "Adj Group", "Adj Reason", "Adj Amount", "Adj Group", "Adj Reason", "Adj Amount", "Adj Group",
           "Adj Reason", "Adj Amount", "Remark Codes"])
    for ln in lines:
        cells: list = []
        for g, r, v in ln.adjs()[:3]:
            cells += [g, r, money_neg(v, "plain", "trail")]
        cells += [""] * (9 - len(cells))
        row = t.add(["BRIGHTWATER HEALTH", "883104421", "01/28/2026", ln.claim, ln.icn, ln.patient.upper(),
                     ln.member, mdy(ln.dos), ln.code, " ".join(ln.mods), ln.units,
                     *(money_neg(v, "plain", "trail") for v in (ln.billed, ln.allowed, ln.ded, ln.coins, ln.copay,
                                                                 ln.paid)),
                     *cells, " ".join(ln.remarks)])
        tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "deductible", "copay",
                             "coinsurance"}, patient=ln.patient.upper())
        tr.lines[-1]["units"] = str(ln.units)
    p = out / "availity_remit.csv"
    write_text(p, t, ",", "utf-8")
    tr.dump(p)


def h06_waystar(out: Path) -> None:
    a = make_claims(606, "WS", "31260", PEOPLE_A, date(2026, 1, 12), 3, ("OT", "OT"), provider="Larkspur Peds")
    b = make_claims(616, "WS", "31270", PEOPLE_B, date(2026, 1, 13), 3, ("PT", "DME"), provider="Larkspur Peds")
    tr = Truth("h06_waystar_remit", "Waystar-style remit detail workbook", "xlsx: one sheet per check plus a "
               "criteria sheet, text dates YYYY-MM-DD, numbers stored as text, glued code+modifiers, units 1.000, "
               "a provider-level adjustment row (no code)")
    crit = Table("Report Criteria")
    crit.add(["Report", "Remit Detail"])
    crit.add(["Run By", "jdoe_billing"])
    crit.add(["Deposit Date From", "2026-01-15"])
    crit.add(["Deposit Date To", "2026-01-31"])
    sheets = [crit]
    for chk, lines, dep in (("Check 100245", a, "2026-01-20"), ("Check 100311", b, "2026-01-27")):
        t = Table(chk)
        t.add([f"Remit Detail - {chk} - Deposit Date {dep}"])
        t.add([])
        t.add([])
        t.add(["Check #", "Deposit Date", "Claim ID", "ICN", "Patient Name", "Svc Dt", "Proc", "Qty",
               "Charge Amt", "Allowed Amt", "Pmt Amt", "Pt Resp", "Adj Reason Codes", "Remark Codes"])
        for ln in lines:
            adj = "; ".join(f"{g}-{r} {money(v)}" for g, r, v in ln.adjs())
            row = t.add([chk.split()[1], dep, ln.claim, ln.icn, f"{ln.last.upper()}, {ln.first.upper()}",
                         ln.dos.isoformat(), ln.code + "".join(ln.mods), f"{ln.units:.3f}", money(ln.billed),
                         money(ln.allowed), money(ln.paid), money(ln.pr), adj, ""])
            tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "patient_owes"},
                    patient=f"{ln.last.upper()}, {ln.first.upper()}")
        if chk == "Check 100311":
            row = t.add([chk.split()[1], dep, "", "", "", "", "", "", "", "", "-35.00", "", "WO 35.00", ""])
            tr.non_line(t, row, "provider_adjustment", d("-35.00"), "PLB-style withholding, no claim or code")
        t.add(["", "", "", "", "", "", "", "Total", money(sum((x.billed for x in lines), Z)), "",
               money(sum((x.paid for x in lines), Z) - (d(35) if chk == "Check 100311" else Z))])
        sheets.append(t)
    p = out / "waystar_remit.xlsx"
    write_xlsx(p, sheets, datetime(2026, 1, 31, 17, 5))
    tr.dump(p)


def h07_officeally(out: Path) -> None:
    lines = make_claims(707, "OA", "1926017", PEOPLE_C, date(2026, 1, 9), 4, ("OT", "SLP", "PT"))
    lines.append(reversal(lines[0], "OA0001", "1926017R9001", 0))
    tr = Truth("h07_officeally_era", "Office Ally-style ERA text report", "pipe-delimited .txt, cp1252, ICN, "
               "From/Thru dates, 'CODE MOD MOD' cells, blank rows between claims, claim totals, (45.00) negatives")
    t = Table(None)
    t.add(["OFFICE ERA REPORT", "PAYEE LARKSPUR PEDIATRIC THERAPY", "NPI 1093817745"])
    t.add(["ICN", "Claim ID", "Patient Last", "Patient First", "From", "Thru", "Proc", "Units", "Billed",
           "Allowed", "Ded", "Coins", "Copay", "Paid", "Adjustments", "Remarks"])
    claims: dict[str, list[L]] = {}
    for ln in lines:
        claims.setdefault(ln.icn, []).append(ln)
    for cl in claims.values():
        for ln in cl:
            f = mdy(ln.dos)
            row = t.add([ln.icn, ln.claim, ln.last, ln.first, f, f, " ".join((ln.code, *ln.mods)), ln.units,
                         *(money_neg(v, "comma", "paren") for v in (ln.billed, ln.allowed, ln.ded, ln.coins,
                                                                     ln.copay, ln.paid)),
                         ", ".join(f"{g} {r} {money_neg(v, 'comma', 'paren')}" for g, r, v in ln.adjs()),
                         " ".join(ln.remarks)])
            tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "deductible", "coinsurance",
                                 "copay"}, patient=f"{ln.last}, {ln.first}", service_end=ln.dos, units=str(ln.units))
        t.add(["", "", "", "", "", "", "CLAIM TOTAL", "", money_neg(sum((x.billed for x in cl), Z), "comma", "paren"),
               "", "", "", "", money_neg(sum((x.paid for x in cl), Z), "comma", "paren")])
        t.add([])
    p = out / "officeally_era.txt"
    write_text(p, t, "|", "cp1252")
    tr.dump(p)


def h08_member_portal(out: Path) -> None:
    lines = make_claims(808, "", "E2601", [("Wren", "Halvorsen", "XJH400122301")], date(2026, 1, 6), 5,
                        ("OT", "OV", "OT"), provider="Larkspur Pediatric Therapy", denied="CO-204")
    tr = Truth("h08_member_portal_claims", "payer member-portal 'Download claims' CSV", "comma CSV, MM/DD/YYYY, "
               "code plus description, 'Your Plan Paid', 'Amount You Owe', Plan Discount, Status column, no "
               "adjustment codes")
    desc = {"97530": "Therapeutic activities", "97535": "Home management training", "97533": "Sensory processing",
            "97165": "OT evaluation", "97760": "Orthotic fitting", "97140": "Manual therapy", "97168": "OT re-eval",
            "97166": "OT evaluation", "99213": "Office visit", "99214": "Office visit"}
    t = Table(None)
    t.add(["Claim Number", "Patient", "Provider", "Date Of Service", "Procedure Code", "Description",
           "Amount Billed", "Plan Discount", "Not Covered", "Allowed Amt", "Your Plan Paid", "Deductible", "Copay",
           "Coinsurance", "Amount You Owe", "Status"])
    for ln in lines:
        status = "Denied" if ln.denied else "Processed"
        row = t.add([ln.icn, ln.patient, ln.provider, mdy(ln.dos), ln.code, desc.get(ln.code, "Therapy service"),
                     money(ln.billed, "dollar"), money(Z if ln.denied else ln.co, "dollar"),
                     money(ln.billed if ln.denied else Z, "dollar"), money(ln.allowed, "dollar"),
                     money(ln.paid, "dollar"), money(ln.ded, "dollar"), money(ln.copay, "dollar"),
                     money(ln.coins, "dollar"), money(ln.pr, "dollar"), status])
        tr.line(ln, t, row, {"billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance"},
                adj="none", claim_id=None, payer_claim_id="icn", remarks=False)
        tr.lines[-1]["discount"] = str(d(Z if ln.denied else ln.co))
        tr.lines[-1]["not_covered"] = str(d(ln.billed if ln.denied else Z))
    p = out / "member_portal_claims.csv"
    write_text(p, t, ",", "utf-8")
    tr.dump(p)


def h09_hsa(out: Path) -> None:
    lines = make_claims(909, "", "", [("Ivo", "Brennan", "")], date(2026, 1, 14), 4, ("PT", "OV"))
    tr = Truth("h09_hsa_claims_export", "HSA/FSA administrator claims export", "semicolon CSV, utf-8-sig, "
               "'Insurance Paid' beside 'Reimbursed from HSA' (member's own account money), 'Patient "
               "Responsibility', code with its modifier in 'CPT/HCPCS' as '97110 GP'")
    t = Table(None)
    t.add(["Account Holder: Ivo Brennan", "Account: HSA ****8831"])
    t.add(["Claim Date", "Date of Service", "Patient", "Provider", "CPT/HCPCS", "Billed Amount", "Insurance Paid",
           "Patient Responsibility", "Reimbursed from HSA", "Claim Status"])
    for ln in lines:
        row = t.add([mdy(ln.dos + timedelta(days=12)), mdy(ln.dos), ln.patient, "Harbor Lights Physical Therapy",
                     " ".join((ln.code, *ln.mods)), money(ln.billed, "dollar"), money(ln.paid, "dollar"),
                     money(ln.pr, "dollar"), money(ln.pr, "dollar"), "Reimbursed"])
        tr.line(ln, t, row, {"modifiers", "billed", "paid", "patient_owes"}, adj="none", claim_id=None,
                payer_claim_id=None)
    p = out / "hsa_claims_export.csv"
    write_text(p, t, ";", "utf-8-sig")
    tr.dump(p)


def h10_medicaid(out: Path) -> None:
    people = [("Anaïs", "Robichaux", "900412275"), ("Benedikt", "Oyelowo", "900418810")]
    lines = make_claims(1010, "PCN", "26019", people, date(2026, 1, 5), 5, ("OT", "SLP", "PT"), denied="CO-16")
    lines = [replace(ln, ded=Z, copay=Z, coins=Z) for ln in lines]  # Medicaid: no member cost share
    void = reversal(lines[0], lines[0].claim, "26019V0001", 0)
    lines.append(void)
    tr = Truth("h10_medicaid_portal_claims", "state Medicaid provider portal claim-status CSV", "comma CSV, "
               "cp1252 names, title row, ICN, Recipient Last/First, First/Last DOS, Mod 1..Mod 4, CARC and "
               "RARC columns without group codes, a void with negative units and amounts")
    t = Table(None)
    t.add(["Claim Status Inquiry Results - Provider ID 7700412 - run 02/05/2026"])
    t.add(["ICN", "Patient Acct #", "Member ID", "Recipient Last", "Recipient First", "First DOS", "Last DOS",
           "Procedure", "Mod 1", "Mod 2", "Mod 3", "Mod 4", "Units", "Billed Amt", "Allowed Amt", "Paid Amt",
           "Status", "CARC", "RARC"])
    for ln in lines:
        mods = list(ln.mods) + [""] * (4 - len(ln.mods))
        status = "VOID" if ln.sign < 0 else ("DENIED" if ln.denied else "PAID")
        row = t.add([ln.icn, ln.claim, ln.member, ln.last.upper(), ln.first.upper(), mdyy(ln.dos), mdyy(ln.dos),
                     ln.code, *mods, f"{ln.units * ln.sign:.2f}", money(ln.billed), money(ln.allowed),
                     money(ln.paid), status, " ".join(r for _g, r, _ in ln.adjs()), " ".join(ln.remarks)])
        tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid"}, adj="reasons",
                patient=f"{ln.last.upper()}, {ln.first.upper()}", service_end=ln.dos)
    p = out / "medicaid_portal_claims.csv"
    write_text(p, t, ",", "cp1252")
    tr.dump(p)


def h11_billing_month_end(out: Path) -> None:
    tr = Truth("h11_billing_month_end", "billing service month-end payment report", "xlsx: one sheet per payer "
               "with merged title, Deposit Date, Excel dates, Proc/Mod/Qty, Grp/Rsn/Adj Amt columns (first two "
               "adjustments), payer subtotal, a Totals sheet without service lines, an interest row")
    sheets = []
    grand = []
    for name, seed, people, kinds in (("Cobalt Ridge", 1111, PEOPLE_A, ("OT", "PT")),
                                      ("Juniper Valley", 1112, PEOPLE_E, ("SLP", "OV", "DME"))):
        lines = make_claims(seed, "BS", f"{seed}-", people, date(2026, 1, 2), 4, kinds)
        t = Table(name)
        t.add([f"Month-End Payment Report - January 2026 - {name}"])
        t.merges.append("A1:N1")
        t.add(["Client: Larkspur Pediatric Therapy LLC"])
        t.add([])
        t.add(["Deposit Date", "Payer", "Patient Name", "Claim #", "Svc Dt", "Proc", "Mod", "Qty", "Charge Amt",
               "Pmt Amt", "Grp", "Rsn", "Adj Amt", "Grp", "Rsn", "Adj Amt", "Pt Resp"])
        extra = d("4.12") if name == "Juniper Valley" else Z
        for i, ln in enumerate(lines):
            a = ln.adjs()[:2]
            cells: list = []
            for g, r, v in a:
                cells += [g, r, v]
            cells += [""] * (6 - len(cells))
            row = t.add([date(2026, 1, 28), name, ln.patient, ln.claim, ln.dos, ln.code, " ".join(ln.mods),
                         ln.units, ln.billed, ln.paid, *cells, ln.pr])
            tr.line(ln, t, row, {"modifiers", "units", "billed", "paid", "patient_owes"}, payer_claim_id=None)
            if extra and i == 1:
                row = t.add([date(2026, 1, 28), name, ln.patient, ln.claim, "", "", "", "", "", extra, "", "",
                             "", "", "", "", ""])
                tr.non_line(t, row, "interest", extra, "late-payment interest, amount in Pmt Amt, no code")
        t.add([])
        t.add(["", "", "", "", "", "", "", f"{name} Total", sum((x.billed for x in lines), Z),
               sum((x.paid for x in lines), Z) + extra, "", "", "", "", "", "", sum((x.pr for x in lines), Z)])
        grand.append((name, sum((x.paid for x in lines), Z) + extra))
        sheets.append(t)
    tot = Table("Totals")
    tot.add(["Payer", "Payments"])
    for n, v in grand:
        tot.add([n, v])
    tot.add(["Grand Total", sum((v for _n, v in grand), Z)])
    p = out / "billing_month_end.xlsx"
    write_xlsx(p, sheets + [tot], datetime(2026, 2, 1, 8, 30))
    tr.dump(p)


def h12_flat835(out: Path) -> None:
    lines = make_claims(1212, "CLM", "ZB260", PEOPLE_D + PEOPLE_B, date(2026, 1, 19), 5, ("PT", "OT", "SLP"),
                        denied="CO-97")
    tr = Truth("h12_clearinghouse_835_flat", "clearinghouse 835-to-spreadsheet flattening (tab text)",
               "tab-separated utf-8, claim fields repeated on each row, 'HC:97110:GP' composite procedure, "
               "from/to date columns, group-reason-amount list in one cell, RARC column, claim-level interest row")
    t = Table(None)
    t.add(["Payer Name", "Payer Claim #", "Claim ID", "Patient Name", "Svc Dt From", "Svc Dt To", "Proc",
           "Units Billed", "Charge Amt", "Allowed Amt", "Ins Payment", "Pt Resp", "Adj Reason Codes", "Remark Codes"])
    for i, ln in enumerate(lines):
        row = t.add(["QUARRY HILL HEALTH PLAN", ln.icn, ln.claim, f"{ln.last.upper()}, {ln.first.upper()}",
                     ln.dos.strftime("%Y%m%d"), ln.dos.strftime("%Y%m%d"), ":".join(("HC", ln.code, *ln.mods)),
                     ln.units, money(ln.billed), money(ln.allowed), money(ln.paid), money(ln.pr),
                     " ".join(f"{g}*{r}*{money(v)}" for g, r, v in ln.adjs()), " ".join(ln.remarks)])
        tr.line(ln, t, row, {"modifiers", "units", "billed", "allowed", "paid", "patient_owes"},
                patient=f"{ln.last.upper()}, {ln.first.upper()}", service_end=ln.dos)
        if i == 2:
            row = t.add(["QUARRY HILL HEALTH PLAN", ln.icn, ln.claim, f"{ln.last.upper()}, {ln.first.upper()}",
                         "", "", "", "", "", "", "1.38", "", "", ""])
            tr.non_line(t, row, "interest", d("1.38"), "claim interest (CLP/AMT*I) flattened to its own row")
    p = out / "clearinghouse_835_flat.tsv"
    write_text(p, t, "\t", "utf-8", eol="\n")
    tr.dump(p)


DIALECTS = (h01_kareo, h02_webpt, h03_simplepractice, h04_therapynotes, h05_availity, h06_waystar,
            h07_officeally, h08_member_portal, h09_hsa, h10_medicaid, h11_billing_month_end, h12_flat835)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?")
    args = ap.parse_args(argv)
    out = Path(args.out_dir) if args.out_dir else Path(tempfile.mkdtemp(prefix="eob_heldout_sheets_"))
    if out.resolve().is_relative_to((ROOT / "samples").resolve()):
        print("refusing to write held-out sheets under samples/ (the reader must not see them)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in DIALECTS:
        fn(out)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
