"""Write the FORTY-SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest,
one-time measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
without looking at the reader, its tests, its docs or its scores (only src/eobreader/model.py for the meaning of
fields, samples/pdf/eobgen.py for helpers and the truth format, and earlier sets' docstrings).

Run:  python bench/heldout46/make_heldout46_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout46/make_heldout46_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Drawing layer (reportlab / fpdf2 behind one API; pages recorded first so "Page n of N" is exact) and the
self-check live in bench/heldout46/kit46.py. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, no randomness).

Truth format: the one of samples/pdf (eobgen.write_truth, <name>.pdf.truth.json), PRINTED values only, null for
what a layout does not print (units null where no quantity is printed, modifiers [] where none are printed);
description is null throughout. claim_id = the provider's own account / patient-control / visit / invoice number,
payer_claim_id = the payer's claim number / ICN / TCN, patient = the person who got the service exactly as printed
(never the subscriber or guarantor unless the same person). Remark / note / EOB / RARC codes printed for the line
are its remarks; adjustments = [group, reason, amount] only where the page prints group + reason + amount for
the line. Per-layout decisions: m1 (MSN) prints no provider account (claim_id null), no modifiers and no units,
patient_owes = "Maximum You May Be Billed"; p1 and p2 print patient responsibility only per claim (line
patient_owes null); d1 prints SVC-FROM and SVC-TO on every line (service_end = SVC-TO) and a CPAY column of
0.00 (copay 0.00), its TPL column is no truth field; d2 prints From / To DOS (service_end = To DOS); statements
(s1, s2): charges = billed, insurance paid = paid, insurance adjustment = discount (a write-off printed with no
code, adjustments []), the patient column = patient_owes; s2 prints insurance credits with a trailing minus
("49.28-") and truth keeps them as positive paid / discount amounts (the money the insurer paid / wrote off).
Reversals (c2, d1, d2) are lines with negative amounts. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words.

Layouts (10 files, 360 service lines, 21 pages; a claim's rows continue onto the next page in c1, m1, d1, s2):
  c1  commercial PPO member EOB for a family of three (reportlab, portrait, DejaVu Sans Condensed): subscriber
      box and deductible box, "Summary of claims processed" table, ruled claim heads "Patient: <name>
      (<relationship>) / Claim # / Provider / Provider acct #", two-line column heads "Service date(s) / Proc. code
      / Mod. / No. of svcs / Amount charged / Discount/reduction / Amount allowed / Not covered / Applied to
      deductible / Copay amount / Co-insurance / Paid to provider / Your responsibility / Rmk", "01/05/26", the
      daughter's 20-line claim runs onto page 2 under a repeated head "- continued from previous page" and column
      header, a not-covered 0552T the member owes, office-visit copay, claim totals rows, remark legend
  c2  commercial HDHP/HSA "Claims Statement" (fpdf2, landscape, Liberation Serif) with a grey right SIDEBAR on
      every page (subscriber, ID, period, family deductible): shaded claim bars "<patient> / Claim number /
      Provider account", "Date / Service / Code / Qty / Billed / Plan discount / Eligible / Deductible /
      Coinsurance / Plan paid / You owe / Note", "Jan 5, 2026", code and modifiers spaced "97110 GP CQ", wrapped
      service wording, four family members, a denied G0283, a reprocessed claim: earlier payment reversed with
      amounts in parentheses "($160.00)" and the corrected claim, lettered notes
  m1  Medicare Summary Notice Part B (reportlab, portrait, Liberation Sans): page-1 deductible / claims boxes and
      address block, page 2 "Your Claims & Costs This Period" guide, provider heads with "Claim number" and
      "Assigned", "Service date / Service Provided & Billing Code / Service Approved? / Amount Facility Charged /
      Medicare-Approved / Amount Medicare Paid / Maximum You May Be Billed / See Notes", "Jan 5, 2026", wording
      "Therapeutic exercises (97110)" wrapping onto a second line, a not-approved 0552T, "Total for this claim",
      a 25-line claim continued on page 3 with "(continued)" and the column header repeated, letter notes
  m2  Medicare Advantage HMO-POS member EOB (fpdf2, portrait, DejaVu Serif): letter greeting, totals box, claim
      heads "Claim ID / Provider / Patient / Provider's patient no.", boxed grey column header "Date of service /
      What you got / Billing code / modifier / Qty / Provider billed / Plan approved / Plan paid / Copay / Coins. /
      You owe / Note", "01/06/2026", "97530 GO KX", wording wrapped onto a second line, $15 copays per service,
      20% on an orthosis, a denied G0283 the member pays, claim totals, numbered notes
  d1  state Medicaid provider remittance advice (reportlab, portrait, Liberation Mono 6.4 pt fixed-width rows):
      running banner and column header every page, "*** CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS ***",
      claim head rows "LAST, FIRST  RECIP ID  PAT ACCT  ICN  STATUS", "LN SVC-FROM SVC-TO PROC MODIFIERS UNITS
      BILLED ALLOWED CPAY TPL PAID ADJ-CODES EOB" with MMDDYY-slashed dates, glued "CO45 174.45", 4-digit EOB
      codes, a CO197 denial, a credit (leading-minus) and debit pair, CLAIM TOTALS rows, an 18-line claim
      continued on page 2 "(CONTINUED)"
  d2  Medicaid portal "Remittance Advice" (fpdf2, landscape, Liberation Sans): Claims Summary status table,
      "Beneficiary Name: Last, First / Beneficiary ID / Patient Account # / ICN / Claim Status" heads over ruled
      cell grids "Line / From DOS / To DOS / Procedure / Modifiers / Units / Billed Amount / Approved Amount / Paid
      Amount / Adj Group/Reason "CO/45" / Adj Amount / Remark Codes", a denied claim (CO/18), a Credited claim
      with negative amounts and its replacement, Claim Total grid rows, remark glossary
  p1  clearinghouse "Payer Remittance Report - Medicare Part B" (reportlab, landscape, core Times): shaded
      patient bands "Patient / MBI / Patient Ctrl # / Payer ICN / Claim Status", line control numbers, "Svc Date /
      Proc / Mods / Units / Billed / Allowed / Deductible / Coinsurance / Paid / Adjustments (Group-Reason
      Amount) / Remarks" with all adjustments inline "CO-45 100.76 PR-2 11.85 CO-253 0.95", CO-97 / CO-96
      denials, Claim Totals rows with patient responsibility
  p2  practice-management "MEDICARE REMITTANCE REPRINT" (fpdf2, portrait, core Courier): check / batch banner,
      "PATIENT / ACCT / ICN / ASSIGNED" heads, "DOS CPT MODS UNITS CHARGE ALLOWED DEDUCT COINS GRP-RSN ADJ AMT PAID
      RMK", the first adjustment on the service row and the others stacked on the following text lines, a line
      with the deductible taking all of the allowed amount (paid 0.00), a bundled 97018 (CO-97), CLAIM TOTALS
      and PT RESP rows, "*CONT*" head if a claim breaks
  s1  pediatric therapy clinic family STATEMENT (reportlab, portrait, Liberation Serif) with a grey right
      SIDEBAR (guarantor, account, amount due, aging): visit heading rows "Visit INV ... - <patient> - billed to
      <insurer>, claim ...", "Date / Patient / Description / Code / Units / Charges / Ins. Paid / Ins. Adj. / Your
      Portion", glued "97140-GP-59", wrapped wording, three children and their mother, a denied group session
      the family owes, visit totals, a card payment as a non-service row, column header repeated on page 2
  s2  hospital "Itemized Patient Statement" (fpdf2, landscape, Liberation Sans Narrow): Summary of Accounts box,
      per-patient account heads "Patient / Hospital Account / <insurer> claim ...", "Post Date / Svc Date / Rev /
      CPT/HCPCS / Description / Qty / Charges / Ins Payments / Ins Adjust / Pat Resp / Msg", upper-case wording,
      credits with trailing minus "104.96-", X-ray 73110 and 99213 lines, father / daughter / son accounts,
      the daughter's account continued on page 2 with its head and column header repeated

The self-check (--check) tests the factory, not the reader: page counts; each truth line's printed row is
located by the position it was drawn at and read back with pdfplumber: its code, modifiers, units and every
non-null amount are on that text row (code and modifiers may sit on the row's wrapped continuation lines,
stacked adjustments on the row's following lines), remarks and adjustment group/reason + amount likewise, the
service date (and end date) on the row; claim ids, payer ids and patients are in the document text; arithmetic:
billed - adjustments = paid where adjustments are printed, allowed - deductible - copay - coinsurance = paid
where those are printed; claim totals are the sum of their lines and are printed; at least three files have a
claim whose rows cross a page break.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import (
    ZERO,
    PlanState,
    Svc,
    claim_totals,  # noqa: E402
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    total,
    truth_line,
    write_truth,
)
from kit46 import LANDSCAPE, LETTER, Anchor, Doc, Flow, check_file, page_footers  # noqa: E402

# extra codes for this set (invented charges and schedule amounts, our own words)
G.FEE.update({"97533": "88.00", "97162": "230.00", "73110": "145.00", "97750": "92.00", "97542": "70.00",
              "G0151": "120.00", "97018": "30.00"})
G.SCHED.update({"97533": "31.90", "97162": "101.12", "73110": "38.44", "97750": "33.10", "97542": "30.12",
                "G0151": "52.00", "97018": "5.63"})
G.DESC.update({"97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity",
               "73110": "X-ray of wrist, three or more views", "97750": "Physical performance test",
               "97542": "Wheelchair management training", "G0151": "Home health PT visit, per 15 min",
               "97018": "Paraffin bath"})

D = date
J = lambda d: date(2026, 1, d)  # noqa: E731


class Out:
    """Collects one document's truth lines, anchors, claim records and page headings."""

    def __init__(self):
        self.lines, self.anchors, self.claims, self.heads = [], [], [], {}

    def add(self, anchor, s, **kw):
        self.lines.append(truth_line(anchor.page if isinstance(anchor, Anchor) else anchor[0].page, s,
                                     description=False, **kw))
        self.anchors.append(anchor)

    def claim(self, claim_id, payer_claim_id, patient, **totals):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**totals)})

    def head(self, page, text):
        self.heads[page] = self.heads.get(page, "") + " " + text


def mods(s, sep=" "):
    return sep.join(s.mods)


def code_mods(s, sep="-"):
    return sep.join((s.code,) + tuple(s.mods))


# ============================================================================ c1: commercial PPO member EOB
def c1():
    doc = Doc("reportlab", "DejaVuSansCond", LETTER)
    o = Out()
    L, R = 36, 576
    cols = [(L, "l", ["Service", "date(s)"]), (L + 40, "l", ["Proc.", "code"]), (L + 68, "l", ["Mod."]),
            (L + 103, "r", ["No. of", "svcs"]), (L + 145, "r", ["Amount", "charged"]), (L + 187, "r", ["Discount/", "reduction"]),
            (L + 227, "r", ["Amount", "allowed"]), (L + 265, "r", ["Not", "covered"]), (L + 305, "r", ["Applied to", "deductible"]),
            (L + 340, "r", ["Copay", "amount"]), (L + 380, "r", ["Co-", "insurance"]), (L + 424, "r", ["Paid to", "provider"]),
            (L + 474, "r", ["Your", "responsibility"]), (L + 490, "l", ["Rmk"])]

    def start(d, p):
        d.text(L, 40, "BLUEWATER MUTUAL HEALTH PLAN", 13, True)
        d.text(L, 52, "PO Box 44180  |  Saltmarsh, ME 04391  |  Member Services 1-800-555-0147", 7)
        d.text(R, 40, "Explanation of Benefits", 12, True, "r")
        d.text(R, 52, "THIS IS NOT A BILL", 8, True, "r")
        d.hline(L, R, 58, 1.2)
        if p == 1:
            d.rect(L, 66, 250, 62, None)
            for i, t in enumerate(["Subscriber: MARGUERITE OKONKWO-LIND", "Member ID: BWM 448 201 773", "Group: 0087412  Saltmarsh Shipwrights Co-op",
                                   "Statement date: 01/30/2026", "Plan: Choice PPO 1500"]):
                d.text(L + 6, 78 + i * 11, t, 7.2)
            d.rect(300, 66, 276, 62, 0.93)
            d.text(306, 78, "Your family's plan-year deductible (in network)", 7.2, True)
            d.text(306, 90, "Individual: $1,500.00 each    Family: $3,000.00", 7.2)
            d.text(306, 101, "Met so far this plan year (family): $412.00", 7.2)
            d.text(306, 112, "Out-of-pocket maximum (family): $9,000.00", 7.2)
            d.text(306, 123, "Questions about a claim? Call the number on your ID card.", 6.8)
            d.text(L, 146, "Summary of claims processed since your last statement", 9, True)
            for i, (a_, b_, c_, e_) in enumerate([("Patient", "Provider", "Claim #", "Status"),
                                                  ("Teodor Okonkwo-Lind", "Kestrel Ridge Physical Therapy", "BW26-0109-77104", "Processed"),
                                                  ("Marguerite Okonkwo-Lind", "Harborview Family Medicine", "BW26-0115-80022", "Processed"),
                                                  ("Ilse Okonkwo-Lind", "Tidewater Hand & Upper Limb Therapy", "BW26-0113-88231", "Processed")]):
                y_ = 160 + i * 11
                for x_, t_ in ((L, a_), (L + 130, b_), (L + 300, c_), (L + 400, e_)):
                    d.text(x_, y_, t_, 7.2, i == 0)
            d.hline(L, R, 163, 0.3)
            d.text(L, 222, "Claim details", 9, True)
            return 230
        return 68

    def colhead(fl):
        fl.need(22)
        doc.rect(L, fl.y, R - L, 20, 0.85, False)
        for x, a, lab in cols:
            for k, t in enumerate(lab):
                doc.text(x if a == "l" else x, fl.y + 8 + k * 8, t, 6.2, True, a)
        fl.y += 22

    fl = Flow(doc, start, 740)
    fl.begin()
    family = [("Marguerite Okonkwo-Lind", "Self"), ("Teodor Okonkwo-Lind", "Spouse"), ("Ilse Okonkwo-Lind", "Daughter")]
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    claims = [
        (2, "BW26-0113-88231", "TH-55012", "Tidewater Hand & Upper Limb Therapy",
         [(J(5), "97165", 1, ("GO",)), (J(5), "97760", 2, ("GO",)), (J(5), "L3807", 1, ("RT",)),
          (J(7), "97530", 3, ("GO",)), (J(7), "97140", 1, ("GO", "59")), (J(9), "97530", 2, ("GO",)),
          (J(9), "97110", 2, ("GO",)), (J(9), "97018", 1, ("GO",)), (J(12), "97530", 3, ("GO",)),
          (J(12), "97140", 1, ("GO", "59")), (J(14), "97530", 2, ("GO",)), (J(14), "97535", 1, ("GO",)),
          (J(16), "97110", 3, ("GO",)), (J(16), "97112", 1, ("GO",)), (J(19), "97530", 3, ("GO",)),
          (J(19), "97140", 1, ("GO", "59")), (J(21), "97530", 2, ("GO",)), (J(21), "0552T", 1, ()),
          (J(23), "97110", 2, ("GO",)), (J(23), "97168", 1, ("GO",))]),
        (0, "BW26-0109-77104", "KRP-20931", "Kestrel Ridge Physical Therapy",
         [(J(6), "97162", 1, ("GP",)), (J(6), "97110", 2, ("GP",)), (J(8), "97112", 2, ("GP",)),
          (J(8), "97140", 1, ("GP", "59")), (J(13), "97110", 3, ("GP",)), (J(13), "97116", 1, ("GP",))]),
        (1, "BW26-0115-80022", "0049817", "Harborview Family Medicine",
         [(J(12), "99213", 1, ()), (J(12), "73110", 1, ("LT",))]),
    ]
    claims = claims[1:] + claims[:1]
    rem_legend = [("R1", "Amount above the network rate; the provider cannot bill you for it."),
                  ("R2", "This service is not a covered benefit of your plan; you are responsible."),
                  ("R3", "Copay applied for the office visit.")]
    gtot = {k: ZERO for k in ("billed", "paid", "owes")}
    for who, pclm, acct, prov, rows in claims:
        name, rel = family[who]
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="PR" if c == "0552T" else None)
            commercial(s, st)
            s.remarks = ["R2"] if s.denied else (["R3"] if s.copay else ["R1"])
            svcs.append(s)

        def claim_head(cont=False):
            fl.need(40)
            doc.hline(L, R, fl.y, 0.8)
            doc.text(L, fl.y + 10, f"Patient: {name} ({rel})" + ("   - continued from previous page" if cont else ""), 7.6, True)
            doc.text(L + 300, fl.y + 10, f"Claim #: {pclm}", 7.4)
            doc.text(L, fl.y + 20, f"Provider: {prov}", 7.2)
            doc.text(L + 300, fl.y + 20, f"Provider acct #: {acct}   Received 01/26/2026", 7.2)
            fl.y += 26
            colhead(fl)

        claim_head()
        fl.on_break = lambda: claim_head(True)
        for s in svcs:
            a = fl.row([(cols[0][0], dfmt(s.dos, "mdy2"), "l"), (cols[1][0], s.code, "l"), (cols[2][0], mods(s), "l"),
                        (cols[3][0], G.units_str(s.units), "r"), (cols[4][0], money(s.billed, ","), "r"),
                        (cols[5][0], money(s.discount, ","), "r"), (cols[6][0], money(s.allowed, ","), "r"),
                        (cols[7][0], money(s.not_covered, ","), "r"), (cols[8][0], money(s.deductible, ","), "r"),
                        (cols[9][0], money(s.copay, ","), "r"), (cols[10][0], money(s.coinsurance, ","), "r"),
                        (cols[11][0], money(s.paid, ","), "r"), (cols[12][0], money(s.owes, ","), "r"),
                        (cols[13][0], " ".join(s.remarks), "l")], 6.8, 12.5)
            o.add(a, s, claim_id=acct, payer_claim_id=pclm, patient=name, remarks=s.remarks,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"))
        fl.on_break = None
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        a = fl.row([(L, "Claim totals", "l"), (cols[4][0], money(tb, ","), "r"),
                    (cols[5][0], money(total(svcs, "discount"), ","), "r"), (cols[6][0], money(total(svcs, "allowed"), ","), "r"),
                    (cols[7][0], money(total(svcs, "not_covered"), ","), "r"),
                    (cols[8][0], money(total(svcs, "deductible"), ","), "r"), (cols[9][0], money(total(svcs, "copay"), ","), "r"),
                    (cols[10][0], money(total(svcs, "coinsurance"), ","), "r"), (cols[11][0], money(tp, ","), "r"),
                    (cols[12][0], money(to, ","), "r")], 6.8, 16, True)
        o.claim(acct, pclm, name, billed=tb, allowed=total(svcs, "allowed"), paid=tp, patient_owes=to)
        for k, v in (("billed", tb), ("paid", tp), ("owes", to)):
            gtot[k] += v
    fl.need(80)
    doc.text(L, fl.y + 10, "Remark codes", 8, True)
    fl.y += 14
    for c, t in rem_legend:
        fl.row([(L, c, "l"), (L + 24, t, "l")], 7, 10)
    fl.y += 8
    fl.row([(L, "If you disagree with how a claim was handled you may ask for a review within 180 days of this notice.", "l")], 6.8, 10)
    page_footers(doc, lambda i, n: f"Page {i} of {n}   Bluewater Mutual Health Plan  EOB-2026-01-30", 770, R)
    return doc, o, rem_legend, "commercial PPO member EOB for a family of three"


# ============================================================================ c2: commercial HDHP claims statement
def c2():
    doc = Doc("fpdf2", "LibSerif", LANDSCAPE)
    o = Out()
    L, SB = 30, 600  # sidebar on the right from x=606
    cols = {"date": (L + 4, "l"), "desc": (L + 62, "l"), "code": (L + 200, "l"), "qty": (L + 252, "r"),
            "billed": (L + 298, "r"), "disc": (L + 344, "r"), "elig": (L + 388, "r"), "ded": (L + 432, "r"),
            "coins": (L + 476, "r"), "paid": (L + 516, "r"), "owe": (L + 552, "r"), "note": (L + 557, "l")}
    heads = {"date": "Date", "desc": "Service", "code": "Code", "qty": "Qty", "billed": "Billed", "disc": "Plan discount",
             "elig": "Eligible", "ded": "Deductible", "coins": "Coinsurance", "paid": "Plan paid", "owe": "You owe", "note": "Note"}

    def start(d, p):
        d.text(L, 36, "Cedar Hollow Health Partners", 15, True)
        d.text(L, 49, "High Deductible Health Plan with HSA  -  Claims Statement", 9)
        d.hline(L, SB, 56, 1)
        d.rect(606, 30, 156, 552, 0.92, False)
        sb = ["Hollis Vantongeren", "1187 Larkspur Terrace", "Fenwick Falls, OR 97499", "", "Member ID  CHP-7730-4418",
              "Group  HV-0311", "Period  Jan 1 - Jan 31, 2026", "", "Family deductible", "$4,000.00 plan year",
              "Applied to date  $1,873.22", "", "Coinsurance after deductible", "You pay 20% in network", "",
              "Questions: 1-877-555-0162", "chp-members.example"]
        for i, t in enumerate(sb):
            d.text(614, 48 + i * 12, t, 7.6, i in (0, 8, 12))
        return 66

    def colhead(fl):
        fl.need(18)
        doc.hline(L, SB, fl.y, 0.4)
        for k, (x, a) in cols.items():
            doc.text(x, fl.y + 10, heads[k], 6.8, True, a)
        doc.hline(L, SB, fl.y + 14, 0.4)
        fl.y += 17

    fl = Flow(doc, start, 560)
    fl.begin()
    doc.text(L, 78, "Here is how we processed claims for you and your family this month. This is not a bill.", 8.5)
    fl.y = 90
    st = PlanState(ded_left=Decimal("420.00"), coins_rate=Decimal("0.20"))
    fam = ["Hollis Vantongeren", "Priya Vantongeren", "Odile Vantongeren", "Kasimir Vantongeren"]
    data = [
        (2, "Sprout & Sound Pediatric Therapy", "SS-260105-14", "CHP2601140551",
         [(J(5), "92523", 1, ("GN",)), (J(8), "92507", 1, ("GN",)), (J(12), "92507", 1, ("GN",)), (J(15), "92507", 1, ("GN",)),
          (J(19), "92507", 1, ("GN",)), (J(22), "92507", 1, ("GN",)), (J(22), "97533", 2, ("GO",)), (J(26), "92507", 1, ("GN",))]),
        (3, "Sprout & Sound Pediatric Therapy", "SS-260106-02", "CHP2601140552",
         [(J(6), "97166", 1, ("GO",)), (J(6), "97533", 2, ("GO",)), (J(9), "97530", 3, ("GO",)), (J(13), "97530", 2, ("GO",)),
          (J(13), "97533", 2, ("GO",)), (J(16), "97530", 3, ("GO",)), (J(20), "97530", 2, ("GO",)), (J(20), "97535", 1, ("GO",)),
          (J(23), "97530", 3, ("GO",)), (J(27), "97530", 2, ("GO",)), (J(27), "97533", 2, ("GO",)), (J(29), "97530", 3, ("GO",)),
          (J(29), "97542", 1, ("GO",))]),
        (1, "Fenwick Falls Spine & Sport PT", "88104-A", "CHP2601200917",
         [(J(7), "97161", 1, ("GP",)), (J(7), "97140", 2, ("GP",)), (J(14), "97110", 3, ("GP", "CQ")), (J(14), "G0283", 1, ("GP",)),
          (J(21), "97110", 2, ("GP", "CQ")), (J(21), "97140", 1, ("GP", "59"))]),
        (0, "Fenwick Falls Urgent Care", "UC-3318702", "CHP2601250076",
         [(J(24), "99213", 1, ()), (J(24), "73110", 1, ("RT",))]),
    ]
    legend = [("A", "Charge is more than the network rate; the discount is not your cost."),
              ("B", "Applied to your deductible; pay from your HSA if you like."),
              ("C", "Plan does not cover this service (experimental)."),
              ("D", "Reprocessed: this claim replaces an earlier one.")]
    for who, prov, acct, pclm, rows in data:
        name = fam[who]
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="PR" if c == "G0283" else None)
            commercial(s, st)
            s.remarks = ["C"] if s.denied else (["B"] if s.deductible else ["A"])
            svcs.append(s)

        def ch(cont=False):
            fl.need(34)
            doc.rect(L, fl.y, SB - L, 14, 0.8, False)
            doc.text(L + 4, fl.y + 10, f"{name}" + ("  (continued)" if cont else ""), 8.5, True)
            doc.text(L + 190, fl.y + 10, f"Claim number {pclm}", 8)
            doc.text(L + 330, fl.y + 10, f"Provider account {acct}", 8)
            doc.text(L + 4, fl.y + 24, f"Provider: {prov} (in network)", 7.8)
            fl.y += 28
            colhead(fl)

        ch()
        fl.on_break = lambda: ch(True)
        for s in svcs:
            wl = doc.wrap(s.desc, 7.2, 134)
            fl.need(11 + 9 * (len(wl) - 1))
            a = fl.row([(cols["date"][0], dfmt(s.dos, "mon"), "l"), (cols["desc"][0], wl[0], "l"),
                        (cols["code"][0], code_mods(s, " "), "l"), (cols["qty"][0], G.units_str(s.units), "r"),
                        (cols["billed"][0], money(s.billed), "r"), (cols["disc"][0], money(s.discount), "r"),
                        (cols["elig"][0], money(s.allowed), "r"), (cols["ded"][0], money(s.deductible), "r"),
                        (cols["coins"][0], money(s.coinsurance), "r"), (cols["paid"][0], money(s.paid), "r"),
                        (cols["owe"][0], money(s.owes), "r"), (cols["note"][0], s.remarks[0], "l")], 7.2, 11)
            more = [fl.row([(cols["desc"][0] + 6, w, "l")], 7.2, 9) for w in wl[1:]]
            o.add([a] + more, s, claim_id=acct, payer_claim_id=pclm, patient=name, remarks=s.remarks,
                  printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "patient_owes"))
        fl.on_break = None
        t = {k: total(svcs, k) for k in ("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "owes")}
        fl.row([(cols["desc"][0], "Claim total", "l"), (cols["billed"][0], money(t["billed"]), "r"),
                (cols["disc"][0], money(t["discount"]), "r"), (cols["elig"][0], money(t["allowed"]), "r"),
                (cols["ded"][0], money(t["deductible"]), "r"), (cols["coins"][0], money(t["coinsurance"]), "r"),
                (cols["paid"][0], money(t["paid"]), "r"), (cols["owe"][0], money(t["owes"]), "r")], 7.2, 18, True)
        o.claim(acct, pclm, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"], patient_owes=t["owes"])
    # a reprocessed claim: the earlier payment reversed, then the corrected one
    name = fam[1]
    orig = [Svc(D(2025, 12, 29), "97110", 2, ("GP",)), Svc(D(2025, 12, 29), "97140", 2, ("GP",))]
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    for s in orig:
        commercial(s, st2)
    rev = [negate(s) for s in orig]
    corr = [Svc(D(2025, 12, 29), "97110", 2, ("GP",)), Svc(D(2025, 12, 29), "97140", 1, ("GP", "59"))]
    for s in corr:
        commercial(s, st2)
    for tag, pclm, svs in (("Earlier payment reversed", "CHP2512310402", rev), ("Corrected claim", "CHP2601280033", corr)):
        fl.need(60)
        doc.rect(L, fl.y, SB - L, 14, 0.8, False)
        doc.text(L + 4, fl.y + 10, name, 8.5, True)
        doc.text(L + 190, fl.y + 10, f"Claim number {pclm}", 8)
        doc.text(L + 330, fl.y + 10, "Provider account 87761-A", 8)
        doc.text(L + 4, fl.y + 24, f"Provider: Fenwick Falls Spine & Sport PT  -  {tag}", 7.8)
        fl.y += 28
        colhead(fl)
        for s in svs:
            s.remarks = ["D"]
            a = fl.row([(cols["date"][0], dfmt(s.dos, "mon"), "l"), (cols["desc"][0], s.desc, "l"),
                        (cols["code"][0], code_mods(s, " "), "l"), (cols["qty"][0], G.units_str(s.units), "r"),
                        (cols["billed"][0], money(s.billed, "$", "()"), "r"), (cols["disc"][0], money(s.discount, "$", "()"), "r"),
                        (cols["elig"][0], money(s.allowed, "$", "()"), "r"), (cols["ded"][0], money(s.deductible, "$", "()"), "r"),
                        (cols["coins"][0], money(s.coinsurance, "$", "()"), "r"), (cols["paid"][0], money(s.paid, "$", "()"), "r"),
                        (cols["owe"][0], money(s.owes, "$", "()"), "r"), (cols["note"][0], "D", "l")], 7.2, 11)
            o.add(a, s, claim_id="87761-A", payer_claim_id=pclm, patient=name, remarks=["D"],
                  units=True, printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "patient_owes"))
        t = {k: total(svs, k) for k in ("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "owes")}
        fl.row([(cols["desc"][0], "Claim total", "l")] + [(cols[c][0], money(t[k], "$", "()"), "r") for c, k in
               (("billed", "billed"), ("disc", "discount"), ("elig", "allowed"), ("ded", "deductible"),
                ("coins", "coinsurance"), ("paid", "paid"), ("owe", "owes"))], 7.2, 18, True)
        o.claim("87761-A", pclm, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"], patient_owes=t["owes"])
    fl.need(70)
    doc.text(L, fl.y + 10, "Notes", 9, True)
    fl.y += 14
    for c, t in legend:
        fl.row([(L + 4, c, "l"), (L + 18, t, "l")], 7.6, 11)
    page_footers(doc, lambda i, n: f"Page {i} of {n}", 596, SB, size=7.5)
    return doc, o, legend, "commercial HDHP member claims statement, four family members, reprocessed claim"


# ============================================================================ m1: Medicare Summary Notice
def m1():
    doc = Doc("reportlab", "LibSans", LETTER)
    o = Out()
    L, R = 40, 572
    benef = "Bartholomew A. Quennell"

    def start(d, p):
        d.text(L, 40, "Medicare Summary Notice", 16, True)
        d.text(L, 54, "for Part B (Medical Insurance)", 10)
        d.text(R, 40, benef.upper(), 8.5, True, "r")
        d.text(R, 51, "Medicare Number XXXXXXX-8Q41", 8, False, "r")
        d.hline(L, R, 60, 1.5)
        return 70

    fl = Flow(doc, start, 735)
    fl.begin()
    doc.text(L, 86, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    doc.rect(L, 96, 250, 120, 0.94, False)
    doc.text(L + 8, 112, "Your Deductible Status", 10, True)
    doc.text(L + 8, 128, "Your deductible is what you must pay each year", 8)
    doc.text(L + 8, 139, "before Medicare starts to pay.", 8)
    doc.text(L + 8, 156, "You have now met your Part B deductible for 2026.", 8)
    doc.text(L + 8, 178, "Be Informed! Review your notice for services you", 8)
    doc.text(L + 8, 189, "didn't get and report anything unusual.", 8)
    doc.rect(310, 96, 262, 120, None)
    doc.text(318, 112, "Your Claims & Costs This Period", 10, True)
    doc.text(318, 130, "Did Medicare approve all services?", 8)
    doc.text(318, 146, "Number of services Medicare denied", 8)
    doc.text(318, 166, "Providers with claims this period:", 8)
    doc.text(318, 178, "Seabright Outpatient Rehabilitation", 8)
    doc.text(318, 189, "Millbrook Medical Associates", 8)
    doc.text(L, 230, benef, 8.5)
    doc.text(L, 241, "77 Pilot Whale Way, Apt 4", 8.5)
    doc.text(L, 252, "Port Alder, RI 02899", 8.5)
    doc.text(L, 276, "Notice date: February 2, 2026   -   Claims processed January 1 - January 31, 2026", 8.5)
    doc.text(L, 294, "If you need help, call 1-800-555-0199 (not a real number). Keep this notice for your records.", 8)
    fl.y = 720  # claims begin on page 2
    fl.need(300)
    doc.text(L, fl.y + 14, "Your Claims & Costs This Period", 12, True)
    for i, t in enumerate(["Go to the pages listed to see the details of each claim. Check that you got the services",
                           "and supplies listed. If you did not, or a date looks wrong, call the number on page 1.",
                           "", "How to check this notice",
                           "1. Do you recognize the name of each provider?   2. Did you get the services listed?",
                           "3. Do the amounts in 'Maximum You May Be Billed' match your receipts?",
                           "", "Summary of providers on this notice", "Seabright Outpatient Rehabilitation - outpatient facility claims",
                           "Millbrook Medical Associates - outpatient facility claim",
                           "Seabright Outpatient Rehabilitation - speech-language services"]):
        doc.text(L, fl.y + 32 + i * 12, t, 8.4, t in ("How to check this notice", "Summary of providers on this notice"))
    fl.y += 32 + 11 * 12 + 16
    st = PlanState(ded_left=Decimal("283.00"))
    claims = [
        ("Seabright Outpatient Rehabilitation, 41 Tern Wharf Rd, Port Alder, RI 02899", "26-021-5508-310",
         [(J(5), "97163", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(7), "97110", 2, ("GP",)), (J(7), "97112", 1, ("GP",)),
          (J(9), "97140", 1, ("GP",)), (J(9), "97116", 2, ("GP",)), (J(12), "97110", 3, ("GP", "KX")), (J(12), "97112", 1, ("GP", "KX")),
          (J(14), "97116", 2, ("GP", "KX")), (J(14), "97140", 1, ("GP", "KX")), (J(16), "97110", 2, ("GP", "KX")),
          (J(16), "97750", 1, ("GP", "KX")), (J(19), "97110", 3, ("GP", "KX")), (J(19), "G0283", 1, ("GP",)),
          (J(21), "97112", 2, ("GP", "KX")), (J(21), "97116", 1, ("GP", "KX")), (J(23), "97110", 2, ("GP", "KX")),
          (J(23), "0552T", 1, ()), (J(26), "97110", 2, ("GP", "KX")), (J(26), "97112", 1, ("GP", "KX")),
          (J(28), "97110", 2, ("GP", "KX")), (J(28), "97116", 1, ("GP", "KX")), (J(30), "97110", 3, ("GP", "KX"))]),
        ("Millbrook Medical Associates, 9 Quarry Lane, Millbrook, RI 02897", "26-026-0041-722",
         [(J(20), "99213", 1, ()), (J(20), "73110", 1, ("RT",))]),
        ("Seabright Outpatient Rehabilitation, 41 Tern Wharf Rd, Port Alder, RI 02899", "26-028-1173-014",
         [(J(8), "92523", 1, ("GN",)), (J(13), "92507", 1, ("GN",)), (J(15), "92526", 1, ("GN",)), (J(20), "92507", 1, ("GN",)),
          (J(22), "92526", 1, ("GN",)), (J(27), "92507", 1, ("GN",)), (J(29), "92507", 1, ("GN",))]),
    ]
    claims = [claims[2], claims[0], claims[1]]
    legend = [("A", "The amount Medicare approved is less than what the provider charged; the provider accepted it."),
              ("B", "This service was approved after the therapy threshold because your provider noted it was needed."),
              ("C", "Medicare does not pay for this item or service; the provider agreed not to bill you for it."),
              ("D", "A 2% payment reduction required by law was applied.")]
    for prov, pclm, rows in claims:
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="CO" if c == "0552T" else None)
            medicare(s, st)
            r = ["C"] if s.denied else (["A", "B", "D"] if "KX" in m else ["A", "D"])
            s.remarks = r
            svcs.append(s)

        def ch(cont=False):
            fl.need(95)
            doc.text(L, fl.y + 12, prov.split(",")[0] + (" (continued)" if cont else ""), 10, True)
            doc.text(L, fl.y + 24, ", ".join(prov.split(",")[1:]).strip(), 8)
            doc.text(R, fl.y + 12, f"Claim number {pclm}", 8.5, False, "r")
            doc.text(R, fl.y + 24, "Assigned: Yes", 8, False, "r")
            fl.y += 32
            doc.rect(L, fl.y, R - L, 24, 0.86, False)
            for x, a, lab in ((L + 4, "l", ["Service date", ""]), (L + 64, "l", ["Service Provided &", "Billing Code"]),
                              (L + 222, "l", ["Service", "Approved?"]), (L + 318, "r", ["Amount Facility", "Charged"]),
                              (L + 378, "r", ["Medicare-", "Approved"]), (L + 436, "r", ["Amount", "Medicare Paid"]),
                              (L + 494, "r", ["Maximum You", "May Be Billed"]), (L + 502, "l", ["See", "Notes"])):
                for k, t in enumerate(lab):
                    doc.text(x, fl.y + 10 + k * 9, t, 7, True, a)
            fl.y += 28

        ch()
        fl.on_break = lambda: ch(True)
        for s in svcs:
            wl = doc.wrap(f"{s.desc} ({s.code})", 7.6, 150)
            fl.need(12.5 + 9 * (len(wl) - 1))
            a = fl.row([(L + 4, dfmt(s.dos, "mon"), "l"), (L + 64, wl[0], "l"),
                        (L + 222, "No" if s.denied else "Yes", "l"), (L + 318, money(s.billed), "r"),
                        (L + 378, money(s.allowed), "r"), (L + 436, money(s.paid), "r"),
                        (L + 494, money(s.owes), "r"), (L + 502, ", ".join(s.remarks), "l")], 7.6, 12.5)
            more = [fl.row([(L + 64, w, "l")], 7.6, 9) for w in wl[1:]]
            doc.hline(L, R, fl.y - 12.5 + 3.8 + 7.6 if not more else more[-1].y + 3.8, 0.2)
            o.add([a] + more, s, claim_id=None, payer_claim_id=pclm, patient=benef, remarks=s.remarks, units=False, modifiers=False,
                  printed=("billed", "allowed", "paid", "patient_owes"))
        fl.on_break = None
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.row([(L + 64, "Total for this claim", "l"), (L + 318, money(t["billed"]), "r"), (L + 378, money(t["allowed"]), "r"),
                (L + 436, money(t["paid"]), "r"), (L + 494, money(t["owes"]), "r")], 7.8, 22, True)
        o.claim(None, pclm, benef, billed=t["billed"], allowed=t["allowed"], paid=t["paid"], patient_owes=t["owes"])
    fl.need(90)
    doc.text(L, fl.y + 12, "Notes for Claims Above", 10, True)
    fl.y += 18
    for c, t in legend:
        fl.row([(L, c, "l"), (L + 14, t, "l")], 7.6, 11)
    page_footers(doc, lambda i, n: f"{benef.upper()}   Page {i} of {n}", 765, R)
    return doc, o, legend, "Medicare Summary Notice Part B"


# ============================================================================ m2: Medicare Advantage member EOB
def m2():
    doc = Doc("fpdf2", "DejaVuSerif", LETTER)
    o = Out()
    L, R = 34, 578
    member = "Rosalind P. Achterberg"
    C = {"date": L, "svc": L + 54, "code": L + 180, "qty": L + 244, "billed": L + 294, "allowed": L + 344,
         "paid": L + 392, "copay": L + 434, "coins": L + 476, "owe": L + 518, "note": L + 522}

    def start(d, p):
        d.text(L, 40, "Gull Point Medicare Advantage (HMO-POS)", 12, True)
        d.text(L, 53, "Your Explanation of Benefits - Part C medical claims", 8.5)
        d.text(R, 40, f"Member: {member}", 8, False, "r")
        d.text(R, 51, "Member number GPM 552 190 046", 8, False, "r")
        d.hline(L, R, 58, 0.8)
        d.hline(L, R, 60, 0.3)
        return 70

    def colhead(fl):
        fl.need(22)
        doc.rect(L, fl.y, R - L, 20, 0.9, True, 0.3)
        for k, lab in (("date", ["Date of", "service"]), ("svc", ["What you got", ""]), ("code", ["Billing code", "/ modifier"]),
                       ("qty", ["Qty", ""]), ("billed", ["Provider", "billed"]), ("allowed", ["Plan", "approved"]),
                       ("paid", ["Plan", "paid"]), ("copay", ["Copay", ""]), ("coins", ["Coins.", ""]),
                       ("owe", ["You", "owe"]), ("note", ["Note", ""])):
            al = "l" if k in ("date", "svc", "code", "note") else "r"
            for i, t in enumerate(lab):
                doc.text(C[k] + (2 if al == "l" else 0), fl.y + 8 + i * 8, t, 6.3, True, al)
        fl.y += 23

    fl = Flow(doc, start, 742)
    fl.begin()
    doc.text(L, 84, "Dear Rosalind P. Achterberg,", 8.5)
    doc.text(L, 96, "This report tells you about the medical care you received and what we paid. It is not a bill.", 8)
    doc.rect(L, 106, R - L, 50, None)
    doc.text(L + 8, 120, "January 2026 totals", 8.5, True)
    doc.text(L + 8, 134, "Claims processed: 3       Services: see each claim below", 8)
    doc.text(L + 8, 146, "Your share is shown in the 'You owe' column.", 8)
    doc.text(L + 270, 120, "Year to date", 8.5, True)
    doc.text(L + 270, 134, "Out-of-pocket spending counted toward your $5,900.00 limit", 8)
    fl.y = 170
    st = PlanState(copay_codes={c: Decimal("15.00") for c in ("97110", "97112", "97140", "97530", "97116", "97535")} |
                   {"99213": Decimal("20.00")}, allowed_rate=Decimal("0.46"))
    claims = [
        ("Lakeshore Stroke & Neuro Rehab", "LSR-0099184", "GP2601080117",
         [(J(6), "97167", 1, ("GO",)), (J(6), "97530", 2, ("GO",)), (J(8), "97530", 3, ("GO",)), (J(8), "97535", 1, ("GO",)),
          (J(10), "97112", 2, ("GO",)), (J(13), "97530", 2, ("GO", "KX")), (J(13), "97535", 2, ("GO", "KX")),
          (J(15), "97112", 2, ("GO", "CO")), (J(17), "97530", 3, ("GO", "CO")), (J(20), "97530", 2, ("GO",)),
          (J(20), "97140", 1, ("GO", "59")), (J(22), "97535", 2, ("GO", "CO")), (J(24), "97530", 3, ("GO",)),
          (J(27), "97112", 2, ("GO",)), (J(27), "97760", 1, ("GO",)), (J(29), "97530", 2, ("GO",)),
          (J(29), "L3807", 1, ("LT",)), (J(31), "97168", 1, ("GO",))]),
        ("Lakeshore Stroke & Neuro Rehab", "LSR-0099207", "GP2601150604",
         [(J(7), "92523", 1, ("GN",)), (J(9), "92507", 1, ("GN",)), (J(14), "92507", 1, ("GN",)), (J(16), "92526", 1, ("GN",)),
          (J(21), "92507", 1, ("GN",)), (J(23), "92526", 1, ("GN",))]),
        ("Dr. Anselm Mbeki, Internal Medicine", None, "GP2601220981",
         [(J(21), "99213", 1, ()), (J(21), "G0283", 1, ())]),
    ]
    legend = [("1", "Your copay for a therapy visit day is $15.00 per service."),
              ("2", "Your plan pays 80% of the approved amount for this item; you pay 20%."),
              ("3", "Not covered under your plan. The provider should have asked you to sign a notice first."),
              ("4", "Office visit copay.")]
    for prov, acct, pclm, rows in claims:
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="PR" if c == "G0283" else None)
            if c == "L3807":
                st.copay_codes.pop("L3807", None)
            commercial(s, st)
            s.remarks = ["3"] if s.denied else (["4"] if s.code == "99213" else (["1"] if s.copay else ["2"]))
            svcs.append(s)

        def ch(cont=False):
            fl.need(72)
            doc.text(L, fl.y + 11, f"Claim ID {pclm}" + (" (continued)" if cont else ""), 8.5, True)
            doc.text(L + 200, fl.y + 11, f"Provider: {prov}", 8)
            doc.text(L, fl.y + 22, f"Patient: {member}", 7.6)
            if acct:
                doc.text(L + 200, fl.y + 22, f"Provider's patient no.: {acct}", 7.6)
            fl.y += 27
            colhead(fl)

        ch()
        fl.on_break = lambda: ch(True)
        for s in svcs:
            desc = s.desc
            lines = doc.wrap(desc, 6.8, 118)
            fl.need(10 * len(lines) + 2)
            a = fl.row([(C["date"] + 2, dfmt(s.dos, "mdy4"), "l"), (C["svc"] + 2, lines[0], "l"),
                        (C["code"] + 2, code_mods(s, " "), "l"), (C["qty"], G.units_str(s.units), "r"),
                        (C["billed"], money(s.billed), "r"), (C["allowed"], money(s.allowed), "r"), (C["paid"], money(s.paid), "r"),
                        (C["copay"], money(s.copay), "r"), (C["coins"], money(s.coinsurance), "r"), (C["owe"], money(s.owes), "r"),
                        (C["note"] + 4, s.remarks[0], "l")], 6.8, 10)
            for extra in lines[1:]:
                fl.row([(C["svc"] + 6, extra, "l")], 6.8, 9)
            doc.hline(L, R, fl.y + 1, 0.15)
            fl.y += 2
            o.add(a, s, claim_id=acct, payer_claim_id=pclm, patient=member, remarks=s.remarks,
                  printed=("billed", "allowed", "paid", "copay", "coinsurance", "patient_owes"))
        fl.on_break = None
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "copay", "coinsurance", "owes")}
        fl.row([(C["svc"] + 2, "Claim total", "l")] + [(C[c], money(t[k]), "r") for c, k in
               (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"), ("copay", "copay"), ("coins", "coinsurance"),
                ("owe", "owes"))], 6.8, 18, True)
        o.claim(acct, pclm, member, billed=t["billed"], allowed=t["allowed"], paid=t["paid"], patient_owes=t["owes"])
    fl.need(70)
    doc.text(L, fl.y + 10, "What the notes mean", 8.5, True)
    fl.y += 14
    for c, t in legend:
        fl.row([(L + 2, c, "l"), (L + 14, t, "l")], 7, 10)
    page_footers(doc, lambda i, n: f"Gull Point Health Plans  H9988-004  Page {i} of {n}", 770, R)
    return doc, o, legend, "Medicare Advantage HMO-POS member EOB"


# ============================================================================ d1: state Medicaid RA (mono)
def d1():
    doc = Doc("reportlab", "LibMono", LETTER)
    o = Out()
    L = 24
    sz = 6.4
    cw = 0.6 * sz  # monospace advance

    def X(col):
        return L + col * cw

    hdr = (f"{'LN':<2} {'SVC-FROM':<8} {'SVC-TO':<8} {'PROC':<5} {'MODIFIERS':<10}{'UNITS':>6}{'BILLED':>10}{'ALLOWED':>10}"
           f"{'CPAY':>6}{'TPL':>6}{'PAID':>10}  {'ADJ-CODES':<16} EOB")

    def start(d, p):
        d.text(L, 30, "STATE OF NORTH CASCADIA   DEPARTMENT OF HEALTH SERVICES   MEDICAL ASSISTANCE PROGRAM", 7, True)
        d.text(L, 40, "PROVIDER REMITTANCE ADVICE        RA NUMBER 0004417728    RA DATE 01/30/2026    WARRANT 80551927", 7)
        d.text(L, 50, "PROVIDER: RIVERBEND CHILDREN'S THERAPY GROUP   PROVIDER ID 200418862   NPI 1912345670", 7)
        d.text(L, 66, hdr, sz, True)
        d.hline(L, 588, 69, 0.4)
        return 74

    fl = Flow(doc, start, 760)
    fl.begin()
    legend = [("0112", "PAID AT THE STATE FEE SCHEDULE RATE."), ("0847", "SERVICE NEEDS PRIOR AUTHORIZATION; NONE ON FILE."),
              ("0233", "CLAIM ADJUSTED - ORIGINAL CLAIM CREDITED.")]
    members = [("LINDQVIST, ASTRID", "NC00418872", "RB-1044"), ("LINDQVIST, MATTIAS", "NC00418873", "RB-1045"),
               ("OYELARAN, BENEDICT", "NC00730215", "RB-0988"), ("FAIRWEATHER, JUNE", "NC00551160", "RB-1102"),
               ("TOKAREV, NIKOLAI", "NC00612009", "RB-1130"), ("ABERNATHY-SOL, WREN", "NC00803377", "RB-1151"),
               ("QUISPE, MATEO", "NC00790412", "RB-1160"), ("HOLLOWAY, JUNIPER", "NC00822954", "RB-1163")]
    paid_claims = [
        (0, "2026023004417", [(J(5), "97530", 3, ("GO",)), (J(5), "97533", 2, ("GO",)), (J(7), "97530", 3, ("GO",)),
                              (J(9), "97530", 2, ("GO",)), (J(9), "97535", 1, ("GO",)), (J(12), "97530", 3, ("GO",)),
                              (J(14), "97533", 2, ("GO",)), (J(16), "97530", 3, ("GO",)), (J(19), "97530", 2, ("GO",)),
                              (J(21), "97533", 2, ("GO",)), (J(23), "97530", 3, ("GO",)), (J(26), "97530", 2, ("GO",)),
                              (J(26), "97535", 1, ("GO",)), (J(28), "97530", 3, ("GO",))]),
        (1, "2026023004418", [(J(6), "92507", 1, ("GN",)), (J(8), "92507", 1, ("GN",)), (J(13), "92507", 1, ("GN",)),
                              (J(15), "92526", 1, ("GN",)), (J(20), "92507", 1, ("GN",)), (J(22), "92507", 1, ("GN",))]),
        (2, "2026023004431", [(J(5), "97161", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(8), "97110", 3, ("GP",)),
                              (J(8), "97116", 1, ("GP",)), (J(12), "97110", 2, ("GP", "59")), (J(12), "97140", 1, ("GP", "59")),
                              (J(15), "97542", 2, ("GP",)), (J(19), "97110", 2, ("GP",)), (J(22), "97116", 2, ("GP",)),
                              (J(26), "97110", 3, ("GP",)), (J(29), "97750", 1, ("GP",))]),
        (5, "2026023004436", [(J(d_), c_, u_, m_) for d_ in (6, 8, 13, 15, 20, 22, 27, 29)
                              for c_, u_, m_ in (("97530", 2, ("GO",)), ("97112", 1, ("GO",)))]),
        (6, "2026023004440", [(J(d_), "92507", 1, ("GN",)) for d_ in (5, 7, 12, 14, 19, 21, 26, 28)] +
         [(J(30), "92523", 1, ("GN",))]),
        (7, "2026023004449", [(J(d_), c_, u_, m_) for d_ in (7, 9, 14, 16, 21, 23)
                              for c_, u_, m_ in (("97530", 3, ("GO",)), ("97533", 1, ("GO",)), ("97535", 1, ("GO", "59")))]),
    ]
    denied_claims = [(3, "2026023004455", [(J(13), "97167", 1, ("GO",)), (J(13), "97760", 2, ("GO",)), (J(13), "L3807", 1, ("RT",))])]
    adj_orig = (4, "2025352009210", [(D(2025, 12, 15), "97530", 4, ("GO",)), (D(2025, 12, 15), "97112", 2, ("GO",))])
    adj_new = (4, "2026023004470", [(D(2025, 12, 15), "97530", 3, ("GO",)), (D(2025, 12, 15), "97112", 2, ("GO",))])

    def line_row(ln, s, neg="-"):
        def m(v):
            return money(v, "", neg)
        adj = " ".join(f"{g}{c} {money(a, '', neg)}" for g, c, a in s.adjs) if s.adjs else ""
        txt = (f"{ln:02d} {dfmt(s.dos, 'mdy2')} {dfmt(s.dos, 'mdy2')} {s.code:<5} {mods(s):<10}"
               f"{G.units_str(s.units):>6}{m(s.billed):>10}{m(s.allowed):>10}{'0.00':>6}{'0.00':>6}{m(s.paid):>10}  {adj:<16} {' '.join(s.remarks)}")
        return fl.row([(L, txt, "l")], sz, 8.6)

    def claim_block(idx, icn, svcs, status, cont_label):
        name, mid, acct = members[idx]
        head = f"{name:<22} RECIP ID {mid}   PAT ACCT {acct:<9} ICN {icn}   STATUS {status}"

        def ch(cont=False):
            fl.need(20)
            fl.row([(L, head + ("   (CONTINUED)" if cont else ""), "l")], sz, 9, True)

        ch()
        fl.on_break = lambda: ch(True)
        for i, s in enumerate(svcs, 1):
            a = line_row(i, s)
            adjs = [(g, c, a_) for g, c, a_ in s.adjs]
            o.add(a, s, claim_id=acct, payer_claim_id=icn, patient=name, remarks=s.remarks, adjustments=adjs,
                  service_end=s.dos, printed=("billed", "allowed", "copay", "paid"))
        fl.on_break = None
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        fl.row([(L, f"{'CLAIM TOTALS':>36} {'':>6}{money(t['billed'], ''):>10}{money(t['allowed'], ''):>10}{'':>12}{money(t['paid'], ''):>10}", "l")],
               sz, 12)
        o.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
        return t

    def section(title):
        fl.need(30)
        fl.y += 4
        fl.row([(L, f"*** {title} ***", "l")], 7, 12, True)

    section("CLAIMS PAID")
    for idx, icn, rows in paid_claims:
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m)
            medicaid(s)
            s.remarks = ["0112"]
            svcs.append(s)
        claim_block(idx, icn, svcs, "PAID", "")
    section("CLAIMS DENIED")
    for idx, icn, rows in denied_claims:
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="CO")
            medicaid(s, deny_reason="197")
            s.allowed = ZERO
            s.remarks = ["0847"]
            svcs.append(s)
        claim_block(idx, icn, svcs, "DENIED", "")
    section("CLAIM ADJUSTMENTS")
    for (idx, icn, rows), kind in ((adj_orig, "CREDIT"), (adj_new, "DEBIT")):
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m)
            medicaid(s)
            s.remarks = ["0233"]
            svcs.append(negate(s) if kind == "CREDIT" else s)
        claim_block(idx, icn, svcs, "ADJ-" + kind, "")
    fl.need(60)
    fl.y += 6
    fl.row([(L, "EOB CODE DESCRIPTIONS", "l")], 7, 11, True)
    for c, t in legend:
        fl.row([(L, f"{c}  {t}", "l")], sz, 9)
    page_footers(doc, lambda i, n: f"PAGE {i:>3} OF {n:>3}", 30, 588, size=7)
    return doc, o, legend, "state Medicaid provider remittance advice"


# ============================================================================ d2: Medicaid portal RA (grid)
def d2():
    doc = Doc("fpdf2", "LibSans", LANDSCAPE)
    o = Out()
    L, R = 28, 764
    xs = [L, L + 28, L + 90, L + 152, L + 206, L + 262, L + 300, L + 364, L + 428, L + 488, L + 560, L + 618, R]
    labels = ["Line", "From DOS", "To DOS", "Procedure", "Modifiers", "Units", "Billed Amount", "Approved Amount",
              "Paid Amount", "Adj Group/Reason", "Adj Amount", "Remark Codes"]

    def start(d, p):
        d.rect(L, 24, R - L, 34, 0.88, False)
        d.text(L + 8, 40, "Plains Tribal & Rural Medicaid  -  Remittance Advice", 12, True)
        d.text(L + 8, 52, "Billing Provider ID 7700315  |  NPI 1881234567  |  Willowcreek Outpatient Therapy LLC  |  Pay Cycle 2026-04",
               7.5)
        d.text(R - 8, 40, "RA Number 26040019", 8, False, "r")
        d.text(R - 8, 52, "RA Date 01/27/2026", 8, False, "r")
        return 66

    def grid_head(fl):
        fl.need(16)
        doc.rect(L, fl.y, R - L, 14, 0.93, True, 0.4)
        for i, lab in enumerate(labels):
            doc.text(xs[i] + 3, fl.y + 9.5, lab, 6.6, True)
        fl.y += 14

    def grid_row(fl, vals, bold=False):
        fl.need(12)
        doc.rect(L, fl.y, R - L, 12, None, True, 0.3)
        for x in xs[1:-1]:
            doc.vline(x, fl.y, fl.y + 12)
        a = Anchor(doc.pno, fl.y + 8.6, 6.8)
        for i, v in enumerate(vals):
            if v:
                al = "r" if i in (5, 6, 7, 8, 10) else "l"
                doc.text(xs[i + 1] - 3 if al == "r" else xs[i] + 3, fl.y + 8.6, v, 6.8, bold, al)
        fl.y += 12
        return a

    fl = Flow(doc, start, 580)
    fl.begin()
    # claims summary table
    doc.text(L, fl.y + 10, "Claims Summary", 9, True)
    fl.y += 16
    summary_y = fl.y
    fl.y += 60
    legend = [("N130", "Consult plan benefit documents for limits (our wording)."),
              ("M86", "Service denied because payment already made for the same service (our wording)."),
              ("N19", "Procedure code incidental to the primary procedure (our wording)."),
              ("MA67", "Correction to a prior claim (our wording).")]
    benefs = [("Whitcomb, Delphine", "WT8830102", "WOT-7781"), ("Whitcomb, Amos", "WT8830104", "WOT-7790"),
              ("Castellanos, Ruth", "WT6617009", "WOT-7715"), ("Bearchild, Tobias", "WT7002251", "WOT-7702")]
    claims = [
        (0, "6026020811041", "Paid", [(J(5), "97165", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(8), "97530", 3, ("GO",)),
                                      (J(8), "97110", 1, ("GO",)), (J(12), "97530", 2, ("GO",)), (J(12), "97535", 2, ("GO",)),
                                      (J(15), "97530", 3, ("GO",)), (J(19), "97530", 2, ("GO",)), (J(19), "97140", 1, ("GO", "59"))]),
        (1, "6026020811042", "Paid", [(J(6), "92523", 1, ("GN",)), (J(9), "92507", 1, ("GN",)), (J(13), "92507", 1, ("GN",)),
                                      (J(16), "92507", 1, ("GN",)), (J(20), "92507", 1, ("GN",))]),
        (2, "6026020811077", "Paid", [(J(7), "97162", 1, ("GP",)), (J(7), "97110", 2, ("GP",)), (J(9), "97110", 3, ("GP",)),
                                      (J(9), "97018", 1, ("GP",)), (J(14), "97112", 2, ("GP",)), (J(14), "97140", 2, ("GP",)),
                                      (J(16), "97110", 2, ("GP",)), (J(21), "97116", 2, ("GP",)), (J(23), "97110", 3, ("GP",))]),
        (3, "6026020811090", "Denied", [(J(9), "97530", 2, ("GO",)), (J(9), "97530", 2, ("GO", "59"))]),
        (2, "6025350900311", "Credited", [(D(2025, 12, 11), "97110", 3, ("GP",)), (D(2025, 12, 11), "97140", 2, ("GP",))]),
        (2, "6026020811102", "Paid", [(D(2025, 12, 11), "97110", 2, ("GP",)), (D(2025, 12, 11), "97140", 2, ("GP",))]),
    ]
    counts = {}
    for idx, icn, status, rows in claims:
        name, bid, acct = benefs[idx]
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="CO" if status == "Denied" else None)
            medicaid(s, deny_reason="18")
            if s.denied:
                s.allowed = ZERO
                s.remarks = ["M86"]
            elif s.code == "97018":
                s.remarks = ["N19"]
            else:
                s.remarks = ["MA67"] if icn in ("6025350900311", "6026020811102") else []
            svcs.append(negate(s) if status == "Credited" else s)

        def ch(cont=False):
            fl.need(44)
            fl.y += 4
            doc.text(L, fl.y + 9, f"Beneficiary Name: {name}" + ("  (continued)" if cont else ""), 8, True)
            doc.text(L + 220, fl.y + 9, f"Beneficiary ID: {bid}", 8)
            doc.text(L + 370, fl.y + 9, f"Patient Account #: {acct}", 8)
            doc.text(L + 540, fl.y + 9, f"ICN: {icn}", 8)
            doc.text(L, fl.y + 20, f"Claim Status: {status}", 7.6)
            fl.y += 25
            grid_head(fl)

        ch()
        fl.on_break = lambda: ch(True)
        for i, s in enumerate(svcs, 1):
            adj = s.adjs[0] if s.adjs else None
            a = grid_row(fl, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                              G.units_str(s.units), money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","),
                              f"{adj[0]}/{adj[1]}" if adj else "", money(adj[2], ",") if adj else "", " ".join(s.remarks)])
            o.add(a, s, claim_id=acct, payer_claim_id=icn, patient=name, remarks=s.remarks, service_end=s.dos,
                  adjustments=list(s.adjs), printed=("billed", "allowed", "paid"))
        fl.on_break = None
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        grid_row(fl, ["", "", "", "Claim Total", "", "", money(t["billed"], ","), money(t["allowed"], ","), money(t["paid"], ","),
                      "", "", ""], True)
        o.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
        c = counts.setdefault(status, [0, ZERO, ZERO])
        c[0] += 1
        c[1] += t["billed"]
        c[2] += t["paid"]
    y = summary_y
    for i, h in enumerate(["Status", "Count", "Total Billed Amount", "Total Paid Amount"]):
        doc.text(L + 4 + i * 110, y + 9, h, 7.2, True, page=1)
    for j, st_ in enumerate(("Paid", "Denied", "Credited")):
        c = counts.get(st_, [0, ZERO, ZERO])
        for i, v in enumerate([st_, str(c[0]), money(c[1], "$"), money(c[2], "$")]):
            doc.text(L + 4 + i * 110, y + 21 + j * 11, v, 7.2, page=1)
    fl.need(70)
    fl.y += 8
    doc.text(L, fl.y + 8, "Remark Code Glossary", 8.5, True)
    fl.y += 12
    for c, t in legend:
        fl.row([(L, c, "l"), (L + 36, t, "l")], 7.2, 10)
    page_footers(doc, lambda i, n: f"Page {i} of {n}", 600, R, size=7)
    return doc, o, legend, "Medicaid provider-portal remittance advice"


# ============================================================================ p1: clearinghouse Medicare remit
def p1():
    doc = Doc("reportlab", "Times", LANDSCAPE)
    o = Out()
    L, R = 30, 762
    C = {"lic": L, "date": L + 62, "proc": L + 112, "units": L + 200, "billed": L + 248, "allowed": L + 296,
         "ded": L + 334, "coins": L + 384, "paid": L + 430, "adj": L + 444, "rmk": L + 660}

    def start(d, p):
        d.text(L, 34, "ClearPath Claims Exchange", 13, True)
        d.text(L, 46, "Payer Remittance Report - Medicare Part B", 9)
        d.text(R, 34, "Payer: Prairie States Medicare Administrative Services (J-Q)", 8.5, False, "r")
        d.text(R, 46, "Payee: Northwind Rehab Associates  NPI 1407788123  TIN XX-XXX4417", 8.5, False, "r")
        d.text(R, 58, "EFT Trace 0047811902   Payment date 01/29/2026", 8.5, False, "r")
        d.hline(L, R, 64, 0.8)
        return 72

    def colhead(fl):
        fl.need(16)
        for k, t in (("lic", "Line Ctrl #"), ("date", "Svc Date"), ("proc", "Proc / Mods"), ("units", "Units"),
                     ("billed", "Billed"), ("allowed", "Allowed"), ("ded", "Deductible"), ("coins", "Coinsurance"),
                     ("paid", "Paid"), ("adj", "Adjustments (Group-Reason Amount)"), ("rmk", "Remarks")):
            al = "r" if k in ("units", "billed", "allowed", "ded", "coins", "paid") else "l"
            doc.text(C[k], fl.y + 9, t, 7.6, True, al)
        doc.hline(L, R, fl.y + 12, 0.4)
        fl.y += 15

    fl = Flow(doc, start, 575)
    fl.begin()
    st = PlanState(ded_left=Decimal("0.00"))
    pts = [("HALVORSEN, INGRID M", "1EG4TE5MK72", "NRA-30418"), ("PRUITT-OSEI, CLARENCE", "7HY2PL9RT05", "NRA-30422"),
           ("DUBOIS, MARIE-CLAIRE", "4KW8QM1ZX33", "NRA-30440"), ("HALVORSEN, EINAR J", "1EG4TE5MK73", "NRA-30419")]
    claims = [
        (0, "22260281104550", [(J(5), "97110", 2, ("GP", "KX")), (J(5), "97112", 1, ("GP", "KX")), (J(7), "97140", 1, ("GP", "KX")),
                               (J(7), "97110", 2, ("GP", "KX")), (J(9), "97116", 2, ("GP", "KX")), (J(12), "97110", 3, ("GP", "KX")),
                               (J(12), "G0283", 1, ("GP",)), (J(14), "97112", 2, ("GP", "KX")), (J(16), "97110", 2, ("GP", "KX")),
                               (J(16), "97140", 1, ("GP", "59", "KX")), (J(19), "97110", 2, ("GP", "CQ", "KX")),
                               (J(21), "97116", 1, ("GP", "CQ", "KX")), (J(21), "97110", 2, ("GP", "CQ", "KX")),
                               (J(23), "97112", 2, ("GP", "KX"))]),
        (1, "22260281104551", [(J(6), "97166", 1, ("GO",)), (J(6), "97535", 2, ("GO",)), (J(8), "97530", 3, ("GO",)),
                               (J(13), "97530", 2, ("GO",)), (J(13), "97535", 1, ("GO",)), (J(15), "97530", 3, ("GO", "CO")),
                               (J(20), "97530", 2, ("GO", "CO")), (J(22), "0552T", 1, ())]),
        (2, "22260281104568", [(J(12), "92523", 1, ("GN",)), (J(14), "92507", 1, ("GN",)), (J(19), "92526", 1, ("GN",)),
                               (J(21), "92507", 1, ("GN",))]),
        (3, "22260281104569", [(J(7), "97162", 1, ("GP",)), (J(7), "97110", 2, ("GP",)), (J(14), "97110", 2, ("GP",))]),
    ]
    legend = [("N640", "Exceeds the therapy amount; documented as needed (our words)."),
              ("M144", "Pre-/post-operative care payment is in the global amount (our words)."),
              ("N130", "Consult plan benefit documents (our words)."),
              ("MA01", "If you do not agree with this determination you may appeal (our words).")]
    for idx, icn, rows in claims:
        name, mbi, acct = pts[idx]
        svcs = []
        for n, (d_, c, u, m) in enumerate(rows, 1):
            s = Svc(d_, c, u, m, denied="CO" if c in ("G0283", "0552T") else None)
            medicare(s, st, deny_reason="96" if c == "0552T" else "97")
            s.remarks = ["N130"] if s.denied else (["N640"] if "KX" in m else [])
            svcs.append(s)
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}

        def ch(cont=False):
            fl.need(44)
            doc.rect(L, fl.y, R - L, 24, 0.9, False)
            doc.text(L + 4, fl.y + 9, f"Patient: {name}" + ("   (continued)" if cont else ""), 8.4, True)
            doc.text(L + 220, fl.y + 9, f"MBI: {mbi}", 8.2)
            doc.text(L + 330, fl.y + 9, f"Patient Ctrl #: {acct}", 8.2)
            doc.text(L + 470, fl.y + 9, f"Payer ICN: {icn}", 8.2)
            doc.text(L + 4, fl.y + 20, "Claim Status: 1 - Processed as Primary     Rendering NPI 1649900127", 7.8)
            fl.y += 28
            colhead(fl)

        ch()
        fl.on_break = lambda: ch(True)
        for n, s in enumerate(svcs, 1):
            adj = "  ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs)
            a = fl.row([(C["lic"], f"{acct[-5:]}-{n:02d}", "l"), (C["date"], dfmt(s.dos, "mdy4"), "l"),
                        (C["proc"], code_mods(s, " "), "l"), (C["units"], G.units_str(s.units), "r"),
                        (C["billed"], money(s.billed, ","), "r"), (C["allowed"], money(s.allowed, ","), "r"),
                        (C["ded"], money(s.deductible, ","), "r"), (C["coins"], money(s.coinsurance, ","), "r"),
                        (C["paid"], money(s.paid, ","), "r"), (C["adj"], adj, "l"), (C["rmk"], " ".join(s.remarks), "l")], 7.8, 11)
            o.add(a, s, claim_id=acct, payer_claim_id=icn, patient=name, remarks=s.remarks, adjustments=list(s.adjs),
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
        fl.on_break = None
        fl.row([(C["proc"], "Claim Totals", "l"), (C["billed"], money(t["billed"], ","), "r"),
                (C["allowed"], money(t["allowed"], ","), "r"), (C["ded"], money(total(svcs, "deductible"), ","), "r"),
                (C["coins"], money(total(svcs, "coinsurance"), ","), "r"), (C["paid"], money(t["paid"], ","), "r"),
                (C["adj"], f"Patient Responsibility {money(t['owes'], ',')}", "l")], 7.8, 18, True)
        o.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
    fl.need(70)
    doc.text(L, fl.y + 10, "Remark Code Glossary", 9, True)
    fl.y += 14
    for c, t in legend:
        fl.row([(L, c, "l"), (L + 36, t, "l")], 7.6, 10.5)
    page_footers(doc, lambda i, n: f"ClearPath report RPT-835-0047811902    page {i} / {n}", 596, R, size=7.5)
    return doc, o, legend, "clearinghouse Medicare Part B remittance report"


# ============================================================================ p2: PM system remittance reprint
def p2():
    doc = Doc("fpdf2", "Courier", LETTER)
    o = Out()
    L = 26
    sz = 6.8
    head1 = (f"{'DOS':<10} {'CPT':<5} {'MODS':<10}{'UNITS':>5}{'CHARGE':>10}{'ALLOWED':>9}{'DEDUCT':>8}{'COINS':>8}  "
             f"{'GRP-RSN':<8}{'ADJ AMT':>8}{'PAID':>9}  RMK")

    def start(d, p):
        d.text(L, 32, "THERALINK PRACTICE MANAGER  v9.4        MEDICARE REMITTANCE REPRINT", 8, True)
        d.text(L, 42, "PRACTICE: BRIGHTWATER OT & HAND CLINIC         PAYER: GREAT LAKES MEDICARE SERVICES", sz)
        d.text(L, 51, "CHECK/EFT: 9001447210   DEPOSIT 01/28/2026   BATCH 26-0128-03   POSTED BY: KJW", sz)
        d.hline(L, 586, 56, 0.5)
        d.text(L, 66, head1, sz, True)
        d.hline(L, 586, 69, 0.3)
        return 74

    fl = Flow(doc, start, 758)
    fl.begin()
    st = PlanState(ded_left=Decimal("120.00"))
    pts = [("MCALLISTER, FENELLA", "A20771", "11126012804410"), ("NAKASHIMA, OREN", "A20802", "11126012804418"),
           ("VASQUEZ-LIND, PALOMA", "A20830", "11126012804425"), ("NAKASHIMA, HIROKO", "A20803", "11126012804419")]
    claims = [
        (0, [(J(5), "97165", 1, ("GO",)), (J(5), "97760", 2, ("GO",)), (J(5), "L3807", 1, ("LT",)), (J(8), "97530", 2, ("GO",)),
             (J(8), "97140", 1, ("GO", "59")), (J(12), "97530", 3, ("GO",)), (J(12), "97110", 1, ("GO",)), (J(15), "97530", 2, ("GO",)),
             (J(15), "97018", 1, ("GO",)), (J(19), "97530", 3, ("GO", "KX")), (J(22), "97530", 2, ("GO", "KX")),
             (J(22), "97140", 1, ("GO", "59", "KX")), (J(26), "97530", 2, ("GO", "CO", "KX")), (J(29), "97168", 1, ("GO", "KX"))]),
        (1, [(J(6), "97161", 1, ("GP",)), (J(6), "97110", 2, ("GP",)), (J(9), "97110", 3, ("GP",)), (J(13), "97112", 2, ("GP",)),
             (J(16), "97110", 2, ("GP", "CQ"))]),
        (2, [(J(7), "92523", 1, ("GN",)), (J(14), "92507", 1, ("GN",)), (J(21), "92507", 1, ("GN",)), (J(28), "92507", 1, ("GN",))]),
        (3, [(J(6), "97161", 1, ("GP",)), (J(6), "G0283", 1, ("GP",))]),
    ]
    legend = [("N640", "THERAPY ABOVE THRESHOLD, DOCUMENTED AS NEEDED (OUR WORDS)"),
              ("M15", "BUNDLED WITH ANOTHER SERVICE THAT DAY (OUR WORDS)"),
              ("N130", "SEE PLAN BENEFIT LIMITS (OUR WORDS)")]
    for idx, rows in claims:
        name, acct, icn = pts[idx]
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="CO" if c in ("G0283", "97018") else None)
            medicare(s, st, deny_reason="97" if c == "97018" else "96")
            s.remarks = (["M15"] if c == "97018" else ["N130"]) if s.denied else (["N640"] if "KX" in m else [])
            svcs.append(s)
        t = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes", "deductible", "coinsurance")}

        def ch(cont=False):
            fl.need(30)
            fl.y += 3
            fl.row([(L, f"PATIENT: {name:<24} ACCT: {acct:<8} ICN: {icn}  ASSIGNED: Y" + (" *CONT*" if cont else ""), "l")],
                   sz, 9.5, True)

        ch()
        fl.on_break = lambda: ch(True)
        for s in svcs:
            adjs = s.adjs
            first = adjs[0]
            txt = (f"{dfmt(s.dos, 'mdy4'):<10} {s.code:<5} {mods(s):<10}{G.units_str(s.units):>5}{money(s.billed, ''):>10}"
                   f"{money(s.allowed, ''):>9}{money(s.deductible, ''):>8}{money(s.coinsurance, ''):>8}  "
                   f"{first[0] + '-' + first[1]:<8}{money(first[2], ''):>8}{money(s.paid, ''):>9}  {' '.join(s.remarks)}")
            a = fl.row([(L, txt, "l")], sz, 8.6)
            more = []
            for g, c, am in adjs[1:]:
                more.append(fl.row([(L, f"{'':<10} {'':<5} {'':<10}{'':>5}{'':>10}{'':>9}{'':>8}{'':>8}  {g + '-' + c:<8}{money(am, ''):>8}", "l")],
                                   sz, 8.6))
            o.add([a] + more, s, claim_id=acct, payer_claim_id=icn, patient=name, remarks=s.remarks, adjustments=list(adjs),
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
        fl.on_break = None
        fl.row([(L, f"{'CLAIM TOTALS':<27}{money(t['billed'], ''):>15}{money(t['allowed'], ''):>9}{money(t['deductible'], ''):>8}"
                 f"{money(t['coinsurance'], ''):>8}{'':>18}{money(t['paid'], ''):>9}", "l")], sz, 9, True)
        fl.row([(L, f"{'PT RESP':<27}{money(t['owes'], ''):>15}", "l")], sz, 13)
        o.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
    fl.need(50)
    fl.row([(L, "REMARK CODES ON THIS REMIT", "l")], sz, 10, True)
    for c, tx in legend:
        fl.row([(L, f"{c:<6}{tx}", "l")], sz, 9)
    page_footers(doc, lambda i, n: f"PAGE {i} OF {n}", 32, 586, size=sz)
    return doc, o, legend, "practice-management Medicare remittance reprint"


# ============================================================================ s1: therapy clinic family statement
def s1():
    doc = Doc("reportlab", "LibSerif", LETTER)
    o = Out()
    L, MR = 34, 430  # main column; sidebar from 440 to 578
    C = {"date": L, "pt": L + 38, "desc": L + 78, "code": L + 204, "units": L + 258, "chg": L + 296, "ip": L + 334,
         "ia": L + 368, "bal": L + 402}

    def start(d, p):
        d.text(L, 42, "Little Harbor Pediatric Therapy", 14, True)
        d.text(L, 54, "Occupational - Speech - Physical Therapy  |  220 Wharfside Ave, Suite 3, Belden Cove, NH 03999", 7.4)
        d.hline(L, 578, 60, 1)
        d.rect(440, 68, 138, 690, 0.94, False)
        side = ["STATEMENT", "", "Guarantor", "Corinne Asplund-Reyes", "58 Heron Pond Rd", "Belden Cove, NH 03998", "",
                "Guarantor account", "G-004471", "", "Statement date", "02/02/2026", "", "Amount due", "", "",
                "Please pay by 02/25/2026", "", "", "31-60 days  $0.00", "61-90 days  $0.00", "",
                "Questions about your bill?", "Call our billing office", "(603) 555-0188", "Mon-Fri 8:30-4:30"]
        if p > 1:
            side = ["STATEMENT (continued)", "", "Guarantor account", "G-004471"]
        for i, t in enumerate(side):
            d.text(448, 84 + i * 12, t, 8 if i else 9, i in (0, 2, 7, 10, 13), "l")
        return 70

    def colhead(fl):
        fl.need(22)
        for k, lab in (("date", ["Date"]), ("pt", ["Patient"]), ("desc", ["Description"]), ("code", ["Code"]),
                       ("units", ["Units"]), ("chg", ["Charges"]), ("ip", ["Ins.", "Paid"]), ("ia", ["Ins.", "Adj."]),
                       ("bal", ["Your", "Portion"])):
            al = "r" if k in ("units", "chg", "ip", "ia", "bal") else "l"
            x = C[k]
            for i, t in enumerate(lab):
                doc.text(x, fl.y + 8 + i * 8, t, 6.8, True, al)
        doc.hline(L, MR, fl.y + 19, 0.6)
        fl.y += 22

    fl = Flow(doc, start, 748)
    fl.begin()
    doc.text(L, 80, "Account activity for your family since your last statement", 9, True)
    fl.y = 88
    colhead(fl)
    fl.on_break = lambda: colhead(fl)
    kids = {"Noor": "Noor Asplund-Reyes", "Elias": "Elias Asplund-Reyes", "Sabine": "Sabine Asplund-Reyes",
            "Corinne": "Corinne Asplund-Reyes"}
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"))
    visits = [
        ("Noor", "INV 60112", "TRH-26-0081774", "Tri-Rivers Health", [(J(5), "97166", 1, ("GO",)), (J(5), "97533", 2, ("GO",))]),
        ("Elias", "INV 60119", "TRH-26-0081790", "Tri-Rivers Health", [(J(6), "92523", 1, ("GN",))]),
        ("Noor", "INV 60140", "TRH-26-0090311", "Tri-Rivers Health", [(J(12), "97530", 3, ("GO",)), (J(12), "97533", 1, ("GO",))]),
        ("Sabine", "INV 60144", "TRH-26-0090345", "Tri-Rivers Health", [(J(13), "97162", 1, ("GP",)), (J(13), "97110", 2, ("GP",)),
                                                                       (J(13), "97116", 1, ("GP",))]),
        ("Elias", "INV 60151", "TRH-26-0092208", "Tri-Rivers Health", [(J(13), "92507", 1, ("GN",))]),
        ("Noor", "INV 60170", "TRH-26-0101562", "Tri-Rivers Health", [(J(19), "97530", 2, ("GO",)), (J(19), "97535", 1, ("GO",)),
                                                                     (J(19), "97533", 2, ("GO",))]),
        ("Corinne", "INV 60174", "TRH-26-0101600", "Tri-Rivers Health", [(J(20), "97140", 2, ("GP",)), (J(20), "97110", 1, ("GP",))]),
        ("Sabine", "INV 60181", "TRH-26-0104417", "Tri-Rivers Health", [(J(20), "97110", 2, ("GP",)), (J(20), "97112", 1, ("GP",))]),
        ("Elias", "INV 60190", "TRH-26-0107730", "Tri-Rivers Health", [(J(20), "92507", 1, ("GN",)), (J(20), "97150", 1, ("GN",))]),
        ("Noor", "INV 60203", "TRH-26-0110981", "Tri-Rivers Health", [(J(26), "97530", 3, ("GO",)), (J(26), "97533", 2, ("GO",))]),
        ("Sabine", "INV 60210", "TRH-26-0111402", "Tri-Rivers Health", [(J(27), "97110", 3, ("GP",)), (J(27), "97140", 1, ("GP", "59")),
                                                                       (J(27), "97112", 1, ("GP",))]),
        ("Elias", "INV 60222", "TRH-26-0113318", "Tri-Rivers Health", [(J(27), "92507", 1, ("GN",))]),
        ("Corinne", "INV 60229", "TRH-26-0113355", "Tri-Rivers Health", [(J(27), "97140", 2, ("GP",)), (J(27), "97110", 2, ("GP",)),
                                                                        (J(27), "97018", 1, ("GP",))]),
        ("Noor", "INV 60236", "TRH-26-0114020", "Tri-Rivers Health", [(J(28), "97530", 2, ("GO",)), (J(28), "97533", 2, ("GO",)),
                                                                     (J(28), "97535", 1, ("GO",))]),
        ("Sabine", "INV 60241", "TRH-26-0114488", "Tri-Rivers Health", [(J(29), "97110", 2, ("GP",)), (J(29), "97116", 1, ("GP",)),
                                                                       (J(29), "97112", 1, ("GP",))]),
        ("Elias", "INV 60247", "TRH-26-0114502", "Tri-Rivers Health", [(J(29), "92507", 1, ("GN",)), (J(29), "97150", 1, ("GN",))]),
        ("Noor", "INV 60255", "TRH-26-0115119", "Tri-Rivers Health", [(J(30), "97530", 3, ("GO",)), (J(30), "97533", 1, ("GO",))]),
    ]
    grand = ZERO
    for who, inv, pclm, ins, rows in visits:
        name = kids[who]
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="PR" if c == "97150" else None)
            commercial(s, st)
            svcs.append(s)
        fl.need(24)
        fl.row([(L, f"Visit {inv}  -  {name}  -  billed to {ins}, claim {pclm}", "l")], 7.2, 10.5, True)
        for s in svcs:
            wl = doc.wrap(s.desc, 7, 122)
            fl.need(10 + 8.5 * (len(wl) - 1))
            a = fl.row([(C["date"], dfmt(s.dos, "mdy2"), "l"), (C["pt"], name.split()[0], "l"), (C["desc"], wl[0], "l"),
                        (C["code"], code_mods(s, "-"), "l"), (C["units"], G.units_str(s.units), "r"),
                        (C["chg"], money(s.billed, ","), "r"), (C["ip"], money(s.paid, ","), "r"),
                        (C["ia"], money(s.discount, ","), "r"), (C["bal"], money(s.owes, ","), "r")], 7, 10)
            more = [fl.row([(C["desc"] + 5, w, "l")], 7, 8.5) for w in wl[1:]]
            o.add([a] + more, s, claim_id=inv.split()[1], payer_claim_id=pclm, patient=name,
                  overrides={}, printed=("billed", "paid", "discount", "patient_owes"))
            grand += s.owes
        t = {k: total(svcs, k) for k in ("billed", "paid", "discount", "owes")}
        fl.row([(C["desc"], "Visit total", "l"), (C["chg"], money(t["billed"], ","), "r"), (C["ip"], money(t["paid"], ","), "r"),
                (C["ia"], money(t["discount"], ","), "r"), (C["bal"], money(t["owes"], ","), "r")], 7, 14, True)
        o.claims.append({"claim_id": inv.split()[1], "payer_claim_id": pclm, "patient": name,
                         "totals": claim_totals(billed=t["billed"], paid=t["paid"], patient_owes=t["owes"])})
    fl.row([(C["date"], "01/28/26", "l"), (C["desc"], "Payment - thank you (card)", "l"), (C["bal"], "(60.00)", "r")], 7, 14)
    fl.row([(C["desc"], "Amount due", "l"), (C["bal"], money(grand - Decimal("60.00"), "$"), "r")], 8, 14, True)
    fl.on_break = None
    due = money(grand - Decimal("60.00"), "$")
    doc.text(448, 84 + 14 * 12, due, 9, True, page=1)
    doc.text(448, 84 + 18 * 12, f"Current  {due}", 8, page=1)
    page_footers(doc, lambda i, n: f"Page {i} of {n}  -  Guarantor G-004471", 772, 578)
    return doc, o, [], "outpatient therapy clinic family statement"


# ============================================================================ s2: hospital itemized statement
def s2():
    doc = Doc("fpdf2", "LibNarrow", LANDSCAPE)
    o = Out()
    L, R = 32, 760
    C = {"post": L, "svc": L + 46, "rev": L + 92, "cpt": L + 118, "desc": L + 186, "qty": L + 366, "chg": L + 420,
         "ip": L + 480, "adj": L + 540, "pb": L + 600, "note": L + 612}

    def start(d, p):
        d.text(L, 38, "ST. AGATHA VALLEY HOSPITAL", 15, True)
        d.text(L, 51, "Outpatient Rehabilitation & Imaging  -  1400 Orchard Crest Blvd, Tamsin, VT 05999", 8.5)
        d.text(R, 38, "Itemized Patient Statement", 12, True, "r")
        d.text(R, 51, "Guarantor: Leopold Ferrante-Nyquist   Guarantor #: 81-220417", 8.5, False, "r")
        d.hline(L, R, 58, 1)
        return 66

    def colhead(fl):
        fl.need(18)
        doc.rect(L, fl.y, R - L, 15, 0.85, False)
        for k, t in (("post", "Post Date"), ("svc", "Svc Date"), ("rev", "Rev"), ("cpt", "CPT/HCPCS"), ("desc", "Description"),
                     ("qty", "Qty"), ("chg", "Charges"), ("ip", "Ins Payments"), ("adj", "Ins Adjust"), ("pb", "Pat Resp"),
                     ("note", "Msg")):
            al = "r" if k in ("qty", "chg", "ip", "adj", "pb") else "l"
            doc.text(C[k], fl.y + 10.5, t, 7.6, True, al)
        fl.y += 18

    fl = Flow(doc, start, 570)
    fl.begin()
    doc.rect(L, 66, 330, 72, None)
    doc.text(L + 6, 78, "Summary of Accounts", 9, True)

    doc.rect(L + 350, 66, R - L - 350, 72, 0.93, False)
    for i, t in enumerate(["Statement date: 02/03/2026", "Please pay: upon receipt", "Financial assistance is available;",
                           "ask us for an application.", "Pay online: stagatha-pay.example  Ref 81-220417",
                           "Billing questions: (802) 555-0140"]):
        doc.text(L + 358, 78 + i * 10.5, t, 8, i == 0)
    fl.y = 146
    accts = [
        ("Leopold Ferrante-Nyquist", "HA-7001583", "VTC-26012200481", "Verdant Trust Health",
         [(J(6), "97161", 1, ("GP",)), (J(6), "97110", 2, ("GP",)), (J(8), "97110", 3, ("GP",)), (J(8), "97140", 1, ("GP", "59")),
          (J(8), "97018", 1, ("GP",)), (J(13), "97110", 2, ("GP",)), (J(13), "97112", 2, ("GP",)), (J(15), "97110", 3, ("GP",)),
          (J(15), "97140", 2, ("GP", "59")), (J(20), "97110", 2, ("GP",)), (J(20), "97116", 2, ("GP",)), (J(22), "97110", 3, ("GP",)),
          (J(22), "97112", 1, ("GP",)), (J(27), "97110", 2, ("GP",)), (J(27), "97750", 1, ("GP",)), (J(29), "97110", 2, ("GP",)),
          (J(29), "97140", 1, ("GP", "59")), (J(29), "G0283", 1, ("GP",))]),
        ("Beatrix Ferrante-Nyquist", "HA-7001610", "VTC-26012600077", "Verdant Trust Health",
         [(J(9), "73110", 1, ("LT",)), (J(9), "99213", 1, ()), (J(12), "97165", 1, ("GO",)), (J(12), "97760", 1, ("GO",)),
          (J(12), "L3807", 1, ("LT",)), (J(16), "97530", 2, ("GO",)), (J(16), "97140", 1, ("GO",)), (J(23), "97530", 2, ("GO",)),
          (J(23), "97535", 1, ("GO",)), (J(26), "97530", 3, ("GO",)), (J(26), "97140", 1, ("GO",)), (J(28), "97530", 2, ("GO",)),
          (J(28), "97760", 1, ("GO",)), (J(30), "97530", 2, ("GO",)), (J(30), "97168", 1, ("GO",))]),
        ("Cosimo Ferrante-Nyquist", "HA-7001644", "VTC-26012900214", "Verdant Trust Health",
         [(J(d_), "92507", 1, ("GN",)) for d_ in (14, 16, 21, 23, 28, 30)] + [(J(14), "92523", 1, ("GN",))]),
    ]
    legend = [("M1", "Insurance processed; balance is your deductible or coinsurance."),
              ("M2", "Insurance did not cover this service; please call us about payment options.")]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    for name, ha, pclm, ins, rows in accts:
        svcs = []
        for d_, c, u, m in rows:
            s = Svc(d_, c, u, m, denied="PR" if c == "G0283" else None)
            commercial(s, st)
            s.remarks = ["M2"] if s.denied else (["M1"] if s.owes else [])
            svcs.append(s)

        def ch(cont=False):
            fl.need(40)
            fl.y += 4
            doc.text(L, fl.y + 10, f"Patient: {name}" + ("  - continued" if cont else ""), 9, True)
            doc.text(L + 220, fl.y + 10, f"Hospital Account: {ha}", 8.5)
            doc.text(L + 400, fl.y + 10, f"{ins} claim {pclm}", 8.5)
            fl.y += 15
            colhead(fl)

        ch()
        fl.on_break = lambda: ch(True)
        rev = {"97": "0420", "92": "0440", "73": "0320", "99": "0510", "L3": "0274", "G0": "0420"}
        for s in svcs:
            rc = rev.get(s.code[:2], "0430") if not (s.mods and s.mods[0] == "GO") else "0430"
            if s.code == "L3807":
                rc = "0274"
            a = fl.row([(C["post"], dfmt(s.dos + (J(2) - J(1)) * 2, "mdy2"), "l"), (C["svc"], dfmt(s.dos, "mdy2"), "l"),
                        (C["rev"], rc, "l"), (C["cpt"], code_mods(s, " "), "l"), (C["desc"], s.desc.upper(), "l"),
                        (C["qty"], G.units_str(s.units), "r"), (C["chg"], money(s.billed, ","), "r"),
                        (C["ip"], money(-s.paid, ",", "trail"), "r"), (C["adj"], money(-s.discount, ",", "trail"), "r"),
                        (C["pb"], money(s.owes, ","), "r"), (C["note"], " ".join(s.remarks), "l")], 7.8, 11)
            o.add(a, s, claim_id=ha, payer_claim_id=pclm, patient=name, remarks=s.remarks,
                  printed=("billed", "paid", "discount", "patient_owes"))
        fl.on_break = None
        t = {k: total(svcs, k) for k in ("billed", "paid", "discount", "owes")}
        fl.row([(C["desc"], "ACCOUNT TOTAL", "l"), (C["chg"], money(t["billed"], ","), "r"),
                (C["ip"], money(-t["paid"], ",", "trail"), "r"), (C["adj"], money(-t["discount"], ",", "trail"), "r"),
                (C["pb"], money(t["owes"], ","), "r")], 7.8, 18, True)
        o.claim(ha, pclm, name, billed=t["billed"], paid=t["paid"], patient_owes=t["owes"])
        k = len(o.claims)
        doc.text(L + 6, 80 + k * 12, f"{name}   {ha}   {dfmt(svcs[0].dos, 'mdy2')} - {dfmt(svcs[-1].dos, 'mdy2')}", 8, page=1)
        doc.text(L + 324, 80 + k * 12, money(t["owes"], "$"), 8, False, "r", page=1)
    fl.need(50)
    doc.text(L, fl.y + 10, "Message codes", 8.5, True)
    fl.y += 14
    for c, t in legend:
        fl.row([(L, c, "l"), (L + 22, t, "l")], 7.8, 11)
    page_footers(doc, lambda i, n: f"Page {i} of {n}", 596, R, size=7.5)
    return doc, o, legend, "hospital outpatient itemized patient statement"


LAYOUTS = [("c1_ppo_family_eob", c1), ("c2_hdhp_claims_statement", c2), ("m1_msn_part_b", m1), ("m2_ma_hmo_eob", m2),
           ("d1_medicaid_ra_mono", d1), ("d2_medicaid_portal_ra", d2), ("p1_clearinghouse_medicare_remit", p1),
           ("p2_pm_medicare_reprint", p2), ("s1_clinic_family_statement", s1), ("s2_hospital_itemized_statement", s2)]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout46_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    nlines = npages = 0
    crossing = []
    for name, fn in LAYOUTS:
        doc, o, legend, desc = fn()
        pdf = out / f"{name}.pdf"
        doc.save(pdf)
        write_truth(pdf, name, doc.producer, len(doc.pages), desc, o.lines, o.claims, legend)
        nlines += len(o.lines)
        npages += len(doc.pages)
        pages_of = {}
        for ln in o.lines:
            pages_of.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        if any(len(v) > 1 for v in pages_of.values()):
            crossing.append(name)
        if check:
            truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
            anchors = [a[0] if isinstance(a, list) else a for a in o.anchors]
            extra = [a[1:] if isinstance(a, list) else [] for a in o.anchors]
            e: list[str] = []
            check_file(pdf, truth, anchors, o.heads, e, extra)
            errs += e
            if len(truth["claims"]) < 2 or len({ln["patient"] for ln in o.lines}) < 1:
                errs.append(f"{name}: too few claims")
    print(f"wrote {len(LAYOUTS)} PDFs, {nlines} service lines, {npages} pages into {out}")
    print("claims crossing a page break in: " + ", ".join(crossing))
    if check:
        if len(crossing) < 3:
            errs.append("fewer than three files with a claim crossing a page break")
        for e in errs[:60]:
            print("CHECK:", e)
        print("check: " + (f"FAILED, {len(errs)} problems" if errs else "passed"))
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
