"""Write the TWENTY-FIFTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five COMMONEST real document kinds, two house styles each (commercial member
EOBs, Medicare Summary Notice / Medicare Advantage member EOB, state Medicaid remittance advices, Medicare-style remits
re-printed by practice-management / clearinghouse software, family statements from a therapy clinic and a hospital).
Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout25/make_heldout25_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout25/make_heldout25_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth; files <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / patient-control / invoice / hospital-account
number printed with the claim (null where none is), payer_claim_id = the payer's claim number / ICN / TCN (null where
none is printed), patient = the person who got the service exactly as printed (not the subscriber, employee or
guarantor unless the same person). Where a line prints From and To (or a from-thru span, or SPR "MMDD MMDDYY"),
service_end is the To date. Every name, number, payer, provider, address and ID is invented; descriptions are our
own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness; a first pass counts
pages for "Page n of N"). Fonts: Liberation / DejaVu TrueType, else PDF core fonts. Drawing (one top-left API over
both producers), the truth collector and the self-check live in bench/heldout25/h25kit.py.

Layouts (10 files, 303 service lines, 18 pages):
  e1  commercial PPO member "Explanation of Health Care Benefits", portrait Liberation Sans: address + member box,
      deductible line for three family members, grey claim bands "Patient: <name> (Son)" / Claim ID / Provider /
      Patient Acct #, the plan's payment BEFORE the member's share under a grouped "Amount Paid by You" heading:
      Service Date(s) 01/05/26 / Procedure Code / Mod "GO 59" / Svcs / Amount Charged / Network Savings / Amount Paid
      by Health Plan / Deductible / Copayment / Coinsurance / Amount Not Covered / Amount You Owe / Note, a non-covered
      line the member owes (X4) and a no-approval write-off (X7), claim totals, a claim continued on page 2 with a
      "(continued)" band and repeated heading, notes legend (reportlab)
  e2  employer plan member EOB from a TPA, landscape DejaVu Serif Condensed: two-line claim block (Patient /
      Relationship / Claim Number; Provider / Provider Reference), Line / Service Date "05 Jan 2026" / Procedure /
      Modifier "GP, 59" / No. of Services / Charged / Plan Discount / Not Covered / Reason / Allowed / Deductible /
      Copay / Coinsurance / Plan Payment / Member Responsibility, $30 office copay, "Payment of $x was sent to" lines;
      PLANTED claim-total mismatch (Plan Payment total of claim 26-0121-55210-02 printed 10.00 too high) (fpdf2)
  m1  Medicare Summary Notice for Part B, Liberation Serif, claims in the left two-thirds with a shaded right panel
      (how to check, deductible status, notes): provider block with address and Claim Number, Date 01/05/26 on each
      line / wrapped "Service Provided & Billing Code" with "(97110-GO-CQ)" / Service Approved? / Amount Provider
      Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes letters, a
      denied 0552T the beneficiary may be billed, "Total for this claim" rows, 2 pages (reportlab)
  m2  Medicare Advantage HMO monthly member EOB, Liberation Sans Narrow: out-of-pocket box, grey provider blocks
      (Claim # / Your provider's account #), ruled rows Date of Service 01/05/2026 / Procedure Code / Mod / Qty /
      Billed by Provider / Plan Discount / Plan Approved / Plan Paid / Deductible / Copay / Co-insurance / Your Share /
      Note, $35 copay once per visit day, KX/CQ modifiers, no-approval denials the member does not owe, claim totals,
      a claim continued on page 2 under "- continued from previous page" (fpdf2)
  d1  state Medicaid fee-for-service REMITTANCE ADVICE, landscape DejaVu Sans Mono fixed columns: PAID / DENIED /
      ADJUSTED sections, "ICN ... PAT ACCT ... RECIP ID ... NAME LAST, FIRST STATUS" lines, LI / SERVICE DATES
      "010526-010526" / PROC-MOD "97530-GO-59" / UNITS "3.000" / BILLED / ALLOWED / PAID / GRP-RSN "CO-45" / ADJ
      AMOUNT / REMARK, a same-day group session denied (CO-119, M86), a no-authorization claim (CO-197, N54), a void
      with trailing-minus amounts and its replacement, CLAIM TOTALS rows, section + column header repeated, a claim
      continued on page 2 "(CONTINUED)", remark legend (reportlab)
  d2  state Medicaid "Provider Remittance Advice" from a newer claims system, portrait DejaVu Sans Condensed: boxed
      claim header grid (Member Name / Member ID / Patient Acct No. / TCN / Billed / Allowed / Paid / Claim Status)
      over a boxed line grid Line / From / To 01/05/2026 / Procedure / Mod 1 / Mod 2 (U4) / Units "2.00" / Billed /
      Allowed / Paid / EOB (4-digit) / Line Status, a denied line inside a paid claim, a wholly denied claim (fpdf2)
  p1  Medicare Part B standard paper remit REPRINTED by practice-management software, portrait core Courier: NAME /
      MID / ACNT / ICN / ASG / MOA line, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS "GP KX" /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT "CO-45 163.88" with PR-1 / PR-2 / CO-253 stacked below / PROV
      PD, CNTL # and REM lines, PT RESP, CLAIM TOTALS and ADJ TO TOTALS ... NET lines, a CO-50 denial, a claim
      continued across the page break "(CONT)", glossary, 3 pages (reportlab)
  p2  clearinghouse "Remittance Detail by Claim" print of a Medicare Part B payment, landscape DejaVu Sans Condensed:
      white-on-dark column header, grey claim rows (Patient "Last, First" / Acct # / ICN / MBI / Status), Svc Date
      01/05/2026 / CPT / Mod "GO,KX" / Units / Charge / Allowed / one column per common adjustment with the group-reason
      IN THE HEADING (Deductible PR-1, Coinsurance PR-2, Contractual CO-45, Sequestration CO-253) / "Other Adj" cell
      with its own code ("CO-96 30.00") / Paid / RARC / Pt Resp, a reversal in parentheses and its correction (fpdf2)
  s1  pediatric therapy clinic family STATEMENT, portrait core Helvetica: statement box and detach line at the top,
      one section per child, Date / Claim # / Service / CPT / Mod / Units / Charge / Ins Payments / Ins Adjustments /
      Patient Payments / Balance, a grey italic insurer line under each claim, a visit still at the insurer printed
      with "--", child subtotals, aging strip (reportlab)
  s2  community hospital outpatient-rehab PATIENT STATEMENT to a guarantor, portrait DejaVu Serif Condensed: one
      section per hospital account (account, patient, insurer claim no.), LINE-ITEM insurance posting Date 1/5/2026 /
      Rev / Code / Mod / Description / Qty / Charges / Insurance Paid / Adjustments / You Owe, a non-covered line the
      patient owes, account totals, an account continued on page 2 under a repeated "(continued)" heading (fpdf2)

Truth decisions worth knowing: e1 prints no allowed amount (null), Network Savings is the discount; m1 prints no
units and no provider account (claim_id null), allowed = Medicare-approved, paid = Amount Medicare Paid (after the
2% reduction), patient_owes = Maximum You May Be Billed, patient = the beneficiary; m2's Plan Discount (billed -
approved, incl. a denied line's whole charge) is the discount, Your Share patient_owes, patient = the member; d1's
void keeps positive units with negative amounts, remark codes are remarks; d2's EOB codes are remarks, denied lines
print allowed 0.00; p1 and p2 print the group-reason codes with amounts (p2: in the column heading for the four
common columns, with the amount in the row; zero columns are not adjustments); p1 prints no per-line patient
responsibility (PT RESP is claim level, not a totals field); s1's Ins Adjustments is the discount, Balance is
patient_owes (after what the family paid at the visit; Patient Payments is not a truth field), claim_id = the
clinic's Claim #, the visit still at the insurer has paid / discount null, payer_claim_id null and its Balance (the
full charge) as patient_owes; s1 claims print no totals; s2's Adjustments is the discount, You Owe patient_owes.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every service
row (with wrapped text and stacked adjustment / CNTL lines); the check reads each written PDF's text layer with
pdfplumber and finds every truth code, modifier, units value (whole token), date (and end date), amount, adjustment
code and amount and remark INSIDE that band (p2: the four common codes may be in the column heading); ids and patients
in the document's text; the page count and every printed "Page n of N"; the documents' own arithmetic (billed -
adjustments = paid where every adjustment is printed with its amount; billed - discount - not covered = allowed and
allowed - deductible - copay - coinsurance = paid where printed; patient owes = its printed parts (+ not covered);
statements: charge - paid - adjustment >= balance); claim totals are printed and equal the sum of their lines, unless
the mismatch is the planted expected finding, which must really differ; claims unique by (claim_id, payer_claim_id);
legend codes printed; at least three files carry a claim whose rows continue onto the next page.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import h25kit as K  # noqa: E402

G = K.G
Svc = G.Svc
D = Decimal
ZERO = G.ZERO


def m(d, style="$", neg="-"):
    return G.money(d, style, neg)


def J(day: int, month: int = 1, year: int = 2026) -> date:
    return date(year, month, day)


class Flow:
    """Vertical flow with page breaks: top(doc, cont) draws page furniture and returns the first free y."""

    def __init__(self, doc: K.Doc, bottom: float, top, foot):
        self.doc, self.bottom, self.top, self.foot = doc, bottom, top, foot
        self.doc.new_page()
        self.y = top(doc, False)

    def need(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.foot(self.doc)
        self.doc.new_page()
        self.y = self.top(self.doc, True)
        return True

    def end(self):
        self.foot(self.doc)


def two_pass(build, rec: K.Rec, out: Path):
    doc = build(None, K.Rec(rec.name, rec.layout, rec.producer, rec.description))
    total = doc.page
    doc = build(total, rec)
    rec.pages = doc.page
    assert doc.page == total
    pdf = out / f"{rec.name}.pdf"
    doc.save(pdf)
    rec.write(pdf)


# =============================================================================================== e1
def e1(out: Path) -> K.Rec:
    """Commercial PPO member EOB, reportlab, Liberation Sans, grouped 'paid by you' heading."""
    rec = K.Rec("h25_e1_member_eob_ppo", "h25_e1_member_eob_ppo", "reportlab",
                "Commercial PPO member Explanation of Health Care Benefits for a family of three; the plan's "
                "payment printed before the member's share under a grouped heading; a claim runs on to page 2.")
    rec.arith = {"owes"}
    fam = [("Teodora Vantassel", "Self"), ("Milo Vantassel", "Son"), ("Junie Vantassel", "Daughter")]
    st = {n: G.PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), allowed_rate=D("0.78")) for n, _ in fam}
    claims = [
        ("Milo Vantassel", "Son", "Brightwater Pediatric Therapy", "BPT-228104", "W26010700381",
         [(J(5), "97165", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(7), "97530", 3, ("GO",)),
          (J(7), "97535", 1, ("GO",)), (J(9), "97530", 2, ("GO", "59")), (J(9), "97112", 1, ("GO",)),
          (J(12), "97530", 3, ("GO",)), (J(12), "97533", 2, ("GO",), "PR"), (J(14), "97530", 2, ("GO",)),
          (J(14), "97110", 1, ("GO",)), (J(16), "97530", 3, ("GO",)), (J(16), "97535", 2, ("GO",))]),
        ("Teodora Vantassel", "Self", "Northgate Physical Therapy & Hand", "NPT-0091777", "W26011300212",
         [(J(6), "97162", 1, ("GP",)), (J(6), "97140", 2, ("GP",)), (J(8), "97110", 3, ("GP",)),
          (J(8), "97140", 1, ("GP", "59")), (J(8), "G0283", 1, ("GP",)), (J(13), "97110", 2, ("GP",)),
          (J(13), "0552T", 1, (), "PR")]),
        ("Junie Vantassel", "Daughter", "Brightwater Pediatric Therapy", "BPT-228377", "W26012000044",
         [(J(8), "92523", 1, ("GN",)), (J(15), "92507", 1, ("GN",)), (J(22), "92507", 1, ("GN",)),
          (J(22), "97533", 1, ("GO",), "CO")]),
        ("Junie Vantassel", "Daughter", "Brightwater Pediatric Therapy", "BPT-228561", "W26012800517",
         [(J(d), c, u, mo) for d in (19, 21, 23, 26, 28, 30) for c, u, mo in
          (("97530", 2, ("GO",)), ("97533", 1, ("GO",)), ("97535", 1, ("GO", "59")))]),
        ("Milo Vantassel", "Son", "Lakeshore Children's Medical Group", "LCMG-50812", "W26012100930",
         [(J(19), "99213", 1, ()), (J(19), "97760", 1, ("GO",))]),
    ]
    built = []
    for pat, rel, prov, acct, cid, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.commercial(s, st[pat], deny_reason="96")
            if s.denied:
                s.remarks = ["X4" if s.denied == "PR" else "X7"]
            svcs.append(s)
        built.append((pat, rel, prov, acct, cid, svcs))
    rec.legend = [("X4", "This service is not a benefit of your plan. You are responsible for the charge."),
                  ("X7", "The provider did not get approval first. You do not owe this amount."),
                  ("X2", "Your plan pays 80% after the deductible.")]
    F = "LibSans"
    cols = [K.Col(["Service", "Date(s)"], 44), K.Col(["Procedure", "Code"], 40), K.Col("Mod", 30),
            K.Col("Svcs", 22, "r"), K.Col(["Amount", "Charged"], 46, "r"), K.Col(["Network", "Savings"], 46, "r"),
            K.Col(["Amount Paid", "by Health Plan"], 54, "r"), K.Col("Deductible", 44, "r"),
            K.Col("Copayment", 44, "r"), K.Col("Coinsurance", 46, "r"), K.Col(["Amount Not", "Covered"], 46, "r"),
            K.Col(["Amount", "You Owe"], 46, "r"), K.Col("Note", 28)]
    X0 = 28

    def build(total, rec):
        doc = K.Doc("reportlab", K.LETTER, "Explanation of Health Care Benefits")
        doc.family("f", F)

        def top(doc, cont):
            doc.text(X0, 40, "HARBORLINE HEALTH PLANS", "f", "B", 14)
            doc.text(X0, 52, "PPO Choice 2500 · Group 00417-C · P.O. Box 7720, Millbrook, OH 43990", "f", "R", 7)
            doc.text(584, 40, "Explanation of Health Care Benefits", "f", "B", 10, "r")
            doc.text(584, 52, "THIS IS NOT A BILL", "f", "B", 8, "r")
            doc.line(X0, 58, 584, 58, 1.2)
            if cont:
                doc.text(X0, 70, "Teodora Vantassel · Member ID HLH824471203 · Statement date 01/30/2026", "f",
                         "R", 7)
                return 80
            doc.text(X0, 76, "Teodora Vantassel", "f", "B", 9)
            doc.text(X0, 87, "1187 Pelham Ridge Road", "f", "R", 8)
            doc.text(X0, 97, "Cantor Falls, OH 43811", "f", "R", 8)
            doc.rect(360, 66, 224, 46, fill=0.93)
            for i, (a, b) in enumerate([("Member:", "Teodora Vantassel"), ("Member ID:", "HLH824471203"),
                                        ("Statement date:", "01/30/2026"), ("Customer service:", "1-800-555-0148")]):
                doc.text(366, 77 + i * 10, a, "f", "B", 7.5)
                doc.text(440, 77 + i * 10, b, "f", "R", 7.5)
            doc.text(X0, 126, "How we applied your coverage", "f", "B", 10)
            y = 138
            for line in ["The chart below shows each claim we processed for you and your covered family members. "
                         "Amounts under 'Amount Paid by You' are what the provider may bill you.",
                         "Deductible met this year: Teodora $150.00 of $150.00 · Milo $150.00 of $150.00 · "
                         "Junie $150.00 of $150.00 · Family $450.00 of $450.00"]:
                doc.text(X0, y, line, "f", "R", 7)
                y += 10
            return y + 4

        def foot(doc):
            doc.line(X0, 760, 584, 760, 0.4)
            doc.text(X0, 770, "Harborline Health Plans is an independent licensee. Questions? Call 1-800-555-0148.",
                     "f", "R", 6.5)
            if total:
                doc.text(584, 770, f"Page {doc.page} of {total}", "f", "R", 7, "r")

        def head(fl):
            doc = fl.doc
            doc.rect(X0, fl.y, 556, 24, fill=0.85, stroke=False)
            xs = K.col_x(cols, X0)
            a, b = xs[6][0], xs[11][1]
            doc.text((xs[7][0] + b) / 2, fl.y + 7, "Amount Paid by You", "f", "B", 6.5, "c")
            doc.line(xs[7][0] + 3, fl.y + 9, b - 2, fl.y + 9, 0.4)
            K.draw_cells(doc, cols, X0, fl.y + 15, [c.head if isinstance(c.head, list) else ["", c.head]
                                                     for c in cols], "f", "B", 6.2, 7.5)
            fl.y += 30

        fl = Flow(doc, 738, top, foot)
        for pat, rel, prov, acct, cid, svcs in built:
            def band(cont=False):
                doc.rect(X0, fl.y, 556, 22, fill=0.95)
                doc.text(X0 + 4, fl.y + 9, f"Patient: {pat} ({rel})" + ("  (continued)" if cont else ""),
                         "f", "B", 7.5)
                doc.text(X0 + 4, fl.y + 18, f"Claim ID: {cid}    Provider: {prov}    Patient Acct #: {acct}",
                         "f", "R", 7)
                doc.text(580, fl.y + 9, "Received 01/23/2026 · Processed 01/27/2026", "f", "R", 6.8, "r")
                fl.y += 26
                head(fl)
            fl.need(22 + 30 + 14)
            band()
            for s in svcs:
                if fl.need(12):
                    band(True)
                vals = [G.dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), G.units_str(s.units), m(s.billed, ","),
                        m(s.discount, ","), m(s.paid, ","), m(s.deductible, ","), m(s.copay, ","),
                        m(s.coinsurance, ","), m(s.not_covered, ","), m(s.owes, ","), " ".join(s.remarks)]
                K.draw_cells(doc, cols, X0, fl.y + 7, vals, "f", "R", 7)
                doc.line(X0, fl.y + 10, X0 + 556, fl.y + 10, 0.2)
                rec.line(doc.page, (fl.y - 1, fl.y + 10), s, claim_id=acct, pcid=cid, patient=pat,
                         printed=("billed", "discount", "paid", "deductible", "copay", "coinsurance",
                                  "not_covered", "patient_owes"), remarks=s.remarks)
                fl.y += 11
            fl.need(14)
            t = {k: G.total(svcs, k) for k in ("billed", "discount", "paid", "deductible", "copay", "coinsurance",
                                               "not_covered", "owes")}
            K.draw_cells(doc, cols, X0, fl.y + 8, ["Claim total", "", "", "", m(t["billed"]), m(t["discount"]),
                                                   m(t["paid"]), m(t["deductible"]), m(t["copay"]),
                                                   m(t["coinsurance"]), m(t["not_covered"]), m(t["owes"]), ""],
                         "f", "B", 7)
            rec.claim(acct, cid, pat, billed=t["billed"], paid=t["paid"], patient_owes=t["owes"])
            fl.y += 20
        fl.need(60)
        doc.text(X0, fl.y + 4, "Notes", "f", "B", 8)
        fl.y += 14
        for c, t in rec.legend:
            doc.text(X0, fl.y, c, "f", "B", 7)
            doc.text(X0 + 24, fl.y, t, "f", "R", 7)
            fl.y += 10
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== e2
def e2(out: Path) -> K.Rec:
    """Employer plan member EOB, fpdf2, landscape DejaVu Serif Condensed, planted total mismatch."""
    rec = K.Rec("h25_e2_member_eob_employer", "h25_e2_member_eob_employer", "fpdf2",
                "Employer-sponsored plan member Explanation of Benefits, landscape serif, line-numbered services "
                "with '05 Jan 2026' dates, separate discount and not-covered columns with a reason code, two family "
                "members; one claim's printed Plan Payment total is 10.00 too high.")
    rec.arith = {"disc", "share", "owes"}
    rec.date_fmts = ("dmon",)
    stA = G.PlanState(ded_left=D("0.00"), coins_rate=D("0.10"), allowed_rate=D("0.74"),
                      copay_codes={"99213": D("30.00")})
    stB = G.PlanState(ded_left=D("80.00"), coins_rate=D("0.10"), allowed_rate=D("0.74"))
    claims = [
        ("Rosalind Achterberg", "Spouse", stA, "Cedar Hollow Rehabilitation", "CHR-7731-02", "26-0114-88201-03",
         [(J(5), "97161", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(7), "97110", 2, ("GP",)),
          (J(7), "97140", 2, ("GP", "59")), (J(7), "97018", 1, ("GP",), "PR"), (J(9), "97110", 3, ("GP", "CQ")),
          (J(9), "97112", 1, ("GP",))]),
        ("Osric Achterberg", "Child", stB, "Talking Tree Speech & Language", "TT-000417", "26-0116-10433-01",
         [(J(6), "92523", 1, ("GN",)), (J(13), "92507", 1, ("GN",)), (J(20), "92507", 1, ("GN",)),
          (J(27), "92507", 1, ("GN",))]),
        ("Osric Achterberg", "Child", stB, "Summit Ridge Occupational Therapy", "SROT-2219", "26-0121-55210-02",
         [(J(8), "97166", 1, ("GO",)), (J(8), "97530", 2, ("GO",)), (J(15), "97530", 3, ("GO",)),
          (J(15), "97535", 1, ("GO",)), (J(22), "97530", 2, ("GO",)), (J(22), "97533", 2, ("GO",), "CO"),
          (J(29), "97530", 3, ("GO", "59")), (J(29), "97763", 1, ("GO",))]),
        ("Rosalind Achterberg", "Spouse", stA, "Fairmount Family Medicine", "FFM-300288", "26-0122-70019-01",
         [(J(20), "99213", 1, ()), (J(20), "97140", 1, ("GP",))]),
    ]
    built = []
    for pat, rel, st, prov, acct, cid, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.commercial(s, st)
            if s.denied:
                s.remarks = ["N14" if s.denied == "PR" else "A22"]
            svcs.append(s)
        built.append((pat, rel, prov, acct, cid, svcs))
    rec.legend = [("N14", "Not a covered benefit under your plan; you may be billed."),
                  ("A22", "Provider write-off: no prior review on file. Do not pay this amount.")]
    F = "DVSerifCond"
    cols = [K.Col("Line", 24, "c"), K.Col("Service Date", 56), K.Col("Procedure", 42), K.Col("Modifier", 40),
            K.Col(["No. of", "Services"], 34, "r"), K.Col("Charged", 50, "r"), K.Col(["Plan", "Discount"], 50, "r"),
            K.Col(["Not", "Covered"], 46, "r"), K.Col("Reason", 32, "c"), K.Col("Allowed", 50, "r"),
            K.Col("Deductible", 50, "r"), K.Col("Copay", 44, "r"), K.Col("Coinsurance", 52, "r"),
            K.Col(["Plan", "Payment"], 52, "r"), K.Col(["Member", "Responsibility"], 64, "r")]
    X0 = 30
    WID = sum(c.w for c in cols)

    def build(total, rec):
        doc = K.Doc("fpdf2", K.LAND, "Explanation of Benefits")
        doc.family("f", F, "Times")

        def top(doc, cont):
            doc.rect(0, 0, 792, 8, fill=0.25, stroke=False)
            doc.text(X0, 34, "Keel & Compass Employee Health Benefit Plan", "f", "B", 13)
            doc.text(X0, 46, "Administered by Palisade Benefit Services, Inc. · 600 Quarry Street, Suite 14, "
                     "Ashby Landing, PA 17380", "f", "R", 7.5)
            doc.text(762, 34, "EXPLANATION OF BENEFITS", "f", "B", 11, "r")
            doc.text(762, 46, "Employee: Hartley Achterberg · ID KCE-55019823 · Date of notice: 02 Feb 2026",
                     "f", "R", 7.5, "r")
            doc.line(X0, 52, 762, 52, 0.8)
            return 64 if cont else 64

        def foot(doc):
            doc.text(X0, 592, "Keep this notice for your records. This is not a bill.", "f", "I", 7)
            if total:
                doc.text(762, 592, f"Page {doc.page} of {total}", "f", "R", 7.5, "r")

        fl = Flow(doc, 560, top, foot)
        for pat, rel, prov, acct, cid, svcs in built:
            fl.need(40 + 13 * len(svcs) + 14 if len(svcs) < 9 else 60)
            doc.rect(X0, fl.y, WID, 26, fill=0.9)
            doc.text(X0 + 4, fl.y + 10, f"Patient: {pat}", "f", "B", 8.5)
            doc.text(X0 + 190, fl.y + 10, f"Relationship: {rel}", "f", "R", 8)
            doc.text(X0 + 330, fl.y + 10, f"Claim Number: {cid}", "f", "B", 8)
            doc.text(X0 + 4, fl.y + 21, f"Provider: {prov}", "f", "R", 8)
            doc.text(X0 + 330, fl.y + 21, f"Provider Reference: {acct}", "f", "R", 8)
            doc.text(X0 + WID - 4, fl.y + 21, "In-network", "f", "I", 8, "r")
            fl.y += 30
            K.draw_head(doc, cols, X0, fl.y + 7, "f", 6.8, lead=8)
            doc.line(X0, fl.y + 18, X0 + WID, fl.y + 18, 0.6)
            fl.y += 21
            for i, s in enumerate(svcs, 1):
                vals = [str(i), f"{s.dos:%d %b %Y}", s.code, ", ".join(s.mods), G.units_str(s.units), m(s.billed, ","),
                        m(s.discount, ","), m(s.not_covered, ","), " ".join(s.remarks), m(s.allowed, ","),
                        m(s.deductible, ","), m(s.copay, ","), m(s.coinsurance, ","), m(s.paid, ","),
                        m(s.owes, ",")]
                K.draw_cells(doc, cols, X0, fl.y + 8, vals, "f", "R", 7.5)
                rec.line(doc.page, (fl.y, fl.y + 11), s, claim_id=acct, pcid=cid, patient=pat,
                         printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                  "coinsurance", "paid", "patient_owes"), remarks=s.remarks)
                fl.y += 12
            doc.line(X0, fl.y, X0 + WID, fl.y, 0.4)
            t = {k: G.total(svcs, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                               "coinsurance", "paid", "owes")}
            paid_print = t["paid"]
            if cid == "26-0121-55210-02":
                paid_print = t["paid"] + D("10.00")
                rec.findings.append(f"claim-total-mismatch claim {cid}: printed Plan Payment (paid) total "
                                    f"{paid_print} but the lines add up to {t['paid']}")
            K.draw_cells(doc, cols, X0, fl.y + 9, ["", "Claim Totals", "", "", "", m(t["billed"]), m(t["discount"]),
                                                   m(t["not_covered"]), "", m(t["allowed"]), m(t["deductible"]),
                                                   m(t["copay"]), m(t["coinsurance"]), m(paid_print), m(t["owes"])],
                         "f", "B", 7.5)
            rec.claim(acct, cid, pat, billed=t["billed"], allowed=t["allowed"], paid=paid_print,
                      patient_owes=t["owes"])
            fl.y += 14
            doc.text(X0 + 4, fl.y + 6, f"Payment of {m(paid_print)} was sent to {prov}.", "f", "I", 7.5)
            fl.y += 18
        fl.need(40)
        doc.text(X0, fl.y + 6, "Reason codes", "f", "B", 8)
        fl.y += 16
        for c, t in rec.legend:
            doc.text(X0, fl.y, c, "f", "B", 7.5)
            doc.text(X0 + 30, fl.y, t, "f", "R", 7.5)
            fl.y += 10
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== m1
def m1(out: Path) -> K.Rec:
    """Medicare Summary Notice, Part B, reportlab Liberation Serif, claims in a left column, notes panel right."""
    rec = K.Rec("h25_m1_msn_partb", "h25_m1_msn_partb", "reportlab",
                "Medicare Summary Notice for Part B: claims in the left two-thirds of each page with a shaded "
                "right-hand panel; a service date on every line, code and modifier inside the service wording, "
                "Approved? column, no units and no provider account numbers.")
    bene = "ELEANOR M. PRZYBYLSKI"
    st = G.PlanState(ded_left=D("283.00"), coins_rate=D("0.20"))
    claims = [
        ("26-011-04471-55", "Crestview Hand Therapy Associates", "410 Linden Mall, Suite 2B, Ormond Vale, MN 55870",
         [(J(5), "97165", 1, ("GO",)), (J(5), "97760", 1, ("GO",)), (J(5), "L3807", 1, ("RT",)),
          (J(8), "97140", 2, ("GO",)), (J(8), "97110", 2, ("GO",)), (J(8), "0552T", 1, (), "PR")]),
        ("26-016-11830-02", "Crestview Hand Therapy Associates", "410 Linden Mall, Suite 2B, Ormond Vale, MN 55870",
         [(J(12), "97110", 2, ("GO", "KX")), (J(12), "97530", 1, ("GO",)), (J(14), "97140", 1, ("GO",)),
          (J(14), "97110", 2, ("GO", "CQ")), (J(16), "97760", 1, ("GO",)), (J(16), "97018", 1, ("GO",))]),
        ("26-021-77302-14", "Harwick Family Physicians", "88 Grange Road, Ormond Vale, MN 55871",
         [(J(19), "99213", 1, ()), (J(19), "G0283", 1, ("GP",))]),
        ("26-023-90117-31", "Northfield Speech & Swallow Clinic", "2 Orchard Court, Bexley Ford, MN 55802",
         [(J(21), "92610", 1, ("GN",)), (J(23), "92526", 1, ("GN",)), (J(26), "92526", 1, ("GN",)),
          (J(28), "92526", 1, ("GN",))]),
    ]
    built = []
    for cid, prov, addr, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
            if s.code in ("L3807",):
                s.remarks = s.remarks + ["B"]
            svcs.append(s)
        built.append((cid, prov, addr, svcs))
    rec.legend = [("A", "This amount was applied to your yearly Part B deductible."),
                  ("B", "This supply is paid under the medical equipment fee schedule."),
                  ("C", "Medicare does not pay for this item because it is not proven for this use. The provider "
                        "told you in writing before the service, so you may be billed.")]
    F = "LibSerif"
    desc = {"97165": "Occupational therapy evaluation", "97760": "Fitting and training for a hand splint",
            "L3807": "Custom-fitted wrist and hand splint", "97140": "Hands-on therapy to joints and soft tissue",
            "97110": "Exercise to build strength and motion", "0552T": "Laser light treatment",
            "97530": "Activities to improve function", "97018": "Warm wax treatment",
            "99213": "Office visit, established patient", "G0283": "Electrical stimulation (unattended)",
            "92610": "Swallowing evaluation", "92526": "Swallowing treatment"}
    cols = [K.Col("Date", 40), K.Col(["Service Provided &", "Billing Code"], 118), K.Col(["Service", "Approved?"], 34, "c"),
            K.Col(["Amount", "Provider", "Charged"], 42, "r"), K.Col(["Medicare-", "Approved", "Amount"], 42, "r"),
            K.Col(["Amount", "Medicare", "Paid"], 42, "r"), K.Col(["Maximum", "You May", "Be Billed"], 42, "r"),
            K.Col(["See", "Notes"], 28, "c")]
    X0 = 30
    WID = sum(c.w for c in cols)

    def build(total, rec):
        doc = K.Doc("reportlab", K.LETTER, "Medicare Summary Notice")
        doc.family("f", F, "Times")

        def panel(doc, first):
            doc.rect(430, 70, 152, 680, fill=0.92, stroke=False)
            y = 88
            items = ([("How to check this notice", "B"), ("Do you recognize the name of each", "R"),
                      ("doctor or provider? Check the dates.", "R"), ("Did you get the services listed?", "R"),
                      ("Do the services match those on", "R"), ("receipts and bills you have?", "R"), ("", "R"),
                      ("If you think a provider billed", "R"), ("Medicare for services you did not", "R"),
                      ("get, call 1-800-555-0190.", "R"), ("", "R"), ("Your Deductible Status", "B"),
                      ("Your Part B deductible for 2026", "R"), ("is $283.00. You have now met", "R"),
                      ("$283.00 of it.", "R")] if first else
                     [("Notes for Claims Above", "B")] + [(f"{c}  {t[:34]}", "R") for c, t in rec.legend] +
                     [("", "R"), ("See page 1 to learn how to", "R"), ("report suspected fraud.", "R")])
            for t, s in items:
                doc.text(438, y, t, "f", s, 8 if s == "B" else 7.2)
                y += 11

        def top(doc, cont):
            doc.text(30, 40, "Medicare Summary Notice", "f", "B", 16)
            doc.text(30, 54, "for Part B (Medical Insurance)", "f", "R", 10)
            doc.text(582, 40, bene, "f", "B", 9, "r")
            doc.text(582, 52, "Medicare Number XXXXXXX-4M72", "f", "R", 8, "r")
            doc.line(30, 62, 582, 62, 1.0)
            panel(doc, not cont)
            if cont:
                return 80
            doc.text(30, 82, bene, "f", "R", 9)
            doc.text(30, 93, "5216 BIRCHWOOD TRAIL", "f", "R", 9)
            doc.text(30, 104, "ORMOND VALE MN 55870-2231", "f", "R", 9)
            doc.text(30, 128, "The Official Summary of Your Medicare Claims from the Medical Insurance Contractor",
                     "f", "I", 8)
            doc.text(30, 140, "Claims processed between January 1 and January 31, 2026", "f", "R", 8.5)
            doc.text(30, 162, "Your Claims & Costs This Period", "f", "B", 12)
            return 174

        def foot(doc):
            doc.text(30, 772, "THIS IS NOT A BILL", "f", "B", 8)
            if total:
                doc.text(420, 772, f"Page {doc.page} of {total}", "f", "R", 8, "r")

        fl = Flow(doc, 740, top, foot)
        for cid, prov, addr, svcs in built:
            def chead(cont=False):
                doc.rect(X0, fl.y, WID, 32, fill=0.97)
                doc.text(X0 + 4, fl.y + 10, f"{prov}" + (" (continued)" if cont else ""), "f", "B", 8.5)
                doc.text(X0 + 4, fl.y + 20, addr, "f", "R", 7.5)
                doc.text(X0 + 4, fl.y + 29, f"Claim Number: {cid}", "f", "R", 7.5)
                fl.y += 36
                K.draw_head(doc, cols, X0, fl.y + 6, "f", 6.6, lead=7.2)
                doc.line(X0, fl.y + 24, X0 + WID, fl.y + 24, 0.6)
                fl.y += 27
            fl.need(60 + 22)
            chead()
            for s in svcs:
                wtxt = f"{desc[s.code]} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
                wl = K.wrap(doc, wtxt, 112, "f", "R", 7.5)
                h = 10 * len(wl) + 3
                if fl.need(h):
                    chead(True)
                vals = [G.dfmt(s.dos, "mdy2"), wl, "No" if s.denied else "Yes", m(s.billed), m(s.allowed),
                        m(s.paid), m(s.owes), ", ".join(s.remarks)]
                K.draw_cells(doc, cols, X0, fl.y + 8, vals, "f", "R", 7.5, lead=10)
                rec.line(doc.page, (fl.y, fl.y + h), s, claim_id=None, pcid=cid, patient=bene,
                         printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks)
                fl.y += h
                doc.line(X0, fl.y, X0 + WID, fl.y, 0.2)
            fl.need(14)
            t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
            K.draw_cells(doc, cols, X0, fl.y + 9, ["", "Total for this claim", "", m(t["billed"]), m(t["allowed"]),
                                                   m(t["paid"]), m(t["owes"]), ""], "f", "B", 7.5)
            rec.claim(None, cid, bene, billed=t["billed"], allowed=t["allowed"], paid=t["paid"],
                      patient_owes=t["owes"])
            fl.y += 22
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== m2
def m2(out: Path) -> K.Rec:
    """Medicare Advantage HMO member EOB, fpdf2, Liberation Sans Narrow, provider blocks, continued claim."""
    rec = K.Rec("h25_m2_ma_member_eob", "h25_m2_ma_member_eob", "fpdf2",
                "Medicare Advantage HMO monthly member Explanation of Benefits: year-to-date box, per-provider claim "
                "blocks with the provider's account number, ruled rows, $35 copay once per visit day, a denied "
                "line without prior approval; a claim runs on to page 2 under a repeated block heading.")
    rec.arith = {"share", "owes", "disc"}
    mem = "Walter J. Okonkwo-Biggs"
    st = G.PlanState(ded_left=D("0.00"), visit_copay=D("35.00"), allowed_rate=D("0.62"))
    claims = [
        ("Riverbend Outpatient Rehabilitation", "RB-44019-3", "H2601200048817",
         [(J(d), c, u, mo, *x) for d, c, u, mo, *x in [
             (5, "97163", 1, ("GP",)), (5, "97110", 2, ("GP",)), (5, "97140", 1, ("GP",)),
             (7, "97110", 3, ("GP",)), (7, "97112", 1, ("GP",)), (7, "97140", 1, ("GP", "59")),
             (9, "97110", 2, ("GP", "CQ")), (9, "97530", 1, ("GP",)), (12, "97110", 2, ("GP",)),
             (12, "97116", 2, ("GP",)), (14, "97110", 2, ("GP", "KX")), (14, "97140", 1, ("GP",)),
             (16, "97110", 2, ("GP", "KX")), (16, "97112", 1, ("GP",)), (19, "97110", 2, ("GP", "KX")),
             (19, "97530", 2, ("GP",)), (21, "97110", 3, ("GP", "KX")), (21, "0552T", 1, (), "CO"),
             (23, "97110", 2, ("GP", "KX")), (23, "97116", 1, ("GP",)), (23, "97140", 1, ("GP",)),
             (26, "97110", 2, ("GP", "KX")), (26, "97112", 1, ("GP",)), (26, "97140", 1, ("GP",)),
             (28, "97110", 3, ("GP", "KX")), (28, "97116", 1, ("GP",)), (28, "G0283", 1, ("GP",)),
             (30, "97110", 2, ("GP", "KX")), (30, "97530", 1, ("GP",)), (30, "97140", 1, ("GP", "59")),
             (30, "97112", 1, ("GP",))]]),
        ("Fernhill Primary Care Clinic", "FPC-1190447", "H2601220030561",
         [(J(15), "99213", 1, ()), (J(15), "97140", 1, ("GP",)), (J(15), "G0283", 1, ("GP",)),
          (J(29), "99213", 1, ()), (J(29), "97110", 1, ("GP",)), (J(29), "97018", 1, ("GP",), "CO")]),
        ("Mossgate Occupational Therapy", "MOT-8830", "H2601270011029",
         [(J(6), "97166", 1, ("GO",)), (J(6), "97535", 2, ("GO",)), (J(13), "97535", 2, ("GO",)),
          (J(13), "97530", 1, ("GO",)), (J(20), "97760", 1, ("GO",)), (J(20), "L3807", 1, ("LT",))]),
    ]
    claims.reverse()
    built = []
    for prov, acct, cid, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.commercial(s, st, deny_reason="197")
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
            svcs.append(s)
        built.append((prov, acct, cid, svcs))
    rec.legend = [("1", "Your $35 specialist copay for this visit day."),
                  ("3", "This service needed the plan's approval before you got it. The provider cannot bill you.")]
    F = "LibNarrow"
    cols = [K.Col(["Date of", "Service"], 50), K.Col(["Procedure", "Code"], 44), K.Col("Mod", 34), K.Col("Qty", 24, "r"),
            K.Col(["Billed by", "Provider"], 52, "r"), K.Col(["Plan", "Discount"], 48, "r"),
            K.Col(["Plan", "Approved"], 50, "r"), K.Col(["Plan", "Paid"], 50, "r"), K.Col("Deductible", 46, "r"),
            K.Col("Copay", 40, "r"), K.Col(["Co-", "insurance"], 42, "r"), K.Col(["Your", "Share"], 46, "r"),
            K.Col("Note", 28, "c")]
    X0 = 36
    WID = sum(c.w for c in cols)

    def build(total, rec):
        doc = K.Doc("fpdf2", K.LETTER, "Explanation of Benefits")
        doc.family("f", F, "Helvetica")

        def top(doc, cont):
            doc.text(X0, 40, "Tamarack Senior Advantage (HMO)", "f", "B", 15)
            doc.text(X0, 53, "A Medicare Advantage plan from Tamarack Health Alliance", "f", "R", 8.5)
            doc.text(X0 + WID, 40, "Explanation of Benefits", "f", "B", 11, "r")
            doc.text(X0 + WID, 53, "for medical services in January 2026", "f", "R", 8.5, "r")
            doc.line(X0, 60, X0 + WID, 60, 1.5)
            if cont:
                doc.text(X0, 74, f"Member: {mem}   Member ID: TSA-0048812-01", "f", "R", 8)
                return 86
            doc.text(X0, 78, mem, "f", "B", 10)
            doc.text(X0, 90, "71 Hawthorn Crescent, Apt 3", "f", "R", 9)
            doc.text(X0, 101, "Dellwood Springs, WI 53188", "f", "R", 9)
            doc.rect(340, 70, X0 + WID - 340, 52, fill=0.9, stroke=False)
            doc.text(348, 82, "Your out-of-pocket spending in 2026", "f", "B", 9)
            doc.text(348, 95, "This month: $245.00     Year to date: $245.00", "f", "R", 8.5)
            doc.text(348, 107, "Out-of-pocket maximum: $4,900.00 (you have $4,655.00 left)", "f", "R", 8.5)
            doc.text(348, 117, "Member ID: TSA-0048812-01", "f", "R", 8)
            doc.text(X0, 142, "Your claims processed this month", "f", "B", 11)
            return 152

        def foot(doc):
            doc.line(X0, 756, X0 + WID, 756, 0.4)
            doc.text(X0, 766, "Tamarack Senior Advantage is an HMO plan with a Medicare contract. "
                     "This is not a bill.", "f", "R", 7)
            if total:
                doc.text(X0 + WID, 766, f"Page {doc.page} of {total}", "f", "R", 8, "r")

        fl = Flow(doc, 744, top, foot)
        for prov, acct, cid, svcs in built:
            def chead(cont=False):
                doc.rect(X0, fl.y, WID, 24, fill=0.82, stroke=False)
                doc.text(X0 + 4, fl.y + 10, f"{prov}" + ("  - continued from previous page" if cont else ""),
                         "f", "B", 9)
                doc.text(X0 + 4, fl.y + 20, f"Claim #: {cid}     Your provider's account #: {acct}     "
                         "Network provider", "f", "R", 8)
                fl.y += 27
                K.draw_head(doc, cols, X0, fl.y + 7, "f", 7, lead=8)
                doc.line(X0, fl.y + 18, X0 + WID, fl.y + 18, 0.7)
                fl.y += 20
            fl.need(60)
            chead()
            for s in svcs:
                if fl.need(13):
                    chead(True)
                vals = [G.dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), G.units_str(s.units), m(s.billed),
                        m(s.discount + s.not_covered), m(s.allowed), m(s.paid), m(s.deductible), m(s.copay),
                        m(s.coinsurance), m(s.owes), ", ".join(s.remarks)]
                K.draw_cells(doc, cols, X0, fl.y + 8.5, vals, "f", "R", 8)
                s_disc = s.discount + s.not_covered
                rec.line(doc.page, (fl.y, fl.y + 12), s, claim_id=acct, pcid=cid, patient=mem,
                         printed=("billed", "discount", "allowed", "paid", "deductible", "copay", "coinsurance",
                                  "patient_owes"), remarks=s.remarks, overrides={"discount": G.amt(s_disc)})
                fl.y += 12
                doc.line(X0, fl.y, X0 + WID, fl.y, 0.15)
            fl.need(14)
            t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid", "deductible", "copay", "coinsurance",
                                               "owes")}
            K.draw_cells(doc, cols, X0, fl.y + 9, ["Claim total", "", "", "", m(t["billed"]), "", m(t["allowed"]),
                                                   m(t["paid"]), m(t["deductible"]), m(t["copay"]),
                                                   m(t["coinsurance"]), m(t["owes"]), ""], "f", "B", 8)
            rec.claim(acct, cid, mem, billed=t["billed"], allowed=t["allowed"], paid=t["paid"],
                      patient_owes=t["owes"])
            fl.y += 24
        fl.need(40)
        doc.text(X0, fl.y, "Notes", "f", "B", 9)
        fl.y += 11
        for c, t in rec.legend:
            doc.text(X0, fl.y, c, "f", "B", 8)
            doc.text(X0 + 14, fl.y, t, "f", "R", 8)
            fl.y += 10
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== d1
def d1(out: Path) -> K.Rec:
    """State Medicaid remittance advice, reportlab landscape DejaVu Sans Mono, continued claim."""
    rec = K.Rec("h25_d1_medicaid_ra_mono", "h25_d1_medicaid_ra_mono", "reportlab",
                "State Medicaid fee-for-service remittance advice, landscape fixed-width: claim heading line "
                "(ICN, patient account, recipient, status), detail lines with a from-thru span in one field, "
                "glued procedure-modifier, units to three decimals, adjustment group+reason and amount, remark "
                "code; paid, denied and adjusted sections, void with trailing minus; a claim continues on page 2.")
    rec.arith = {"adj"}
    rows = [
        ("PAID", "2026013000184", "KIDS-10442", "OYELARAN, TOBI", "100447812B",
         [(J(5), "97530", 3, ("GO",)), (J(5), "97535", 1, ("GO",)), (J(7), "97530", 2, ("GO",)),
          (J(7), "97112", 1, ("GO",)), (J(9), "97530", 3, ("GO",)), (J(12), "97530", 2, ("GO", "59")),
          (J(12), "97110", 1, ("GO",)), (J(14), "97530", 3, ("GO",)), (J(16), "97535", 2, ("GO",)),
          (J(16), "97530", 2, ("GO",)), (J(20), "97530", 3, ("GO",)), (J(20), "97112", 1, ("GO",)),
          (J(22), "97530", 2, ("GO",)), (J(22), "97535", 1, ("GO",))]),
        ("PAID", "2026013000191", "KIDS-10458", "MARCHETTI-DUNN, AVA", "100391025A",
         [(J(6), "92523", 1, ("GN",)), (J(13), "92507", 1, ("GN",)), (J(20), "92507", 1, ("GN",)),
          (J(27), "92507", 1, ("GN",))]),
        ("PAID", "2026013000207", "KIDS-10463", "NGUYEN-PRICE, ELLIS", "100558301C",
         [(J(8), "97161", 1, ("GP",)), (J(8), "97110", 2, ("GP",)), (J(15), "97116", 2, ("GP",)),
          (J(15), "97110", 2, ("GP",)), (J(22), "97110", 3, ("GP",)), (J(22), "97112", 1, ("GP",)),
          (J(29), "97116", 2, ("GP",)), (J(29), "97530", 1, ("GP",)), (J(29), "97150", 1, ("GP",), "CO")]),
        ("PAID", "2026013000215", "KIDS-10471", "OYELARAN, TOBI", "100447812B",
         [(J(19), "97530", 3, ("GO",)), (J(19), "97533", 2, ("GO",)), (J(21), "97530", 3, ("GO",)),
          (J(23), "97530", 2, ("GO",)), (J(23), "97760", 1, ("GO",)), (J(26), "97530", 3, ("GO",)),
          (J(28), "97530", 3, ("GO",)), (J(30), "97535", 2, ("GO",)), (J(30), "97530", 2, ("GO", "59")),
          (J(2, 2), "97530", 3, ("GO",)), (J(2, 2), "97535", 1, ("GO",)), (J(4, 2), "97530", 3, ("GO",)),
          (J(4, 2), "97112", 1, ("GO",)), (J(6, 2), "97530", 3, ("GO",))]),
        ("DENIED", "2026013000233", "KIDS-10480", "HALVORSEN, PIPER", "100602217D",
         [(J(12), "97166", 1, ("GO",), "CO"), (J(12), "97530", 2, ("GO",), "CO")]),
    ]
    void_src = [(J(15, 12, 2025), "97530", 3, ("GO",)), (J(15, 12, 2025), "97535", 1, ("GO",))]
    repl = [(J(15, 12, 2025), "97530", 3, ("GO",)), (J(15, 12, 2025), "97535", 2, ("GO",))]
    built = []
    for status, icn, acct, name, rid, rws in rows:
        svcs = []
        for r in rws:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.medicaid(s, deny_reason="197" if status == "DENIED" else "119")
            s.remarks = ["N54"] if s.denied and status == "DENIED" else (["M86"] if s.denied else [])
            svcs.append(s)
        built.append((status, icn, acct, name, rid, svcs))
    vs = []
    for r in void_src:
        s = Svc(*r)
        G.medicaid(s)
        v = G.negate(s)
        vs.append(v)
    rs = []
    for r in repl:
        s = Svc(*r)
        G.medicaid(s)
        rs.append(s)
    built.append(("ADJUSTED", "2026013000249", "KIDS-09977", "MARCHETTI-DUNN, AVA", "100391025A", vs))
    built.append(("ADJUSTED", "2026013000250", "KIDS-09977", "MARCHETTI-DUNN, AVA", "100391025A", rs))
    rec.legend = [("N54", "Prior authorization number missing or not valid for these dates."),
                  ("M86", "Group session not paid on the same day as individual sessions."),
                  ("MA67", "Replacement of an earlier claim.")]
    F = "DVMono"
    SZ = 6.8
    CW = K.Doc("reportlab", K.LAND)
    CW.family("f", F, "Courier")
    cw = CW.width("0", "f", "R", SZ)
    # fixed columns in characters
    spec = [("LI", 3, "l"), ("SERVICE DATES", 14, "l"), ("PROC-MOD", 15, "l"), ("UNITS", 9, "r"),
            ("BILLED", 11, "r"), ("ALLOWED", 11, "r"), ("PAID", 11, "r"), ("GRP-RSN", 9, "l"),
            ("ADJ AMOUNT", 11, "r"), ("REMARK", 8, "l")]

    def fmt_row(vals):
        s = ""
        for (h, w, al), v in zip(spec, vals):
            v = str(v)
            s += (v.ljust(w) if al == "l" else v.rjust(w)) + "  "
        return s.rstrip()

    X0 = 30

    def build(total, rec):
        doc = K.Doc("reportlab", K.LAND, "Remittance Advice")
        doc.family("f", F, "Courier")
        state = {"section": None}

        def top(doc, cont):
            doc.text(X0, 30, "DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", "f", "B", 8)
            doc.text(X0, 40, "REMITTANCE ADVICE                     RA NUMBER 0004471902   RA DATE 01/30/2026", "f",
                     "R", SZ)
            doc.text(X0, 49, "PAYEE: SPROUT & STRIDE PEDIATRIC THERAPY LLC   PROVIDER ID 0031447700   NPI "
                     "1649203381", "f", "R", SZ)
            if total:
                doc.text(762, 30, f"PAGE {doc.page} OF {total}", "f", "R", SZ, "r")
            doc.line(X0, 54, 762, 54, 0.5)
            y = 64
            if state["section"]:
                doc.text(X0, y, f"*** {state['section']} CLAIMS ***" + (" (CONTINUED)" if cont else ""), "f", "B",
                         SZ)
                y += 10
            doc.text(X0, y, fmt_row([h for h, _, _ in spec]), "f", "B", SZ)
            doc.line(X0, y + 3, 762, y + 3, 0.3)
            return y + 13

        def foot(doc):
            doc.text(X0, 590, "REMARK CODES ARE EXPLAINED ON THE LAST PAGE OF THIS REMITTANCE.", "f", "R", 6.2)

        fl = Flow(doc, 572, top, foot)
        cur = None
        for status, icn, acct, name, rid, svcs in built:
            if status != cur:
                cur = status
                state["section"] = status
                fl.need(40)
                fl.y += 4
                doc.text(X0, fl.y, f"*** {status} CLAIMS ***", "f", "B", SZ)
                fl.y += 11

            def chead(cont=False):
                t = (f"ICN {icn}  PAT ACCT {acct:<11} RECIP ID {rid}  NAME {name:<24} STATUS "
                     f"{'VOID' if svcs[0].billed < 0 else ('ADJUSTED' if status == 'ADJUSTED' else status)}")
                doc.text(X0, fl.y, t + ("  (CONTINUED)" if cont else ""), "f", "B", SZ)
                fl.y += 10
            fl.need(40)
            chead()
            for i, s in enumerate(svcs, 1):
                nadj = max(1, len(s.adjs))
                if fl.need(9 * nadj + 2):
                    chead(True)
                neg = "trail"
                adj0 = s.adjs[0] if s.adjs else None
                vals = [f"{i:02d}", f"{G.dfmt(s.dos, 'mdy6')}-{G.dfmt(s.dos, 'mdy6')}",
                        "-".join((s.code,) + s.mods), f"{s.units:.3f}", m(s.billed, ",", neg),
                        m(s.allowed, ",", neg), m(s.paid, ",", neg), f"{adj0[0]}-{adj0[1]}" if adj0 else "",
                        m(adj0[2], ",", neg) if adj0 else "", " ".join(s.remarks)]
                doc.text(X0, fl.y, fmt_row(vals), "f", "R", SZ)
                y0 = fl.y - 7
                for g, c, a in s.adjs[1:]:
                    fl.y += 9
                    doc.text(X0, fl.y, fmt_row(["", "", "", "", "", "", "", f"{g}-{c}", m(a, ",", neg), ""]), "f",
                             "R", SZ)
                rec.line(doc.page, (y0, fl.y + 2), s, claim_id=acct, pcid=icn, patient=name,
                         printed=("billed", "allowed", "paid"), service_end=s.dos,
                         adjustments=[list(a) for a in s.adjs], remarks=s.remarks)
                fl.y += 10
            t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid")}
            fl.need(12)
            doc.text(X0, fl.y, fmt_row(["", "CLAIM TOTALS", "", "", m(t["billed"], ",", "trail"),
                                        m(t["allowed"], ",", "trail"), m(t["paid"], ",", "trail"), "", "", ""]),
                     "f", "B", SZ)
            rec.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
            fl.y += 14
        state["section"] = None
        fl.need(60)
        doc.text(X0, fl.y, "REMARK CODE   DESCRIPTION", "f", "B", SZ)
        fl.y += 10
        for c, t in rec.legend:
            doc.text(X0, fl.y, f"{c:<13} {t}", "f", "R", SZ)
            fl.y += 9
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== d2
def d2(out: Path) -> K.Rec:
    """State Medicaid RA, fpdf2 portrait DejaVu Sans Condensed, boxed claim header table, EOB codes."""
    rec = K.Rec("h25_d2_medicaid_ra_boxed", "h25_d2_medicaid_ra_boxed", "fpdf2",
                "State Medicaid remittance advice from a newer claims system: each claim a boxed header grid "
                "(member, member ID, patient account, TCN, totals, status) over a line grid with From / To, Mod 1 / "
                "Mod 2, billed units, 4-digit explanation codes and a line status; a denied line inside a paid claim "
                "and a wholly denied claim.")
    claims = [
        ("Sunniva Abernathy-Ruiz", "M90018834", "SLP-7781", "6126019004401001",
         [(J(5), "92507", 1, ("GN",)), (J(8), "92507", 1, ("GN",)), (J(12), "92507", 1, ("GN",)),
          (J(15), "92507", 1, ("GN",)), (J(15), "92526", 1, ("GN",), "CO")]),
        ("Kaito Wexler", "M90022417", "OT-3390", "6126019004401002",
         [(J(6), "97165", 1, ("GO",)), (J(6), "97530", 2, ("GO", "U4")), (J(13), "97530", 3, ("GO", "U4")),
          (J(13), "97535", 1, ("GO",)), (J(20), "97530", 2, ("GO", "U4")), (J(20), "97112", 1, ("GO", "59"))]),
        ("Beatrix Lindqvist", "M90030146", "PT-5521", "6126019004401003",
         [(J(7), "97161", 1, ("GP",)), (J(7), "97110", 2, ("GP",)), (J(14), "97110", 2, ("GP",)),
          (J(14), "97116", 1, ("GP",)), (J(21), "97110", 3, ("GP",))]),
        ("Kaito Wexler", "M90022417", "OT-3412", "6126019004401004",
         [(J(27), "97530", 3, ("GO", "U4"), "CO"), (J(27), "97533", 1, ("GO",), "CO")]),
    ]
    built = []
    for name, mid, acct, tcn, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.medicaid(s)
            if s.denied:
                s.remarks = ["0712"] if tcn.endswith("4") else ["0418"]
                s.allowed = ZERO
            else:
                s.remarks = ["0001"]
            svcs.append(s)
        built.append((name, mid, acct, tcn, svcs))
    rec.legend = [("0001", "Paid according to the program fee schedule."),
                  ("0418", "Service is not covered when billed with this diagnosis."),
                  ("0712", "Prior approval was not on file for the date of service.")]
    F = "DVCond"
    cols = [K.Col("Line", 24, "c"), K.Col("From", 50), K.Col("To", 50), K.Col("Procedure", 44), K.Col("Mod 1", 30),
            K.Col("Mod 2", 30), K.Col("Units", 30, "r"), K.Col("Billed", 52, "r"), K.Col("Allowed", 52, "r"),
            K.Col("Paid", 52, "r"), K.Col("EOB", 34, "c"), K.Col("Line Status", 52)]
    X0 = 38
    WID = sum(c.w for c in cols)

    def build(total, rec):
        doc = K.Doc("fpdf2", K.LETTER, "Remittance Advice")
        doc.family("f", F, "Helvetica")

        def top(doc, cont):
            doc.text(X0, 40, "Commonwealth Medical Assistance Program", "f", "B", 13)
            doc.text(X0, 52, "Provider Remittance Advice", "f", "R", 10)
            doc.text(X0 + WID, 40, "Payment Date: 01/29/2026", "f", "R", 8, "r")
            doc.text(X0 + WID, 50, "EFT Number: 000918274", "f", "R", 8, "r")
            doc.text(X0 + WID, 60, "Remittance Number: 2026-0129-77104", "f", "R", 8, "r")
            doc.text(X0, 64, "Billing Provider: Clearwater Kids Therapy Group  ·  Provider ID 2201945  ·  "
                     "NPI 1780334521", "f", "R", 7.5)
            doc.line(X0, 70, X0 + WID, 70, 0.8)
            return 82

        def foot(doc):
            if total:
                doc.text(X0 + WID / 2, 768, f"Page {doc.page} of {total}", "f", "R", 7.5, "c")

        fl = Flow(doc, 740, top, foot)
        hc = [K.Col("Member Name", 110), K.Col("Member ID", 62), K.Col("Patient Acct No.", 66), K.Col("TCN", 92),
              K.Col("Billed", 50, "r"), K.Col("Allowed", 50, "r"), K.Col("Paid", 50, "r"),
              K.Col("Claim Status", WID - 480)]
        for name, mid, acct, tcn, svcs in built:
            fl.need(60 + 12 * len(svcs))
            t = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid")}
            status = "Denied" if all(s.denied for s in svcs) else "Paid"
            doc.rect(X0, fl.y, WID, 24, fill=0.88)
            xs = K.col_x(hc, X0)
            for a, _ in xs[1:]:
                doc.line(a, fl.y, a, fl.y + 24, 0.4)
            K.draw_head(doc, hc, X0, fl.y + 8, "f", 6.8)
            K.draw_cells(doc, hc, X0, fl.y + 19, [name, mid, acct, tcn, m(t["billed"], ","), m(t["allowed"], ","),
                                                  m(t["paid"], ","), status], "f", "R", 7.5)
            rec.claim(acct, tcn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
            fl.y += 24
            doc.rect(X0, fl.y, WID, 12, fill=0.96)
            K.draw_head(doc, cols, X0, fl.y + 8.5, "f", 6.8)
            fl.y += 12
            for i, s in enumerate(svcs, 1):
                mods = list(s.mods) + ["", ""]
                vals = [str(i), G.dfmt(s.dos, "mdy4"), G.dfmt(s.dos, "mdy4"), s.code, mods[0], mods[1],
                        f"{s.units:.2f}", m(s.billed, ","), m(s.allowed, ","), m(s.paid, ","), " ".join(s.remarks),
                        "Denied" if s.denied else "Paid"]
                K.draw_cells(doc, cols, X0, fl.y + 8.5, vals, "f", "R", 7.5)
                doc.rect(X0, fl.y, WID, 12, None)
                rec.line(doc.page, (fl.y, fl.y + 12), s, claim_id=acct, pcid=tcn, patient=name,
                         printed=("billed", "allowed", "paid"), service_end=s.dos, remarks=s.remarks)
                fl.y += 12
            fl.y += 14
        fl.need(70)
        doc.text(X0, fl.y, "Explanation of Benefit (EOB) Codes", "f", "B", 9)
        fl.y += 12
        for c, t in rec.legend:
            doc.text(X0, fl.y, c, "f", "B", 8)
            doc.text(X0 + 30, fl.y, t, "f", "R", 8)
            fl.y += 10
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== p1
def p1(out: Path) -> K.Rec:
    """Medicare Part B standard paper remit reprinted by PM software, reportlab portrait core Courier."""
    rec = K.Rec("h25_p1_medicare_spr_pm", "h25_p1_medicare_spr_pm", "reportlab",
                "Medicare Part B standard paper remittance reprinted by practice-management software, portrait "
                "Courier: NAME / MBI / ACNT / ICN / ASG / MOA heading, one service per text line with the first "
                "adjustment and further adjustments on following lines, CNTL and REM lines, PT RESP and CLAIM "
                "TOTALS lines, a denial, page header repeated; a claim continues on the next page.")
    rec.arith = {"adj"}
    st = {}
    claims = [
        ("LINDGREN-OSEI, HAROLD", "7QW2PX4KM81", "HO-20114", "0226020118730",
         [(J(5), "97163", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(7), "97110", 2, ("GP",)),
          (J(7), "97140", 1, ("GP", "59")), (J(9), "97110", 2, ("GP", "KX")), (J(9), "97112", 1, ("GP",)),
          (J(12), "97110", 3, ("GP", "KX")), (J(12), "97116", 1, ("GP",)), (J(14), "97110", 2, ("GP", "CQ")),
          (J(14), "G0283", 1, ("GP",)), (J(16), "97110", 2, ("GP", "KX")), (J(16), "97140", 1, ("GP",)),
          (J(19), "97110", 2, ("GP", "KX")), (J(19), "97112", 1, ("GP",)), (J(21), "97110", 3, ("GP", "KX")),
          (J(21), "97530", 1, ("GP",)), (J(23), "97110", 2, ("GP", "KX")), (J(23), "97116", 2, ("GP",)),
          (J(26), "97110", 2, ("GP", "KX")), (J(26), "97140", 1, ("GP", "59"))]),
        ("BRANDVOLD, IRENE", "3HK8TR1WN27", "IB-20155", "0226020118741",
         [(J(6), "97165", 1, ("GO",)), (J(6), "97760", 1, ("GO",)), (J(13), "97535", 2, ("GO",)),
          (J(13), "0552T", 1, ("GO",), "CO"), (J(20), "97530", 2, ("GO",))]),
        ("FEATHERSTONE, DOUGLAS", "9MN4DD6YT02", "DF-20160", "0226020118752",
         [(J(8), "92610", 1, ("GN",)), (J(15), "92526", 1, ("GN",)), (J(22), "92526", 1, ("GN",)),
          (J(29), "92526", 1, ("GN",))]),
        ("LINDGREN-OSEI, HAROLD", "7QW2PX4KM81", "HO-20139", "0226020118763",
         [(J(28), "97110", 2, ("GP", "KX")), (J(28), "97140", 1, ("GP",)), (J(30), "97110", 2, ("GP", "KX")),
          (J(30), "97530", 1, ("GP",))]),
    ]
    built = []
    for name, mbi, acct, icn, rows in claims:
        ps = st.setdefault(name, G.PlanState(ded_left=D("283.00") if name.startswith("BRAND") else ZERO))
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.medicare(s, ps)
            s.remarks = ["N386"] if s.denied else []
            svcs.append(s)
        built.append((name, mbi, acct, icn, svcs))
    rec.legend = [("N386", "Decision based on a national coverage determination."),
                  ("MA01", "Appeal rights notice."), ("MA18", "Claim forwarded to the supplemental insurer.")]
    SZ = 7.2
    X0 = 24
    spec = [("PERF PROV", 11, "l"), ("SERV DATE", 12, "l"), ("POS", 3, "l"), ("NOS", 4, "r"), ("PROC", 6, "l"),
            ("MODS", 6, "l"), ("BILLED", 9, "r"), ("ALLOWED", 9, "r"), ("DEDUCT", 8, "r"), ("COINS", 8, "r"),
            ("GRP/RC-AMT", 16, "l"), ("PROV PD", 9, "r")]

    def fr(vals):
        s = ""
        for (h, w, al), v in zip(spec, vals):
            v = str(v)
            s += (v.ljust(w) if al == "l" else v.rjust(w)) + " "
        return s.rstrip()

    def build(total, rec):
        doc = K.Doc("reportlab", K.LETTER, "Medicare Remittance")
        doc.family("f", "Courier")

        def top(doc, cont):
            doc.text(X0, 30, "MEDICARE PART B - JURISDICTION 9 CONTRACTOR        MEDICARE REMITTANCE NOTICE", "f",
                     "B", SZ)
            doc.text(X0, 40, "BILLING PROVIDER: GRANITE STEP THERAPY SERVICES          NPI: 1992071834", "f", "R",
                     SZ)
            doc.text(X0, 49, "CHECK/EFT #: 884107731   PAYMENT DATE: 01/31/2026   REPRINTED BY OAKLEDGER PM 8.2",
                     "f", "R", SZ)
            if total:
                doc.text(588, 30, f"PAGE #: {doc.page} OF {total}", "f", "R", SZ, "r")
            doc.text(X0, 63, fr([h for h, _, _ in spec]), "f", "B", SZ)
            doc.text(X0, 72, "-" * 112, "f", "R", SZ)
            return 84

        def foot(doc):
            doc.text(X0, 774, "THIS IS A REPRINT OF THE ELECTRONIC REMITTANCE. NOT AN ORIGINAL NOTICE.", "f", "R",
                     6.5)

        fl = Flow(doc, 756, top, foot)
        for name, mbi, acct, icn, svcs in built:
            def chead(cont=False):
                doc.text(X0, fl.y, f"NAME {name:<24}MID {mbi}  ACNT {acct:<10} ICN {icn}  ASG Y  MOA MA01"
                         + (" (CONT)" if cont else ""), "f", "R", SZ)
                fl.y += 11
            fl.need(50)
            chead()
            for s in svcs:
                nl = len(s.adjs) + 1
                if fl.need(9 * nl + 4):
                    chead(True)
                a0 = s.adjs[0]
                doc.text(X0, fl.y, fr(["1730466219", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", G.units_str(s.units),
                                       s.code, " ".join(s.mods), m(s.billed, ""), m(s.allowed, ""),
                                       m(s.deductible, ""), m(s.coinsurance, ""), f"{a0[0]}-{a0[1]} {m(a0[2], '')}",
                                       m(s.paid, "")]), "f", "R", SZ)
                y0 = fl.y - 7
                for g, c, a in s.adjs[1:]:
                    fl.y += 9
                    doc.text(X0, fl.y, fr(["", "", "", "", "", "", "", "", "", "", f"{g}-{c} {m(a, '')}", ""]),
                             "f", "R", SZ)
                fl.y += 9
                doc.text(X0, fl.y, f"CNTL #: {acct}{s.dos:%m%d}{s.code}" + (f"    REM: {' '.join(s.remarks)}"
                                                                              if s.remarks else ""), "f", "R", SZ)
                rec.line(doc.page, (y0, fl.y + 2), s, claim_id=acct, pcid=icn, patient=name,
                         printed=("billed", "allowed", "deductible", "coinsurance", "paid"), service_end=s.dos,
                         adjustments=[list(a) for a in s.adjs], remarks=s.remarks)
                fl.y += 11
            fl.need(24)
            t = {k: G.total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
            doc.text(X0, fl.y, f"PT RESP {m(t['owes'], ''):>10}", "f", "R", SZ)
            fl.y += 9
            doc.text(X0, fl.y, fr(["CLAIM TOTALS", "", "", "", "", "", m(t["billed"], ""), m(t["allowed"], ""),
                                   m(t["deductible"], ""), m(t["coinsurance"], ""), "", m(t["paid"], "")]), "f", "B",
                     SZ)
            fl.y += 9
            doc.text(X0, fl.y, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
                     f"{'':8}NET {m(t['paid'], ''):>9}", "f", "R", SZ)
            rec.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"])
            fl.y += 16
        fl.need(60)
        doc.text(X0, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", "f", "B", SZ)
        fl.y += 10
        gl = rec.legend + [("CO", "Contractual obligation."), ("PR", "Patient responsibility."),
                           ("45", "Charge exceeds the fee schedule."), ("253", "Sequestration reduction."),
                           ("1", "Deductible amount."), ("2", "Coinsurance amount.")]
        for c, t in gl:
            doc.text(X0, fl.y, f"{c:<6}{t}", "f", "R", SZ)
            fl.y += 9
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== p2
def p2(out: Path) -> K.Rec:
    """Clearinghouse Medicare remit report with one column per adjustment type, fpdf2 landscape DejaVu Cond."""
    rec = K.Rec("h25_p2_medicare_remit_grid", "h25_p2_medicare_remit_grid", "fpdf2",
                "Clearinghouse 'Remittance Detail by Claim' print of a Medicare Part B payment, landscape: shaded "
                "claim rows (patient, account, ICN, MBI, status), one column per common adjustment with the "
                "group-reason in the column heading (PR-1, PR-2, CO-45, CO-253) and an 'Other Adj' cell with its "
                "own code, RARC column, claim totals, a reversal in parentheses and its correction.")
    rec.arith = {"adj"}
    rec.header_codes = {"PR-1", "PR-2", "CO-45", "CO-253"}
    st = {}
    claims = [
        ("Vasquez-Ilunga, Marisol", "MV-7710", "1226020554120", "6TQ9-KX2-MW41", "Processed as Primary",
         [(J(5), "97166", 1, ("GO",)), (J(5), "97530", 2, ("GO",)), (J(8), "97530", 2, ("GO",)),
          (J(8), "97535", 1, ("GO",)), (J(12), "97530", 3, ("GO", "KX")), (J(12), "97018", 1, ("GO",), "CO")]),
        ("Pemberton, Alistair", "AP-7724", "1226020554131", "2RF4-UU8-PK03", "Processed as Primary",
         [(J(6), "97161", 1, ("GP",)), (J(6), "97110", 2, ("GP",)), (J(9), "97110", 2, ("GP", "CQ")),
          (J(9), "97140", 1, ("GP",)), (J(13), "97116", 2, ("GP",))]),
        ("Nakamura-Stroud, Ada", "AN-7738", "1226020554142", "8KD1-WE5-JT77", "Processed as Primary",
         [(J(7), "92523", 1, ("GN",)), (J(14), "92507", 1, ("GN",)), (J(21), "92507", 1, ("GN",))]),
    ]
    built = []
    for name, acct, icn, mbi, status, rows in claims:
        ps = st.setdefault(name, G.PlanState(ded_left=D("60.00") if name.startswith("Pem") else ZERO))
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.medicare(s, ps, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
            svcs.append(s)
        built.append((name, acct, icn, mbi, status, svcs))
    # reversal of a December claim and its correction
    orig = []
    for r in [(J(29, 12, 2025), "97530", 2, ("GO",)), (J(29, 12, 2025), "97110", 1, ("GO",))]:
        s = Svc(*r)
        G.medicare(s, G.PlanState())
        orig.append(s)
    built.append(("Vasquez-Ilunga, Marisol", "MV-7591", "1225363310077", "6TQ9-KX2-MW41", "Reversal of Previous Payment",
                  [G.negate(s) for s in orig]))
    corr = []
    for r in [(J(29, 12, 2025), "97530", 2, ("GO",)), (J(29, 12, 2025), "97110", 2, ("GO",))]:
        s = Svc(*r)
        G.medicare(s, G.PlanState())
        s.remarks = ["MA67"]
        corr.append(s)
    for s in built[-1][5]:
        s.remarks = ["MA67"]
    built.append(("Vasquez-Ilunga, Marisol", "MV-7591", "1226020554155", "6TQ9-KX2-MW41", "Processed as Primary",
                  corr))
    rec.legend = [("N130", "Consult plan benefit documents for coverage limits."),
                  ("MA67", "Correction to a prior claim.")]
    F = "DVCond"
    cols = [K.Col("Svc Date", 48), K.Col("CPT", 34), K.Col("Mod", 38), K.Col("Units", 26, "r"),
            K.Col("Charge", 50, "r"), K.Col("Allowed", 50, "r"), K.Col(["Deductible", "PR-1"], 50, "r"),
            K.Col(["Coinsurance", "PR-2"], 52, "r"), K.Col(["Contractual", "CO-45"], 54, "r"),
            K.Col(["Sequestration", "CO-253"], 58, "r"), K.Col(["Other Adj", "Grp-Rsn Amt"], 70, "r"),
            K.Col("Paid", 52, "r"), K.Col("RARC", 36), K.Col("Pt Resp", 48, "r")]
    X0 = 36
    WID = sum(c.w for c in cols)
    HCODE = {("PR", "1"): 6, ("PR", "2"): 7, ("CO", "45"): 8, ("CO", "253"): 9}

    def build(total, rec):
        doc = K.Doc("fpdf2", K.LAND, "Remittance Detail by Claim")
        doc.family("f", F, "Helvetica")

        def top(doc, cont):
            doc.text(X0, 34, "ClaimBridge Exchange", "f", "B", 12)
            doc.text(X0, 45, "Remittance Detail by Claim", "f", "R", 9)
            doc.text(X0 + WID, 34, "Payer: MEDICARE PART B (J6)   Trace #: 1EFT00771934", "f", "R", 8, "r")
            doc.text(X0 + WID, 45, "Payee: Willowmere Rehab Partners   NPI 1427730055   Paid 01/30/2026", "f", "R",
                     8, "r")
            doc.rect(X0, 52, WID, 22, fill=0.3, stroke=False)
            K.draw_cells(doc, cols, X0, 61, [c.head if isinstance(c.head, list) else [c.head] for c in cols], "f",
                         "B", 6.8, lead=8, white=True)
            return 84

        def foot(doc):
            doc.text(X0, 590, "Printed from ClaimBridge Exchange remittance viewer 01/31/2026 08:12", "f", "R", 6.5)
            if total:
                doc.text(X0 + WID, 590, f"Page {doc.page} of {total}", "f", "R", 7, "r")

        fl = Flow(doc, 575, top, foot)
        for name, acct, icn, mbi, status, svcs in built:
            fl.need(14 + 11 * min(len(svcs), 3))
            t = {k: G.total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
            doc.rect(X0, fl.y, WID, 13, fill=0.88, stroke=False)
            doc.text(X0 + 3, fl.y + 9, f"Patient: {name}    Acct #: {acct}    ICN: {icn}    MBI: {mbi}    "
                     f"Status: {status}", "f", "B", 7.2)
            fl.y += 15
            for s in svcs:
                fl.need(11)
                vals = [""] * len(cols)
                vals[:6] = [G.dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), G.units_str(s.units),
                            m(s.billed, ",", "()"), m(s.allowed, ",", "()")]
                for i in (6, 7, 8, 9):
                    vals[i] = "0.00"
                other = []
                for g, c, a in s.adjs:
                    if (g, c) in HCODE:
                        vals[HCODE[(g, c)]] = m(a, ",", "()")
                    else:
                        other.append(f"{g}-{c} {m(a, ',', '()')}")
                vals[10] = " ".join(other)
                vals[11] = m(s.paid, ",", "()")
                vals[12] = " ".join(s.remarks)
                vals[13] = m(s.owes, ",", "()")
                K.draw_cells(doc, cols, X0, fl.y + 8, vals, "f", "R", 7.2)
                rec.line(doc.page, (fl.y, fl.y + 11), s, claim_id=acct, pcid=icn, patient=name,
                         printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                         adjustments=[list(a) for a in s.adjs], remarks=s.remarks)
                fl.y += 11
            doc.line(X0, fl.y, X0 + WID, fl.y, 0.3)
            vals = [""] * len(cols)
            vals[0] = "Claim Total"
            vals[4], vals[5], vals[6], vals[7] = (m(t["billed"], ",", "()"), m(t["allowed"], ",", "()"),
                                                  m(t["deductible"], ",", "()"), m(t["coinsurance"], ",", "()"))
            vals[11], vals[13] = m(t["paid"], ",", "()"), m(t["owes"], ",", "()")
            K.draw_cells(doc, cols, X0, fl.y + 8, vals, "f", "B", 7.2)
            rec.claim(acct, icn, name, billed=t["billed"], allowed=t["allowed"], paid=t["paid"],
                      patient_owes=t["owes"])
            fl.y += 18
        fl.need(50)
        fl.y += 8
        doc.text(X0, fl.y, "Remark codes", "f", "B", 8)
        fl.y += 10
        for c, t in rec.legend:
            doc.text(X0, fl.y, f"{c}  {t}", "f", "R", 7.5)
            fl.y += 9
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== s1
def s1(out: Path) -> K.Rec:
    """Therapy clinic family statement, reportlab core Helvetica, tear-off stub, per-child sections."""
    rec = K.Rec("h25_s1_clinic_family_statement", "h25_s1_clinic_family_statement", "reportlab",
                "Pediatric therapy clinic family statement: remittance stub across the top, per-child sections, "
                "one row per service with the clinic's claim number, insurer activity on a grey line under each "
                "claim, patient payments as their own column, child subtotals and an aging strip.")
    rec.arith = {"bal"}
    kids = {
        "Wren Castellano-Abiodun": [
            ("CL-60117", "Juniper Mutual Health Plan", "JS2601080044", [(J(5), "97530", 2, ("GO",)),
                                                                        (J(5), "97535", 1, ("GO",))], D("20.00")),
            ("CL-60142", "Juniper Mutual Health Plan", "JS2601150311", [(J(12), "97530", 3, ("GO",)),
                                                                        (J(12), "97533", 1, ("GO",), "PR")],
             D("20.00")),
            ("CL-60170", "Juniper Mutual Health Plan", None, [(J(26), "97530", 2, ("GO",))], ZERO),
        ],
        "Silas Castellano-Abiodun": [
            ("CL-60119", "Juniper Mutual Health Plan", "JS2601080051", [(J(6), "92523", 1, ("GN",))], D("20.00")),
            ("CL-60151", "Juniper Mutual Health Plan", "JS2601210087", [(J(13), "92507", 1, ("GN",)),
                                                                        (J(20), "92507", 1, ("GN",))], ZERO),
        ],
        "Ottilie Castellano-Abiodun": [
            ("CL-60133", "Juniper Mutual Health Plan", "JS2601140092", [(J(9), "97166", 1, ("GO",)),
                                                                        (J(9), "97530", 2, ("GO", "59")),
                                                                        (J(9), "97112", 1, ("GO",))], D("40.00")),
        ],
    }
    st = G.PlanState(ded_left=D("120.00"), coins_rate=D("0.20"), allowed_rate=D("0.80"))
    built = []
    for kid, cl in kids.items():
        rows = []
        for cno, ins, icn, svs, ptpaid in cl:
            svcs = []
            for r in svs:
                s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
                if icn:
                    G.commercial(s, st)
                svcs.append(s)
            # patient paid at visit, taken from the first line's share
            ptp = {}
            left = ptpaid
            for s in svcs:
                take = min(left, s.owes)
                ptp[id(s)] = take
                left -= take
            rows.append((cno, ins, icn, svcs, ptp))
        built.append((kid, rows))
    F = "Helvetica"

    def build(total, rec):
        doc = K.Doc("reportlab", K.LETTER, "Statement")
        doc.family("f", F)
        cols = [K.Col("Date", 44), K.Col("Claim #", 46), K.Col("Service", 128), K.Col("CPT", 30),
                K.Col("Mod", 30), K.Col("Units", 24, "r"), K.Col("Charge", 46, "r"), K.Col(["Ins", "Payments"], 50, "r"),
                K.Col(["Ins", "Adjustments"], 52, "r"), K.Col(["Patient", "Payments"], 48, "r"),
                K.Col("Balance", 50, "r")]
        X0 = 32
        WID = sum(c.w for c in cols)
        grand = sum((s.owes - p for _, rows in built for r in rows for s in r[3] for p in [r[4][id(s)]]), ZERO)

        def top(doc, cont):
            if cont:
                doc.text(X0, 36, "Little Compass Therapy Center · Statement for account G-118204 (continued)", "f",
                         "B", 9)
                doc.line(X0, 42, X0 + WID, 42, 0.6)
                return 56
            doc.text(X0, 36, "Little Compass Therapy Center", "f", "B", 13)
            doc.text(X0, 47, "OT · PT · Speech  |  2950 Meridian Way, Suite 110, Hollis Bend, NC 27614", "f", "R", 7.5)
            doc.rect(360, 24, X0 + WID - 360, 62, fill=0.92)
            for i, (a, b) in enumerate([("Statement Date", "01/31/2026"), ("Account #", "G-118204"),
                                        ("Amount Due", m(grand)), ("Due By", "02/20/2026")]):
                doc.text(368, 38 + i * 13, a, "f", "B", 8)
                doc.text(X0 + WID - 8, 38 + i * 13, b, "f", "R", 8, "r")
            doc.text(X0, 70, "Nadia Castellano-Abiodun", "f", "R", 9)
            doc.text(X0, 81, "604 Tupelo Lane, Hollis Bend, NC 27613", "f", "R", 9)
            doc.line(X0, 96, X0 + WID, 96, 0.8, dash=True)
            doc.text(X0 + WID / 2, 104, "Please detach and return the top portion with your payment", "f", "I", 6.5,
                     "c")
            return 122

        def foot(doc):
            doc.text(X0, 770, "Questions about your bill? Call our billing office at 919-555-0172, Mon-Fri 8-4.",
                     "f", "R", 7)
            if total:
                doc.text(X0 + WID, 770, f"Page {doc.page} of {total}", "f", "R", 7, "r")

        fl = Flow(doc, 740, top, foot)
        for kid, rows in built:
            fl.need(60)
            doc.rect(X0, fl.y, WID, 14, fill=0.8, stroke=False)
            doc.text(X0 + 4, fl.y + 10, f"Patient: {kid}", "f", "B", 8.5)
            fl.y += 17
            K.draw_head(doc, cols, X0, fl.y + 6, "f", 6.8, lead=7.5)
            doc.line(X0, fl.y + 15, X0 + WID, fl.y + 15, 0.5)
            fl.y += 19
            sub = ZERO
            for cno, ins, icn, svcs, ptp in rows:
                fl.need(11 * len(svcs) + 12)
                for s in svcs:
                    pending = icn is None
                    bal = s.owes - ptp[id(s)] if not pending else s.billed
                    vals = [G.dfmt(s.dos, "mdy4"), cno, G.DESC[s.code], s.code, " ".join(s.mods),
                            G.units_str(s.units), m(s.billed, ","), "--" if pending else m(s.paid, ","),
                            "--" if pending else m(s.discount + (s.not_covered if s.denied == "CO" else ZERO), ","),
                            m(ptp[id(s)], ","), m(bal, ",")]
                    K.draw_cells(doc, cols, X0, fl.y + 8, vals, "f", "R", 7.5)
                    ov = {"patient_owes": G.amt(bal)}
                    if pending:
                        ov.update({"paid": None, "discount": None})
                    else:
                        ov["discount"] = G.amt(s.discount + (s.not_covered if s.denied == "CO" else ZERO))
                    rec.line(doc.page, (fl.y, fl.y + 11), s, claim_id=cno, pcid=icn, patient=kid,
                             printed=("billed", "paid", "discount", "patient_owes"), overrides=ov)
                    sub += bal
                    fl.y += 11
                msg = (f"{ins}: claim {icn} processed 01/27/2026" if icn else
                       f"{ins}: claim submitted 01/28/2026 - awaiting insurance")
                doc.text(X0 + 94, fl.y + 6, msg, "f", "I", 6.8, gray=0.45)
                fl.y += 11
                rec.claim(cno, icn, kid)
            fl.need(14)
            doc.text(X0 + WID - 56, fl.y + 8, f"Subtotal for {kid}:", "f", "B", 7.5, "r")
            doc.text(X0 + WID - 3, fl.y + 8, m(sub), "f", "B", 7.5, "r")
            fl.y += 20
        fl.need(40)
        doc.rect(X0, fl.y, WID, 28, None)
        aw = WID / 5
        for i, (a, b) in enumerate([("Current", m(grand)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                                    ("Over 90 days", "$0.00"), ("Total Due", m(grand))]):
            doc.text(X0 + aw * i + aw / 2, fl.y + 11, a, "f", "B", 7.5, "c")
            doc.text(X0 + aw * i + aw / 2, fl.y + 22, b, "f", "R", 8, "c")
        fl.y += 34
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


# =============================================================================================== s2
def s2(out: Path) -> K.Rec:
    """Hospital outpatient rehab statement with line-item insurance posting, fpdf2 DejaVu Serif Condensed."""
    rec = K.Rec("h25_s2_hospital_statement", "h25_s2_hospital_statement", "fpdf2",
                "Community hospital patient statement for a family (guarantor), portrait serif: one section per "
                "hospital visit account (account no., patient, insurer and claim no.), line-item insurance posting "
                "(charges, insurance paid, adjustments, you owe) with revenue codes and 1/5/2026 dates, account "
                "totals; an account's rows continue on page 2 under a repeated heading.")
    rec.arith = {"bal"}
    st = {"Eamon Thistlewood": G.PlanState(ded_left=D("250.00"), coins_rate=D("0.15"), allowed_rate=D("0.70")),
          "Clara Thistlewood": G.PlanState(ded_left=D("0.00"), coins_rate=D("0.15"), allowed_rate=D("0.70")),
          "Rhys Thistlewood": G.PlanState(ded_left=D("0.00"), coins_rate=D("0.15"), allowed_rate=D("0.70"))}
    rev = {"97110": "0420", "97140": "0420", "97112": "0420", "97116": "0420", "97161": "0420", "97162": "0420",
           "G0283": "0420", "97530": "0430", "97535": "0430", "97165": "0430", "97166": "0430", "97760": "0430",
           "L3807": "0274", "92507": "0440", "92523": "0440", "99213": "0510", "97018": "0420"}
    accts = [
        ("HA-3391047", "Eamon Thistlewood", "Ridgeline Mutual Insurance", "RMI-26-0048812",
         [(J(5), "97162", 1, ("GP",)), (J(5), "97110", 2, ("GP",)), (J(7), "97110", 2, ("GP",)),
          (J(7), "97140", 1, ("GP",)), (J(9), "97112", 1, ("GP",)), (J(9), "97110", 2, ("GP",)),
          (J(12), "97116", 2, ("GP",)), (J(12), "97110", 1, ("GP",)), (J(14), "97110", 2, ("GP",)),
          (J(14), "G0283", 1, ("GP",)), (J(16), "97110", 2, ("GP",)), (J(16), "97018", 1, ("GP",), "PR"),
          (J(19), "97140", 2, ("GP", "59")), (J(19), "97110", 2, ("GP",)), (J(21), "97110", 3, ("GP",)),
          (J(21), "97112", 1, ("GP",)), (J(23), "97110", 2, ("GP",)), (J(23), "97116", 1, ("GP",)),
          (J(26), "97110", 2, ("GP",)), (J(26), "97140", 1, ("GP",)), (J(28), "97110", 2, ("GP",)),
          (J(28), "97530", 1, ("GP",)), (J(30), "97110", 2, ("GP",)), (J(30), "97112", 1, ("GP",))] +
         [(J(d, 2), c, u, mo) for d in (2, 4, 6, 9, 11, 13) for c, u, mo in
          (("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",)))]),
        ("HA-3391102", "Clara Thistlewood", "Ridgeline Mutual Insurance", "RMI-26-0051190",
         [(J(6), "97165", 1, ("GO",)), (J(6), "97760", 1, ("GO",)), (J(6), "L3807", 1, ("LT",)),
          (J(13), "97530", 2, ("GO",)), (J(13), "97535", 1, ("GO",))]),
        ("HA-3391150", "Rhys Thistlewood", "Ridgeline Mutual Insurance", "RMI-26-0053301",
         [(J(8), "92523", 1, ("GN",)), (J(15), "92507", 1, ("GN",)), (J(22), "92507", 1, ("GN",)),
          (J(22), "99213", 1, ())]),
    ]
    accts = accts[1:] + accts[:1]
    built = []
    for acct, pat, ins, cno, rows in accts:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            G.commercial(s, st[pat])
            svcs.append(s)
        built.append((acct, pat, ins, cno, svcs))
    F = "DVSerifCond"
    cols = [K.Col("Date", 46), K.Col("Rev", 28), K.Col("Code", 36), K.Col("Mod", 30), K.Col("Description", 140),
            K.Col("Qty", 24, "r"), K.Col("Charges", 54, "r"), K.Col(["Insurance", "Paid"], 54, "r"),
            K.Col("Adjustments", 58, "r"), K.Col("You Owe", 52, "r")]
    X0 = 34
    WID = sum(c.w for c in cols)
    grand = sum((s.owes for *_, svcs in built for s in svcs), ZERO)

    def build(total, rec):
        doc = K.Doc("fpdf2", K.LETTER, "Patient Statement")
        doc.family("f", F, "Times")

        def top(doc, cont):
            doc.text(X0, 38, "St. Brennan Community Hospital", "f", "B", 14)
            doc.text(X0, 50, "Outpatient Rehabilitation Services · 1200 Harbor View Drive · Lowell Crossing, ME "
                     "04071", "f", "R", 7.5)
            doc.text(X0 + WID, 38, "PATIENT STATEMENT", "f", "B", 10, "r")
            doc.text(X0 + WID, 50, "Guarantor: Maren Thistlewood · Guarantor # 7720419", "f", "R", 7.5, "r")
            doc.line(X0, 56, X0 + WID, 56, 0.9)
            if cont:
                return 70
            doc.text(X0, 72, "Maren Thistlewood", "f", "R", 9)
            doc.text(X0, 83, "38 Osprey Point Road", "f", "R", 9)
            doc.text(X0, 94, "Lowell Crossing, ME 04071", "f", "R", 9)
            doc.rect(360, 64, X0 + WID - 360, 40, fill=0.9)
            doc.text(368, 77, "Statement date: 02/02/2026", "f", "R", 8)
            doc.text(368, 88, f"Total amount you owe: {m(grand)}", "f", "B", 9)
            doc.text(368, 99, "Please pay by: 02/27/2026", "f", "R", 8)
            return 120

        def foot(doc):
            doc.text(X0, 770, "Financial assistance may be available. Ask us or visit our billing office.", "f",
                     "I", 7)
            if total:
                doc.text(X0 + WID, 770, f"Page {doc.page} of {total}", "f", "R", 7.5, "r")

        fl = Flow(doc, 745, top, foot)
        for acct, pat, ins, cno, svcs in built:
            def ahead(cont=False):
                doc.rect(X0, fl.y, WID, 25, fill=0.93)
                doc.text(X0 + 4, fl.y + 10, f"Hospital Account {acct}   Patient: {pat}" +
                         ("   (continued)" if cont else ""), "f", "B", 8.5)
                doc.text(X0 + 4, fl.y + 21, f"Billed to: {ins}    Insurance claim no. {cno}", "f", "R", 7.8)
                fl.y += 28
                K.draw_head(doc, cols, X0, fl.y + 7, "f", 7, lead=8)
                doc.line(X0, fl.y + 17, X0 + WID, fl.y + 17, 0.5)
                fl.y += 20
            fl.need(80)
            ahead()
            for s in svcs:
                if fl.need(12):
                    ahead(True)
                adj = s.discount + (s.not_covered if s.denied == "CO" else ZERO)
                vals = [G.dfmt(s.dos, "mdyn"), rev[s.code], s.code, " ".join(s.mods), G.DESC[s.code][:34],
                        G.units_str(s.units), m(s.billed, ","), m(s.paid, ","), m(adj, ","), m(s.owes, ",")]
                K.draw_cells(doc, cols, X0, fl.y + 8, vals, "f", "R", 7.6)
                rec.line(doc.page, (fl.y, fl.y + 11), s, claim_id=acct, pcid=cno, patient=pat,
                         printed=("billed", "paid", "discount", "patient_owes"), overrides={"discount": G.amt(adj)})
                fl.y += 11
            fl.need(14)
            doc.line(X0, fl.y, X0 + WID, fl.y, 0.4)
            t = {k: G.total(svcs, k) for k in ("billed", "paid", "owes")}
            tadj = sum((s.discount + (s.not_covered if s.denied == "CO" else ZERO) for s in svcs), ZERO)
            K.draw_cells(doc, cols, X0, fl.y + 9, ["", "", "", "", "Account totals", "", m(t["billed"], ","),
                                                   m(t["paid"], ","), m(tadj, ","), m(t["owes"], ",")], "f", "B", 7.6)
            rec.claim(acct, cno, pat, billed=t["billed"], paid=t["paid"], patient_owes=t["owes"])
            fl.y += 22
        fl.end()
        return doc

    two_pass(build, rec, out)
    return rec


LAYOUTS = [e1, e2, m1, m2, d1, d2, p1, p2, s1, s2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout25_"))
    samples = (K.ROOT / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    recs = [f(out) for f in LAYOUTS]
    nl = sum(len(r.lines) for r in recs)
    npg = sum(r.pages for r in recs)
    print(f"wrote {len(recs)} PDFs, {nl} service lines, {npg} pages into {out}")
    for r in recs:
        print(f"  {r.name}.pdf  {r.producer:9}  {r.pages} pages  {len(r.lines)} lines  {len(r.claims)} claims")
    if a.check:
        errs = []
        for r in recs:
            errs += K.check(out, r)
        # claims whose rows continue on the next page
        cont = [r.name for r in recs if any(len({ln["page"] for ln in r.lines if (ln["claim_id"],
                ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])}) > 1 for c in r.claims)]
        if len(cont) < 3:
            errs.append(f"only {len(cont)} files carry a claim continued across pages: {cont}")
        for e in errs:
            print("CHECK FAIL:", e)
        print(f"check: {'PASS' if not errs else 'FAIL'} ({len(errs)} problems); continued claims in {cont}")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
