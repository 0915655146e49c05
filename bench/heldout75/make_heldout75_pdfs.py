"""Write the SEVENTY-FIFTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten
layouts, two of each of the five commonest real document kinds, each in a house style of its own.

Run:  python bench/heldout75/make_heldout75_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout75/make_heldout75_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Drawing goes through bench/heldout75/h75draw.py (one op list per page,
rendered by reportlab or fpdf2).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person served, not the subscriber or guarantor). Adjustments only where group + reason + amount are printed
(in p2 the group+reason is the column heading, e.g. "CO45"); plan note letters / state EOB codes / RARCs go
into remarks. Claim records carry "totals" = claim_totals(...) of what the claim's total row prints. No planted
findings. Every name, number, payer, provider, address and ID is invented; service wording is our own.

Layouts:
  c1  commercial member EOB for a family of three (reportlab, portrait Liberation Sans): member box, claim heads
      "Patient: <name> (<relation>)  Claim number", shaded stacked column heads "Amount billed / Member rate /
      Not payable / Applied to deductible / Copay amount / Co-insurance / Plan payment / Your responsibility /
      See notes", "97530 GO" with the description on a second small text line, no units, letter notes, a
      non-covered line, last claim runs on to page 2 under "(continued)" and a repeated head, claim totals
  c2  PPO "Benefit Statement" (fpdf2, landscape DejaVu Sans Condensed): shaded left sidebar (subscriber, year-to-
      date, who is on the statement), boxed claim heads "Claim for <NAME> - <relation>", "Claim #", "Your
      provider's reference", Dates mm/dd/yy / Code / Mod / Units / Charged / Plan discount / Not covered /
      Allowed / Deductible / Coins. / Copay / Paid by plan / You owe / Remark, office-visit copay, denied test
  m1  Medicare Summary Notice, older Part B "assigned claims" style (reportlab, portrait Liberation Serif):
      customer-service block, "Claim number" + provider address + "Referred by", rows "01/06/26  2 Therapeutic
      exercises (97110-GP-KX)" (quantity before the words), Amount Charged / Medicare Approved / Medicare Paid
      Provider / You May Be Billed / See Notes letters, CQ assistant lines, a denied line, Claim Total rows,
      notes / deductible / appeals on page 2
  m2  Medicare Advantage HMO member EOB (fpdf2, portrait core Helvetica): monthly cost box, "Service you received
      (code)" cells "Manual therapy (97140-GP)", dates "Mar 4, 2026", provider charged / plan approved / plan's
      share / your share, visit copays, a denied test, long therapy claim continued on page 2 with repeated head
  d1  state Medicaid remittance advice, line printer (fpdf2, portrait core Courier): banner repeated per page,
      CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS, "LAST, FIRST" recipient lines with RECIP ID / PAT ACCT /
      ICN, details "LN FROM TO PROC M1 M2 UNT BILLED ALLOWED COPAY PAID EOB" with MMDDYY dates and week-long
      from-to ranges, recipient copay, a reversal with trailing-minus amounts and its replacement, EOB messages
  d2  Medicaid managed-care plan remittance grid (reportlab, landscape Liberation Sans Narrow): ids repeated on
      every row, Recipient Name / Recipient ID / TCN / Patient Acct / Ln / Service Date / Proc-Mod "92507-GN" /
      Units "1.00" / Billed / Allowed / Paid / Adj Grp/Rsn "CO-45" / Adj Amt / RARC / Status, a denied claim,
      per-claim total rows, payment summary box, code descriptions
  p1  clearinghouse "ERA Detail Report" of a Medicare payment (reportlab, portrait core Helvetica): payer/payee/
      EFT block, shaded claim boxes (Patient LAST, FIRST / Member ID / Patient Ctrl # / Payer Claim # / Status),
      Svc Date / Proc / Mods / Units / Charge / Allowed / Deduct / Coins / Paid / "CO-45 <amt>  PR-2 <amt>" with a
      third adjustment and "Remark:" on the next text line, a non-covered PR line, glossary
  p2  practice-management "Insurance Payment Posting Journal" of a Medicare deposit (fpdf2, portrait DejaVu Sans
      Mono): fixed adjustment columns PR1 / PR2 / CO45 / CO253 / OTHER ADJ, patient heads "NAME  ACCT n  ICN n",
      PATIENT TOTAL rows, a frequency denial, header repeated and a patient continued "(cont'd)" on page 2
  s1  pediatric therapy clinic family statement (reportlab, portrait DejaVu Sans): statement box, responsible
      party, per-child bands, Date / Visit / Code "97530 GO" / Description / Qty / Charges / Credits / Balance,
      insurer payment rows naming the insurer's claim number, visit balances, detach stub (charges only per line)
  s2  hospital guarantor statement (fpdf2, portrait Liberation Serif): guarantor box, one account per family
      member, Date / Rev / HCPCS / Mod / wrapped Description / Qty / Charges, account summary rows (total
      charges, insurance payment with claim number, contractual adjustment, balance), one account still
      awaiting insurance, the first account continued on page 2

The self-check (--check) tests the factory, not the reader: each truth line's code, modifiers, units, printed
amounts and date are on one extracted text row of its page (adjustments and remarks on that row or the next
two; a p2 adjustment's group+reason may be its column heading), ids and patients are in the document's text,
the page count matches, billed - adjustments = paid where every adjustment is printed (d2, p1, p2),
allowed - deductible - coinsurance - copay - sequestration = paid and billed - discount - not covered = allowed
where printed, claim totals = sum of the lines where the lines print that field (and are in the text), and at
least three documents carry a claim whose rows continue onto a next page.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h75draw import Doc  # noqa: E402

# Codes the shared fee schedule lacks (invented charges and program rates; our own words).
for _c, _fee, _sch, _d in (
    ("97533", "98.00", "38.10", "Sensory integration activities"),
    ("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
    ("97113", "90.00", "35.20", "Aquatic exercise"),
    ("97750", "110.00", "34.90", "Physical performance test"),
    ("G0151", "140.00", "52.60", "Home health PT visit, per 15 min"),
    ("E0730", "85.00", "31.45", "TENS unit rental, month"),
    ("A4556", "18.00", "6.20", "Electrodes, per pair"),
    ("99203", "210.00", "112.60", "New patient office visit"),
    ("73110", "120.00", "33.75", "Wrist x-ray, 3 views"),
):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date


def M(d, style=","):
    return money(d, style)


class Truth:
    def __init__(self):
        self.lines: list[dict] = []
        self.claims: list[dict] = []

    def line(self, page, s, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     **kw))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def mk(dos, code, units, mods=(), **kw):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), **kw)


def series(days, pattern):
    """One visit per date; pattern is a list of (code, units, mods) repeated on each visit, rotated."""
    out = []
    for i, d in enumerate(days):
        for j, (code, units, mods) in enumerate(pattern):
            if j and (i + j) % 3 == 0:
                continue
            out.append(mk(d, code, units, mods))
    return out


# =====================================================================================================
# c1  commercial member EOB, reportlab portrait Liberation Sans
# =====================================================================================================
def c1(out: Path):
    doc = Doc(*LETTER, "LibSans", "LibSans-B")
    tr = Truth()
    W = 612
    st = PlanState(ded_left=q("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    members = [
        ("Owen Whitfield", "Son", "2026-0113-44817", "BPT-55102", "Brightpath Pediatric Therapy",
         [mk(D(2026, 1, 5), "97166", 1, ("GO",)), mk(D(2026, 1, 5), "97530", 2, ("GO",)),
          mk(D(2026, 1, 8), "97530", 3, ("GO",)), mk(D(2026, 1, 8), "97112", 1, ("GO", "59")),
          mk(D(2026, 1, 12), "97530", 2, ("GO",)), mk(D(2026, 1, 12), "97533", 1, ("GO",), denied="PR"),
          mk(D(2026, 1, 15), "97530", 3, ("GO",)), mk(D(2026, 1, 15), "97535", 1, ("GO",)),
          mk(D(2026, 1, 19), "97530", 2, ("GO",)), mk(D(2026, 1, 19), "97110", 1, ("GO",)),
          mk(D(2026, 1, 22), "97530", 3, ("GO",)), mk(D(2026, 1, 22), "97112", 1, ("GO", "59"))]),
        ("Lena Whitfield", "Daughter", "2026-0121-10342", "BPT-55117", "Brightpath Pediatric Therapy",
         [mk(D(2026, 1, 9), "92523", 1), mk(D(2026, 1, 16), "92507", 1, ("GN",)),
          mk(D(2026, 1, 23), "92507", 1, ("GN",))]),
        ("Dana K. Whitfield", "Self", "2026-0126-77105", "PT-0091463", "Harborline Physical Therapy",
         [mk(D(2026, 1, 14), "97161", 1, ("GP",)), mk(D(2026, 1, 14), "97140", 1, ("GP",)),
          mk(D(2026, 1, 21), "97110", 2, ("GP",)), mk(D(2026, 1, 21), "97140", 1, ("GP", "59"))]
         + series([D(2026, 1, 23), D(2026, 1, 26), D(2026, 1, 28), D(2026, 1, 30)],
                  [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))])),
    ]
    notes = {"A": "Amount above the plan's contracted rate; you do not owe this part.",
             "B": "This service is not a covered benefit under your plan. You may owe the provider.",
             "C": "Part of this amount was applied to your family deductible."}
    cols = [(36, "Date of\nservice", "l"), (88, "Service", "l"), (230, "Amount\nbilled", "r"),
            (272, "Member\nrate", "r"), (314, "Not\npayable", "r"), (358, "Applied to\ndeductible", "r"),
            (396, "Copay\namount", "r"), (440, "Co-\ninsurance", "r"), (486, "Plan\npayment", "r"),
            (536, "Your respon-\nsibility", "r"), (556, "See\nnotes", "l")]

    def page_head(first):
        doc.t(36, 40, "NORTHGATE MUTUAL HEALTH PLAN", 13, True)
        doc.t(36, 53, "PO Box 40218  Fairhaven, OR 97355   |   Member services 1-800-555-0142", 7.5)
        doc.t(576, 40, "Explanation of Benefits", 12, True, "r")
        doc.t(576, 53, "THIS IS NOT A BILL", 8, True, "r")
        doc.ln(36, 60, 576, 60, 1.2)
        if first:
            doc.box(36, 68, 540, 58, fill=0.93)
            doc.t(44, 82, "Member: Dana K. Whitfield", 9, True)
            doc.t(44, 95, "Member ID: NMH4418820-01      Group: 77120  Mill Creek School District", 8)
            doc.t(44, 108, "Statement date: February 3, 2026      Period: 01/01/2026 - 01/31/2026", 8)
            doc.t(44, 120, "Family members on this statement: Dana K. Whitfield, Owen Whitfield, Lena Whitfield", 8)
            return 140
        doc.t(36, 74, "Member: Dana K. Whitfield   Member ID: NMH4418820-01", 8)
        return 88

    def col_head(y):
        doc.box(36, y, 540, 22, fill=0.85, stroke=False)
        for x, h, al in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x if al == "l" else x, y + 9 + i * 8, part, 6.5, True, al)
        return y + 30

    def foot():
        doc.t(306, 770, "Northgate Mutual Health Plan is an invented plan for testing. Keep this statement for your records.",
              6.5, False, "c")

    y = page_head(True)
    for name, rel, pcid, acct, prov, svcs in members:
        for s in svcs:
            commercial(s, st, deny_reason="96")
        if y > 640:
            foot(); doc.new_page(); y = page_head(False)
        doc.t(36, y, f"Patient: {name} ({rel})", 9, True)
        doc.t(300, y, f"Claim number: {pcid}", 8)
        doc.t(36, y + 11, f"Provider: {prov}   Patient account: {acct}   Network status: In network", 7.5)
        doc.t(576, y + 11, "Received 01/27/2026   Processed 01/30/2026", 7.5, False, "r")
        y = col_head(y + 18)
        for s in svcs:
            if y > 720:
                foot(); doc.new_page(); y = page_head(False)
                doc.t(36, y, f"Patient: {name} ({rel})   Claim number: {pcid}  (continued)", 9, True)
                y = col_head(y + 8)
            note = "B" if s.denied else ("C" if s.deductible else ("A" if s.discount else ""))
            svc = f"{s.code} {' '.join(s.mods)}".strip()
            vals = [s.billed, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            doc.t(36, y, dfmt(s.dos, "mdy4"), 7.5)
            doc.t(88, y, svc, 7.5)
            for (x, _, _), v in zip(cols[2:10], vals):
                doc.t(x, y, M(v, "$"), 7.5, False, "r")
            doc.t(556, y, note, 7.5)
            doc.t(88, y + 8.5, s.desc, 6.2)
            tr.line(doc.page, s, acct, pcid, name, ("billed", "allowed", "not_covered", "deductible", "copay",
                                                    "coinsurance", "paid", "patient_owes"),
                    units=False, remarks=[note] if note else [])
            doc.ln(36, y + 12, 576, y + 12, 0.2)
            y += 21
        tots = [total(svcs, a) for a in ("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                                         "paid", "owes")]
        doc.t(88, y, "Claim total", 7.5, True)
        for (x, _, _), v in zip(cols[2:10], tots):
            doc.t(x, y, M(v, "$"), 7.5, True, "r")
        doc.ln(36, y + 4, 576, y + 4, 1.0)
        tr.claim(acct, pcid, name, billed=tots[0], allowed=tots[1], paid=tots[6], patient_owes=tots[7])
        y += 26
    if y > 660:
        foot(); doc.new_page(); y = page_head(False)
    doc.t(36, y, "Notes", 9, True)
    for k, v in notes.items():
        y += 11
        doc.t(36, y, f"{k}  {v}", 7.5)
    foot()
    doc.render_rl(out)
    return doc, tr, "Commercial member EOB", "reportlab", list(notes.items()), "family of three"


# =====================================================================================================
# c2  commercial plan benefit statement, fpdf2 landscape DejaVu Sans Condensed, left sidebar
# =====================================================================================================
def c2(out: Path):
    doc = Doc(*LAND, "DejaVuSansCond", "DejaVuSansCond-B")
    tr = Truth()
    st = PlanState(ded_left=q("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"),
                   copay_codes={"99213": q("30.00"), "99203": q("30.00")})
    claims = [
        ("LUCIA PARRA-NOVAK", "Daughter", "CV26-00831-7", "TW-88014", "Tidewater Hand & Upper Limb Clinic",
         [mk(D(2026, 2, 2), "97165", 1, ("GO",)), mk(D(2026, 2, 2), "97760", 1, ("GO",)),
          mk(D(2026, 2, 2), "L3807", 1, ("RT",)), mk(D(2026, 2, 9), "97140", 2, ("GO",)),
          mk(D(2026, 2, 9), "97110", 1, ("GO",))]),
        ("MARCUS PARRA-NOVAK", "Subscriber", "CV26-00902-2", "55-310927", "Coastal Ortho & Sports Rehab",
         [mk(D(2026, 2, 4), "99203", 1), mk(D(2026, 2, 4), "73110", 1, ("LT",)),
          mk(D(2026, 2, 11), "97161", 1, ("GP",)), mk(D(2026, 2, 11), "G0283", 1, ("GP",)),
          mk(D(2026, 2, 11), "97750", 1, ("GP",), denied="CO")]),
        ("TEODORO PARRA-NOVAK", "Son", "CV26-01017-5", "TW-88190", "Tidewater Hand & Upper Limb Clinic",
         [mk(D(2026, 2, 16), "97168", 1, ("GO",)), mk(D(2026, 2, 16), "97530", 2, ("GO",))]),
    ]
    doc.box(0, 0, 170, 612, fill=0.9, stroke=False)
    doc.t(14, 34, "Cedar Valley", 15, True)
    doc.t(14, 50, "Health Alliance", 15, True)
    doc.t(14, 72, "Benefit Statement", 10, True)
    side = ["Subscriber", "Marcus Parra-Novak", "ID  CVH 220 418 551", "Plan  Choice PPO 1500",
            "", "Statement date  03/02/2026", "", "Year-to-date (family)", "Deductible met  $3,000.00 of $3,000.00",
            "Out-of-pocket  $3,412.18 of $7,000.00", "", "Who is on this statement", "  Marcus (Subscriber)",
            "  Lucia (Daughter)", "  Teodoro (Son)", "", "Questions?", "Call 1-888-555-0199", "Mon-Fri 8am-6pm",
            "", "This is not a bill.", "Your provider may bill you", "for the amount in 'You owe'."]
    yy = 96
    for s in side:
        doc.t(14, yy, s, 7.5, s in ("Year-to-date (family)", "Who is on this statement", "Questions?",
                                     "Subscriber"))
        yy += 11
    X0 = 186
    cols = [("Dates", 186, "l"), ("Code", 230, "l"), ("Mod", 262, "l"), ("Units", 300, "r"),
            ("Charged", 348, "r"), ("Plan discount", 404, "r"), ("Not covered", 454, "r"), ("Allowed", 500, "r"),
            ("Deductible", 546, "r"), ("Coins.", 586, "r"), ("Copay", 622, "r"), ("Paid by plan", 672, "r"),
            ("You owe", 716, "r"), ("Remark", 726, "l")]
    y = 40
    doc.t(X0, y, "Claims processed February 2026", 11, True)
    y += 22
    legend = {"D1": "Discount from your plan's network agreement.", "X4": "Testing service not a covered benefit;"
              " provider agreed not to bill you.", "C2": "Office visit copay applied."}
    for name, rel, pcid, acct, prov, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="204")
        doc.box(X0, y - 10, 590, 28, fill=None, lw=0.8)
        doc.t(X0 + 6, y, f"Claim for {name}  -  {rel}", 8.5, True)
        doc.t(X0 + 300, y, f"Claim # {pcid}", 8.5, True)
        doc.t(X0 + 6, y + 12, f"Provider: {prov}     Your provider's reference: {acct}     In-network", 7.2)
        y += 30
        for h, x, al in cols:
            doc.t(x, y, h, 6.8, True, al)
        doc.ln(X0, y + 3, 776, y + 3, 0.6)
        y += 13
        for s in svcs:
            rm = "X4" if s.denied else ("C2" if s.copay else "D1")
            vals = [s.billed, s.discount, s.not_covered, s.allowed, s.deductible, s.coinsurance, s.copay, s.paid,
                    s.owes]
            doc.t(186, y, dfmt(s.dos, "mdy2"), 7.2)
            doc.t(230, y, s.code, 7.2)
            doc.t(262, y, " ".join(s.mods), 7.2)
            doc.t(300, y, units_str(s.units), 7.2, False, "r")
            for (h, x, al), v in zip(cols[4:13], vals):
                doc.t(x, y, M(v), 7.2, False, "r")
            doc.t(726, y, rm, 7.2)
            tr.line(doc.page, s, acct, pcid, name, ("billed", "discount", "not_covered", "allowed", "deductible",
                                                    "coinsurance", "copay", "paid", "patient_owes"),
                    remarks=[rm], description=False)
            y += 12
        doc.ln(X0, y - 8, 776, y - 8, 0.3)
        tots = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance",
                                         "copay", "paid", "owes")]
        doc.t(230, y, "Totals", 7.2, True)
        for (h, x, al), v in zip(cols[4:13], tots):
            doc.t(x, y, M(v), 7.2, True, "r")
        tr.claim(acct, pcid, name, billed=tots[0], allowed=tots[3], paid=tots[7], patient_owes=tots[8])
        y += 26
    doc.t(X0, y, "Remark codes", 8.5, True)
    for k, v in legend.items():
        y += 11
        doc.t(X0, y, f"{k}   {v}", 7.2)
    doc.t(X0, 596, "Cedar Valley Health Alliance - invented for testing - Form CV-EOB-3 (rev. 2025)", 6.5)
    doc.render_fpdf(out, FIXED_WHEN)
    return doc, tr, "Commercial plan benefit statement", "fpdf2", list(legend.items()), "sidebar"


# =====================================================================================================
# m1  Medicare Summary Notice, older "Part B" print (reportlab portrait Liberation Serif)
# =====================================================================================================
def m1(out: Path):
    doc = Doc(*LETTER, "LibSerif", "LibSerif-B")
    tr = Truth()
    st = PlanState(ded_left=q("95.00"))
    pat = "HAROLD J. EMMERICH"
    claims = [
        ("26-014-55280-3301", "Lakeshore Rehabilitation Associates, 4410 Harbor Rd, Millbrook, WI 53190",
         "Referred by: Anne Kowalczyk, M.D.",
         [mk(D(2026, 1, 6), "97163", 1, ("GP",)), mk(D(2026, 1, 6), "97110", 2, ("GP", "KX")),
          mk(D(2026, 1, 6), "97140", 1, ("GP",)), mk(D(2026, 1, 9), "97110", 3, ("GP",)),
          mk(D(2026, 1, 9), "97112", 1, ("GP",)), mk(D(2026, 1, 9), "97535", 1, ("GP",), denied="CO")]),
        ("26-020-71902-1148", "Millbrook Family Medicine, 22 Orchard St, Millbrook, WI 53190", "",
         [mk(D(2026, 1, 13), "99213", 1), mk(D(2026, 1, 13), "G0283", 1)]),
        ("26-027-30017-6652", "Lakeshore Rehabilitation Associates, 4410 Harbor Rd, Millbrook, WI 53190",
         "Referred by: Anne Kowalczyk, M.D.",
         [mk(D(2026, 1, 16), "97110", 2, ("CQ", "GP")), mk(D(2026, 1, 16), "97116", 2, ("CQ", "GP")),
          mk(D(2026, 1, 20), "97110", 2, ("CQ", "GP"))]),
    ]
    notes = {"a": "This amount went toward your yearly Part B deductible.",
             "b": "You owe 20 percent of the approved amount, after the deductible.",
             "c": "Medicare does not pay for this service as billed; the provider may not charge you for it.",
             "d": "Service by a therapy assistant; payment is set at a reduced rate."}

    def head(n):
        doc.t(72, 50, "Medicare Summary Notice", 18, True)
        doc.t(72, 66, "Page %d of PAGES" % n, 9)
        doc.t(340, 50, "CUSTOMER SERVICE INFORMATION", 8, True)
        doc.t(340, 62, "Your Medicare Number: 4TR8-KW2-MX61", 8)
        doc.t(340, 73, "If you have questions, write or call:", 8)
        doc.t(340, 84, "Medicare (#91405), P.O. Box 7702, Lansing, MI 48909", 8)
        doc.t(340, 95, "Call: 1-800-555-0175", 8)

    head(1)
    doc.t(72, 90, pat, 10, True)
    doc.t(72, 102, "118 W. Linden Ave", 9)
    doc.t(72, 114, "Millbrook, WI 53190", 9)
    doc.t(72, 140, "This is a summary of claims processed from 01/15/2026 through 02/14/2026.", 9)
    doc.t(72, 162, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", 10.5, True)
    cols = [(72, "Dates of", "Service"), (128, "Services Provided", ""), (390, "Amount", "Charged"),
            (444, "Medicare", "Approved"), (500, "Medicare Paid", "Provider"), (548, "You May", "Be Billed"),
            (552, "See", "Notes")]
    y = 184
    for pcid, prov, ref, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="96")
        if y > 560:
            doc.new_page(); head(doc.page); y = 130
        doc.t(72, y, f"Claim number {pcid}", 9, True)
        doc.t(72, y + 11, prov, 9)
        if ref:
            doc.t(72, y + 22, ref, 9)
            y += 11
        y += 30
        for x, a, b in cols:
            al = "l" if x in (72, 128, 552) else "r"
            doc.t(x, y, a, 8, True, al)
            if b:
                doc.t(x, y + 9, b, 8, True, al)
        doc.ln(72, y + 13, 576, y + 13, 0.5)
        y += 24
        for s in svcs:
            nl = []
            if s.denied:
                nl = ["c"]
            else:
                if s.deductible:
                    nl.append("a")
                if s.coinsurance:
                    nl.append("b")
                if "CQ" in s.mods:
                    nl.append("d")
            desc = f"{units_str(s.units)} {s.desc} ({s.code}-{'-'.join(s.mods)})" if s.mods else \
                f"{units_str(s.units)} {s.desc} ({s.code})"
            doc.t(72, y, dfmt(s.dos, "mdy2"), 8.5)
            doc.t(128, y, desc, 8.5)
            for x, v in zip((390, 444, 500, 548), (s.billed, s.allowed, s.paid, s.owes)):
                doc.t(x, y, M(v, "$"), 8.5, False, "r")
            doc.t(552, y, ",".join(nl), 8.5)
            tr.line(doc.page, s, None, pcid, pat, ("billed", "allowed", "paid", "patient_owes"), remarks=nl,
                    description=True)
            y += 12
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.ln(390 - 40, y - 8, 576, y - 8, 0.4)
        doc.t(128, y, "Claim Total", 8.5, True)
        for x, v in zip((390, 444, 500, 548), tots):
            doc.t(x, y, M(v, "$"), 8.5, True, "r")
        tr.claim(None, pcid, pat, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3])
        y += 30
    doc.new_page(); head(doc.page)
    y = 130
    doc.t(72, y, "Notes Section:", 10, True)
    for k, v in notes.items():
        y += 13
        doc.t(72, y, f"{k}  {v}", 9)
    y += 26
    doc.t(72, y, "Deductible Information:", 10, True)
    doc.t(72, y + 13, "You have now met $95.00 of your $283.00 Part B deductible for 2026.", 9)
    y += 40
    doc.t(72, y, "Appeals Information - Part B", 10, True)
    doc.t(72, y + 13, "If you disagree with any claims decision on this notice, you can ask for a redetermination", 9)
    doc.t(72, y + 25, "within 120 days of the date you get this notice. Follow the steps on the back of this page.", 9)
    n = doc.page
    for p in doc.pages:
        for i, op in enumerate(p):
            if op[0] == "t" and "PAGES" in op[3]:
                p[i] = op[:3] + (op[3].replace("PAGES", str(n)),) + op[4:]
    doc.render_rl(out)
    return doc, tr, "Medicare Summary Notice", "reportlab", list(notes.items()), ""


# =====================================================================================================
# m2  Medicare Advantage member EOB, fpdf2 portrait core Helvetica
# =====================================================================================================
def m2(out: Path):
    doc = Doc(*LETTER, "Helvetica", "Helvetica-B")
    tr = Truth()
    pat = "Rosalind Achterberg"
    claims = [
        ("MA26-4480552", "Aspen Grove Medical Group", "AG-7710385",
         [mk(D(2026, 3, 10), "99213", 1), mk(D(2026, 3, 10), "E0730", 1, ("RR",)),
          mk(D(2026, 3, 10), "A4556", 2)]),
        ("MA26-4471093", "Summit Valley Therapy Partners", "SVT-204417",
         [mk(D(2026, 3, 2), "97162", 1, ("GP",)), mk(D(2026, 3, 2), "97110", 2, ("GP",)),
          mk(D(2026, 3, 4), "97110", 2, ("GP",)), mk(D(2026, 3, 4), "97140", 1, ("GP",)),
          mk(D(2026, 3, 6), "97110", 2, ("GP",)), mk(D(2026, 3, 6), "97112", 1, ("GP",)),
          mk(D(2026, 3, 9), "97110", 2, ("GP", "KX")), mk(D(2026, 3, 9), "97116", 1, ("GP",)),
          mk(D(2026, 3, 11), "97110", 2, ("GP", "KX")), mk(D(2026, 3, 11), "97140", 1, ("GP",)),
          mk(D(2026, 3, 13), "97530", 2, ("GP",)), mk(D(2026, 3, 13), "97750", 1, ("GP",), denied="CO"),
          mk(D(2026, 3, 16), "97110", 2, ("GP",)), mk(D(2026, 3, 16), "G0283", 1, ("GP",))]
         + series([D(2026, 3, 18), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 25), D(2026, 3, 27),
                   D(2026, 3, 30)], [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97116", 1, ("GP",))])),
    ]
    copay_visit = q("20.00")
    for _, _, _, svcs in claims:
        seen = set()
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.adjs = [("CO", "96", s.billed)]
                continue
            s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units)
            s.discount = s.billed - s.allowed
            if s.dos not in seen:
                seen.add(s.dos)
                s.copay = min(copay_visit, s.allowed)
            s.owes = s.copay
            s.paid = s.allowed - s.copay
    notes = {"1": "You paid your $20 copay for this visit date.",
             "2": "The plan does not cover this test as billed. You do not have to pay it.",
             "3": "The plan approved amount is the amount set by your plan for this service."}

    def head():
        doc.t(50, 44, "SUMMIT CREST MEDICARE ADVANTAGE (HMO)", 12, True)
        doc.t(50, 57, "Explanation of Benefits - Medical (Part C) - March 2026", 9)
        doc.t(562, 44, f"Page {doc.page} of NPAGES", 8, False, "r")
        doc.t(562, 57, "Member ID: SCM 0418 2276 01", 8, False, "r")
        doc.ln(50, 64, 562, 64, 1)

    def colhead(y):
        doc.box(50, y - 9, 512, 22, fill=0.88, stroke=False)
        for x, a, b, al in ((54, "Service you received", "(code)", "l"), (262, "Date", "", "l"),
                            (356, "Amount the", "provider charged", "r"), (420, "Amount the", "plan approved", "r"),
                            (476, "Plan's", "share", "r"), (526, "Your", "share", "r"), (532, "See", "notes", "l")):
            doc.t(x, y, a, 7, True, al)
            if b:
                doc.t(x, y + 8, b, 7, True, al)
        return y + 24

    head()
    doc.t(50, 88, pat, 10, True)
    doc.t(50, 100, "4907 Quarry Ridge Ln", 9)
    doc.t(50, 111, "Penrose Falls, CO 81240", 9)
    doc.box(330, 80, 232, 48, fill=None)
    doc.t(338, 94, "Your costs this month:  $80.00", 9, True)
    doc.t(338, 107, "Out-of-pocket so far in 2026:  $235.00", 8)
    doc.t(338, 119, "Maximum out-of-pocket:  $4,900.00", 8)
    doc.t(50, 150, "Medical services you received in March 2026", 11, True)
    y = 172
    for pcid, prov, acct, svcs in claims:
        if y > 640:
            doc.new_page(); head(); y = 90
        doc.t(50, y, f"Claim number: {pcid}", 8.5, True)
        doc.t(200, y, f"Provider: {prov}", 8.5)
        doc.t(50, y + 11, f"Provider's account number: {acct}    Claim status: Processed", 8)
        y = colhead(y + 28)
        for s in svcs:
            if y > 710:
                doc.new_page(); head(); y = 90
                doc.t(50, y, f"Claim number: {pcid} (continued)", 8.5, True)
                y = colhead(y + 18)
            nt = "2" if s.denied else ("1,3" if s.copay else "3")
            code = f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code
            doc.t(54, y, f"{s.desc} ({code})", 7.8)
            doc.t(262, y, dfmt(s.dos, "mon"), 7.8)
            for x, v in zip((356, 420, 476, 526), (s.billed, s.allowed, s.paid, s.owes)):
                doc.t(x, y, M(v, "$"), 7.8, False, "r")
            doc.t(532, y, nt, 7.8)
            tr.line(doc.page, s, acct, pcid, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                    remarks=nt.split(","))
            doc.ln(50, y + 5, 562, y + 5, 0.2)
            y += 16
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.t(54, y, "Total for this claim", 7.8, True)
        for x, v in zip((356, 420, 476, 526), tots):
            doc.t(x, y, M(v, "$"), 7.8, True, "r")
        tr.claim(acct, pcid, pat, billed=tots[0], allowed=tots[1], paid=tots[2], patient_owes=tots[3])
        y += 30
    doc.t(50, y, "Notes", 9, True)
    for k, v in notes.items():
        y += 11
        doc.t(50, y, f"{k}  {v}", 8)
    doc.t(306, 770, "Summit Crest Health Plans - invented for testing. H9998_EOB26", 6.5, False, "c")
    n = doc.page
    for p in doc.pages:
        for i, op in enumerate(p):
            if op[0] == "t" and "NPAGES" in op[3]:
                p[i] = op[:3] + (op[3].replace("NPAGES", str(n)),) + op[4:]
    doc.render_fpdf(out, FIXED_WHEN)
    return doc, tr, "Medicare Advantage member EOB", "fpdf2", list(notes.items()), ""


# =====================================================================================================
# d1  state Medicaid remittance advice, fpdf2 portrait core Courier (line printer)
# =====================================================================================================
def d1(out: Path):
    doc = Doc(*LETTER, "Courier", "Courier-B")
    tr = Truth()
    FS = 7.6
    CW = FS * 0.6
    X = 30

    def put(col, y, s, bold=False):
        doc.t(X + col * CW, y, s, FS, bold)

    def rput(col_end, y, s):
        put(col_end - len(s), y, s)

    def banner(section):
        put(0, 30, "COMMONWEALTH OF ALLEGHANY  DEPT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", True)
        put(0, 40, f"REMITTANCE ADVICE      RA NUMBER 0004417296   RA DATE 02/10/26   PAGE {doc.page:>3}")
        put(0, 50, "PROVIDER 1174829930  RIVERSTONE KIDS THERAPY LLC     PAYEE ID 009182274")
        put(0, 64, f"*** {section} ***", True)
        put(0, 76, "RECIPIENT NAME          RECIP ID     PAT ACCT    ICN")
        put(0, 85, " LN FROM   TO     PROC  M1 M2 UNT   BILLED  ALLOWED   COPAY     PAID EOB")
        put(0, 94, "-" * 76)
        return 106

    def detail(y, ln, s, eob):
        fr = dfmt(s.dos, "mdy6")
        to = dfmt(s.end or s.dos, "mdy6")
        m1_ = s.mods[0] if s.mods else ""
        m2_ = s.mods[1] if len(s.mods) > 1 else ""
        row = f" {ln:02d} {fr} {to} {s.code:<5} {m1_:<2} {m2_:<2} {units_str(s.units):>3}"
        for v in (s.billed, s.allowed, s.copay, s.paid):
            row += f"{money(v, '', 'trail'):>9}"
        row += f" {eob}"
        put(0, y, row)

    paid_claims = [
        ("OKAFOR, JOY", "70118822301", "RK-10042", "2026034100118",
         [mk(D(2026, 1, 6), "97530", 2, ("GO",)), mk(D(2026, 1, 6), "97533", 1, ("GO",)),
          mk(D(2026, 1, 13), "97530", 2, ("GO",)), mk(D(2026, 1, 13), "97112", 1, ("GO",)),
          mk(D(2026, 1, 20), "97530", 3, ("GO",)), mk(D(2026, 1, 27), "97530", 2, ("GO",)),
          mk(D(2026, 1, 27), "97535", 1, ("GO",))]),
        ("OKAFOR, SAMUEL", "70118822318", "RK-10043", "2026034100119",
         [mk(D(2026, 1, 7), "92507", 1, ("GN",)), mk(D(2026, 1, 14), "92507", 1, ("GN",)),
          mk(D(2026, 1, 21), "92507", 1, ("GN",)), mk(D(2026, 1, 28), "92507", 1, ("GN",))]),
        ("DELACROIX, MARIE", "70190044512", "RK-10077", "2026034100240",
         [mk(D(2026, 1, 8), "97165", 1, ("GO",)), mk(D(2026, 1, 15), "97530", 2, ("GO",)),
          mk(D(2026, 1, 15), "97140", 1, ("GO", "59")), mk(D(2026, 1, 22), "97530", 2, ("GO",)),
          mk(D(2026, 1, 22), "97110", 2, ("GO",)), mk(D(2026, 1, 29), "97530", 2, ("GO",)),
          mk(D(2026, 1, 29), "97110", 1, ("GO",))]),
        ("BRANDT, EZEKIEL", "70233017745", "RK-10081", "2026034100377",
         [mk(D(2026, 1, 5), "97530", 2, ("GO",), end=D(2026, 1, 9)),
          mk(D(2026, 1, 12), "97530", 2, ("GO",), end=D(2026, 1, 16)),
          mk(D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("HALVERSON, PIPER", "70244810093", "RK-10084", "2026034100391",
         series([D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 12), D(2026, 1, 14), D(2026, 1, 19), D(2026, 1, 21),
                 D(2026, 1, 26), D(2026, 1, 28)], [("97530", 2, ("GO",)), ("97533", 1, ("GO",)),
                                                    ("97112", 1, ("GO", "59"))])),
    ]
    denied_claims = [
        ("VANCE, TOBIAS", "70301158820", "RK-10090", "2026034100512",
         [mk(D(2026, 1, 9), "97167", 1, ("GO",), denied="CO"), mk(D(2026, 1, 9), "97530", 2, ("GO",), denied="CO")]),
    ]
    eobs = {"0045": "PAID AT PROGRAM FEE MAXIMUM", "0120": "PRIOR AUTHORIZATION NOT ON FILE FOR THESE DATES",
            "0311": "RECIPIENT COPAY DEDUCTED", "0872": "CLAIM REPLACES AN EARLIER ICN; EARLIER PAYMENT RECOVERED",
            "0873": "EARLIER PAYMENT REVERSED"}
    y = banner("CLAIMS PAID")
    section = "CLAIMS PAID"
    all_paid = 0

    def claim_block(name, rid, acct, icn, svcs, eobf, section):
        nonlocal y
        if y > 700:
            doc.new_page(); y = banner(section)
        put(0, y, f"{name:<23} {rid:<12} {acct:<11} {icn}", True)
        y += 12
        for i, s in enumerate(svcs, 1):
            if y > 700:
                doc.new_page(); y = banner(section + " (CONTINUED)")
                put(0, y, f"{name:<23} {rid:<12} {acct:<11} {icn}  CONT", True)
                y += 10
            eob = eobf(s)
            detail(y, i, s, eob)
            tr.line(doc.page, s, acct, icn, name, ("billed", "allowed", "copay", "paid"),
                    service_end=s.end, remarks=[e for e in eob.split() if e], description=False)
            y += 12
        tb = total(svcs, "billed"); tp = total(svcs, "paid"); ta = total(svcs, "allowed")
        put(0, y, f"{'':>13}CLAIM TOTAL{'':>14}{money(tb, '', 'trail'):>9}{money(ta, '', 'trail'):>9}"
                  f"{money(total(svcs, 'copay'), '', 'trail'):>9}{money(tp, '', 'trail'):>9}")
        tr.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)
        y += 15
        return tp

    def pay(s, adult=False):
        medicaid(s)
        if adult and not s.denied:
            s.copay = q("2.00") if s.code.startswith("97") and s.units >= 2 else ZERO
            s.paid = s.allowed - s.copay
        return s

    for name, rid, acct, icn, svcs in paid_claims:
        for s in svcs:
            pay(s, adult=name.startswith("BRANDT"))
        claim_block(name, rid, acct, icn, svcs,
                    lambda s: "0045 0311" if s.copay else "0045", "CLAIMS PAID")
    for name, rid, acct, icn, svcs in denied_claims:
        for s in svcs:
            medicaid(s)
    doc.new_page(); y = banner("CLAIMS DENIED")
    for name, rid, acct, icn, svcs in denied_claims:
        claim_block(name, rid, acct, icn, svcs, lambda s: "0120", "CLAIMS DENIED")
    # adjustments: earlier claim reversed and replaced
    y += 6
    put(0, y, "*** CLAIM ADJUSTMENTS ***", True)
    y += 12
    orig = [pay(mk(D(2025, 12, 16), "97530", 2, ("GO",))), pay(mk(D(2025, 12, 16), "97110", 1, ("GO",)))]
    rev = [negate(s) for s in orig]
    new = [pay(mk(D(2025, 12, 16), "97530", 3, ("GO",))), pay(mk(D(2025, 12, 16), "97110", 1, ("GO",)))]
    put(0, y, "ORIGINAL CLAIM (REVERSED)  ICN 2025351100871", True)
    y += 10
    claim_block("DELACROIX, MARIE", "70190044512", "RK-09912", "2026034190001", rev, lambda s: "0873",
                "CLAIM ADJUSTMENTS")
    put(0, y, "REPLACEMENT CLAIM", True)
    y += 10
    claim_block("DELACROIX, MARIE", "70190044512", "RK-09912", "2026034190002", new, lambda s: "0872",
                "CLAIM ADJUSTMENTS")
    y += 8
    put(0, y, "EOB CODE MESSAGES", True)
    for k, v in eobs.items():
        y += 9
        put(0, y, f"{k}  {v}")
    doc.render_fpdf(out, FIXED_WHEN)
    return doc, tr, "State Medicaid remittance advice", "fpdf2", list(eobs.items()), ""


# =====================================================================================================
# d2  Medicaid RA grid, reportlab landscape Liberation Sans Narrow
# =====================================================================================================
def d2(out: Path):
    doc = Doc(*LAND, "LibNarrow", "LibNarrow-B")
    tr = Truth()
    cols = [("Recipient Name", 30, "l"), ("Recipient ID", 128, "l"), ("TCN", 190, "l"), ("Patient Acct", 268, "l"),
            ("Ln", 326, "l"), ("Service Date", 342, "l"), ("Proc-Mod", 394, "l"), ("Units", 462, "r"),
            ("Billed", 510, "r"), ("Allowed", 556, "r"), ("Paid", 600, "r"), ("Adj Grp/Rsn", 610, "l"),
            ("Adj Amt", 690, "r"), ("RARC", 700, "l"), ("Status", 738, "l")]

    def head():
        doc.t(30, 36, "PRAIRIE RIVER STATE MEDICAID  -  MCO: HEARTLAND COMMUNITY CARE PLAN", 11, True)
        doc.t(30, 49, "Provider Remittance Advice    Payment date 03/06/2026    EFT trace 1PR0306-55810    "
                      "Payee: Kestrel Speech & Feeding Center  NPI 1639210047", 8)
        doc.t(762, 36, f"Page {doc.page}", 8, False, "r")
        doc.box(30, 58, 732, 14, fill=0.82, stroke=False)
        for h, x, al in cols:
            doc.t(x, 68, h, 7, True, al)
        return 84

    data = [
        ("Ibarra, Sofia", "PR4410027", "26061-000418-01", "KSF-3320",
         [mk(D(2026, 2, 3), "92523", 1), mk(D(2026, 2, 10), "92507", 1, ("GN",)),
          mk(D(2026, 2, 17), "92507", 1, ("GN",)), mk(D(2026, 2, 24), "92526", 1, ("GN",))], "PAID"),
        ("Ibarra, Mateo", "PR4410035", "26061-000419-01", "KSF-3321",
         [mk(D(2026, 2, 3), "92507", 1, ("GN",)), mk(D(2026, 2, 10), "92507", 1, ("GN",)),
          mk(D(2026, 2, 17), "97533", 1, ("GO",), denied="CO")], "PAID"),
        ("Nakamura, Elise", "PR5529018", "26061-000502-01", "KSF-3390",
         [mk(D(2026, 2, 5), "97166", 1, ("GO",)), mk(D(2026, 2, 12), "97530", 3, ("GO",)),
          mk(D(2026, 2, 19), "97530", 2, ("GO",)), mk(D(2026, 2, 19), "97535", 1, ("GO",))], "PAID"),
        ("Osei, Kwabena", "PR6603341", "26061-000611-01", "KSF-3402",
         [mk(D(2026, 2, 6), "92526", 1, ("GN",), denied="CO"), mk(D(2026, 2, 13), "92526", 1, ("GN",), denied="CO")],
         "DENIED"),
    ]
    y = head()
    grand = {"billed": ZERO, "paid": ZERO}
    for name, rid, tcn, acct, svcs, status in data:
        for s in svcs:
            medicaid(s, deny_reason="16" if status == "DENIED" else "197")
        if y > 540:
            doc.new_page(); y = head()
        for i, s in enumerate(svcs, 1):
            g, rc, a = s.adjs[0] if s.adjs else ("", "", None)
            rarc = "MA130" if status == "DENIED" else ("N54" if s.denied else "")
            vals = {"Recipient Name": name, "Recipient ID": rid, "TCN": tcn, "Patient Acct": acct, "Ln": str(i),
                    "Service Date": dfmt(s.dos, "mdy4"),
                    "Proc-Mod": s.code + ("-" + "-".join(s.mods) if s.mods else ""),
                    "Units": f"{s.units:.2f}", "Billed": M(s.billed), "Allowed": M(s.allowed), "Paid": M(s.paid),
                    "Adj Grp/Rsn": f"{g}-{rc}" if g else "", "Adj Amt": M(a) if a is not None else "",
                    "RARC": rarc, "Status": "DENIED" if s.denied else "PAID"}
            for h, x, al in cols:
                doc.t(x, y, vals[h], 7.3, False, al)
            doc.ln(30, y + 3.5, 762, y + 3.5, 0.15)
            tr.line(doc.page, s, acct, tcn, name, ("billed", "allowed", "paid"), adjustments=s.adjs,
                    remarks=[rarc] if rarc else [], description=False)
            y += 12
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        doc.t(394, y, f"Claim {status.lower()} - totals", 7.3, True)
        for x, v in ((510, tb), (556, ta), (600, tp)):
            doc.t(x, y, M(v), 7.3, True, "r")
        doc.ln(30, y + 4, 762, y + 4, 0.8)
        tr.claim(acct, tcn, name, billed=tb, allowed=ta, paid=tp)
        grand["billed"] += tb; grand["paid"] += tp
        y += 18
    y += 6
    doc.box(30, y, 300, 44, fill=0.95)
    doc.t(38, y + 13, "Payment summary", 8.5, True)
    doc.t(38, y + 25, f"Claims billed  {M(grand['billed'], '$')}      Claims paid  {M(grand['paid'], '$')}", 8)
    doc.t(38, y + 37, f"Net payment this remittance  {M(grand['paid'], '$')}", 8)
    legend = [("CO-45", "Charge above the program's maximum allowable."),
              ("CO-197", "No precertification or authorization on file."),
              ("CO-16", "Claim is missing information needed to process it."),
              ("N54", "Claim information does not match the authorization."),
              ("MA130", "Claim is incomplete; send a new claim with the missing items.")]
    ly = y + 60
    doc.t(30, ly, "Code descriptions (plan wording)", 8.5, True)
    for k, v in legend:
        ly += 10
        doc.t(30, ly, f"{k:<7} {v}", 7.5)
    doc.render_rl(out)
    return doc, tr, "State Medicaid MCO remittance advice", "reportlab", legend, "full_adj"


# =====================================================================================================
# p1  clearinghouse ERA detail of a Medicare payment, reportlab portrait core Helvetica
# =====================================================================================================
def p1(out: Path):
    doc = Doc(*LETTER, "Helvetica", "Helvetica-B")
    tr = Truth()
    st = PlanState(ded_left=q("0.00"))
    claims = [
        ("GALLOWAY, PEARL M", "3XK7-TD4-WN28", "GPT-031188", "2226031004417",
         [mk(D(2026, 2, 9), "97110", 3, ("GP", "KX")), mk(D(2026, 2, 9), "97140", 1, ("GP", "59")),
          mk(D(2026, 2, 11), "97110", 2, ("GP", "KX")), mk(D(2026, 2, 11), "97112", 1, ("GP",))]),
        ("HOLLOWAY, BERNARD", "8FN2-RM6-QZ90", "GPT-031204", "2226031004502",
         [mk(D(2026, 2, 10), "97168", 1, ("GO",)), mk(D(2026, 2, 10), "97535", 2, ("GO", "CO")),
          mk(D(2026, 2, 12), "97530", 2, ("GO", "CO"))]),
        ("QUINTERO, ADELA", "5MW9-HJ1-KP43", "GPT-031219", "2226031004588",
         [mk(D(2026, 2, 13), "G0283", 1, ("GP",)), mk(D(2026, 2, 13), "0552T", 1, ("GP",), denied="PR"),
          mk(D(2026, 2, 13), "97110", 2, ("GP",))]),
    ]
    st2 = PlanState(ded_left=q("60.00"))
    y = 0

    def head():
        doc.t(40, 40, "ClearPath Exchange", 14, True)
        doc.t(40, 53, "ERA Detail Report  -  835 Health Care Claim Payment/Advice", 8.5)
        doc.t(572, 40, f"Page {doc.page}", 8, False, "r")
        doc.t(572, 53, "Printed 03/02/2026 08:14", 8, False, "r")
        doc.ln(40, 60, 572, 60, 1)
        return 76

    y = head()
    for lab, val, x in (("Payer:", "Great Lakes Medicare Services (Jurisdiction L9)", 40),
                        ("Payee:", "Granite Peak Therapy Group  NPI 1508827316", 40),
                        ("Check/EFT #:", "EFT 771500294183", 330), ("Payment date:", "02/27/2026", 330)):
        pass
    doc.t(40, y, "Payer: Great Lakes Medicare Services (Jurisdiction L9)", 8)
    doc.t(330, y, "Check/EFT #: EFT 771500294183", 8)
    doc.t(40, y + 11, "Payee: Granite Peak Therapy Group   NPI 1508827316", 8)
    doc.t(330, y + 11, "Payment date: 02/27/2026", 8)
    y += 32
    cols = [("Svc Date", 44, "l"), ("Proc", 94, "l"), ("Mods", 124, "l"), ("Units", 178, "r"),
            ("Charge", 232, "r"), ("Allowed", 284, "r"), ("Deduct", 330, "r"), ("Coins", 376, "r"),
            ("Paid", 424, "r"), ("Adjustments (Grp-Rsn Amt)", 434, "l")]
    tot_paid = ZERO
    for idx, (name, mbi, pcn, icn, svcs) in enumerate(claims):
        for s in svcs:
            medicare(s, st2 if idx == 2 else st, deny_reason="96")
        if y > 600:
            doc.new_page(); y = head()
        doc.box(40, y, 532, 38, fill=0.92)
        doc.t(46, y + 11, f"Patient: {name}", 8, True)
        doc.t(250, y + 11, f"Member ID: {mbi}", 8)
        doc.t(420, y + 11, "Status: 1 - Processed as Primary", 8)
        doc.t(46, y + 23, f"Patient Ctrl #: {pcn}", 8)
        doc.t(250, y + 23, f"Payer Claim #: {icn}", 8)
        tb, tp = total(svcs, "billed"), total(svcs, "paid")
        tpr = total(svcs, "owes")
        doc.t(420, y + 23, f"Charge {M(tb)}  Paid {M(tp)}", 8)
        doc.t(46, y + 34, f"Patient responsibility: {M(tpr)}", 7.5)
        y += 50
        for h, x, al in cols:
            doc.t(x, y, h, 7, True, al)
        doc.ln(40, y + 3, 572, y + 3, 0.5)
        y += 13
        for s in svcs:
            doc.t(44, y, dfmt(s.dos, "mdy4"), 7.5)
            doc.t(94, y, s.code, 7.5)
            doc.t(124, y, " ".join(s.mods), 7.5)
            doc.t(178, y, units_str(s.units), 7.5, False, "r")
            for x, v in zip((232, 284, 330, 376, 424), (s.billed, s.allowed, s.deductible, s.coinsurance, s.paid)):
                doc.t(x, y, M(v), 7.5, False, "r")
            adj = [f"{g}-{c} {M(a)}" for g, c, a in s.adjs]
            doc.t(434, y, "  ".join(adj[:2]), 7.5)
            extra = 0
            if len(adj) > 2:
                doc.t(434, y + 9, "  ".join(adj[2:]), 7.5)
                extra = 9
            rm = ["N425"] if s.code == "0552T" else (["N640"] if "CO" in s.mods else [])
            if rm:
                doc.t(94, y + 9, "Remark: " + " ".join(rm), 7)
                extra = 9
            tr.line(doc.page, s, pcn, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                    adjustments=s.adjs, remarks=rm, description=False)
            y += 12 + extra
        tot_paid += tp
        tr.claim(pcn, icn, name, billed=tb, paid=tp, patient_owes=tpr)
        y += 14
    doc.ln(40, y, 572, y, 1)
    doc.t(40, y + 12, f"Provider payment total: {M(tot_paid, '$')}     Provider adjustments: none", 8.5, True)
    legend = [("N425", "Statutorily excluded service (plain words: Medicare never covers it)."),
              ("N640", "Payment reduced for a service delivered in part by an assistant."),
              ("CO-253", "Payment reduction required by law (sequestration).")]
    y += 30
    doc.t(40, y, "Remark and reason code glossary", 8.5, True)
    for k, v in legend:
        y += 10
        doc.t(40, y, f"{k}  {v}", 7.5)
    doc.render_rl(out)
    return doc, tr, "Clearinghouse ERA detail report", "reportlab", legend, "full_adj"


# =====================================================================================================
# p2  practice-management payment posting journal, fpdf2 portrait DejaVu Sans Mono
# =====================================================================================================
def p2(out: Path):
    doc = Doc(*LETTER, "DejaVuSansMono", "DejaVuSansMono-B")
    tr = Truth()
    FS = 7.0
    CW = FS * 0.602
    X = 22

    def put(col, y, s, bold=False):
        doc.t(X + col * CW, y, s, FS, bold)

    hdr = (f"{'DOS':<9}{'CPT':<6}{'MOD':<7}{'QTY':>3} {'CHARGE':>9}{'ALLOWED':>9}{'PR1':>8}{'PR2':>8}"
           f"{'CO45':>9}{'CO253':>7}{'OTHER ADJ':>12}{'INS PAID':>10}")

    def head():
        put(0, 30, "ELMWOOD REHAB BILLING SERVICES - PRACTICE SUITE v11", True)
        put(0, 39, f"INSURANCE PAYMENT POSTING JOURNAL               PAGE {doc.page}")
        put(0, 48, "Deposit: 0227-MCR-02  Payer: MEDICARE PART B (GREAT LAKES)  Check: EFT 771500366021  02/27/2026")
        put(0, 60, hdr, True)
        put(0, 69, "=" * len(hdr))
        return 80

    pats = [
        ("TREMBLAY, LOUISE A", "ACCT 40117", "ICN 2226058107731",
         [mk(D(2026, 2, 2), "97161", 1, ("GP",)), mk(D(2026, 2, 2), "97110", 2, ("GP",)),
          mk(D(2026, 2, 4), "97110", 2, ("GP",)), mk(D(2026, 2, 4), "97140", 1, ("GP", "59")),
          mk(D(2026, 2, 6), "97110", 2, ("GP",)), mk(D(2026, 2, 6), "97116", 1, ("GP",))]),
        ("ABERNATHY, CLYDE", "ACCT 40122", "ICN 2226058107802",
         [mk(D(2026, 2, 3), "97165", 1, ("GO",)), mk(D(2026, 2, 3), "97535", 1, ("GO",)),
          mk(D(2026, 2, 5), "97530", 2, ("GO", "KX")), mk(D(2026, 2, 5), "97112", 1, ("GO",)),
          mk(D(2026, 2, 10), "97530", 2, ("GO", "KX")), mk(D(2026, 2, 10), "97760", 1, ("GO",))]),
        ("MBEKI, THANDIWE", "ACCT 40131", "ICN 2226058107855",
         [mk(D(2026, 2, 9), "92523", 1, ("GN",)), mk(D(2026, 2, 11), "92507", 1, ("GN",)),
          mk(D(2026, 2, 13), "92507", 1, ("GN",)), mk(D(2026, 2, 13), "97129", 2, ("GN",), denied="CO")]),
        ("PELLETIER, ROLAND", "ACCT 40140", "ICN 2226058107910",
         [mk(D(2026, 2, 16), "97110", 3, ("GP",)), mk(D(2026, 2, 16), "97140", 1, ("GP",)),
          mk(D(2026, 2, 18), "97110", 3, ("GP",)), mk(D(2026, 2, 18), "G0283", 1, ("GP",)),
          mk(D(2026, 2, 20), "97110", 2, ("GP",)), mk(D(2026, 2, 20), "97530", 1, ("GP",))]),
        ("SORENSEN, INGRID", "ACCT 40155", "ICN 2226058108004",
         [mk(D(2026, 2, 17), "97163", 1, ("GP",)), mk(D(2026, 2, 17), "97110", 2, ("GP",))]),
        ("VOSKUIJLEN, GERRIT", "ACCT 40148", "ICN 2226058107968",
         series([D(2026, 2, 2), D(2026, 2, 4), D(2026, 2, 6), D(2026, 2, 9), D(2026, 2, 11), D(2026, 2, 13),
                 D(2026, 2, 16), D(2026, 2, 18)], [("97110", 2, ("GP",)), ("97140", 1, ("GP",)),
                                                    ("97116", 1, ("GP",))])),
    ]
    st = PlanState(ded_left=q("120.00"))
    y = head()
    for name, acct, icn, svcs in pats:
        for s in svcs:
            medicare(s, st, deny_reason="151")
        if y > 720:
            doc.new_page(); y = head()
        put(0, y, f"{name:<24}{acct:<14}{icn}", True)
        y += 9
        for s in svcs:
            if y > 700:
                doc.new_page(); y = head()
                put(0, y, f"{name:<24}{acct:<14}{icn}  (cont'd)", True)
                y += 9
            amap = {(g, c): a for g, c, a in s.adjs}
            other = [(g, c, a) for g, c, a in s.adjs if (g, c) not in {("PR", "1"), ("PR", "2"), ("CO", "45"),
                                                                        ("CO", "253")}]
            oth = f"{other[0][0]}{other[0][1]} {money(other[0][2], '')}" if other else ""
            row = (f"{dfmt(s.dos, 'mdy2'):<9}{s.code:<6}{' '.join(s.mods):<7}{units_str(s.units):>3} "
                   f"{money(s.billed, ''):>9}{money(s.allowed, ''):>9}"
                   f"{money(amap.get(('PR', '1'), ZERO), ''):>8}{money(amap.get(('PR', '2'), ZERO), ''):>8}"
                   f"{money(amap.get(('CO', '45'), ZERO), ''):>9}{money(amap.get(('CO', '253'), ZERO), ''):>7}"
                   f"{oth:>12}{money(s.paid, ''):>10}")
            put(0, y, row)
            tr.line(doc.page, s, acct.replace("ACCT ", ""), icn.replace("ICN ", ""), name,
                    ("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                    description=False)
            y += 12
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        put(0, y, f"{'':<16}{'PATIENT TOTAL':<9} {money(tb, ''):>9}{money(ta, ''):>9}{'':>44}{money(tp, ''):>10}")
        tr.claim(acct.replace("ACCT ", ""), icn.replace("ICN ", ""), name, billed=tb, allowed=ta, paid=tp)
        y += 14
    put(0, y, "-" * len(hdr))
    put(0, y + 10, "PR1=DEDUCTIBLE  PR2=COINSURANCE  CO45=CONTRACTUAL  CO253=SEQUESTRATION  CO151=FREQUENCY DENIAL")
    doc.render_fpdf(out, FIXED_WHEN)
    return doc, tr, "PM payment posting journal (Medicare)", "fpdf2", [("CO151", "frequency denial")], "full_adj"


# =====================================================================================================
# s1  therapy clinic family statement, reportlab portrait DejaVu Sans
# =====================================================================================================
def s1(out: Path):
    doc = Doc(*LETTER, "DejaVuSans", "DejaVuSans-B")
    tr = Truth()
    st = PlanState(ded_left=q("80.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    kids = [
        ("Maya Okonkwo-Reyes", [
            ("V-260105-07", "EH 61-0047-2291", [mk(D(2026, 1, 5), "97165", 1, ("GO",)),
                                                mk(D(2026, 1, 5), "97530", 1, ("GO",))]),
            ("V-260112-03", "EH 61-0047-3310", [mk(D(2026, 1, 12), "97530", 2, ("GO",)),
                                                mk(D(2026, 1, 12), "97533", 1, ("GO",))]),
        ]),
        ("Eli Okonkwo-Reyes", [
            ("V-260107-11", "EH 61-0047-2455", [mk(D(2026, 1, 7), "92523", 1)]),
            ("V-260114-02", "EH 61-0047-3388", [mk(D(2026, 1, 14), "92507", 1, ("GN",))]),
        ]),
        ("Nia Okonkwo-Reyes", [
            ("V-260109-05", "EH 61-0047-2610", [mk(D(2026, 1, 9), "97110", 2, ("GP",)),
                                                mk(D(2026, 1, 9), "97116", 1, ("GP",))]),
        ]),
    ]
    W = 612
    doc.t(40, 46, "Little Sprouts Therapy Collective", 14, True)
    doc.t(40, 60, "Occupational, speech & physical therapy for children", 7.5)
    doc.t(40, 71, "2250 Alder Bend Rd, Suite 4  |  Cobalt Springs, NM 87511  |  (505) 555-0163", 7.5)
    doc.box(380, 34, 192, 74, fill=0.94)
    for i, (a, b) in enumerate((("Statement date", "02/05/2026"), ("Account number", "G-118204"),
                                ("Amount due", "AMTDUE"), ("Please pay by", "03/01/2026"))):
        doc.t(388, 50 + i * 15, a, 8)
        doc.t(564, 50 + i * 15, b, 8, True, "r")
    doc.t(40, 100, "Responsible party:", 7.5)
    doc.t(40, 112, "Adaeze Okonkwo-Reyes", 9, True)
    doc.t(40, 123, "77 Juniper Loop, Cobalt Springs, NM 87511", 8)
    doc.t(40, 140, "Insurance on file: Evergreen Health Cooperative  (policy EHC-5530917)", 8)
    cols = [("Date", 40, "l"), ("Visit", 92, "l"), ("Code", 152, "l"), ("Description", 210, "l"),
            ("Qty", 388, "r"), ("Charges", 448, "r"), ("Credits", 508, "r"), ("Balance", 572, "r")]
    y = 166
    doc.ln(40, y - 10, 572, y - 10, 1)
    for h, x, al in cols:
        doc.t(x, y, h, 7.5, True, al)
    doc.ln(40, y + 4, 572, y + 4, 0.5)
    y += 18
    due = ZERO
    for kid, visits in kids:
        doc.box(40, y - 9, 532, 13, fill=0.88, stroke=False)
        doc.t(44, y, f"Patient: {kid}", 8, True)
        y += 15
        for visit, pcid, svcs in visits:
            for s in svcs:
                commercial(s, st, deny_reason="204")
                if s.code == "97533":
                    pass
            for s in svcs:
                code = s.code + (" " + " ".join(s.mods) if s.mods else "")
                doc.t(40, y, dfmt(s.dos, "mdy2"), 7.5)
                doc.t(92, y, visit, 7.5)
                doc.t(152, y, code, 7.5)
                doc.t(210, y, s.desc, 7.5)
                doc.t(388, y, units_str(s.units), 7.5, False, "r")
                doc.t(448, y, M(s.billed), 7.5, False, "r")
                tr.line(doc.page, s, visit, pcid, kid, ("billed",), modifiers=True, description=True)
                y += 11
            tb, tp = total(svcs, "billed"), total(svcs, "paid")
            tadj = total(svcs, "discount")
            own = tb - tp - tadj
            due += own
            doc.t(92, y, dfmt(D(2026, 1, 28), "mdy2"), 7)
            doc.t(152, y, f"Evergreen Health payment - claim {pcid}", 7)
            doc.t(508, y, M(-tp), 7, False, "r")
            y += 10
            doc.t(152, y, "Evergreen Health contractual adjustment", 7)
            doc.t(508, y, M(-tadj), 7, False, "r")
            y += 10
            doc.t(152, y, "Visit balance - your responsibility", 7, True)
            doc.t(572, y, M(own), 7, True, "r")
            tr.claim(visit, pcid, kid, paid=tp, patient_owes=own)
            doc.ln(92, y + 4, 572, y + 4, 0.2)
            y += 16
    doc.ln(40, y, 572, y, 1)
    doc.t(448, y + 12, "Total amount due", 8.5, True, "r")
    doc.t(572, y + 12, M(due, "$"), 8.5, True, "r")
    for p in doc.pages:
        for i, op in enumerate(p):
            if op[0] == "t" and op[3] == "AMTDUE":
                p[i] = op[:3] + (M(due, "$"),) + op[4:]
    y += 40
    doc.t(40, y, "Messages", 8.5, True)
    doc.t(40, y + 12, "Balances shown are after your insurance processed each visit. Payment plans are available;", 7.5)
    doc.t(40, y + 23, "call our billing office Tue-Thu 9-4. Thank you for choosing Little Sprouts.", 7.5)
    doc.ln(40, 700, 572, 700, 0.5)
    doc.t(40, 712, "- - - Please detach and return this portion with your payment - - -", 7)
    doc.t(40, 728, "Account G-118204   Adaeze Okonkwo-Reyes", 8)
    doc.t(572, 728, f"Amount due {M(due, '$')}    Amount enclosed ________", 8, False, "r")
    doc.render_rl(out)
    return doc, tr, "Therapy clinic family statement", "reportlab", [], ""


# =====================================================================================================
# s2  hospital guarantor statement, fpdf2 portrait Liberation Serif
# =====================================================================================================
def s2(out: Path):
    doc = Doc(*LETTER, "LibSerif", "LibSerif-B")
    tr = Truth()
    REV = {"97": "0430", "92": "0440", "G0": "0420", "99": "0510", "73": "0320", "L3": "0274", "E0": "0290",
           "A4": "0270"}
    accts = [
        ("3300-117822", "Beatrice Lindqvist", "KS-9920461833", [
            mk(D(2026, 1, 6), "97161", 1, ("GP",)), mk(D(2026, 1, 6), "97110", 2, ("GP",)),
            mk(D(2026, 1, 8), "97110", 2, ("GP",)), mk(D(2026, 1, 8), "97140", 1, ("GP",)),
            mk(D(2026, 1, 13), "97110", 2, ("GP",)), mk(D(2026, 1, 13), "97116", 1, ("GP",)),
            mk(D(2026, 1, 15), "97110", 2, ("GP",)), mk(D(2026, 1, 15), "G0283", 1, ("GP",)),
            mk(D(2026, 1, 20), "97110", 2, ("GP",)), mk(D(2026, 1, 20), "97112", 1, ("GP",)),
            mk(D(2026, 1, 22), "97110", 2, ("GP",)), mk(D(2026, 1, 22), "97140", 1, ("GP",)),
            mk(D(2026, 1, 27), "97110", 2, ("GP",)), mk(D(2026, 1, 27), "97530", 1, ("GP",)),
            mk(D(2026, 1, 29), "97110", 2, ("GP",)), mk(D(2026, 1, 29), "97116", 1, ("GP",))]
         + series([D(2026, 2, 2), D(2026, 2, 4), D(2026, 2, 6), D(2026, 2, 9), D(2026, 2, 11), D(2026, 2, 13),
                   D(2026, 2, 16)], [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))])),
        ("3300-118405", "Henrik Lindqvist", "KS-9920470016", [
            mk(D(2026, 1, 12), "99203", 1), mk(D(2026, 1, 12), "73110", 1, ("RT",)),
            mk(D(2026, 1, 19), "97165", 1, ("GO",)), mk(D(2026, 1, 19), "97760", 1, ("GO",)),
            mk(D(2026, 1, 19), "L3807", 1, ("RT",))]),
        ("3300-118990", "Astrid Lindqvist", None, [
            mk(D(2026, 1, 21), "92523", 1), mk(D(2026, 1, 28), "92507", 1, ("GN",))]),
    ]
    st = PlanState(ded_left=q("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))

    def head(first):
        doc.t(50, 44, "RIVERBEND COMMUNITY HOSPITAL", 14, True)
        doc.t(50, 57, "Patient Financial Services  -  900 Millrace Pkwy, Tamsworth, KS 66910  -  (785) 555-0120", 8)
        doc.t(562, 44, f"Page {doc.page} of NP", 8, False, "r")
        doc.ln(50, 64, 562, 64, 0.8)
        if not first:
            doc.t(50, 78, "Guarantor: Karin Lindqvist    Guarantor no. 0081-55206    Statement date 02/09/2026", 8.5)
            return 98
        doc.t(50, 84, "GUARANTOR STATEMENT", 11, True)
        doc.t(50, 98, "Karin Lindqvist", 9.5)
        doc.t(50, 110, "1402 Sumac Ct", 9.5)
        doc.t(50, 122, "Tamsworth, KS 66910", 9.5)
        doc.box(340, 76, 222, 56)
        doc.t(348, 90, "Guarantor no. 0081-55206", 8.5)
        doc.t(348, 103, "Statement date 02/09/2026", 8.5)
        doc.t(348, 116, "Balance due  BALDUE", 9, True)
        doc.t(348, 127, "Due upon receipt", 8)
        return 152

    cols = [("Date", 50, "l"), ("Rev", 104, "l"), ("HCPCS", 134, "l"), ("Mod", 174, "l"), ("Description", 204, "l"),
            ("Qty", 470, "r"), ("Charges", 562, "r")]

    def colhead(y):
        for h, x, al in cols:
            doc.t(x, y, h, 8, True, al)
        doc.ln(50, y + 3, 562, y + 3, 0.4)
        return y + 14

    y = head(True)
    grand = ZERO
    for acct, name, pcid, svcs in accts:
        for s in svcs:
            commercial(s, st, deny_reason="204")
        if y > 640:
            doc.new_page(); y = head(False)
        doc.box(50, y - 10, 512, 14, fill=0.9, stroke=False)
        doc.t(54, y, f"Account {acct}   Patient: {name}   Outpatient rehabilitation services", 8.5, True)
        y = colhead(y + 16)
        for s in svcs:
            if y > 720:
                doc.new_page(); y = head(False)
                doc.t(54, y, f"Account {acct}   Patient: {name}   (continued from previous page)", 8.5, True)
                y = colhead(y + 16)
            doc.t(50, y, dfmt(s.dos, "mdy4"), 8)
            doc.t(104, y, REV[s.code[:2]], 8)
            doc.t(134, y, s.code, 8)
            doc.t(174, y, " ".join(s.mods), 8)
            words, lines_, cur = eobgen.LONG_DESC.get(s.code, s.desc).split(), [], ""
            for w_ in words:
                if len(cur) + len(w_) + 1 > 52:
                    lines_.append(cur); cur = w_
                else:
                    cur = (cur + " " + w_).strip()
            lines_.append(cur)
            for k_, part in enumerate(lines_):
                doc.t(204 + (8 if k_ else 0), y + 10 * k_, part, 8)
            doc.t(470, y, units_str(s.units), 8, False, "r")
            doc.t(562, y, M(s.billed), 8, False, "r")
            tr.line(doc.page, s, acct, pcid, name, ("billed",), description=False)
            y += 12 + 10 * (len(lines_) - 1)
        tb = total(svcs, "billed")
        if pcid:
            tp, tadj = total(svcs, "paid"), total(svcs, "discount") + total(svcs, "not_covered") * 0
        else:
            tp, tadj = ZERO, ZERO
        bal = tb - tp - tadj
        grand += bal
        y += 2
        rows = [("Total charges", M(tb))]
        if pcid:
            rows += [(f"Insurance payment - Keystone Prairie Health, claim {pcid}", M(-tp)),
                     ("Insurance contractual adjustment", M(-tadj))]
        else:
            rows += [("Insurance billed - awaiting payment (Keystone Prairie Health)", "0.00")]
        rows.append(("Account balance", M(bal)))
        for lab, v in rows:
            doc.t(204, y, lab, 8, lab in ("Total charges", "Account balance"))
            doc.t(562, y, v, 8, lab in ("Total charges", "Account balance"), "r")
            y += 11
        tr.claim(acct, pcid, name, billed=tb, paid=tp if pcid else None, patient_owes=None)
        y += 12
    doc.t(204, y, "Total balance due from guarantor", 9, True)
    doc.t(562, y, M(grand, "$"), 9, True, "r")
    y += 24
    doc.t(50, y, "Financial assistance is available. Ask about our sliding-fee program when you call.", 8)
    n = doc.page
    for p in doc.pages:
        for i, op in enumerate(p):
            if op[0] == "t" and ("BALDUE" in op[3] or " of NP" in op[3]):
                p[i] = op[:3] + (op[3].replace("BALDUE", M(grand, "$")).replace(" of NP", f" of {n}"),) + op[4:]
    doc.render_fpdf(out, FIXED_WHEN)
    return doc, tr, "Hospital guarantor statement", "fpdf2", [], ""


LAYOUTS = {"h75_c1_member_eob": c1, "h75_c2_benefit_statement": c2, "h75_m1_msn": m1, "h75_m2_ma_eob": m2,
           "h75_d1_medicaid_ra": d1, "h75_d2_medicaid_mco_ra": d2, "h75_p1_era_detail": p1,
           "h75_p2_posting_journal": p2, "h75_s1_clinic_statement": s1, "h75_s2_hospital_statement": s2}
FULL_ADJ = set()


# ================================================================================================= check
def _rows(page):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) < 2.5:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _norm(s):
    return s.replace("$", "").replace(",", "")


def _has_amt(text, a):
    d = Decimal(a)
    body = f"{abs(d):.2f}".replace(".", r"\.")
    t = _norm(text)
    if d < 0:
        pat = rf"(-{body}(?![\d])|\({body}\)|(?<![\d.]){body}-)"
    else:
        pat = rf"(?<![\d.\-]){body}(?![\d])"
    return re.search(pat, t) is not None


def _date_forms(iso):
    d = date.fromisoformat(iso)
    return {dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mon", "mdyn")}


def check(outdir: Path) -> int:
    import pdfplumber
    errors = []
    cont_docs = 0
    for name in LAYOUTS:
        pdf = outdir / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        full_adj = t["description"].endswith("[all adjustments printed]")
        with pdfplumber.open(pdf) as P:
            if len(P.pages) != t["pages"]:
                errors.append(f"{name}: pages {len(P.pages)} != {t['pages']}")
            rows = [_rows(p) for p in P.pages]
            alltext = "\n".join(p.extract_text() or "" for p in P.pages)
        claim_pages = defaultdict(set)
        for i, ln in enumerate(t["lines"]):
            pr = rows[ln["page"] - 1]
            pagetext = "\n".join(pr)
            claim_pages[(ln["claim_id"], ln["payer_claim_id"], ln["patient"])].add(ln["page"])
            amts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                    "coinsurance", "not_covered", "discount") if ln[k] is not None]
            ok = False
            for j, r in enumerate(pr):
                if ln["code"] and not re.search(rf"(?<![\w]){ln['code']}(?![\d])", r):
                    continue
                if not all(_has_amt(r, a) for a in amts):
                    continue
                if any(m not in re.findall(r"[A-Za-z0-9]+", r) for m in ln["modifiers"]):
                    continue
                if ln["units"] is not None:
                    u = ln["units"]
                    if not re.search(rf"(?<![\d.]){re.escape(u)}(\.0+)?(?![\d.])", r.replace(",", "")):
                        continue
                nxt = " ".join(pr[j:j + 3])
                if not all(_has_amt(nxt, a[2]) and ((a[0] in nxt and a[1] in nxt) or f"{a[0]}{a[1]}" in pagetext)
                           for a in ln["adjustments"] if a[2] is not None):
                    continue
                if not all(rm in nxt for rm in ln["remarks"]):
                    continue
                if not (any(f in r for f in _date_forms(ln["service_date"])) or
                        any(f in pagetext for f in _date_forms(ln["service_date"]))):
                    continue
                if ln["service_end"] and not any(f in r for f in _date_forms(ln["service_end"])):
                    continue
                ok = True
                break
            if not ok:
                errors.append(f"{name}: line {i} ({ln['code']} {ln['service_date']} p{ln['page']}) not found on one row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errors.append(f"{name}: line {i} {k} {ln[k]!r} not in text")
            # arithmetic
            D0 = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
            if full_adj and ln["billed"] and ln["paid"] is not None:
                s = sum(Decimal(a[2]) for a in ln["adjustments"])
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errors.append(f"{name}: line {i} billed - adjustments != paid")
            if all(ln[k] is not None for k in ("allowed", "deductible", "coinsurance", "paid")):
                seq = sum((Decimal(a[2]) for a in ln["adjustments"] if a[1] == "253"), Decimal("0"))
                if not ln["adjustments"] and "Medicare" in t["description"]:
                    seq = None
                if seq is not None and D0("allowed") - D0("deductible") - D0("coinsurance") - (D0("copay") or 0) \
                        - seq != D0("paid"):
                    errors.append(f"{name}: line {i} allowed - shares != paid")
            if all(ln[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
                if D0("billed") - D0("discount") - D0("not_covered") != D0("allowed"):
                    errors.append(f"{name}: line {i} billed - discount - not covered != allowed")
        if any(len(v) > 1 for v in claim_pages.values()):
            cont_docs += 1
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errors.append(f"{name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None or any(ln[k] is None for ln in mine):
                    continue
                s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
                if s != Decimal(v):
                    errors.append(f"{name}: claim {c['claim_id']} {k} total {v} != sum {s}")
                if not _has_amt(alltext, v):
                    errors.append(f"{name}: claim total {k} {v} not printed")
    if cont_docs < 3:
        errors.append(f"only {cont_docs} documents carry a claim continuing onto a next page")
    for e in errors:
        print("CHECK FAIL", e)
    print(f"check: {len(LAYOUTS)} documents, {cont_docs} with continued claims, {len(errors)} problems")
    return 1 if errors else 0


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout75_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    nlines = npages = 0
    for name, fn in LAYOUTS.items():
        pdf = out / f"{name}.pdf"
        doc, tr, kind, producer, legend, flags = fn(pdf)
        desc = kind + (" [all adjustments printed]" if flags == "full_adj" else "")
        write_truth(pdf, name, producer, doc.page, desc, tr.lines, tr.claims, legend)
        nlines += len(tr.lines)
        npages += doc.page
        print(f"{name}: {doc.page} pages, {len(tr.lines)} lines, {len(tr.claims)} claims ({producer})")
    print(f"wrote {len(LAYOUTS)} PDFs, {npages} pages, {nlines} lines to {out}")
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
