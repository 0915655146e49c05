"""Write the 134th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, in house styles of their own.

Run:  python bench/heldout134/make_heldout134_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout134/make_heldout134_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person who got the service, not the subscriber or guarantor). Member EOBs and statements print no CARC
adjustments, so their adjustments are []; note / EOB / remark codes printed on a row are its remarks.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helper module:
bench/heldout134/pdfkit134.py (one drawing API over both producers, and the self-check).

Layouts (two of each: commercial member EOB, Medicare Summary Notice / Medicare Advantage EOB, state Medicaid
RA, Medicare-style paper remit from a clearinghouse / PM system, family statement):
  e1  commercial PPO member EOB "Explanation of Benefits - this is not a bill", portrait Liberation Serif:
      grey claim band "Claim for <name> (relation) / Claim no. / Provider / Your provider's acct", columns
      "Date / What you received / Code / Billed / Plan discount / Allowed / Deductible / Copay / Coinsurance /
      Plan paid / You owe / Note", code "97530 GO", no quantity, descriptions wrapped to a second text line,
      3 family members, a 36-row claim continues on
      page 2 under "(continued)" and the repeated column header, a not-covered line, notes legend (reportlab)
  e2  commercial HMO "Member Claim Statement", landscape DejaVu Sans Condensed: subscriber box, per-claim ruled
      tables with "Svc Date (01/05/26) / Proc / Mods 'GP,59' / Units / Charges / Not Payable / Amount Saved /
      Covered / Deductible / Copay / Coins / Paid to Provider / Member Owes / Reason", four family members,
      visit copay, a visit-limit denial, PLANTED claim-total mismatch on Member Owes (fpdf2)
  n1  Medicare Summary Notice (Part B), portrait DejaVu Sans: page-1 summary, claims with "Claim number" and
      provider, "Service Provided & Billing Code" as "wording (97110-GP)", "Service Approved? / Amount Provider
      Charged / Medicare-Approved Amount / Medicare Paid / Maximum You May Be Billed / See Notes", no units, a
      claim continued on page 2 without a repeated header, notes A-D (reportlab)
  n2  Medicare Advantage HMO member EOB, portrait Liberation Sans: per-claim "Claim ID / Provider's account #",
      "Date of service / Service (code) / Qty / Provider charged / Plan approved / Plan paid / Your share /
      Note", "Jan 5, 2026" dates, $20 visit copay, 99213 and G0283 lines, a not-covered line (fpdf2)
  d1  state Medicaid remittance advice, landscape core Courier, all capitals: page banner, "CLAIMS PAID /
      CLAIMS DENIED / ADJUSTMENTS" sections, "RECIP NAME LAST, FIRST / RECIP ID / ICN / PAT ACCT" rows, "LN SVC-FROM
      SVC-TO PROC MD1 MD2 UNITS BILLED ALLOWED PAID RSN ADJ-AMT EOB", MMDDYY dates, units "4.00", a void with
      trailing minus and its replacement, header repeated, claim across the page break (fpdf2)
  d2  Medicaid managed-care "Provider Remittance Statement", portrait DejaVu Sans Mono, boxed claims:
      "Member / Member ID / Claim / Pat Acct", "Svc Date / Procedure / Mod / Qty / Billed / Allowed / Paid /
      CARC / Adj Amt / RARC", "CO-45", qty "1.0", denied claim, zero-paid line, claim continued on page 2 (reportlab)
  p1  clearinghouse-printed Medicare-style standard paper remit, landscape core Courier: "NAME / MID / ACNT /
      ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
      "0105 010526", every adjustment on the row, PT RESP / CLAIM TOTALS, claim across the page break with
      banner and header repeated (reportlab)
  p2  practice-management "Payment Posting Detail" of a commercial ERA, portrait DejaVu Serif: claim heading
      "Patient / Acct # / Payer Claim # / Status", "DOS / CPT / Mods / Units / Charge / Allowed / Deduct /
      Coins / Copay / Adjustments (grp-rsn amt) / Paid", "1/5/2026", a denied line (fpdf2)
  s1  pediatric therapy clinic family statement to the guarantor, portrait Helvetica: visit headings with
      insurer claim number, "Date / Patient / Description / Code / Units / Charges / Ins Paid / Ins Adj /
      Balance", three children, page 2 continuation, aging boxes (reportlab)
  s2  hospital outpatient-rehab family statement, portrait Liberation Sans Narrow: two accounts (two family
      members) with account and insurer claim numbers, "Date / Rev / Description / HCPCS / Mod / Qty /
      Charges / Insurance Paid / Adjustments / Your Balance", wrapped descriptions, multi-page (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line the strings the
layout printed for it (date, code, mods, units, amounts) sit on ONE extracted text row of its page (pdfplumber
words clustered by baseline), and every non-null truth amount, code, modifier, units value, remark and
adjustment is on that row; ids and patients are in the document text; billed - adjustments = paid where
adjustments are printed; billed - discount - not covered - deductible - copay - coinsurance = paid where all
are printed; claim totals equal the sum of their lines except the planted, declared mismatch.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pdfkit134 import REPO, Doc, check_file  # noqa: E402

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
    total,
    units_str,
    write_truth,
)


def D(day: int, month: int = 1) -> date:
    return date(2026, month, day)


def S(day, code, units, mods=(), denied=None, month=1) -> Svc:
    return Svc(D(day, month), code, units, tuple(mods), denied=denied)


def m(x, style=",", neg="-") -> str:
    return money(x, style, neg)


def cut(text: str, n: int) -> str:
    """The wording as a narrow column prints it: whole words up to n characters."""
    if len(text) <= n:
        return text
    return text[:n + 1].rsplit(" ", 1)[0].rstrip(",")


def claim(cid, pcid, pat, svcs, **tot) -> dict:
    return {"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)}


# =============================================================================================== e1
def e1():
    d = Doc("reportlab", "LiberationSerif")
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Ines Valderrama-Pike (self)", "Ines Valderrama-Pike", "LM2601140083", "Crescent Bay Hand & Upper Limb Clinic",
         "CBH-310558", [S(6, "97165", 1, ["GO"]), S(6, "97760", 2, ["GO"]), S(6, "L3807", 1, ["RT"])]),
        ("Tobias Valderrama-Pike (son)", "Tobias Valderrama-Pike", "LM2601220417", "Sproutwell Pediatric Therapy",
         "SPW-00091772", [S(dd, c, u, mo) for dd in (5, 6, 8, 9, 12, 13, 15, 19, 22, 26, 29, 30) for c, u, mo in
                          (("97530", 2, ["GO"]), ("97112", 1, ["GO", "59"]), ("97535", 1, ["GO"]))]),
        ("Marguerite Valderrama-Pike (daughter)", "Marguerite Valderrama-Pike", "LM2601270902",
         "Sproutwell Pediatric Therapy", "SPW-00091805",
         [S(21, "92523", 1, ["GN"]), S(21, "92507", 1, ["GN"]), S(26, "92507", 1, ["GN"]),
          S(26, "0552T", 1, [], denied="PR")]),
    ]
    fam = [fam[0], fam[2], fam[1]]
    for *_, svcs in fam:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["N4"]
            elif s.deductible:
                s.remarks = ["D1"]
    cols = [(36, "l"), (76, "l"), (186, "l"), (262, "r"), (300, "r"), (338, "r"), (374, "r"), (410, "r"),
            (442, "r"), (482, "r"), (518, "r"), (552, "r"), (558, "l")]
    head = ["Date", "What you received", "Code", "Billed", "Plan", "Not", "Allowed", "Deduct-", "Copay", "Co-",
            "Plan", "You owe", "Note"]
    head2 = ["", "", "", "", "discount", "covered", "", "ible", "", "insurance", "paid", "", ""]

    def page_top(first):
        d.new_page()
        d.text(36, 44, "LARKSPUR MUTUAL HEALTH PLAN", 15, True)
        d.text(36, 58, "PPO Choice 2500  |  P.O. Box 4417, Fennimore, WI 53809  |  1-800-555-0148", 8)
        d.text(576, 44, "Explanation of Benefits", 12, True, "r")
        d.text(576, 58, "THIS IS NOT A BILL", 9, True, "r")
        d.line(36, 66, 576, 66, 1.2)
        if first:
            d.text(36, 84, "Ines Valderrama-Pike", 9)
            d.text(36, 95, "2290 Quarry Hollow Rd", 9)
            d.text(36, 106, "Fennimore, WI 53809", 9)
            d.text(360, 84, "Statement date: February 2, 2026", 8.5)
            d.text(360, 95, "Subscriber: Ines Valderrama-Pike", 8.5)
            d.text(360, 106, "Member ID: LMH-884120577", 8.5)
            d.text(360, 117, "Group: 0044719 Halvorsen Cooperage", 8.5)
            d.rect(36, 126, 540, 38)
            d.text(44, 140, "Here is how your plan handled claims for your family this period. Amounts under", 8.5)
            d.text(44, 152, "\"You owe\" may be billed to you by the provider. Keep this notice for your records.", 8.5)
            return 184
        d.text(36, 82, "Ines Valderrama-Pike  |  Member ID: LMH-884120577  |  Statement date: February 2, 2026", 8)
        return 100

    def colhead(y):
        d.line(36, y - 9, 576, y - 9, 0.4)
        d.row(y, cols, head, 7.5, True)
        d.row(y + 9, cols, head2, 7.5, True)
        d.line(36, y + 13, 576, y + 13, 0.4)
        return y + 25

    y = page_top(True)
    claims = []
    for label, pat, pcid, prov, acct, svcs in fam:
        d.rect(36, y - 10, 540, 26, fill=0.88)
        d.text(40, y, f"Claim for {label}", 8.5, True)
        d.text(330, y, f"Claim no. {pcid}", 8.5)
        d.text(40, y + 11, f"Provider: {prov}", 8)
        d.text(330, y + 11, f"Your provider's acct: {acct}", 8)
        y = colhead(y + 32)
        for s in svcs:
            if y > 722:
                d.text(36, 760, "Continued on next page", 8)
                y = page_top(False)
                d.text(36, y, f"Claim for {label}  -  Claim no. {pcid} (continued)", 8.5, True)
                y = colhead(y + 18)
            code = " ".join((s.code,) + s.mods)
            first = cut(s.desc, 22)
            rest = s.desc[len(first):].lstrip(", ")
            vals = [dfmt(s.dos, "mdy2"), first, code, m(s.billed), m(s.discount), m(s.not_covered),
                    m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes),
                    " ".join(s.remarks)]
            d.row(y, cols, vals, 7.2)
            d.rec(s, [vals[0], code, vals[3], vals[10]], claim_id=acct, payer_claim_id=pcid, patient=pat,
                  printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), units=False, remarks=s.remarks,
                  overrides={"description": s.desc})
            if rest:
                y += 9
                d.text(76, y, rest, 7.2)
            y += 12
        d.line(260, y - 8, 576, y - 8, 0.4)
        tv = ["", "Claim total", "", m(total(svcs, "billed")), m(total(svcs, "discount")),
              m(total(svcs, "not_covered")), m(total(svcs, "allowed")), m(total(svcs, "deductible")), m(total(svcs, "copay")),
              m(total(svcs, "coinsurance")), m(total(svcs, "paid")), m(total(svcs, "owes")), ""]
        d.row(y, cols, tv, 7.2, True)
        claims.append(claim(acct, pcid, pat, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid"), patient_owes=total(svcs, "owes")))
        y += 30
    legend = [("D1", "Part of this amount counted toward your yearly deductible."),
              ("N4", "Your plan does not cover this service; the provider may bill you for it.")]
    d.text(36, y, "Notes", 9, True)
    for i, (k, v) in enumerate(legend):
        d.text(36, y + 12 + 11 * i, f"{k}  {v}", 8)
    d.text(36, 770, "Questions? Call Member Services at 1-800-555-0148 (TTY 711), Monday-Friday 7 a.m.-7 p.m.", 7)
    return d, claims, legend, [], "commercial PPO member EOB, family of three, claim continued on page 2"


# =============================================================================================== e2
def e2():
    d = Doc("fpdf2", "DejaVuSansCondensed", landscape=True)
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    fam = [
        ("Rashid Okafor-Lindqvist", "Spouse", "THA-26-0107-33814", "OKL-44120", "Meadowgate Physical Therapy",
         [S(7, "97161", 1, ["GP"]), S(7, "97110", 2, ["GP"]), S(7, "97140", 1, ["GP", "59"])]),
        ("Yusra Okafor-Lindqvist", "Daughter", "THA-26-0113-40291", "OKL-44167", "Meadowgate Physical Therapy",
         [S(13, "97530", 3, ["GO"]), S(13, "97535", 1, ["GO"]), S(20, "97530", 3, ["GO"]),
          S(20, "97112", 1, ["GO", "59"])]),
        ("Kofi Okafor-Lindqvist", "Son", "THA-26-0122-52077", "OKL-44188", "Talkabout Speech Studio",
         [S(22, "92507", 1, ["GN"]), S(29, "92507", 1, ["GN"]), S(29, "97129", 1, ["GN"], denied="CO")]),
        ("Amara Okafor-Lindqvist", "Self", "THA-26-0128-61102", "OKL-44201", "Northfield Family Medicine",
         [S(28, "99213", 1, []), S(28, "G0283", 1, [])]),
    ]
    for *_, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="119")
            s.remarks = ["V12"] if s.denied else (["C25"] if s.copay else [])
    cols = [(24, "l"), (74, "l"), (108, "l"), (150, "r"), (196, "r"), (246, "r"), (294, "r"), (342, "r"),
            (390, "r"), (430, "r"), (470, "r"), (510, "r"), (570, "r"), (624, "r"), (636, "l")]
    head = ["Svc Date", "Proc", "Mods", "Units", "Charges", "Not Payable", "Amount Saved", "Covered",
            "Deductible", "Copay", "Coins", "Paid to Prov.", "Member Owes", "Reason"]
    cols = cols[:14]

    def top():
        d.new_page()
        d.rect(0, 0, 792, 40, fill=0.85, lw=0)
        d.text(24, 26, "Tamarack Health Alliance", 16, True)
        d.text(768, 18, "MEMBER CLAIM STATEMENT", 11, True, "r")
        d.text(768, 32, f"Page {d.page} of {{nb}}", 8, False, "r")
        return 58

    y = top()
    d.rect(24, y, 360, 52)
    d.text(30, y + 13, "Subscriber: Amara Okafor-Lindqvist", 8.5, True)
    d.text(30, y + 25, "Member ID: THX 5520 1934 00", 8)
    d.text(30, y + 37, "Plan: Tamarack Select HMO - Employer Group 77-2019", 8)
    d.rect(400, y, 368, 52)
    d.text(406, y + 13, "Statement period: 01/01/26 - 01/31/26", 8)
    d.text(406, y + 25, "This statement explains claims we processed for you and your covered family members.", 7.5)
    d.text(406, y + 37, "It is not a bill. Pay only the Member Owes amount, after your provider bills you.", 7.5)
    y += 76
    claims = []
    planted = []
    for pat, rel, pcid, acct, prov, svcs in fam:
        if y + 40 + 13 * len(svcs) > 560:
            d.text(24, 590, "Tamarack Health Alliance  -  continued", 7)
            y = top()
        d.text(24, y, f"{pat} ({rel})", 9.5, True)
        d.text(250, y, f"Claim # {pcid}", 8.5)
        d.text(420, y, f"Provider: {prov}", 8.5)
        d.text(640, y, f"Patient Acct: {acct}", 8.5)
        y += 6
        d.rect(24, y, 744, 14, fill=0.93)
        d.row(y + 10, cols, head, 7, True)
        d.text(640, y + 10, "Reason", 7, True)
        y += 25
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units), m(s.billed),
                    m(s.not_covered), m(s.discount), m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance),
                    m(s.paid), m(s.owes)]
            d.row(y, cols, vals, 7.5)
            d.text(640, y, " ".join(s.remarks), 7.5)
            d.line(24, y + 4, 768, y + 4, 0.2)
            d.rec(s, [vals[0], vals[1], vals[4], vals[11]], claim_id=acct, payer_claim_id=pcid, patient=pat,
                  printed=("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), remarks=s.remarks, description=False)
            y += 13
        owes = total(svcs, "owes")
        if pcid == "THA-26-0113-40291":
            owes_p = owes + Decimal("10.00")
            planted.append(f"claim-total-mismatch claim {pcid}: printed Member Owes total {m(owes_p)} but the "
                           f"lines add up to {m(owes)}")
        else:
            owes_p = owes
        tv = ["Totals", "", "", "", m(total(svcs, "billed")), m(total(svcs, "not_covered")),
              m(total(svcs, "discount")), m(total(svcs, "allowed")), m(total(svcs, "deductible")),
              m(total(svcs, "copay")), m(total(svcs, "coinsurance")), m(total(svcs, "paid")), m(owes_p)]
        d.row(y, cols, tv, 7.5, True)
        claims.append(claim(acct, pcid, pat, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid"), patient_owes=owes_p))
        y += 28
    legend = [("C25", "Your $25 office visit copay was applied to this visit."),
              ("V12", "Visit limit for this therapy reached; provider may not bill you.")]
    d.text(24, y, "Reason codes", 8.5, True)
    for i, (k, v) in enumerate(legend):
        d.text(24, y + 12 + 11 * i, f"{k}: {v}", 7.5)
    return d, claims, legend, planted, "commercial HMO member claim statement, four members, planted mismatch"


# =============================================================================================== n1
def n1():
    d = Doc("reportlab", "DejaVuSans")
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "HARRIET M. BALLANTYNE"
    cl = [
        ("Jan 6, 2026", "Ridgeline Outpatient Rehabilitation", "26-006-55120-4", "Dr. Pell Varga",
         [S(6, "97163", 1, ["GP"]), S(6, "97110", 2, ["GP", "KX"]), S(6, "97140", 1, ["GP"])]),
        ("Jan 8 - Jan 29, 2026", "Ridgeline Outpatient Rehabilitation", "26-030-71844-9", "Dr. Pell Varga",
         [S(dd, c, u, mo) for dd in (8, 9, 13, 15, 20, 22, 27, 28, 29) for c, u, mo in
          (("97110", 2, ["GP", "KX"]), ("97116", 1, ["GP", "KX"]), ("97140", 1, ["GP", "KX"]))]),
        ("Jan 16, 2026", "Orchard Lane Hand Therapy", "26-019-80311-2", "Dr. Sunniva Achebe",
         [S(16, "97760", 1, ["GO"]), S(16, "L3807", 1, ["LT"]), S(16, "0552T", 1, [], denied="PR")]),
    ]
    cl = [cl[0], cl[2], cl[1]]
    for *_, svcs in cl:
        for s in svcs:
            medicare(s, st, deny_reason="96")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["B"])
    cols = [(40, "l"), (262, "l"), (352, "r"), (422, "r"), (486, "r"), (546, "r"), (556, "l")]
    d.new_page()
    d.text(40, 50, "Medicare Summary Notice", 20, True)
    d.text(40, 68, "for Part B (Medical Insurance)", 11)
    d.text(40, 82, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5)
    d.text(40, 108, pat, 10, True)
    d.text(40, 121, "418 SALTBOX LANE", 9)
    d.text(40, 133, "GREENVALE, OR 97999", 9)
    d.rect(330, 96, 246, 56)
    d.text(338, 110, "Medicare Number: XXXXXXX7QK41", 8.5)
    d.text(338, 123, "Date of this notice: February 2, 2026", 8.5)
    d.text(338, 136, "Claims processed from Jan 1 - Jan 31, 2026", 8.5)
    tot_owe = sum(total(c[4], "owes") for c in cl)
    d.rect(40, 168, 250, 70, fill=0.93)
    d.text(48, 184, "Your Deductible Status", 10, True)
    d.text(48, 198, "Your deductible is what you must pay each year", 7.5)
    d.text(48, 209, "before Medicare pays. You have now met $120.00", 7.5)
    d.text(48, 220, "of your $257.00 Part B deductible for 2026.", 7.5)
    d.rect(326, 168, 250, 70, fill=0.93)
    d.text(334, 184, "Total You May Be Billed", 10, True)
    d.text(334, 206, money(tot_owe), 16, True)
    d.text(334, 224, "See page 2 for how this was calculated.", 7.5)
    d.text(40, 262, "Your Claims & Costs This Period", 13, True)
    d.line(40, 268, 576, 268, 1)
    y = 286
    claims = []
    for when, prov, pcid, ref, svcs in cl:
        if y > 640:
            d.text(40, 770, "Continued on next page", 8)
            d.new_page()
            d.text(40, 44, f"{pat}   Page {d.page} of {{nb}}", 8)
            y = 70
        d.text(40, y, f"{when}  {prov}", 9.5, True)
        d.text(40, y + 12, f"Claim number {pcid}   Referred by: {ref}   Provider accepts assignment", 7.5)
        y += 26
        d.line(40, y - 9, 576, y - 9, 0.5)
        d.row(y, cols, ["Service Provided & Billing Code", "Service", "Amount", "Medicare-", "Medicare",
                        "Maximum You", "See"], 7, True)
        d.row(y + 9, cols, ["", "Approved?", "Provider", "Approved", "Paid", "May Be", "Notes"], 7, True)
        d.row(y + 18, cols, ["", "", "Charged", "Amount", "", "Billed", ""], 7, True)
        d.line(40, y + 22, 576, y + 22, 0.5)
        y += 34
        for s in svcs:
            if y > 748:
                d.text(40, 770, "Continued on next page", 8)
                d.new_page()
                d.text(40, 44, f"{pat}   Page {d.page} of {{nb}}", 8)
                d.text(40, 64, f"{when}  {prov} (continued)", 9.5, True)
                y = 84
            code = "-".join((s.code,) + s.mods)
            desc = f"{cut(s.desc, 34)} ({code})"
            vals = [desc, "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.owes), " ".join(s.remarks)]
            if len(svcs) > 4:
                vals[0] = f"{dfmt(s.dos, 'mon')[:-6]}  {desc}"
            d.row(y, cols, vals, 7.5)
            d.rec(s, [vals[0].split("  ")[0] if len(svcs) > 4 else "", f"({code})", vals[2], vals[4]],
                  claim_id=None, payer_claim_id=pcid, patient=pat,
                  printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks,
                  overrides={"description": cut(s.desc, 34)})
            y += 13
        tv = ["Total for this claim", "", money(total(svcs, "billed")), money(total(svcs, "allowed")),
              money(total(svcs, "paid")), money(total(svcs, "owes")), ""]
        d.row(y, cols, tv, 7.5, True)
        claims.append(claim(None, pcid, pat, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid"), patient_owes=total(svcs, "owes")))
        y += 28
    d.new_page()
    d.text(40, 50, "Notes for Your Claims", 13, True)
    legend = [("A", "Part of the approved amount went toward your yearly Part B deductible."),
              ("B", "Medicare pays 80% of the approved amount after the deductible; you pay the other 20%."),
              ("C", "Medicare does not pay for this item. Because you signed a notice beforehand, you may be billed."),
              ("D", "A 2% federal payment reduction was taken from what Medicare paid the provider.")]
    for i, (k, v) in enumerate(legend):
        d.text(40, 72 + 14 * i, f"{k}  {v}", 8.5)
    d.text(40, 150, "How to handle disputes: you may ask for a redetermination within 120 days of this notice.", 8.5)
    return d, claims, legend, [], "Medicare Summary Notice Part B, 3 pages, claim continued without header"


# =============================================================================================== n2
def n2():
    d = Doc("fpdf2", "LiberationSans")
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.70"))
    pat = "Ignatius Ferreira-Lund"
    cl = [
        ("MA4471-26-00812", "ELM-883014", "Brookhollow Therapy Partners",
         [S(5, "97166", 1, ["GO"]), S(5, "97530", 2, ["GO"]), S(12, "97530", 3, ["GO"]), S(12, "97535", 1, ["GO"]),
          S(19, "97530", 2, ["GO", "CO"]), S(19, "97112", 1, ["GO", "CO"])]),
        ("MA4471-26-01377", "NFM-220415", "Kestrel Valley Primary Care",
         [S(14, "99213", 1, []), S(14, "G0283", 1, [], denied="PR")]),
        ("MA4471-26-01902", "ELM-883096", "Brookhollow Therapy Partners",
         [S(26, "97168", 1, ["GO"]), S(26, "97140", 2, ["GO", "59"])]),
    ]
    for *_, svcs in cl:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
    d.new_page()
    d.text(40, 48, "Cedarline Medicare Advantage (HMO)", 15, True)
    d.text(40, 62, "Explanation of Benefits  |  January 2026", 10)
    d.text(572, 48, "Not a bill", 10, True, "r")
    d.text(40, 88, pat, 9.5, True)
    d.text(40, 100, "77 Larchmere Court, Apt 4", 9)
    d.text(40, 112, "Sable Falls, MN 55999", 9)
    d.rect(330, 76, 242, 44)
    d.text(336, 89, "Member number: CML-00418827", 8.5)
    d.text(336, 101, "Plan: Cedarline Essential HMO (H9990-012)", 8.5)
    d.text(336, 113, "Questions? 1-888-555-0176 (TTY 711)", 8.5)
    d.rect(40, 132, 532, 44, fill=0.92)
    d.text(48, 146, "Your out-of-pocket this year: " + money(sum(total(c[3], "owes") for c in cl)) +
           " of your $4,900.00 maximum", 9)
    d.text(48, 160, "Medical care you got in January is listed below. Your share is what you may owe the provider.", 8)
    y = 200
    cols = [(40, "l"), (110, "l"), (296, "r"), (356, "r"), (414, "r"), (466, "r"), (522, "r"), (536, "l")]
    claims = []
    for pcid, acct, prov, svcs in cl:
        d.text(40, y, f"Claim ID {pcid}", 9, True)
        d.text(200, y, f"Provider: {prov}", 8.5)
        d.text(420, y, f"Provider's account # {acct}", 8)
        y += 8
        d.line(40, y, 572, y, 0.8)
        d.row(y + 10, cols, ["Date of service", "Service (code)", "Qty", "Provider", "Plan", "Plan paid",
                             "Your share", "Note"], 7.5, True)
        d.row(y + 19, cols, ["", "", "", "charged", "approved", "", "", ""], 7.5, True)
        d.line(40, y + 23, 572, y + 23, 0.4)
        y += 34
        for s in svcs:
            code = " ".join((s.code,) + s.mods)
            vals = [dfmt(s.dos, "mon"), f"{cut(s.desc, 30)} ({code})", units_str(s.units), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            d.row(y, cols, vals, 7.5)
            d.rec(s, [vals[0], f"({code})", vals[3], vals[5]], claim_id=acct, payer_claim_id=pcid, patient=pat,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                  overrides={"description": cut(s.desc, 30)})
            y += 12
        d.line(40, y - 8, 572, y - 8, 0.4)
        d.row(y, cols, ["Claim total", "", "", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                        money(total(svcs, "paid")), money(total(svcs, "owes")), ""], 7.5, True)
        claims.append(claim(acct, pcid, pat, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid"), patient_owes=total(svcs, "owes")))
        y += 30
    legend = [("1", "Your $20 copay for a specialist or therapy visit."),
              ("3", "Not covered by your plan. You agreed in writing to pay for it.")]
    d.text(40, y, "Notes", 9, True)
    for i, (k, v) in enumerate(legend):
        d.text(40, y + 12 + 11 * i, f"{k}  {v}", 8)
    d.text(40, 770, "Cedarline Health is an HMO plan with a Medicare contract. Enrollment depends on contract renewal.", 7)
    return d, claims, legend, [], "Medicare Advantage HMO member EOB, one page"


# =============================================================================================== d1
def d1():
    d = Doc("fpdf2", "Courier", landscape=True)
    pays = [
        ("PAID", "QUILLFEATHER, JUNO", "700418233", "2226012004471", "SWP00918",
         [S(dd, c, u, mo) for dd in (2, 5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30) for c, u, mo in
          (("97530", 3, ["GO"]), ("97110", 1, ["GO", "59"]))]),
        ("PAID", "ABERNATHY-CRUZ, LEON", "700522901", "2226012004488", "SWP00934",
         [S(dd, "92507", 1, ["GN"]) for dd in (5, 6, 8, 12, 13, 15, 19, 20, 22, 26, 27, 29)]),
        ("DENIED", "MOSSBERG, TALLULAH", "700611045", "2226012004502", "SWP00951",
         [S(8, "97167", 1, ["GO"], denied="CO"), S(8, "97535", 2, ["GO"], denied="CO")]),
    ]
    for st_, *_, svcs in pays:
        for s in svcs:
            medicaid(s, deny_reason="197")
            s.remarks = ["0412"] if s.denied else (["0001"] if s.discount else ["0002"])
    orig = [S(15, "97530", 2, ["GO"]), S(15, "97140", 1, ["GO"])]
    for s in orig:
        medicaid(s)
    void = [negate(s) for s in orig]
    for s in void:
        s.remarks = ["0790"]
    repl = [S(15, "97530", 3, ["GO"]), S(15, "97140", 2, ["GO"])]
    for s in repl:
        medicaid(s)
        s.remarks = ["0791"]
    pays.append(("ADJUSTMENTS", "QUILLFEATHER, JUNO", "700418233", "2226019005310", "SWP00899", void))
    pays.append(("ADJUSTMENTS", "QUILLFEATHER, JUNO", "700418233", "2226019005311", "SWP00899", repl))
    cols = [(30, "r"), (42, "l"), (96, "l"), (150, "l"), (196, "l"), (222, "l"), (280, "r"), (344, "r"),
            (408, "r"), (470, "r"), (486, "l"), (560, "r"), (580, "l")]

    def banner():
        d.new_page()
        d.text(30, 30, "STATE OF NORTH WINTERHAVEN  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", 9, True)
        d.text(30, 42, "PROVIDER REMITTANCE ADVICE", 9, True)
        d.text(560, 42, f"PAGE {d.page:3d} OF {{nb}}", 8.5)
        d.text(30, 56, "PAYEE: SILVERWOOD PEDIATRIC THERAPY LLC     PROVIDER NO: 0048821700    NPI: 1992000417", 8)
        d.text(30, 67, "RA NUMBER: 2601300044    PAYMENT DATE: 01/30/26    WARRANT/EFT NO: 0009917443", 8)
        d.line(30, 72, 762, 72)
        d.row(84, cols, ["LN", "SVC-FROM", "SVC-TO", "PROC", "MD1", "MD2", "UNITS", "BILLED", "ALLOWED", "PAID",
                         "RSN", "ADJ-AMT", "EOB"], 8, True)
        d.line(30, 89, 762, 89)
        return 104

    y = banner()
    section = None
    claims = []
    for sec, name, rid, icn, acct, svcs in pays:
        if sec != section:
            if y > 520:
                y = banner()
            d.text(30, y, f"*** CLAIMS {sec} ***" if sec != "ADJUSTMENTS" else "*** ADJUSTMENTS ***", 8.5, True)
            section = sec
            y += 14
        if y > 548:
            y = banner()
        ttl = f"RECIP NAME: {name}   RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}"
        if sec == "ADJUSTMENTS":
            ttl += "   ORIG ICN: 2226012004395" if svcs is void else "   REPLACES: 2226012004395"
        d.text(30, y, ttl, 8)
        y += 12
        for i, s in enumerate(svcs, 1):
            if y > 560:
                d.text(30, 590, "CONTINUED ON NEXT PAGE", 8)
                y = banner()
                d.text(30, y, f"RECIP NAME: {name}   ICN: {icn}   (CONTINUED)", 8)
                y += 12
            adj = s.adjs[0] if s.adjs else None
            vals = [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code,
                    s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                    f"{s.units:.2f}" if s.billed >= 0 else f"{s.units:.2f}-", m(s.billed, ",", "trail"),
                    m(s.allowed, ",", "trail"), m(s.paid, ",", "trail"),
                    f"{adj[0]}{adj[1]}" if adj else "", m(adj[2], ",", "trail") if adj else "",
                    " ".join(s.remarks)]
            d.row(y, cols, vals, 8)
            d.rec(s, [vals[0] + " " + vals[1], vals[3], vals[7], vals[9]], claim_id=acct, payer_claim_id=icn,
                  patient=name, printed=("billed", "allowed", "paid"), service_end=s.dos,
                  adjustments=s.adjs, remarks=s.remarks, description=False,
                  overrides={"units": units_str(s.units)})
            y += 11
        tv = ["", "CLAIM TOTAL", "", "", "", "", "", m(total(svcs, "billed"), ",", "trail"),
              m(total(svcs, "allowed"), ",", "trail"), m(total(svcs, "paid"), ",", "trail"), "", "", ""]
        d.row(y, cols, tv, 8, True)
        claims.append(claim(acct, icn, name, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid")))
        y += 20
    legend = [("0001", "PAID AT THE MAXIMUM FEE ALLOWED BY THE PROGRAM."),
              ("0002", "PAID AS BILLED."),
              ("0412", "SERVICE NEEDS PRIOR APPROVAL THAT IS NOT ON FILE."),
              ("0790", "PRIOR CLAIM VOIDED. PAYMENT RECOVERED."),
              ("0791", "REPLACEMENT OF A VOIDED CLAIM.")]
    if y > 500:
        y = banner()
    d.text(30, y, "EOB CODE MESSAGES", 8.5, True)
    for i, (k, v) in enumerate(legend):
        d.text(30, y + 11 * (i + 1), f"{k}  {v}", 8)
    return d, claims, legend, [], "state Medicaid RA line-printer style, void + replacement, claim over page break"


# =============================================================================================== d2
def d2():
    d = Doc("reportlab", "DejaVuSansMono")
    mem = [
        ("Perpetua Ngata-Voss", "MC0771204", "BRT260114000183", "HBR-55201",
         [S(dd, c, u, mo) for dd in (5, 6, 8, 9, 12, 13, 15, 16, 19, 20, 22, 23, 26, 27) for c, u, mo in
          (("97530", 2, ["GO"]), ("97535", 1, ["GO"]), ("97110", 1, ["GO"]))] + [S(30, "97168", 1, ["GO"])]),
        ("Silas Ngata-Voss", "MC0771219", "BRT260121000407", "HBR-55233",
         [S(12, "92523", 1, ["GN"]), S(19, "92507", 1, ["GN"]), S(19, "92526", 1, ["GN"])]),
        ("Wilhelmina Strand", "MC0812230", "BRT260121000415", "HBR-55240",
         [S(14, "97165", 1, ["GO"], denied="CO"), S(14, "97530", 2, ["GO"], denied="CO")]),
    ]
    for *_, svcs in mem:
        for s in svcs:
            medicaid(s, deny_reason="15")
            s.remarks = ["N54"] if s.denied else []
    # a zero-paid line: sched 0.00 code
    z = S(27, "0552T", 1, [])
    medicaid(z)
    z.remarks = ["N130"]
    mem[0][4].insert(12, z)
    mem = [mem[1], mem[2], mem[0]]
    cols = [(40, "l"), (100, "l"), (140, "l"), (194, "r"), (250, "r"), (304, "r"), (356, "r"), (366, "l"),
            (448, "r"), (456, "l")]

    def top():
        d.new_page()
        d.text(40, 40, "BRIARTHORN COMMUNITY HEALTH PLAN", 12, True)
        d.text(40, 53, "Medicaid Managed Care  |  Provider Remittance Statement", 8.5)
        d.text(572, 40, f"Page {d.page} of {{nb}}", 8, False, "r")
        d.text(40, 68, "Pay to: Harborbend Kids Therapy Group   Prov ID: BCH-448120   Check/EFT: 3300918  Date: 01/31/2026", 7.2)
        d.line(40, 74, 572, 74, 1)
        return 92

    def colhead(y):
        d.row(y, cols, ["Svc Date", "Proc", "Mod", "Qty", "Billed", "Allowed", "Paid", "CARC", "Adj Amt",
                        "RARC"], 7.2, True)
        d.line(44, y + 3, 568, y + 3, 0.3)
        return y + 13

    y = top()
    claims = []
    for name, mid, tcn, acct, svcs in mem:
        h = 30 + 11 * len(svcs) + 14
        top_y = y
        d.rect(40, y - 10, 532, 16, fill=0.9)
        d.text(44, y, f"Member: {name}   Member ID: {mid}   Claim: {tcn}   Pat Acct: {acct}", 7.2, True)
        y = colhead(y + 18)
        start_page = d.page
        for s in svcs:
            if y > 720:
                d.rect(40, top_y - 10, 532, y - top_y + 6)
                d.text(40, 770, "Claim continues on next page", 7)
                y = top()
                top_y = y
                d.rect(40, y - 10, 532, 16, fill=0.9)
                d.text(44, y, f"Member: {name}   Claim: {tcn}   (continued)", 7.2, True)
                y = colhead(y + 18)
            a = s.adjs[0] if s.adjs else None
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.1f}", m(s.billed), m(s.allowed),
                    m(s.paid), f"{a[0]}-{a[1]}" if a else "", m(a[2]) if a else "", " ".join(s.remarks)]
            d.row(y, cols, vals, 7.2)
            d.rec(s, [vals[0], vals[1], vals[4], vals[6]], claim_id=acct, payer_claim_id=tcn, patient=name,
                  printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks, description=False)
            y += 11
        d.row(y, cols, ["Claim totals", "", "", "", m(total(svcs, "billed")), m(total(svcs, "allowed")),
                        m(total(svcs, "paid")), "", "", ""], 7.2, True)
        d.rect(40, top_y - 10, 532, y - top_y + 16)
        claims.append(claim(acct, tcn, name, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid")))
        y += 30
        del h, start_page
    legend = [("CO-45", "Charge is above the plan's fee schedule; provider writes it off."),
              ("CO-15", "Authorization number missing or not valid for this service."),
              ("N54", "Service billed without the required referral/authorization on file."),
              ("N130", "Consult plan benefit documents for coverage of this service.")]
    d.text(40, y, "Code legend", 8, True)
    for i, (k, v) in enumerate(legend):
        d.text(40, y + 11 * (i + 1), f"{k:6} {v}", 7.2)
    return d, claims, legend, [], "Medicaid managed-care RA, boxed claims, claim continued on page 2"


# =============================================================================================== p1
def p1():
    d = Doc("reportlab", "Courier", landscape=True)
    st = PlanState(ded_left=Decimal("45.00"))
    cl = [
        ("WOJCIK, BEATRIX", "5RT9WK2MN47", "EVR-120031", "2226020118340", "1992004471",
         [S(dd, c, u, mo) for dd in (5, 6, 7, 9, 12, 13, 14, 16, 19, 21, 23, 26) for c, u, mo in
          (("97110", 2, ["GP", "KX"]), ("97140", 1, ["GP", "KX"]), ("97112", 1, ["GP", "CQ", "KX"]))]),
        ("HOLLOWAY, ESMÉ", "8GF3XT1PQ20", "EVR-120058", "2226020118357", "1992004488",
         [S(9, "97165", 1, ["GO"]), S(9, "97530", 2, ["GO"]), S(16, "97530", 2, ["GO"]), S(16, "97535", 1, ["GO"])]),
        ("PRENDERGAST, OTIS", "3HW7ZC9LD55", "EVR-120066", "2226020118365", "1992004471",
         [S(22, "97161", 1, ["GP"]), S(22, "97150", 1, ["GP"], denied="CO")]),
    ]
    cl = [cl[1], cl[2], cl[0]]
    for *_, svcs in cl:
        for s in svcs:
            medicare(s, st, deny_reason="B15")
            s.remarks = ["M80"] if s.denied else []
    cols = [(24, "l"), (92, "l"), (164, "l"), (190, "l"), (218, "l"), (256, "l"), (344, "r"), (400, "r"),
            (450, "r"), (500, "r"), (512, "l"), (768, "r")]

    def top():
        d.new_page()
        d.text(24, 30, "MEDICARE PART B  -  JURISDICTION X CONTRACTOR", 9, True)
        d.text(24, 41, "REMITTANCE ADVICE (STANDARD PAPER FORMAT) PRINTED BY RIVERGATE CLAIMS EXCHANGE", 8)
        d.text(768, 30, f"PAGE #: {d.page} OF {{nb}}", 8, False, "r")
        d.text(768, 41, "DATE: 01/28/2026", 8, False, "r")
        d.text(24, 55, "PROVIDER: EVERGREEN ROW PHYSICAL & OCCUPATIONAL THERAPY   PROVIDER #: 00774418   CHECK/EFT #: 0881230041", 8)
        d.line(24, 60, 768, 60)
        d.row(72, cols, ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                         "COINS", "GRP/RC-AMT", "PROV PD"], 8, True)
        d.line(24, 77, 768, 77)
        return 92

    y = top()
    claims = []
    for name, mid, acct, icn, npi, svcs in cl:
        if y > 520:
            y = top()
        d.text(24, y, f"NAME {name}  MID {mid}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01", 8)
        y += 12
        for s in svcs:
            if y > 560:
                d.text(24, 590, "CLAIM CONTINUED ON NEXT PAGE", 8)
                y = top()
                d.text(24, y, f"NAME {name}  MID {mid}  ACNT {acct}  ICN {icn}  (CONT)", 8)
                y += 12
            adjs = " ".join(f"{g}-{c} {m(a, '')}" for g, c, a in s.adjs)
            vals = [npi, f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, " ".join(s.mods),
                    m(s.billed, ""), m(s.allowed, ""), m(s.deductible, ""), m(s.coinsurance, ""), adjs,
                    m(s.paid, "")]
            d.row(y, cols, vals, 8)
            if s.remarks:
                d.text(600, y, "REM " + " ".join(s.remarks), 8)
            d.rec(s, [vals[1], vals[4], vals[6], vals[11]], claim_id=acct, payer_claim_id=icn, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks, description=False)
            y += 11
        pr = total(svcs, "deductible") + total(svcs, "coinsurance")
        d.text(24, y, f"PT RESP {m(pr, '')}", 8)
        d.row(y, cols, ["", "", "", "", "", "CLAIM TOTALS", m(total(svcs, "billed"), ""),
                        m(total(svcs, "allowed"), ""), m(total(svcs, "deductible"), ""),
                        m(total(svcs, "coinsurance"), ""), "", m(total(svcs, "paid"), "")], 8)
        d.text(24, y + 11, "NET " + m(total(svcs, "paid"), ""), 8)
        claims.append(claim(acct, icn, name, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid")))
        y += 28
    d.text(24, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", 8, True)
    legend = [("CO", "Contractual obligation - the provider may not bill the patient."),
              ("PR", "Patient responsibility."),
              ("M80", "Not paid when billed with another service on the same date.")]
    for i, (k, v) in enumerate(legend):
        d.text(24, y + 11 * (i + 1), f"{k:4} {v}", 8)
    return d, claims, legend, [], "clearinghouse standard paper remit, claim across page break"


# =============================================================================================== p2
def p2():
    d = Doc("fpdf2", "DejaVuSerif")
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.10"), copay_codes={"99213": Decimal("30.00")},
                   allowed_rate=Decimal("0.81"))
    cl = [
        ("Delphine Arkwright", "ACCT 40917", "40917", "HBX26011900221", "Processed as Primary",
         [S(19, "97166", 1, ["GO"]), S(19, "97530", 2, ["GO", "59"]), S(23, "97530", 2, ["GO"]),
          S(23, "97140", 1, ["GO"])]),
        ("Cormac Arkwright", "ACCT 40922", "40922", "HBX26012000578", "Processed as Primary",
         [S(20, "99213", 1, []), S(20, "97760", 1, ["GO"]), S(20, "L3807", 1, ["RT"], denied="CO")]),
        ("Yvaine Petrosyan", "ACCT 40935", "40935", "HBX26012201144", "Processed as Primary",
         [S(22, "97162" if False else "97161", 1, ["GP"]), S(22, "97110", 3, ["GP"])]),
    ]
    for *_, svcs in cl:
        for s in svcs:
            commercial(s, st, deny_reason="B7")
            s.remarks = ["N570"] if s.denied else []
    cols = [(36, "l"), (92, "l"), (130, "l"), (176, "r"), (222, "r"), (266, "r"), (304, "r"), (340, "r"),
            (376, "r"), (384, "l"), (574, "r")]
    d.new_page()
    d.text(36, 40, "Pinecrest Therapy Billing Suite  -  Payment Posting Detail", 12, True)
    d.text(36, 55, "Practice: Hollin Brook Occupational & Physical Therapy    Report run: 01/31/2026 08:14", 8)
    d.text(36, 67, "Payer: Heronbay Benefit Exchange (Commercial)    ERA Trace/Check: 7700431129    Paid: 01/30/2026", 8)
    d.line(36, 73, 576, 73, 1)
    y = 92
    claims = []
    for pat, acct_label, acct, pcid, status, svcs in cl:
        d.rect(36, y - 10, 540, 15, fill=0.9)
        d.text(40, y, f"Patient: {pat}", 8, True)
        d.text(200, y, f"Acct #: {acct}", 8)
        d.text(290, y, f"Payer Claim #: {pcid}", 8)
        d.text(470, y, status, 7.5)
        y += 16
        d.row(y, cols, ["DOS", "CPT", "Mods", "Units", "Charge", "Allowed", "Deduct", "Coins", "Copay",
                        "Adjustments (grp-rsn amt)", "Paid"], 7, True)
        d.line(36, y + 3, 576, y + 3, 0.3)
        y += 13
        for s in svcs:
            adjs = "  ".join(f"{g}-{c} {m(a)}" for g, c, a in s.adjs)
            if s.remarks:
                adjs += "  RARC " + " ".join(s.remarks)
            vals = [dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                    m(s.deductible), m(s.coinsurance), m(s.copay), adjs, m(s.paid)]
            d.row(y, cols, vals, 7)
            d.rec(s, [vals[0], vals[1], vals[4], vals[10]], claim_id=acct, payer_claim_id=pcid, patient=pat,
                  printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid"), adjustments=s.adjs,
                  remarks=s.remarks, description=False)
            y += 11
        d.line(150, y - 7, 576, y - 7, 0.3)
        d.row(y, cols, ["", "Claim", "", "", m(total(svcs, "billed")), m(total(svcs, "allowed")),
                        m(total(svcs, "deductible")), m(total(svcs, "coinsurance")), m(total(svcs, "copay")),
                        "Pt resp " + m(total(svcs, "owes")), m(total(svcs, "paid"))], 7, True)
        claims.append(claim(acct, pcid, pat, svcs, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                            paid=total(svcs, "paid")))
        y += 26
    allc = [s for c in cl for s in c[5]]
    d.text(36, y, f"Check total posted: {money(total(allc, 'paid'))}    Claims: {len(cl)}    "
                  f"Service lines: {len(allc)}", 8, True)
    legend = [("N570", "Missing or incomplete credentialing data for the rendering provider.")]
    d.text(36, y + 14, "N570  Rendering provider credentialing data missing or incomplete.", 7)
    return d, claims, legend, [], "practice-management payment posting detail from a commercial ERA"


# =============================================================================================== s1
def s1():
    d = Doc("reportlab", "Helvetica")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = []
    kids = ["Odessa Fairweather", "Rune Fairweather", "Pippa Fairweather"]
    n = 0
    for dd in (5, 8, 12, 15, 19, 22, 26, 29):
        for k, kid in enumerate(kids):
            if (dd + k) % 3 == 0 and k == 2:
                continue
            if kid == "Odessa Fairweather":
                svcs = [S(dd, "97530", 2, ["GO"]), S(dd, "97112", 1, ["GO"])]
            elif kid == "Rune Fairweather":
                svcs = [S(dd, "92507", 1, ["GN"])]
            else:
                svcs = [S(dd, "97110", 1, ["GP"]), S(dd, "97140", 1, ["GP"])]
            n += 1
            visits.append((kid, f"V{26010000 + 37 * n}", f"OHP{260100 + dd}{k}{n:02d}", svcs))
    for _, _, _, svcs in visits:
        for s in svcs:
            commercial(s, st)
    cols = [(36, "l"), (82, "l"), (168, "l"), (300, "l"), (346, "r"), (396, "r"), (448, "r"), (500, "r"),
            (572, "r")]

    def top(first):
        d.new_page()
        d.text(36, 44, "Little Otter Pediatric Therapy", 15, True)
        d.text(36, 57, "1180 Weatherstone Pkwy, Suite 210  |  Brambleton, VA 20199  |  (703) 555-0132", 8)
        d.text(576, 44, "STATEMENT", 13, True, "r")
        d.text(576, 57, f"Page {d.page} of {{nb}}", 8, False, "r")
        if first:
            d.text(36, 84, "Guarantor: Desmond Fairweather", 9, True)
            d.text(36, 96, "52 Cobbler's Row, Brambleton, VA 20199", 8.5)
            d.rect(380, 74, 196, 50)
            d.text(386, 87, "Guarantor account: G-30117", 8.5)
            d.text(386, 99, "Statement date: 02/03/2026", 8.5)
            d.text(386, 111, "Insurance: Heronbay Benefit Exchange", 8.5)
            yy = 146
        else:
            d.text(36, 78, "Guarantor: Desmond Fairweather   Account G-30117 (continued)", 8.5)
            yy = 100
        d.line(36, yy - 9, 576, yy - 9, 0.6)
        d.row(yy, cols, ["Date", "Patient", "Description", "Code", "Units", "Charges", "Ins Paid", "Ins Adj",
                         "Balance"], 7.5, True)
        d.line(36, yy + 4, 576, yy + 4, 0.6)
        return yy + 16

    y = top(True)
    claims = []
    for kid, visit, pcid, svcs in visits:
        if y + 12 * (len(svcs) + 1) > 740:
            y = top(False)
        d.text(82, y, f"Visit {visit}  -  filed to Heronbay Benefit Exchange, claim {pcid}", 7, True)
        y += 11
        for s in svcs:
            code = s.code + "-" + "-".join(s.mods)
            vals = [dfmt(s.dos, "mdy4"), kid, cut(s.desc, 28), code, units_str(s.units), m(s.billed), m(s.paid),
                    m(s.discount), m(s.owes)]
            d.row(y, cols, vals, 7.5)
            d.rec(s, [vals[0], kid, code, vals[5], vals[6]], claim_id=visit, payer_claim_id=pcid, patient=kid,
                  printed=("billed", "paid", "patient_owes"), overrides={"description": cut(s.desc, 28)})
            y += 11
        claims.append(claim(visit, pcid, kid, svcs, billed=None))
        y += 4
    allv = [s for v in visits for s in v[3]]
    y += 6
    d.line(300, y - 8, 576, y - 8, 0.6)
    d.row(y, cols, ["", "", "Statement totals", "", "", m(total(allv, "billed")), m(total(allv, "paid")),
                    m(total(allv, "discount")), m(total(allv, "owes"))], 7.5, True)
    y += 24
    d.rect(36, y, 540, 34)
    for i, (lab, v) in enumerate((("Current", total(allv, "owes")), ("31-60 days", ZERO), ("61-90 days", ZERO),
                                  ("Over 90", ZERO), ("Amount due", total(allv, "owes")))):
        d.text(44 + 108 * i, y + 13, lab, 7.5, True)
        d.text(44 + 108 * i, y + 26, money(v), 8.5)
    d.text(36, y + 52, "Balances shown are after insurance. Please pay by 02/28/2026 or call us to set up a plan.", 8)
    return d, claims, [], [], "therapy clinic family statement, three children, continued on page 2"


# =============================================================================================== s2
def s2():
    d = Doc("fpdf2", "LiberationSansNarrow")
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.68"))
    rev = {"97110": "0420", "97140": "0420", "97116": "0420", "97161": "0424", "97530": "0430", "97165": "0434",
           "97535": "0430", "92507": "0440", "92523": "0444", "97760": "0430", "L3807": "0274", "G0283": "0420"}
    accts = [
        ("Augustin Marchetti-Oyelaran", "HB0026114480", "ZQ2601125517",
         [S(dd, c, u, mo) for dd in (5, 7, 9, 12, 14, 16, 19, 21, 23) for c, u, mo in
          (("97110", 2, ["GP"]), ("97140", 1, ["GP"]), ("97116", 1, ["GP"]))] + [S(23, "G0283", 1, ["GP"])]),
        ("Cosima Marchetti-Oyelaran", "HB0026114593", "ZQ2601200824",
         [S(20, "97165", 1, ["GO"]), S(20, "97760", 2, ["GO"]), S(20, "L3807", 1, ["RT"]),
          S(27, "97535", 2, ["GO"]), S(27, "92523", 1, ["GN"]), S(29, "97535", 2, ["GO"]),
          S(29, "97760", 1, ["GO"])]),
    ]
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, st)
    cols = [(32, "l"), (80, "l"), (108, "l"), (268, "l"), (302, "l"), (338, "r"), (390, "r"), (448, "r"),
            (508, "r"), (576, "r")]

    def top():
        d.new_page()
        d.text(32, 42, "MERCY RIDGE REGIONAL HOSPITAL", 14, True)
        d.text(32, 55, "Patient Financial Services  |  900 Summit Ave, Corliss, KS 66999  |  1-866-555-0190", 8)
        d.text(580, 42, "Family Statement", 11, True, "r")
        d.text(580, 55, f"Page {d.page} of {{nb}}", 8, False, "r")
        d.line(32, 62, 580, 62, 1)
        return 80

    def colhead(y):
        d.rect(32, y - 10, 548, 14, fill=0.9)
        d.row(y, cols, ["Date", "Rev", "Description", "HCPCS", "Mod", "Qty", "Charges", "Insurance Paid",
                        "Adjustments", "Your Balance"], 7.5, True)
        return y + 14

    y = top()
    d.text(32, y, "Statement for: Lucian Marchetti-Oyelaran (guarantor)", 9, True)
    d.text(32, y + 12, "4401 Tallgrass Circle, Corliss, KS 66999", 8.5)
    d.text(380, y, "Statement date: 02/04/2026", 8.5)
    d.text(380, y + 12, "Primary insurance: Plainsmark Health Cooperative", 8.5)
    y += 40
    claims = []
    for pat, acct, pcid, svcs in accts:
        d.text(32, y, f"Patient: {pat}    Account #: {acct}    Insurance claim #: {pcid}", 8.5, True)
        y = colhead(y + 16)
        for s in svcs:
            if y > 730:
                d.text(32, 760, "Continued on next page", 8)
                y = top()
                d.text(32, y, f"Patient: {pat}    Account #: {acct} (continued)", 8.5, True)
                y = colhead(y + 16)
            long = s.desc if len(s.desc) <= 30 else None
            first = s.desc if long else s.desc[:30].rsplit(" ", 1)[0]
            rest = None if long else s.desc[len(first):].strip()
            vals = [dfmt(s.dos, "mdy4"), rev[s.code], first, s.code, " ".join(s.mods), units_str(s.units),
                    m(s.billed), m(s.paid), m(s.billed - s.paid - s.owes), m(s.owes)]
            d.row(y, cols, vals, 7.5)
            d.rec(s, [vals[0], vals[1], vals[3], vals[6], vals[7]], claim_id=acct, payer_claim_id=pcid,
                  patient=pat, printed=("billed", "paid", "patient_owes"))
            y += 11
            if rest:
                d.text(108, y, rest, 7.5)
                y += 11
        d.line(300, y - 7, 580, y - 7, 0.4)
        d.row(y, cols, ["", "", "Account totals", "", "", "", m(total(svcs, "billed")), m(total(svcs, "paid")),
                        m(total(svcs, "billed") - total(svcs, "paid") - total(svcs, "owes")),
                        m(total(svcs, "owes"))], 7.5, True)
        claims.append(claim(acct, pcid, pat, svcs, billed=total(svcs, "billed"), paid=total(svcs, "paid"),
                            patient_owes=total(svcs, "owes")))
        y += 30
    if y > 680:
        y = top()
    allv = [s for a in accts for s in a[3]]
    d.rect(32, y, 548, 40)
    d.text(40, y + 15, "Total amount due from you:", 10, True)
    d.text(572, y + 15, money(total(allv, "owes")), 12, True, "r")
    d.text(40, y + 31, "Due by 03/01/2026. Financial assistance is available; ask us for an application.", 8)
    return d, claims, [], [], "hospital outpatient-rehab family statement, two accounts, multi-page"


LAYOUTS = [("e1", e1), ("e2", e2), ("n1", n1), ("n2", n2), ("d1", d1), ("d2", d2), ("p1", p1), ("p2", p2),
           ("s1", s1), ("s2", s2)]


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout134_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nl = np_ = 0
    for name, fn in LAYOUTS:
        doc, claims, legend, findings, desc = fn()
        pdf = out / f"h134_{name}.pdf"
        pages = doc.save(pdf)
        write_truth(pdf, f"h134_{name}", doc.producer, pages, desc, doc.lines, claims, legend, findings)
        nl += len(doc.lines)
        np_ += pages
        if check:
            truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
            planted = set()
            for f in findings:
                cid = f.split(" claim ")[1].split(":")[0]
                planted.add((cid, "patient_owes"))
            errs = check_file(pdf, truth, doc.tokens, planted)
            print(f"{pdf.name}: {len(doc.lines)} lines, {pages} pages, {len(claims)} claims -> "
                  f"{'OK' if not errs else 'FAIL'}")
            for e in errs[:15]:
                print("   ", e)
            bad += bool(errs)
    print(f"wrote {len(LAYOUTS)} PDFs ({nl} lines, {np_} pages) to {out}")
    if check:
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad} files)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
