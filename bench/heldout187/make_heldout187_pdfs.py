"""Write held-out set 187 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement of
the PDF reader on house styles nobody developing it has seen. Two layouts of each of the five commonest real
kinds (commercial member EOB, Medicare Summary Notice / Medicare Advantage member EOB, state Medicaid remittance
advice, Medicare-style paper remit from a clearinghouse / practice-management system, family statement).

Run:  python bench/heldout187/make_heldout187_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout187/make_heldout187_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only, null
for what a layout does not print (units null where no quantity is printed for the line; modifiers [] where none
are printed); claim_id = the provider's own account / patient-control / invoice / visit number, payer_claim_id =
the payer's claim number / ICN / TCN, patient exactly as printed (the person served, never the subscriber /
guarantor unless the same person). Claims carry the printed claim totals ("totals"), null where none is printed.
Adjustments only where a group + reason code is printed with the line; remarks = the remark / note / EOB codes
printed on the line. Statement "insurance adjustment" write-off columns are recorded as discount. No planted
mismatch in this set (expected_findings empty). Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). Helper kit: bench/heldout187/h187kit.py.

Layouts:
  a1  commercial member EOB, portrait core Helvetica: shaded claim bands per family member ("Claim for ...
      Claim # ... Provider account #"), "Service date / Service / Billed / Plan discount / Plan allowance / Not
      covered / Deductible / Copay / Coinsurance / Plan paid / Your responsibility / Remark", code and modifiers
      "97530 GO", no units, a denied line, claim continued on page 2 with header repeated, remark legend (reportlab)
  a2  commercial member EOB, landscape DejaVu Sans Condensed, left sidebar with deductible / out-of-pocket meters,
      "What was done / Units / Provider billed / Plan's price / Plan paid / You may owe / Notes", code glued
      "97110-GP", 3 family members, two-line wrapped descriptions (fpdf2)
  b1  Medicare Summary Notice Part B, portrait DejaVu Sans: "Service Provided & Billing Code / Did Medicare
      Approve? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be
      Billed / See Notes", code in parentheses after the words, no units, no modifiers, one provider's claim
      running on to page 2 with "(continued)", notes section, denied service (reportlab)
  b2  Medicare Advantage member EOB, portrait Liberation Serif: "Date / Service / Code / Provider charged / Plan
      approved / Plan paid / Your share / Note", "Jan 5, 2026" dates, modifiers in the code cell "97112 GP KX",
      claim-level status lines, denied claim, plan-year summary (fpdf2)
  c1  state Medicaid remittance advice, landscape core Courier: mainframe RA with PAID / DENIED / ADJUSTED
      sections, recipient name and ID, ICN and patient account on a claim row, detail rows with FROM/TO DOS
      (mmddyy), PROC MOD UNITS BILLED ALLOWED TPL COPAY PAID EOB, reversal with trailing minus, header repeated
      on every page, claim continued onto page 2 (reportlab)
  c2  state Medicaid remittance advice, portrait DejaVu Sans: boxed claim headers (Member / Member ID / TCN /
      Patient Acct), numbered detail lines "Ln / DOS / Procedure / Mods / Units / Charged / Allowed / Grp-CARC /
      Adj Amt / Paid / Status / EOB", payment summary, EOB legend (fpdf2)
  d1  Medicare-style standard paper remit from a clearinghouse, portrait core Courier: "PERF PROV SERV DATE POS
      NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", NAME / HIC / ACNT / ICN / ASG / MOA claim
      lines, second adjustment on its own row, PT RESP and CLAIM TOTALS rows, claim continued over the page (reportlab)
  d2  practice-management ERA print, landscape Liberation Sans Narrow, full cell grid: patient and account on
      every row, "Payer ICN / DOS / CPT / Mod / Qty / Charge / Allowed / Deduct / Coins / Adj (Grp Rsn Amt) /
      Paid / RARC", adjustments listed in one cell, a reversal claim in parentheses and its correction (fpdf2)
  e1  therapy clinic family statement, portrait DejaVu Serif: tear-off remittance stub, guarantor with three
      children, visit heading rows ("Visit V... - insurer claim ..."), "Date / Patient / Code / Description /
      Charges / Ins. Paid / Ins. Adj. / Balance", patient payments as non-service rows, aging, page 2 (reportlab)
  e2  hospital outpatient statement to a family, portrait core Helvetica: one hospital account per family member,
      "Date / Rev / HCPCS / Mod / Description / Qty / Charges / Insurance Paid / Adjustments / You Owe", account
      totals, insurance summary, account continues on page 2 without a repeated header (fpdf2)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier and units value
is on ONE text row of its page (pdfplumber), dates, remarks and adjustment codes/amounts on the page, ids and
patients in the document's text, the page count matches, and the documents' own arithmetic holds (billed -
discount - not covered = allowed where printed; allowed - deductible - copay - coinsurance = paid where printed;
billed - adjustments = paid where every adjustment prints with its amount; claim totals = sum of lines).
"""

from __future__ import annotations

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
from eobgen import PlanState, Svc, claim_totals, dfmt, money, total, truth_line, write_truth  # noqa: E402
from h187kit import Doc, Flow, check_folder  # noqa: E402

G.FEE.update({"97533": "98.00", "97162": "235.00", "97164": "140.00", "99203": "210.00", "97018": "40.00"})
G.SCHED.update({"97533": "38.12", "97162": "101.12", "97164": "68.90", "99203": "109.35", "97018": "4.92"})
G.DESC.update({"97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity",
               "97164": "PT re-evaluation", "99203": "New patient office visit", "97018": "Paraffin bath"})

D = date
Z = Decimal("0.00")
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def cm(svcs, st, deny=None):
    return [G.commercial(s, st, deny or "204") for s in svcs]


def short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "."


def wrap(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return out + [cur]


# =============================================================================================== a1
def a1(out: Path):
    doc = Doc(*LETTER, "helvetica")
    lines, claims = [], []
    cols = [("Service date", 40, "l"), ("Service", 92, "l"), ("Billed", 218, "r"), ("Plan\ndiscount", 258, "r"),
            ("Plan\nallowance", 300, "r"), ("Not\ncovered", 338, "r"), ("Deduct-\nible", 376, "r"),
            ("Copay", 410, "r"), ("Coinsur-\nance", 450, "r"), ("Plan\npaid", 490, "r"),
            ("Your\nresponsibility", 540, "r"), ("Remark", 548, "l")]

    def furn(d, p):
        d.t(40, 40, "CASCADE RIDGE HEALTH PLAN", 13, True)
        d.t(40, 52, "Member Services 1-888-555-0147  |  TTY 711  |  cascaderidgehp.example", 7.5)
        d.t(572, 40, "EXPLANATION OF BENEFITS", 11, True, "r")
        d.t(572, 52, "THIS IS NOT A BILL", 8, True, "r")
        d.ln(40, 58, 572, 58, 1.2)
        d.t(306, 770, f"Subscriber ID XQR 448 207 316  -  Statement date 02/03/2026  -  Page {p} of {{NPAGES}}", 7, False, "c")

    def hdr(d, y):
        d.box(40, y, 532, 22, 0, 0.88)
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                d.t(x + (0 if al == "l" else 0), y + 9 + 8 * k, part, 6.5, True, al)
        return y + 26

    fl = Flow(doc, 66, 730, furn)
    fl.start()
    d = doc
    d.t(40, 80, "Prepared for:", 8, True)
    for k, s in enumerate(["ROWAN TEAGARDEN", "1187 Larchmont Terrace", "Ashby Falls, OR 97399"]):
        d.t(40, 92 + 10 * k, s, 8)
    d.t(330, 80, "Your plan: Cascade Ridge Choice PPO 2500", 8, True)
    d.t(330, 92, "Group: Fairlight Mills Cooperative  (GRP 60218)", 8)
    d.t(330, 102, "Claims processed 01/12/2026 through 01/30/2026", 8)
    fl.y = 130
    st = PlanState(ded_left=Decimal("180.00"), copay_codes={"97530": Decimal("30.00")})
    fam = [
        ("Rowan Teagarden", "Self", "CR26011904417", "RT-20931", "Harborview Therapy Partners",
         [Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 8), "97110", 3, ("GP",)),
          Svc(D(2026, 1, 13), "97530", 2, ("GP",)), Svc(D(2026, 1, 13), "97112", 1, ("GP",)),
          Svc(D(2026, 1, 15), "G0283", 1, ("GP",)), Svc(D(2026, 1, 15), "97140", 2, ("GP",))]),
        ("Ellis Teagarden", "Child", "CR26012200871", "ET-20977", "Little Oaks Pediatric OT",
         [Svc(D(2026, 1, 9), "97166", 1, ("GO",)), Svc(D(2026, 1, 9), "97533", 2, ("GO",)),
          Svc(D(2026, 1, 16), "97530", 3, ("GO",)), Svc(D(2026, 1, 16), "0552T", 1, (), denied="PR")]),
        ("Juniper Teagarden", "Spouse", "CR26012700302", None, "Meridian Speech Studio",
         [Svc(D(2026, 1, 20), "92523", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
        ("Posy Teagarden", "Child", "CR26012400655", "PT-21014", "Little Oaks Pediatric OT",
         [Svc(D(2026, 1, d), c, u, ("GO",)) for d, c, u in
          ((6, "97167", 1), (6, "97533", 2), (8, "97530", 3), (8, "97535", 1), (13, "97530", 2), (13, "97533", 2),
           (15, "97530", 3), (20, "97535", 2), (20, "97530", 2), (22, "97533", 2), (27, "97530", 3),
           (29, "97168", 1))]),
    ]
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    remark_of = {"45": "A1", "204": "N7"}
    for pat, rel, pcn, acct, prov, svcs in fam:
        cm(svcs, st)
        y = fl.need(30)
        d.box(40, y, 532, 26, 0.6, 0.95)
        d.t(44, y + 10, f"Claim for: {pat} ({rel})", 8.5, True)
        d.t(44, y + 21, f"Provider: {prov}   In-network", 7.5)
        d.t(568, y + 10, f"Claim # {pcn}", 8, True, "r")
        d.t(568, y + 21, f"Provider account # {acct}" if acct else "Received 01/26/2026", 7.5, False, "r")
        fl.y = hdr(d, fl.y)

        def cont(dd, yy, pat=pat, pcn=pcn):
            dd.t(40, yy + 8, f"Claim for: {pat}  -  Claim # {pcn} (continued)", 8, True)
            return hdr(dd, yy + 14)

        fl.cont_hook = cont
        for s in svcs:
            y = fl.need(13) + 9
            rm = "N7" if s.denied else ("C3" if s.copay else "A1")
            vals = [dfmt(s.dos, "mdy4"), f"{s.code} {' '.join(s.mods)}".strip(), s.billed, s.discount, s.allowed,
                    s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid, s.owes, rm]
            for (h, x, al), v in zip(cols, vals, strict=True):
                d.t(x, y, money(v, ",") if isinstance(v, Decimal) else v, 7.2, False, al)
            d.ln(40, y + 3.5, 572, y + 3.5, 0.2)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=pcn, patient=pat, printed=printed,
                                    units=False, remarks=[rm], description=False))
        fl.cont_hook = None
        y = fl.need(16) + 10
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        d.t(92, y, "Claim totals", 7.5, True)
        for x, v in ((218, tb), (300, ta), (490, tp), (540, to)):
            d.t(x, y, money(v, "$"), 7.5, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 8
    y = fl.need(70) + 10
    d.t(40, y, "Remark codes", 8.5, True)
    for k, s in enumerate(["A1  Your plan's contracted rate with this provider applies; the difference is not yours to pay.",
                           "C3  A fixed copay applies to this therapy service under your plan.",
                           "N7  This plan does not cover this service; ask your provider about costs before treatment."]):
        d.t(40, y + 12 + 10 * k, s, 7)
    d.t(40, y + 50, "Questions or an appeal: you have 180 days from this statement to ask us to review a decision.", 7)
    doc.render_rl(out / "a1.pdf", "Explanation of Benefits")
    return doc, lines, claims, "reportlab", "commercial member EOB, family claim bands"


# =============================================================================================== a2
def a2(out: Path):
    doc = Doc(*LAND, "dejavucond")
    lines, claims = [], []
    X0 = 214
    cols = [("Date", X0, "l"), ("What was done", X0 + 46, "l"), ("Units", X0 + 300, "r"),
            ("Provider billed", X0 + 362, "r"), ("Plan's price", X0 + 414, "r"), ("Plan paid", X0 + 464, "r"),
            ("You may owe", X0 + 516, "r"), ("Notes", X0 + 526, "l")]

    def furn(d, p):
        d.box(24, 24, 172, 564, 0, 0.93)
        d.t(32, 46, "Brightwater", 16, True)
        d.t(32, 60, "Mutual Health", 11)
        d.t(32, 84, "Your Claims Update", 10, True)
        d.t(32, 96, "Member: Delphine Okonkwo-Reyes", 7.5)
        d.t(32, 106, "Member ID: BWM 7730-0415-22", 7.5)
        d.t(32, 116, "Plan: Brightwater Silver HMO 40", 7.5)
        d.t(32, 126, "Period: January 1-31, 2026", 7.5)
        d.t(32, 150, "Family deductible", 8, True)
        d.box(32, 156, 150, 8, 0.4)
        d.box(32, 156, 104, 8, 0, 0.55)
        d.t(32, 174, "$1,385.00 of $2,000.00 met", 7)
        d.t(32, 196, "Family out-of-pocket max", 8, True)
        d.box(32, 202, 150, 8, 0.4)
        d.box(32, 202, 38, 8, 0, 0.55)
        d.t(32, 220, "$1,712.40 of $9,000.00 met", 7)
        d.t(32, 250, "This is not a bill.", 8, True)
        for k, s in enumerate(["Your provider may send a bill", "for the amount under", "'You may owe'."]):
            d.t(32, 262 + 10 * k, s, 7)
        d.t(32, 560, "Questions? 1-877-555-0199", 7)
        d.t(32, 570, f"Page {p} of {{NPAGES}}", 7)
        d.t(X0, 42, "Claims we processed", 13, True)
        d.ln(X0, 48, 768, 48, 0.8)

    def hdr(d, y):
        for h, x, al in cols:
            d.t(x, y + 8, h, 7, True, al)
        d.ln(X0, y + 12, 768, y + 12, 0.5)
        return y + 16

    fl = Flow(doc, 60, 580, furn)
    fl.start()
    st = PlanState(ded_left=Decimal("115.00"), coins_rate=Decimal("0.30"))
    fam = [
        ("Delphine Okonkwo-Reyes", "BW-2601-88123", "Sandpiper Hand & Upper Limb Clinic",
         [Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97760", 1, ("GO",), desc=G.LONG_DESC["97760"]),
          Svc(D(2026, 1, 5), "L3807", 1, ("RT",), desc=G.LONG_DESC["L3807"]), Svc(D(2026, 1, 12), "97110", 2, ("GO",))]),
        ("Mateo Okonkwo-Reyes", "BW-2601-90457", "Tidewater Kids Therapy",
         [Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "97535", 2, ("GO", "59"),
                                                           desc=G.LONG_DESC["97535"])]),
        ("Ines Okonkwo-Reyes", "BW-2601-93310", "Tidewater Kids Therapy",
         [Svc(D(2026, 1, 8), "97167", 1, ("GO",)), Svc(D(2026, 1, 15), "97530", 3, ("GO",)),
          Svc(D(2026, 1, 15), "97533", 2, ("GO",)), Svc(D(2026, 1, 22), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 22), "97129", 1, ("GO",), denied="CO")]),
    ]
    printed = ("billed", "allowed", "paid", "patient_owes")
    for pat, pcn, prov, svcs in fam:
        cm(svcs, st, deny="96")
        y = fl.need(30)
        d = doc
        d.t(X0, y + 12, pat, 10, True)
        d.t(X0 + 200, y + 12, f"Claim {pcn}  -  {prov}", 8)
        fl.y = hdr(d, y + 14)
        fl.cont_hook = lambda dd, yy, pat=pat, pcn=pcn: hdr(dd, yy + 4)
        for s in svcs:
            parts = wrap(s.desc, 42)
            y = fl.need(11 * len(parts) + 3) + 9
            note = "X2" if s.denied else ("D1" if s.deductible else "")
            vals = [dfmt(s.dos, "mdy2"), f"{parts[0]}", G.units_str(s.units), s.billed, s.allowed, s.paid, s.owes, note]
            for (h, x, al), v in zip(cols, vals, strict=True):
                d.t(x, y, money(v, "$") if isinstance(v, Decimal) else v, 7.5, False, al)
            d.t(X0 + 46 + 178, y, f"{s.code}-{'-'.join(s.mods)}", 7.5)
            for k, p in enumerate(parts[1:]):
                d.t(X0 + 52, y + 11 * (k + 1), p, 7.5)
            lines.append(truth_line(doc.pno, s, claim_id=None, payer_claim_id=pcn, patient=pat, printed=printed,
                                    remarks=[note] if note else []))
        fl.cont_hook = None
        y = fl.need(18) + 10
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        d.ln(X0 + 310, y - 8, 768, y - 8, 0.4)
        d.t(X0 + 46, y, "Claim total", 7.5, True)
        for x, v in ((X0 + 362, tb), (X0 + 414, ta), (X0 + 464, tp), (X0 + 516, to)):
            d.t(x, y, money(v, "$"), 7.5, True, "r")
        claims.append({"claim_id": None, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 6
    y = fl.need(40) + 10
    doc.t(X0, y, "Notes", 8.5, True)
    doc.t(X0, y + 11, "D1  Part of the plan's price went toward your deductible.", 7)
    doc.t(X0, y + 21, "X2  The plan does not pay for this service; the provider agreed not to bill you for it.", 7)
    doc.render_fp(out / "a2.pdf", "Claims update")
    return doc, lines, claims, "fpdf2", "commercial member EOB with sidebar"


# =============================================================================================== b1
def b1(out: Path):
    doc = Doc(*LETTER, "dejavu")
    lines, claims = [], []
    patient = "HAROLD P. WINTERBOURNE"
    cols = [("Service Provided & Billing Code", 44, "l"), ("Did\nMedicare\nApprove?", 288, "c"),
            ("Amount\nProvider\nCharged", 360, "r"), ("Medicare-\nApproved\nAmount", 420, "r"),
            ("Medicare\nPaid\nProvider", 478, "r"), ("Maximum\nYou May\nBe Billed", 536, "r"), ("See\nNotes", 560, "l")]

    def furn(d, p):
        d.t(44, 44, "Medicare Summary Notice for Part B (Medical Insurance)", 12, True)
        d.t(44, 58, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7)
        d.t(44, 72, f"{patient}", 8, True)
        d.t(300, 72, "Medicare Number XXXXXXX4JK7", 8)
        d.ln(44, 78, 568, 78, 1)
        d.t(306, 772, f"Page {p} of {{NPAGES}}", 7.5, False, "c")

    def hdr(d, y):
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                d.t(x, y + 8 + 8 * k, part, 6.8, True, al)
        d.ln(44, y + 30, 568, y + 30, 0.6)
        return y + 34

    fl = Flow(doc, 88, 740, furn)
    fl.start()
    d = doc
    d.t(44, 100, "Your Claims & Costs This Period", 11, True)
    d.t(44, 114, "Did Medicare approve all services?  NO - Medicare denied 1 service. See claims below.", 8)
    d.t(44, 126, "Total you may be billed: see each claim.  Your deductible status: $283.00 of $283.00 met for 2026.", 8)
    d.t(44, 138, "Claims processed between December 15, 2025 and March 14, 2026.", 8)
    fl.y = 150
    st = PlanState(ded_left=Decimal("61.40"))
    provs = [
        ("Fernlea Family Medicine", "01-26021-337-1150", D(2026, 1, 26), [Svc(D(2026, 1, 13), "99213", 1)]),
        ("Northgate Speech & Swallow Center", "01-26030-604-2298", D(2026, 2, 3),
         [Svc(D(2026, 1, 21), "92526", 1), Svc(D(2026, 1, 28), "92526", 1)]),
        ("Quarry Hill Rehabilitation Services", "01-26014-881-0472", D(2026, 1, 20),
         [Svc(D(2026, 1, 5), "97161", 1), Svc(D(2026, 1, 5), "97110", 2), Svc(D(2026, 1, 7), "97110", 2),
          Svc(D(2026, 1, 7), "97140", 1), Svc(D(2026, 1, 9), "97112", 2), Svc(D(2026, 1, 9), "97530", 1),
          Svc(D(2026, 1, 12), "97110", 2), Svc(D(2026, 1, 12), "97116", 1), Svc(D(2026, 1, 14), "97112", 1),
          Svc(D(2026, 1, 14), "G0283", 1), Svc(D(2026, 1, 16), "97110", 3), Svc(D(2026, 1, 16), "0552T", 1, denied="PR"),
          Svc(D(2026, 1, 19), "97140", 2), Svc(D(2026, 1, 19), "97530", 2), Svc(D(2026, 1, 21), "97110", 2),
          Svc(D(2026, 1, 21), "97112", 1), Svc(D(2026, 1, 23), "97110", 2), Svc(D(2026, 1, 23), "97140", 1),
          Svc(D(2026, 1, 26), "97530", 2), Svc(D(2026, 1, 26), "97116", 1), Svc(D(2026, 1, 28), "97110", 2),
          Svc(D(2026, 1, 28), "97112", 2), Svc(D(2026, 1, 30), "97164", 1)]),
    ]
    printed = ("billed", "allowed", "paid", "patient_owes")
    for prov, icn, recv, svcs in provs:
        for s in svcs:
            G.medicare(s, st, deny_reason="96")
        y = fl.need(40)
        d.box(44, y + 2, 524, 30, 0.5, 0.92)
        d.t(48, y + 14, prov, 9, True)
        d.t(48, y + 26, f"Claim Number: {icn}   Received: {dfmt(recv, 'mon')}", 7.5)
        fl.y = hdr(d, y + 34)
        fl.cont_hook = lambda dd, yy, prov=prov, icn=icn: hdr(dd, dd.t(44, yy + 10, f"{prov} (continued)", 9, True)
                                                             or yy + 14)
        last = None
        for s in svcs:
            if s.dos != last:
                y = fl.need(12) + 9
                d.t(44, y, dfmt(s.dos, "mon"), 7.5, True)
                last = s.dos
            y = fl.need(12) + 9
            note = "C" if s.denied else ("A" if s.deductible else "B")
            vals = [f"{s.desc} ({s.code})", "No" if s.denied else "Yes", s.billed, s.allowed, s.paid, s.owes, note]
            for (h, x, al), v in zip(cols, vals, strict=True):
                d.t(x + (6 if al == "l" and x == 44 else 0), y, money(v, "$") if isinstance(v, Decimal) else v, 7.3,
                    False, al)
            lines.append(truth_line(doc.pno, s, claim_id=None, payer_claim_id=icn, patient=patient, printed=printed,
                                    units=False, modifiers=False, remarks=[note]))
        fl.cont_hook = None
        y = fl.need(16) + 11
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        d.ln(300, y - 9, 568, y - 9, 0.4)
        d.t(44, y, "Total for this claim", 7.8, True)
        for x, v in ((360, tb), (420, ta), (478, tp), (536, to)):
            d.t(x, y, money(v, "$"), 7.8, True, "r")
        claims.append({"claim_id": None, "payer_claim_id": icn, "patient": patient,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 10
    y = fl.need(80) + 10
    d.t(44, y, "Notes for Claims Above", 10, True)
    for k, s in enumerate(["A  This approved amount was applied toward your yearly Part B deductible.",
                           "B  Medicare pays 80% of the approved amount; you may be billed the remaining 20%.",
                           "C  Medicare does not pay for this service because it is not considered proven care.",
                           "   Because the provider gave you written notice first, you may be billed for it."]):
        d.t(44, y + 14 + 11 * k, s, 7.5)
    y = fl.need(60) + 10
    d.t(44, y, "How to handle denials or file an appeal", 10, True)
    d.t(44, y + 14, "If you disagree with a coverage decision, you may file an appeal within 120 days of the date", 7.5)
    d.t(44, y + 25, "you get this notice. Circle the items you disagree with and send this page to the address shown.", 7.5)
    doc.render_rl(out / "b1.pdf", "Medicare Summary Notice")
    return doc, lines, claims, "reportlab", "Medicare Summary Notice Part B"


# =============================================================================================== b2
def b2(out: Path):
    doc = Doc(*LETTER, "libserif")
    lines, claims = [], []
    patient = "Constance M. Abernathy-Lowe"
    cols = [("Date", 40, "l"), ("Service", 98, "l"), ("Code", 268, "l"), ("Provider\ncharged", 376, "r"),
            ("Plan\napproved", 428, "r"), ("Plan\npaid", 480, "r"), ("Your\nshare", 530, "r"), ("Note", 540, "l")]

    def furn(d, p):
        d.t(40, 44, "Evergreen Senior Advantage (HMO-POS)", 13, True)
        d.t(40, 58, "A Medicare Advantage plan offered by Evergreen Coastal Health Co.", 8)
        d.t(572, 44, "Explanation of Benefits", 12, True, "r")
        d.t(572, 58, "for January 2026", 9, False, "r")
        d.ln(40, 64, 572, 64, 0.8)
        d.t(40, 770, f"{patient}  |  Member ID E0M-55120-7730  |  Page {p} of {{NPAGES}}", 7.5)

    def hdr(d, y):
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                d.t(x, y + 8 + 9 * k, part, 7.5, True, al)
        d.ln(40, y + 21, 572, y + 21, 0.5)
        return y + 25

    fl = Flow(doc, 76, 740, furn)
    fl.start()
    d = doc
    d.t(40, 88, "Dear Constance M. Abernathy-Lowe,", 9)
    d.t(40, 101, "This notice explains the medical services your plan processed last month. It is not a bill.", 9)
    d.box(40, 110, 532, 46, 0.6)
    d.t(48, 124, "Your plan-year totals", 9, True)
    d.t(48, 137, "Total cost of your covered care so far: $1,904.77", 8.5)
    d.t(48, 149, "Out-of-pocket maximum: $612.30 of $4,900.00 reached", 8.5)
    fl.y = 166
    st = PlanState(copay_codes={c: Decimal("25.00") for c in ("97110", "97112", "97140", "97530", "97168", "97535",
                                                               "99213")})
    rows = [
        ("Willowmere Outpatient Rehab", "EV2601-0445310", "Processed - payment sent to provider",
         [Svc(D(2026, 1, 6), "97168", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO",)),
          Svc(D(2026, 1, 13), "97110", 2, ("GO",)), Svc(D(2026, 1, 13), "97112", 1, ("GO", "KX")),
          Svc(D(2026, 1, 20), "97530", 2, ("GO", "CO")), Svc(D(2026, 1, 20), "97140", 1, ("GO", "CO"))]),
        ("Dr. Anselm Fairweather", "EV2601-0450018", "Processed - payment sent to provider",
         [Svc(D(2026, 1, 9), "99213", 1)]),
        ("Willowmere Outpatient Rehab", "EV2601-0462271", "Denied - prior authorization was not on file",
         [Svc(D(2026, 1, 27), "97112", 2, ("GO", "KX"), denied="CO"), Svc(D(2026, 1, 27), "97018", 1, ("GO",),
                                                                        denied="CO")]),
    ]
    printed = ("billed", "allowed", "paid", "patient_owes")
    for prov, pcn, status, svcs in rows:
        for s in svcs:
            G.commercial(s, st)
        y = fl.need(34)
        d.t(40, y + 12, f"Provider: {prov}", 9.5, True)
        d.t(572, y + 12, f"Claim ID {pcn}", 8.5, False, "r")
        d.t(40, y + 24, f"Claim status: {status}", 8)
        fl.y = hdr(d, y + 28)
        for s in svcs:
            parts = wrap(s.desc, 30)
            y = fl.need(11 * len(parts) + 2) + 9
            note = "PA" if s.denied else ("CP" if s.copay else "")
            vals = [dfmt(s.dos, "mon"), parts[0], " ".join((s.code,) + s.mods), s.billed, s.allowed, s.paid,
                    s.owes, note]
            for (h, x, al), v in zip(cols, vals, strict=True):
                d.t(x, y, money(v, "$") if isinstance(v, Decimal) else v, 8, False, al)
            for k, p in enumerate(parts[1:]):
                d.t(98, y + 11 * (k + 1), p, 8)
            lines.append(truth_line(doc.pno, s, claim_id=None, payer_claim_id=pcn, patient=patient, printed=printed,
                                    units=False, remarks=[note] if note else []))
        y = fl.need(18) + 11
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        d.ln(330, y - 9, 572, y - 9, 0.4)
        d.t(268, y, "Claim totals", 8, True)
        for x, v in ((376, tb), (428, ta), (480, tp), (530, to)):
            d.t(x, y, money(v, "$"), 8, True, "r")
        claims.append({"claim_id": None, "payer_claim_id": pcn, "patient": patient,
                       "totals": claim_totals(tb, ta, tp, to)})
        fl.y += 12
    y = fl.need(60) + 8
    d.t(40, y, "Notes", 9.5, True)
    d.t(40, y + 13, "CP  A $25.00 copay applies to each of these therapy services.", 8)
    d.t(40, y + 25, "PA  The plan needed approval before this care. Your provider cannot bill you for it.", 8)
    d.t(40, y + 37, "To ask for a coverage decision or an appeal, call Member Services at 1-866-555-0182 (TTY 711).", 8)
    # force a second page: the plan's notices page
    doc.new_page()
    furn(doc, 2)
    doc.t(40, 90, "Important information about your rights", 11, True)
    for k, s in enumerate(["You have the right to ask for a review of any decision on this notice.",
                           "Make your request in writing within 65 days of the date of this notice.",
                           "Evergreen Coastal Health Co., Appeals Unit, PO Box 40917, Harlan Bay, WA 98399.",
                           "Help in other languages is available at no cost. Call the number on your ID card."]):
        doc.t(40, 110 + 13 * k, s, 9)
    doc.render_fp(out / "b2.pdf", "Medicare Advantage EOB")
    return doc, lines, claims, "fpdf2", "Medicare Advantage member EOB"


# =============================================================================================== c1
def c1(out: Path):
    doc = Doc(*LAND, "courier")
    lines, claims = [], []
    F = 7.2
    cw = F * 0.6  # courier advance

    def col(n):
        return 28 + n * cw

    def furn(d, p):
        d.t(col(0), 30, "STATE OF NORTH PLAINS DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", F, True)
        d.t(col(0), 40, "REMITTANCE ADVICE", F, True)
        d.t(col(120), 30, f"RUN DATE 02/06/26   PAGE {p:4d}", F)
        d.t(col(120), 40, "RA NUMBER 0004417268", F)
        d.t(col(0), 54, "PROVIDER: BLUESTEM PEDIATRIC THERAPY LLC        NPI 1730496652   PAYEE ID 000398114", F)
        d.t(col(0), 64, "          2210 PRAIRIE VIEW RD STE 4, KESTREL CITY NP 58599      WARRANT 88120457", F)

    H = (f"{'RECIPIENT NAME':<24} {'RECIP ID':<12} {'ICN':<16} {'PAT ACCT':<11} {'FROM':<6} {'TO':<6} "
         f"{'PROC':<5} {'MOD':<6}{'UNITS':>6}{'BILLED':>11}{'ALLOWED':>11}{'TPL':>9}{'COPAY':>9}{'PAID':>11}  EOB")

    def hdr(d, y):
        d.t(col(0), y + 8, H, F, True)
        d.t(col(0), y + 16, "-" * len(H), F)
        return y + 22

    fl = Flow(doc, 72, 580, furn, hdr)
    fl.start()
    d = doc

    def m(v):
        return money(v, ",", "trail")

    data = {
        "PAID CLAIMS": [
            ("QUILLFEATHER, NOAH", "700288145", "2026031004110", "BPT-55102",
             [Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 7), "97530", 4, ("GO",)),
              Svc(D(2026, 1, 9), "97530", 4, ("GO",)), Svc(D(2026, 1, 12), "97533", 3, ("GO",)),
              Svc(D(2026, 1, 14), "97530", 4, ("GO",)), Svc(D(2026, 1, 16), "97112", 2, ("GO",)),
              Svc(D(2026, 1, 19), "97530", 4, ("GO",)), Svc(D(2026, 1, 21), "97533", 3, ("GO",)),
              Svc(D(2026, 1, 23), "97530", 3, ("GO",)), Svc(D(2026, 1, 26), "97535", 2, ("GO",)),
              Svc(D(2026, 1, 28), "97530", 4, ("GO",)), Svc(D(2026, 1, 30), "97112", 2, ("GO",))]),
            ("QUILLFEATHER, AVA", "700288146", "2026031004111", "BPT-55103",
             [Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
              Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
            ("HOLLISTER-BAYNE, JUNE", "702210598", "2026031004152", "BPT-55121",
             [Svc(D(2026, 1, d), c, u, ("GO",)) for d, c, u in
              ((5, "97166", 1), (6, "97530", 3), (7, "97533", 2), (8, "97530", 3), (9, "97535", 2),
               (12, "97530", 4), (13, "97533", 2), (14, "97530", 3), (15, "97112", 2), (16, "97530", 3),
               (19, "97533", 2), (20, "97530", 4), (21, "97535", 2), (22, "97530", 3), (23, "97112", 2),
               (26, "97530", 4), (27, "97533", 3), (28, "97530", 3))]),
            ("MARROWDALE, SILAS", "701955320", "2026031004187", "BPT-55140",
             [Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")),
              Svc(D(2026, 1, 15), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97116", 2, ("GP",))]),
        ],
        "DENIED CLAIMS": [
            ("TEMPLETON-ORR, WREN", "703004471", "2026031004203", "BPT-55166",
             [Svc(D(2026, 1, 10), "97167", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 10), "97760", 1, ("GO",),
                                                                         denied="CO")]),
        ],
    }
    printed = ("billed", "allowed", "paid")
    eobs = {"PAID CLAIMS": "0312", "DENIED CLAIMS": "1044"}
    grand = Z
    for sect, cl in data.items():
        y = fl.need(16) + 10
        d.t(col(0), y, f"*** CLAIM STATUS: {sect} ***", F, True)
        for name, rid, icn, acct, svcs in cl:
            for s in svcs:
                G.medicaid(s, deny_reason="197")
            fl.cont_hook = lambda dd, yy, name=name, icn=icn: (dd.t(col(0), yy + 8, f"{name} ICN {icn} CONTINUED",
                                                                    F) or yy + 12)
            first = True
            for s in svcs:
                y = fl.need(10) + 8
                eob = eobs[sect] if not s.denied else "1044"
                if s.paid and s.paid < s.billed:
                    eob = "0312"
                head = f"{name:<24} {rid:<12} {icn:<16} {acct:<11} " if first else " " * 67
                first = False
                row = (f"{head}{dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code:<5} {' '.join(s.mods):<6}"
                       f"{G.units_str(s.units):>6}{m(s.billed):>11}{m(s.allowed):>11}{m(Z):>9}{m(Z):>9}"
                       f"{m(s.paid):>11}  {eob}")
                d.t(col(0), y, row, F)
                lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                        printed=printed, remarks=[eob]))
            fl.cont_hook = None
            y = fl.need(12) + 8
            tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
            grand += tp
            d.t(col(67), y, f"{'CLAIM TOTAL':<32}{m(tb):>11}{m(ta):>11}{m(Z):>9}{m(Z):>9}{m(tp):>11}", F, True)
            claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                           "totals": claim_totals(tb, ta, tp, None)})
            fl.y += 4
    # adjusted claims: reversal of an earlier paid claim and its replacement
    y = fl.need(16) + 10
    d.t(col(0), y, "*** CLAIM STATUS: ADJUSTED CLAIMS (ORIGINAL ICN 2025358007712) ***", F, True)
    orig = [G.medicaid(Svc(D(2025, 12, 15), "97110", 2, ("GP",))), G.medicaid(Svc(D(2025, 12, 15), "97140", 1, ("GP",)))]
    rev = [G.negate(s) for s in orig]
    new = [G.medicaid(Svc(D(2025, 12, 15), "97110", 3, ("GP",))), G.medicaid(Svc(D(2025, 12, 15), "97140", 1, ("GP",)))]
    for icn, svcs, eob in (("2026031005501", rev, "0901"), ("2026031005502", new, "0902")):
        first = True
        for s in svcs:
            y = fl.need(10) + 8
            head = f"{'MARROWDALE, SILAS':<24} {'701955320':<12} {icn:<16} {'BPT-54877':<11} " if first else " " * 67
            first = False
            row = (f"{head}{dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code:<5} {' '.join(s.mods):<6}"
                   f"{G.units_str(s.units):>6}{m(s.billed):>11}{m(s.allowed):>11}{m(Z):>9}{m(Z):>9}"
                   f"{m(s.paid):>11}  {eob}")
            d.t(col(0), y, row, F)
            lines.append(truth_line(doc.pno, s, claim_id="BPT-54877", payer_claim_id=icn, patient="MARROWDALE, SILAS",
                                    printed=printed, remarks=[eob]))
        y = fl.need(12) + 8
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        grand += tp
        d.t(col(67), y, f"{'CLAIM TOTAL':<32}{m(tb):>11}{m(ta):>11}{m(Z):>9}{m(Z):>9}{m(tp):>11}", F, True)
        claims.append({"claim_id": "BPT-54877", "payer_claim_id": icn, "patient": "MARROWDALE, SILAS",
                       "totals": claim_totals(tb, ta, tp, None)})
        fl.y += 4
    y = fl.need(70) + 12
    d.t(col(0), y, f"PAYMENT SUMMARY      TOTAL PAID THIS RA {m(grand):>12}     WARRANT AMOUNT {m(grand):>12}", F, True)
    d.t(col(0), y + 14, "EOB CODE DESCRIPTIONS", F, True)
    for k, s in enumerate(["0312  PAID AT THE LOWER OF BILLED CHARGE OR PROGRAM FEE SCHEDULE",
                           "1044  SERVICE NEEDS PRIOR APPROVAL FROM THE DEPARTMENT - NONE ON FILE",
                           "0901  CLAIM REVERSED AT PROVIDER REQUEST - SEE REPLACEMENT",
                           "0902  REPLACEMENT CLAIM PROCESSED"]):
        d.t(col(0), y + 24 + 9 * k, s, F)
    doc.render_rl(out / "c1.pdf", "Remittance Advice")
    return doc, lines, claims, "reportlab", "state Medicaid RA (mainframe)"


# =============================================================================================== c2
def c2(out: Path):
    doc = Doc(*LETTER, "dejavu")
    lines, claims = [], []
    cols = [("Ln", 40, "l"), ("DOS", 56, "l"), ("Procedure", 106, "l"), ("Mods", 148, "l"), ("Units", 196, "r"),
            ("Charged", 248, "r"), ("Allowed", 296, "r"), ("Grp-CARC", 304, "l"), ("Adj Amt", 390, "r"),
            ("Paid", 438, "r"), ("Status", 446, "l"), ("EOB", 506, "l")]

    def furn(d, p):
        d.t(40, 40, "Silver Lakes Medicaid Health Coverage", 12, True)
        d.t(40, 52, "Provider Remittance Advice - Claim Detail", 9)
        d.t(572, 40, f"Payment date 01/30/2026   Page {p} of {{NPAGES}}", 7.5, False, "r")
        d.t(572, 52, "Remit ID SLM-RA-2026-004419", 7.5, False, "r")
        d.ln(40, 58, 572, 58, 1)
        d.t(40, 72, "Billing provider: Juniper Lane Speech & OT, 48 Orchard Row, Millbrook SL 40099   NPI 1508832216", 7.5)

    def hdr(d, y):
        for h, x, al in cols:
            d.t(x, y + 8, h, 6.8, True, al)
        d.ln(40, y + 11, 572, y + 11, 0.4)
        return y + 14

    fl = Flow(doc, 82, 750, furn)
    fl.start()
    d = doc
    data = [
        ("Pemberton, Calla R", "SL90448127", "26027000481", "JL-8841",
         [Svc(D(2026, 1, 6), "92507", 1, ("GN",)), Svc(D(2026, 1, 6), "92526", 1, ("GN",)),
          Svc(D(2026, 1, 13), "92507", 1, ("GN",)), Svc(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("Pemberton, Otis J", "SL90448128", "26027000482", "JL-8842",
         [Svc(D(2026, 1, 7), "97166", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 3, ("GO",)),
          Svc(D(2026, 1, 14), "97535", 1, ("GO",)), Svc(D(2026, 1, 21), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 21), "97150", 1, ("GO",), denied="CO")]),
        ("Vasquez-Hale, Noor", "SL91230066", "26027000519", "JL-8870",
         [Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92507", 1, ("GN",), denied="CO")]),
        ("Oyelaran, Tamsin", "SL92004318", "26027000530", "JL-8881",
         [Svc(D(2026, 1, d), c, u, ("GO",)) for d, c, u in
          ((5, "97165", 1), (7, "97530", 2), (9, "97533", 2), (12, "97530", 2), (14, "97535", 1),
           (16, "97530", 2), (21, "97533", 2), (23, "97530", 2), (26, "97535", 1), (28, "97530", 2))]),
        ("Brightman, Ezra", "SL90017752", "26027000544", "JL-8893",
         [Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "97112", 2, ("GP",)),
          Svc(D(2026, 1, 19), "97110", 2, ("GP",)), Svc(D(2026, 1, 19), "97140", 1, ("GP", "59")),
          Svc(D(2026, 1, 26), "97110", 2, ("GP",)), Svc(D(2026, 1, 26), "97112", 2, ("GP",)),
          Svc(D(2026, 1, 28), "97110", 2, ("GP",)), Svc(D(2026, 1, 28), "97140", 1, ("GP", "59")),
          Svc(D(2026, 1, 30), "97164", 1, ("GP",)), Svc(D(2026, 1, 30), "97110", 1, ("GP",))]),
    ]
    printed = ("billed", "allowed", "paid")
    grand = Z
    for name, mid, tcn, acct, svcs in data:
        for s in svcs:
            G.medicaid(s, deny_reason="B7" if s.code == "97150" else "119")
        y = fl.need(44)
        d.box(40, y + 2, 532, 24, 0.6, 0.9)
        d.t(44, y + 12, f"Member: {name}", 8, True)
        d.t(220, y + 12, f"Member ID: {mid}", 7.5)
        d.t(360, y + 12, f"TCN: {tcn}", 7.5)
        d.t(476, y + 12, f"Patient Acct: {acct}", 7.5)
        d.t(44, y + 22, "Claim type: Professional   Place of service: 11", 7)
        fl.y = hdr(d, y + 28)
        for i, s in enumerate(svcs, 1):
            y = fl.need(11) + 8
            g, c, a = s.adjs[0] if s.adjs else ("", "", None)
            eob = "E720" if s.denied else "E101"
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), G.units_str(s.units) + ".00",
                    money(s.billed, ","), money(s.allowed, ","), f"{g}-{c}" if g else "", money(a, ",") if a else "",
                    money(s.paid, ","), "Denied" if s.denied else "Paid", eob]
            for (h, x, al), v in zip(cols, vals, strict=True):
                d.t(x, y, v, 7.2, False, al)
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=tcn, patient=name, printed=printed,
                                    adjustments=s.adjs, remarks=[eob]))
        y = fl.need(16) + 10
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        grand += tp
        d.ln(200, y - 8, 572, y - 8, 0.4)
        d.t(106, y, "Claim totals", 7.4, True)
        for x, v in ((248, tb), (296, ta), (438, tp)):
            d.t(x, y, money(v, ","), 7.4, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name, "totals": claim_totals(tb, ta, tp)})
        fl.y += 8
    y = fl.need(90) + 10
    d.box(40, y, 260, 44, 0.6)
    d.t(46, y + 12, "Payment summary", 8.5, True)
    d.t(46, y + 24, f"Claims paid this cycle: {money(grand, '$')}", 7.5)
    d.t(46, y + 35, "EFT trace 1SLM0130260044", 7.5)
    d.t(320, y + 12, "EOB legend", 8.5, True)
    d.t(320, y + 24, "E101  Paid at the program's fee schedule amount", 7)
    d.t(320, y + 34, "E720  Service limit or coverage rule not met; not payable", 7)
    if doc.pno < 2:
        doc.new_page()
        furn(doc, 2)
        doc.t(40, 100, "No further claims on this remittance.", 8)
    doc.render_fp(out / "c2.pdf", "Remittance Advice")
    return doc, lines, claims, "fpdf2", "state Medicaid RA (boxed claims)"


# =============================================================================================== d1
def d1(out: Path):
    doc = Doc(*LETTER, "courier")
    lines, claims = [], []
    F = 7.0

    def furn(d, p):
        d.t(30, 30, "MEDICARE PART B  -  PROVIDER REMITTANCE (PRINTED BY CLEARPATH CLAIMS EXCHANGE)", F, True)
        d.t(30, 40, "PAYER: SOUTHLAND MEDICARE ADMINISTRATIVE SERVICES   JURISDICTION 15", F)
        d.t(30, 50, f"PROVIDER #: 7712049   CHECK/EFT #: 00051822617   DATE: 01/29/2026   PAGE #: {p} OF {{NPAGES}}", F)
        d.t(30, 60, "PAYEE: LANTERN POINT PHYSICAL & OCCUPATIONAL THERAPY", F)

    H1 = (f"{'PERF PROV':<11} {'SERV DATE':<13} POS NOS {'PROC':<5} {'MODS':<8} {'BILLED':>9} {'ALLOWED':>9} "
          f"{'DEDUCT':>9} {'COINS':>9}  {'GRP/RC-AMT':<16}  {'PROV PD':>9}")
    H2 = "NAME                      HIC               ACNT              ICN               ASG MOA"

    def hdr(d, y):
        d.t(30, y + 8, H1, F, True)
        d.t(30, y + 17, H2, F, True)
        d.t(30, y + 23, "_" * len(H1), F)
        return y + 30

    fl = Flow(doc, 66, 756, furn, hdr)
    fl.start()
    d = doc
    st = PlanState(ded_left=Decimal("40.00"))
    data = [
        ("ASHGROVE, BEATRICE", "1EG4TE5MK73", "LPT0098812", "0226028115470", "1740558821",
         [Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP", "KX")),
          Svc(D(2026, 1, 8), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")),
          Svc(D(2026, 1, 12), "97112", 2, ("GP", "KX")), Svc(D(2026, 1, 12), "97116", 1, ("GP",)),
          Svc(D(2026, 1, 15), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 15), "97530", 1, ("GP", "CQ")),
          Svc(D(2026, 1, 19), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 19), "97140", 1, ("GP", "CQ"))]),
        ("OKAFOR-LINDQVIST, DESMOND", "3RT7QW2HN41", "LPT0098830", "0226028115503", "1740558821",
         [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO",)),
          Svc(D(2026, 1, 13), "97530", 2, ("GO", "CO")), Svc(D(2026, 1, 13), "97535", 1, ("GO", "CO")),
          Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "0552T", 1, ("GO",), denied="CO")]),
        ("PRESCOTT, MAE", "5KL9PD3XA26", "LPT0098855", "0226028115539", "1982206417",
         [Svc(D(2026, 1, 9), "97162", 1, ("GP",)), Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 16), "97112", 2, ("GP",)), Svc(D(2026, 1, 16), "G0283", 1, ("GP",))]),
    ]
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    for name, hic, acnt, icn, npi, svcs in data:
        for s in svcs:
            G.medicare(s, st, deny_reason="96")
        y = fl.need(12) + 9
        d.t(30, y, f"NAME {name:<20} HIC {hic:<13} ACNT {acnt:<12} ICN {icn:<14} ASG Y MOA MA01", F)
        fl.cont_hook = lambda dd, yy, name=name, icn=icn: (dd.t(30, yy + 9, f"NAME {name} ICN {icn} (CONT)", F)
                                                            or yy + 12)
        for s in svcs:
            adjs = s.adjs
            y = fl.need(10 * max(1, len(adjs) - 0) + 1) + 8
            mods = " ".join(s.mods)

            def ga(a):
                return f"{a[0]}-{a[1]}".ljust(7) + f"{money(a[2], '', '-'):>9}"
            first = ga(adjs[0]) if adjs else " " * 16
            row = (f"{npi:<11} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} 11 {G.units_str(s.units):>3} {s.code:<5} "
                   f"{mods:<8} {money(s.billed, ''):>9} {money(s.allowed, ''):>9} {money(s.deductible, ''):>9} "
                   f"{money(s.coinsurance, ''):>9}  {first}  {money(s.paid, ''):>9}")
            d.t(30, y, row, F)
            for k, a in enumerate(adjs[1:], 1):
                d.t(30, y + 10 * k, " " * 89 + ga(a), F)
            rm = ["N640"] if s.denied else []
            if rm:
                d.t(30, y + 10 * len(adjs), f"{'':<12}REM: N640", F)
                fl.y += 10
            lines.append(truth_line(doc.pno, s, claim_id=acnt, payer_claim_id=icn, patient=name, printed=printed,
                                    adjustments=adjs, remarks=rm))
        fl.cont_hook = None
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        tdd, tco = total(svcs, "deductible"), total(svcs, "coinsurance")
        y = fl.need(22) + 9
        d.t(30, y, f"PT RESP {money(tdd + tco, ''):>9}", F)
        d.t(30, y + 10, f"{'CLAIM TOTALS':<47}{money(tb, ''):>9} {money(ta, ''):>9} {money(tdd, ''):>9} "
                        f"{money(tco, ''):>9}  {'':16}  {money(tp, ''):>9}", F)
        d.t(30, y + 10, "", F)
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tb, ta, tp, None)})
        fl.y += 4
    y = fl.need(50) + 10
    d.t(30, y, "TOTALS:  # OF CLAIMS 3    BILLED AMT / ALLOWED AMT / PROV PD SEE CLAIM TOTALS ABOVE", F, True)
    d.t(30, y + 12, "GLOSSARY: CO-45 CHARGE OVER FEE SCHEDULE. PR-1 DEDUCTIBLE. PR-2 COINSURANCE. CO-253 SEQUESTRATION.", F)
    d.t(30, y + 22, "          CO-96 NON-COVERED CHARGE. N640 EXCEEDS NUMBER/FREQUENCY APPROVED. MA01 APPEAL RIGHTS.", F)
    doc.render_rl(out / "d1.pdf", "Standard paper remit")
    return doc, lines, claims, "reportlab", "Medicare-style paper remit (clearinghouse)"


# =============================================================================================== d2
def d2(out: Path):
    doc = Doc(*LAND, "libnarrow")
    lines, claims = [], []
    cols = [("Patient", 24, 96), ("Acct #", 120, 50), ("Payer ICN", 170, 74), ("DOS", 244, 44), ("CPT", 288, 30),
            ("Mod", 318, 34), ("Qty", 352, 22), ("Charge", 374, 46), ("Allowed", 420, 46), ("Deduct", 466, 42),
            ("Coins", 508, 42), ("Adj (Grp Rsn Amt)", 550, 124), ("Paid", 674, 46), ("RARC", 720, 48)]
    RIGHT = {"Qty", "Charge", "Allowed", "Deduct", "Coins", "Paid"}

    def furn(d, p):
        d.t(24, 32, "PracticeHarbor PM  -  ERA Posting Detail", 12, True)
        d.t(24, 46, "Practice: Foxglove Therapy Group   |   Payer: Medicare Part B - Lakeshore Region   |   "
                    "EFT 66019273451   |   Paid 02/04/2026", 8)
        d.t(768, 32, f"Printed 02/05/2026 08:14  Page {p}", 7.5, False, "r")

    def hdr(d, y):
        for h, x, w in cols:
            d.box(x, y, w, 14, 0.5, 0.85)
            d.t(x + w - 3 if h in RIGHT else x + 3, y + 10, h, 7.5, True, "r" if h in RIGHT else "l")
        return y + 14

    fl = Flow(doc, 56, 584, furn, hdr)
    fl.start()
    d = doc
    st = PlanState(ded_left=Z)
    orig = [G.medicare(Svc(D(2025, 12, 10), "97530", 2, ("GO",)), st), G.medicare(Svc(D(2025, 12, 10), "97110", 2, ("GO",)), st)]
    data = [
        ("Halloway, Geneva", "FTG-30917", "0226035207716", [G.negate(s) for s in orig], "22"),
        ("Halloway, Geneva", "FTG-30917", "0226035207717",
         [G.medicare(Svc(D(2025, 12, 10), "97530", 2, ("GO", "KX")), st),
          G.medicare(Svc(D(2025, 12, 10), "97110", 2, ("GO", "KX")), st)], "1"),
        ("Brannock, Tobias", "FTG-31002", "0226035207790",
         [G.medicare(Svc(D(2026, 1, 7), x, u, m), st) for x, u, m in
          (("97167", 1, ("GO",)), ("97530", 2, ("GO",)), ("97535", 1, ("GO", "59")))], "1"),
        ("Esterhazy, Lorna", "FTG-31044", "0226035207812",
         [G.medicare(Svc(D(2026, 1, 12), x, u, m), st) for x, u, m in
          (("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("92526", 1, ("GN", "59")))], "1"),
        ("Delacroix-Moss, Ivy", "FTG-31051", "0226035207821",
         [G.medicare(Svc(D(2026, 1, d), x, u, m), st) for d, x, u, m in
          ((5, "97165", 1, ("GO",)), (5, "97535", 2, ("GO",)), (8, "97530", 2, ("GO", "KX")),
           (8, "97112", 1, ("GO", "KX")), (12, "97530", 3, ("GO", "CO")), (15, "97535", 2, ("GO", "CO")),
           (19, "97530", 2, ("GO", "KX")), (22, "97168", 1, ("GO",)))], "1"),
        ("Pennywhistle, Rhoda", "FTG-31058", "0226035207833",
         [G.medicare(Svc(D(2026, 1, d), x, u, m), st) for d, x, u, m in
          ((6, "97161", 1, ("GP",)), (6, "97110", 2, ("GP",)), (9, "97110", 2, ("GP",)),
           (9, "97140", 1, ("GP", "59")), (13, "97116", 2, ("GP", "CQ")), (16, "97110", 2, ("GP", "CQ")),
           (20, "97112", 2, ("GP", "CQ")), (23, "97110", 3, ("GP", "KX")), (27, "97140", 2, ("GP", "KX")),
           (29, "97164", 1, ("GP",)))], "1"),
        ("Kittredge, Amos", "FTG-31069", "0226035207845",
         [G.medicare(Svc(D(2026, 1, 14), x, u, m, denied=dn), st, deny_reason="B5") for x, u, m, dn in
          (("97110", 3, ("GP", "CQ"), None), ("97140", 2, ("GP", "CQ"), None), ("97112", 2, ("GP", "CQ"), None),
           ("97116", 1, ("GP", "CQ"), None), ("97530", 2, ("GP", "CQ"), None), ("97018", 1, ("GP",), "CO"))], "1"),
    ]
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    for name, acct, icn, svcs, status in data:
        for s in svcs:
            adjtxt = "; ".join(f"{g} {c} {money(a, '', '()')}" for g, c, a in s.adjs)
            rarc = "N20" if s.denied else ("N807" if status == "22" else "")
            vals = {"Patient": name, "Acct #": acct, "Payer ICN": icn, "DOS": dfmt(s.dos, "mdy2"), "CPT": s.code,
                    "Mod": " ".join(s.mods), "Qty": G.units_str(abs(s.units)), "Charge": money(s.billed, ",", "()"),
                    "Allowed": money(s.allowed, ",", "()"), "Deduct": money(s.deductible, ",", "()"),
                    "Coins": money(s.coinsurance, ",", "()"), "Adj (Grp Rsn Amt)": adjtxt,
                    "Paid": money(s.paid, ",", "()"), "RARC": rarc}
            y = fl.need(13)
            for h, x, w in cols:
                d.box(x, y, w, 13, 0.3)
                d.t(x + w - 3 if h in RIGHT else x + 3, y + 9.3, vals[h], 7.3, False, "r" if h in RIGHT else "l")
            lines.append(truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icn, patient=name, printed=printed,
                                    adjustments=s.adjs, remarks=[rarc] if rarc else []))
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        y = fl.need(13)
        d.box(24, y, 744, 13, 0.3, 0.95)
        lbl = "Claim reversal (status 22)" if status == "22" else "Claim processed as primary (status 1)"
        d.t(27, y + 9.3, f"Claim total - {lbl}", 7.3, True)
        for key, v in (("Charge", tb), ("Allowed", ta), ("Paid", tp)):
            x, w = next((x, w) for h, x, w in cols if h == key)
            d.t(x + w - 3, y + 9.3, money(v, ",", "()"), 7.3, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name, "totals": claim_totals(tb, ta, tp)})
    y = fl.need(60) + 14
    d.t(24, y, "Adjustment group codes: CO contractual obligation, PR patient responsibility, OA other adjustment.", 7.5)
    d.t(24, y + 11, "Reason and remark codes are standard remittance codes; see your payer's code lookup for wording.", 7.5)
    d.t(24, y + 22, "Posting note: reversal and correction for Halloway, Geneva net against this deposit.", 7.5)
    if doc.pno < 2:
        doc.new_page()
        furn(doc, 2)
        doc.t(24, 80, "Provider-level adjustments: none.   End of ERA posting detail.", 8)
    doc.render_fp(out / "d2.pdf", "ERA Posting Detail")
    return doc, lines, claims, "fpdf2", "practice-management ERA print"


# =============================================================================================== e1
def e1(out: Path):
    doc = Doc(*LETTER, "dejavuserif")
    lines, claims = [], []
    cols = [("Date", 36, "l"), ("Patient", 86, "l"), ("Code", 164, "l"), ("Description", 216, "l"),
            ("Charges", 408, "r"), ("Ins. Paid", 458, "r"), ("Ins. Adj.", 508, "r"), ("Balance", 574, "r")]

    def furn(d, p):
        d.t(36, 40, "Willowbend Children's Therapy", 13, True)
        d.t(36, 53, "Occupational, Physical & Speech Therapy  -  611 Cedar Mill Pkwy, Suite B, Orrin Glen, MN 55999", 7)
        d.t(576, 40, "STATEMENT", 12, True, "r")
        d.t(576, 53, f"Page {p} of {{NPAGES}}", 7.5, False, "r")
        d.ln(36, 60, 576, 60, 0.8)

    def hdr(d, y):
        d.ln(36, y, 576, y, 0.4)
        for h, x, al in cols:
            d.t(x, y + 9, h, 7.2, True, al)
        d.ln(36, y + 12, 576, y + 12, 0.4)
        return y + 15

    fl = Flow(doc, 68, 740, furn, None)
    fl.start()
    d = doc
    # tear-off stub
    d.box(36, 70, 540, 78, 0.6)
    d.t(44, 84, "Please detach and return this portion with your payment", 7.5, True)
    d.t(44, 98, "Guarantor: Marisol Fenwick-Adair", 8)
    d.t(44, 109, "Guarantor account: G-004712", 8)
    d.t(44, 120, "Statement date: 02/02/2026", 8)
    d.t(44, 131, "Pay online: willowbendtherapy.example/pay", 8)
    d.t(360, 98, "Amount due:", 8, True)
    d.t(360, 120, "Amount enclosed: $ ____________", 8)
    d.ln(36, 156, 576, 156, 0.5)
    for x in range(36, 576, 8):
        d.ln(x, 156, x + 4, 156, 0.5)
    fl.y = 162
    fl.header = hdr
    fl.y = hdr(d, fl.y)
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"))
    visits = [
        ("V26-01102", "HP25-1219-90017", "Lucia Fenwick-Adair",
         [Svc(D(2025, 12, 17), "97530", 3, ("GO",)), Svc(D(2025, 12, 17), "97533", 1, ("GO",))]),
        ("V26-01110", "HP25-1219-90031", "Theo Fenwick-Adair",
         [Svc(D(2025, 12, 18), "92507", 1, ("GN",))]),
        ("V26-01131", "HP25-1230-12554", "Lucia Fenwick-Adair",
         [Svc(D(2025, 12, 23), "97530", 2, ("GO",)), Svc(D(2025, 12, 23), "97535", 1, ("GO",))]),
        ("V26-01187", "HP26-0107-55810", "Lucia Fenwick-Adair",
         [Svc(D(2026, 1, 7), "97166", 1, ("GO",)), Svc(D(2026, 1, 7), "97533", 2, ("GO",))]),
        ("V26-01203", "HP26-0109-10442", "Theo Fenwick-Adair",
         [Svc(D(2026, 1, 8), "92523", 1, ("GN",))]),
        ("V26-01244", "HP26-0116-77031", "Lucia Fenwick-Adair",
         [Svc(D(2026, 1, 14), "97530", 3, ("GO",)), Svc(D(2026, 1, 14), "97535", 1, ("GO",))]),
        ("V26-01251", "HP26-0116-77098", "Theo Fenwick-Adair",
         [Svc(D(2026, 1, 15), "92507", 1, ("GN",))]),
        ("V26-01262", "HP26-0120-30115", "Wren Fenwick-Adair",
         [Svc(D(2026, 1, 16), "97162", 1, ("GP",)), Svc(D(2026, 1, 16), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 16), "97116", 1, ("GP",))]),
        ("V26-01290", "HP26-0123-41877", "Lucia Fenwick-Adair",
         [Svc(D(2026, 1, 21), "97530", 3, ("GO",)), Svc(D(2026, 1, 21), "97533", 1, ("GO",))]),
        ("V26-01302", "HP26-0123-41902", "Theo Fenwick-Adair",
         [Svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
        ("V26-01318", "HP26-0127-60244", "Wren Fenwick-Adair",
         [Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97140", 1, ("GP",)),
          Svc(D(2026, 1, 23), "97112", 1, ("GP",))]),
        ("V26-01336", "HP26-0129-02268", "Lucia Fenwick-Adair",
         [Svc(D(2026, 1, 28), "97530", 4, ("GO",)), Svc(D(2026, 1, 28), "97760", 1, ("GO",))]),
        ("V26-01340", "HP26-0130-11873", "Theo Fenwick-Adair",
         [Svc(D(2026, 1, 29), "92507", 1, ("GN",)), Svc(D(2026, 1, 29), "92526", 1, ("GN",))]),
        ("V26-01344", "HP26-0130-11990", "Wren Fenwick-Adair",
         [Svc(D(2026, 1, 29), "97110", 2, ("GP",)), Svc(D(2026, 1, 29), "97140", 1, ("GP",)),
          Svc(D(2026, 1, 29), "97116", 1, ("GP",))]),
        ("V26-01347", "HP26-0131-00462", "Lucia Fenwick-Adair",
         [Svc(D(2026, 1, 30), "97530", 3, ("GO",)), Svc(D(2026, 1, 30), "97535", 1, ("GO",)),
          Svc(D(2026, 1, 30), "97533", 1, ("GO",))]),
        ("V26-01349", None, "Wren Fenwick-Adair",
         [Svc(D(2026, 1, 30), "97110", 2, ("GP",)), Svc(D(2026, 1, 30), "97112", 1, ("GP",))]),
    ]
    printed = ("billed", "paid", "discount", "patient_owes")
    due = Z
    for vno, icl, pat, svcs in visits:
        pending = icl is None
        for s in svcs:
            if pending:
                s.owes = Z
            else:
                G.commercial(s, st)
        hd = f"Visit {vno}  -  Keystone Prairie Health claim {icl}" if icl else \
            f"Visit {vno}  -  Billed to Keystone Prairie Health 01/31/2026, awaiting payment"
        y = fl.need(13) + 9
        d.t(40, y, hd, 7.2, True)
        fl.cont_hook = None
        for s in svcs:
            y = fl.need(12) + 9
            code = s.code + "".join(s.mods)
            vals = [dfmt(s.dos, "mdy2"), pat.split()[0], code, short(s.desc, 36), money(s.billed, ","),
                    "" if pending else money(s.paid, ","), "" if pending else money(s.discount, ","),
                    money(s.owes if not pending else Z, ",")]
            for (h, x, al), v in zip(cols, vals, strict=True):
                d.t(x, y, v, 7.2, False, al)
            due += s.owes
            lines.append(truth_line(doc.pno, s, claim_id=vno, payer_claim_id=icl, patient=pat.split()[0],
                                    printed=("billed", "patient_owes") if pending else printed, units=False,
                                    description=False))
        claims.append({"claim_id": vno, "payer_claim_id": icl, "patient": pat.split()[0],
                       "totals": claim_totals()})
    y = fl.need(12) + 9
    d.t(36, y, "01/26/26", 7.2)
    d.t(86, y, "Payment - thank you (card ending 4471)", 7.2)
    d.t(574, y, "-40.00", 7.2, False, "r")
    due -= Decimal("40.00")
    prior = sum((s.owes for _, _, _, sv in visits for s in sv if s.dos.year == 2025), Z)
    y = fl.need(70) + 14
    d.fl = None
    d.box(36, y, 540, 46, 0.6)
    for k, (lbl, v) in enumerate((("Current", due - prior + Decimal("40.00")), ("31-60 days", prior - Decimal("40.00")),
                                  ("61-90 days", Z), ("Over 90", Z), ("Amount due", due))):
        d.t(60 + 105 * k, y + 14, lbl, 7.5, True)
        d.t(60 + 105 * k, y + 30, money(v, "$"), 8)
    d.t(36, y + 60, "Patients are listed by first name. Questions about this statement: 612-555-0134, Mon-Fri 8-5.", 7)
    doc.pages[0].append(("t", 440, 98, money(due, "$"), 9, True, "l"))
    doc.render_rl(out / "e1.pdf", "Statement")
    return doc, lines, claims, "reportlab", "therapy clinic family statement"


# =============================================================================================== e2
def e2(out: Path):
    doc = Doc(*LETTER, "helvetica")
    lines, claims = [], []
    cols = [("Date", 36, "l"), ("Rev", 82, "l"), ("HCPCS", 106, "l"), ("Mod", 140, "l"), ("Description", 166, "l"),
            ("Qty", 352, "r"), ("Charges", 404, "r"), ("Insurance Paid", 466, "r"), ("Adjustments", 524, "r"),
            ("You Owe", 576, "r")]

    def furn(d, p):
        d.t(36, 40, "St. Brigid Valley Hospital", 14, True)
        d.t(36, 54, "Patient Financial Services  |  PO Box 7781, Calder Springs, ID 83899  |  208-555-0170", 7.5)
        d.t(576, 40, "Family Billing Statement", 10, True, "r")
        d.t(576, 54, f"Page {p} of {{NPAGES}}", 7.5, False, "r")
        d.ln(36, 62, 576, 62, 1)

    fl = Flow(doc, 72, 744, furn)
    fl.start()
    d = doc
    d.t(36, 84, "Guarantor: Bartholomew Quenneville", 9, True)
    d.t(36, 96, "Guarantor no. 77-0031948     Statement date 02/06/2026     Due date 03/01/2026", 8)
    d.t(36, 108, "Primary insurance: Lodgepole Employers Health Trust     Secondary: none on file", 8)
    fl.y = 120

    def hdr(d, y):
        d.box(36, y, 540, 14, 0, 0.87)
        for h, x, al in cols:
            d.t(x, y + 10, h, 7, True, al)
        return y + 17

    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.25"))
    accts = [
        ("HA-5520148", "Bartholomew Quenneville", "LEH-26-0044871", "Outpatient rehabilitation",
         [("0434", Svc(D(2026, 1, 5), "97167", 1, ("GO",))), ("0434", Svc(D(2026, 1, 5), "97760", 1, ("GO",))),
          ("0274", Svc(D(2026, 1, 5), "L3807", 1, ("LT",))), ("0434", Svc(D(2026, 1, 12), "97530", 2, ("GO",))),
          ("0434", Svc(D(2026, 1, 12), "97110", 2, ("GO",))), ("0434", Svc(D(2026, 1, 19), "97530", 2, ("GO",))),
          ("0434", Svc(D(2026, 1, 19), "97140", 1, ("GO",))), ("0434", Svc(D(2026, 1, 26), "97168", 1, ("GO",))),
          ("0424", Svc(D(2026, 1, 26), "G0283", 1, ("GO",), denied="PR"))]),
        ("HA-5520302", "Genevieve Quenneville", "LEH-26-0045120", "Outpatient rehabilitation",
         [("0424", Svc(D(2026, 1, 8), "97163", 1, ("GP",))), ("0424", Svc(D(2026, 1, 8), "97110", 3, ("GP",))),
          ("0424", Svc(D(2026, 1, 15), "97112", 2, ("GP",))), ("0424", Svc(D(2026, 1, 15), "97116", 2, ("GP",))),
          ("0424", Svc(D(2026, 1, 22), "97110", 2, ("GP",))), ("0424", Svc(D(2026, 1, 22), "97140", 2, ("GP",)))]),
        ("HA-5520460", "Odette Quenneville", "LEH-26-0045731", "Outpatient occupational therapy",
         [("0434", Svc(D(2026, 1, d), c, u, ("GO",))) for d, c, u in
          ((6, "97166", 1), (6, "97535", 2), (13, "97530", 2), (13, "97140", 1), (20, "97530", 3),
           (20, "97110", 1), (27, "97530", 2), (27, "97535", 1))]),
        ("HA-5520417", "Felix Quenneville", "LEH-26-0045388", "Outpatient speech therapy",
         [("0444", Svc(D(2026, 1, 9), "92523", 1, ("GN",))), ("0444", Svc(D(2026, 1, 16), "92507", 1, ("GN",))),
          ("0444", Svc(D(2026, 1, 23), "92507", 1, ("GN",))), ("0444", Svc(D(2026, 1, 30), "92507", 1, ("GN",)))]),
        ("HA-5520599", "Felix Quenneville", "LEH-26-0046002", "Clinic visit",
         [("0510", Svc(D(2026, 1, 27), "99203", 1))]),
    ]
    printed = ("billed", "paid", "discount", "patient_owes")
    grand = Z
    for acct, pat, icl, kind, items in accts:
        svcs = [s for _, s in items]
        for s in svcs:
            G.commercial(s, st)
        y = fl.need(44)
        d.t(36, y + 14, f"Account {acct}  -  Patient: {pat}  -  {kind}", 8.5, True)
        d.t(36, y + 25, f"Insurance claim no. {icl} processed 02/02/2026", 7.5)
        fl.y = hdr(d, y + 30)
        for rev, s in items:
            parts = wrap(G.LONG_DESC.get(s.code, s.desc), 44)
            y = fl.need(11 * len(parts) + 2) + 9
            vals = [dfmt(s.dos, "mdy4"), rev, s.code, " ".join(s.mods), parts[0], G.units_str(s.units),
                    money(s.billed, ","), money(-s.paid, ","), money(-(s.discount + (s.not_covered if s.denied ==
                                                                                     "CO" else Z)), ","),
                    money(s.owes, ",")]
            for (h, x, al), v in zip(cols, vals, strict=True):
                d.t(x, y, v, 7.3, False, al)
            for k, p in enumerate(parts[1:]):
                d.t(172, y + 11 * (k + 1), p, 7.3)
            ln = truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icl, patient=pat, printed=printed,
                            description=False)
            ln["paid"] = G.amt(s.paid)  # printed as a credit (leading minus); recorded as the payment amount
            lines.append(ln)
        tb, tp, tdisc, to = (total(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        grand += to
        y = fl.need(16) + 11
        d.ln(300, y - 9, 576, y - 9, 0.4)
        d.t(166, y, "Account totals", 7.5, True)
        for x, v in ((404, tb), (466, -tp), (524, -tdisc), (576, to)):
            d.t(x, y, money(v, "$"), 7.5, True, "r")
        claims.append({"claim_id": acct, "payer_claim_id": icl, "patient": pat,
                       "totals": claim_totals(tb, None, tp, to)})
        fl.y += 10
    y = fl.need(80) + 10
    d.box(36, y, 540, 58, 0.8)
    d.t(44, y + 14, "Total amount you owe for all accounts", 9, True)
    d.t(568, y + 14, money(grand, "$"), 10, True, "r")
    d.t(44, y + 28, "Financial assistance may be available. Ask for our discount application or apply online.", 7.5)
    d.t(44, y + 40, "Negative amounts are payments and adjustments credited to your account.", 7.5)
    y = fl.need(20) + 10
    d.t(36, y, "Payment options: mail, phone, or online at stbrigidvalley.example/billpay.", 8)
    doc.render_fp(out / "e2.pdf", "Family Billing Statement")
    return doc, lines, claims, "fpdf2", "hospital family statement"


LAYOUTS = {"a1": a1, "a2": a2, "b1": b1, "b2": b2, "c1": c1, "c2": c2, "d1": d1, "d2": d2, "e1": e1, "e2": e2}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout187_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in LAYOUTS.items():
        doc, lines, claims, producer, desc = fn(out)
        write_truth(out / f"{name}.pdf", name, producer, len(doc.pages), desc, lines, claims, [])
        print(f"{name}: {producer:9s} pages={len(doc.pages)} lines={len(lines)} claims={len(claims)}")
    print(out)
    if "--check" in argv:
        errs = check_folder(out, LAYOUTS)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "ok")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
