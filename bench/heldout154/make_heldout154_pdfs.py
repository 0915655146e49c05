"""Write the 154th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of
the five commonest real kinds, two each (commercial member EOBs; Medicare Advantage EOB / Medicare Summary Notice;
state Medicaid remittance advices; Medicare-style paper remits from a clearinghouse / practice-management system;
family statements from a therapy clinic and a hospital), each in a house style of its own.

Run:  python bench/heldout154/make_heldout154_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout154/make_heldout154_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by whoever measures the reader, not by the author)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helper module: h154kit.py (a small drawing recorder rendered by reportlab or fpdf2, and the self-check).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, whose helpers Svc / commercial / medicare /
medicaid / negate / money / dfmt / truth_line / write_truth are imported): printed values only, null for what a
layout does not print (units null where no quantity is printed, modifiers [] where none are printed, amounts
null for columns the layout lacks); claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served, not the
guarantor or subscriber unless the same person); adjustments only where a group+reason code is printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  c1  commercial member EOB, family of three (reportlab, portrait core Helvetica): "Amount billed / Plan
      discount / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / What you owe", code leading a
      wrapped description, no units/modifiers, patient account no. on some claims only, a claim that runs on
      to page 2 under "Claim for ... (continued)" and a repeated column header, a denied visit-limit claim,
      note legend
  c2  commercial member benefit statement, family of four (fpdf2, landscape DejaVu Sans): boxed claim panels,
      Procedure / Mod ("GP/59") / Units columns, not-covered line, remark codes, PLANTED claim-total mismatch
      (printed "You owe" total 10.00 above the lines' sum), declared as an expected finding
  m1  Medicare Advantage member EOB (reportlab, portrait Liberation Serif): shaded year-to-date sidebar, claim
      per provider, "97110 GP CQ" in one Code cell, "Provider's charge / Plan-approved amount / Plan's share /
      Your share", no units, denied line, a 15-line claim continuing on page 2 with a "continued" heading
  m2  Medicare Summary Notice Part B (fpdf2, portrait Liberation Sans): deductible box and "Be Informed" panel,
      date-range heading per claim, "Date of Service" column, description ending "(97530-GO-KX)", Service
      Approved? Yes/No, "Maximum You May Be Billed", no provider account number (claim_id null)
  d1  state Medicaid remittance advice (reportlab, landscape core Courier): PAID / DENIED / ADJUSTED sections,
      "RECIP NAME: LAST, FIRST" heading per claim with RECIP ID / ICN / PAT ACCT, FROM/THRU "010526", units
      "2.00", TPL and COPAY columns, "CO45 116.30" adjustment cell, state EOB codes, reversal + replacement
  d2  state Medicaid provider remittance statement (fpdf2, portrait DejaVu Sans Condensed): shaded member bar
      (Member / Member ID / TCN / Patient acct), span dates "01/05/26 - 01/09/26" with summed Qty (service_end
      set), "Procedure/Mods" cell, ARC "CO-45 12.50" and RARC columns, partial line denials
  p1  Medicare-contractor standard paper remit reprinted by a clearinghouse (fpdf2, portrait core Courier,
      fixed columns): NAME / MID / ACNT / ICN / ASG / MOA line, "0105 010526" dates, POS, NOS, stacked
      GRP/RC-AMT rows (CO-45, PR-1, PR-2, CO-253), REM lines, PT RESP and CLAIM TOTALS, status-22 reversal and
      re-processed claim, a claim running across the page break with "(CONT)"
  p2  practice-management ERA print (reportlab, landscape DejaVu Sans): box per claim with Patient / Patient
      Ctrl # / Payer Claim # / Status, Mods "GP,59", inline "CO-45 43.20 PR-1 75.00 PR-3 25.00", copay column,
      parenthesised negatives for a reversal and its corrected claim, denied same-day line, remark legend
  s1  pediatric therapy clinic statement to a guarantor, three children (reportlab, portrait Liberation Sans):
      tear-off stub, shaded visit heading rows with the visit number and the insurer's claim number, "97530 GO",
      Qty / Charge / Ins Paid / Ins Adj / Note / Your Bal, a patient-payment row, page 2 with a short heading
  s2  hospital outpatient-rehab statement to a guarantor, three family members (fpdf2, portrait Liberation
      Serif): two-column page with an account-summary sidebar, account per patient, Rev code, "97140 GO 59",
      wrapped descriptions, plan payment / contractual adjustment only at account level ("982.28-"), lines carry
      only the charge (paid/owes null), a self-pay account without a payer claim number

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, a text row
(pdfplumber words grouped by baseline) on the stated page holding the code, each modifier, the units and every
non-null amount (negatives with their printed sign); service dates and end dates, adjustment codes and amounts and
remarks on that page; ids and patient names in the document; billed - adjustments = paid wherever adjustments are
recorded; paid <= allowed <= billed on positive lines; claim totals = sum of their lines and printed, unless the
difference is the planted, declared expected finding.
"""
from __future__ import annotations

import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402  # noqa: E402
    DESC,
    FEE,
    SCHED,
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
from h154kit import Canvas, check_folder  # noqa: E402

# Codes this set uses that the shared tables lack (our own invented charges and rates, our own wording).
for _code, _fee, _rate, _desc in (("97533", "92.00", "31.20", "Sensory integration activities"),
                                  ("97162", "240.00", "101.12", "PT evaluation, moderate complexity")):
    FEE.setdefault(_code, _fee)
    SCHED.setdefault(_code, _rate)
    DESC.setdefault(_code, _desc)

D = lambda m, d: date(2026, m, d)  # noqa: E731


def rowtext(cv, y, cols, vals, size, bold=False):
    for (x, al), v in zip(cols, vals):
        if v not in (None, ""):
            cv.t(x, y, v, size, bold, al)


class Flow:
    """A y cursor that turns the page (calling header(cont)) when the next block does not fit."""

    def __init__(self, cv, y, bottom, header, footer=None):
        self.cv, self.y, self.bottom, self.header, self.footer = cv, y, bottom, header, footer

    def need(self, h) -> bool:
        if self.y + h > self.bottom:
            if self.footer:
                self.footer()
            self.cv.page()
            self.y = self.header()
            return True
        return False


def page_numbers(cv, fmt, x, y, size=7.5, align="r"):
    n = cv.pageno
    for i, ops in enumerate(cv.pages, 1):
        ops.append(("t", x, y, fmt.format(i=i, n=n), size, False, align))


def mods_sp(s):
    return " ".join(s.mods)


# ===================================================================== 1. commercial member EOB (reportlab)

def lay_c1(name):
    cv = Canvas("reportlab", "Helvetica")
    lines, claims = [], []
    W = cv.W
    fam = "Okonkwo-Hale"
    legend = [("K4", "Amount above the plan's negotiated rate; the provider may not bill you for it."),
              ("D7", "This visit went toward the family deductible."),
              ("V2", "Visit limit for rehabilitative therapy reached for this plan year.")]

    def head(cont=False):
        cv.t(40, 46, "NORTHGATE MUTUAL", 15, True)
        cv.t(40, 58, "health plan", 9)
        cv.t(W - 40, 44, "Explanation of Benefits", 13, True, "r")
        cv.t(W - 40, 57, "THIS IS NOT A BILL", 9, True, "r")
        cv.hl(40, W - 40, 66, 1.2)
        if cont:
            cv.t(40, 80, f"Member: Dana R. {fam}   |   Member ID NMX 418 27 7730   |   Statement date: February 6, 2026", 7.5)
            return 96
        return 0

    head()
    cv.t(40, 86, f"DANA R {fam.upper()}", 9, True)
    cv.t(40, 97, "2291 TAMARISK HOLLOW RD", 9)
    cv.t(40, 108, "WEST LARKSPUR, OR 97419-3306", 9)
    cv.box(330, 78, 242, 70, 0.6)
    for i, (k, v) in enumerate([("Member:", f"Dana R. {fam}"), ("Member ID:", "NMX 418 27 7730"),
                                ("Group:", "Cascade Timberworks 0072"), ("Statement date:", "February 6, 2026"),
                                ("Questions?", "1-800-555-0148 (TTY 711)")]):
        cv.t(338, 90 + i * 12, k, 8, True)
        cv.t(410, 90 + i * 12, v, 8)
    cv.t(40, 170, "Here is how we processed claims for you and your family. Keep it for your records.", 9)
    cv.t(40, 182, "You may get a bill from the provider for the amount shown under \"What you owe\".", 9)
    cols = [(40, "l"), (88, "l"), (292, "r"), (338, "r"), (384, "r"), (424, "r"), (458, "r"), (496, "r"),
            (536, "r"), (572, "r")]
    heads = [("Service", "date"), ("What was done", ""), ("Amount", "billed"), ("Plan", "discount"),
             ("Allowed", "amount"), ("Deduct-", "ible"), ("Copay", ""), ("Coins-", "urance"), ("Plan", "paid"),
             ("What you", "owe")]

    def colhead(y):
        cv.box(38, y - 9, W - 76, 24, 0.4, 0.9)
        for (x, al), (a, b) in zip(cols, heads):
            cv.t(x, y, a, 7, True, al)
            cv.t(x, y + 9, b, 7, True, al)
        cv.t(W - 40 + 0.1, y - 12, "", 6)
        return y + 26

    claims_spec = [
        ("Maribel", "Brightwater Pediatric Therapy", "NG26A0114882", "BPT-55120",
         [(D(1, 5), "97165", 1, ("GO",)), (D(1, 5), "97535", 2, ("GO",))], "D7"),
        ("Maribel", "Brightwater Pediatric Therapy", "NG26A0121337", "BPT-55188",
         [(D(1, 12), "97530", 3, ("GO",)), (D(1, 12), "97112", 1, ("GO",)), (D(1, 14), "97530", 2, ("GO",)),
          (D(1, 14), "97535", 1, ("GO",)), (D(1, 19), "97530", 3, ("GO",)), (D(1, 19), "97110", 1, ("GO",))], ""),
        ("Felix", "Summit Ridge Orthopaedic & Hand", "NG26A0115503", None,
         [(D(1, 8), "99213", 1, ()), (D(1, 8), "97760", 2, ("GO",)), (D(1, 8), "L3807", 1, ("RT",))], ""),
        ("Dana R.", "Larkspur Valley Physical Therapy", "NG26A0123019", "LVPT-20260109-4",
         [(D(1, 9), "97161", 1, ("GP",)), (D(1, 9), "97110", 2, ("GP",)), (D(1, 16), "97140", 2, ("GP",)),
          (D(1, 16), "97110", 2, ("GP",)), (D(1, 23), "97140", 1, ("GP",)), (D(1, 23), "97116", 2, ("GP",)),
          (D(1, 30), "97110", 2, ("GP",)), (D(1, 30), "97140", 1, ("GP",)), (D(1, 30), "97112", 1, ("GP",))], ""),
        ("Maribel", "Brightwater Pediatric Therapy", "NG26A0130442", "BPT-55231",
         [(D(1, 26), "97530", 2, ("GO",)), (D(1, 26), "97535", 1, ("GO",))], "V2"),
    ]
    st = {"Maribel": PlanState(ded_left=Decimal("150.00"), copay_codes={}, coins_rate=Decimal("0.20")),
          "Felix": PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("35.00")}),
          "Dana R.": PlanState(ded_left=Decimal("60.00"), visit_copay=Decimal("30.00"))}
    fl = Flow(cv, 208, 730, lambda: colhead(head(True)))
    fl.y = 208
    for first, prov, clm, acct, svcs, note in claims_spec:
        patient = f"{first} {fam}"
        ss = []
        for dos, code, u, mods in svcs:
            s = Svc(dos, code, Decimal(u), mods)
            if note == "V2":
                s.denied = "PR"
            ss.append(commercial(s, st[first]))
        fl.need(70)
        cv.t(40, fl.y, f"Claim for {patient}", 10, True)
        cv.t(W - 40, fl.y, f"Claim number {clm}", 8, False, "r")
        fl.y += 12
        info = f"Provider: {prov}  (in network)     Received 01/{28 if note != 'V2' else 30}/2026"
        if acct:
            info += f"     Patient account no. {acct}"
        cv.t(40, fl.y, info, 7.5)
        fl.y += 14
        fl.y = colhead(fl.y + 2)
        for s in ss:
            desc = f"{s.code} {s.desc}"
            wrapped = textwrap.wrap(desc, 40, break_on_hyphens=False)
            if fl.need(12 + 9 * (len(wrapped) - 1)):
                cv.t(40, fl.y, f"Claim for {patient} (continued)   Claim number {clm}", 8, True)
                fl.y = colhead(fl.y + 16)
            vals = [dfmt(s.dos, "mdy2"), wrapped[0], money(s.billed), money(s.discount), money(s.allowed),
                    money(s.deductible), money(s.copay), money(s.coinsurance), money(s.paid), money(s.owes)]
            rowtext(cv, fl.y, cols, vals, 7.5)
            rem = [note] if note else []
            if rem:
                cv.t(W - 38, fl.y, rem[0], 6.5, True)
            for extra in wrapped[1:]:
                fl.y += 9
                cv.t(88, fl.y, extra, 7.5)
            lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=clm, patient=patient,
                                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "patient_owes"), units=False, modifiers=False,
                                    remarks=rem, description=False))
            fl.y += 12
        cv.hl(40, W - 40, fl.y - 8, 0.4)
        tv = [None, "Claim totals", money(total(ss, "billed")), money(total(ss, "discount")),
              money(total(ss, "allowed")), money(total(ss, "deductible")), money(total(ss, "copay")),
              money(total(ss, "coinsurance")), money(total(ss, "paid")), money(total(ss, "owes"))]
        rowtext(cv, fl.y, cols, tv, 7.5, True)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": patient,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
        fl.y += 26
    fl.need(80)
    cv.t(40, fl.y, "What the notes mean", 9, True)
    for c, txt in legend:
        fl.y += 11
        cv.t(40, fl.y, c, 7.5, True)
        cv.t(60, fl.y, txt, 7.5)
    page_numbers(cv, "Page {i} of {n}", W - 40, 770)
    for i in range(cv.pageno):
        cv.pages[i].append(("t", 40, 770, "Northgate Mutual Health Plan, PO Box 7740, Salem Junction, OR 97390", 6.5, False, "l"))
    return cv, lines, claims, [list(x) for x in legend], [], (
        "Commercial member EOB for a family (subscriber plus spouse and child), portrait core Helvetica: claim per "
        "visit group, code leading the wrapped description ('97535 Self-care/...'), no units or modifiers printed, eight money columns,"
        " wrapped descriptions, claim header repeated with '(continued)' on later pages, a denied visit-limit claim.")


# ===================================================================== 2. commercial member EOB (fpdf2)

def lay_c2(name):
    cv = Canvas("fpdf2", "dejavu", landscape=True)
    W = cv.W
    lines, claims = [], []
    legend = [("R01", "Charge is more than the amount allowed for an in-network provider."),
              ("R14", "Service is not covered when billed on the same day as the evaluation."),
              ("R22", "Applied to your plan-year deductible.")]
    people = ["Tobiah Vantongeren", "Ines Vantongeren", "Luca Vantongeren", "Pia Vantongeren"]

    def head():
        cv.box(24, 20, W - 48, 44, 0.8, 0.93)
        cv.t(34, 40, "Bluewater Crest Insurance Co.", 14, True)
        cv.t(34, 55, "Your Benefit Statement  -  this is a record of claims, not a bill", 8)
        cv.t(W - 34, 38, "Statement period 01/01/2026 - 01/31/2026", 8, False, "r")
        cv.t(W - 34, 52, "Primary member: Tobiah Vantongeren   ID BWC-8841-07732-01", 8, False, "r")
        return 84

    cols = [(30, "l"), (86, "l"), (128, "l"), (160, "l"), (312, "r"), (358, "r"), (408, "r"), (452, "r"),
            (502, "r"), (540, "r"), (592, "r"), (642, "r"), (696, "r"), (716, "l")]
    hd = ["Service date", "Procedure", "Mod", "Description", "Units", "Charged", "Not covered", "Allowed",
          "Deductible", "Copay", "Coinsurance", "Paid by plan", "You owe", "Remark"]
    y = head()
    cv.t(30, y, "Family members on this statement: " + ", ".join(people), 8.5)
    y += 18
    spec = [
        (people[2], "Kestrel Kids Speech & Feeding", "BC6011829004", "KK-77310",
         [(D(1, 6), "92523", 1, (), None), (D(1, 13), "92507", 1, ("GN",), None), (D(1, 20), "92507", 1, ("GN",), None),
          (D(1, 27), "92507", 1, ("GN",), None)]),
        (people[1], "Harbor Point Rehabilitation", "BC6011904417", "HPR-0041296",
         [(D(1, 7), "97163", 1, ("GP",), None), (D(1, 7), "97140", 1, ("GP", "59"), "R14"),
          (D(1, 14), "97110", 3, ("GP",), None), (D(1, 14), "97112", 1, ("GP",), None)]),
        (people[3], "Kestrel Kids Speech & Feeding", "BC6012011568", "KK-77402",
         [(D(1, 21), "97166", 1, ("GO",), None), (D(1, 28), "97530", 2, ("GO",), None),
          (D(1, 28), "97533", 1, ("GO",), None)]),
        (people[0], "Dr. Sunniva Achterberg, MD", "BC6012113090", "A-30551",
         [(D(1, 22), "99213", 1, (), None), (D(1, 22), "G0283", 1, (), None)]),
    ]
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.76"))
    findings = []

    def colhead(y):
        cv.hl(24, W - 24, y - 10, 0.8)
        rowtext(cv, y, cols, hd, 7, True)
        cv.hl(24, W - 24, y + 4, 0.4)
        return y + 15

    fl = Flow(cv, y, 560, lambda: head())
    for ci, (pat, prov, clm, acct, svcs) in enumerate(spec):
        ss, rems = [], []
        for dos, code, u, mods, deny in svcs:
            s = Svc(dos, code, Decimal(u), mods)
            if deny:
                s.denied = "CO"
            s = commercial(s, st)
            if deny:
                s.owes = ZERO
            ss.append(s)
            r = [deny] if deny else (["R22"] if s.deductible else ["R01"])
            rems.append(r)
        h = 62 + 13 * len(ss)
        fl.need(h)
        top = fl.y
        cv.box(24, top, W - 48, h - 8, 0.6)
        cv.t(30, top + 13, f"Patient: {pat}", 9, True)
        cv.t(250, top + 13, f"Provider: {prov}", 8)
        cv.t(500, top + 13, f"Claim # {clm}", 8)
        cv.t(630, top + 13, f"Your acct # {acct}", 8)
        yy = colhead(top + 32)
        for s, r in zip(ss, rems):
            vals = [dfmt(s.dos, "mdy4"), s.code, "/".join(s.mods), textwrap.wrap(s.desc, 27)[0], units_str(s.units), money(s.billed),
                    money(s.not_covered, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), ",".join(r)]
            rowtext(cv, yy, cols, vals, 7.5)
            lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "patient_owes"), remarks=r, description=False))
            yy += 13
        tb, tp = total(ss, "billed"), total(ss, "paid")
        towes = total(ss, "owes")
        printed_owes = towes + (Decimal("10.00") if ci == 1 else ZERO)
        cv.hl(300, W - 30, yy - 8, 0.4)
        cv.t(178, yy + 1, "Claim total", 7.5, True)
        cv.t(358, yy + 1, money(tb), 7.5, True, "r")
        cv.t(642, yy + 1, money(tp, ","), 7.5, True, "r")
        cv.t(696, yy + 1, money(printed_owes, ","), 7.5, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, None, tp, printed_owes)})
        if ci == 1:
            findings.append(f"claim-total-mismatch claim {clm}: printed You owe total {printed_owes:.2f} but the "
                            f"lines add up to {towes:.2f}")
        fl.y = top + h + 6
    fl.need(70)
    cv.t(30, fl.y + 6, "Remark codes", 9, True)
    for c, txt in legend:
        fl.y += 13
        cv.t(30, fl.y + 6, f"{c}  {txt}", 7.5)
    page_numbers(cv, "Bluewater Crest Insurance Co.  |  page {i} of {n}", W - 24, 596, 7)
    return cv, lines, claims, [list(x) for x in legend], findings, (
        "Commercial member benefit statement for a family of four, landscape DejaVu Sans, boxed claim panels: "
        "separate Procedure / Mod ('GP/59') / Units columns, a non-covered (write-off) line, PLANTED mismatch of the printed You owe total on one claim.")


# ===================================================================== 3. Medicare Advantage member EOB (reportlab)

def lay_m1(name):
    cv = Canvas("reportlab", "libserif")
    W = cv.W
    lines, claims = [], []
    member = "Rosalind M. Thackeray"
    legend = [("A", "Your plan paid the amount it approved after your share."),
              ("B", "This service needs a referral on file; the provider cannot bill you for it."),
              ("C", "You have now paid part of your yearly out-of-pocket maximum.")]

    def head(first=False):
        cv.t(40, 44, "Pinecrest Senior Advantage (HMO)", 13, True)
        cv.t(40, 57, "A Medicare Advantage plan offered by Pinecrest Health Partners", 8)
        cv.t(W - 40, 44, "Explanation of Benefits", 12, True, "r")
        cv.t(W - 40, 57, "for January 2026 medical claims", 8, False, "r")
        cv.hl(40, W - 40, 64, 1)
        return 84 if not first else 84

    head(True)
    cv.t(40, 86, "ROSALIND M THACKERAY", 9)
    cv.t(40, 97, "48 QUINCE ORCHARD LN APT 3", 9)
    cv.t(40, 108, "BELLHAVEN, MN 55921", 9)
    cv.t(40, 132, "Member ID: PSA00629154   Plan: H9911-004", 8.5)
    cv.t(40, 144, "This notice is not a bill. It shows what your plan paid and what you may owe.", 8.5)
    # sidebar
    sx = 420
    cv.box(sx, 78, W - 40 - sx, 150, 0.6, 0.95)
    cv.t(sx + 8, 92, "Your totals for 2026", 9, True)
    side = [("Plan-year deductible", "$0.00 of $0.00"), ("Out-of-pocket so far", "$214.60"),
            ("Yearly maximum", "$4,900.00"), ("Left before maximum", "$4,685.40")]
    for i, (k, v) in enumerate(side):
        cv.t(sx + 8, 108 + i * 26, k, 7.5)
        cv.t(sx + 8, 119 + i * 26, v, 9, True)
    cols = [(40, "l"), (92, "l"), (250, "l"), (364, "r"), (426, "r"), (480, "r"), (530, "r"), (556, "l")]
    hd = [("Date", ""), ("Service you got", ""), ("Code", ""), ("Provider's", "charge"), ("Plan-approved", "amount"),
          ("Plan's", "share"), ("Your", "share"), ("Note", "")]

    def colhead(y):
        cv.hl(40, W - 40, y - 10, 0.6)
        for (x, al), (a, b) in zip(cols, hd):
            cv.t(x, y, a, 7.5, True, al)
            cv.t(x, y + 9, b, 7.5, True, al)
        cv.hl(40, W - 40, y + 13, 0.6)
        return y + 24

    spec = [
        ("Willowmere Outpatient Rehab", "PH26-0107-22841-01", "WOR-1188203",
         [(D(1, 7), "97161", 1, ("GP",)), (D(1, 7), "97110", 2, ("GP",)), (D(1, 9), "97110", 2, ("GP", "CQ")),
          (D(1, 9), "97116", 1, ("GP", "CQ")), (D(1, 14), "97140", 2, ("GP",)), (D(1, 14), "97112", 1, ("GP",))]),
        ("Bellhaven Family Clinic", "PH26-0112-30066-01", None, [(D(1, 12), "99213", 1, ())]),
        ("Willowmere Outpatient Rehab", "PH26-0121-40193-01", "WOR-1188377",
         [(D(1, 16), "97110", 2, ("GP", "KX")), (D(1, 16), "97530", 1, ("GP", "KX")),
          (D(1, 21), "97110", 2, ("GP", "KX")), (D(1, 21), "97112", 2, ("GP", "KX")),
          (D(1, 23), "97116", 2, ("GP", "KX")), (D(1, 23), "97140", 1, ("GP", "KX")),
          (D(1, 28), "97110", 2, ("GP", "KX")), (D(1, 28), "G0283", 1, ("GP",)),
          (D(1, 30), "97110", 2, ("GP", "KX")), (D(1, 30), "97112", 1, ("GP", "KX")),
          (D(1, 30), "97140", 1, ("GP", "KX")), (D(1, 30), "97530", 1, ("GP", "KX")),
          (D(1, 31), "97110", 2, ("GP", "KX")), (D(1, 31), "97116", 1, ("GP", "KX")),
          (D(1, 31), "97535", 1, ("GP", "KX"))]),
    ]
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    fl = Flow(cv, 250, 720, lambda: colhead(head() + 8))
    for prov, clm, acct, svcs in spec:
        ss = []
        for dos, code, u, mods in svcs:
            s = Svc(dos, code, Decimal(u), mods)
            if code == "G0283":
                s.denied = "CO"
            s = medicare(s, st, sequestration=False)
            if s.denied:
                s.owes = ZERO
            ss.append(s)
        fl.need(80)
        cv.t(40, fl.y, f"{prov}", 10, True)
        fl.y += 12
        hdr = f"Claim number {clm}   |   Patient: {member}"
        if acct:
            hdr += f"   |   Provider's account no. {acct}"
        cv.t(40, fl.y, hdr, 8)
        fl.y = colhead(fl.y + 16)
        for s in ss:
            note = "B" if s.denied else "A"
            wrapped = textwrap.wrap(s.desc, 28, break_on_hyphens=False)
            if fl.need(12 + 9 * (len(wrapped) - 1)):
                cv.t(40, fl.y, f"{prov} - claim {clm} continued", 8, True)
                fl.y = colhead(fl.y + 16)
            vals = [dfmt(s.dos, "mdy4"), wrapped[0], (s.code + " " + " ".join(s.mods)).strip(), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), note]
            rowtext(cv, fl.y, cols, vals, 8)
            for extra in wrapped[1:]:
                fl.y += 9
                cv.t(92, fl.y, extra, 8)
            lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=clm, patient=member,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=[], description=False))
            fl.y += 12
        cv.hl(300, W - 40, fl.y - 8, 0.4)
        rowtext(cv, fl.y, cols, ["", "Total for this claim", "", money(total(ss, "billed")),
                                  money(total(ss, "allowed")), money(total(ss, "paid")), money(total(ss, "owes")), ""],
                8, True)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": member,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
        fl.y += 28
    fl.need(60)
    cv.t(40, fl.y, "Notes about your claims", 9, True)
    for c, txt in legend:
        fl.y += 11
        cv.t(40, fl.y, f"{c}   {txt}", 8)
    page_numbers(cv, "Page {i} of {n}", W - 40, 768)
    for ops in cv.pages:
        ops.append(("t", 40, 768, "Pinecrest Health Partners  *  Member Services 1-888-555-0172, 8 am - 8 pm, 7 days", 7,
                    False, "l"))
    return cv, lines, claims, [list(x) for x in legend], [], (
        "Medicare Advantage member EOB, portrait Liberation Serif: shaded year-to-date sidebar on page 1, one member, "
        "claim per provider, code and modifiers in one cell ('97110 GP CQ'), no units, letter notes, a denied line "
        "with zero share, one claim crossing a page with a 'continued' heading and repeated column header.")


# ===================================================================== 4. Medicare Summary Notice (fpdf2)

def lay_m2(name):
    cv = Canvas("fpdf2", "libsans")
    W = cv.W
    lines, claims = [], []
    ben = "EUGENIA P. HALVERSTROM"
    legend = [("A", "Medicare pays for therapy after you meet the yearly Part B deductible."),
              ("B", "The therapist confirmed these services were medically needed above the yearly threshold."),
              ("C", "Medicare does not pay for this item when billed this way; you are not responsible for it.")]

    def head():
        cv.t(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 12, True)
        cv.t(40, 53, f"{ben}   |   Medicare Number XXXX-XX7-RK41   |   Notice date: February 10, 2026", 8)
        cv.hl(40, W - 40, 60, 1.5)
        return 78

    head()
    cv.t(40, 84, "THE OFFICIAL SUMMARY OF YOUR MEDICARE CLAIMS FROM THE CENTERS FOR MEDICARE-LIKE SERVICES", 7)
    cv.t(40, 100, ben, 9)
    cv.t(40, 111, "702 OLD MILL SPUR", 9)
    cv.t(40, 122, "DUNMORE FLATS, KS 67451", 9)
    cv.box(330, 90, 242, 98, 0.8)
    cv.t(338, 104, "Your Deductible Status", 10, True)
    cv.t(338, 118, "Your deductible is what you must pay for", 7.5)
    cv.t(338, 128, "most health services before Medicare", 7.5)
    cv.t(338, 138, "begins to pay. You have met $257.00 of", 7.5)
    cv.t(338, 148, "your Part B deductible for 2026.", 7.5)
    cv.t(338, 170, "Claims this period: 4   Providers: 2", 8, True)
    cv.box(40, 206, W - 80, 48, 0.8, 0.92)
    cv.t(50, 222, "Be Informed: keep your notices and compare them with the bills you get.", 9, True)
    cv.t(50, 238, "If you paid a provider more than 'Maximum You May Be Billed', ask the provider for a refund.", 8)

    cols = [(40, "l"), (82, "l"), (268, "c"), (350, "r"), (418, "r"), (480, "r"), (536, "r"), (558, "c")]
    hd = [("Date of", "Service"), ("Service Provided & Billing Code", ""), ("Service", "Approved?"), ("Amount", "Provider Charged"),
          ("Medicare-", "Approved Amount"), ("Medicare", "Paid Provider"), ("Maximum You", "May Be Billed"),
          ("See", "Notes")]

    def colhead(y):
        cv.box(40, y - 10, W - 80, 24, 0.5, 0.85)
        for (x, al), (a, b) in zip(cols, hd):
            cv.t(x, y, a, 7, True, al)
            cv.t(x, y + 9, b, 7, True, al)
        return y + 26

    spec = [
        ("Prairie Wind Therapy Services", "26007-04471-3820", "January 6, 2026",
         [(D(1, 6), "97165", 1, ("GO",)), (D(1, 6), "97535", 2, ("GO",))]),
        ("Prairie Wind Therapy Services", "26014-09113-5027", "January 13 - January 22, 2026",
         [(D(1, 13), "97530", 2, ("GO", "KX")), (D(1, 13), "97535", 1, ("GO", "KX")),
          (D(1, 15), "97530", 2, ("GO", "KX")), (D(1, 15), "97112", 1, ("GO", "KX")),
          (D(1, 20), "97530", 3, ("GO", "KX")), (D(1, 20), "97140", 1, ("GO", "KX")),
          (D(1, 22), "97530", 2, ("GO", "KX")), (D(1, 22), "97535", 1, ("GO", "KX")),
          (D(1, 22), "97760", 1, ("GO", "KX"))]),
        ("Prairie Wind Therapy Services", "26030-15522-7108", "January 27 - January 30, 2026",
         [(D(1, 27), "97530", 2, ("GO", "KX")), (D(1, 27), "97535", 1, ("GO", "KX")),
          (D(1, 28), "97530", 3, ("GO", "KX")), (D(1, 28), "97112", 1, ("GO", "KX")),
          (D(1, 29), "97530", 2, ("GO", "KX")), (D(1, 29), "97140", 1, ("GO", "KX")),
          (D(1, 30), "97168", 1, ("GO", "KX")), (D(1, 30), "97535", 2, ("GO", "KX"))]),
        ("Dunmore Flats Medical Supply", "26021-11870-0064", "January 21, 2026",
         [(D(1, 21), "L3807", 1, ("RT",)), (D(1, 21), "0552T", 1, ())]),
    ]
    st = PlanState(ded_left=Decimal("126.00"), coins_rate=Decimal("0.20"))
    y = 282
    cv.t(40, y, "Your Claims & Costs This Period", 13, True)
    fl = Flow(cv, y + 22, 756, lambda: head() + 4)
    for prov, clm, when, svcs in spec:
        ss = []
        for dos, code, u, mods in svcs:
            s = Svc(dos, code, Decimal(u), mods)
            if code == "0552T":
                s.denied = "CO"
            s = medicare(s, st)
            if s.denied:
                s.owes = ZERO
            ss.append(s)
        fl.need(50)
        cv.t(40, fl.y, when, 10, True)
        fl.y += 13
        cv.t(40, fl.y, f"{prov}, 1180 Grain Elevator Rd, Dunmore Flats, KS 67451", 8)
        fl.y += 11
        cv.t(40, fl.y, f"Service provided for: Eugenia P. Halverstrom     Claim number: {clm}", 8)
        fl.y = colhead(fl.y + 20)
        for s in ss:
            if fl.need(26):
                cv.t(40, fl.y, f"{when} (continued)   Claim number: {clm}", 9, True)
                fl.y = colhead(fl.y + 20)
            note = "C" if s.denied else ("A" if s.deductible else ("B" if "KX" in s.mods else ""))
            txt = f"{s.desc} ({s.code}-{'-'.join(s.mods)})" if s.mods else f"{s.desc} ({s.code})"
            wrapped = textwrap.wrap(txt, 40, break_on_hyphens=False)
            for extra in wrapped[:-1]:
                cv.t(82, fl.y, extra, 8)
                fl.y += 9.5
            vals = [dfmt(s.dos, "mdy2"), wrapped[-1], "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.owes), note]
            rowtext(cv, fl.y, cols, vals, 8)
            pr = ("billed", "allowed", "paid", "patient_owes")
            lines.append(truth_line(cv.pageno, s, claim_id=None, payer_claim_id=clm, patient="Eugenia P. Halverstrom",
                                    printed=pr, units=False, description=False))
            fl.y += 13
        cv.hl(40, W - 40, fl.y - 9, 0.8)
        rowtext(cv, fl.y, cols, ["", "Total for claim " + clm, "", money(total(ss, "billed")), money(total(ss, "allowed")),
                                  money(total(ss, "paid")), money(total(ss, "owes")), ""], 8, True)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": "Eugenia P. Halverstrom",
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
        fl.y += 30
    fl.need(80)
    cv.t(40, fl.y, "Notes for Claims Above", 10, True)
    for c, txt in legend:
        fl.y += 12
        cv.t(40, fl.y, f"{c}  {txt}", 8)
    page_numbers(cv, "Page {i} of {n}", W - 40, 776, 8)
    return cv, lines, claims, [list(x) for x in legend], [], (
        "Medicare Summary Notice Part B, portrait Liberation Sans: page-1 deductible box and shaded 'Be Informed' "
        "panel, claims pages with a date heading per claim and a short date column, description lines ending in '(97530-GO-KX)' (amounts on the line that holds the code) with the code and modifiers "
        "glued by hyphens, no units, no provider account number, claims carried on to page 2 under the repeated "
        "notice heading, a not-approved item.")


# ===================================================================== 5. state Medicaid RA, monospace (reportlab)

def lay_d1(name):
    cv = Canvas("reportlab", "Courier", landscape=True)
    W = cv.W
    lines, claims = [], []
    legend = [("0041", "PAID AT THE PROGRAM FEE SCHEDULE RATE"), ("0218", "SERVICE NEEDS A PRIOR APPROVAL NUMBER"),
              ("0733", "EARLIER PAYMENT TAKEN BACK - SEE REPLACEMENT CLAIM"), ("0734", "REPLACEMENT OF AN EARLIER CLAIM")]
    fs = 7.6
    hdr_state = {"section": ""}

    def head():
        cv.t(30, 30, "STATE OF NORTH OSAGE  -  MEDICAL ASSISTANCE PROGRAM", fs, True)
        cv.t(W - 30, 30, "REMITTANCE ADVICE", fs, True, "r")
        cv.t(30, 40, "PROVIDER: CEDAR BLUFF CHILDRENS THERAPY LLC   PROV ID 0049127730   NPI 1457739021", fs)
        cv.t(W - 30, 40, "RA NO 0007731  RA DATE 02/04/26", fs, False, "r")
        cv.t(30, 50, "1408 KILN ST  OSAGE FALLS NO 73311", fs)
        cv.t(30, 64, "CLAIM TYPE: PROFESSIONAL (CMS-1500)", fs)
        cv.t(30, 74, "*" * 120, fs)
        y = 88
        if hdr_state["section"]:
            cv.t(30, y, hdr_state["section"] + " (CONTINUED)", fs, True)
            y += 12
        return colhead(y)

    cols = [(30, "l"), (52, "l"), (96, "l"), (140, "l"), (176, "l"), (198, "l"), (236, "r"), (290, "r"),
            (344, "r"), (386, "r"), (426, "r"), (480, "r"), (492, "l"), (580, "l")]
    hd = ["LN", "FROM", "THRU", "PROC", "MOD", "", "UNITS", "BILLED", "ALLOWED", "TPL", "COPAY", "PAID", "ADJ",
          "EOB"]

    def colhead(y):
        rowtext(cv, y, cols, hd, fs, True)
        cv.t(30, y + 9, "-" * 120, fs)
        return y + 20

    y0 = head()
    sections = [
        ("PAID CLAIMS", [
            ("ABERNATHY-LUZ, CORDELIA", "NO00417722", "2026031004471", "CBT4471", "0041",
             [(D(1, 5), "97530", 2, ("GO",)), (D(1, 5), "97535", 1, ("GO",)), (D(1, 7), "97530", 2, ("GO",)),
              (D(1, 7), "97112", 1, ("GO",)), (D(1, 12), "97530", 2, ("GO",)), (D(1, 12), "97535", 1, ("GO",))]),
            ("BRANNIGAN, OSKAR", "NO00592031", "2026031004488", "CBT4488", "0041",
             [(D(1, 6), "92523", 1, ()), (D(1, 13), "92507", 1, ("GN",)), (D(1, 20), "92507", 1, ("GN",))]),
            ("DELACOUR, WYNONA J", "NO00771610", "2026031004502", "CBT4502", "0041",
             [(D(1, 8), "97166", 1, ("GO",)), (D(1, 15), "97530", 3, ("GO",)), (D(1, 15), "97110", 1, ("GO", "59")),
              (D(1, 22), "97530", 3, ("GO",)), (D(1, 22), "97140", 1, ("GO", "59")), (D(1, 29), "97530", 2, ("GO",)),
              (D(1, 29), "97535", 2, ("GO",))]),
            ("FENWICK, THEO", "NO00913384", "2026031004519", "CBT4519", "0041",
             [(D(1, 9), "97161", 1, ("GP",)), (D(1, 9), "97116", 2, ("GP",)), (D(1, 16), "97110", 2, ("GP",)),
              (D(1, 16), "97112", 2, ("GP",))]),
        ]),
        ("DENIED CLAIMS", [
            ("GALLOWAY, PRUDENCE", "NO01004457", "2026031004533", "CBT4533", "0218",
             [(D(1, 14), "97533", 2, ("GO",)), (D(1, 14), "97530", 1, ("GO",))]),
        ]),
        ("ADJUSTED CLAIMS", [
            ("BRANNIGAN, OSKAR", "NO00592031", "2025352009913", "CBT4360", "0733",
             [(D(12, 16), "92507", 1, ("GN",))]),
            ("BRANNIGAN, OSKAR", "NO00592031", "2026031104590", "CBT4360", "0734",
             [(D(12, 16), "92507", 1, ("GN",)), (D(12, 16), "92526", 1, ("GN",))]),
        ]),
    ]
    fl = Flow(cv, y0, 530, head)
    grand = ZERO
    for sec, cl in sections:
        fl.need(60)
        hdr_state["section"] = sec
        cv.t(30, fl.y, sec, fs, True)
        fl.y += 14
        for nm, rid, icn, acct, eob, svcs in cl:
            ss = []
            for dos, code, u, mods in svcs:
                s = Svc(dos if dos.month == 1 else date(2025, 12, dos.day), code, Decimal(u), mods)
                if eob == "0218":
                    s.denied = "CO"
                s = medicaid(s, deny_reason="197")
                ss.append(s)
            if eob == "0733":
                ss = [negate(s) for s in ss]
            fl.need(36)
            cv.t(30, fl.y, f"RECIP NAME: {nm:<26} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}   "
                          f"CLM STATUS: {'REVERSAL' if eob == '0733' else sec.split()[0]}", fs)
            fl.y += 12
            for i, s in enumerate(ss, 1):
                if fl.need(11):
                    cv.t(30, fl.y, f"RECIP NAME: {nm:<26} ICN: {icn} (CONTINUED)", fs)
                    fl.y += 12
                adj = "  ".join(f"{g}{c} {money(a, '', '-')}" for g, c, a in s.adjs) if s.adjs else ""
                vals = [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods), "",
                        units_str(s.units) + ".00", money(s.billed, "", "-"), money(s.allowed, "", "-"), "0.00",
                        "0.00", money(s.paid, "", "-"), adj, eob]
                rowtext(cv, fl.y, cols, vals, fs)
                lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                        printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=[eob],
                                        description=False))
                fl.y += 11
            tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
            grand += tp
            cv.t(30, fl.y, "   CLAIM TOTAL", fs, True)
            rowtext(cv, fl.y, cols[7:10], [money(tb, "", "-"), money(ta, "", "-"), "0.00"], fs, True)
            cv.t(480, fl.y, money(tp, "", "-"), fs, True, "r")
            claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                           "totals": claim_totals(tb, ta, tp, None)})
            fl.y += 18
        hdr_state["section"] = ""
    fl.need(80)
    cv.t(30, fl.y, f"TOTAL PAYMENT THIS RA: {money(grand, ',')}     WARRANT NO 00882146", fs, True)
    fl.y += 16
    cv.t(30, fl.y, "EOB CODE MESSAGES", fs, True)
    for c, txt in legend:
        fl.y += 10
        cv.t(30, fl.y, f"{c}  {txt}", fs)
    page_numbers(cv, "PAGE {i} OF {n}", W - 30, 590, fs)
    return cv, lines, claims, [list(x) for x in legend], [], (
        "State Medicaid remittance advice for a therapy provider, landscape core Courier: PAID / DENIED / ADJUSTED "
        "sections, one recipient heading line per claim (LAST, FIRST), FROM/THRU dates 010526, units '2.00', TPL and "
        "copay columns, CARC group+reason glued with amount ('CO45 93.48'), state EOB codes, a reversal with "
        "leading minus and its replacement, page header and section '(CONTINUED)' repeated.")


# ===================================================================== 6. state Medicaid RA, ruled (fpdf2)

def lay_d2(name):
    cv = Canvas("fpdf2", "dejavucond")
    W = cv.W
    lines, claims = [], []
    legend = [("N130", "Program limits on this benefit; see the therapy policy bulletin."),
              ("M86", "Same service already paid for this date."),
              ("N20", "Not paid on its own when billed with another service that day.")]

    def head():
        cv.t(36, 36, "Lakeshore Territories Department of Health Coverage", 11, True)
        cv.t(36, 48, "Provider Remittance Statement  -  Professional Services", 9)
        cv.box(W - 216, 24, 180, 34, 0.6)
        cv.t(W - 210, 36, "Payee: Tamsworth Speech & Motor Clinic", 7)
        cv.t(W - 210, 45, "Payee ID 300815522   Cycle 2026-05", 7)
        cv.t(W - 210, 54, "Issue date 01/30/2026", 7)
        cv.hl(36, W - 36, 64, 1.0)
        return 82

    cols = [(36, "l"), (56, "l"), (150, "l"), (228, "r"), (284, "r"), (338, "r"), (392, "r"), (440, "l"), (514, "l")]
    hd = ["Dtl", "Service dates", "Procedure/Mods", "Qty", "Billed", "Allowed", "Paid", "ARC", "RARC"]

    def colhead(y):
        rowtext(cv, y, cols, hd, 7, True)
        cv.hl(36, W - 36, y + 3, 0.4)
        return y + 13

    spec = [
        ("Quenby, Aurelio", "LT8810-4427-03", "TS-2601-0091", "26-0118-0099231",
         [(D(1, 5), D(1, 9), "97530", 6, ("GO",), None), (D(1, 5), D(1, 9), "97535", 2, ("GO",), None),
          (D(1, 12), D(1, 16), "97530", 5, ("GO",), None), (D(1, 12), None, "97168", 1, ("GO",), None)]),
        ("Rasmussen-Oyelaran, Dilys", "LT8810-5530-01", "TS-2601-0104", "26-0118-0099244",
         [(D(1, 6), None, "92523", 1, (), None), (D(1, 8), D(1, 29), "92507", 4, ("GN",), None),
          (D(1, 8), None, "97129", 1, ("GN",), "N20")]),
        ("Quenby, Marisol", "LT8810-4427-04", "TS-2601-0112", "26-0118-0099260",
         [(D(1, 7), None, "97165", 1, ("GO",), None), (D(1, 14), D(1, 28), "97530", 6, ("GO",), None),
          (D(1, 14), D(1, 28), "97112", 3, ("GO",), None), (D(1, 21), None, "97530", 2, ("GO",), "M86")]),
        ("Stavros, Benedikt", "LT8810-6093-02", "TS-2601-0120", "26-0118-0099275",
         [(D(1, 12), None, "97162", 1, ("GP",), None), (D(1, 19), D(1, 26), "97110", 4, ("GP",), None),
          (D(1, 19), D(1, 26), "97140", 2, ("GP",), None), (D(1, 19), D(1, 26), "97116", 2, ("GP",), "N130")]),
    ]
    fl = Flow(cv, 82, 740, head)
    y = head()
    cv.t(36, y, "Claims are listed by member name. Amounts in dollars. ARC = adjustment reason (group-code), "
               "RARC = remark.", 7.5)
    fl.y = y + 18
    for nm, mid, acct, tcn, svcs in spec:
        ss, rms = [], []
        for dos, end, code, u, mods, rm in svcs:
            s = Svc(dos, code, Decimal(u), mods, end)
            if rm:
                s.denied = "CO"
            ss.append(medicaid(s, deny_reason={"N20": "97", "M86": "18", "N130": "119"}.get(rm or "", "197")))
            rms.append([rm] if rm else [])
        fl.need(70)
        cv.box(36, fl.y - 10, W - 72, 26, 0.5, 0.9)
        cv.t(40, fl.y, f"Member: {nm}", 8, True)
        cv.t(220, fl.y, f"Member ID {mid}", 7.5)
        cv.t(360, fl.y, f"TCN {tcn}", 7.5)
        cv.t(40, fl.y + 11, f"Patient acct {acct}", 7.5)
        cv.t(220, fl.y + 11, "Billing NPI 1902264417   Rendering NPI 1730082951   Status: PAID", 7.5)
        fl.y = colhead(fl.y + 30)
        for i, (s, rm) in enumerate(zip(ss, rms), 1):
            if fl.need(12):
                cv.t(36, fl.y, f"Member: {nm}  TCN {tcn}  (continued from previous page)", 7.5, True)
                fl.y = colhead(fl.y + 14)
            dates = dfmt(s.dos, "mdy2") + (f" - {dfmt(s.end, 'mdy2')}" if s.end else "")
            arc = " ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs)
            vals = [str(i), dates, f"{s.code} {' '.join(s.mods)}".strip(), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.paid, ","), arc, " ".join(rm)]
            rowtext(cv, fl.y, cols, vals, 7.5)
            cv.hl(36, W - 36, fl.y + 3, 0.15)
            lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=tcn, patient=nm,
                                    printed=("billed", "allowed", "paid"), service_end=s.end, adjustments=s.adjs,
                                    remarks=rm, description=False))
            fl.y += 12
        rowtext(cv, fl.y, cols, ["", "Claim totals", "", "", money(total(ss, "billed"), ","),
                                  money(total(ss, "allowed"), ","), money(total(ss, "paid"), ","), "", ""], 7.5, True)
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": nm,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"), None)})
        fl.y += 24
    fl.need(70)
    cv.t(36, fl.y, "Remark code glossary", 9, True)
    for c, txt in legend:
        fl.y += 11
        cv.t(36, fl.y, f"{c}: {txt}", 7.5)
    page_numbers(cv, "Page {i} of {n}", W - 36, 772, 7)
    return cv, lines, claims, [list(x) for x in legend], [], (
        "State Medicaid provider remittance statement, portrait DejaVu Sans Condensed, hairline-ruled rows: shaded "
        "member bar per claim (Member / Member ID / TCN / Patient acct), span dates '01/05/26 - 01/09/26' with summed "
        "Qty, 'Procedure/Mods' in one cell, ARC as group-reason and amount ('CO-45 12.50'), RARC column, partial "
        "denials inside paid claims.")


# ===================================================================== 7. Medicare-style standard paper remit (fpdf2)

def lay_p1(name):
    cv = Canvas("fpdf2", "Courier")
    W = cv.W
    lines, claims = [], []
    fs = 7.2
    legend = [("MA01", "Appeal rights note (clearinghouse print of the payer's remark)"),
              ("N640", "Exceeds the therapy threshold; medical review flag kept on file")]

    def head():
        cv.t(30, 30, "GREYSTONE CLEARING SERVICES - STANDARD REMITTANCE PRINT", fs, True)
        cv.t(30, 40, "PAYER: MIDPLAINS MEDICARE CONTRACTOR B, JURISDICTION 7", fs)
        cv.t(30, 50, "PAYEE: ASHGROVE REHAB PARTNERS PC      NPI 1669203774", fs)
        cv.t(W - 30, 40, "CHECK/EFT # 889100442761   DATE 01/29/2026", fs, False, "r")
        rowtext(cv, 62, cols, ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED",
                               "DEDUCT", "COINS", "GRP/RC-AMT", "PROV PD"], fs, True)
        cv.t(30, 71, "-" * 126, fs)
        return 84

    # fixed-width columns: (x, align)
    cx = lambda c: 30 + c * 4.32  # noqa: E731  courier 7.2pt advance
    cols = [(cx(0), "l"), (cx(12), "l"), (cx(24), "l"), (cx(28), "l"), (cx(33), "l"), (cx(39), "l"),
            (cx(61), "r"), (cx(71), "r"), (cx(80), "r"), (cx(89), "r"), (cx(92), "l"), (cx(126), "r")]
    spec = [
        ("CORRIGAN, ELSPETH", "1QW7EE4TK21", "AGR-260105-01", "5526005188402", "1",
         [(D(1, 5), "97163", 1, ("GP",)), (D(1, 5), "97110", 2, ("GP",)), (D(1, 7), "97110", 2, ("GP",)),
          (D(1, 7), "97140", 1, ("GP",)), (D(1, 12), "97110", 2, ("GP",)), (D(1, 12), "97112", 2, ("GP",)),
          (D(1, 14), "97110", 2, ("GP", "KX")), (D(1, 14), "97116", 2, ("GP", "KX"))]),
        ("DUVALL-PRIESTLEY, AMOS", "7RT2JN8MM04", "AGR-260106-03", "5526005188419", "1",
         [(D(1, 6), "97165", 1, ("GO",)), (D(1, 8), "97530", 2, ("GO",)), (D(1, 8), "97535", 1, ("GO",)),
          (D(1, 13), "97530", 3, ("GO",)), (D(1, 13), "97112", 1, ("GO", "59"))]),
        ("ENGSTROM, MAUDE", "4HC9WD2XP63", "AGR-260109-02", "5526005188433", "1",
         [(D(1, 9), "92507", 1, ("GN",)), (D(1, 16), "92507", 1, ("GN",)), (D(1, 16), "92526", 1, ("GN", "59")),
          (D(1, 23), "92507", 1, ("GN",)), (D(1, 27), "92507", 1, ("GN",)),
          (D(1, 27), "92526", 1, ("GN", "59")), (D(1, 30), "92507", 1, ("GN",))]),
        ("FAIRWEATHER, LIONEL", "2PB6QA7HN90", "AGR-251202-07", "5525341177060", "22",
         [(D(12, 2), "97110", 3, ("GP",)), (D(12, 2), "97140", 1, ("GP",))]),
        ("FAIRWEATHER, LIONEL", "2PB6QA7HN90", "AGR-251202-07", "5526005188451", "1",
         [(D(12, 2), "97110", 2, ("GP",)), (D(12, 2), "97140", 1, ("GP",)), (D(12, 2), "97530", 1, ("GP",))]),
    ]
    st = PlanState(ded_left=Decimal("90.00"))
    fl = Flow(cv, head(), 748, head)
    net = ZERO
    for nm, mbi, acct, icn, stat, svcs in spec:
        ss = []
        for dos, code, u, mods in svcs:
            dd = dos if dos.month == 1 else date(2025, 12, dos.day)
            s = medicare(Svc(dd, code, Decimal(u), mods), PlanState() if stat != "1" or dos.month == 12 else st)
            ss.append(s)
        if stat == "22":
            ss = [negate(s) for s in ss]
        fl.need(36)
        cv.t(30, fl.y, f"NAME {nm:<24} MID {mbi}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01", fs)
        fl.y += 10
        cv.t(30, fl.y, f"CLAIM STATUS {stat}{'  (REVERSAL OF PRIOR PAYMENT)' if stat == '22' else ''}", fs)
        fl.y += 11
        for s in ss:
            nadj = max(1, len(s.adjs))
            if fl.need(9.5 * nadj + 2):
                cv.t(30, fl.y, f"NAME {nm:<24} ACNT {acct}  ICN {icn}  (CONT)", fs)
                fl.y += 11
            adj = [f"{g}-{c} {money(a, '', '-')}" for g, c, a in s.adjs]
            sd = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            rm = ["N640"] if "KX" in s.mods else []
            vals = ["1730082951", sd, "11", units_str(abs(s.units)), s.code, " ".join(s.mods),
                    money(s.billed, "", "-"), money(s.allowed, "", "-"), money(s.deductible, "", "-"),
                    money(s.coinsurance, "", "-"), adj[0] if adj else "", money(s.paid, "", "-")]
            rowtext(cv, fl.y, cols, vals, fs)
            for extra in adj[1:]:
                fl.y += 9.5
                cv.t(cx(92), fl.y, extra, fs)
            if rm:
                fl.y += 9.5
                cv.t(cx(12), fl.y, "REM: N640", fs)
            lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "paid", "deductible", "coinsurance"),
                                    adjustments=s.adjs, remarks=rm, description=False))
            fl.y += 10.5
        tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
        tr = total(ss, "owes")
        net += tp
        cv.t(30, fl.y, f"PT RESP {money(tr, '', '-'):>9}", fs)
        fl.y += 10
        vals = ["CLAIM TOTALS", "", "", "", "", "", money(tb, "", "-"), money(ta, "", "-"),
                money(total(ss, "deductible"), "", "-"), money(total(ss, "coinsurance"), "", "-"), "",
                money(tp, "", "-")]
        rowtext(cv, fl.y, cols, vals, fs)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(tb, ta, tp, None)})
        fl.y += 20
    fl.need(40)
    cv.t(30, fl.y, f"TOTALS:  # OF CLAIMS {len(spec)}     NET PROV PD {money(net, '', '-')}    CHECK AMT "
                   f"{money(net, '', '-')}", fs, True)
    page_numbers(cv, "PAGE #: {i} OF {n}", W - 30, 30, fs)
    return cv, lines, claims, [list(x) for x in legend], [], (
        "Medicare-contractor standard paper remit reprinted by a clearinghouse, portrait core Courier, fixed columns: "
        "NAME/MID/ACNT/ICN/ASG/MOA claim line, 'MMDD MMDDYY' service dates, POS, NOS (units), stacked GRP/RC-AMT "
        "rows (CO-45, PR-1, PR-2, CO-253), REM line under KX services, PT RESP and CLAIM TOTALS, a status-22 "
        "reversal with minus amounts and its re-processed claim, claims running across page breaks with '(CONT)'.")


# ===================================================================== 8. practice-management ERA print (reportlab)

def lay_p2(name):
    cv = Canvas("reportlab", "dejavu", landscape=True)
    W = cv.W
    lines, claims = [], []
    legend = [("N122", "Add-on code billed without its primary service (our wording)"),
              ("M80", "Not paid when done the same day as another listed service (our wording)")]

    def head():
        cv.t(28, 34, "TheraLedger PM  |  Remittance Detail (ERA)", 11, True)
        cv.t(28, 47, "Payer: Meridian Keystone Health Plans  |  Trace #: 1KZ40091733  |  Paid 02/03/2026  |  "
                     "EFT $ amount shown at end", 7.5)
        cv.t(W - 28, 34, "Practice: Orchard Lane Therapy Group", 8, False, "r")
        cv.hl(28, W - 28, 54, 0.8)
        return 72

    cols = [(34, "l"), (56, "l"), (108, "l"), (146, "l"), (196, "r"), (250, "r"), (302, "r"), (350, "r"),
            (396, "r"), (440, "r"), (452, "l"), (620, "r"), (640, "l")]
    hd = ["Ln", "DOS", "Proc", "Mods", "Units", "Charge", "Allowed", "Deduct", "CoIns", "Copay",
          "Adjustments (Grp-Rsn Amt)", "Paid", "Remarks"]
    spec = [
        ("Nakagawa-Brandt, Emil", "OLT-88120", "MK26020119044", "1 - Processed as Primary",
         [(D(1, 8), "97166", 1, ("GO",), None), (D(1, 8), "97530", 2, ("GO",), None),
          (D(1, 15), "97530", 2, ("GO",), None), (D(1, 15), "97533", 1, ("GO",), None)]),
        ("Ostrowski, Hanne", "OLT-88131", "MK26020119107", "1 - Processed as Primary",
         [(D(1, 9), "97162", 1, ("GP",), None), (D(1, 9), "97110", 2, ("GP",), None),
          (D(1, 9), "97140", 1, ("GP", "59"), "M80")]),
        ("Nakagawa-Brandt, Emil", "OLT-87964", "MK26010811520", "22 - Reversal of Previous Payment",
         [(D(12, 18), "97530", 3, ("GO",), None)]),
        ("Nakagawa-Brandt, Emil", "OLT-87964", "MK26020119230", "1 - Processed as Primary",
         [(D(12, 18), "97530", 2, ("GO",), None), (D(12, 18), "97535", 1, ("GO",), None)]),
        ("Pellegrino, Saoirse", "OLT-88150", "MK26020119311", "1 - Processed as Primary",
         [(D(1, 20), "92507", 1, ("GN",), None), (D(1, 20), "92526", 1, ("GN",), None),
          (D(1, 27), "92507", 1, ("GN",), None), (D(1, 27), "97129", 1, ("GN",), "N122")]),
    ]
    states = {}
    fl = Flow(cv, head(), 570, head)
    eft = ZERO
    for nm, acct, icn, status, svcs in spec:
        st = states.setdefault(nm, PlanState(ded_left=Decimal("75.00"), visit_copay=Decimal("25.00")))
        ss, rms = [], []
        for dos, code, u, mods, rm in svcs:
            dd = dos if dos.month == 1 else date(2025, 12, dos.day)
            s = Svc(dd, code, Decimal(u), mods)
            if rm:
                s.denied = "CO"
            s = commercial(s, PlanState(allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.10"))
                           if dd.month == 12 else st, deny_reason="97")
            ss.append(s)
            rms.append([rm] if rm else [])
        if status.startswith("22"):
            ss = [negate(s) for s in ss]
        h = 40 + 13 * len(ss)
        fl.need(h + 10)
        top = fl.y
        cv.box(28, top, W - 56, h, 0.6)
        cv.box(28, top, W - 56, 16, 0.6, 0.88)
        cv.t(34, top + 11, f"Patient: {nm}", 8, True)
        cv.t(210, top + 11, f"Patient Ctrl #: {acct}", 7.5)
        cv.t(350, top + 11, f"Payer Claim #: {icn}", 7.5)
        cv.t(530, top + 11, f"Status: {status}", 7.5)
        yy = top + 27
        rowtext(cv, yy, cols, hd, 6.8, True)
        yy += 12
        for i, (s, rm) in enumerate(zip(ss, rms), 1):
            adj = "  ".join(f"{g}-{c} {money(a, ',', '()')}" for g, c, a in s.adjs)
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(abs(s.units)),
                    money(s.billed, "$", "()"), money(s.allowed, "$", "()"), money(s.deductible, ",", "()"),
                    money(s.coinsurance, ",", "()"), money(s.copay, ",", "()"), adj, money(s.paid, "$", "()"),
                    " ".join(rm)]
            rowtext(cv, yy, cols, vals, 7)
            lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "paid", "deductible", "coinsurance", "copay"),
                                    adjustments=s.adjs, remarks=rm, description=False))
            yy += 13
        tb, ta, tp = total(ss, "billed"), total(ss, "allowed"), total(ss, "paid")
        tr = total(ss, "owes")
        eft += tp
        cv.t(34, yy, "Claim totals", 7, True)
        rowtext(cv, yy, [cols[5], cols[6], cols[11]], [money(tb, "$", "()"), money(ta, "$", "()"),
                                                      money(tp, "$", "()")], 7, True)
        cv.t(640, yy, f"Pt Resp {money(tr, '$', '()')}", 7, True)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(tb, ta, tp, None)})
        fl.y = top + h + 10
    fl.need(50)
    cv.t(28, fl.y + 4, f"EFT total {money(eft)}   Claims {len(spec)}", 8.5, True)
    fl.y += 18
    for c, txt in legend:
        cv.t(28, fl.y, f"{c}  {txt}", 7)
        fl.y += 10
    page_numbers(cv, "Printed 02/04/2026 10:12  -  Page {i} of {n}", W - 28, 596, 6.5)
    return cv, lines, claims, [list(x) for x in legend], [], (
        "Practice-management ERA print for a commercial payer, landscape DejaVu Sans, one box per claim with a shaded "
        "heading (Patient / Patient Ctrl # / Payer Claim # / Status '1 - Processed as Primary'), Mods comma-joined "
        "('GP,59'), inline adjustments 'CO-45 48.00  PR-3 25.00', negatives in parentheses for a status-22 reversal "
        "and its corrected claim, a denied same-day line.")


# ===================================================================== 9. therapy clinic family statement (reportlab)

def lay_s1(name):
    cv = Canvas("reportlab", "libsans")
    W = cv.W
    lines, claims = [], []
    legend = [("P", "Your plan applied this amount to your deductible."), ("Q", "Copay due at time of visit."),
              ("X", "Your plan did not cover this service; balance transferred to you.")]
    fam = "Lindqvist"

    def stub():
        cv.t(36, 40, "Juniper Hollow Pediatric Therapy", 13, True)
        cv.t(36, 53, "OT  *  PT  *  Speech  |  77 Ferncliff Ave, Suite 2, Maple Rapids, MI 48845", 7.5)
        cv.t(W - 36, 40, "STATEMENT", 13, True, "r")
        cv.box(36, 64, W - 72, 62, 0.6)
        for i, (k, v) in enumerate([("Statement date", "02/05/2026"), ("Guarantor acct", "G-004417"),
                                    ("Amount due", "see below"), ("Pay by", "03/01/2026")]):
            cv.t(44 + i * 134, 78, k, 7, True)
            cv.t(44 + i * 134, 90, v, 9)
        cv.t(44, 108, "Please detach and return the top portion with your payment. Show amount paid here: $__________",
             7.5)
        for x in range(36, int(W - 36), 8):
            cv.hl(x, x + 4, 134, 0.5)
        cv.t(36, 150, "HALDIS LINDQVIST", 8.5, True)
        cv.t(36, 160, "915 BIRCHWATER CT, MAPLE RAPIDS MI 48845", 8)
        return 182

    def cont_head():
        cv.t(36, 40, "Juniper Hollow Pediatric Therapy  -  Statement for Guarantor acct G-004417 (continued)", 9, True)
        cv.hl(36, W - 36, 46, 0.6)
        return colhead(64)

    cols = [(36, "l"), (84, "l"), (164, "l"), (212, "l"), (356, "r"), (404, "r"), (452, "r"), (500, "r"),
            (532, "r"), (576, "r")]
    hd = [("Date", ""), ("Patient", ""), ("Code", ""), ("Description", ""), ("Qty", ""), ("Charge", ""),
          ("Ins Paid", ""), ("Ins Adj", ""), ("Note", ""), ("Your Bal", "")]

    def colhead(y):
        cv.hl(36, W - 36, y - 10, 0.6)
        rowtext(cv, y, cols, [a for a, _ in hd], 7.5, True)
        cv.hl(36, W - 36, y + 4, 0.6)
        return y + 16

    y = colhead(stub())
    visits = [
        ("Ezra", "V-30118", "HHC-2601-55081", "Heartland Harbor Health", D(1, 30),
         [(D(1, 6), "97165", 1, ("GO",)), (D(1, 6), "97535", 1, ("GO",))], "P"),
        ("Signe", "V-30125", "HHC-2601-55094", "Heartland Harbor Health", D(1, 30),
         [(D(1, 7), "92523", 1, ()), (D(1, 7), "92507", 1, ("GN",))], "Q"),
        ("Ezra", "V-30140", "HHC-2601-55120", "Heartland Harbor Health", D(2, 2),
         [(D(1, 13), "97530", 3, ("GO",)), (D(1, 13), "97112", 1, ("GO",)), (D(1, 20), "97530", 3, ("GO",)),
          (D(1, 20), "97533", 1, ("GO",))], "Q"),
        ("Signe", "V-30151", "HHC-2601-55161", "Heartland Harbor Health", D(2, 2),
         [(D(1, 14), "92507", 1, ("GN",)), (D(1, 21), "92507", 1, ("GN",)), (D(1, 28), "92526", 1, ("GN",))], "Q"),
        ("Aksel", "V-30166", "HHC-2601-55190", "Heartland Harbor Health", D(2, 3),
         [(D(1, 22), "97161", 1, ("GP",)), (D(1, 22), "97110", 2, ("GP",)), (D(1, 29), "97110", 2, ("GP",)),
          (D(1, 29), "97116", 1, ("GP",)), (D(1, 29), "0552T", 1, ())], "Q"),
        ("Ezra", "V-30172", "HHC-2601-55214", "Heartland Harbor Health", D(2, 4),
         [(D(1, 27), "97530", 2, ("GO",)), (D(1, 27), "97535", 1, ("GO",)), (D(1, 29), "97530", 3, ("GO",)),
          (D(1, 29), "97112", 1, ("GO",)), (D(1, 30), "97168", 1, ("GO",))], "Q"),
        ("Signe", "V-30180", "HHC-2601-55233", "Heartland Harbor Health", D(2, 4),
         [(D(1, 30), "92507", 1, ("GN",)), (D(1, 30), "97129", 1, ("GN",))], "Q"),
    ]
    st = PlanState(ded_left=Decimal("120.00"), copay_codes={}, coins_rate=Decimal("0.00"),
                   allowed_rate=Decimal("0.70"))
    fl = Flow(cv, y, 560, cont_head)
    bal = ZERO
    for first, vnum, clm, payer, filed, svcs, notedef in visits:
        pat = f"{first} {fam}"
        st.visit_copay = Decimal("20.00") if notedef == "Q" else ZERO
        ss = []
        for dos, code, u, mods in svcs:
            s = Svc(dos, code, Decimal(u), mods)
            if code == "0552T":
                s.denied = "PR"
            ss.append(commercial(s, st))
        fl.need(40)
        cv.box(36, fl.y - 9, W - 72, 13, 0.3, 0.93)
        cv.t(40, fl.y, f"Visit {vnum}  -  {pat}  -  billed to {payer} {dfmt(filed, 'mdy4')}, "
                       f"insurance claim {clm}", 7.5, True)
        fl.y += 14
        for s in ss:
            fl.need(12)
            note = "X" if s.denied else ("P" if s.deductible else ("Q" if s.copay else ""))
            vals = [dfmt(s.dos, "mdy4"), pat, " ".join((s.code,) + s.mods), textwrap.wrap(s.desc, 30)[0], units_str(s.units),
                    money(s.billed, ","), money(s.paid, ","), money(s.billed - s.paid - s.owes, ","),
                    note, money(s.owes, ",")]
            rowtext(cv, fl.y, cols, vals, 7.5)
            lines.append(truth_line(cv.pageno, s, claim_id=vnum, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "paid", "patient_owes"), description=False,
                                    remarks=[]))
            fl.y += 12
        vb = total(ss, "owes")
        bal += vb
        cv.t(452, fl.y, "Visit balance", 7.5, True, "r")
        cv.t(576, fl.y, money(vb, ","), 7.5, True, "r")
        claims.append({"claim_id": vnum, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(None, None, None, vb)})
        fl.y += 20
    fl.need(50)
    cv.t(36, fl.y, "Payment received 01/16/2026 - thank you (check 4471)", 7.5)
    cv.t(576, fl.y, "(40.00)", 7.5, False, "r")
    fl.y += 16
    cv.t(452, fl.y, "Amount due", 9, True, "r")
    cv.t(576, fl.y, money(bal - Decimal("40.00")), 9, True, "r")
    fl.y += 20
    for c, txt in legend:
        cv.t(36, fl.y, f"{c} = {txt}", 7)
        fl.y += 10
    page_numbers(cv, "Page {i} of {n}", W - 36, 770, 7)
    return cv, lines, claims, [list(x) for x in legend], [], (
        "Pediatric therapy clinic family statement to a guarantor (three children), portrait Liberation Sans: "
        "tear-off stub, shaded visit heading rows naming the visit number and the insurer's claim number, "
        "'97530 GO' code cells, Qty, insurance paid and insurance adjustment as plain amounts, letter notes, a patient "
        "payment non-service row, continuation page with a short repeated heading.")


# ===================================================================== 10. hospital outpatient statement (fpdf2)

def lay_s2(name):
    cv = Canvas("fpdf2", "libserif")
    W = cv.W
    lines, claims = [], []
    guarantor = "Wendell Ashcombe-Ruiz"
    side_x = 420

    def sidebar(first):
        cv.box(side_x, 80, W - 36 - side_x, 640, 0.6, 0.95)
        cv.t(side_x + 8, 96, "Account summary", 10, True)
        rows = [("Guarantor ID", "GID 7730219"), ("Statement date", "Feb 9, 2026"), ("Due date", "Mar 6, 2026")]
        for i, (k, v) in enumerate(rows):
            cv.t(side_x + 8, 114 + i * 24, k, 7.5)
            cv.t(side_x + 8, 124 + i * 24, v, 9, True)
        cv.t(side_x + 8, 200, "Questions about this bill?", 8, True)
        cv.t(side_x + 8, 211, "Patient Financial Services", 7.5)
        cv.t(side_x + 8, 221, "(555) 010-4480, Mon-Fri 8-5", 7.5)
        cv.t(side_x + 8, 246, "Financial help may be", 7.5)
        cv.t(side_x + 8, 256, "available. Ask us.", 7.5)

    def head(first=False):
        cv.t(36, 42, "St. Ambrose Lakeside Hospital", 15, True)
        cv.t(36, 56, "Outpatient Rehabilitation & Therapy Services  -  410 Harbor Bend Rd, Port Eldon, WA 98390", 7.5)
        cv.hl(36, W - 36, 64, 1.2)
        sidebar(first)
        return 90

    cols = [(36, "l"), (88, "l"), (112, "l"), (168, "l"), (362, "r"), (408, "r")]
    hd = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Amount"]

    def colhead(y):
        rowtext(cv, y, cols, hd, 7.5, True)
        cv.hl(36, 410, y + 3, 0.5)
        return y + 13

    accounts = [
        ("Cosima Ashcombe-Ruiz", "40022815", "Occupational therapy", "PLN-26-00917734", "Evergreen Coast Health Plan",
         [(D(1, 5), "0430", "97167", 1, ("GO",)), (D(1, 5), "0430", "97535", 2, ("GO",)),
          (D(1, 12), "0430", "97530", 3, ("GO",)), (D(1, 12), "0430", "97112", 1, ("GO",)),
          (D(1, 19), "0430", "97530", 3, ("GO",)), (D(1, 19), "0430", "97140", 1, ("GO", "59")),
          (D(1, 26), "0430", "97530", 2, ("GO",)), (D(1, 26), "0430", "97760", 1, ("GO",)),
          (D(1, 26), "0274", "L3807", 1, ("LT",))]),
        ("Wendell Ashcombe-Ruiz", "40023071", "Physical therapy", "PLN-26-00931208", "Evergreen Coast Health Plan",
         [(D(1, 8), "0420", "97163", 1, ("GP",)), (D(1, 8), "0420", "97110", 2, ("GP",)),
          (D(1, 15), "0420", "97110", 2, ("GP",)), (D(1, 15), "0420", "97116", 2, ("GP",)),
          (D(1, 22), "0420", "97110", 2, ("GP",)), (D(1, 22), "0420", "G0283", 1, ("GP",)),
          (D(1, 27), "0420", "97110", 2, ("GP",)), (D(1, 27), "0420", "97140", 1, ("GP",)),
          (D(1, 29), "0420", "97110", 2, ("GP",)), (D(1, 29), "0420", "97116", 1, ("GP",)),
          (D(1, 29), "0420", "97112", 1, ("GP",))]),
        ("Theodora Ashcombe-Ruiz", "40023388", "Speech-language pathology", None, None,
         [(D(1, 13), "0440", "92523", 1, ("GN",)), (D(1, 15), "0440", "92507", 1, ("GN",)),
          (D(1, 20), "0440", "92507", 1, ("GN",)), (D(1, 22), "0440", "92526", 1, ("GN",)),
          (D(1, 27), "0440", "92507", 1, ("GN",)), (D(1, 29), "0440", "92507", 1, ("GN",)),
          (D(1, 29), "0440", "97129", 1, ("GN",))]),
    ]
    y = head(True)
    cv.t(36, y, guarantor.upper(), 9, True)
    cv.t(36, y + 11, "3305 GULL HARBOR WAY NW", 8.5)
    cv.t(36, y + 22, "PORT ELDON WA 98390-1172", 8.5)
    cv.t(36, y + 44, "Your visits", 12, True)

    def cont():
        yy = head()
        cv.t(36, yy, "Your visits (continued)", 10, True)
        return yy + 18

    fl = Flow(cv, y + 62, 712, cont)
    due = ZERO
    for pat, acct, svc_line, plan_clm, plan, svcs in accounts:
        ss = []
        for dos, rev, code, u, mods in svcs:
            s = Svc(dos, code, Decimal(u), mods)
            ss.append((rev, s))
        fl.need(52)
        cv.t(36, fl.y, f"Patient: {pat}", 9, True)
        fl.y += 11
        cv.t(36, fl.y, f"Account {acct}  |  {svc_line}  |  {dfmt(ss[0][1].dos, 'mon')} - {dfmt(ss[-1][1].dos, 'mon')}",
             7.5)
        fl.y += 16
        fl.y = colhead(fl.y)
        for rev, s in ss:
            wrapped = textwrap.wrap(s.desc, 38, break_on_hyphens=False)
            if fl.need(11 + 9 * (len(wrapped) - 1)):
                cv.t(36, fl.y, f"Patient: {pat}  Account {acct} (continued)", 8, True)
                fl.y = colhead(fl.y + 14)
            vals = [dfmt(s.dos, "mdy2"), rev, (s.code + " " + " ".join(s.mods)).strip(), wrapped[0],
                    units_str(s.units), money(s.billed, ",")]
            rowtext(cv, fl.y, cols, vals, 7.5)
            for extra in wrapped[1:]:
                fl.y += 9
                cv.t(168, fl.y, extra, 7.5)
            lines.append(truth_line(cv.pageno, s, claim_id=acct, payer_claim_id=plan_clm, patient=pat,
                                    printed=("billed",), description=False))
            fl.y += 11
        tb = sum((s.billed for _, s in ss), ZERO)
        fl.need(50)
        cv.hl(300, 410, fl.y - 7, 0.4)
        cv.t(168, fl.y, "Total charges", 7.5, True)
        cv.t(408, fl.y, money(tb, ","), 7.5, True, "r")
        fl.y += 11
        if plan:
            ins = q(tb * Decimal("0.52"))
            adj = q(tb * Decimal("0.31"))
            cv.t(168, fl.y, f"{plan} payment (claim {plan_clm})", 7.5)
            cv.t(408, fl.y, money(-ins, ",", "trail"), 7.5, False, "r")
            fl.y += 10
            cv.t(168, fl.y, "Contractual adjustment", 7.5)
            cv.t(408, fl.y, money(-adj, ",", "trail"), 7.5, False, "r")
            fl.y += 11
            bal = tb - ins - adj
        else:
            cv.t(168, fl.y, "No insurance on file for this visit - self-pay discount applied", 7.5)
            disc = q(tb * Decimal("0.25"))
            fl.y += 10
            cv.t(168, fl.y, "Self-pay discount", 7.5)
            cv.t(408, fl.y, money(-disc, ",", "trail"), 7.5, False, "r")
            fl.y += 11
            bal = tb - disc
        cv.t(168, fl.y, "Account balance", 7.5, True)
        cv.t(408, fl.y, money(bal, "$"), 7.5, True, "r")
        due += bal
        claims.append({"claim_id": acct, "payer_claim_id": plan_clm, "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
        fl.y += 24
    fl.need(30)
    cv.t(36, fl.y, "Total amount due", 10, True)
    cv.t(408, fl.y, money(due), 10, True, "r")
    cv.pages[0].append(("t", side_x + 8, 290, "Amount due", 8, True, "l"))
    cv.pages[0].append(("t", side_x + 8, 304, money(due), 13, True, "l"))
    page_numbers(cv, "Page {i} of {n}", W - 36, 770, 7)
    return cv, lines, claims, [], [], (
        "Hospital outpatient-rehabilitation family statement to a guarantor (three family members), portrait "
        "Liberation Serif, two-column page with a shaded account-summary sidebar: account per patient and service "
        "line, revenue code column, 'CPT/HCPCS' cell with modifiers ('97140 GO 59'), wrapped descriptions, plan "
        "payment and contractual adjustment only at account level with trailing-minus credits, a self-pay account "
        "whose totals and balance fall on page 2.")


LAYOUTS = [("h154_c1_commercial_family_eob", lay_c1), ("h154_c2_commercial_benefit_statement", lay_c2),
           ("h154_m1_medicare_advantage_eob", lay_m1), ("h154_m2_medicare_summary_notice", lay_m2),
           ("h154_d1_medicaid_ra_mono", lay_d1), ("h154_d2_medicaid_ra_ruled", lay_d2),
           ("h154_p1_clearinghouse_standard_remit", lay_p1), ("h154_p2_pm_era_print", lay_p2),
           ("h154_s1_therapy_family_statement", lay_s1), ("h154_s2_hospital_family_statement", lay_s2)]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]).resolve() if args else Path(tempfile.mkdtemp(prefix="heldout154_"))
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for name, fn in LAYOUTS:
        cv, lines, claims, legend, findings, desc = fn(name)
        path = out / f"{name}.pdf"
        cv.save(path)
        write_truth(path, name, cv.producer, cv.pageno, desc, lines, claims, legend, findings)
        files.append(path.name)
        print(f"{path}  pages={cv.pageno} lines={len(lines)} claims={len(claims)}")
    if "--check" in argv:
        errs = check_folder(out, files)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "OK" if not errs else f"{len(errs)} problem(s)")
        return 1 if errs else 0
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
