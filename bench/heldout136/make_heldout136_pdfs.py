"""Write HELD-OUT set 136 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents of
the five commonest real kinds (two each), written independently of the reader and measured once.

Run:  python bench/heldout136/make_heldout136_pdfs.py OUT_DIR            (writes 10 PDFs + <name>.pdf.truth.json)
      python bench/heldout136/make_heldout136_pdfs.py OUT_DIR --check    (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs. Deterministic (reportlab invariant=1, fpdf2 fixed creation
date, no randomness). Truth format: samples/pdf/eobgen.py's write_truth/truth_line, PRINTED values only, null for
what the layout does not print (units null where no quantity is printed); claim_id = provider's account / patient
control / visit number, payer_claim_id = payer claim number / ICN / TCN, patient = the person served, exactly as
printed. Adjustments are listed only where the page prints group+reason codes. Every name, number, payer, provider
and ID is invented; descriptions are our own words.

Layouts:
  a1 commercial PPO member EOB, portrait, core Helvetica: claim bands "Patient / Claim # / Patient Acct #",
     "Billed / Discount / Allowed / Deductible / Copay / Coins. / Plan Paid / You Owe / Rmk", "97530 GO" with wording
     on a small second line, units column, 3 family members, a long claim continued on page 2 with the band marked
     "(continued)" and repeated header, a denied line, remark legend (reportlab)
  a2 commercial HDHP member EOB, landscape Liberation Sans Narrow TTF, right-hand deductible/HSA sidebar on page 1:
     "Amount Charged / Savings / Plan Allowance / Not Covered / Applied to Deductible / Coinsurance / Plan
     Responsibility / Your Responsibility / Code", "97110-GP", no quantity, wrapped wording, 3 family members, PLANTED "Your
     Responsibility" claim-total mismatch (fpdf2)
  m1 Medicare Summary Notice Part B, portrait Liberation Serif TTF: deductible box, claims by provider with "Claim
     Number", date headings "January 5, 2026", "Therapeutic activities, 3 units (97530 GO)", "Service Approved? /
     Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See
     Notes", denied line, notes (reportlab)
  m2 Medicare Advantage member EOB, portrait DejaVu Sans TTF: "Date of Service / Service / Code / Qty / Provider's
     charge / Plan's approved amount / Plan's share / Your share / Note", boxed claims with "Claim ID" and
     "Provider account", a claim running onto page 2 with a "continued" band and repeated header (fpdf2)
  d1 state Medicaid RA, portrait core Courier (mono, tight): PAID / DENIED / ADJUSTED sections, heading "RECIPIENT /
     MA ID / PAT ACCT / TCN", "LN SVC-DATE PROC MODS UNITS BILLED ALLOWED TPL COPAY PAID EOB", trailing-minus
     credit claim, page break inside a claim with the header repeated, EOB code legend (reportlab)
  d2 Medicaid managed-care remittance statement, landscape ruled grid, DejaVu Sans Condensed TTF: "Claim Status",
     "Pt Ctrl #", "From / To / HCPCS / Modifiers / Qty / Billed / Allowed / Paid / Adj Grp-Rsn Amt / RARC",
     "01-05-2026" dates, a date-range line, a denied claim, a voided claim with negatives (fpdf2)
  r1 Medicare-style paper remit from a clearinghouse, landscape core Courier: "PERF PROV SERV DATE POS NOS PROC
     MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", "0105 010526" dates, extra adjustment codes on
     following text lines, claim continued on page 2, CLAIM TOTALS rows (reportlab)
  r2 practice-management "ERA Payment Posting Detail", portrait Liberation Sans TTF, ruled rows: "DOS / Proc / Mod
     / Units / Charge / Allowed / Deduct / Coins / Copay / Paid / Adj Codes" with "CO45:12.30 PR2:4.10", claim
     continued on next page with repeated header (fpdf2)
  s1 therapy clinic family statement, portrait DejaVu Sans TTF: remit stub, visit headings with visit # and
     insurer claim #, "Date / Patient / Description / CPT / Qty / Charge / Ins. Paid / Ins. Adj. / Balance",
     three children, pending-insurance visit, patient payments as non-service rows, aging footer (reportlab)
  s2 children's hospital family statement, portrait DejaVu Sans Condensed TTF, two-column header: accounts per
     visit with "Account #" and "Insurance claim #", itemised "Date / Rev / CPT-HCPCS / Description / Qty / Charges",
     insurance payment and adjustment as account-level rows (line paid null), two patients, continues to page 2 (fpdf2)

The self-check (--check) tests the factory, never the reader: page counts; each truth line is found on its page
on one text line (pdfplumber) that holds its code, every printed amount (as a multiset), units and modifiers,
with adjustment codes+amounts and remarks on that line or the next three; dates on the page; ids and patients in
the document; billed - adjustments = paid where all adjustments are printed; claim totals printed and equal to
the sum of lines unless the mismatch is a planted expected finding (and the planted one really mismatches).
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt,  # noqa: E402
                    medicaid, medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h136kit import Canvas, check_one, wrap  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = lambda m, d: date(2026, m, d)  # noqa: E731
ALLP = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")


def mods_sp(s):
    return " ".join(s.mods)


def codemods(s, sep=" "):
    return sep.join((s.code,) + s.mods)


# ================================================================================================ a1
def a1(out: Path):
    name = "a1_ppo_member_eob.pdf"
    cv = Canvas(out / name, "reportlab", LETTER, ["Helvetica", "Helvetica-Bold"], FIXED_WHEN)
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    fam = [
        ("Renata Solberg-Ivey", "Daughter", "KH26-0448120-01", "BPT-55120", "Brightpath Pediatric Therapy",
         [Svc(D(1, 5), "97165", 1, ("GO",))] + [Svc(D(1, d), c, u, m) for d in (7, 12, 14, 19, 21, 26)
                                                for c, u, m in (("97530", 2, ("GO",)), ("97110", 1, ("GO",)),
                                                                ("97535", 1, ("GO", "59")))]
         + [Svc(D(1, 28), "97150", 1, ("GO",), denied="PR")]),
        ("Lucas Solberg-Ivey", "Son", "KH26-0448377-01", "BPT-55187", "Brightpath Pediatric Therapy",
         [Svc(D(1, 9), "92523", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",))]),
        ("Margit Solberg-Ivey", "Self", "KH26-0451002-01", "HSO-7781340", "Hillside Ortho Associates",
         [Svc(D(1, 13), "99213", 1, ("25",)), Svc(D(1, 13), "97140", 2, ("GP",)), Svc(D(1, 13), "G0283", 1, ("GP",))]),
    ]
    legend = [("R1", "Amount above the network rate; your provider may not bill you for it."),
              ("R2", "Group sessions are excluded under your plan; you are responsible for this charge."),
              ("R3", "This amount was applied to your calendar-year deductible.")]
    lines, claims = [], []
    cols = [(36, "l"), (86, "l"), (180, "r"), (222, "r"), (264, "r"), (306, "r"), (348, "r"), (388, "r"), (428, "r"),
            (476, "r"), (522, "r"), (560, "l")]
    heads = ["Date", "Service", "Units", "Billed", "Discount", "Allowed", "Deductible", "Copay", "Coins.",
             "Plan Paid", "You Owe", "Rmk"]

    def furniture(first):
        cv.font("Helvetica-Bold", 15)
        cv.text(36, 44, "NORTHGATE MUTUAL")
        cv.font("Helvetica", 8)
        cv.text(36, 56, "Health Plan  |  PO Box 40417, Carrow Falls, NE 68110  |  1-800-555-0142")
        cv.font("Helvetica-Bold", 11)
        cv.text(576, 44, "EXPLANATION OF BENEFITS", "r")
        cv.font("Helvetica", 8)
        cv.text(576, 56, "THIS IS NOT A BILL", "r")
        cv.text(576, 66, f"Page {cv.pages} of 2", "r")
        cv.line(36, 72, 576, 72, 1)

    def header(y):
        cv.font("Helvetica-Bold", 6.8)
        for (x, a), h in zip(cols, heads):
            cv.text(x, y, h, a)
        cv.line(36, y + 3, 576, y + 3)
        return y + 12

    furniture(True)
    cv.font("Helvetica", 8.5)
    y = 88
    for t in ("Member: MARGIT SOLBERG-IVEY", "Member ID: NGM884120375", "Group: 00418 - Tessaly Freight Cooperative",
              "Statement date: February 2, 2026", "Plan: Northgate Choice PPO"):
        cv.text(36, y, t)
        y += 11
    cv.rect(330, 82, 246, 48)
    cv.font("Helvetica-Bold", 8.5)
    cv.text(338, 94, "Your deductible this year")
    cv.font("Helvetica", 8.5)
    cv.text(338, 106, "Individual: $500.00   Met so far: $500.00")
    cv.text(338, 118, "Family: $1,500.00   Met so far: $1,060.00")
    y = 150
    for pat, rel, clm, acct, prov, svcs in fam:
        for s in svcs:
            commercial(s, st)
        def band(y, cont=False):
            cv.rect(36, y - 9, 540, 24, fill=0.88, stroke=False)
            cv.font("Helvetica-Bold", 8)
            cv.text(40, y, f"Patient: {pat} ({rel})" + ("   (continued)" if cont else ""))
            cv.text(572, y, f"Claim #: {clm}", "r")
            cv.font("Helvetica", 7.5)
            cv.text(40, y + 10, f"Provider: {prov}")
            cv.text(572, y + 10, f"Patient Acct #: {acct}", "r")
            return y + 26
        if y > 690:
            cv.newpage(); furniture(False); y = 90
        y = band(y)
        y = header(y)
        for s in svcs:
            if y > 730:
                cv.font("Helvetica", 7)
                cv.text(576, 748, "Claim continues on next page", "r")
                cv.newpage(); furniture(False); y = 90
                y = band(y, True); y = header(y)
            rmk = ["R2"] if s.denied else (["R3"] if s.deductible else (["R1"] if s.discount else []))
            cells = [dfmt(s.dos, "mdy2"), codemods(s), units_str(s.units)] + [money(v, ",") for v in (
                s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes)] + [" ".join(rmk)]
            cv.font("Helvetica", 7.5)
            for (x, a), c in zip(cols, cells):
                cv.text(x, y, c, a)
            cv.font("Helvetica", 6)
            cv.text(86, y + 7, s.desc)
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=tuple(k for k in ALLP if k != "not_covered"), remarks=rmk))
            y += 17
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cv.line(180, y - 8, 576, y - 8)
        cv.font("Helvetica-Bold", 7.5)
        cv.text(86, y, "Claim totals")
        for (x, a), v in zip(cols[3:11], (tb, total(svcs, "discount"), ta, total(svcs, "deductible"),
                                           total(svcs, "copay"), total(svcs, "coinsurance"), tp, to)):
            cv.text(x, y, money(v, ","), a)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to)})
        y += 24
    cv.font("Helvetica-Bold", 8)
    y += 6
    cv.text(36, y, "Remark codes")
    cv.font("Helvetica", 7.5)
    for c, t in legend:
        y += 10
        cv.text(36, y, f"{c}  {t}")
    cv.text(36, 770, "Questions? Call Member Services at 1-800-555-0142 (TTY 711), Monday-Friday 8 a.m.-6 p.m.")
    pages = cv.close()
    write_truth(out / name, "a1", "reportlab", pages, "commercial PPO member EOB, family", lines, claims, legend)


# ================================================================================================ a2
def a2(out: Path):
    name = "a2_hdhp_member_eob.pdf"
    cv = Canvas(out / name, "fpdf2", LAND, ["LibNarrow", "LibNarrowB"], FIXED_WHEN)
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Theo Vantreese", "QK7-2260418", "TW-40021", "Tidewater Hand & Upper Limb Therapy",
         [Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97760", 1, ("GO",)), Svc(D(1, 6), "L3807", 1, ("RT",)),
          Svc(D(1, 13), "97110", 2, ("GO",)), Svc(D(1, 13), "97140", 1, ("GO",)),
          Svc(D(1, 20), "97110", 2, ("GO",)), Svc(D(1, 20), "97530", 1, ("GO",))]),
        ("Amara Vantreese", "QK7-2261190", "CSL-118204", "Cedar Step Language Clinic",
         [Svc(D(1, 8), "92523", 1, ()), Svc(D(1, 15), "92507", 1, ()), Svc(D(1, 22), "92507", 1, ()),
          Svc(D(1, 29), "92507", 1, (), denied="PR")]),
        ("Jonah Vantreese", "QK7-2263705", "TW-40388", "Tidewater Hand & Upper Limb Therapy",
         [Svc(D(1, 27), "97161", 1, ("GP",)), Svc(D(1, 27), "97112", 2, ("GP", "59")),
          Svc(D(1, 30), "97116", 2, ("GP",))]),
    ]
    lines, claims = [], []
    xs = [(30, "l"), (84, "l"), (222, "l"), (300, "r"), (350, "r"), (402, "r"), (452, "r"), (506, "r"), (554, "r"),
          (614, "r"), (668, "r"), (680, "l")]
    heads = [("Service", "Date"), ("Description", ""), ("Procedure", ""), ("Amount", "Charged"), ("Savings", ""),
             ("Plan", "Allowance"), ("Not", "Covered"), ("Applied to", "Deductible"), ("Coinsurance", ""),
             ("Plan", "Responsibility"), ("Your", "Responsibility"), ("Code", "")]

    def top():
        cv.font("LibNarrowB", 16)
        cv.text(30, 40, "Crestmark Health Partners")
        cv.font("LibNarrow", 9)
        cv.text(30, 53, "Saver HSA-Qualified Plan  -  Claims Statement  -  Not a bill")
        cv.text(762, 40, "Statement period: 01/01/2026 - 01/31/2026", "r")
        cv.text(762, 52, f"Sheet {cv.pages}", "r")
        cv.line(30, 60, 762, 60, 1.2)

    top()
    cv.font("LibNarrow", 9)
    cv.text(30, 76, "Subscriber: PRIYA VANTREESE      ID: CHX-0930-5521-04      Group: Lowmoor School District 11")
    for i, t in enumerate(("This statement covers claims we finished processing in January for Theo, Amara and Jonah.",
                           "Your provider may bill you for the amounts under Your Responsibility. Payments from your HSA",
                           "can be used for deductible and coinsurance amounts. Keep this statement for your records.",
                           "", "To report fraud or ask about a claim, call 1-888-555-0163 or sign in at the member site.")):
        cv.text(30, 100 + 12 * i, t)
    # sidebar page 1
    cv.rect(600, 70, 162, 120, fill=0.93)
    cv.font("LibNarrowB", 9)
    cv.text(606, 84, "Deductible tracker (family)")
    cv.font("LibNarrow", 8.5)
    for i, t in enumerate(("Deductible: $3,200.00", "Met to date: $2,950.00", "Remaining: $250.00",
                           "Out-of-pocket max: $6,400.00", "HSA balance: see your bank", "Network savings help keep",
                           "your costs down.")):
        cv.text(606, 98 + 12 * i, t)
    y = 206
    planted = None
    for k, (pat, clm, acct, prov, svcs) in enumerate(fam):
        for s in svcs:
            commercial(s, st, deny_reason="119")
        need = 50 + 15 * len(svcs)
        if y + need > 580:
            cv.font("LibNarrow", 8)
            cv.text(396, 596, "continued on next sheet", "c")
            cv.newpage(); top(); y = 78
        wid = 560 if cv.pages == 1 and y < 200 else 732
        cv.font("LibNarrowB", 10)
        cv.text(30, y, f"{pat}")
        cv.font("LibNarrow", 8.5)
        cv.text(30, y + 11, f"Claim number {clm}   |   {prov}   |   Your provider's account no. {acct}")
        y += 24
        cv.line(30, y - 8, 30 + wid, y - 8)
        cv.font("LibNarrowB", 7.5)
        hx = xs if wid > 600 else xs
        for (x, a), (h1, h2) in zip(hx, heads):
            if wid < 600 and x > 560:
                continue
            cv.text(x, y, h1, a)
            cv.text(x, y + 8, h2, a)
        y += 18
        cv.line(30, y - 7, 30 + wid, y - 7)
        for s in svcs:
            code = "R" if s.denied else ("D" if s.deductible else "")
            cv.font("LibNarrow", 8)
            dl = wrap(cv, s.desc, 130)
            cells = [dfmt(s.dos, "mdy4"), dl[0], codemods(s, "-")] + [money(v, "$") for v in (
                s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.coinsurance, s.paid, s.owes)] + [code]
            cv.font("LibNarrow", 8)
            for (x, a), c in zip(xs, cells):
                if wid < 600 and x > 560:
                    continue
                cv.text(x, y, c, a)
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                             "coinsurance", "paid", "patient_owes"),
                                    remarks=[code] if code else []))
            for extra in dl[1:]:
                y += 9
                cv.text(84, y, extra)
            y += 13
        if wid < 600:
            pass
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        if k == 1:
            planted = to
            to_print = to + Decimal("10.00")
        else:
            to_print = to
        cv.line(260, y - 8, 30 + wid, y - 8)
        cv.font("LibNarrowB", 8)
        cv.text(84, y, "Totals for this claim")
        for (x, a), v in zip(xs[3:11], (tb, total(svcs, "discount"), ta, total(svcs, "not_covered"),
                                         total(svcs, "deductible"), total(svcs, "coinsurance"), tp, to_print)):
            if wid < 600 and x > 560:
                continue
            cv.text(x, y, money(v, "$"), a)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to_print)})
        y += 26
    legend = [("D", "Part of the allowance counted toward your deductible."),
              ("R", "Visit limit for speech therapy reached for this plan year; not covered.")]
    if y > 560:
        cv.newpage(); top(); y = 84
    cv.font("LibNarrowB", 8.5)
    cv.text(30, y, "What the codes mean")
    cv.font("LibNarrow", 8)
    for c, t in legend:
        y += 11
        cv.text(30, y, f"{c} - {t}")
    pages = cv.close()
    exp = [f"claim-total-mismatch claim {fam[1][1]}: printed Your Responsibility total "
           f"{q(planted + Decimal('10.00'))} but the lines add up to {q(planted)}"]
    write_truth(out / name, "a2", "fpdf2", pages, "commercial HDHP member EOB with sidebar", lines, claims, legend, exp)


# ================================================================================================ m1
def m1(out: Path):
    name = "m1_msn_part_b.pdf"
    cv = Canvas(out / name, "reportlab", LETTER, ["LibSerif", "LibSerifB"], FIXED_WHEN)
    st = PlanState(ded_left=Decimal("90.00"))
    pat = "WALLACE T. ORNSBY"
    visits = [
        ("Lakeshore Outpatient Rehabilitation", "26-011-40821-7", D(1, 5),
         [Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",))]),
        ("Lakeshore Outpatient Rehabilitation", "26-013-77105-2", D(1, 8),
         [Svc(D(1, 8), "97110", 2, ("GP",)), Svc(D(1, 8), "97140", 1, ("GP", "59")), Svc(D(1, 8), "97530", 3, ("GP",))]),
        ("Lakeshore Outpatient Rehabilitation", "26-016-30442-9", D(1, 12),
         [Svc(D(1, 12), "97112", 2, ("GP", "KX")), Svc(D(1, 12), "97116", 1, ("GP",)),
          Svc(D(1, 12), "0552T", 1, (), denied="PR")]),
        ("Dr. Hollis Amberg, MD", "26-019-02218-4", D(1, 14), [Svc(D(1, 14), "99213", 1, ())]),
        ("Lakeshore Outpatient Rehabilitation", "26-021-55910-3", D(1, 15),
         [Svc(D(1, 15), "97110", 2, ("CQ", "GP")), Svc(D(1, 15), "97530", 2, ("CQ", "GP"))]),
    ]
    lines, claims = [], []
    cx = [(50, "l"), (298, "c"), (366, "r"), (424, "r"), (482, "r"), (540, "r"), (548, "l")]

    def foot():
        cv.font("LibSerif", 8)
        cv.text(306, 770, f"Page {cv.pages}", "c")
        cv.text(50, 770, "WALLACE T. ORNSBY")

    cv.font("LibSerifB", 17)
    cv.text(50, 52, "Medicare Summary Notice for Part B")
    cv.font("LibSerif", 10)
    cv.text(50, 66, "(Medical Insurance)")
    cv.text(50, 86, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services")
    cv.rect(50, 100, 250, 96)
    cv.font("LibSerifB", 10)
    cv.text(58, 116, pat)
    cv.font("LibSerif", 9.5)
    for i, t in enumerate(("Medicare Number XXXXXXX-4QJ2", "This notice is for claims processed",
                           "from January 1 - March 31, 2026", "Customer Service 1-800-555-0190")):
        cv.text(58, 132 + 14 * i, t)
    cv.rect(320, 100, 242, 96, fill=0.92)
    cv.font("LibSerifB", 10)
    cv.text(328, 116, "Your Deductible Status")
    cv.font("LibSerif", 9.5)
    for i, t in enumerate(("You have now met $283.00 of your", "$283.00 Part B deductible for 2026.",
                           "", "Be Informed: watch for charges", "for services you did not get.")):
        cv.text(328, 132 + 14 * i, t)
    cv.font("LibSerifB", 12)
    cv.text(50, 222, "Your Claims & Costs This Period")
    cv.font("LibSerif", 9.5)
    y = 240
    for t in wrap(cv, "Did Medicare approve all services? NO - Medicare did not approve 1 service. See the claim "
                      "for Lakeshore Outpatient Rehabilitation dated January 12, 2026 for more information. "
                      "Your claims begin on page 2.", 500):
        cv.text(50, y, t); y += 12
    foot()
    cv.newpage()
    y = 50
    cv.font("LibSerifB", 12)
    cv.text(50, y, "Your Claims for Part B (Medical Insurance)")
    y += 10
    for prov, clm, dos, svcs in visits:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.desc = {"0552T": "Laser light therapy"}.get(s.code, s.desc)
        if y + 78 + 16 * len(svcs) > 740:
            foot(); cv.newpage(); y = 50
        y += 18
        cv.font("LibSerifB", 10)
        cv.text(50, y, f"{dfmt(dos, 'month')}")
        y += 13
        cv.font("LibSerif", 9)
        cv.text(50, y, f"{prov}, 1480 Quarry Bend Rd, Elmsport, WI 53188     Claim Number: {clm}")
        y += 12
        cv.font("LibSerifB", 7.5)
        hh = (("Service Provided & Billing Code", "", ""), ("Service", "Approved?", ""), ("Amount", "Provider", "Charged"),
              ("Medicare-", "Approved", "Amount"), ("Medicare", "Paid", "Provider"), ("Maximum You", "May Be", "Billed"),
              ("See", "Notes", ""))
        for (x, a), hs in zip(cx, hh):
            for k, h in enumerate(hs):
                cv.text(x, y + 8 * k, h, a)
        cv.line(50, y + 20, 562, y + 20)
        y += 32
        for s in svcs:
            note = ["C"] if s.denied else (["A"] if s.deductible else ["B"])
            cells = [f"{s.desc}, {units_str(s.units)} unit{'s' if s.units > 1 else ''} ({codemods(s)})",
                     "No" if s.denied else "Yes", money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"),
                     money(s.owes, "$"), note[0]]
            cv.font("LibSerif", 8.5)
            for (x, a), c in zip(cx, cells):
                cv.text(x, y, c, a)
            lines.append(truth_line(cv.pages, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=note))
            y += 14
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cv.line(340, y - 9, 562, y - 9)
        cv.font("LibSerifB", 8.5)
        cv.text(50, y, "Total for this claim")
        for (x, a), v in zip(cx[2:6], (tb, ta, tp, to)):
            cv.text(x, y, money(v, "$"), a)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, ta, tp, to)})
        y += 8
    legend = [("A", "This approved amount has been applied toward your deductible."),
              ("B", "Your doctor or supplier agreed to accept the approved amount as full payment."),
              ("C", "Medicare does not pay for this item because it is not considered medically reasonable.")]
    y += 20
    cv.font("LibSerifB", 10)
    cv.text(50, y, "Notes for Claims Above")
    cv.font("LibSerif", 8.5)
    for c, t in legend:
        y += 12
        cv.text(50, y, f"{c}  {t}")
    foot()
    pages = cv.close()
    write_truth(out / name, "m1", "reportlab", pages, "Medicare Summary Notice Part B", lines, claims, legend)


# ================================================================================================ m2
def m2(out: Path):
    name = "m2_medicare_advantage_eob.pdf"
    cv = Canvas(out / name, "fpdf2", LETTER, ["DjSans", "DjSansB"], FIXED_WHEN)
    st = PlanState(ded_left=ZERO)
    pat = "Evangeline R. Dusomme"
    cl = [("MA-7730145529", "CCR-601288", "Coastal Cognitive Rehab",
           [Svc(D(2, d), c, u, m) for d in (2, 3, 4, 6, 9, 10, 11, 13, 16, 17, 18, 20, 23) for c, u, m in
            (("97129", 1, ("GN",)), ("92507", 1, ("GN",)), ("97535", 2, ("GO",)))]),
          ("MA-7730152240", "PHY-99318", "Seabright Family Medicine", [Svc(D(2, 10), "99213", 1, ())]),
          ("MA-7730160087", "CCR-601301", "Coastal Cognitive Rehab",
           [Svc(D(2, 20), "97168", 1, ("GO",)), Svc(D(2, 20), "97530", 2, ("GO", "KX"))])]
    lines, claims = [], []
    cx = [(40, "l"), (96, "l"), (262, "l"), (318, "r"), (376, "r"), (438, "r"), (494, "r"), (548, "r"), (556, "l")]
    heads = [("Date of", "Service"), ("Service", ""), ("Code", ""), ("Qty", ""), ("Provider's", "charge"),
             ("Plan's approved", "amount"), ("Plan's", "share"), ("Your", "share"), ("Note", "")]

    def top():
        cv.font("DjSansB", 13)
        cv.text(40, 44, "Seaward Senior Advantage (HMO)")
        cv.font("DjSans", 8)
        cv.text(40, 56, "A Medicare Advantage plan  |  H9904-012  |  Member Services 1-866-555-0177, TTY 711")
        cv.text(572, 44, f"Page {cv.pages}", "r")
        cv.line(40, 62, 572, 62, 1)
        cv.text(306, 772, "Seaward Senior Advantage - Explanation of Benefits for February 2026", "c")

    def head(y):
        cv.font("DjSansB", 6.5)
        for (x, a), (h1, h2) in zip(cx, heads):
            cv.text(x, y, h1, a); cv.text(x, y + 7, h2, a)
        cv.line(40, y + 10, 572, y + 10)
        return y + 19

    top()
    cv.font("DjSansB", 11)
    cv.text(40, 82, "Your Explanation of Benefits for February 2026")
    cv.font("DjSans", 8.5)
    cv.text(40, 96, f"Member: {pat}    Member ID: SWA-44720913    This is not a bill.")
    y = 120
    for clm, acct, prov, svcs in cl:
        for s in svcs:
            medicare(s, st, sequestration=False)
        def band(y, cont=False):
            cv.rect(40, y - 9, 532, 22, fill=0.9, stroke=True)
            cv.font("DjSansB", 7.5)
            cv.text(44, y, f"Claim ID: {clm}" + (" - continued" if cont else ""))
            cv.text(568, y, f"Provider account: {acct}", "r")
            cv.font("DjSans", 7)
            cv.text(44, y + 9, f"{prov}  -  in network  -  claim processed 03/02/2026")
            return y + 22
        if y > 680:
            cv.newpage(); top(); y = 82
        y = band(y); y = head(y)
        for s in svcs:
            if y > 745:
                cv.newpage(); top(); y = 82; y = band(y, True); y = head(y)
            cv.font("DjSans", 7)
            cells = [dfmt(s.dos, "mdy4"), s.desc[:34], codemods(s, " "), units_str(s.units), money(s.billed, "$"),
                     money(s.allowed, "$"), money(s.paid, "$"), money(s.owes, "$"), "1" if s.coinsurance else ""]
            for (x, a), c in zip(cx, cells):
                cv.text(x, y, c, a)
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=["1"] if s.coinsurance else [], overrides={"description": s.desc[:34]}))
            y += 16
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        cv.font("DjSansB", 7)
        cv.text(96, y + 2, "Claim total")
        for (x, a), v in zip(cx[4:8], (tb, ta, tp, to)):
            cv.text(x, y + 2, money(v, "$"), a)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, ta, tp, to)})
        y += 26
    legend = [("1", "Your share is the 20% coinsurance for outpatient therapy in your plan's benefit chart.")]
    cv.font("DjSans", 7.5)
    cv.text(40, y, "Note 1: " + legend[0][1])
    pages = cv.close()
    write_truth(out / name, "m2", "fpdf2", pages, "Medicare Advantage member EOB", lines, claims, legend)


# ================================================================================================ d1
def d1(out: Path):
    name = "d1_medicaid_ra_mono.pdf"
    cv = Canvas(out / name, "reportlab", LETTER, ["Courier", "Courier-Bold"], FIXED_WHEN)
    FS, LH = 7.2, 10.5
    recips = [
        ("HALVERSEN, TOBIAS", "4410298837", "RW-20931", "2602600041201",
         [Svc(D(1, d), c, u, m) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)
          for c, u, m in (("97530", 3, ("GO",)), ("97112", 1, ("GO",)), ("97110", 1, ("GO",)),
                          ("97535", 1, ("GO", "59")))]),
        ("PRUITT-OKAFO, DANI", "4410377120", "RW-21007", "2602600041202",
         [Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 20), "92526", 1, ("GN",))]),
        ("LINDQVIST, MARA", "4410412259", "RW-21033", "2602600041203",
         [Svc(D(1, 8), "97165", 1, ("GO",)), Svc(D(1, 8), "97530", 2, ("GO", "59"))]),
    ]
    denied = ("ESTABROOK, KAI", "4410450081", "RW-21050", "2602600041204",
              [Svc(D(1, 10), "97530", 4, ("GO",), denied="CO"), Svc(D(1, 10), "97535", 2, ("GO",), denied="CO")])
    orig = ("HALVERSEN, TOBIAS", "4410298837", "RW-20874", "2600900018807",
            [Svc(D(12, 15).replace(year=2025), "97530", 3, ("GO",)), Svc(D(12, 15).replace(year=2025), "97112", 2, ("GO",))])
    lines, claims = [], []
    state = {"y": 0}

    def put(s, bold=False):
        cv.font("Courier-Bold" if bold else "Courier", FS)
        cv.text(30, state["y"], s)
        state["y"] += LH

    def top():
        state["y"] = 36
        put("STATE OF NORTH FALLOW - DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", True)
        put(f"REMITTANCE ADVICE          RA NUMBER: 0004471882     RA DATE: 02/06/26     PAGE: {cv.pages:>3}")
        put("PAYEE: RIVERWALK PEDIATRIC THERAPY LLC     PAYEE ID: 0091148270     NPI: 1831045562")
        put("-" * 118)

    def colhead():
        put("LN SVC-DATE PROC  MODS    UNITS      BILLED     ALLOWED      TPL     COPAY        PAID  EOB")
        put("-- -------- ----- ------- ----- ----------- ----------- -------- --------- ----------- ----")

    def m(v):
        return money(v, ",", "trail")

    def claim(rec, status, neg=False):
        nm, mid, acct, tcn, svcs = rec
        for s in svcs:
            medicaid(s, deny_reason="96")
        rows = [negate(s) for s in svcs] if neg else svcs
        if state["y"] > 700:
            put("*** CONTINUED ON NEXT PAGE ***"); cv.newpage(); top(); put(f"*** {status} CLAIMS (CONTINUED) ***", True)
        put("")
        put(f"RECIPIENT: {nm:<22} MA ID: {mid}   PAT ACCT: {acct:<9} TCN: {tcn}")
        colhead()
        for i, s in enumerate(rows, 1):
            if state["y"] > 740:
                put("*** CLAIM CONTINUED ON NEXT PAGE ***"); cv.newpage(); top()
                put(f"RECIPIENT: {nm:<22} MA ID: {mid}   TCN: {tcn}   (CONTINUED)"); colhead()
            eob = ["0260"] if s.denied else (["0770"] if neg else (["0102"] if s.discount else []))
            put(f"{i:02d} {dfmt(s.dos, 'mdy2')} {s.code} {' '.join(s.mods):<7} {units_str(abs(s.units)):>5} "
                f"{m(s.billed):>11} {m(s.allowed):>11} {m(ZERO):>8} {m(s.copay):>9} {m(s.paid):>11}  {' '.join(eob)}")
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=tcn, patient=nm, remarks=eob,
                                    printed=("billed", "allowed", "copay", "paid"), description=False))
        tb, ta, tp = (total(rows, k) for k in ("billed", "allowed", "paid"))
        put(f"   CLAIM TOTAL {'':>20} {m(tb):>11} {m(ta):>11} {m(ZERO):>8} {m(ZERO):>9} {m(tp):>11}")
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": nm, "totals": claim_totals(tb, ta, tp)})

    top()
    put("*** PAID CLAIMS ***", True)
    for r in recips[1:] + recips[:1]:
        claim(r, "PAID")
    put("")
    put("*** DENIED CLAIMS ***", True)
    claim(denied, "DENIED")
    put("")
    put("*** ADJUSTED CLAIMS - CREDIT OF ORIGINAL TCN 2600900018807 ***", True)
    claim(orig, "ADJUSTED", neg=True)
    put("")
    legend = [("0102", "ALLOWED AT THE PROGRAM MAXIMUM FEE; RECIPIENT MAY NOT BE BILLED THE DIFFERENCE."),
              ("0260", "SERVICE REQUIRES A PRIOR APPROVAL NUMBER THAT WAS NOT ON FILE FOR THESE DATES."),
              ("0770", "PRIOR PAYMENT RECOUPED IN FULL; SEE REPLACEMENT CLAIM IF ONE WAS FILED.")]
    put("EOB CODE DESCRIPTIONS", True)
    for c, t in legend:
        put(f"{c}  {t}")
    pages = cv.close()
    write_truth(out / name, "d1", "reportlab", pages, "state Medicaid RA, monospace", lines, claims, legend)


# ================================================================================================ d2
def d2(out: Path):
    name = "d2_medicaid_mco_remit.pdf"
    cv = Canvas(out / name, "fpdf2", LAND, ["DjCond", "DjCondB"], FIXED_WHEN)
    cl = [
        ("PAID", "Nia Boutros-Vale", "MCO-55821044", "PC771203", "E2603410077201",
         [Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",))]
         + [Svc(D(1, d), c, u, m) for d in (7, 9, 12, 14, 16, 21, 23)
            for c, u, m in (("97110", 2, ("GP",)), ("97530", 2, ("GP", "59")))]),
        ("PAID", "Owen Castellane", "MCO-55834417", "PC771260", "E2603410077202",
         [Svc(D(1, 12), "97150", 4, ("GO",), end=D(1, 16)), Svc(D(1, 13), "97535", 2, ("GO",)),
          Svc(D(1, 15), "97168", 1, ("GO",))]),
        ("DENIED", "Ilse Marchetti", "MCO-55840998", "PC771288", "E2603410077203",
         [Svc(D(1, 14), "92507", 1, ("GN",), denied="CO"), Svc(D(1, 21), "92507", 1, ("GN",), denied="CO")]),
    ]
    voided = ("VOIDED", "Owen Castellane", "MCO-55834417", "PC770915", "E2601110031166",
              [Svc(D(12, 29).replace(year=2025), "97535", 2, ("GO",))])
    lines, claims = [], []
    cols = [(30, 26, "l"), (56, 56, "l"), (112, 56, "l"), (168, 44, "l"), (212, 58, "l"), (270, 30, "r"),
            (300, 64, "r"), (364, 64, "r"), (428, 64, "r"), (492, 150, "l"), (642, 120, "l")]
    heads = ["Line", "From", "To", "HCPCS", "Modifiers", "Qty", "Billed", "Allowed", "Paid", "Adj Grp-Rsn Amt", "RARC"]

    def top():
        cv.font("DjCondB", 14)
        cv.text(30, 40, "Prairie Crossing Community Health Plan")
        cv.font("DjCond", 8)
        cv.text(30, 52, "Medicaid Managed Care  -  Provider Remittance Statement  -  Check/EFT 00917735  -  02/09/2026")
        cv.text(762, 40, f"Page {cv.pages}", "r")
        cv.text(762, 52, "Payee: Meadowlark Therapy Group  TIN XX-XXX4418", "r")

    def grid_row(y, cells, bold=False, fill=None):
        cv.font("DjCondB" if bold else "DjCond", 7.5)
        for (x, w, a), c in zip(cols, cells):
            cv.rect(x, y - 9, w, 13, fill=fill)
            cv.text(x + w - 3 if a == "r" else x + 3, y, c, a)
        return y + 13

    def m(v):
        return money(v, ",")

    top()
    y = 80
    for status, pat, mem, pcn, icn, svcs in cl + [voided]:
        neg = status == "VOIDED"
        for s in svcs:
            medicaid(s, deny_reason="27")
        rows = [negate(s) for s in svcs] if neg else svcs
        if y + 40 + 13 * len(rows) > 580:
            cv.newpage(); top(); y = 80
        cv.font("DjCondB", 8.5)
        cv.text(30, y, f"Member: {pat}    Member ID: {mem}    Pt Ctrl #: {pcn}    Claim #: {icn}    Claim Status: {status}")
        y += 14
        y = grid_row(y, heads, True, 0.85)
        for i, s in enumerate(rows, 1):
            rarc = ["N30"] if s.denied else []
            adj = "; ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)
            cells = [str(i), dfmt(s.dos, "mdy4").replace("/", "-"), dfmt(s.end or s.dos, "mdy4").replace("/", "-"),
                     s.code, ",".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed), m(s.paid), adj,
                     " ".join(rarc)]
            y = grid_row(y, cells)
            lines.append(truth_line(cv.pages, s, claim_id=pcn, payer_claim_id=icn, patient=pat, printed=(
                "billed", "allowed", "paid"), service_end=s.end or s.dos, adjustments=s.adjs, remarks=rarc,
                description=False))
        tb, ta, tp = (total(rows, k) for k in ("billed", "allowed", "paid"))
        y = grid_row(y, ["", "", "", "", "Claim total", "", m(tb), m(ta), m(tp), "", ""], True, 0.95)
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(tb, ta, tp)})
        y += 16
    legend = [("N30", "Member was not eligible for this benefit under the plan on the date of service.")]
    cv.font("DjCond", 8)
    cv.text(30, y, "RARC N30: " + legend[0][1] + "  Group codes: CO contractual obligation, PR patient responsibility.")
    pages = cv.close()
    write_truth(out / name, "d2", "fpdf2", pages, "Medicaid managed-care remittance, ruled grid", lines, claims, legend)


# ================================================================================================ r1
def r1(out: Path):
    name = "r1_clearinghouse_paper_remit.pdf"
    cv = Canvas(out / name, "reportlab", LAND, ["Courier", "Courier-Bold"], FIXED_WHEN)
    FS, LH = 7.4, 10.2
    st = PlanState(ded_left=Decimal("120.00"))
    cl = [
        ("BRANDT, ELOISE", "4TR8JK2MN61", "PT44120", "2226034117820", "1912040077",
         [Svc(D(1, d), c, u, m) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26)
          for c, u, m in (("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP", "KX")))]),
        ("OYELARAN, FESTUS", "7PL2QW9RX04", "PT44187", "2226034117821", "1912040077",
         [Svc(D(1, 8), "97161", 1, ("GP",)), Svc(D(1, 8), "97116", 2, ("GP",)),
          Svc(D(1, 8), "0552T", 1, ("GP",), denied="CO")]),
        ("MCQUARRIE, DELPHINE", "2HD6VB3ZX88", "PT44203", "2226034117822", "1887305521",
         [Svc(D(1, 13), "97530", 2, ("CQ", "GP")), Svc(D(1, 15), "97530", 2, ("CQ", "GP"))]),
    ]
    lines, claims = [], []
    S = {"y": 0}

    def put(s, bold=False):
        cv.font("Courier-Bold" if bold else "Courier", FS)
        cv.text(28, S["y"], s)
        S["y"] += LH

    def m(v):
        return money(v, "")

    def top():
        S["y"] = 34
        put("MEDICARE-STYLE REMITTANCE NOTICE            printed by TRELLISPOINT CLAIMS EXCHANGE from 835 file RMT0206A", True)
        put("PAYER: LAKEVIEW MEDICARE ADMINISTRATIVE SVCS     PROVIDER #: 1912040077   NORTHBANK THERAPY PARTNERS")
        put(f"CHECK/EFT #: 0000388142   CHECK DATE: 02/06/2026   REMIT #: 77120                          PAGE #: {cv.pages}")
        put("")
        put("PERF PROV   SERV DATE   POS NOS  PROC  MODS       BILLED   ALLOWED   DEDUCT    COINS   GRP/RC-AMT       PROV PD")
        put("-" * 118)

    top()
    for nm, hic, acnt, icn, perf, svcs in cl:
        for s in svcs:
            medicare(s, st, deny_reason="50")
        if S["y"] > 500:
            cv.newpage(); top()
        put(f"NAME {nm:<22} HIC {hic}  ACNT {acnt:<10} ICN {icn}  ASG Y  MOA MA01 MA18")
        for s in svcs:
            if S["y"] + LH * len(s.adjs) > 575:
                put("CLAIM CONTINUED ON NEXT PAGE"); cv.newpage(); top()
                put(f"NAME {nm:<22} HIC {hic}  ACNT {acnt:<10} ICN {icn}  (CONT)")
            d = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            adj = [f"{g}-{r}" for g, r, a in s.adjs]
            first = f"{adj[0]:<7}{m(s.adjs[0][2]):>9}"
            put(f"{perf}  {d}  11   {units_str(s.units):>2}  {s.code} {' '.join(s.mods):<8} {m(s.billed):>9} "
                f"{m(s.allowed):>9} {m(s.deductible):>8} {m(s.coinsurance):>8}   {first}  {m(s.paid):>9}")
            for (g, r, a), lbl in zip(s.adjs[1:], adj[1:]):
                put(f"{'':>84}{lbl:<7}{m(a):>9}")
            rem = ["N115"] if s.denied else []
            if rem:
                put(f"{'':>12}REM: N115")
            lines.append(truth_line(cv.pages, s, claim_id=acnt, payer_claim_id=icn, patient=nm, adjustments=s.adjs,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"), remarks=rem,
                                    description=False))
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        pr = total(svcs, "owes")
        put(f"PT RESP {m(pr):>9}              CLAIM TOTALS {m(tb):>9} {m(ta):>9} {m(total(svcs, 'deductible')):>8} "
            f"{m(total(svcs, 'coinsurance')):>8}   {'':>16}  {m(tp):>9}")
        put(f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00     NET {m(tp):>9}")
        put("")
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm, "totals": claim_totals(tb, ta, tp)})
    legend = [("N115", "Coverage policy for this service was applied; no payment.")]
    put("GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", True)
    put("CO  CONTRACTUAL OBLIGATION.  PR  PATIENT RESPONSIBILITY.  N115  COVERAGE POLICY APPLIED TO THIS SERVICE.")
    pages = cv.close()
    write_truth(out / name, "r1", "reportlab", pages, "Medicare-style paper remit from a clearinghouse", lines, claims,
                legend)


# ================================================================================================ r2
def r2(out: Path):
    name = "r2_pm_era_posting.pdf"
    cv = Canvas(out / name, "fpdf2", LETTER, ["LibSans", "LibSansB"], FIXED_WHEN)
    st = PlanState(ded_left=Decimal("35.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.74"))
    cl = [
        ("Ferreira, Lucia", "100482", "71130458822", "Bluestem Casualty & Health",
         [Svc(D(1, d), c, u, m) for d in (6, 8, 13, 15, 20, 22, 27, 29)
          for c, u, m in (("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97140", 1, ("GO", "59")))]
         + [Svc(D(1, d), "97110", 1, ("GO",)) for d in (2, 9, 16, 23)]),
        ("Ferreira, Mateo", "100519", "71130461170", "Bluestem Casualty & Health",
         [Svc(D(1, 7), "92523", 1, ("GN",)), Svc(D(1, 14), "92507", 1, ("GN",)), Svc(D(1, 21), "92507", 1, ("GN",))]),
        ("Quist, Harriet", "100533", "71130463305", "Bluestem Casualty & Health",
         [Svc(D(1, 9), "97167", 1, ("GO",)), Svc(D(1, 9), "97760", 1, ("GO",)), Svc(D(1, 9), "L3807", 1, ("LT",))]),
    ]
    lines, claims = [], []
    cols = [(34, "l"), (86, "l"), (122, "l"), (178, "r"), (222, "r"), (268, "r"), (308, "r"), (346, "r"), (384, "r"),
            (432, "r"), (440, "l")]
    heads = ["DOS", "Proc", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Copay", "Paid", "Adj Codes"]

    def top():
        cv.font("LibSansB", 12)
        cv.text(34, 40, "ERA Payment Posting Detail")
        cv.font("LibSans", 8)
        cv.text(34, 52, "ClinicLedger PM v9.2  -  Harborview Kids Therapy, 22 Wexley Ct, Dunmore Bay, OR 97402")
        cv.text(578, 40, f"Run 02/10/2026 08:14   Page {cv.pages}", "r")
        cv.text(578, 52, "Batch 5521  -  EFT TRN 8841200937  -  Payer: Bluestem Casualty & Health", "r")
        cv.line(34, 58, 578, 58, 1)

    def head(y):
        cv.rect(34, y - 9, 544, 13, fill=0.85, stroke=False)
        cv.font("LibSansB", 7.5)
        for (x, a), h in zip(cols, heads):
            cv.text(x, y, h, a)
        return y + 14

    def m(v):
        return money(v, ",")

    top()
    y = 78
    for pat, acct, icn, payer, svcs in cl[1:] + cl[:1]:
        for s in svcs:
            commercial(s, st)
        def chead(y, cont=False):
            cv.font("LibSansB", 8.5)
            cv.text(34, y, f"Patient: {pat}    Acct: {acct}    Payer ICN: {icn}" + ("    (cont'd)" if cont else ""))
            return y + 13
        if y > 690:
            cv.newpage(); top(); y = 78
        y = chead(y); y = head(y)
        for s in svcs:
            if y > 742:
                cv.font("LibSans", 7)
                cv.text(578, 760, "continued", "r")
                cv.newpage(); top(); y = 78; y = chead(y, True); y = head(y)
            codes = " ".join(f"{g}{r}:{m(a)}" for g, r, a in s.adjs)
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                     m(s.deductible), m(s.coinsurance), m(s.copay), m(s.paid), codes]
            cv.font("LibSans", 7.5)
            for (x, a), c in zip(cols, cells):
                cv.text(x, y, c, a)
            cv.line(34, y + 3, 578, y + 3, 0.2)
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=icn, patient=pat, adjustments=s.adjs,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                                    description=False))
            y += 17
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        cv.font("LibSansB", 7.5)
        cv.text(86, y, "Claim total")
        cv.text(222, y, m(tb), "r"); cv.text(268, y, m(ta), "r"); cv.text(432, y, m(tp), "r")
        cv.text(440, y, f"Pt resp {m(total(svcs, 'owes'))}")
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(tb, ta, tp)})
        y += 24
    cv.font("LibSans", 7.5)
    cv.text(34, y, "Posted by: jmarlow   Adjustment codes shown as group+reason:amount as received on the 835.")
    pages = cv.close()
    write_truth(out / name, "r2", "fpdf2", pages, "PM-system ERA posting report", lines, claims, [])


# ================================================================================================ s1
def s1(out: Path):
    name = "s1_clinic_family_statement.pdf"
    cv = Canvas(out / name, "reportlab", LETTER, ["DjSans", "DjSansB"], FIXED_WHEN)
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    visits = [
        ("V-30112", "Ruby Achterberg", "CR-9011845", D(1, 6),
         [Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",))], "paid"),
        ("V-30148", "Ruby Achterberg", "CR-9012230", D(1, 13),
         [Svc(D(1, 13), "97530", 2, ("GO",)), Svc(D(1, 13), "97535", 1, ("GO",))], "paid"),
        ("V-30151", "Silas Achterberg", "CR-9012244", D(1, 14),
         [Svc(D(1, 14), "92523", 1, ("GN",))], "paid"),
        ("V-30187", "Silas Achterberg", "CR-9013001", D(1, 21),
         [Svc(D(1, 21), "92507", 1, ("GN",))], "paid"),
        ("V-30190", "June Achterberg", "CR-9013015", D(1, 22),
         [Svc(D(1, 22), "97161", 1, ("GP",)), Svc(D(1, 22), "97110", 2, ("GP",))], "paid"),
        ("V-30233", "Ruby Achterberg", None, D(1, 27),
         [Svc(D(1, 27), "97530", 2, ("GO",)), Svc(D(1, 27), "97112", 1, ("GO",))], "pending"),
    ]
    lines, claims = [], []
    cols = [(36, "l"), (84, "l"), (170, "l"), (330, "l"), (380, "r"), (430, "r"), (480, "r"), (528, "r"), (576, "r")]
    heads = ["Date", "Patient", "Description", "CPT", "Qty", "Charge", "Ins. Paid", "Ins. Adj.", "Balance"]
    cv.font("DjSansB", 13)
    cv.text(36, 44, "Willowmere Children's Therapy Center")
    cv.font("DjSans", 8)
    cv.text(36, 56, "OT  -  PT  -  Speech  |  610 Larkspur Ave, Suite 4, Fenwick, MN 55901  |  (507) 555-0148")
    # remit stub
    cv.rect(330, 70, 246, 70)
    cv.font("DjSans", 8)
    for i, t in enumerate(("Guarantor: Corinne Achterberg", "Account no.: G-77120", "Statement date: 02/03/2026",
                           "Amount due: see Balance Due below", "Amount enclosed: $__________")):
        cv.text(338, 84 + 12 * i, t)
    cv.text(36, 84, "CORINNE ACHTERBERG")
    cv.text(36, 96, "4471 Old Mill Rd")
    cv.text(36, 108, "Fenwick, MN 55902")
    cv.line(36, 150, 576, 150, 0.4)
    cv.font("DjSans", 6.5)
    cv.text(306, 158, "- - - - - - - - - - detach and return the top portion with your payment - - - - - - - - - -", "c")
    cv.font("DjSansB", 10)
    cv.text(36, 180, "Account Activity")
    y = 196
    cv.font("DjSansB", 7.2)
    for (x, a), h in zip(cols, heads):
        cv.text(x, y, h, a)
    cv.line(36, y + 3, 576, y + 3)
    y += 14
    bal_total = ZERO
    for vis, pat, clm, dos, svcs, status in visits:
        for s in svcs:
            commercial(s, st)
            if status == "pending":
                s.paid = ZERO; s.discount = ZERO; s.owes = s.billed
        cv.font("DjSansB", 7.2)
        note = (f"Visit {vis}  -  {pat}  -  billed to Cobalt Ridge Health 0{dos.month}/{dos.day + 2:02d}/26"
                + (f"  -  insurer claim {clm}" if clm else "  -  pending with insurance"))
        cv.rect(36, y - 8, 540, 11, fill=0.93, stroke=False)
        cv.text(40, y, note)
        y += 13
        for s in svcs:
            cells = [dfmt(s.dos, "mdy2"), pat.split()[0], s.desc[:34], codemods(s, ""), units_str(s.units),
                     money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
            cv.font("DjSans", 7.2)
            for (x, a), c in zip(cols, cells):
                cv.text(x, y, c, a)
            row = truth_line(cv.pages, s, claim_id=vis, payer_claim_id=clm, patient=pat,
                             printed=("billed", "paid", "discount", "patient_owes"), overrides={"description": s.desc[:34]})
            lines.append(row)
            y += 12
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        bal_total += to
        cv.font("DjSansB", 7.2)
        cv.text(330, y, "Visit balance")
        cv.text(576, y, money(to, ","), "r")
        claims.append({"claim_id": vis, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, None, tp, to)})
        cv.text(430, y, money(tb, ","), "r")
        cv.text(480, y, money(tp, ","), "r")
        y += 16
    cv.font("DjSans", 7.2)
    cv.text(36, y, "01/30/26"); cv.text(84, y, "Guarantor"); cv.text(170, y, "Patient payment - thank you (card)")
    cv.text(576, y, money(Decimal("-75.00"), ","), "r")
    y += 16
    bal_total -= Decimal("75.00")
    cv.rect(36, y, 540, 30)
    cv.font("DjSans", 7.5)
    for i, (h, v) in enumerate((("Current", bal_total - Decimal("0.00")), ("31-60 days", ZERO), ("61-90 days", ZERO),
                                ("Over 90", ZERO))):
        cv.text(44 + 110 * i, y + 12, h)
        cv.text(44 + 110 * i, y + 24, money(v, "$"))
    cv.font("DjSansB", 9)
    cv.text(570, y + 20, f"Balance Due {money(bal_total, '$')}", "r")
    cv.font("DjSans", 7)
    cv.text(36, y + 48, "Questions about this statement? Call our billing office at (507) 555-0149, Mon-Thu 9-4.")
    pages = cv.close()
    write_truth(out / name, "s1", "reportlab", pages, "therapy clinic family statement", lines, claims, [])


# ================================================================================================ s2
def s2(out: Path):
    name = "s2_hospital_family_statement.pdf"
    cv = Canvas(out / name, "fpdf2", LETTER, ["DjCond", "DjCondB"], FIXED_WHEN)
    REV = {"97165": "0430", "97530": "0430", "97110": "0420", "97112": "0420", "97140": "0420", "97535": "0430",
           "92523": "0440", "92507": "0440", "97161": "0424", "97168": "0434", "L3807": "0274", "G0283": "0420"}
    accts = [
        ("40087711203", "ZANDER PELLETIER-ROY", "SKY-2026-0419988", D(1, 5), D(1, 30),
         [Svc(D(1, d), c, u, m) for d in (5, 8, 12, 15, 19, 22, 26, 29)
          for c, u, m in (("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97535", 1, ("GO",)))]
         + [Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 30), "97168", 1, ("GO",))],
         Decimal("1612.40"), Decimal("986.35")),
        ("40087719954", "LOTTIE PELLETIER-ROY", "SKY-2026-0420531", D(1, 9), D(1, 23),
         [Svc(D(1, 9), "92523", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",))],
         Decimal("402.61"), Decimal("288.15")),
        ("40087724410", "OONA PELLETIER-ROY", "SKY-2026-0421207", D(1, 14), D(1, 28),
         [Svc(D(1, 14), "97161", 1, ("GP",)), Svc(D(1, 14), "97140", 2, ("GP",)), Svc(D(1, 21), "97110", 3, ("GP",)),
          Svc(D(1, 21), "G0283", 1, ("GP",)), Svc(D(1, 28), "97110", 2, ("GP",)), Svc(D(1, 28), "L3807", 1, ("RT",))],
         Decimal("611.20"), Decimal("402.75")),
    ]
    lines, claims = [], []
    cols = [(36, "l"), (92, "l"), (128, "l"), (204, "l"), (500, "r"), (576, "r")]
    heads = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]

    def top(first):
        cv.font("DjCondB", 14)
        cv.text(36, 42, "St. Aurelia Children's Hospital")
        cv.font("DjCond", 8)
        cv.text(36, 54, "Outpatient Rehabilitation Services  -  900 Bellwether Pkwy, Norcastle, IA 50314")
        cv.text(576, 42, "PATIENT STATEMENT", "r")
        cv.text(576, 54, f"Page {cv.pages}", "r")
        cv.line(36, 60, 576, 60, 1)

    def colhead(y):
        cv.font("DjCondB", 7.5)
        for (x, a), h in zip(cols, heads):
            cv.text(x, y, h, a)
        cv.line(36, y + 3, 576, y + 3, 0.4)
        return y + 13

    top(True)
    # two-column header
    cv.font("DjCond", 8.5)
    for i, t in enumerate(("Guarantor: BRIGID PELLETIER-ROY", "Guarantor no.: 00661827", "118 Tamsin Lane",
                           "Norcastle, IA 50317")):
        cv.text(36, 80 + 12 * i, t)
    cv.rect(320, 70, 256, 58, fill=0.94)
    for i, t in enumerate(("Statement date: 02/12/2026", "Primary insurance: Skyline Benefit Trust",
                           "Secondary: none on file", "Pay online with guarantor no. and ZIP")):
        cv.text(328, 82 + 12 * i, t)
    y = 150
    grand = ZERO
    for acct, pat, clm, a0, a1_, svcs, inspaid, insadj in accts:
        cv.font("DjCondB", 9)
        if y > 700:
            cv.newpage(); top(False); y = 80
        cv.text(36, y, f"Patient: {pat}     Account #: {acct}     Dates of service: {dfmt(a0, 'mdy4')} - {dfmt(a1_, 'mdy4')}")
        y += 12
        cv.font("DjCond", 8)
        cv.text(36, y, f"Insurance claim #: {clm}  (Skyline Benefit Trust, billed {dfmt(a1_, 'mdy4')})")
        y += 14
        y = colhead(y)
        svcs.sort(key=lambda s: s.dos)
        for s in svcs:
            if y > 740:
                cv.font("DjCond", 7.5)
                cv.text(576, 756, "Account continues on next page", "r")
                cv.newpage(); top(False); y = 80
                cv.font("DjCondB", 9)
                cv.text(36, y, f"Patient: {pat}     Account #: {acct}   (continued)")
                y = colhead(y + 14)
            cv.font("DjCond", 8)
            desc = LONG_DESC.get(s.code, s.desc)
            dl = wrap(cv, desc, 280)
            cells = [dfmt(s.dos, "mdy4"), REV[s.code], codemods(s, " "), dl[0], units_str(s.units),
                     money(s.billed, ",")]
            for (x, a), c in zip(cols, cells):
                cv.text(x, y, c, a)
            for extra in dl[1:]:
                y += 10
                cv.text(204, y, extra)
            lines.append(truth_line(cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed",), overrides={"description": desc}))
            y += 12
        tb = total(svcs, "billed")
        bal = tb - inspaid - insadj
        grand += bal
        cv.line(420, y - 8, 576, y - 8, 0.4)
        cv.font("DjCondB", 8)
        for lbl, v in (("Total charges", tb), ("Insurance payment - Skyline Benefit Trust", -inspaid),
                       ("Insurance contractual adjustment", -insadj), ("Account balance", bal)):
            cv.text(240, y, lbl)
            cv.text(576, y, money(v, ",", "()"), "r")
            y += 11
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
        y += 14
    cv.rect(360, y, 216, 22, fill=0.9)
    cv.font("DjCondB", 10)
    cv.text(368, y + 15, f"Total amount due: {money(grand, '$')}")
    cv.font("DjCond", 7.5)
    cv.text(36, y + 40, "Financial assistance is available. Ask about payment plans: (515) 555-0188.")
    pages = cv.close()
    write_truth(out / name, "s2", "fpdf2", pages, "children's hospital family statement", lines, claims, [])


LAYOUTS = [a1, a2, m1, m2, d1, d2, r1, r2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout136_"))
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if not check:
        return 0
    bad = 0
    import json
    for p in sorted(out.glob("*.pdf")):
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        probs = check_one(p)
        bad += len(probs)
        print(f"{p.name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims -> "
              f"{'OK' if not probs else str(len(probs)) + ' problems'}")
        for x in probs[:12]:
            print("   ", x)
    print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
