"""Write the 83rd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds, two of each, in house styles unlike the earlier sets, for one honest measurement
of the PDF reader. Written by an independent test author without reading the reader, its tests or its accuracy
harness, and without ever running the reader on these files.

Run:  python bench/heldout83/make_heldout83_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout83/make_heldout83_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: bench/heldout83/h83.py (one page
model drawn by reportlab or fpdf2, a table writer that remembers each service's text rows, and the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, ``<name>.pdf.truth.json``), printed values only, null
for what a layout does not print (units null where no quantity is printed; service_end only where a different
through-date is printed); claim_id = the provider's own account / patient-control / visit / invoice number,
payer_claim_id = the payer's claim number / ICN / TCN / reference, patient exactly as printed (the person served,
never the subscriber or guarantor unless the same). Adjustments only where group + reason (+ amount) are printed for
the line; note / EOB / remark codes of the line as remarks. Amounts printed as negatives ("-95.00", "(95.00)",
"95.00CR") are negative in the truth. Claim totals as printed. Every name, number, payer, provider, address and ID
is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date).

Layouts (h83_ prefix; two of each of the five commonest kinds):
  a1 commercial member EOB for a family (4 people), portrait Liberation Sans: "Claim ID" / "Provider account" banner
     per claim, "Service" cell with wording then "97530 GO" (wrapped), no units, Amount billed / Member rate / Not
     covered / Deductible / Copay / Coinsurance / Plan paid / Your share / Note, a PR-denied line, a claim running
     onto page 2 under "(continued)" and a repeated header, numbered notes (reportlab)
  a2 employer-trust benefit administrator EOB, landscape DejaVu Serif Condensed: Svc Date / Proc / Mod / Svc Cnt /
     Provider Billed / Above Allowed / Plan Allowed / Other Ins Paid / Copay / Deductible / Coinsurance / Plan
     Payment / Member Resp. / Rmk, 4 family members, plain amounts, continued claim on page 2; PLANTED claim-total
     mismatch (Plan Payment total printed 10.00 high on one claim) (fpdf2)
  b1 Medicare Summary Notice in the older "Part B Medical Insurance - Assigned Claims" style, portrait Liberation
     Sans: Dates of Service / Services and Service Codes with the count before the wording ("4 Therapeutic ...
     (97530-GO)") / Amount Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes
     Section (letters), claim number per provider, "Claim Total" rows, a denied line, no provider account
     (claim_id null), notes on page 2, general information on page 3 (fpdf2)
  b2 Medicare Advantage PPO monthly member EOB, portrait core Helvetica: page-1 sidebar of out-of-pocket progress,
     claim heads "CLAIM ... Received ... Processed" with the provider's patient account, "Jan 13, 2026" dates,
     "97110 / GP" code cell, Qty, Provider charged / Plan allowed / Plan paid / Copay / Not covered / You owe /
     Note, per-visit copay, a denied line, a claim continued on page 2 (reportlab)
  c1 state Medicaid remittance advice, portal print with a fully ruled grid, portrait DejaVu Sans Condensed:
     PAID CLAIMS / DENIED CLAIMS sections, boxed shaded recipient rows (Recipient / ID / TCN / Pt Acct), Ln / From /
     To / Proc / Mod / Units "4.00" / Billed / Allowed / TPL / Paid / Status / EOB, a TPL-reduced claim, a claim
     continued across the page break under a repeated recipient row and header (reportlab)
  c2 state Medicaid "Remittance and Status" report, landscape Liberation Mono: patient blocks with a 17-digit claim
     number, Medicaid no., patient acct and medical record no., detail rows FROM / TO as MMDDYYYY, POS, TOS + PROC
     ("1 97530"), MOD, Qty billed / Billed chgs / Qty allowed / Allowed chgs / Paid amount / EOB, weekly span lines
     (service_end), an adjustment pair with the credit printed "147.40CR", claim totals, a payment summary on
     page 2; a denied line prints Qty allowed 0, units are the billed quantity (fpdf2)
  d1 clearinghouse print of a Medicare standard paper remit, landscape core Courier: NAME / MID / ACNT / ICN / ASG /
     MOA claim lines, PERF PROV / SERV DATE "0113 011326" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT /
     COINS / GRP/RC-AMT (extra adjustments on following text lines) / PROV PD, "REM:" line under a denied service,
     PT RESP and CLAIM TOTALS rows (PT RESP is claim-level only, left out of the truth totals), 2 pages with the
     page header and column header repeated (reportlab)
  d2 practice-management "Remittance Detail" posting report from a Medicare MAC remit, landscape DejaVu Sans
     Condensed with ruled rows: claim heads with Pt Acct / Payer ICN / status, DOS "01/13/2026" / CPT / Mod 1 /
     Mod 2 / Units / Charged / Allowed / Deductible / Coinsurance / Adj "CO-45" / Adj Amt (stacked) / Paid / Remark,
     a reversal claim with leading minus amounts and its correction (fpdf2)
  e1 outpatient therapy clinic family statement, portrait core Helvetica: detachable remittance stub, guarantor
     account, visit heading rows naming the child and the insurer's claim number, Date / Code / Mod / Description /
     Units / Charges / Insurance Paid / Adjustments (no codes, so not truth adjustments) / Your Balance, two visits
     with insurance "pending" (paid and balance null, payer claim null), visit totals, a patient payment row, 3
     children, page 2 under a repeated header, aging boxes (reportlab)
  e2 children's hospital summary statement for a family, portrait DejaVu Sans: an account section per child with
     hospital account number, Date / Rev / CPT-HCPCS / Description / Qty / Amount, a charge credit "(95.00)",
     account-level insurance payment rows with the claim number, account totals, 2 pages (fpdf2)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark, adjustment and date is in the text layer on the same text row(s) where that service was drawn; ids and
patients are in the document's text; the page count matches; billed - adjustments = paid where the layout prints
every adjustment with group, reason and amount; claim totals are printed and equal the sum of the lines, except the
planted mismatch, which really is one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h83 import Col, Doc, Fmt, Table, check_file, sw  # noqa: E402


def D(day: int, month: int = 1) -> date:
    return date(2026, month, day)


class Out:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.lines: list = []
        self.rows: list = []
        self.claims: list = []
        self.legend: list = []
        self.findings: list = []

    def add(self, s: Svc, ys: list, size: float, **kw):
        self.lines.append(truth_line(self.doc.n, s, **kw))
        self.rows.append((self.doc.n, ys, size))

    def claim(self, cid, pcn, patient, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcn, "patient": patient,
                            "totals": claim_totals(**tot)})


def mk(spec, fn) -> list[Svc]:
    out = []
    for t in spec:
        day, code, units, mods = t[:4]
        denied = t[4] if len(t) > 4 else None
        dos = D(day) if isinstance(day, int) else day
        out.append(fn(Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied)))
    return out


def dz(d: Decimal) -> str:
    return money(d, ",")


# ===================================================================================================== a1
def a1(out_dir: Path):
    doc = Doc(612, 792, font="LSans", size=7.4)
    o = Out(doc)
    F, B, S = "LSans", "LSans-B", 7.4
    fam = [("Dolores Fenwick-Abara", "Self"), ("Mateo Abara", "Son"), ("Lucia Abara", "Daughter"),
           ("Ignacio Abara", "Spouse")]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"),
                   copay_codes={"99213": Decimal("35.00")})
    claims = [
        ("Mateo Abara", "Son", "Bright Steps Pediatric Therapy", "E26-0104-77813", "BSP-44120",
         mk([(6, "97165", 1, ["GO"]), (6, "97530", 2, ["GO"]), (8, "97530", 3, ["GO"]), (8, "97535", 1, ["GO"]),
             (13, "97530", 3, ["GO", "59"]), (13, "97112", 1, ["GO"]), (15, "97530", 3, ["GO"]),
             (20, "97530", 2, ["GO"]), (20, "97535", 2, ["GO"]), (22, "97530", 3, ["GO"])],
            lambda s: commercial(s, st))),
        ("Lucia Abara", "Daughter", "Bright Steps Pediatric Therapy", "E26-0104-77822", "BSP-44131",
         mk([(7, "92523", 1, ["GN"]), (9, "92507", 1, ["GN"]), (14, "92507", 1, ["GN"]), (16, "92507", 1, ["GN"]),
             (21, "92507", 1, ["GN"]), (23, "92507", 1, ["GN"]), (23, "97129", 1, ["GN"], "PR"),
             (28, "92507", 1, ["GN"]), (28, "92526", 1, ["GN"]), (30, "92507", 1, ["GN"]),
             (30, "92526", 1, ["GN"])], lambda s: commercial(s, st))),
        ("Ignacio Abara", "Spouse", "Harbor Point Orthopedic Rehab", "E26-0111-30455", "HPO7781-02",
         mk([(12, "99213", 1, []), (12, "97161", 1, ["GP"]), (15, "97140", 2, ["GP"]), (15, "97110", 2, ["GP"]),
             (20, "97110", 3, ["GP", "KX"])], lambda s: commercial(s, st))),
        ("Dolores Fenwick-Abara", "Self", "Juniper Lane Hand Clinic", "E26-0118-02290", "JL-2201937",
         mk([(19, "97166", 1, ["GO"]), (19, "97760", 1, ["GO"]), (19, "L3807", 1, ["RT"]),
             (22, "97140", 2, ["GO"])], lambda s: commercial(s, st))),
    ]
    cols = [Col("Date of\nservice", 40, 40), Col("Service", 84, 120, wrap=True), Col("Amount\nbilled", 206, 40, "r"),
            Col("Member\nrate", 250, 40, "r"), Col("Not\ncovered", 294, 36, "r"),
            Col("Deductible", 334, 40, "r"), Col("Copay", 378, 32, "r"), Col("Coinsurance", 414, 44, "r"),
            Col("Plan\npaid", 462, 40, "r"), Col("Your\nshare", 506, 40, "r"), Col("Note", 552, 20, "c")]
    tb = Table(doc, cols, F, S, B, head_fill=0.88)

    def page_top(first: bool) -> float:
        doc.new_page()
        doc.t(40, 46, "LAKESHORE MUTUAL", B, 15)
        doc.t(40, 58, "Health Plan  |  Choice PPO 2500", F, 8)
        doc.t(572, 46, "Explanation of Benefits", B, 11, "r")
        doc.t(572, 58, "THIS IS NOT A BILL", B, 8, "r")
        doc.line(40, 66, 572, 66, 1.2)
        if first:
            doc.t(40, 84, "DOLORES FENWICK-ABARA", F, 8.5)
            doc.t(40, 95, "2219 CATTAIL RIDGE RD", F, 8.5)
            doc.t(40, 106, "OSPREY FALLS, MN 55992-4410", F, 8.5)
            doc.rect(330, 76, 242, 56)
            for i, (k, v) in enumerate([("Statement date", "February 3, 2026"), ("Member ID", "LMH 880 412 907"),
                                        ("Group", "Quarry Valley Schools - 40712"),
                                        ("Period", "Claims processed 01/06/2026 - 01/31/2026")]):
                doc.t(336, 88 + i * 11, k, B, 7.4)
                doc.t(410, 88 + i * 11, v, F, 7.4)
            doc.t(40, 150, "Your family's claims", B, 10)
            doc.t(40, 162, "Below is how your plan handled recent claims for the people on your coverage. Keep this",
                  F, 7.6)
            doc.t(40, 172, "statement with your records; you pay your share to the provider only after they bill you.",
                  F, 7.6)
            y = 182
            for n, r in fam:
                doc.t(48, y + 8, f"{n} ({r})", F, 7.6)
                y += 10
            return y + 10
        doc.t(40, 80, "Dolores Fenwick-Abara  |  Member ID LMH 880 412 907  |  February 3, 2026", F, 7.4)
        return 92

    def banner(y, c, cont=False):
        pat, rel, prov, cid, acct = c[:5]
        doc.rect(40, y, 532, 26, fill=0.95)
        doc.t(44, y + 10, f"Patient: {pat} ({rel})" + ("  (continued)" if cont else ""), B, 8)
        doc.t(340, y + 10, f"Claim ID: {cid}", B, 8)
        doc.t(44, y + 21, f"Provider: {prov}", F, 7.4)
        doc.t(340, y + 21, f"Provider account: {acct}", F, 7.4)
        return tb.header(y + 30)

    y = page_top(True)
    for c in claims:
        pat, rel, prov, cid, acct, svcs = c
        if y > 700:
            doc.t(306, 770, f"Page {doc.n}", F, 7, "c")
            y = page_top(False)
        y = banner(y + 6, c)
        for s in svcs:
            note = "2" if s.denied else ("3" if "59" in s.mods else "1")
            cells = [dfmt(s.dos, "mdy4"), f"{s.desc} {s.code} {' '.join(s.mods)}".strip(), money(s.billed),
                     money(s.allowed), money(s.not_covered), money(s.deductible), money(s.copay),
                     money(s.coinsurance), money(s.paid), money(s.owes), note]
            if y + tb.height(cells) > 735:
                doc.t(306, 770, f"Page {doc.n}", F, 7, "c")
                y = page_top(False)
                y = banner(y, c, cont=True)
            y, ys = tb.row(y, cells)
            o.add(s, ys, S, claim_id=acct, payer_claim_id=cid, patient=pat, units=False,
                  printed=("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                           "patient_owes"), remarks=[note])
        doc.line(40, y + 1, 572, y + 1, 0.8)
        tots = [total(svcs, a) for a in ("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                                          "paid", "owes")]
        y, _ = tb.row(y + 2, ["", "Claim totals"] + [money(t) for t in tots] + [""], B)
        o.claim(acct, cid, pat, billed=tots[0], allowed=tots[1], paid=tots[6], patient_owes=tots[7])
    y += 10
    legend = [("1", "Paid under your in-network benefit; the member rate is the fee agreed with the provider."),
              ("2", "Your plan does not cover this service; you may be billed the full amount."),
              ("3", "A separate, distinct session on the same day was accepted with the documentation sent.")]
    doc.t(40, y + 8, "Notes", B, 8.5)
    for i, (k, v) in enumerate(legend):
        doc.t(40, y + 20 + i * 10, f"{k}  {v}", F, 7.4)
    doc.t(40, y + 60, "Questions? Call Member Services at 1-888-555-0147 (TTY 711), Monday - Friday 8 a.m. - 6 p.m.",
          F, 7.4)
    doc.t(306, 770, f"Page {doc.n}", F, 7, "c")
    o.legend = legend
    return o, "reportlab", "Commercial PPO member EOB for a family", Fmt(money=lambda d: money(d),
                                                                          date=lambda d: dfmt(d, "mdy4"))


# ===================================================================================================== a2
def a2(out_dir: Path):
    doc = Doc(792, 612, font="DVSerifC", size=7.2)
    o = Out(doc)
    F, B, S = "DVSerifC", "DVSerifC-B", 7.2
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.68"),
                   visit_copay=Decimal("15.00"))
    fam = [("Raymond Kessick", "Member"), ("Theresa Kessick", "Spouse"), ("Owen Kessick", "Dependent"),
           ("Ada Kessick", "Dependent")]
    claims = [
        ("Owen Kessick", "Dependent", "Wren Hollow Sensory & OT Center", "26-014-00518-1", "WH-008812",
         mk([(5, "97166", 1, ["GO"]), (7, "97530", 3, ["GO"]), (7, "97112", 1, ["GO"]), (12, "97530", 3, ["GO"]),
             (12, "97535", 1, ["GO"]), (14, "97530", 4, ["GO"]), (19, "97530", 3, ["GO"]),
             (19, "97150", 1, ["GO"], "PR"), (21, "97530", 3, ["GO"]), (26, "97530", 2, ["GO", "59"]),
             (26, "97112", 2, ["GO"])], lambda s: commercial(s, st, "96"))),
        ("Ada Kessick", "Dependent", "Wren Hollow Sensory & OT Center", "26-014-00531-0", "WH-008830",
         mk([(6, "92523", 1, ["GN"]), (8, "92507", 1, ["GN"]), (13, "92507", 1, ["GN"]), (15, "92507", 1, ["GN"]),
             (20, "92507", 1, ["GN"]), (22, "92507", 1, ["GN"])], lambda s: commercial(s, st))),
        ("Theresa Kessick", "Spouse", "Millbrook Spine & Sport PT", "26-021-11904-3", "MSS-5521907",
         mk([(9, "97163", 1, ["GP"]), (9, "97140", 1, ["GP"]), (16, "97110", 2, ["GP", "CQ"]),
             (16, "97140", 1, ["GP", "CQ"]), (23, "97110", 3, ["GP", "CQ"]), (23, "G0283", 1, ["GP"])],
            lambda s: commercial(s, st))),
        ("Raymond Kessick", "Member", "Cobalt Street Family Medicine", "26-027-40077-2", "CSF-11902",
         mk([(27, "99213", 1, ["25"]), (27, "97110", 1, ["GP"])], lambda s: commercial(s, st))),
    ]
    cols = [Col("Svc Date", 30, 44), Col("Proc", 78, 28), Col("Mod", 108, 34), Col("Svc\nCnt", 144, 18, "r"),
            Col("Description", 168, 118, wrap=True), Col("Provider\nBilled", 290, 44, "r"),
            Col("Above\nAllowed", 338, 40, "r"), Col("Plan\nAllowed", 382, 40, "r"),
            Col("Other Ins\nPaid", 426, 36, "r"), Col("Copay", 466, 32, "r"), Col("Deductible", 502, 40, "r"),
            Col("Coinsurance", 546, 44, "r"), Col("Plan\nPayment", 594, 42, "r"), Col("Member\nResp.", 640, 42, "r"),
            Col("Rmk", 690, 20, "c")]
    tb = Table(doc, cols, F, S, B, lead=9.4, rule_rows=True)

    def page_top():
        doc.new_page()
        doc.t(30, 40, "Granite Peak Benefit Administrators", B, 13)
        doc.t(30, 51, "Third-party administrator for the Northfold Carpenters & Millwrights Health Trust", F, 7.5)
        doc.t(762, 40, "EXPLANATION OF BENEFITS", B, 11, "r")
        doc.t(762, 51, f"Page {doc.n}", F, 7.5, "r")
        doc.line(30, 57, 762, 57, 1)
        if doc.n == 1:
            doc.t(30, 72, "RAYMOND KESSICK", F, 8)
            doc.t(30, 82, "77 BUTTERNUT HOLLOW LN", F, 8)
            doc.t(30, 92, "TAMARACK, WI 54498", F, 8)
            doc.t(430, 72, "Member: Raymond Kessick          Member ID: NCM0041187-00", F, 7.5)
            doc.t(430, 82, "Participant group: Local 2291          EOB date: 02/04/2026", F, 7.5)
            doc.t(430, 92, "Covered family: " + ", ".join(f"{n} ({r})" for n, r in fam[1:]), F, 7.5)
            doc.t(30, 110, "This is not a bill. It shows how the Trust's plan processed the claims listed below.", B, 8)
            return 122
        doc.t(30, 70, "Raymond Kessick  -  NCM0041187-00  -  EOB date 02/04/2026  (continued)", F, 7.5)
        return 80

    def head(y, c, cont=False):
        pat, rel, prov, pcn, acct = c[:5]
        doc.t(30, y + 10, f"Patient: {pat}   Relationship: {rel}   Claim #: {pcn}" + (" (cont.)" if cont else ""),
              B, 8)
        doc.t(30, y + 20, f"Provider: {prov}   Patient Acct: {acct}", F, 7.5)
        return tb.header(y + 24)

    y = page_top()
    for c in claims:
        pat, rel, prov, pcn, acct, svcs = c
        if y > 520:
            y = page_top()
        y = head(y + 4, c)
        for s in svcs:
            rmk = "X4" if s.denied else ("C2" if s.copay else ("D1" if s.deductible else "P0"))
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), s.desc, dz(s.billed),
                     dz(s.discount), dz(s.allowed), "0.00", dz(s.copay), dz(s.deductible), dz(s.coinsurance),
                     dz(s.paid), dz(s.owes), rmk]
            if y + tb.height(cells) > 575:
                y = page_top()
                y = head(y, c, cont=True)
            y, ys = tb.row(y, cells)
            o.add(s, ys, S, claim_id=acct, payer_claim_id=pcn, patient=pat,
                  printed=("billed", "discount", "allowed", "copay", "deductible", "coinsurance", "paid",
                           "patient_owes"), remarks=[rmk])
        tots = {a: total(svcs, a) for a in ("billed", "discount", "allowed", "copay", "deductible", "coinsurance",
                                             "paid", "owes")}
        pr_paid = tots["paid"]
        if pcn == "26-021-11904-3":
            pr_paid = tots["paid"] + Decimal("10.00")
            o.findings.append(f"claim-total-mismatch claim {pcn}: printed Plan Payment total {pr_paid:.2f} but the "
                              f"lines add up to {tots['paid']:.2f}")
        y, _ = tb.row(y + 1, ["", "", "", "", "Claim Total", dz(tots["billed"]), dz(tots["discount"]),
                              dz(tots["allowed"]), "0.00", dz(tots["copay"]), dz(tots["deductible"]),
                              dz(tots["coinsurance"]), dz(pr_paid), dz(tots["owes"]), ""], B)
        o.claim(acct, pcn, pat, billed=tots["billed"], allowed=tots["allowed"], paid=pr_paid,
                patient_owes=tots["owes"])
        y += 6
    legend = [("P0", "Processed under the Trust's in-network schedule."),
              ("C2", "Office copay taken once for the visit date."),
              ("D1", "Amount counted toward the calendar-year deductible."),
              ("X4", "Group sessions are excluded under the Trust plan; the member is responsible.")]
    if y > 540:
        y = page_top()
    doc.t(30, y + 10, "Remark codes", B, 8)
    for i, (k, v) in enumerate(legend):
        doc.t(30 + (i % 2) * 370, y + 21 + (i // 2) * 10, f"{k} - {v}", F, 7.2)
    o.legend = legend
    return o, "fpdf2", "Employer trust TPA member EOB, landscape", Fmt(money=dz, date=lambda d: dfmt(d, "mdy4"),
                                                                        units=units_str)


# ===================================================================================================== b1
def b1(out_dir: Path):
    doc = Doc(612, 792, font="LSans", size=7.6)
    o = Out(doc)
    F, B, S = "LSans", "LSans-B", 7.6
    pat = "Eugenia M. Tallwater"
    st = PlanState(ded_left=Decimal("96.00"))
    notes = {"a": "The approved amount is based on the Medicare fee schedule.",
             "b": "Some or all of this amount was applied to your yearly Part B deductible.",
             "c": "A 2% federal payment reduction was applied to the amount paid.",
             "d": "Medicare does not pay for this service when it is billed this way. You may be billed.",
             "e": "This therapy amount is above the yearly threshold; the provider confirmed it is medically needed."}
    provs = [
        ("26-01487-330-040", "Riverbend Hand Therapy", "412 Quarry St, Clarion, PA 16214-1802",
         "Alma Whitcombe, M.D.", "RHT-20931",
         mk([(6, "97165", 1, ["GO"]), (6, "97530", 2, ["GO"]), (8, "97530", 3, ["GO"]), (8, "97140", 1, ["GO"]),
             (13, "97530", 3, ["GO"]), (13, "97760", 1, ["GO"]), (15, "97530", 2, ["GO", "KX"]),
             (15, "97535", 2, ["GO", "KX"]), (20, "97530", 3, ["GO", "KX"]), (20, "0552T", 1, [], "PR")],
            lambda s: medicare(s, st))),
        ("26-01502-118-220", "Allegheny Ridge Speech Services", "90 Furnace Ave, Oil City, PA 16301",
         "Alma Whitcombe, M.D.", "ARS-7781",
         mk([(9, "92523", 1, ["GN"]), (16, "92507", 1, ["GN"]), (23, "92507", 1, ["GN"]),
             (30, "92507", 1, ["GN"])], lambda s: medicare(s, st))),
        ("26-01519-402-007", "Cranberry Township Medical Group", "5 Ellery Ct, Franklin, PA 16323",
         None, "CTMG00483",
         mk([(21, "99213", 1, []), (21, "G0283", 1, ["GP"]), (27, "97110", 2, ["GP"]), (27, "97112", 1, ["GP"])],
            lambda s: medicare(s, st))),
    ]
    cols = [Col("Dates of\nService", 40, 44), Col("Services and Service Codes", 88, 180, wrap=True),
            Col("Amount\nCharged", 276, 52, "r"), Col("Medicare\nApproved", 334, 52, "r"),
            Col("Medicare\nPaid\nProvider", 392, 54, "r"), Col("You\nMay Be\nBilled", 452, 50, "r"),
            Col("See\nNotes\nSection", 512, 40, "c")]
    tb = Table(doc, cols, F, S, B, lead=9.8)

    def page_top():
        doc.new_page()
        doc.t(40, 44, "Medicare Summary Notice", B, 16)
        doc.t(572, 40, "February 2, 2026", B, 9, "r")
        doc.t(572, 52, f"Page {doc.n} of {{NP}}", F, 8, "r")
        doc.line(40, 58, 572, 58, 1.5)
        if doc.n == 1:
            doc.t(40, 76, "EUGENIA M TALLWATER", F, 9)
            doc.t(40, 87, "318 HEMLOCK BEND RD", F, 9)
            doc.t(40, 98, "KNOX PA 16232-4107", F, 9)
            doc.rect(330, 66, 242, 86)
            doc.t(336, 78, "CUSTOMER SERVICE INFORMATION", B, 8)
            doc.t(336, 90, "Your Medicare Number: 7WD4-KN2-QT81", F, 8)
            doc.t(336, 101, "If you have questions, write or call:", F, 8)
            doc.t(336, 112, "Medicare (#71203)", F, 8)
            doc.t(336, 123, "P.O. Box 44170, Harrisburg, PA 17106-4170", F, 8)
            doc.t(336, 134, "Local: 1-717-555-0190   Toll-free: 1-800-555-0163", F, 8)
            doc.t(336, 145, "TTY for hearing impaired: 1-877-555-0148", F, 8)
            doc.t(40, 128, "This is a summary of claims processed from", F, 8)
            doc.t(40, 138, "12/28/2025 through 01/30/2026.", F, 8)
            doc.t(40, 170, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", B, 10)
            doc.t(40, 182, f"Notice for: {pat}", F, 8)
            return 188
        doc.t(40, 74, f"{pat}    Medicare Number 7WD4-KN2-QT81", F, 8)
        doc.t(40, 88, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS (continued)", B, 9)
        return 94

    def head(y, c, cont=False):
        pcn, prov, addr, ref, acct = c[:5]
        doc.t(40, y + 10, f"Claim Number: {pcn}" + ("  (continued)" if cont else ""), B, 8.5)
        doc.t(40, y + 21, f"{prov}, {addr}", F, 8)
        yy = y + 21
        if ref:
            yy += 10
            doc.t(40, yy, f"Referred by: {ref}", F, 8)
        return tb.header(yy + 4)

    y = page_top()
    for c in provs:
        pcn, prov, addr, ref, acct, svcs = c
        if y > 640:
            y = page_top()
        y = head(y + 4, c)
        for s in svcs:
            nl = ["d"] if s.denied else (["a"] + (["b"] if s.deductible else []) + (["e"] if "KX" in s.mods else [])
                                          + (["c"] if s.seq else []))
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            cells = [dfmt(s.dos, "mdy2"), f"{units_str(s.units)}  {s.desc} ({code})", money(s.billed),
                     money(s.allowed), money(s.paid), money(s.owes), " ".join(nl)]
            if y + tb.height(cells) > 740:
                y = page_top()
                y = head(y, c, cont=True)
            y, ys = tb.row(y, cells)
            o.add(s, ys, S, claim_id=None, payer_claim_id=pcn, patient=pat,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=nl)
        t = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.line(276, y + 1, 502, y + 1)
        y, _ = tb.row(y + 2, ["", "Claim Total"] + [money(v) for v in t] + [""], B)
        o.claim(None, pcn, pat, billed=t[0], allowed=t[1], paid=t[2], patient_owes=t[3])
        y += 8
    if y > 620:
        y = page_top()
    doc.t(40, y + 12, "Notes Section:", B, 9)
    for i, (k, v) in enumerate(notes.items()):
        doc.t(40, y + 25 + i * 11, f"{k}  {v}", F, 8)
    y += 25 + len(notes) * 11
    doc.t(40, y + 8, "Deductible Information: You have met the Part B deductible for 2026.", F, 8)
    doc.t(40, y + 22, "BE INFORMED: Check each line against the services you received. Report anything you did "
          "not get.", B, 8)
    while doc.n < 3:
        page_top()
        doc.t(40, 120, "General Information", B, 9)
        doc.t(40, 134, "You have the right to ask for a redetermination of any decision on this notice within 120 "
              "days.", F, 8)
    o.legend = list(notes.items())
    return o, "fpdf2", "Medicare Summary Notice, older Part B assigned-claims format", Fmt(
        money=lambda d: money(d), date=lambda d: dfmt(d, "mdy2"), units=units_str)


# ===================================================================================================== b2
def b2(out_dir: Path):
    doc = Doc(612, 792, font="Helvetica", size=7.2)
    o = Out(doc)
    F, B, S = "Helvetica", "Helvetica-Bold", 7.2
    pat = "Harold P. Vanterwick"
    st = PlanState(allowed_rate=Decimal("0.46"), visit_copay=Decimal("20.00"))
    claims = [
        ("2026-0113-40871-00", "01/20/2026", "01/27/2026", "Cascade Bend Physical Therapy", "00418872",
         mk([(6, "97161", 1, ["GP"]), (6, "97110", 2, ["GP"]), (8, "97110", 2, ["GP"]),
             (8, "97140", 1, ["GP"]), (13, "97110", 2, ["GP", "CQ"]), (13, "97112", 1, ["GP", "CQ"]),
             (15, "97110", 2, ["GP", "CQ"]), (15, "97116", 1, ["GP"]), (20, "97110", 2, ["GP", "KX"]),
             (20, "97140", 1, ["GP", "KX"]), (22, "97110", 2, ["GP"]), (22, "97530", 1, ["GP"]),
             (27, "97110", 2, ["GP"]), (27, "97140", 1, ["GP"]), (29, "97110", 2, ["GP"]),
             (29, "G0283", 1, ["GP"], "CO")], lambda s: commercial(s, st, "B7"))),
        ("2026-0121-11056-00", "01/23/2026", "01/29/2026", "Sound View Occupational Therapy", "SV-77120",
         mk([(12, "97167", 1, ["GO"]), (12, "97535", 2, ["GO"]), (19, "97530", 2, ["GO"]),
             (19, "97535", 1, ["GO"])], lambda s: commercial(s, st))),
        ("2026-0126-52290-00", "01/28/2026", "01/30/2026", "Kitsap Voice & Swallow Clinic", "KVS-10022",
         mk([(14, "92523", 1, ["GN"]), (16, "92526", 1, ["GN"]), (21, "92526", 1, ["GN"]), (23, "92526", 1, ["GN"]),
             (28, "92526", 1, ["GN"]), (30, "92526", 1, ["GN"])], lambda s: commercial(s, st))),
        ("2026-0128-06213-01", "01/29/2026", "01/30/2026", "Puget Meadows Primary Care", "PM-3309145",
         mk([(26, "99213", 1, [])], lambda s: commercial(s, st))),
    ]
    cols = [Col("Date", 40, 50), Col("Service", 92, 104, wrap=True), Col("Code / Mod", 198, 54),
            Col("Qty", 254, 14, "r"), Col("Provider\ncharged", 272, 40, "r"), Col("Plan\nallowed", 314, 38, "r"),
            Col("Plan\npaid", 354, 38, "r"), Col("Copay", 394, 32, "r"), Col("Not\ncovered", 428, 36, "r"),
            Col("You\nowe", 466, 36, "r"), Col("Note", 506, 20, "c")]
    tb = Table(doc, cols, F, S, B, lead=9.4, rule_rows=True)

    def footer():
        doc.line(40, 752, 572, 752)
        doc.t(40, 762, "Cedar Ridge Medicare Advantage (PPO) is offered by Cedar Ridge Health Plans, Inc. Plan "
              "H9917-004.", F, 6.5)
        doc.t(572, 762, f"Page {doc.n} of {{NP}}", F, 6.5, "r")

    def page_top():
        if doc.pages:
            footer()
        doc.new_page()
        doc.t(40, 44, "CEDAR RIDGE", B, 14)
        doc.t(40, 54, "MEDICARE ADVANTAGE PPO", F, 7)
        doc.t(572, 42, "Your Explanation of Benefits", B, 11, "r")
        doc.t(572, 53, "for Medicare Part C medical services  -  January 2026", F, 7.5, "r")
        doc.line(40, 60, 572, 60, 1.5)
        if doc.n == 1:
            doc.t(40, 78, "HAROLD P VANTERWICK", F, 8.5)
            doc.t(40, 89, "1650 SALAL LOOP APT 4", F, 8.5)
            doc.t(40, 100, "POULSBO WA 98370", F, 8.5)
            doc.t(40, 122, f"Member: {pat}", F, 8)
            doc.t(40, 133, "Member ID: CRH 0071 2295 18", F, 8)
            doc.t(40, 144, "This is not a bill. Keep it to compare with the bills your providers send you.", F, 8)
            doc.t(40, 166, "About this notice", B, 9)
            for i, ln in enumerate(["Each claim below lists the services we received from your providers this",
                                    "month. \"You owe\" is the most a network provider can ask you to pay. If a",
                                    "provider bills you more, call us at 1-866-555-0172 (TTY 711)."]):
                doc.t(40, 178 + i * 10, ln, F, 7.6)
            doc.rect(402, 70, 170, 150, fill=0.93)
            doc.t(410, 84, "Your out-of-pocket progress", B, 8.5)
            for i, (k, v) in enumerate([("Spent this month", "$179.50"), ("Spent in 2026 so far", "$179.50"),
                                        ("Yearly maximum (in network)", "$5,900.00"),
                                        ("Left before the maximum", "$5,720.50")]):
                doc.t(410, 102 + i * 24, k, F, 7.4)
                doc.t(564, 114 + i * 24, v, B, 8.5, "r")
            doc.t(40, 240, "Your claims this month", B, 11)
            return 246
        doc.t(40, 76, f"{pat}  |  Member ID CRH 0071 2295 18  |  January 2026", F, 7.4)
        return 84

    def head(y, c, cont=False):
        pcn, rcv, prc, prov, acct = c[:5]
        doc.rect(40, y, 532, 24, fill=0.85, stroke=False)
        doc.t(44, y + 9, f"CLAIM {pcn}   Received {rcv}   Processed {prc}" + ("   (continued)" if cont else ""),
              B, 7.6)
        doc.t(44, y + 19, f"{prov} (in network)   Patient acct {acct}", F, 7.2)
        return tb.header(y + 26)

    y = page_top()
    for c in claims:
        pcn, rcv, prc, prov, acct, svcs = c
        y = head(y + 6, c)
        for s in svcs:
            note = "4" if s.denied else ("2" if s.copay else "1")
            cells = [dfmt(s.dos, "mon"), s.desc, f"{s.code} / {', '.join(s.mods)}" if s.mods else s.code,
                     units_str(s.units), money(s.billed), money(s.allowed), money(s.paid), money(s.copay),
                     money(s.not_covered), money(s.owes), note]
            if y + tb.height(cells) > 740:
                y = page_top()
                y = head(y, c, cont=True)
            y, ys = tb.row(y, cells)
            o.add(s, ys, S, claim_id=acct, payer_claim_id=pcn, patient=pat,
                  printed=("billed", "allowed", "paid", "copay", "not_covered", "patient_owes"), remarks=[note])
        t = [total(svcs, a) for a in ("billed", "allowed", "paid", "copay", "not_covered", "owes")]
        y, _ = tb.row(y, ["", "Total for this claim", "", ""] + [money(v) for v in t] + [""], B)
        o.claim(acct, pcn, pat, billed=t[0], allowed=t[1], paid=t[2], patient_owes=t[5])
    legend = [("1", "Covered in network; plan paid its share of the approved amount."),
              ("2", "Your specialist visit copay applies once per visit day."),
              ("4", "Not covered when billed with this service on the same day; the provider may not bill you.")]
    doc.t(40, y + 16, "Notes", B, 9)
    for i, (k, v) in enumerate(legend):
        doc.t(40, y + 28 + i * 10, f"{k}   {v}", F, 7.4)
    footer()
    o.legend = legend
    return o, "reportlab", "Medicare Advantage PPO monthly member EOB", Fmt(
        money=lambda d: money(d), date=lambda d: dfmt(d, "mon"), units=units_str)


# ===================================================================================================== c1
def c1(out_dir: Path):
    doc = Doc(612, 792, font="DVCond", size=6.8)
    o = Out(doc)
    F, B, S = "DVCond", "DVCond-B", 6.8
    tpl = {"2602901140044107": Decimal("40.00")}

    def mc(spec, deny=None):
        out = mk(spec, lambda s: medicaid(s, deny or "197"))
        return out
    paid = [
        ("SOLBERG, NORA K", "4100872231", "2602901140044100", "LHP-3318",
         mc([(5, "97166", 1, ["GO"]), (5, "97530", 2, ["GO"]), (7, "97530", 4, ["GO"]), (9, "97530", 4, ["GO"]),
             (12, "97530", 4, ["GO"]), (12, "97535", 2, ["GO"]), (14, "97530", 4, ["GO"]), (16, "97530", 4, ["GO"]),
             (19, "97530", 3, ["GO"]), (19, "97112", 1, ["GO"]), (21, "97530", 4, ["GO"]), (23, "97530", 4, ["GO"]),
             (26, "97530", 4, ["GO"]), (28, "97530", 4, ["GO"]), (30, "97168", 1, ["GO"])])),
        ("ABERNATHY, CALEB J", "4100913388", "2602901140044107", "LHP-3342",
         mc([(6, "92523", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"]),
             (27, "92507", 1, ["GN"])])),
        ("MWANGI-ROSS, PRISCILLA", "4100660417", "2602901140044119", "LHP-3351",
         mc([(8, "97110", 2, ["GP"]), (8, "97140", 1, ["GP", "59"]), (15, "97110", 2, ["GP"]),
             (15, "97116", 1, ["GP"]), (22, "97110", 2, ["GP"]), (29, "97110", 2, ["GP"])])),
    ]
    denied = [
        ("ABERNATHY, CALEB J", "4100913388", "2602901140044123", "LHP-3342",
         mc([(28, "92526", 1, ["GN"], "CO")], "197")),
        ("SOLBERG, NORA K", "4100872231", "2602901140044130", "LHP-3318",
         mc([(30, "97150", 1, ["GO"], "CO"), (30, "97129", 1, ["GO"], "CO")], "96")),
    ]
    for r in paid:
        if r[2] in tpl:
            s0 = r[4][0]
            s0.paid = s0.allowed - tpl[r[2]]
    cols = [Col("Ln", 40, 12, "r"), Col("From", 58, 40), Col("To", 100, 40), Col("Proc", 144, 26),
            Col("Mod", 172, 30), Col("Units", 206, 24, "r"), Col("Billed", 236, 44, "r"),
            Col("Allowed", 286, 44, "r"), Col("TPL", 336, 36, "r"), Col("Paid", 378, 44, "r"),
            Col("Status", 428, 30, "c"), Col("EOB", 464, 104)]
    tb = Table(doc, cols, F, S, B, lead=10.5, head_fill=0.9, grid=True)

    def page_top():
        if doc.pages:
            doc.t(572, 770, f"Page {doc.n} of {{NP}}", F, 7, "r")
        doc.new_page()
        doc.rect(38, 30, 536, 46)
        doc.t(44, 44, "WYANDOT DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", B, 9)
        doc.t(44, 56, "Provider Remittance Advice", B, 8)
        doc.t(44, 68, "Payee: Little Harbor Pediatric Therapy LLC    NPI 1902837461    Payee ID 008814420", F, 7.2)
        doc.t(568, 56, "RA No. 0004471902", F, 7.2, "r")
        doc.t(568, 68, "Payment Date 02/03/2026   EFT 88120041", F, 7.2, "r")
        if doc.n == 1:
            doc.t(44, 96, "LITTLE HARBOR PEDIATRIC THERAPY LLC", F, 8)
            doc.t(44, 106, "ATTN: BILLING OFFICE", F, 8)
            doc.t(44, 116, "1408 MARINA VIEW DR STE 210", F, 8)
            doc.t(44, 126, "PORT ELSWORTH, WY 82901", F, 8)
            doc.rect(340, 86, 234, 62)
            for i, (k, v) in enumerate([("Claims paid", "3"), ("Claims denied", "2"),
                                        ("Total paid this cycle", "{PAIDTOT}"), ("Withholds / recoupments", "0.00"),
                                        ("Net payment", "{PAIDTOT}")]):
                doc.t(346, 97 + i * 11, k, F, 7.4)
                doc.t(568, 97 + i * 11, v, B, 7.4, "r")
            doc.t(44, 162, "Messages: Providers must report third-party coverage on every claim. Remittance detail "
                  "below is listed by recipient.", F, 7)
            return 168
        return 84

    def rec(y, r, cont=False):
        name, rid, tcn, acct = r[:4]
        doc.rect(38, y, 536, 13, fill=0.82)
        doc.t(42, y + 9.5, f"Recipient: {name}   Recipient ID: {rid}   TCN: {tcn}   Pt Acct: {acct}"
              + ("   (continued)" if cont else ""), B, 7)
        return tb.header(y + 13)

    y = page_top()
    allc = [("PAID CLAIMS", paid), ("DENIED CLAIMS", denied)]
    for title, group in allc:
        if y > 700:
            y = page_top()
        doc.t(40, y + 14, title, B, 9)
        y += 18
        for r in group:
            name, rid, tcn, acct, svcs = r
            if y > 715:
                y = page_top()
            y = rec(y + 3, r)
            for i, s in enumerate(svcs, 1):
                t_amt = tpl.get(tcn) if i == 1 else None
                eob = ["0913"] if s.denied and "97150" == s.code else (["0417"] if s.denied else
                                                                         (["0102", "0288"] if t_amt else ["0102"]))
                cells = [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                         f"{s.units:.2f}", dz(s.billed), dz(s.allowed), dz(t_amt or ZERO), dz(s.paid),
                         "D" if s.denied else "P", " ".join(eob)]
                if y + tb.height(cells) > 740:
                    y = page_top()
                    y = rec(y + 3, r, cont=True)
                y, ys = tb.row(y, cells)
                o.add(s, ys, S, claim_id=acct, payer_claim_id=tcn, patient=name, remarks=eob,
                      printed=("billed", "allowed", "paid"))
            t = [total(svcs, a) for a in ("billed", "allowed", "paid")]
            y, _ = tb.row(y, ["", "", "", "", "", "Claim", dz(t[0]), dz(t[1]),
                              dz(tpl.get(tcn, ZERO)), dz(t[2]), "", ""], B)
            o.claim(acct, tcn, name, billed=t[0], allowed=t[1], paid=t[2])
    legend = [("0102", "Paid at the program's maximum fee."),
              ("0288", "Other coverage paid first; the program paid the balance up to its fee."),
              ("0417", "This service is not a covered benefit for this recipient's eligibility group."),
              ("0913", "Group sessions need an approved plan of care on file for the dates billed.")]
    if y > 690:
        y = page_top()
    doc.t(40, y + 16, "EOB CODE DESCRIPTIONS", B, 8)
    for i, (k, v) in enumerate(legend):
        doc.t(40, y + 27 + i * 9, f"{k}  {v}", F, 7)
    doc.t(572, 770, f"Page {doc.n} of {{NP}}", F, 7, "r")
    ptot = dz(sum((total(r[4], "paid") for r in paid), ZERO))
    for i, op in enumerate(doc.pages[0]):
        if op[0] == "t" and op[3] == "{PAIDTOT}":
            right = op[1] + sw("{PAIDTOT}", op[4], op[5])
            doc.pages[0][i] = ("t", right - sw(ptot, op[4], op[5]), op[2], ptot, op[4], op[5])
    o.legend = legend
    return o, "reportlab", "State Medicaid remittance advice, ruled portal print", Fmt(
        money=dz, date=lambda d: dfmt(d, "mdy4"), units=lambda u: f"{u:.2f}")


# ===================================================================================================== c2
def crmoney(d: Decimal) -> str:
    d = q(d)
    return f"{abs(d):,.2f}CR" if d < 0 else f"{d:,.2f}"


def c2(out_dir: Path):
    doc = Doc(792, 612, font="LMono", size=7.2)
    o = Out(doc)
    F, B, S = "LMono", "LMono-B", 7.2

    def wk(a, b, code, units, mods, denied=None):
        s = Svc(D(a), code, Decimal(str(units)), tuple(mods), end=D(b), denied=denied)
        return medicaid(s, "B5")
    blocks = [
        ("PAID", "DUBOSE, KENDRICK", "100026012044871", "518830472", "TX-88140", "00731",
         [wk(5, 9, "97530", 8, ["GO"]), wk(5, 9, "97535", 2, ["GO"]), wk(12, 16, "97530", 8, ["GO"]),
          wk(12, 16, "97112", 2, ["GO"]), wk(19, 23, "97530", 6, ["GO"]), wk(26, 30, "97530", 8, ["GO"])]),
        ("PAID", "OYELARAN, TEMI", "100026012044902", "518877105", "TX-88162", "00788",
         [wk(6, 6, "92523", 1, ["GN"]), wk(8, 29, "92507", 7, ["GN"])]),
        ("DENIED", "VASQUEZ-HOLT, RUBEN", "100026012044915", "519004226", "TX-88177", "00802",
         [wk(14, 14, "97167", 1, ["GO"], "CO"), wk(14, 14, "97760", 1, ["GO"], "CO")]),
    ]
    orig = [wk(15, 15, "97166", 1, ["GO"]), wk(15, 15, "97530", 4, ["GO"])]
    new = [wk(15, 15, "97166", 1, ["GO"]), wk(15, 15, "97530", 4, ["GO", "59"]), wk(15, 15, "97140", 1, ["GO"])]
    adjb = [("CREDIT", "PARK, HANNAH J", "100025352037718", "518440981", "TX-87590", "00615",
             [negate(s) for s in orig]),
            ("DEBIT", "PARK, HANNAH J", "100026012044931", "518440981", "TX-87590", "00615", new)]
    eobs = {"PAID": "00145", "DENIED": "00862", "CREDIT": "00313", "DEBIT": "00145"}
    cols_x = [30, 82, 134, 158, 184, 214, 236, 300, 356, 420, 492, 556]

    def page_top():
        doc.new_page()
        doc.t(30, 34, "WYANDOT MEDICAID - TEXARKA CHILDREN'S HEALTH PROGRAM", B, 8)
        doc.t(396, 34, "REMITTANCE AND STATUS REPORT", B, 8, "c")
        doc.t(762, 34, f"PAGE {doc.n:>4}", F, 7.2, "r")
        doc.t(30, 44, "PAYEE ID 144020877   NPI 1760284410   PAYEE: SANDHILL KIDS THERAPY GROUP PA", F, 7.2)
        doc.t(762, 44, "R&S NUMBER 061993041   DATE 02/03/2026", F, 7.2, "r")
        doc.line(30, 49, 762, 49, 0.4)
        return 58

    hdr = ["FROM", "TO", "POS", "TOS", "PROC", "MOD", "QTY", "BILLED CHGS", "QTY", "ALLOWED CHGS",
           "PAID AMOUNT", "EOB"]
    hdr2 = ["", "", "", "", "", "", "BILLED", "", "ALLOWED", "", "", ""]
    right = {6, 7, 8, 9, 10}

    def cell(i, yy, s, font=F):
        if i in right:
            doc.t(cols_x[i] + 40, yy, s, font, S, "r")
        else:
            doc.t(cols_x[i], yy, s, font, S)

    def colhead(y):
        for i, h in enumerate(hdr2):
            if h:
                cell(i, y + 8, h)
        for i, h in enumerate(hdr):
            cell(i, y + 16, h)
        doc.line(30, y + 19, 762, y + 19, 0.3)
        return y + 22

    y = page_top()
    section = None
    for grp in (blocks, adjb):
        for kind, name, icn, mno, acct, mrn, svcs in grp:
            sec = "CLAIMS - ADJUSTMENTS" if kind in ("CREDIT", "DEBIT") else "CLAIMS - PAID OR DENIED"
            if y > 500:
                y = page_top()
                section = None
            if sec != section:
                doc.t(396, y + 12, f"* * *  {sec}  * * *", B, 7.6, "c")
                y += 16
                section = sec
            doc.t(30, y + 10, f"PATIENT NAME: {name:<24} CLAIM NUMBER: {icn}   MEDICAID NO. {mno}", F, S)
            doc.t(30, y + 19, f"PAT ACCT NO: {acct:<25} MED REC NO: {mrn:<12}   STATUS: {kind}", F, S)
            y = colhead(y + 20)
            for s in svcs:
                yy = y + 9
                if y + 10 > 585:
                    y = page_top()
                    doc.t(30, y + 10, f"PATIENT NAME: {name:<24} CLAIM NUMBER: {icn}   (CONTINUED)", F, S)
                    y = colhead(y + 11)
                    yy = y + 9
                eob = eobs[kind] if not s.denied else eobs["DENIED"]
                vals = [dfmt(s.dos, "mdY8"), dfmt(s.end, "mdY8"), "11", "1", s.code, " ".join(s.mods),
                        units_str(s.units), crmoney(s.billed), units_str(s.units) if not s.denied else "0",
                        crmoney(s.allowed), crmoney(s.paid), eob]
                for i, v in enumerate(vals):
                    cell(i, yy, v)
                y += 10
                o.add(s, [yy], S, claim_id=acct, payer_claim_id=icn, patient=name, remarks=[eob],
                      service_end=s.end if s.end != s.dos else None, printed=("billed", "allowed", "paid"))
            t = [total(svcs, a) for a in ("billed", "allowed", "paid")]
            yy = y + 9
            doc.t(cols_x[5], yy, "CLAIM TOTALS", B, S)
            cell(7, yy, crmoney(t[0]), B)
            cell(9, yy, crmoney(t[1]), B)
            cell(10, yy, crmoney(t[2]), B)
            y += 16
            o.claim(acct, icn, name, billed=t[0], allowed=t[1], paid=t[2])
    legend = [("00145", "PAID IN FULL AT THE PROGRAM ALLOWABLE."),
              ("00313", "ORIGINAL CLAIM CREDITED IN FULL; SEE THE REPLACEMENT CLAIM."),
              ("00862", "SERVICE NEEDS AN APPROVED PRIOR AUTHORIZATION FOR THIS DATE.")]
    if y > 540:
        y = page_top()
    doc.t(30, y + 12, "EXPLANATION OF BENEFIT CODES", B, S)
    for i, (k, v) in enumerate(legend):
        doc.t(30, y + 22 + i * 9, f"{k}  {v}", F, S)
    y = page_top()
    doc.t(396, y + 12, "* * *  CLAIMS PAYMENT SUMMARY  * * *", B, 7.6, "c")
    allb = blocks + adjb
    rows = [("CLAIMS PAID", sum(1 for b in blocks if b[0] == "PAID"),
             sum((total(b[6], "paid") for b in blocks if b[0] == "PAID"), ZERO)),
            ("CLAIMS DENIED", sum(1 for b in blocks if b[0] == "DENIED"), ZERO),
            ("CLAIMS ADJUSTED", 1, sum((total(b[6], "paid") for b in adjb), ZERO)),
            ("NET PAYMENT", "", sum((total(b[6], "paid") for b in allb), ZERO))]
    doc.t(200, y + 30, f"{'':<24}{'NUMBER':>8}{'AMOUNT':>16}", B, S)
    for i, (k, n, a) in enumerate(rows):
        doc.t(200, y + 40 + i * 10, f"{k:<24}{str(n):>8}{crmoney(a):>16}", F, S)
    doc.t(200, y + 90, "CLAIMS IN PROCESS: NONE THIS CYCLE", F, S)
    o.legend = legend
    return o, "fpdf2", "State Medicaid remittance and status report, fixed width", Fmt(
        money=crmoney, date=lambda d: dfmt(d, "mdY8"), units=units_str)


# ===================================================================================================== d1
def d1(out_dir: Path):
    doc = Doc(792, 612, font="Courier", size=7.4)
    o = Out(doc)
    F, B, S = "Courier", "Courier-Bold", 7.4
    LH = 9.2
    st = PlanState(ded_left=Decimal("60.00"))
    npi = "1457301127"
    pts = [
        ("QUIMBY, ROSALIND T", "4TT7KW2MR55", "RH00412", "2226013004170",
         mk([(6, "97165", 1, ["GO"]), (6, "97530", 2, ["GO"]), (8, "97530", 4, ["GO"]), (13, "97530", 4, ["GO"]),
             (13, "97140", 1, ["GO", "59"]), (15, "97530", 3, ["GO"]), (20, "97530", 4, ["GO", "KX"]),
             (22, "97535", 2, ["GO", "KX"])], lambda s: medicare(s, st))),
        ("ESPINOZA-KLAUS, MARTIN", "9RJ2DA7NN14", "RH00437", "2226013004182",
         mk([(7, "97161", 1, ["GP"]), (7, "97110", 2, ["GP"]), (9, "97110", 3, ["GP"]), (14, "97112", 2, ["GP"]),
             (14, "97116", 1, ["GP"]), (16, "97110", 2, ["GP", "CQ"]), (16, "G0283", 1, ["GP"], "CO")],
            lambda s: medicare(s, PlanState()))),
        ("LINDQVIST, ASTRID", "3XC9HU5EK70", "RH00451", "2226013004199",
         mk([(12, "92523", 1, ["GN"]), (19, "92507", 1, ["GN"]), (26, "92507", 1, ["GN"])],
            lambda s: medicare(s, PlanState()))),
        ("OBUYA, SAMUEL", "6PF1MW8TT32", "RH00466", "2226013004203",
         mk([(21, "97166", 1, ["GO"]), (21, "97760", 2, ["GO"]), (23, "97760", 1, ["GO"]),
             (28, "97530", 3, ["GO"])], lambda s: medicare(s, PlanState()))),
    ]

    def m(d):
        return money(d, "")

    head = (f"{'PERF PROV':<11}{'SERV DATE':<12}{'POS':>3}{'NOS':>5}  {'PROC':<6}{'MODS':<10}{'BILLED':>10}"
            f"{'ALLOWED':>10}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<18}{'PROV PD':>10}")

    def page_top():
        doc.new_page()
        doc.t(30, 30, f"{'NORTHGATE MEDICARE SERVICES':<44}{'MEDICARE':<40}REMITTANCE", B, S)
        doc.t(30, 30 + LH, f"{'PO BOX 66120':<44}{'PART B':<40}ADVICE", F, S)
        doc.t(30, 30 + 2 * LH, f"{'SPRINGFIELD, OH 45501-6120':<44}", F, S)
        doc.t(30, 30 + 3 * LH, "PROVIDER #: " + npi + f"{'':<8}PAGE #: {doc.n} OF {{NP}}{'':<8}DATE: 02/03/2026"
              f"{'':<8}CHECK/EFT #: 0099231447", F, S)
        doc.t(30, 30 + 4 * LH, "PROVIDER: STONE MILL REHABILITATION ASSOCIATES    (PRINTED FROM 835 BY CLEARPATH "
              "CLAIMS EXCHANGE, BATCH 26-0203-118)", F, S)
        doc.t(30, 30 + 6 * LH, head, B, S)
        doc.line(30, 30 + 6 * LH + 3, 762, 30 + 6 * LH + 3, 0.4)
        return 30 + 8 * LH

    y = page_top()
    for name, mid, acct, icn, svcs in pts:
        if y > 540:
            y = page_top()
        doc.t(30, y, f"NAME {name:<26}MID {mid:<14}ACNT {acct:<14}ICN {icn:<16}ASG Y  MOA MA01", F, S)
        y += LH
        for s in svcs:
            adjs = list(s.adjs)
            rem = ["N115"] if s.denied else []
            n = max(1, len(adjs)) + (1 if rem else 0)
            if y + n * LH > 585:
                y = page_top()
                doc.t(30, y, f"NAME {name:<26}MID {mid:<14}ACNT {acct:<14}ICN {icn:<16}(CONT)", F, S)
                y += LH
            g, r, a = adjs[0]
            row = (f"{npi:<11}{s.dos:%m%d} {s.dos:%m%d%y} {'11':>4}{units_str(s.units):>5}  {s.code:<6}"
                   f"{' '.join(s.mods):<10}{m(s.billed):>10}{m(s.allowed):>10}{m(s.deductible):>9}"
                   f"{m(s.coinsurance):>9}  {g + '-' + r:<8}{m(a):>10}{m(s.paid):>10}")
            ys = [y]
            doc.t(30, y, row, F, S)
            y += LH
            for g, r, a in adjs[1:]:
                doc.t(30, y, " " * 89 + f"{g + '-' + r:<8}{m(a):>10}", F, S)
                ys.append(y)
                y += LH
            for rr in rem:
                doc.t(30, y, " " * 17 + f"REM: {rr}", F, S)
                ys.append(y)
                y += LH
            o.add(s, ys, S, claim_id=acct, payer_claim_id=icn, patient=name, adjustments=adjs, remarks=rem,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
        t = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        doc.t(30, y, f"PT RESP {m(t['owes']):>9}{'':<4}CLAIM TOTALS{'':<16}{m(t['billed']):>10}"
              f"{m(t['allowed']):>10}{m(t['deductible']):>9}{m(t['coinsurance']):>9}"
              f"{'':<20}{m(t['paid']):>10}", F, S)
        y += LH
        doc.t(30, y, "ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00".ljust(104) + "NET"
              f"{m(t['paid']):>10}", F, S)
        y += 2 * LH
        o.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
    if y > 520:
        y = page_top()
    tp = sum((total(p[4], "paid") for p in pts), ZERO)
    doc.t(30, y + LH, f"TOTALS:  # OF CLAIMS {len(pts)}   BILLED AMT "
          f"{m(sum((total(p[4], 'billed') for p in pts), ZERO))}   PROV PD AMT {m(tp)}   CHECK AMT {m(tp)}", B, S)
    doc.t(30, y + 3 * LH, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES ARE THOSE OF THE 835. SEE YOUR CLEARINGHOUSE "
          "PORTAL FOR THE FULL TEXT.", F, S)
    return o, "reportlab", "Clearinghouse print of a Medicare standard paper remit", Fmt(
        money=lambda d: money(d, ""), date=lambda d: dfmt(d, "mdy6"), units=units_str, adj_complete=True)


# ===================================================================================================== d2
def d2(out_dir: Path):
    doc = Doc(792, 612, font="DVCond", size=7)
    o = Out(doc)
    F, B, S = "DVCond", "DVCond-B", 7
    st = PlanState(ded_left=ZERO)
    first = mk([(2, "97110", 3, ["GP"], None), (2, "97140", 2, ["GP"]), (9, "97110", 3, ["GP"])],
               lambda s: medicare(s, PlanState()))
    rev = [negate(s) for s in first]
    corr = mk([(2, "97110", 3, ["GP", "KX"]), (2, "97140", 2, ["GP", "KX"]), (9, "97110", 3, ["GP", "KX"])],
              lambda s: medicare(s, PlanState()))
    cl = [
        ("FERRARO, BENEDICT", "20418-01", "2226027118440", "1 - Processed as Primary",
         mk([(13, "97163", 1, ["GP"]), (13, "97110", 2, ["GP"]), (16, "97110", 3, ["GP"]),
             (16, "97112", 1, ["GP", "59"]), (20, "97110", 3, ["GP", "CQ"]), (23, "97140", 2, ["GP", "CQ"])],
            lambda s: medicare(s, PlanState(ded_left=Decimal("45.00"))))),
        ("TREMBLAY, ODETTE", "20433-02", "2226027118451", "1 - Processed as Primary",
         mk([(14, "97167", 1, ["GO"]), (14, "97535", 2, ["GO"]), (21, "97530", 3, ["GO"]),
             (21, "97129", 1, ["GO"], "CO"), (28, "97530", 3, ["GO"])], lambda s: medicare(s, st))),
        ("HALVORSEN, GRETA", "20399-01", "2225351007718", "22 - Reversal of Previous Payment", rev),
        ("HALVORSEN, GRETA", "20399-01", "2226027118467", "1 - Processed as Primary", corr),
        ("NAKASHIMA, ROY", "20441-01", "2226027118472", "1 - Processed as Primary",
         mk([(27, "92523", 1, ["GN"]), (29, "92507", 1, ["GN"])], lambda s: medicare(s, st))),
    ]
    cols = [Col("DOS", 34, 44), Col("CPT", 82, 28), Col("Mod 1", 114, 24), Col("Mod 2", 140, 24),
            Col("Units", 166, 22, "r"), Col("Charged", 194, 50, "r"), Col("Allowed", 248, 50, "r"),
            Col("Deductible", 302, 46, "r"), Col("Coinsurance", 352, 48, "r"), Col("Adj", 410, 34),
            Col("Adj Amt", 446, 44, "r"), Col("Paid", 496, 48, "r"), Col("Remark", 556, 40),
            Col("Posted", 600, 60)]
    tb = Table(doc, cols, F, S, B, lead=8.6, rule_rows=True, head_fill=0.9)

    def page_top():
        if doc.pages:
            doc.t(758, 590, f"Page {doc.n} of {{NP}}", F, 7, "r")
        doc.new_page()
        doc.t(34, 36, "TheraLedger PM", B, 12)
        doc.t(34, 47, "Stone Mill Rehabilitation Associates  -  Remittance Detail Report", F, 8)
        doc.t(758, 36, "Payer: Northgate Medicare Services - Part B (J-17)", F, 8, "r")
        doc.t(758, 47, "EFT 0099231448  Paid 02/10/2026  Posted by: K. Abernethy", F, 8, "r")
        doc.line(34, 53, 758, 53, 1)
        return 58

    y = page_top()
    for name, acct, icn, status, svcs in cl:
        if y > 500:
            y = page_top()
        doc.rect(32, y + 4, 728, 14, fill=0.96, stroke=True)
        doc.t(36, y + 14, f"Patient: {name}    Pt Acct: {acct}    Payer ICN: {icn}    Status: {status}", B, 7.4)
        y = tb.header(y + 20)
        for s in svcs:
            adjs = list(s.adjs)
            rem = "N115" if s.denied else ""
            cells = [dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                     units_str(abs(s.units)), money(s.billed, ","), money(s.allowed, ","),
                     money(s.deductible, ","), money(s.coinsurance, ","),
                     "\n".join(f"{g}-{r}" for g, r, _ in adjs), "\n".join(money(a, ",") for _, _, a in adjs),
                     money(s.paid, ","), rem, "Y"]
            if y + tb.height(cells) > 575:
                y = page_top()
                doc.t(36, y + 12, f"Patient: {name}    Pt Acct: {acct}    Payer ICN: {icn}    (continued)", B, 7.4)
                y = tb.header(y + 16)
            y, ys = tb.row(y, cells)
            o.add(s, ys, S, claim_id=acct, payer_claim_id=icn, patient=name, adjustments=adjs,
                  remarks=[rem] if rem else [], printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
        t = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        y, _ = tb.row(y, ["Claim totals", "", "", "", "", money(t[0], ","), money(t[1], ","), money(t[2], ","),
                          money(t[3], ","), "", "", money(t[4], ","), "", ""], B)
        o.claim(acct, icn, name, billed=t[0], allowed=t[1], paid=t[4])
        y += 6
    tp = sum((total(c[4], "paid") for c in cl), ZERO)
    doc.t(34, y + 14, f"Report total paid: {money(tp, ',')}    Claims: {len(cl)}    Unposted: 0", B, 8)
    doc.t(758, 590, f"Page {doc.n} of {{NP}}", F, 7, "r")
    return o, "fpdf2", "Practice-management remittance detail report from a Medicare remit", Fmt(
        money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), units=units_str, adj_complete=True)


# ===================================================================================================== e1
def e1(out_dir: Path):
    doc = Doc(612, 792, font="Helvetica", size=8)
    o = Out(doc)
    F, B, S = "Helvetica", "Helvetica-Bold", 8
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.71"))
    ins = "Harborline Health Plan"
    visits = [
        ("10448", D(6), "Elias Bell", "HL2601069901",
         mk([(6, "97165", 1, ["GO"]), (6, "97530", 2, ["GO"])], lambda s: commercial(s, st))),
        ("10452", D(7), "Noor Bell", "HL2601079917",
         mk([(7, "92523", 1, ["GN"])], lambda s: commercial(s, st))),
        ("10471", D(13), "Elias Bell", "HL2601139903",
         mk([(13, "97530", 3, ["GO"]), (13, "97112", 1, ["GO", "59"])], lambda s: commercial(s, st))),
        ("10476", D(14), "Noor Bell", "HL2601149920",
         mk([(14, "92507", 1, ["GN"]), (14, "92526", 1, ["GN"], "PR")], lambda s: commercial(s, st))),
        ("10480", D(15), "Tomas Bell", "HL2601159931",
         mk([(15, "97161", 1, ["GP"]), (15, "97110", 2, ["GP"]), (15, "97116", 1, ["GP"])],
            lambda s: commercial(s, st))),
        ("10497", D(20), "Elias Bell", "HL2601209907",
         mk([(20, "97530", 3, ["GO"]), (20, "97535", 1, ["GO"])], lambda s: commercial(s, st))),
        ("10503", D(21), "Noor Bell", "HL2601219925",
         mk([(21, "92507", 1, ["GN"])], lambda s: commercial(s, st))),
        ("10511", D(22), "Tomas Bell", "HL2601229938",
         mk([(22, "97110", 3, ["GP"]), (22, "97140", 1, ["GP"])], lambda s: commercial(s, st))),
        ("10524", D(27), "Elias Bell", None,
         mk([(27, "97530", 3, ["GO"]), (27, "97535", 1, ["GO"])], lambda s: commercial(s, st))),
        ("10530", D(29), "Tomas Bell", None,
         mk([(29, "97110", 3, ["GP"]), (29, "97112", 1, ["GP"])], lambda s: commercial(s, st))),
    ]
    cols = [Col("Date", 40, 42), Col("Code", 86, 28), Col("Mod", 116, 30), Col("Description", 150, 150, wrap=True),
            Col("Units", 304, 22, "r"), Col("Charges", 330, 48, "r"), Col("Insurance\nPaid", 382, 48, "r"),
            Col("Adjustments", 434, 50, "r"), Col("Your\nBalance", 490, 48, "r")]
    tb = Table(doc, cols, F, S, B, lead=12, head_fill=0.9, rule_rows=True)
    grand = sum((total(v[4], "owes") for v in visits if v[3]), ZERO) - Decimal("60.00")

    def page_top():
        if doc.pages:
            doc.t(306, 772, f"Page {doc.n} of {{NP}}", F, 7, "c")
        doc.new_page()
        if doc.n == 1:
            doc.t(40, 46, "TIDEWATER KIDS THERAPY COLLECTIVE", B, 12)
            doc.t(40, 57, "88 Pilings Way, Suite 3  -  Cape Mercy, NC 28590  -  (252) 555-0134", F, 7.6)
            doc.rect(330, 34, 242, 78)
            for i, (k, v) in enumerate([("Statement date", "02/05/2026"), ("Account no.", "G-20817"),
                                        ("Amount due", money(grand)), ("Due by", "02/25/2026"),
                                        ("Amount enclosed", "$ ____________")]):
                doc.t(336, 46 + i * 14, k, B, 7.6)
                doc.t(566, 46 + i * 14, v, F, 7.6, "r")
            doc.t(40, 80, "MARISOL QUINTANAR-BELL", F, 8.5)
            doc.t(40, 91, "4107 OYSTERCATCHER LN", F, 8.5)
            doc.t(40, 102, "CAPE MERCY NC 28590-1177", F, 8.5)
            doc.line(40, 124, 572, 124, 0.5)
            doc.t(306, 132, "- - - Please detach and return the top portion with your payment - - -", F, 6.8, "c")
            doc.t(40, 152, "Statement of Account", B, 11)
            doc.t(40, 164, "Guarantor: Marisol Quintanar-Bell    Account G-20817    Patients on this account: "
                  "Elias Bell, Noor Bell, Tomas Bell", F, 7.6)
            return 172
        doc.t(40, 46, "Tidewater Kids Therapy Collective  -  Statement of Account (continued)", B, 9)
        doc.t(40, 58, "Guarantor: Marisol Quintanar-Bell    Account G-20817    Statement date 02/05/2026", F, 7.6)
        return 66

    y = tb.header(page_top())
    for vno, vd, pat, pcn, svcs in visits:
        if y > 700:
            y = tb.header(page_top())
        doc.rect(38, y + 4, 536, 13, fill=0.96, stroke=False)
        billed_to = f"billed to {ins}, claim {pcn}" if pcn else f"billed to {ins} on 01/30/2026 - insurance pending"
        doc.t(42, y + 13.5, f"Visit {vno}  -  {dfmt(vd, 'mdy4')}  -  {pat}  -  {billed_to}", B, 7.6)
        y += 18
        for s in svcs:
            adj = -(s.discount) if pcn else None
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), s.desc, units_str(s.units), money(s.billed, ","),
                     money(s.paid, ",") if pcn else "pending", money(adj, ",") if pcn else "",
                     money(s.owes, ",") if pcn else ""]
            if y + tb.height(cells) > 740:
                y = tb.header(page_top())
            y, ys = tb.row(y, cells)
            o.add(s, ys, S, claim_id=vno, payer_claim_id=pcn, patient=pat,
                  printed=("billed", "paid", "patient_owes") if pcn else ("billed",))
        t = [total(svcs, a) for a in ("billed", "paid", "discount", "owes")]
        if pcn:
            y, _ = tb.row(y, ["", "", "", "Visit total", "", money(t[0], ","), money(t[1], ","),
                              money(-t[2], ","), money(t[3], ",")], B)
            o.claim(vno, pcn, pat, billed=t[0], paid=t[1], patient_owes=t[3])
        else:
            y, _ = tb.row(y, ["", "", "", "Visit total", "", money(t[0], ","), "", "", ""], B)
            o.claim(vno, None, pat, billed=t[0])
    y += 4
    doc.t(42, y + 10, "01/26/2026   Payment received - thank you (check 2214)", F, S)
    doc.t(538, y + 10, "-60.00", F, S, "r")
    y += 22
    doc.rect(40, y, 532, 36)
    for i, (k, v) in enumerate([("Current", money(grand, ",")), ("31-60 days", "0.00"), ("61-90 days", "0.00"),
                                ("Over 90", "0.00"), ("Amount due", money(grand, ","))]):
        doc.t(80 + i * 106, y + 14, k, B, 7.4, "c")
        doc.t(80 + i * 106, y + 27, v, F, 7.4, "c")
    doc.t(40, y + 50, "Your balance is what remains after your insurance processed each visit. Visits marked pending "
          "are not yet due.", F, 7.2)
    doc.t(306, 772, f"Page {doc.n} of {{NP}}", F, 7, "c")
    return o, "reportlab", "Therapy clinic family statement of account", Fmt(
        money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), units=units_str)


# ===================================================================================================== e2
def e2(out_dir: Path):
    doc = Doc(612, 792, font="DVSans", size=7.6)
    o = Out(doc)
    F, B, S = "DVSans", "DVSans-B", 7.6
    rev = {"97165": "0434", "97166": "0434", "97530": "0430", "97535": "0430", "97112": "0430", "97760": "0430",
           "L3807": "0274", "92523": "0444", "92507": "0440", "92526": "0440", "97161": "0424", "97110": "0420",
           "97116": "0420", "97140": "0420"}
    def it(spec):
        return mk(spec, lambda s: s)
    kemi = it([(5, "97166", 1, ["GO"]), (5, "97530", 2, ["GO"]), (7, "97530", 3, ["GO"]), (12, "97530", 3, ["GO"]),
               (12, "97760", 1, ["GO"]), (12, "L3807", 1, ["LT"]), (14, "97530", 3, ["GO"]),
               (19, "97530", 3, ["GO"]), (21, "97535", 2, ["GO"]), (26, "97530", 3, ["GO"]),
               (28, "97530", 3, ["GO"])])
    fix = negate(Svc(D(21), "97535", Decimal("2"), ("GO",)))
    fix.billed = -Decimal("82.00")
    fix.units = Decimal("1")
    fix.desc = "Charge correction - self-care training billed twice"
    kemi.insert(9, fix)
    dayo = it([(6, "92523", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"]), (20, "92526", 1, ["GN"]),
               (27, "92507", 1, ["GN"])])
    ife = it([(8, "97161", 1, ["GP"]), (8, "97110", 2, ["GP"]), (15, "97110", 3, ["GP"]), (15, "97140", 1, ["GP"]),
              (22, "97110", 2, ["GP"]), (22, "97116", 1, ["GP"])])
    accts = [("Kemi Odunsi-Lake", "6100482291", "Keystone Family Health", "7781200456", kemi, Decimal("0.62")),
             ("Dayo Odunsi-Lake", "6100482307", "Keystone Family Health", "7781200471", dayo, Decimal("0.58")),
             ("Ife Odunsi-Lake", "6100482318", "Keystone Family Health", "7781200489", ife, Decimal("0.55"))]
    cols = [Col("Date", 46, 44), Col("Rev", 94, 22), Col("CPT/HCPCS", 120, 48), Col("Description", 172, 240, wrap=True),
            Col("Qty", 420, 20, "r"), Col("Amount", 470, 80, "r")]
    tb = Table(doc, cols, F, S, B, lead=12.5, rule_rows=True)

    def ng(d):
        return money(d, ",", "()")

    def page_top():
        if doc.pages:
            doc.t(566, 770, f"Page {doc.n} of {{NP}}", F, 6.8, "r")
        doc.new_page()
        doc.t(46, 44, "St. Aldric Children's Hospital", B, 13)
        doc.t(46, 56, "Patient Financial Services  |  600 Larkspur Blvd, Fenwood, OH 43930  |  1-740-555-0126", F, 7)
        doc.line(46, 62, 566, 62, 1)
        if doc.n == 1:
            doc.t(46, 80, "Summary Statement", B, 11)
            doc.t(46, 94, "Guarantor: Perpetua Odunsi-Lake", F, 8)
            doc.t(46, 105, "2290 Ridgeline Terrace, Fenwood, OH 43930", F, 8)
            doc.rect(360, 70, 206, 46, fill=0.94)
            doc.t(368, 83, "Statement date: 02/06/2026", F, 7.6)
            doc.t(368, 95, "Guarantor no.: 40018822", F, 7.6)
            doc.t(368, 107, "Total you owe: {DUE}", B, 8)
            return 124
        doc.t(46, 76, "Perpetua Odunsi-Lake  -  Guarantor no. 40018822  -  Summary Statement (continued)", F, 7.6)
        return 84

    y = page_top()
    due = ZERO
    for pat, ha, payer, pcn, items, rate in accts:
        charges = total(items, "billed")
        ipay = q(charges * rate)
        iadj = q(charges * Decimal("0.30"))
        owe = charges - ipay - iadj
        due += owe
        if y > 560:
            y = page_top()
        doc.rect(44, y + 6, 524, 24, fill=0.88, stroke=False)
        doc.t(50, y + 16, f"Patient: {pat}", B, 8)
        doc.t(300, y + 16, f"Hospital account #: {ha}", B, 8)
        doc.t(50, y + 26, f"Outpatient rehabilitation  -  service dates {dfmt(items[0].dos, 'mdy4')} - "
              f"{dfmt(max(s.dos for s in items), 'mdy4')}", F, 7)
        y = tb.header(y + 32)
        for s in items:
            code = s.code + ("-" + s.mods[0] if s.mods else "")
            cells = [dfmt(s.dos, "mdy4"), rev[s.code], code, s.desc, units_str(s.units), ng(s.billed)]
            if y + tb.height(cells) > 745:
                y = page_top()
                doc.t(50, y + 8, f"Patient: {pat}   Hospital account #: {ha}   (continued)", B, 7.6)
                y = tb.header(y + 12)
            y, ys = tb.row(y, cells)
            o.add(s, ys, S, claim_id=ha, payer_claim_id=pcn, patient=pat, printed=("billed",))
        doc.line(420, y + 1, 550, y + 1)
        y += 3
        for lab, v, bold in [("Total charges", charges, True),
                             (f"Insurance payment - {payer} (claim {pcn})", -ipay, False),
                             (f"Insurance contractual adjustment - {payer}", -iadj, False),
                             ("Account balance - amount you owe", owe, True)]:
            doc.t(172, y + 10, lab, B if bold else F, S)
            doc.t(550, y + 10, ng(v), B if bold else F, S, "r")
            y += 12
        o.claim(ha, pcn, pat, billed=charges)
        y += 6
    doc.t(46, y + 14, "Insurance has processed every account above. The balance shown is your share under your plan.",
          F, 7)
    doc.t(46, y + 24, "Questions about this statement? Call Patient Financial Services, weekdays 8 a.m. - 5 p.m.", F, 7)
    doc.t(566, 770, f"Page {doc.n} of {{NP}}", F, 6.8, "r")
    for i, op in enumerate(doc.pages[0]):
        if op[0] == "t" and "{DUE}" in op[3]:
            doc.pages[0][i] = op[:3] + (op[3].replace("{DUE}", money(due)),) + op[4:]
    return o, "fpdf2", "Children's hospital family summary statement", Fmt(
        money=ng, date=lambda d: dfmt(d, "mdy4"), units=units_str)


# ===================================================================================================== driver
LAYOUTS = [a1, a2, b1, b2, c1, c2, d1, d2, e1, e2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out_dir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout83_"))
    if "samples" in out_dir.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    bad = 0
    for fn in LAYOUTS:
        name = f"h83_{fn.__name__}"
        o, producer, desc, fmt = fn(out_dir)
        pdf = out_dir / f"{name}.pdf"
        if producer == "reportlab":
            o.doc.save_reportlab(pdf)
        else:
            o.doc.save_fpdf(pdf)
        write_truth(pdf, name, producer, o.doc.n, desc, o.lines, o.claims, o.legend, o.findings)
        msg = f"{name}: {producer}, {o.doc.n} pages, {len(o.lines)} lines, {len(o.claims)} claims"
        if check:
            truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
            probs = check_file(pdf, truth, o.rows, fmt)
            if o.doc.n < 1 or not o.lines:
                probs.append("empty document")
            bad += len(probs)
            msg += "  OK" if not probs else f"  {len(probs)} PROBLEMS"
            for p in probs[:12]:
                msg += "\n    " + p
        print(msg)
    print(out_dir)
    if check:
        print("check:", "PASS" if not bad else f"FAIL ({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
