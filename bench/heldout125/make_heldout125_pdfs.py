"""Write the 125th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two
of each of the five commonest real kinds (commercial member EOB, Medicare Summary Notice / Medicare Advantage
member EOB, state Medicaid remittance advice, Medicare-style paper remit from a clearinghouse / practice system,
family statement from a therapy clinic / hospital), each in a house style of its own.

Run:  python bench/heldout125/make_heldout125_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout125/make_heldout125_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). h125.py (same folder) holds the small reportlab/fpdf2 drawing shim and the
self-check. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Truth format: the one of samples/pdf (samples/pdf/eobgen.py truth_line / write_truth), printed values only, null
for what a layout does not print (units null where no quantity is printed; amounts null where the column is not
printed for the line); claim_id = the provider's own account / patient-control / visit number, payer_claim_id =
the payer's claim number / ICN / TCN / claim ref, patient exactly as printed (the person served, not the
subscriber or guarantor). service_end stays null when a From/Thru pair prints the same day twice. Adjustments are
recorded only where the layout prints group+reason codes (with their amounts); plain "Ins. Adj." money columns
go to discount. Reversed / voided claims carry negative amounts.

Layouts:
  c1  commercial PPO family member EOB, portrait LibSans (reportlab): address + account box, plan-year line,
      shaded claim heads "Patient: ... (Daughter) / Claim Number / Your provider's account no. / Processed",
      "Amount Billed / Plan Savings / Allowed Amount / Not Covered / Applied to Deductible / Copay / Coinsurance /
      Plan Paid / You Owe / Remark", code-modifiers "97530-GO" with the long wording wrapped beneath, no units,
      denied PR lines, a 12-line claim continued on page 2 under a repeated head, remark legend
  c2  commercial HMO "Statement of Claims Processed", landscape core Times (fpdf2): one running table, patient +
      claim no. on a claim's first row and provider + patient acct on its second, Service Date mm/dd/yyyy,
      Proc. Code / Mod / Qty / Billed / Plan Discount / Ineligible / Eligible / Member Copay / Benefit Paid /
      Member Resp. / Rsn, per-visit-day copay, an excluded group session (CO), claim totals; PLANTED claim-total
      mismatch (Member Resp. 10.00 too high) declared as an expected finding
  m1  Medicare Summary Notice Part B, portrait DejaVu Serif Condensed (fpdf2, 3 pages): page-1 notice, deductible,
      approval question and provider list; claim blocks by provider with referring doctor, date sub-heads
      "Jan 12, 2026", wrapped wording ending "(97110-GP-KX)" with the amounts on the code's (last) line, Yes/No +
      note letters, Total for this claim, a 15-line claim, a non-covered 0552T the patient may be billed for,
      claims spread over pages 2-3, no units
  m2  Medicare Advantage HMO member EOB, landscape DejaVu Sans (reportlab): member box + this month / year to date
      box, shaded claim bands "Claim # / Provider / Patient Account / Status", Date of Service / Service
      Description (wrapped) / Code / Modifier / Units / Billed / Approved / Plan Paid / Member Cost Share / Reason,
      CQ assistant lines, per-day copay, a no-authorisation denial at $0.00, a claim continued "(cont.)"
  d1  state Medicaid remittance advice, portrait core Helvetica, ruled (reportlab): title band, CLAIM STATUS
      sections, boxed claim heads "Recipient LAST, FIRST / Recipient ID / ICN / Patient No / Claim Billed / Claim
      Paid", Ln / From / Thru / Proc / Mod 1 / Mod 2 / Units "3.00" / Billed / Allowed / TPL / Copay / Paid / EOB
      (4-digit state codes), other-insurance offset, an ineligible-recipient denial, payment summary, code legend
  d2  state Medicaid RA, mainframe print in core Courier portrait (fpdf2, 2 pages): run banner repeated per page,
      ORIGINAL / ADJUSTED CLAIMS sections, NAME/RECIP NO / TCN / PAT CNTL on the first row of a claim and the
      recipient number on the second, SRV DATES "010526-010526", glued MODS "GO59", CHARGE / ALLOWED / PAID, one
      ADJ "CO45 88.70" per row, REMARK rows, a void with trailing-minus amounts and its replacement, CLAIM TOTAL
  p1  clearinghouse print of a Medicare Part B remittance, landscape Liberation Sans Narrow, boxed (reportlab):
      label-over-value claim boxes (Patient Name / MBI / Patient Acct # / Payer Claim # (ICN) / Claim Status),
      Rendering NPI / Svc From / Thru / POS / Units / Proc / Modifiers / Billed / Allowed / Deductible /
      Coinsurance / Adj Grp/Rsn / Adj Amount / RARC / Provider Paid, further adjustments stacked on rows below,
      status 22 reversal (negative) and its correction, statutory-exclusion denial, claim totals with Pt Resp
  p2  practice-management "Remittance Detail by Patient", portrait Liberation Mono (fpdf2): patient / Acct /
      Payer Claim Ref heads, Svc Dt mm/dd/yy / Code / Mod "GP CQ" / Qty / Charge / Allowed / Deduct / CoIns / Paid
      / Pt Resp, "Adj: CO-45 118.40  PR-2 12.00  CO-253 0.97" rows, "Rmk:" rows, bundling denial, claim totals,
      a claim continued on page 2 under "Patient: ... (continued)" and the repeated page head, glossary
  s1  pediatric therapy clinic family statement to a guarantor, portrait core Times (reportlab): detach stub,
      visit heads "Visit V26-.... - child - insurer claim # ...", Date / Patient / Code "97530 GO" / Description
      (first line only) / Charges / Insurance / Ins. Adj. / Your Balance, no units, visits still awaiting the
      insurer (charge only, no claim number), payment row, balance box; 3 children
  s2  children's hospital family account statement, portrait Liberation Serif with a page-1 sidebar (fpdf2):
      boxed account heads "Account ... / Patient: LAST, FIRST / Insurance ... Claim Ref", Date / Rev / CPT/HCPCS /
      Mod / Description (upper case, wrapped) / Units / Charges (charges only per line), account summaries with
      insurer payment and contractual adjustment, a 15-line account continued on page 2; 3 family members

The self-check (--check) tests the factory, never the reader: page count; for every truth line a single
extracted text row (pdfplumber words grouped by baseline) on its page that holds the code, each modifier, the
units value, every printed amount and (row-dated layouts) the service date; adjustment codes/amounts and
remarks on that row or the few rows under it; heading dates on the page; ids and patients in the document;
billed - adjustments = paid where every adjustment is printed; allowed - deductible - copay - coinsurance = paid
where those are printed; every printed claim total appears and equals the sum of its lines unless it is the
planted, declared mismatch; at least three files carry a claim whose rows continue onto another page.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import (LONG_DESC, SCHED, ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, units_str, claim_totals, write_truth)
from h125 import Doc, check_file  # noqa: E402


def D(m: int, d: int) -> date:
    return date(2026, m, d)


class Rec:
    def __init__(self):
        self.lines: list = []
        self.claims: list = []
        self.findings: list = []

    def line(self, page, s, **kw):
        self.lines.append(truth_line(page, s, **kw))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def S(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


META: dict[str, dict] = {}


# ============================================================== c1: commercial family member EOB (reportlab)
def c1(out: Path) -> str:
    name = "c1_family_member_eob"
    path = out / f"{name}.pdf"
    doc = Doc("reportlab", path, False, "Explanation of Benefits")
    R, B = "LibSans", "LibSans-B"
    rec = Rec()
    sts = {}

    def st(p):
        return sts.setdefault(p, PlanState(ded_left=q(60) if p.startswith("Dana") else q(25)))

    claims = [
        ("Mia Okafor-Reyes", "Daughter", "4471-226-0183", "BPT-22871", "Brightwater Pediatric Therapy", "01/14/26",
         [S(D(1, 6), "97165", 1, ("GO",)), S(D(1, 6), "97530", 2, ("GO",)), S(D(1, 6), "97535", 1, ("GO",))]),
        ("Theo Okafor-Reyes", "Son", "4471-226-0219", "BPT-22904", "Brightwater Pediatric Therapy", "01/15/26",
         [S(D(1, 8), "92523", 1, ("GN",)), S(D(1, 8), "92507", 1, ("GN",)), S(D(1, 8), "97129", 1, ("GN",), "PR")]),
        ("Mia Okafor-Reyes", "Daughter", "4471-226-0377", "BPT-23150", "Brightwater Pediatric Therapy", "02/03/26",
         [s for d in (13, 15, 20, 22, 27) for s in
          (S(D(1, d), "97530", 2, ("GO",)), S(D(1, d), "97110", 1, ("GO", "59")))] +
         [S(D(1, 29), "97140", 1, ("GO",), "PR"), S(D(1, 29), "97168", 1, ("GO",))]),
        ("Dana Okafor-Reyes", "Self", "4471-226-0402", "HHU-88120", "Harborline Hand & Upper Extremity", "02/04/26",
         [S(D(1, 21), "99213", 1), S(D(1, 21), "L3807", 1, ("RT",)), S(D(1, 21), "97760", 1, ("GO",))]),
    ]
    cols = [("Amount", "Billed", "billed"), ("Plan", "Savings", "discount"), ("Allowed", "Amount", "allowed"),
            ("Not", "Covered", "not_covered"), ("Applied to", "Deductible", "deductible"), ("", "Copay", "copay"),
            ("", "Coinsurance", "coinsurance"), ("Plan", "Paid", "paid"), ("You", "Owe", "owes")]
    xs = [214, 254, 296, 334, 378, 412, 456, 496, 536]
    bottom = 728
    y = 0

    def footer():
        doc.hline(36, 576, 752, 0.4)
        doc.text(36, 764, "Northgate Mutual Health Plan  |  This is not a bill. Keep this statement for your records.",
                 R, 6.5, gray=0.3)
        doc.text(576, 764, f"Page {doc.page}", R, 6.5, "R")

    def colhead(yy):
        doc.rect(36, yy - 9, 540, 20, fill=0.92, stroke=False)
        doc.text(40, yy, "Date of", B, 6.5); doc.text(40, yy + 8, "Service", B, 6.5)
        doc.text(84, yy + 8, "Service / Code", B, 6.5)
        for (a, b, _), x in zip(cols, xs):
            if a:
                doc.text(x, yy, a, B, 6.5, "R")
            doc.text(x, yy + 8, b, B, 6.5, "R")
        doc.text(542, yy + 8, "Remark", B, 6.5)
        return yy + 20

    def claimhead(yy, c, cont=False):
        pat, rel, pcn, acct, prov, proc, _ = c
        doc.rect(36, yy - 10, 540, 26, fill=0.97)
        doc.text(42, yy, f"Patient: {pat} ({rel})" + ("  -  continued" if cont else ""), B, 8)
        doc.text(330, yy, f"Claim Number: {pcn}", B, 8)
        doc.text(42, yy + 11, f"Provider: {prov}", R, 7)
        doc.text(250, yy + 11, f"Your provider's account no.: {acct}", R, 7)
        doc.text(470, yy + 11, f"Processed: {proc}", R, 7)
        return yy + 26

    # page 1 masthead and two-column top
    doc.text(36, 50, "NORTHGATE MUTUAL", B, 16); doc.text(36, 62, "HEALTH PLAN", R, 9, gray=0.35)
    doc.text(576, 48, "Explanation of Benefits", B, 13, "R")
    doc.text(576, 62, "THIS IS NOT A BILL", B, 8, "R")
    doc.text(36, 96, "DANA OKAFOR-REYES", R, 9); doc.text(36, 107, "2217 LANTERN RIDGE CT", R, 9)
    doc.text(36, 118, "ELMSFORD FALLS, OR 97433-2210", R, 9)
    doc.rect(330, 84, 246, 66)
    for i, (a, b) in enumerate([("Subscriber ID", "NMH418827301"), ("Group", "Cascadia Timberworks 40771"),
                                ("Statement date", "February 6, 2026"), ("Plan", "Choice PPO 1500")]):
        doc.text(338, 98 + 13 * i, a, R, 8); doc.text(568, 98 + 13 * i, b, B, 8, "R")
    doc.text(36, 170, "Your family's plan-year progress", B, 9)
    doc.text(36, 182, "Family deductible: $412.00 met of $3,000.00     Out-of-pocket: $861.27 met of $7,000.00", R, 8)
    doc.text(36, 198, "Remark codes are explained on the last page. Amounts are in US dollars.", R, 7, gray=0.3)
    y = 222
    for c in claims:
        pat, rel, pcn, acct, prov, proc, svcs = c
        for s in svcs:
            commercial(s, st(pat))
            s.remarks = (["NC7"] if s.denied else ["PD1"] + (["DD2"] if s.deductible else []))
        if y + 80 > bottom:
            footer(); doc.new_page(); y = 50
        y = claimhead(y, c)
        y = colhead(y + 4)
        for s in svcs:
            code = "-".join((s.code,) + s.mods)
            desc = doc.wrap(LONG_DESC.get(s.code, s.desc), R, 6.5, 118)
            h = 11 + 8 * len(desc)
            if y + h > bottom:
                footer(); doc.new_page()
                doc.text(36, 40, "Northgate Mutual Health Plan - Explanation of Benefits (continued)", R, 7, gray=0.3)
                y = claimhead(58, c, True); y = colhead(y + 4)
            doc.text(40, y, dfmt(s.dos, "mdy2"), R, 7.5)
            doc.text(84, y, code, B, 7.5)
            for (_, _, a), x in zip(cols, xs):
                doc.text(x, y, money(getattr(s, a), "$"), R, 7.5, "R")
            doc.text(542, y, ", ".join(s.remarks), R, 7)
            for i, dl in enumerate(desc):
                doc.text(84, y + 8 * (i + 1), dl, R, 6.5, gray=0.25)
            rec.line(doc.page, s, claim_id=acct, payer_claim_id=pcn, patient=pat, units=False,
                     printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), remarks=s.remarks,
                     overrides={"description": LONG_DESC.get(s.code, s.desc)})
            doc.hline(84, 576, y + 8 * len(desc) + 3, 0.2, 0.6)
            y += h
        doc.text(84, y + 2, "Claim totals", B, 7.5)
        for (_, _, a), x in zip(cols, xs):
            doc.text(x, y + 2, money(total(svcs, a), "$"), B, 7.5, "R")
        rec.claim(acct, pcn, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 24
    legend = [("PD1", "Your plan's network price is lower than the provider's charge; the difference is not yours to pay."),
              ("DD2", "This amount counts toward your plan-year deductible."),
              ("NC7", "This service is not a benefit of your plan. You may owe the provider for it.")]
    if y + 70 > bottom:
        footer(); doc.new_page(); y = 50
    doc.text(36, y, "Remark codes", B, 9); y += 12
    for k, v in legend:
        doc.text(36, y, k, B, 7.5); doc.text(70, y, v, R, 7.5); y += 10
    doc.text(36, y + 8, "Questions? Call Member Services at 1-800-555-0142 (TTY 711), Monday-Friday 8 a.m. to 8 p.m.",
             R, 7.5)
    footer()
    pages = doc.save()
    write_truth(path, name, "reportlab", pages, "commercial PPO family member EOB", rec.lines, rec.claims, legend)
    META[name] = {"row_dates": True}
    return name


# ============================================================== c2: commercial HMO member statement (fpdf2)
def c2(out: Path) -> str:
    name = "c2_hmo_claims_statement"
    path = out / f"{name}.pdf"
    doc = Doc("fpdf2", path, True, "Statement of Claims Processed")
    R, B = "Times-Roman", "Times-Bold"
    rec = Rec()
    sts: dict = {}

    def st(p):
        return sts.setdefault(p, PlanState(ded_left=ZERO, visit_copay=q(30)))

    claims = [
        ("Priya Venkataraman", "SK-550912", "26041-HM-000871", "Summit Kids Speech & OT",
         [S(D(1, 5), "92523", 1, ("GN",)), S(D(1, 5), "92507", 1, ("GN",))]),
        ("Arjun Venkataraman", "SK-551004", "26041-HM-000902", "Summit Kids Speech & OT",
         [S(D(1, 7), "97166", 1, ("GO",)), S(D(1, 7), "97530", 3, ("GO",)), S(D(1, 7), "97112", 1, ("GO", "59"))]),
        ("Arjun Venkataraman", "SK-551388", "26041-HM-001355", "Summit Kids Speech & OT",
         [s for d in (12, 14, 19, 21, 26, 28) for s in (S(D(1, d), "97530", 2, ("GO",)), S(D(1, d), "97535", 1, ("GO",)))]
         + [S(D(1, 28), "97150", 1, ("GO",), "CO")]),
        ("Meera Venkataraman", "RVP-3091", "26041-HM-001410", "Redwood Valley Physicians",
         [S(D(1, 22), "99213", 1), S(D(1, 22), "97161", 1, ("GP",)), S(D(1, 22), "97110", 2, ("GP",))]),
    ]
    # x positions: left cells then right-aligned amounts
    heads = [("Patient /", "Claim No."), ("Provider /", "Patient Acct"), ("Service", "Date"), ("Proc.", "Code"),
             ("", "Mod"), ("", "Qty"), ("Billed", "Amount"), ("Plan", "Discount"), ("Ineligible", "Amount"),
             ("Eligible", "Amount"), ("Member", "Copay"), ("Benefit", "Paid"), ("Member", "Resp."), ("", "Rsn")]
    X = [30, 138, 246, 296, 330, 382, 432, 484, 536, 588, 636, 688, 740, 748]
    AL = ["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "R", "R", "L"]
    bottom = 560

    def top(first):
        doc.text(30, 40, "Pinecrest Community Health Plan", B, 15)
        doc.text(30, 54, "HMO Select  -  Statement of Claims Processed", R, 10)
        doc.text(762, 40, "This is not a bill", B, 10, "R")
        doc.text(762, 54, f"Page {doc.page}", R, 9, "R")
        if first:
            doc.text(30, 76, "Subscriber: Meera Venkataraman     Member ID: PCH-7730-41928     Statement period: "
                     "01/01/2026 to 01/31/2026", R, 9)
            doc.text(30, 88, "Your HMO copay is applied once per visit day. Eligible Amount is the rate your plan has "
                     "agreed with the provider.", R, 8)
            return 104
        doc.text(30, 76, "Meera Venkataraman  -  PCH-7730-41928  -  continued", R, 9)
        return 90

    def colhead(y):
        doc.hline(30, 762, y - 8, 0.8)
        for (a, b), x, al in zip(heads, X, AL):
            if a:
                doc.text(x, y, a, B, 8, al)
            doc.text(x, y + 9, b, B, 8, al)
        doc.hline(30, 762, y + 13, 0.8)
        return y + 25

    y = colhead(top(True))
    for pat, acct, pcn, prov, svcs in claims:
        for s in svcs:
            commercial(s, st(pat), deny_reason="96")
            s.allowed = s.allowed if not s.denied else ZERO
            s.remarks = ["E12"] if s.denied else (["C03"] if s.copay else [])
        left = [(pat, pcn), (prov, acct)]
        for i, s in enumerate(svcs):
            if y > bottom:
                doc.text(400, y + 4, "Continued on next page", R, 8, "C")
                doc.new_page(); y = colhead(top(False))
            cells = ["", "", dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                     money(s.billed, ","), money(s.discount, ","), money(s.not_covered, ","), money(s.allowed, ","),
                     money(s.copay, ","), money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            if i < 2:
                cells[0], cells[1] = left[0][i], left[1][i]
            for c, x, al in zip(cells, X, AL):
                if c:
                    doc.text(x, y, c, R, 8.5, al)
            rec.line(doc.page, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                     printed=("billed", "discount", "not_covered", "allowed", "copay", "paid", "patient_owes"),
                     remarks=s.remarks)
            y += 12
        tb, to = total(svcs, "billed"), total(svcs, "owes")
        printed_owes = to + (q(10) if pcn == "26041-HM-000902" else ZERO)
        if printed_owes != to:
            rec.findings.append(f"claim-total-mismatch claim {pcn}: printed Member Resp. (patient_owes) total "
                                f"{printed_owes} but the lines add up to {to}")
        doc.hline(432 - 40, 762, y - 8, 0.3)
        doc.text(296, y, "Claim total", B, 8.5)
        for v, x in ((tb, 432), (total(svcs, "discount"), 484), (total(svcs, "not_covered"), 536),
                     (total(svcs, "allowed"), 588), (total(svcs, "copay"), 636), (total(svcs, "paid"), 688),
                     (printed_owes, 740)):
            doc.text(x, y, money(v, ","), B, 8.5, "R")
        rec.claim(acct, pcn, pat, billed=tb, allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                  patient_owes=printed_owes)
        y += 18
    legend = [("C03", "Office visit copay for this date of service."),
              ("E12", "Group sessions are excluded under your HMO plan; the provider may not bill you for it.")]
    y += 6
    doc.text(30, y, "Reason codes:", B, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(100, y + 11 * i, f"{k}  {v}", R, 8.5)
    doc.text(30, y + 34, "Pinecrest Community Health Plan, PO Box 4410, Millbrook, NV 89433  -  Member Services "
             "1-888-555-0178", R, 8)
    pages = doc.save()
    write_truth(path, name, "fpdf2", pages, "commercial HMO family claims statement", rec.lines, rec.claims, legend,
                rec.findings)
    META[name] = {"row_dates": True}
    return name


# ============================================================== m1: Medicare Summary Notice Part B (fpdf2)
def m1(out: Path) -> str:
    name = "m1_medicare_summary_notice"
    path = out / f"{name}.pdf"
    doc = Doc("fpdf2", path, False, "Medicare Summary Notice")
    R, B = "DVSerifC", "DVSerifC-B"
    rec = Rec()
    st = PlanState(ded_left=q(55))
    ben = "WALTER J. PRZYBYLSKI"
    claims = [
        ("Lakeshore Outpatient Rehabilitation", "Dr. Imani Castellanos", "1-26-008-4419-02",
         {D(1, 7): [S(D(1, 7), "97163", 1, ("GP",)), S(D(1, 7), "97110", 2, ("GP",))]}),
        ("Lakeshore Outpatient Rehabilitation", "Dr. Imani Castellanos", "1-26-021-0075-11",
         {d: [S(d, "97110", 2, ("GP", "KX")), S(d, "97112", 1, ("GP", "KX")), S(d, "97140", 1, ("GP", "KX"))]
          for d in (D(1, 12), D(1, 14), D(1, 16), D(1, 19), D(1, 21))}),
        ("Prairie Hand Therapy Associates", "Dr. Soren Achebe", "1-26-027-3301-40",
         {D(1, 23): [S(D(1, 23), "97165", 1, ("GO",)), S(D(1, 23), "97760", 1, ("GO",)),
                     S(D(1, 23), "0552T", 1, (), "PR")]}),
    ]
    W = doc.W
    bottom = 720
    X = [44, 372, 442, 508, 566]  # right edges of the amount columns after the description column

    def foot():
        doc.hline(36, W - 36, 748, 0.5)
        doc.text(36, 760, f"{ben}", R, 7.5)
        doc.text(W / 2, 760, "Medicare Summary Notice for Part B", R, 7.5, "C")
        doc.text(W - 36, 760, f"Page {doc.page} of 3", R, 7.5, "R")

    # page 1
    doc.text(36, 52, "Medicare Summary Notice", B, 20)
    doc.text(36, 68, "for Part B (Medical Services and Supplies)", R, 11)
    doc.text(36, 84, "Your record of Medicare-covered services. This notice is not a bill.", R, 9)
    doc.rect(36, 100, 250, 78)
    for i, (a, b) in enumerate([("Beneficiary", ben), ("Medicare Number", "XXXXXXX47QK"),
                                ("Notice date", "February 10, 2026"), ("Claims from", "January 1 - February 1, 2026")]):
        doc.text(44, 116 + 16 * i, a, B, 8.5); doc.text(140, 116 + 16 * i, b, R, 8.5)
    doc.text(310, 116, "WALTER J. PRZYBYLSKI", R, 9); doc.text(310, 128, "88 CORMORANT BAY RD", R, 9)
    doc.text(310, 140, "SILVER LAKE, MN 55381", R, 9)
    doc.text(36, 206, "Your Deductible Status", B, 13)
    doc.text(36, 222, "Your deductible is what you must pay each year for Part B services before Medicare pays.", R, 9)
    doc.text(36, 234, "You have now met your 2026 Part B deductible.", R, 9)
    doc.text(36, 262, "Were all your services approved?", B, 13)
    doc.text(36, 278, "NO. One service was not approved. Look for NO in the claim details and read the notes.", R, 9)
    doc.text(36, 306, "Providers with claims this period", B, 13)
    py = 322
    for prov, _, _, dd in claims:
        ds = sorted(dd)
        doc.text(44, py, f"{prov}", R, 9)
        doc.text(W - 44, py, f"{dfmt(ds[0], 'mon')}" + (f" - {dfmt(ds[-1], 'mon')}" if len(ds) > 1 else ""), R, 9, "R")
        py += 13
    doc.rect(36, 380, W - 72, 70, fill=0.94)
    doc.text(48, 398, "If you disagree with a decision, you may ask for a review (appeal). Circle the services", R, 9)
    doc.text(48, 410, "on the claim pages, explain why, and mail copies to the address in the appeal section by", R, 9)
    doc.text(48, 422, "June 10, 2026. Call 1-800-555-0166 if you think you were billed for services you did not get.",
             R, 9)
    foot()
    doc.new_page()
    y = 50

    def colhead(yy):
        doc.rect(36, yy - 10, W - 72, 26, fill=0.88, stroke=False)
        doc.text(44, yy, "Service Provided &", B, 8); doc.text(44, yy + 10, "Billing Code", B, 8)
        for (a, b), x in zip([("Service", "Approved?"), ("Amount Provider", "Charged"), ("Medicare-Approved", "Amount"),
                              ("Amount", "Medicare Paid"), ("Maximum You", "May Be Billed")], X[:1] + [300] + X[1:4]):
            pass
        for (a, b), x in zip([("Amount Provider", "Charged"), ("Medicare", "Approved"), ("Medicare", "Paid"),
                              ("Maximum You", "May Be Billed")], [300, 372, 442, 508]):
            doc.text(x, yy, a, B, 8, "R"); doc.text(x, yy + 10, b, B, 8, "R")
        doc.text(522, yy, "Approved?", B, 8); doc.text(522, yy + 10, "See Notes", B, 8)
        return yy + 28

    doc.text(36, y, "Your Claims for Part B", B, 14)
    y += 20
    notes = {"A": "The approved amount is based on a fee schedule; your provider agreed to accept it.",
             "B": "2% was taken from Medicare's payment by the mandatory payment reduction.",
             "C": "Services above the yearly therapy threshold were covered because your provider confirmed they "
                  "were medically needed.",
             "D": "Medicare does not cover this item. You signed a notice that you would pay, so you may be billed."}
    for prov, ref, icn, dd in claims:
        svcs = [s for d in sorted(dd) for s in dd[d]]
        for s in svcs:
            medicare(s, st, deny_reason="96")
            s.remarks = ["D"] if s.denied else ["A", "B"] + (["C"] if "KX" in s.mods else [])
        if y + 110 > bottom:
            foot(); doc.new_page(); y = 50
        doc.text(36, y, prov, B, 10); y += 12
        doc.text(36, y, f"Claim number {icn}   -   Referred by {ref}", R, 8.5); y += 16
        y = colhead(y)
        for d in sorted(dd):
            if y + 30 > bottom:
                foot(); doc.new_page(); y = 50
                doc.text(36, y, f"{prov}  -  Claim number {icn} (continued)", B, 9); y = colhead(y + 16)
            doc.text(44, y, dfmt(d, "mon"), B, 8.5); y += 12
            for s in dd[d]:
                code = "-".join((s.code,) + s.mods)
                words = doc.wrap(f"{LONG_DESC.get(s.code, s.desc)} ({code})", R, 8, 200)
                if y + 11 * len(words) > bottom:
                    foot(); doc.new_page(); y = 50
                    doc.text(36, y, f"{prov}  -  Claim number {icn} (continued)", B, 9); y = colhead(y + 16)
                    doc.text(44, y, dfmt(d, "mon") + " (continued)", B, 8.5); y += 12
                for i, w in enumerate(words):
                    doc.text(52, y + 11 * i, w, R, 8)
                yl = y + 11 * (len(words) - 1)
                for v, x in zip((s.billed, s.allowed, s.paid, s.owes), (300, 372, 442, 508)):
                    doc.text(x, yl, money(v, "$"), R, 8, "R")
                doc.text(522, yl, ("No " if s.denied else "Yes ") + " ".join(s.remarks), R, 8)
                rec.line(doc.page, s, claim_id=None, payer_claim_id=icn, patient=ben, units=False,
                         printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                         overrides={"description": LONG_DESC.get(s.code, s.desc)})
                y += 11 * len(words) + 3
        doc.hline(44, W - 36, y - 6, 0.5)
        doc.text(52, y + 2, "Total for this claim", B, 8.5)
        for a, x in zip(("billed", "allowed", "paid", "owes"), (300, 372, 442, 508)):
            doc.text(x, y + 2, money(total(svcs, a), "$"), B, 8.5, "R")
        rec.claim(None, icn, ben, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 26
    if y + 80 > bottom:
        foot(); doc.new_page(); y = 50
    doc.text(36, y, "Notes for Claims Above", B, 11); y += 14
    for k, v in notes.items():
        for i, w in enumerate(doc.wrap(v, R, 8.5, 500)):
            doc.text(36, y, f"{k}" if i == 0 else "", B, 8.5); doc.text(52, y, w, R, 8.5); y += 11
    foot()
    pages = doc.save()
    write_truth(path, name, "fpdf2", pages, "Medicare Summary Notice Part B", rec.lines, rec.claims,
                list(notes.items()))
    META[name] = {"row_dates": False}
    return name


def ma_visit_copay(svcs: list[Svc], copay: Decimal) -> None:
    """Medicare Advantage: plan fee schedule, one copay per visit day, plan pays the rest; no-auth denials at $0."""
    seen = set()
    for s in svcs:
        if s.denied:
            s.allowed = s.paid = s.owes = ZERO
            s.adjs = [("CO", "197", s.billed)]
            continue
        s.allowed = q(Decimal(SCHED[s.code]) * s.units * Decimal("1.04"))
        s.discount = s.billed - s.allowed
        s.copay = ZERO
        if s.dos not in seen:
            seen.add(s.dos)
            s.copay = min(copay, s.allowed)
        s.owes = s.copay
        s.paid = s.allowed - s.copay


# ============================================================== m2: Medicare Advantage member EOB (reportlab)
def m2(out: Path) -> str:
    name = "m2_medicare_advantage_eob"
    path = out / f"{name}.pdf"
    doc = Doc("reportlab", path, True, "Explanation of Benefits")
    R, B = "DVSans", "DVSans-B"
    rec = Rec()
    mem = "Rosalind Abernathy-Chu"
    claims = [
        ("MA2600719-3", "CWR-004417", "Cloverfield Rehab Partners", [S(D(1, 9), "97161", 1, ("GP",)),
                                                                     S(D(1, 9), "97116", 2, ("GP",))]),
        ("MA2601022-8", "CWR-004562", "Cloverfield Rehab Partners",
         [s for d in (13, 15, 20, 22, 27, 29) for s in
          (S(D(1, d), "97110", 2, ("GP", "CQ") if d in (15, 22) else ("GP",)), S(D(1, d), "97530", 1, ("GP",)))]
         + [S(D(1, 29), "G0283", 1, ("GP",), "CO")]),
        ("MA2601377-1", "SVF-88213", "Sandvik Family Medicine", [S(D(1, 26), "99213", 1)]),
        ("MA2601410-6", "CWR-004701", "Cloverfield Rehab Partners", [S(D(2, 3), "97110", 3, ("GP", "KX")),
                                                                     S(D(2, 3), "97140", 1, ("GP", "KX"))]),
    ]
    heads = ["Date of Service", "Service Description", "Code", "Modifier", "Units", "Billed Amt",
             "Approved Amt", "Plan Paid", "Member Cost Share", "Reason"]
    X = [36, 104, 300, 340, 418, 478, 550, 612, 700, 712]
    AL = ["L", "L", "L", "L", "R", "R", "R", "R", "R", "L"]
    bottom = 560

    def foot():
        doc.text(36, 590, "Harborview Senior Advantage (HMO) is a Medicare Advantage plan with a Medicare contract. "
                 "Enrollment depends on contract renewal.", R, 6.5, gray=0.35)
        doc.text(756, 590, f"Page {doc.page}", R, 7, "R")

    def colhead(yy):
        doc.hline(36, 756, yy - 10, 0.6)
        for h, x, al in zip(heads, X, AL):
            doc.text(x, yy, h, B, 7, al)
        doc.hline(36, 756, yy + 4, 0.6)
        return yy + 16

    def band(yy, pcn, acct, prov, cont=False):
        doc.rect(36, yy - 11, 720, 16, fill=0.9, stroke=False)
        doc.text(40, yy, f"Claim # {pcn}" + (" (cont.)" if cont else ""), B, 8)
        doc.text(190, yy, f"Provider: {prov}", R, 8)
        doc.text(450, yy, f"Patient Account: {acct}", R, 8)
        doc.text(650, yy, "Status: Processed", R, 8)
        return yy + 18

    # page 1: two boxes
    doc.text(36, 46, "HARBORVIEW SENIOR ADVANTAGE", B, 15)
    doc.text(36, 60, "Medicare Advantage HMO  -  Explanation of Benefits for January 2026", R, 9)
    doc.text(756, 46, "THIS IS NOT A BILL", B, 10, "R")
    doc.rect(36, 78, 340, 84)
    doc.text(44, 94, "Member", B, 8); doc.text(150, 94, mem, R, 8)
    doc.text(44, 108, "Member ID", B, 8); doc.text(150, 108, "HSA-22917450", R, 8)
    doc.text(44, 122, "Mailing address", B, 8); doc.text(150, 122, "4120 Quarry Hollow Ln, Apt 6", R, 8)
    doc.text(150, 134, "Dunmore Springs, PA 18530", R, 8)
    doc.rect(400, 78, 356, 84)
    doc.text(408, 94, "Your medical costs", B, 8); doc.text(640, 94, "This month", B, 8, "R"); doc.text(748, 94, "Year to date", B, 8, "R")
    allsv = [s for c in claims for s in c[3]]
    ma_visit_copay(allsv, q(20))
    tb, tp, to = total(allsv, "billed"), total(allsv, "paid"), total(allsv, "owes")
    for i, (a, v) in enumerate([("Providers billed", tb), ("Plan paid", tp), ("Your share", to)]):
        doc.text(408, 110 + 14 * i, a, R, 8); doc.text(640, 110 + 14 * i, money(v, "$"), R, 8, "R")
        doc.text(748, 110 + 14 * i, money(v, "$"), R, 8, "R")
    doc.text(408, 154, "Maximum out-of-pocket for 2026: $4,900.00", R, 7.5)
    doc.text(36, 184, "Claims Detail - Medical (Part C)", B, 11)
    y = colhead(204)
    for pcn, acct, prov, svcs in claims:
        for s in svcs:
            s.remarks = ["R40"] if s.denied else (["R11"] if s.copay else ["R02"])
        if y + 50 > bottom:
            foot(); doc.new_page(); y = colhead(50)
        y = band(y, pcn, acct, prov)
        for s in svcs:
            desc = doc.wrap(LONG_DESC.get(s.code, s.desc), R, 7, 190)
            if y + 10 * len(desc) > bottom:
                foot(); doc.new_page(); y = colhead(50); y = band(y, pcn, acct, prov, True)
            cells = [dfmt(s.dos, "mdy4"), desc[0], s.code, " ".join(s.mods), units_str(s.units), money(s.billed, "$"),
                     money(s.allowed, "$"), money(s.paid, "$"), money(s.owes, "$"), " ".join(s.remarks)]
            for c, x, al in zip(cells, X, AL):
                doc.text(x, y, c, R, 7.5 if x != 104 else 7, al)
            for i, w in enumerate(desc[1:]):
                doc.text(104, y + 9 * (i + 1), w, R, 7)
            rec.line(doc.page, s, claim_id=acct, payer_claim_id=pcn, patient=mem,
                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                     overrides={"description": LONG_DESC.get(s.code, s.desc)})
            y += 9 * len(desc) + 4
        doc.hline(478 - 50, 756, y - 8, 0.3)
        doc.text(340, y, "Claim Total", B, 7.5)
        for a, x in zip(("billed", "allowed", "paid", "owes"), (478, 550, 612, 700)):
            doc.text(x, y, money(total(svcs, a), "$"), B, 7.5, "R")
        rec.claim(acct, pcn, mem, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 20
    legend = [("R02", "Paid at the plan's contracted rate for in-network care."),
              ("R11", "Your specialist / therapy copay for this visit day."),
              ("R40", "No prior approval was on file. The provider cannot bill you for this service.")]
    if y + 50 > bottom:
        foot(); doc.new_page(); y = 50
    doc.text(36, y, "Reason code descriptions", B, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(36, y + 12 * (i + 1), k, B, 8); doc.text(70, y + 12 * (i + 1), v, R, 8)
    foot()
    pages = doc.save()
    write_truth(path, name, "reportlab", pages, "Medicare Advantage HMO member EOB", rec.lines, rec.claims, legend)
    META[name] = {"row_dates": True}
    return name


# ============================================================== d1: state Medicaid remittance advice (reportlab)
def d1(out: Path) -> str:
    name = "d1_medicaid_remittance_advice"
    path = out / f"{name}.pdf"
    doc = Doc("reportlab", path, False, "Remittance Advice")
    R, B = "Helvetica", "Helvetica-Bold"
    rec = Rec()
    # (status, recipient, recip id, icn, patient no, tpl per line, svcs)
    claims = [
        ("PAID", "CALLOWAY, JUNE R", "4409812736", "2226012004417", "PCT-7731", ZERO,
         [S(D(1, 6), "97530", 3, ("GO",)), S(D(1, 6), "97535", 1, ("GO",))]),
        ("PAID", "CALLOWAY, MARCUS T", "4409812744", "2226012004418", "PCT-7732", ZERO,
         [S(D(1, 6), "92507", 1, ("GN",)), S(D(1, 8), "92507", 1, ("GN",)), S(D(1, 13), "92507", 1, ("GN",)),
          S(D(1, 15), "92507", 1, ("GN",))]),
        ("PAID", "DELACROIX-WHITE, ANAIS", "5120077431", "2226012004502", "PCT-7790", q(12),
         [S(D(1, 7), "97167", 1, ("GO",)), S(D(1, 7), "97110", 2, ("GO", "59")), S(D(1, 9), "97140", 1, ("GO",)),
          S(D(1, 9), "97530", 2, ("GO",))]),
        ("PAID", "OYELARAN, BEATRIZ", "4418800215", "2226012004650", "PCT-7840", ZERO,
         [S(D(1, 20), "97112", 2, ("GP",)), S(D(1, 20), "97116", 1, ("GP",)), S(D(1, 22), "97112", 2, ("GP",)),
          S(D(1, 22), "G0283", 1, ("GP",))]),
        ("DENIED", "FENWICK, OLAJIDE", "6031194420", "2226012004611", "PCT-7812", ZERO,
         [S(D(1, 12), "97166", 1, ("GO",), "CO"), S(D(1, 12), "97530", 2, ("GO",), "CO")]),
    ]
    heads = ["Ln", "From", "Thru", "Proc", "Mod 1", "Mod 2", "Units", "Billed", "Allowed", "TPL", "Copay", "Paid",
             "EOB"]
    X = [40, 58, 104, 150, 186, 214, 262, 312, 362, 404, 444, 494, 504]
    AL = ["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "L"]
    bottom = 736

    def top():
        doc.rect(36, 30, 540, 44, fill=0.85, stroke=False)
        doc.text(44, 46, "OZARK PLAINS MEDICAL ASSISTANCE PROGRAM", B, 11)
        doc.text(44, 60, "Provider Remittance Advice  -  Professional Claims", R, 8.5)
        doc.text(568, 46, "RA No. 0004418270", R, 8, "R")
        doc.text(568, 60, f"Payment Date 02/06/2026    Page {doc.page}", R, 8, "R")
        doc.text(40, 90, "Pay To: HIGH MEADOW THERAPY SERVICES LLC   Provider ID: 100448127   NPI: 1487726093", R, 8)
        return 108

    def colhead(y):
        doc.hline(36, 576, y - 9, 0.5)
        for h, x, al in zip(heads, X, AL):
            doc.text(x, y, h, B, 7.5, al)
        doc.hline(36, 576, y + 4, 0.5)
        return y + 15

    y = top()
    sect = None
    for status, rname, rid, icn, pno, tpl, svcs in claims:
        for s in svcs:
            if s.denied:
                medicaid(s, deny_reason="177")
                s.remarks = ["0611"]
            else:
                medicaid(s)
                s.remarks = ["0031"]
        if tpl:
            s0 = svcs[0]
            s0.paid = s0.allowed - tpl
            s0.remarks = ["0031", "0102"]
        need = 40 + 12 * len(svcs)
        if y + need > bottom:
            doc.new_page(); y = top()
        if status != sect:
            sect = status
            doc.text(36, y + 4, f"CLAIM STATUS:  {'PAID' if status == 'PAID' else 'DENIED'}", B, 9.5)
            y += 20
        doc.rect(36, y - 10, 540, 28, fill=0.96)
        doc.text(40, y, f"Recipient: {rname}", B, 8); doc.text(250, y, f"Recipient ID: {rid}", R, 8)
        doc.text(420, y, f"ICN: {icn}", R, 8)
        doc.text(40, y + 12, f"Patient No: {pno}", R, 8)
        tbl, tpd = total(svcs, "billed"), total(svcs, "paid")
        doc.text(250, y + 12, f"Claim Billed: {money(tbl, ',')}", R, 8)
        doc.text(420, y + 12, f"Claim Paid: {money(tpd, ',')}", R, 8)
        y = colhead(y + 32)
        for i, s in enumerate(svcs, 1):
            t = tpl if (i == 1 and tpl) else ZERO
            cells = [f"{i:02d}", dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code,
                     s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.2f}",
                     money(s.billed, ","), money(s.allowed, ","), money(t, ","), "0.00", money(s.paid, ","),
                     " ".join(s.remarks)]
            for c, x, al in zip(cells, X, AL):
                if c:
                    doc.text(x, y, c, R, 7.5, al)
            doc.hline(36, 576, y + 3, 0.15, 0.6)
            rec.line(doc.page, s, claim_id=pno, payer_claim_id=icn, patient=rname,
                     printed=("billed", "allowed", "paid"), remarks=s.remarks, description=False)
            y += 12
        rec.claim(pno, icn, rname, billed=tbl, paid=tpd)
        y += 14
    legend = [("0031", "Paid according to the program's fee schedule."),
              ("0102", "Other insurance payment was subtracted from the allowed amount."),
              ("0611", "Recipient was not eligible for program benefits on the date of service.")]
    if y + 120 > bottom:
        doc.new_page(); y = top()
    doc.text(36, y, "PAYMENT SUMMARY", B, 9); y += 12
    allsv = [s for c in claims for s in c[6]]
    for a, v in [("Total billed", total(allsv, "billed")), ("Total paid", total(allsv, "paid")),
                 ("Net payment (EFT 000720044)", total(allsv, "paid"))]:
        doc.text(40, y, a, R, 8); doc.text(300, y, money(v, "$"), R, 8, "R"); y += 11
    y += 8
    doc.text(36, y, "EOB CODE DESCRIPTIONS", B, 9); y += 12
    for k, v in legend:
        doc.text(40, y, k, B, 8); doc.text(80, y, v, R, 8); y += 11
    pages = doc.save()
    write_truth(path, name, "reportlab", pages, "state Medicaid provider remittance advice", rec.lines, rec.claims,
                legend)
    META[name] = {"row_dates": True}
    return name


# ============================================================== d2: Medicaid RA, mainframe print (fpdf2)
def d2(out: Path) -> str:
    name = "d2_medicaid_ra_mainframe"
    path = out / f"{name}.pdf"
    doc = Doc("fpdf2", path, False, "REMITTANCE ADVICE")
    F = "Courier"
    sz = 6.8
    rec = Rec()
    lh = 10.2
    bottom = 750
    y = 0

    def put(txt, bold=False):
        nonlocal y
        doc.text(30, y, txt, "Courier-Bold" if bold else F, sz)
        y += lh

    def banner():
        nonlocal y
        y = 36
        put("RUN DATE 02/09/26           STATE OF NORTH TIMBERLAND - MEDICAID MANAGEMENT INFO SYSTEM         PAGE "
            f"{doc.page:4d}", True)
        put("RA NUMBER 0061729            REMITTANCE ADVICE TO PROVIDER  -  CYCLE 2026-06            "
            "PROV 0072281940")
        put("PAYEE: TALLGRASS PEDIATRIC THERAPY CO        NPI 1730051946")
        put("-" * 118)

    def colhead():
        put("NAME/RECIP NO         TCN                 PAT CNTL     SRV DATES      PROC  MODS   UNITS    CHARGE"
            "   ALLOWED      PAID  ADJ")
        put("-" * 118)

    banner(); colhead()
    groups = [
        ("ORIGINAL CLAIMS", [
            ("HOLLOWAY, DESHAWN", "77310248", "2026016000112900", "TPT0447",
             [S(D(1, 5), "92523", 1, ("GN",)), S(D(1, 7), "92507", 1, ("GN",)), S(D(1, 12), "92507", 1, ("GN",)),
              S(D(1, 14), "92507", 1, ("GN",)), S(D(1, 19), "92507", 1, ("GN",)), S(D(1, 21), "92507", 1, ("GN",))]),
            ("HOLLOWAY, NAOMI", "77310256", "2026016000113000", "TPT0448",
             [S(D(1, 5), "97165", 1, ("GO",)), S(D(1, 7), "97530", 2, ("GO",)), S(D(1, 12), "97530", 2, ("GO",)),
              S(D(1, 14), "97530", 2, ("GO",)), S(D(1, 19), "97530", 2, ("GO",)), S(D(1, 19), "97535", 1, ("GO",)),
              S(D(1, 21), "97530", 2, ("GO",)), S(D(1, 21), "97112", 1, ("GO", "59")),
              S(D(1, 26), "97530", 2, ("GO",)), S(D(1, 28), "97530", 2, ("GO",)), S(D(1, 28), "97535", 1, ("GO",)),
              S(D(1, 30), "97530", 2, ("GO",))]),
            ("QUINTERO-BALL, ELISE", "80441127", "2026016000114700", "TPT0461",
             [S(D(1, 8), "97166", 1, ("GO",), "CO"), S(D(1, 8), "97530", 2, ("GO",), "CO")]),
            ("PELLETIER, AMARA", "80557312", "2026016000114900", "TPT0466",
             [S(D(1, d), c, u, m) for d in (6, 8, 13, 15, 20, 22, 27, 29)
              for c, u, m in (("97530", 2, ("GO",)), ("97110", 1, ("GO", "59")))]),
            ("MARSH, TOBIAS", "81902260", "2026016000115200", "TPT0470",
             [S(D(1, 9), "97110", 3, ("GP",)), S(D(1, 9), "97140", 1, ("GP",))]),
        ]),
        ("ADJUSTED CLAIMS", [
            ("MARSH, TOBIAS", "81902260", "2026016900030100", "TPT0402", "VOID",
             [S(D(12, 18), "97110", 2, ("GP",)), S(D(12, 18), "97116", 1, ("GP",))]),
            ("MARSH, TOBIAS", "81902260", "2026016900030200", "TPT0402", "REPL",
             [S(D(12, 18), "97110", 3, ("GP",)), S(D(12, 18), "97116", 1, ("GP",))]),
        ]),
    ]
    for gname, cl in groups:
        if y + 5 * lh > bottom:
            doc.new_page(); banner(); colhead()
        put(f"*** {gname} ***", True)
        for c in cl:
            rname, rid, tcn, pcn = c[:4]
            kind = c[4] if len(c) == 6 else ""
            svcs = c[-1]
            for s in svcs:
                if s.denied:
                    medicaid(s, deny_reason="B7")
                    s.remarks = ["N570"]
                else:
                    medicaid(s)
            if kind == "VOID":
                svcs[:] = [negate(s) for s in svcs]
            rows = [(s, [s.adjs[0]] if s.adjs else []) for s in svcs]
            if y + 3 * lh > bottom:
                doc.new_page(); banner(); colhead()
            first = True
            for s, adjs in rows:
                if y + lh > bottom:
                    doc.new_page(); banner(); colhead()
                    put(f"{rname:<21} (CONTINUED)"); first = True
                left = f"{rname[:21]:<21} {tcn:<19} {pcn:<12}" if first else f"{rid:<21} {'':<19} {kind:<12}"
                first = False
                g, r, a = adjs[0] if adjs else ("", "", None)
                adj = f"{g}{r} {money(a, '', 'trail')}" if adjs else ""
                put(f"{left} {dfmt(s.dos, 'mdy6')}-{dfmt(s.dos, 'mdy6')} {s.code} {''.join(m for m in s.mods):<6}"
                    f"{units_str(s.units):>5} {money(s.billed, '', 'trail'):>10}{money(s.allowed, '', 'trail'):>10}"
                    f"{money(s.paid, '', 'trail'):>10}  {adj}")
                if s.remarks:
                    put(f"{'':<69}REMARK {' '.join(s.remarks)}")
                rec.line(doc.page, s, claim_id=pcn, payer_claim_id=tcn, patient=rname,
                         printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                         description=False)
            if len(svcs) == 1:
                put(f"{rid}")
            tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
            put(f"{'':<21} CLAIM TOTAL {'':<53}{money(tb, '', 'trail'):>10}{money(ta, '', 'trail'):>10}"
                f"{money(tp, '', 'trail'):>10}")
            put("")
            rec.claim(pcn, tcn, rname, billed=tb, allowed=ta, paid=tp)
    allsv = [s for _, cl in groups for c in cl for s in c[-1]]
    if y + 10 * lh > bottom:
        doc.new_page(); banner()
    put("*** PAYMENT SUMMARY ***", True)
    put(f"TOTAL CLAIMS BILLED {money(total(allsv, 'billed'), ',', 'trail'):>14}")
    put(f"TOTAL CLAIMS PAID   {money(total(allsv, 'paid'), ',', 'trail'):>14}")
    put(f"CHECK/EFT AMOUNT    {money(total(allsv, 'paid'), ',', 'trail'):>14}    EFT TRACE 5520061729")
    put("")
    put("ADJ CODES: CO45 CHARGE EXCEEDS THE STATE MAXIMUM FEE     COB7 RECIPIENT NOT COVERED ON THIS DATE")
    put("REMARKS:   N570 RECIPIENT ELIGIBILITY FILE SHOWS NO COVERAGE FOR THIS PERIOD")
    put("A NEGATIVE AMOUNT (TRAILING MINUS) IS A RECOVERY OF AN EARLIER PAYMENT.")
    pages = doc.save()
    legend = [("CO45", "charge exceeds the state maximum fee"), ("COB7", "recipient not covered on this date"),
              ("N570", "recipient eligibility file shows no coverage")]
    write_truth(path, name, "fpdf2", pages, "state Medicaid RA, mainframe print", rec.lines, rec.claims, legend)
    META[name] = {"row_dates": True, "adj_window": 1, "all_adj": True}
    return name


# ============================================================== p1: clearinghouse Medicare remittance, boxed (reportlab)
def p1(out: Path) -> str:
    name = "p1_clearinghouse_medicare_remit"
    path = out / f"{name}.pdf"
    doc = Doc("reportlab", path, True, "Remittance Advice")
    R, B = "LibNarrow", "LibNarrow-B"
    rec = Rec()
    st = PlanState(ded_left=q(40))
    claims = [
        ("ESPINOZA-HART, VERA L", "5XK7-TR2-MM41", "CHT-10442", "26013700142830", "1 - Processed as Primary",
         [S(D(1, 6), "97110", 2, ("GP",)), S(D(1, 6), "97140", 1, ("GP", "59")), S(D(1, 6), "97530", 1, ("GP",))]),
        ("ODUYA, KENNETH", "2RW9-JN6-PH08", "CHT-10451", "26013700142911", "1 - Processed as Primary",
         [S(D(1, 8), "97163", 1, ("GP",)), S(D(1, 8), "97110", 1, ("GP",)), S(D(1, 13), "97110", 2, ("GP", "CQ")),
          S(D(1, 13), "97112", 1, ("GP", "CQ")), S(D(1, 15), "97110", 2, ("GP", "CQ")), S(D(1, 15), "0552T", 1, ("GP",), "CO")]),
        ("ESPINOZA-HART, VERA L", "5XK7-TR2-MM41", "CHT-10388", "26009700088104", "22 - Reversal of Previous Payment",
         [S(D(12, 30), "97110", 3, ("GP",)), S(D(12, 30), "97140", 1, ("GP",))]),
        ("ESPINOZA-HART, VERA L", "5XK7-TR2-MM41", "CHT-10388", "26013700143002", "1 - Processed as Primary",
         [S(D(12, 30), "97110", 2, ("GP",)), S(D(12, 30), "97140", 1, ("GP",))]),
        ("LUNDQVIST, HARRIET", "8PQ3-KD5-WW17", "CHT-10470", "26013700143155", "1 - Processed as Primary",
         [S(D(1, 16), "97166", 1, ("GO",)), S(D(1, 16), "97535", 2, ("GO",)), S(D(1, 20), "97535", 2, ("GO", "KX")),
          S(D(1, 20), "97530", 1, ("GO", "KX"))]),
    ]
    heads = [("Rendering", "NPI"), ("Svc", "From"), ("Svc", "Thru"), ("", "POS"), ("", "Units"), ("Proc", "Code"),
             ("", "Modifiers"), ("Billed", "Amount"), ("Allowed", "Amount"), ("", "Deductible"), ("", "Coinsurance"),
             ("Adj", "Grp/Rsn"), ("Adj", "Amount"), ("", "RARC"), ("Provider", "Paid")]
    X = [40, 92, 136, 184, 224, 232, 270, 368, 420, 470, 524, 534, 620, 628, 752]
    AL = ["L", "L", "L", "L", "R", "L", "L", "R", "R", "R", "R", "L", "R", "L", "R"]
    bottom = 556

    def top():
        doc.text(36, 38, "ClearPath Claims Exchange", B, 13)
        doc.text(36, 50, "Provider Remittance Advice  -  Medicare Part B  -  printed from electronic remittance", R, 8)
        doc.text(756, 38, "Payer: Great Lakes Medicare Administrative Services", R, 8, "R")
        doc.text(756, 50, f"Check/EFT 0008812077   Paid 02/05/2026   Page {doc.page}", R, 8, "R")
        doc.text(36, 66, "Payee: CRESTHAVEN THERAPY ASSOCIATES PC    NPI 1306678245    PTAN 44KR102", R, 8)
        return 84

    def colhead(y):
        doc.rect(36, y - 9, 720, 22, fill=0.9, stroke=True, lw=0.4)
        for (a, b), x, al in zip(heads, X, AL):
            if a:
                doc.text(x, y, a, B, 7, al)
            doc.text(x, y + 9, b, B, 7, al)
        return y + 24

    def box(y, c, cont=False):
        pat, mbi, acct, icn, status, _ = c
        doc.rect(36, y - 10, 720, 28, lw=0.8)
        for i, (a, v) in enumerate([("Patient Name", pat + (" (cont.)" if cont else "")), ("MBI", mbi),
                                    ("Patient Acct #", acct), ("Payer Claim # (ICN)", icn), ("Claim Status", status)]):
            x = 40 + [0, 150, 250, 350, 490][i]
            doc.text(x, y - 1, a, R, 6.5, gray=0.35)
            doc.text(x, y + 11, v, B, 8)
        return y + 30

    y = top()
    for c in claims:
        pat, mbi, acct, icn, status, svcs = c
        rev = status.startswith("22")
        for s in svcs:
            medicare(s, PlanState(ded_left=ZERO) if rev else st, deny_reason="96")
            s.remarks = ["N425"] if s.denied else (["N640"] if "KX" in s.mods else [])
        if rev:
            svcs[:] = [negate(s) for s in svcs]
        if y + 90 > bottom:
            doc.new_page(); y = top()
        y = box(y, c)
        y = colhead(y)
        for s in svcs:
            if y + 10 * max(1, len(s.adjs)) > bottom:
                doc.new_page(); y = top(); y = box(y, c, True); y = colhead(y)
            g0, r0, a0 = s.adjs[0]
            cells = ["1952206118", dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), "11", units_str(s.units), s.code,
                     " ".join(s.mods), money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","),
                     money(s.coinsurance, ","), f"{g0}-{r0}", money(a0, ","), " ".join(s.remarks), money(s.paid, ",")]
            for cc, x, al in zip(cells, X, AL):
                if cc:
                    doc.text(x, y, cc, R, 7.5, al)
            for i, (g, r, a) in enumerate(s.adjs[1:], 1):
                doc.text(534, y + 9 * i, f"{g}-{r}", R, 7.5); doc.text(620, y + 9 * i, money(a, ","), R, 7.5, "R")
            rec.line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                     remarks=s.remarks, description=False)
            y += 9 * len(s.adjs) + 3
            doc.hline(36, 756, y - 9, 0.2, 0.6)
        tot = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        doc.text(232, y, "Claim Totals", B, 7.5)
        for a, x in zip(("billed", "allowed", "deductible", "coinsurance", "paid"), (368, 420, 470, 524, 752)):
            doc.text(x, y, money(tot[a], ","), B, 7.5, "R")
        doc.text(534, y, f"Pt Resp {money(tot['owes'], ',')}", R, 7.5)
        rec.claim(acct, icn, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"])
        y += 22
    allsv = [s for c in claims for s in c[5]]
    if y + 90 > bottom:
        doc.new_page(); y = top()
    doc.rect(36, y - 10, 360, 52, lw=0.6)
    doc.text(44, y + 2, "Remittance Totals", B, 8.5)
    doc.text(44, y + 14, f"Billed {money(total(allsv, 'billed'), '$')}    Allowed {money(total(allsv, 'allowed'), '$')}",
             R, 8)
    doc.text(44, y + 26, f"Provider paid {money(total(allsv, 'paid'), '$')}    Provider adjustments $0.00", R, 8)
    legend = [("CO-45", "Charge is above the fee schedule / contracted amount."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-253", "Sequestration reduction of federal payment."),
              ("CO-96", "Non-covered charge."), ("N425", "Statutorily excluded service."),
              ("N640", "Exceeds the therapy threshold; medical necessity attested.")]
    ly = y
    for i, (k, v) in enumerate(legend):
        doc.text(420, ly + 10 * i - 2, f"{k}  {v}", R, 7.5)
    pages = doc.save()
    write_truth(path, name, "reportlab", pages, "clearinghouse Medicare Part B remittance, boxed", rec.lines,
                rec.claims, legend)
    META[name] = {"row_dates": True, "adj_window": 4, "all_adj": True}
    return name


# ============================================================== p2: practice-management remittance print (fpdf2)
def p2(out: Path) -> str:
    name = "p2_practice_remit_detail"
    path = out / f"{name}.pdf"
    doc = Doc("fpdf2", path, False, "Remittance Detail")
    F, FB = "LibMono", "LibMono-B"
    sz, lh = 7.4, 9.4
    rec = Rec()
    st = PlanState(ded_left=q(70))
    bottom = 742
    y = 0

    def put(txt, bold=False, x=32):
        nonlocal y
        doc.text(x, y, txt, FB if bold else F, sz)
        y += lh

    def top():
        nonlocal y
        y = 40
        put("CEDAR HOLLOW THERAPY GROUP                                   Remittance Detail by Patient", True)
        put(f"Payer: Medicare Part B - Heartland Contractor (04412)          Printed 02/07/2026 08:14   Pg {doc.page}")
        put("Deposit: EFT 9140022718  02/06/2026      Posted by: kmorrow      Batch: RMT-2026-0211")
        doc.hline(32, 580, y - 5, 0.8)
        y += 4
        put(" Svc Dt    Code  Mod      Qty    Charge   Allowed    Deduct     CoIns      Paid    Pt Resp", True)
        doc.hline(32, 580, y - 5, 0.4)

    claims = [
        ("Lindgren, Oskar", "A10931", "226014412770", [S(D(1, 5), "97161", 1, ("GP",)), S(D(1, 5), "97110", 2, ("GP",)),
                                                       S(D(1, 7), "97110", 2, ("GP",)), S(D(1, 7), "97116", 1, ("GP",))]),
        ("Nakashima, Ruth E", "A10957", "226014412802",
         [s for d in (6, 8, 13, 15, 20, 22, 27) for s in
          (S(D(1, d), "97530", 2, ("GO",)), S(D(1, d), "97535", 1, ("GO", "KX") if d > 15 else ("GO",)))]),
        ("Abara, Chidi", "A10962", "226014412815", [S(D(1, 9), "97112", 2, ("GP",)), S(D(1, 9), "97140", 1, ("GP", "59")),
                                                    S(D(1, 9), "97150", 1, ("GP",), "CO")]),
        ("Featherstone, Gail M", "A10971", "226014412866",
         [s for d in (14, 16, 21, 23, 28) for s in (S(D(1, d), "97110", 2, ("GP",)), S(D(1, d), "97112", 1, ("GP",)))]),
        ("Lindgren, Oskar", "A10990", "226014412931", [S(D(1, 12), "97110", 3, ("GP", "CQ")), S(D(1, 12), "97116", 1, ("GP", "CQ")),
                                                       S(D(1, 14), "G0283", 1, ("GP",))]),
    ]
    top()
    for pat, acct, icn, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
        if y + 6 * lh > bottom:
            doc.new_page(); top()
        y += 3
        put(f"Patient: {pat:<22} Acct: {acct:<8} Payer Claim Ref: {icn}  Status: Primary", True)
        put(f"Claim Ctrl #: {acct}-01     Rendering: Hollis, Greer PT  NPI 1558702391     Type: Assigned")
        for s in svcs:
            adjtxt = "  ".join(f"{g}-{r} {money(a, '')}" for g, r, a in s.adjs)
            extra = [adjtxt[i:i + 78] for i in range(0, len(adjtxt), 78)]
            parts = []
            cur = ""
            for tok in adjtxt.split("  "):
                if len(cur) + len(tok) + 2 > 66 and cur:
                    parts.append(cur); cur = tok
                else:
                    cur = (cur + "  " + tok).strip()
            parts.append(cur)
            nrows = 1 + len(parts) + (1 if s.remarks else 0)
            if y + nrows * lh > bottom:
                doc.new_page(); top()
                put(f"Patient: {pat:<22} Acct: {acct:<8} (continued)", True)
            put(f" {dfmt(s.dos, 'mdy2')}  {s.code} {' '.join(s.mods):<8} {units_str(s.units):>4} {money(s.billed, ''):>9} "
                f"{money(s.allowed, ''):>9} {money(s.deductible, ''):>9} {money(s.coinsurance, ''):>9} "
                f"{money(s.paid, ''):>9} {money(s.owes, ''):>9}")
            for i, ptxt in enumerate(parts):
                put(("   Adj: " if i == 0 else "        ") + ptxt)
            if s.remarks:
                put("   Rmk: " + " ".join(s.remarks) + "  see remark glossary")
            rec.line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                     adjustments=s.adjs, remarks=s.remarks, description=False)
            del extra
        t = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        put(f" {'Claim total':<28}{money(t['billed'], ''):>9} {money(t['allowed'], ''):>9} {money(t['deductible'], ''):>9} "
            f"{money(t['coinsurance'], ''):>9} {money(t['paid'], ''):>9} {money(t['owes'], ''):>9}", True)
        rec.claim(acct, icn, pat, billed=t["billed"], allowed=t["allowed"], paid=t["paid"], patient_owes=t["owes"])
        doc.hline(32, 580, y - 4, 0.2)
    allsv = [s for c in claims for s in c[3]]
    if y + 9 * lh > bottom:
        doc.new_page(); top()
    y += 6
    put(f"Deposit total paid: {money(total(allsv, 'paid'), ',')}    Provider-level adjustments: 0.00", True)
    put("Adjustment groups: CO contractual obligation, PR patient responsibility.")
    put("Reasons: 45 fee schedule limit, 1 deductible, 2 coinsurance, 253 sequestration, 97 bundled service.")
    put("Remark glossary: M15 separately billed service bundled into another service this date.")
    pages = doc.save()
    legend = [("45", "fee schedule limit"), ("1", "deductible"), ("2", "coinsurance"), ("253", "sequestration"),
              ("97", "bundled service"), ("M15", "bundled into another service this date")]
    write_truth(path, name, "fpdf2", pages, "practice-management Medicare remittance detail", rec.lines, rec.claims,
                legend)
    META[name] = {"row_dates": True, "adj_window": 3, "all_adj": True}
    return name


# ============================================================== s1: therapy clinic family statement (reportlab)
def s1(out: Path) -> str:
    name = "s1_clinic_family_statement"
    path = out / f"{name}.pdf"
    doc = Doc("reportlab", path, False, "Statement")
    R, B = "Times-Roman", "Times-Bold"
    rec = Rec()
    sts: dict = {}
    visits = [
        ("Nora Baptiste", "V26-0112", "KF2601180044", [S(D(1, 5), "97165", 1, ("GO",)), S(D(1, 5), "97530", 2, ("GO",))]),
        ("Jules Baptiste", "V26-0118", "KF2601180071", [S(D(1, 6), "92523", 1, ("GN",))]),
        ("Nora Baptiste", "V26-0140", "KF2601220013", [S(D(1, 12), "97530", 2, ("GO",)), S(D(1, 12), "97112", 1, ("GO",))]),
        ("Jules Baptiste", "V26-0147", "KF2601220040", [S(D(1, 13), "92507", 1, ("GN",)), S(D(1, 13), "97129", 1, ("GN",), "PR")]),
        ("Celeste Baptiste", "V26-0151", "KF2601230002", [S(D(1, 14), "97166", 1, ("GO",)), S(D(1, 14), "97535", 1, ("GO",)),
                                                          S(D(1, 14), "97530", 1, ("GO", "59"))]),
        ("Nora Baptiste", "V26-0166", "KF2601290018", [S(D(1, 19), "97530", 2, ("GO",)), S(D(1, 19), "97535", 1, ("GO",))]),
        ("Jules Baptiste", "V26-0170", "KF2601290025", [S(D(1, 20), "92507", 1, ("GN",))]),
        ("Celeste Baptiste", "V26-0183", "KF2602030007", [S(D(1, 21), "97530", 2, ("GO",)), S(D(1, 21), "97110", 1, ("GO",))]),
        ("Nora Baptiste", "V26-0190", None, [S(D(1, 26), "97530", 2, ("GO",)), S(D(1, 26), "97168", 1, ("GO",))]),
        ("Jules Baptiste", "V26-0195", None, [S(D(1, 27), "92507", 1, ("GN",))]),
    ]
    X = [40, 110, 198, 268, 380, 440, 496, 566]
    bottom = 720

    def foot():
        doc.hline(36, 576, 740, 0.5)
        doc.text(306, 752, "Thank you for choosing Little Oaks Therapy. Balances are due within 30 days of the "
                 "statement date.", R, 8, "C")
        doc.text(576, 764, f"Page {doc.page}", R, 8, "R")

    def colhead(y):
        doc.hline(36, 576, y - 10, 1)
        for h, x, al in zip(["Date", "Patient", "Code", "Description", "Charges", "Insurance", "Ins. Adj.",
                             "Your Balance"], X, ["L", "L", "L", "L", "R", "R", "R", "R"]):
            doc.text(x, y, h, B, 9, al)
        doc.hline(36, 576, y + 4, 0.5)
        return y + 16

    # remit stub
    doc.text(36, 44, "LITTLE OAKS THERAPY", B, 14)
    doc.text(36, 56, "Pediatric Occupational, Speech & Physical Therapy", R, 9)
    doc.text(36, 67, "1180 Juniper Mill Road, Suite 4, Alder Crossing, VT 05640  -  (802) 555-0139", R, 9)
    doc.rect(370, 30, 206, 78)
    for i, (a, v) in enumerate([("Statement Date", "02/10/2026"), ("Account Number", "LOT-G-30557"),
                                ("Amount Due", "see below"), ("Amount Enclosed", "$__________")]):
        doc.text(378, 44 + 17 * i, a, R, 9); doc.text(568, 44 + 17 * i, v, B, 9, "R")
    doc.text(36, 96, "RENEE BAPTISTE (Responsible Party)", R, 10)
    doc.text(36, 108, "44 FIDDLEHEAD LN", R, 10); doc.text(36, 120, "ALDER CROSSING VT 05640-1127", R, 10)
    doc.hline(36, 576, 134, 0.5)
    doc.text(306, 131, "- - -  please detach and return the top portion with your payment  - - -", R, 7.5, "C")
    doc.text(36, 158, "Statement of Account", B, 13)
    doc.text(36, 171, "Primary insurance on file: Keystone Family Health (subscriber Renee Baptiste)", R, 9)
    y = colhead(192)
    bal = ZERO
    for pat, vis, clm, svcs in visits:
        pst = sts.setdefault(pat, PlanState(ded_left=q(30), coins_rate=Decimal("0.10")))
        for s in svcs:
            if clm:
                commercial(s, pst)
        if y + 14 + 12 * len(svcs) > bottom and len(svcs) < 3:
            foot(); doc.new_page(); y = colhead(50)
        doc.text(40, y, f"Visit {vis}  -  {pat}  -  " + (f"Keystone Family Health claim # {clm}" if clm else
                                                         "billed to Keystone Family Health 02/02/2026, awaiting reply"),
                 B, 8.5)
        y += 13
        for s in svcs:
            if y > bottom:
                foot(); doc.new_page(); y = colhead(50)
                doc.text(40, y, f"Visit {vis}  -  {pat}  (continued)", B, 8.5); y += 13
            doc.text(X[0], y, dfmt(s.dos, "mdy2"), R, 9)
            doc.text(X[1], y, pat, R, 9)
            doc.text(X[2], y, f"{s.code} {' '.join(s.mods)}", R, 9)
            doc.text(X[3], y, doc.wrap(s.desc, R, 9, 76)[0], R, 9)
            doc.text(X[4], y, money(s.billed, ","), R, 9, "R")
            if clm:
                doc.text(X[5], y, money(s.paid, ","), R, 9, "R")
                doc.text(X[6], y, money(s.discount, ","), R, 9, "R")
                doc.text(X[7], y, money(s.owes, ","), R, 9, "R")
                bal += s.owes
                rec.line(doc.page, s, claim_id=vis, payer_claim_id=clm, patient=pat, units=False,
                         printed=("billed", "paid", "discount", "patient_owes"), description=False)
            else:
                doc.text(X[7], y, "pending", R, 9, "R")
                rec.line(doc.page, s, claim_id=vis, payer_claim_id=None, patient=pat, printed=("billed",), units=False,
                         description=False)
            y += 12
        t = {a: total(svcs, a) for a in ("billed", "paid", "discount", "owes")}
        doc.text(X[3], y, "Visit total", B, 9)
        doc.text(X[4], y, money(t["billed"], ","), B, 9, "R")
        if clm:
            for a, x in (("paid", X[5]), ("discount", X[6]), ("owes", X[7])):
                doc.text(x, y, money(t[a], ","), B, 9, "R")
        rec.claim(vis, clm, pat, billed=t["billed"], paid=t["paid"] if clm else None,
                  patient_owes=t["owes"] if clm else None)
        y += 18
    if y + 60 > bottom:
        foot(); doc.new_page(); y = 50
    doc.text(40, y, "02/01/26   Payment received - thank you (card ending 4417)", R, 9)
    doc.text(X[7], y, money(q(-40), ","), R, 9, "R"); y += 16
    doc.rect(360, y - 10, 216, 36, fill=0.92)
    doc.text(368, y + 4, "Patient balance due", B, 10); doc.text(568, y + 4, money(bal - q(40), "$"), B, 10, "R")
    doc.text(368, y + 18, "Pending insurance is not yet due.", R, 8)
    foot()
    pages = doc.save()
    write_truth(path, name, "reportlab", pages, "therapy clinic family statement to a guarantor", rec.lines,
                rec.claims, [])
    META[name] = {"row_dates": True}
    return name


# ============================================================== s2: hospital family account statement (fpdf2)
def s2(out: Path) -> str:
    name = "s2_hospital_family_statement"
    path = out / f"{name}.pdf"
    doc = Doc("fpdf2", path, False, "Patient Account Statement")
    R, B = "LibSerif", "LibSerif-B"
    rec = Rec()
    REV = {"97": "0434", "92": "0444", "99": "0510", "L3": "0274", "G0": "0424"}
    accts = [
        ("VANCE-MORALES, ELIOT", "7001948823", "Tri-County Health Cooperative", "TCH-26-5519027",
         [S(D(1, 6), "97163", 1, ("GP",)), S(D(1, 6), "97110", 2, ("GP",))] +
         [s for d in (8, 13, 15, 20, 22, 27) for s in (S(D(1, d), "97110", 2, ("GP",)), S(D(1, d), "97140", 1, ("GP",)))]
         + [S(D(1, 27), "G0283", 1, ("GP",))]),
        ("VANCE-MORALES, ISLA", "7001948861", "Tri-County Health Cooperative", "TCH-26-5519160",
         [S(D(1, 9), "97165", 1, ("GO",)), S(D(1, 9), "97760", 1, ("GO",)), S(D(1, 9), "L3807", 1, ("LT",)),
          S(D(1, 23), "97760", 1, ("GO",))]),
        ("VANCE-MORALES, PAULO", "7001949012", "Tri-County Health Cooperative", "TCH-26-5520044",
         [S(D(1, 14), "99213", 1), S(D(1, 14), "92523", 1, ("GN",)), S(D(1, 21), "92507", 1, ("GN",))]),
    ]
    bottom = 730
    X = [40, 98, 130, 186, 216, 432, 500]

    def sidebar():
        doc.rect(444, 36, 132, 118, fill=0.93, stroke=False)
        doc.text(452, 52, "Guarantor", B, 8.5); doc.text(452, 63, "Adriana Vance-Morales", R, 8.5)
        doc.text(452, 78, "Guarantor No.", B, 8.5); doc.text(452, 89, "G-0448193", R, 8.5)
        doc.text(452, 104, "Statement Date", B, 8.5); doc.text(452, 115, "February 12, 2026", R, 8.5)
        doc.text(452, 130, "Questions", B, 8.5); doc.text(452, 141, "(419) 555-0182", R, 8.5)

    def top(first):
        doc.text(40, 48, "St. Brennan Children's Hospital", B, 15)
        doc.text(40, 62, "Outpatient Rehabilitation & Clinics  -  Patient Account Statement", R, 9)
        doc.text(40, 74, "600 Wexford Pike, Fallon Ridge, OH 43512", R, 8.5)
        doc.text(40, 770, f"Page {doc.page}", R, 8)
        doc.text(572, 770, "Itemized charges are shown for each account. This statement lists insurance activity.",
                 R, 7, "R")
        if first:
            sidebar()
            return 176
        return 96

    def colhead(y):
        doc.hline(36, 576, y - 10, 0.6)
        for h, x, al in zip(["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Units", "Charges"], X,
                            ["L", "L", "L", "L", "L", "R", "R"]):
            doc.text(x + (32 if x == 500 else 0), y, h, B, 8.5, al if x != 500 else "R")
        doc.hline(36, 576, y + 4, 0.6)
        return y + 16

    def ahead(y, a, cont=False):
        pat, acct, ins, clm, _ = a
        doc.rect(36, y - 11, 540, 28, fill=0.97)
        doc.text(42, y, f"Account {acct}" + (" (continued)" if cont else ""), B, 9)
        doc.text(200, y, f"Patient: {pat}", B, 9)
        doc.text(42, y + 12, f"Insurance: {ins}   Claim Ref: {clm}", R, 8.5)
        return y + 30

    y = top(True)
    grand = ZERO
    for a in accts:
        pat, acct, ins, clm, svcs = a
        st = PlanState(ded_left=q(100), coins_rate=Decimal("0.15"))
        for s in svcs:
            commercial(s, st)
        if y + 80 > bottom:
            doc.new_page(); y = top(False)
        y = ahead(y, a); y = colhead(y)
        for s in svcs:
            desc = doc.wrap(LONG_DESC.get(s.code, s.desc).upper(), R, 8, 200)
            if y + 10 * len(desc) > bottom:
                doc.new_page(); y = top(False); y = ahead(y, a, True); y = colhead(y)
            cells = [dfmt(s.dos, "mdy2"), REV[s.code[:2]], s.code, " ".join(s.mods), desc[0], units_str(s.units),
                     money(s.billed, ",")]
            for c, x in zip(cells, X):
                if c:
                    doc.text(x + (32 if x == 500 else 0), y, c, R, 8.5 if x != 216 else 8,
                             "R" if x in (432, 500) else "L")
            for i, w in enumerate(desc[1:], 1):
                doc.text(216, y + 10 * i, w, R, 8)
            rec.line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=("billed",),
                     overrides={"description": LONG_DESC.get(s.code, s.desc).upper()})
            y += 10 * len(desc) + 3
        tb, tp, tdisc, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount"), total(svcs, "owes")
        if y + 60 > bottom:
            doc.new_page(); y = top(False)
        for lab, v, bold in (("Total charges", tb, True), (f"{ins} payment", -tp, False),
                             ("Contractual adjustment", -tdisc, False),
                             ("Denied / not covered by plan, transferred to you", ZERO, False),
                             ("Account balance", tb - tp - tdisc, True)):
            doc.text(216, y, lab, B if bold else R, 8.5); doc.text(532, y, money(v, ","), B if bold else R, 8.5, "R")
            y += 11
        grand += tb - tp - tdisc
        rec.claim(acct, clm, pat, billed=tb)
        y += 12
    doc.rect(300, y - 8, 276, 24, fill=0.9)
    doc.text(308, y + 8, "Total amount due from guarantor", B, 10); doc.text(568, y + 8, money(grand, "$"), B, 10, "R")
    pages = doc.save()
    write_truth(path, name, "fpdf2", pages, "hospital outpatient family account statement", rec.lines, rec.claims, [])
    META[name] = {"row_dates": True}
    return name


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main() -> int:
    ap = argparse.ArgumentParser(description="write the set-125 held-out PDF EOB layouts")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout125_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    names = [f(out) for f in LAYOUTS]
    print(f"wrote {len(names)} PDFs to {out}")
    if not a.check:
        return 0
    bad = 0
    spanning = 0
    for n in names:
        pdf = out / f"{n}.pdf"
        errs = check_file(pdf, META[n])
        import json
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        multi = {}
        for ln in t["lines"]:
            multi.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        sp = sum(1 for v in multi.values() if len(v) > 1)
        spanning += bool(sp)
        pats = len({ln["patient"] for ln in t["lines"]})
        print(f"{n:38s} {t['producer']:9s} pages={t['pages']} lines={len(t['lines'])} claims={len(t['claims'])} "
              f"patients={pats} spanning_claims={sp} {'OK' if not errs else 'FAIL'}")
        if t["pages"] < 2 and n not in ():
            pass
        for e in errs[:15]:
            print("   ", e)
        bad += bool(errs)
    if spanning < 3:
        print(f"only {spanning} files have a claim continuing onto another page"); bad += 1
    print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
