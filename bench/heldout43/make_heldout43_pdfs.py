"""Write the FORTY-THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two layouts each, in house
styles unlike the earlier sets.

Run:  python bench/heldout43/make_heldout43_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout43/make_heldout43_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed
values only, null for what a layout does not print (units null where no quantity is printed, modifiers []
where none are printed); claim_id = the provider's own account / patient-control / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person who got the
service, not the guarantor or subscriber). Remarks = the note / remark codes printed on the line.
Adjustments = [group, reason, amount] only where the page prints group/reason codes for the line. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Drawing helpers: engine43.py.

Layouts (2 x 5 kinds):
  c1  commercial PPO member EOB, reportlab portrait Liberation Serif: "Amount billed / Plan discount / Plan
      allowance / Not covered / Deductible / Copay / Coinsurance / Plan paid / Your responsibility / Remark",
      CPT in parentheses after our wording, no units, ruled rows, family of three, a long claim continued on
      page 2 with "(continued)" and the header repeated, a denied line, claim totals, remark legend
  c2  commercial EPO "Benefit Summary" member EOB, fpdf2 landscape DejaVu Sans Condensed: boxed claim cards,
      "From - To" date ranges, "97110 GP" code+modifier, Units, "Charges / Savings / Covered / Deductible /
      Copay / Coins. / Plan Paid / You Owe / Codes", copay per visit, four family members, continuation page
  m1  Medicare Summary Notice Part B, reportlab portrait DejaVu Sans: page 1 summary, then claims with the
      service date in the claim heading, "3 Therapeutic activities (97530-GO)" service wording with the count in
      front, "Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid /
      Maximum You May Be Billed / See Notes Below", note letters, a denied service
  m2  Medicare Advantage HMO member EOB, fpdf2 portrait Liberation Sans: "Claims we processed", grey claim bars,
      "Date(s) / Service / Code / Provider charged / Plan approved / Plan paid / You owe / Note", modifiers
      joined "97140-GP", no units, continuation of a claim on page 2 without a repeated column header
  d1  state Medicaid remittance advice, reportlab landscape Liberation Sans Narrow 7 pt: PAID / DENIED claim
      sections, claim rows "RECIPIENT / RECIP ID / ICN / PAT ACCT # / BILLED / ALLOWED / PAID", then line rows
      "LN / FROM / TO / PROC / M1 M2 / UNITS "3.00" / BILLED / ALLOWED / PAID / GRP-CARC AMT / RARC"
  d2  state Medicaid "Provider Remittance Statement", fpdf2 portrait DejaVu Sans Mono fixed-width rows: TCN,
      client name last-first, MMDDYY dates, adjustments "CO 45" + amount, a reversal (negative amounts) and its
      re-bill, column heading printed as part of the page banner
  p1  Medicare-style standard paper remit printed by a clearinghouse, fpdf2 portrait Liberation Mono: NAME / HIC
      / ACNT / ICN / ASG / MOA claim lines, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", extra adjustments on the following line, CLAIM TOTALS rows, a claim across pages
  p2  practice-management "ERA Posting Detail" of a Medicare payment, reportlab landscape core Helvetica:
      grey claim bars, CPT and Mod columns apart, units "2.0", "Charge / Allowed / Deduct / Coins / Adj Codes /
      Paid", a zero-pay denied line, per-claim subtotals
  s1  outpatient therapy clinic FAMILY STATEMENT to a guarantor, fpdf2 portrait Liberation Serif: statement
      box, visit heading rows (patient, visit no., insurer and claim no.), "Charges / Ins Paid / Adjust / Pt Paid
      / Balance", three children, copay payments as non-service rows
  s2  hospital patient STATEMENT with itemized detail, reportlab portrait DejaVu Serif Condensed: per hospital
      account (patient, account no., insurer claim no.), "Rev / CPT-HCPCS / Description / Qty / Charges",
      insurance payment and adjustment rows per account (not per line), two family members, continued account

The self-check (--check) tests the factory, not the reader: the page count matches; each truth line's code,
modifiers, units and every non-null amount are found on ONE extracted text row of its page (the row is
located by position); service dates are on that row or in the claim heading on that page; claim ids and
patient names are in the page text; billed - discount - not covered = allowed and allowed - deductible -
copay - coinsurance = paid where printed; billed - adjustments = paid where every adjustment is printed;
claim totals equal the sum of their lines.
"""
from __future__ import annotations

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

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, units_str, write_truth)
from engine43 import Flow, render  # noqa: E402

import eobgen  # noqa: E402

# codes the shared tables lack: invented charge, fee and our own wording
eobgen.FEE.setdefault("97533", "98.00")
eobgen.SCHED.setdefault("97533", "31.90")
eobgen.DESC.setdefault("97533", "Sensory integration techniques")
D = lambda m, d: date(2026, m, d)  # noqa: E731
ROWS: dict[str, list] = {}  # layout -> per truth line (page, y, date-on-row?)


def visits(days, pattern, mods=()):
    """Services for a run of visit days (month, day); pattern = [(code, units)] repeated each visit."""
    return [S(D(m, d), c, u, mods) for m, d in days for c, u in pattern]


def S(dos, code, units, mods=(), denied=None, desc=None, end=None):
    s = Svc(dos, code, Decimal(str(units)), tuple(mods), end, desc or "", denied)
    return s


class Book:
    def __init__(self, name):
        self.name = name
        self.lines: list = []
        self.claims: list = []
        self.pos: list = []

    def add(self, flow, s, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(flow.page, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                     printed=printed, **kw))
        self.pos.append((flow.page, flow.y))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def wrap(s, n):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + [cur]


# ============================================================================ c1 commercial PPO member EOB
def c1():
    b = Book("c1")
    fam = "LibSerif"

    def header(f):
        f.t(40, "Harborline Health Plan", 15, True)
        f.t(40, "PPO Plus  |  P.O. Box 44190, Lakemont, OR 97301", 7.5, y=f.y + 12)
        f.t(572, "EXPLANATION OF BENEFITS", 11, True, "R")
        f.t(572, "THIS IS NOT A BILL", 8, True, "R", y=f.y + 12)
        f.t(572, "Page {P} of {N}", 7.5, False, "R", y=f.y + 24)
        f.y += 34
        f.hl(40, 572, w=1.2)
        f.y += 12
        if f.page == 1:
            for a, bb in (("Subscriber:", "Nadia Q. Ellerbrook"), ("Member ID:", "HLX 407 221 983"),
                          ("Group:", "Tamsett Logistics 55210"), ("Statement date:", "February 3, 2026")):
                f.t(40, a, 8, True)
                f.t(120, bb, 8)
                f.y += 11
            f.t(330, "Nadia Q. Ellerbrook", 8, y=f.y - 44)
            f.t(330, "2218 Fennimore Street", 8, y=f.y - 33)
            f.t(330, "Lakemont, OR 97304-1150", 8, y=f.y - 22)
            f.y += 6
            f.t(40, "Here is how your claims were processed. Keep this notice for your records.", 8)
            f.y += 14

    RX = {}
    # re-define columns: 11 numeric-ish columns plus remark at 570
    heads = [("Date of", "service"), ("Service", "(billing code)"), ("Amount", "billed"), ("Plan", "discount"),
             ("Plan", "allowance"), ("Not", "covered"), ("Deduct-", "ible"), ("Copay", ""), ("Coins-", "urance"),
             ("Plan", "paid"), ("Your", "share")]

    def colhead2(f):
        f.rect(40, f.y - 8, 532, 22, gray=0.88)
        f.t(42, "Date of", 6.8, True)
        f.t(42, "service", 6.8, True, y=f.y + 9)
        f.t(84, "Service (billing code)", 6.8, True)
        for i in range(2, 11):
            f.t(RX[i] - 16 if False else RX[i] - 0, heads[i][0], 6.8, True, "R")
            f.t(RX[i], heads[i][1], 6.8, True, "R", y=f.y + 9)
        f.t(570, "Rmk", 6.8, True, "R")
        f.y += 22

    RX.update({2: 300, 3: 332, 4: 366, 5: 396, 6: 426, 7: 452, 8: 482, 9: 514, 10: 546})
    f = Flow(False, fam, 7.2, 11, 44, 60, header, None)
    st = {"Nadia": PlanState(ded_left=Decimal("60.00"), copay_codes={}, allowed_rate=Decimal("0.78")),
          "Theo": PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.78")),
          "Ivy": PlanState(ded_left=ZERO, allowed_rate=Decimal("0.78"))}
    claims = [
        ("Ellerbrook, Theo", "Theo", "Brightwater Pediatric Therapy", "HP26-0114-30871", "BWT-77310",
         [S(D(1, 6), "97165", 1, ("GO",)), S(D(1, 6), "97530", 2, ("GO",)), S(D(1, 13), "97530", 3, ("GO",)),
          S(D(1, 13), "97535", 1, ("GO",)), S(D(1, 20), "97530", 2, ("GO",)), S(D(1, 20), "97112", 1, ("GO",)),
          S(D(1, 27), "97530", 3, ("GO",)), S(D(1, 27), "97535", 1, ("GO",)),
          S(D(1, 27), "0552T", 1, (), "PR")]
         + visits([(1, 29), (2, 3), (2, 5), (2, 10), (2, 12), (2, 17), (2, 19), (2, 24), (2, 26)],
                  [("97530", 2), ("97535", 1)], ("GO",))),
        ("Ellerbrook, Nadia", "Nadia", "Cedar Row Physical Therapy", "HP26-0121-11902", "CRPT-5521",
         [S(D(1, 8), "97161", 1, ("GP",)), S(D(1, 8), "97110", 2, ("GP",)), S(D(1, 15), "97140", 1, ("GP",)),
          S(D(1, 15), "97110", 2, ("GP",))]),
        ("Ellerbrook, Ivy", "Ivy", "Lakemont Speech & Language Center", "HP26-0126-40077", "LSL-2026-0183",
         [S(D(1, 12), "92523", 1), S(D(1, 19), "92507", 1), S(D(1, 26), "92507", 1)]),
    ]
    legend = [("P1", "Your plan does not cover this service. You may owe the provider the full amount."),
              ("D3", "This amount was applied to your calendar-year deductible.")]
    pr = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    claims = claims[1:] + claims[:1]
    for pat, key, prov, pcid, acct, svcs in claims:
        for s in svcs:
            commercial(s, st[key], deny_reason="96")
        f.need(60)
        f.rect(40, f.y - 8, 532, 24)
        f.t(44, f"Patient: {pat}", 7.6, True)
        f.t(230, f"Provider: {prov}", 7.6)
        f.t(44, f"Claim ID: {pcid}", 7.6, y=f.y + 11)
        f.t(230, f"Patient account no.: {acct}", 7.6, y=f.y + 11)
        f.t(430, "Network status: In network", 7.6, y=f.y + 11)
        f.y += 26

        def cont(ff, pat=pat, pcid=pcid):
            ff.t(40, f"{pat}  -  Claim ID {pcid} (continued)", 7.6, True)
            ff.y += 14
        f.cont = cont
        f.colhead = colhead2
        colhead2(f)
        for s in svcs:
            f.need(13)
            rm = ["P1"] if s.denied else (["D3"] if s.deductible else [])
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid,
                    s.owes]
            b.add(f, s, acct, pcid, pat, pr, units=False, modifiers=False, remarks=rm)
            f.t(42, dfmt(s.dos, "mdy2"))
            f.t(84, f"{s.desc} ({s.code})")
            for i, v in enumerate(vals, 2):
                f.t(RX[i], money(v, ","), align="R")
            f.t(570, " ".join(rm), align="R")
            f.y += 4
            f.hl(40, 572, w=0.3)
            f.y += 9
        f.cont = None
        f.colhead = None
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        f.t(84, "Claim totals", bold=True)
        for i, v in enumerate(tots, 2):
            f.t(RX[i], money(v, "$"), bold=True, align="R")
        b.claim(acct, pcid, pat, billed=tots[0], allowed=tots[2], paid=tots[7], patient_owes=tots[8])
        f.y += 22
    f.need(60)
    f.t(40, "Remark codes", 8, True)
    f.y += 11
    for k, v in legend:
        f.t(40, k, 7.5, True)
        f.t(62, v, 7.5)
        f.y += 10
    f.y += 8
    f.t(40, "Questions? Call Member Services at 1-800-555-0147 (TTY 711), Monday-Friday 8 a.m. to 6 p.m.", 7.5)
    return b, f, "reportlab", legend, "commercial PPO member EOB, family of three, claim continued on page 2"


# ============================================================================ c2 commercial EPO benefit summary
def c2():
    b = Book("c2")

    def header(f):
        f.rect(0, 0, 792, 40, gray=0.25)
        f.t(30, "SUMMIT VALLEY HEALTH", 14, True, y=26)
        f.t(762, "Benefit Summary - Explanation of Benefits", 10, True, "R", y=26)
        f.y = 58
        f.t(30, "Primary member: Rafael D. Okonkwo-Lind    Member no. SVH-88201-00    Plan: EPO Silver 2500    "
                "Issued: 02/05/2026", 7.5)
        f.t(762, "Page {P} of {N}", 7.5, False, "R")
        f.y += 16

    cols = [(34, "L"), (120, "L"), (172, "L"), (338, "R"), (392, "R"), (446, "R"), (500, "R"), (548, "R"),
            (592, "R"), (636, "R"), (684, "R"), (726, "R"), (758, "L")]
    heads = ["From - To", "Code", "Description", "Units", "Charges", "Savings", "Covered", "Deductible", "Copay",
             "Coins.", "Plan Paid", "You Owe", "Codes"]

    def colhead(f):
        f.row([(cols[i][0], h, cols[i][1]) for i, h in enumerate(heads)], 7, True)
        f.y += 3
        f.hl(30, 762, w=0.6)
        f.y += 10

    f = Flow(True, "DVCond", 7.2, 11, 0, 40, header, None)
    stF = PlanState(ded_left=Decimal("120.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.80"))
    stA = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.80"))
    fam_claims = [
        ("Rafael Okonkwo-Lind", "Self", stA, "Northgate Hand & Upper Limb Clinic", "7790041223", "NHC-118204",
         [S(D(1, 5), "97166", 1, ("GO",)), S(D(1, 5), "97760", 1, ("GO",)), S(D(1, 5), "L3807", 1, ("RT",)),
          S(D(1, 12), "97140", 2, ("GO", "59"))]),
        ("Marisol Okonkwo-Lind", "Spouse", stA, "Northgate Family Medicine", "7790041377", "NFM-90022",
         [S(D(1, 9), "99213", 1), S(D(1, 9), "G0283", 1)]),
        ("Kai Okonkwo-Lind", "Child", stF, "Pinecrest Kids Therapy Group", "7790052108", "PKT-40761",
         [S(D(1, 7), "97530", 3, ("GO",)), S(D(1, 14), "97530", 3, ("GO",)), S(D(1, 21), "97530", 2, ("GO",)),
          S(D(1, 21), "97533", 1, ("GO",), "CO", "Sensory integration techniques"),
          S(D(1, 28), "97530", 3, ("GO",)), S(D(2, 4), "97112", 2, ("GO",))]
         + visits([(2, 6), (2, 11), (2, 13), (2, 18), (2, 20), (2, 25), (2, 27)], [("97530", 2)], ("GO",))
         + visits([(3, 4), (3, 6), (3, 11)], [("97530", 2)], ("GO",))),
        ("Lena Okonkwo-Lind", "Child", stF, "Pinecrest Kids Therapy Group", "7790052119", "PKT-40788",
         [S(D(1, 8), "92523", 1)] + visits([(1, 15), (1, 22), (1, 29), (2, 5), (2, 12)], [("92507", 1)],
                                             ("GN",))),
    ]
    # 97533 is not in the eobgen fee table: give it a charge here
    legend = [("N41", "Billed by an out-of-network provider under your EPO plan; not payable."),
              ("A10", "Per-visit copay applies."), ("A22", "Amount applied to deductible.")]
    pr = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    fam_claims = fam_claims[:2] + fam_claims[3:] + fam_claims[2:3]
    for pat, rel, st, prov, pcid, acct, svcs in fam_claims:
        for s in svcs:
            commercial(s, st, deny_reason="242")
        f.need(70)
        f.rect(30, f.y - 9, 732, 24)
        f.t(34, f"Patient: {pat} ({rel})", 7.6, True)
        f.t(250, f"Provider: {prov}", 7.6)
        f.t(560, f"Claim #: {pcid}", 7.6, True)
        f.t(34, f"Provider account: {acct}", 7.2, y=f.y + 11)
        f.t(250, "Received 01/30/2026   Processed 02/02/2026", 7.2, y=f.y + 11)
        f.y += 28

        def cont(ff, pat=pat, pcid=pcid):
            ff.t(34, f"Claim #: {pcid} - {pat} - continued from previous page", 7.6, True)
            ff.y += 14
        f.cont, f.colhead = cont, colhead
        colhead(f)
        for s in svcs:
            f.need(12)
            rm = ["N41"] if s.denied else (["A10"] if s.copay else (["A22"] if s.deductible else []))
            span = s.end or s.dos
            code = " ".join((s.code,) + s.mods)
            vals = [s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            b.add(f, s, acct, pcid, pat, pr, remarks=rm, service_end=span)
            cells = [dfmt(s.dos, "mdy2") + " - " + dfmt(span, "mdy2"), code, s.desc, units_str(s.units)]
            cells += [money(v, "$") for v in vals] + [" ".join(rm)]
            f.row([(cols[i][0], c, cols[i][1]) for i, c in enumerate(cells)])
            f.y += 12
        f.cont = f.colhead = None
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                       "paid", "owes")]
        f.hl(300, 762, y=f.y - 8)
        f.row([(172, "Claim total", "L")] + [(cols[i + 4][0], money(v, "$"), "R") for i, v in enumerate(tv)],
              bold=True)
        b.claim(acct, pcid, pat, billed=tv[0], allowed=tv[2], paid=tv[6], patient_owes=tv[7])
        f.y += 22
    f.need(50)
    f.t(30, "Code explanations", 8, True)
    f.y += 11
    for k, v in legend:
        f.t(30, f"{k}  {v}", 7.2)
        f.y += 10
    return b, f, "fpdf2", legend, "commercial EPO member benefit summary, landscape, four family members"


# ============================================================================ m1 Medicare Summary Notice
def m1():
    b = Book("m1")
    ben = "GWENDOLYN A. MARSH-TILLERY"

    def header(f):
        f.t(40, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        f.t(40, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
            7.5, y=f.y + 13)
        f.t(572, f"{ben}  |  Page {{P}} of {{N}}", 7.5, False, "R", y=f.y + 26)
        f.y += 42

    f = Flow(False, "DVSans", 7.4, 11, 40, 50, header, None)
    f.rect(40, f.y - 8, 250, 70)
    for i, s in enumerate([ben, "48 Quarry Lane Apt 3", "Fenwick Falls, MN 55119", "",
                           "Medicare Number XXXXXXX7Q42"]):
        f.t(46, s, 8, i == 0, y=f.y + 2 + i * 11)
    f.rect(310, f.y - 8, 262, 70, gray=0.92)
    f.t(318, "This notice is for claims processed", 8, True, y=f.y + 2)
    f.t(318, "January 1 - March 31, 2026", 8, y=f.y + 13)
    f.t(318, "Your deductible: You have now met your", 7.6, y=f.y + 28)
    f.t(318, "2026 Part B deductible.", 7.6, y=f.y + 39)
    f.y += 78
    st = PlanState(ded_left=Decimal("64.10"))
    provs = [
        ("Jan 6, 2026", "Riverbend Outpatient Rehabilitation, (651) 555-0180", "Referred by: Helmi Tanaka-Brook",
         "12-2600-614-557",
         [S(D(1, 6), "97163", 1, ("GP",)), S(D(1, 6), "97110", 2, ("GP",)), S(D(1, 6), "97140", 1, ("GP",))]),
        ("Jan 13, 2026", "Riverbend Outpatient Rehabilitation, (651) 555-0180", "Referred by: Helmi Tanaka-Brook",
         "12-2601-318-904",
         [S(D(1, 13), "97110", 3, ("GP", "KX")), S(D(1, 13), "97112", 1, ("GP",)),
          S(D(1, 13), "97116", 1, ("GP",)), S(D(1, 13), "G0283", 1, ("GP",)),
          S(D(1, 13), "0552T", 1, ("GP",), "PR")]),
        ("Jan 22, 2026", "Lakeshore Hand Therapy LLC, (651) 555-0133", "Referred by: Orla Pettengill",
         "12-2602-207-115",
         [S(D(1, 22), "97165", 1, ("GO",)), S(D(1, 22), "97760", 1, ("GO",)), S(D(1, 22), "L3807", 1, ("LT",)),
          S(D(1, 22), "97530", 2, ("GO", "CO"))]),
    ]
    heads = [(44, "Service Provided & Billing Code", "L"), (318, "Service", "C"), (380, "Amount", "R"),
             (436, "Medicare-", "R"), (490, "Amount", "R"), (542, "Maximum You", "R"), (570, "See", "R")]
    heads2 = [(318, "Approved?", "C"), (380, "Provider", "R"), (436, "Approved", "R"),
              (490, "Medicare", "R"), (542, "May Be", "R"), (570, "Notes", "R")]
    heads3 = [(380, "Charged", "R"), (436, "Amount", "R"), (490, "Paid", "R"), (542, "Billed", "R"),
              (570, "Below", "R")]
    f.t(40, "Your Claims & Costs This Period", 11, True)
    f.y += 16
    f.t(40, "Did Medicare approve all services?  NO - We did not approve 1 service. See page 2.", 8)
    f.y += 12
    f.t(40, "Total you may be billed: see the claims on the next page.", 8)
    f.y += 20
    f.t(40, "Providers with claims this period", 9, True)
    f.y += 12
    for dd, pv in (("January 6, 2026", "Riverbend Outpatient Rehabilitation"),
                   ("January 13, 2026", "Riverbend Outpatient Rehabilitation"),
                   ("January 22, 2026", "Lakeshore Hand Therapy LLC")):
        f.t(48, dd, 8)
        f.t(160, pv, 8)
        f.y += 11
    f.y += 14
    f.rect(40, f.y - 8, 532, 46, gray=0.95)
    f.t(46, "Be informed: Protect yourself from fraud. Compare the services listed with your own records, and", 7.6,
        y=f.y + 4)
    f.t(46, "call 1-800-555-0163 if you see a service you did not receive. To appeal, follow the steps on the last "
            "page.", 7.6, y=f.y + 15)
    f.need(9999)  # claim details start on page 2, as the real notice does
    f.t(40, "Your Claims for Part B (Medical Insurance)", 11, True)
    f.y += 18
    legend = [("A", "This approved amount has been reduced by 2% because of mandatory federal budget cuts."),
              ("B", "Medicare does not pay for this service because it is not reasonable and necessary; "
                    "you may owe the charge."),
              ("C", "You have met the therapy amount that needs medical review; the provider said it was needed.")]
    for dt, prov, ref, icn, svcs in provs:
        for s in svcs:
            medicare(s, st)
        f.need(90)
        f.rect(40, f.y - 9, 532, 36, gray=0.9)
        f.t(44, dt, 8.5, True)
        f.t(44, prov, 7.6, y=f.y + 11)
        f.t(44, f"{ref}    Claim number {icn}", 7.6, y=f.y + 22)
        f.y += 38
        f.row(heads, 7, True)
        f.row(heads2, 7, True, y=f.y + 8.5)
        f.row(heads3, 7, True, y=f.y + 17)
        f.y += 21
        f.hl(40, 572)
        f.y += 10
        for s in svcs:
            f.need(24)
            notes = ["B"] if s.denied else (["A", "C"] if "KX" in s.mods else ["A"])
            b.add(f, s, None, icn, ben, ("billed", "allowed", "paid", "patient_owes"), remarks=notes)
            txt = f"{units_str(s.units)} {s.desc} ({s.code}{''.join('-' + m for m in s.mods)})"
            lines = wrap(txt, 60)
            f.row([(44, lines[0], "L"), (318, "No" if s.denied else "Yes", "C"),
                   (380, money(s.billed), "R"), (436, money(s.allowed), "R"), (490, money(s.paid), "R"),
                   (542, money(s.owes), "R"), (570, ", ".join(notes), "R")])
            for extra in lines[1:]:
                f.y += 9
                f.t(52, extra)
            f.y += 13
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        f.hl(40, 572, y=f.y - 8)
        f.row([(44, "Total for this claim", "L"), (380, money(tv[0]), "R"), (436, money(tv[1]), "R"),
               (490, money(tv[2]), "R"), (542, money(tv[3]), "R")], bold=True)
        b.claim(None, icn, ben, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        f.y += 24
    f.need(60)
    f.t(40, "Notes for Claims Above", 9, True)
    f.y += 12
    for k, v in legend:
        f.t(40, k, 7.5, True)
        f.t(52, v, 7.2)
        f.y += 10
    return b, f, "reportlab", legend, "Medicare Summary Notice Part B, count in front of the wording"


# ============================================================================ m2 Medicare Advantage EOB
def m2():
    b = Book("m2")
    mem = "Desmond R. Achterberg"

    def header(f):
        f.t(40, "CrestPoint Medicare Advantage (HMO)", 12, True)
        f.t(572, "Explanation of Benefits", 12, True, "R")
        f.t(40, f"{mem}  -  Member ID CPA-0042719-01", 7.5, y=f.y + 13)
        f.t(572, "For services January 2026   |   Page {P} of {N}", 7.5, False, "R", y=f.y + 13)
        f.y += 22
        f.hl(40, 572, w=1)
        f.y += 14

    f = Flow(False, "LibSans", 7.4, 11, 40, 56, header, None)
    f.rect(40, f.y - 8, 532, 40)
    f.t(46, "Your total costs", 8.5, True, y=f.y + 2)
    f.t(46, "This EOB: see the claims below.  Your plan's maximum out-of-pocket for covered services is "
            "$4,900.00.", 7.4, y=f.y + 14)
    f.t(46, "Keep this summary. It is not a bill. If you see something wrong, call 1-877-555-0102 (TTY 711).",
        7.4, y=f.y + 25)
    f.y += 46
    f.t(40, "Claims we processed", 10.5, True)
    f.y += 16
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    claims = [
        ("Sunfield Therapy Associates", "MA26A0119004412", "STA-0091745",
         [S(D(1, 5), "97162" if False else "97161", 1, ("GP",)), S(D(1, 5), "97110", 2, ("GP",)),
          S(D(1, 7), "97110", 2, ("GP",)), S(D(1, 7), "97140", 1, ("GP",)), S(D(1, 9), "97110", 2, ("GP",)),
          S(D(1, 9), "97112", 1, ("GP",)), S(D(1, 12), "97110", 2, ("GP", "CQ")),
          S(D(1, 12), "97140", 1, ("GP", "CQ")), S(D(1, 14), "97110", 2, ("GP", "CQ")),
          S(D(1, 14), "97116", 1, ("GP", "CQ")), S(D(1, 16), "97110", 2, ("GP",)),
          S(D(1, 16), "97535", 1, ("GP",)), S(D(1, 19), "97110", 2, ("GP",)), S(D(1, 19), "97140", 1, ("GP",)),
          S(D(1, 21), "97110", 2, ("GP",)), S(D(1, 21), "97112", 1, ("GP",))]
         + visits([(1, 23), (1, 26), (1, 28), (1, 30), (2, 2), (2, 4), (2, 6), (2, 9), (2, 11), (2, 13), (2, 16),
                   (2, 18), (2, 20), (2, 23)],
                  [("97110", 2), ("97140", 1)], ("GP",))),
        ("Maplewood Primary Care", "MA26A0124007730", "MPC-26-11873",
         [S(D(1, 23), "99213", 1), S(D(1, 23), "G0283", 1, (), "CO")]),
    ]
    legend = [("1", "Approved amount is the plan's contracted rate; the provider cannot bill you for the "
                    "difference."), ("2", "Therapy by an assistant is paid at a reduced rate."),
              ("3", "Not covered when billed with an office visit the same day; you do not owe this amount.")]
    X = [(44, "L"), (96, "L"), (250, "L"), (348, "R"), (410, "R"), (468, "R"), (522, "R"), (566, "R")]
    for prov, pcid, acct, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="97")
            if "CQ" in s.mods:
                pass
        f.need(80)
        f.rect(40, f.y - 9, 532, 14, gray=0.85)
        f.t(44, f"Claim number {pcid}", 8, True)
        f.t(300, f"Provider: {prov}", 8)
        f.y += 12
        f.t(44, f"Patient: {mem}    Provider's patient account: {acct}    Network: In-network", 7.2)
        f.y += 14
        f.row([(X[0][0], "Date(s)", "L"), (X[1][0], "Service", "L"), (X[2][0], "Code", "L"),
               (X[3][0], "Provider charged", "R"), (X[4][0], "Plan approved", "R"), (X[5][0], "Plan paid", "R"),
               (X[6][0], "You owe", "R"), (X[7][0], "Note", "R")], 7, True)
        f.y += 4
        f.hl(40, 572)
        f.y += 10
        for s in svcs:
            f.need(12)
            n = ["3"] if s.denied else (["1", "2"] if "CQ" in s.mods else ["1"])
            b.add(f, s, acct, pcid, mem, ("billed", "allowed", "paid", "patient_owes"), units=False, remarks=n)
            code = "-".join((s.code,) + s.mods)
            f.row([(X[0][0], dfmt(s.dos, "mdy4"), "L"), (X[1][0], s.desc, "L"), (X[2][0], code, "L"),
                   (X[3][0], money(s.billed), "R"), (X[4][0], money(s.allowed), "R"),
                   (X[5][0], money(s.paid), "R"), (X[6][0], money(s.owes), "R"), (X[7][0], ",".join(n), "R")])
            f.y += 13
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        f.row([(X[1][0], "Claim total", "L"), (X[3][0], money(tv[0]), "R"), (X[4][0], money(tv[1]), "R"),
               (X[5][0], money(tv[2]), "R"), (X[6][0], money(tv[3]), "R")], bold=True)
        b.claim(acct, pcid, mem, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        f.y += 22
    f.need(50)
    f.t(40, "Notes", 9, True)
    f.y += 12
    for k, v in legend:
        f.t(40, f"{k}.  {v}", 7.2)
        f.y += 10
    return b, f, "fpdf2", legend, "Medicare Advantage HMO member EOB, claim continued without repeated header"


# ============================================================================ d1 state Medicaid RA
def d1():
    b = Book("d1")

    def header(f):
        f.t(396, "STATE OF NORTH MERIDIAN  -  DEPARTMENT OF HUMAN SERVICES  -  MEDICAL ASSISTANCE PROGRAM", 8, True,
            "C")
        f.t(396, "REMITTANCE ADVICE", 10, True, "C", y=f.y + 12)
        f.t(30, "PROVIDER: WILLOWMERE THERAPY SERVICES INC   NPI 1720059841   PROV ID 008812460", 7, y=f.y + 26)
        f.t(762, "RA NO 2026-0203-0047719   PAYMENT DATE 02/03/2026   PAGE {P} OF {N}", 7, False, "R",
            y=f.y + 26)
        f.y += 32
        f.hl(30, 762, w=1)
        f.y += 10

    LX = [(40, "L"), (62, "L"), (104, "L"), (146, "L"), (186, "L"), (214, "L"), (262, "R"), (312, "R"),
          (362, "R"), (412, "R"), (432, "L"), (500, "L")]
    LH = ["LN", "FROM", "TO", "PROC", "M1", "M2", "UNITS", "BILLED", "ALLOWED", "PAID", "ADJ (GRP-CARC AMT)",
          "RARC"]

    f = Flow(True, "LibNarrow", 7, 10, 20, 40, header, None)
    recips = [
        ("ABERNATHY, JONAH", "MA0031774821", "WTS26-00418", "2026027004118000",
         [S(D(1, 5), "97530", 3, ("GO",)), S(D(1, 5), "97535", 1, ("GO",)), S(D(1, 7), "97530", 3, ("GO",)),
          S(D(1, 12), "97530", 3, ("GO",)), S(D(1, 14), "97112", 2, ("GO",)),
          S(D(1, 19), "97530", 3, ("GO",)), S(D(1, 21), "97530", 3, ("GO",))]),
        ("QUINTANILLA, ROSIE", "MA0045510293", "WTS26-00431", "2026027004118001",
         [S(D(1, 6), "92523", 1), S(D(1, 13), "92507", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",)),
          S(D(1, 27), "92526", 1, ("GN",))]),
        ("FEATHERSTONE, MILO", "MA0022190047", "WTS26-00437", "2026027004118002",
         [S(D(1, 8), "97167", 1, ("GO",)), S(D(1, 8), "97530", 2, ("GO", "59"))]),
        ("OYELARAN, TOBI", "MA0051827736", "WTS26-00445", "2026027004118003",
         visits([(1, 6), (1, 8), (1, 13), (1, 15), (1, 20), (1, 22), (1, 27), (1, 29)],
                [("97530", 2), ("97110", 1)], ("GO",))),
        ("VANTERPOOL, ELSIE", "MA0019965140", "WTS26-00452", "2026027004118004",
         [S(D(1, 9), "92523", 1)] + visits([(1, 16), (1, 23), (1, 30)], [("92507", 1)], ("GN",))),
    ]
    denied = [("ABERNATHY, JONAH", "MA0031774821", "WTS26-00441", "2026027004118050",
               [S(D(1, 26), "97530", 4, ("GO",), "CO"), S(D(1, 26), "97150", 1, ("GO",), "CO")])]
    legend = [("N130", "Consult plan benefit documents for limits on this service."),
              ("MA130", "Claim has missing or invalid information; it cannot be appealed, correct and resubmit."),
              ("N20", "Service not paid separately.")]

    def section(title, rows, deny):
        f.need(40)
        f.rect(30, f.y - 8, 732, 11, gray=0.85)
        f.t(34, title, 7.5, True)
        f.y += 14
        for name, rid, acct, icn, svcs in rows:
            for s in svcs:
                medicaid(s, deny_reason="119" if deny else "197")
            f.need(44)
            f.row([(34, "RECIPIENT", "L"), (150, "RECIP ID", "L"), (230, "ICN", "L"), (320, "PAT ACCT #", "L"),
                   (412, "BILLED", "R"), (462, "ALLOWED", "R"), (512, "PAID", "R")], 6.5, True)
            f.y += 9
            tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
            f.row([(34, name, "L"), (150, rid, "L"), (230, icn, "L"), (320, acct, "L"),
                   (412, money(tv[0], ","), "R"), (462, money(tv[1], ","), "R"), (512, money(tv[2], ","), "R")],
                  bold=True)
            b.claim(acct, icn, name, billed=tv[0], allowed=tv[1], paid=tv[2])
            f.y += 10
            f.row([(x, h, a) for (x, a), h in zip(LX, LH)], 6.5, True)
            f.y += 3
            f.hl(40, 762, w=0.3)
            f.y += 8
            for n, s in enumerate(svcs, 1):
                f.need(10)
                adjs = [(g, r, a) for g, r, a in s.adjs]
                rarc = ["N130"] if deny and s.code == "97530" else (["N20"] if deny else [])
                b.add(f, s, acct, icn, name, ("billed", "allowed", "paid"), adjustments=adjs, remarks=rarc,
                      description=False)
                m = list(s.mods) + ["", ""]
                adjtxt = "  ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in adjs)
                cells = [f"{n:02d}", dfmt(s.dos, "mdy4"), dfmt(s.end or s.dos, "mdy4"), s.code, m[0], m[1],
                         f"{s.units:.2f}", money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), adjtxt,
                         " ".join(rarc)]
                f.row([(x, c, a) for (x, a), c in zip(LX, cells)])
                f.y += 10
            f.y += 8

    section("CLAIMS PAID", recips, False)
    section("CLAIMS DENIED", denied, True)
    f.need(60)
    f.t(34, "REMARK CODE MESSAGES", 7.5, True)
    f.y += 10
    for k, v in legend:
        f.t(34, f"{k:6} {v}")
        f.y += 9
    return b, f, "reportlab", legend, "state Medicaid remittance advice, landscape, paid and denied sections"


# ============================================================================ d2 Medicaid fixed-width
def d2():
    b = Book("d2")
    W = 96

    def header(f):
        f.t(30, "KESTREL STATE HEALTH COVERAGE PROGRAM".center(W), 7, True)
        f.t(30, "PROVIDER REMITTANCE STATEMENT".center(W), 7, True, y=f.y + 9)
        f.t(30, f"{'PAYEE: LITTLE OAKS SPEECH AND OT CLINIC':48}{'PAYEE ID 4400187':24}{'PAGE {P} OF {N}':>24}", 7,
            y=f.y + 22)
        f.t(30, f"{'WARRANT 0007713920':48}{'CYCLE 02/04/2026':24}{'':24}", 7, y=f.y + 31)
        f.y += 40
        f.t(30, "-" * W, 7)
        f.y += 9
        f.t(30, f"{'TCN':17}{'CLIENT NAME':22}{'CLIENT ID':12}{'MED REC':11}{'FROM':7}{'TO':7}"
                f"{'BILLED':>10}{'PAID':>10}", 7, True)
        f.y += 9
        f.t(30, f"{'':4}{'LN':3}{'DOS':7}{'PROC':6}{'MODS':7}{'UNITS':>6}{'BILLED':>10}{'ALLOWED':>10}{'PAID':>10}"
                f"  {'ADJUSTMENTS':25}{'RMK':6}", 7, True)
        f.y += 5
        f.t(30, "-" * W, 7)
        f.y += 10

    f = Flow(False, "DVMono", 7, 9.5, 30, 40, header, None)
    orig = [S(D(12, 9) if False else date(2025, 12, 9), "92507", 1, ("GN",)),
            S(date(2025, 12, 9), "92526", 1, ("GN",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    rebill = [S(date(2025, 12, 9), "92507", 1, ("GN",)), S(date(2025, 12, 9), "92526", 1, ("GN", "59"))]
    for s in rebill:
        medicaid(s)
    claims = [
        ("2026033A10044512", "PELLEGRINO, ANYA", "K004471902", "LO-11824",
         [medicaid(S(D(1, d), c, u, m)) for d, c, u, m in
          ((5, "92523", 1, ()), (7, "92507", 1, ("GN",)), (12, "92507", 1, ("GN",)), (14, "92507", 1, ("GN",)),
           (19, "92507", 1, ("GN",)), (21, "92507", 1, ("GN",)), (26, "92507", 1, ("GN",)),
           (28, "92507", 1, ("GN",)))], "", ["ABC"]),
        ("2026033A10044530", "DRISCOLL-YUEN, BO", "K003920118", "LO-11790",
         [medicaid(S(D(1, 6), "97166", 1, ("GO",))), medicaid(S(D(1, 6), "97530", 2, ("GO",))),
          medicaid(S(D(1, 13), "97530", 2, ("GO",))), medicaid(S(D(1, 13), "97129", 1, ("GO",), "CO"))], "", []),
        ("2026033A10044597", "NAKAMURA, TESS", "K005518473", "LO-10955", rev, "VOID", []),
        ("2026033A10044598", "NAKAMURA, TESS", "K005518473", "LO-10955", rebill, "REPLACEMENT", []),
    ]
    legend = [("0142", "Units within the prior-authorized amount."), ("0315", "Service requires prior "
              "authorization; none on file."), ("0911", "Original claim voided; see replacement claim.")]
    for tcn, name, cid, acct, svcs, kind, _ in claims:
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        f.need(40)
        fr = min(s.dos for s in svcs)
        to = max(s.dos for s in svcs)
        f.t(30, f"{tcn:17}{name:22}{cid:12}{acct:11}{dfmt(fr, 'mdy6'):7}{dfmt(to, 'mdy6'):7}"
                f"{money(tv[0], ''):>10}{money(tv[2], ''):>10}", 7, True)
        b.claim(acct, tcn, name, billed=tv[0], paid=tv[2])
        f.y += 9.5
        if kind:
            f.t(30, f"{'':4}*** {kind} ***  {'ORIGINAL TCN 2025351A10031188' if kind == 'VOID' else ''}")
            f.y += 9.5
        for n, s in enumerate(svcs, 1):
            f.need(10)
            rm = ["0911"] if kind == "VOID" else (["0315"] if s.denied else (["0142"] if s.code != "92523" else []))
            adjs = list(s.adjs)
            atxt = " ".join(f"{g} {r} {money(a, '')}" for g, r, a in adjs)
            b.add(f, s, acct, tcn, name, ("billed", "allowed", "paid"), adjustments=adjs, remarks=rm,
                  description=False)
            f.t(30, f"{'':4}{n:<3}{dfmt(s.dos, 'mdy6'):7}{s.code:6}{' '.join(s.mods):7}{units_str(s.units):>6}"
                    f"{money(s.billed, ''):>10}{money(s.allowed, ''):>10}{money(s.paid, ''):>10}  {atxt:25}"
                    f"{' '.join(rm):6}")
            f.y += 9.5
        f.y += 5
    f.need(50)
    f.t(30, "EOB CODE   MESSAGE", 7, True)
    f.y += 9.5
    for k, v in legend:
        f.t(30, f"{k:11}{v}")
        f.y += 9.5
    return b, f, "fpdf2", legend, "state Medicaid fixed-width remittance statement with void and replacement"


# ============================================================================ p1 SPR by clearinghouse
def p1():
    b = Book("p1")
    W = 98

    def header(f):
        f.t(30, f"{'CLEARPATH CLAIMS EXCHANGE - REMITTANCE PRINT':60}{'PAGE #: {P} OF {N}':>38}", 7, True)
        f.t(30, f"{'PAYER: GREAT LAKES MEDICARE ADMINISTRATORS (JURIS 8)':60}{'DATE: 02/06/2026':>38}", 7,
            y=f.y + 9)
        f.t(30, f"{'PROVIDER #: 0044712  NPI 1558803372':60}{'CHECK/EFT #: 0000884411':>38}", 7, y=f.y + 18)
        f.t(30, "CANTON LAKES REHAB PARTNERS", 7, y=f.y + 27)
        f.y += 40
        f.t(30, f"{'PERF PROV':11}{'SERV DATE':14}{'POS':4}{'NOS':5}{'PROC':6}{'MODS':7}{'BILLED':>9}"
                f"{'ALLOWED':>9}{'DEDUCT':>8}{'COINS':>8}{'GRP/RC-AMT':>14}{'PROV PD':>10}", 7, True)
        f.y += 5
        f.t(30, "_" * W)
        f.y += 11

    f = Flow(False, "LibMono", 7, 9.4, 30, 40, header, None)
    st = PlanState(ded_left=Decimal("45.00"))
    pats = [
        ("HOLLOWAY, PRUDENCE", "1EG4TE5MK73", "CLR0118872", "0226020451388",
         [S(D(1, 5), "97161", 1, ("GP",)), S(D(1, 5), "97110", 2, ("GP",)), S(D(1, 7), "97110", 2, ("GP",)),
          S(D(1, 7), "97140", 1, ("GP",)), S(D(1, 9), "97110", 2, ("GP",)), S(D(1, 9), "97112", 1, ("GP",)),
          S(D(1, 12), "97110", 2, ("GP", "CQ")), S(D(1, 12), "97116", 1, ("GP", "CQ")),
          S(D(1, 14), "97110", 2, ("GP",)), S(D(1, 14), "G0283", 1, ("GP",)),
          S(D(1, 16), "97110", 2, ("GP",)), S(D(1, 16), "97140", 1, ("GP",))]
         + visits([(1, 19), (1, 21), (1, 23), (1, 26), (1, 28), (1, 30), (2, 2), (2, 4), (2, 6)],
                  [("97110", 2), ("97112", 1)], ("GP", "KX"))),
        ("MBEKI, SOLOMON", "3TR8AA2XK10", "CLR0118905", "0226020451402",
         [S(D(1, 8), "97165", 1, ("GO",)), S(D(1, 8), "97535", 1, ("GO",)), S(D(1, 15), "97530", 2, ("GO",)),
          S(D(1, 15), "0552T", 1, ("GO",), "CO")]),
    ]
    for name, hic, acct, icn, svcs in pats:
        for s in svcs:
            medicare(s, st)
        f.need(60)
        f.t(30, f"NAME {name:22}HIC {hic:14}ACNT {acct:13}ICN {icn:15}ASG Y MOA MA01", 7, True)
        f.y += 9.4

        def cont(ff, name=name, acct=acct, icn=icn):
            ff.t(30, f"NAME {name:22}ACNT {acct:13}ICN {icn:15}(CONTINUED)", 7, True)
            ff.y += 9.4
        f.cont = cont
        for s in svcs:
            f.need(20)
            adjs = list(s.adjs)
            rm = ["N211"] if s.denied else []
            b.add(f, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=adjs, remarks=rm, description=False)
            a0 = f"{adjs[0][0]}-{adjs[0][1]} {money(adjs[0][2], '')}"
            sd = s.dos.strftime("%m%d") + " " + s.dos.strftime("%m%d%y")
            f.t(30, f"{'1447203381':11}{sd:14}{'11':4}{units_str(s.units):5}{s.code:6}{' '.join(s.mods):7}"
                    f"{money(s.billed, ''):>9}{money(s.allowed, ''):>9}{money(s.deductible, ''):>8}"
                    f"{money(s.coinsurance, ''):>8}{a0:>14}{money(s.paid, ''):>10}")
            for g, r, a in adjs[1:]:
                f.y += 9.4
                f.t(30, f"{'':80}{(g + '-' + r + ' ' + money(a, '')):>14}")
            f.y += 9.4
            if rm:
                f.t(30, f"{'':11}REM: {rm[0]}")
                f.y += 9.4
        f.cont = None
        tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        f.t(30, f"{'PT RESP':8}{money(total(svcs, 'owes'), ''):>9}{'':14}{'CLAIM TOTALS':17}"
                f"{money(tv[0], ''):>9}{money(tv[1], ''):>9}{money(tv[2], ''):>8}{money(tv[3], ''):>8}"
                f"{'':14}{money(tv[4], ''):>10}", 7, True)
        b.claim(acct, icn, name, billed=tv[0], allowed=tv[1], paid=tv[4])
        f.y += 16
    legend = [("N211", "Alert: this decision may not be appealed.")]
    f.t(30, "REMARK CODES: N211 - NO APPEAL RIGHTS FOR THIS DECISION")
    return b, f, "fpdf2", legend, "Medicare-style standard paper remit printed by a clearinghouse"


# ============================================================================ p2 PM ERA posting detail
def p2():
    b = Book("p2")

    def header(f):
        f.t(30, "TheraLedger PM  -  ERA Posting Detail", 11, True)
        f.t(762, "Printed 02/09/2026 10:14  |  User: KDOMINGUEZ  |  Page {P} of {N}", 7, False, "R")
        f.t(30, "Practice: Saltmarsh Occupational & Physical Therapy    Payer: Medicare Part B - Region 4 MAC    "
                "EFT 71992046   Deposit 02/06/2026", 7.2, y=f.y + 13)
        f.y += 22
        f.hl(30, 762, w=0.8)
        f.y += 12

    f = Flow(True, "Helvetica", 7.2, 11, 32, 40, header, None)
    X = [(34, "L"), (84, "L"), (122, "L"), (160, "L"), (340, "R"), (392, "R"), (444, "R"), (492, "R"), (536, "R"),
         (548, "L"), (720, "R"), (728, "L")]
    H = ["DOS", "CPT", "Mod", "Description", "Units", "Charge", "Allowed", "Deduct", "Coins", "Adj Codes", "Paid",
         "Rmk"]
    st = PlanState(ded_left=ZERO)
    pats = [
        ("Pruitt, Evander J", "SOP-402211", "22600318812470",
         [S(D(1, 6), "97166", 1, ("GO",)), S(D(1, 6), "97530", 2, ("GO",)), S(D(1, 8), "97530", 2, ("GO",)),
          S(D(1, 8), "97140", 1, ("GO", "59"))]),
        ("Castellanos, Ines", "SOP-402260", "22600318812488",
         [S(D(1, 7), "97163", 1, ("GP",)), S(D(1, 7), "97110", 2, ("GP",)), S(D(1, 9), "97110", 3, ("GP",)),
          S(D(1, 9), "97150", 1, ("GP",), "CO")]),
        ("Whitford, Ambrose", "SOP-402301", "22600318812503",
         [S(D(1, 13), "97168", 1, ("GO",)), S(D(1, 13), "97535", 2, ("GO", "KX")),
          S(D(1, 20), "97530", 2, ("GO", "KX"))]),
    ]
    legend = [("M80", "Not covered when performed with another service on the same day."),
              ("N640", "Exceeds the therapy amount threshold; medical necessity attested.")]
    for name, acct, icn, svcs in pats:
        for s in svcs:
            medicare(s, st, deny_reason="97")
        f.need(50)
        f.rect(30, f.y - 9, 732, 13, gray=0.87)
        f.t(34, f"Patient: {name}", 7.6, True)
        f.t(220, f"Acct: {acct}", 7.6)
        f.t(360, f"Payer ICN: {icn}", 7.6)
        f.t(560, "Claim status: 1 - Processed as primary", 7.6)
        f.y += 14
        f.row([(x, h, a) for (x, a), h in zip(X, H)], 6.8, True)
        f.y += 3
        f.hl(30, 762, w=0.3)
        f.y += 9
        for s in svcs:
            rm = ["M80"] if s.denied else (["N640"] if "KX" in s.mods else [])
            adjs = list(s.adjs)
            b.add(f, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=adjs, remarks=rm)
            cells = [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), s.desc, f"{s.units:.1f}", money(s.billed, "$"),
                     money(s.allowed, "$"), money(s.deductible, "$"), money(s.coinsurance, "$"),
                     ", ".join(f"{g}{r} {money(a, '')}" for g, r, a in adjs), money(s.paid, "$"), " ".join(rm)]
            f.row([(x, c, a) for (x, a), c in zip(X, cells)])
            f.y += 11
        tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        f.hl(230, 762, y=f.y - 8)
        f.row([(160, "Claim subtotal", "L"), (X[5][0], money(tv[0], "$"), "R"), (X[6][0], money(tv[1], "$"), "R"),
               (X[7][0], money(tv[2], "$"), "R"), (X[8][0], money(tv[3], "$"), "R"),
               (X[10][0], money(tv[4], "$"), "R")], bold=True)
        b.claim(acct, icn, name, billed=tv[0], allowed=tv[1], paid=tv[4])
        f.y += 20
    f.t(34, "Remark codes:", 7.2, True)
    f.y += 10
    for k, v in legend:
        f.t(34, f"{k} - {v}")
        f.y += 10
    return b, f, "reportlab", legend, "practice-management ERA posting detail of a Medicare payment"


# ============================================================================ s1 therapy clinic family statement
def s1():
    b = Book("s1")

    def header(f):
        f.t(40, "Tidewater Children's Therapy Collective", 13, True)
        f.t(40, "1190 Marina Vista Blvd, Suite 4  |  Port Alder, WA 98366  |  (360) 555-0119", 7.5, y=f.y + 12)
        f.t(572, "STATEMENT", 13, True, "R")
        f.t(572, "Page {P} of {N}", 7.5, False, "R", y=f.y + 12)
        f.y += 24
        if f.page == 1:
            f.rect(372, f.y, 200, 52)
            for i, (k, v) in enumerate((("Statement date", "02/10/2026"), ("Guarantor", "Colette Vandermeer"),
                                        ("Guarantor acct", "G-20471"), ("Amount due", "see total below"))):
                f.t(378, k, 7.5, True, y=f.y + 12 + i * 11)
                f.t(460, v, 7.5, y=f.y + 12 + i * 11)
            f.t(40, "Colette Vandermeer", 8, y=f.y + 12)
            f.t(40, "77 Heron Point Road", 8, y=f.y + 23)
            f.t(40, "Port Alder, WA 98367", 8, y=f.y + 34)
            f.y += 64
        f.hl(40, 572, w=1)
        f.y += 11
        f.row([(42, "Date", "L"), (90, "Code", "L"), (150, "Description", "L"), (392, "Charges", "R"),
               (440, "Ins Paid", "R"), (486, "Adjust", "R"), (528, "Pt Paid", "R"), (570, "Balance", "R")], 7.4, True)
        f.y += 4
        f.hl(40, 572, w=0.5)
        f.y += 11

    f = Flow(False, "LibSerif", 7.6, 11, 44, 60, header, None)
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.76"))
    visits = [
        ("Amara Vandermeer", "V-883012", "Cascadia Family Health", "CFH0126551904",
         [S(D(1, 6), "97165", 1, ("GO",)), S(D(1, 6), "97530", 2, ("GO",))], True),
        ("Amara Vandermeer", "V-883140", "Cascadia Family Health", "CFH0126552270",
         [S(D(1, 13), "97530", 3, ("GO",)), S(D(1, 13), "97535", 1, ("GO",))], False),
        ("Felix Vandermeer", "V-883077", "Cascadia Family Health", "CFH0126551958",
         [S(D(1, 8), "92523", 1), S(D(1, 15), "92507", 1, ("GN",))], True),
        ("Felix Vandermeer", "V-883201", "Cascadia Family Health", "CFH0126552391",
         [S(D(1, 22), "92507", 1, ("GN",)), S(D(1, 22), "92526", 1, ("GN",), "PR")], False),
        ("Juniper Vandermeer", "V-883115", "Cascadia Family Health", "CFH0126552004",
         [S(D(1, 9), "97166", 1, ("GO",)), S(D(1, 9), "97112", 1, ("GO",)), S(D(1, 16), "97530", 2, ("GO",)),
          S(D(1, 16), "97110", 1, ("GO",))], True),
    ]
    grand = ZERO
    for pat, vno, ins, clm, svcs, paid_copay in visits:
        for s in svcs:
            commercial(s, st, deny_reason="204")
        f.need(50)
        f.rect(40, f.y - 8, 532, 11, gray=0.9)
        f.t(42, f"Patient: {pat}     Visit #: {vno}     Insurance: {ins}  Claim # {clm}", 7.4, True)
        f.y += 14
        vt = ZERO
        for s in svcs:
            f.need(12)
            adj = s.billed - s.paid - s.owes
            bal = s.owes
            b.add(f, s, vno, clm, pat, ("billed", "paid", "patient_owes"), units=False, modifiers=True)
            f.row([(42, dfmt(s.dos, "mdy4"), "L"), (90, s.code + "".join(s.mods), "L"), (150, s.desc, "L"),
                   (392, money(s.billed, ","), "R"), (440, money(s.paid, ","), "R"), (486, money(adj, ","), "R"),
                   (528, "", "R"), (570, money(bal, ","), "R")])
            vt += bal
            f.y += 11
        if paid_copay:
            cp = total(svcs, "copay")
            f.row([(42, dfmt(svcs[0].dos, "mdy4"), "L"), (150, "Patient payment - copay, thank you", "L"),
                   (528, money(-cp, ",", "()"), "R"), (570, money(-cp, ",", "()"), "R")])
            vt -= cp
            f.y += 11
        f.row([(150, "Visit balance", "L"), (392, money(total(svcs, "billed"), ","), "R"),
               (440, money(total(svcs, "paid"), ","), "R"), (570, money(vt, ","), "R")], bold=True)
        b.claim(vno, clm, pat, billed=total(svcs, "billed"), paid=total(svcs, "paid"))
        grand += vt
        f.y += 18
    f.need(40)
    f.hl(372, 572)
    f.y += 11
    f.t(378, "TOTAL AMOUNT DUE", 9, True)
    f.t(570, money(grand, "$"), 9, True, "R")
    f.y += 16
    f.t(40, "Balances shown are after your insurance processed each visit. Questions: billing@tidewater-ctc.example",
        7)
    return b, f, "fpdf2", [], "outpatient therapy clinic family statement, three children"


# ============================================================================ s2 hospital statement
def s2():
    b = Book("s2")
    REV = {"97530": "0430", "97535": "0430", "97165": "0434", "97110": "0420", "97140": "0420", "97163": "0424",
           "92507": "0440", "92523": "0444", "97116": "0420", "G0283": "0420", "97112": "0420"}

    def header(f):
        f.t(40, "ST. BRENNAN REGIONAL MEDICAL CENTER", 12, True)
        f.t(40, "Patient Financial Services  |  400 Calloway Parkway, Dunmore Ridge, KY 40391", 7.2, y=f.y + 12)
        f.t(572, "PATIENT STATEMENT", 11, True, "R")
        f.t(572, "Statement date 02/12/2026  -  Page {P} of {N}", 7.2, False, "R", y=f.y + 12)
        f.y += 20
        f.hl(40, 572, w=1.2)
        f.y += 12
        if f.page == 1:
            f.t(40, "Guarantor: Percival Ashdown-Reyes    Guarantor no. 30077125", 8)
            f.y += 11
            f.t(40, "5 Larkspur Court, Dunmore Ridge, KY 40392", 8)
            f.y += 18

    f = Flow(False, "DVSerifC", 7.3, 10.5, 40, 56, header, None)
    X = [(44, "L"), (96, "L"), (130, "L"), (188, "L"), (470, "R"), (560, "R")]
    accts = [
        ("Ashdown-Reyes, Maeve", "HA-550180227", "BRG-1771-0453", "Bluegrass Employers Health Plan",
         [S(D(1, 5), "97165", 1, ("GO",)), S(D(1, 5), "97530", 2, ("GO",)), S(D(1, 7), "97530", 2, ("GO",)),
          S(D(1, 7), "97535", 1, ("GO",)), S(D(1, 12), "97530", 3, ("GO",)), S(D(1, 14), "97530", 2, ("GO",)),
          S(D(1, 14), "97112", 1, ("GO",)), S(D(1, 19), "97530", 2, ("GO",)), S(D(1, 21), "97530", 2, ("GO",)),
          S(D(1, 21), "97535", 1, ("GO",)), S(D(1, 26), "97530", 3, ("GO",)), S(D(1, 28), "97530", 2, ("GO",)),
          S(D(1, 28), "97140", 1, ("GO",)),
          S(D(1, 30), "97530", 2, ("GO",)), S(D(1, 30), "97535", 1, ("GO",))]
         + visits([(2, 2), (2, 4), (2, 6), (2, 9), (2, 11), (2, 13), (2, 16), (2, 18), (2, 20), (2, 23), (2, 25),
                   (2, 27)],
                  [("97530", 2), ("97110", 1), ("97535", 1)], ("GO",)), Decimal("0.55"), Decimal("0.25")),
        ("Ashdown-Reyes, Percival", "HA-550180391", "BRG-1771-0618", "Bluegrass Employers Health Plan",
         [S(D(1, 9), "97163", 1, ("GP",)), S(D(1, 9), "97110", 2, ("GP",)), S(D(1, 16), "97110", 2, ("GP",)),
          S(D(1, 16), "97116", 1, ("GP",)), S(D(1, 16), "G0283", 1, ("GP",))], Decimal("0.60"), Decimal("0.22")),
    ]
    grand = ZERO
    for pat, acct, clm, ins, svcs, pr, ar in accts[::-1]:
        f.need(70)
        f.rect(40, f.y - 9, 532, 26)
        f.t(44, f"Patient: {pat}", 8, True)
        f.t(300, f"Hospital account: {acct}", 8)
        f.t(44, f"Outpatient Rehabilitation Services   Dates {dfmt(min(x.dos for x in svcs), 'mdy4')} - {dfmt(max(x.dos for x in svcs), 'mdy4')}", 7.2, y=f.y + 11)
        f.t(300, f"{ins}  Claim no. {clm}", 7.2, y=f.y + 11)
        f.y += 28

        def cont(ff, pat=pat, acct=acct):
            ff.t(44, f"Hospital account {acct} - {pat} (continued)", 7.6, True)
            ff.y += 13
            ff.row([(x, h, a) for (x, a), h in zip(X, ["Date", "Rev", "CPT/HCPCS", "Description", "Qty",
                                                         "Charges"])], 7, True)
            ff.y += 12
        f.row([(x, h, a) for (x, a), h in zip(X, ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"])],
              7, True)
        f.y += 12
        f.cont = cont
        for s in svcs:
            f.need(12)
            mods = " ".join(s.mods)
            b.add(f, s, acct, clm, pat, ("billed",), adjustments=[], description=True)
            f.row([(44, dfmt(s.dos, "mdy4"), "L"), (96, REV[s.code], "L"), (130, f"{s.code} {mods}".strip(), "L"),
                   (188, s.desc, "L"), (470, units_str(s.units), "R"), (560, money(s.billed, ","), "R")])
            f.y += 10.5
        f.cont = None
        tb = total(svcs, "billed")
        ip = q(tb * pr)
        ad = q(tb * ar)
        bal = tb - ip - ad
        f.hl(400, 572, y=f.y - 7)
        for lab, v in (("Total charges", tb), (f"Payment - {ins}", -ip), ("Contractual adjustment", -ad),
                       ("Account balance", bal)):
            f.t(188, lab, bold=lab.startswith(("Total", "Account")))
            f.t(560, money(v, ",", "()"), bold=lab.startswith(("Total", "Account")), align="R")
            f.y += 10.5
        b.claim(acct, clm, pat, billed=tb)
        grand += bal
        f.y += 14
    f.need(30)
    f.t(188, "PLEASE PAY THIS AMOUNT", 9, True)
    f.t(560, money(grand, "$"), 9, True, "R")
    return b, f, "reportlab", [], "hospital patient statement with itemized detail, account continued"


LAYOUTS = [("c1_ppo_member_eob", c1), ("c2_epo_benefit_summary", c2), ("m1_msn_part_b", m1),
           ("m2_ma_hmo_eob", m2), ("d1_medicaid_ra", d1), ("d2_medicaid_fixed", d2), ("p1_spr_clearinghouse", p1),
           ("p2_pm_era_posting", p2), ("s1_clinic_family_statement", s1), ("s2_hospital_statement", s2)]


def build(out: Path):
    made = {}
    for name, fn in LAYOUTS:
        b, flow, producer, legend, desc = fn()
        pdf = out / f"{name}.pdf"
        n = render(flow, pdf, producer)
        write_truth(pdf, name, producer, n, desc, b.lines, b.claims, legend)
        made[name] = (b, flow)
    return made


# ============================================================================ self-check
MONEY = re.compile(r"\(?-?\$?\d[\d,]*\.\d\d\)?-?")


def norm_money(tok: str) -> str | None:
    m = MONEY.fullmatch(tok)
    if not m:
        return None
    neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-")
    v = Decimal(re.sub(r"[^\d.]", "", tok))
    return str(q(-v if neg else v))


def check(out: Path, made) -> list[str]:
    import pdfplumber
    errs = []
    for name, (b, flow) in made.items():
        pdf = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as doc:
            if len(doc.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(doc.pages)} != {t['pages']}")
            ptext, prows = [], []
            for p in doc.pages:
                ptext.append(p.extract_text() or "")
                words = p.extract_words(keep_blank_chars=False, use_text_flow=False)
                rows: list = []
                for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                    for r in rows:
                        if abs(r[0] - w["bottom"]) < 2:
                            r[1].append(w)
                            break
                    else:
                        rows.append([w["bottom"], [w]])
                prows.append([(r[0], [w["text"] for w in sorted(r[1], key=lambda w: w["x0"])]) for r in rows])
        alltext = "\n".join(ptext)
        for i, (ln, (pg, y)) in enumerate(zip(t["lines"], b.pos)):
            where = f"{name} line {i + 1}"
            if ln["page"] != pg:
                errs.append(f"{where}: page mismatch")
            cand = [r for r in prows[pg - 1] if abs(r[0] - y) < 4]
            if not cand:
                errs.append(f"{where}: no text row at y={y:.1f}")
                continue
            toks = cand[0][1]
            line = " ".join(toks)
            if ln["code"] and ln["code"] not in line:
                errs.append(f"{where}: code {ln['code']} not on row: {line}")
            for m in ln["modifiers"]:
                if m not in line:
                    errs.append(f"{where}: modifier {m} not on row")
            monies = [norm_money(x) for x in toks]
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and ln[k] not in monies:
                    errs.append(f"{where}: {k} {ln[k]} not on row: {line}")
            if ln["units"] is not None:
                nums = set()
                for x in toks + [w for tk in toks for w in tk.split()]:
                    try:
                        nums.add(Decimal(x).normalize())
                    except Exception:
                        pass
                if Decimal(ln["units"]).normalize() not in nums:
                    errs.append(f"{where}: units {ln['units']} not on row: {line}")
            d = date.fromisoformat(ln["service_date"])
            forms = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mon", "mdyn")] + [d.strftime("%m%d%y")]
            if not any(x in line for x in forms) and not any(x in ptext[pg - 1] for x in forms):
                errs.append(f"{where}: date {d} not printed")
            if not any(x in line for x in forms) and name != "m1_msn_part_b":
                errs.append(f"{where}: date {d} not on row")
            for g, r, a in ln["adjustments"]:
                if r not in ptext[pg - 1] or (a and norm_money(a) and a.lstrip("-") not in ptext[pg - 1]):
                    errs.append(f"{where}: adjustment {g}-{r} {a} not printed")
            for rm in ln["remarks"]:
                if rm not in line and name not in ("p1_spr_clearinghouse",):
                    errs.append(f"{where}: remark {rm} not on row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in "\n".join(ptext[:pg]):  # a continued claim: heading on an earlier page
                    errs.append(f"{where}: {k} {ln[k]} not on its page or before")
            # arithmetic
            A = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if all(A[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
                if A["billed"] - A["discount"] - A["not_covered"] != A["allowed"]:
                    errs.append(f"{where}: billed-discount-not covered != allowed")
            if all(A[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if A["allowed"] - A["deductible"] - A["copay"] - A["coinsurance"] != A["paid"]:
                    errs.append(f"{where}: allowed - cost share != paid")
            if ln["adjustments"] and A["billed"] is not None and A["paid"] is not None:
                if A["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != A["paid"]:
                    errs.append(f"{where}: billed - adjustments != paid")
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and
                    ln["payer_claim_id"] == c["payer_claim_id"]]
            if not mine:
                errs.append(f"{name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if str(q(sum(Decimal(ln[k]) for ln in mine))) != v:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} != sum of lines")
                if money(Decimal(v), "") not in alltext.replace(",", "").replace("$", "") and \
                        money(abs(Decimal(v)), "") not in alltext.replace(",", "").replace("$", ""):
                    errs.append(f"{name}: claim total {k} {v} not printed")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and c[k] not in alltext:
                    errs.append(f"{name}: claim {k} {c[k]} not printed")
        print(f"{name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout43_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = build(out)
    print(f"wrote {len(made)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, made)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
