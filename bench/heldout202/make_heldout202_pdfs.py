"""Write HELD-OUT set 202 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents of
the five commonest real kinds, two of each, in house styles written independently of the reader.

Run:  python bench/heldout202/make_heldout202_pdfs.py OUT_DIR            (writes 10 PDFs + .truth.json)
      python bench/heldout202/make_heldout202_pdfs.py OUT_DIR --check    (also self-check the written files)
Refuses to write under samples/. Never commit the PDFs. Deterministic (reportlab invariant=1, fpdf2 fixed date).

Truth format: samples/pdf/eobgen.py (printed values only; null for what a layout does not print, units included).
claim_id = provider's own account / patient-control / visit number; payer_claim_id = payer claim number / ICN /
TCN; patient = the person served, exactly as printed (e.g. "QUILLEN, MARGO T" on a Medicaid RA). Adjustments are
listed only where the page prints group+reason+amount for the line; remarks are the printed note / EOB / remark
codes of the line. Every name, number, payer, provider and ID is invented; descriptions are our own words.

Layouts:
  cm1 commercial member EOB, portrait core Helvetica (reportlab): per-claim boxes for three family members, "Date
      of service / Service / Amount billed / Network discount / Allowed amount / Deductible / Copay / Coinsurance /
      Plan paid / You owe / Remark", code+mods "97530 GO", no units, a long claim continues on page 2 with
      "(continued)" and the column header repeated, remark letter legend
  cm2 commercial member EOB, landscape DejaVu Sans Condensed (fpdf2): "Statement of Benefits", per-visit copay plan,
      "Qty", "Charges / Not Allowed / Plan Allowance / Deductible / Copay / Coinsurance / Paid to Provider / Your
      Share / Msg", a denied (not covered) line, three family members, ruled table
  msn1 Medicare Summary Notice Part B older paper style, portrait Liberation Serif (reportlab): summary page 1,
      per-claim "Claim number", units count before the description, code in parentheses, no modifiers, no provider
      account number (claim_id null), notes letters, claim crosses page 2->3 with "continued"
  ma1 Medicare Advantage member EOB, portrait DejaVu Serif (fpdf2): monthly EOB, date per row "Jan 12, 2026",
      code row with description wrapped below, no units, "Provider's charge / Plan's approved amount / Plan paid
      / You owe / Notes", a denied line, YTD box
  md1 state Medicaid RA, landscape core Courier (fpdf2): "CLAIMS PAID / CLAIMS DENIED / CLAIMS ADJUSTED" sections,
      ICN + patient account, mmddyy FROM/TO, units, billed/allowed/TPL/copay/paid, state EOB codes, a reversal with
      trailing-minus amounts, claim continues across the page break with the banner and column header repeated
  md2 state Medicaid RA, portrait DejaVu Sans Mono (reportlab): TCN / PCN / client, "SUBMITTED / ALLOWED / PAID",
      adjustment "CO 45" with amount on the row, RARC, dashes rules, page header repeated
  sp1 Medicare-style standard paper remit printed by a clearinghouse, landscape core Courier (reportlab): "PERF PROV
      SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", stacked GRP/RC lines, "PT RESP /
      CLAIM TOTALS / NET", a claim continued over the page break
  pm1 practice-management ERA posting detail (Medicare MAC payer), landscape Liberation Sans Narrow (fpdf2): boxed
      grid, "Line / DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins / Adj Codes / Paid" with all
      adjustments in one cell ("CO45: 116.30  PR2: 14.74"), a denied line, per-claim footer, header on page 2
  fs1 therapy clinic family statement, portrait DejaVu Sans (reportlab): left sidebar (amount due, pay-by, contact),
      visit headings with insurer claim number, "Charge / Ins Paid / Adjustment / You Owe", three children of one
      guarantor, patient payments as non-service rows
  fs2 hospital guarantor statement, portrait Liberation Serif (fpdf2): summary box, per-account blocks for three family
      members, rev code / HCPCS / description / qty / charges, insurance payments and adjustments only as account
      rows (line paid null), account continued on the next page without a header

--check verifies (the factory, never the reader): page count and producer; every truth code, modifier, units and
amount is on ONE text row of its page (pdfplumber words grouped by baseline); dates, remarks, adjustment codes on
the page; ids, patients in the document; billed - adjustments = paid where adjustments are listed; allowed -
deductible - copay - coinsurance (- sequestration) = paid where printed; claim totals = sum of lines unless a planted
mismatch is declared; at least three files have a claim whose lines span two pages.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from eobgen import (  # noqa: E402
    LONG_DESC,
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
    truth_line,
    units_str,
    write_truth,
)
from pdfkit202 import LAND, LETTER, Doc, numbers, page_rows  # noqa: E402

D = date
ALL_AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "discount",
            "not_covered")


def tl(doc, s, cid, pcid, pat, printed, **kw):
    return truth_line(doc.pno, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)


# ================================================================================================ cm1
def cm1(out):
    doc = Doc(out / "cm1.pdf", "rl", LETTER, "Explanation of Benefits")
    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Marcus Whitlock", "Spouse", "LMH2601A05102", "RVS-77310", "Riverside Sports & Spine PT",
         [Svc(D(2026, 1, 8), "97161", 1, ("GP",)), Svc(D(2026, 1, 8), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 15), "97140", 2, ("GP",)), Svc(D(2026, 1, 15), "G0283", 1, ("GP",), denied="PR")]),
        ("Ivy Whitlock", "Dependent", "LMH2601A04471", "CHT-20931", "Cedar Hollow Pediatric Therapy",
         [Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 7), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 7), "97535", 1, ("GO",)), Svc(D(2026, 1, 12), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 12), "97112", 1, ("GO", "59")), Svc(D(2026, 1, 14), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 14), "97110", 1, ("GO",)), Svc(D(2026, 1, 19), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 19), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 21), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 21), "97535", 1, ("GO",)), Svc(D(2026, 1, 26), "97168", 1, ("GO",))]),
        ("Dana Whitlock", "Self", "LMH2601A05388", "NB-4410-2", "Northbank Family Medicine",
         [Svc(D(2026, 1, 20), "99213", 1, ())]),
    ]
    legend = [("A", "Amount above the network rate; the provider agreed not to bill you for it."),
              ("B", "Counted toward your yearly deductible."),
              ("C", "Your plan does not cover this service; you may be billed for it.")]
    lines, claims = [], []
    cols = [(40, "l"), (92, "l"), (230, "r"), (276, "r"), (322, "r"), (366, "r"), (404, "r"), (448, "r"),
            (496, "r"), (540, "r"), (568, "l")]
    heads = [("Date of", "service"), ("Service", "(code / modifier)"), ("Amount", "billed"), ("Network", "discount"),
             ("Allowed", "amount"), ("Deduct-", "ible"), ("Copay", ""), ("Coin-", "surance"), ("Plan", "paid"),
             ("You", "owe"), ("Rmk", "")]

    def furniture(first):
        doc.page()
        doc.t(40, 44, "LARKSPUR MUTUAL HEALTH", font=("helvb", 15))
        doc.t(40, 58, "PO Box 61170  Fenwick, OR 97301-1170   larkspurmutual.example", font=("helv", 8))
        doc.t(572, 44, "EXPLANATION OF BENEFITS", "r", ("helvb", 11))
        doc.t(572, 58, "THIS IS NOT A BILL", "r", ("helvb", 9))
        doc.hl(40, 572, 66, 1.2)
        doc.font("helv", 8.5)
        doc.t(40, 80, "Subscriber: Dana Whitlock     Member ID: LMX 448201957-01     Group: 0051187 Tidewater Cooperative")
        doc.t(40, 92, f"Statement date: February 9, 2026     Page {doc.pno} of {TOT.get('cm1', 1)}")
        if first:
            doc.t(40, 116, "Dana Whitlock", font=("helv", 10))
            doc.t(40, 128, "1873 Quarry Bend Rd")
            doc.t(40, 140, "Hollins Falls, OR 97388")
            doc.rect(330, 104, 242, 52)
            doc.t(340, 118, "Your family's deductible (in network)", font=("helvb", 8.5))
            doc.t(340, 132, "Met so far: $250.00 of $1,500.00", font=("helv", 8.5))
            doc.t(340, 146, "Out-of-pocket met: $612.40 of $6,000.00")
            return 176
        return 112

    def header(y):
        doc.rect(40, y - 10, 532, 24, fill=0.88)
        doc.font("helvb", 7)
        for (x, a), (h1, h2) in zip(cols, heads):
            doc.t(x, y, h1, a)
            doc.t(x, y + 9, h2, a)
        return y + 26

    y = furniture(True)
    for pat, rel, clm, acct, prov, svcs in fam:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
        if y > 640:
            doc.t(306, 760, "Continued on next page", "c", ("helv", 8))
            y = furniture(False)
        doc.font("helvb", 9.5)
        doc.t(40, y, f"Patient: {pat} ({rel})")
        doc.font("helv", 8.5)
        doc.t(40, y + 12, f"Provider: {prov}   Claim number: {clm}   Patient account: {acct}   Received 01/28/2026")
        y = header(y + 30)
        doc.font("helv", 8)
        for s in svcs:
            if y > 680:
                doc.t(306, 760, "Continued on next page", "c", ("helv", 8))
                y = furniture(False)
                doc.t(40, y, f"Patient: {pat} ({rel})  Claim number: {clm}  (continued)", font=("helvb", 9))
                y = header(y + 18)
                doc.font("helv", 8)
            v = [dfmt(s.dos, "mdy4"), " ".join((s.code,) + s.mods), money(s.billed), money(s.discount),
                 money(s.allowed), money(s.deductible), money(s.copay), money(s.coinsurance), money(s.paid),
                 money(s.owes), " ".join(s.remarks)]
            for (x, a), val in zip(cols, v):
                doc.t(x, y, val, a)
            doc.t(92, y + 9, s.desc, font=("helv", 6.5))
            doc.font("helv", 8)
            lines.append(tl(doc, s, acct, clm, pat, printed, units=False, remarks=s.remarks))
            y += 28
        doc.hl(40, 572, y - 10)
        tot = [money(total(svcs, a)) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                                "paid", "owes")]
        doc.font("helvb", 8)
        doc.t(92, y, "Claim totals")
        for (x, a), val in zip(cols[2:10], tot):
            doc.t(x, y, val, a)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        y += 30
    doc.t(40, y, "Remark codes", font=("helvb", 9))
    doc.font("helv", 8)
    for k, txt in legend:
        y += 12
        doc.t(40, y, f"{k}  {txt}")
    doc.t(40, y + 24, "Questions? Call Member Services at 1-800-555-0144 (TTY 711), Monday-Friday 8-6 Pacific.")
    doc.t(40, y + 36, "You have 180 days from this statement to ask us to review a decision.")
    doc.save()
    return "reportlab", doc.pno, "commercial member EOB, Helvetica", lines, claims, legend, []


# ================================================================================================ cm2
def cm2(out):
    doc = Doc(out / "cm2.pdf", "fp", LAND, "Statement of Benefits")
    printed = ("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.85"))
    fam = [
        ("Amara Okonkwo-Lind", "BHP-7Q2-0092114", "SHC104417", "Sunfield Hand & Upper Limb Clinic",
         [Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97760", 1, ("GO",), desc=LONG_DESC["97760"]),
          Svc(D(2026, 1, 6), "L3807", 1, ("RT",)), Svc(D(2026, 1, 13), "97530", 3, ("GO",)),
          Svc(D(2026, 1, 13), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 20), "0552T", 1, (), denied="PR")]),
        ("Felix Okonkwo-Lind", "BHP-7Q2-0092760", "TLK-55829", "Tall Pines Speech & Language",
         [Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92507", 1, ("GN",))]),
        ("Teresa Okonkwo-Lind", "BHP-7Q2-0093318", "WPT88120", "Westgate Physical Therapy",
         [Svc(D(2026, 1, 22), "97163", 1, ("GP",)), Svc(D(2026, 1, 22), "97112", 2, ("GP",)),
          Svc(D(2026, 1, 29), "97116", 2, ("GP", "KX"))]),
    ]
    legend = [("M12", "Paid at the in-network rate; the difference is not your responsibility."),
              ("M30", "Office visit copay applied once per date of service."),
              ("M77", "This service is excluded under your plan; the provider may bill you.")]
    cols = [(30, "l"), (78, "l"), (150, "r"), (160, "l"), (372, "r"), (420, "r"), (476, "r"), (524, "r"),
            (566, "r"), (614, "r"), (676, "r"), (722, "r"), (732, "l")]
    heads = ["Date of Svc", "Service Code", "Qty", "Description", "Charges", "Not Allowed", "Plan Allowance",
             "Deductible", "Copay", "Coinsurance", "Paid to Provider", "Your Share", "Msg"]
    lines, claims = [], []
    doc.page()
    doc.t(30, 40, "Bayline Health Plan", font=("dvscb", 18))
    doc.t(30, 54, "Statement of Benefits  -  this is not a bill", font=("dvsc", 9))
    doc.font("dvsc", 8.5)
    doc.t(520, 36, "Subscriber: Teresa Okonkwo-Lind")
    doc.t(520, 48, "Member number: 90331-42877")
    doc.t(520, 60, "Plan: Bayline Choice PPO 30")
    doc.t(520, 72, "Issued: 02/11/26")
    doc.hl(30, 762, 80, 1)
    y = 100
    for pat, clm, acct, prov, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["M77"] if s.denied else (["M12", "M30"] if s.copay else ["M12"])
        doc.t(30, y, f"{pat}  |  {prov}  |  Claim ID {clm}  |  Patient Acct No {acct}", font=("dvscb", 9))
        y += 8
        doc.hl(30, 762, y, 0.8)
        doc.font("dvscb", 7)
        for (x, a), h in zip(cols, heads):
            doc.t(x, y + 10, h, a)
        doc.hl(30, 762, y + 14, 0.4)
        y += 26
        doc.font("dvsc", 7.5)
        for s in svcs:
            desc = s.desc if len(s.desc) < 42 else s.desc[:41].rsplit(" ", 1)[0]
            v = [dfmt(s.dos, "mdy2"), "-".join((s.code,) + s.mods), units_str(s.units), desc, money(s.billed, ","),
                 money(s.not_covered + s.discount, ","), money(s.allowed, ","), money(s.deductible, ","),
                 money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","),
                 " ".join(s.remarks)]
            for (x, a), val in zip(cols, v):
                doc.t(x, y, val, a)
            if desc != s.desc:
                y += 9
                doc.t(160, y, s.desc[len(desc):].strip())
            s.not_covered = s.not_covered + s.discount  # the page prints one "Not Allowed" column
            lines.append(tl(doc, s, acct, clm, pat, printed, remarks=s.remarks))
            y += 13
        doc.hl(30, 762, y - 8, 0.4)
        doc.font("dvscb", 7.5)
        doc.t(160, y + 2, "Total for this claim")
        for (x, a), attr in zip(cols[4:12], ("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "owes")):
            doc.t(x, y + 2, money(total(svcs, attr), ","), a)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        y += 26
        if y > 440 and doc.pno == 1:
            doc.t(396, 590, f"Page 1 of {TOT.get('cm2', 1)}   -   continued", "c", ("dvsc", 7.5))
            doc.page()
            doc.t(30, 40, "Bayline Health Plan  -  Statement of Benefits (continued)", font=("dvscb", 11))
            doc.t(30, 52, "Subscriber: Teresa Okonkwo-Lind   Member number: 90331-42877", font=("dvsc", 8))
            y = 78
    doc.t(30, y, "Message codes", font=("dvscb", 8.5))
    doc.font("dvsc", 8)
    for k, txt in legend:
        y += 11
        doc.t(30, y, f"{k}   {txt}")
    doc.t(396, 590, f"Page {doc.pno} of {TOT.get('cm2', 1)}", "c", ("dvsc", 7.5))
    doc.save()
    return "fpdf2", doc.pno, "commercial member EOB, landscape", lines, claims, legend, []


# ================================================================================================ msn1
def msn1(out):
    doc = Doc(out / "msn1.pdf", "rl", LETTER, "Medicare Summary Notice")
    F, FB = "lser", "lserb"
    ben = "Harold J. Penwarden"
    st = PlanState(ded_left=Decimal("283.00"))
    d0 = D(2026, 1, 5)
    c1 = []
    for i, wk in enumerate((0, 2, 7, 9, 14, 16, 21, 23, 28, 30)):
        dd = d0 + timedelta(days=wk)
        if i == 0:
            c1 += [Svc(dd, "97161", 1, ("GP",)), Svc(dd, "97110", 2, ("GP",))]
        else:
            c1 += [Svc(dd, "97110", 2 if i % 2 else 3, ("GP",)), Svc(dd, "97140", 1, ("GP",))]
    claims_in = [
        ("Imelda Farris, M.D., 1120 Orchard Pkwy, Scranton, PA 18503", "2126020117455",
         [Svc(D(2026, 1, 13), "99213", 1, ("25",)), Svc(D(2026, 1, 13), "G0283", 1, ("GP",), denied="CO")]),
        ("Hearthside Speech Services, 8 Linden Row, Dunmore, PA 18512", "2126021309921",
         [Svc(D(2026, 1, 20), "92523", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("Copperline Outpatient Rehabilitation, 40 Mill Race Ct, Dunmore, PA 18512", "2126014882130", c1),
    ]
    legend = [("a", "This amount was applied toward your Part B deductible of $283.00."),
              ("b", "The provider accepted assignment and may bill you only for the amount in the last column."),
              ("c", "A 2% federal payment reduction was applied to what Medicare paid."),
              ("d", "Medicare does not pay for this service when billed this way. You do not owe for it.")]
    lines, claims = [], []
    cols = [(48, "l"), (112, "l"), (352, "r"), (414, "r"), (478, "r"), (532, "r"), (548, "l")]
    heads = [("Dates of", "Service"), ("Services Provided", ""), ("Amount", "Charged"), ("Medicare", "Approved"),
             ("Medicare Paid", "Provider"), ("You May", "Be Billed"), ("See", "Notes")]

    def top():
        doc.page()
        doc.t(48, 48, "Medicare Summary Notice", font=(FB, 16))
        doc.t(48, 64, "for Part B (Medical Insurance) - Assigned Claims", font=(F, 10))
        doc.t(564, 48, f"Page {doc.pno} of {TOT.get('msn1', 1)}", "r", (F, 10))
        doc.t(564, 64, "February 4, 2026", "r", (F, 10))
        doc.hl(48, 564, 72, 1.5)
        doc.font(F, 9.5)
        doc.t(48, 86, f"{ben}   Medicare Number XXXXXXX3K71")
        return 108

    def header(y):
        doc.font(FB, 8.5)
        for (x, a), (h1, h2) in zip(cols, heads):
            doc.t(x, y, h1, a)
            if h2:
                doc.t(x, y + 10, h2, a)
        doc.hl(48, 564, y + 14, 0.8)
        return y + 28

    y = top()
    doc.font(F, 11)
    doc.t(48, y + 10, ben)
    doc.t(48, y + 24, "417 Sycamore Hill Ln")
    doc.t(48, y + 38, "Dunmore PA 18512-2290")
    doc.rect(330, y, 234, 80)
    doc.t(340, y + 16, "Customer Service Information", font=(FB, 10))
    doc.font(F, 9.5)
    doc.t(340, y + 32, "Your Medicare Number: XXXXXXX3K71")
    doc.t(340, y + 46, "Call 1-800-555-0198 (TTY 1-877-555-0148)")
    doc.t(340, y + 60, "Ask for doctor services.")
    y += 120
    doc.t(48, y, "This is a summary of claims processed from November 4, 2025 through February 3, 2026.", font=(F, 10))
    y += 20
    doc.t(48, y, "Part B Deductible: You have now met $283.00 of your $283.00 Part B deductible for 2026.", font=(F, 10))
    y += 30
    doc.t(48, y, "Important: Keep this notice with your records. If you disagree with a decision, see the last page.",
          font=(F, 10))
    doc.t(48, y + 14, "BE INFORMED: Beware of anyone who offers free services in exchange for your Medicare Number.")
    for prov, clm, svcs in claims_in:
        for s in svcs:
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["d"]
            else:
                s.remarks = (["a"] if s.deductible else []) + ["b", "c"]
        if doc.pno == 1 or y > 620:
            y = top()
        doc.t(48, y, f"Claim number {clm}", font=(FB, 10))
        doc.font(F, 9.5)
        doc.t(48, y + 13, prov)
        doc.t(48, y + 26, "Referred by: Wendell Asante, M.D.")
        y = header(y + 44)
        doc.font(F, 9)
        for s in svcs:
            if y > 720:
                doc.t(306, 760, "Continued on the next page", "c", (F, 9))
                y = top()
                doc.t(48, y, f"Claim number {clm} (continued)", font=(FB, 10))
                y = header(y + 18)
                doc.font(F, 9)
            v = [dfmt(s.dos, "mdy2"), f"{units_str(s.units)} {s.desc} ({s.code})", money(s.billed),
                 money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            for (x, a), val in zip(cols, v):
                doc.t(x, y, val, a)
            lines.append(tl(doc, s, None, clm, ben, ("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                            remarks=s.remarks))
            y += 15
        doc.hl(48, 564, y - 10, 0.5)
        doc.font(FB, 9)
        doc.t(112, y, "Claim Total")
        for (x, a), attr in zip(cols[2:6], ("billed", "allowed", "paid", "owes")):
            doc.t(x, y, money(total(svcs, attr)), a)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": ben, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        y += 34
    doc.t(48, y, "Notes for Claims Above", font=(FB, 10))
    doc.font(F, 9)
    for k, txt in legend:
        y += 13
        doc.t(56, y, f"{k}  {txt}")
    doc.save()
    return "reportlab", doc.pno, "Medicare Summary Notice Part B", lines, claims, legend, []


# ================================================================================================ ma1
def ma1(out):
    doc = Doc(out / "ma1.pdf", "fp", LETTER, "Explanation of Benefits")
    F, FB = "dvserif", "dvserifb"
    mem = "Rosalind Ebbs"
    st = PlanState(visit_copay=Decimal("15.00"), allowed_rate=Decimal("0.62"))
    claims_in = [
        ("Saltmarsh Rehab Group", "H7731-26-0041922",
         [Svc(D(2026, 1, 12), "97163", 1, ("GP",)), Svc(D(2026, 1, 12), "97112", 2, ("GP",)),
          Svc(D(2026, 1, 15), "97112", 2, ("GP",)), Svc(D(2026, 1, 15), "97116", 1, ("GP", "CQ")),
          Svc(D(2026, 1, 19), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 19), "97140", 1, ("GP",)),
          Svc(D(2026, 1, 22), "97112", 2, ("GP",)), Svc(D(2026, 1, 22), "97530", 1, ("GP",)),
          Svc(D(2026, 1, 23), "97112", 2, ("GP", "CQ")), Svc(D(2026, 1, 23), "97110", 1, ("GP", "CQ")),
          Svc(D(2026, 1, 24), "97140", 1, ("GP",)), Svc(D(2026, 1, 24), "97530", 2, ("GP",))]),
        ("Saltmarsh Rehab Group", "H7731-26-0045170",
         [Svc(D(2026, 1, 26), "97110", 2, ("GP",)), Svc(D(2026, 1, 26), "0552T", 1, (), denied="CO"),
          Svc(D(2026, 1, 27), "97112", 2, ("GP", "KX")), Svc(D(2026, 1, 27), "97110", 1, ("GP", "KX")),
          Svc(D(2026, 1, 28), "97112", 2, ("GP", "KX")), Svc(D(2026, 1, 28), "97140", 1, ("GP", "KX")),
          Svc(D(2026, 1, 29), "97112", 2, ("GP", "KX")), Svc(D(2026, 1, 29), "97530", 1, ("GP", "KX")),
          Svc(D(2026, 1, 30), "97168", 1, ("GP",))]),
        ("Gull Point Primary Care", "H7731-26-0046013", [Svc(D(2026, 1, 27), "99213", 1, ())]),
    ]
    legend = [("1", "You paid your $15 specialist / therapy visit copay for this date."),
              ("2", "Our plan does not pay for this service. Your provider cannot bill you for it."),
              ("3", "This provider is in our network; you are not responsible for charges above the approved amount.")]
    lines, claims = [], []
    cols = [(40, "l"), (132, "l"), (322, "r"), (410, "r"), (470, "r"), (526, "r"), (546, "l")]
    heads = [("Service date", ""), ("Service and code", ""), ("Provider's", "charge"), ("Plan's approved", "amount"),
             ("Plan", "paid"), ("You", "owe"), ("Notes", "")]

    def top():
        doc.page()
        doc.rect(0, 0, 612, 62, fill=0.92, lw=0)
        doc.t(40, 30, "Heronwood Senior Advantage (HMO)", font=(FB, 15))
        doc.t(40, 47, "Your Explanation of Benefits for January 2026", font=(F, 10))
        doc.t(572, 30, f"Page {doc.pno} of {TOT.get('ma1', 1)}", "r", (F, 9))
        doc.t(572, 47, f"Member: {mem}  ID H88420117", "r", (F, 9))
        return 88

    def header(y):
        doc.font(FB, 8)
        for (x, a), (h1, h2) in zip(cols, heads):
            doc.t(x, y, h1, a)
            if h2:
                doc.t(x, y + 9, h2, a)
        doc.hl(40, 572, y + 13, 0.6)
        return y + 25

    y = top()
    doc.font(F, 9.5)
    for i, txt in enumerate(("Rosalind Ebbs", "52 Tern Harbor Road, Apt 3", "Glass Cove, ME 04011")):
        doc.t(40, y + 14 * i, txt)
    doc.rect(330, y - 10, 242, 56)
    doc.t(340, y + 4, "Your costs this month", font=(FB, 9))
    doc.font(F, 8.5)
    doc.t(340, y + 18, "See each claim below for what the plan paid")
    doc.t(340, y + 30, "and what you may owe your providers.")
    y += 70
    doc.t(40, y, "Part C medical claims we processed", font=(FB, 11))
    y += 20
    sums = [ZERO, ZERO]
    for prov, clm, svcs in claims_in:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            if s.denied == "CO":
                s.owes = ZERO
            s.remarks = ["2"] if s.denied else (["1", "3"] if s.copay else ["3"])
            sums[0] += s.paid
            sums[1] += s.owes
        if y > 640:
            doc.t(306, 770, "Please turn the page", "c", (F, 8))
            y = top()
        doc.t(40, y, f"Claim {clm}   {prov}   Received 02/02/2026", font=(FB, 9))
        y = header(y + 16)
        for s in svcs:
            if y > 730:
                doc.t(306, 770, "Continued on next page", "c", (F, 8))
                y = top()
                doc.t(40, y, f"Claim {clm} (continued)", font=(FB, 9))
                y = header(y + 16)
            doc.font(F, 8.5)
            v = [dfmt(s.dos, "mon"), " ".join((s.code,) + s.mods), money(s.billed), money(s.allowed), money(s.paid),
                 money(s.owes), " ".join(s.remarks)]
            for (x, a), val in zip(cols, v):
                doc.t(x, y, val, a)
            doc.t(132, y + 10, s.desc, font=(F, 7.5))
            lines.append(tl(doc, s, None, clm, mem, ("billed", "allowed", "paid", "patient_owes"), units=False,
                            remarks=s.remarks))
            y += 24
        doc.hl(40, 572, y - 12, 0.4)
        doc.font(FB, 8.5)
        doc.t(132, y, "Total for this claim")
        for (x, a), attr in zip(cols[2:6], ("billed", "allowed", "paid", "owes")):
            doc.t(x, y, money(total(svcs, attr)), a)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": mem, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        y += 30
    doc.t(40, y, "Notes", font=(FB, 9.5))
    doc.font(F, 8)
    for k, txt in legend:
        y += 12
        doc.t(40, y, f"{k}  {txt}")
    doc.save()
    # fill the page-1 cost box now that sums are known is not possible after save; box prints plain text instead
    return "fpdf2", doc.pno, "Medicare Advantage member EOB", lines, claims, legend, []


# ================================================================================================ md1
def md1(out):
    doc = Doc(out / "md1.pdf", "fp", LAND, "Remittance Advice")
    lines, claims = [], []
    legend = [("0042", "PAID AT THE PROGRAM FEE SCHEDULE MAXIMUM"), ("0118", "THERAPY VISIT LIMIT FOR THIS YEAR REACHED"),
              ("0271", "NO PRIOR AUTHORIZATION ON FILE FOR THESE DATES"), ("0900", "CLAIM REVERSED - SEE REPLACEMENT")]
    paid = [
        ("QUILLEN, MARGO T", "40028813307", "2026012070031", "BW10288",
         [Svc(D(2026, 1, 5) + timedelta(days=d), c, u, m) for d, c, u, m in (
             (0, "97165", 1, ("GO",)), (2, "97530", 3, ("GO",)), (2, "97535", 1, ("GO",)), (7, "97530", 3, ("GO",)),
             (7, "97112", 1, ("GO", "59")), (9, "97530", 3, ("GO",)), (9, "97535", 1, ("GO",)),
             (14, "97530", 3, ("GO",)), (14, "97110", 1, ("GO",)), (16, "97530", 3, ("GO",)),
             (16, "97535", 1, ("GO",)), (21, "97530", 3, ("GO",)), (21, "97112", 1, ("GO", "59")),
             (23, "97530", 3, ("GO",)), (23, "97168", 1, ("GO",)))]),
        ("ABERNATHY-SOLIS, JONAH", "40031177520", "2026012070032", "BW10301",
         [Svc(D(2026, 1, 8) + timedelta(days=d), c, u, m) for d, c, u, m in (
             (0, "92523", 1, ("GN",)), (7, "92507", 1, ("GN",)), (14, "92507", 1, ("GN",)),
             (21, "92507", 1, ("GN",)), (21, "92526", 1, ("GN",)))]),
        ("PRUETT, KAYLEE M", "40019920468", "2026012070033", "BW10314",
         [Svc(D(2026, 1, 6) + timedelta(days=d), c, u, m) for d, c, u, m in (
             (0, "97166", 1, ("GO",)), (3, "97530", 2, ("GO",)), (3, "97760", 1, ("GO",)), (3, "L3807", 1, ("LT",)),
             (10, "97530", 2, ("GO",)), (10, "97110", 2, ("GO",)), (17, "97530", 2, ("GO",)),
             (17, "97140", 1, ("GO", "59")), (24, "97530", 2, ("GO",)), (24, "97110", 2, ("GO",)))]),
    ]
    denied = [("DUVALL, OSCAR", "40044610093", "2026012070040", "BW10322",
               [Svc(D(2026, 1, 12), "97530", 2, ("GO",), denied="CO"),
                Svc(D(2026, 1, 14), "97530", 2, ("GO",), denied="CO")], "0271")]
    orig = [Svc(D(2025, 12, 15), "97530", 3, ("GO",)), Svc(D(2025, 12, 15), "97110", 1, ("GO",))]
    repl = [Svc(D(2025, 12, 15), "97530", 3, ("GO",)), Svc(D(2025, 12, 15), "97110", 1, ("GO", "59"))]
    for s in orig + repl:
        medicaid(s)
    rev = [negate(s) for s in orig]
    cols = [(24, "l"), (44, "l"), (96, "l"), (148, "l"), (188, "l"), (262, "r"), (326, "r"), (390, "r"), (440, "r"),
            (490, "r"), (560, "r"), (576, "l")]
    heads = ["LN", "FROM DOS", "TO DOS", "PROC", "MODIFIERS", "UNITS", "BILLED AMT", "ALLOWED AMT", "TPL AMT",
             "COPAY", "PAID AMT", "EOB CODES"]
    state = {"sect": ""}

    def top():
        doc.page()
        doc.font("courb", 9)
        doc.t(24, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM")
        doc.t(768, 30, f"PAGE {doc.pno:4d}", "r")
        doc.font("cour", 8)
        doc.t(24, 42, "REMITTANCE ADVICE    RA NUMBER 0004417720    WARRANT 88120457    ISSUE DATE 02/06/26")
        doc.t(24, 54, "PROVIDER: BRIGHTWATER CHILDREN'S THERAPY LLC    PROVIDER ID 0091772004    NPI 1730088215")
        doc.hl(24, 768, 60, 0.5)
        y = 74
        if state["sect"]:
            doc.t(24, y, f"*** {state['sect']} ***", font=("courb", 8.5))
            y += 14
        return y

    def header(y):
        doc.font("courb", 7.5)
        for (x, a), h in zip(cols, heads):
            doc.t(x, y, h, a)
        doc.hl(24, 768, y + 3, 0.3)
        return y + 13

    def claim_head(y, name, rid, icn, acct, cont=""):
        doc.t(24, y, f"RECIPIENT: {name:<24} RECIP ID: {rid}   ICN: {icn}   PATIENT ACCT: {acct}{cont}",
              font=("cour", 8))
        return header(y + 12)

    def block(y, name, rid, icn, acct, svcs, sign_note=""):
        y = claim_head(y, name, rid, icn, acct)
        for n, s in enumerate(svcs, 1):
            if y > 570:
                doc.t(396, 598, "CONTINUED ON NEXT PAGE", "c", ("cour", 7.5))
                y = top()
                y = claim_head(y, name, rid, icn, acct, "   (CONTINUED)")
            doc.font("cour", 8)
            v = [f"{n:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods),
                 units_str(s.units) + ".00" if s.units >= 0 else units_str(s.units), money(s.billed, "", "trail"),
                 money(s.allowed, "", "trail"), "0.00", "0.00", money(s.paid, "", "trail"), " ".join(s.remarks)]
            for (x, a), val in zip(cols, v):
                doc.t(x, y, val, a)
            lines.append(tl(doc, s, acct, icn, name, ("billed", "allowed", "copay", "paid"), remarks=s.remarks,
                            description=False))
            y += 13
        doc.font("courb", 8)
        doc.t(188, y, "CLAIM TOTAL")
        for (x, a), attr in ((cols[6], "billed"), (cols[7], "allowed"), (cols[10], "paid")):
            doc.t(x, y, money(total(svcs, attr), "", "trail"), a)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        return y + 20

    state["sect"] = "CLAIMS PAID"
    y = top()
    for name, rid, icn, acct, svcs in paid:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0042"] if s.discount else []
        if y > 540:
            y = top()
        y = block(y, name, rid, icn, acct, svcs)
    state["sect"] = "CLAIMS DENIED"
    if y > 480:
        y = top()
    else:
        doc.t(24, y, "*** CLAIMS DENIED ***", font=("courb", 8.5))
        y += 14
    for name, rid, icn, acct, svcs, eob in denied:
        for s in svcs:
            medicaid(s)
            s.remarks = [eob]
        y = block(y, name, rid, icn, acct, svcs)
    state["sect"] = "CLAIMS ADJUSTED"
    if y > 470:
        y = top()
    else:
        doc.t(24, y, "*** CLAIMS ADJUSTED ***", font=("courb", 8.5))
        y += 14
    for s in rev:
        s.remarks = ["0900"]
    for s in repl:
        s.remarks = ["0042"]
    y = block(y, "PRUETT, KAYLEE M", "40019920468", "2025121870114", "BW09977", rev)
    y = block(y, "PRUETT, KAYLEE M", "40019920468", "2026012070050", "BW09977", repl)
    net = sum((total(x[4], "paid") for x in paid), ZERO) + total(rev, "paid") + total(repl, "paid")
    doc.font("courb", 8.5)
    doc.t(24, y, f"PAYMENT SUMMARY   CLAIMS PAID {money(sum((total(x[4], 'paid') for x in paid), ZERO), ',')}"
                 f"   ADJUSTMENTS {money(total(rev, 'paid') + total(repl, 'paid'), ',', 'trail')}   NET PAYMENT {money(net, ',')}")
    y += 20
    doc.font("cour", 7.5)
    doc.t(24, y, "EOB CODE DESCRIPTIONS")
    for k, txt in legend:
        y += 10
        doc.t(24, y, f"{k}  {txt}")
    doc.save()
    return "fpdf2", doc.pno, "state Medicaid remittance advice, Courier", lines, claims, legend, []


# ================================================================================================ md2
def md2(out):
    doc = Doc(out / "md2.pdf", "rl", LETTER, "Provider Remittance Advice")
    F, FB = "dvmono", "dvmonob"
    lines, claims = [], []
    legend = [("N130", "Paid at the program's fee for this code (our note)."),
              ("N54", "Service not on the client's approved plan of care (our note)."),
              ("CO 45", "Charge above the program maximum; provider write-off."),
              ("CO 197", "Prior approval missing; provider write-off.")]
    clients = [
        ("VANTERPOOL, NAOMI", "7719402261", "26021004173", "SLP-3381",
         [Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 28), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 28), "92526", 1, ("GN",), denied="CO")]),
        ("OKAFOR, DESMOND", "7719577014", "26021004174", "OT-5120",
         [Svc(D(2026, 1, 9), "97167", 1, ("GO",)), Svc(D(2026, 1, 16), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 16), "97129", 1, ("GO",)), Svc(D(2026, 1, 23), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 23), "97150", 1, ("GO",)), Svc(D(2026, 1, 30), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 30), "97535", 1, ("GO",))]),
        ("LINDQVIST, ROSE A", "7720019388", "26021004175", "PT-7702",
         [Svc(D(2026, 1, 6), "97161", 1, ("GP",)), Svc(D(2026, 1, 13), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 13), "97116", 1, ("GP",)), Svc(D(2026, 1, 20), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 20), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 27), "97110", 2, ("GP",))]),
        ("TEAGUE, MILO", "7720188830", "26021004176", "SLP-3409",
         [Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
        ("OKAFOR, AMINA", "7719577022", "26021004177", "OT-5131",
         [Svc(D(2026, 1, 12), "97165", 1, ("GO",)), Svc(D(2026, 1, 19), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 26), "97530", 2, ("GO",)), Svc(D(2026, 1, 26), "97112", 1, ("GO",))]),
    ]
    hdr = " DOS FROM  DOS TO    PROC   MOD    UNITS  SUBMITTED    ALLOWED       PAID  ADJ GRP/RSN/AMT   RARC"

    def top():
        doc.page()
        doc.font(FB, 8)
        doc.t(36, 36, "COMMONWEALTH OF EASTMARCH - MEDICAL ASSISTANCE PROGRAM")
        doc.t(576, 36, f"PAGE {doc.pno} OF {TOT.get('md2', 1)}", "r")
        doc.font(F, 7.5)
        doc.t(36, 48, "PROVIDER REMITTANCE ADVICE          CYCLE 2026-05          PAY DATE 02/10/2026")
        doc.t(36, 58, "PAYEE: HARBORVIEW PEDIATRIC THERAPIES PC    MEDICAID PROVIDER NO 300417726    TAX ID XX-XXX4410")
        doc.t(36, 70, "-" * 104)
        doc.t(36, 80, hdr, font=(FB, 7.5))
        doc.t(36, 90, "-" * 104, font=(F, 7.5))
        return 106

    y = top()
    for name, cid, tcn, pcn, svcs in clients:
        for s in svcs:
            medicaid(s)
            s.remarks = ["N54"] if s.denied else (["N130"] if s.discount else [])
        if y + 12 * (len(svcs) + 3) > 740:
            y = top()
        doc.t(36, y, f"TCN {tcn}  PCN {pcn}  CLIENT ID {cid}  CLIENT {name}", font=(FB, 7.5))
        y += 12
        doc.font(F, 7.5)
        for s in svcs:
            adj = " ".join(f"{g} {r} {money(a, '')}" for g, r, a in s.adjs) or "-"
            row = (f" {dfmt(s.dos, 'mdy2'):<9} {dfmt(s.dos, 'mdy2'):<9} {s.code:<6} {' '.join(s.mods):<6} "
                   f"{units_str(s.units):>5} {money(s.billed, ''):>10} {money(s.allowed, ''):>10} "
                   f"{money(s.paid, ''):>10}  {adj:<15} {' '.join(s.remarks)}")
            doc.t(36, y, row)
            lines.append(tl(doc, s, pcn, tcn, name, ("billed", "allowed", "paid"), adjustments=s.adjs,
                            remarks=s.remarks, description=False))
            y += 11
        doc.t(36, y, (f" {'CLAIM TOTALS':<34}{money(total(svcs, 'billed'), ''):>10} {money(total(svcs, 'allowed'), ''):>10} "
                      f"{money(total(svcs, 'paid'), ''):>10}"), font=(FB, 7.5))
        claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": name, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 20
    doc.font(F, 7.5)
    doc.t(36, y, "CODES ON THIS REMITTANCE")
    for k, txt in legend:
        y += 10
        doc.t(36, y, f"  {k:<7} {txt}")
    doc.save()
    return "reportlab", doc.pno, "state Medicaid remittance advice, monospace", lines, claims, legend, []


# ================================================================================================ sp1
def sp1(out):
    doc = Doc(out / "sp1.pdf", "rl", LAND, "Medicare Remittance")
    lines, claims = [], []
    st = PlanState(ded_left=Decimal("120.00"))
    pats = [
        ("PENWORTH, CELIA", "7XK2WQ4MJ81", "SHR10293", "2226010553010", "1427781150",
         [(0, "97161", 1, ("GP",)), (0, "97110", 2, ("GP",)), (2, "97110", 2, ("GP", "KX")),
          (2, "97140", 1, ("GP",)), (7, "97110", 2, ("GP", "KX")), (7, "97112", 1, ("GP", "KX")),
          (9, "97110", 2, ("GP", "KX")), (9, "97140", 1, ("GP", "KX")), (14, "97110", 2, ("GP", "KX")),
          (14, "97530", 1, ("GP", "KX")), (16, "97110", 2, ("GP", "CQ", "KX")), (16, "97112", 1, ("GP", "CQ", "KX"))]),
        ("MARCHETTI, LOUIS", "3RT9HP2KD40", "SHR10301", "2226010553011", "1427781150",
         [(1, "97166", 1, ("GO",)), (3, "97530", 2, ("GO",)), (3, "97535", 1, ("GO",)), (8, "97530", 2, ("GO",)),
          (8, "97535", 1, ("GO", "59")), (10, "97530", 2, ("GO",)), (10, "97760", 1, ("GO",)),
          (15, "97530", 2, ("GO",)), (15, "97535", 1, ("GO",))]),
        ("OYELARAN, GRACE", "8NM4CE7TA22", "SHR10318", "2226010553012", "1588402271",
         [(4, "92523", 1, ("GN",)), (11, "92507", 1, ("GN",)), (18, "92507", 1, ("GN",))]),
        ("FAIRWEATHER, DONALD", "5QW1ZL8RB66", "SHR10322", "2226010553013", "1427781150",
         [(5, "97163", 1, ("GP",)), (5, "G0283", 1, ("GP",)), (12, "97116", 2, ("GP",)), (12, "97110", 1, ("GP",))]),
    ]
    legend = [("CO-45", "Charge above the fee schedule / contracted amount."), ("CO-253", "2% payment reduction."),
              ("PR-1", "Deductible."), ("PR-2", "Coinsurance."), ("MA01", "Appeal rights information (our note).")]
    H = ("PERF PROV   SERV DATE    POS NOS  PROC  MODS           BILLED    ALLOWED    DEDUCT     COINS  "
         "GRP/RC-AMT         PROV PD")

    def top():
        doc.page()
        doc.font("courb", 8.5)
        doc.t(30, 30, "MEDICARE PART B - KESTREL MEDICARE SERVICES (JURISDICTION 19)")
        doc.t(762, 30, f"PAGE #: {doc.pno} OF {TOT.get('sp1', 1)}", "r")
        doc.font("cour", 8)
        doc.t(30, 42, "PRINTED BY CLEARPATH REMIT EXCHANGE  -  STANDARD PAPER REMITTANCE IMAGE")
        doc.t(30, 54, "PROVIDER: SHOREHAVEN REHABILITATION ASSOCIATES      NPI 1427781150      CHECK/EFT #: 08826417   DATE: 02/12/2026")
        doc.t(30, 72, H, font=("courb", 7.8))
        doc.t(30, 80, "-" * 128, font=("cour", 7.8))
        return 94

    def chead(y, nm, hic, acnt, icn, cont=""):
        doc.t(30, y, f"NAME {nm:<22} HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01{cont}", font=("cour", 7.8))
        return y + 11

    y = top()
    doc.font("cour", 7.8)
    for i, txt in enumerate(("SHOREHAVEN REHABILITATION ASSOCIATES", "ATTN BUSINESS OFFICE", "2750 HARBOR FREEWAY NORTH",
                             "NEW LISBON CT 06390-2215")):
        doc.t(30, y + 10 * i, txt)
    doc.t(420, y, "PROVIDER #: 0044718   PTAN SH7730")
    doc.t(420, y + 10, "REMIT SEQ #: 000118   FILE 835-20260212-0044")
    doc.t(420, y + 20, "THIS REMITTANCE IS A PRINTED IMAGE OF AN ELECTRONIC 835 TRANSACTION")
    y += 76
    dd0 = D(2026, 1, 5)
    for nm, hic, acnt, icn, npi, raw in pats:
        svcs = [Svc(dd0 + timedelta(days=d), c, u, m) for d, c, u, m in raw]
        for s in svcs:
            medicare(s, st)
        if y > 430:
            y = top()
        y = chead(y, nm, hic, acnt, icn)
        for s in svcs:
            need = 11 * len(s.adjs)
            if y + need > 560:
                doc.t(396, 590, "CONTINUED", "c", ("cour", 7.8))
                y = top()
                y = chead(y, nm, hic, acnt, icn, "  (CONT)")
            doc.font("cour", 7.8)
            g, r, a = s.adjs[0]
            row = (f"{npi}  {s.dos:%m%d} {s.dos:%m%d%y}  11   {units_str(s.units):>2}  {s.code} {' '.join(s.mods):<12} "
                   f"{money(s.billed, ''):>8} {money(s.allowed, ''):>10} {money(s.deductible, ''):>9} "
                   f"{money(s.coinsurance, ''):>9}  {g}-{r:<4}{money(a, ''):>9} {money(s.paid, ''):>10}")
            doc.t(30, y, row)
            lines.append(tl(doc, s, acnt, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                            adjustments=s.adjs, description=False))
            for g, r, a in s.adjs[1:]:
                y += 10
                doc.t(30, y, " " * 95 + f"{g}-{r:<4}{money(a, ''):>9}")
            y += 12
        pr = total(svcs, "deductible") + total(svcs, "coinsurance")
        left = f"PT RESP {money(pr, ''):>9}    CLAIM TOTALS"
        doc.t(30, y, left.ljust(53) + f"{money(total(svcs, 'billed'), ''):>8} {money(total(svcs, 'allowed'), ''):>10} "
                     f"{money(total(svcs, 'deductible'), ''):>9} {money(total(svcs, 'coinsurance'), ''):>9}  "
                     + " " * 16 + f" {money(total(svcs, 'paid'), ''):>10}", font=("courb", 7.8))
        doc.t(30, y + 10, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
                          f"{'':<30}NET {money(total(svcs, 'paid'), ''):>10}", font=("cour", 7.8))
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), pr)})
        y += 30
    doc.font("cour", 7.8)
    doc.t(30, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES")
    for k, txt in legend:
        y += 10
        doc.t(30, y, f"{k:<8}{txt}")
    doc.save()
    return "reportlab", doc.pno, "Medicare-style standard paper remit (clearinghouse)", lines, claims, legend, []


# ================================================================================================ pm1
def pm1(out):
    doc = Doc(out / "pm1.pdf", "fp", LAND, "ERA Posting Detail")
    F, FB = "lsn", "lsnb"
    lines, claims = [], []
    st = PlanState(ded_left=ZERO)
    data = [
        ("Lowry, Beatrix", "5521-03", "22260106440170", [(0, "97165", 1, ("GO",)), (2, "97530", 2, ("GO",)),
                                                          (2, "97535", 1, ("GO",)), (7, "97530", 2, ("GO",)),
                                                          (7, "97110", 1, ("GO",)), (9, "97530", 2, ("GO",))]),
        ("Hargrove, Ellis", "5534-01", "22260106440188", [(1, "97161", 1, ("GP",)), (1, "97110", 2, ("GP",)),
                                                           (8, "97110", 2, ("GP",)), (8, "97140", 1, ("GP", "59")),
                                                           (15, "97110", 2, ("GP", "CQ"))]),
        ("Vasquez-Bell, Irene", "5540-02", "22260106440192", [(3, "92523", 1, ("GN",)), (10, "92507", 1, ("GN",)),
                                                               (17, "92507", 1, ("GN",)), (24, "92507", 1, ("GN",))]),
        ("Lowry, Beatrix", "5521-04", "22260127551003", [(14, "97530", 2, ("GO",)), (14, "97535", 1, ("GO",)),
                                                          (16, "97530", 2, ("GO",)), (16, "97168", 1, ("GO",))]),
        ("Hargrove, Ellis", "5534-02", "22260128551020", [(22, "97110", 2, ("GP",)), (22, "G0283", 1, ("GP",)),
                                                           (24, "97110", 2, ("GP", "CQ")), (24, "97116", 1, ("GP",))]),
    ]
    cols = [(30, 34), (64, 52), (116, 40), (156, 44), (200, 34), (234, 62), (296, 62), (358, 56), (414, 56),
            (470, 230), (700, 62)]
    heads = ["Line", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Adj Codes", "Paid"]
    right = {4, 5, 6, 7, 8, 10}

    def cells(y, vals, bold=False, h=18, fill=None):
        doc.font(FB if bold else F, 8)
        for i, ((x, w), v) in enumerate(zip(cols, vals)):
            doc.rect(x, y, w, h, fill=fill, lw=0.4)
            if i in right:
                doc.t(x + w - 3, y + 12.5, v, "r")
            else:
                doc.t(x + 3, y + 12.5, v)

    def top():
        doc.page()
        doc.t(30, 34, "Meadowlark Practice Manager  |  ERA Posting Detail", font=(FB, 13))
        doc.font(F, 8.5)
        doc.t(30, 48, "Practice: Fernbrook Therapy Partners   Payer: Cobalt Medicare Administrative Services (Part B)   "
                      "EFT trace 1FZ2260211  Payment date 02/11/2026")
        doc.t(762, 34, f"Page {doc.pno} of {TOT.get('pm1', 1)}", "r", (F, 8.5))
        cells(60, heads, bold=True, fill=0.85)
        return 86

    y = top()
    doc.rect(30, y, 732, 34, fill=0.97, lw=0.4)
    doc.font(FB, 8.5)
    doc.t(38, y + 13, "Payment summary")
    doc.font(F, 8.5)
    doc.t(38, y + 26, "5 claims in this remittance   Provider-level adjustments: none   Posted to ledger 02/12/2026 09:14")
    y += 46
    d0 = D(2026, 1, 6)
    for pat, acct, icn, raw in data:
        svcs = [Svc(d0 + timedelta(days=d), c, u, m, denied="CO" if c == "G0283" else None) for d, c, u, m in raw]
        for s in svcs:
            medicare(s, st, deny_reason="96")
        if y > 520:
            y = top()
        doc.t(30, y + 10, f"Patient: {pat}    Acct: {acct}    Payer Claim #: {icn}    Status: Processed as primary",
              font=(FB, 8.5))
        y += 14
        for n, s in enumerate(svcs, 1):
            if y > 556:
                doc.t(396, 596, "continued on next page", "c", (F, 8))
                y = top()
                doc.t(30, y + 10, f"Patient: {pat}    Acct: {acct}    Payer Claim #: {icn}    (continued)",
                      font=(FB, 8.5))
                y += 14
            adj = "  ".join(f"{g}{r}: {money(a, '')}" for g, r, a in s.adjs)
            cells(y, [str(n), dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), money(s.billed, ","),
                      money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","), adj,
                      money(s.paid, ",")])
            lines.append(tl(doc, s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                            adjustments=s.adjs, description=False))
            y += 18
        cells(y, ["", "", "", "", "Total", money(total(svcs, "billed"), ","), money(total(svcs, "allowed"), ","),
                  money(total(svcs, "deductible"), ","), money(total(svcs, "coinsurance"), ","),
                  "Pt resp " + money(total(svcs, "coinsurance") + total(svcs, "deductible"), ","),
                  money(total(svcs, "paid"), ",")], bold=True, fill=0.95)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
            total(svcs, "coinsurance") + total(svcs, "deductible"))})
        y += 26
    doc.font(F, 8)
    doc.t(30, y, "Adjustment codes: CO45 fee schedule reduction, CO253 federal 2% reduction, PR2 patient coinsurance, "
                 "CO96 not covered (write-off). "
                 "Posted by: jkline  Batch 2026-0211-03")
    doc.save()
    return "fpdf2", doc.pno, "practice-management ERA posting detail (Medicare)", lines, claims, [], []


# ================================================================================================ fs1
def fs1(out):
    doc = Doc(out / "fs1.pdf", "rl", LETTER, "Statement")
    F, FB = "dvs", "dvsb"
    lines, claims = [], []
    guar = "Naomi Castellanos-Reed"
    st = PlanState(ded_left=Decimal("180.00"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-118730", "Lucas Castellanos-Reed", "4471203", [(D(2026, 1, 6), "97165", 1, ("GO",)),
                                                           (D(2026, 1, 6), "97530", 1, ("GO",))]),
        ("V-118912", "Lucas Castellanos-Reed", "4471688", [(D(2026, 1, 13), "97530", 2, ("GO",)),
                                                           (D(2026, 1, 13), "97535", 1, ("GO",))]),
        ("V-118955", "Sofia Castellanos-Reed", "4471702", [(D(2026, 1, 14), "92523", 1, ("GN",))]),
        ("V-119204", "Sofia Castellanos-Reed", "4472190", [(D(2026, 1, 21), "92507", 1, ("GN",)),
                                                           (D(2026, 1, 21), "92526", 1, ("GN",))]),
        ("V-119230", "Mateo Castellanos-Reed", "4472215", [(D(2026, 1, 22), "97161", 1, ("GP",)),
                                                           (D(2026, 1, 22), "97110", 2, ("GP",)),
                                                           (D(2026, 1, 22), "97140", 1, ("GP", "59"))]),
        ("V-119477", "Lucas Castellanos-Reed", "4472731", [(D(2026, 1, 27), "97530", 2, ("GO",)),
                                                           (D(2026, 1, 27), "97112", 1, ("GO",))]),
        ("V-119501", "Mateo Castellanos-Reed", "4472760", [(D(2026, 1, 29), "97110", 2, ("GP",)),
                                                           (D(2026, 1, 29), "97116", 1, ("GP",))]),
        ("V-119620", "Sofia Castellanos-Reed", "4473002", [(D(2026, 2, 2), "92507", 1, ("GN",))]),
    ]
    X0 = 176
    cols = [(X0, "l"), (X0 + 52, "l"), (X0 + 212, "r"), (X0 + 262, "r"), (X0 + 316, "r"), (X0 + 388, "r")]
    heads = ["Date", "Service", "Charge", "Ins Paid", "Adjustment", "You Owe"]
    due = ZERO
    allv = []
    for v, pat, clm, raw in visits:
        svcs = [Svc(d, c, u, m) for d, c, u, m in raw]
        for s in svcs:
            commercial(s, st)
            due += s.owes
        allv.append((v, pat, clm, svcs))

    def top(first):
        doc.page()
        doc.rect(30, 30, 132, 732, fill=0.93, lw=0)
        doc.font(FB, 10)
        doc.t(38, 52, "Little Harbor")
        doc.t(38, 65, "Therapy Center")
        doc.font(F, 7.5)
        for i, txt in enumerate(("220 Wharf Street, Suite 4", "Port Ansel, ME 04101", "Billing: 207-555-0173",
                                 "Mon-Thu 8:30-4:30")):
            doc.t(38, 82 + 11 * i, txt)
        doc.t(38, 150, "Amount Due", font=(FB, 9))
        doc.t(38, 166, money(due), font=(FB, 14))
        doc.t(38, 186, "Please pay by 03/05/2026", font=(F, 7.5))
        doc.t(38, 206, "Guarantor account", font=(FB, 8))
        doc.t(38, 218, "G-20417", font=(F, 8))
        doc.t(38, 240, "Pay online at", font=(F, 7.5))
        doc.t(38, 251, "pay.littleharbor.example")
        doc.t(38, 740, f"Page {doc.pno}", font=(F, 7.5))
        doc.t(X0, 52, "STATEMENT", font=(FB, 16))
        doc.t(582, 52, "Statement date 02/12/2026", "r", (F, 8.5))
        if first:
            doc.font(F, 9)
            doc.t(X0, 80, guar)
            doc.t(X0, 92, "31 Pilot Hill Road")
            doc.t(X0, 104, "Cape Wyeth, ME 04107")
            doc.t(X0, 128, "Patients on this account: Lucas, Sofia and Mateo Castellanos-Reed", font=(F, 8))
            y = 150
        else:
            doc.t(X0, 72, f"{guar} - account G-20417 (continued)", font=(F, 8.5))
            y = 92
        doc.font(FB, 8)
        for (x, a), h in zip(cols, heads):
            doc.t(x, y, h, a)
        doc.hl(X0, 582, y + 4, 0.8)
        return y + 18

    y = top(True)
    for v, pat, clm, svcs in allv:
        if y + 22 * len(svcs) + 34 > 730:
            y = top(False)
        doc.t(X0, y, f"{pat}  -  Visit {v}  -  billed to Pinecrest Health, claim {clm}", font=(FB, 8))
        y += 13
        doc.font(F, 8)
        for s in svcs:
            adj = s.billed - s.paid - s.owes
            doc.t(cols[1][0], y + 9, s.desc, font=(F, 6.5))
            doc.font(F, 8)
            vals = [dfmt(s.dos, "mdyn"), f"{s.code} {' '.join(s.mods)}", money(s.billed, ","),
                    money(s.paid, ","), money(adj, ","), money(s.owes, ",")]
            for (x, a), val in zip(cols, vals):
                doc.t(x, y, val, a)
            lines.append(tl(doc, s, v, clm, pat, ("billed", "paid", "patient_owes"), units=False))
            y += 22
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        doc.font(FB, 8)
        doc.t(X0 + 52, y, "Visit balance")
        doc.t(cols[2][0], y, money(tb, ","), "r")
        doc.t(cols[3][0], y, money(tp, ","), "r")
        doc.t(cols[5][0], y, money(to, ","), "r")
        claims.append({"claim_id": v, "payer_claim_id": clm.replace("PHC ", ""), "patient": pat,
                       "totals": claim_totals(tb, None, tp, to)})
        y += 20
    doc.font(F, 8)
    doc.t(X0, y, "Payment received 01/30/2026 - thank you", font=(F, 8))
    doc.t(cols[5][0], y, "(25.00)", "r")
    doc.hl(X0, 582, y + 6, 0.8)
    doc.t(X0, y + 20, "Account balance due", font=(FB, 9))
    doc.t(cols[5][0], y + 20, money(due - Decimal("25.00")), "r")
    doc.font(F, 7.5)
    doc.t(X0, y + 44, "Insurance has processed every visit shown. Amounts in parentheses are credits to your account.")
    doc.save()
    # sidebar shows the total patient share before the payment (as printed)
    return "reportlab", doc.pno, "therapy clinic family statement, sidebar", lines, claims, [], []


# ================================================================================================ fs2
def fs2(out):
    doc = Doc(out / "fs2.pdf", "fp", LETTER, "Guarantor Statement")
    F, FB = "lser", "lserb"
    lines, claims = [], []
    REV = {"GO": "0434", "GP": "0424", "GN": "0444"}
    accts = [
        ("700184452", "Wren Tallis-Moreau", "Outpatient Rehabilitation - Occupational Therapy", "MCD 2026011480072",
         [(D(2026, 1, 8) + timedelta(days=d), c, u, m) for d, c, u, m in (
             (0, "97166", 1, ("GO",)), (0, "97530", 2, ("GO",)), (2, "97530", 2, ("GO",)), (2, "97535", 1, ("GO",)),
             (7, "97530", 2, ("GO",)), (7, "97112", 1, ("GO",)), (9, "97530", 2, ("GO",)), (9, "97535", 1, ("GO",)),
             (14, "97530", 2, ("GO",)), (14, "97110", 1, ("GO",)), (16, "97530", 2, ("GO",)),
             (16, "97535", 1, ("GO",)), (21, "97530", 2, ("GO",)), (21, "97112", 1, ("GO",)),
             (23, "97530", 2, ("GO",)), (23, "97168", 1, ("GO",)))]),
        ("700190318", "Jasper Tallis-Moreau", "Outpatient Rehabilitation - Speech Therapy", "MCD 2026012280410",
         [(D(2026, 1, 15) + timedelta(days=d), c, u, m) for d, c, u, m in (
             (0, "92523", 1, ("GN",)), (7, "92507", 1, ("GN",)), (14, "92507", 1, ("GN",)))]),
        ("700193307", "Tobias Tallis-Moreau", "Outpatient Rehabilitation - Physical Therapy", "MCD 2026012680215",
         [(D(2026, 1, 19) + timedelta(days=d), c, u, m) for d, c, u, m in (
             (0, "97161", 1, ("GP",)), (0, "97110", 2, ("GP",)), (3, "97110", 2, ("GP",)), (3, "97116", 1, ("GP",)),
             (7, "97110", 2, ("GP",)), (7, "97140", 1, ("GP", "59")), (10, "97110", 2, ("GP",)),
             (10, "97116", 1, ("GP",)))]),
    ]
    cols = [(48, "l"), (112, "l"), (150, "l"), (218, "l"), (480, "r"), (564, "r")]
    heads = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]

    def top(first):
        doc.page()
        doc.t(48, 46, "St. Aldwyn Community Hospital", font=(FB, 16))
        doc.t(48, 60, "Patient Financial Services  |  88 Beacon Terrace, Millbrook, VT 05301  |  802-555-0129",
              font=(F, 8.5))
        doc.t(564, 46, "GUARANTOR STATEMENT", "r", (FB, 10))
        doc.t(564, 60, f"Page {doc.pno}", "r", (F, 8.5))
        doc.hl(48, 564, 68, 1)
        if first:
            doc.font(F, 9.5)
            doc.t(48, 88, "Guarantor: Celeste Tallis-Moreau")
            doc.t(48, 101, "16 Cobble Lane, Millbrook, VT 05301")
            doc.t(48, 114, "Guarantor no. 3300917")
            doc.t(48, 127, "Statement date 02/13/2026")
            doc.t(48, 140, "Primary coverage: Green Mountain Kids Medicaid")
            doc.rect(312, 76, 252, 74, lw=0.6)
            doc.t(320, 90, "Summary of your accounts", font=(FB, 9.5))
            doc.font(F, 8.5)
            for i, (a, p_, sl, _icn, _r) in enumerate(accts):
                doc.t(320, 104 + 12 * i, f"{a}   {p_}")
                doc.t(556, 104 + 12 * i, "0.00", "r")
            doc.t(320, 144, "Amount due now: $0.00", font=(FB, 8.5))
            return 176
        return 88

    def header(y):
        doc.font(FB, 8.5)
        for (x, a), h in zip(cols, heads):
            doc.t(x, y, h, a)
        doc.hl(48, 564, y + 4, 0.5)
        return y + 16

    y = top(True)
    grand = ZERO
    for acct, pat, svc_line, icn, raw in accts:
        svcs = [Svc(d, c, u, m) for d, c, u, m in raw]
        for s in svcs:
            medicaid(s)
        tb, tp = total(svcs, "billed"), total(svcs, "paid")
        if y > 660:
            doc.t(306, 770, "Statement continues on the next page", "c", (F, 8))
            y = top(False)
        doc.rect(48, y - 11, 516, 30, fill=0.9, lw=0.3)
        doc.t(54, y, f"Account {acct}   Patient: {pat}", font=(FB, 9.5))
        doc.t(54, y + 12, f"{svc_line}   Dates {dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}",
              font=(F, 8.5))
        y = header(y + 32)
        doc.font(F, 8.5)
        for s in svcs:
            if y > 730:
                doc.t(306, 770, "Statement continues on the next page", "c", (F, 8))
                y = top(False)
                doc.font(F, 8.5)
            vals = [dfmt(s.dos, "mdy4"), REV[s.mods[0]], " ".join((s.code,) + s.mods), s.desc, units_str(s.units),
                    money(s.billed, ",")]
            for (x, a), val in zip(cols, vals):
                doc.t(x, y, val, a)
            lines.append(tl(doc, s, acct, icn.replace("MCD ", ""), pat, ("billed",)))
            y += 13
        doc.hl(48, 564, y - 8, 0.3)
        doc.font(FB, 8.5)
        doc.t(218, y + 2, "Total charges")
        doc.t(564, y + 2, money(tb, ","), "r")
        doc.font(F, 8.5)
        doc.t(218, y + 15, f"Medicaid payment 02/03/2026  ICN {icn.replace('MCD ', '')}")
        doc.t(564, y + 15, money(-tp, ",", "()"), "r")
        doc.t(218, y + 28, "Contractual adjustment - Medicaid")
        doc.t(564, y + 28, money(-(tb - tp), ",", "()"), "r")
        doc.t(218, y + 41, "Account balance", font=(FB, 8.5))
        doc.t(564, y + 41, "0.00", "r")
        claims.append({"claim_id": acct, "payer_claim_id": icn.replace("MCD ", ""), "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
        grand += tb
        y += 66
    doc.t(48, y, "Total amount due from guarantor: $0.00", font=(FB, 10))
    doc.t(48, y + 16, "This statement is for your records. Medicaid members may not be billed for covered services.",
          font=(F, 8.5))
    doc.save()
    return "fpdf2", doc.pno, "hospital guarantor statement", lines, claims, [], []


# ================================================================================================ main
LAYOUTS = [cm1, cm2, msn1, ma1, md1, md2, sp1, pm1, fs1, fs2]


def dates_for(d: date) -> list[str]:
    out = [dfmt(d, s) for s in ("mdy2", "mdy4", "mon", "month", "mdyn", "iso", "dmy")]
    return out + [d.strftime("%m%d%y")]


def check(out: Path) -> list[str]:
    errs: list[str] = []
    spanning = 0
    for fn in LAYOUTS:
        name = fn.__name__
        pdf = out / f"{name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = page_rows(pdf)
        import pdfplumber
        with pdfplumber.open(pdf) as p:
            prod = str(p.metadata.get("Producer", "")).lower() + str(p.metadata.get("Creator", "")).lower()
        if tr["producer"].lower().split("2")[0][:6] not in prod:
            errs.append(f"{name}: producer {tr['producer']} not in metadata {prod!r}")
        if len(pages) != tr["pages"]:
            errs.append(f"{name}: pages {len(pages)} != truth {tr['pages']}")
        doc_text = "\n".join(p[0] for p in pages)
        for i, ln in enumerate(tr["lines"]):
            tag = f"{name} line {i} ({ln['code']} {ln['service_date']})"
            ptext, rows = pages[ln["page"] - 1]
            want_amts = [Decimal(ln[k]) for k in ALL_AMTS if ln[k] is not None]
            ok = False
            for r in rows:
                if ln["code"] and ln["code"] not in r:
                    continue
                toks = r.replace(",", " ").replace("-", " ").split() + r.split()
                if any(m not in toks and m not in r.split(",") for m in ln["modifiers"]):
                    if not all(m in r for m in ln["modifiers"]):
                        continue
                nums = numbers(r)
                if ln["units"] is not None and Decimal(ln["units"]) not in nums:
                    continue
                if any(a not in nums for a in want_amts):
                    continue
                ok = True
                break
            if not ok:
                errs.append(f"{tag}: no single row of page {ln['page']} holds code/mods/units/amounts")
            if not any(x in ptext for x in dates_for(date.fromisoformat(ln["service_date"]))):
                errs.append(f"{tag}: date not on page")
            for rm in ln["remarks"]:
                if rm not in ptext:
                    errs.append(f"{tag}: remark {rm} not on page")
            pnums = numbers(ptext)
            for g, rc, a in ln["adjustments"]:
                if g not in ptext or rc not in ptext or Decimal(a) not in pnums:
                    errs.append(f"{tag}: adjustment {g} {rc} {a} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doc_text:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            if ln["description"] and ln["description"][:12] not in doc_text:
                errs.append(f"{tag}: description not in document")
            # arithmetic
            if ln["adjustments"] and ln["billed"] and ln["paid"]:
                if Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"]) != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid")
            if ln["allowed"] and ln["paid"] and ln["coinsurance"] is not None:
                seq = sum((Decimal(a) for g, r, a in ln["adjustments"] if r == "253"), Decimal(0))
                parts = sum(Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance"))
                if Decimal(ln["allowed"]) - parts - seq != Decimal(ln["paid"]):
                    errs.append(f"{tag}: allowed - shares != paid")
            if ln["billed"] and ln["allowed"] and ln["discount"] is not None and ln["not_covered"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != Decimal(ln["allowed"]):
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
        planted = " ".join(str(f) for f in tr["expected_findings"])
        for c in tr["claims"]:
            key = (c["claim_id"], c["payer_claim_id"], c["patient"])
            mine = [x for x in tr["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) == key]
            if not mine:
                errs.append(f"{name}: claim {key} has no lines")
                continue
            if len({x["page"] for x in mine}) > 1:
                spanning += 1
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if any(x[k] is None for x in mine):  # total printed, lines do not print it: only check it is printed
                    s = Decimal(v)
                else:
                    s = sum(Decimal(x[k]) for x in mine)
                if (s != Decimal(v)) != (str(c["payer_claim_id"]) in planted and k in planted):
                    errs.append(f"{name}: claim {key} total {k} {v} vs lines {s}")
                if Decimal(v) not in numbers(doc_text):
                    errs.append(f"{name}: claim {key} total {k} {v} not printed")
        tr["_span"] = len([c for c in tr["claims"] if len({x["page"] for x in tr["lines"]
                                                              if x["claim_id"] == c["claim_id"]
                                                              and x["payer_claim_id"] == c["payer_claim_id"]}) > 1])
        print(f"  {name}: {tr['producer']:<9} pages {tr['pages']}  lines {len(tr['lines']):3d}  claims "
              f"{len(tr['claims'])}  patients {len({x['patient'] for x in tr['lines']})}  spanning claims {tr['_span']}")
        spanning_files = tr["_span"] > 0
        if spanning_files:
            CHECK_SPAN.append(name)
    if len(CHECK_SPAN) < 3:
        errs.append(f"only {len(CHECK_SPAN)} files have a claim continued onto the next page")
    return errs


CHECK_SPAN: list[str] = []
TOT: dict[str, int] = {}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print(__doc__.splitlines()[2])
        return 2
    out = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        for _ in range(2):  # second pass knows the page count for "Page n of N"
            producer, pages, desc, lines, claims, legend, findings = fn(out)
            if TOT.get(fn.__name__) == pages:
                break
            TOT[fn.__name__] = pages
        write_truth(out / f"{fn.__name__}.pdf", fn.__name__, producer, pages, desc, lines, claims, legend, findings)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("FAIL", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
