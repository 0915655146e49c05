"""Write the 200th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten
documents of the five commonest real kinds, two of each, in house styles written for this set, for an
honest one-time measurement of the PDF reader. Written without looking at the reader or its tests.

Run:  python bench/heldout200/make_heldout200_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout200/make_heldout200_pdfs.py OUT_DIR --check     (also self-check the written files)
      (--only SUBSTRING builds just the matching layouts)
Then someone else measures the reader on OUT_DIR (bench/pdf_accuracy.py --folder OUT_DIR).

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py: write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed; an MSN prints a count before
the description, which is taken as units). claim_id = the provider's own account / patient-control / visit /
hospital account number; payer_claim_id = the payer's claim number / ICN / TCN; patient exactly as printed
(the person served, never the subscriber / guarantor unless the same person). A thru date equal to the from
date is not recorded as service_end; a real range (Medicaid RA, 01/05-01/09) is. Statement credits are
recorded as positive plan payments (printed as plain numbers in the insurance columns). A reversal's amounts
are negative, as printed. Adjustments are recorded only where the layout prints group + reason + amount;
state EOB codes and plan note letters go to remarks. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, no randomness); pdfkit200.py is the small drawing layer and self-check.

Layouts (kind, vocabulary, producer, complications):
  m1  commercial member EOB, portrait core Helvetica: "Provider Charged / Network Discount / Allowed Amount / Not
      Covered / Deductible / Copay / Coinsurance / Plan Paid / What You Owe / Notes", "97530 GO 59", no units,
      four family members, gray claim bands, wrapped descriptions, a not-covered line, claim 3 runs onto page 2
      with its band and column header repeated "(continued)", notes legend (reportlab)
  m2  commercial "Statement of Benefits", landscape DejaVu Sans Condensed with a left sidebar (member data page 1,
      remark legend page 2): "Amount Billed / Member Savings / Approved Amount / ... / Paid by Plan / Your Resp.",
      "97110/GP/CQ", Qty, "Jan 5, 2026", per-visit copay, a denied supply line, three family members (fpdf2)
  m3  Medicare Summary Notice Part B, Liberation Sans: summary page, then per-provider claims "Service Provided &
      Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid /
      Maximum You May Be Billed / See Notes", "2 Therapeutic exercises (97110)", date sub-heading rows, a "No"
      line, no provider account number (claim_id null) (reportlab)
  m4  Medicare Advantage member EOB, Liberation Serif: "Billing code / Service you received / Units / Provider's
      charge / Plan's approved amount / Plan's share / Your share / See note", "01/05/26", copay once per visit
      day, a denied line, year-to-date box on page 2 (fpdf2)
  m5  state Medicaid remittance advice, landscape core Courier line-printer: PAID / DENIED / ADJUSTED sections,
      recipient heading rows (RECIPIENT ID, PATIENT ACCT NO, ICN), "010526" FROM/THRU, summed-unit date ranges,
      TPL/COPAY columns, 4-digit state EOB codes, reversal with trailing-minus "160.00-" and its replacement,
      claim runs onto page 2 with the header and "(CONTINUED)" (fpdf2)
  m6  state Medicaid "Remittance and Status Report", core Times, one box per claim (Member / Member No. / TCN /
      Pt. Control No. / Claim Status), "Units 2.00", "Adj Grp-CARC" + "Adj Amt" with a second adjustment
      (PR-3 copay) on its own text line, RARC column, a fully denied claim, code glossary (reportlab)
  m7  Medicare-style standard paper remit printed by a clearinghouse, landscape Liberation Mono: NAME/HIC/ACNT/
      ICN/ASG/MOA heading, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
      "0106 010626", stacked PR-1/PR-2/CO-253 lines, REM lines, PT RESP / CLAIM TOTALS / NET, reversal (MA15)
      and correction, PLB section, a claim runs onto page 2 (reportlab)
  m8  practice-management "ERA Posting Detail", Liberation Sans: patient / subscriber differ, "Svc Date Proc Mod
      Units Charge Allowed Deduct CoIns CoPay Adj Codes Paid Pt Resp Rmk", "1/5/2026", "CO45 69.60  PR1 120.00"
      with a wrapped third code, a bundled zero-pay line, a denied claim, claim continues on page 2 with
      "(cont.)" and the column header repeated, batch posting summary (fpdf2)
  m9  therapy clinic family statement with tear-off coupon, DejaVu Sans: visit heading rows "Patient: .. Visit
      #10442  Ironwood Health claim ..", "97530-GO", Qty, "Charges / Ins. Paid / Ins. Adj. / Your Balance", a
      non-covered line, an "Insurance pending" visit (paid / balance null), patient payment row, aging boxes
      (reportlab)
  m10 hospital outpatient-rehab guarantor statement, Liberation Sans Narrow: summary box of three family accounts,
      "Service Date / Rev / CPT/HCPCS / Mod / Description / Qty / Charges" (charges only per line), account-level
      insurance payment with the claim number, allowance and patient balance, an account runs onto page 2;
      PLANTED total-charges mismatch declared as an expected finding (fpdf2)

The self-check (--check) tests the factory, never the reader: page count; for every truth line, one text row of
its page (pdfplumber) holding its code, modifiers, units and every printed amount in the layout's format; its
dates, remarks and adjustment codes/amounts on its page; ids and patient in the document; the documents' own
arithmetic (billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance = paid where
all are printed; billed - adjustments = paid where every adjustment is printed with its amount); each printed
claim total is in the text and equals the sum of its lines (for fields the lines print) unless it is the
planted, declared mismatch, which must really differ.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfkit200 import G, Doc, check_file  # noqa: E402

Svc, PlanState, D = G.Svc, G.PlanState, Decimal
money, dfmt, q, ZERO = G.money, G.dfmt, G.q, G.ZERO

# Extra invented charges / schedule amounts / our own wording for codes the shared tables lack.
for code, fee, sched, desc in (
    ("97018", "38.00", "4.51", "Paraffin bath treatment"),
    ("29125", "145.00", "52.30", "Forearm splint application, static"),
    ("92610", "260.00", "88.90", "Swallowing function evaluation"),
    ("99214", "235.00", "128.60", "Office visit, established, moderate"),
    ("A4556", "18.00", "7.40", "Electrode pads, per pair"),
    ("97750", "115.00", "33.10", "Physical performance testing"),
    ("97533", "90.00", "32.20", "Sensory integration techniques"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("97164", "140.00", "69.10", "PT re-evaluation"),
    ("E0730", "120.00", "40.05", "TENS unit, four lead"),
):
    G.FEE.setdefault(code, fee)
    G.SCHED.setdefault(code, sched)
    G.DESC.setdefault(code, desc)

LAYOUTS: dict = {}


def layout(name, producer, fm, df, uf=G.units_str):
    def deco(fn):
        LAYOUTS[name] = (fn, producer, fm, df, uf)
        return fn
    return deco


class Rec:
    def __init__(self):
        self.lines, self.claims, self.findings, self.legend = [], [], [], []

    def line(self, page, s, cid, pcid, pat, printed, **kw):
        self.lines.append(G.truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                       printed=printed, **kw))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": G.claim_totals(**tot)})


def d(m, dd):
    return date(2026, m, dd)


def tot(svcs, a):
    return G.total(svcs, a)


def wrap(s, n):
    return textwrap.wrap(s, n) or [""]


def cols_header(doc, y, cols, size, bold=True, lead=None):
    """cols: list of (x, align, 'Line1\\nLine2'). Returns height used."""
    doc.font(size, bold)
    lead = lead or size + 1.5
    h = 0
    for x, al, lab in cols:
        for k, part in enumerate(lab.split("\n")):
            doc.text(x, y + k * lead, part, al)
            h = max(h, (k + 1) * lead)
    return h


def row(doc, y, cells, size, bold=False):
    doc.font(size, bold)
    for x, al, s in cells:
        doc.text(x, y, s, al)


# ============================================================================ 1 commercial member EOB (reportlab)
def m1_fm(x):
    return money(x, ",", "()")


@layout("s200_m1_commercial_member_eob", "reportlab", m1_fm, lambda x: dfmt(x, "mdy4"))
def m1(path, npages):
    rec = Rec()
    doc = Doc("reportlab", path, "helvetica", title="Explanation of Benefits")
    st = PlanState(ded_left=D("250.00"), coins_rate=D("0.20"), copay_codes={"99213": D("35.00")},
                   allowed_rate=D("0.78"))
    claims = [
        ("Talia Okafor", "Daughter", "Brightfield Pediatric Therapy", "BPT-30418", "CL-2601-884210", [
            Svc(d(1, 6), "97166", 1, ("GO",)), Svc(d(1, 6), "97530", 2, ("GO",)),
            Svc(d(1, 13), "97530", 2, ("GO",)), Svc(d(1, 13), "97535", 1, ("GO",)),
            Svc(d(1, 13), "97112", 1, ("GO", "59"))]),
        ("Desmond Okafor", "Spouse", "Harbor Street Physical Therapy", "55120-2", "CL-2601-884377", [
            Svc(d(1, 8), "97161", 1, ("GP",)), Svc(d(1, 8), "97110", 2, ("GP",)),
            Svc(d(1, 15), "97110", 3, ("GP",)), Svc(d(1, 15), "97140", 1, ("GP", "59")),
            Svc(d(1, 15), "0552T", 1, ("GP",), denied="PR")]),
        ("Micah Okafor", "Son", "Lakeside Speech & Feeding Center", "LSF-0092217", "CL-2601-885002", [
            Svc(d(1, 7), "92523", 1), Svc(d(1, 9), "92507", 1), Svc(d(1, 14), "92507", 1),
            Svc(d(1, 16), "92507", 1), Svc(d(1, 16), "92526", 1), Svc(d(1, 21), "92507", 1),
            Svc(d(1, 23), "92507", 1), Svc(d(1, 26), "92526", 1), Svc(d(1, 28), "92507", 1),
            Svc(d(1, 28), "92526", 1), Svc(d(1, 30), "92507", 1), Svc(d(1, 30), "92526", 1)]),
        ("Renata Okafor", "Self", "Summit Hand & Upper Limb Clinic", "SH-77310", "CL-2601-885149", [
            Svc(d(1, 20), "99213", 1, ("25",)), Svc(d(1, 20), "97760", 1, ("GO",)),
            Svc(d(1, 20), "L3807", 1, ("RT",))]),
    ]
    for c in claims:
        for s in c[5]:
            G.commercial(s, st, deny_reason="96")
            s.remarks = ([] if s.denied else ["PD"]) + (["DA"] if s.deductible else []) + \
                        (["CP"] if s.copay else []) + (["CI"] if s.coinsurance else []) + (["XN"] if s.denied else [])
    rec.legend = [("PD", "Your plan's network price is lower than the provider's charge; you do not owe the difference."),
                  ("DA", "Counted toward your calendar-year deductible."),
                  ("CP", "Fixed office visit copay under your plan."),
                  ("CI", "Your 20% share of the allowed amount after the deductible."),
                  ("XN", "Your plan does not cover this treatment. The provider may bill you.")]
    L, R = 30, 582
    cols = [(L, "L", "Date of\nService"), (80, "L", "Service\nDescription"), (178, "L", "Code /\nModifiers"),
            (256, "R", "Provider\nCharged"), (294, "R", "Network\nDiscount"), (333, "R", "Allowed\nAmount"),
            (370, "R", "Not\nCovered"), (408, "R", "Deduct-\nible"), (440, "R", "Copay"),
            (478, "R", "Co-\ninsurance"), (517, "R", "Plan\nPaid"), (553, "R", "What You\nOwe"), (558, "L", "Notes")]
    bottom = 740

    def footer():
        doc.font(6.5)
        doc.hline(L, R, 758, 0.3)
        doc.text(L, 768, "Cedarline Health Plan  |  PO Box 4470, Ridgefield, OH 44090  |  Member Services 1-800-555-0164 (TTY 711)")
        doc.text(R, 768, f"Page {doc.pages} of {npages or '?'}", "R")

    def page_top(first):
        doc.font(15, True)
        doc.text(L, 44, "CEDARLINE")
        doc.font(8)
        doc.text(L, 55, "HEALTH PLAN")
        doc.font(11, True)
        doc.text(R, 44, "Explanation of Benefits", "R")
        doc.font(7.5, True)
        doc.text(R, 55, "THIS IS NOT A BILL", "R")
        doc.hline(L, R, 62, 1.2)
        if not first:
            doc.font(7)
            doc.text(L, 74, "Subscriber: Renata Okafor    Member ID: CDL884102377    Statement date: February 4, 2026")
            return 84
        doc.font(8)
        for i, s in enumerate(["RENATA OKAFOR", "2218 BEECHWOOD TER", "MARION FALLS OH 44127-3306"]):
            doc.text(L, 84 + i * 10, s)
        doc.rect(360, 72, 222, 62)
        doc.font(7.5)
        for i, (k, v) in enumerate([("Subscriber", "Renata Okafor"), ("Member ID", "CDL884102377"),
                                    ("Group", "0047712  Fairmont School District"),
                                    ("Statement date", "February 4, 2026"),
                                    ("Claims processed", "01/10/2026 - 02/03/2026")]):
            doc.text(366, 83 + i * 11, k + ":")
            doc.text(440, 83 + i * 11, v)
        allsv = [s for c in claims for s in c[5]]
        doc.rect(L, 146, R - L, 44, gray=0.93)
        doc.font(8, True)
        doc.text(L + 8, 158, "Your claims at a glance")
        doc.font(7.5)
        for i, (k, v) in enumerate([("Providers charged", tot(allsv, "billed")),
                                    ("Your plan paid", tot(allsv, "paid")),
                                    ("You may owe your providers", tot(allsv, "owes"))]):
            doc.text(L + 8 + i * 185, 176, k)
            doc.font(9, True)
            doc.text(L + 8 + i * 185, 186, money(v))
            doc.font(7.5)
        doc.font(9, True)
        doc.text(L, 208, "Claim Details")
        return 216

    y = page_top(True)
    for pat, rel, prov, acct, clm, svcs in claims:
        def claim_band(y, cont=False):
            doc.rect(L, y, R - L, 22, gray=0.88, stroke=False)
            doc.font(7.5, True)
            doc.text(L + 4, y + 9, f"Patient: {pat}" + ("   (continued)" if cont else ""))
            doc.text(250, y + 9, f"Claim #: {clm}")
            doc.font(7)
            doc.text(L + 4, y + 18, f"Relationship to subscriber: {rel}")
            doc.text(250, y + 18, f"Provider: {prov}")
            doc.text(445, y + 9, f"Patient Acct #: {acct}")
            doc.text(445, y + 18, "Network: In-network")
            y += 30
            y += cols_header(doc, y, cols, 6.5)
            doc.hline(L, R, y - 4, 0.4)
            return y + 5

        if y + 90 > bottom:
            footer()
            doc.new_page()
            y = page_top(False)
        y = claim_band(y)
        for s in svcs:
            lines = wrap(s.desc, 24)
            if y + 9 * len(lines) > bottom:
                footer()
                doc.new_page()
                y = claim_band(page_top(False), cont=True)
            cells = [(L, "L", dfmt(s.dos, "mdy4")), (80, "L", lines[0]), (178, "L", " ".join((s.code,) + s.mods)),
                     (256, "R", m1_fm(s.billed)), (294, "R", m1_fm(s.discount)), (333, "R", m1_fm(s.allowed)),
                     (370, "R", m1_fm(s.not_covered)), (408, "R", m1_fm(s.deductible)), (440, "R", m1_fm(s.copay)),
                     (478, "R", m1_fm(s.coinsurance)), (517, "R", m1_fm(s.paid)), (553, "R", m1_fm(s.owes)),
                     (558, "L", " ".join(s.remarks))]
            row(doc, y, cells, 6.8)
            for k, extra in enumerate(lines[1:]):
                doc.text(80, y + 8 * (k + 1), extra)
            rec.line(doc.pages, s, acct, clm, pat,
                     ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                      "patient_owes"), units=False, remarks=s.remarks)
            y += 8 * len(lines) + 3
        doc.hline(L, R, y - 5, 0.3)
        row(doc, y + 3, [(80, "L", "Claim totals"), (256, "R", money(tot(svcs, "billed"))),
                         (294, "R", money(tot(svcs, "discount"))), (333, "R", money(tot(svcs, "allowed"))),
                         (370, "R", money(tot(svcs, "not_covered"))), (408, "R", money(tot(svcs, "deductible"))),
                         (440, "R", money(tot(svcs, "copay"))), (478, "R", money(tot(svcs, "coinsurance"))),
                         (517, "R", money(tot(svcs, "paid"))), (553, "R", money(tot(svcs, "owes")))], 6.8, True)
        rec.claim(acct, clm, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                  patient_owes=tot(svcs, "owes"))
        y += 24
    if y + 120 > bottom:
        footer()
        doc.new_page()
        y = page_top(False)
    doc.font(8, True)
    doc.text(L, y, "Your deductible and out-of-pocket progress (2026 plan year, family)")
    doc.font(7)
    used = D("250.00") - st.ded_left
    doc.text(L, y + 11, f"Deductible: {money(used)} met of {money(D('250.00'))}     Out-of-pocket maximum: "
             f"{money(tot([s for c in claims for s in c[5]], 'owes'))} of {money(D('6000.00'))}")
    y += 26
    doc.font(8, True)
    doc.text(L, y, "Notes")
    doc.font(6.8)
    for k, v in rec.legend:
        y += 10
        doc.text(L, y, k)
        doc.text(L + 22, y, v)
    y += 16
    for s in wrap("If you disagree with how a claim was handled, you may ask for a review within 180 days of this "
                  "statement. Call Member Services or write to the address below; include the claim number.", 150):
        doc.text(L, y, s)
        y += 9
    footer()
    return doc.close(), rec, "Commercial member EOB, four family members, claim continues on next page"


# ============================================================================ 2 commercial member EOB (fpdf2)
def m2_fm(x):
    return money(x, "$", "-")


@layout("s200_m2_commercial_statement_of_benefits", "fpdf2", m2_fm, lambda x: dfmt(x, "mon"))
def m2(path, npages):
    rec = Rec()
    doc = Doc("fpdf2", path, "dejavucond", landscape=True, title="Statement of Benefits")
    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.10"), allowed_rate=D("0.74"))
    st2 = PlanState(ded_left=ZERO, visit_copay=D("30.00"), allowed_rate=D("0.74"))
    claims = [
        ("Poppy Whitcomb", "Dependent", "Fernhill Sensory & Motor OT", "FSM-208144", "7781-220-0195", st, [
            Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 12), "97533", 2, ("GO",)),
            Svc(d(1, 12), "97530", 1, ("GO",)), Svc(d(1, 19), "97533", 2, ("GO",)),
            Svc(d(1, 19), "97530", 2, ("GO", "59"))]),
        ("Arlo Whitcomb", "Dependent", "Riverbend Sports Rehab", "RSR0044871", "7781-220-0410", st2, [
            Svc(d(1, 9), "97162", 1, ("GP",)), Svc(d(1, 9), "97110", 2, ("GP",)),
            Svc(d(1, 16), "97110", 2, ("GP", "CQ")), Svc(d(1, 16), "97116", 1, ("GP", "CQ")),
            Svc(d(1, 23), "97110", 2, ("GP", "CQ")), Svc(d(1, 23), "97750", 1, ("GP",))]),
        ("Eleanor Whitcomb", "Spouse", "Millbrook Spine & Pain Associates", "MSP-11-60233", "7781-221-0032", st2, [
            Svc(d(1, 21), "99214", 1), Svc(d(1, 21), "E0730", 1, ("NU",)),
            Svc(d(1, 21), "A4556", 2, denied="CO")]),
    ]
    for c in claims:
        for s in c[6]:
            G.commercial(s, c[5], deny_reason="16")
            s.remarks = ["R12"] if s.denied else (["R02"] + (["R05"] if s.deductible else []) +
                                                  (["R07"] if s.copay else []))
    rec.legend = [("R02", "Savings from your plan's contracted rate with this provider."),
                  ("R05", "Applied to your annual deductible."),
                  ("R07", "Your office visit copayment; charged once per visit date."),
                  ("R12", "Supplies billed without the detail we need. The provider may not bill you for this.")]
    SX = 178
    cols = [(SX, "L", "Service\nDate"), (SX + 56, "L", "Type of\nService"), (SX + 150, "L", "Service\nCode"),
            (SX + 205, "R", "Qty"), (SX + 248, "R", "Amount\nBilled"), (SX + 290, "R", "Member\nSavings"),
            (SX + 332, "R", "Approved\nAmount"), (SX + 372, "R", "Deductible"), (SX + 406, "R", "Copay"),
            (SX + 446, "R", "Co-\ninsurance"), (SX + 486, "R", "Not\nCovered"), (SX + 526, "R", "Paid by\nPlan"),
            (SX + 568, "R", "Your\nResp."), (SX + 572, "L", "Remark")]
    RX = 780

    def sidebar():
        doc.rect(18, 18, 150, 576, gray=0.95, stroke=False)
        doc.font(13, True)
        doc.text(26, 42, "Northgate")
        doc.font(8, True)
        doc.text(26, 53, "MUTUAL BENEFIT ASSOCIATION")
        doc.font(7)
        y = 76
        if doc.pages == 1:
            for k, v in (("Primary member", "Gideon Whitcomb"), ("Member number", "NMB 5520 8817 03"),
                         ("Plan", "Choice PPO 1500"), ("Employer group", "Tallis Freight Co."),
                         ("Date prepared", "Feb 6, 2026"), ("Period", "Jan 1 - Feb 5, 2026")):
                doc.font(6.5)
                doc.text(26, y, k.upper())
                doc.font(8, True)
                doc.text(26, y + 10, v)
                y += 25
            doc.font(7.5, True)
            doc.text(26, y + 8, "Plan year to date")
            doc.font(7)
            for k, v in (("Deductible met", "$150.00 of $1,500.00"), ("Out-of-pocket", "$612.38 of $5,000.00")):
                y += 22
                doc.text(26, y, k)
                doc.text(26, y + 9, v)
            y += 40
            doc.font(7.5, True)
            doc.text(26, y, "Questions?")
            doc.font(7)
            for s in ("Call 1-888-555-0199", "Mon-Fri 8 a.m. - 8 p.m.", "or visit your online account."):
                y += 10
                doc.text(26, y, s)
        else:
            doc.font(7.5, True)
            doc.text(26, y, "What the remarks mean")
            doc.font(6.6)
            for k, v in rec.legend:
                y += 14
                doc.font(6.8, True)
                doc.text(26, y, k)
                doc.font(6.6)
                for part in wrap(v, 34):
                    y += 9
                    doc.text(26, y, part)
        doc.font(6.3)
        doc.text(26, 586, f"Page {doc.pages} of {npages or '?'}")

    def top():
        sidebar()
        doc.font(14, True)
        doc.text(SX, 40, "Your Statement of Benefits")
        doc.font(7.5)
        doc.text(SX, 52, "This is not a bill. It shows how your plan handled recent claims for you and your family.")
        doc.hline(SX, RX, 60, 0.8)
        return 74

    y = top()
    for pat, rel, prov, acct, clm, _, svcs in claims:
        def head(y, cont=""):
            doc.font(8.5, True)
            doc.text(SX, y, f"Claim for: {pat}{cont}")
            doc.font(7)
            doc.text(SX + 230, y, f"Claim number {clm}")
            doc.text(SX + 390, y, "Received Jan 26, 2026   Processed Feb 2, 2026")
            doc.text(SX, y + 10, f"Provider: {prov}")
            doc.text(SX + 230, y + 10, f"Provider Patient No. {acct}")
            doc.text(SX + 390, y + 10, f"Relationship: {rel}")
            y += 18
            doc.rect(SX - 2, y, RX - SX + 2, 20, gray=0.85)
            cols_header(doc, y + 8, cols, 6.4, lead=8)
            return y + 30

        if y + 80 > 570:
            doc.new_page()
            y = top()
        y = head(y)
        for s in svcs:
            lines = wrap(s.desc, 24)
            cells = [(SX, "L", dfmt(s.dos, "mon")), (SX + 56, "L", lines[0]),
                     (SX + 150, "L", s.code + "".join("/" + m for m in s.mods)), (SX + 205, "R", G.units_str(s.units)),
                     (SX + 248, "R", m2_fm(s.billed)), (SX + 290, "R", m2_fm(s.discount)),
                     (SX + 332, "R", m2_fm(s.allowed)), (SX + 372, "R", m2_fm(s.deductible)),
                     (SX + 406, "R", m2_fm(s.copay)), (SX + 446, "R", m2_fm(s.coinsurance)),
                     (SX + 486, "R", m2_fm(s.not_covered)), (SX + 526, "R", m2_fm(s.paid)),
                     (SX + 568, "R", m2_fm(s.owes)), (SX + 572, "L", ", ".join(s.remarks))]
            row(doc, y, cells, 6.7)
            for k, extra in enumerate(lines[1:]):
                doc.text(SX + 56, y + 8 * (k + 1), extra)
            rec.line(doc.pages, s, acct, clm, pat, ("billed", "discount", "allowed", "deductible", "copay",
                                                    "coinsurance", "not_covered", "paid", "patient_owes"),
                     remarks=s.remarks)
            y += 8 * len(lines) + 3
            doc.hline(SX - 2, RX, y - 7, 0.2)
        row(doc, y + 2, [(SX + 56, "L", "Total for this claim"), (SX + 248, "R", m2_fm(tot(svcs, "billed"))),
                         (SX + 290, "R", m2_fm(tot(svcs, "discount"))), (SX + 332, "R", m2_fm(tot(svcs, "allowed"))),
                         (SX + 372, "R", m2_fm(tot(svcs, "deductible"))), (SX + 406, "R", m2_fm(tot(svcs, "copay"))),
                         (SX + 446, "R", m2_fm(tot(svcs, "coinsurance"))),
                         (SX + 486, "R", m2_fm(tot(svcs, "not_covered"))), (SX + 526, "R", m2_fm(tot(svcs, "paid"))),
                         (SX + 568, "R", m2_fm(tot(svcs, "owes")))], 6.7, True)
        rec.claim(acct, clm, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                  patient_owes=tot(svcs, "owes"))
        y += 26
    if doc.pages == 1:
        doc.new_page()
        y = top()
    doc.font(8, True)
    doc.text(SX, y, "Payments we sent")
    doc.font(7)
    for pat, rel, prov, acct, clm, _, svcs in claims:
        y += 11
        doc.text(SX, y, f"{prov}")
        doc.text(SX + 230, y, f"Claim {clm}")
        doc.text(SX + 400, y, f"{m2_fm(tot(svcs, 'paid'))} by electronic transfer")
    y += 24
    for s in wrap("You have the right to appeal. Send a written request within 180 days of the date you received this "
                  "statement to Northgate Mutual Appeals Unit, 900 Larchmont Rd, Suite 210, Kelso, WA 98626.", 130):
        doc.text(SX, y, s)
        y += 9
    return doc.close(), rec, "Commercial member statement of benefits, landscape with sidebar, three family members"


# ============================================================================ 3 Medicare Summary Notice (reportlab)
def m3_fm(x):
    return money(x, "$", "-")


@layout("s200_m3_medicare_summary_notice", "reportlab", m3_fm, lambda x: dfmt(x, "mon"))
def m3(path, npages):
    rec = Rec()
    doc = Doc("reportlab", path, "libsans", title="Medicare Summary Notice")
    st = PlanState(ded_left=D("74.00"))
    ben = "HAROLD J. PENNYWORTH"
    claims = [
        ("Greenleaf Outpatient Therapy, LLC", "(555) 014-2280", "Dr. Amara Velasquez", "26-0119-487-221", [
            Svc(d(1, 6), "97163", 1, ("GP",)), Svc(d(1, 6), "97110", 2, ("GP",)),
            Svc(d(1, 8), "97110", 2, ("GP", "KX")), Svc(d(1, 8), "97140", 1, ("GP",)),
            Svc(d(1, 8), "G0283", 1, ("GP",)), Svc(d(1, 13), "97110", 3, ("GP",)),
            Svc(d(1, 13), "97112", 1, ("GP",)), Svc(d(1, 15), "97110", 2, ("GP",)),
            Svc(d(1, 15), "97140", 1, ("GP",)), Svc(d(1, 15), "97018", 1, ("GP",), denied="CO")]),
        ("Crescent Hand Therapy Center", "(555) 014-7719", "Dr. Lionel Achebe", "26-0126-490-083", [
            Svc(d(1, 20), "97165", 1, ("GO",)), Svc(d(1, 20), "97760", 1, ("GO",)),
            Svc(d(1, 20), "L3807", 1, ("LT",))]),
        ("Crescent Hand Therapy Center", "(555) 014-7719", "Dr. Lionel Achebe", "26-0202-493-640", [
            Svc(d(1, 27), "97530", 2, ("GO",)), Svc(d(1, 27), "97535", 1, ("GO",))]),
    ]
    for c in claims:
        for s in c[4]:
            G.medicare(s, st, deny_reason="96")
            s.remarks = ["C"] if s.denied else (["A"] + (["B"] if s.deductible else []))
    rec.legend = [("A", "The amount Medicare paid the provider for this service is reduced by 2% as required by law."),
                  ("B", "This amount was applied to your yearly Part B deductible."),
                  ("C", "Medicare does not pay for this item when it is billed with other treatment on the same day. "
                        "The provider cannot charge you for it.")]
    L, R = 42, 570

    def top(first):
        doc.font(8)
        doc.text(L, 40, "Medicare Summary Notice for Part B (Medical Insurance)")
        doc.text(R, 40, f"{ben}  |  Page {doc.pages} of {npages or '?'}", "R")
        doc.hline(L, R, 46, 1.5)
        return 62

    # page 1: summary
    y = top(True)
    doc.font(20, True)
    doc.text(L, y + 16, "Medicare Summary Notice")
    doc.font(10)
    doc.text(L, y + 32, "for Part B (Medical Insurance)")
    doc.font(9)
    doc.text(L, y + 52, "The Official Summary of Your Medicare Claims from the Medicare Program")
    doc.rect(360, y, 210, 92)
    doc.font(8)
    for i, s in enumerate([ben, "Medicare Number XXX-XX-7741B", "Date of this notice: February 12, 2026",
                           "Claims processed between", "November 12, 2025 and February 10, 2026"]):
        doc.text(368, y + 14 + i * 12, s)
    y += 110
    doc.font(8)
    for i, s in enumerate(["HAROLD J PENNYWORTH", "419 QUARRY HILL LN APT 2", "OSTERVILLE KS 66049-1172"]):
        doc.text(L, y + i * 11, s)
    y += 50
    allsv = [s for c in claims for s in c[4]]
    doc.rect(L, y, 250, 150, gray=0.94)
    doc.font(11, True)
    doc.text(L + 10, y + 18, "Your Deductible Status")
    doc.font(8)
    for i, s in enumerate(wrap("Your deductible is what you must pay for most health services before Medicare "
                               "begins to pay. Part B deductible: You have now met $283.00 of your $283.00 "
                               "deductible for 2026.", 52)):
        doc.text(L + 10, y + 34 + i * 11, s)
    doc.rect(310, y, 260, 150, gray=0.94)
    doc.font(11, True)
    doc.text(318, y + 18, "Your Claims & Costs This Period")
    doc.font(8)
    doc.text(318, y + 40, "Did Medicare approve all services?")
    doc.font(8, True)
    doc.text(318, y + 52, "NO, Medicare denied 1 service. See page 2.")
    doc.font(8)
    doc.text(318, y + 74, "Number of claims processed")
    doc.text(560, y + 74, str(len(claims)), "R")
    doc.text(318, y + 90, "Total you may be billed")
    doc.text(560, y + 90, money(tot(allsv, "owes")), "R")
    doc.text(318, y + 106, "Providers with claims this period")
    for i, pr in enumerate(sorted({c[0] for c in claims})):
        doc.text(326, y + 120 + i * 11, f"{dfmt(claims[0][4][0].dos, 'mon') if i == 0 else dfmt(d(1, 20), 'mon')}  {pr}")
    y += 170
    doc.font(9, True)
    doc.text(L, y, "If you need help")
    doc.font(8)
    for i, s in enumerate(wrap("Call 1-800-555-0142 (TTY 1-877-555-0148) and say 'Agent.' Report fraud if a service "
                               "you never got is listed. Keep this notice for your records.", 110)):
        doc.text(L, y + 12 + i * 11, s)
    doc.new_page()
    y = top(False)
    doc.font(12, True)
    doc.text(L, y + 8, "Your Claims for Part B (Medical Insurance)")
    doc.font(8)
    doc.text(L, y + 22, "Part B covers outpatient therapy, doctor visits, and durable medical equipment. The notes "
                        "section at the end explains the letters in the last column.")
    y += 40
    cols = [(L, "L", "Service Provided & Billing Code"), (300, "C", "Service\nApproved?"),
            (380, "R", "Amount\nProvider\nCharged"), (440, "R", "Medicare-\nApproved\nAmount"),
            (494, "R", "Medicare\nPaid"), (545, "R", "Maximum\nYou May\nBe Billed"), (552, "L", "See\nNotes")]

    for prov, phone, ref, clm, svcs in claims:
        def head(y, cont=False):
            doc.font(9, True)
            doc.text(L, y, prov + (" (continued)" if cont else ""))
            doc.font(7.5)
            doc.text(L, y + 11, f"{phone}   Claim number {clm}   Referred by: {ref}")
            doc.text(L, y + 21, f"Service dates: {dfmt(svcs[0].dos, 'mon')} - {dfmt(svcs[-1].dos, 'mon')}")
            y += 28
            h = cols_header(doc, y + 7, cols, 7, lead=8)
            doc.hline(L, R, y + h + 4, 0.8)
            return y + h + 14

        if y + 120 > 740:
            doc.new_page()
            y = top(False)
        y = head(y)
        last = None
        for s in svcs:
            lines = wrap(f"{G.units_str(s.units)} {s.desc} ({s.code})", 56)
            h = 10 * len(lines) + (12 if s.dos != last else 0)
            if y + h > 745:
                doc.new_page()
                y = head(top(False), cont=True)
                last = None
            if s.dos != last:
                doc.font(8, True)
                doc.text(L, y, dfmt(s.dos, "mon"))
                y += 11
                last = s.dos
            row(doc, y, [(L + 8, "L", lines[0]), (300, "C", "No" if s.denied else "Yes"),
                         (380, "R", m3_fm(s.billed)), (440, "R", m3_fm(s.allowed)), (494, "R", m3_fm(s.paid)),
                         (545, "R", m3_fm(s.owes)), (552, "L", ", ".join(s.remarks))], 8)
            for k, extra in enumerate(lines[1:]):
                doc.text(L + 8, y + 10 * (k + 1), extra)
            rec.line(doc.pages, s, None, clm, ben, ("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                     remarks=s.remarks)
            y += 10 * len(lines) + 1
        doc.hline(L, R, y - 6, 0.3)
        row(doc, y + 3, [(L, "L", f"Total for Claim #{clm}"), (380, "R", m3_fm(tot(svcs, "billed"))),
                         (440, "R", m3_fm(tot(svcs, "allowed"))), (494, "R", m3_fm(tot(svcs, "paid"))),
                         (545, "R", m3_fm(tot(svcs, "owes")))], 8, True)
        rec.claim(None, clm, ben, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                  patient_owes=tot(svcs, "owes"))
        y += 30
    if y + 90 > 745:
        doc.new_page()
        y = top(False)
    doc.font(9, True)
    doc.text(L, y, "Notes for Claims Above")
    doc.font(8)
    for k, v in rec.legend:
        for i, part in enumerate(wrap(v, 110)):
            y += 11
            if i == 0:
                doc.text(L, y, k)
            doc.text(L + 14, y, part)
    return doc.close(), rec, "Medicare Summary Notice Part B, one beneficiary, claim continues on next page"


# ============================================================================ 4 Medicare Advantage member EOB (fpdf2)
def m4_fm(x):
    return money(x, "$", "()")


@layout("s200_m4_medicare_advantage_eob", "fpdf2", m4_fm, lambda x: dfmt(x, "mdy2"))
def m4(path, npages):
    rec = Rec()
    doc = Doc("fpdf2", path, "libserif", title="Explanation of Benefits - Medicare Advantage")
    mem = "Margarethe Oyelaran-Diaz"
    claims = [
        ("Bayview Neuro Rehab Associates", "BNR-440187", "MA26011900553", D("40.00"), [
            Svc(d(1, 5), "97167", 1, ("GO",)), Svc(d(1, 5), "97535", 1, ("GO",)),
            Svc(d(1, 7), "97530", 3, ("GO",)), Svc(d(1, 7), "97112", 1, ("GO",)),
            Svc(d(1, 12), "97530", 2, ("GO", "CO")), Svc(d(1, 12), "97535", 2, ("GO", "CO")),
            Svc(d(1, 14), "97129", 1, ("GO",)), Svc(d(1, 14), "97530", 2, ("GO",))]),
        ("Bayview Neuro Rehab Associates", "BNR-440188", "MA26012700118", D("40.00"), [
            Svc(d(1, 19), "92523", 1, ("GN",)), Svc(d(1, 21), "92507", 1, ("GN",)),
            Svc(d(1, 23), "92507", 1, ("GN",)), Svc(d(1, 23), "92526", 1, ("GN",), denied="CO")]),
        ("Coastline Family Medicine", "CFM 2026-00931", "MA26012900407", D("15.00"), [
            Svc(d(1, 22), "99214", 1)]),
    ]
    for _, _, _, cop, svcs in claims:
        seen = set()
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.remarks = ["4"]
                continue
            s.allowed = q(D(G.SCHED[s.code]) * s.units * D("1.03"))
            s.discount = s.billed - s.allowed
            s.copay = min(cop, s.allowed) if s.dos not in seen else ZERO
            seen.add(s.dos)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
            s.remarks = ["1", "2"] if s.copay else ["1"]
    rec.legend = [("1", "Your provider has a contract with us and accepted our approved amount as full payment."),
                  ("2", "Your share is your specialist or therapy visit copayment, charged once per visit day."),
                  ("3", "Year-to-date totals include claims processed through the end of this period."),
                  ("4", "This service was not approved because the records did not show it was needed on this "
                        "date. You do not have to pay for it.")]
    L, R = 40, 572

    def top():
        doc.font(16, True)
        doc.text(L, 44, "Harborlight Senior Advantage (HMO)")
        doc.font(8.5)
        doc.text(L, 56, "A Medicare Advantage plan offered by Harborlight Health Partners")
        doc.font(11, True)
        doc.text(R, 44, "Explanation of Benefits", "R")
        doc.font(8.5)
        doc.text(R, 56, f"{mem}  -  January 2026  -  Page {doc.pages} of {npages or '?'}", "R")
        doc.hline(L, R, 63, 0.6)
        doc.hline(L, R, 65, 0.6)
        return 82

    y = top()
    doc.font(9)
    for i, s in enumerate(["MARGARETHE OYELARAN-DIAZ", "77 WINTERBERRY CT", "PORT ALDEN, ME 04011-2290"]):
        doc.text(L, y + i * 11, s)
    doc.rect(340, y - 10, 232, 60)
    for i, (k, v) in enumerate([("Member ID", "HSA-093-22718-01"), ("Report period", "01/01/26 - 01/31/26"),
                                ("Date of this notice", "02/09/26"), ("Customer Care", "1-855-555-0107, TTY 711")]):
        doc.font(8.5, True)
        doc.text(348, y + 3 + i * 12, k)
        doc.font(8.5)
        doc.text(450, y + 3 + i * 12, v)
    y += 66
    doc.font(12, True)
    doc.text(L, y, "Part 1: Your medical services this month")
    doc.font(8.5)
    y += 14
    for s in wrap("This notice tells you about the medical services you received and what your plan paid. It is not "
                  "a bill. Compare it with any bills you get: you should never be billed more than the amount in the "
                  "'Your share' column.", 120):
        doc.text(L, y, s)
        y += 10
    y += 8
    allsv = [s for c in claims for s in c[4]]
    cols = [(L + 4, "L", "Date"), (L + 46, "L", "Billing\ncode"), (L + 108, "L", "Service you received"),
            (286, "R", "Units"),
            (340, "R", "Provider's\ncharge"), (398, "R", "Plan's\napproved\namount"), (452, "R", "Plan's\nshare"),
            (506, "R", "Your\nshare"), (516, "L", "See\nnote")]
    for prov, acct, clm, cop, svcs in claims:
        def head(y, cont=False):
            doc.rect(L, y, R - L, 30, gray=0.9, stroke=False)
            doc.font(9.5, True)
            doc.text(L + 4, y + 11, f"{prov}" + ("  (continued from previous page)" if cont else ""))
            doc.font(8.5)
            doc.text(L + 4, y + 24, f"Claim number {clm}    Your account number with this provider {acct}")
            doc.text(R - 4, y + 11, "Claim status: Approved" if not any(s.denied for s in svcs)
                     else "Claim status: Partly approved", "R")
            y += 42
            h = cols_header(doc, y, cols, 8, True, lead=9)
            doc.hline(L, R, y + h - 4, 0.8)
            return y + h + 6

        if y + 110 > 735:
            doc.new_page()
            y = top()
        y = head(y)
        for s in svcs:
            lines = wrap(s.desc, 30)
            if y + 11 * len(lines) > 740:
                doc.new_page()
                y = head(top(), cont=True)
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            row(doc, y, [(L + 4, "L", dfmt(s.dos, "mdy2")), (L + 46, "L", code), (L + 108, "L", lines[0]),
                         (286, "R", G.units_str(s.units)), (340, "R", m4_fm(s.billed)), (398, "R", m4_fm(s.allowed)),
                         (452, "R", m4_fm(s.paid)), (506, "R", m4_fm(s.owes)), (516, "L", ", ".join(s.remarks))], 8.5)
            for k, extra in enumerate(lines[1:]):
                doc.text(L + 108, y + 10 * (k + 1), extra)
            rec.line(doc.pages, s, acct, clm, mem, ("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            y += 10 * len(lines) + 3
        doc.hline(L, R, y - 6, 0.3)
        row(doc, y + 4, [(L + 46, "L", "Claim total"), (340, "R", m4_fm(tot(svcs, "billed"))),
                         (398, "R", m4_fm(tot(svcs, "allowed"))), (452, "R", m4_fm(tot(svcs, "paid"))),
                         (506, "R", m4_fm(tot(svcs, "owes")))], 8.5, True)
        rec.claim(acct, clm, mem, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                  patient_owes=tot(svcs, "owes"))
        y += 28
    if y + 150 > 740:
        doc.new_page()
        y = top()
    doc.font(12, True)
    doc.text(L, y, "Part 2: Your totals for 2026")
    y += 8
    doc.rect(L, y, R - L, 52)
    doc.font(8.5)
    for i, (k, a, b) in enumerate([("", "This month", "Year to date (3)"),
                                   ("Total your plan paid", m4_fm(tot(allsv, "paid")), m4_fm(tot(allsv, "paid"))),
                                   ("Total your share", m4_fm(tot(allsv, "owes")), m4_fm(tot(allsv, "owes")))]):
        doc.font(8.5, i == 0)
        doc.text(L + 6, y + 14 + i * 14, k)
        doc.text(420, y + 14 + i * 14, a, "R")
        doc.text(560, y + 14 + i * 14, b, "R")
    y += 70
    doc.font(10, True)
    doc.text(L, y, "Notes about your claims")
    doc.font(8.5)
    for k, v in rec.legend:
        for i, part in enumerate(wrap(v, 112)):
            y += 11
            if i == 0:
                doc.text(L, y, k)
            doc.text(L + 14, y, part)
    return doc.close(), rec, "Medicare Advantage member EOB, copay per visit day, one denied line, multi-page"


# ============================================================================ 5 state Medicaid RA, line printer (fpdf2)
def m5_fm(x):
    return money(x, ",", "trail")


@layout("s200_m5_medicaid_remittance_advice", "fpdf2", m5_fm, lambda x: dfmt(x, "mdy6"))
def m5(path, npages):
    rec = Rec()
    doc = Doc("fpdf2", path, "courier", landscape=True, title="Remittance Advice")
    recips = [
        ("ALVAREZ-QUINN, SOFIA", "W00412278", "KPT-2291", "2026034001287", [
            Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 7), "97530", 4, ("GO",)),
            Svc(d(1, 12), "97530", 3, ("GO",)), Svc(d(1, 12), "97533", 1, ("GO",)),
            Svc(d(1, 14), "97530", 4, ("GO",)), Svc(d(1, 19), "97530", 3, ("GO",)),
            Svc(d(1, 19), "97535", 1, ("GO",)), Svc(d(1, 21), "97530", 4, ("GO",))]),
        ("BRANNIGAN, TOBIAS", "W00390154", "KPT-2304", "2026034001288", [
            Svc(d(1, 6), "92523", 1, ("GN",)), Svc(d(1, 8), "92507", 1, ("GN",)),
            Svc(d(1, 13), "92507", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)),
            Svc(d(1, 20), "92507", 1, ("GN",)), Svc(d(1, 22), "92507", 1, ("GN",)),
            Svc(d(1, 22), "92526", 1, ("GN",))]),
        ("CHEUNG, MAYA L", "W00518803", "KPT-2317", "2026034001289", [
            Svc(d(1, 5), "97110", 8, ("GP",), end=d(1, 9)), Svc(d(1, 5), "97112", 4, ("GP",), end=d(1, 9)),
            Svc(d(1, 12), "97110", 6, ("GP",), end=d(1, 16)), Svc(d(1, 12), "97116", 3, ("GP",), end=d(1, 16)),
            Svc(d(1, 14), "E0730", 1, ("NU",))]),
        ("DESROSIERS, JEAN-LUC", "W00277419", "KPT-2322", "2026034001290", [
            Svc(d(1, 8), "97166", 1, ("GO",)), Svc(d(1, 8), "97530", 2, ("GO",)),
            Svc(d(1, 15), "97530", 2, ("GO",)), Svc(d(1, 15), "97140", 2, ("GO", "59")),
            Svc(d(1, 22), "97530", 2, ("GO",)), Svc(d(1, 22), "97535", 2, ("GO",)),
            Svc(d(1, 29), "97530", 2, ("GO",)), Svc(d(1, 29), "97168", 1, ("GO",))]),
    ]
    denied = [("ESPINOZA, RUBEN", "W00631020", "KPT-2330", "2026034001291", [
        Svc(d(1, 9), "97533", 4, ("GO",), denied="CO"), Svc(d(1, 9), "97530", 2, ("GO",), denied="CO")])]
    orig = Svc(d(12, 15).replace(year=2025), "92507", 1, ("GN",))
    for grp in recips:
        for s in grp[4]:
            G.medicaid(s)
            s.remarks = ["1021"]
    for s in denied[0][4]:
        G.medicaid(s, deny_reason="15")
        s.remarks = ["2204", "2290"]
    G.medicaid(orig)
    rev = G.negate(orig)
    rev.remarks = ["0570"]
    repl = Svc(orig.dos, "92507", 1, ("GN", "KX"))
    G.medicaid(repl)
    repl.remarks = ["0571", "1021"]
    adjusted = [("BRANNIGAN, TOBIAS", "W00390154", "KPT-2188", "2025352000731", [rev]),
                ("BRANNIGAN, TOBIAS", "W00390154", "KPT-2188", "2026034001292", [repl])]
    rec.legend = [("1021", "PAID AT THE PROGRAM FEE FOR THIS PROCEDURE."),
                  ("2204", "NO PRIOR APPROVAL ON FILE FOR THESE SERVICES FOR THIS RECIPIENT."),
                  ("2290", "RESUBMIT WITH THE APPROVAL NUMBER IF ONE WAS ISSUED."),
                  ("0570", "ORIGINAL CLAIM TAKEN BACK IN FULL (SEE REPLACEMENT ICN)."),
                  ("0571", "REPLACEMENT CLAIM PROCESSED FOR THE CLAIM TAKEN BACK.")]
    hdr1 = f"{'RECIPIENT NAME':<26}{'RECIPIENT ID':<15}{'PATIENT ACCT NO':<18}{'ICN':<16}"
    hdr2 = (f"{'':2}{'LN':<4}{'FROM':<7}{'THRU':<7}{'PROC':<7}{'MOD':<7}{'UNITS':>6}{'BILLED':>11}"
            f"{'ALLOWED':>11}{'TPL':>9}{'COPAY':>8}{'PAID':>11}  {'EOB CODES'}")
    LX, LH = 30, 10.2
    state = {"y": 0}

    def page_head():
        doc.font(7.6)
        y = 30
        for s in (f"{'STATE OF WESSEX':<40}{'MEDICAL ASSISTANCE PROGRAM':^50}{'RUN DATE 02/03/2026':>40}",
                  f"{'DEPT OF HEALTH AND FAMILY SERVICES':<40}{'REMITTANCE ADVICE':^50}"
                  f"{'PAGE ' + str(doc.pages) + ' OF ' + str(npages or 0):>40}",
                  "",
                  f"PROVIDER: KINDRED PATHS PEDIATRIC THERAPY INC     PROVIDER NO: 004881720    RA NO: 0203-118470"
                  f"    PAY DATE: 02/03/2026",
                  "          4120 TANAGER WAY STE 6, LOWELL FORD WX 50217",
                  "-" * 130, hdr1, hdr2, "-" * 130):
            doc.text(LX, y, s)
            y += LH
        state["y"] = y + 2

    def emit(s, bold=False):
        if state["y"] > 500:
            doc.new_page()
            page_head()
            if state.get("cur"):
                emit(state["cur"] + "  (CONTINUED)")
        doc.font(7.6, bold)
        doc.text(LX, state["y"], s)
        state["y"] += LH
        return doc.pages

    def section(title, groups):
        emit("")
        emit(f"*** {title} ***", True)
        for name, rid, acct, icn, svcs in groups:
            state["cur"] = None
            if state["y"] > 575 - 2 * LH:
                state["y"] = 999
            emit(f"{name:<26}{rid:<15}{acct:<18}{icn:<16}")
            state["cur"] = f"{name:<26}{rid:<15}{acct:<18}{icn:<16}"
            for i, s in enumerate(svcs, 1):
                mods = " ".join(s.mods)
                ln = (f"{'':2}{i:02d}  {dfmt(s.dos, 'mdy6'):<7}{dfmt(s.end or s.dos, 'mdy6'):<7}{s.code:<7}"
                      f"{mods:<7}{G.units_str(s.units):>6}{m5_fm(s.billed):>11}{m5_fm(s.allowed):>11}"
                      f"{m5_fm(ZERO):>9}{m5_fm(s.copay):>8}{m5_fm(s.paid):>11}  {' '.join(s.remarks)}")
                pg = emit(ln)
                rec.line(pg, s, acct, icn, name, ("billed", "allowed", "copay", "paid"), service_end=s.end,
                         remarks=s.remarks)
            emit(f"{'':2}{'CLAIM TOTAL':<38}{m5_fm(tot(svcs, 'billed')):>11}{m5_fm(tot(svcs, 'allowed')):>11}"
                 f"{m5_fm(ZERO):>9}{m5_fm(tot(svcs, 'copay')):>8}{m5_fm(tot(svcs, 'paid')):>11}")
            rec.claim(acct, icn, name, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                      paid=tot(svcs, "paid"))
            state["cur"] = None
            emit("")

    page_head()
    section("CLAIM TYPE: PROFESSIONAL     STATUS: PAID", recips)
    section("CLAIM TYPE: PROFESSIONAL     STATUS: DENIED", denied)
    section("CLAIM TYPE: PROFESSIONAL     STATUS: ADJUSTED (ORIGINAL ICN FIRST, REPLACEMENT SECOND)", adjusted)
    allpaid = sum(tot(g[4], "paid") for g in recips + denied + adjusted)
    emit("-" * 130)
    emit("PAYMENT SUMMARY", True)
    for k, v in (("CLAIMS PAID", sum(tot(g[4], "paid") for g in recips)), ("CLAIMS DENIED", ZERO),
                 ("ADJUSTMENTS (NET)", tot(adjusted[0][4], "paid") + tot(adjusted[1][4], "paid")),
                 ("NET PAYMENT", allpaid)):
        emit(f"{'':4}{k:<30}{m5_fm(v):>14}")
    emit(f"{'':4}{'EFT TRACE NUMBER':<30}{'0000771046':>14}")
    emit("")
    emit("EOB CODE MESSAGES", True)
    for k, v in rec.legend:
        emit(f"{'':4}{k}  {v}")
    return doc.close(), rec, "State Medicaid remittance advice, line-printer style, paid/denied/adjusted sections"


# ============================================================================ 6 state Medicaid RA, boxed claims (reportlab)
def m6_fm(x):
    return money(x, ",", "-")


def m6_uf(u):
    return f"{u:.2f}"


@layout("s200_m6_medicaid_remittance_status_report", "reportlab", m6_fm, lambda x: dfmt(x, "mdy4"), m6_uf)
def m6(path, npages):
    rec = Rec()
    doc = Doc("reportlab", path, "times", title="Remittance and Status Report")
    groups = [
        ("Okonjo, Chidera", "600417728", "OT-55019", "1126027300145", "PAID", D("0"), [
            Svc(d(1, 6), "97167", 1, ("GO",)), Svc(d(1, 6), "97530", 2, ("GO",)),
            Svc(d(1, 13), "97530", 3, ("GO",)), Svc(d(1, 13), "97112", 1, ("GO", "59"))]),
        ("Pruitt, Garrison", "600388013", "OT-55031", "1126027300146", "PAID", D("2.00"), [
            Svc(d(1, 8), "97161", 1, ("GP",)), Svc(d(1, 8), "97110", 2, ("GP",)),
            Svc(d(1, 8), "97140", 1, ("GP",))]),
        ("Pruitt, Lily-Anne", "600388021", "OT-55032", "1126027300147", "PAID", D("0"), [
            Svc(d(1, 9), "92523", 1, ("GN",)), Svc(d(1, 16), "92507", 1, ("GN",)),
            Svc(d(1, 23), "92507", 1, ("GN",)), Svc(d(1, 30), "92507", 1, ("GN",))]),
        ("Sandoval, Ximena", "600512290", "OT-55047", "1126027300148", "DENIED", D("0"), [
            Svc(d(1, 14), "97165", 1, ("GO",), denied="CO"), Svc(d(1, 14), "97535", 2, ("GO",), denied="CO")]),
        ("Tran, Bao Khanh", "600477315", "OT-55052", "1126027300149", "PAID", D("0"), [
            Svc(d(1, 15), "97110", 3, ("GP",)), Svc(d(1, 15), "97116", 2, ("GP",)),
            Svc(d(1, 22), "97110", 3, ("GP",)), Svc(d(1, 22), "97116", 2, ("GP",)),
            Svc(d(1, 29), "97110", 3, ("GP", "KX")), Svc(d(1, 29), "97750", 1, ("GP",), denied="CO")]),
    ]
    for g in groups:
        copay_left = g[5]
        for s in g[6]:
            if s.denied:
                G.medicaid(s, deny_reason="16" if g[4] == "DENIED" else "119")
                s.remarks = ["M51", "N704"] if g[4] == "DENIED" else ["N640"]
                continue
            G.medicaid(s)
            s.remarks = []
            if copay_left:
                s.copay = copay_left
                s.paid -= copay_left
                s.owes = copay_left
                s.adjs.append(("PR", "3", copay_left))
                copay_left = ZERO
    rec.legend = [("CO-45", "Charge is more than the program's maximum for this service."),
                  ("CO-16", "Claim is missing information needed to decide it."),
                  ("CO-119", "Benefit limit for the period has been reached."),
                  ("PR-3", "Recipient co-payment."),
                  ("M51", "Procedure code is missing or not valid for this claim type."),
                  ("N704", "Rebill with the referring practitioner identified."),
                  ("N640", "Yearly visit count exhausted for this therapy discipline.")]
    L, R = 36, 576
    cx = {"ln": L + 6, "dos": L + 24, "proc": L + 84, "mod": L + 122, "qty": L + 188, "bill": L + 250,
          "allow": L + 310, "grp": L + 320, "adj": L + 412, "paid": L + 466, "rarc": L + 474}

    def top():
        doc.font(11, True)
        doc.text(L, 40, "LAKESHORE STATE MEDICAID PROGRAM")
        doc.font(8.5)
        doc.text(L, 51, "Fiscal Agent: Meridian Claims Administration  |  P.O. Box 7301, Carver City, MN 55710")
        doc.font(12, True)
        doc.text(R, 40, "Remittance and Status Report", "R")
        doc.font(8.5)
        doc.text(R, 51, "Payment Cycle 2026-05   Issue Date 02/05/2026", "R")
        doc.rect(L, 58, R - L, 30)
        doc.font(8)
        doc.text(L + 6, 70, "Payee: Northshore Therapy Partners PC")
        doc.text(L + 6, 81, "Payee ID: 2210045187   Taxonomy: 225X00000X")
        doc.text(330, 70, "EFT No.: 88019-442730")
        doc.text(330, 81, "Remit Seq.: 000317")
        doc.font(7.5)
        doc.text(R, 770, f"Page {doc.pages} of {npages or '?'}", "R")
        doc.text(L, 770, "Keep this report. Payment detail is also available through the provider portal.")
        return 104

    y = top()
    for name, mid, pcn, tcn, status, _, svcs in groups:
        nrows = len(svcs) + sum(1 for s in svcs if len(s.adjs) > 1)
        h = 50 + nrows * 11 + 14
        if y + h > 745:
            doc.new_page()
            y = top()
        doc.rect(L, y, R - L, h)
        doc.rect(L, y, R - L, 14, gray=0.86)
        doc.font(8.5, True)
        doc.text(L + 6, y + 10, f"Member: {name}")
        doc.text(L + 190, y + 10, f"Member No.: {mid}")
        doc.text(L + 330, y + 10, f"Claim Status: {status}")
        doc.font(8)
        doc.text(L + 6, y + 25, f"TCN: {tcn}")
        doc.text(L + 190, y + 25, f"Pt. Control No.: {pcn}")
        doc.text(L + 330, y + 25, "Rendering: 1720044918  Claim Type: 837P")
        yy = y + 38
        doc.font(7.5, True)
        for k, lab, al in (("ln", "Ln", "L"), ("dos", "Date of Svc", "L"), ("proc", "Proc", "L"), ("mod", "Modifiers", "L"),
                           ("qty", "Units", "R"), ("bill", "Billed Amt", "R"), ("allow", "Allowed Amt", "R"),
                           ("grp", "Adj Grp-CARC", "L"), ("adj", "Adj Amt", "R"), ("paid", "Paid Amt", "R"),
                           ("rarc", "RARC", "L")):
            doc.text(cx[k], yy, lab, al)
        doc.hline(L + 4, R - 4, yy + 3, 0.4)
        yy += 13
        for i, s in enumerate(svcs, 1):
            a0 = s.adjs[0]
            row(doc, yy, [(cx["ln"], "L", str(i)), (cx["dos"], "L", dfmt(s.dos, "mdy4")), (cx["proc"], "L", s.code),
                          (cx["mod"], "L", " ".join(s.mods)), (cx["qty"], "R", m6_uf(s.units)),
                          (cx["bill"], "R", m6_fm(s.billed)), (cx["allow"], "R", m6_fm(s.allowed)),
                          (cx["grp"], "L", f"{a0[0]}-{a0[1]}"), (cx["adj"], "R", m6_fm(a0[2])),
                          (cx["paid"], "R", m6_fm(s.paid)), (cx["rarc"], "L", " ".join(s.remarks))], 8)
            for a in s.adjs[1:]:
                yy += 11
                row(doc, yy, [(cx["grp"], "L", f"{a[0]}-{a[1]}"), (cx["adj"], "R", m6_fm(a[2]))], 8)
            rec.line(doc.pages, s, pcn, tcn, name, ("billed", "allowed", "paid"), adjustments=s.adjs,
                     remarks=s.remarks)
            yy += 11
        doc.hline(L + 4, R - 4, yy - 7, 0.3)
        row(doc, yy + 1, [(cx["dos"], "L", "Claim Totals:"), (cx["bill"], "R", m6_fm(tot(svcs, "billed"))),
                          (cx["allow"], "R", m6_fm(tot(svcs, "allowed"))),
                          (cx["adj"], "R", m6_fm(sum((a[2] for s in svcs for a in s.adjs), ZERO))),
                          (cx["paid"], "R", m6_fm(tot(svcs, "paid")))], 8, True)
        rec.claim(pcn, tcn, name, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"))
        y += h + 10
    allsv = [s for g in groups for s in g[6]]
    if y + 190 > 745:
        doc.new_page()
        y = top()
    doc.rect(L, y, 250, 70, gray=0.95)
    doc.font(9, True)
    doc.text(L + 8, y + 14, "Payment Summary")
    doc.font(8)
    for i, (k, v) in enumerate((("Claims in this report", str(len(groups))),
                                ("Total billed", m6_fm(tot(allsv, "billed"))),
                                ("Total paid this cycle", m6_fm(tot(allsv, "paid"))),
                                ("Recipient co-payments", m6_fm(tot(allsv, "copay"))))):
        doc.text(L + 8, y + 28 + i * 11, k)
        doc.text(L + 240, y + 28 + i * 11, v, "R")
    y += 88
    doc.font(9, True)
    doc.text(L, y, "Adjustment and Remark Code Glossary")
    doc.font(8)
    for k, v in rec.legend:
        y += 11
        doc.text(L, y, k)
        doc.text(L + 48, y, v)
    return doc.close(), rec, "State Medicaid remittance and status report, one box per claim, copay, denials"


# ============================================================================ 7 Medicare-style SPR from a clearinghouse (reportlab)
def m7_fm(x):
    return money(x, "", "-")


@layout("s200_m7_clearinghouse_standard_paper_remit", "reportlab", m7_fm, lambda x: dfmt(x, "mdy6"))
def m7(path, npages):
    rec = Rec()
    doc = Doc("reportlab", path, "libmono", landscape=True, title="Remittance print")
    st = PlanState(ded_left=D("40.00"))
    perf = "1740082261"
    claims = [
        ("OKONKWO, ADAEZE", "4KW7TT2MN81", "GHT0031174", "0226029114870", "MA01", [
            Svc(d(1, 6), "97110", 2, ("GP",)), Svc(d(1, 6), "97140", 1, ("GP", "59")),
            Svc(d(1, 6), "97112", 1, ("GP",)), Svc(d(1, 8), "97110", 2, ("GP",)),
            Svc(d(1, 8), "97530", 1, ("GP",))]),
        ("LINDQVIST, BJORN", "7RQ2HX4PL02", "GHT0031190", "0226029114871", "MA01", [
            Svc(d(1, 7), "97165", 1, ("GO",)), Svc(d(1, 7), "97535", 2, ("GO",)),
            Svc(d(1, 9), "97530", 2, ("GO",)), Svc(d(1, 9), "97535", 1, ("GO",)),
            Svc(d(1, 14), "97530", 2, ("GO", "CO")), Svc(d(1, 14), "97168", 1, ("GO",))]),
        ("MARCHETTI, ROSALIND", "3FG8KD1WZ55", "GHT0031203", "0226029114872", "MA01", [
            Svc(d(1, 12), "92523", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)),
            Svc(d(1, 19), "92507", 1, ("GN",)), Svc(d(1, 19), "92526", 1, ("GN",))]),
        ("ABERNATHY, WENDELL", "9TN4MC7QA19", "GHT0031218", "0226029114873", "MA01", [
            Svc(d(1, 13), "97110", 3, ("GP", "KX")), Svc(d(1, 13), "97116", 1, ("GP", "KX")),
            Svc(d(1, 13), "G0283", 1, ("GP",)), Svc(d(1, 13), "97018", 1, ("GP",), denied="CO")]),
    ]
    for c in claims:
        for s in c[5]:
            G.medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
    # a reversal of an earlier claim and its correction
    o1 = G.medicare(Svc(d(12, 29).replace(year=2025), "97530", 2, ("GO",)), PlanState())
    o2 = G.medicare(Svc(d(12, 29).replace(year=2025), "97110", 1, ("GO",)), PlanState())
    r1, r2 = G.negate(o1), G.negate(o2)
    c1 = G.medicare(Svc(d(12, 29).replace(year=2025), "97530", 2, ("GP",)), PlanState())
    c2 = G.medicare(Svc(d(12, 29).replace(year=2025), "97110", 1, ("GP",)), PlanState())
    claims += [("LINDQVIST, BJORN", "7RQ2HX4PL02", "GHT0030877", "0225363098812", "MA15", [r1, r2]),
               ("LINDQVIST, BJORN", "7RQ2HX4PL02", "GHT0030877", "0226029114874", "MA01", [c1, c2])]
    rec.legend = [("CO-45", "CHARGES EXCEED FEE SCHEDULE"), ("CO-253", "PAYMENT REDUCTION REQUIRED BY LAW"),
                  ("PR-1", "DEDUCTIBLE"), ("PR-2", "COINSURANCE"), ("CO-97", "INCLUDED IN ANOTHER SERVICE PAID"),
                  ("M15", "SEPARATELY BILLED SERVICE BUNDLED INTO ANOTHER"),
                  ("MA01", "APPEAL RIGHTS NOTICE"), ("MA15", "CLAIM SPLIT OR REVERSED; SEE CORRECTED CLAIM")]
    LX, LH, FS = 24, 9.6, 7.4
    hdr = (f"{'PERF PROV':<12}{'SERV DATE':<13}{'POS':<4}{'NOS':>4}  {'PROC':<7}{'MODS':<10}{'BILLED':>10}"
           f"{'ALLOWED':>10}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<18}{'PROV PD':>10}")
    W = len(hdr) + 4
    st7 = {"y": 0}

    def head():
        doc.font(FS)
        y = 28
        for s in (f"{'CLEARPATH EXCHANGE LLC':<50}{'REMITTANCE PRINT - 835 IN PAPER FORMAT':<60}"
                  f"{'PAGE #: ' + str(doc.pages) + ' OF ' + str(npages or 0):>28}",
                  f"{'PAYER: MEDICARE PART B - NORTHERN PLAINS CONTRACTOR':<60}{'PAYER ID 15502':<50}"
                  f"{'DATE: 02/06/2026':>28}",
                  f"{'PAYEE: GRANITE HILL THERAPY GROUP':<60}{'NPI: 1740082261  TIN: XX-XXX8817':<50}"
                  f"{'CHECK/EFT #: 884401207':>28}",
                  "", hdr, "-" * W):
            doc.text(LX, y, s)
            y += LH
        st7["y"] = y

    def emit(s):
        if st7["y"] > 580:
            doc.new_page()
            head()
        doc.text(LX, st7["y"], s)
        st7["y"] += LH
        return doc.pages

    head()
    for name, hic, acnt, icn, moa, svcs in claims:
        if st7["y"] > 555:
            st7["y"] = 999
        emit(f"NAME {name:<24}HIC {hic:<14}ACNT {acnt:<14}ICN {icn:<16}ASG Y  MOA {moa}")
        for s in svcs:
            adjs = s.adjs
            a0 = f"{adjs[0][0]}-{adjs[0][1]}" if adjs else ""
            pg = emit(f"{perf:<12}{s.dos:%m%d} {dfmt(s.dos, 'mdy6'):<8}{'11':<4}{G.units_str(s.units):>4}  "
                      f"{s.code:<7}{' '.join(s.mods):<10}{m7_fm(s.billed):>10}{m7_fm(s.allowed):>10}"
                      f"{m7_fm(s.deductible):>9}{m7_fm(s.coinsurance):>9}  {a0:<8}{m7_fm(adjs[0][2]):>10}"
                      f"{m7_fm(s.paid):>10}")
            for g, c, a in adjs[1:]:
                emit(f"{'':97}{g + '-' + c:<8}{m7_fm(a):>10}")
            if s.remarks:
                emit(f"{'':12}REM: {' '.join(s.remarks)}")
            rec.line(pg, s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                     adjustments=adjs, remarks=s.remarks)
        emit(f"PT RESP {m7_fm(tot(svcs, 'owes')):>10}{'':12}CLAIM TOTALS{'':5}{m7_fm(tot(svcs, 'billed')):>10}"
             f"{m7_fm(tot(svcs, 'allowed')):>10}{m7_fm(tot(svcs, 'deductible')):>9}{m7_fm(tot(svcs, 'coinsurance')):>9}"
             f"{'':20}{m7_fm(tot(svcs, 'paid')):>10}")
        emit(f"ADJ TO TOTALS: PREV PD {m7_fm(ZERO)}  INTEREST {m7_fm(ZERO)}  LATE FILING CHARGE {m7_fm(ZERO)}"
             f"{'':20}NET {m7_fm(tot(svcs, 'paid')):>10}")
        emit("")
        rec.claim(acnt, icn, name, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                  patient_owes=tot(svcs, "owes"))
    allsv = [s for c in claims for s in c[5]]
    plb = D("-18.40")
    emit("-" * W)
    emit("PROVIDER ADJ DETAILS:  PLB REASON CODE   FCN                HIC            AMOUNT")
    emit(f"{'':23}WO{'':16}0225311087700      5MZ1PQ8RT44    {m7_fm(plb):>10}")
    emit("")
    emit(f"TOTALS:  # OF CLAIMS {len(claims):>3}   BILLED AMT {m7_fm(tot(allsv, 'billed'))}   ALLOWED AMT "
         f"{m7_fm(tot(allsv, 'allowed'))}   DEDUCT AMT {m7_fm(tot(allsv, 'deductible'))}   COINS AMT "
         f"{m7_fm(tot(allsv, 'coinsurance'))}")
    emit(f"{'':9}PROV PD AMT {m7_fm(tot(allsv, 'paid'))}   PROV ADJ AMT {m7_fm(plb)}   CHECK AMT "
         f"{m7_fm(tot(allsv, 'paid') + plb)}")
    emit("")
    emit("GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES")
    for k, v in rec.legend:
        emit(f"  {k:<8}{v}")
    return doc.close(), rec, "Medicare-style standard paper remit printed by a clearinghouse, reversal and correction"


# ============================================================================ 8 practice-management ERA posting detail (fpdf2)
def m8_fm(x):
    return money(x, ",", "()")


@layout("s200_m8_pm_era_posting_detail", "fpdf2", m8_fm, lambda x: dfmt(x, "mdyn"))
def m8(path, npages):
    rec = Rec()
    doc = Doc("fpdf2", path, "libsans", title="ERA Posting Detail")
    st = PlanState(ded_left=D("120.00"), coins_rate=D("0.20"), allowed_rate=D("0.71"))
    claims = [
        ("Castellanos, Nora", "Castellanos, Luis", "88213", "RW44710062018", [
            Svc(d(1, 5), "97166", 1, ("GO",)), Svc(d(1, 5), "97530", 2, ("GO",)),
            Svc(d(1, 7), "97530", 2, ("GO",)), Svc(d(1, 7), "97535", 1, ("GO",)),
            Svc(d(1, 12), "97530", 2, ("GO",)), Svc(d(1, 12), "97112", 1, ("GO", "59")),
            Svc(d(1, 14), "97530", 3, ("GO",)), Svc(d(1, 14), "97140", 1, ("GO",))]),
        ("Castellanos, Iker", "Castellanos, Luis", "88214", "RW44710062019", [
            Svc(d(1, 6), "92523", 1, ("GN",)), Svc(d(1, 13), "92507", 1, ("GN",)),
            Svc(d(1, 20), "92507", 1, ("GN",))]),
        ("Whitfield, Orla", "Whitfield, Orla", "88240", "RW44710062231", [
            Svc(d(1, 8), "97161", 1, ("GP",)), Svc(d(1, 8), "97110", 2, ("GP",)),
            Svc(d(1, 8), "97140", 1, ("GP",)), Svc(d(1, 8), "G0283", 1, ("GP",), denied="CO"),
            Svc(d(1, 15), "97110", 3, ("GP",)), Svc(d(1, 15), "97116", 1, ("GP",))]),
        ("Nakamura-Bell, Sora", "Bell, Everett", "88251", "RW44710062377", [
            Svc(d(1, 9), "97165", 1, ("GO",)), Svc(d(1, 9), "97760", 1, ("GO",)),
            Svc(d(1, 9), "L3807", 1, ("RT",)), Svc(d(1, 16), "97760", 1, ("GO",))]),
        ("Nakamura-Bell, Ren", "Bell, Everett", "88252", "RW44710062378", [
            Svc(d(1, 12), "92523", 1, ("GN",)), Svc(d(1, 14), "92507", 1, ("GN",)),
            Svc(d(1, 19), "92507", 1, ("GN",)), Svc(d(1, 21), "92507", 1, ("GN",)),
            Svc(d(1, 21), "92526", 1, ("GN",)), Svc(d(1, 26), "92507", 1, ("GN",)),
            Svc(d(1, 28), "92507", 1, ("GN",)), Svc(d(1, 28), "92526", 1, ("GN",))]),
        ("Whitfield, Orla", "Whitfield, Orla", "88241", "RW44710062502", [
            Svc(d(1, 22), "97110", 3, ("GP",)), Svc(d(1, 22), "97140", 1, ("GP",)),
            Svc(d(1, 29), "97110", 2, ("GP",)), Svc(d(1, 29), "97116", 2, ("GP",)),
            Svc(d(1, 29), "97164", 1, ("GP",))]),
        ("Dunmore, Phineas", "Dunmore, Phineas", "88266", "RW44710062490", [
            Svc(d(1, 21), "97110", 2, ("GP",), denied="CO"), Svc(d(1, 21), "97140", 2, ("GP",), denied="CO")]),
    ]
    for name, _, acct, clm, svcs in claims:
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.adjs = [("CO", "97" if clm.endswith("2231") else "27", s.billed)]
                s.remarks = ["N20"] if clm.endswith("2231") else ["N30"]
            else:
                G.commercial(s, st)
                s.remarks = []
    rec.legend = [("CO45", "Contracted rate reduction"), ("PR1", "Deductible"), ("PR2", "Coinsurance"),
                  ("CO97", "Paid as part of another service on the claim"), ("CO27", "Coverage ended before this date"),
                  ("N20", "Not paid separately"), ("N30", "Patient not eligible for this plan on date of service")]
    L, R = 28, 584
    X = {"dos": L + 4, "proc": L + 54, "mod": L + 90, "units": L + 148, "chg": L + 192, "allow": L + 234,
         "ded": L + 270, "coi": L + 306, "cop": L + 336, "adj": L + 344, "paid": L + 468, "pr": L + 512, "rarc": L + 518}

    def top():
        doc.font(7)
        doc.text(L, 24, "TheraLedger PM  v11.4")
        doc.text(R, 24, "Printed 02/09/2026 10:42 by jmarsh", "R")
        doc.font(12, True)
        doc.text(L, 42, "ERA Posting Detail")
        doc.font(8)
        doc.text(L, 54, "Practice: Cobblestone Rehab & Wellness, PLLC     Location: Main Street Clinic")
        doc.text(L, 64, "Payer: Ridgewater Health Insurance (Payer ID RWH07)     Check/EFT: EFT 5520193348     "
                        "Check Date: 2/6/2026     Batch: ERA-0206-03")
        doc.hline(L, R, 70, 1)
        doc.font(7)
        doc.text(R, 775, f"Page {doc.pages} of {npages or '?'}", "R")
        doc.text(L, 775, "Confidential patient information. Posting detail generated from the payer's 835 file.")
        return 82

    def colhead(y):
        doc.rect(L, y - 8, R - L, 11, gray=0.9, stroke=False)
        doc.font(6.8, True)
        for k, lab, al in (("dos", "Svc Date", "L"), ("proc", "Proc", "L"), ("mod", "Mod", "L"), ("units", "Units", "R"),
                           ("chg", "Charge", "R"), ("allow", "Allowed", "R"), ("ded", "Deduct", "R"),
                           ("coi", "CoIns", "R"), ("cop", "CoPay", "R"), ("adj", "Adj Codes", "L"),
                           ("paid", "Paid", "R"), ("pr", "Pt Resp", "R"), ("rarc", "Rmk", "L")):
            doc.text(X[k], y, lab, al)
        return y + 11

    y = top()
    for name, sub, acct, clm, svcs in claims:
        def chead(y, cont=False):
            doc.font(8, True)
            doc.text(L, y, f"Patient: {name}" + ("  (cont.)" if cont else ""))
            doc.text(L + 190, y, f"Acct #: {acct}")
            doc.text(L + 270, y, f"Payer Claim #: {clm}")
            doc.font(7.5)
            status = "4 - Denied" if all(s.denied for s in svcs) else "1 - Processed as Primary"
            doc.text(L, y + 10, f"Subscriber: {sub}     Claim Status: {status}     Rendering: Hollis, Maren OTR/L")
            return colhead(y + 23)

        if y + 70 > 760:
            doc.new_page()
            y = top()
        y = chead(y)
        for s in svcs:
            nadj = max(1, len(s.adjs))
            if y + 9 * nadj > 762:
                doc.new_page()
                y = chead(top(), cont=True)
            a = s.adjs
            row(doc, y, [(X["dos"], "L", dfmt(s.dos, "mdyn")), (X["proc"], "L", s.code), (X["mod"], "L", ",".join(s.mods)),
                         (X["units"], "R", G.units_str(s.units)), (X["chg"], "R", m8_fm(s.billed)),
                         (X["allow"], "R", m8_fm(s.allowed)), (X["ded"], "R", m8_fm(s.deductible)),
                         (X["coi"], "R", m8_fm(s.coinsurance)), (X["cop"], "R", m8_fm(s.copay)),
                         (X["adj"], "L", "  ".join(f"{g}{c} {m8_fm(v)}" for g, c, v in a[:2])),
                         (X["paid"], "R", m8_fm(s.paid)), (X["pr"], "R", m8_fm(s.owes)),
                         (X["rarc"], "L", " ".join(s.remarks))], 7)
            for k in range(2, len(a), 2):
                y += 8.5
                doc.text(X["adj"], y, "  ".join(f"{g}{c} {m8_fm(v)}" for g, c, v in a[k:k + 2]))
            rec.line(doc.pages, s, acct, clm, name, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                                     "patient_owes"), adjustments=a, remarks=s.remarks)
            y += 11
        doc.hline(L, R, y - 7, 0.3)
        row(doc, y + 1, [(X["proc"], "L", "Claim Totals"), (X["chg"], "R", m8_fm(tot(svcs, "billed"))),
                         (X["allow"], "R", m8_fm(tot(svcs, "allowed"))), (X["ded"], "R", m8_fm(tot(svcs, "deductible"))),
                         (X["coi"], "R", m8_fm(tot(svcs, "coinsurance"))), (X["cop"], "R", m8_fm(tot(svcs, "copay"))),
                         (X["paid"], "R", m8_fm(tot(svcs, "paid"))), (X["pr"], "R", m8_fm(tot(svcs, "owes")))], 7, True)
        rec.claim(acct, clm, name, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                  patient_owes=tot(svcs, "owes"))
        y += 22
    allsv = [s for c in claims for s in c[4]]
    if y + 130 > 760:
        doc.new_page()
        y = top()
    doc.font(9, True)
    doc.text(L, y, "Batch Posting Summary")
    doc.font(7.5)
    for k, v in (("Insurance payments posted", tot(allsv, "paid")),
                 ("Contractual adjustments posted", sum((a[2] for s in allsv for a in s.adjs if a[0] == "CO"), ZERO)),
                 ("Transferred to patient responsibility", tot(allsv, "owes")),
                 ("EFT amount", tot(allsv, "paid"))):
        y += 11
        doc.text(L + 6, y, k)
        doc.text(L + 260, y, m8_fm(v), "R")
    y += 18
    doc.font(8, True)
    doc.text(L, y, "Code Legend")
    doc.font(7)
    for k, v in rec.legend:
        y += 9.5
        doc.text(L + 6, y, f"{k}  -  {v}")
    return doc.close(), rec, "Practice-management ERA posting detail, family claims, denials, claim continues"


# ============================================================================ 9 therapy clinic family statement (reportlab)
def m9_fm(x):
    return money(x, ",", "()")


@layout("s200_m9_clinic_family_statement", "reportlab", m9_fm, lambda x: dfmt(x, "mdy4"))
def m9(path, npages):
    rec = Rec()
    doc = Doc("reportlab", path, "dejavu", title="Patient Statement")
    st = PlanState(ded_left=D("60.00"), coins_rate=D("0.20"), allowed_rate=D("0.76"))
    visits = [
        ("Elena Vasquez-Holt", "10442", "IW260105882", "paid", [
            Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97533", 1, ("GO",))]),
        ("Mateo Vasquez-Holt", "10451", "IW260106013", "paid", [
            Svc(d(1, 6), "92523", 1, ("GN",)), Svc(d(1, 13), "92507", 1, ("GN",))]),
        ("Elena Vasquez-Holt", "10467", "IW260112240", "paid", [
            Svc(d(1, 12), "97530", 2, ("GO",)), Svc(d(1, 12), "97533", 2, ("GO",)),
            Svc(d(1, 12), "97018", 1, ("GO",), denied="PR")]),
        ("Renee Vasquez-Holt", "10473", "IW260114398", "paid", [
            Svc(d(1, 14), "97163", 1, ("GP",)), Svc(d(1, 14), "97140", 2, ("GP",)),
            Svc(d(1, 14), "E0730", 1, ("NU",))]),
        ("Mateo Vasquez-Holt", "10488", None, "pending", [
            Svc(d(1, 27), "92507", 1, ("GN",)), Svc(d(1, 27), "92526", 1, ("GN",))]),
    ]
    for _, _, _, status, svcs in visits:
        for s in svcs:
            if status == "paid":
                G.commercial(s, st, deny_reason="204")
    L, R = 40, 572
    pay = D("75.00")
    cur = sum((s.owes for v in visits for s in v[4]), ZERO)
    due = cur - pay
    # remittance coupon
    doc.font(8)
    doc.text(L, 36, "PINECREST KIDS THERAPY COLLECTIVE")
    doc.text(L, 46, "1180 Juniper Row, Suite 3  |  Ashby Hollow, CO 80811")
    doc.text(L, 56, "Billing questions: (555) 017-3304  Mon-Thu 9-4")
    doc.rect(330, 28, 242, 66)
    for i, (k, v) in enumerate((("Statement Date", "02/10/2026"), ("Account Number", "G-40218"),
                                ("Amount Due", money(due)), ("Please Pay By", "03/02/2026"),
                                ("Amount Enclosed", "$ ______________"))):
        doc.font(7.5, k == "Amount Due")
        doc.text(338, 40 + i * 12, k)
        doc.text(564, 40 + i * 12, v, "R")
    doc.font(8.5)
    for i, s2 in enumerate(("RENEE VASQUEZ-HOLT", "46 CANYON WREN DR", "ASHBY HOLLOW CO 80813-2209")):
        doc.text(L + 20, 80 + i * 11, s2)
    doc.font(6.5)
    doc.text(L, 124, "- - - - - - - - - - - - - - - - - -  Please detach and return the top portion with your payment  "
                     "- - - - - - - - - - - - - - - - - -")
    doc.font(14, True)
    doc.text(L, 150, "Statement")
    doc.font(8)
    doc.text(L, 162, "Guarantor: Renee Vasquez-Holt     Account G-40218     Primary insurance: Ironwood Health PPO")
    X = {"date": L, "code": L + 62, "desc": L + 132, "qty": L + 290, "chg": L + 340, "ins": L + 394, "adj": L + 446,
         "bal": R}
    y = 182
    doc.rect(L - 2, y - 9, R - L + 4, 13, gray=0.2, stroke=False)
    doc.c.setFillGray(1)
    doc.font(7.5, True)
    for k, lab, al in (("date", "Date", "L"), ("code", "Code", "L"), ("desc", "Description", "L"), ("qty", "Qty", "R"),
                       ("chg", "Charges", "R"), ("ins", "Ins. Paid", "R"), ("adj", "Ins. Adj.", "R"),
                       ("bal", "Your Balance", "R")):
        doc.text(X[k], y, lab, al)
    doc.c.setFillGray(0)
    y += 16
    for pat, visit, clm, status, svcs in visits:
        doc.font(7.8, True)
        head = f"Patient: {pat}     Visit #{visit}"
        head += f"     Ironwood Health claim {clm}" if clm else "     Submitted to Ironwood Health 01/29/2026"
        doc.text(L, y, head)
        y += 12
        for s in svcs:
            desc = wrap(s.desc, 30)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            cells = [(X["date"], "L", dfmt(s.dos, "mdy4")), (X["code"], "L", code), (X["desc"], "L", desc[0]),
                     (X["qty"], "R", G.units_str(s.units)), (X["chg"], "R", m9_fm(s.billed))]
            if status == "paid":
                cells += [(X["ins"], "R", m9_fm(s.paid)), (X["adj"], "R", m9_fm(s.discount)),
                          (X["bal"], "R", m9_fm(s.owes))]
                ov = {"paid": G.amt(s.paid), "discount": G.amt(s.discount), "patient_owes": G.amt(s.owes)}
                printed = ("billed",)
            else:
                cells += [(X["adj"] - 20, "L", "Insurance pending")]
                ov, printed = {}, ("billed",)
            row(doc, y, cells, 7.5)
            for k, extra in enumerate(desc[1:]):
                doc.text(X["desc"], y + 9 * (k + 1), extra)
            t = G.truth_line(doc.pages, s, claim_id=visit, payer_claim_id=clm, patient=pat, printed=printed,
                             overrides=ov)
            rec.lines.append(t)
            y += 9 * len(desc) + 3
        rec.claim(visit, clm, pat)
        y += 5
    doc.font(7.8, True)
    doc.text(L, y, "Account activity")
    y += 12
    doc.font(7.5)
    doc.text(X["date"], y, "01/30/2026")
    doc.text(X["desc"], y, "Patient payment - card ending 4417, thank you")
    doc.text(X["bal"], y, m9_fm(-pay), "R")
    y += 10
    doc.hline(L, R, y, 0.5)
    y += 14
    # summary + aging
    doc.rect(L, y, 250, 80)
    doc.font(8, True)
    doc.text(L + 8, y + 12, "Account Summary")
    doc.font(7.5)
    for i, (k, v) in enumerate((("Previous balance", ZERO), ("New charges", sum((s.billed for v in visits for s in v[4]), ZERO)),
                                ("Insurance payments", -sum((s.paid for v in visits for s in v[4]), ZERO)),
                                ("Insurance adjustments", -sum((s.discount for v in visits for s in v[4]), ZERO)),
                                ("Your payments", -pay))):
        doc.text(L + 8, y + 25 + i * 10, k)
        doc.text(L + 240, y + 25 + i * 10, m9_fm(v), "R")
    doc.rect(310, y, 262, 80)
    doc.font(8, True)
    doc.text(318, y + 12, "Balance by age")
    doc.font(7.5)
    for i, (k, v) in enumerate((("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90 days", ZERO))):
        doc.text(318 + i * 62, y + 34, k)
        doc.text(318 + i * 62, y + 46, m9_fm(v))
    doc.font(9, True)
    doc.text(318, y + 70, "Amount Due")
    doc.text(564, y + 70, money(due), "R")
    y += 100
    doc.font(7.5)
    for s2 in wrap("Visit #10488 has been sent to your insurance; you will see it on a later statement once Ironwood "
                   "Health answers. The paraffin treatment on 01/12/2026 is not a covered benefit under your plan. "
                   "Payment plans are available - call our billing office.", 120):
        doc.text(L, y, s2)
        y += 10
    doc.font(6.5)
    doc.text(L, 770, "Pay online at pay.pinecrestkids.example  |  We accept cash, check and all major cards.")
    doc.text(R, 770, f"Page {doc.pages} of {npages or '?'}", "R")
    return doc.close(), rec, "Therapy clinic family statement with coupon, three family members, pending visit"


# ============================================================================ 10 hospital family statement (fpdf2)
def m10_fm(x):
    return money(x, "$", "-")


@layout("s200_m10_hospital_guarantor_statement", "fpdf2", m10_fm, lambda x: dfmt(x, "mdy4"))
def m10(path, npages):
    rec = Rec()
    doc = Doc("fpdf2", path, "libnarrow", title="Hospital Statement")
    revs = {"97165": "0430", "97166": "0430", "97530": "0430", "97535": "0430", "97760": "0430", "L3807": "0274",
            "97161": "0420", "97110": "0420", "97116": "0420", "97140": "0420", "92610": "0440", "92526": "0440",
            "92523": "0440", "92507": "0440", "29125": "0420", "A4556": "0270", "97168": "0430", "97164": "0420"}
    accts = [
        ("Lena Abernathy-Cruz", "H00458821", "Keystone Family Health", "KF-2026-4471902", [
            Svc(d(1, 7), "97166", 1, ("GO",)), Svc(d(1, 7), "97530", 2, ("GO",)),
            Svc(d(1, 9), "97530", 3, ("GO",)), Svc(d(1, 9), "97535", 1, ("GO",)),
            Svc(d(1, 14), "97760", 1, ("GO",)), Svc(d(1, 14), "L3807", 1, ("LT",)),
            Svc(d(1, 16), "97530", 3, ("GO",)), Svc(d(1, 21), "97530", 2, ("GO",)),
            Svc(d(1, 21), "97535", 2, ("GO",)), Svc(d(1, 23), "97530", 2, ("GO",)),
            Svc(d(1, 23), "97535", 1, ("GO",)), Svc(d(1, 28), "97530", 3, ("GO",)),
            Svc(d(1, 30), "97530", 2, ("GO",)), Svc(d(1, 30), "97168", 1, ("GO",))]),
        ("Theo Abernathy-Cruz", "H00458907", "Keystone Family Health", "KF-2026-4480315", [
            Svc(d(1, 8), "92610", 1, ("GN",)), Svc(d(1, 8), "92526", 1, ("GN",)),
            Svc(d(1, 15), "92526", 1, ("GN",)), Svc(d(1, 22), "92526", 1, ("GN",)),
            Svc(d(1, 22), "92507", 1, ("GN",))]),
        ("Marisol Abernathy-Cruz", "H00459012", "Keystone Family Health", "KF-2026-4491188", [
            Svc(d(1, 20), "97161", 1, ("GP",)), Svc(d(1, 20), "29125", 1, ("RT",)),
            Svc(d(1, 20), "A4556", 2), Svc(d(1, 27), "97110", 3, ("GP",)), Svc(d(1, 27), "97140", 1, ("GP",)),
            Svc(d(1, 29), "97110", 3, ("GP",)), Svc(d(1, 29), "97116", 1, ("GP",)), Svc(d(1, 29), "97140", 1, ("GP",)),
            Svc(d(2, 3), "97110", 2, ("GP",)), Svc(d(2, 3), "97140", 1, ("GP",)), Svc(d(2, 3), "97164", 1, ("GP",))]),
    ]
    L, R = 36, 576
    X = {"date": L + 4, "rev": L + 62, "cpt": L + 98, "mod": L + 146, "desc": L + 178, "qty": L + 430, "chg": R - 6}
    rates = {"H00458821": (D("0.58"), D("0.10")), "H00458907": (D("0.58"), D("0.10")),
             "H00459012": (D("0.58"), D("0.10"))}
    plant = "H00458907"

    def top(first):
        doc.font(15, True)
        doc.text(L, 42, "Cedar Hollow Regional Medical Center")
        doc.font(8.5)
        doc.text(L, 54, "Outpatient Rehabilitation Services  |  2900 Millrace Pkwy, Dunmore Falls, PA 18519")
        doc.text(R, 42, f"Page {doc.pages} of {npages or '?'}", "R")
        doc.hline(L, R, 60, 1.2)
        if not first:
            doc.font(8)
            doc.text(L, 72, "Guarantor: Marisol Abernathy-Cruz     Guarantor No. G7730915     Statement date 02/11/2026")
            return 88
        doc.font(9)
        for i, s2 in enumerate(("MARISOL ABERNATHY-CRUZ", "312 FOUNDRY ST", "DUNMORE FALLS PA 18512-4470")):
            doc.text(L, 90 + i * 11, s2)
        doc.rect(356, 68, 220, 96, gray=0.93)
        doc.font(9, True)
        doc.text(364, 82, "Guarantor Account Summary")
        doc.font(8.5)
        return 178

    y = top(True)
    summary_rows = []
    cols = [(X["date"], "L", "Service Date"), (X["rev"], "L", "Rev"), (X["cpt"], "L", "CPT/HCPCS"), (X["mod"], "L", "Mod"),
            (X["desc"], "L", "Description"), (X["qty"], "R", "Qty"), (X["chg"], "R", "Charges")]
    for pat, acct, ins, clm, svcs in accts:
        def ahead(y, cont=False):
            doc.rect(L, y - 10, R - L, 26, gray=0.88, stroke=False)
            doc.font(9, True)
            doc.text(L + 4, y, f"Patient: {pat}" + ("  (continued)" if cont else ""))
            doc.text(L + 250, y, f"Account No. {acct}")
            doc.font(8)
            doc.text(L + 4, y + 11, f"Outpatient visits {dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}")
            doc.text(L + 250, y + 11, f"Insurance: {ins}")
            y += 28
            cols_header(doc, y, cols, 8)
            doc.hline(L, R, y + 3, 0.5)
            return y + 14

        if y + 110 > 745:
            doc.new_page()
            y = top(False)
        y = ahead(y)
        for s in svcs:
            if y > 722:
                doc.new_page()
                y = ahead(top(False), cont=True)
            row(doc, y, [(X["date"], "L", dfmt(s.dos, "mdy4")), (X["rev"], "L", revs[s.code]),
                         (X["cpt"], "L", s.code), (X["mod"], "L", " ".join(s.mods)), (X["desc"], "L", s.desc.upper()),
                         (X["qty"], "R", G.units_str(s.units)), (X["chg"], "R", m10_fm(s.billed))], 8)
            rec.line(doc.pages, s, acct, clm, pat, ("billed",))
            y += 11
        billed = tot(svcs, "billed")
        ar, coins = rates[acct]
        allowed = q(billed * ar)
        owes = q(allowed * coins)
        paid = allowed - owes
        shown = billed + (D("25.00") if acct == plant else ZERO)
        if acct == plant:
            rec.findings.append(f"claim-total-mismatch claim {clm} (account {acct}): printed Total charges "
                                f"{shown} but the lines add up to {billed}")
        if y + 60 > 760:
            doc.new_page()
            y = ahead(top(False), cont=True)
        doc.hline(L, R, y - 7, 0.3)
        for k, v, b in (("Total charges", shown, True),
                        (f"{dfmt(d(2, 3), 'mdy4')}  Payment - {ins}, claim {clm}", -paid, False),
                        (f"{dfmt(d(2, 3), 'mdy4')}  Contractual allowance - {ins}", -(billed - allowed), False),
                        ("Patient balance", owes, True)):
            doc.font(8, b)
            doc.text(X["desc"], y + 2, k)
            doc.text(X["chg"], y + 2, m10_fm(v), "R")
            y += 11
        rec.claim(acct, clm, pat, billed=shown, paid=paid, patient_owes=owes)
        summary_rows.append((pat, owes))
        y += 14
    doc.font(8)
    doc.text(L, y + 4, "Your insurance has processed all visits listed. The patient balance is your coinsurance under the plan.")
    doc.text(L, y + 15, "Financial assistance may be available. Ask for a Plain Language Summary at (555) 018-6620.")
    # fill in the summary box on page 1 (fpdf2 can return to a page)
    doc.c.page = 1
    doc.font(8.5)
    yy = 96
    for pat, owes in summary_rows:
        doc.text(364, yy, pat)
        doc.text(568, yy, m10_fm(owes), "R")
        yy += 12
    doc.font(9, True)
    doc.text(364, yy + 6, "Amount due by 03/04/2026")
    doc.text(568, yy + 6, m10_fm(sum((o for _, o in summary_rows), ZERO)), "R")
    return doc.close(), rec, "Hospital outpatient rehab guarantor statement, three family accounts, planted mismatch"

#__MAIN__


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout200_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, (fn, producer, fm, df, uf) in LAYOUTS.items():
        if a.only and a.only not in name:
            continue
        path = out / f"{name}.pdf"
        n, _, _ = fn(path, None)
        n2, rec, desc = fn(path, n)
        assert n == n2, name
        G.write_truth(path, name, producer, n2, desc, rec.lines, rec.claims, rec.legend, rec.findings)
        msg = f"{name}: {n2} pages, {len(rec.lines)} lines, {len(rec.claims)} claims"
        if a.check:
            errs = check_file(path, fm, df, uf)
            bad += bool(errs)
            msg += "  OK" if not errs else "  FAIL\n    " + "\n    ".join(errs[:15])
        print(msg)
    print(out)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
