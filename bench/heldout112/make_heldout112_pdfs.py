"""Write held-out set 112 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary,
realistic documents, two of each of the five commonest real kinds, each in a house style of its own.

Run:  python bench/heldout112/make_heldout112_pdfs.py [OUT_DIR]            (default: a new temp folder, printed)
      python bench/heldout112/make_heldout112_pdfs.py OUT_DIR --check      (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helpers from samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt, truth_line, write_truth); drawing back-ends
and text extraction live in h112kit.py next to this file. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, PYTHONHASHSEED=0 via re-exec so fpdf2 font subsets are stable, no randomness).

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed; modifiers [] where none are printed); claim_id = the
provider's own account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person served, never the guarantor or subscriber unless the same person).
Adjustments only where the line prints group+reason+amount. On statements the insurer's write-off column is
recorded as "discount" and the line balance as patient_owes. Claim totals are the printed per-claim totals (null
where none printed). No planted mismatch (expected_findings empty). Every name, number, payer, provider, address
and ID is invented; descriptions are our own words.

Layouts:
  a1  commercial member EOB "Statement of Claims Processed" (reportlab, portrait Liberation Serif): "Claim for /
      Claim reference / Provider patient no.", columns "Date / Procedure / Mod / Provider Charges / Network
      Savings / Covered Amount / Deductible / Copay / Coinsurance / Not Covered / Plan Payment / Your Share / Code",
      no units, 3 family members, claim continues on page 2 with header repeated and "(continued)", code legend
  a2  commercial member EOB "Your Benefits Report" (fpdf2, landscape DejaVu Sans Condensed, left sidebar with
      accumulators): claim bars "Patient / Claim No. / Your Acct No.", "Date(s) / What was done (code) /
      Count / Charged / Plan Discount / Plan Allows / Plan Paid / Ded. / Copay / Coins. / Excluded / You Pay /
      Note", code in parentheses "(97530 GO)", wrapped descriptions, 3 family members, denied line
  b1  Medicare Summary Notice, older paper style (reportlab, portrait DejaVu Sans): per-claim "Claim number",
      "Dates of Service / Services and Service Codes / Amount Charged / Medicare Approved / Medicare Paid
      Provider / You May Be Billed / See Notes Section", count before description "2 Therapeutic exercises
      (97110-GP)", notes legend, a claim continues on page 2 with "(continued)" and the header repeated
  b2  Medicare Advantage member EOB (fpdf2, portrait Liberation Serif): "Claim # / Provider's account #",
      "Date / Service (code) / Qty / Provider billed / Plan allowed / Plan paid / Deductible / Coinsurance / Copay /
      Your share / Note", 99213 and G0283 lines, a denied line, claim totals, year-to-date box
  c1  state Medicaid remittance advice (reportlab, portrait Courier): "TCN / RECIP NAME / RECIP ID / PAT ACCT",
      "LN FROM-DT TO-DT PROC M1 M2 QTY BILLED ALLOWED TPL COPAY PAID EOB", MMDDYY, a voided claim with trailing
      minus and its replacement, denied claim, page header repeated, claim totals, EOB legend
  c2  Medicaid managed-care plan RA (fpdf2, landscape Liberation Sans Narrow, ruled boxes): "Claim ID / Member /
      Member ID / Patient Control No.", "Line / DOS / Procedure / Modifiers / Units / Billed / Allowed / Paid /
      Adj Code / Adj Amt / Remark", adjustment "CO-45" with amount on the row, denied lines, claim totals
  d1  Medicare-style paper remittance from a clearinghouse (fpdf2, landscape Liberation Mono): "PATIENT / MBI /
      PAT CTRL / PAYER CLM", "LN FROM THRU CPT MODS UNT CHARGED ALLOWED DEDUCT COINS ADJUSTMENTS PAID" with
      "CO45 58.15 PR2 7.37 CO253 .59" style group/reason amounts (amounts always with leading digit here), claim totals
  d2  practice-management "Payment Detail by Check" (reportlab, portrait Times): per patient "Pt / Acct / Payer
      Ref", "Svc Date / Proc / Mod / Units / Charge / Allowed / Ded / Coins / Adj Codes / Ins Paid / Pt Resp",
      adjustments "CO-45:58.15", claim subtotal rows, continued onto page 2 with the header repeated
  e1  therapy clinic family statement (fpdf2, portrait DejaVu Serif Condensed): remit stub on top, "Date /
      Patient / Visit # / Service / CPT / Units / Charges / Ins. Paid / Ins. Adj. / Pt. Balance", 3 children,
      insurer claim number under each visit, rows continue onto page 2 WITHOUT a repeated header
  e2  hospital outpatient family statement (reportlab, portrait Liberation Sans Narrow, right sidebar):
      per-account blocks "Account # / Patient / Insurance Claim #", "Service Date / Code / Description / Qty /
      Charges / Insurance Paid / Insurance Adjustment / Patient Balance", account totals, 2 family members

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark and adjustment is printed on the same extracted text line as its service row (dates on the row or on the
claim heading as the layout prints it), claim ids / payer ids / patients are in the document text, page counts
match, billed - adjustments = paid where adjustments are printed, billed - discount - not covered = allowed and
allowed - deductible - copay - coinsurance = paid (Medicare: less the printed-or-implied 2% reduction) where
printed, claim totals = sum of lines, at least three files carry a claim continuing onto the next page.
"""
from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (LONG_DESC, PlanState, Svc, ZERO, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, write_truth)
import h112kit as K  # noqa: E402

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
COMM_PRINTED = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid",
                "patient_owes")


def days(start: D, n: int, step: int = 2):
    return [start + timedelta(days=i * step) for i in range(n)]


def visits(start, pattern, n, step=3):
    """pattern: list of (code, units, mods); one visit per date."""
    out = []
    for d in days(start, n, step):
        for code, u, mods in pattern:
            out.append(Svc(d, code, u, mods))
    return out


def ctot(svcs, *keys):
    m = {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"}
    return claim_totals(**{k: total(svcs, m[k]) for k in keys})


# ================================================================================================ a1
def a1(out):
    doc = K.Doc(*LETTER, top=60, bottom=60, font="LibSerif", size=7.2)
    X = [36, 78, 112, 160, 200, 240, 280, 318, 352, 392, 432, 474, 540, 576]

    def furn(d):
        d.text(36, 34, "NORTHGATE MUTUAL HEALTH PLAN", "LibSerif-B", 12)
        d.text(576, 34, "Statement of Claims Processed", "LibSerif-B", 10, "r")
        d.text(576, 46, "Page %d of {PAGES}" % d.page, "LibSerif", 7.5, "r")
        d.line(36, 52, 576, 52, 1)
        d.text(36, 770, "Northgate Mutual Health Plan, 2200 Fenwick Parkway, Ostrander WI 53990  -  This is not a bill.",
               "LibSerif", 6.5)
        d.y = 66

    def hdr(d):
        cells = ["Date", "Procedure", "Mod", "Provider", "Network", "Covered", "Deductible", "Copay", "Coinsurance",
                 "Not", "Plan", "Your", "Code"]
        cells2 = ["", "", "", "Charges", "Savings", "Amount", "", "", "", "Covered", "Payment", "Share", ""]
        d.rect(36, d.y - 8, 540, 20, 0.4, 0.88)
        for i, (a, b) in enumerate(zip(cells, cells2)):
            al = "l" if i < 3 or i == 12 else "r"
            x = X[i] if al == "l" else X[i + 1] - 4
            if i == 12:
                x = 545
            d.text(x, d.y, a, "LibSerif-B", 6.8, al)
            d.text(x, d.y + 8, b, "LibSerif-B", 6.8, al)
        d.y += 20

    doc.page_furniture = furn
    furn(doc)
    doc.text(36, 80, "Subscriber: HALVORSEN, GRETA M", "LibSerif", 8.5)
    doc.text(36, 92, "Member ID: NGM 448 210 937   Group: 77120-0 Ostrander Public Schools", "LibSerif", 8.5)
    doc.text(360, 80, "Statement date: March 2, 2026", "LibSerif", 8.5)
    doc.text(360, 92, "Questions? Call 1-800-555-0148 (TTY 711)", "LibSerif", 8.5)
    doc.y = 112
    fam = [
        ("Greta Halvorsen", "HH-22014", "NG26011500417", D(2026, 1, 6),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO",))], 1, PlanState(ded_left=q(150), coins_rate=Decimal("0.20"))),
        ("Soren Halvorsen", "HH-22031", "NG26012200981", D(2026, 1, 8),
         [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",))], 14, PlanState(visit_copay=q(35))),
        ("Liv Halvorsen", "HH-22047", "NG26012701122", D(2026, 1, 12),
         [("92507", 1, ("GN",)), ("97129", 1, ("GN",))], 4, PlanState(ded_left=q(60))),
    ]
    lines, claims, legend = [], [], [("N7", "Service limit for the plan year has been reached; member is responsible."),
                                      ("P2", "Amount above the network rate is not billed to you.")]
    for who, acct, clm, start, pat, nv, st in fam:
        svcs = visits(start, pat, nv, 3) if nv > 1 else [Svc(start, c, u, m) for c, u, m in pat]
        if who.startswith("Soren"):
            svcs[-1].denied = "PR"
        for s in svcs:
            commercial(s, st, "119")
            s.remarks = ["N7"] if s.denied else ["P2"]
        doc.need(60, cont=False)
        doc.gap(4)
        doc.text(36, doc.y, f"Claim for: {who}", "LibSerif-B", 8.5)
        doc.text(200, doc.y, "Provider: Brightwater Therapy Associates", "LibSerif", 8)
        doc.y += 11
        doc.text(36, doc.y, f"Claim reference: {clm}", "LibSerif", 8)
        doc.text(200, doc.y, f"Provider patient no.: {acct}", "LibSerif", 8)
        doc.text(400, doc.y, "Network status: In network", "LibSerif", 8)
        doc.y += 14
        hdr(doc)

        def cont(d, who=who, clm=clm):
            d.text(36, d.y, f"Claim for: {who} (continued)   Claim reference: {clm}", "LibSerif-B", 8)
            d.y += 12
            hdr(d)
        doc.cont = cont
        for s in svcs:
            doc.need(10)
            vals = [s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.not_covered, s.paid, s.owes]
            cells = [(X[0], dfmt(s.dos, "mdy4"), "l"), (X[1], s.code, "l"), (X[2], " ".join(s.mods), "l")]
            cells += [(X[i + 4] - 4, money(v, ","), "r") for i, v in enumerate(vals)]
            cells += [(545, " ".join(s.remarks), "l")]
            doc.row(cells, lead=10)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=who, printed=COMM_PRINTED,
                                    units=False, remarks=s.remarks, description=False))
        doc.cont = None
        doc.need(14, cont=False)
        doc.line(36, doc.y - 7, 576, doc.y - 7, 0.4)
        t = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                        "not_covered", "paid", "owes")]
        doc.row([(X[0], "Claim totals", "l")] + [(X[i + 4] - 4, money(v, ","), "r") for i, v in enumerate(t)],
                font="LibSerif-B", lead=14)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": who,
                       "totals": ctot(svcs, "billed", "allowed", "paid", "patient_owes")})
    doc.need(50, cont=False)
    doc.gap(8)
    doc.text(36, doc.y, "What the codes mean", "LibSerif-B", 9)
    doc.y += 12
    for c, t in legend:
        doc.text(36, doc.y, f"{c}  {t}", "LibSerif", 8)
        doc.y += 11
    return doc, "reportlab", K.render_rl, lines, claims, legend, "commercial member EOB, family, header repeated"


# ================================================================================================ a2
def a2(out):
    doc = K.Doc(*LAND, top=50, bottom=40, font="DVCond", size=7)
    X0 = 188  # table starts right of the sidebar
    cols = [X0, 230, 362, 388, 432, 480, 524, 566, 600, 632, 666, 704, 744]
    heads = ["Date(s)", "What was done (code)", "Count", "Charged", "Plan Discount", "Plan Allows",
             "Plan Paid", "Ded.", "Copay", "Coins.", "Excluded", "You Pay", "Note"]

    def furn(d):
        d.text(30, 30, "Keystone Lakes Health", "DVCond-B", 14)
        d.text(762, 26, "Your Benefits Report", "DVCond-B", 11, "r")
        d.text(762, 38, "Page %d of {PAGES}" % d.page, "DVCond", 7, "r")
        d.line(30, 44, 762, 44, 0.8)
        d.text(30, 596, "Keystone Lakes Health  |  PO Box 4410, Marlow Heights MN 55790  |  keep this report for your records",
               "DVCond", 6)
        d.y = 60

    def hdr(d):
        d.line(X0, d.y - 8, 762, d.y - 8, 0.4)
        for i, h in enumerate(heads):
            al = "l" if i in (0, 1, 12) else "r"
            x = cols[i] if al == "l" else cols[i + 1] - 3
            if i == 2:
                x = cols[3] - 6
            d.text(x, d.y, h, "DVCond-B", 6.3, al)
        d.line(X0, d.y + 3, 762, d.y + 3, 0.4)
        d.y += 12

    doc.page_furniture = furn
    furn(doc)
    # sidebar
    doc.rect(30, 56, 150, 200, 0.5)
    side = ["Member: Dorota Wieczorek", "Member ID: KLH-7730-5521", "Plan: Keystone Silver Choice PPO",
            "Report date: 02/02/2026", "", "Plan-year progress", "Family deductible", "  $1,000.00 of $3,000.00 met",
            "Family out-of-pocket", "  $1,412.55 of $7,500.00 met", "", "Need help? 1-877-555-0163"]
    y = 70
    for s in side:
        doc.text(36, y, s, "DVCond-B" if s in ("Plan-year progress",) else "DVCond", 7)
        y += 12
    doc.y = 64
    fam = [("Dorota Wieczorek", "BW-70114", "KLH2601-33012", D(2026, 1, 5),
            [("97166", 1, ("GO",)), ("97140", 2, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",))], 1,
            PlanState(ded_left=q(200), allowed_rate=Decimal("0.78"))),
           ("Antoni Wieczorek", "BW-70158", "KLH2601-33870", D(2026, 1, 7),
            [("97110", 3, ("GP",)), ("97116", 1, ("GP",))], 5, PlanState(copay_codes={"97110": q(30)}, allowed_rate=Decimal("0.80"))),
           ("Zofia Wieczorek", "BW-70162", "KLH2601-34455", D(2026, 1, 9),
            [("92507", 1, ("GN",)), ("92526", 1, ("GN",))], 3, PlanState(ded_left=q(0)))]
    lines, claims = [], []
    legend = [("X4", "Not covered under this plan: the service was not medically necessary for this benefit."),
              ("D1", "Part of the plan's network pricing agreement.")]
    for who, acct, clm, start, pat, nv, st in fam:
        svcs = visits(start, pat, nv, 4) if nv > 1 else [Svc(start, c, u, m) for c, u, m in pat]
        if who.startswith("Zofia"):
            svcs[3].denied = "PR"
        for s in svcs:
            commercial(s, st, "50")
            s.remarks = ["X4"] if s.denied else ["D1"]
            s.desc = LONG_DESC.get(s.code, s.desc)
        doc.need(48, cont=False)
        doc.rect(X0, doc.y - 9, 572, 13, 0.4, 0.9)
        doc.text(X0 + 4, doc.y, f"Patient: {who}", "DVCond-B", 7.5)
        doc.text(X0 + 170, doc.y, f"Claim No. {clm}", "DVCond", 7.5)
        doc.text(X0 + 300, doc.y, f"Your Acct No. {acct}", "DVCond", 7.5)
        doc.text(X0 + 430, doc.y, "Provided by: Harbor Point Rehab Clinic", "DVCond", 7.5)
        doc.y += 16
        hdr(doc)
        doc.cont = lambda d, who=who: (d.text(X0, d.y, f"Patient: {who} - continued", "DVCond-B", 7.5),
                                       setattr(d, "y", d.y + 12), hdr(d))
        for s in svcs:
            wl = K.wrap(f"({s.code}{' ' + ' '.join(s.mods) if s.mods else ''}) " + s.desc, 38)
            doc.need(9 * len(wl) + 2)
            vals = [s.billed, s.discount, s.allowed, s.paid, s.deductible, s.copay, s.coinsurance, s.not_covered, s.owes]
            cells = [(cols[0], dfmt(s.dos, "mdy2"), "l"), (cols[1], wl[0], "l"), (cols[3] - 6, K.units_str(s.units), "r")]
            cells += [(cols[i + 4] - 3, money(v, "$"), "r") for i, v in enumerate(vals)]
            cells += [(cols[12], " ".join(s.remarks), "l")]
            doc.row(cells, lead=9)
            for w in wl[1:]:
                doc.text(cols[1] + 6, doc.y, w)
                doc.y += 9
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=who, printed=COMM_PRINTED,
                                    remarks=s.remarks, description=False))
        doc.cont = None
        doc.need(12, cont=False)
        t = [total(svcs, a) for a in ("billed", "discount", "allowed", "paid", "deductible", "copay", "coinsurance",
                                        "not_covered", "owes")]
        doc.line(X0, doc.y - 7, 762, doc.y - 7, 0.3)
        doc.row([(cols[1], "Total for this claim", "l")] + [(cols[i + 4] - 3, money(v, "$"), "r") for i, v in enumerate(t)],
                font="DVCond-B", lead=14)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": who,
                       "totals": ctot(svcs, "billed", "allowed", "paid", "patient_owes")})
    doc.need(40, cont=False)
    doc.text(X0, doc.y, "Notes", "DVCond-B", 8)
    doc.y += 11
    for c, t in legend:
        doc.text(X0, doc.y, f"{c} - {t}", "DVCond", 7)
        doc.y += 10
    return doc, "fpdf2", K.render_fp, lines, claims, legend, "commercial member EOB, landscape, sidebar"


# ================================================================================================ b1
def b1(out):
    doc = K.Doc(*LETTER, top=60, bottom=60, font="DVSans", size=8)

    def furn(d):
        d.text(40, 34, "MEDICARE SUMMARY NOTICE", "DVSans-B", 13)
        d.text(572, 30, "Page %d of {PAGES}" % d.page, "DVSans", 8, "r")
        d.text(572, 42, "Beneficiary: ROSALIND P. ACHTERBERG", "DVSans", 8, "r")
        d.line(40, 48, 572, 48, 1.2)
        d.text(40, 772, "Medicare Part B (Medical Insurance) - Assigned Claims.  Keep this notice for your records.",
               "DVSans", 6.5)
        d.y = 64
    X = [40, 84]
    RX = {"billed": 370, "allowed": 420, "paid": 484, "owes": 532}
    NX = 540

    def hdr(d):
        hs = [(40, "Dates of", "Service", "l"), (84, "Services and Service Codes", "", "l"), (372, "Amount", "Charged", "r"),
              (420, "Medicare", "Approved", "r"), (484, "Medicare Paid", "Provider", "r"), (532, "You May", "Be Billed", "r"),
              (NX, "See", "Notes", "l")]
        for x, a, b, al in hs:
            d.text(x, d.y, a, "DVSans-B", 7, al)
            d.text(x, d.y + 8, b, "DVSans-B", 7, al)
        d.line(40, d.y + 11, 572, d.y + 11, 0.6)
        d.y += 22
    doc.page_furniture = furn
    furn(doc)
    doc.text(40, 78, "ROSALIND P. ACHTERBERG", "DVSans", 9)
    doc.text(40, 90, "118 Quarry Lane Apt 2", "DVSans", 9)
    doc.text(40, 102, "Tillbury Falls, OR 97999", "DVSans", 9)
    doc.text(340, 78, "Medicare Number: 5TW4-QX8-MR27", "DVSans", 8.5)
    doc.text(340, 90, "Date of this notice: March 2, 2026", "DVSans", 8.5)
    doc.text(340, 102, "Customer Service: 1-800-555-0192", "DVSans", 8.5)
    doc.rect(40, 112, 532, 40, 0.6)
    doc.text(48, 126, "Your deductible: You have now met $257.00 of your $283.00 Part B deductible for 2026.", "DVSans", 8)
    doc.text(48, 140, "Be informed: Beware of anyone who asks for your Medicare Number over the phone.", "DVSans", 8)
    doc.y = 170
    doc.text(40, doc.y, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", "DVSans-B", 9)
    doc.y += 16
    st = PlanState(ded_left=q(257))
    claims_def = [
        ("Cascadia Hand & Upper Limb Therapy, 77 Beacon Rd, Tillbury Falls OR 97999", "12-26008-417-220", D(2026, 1, 6),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO", "KX"))], 1),
        ("Cascadia Hand & Upper Limb Therapy, 77 Beacon Rd, Tillbury Falls OR 97999", "12-26019-004-871", D(2026, 1, 13),
         [("97530", 2, ("GO",)), ("97140", 1, ("GO", "59")), ("97112", 1, ("GO",))], 11),
        ("Elmsworth Family Medicine, 940 Orchard Ave, Tillbury Falls OR 97999", "12-26023-190-006", D(2026, 1, 20),
         [("99213", 1, ()), ("G0283", 1, ("GP",))], 1),
    ]
    lines, claims = [], []
    legend = [("a", "This approved amount is after the yearly Part B deductible was applied."),
              ("b", "Medicare paid 80% of the approved amount, less a 2% federal payment reduction."),
              ("c", "This service is not paid separately when billed with the visit on the same day.")]
    for prov, clm, start, pat, nv in claims_def:
        svcs = visits(start, pat, nv, 3) if nv > 1 else [Svc(start, c, u, m) for c, u, m in pat]
        if prov.startswith("Elmsworth"):
            svcs[1].denied = "CO"
        for s in svcs:
            medicare(s, st, True, "97")
            s.remarks = ["c"] if s.denied else (["a", "b"] if s.deductible else ["b"])
        doc.need(70, cont=False)
        doc.text(40, doc.y, f"Claim number {clm}", "DVSans-B", 8.5)
        doc.y += 11
        doc.text(40, doc.y, prov, "DVSans", 8)
        doc.y += 11
        doc.text(40, doc.y, "Referred by: Ingrid Solvang, MD", "DVSans", 8)
        doc.y += 13
        hdr(doc)
        doc.cont = lambda d, clm=clm: (d.text(40, d.y, f"Claim number {clm} (continued)", "DVSans-B", 8.5),
                                       setattr(d, "y", d.y + 14), hdr(d))
        for s in svcs:
            doc.need(11)
            doc.row([(X[0], dfmt(s.dos, "mdy2"), "l"),
                     (X[1], f"{K.units_str(s.units)} {s.desc[:34]} ({s.code}{''.join('-' + m for m in s.mods)})", "l"),
                     (RX["billed"], money(s.billed, "$"), "r"), (RX["allowed"], money(s.allowed, "$"), "r"),
                     (RX["paid"], money(s.paid, "$"), "r"), (RX["owes"], money(s.owes, "$"), "r"),
                     (NX, ", ".join(s.remarks), "l")], lead=12)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient="ROSALIND P. ACHTERBERG",
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    description=False))
        doc.cont = None
        doc.need(14, cont=False)
        doc.line(300, doc.y - 9, 572, doc.y - 9, 0.4)
        doc.row([(X[1], "Claim total", "l")] + [(RX[k], money(total(svcs, k), "$"), "r") for k in RX],
                 font="DVSans-B", lead=18)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": "ROSALIND P. ACHTERBERG",
                       "totals": ctot(svcs, "billed", "allowed", "paid", "patient_owes")})
    doc.need(60, cont=False)
    doc.text(40, doc.y, "Notes Section", "DVSans-B", 9)
    doc.y += 12
    for c, t in legend:
        doc.text(40, doc.y, f"{c}  {t}", "DVSans", 8)
        doc.y += 11
    return doc, "reportlab", K.render_rl, lines, claims, legend, "Medicare Summary Notice, older paper style"


K.units_str = lambda u: format(Decimal(u).normalize(), "f")


# ======================================================================== generic claim tables (c1..e2)
AMT = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid", "owes", "seq",
       "zero")


def cell(s, f, sp, ln):
    if f == "ln":
        return str(ln)
    if f == "dos":
        return dfmt(s.dos, sp["date"])
    if f == "dos_to":
        return dfmt(s.dos, sp["date"])
    if f == "code":
        return s.code
    if f == "mods":
        return sp.get("modjoin", " ").join(s.mods)
    if f in ("m1", "m2"):
        i = 0 if f == "m1" else 1
        return s.mods[i] if len(s.mods) > i else ""
    if f == "codemods":
        return s.code + "".join("-" + m for m in s.mods)
    if f == "units":
        return sp.get("ufmt", "{}").format(K.units_str(s.units) if "{}" in sp.get("ufmt", "{}") else s.units)
    if f == "desc":
        return s.desc[: sp.get("desc_n", 30)]
    if f == "adjs":
        return sp["adjfmt"](s.adjs)
    if f == "adj1c":
        return "" if not s.adjs else f"{s.adjs[0][0]}-{s.adjs[0][1]}"
    if f == "adj1a":
        return "" if not s.adjs else money(s.adjs[0][2], sp["mstyle"], sp["neg"])
    if f == "remarks":
        return " ".join(s.remarks)
    if f == "zero":
        return money(ZERO, sp["mstyle"], sp["neg"])
    if f in AMT:
        return money(getattr(s, f), sp["mstyle"], sp["neg"])
    raise KeyError(f)


def tabular(doc, sp, groups, lines, claims):
    """groups: list of dicts with claim_id, payer_claim_id, patient, svcs, head(doc) callable."""
    cols = sp["cols"]
    font, bfont, size = sp["font"], sp["bfont"], sp["size"]

    def hdr(d):
        if sp.get("nohdr"):
            return
        nh = max(len(c[1]) for c in cols)
        if sp.get("hbox"):
            d.rect(cols[0][0] - 3, d.y - size - 1, sp["right"] - cols[0][0] + 6, nh * (size + 1) + 4, 0.4, 0.9)
        for k in range(nh):
            for x, hl, al, f in cols:
                if k < len(hl) and hl[k]:
                    d.text(x, d.y + k * (size + 1), hl[k], bfont, size, al)
        d.y += nh * (size + 1) + 2
        if sp.get("hrule", True):
            d.line(cols[0][0] - 3, d.y - size + 1, sp["right"] + 3, d.y - size + 1, 0.4)
        d.y += 2
    for g in groups:
        doc.need(sp.get("keep", 50), cont=False)
        g["head"](doc)
        hdr(doc)
        if sp.get("repeat", True):
            doc.cont = lambda d, g=g: (g["cont"](d), hdr(d))
        else:
            doc.cont = None
        for ln, s in enumerate(g["svcs"], 1):
            extra = K.wrap(s.desc, sp["wrapn"])[1:] if sp.get("wrapn") else []
            doc.need(sp["lead"] * (1 + len(extra)))
            doc.row([(x, cell(s, f, sp, ln), al) for x, hl, al, f in cols], font=font, size=size, lead=sp["lead"])
            for w in extra:
                doc.text(sp["wrapx"], doc.y, w, font, size)
                doc.y += sp["lead"]
            if sp.get("subrow"):
                sp["subrow"](doc, s, g)
            kw = dict(units=sp.get("units", True), modifiers=True, remarks=s.remarks, description=False,
                      adjustments=s.adjs if sp.get("adj") else [], service_end=s.dos if sp.get("end") else None)
            lines.append(truth_line(doc.page, s, claim_id=g["claim_id"], payer_claim_id=g["payer_claim_id"],
                                    patient=g["patient"], printed=sp["printed"], **kw))
        doc.cont = None
        if sp.get("totals"):
            doc.need(sp["lead"] + 6, cont=False)
            tr = []
            for x, hl, al, f in cols:
                if f in ("billed", "allowed", "paid", "owes", "discount", "deductible", "coinsurance", "copay",
                         "not_covered", "zero"):
                    tr.append((x, money(total(g["svcs"], f) if f != "zero" else ZERO, sp["mstyle"], sp["neg"]), al))
            tr.append((sp["tot_x"], sp["tot_label"], "l"))
            if sp.get("trule", True):
                doc.line(cols[0][0], doc.y - size - 1, sp["right"], doc.y - size - 1, 0.3)
            doc.row(tr, font=bfont, size=size, lead=sp["lead"] + 4)
            keys = [k for k in ("billed", "allowed", "paid", "patient_owes")
                    if (k if k != "patient_owes" else "owes") in [c[3] for c in cols]]
            tots = ctot(g["svcs"], *keys)
        else:
            tots = claim_totals()
        doc.gap(sp.get("after", 6))
        claims.append({"claim_id": g["claim_id"], "payer_claim_id": g["payer_claim_id"], "patient": g["patient"],
                       "totals": tots})


def legend_block(doc, title, legend, font, bfont, size, x=40):
    doc.need(20 + len(legend) * (size + 3), cont=False)
    doc.gap(6)
    doc.text(x, doc.y, title, bfont, size + 1)
    doc.y += size + 4
    for c, t in legend:
        doc.text(x, doc.y, f"{c}  {t}", font, size)
        doc.y += size + 3


def mk(start, pat, nv, step=3):
    return visits(start, pat, nv, step) if nv > 1 else [Svc(start, c, u, m) for c, u, m in pat]


# ================================================================================================ b2
def b2(out):
    doc = K.Doc(*LETTER, top=60, bottom=50, font="LibSerif", size=7.5)

    def furn(d):
        d.text(36, 32, "Silverpine Senior Advantage (HMO-POS)", "LibSerif-B", 12)
        d.text(576, 30, "Explanation of Benefits", "LibSerif-B", 10, "r")
        d.text(576, 42, "Page %d of {PAGES}" % d.page, "LibSerif", 7.5, "r")
        d.line(36, 48, 576, 48, 0.8)
        d.text(36, 775, "Silverpine Senior Advantage is an HMO-POS plan with a Medicare contract. H9911_EOB26_C", "LibSerif", 6.5)
        d.y = 62
    doc.page_furniture = furn
    furn(doc)
    who = "Bartholomew Quince"
    doc.text(36, 70, f"Member: {who}     Member ID: SPA40881276     Period: January 1 - 31, 2026", "LibSerif", 8.5)
    doc.rect(36, 80, 540, 44, 0.5)
    doc.text(44, 93, "Your plan costs so far in 2026", "LibSerif-B", 8.5)
    doc.text(44, 106, "Total you paid for covered medical care: $186.40      Maximum out-of-pocket: $4,900.00", "LibSerif", 8)
    doc.text(44, 118, "Part D drug costs are reported on a separate statement.", "LibSerif", 8)
    doc.y = 142
    doc.text(36, doc.y, "Your medical claims in detail", "LibSerif-B", 10)
    doc.y += 16
    sp = dict(font="LibSerif", bfont="LibSerif-B", size=7.2, lead=10, date="mdy4", mstyle="$", neg="-", right=576,
              printed=("billed", "allowed", "paid", "deductible", "coinsurance", "copay", "patient_owes"),
              cols=[(36, ("Date",), "l", "dos"), (84, ("Service (code)",), "l", "desc"), (226, ("Code",), "l", "codemods"),
                    (292, ("Qty",), "r", "units"), (336, ("Provider", "billed"), "r", "billed"),
                    (376, ("Plan", "allowed"), "r", "allowed"), (416, ("Plan", "paid"), "r", "paid"),
                    (450, ("Deductible",), "r", "deductible"), (496, ("Coinsurance",), "r", "coinsurance"),
                    (530, ("Copay",), "r", "copay"), (566, ("Your", "share"), "r", "owes"), (569, ("Note",), "l", "remarks")],
              totals=True, tot_x=84, tot_label="Claim total", desc_n=40)
    sp["cols"][-1] = (568, ("Note",), "l", "remarks")
    sp["cols"][-2] = (560, ("Your", "share"), "r", "owes")
    st = PlanState(ded_left=ZERO, copay_codes={"99213": q(20)}, allowed_rate=Decimal("0.70"))
    defs = [("Pinecrest Outpatient Rehab", "SPR-881203", "EOB-26-0114-7710", D(2026, 1, 7),
             [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))], 1),
            ("Pinecrest Outpatient Rehab", "SPR-881377", "EOB-26-0121-0398", D(2026, 1, 12),
             [("97110", 2, ("GP", "KX")), ("97116", 1, ("GP",)), ("97530", 1, ("GP",))], 4),
            ("Maplefield Primary Care", "MPC-55017", "EOB-26-0127-5521", D(2026, 1, 22),
             [("99213", 1, ()), ("G0283", 1, ())], 1)]
    lines, claims, groups = [], [], []
    legend = [("T1", "Medicare Advantage therapy visit: plan coinsurance applies."),
              ("T2", "Office visit copay applies."), ("T9", "Not covered: this service needs a referral on file.")]
    for prov, acct, clm, start, pat, nv in defs:
        svcs = mk(start, pat, nv, 4)
        if prov.startswith("Maple"):
            svcs[1].denied = "PR"
        for s in svcs:
            commercial(s, st, "197")
            s.remarks = ["T9"] if s.denied else (["T2"] if s.copay else ["T1"])

        def head(d, prov=prov, acct=acct, clm=clm):
            d.text(36, d.y, f"Claim # {clm}", "LibSerif-B", 8.5)
            d.text(190, d.y, f"Provider: {prov}", "LibSerif", 8.5)
            d.text(400, d.y, f"Provider's account # {acct}", "LibSerif", 8.5)
            d.y += 11
            d.text(36, d.y, f"Patient: {who}     Claim status: Processed", "LibSerif", 8)
            d.y += 14
        groups.append(dict(claim_id=acct, payer_claim_id=clm, patient=who, svcs=svcs, head=head,
                           cont=lambda d, clm=clm: (d.text(36, d.y, f"Claim # {clm} continued", "LibSerif-B", 8.5),
                                                    setattr(d, "y", d.y + 14))))
    tabular(doc, sp, groups, lines, claims)
    legend_block(doc, "Notes about your claims", legend, "LibSerif", "LibSerif-B", 8, 36)
    return doc, "fpdf2", K.render_fp, lines, claims, legend, "Medicare Advantage member EOB"


# ================================================================================================ c1
def c1(out):
    doc = K.Doc(*LETTER, top=40, bottom=40, font="Cour", size=7)

    def furn(d):
        d.text(30, 26, "STATE OF NORTH ALDEN  DEPT OF HEALTH COVERAGE  MEDICAL ASSISTANCE PROGRAM", "Cour-B", 7.5)
        d.text(582, 26, "PAGE %4d" % d.page, "Cour", 7, "r")
        d.text(30, 36, "REMITTANCE ADVICE    PROV NO 0048821907   RA NO 2026-0227-00412   RA DATE 02/27/2026", "Cour", 7)
        d.text(30, 46, "PAYEE: LITTLE HARBOR PEDIATRIC THERAPY LLC       CLAIM TYPE: PROFESSIONAL", "Cour", 7)
        d.line(30, 50, 582, 50, 0.4)
        d.y = 62
    doc.page_furniture = furn
    furn(doc)
    sp = dict(font="Cour", bfont="Cour-B", size=7, lead=9, date="mdy6", mstyle="", neg="trail", right=582,
              printed=("billed", "allowed", "paid", "copay"),
              cols=[(30, ("LN",), "l", "ln"), (46, ("FROM-DT",), "l", "dos"), (84, ("TO-DT",), "l", "dos_to"),
                    (122, ("PROC",), "l", "code"), (156, ("M1",), "l", "m1"), (172, ("M2",), "l", "m2"),
                    (214, ("QTY",), "r", "units"), (264, ("BILLED",), "r", "billed"), (312, ("ALLOWED",), "r", "allowed"),
                    (350, ("TPL",), "r", "zero"), (388, ("COPAY",), "r", "copay"), (436, ("PAID",), "r", "paid"),
                    (446, ("EOB",), "l", "remarks")],
              ufmt="{:.2f}", totals=True, tot_x=46, tot_label="CLAIM TOTAL", hrule=False, trule=False, after=8, end=True)
    sp["cols"][6] = (214, ("QTY",), "r", "units")
    lines, claims, groups = [], [], []
    legend = [("0031", "PAID AT STATE MAXIMUM FEE."), ("1702", "SERVICE LIMIT EXCEEDED FOR RECIPIENT AGE GROUP."),
              ("0901", "PRIOR CLAIM VOIDED AND REPROCESSED."), ("0017", "PAID IN FULL BY PROGRAM, NO COPAY.")]
    kids = [("MORROW, JASPER", "NA7720015", "LH24-0881", "2026016004417", D(2026, 1, 5),
             [("92507", 1, ("GN",)), ("92526", 1, ("GN",))], 14, None),
            ("OYELARAN, TOBI", "NA7720394", "LH24-0902", "2026016004418", D(2026, 1, 6),
             [("97530", 3, ("GO",)), ("97112", 1, ("GO", "59"))], 12, None),
            ("OYELARAN, TOBI", "NA7720394", "LH24-0795", "2026003000981", D(2025, 12, 15),
             [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], 1, "void"),
            ("OYELARAN, TOBI", "NA7720394", "LH24-0795", "2026016004419", D(2025, 12, 15),
             [("97530", 3, ("GO",)), ("97535", 1, ("GO",))], 1, None),
            ("PELTONEN, AINO", "NA7719008", "LH24-0911", "2026016004420", D(2026, 1, 8),
             [("97168", 1, ("GO",)), ("97530", 2, ("GO",))], 1, "deny")]
    for who, rid, acct, icn, start, pat, nv, kind in kids:
        svcs = mk(start, pat, nv, 2)
        if kind == "deny":
            for s in svcs:
                s.denied = "CO"
        for s in svcs:
            medicaid(s, "119")
            s.copay = ZERO
            s.remarks = ["1702"] if s.denied else ["0031" if s.discount else "0017"]
        if kind == "void":
            svcs = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["0901"]
        status = {"void": "VOIDED CLAIMS", "deny": "DENIED CLAIMS"}.get(kind, "PAID CLAIMS")

        def head(d, who=who, rid=rid, acct=acct, icn=icn, status=status):
            d.text(30, d.y, f"*** {status} ***", "Cour-B", 7)
            d.y += 10
            d.text(30, d.y, f"TCN {icn}  RECIP NAME {who:<18} RECIP ID {rid}  PAT ACCT {acct}", "Cour", 7)
            d.y += 11
        groups.append(dict(claim_id=acct, payer_claim_id=icn, patient=who, svcs=svcs, head=head,
                           cont=lambda d, icn=icn, who=who: (d.text(30, d.y, f"TCN {icn}  RECIP NAME {who}  (CONT)", "Cour", 7),
                                                             setattr(d, "y", d.y + 11))))
    tabular(doc, sp, groups, lines, claims)
    legend_block(doc, "EOB CODE DESCRIPTIONS", legend, "Cour", "Cour-B", 7, 30)
    return doc, "reportlab", K.render_rl, lines, claims, legend, "state Medicaid RA, monospace"


# ================================================================================================ c2
def c2(out):
    doc = K.Doc(*LAND, top=54, bottom=36, font="LibNarrow", size=7.5)

    def furn(d):
        d.rect(30, 18, 732, 30, 0.8)
        d.text(38, 32, "TRILLIUM COMMUNITY CARE - Medicaid Managed Care", "LibNarrow-B", 11)
        d.text(38, 43, "Provider Remittance Summary  |  Check/EFT 000771820  |  Paid 01/28/2026", "LibNarrow", 8)
        d.text(754, 32, "Page %d of {PAGES}" % d.page, "LibNarrow", 8, "r")
        d.text(754, 43, "Payee: Riverbend Speech & Motor Clinic  NPI 1902837465", "LibNarrow", 8, "r")
        d.y = 66
    doc.page_furniture = furn
    furn(doc)
    sp = dict(font="LibNarrow", bfont="LibNarrow-B", size=7.5, lead=11, date="mdy4", mstyle=",", neg="()", right=760,
              printed=("billed", "allowed", "paid"), adj=True, hbox=True,
              cols=[(34, ("Line",), "l", "ln"), (60, ("DOS",), "l", "dos"), (110, ("Procedure",), "l", "code"),
                    (150, ("Modifiers",), "l", "mods"), (214, ("Units",), "r", "units"), (222, ("Description",), "l", "desc"),
                    (430, ("Billed",), "r", "billed"), (490, ("Allowed",), "r", "allowed"), (550, ("Paid",), "r", "paid"),
                    (566, ("Adj Code",), "l", "adj1c"), (660, ("Adj Amt",), "r", "adj1a"), (680, ("Remark",), "l", "remarks")],
              totals=True, tot_x=222, tot_label="Claim Total", desc_n=48, ufmt="{}")
    lines, claims, groups = [], [], []
    legend = [("N130", "Check the plan's benefit limits for this service."), ("M80", "Not paid separately for this date.")]
    defs = [("Harriet Osei-Bonsu", "TCC81002231", "RB-330071", "TCC2601-771202", D(2026, 1, 6),
             [("92507", 1, ("GN",)), ("97129", 1, ("GN",))], 4, None),
            ("Malik Osei-Bonsu", "TCC81002240", "RB-330088", "TCC2601-771203", D(2026, 1, 7),
             [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97530", 1, ("GP", "59"))], 3, None),
            ("Elsie Varga", "TCC80455901", "RB-330102", "TCC2601-771219", D(2026, 1, 9),
             [("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("97150", 1, ("GO",))], 1, "deny1")]
    for who, mid, acct, clm, start, pat, nv, kind in defs:
        svcs = mk(start, pat, nv, 3)
        if kind == "deny1":
            svcs[2].denied = "CO"
        for s in svcs:
            medicaid(s, "97")
            s.remarks = ["M80"] if s.denied else (["N130"] if s.code == "97129" else [])

        def head(d, who=who, mid=mid, acct=acct, clm=clm):
            d.line(30, d.y - 9, 762, d.y - 9, 0.8)
            d.text(34, d.y, f"Claim ID: {clm}", "LibNarrow-B", 8.5)
            d.text(190, d.y, f"Member: {who}", "LibNarrow", 8.5)
            d.text(360, d.y, f"Member ID: {mid}", "LibNarrow", 8.5)
            d.text(500, d.y, f"Patient Control No.: {acct}", "LibNarrow", 8.5)
            d.y += 16
        groups.append(dict(claim_id=acct, payer_claim_id=clm, patient=who, svcs=svcs, head=head, cont=lambda d: None))
    tabular(doc, sp, groups, lines, claims)
    legend_block(doc, "Remark code glossary", legend, "LibNarrow", "LibNarrow-B", 7.5, 34)
    return doc, "fpdf2", K.render_fp, lines, claims, legend, "Medicaid managed-care RA, boxed"


# ================================================================================================ d1
def d1(out):
    doc = K.Doc(*LAND, top=44, bottom=34, font="LibMono", size=7)

    def furn(d):
        d.text(30, 22, "CLEARPATH EDI SERVICES - PROVIDER REMITTANCE (MEDICARE PART B, JURISDICTION 9 CONTRACTOR)", "LibMono-B", 7.5)
        d.text(762, 22, "PG %03d" % d.page, "LibMono", 7, "r")
        d.text(30, 32, "PAYEE: SUMMIT VIEW PHYSICAL & HAND THERAPY PC   NPI 1487702216   EFT TRACE 2026022700873310   PAID 02/27/2026",
               "LibMono", 7)
        d.line(30, 36, 762, 36, 0.4)
        d.y = 48
    doc.page_furniture = furn
    furn(doc)

    def adjf(adjs):
        return " ".join(f"{g}{r} {money(a, '', '-')}" for g, r, a in adjs)
    sp = dict(font="LibMono", bfont="LibMono-B", size=7, lead=9.5, date="mdy2", mstyle="", neg="-", right=762,
              printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adj=True, adjfmt=adjf,
              cols=[(30, ("LN",), "l", "ln"), (46, ("FROM",), "l", "dos"), (88, ("THRU",), "l", "dos_to"),
                    (130, ("CPT",), "l", "code"), (162, ("MODS",), "l", "mods"), (218, ("UNT",), "r", "units"),
                    (268, ("CHARGED",), "r", "billed"), (316, ("ALLOWED",), "r", "allowed"), (360, ("DEDUCT",), "r", "deductible"),
                    (400, ("COINS",), "r", "coinsurance"), (410, ("ADJUSTMENTS (GRP/RSN AMT)",), "l", "adjs"),
                    (644, ("PAID",), "r", "paid"), (656, ("RMK",), "l", "remarks")],
              totals=True, tot_x=46, tot_label="CLAIM TOTALS", end=True, trule=False)
    st = PlanState(ded_left=q(45))
    lines, claims, groups = [], [], []
    legend = [("N211", "This claim line cannot be appealed further at this level."), ("MA01", "You may appeal this decision in writing."),
              ("M11", "Service provided after the therapy cap threshold; KX attested.")]
    defs = [("FENWICK, DORIS A", "3JK8-TR2-WW41", "SV-118204", "6626015087410", D(2026, 1, 5),
             [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97530", 1, ("GP", "CQ"))], 13),
            ("ABERNATHY, CLYDE", "7MF1-PL0-QA83", "SV-118231", "6626015087422", D(2026, 1, 6),
             [("97163", 1, ("GP",)), ("97112", 1, ("GP",))], 1),
            ("NAKASHIMA, EMI", "2RX5-CD9-HN66", "SV-118260", "6626015087431", D(2026, 1, 8),
             [("97535", 1, ("GO", "KX")), ("97530", 2, ("GO", "KX")), ("G0283", 1, ("GO",))], 4)]
    for who, mbi, acct, icn, start, pat, nv in defs:
        svcs = mk(start, pat, nv, 3)
        if who.startswith("ABER"):
            st.ded_left = q(45)
        for s in svcs:
            medicare(s, st, True)
            s.remarks = ["M11"] if "KX" in s.mods else []

        def head(d, who=who, mbi=mbi, acct=acct, icn=icn):
            d.text(30, d.y, f"PATIENT {who:<18} MBI {mbi}  PAT CTRL {acct}  PAYER CLM {icn}  STATUS 1 PRIMARY  ASSIGNED Y",
                   "LibMono-B", 7)
            d.y += 11
        groups.append(dict(claim_id=acct, payer_claim_id=icn, patient=who, svcs=svcs, head=head,
                           cont=lambda d, icn=icn: (d.text(30, d.y, f"PAYER CLM {icn} CONTINUED", "LibMono-B", 7),
                                                    setattr(d, "y", d.y + 11))))
    tabular(doc, sp, groups, lines, claims)
    legend_block(doc, "REMARK CODES THIS REMITTANCE", legend, "LibMono", "LibMono-B", 7, 30)
    return doc, "fpdf2", K.render_fp, lines, claims, legend, "Medicare-style paper remit from a clearinghouse"


# ================================================================================================ d2
def d2(out):
    doc = K.Doc(*LETTER, top=70, bottom=50, font="Times", size=8)

    def furn(d):
        d.text(40, 30, "Oakhollow Therapy Group - Practice Billing", "Times-B", 12)
        d.text(40, 44, "Payment Detail by Check    Payer: MEDICARE PART B (ROUTE 12)    Check/EFT: 880014552    Date: 02/27/2026",
               "Times", 8.5)
        d.text(572, 30, "Page %d of {PAGES}" % d.page, "Times", 8, "r")
        d.line(40, 52, 572, 52, 0.8)
        d.text(40, 770, "Printed 03/02/2026 10:14 by user jtorvik  -  report PDC-220", "Times", 7)
        d.y = 68
    doc.page_furniture = furn
    furn(doc)

    def adjf(adjs):
        return " ".join(f"{g}-{r}:{money(a, '', '-')}" for g, r, a in adjs)
    sp = dict(font="Times", bfont="Times-B", size=7.5, lead=10, date="mdy2", mstyle=",", neg="-", right=572,
              printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"), adj=True, adjfmt=adjf,
              cols=[(40, ("Svc Date",), "l", "dos"), (80, ("Proc",), "l", "code"), (108, ("Mod",), "l", "mods"),
                    (158, ("Units",), "r", "units"), (200, ("Charge",), "r", "billed"), (240, ("Allowed",), "r", "allowed"),
                    (272, ("Ded",), "r", "deductible"), (304, ("Coins",), "r", "coinsurance"),
                    (312, ("Adj Codes",), "l", "adjs"), (526, ("Ins Paid",), "r", "paid"), (568, ("Pt Resp",), "r", "owes")],
              totals=True, tot_x=80, tot_label="Subtotal", hbox=True)
    st = PlanState(ded_left=q(120))
    lines, claims, groups = [], [], []
    defs = [("Ingeborg Thorsdottir", "OTG-40917", "26011882440120", D(2026, 1, 5),
             [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",))], 16),
            ("Walter Brzezinski", "OTG-41002", "26011882440133", D(2026, 1, 7),
             [("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97760", 1, ("GO",))], 1),
            ("Prudence Hallowell", "OTG-41055", "26011882440149", D(2026, 1, 9),
             [("92523", 1, ("GN",)), ("92507", 1, ("GN",))], 3)]
    for who, acct, icn, start, pat, nv in defs:
        svcs = mk(start, pat, nv, 2)
        for s in svcs:
            medicare(s, st, True)

        def head(d, who=who, acct=acct, icn=icn):
            d.text(40, d.y, f"Pt: {who}", "Times-B", 9)
            d.text(220, d.y, f"Acct: {acct}", "Times", 9)
            d.text(340, d.y, f"Payer Ref: {icn}", "Times", 9)
            d.y += 13
        groups.append(dict(claim_id=acct, payer_claim_id=icn, patient=who, svcs=svcs, head=head,
                           cont=lambda d, who=who, acct=acct: (d.text(40, d.y, f"Pt: {who}  Acct: {acct}  (cont'd)", "Times-B", 9),
                                                               setattr(d, "y", d.y + 13))))
    tabular(doc, sp, groups, lines, claims)
    doc.need(30, cont=False)
    doc.text(40, doc.y + 6, "Adjustment groups: CO contractual, PR patient responsibility. Posted to batch 0227-03.", "Times", 8)
    doc.y += 20
    return doc, "reportlab", K.render_rl, lines, claims, [], "PM payment detail by check"


# ================================================================================================ e1
def e1(out):
    doc = K.Doc(*LETTER, top=50, bottom=50, font="DVSerifC", size=7.5)

    def furn(d):
        d.text(40, 30, "Tadpole & Sprout Pediatric Therapy", "DVSerifC-B", 12)
        d.text(572, 30, "Page %d of {PAGES}" % d.page, "DVSerifC", 7.5, "r")
        d.text(40, 770, "Questions about this statement? Call our billing office at 555-0137, Mon-Thu 8-4.", "DVSerifC", 7)
        d.y = 50
    doc.page_furniture = furn
    furn(doc)
    doc.text(40, 42, "412 Marigold Street, Suite 3, Pennyworth KS 66999", "DVSerifC", 8)
    doc.rect(40, 54, 532, 70, 0.6)
    doc.text(48, 68, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", "DVSerifC-B", 8)
    doc.text(48, 82, "Responsible party: Marisol Echeverria-Lund", "DVSerifC", 8)
    doc.text(48, 94, "1907 Larkspur Court, Pennyworth KS 66999", "DVSerifC", 8)
    doc.text(330, 82, "Guarantor account: G-00718", "DVSerifC", 8)
    doc.text(330, 94, "Statement date: 02/02/2026", "DVSerifC", 8)
    doc.line(40, 132, 572, 132, 0.5)
    doc.y = 146
    doc.text(40, doc.y, "ACCOUNT ACTIVITY", "DVSerifC-B", 9)
    doc.y += 14
    kids = [("Rafael Echeverria-Lund", D(2026, 1, 5), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], 9, "Sunflower State Health Plan"),
            ("Inés Echeverria-Lund", D(2026, 1, 6), [("92507", 1, ("GN",))], 5, "Sunflower State Health Plan"),
            ("Tomas Echeverria-Lund", D(2026, 1, 7), [("97110", 2, ("GP",)), ("97112", 1, ("GP",))], 6, "Sunflower State Health Plan")]
    sp = dict(font="DVSerifC", bfont="DVSerifC-B", size=7.2, lead=10, date="mdy4", mstyle=",", neg="()", right=572,
              printed=("billed", "paid", "discount", "patient_owes"),
              cols=[(40, ("Date",), "l", "dos"), (88, ("Service",), "l", "desc"), (236, ("CPT",), "l", "codemods"),
                    (300, ("Units",), "r", "units"), (356, ("Charges",), "r", "billed"), (410, ("Ins. Paid",), "r", "paid"),
                    (466, ("Ins. Adj.",), "r", "discount"), (568, ("Pt. Balance",), "r", "owes")],
              desc_n=26, repeat=False, totals=False, hrule=True, after=2, keep=30)
    lines, claims, groups = [], [], []
    vn = 5100
    for ki, (who, start, pat, nv, ins) in enumerate(kids):
        st = PlanState(visit_copay=q(25), allowed_rate=Decimal("0.74"))
        for d_ in days(start, nv, 3):
            svcs = [Svc(d_, c, u, m) for c, u, m in pat]
            for s in svcs:
                commercial(s, st)
            vn += 7
            visit = f"V{vn}"
            clm = f"SSH{d_:%y%m%d}{ki}{vn % 1000:03d}"

            def head(d, who=who, visit=visit, clm=clm, ins=ins, d_=d_):
                d.text(40, d.y, f"Visit # {visit}   Patient: {who}   Billed to {ins}, claim no. {clm}", "DVSerifC-B", 7.5)
                d.y += 11
            groups.append(dict(claim_id=visit, payer_claim_id=clm, patient=who, svcs=svcs, head=head, cont=lambda d: None))
    # statement: one column header at the top only; visit heading rows between
    sp["keep"] = 24
    cols = sp["cols"]
    # draw column header once, then visits without header repeats
    for x, hl, al, f in cols:
        doc.text(x, doc.y, hl[0], "DVSerifC-B", 7.2, al)
    doc.line(40, doc.y + 3, 572, doc.y + 3, 0.4)
    doc.y += 14
    sp2 = dict(sp)
    sp2["cols"] = [(x, ("",), al, f) for x, hl, al, f in cols]
    sp2["hrule"] = False
    sp2["nohdr"] = True
    tabular(doc, sp2, groups, lines, claims)
    doc.need(40, cont=False)
    bal = sum((total(g["svcs"], "owes") for g in groups), ZERO)
    doc.pages[0].append(("t", 330, 106, f"Amount due: {money(bal, '$')}   Due by 02/23/2026", "DVSerifC-B", 8, "l"))
    doc.line(300, doc.y - 6, 572, doc.y - 6, 0.6)
    doc.text(466, doc.y + 4, "Balance due now", "DVSerifC-B", 8.5, "r")
    doc.text(568, doc.y + 4, money(bal, "$"), "DVSerifC-B", 8.5, "r")
    doc.y += 20
    doc.text(40, doc.y, "Your insurance has processed the visits above. Balances reflect your plan's copays.", "DVSerifC", 7.5)
    return doc, "fpdf2", K.render_fp, lines, claims, [], "therapy clinic family statement"


# ================================================================================================ e2
def e2(out):
    doc = K.Doc(*LETTER, top=60, bottom=50, font="LibNarrow", size=7.5)
    R = 440

    def furn(d):
        d.text(36, 32, "ST. AUDRA REGIONAL MEDICAL CENTER", "LibNarrow-B", 13)
        d.text(36, 44, "Outpatient Rehabilitation Services  -  Guarantor Statement", "LibNarrow", 8.5)
        d.text(576, 32, "Page %d of {PAGES}" % d.page, "LibNarrow", 8, "r")
        d.line(36, 50, 576, 50, 1)
        d.rect(452, 60, 124, 150, 0.5, 0.94)
        side = ["Guarantor", "Benedikt Amundsen", "Statement Date", "03/02/2026", "Guarantor No.", "GA-3390017",
                "Pay online", "pay.staudra.example", "Billing questions", "555-0176"]
        yy = 74
        for i, s in enumerate(side):
            d.text(458, yy, s, "LibNarrow-B" if i % 2 == 0 else "LibNarrow", 8)
            yy += 12 if i % 2 == 0 else 16
        d.text(36, 772, "St. Audra Regional Medical Center is a non-profit hospital. Financial assistance is available.", "LibNarrow", 6.5)
        d.y = 66
    doc.page_furniture = furn
    furn(doc)
    sp = dict(font="LibNarrow", bfont="LibNarrow-B", size=7, lead=9.5, date="mdy4", mstyle=",", neg="-", right=R,
              printed=("billed", "paid", "discount", "patient_owes"),
              cols=[(36, ("Service", "Date"), "l", "dos"), (78, ("Code",), "l", "codemods"), (122, ("Description",), "l", "desc"),
                    (254, ("Qty",), "r", "units"), (296, ("Charges",), "r", "billed"), (338, ("Insurance", "Paid"), "r", "paid"),
                    (386, ("Insurance", "Adjustment"), "r", "discount"), (R, ("Patient", "Balance"), "r", "owes")],
              desc_n=32, totals=True, tot_x=122, tot_label="Account totals", keep=60)
    lines, claims, groups = [], [], []
    defs = [("Benedikt Amundsen", "HA-100448213", "PL26-0070531", D(2026, 1, 5),
             [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))], 1, q(300)),
            ("Signe Amundsen", "HA-100448377", "PL26-0071046", D(2026, 1, 6),
             [("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97168", 1, ("GO",))], 12, q(150)),
            ("Benedikt Amundsen", "HA-100449002", "PL26-0073358", D(2026, 1, 19),
             [("99213", 1, ()), ("97110", 1, ("GP",))], 1, ZERO)]
    for who, acct, clm, start, pat, nv, ded in defs:
        svcs = mk(start, pat, nv, 3)
        st = PlanState(ded_left=ded, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.66"))
        for s in svcs:
            commercial(s, st)

        def head(d, who=who, acct=acct, clm=clm):
            d.rect(36, d.y - 9, R - 36, 24, 0.4)
            d.text(40, d.y, f"Account # {acct}", "LibNarrow-B", 8)
            d.text(170, d.y, f"Patient: {who}", "LibNarrow", 8)
            d.y += 11
            d.text(40, d.y, f"Insurance: Prairie Ridge Mutual   Insurance Claim # {clm}", "LibNarrow", 8)
            d.y += 15
        groups.append(dict(claim_id=acct, payer_claim_id=clm, patient=who, svcs=svcs, head=head,
                           cont=lambda d, acct=acct: (d.text(40, d.y, f"Account # {acct} (continued)", "LibNarrow-B", 8),
                                                      setattr(d, "y", d.y + 13))))
    tabular(doc, sp, groups, lines, claims)
    return doc, "reportlab", K.render_rl, lines, claims, [], "hospital family statement"


K.units_str = lambda u: format(Decimal(u).normalize(), "f")
LAYOUTS = {"a1_commercial_member_eob": a1, "a2_commercial_benefits_report": a2, "b1_medicare_summary_notice": b1,
           "b2_medicare_advantage_eob": b2, "c1_medicaid_ra_mono": c1, "c2_medicaid_mco_remit": c2,
           "d1_clearinghouse_medicare_remit": d1, "d2_pm_payment_detail": d2, "e1_clinic_family_statement": e1,
           "e2_hospital_family_statement": e2}


def _clean(v):
    if isinstance(v, str) and v == "-0.00":
        return "0.00"
    if isinstance(v, dict):
        return {k: _clean(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_clean(x) for x in v]
    return v


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fn in LAYOUTS.items():
        doc, producer, render, lines, claims, legend, desc = fn(out)
        path = out / f"{name}.pdf"
        render(doc, path, f"heldout112 {name}")
        write_truth(path, name, producer, len(doc.pages), desc, _clean(lines), _clean(claims), legend)
        written.append(path)
    return written


# ================================================================================================ check
def D_(v):
    return None if v is None else Decimal(v)


def check(paths: list[Path]) -> list[str]:
    errs = []
    cont_files = 0
    producers = set()
    for path in paths:
        t = json.loads(Path(str(path) + ".truth.json").read_text())
        pl = K.page_lines(path)
        tag = path.name
        if len(pl) != t["pages"]:
            errs.append(f"{tag}: pages {len(pl)} != {t['pages']}")
        import pypdfium2 as pdfium
        pdoc = pdfium.PdfDocument(str(path))
        producers.add(t["producer"])
        if len(pdoc) != t["pages"]:
            errs.append(f"{tag}: pdfium pages {len(pdoc)}")
        alltext = "\n".join("\n".join(p) for p in pl)
        used = set()
        spans = {}
        for i, ln in enumerate(t["lines"]):
            pg = ln["page"]
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(pg)
            rows = pl[pg - 1]
            ok = False
            for j, row in enumerate(rows):
                if (pg, j) in used:
                    continue
                if not re.search(r"(?<![0-9A-Z])" + ln["code"] + r"(?![0-9])", row):
                    continue
                if not K.has_token(row, K.date_forms(ln["service_date"])) and not any(f in row for f in K.date_forms(ln["service_date"])):
                    continue
                good = True
                for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount"):
                    if ln[k] is not None and not K.has_token(row, K.money_forms(ln[k])):
                        good = False
                if ln["units"] is not None and not re.search(
                        r"(?<![\d.$,])(x ?)?" + re.escape(ln["units"]) + r"(\.0+)?(?![\d.,])", row):
                    good = False
                for m in ln["modifiers"]:
                    if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", row):
                        good = False
                for g, r, a in ln["adjustments"]:
                    if not re.search(g + r"-?" + r + r"(?![0-9])", row) or (a and not K.has_token(row, K.money_forms(a) + [a.replace("0.", ".", 1)])):
                        good = False
                for r in ln["remarks"]:
                    if not re.search(r"(?<![A-Za-z0-9])" + re.escape(r) + r"(?![A-Za-z0-9])", row):
                        good = False
                if good:
                    used.add((pg, j))
                    ok = True
                    break
            if not ok:
                errs.append(f"{tag}: line {i} ({ln['code']} {ln['service_date']} p{pg}) not found on one text row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in text")
            b, al, pd = D_(ln["billed"]), D_(ln["allowed"]), D_(ln["paid"])
            if ln["adjustments"] and b is not None and pd is not None:
                if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != pd:
                    errs.append(f"{tag}: line {i} billed-adj != paid")
            dis, nc = D_(ln["discount"]), D_(ln["not_covered"])
            if b is not None and dis is not None and nc is not None and al is not None and b - dis - nc != al:
                errs.append(f"{tag}: line {i} billed-discount-nc != allowed")
            shares = [D_(ln[k]) for k in ("deductible", "copay", "coinsurance")]
            if al is not None and pd is not None and any(x is not None for x in shares):
                rest = al - sum(x for x in shares if x is not None)
                if rest != pd and q(rest * Decimal("0.98")) != pd:
                    errs.append(f"{tag}: line {i} allowed-shares != paid ({rest} vs {pd})")
            ow = D_(ln["patient_owes"])
            if al is None and b is not None and dis is not None and pd is not None and ow is not None:
                if b - dis - pd != ow:
                    errs.append(f"{tag}: line {i} statement arithmetic")
        for c in t["claims"]:
            cl = [x for x in t["lines"] if (x["claim_id"], x["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            if not cl:
                errs.append(f"{tag}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is not None:
                    s = sum(Decimal(x[k]) for x in cl)
                    if s != Decimal(v):
                        errs.append(f"{tag}: claim {c['payer_claim_id']} total {k} {v} != {s}")
                    if not K.has_token(alltext, K.money_forms(v)):
                        errs.append(f"{tag}: claim total {k} {v} not printed")
        if any(len(p) > 1 for p in spans.values()):
            cont_files += 1
        for n in (t["pages"],):
            if n < 1:
                errs.append(f"{tag}: no pages")
    if cont_files < 3:
        errs.append(f"only {cont_files} files carry a claim continuing onto the next page")
    if len(producers) < 2:
        errs.append("fewer than two producers")
    return errs


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # fpdf2's font subsets follow set order: fix the hash seed
        os.execve(sys.executable, [sys.executable, str(Path(__file__).resolve()), *argv],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout112_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    paths = build(out)
    print(f"wrote {len(paths)} PDFs to {out}")
    if "--check" in argv:
        errs = check(paths)
        for p in paths:
            t = json.loads(Path(str(p) + ".truth.json").read_text())
            print(f"  {p.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
        if errs:
            print("\n".join("FAIL " + e for e in errs[:80]))
            print(f"{len(errs)} problems")
            return 1
        print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
