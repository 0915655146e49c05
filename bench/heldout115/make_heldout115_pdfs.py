"""Write the 115th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on house styles nobody developing it has seen.

Run:  python bench/heldout115/make_heldout115_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout115/make_heldout115_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed
values only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / invoice / visit number, payer_claim_id = the payer's claim number /
ICN / TCN / reference, patient exactly as printed (the person who got the service, not the guarantor or
subscriber). Adjustments are recorded only where group, reason and amount are printed for the line. Every
name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Drawing kit: h115kit.py.

Layouts (two of each of the five commonest kinds, in house styles unlike earlier sets):
  e1  commercial PPO member EOB "Claims Processed Since Your Last Statement", portrait Liberation Sans Narrow
      (reportlab): subscriber + 3 dependants, claim heading "Patient / Claim No. / Your Provider / Patient
      Acct", columns "Date(s) / Service Code / Charged / Not Covered / Savings / Eligible / Deductible / Copay /
      Coinsurance / Paid by Plan / Your Cost / Remark", codes "97530-GO", no units, a PR denial, claim
      continues on page 2 with the column header repeated and "(continued)"; remark legend
  e2  commercial HMO member EOB "Benefit Detail", landscape DejaVu Serif Condensed (fpdf2): left column
      sidebar with member summary on page 1, per-patient bands, "Svc Date / Proc / Mod / Qty / Description
      (wraps) / Billed / Plan Allowed / Member Share / Plan Paid / Codes", per-visit copay, a zero-pay
      non-covered line, PLANTED claim-total mismatch on one claim
  m1  Medicare Summary Notice Part B, portrait Liberation Serif (fpdf2): page-1 "Your Deductible Status",
      claims headed by provider and "Claim number", rows "4 Therapeutic exercises (97110-GP)" with quantity in
      front, "Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be
      Billed / See Notes", notes letters, no provider account printed; a denied line
  m2  Medicare Advantage PPO member EOB, landscape core Helvetica (reportlab): boxed claim heads
      "Claim # / Provider Ref #", "From-To Date / Svc Code / Units / Provider's Charge / Plan-Approved / Plan
      Paid / Your Share / Note", date ranges "01/05/26-01/09/26", table runs to page 2 without a repeated
      header
  d1  state Medicaid remittance advice, landscape core Courier (reportlab): all capitals, "PAID CLAIMS" /
      "DENIED CLAIMS" / "ADJUSTED CLAIMS" sections, "RECIPIENT NAME / RECIP ID / ICN / PAT ACCT NO",
      "LN FROM-DOS THRU-DOS PROC MODS QTY BILLED-AMT ALLOWED-AMT PAID-AMT EOB", reversal printed with
      trailing minus; header repeated on continuation pages
  d2  Medicaid managed-care remittance "Provider Payment Register", portrait DejaVu Sans Mono (fpdf2), ruled:
      "TCN / Member / Member ID / Pt Control No", lines with CARC group-code "CO45" and amount in row, denied
      claim with zero paid, claim subtotal "CLM TOT"
  p1  clearinghouse print of a Medicare-style standard paper remittance, portrait Liberation Mono (fpdf2):
      "NAME / MID / ACNT / ICN / ASG / MOA", "REND-PROV SERV-DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT
      COINS GRP/RC-AMT PROV-PD", first adjustment in row, further ones stacked under it, "CLAIM TOTALS" row,
      continues to page 2
  p2  practice-management "EOB Posting Worksheet", landscape DejaVu Sans Condensed (reportlab): patient
      "LAST, FIRST" heads with "Acct:" and "Payer Clm:", "DOS / CPT / Mods / Qty / Charge / Allowed / Ded /
      Coins / Seq / Paid / Adj Codes" with codes "CO-45:32.15 PR-2:6.51" in one cell; two payers
  s1  outpatient therapy clinic family statement, portrait DejaVu Sans (reportlab): guarantor address block,
      right "Account Summary" box, visit rows "Date / Patient / Invoice / Code / Description / Charges /
      Ins. Paid / Ins. Adj. / Your Portion", insurer claim # printed under each visit's first row; 3 children
  s2  hospital outpatient-rehab household statement, portrait core Times (fpdf2): per-account blocks "Account
      Number / Patient / Admit Date / Insurance Claim Ref", itemized "Date / Rev / CPT-HCPCS / Qty / Item /
      Amount", insurance payments as account-level (non-service) rows, "Account Balance"

The self-check (--check) tests the factory, never the reader: page counts, each truth line's printed row
found on ONE extracted text line of its page (pdfplumber) carrying its code, modifiers, units, amounts and
remark codes; adjustments, claim ids and patients in the page/document text; billed - adjustments = paid
where every adjustment is printed; claim totals printed and equal to the sum of lines except the planted
mismatch, which really is one.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from h115kit import REPO, Col, Flow, Surface, check  # noqa: E402
from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, total, truth_line, units_str, write_truth)

TOT = [1]  # page total of the document being drawn (found by a first drawing pass)
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date
ALL_AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
            "discount")


def cm(s: Svc) -> str:
    return "-".join((s.code,) + s.mods)


# =============================================================================================== e1
def e1(out: Path):
    name = "e1_ppo_member_eob.pdf"
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    fam = [
        ("Harriet Okonkwo-Vale", "KVT-300871", "BCP26011400931", "Lakeshore Hand & Upper Limb Therapy", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 8), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97110", 2, ("GO",)), Svc(D(2026, 1, 13), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 15), "L3807", 1, ("RT",)), Svc(D(2026, 1, 15), "97535", 1, ("GO",)),
        ]),
        ("Desmond Vale", "55-20193", "BCP26011400958", "North Fork Speech & Language Group", [
            Svc(D(2026, 1, 7), "92523", 1, ()), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
        ]),
        ("Imani Vale", "P0044712", "BCP26012000214", "Orchard Pediatric Therapy Center", [
            Svc(D(2026, 1, 9), "97165", 1, ("GO",)), Svc(D(2026, 1, 9), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 16), "97530", 3, ("GO",)), Svc(D(2026, 1, 16), "0552T", 1, (), denied="PR"),
        ]),
        ("Theo Vale", "P0044790", "BCP26012000301", "Orchard Pediatric Therapy Center", [
            Svc(D(2026, 1, 23), "97161", 1, ("GP",)), Svc(D(2026, 1, 23), "97110", 2, ("GP",)),
        ]),
        ("Marcus Vale", "KVT-301455", "BCP26012600077", "Lakeshore Hand & Upper Limb Therapy", [
            Svc(D(2026, 1, 5 + k), c, u, md) for k, (c, u, md) in enumerate([
                ("97167", 1, ("GO",)), ("97140", 2, ("GO", "59")), ("97530", 2, ("GO",)), ("97110", 2, ("GO",)),
                ("97530", 3, ("GO",)), ("97112", 1, ("GO",)), ("97535", 2, ("GO",)), ("97530", 2, ("GO",)),
                ("97110", 3, ("GO",)), ("97140", 1, ("GO",)), ("97760", 1, ("GO",)), ("97530", 2, ("GO",)),
                ("97168", 1, ("GO",)), ("97110", 2, ("GO",))])
        ]),
    ]
    for _, _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st)
    legend = [("R10", "Your network provider agreed to this rate; the savings are not billed to you."),
              ("R22", "Part or all of this amount counts toward your calendar-year deductible."),
              ("R35", "This item is excluded from your benefit plan. You are responsible for the charge.")]
    for _, _, _, _, svcs in fam:
        for s in svcs:
            s.remarks = ["R35"] if s.denied else (["R10", "R22"] if s.deductible else ["R10"])
    sf = Surface("reportlab", out / name, *LETTER)
    F, FB = "LiberationSansNarrow", "LiberationSansNarrow-B"

    def furniture(sf, page):
        sf.text(36, 30, "CEDARLINE HEALTH PLANS", FB, 15)
        sf.text(36, 48, "PO Box 44180  Rockport, ME 04856-4180   |   Member line 1-800-555-0143", F, 8)
        sf.text(576, 30, "EXPLANATION OF BENEFITS", FB, 11, "r")
        sf.text(576, 44, "THIS IS NOT A BILL", F, 9, "r")
        sf.hline(36, 576, 60, 1.2)
        sf.text(36, 756, "Cedarline Health Plans  ·  Statement date 02/03/2026  ·  Subscriber ID CDL884015220",
                F, 7)
        sf.text(576, 756, f"Page {page} of {TOT[0]}", F, 7, "r")
        if page == 1:
            sf.text(36, 70, "Subscriber: Harriet Okonkwo-Vale", F, 9)
            sf.text(36, 82, "Group: Brightwater Municipal Employees (G-70215)", F, 9)
            sf.text(36, 94, "Coverage: PPO Choice 1500, family", F, 9)
            sf.rect(330, 68, 246, 40)
            sf.text(336, 72, "Family deductible met to date: $1,380.00 of $3,000.00", F, 8)
            sf.text(336, 84, "Family out-of-pocket met to date: $1,912.40 of $6,000.00", F, 8)
            sf.text(336, 96, "Claims on this statement: 4", F, 8)
            sf.text(36, 118, "Claims Processed Since Your Last Statement", FB, 12)
            return 138
        return 72

    cols = [Col("Date(s)", 44), Col("Service\nCode", 58), Col("Charged", 42, "r"), Col("Not\nCovered", 40, "r"),
            Col("Savings", 40, "r"), Col("Eligible", 42, "r"), Col("Deduct-\nible", 40, "r"), Col("Copay", 32, "r"),
            Col("Coins-\nurance", 40, "r"), Col("Paid by\nPlan", 44, "r"), Col("Your\nCost", 42, "r"),
            Col("Remark", 56)]
    fl = Flow(sf, furniture, 730, 36, cols, F, 8, 11.5, head_font=FB, header_fill=0.9)
    lines, claims = [], []
    cur = {}

    def cont(fl):
        fl.line(f"Patient: {cur['pt']}   Claim No. {cur['pcn']}  (continued)", FB, 9)
    fl.on_break = cont
    m = lambda d: money(d, ",")  # noqa: E731
    for pt, acct, pcn, prov, svcs in fam:
        cur.update(pt=pt, pcn=pcn)
        fl.need(60, header_again=False)
        fl.line(f"Patient: {pt}      Claim No. {pcn}", FB, 9, gap=6)
        fl.line(f"Your Provider: {prov}      Patient Acct: {acct}      Received 01/27/2026   Processed 02/02/2026",
                F, 8)
        fl.header()
        for s in svcs:
            idx = len(lines)
            lines.append(truth_line(sf.page, s, claim_id=acct, payer_claim_id=pcn, patient=pt, units=False,
                                    printed=ALL_AMTS, remarks=s.remarks))
            fl.row([dfmt(s.dos, "mdy2"), cm(s), m(s.billed), m(s.not_covered), m(s.discount), m(s.allowed),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(s.remarks)], idx)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        fl.row(["Claim Total", "", m(tb), m(total(svcs, "not_covered")), m(total(svcs, "discount")), m(ta),
                m(total(svcs, "deductible")), m(total(svcs, "copay")), m(total(svcs, "coinsurance")), m(tp), m(to),
                ""], font=FB)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pt,
                       "totals": claim_totals(tb, ta, tp, to)})
    fl.line("Remark codes", FB, 9, gap=8)
    for c, t in legend:
        fl.line(f"{c}  {t}", F, 8)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "e1_ppo_member_eob", "reportlab", pages,
                "Commercial PPO member EOB, portrait, family of four, claim heads above a shaded column header, "
                "no units printed, claim continues on page 2", lines, claims, legend)
    return name, fl.rows


# =============================================================================================== e2
def e2(out: Path):
    name = "e2_hmo_benefit_detail.pdf"
    fam = [
        ("Rosalind Achterberg", "Self", "HV-2026-0117-4481", "ENC882101", "Westgate Rehabilitation Partners", [
            Svc(D(2026, 1, 12), "97163", 1, ("GP",)), Svc(D(2026, 1, 12), "97140", 2, ("GP", "59")),
            Svc(D(2026, 1, 14), "97110", 3, ("GP",)), Svc(D(2026, 1, 14), "97112", 1, ("GP", "KX")),
            Svc(D(2026, 1, 19), "97116", 2, ("GP",)), Svc(D(2026, 1, 19), "G0283", 1, ("GP",)),
        ]),
        ("Pieter Achterberg", "Spouse", "HV-2026-0121-0930", "ENC882377", "Westgate Rehabilitation Partners", [
            Svc(D(2026, 1, 13), "97161", 1, ("GP",)), Svc(D(2026, 1, 13), "97530", 2, ("GP",)),
            Svc(D(2026, 1, 20), "0552T", 1, ("GP",), denied="CO"),
        ]),
        ("Noor Achterberg", "Child", "HV-2026-0124-2206", "CLN-55810", "Little Sprouts Feeding & OT Clinic", [
            Svc(D(2026, 1, 15), "97166", 1, ("GO",)), Svc(D(2026, 1, 15), "92526", 1, ()),
            Svc(D(2026, 1, 22), "97530", 2, ("GO",)), Svc(D(2026, 1, 22), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 29), "97530", 2, ("GO",)),
        ]),
    ]
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    for _, _, _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.desc = LONG_DESC.get(s.code, s.desc)
            s.remarks = ["NX"] if s.denied else (["CP"] if s.copay else ["IN"])
    legend = [("IN", "In-network rate applied."), ("CP", "Office copay for this visit date."),
              ("NX", "Not a covered benefit under your HMO plan; network provider may not bill you.")]
    sf = Surface("fpdf2", out / name, *LAND)
    F, FB = "DejaVuSerifCondensed", "DejaVuSerifCondensed-B"
    SIDE = 170

    def furniture(sf, page):
        sf.text(30, 24, "Harbor Valley Health Network  —  HMO Select", FB, 14)
        sf.text(30, 42, "Benefit Detail for services processed January 10 – February 1, 2026", F, 9)
        sf.text(762, 24, "Not a bill", FB, 10, "r")
        sf.text(762, 40, f"Page {page} of {TOT[0]}", F, 8, "r")
        sf.hline(30, 762, 56, 1)
        sf.text(30, 590, "Questions? Call Member Care 1-866-555-0172 (TTY 711).  Harbor Valley Health Network, "
                "1200 Quay Street, Portland, OR 97209", F, 7)
        if page == 1:
            sf.rect(30, 66, SIDE - 14, 200)
            y = 72
            for s in ("Member summary", "", "Subscriber", "Rosalind Achterberg", "Member ID HVN-77310284",
                      "Group 48120  Plan HMO-S25", "", "This period", "Claims processed: 3",
                      "Deductible: none on HMO", "Copays applied: $75.00", "", "Mail to:", "R. Achterberg",
                      "88 Ferncliff Rd", "Beaverton OR 97005"):
                sf.text(36, y, s, FB if s in ("Member summary", "This period", "Subscriber") else F, 8)
                y += 12
        return 66

    cols = [Col("Svc Date", 50), Col("Proc", 36), Col("Mod", 40), Col("Qty", 24, "r"),
            Col("Description", 150, wrap=36), Col("Billed", 52, "r"), Col("Plan\nAllowed", 52, "r"),
            Col("Member\nShare", 50, "r"), Col("Plan Paid", 52, "r"), Col("Codes", 40)]
    fl = Flow(sf, furniture, 575, 30 + SIDE, cols, F, 8, 11, head_font=FB, ruled=True)
    lines, claims, findings = [], [], []
    cur = {}

    def brk(fl):
        fl.x0 = 30
        fl.line(f"{cur['pt']} — claim {cur['pcn']} continued from previous page", FB, 9)
    fl.on_break = brk
    m = lambda d: money(d, "$")  # noqa: E731
    for pt, rel, pcn, acct, prov, svcs in fam:
        cur.update(pt=pt, pcn=pcn)
        fl.need(70, header_again=False)
        sf.rect(fl.x0, fl.y + 4, fl.width, 28, fill=0.93)
        fl.line(f"{pt} ({rel})    Claim Number: {pcn}", FB, 9, x=fl.x0 + 4, gap=6)
        fl.line(f"Provider: {prov}    Provider's Patient No.: {acct}", F, 8, x=fl.x0 + 4)
        fl.y += 4
        fl.header()
        for s in svcs:
            idx = len(lines)
            lines.append(truth_line(0, s, claim_id=acct, payer_claim_id=pcn, patient=pt,
                                    printed=("billed", "allowed", "patient_owes", "paid"), remarks=s.remarks))
            fl.row([dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), s.desc, m(s.billed),
                    m(s.allowed), m(s.owes), m(s.paid), ",".join(s.remarks)], idx)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        pto = to
        if pcn == "HV-2026-0124-2206":
            pto = to + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {pcn}: printed Member Share total {pto} but the lines "
                            f"add up to {to}")
        fl.row(["Totals", "", "", "", "", m(tb), m(ta), m(pto), m(tp), ""], font=FB)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pt,
                       "totals": claim_totals(tb, ta, tp, pto)})
    fl.line("Codes used above", FB, 9, gap=8)
    for c, t in legend:
        fl.line(f"{c} = {t}", F, 8)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "e2_hmo_benefit_detail", "fpdf2", pages,
                "Commercial HMO member EOB, landscape, sidebar on page 1, shaded claim bands per family member, "
                "wrapped descriptions, per-visit copay, planted member-share total mismatch", lines, claims, legend,
                findings)
    return name, fl.rows


# =============================================================================================== m1
def m1(out: Path):
    name = "m1_msn_part_b.pdf"
    pt = "GLORIA M TREMBLAY"
    st = PlanState(ded_left=Decimal("57.00"))
    visits = [
        ("Riverbend Outpatient Therapy, 410 Mill Race Dr, Dover, DE 19901", "22-2601-12-844-310", [
            Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97140", 2, ("GP", "59")), Svc(D(2026, 1, 7), "97110", 3, ("GP", "CQ")),
            Svc(D(2026, 1, 9), "97530", 2, ("GP",)), Svc(D(2026, 1, 9), "0552T", 1, ("GP",), denied="PR"),
        ]),
        ("Coastal Speech Associates, 19 Harbor View Ln, Lewes, DE 19958", "22-2601-19-102-577", [
            Svc(D(2026, 1, 14), "92523", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 28), "92507", 1, ("GN",)),
        ]),
        ("Kent Family Medicine, 7 Loockerman Plz, Dover, DE 19901", "22-2601-30-655-041", [
            Svc(D(2026, 1, 26), "99213", 1, ()), Svc(D(2026, 1, 26), "G0283", 1, ()),
        ]),
    ]
    for _, _, svcs in visits:
        for s in svcs:
            medicare(s, st, sequestration=False)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    legend = [("A", "The amount Medicare approved is what the provider may collect under the payment rules."),
              ("B", "This amount goes toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item. You may be billed because you signed a notice.")]
    sf = Surface("fpdf2", out / name, *LETTER)
    F, FB = "LiberationSerif", "LiberationSerif-B"

    def furniture(sf, page):
        sf.text(40, 28, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 14)
        sf.text(40, 48, f"{pt}  ·  Notice date February 4, 2026  ·  Medicare number ending in 7K42", F, 9)
        sf.text(572, 770, f"Page {page} of {TOT[0]}", F, 8, "r")
        sf.text(40, 770, "This is not a bill. Keep it for your records.", F, 8)
        sf.hline(40, 572, 62, 1)
        if page == 1:
            sf.rect(40, 72, 250, 90)
            sf.text(48, 78, "Your Deductible Status", FB, 11)
            sf.text(48, 96, "Your deductible is what you must pay for", F, 9)
            sf.text(48, 108, "most health services before Medicare pays.", F, 9)
            sf.text(48, 126, "You have now met $257.00 of your $257.00", F, 9)
            sf.text(48, 138, "Part B deductible for 2026.", F, 9)
            sf.rect(310, 72, 262, 90)
            sf.text(318, 78, "Your Claims & Costs This Period", FB, 11)
            sf.text(318, 96, "Did Medicare approve all services? NO", F, 9)
            sf.text(318, 110, "Number of services Medicare denied: 1", F, 9)
            sf.text(318, 124, "Providers with claims this period: 3", F, 9)
            sf.text(318, 138, "Claims dated Jan 5 – Jan 28, 2026", F, 9)
            sf.text(40, 176, "How to read this notice: your claims are listed by provider on the pages that follow.",
                    F, 9)
            sf.text(40, 190, "If you see services you did not receive, call 1-800-555-0190.", F, 9)
            return 720  # force claims onto page 2
        sf.text(40, 70, "Your Claims for Part B (Medical Insurance)", FB, 12)
        return 90

    cols = [Col("Service Provided & Billing Code", 246, wrap=54), Col("Amount\nProvider\nCharged", 64, "r"),
            Col("Medicare-\nApproved\nAmount", 62, "r"), Col("Amount\nMedicare\nPaid", 60, "r"),
            Col("Maximum\nYou May Be\nBilled", 62, "r"), Col("See\nNotes", 38, "c")]
    fl = Flow(sf, furniture, 740, 40, cols, F, 9, 12, head_font=FB, repeat_header=False)
    fl.need(800, header_again=False)  # page 1 is the summary page
    lines, claims = [], []
    m = lambda d: money(d, "$")  # noqa: E731
    for prov, icn, svcs in visits:
        fl.need(90, header_again=False)
        fl.line(prov, FB, 10, gap=8)
        fl.line(f"Claim number {icn}   ·   Received on {dfmt(svcs[0].dos.replace(day=min(28, svcs[-1].dos.day + 3)), 'month')}",
                F, 9)
        fl.line("Assigned: Yes", F, 9)
        fl.header()
        last = None
        for s in svcs:
            if s.dos != last:
                fl.line(dfmt(s.dos, "month"), FB, 9, gap=2)
                last = s.dos
            idx = len(lines)
            lines.append(truth_line(0, s, claim_id=None, payer_claim_id=icn, patient=pt,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            fl.row([f"{units_str(s.units)} {s.desc} ({cm(s)})", m(s.billed), m(s.allowed), m(s.paid), m(s.owes),
                    ", ".join(s.remarks)], idx)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        fl.row(["Total for this claim", m(tb), m(ta), m(tp), m(to), ""], font=FB)
        claims.append({"claim_id": None, "payer_claim_id": icn, "patient": pt, "totals": claim_totals(tb, ta, tp, to)})
    fl.line("Notes for Claims Above", FB, 10, gap=8)
    for c, t in legend:
        fl.line(f"{c}  {t}", F, 8.5)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "m1_msn_part_b", "fpdf2", pages,
                "Medicare Summary Notice Part B: summary page 1, claims by provider with date subheads, quantity "
                "in front of the description and code in parentheses", lines, claims, legend)
    return name, fl.rows


# =============================================================================================== m2
def m2(out: Path):
    name = "m2_medicare_advantage_eob.pdf"
    pt = "Wendell P. Arceneaux"
    st = PlanState(coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.60"))
    claims_in = [
        ("MA26-0009917730", "RB-4410-01", "Bayou Hand Therapy LLC", [
            (Svc(D(2026, 1, 5), "97165", 1, ("GO",)), None), (Svc(D(2026, 1, 5), "97530", 2, ("GO",)), None),
            (Svc(D(2026, 1, 6), "97140", 4, ("GO",)), D(2026, 1, 9)),
            (Svc(D(2026, 1, 6), "97110", 6, ("GO",)), D(2026, 1, 9)),
            (Svc(D(2026, 1, 12), "97760", 2, ("GO", "KX")), D(2026, 1, 16)),
            (Svc(D(2026, 1, 12), "L3807", 1, ("LT",)), None),
            (Svc(D(2026, 1, 19), "97530", 4, ("GO", "KX")), D(2026, 1, 23)),
            (Svc(D(2026, 1, 19), "97535", 2, ("GO", "KX")), D(2026, 1, 23)),
            (Svc(D(2026, 1, 26), "97168", 1, ("GO",)), None),
        ]),
        ("MA26-0010019862", "RB-4410-07", "Bayou Hand Therapy LLC", [
            (Svc(D(2026, 1, 5 + k), c, u, md), None) for k, (c, u, md) in enumerate([
                ("97530", 2, ("GO", "KX")), ("97110", 2, ("GO", "KX")), ("97140", 1, ("GO", "KX")),
                ("97530", 3, ("GO", "KX")), ("97535", 1, ("GO", "KX")), ("97112", 1, ("GO", "KX")),
                ("97530", 2, ("GO", "KX")), ("97110", 3, ("GO", "KX")), ("97140", 2, ("GO", "KX")),
                ("97530", 2, ("GO", "CO")), ("97110", 2, ("GO", "CO")), ("97535", 2, ("GO", "KX")),
                ("97530", 3, ("GO", "KX")), ("97760", 1, ("GO", "KX")), ("97112", 2, ("GO", "KX")),
                ("97530", 2, ("GO", "KX"))])
        ]),
        ("MA26-0010024415", "RB-4410-02", "Bayou Hand Therapy LLC", [
            (Svc(D(2026, 1, 27), "97530", 2, ("GO", "CO")), D(2026, 1, 28)),
            (Svc(D(2026, 1, 27), "97129", 1, ("GO",), denied="CO"), None),
        ]),
        ("MA26-0010031102", "ACP-77018", "Acadiana Primary Care", [
            (Svc(D(2026, 1, 20), "99213", 1, ()), None),
        ]),
    ]
    for _, _, _, rows in claims_in:
        for s, _ in rows:
            commercial(s, st, deny_reason="50")
            s.remarks = ["4"] if s.denied else ["1"]
    legend = [("1", "You pay 20% coinsurance for outpatient therapy after the plan-approved amount."),
              ("4", "The plan did not approve this service; a network provider cannot bill you for it.")]
    sf = Surface("reportlab", out / name, *LAND)
    F, FB = "Helvetica", "Helvetica-B"

    def furniture(sf, page):
        sf.text(36, 26, "GULFSTAR MEDICARE ADVANTAGE PPO", FB, 14)
        sf.text(36, 44, "Explanation of Benefits — January 2026 claims", F, 10)
        sf.text(756, 26, f"Page {page} of {TOT[0]}", F, 9, "r")
        sf.text(756, 42, "Member ID GSM-5520-118-03", F, 9, "r")
        sf.hline(36, 756, 58, 1)
        sf.text(36, 586, "Gulfstar Health Plans, Inc. is a Medicare Advantage organization with a Medicare contract. "
                "H9981_EOB26 Approved", F, 7)
        if page == 1:
            sf.text(36, 66, f"Member: {pt}      Plan: Gulfstar Choice PPO (H9981-004)", F, 10)
            sf.text(36, 80, "Your share so far in 2026: $231.46 of your $4,900.00 maximum out-of-pocket", F, 10)
            return 100
        return 66

    cols = [Col("From-To Date", 100), Col("Svc Code", 80), Col("Description", 170), Col("Units", 34, "r"),
            Col("Provider's\nCharge", 66, "r"), Col("Plan-\nApproved", 66, "r"), Col("Plan Paid", 66, "r"),
            Col("Your Share", 66, "r"), Col("Note", 40, "c")]
    fl = Flow(sf, furniture, 570, 36, cols, F, 8.5, 14, head_font=FB, repeat_header=False)
    lines, claims = [], []
    m = lambda d: money(d, "$")  # noqa: E731
    for pcn, acct, prov, rows in claims_in:
        fl.need(70, header_again=False)
        sf.rect(36, fl.y + 4, fl.width, 30)
        fl.line(f"Claim # {pcn}        Provider: {prov}", FB, 9, x=42, gap=7)
        fl.line(f"Provider Ref # {acct}        Patient: {pt}        Status: Processed 01/30/2026", F, 8.5, x=42)
        fl.y += 4
        fl.header()
        svcs = [s for s, _ in rows]
        for s, end in rows:
            idx = len(lines)
            lines.append(truth_line(0, s, claim_id=acct, payer_claim_id=pcn, patient=pt, service_end=end,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            dd = dfmt(s.dos, "mdy2") + ("-" + dfmt(end, "mdy2") if end else "")
            fl.row([dd, " ".join((s.code,) + s.mods), s.desc, units_str(s.units), m(s.billed), m(s.allowed), m(s.paid),
                    m(s.owes), s.remarks[0]], idx)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        fl.row(["", "", "Claim total", "", m(tb), m(ta), m(tp), m(to), ""], font=FB)
        fl.y += 4
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pt, "totals": claim_totals(tb, ta, tp, to)})
    fl.line("Notes", FB, 9, gap=6)
    for c, t in legend:
        fl.line(f"Note {c}: {t}", F, 8)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "m2_medicare_advantage_eob", "reportlab", pages,
                "Medicare Advantage PPO member EOB, landscape, boxed claim heads, from-to date ranges, table runs "
                "to page 2 without a repeated header", lines, claims, legend)
    return name, fl.rows


# =============================================================================================== d1
def d1(out: Path):
    name = "d1_medicaid_ra.pdf"
    recips = [
        ("PAID", "JUAREZ, MARISOL", "M40021877", "2026027000418", "JMR0105", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97112", 2, ("GO",)),
        ]),
        ("PAID", "BELLWEATHER, JONAH", "M40033210", "2026027000419", "BJN0107", [
            Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 28), "92507", 1, ("GN",)),
        ]),
        ("PAID", "KOWALCZYK, ANIA", "M40051902", "2026027000420", "KAN0113", [
            Svc(D(2026, 1, 13), "97161", 1, ("GP",)), Svc(D(2026, 1, 13), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 20), "97116", 2, ("GP",)), Svc(D(2026, 1, 20), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 22), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 23), "97530", 2, ("GP",)), Svc(D(2026, 1, 23), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 27), "97110", 3, ("GP",)), Svc(D(2026, 1, 27), "97140", 2, ("GP", "59")),
            Svc(D(2026, 1, 29), "97110", 2, ("GP",)), Svc(D(2026, 1, 29), "97530", 1, ("GP",)),
        ]),
        ("DENIED", "OYELARAN, TOBI", "M40060344", "2026027000421", "OTB0115", [
            Svc(D(2026, 1, 15), "97166", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 15), "97535", 2, ("GO",), denied="CO"),
        ]),
        ("DENIED", "JUAREZ, MARISOL", "M40021877", "2026027000422", "JMR0126", [
            Svc(D(2026, 1, 26), "97150", 1, ("GO",), denied="CO"),
        ]),
    ]
    for kind, _, _, _, _, svcs in recips:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0722", "0180"] if s.denied else ["0001"]
    # an adjustment: reversal of a claim paid on an earlier RA and its replacement
    orig = [Svc(D(2025, 12, 15), "97530", 2, ("GO",)), Svc(D(2025, 12, 15), "97110", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = [Svc(D(2025, 12, 15), "97530", 3, ("GO",)), Svc(D(2025, 12, 15), "97110", 1, ("GO",))]
    for s in repl:
        medicaid(s)
    for s in rev + repl:
        s.remarks = ["0412"]
    recips.append(("ADJUSTED", "BELLWEATHER, JONAH", "M40033210", "2026027000423", "BJN1215", rev))
    recips.append(("ADJUSTED", "BELLWEATHER, JONAH", "M40033210", "2026027000424", "BJN1215", repl))
    legend = [("0001", "PAID IN FULL AT STATE MAXIMUM FEE"), ("0180", "RECIPIENT NOT ELIGIBLE FOR THERAPY BENEFIT ON DOS"),
              ("0722", "PRIOR AUTHORIZATION NUMBER MISSING OR NOT ON FILE"),
              ("0412", "CLAIM ADJUSTED AT PROVIDER REQUEST - SEE ORIGINAL ICN")]
    sf = Surface("reportlab", out / name, *LAND)
    F = "Courier"

    def furniture(sf, page):
        sf.text(30, 22, "STATE OF NORTH PLAINS DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", F, 9)
        sf.text(30, 34, "REMITTANCE ADVICE    RA NUMBER 0004417720    RA DATE 02/06/2026    PAYMENT NO 11820556", F, 9)
        sf.text(30, 46, "PROVIDER: PRAIRIE SKY THERAPY SERVICES          NPI 1730555012   PROV ID 000882417", F, 9)
        sf.text(762, 22, f"PAGE {page:>3}", F, 9, "r")
        sf.hline(30, 762, 58)
        return 64

    cols = [Col("LN", 24), Col("FROM-DOS", 66), Col("THRU-DOS", 66), Col("PROC", 42), Col("MODS", 48),
            Col("QTY", 36, "r"), Col("BILLED-AMT", 84, "r"), Col("ALLOWED-AMT", 84, "r"), Col("PAID-AMT", 84, "r"),
            Col("EOB", 90)]
    fl = Flow(sf, furniture, 500, 30, cols, F, 8.5, 11, repeat_header=True)
    lines, claims = [], []
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    section = None
    for kind, nm, rid, icn, pcn, svcs in recips:
        if kind != section:
            fl.need(60, header_again=False)
            fl.line(f"*** {kind} CLAIMS ***", F, 9, gap=8)
            section = kind
        fl.need(50, header_again=False)
        orig_note = "   ORIG ICN 2025352001177" if kind == "ADJUSTED" else ""
        fl.line(f"RECIPIENT NAME: {nm:<22} RECIP ID: {rid}   ICN: {icn}   PAT ACCT NO: {pcn}{orig_note}", F, 8.5,
                gap=4)
        fl.header()
        for ln, s in enumerate(svcs, 1):
            idx = len(lines)
            lines.append(truth_line(0, s, claim_id=pcn, payer_claim_id=icn, patient=nm, service_end=s.dos,
                                    printed=("billed", "allowed", "paid"), remarks=s.remarks))
            fl.row([f"{ln:02d}", dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    f"{s.units:.2f}", m(s.billed), m(s.allowed), m(s.paid), " ".join(s.remarks)], idx)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        fl.row(["", "", "", "", "", "", m(tb), m(ta), m(tp), "CLAIM TOTAL"])
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": nm, "totals": claim_totals(tb, ta, tp)})
    fl.line("EOB CODE DESCRIPTIONS", F, 9, gap=8)
    for c, t in legend:
        fl.line(f"{c}  {t}", F, 8.5)
    allp = sum((Decimal(c["totals"]["paid"]) for c in claims), ZERO)
    fl.line(f"TOTAL PAYMENT THIS RA: {money(allp, ',')}", F, 9, gap=6)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "d1_medicaid_ra", "reportlab", pages,
                "State Medicaid RA, landscape Courier capitals: PAID / DENIED / ADJUSTED sections, recipient "
                "heading per claim, reversal with trailing minus, header repeated", lines, claims, legend)
    return name, fl.rows


# =============================================================================================== d2
def d2(out: Path):
    name = "d2_medicaid_mco_register.pdf"
    mem = [
        ("Tamsin Quarrie", "NPC0448120", "30126031800041", "QT-88120", [
            Svc(D(2026, 1, 6), "97167", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO", "59")),
            Svc(D(2026, 1, 13), "97535", 2, ("GO",)), Svc(D(2026, 1, 13), "97530", 2, ("GO",)),
        ]),
        ("Elias Brandvold", "NPC0451877", "30126031800042", "BE-88131", [
            Svc(D(2026, 1, 8), "92523", 1, ()), Svc(D(2026, 1, 15), "92507", 1, ()),
            Svc(D(2026, 1, 22), "92526", 1, ()),
        ]),
        ("Yesenia Calderón", "NPC0460012", "30126031800043", "CY-88140", [
            Svc(D(2026, 1, 9), "97168", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 9), "97110", 2, ("GO",), denied="CO"),
        ]),
        ("Benedikt Ruiz-Amaro", "NPC0477003", "30126031800044", "RB-88152", [
            Svc(D(2026, 1, 12), "97161", 1, ("GP",)), Svc(D(2026, 1, 12), "97140", 2, ("GP",)),
            Svc(D(2026, 1, 19), "97110", 3, ("GP",)), Svc(D(2026, 1, 19), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 26), "97530", 2, ("GP",)),
        ]),
    ]
    for _, _, _, _, svcs in mem:
        for s in svcs:
            medicaid(s, deny_reason="15")
            s.remarks = ["N54"] if s.denied else []
    legend = [("CO45", "Charge above the plan's Medicaid fee schedule; provider write-off."),
              ("CO15", "Authorization on file does not cover these dates."), ("N54", "Claim lacks a valid referral.")]
    sf = Surface("fpdf2", out / name, *LETTER)
    F, FB = "DejaVuSansMono", "DejaVuSansMono-B"

    def furniture(sf, page):
        sf.text(30, 24, "TRILLIUM COMMUNITY CARE PLAN (MEDICAID MANAGED CARE)", FB, 10)
        sf.text(30, 38, "Provider Payment Register  Cycle 2026-05  Issued 02/05/2026", F, 8)
        sf.text(30, 50, "Payee: Northpoint Children's Therapy Co.  Tax ID XX-XXX4471  EFT Trace 9918820477", F, 8)
        sf.text(582, 24, f"Pg {page}/{TOT[0]}", F, 8, "r")
        sf.hline(30, 582, 62, 1)
        sf.text(30, 772, "Trillium Community Care Plan - Provider Services 1-877-555-0168", F, 7)
        return 70

    cols = [Col("Ln", 20), Col("Svc Dt", 58), Col("Proc", 36), Col("Mod", 44), Col("Unt", 26, "r"),
            Col("Charged", 56, "r"), Col("Allowed", 56, "r"), Col("Paid", 56, "r"), Col("Adj", 34),
            Col("Adj Amt", 56, "r"), Col("RARC", 40)]
    fl = Flow(sf, furniture, 755, 30, cols, F, 7.5, 11, head_font=FB, ruled=True)
    lines, claims = [], []
    m = lambda d: money(d, "")  # noqa: E731
    for nm, mid, tcn, pcn, svcs in mem:
        fl.need(90, header_again=False)
        sf.rect(30, fl.y + 4, fl.width, 26, fill=0.9)
        stat = "DENIED" if all(s.denied for s in svcs) else "PAID"
        fl.line(f"TCN {tcn}  Member: {nm}  Member ID: {mid}", FB, 8, x=34, gap=6)
        fl.line(f"Pt Control No: {pcn}  Status: {stat}  Rendering NPI 1558203394", F, 7.5, x=34)
        fl.y += 4
        fl.header()
        for ln, s in enumerate(svcs, 1):
            idx = len(lines)
            adj = s.adjs[0] if s.adjs else None
            lines.append(truth_line(0, s, claim_id=pcn, payer_claim_id=tcn, patient=nm,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks))
            fl.row([str(ln), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                    m(s.allowed), m(s.paid), f"{adj[0]}{adj[1]}" if adj else "", m(adj[2]) if adj else "",
                    " ".join(s.remarks)], idx)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        fl.row(["", "CLM TOT", "", "", "", m(tb), m(ta), m(tp), "", m(tb - tp), ""], font=FB)
        claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": nm, "totals": claim_totals(tb, ta, tp)})
    fl.line("Adjustment and remark codes", FB, 8, gap=8)
    for c, t in legend:
        fl.line(f"{c:<5} {t}", F, 7.5)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "d2_medicaid_mco_register", "fpdf2", pages,
                "Medicaid managed-care payment register, portrait monospace, ruled, shaded claim bars, group+reason "
                "glued in an Adj column with amount, denied claim", lines, claims, legend)
    return name, fl.rows


# =============================================================================================== p1
def p1(out: Path):
    name = "p1_clearinghouse_spr.pdf"
    st = PlanState(ded_left=Decimal("40.00"))
    pats = [
        ("FENWICK, ALDOUS", "1EG4TE5MK72", "FW20260105", "2226012345670", "1457221930", [
            Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97140", 2, ("GP", "59")), Svc(D(2026, 1, 7), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 9), "97110", 3, ("GP", "CQ")), Svc(D(2026, 1, 9), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 12), "97530", 2, ("GP", "KX")), Svc(D(2026, 1, 12), "97116", 1, ("GP",)),
        ]),
        ("MARCHETTI, ROSA", "3HQ9PL2WC18", "MR20260108", "2226012345688", "1457221930", [
            Svc(D(2026, 1, 8), "97166", 1, ("GO",)), Svc(D(2026, 1, 8), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 15), "97535", 2, ("GO", "CO")), Svc(D(2026, 1, 15), "97760", 1, ("GO",)),
        ]),
        ("DUBOIS, ETIENNE", "5KR2MN8XT40", "DE20260114", "2226012345699", "1669402281", [
            Svc(D(2026, 1, 14), "92523", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 21), "97129", 1, ("GN",), denied="CO"), Svc(D(2026, 1, 23), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 26), "92507", 1, ("GN",)), Svc(D(2026, 1, 28), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 30), "92507", 1, ("GN",)),
        ]),
        ("FENWICK, ALDOUS", "1EG4TE5MK72", "FW20260119", "2226012345702", "1457221930", [
            Svc(D(2026, 1, 19), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 19), "97140", 1, ("GP", "KX")),
            Svc(D(2026, 1, 21), "97530", 2, ("GP", "KX")),
        ]),
    ]
    for _, _, _, _, _, svcs in pats:
        for s in svcs:
            medicare(s, st, sequestration=True)
            s.remarks = ["N700"] if s.denied else []
    sf = Surface("fpdf2", out / name, *LETTER)
    F = "LiberationMono"

    def furniture(sf, page):
        sf.text(24, 20, "MEDICARE PART B REMITTANCE NOTICE - REPRINT BY CLEARPOINT EDI SERVICES", F, 8)
        sf.text(24, 31, "MAC: EASTERN PLAINS MEDICARE SERVICES   PROVIDER # 0088412   NPI 1457221930", F, 8)
        sf.text(24, 42, "PAYEE: GRANITE STATE PT & OT    CHECK/EFT # 000774412908   DATE 02/09/2026", F, 8)
        sf.text(588, 20, f"PAGE #: {page} OF {TOT[0]}", F, 8, "r")
        sf.hline(24, 588, 54)
        return 60

    cols = [Col("REND-PROV", 62), Col("SERV-DATE", 58), Col("POS", 22), Col("NOS", 22, "r"), Col("PROC", 36),
            Col("MODS", 50), Col("BILLED", 50, "r"), Col("ALLOWED", 50, "r"), Col("DEDUCT", 46, "r"),
            Col("COINS", 46, "r"), Col("GRP/RC-AMT", 76, "r"), Col("PROV-PD", 50, "r")]
    fl = Flow(sf, furniture, 700, 24, cols, F, 7, 10, repeat_header=True)
    fl.header()
    lines, claims = [], []
    m = lambda d: money(d, "")  # noqa: E731
    adjx = 24 + sum(c.w for c in cols[:10])
    for nm, mid, acnt, icn, npi, svcs in pats:
        fl.need(60, header_again=False)
        fl.line(f"NAME {nm:<18} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01", F, 7, gap=6)
        for s in svcs:
            idx = len(lines)
            lines.append(truth_line(0, s, claim_id=acnt, payer_claim_id=icn, patient=nm, service_end=s.dos,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks))
            a0 = s.adjs[0]
            extra = [(adjx + 4, f"{g}-{c} {m(a)}") for g, c, a in s.adjs[1:]]
            if s.remarks:
                extra.append((24 + 62 + 58, "REM: " + " ".join(s.remarks)))
            fl.row([npi, f"{s.dos:%m%d} {s.dos:%m%d%y}",
                    "11", units_str(s.units), s.code, " ".join(s.mods), m(s.billed), m(s.allowed), m(s.deductible),
                    m(s.coinsurance), f"{a0[0]}-{a0[1]} {m(a0[2])}", m(s.paid)], idx, extra=extra)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        fl.row(["PT RESP", m(total(svcs, "owes")), "", "", "", "CLAIM TOTALS", m(tb), m(ta),
                m(total(svcs, "deductible")), m(total(svcs, "coinsurance")), m(tb - tp), m(tp)])
        fl.line(f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00  NET {m(tp)}", F, 7)
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm, "totals": claim_totals(tb, ta, tp)})
    fl.line("REMARK CODE N700: LINE HELD FOR MISSING OR INVALID THERAPY PLAN CERTIFICATION (SEE BULLETIN)", F, 7, gap=8)
    fl.line("GLOSSARY: CO=CONTRACTUAL OBLIGATION  PR=PATIENT RESPONSIBILITY  253=PAYMENT REDUCTION", F, 7)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "p1_clearinghouse_spr", "fpdf2", pages,
                "Clearinghouse reprint of a Medicare standard paper remit, portrait monospace, NAME/MID/ACNT/ICN "
                "heads, first adjustment in row and the rest stacked below", lines, claims, [])
    return name, fl.rows


# =============================================================================================== p2
def p2(out: Path):
    name = "p2_pm_posting_worksheet.pdf"
    st_mc = PlanState(ded_left=ZERO)
    st_cm = PlanState(ded_left=Decimal("85.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    batches = [
        ("Keystone Medicare Administrative Contractor", "EFT 4410098812  02/10/2026", "mc", [
            ("NAKAGAWA, FUMIKO", "100482", "5526015001931", [
                Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 13), "97530", 3, ("GO", "KX")), Svc(D(2026, 1, 13), "97112", 1, ("GO", "59")),
            ]),
            ("OYELOWO, BARNABY", "100517", "5526015002207", [
                Svc(D(2026, 1, 8), "97161", 1, ("GP",)),
                Svc(D(2026, 1, 8), "97110", 2, ("GP", "CQ")),
            ]),
        ]),
        ("Meridian Mutual Health (commercial)", "CHK 00091734  02/09/2026", "cm", [
            ("LINDQVIST, SAGA", "100602", "MMH26-118830", [
                Svc(D(2026, 1, 9), "97165", 1, ("GO",)), Svc(D(2026, 1, 9), "97535", 2, ("GO",)),
                Svc(D(2026, 1, 16), "97530", 2, ("GO",)), Svc(D(2026, 1, 16), "97760", 1, ("GO",)),
                Svc(D(2026, 1, 16), "L3807", 1, ("LT",)),
            ]),
            ("LINDQVIST, OSKAR", "100603", "MMH26-118845", [
                Svc(D(2026, 1, 10), "92523", 1, ()), Svc(D(2026, 1, 17), "92507", 1, ("GN",), denied="CO"),
            ]),
        ]),
    ]
    for _, _, kind, pts in batches:
        for _, _, _, svcs in pts:
            for s in svcs:
                if kind == "mc":
                    medicare(s, st_mc)
                else:
                    commercial(s, st_cm, deny_reason="197")
    sf = Surface("reportlab", out / name, *LAND)
    F, FB = "DejaVuSansCondensed", "DejaVuSansCondensed-B"

    def furniture(sf, page):
        sf.text(30, 24, "PineRidge PM  ·  EOB Posting Worksheet", FB, 12)
        sf.text(30, 40, "Practice: Summit Valley Rehab Group   Printed by: jkessler   Run 02/11/2026 08:14", F, 8)
        sf.text(762, 24, f"Page {page}", F, 8, "r")
        sf.hline(30, 762, 52, 0.8)
        return 60

    cols = [Col("DOS", 52), Col("CPT", 40), Col("Mods", 46), Col("Qty", 26, "r"), Col("Charge", 56, "r"),
            Col("Allowed", 56, "r"), Col("Ded", 46, "r"), Col("Coins", 46, "r"), Col("Seq", 40, "r"),
            Col("Paid", 56, "r"), Col("Adj Codes", 200), Col("Post", 40)]
    fl = Flow(sf, furniture, 580, 30, cols, F, 8, 11.5, head_font=FB, boxed_header=True)
    lines, claims = [], []
    m = lambda d: money(d, ",")  # noqa: E731
    for payer, pay, kind, pts in batches:
        fl.need(80, header_again=False)
        fl.line(f"Payer: {payer}    Payment: {pay}", FB, 10, gap=8)
        for nm, acct, pcl, svcs in pts:
            fl.need(50, header_again=False)
            fl.line(f"{nm}    Acct: {acct}    Payer Clm: {pcl}", FB, 8.5, gap=4)
            fl.header()
            for s in svcs:
                idx = len(lines)
                pr = ("billed", "allowed", "deductible", "coinsurance", "paid")
                lines.append(truth_line(0, s, claim_id=acct, payer_claim_id=pcl, patient=nm, printed=pr,
                                        adjustments=s.adjs))
                codes = " ".join(f"{g}-{c}:{m(a)}" for g, c, a in s.adjs)
                fl.row([dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                        m(s.deductible), m(s.coinsurance), m(s.seq), m(s.paid), codes, "Y"], idx)
                lines[idx]["page"] = fl.rows[-1][0]
            tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
            fl.row(["Claim", "", "", "", m(tb), m(ta), m(total(svcs, "deductible")), m(total(svcs, "coinsurance")),
                    m(total(svcs, "seq")), m(tp), f"Pt resp {m(total(svcs, 'owes'))}", ""], font=FB)
            claims.append({"claim_id": acct, "payer_claim_id": pcl, "patient": nm, "totals": claim_totals(tb, ta, tp)})
    pages = sf.page
    sf.finish()
    write_truth(out / name, "p2_pm_posting_worksheet", "reportlab", pages,
                "Practice-management EOB posting worksheet, landscape condensed sans, two payers, patient heads "
                "with Acct and Payer Clm, all adjustments group-reason:amount in one cell", lines, claims, [])
    return name, fl.rows


# =============================================================================================== s1
def s1(out: Path):
    name = "s1_therapy_family_statement.pdf"
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    from eobgen import DESC, FEE
    FEE.setdefault("97533", "88.00")
    DESC.setdefault("97533", "Sensory integration activities")
    visits = [
        ("Clementine Aubry", "INV-260106-01", "ACW8812004410", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("Clementine Aubry", "INV-260113-04", "ACW8812004977", [
            Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97533", 1, ("GO",))]),
        ("Félix Aubry", "INV-260107-02", "ACW8812004522", [
            Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 7), "92507", 1, ("GN",))]),
        ("Félix Aubry", "INV-260121-03", "ACW8812005318", [
            Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "97150", 1, ("GN",), denied="PR")]),
        ("Juno Aubry", "INV-260115-05", "ACW8812005001", [
            Svc(D(2026, 1, 15), "97161", 1, ("GP",)), Svc(D(2026, 1, 15), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 15), "97112", 1, ("GP",))]),
    ]
    for _, _, _, svcs in visits:
        for s in svcs:
            commercial(s, st)
    owed = sum((total(v[3], "owes") for v in visits), ZERO)
    fampay = Decimal("150.00")
    sf = Surface("reportlab", out / name, *LETTER)
    F, FB = "DejaVuSans", "DejaVuSans-B"

    def furniture(sf, page):
        sf.text(36, 28, "Wildflower Pediatric Therapy", FB, 15)
        sf.text(36, 46, "2290 Linden Ave, Suite 3  ·  Ames, IA 50010  ·  (515) 555-0127", F, 8)
        sf.text(576, 28, "STATEMENT", FB, 12, "r")
        sf.text(576, 44, f"Page {page} of {TOT[0]}", F, 8, "r")
        sf.hline(36, 576, 58, 0.8)
        sf.text(36, 66, "Guarantor:", FB, 8)
        for i, t in enumerate(("Marguerite Aubry", "1412 Prairie Rose Ct", "Ames, IA 50014")):
            sf.text(36, 78 + i * 11, t, F, 8.5)
        sf.rect(380, 64, 196, 70)
        for i, (a, b) in enumerate((("Account Summary", ""), ("Guarantor Acct", "G-004418"),
                                    ("Statement Date", "02/12/2026"), ("Amount Due", money(owed - fampay, "$")), ("Due By", "03/05/2026"))):
            sf.text(386, 68 + i * 12, a, FB if i == 0 else F, 8)
            sf.text(570, 68 + i * 12, b, F, 8, "r")
        sf.text(36, 770, "Insurance on file: Prairieland Health Alliance PPO.  Questions about this statement? "
                "Call our billing office Mon-Fri 8-4.", F, 7)
        return 146

    cols = [Col("Date", 52), Col("Patient", 92), Col("Invoice", 80), Col("Code", 58), Col("Description", 110, wrap=24),
            Col("Charges", 48, "r"), Col("Ins. Paid", 48, "r"), Col("Ins. Adj.", 48, "r"),
            Col("Your\nPortion", 44, "r")]
    fl = Flow(sf, furniture, 740, 36, cols, F, 7.2, 10, head_font=FB, ruled=True)
    fl.header()
    lines, claims = [], []
    m = lambda d: money(d, ",")  # noqa: E731
    due = ZERO
    for pt, inv, clm, svcs in visits:
        for i, s in enumerate(svcs):
            idx = len(lines)
            lines.append(truth_line(0, s, claim_id=inv, payer_claim_id=clm, patient=pt, units=False,
                                    printed=("billed", "paid", "patient_owes")))
            adj = s.billed - s.paid - s.owes
            extra = [(36 + 52 + 92 + 2, f"Ins claim # {clm}")] if i == 0 else None
            fl.row([dfmt(s.dos, "mdy4"), pt, inv, cm(s), s.desc, m(s.billed), m(s.paid), m(adj), m(s.owes)], idx,
                   extra=extra)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, tp, to = (total(svcs, a) for a in ("billed", "paid", "owes"))
        due += to
        fl.row(["", "", "", "", "Visit total", m(tb), m(tp), m(tb - tp - to), m(to)], font=FB)
        claims.append({"claim_id": inv, "payer_claim_id": clm, "patient": pt,
                       "totals": claim_totals(billed=tb, paid=tp, patient_owes=to)})
    fl.line(f"Previous balance 0.00   New charges, your portion {m(due)}   Family payment received 01/30/2026 "
            f"-{m(fampay)}", F, 8, gap=6)
    fl.line(f"Balance now due: {money(due - fampay, '$')}", FB, 9)
    pages = sf.page
    sf.finish()
    write_truth(out / name, "s1_therapy_family_statement", "reportlab", pages,
                "Pediatric therapy clinic statement to a guarantor, three children, invoice per visit, insurer claim "
                "number printed under each visit's first row, account summary box", lines, claims, [])
    return name, fl.rows


# =============================================================================================== s2
def s2(out: Path):
    name = "s2_hospital_household_statement.pdf"
    accts = [
        ("600184227", "Oduya, Patience", "01/05/2026", "HX2601050771", "0434", [
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 5), "97760", 1, ("GO",)), Svc(D(2026, 1, 5), "L3807", 1, ("RT",)),
        ]),
        ("600184311", "Oduya, Patience", "01/12/2026", "HX2601120214", "0434", [
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97140", 1, ("GO",)),
            Svc(D(2026, 1, 12), "97535", 1, ("GO",)),
        ]),
        ("600185092", "Oduya, Kwame", "01/14/2026", "HX2601140388", "0424", [
            Svc(D(2026, 1, 14), "97163", 1, ("GP",)), Svc(D(2026, 1, 14), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 14), "97116", 2, ("GP",)), Svc(D(2026, 1, 14), "G0283", 1, ("GP",)),
        ]),
        ("600186770", "Oduya, Ife", "01/20/2026", "HX2601200902", "0444", [
            Svc(D(2026, 1, 20), "92523", 1, ()), Svc(D(2026, 1, 20), "92507", 1, ()),
        ]),
        ("600187015", "Oduya, Kwame", "01/27/2026", "HX2601270455", "0424", [
            Svc(D(2026, 1, 27), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 27), "97140", 2, ("GP", "59")),
            Svc(D(2026, 1, 27), "97112", 1, ("GP",)),
        ]),
    ]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.66"))
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, st)
    sf = Surface("fpdf2", out / name, *LETTER)
    F, FB = "Times", "Times-B"

    def furniture(sf, page):
        sf.text(40, 26, "ST. ALBAN REGIONAL MEDICAL CENTER", FB, 14)
        sf.text(40, 44, "Patient Financial Services · 500 Cathedral Way · Rochester, MN 55902", F, 9)
        sf.text(572, 26, "Household Statement", FB, 11, "r")
        sf.text(572, 42, f"Page {page} of {TOT[0]}", F, 9, "r")
        sf.hline(40, 572, 56, 1)
        sf.text(40, 770, "Pay online at stalbanpay.example or call 507-555-0114. Financial assistance is available.",
                F, 8)
        if page == 1:
            sf.text(40, 64, "Statement for: Adaeze Oduya (guarantor)   Guarantor No. 88031457   Date: 02/13/2026", F,
                    10)
            sf.text(40, 78, "Primary insurance: Northstar Employee Health Plan", F, 10)
            return 98
        return 66

    cols = [Col("Date", 70), Col("Rev", 40), Col("CPT/HCPCS", 80), Col("Qty", 30, "r"), Col("Item", 220),
            Col("Amount", 80, "r")]
    fl = Flow(sf, furniture, 750, 40, cols, F, 9, 12.5, head_font=FB, repeat_header=False)
    lines, claims = [], []
    m = lambda d: money(d, ",", "()")  # noqa: E731
    for acct, pt, adm, ref, rev, svcs in accts:
        fl.need(110, header_again=False)
        sf.rect(40, fl.y + 6, 520, 28)
        fl.line(f"Account Number: {acct}      Patient: {pt}      Admit Date: {adm}", FB, 9.5, x=46, gap=8)
        fl.line(f"Outpatient Rehabilitation      Insurance Claim Ref: {ref}", F, 9, x=46)
        fl.y += 6
        fl.header()
        for s in svcs:
            idx = len(lines)
            lines.append(truth_line(0, s, claim_id=acct, payer_claim_id=ref, patient=pt, printed=("billed",)))
            fl.row([dfmt(s.dos, "mdy4"), rev, " ".join((s.code,) + s.mods), units_str(s.units), s.desc.upper(),
                    m(s.billed)], idx)
            lines[idx]["page"] = fl.rows[-1][0]
        tb, tp, to = (total(svcs, a) for a in ("billed", "paid", "owes"))
        fl.row(["", "", "", "", "Total Charges", m(tb)], font=FB)
        fl.row([dfmt(D(2026, 2, 3), "mdy4"), "", "", "", "Northstar Employee Health Plan Payment", m(-tp)])
        fl.row([dfmt(D(2026, 2, 3), "mdy4"), "", "", "", "Insurance Contractual Adjustment", m(-(tb - tp - to))])
        fl.row(["", "", "", "", "Account Balance", m(to)], font=FB)
        claims.append({"claim_id": acct, "payer_claim_id": ref, "patient": pt, "totals": claim_totals(billed=tb)})
    pages = sf.page
    sf.finish()
    write_truth(out / name, "s2_hospital_household_statement", "fpdf2", pages,
                "Hospital household statement, portrait Times, boxed account heads per visit, revenue code column, "
                "insurance payment and adjustment as account-level rows", lines, claims, [])
    return name, fl.rows


LAYOUTS = [e1, e2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout115_"))
    out = out.resolve()
    if (REPO / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    expect = {}
    import json
    for fn in LAYOUTS:
        TOT[0] = 1
        nm, rows = fn(out)
        TOT[0] = json.loads((out / (nm + ".truth.json")).read_text())["pages"]
        nm, rows = fn(out)
        expect[nm] = rows
    print(out)
    if "--check" in argv:
        errs = check(out, expect)
        nlines = sum(len(json.loads((out / (n + ".truth.json")).read_text())["lines"]) for n in expect)
        npages = sum(json.loads((out / (n + ".truth.json")).read_text())["pages"] for n in expect)
        for e in errs:
            print("FAIL", e)
        print(f"check: {len(expect)} files, {nlines} lines, {npages} pages, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
