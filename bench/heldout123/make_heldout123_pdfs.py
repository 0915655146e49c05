"""Write held-out set 123 of synthetic PDF EOB layouts (with truth files): two documents of each of the five
commonest real kinds (commercial member EOB, Medicare Summary Notice / Medicare Advantage EOB, state Medicaid
remittance advice, Medicare-style paper remit from a clearinghouse or practice system, family statement from a
clinic or hospital), each in a house style of its own.

Run:  python bench/heldout123/make_heldout123_pdfs.py [OUT_DIR]          (default: a new temp folder, printed)
      python bench/heldout123/make_heldout123_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, not by the author of this set)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness; --check rebuilds and compares bytes).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed; modifiers [] where none are
printed); claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the
payer's claim number / ICN / TCN, patient exactly as printed (the person served, not the plan holder or
guarantor). Where the page prints FROM and TO dates on a line, service_end is the printed TO date. A statement's
"Insurance Adjustment" write-off (no group/reason printed) is recorded as discount with no adjustments.
Claim totals carry only the totals the page prints for that claim. No planted mismatch (expected_findings empty).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  c1  commercial member EOB, portrait core Helvetica: "Amount Billed / Network Discount / Allowed Amount / Not
      Covered / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Notes", shaded claim heading boxes with
      Claim Number + Patient Account, plan-year accumulator box, 3 family members, "97140  GO 59" code then
      modifiers, description under the code, a not-covered line, 15-line claim continued on page 2 under a
      repeated heading "(continued)" (reportlab)
  c2  commercial "Your Health Care Summary", landscape DejaVu Sans Condensed: "Billed by provider / Your plan's
      price / Plan paid / Your share / Why", code in parentheses after the description, no units or modifiers,
      "Jan 6, 2026" dates, 3 family members, at-a-glance box, a claim runs on to the next page WITHOUT a
      repeated heading (fpdf2)
  m1  Medicare Summary Notice Part B, older layout, portrait Liberation Serif: "Services Provided / Amount
      Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes", quantity leading the
      description, code-modifiers in parentheses "(97110-GP-KX)", note letters "a, b", deductible/help panels,
      claim continued on page 2 under "Claim number ... (continued)", non-covered 0552T line (reportlab)
  m2  Medicare Advantage member EOB, portrait Liberation Sans: boxed claim headings "Claim number ... Your account
      with provider ... Patient", "Provider's charge / Amount the plan approved / Plan's share / Your share /
      Note", description line above a code line that carries the date and amounts, per-day copay, a denied
      no-authorisation line at $0.00, year-to-date box, claim continued on page 2 (fpdf2)
  d1  state Medicaid remittance advice, landscape core Courier, no rules: "CLAIMS PAID / CLAIMS DENIED",
      "RECIP NAME / RECIP ID / TCN / PAT ACCT", FROM and TO date columns, MOD MOD, TPL and CO-PAY columns,
      4-digit state EOB codes with a legend, a denied (ineligible) claim at 0.00, claim continued on page 2 with
      its heading repeated "(CONTINUED)" (reportlab)
  d2  state Medicaid provider payment statement, portrait DejaVu Sans Mono, ruled: "MEMBER / MEMBER ID / ICN /
      PATIENT ACCT / STATUS", "ADJ GRP-RSN AMT" column "CO-45 43.15", RARC column, plain amounts, a voided
      claim (negative amounts) and its replacement (fpdf2)
  p1  Medicare Part B standard paper remit reprinted by a clearinghouse, landscape Liberation Mono: "PERF PROV
      SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", "0105 010526" dates,
      adjustments stacked one per text line under the service, "REM:" lines, NAME/HIC/ACNT/ICN/ASG/MOA claim
      lines, PT RESP/CLAIM TOTALS/NET, a reversal (status 22, negative) and its correction (fpdf2)
  p2  practice-management "ERA Payment Detail Report", landscape Liberation Sans Narrow, ruled: "Rend Prov / DOS /
      POS / Units / Proc / Mods / Billed / Allowed / Deduct / Coins / Adj Codes / Prov Paid", glued "CO45 118.88"
      adjustment codes in one cell, "Payer Claim #", "Patient Acct #", reversal and correction (reportlab)
  s1  therapy clinic family statement, portrait DejaVu Sans: responsible party, visit heading rows "Visit V-30418 -
      filed with ... claim # ...", "Charges / Insurance Paid / Insurance Adjustment / Your Balance", patient as
      "Felix F.", a patient payment row, visit balances, amount-due box (reportlab)
  s2  hospital guarantor statement, portrait DejaVu Serif: accounts for 3 family members, each with insurance
      claim no., itemised "Date / Rev / HCPCS / Mod / Description / Qty / Charges" (charges only per line),
      wrapped upper-case descriptions, account summary with payment and contractual adjustment, a 14-line
      account continued on page 2 under "Account ... (continued)" and a repeated heading (fpdf2)

The self-check (--check) tests the factory, not the reader: for every truth line, a single extracted text row
(pdfplumber) on the truth page carries the date, code, modifiers, units and every printed amount, adjustment and
remark (p1's second and later stacked adjustments and REM lines: on the page); ids and patients are in the text
layer; page counts match; the documents' own arithmetic holds (billed - adjustments = paid where adjustments are
printed; billed - discount - not covered = allowed and allowed - deductible - copay - coinsurance = paid where
printed; charges - insurance paid - adjustment = balance on statements; plan share + your share = approved on
member EOBs); claim totals equal the sum of their lines and are printed (PT RESP = deductible + coinsurance);
and output is byte-identical on a rebuild.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))
from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h123kit import Canvas, Table  # noqa: E402

D = date
SPECS: dict[str, dict] = {}   # per-layout token rules used by --check


def cl(cid, pcid, patient, svcs, printed=("billed", "allowed", "paid", "patient_owes")):
    t = {k: (total(svcs, "owes" if k == "patient_owes" else k) if k in printed else None)
         for k in ("billed", "allowed", "paid", "patient_owes")}
    return {"claim_id": cid, "payer_claim_id": pcid, "patient": patient, "totals": claim_totals(**t)}


def wrap(cv, s, font, size, width):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cv.width(t, font, size) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# ================================================================ c1: commercial member EOB (reportlab, Helvetica)
def lay_c1(out: Path):
    name = "h123_c1_member_eob_family"
    cv = Canvas(out / f"{name}.pdf", "reportlab")
    F, B = "Helvetica", "Helvetica-Bold"
    m = lambda d: money(d, ",")  # noqa: E731
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                   copay_codes={"99213": Decimal("35.00")})
    oscar = [Svc(D(2026, 1, d), c, u, mo) for d, c, u, mo in [
        (5, "97165", 1, ("GO",)), (5, "97530", 2, ("GO",)), (7, "97530", 2, ("GO",)), (7, "97535", 1, ("GO", "59")),
        (9, "97530", 3, ("GO",)), (9, "97112", 1, ("GO",)), (12, "97530", 2, ("GO",)), (12, "97140", 1, ("GO", "59")),
        (14, "97530", 2, ("GO",)), (14, "97535", 1, ("GO",)), (16, "97530", 2, ("GO",)), (16, "97110", 1, ("GO",)),
        (19, "97530", 2, ("GO",)), (19, "97112", 1, ("GO",)), (21, "97168", 1, ("GO",))]]
    for s in oscar:
        commercial(s, st)
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    lucia = [Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
             Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN", "KX"))]
    for s in lucia:
        commercial(s, st2)
    st3 = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.78"), copay_codes={"99213": Decimal("35.00")})
    teresa = [Svc(D(2026, 1, 8), "99213", 1, ()), Svc(D(2026, 1, 8), "97110", 2, ("GP",)),
              Svc(D(2026, 1, 8), "0552T", 1, (), denied="PR")]
    for s in teresa:
        commercial(s, st3)
    teresa[2].remarks = ["N4"]
    oscar[14].remarks = ["R2"]
    for s in oscar[:14]:
        s.remarks = ["D1"] if s.deductible else []
    legend = [("D1", "Part of this charge counted toward your yearly deductible."),
              ("R2", "A new plan of care was documented on this date."),
              ("N4", "Your plan does not cover this treatment; the charge is yours to pay."),
              ("C9", "Network pricing applied: you are protected from the amount above the allowed amount.")]
    for s in lucia + teresa[:2]:
        s.remarks = ["C9"]
    claims_def = [("Teresa M. Valdane", "Northgate Spine & Sport PT", "BM26-0130-08215", "NSS 552190", teresa),
                  ("Lucia Valdane", "Brightside Speech Studio", "BM26-0203-11860", "BSS-77412", lucia),
                  ("Oscar Valdane", "Harbor Lane Pediatric OT", "BM26-0121-40577", "HLP0031927", oscar)]
    cols = [("Date of\nService", 30, "l"), ("Service\nCode  Mod", 72, "l"), ("Qty", 168, "r"),
            ("Amount\nBilled", 210, "r"), ("Network\nDiscount", 252, "r"), ("Allowed\nAmount", 294, "r"),
            ("Not\nCovered", 334, "r"), ("Deduct-\nible", 372, "r"), ("Copay", 408, "r"), ("Co-\ninsurance", 452, "r"),
            ("Plan\nPaid", 496, "r"), ("You\nOwe", 540, "r"), ("Notes", 552, "l")]
    tb = Table(cv, cols, F, 7, B, 10)
    lines, claims = [], []

    def top():
        cv.text(30, 40, "BRIGHTMOOR MUTUAL HEALTH PLAN", B, 13)
        cv.text(30, 53, "Explanation of Benefits  -  THIS IS NOT A BILL", F, 9)
        cv.text(582, 40, "Statement date: 02/03/26", F, 8, "r")
        cv.text(582, 51, "Member: Teresa M. Valdane   ID: BMV884120377", F, 8, "r")
        cv.text(582, 62, "Group: Coastal Freight Cooperative  #40218", F, 8, "r")
        cv.hline(30, 582, 70, 1.2)
        cv.text(306, 770, f"Brightmoor Mutual  |  PO Box 5170, Larkfield, OR 97650  |  1-800-555-0162   Page {cv.pages}",
                F, 7, "c")

    top()
    y = 86
    cv.text(30, y, "Claims processed for your family from 01/21/26 through 02/02/26.", F, 8)
    y += 11
    cv.text(30, y, "Amounts you owe are also shown on the bill your provider sends. Do not pay more than the You Owe column.",
            F, 8)
    y += 16
    cv.rect(30, y, 552, 118, 0.8)
    cv.text(40, y + 16, "YOUR PLAN YEAR SO FAR (as of 02/02/26)", B, 9)
    for i, (lab, used, lim) in enumerate([("In-network deductible, individual", "150.00", "750.00"),
                                          ("In-network deductible, family", "150.00", "1,500.00"),
                                          ("Out-of-pocket maximum, individual", "612.44", "4,000.00"),
                                          ("Out-of-pocket maximum, family", "1,088.10", "8,000.00"),
                                          ("Therapy visits used (OT/PT/speech combined)", "21", "60")]):
        cv.text(40, y + 32 + i * 16, lab, F, 8)
        cv.text(400, y + 32 + i * 16, used, F, 8, "r")
        cv.text(420, y + 32 + i * 16, "of", F, 8)
        cv.text(480, y + 32 + i * 16, lim, F, 8, "r")
    y += 140
    for patient, prov, pcid, acct, svcs in claims_def:
        def head(y, cont=False):
            cv.rect(30, y - 9, 552, 24, 0.5, 0.92)
            cv.text(34, y, f"Patient: {patient}" + ("   (continued)" if cont else ""), B, 8)
            cv.text(260, y, f"Provider: {prov}", F, 8)
            cv.text(34, y + 11, f"Claim Number: {pcid}", F, 8)
            cv.text(200, y + 11, f"Patient Account: {acct}", F, 8)
            cv.text(380, y + 11, "Received 01/20/26   Processed 01/27/26", F, 8)
            return tb.header(y + 30, True, 30, 582)
        if y > 640:
            cv.new_page(); top(); y = 90
        y = head(y)
        for s in svcs:
            if y > 735:
                cv.new_page(); top(); y = head(90, True)
            tb.row(y, [dfmt(s.dos, "mdy2"), s.code + ("  " + " ".join(s.mods) if s.mods else ""), units_str(s.units),
                       m(s.billed), m(s.discount), m(s.allowed), m(s.not_covered), m(s.deductible), m(s.copay),
                       m(s.coinsurance), m(s.paid), m(s.owes), " ".join(s.remarks)])
            cv.text(74, y + 8, s.desc, F, 6)
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=pcid, patient=patient,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            y += 19
        cv.hline(30, 582, y - 8, 0.4)
        tb.row(y, ["Claim totals", "", "", m(total(svcs, "billed")), m(total(svcs, "discount")),
                   m(total(svcs, "allowed")), m(total(svcs, "not_covered")), m(total(svcs, "deductible")),
                   m(total(svcs, "copay")), m(total(svcs, "coinsurance")), m(total(svcs, "paid")),
                   m(total(svcs, "owes")), ""], B)
        claims.append(cl(acct, pcid, patient, svcs))
        y += 24
    if y > 690:
        cv.new_page(); top(); y = 90
    cv.text(30, y, "Notes", B, 9)
    y += 12
    for k, v in legend:
        cv.text(30, y, f"{k}  {v}", F, 7.5)
        y += 10
    pages = cv.save()
    SPECS[name] = {"date": "mdy2", "money": ",", "code": "sep", "units": True, "remarks": True}
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "commercial member EOB, family, portrait", lines,
                claims, legend)


# ================================================================ c2: commercial member EOB (fpdf2, DejaVu Sans Condensed)
def lay_c2(out: Path):
    name = "h123_c2_member_health_summary"
    cv = Canvas(out / f"{name}.pdf", "fpdf2", landscape=True)
    F, B = "DejaVuSansCond", "DejaVuSansCond-Bold"
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    fam = {
        "Ruben Achterberg": ("Cedar Loop Hand Therapy", "SRC-2601-48813-01", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 6), "L3807", 1, ("RT",)), Svc(D(2026, 1, 13), "97140", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97110", 2, ("GO",)), Svc(D(2026, 1, 20), "97140", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97530", 1, ("GO",)), Svc(D(2026, 1, 20), "G0283", 1, ("GO",), denied="PR")]),
        "Amelie Achterberg": ("Willowbend Therapy for Kids", "SRC-2601-50122-01", [
            Svc(D(2026, 1, 8), "97530", 3, ("GO",)), Svc(D(2026, 1, 8), "97112", 1, ("GO",)), Svc(D(2026, 1, 15), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 15), "97535", 2, ("GO",)), Svc(D(2026, 1, 22), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 22), "97150", 1, ("GO",)), Svc(D(2026, 1, 29), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 29), "97112", 2, ("GO",)), Svc(D(2026, 1, 29), "97535", 1, ("GO",))]),
        "Pieter Achterberg": ("Willowbend Therapy for Kids", "SRC-2602-00417-01", [
            Svc(D(2026, 1, 27), "92523", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
    }
    for _, (_, _, svcs) in fam.items():
        for s in svcs:
            commercial(s, st)
    why = {}
    for svcs in [v[2] for v in fam.values()]:
        for s in svcs:
            s.remarks = ["NC"] if s.denied else (["DD"] if s.deductible else [])
    legend = [("DD", "This amount went toward your deductible for the plan year."),
              ("NC", "Not a covered benefit under your plan; you may be billed for it."),
              ("PP", "Paid to the provider. Their agreement with us keeps your cost at Your share.")]
    _ = why
    cols = [("Service date", 40, "l"), ("What was done", 110, "l"), ("Billed by provider", 470, "r"),
            ("Your plan's price", 548, "r"), ("Plan paid", 616, "r"), ("Your share", 690, "r"), ("Why", 712, "l")]
    tb = Table(cv, cols, F, 8.5, B, 13)
    lines, claims = [], []

    def frame():
        cv.text(40, 42, "Summit Ridge Health Cooperative", B, 15)
        cv.text(40, 58, "Your Health Care Summary  -  claims finalized January 2026", F, 10)
        cv.text(752, 42, "Primary member: Margit Achterberg", F, 9, "r")
        cv.text(752, 55, "Member no. SRC 0077 2914 06   Plan: Cooperative Silver 3000", F, 9, "r")
        cv.hline(40, 752, 66, 1.0)
        cv.text(40, 590, "This is not a bill. Questions? Call Member Care at 1-877-555-0148 (TTY 711), weekdays 7-7.", F, 7.5)
        cv.text(752, 590, f"p. {cv.pages}", F, 7.5, "r")

    frame()
    y = 86
    cv.rect(40, y - 4, 712, 120, 0.7)
    cv.text(50, y + 12, "Your plan at a glance", B, 11)
    cv.text(400, y + 12, "This period", B, 9, "r")
    cv.text(500, y + 12, "Plan year to date", B, 9, "r")
    allsv = [s for v in fam.values() for s in v[2]]
    for i, (lab, a1, a2) in enumerate([("Amount billed by your providers", total(allsv, "billed"), Decimal("6118.00")),
                                       ("Amount your plan paid", total(allsv, "paid"), Decimal("2731.42")),
                                       ("Amount you may owe your providers", total(allsv, "owes"), Decimal("1040.37"))]):
        cv.text(50, y + 30 + i * 16, lab, F, 9)
        cv.text(400, y + 30 + i * 16, m(a1), F, 9, "r")
        cv.text(500, y + 30 + i * 16, m(a2), F, 9, "r")
    cv.text(540, y + 30, "Family deductible: $80.00 met of $6,000.00", F, 8.5)
    cv.text(540, y + 46, "Family out-of-pocket: $1,040.37 of $12,000.00", F, 8.5)
    cv.text(50, y + 96, "Sign in at summitridge.example/member to see these claims and go paperless.", F, 8.5)
    y += 136
    cv.text(40, y, "Claims in detail", B, 12)
    y += 18
    for patient, (prov, pcid, svcs) in fam.items():
        if y > 480:
            cv.new_page(); frame(); y = 86
        cv.text(40, y, f"{patient}  -  {prov}", B, 10)
        cv.text(752, y, f"Claim ID {pcid}", F, 9, "r")
        y = tb.header(y + 16, True, 40, 752)
        for s in svcs:
            if y > 560:   # the table simply runs on: no repeated heading on the next page
                cv.new_page(); frame(); y = 90
            cv.text(40, y, dfmt(s.dos, "mon"), F, 8.5)
            cv.text(110, y, f"{s.desc} ({s.code})", F, 8.5)
            tb.row(y, ["", "", m(s.billed), m(s.allowed), m(s.paid), m(s.owes), " ".join(s.remarks)])
            lines.append(truth_line(cv.pages, s, claim_id=None, payer_claim_id=pcid, patient=patient,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    modifiers=False, remarks=s.remarks))
            y += 14
        cv.hline(300, 752, y - 9, 0.4)
        tb.row(y, ["", "Total for this claim", m(total(svcs, "billed")), m(total(svcs, "allowed")),
                   m(total(svcs, "paid")), m(total(svcs, "owes")), ""], B)
        claims.append(cl(None, pcid, patient, svcs))
        y += 26
    if y > 520:
        cv.new_page(); frame(); y = 90
    for k, v in legend:
        cv.text(40, y, f"{k} = {v}", F, 8)
        y += 11
    y += 6
    cv.text(40, y, "Deductible met so far: $80.00 of $3,000.00 (family $160.00 of $6,000.00)", F, 8)
    pages = cv.save()
    SPECS[name] = {"date": "mon", "money": "$", "code": "paren", "units": False, "remarks": True}
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "commercial member health summary, landscape", lines,
                claims, legend)


# ================================================================ m1: Medicare Summary Notice, older style (reportlab, Liberation Serif)
def lay_m1(out: Path):
    name = "h123_m1_msn_classic"
    cv = Canvas(out / f"{name}.pdf", "reportlab")
    F, B = "LibSerif", "LibSerif-Bold"
    m = lambda d: money(d, "$")  # noqa: E731
    bene = "ELEANOR J. MARCHETTI"
    st = PlanState(ded_left=Decimal("60.00"))
    c1 = [Svc(D(2026, 1, d), c, u, mo) for d, c, u, mo in [
        (5, "97163", 1, ("GP",)), (5, "97110", 2, ("GP",)), (7, "97110", 3, ("GP",)), (7, "97140", 1, ("GP", "59")),
        (9, "97112", 2, ("GP",)), (9, "97110", 2, ("GP", "CQ")), (12, "97116", 2, ("GP",)), (12, "97530", 1, ("GP",)),
        (14, "97110", 3, ("GP", "KX")), (14, "97140", 1, ("GP",)), (16, "97112", 2, ("GP",)),
        (16, "G0283", 1, ("GP",)), (19, "97110", 2, ("GP",)), (19, "97116", 1, ("GP", "CQ")),
        (21, "97530", 2, ("GP",)), (21, "0552T", 1, ())]]
    for s in c1:
        if len(s.mods) == 0 and s.code == "0552T":
            s.denied = "CO"
        medicare(s, st)
    c2 = [Svc(D(2026, 1, 13), "97168", 1, ("GO",)), Svc(D(2026, 1, 13), "97535", 2, ("GO",)),
          Svc(D(2026, 1, 20), "97535", 2, ("GO",))]
    for s in c2:
        medicare(s, st)
    c3 = [Svc(D(2026, 1, 22), "99213", 1, ())]
    for s in c3:
        medicare(s, st)
    for s in c1 + c2 + c3:
        s.remarks = ["c"] if s.denied else (["a", "b"] if s.deductible else ["a"])
    legend = [("a", "The approved amount comes from the Medicare fee schedule; this provider accepts it as full payment."),
              ("b", "Part of the approved amount was counted toward your yearly Part B deductible."),
              ("c", "Medicare does not pay for this item because it is not proven to work for your condition. "
                    "The provider may not bill you for it.")]
    claims_def = [("Lakeview Outpatient Rehabilitation, 418 Fenwick Rd, Bellmont, WI 53110",
                   "26-014-80221-450", "Referred by: Anand Kulkarni, MD", c1),
                  ("Clearwater Home & Hand OT, PO Box 2291, Bellmont, WI 53111", "26-021-55107-450",
                   "Referred by: Rosa Iniguez, DO", c2),
                  ("Bellmont Family Medicine Assoc.", "26-024-31188-450", "", c3)]
    claims_def = [claims_def[1], claims_def[2], claims_def[0]]
    cols = [("Dates of Service", 48, "l"), ("Services Provided", 110, "l"), ("Amount\nCharged", 368, "r"),
            ("Medicare\nApproved", 428, "r"), ("Medicare\nPaid Provider", 494, "r"), ("You May\nBe Billed", 548, "r"),
            ("See\nNotes", 558, "l")]
    tb = Table(cv, cols, F, 8.5, B, 12)
    lines, claims = [], []

    def frame():
        cv.text(48, 44, "Medicare Summary Notice", B, 16)
        cv.text(48, 58, "Medical Insurance (Part B) Claims", F, 10)
        cv.text(564, 40, bene, B, 9, "r")
        cv.text(564, 51, "Medicare Number XXXX-XX7-QK41", F, 9, "r")
        cv.text(564, 62, "Notice date: February 4, 2026", F, 9, "r")
        cv.hline(48, 564, 70, 1.5)
        cv.text(306, 765, f"Page {cv.pages}   -   Keep this notice for your records.", F, 8, "c")

    frame()
    y = 90
    cv.text(48, y, "BE INFORMED: Beware of anyone who offers free services in exchange for your Medicare Number.", F, 9)
    y += 14
    cv.rect(48, y, 250, 150, 1.0)
    cv.text(56, y + 18, "Your Deductible Status", B, 11)
    for i, t in enumerate(wrap(cv, "Your deductible is what you must pay for most health services before Medicare "
                                   "begins to pay. Part B deductible: You have now met your $257 deductible for 2026.",
                               F, 9, 230)):
        cv.text(56, y + 34 + i * 11, t, F, 9)
    cv.rect(314, y, 250, 150, 1.0)
    cv.text(322, y + 18, "Help in your language", B, 11)
    for i, t in enumerate(wrap(cv, "Call 1-800-555-0133 (TTY 1-877-555-0149) and say Agent. Free help is available. "
                                   "Tell us if you need this notice in large print or braille.", F, 9, 230)):
        cv.text(322, y + 34 + i * 11, t, F, 9)
    y += 172
    cv.text(48, y, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", B, 10)
    y += 20
    for prov, pcid, ref, svcs in claims_def:
        def head(y, cont=False):
            cv.text(48, y, f"Claim number {pcid}" + ("  (continued)" if cont else ""), B, 9)
            y += 11
            cv.text(48, y, prov, F, 9)
            if ref:
                y += 11
                cv.text(48, y, ref, F, 9)
            return tb.header(y + 16, True, 48, 564)
        if y > 620:
            cv.new_page(); frame(); y = 92
        y = head(y)
        for s in svcs:
            if y > 738:
                cv.new_page(); frame(); y = head(92, True)
            cv.text(48, y, dfmt(s.dos, "mdy2"), F, 8.5)
            cv.text(110, y, f"{units_str(s.units)} {s.desc} ({'-'.join((s.code,) + s.mods)})", F, 8.5)
            tb.row(y, ["", "", m(s.billed), m(s.allowed), m(s.paid), m(s.owes), ", ".join(s.remarks)])
            lines.append(truth_line(cv.pages, s, claim_id=None, payer_claim_id=pcid, patient=bene,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            y += 13
        cv.hline(300, 564, y - 9, 0.4)
        tb.row(y, ["", "Claim Total", m(total(svcs, "billed")), m(total(svcs, "allowed")), m(total(svcs, "paid")),
                   m(total(svcs, "owes")), ""], B)
        claims.append(cl(None, pcid, bene, svcs))
        y += 26
    if y > 660:
        cv.new_page(); frame(); y = 92
    cv.text(48, y, "Notes Section:", B, 10)
    y += 13
    for k, v in legend:
        for i, part in enumerate(wrap(cv, v, F, 9, 480)):
            cv.text(48, y, f"{k}" if i == 0 else "", F, 9)
            cv.text(62, y, part, F, 9)
            y += 11
    y += 8
    cv.text(48, y, "Deductible Information: You have now met $257.00 of your $257.00 Part B deductible for 2026.", F, 9)
    pages = cv.save()
    SPECS[name] = {"date": "mdy2", "money": "$", "code": "dash", "units": "lead", "remarks": "comma", "seq": True}
    write_truth(out / f"{name}.pdf", name, "reportlab", pages, "Medicare Summary Notice Part B, older layout",
                lines, claims, legend)


# ================================================================ m2: Medicare Advantage member EOB (fpdf2, Liberation Sans)
def lay_m2(out: Path):
    name = "h123_m2_ma_member_eob"
    cv = Canvas(out / f"{name}.pdf", "fpdf2")
    F, B = "LibSans", "LibSans-Bold"
    m = lambda d: money(d, "$")  # noqa: E731
    mem = "Walter F. Oyelaran"
    st = PlanState(allowed_rate=Decimal("0.52"), visit_copay=Decimal("25.00"))
    c1 = [Svc(D(2026, 1, d), c, u, mo) for d, c, u, mo in [
        (6, "97161", 1, ("GP",)), (6, "97110", 2, ("GP",)), (8, "97110", 2, ("GP",)), (8, "97140", 2, ("GP",)),
        (13, "97112", 2, ("GP",)), (13, "97530", 1, ("GP",)), (15, "97110", 2, ("GP", "CQ")),
        (15, "97116", 1, ("GP",)), (20, "97110", 3, ("GP",)), (22, "97140", 2, ("GP",)),
        (22, "97530", 2, ("GP", "59"))]]
    for s in c1:
        commercial(s, st)
    c2 = [Svc(D(2026, 1, 16), "92523", 1, ("GN",)), Svc(D(2026, 1, 23), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 30), "92507", 1, ("GN",), denied="CO")]
    st2 = PlanState(allowed_rate=Decimal("0.52"), visit_copay=Decimal("25.00"))
    for s in c2:
        commercial(s, st2, deny_reason="197")
    for s in c1 + c2:
        s.remarks = ["3"] if s.denied else (["1"] if s.copay else ["2"])
    legend = [("1", "Your copay for an outpatient rehabilitation visit is $25.00 per day."),
              ("2", "The plan paid the rest of its approved amount. No further cost for you."),
              ("3", "The provider did not get our approval first. You do not have to pay this amount.")]
    cols = [("Service provided", 44, "l"), ("Date", 250, "l"), ("Provider's\ncharge", 370, "r"),
            ("Amount the plan\napproved", 442, "r"), ("Plan's\nshare", 500, "r"), ("Your\nshare", 552, "r"),
            ("Note", 562, "l")]
    tb = Table(cv, cols, F, 8.5, B, 12)
    lines, claims = [], []

    def frame():
        cv.text(44, 44, "HERITAGE CREST ADVANTAGE (HMO)", B, 14)
        cv.text(44, 58, "Explanation of Benefits for medical services - January 2026", F, 10)
        cv.text(44, 768, f"Heritage Crest Advantage is an HMO plan with a Medicare contract.  H9917_EOB26   Page {cv.pages}",
                F, 7.5)
        cv.hline(44, 568, 66, 1.0)

    frame()
    cv.rect(380, 78, 188, 70, 0.6, 0.93)
    cv.text(388, 92, "Member: " + mem, B, 9)
    cv.text(388, 105, "Member ID 7T40-226-8815", F, 9)
    cv.text(388, 118, "Questions? 1-866-555-0191", F, 9)
    cv.text(388, 131, "8 a.m. - 8 p.m., 7 days a week", F, 9)
    cv.text(44, 92, "This notice gives you a summary of your medical claims", F, 10)
    cv.text(44, 105, "processed last month. It is not a bill.", F, 10)
    cv.text(44, 128, "Total your plan paid this month: " + m(total(c1 + c2, "paid")), B, 10)
    cv.text(44, 141, "Total your share this month: " + m(total(c1 + c2, "owes")), B, 10)
    cv.text(44, 170, "Your costs for the year so far", B, 10)
    cv.hline(44, 568, 175, 0.5)
    for i, (lab, v) in enumerate([("Out-of-pocket costs for covered medical services", "$485.00"),
                                  ("Your plan's yearly out-of-pocket maximum (in-network)", "$4,900.00"),
                                  ("Remaining before you reach the maximum", "$4,415.00"),
                                  ("Outpatient rehabilitation visits this year", "14")]):
        cv.text(44, 190 + i * 14, lab, F, 9)
        cv.text(568, 190 + i * 14, v, F, 9, "r")
    cv.text(44, 256, "Out-of-pocket costs include copays you paid for covered services; they do not include premiums.",
            F, 8)
    y = 300
    claims_def = [("Orchard Path Speech Services", "HC-2026-00-421906", "OPS1007334", c2),
                  ("Crestmoor Physical Therapy", "HC-2026-00-418827", "CPT-55291", c1)]
    for prov, pcid, acct, svcs in claims_def:
        def head(y, cont=False):
            cv.rect(44, y - 11, 524, 30, 0.6)
            cv.text(50, y, f"Claim number {pcid}" + (" - continued from previous page" if cont else ""), B, 9)
            cv.text(50, y + 12, f"Provider: {prov}    Your account with provider: {acct}    Patient: {mem}", F, 8.5)
            return tb.header(y + 36, True, 44, 568)
        if y > 620:
            cv.new_page(); frame(); y = 92
        y = head(y)
        for s in svcs:
            if y > 740:
                cv.new_page(); frame(); y = head(92, True)
            cv.text(44, y, f"{s.desc}", F, 8.5)
            cv.text(44, y + 10, f"{s.code} {' '.join(s.mods)}".strip(), F, 7.5)
            tb.row(y + 10, ["", dfmt(s.dos, "mdy4"), m(s.billed), m(s.allowed), m(s.paid), m(s.owes),
                            " ".join(s.remarks)])
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=pcid, patient=mem, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            y += 24
        cv.hline(44, 568, y - 11, 0.4)
        tb.row(y, ["Claim total", "", m(total(svcs, "billed")), m(total(svcs, "allowed")), m(total(svcs, "paid")),
                   m(total(svcs, "owes")), ""], B)
        claims.append(cl(acct, pcid, mem, svcs))
        y += 28
    if y > 690:
        cv.new_page(); frame(); y = 92
    cv.text(44, y, "Notes about your claims", B, 10)
    y += 13
    for k, v in legend:
        cv.text(44, y, f"Note {k}:  {v}", F, 8.5)
        y += 11
    pages = cv.save()
    SPECS[name] = {"date": "mdy4", "money": "$", "code": "sep", "units": False, "remarks": True, "rowoff": True}
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages, "Medicare Advantage member EOB", lines, claims, legend)


def mono_ra(out, name, producer, F, B, landscape, title, sections, claimsdefs, idlabels, legend, money_style, datest,
            size, rule, kind):
    """Fixed-column remittance (state Medicaid RA or practice-system paper remit)."""
    cv = Canvas(out / f"{name}.pdf", producer, landscape=landscape)
    W = cv.W
    lines, claims = [], []
    cw = cv.width("0", F, size)
    cols = sections["cols"]  # (heading, char position, align, width in chars)
    lead = size + 3.5

    def X(pos):
        return 30 + pos * cw

    def frame():
        for i, t in enumerate(title):
            cv.text(30, 36 + i * (size + 3), t, B if i == 0 else F, size)
        cv.text(W - 30, 36, f"PAGE {cv.pages:>3}", F, size, "r")
        yy = 36 + len(title) * (size + 3) + 6
        if rule:
            cv.hline(30, W - 30, yy - size, 0.5)
        for h, pos, al, wd in cols:
            for j, part in enumerate(h.split("\n")):
                cv.text(X(pos + wd) if al == "r" else X(pos), yy + j * (size + 2), part, F, size, al)
        yy += (size + 2) * max(len(h.split("\n")) for h, *_ in cols)
        if rule:
            cv.hline(30, W - 30, yy - size + 1, 0.5)
        return yy + 4

    y = frame()
    bottom = cv.H - 50
    for sec, cdefs in claimsdefs:
        if y > bottom - 60:
            cv.new_page(); y = frame()
        cv.text(30, y, sec, B, size)
        y += lead * 1.5
        for c in cdefs:
            if y > bottom - 4 * lead:
                cv.new_page(); y = frame()
            for hl in c["head"]:
                cv.text(30, y, hl, F, size)
                y += lead
            for i, (s, vals, extra) in enumerate(c["rows"]):
                if y > bottom - lead * (1 + len(extra)):
                    cv.new_page(); y = frame()
                    cv.text(30, y, c["head"][0] + "  (CONTINUED)", F, size)
                    y += lead
                for (h, pos, al, wd), v in zip(cols, vals):
                    cv.text(X(pos + wd) if al == "r" else X(pos), y, v, F, size, al)
                lines.append(truth_line(cv.pages, s, **c["truth"](s)))
                y += lead
                for ex_pos, ex in extra:
                    cv.text(X(ex_pos), y, ex, F, size)
                    y += lead
            for tl in c["tail"]:
                cv.text(30, y, tl, F, size)
                y += lead
            claims.append(c["claim"])
            y += lead * 0.6
    if y > bottom - lead * (len(legend) + 3):
        cv.new_page(); y = frame()
    y += lead
    cv.text(30, y, sections["legend_title"], B, size)
    y += lead
    for k, v in legend:
        cv.text(30, y, f"{k:<6}{v}", F, size)
        y += lead
    pages = cv.save()
    write_truth(out / f"{name}.pdf", name, producer, pages, kind, lines, claims, legend)


# ================================================================ d1: state Medicaid RA (reportlab, Courier, landscape)
def lay_d1(out: Path):
    name = "h123_d1_medicaid_ra_courier"
    m = lambda d: money(d, ",")  # noqa: E731
    cols = [("LN", 0, "l", 2), ("FROM\nDATE", 4, "l", 8), ("TO\nDATE", 13, "l", 8), ("PROC", 22, "l", 5),
            ("MOD MOD", 28, "l", 7), ("UNITS", 36, "r", 5), ("BILLED\nAMOUNT", 43, "r", 10),
            ("ALLOWED\nAMOUNT", 54, "r", 10), ("TPL\nAMOUNT", 65, "r", 9), ("CO-PAY", 75, "r", 7),
            ("PAID\nAMOUNT", 83, "r", 10), ("EOB CODES", 95, "l", 14)]
    recips = [("MORROW, DESTINY A", "700418552", "A11203", [
        (5, "97165", 1, ("GO",)), (5, "97530", 2, ("GO",)), (8, "97530", 3, ("GO",)), (8, "97535", 1, ("GO", "59")),
        (12, "97530", 3, ("GO",)), (15, "97530", 3, ("GO",)), (15, "97112", 1, ("GO",))]),
        ("MORROW, ISAIAH T", "700418553", "A11204", [(6, "92523", 1, ("GN",)), (13, "92507", 1, ("GN",)),
                                                   (20, "92507", 1, ("GN",))]),
        ("CASTELLANOS, MIA R", "701992014", "A11219", [(7, "97166", 1, ("GO",)), (7, "97530", 2, ("GO",)),
                                                     (14, "97530", 2, ("GO",)), (14, "97140", 1, ("GO", "59")),
                                                     (21, "97530", 2, ("GO",)), (21, "97110", 2, ("GO",)),
                                                     (28, "97530", 2, ("GO",)), (28, "97535", 2, ("GO",))]),
        ("CASTELLANOS, LEO J", "701992015", "A11220", [(7, "92523", 1, ("GN",)), (9, "92507", 1, ("GN",)),
                                                     (14, "92507", 1, ("GN",)), (16, "92507", 1, ("GN", "KX")),
                                                     (21, "92507", 1, ("GN",)), (23, "92526", 1, ("GN",)),
                                                     (28, "92507", 1, ("GN",)), (30, "92507", 1, ("GN",))]),
        ("PHAM, NOAH", "702330871", "A11240", [(9, "97530", 4, ("GO",)), (9, "97150", 1, ("GO",))])]
    paid, denied = [], []
    tcn = 2602900114000
    for k, (nm, rid, pcn, rows) in enumerate(recips):
        svcs = [Svc(D(2026, 1, d), c, u, mo) for d, c, u, mo in rows]
        den = nm.startswith("PHAM")
        for s in svcs:
            if den:
                s.denied = "CO"
            medicaid(s)
            s.remarks = ["0417", "0902"] if den else (["0010"] if s.discount else ["0001"])
        tcn += 1713 * (k + 1)
        T = str(tcn) + "0"
        rws = []
        for i, s in enumerate(svcs, 1):
            rws.append((s, [f"{i:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code,
                            " ".join(x.ljust(3) for x in s.mods).rstrip(), units_str(s.units), m(s.billed),
                            m(s.allowed), m(ZERO), m(ZERO), m(s.paid), " ".join(s.remarks)], []))
        c = {"head": [f"RECIP NAME: {nm:<22} RECIP ID: {rid}   TCN: {T}   PAT ACCT: {pcn}",
                      f"CLAIM TYPE: PROF  PLACE OF SVC: 11   RENDERING: 1730055291"],
             "rows": rws,
             "truth": (lambda s, T=T, nm=nm, pcn=pcn: dict(claim_id=pcn, payer_claim_id=T, patient=nm,
                       printed=("billed", "allowed", "paid"), service_end=s.dos, remarks=s.remarks)),
             "tail": [f"{'CLAIM TOTAL':>30}{'':13}{m(total(svcs, 'billed')):>10} {m(total(svcs, 'allowed')):>10}"
                      f"{'':18}{m(total(svcs, 'paid')):>11}"],
             "claim": cl(pcn, T, nm, svcs, ("billed", "allowed", "paid"))}
        (denied if den else paid).append(c)
    legend = [("0001", "PAID IN FULL AT THE PROGRAM RATE"), ("0010", "PAID AT MAXIMUM FEE FOR THIS PROCEDURE"),
              ("0417", "RECIPIENT NOT ELIGIBLE FOR THIS PROGRAM ON DATE OF SERVICE"),
              ("0902", "RESUBMIT WITH CORRECT BENEFIT PLAN AFTER ELIGIBILITY IS UPDATED")]
    mono_ra(out, name, "reportlab", "Courier", "Courier-Bold", True,
            ["STATE OF NORTH PLAINS - DEPARTMENT OF FAMILY HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM",
             "PROVIDER REMITTANCE ADVICE      RA NUMBER: 0026417   RA DATE: 02/06/26   WARRANT: 88410377",
             "PROVIDER: SUNFLOWER PEDIATRIC THERAPY GROUP    PROVIDER NO: 0448120033   NPI: 1730055291"],
            {"cols": cols, "legend_title": "EOB CODE DESCRIPTIONS"},
            [("*** CLAIMS PAID ***", paid), ("*** CLAIMS DENIED ***", denied)], None, legend, ",", "mdy2", 8.0,
            False, "state Medicaid remittance advice, landscape Courier")
    SPECS[name] = {"date": "mdy2", "money": ",", "code": "sep", "units": True, "remarks": True}


# ================================================================ d2: state Medicaid RA with CARC (fpdf2, DejaVu Sans Mono)
def lay_d2(out: Path):
    name = "h123_d2_medicaid_payment_statement"
    m = lambda d: money(d, "")  # noqa: E731
    cols = [("DTL", 0, "l", 3), ("SVC DATE", 4, "l", 10), ("PROC", 15, "l", 5), ("MODS", 21, "l", 5),
            ("UNITS", 27, "r", 5), ("BILLED", 33, "r", 8), ("ALLOWED", 42, "r", 8), ("PAID", 51, "r", 8),
            ("ADJ GRP-RSN AMT", 61, "l", 16), ("RARC", 78, "l", 5)]
    people = [("Jordan Halvorsen-Reyes", "M0094417206", "SLP-20931", [(5, "92523", 1, ("GN",)),
                                                                   (12, "92507", 1, ("GN",)),
                                                                   (19, "92507", 1, ("GN",)),
                                                                   (26, "92507", 1, ("GN",))]),
              ("Kaia Halvorsen-Reyes", "M0094417207", "SLP-20944", [(6, "97530", 2, ("GO",)),
                                                                 (6, "97112", 1, ("GO",)),
                                                                 (13, "97530", 2, ("GO",)),
                                                                 (13, "97535", 1, ("GO",)),
                                                                 (20, "97530", 3, ("GO",)),
                                                                 (27, "97530", 2, ("GO",)),
                                                                 (27, "97129", 1, ("GO",))]),
              ("Tobias Weatherall", "M0081230559", "SLP-20958", [(8, "97167", 1, ("GO",)),
                                                              (8, "97530", 2, ("GO",))])]
    groups = []
    icn = 31260330000712
    for k, (nm, mid, acct, rows) in enumerate(people):
        svcs = [Svc(D(2026, 1, d), c, u, mo) for d, c, u, mo in rows]
        for s in svcs:
            medicaid(s)
            s.remarks = ["N130"] if s.discount else []
        icn += 7919
        I = str(icn)
        groups.append(("STATUS: PAID", nm, mid, acct, I, svcs))
    # a void of an earlier payment and its replacement
    old = [Svc(D(2025, 12, 29), "97530", 2, ("GO",)), Svc(D(2025, 12, 29), "97110", 1, ("GO",))]
    for s in old:
        medicaid(s)
    void = [negate(s) for s in old]
    for s in void:
        s.remarks = []
    new = [Svc(D(2025, 12, 29), "97530", 3, ("GO",)), Svc(D(2025, 12, 29), "97110", 1, ("GO",))]
    for s in new:
        medicaid(s)
        s.remarks = ["N130"] if s.discount else []
    groups.append(("STATUS: VOIDED (CREDIT)", "Kaia Halvorsen-Reyes", "M0094417207", "SLP-20877", "31260330000519",
                   void))
    groups.append(("STATUS: REPLACEMENT", "Kaia Halvorsen-Reyes", "M0094417207", "SLP-20877", "31260330008846", new))
    cdefs = []
    for stat, nm, mid, acct, I, svcs in groups:
        rws = []
        for i, s in enumerate(svcs, 1):
            adj = s.adjs[0] if s.adjs else None
            rws.append((s, [f"{i}", dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                            m(s.allowed), m(s.paid), f"{adj[0]}-{adj[1]} {m(adj[2])}" if adj else "",
                            " ".join(s.remarks)], []))
        cdefs.append({"head": [f"MEMBER: {nm.upper():<26} MEMBER ID: {mid}", f"ICN: {I}   PATIENT ACCT: {acct}   {stat}"],
                      "rows": rws,
                      "truth": (lambda s, I=I, nm=nm, acct=acct: dict(
                          claim_id=acct, payer_claim_id=I, patient=nm.upper(), printed=("billed", "allowed", "paid"),
                          adjustments=s.adjs, remarks=s.remarks)),
                      "tail": [f"{'CLAIM TOTALS':<27}{m(total(svcs, 'billed')):>14}{m(total(svcs, 'allowed')):>9}"
                               f"{m(total(svcs, 'paid')):>9}", "-" * 84],
                      "claim": cl(acct, I, nm.upper(), svcs, ("billed", "allowed", "paid")), "adjfull": True})
    legend = [("CO-45", "Charge is above the program's fee; the provider writes off the difference."),
              ("N130", "See the program's fee schedule bulletin for the rate in effect.")]
    mono_ra(out, name, "fpdf2", "DejaVuMono", "DejaVuMono-Bold", False,
            ["COMMONWEALTH OF EASTMOOR MEDICAID - PROVIDER PAYMENT STATEMENT",
             "Payee: Riverstone Communication & OT Clinic  Payee ID 500377210",
             "Payment date 02/09/2026   EFT trace 9003317720   Cycle 2026-06"],
            {"cols": cols, "legend_title": "ADJUSTMENT AND REMARK CODES"},
            [("PROFESSIONAL CLAIMS", cdefs)], None, legend, "", "mdy4", 7.4, True,
            "state Medicaid provider payment statement with void and replacement")
    SPECS[name] = {"date": "mdy4", "money": "", "code": "sep", "units": True, "remarks": True, "adj": "dash"}


def _remit(out, name, producer, F, B, landscape, title, size, rule, style, kind):
    m = lambda d: money(d, "," if style == "era" else "")  # noqa: E731
    if style == "spr":
        cols = [("PERF PROV", 0, "l", 10), ("SERV DATE", 11, "l", 11), ("POS", 23, "l", 3), ("NOS", 27, "r", 3),
                ("PROC", 32, "l", 5), ("MODS", 38, "l", 6), ("BILLED", 45, "r", 9), ("ALLOWED", 55, "r", 9),
                ("DEDUCT", 65, "r", 8), ("COINS", 74, "r", 8), ("GRP/RC-AMT", 84, "l", 15), ("PROV PD", 100, "r", 9)]
    else:
        cols = [("Rend Prov", 0, "l", 10), ("DOS", 11, "l", 10), ("POS", 22, "l", 3), ("Units", 26, "r", 5),
                ("Proc", 33, "l", 5), ("Mods", 39, "l", 6), ("Billed", 46, "r", 9), ("Allowed", 56, "r", 9),
                ("Deduct", 66, "r", 8), ("Coins", 75, "r", 8), ("Adj Codes", 86, "l", 30),
                ("Prov Paid", 134, "r", 9)]
    pts = [("LINDQUIST, ABIGAIL", "7GH4TR2MK18", "BR10422", [(5, "97162" if False else "97161", 1, ("GP",)),
                                                            (5, "97110", 2, ("GP",)), (7, "97110", 2, ("GP",)),
                                                            (7, "97140", 1, ("GP", "59")), (9, "97112", 2, ("GP",)),
                                                            (12, "97110", 3, ("GP", "KX")), (14, "97116", 2, ("GP",))]),
           ("OKONJO, CHARLES", "3FV9XW1PN52", "BR10455", [(6, "97168", 1, ("GO",)), (6, "97535", 2, ("GO",)),
                                                        (13, "97530", 2, ("GO", "CO")), (20, "97530", 2, ("GO",))]),
           ("RASMUSSEN-VU, ELLA", "9KD2MM7QA30", "BR10467", [(8, "92507", 1, ("GN",)), (15, "92507", 1, ("GN",))])]
    cdefs = []
    icn = 2226015307110 if style == "spr" else 1126020418820
    for k, (nm, hic, acct, rows) in enumerate(pts):
        st = PlanState(ded_left=Decimal("40.00") if k == 0 else ZERO)
        svcs = [Svc(D(2026, 1, d), c, u, mo) for d, c, u, mo in rows]
        for s in svcs:
            medicare(s, st)
            s.remarks = ["N211"] if "KX" in s.mods else []
        icn += 40013
        cdefs.append((nm, hic, acct, str(icn), svcs, "1"))
    # reversal of a prior claim and its correction
    old = [Svc(D(2025, 12, 30), "97530", 2, ("GO",)), Svc(D(2025, 12, 30), "97110", 1, ("GO",))]
    st = PlanState()
    for s in old:
        medicare(s, st)
    rev = [negate(s) for s in old]
    corr = [Svc(D(2025, 12, 30), "97530", 3, ("GO",)), Svc(D(2025, 12, 30), "97110", 1, ("GO",))]
    st = PlanState()
    for s in corr:
        medicare(s, st)
    cdefs.append(("OKONJO, CHARLES", "3FV9XW1PN52", "BR10398", "2226003114552" if style == "spr" else "1126003391204",
                  rev, "22"))
    cdefs.append(("OKONJO, CHARLES", "3FV9XW1PN52", "BR10398", "2226015399008" if style == "spr" else "1126020488871",
                  corr, "1"))
    out_c = []
    for nm, hic, acct, I, svcs, status in cdefs:
        rws = []
        for s in svcs:
            adjt = [f"{g}-{c} {m(a)}" if style == "spr" else f"{g}{c} {m(a)}" for g, c, a in s.adjs]
            dt = (f"{s.dos:%m%d} {s.dos:%m%d%y}") if style == "spr" else dfmt(s.dos, "mdy4")
            vals = ["1528830117", dt, "11", units_str(s.units), s.code, " ".join(s.mods), m(s.billed), m(s.allowed),
                    m(s.deductible), m(s.coinsurance), adjt[0] if style == "spr" else "  ".join(adjt), m(s.paid)]
            extra = [(84, a) for a in adjt[1:]] if style == "spr" else []
            if s.remarks:
                extra.append((11, "REM: " + " ".join(s.remarks)) if style == "spr" else (11, "Remark: " + s.remarks[0]))
            rws.append((s, vals, extra))
        pt = total(svcs, "owes")
        if style == "spr":
            head = [f"NAME {nm:<20} HIC {hic}  ACNT {acct:<10} ICN {I}  ASG Y  MOA MA01",
                    f"CLAIM STATUS {status}"]
            tail = [f"PT RESP {m(pt):>9}  CLAIM TOTALS {m(total(svcs, 'billed')):>10}"
                    f" {m(total(svcs, 'allowed')):>9}   NET {m(total(svcs, 'paid')):>10}"]
        else:
            head = [f"Patient: {nm}    MBI: {hic}    Patient Acct #: {acct}    Payer Claim #: {I}",
                    f"Claim Status: {'Reversal of prior payment' if status == '22' else 'Processed as Primary'}"]
            tail = [f"Claim Billed {m(total(svcs, 'billed'))}   Allowed {m(total(svcs, 'allowed'))}   "
                    f"Pt Resp {m(pt)}   Claim Paid {m(total(svcs, 'paid'))}"]
        out_c.append({"head": head, "rows": rws, "tail": tail,
                      "truth": (lambda s, I=I, nm=nm, acct=acct: dict(
                          claim_id=acct, payer_claim_id=I, patient=nm,
                          printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                          adjustments=s.adjs, remarks=s.remarks)),
                      "claim": cl(acct, I, nm, svcs, ("billed", "allowed", "paid", "patient_owes"))})
    legend = [("CO-45", "Charge exceeds the fee schedule amount; contractual write-off."),
              ("CO-253", "Federal payment reduction (sequestration)."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("N211", "Therapy cap exception documented; no appeal needed.")]
    mono_ra(out, name, producer, F, B, landscape, title, {"cols": cols, "legend_title": "GLOSSARY: Group, Reason, MOA, Remark Codes"},
            [("", out_c)], None, legend, "", "", size, rule, kind)
    SPECS[name] = {"date": "spr" if style == "spr" else "mdy4", "money": "," if style == "era" else "", "code": "sep",
                   "units": True, "remarks": True, "adj": "dash" if style == "spr" else "glued",
                   "adj_row_first_only": style == "spr", "remarks_page": True, "pt_resp": True}


def lay_p1(out: Path):
    _remit(out, "h123_p1_spr_clearinghouse", "fpdf2", "LibMono", "LibMono-Bold", True,
           ["MEDICARE PART B - STANDARD PAPER REMITTANCE (REPRINTED BY RELAYPOINT CLEARINGHOUSE)",
            "PROVIDER #: 0441882   PAYEE: GREYSTONE REHAB PARTNERS   CHECK/EFT #: 551002194   DATE: 02/05/2026"],
           7.0, False, "spr", "Medicare paper remit reprinted by a clearinghouse, landscape Liberation Mono")


def lay_p2(out: Path):
    _remit(out, "h123_p2_pm_era_report", "reportlab", "LibNarrow", "LibNarrow-Bold", True,
           ["TherapyDesk PM  -  ERA Payment Detail Report", "Payer: Midlands Medicare Administrative Contractor    "
            "Check/EFT 8800412739  Paid 02/05/2026    Practice: Greystone Rehab Partners"],
           8.0, True, "era", "Medicare remit printed by a practice-management system, landscape")


def _statement(out, name, producer, F, B, landscape, hospital: bool):
    cv = Canvas(out / f"{name}.pdf", producer, landscape=landscape)
    m = lambda d: money(d, ",", "()")  # noqa: E731
    lines, claims = [], []
    W = cv.W
    if not hospital:
        guar = "Nadia K. Forsberg-Ames"
        st = PlanState(ded_left=Decimal("45.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
        visits = [("V-30418", "Felix Forsberg-Ames", "Brightmoor Mutual", "BM26-0113-77104", D(2026, 1, 6),
                   [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97535", 1, ("GO",))]),
                  ("V-30452", "Felix Forsberg-Ames", "Brightmoor Mutual", "BM26-0120-77988", D(2026, 1, 13),
                   [("97530", 3, ("GO",)), ("97140", 1, ("GO", "59"))]),
                  ("V-30467", "Ingrid Forsberg-Ames", "Brightmoor Mutual", "BM26-0121-78122", D(2026, 1, 14),
                   [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]),
                  ("V-30501", "Felix Forsberg-Ames", "Brightmoor Mutual", "BM26-0127-80415", D(2026, 1, 20),
                   [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("0552T", 1, ())]),
                  ("V-30533", "Ingrid Forsberg-Ames", "Brightmoor Mutual", "BM26-0128-80761", D(2026, 1, 21),
                   [("92507", 1, ("GN",))]),
                  ("V-30540", "Nadia K. Forsberg-Ames", "Brightmoor Mutual", "BM26-0129-81230", D(2026, 1, 22),
                   [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
                  ("V-30588", "Felix Forsberg-Ames", "Brightmoor Mutual", "BM26-0203-84016", D(2026, 1, 27),
                   [("97530", 2, ("GO",)), ("97535", 2, ("GO",))])]
    else:
        guar = "Theodore P. Quennell"
        st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.66"))
        visits = [("40088123", "Quennell, Marisol", "Keystone Blue Choice", "KBC0126-448170", D(2026, 1, 5),
                   [("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97530", 3, ("GO",)), ("97535", 2, ("GO",)),
                    ("97530", 2, ("GO",)), ("97112", 2, ("GO",)), ("97530", 3, ("GO",)), ("97140", 1, ("GO", "59")),
                    ("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97530", 2, ("GO",)), ("97168", 1, ("GO",)),
                    ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))]),
                  ("40091877", "Quennell, Jasper", "Keystone Blue Choice", "KBC0126-452203", D(2026, 1, 12),
                   [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
                  ("40093410", "Quennell, Theodore P", "Keystone Blue Choice", "KBC0126-455891", D(2026, 1, 21),
                   [("99213", 1, ("25",)), ("97163", 1, ("GP",)), ("97110", 2, ("GP",))])]
        visits = [visits[1], visits[2], visits[0]]
    revs = {"92": "0440", "97": "0430", "L3": "0274", "99": "0510"}

    def frame():
        if hospital:
            cv.text(40, 40, "LAKESHORE REGIONAL MEDICAL CENTER", B, 14)
            cv.text(40, 54, "Patient Financial Services  -  2150 Harbor Crest Blvd", F, 8)
            cv.text(W - 40, 40, "GUARANTOR STATEMENT", B, 11, "r")
            cv.text(W - 40, 54, f"Guarantor: {guar}   Guarantor No. G-7714920", F, 8, "r")
            cv.text(W - 40, 65, "Statement date 02/10/2026", F, 8, "r")
            cv.hline(40, W - 40, 72, 1.0)
            cv.text(40, cv.H - 24, f"Please make checks payable to Lakeshore Regional Medical Center.      Page {cv.pages}", F, 7.5)
        else:
            cv.text(40, 40, "Kestrel Kids & Family Therapy", B, 15)
            cv.text(40, 54, "OT  |  Speech  |  Physical Therapy   -   77 Mill Race Lane, Suite 4, Aubrey Falls, VT 05032",
                    F, 7.5)
            cv.text(W - 40, 40, "FAMILY STATEMENT", B, 11, "r")
            cv.text(W - 40, 54, f"Responsible party: {guar}", F, 8, "r")
            cv.text(W - 40, 65, "Family account 11-20874   Statement 02/12/26", F, 8, "r")
            cv.hline(40, W - 40, 72, 0.8)
            cv.text(W / 2, cv.H - 24, f"Billing questions: 802-555-0139 or billing@kestrelkids.example   page {cv.pages}",
                    F, 7.5, "c")

    if hospital:
        cols = [("Date", 40, "l"), ("Rev", 98, "l"), ("HCPCS", 126, "l"), ("Mod", 160, "l"), ("Description", 198, "l"),
                ("Qty", 440, "r"), ("Charges", 500, "r"), ("", 572, "r")]
        size = 8
    else:
        cols = [("Date", 40, "l"), ("Patient", 84, "l"), ("Service", 176, "l"), ("CPT", 330, "l"), ("Units", 392, "r"),
                ("Charges", 444, "r"), ("Insurance\nPaid", 494, "r"), ("Insurance\nAdjustment", 546, "r"),
                ("Your\nBalance", 576, "r")]
        size = 7.5
    tb = Table(cv, cols, F, size, B, 12)
    frame()
    y = 92
    if not hospital:
        cv.rect(372, 84, 200, 50, 0.8)
        cv.text(380, 98, "AMOUNT DUE NOW", B, 9)
        cv.text(380, 112, "Please return the bottom part with", F, 8)
        cv.text(380, 123, "your payment or pay at the front desk.", F, 8)
        cv.text(40, 98, guar, F, 9)
        cv.text(40, 110, "212 Quarry Hill Road", F, 9)
        cv.text(40, 122, "Aubrey Falls, VT 05032", F, 9)
        y = 156
        y = tb.header(y, True, 40, W - 40)
    if hospital:
        cv.text(40, 92, guar.upper(), F, 9)
        cv.text(40, 104, "1180 TAMARACK CT", F, 9)
        cv.text(40, 116, "PORT ELLERY MI 49407-2231", F, 9)
        cv.rect(330, 84, W - 370, 96, 0.8)
        cv.text(338, 98, "ACCOUNTS ON THIS STATEMENT", B, 8.5)
        for i, v in enumerate(visits):
            cv.text(338, 112 + i * 11, f"{v[0]}   {v[1]}   from {dfmt(v[4], 'mdy4')}", F, 8)
        cv.text(338, 170, "Financial assistance: ask us or call 269-555-0177.", F, 7.5)
        y = 204
    due = ZERO
    for vno, patient, ins, pcid, d0, items in visits:
        svcs = []
        for i, (c, u, mo) in enumerate(items):
            dd = d0 if not hospital else D(d0.year, d0.month, d0.day + (i // 2) * (2 if len(items) > 6 else 0))
            s = Svc(dd, c, u, mo)
            if c == "0552T":
                s.denied = "PR"
            commercial(s, st)
            svcs.append(s)
        if hospital:
            if y > 640:
                cv.new_page(); frame(); y = 92
            cv.rect(40, y - 10, W - 80, 26, 0.5, 0.9)
            cv.text(46, y, f"Account {vno}    Patient: {patient}    Outpatient Rehabilitation", B, 8.5)
            cv.text(46, y + 11, f"Primary insurance: {ins}    Insurance claim no. {pcid}    Billed 01/30/2026", F, 8)
            y = tb.header(y + 32, True, 40, W - 40)
            for s in svcs:
                if y > cv.H - 60:
                    cv.new_page(); frame(); y = 92
                    cv.text(40, y, f"Account {vno} - {patient} (continued)", B, 8.5)
                    y = tb.header(y + 16, True, 40, W - 40)
                desc = s.desc
                tb.row(y, [dfmt(s.dos, "mdy4"), revs[s.code[:2]], s.code, " ".join(s.mods), "", units_str(s.units),
                           m(s.billed), ""])
                parts = wrap(cv, desc.upper(), F, size, 200)
                for j, p in enumerate(parts):
                    cv.text(198, y + j * 10, p, F, size)
                lines.append(truth_line(cv.pages, s, claim_id=vno, payer_claim_id=pcid, patient=patient,
                                        printed=("billed",)))
                y += 10 * len(parts) + 3
            ip, ia, ow = total(svcs, "paid"), total(svcs, "discount"), total(svcs, "owes")
            y += 4
            for lab, v in [("Total charges", total(svcs, "billed")), (f"Payment - {ins}", -ip),
                           ("Contractual adjustment", -ia), ("Account balance", ow)]:
                cv.text(300, y, lab, B if lab.startswith(("Total", "Account")) else F, 8)
                cv.text(500, y, m(v), B if lab.startswith(("Total", "Account")) else F, 8, "r")
                y += 11
            due += ow
            claims.append(cl(vno, pcid, patient, svcs, ("billed",)))
            y += 16
        else:
            if y > cv.H - 110:
                cv.new_page(); frame(); y = tb.header(92, True, 40, W - 40)
            cv.text(40, y, f"Visit {vno}  -  filed with {ins} on {dfmt(d0 + (D(2026, 2, 1) - D(2026, 1, 28)), 'mdy2')}, "
                           f"claim # {pcid}", B, 7.5)
            y += 12
            for s in svcs:
                tb.row(y, [dfmt(s.dos, "mdy2"), patient.split()[0] + " " + patient.split()[-1][0] + ".", s.desc,
                           s.code + " " + " ".join(s.mods), units_str(s.units), m(s.billed), m(s.paid),
                           m(s.discount), m(s.owes)])
                lines.append(truth_line(cv.pages, s, claim_id=vno, payer_claim_id=pcid,
                                        patient=patient.split()[0] + " " + patient.split()[-1][0] + ".",
                                        printed=("billed", "paid", "discount", "patient_owes")))
                y += 11
            due += total(svcs, "owes")
            claims.append(cl(vno, pcid, lines[-1]["patient"], svcs, ("patient_owes",)))
            cv.text(576, y, "Visit balance " + m(total(svcs, "owes")), B, 7.5, "r")
            y += 14
            if vno == "V-30501":
                cv.text(40, y, "01/24/26", F, 7.5)
                cv.text(176, y, "Payment received - thank you (check 4471)", F, 7.5)
                cv.text(576, y, m(Decimal("-40.00")), F, 7.5, "r")
                due -= Decimal("40.00")
                y += 16
    if hospital:
        if y > cv.H - 90:
            cv.new_page(); frame(); y = 92
        cv.rect(300, y, W - 340, 30, 1.0)
        cv.text(308, y + 18, "Amount due from guarantor", B, 9)
        cv.text(W - 48, y + 18, m(due), B, 9, "r")
        desc = "hospital outpatient guarantor statement, itemized charges by account"
    else:
        cv.hline(300, W - 40, y, 0.6)
        cv.text(300, y + 12, "Amount due now", B, 9)
        cv.text(576, y + 12, m(due), B, 9, "r")
        cv.text(40, y + 30, "Balances are shown after your insurer processed each visit. Insurance adjustment is the "
                            "discount your clinic gives under its contract.", F, 7)
        desc = "therapy clinic family statement with insurance activity"
    pages = cv.save()
    SPECS[name] = {"date": "mdy4" if hospital else "mdy2", "money": ",", "neg": "()", "code": "sep", "units": True,
                   "remarks": False}
    write_truth(out / f"{name}.pdf", name, producer, pages, desc, lines, claims, [])


def lay_s1(out: Path):
    _statement(out, "h123_s1_clinic_family_statement", "reportlab", "DejaVuSans", "DejaVuSans-Bold", False, False)


def lay_s2(out: Path):
    _statement(out, "h123_s2_hospital_guarantor_statement", "fpdf2", "DejaVuSerif", "DejaVuSerif-Bold", False, True)


LAYOUTS = [lay_c1, lay_c2, lay_m1, lay_m2, lay_d1, lay_d2, lay_p1, lay_p2, lay_s1, lay_s2]


# ============================================================================================ check
def _tok_re(tok: str) -> re.Pattern:
    return re.compile(r"(?<![\w.$(-])" + re.escape(tok) + r"(?![\w.])")


def row_tokens(spec: dict, ln: dict) -> tuple[list[str], list[str]]:
    """Tokens that must sit on the service's own text row, and tokens that must be on its page."""
    row, page = [], []
    d = date.fromisoformat(ln["service_date"])
    row.append(f"{d:%m%d} {d:%m%d%y}" if spec["date"] == "spr" else dfmt(d, spec["date"]))
    code, mods = ln["code"], ln["modifiers"]
    if spec["code"] == "paren":
        row.append(f"({code})")
    elif spec["code"] == "dash":
        row.append("(" + "-".join([code] + mods) + ")")
    else:
        row += [code] + mods
    if ln["units"] is not None:
        row.append(ln["units"])
    for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount"):
        if ln[k] is not None:
            row.append(money(Decimal(ln[k]), spec["money"], spec.get("neg", "-")))
    for i, (g, c, a) in enumerate(ln["adjustments"]):
        t = (f"{g}-{c} " if spec.get("adj") == "dash" else f"{g}{c} ") + money(Decimal(a), spec["money"])
        (page if spec.get("adj_row_first_only") and i else row).append(t)
    for r in ln["remarks"]:
        (page if spec.get("remarks_page") else row).append(r)
    return row, page


def check(out: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    nlines = npages = 0
    for name, spec in SPECS.items():
        pdf = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as doc:
            texts = [p.extract_text() or "" for p in doc.pages]
            if len(doc.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(doc.pages)} != truth {t['pages']}")
        alltext = "\n".join(texts)
        nlines += len(t["lines"])
        npages += t["pages"]
        used: set = set()
        for i, ln in enumerate(t["lines"]):
            row, pg = row_tokens(spec, ln)
            ptxt = texts[ln["page"] - 1]
            cands = [j for j, L in enumerate(ptxt.splitlines())
                     if all(_tok_re(x).search(L) for x in row) and (ln["page"], j) not in used]
            if not cands:
                errs.append(f"{name} line {i}: no row on page {ln['page']} carries {row}")
            else:
                used.add((ln["page"], cands[0]))
            for x in pg:
                if not _tok_re(x).search(ptxt):
                    errs.append(f"{name} line {i}: {x!r} not on page {ln['page']}")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] is not None and ln[key] not in alltext:
                    errs.append(f"{name} line {i}: {key} {ln[key]!r} not in the text layer")
            A = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            if ln["adjustments"] and A["paid"] is not None:
                if A["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != A["paid"]:
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if A["discount"] is not None and A["not_covered"] is not None and A["allowed"] is not None:
                if A["billed"] - A["discount"] - A["not_covered"] != A["allowed"]:
                    errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
            if A["copay"] is not None and A["deductible"] is not None and A["coinsurance"] is not None:
                if A["allowed"] - A["deductible"] - A["copay"] - A["coinsurance"] != A["paid"]:
                    errs.append(f"{name} line {i}: allowed - cost share != paid")
                if A["deductible"] + A["copay"] + A["coinsurance"] + A["not_covered"] != A["patient_owes"]:
                    errs.append(f"{name} line {i}: cost share != you owe")
            if A["discount"] is not None and A["not_covered"] is None and A["patient_owes"] is not None:
                if A["billed"] - A["discount"] - A["paid"] != A["patient_owes"]:
                    errs.append(f"{name} line {i}: charges - ins paid - adjustment != balance")
            if A["allowed"] is not None and A["paid"] is not None and A["patient_owes"] is not None and \
                    A["deductible"] is None and not spec.get("seq") and A["paid"] + A["patient_owes"] != A["allowed"] and \
                    not (A["allowed"] == 0 and A["patient_owes"] == A["billed"]):
                errs.append(f"{name} line {i}: plan share + your share != approved")
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"],
                                                                                        c["payer_claim_id"])]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if k == "patient_owes" and spec.get("pt_resp"):
                    if sum(Decimal(ln["deductible"]) + Decimal(ln["coinsurance"]) for ln in mine) != Decimal(v):
                        errs.append(f"{name}: claim {c['payer_claim_id']} PT RESP != deductible + coinsurance")
                elif any(ln[k] is None for ln in mine):
                    errs.append(f"{name}: claim total {k} printed but lines do not carry it")
                    continue
                elif sum(Decimal(ln[k]) for ln in mine) != Decimal(v):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} lines do not add to {v}")
                tok = money(Decimal(v), spec["money"], spec.get("neg", "-"))
                if not _tok_re(tok).search(alltext):
                    errs.append(f"{name}: claim total {k} {tok} not printed")
        for k, v in t["legend"]:
            if v.split()[0] not in alltext:
                errs.append(f"{name}: legend {k} not printed")
        pages_with = {ln["page"] for ln in t["lines"]}
        print(f"  {name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims,"
              f" service pages {sorted(pages_with)}, claims over a page break: "
              f"{sum(1 for c in t['claims'] if len({ln['page'] for ln in t['lines'] if ln['payer_claim_id'] == c['payer_claim_id'] and ln['claim_id'] == c['claim_id']}) > 1)}")
    print(f"  total: {len(SPECS)} files, {nlines} lines, {npages} pages")
    return errs


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout123_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    build(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if a.check:
        errs = check(out)
        import hashlib
        with tempfile.TemporaryDirectory() as td:
            build(Path(td))
            for p in sorted(out.glob("h123_*")):
                if hashlib.sha256(p.read_bytes()).digest() != hashlib.sha256((Path(td) / p.name).read_bytes()).digest():
                    errs.append(f"{p.name}: output is not deterministic")
        for e in errs:
            print("FAIL", e)
        print("check:", "FAILED" if errs else "OK")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
