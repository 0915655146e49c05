"""Write held-out set 196 of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two of each
of the five commonest real kinds of document a therapy practice or a family receives, each in a house style of
its own, for an honest one-time measurement of the PDF reader.

Run:  python bench/heldout196/make_heldout196_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout196/make_heldout196_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; ``<name>.pdf.truth.json``), printed values
only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / visit / invoice number, payer_claim_id = the payer's claim number /
ICN / TCN / reference, patient exactly as printed (the person served, not the subscriber or guarantor).
Adjustments are listed only where the page prints group + reason code + amount for the line. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Codes missing from eobgen's fee schedule
are added in memory with invented prices.

Layouts (kinds: commercial member EOB x2, Medicare Summary Notice / Medicare Advantage EOB x2, state Medicaid
RA x2, Medicare-style paper remit from a clearinghouse / PM system x2, family statement x2):
  cm1 commercial PPO member EOB, portrait DejaVu Sans 7pt (reportlab): "Claim for / Claim ID / Patient account
      no.", columns "Date / Service code / Qty / Billed / Savings / Allowed / Not covered / Deductible / Copay /
      Coinsurance / Plan paid / You owe / Notes", code "97530 GO", description on a second line, three family
      members, one claim continues on page 2 under a repeated header and "(continued)", denied line, notes
      legend; PLANTED "You owe" claim-total mismatch
  cm2 commercial HMO/EPO member "Explanation of Benefits" letter, landscape Liberation Serif (fpdf2): boxed
      claim bars "Patient / Claim number / Provider reference", "Jan 5, 2026", Procedure and Modifier apart,
      no units, "Amount charged / Network savings / Not covered / Allowed amount / Plan paid / Your share /
      Reason", long wrapping descriptions, a fully denied claim, three family members, reason legend
  msn1 Medicare Summary Notice Part B, portrait Liberation Sans (reportlab): page-1 summary and deductible box,
      claims from page 2, "Service Provided & Billing Code" with "(97110-GP)", "Service Approved? / Amount
      Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes",
      letter notes, one claim continues on the next page with "(continued)"
  ma1 Medicare Advantage member EOB, portrait DejaVu Sans Condensed (fpdf2): month summary, "Medical services"
      claim tables "Claim # / Provider", "1/5/2026", "Provider's charge / Plan's approved amount / Plan's share /
      Your share / Note", visit copays, a denied line, year-to-date out-of-pocket sidebar
  mcd1 state Medicaid remittance advice, landscape core Courier (reportlab): PAID / DENIED claim sections,
      "RECIPIENT / RECIP ID / ICN / PCN" heads, line rows "LN DOS PROC MD1 MD2 UNITS BILLED ALLOWED PAID CARC
      EOB", "01052026", adjustments as "CO45 58.15", state EOB codes, claim totals, EOB legend
  mcd2 Medicaid managed-care remittance, landscape Liberation Sans Narrow in a ruled grid (fpdf2): "Member /
      Member ID / TCN / Pat Ctrl #", reversal of a prior claim (negative amounts) and its replacement, line CARC
      "CO-45" with amount in its own cell, a claim continues on the next page with the grid header repeated
  pr1 Medicare-style standard paper remittance from a clearinghouse, portrait core Courier (fpdf2): "NAME / HIC
      / ACNT / ICN / ASG / MOA", "REND-PROV SERV-DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT
      PROV-PD", dates "0105 010526", extra adjustments stacked below the line, "PT RESP" / "CLAIM TOTALS", a
      claim continuing onto page 2, glossary
  pr2 practice-management "ERA posting detail", landscape Liberation Sans (reportlab): "Chart # / Patient /
      Payer ICN", "DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins / Copay / Paid / Pt Resp / Adj
      Reason / Remark", adjustments "CO-45 $58.15" stacked in one cell, negative amounts in parentheses, a
      denied line, per-claim and check totals
  fs1 therapy clinic family statement to a guarantor, portrait Liberation Serif (reportlab): detach stub with
      amount due, activity grouped by patient and visit ("Visit #", insurer claim no.), "Date / Code / Service /
      Units / Charges / Insurance Paid / Insurance Adj. / Your Balance", three children, continues to page 2
      with repeated header, aging buckets
  fs2 hospital outpatient family statement, portrait DejaVu Sans (fpdf2): right-hand sidebar (amount due, due
      date, phone), per-account sections "Account No." with revenue code column, "05-JAN-2026", "Qty",
      charges only on the lines, account summary "Total Charges / Insurance Payments / Adjustments / Your
      Balance", two family members plus the guarantor

The self-check (--check) tests the factory, never the reader: with pdfplumber it extracts each page's text and
requires every truth line's code, modifiers, units, date and printed amounts on ONE text row of that line's
page, its adjustments and remarks on that row or the three text rows after it, ids and patients in the text,
the page count, printed claim totals in the text, the documents' arithmetic (billed - adjustments = paid where
every adjustment is printed; claim totals = sum of lines, except the planted mismatch, which must really be
one and be declared as an expected finding).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, truth_line, units_str, write_truth)
from h196kit import Canvas, check_file, wrap  # noqa: E402

for k, fee, sch, d in (("97533", "90.00", "31.20", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("G0151", "120.00", "44.10", "Home health PT services, 15 min"),
                       ("97542", "70.00", "27.40", "Wheelchair management training"),
                       ("E0114", "65.00", "38.90", "Underarm crutches, pair")):
    G.FEE.setdefault(k, fee)
    G.SCHED.setdefault(k, sch)
    G.DESC.setdefault(k, d)

D = lambda m, d: date(2026, m, d)  # noqa: E731


def S(m, d, code, units=1, mods=(), **kw) -> Svc:
    return Svc(D(m, d), code, Decimal(str(units)), tuple(mods), **kw)


class Rec:
    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def line(self, page, s, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     **kw))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def tsum(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


def build(name, producer, landscape, draw, desc, out: Path, legend=()):
    """Render twice (the first pass only counts pages for 'Page n of N')."""
    total = None
    for _ in range(2):
        cv = Canvas(producer, landscape, G.FIXED_WHEN)
        rec = Rec()
        draw(cv, rec, total)
        data = cv.save()
        total = cv.page
    pdf = out / f"{name}.pdf"
    pdf.write_bytes(data)
    write_truth(pdf, name, producer, total, desc, rec.lines, rec.claims, legend, rec.findings)
    return pdf


# =============================================================================================== cm1
CM1_NOTES = [("K2", "Your plan's network price applies; the provider may not bill you for the savings."),
             ("K7", "Amount counted toward your calendar-year deductible."),
             ("X4", "Service was not covered because no referral was on file. You may be billed."),
             ("M1", "Visit count for therapy this year is shown in your benefit summary.")]


def cm1_draw(cv: Canvas, rec: Rec, total):
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    m = lambda d: money(d, "$")  # noqa: E731
    cols = [("Date", 36, "l"), ("Service code", 78, "l"), ("Qty", 146, "r"), ("Billed", 192, "r"),
            ("Savings", 234, "r"), ("Allowed", 278, "r"), ("Not covered", 324, "r"), ("Deductible", 366, "r"),
            ("Copay", 400, "r"), ("Coinsurance", 448, "r"), ("Plan paid", 494, "r"), ("You owe", 536, "r"),
            ("Notes", 546, "l")]

    def furniture():
        cv.font(B, 13)
        cv.text(36, 40, "Lakeshore Mutual Health")
        cv.font(F, 7)
        cv.text(36, 52, "PO Box 44120  Fairhaven, WI 53902   |   Member services 1-800-555-0174 (TTY 711)")
        cv.font(B, 10)
        cv.text(576, 40, "EXPLANATION OF BENEFITS", "r")
        cv.font(F, 7)
        cv.text(576, 52, "THIS IS NOT A BILL", "r")
        cv.hline(36, 576, 60, 1.2)
        cv.text(36, 770, "Subscriber: Harriet Ondaatje   Member ID: LMH 4471 0932 00   Group: 118-20-SILVER PPO")
        cv.text(576, 770, f"Page {cv.page} of {total or '?'}", "r")

    def header(y):
        cv.font(B, 6.3)
        for t, x, a in cols:
            cv.text(x, y, t, a)
        cv.hline(36, 576, y + 3)
        cv.font(F, 7)
        return y + 13

    furniture()
    cv.font(F, 8)
    cv.text(36, 78, "Harriet Ondaatje")
    cv.text(36, 88, "2207 Birchmont Lane")
    cv.text(36, 98, "Ridgeway, WI 53582")
    cv.box(340, 70, 236, 52)
    cv.font(B, 7.5)
    cv.text(346, 81, "Statement date: February 2, 2026")
    cv.font(F, 7)
    cv.text(346, 92, "Family deductible met: $1,120.00 of $3,000.00")
    cv.text(346, 102, "Family out-of-pocket met: $1,684.35 of $8,000.00")
    cv.text(346, 112, "Questions? Visit lakeshoremutual.example/eob")
    cv.text(36, 138, "This statement explains how we processed recent claims for members of your family. Keep it with")
    cv.text(36, 147, "your records. If you paid the provider at the visit, that amount is already included in You owe.")

    st_h = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    st_k = PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("30.00"), "92523": Decimal("30.00")})
    st_t = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.10"))
    claims = [
        ("Harriet Ondaatje", "Subscriber", "26014-77310-0", "HO-33817", "Birchmont Hand & Upper Limb Therapy",
         [commercial(S(1, 5, "97166", 1, ("GO",)), st_h), commercial(S(1, 5, "97530", 2, ("GO",)), st_h),
          commercial(S(1, 7, "97140", 1, ("GO", "59")), st_h), commercial(S(1, 7, "97530", 2, ("GO",)), st_h),
          commercial(S(1, 12, "97110", 2, ("GO",)), st_h), commercial(S(1, 12, "97760", 1, ("GO",)), st_h),
          commercial(S(1, 14, "97530", 3, ("GO",)), st_h), commercial(S(1, 14, "97535", 1, ("GO",)), st_h),
          commercial(S(1, 19, "97140", 2, ("GO", "59")), st_h), commercial(S(1, 19, "L3807", 1, ("RT",)), st_h),
          commercial(S(1, 21, "97530", 2, ("GO",)), st_h), commercial(S(1, 21, "97112", 1, ("GO",)), st_h)]),
        ("Kofi Ondaatje", "Dependent", "26018-02264-0", "SPK-90412", "Little Harbor Speech Clinic",
         [commercial(S(1, 8, "92523", 1, ()), st_k), commercial(S(1, 15, "92507", 1, ()), st_k),
          commercial(S(1, 22, "92507", 1, ()), st_k),
          commercial(S(1, 22, "97533", 1, ("GN",), denied="PR"), st_k, "197")]),
        ("Theo Ondaatje", "Dependent", "26021-51187-0", "RPT-5521-07", "Ridgeway Physical Therapy",
         [commercial(S(1, 9, "97162", 1, ("GP",)), st_t), commercial(S(1, 9, "97110", 2, ("GP",)), st_t),
          commercial(S(1, 16, "97116", 2, ("GP", "KX")), st_t)]),
    ]
    claims = claims[1:] + claims[:1]
    cv.box(36, 160, 540, 112)
    cv.font(B, 8.5)
    cv.text(44, 174, "Your family's claims at a glance")
    cv.font(F, 7.5)
    for i, (pat, rel, pcid, acct, prov, svcs) in enumerate(claims):
        cv.text(44, 190 + 14 * i, f"{pat:<22}")
        cv.text(160, 190 + 14 * i, prov)
        cv.text(420, 190 + 14 * i, f"Plan paid {money(tsum(svcs, 'paid'), '$')}")
    cv.text(44, 190 + 14 * 3 + 8, "Details for each claim follow. Amounts you paid at the visit are not shown here.")
    y = 296
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for ci, (pat, rel, pcid, acct, prov, svcs) in enumerate(claims):
        if y > 640:
            cv.new_page()
            furniture()
            y = 80
        cv.box(36, y - 9, 540, 24, gray=0.9, stroke=False)
        cv.font(B, 7.5)
        cv.text(40, y, f"Claim for: {pat} ({rel})")
        cv.text(300, y, f"Claim ID: {pcid}")
        cv.font(F, 7)
        cv.text(40, y + 10, f"Provider: {prov}   Patient account no.: {acct}   Network: In-network")
        y = header(y + 26)
        for li, s in enumerate(svcs):
            if y > 735:
                cv.new_page()
                furniture()
                cv.font(B, 7.5)
                cv.text(40, 80, f"Claim for: {pat} ({rel})  Claim ID: {pcid}  (continued)")
                y = header(94)
            notes = []
            if s.denied:
                notes = ["X4"]
            elif s.deductible:
                notes = ["K2", "K7"]
            else:
                notes = ["K2"]
            if s.code in ("97116",):
                notes.append("M1")
            row = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), units_str(s.units)] + \
                [money(getattr(s, a), "$") for a in ("billed", "discount", "allowed", "not_covered", "deductible",
                                                     "copay", "coinsurance", "paid", "owes")] + [" ".join(notes)]
            for (t, x, a), v in zip(cols, row):
                cv.text(x, y, v, a)
            cv.font(F, 6)
            cv.text(78, y + 8, s.desc)
            cv.font(F, 7)
            rec.line(cv.page, s, acct, pcid, pat, printed, remarks=notes)
            y += 20
        cv.hline(36, 576, y - 8)
        cv.font(B, 6.6)
        tot = [tsum(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                       "coinsurance", "paid", "owes")]
        owes_printed = tot[-1]
        if ci == 1:
            owes_printed = tot[-1] + Decimal("10.00")
            rec.findings.append(f"claim-total-mismatch claim {pcid}: printed You owe total {owes_printed} "
                                f"but the lines add up to {tot[-1]}")
        tot[-1] = owes_printed
        cv.text(78, y, "Claim totals")
        for (t, x, a), v in zip(cols[3:12], tot):
            cv.text(x, y, money(v, "$"), a)
        rec.claim(acct, pcid, pat, billed=tot[0], allowed=tot[2], paid=tot[7], patient_owes=owes_printed)
        cv.font(F, 7)
        cv.text(78, y + 10, f"We paid {money(tot[7], '$')} to {prov}.")
        y += 30
    cv.font(B, 8)
    if y > 690:
        cv.new_page()
        furniture()
        y = 80
    cv.text(36, y, "Notes")
    cv.font(F, 7)
    for code, txt in CM1_NOTES:
        y += 10
        cv.text(36, y, f"{code}  {txt}")
    y += 16
    cv.text(36, y, "You have 180 days from the date of this statement to ask us to review a decision. Call the number above.")


# =============================================================================================== cm2
CM2_REASONS = [("P10", "Savings from your plan's contracted price with this provider."),
               ("P22", "This is your copay for the visit."),
               ("P31", "Benefit maximum for speech therapy visits has been reached this plan year."),
               ("P40", "Coinsurance is your share of the allowed amount after deductible.")]


def cm2_draw(cv: Canvas, rec: Rec, total):
    F, B = "LibSerif", "LibSerif-Bold"
    m = lambda d: money(d, ",")  # noqa: E731
    cols = [("Service date", 40, "l", 0), ("Procedure", 118, "l", 0), ("Modifier", 165, "l", 0),
            ("Description", 208, "l", 0), ("Amount charged", 438, "r", 0), ("Network savings", 496, "r", 0),
            ("Not covered", 548, "r", 0), ("Allowed amount", 604, "r", 0), ("Plan paid", 654, "r", 0),
            ("Your share", 706, "r", 0), ("Reason", 716, "l", 0)]

    def furniture():
        cv.font(B, 15)
        cv.text(40, 42, "Cedar Valley Health Plan")
        cv.font(F, 8.5)
        cv.text(40, 55, "HMO Select  -  Member correspondence, 880 Orchard Parkway, Lowell Springs, OR 97321")
        cv.font(B, 11)
        cv.text(752, 42, "Explanation of Benefits", "r")
        cv.font(F, 8.5)
        cv.text(752, 55, "This is not a bill", "r")
        cv.hline(40, 752, 62, 0.8)
        cv.text(40, 590, "Cedar Valley Health Plan complies with applicable civil rights laws. Language help: 1-888-555-0133.")
        cv.text(752, 590, f"Page {cv.page} of {total or '?'}", "r")

    def header(y):
        cv.font(B, 7.5)
        for t, x, a, _ in cols:
            if " " in t and a == "r":
                w1, w2 = t.split(" ", 1)
                cv.text(x, y - 9, w1, a)
                cv.text(x, y, w2, a)
            else:
                cv.text(x, y, t, a)
        cv.hline(40, 752, y + 3)
        cv.font(F, 8)
        return y + 13

    furniture()
    cv.font(F, 9)
    cv.text(40, 82, "Prepared for: Marisol Vantongeren   Member number: CVH0098813-01   Plan year: 2026")
    cv.text(40, 94, "Mailing date: January 30, 2026")
    y = 116
    st_m = PlanState(copay_codes={}, visit_copay=Decimal("25.00"))
    st_e = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"))
    st_l = PlanState()
    g = lambda s: (setattr(s, "desc", G.LONG_DESC.get(s.code, s.desc)) or s)  # noqa: E731
    claims = [
        ("Marisol Vantongeren", "CV2601-448120", "ACC 771903", "Orchard Street Occupational Therapy",
         [commercial(g(S(1, 6, "97165", 1, ("GO",))), st_m), commercial(g(S(1, 6, "97535", 2, ("GO",))), st_m),
          commercial(g(S(1, 13, "97530", 2, ("GO",))), st_m), commercial(g(S(1, 13, "97140", 1, ("GO", "59"))), st_m),
          commercial(g(S(1, 20, "97168", 1, ("GO",))), st_m)], "P10 P22"),
        ("Elias Vantongeren", "CV2601-451077", "ACC 772415", "Lowell Springs Pediatric Therapy",
         [commercial(g(S(1, 8, "97110", 2, ("GP",))), st_e), commercial(g(S(1, 8, "97112", 1, ("GP",))), st_e),
          commercial(g(S(1, 15, "97530", 1, ("GP", "CQ"))), st_e)], "P10 P40"),
        ("Lucia Vantongeren", "CV2601-452930", "ACC 772688", "Lowell Springs Pediatric Therapy",
         [commercial(S(1, 16, "92507", 1, ("GN",), denied="PR"), st_l, "119"),
          commercial(S(1, 23, "92507", 1, ("GN",), denied="PR"), st_l, "119")], "P31"),
    ]
    printed = ("billed", "discount", "not_covered", "allowed", "paid", "patient_owes")
    for pat, pcid, acct, prov, svcs, reason in claims:
        need = 46 + 22 * len(svcs)
        if y + need > 560:
            cv.new_page()
            furniture()
            y = 84
        cv.box(40, y, 712, 30, gray=0.88)
        cv.font(B, 9)
        cv.text(46, y + 12, f"Patient: {pat}")
        cv.text(300, y + 12, f"Claim number: {pcid}")
        cv.text(520, y + 12, f"Provider reference: {acct}")
        cv.font(F, 8.5)
        cv.text(46, y + 24, f"Provider: {prov} (in network)   Received: January 26, 2026   Processed: January 29, 2026")
        y = header(y + 52)
        for s in svcs:
            reason = "P31" if s.denied else " ".join(["P10"] + (["P22"] if s.copay else []) +
                                                      (["P40"] if s.coinsurance or s.deductible else []))
            dl = wrap(cv, s.desc, 190)
            row = [dfmt(s.dos, "mon"), s.code, " ".join(s.mods), dl[0]] + \
                [m(getattr(s, a)) for a in ("billed", "discount", "not_covered", "allowed", "paid", "owes")] + [reason]
            for (t, x, a, _), v in zip(cols, row):
                cv.text(x, y, v, a)
            for k, extra in enumerate(dl[1:]):
                cv.text(208, y + 9 * (k + 1), extra)
            rec.line(cv.page, s, acct, pcid, pat, printed, units=False, remarks=reason.split())
            y += 9 * len(dl) + 5
        cv.hline(40, 752, y - 6)
        cv.font(B, 8)
        tot = [tsum(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "paid", "owes")]
        cv.text(208, y + 4, "Total for this claim")
        for (t, x, a, _), v in zip(cols[4:10], tot):
            cv.text(x, y + 4, m(v), a)
        rec.claim(acct, pcid, pat, billed=tot[0], allowed=tot[3], paid=tot[4], patient_owes=tot[5])
        y += 26
    if y > 500:
        cv.new_page()
        furniture()
        y = 84
    cv.font(B, 9)
    cv.text(40, y, "Reason codes")
    cv.font(F, 8.5)
    for c, t in CM2_REASONS:
        y += 11
        cv.text(40, y, f"{c}   {t}")


# =============================================================================================== msn1
MSN_NOTES = [("A", "This approved amount is the Medicare fee schedule amount for the service."),
             ("B", "A 2% federal payment reduction was applied to what Medicare paid."),
             ("C", "You met part of your yearly Part B deductible with this service."),
             ("D", "Medicare does not pay for this item without a prior order from your doctor. You may be billed.")]


def msn1_draw(cv: Canvas, rec: Rec, total):
    F, B = "LibSans", "LibSans-Bold"
    m = lambda d: money(d, "$")  # noqa: E731
    X = [(40, "l"), (96, "l"), (304, "c"), (376, "r"), (436, "r"), (494, "r"), (548, "r"), (556, "l")]

    def furniture():
        cv.font(F, 8)
        cv.text(40, 36, "Medicare Summary Notice for Part B (Medical Insurance)")
        cv.text(572, 36, f"Page {cv.page} of {total or '?'}", "r")
        cv.text(40, 46, "Bernadette Quisenberry")
        cv.hline(40, 572, 52)

    def header(y):
        cv.font(B, 7.5)
        hd = [("Service", "Date"), ("Service Provided & Billing Code",), ("Service", "Approved?"),
              ("Amount", "Provider", "Charged"), ("Medicare-", "Approved", "Amount"), ("Amount", "Medicare", "Paid"),
              ("Maximum", "You May Be", "Billed"), ("See", "Notes")]
        for hs, (x, a) in zip(hd, X):
            for k, h in enumerate(hs):
                cv.text(x, y + 9 * k, h, a)
        cv.hline(40, 572, y + 22)
        cv.font(F, 8)
        return y + 33

    furniture()
    cv.font(B, 16)
    cv.text(40, 80, "Medicare Summary Notice")
    cv.font(F, 9)
    cv.text(40, 94, "for Part B (Medical Insurance)")
    cv.text(40, 112, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services")
    cv.box(40, 126, 250, 100)
    cv.font(B, 9)
    cv.text(48, 140, "Bernadette Quisenberry")
    cv.font(F, 9)
    cv.text(48, 152, "Medicare Number  XXXXXXX7K41")
    cv.text(48, 164, "Date of This Notice  February 2, 2026")
    cv.text(48, 176, "Claims Processed Between")
    cv.text(48, 188, "November 1, 2025 - January 31, 2026")
    cv.box(310, 126, 262, 100, gray=0.93)
    cv.font(B, 10)
    cv.text(318, 142, "Your Deductible Status")
    cv.font(F, 8.5)
    cv.text(318, 156, "Your deductible is what you must pay for most")
    cv.text(318, 167, "health services before Medicare begins to pay.")
    cv.text(318, 181, "Part B Deductible: You have now met $257.00 of")
    cv.text(318, 192, "your deductible for 2026.")
    cv.font(B, 10)
    cv.text(40, 250, "Your Claims & Costs This Period")
    cv.font(F, 9)
    cv.text(40, 264, "Did Medicare approve all services?  NO - see claim 1 for a service that was not approved.")
    cv.text(40, 276, "Number of claims shown in this notice: 3. Be sure to check each claim for accuracy.")
    cv.text(40, 300, "How to check this notice: Do you recognize the name of each doctor or provider? Did you get the")
    cv.text(40, 312, "services listed? Does the bill match the services? If you find errors, call 1-800-555-0199.")
    st = PlanState(ded_left=Decimal("52.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("Pinecrest Rehabilitation Associates", "4120 Kettle Rd, Dunmore, PA 18512", "26017800412330",
         [medicare(S(1, 6, "97161", 1, ("GP",)), st), medicare(S(1, 6, "97110", 2, ("GP",)), st),
          medicare(S(1, 8, "97140", 1, ("GP", "59")), st), medicare(S(1, 8, "97112", 1, ("GP",)), st),
          medicare(S(1, 13, "97110", 2, ("GP", "KX")), st), medicare(S(1, 13, "97116", 1, ("GP", "KX")), st),
          medicare(S(1, 15, "97530", 2, ("GP",)), st), medicare(S(1, 15, "97140", 1, ("GP",)), st),
          medicare(S(1, 20, "97110", 2, ("GP", "CQ")), st), medicare(S(1, 20, "G0283", 1, ("GP",)), st),
          medicare(S(1, 22, "97110", 2, ("GP", "KX")), st), medicare(S(1, 22, "97112", 1, ("GP", "KX")), st),
          medicare(S(1, 27, "97530", 2, ("GP", "KX")), st), medicare(S(1, 27, "97140", 1, ("GP", "KX")), st),
          medicare(S(1, 29, "97110", 2, ("GP", "KX")), st), medicare(S(1, 29, "97116", 1, ("GP", "KX")), st)]),
        ("Dunmore Medical Supply", "77 Laurel Pike, Dunmore, PA 18512", "26020300077161",
         [medicare(S(1, 9, "E0114", 1, ("NU",), denied="PR"), st, deny_reason="50")]),
        ("Kettle Road Family Medicine", "4100 Kettle Rd, Dunmore, PA 18512", "26024400931502",
         [medicare(S(1, 22, "99213", 1, ()), st)]),
    ]
    claims = claims[1:] + claims[:1]
    cv.new_page()
    furniture()
    cv.box(40, 64, 532, 190, gray=0.95)
    cv.font(B, 11)
    cv.text(50, 82, "Be Informed: Protect yourself from Medicare fraud")
    cv.font(F, 8.5)
    for i, t in enumerate(["Only share your Medicare Number with doctors, suppliers and plans you trust.",
                           "Look for services you did not receive, services billed more than once, and",
                           "equipment you never got. If something looks wrong, call your provider first.",
                           "",
                           "Getting therapy this year? Medicare covers outpatient physical, occupational",
                           "and speech therapy when it is medically necessary. After your combined therapy",
                           "costs reach a set amount, your provider adds a code to show the care is still",
                           "needed. You do not need to do anything.",
                           "",
                           "Want to save paper? Sign up to get your notices electronically at the address",
                           "printed on page 1.", "", "To report suspected fraud, call 1-800-555-0199."]):
        cv.text(50, 98 + 11 * i, t)
    cv.font(B, 12)
    cv.text(40, 274, "Your Claims for Part B (Medical Insurance)")
    y = 296
    for ci, (prov, addr, pcid, svcs) in enumerate(claims):
        if y > 640:
            cv.new_page()
            furniture()
            y = 76
        cv.font(B, 9)
        cv.text(40, y, f"Claim {ci + 1}.  {prov}, {addr}")
        cv.font(F, 8.5)
        cv.text(40, y + 11, f"Claim number {pcid}   Referred by: Dr. Anselm Whitlow   Provider accepts assignment")
        y = header(y + 28)
        for s in svcs:
            if y > 712:
                cv.new_page()
                furniture()
                cv.font(B, 9)
                cv.text(40, 76, f"Claim {ci + 1}.  {prov} (continued)   Claim number {pcid}")
                y = header(92)
            notes = ["D"] if s.denied else ["A", "B"] + (["C"] if s.deductible else [])
            label = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            row = [dfmt(s.dos, "mdy4"), label, "No" if s.denied else "Yes", m(s.billed), m(s.allowed), m(s.paid),
                   m(s.owes), ", ".join(notes)]
            for (x, a), v in zip(X, row):
                cv.text(x, y, v, a)
            rec.line(cv.page, s, None, pcid, "Bernadette Quisenberry", ("billed", "allowed", "paid",
                                                                         "patient_owes"), units=False,
                     remarks=notes)
            y += 16
        cv.hline(40, 572, y - 8)
        cv.font(B, 8)
        tot = [tsum(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cv.text(96, y + 2, "Total for Claim " + str(ci + 1))
        for (x, a), v in zip(X[3:7], tot):
            cv.text(x, y + 2, m(v), a)
        rec.claim(None, pcid, "Bernadette Quisenberry", billed=tot[0], allowed=tot[1], paid=tot[2],
                  patient_owes=tot[3])
        y += 26
    if y > 660:
        cv.new_page()
        furniture()
        y = 80
    cv.font(B, 9)
    cv.text(40, y, "Notes for Claims Above")
    cv.font(F, 8.5)
    for c, t in MSN_NOTES:
        y += 12
        cv.text(40, y, f"{c}  {t}")


# =============================================================================================== ma1
def ma1_draw(cv: Canvas, rec: Rec, total):
    F, B = "DejaVuCond", "DejaVuCond-Bold"
    m = lambda d: money(d, "$")  # noqa: E731
    X = [(40, "l"), (256, "l"), (332, "r"), (376, "r"), (422, "r"), (462, "r"), (470, "l")]

    def furniture():
        cv.font(B, 12)
        cv.text(40, 40, "Silverbrook Senior Advantage (HMO)")
        cv.font(F, 7.5)
        cv.text(40, 51, "Your Explanation of Benefits for January 2026  -  Member: Augustin Pellegrino-Ruiz")
        cv.text(40, 770, "Silverbrook Health Plans, 19 Commerce Row, Tallis, AZ 85610. Y9921_EOB26_M")
        cv.text(576, 770, f"Page {cv.page} of {total or '?'}", "r")
        cv.hline(40, 490, 58, 1)
        # sidebar
        cv.box(500, 36, 76, 210, gray=0.94)
        cv.font(B, 8)
        cv.text(505, 50, "2026 to date")
        cv.font(F, 7)
        for i, t in enumerate(["Out-of-pocket", "limit: $4,900.00", "", "You have paid", "so far: $262.38",
                               "", "Member services", "1-877-555-0186", "8 am - 8 pm, 7 days"]):
            cv.text(505, 64 + 11 * i, t)

    def header(y):
        cv.font(B, 7)
        for t, (x, a) in zip(["Service you received", "Date", "Provider's", "Plan's", "Plan's", "Your",
                              "Note"], X):
            cv.text(x, y, t, a)
        for t, (x, a) in zip(["", "", "charge", "approved", "share", "share"], X[:6]):
            if t:
                cv.text(x, y + 8, t, a)
        cv.hline(40, 490, y + 11)
        cv.font(F, 7.5)
        return y + 21

    furniture()
    cv.font(F, 8.5)
    cv.text(40, 78, "Augustin Pellegrino-Ruiz  -  Member ID 88120447-00")
    st = PlanState(visit_copay=Decimal("20.00"))
    claims = [
        ("Tallis Valley Outpatient Rehab", "PT26-10083", "MA26011900734",
         [commercial(S(1, 5, "97163", 1, ("GP",)), st), commercial(S(1, 5, "97110", 2, ("GP", "KX")), st),
          commercial(S(1, 12, "97530", 2, ("GP",)), st), commercial(S(1, 12, "97116", 1, ("GP",)), st),
          commercial(S(1, 19, "97140", 2, ("GP", "59")), st)]),
        ("Tallis Valley Outpatient Rehab", "OT26-10140", "MA26012600198",
         [commercial(S(1, 21, "97167", 1, ("GO",)), st), commercial(S(1, 21, "97535", 1, ("GO",)), st),
          commercial(S(1, 26, "97542", 1, ("GO",), denied="PR"), st, "96")]),
        ("Desert Bloom Orthopedics", "DB-558012", "MA26012800441",
         [commercial(S(1, 27, "99213", 1, ()), st), commercial(S(1, 27, "L3807", 1, ("LT",)), st)]),
    ]
    allsv = [s for c in claims for s in c[3]]
    cv.text(40, 90, f"Summary of January 2026:  Provider charges {m(tsum(allsv, 'billed'))}   Plan's share "
                    f"{m(tsum(allsv, 'paid'))}   Your share {m(tsum(allsv, 'owes'))}")
    cv.font(B, 10)
    cv.text(40, 116, "Medical services (Part B covered)")
    y = 132
    for prov, acct, pcid, svcs in claims:
        cv.font(B, 8)
        cv.text(40, y, f"Claim # {pcid}   Provider: {prov}")
        cv.font(F, 7.5)
        cv.text(40, y + 10, f"Patient account {acct}   Claim processed 01/30/2026   Network provider")
        y = header(y + 22)
        for s in svcs:
            note = "N3" if s.denied else ("N1" if s.copay else "")
            lab = f"{s.desc} ({s.code}{' ' if s.mods else ''}{' '.join(s.mods)})"
            row = [lab, dfmt(s.dos, "mdyn"), m(s.billed), m(s.allowed), m(s.paid), m(s.owes), note]
            for (x, a), v in zip(X, row):
                cv.text(x, y, v, a)
            rec.line(cv.page, s, acct, pcid, "Augustin Pellegrino-Ruiz", ("billed", "allowed", "paid",
                                                                           "patient_owes"), units=False,
                     remarks=[note] if note else [])
            y += 12
        tot = [tsum(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cv.hline(40, 490, y - 8)
        cv.font(B, 7.5)
        cv.text(40, y + 1, "Claim total")
        for (x, a), v in zip(X[2:6], tot):
            cv.text(x, y + 1, m(v), a)
        rec.claim(acct, pcid, "Augustin Pellegrino-Ruiz", billed=tot[0], allowed=tot[1], paid=tot[2],
                  patient_owes=tot[3])
        y += 24
    cv.font(B, 8)
    cv.text(40, y, "Notes")
    cv.font(F, 7.5)
    for c, t in (("N1", "Your plan's copay for an outpatient therapy visit is $20.00, charged once per visit date."),
                 ("N3", "Not a covered benefit without an approved request from your care team. You may owe this."),):
        y += 10
        cv.text(40, y, f"{c}  {t}")


# =============================================================================================== mcd1
def mcd1_draw(cv: Canvas, rec: Rec, total):
    F, B = "Courier", "Courier-Bold"
    cv.font(F, 7.5)
    cw = cv.width("0")
    m = lambda d: money(d, "", "-")  # noqa: E731

    def furniture():
        cv.font(B, 8)
        cv.text(36, 34, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM")
        cv.font(F, 7.5)
        cv.text(36, 44, "PROVIDER REMITTANCE ADVICE          RA NO 0026-0018841   PAYMENT DATE 01/30/2026")
        cv.text(36, 54, "PAYEE: HOLLOWAY CREEK THERAPY GROUP   NPI 1093847561   PROVIDER NO 00481172")
        cv.text(756, 34, f"PAGE {cv.page:>3} OF {total or 0:>3}", "r")
        cv.hline(36, 756, 60)

    def ln(y, s):
        cv.text(36, y, s)

    hdr = f"{'LN':<3}{'DOS':<10}{'PROC':<7}{'MD1':<4}{'MD2':<4}{'UNITS':>6}  {'BILLED':>10}{'ALLOWED':>10}{'PAID':>10}  {'CARC':<24}{'EOB':<10}"
    furniture()
    y = 78
    sections = [
        ("PAID CLAIMS", [
            ("WILLOUGHBY, DESMOND", "708812334", "2026027000143", "HCT88102",
             [medicaid(S(1, 6, "97530", 3, ("GO",))), medicaid(S(1, 6, "97535", 1, ("GO",))),
              medicaid(S(1, 13, "97530", 2, ("GO",))), medicaid(S(1, 13, "97112", 1, ("GO", "59")))]),
            ("WILLOUGHBY, ROSALIND", "708812342", "2026027000151", "HCT88117",
             [medicaid(S(1, 7, "92523", 1, ("GN",))), medicaid(S(1, 14, "92507", 1, ("GN",))),
              medicaid(S(1, 21, "92507", 1, ("GN",)))]),
            ("ABERNATHY-COLE, JUNE", "711540299", "2026027000169", "HCT88140",
             [medicaid(S(1, 8, "97165", 1, ("GO",))), medicaid(S(1, 8, "97533", 2, ("GO",))),
              medicaid(S(1, 15, "97533", 2, ("GO",))), medicaid(S(1, 15, "97110", 1, ("GO",)))]),
        ]),
        ("DENIED CLAIMS", [
            ("PRUITT, OWEN", "715004418", "2026027000177", "HCT88159",
             [medicaid(S(1, 9, "97167", 1, ("GO",), denied="CO"), "177"),
              medicaid(S(1, 9, "97530", 2, ("GO",), denied="CO"), "177")]),
        ]),
    ]
    eob_codes = {"paid": ["0721"], "denied": ["1044"]}
    for sec, claims in sections:
        cv.font(B, 8)
        ln(y, f"*** {sec} ***")
        y += 14
        for name, rid, icn, pcn, svcs in claims:
            if y > 540:
                cv.new_page()
                furniture()
                y = 78
            cv.font(B, 7.5)
            ln(y, f"RECIPIENT: {name:<24} RECIP ID: {rid}   ICN: {icn}   PCN: {pcn}   CLAIM TYPE: PROF")
            cv.font(F, 7.5)
            ln(y + 10, hdr)
            y += 20
            for i, s in enumerate(svcs, 1):
                carc = " ".join(f"{g}{c} {m(a)}" for g, c, a in s.adjs)
                eob = eob_codes["denied" if s.denied else "paid"]
                mods = list(s.mods) + ["", ""]
                ln(y, f"{i:<3}{dfmt(s.dos, 'mdY8'):<10}{s.code:<7}{mods[0]:<4}{mods[1]:<4}{units_str(s.units):>6}  "
                      f"{m(s.billed):>10}{m(s.allowed):>10}{m(s.paid):>10}  {carc:<24}{' '.join(eob):<10}")
                rec.line(cv.page, s, pcn, icn, name, ("billed", "allowed", "paid"), adjustments=s.adjs,
                         remarks=eob, description=False)
                y += 10
            tot = [tsum(svcs, a) for a in ("billed", "allowed", "paid")]
            cv.font(B, 7.5)
            ln(y, f"{'':<3}{'CLAIM TOTAL':<31}  {m(tot[0]):>10}{m(tot[1]):>10}{m(tot[2]):>10}")
            rec.claim(pcn, icn, name, billed=tot[0], allowed=tot[1], paid=tot[2])
            y += 16
    cv.font(B, 7.5)
    allc = [s for _, cl in sections for c in cl for s in c[4]]
    ln(y, f"PAYMENT SUMMARY   CLAIMS PAID 3   CLAIMS DENIED 1   TOTAL BILLED {m(tsum(allc, 'billed'))}   "
          f"TOTAL PAID {m(tsum(allc, 'paid'))}   NET PAYMENT {m(tsum(allc, 'paid'))}")
    y += 16
    cv.font(F, 7.5)
    ln(y, "EOB CODE LEGEND")
    ln(y + 10, "0721  CLAIM PAID AT THE STATE THERAPY FEE SCHEDULE RATE.")
    ln(y + 20, "1044  SERVICE NEEDS A PRIOR AUTHORIZATION NUMBER THAT MATCHES THE DATES BILLED.")
    ln(y + 34, "CARC = CLAIM ADJUSTMENT GROUP AND REASON CODE FOLLOWED BY THE ADJUSTED AMOUNT.")
    del cw


# =============================================================================================== mcd2
def mcd2_draw(cv: Canvas, rec: Rec, total):
    F, B = "LibNarrow", "LibNarrow-Bold"
    m = lambda d: money(d, ",", "-")  # noqa: E731
    edges = [36, 96, 140, 176, 206, 236, 268, 312, 356, 400, 444, 478, 524, 570, 620, 756]
    heads = ["Line / DOS", "Proc", "Mod 1", "Mod 2", "Units", "POS", "Billed", "Allowed", "TPL", "Paid", "Grp",
             "Reason", "Adj Amt", "Remark", "Description"]

    def furniture():
        cv.font(B, 12)
        cv.text(36, 38, "Prairie Gate Community Health Plan - Medicaid Managed Care")
        cv.font(F, 8)
        cv.text(36, 50, "Provider Remittance Advice   Check/EFT No. 00918274   Issue Date 02/03/2026   Payee: "
                        "Junction Street Kids Therapy LLC   Payee ID 61-0098812")
        cv.text(756, 38, f"Page {cv.page} of {total or '?'}", "r")
        cv.hline(36, 756, 56, 1)

    def grid_header(y):
        cv.box(36, y, 720, 14, gray=0.85)
        cv.font(B, 7.5)
        for e, h in zip(edges, heads):
            cv.text(e + 2, y + 10, h)
        cv.font(F, 7.5)
        return y + 14

    def cellrow(y, vals, h=12):
        for i, (e, v) in enumerate(zip(edges, vals)):
            right = i in (4, 6, 7, 8, 9, 12)
            if right:
                cv.text(edges[i + 1] - 2, y + 9, v, "r")
            else:
                cv.text(e + 2, y + 9, v)
        cv.hline(36, 756, y + h, 0.3)
        for e in edges:
            cv.vline(e, y, y + h, 0.3)
        return y + h

    orig = [medicaid(S(12, 29, "97530", 2, ("GP",))), medicaid(S(12, 29, "97110", 2, ("GP",)))]
    for s in orig:
        s.dos = date(2025, 12, 29)
    rev = [negate(s) for s in orig]
    repl = [medicaid(S(12, 29, "97530", 3, ("GP",))), medicaid(S(12, 29, "97110", 2, ("GP",)))]
    for s in repl:
        s.dos = date(2025, 12, 29)
    claims = [
        ("ORIGINAL CLAIMS", "Nakamura-Bell, Ivy", "PG40021987", "3026012100457", "JST-20561",
         [medicaid(S(1, 5, "97530", 2, ("GP",))), medicaid(S(1, 5, "97112", 1, ("GP",))),
          medicaid(S(1, 7, "97110", 2, ("GP",))), medicaid(S(1, 7, "97140", 1, ("GP",))),
          medicaid(S(1, 12, "97530", 2, ("GP",))), medicaid(S(1, 12, "97116", 1, ("GP",))),
          medicaid(S(1, 14, "97530", 2, ("GP", "CQ"))), medicaid(S(1, 14, "97110", 1, ("GP", "CQ"))),
          medicaid(S(1, 19, "97530", 2, ("GP",))), medicaid(S(1, 19, "97112", 1, ("GP",))),
          medicaid(S(1, 21, "97530", 2, ("GP",))), medicaid(S(1, 21, "97140", 1, ("GP",))),
          medicaid(S(1, 26, "97530", 2, ("GP",))), medicaid(S(1, 26, "97110", 2, ("GP",)))]),
        ("ORIGINAL CLAIMS", "Nakamura-Bell, Oren", "PG40021995", "3026012100465", "JST-20574",
         [medicaid(S(1, 6, "97166", 1, ("GO",))), medicaid(S(1, 6, "97533", 1, ("GO",))),
          medicaid(S(1, 13, "97533", 2, ("GO",))), medicaid(S(1, 13, "97168", 1, ("GO",), denied="CO"), "B15"),
          medicaid(S(1, 20, "97533", 2, ("GO",)))]),
        ("ADJUSTED CLAIMS - REVERSAL", "Sandoval, Mateo", "PG40018831", "3025365200912", "JST-19987", rev),
        ("ADJUSTED CLAIMS - REPLACEMENT", "Sandoval, Mateo", "PG40018831", "3026012100473", "JST-19987", repl),
    ]
    claims = [claims[1], claims[0]] + claims[2:]
    furniture()
    cv.box(36, 64, 720, 190)
    cv.font(B, 9)
    cv.text(44, 78, "Payment summary")
    cv.font(F, 8)
    for i, t in enumerate(["Claims paid: 2   Claims denied: 0   Claims adjusted: 1 (reversal and replacement)",
                           "Net payment this cycle: see claim totals below less any withholds   Withhold: 0.00",
                           "Payment method: EFT to account ending 4471",
                           "",
                           "Provider messages",
                           "Starting March 1, 2026 therapy visits for members under 21 need a new prior approval "
                           "after 24 visits in a plan year.",
                           "Corrected claims must carry the original TCN and frequency code 7 to be processed as "
                           "a replacement.",
                           "Questions about this remittance: Provider Services 1-866-555-0102, option 3.",
                           "",
                           "Column key: TPL = amount paid by other insurance; Grp / Reason / Adj Amt = how the "
                           "billed amount was adjusted."]):
        cv.text(44, 92 + 12 * i, t)
    y = 262
    last = None
    for sec, pat, mid, tcn, pcn, svcs in claims:
        if sec != last:
            cv.font(B, 9)
            cv.text(36, y + 8, sec)
            y += 14
            last = sec
        if y > 520:
            cv.new_page()
            furniture()
            y = 70
        cv.font(B, 8)
        cv.text(36, y + 9, f"Member: {pat}    Member ID: {mid}    TCN: {tcn}    Pat Ctrl #: {pcn}    "
                           f"Rendering: Imani Castellanos, PT    Billed {len(svcs)} line(s)")
        y = grid_header(y + 13)
        for i, s in enumerate(svcs, 1):
            if y > 560:
                cv.new_page()
                furniture()
                cv.font(B, 8)
                cv.text(36, 79, f"Member: {pat}    TCN: {tcn}    (continued from previous page)")
                y = grid_header(84)
            adj = s.adjs[0] if s.adjs else None
            rem = "N381" if s.denied else ""
            vals = [f"{i:02d} {dfmt(s.dos, 'mdy4')}", s.code, (s.mods + ("", ""))[0], (s.mods + ("", ""))[1],
                    units_str(s.units), "11", m(s.billed), m(s.allowed), "0.00", m(s.paid),
                    adj[0] if adj else "", adj[1] if adj else "", m(adj[2]) if adj else "", rem, s.desc[:24]]
            s.desc = s.desc[:24]
            y = cellrow(y, vals)
            rec.line(cv.page, s, pcn, tcn, pat, ("billed", "allowed", "paid"), adjustments=s.adjs,
                     remarks=[rem] if rem else [])
        tot = [tsum(svcs, a) for a in ("billed", "allowed", "paid")]
        cv.font(B, 7.5)
        cv.text(140, y + 9, "Claim totals")
        cv.text(edges[7] - 2, y + 9, m(tot[0]), "r")
        cv.text(edges[8] - 2, y + 9, m(tot[1]), "r")
        cv.text(edges[10] - 2, y + 9, m(tot[2]), "r")
        rec.claim(pcn, tcn, pat, billed=tot[0], allowed=tot[1], paid=tot[2])
        y += 22
    cv.font(F, 8)
    cv.text(36, y + 6, "Remark N381: see your contract terms for this service. CARC B15 / 45 per the 835 code lists."
                       " TPL = other insurance paid.")


# =============================================================================================== pr1
def pr1_draw(cv: Canvas, rec: Rec, total):
    F = "Courier"
    cv.font(F, 7.2)
    m = lambda d: money(d, "", "-")  # noqa: E731

    def P(y, s):
        cv.text(30, y, s)

    def furniture():
        cv.font(F, 7.2)
        P(30, "CLEARPATH REMIT SERVICES - PRINTED REMITTANCE (CMS-STYLE)        PAYER: KEYSTONE PLAINS MEDICARE ADMIN")
        P(40, f"PROVIDER #: 7731045   NPI 1548820931   RUN DATE: 01/29/2026   CHECK/EFT #: 0000447188   PAGE #: {cv.page} OF {total or 0}")
        P(50, "BRIARWOOD OUTPATIENT THERAPY  1601 SUMMIT AVE  GLENHAVEN MO 64011")

    def hdr(y):
        P(y, "REND-PROV  SERV-DATE   POS NOS PROC  MODS        BILLED   ALLOWED  DEDUCT   COINS  GRP/RC-AMT      PROV-PD")
        P(y + 9, "-" * 110)
        return y + 20

    furniture()
    y = hdr(66)
    st1 = PlanState(ded_left=Decimal("35.00"))
    st2 = PlanState()
    st3 = PlanState()
    claims = [
        ("KOWALCZYK, BRANISLAV", "1EG4TE5MK72", "BOT-000913", "2226028114520", "MA01",
         [medicare(S(1, 5, "97161", 1, ("GP",)), st1), medicare(S(1, 5, "97110", 2, ("GP",)), st1),
          medicare(S(1, 7, "97530", 2, ("GP",)), st1), medicare(S(1, 7, "97140", 1, ("GP", "59")), st1),
          medicare(S(1, 12, "97110", 3, ("GP",)), st1), medicare(S(1, 12, "97112", 1, ("GP",)), st1),
          medicare(S(1, 14, "97530", 2, ("GP", "KX")), st1), medicare(S(1, 14, "97116", 2, ("GP", "KX")), st1),
          medicare(S(1, 19, "97110", 2, ("GP", "KX")), st1), medicare(S(1, 19, "G0283", 1, ("GP",)), st1),
          medicare(S(1, 21, "97530", 2, ("GP", "KX")), st1), medicare(S(1, 21, "97140", 1, ("GP", "KX")), st1),
          medicare(S(1, 26, "97110", 2, ("GP", "KX")), st1), medicare(S(1, 26, "97112", 1, ("GP", "KX")), st1)]),
        ("OYELARAN, FUNMILAYO", "3QA8WD1RT09", "BOT-000927", "2226028114538", "MA01",
         [medicare(S(1, 6, "97165", 1, ("GO",)), st2), medicare(S(1, 6, "97535", 1, ("GO",)), st2),
          medicare(S(1, 13, "97530", 2, ("GO", "CO")), st2),
          medicare(S(1, 13, "97760", 1, ("GO",), denied="CO"), st2, deny_reason="151")]),
        ("DEVEREAUX, PAULINE", "6HN2KC7PX33", "BOT-000941", "2226028114546", "MA18",
         [medicare(S(1, 8, "92523", 1, ("GN",)), st3), medicare(S(1, 15, "92507", 1, ("GN",)), st3),
          medicare(S(1, 20, "92507", 1, ("GN",)), st3), medicare(S(1, 22, "92507", 1, ("GN",)), st3),
          medicare(S(1, 27, "92507", 1, ("GN",)), st3), medicare(S(1, 29, "92507", 1, ("GN",)), st3),
          medicare(S(1, 29, "92526", 1, ("GN", "59")), st3)]),
    ]
    for name, hic, acnt, icn, moa, svcs in claims:
        if y > 700:
            cv.new_page()
            furniture()
            y = hdr(66)
        P(y, f"NAME {name:<24} HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y  MOA {moa}")
        y += 12
        for s in svcs:
            if y > 740:
                cv.new_page()
                furniture()
                y = hdr(66)
                P(y, f"NAME {name:<24} HIC {hic}  ACNT {acnt}  ICN {icn}  (CONT)")
                y += 12
            adjs = [f"{g}-{c}" for g, c, a in s.adjs]
            mods = " ".join(s.mods)
            sd = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            first = f"{adjs[0]:<6}{m(s.adjs[0][2]):>9}"
            P(y, f"1548820931 {sd}  11 {units_str(s.units):>3} {s.code:<5} {mods:<9} {m(s.billed):>9} {m(s.allowed):>9}"
                 f" {m(s.deductible):>7} {m(s.coinsurance):>7}  {first}  {m(s.paid):>9}")
            for k in range(1, len(s.adjs)):
                y += 9
                P(y, " " * 86 + f"{adjs[k]:<6}{m(s.adjs[k][2]):>9}")
            rec.line(cv.page, s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                     adjustments=s.adjs, description=False)
            y += 10
        tot = {a: tsum(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        P(y, f"{'PT RESP ' + m(tot['owes']):<33}{'CLAIM TOTALS':<13} {m(tot['billed']):>9} {m(tot['allowed']):>9}"
             f" {m(tot['deductible']):>7} {m(tot['coinsurance']):>7}  {'':<15}  {m(tot['paid']):>9}")
        P(y + 9, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET {m(tot['paid']):>9}")
        rec.claim(acnt, icn, name, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                  patient_owes=tot["owes"])
        y += 26
    if y > 690:
        cv.new_page()
        furniture()
        y = 70
    P(y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES")
    for t in ("CO   CONTRACTUAL OBLIGATION - AMOUNT THE PROVIDER MAY NOT BILL TO THE PATIENT",
              "PR   PATIENT RESPONSIBILITY",
              "45   CHARGE OVER THE FEE SCHEDULE AMOUNT      1  DEDUCTIBLE      2  COINSURANCE",
              "253  PAYMENT REDUCTION REQUIRED BY FEDERAL LAW   151  FREQUENCY NOT SUPPORTED BY THE RECORD",
              "MA01 APPEAL RIGHTS NOTICE    MA18 CLAIM SENT ON TO THE SUPPLEMENTAL INSURER"):
        y += 9
        P(y, t)


# =============================================================================================== pr2
def pr2_draw(cv: Canvas, rec: Rec, total):
    F, B = "LibSans", "LibSans-Bold"
    m = lambda d: money(d, "$", "()")  # noqa: E731
    X = [(36, "l"), (80, "l"), (114, "l"), (176, "r"), (222, "r"), (268, "r"), (310, "r"), (350, "r"), (388, "r"),
         (436, "r"), (480, "r"), (492, "l"), (578, "l"), (618, "l")]
    heads = ["DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Copay", "Paid", "Pt Resp",
             "Adj Reason", "Remark", "Description"]

    def furniture():
        cv.font(B, 11)
        cv.text(36, 36, "TheraLedger PM  |  ERA Posting Detail")
        cv.font(F, 7.5)
        cv.text(36, 47, "Practice: Summit Ridge Rehabilitation, PC   Payer: Keystone Plains Medicare Admin (Part B)   "
                        "EFT trace 1KP0087741120   Paid 01/28/2026")
        cv.text(756, 36, f"Printed 02/02/2026 by fcarrow   Pg {cv.page}/{total or '?'}", "r")
        cv.hline(36, 756, 53, 0.8)
        cv.text(36, 590, "Source: 835 file KP_20260128_0412.era posted to batch 26-0128-3. Amounts in parentheses are "
                         "reversals.")

    def header(y):
        cv.font(B, 7.5)
        for h, (x, a) in zip(heads, X):
            cv.text(x, y, h, a)
        cv.hline(36, 756, y + 3, 0.4)
        cv.font(F, 7.5)
        return y + 13

    furniture()
    st_a = PlanState(ded_left=ZERO)
    st_b = PlanState(ded_left=Decimal("20.00"))
    prev = [medicare(S(1, 2, "97110", 2, ("GP",)), PlanState())]
    claims = [
        ("10447", "Fairweather, Clement", "2226027711380",
         [medicare(S(1, 6, "97162", 1, ("GP",)), st_a), medicare(S(1, 6, "97530", 2, ("GP", "KX")), st_a),
          medicare(S(1, 8, "97110", 2, ("GP", "KX")), st_a), medicare(S(1, 8, "97140", 1, ("GP", "59", "KX")), st_a),
          medicare(S(1, 8, "G0283", 1, ("GP",), denied="CO"), st_a, deny_reason="97")]),
        ("10452", "Ibarra-Lindqvist, Noor", "2226027711398",
         [medicare(S(1, 7, "97166", 1, ("GO",)), st_b), medicare(S(1, 7, "97535", 2, ("GO",)), st_b),
          medicare(S(1, 14, "97530", 3, ("GO", "CO")), st_b)]),
        ("10459", "Wexford, Tobias", "2226020903315", [negate(prev[0])]),
        ("10459", "Wexford, Tobias", "2226027711402", [medicare(S(1, 2, "97110", 3, ("GP",)), PlanState())]),
    ]
    y = 72
    gt = ZERO
    for chart, pat, icn, svcs in claims:
        cv.box(36, y - 9, 720, 13, gray=0.9, stroke=False)
        cv.font(B, 8)
        cv.text(38, y, f"Chart # {chart}    Patient: {pat}    Payer ICN: {icn}    Claim status: "
                       f"{'Reversal of prior payment' if svcs[0].billed < 0 else 'Processed as primary'}")
        y = header(y + 14)
        for s in svcs:
            n = len(s.adjs)
            remark = "N386" if s.denied else ("" if s.billed < 0 else "")
            row = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units)] + \
                [m(getattr(s, a)) for a in ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                             "owes")] + ["", remark, s.desc]
            for (x, a), v in zip(X, row):
                cv.text(x, y, v, a)
            for k, (g, c, a) in enumerate(s.adjs):
                cv.text(492, y + 9 * k, f"{g}-{c} {m(a)}")
            rec.line(cv.page, s, chart, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                                   "patient_owes"), adjustments=s.adjs,
                     remarks=[remark] if remark else [])
            y += 9 * max(n, 1) + 4
        tot = [tsum(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes")]
        cv.font(B, 7.5)
        cv.text(84, y, "Claim total")
        for (x, a), v in zip(X[4:11], tot):
            cv.text(x, y, m(v), a)
        rec.claim(chart, icn, pat, billed=tot[0], allowed=tot[1], paid=tot[5], patient_owes=tot[6])
        gt += tot[5]
        y += 20
    cv.font(B, 8)
    cv.text(36, y, f"Check total posted: {m(gt)}    Provider-level adjustments: none    Unapplied: $0.00")


# =============================================================================================== fs1
def fs1_draw(cv: Canvas, rec: Rec, total):
    F, B = "LibSerif", "LibSerif-Bold"
    m = lambda d: money(d, "$")  # noqa: E731
    X = [(40, "l"), (98, "l"), (150, "l"), (312, "r"), (370, "r"), (438, "r"), (502, "r"), (572, "r")]
    heads = ["Date", "Code", "Service", "Units", "Charges", "Insurance Paid", "Insurance Adj.", "Your Balance"]

    def furniture():
        cv.font(B, 13)
        cv.text(40, 40, "Wrenfield Children's Therapy Center")
        cv.font(F, 8.5)
        cv.text(40, 52, "3310 Alder Bend Road, Suite 4  -  Corvale, NC 27514  -  Billing office (919) 555-0162")
        cv.text(572, 40, "STATEMENT", "r")
        cv.text(572, 52, f"Page {cv.page} of {total or '?'}", "r")
        cv.hline(40, 572, 58, 1)

    def header(y):
        cv.font(B, 8.5)
        for h, (x, a) in zip(heads, X):
            cv.text(x, y, h, a)
        cv.hline(40, 572, y + 3, 0.5)
        cv.font(F, 8.5)
        return y + 13

    furniture()
    ins = ("Coastal Crest BlueChoice", "Coastal Crest BlueChoice", "Piedmont Family Care (Medicaid)")
    visits = [
        ("Ada Marchetti-Osei", "V-88102", "CC2601190881", ins[0],
         [S(1, 6, "97165", 1, ("GO",)), S(1, 6, "97530", 2, ("GO",))]),
        ("Ada Marchetti-Osei", "V-88155", "CC2601220417", ins[0],
         [S(1, 13, "97530", 2, ("GO",)), S(1, 13, "97533", 1, ("GO",)), S(1, 13, "97112", 1, ("GO", "59"))]),
        ("Ada Marchetti-Osei", "V-88199", None, ins[0],
         [S(1, 27, "97530", 2, ("GO",)), S(1, 27, "97533", 2, ("GO",))]),
        ("Jonah Marchetti-Osei", "V-88117", "CC2601190902", ins[1],
         [S(1, 8, "92523", 1, ()), S(1, 15, "92507", 1, ()), S(1, 22, "92507", 1, ()), S(1, 29, "92507", 1, ())]),
        ("Wren Marchetti-Osei", "V-88160", "PFC-26-0044719", ins[2],
         [S(1, 14, "97161", 1, ("GP",)), S(1, 14, "97110", 2, ("GP",)), S(1, 21, "97116", 2, ("GP",)),
          S(1, 21, "97110", 1, ("GP",)), S(1, 28, "97530", 2, ("GP",)), S(1, 28, "97110", 2, ("GP",))]),
    ]
    st = PlanState(ded_left=Decimal("75.00"))
    for pat, vno, clm, payer, svcs in visits:
        for s in svcs:
            if clm is None:
                s.paid = ZERO
                s.owes = s.billed
                s.discount = ZERO
            elif payer.endswith("(Medicaid)"):
                medicaid(s)
                s.owes = ZERO
            else:
                commercial(s, st)
            s.adjs = []
    # stub
    cv.font(F, 9)
    cv.text(40, 76, "Guarantor: Philippa Marchetti-Osei")
    cv.text(40, 87, "114 Hollins Creek Drive, Corvale, NC 27516")
    cv.text(40, 98, "Guarantor account: G-20417")
    cv.box(360, 68, 212, 50)
    cv.font(B, 9)
    cv.text(368, 80, "Statement date     02/02/2026")
    grand_due = sum((s.owes for v in visits for s in v[4]), ZERO)
    cv.text(368, 92, f"Amount due          {m(grand_due)}")
    cv.text(368, 104, "Please pay by       02/27/2026")
    cv.font(F, 7.5)
    cv.text(40, 126, "- - - - - - - - - - - - - - Please detach and return the top portion with your payment - - - - - - - - - - - - - -")

    y = 146
    cv.font(B, 10)
    cv.text(40, y, "Account activity")
    y += 16
    y = header(y)
    cur = None
    grand = ZERO
    for pat, vno, clm, payer, svcs in visits:
        if y > 700:
            cv.new_page()
            furniture()
            y = header(78)
        if pat != cur:
            cv.font(B, 9)
            cv.text(40, y, f"Patient: {pat}")
            y += 12
            cur = pat
        cv.font(F, 8.5)
        cv.text(52, y, f"Visit # {vno}   Billed to {payer}" + (f", claim no. {clm}" if clm else
                                                               " - claim pending, not yet paid"))
        y += 12
        for s in svcs:
            if y > 740:
                cv.new_page()
                furniture()
                y = header(78)
                cv.font(F, 8.5)
                cv.text(52, y, f"{pat}, Visit # {vno} (continued)")
                y += 12
            row = [dfmt(s.dos, "mdy4"), " ".join((s.code,) + s.mods), s.desc, units_str(s.units), m(s.billed),
                   m(s.paid), m(s.discount), m(s.owes)]
            for (x, a), v in zip(X, row):
                cv.text(x, y, v, a)
            rec.line(cv.page, s, vno, clm, pat, ("billed", "paid", "patient_owes"))
            y += 11
        tb, tp, to = tsum(svcs, "billed"), tsum(svcs, "paid"), tsum(svcs, "owes")
        cv.font(B, 8.5)
        cv.text(150, y, "Visit total")
        cv.text(X[4][0], y, m(tb), "r")
        cv.text(X[5][0], y, m(tp), "r")
        cv.text(X[6][0], y, m(tsum(svcs, "discount")), "r")
        cv.text(X[7][0], y, m(to), "r")
        rec.claim(vno, clm, pat, billed=tb, paid=tp, patient_owes=to)
        grand += to
        y += 18
    if y > 680:
        cv.new_page()
        furniture()
        y = 80
    cv.hline(40, 572, y - 6, 1)
    cv.font(B, 10)
    cv.text(40, y + 8, f"Amount due from guarantor: {m(grand)}")
    cv.font(F, 8.5)
    cv.text(40, y + 24, "Current 0-30: " + m(grand) + "    31-60: $0.00    61-90: $0.00    Over 90: $0.00")
    cv.text(40, y + 36, "We bill your insurance first. Balances shown are after insurance has processed each visit.")


# =============================================================================================== fs2
def fs2_draw(cv: Canvas, rec: Rec, total):
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    m = lambda d: money(d, ",")  # noqa: E731
    X = [(36, "l"), (98, "l"), (126, "l"), (184, "l"), (380, "r"), (440, "r")]
    box = {}

    def furniture():
        cv.font(B, 12)
        cv.text(36, 40, "St. Aldric Regional Medical Center")
        cv.font(F, 7.5)
        cv.text(36, 51, "Patient Financial Services  -  600 Meridian Blvd, Harlow Falls, MN 55801")
        cv.hline(36, 450, 57, 1)
        cv.box(464, 30, 112, 180, gray=0.92)
        cv.font(B, 8)
        cv.text(470, 46, "Amount Due")
        cv.font(B, 12)
        cv.text(470, 62, "$" + box.get("due", ""))
        cv.font(F, 7)
        for i, t in enumerate(["Due date 03/01/2026", "Guarantor no. 5502198", "", "Questions?",
                               "(218) 555-0147", "Mon-Fri 8-5", "", "Pay online at",
                               "staldric.example/pay"]):
            cv.text(470, 80 + 10 * i, t)
        cv.text(36, 770, f"Page {cv.page} of {total or '?'}")

    def header(y):
        cv.font(B, 7.5)
        for h, (x, a) in zip(["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"], X):
            cv.text(x, y, h, a)
        cv.hline(36, 450, y + 3, 0.4)
        cv.font(F, 7.5)
        return y + 12

    g = lambda s: (setattr(s, "desc", G.LONG_DESC.get(s.code, s.desc)) or s)  # noqa: E731
    accounts = [
        ("Cormac Lindahl-Beaumont", "HB40028817", "Northstar Commercial PPO", "NSP-26-01-5580311",
         [g(S(1, 9, "97163", 1, ("GP",))), g(S(1, 9, "97110", 3, ("GP",))), g(S(1, 9, "97140", 1, ("GP",)))],
         ["0424", "0420", "0420"]),
        ("Greta Lindahl-Beaumont", "HB40029106", "Northstar Commercial PPO", "NSP-26-01-5580942",
         [g(S(1, 12, "97166", 1, ("GO",))), g(S(1, 12, "97760", 1, ("GO",))), g(S(1, 12, "L3807", 1, ("RT",))),
          g(S(1, 19, "97530", 2, ("GO",))), g(S(1, 19, "97535", 1, ("GO",)))],
         ["0434", "0430", "0274", "0430", "0430"]),
        ("Ines Lindahl-Beaumont", "HB40029377", "Northstar Commercial PPO", "NSP-26-01-5581206",
         [g(S(1, 20, "92523", 1, ())), g(S(1, 27, "92507", 1, ()))], ["0444", "0440"]),
    ]
    due0 = ZERO
    for a in accounts:
        tb = tsum(a[4], "billed")
        due0 += tb - q(tb * Decimal("0.55")) - q(tb * Decimal("0.30"))
    box["due"] = m(due0)
    furniture()
    cv.font(F, 8.5)
    cv.text(36, 74, "Statement for the household of Cormac Lindahl-Beaumont")
    cv.text(36, 85, "Statement date 02/03/2026")
    y = 108
    due = ZERO
    for pat, acct, payer, pcid, svcs, revs in accounts:
        if y + 30 + 20 * len(svcs) > 740:
            cv.new_page()
            furniture()
            y = 76
        cv.font(B, 8.5)
        cv.text(36, y, f"Account No. {acct}    Patient: {pat}")
        cv.font(F, 7.5)
        cv.text(36, y + 10, f"Outpatient therapy visit(s)  -  Primary insurance: {payer}, claim {pcid}")
        y = header(y + 24)
        for s, rv in zip(svcs, revs):
            dl = wrap(cv, s.desc, 160)
            row = [dfmt(s.dos, "dmy").replace("-", "-"), rv, " ".join((s.code,) + s.mods), dl[0],
                   units_str(s.units), m(s.billed)]
            row[0] = f"{s.dos.day:02d}-{s.dos:%b}-{s.dos.year}".upper()
            for (x, a), v in zip(X, row):
                cv.text(x, y, v, a)
            for k, extra in enumerate(dl[1:]):
                cv.text(184, y + 9 * (k + 1), extra)
            rec.line(cv.page, s, acct, pcid, pat, ("billed",))
            y += 9 * len(dl) + 3
        tb = tsum(svcs, "billed")
        ip = q(tb * Decimal("0.55"))
        ia = q(tb * Decimal("0.30"))
        bal = tb - ip - ia
        due += bal
        cv.hline(36, 450, y - 6, 0.4)
        cv.font(F, 7.5)
        for lab, v in (("Total Charges", tb), ("Insurance Payments", -ip), ("Adjustments", -ia),
                       ("Your Balance", bal)):
            cv.text(300, y + 3, lab)
            cv.text(440, y + 3, money(v, ",", "()"), "r")
            y += 10
        rec.claim(acct, pcid, pat, billed=tb)
        y += 14
    cv.font(B, 9)
    cv.text(36, y + 4, f"Total amount due for all accounts: {m(due)}")
    cv.font(F, 7.5)
    cv.text(36, y + 16, "Financial assistance is available. Ask us for an application or visit our website.")


# ============================================================================================== table
def _code_join(sep):
    return lambda c, mods: [sep.join([c] + list(mods))]


def _code_apart(c, mods):
    return [c] + list(mods)


LAYOUTS = {
    "h196_cm1_commercial_member_eob": dict(
        producer="reportlab", landscape=False, draw=cm1_draw,
        desc="Commercial PPO member EOB for a family, portrait, boxed claim bars, service table continuing onto "
             "page 2, planted You owe total mismatch",
        legend=CM1_NOTES,
        fmt=dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"), code=_code_join(" "),
                 units=lambda u: u, adj=lambda g, c, a: [], allowed_split=True)),
    "h196_cm2_commercial_member_letter": dict(
        producer="fpdf2", landscape=True, draw=cm2_draw,
        desc="Commercial HMO member EOB letter, landscape, shaded claim bars, long wrapped descriptions, denied "
             "claim",
        legend=CM2_REASONS,
        fmt=dict(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mon"), code=_code_apart,
                 units=lambda u: u, adj=lambda g, c, a: [], allowed_split=True)),
    "h196_msn1_medicare_summary_notice": dict(
        producer="reportlab", landscape=False, draw=msn1_draw,
        desc="Medicare Summary Notice Part B, summary page then claims, claim continued across pages",
        legend=MSN_NOTES,
        fmt=dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy4"), code=_code_join("-"),
                 units=lambda u: u, adj=lambda g, c, a: [])),
    "h196_ma1_medicare_advantage_eob": dict(
        producer="fpdf2", landscape=False, draw=ma1_draw,
        desc="Medicare Advantage monthly member EOB with year-to-date sidebar, visit copays, denied line",
        legend=[("N1", "Visit copay"), ("N3", "Not covered without approval")],
        fmt=dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdyn"),
                 code=lambda c, mods: [c] + list(mods), units=lambda u: u, adj=lambda g, c, a: [])),
    "h196_mcd1_state_medicaid_ra": dict(
        producer="reportlab", landscape=True, draw=mcd1_draw,
        desc="State Medicaid remittance advice, Courier, paid and denied sections",
        legend=[("0721", "Paid at fee schedule"), ("1044", "Prior authorization mismatch")],
        fmt=dict(money=lambda d: money(d, ""), date=lambda d: dfmt(d, "mdY8"), code=_code_apart,
                 units=lambda u: u, adj=lambda g, c, a: [f"{g}{c}", money(a, "")], adj_complete=True)),
    "h196_mcd2_medicaid_mco_remit": dict(
        producer="fpdf2", landscape=True, draw=mcd2_draw,
        desc="Medicaid managed-care remittance in a ruled grid, claim continuing onto page 2, reversal and "
             "replacement",
        legend=[("N381", "Contract terms")],
        fmt=dict(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), code=_code_apart,
                 units=lambda u: u, adj=lambda g, c, a: [g, c, money(a, ",")], adj_complete=True)),
    "h196_pr1_clearinghouse_spr": dict(
        producer="fpdf2", landscape=False, draw=pr1_draw,
        desc="Medicare-style standard paper remittance printed by a clearinghouse, Courier, claim continuing "
             "onto page 2",
        legend=[],
        fmt=dict(money=lambda d: money(d, ""), date=lambda d: f"{d:%m%d} {d:%m%d%y}", code=_code_apart,
                 units=lambda u: u, adj=lambda g, c, a: [f"{g}-{c}", money(a, "")], adj_complete=True)),
    "h196_pr2_pm_era_posting": dict(
        producer="reportlab", landscape=True, draw=pr2_draw,
        desc="Practice-management ERA posting detail, stacked adjustment reasons, reversal and re-payment",
        legend=[("N386", "Coverage determination")],
        fmt=dict(money=lambda d: money(d, "$", "()"), date=lambda d: dfmt(d, "mdy2"), code=_code_apart,
                 units=lambda u: u, adj=lambda g, c, a: [f"{g}-{c} {money(a, '$', '()')}"], adj_complete=True)),
    "h196_fs1_clinic_family_statement": dict(
        producer="reportlab", landscape=False, draw=fs1_draw,
        desc="Pediatric therapy clinic family statement, activity by patient and visit, continues to page 2",
        legend=[],
        fmt=dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy4"), code=_code_join(" "),
                 units=lambda u: u, adj=lambda g, c, a: [])),
    "h196_fs2_hospital_family_statement": dict(
        producer="fpdf2", landscape=False, draw=fs2_draw,
        desc="Hospital outpatient family statement with sidebar, revenue codes, charges only on lines",
        legend=[],
        fmt=dict(money=lambda d: money(d, ","), date=lambda d: f"{d.day:02d}-{d:%b}-{d.year}".upper(),
                 code=_code_join(" "), units=lambda u: u, adj=lambda g, c, a: [])),
}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout196_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for name, L in LAYOUTS.items():
        made.append((build(name, L["producer"], L["landscape"], L["draw"], L["desc"], out, L["legend"]), L))
    print(out)
    if "--check" in argv:
        bad = 0
        import json
        for pdf, L in made:
            errs = check_file(pdf, L["fmt"])
            t = json.loads(Path(str(pdf) + ".truth.json").read_text())
            print(f"{'OK ' if not errs else 'BAD'} {pdf.name}: {t['pages']} pages, {len(t['lines'])} lines, "
                  f"{len(t['claims'])} claims, {t['producer']}, claims spanning pages {L['fmt']['_spanning']}")
            for e in errs[:12]:
                print("    ", e)
            bad += bool(errs)
        producers = {L["producer"] for L in LAYOUTS.values()}
        multi = sum(json.loads(Path(str(p) + ".truth.json").read_text())["pages"] > 1 for p, _ in made)
        spanning = sum(L["fmt"]["_spanning"] > 0 for _, L in made)
        print(f"producers {sorted(producers)}, multi-page files {multi}, files with a claim across pages {spanning}")
        if bad or len(producers) < 2 or multi < 3 or spanning < 3:
            print("CHECK FAILED")
            return 1
        print("CHECK PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
