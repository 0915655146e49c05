"""Write the held-out set 193 of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on layouts written independently of it (the author read no reader code, tests,
docs or accuracy scripts, and never ran the reader on these files).

Run:  python bench/heldout193/make_heldout193_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout193/make_heldout193_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth, ``<name>.pdf.truth.json``), printed
values only, null for what a layout does not print (units null where no quantity is printed for the line);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN, patient exactly as printed (the person who got the service, never the guarantor or
subscriber unless the same person). Adjustments are recorded as printed: with their amount where the row
prints it, [group, reason, null] where only the code is printed, none where the layout prints no codes.
Printed negatives ("123.45-", "-59.24") are negative in the truth. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Helper drawing/check code: bench/heldout193/h193kit.py.

Layouts (two of each of the five commonest real kinds, each in its own house style):
  v1  commercial member EOB for a family of three, core Helvetica portrait (reportlab): address + subscriber
      box, plan-year progress lines, claim heading "Claim for NAME (Daughter)" / "Claim number" / "Patient
      account", columns "Amount billed / Network discount / Not covered / Covered amount / Deductible /
      Coinsurance / Plan paid / Your share / Notes", code and modifier apart by a space, wrapped long
      descriptions (2-4 lines), denied lines, claim totals, notes legend and appeal text on a last page
  v2  mutual-association member EOB for a household of four, DejaVu Serif Condensed landscape (fpdf2): boxed
      claim headings (Patient / Relationship / Claim # / provider's reference), ruled grid with vertical rules,
      "97112-GP" glued by hyphen, Qty, description on a second small line under the code (two-line service),
      per-visit copay, "Why" codes, "Totals for this claim"; PLANTED claim-total mismatch (Your
      responsibility total of claim SMB-26-0117-9962 printed 10.00 too high, declared as expected finding)
  v3  Medicare Summary Notice in the older per-claim format, core Times portrait (reportlab): "Part B Medical
      Insurance - Assigned Claims", "Claim number" / provider / "Referred by", columns "Dates of Service /
      Services Provided / Amount Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed /
      See Notes", service cell "2 Therapeutic exercises (97110-GP-KX)" (count first, code in parentheses),
      letter notes "b,c,e", a not-covered line, "Claim Total"; a claim continues on page 2 with its heading
      "(continued)" and the column header repeated
  v4  Medicare Advantage (HMO) member EOB mailed to a couple, Liberation Sans Narrow portrait (fpdf2): dark
      banner, per-member bands "Claims for NAME / Member ID", claim lines "Claim number / Provider / Date
      processed", "Jan 5, 2026" dates, "Therapeutic exercises (97110 GP CQ)", per-visit-day copay, a
      not-covered supply, note codes N1-N4, "Claim total"
  v5  state Medicaid remittance advice, mainframe print in core Courier landscape (fpdf2): CLAIM STATUS: PAID /
      CREDITED / DENIED sections, "BENEFICIARY NAME: LAST, FIRST / BENEFICIARY ID / PATIENT ACCOUNT # / ICN",
      fixed columns LN / SVC DATE / PROC / MODS / UNITS "3.00" / BILLED AMT / APPROVED AMT / PAID AMT / ADJ RSN
      "CO45" (code only) / EOB / RMK, a credited (reversed) claim with trailing-minus amounts and ORIGINAL ICN,
      claims summary and warrant/EFT lines, EOB code legend; a claim breaks across pages with "(CONTINUED)"
  v6  state Medicaid provider remittance statement, DejaVu Sans Condensed portrait (reportlab): each claim in a
      box with a shaded heading (Recipient / Medicaid no. / Pat. acct / TCN / Status), columns Ln / Svc date /
      Proc / Mod 1 / Mod 2 / Units "2.0" / Billed / TPL / Allowed / Copay / Paid / "CO-45 100.76  OA-23 25.00
      PR-3 3.00", other-insurance (TPL) reductions, member copays, a denied claim, reason legend
  v7  Medicare Part B remittance as a practice-management "posting detail", Liberation Mono landscape
      (reportlab): PATIENT / MBI / ACCT / ICN / ASG / MOA / STATUS heading per claim, DOS "01/05/2026", POS,
      UNITS "2.0", MODS "GP KX", BILLED / ALLOWED / DEDUCT / COINS, all adjustments "CO-45 118.88 PR-1 60.00
      PR-2 8.22 CO-253 0.66" on the row, PAID, a 22-REVERSAL claim with leading-minus amounts, CLAIM TOTALS
      with PT RESP, provider totals
  v8  clearinghouse "Remittance Detail" of a Medicare payment, core Helvetica portrait (fpdf2): dark card
      headings (Patient "Last, First" / Patient ctrl # / Payer claim # / status), columns Svc date / Code /
      Mods / Units "1.00" / Charge / Allowed / Deduct / Coins / Seq red / Contract / Other adj / Paid / Adj
      codes "CO45 PR2 CO253" (amounts in the named columns) / RARC, a denied line, payment summary, glossary
  v9  pediatric therapy clinic family statement to a guarantor (three family members), DejaVu Sans portrait
      (fpdf2): account-summary box, visit heading rows "Visit N - NAME - billed to PLAN - insurance claim
      C - processed" and service rows with first name only, glued "97140GP59", Charges / Ins. paid / Ins. adj.
      / Your balance, a patient payment row "(40.00)", tear-off coupon at the foot of page 1; the table runs on
      to page 2 with the column header repeated and the visit heading "(continued)"
  v10 hospital outpatient family statement (three family members), DejaVu Serif portrait (reportlab): two-column
      top, shaded account bands (Patient / Account), Date / Rev / CPT/HCPCS "97166 GO" / Description / Qty /
      Charges / Credits, account-level payment row naming the insurer's claim number, contractual adjustment,
      balance per account, payment coupon across page 1; an account continues on page 2

The self-check (--check) tests the factory, never the reader: the page count; for every truth line a text line
on its page (pdfplumber words grouped by baseline) that carries its code, date (or, for heading-dated layouts,
the page), modifiers, units, every non-null amount, adjustment codes and amounts, and remarks; ids and patients
in the document's text; billed - adjustments = paid where the layout prints every adjustment with its amount;
allowed - deductible - copay - coinsurance = paid where those are printed (no sequestration / other payer);
claim totals printed and equal to the sum of the lines unless the mismatch is the planted expected finding;
at least three files carry a claim across a page break.
"""

# ruff: noqa: B023

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h193kit import Doc, G, check_file  # noqa: E402

Svc, q, ZERO, money, dfmt = G.Svc, G.q, G.ZERO, G.money, G.dfmt
for _c, _f, _s, _d in (("97533", "98.00", "38.10", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97542", "88.00", "31.20", "Wheelchair management training"),
                       ("99203", "210.00", "112.40", "Office visit, new patient"),
                       ("A4467", "40.00", "18.20", "Compression garment, non-elastic")):
    G.FEE.setdefault(_c, _f)
    G.SCHED.setdefault(_c, _s)
    G.DESC.setdefault(_c, _d)


def D(m: int, d: int) -> date:
    return date(2026, m, d)


def wrap(s: str, n: int) -> list[str]:
    return textwrap.wrap(s, n) or [""]


def cm(s: Svc, sep: str = " ") -> str:
    return sep.join((s.code,) + tuple(s.mods)) if sep != "glue" else s.code + "".join(s.mods)


class Lines:
    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.claims: list[dict] = []

    def add(self, page: int, s: Svc, cid, pcid, pat, printed, **kw) -> None:
        self.lines.append(G.truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                       printed=printed, **kw))

    def claim(self, cid, pcid, pat, **tot) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": G.claim_totals(**tot)})


def tot(svcs, a):
    return G.total(svcs, a)


# =============================================================================================== v1
def v1(out: Path):
    """commercial member EOB (family), reportlab Helvetica portrait"""
    name = "h193_v1_commercial_family_eob.pdf"
    doc = Doc("reportlab", out / name, "Helvetica")
    L = Lines()
    st = G.PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    notes = {"A": "Your plan's network rate is lower than the amount billed; the difference is not yours to pay.",
             "B": "This amount counts toward your plan-year deductible.",
             "C": "Your plan does not cover this service under your benefit booklet; you may be billed.",
             "D": "Your share is the coinsurance percentage of the network rate."}
    claims = [
        ("Iris Whitcombe", "Daughter", "Brightside Pediatric Therapy", "BPT-44120", "7Q2601190041",
         [Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 7), "97530", 2, ("GO",)), Svc(D(1, 7), "97535", 1, ("GO",)),
          Svc(D(1, 12), "97530", 2, ("GO",)), Svc(D(1, 12), "97533", 1, ("GO",)), Svc(D(1, 14), "97110", 2, ("GO",))]),
        ("Milo Whitcombe", "Son", "Harbor Speech & Language Group", "HSL-0098812", "7Q2601220187",
         [Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)),
          Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 20), "97129", 1, ("GN",), denied="PR")]),
        ("Dana Whitcombe", "Self", "Northgate Orthopedic Rehab", "20260108-3317", "7Q2601240533",
         [Svc(D(1, 8), "97161", 1, ("GP",)), Svc(D(1, 8), "97140", 1, ("GP", "59")), Svc(D(1, 15), "97110", 3, ("GP",)),
          Svc(D(1, 15), "G0283", 1, ("GP",)), Svc(D(1, 15), "0552T", 1, ("GP",), denied="PR"),
          Svc(D(1, 22), "97112", 2, ("GP",)), Svc(D(1, 22), "97140", 1, ("GP",))]),
    ]
    for c in claims:
        for s in c[5]:
            G.commercial(s, st)
    X = {"date": 40, "desc": 92, "code": 206, "bill": 290, "disc": 330, "cop": 372, "cov": 412, "ded": 450,
         "coi": 488, "paid": 522, "you": 556, "note": 560}
    cols = [("date", ["Date of", "service"], "l"), ("desc", ["What was done"], "l"), ("code", ["Code"], "l"),
            ("bill", ["Amount", "billed"], "r"), ("disc", ["Network", "discount"], "r"),
            ("cop", ["Not", "covered"], "r"), ("cov", ["Covered", "amount"], "r"), ("ded", ["Deduct-", "ible"], "r"),
            ("coi", ["Coin-", "surance"], "r"), ("paid", ["Plan", "paid"], "r"), ("you", ["Your", "share"], "r"),
            ("note", ["Notes"], "l")]

    def page_top(first: bool) -> float:
        doc.font("b", 15)
        doc.t(40, 50, "CEDAR RIDGE HEALTH PLAN")
        doc.font("r", 8)
        doc.t(40, 62, "PO Box 80412  |  Fort Alder, MN 55901  |  Member Care 1-800-555-0147 (TTY 711)")
        doc.font("b", 11)
        doc.t(572, 50, "Explanation of Benefits", "r")
        doc.font("r", 8)
        doc.t(572, 62, "THIS IS NOT A BILL", "r")
        doc.hl(40, 572, 70, 1.2)
        if not first:
            doc.t(40, 82, "Subscriber: Dana Whitcombe   Member ID: CRH884120377   Statement date: 01/30/2026")
            return 100.0
        doc.font("r", 9)
        for i, s in enumerate(["Dana Whitcombe", "2287 Larkspur Trail", "Fort Alder, MN 55906"]):
            doc.t(40, 96 + 12 * i, s)
        doc.box(330, 84, 242, 70)
        doc.font("b", 8)
        doc.t(338, 96, "Subscriber")
        doc.t(338, 108, "Member ID")
        doc.t(338, 120, "Group")
        doc.t(338, 132, "Statement date")
        doc.t(338, 144, "Plan")
        doc.font("r", 8)
        for i, s in enumerate(["Dana Whitcombe", "CRH884120377", "55120 - Tillman Foundry Co.", "01/30/2026",
                               "Cedar Ridge Choice PPO"]):
            doc.t(420, 96 + 12 * i, s)
        doc.font("b", 9)
        doc.t(40, 176, "Your family's plan-year progress (in network)")
        doc.font("r", 8)
        doc.t(40, 189, "Family deductible: $1,000.00   Met so far: $880.00 + $120.00 this statement = $1,000.00")
        doc.t(40, 200, "Family out-of-pocket maximum: $6,000.00   Met so far: $1,412.57")
        doc.t(40, 216, "Claims processed for: Iris Whitcombe, Milo Whitcombe, Dana Whitcombe")
        return 236.0

    def header(y: float) -> float:
        doc.box(38, y - 9, 536, 22, gray=0.88, stroke=False)
        doc.font("b", 7)
        for k, hl, al in cols:
            for j, h in enumerate(hl):
                doc.t(X[k], y + 9 * j, h, al)
        doc.font("r", 7.5)
        return y + 24

    def footer() -> None:
        doc.font("r", 7)
        doc.t(40, 760, "Cedar Ridge Health Plan is an invented carrier. Keep this notice for your records.")
        doc.t(572, 760, f"Page {doc.page}", "r")

    y = page_top(True)
    bottom = 700
    m = lambda v: money(v, ",")  # noqa: E731
    for pat, rel, prov, acct, clm, svcs in claims:
        def head(cont: bool, y: float) -> float:
            doc.font("b", 8.5)
            doc.t(40, y, f"Claim for {pat} ({rel})" + ("  - continued" if cont else ""))
            doc.font("r", 8)
            doc.t(330, y, f"Claim number {clm}")
            doc.t(40, y + 11, f"Provider: {prov}    Patient account: {acct}    Received 01/{16 + claims.index((pat, rel, prov, acct, clm, svcs))}/2026")
            return header(y + 28)
        if y + 80 > bottom:
            footer()
            doc.newpage()
            y = page_top(False)
        y = head(False, y)
        for s in svcs:
            dl = wrap(G.LONG_DESC.get(s.code, s.desc), 26)
            if y + 10 * len(dl) > bottom:
                footer()
                doc.newpage()
                y = head(True, page_top(False))
            rem = ["C"] if s.denied else (["A"] + (["B"] if s.deductible else []) + (["D"] if s.coinsurance else []))
            doc.font("r", 7.5)
            doc.t(X["date"], y, dfmt(s.dos, "mdy4"))
            doc.t(X["code"], y, cm(s))
            for k, v in (("bill", s.billed), ("disc", s.discount), ("cov", s.allowed), ("ded", s.deductible),
                         ("cop", s.not_covered), ("coi", s.coinsurance), ("paid", s.paid), ("you", s.owes)):
                doc.t(X[k], y, m(v), "r")
            doc.font("r", 6.5)
            doc.t(X["note"], y, " ".join(rem))
            s.desc = G.LONG_DESC.get(s.code, s.desc)
            for j, d in enumerate(dl):
                doc.t(X["desc"], y + 9 * j, d)
            L.add(doc.page, s, acct, clm, pat, ("billed", "discount", "allowed", "deductible", "not_covered",
                                                "coinsurance", "paid", "patient_owes"), units=False, remarks=rem)
            y += 9 * len(dl) + 3
        doc.hl(40, 572, y - 6)
        doc.font("b", 7.5)
        doc.t(X["desc"], y + 3, "Claim totals")
        for k, a in (("bill", "billed"), ("disc", "discount"), ("cov", "allowed"), ("ded", "deductible"),
                     ("cop", "not_covered"), ("coi", "coinsurance"), ("paid", "paid"), ("you", "owes")):
            doc.t(X[k], y + 3, m(tot(svcs, a)), "r")
        L.claim(acct, clm, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                patient_owes=tot(svcs, "owes"))
        y += 28
    footer()
    doc.newpage()
    page_top(False)
    doc.font("b", 10)
    doc.t(40, 124, "What the notes mean")
    doc.font("r", 8.5)
    for i, (k, v) in enumerate(notes.items()):
        doc.t(40, 142 + 14 * i, f"{k}   {v}")
    doc.font("b", 10)
    doc.t(40, 220, "Your right to appeal")
    doc.font("r", 8.5)
    for i, s in enumerate(wrap("If you disagree with how we processed a claim, you or someone you name may ask us to "
                               "look at it again within 180 days of this notice. Call Member Care or write to the "
                               "address above and include the claim number.", 110)):
        doc.t(40, 236 + 12 * i, s)
    footer()
    doc.close()
    G.write_truth(out / name, "v1", "reportlab", doc.page, "commercial family member EOB", L.lines, L.claims,
                  list(notes.items()))
    return name, {}


# =============================================================================================== v2
def v2(out: Path):
    """commercial member EOB, fpdf2 DejaVu Serif Condensed landscape, ruled grid, four family members"""
    name = "h193_v2_mutual_household_eob.pdf"
    doc = Doc("fpdf2", out / name, "DVSerifCond", landscape=True)
    L = Lines()
    st = G.PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.78"))
    why = {"P1": "Network pricing applied; you are not responsible for the reduction.",
           "P2": "Per-visit therapy copay from your schedule of benefits.",
           "X7": "Service limit for this benefit period reached; not covered by the plan."}
    fam = [
        ("Anselm Okafor-Reyes", "Subscriber", "Riverbend Hand Therapy", "RHT-552019", "SMB-26-0113-2207",
         [Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 5), "97760", 1, ("GO",)), Svc(D(1, 5), "L3807", 1, ("RT",)),
          Svc(D(1, 9), "97140", 2, ("GO",)), Svc(D(1, 9), "97110", 1, ("GO",))]),
        ("Lucia Okafor-Reyes", "Spouse", "Westfield Physical Therapy", "WPT 0071344", "SMB-26-0115-0418",
         [Svc(D(1, 6), "97162", 1, ("GP",)), Svc(D(1, 13), "97110", 2, ("GP",)), Svc(D(1, 13), "97116", 1, ("GP",)),
          Svc(D(1, 20), "97110", 2, ("GP", "KX"))]),
        ("Teo Okafor-Reyes", "Dependent", "Little Steps Therapy Collective", "LS-3390-T", "SMB-26-0117-9962",
         [Svc(D(1, 7), "92507", 1, ("GN",)), Svc(D(1, 14), "92507", 1, ("GN",)), Svc(D(1, 21), "92526", 1, ("GN",)),
          Svc(D(1, 28), "92507", 1, ("GN",), denied="PR")]),
        ("Nia Okafor-Reyes", "Dependent", "Little Steps Therapy Collective", "LS-3391-N", "SMB-26-0117-9963",
         [Svc(D(1, 8), "97167", 1, ("GO",)), Svc(D(1, 15), "97530", 3, ("GO",)), Svc(D(1, 15), "97533", 1, ("GO", "59")),
          Svc(D(1, 22), "97530", 2, ("GO",))]),
    ]
    for f in fam:
        for s in f[5]:
            G.commercial(s, st, deny_reason="119")
    xs = [30, 84, 190, 222, 280, 334, 392, 446, 498, 556, 620, 692, 740, 762]
    hd = [["Date of", "service"], ["Procedure"], ["Qty"], ["Billed"], ["Not", "covered"], ["Amount", "allowed"],
          ["Your", "deductible"], ["Your", "copay"], ["Your", "coins."], ["Paid to", "provider"], ["Your", "responsibility"],
          ["Why"]]
    planted = "SMB-26-0117-9962"

    def top() -> float:
        doc.font("b", 14)
        doc.t(30, 40, "Summit Mutual Benefit Association")
        doc.font("r", 8)
        doc.t(30, 52, "Claims Office, 19 Quarry Hill Road, Brantwood, VT 05701   www.summitmutual.example   802-555-0190")
        doc.font("b", 10)
        doc.t(762, 40, "EXPLANATION OF BENEFITS", "r")
        doc.font("r", 8)
        doc.t(762, 52, f"Household statement  -  Page {doc.page} of 2", "r")
        doc.hl(30, 762, 58, 1)
        return 72.0

    def grid_head(y: float) -> float:
        doc.box(30, y, 732, 22, gray=0.9)
        doc.font("b", 7.5)
        for i, h in enumerate(hd):
            for j, t in enumerate(h):
                doc.t(xs[i] + 3, y + 9 + 8 * j, t)
        return y + 22

    y = top()
    doc.font("r", 8.5)
    doc.t(30, y + 4, "Prepared for: Anselm Okafor-Reyes   Member no. SMB 660 418 27   Plan: Summit Choice 2500   "
          "Period: January 1 - 31, 2026   This is not a bill.")
    y += 18
    m = lambda v: money(v, "$")  # noqa: E731
    for idx, (pat, rel, prov, acct, clm, svcs) in enumerate(fam):
        if idx == 2:
            doc.font("r", 7)
            doc.t(30, 590, "Questions about a claim? Have your claim number ready. Hearing or speech impaired: TTY 711.")
            doc.newpage()
            y = top() + 4
        doc.box(30, y, 732, 26)
        doc.font("b", 8.5)
        doc.t(34, y + 10, f"Patient: {pat}")
        doc.t(250, y + 10, f"Relationship: {rel}")
        doc.t(430, y + 10, f"Claim #: {clm}")
        doc.font("r", 8)
        doc.t(34, y + 21, f"Provider: {prov}")
        doc.t(250, y + 21, f"Your provider's reference: {acct}")
        doc.t(520, y + 21, "Processed 01/29/2026")
        y = grid_head(y + 26)
        for s in svcs:
            rem = ["X7"] if s.denied else (["P1"] + (["P2"] if s.copay else []))
            doc.font("r", 8)
            vals = [dfmt(s.dos, "mdy2"), cm(s, "-"), G.units_str(s.units), m(s.billed), m(s.not_covered), m(s.allowed),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(rem)]
            for i, v in enumerate(vals):
                if i >= 3 and i <= 10:
                    doc.t(xs[i + 1] - 4, y + 10, v, "r")
                else:
                    doc.t(xs[i] + 3, y + 10, v)
            doc.font("r", 6.5)
            doc.t(xs[1] + 3, y + 18, s.desc)
            for x in xs:
                doc.vl(x, y, y + 22, 0.3)
            doc.hl(30, 762, y + 22, 0.3)
            L.add(doc.page, s, acct, clm, pat, ("billed", "not_covered", "allowed", "deductible", "copay",
                                                "coinsurance", "paid", "patient_owes"), remarks=rem)
            y += 22
        sums = [tot(svcs, a) for a in ("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                       "paid", "owes")]
        printed_owes = sums[7] + (Decimal("10.00") if clm == planted else ZERO)
        sums[7] = printed_owes
        doc.box(30, y, 732, 14, gray=0.95)
        doc.font("b", 8)
        doc.t(xs[1] + 3, y + 10, "Totals for this claim")
        for i, v in enumerate(sums):
            doc.t(xs[i + 4] - 4, y + 10, m(v), "r")
        L.claim(acct, clm, pat, billed=sums[0], allowed=sums[2], paid=sums[6], patient_owes=printed_owes)
        y += 30
    doc.font("b", 9)
    doc.t(30, y + 6, "Why codes used on this statement")
    doc.font("r", 8)
    for i, (k, v) in enumerate(why.items()):
        doc.t(30, y + 20 + 11 * i, f"{k}  {v}")
    doc.font("r", 7)
    doc.t(30, 590, "Summit Mutual Benefit Association is an invented plan. Keep this statement with your records.")
    doc.close()
    lines_owes = sum((Decimal(ln["patient_owes"]) for ln in L.lines if ln["payer_claim_id"] == planted), ZERO)
    G.write_truth(out / name, "v2", "fpdf2", doc.page, "commercial household EOB, ruled grid", L.lines, L.claims,
                  list(why.items()),
                  [f"claim-total-mismatch claim {planted}: printed Your responsibility total "
                   f"{lines_owes + Decimal('10.00')} but the lines add up to {lines_owes}"])
    return name, {}


# =============================================================================================== v3
def v3(out: Path):
    """Medicare Summary Notice, older per-claim style, reportlab Times portrait"""
    name = "h193_v3_msn_assigned_claims.pdf"
    doc = Doc("reportlab", out / name, "Times")
    L = Lines()
    st = G.PlanState(ded_left=Decimal("283.00"))
    ben = "ROSALIND M. TEAGUE"
    notes = {"a": "This approved amount went toward your yearly Part B deductible.",
             "b": "You pay 20 percent of the approved amount after the deductible is met.",
             "c": "The provider accepted assignment; you owe no more than the amount shown in the last column.",
             "d": "Payment for this service is included in the payment for another service on the same day.",
             "e": "A 2 percent reduction required by federal law was applied to the Medicare payment."}
    claims = [
        ("26-020-11834-001", "Lakeshore Hand & Upper Limb Therapy", "Referred by: Paul Ainsworth, MD",
         [Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97760", 2, ("GO",)), Svc(D(1, 6), "L3807", 1, ("GO",)),
          Svc(D(1, 9), "97140", 1, ("GO",)), Svc(D(1, 9), "97110", 2, ("GO",)), Svc(D(1, 13), "97530", 2, ("GO",)),
          Svc(D(1, 13), "97535", 1, ("GO",))]),
        ("26-027-40092-001", "Prairie Bend Rehabilitation Services", "Referred by: Gloria Feng, DO",
         [Svc(D(1, 12), "97161", 1, ("GP",)), Svc(D(1, 12), "97110", 2, ("GP", "KX")),
          Svc(D(1, 16), "97112", 1, ("GP",)), Svc(D(1, 16), "97116", 2, ("GP",)),
          Svc(D(1, 16), "G0283", 1, ("GP",), denied="CO"), Svc(D(1, 20), "97110", 3, ("GP", "CQ")),
          Svc(D(1, 20), "97140", 1, ("GP", "CQ"))]),
        ("26-033-77215-001", "Eastvale Speech and Swallowing Clinic", "",
         [Svc(D(1, 21), "92523", 1, ("GN",)), Svc(D(1, 26), "92526", 1, ("GN",)), Svc(D(1, 28), "92507", 1, ("GN",))]),
        ("26-029-50318-001", "Lakeshore Hand & Upper Limb Therapy", "Referred by: Paul Ainsworth, MD",
         [Svc(D(1, 20), "97140", 1, ("GO",)), Svc(D(1, 20), "97110", 2, ("GO",)), Svc(D(1, 23), "97530", 2, ("GO",)),
          Svc(D(1, 23), "97760", 1, ("GO",)), Svc(D(1, 27), "97168", 1, ("GO",)), Svc(D(1, 27), "97535", 2, ("GO",))]),
    ]
    claims = [claims[0], claims[1], claims[3], claims[2]]
    for c in claims:
        for s in c[3]:
            G.medicare(s, st, deny_reason="97")
    X = {"date": 50, "svc": 100, "chg": 352, "appr": 412, "paid": 478, "may": 540, "note": 552}

    def top() -> float:
        doc.font("b", 13)
        doc.t(50, 46, "MEDICARE SUMMARY NOTICE")
        doc.font("r", 9)
        doc.t(50, 58, f"{ben}    Medicare Number 5XK9-TR2-MW41    January 31, 2026")
        doc.t(562, 46, f"Page {doc.page}", "r")
        doc.font("b", 9)
        doc.t(562, 58, "THIS IS NOT A BILL", "r")
        doc.hl(50, 562, 64, 0.8)
        return 80.0

    def colhead(y: float) -> float:
        doc.font("b", 8.5)
        doc.t(X["date"], y, "Dates of")
        doc.t(X["date"], y + 10, "Service")
        doc.t(X["svc"], y + 10, "Services Provided")
        for k, a, b in (("chg", "Amount", "Charged"), ("appr", "Medicare", "Approved"), ("paid", "Medicare Paid",
                        "Provider"), ("may", "You May", "Be Billed")):
            doc.t(X[k], y, a, "r")
            doc.t(X[k], y + 10, b, "r")
        doc.t(X["note"], y, "See")
        doc.t(X["note"], y + 10, "Notes")
        doc.hl(50, 570, y + 14, 0.5)
        doc.font("r", 9)
        return y + 27

    y = top()
    doc.font("r", 9.5)
    for i, s in enumerate([ben, "740 Orchard Crossing Apt 3B", "Millbrook, IA 50701"]):
        doc.t(50, y + 8 + 12 * i, s)
    doc.box(330, y - 4, 232, 74)
    doc.font("b", 9)
    doc.t(338, y + 8, "Customer Service Information")
    doc.font("r", 8.5)
    for i, s in enumerate(["Your Medicare Number: 5XK9-TR2-MW41", "If you have questions, call 1-800-555-0163",
                           "Ask for Doctor Services.", "Be sure to have this notice with you."]):
        doc.t(338, y + 21 + 12 * i, s)
    y += 88
    doc.font("r", 9)
    doc.t(50, y, "Your Part B deductible for 2026 is $283.00. This notice shows that you have now met it.")
    y += 20
    doc.font("b", 10.5)
    doc.t(50, y, "Part B Medical Insurance - Assigned Claims")
    y += 18
    m = lambda v: money(v, "$")  # noqa: E731
    for icn, prov, ref, svcs in claims:
        def chead(y: float, cont: bool) -> float:
            doc.font("b", 9)
            doc.t(50, y, f"Claim number {icn}" + ("  (continued)" if cont else ""))
            doc.font("r", 9)
            doc.t(50, y + 11, prov)
            if ref and not cont:
                doc.t(50, y + 22, ref)
                y += 11
            return colhead(y + 28)
        if y > 640:
            doc.newpage()
            y = top() + 6
        y = chead(y, False)
        for s in svcs:
            if y > 660:
                doc.font("r", 8)
                doc.t(306, 760, "Continued on next page", "c")
                doc.newpage()
                y = chead(top() + 6, True)
            rem = ["d"] if s.denied else (["a"] if s.deductible else []) + (["b"] if s.coinsurance else []) + \
                (["c", "e"] if s.paid else ["c"])
            doc.font("r", 9)
            doc.t(X["date"], y, dfmt(s.dos, "mdy2"))
            doc.t(X["svc"], y, f"{G.units_str(s.units)} {s.desc} ({cm(s, '-')})")
            for k, v in (("chg", s.billed), ("appr", s.allowed), ("paid", s.paid), ("may", s.owes)):
                doc.t(X[k], y, m(v), "r")
            doc.t(X["note"], y, ",".join(rem))
            L.add(doc.page, s, None, icn, ben, ("billed", "allowed", "paid", "patient_owes"), remarks=rem)
            y += 13
        doc.font("b", 9)
        doc.t(X["svc"], y, "Claim Total")
        for k, a in (("chg", "billed"), ("appr", "allowed"), ("paid", "paid"), ("may", "owes")):
            doc.t(X[k], y, m(tot(svcs, a)), "r")
        L.claim(None, icn, ben, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                patient_owes=tot(svcs, "owes"))
        y += 22
    if y > 600:
        doc.newpage()
        y = top() + 6
    doc.font("b", 10)
    doc.t(50, y, "Notes Section:")
    doc.font("r", 9)
    for i, (k, v) in enumerate(notes.items()):
        doc.t(50, y + 14 + 12 * i, f"{k}  {v}")
    y += 14 + 12 * len(notes) + 10
    doc.font("b", 10)
    doc.t(50, y, "Appeals Information - Part B")
    doc.font("r", 9)
    for i, s in enumerate(wrap("If you disagree with any claims decision on this notice, you can request an appeal "
                               "by June 1, 2026. Circle the item(s) you disagree with, explain why, sign, and send "
                               "this notice to the address on page 1.", 105)):
        doc.t(50, y + 14 + 12 * i, s)
    doc.close()
    G.write_truth(out / name, "v3", "reportlab", doc.page, "Medicare Summary Notice, assigned claims", L.lines,
                  L.claims, list(notes.items()))
    return name, {}


def ma_plan(s: Svc, seen: set, copay: Decimal, key) -> Svc:
    """Medicare Advantage: plan fee schedule, a flat copay once per visit, plan pays the rest."""
    if s.denied:
        s.not_covered = s.billed
        s.owes = s.billed if s.denied == "PR" else ZERO
        s.adjs = [(s.denied, "96", s.billed)]
        return s
    s.allowed = q(Decimal(G.SCHED[s.code]) * s.units)
    s.discount = s.billed - s.allowed
    if (key, s.dos) not in seen:
        seen.add((key, s.dos))
        s.copay = min(copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    s.adjs = [("CO", "45", s.discount)] + ([("PR", "3", s.copay)] if s.copay else [])
    return s


# =============================================================================================== v4
def v4(out: Path):
    """Medicare Advantage member EOB for a couple, fpdf2 Liberation Sans Narrow portrait"""
    name = "h193_v4_medicare_advantage_couple.pdf"
    doc = Doc("fpdf2", out / name, "LibNarrow")
    L = Lines()
    seen: set = set()
    notes = {"N1": "Plan-approved amount is what your plan and this network provider agreed to.",
             "N2": "Your specialist-visit copay for outpatient therapy ($20 per visit day).",
             "N3": "This item is not covered by your plan. You may be billed; see your Evidence of Coverage.",
             "N4": "No copay applies to this service on a day you already paid a copay."}
    members = [
        ("WALTER J. ABERNATHY", "NWA 40218 7761", [
            ("2601-0448-2193", "Cobalt Coast Physical Therapy",
             [Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97112", 1, ("GP",)),
              Svc(D(1, 9), "97110", 2, ("GP", "CQ")), Svc(D(1, 9), "97116", 1, ("GP", "CQ")),
              Svc(D(1, 9), "A4467", 1, (), denied="PR")]),
            ("2601-0462-0057", "Tidewater Family Medicine",
             [Svc(D(1, 14), "99213", 1, ("25",)), Svc(D(1, 14), "G0283", 1, ("GP",))]),
        ]),
        ("CORINNE ABERNATHY", "NWA 40218 7762", [
            ("2601-0451-3380", "Cobalt Coast Physical Therapy",
             [Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 8), "97535", 2, ("GO",)), Svc(D(1, 8), "97530", 1, ("GO",)),
              Svc(D(1, 13), "97530", 2, ("GO",)), Svc(D(1, 13), "97542", 1, ("GO",))]),
            ("2601-0470-9914", "Bayside Speech Pathology Associates",
             [Svc(D(1, 15), "92523", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 20), "92526", 1, ("GN",)),
              Svc(D(1, 22), "92507", 1, ("GN",)), Svc(D(1, 22), "97129", 1, ("GN",)), Svc(D(1, 27), "92507", 1, ("GN",)),
              Svc(D(1, 27), "92526", 1, ("GN",)), Svc(D(1, 29), "92507", 1, ("GN",)), Svc(D(1, 29), "92526", 1, ("GN",))]),
        ]),
    ]
    for mem, _, cls in members:
        for _, _, svcs in cls:
            for s in svcs:
                ma_plan(s, seen, Decimal("20.00"), mem)
    X = {"date": 40, "svc": 96, "chg": 338, "appr": 396, "paid": 452, "owe": 508, "note": 520}
    m = lambda v: money(v, "$")  # noqa: E731

    def top() -> float:
        doc.box(36, 30, 540, 36, gray=0.2, stroke=False)
        doc.f.set_text_color(255)
        doc.font("b", 15)
        doc.t(46, 53, "Northwind Advantage Plus (HMO)")
        doc.font("r", 9)
        doc.t(566, 46, "Explanation of Benefits - January 2026", "r")
        doc.t(566, 58, f"Page {doc.page}", "r")
        doc.f.set_text_color(0)
        return 84.0

    def colhead(y: float) -> float:
        doc.font("b", 8)
        doc.t(X["date"], y + 9, "Service date")
        doc.t(X["svc"], y + 9, "Service provided (billing code)")
        for k, a, b in (("chg", "Amount provider", "charged"), ("appr", "Plan's approved", "amount"),
                        ("paid", "What plan", "paid"), ("owe", "What you", "owe")):
            doc.t(X[k], y, a, "r")
            doc.t(X[k], y + 9, b, "r")
        doc.t(X["note"], y + 9, "Note")
        doc.hl(40, 576, y + 13, 0.6)
        return y + 24

    y = top()
    doc.font("r", 9.5)
    for i, s in enumerate(["WALTER J. ABERNATHY", "CORINNE ABERNATHY", "58 Gull Point Road", "Port Lennox, ME 04012"]):
        doc.t(40, y + 12 * i, s)
    doc.box(330, y - 10, 246, 62)
    doc.font("b", 8.5)
    doc.t(338, y + 2, "This mailing has statements for 2 members")
    doc.font("r", 8)
    doc.t(338, y + 14, "Member Services: 1-877-555-0128, 8 am - 8 pm, 7 days")
    doc.t(338, y + 25, "TTY 711   Group: NWA-MAPD 014")
    doc.t(338, y + 36, "This is not a bill.")
    y += 70
    for mem, mid, cls in members:
        if y > 600:
            doc.newpage()
            y = top()
        doc.box(36, y, 540, 18, gray=0.88, stroke=False)
        doc.font("b", 10)
        doc.t(42, y + 13, f"Claims for {mem}")
        doc.font("r", 8.5)
        doc.t(570, y + 13, f"Member ID: {mid}", "r")
        y += 32
        for clm, prov, svcs in cls:
            def chead(y: float, cont: bool) -> float:
                doc.font("b", 8.5)
                doc.t(40, y, f"Claim number: {clm}" + ("  (continued from previous page)" if cont else ""))
                doc.font("r", 8.5)
                doc.t(230, y, f"Provider: {prov}")
                doc.t(576, y, "Date processed: 01/27/2026", "r")
                return colhead(y + 10)
            if y > 680:
                doc.newpage()
                y = top()
            y = chead(y, False)
            for s in svcs:
                if y > 690:
                    doc.font("r", 7.5)
                    doc.t(306, 760, "Continued on next page", "c")
                    doc.newpage()
                    y = chead(top(), True)
                rem = ["N3"] if s.denied else (["N1"] + (["N2"] if s.copay else ["N4"]))
                doc.font("r", 8.5)
                doc.t(X["date"], y, dfmt(s.dos, "mon"))
                doc.t(X["svc"], y, f"{s.desc} ({cm(s, ' ')})")
                for k, v in (("chg", s.billed), ("appr", s.allowed), ("paid", s.paid), ("owe", s.owes)):
                    doc.t(X[k], y, m(v), "r")
                doc.t(X["note"], y, ", ".join(rem))
                L.add(doc.page, s, None, clm, mem, ("billed", "allowed", "paid", "patient_owes"), units=False,
                      remarks=rem)
                y += 12
            doc.hl(300, 576, y - 8, 0.4)
            doc.font("b", 8.5)
            doc.t(X["svc"], y + 2, "Claim total")
            for k, a in (("chg", "billed"), ("appr", "allowed"), ("paid", "paid"), ("owe", "owes")):
                doc.t(X[k], y + 2, m(tot(svcs, a)), "r")
            L.claim(None, clm, mem, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                    patient_owes=tot(svcs, "owes"))
            y += 24
    if y > 640:
        doc.newpage()
        y = top()
    doc.font("b", 9)
    doc.t(40, y, "Notes about your claims")
    doc.font("r", 8.5)
    for i, (k, v) in enumerate(notes.items()):
        doc.t(40, y + 13 + 11 * i, f"{k}: {v}")
    doc.close()
    G.write_truth(out / name, "v4", "fpdf2", doc.page, "Medicare Advantage member EOB for a couple", L.lines,
                  L.claims, list(notes.items()))
    return name, {}


# =============================================================================================== v5
def v5(out: Path):
    """state Medicaid remittance advice, mainframe print, fpdf2 core Courier landscape"""
    name = "h193_v5_medicaid_ra_mainframe.pdf"
    doc = Doc("fpdf2", out / name, "Courier", landscape=True)
    L = Lines()
    eobs = {"0045": "PAID PER THE PROGRAM FEE SCHEDULE",
            "0213": "PRIOR PAYMENT RECOVERED - SEE REPLACEMENT CLAIM",
            "0285": "RENDERING PROVIDER NOT ON FILE FOR THIS SERVICE DATE",
            "0302": "UNITS REDUCED TO PROGRAM DAILY LIMIT"}
    paid = [
        ("ALVAREZ-KIM, SOPHIE", "701009355", "KV-20876", "2026015004470998",
         [Svc(D(1, 2), "92507", 1, ("GN",)), Svc(D(1, 9), "92507", 1, ("GN",)), Svc(D(1, 9), "92526", 1, ("GN",)),
          Svc(D(1, 16), "92507", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",))]),
        ("PRUITT, ANSEL", "700123456", "KV-20931", "2026015004471001",
         [Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 7), "97530", 3, ("GO",)), Svc(D(1, 7), "97533", 1, ("GO", "59")),
          Svc(D(1, 12), "97530", 2, ("GO",)), Svc(D(1, 12), "97535", 1, ("GO",)), Svc(D(1, 14), "97110", 2, ("GO",))]),
        ("MONTERO-BALE, LIZA", "700998120", "KV-21007", "2026015004471002",
         [Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",)),
          Svc(D(1, 20), "92526", 1, ("GN",))]),
        ("TRAN, BAO K", "701442290", "KV-21119", "2026015004471003",
         [Svc(D(1, 8), "97163", 1, ("GP",)), Svc(D(1, 8), "97112", 2, ("GP",)), Svc(D(1, 15), "97116", 2, ("GP",)),
          Svc(D(1, 15), "97110", 2, ("GP",)), Svc(D(1, 22), "97112", 2, ("GP",)), Svc(D(1, 22), "97542", 1, ("GP",)),
          Svc(D(1, 29), "97110", 3, ("GP",))]),
        ("ESPINAL, ROMY", "700551873", "KV-21240", "2026015004471004",
         [Svc(D(1, 9), "97165", 1, ("GO",)), Svc(D(1, 16), "97530", 2, ("GO",)), Svc(D(1, 16), "97140", 1, ("GO",)),
          Svc(D(1, 23), "97530", 2, ("GO",)), Svc(D(1, 23), "97535", 1, ("GO",)), Svc(D(1, 27), "97530", 2, ("GO",)),
          Svc(D(1, 27), "97112", 1, ("GO",)), Svc(D(1, 30), "97530", 2, ("GO",))]),
    ]
    credited = ("PRUITT, ANSEL", "700123456", "KV-20811", "2026015004471005", "2025351002208004",
                [Svc(date(2025, 12, 10), "97530", 3, ("GO",)), Svc(date(2025, 12, 10), "97535", 2, ("GO",))])
    denied = ("OKOYE, DEMETRIUS", "702210048", "KV-21302", "2026015004471006",
              [Svc(D(1, 10), "97168", 1, ("GO",), denied="CO"), Svc(D(1, 10), "97530", 2, ("GO",), denied="CO")])
    for c in paid:
        for s in c[4]:
            G.medicaid(s)
    for s in credited[5]:
        G.medicaid(s)
    credited_neg = [G.negate(s) for s in credited[5]]
    for s in denied[4]:
        G.medicaid(s, deny_reason="16")
    fmt = "{ln:>3}  {dt:<8}  {code:<6} {mods:<6} {u:>6}  {b:>11}  {a:>12}  {p:>11}  {adj:<7} {eob:<5} {rmk:<5}"
    hdr = fmt.format(ln="LN", dt="SVC DATE", code="PROC", mods="MODS", u="UNITS", b="BILLED AMT", a="APPROVED AMT",
                     p="PAID AMT", adj="ADJ RSN", eob="EOB", rmk="RMK")
    m = lambda v: money(v, ",", "trail")  # noqa: E731
    st = {"y": 0.0}

    def top(section: str) -> None:
        doc.font("b", 8.5)
        doc.t(36, 36, "NEW CASCADIA MEDICAL ASSISTANCE PROGRAM")
        doc.t(396, 36, "REMITTANCE ADVICE", "c")
        doc.t(756, 36, f"PAGE: {doc.page:>4}", "r")
        doc.font("r", 8)
        doc.t(36, 47, "PROVIDER: KESTREL VALLEY PEDIATRIC THERAPY LLC   PROVIDER ID: 0031877402   NPI: 1558201937")
        doc.t(756, 47, "RA NUMBER: 0004471820   RA DATE: 01/23/2026   PAY CYCLE: 04", "r")
        doc.t(36, 58, "-" * 150)
        doc.font("b", 8)
        doc.t(36, 72, f"CLAIM STATUS: {section}")
        doc.font("r", 8)
        st["y"] = 88.0

    def put(s: str, bold: bool = False) -> None:
        doc.font("b" if bold else "r", 8)
        doc.t(36, st["y"], s)
        st["y"] += 10

    def claim(section, pat, bid, acct, icn, svcs, orig=None, rmk=""):
        def chead(cont: bool):
            put(f"BENEFICIARY NAME: {pat:<22} BENEFICIARY ID: {bid}   PATIENT ACCOUNT #: {acct:<10} ICN: {icn}"
                + (f"   ORIGINAL ICN: {orig}" if orig else "") + ("   (CONTINUED)" if cont else ""), True)
            put(hdr)
        if st["y"] > 500:
            doc.newpage()
            top(section)
        chead(False)
        for i, s in enumerate(svcs, 1):
            if st["y"] > 525:
                put("*** CONTINUED ON NEXT PAGE ***")
                doc.newpage()
                top(section + " (CONTINUED)")
                chead(True)
            adj = [(g, c) for g, c, _ in s.adjs]
            eob = "0213" if orig else ("0285" if s.denied else "0045")
            rem = [eob] + ([rmk] if rmk else [])
            put(fmt.format(ln=i, dt=dfmt(s.dos, "mdy2"), code=s.code, mods="".join(s.mods) if len(s.mods) < 2
                           else s.mods[0] + " " + s.mods[1], u=f"{s.units:.2f}", b=m(s.billed), a=m(s.allowed),
                           p=m(s.paid), adj=" ".join(g + c for g, c in adj[:1]), eob=eob, rmk=rmk))
            L.add(doc.page, s, acct, icn, pat, ("billed", "allowed", "paid"),
                  adjustments=[(g, c, None) for g, c in adj[:1]], remarks=rem, description=False)
        put(fmt.format(ln="", dt="", code="", mods="", u="", b="", a="", p="", adj="", eob="", rmk="")[:0]
            + f"{'CLAIM TOTAL':>34}  {m(tot(svcs, 'billed')):>11}  {m(tot(svcs, 'allowed')):>12}  "
              f"{m(tot(svcs, 'paid')):>11}")
        L.claim(acct, icn, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"))
        st["y"] += 8

    top("PAID")
    for c in paid:
        claim("PAID", *c)
    doc.newpage()
    top("CREDITED")
    claim("CREDITED", *credited[:4], credited_neg, orig=credited[4])
    st["y"] += 6
    doc.font("b", 8)
    doc.t(36, st["y"], "CLAIM STATUS: DENIED")
    st["y"] += 16
    claim("DENIED", *denied, rmk="M51")
    allp = [s for c in paid for s in c[4]]
    st["y"] += 10
    put("CLAIMS SUMMARY      STATUS      COUNT     TOTAL BILLED AMOUNT     TOTAL APPROVED AMOUNT", True)
    put(f"                    PAID        {len(paid):>5}     {m(tot(allp, 'billed')):>19}     {m(tot(allp, 'allowed')):>21}")
    put(f"                    CREDITED    {1:>5}     {m(tot(credited_neg, 'billed')):>19}     "
        f"{m(tot(credited_neg, 'allowed')):>21}")
    put(f"                    DENIED      {1:>5}     {m(tot(denied[4], 'billed')):>19}     {m(ZERO):>21}")
    net = tot(allp, "paid") + tot(credited_neg, "paid")
    put(f"PAYMENT SUMMARY     TOTAL PAYMENT APPROVED AMOUNT {m(net):>12}   BALANCE OWED DEDUCTION {m(ZERO):>8}   "
        f"WARRANT/EFT AMOUNT {m(net):>12}   EFT # 000931774")
    st["y"] += 10
    put("EOB CODE DESCRIPTIONS", True)
    for k, v in eobs.items():
        put(f"{k}  {v}")
    doc.close()
    G.write_truth(out / name, "v5", "fpdf2", doc.page, "state Medicaid RA, mainframe print", L.lines, L.claims,
                  list(eobs.items()))
    return name, {}


# =============================================================================================== v6
def v6(out: Path):
    """state Medicaid provider remittance statement, reportlab DejaVu Sans Condensed portrait, boxed claims"""
    name = "h193_v6_medicaid_remittance_statement.pdf"
    doc = Doc("reportlab", out / name, "DVCond")
    L = Lines()
    carc = {"CO-45": "Charge is above the program's maximum fee; provider write-off.",
            "OA-23": "Reduced by the amount another insurer already paid.",
            "PR-3": "Member copayment collected by the provider.",
            "CO-197": "No prior authorization on file for this service."}
    rows = [
        ("Hollis Granger", "4419027736", "88217-HG", "26-021-000417-00", "Paid",
         [(Svc(D(1, 5), "97161", 1, ("GP",)), ZERO), (Svc(D(1, 5), "97110", 2, ("GP",)), ZERO),
          (Svc(D(1, 12), "97140", 1, ("GP", "59")), ZERO), (Svc(D(1, 12), "97110", 2, ("GP",)), ZERO)], True),
        ("Wren Abara", "4420118053", "88240-WA", "26-021-000418-00", "Paid",
         [(Svc(D(1, 6), "97165", 1, ("GO",)), Decimal("40.00")), (Svc(D(1, 13), "97530", 2, ("GO",)), Decimal("25.00")),
          (Svc(D(1, 13), "97533", 1, ("GO",)), Decimal("10.00"))], False),
        ("Cyrus Delacroix-Ng", "4419553201", "88251-CD", "26-021-000419-00", "Paid",
         [(Svc(D(1, 7), "92523", 1, ("GN",)), ZERO), (Svc(D(1, 14), "92507", 1, ("GN",)), ZERO),
          (Svc(D(1, 21), "92507", 1, ("GN",)), ZERO), (Svc(D(1, 28), "92507", 1, ("GN",)), ZERO)], False),
        ("Marisol Penhallow", "4421700964", "88263-MP", "26-021-000420-00", "Denied",
         [(Svc(D(1, 8), "97760", 2, ("GO",), denied="CO"), ZERO), (Svc(D(1, 8), "L3807", 1, ("RT",), denied="CO"), ZERO)],
         True),
        ("Hollis Granger", "4419027736", "88290-HG", "26-021-000421-00", "Paid",
         [(Svc(D(1, 19), "97112", 2, ("GP",)), ZERO), (Svc(D(1, 19), "97116", 1, ("GP",)), ZERO),
          (Svc(D(1, 26), "97110", 3, ("GP", "KX")), ZERO), (Svc(D(1, 26), "97140", 1, ("GP",)), ZERO)], True),
    ]
    for pat, mid, acct, tcn, status, items, adult in rows:
        seen = set()
        for s, tpl in items:
            if s.denied:
                G.medicaid(s, deny_reason="197")
                continue
            s.allowed = min(s.billed, q(Decimal(G.SCHED[s.code]) * s.units))
            s.discount = s.billed - s.allowed
            if adult and s.dos not in seen:
                seen.add(s.dos)
                s.copay = Decimal("3.00")
            s.paid = s.allowed - tpl - s.copay
            s.adjs = [("CO", "45", s.discount)] + ([("OA", "23", tpl)] if tpl else []) + \
                ([("PR", "3", s.copay)] if s.copay else [])
            s.not_covered = tpl  # carried for printing only
    X = [40, 60, 108, 146, 176, 204, 230, 278, 316, 360, 392, 432]
    heads = ["Ln", "Svc date", "Proc", "Mod 1", "Mod 2", "Units", "Billed", "TPL", "Allowed", "Copay", "Paid",
             "Adjustment reason / amount"]
    m = lambda v: money(v, ",")  # noqa: E731

    def top() -> float:
        doc.font("b", 12)
        doc.t(40, 44, "State of Ochre Plains - Department of Human Services")
        doc.font("r", 9)
        doc.t(40, 56, "Medical Assistance Division  |  Provider Remittance Statement  |  Professional services")
        doc.t(572, 44, f"Page {doc.page}", "r")
        doc.t(572, 56, "Remit no. 7730418   Issued 01/26/2026", "r")
        doc.hl(40, 572, 62, 1)
        return 78.0

    y = top()
    doc.box(40, y - 8, 532, 40)
    doc.font("r", 8.5)
    doc.t(46, y + 4, "Payee: Saltgrass Rehabilitation Partners PC   Medicaid provider no. 200918344   NPI 1730482256")
    doc.t(46, y + 16, "Payment: EFT trace 0000551207   Payment date 01/27/2026   Program: Title XIX fee-for-service")
    doc.t(46, y + 27, "Claims in this statement: 5 (4 paid, 1 denied)")
    y += 50
    for pat, mid, acct, tcn, status, items, adult in rows:
        svcs = [s for s, _ in items]
        h = 30 + 12 * len(items) + 14
        if y + h > 740:
            doc.newpage()
            y = top()
        doc.box(40, y, 532, 14, gray=0.85)
        doc.font("b", 8)
        doc.t(44, y + 10, f"Recipient: {pat}")
        doc.t(180, y + 10, f"Medicaid no. {mid}")
        doc.t(300, y + 10, f"Pat. acct: {acct}")
        doc.t(400, y + 10, f"TCN: {tcn}")
        doc.t(568, y + 10, f"Status: {status}", "r")
        doc.box(40, y + 14, 532, h - 14)
        doc.font("b", 7.5)
        for x, hd in zip(X, heads):
            doc.t(x + 2, y + 25, hd)
        y += 38
        for i, (s, tpl) in enumerate(items, 1):
            adj = "  ".join(f"{g}-{c} {m(a)}" for g, c, a in s.adjs if a)
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                    f"{s.units:.1f}", m(s.billed), m(tpl), m(s.allowed), m(s.copay), m(s.paid), adj]
            doc.font("r", 7.5)
            for j, (x, v) in enumerate(zip(X, vals)):
                if 6 <= j <= 10:
                    doc.t(X[j + 1] - 4, y, v, "r")
                else:
                    doc.t(x + 2, y, v)
            s.not_covered = ZERO
            L.add(doc.page, s, acct, tcn, pat, ("billed", "allowed", "copay", "paid"),
                  adjustments=[a for a in s.adjs if a[2]], description=False)
            y += 12
        doc.font("b", 7.5)
        doc.t(X[1] + 2, y, "Claim totals")
        for j, a in ((6, "billed"), (8, "allowed"), (9, "copay"), (10, "paid")):
            doc.t(X[j + 1] - 4, y, m(tot(svcs, a)), "r")
        doc.t(X[8] - 4, y, m(sum((t for _, t in items), ZERO)), "r")
        L.claim(acct, tcn, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"))
        y += 20
    doc.font("b", 9)
    doc.t(40, y + 4, "Adjustment reasons on this statement")
    doc.font("r", 8)
    for i, (k, v) in enumerate(carc.items()):
        doc.t(40, y + 17 + 11 * i, f"{k}   {v}")
    doc.close()
    G.write_truth(out / name, "v6", "reportlab", doc.page, "state Medicaid remittance statement, boxed claims",
                  L.lines, L.claims, list(carc.items()))
    return name, {"full_adj": True}


# =============================================================================================== v7
def v7(out: Path):
    """Medicare Part B remittance, practice-management posting detail, reportlab Liberation Mono landscape"""
    name = "h193_v7_pm_medicare_posting_detail.pdf"
    doc = Doc("reportlab", out / name, "LibMono", landscape=True)
    L = Lines()
    st = G.PlanState(ded_left=Decimal("60.00"))
    rarc = {"N130": "Benefit limits apply; consult plan documents.", "M80": "Not covered when done with another "
            "service on the same day.", "MA01": "Appeal rights notice.", "MA18": "Claim also sent to the "
            "supplemental insurer."}
    pats = [
        ("NAKASHIMA, HELEN R", "3QW7-PL1-KD22", "SVT-771204", "22602700413800", "1-PRIMARY", "MA18", [
            Svc(D(1, 5), "97161", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP", "KX")),
            Svc(D(1, 7), "97140", 1, ("GP",)), Svc(D(1, 7), "97112", 1, ("GP",))]),
        ("OYELARAN, FESTUS", "8RT2-WW4-HN90", "SVT-771266", "22602700413801", "1-PRIMARY", "MA01", [
            Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 8), "97530", 2, ("GO",)), Svc(D(1, 8), "97535", 1, ("GO",)),
            Svc(D(1, 8), "G0283", 1, ("GO",), denied="CO"), Svc(D(1, 13), "97530", 2, ("GO", "CO")),
            Svc(D(1, 13), "97168", 1, ("GO",))]),
        ("BRISCOE-LAND, ADA M", "5NP4-QZ8-TT31", "SVT-771302", "22602700413802", "1-PRIMARY", "MA18", [
            Svc(D(1, 9), "92523", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)), Svc(D(1, 16), "92526", 1, ("GN",)),
            Svc(D(1, 23), "92507", 1, ("GN",))]),
        ("FOLAU, SIONE", "2KD6-MM1-RA77", "SVT-771340", "22602700413803", "1-PRIMARY", "MA01", [
            Svc(D(1, 12), "97163", 1, ("GP",)), Svc(D(1, 14), "97116", 2, ("GP",)), Svc(D(1, 14), "97110", 2, ("GP", "CQ")),
            Svc(D(1, 19), "97110", 3, ("GP", "CQ")), Svc(D(1, 19), "97140", 1, ("GP", "CQ"))]),
    ]
    for p in pats:
        for s in p[6]:
            G.medicare(s, st, deny_reason="97")
    rev = ("NAKASHIMA, HELEN R", "3QW7-PL1-KD22", "SVT-770988", "22535100291400", "22-REVERSAL", "MA01",
           [Svc(date(2025, 12, 15), "97110", 2, ("GP",)), Svc(date(2025, 12, 15), "97140", 1, ("GP",))])
    rs = []
    for s in rev[6]:
        G.medicare(s, G.PlanState())
        rs.append(G.negate(s))
    pats.insert(1, rev[:6] + (rs,))
    m = lambda v: money(v, "")  # noqa: E731
    fmt = "{d:<10} {pos:>3} {u:>5}  {code:<5} {mods:<6} {b:>9} {a:>9} {ded:>8} {coi:>8}  {adj:<50} {p:>9}"
    hdr = fmt.format(d="DOS", pos="POS", u="UNITS", code="PROC", mods="MODS", b="BILLED", a="ALLOWED", ded="DEDUCT",
                     coi="COINS", adj="ADJUSTMENTS (GRP-RSN AMT)", p="PAID")
    sy = {"y": 0.0}

    def put(s: str, bold: bool = False, size: float = 7.6) -> None:
        doc.font("b" if bold else "r", size)
        doc.t(30, sy["y"], s)
        sy["y"] += 10.5

    def top() -> None:
        sy["y"] = 34
        put("ALDER CREEK PRACTICE MANAGER 11.4            MEDICARE REMITTANCE - POSTING DETAIL"
            f"                         RUN 01/28/2026 07:14   PAGE {doc.page}", True)
        put("PAYER: MEDICARE PART B (INVENTED CONTRACTOR 09)   PAYEE: SUMMIT VIEW THERAPY PARTNERS   NPI 1487220953   "
            "EFT# 88100042731   EFT DATE 01/27/2026")
        put("=" * 150)
        sy["y"] += 4

    top()
    for pat, mbi, acct, icn, status, moa, svcs in pats:
        def chead(cont: bool) -> None:
            put(f"PATIENT: {pat:<22} MBI: {mbi}   ACCT: {acct:<11} ICN: {icn}   ASG: Y   MOA: {moa}   "
                f"STATUS: {status}" + ("   CONT'D" if cont else ""), True)
            put(hdr)
            put("-" * 150)
        if sy["y"] > 480:
            doc.newpage()
            top()
        chead(False)
        for s in svcs:
            if sy["y"] > 560:
                put("(CLAIM CONTINUES ON NEXT PAGE)")
                doc.newpage()
                top()
                chead(True)
            adj = " ".join(f"{g}-{c} {m(a)}" for g, c, a in s.adjs if a)
            put(fmt.format(d=dfmt(s.dos, "mdy4"), pos="11", u=f"{s.units:.1f}", code=s.code, mods=" ".join(s.mods),
                           b=m(s.billed), a=m(s.allowed), ded=m(s.deductible), coi=m(s.coinsurance), adj=adj,
                           p=m(s.paid)))
            L.add(doc.page, s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=[a for a in s.adjs if a[2]], description=False)
        pr = tot(svcs, "owes")
        put(f"{'CLAIM TOTALS':<33} {m(tot(svcs, 'billed')):>9} {m(tot(svcs, 'allowed')):>9} "
            f"{m(tot(svcs, 'deductible')):>8} {m(tot(svcs, 'coinsurance')):>8}  {'PT RESP ' + m(pr):<50} "
            f"{m(tot(svcs, 'paid')):>9}", True)
        L.claim(acct, icn, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                patient_owes=pr)
        sy["y"] += 8
    allsv = [s for p in pats for s in p[6]]
    put("=" * 150)
    put(f"PROVIDER TOTALS   CLAIMS {len(pats)}   BILLED {m(tot(allsv, 'billed'))}   ALLOWED {m(tot(allsv, 'allowed'))}"
        f"   PROV PD {m(tot(allsv, 'paid'))}   PLB 0.00   NET EFT {m(tot(allsv, 'paid'))}", True)
    sy["y"] += 6
    put("REMARK CODES PRINTED IN CLAIM HEADERS", True)
    for k, v in rarc.items():
        put(f"  {k:<5} {v}")
    doc.close()
    G.write_truth(out / name, "v7", "reportlab", doc.page, "PM-system Medicare posting detail", L.lines, L.claims,
                  list(rarc.items()))
    return name, {"full_adj": True}


# =============================================================================================== v8
def v8(out: Path):
    """clearinghouse remittance detail of a Medicare payment, fpdf2 core Helvetica portrait, claim cards"""
    name = "h193_v8_clearinghouse_remit_cards.pdf"
    doc = Doc("fpdf2", out / name, "Helvetica")
    L = Lines()
    st = G.PlanState(ded_left=Decimal("283.00"))
    legend = {"CO45": "Charge exceeds fee schedule (contractual)", "PR1": "Deductible", "PR2": "Coinsurance",
              "CO253": "Sequestration reduction", "CO50": "Not deemed medically necessary by the payer",
              "N386": "Decision based on a local coverage determination", "M86": "Service denied: paid as part of "
              "another service"}
    cl = [
        ("Quintero, Amalia", "QX-88120-01", "1126028800512", "Processed as primary",
         [Svc(D(1, 5), "97162", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)), Svc(D(1, 7), "97112", 2, ("GP",)),
          Svc(D(1, 7), "97140", 1, ("GP", "59")), Svc(D(1, 12), "97110", 2, ("GP", "KX")),
          Svc(D(1, 12), "97116", 1, ("GP",)), Svc(D(1, 14), "97110", 2, ("GP", "CQ")),
          Svc(D(1, 14), "97530", 1, ("GP", "CQ")), Svc(D(1, 19), "0552T", 1, ("GP",), denied="CO")]),
        ("Whitlock, Barnaby J", "QX-88133-01", "1126028800519", "Processed as primary",
         [Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97760", 1, ("GO",)), Svc(D(1, 9), "97530", 2, ("GO",)),
          Svc(D(1, 9), "97535", 2, ("GO",))]),
        ("Achterberg, Ines", "QX-88140-02", "1126028800527", "Processed as primary",
         [Svc(D(1, 8), "92523", 1, ("GN",)), Svc(D(1, 15), "92507", 1, ("GN",)), Svc(D(1, 15), "92526", 1, ("GN",)),
          Svc(D(1, 22), "92507", 1, ("GN",)), Svc(D(1, 29), "92507", 1, ("GN",)), Svc(D(1, 29), "92526", 1, ("GN",))]),
        ("Mbeki-Ross, Calvin", "QX-88152-01", "1126028800533", "Processed as primary",
         [Svc(D(1, 13), "97161", 1, ("GP",)), Svc(D(1, 13), "G0283", 1, ("GP",)), Svc(D(1, 20), "97110", 3, ("GP",)),
          Svc(D(1, 20), "97140", 1, ("GP",)), Svc(D(1, 27), "97110", 2, ("GP",)), Svc(D(1, 27), "97112", 1, ("GP",))]),
    ]
    for c in cl:
        for s in c[4]:
            G.medicare(s, st, deny_reason="50")
    H = ["Svc date", "Code", "Mods", "Units", "Charge", "Allowed", "Deduct", "Coins", "Seq red",
         "Contract", "Other adj", "Paid", "Adj codes", "RARC"]
    X = [36, 76, 114, 146, 170, 210, 248, 284, 318, 350, 392, 432, 472, 546]
    m = lambda v: money(v, ",")  # noqa: E731

    def top() -> float:
        doc.font("b", 11)
        doc.t(36, 40, "ClaimBridge Exchange  -  Remittance Detail")
        doc.font("r", 7.5)
        doc.t(36, 51, "Payer: Medicare Part B (invented jurisdiction 14)   Payee: Foxglove Outpatient Rehab LLC   "
                      "NPI 1609823374   TIN ***-**4471")
        doc.t(36, 61, "ERA received 01/26/2026   Trace no. 1FX2601260044   Check/EFT amount shown on the last page")
        doc.t(576, 40, f"Page {doc.page}", "r")
        doc.hl(36, 576, 66, 0.8)
        return 80.0

    def cardhead(y: float, c, cont: bool) -> float:
        pat, acct, icn, status, _ = c
        doc.box(36, y, 540, 15, gray=0.25, stroke=False)
        doc.f.set_text_color(255)
        doc.font("b", 7.5)
        doc.t(40, y + 10.5, f"Patient: {pat}")
        doc.t(170, y + 10.5, f"Patient ctrl #: {acct}")
        doc.t(300, y + 10.5, f"Payer claim #: {icn}")
        doc.t(572, y + 10.5, f"{status}" + (" (cont.)" if cont else ""), "r")
        doc.f.set_text_color(0)
        doc.font("b", 6.5)
        for x, h in zip(X, H):
            doc.t(x + 2, y + 24, h)
        doc.hl(36, 576, y + 27, 0.4)
        return y + 36

    y = top()
    allsv = []
    for c in cl:
        svcs = c[4]
        allsv += svcs
        if y > 650:
            doc.newpage()
            y = top()
        y0 = y
        y = cardhead(y, c, False)
        for s in svcs:
            if y > 730:
                doc.vl(36, y0, y - 6)
                doc.vl(576, y0, y - 6)
                doc.newpage()
                y = cardhead(top(), c, True)
                y0 = y - 36
            other = s.billed if s.denied else ZERO
            codes = " ".join(f"{g}{r}" for g, r, a in s.adjs if a)
            rm = ["M86"] if s.denied else (["N386"] if "KX" in s.mods else [])
            vals = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), f"{s.units:.2f}", m(s.billed), m(s.allowed),
                    m(s.deductible), m(s.coinsurance), m(s.seq), m(s.discount), m(other), m(s.paid), codes,
                    " ".join(rm)]
            doc.font("r", 6.8)
            for j, v in enumerate(vals):
                if 4 <= j <= 11:
                    doc.t(X[j + 1] - 3, y, v, "r")
                else:
                    doc.t(X[j] + 2, y, v)
            L.add(doc.page, s, acct_of(c), c[2], c[0], ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=[a for a in s.adjs if a[2]], remarks=rm, description=False)
            y += 11
        doc.hl(36, 576, y - 7, 0.4)
        doc.font("b", 6.8)
        doc.t(X[0] + 2, y + 2, "Claim totals")
        pr = tot(svcs, "owes")
        for j, a in ((4, "billed"), (5, "allowed"), (6, "deductible"), (7, "coinsurance"), (8, "seq"),
                     (9, "discount"), (11, "paid")):
            doc.t(X[j + 1] - 3, y + 2, m(tot(svcs, a)), "r")
        doc.t(X[12] + 2, y + 2, f"Pt resp {m(pr)}")
        L.claim(acct_of(c), c[2], c[0], billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                paid=tot(svcs, "paid"), patient_owes=pr)
        y += 8
        doc.vl(36, y0, y)
        doc.vl(576, y0, y)
        doc.hl(36, 576, y)
        y += 16
    if y > 640:
        doc.newpage()
        y = top()
    doc.font("b", 8)
    doc.t(36, y, f"Payment summary:  claims {len(cl)}   total charge {m(tot(allsv, 'billed'))}   total paid "
                 f"{m(tot(allsv, 'paid'))}   provider adjustments 0.00   EFT amount {m(tot(allsv, 'paid'))}")
    doc.t(36, y + 16, "Code glossary")
    doc.font("r", 7)
    for i, (k, v) in enumerate(legend.items()):
        doc.t(36, y + 28 + 9 * i, f"{k:<6} {v}")
    doc.close()
    G.write_truth(out / name, "v8", "fpdf2", doc.page, "clearinghouse remittance detail, claim cards", L.lines,
                  L.claims, list(legend.items()))
    return name, {"full_adj": True}


def acct_of(c) -> str:
    return c[1]


# =============================================================================================== v9
def v9(out: Path):
    """pediatric therapy clinic family statement, fpdf2 DejaVu Sans portrait, summary box and tear-off stub"""
    name = "h193_v9_clinic_family_statement.pdf"
    doc = Doc("fpdf2", out / name, "DVSans")
    L = Lines()
    st = G.PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"))
    ins = "Bluewater Health Plan"
    visits = [
        ("Nico Valdivia-Holm", "40817", "26009C4417", [Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97533", 1, ("GO",))]),
        ("Paloma Valdivia-Holm", "40822", "26009C4421", [Svc(D(1, 6), "92523", 1, ("GN",))]),
        ("Nico Valdivia-Holm", "40851", "26016C0982", [Svc(D(1, 12), "97530", 2, ("GO",)), Svc(D(1, 12), "97535", 1, ("GO",))]),
        ("Teresa Valdivia-Holm", "40856", "26016C0990", [Svc(D(1, 13), "97161", 1, ("GP",)), Svc(D(1, 13), "97140", 1, ("GP", "59")),
                                                         Svc(D(1, 13), "97110", 1, ("GP",))]),
        ("Paloma Valdivia-Holm", "40860", "26016C0993", [Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 13), "92526", 1, ("GN",))]),
        ("Nico Valdivia-Holm", "40893", "26023C1570", [Svc(D(1, 19), "97530", 2, ("GO",)), Svc(D(1, 19), "97112", 1, ("GO",)),
                                                       Svc(D(1, 19), "97150", 1, ("GO",), denied="PR")]),
        ("Paloma Valdivia-Holm", "40899", "26023C1577", [Svc(D(1, 20), "92507", 1, ("GN",))]),
        ("Teresa Valdivia-Holm", "40902", "26023C1581", [Svc(D(1, 20), "97110", 2, ("GP",)), Svc(D(1, 20), "97140", 1, ("GP",))]),
        ("Nico Valdivia-Holm", "40938", "26030C2211", [Svc(D(1, 26), "97530", 3, ("GO",)), Svc(D(1, 26), "97533", 1, ("GO",))]),
        ("Paloma Valdivia-Holm", "40944", "26030C2216", [Svc(D(1, 27), "92507", 1, ("GN",)), Svc(D(1, 27), "92526", 1, ("GN",))]),
        ("Teresa Valdivia-Holm", "40947", "26030C2219", [Svc(D(1, 27), "97110", 2, ("GP",)), Svc(D(1, 27), "97112", 1, ("GP",)),
                                                         Svc(D(1, 27), "97140", 1, ("GP",))]),
        ("Nico Valdivia-Holm", "40971", "26034C0051", [Svc(D(1, 29), "97530", 2, ("GO",)), Svc(D(1, 29), "97535", 1, ("GO",)),
                                                       Svc(D(1, 29), "97533", 1, ("GO",))]),
        ("Paloma Valdivia-Holm", "40975", "26034C0058", [Svc(D(1, 30), "92507", 1, ("GN",))]),
    ]
    for v in visits:
        for s in v[3]:
            G.commercial(s, st, deny_reason="96")
    X = {"date": 34, "pat": 84, "code": 178, "desc": 238, "chg": 402, "ins": 450, "adj": 500, "bal": 578}
    m = lambda v: money(v, ",", "()")  # noqa: E731
    payments = {40856: Decimal("40.00")}

    def top(first: bool) -> float:
        doc.font("b", 14)
        doc.t(34, 44, "Willowbrook Children's Therapy Center")
        doc.font("r", 8)
        doc.t(34, 56, "1180 Sycamore Bend, Suite 210 · Hartwell, OR 97355 · Billing office (541) 555-0176")
        if not first:
            doc.t(578, 44, f"Statement for account 00-77341 · page {doc.page}", "r")
            return 80.0
        doc.font("r", 9.5)
        for i, s in enumerate(["Teresa Valdivia-Holm", "4471 Alder Creek Lane", "Hartwell, OR 97355"]):
            doc.t(34, 92 + 12 * i, s)
        doc.box(380, 72, 198, 88, gray=0.93)
        doc.font("b", 8.5)
        doc.t(388, 86, "Account summary")
        doc.font("r", 8)
        for i, (a, b) in enumerate((("Statement date", "02/03/2026"), ("Account no.", "00-77341"),
                                    ("Guarantor", "Teresa Valdivia-Holm"), ("Previous balance", "0.00"))):
            doc.t(388, 100 + 11 * i, a)
            doc.t(572, 100 + 11 * i, b, "r")
        return 176.0

    def colhead(y: float) -> float:
        doc.box(34, y - 9, 544, 13, gray=0.82, stroke=False)
        doc.font("b", 7.5)
        doc.t(X["date"] + 2, y, "Date")
        doc.t(X["pat"], y, "Patient")
        doc.t(X["code"], y, "Code")
        doc.t(X["desc"], y, "Description")
        for k, h in (("chg", "Charges"), ("ins", "Ins. paid"), ("adj", "Ins. adj."), ("bal", "Your balance")):
            doc.t(X[k], y, h, "r")
        return y + 14

    y = colhead(top(True))
    run = ZERO
    stub(doc, visits)

    def brk(y: float) -> float:
        if y > (600 if doc.page == 1 else 730):
            doc.font("r", 7)
            doc.t(306, 614 if doc.page == 1 else 760, "Continued on next page", "c")
            doc.newpage()
            return colhead(top(False))
        return y

    for pat, visit, clm, svcs in visits:
        y = brk(y + 11) - 11
        doc.font("b", 7.5)
        vh = (f"Visit {visit} · {pat} · billed to {ins} {dfmt(svcs[0].dos, 'mdy2')} · "
              f"insurance claim {clm} · processed 01/{22 + int(visit) % 7}/26")
        doc.t(X["date"] + 2, y, vh)
        y += 11
        for s in svcs:
            y2 = brk(y)
            if y2 != y:
                doc.font("b", 7.5)
                doc.t(X["date"] + 2, y2, vh + " (continued)")
                y = y2 + 11
            adj = s.discount + (s.billed if s.denied == "CO" else ZERO)
            doc.font("r", 7.5)
            doc.t(X["date"] + 8, y, dfmt(s.dos, "mdy2"))
            doc.t(X["pat"], y, pat.split()[0])
            doc.t(X["code"], y, cm(s, "glue") if s.mods else s.code)
            doc.t(X["desc"], y, s.desc[:31])
            for k, v in (("chg", s.billed), ("ins", s.paid), ("adj", adj), ("bal", s.owes)):
                doc.t(X[k], y, m(v), "r")
            s.desc = s.desc[:31]
            run += s.owes
            L.add(doc.page, s, visit, clm, pat, ("billed", "paid", "patient_owes"), units=False)
            if s is svcs[-1]:
                L.claim(visit, clm, pat)
            y += 11
        if int(visit) in payments:
            p = payments[int(visit)]
            doc.font("r", 7.5)
            doc.t(X["date"] + 8, y, "01/13/26")
            doc.t(X["desc"], y, "Patient payment - thank you (card)")
            doc.t(X["bal"], y, m(-p), "r")
            run -= p
            y += 11
        y += 4
    doc.hl(34, 578, y - 6, 0.8)
    doc.font("b", 9)
    doc.t(X["desc"], y + 6, "Amount due from you")
    doc.t(X["bal"], y + 6, m(run), "r")
    y = brk(y + 22)
    doc.font("r", 7.5)
    for i, s in enumerate(wrap("Your insurer has processed every visit above. The balance is your plan's deductible, "
                               "coinsurance or a service your plan does not cover. Questions? Call our billing office "
                               "weekdays 8-4. Payment plans are available.", 125)):
        doc.t(34, y + 10 * i, s)
    doc.close()
    G.write_truth(out / name, "v9", "fpdf2", doc.page, "therapy clinic family statement", L.lines, L.claims, [])
    return name, {}


def stub(doc: Doc, visits) -> None:
    """Tear-off payment coupon at the foot of page 1 (amount due computed from the visits)."""
    due = sum((s.owes for v in visits for s in v[3]), ZERO) - Decimal("40.00")
    doc.font("r", 7)
    doc.t(34, 640, "- " * 95)
    doc.font("b", 8.5)
    doc.t(34, 656, "Please detach and return this portion with your payment")
    doc.font("r", 8)
    doc.t(34, 670, "Willowbrook Children's Therapy Center · PO Box 3309 · Hartwell, OR 97355")
    doc.box(380, 648, 198, 60)
    for i, (a, b) in enumerate((("Account no.", "00-77341"), ("Amount due", money(due, ",")), ("Due by", "02/28/2026"),
                                ("Amount enclosed", "$__________"))):
        doc.t(386, 660 + 12 * i, a)
        doc.t(572, 660 + 12 * i, b, "r")
    doc.t(34, 694, "Teresa Valdivia-Holm")
    doc.t(34, 705, "4471 Alder Creek Lane, Hartwell, OR 97355")


# =============================================================================================== v10
def v10(out: Path):
    """hospital outpatient guarantor statement, reportlab DejaVu Serif portrait, two-column top, account bands"""
    name = "h193_v10_hospital_family_statement.pdf"
    doc = Doc("reportlab", out / name, "DVSerif")
    L = Lines()
    rev = {"97": "0434", "92": "0444", "L3": "0274", "G0": "0424", "99": "0510", "A4": "0270"}
    accts = [
        ("Mireille Halvorsen-Pike", "30018842771", "Keystone Prairie PPO", "55-2601-998120", Decimal("0.70"), [
            Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 5), "97760", 1, ("GO",)), Svc(D(1, 5), "L3807", 1, ("LT",)),
            Svc(D(1, 8), "97140", 1, ("GO",)), Svc(D(1, 8), "97110", 2, ("GO",)), Svc(D(1, 12), "97530", 2, ("GO",)),
            Svc(D(1, 12), "97535", 1, ("GO",))]),
        ("Jonas Halvorsen-Pike", "30018842790", "Keystone Prairie PPO", "55-2601-998347", Decimal("0.66"), [
            Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 9), "92507", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)),
            Svc(D(1, 13), "92526", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",)),
            Svc(D(1, 20), "92526", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",)), Svc(D(1, 27), "92507", 1, ("GN",)),
            Svc(D(1, 27), "97129", 1, ("GN",))]),
        ("Gregor Halvorsen-Pike", "30018842812", "Keystone Prairie PPO", "55-2601-999004", Decimal("0.72"), [
            Svc(D(1, 14), "97163", 1, ("GP",)), Svc(D(1, 14), "G0283", 1, ("GP",)), Svc(D(1, 21), "97110", 3, ("GP",)),
            Svc(D(1, 21), "97116", 1, ("GP",)), Svc(D(1, 28), "97112", 2, ("GP",))]),
    ]
    accts = [accts[0], accts[2], accts[1]]
    X = {"date": 40, "rev": 92, "code": 130, "desc": 212, "qty": 462, "chg": 520, "cred": 572}
    m = lambda v: money(v, ",")  # noqa: E731

    def top(first: bool) -> float:
        doc.font("b", 13)
        doc.t(40, 44, "St. Brendan Regional Medical Center")
        doc.font("r", 8)
        doc.t(40, 56, "Patient Financial Services · 300 Meridian Parkway · Kettle Falls, NE 68801 · 402-555-0139")
        doc.t(572, 44, f"Page {doc.page}", "r")
        doc.hl(40, 572, 62, 0.8)
        if not first:
            doc.t(40, 74, "Guarantor: Gregor Halvorsen-Pike   Guarantor no. G-6610842   (continued)")
            return 92.0
        doc.font("r", 9)
        for i, s in enumerate(["Gregor Halvorsen-Pike", "95 Juniper Hollow Road", "Kettle Falls, NE 68803"]):
            doc.t(40, 84 + 12 * i, s)
        doc.box(320, 72, 252, 74)
        doc.font("b", 8.5)
        doc.t(328, 84, "Family statement of outpatient accounts")
        doc.font("r", 8)
        for i, (a, b) in enumerate((("Statement date", "February 4, 2026"), ("Guarantor no.", "G-6610842"),
                                    ("Accounts on this statement", "3"), ("Please pay by", "March 1, 2026"))):
            doc.t(328, 97 + 11 * i, a)
            doc.t(566, 97 + 11 * i, b, "r")
        doc.font("r", 7)
        doc.t(40, 604, "- " * 92 + "  detach here")
        doc.font("b", 9)
        doc.t(40, 622, "St. Brendan Regional Medical Center - payment coupon")
        doc.font("r", 8)
        for i, s in enumerate(("Guarantor: Gregor Halvorsen-Pike", "Guarantor no.: G-6610842",
                               "Make checks payable to St. Brendan Regional Medical Center",
                               "Pay online at pay.stbrendan.example or call 402-555-0139")):
            doc.t(40, 638 + 12 * i, s)
        doc.box(360, 614, 212, 64)
        for i, a in enumerate(("Amount due", "Pay by", "Amount enclosed")):
            doc.t(368, 630 + 16 * i, a)
        doc.t(564, 630, "see statement total", "r")
        doc.t(564, 646, "March 1, 2026", "r")
        doc.t(564, 662, "$__________", "r")
        return 166.0

    def lim() -> float:
        return 560.0 if doc.page == 1 else 725.0

    def colhead(y: float) -> float:
        doc.font("b", 7.5)
        for k, h, al in (("date", "Date", "l"), ("rev", "Rev", "l"), ("code", "CPT/HCPCS", "l"),
                         ("desc", "Description", "l"), ("qty", "Qty", "r"), ("chg", "Charges", "r"),
                         ("cred", "Credits", "r")):
            doc.t(X[k], y, h, al)
        doc.hl(40, 572, y + 3, 0.4)
        return y + 13

    y = top(True)
    grand = ZERO
    for pat, acct, plan, clm, rate, svcs in accts:
        def band(y: float, cont: bool) -> float:
            doc.box(40, y, 532, 15, gray=0.9, stroke=False)
            doc.font("b", 8.5)
            doc.t(44, y + 11, f"Patient: {pat}")
            doc.t(240, y + 11, f"Account: {acct}")
            doc.t(568, y + 11, ("Outpatient rehabilitation" + (" - continued" if cont else "")), "r")
            return colhead(y + 28)
        if y > lim() - 60:
            doc.newpage()
            y = top(False)
        y = band(y, False)
        for s in svcs:
            if y > lim():
                doc.font("r", 7.5)
                doc.t(306, lim() + 22, "Account continues on the next page", "c")
                doc.newpage()
                y = band(top(False), True)
            doc.font("r", 8)
            doc.t(X["date"], y, dfmt(s.dos, "mdy4"))
            doc.t(X["rev"], y, rev[s.code[:2]])
            doc.t(X["code"], y, cm(s, " "))
            doc.t(X["desc"], y, s.desc)
            doc.t(X["qty"], y, G.units_str(s.units), "r")
            doc.t(X["chg"], y, m(s.billed), "r")
            L.add(doc.page, s, acct, clm, pat, ("billed",))
            y += 11
        billed = tot(svcs, "billed")
        allowed = q(billed * rate)
        paid = q(allowed * Decimal("0.85"))
        contract = billed - allowed
        bal = billed - paid - contract
        doc.font("r", 8)
        rows = [("Total charges", m(billed), ""), (f"01/30/2026  Payment - {plan}, claim {clm}", "", m(-paid)),
                (f"01/30/2026  Contractual adjustment - {plan}", "", m(-contract))]
        for lab, a, b in rows:
            if y > lim() + 12:
                doc.newpage()
                y = top(False)
            doc.t(X["desc"], y, lab)
            if a:
                doc.t(X["chg"], y, a, "r")
            if b:
                doc.t(X["cred"], y, b, "r")
            y += 11
        doc.font("b", 8)
        doc.t(X["desc"], y, f"Balance for {pat.split()[0]}'s account (insurance has paid)")
        doc.t(X["cred"], y, m(bal), "r")
        grand += bal
        L.claim(acct, clm, pat, billed=billed, paid=paid, patient_owes=bal)
        y += 24
    doc.hl(40, 572, y - 10, 1)
    doc.font("b", 10)
    doc.t(X["desc"], y + 4, "Total amount due")
    doc.t(X["cred"], y + 4, "$" + m(grand), "r")
    doc.font("r", 7.5)
    doc.t(40, y + 24, "Financial assistance is available; ask for a plain-language summary. Itemized bills on request.")
    doc.close()
    G.write_truth(out / name, "v10", "reportlab", doc.page, "hospital outpatient family statement", L.lines,
                  L.claims, [])
    return name, {}


LAYOUTS = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout193_"))
    repo = Path(__file__).resolve().parents[2]
    if (repo / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    made = [fn(out) for fn in LAYOUTS]
    print(f"wrote {len(made)} PDFs to {out}")
    if not a.check:
        return 0
    errs: list[str] = []
    spill = 0
    for name, flags in made:
        errs += check_file(out / name, **flags)
        import json
        tr = json.loads((out / f"{name}.truth.json").read_text())
        pages_by_claim: dict = {}
        for ln in tr["lines"]:
            pages_by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        spans = sum(1 for v in pages_by_claim.values() if len(v) > 1)
        spill += spans > 0
        print(f"  {name}: {len(tr['lines'])} lines, {tr['pages']} pages, {len(tr['claims'])} claims, "
              f"{spans} claim(s) across a page break")
    if len(made) >= 10 and spill < 3:
        errs.append(f"only {spill} files carry a claim across a page break")
    for e in errs:
        print("CHECK FAIL:", e)
    print("check:", "FAILED" if errs else "passed")
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main())
