"""Write the FIFTY-FIRST held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary
documents of the five commonest real kinds (two each), in house styles of their own, for one honest measurement
of the PDF reader. Written without looking at the reader, its tests, its docs or its scores.

Run:  python bench/heldout51/make_heldout51_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout51/make_heldout51_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (eobgen.write_truth, <name>.pdf.truth.json), PRINTED values only, null for
what a layout does not print (units null where no quantity is printed; modifiers [] where none are printed;
description null throughout). claim_id = the provider's own patient account / patient control / visit / hospital
account number printed with the claim (null where none is, e.g. the MSN); payer_claim_id = the payer's claim
number / ICN / TCN / claim control number; patient = the person who got the service exactly as printed (capitals
where printed so; never the subscriber or guarantor unless the same person). Where a line prints From and Thru
dates, service_end is the Thru date. Adjustments are recorded only where a group + reason code is printed with an
amount (p1, p2); a statement's insurance write-off column is the truth discount and its per-line balance is
patient_owes. Code letters / numbers printed in a row's note, reason, EOB-code, error or remark column are the
line's remarks. Reversals keep positive units and negative amounts. Every name, number, payer, provider, address
and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed
creation date, no randomness; each document is drawn twice so that "Page n of N" is right). Drawing wrapper
over both producers, page flow and the self-check live in bench/heldout51/h51kit.py.

Layouts:
  m1  commercial plan member EOB for a family, portrait Liberation Sans (reportlab): page-1 summary box, grey
      "Patient: ... (Son)" claim bars with "Claim Number" and "Patient Account No.", ruled rows "Amount Billed /
      Network Discount / Covered Amount / Not Covered / Applied to Deductible / Copay / Coinsurance / Plan Paid /
      You Owe / Note", code + mods "97112 GO 59", no units, non-covered and bundled denials, "Claim totals"; the
      last claim continues on page 2 under "(continued from previous page)" and a repeated column header
  m2  commercial plan member benefit statement, landscape DejaVu Serif (fpdf2): left sidebar on page 1 (member,
      year-to-date meters, help), shaded "CLAIM # ... For: NAME" bars, "Procedure / Modifiers", Qty, "Amount Not
      Allowed / Allowed Amount / Copay / Coinsurance / Paid by Plan / Member Owes / Reason", per-code copays,
      modifier chains such as "97140 GP 59 KX"; PLANTED Member Owes claim-total mismatch (+10.00)
  n1  Medicare Summary Notice Part B in the older one-table format, portrait DejaVu Sans Mono (reportlab):
      customer-service block, "BE INFORMED" box, "Claim number 26-0112-884-410" with provider address and
      "Referred by", "Dates of Service / Services Provided / Amount Charged / Medicare Approved / Medicare Paid
      Provider / You May Be Billed / See Notes Section", units as a leading count before the wording and the
      code in parentheses ("3 Therapeutic exercises (97110)"), no modifiers, a not-approved line, claim totals,
      a claim continued on page 2, notes letters and deductible text
  n2  Medicare Advantage PPO member EOB, portrait Liberation Serif (fpdf2): month / year-to-date box, bordered
      claim boxes with shaded heads (claim number, provider, in/out-of-network, provider's patient account),
      "Service date" as "Jan 7, 2026", wording then "97110-GP-KX", Units, "Provider charged / Plan allowed / Plan
      paid / Your share / Note", per-visit specialist copay, 20% DME share, out-of-network zero-pay denials
  r1  state Medicaid "Remittance and Status Report", landscape Liberation Sans (reportlab): payee header,
      grey section bands (PAID OR PARTIALLY PAID / DENIED / ADJUSTED - CREDIT AND REPLACEMENT), two-row claim
      heads PATIENT NAME / CLAIM NUMBER / MEDICAID # / PATIENT ACCOUNT # / MEDICAL RECORD #, detail columns FROM /
      TO (MMDDYYYY) / POS / TOS / PROC / MOD / BILLED QTY / BILLED CHARGE / ALLOWED QTY / ALLOWED CHARGE / PAID
      AMOUNT / EOB CODES, trailing-minus credits, CLAIM TOTALS, a claim continued on page 2 under its repeated
      head "(CLAIM CONTINUED)", EOB code list, cycle payment total
  r2  state Medicaid practitioner claim detail, portrait DejaVu Sans Mono (fpdf2): one flat fixed-pitch table,
      OFFICE ACCT / CLIENT ID / CLIENT NAME / TCN printed only on a claim's first row, SVC DATE 01/05/2026, PROC,
      MOD, UNITS, CLAIMED, PAID, ST (PAID / DENY), ERRORS (edit numbers), section counts and totals, no claim totals
  p1  Medicare standard-paper-remit style reprint from a practice-management system, landscape core Courier
      (reportlab): "NAME ... MID ... ACNT ... ICN ... ASG Y MOA ..." claim lines, PERF PROV / SERV DATE "0106
      010626" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD / REM, the
      adjustments stacked one per text row (CO-45, PR-1, PR-2, CO-253), PT RESP + CLAIM TOTALS + "ADJ TO TOTALS"
      / NET rows, a CLAIM STATUS 22 reversal (leading minus) continued onto page 3 and its corrected claim, glossary
  p2  clearinghouse "Remittance Advice Report" for a Medicare contractor, portrait DejaVu Sans (fpdf2): one
      bordered card per claim with Patient / Patient Control # / Payer Claim Control # / Medicare ID / Claim
      Status and the claim's Charge / Paid / Patient Resp in the head, Line / Svc Date / Proc / Mods / Qty /
      Charge / Allowed / Deduct / Co-Ins / Adjustments ("CO-45  176.80" stacked) / Remarks / Paid, a reversal in
      parentheses and its corrected claim, payment summary, code glossary
  s1  pediatric therapy clinic family statement, portrait Liberation Serif (reportlab): detachable coupon, one
      grey section per child, italic visit rows naming the visit number and insurer claim, Date / Visit / Code /
      Description / Units / Charges / Insurance Paid / Contract. Adj. / Balance, payments as non-service rows,
      per-child balances, aging boxes (one page, three children)
  s2  hospital family statement, portrait DejaVu Sans Condensed (fpdf2): dark title band, right sidebar
      (guarantor, help, ways to pay, family summary), one "Hospital Account ... Patient: NAME" block per family
      member with department, dates and "Claim #" of the insurer, Service Date / Rev Code / CPT/HCPCS / Description
      / Qty / Charges / Insurance Payments / Insurance Adjustments / Patient Balance, account totals, the last
      account continued on page 2

The self-check (--check) tests the factory, not the reader: page counts (pdfplumber and pypdfium2) and the PDF
producer; every truth code, modifier, units value and amount is on ONE text row of the line's page (found by
pdfplumber words grouped into rows), adjustment codes with their amounts and remarks on that row or its stacked
continuation rows, each date printed on the line's page, ids and patient names on or before that page; the
documents' own arithmetic holds (billed - adjustments = paid where every adjustment is printed; billed - discount
- not covered - deductible - copay - coinsurance = paid and allowed - cost shares = paid on member EOBs; allowed -
plan paid = your share on n2; charges - insurance paid - adjustment = balance on statements); claim totals equal
the sum of their lines and are printed, except the planted mismatch (which must really differ); at least ten
files, both producers, four or more multi-page files, three or more files with a claim continuing onto the next
page, family documents naming three or more patients; and a second run writes byte-identical PDFs and truth.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import (  # noqa: E402
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h51kit import Flow, check_file, eobgen, render_twice  # noqa: E402

ZERO = Decimal("0.00")
# a few codes the shared fee tables lack (invented charges and rates, our own words)
for _c, _fee, _sched, _desc in (("97533", "88.00", "31.90", "Sensory integration activities"),
                                ("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
                                ("92610", "230.00", "96.40", "Swallowing function evaluation"),
                                ("97542", "84.00", "30.77", "Wheelchair management training")):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sched)
    eobgen.DESC.setdefault(_c, _desc)


def D(m: int, d: int) -> date:
    return date(2025 if m == 12 else 2026, m, d)


def S(m: int, d: int, code: str, u, mods=(), denied=None) -> Svc:
    return Svc(D(m, d), code, Decimal(str(u)), tuple(mods), denied=denied)


def C(cid, pcn, pat, svcs, **kw) -> dict:
    c = {"cid": cid, "pcn": pcn, "pat": pat, "svcs": svcs}
    c.update(kw)
    return c


def T(page, s, c, printed, units=True, mods=True, adjs=None, remarks=None, end=None) -> dict:
    return truth_line(page, s, claim_id=c["cid"], payer_claim_id=c["pcn"], patient=c["pat"], printed=printed,
                      units=units, modifiers=mods, adjustments=adjs or [],
                      remarks=list(s.remarks) if remarks is None else remarks, service_end=end, description=False)


def CT(c, billed=None, allowed=None, paid=None, owes=None) -> dict:
    return {"claim_id": c["cid"], "payer_claim_id": c["pcn"], "patient": c["pat"],
            "totals": claim_totals(billed, allowed, paid, owes)}


def m(d: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(d, style, neg)


def short(text: str, n: int) -> str:
    """Cut wording at a word boundary to at most n characters."""
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0].rstrip(",/")
    for tail in (" and", " of", " with", " for"):
        if cut.endswith(tail):
            cut = cut[: -len(tail)]
    return cut.rstrip(",/")


# =========================================================================================== m1
def lay_m1(out: Path) -> dict:
    """Commercial member EOB, portrait, ruled table, reportlab."""
    name = "h51_m1_commercial_family_eob"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")},
                   allowed_rate=Decimal("0.78"))
    prov1 = "Cedar Hollow Pediatric Therapy"
    claims = [
        C("CHPT-20931", "PL2601-448210-03", "Theo Quenneville", [
            S(1, 5, "97165", 1, ("GO",)), S(1, 5, "97530", 2, ("GO",)), S(1, 8, "97530", 3, ("GO",)),
            S(1, 8, "97112", 1, ("GO", "59")), S(1, 12, "97530", 2, ("GO",)), S(1, 12, "97535", 1, ("GO",)),
            S(1, 15, "97530", 3, ("GO",)), S(1, 15, "97533", 1, ("GO",), denied="PR"), S(1, 19, "97530", 2, ("GO",)),
            S(1, 19, "97110", 1, ("GO",)), S(1, 22, "97530", 3, ("GO",)), S(1, 22, "97140", 1, ("GO", "59"))],
          rel="Son", prov=prov1, recd="01/26/26"),
        C("CHPT-20977", "PL2601-448377-01", "Ada Quenneville", [
            S(1, 6, "92523", 1, ("GN",)), S(1, 13, "92507", 1, ("GN",)), S(1, 20, "92507", 1, ("GN",)),
            S(1, 27, "92507", 1, ("GN",))], rel="Daughter", prov="Larkfield Speech Studio", recd="01/29/26"),
        C("88-41207", "PL2601-451902-02", "Marisol Quenneville", [
            S(1, 9, "99213", 1), S(1, 9, "97161", 1, ("GP",)), S(1, 16, "97110", 2, ("GP",)),
            S(1, 16, "97140", 1, ("GP",)), S(1, 16, "G0283", 1, ("GP",), denied="CO")],
          rel="Self", prov="Northgate Orthopedic & Spine Rehab", recd="01/30/26"),
        C("CHPT-21004", "PL2602-450118-01", "Felix Quenneville", [
            S(1, 7, "97166", 1, ("GO",)), S(1, 14, "97530", 2, ("GO",)), S(1, 14, "97112", 1, ("GO",)),
            S(1, 21, "97530", 2, ("GO",)), S(1, 21, "97535", 1, ("GO",)), S(1, 28, "97530", 2, ("GO",)),
            S(1, 28, "97760", 1, ("GO",))], rel="Son", prov=prov1, recd="02/02/26"),
    ]
    claims = [claims[2], claims[1], claims[3], claims[0]]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st, deny_reason="96")
            s.remarks = []
            if s.denied == "PR":
                s.remarks = ["N2"]
            elif s.denied == "CO":
                s.remarks = ["N7"]
            elif s.deductible:
                s.remarks = ["D1"]
            elif s.copay:
                s.remarks = ["C3"]
    legend = [("D1", "Part or all of this amount counts toward your deductible."),
              ("N2", "This service is not a covered benefit under your plan. You may owe this amount."),
              ("N7", "Billed with another service that already includes it. Provider may not bill you.")]
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")
    printed_t = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                 "patient_owes")
    X = [36, 78, 205, 247, 289, 331, 373, 410, 452, 500, 545, 552]
    heads = [("Date of", "Service"), ("Service", "Code / Mod"), ("Amount", "Billed"), ("Network", "Discount"),
             ("Covered", "Amount"), ("Not", "Covered"), ("Applied to", "Deductible"), ("", "Copay"), ("Co-", "insurance"),
             ("Plan", "Paid"), ("You", "Owe"), ("Note", "")]
    lines, tclaims = [], []

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()
        state = {"cur": None}

        def colhead(f):
            cv.font("b", 6.8)
            for i, (a, b) in enumerate(heads):
                al = "l" if i in (0, 1, 11) else "r"
                cv.text(X[i], f.y + 7, a, al)
                cv.text(X[i], f.y + 15, b, al)
            cv.hline(36, 576, f.y + 19, 0.8)
            f.y += 29

        def header(f):
            cv.font("b", 13)
            cv.text(36, 44, "Prairie Lantern Health Plan")
            cv.font("r", 8)
            cv.text(36, 56, "PO Box 6650, Wichita Falls, ST 67299  |  Member Services 1-800-555-0143")
            cv.font("b", 11)
            cv.text(576, 44, "Explanation of Benefits", "r")
            cv.font("r", 8)
            cv.text(576, 56, "THIS IS NOT A BILL", "r")
            cv.text(576, 67, f"Statement date: February 3, 2026   Page {f.page} of {total_pages or 0}", "r")
            cv.text(36, 67, "Subscriber: Marisol Quenneville   Member ID: PLH 400 8812 7   Group: 77120 Benton Valley Schools")
            cv.hline(36, 576, 73, 1.2)
            f.y = 86

        def cont(f):
            c = state["cur"]
            if c is not None:
                cv.font("b", 8.5)
                cv.text(36, f.y, f"{c['pat']}  -  Claim Number {c['pcn']}  (continued from previous page)")
                f.y += 8
                colhead(f)

        def footer(f):
            cv.font("r", 6.5)
            cv.text(36, 770, "Prairie Lantern Health Plan is an independent licensee. Keep this statement for your records. "
                    "Questions about a claim? Call the number above.")
            cv.hline(36, 576, 760, 0.4)

        f = Flow(cv, 86, 748, header, footer, total_pages)
        f.on_break = cont
        header(f)
        # page-1 summary box
        allc = [s for c in claims for s in c["svcs"]]
        cv.rect(36, f.y, 540, 54)
        cv.font("b", 9)
        cv.text(44, f.y + 13, "Summary of claims on this statement")
        cv.text(330, f.y + 13, "Your 2026 plan year")
        cv.font("r", 8)
        cv.text(44, f.y + 26, f"Total billed by providers:  ${m(total(allc, 'billed'))}")
        cv.text(44, f.y + 37, f"Total paid by your plan:  ${m(total(allc, 'paid'))}")
        cv.text(44, f.y + 48, f"Total you may owe providers:  ${m(total(allc, 'owes'))}")
        cv.text(330, f.y + 26, "Family deductible:  $150.00 met of $1,500.00")
        cv.text(330, f.y + 37, "Family out-of-pocket:  $612.40 met of $6,000.00")
        f.y += 72
        for c in claims:
            f.need(60)
            cv.rect(36, f.y - 9, 540, 24, gray=0.9, stroke=False)
            cv.font("b", 8.5)
            cv.text(40, f.y, f"Patient: {c['pat']}   ({c['rel']})")
            cv.text(572, f.y, f"Claim Number: {c['pcn']}", "r")
            cv.font("r", 7.5)
            cv.text(40, f.y + 11, f"Provider: {c['prov']}    Patient Account No.: {c['cid']}")
            cv.text(572, f.y + 11, f"Received {c['recd']}   In-network", "r")
            f.y += 22
            colhead(f)
            state["cur"] = c
            for s in c["svcs"]:
                f.need(12)
                cv.font("r", 7.5)
                vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods)] + [m(getattr(s, k)) for k in printed]
                for i, v in enumerate(vals):
                    cv.text(X[i], f.y, v, "l" if i < 2 else "r")
                cv.text(X[11], f.y, " ".join(s.remarks))
                lines.append(T(f.page, s, c, printed_t, units=False))
                cv.hline(36, 576, f.y + 3, 0.2)
                f.y += 12
            state["cur"] = None
            f.need(16)
            cv.font("b", 7.5)
            svcs = c["svcs"]
            cv.text(78, f.y, "Claim totals")
            for i, k in enumerate(printed):
                cv.text(X[i + 2], f.y, m(total(svcs, k)), "r")
            tclaims.append(CT(c, total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")))
            f.y += 20
        f.need(70)
        cv.font("b", 8.5)
        cv.text(36, f.y, "What the notes mean")
        f.y += 11
        cv.font("r", 7.5)
        for k, v in legend:
            cv.text(40, f.y, f"{k}  {v}")
            f.y += 10
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "reportlab", False, {"r": "LiberationSans-Regular", "b": "LiberationSans-Bold"}, build)
    return dict(name=name, producer="reportlab", pages=pages, lines=lines, claims=tclaims, legend=legend,
                arith="parts", description="Commercial family member EOB, portrait, ruled rows, claim continued onto page 2.")


# =========================================================================================== m2
def lay_m2(out: Path) -> dict:
    """Commercial member EOB, landscape, left sidebar, fpdf2 serif; planted total mismatch."""
    name = "h51_m2_commercial_sidebar_eob"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), copay_codes={"99213": Decimal("25.00"),
                   "92507": Decimal("20.00")}, allowed_rate=Decimal("0.84"))
    claims = [
        C("55017", "7Q2-260108-5521", "JUNE ABERNATHY-ROSS", [
            S(1, 8, "92610", 1, ("GN",)), S(1, 8, "92526", 1, ("GN",)), S(1, 15, "92507", 1, ("GN",)),
            S(1, 15, "92526", 1, ("GN",)), S(1, 22, "92507", 1, ("GN",))], prov="Larkspur Speech & Language Center"),
        C("W-118824", "7Q2-260112-0937", "OWEN ABERNATHY-ROSS", [
            S(1, 12, "97162", 1, ("GP",)), S(1, 12, "97110", 2, ("GP",)), S(1, 14, "97110", 2, ("GP",)),
            S(1, 14, "97116", 1, ("GP",)), S(1, 19, "97110", 3, ("GP", "KX")), S(1, 19, "97112", 1, ("GP", "KX")),
            S(1, 21, "97110", 2, ("GP", "KX")), S(1, 21, "97140", 1, ("GP", "59", "KX"))],
          prov="Tidewater Sports & Physical Therapy"),
        C("A7731902", "7Q2-260120-4410", "CLAIRE ABERNATHY-ROSS", [
            S(1, 20, "99213", 1), S(1, 20, "L3807", 1, ("RT",)), S(1, 27, "97760", 2, ("GO",))],
          prov="Meridian Hand Therapy Associates"),
        C("55102", "7Q2-260129-6178", "JUNE ABERNATHY-ROSS", [
            S(1, 29, "92507", 1, ("GN",)), S(1, 29, "92526", 1, ("GN",))], prov="Larkspur Speech & Language Center"),
    ]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st)
            s.remarks = ["P4"] if s.copay else ["P1"]
    planted = claims[1]
    printed = ("billed", "discount", "allowed", "copay", "coinsurance", "paid", "owes")
    printed_t = ("billed", "discount", "allowed", "copay", "coinsurance", "paid", "patient_owes")
    legend = [("P1", "Paid at your in-network coinsurance level."), ("P4", "A fixed copayment applies to this service.")]
    LX = 206  # main column left edge
    X = [LX, LX + 50, LX + 118, LX + 168, LX + 222, LX + 276, LX + 320, LX + 366, LX + 416, LX + 466, LX + 470, LX + 482]
    heads = [("Date of", "Service"), ("Procedure /", "Modifiers"), ("", "Qty"), ("Amount", "Billed"),
             ("Amount Not", "Allowed"), ("Allowed", "Amount"), ("", "Copay"), ("Co-", "insurance"), ("Paid by", "Plan"),
             ("Member", "Owes"), ("Reason", "")]
    lines, tclaims, findings = [], [], []

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()
        findings.clear()

        def colhead(f):
            cv.font("b", 7)
            for i, (a, b) in enumerate(heads):
                al = "l" if i in (0, 1, 10) else "r"
                xx = X[11] if i == 10 else (X[2] + 12 if i == 2 else X[i])
                cv.text(xx, f.y, a, al)
                cv.text(xx, f.y + 8, b, al)
            cv.hline(LX, 756, f.y + 11, 0.6)
            f.y += 21

        def header(f):
            cv.font("b", 14)
            cv.text(36, 40, "BLUE HERON HEALTH ALLIANCE")
            cv.font("r", 8)
            cv.text(36, 51, "Member Benefit Statement - Choice PPO 1500")
            cv.text(756, 40, "Statement period 01/01/2026 - 01/31/2026", "r")
            cv.text(756, 51, f"Page {f.page} of {total_pages or 0}", "r")
            cv.hline(36, 756, 58, 1)
            f.y = 76

        def footer(f):
            cv.font("r", 6.5)
            cv.text(36, 590, "This statement explains how your plan processed claims. It is not a bill. Keep it with your "
                    "medical records. Blue Heron Health Alliance, 200 Quayside Plaza, Port Ellery, ST 04112.")

        f = Flow(cv, 76, 570, header, footer, total_pages)
        header(f)
        # left sidebar, page 1
        cv.rect(36, 70, 158, 490, gray=0.94, stroke=False)
        cv.font("b", 9)
        y = 86
        cv.text(44, y, "Prepared for")
        cv.font("r", 8)
        for t in ["DANIEL ABERNATHY-ROSS", "14 Fernbrook Lane", "Halsey Cove, ST 04190", "", "Member ID  BHX 882 031 447",
                  "Group  Ferrow Marine Supply", "Plan  Choice PPO 1500"]:
            y += 11
            cv.text(44, y, t)
        y += 22
        cv.font("b", 9)
        cv.text(44, y, "Your plan year to date")
        cv.font("r", 8)
        for t in ["In-network deductible", "  $1,500.00 met of $1,500.00", "Out-of-pocket maximum", "  $2,214.35 met of $7,000.00"]:
            y += 11
            cv.text(44, y, t)
        y += 22
        cv.font("b", 9)
        cv.text(44, y, "Questions?")
        cv.font("r", 8)
        for t in ["Call 1-888-555-0176", "Mon-Fri, 8 am - 8 pm", "TTY 711", "", "Family members on", "this statement:",
                  "  Claire, Owen, June"]:
            y += 11
            cv.text(44, y, t)
        for c in claims:
            f.need(55)
            cv.rect(LX, f.y - 10, 550, 14, gray=0.82, stroke=False)
            cv.font("b", 8)
            cv.text(LX + 4, f.y, f"CLAIM # {c['pcn']}   For: {c['pat']}")
            cv.text(752, f.y, "Processed 02/04/2026", "r")
            f.y += 13
            cv.font("r", 7.5)
            cv.text(LX + 4, f.y, f"Provider: {c['prov']}  (in network)     Patient Account # {c['cid']}")
            f.y += 14
            colhead(f)
            for s in c["svcs"]:
                f.need(11)
                cv.font("r", 7.5)
                cv.text(X[0], f.y, dfmt(s.dos, "mdy4"))
                cv.text(X[1], f.y, " ".join((s.code,) + s.mods))
                cv.text(X[2] + 12, f.y, units_str(s.units), "r")
                for i, k in enumerate(printed):
                    cv.text(X[i + 3], f.y, m(getattr(s, k)), "r")
                cv.text(X[11], f.y, " ".join(s.remarks))
                lines.append(T(f.page, s, c, printed_t))
                f.y += 11
            cv.hline(LX, 756, f.y - 7, 0.4)
            svcs = c["svcs"]
            owes = total(svcs, "owes")
            shown = owes + Decimal("10.00") if c is planted else owes
            cv.font("b", 7.5)
            cv.text(X[1], f.y + 1, "Claim total")
            for i, k in enumerate(printed):
                v = shown if k == "owes" else total(svcs, k)
                cv.text(X[i + 3], f.y + 1, m(v), "r")
            tclaims.append(CT(c, total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), shown))
            if c is planted:
                findings.append(f"claim-total-mismatch claim {c['pcn']}: printed Member Owes total {m(shown)} but the "
                                f"lines add up to {m(owes)}")
            f.y += 22
        f.need(40)
        cv.font("b", 8)
        cv.text(LX, f.y, "Reason codes")
        cv.font("r", 7.5)
        for k, v in legend:
            f.y += 10
            cv.text(LX, f.y, f"{k} - {v}")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "fpdf2", True, {"r": "DejaVuSerif", "b": "DejaVuSerif-Bold"}, build)
    return dict(name=name, producer="fpdf2", pages=pages, lines=lines, claims=tclaims, legend=legend,
                findings=findings, arith="parts",
                description="Commercial member EOB, landscape, sidebar on page 1, planted member-owes total mismatch.")


# =========================================================================================== n1
def lay_n1(out: Path) -> dict:
    """Medicare Summary Notice, Part B, older single-table format, monospace, reportlab."""
    name = "h51_n1_msn_part_b_classic"
    st = PlanState(ded_left=Decimal("60.00"))
    pat = "ROSALIND T PEMBERTON-HALE"
    claims = [
        C(None, "26-0112-884-410", pat, [
            S(1, 6, "97163", 1, ("GP",)), S(1, 6, "97110", 2, ("GP",)), S(1, 9, "97110", 3, ("GP",)),
            S(1, 9, "97140", 1, ("GP",)), S(1, 13, "97110", 2, ("GP",)), S(1, 13, "97116", 2, ("GP",)),
            S(1, 16, "97110", 3, ("GP",)), S(1, 16, "G0283", 1, ("GP",)), S(1, 20, "97110", 2, ("GP",)),
            S(1, 20, "97112", 2, ("GP",)), S(1, 23, "97110", 3, ("GP",)), S(1, 23, "0552T", 1, ("GP",), denied="PR")],
          prov=["Willow Bend Outpatient Rehab", "418 Quarry Road", "Lysander, ST 55012-4410"],
          ref="Referred by: Imogen Vasilakis, M.D."),
        C(None, "26-0119-303-877", pat, [
            S(1, 14, "99213", 1), S(1, 14, "L3807", 1, ("RT",))],
          prov=["Fenwick Hand & Upper Limb Clinic", "9 Old Mill Row, Suite 2", "Lysander, ST 55014"],
          ref="Referred by: Imogen Vasilakis, M.D."),
        C(None, "26-0126-551-092", pat, [
            S(1, 22, "97168", 1, ("GO",)), S(1, 22, "97535", 2, ("GO",)), S(1, 27, "97535", 2, ("GO",)),
            S(1, 27, "97530", 1, ("GO",)), S(1, 29, "97535", 2, ("GO",)), S(1, 29, "97542", 1, ("GO",))],
          prov=["Hearthstone Home & Community OT", "PO Box 2271", "Canby Ford, ST 55020"],
          ref="Referred by: Lucian Abernethy, D.O."),
        C(None, "26-0203-640-118", pat, [
            S(1, 27, "97110", 2, ("GP", "KX")), S(1, 27, "97116", 1, ("GP", "KX")), S(1, 28, "97110", 3, ("GP", "KX")),
            S(1, 28, "97112", 1, ("GP", "KX")), S(1, 30, "97110", 2, ("GP", "KX")), S(1, 30, "97140", 1, ("GP", "KX")),
            S(1, 30, "G0283", 1, ("GP", "KX")), S(2, 2, "97110", 3, ("GP", "KX")), S(2, 2, "97530", 1, ("GP", "KX")),
            S(2, 4, "97110", 2, ("GP", "KX")), S(2, 4, "97116", 2, ("GP", "KX")), S(2, 6, "97110", 3, ("GP", "KX"))],
          prov=["Willow Bend Outpatient Rehab", "418 Quarry Road", "Lysander, ST 55012-4410"],
          ref="Referred by: Imogen Vasilakis, M.D."),
    ]
    claims = [claims[2], claims[0], claims[3], claims[1]]
    for c in claims:
        for s in c["svcs"]:
            medicare(s, st, deny_reason="50")
            s.remarks = ["c"] if s.denied else (["a", "b"] if s.deductible else ["a"])
    legend = [("a", "This amount was approved under the fee schedule for your area. The provider accepted assignment."),
              ("b", "Part of this approved amount went toward your Part B deductible."),
              ("c", "Medicare does not pay for this service because it is not considered reasonable and necessary "
                    "for your condition. You may be billed; see the back of this notice.")]
    printed = ("billed", "allowed", "paid", "owes")
    printed_t = ("billed", "allowed", "paid", "patient_owes")
    lines, tclaims = [], []
    X = [40, 92, 350, 412, 474, 528, 536]

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()
        state = {"cur": None}

        def colhead(f):
            cv.font("b", 7)
            for (a, b), x, al in zip([("Dates of", "Service"), ("Services Provided", ""), ("Amount", "Charged"),
                                      ("Medicare", "Approved"), ("Medicare Paid", "Provider"), ("You May", "Be Billed"),
                                      ("See Notes", "Section")], X, "llrrrrl"):
                cv.text(x, f.y, a, al)
                cv.text(x, f.y + 8, b, al)
            cv.hline(40, 572, f.y + 11, 0.5)
            f.y += 21

        def header(f):
            cv.font("b", 12)
            cv.text(40, 42, "Medicare Summary Notice")
            cv.font("r", 8)
            cv.text(572, 42, f"Page {f.page} of {total_pages or 0}", "r")
            cv.text(40, 54, "CUSTOMER SERVICE INFORMATION: Your Medicare Number: 6RT2-HX4-QW81")
            cv.text(40, 64, "If you have questions, write or call: Medicare (#07102), PO Box 9010, Amberly Junction, ST 55100")
            cv.text(40, 74, "Call: 1-800-555-0122 (toll free)      TTY: 1-877-555-0148")
            cv.hline(40, 572, 80, 0.8)
            f.y = 94
            if f.page > 1:
                cv.font("b", 8)
                cv.text(40, f.y, f"{pat}   -   Notice date: February 9, 2026")
                f.y += 14

        def cont(f):
            c = state["cur"]
            if c is not None:
                cv.font("b", 8)
                cv.text(40, f.y, f"Claim number {c['pcn']} (continued)")
                f.y += 12
                colhead(f)

        def footer(f):
            cv.font("r", 7)
            cv.text(40, 772, "THIS IS NOT A BILL - Keep this notice for your records.")
            cv.text(572, 772, pat, "r")

        f = Flow(cv, 94, 752, header, footer, total_pages)
        f.on_break = cont
        header(f)
        cv.font("r", 8.5)
        for t in [pat, "2207 LINDEN HOLLOW RD APT 4", "CANBY FORD ST 55020-1187"]:
            cv.text(40, f.y, t)
            f.y += 11
        cv.text(360, f.y - 33, "Notice date: February 9, 2026")
        cv.rect(340, f.y - 4, 232, 34)
        cv.font("b", 8)
        cv.text(346, f.y + 7, "BE INFORMED:")
        cv.font("r", 7.5)
        cv.text(346, f.y + 17, "Review this notice. Report services you")
        cv.text(346, f.y + 26, "did not get by calling the number above.")
        f.y += 46
        cv.font("b", 9)
        cv.text(40, f.y, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS")
        f.y += 16
        for c in claims:
            f.need(100)
            cv.font("r", 8)
            cv.text(40, f.y, f"Claim number {c['pcn']}")
            f.y += 10
            for t in c["prov"] + [c["ref"]]:
                cv.text(40, f.y, t)
                f.y += 10
            f.y += 4
            colhead(f)
            state["cur"] = c
            for s in c["svcs"]:
                f.need(11)
                cv.font("r", 7.5)
                cv.text(X[0], f.y, dfmt(s.dos, "mdy2"))
                desc = eobgen.DESC[s.code]
                desc = desc if len(desc) <= 34 else desc[:33].rstrip() + "."
                cv.text(X[1], f.y, f"{units_str(s.units)} {desc} ({s.code})")
                for i, k in enumerate(printed):
                    cv.text(X[i + 2], f.y, m(getattr(s, k), "$"), "r")
                cv.text(X[6], f.y, ",".join(s.remarks))
                lines.append(T(f.page, s, c, printed_t, mods=False))
                f.y += 11
            state["cur"] = None
            svcs = c["svcs"]
            cv.hline(X[2] - 50, 540, f.y - 7, 0.4)
            cv.font("b", 7.5)
            cv.text(X[1], f.y + 1, "Claim Total")
            for i, k in enumerate(printed):
                cv.text(X[i + 2], f.y + 1, m(total(svcs, k), "$"), "r")
            tclaims.append(CT(c, total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")))
            f.y += 24
        f.need(90)
        cv.font("b", 9)
        cv.text(40, f.y, "Notes Section:")
        cv.font("r", 7.5)
        for k, v in legend:
            words, row = v.split(), ""
            f.y += 11
            cv.text(40, f.y, k)
            for w in words:
                if len(row) + len(w) > 95:
                    cv.text(52, f.y, row)
                    f.y += 9
                    row = ""
                row += w + " "
            cv.text(52, f.y, row)
        f.y += 18
        cv.font("b", 9)
        cv.text(40, f.y, "Deductible Information:")
        cv.font("r", 7.5)
        f.y += 11
        cv.text(40, f.y, "You have met $283.00 of the Part B deductible for 2026.")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "reportlab", False, {"r": "DejaVuSansMono", "b": "DejaVuSansMono-Bold"}, build)
    return dict(name=name, producer="reportlab", pages=pages, lines=lines, claims=tclaims, legend=legend, arith=None,
                description="Medicare Summary Notice Part B, older one-table format, count before wording and code "
                            "in parentheses, a claim continued onto page 2, notes letters.")


# =========================================================================================== n2
def lay_n2(out: Path) -> dict:
    """Medicare Advantage PPO member EOB, boxed claims, fpdf2 Liberation Serif."""
    name = "h51_n2_medicare_advantage_eob"
    pat = "Desmond R. Achterberg"
    claims = [
        C("KR-604412", "H26-01-7730215", pat, [
            S(1, 7, "97162", 1, ("GP",)), S(1, 7, "97110", 2, ("GP",)), S(1, 9, "97110", 2, ("GP",)),
            S(1, 9, "97140", 1, ("GP",)), S(1, 14, "97110", 3, ("GP", "KX")), S(1, 14, "97112", 1, ("GP", "KX")),
            S(1, 16, "97110", 2, ("GP", "KX")), S(1, 16, "G0283", 1, ("GP", "KX"))],
          prov="Kestrel Ridge Physical Therapy", net="In-network", recd="January 20, 2026"),
        C("00918374", "H26-01-7741990", pat, [S(1, 12, "L3807", 1, ("LT",)), S(1, 12, "97760", 1, ("GO",))],
          prov="Dunmore Orthotic & Hand Center", net="In-network", recd="January 22, 2026", dme=True),
        C("SV2210-7", "H26-01-7760043", pat, [S(1, 21, "97533", 2, ("GO",), denied="CO"), S(1, 21, "97530", 1, ("GO",), denied="CO")],
          prov="Silverleaf Sensory Therapy Studio", net="Out-of-network", recd="January 27, 2026"),
        C("KR-604518", "H26-02-7802231", pat, [
            S(1, 21, "97110", 2, ("GP", "KX")), S(1, 21, "97116", 1, ("GP", "KX")), S(1, 23, "97110", 3, ("GP", "KX")),
            S(1, 28, "97110", 2, ("GP", "KX")), S(1, 28, "97530", 1, ("GP", "KX"))],
          prov="Kestrel Ridge Physical Therapy", net="In-network", recd="February 2, 2026"),
    ]
    for c in claims:
        seen = set()
        for s in c["svcs"]:
            if s.denied:
                s.allowed = s.paid = s.owes = ZERO
                s.remarks = ["7"]
                continue
            s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units)
            if c.get("dme"):
                s.owes = q(s.allowed * Decimal("0.20")) if s.code == "L3807" else Decimal("0.00")
                s.remarks = ["4"] if s.owes else ["1"]
            elif s.dos not in seen:
                seen.add(s.dos)
                s.owes = min(Decimal("30.00"), s.allowed)
                s.remarks = ["2"]
            else:
                s.remarks = ["1"]
            s.paid = s.allowed - s.owes
    legend = [("1", "Paid in full by the plan under your in-network benefit."),
              ("2", "Your $30.00 specialist visit copayment for this date."),
              ("4", "You pay 20% of the plan-allowed amount for medical equipment."),
              ("7", "Not covered: out-of-network provider without an approved plan referral. The provider may not bill you.")]
    printed = ("billed", "allowed", "paid", "owes")
    printed_t = ("billed", "allowed", "paid", "patient_owes")
    X = [52, 112, 300, 358, 414, 466, 520, 532]
    lines, tclaims = [], []

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()

        def header(f):
            cv.font("b", 15)
            cv.text(46, 46, "Harborlight Medicare Advantage")
            cv.font("r", 9)
            cv.text(46, 59, "Harborlight Choice PPO (H7712-004)")
            cv.font("b", 11)
            cv.text(566, 46, "Explanation of Benefits", "r")
            cv.font("r", 8.5)
            cv.text(566, 59, f"for medical services, January 2026  -  page {f.page} of {total_pages or 0}", "r")
            cv.hline(46, 566, 66, 1.5)
            f.y = 84

        def footer(f):
            cv.font("r", 7)
            cv.text(46, 760, "Harborlight Health Plans is a Medicare Advantage organization with a Medicare contract. "
                    "Enrollment depends on contract renewal.")
            cv.text(46, 769, "Y0114_EOB26_M     This is not a bill.")

        f = Flow(cv, 84, 740, header, footer, total_pages)
        header(f)
        cv.font("r", 9)
        for t in [f"Member: {pat}", "Member ID: HLX0447219301", "4 Tamsin Court, Grey Harbor, ST 04871"]:
            cv.text(46, f.y, t)
            f.y += 12
        allc = [s for c in claims for s in c["svcs"]]
        cv.rect(330, 76, 236, 44)
        cv.font("b", 8.5)
        cv.text(338, 89, "This month")
        cv.text(460, 89, "Plan year to date")
        cv.font("r", 8)
        cv.text(338, 101, f"Plan paid ${m(total(allc, 'paid'))}")
        cv.text(338, 112, f"You owe ${m(total(allc, 'owes'))}")
        cv.text(460, 101, "Out-of-pocket $426.18")
        cv.text(460, 112, "of $4,900.00 maximum")
        f.y += 8
        cv.font("b", 11)
        cv.text(46, f.y, "Your medical claims")
        f.y += 16
        for c in claims:
            n = len(c["svcs"])
            f.need(58 + 12 * n)
            top = f.y
            cv.rect(46, top, 520, 50 + 12 * n + 16)
            cv.rect(46, top, 520, 28, gray=0.92)
            cv.font("b", 8.5)
            cv.text(52, top + 11, f"Claim number {c['pcn']}")
            cv.text(300, top + 11, f"Provider: {c['prov']}")
            cv.font("r", 7.5)
            cv.text(52, top + 22, f"Received {c['recd']}   |   Provider's patient account {c['cid']}")
            cv.text(300, top + 22, c["net"])
            f.y = top + 40
            cv.font("b", 7.5)
            for h, x, al in zip(["Service date", "Service and code", "Units", "Provider charged", "Plan allowed",
                                 "Plan paid", "Your share", "Note"], X, "llrrrrrl"):
                cv.text(x, f.y, h, al)
            f.y += 12
            for s in c["svcs"]:
                cv.font("r", 7.8)
                cv.text(X[0], f.y, dfmt(s.dos, "mon"))
                cv.text(X[1], f.y, f"{short(eobgen.DESC[s.code], 30)}  {'-'.join((s.code,) + s.mods)}")
                cv.text(X[2], f.y, units_str(s.units), "r")
                for i, k in enumerate(printed):
                    cv.text(X[i + 3], f.y, m(getattr(s, k), "$"), "r")
                cv.text(X[7], f.y, ", ".join(s.remarks))
                lines.append(T(f.page, s, c, printed_t))
                f.y += 12
            svcs = c["svcs"]
            cv.font("b", 7.8)
            cv.text(X[1], f.y + 2, "Claim totals")
            for i, k in enumerate(printed):
                cv.text(X[i + 3], f.y + 2, m(total(svcs, k), "$"), "r")
            tclaims.append(CT(c, total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")))
            f.y = top + 50 + 12 * n + 16 + 14
        f.need(70)
        cv.font("b", 9)
        cv.text(46, f.y, "Notes about your claims")
        cv.font("r", 7.8)
        for k, v in legend:
            f.y += 11
            cv.text(46, f.y, f"{k}.  {v}")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "fpdf2", False, {"r": "LiberationSerif-Regular", "b": "LiberationSerif-Bold"}, build)
    return dict(name=name, producer="fpdf2", pages=pages, lines=lines, claims=tclaims, legend=legend, arith="share",
                description="Medicare Advantage PPO member EOB, boxed claims with shaded heads, code joined to "
                            "modifiers with hyphens after the wording, per-visit copay, out-of-network denial.")


# =========================================================================================== r1
def lay_r1(out: Path) -> dict:
    """State Medicaid remittance and status report, landscape, reportlab, status sections."""
    name = "h51_r1_medicaid_rs_report"
    pm = "KITTREDGE PEDIATRIC THERAPY GROUP"
    paid = [
        C("KPT0114A", "202601140334012", "MARLOWE, JUNIPER", [
            S(1, 6, "97530", 3, ("GO",)), S(1, 6, "97112", 1, ("GO",)), S(1, 8, "97530", 3, ("GO",)),
            S(1, 8, "97535", 1, ("GO",)), S(1, 13, "97530", 3, ("GO",)), S(1, 13, "97112", 1, ("GO", "59")),
            S(1, 15, "97530", 3, ("GO",)), S(1, 15, "97533", 1, ("GO",))], mcd="518830274", mrn="J-40091"),
        C("KPT0114B", "202601140334013", "TRAN, BAO-AN", [
            S(1, 7, "92523", 1, ("GN",)), S(1, 9, "92507", 1, ("GN",)), S(1, 14, "92507", 1, ("GN",)),
            S(1, 16, "92507", 1, ("GN",)), S(1, 21, "92507", 1, ("GN",)), S(1, 23, "92507", 1, ("GN",))],
          mcd="520117436", mrn="B-40122"),
        C("KPT0116C", "202601160418807", "OYELARAN, KAYODE", [
            S(1, 5, "97161", 1, ("GP",)), S(1, 5, "97110", 2, ("GP",)), S(1, 12, "97110", 2, ("GP",)),
            S(1, 12, "97116", 2, ("GP",)), S(1, 19, "97110", 3, ("GP",)), S(1, 19, "97530", 1, ("GP",)),
            S(1, 26, "97110", 2, ("GP",)), S(1, 26, "97116", 2, ("GP",))], mcd="517744902", mrn="K-39877"),
        C("KPT0119D", "202601190227745", "MARLOWE, JUNIPER", [
            S(1, 20, "97530", 3, ("GO",)), S(1, 20, "97112", 1, ("GO",)), S(1, 22, "97530", 3, ("GO",)),
            S(1, 22, "97760", 1, ("GO",)), S(1, 22, "L3807", 1, ("RT",)), S(1, 27, "97530", 3, ("GO",)),
            S(1, 27, "97535", 1, ("GO",)), S(1, 29, "97530", 3, ("GO",)), S(1, 29, "97112", 1, ("GO",))],
          mcd="518830274", mrn="J-40091"),
    ]
    denied = [
        C("KPT0116E", "202601160418851", "BRANDVOLD, ESME", [S(1, 9, "97165", 1, ("GO",), denied="CO"),
                                                            S(1, 9, "97530", 2, ("GO",), denied="CO")],
          mcd="519004418", mrn="E-40135"),
        C("KPT0119F", "202601190227790", "TRAN, BAO-AN", [S(1, 28, "92526", 1, ("GN",), denied="CO")],
          mcd="520117436", mrn="B-40122"),
    ]
    orig = C("KPT1218G", "202512180551020", "OYELARAN, KAYODE", [
        S(12, 15, "97110", 3, ("GP",)), S(12, 15, "97140", 2, ("GP",))], mcd="517744902", mrn="K-39877")
    for c in paid + [orig]:
        for s in c["svcs"]:
            medicaid(s)
            s.remarks = ["00112"] if s.code in ("97533", "L3807") else []
    for c in denied:
        for s in c["svcs"]:
            medicaid(s, "197")
            s.remarks = ["00291"] if s.code != "92526" else ["00187", "00402"]
    # 2025 claim for 97110 x3 was paid at 2 units; re-billed: reversal of the whole claim then the new claim
    rev = C(orig["cid"], "202601210660104", orig["pat"], [negate(s) for s in orig["svcs"]], mcd=orig["mcd"], mrn=orig["mrn"])
    new = C(orig["cid"], "202601210660105", orig["pat"], [S(12, 15, "97110", 3, ("GP",)), S(12, 15, "97140", 2, ("GP", "59"))],
            mcd=orig["mcd"], mrn=orig["mrn"])
    for s in rev["svcs"]:
        s.remarks = ["00930"]
    for s in new["svcs"]:
        medicaid(s)
        s.remarks = ["00931"]
    legend = [("00112", "Paid at the program's maximum allowed fee for this code."),
              ("00187", "Service needs an approved prior authorization number; none on file for these dates."),
              ("00291", "Recipient was not eligible for the program on the date of service."),
              ("00402", "Quantity billed exceeds the plan-of-care limit."),
              ("00930", "Credit: this claim reverses a previously paid claim."),
              ("00931", "Replacement claim issued after the credit above.")]
    printed_t = ("billed", "allowed", "paid")
    X = [30, 78, 126, 152, 176, 226, 256, 296, 352, 396, 452, 512, 530]
    lines, tclaims = [], []

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()
        state = {"cur": None, "section": ""}

        def detailhead(f):
            cv.font("b", 6.5)
            hs = [("SERVICE DATES", "FROM"), ("", "TO"), ("", "POS"), ("", "TOS"), ("", "PROC"), ("", "MOD"),
                  ("BILLED", "QTY"), ("BILLED", "CHARGE"), ("ALLOWED", "QTY"), ("ALLOWED", "CHARGE"),
                  ("PAID", "AMOUNT"), ("", "EOB CODES")]
            al = "llllllrrrrrl"
            xs = [X[0], X[1], X[2], X[3], X[4], X[5], X[6] + 24, X[7] + 40, X[8] + 24, X[9] + 40, X[10] + 40, X[11]]
            for (a, b), x, a_ in zip(hs, xs, al):
                cv.text(x, f.y, a, a_)
                cv.text(x, f.y + 7, b, a_)
            cv.hline(30, 762, f.y + 10, 0.4)
            f.y += 18

        def header(f):
            cv.font("b", 9)
            cv.text(30, 30, "STATE DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", "l")
            cv.text(762, 30, f"PAGE {f.page} OF {total_pages or 0}", "r")
            cv.font("r", 7.5)
            cv.text(30, 41, "REMITTANCE AND STATUS REPORT")
            cv.text(300, 41, f"PAYEE: {pm}")
            cv.text(762, 41, "R&S NUMBER 5540183   DATE 01/30/2026", "r")
            cv.text(30, 51, "PAYEE ID 1184407720   NPI 1497734210   TAXONOMY 225X00000X")
            cv.text(762, 51, "PROGRAM: MEDICAID FEE-FOR-SERVICE", "r")
            cv.hline(30, 762, 56, 1)
            f.y = 70

        def cont(f):
            if state["section"]:
                cv.font("b", 8)
                cv.text(30, f.y, state["section"] + " (CONTINUED)")
                f.y += 12
            c = state["cur"]
            if c is not None:
                claimhead(f, c, cont=True)

        def claimhead(f, c, cont=False):
            cv.font("b", 6.5)
            for h, x in zip(["PATIENT NAME", "CLAIM NUMBER", "MEDICAID #", "PATIENT ACCOUNT #", "MEDICAL RECORD #"],
                            [30, 170, 280, 360, 470]):
                cv.text(x, f.y, h)
            f.y += 9
            cv.font("r", 7.5)
            for v, x in zip([c["pat"], c["pcn"], c["mcd"], c["cid"], c["mrn"]], [30, 170, 280, 360, 470]):
                cv.text(x, f.y, v)
            if cont:
                cv.text(560, f.y, "(CLAIM CONTINUED)")
            f.y += 11
            detailhead(f)

        def footer(f):
            cv.font("r", 6.5)
            cv.text(30, 590, "THE EOB CODES ON THIS REPORT ARE EXPLAINED IN THE EOB CODE LIST AT THE END OF THE REPORT.")

        f = Flow(cv, 70, 572, header, footer, total_pages)
        f.on_break = cont
        header(f)

        def section(title, cs, neg="-"):
            state["section"] = title
            f.need(70)
            cv.rect(30, f.y - 9, 732, 12, gray=0.85, stroke=False)
            cv.font("b", 8)
            cv.text(34, f.y, title)
            f.y += 14
            for c in cs:
                f.need(60)
                claimhead(f, c)
                state["cur"] = c
                for s in c["svcs"]:
                    f.need(10)
                    cv.font("r", 7.5)
                    vals = [(X[0], dfmt(s.dos, "mdY8"), "l"), (X[1], dfmt(s.dos, "mdY8"), "l"), (X[2], "11", "l"),
                            (X[3], "1", "l"), (X[4], s.code, "l"), (X[5], " ".join(s.mods), "l"),
                            (X[6] + 24, f"{s.units:.2f}", "r"), (X[7] + 40, m(s.billed, ",", "trail"), "r"),
                            (X[8] + 24, f"{(s.units if not s.denied else Decimal(0)):.2f}", "r"),
                            (X[9] + 40, m(s.allowed, ",", "trail"), "r"), (X[10] + 40, m(s.paid, ",", "trail"), "r"),
                            (X[11], " ".join(s.remarks), "l")]
                    for x, v, a in vals:
                        cv.text(x, f.y, v, a)
                    lines.append(T(f.page, s, c, printed_t, end=s.dos))
                    f.y += 10
                state["cur"] = None
                svcs = c["svcs"]
                cv.font("b", 7.5)
                cv.text(X[4], f.y, "CLAIM TOTALS")
                for x, k in ((X[7] + 40, "billed"), (X[9] + 40, "allowed"), (X[10] + 40, "paid")):
                    cv.text(x, f.y, m(total(svcs, k), ",", "trail"), "r")
                tclaims.append(CT(c, total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")))
                f.y += 16
            state["section"] = ""

        section("CLAIMS PAID OR PARTIALLY PAID", paid)
        section("CLAIMS DENIED", denied)
        section("CLAIMS ADJUSTED - CREDIT AND REPLACEMENT", [rev, new])
        f.need(90)
        cv.font("b", 8)
        cv.text(30, f.y, "EOB CODE LIST")
        cv.font("r", 7.5)
        for k, v in legend:
            f.y += 10
            cv.text(30, f.y, f"{k}   {v}")
        f.y += 16
        allp = [s for c in paid + [rev, new] for s in c["svcs"]]
        cv.font("b", 8)
        cv.text(30, f.y, f"TOTAL PAYMENT THIS CYCLE  {m(total(allp, 'paid'), ',', 'trail')}     WARRANT/EFT NO. 0083310462")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "reportlab", True, {"r": "LiberationSans-Regular", "b": "LiberationSans-Bold"}, build)
    return dict(name=name, producer="reportlab", pages=pages, lines=lines, claims=tclaims, legend=legend, arith=None,
                description="State Medicaid remittance and status report, landscape: paid / denied / credit-and-"
                            "replacement sections, claim head rows, FROM and TO in MMDDYYYY, billed and allowed qty, "
                            "trailing-minus credits, five-digit EOB codes, claim continued onto the next page.")


# =========================================================================================== r2
def lay_r2(out: Path) -> dict:
    """State Medicaid practitioner claim detail, portrait monospace, fpdf2, flat rows with ids on first row."""
    name = "h51_r2_medicaid_claim_detail"
    kids = [("WESTERGAARD, TOVE", "AB44871K"), ("OKAFOR-LYLE, NNAMDI", "CQ20935M"), ("PIRES, LUZIA", "DT71120P"),
            ("HALVERSEN, BJORN", "EE30418R"), ("MUNTZ, ODALYS", "FG55203T")]
    plan = [
        (0, "SPT-10441", [(1, 5, "97165", 1, ("GO",)), (1, 5, "97530", 2, ("GO",)), (1, 12, "97530", 3, ("GO",))]),
        (1, "SPT-10452", [(1, 6, "92523", 1, ("GN",)), (1, 13, "92507", 1, ("GN",)), (1, 20, "92507", 1, ("GN",)),
                          (1, 27, "92507", 1, ("GN",))]),
        (2, "SPT-10460", [(1, 7, "97530", 4, ("GO",)), (1, 7, "97112", 1, ("GO", "59")), (1, 14, "97530", 4, ("GO",)),
                          (1, 14, "97535", 1, ("GO",))]),
        (3, "SPT-10471", [(1, 8, "97162", 1, ("GP",)), (1, 8, "97110", 2, ("GP",)), (1, 15, "97110", 2, ("GP",)),
                          (1, 15, "97116", 1, ("GP",)), (1, 22, "97110", 3, ("GP",))]),
        (0, "SPT-10488", [(1, 19, "97530", 3, ("GO",)), (1, 19, "97533", 1, ("GO",)), (1, 26, "97530", 3, ("GO",)),
                          (1, 26, "97533", 1, ("GO",))]),
        (4, "SPT-10493", [(1, 9, "97166", 1, ("GO",)), (1, 16, "97530", 2, ("GO",)), (1, 16, "97542", 1, ("GO",)),
                          (1, 23, "97530", 2, ("GO",)), (1, 30, "97530", 2, ("GO",))]),
        (2, "SPT-10502", [(1, 21, "97530", 4, ("GO",)), (1, 28, "97530", 4, ("GO",)), (1, 28, "97140", 1, ("GO",))]),
    ]
    paid = []
    tcn = 26019000441100
    for i, (k, acct, svs) in enumerate(plan):
        tcn += 1117
        c = C(acct, str(tcn), kids[k][0], [S(*x) for x in svs], client=kids[k][1])
        paid.append(c)
    den = [C("SPT-10477", "26019000457310", kids[1][0], [S(1, 29, "92526", 1, ("GN",), denied="CO"),
                                                          S(1, 29, "92507", 1, ("GN",), denied="CO")], client=kids[1][1]),
           C("SPT-10499", "26019000457322", kids[3][0], [S(1, 29, "97110", 4, ("GP",), denied="CO")], client=kids[3][1])]
    for c in paid:
        for s in c["svcs"]:
            medicaid(s)
            s.remarks = []
    for c in den:
        for s in c["svcs"]:
            medicaid(s)
            s.remarks = ["00244", "00167"] if s.code == "92526" else (["00244"] if s.code == "92507" else ["01129"])
    legend = [("00167", "This procedure code is not covered for the provider's specialty."),
              ("00244", "Same-day duplicate of a service already paid for this client."),
              ("01129", "Units exceed the daily maximum allowed for this code.")]
    cols = [("OFFICE ACCT", 0, 9, "l"), ("CLIENT ID", 11, 8, "l"), ("CLIENT NAME", 21, 20, "l"),
            ("SVC DATE", 42, 10, "l"), ("TCN", 54, 14, "l"), ("PROC", 70, 5, "l"), ("MOD", 76, 5, "l"),
            ("UNITS", 82, 5, "r"), ("CLAIMED", 88, 9, "r"), ("PAID", 98, 9, "r"), ("ST", 109, 4, "l"),
            ("ERRORS", 114, 12, "l")]
    CW = 4.1  # DejaVu Sans Mono advance at 6.8 pt
    X0 = 36
    lines, tclaims = [], []

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()

        def row(vals, bold=False):
            cv.font("b" if bold else "r", 6.8)
            for (h, col, w, al), v in zip(cols, vals):
                x = X0 + col * CW
                cv.text(x + w * CW if al == "r" else x, f.y, v, al)

        def header(f):
            cv.font("b", 8.5)
            cv.text(X0, 38, "MEDICAL ASSISTANCE PROGRAM  -  REMITTANCE STATEMENT")
            cv.font("r", 6.8)
            cv.text(X0, 49, "PROVIDER: SUNDIAL PEDIATRIC THERAPIES PLLC     PROVIDER ID 03318840     NPI 1730294481")
            cv.text(X0, 58, "CYCLE 1503   CYCLE DATE 01/26/2026   REMITTANCE NO. 0004417209")
            cv.text(576, 38, f"PAGE {f.page:02d}", "r")
            cv.text(576, 49, "PRACTITIONER CLAIM DETAIL", "r")
            cv.hline(X0, 576, 63, 0.6)
            f.y = 74
            row([h for h, *_ in cols], bold=True)
            cv.hline(X0, 576, f.y + 3, 0.3)
            f.y += 11

        def footer(f):
            cv.font("r", 6.5)
            cv.text(X0, 770, "ST: PAID = PAID   DENY = DENIED   VOID = CREDIT OF A PRIOR CLAIM      ERRORS: SEE EDIT DESCRIPTIONS ON LAST PAGE")

        f = Flow(cv, 74, 752, header, footer, total_pages)
        header(f)

        def block(title, cs, st):
            f.need(30)
            cv.font("b", 7.5)
            cv.text(X0, f.y + 2, title)
            f.y += 13
            for c in cs:
                f.need(10 * len(c["svcs"]) + 6)
                for j, s in enumerate(c["svcs"]):
                    first = j == 0
                    row([c["cid"] if first else "", c["client"] if first else "", c["pat"] if first else "",
                         dfmt(s.dos, "mdy4"), c["pcn"] if first else "", s.code, " ".join(s.mods),
                         units_str(s.units), m(s.billed), m(s.paid), st, " ".join(s.remarks)])
                    lines.append(T(f.page, s, c, ("billed", "paid")))
                    f.y += 10
                tclaims.append(CT(c))
                f.y += 4
            allx = [s for c in cs for s in c["svcs"]]
            cv.font("b", 6.8)
            cv.text(X0, f.y + 2, f"{title} - NUMBER OF CLAIMS {len(cs)}   TOTAL CLAIMED {m(total(allx, 'billed'))}   "
                    f"TOTAL PAID {m(total(allx, 'paid'))}")
            f.y += 18

        block("CLAIMS PAID", paid, "PAID")
        block("CLAIMS DENIED", den, "DENY")
        f.need(60)
        cv.font("b", 7.5)
        cv.text(X0, f.y, "EDIT DESCRIPTIONS")
        cv.font("r", 6.8)
        for k, v in legend:
            f.y += 10
            cv.text(X0, f.y, f"{k}  {v}")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "fpdf2", False, {"r": "DejaVuSansMono", "b": "DejaVuSansMono-Bold"}, build)
    return dict(name=name, producer="fpdf2", pages=pages, lines=lines, claims=tclaims, legend=legend, arith=None,
                description="State Medicaid practitioner claim detail, portrait monospace flat table: account, client "
                            "ID, name and TCN only on a claim's first row, status and edit numbers per row.")


def medicare_claims(spec, st_ded: dict) -> list:
    """spec: (cid, icn, patient, [svc tuples], extra) -> claims priced under Medicare with per-patient deductible."""
    out = []
    for cid, icn, pat, svs, extra in spec:
        st = st_ded.setdefault(pat, PlanState(ded_left=Decimal("40.00") if "deductible" in extra else ZERO))
        c = C(cid, icn, pat, [S(*x) for x in svs], **extra)
        for s in c["svcs"]:
            medicare(s, st, deny_reason="96")
            s.remarks = ["N130"] if s.code == "97110" and "KX" in s.mods and s.units >= 3 else []
            if s.denied:
                s.remarks = ["M15"]
        out.append(c)
    return out


# =========================================================================================== p1
def lay_p1(out: Path) -> dict:
    """Medicare standard-paper-remit style print from a practice-management system, landscape Courier, reportlab."""
    name = "h51_p1_medicare_spr_reprint"
    spec = [
        ("HPR-55120", "0226012004410", "PEMBERLY, AUGUSTINE", [(1, 6, "97110", 2, ("GP",)), (1, 6, "97140", 1, ("GP",)),
                                                              (1, 8, "97110", 3, ("GP", "KX")), (1, 8, "97112", 1, ("GP",))],
         {"mid": "5KQ2TE8RW31", "moa": "MA01", "deductible": 1}),
        ("HPR-55131", "0226012004411", "DOUGHTY, CORDELIA", [(1, 7, "97165", 1, ("GO",)), (1, 7, "97535", 2, ("GO",)),
                                                            (1, 9, "97535", 2, ("GO",)), (1, 9, "97530", 1, ("GO",)),
                                                            (1, 14, "97535", 2, ("GO", "CO")), (1, 14, "97530", 2, ("GO", "CO")),
                                                            (1, 16, "97535", 2, ("GO", "CO")), (1, 16, "97168", 1, ("GO",))],
         {"mid": "2WR7HN4TY19", "moa": "MA01 MA18"}),
        ("HPR-55147", "0226012004412", "IBARRA-SOLIS, TEODORO", [(1, 12, "97161", 1, ("GP",)), (1, 12, "97110", 2, ("GP",)),
                                                                (1, 12, "G0283", 1, ("GP",), "CO"), (1, 15, "97110", 3, ("GP", "KX")),
                                                                (1, 15, "97116", 2, ("GP",)), (1, 19, "97110", 2, ("GP", "CQ")),
                                                                (1, 19, "97530", 1, ("GP", "CQ")), (1, 22, "97110", 3, ("GP", "KX")),
                                                                (1, 22, "97140", 1, ("GP", "59"))],
         {"mid": "9EK3UP6MA27", "moa": "MA01", "deductible": 1}),
        ("HPR-55160", "0226012004413", "NAKAGAWA, FERN", [(1, 20, "92610", 1, ("GN",)), (1, 20, "92526", 1, ("GN",)),
                                                         (1, 27, "92526", 1, ("GN",))], {"mid": "7HT1QC5VK48", "moa": "MA01"}),
    ]
    claims = medicare_claims(spec, {})
    # a reversal of a December claim (status 22) and its corrected claim
    origs = medicare_claims([("HPR-54870", "0225351009102", "DOUGHTY, CORDELIA",
                              [(12, 17, "97535", 2, ("GO",)), (12, 17, "97530", 2, ("GO",))], {"mid": "2WR7HN4TY19"})], {})
    rev = C("HPR-54870", "0226012004490", "DOUGHTY, CORDELIA", [negate(s) for s in origs[0]["svcs"]], mid="2WR7HN4TY19",
            moa="MA67", status="22")
    corr = medicare_claims([("HPR-54870", "0226012004491", "DOUGHTY, CORDELIA",
                             [(12, 17, "97535", 2, ("GO", "CO")), (12, 17, "97530", 2, ("GO", "CO"))],
                             {"mid": "2WR7HN4TY19", "moa": "MA01"})], {})[0]
    claims = claims + [rev, corr]
    legend = [("CO-45", "Charge above the fee schedule amount; provider writes this off."),
              ("CO-253", "Mandatory federal payment reduction."),
              ("CO-96", "Service not covered when billed this way."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("N130", "Review your benefit limits for therapy services."),
              ("M15", "Separately billed service already included in another paid service.")]
    # character columns (Courier 7.2 pt -> 4.32 pt per char)
    CW, X0 = 4.32, 30
    col = {"perf": 0, "from": 11, "thru": 16, "pos": 23, "nos": 27, "proc": 31, "mods": 37, "billed": 56, "allowed": 66,
           "deduct": 76, "coins": 86, "grp": 88, "adj": 107, "pd": 118, "rem": 120}
    lines, tclaims = [], []

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()
        state = {"cur": None}

        def at(key, y, s, right=False):
            x = X0 + col[key] * CW
            cv.text(x, y, s, "r" if right else "l")

        def colhead(f):
            cv.font("r", 7.2)
            for k, h, r in (("perf", "PERF PROV", 0), ("from", "SERV DATE", 0), ("pos", "POS", 0), ("nos", "NOS", 0),
                            ("proc", "PROC", 0), ("mods", "MODS", 0), ("billed", "BILLED", 1), ("allowed", "ALLOWED", 1),
                            ("deduct", "DEDUCT", 1), ("coins", "COINS", 1), ("grp", "GRP/RC-AMT", 0), ("pd", "PROV PD", 1),
                            ("rem", "REM", 0)):
                at(k, f.y, h, bool(r))
            f.y += 5
            cv.text(X0, f.y, "_" * 142)
            f.y += 11

        def header(f):
            cv.font("r", 7.2)
            rows = ["NORTHWIND MEDICARE SERVICES, PART B          MEDICARE REMITTANCE NOTICE (REPRINTED BY CLEARPATH PM 9.4)",
                    "PO BOX 30018                                  PROVIDER #: 0449182             NPI: 1366021948",
                    "FALLOWFIELD ST 58102-0018                     DATE: 01/28/2026               PAGE #: %d OF %d" % (f.page, total_pages or 0),
                    "HARTWELL PEDIATRIC & ADULT REHAB              CHECK/EFT #: 8810042215",
                    "77 COOPERAGE WAY, FALLOWFIELD ST 58110"]
            y = 30
            for r in rows:
                cv.text(X0, y, r)
                y += 9
            f.y = y + 8
            colhead(f)

        def claimhead(c, f):
            cv.font("r", 7.2)
            extra = f"  CLAIM STATUS {c['status']}" if c.get("status") else ""
            cv.text(X0, f.y, f"NAME {c['pat']:<24} MID {c['mid']}  ACNT {c['cid']:<11} ICN {c['pcn']}  ASG Y  MOA {c.get('moa', '')}{extra}")
            f.y += 10

        def cont(f):
            c = state["cur"]
            if c is not None:
                claimhead(c, f)

        def footer(f):
            pass

        f = Flow(cv, 90, 578, header, footer, total_pages)
        f.on_break = cont
        header(f)
        for c in claims:
            f.need(40)
            claimhead(c, f)
            state["cur"] = c
            for s in c["svcs"]:
                adjs = [(g, r, a) for g, r, a in s.adjs if a]
                f.need(10 * max(1, len(adjs)) + 2)
                at("perf", f.y, "1558203347")
                at("from", f.y, s.dos.strftime("%m%d"))
                at("thru", f.y, dfmt(s.dos, "mdy6"))
                at("pos", f.y, "11")
                at("nos", f.y, units_str(abs(s.units)))
                at("proc", f.y, s.code)
                at("mods", f.y, " ".join(s.mods))
                for k, a in (("billed", "billed"), ("allowed", "allowed"), ("deduct", "deductible"), ("coins", "coinsurance"),
                             ("pd", "paid")):
                    at(k, f.y, m(getattr(s, a), ""), True)
                at("rem", f.y, " ".join(s.remarks))
                for j, (g, r, a) in enumerate(adjs):
                    at("grp", f.y + 10 * j, f"{g}-{r}")
                    at("adj", f.y + 10 * j, m(a, ""), True)
                lines.append(T(f.page, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                               adjs=[[g, r, a] for g, r, a in adjs], end=s.dos))
                f.y += 10 * max(1, len(adjs))
            state["cur"] = None
            svcs = c["svcs"]
            f.need(22)
            cv.text(X0, f.y, f"PT RESP {m(total(svcs, 'owes'), ''):>9}")
            at("proc", f.y, "CLAIM TOTALS")
            for k, a in (("billed", "billed"), ("allowed", "allowed"), ("deduct", "deductible"), ("coins", "coinsurance"),
                         ("pd", "paid")):
                at(k, f.y, m(total(svcs, a), ""), True)
            f.y += 10
            cv.text(X0, f.y, "ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00")
            at("adj", f.y, "NET", True)
            at("pd", f.y, m(total(svcs, "paid"), ""), True)
            tclaims.append(CT(c, total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")))
            f.y += 16
        f.need(100)
        allp = [s for c in claims for s in c["svcs"]]
        cv.text(X0, f.y, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {m(total(allp, 'billed'), '')}   ALLOWED AMT "
                f"{m(total(allp, 'allowed'), '')}   PROV PD AMT {m(total(allp, 'paid'), '')}   CHECK AMT {m(total(allp, 'paid'), '')}")
        f.y += 16
        cv.text(X0, f.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES")
        for k, v in legend:
            f.y += 9
            cv.text(X0, f.y, f"{k:<8}{v}")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "reportlab", True, {"r": "core:Courier", "b": "core:Courier-Bold"}, build)
    return dict(name=name, producer="reportlab", pages=pages, lines=lines, claims=tclaims, legend=legend, arith="adj",
                description="Medicare paper-remit style reprint from a practice-management system, landscape Courier: "
                            "NAME/MID/ACNT/ICN claim lines, MMDD + MMDDYY service dates, NOS units, stacked GRP/RC-AMT "
                            "rows, PT RESP and CLAIM TOTALS, a status-22 reversal and its corrected claim, continued claim.")


# =========================================================================================== p2
def lay_p2(out: Path) -> dict:
    """Clearinghouse remittance report (Medicare), claim cards, stacked adjustment cells, fpdf2 DejaVu Sans."""
    name = "h51_p2_clearinghouse_remit_cards"
    spec = [
        ("8830-4471", "52260120118842", "Haverford, Lucia M", [(1, 5, "97167", 1, ("GO",)), (1, 5, "97530", 2, ("GO",)),
                                                               (1, 7, "97530", 3, ("GO", "KX")), (1, 7, "97535", 1, ("GO",))],
         {"mbi": "3QW8-FK2-RT55", "deductible": 1}),
        ("8830-4488", "52260120118857", "Lindqvist, Arvid", [(1, 6, "92523", 1, ("GN",)), (1, 13, "92507", 1, ("GN",)),
                                                             (1, 20, "92507", 1, ("GN",)), (1, 20, "92526", 1, ("GN",), "CO")],
         {"mbi": "6TR2-WE9-HK10"}),
        ("8830-4502", "52260122004315", "Achebe-Morrow, Pearl", [(1, 8, "97163", 1, ("GP",)), (1, 8, "97110", 2, ("GP",)),
                                                                 (1, 15, "97110", 3, ("GP", "KX")), (1, 15, "97140", 1, ("GP", "59")),
                                                                 (1, 22, "97110", 2, ("GP", "CQ")), (1, 22, "97116", 2, ("GP", "CQ"))],
         {"mbi": "1EK7-PL4-MM82"}),
    ]
    claims = medicare_claims(spec, {})
    origs = medicare_claims([("8830-4390", "52253540071120", "Lindqvist, Arvid", [(12, 16, "92507", 1, ("GN",))],
                              {"mbi": "6TR2-WE9-HK10"})], {})
    rev = C("8830-4390", "52260120118860", "Lindqvist, Arvid", [negate(s) for s in origs[0]["svcs"]], mbi="6TR2-WE9-HK10",
            status="22 - Reversal of previous payment")
    corr = medicare_claims([("8830-4390", "52260120118861", "Lindqvist, Arvid", [(12, 16, "92507", 1, ("GN", "KX"))],
                             {"mbi": "6TR2-WE9-HK10"})], {})[0]
    claims = [claims[0], claims[1], rev, corr, claims[2]]
    for c in claims:
        c.setdefault("status", "1 - Processed as primary")
    legend = [("CO-45", "Charges exceed the fee schedule; contractual write-off."), ("CO-253", "Sequestration reduction."),
              ("CO-96", "Non-covered charge."), ("PR-1", "Deductible."), ("PR-2", "Coinsurance."),
              ("N130", "Consult plan benefit documents for therapy limits."), ("M15", "Bundled into another service.")]
    X = [44, 66, 112, 146, 186, 230, 272, 314, 356, 396, 470, 560]
    lines, tclaims = [], []

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()

        def header(f):
            cv.font("b", 12)
            cv.text(36, 40, "RelayBridge Claims Exchange")
            cv.font("r", 8)
            cv.text(36, 51, "Remittance Advice Report  |  Payer: NORTHWIND MEDICARE SERVICES (Part B)  |  Payer ID 04111")
            cv.text(576, 40, f"Page {f.page} of {total_pages or 0}", "r")
            cv.text(576, 51, "Printed 01/29/2026 07:42", "r")
            cv.hline(36, 576, 57, 0.8)
            f.y = 72

        def footer(f):
            cv.font("r", 6.5)
            cv.text(36, 772, "Generated from the payer's electronic remittance. Amounts in USD. Negative amounts in parentheses.")

        f = Flow(cv, 72, 756, header, footer, total_pages)
        header(f)
        cv.font("r", 8)
        for t in ["Payee: Brookmere Therapy Partners LLC   NPI 1629047731   TIN XX-XXX4410",
                  "Payment: EFT trace 1TRN88204417  |  Payment date 01/27/2026  |  Payment amount shown in summary below"]:
            cv.text(36, f.y, t)
            f.y += 11
        f.y += 8
        for c in claims:
            svcs = c["svcs"]
            nrows = sum(max(1, len([a for a in s.adjs if a[2]])) for s in svcs)
            h = 59 + 10 * nrows + 8
            f.need(h + 8)
            top = f.y
            cv.rect(36, top, 540, h)
            cv.font("b", 8)
            cv.text(42, top + 11, f"Patient: {c['pat']}")
            cv.text(230, top + 11, f"Patient Control #: {c['cid']}")
            cv.text(572, top + 22, f"Claim Status: {c['status']}", "r")
            cv.font("r", 7.5)
            cv.text(42, top + 22, f"Payer Claim Control #: {c['pcn']}    Medicare ID: {c['mbi']}")
            cv.text(572, top + 33, f"Charge: {m(total(svcs, 'billed'), '$', '()')}   Paid: {m(total(svcs, 'paid'), '$', '()')}   "
                    f"Patient Resp: {m(total(svcs, 'owes'), '$', '()')}", "r")
            tclaims.append(CT(c, total(svcs, "billed"), None, total(svcs, "paid"), total(svcs, "owes")))
            y = top + 47
            cv.font("b", 7)
            for hd, x, al in zip(["Line", "Svc Date", "Proc", "Mods", "Qty", "Charge", "Allowed", "Deduct", "Co-Ins",
                                  "Adjustments", "Remarks", "Paid"], X, "llllrrrrrllr"):
                cv.text(x if al == "l" else x + 0, y, hd, al)
            cv.hline(40, 572, y + 3, 0.3)
            y += 12
            cv.font("r", 7.5)
            for i, s in enumerate(svcs, 1):
                adjs = [(g, r, a) for g, r, a in s.adjs if a]
                vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(abs(s.units)),
                        m(s.billed, ",", "()"), m(s.allowed, ",", "()"), m(s.deductible, ",", "()"),
                        m(s.coinsurance, ",", "()"), "", " ".join(s.remarks), m(s.paid, ",", "()")]
                for v, x, al in zip(vals, X, "llllrrrrrllr"):
                    cv.text(x, y, v, al)
                for j, (g, r, a) in enumerate(adjs):
                    cv.text(X[9], y + 10 * j, f"{g}-{r}  {m(a, ',', '()')}")
                lines.append(T(f.page, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                               adjs=[[g, r, a] for g, r, a in adjs]))
                y += 10 * max(1, len(adjs))
            f.y = top + h + 10
        allp = [s for c in claims for s in c["svcs"]]
        f.need(110)
        cv.font("b", 9)
        cv.text(36, f.y, "Payment summary")
        cv.font("r", 8)
        f.y += 12
        cv.text(36, f.y, f"Claims: {len(claims)}    Total charge: {m(total(allp, 'billed'), '$', '()')}    Total paid: "
                f"{m(total(allp, 'paid'), '$', '()')}    Provider adjustments: $0.00    EFT amount: {m(total(allp, 'paid'), '$', '()')}")
        f.y += 18
        cv.font("b", 9)
        cv.text(36, f.y, "Code glossary")
        cv.font("r", 7.5)
        for k, v in legend:
            f.y += 10
            cv.text(36, f.y, f"{k}: {v}")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "fpdf2", False, {"r": "DejaVuSans", "b": "DejaVuSans-Bold"}, build)
    return dict(name=name, producer="fpdf2", pages=pages, lines=lines, claims=tclaims, legend=legend, arith="adj",
                description="Clearinghouse remittance report for a Medicare contractor: one bordered card per claim, "
                            "claim figures in the card head, stacked 'CO-45  51.20' adjustment cells, a reversal in "
                            "parentheses and its corrected claim.")


def stmt_price(claims, rate: Decimal, copay_first: Decimal = ZERO, pending=()):
    """Statement arithmetic: insurer paid and contractual adjustment per line; the rest is the family's balance."""
    for c in claims:
        first = True
        for s in c["svcs"]:
            if s.denied:
                s.paid, s.discount = ZERO, ZERO
                s.owes = s.billed
                continue
            allowed = q(s.billed * rate)
            share = min(copay_first, allowed) if first else ZERO
            first = False
            s.discount = s.billed - allowed
            s.paid = allowed - share
            s.owes = share


# =========================================================================================== s1
def lay_s1(out: Path) -> dict:
    """Pediatric therapy clinic family statement, portrait serif, reportlab: coupon, visit heads, aging."""
    name = "h51_s1_clinic_family_statement"
    fam = "Okonkwo-Haldane"
    kids = {"A": f"Anika {fam}", "R": f"Rafe {fam}", "J": f"Juniper {fam}"}
    claims = [
        C("V-30118", "MG88300214", kids["A"], [S(1, 7, "97530", 3, ("GO",)), S(1, 7, "97112", 1, ("GO",))], ins="Meadowgate Choice PPO"),
        C("V-30154", "MG88300377", kids["A"], [S(1, 14, "97530", 3, ("GO",)), S(1, 14, "97535", 1, ("GO",))], ins="Meadowgate Choice PPO"),
        C("V-30190", "MG88300561", kids["A"], [S(1, 21, "97530", 2, ("GO",)), S(1, 21, "97533", 2, ("GO",), denied="PR")], ins="Meadowgate Choice PPO"),
        C("V-30121", "MG88300229", kids["R"], [S(1, 8, "92523", 1, ("GN",))], ins="Meadowgate Choice PPO"),
        C("V-30160", "MG88300402", kids["R"], [S(1, 15, "92507", 1, ("GN",)), S(1, 15, "92526", 1, ("GN",))], ins="Meadowgate Choice PPO"),
        C("V-30197", "MG88300588", kids["R"], [S(1, 22, "92507", 1, ("GN",))], ins="Meadowgate Choice PPO"),
        C("V-30133", "MG88300290", kids["J"], [S(1, 9, "97166", 1, ("GO",)), S(1, 9, "97530", 1, ("GO",))], ins="Meadowgate Choice PPO"),
        C("V-30171", "MG88300455", kids["J"], [S(1, 16, "97530", 2, ("GO",)), S(1, 16, "97760", 1, ("GO",)),
                                               S(1, 16, "L3807", 1, ("LT",))], ins="Meadowgate Choice PPO"),
        C("V-30205", "MG88300610", kids["J"], [S(1, 23, "97530", 2, ("GO",)), S(1, 23, "97110", 1, ("GO",))], ins="Meadowgate Choice PPO"),
    ]
    stmt_price(claims, Decimal("0.72"), Decimal("25.00"))
    payments = {"A": [(D(1, 20), "Payment - thank you (check 4471)", Decimal("-50.00"))],
                "J": [(D(1, 26), "Payment - card ending 0912", Decimal("-25.00"))]}
    printed = ("billed", "paid", "discount", "owes")
    lines, tclaims = [], []
    X = [40, 92, 140, 184, 316, 362, 428, 500, 566]

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()
        state = {"kid": None}

        def colhead(f):
            cv.font("b", 8)
            for h, x, al in zip(["Date", "Visit", "Code", "Description", "Units", "Charges", "Insurance Paid",
                                 "Contract. Adj.", "Balance"], X, "llllrrrrr"):
                cv.text(x, f.y, h, al)
            cv.hline(40, 572, f.y + 3, 0.6)
            f.y += 14

        def header(f):
            cv.font("b", 13)
            cv.text(40, 40, "Little Compass Therapy Center")
            cv.font("r", 8)
            cv.text(40, 51, "Occupational, Speech & Feeding Therapy for Children  |  1200 Birchwood Ave, Suite 3, Marren, ST 30771  |  (555) 010-4419")
            cv.text(572, 40, f"Page {f.page} of {total_pages or 0}", "r")
            cv.hline(40, 572, 57, 0.8)
            f.y = 74

        def cont(f):
            if state["kid"]:
                cv.font("b", 9)
                cv.text(40, f.y, f"Patient: {state['kid']} (continued)")
                f.y += 12
                colhead(f)

        def footer(f):
            cv.font("r", 7)
            cv.text(40, 772, "Statement date 02/05/2026  |  Guarantor account G-10482  |  Balances older than 90 days may be sent to collections.")

        f = Flow(cv, 74, 752, header, footer, total_pages)
        f.on_break = cont
        header(f)
        # remittance coupon
        allc = [s for c in claims for s in c["svcs"]]
        paysum = sum((p[2] for v in payments.values() for p in v), ZERO)
        due = total(allc, "owes") + paysum
        cv.rect(40, f.y - 8, 532, 80)
        cv.font("b", 8)
        cv.text(48, f.y + 4, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT")
        cv.font("r", 8.5)
        for i, t in enumerate(["Priya Okonkwo-Haldane", "61 Larchmont Terrace", "Marren, ST 30774"]):
            cv.text(48, f.y + 20 + 11 * i, t)
        for i, (k, v) in enumerate([("Statement date", "02/05/2026"), ("Guarantor account", "G-10482"),
                                    ("Amount due", money(due)), ("Due by", "02/28/2026")]):
            cv.text(360, f.y + 8 + 12 * i, k)
            cv.text(564, f.y + 8 + 12 * i, v, "r")
        cv.text(360, f.y + 62, "Amount enclosed  $ ____________")
        f.y += 88
        cv.font("r", 8)
        cv.text(40, f.y, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
        f.y += 16
        cv.font("b", 10)
        cv.text(40, f.y, "Account Activity")
        f.y += 14
        for key in "ARJ":
            kid = kids[key]
            f.need(60)
            cv.rect(40, f.y - 9, 532, 13, gray=0.88, stroke=False)
            cv.font("b", 9)
            cv.text(44, f.y, f"Patient: {kid}")
            cv.text(568, f.y, "Primary insurance: Meadowgate Choice PPO", "r")
            f.y += 14
            colhead(f)
            state["kid"] = kid
            for c in [c for c in claims if c["pat"] == kid]:
                f.need(12 + 11 * len(c["svcs"]))
                cv.font("i", 7.8)
                cv.text(X[1], f.y, f"Visit {c['cid']} - billed to {c['ins']} 01/{c['svcs'][0].dos.day + 2:02d}/2026, "
                        f"insurance claim {c['pcn']}, processed")
                f.y += 11
                for s in c["svcs"]:
                    cv.font("r", 8)
                    vals = [dfmt(s.dos, "mdy4"), c["cid"], " ".join((s.code,) + s.mods), short(eobgen.DESC[s.code], 28),
                            units_str(s.units)] + [m(getattr(s, k), ",", "()") for k in printed]
                    for v, x, al in zip(vals, X, "llllrrrrr"):
                        cv.text(x, f.y, v, al)
                    lines.append(T(f.page, s, c, ("billed", "paid", "discount", "patient_owes")))
                    f.y += 11
                tclaims.append(CT(c))
            for d, txt, amt_ in payments.get(key, []):
                cv.font("r", 8)
                cv.text(X[0], f.y, dfmt(d, "mdy4"))
                cv.text(X[2], f.y, txt)
                cv.text(X[8], f.y, m(amt_, ",", "()"), "r")
                f.y += 11
            state["kid"] = None
            mine = [s for c in claims if c["pat"] == kid for s in c["svcs"]]
            bal = total(mine, "owes") + sum((p[2] for p in payments.get(key, [])), ZERO)
            cv.font("b", 8)
            cv.text(X[7], f.y + 2, f"Balance for {kid.split()[0]}", "r")
            cv.text(X[8], f.y + 2, m(bal, "$", "()"), "r")
            f.y += 20
        f.need(60)
        cv.font("b", 8.5)
        cv.text(40, f.y, "Account aging")
        f.y += 6
        for i, (h, v) in enumerate([("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO),
                                    ("Total due", due)]):
            cv.rect(40 + i * 106, f.y, 106, 28)
            cv.font("r", 7.5)
            cv.text(93 + i * 106, f.y + 10, h, "c")
            cv.font("b", 8.5)
            cv.text(93 + i * 106, f.y + 22, money(v), "c")
        f.y += 44
        cv.font("r", 7.5)
        cv.text(40, f.y, "Sensory integration sessions are not a covered benefit under the family's plan; they remain the family's balance.")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "reportlab", False, {"r": "LiberationSerif-Regular", "b": "LiberationSerif-Bold",
                                                                "i": "LiberationSerif-Italic"}, build)
    return dict(name=name, producer="reportlab", pages=pages, lines=lines, claims=tclaims, legend=[], arith="stmt",
                description="Pediatric therapy clinic family statement: coupon on top, per-child sections, italic visit "
                            "rows naming the insurer claim, Charges / Insurance Paid / Ins. Adjustment / Balance, "
                            "payments as non-service rows, aging boxes.")


# =========================================================================================== s2
def lay_s2(out: Path) -> dict:
    """Hospital outpatient-rehab family statement, right sidebar, fpdf2 DejaVu Sans Condensed, account totals."""
    name = "h51_s2_hospital_family_statement"
    claims = [
        C("400218833", "BW26-0119-40271", "MILES VANTERPOOL", [
            S(1, 5, "97163", 1, ("GP",)), S(1, 5, "97110", 2, ("GP",)), S(1, 7, "97110", 3, ("GP",)),
            S(1, 7, "97140", 1, ("GP",)), S(1, 12, "97110", 3, ("GP",)), S(1, 12, "97116", 1, ("GP",)),
            S(1, 14, "97110", 2, ("GP",)), S(1, 14, "97112", 1, ("GP",)), S(1, 19, "97110", 3, ("GP",)),
            S(1, 19, "G0283", 1, ("GP",)), S(1, 21, "97110", 2, ("GP",)), S(1, 21, "97530", 1, ("GP",)),
            S(1, 26, "97110", 3, ("GP",)), S(1, 26, "97116", 1, ("GP",)), S(1, 28, "97110", 2, ("GP",)),
            S(1, 28, "97140", 1, ("GP",))],
          acct_dates="01/05/26 - 01/28/26", dept="Outpatient Rehabilitation - Physical Therapy"),
        C("400221507", "BW26-0126-51188", "CORA VANTERPOOL", [
            S(1, 13, "97166", 1, ("GO",)), S(1, 13, "97530", 2, ("GO",)), S(1, 20, "97530", 2, ("GO",)),
            S(1, 20, "97760", 1, ("GO",)), S(1, 20, "L3807", 1, ("RT",)), S(1, 27, "97530", 2, ("GO",)),
            S(1, 27, "97535", 1, ("GO",), denied="PR")],
          acct_dates="01/13/26 - 01/27/26", dept="Outpatient Rehabilitation - Hand Therapy"),
        C("400224962", "BW26-0202-10553", "ISLA VANTERPOOL", [
            S(1, 22, "92610", 1, ("GN",)), S(1, 22, "92526", 1, ("GN",)), S(1, 29, "92526", 1, ("GN",)),
            S(1, 29, "92507", 1, ("GN",))],
          acct_dates="01/22/26 - 01/29/26", dept="Outpatient Rehabilitation - Speech Pathology"),
        C("400226180", "BW26-0203-22904", "ELLIOT VANTERPOOL", [
            S(1, 8, "97165", 1, ("GO",)), S(1, 8, "97530", 2, ("GO",)), S(1, 15, "97530", 3, ("GO",)),
            S(1, 15, "97533", 1, ("GO",)), S(1, 22, "97530", 3, ("GO",)), S(1, 22, "97112", 1, ("GO", "59")),
            S(1, 29, "97530", 3, ("GO",)), S(1, 29, "97535", 1, ("GO",)), S(1, 30, "97530", 2, ("GO",)),
            S(1, 30, "97110", 1, ("GO",))],
          acct_dates="01/08/26 - 01/30/26", dept="Outpatient Rehabilitation - Pediatric Occupational Therapy"),
    ]
    stmt_price(claims, Decimal("0.66"), Decimal("40.00"))
    rev = {"97110": "0420", "97140": "0420", "97116": "0420", "97112": "0420", "97163": "0424", "G0283": "0420",
           "97530": "0430", "97166": "0434", "97760": "0430", "L3807": "0274", "97535": "0430", "92610": "0444",
           "92526": "0440", "92507": "0440", "97165": "0434", "97533": "0430"}
    printed = ("billed", "paid", "discount", "owes")
    lines, tclaims = [], []
    X = [36, 80, 106, 160, 282, 326, 374, 420, 458]  # main area 36..460, sidebar 472..576

    def build(cv, total_pages):
        lines.clear()
        tclaims.clear()
        state = {"cur": None}

        def colhead(f):
            cv.font("b", 6.8)
            for a, b, x, al in [("Service", "Date", X[0], "l"), ("Rev", "Code", X[1], "l"), ("CPT/", "HCPCS", X[2], "l"),
                                ("", "Description", X[3], "l"), ("", "Qty", X[4], "r"), ("", "Charges", X[5], "r"),
                                ("Insurance", "Payments", X[6], "r"), ("Insurance", "Adjustments", X[7], "r"),
                                ("Patient", "Balance", X[8], "r")]:
                cv.text(x, f.y, a, al)
                cv.text(x, f.y + 8, b, al)
            cv.hline(36, 460, f.y + 11, 0.5)
            f.y += 20

        def header(f):
            cv.rect(0, 0, 612, 50, gray=0.25, stroke=False)
            cv.font("b", 14)
            cv.text(36, 28, "St. Aldric Regional Medical Center")
            cv.font("r", 8)
            cv.text(36, 41, "Patient Financial Services  |  PO Box 5521, Kelvedon, ST 62290")
            cv.font("b", 9)
            cv.text(576, 28, "FAMILY STATEMENT", "r")
            cv.font("r", 8)
            cv.text(576, 41, f"Page {f.page} of {total_pages or 0}", "r")
            f.y = 72
            cv.rect(468, 60, 108, 690, gray=0.95, stroke=False)
            y = 74
            side = [("b", "Guarantor"), ("r", "CORA VANTERPOOL"), ("r", "Guarantor # 8100-44730"), ("r", ""),
                    ("b", "Statement date"), ("r", "February 6, 2026"), ("r", ""), ("b", "Questions?"),
                    ("r", "(555) 013-7720"), ("r", "Mon-Fri 8:00-5:00"), ("r", ""), ("b", "Ways to pay"),
                    ("r", "Online: pay.staldric.example"), ("r", "Phone: (555) 013-7721"), ("r", "Mail the coupon"),
                    ("r", ""), ("b", "Financial help"), ("r", "Ask about our"), ("r", "financial assistance"),
                    ("r", "program before"), ("r", "your due date.")]
            for fnt, t in side:
                cv.font(fnt, 7.3)
                cv.text(474, y, t)
                y += 10
            if f.page == 1:
                allc = [s for c in claims for s in c["svcs"]]
                y += 10
                cv.font("b", 7.8)
                cv.text(474, y, "Family summary")
                for k, v in [("Charges", total(allc, "billed")), ("Insurance paid", -total(allc, "paid")),
                             ("Adjustments", -total(allc, "discount")), ("Amount due", total(allc, "owes"))]:
                    y += 11
                    cv.font("r", 7.3)
                    cv.text(474, y, k)
                    cv.text(572, y, m(v, "$", "()"), "r")

        def cont(f):
            c = state["cur"]
            if c is not None:
                cv.font("b", 8)
                cv.text(36, f.y, f"Account {c['cid']}  {c['pat']}  - continued")
                f.y += 12
                colhead(f)

        def footer(f):
            cv.font("r", 6.5)
            cv.text(36, 772, "Insurance claim numbers are shown so you can match this statement to your plan's Explanation of Benefits.")

        f = Flow(cv, 72, 722, header, footer, total_pages)
        f.on_break = cont
        header(f)
        for c in claims:
            svcs = c["svcs"]
            f.need(90)
            cv.font("b", 9)
            cv.text(36, f.y, f"Hospital Account {c['cid']}   Patient: {c['pat']}")
            f.y += 11
            cv.font("r", 7.5)
            cv.text(36, f.y, f"{c['dept']}   Dates {c['acct_dates']}")
            f.y += 10
            cv.text(36, f.y, f"Insurance: Brightwell PPO   Claim # {c['pcn']}   Billed 02/02/26   Insurance processed 02/04/26")
            f.y += 12
            colhead(f)
            state["cur"] = c
            for s in svcs:
                f.need(11)
                cv.font("r", 7.3)
                vals = [dfmt(s.dos, "mdy2"), rev[s.code], " ".join((s.code,) + s.mods), short(eobgen.DESC[s.code], 25),
                        units_str(s.units)] + [m(getattr(s, k), ",", "()") for k in printed]
                for v, x, al in zip(vals, X, "llllrrrrr"):
                    cv.text(x, f.y, v, al)
                lines.append(T(f.page, s, c, ("billed", "paid", "discount", "patient_owes")))
                f.y += 10.5
            state["cur"] = None
            cv.hline(290, 460, f.y - 6, 0.4)
            cv.font("b", 7.3)
            cv.text(X[3], f.y + 2, "Account totals")
            for x, k in zip(X[5:], printed):
                cv.text(x, f.y + 2, m(total(svcs, k), ",", "()"), "r")
            tclaims.append(CT(c, total(svcs, "billed"), None, total(svcs, "paid"), total(svcs, "owes")))
            f.y += 22
        f.need(40)
        cv.font("r", 7.3)
        cv.text(36, f.y, "A service your plan does not cover stays on the patient balance. Ask us about a payment plan.")
        f.finish()

    pages = render_twice(out / f"{name}.pdf", "fpdf2", False, {"r": "DejaVuSansCondensed", "b": "DejaVuSansCondensed-Bold"}, build)
    return dict(name=name, producer="fpdf2", pages=pages, lines=lines, claims=tclaims, legend=[], arith="stmt",
                description="Hospital family statement, dark title band, right sidebar, one hospital account per family "
                            "member with the insurer claim number in the account head, Rev Code and CPT/HCPCS columns, "
                            "account totals, an account continued onto page 2.")


# =========================================================================================== main
LAYOUTS = [lay_m1, lay_m2, lay_n1, lay_n2, lay_r1, lay_r2, lay_p1, lay_p2, lay_s1, lay_s2]
REPO = Path(__file__).resolve().parents[2]


def write_all(out: Path) -> list[dict]:
    results = []
    for fn in LAYOUTS:
        r = fn(out)
        write_truth(out / f"{r['name']}.pdf", r["name"], r["producer"], r["pages"], r["description"], r["lines"],
                    r["claims"], r["legend"], r.get("findings") or [])
        results.append(r)
    return results


def self_check(out: Path, results: list[dict]) -> list[str]:
    import hashlib

    import pypdfium2
    errs: list[str] = []
    spanning = 0
    for r in results:
        pdf = out / f"{r['name']}.pdf"
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
        errs += [f"{r['name']}: {e}" for e in check_file(pdf, truth, r.get("arith"))]
        doc = pypdfium2.PdfDocument(str(pdf))
        if len(doc) != truth["pages"]:
            errs.append(f"{r['name']}: pypdfium2 sees {len(doc)} pages")
        producer = (doc.get_metadata_dict().get("Producer") or "").lower()
        doc.close()
        if r["producer"].replace("2", "") not in producer.replace("2", ""):
            errs.append(f"{r['name']}: PDF producer {producer!r} is not {r['producer']}")
        if not truth["lines"]:
            errs.append(f"{r['name']}: no lines")
        pats = {L["patient"] for L in truth["lines"]}
        if len(truth["claims"]) < 2:
            errs.append(f"{r['name']}: fewer than two claims")
        for c in truth["claims"]:
            pg = {L["page"] for L in truth["lines"] if (L["claim_id"], L["payer_claim_id"], L["patient"]) ==
                  (c["claim_id"], c["payer_claim_id"], c["patient"])}
            if len(pg) > 1:
                spanning += 1
                break
        if r["name"].split("_")[1][0] in "ms" and r["name"] != "h51_n2_medicare_advantage_eob" and len(pats) < 3:
            errs.append(f"{r['name']}: a family document should name several family members")
    if len(results) < 10:
        errs.append("fewer than 10 layouts")
    if {r["producer"] for r in results} != {"reportlab", "fpdf2"}:
        errs.append("both producers must be used")
    if spanning < 3:
        errs.append(f"only {spanning} files carry a claim continuing onto the next page")
    if sum(1 for r in results if r["pages"] > 1) < 4:
        errs.append("fewer than four multi-page documents")
    # deterministic: a second run writes the same bytes
    with tempfile.TemporaryDirectory() as td:
        write_all(Path(td))
        for r in results:
            for suffix in (".pdf", ".pdf.truth.json"):
                a = hashlib.sha256((out / (r["name"] + suffix)).read_bytes()).hexdigest()
                b = hashlib.sha256((Path(td) / (r["name"] + suffix)).read_bytes()).hexdigest()
                if a != b:
                    errs.append(f"{r['name']}{suffix}: output is not deterministic")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout51_"))
    res = out.resolve()
    samples = (REPO / "samples").resolve()
    if res == samples or samples in res.parents:
        print("refusing to write under samples/: held-out files must never join the development samples")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = write_all(out)
    for r in results:
        print(f"{r['name']}.pdf  {r['producer']:9s}  pages={r['pages']}  lines={len(r['lines'])}  claims={len(r['claims'])}")
    print(f"wrote {len(results)} PDFs with truth files into {out}")
    if "--check" in argv:
        errs = self_check(out, results)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else f"passed ({len(results)} files, "
              f"{sum(len(r['lines']) for r in results)} lines, {sum(r['pages'] for r in results)} pages)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
