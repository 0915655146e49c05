"""Write HELD-OUT set 176 of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on house styles nobody developing it has seen. Two layouts of each of the five
commonest real kinds: commercial member EOBs, Medicare Summary Notice / Medicare Advantage member EOB, state
Medicaid remittance advices, Medicare-style paper remits printed by a clearinghouse / practice-management system,
and family statements from a therapy clinic and a hospital.

Run:  python bench/heldout176/make_heldout176_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout176/make_heldout176_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR     (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth notes: v9's "Ins Adj" is recorded as discount and "Balance" as patient_owes; v10 prints charges only
(billed), its correction line has units "-1"; member EOBs without a not-covered column record the denied
line's billed with allowed 0.00 and not_covered null; descriptions are recorded null wherever the page
shortens or reshapes them. Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN /
reference, patient exactly as printed (the person who got the service, never the subscriber / guarantor unless
the same person). Adjustments are recorded only where the page prints group+reason codes for the line; remarks
are the note / EOB / remark codes printed on the line's row. Layouts printing from and thru dates record
service_end. Reversed lines carry negative amounts. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date,
no randomness). h176kit.py holds the page model (rendered by either producer) and the self-check.

Layouts:
  v1  commercial PPO member EOB, portrait core Helvetica, ruled: "THIS IS NOT A BILL" banner, per-claim heading
      "Patient / Relationship / Claim # / Patient Acct # / Provider / Network", columns "Service Date / Service
      (Code) / Amount Billed / Member Discount / Plan Allowance / Deductible / Copay / Coinsurance / Plan Paid /
      You Owe / Remark", "97530-GO" in the service column, no units, 3 family members, a 12-line claim running on to
      page 2 under a repeated claim heading "(continued)" and column header, remark legend (reportlab)
  v2  employer-group HMO/POS member "Health Benefit Statement", landscape DejaVu Serif Condensed, boxed claims:
      "Svc Date / Procedure / Mod / Units / Provider Charges / Ineligible / Network Savings / Covered / Deductible /
      Copay / Coinsurance / Benefit Paid / Member Resp / Rsn", "Jan 5, 2026" dates, a not-covered PR line, 3 family
      members, per-claim totals with a PLANTED Member Resp total mismatch (fpdf2)
  v3  Medicare Summary Notice Part B, portrait core Times: page 1 summary (deductible, totals), claims from page 2,
      "Date of Service / Service Provided & Billing Code / Approved? / Amount Provider Charged / Medicare-Approved
      Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes", codes in parentheses "(97110-GP)",
      no units and no provider account, a denied service, claim continuing onto page 3, notes letters (reportlab)
  v4  Medicare Advantage PPO member EOB for a couple (two members), portrait Liberation Sans: "Claim ID / Provider
      Claim #", "Service date / What you got (code) / Provider billed / Plan approved / Plan paid / You owe /
      Note", per-visit copay, an adjusted claim printed as a reversal (negative amounts) and its reprocessed
      replacement (fpdf2)
  v5  state Medicaid remittance advice, mainframe print, landscape core Courier: CLAIMS PAID / CLAIMS DENIED /
      CLAIM ADJUSTMENTS sections, claim line "RECIP NAME / RECIP ID / TCN / PAT ACCT", detail "LN FROM TO PROC
      MOD1 MOD2 UNITS BILLED ALLOWED PAID EOB" with MMDDYY dates, units "4.00", 3-digit EOB codes, a 16-line claim
      continuing onto page 2 with "*** CONTINUED ***" and the page header repeated, provider message box,
      a credit (negative) claim and its replacement (reportlab)
  v6  state Medicaid MMIS remittance advice, portrait DejaVu Sans Condensed, ruled grid: claim bars "Member /
      Member ID / Patient Control No / ICN / Status", "Ln / Dates of Service / Proc-Mods / Units / Billed Amt /
      Allowed Amt / Paid Amt / CARC / RARC", CARC printed "CO-45 11.80" on the row, a TPL (OA-23) line, denied
      claim (CO-197 + RARC) that runs onto page 2 under "(continued from previous page)" and a repeated column
      header, department message box (fpdf2)
  v7  Medicare Part B paper remit printed by a practice-management system, portrait Liberation Mono 7pt: "NAME /
      HIC / ACNT / ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", MMDDYY from/thru dates, all group/reason amounts on the line's row (CO-45, PR-1,
      PR-2, CO-253), a CO-96 denial with MOA/remark, PT RESP + CLAIM TOTALS rows, a 14-line claim (reportlab)
  v8  clearinghouse "Remittance Detail by Patient" of a Medicare payment, landscape DejaVu Sans, ruled cell grid:
      patient / acct / payer claim # on every row, "DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins /
      Adj Codes / Paid", glued adjustment codes "CO45:23.10 PR2:7.20", a denied line, claim subtotal rows (fpdf2)
  v9  pediatric therapy clinic family statement, portrait DejaVu Serif, right sidebar (amount due, aging):
      patient column on every row, visit groups "Billed to <insurer> - Claim #", "Date / Patient / Code /
      Description / Units / Charges / Ins Paid / Ins Adj / Balance", glued "97530GO", first names in the patient
      column (full name in the visit heading), 3 children, a patient payment row (reportlab)
  v10 hospital guarantor statement, portrait Liberation Serif: per-account headings "Patient / Account No.",
      "Date / Rev Cd / CPT-HCPCS / Description / Qty / Charges", a charge correction "-1" qty negative, insurer
      payment rows naming the claim number, 3 family members (fpdf2)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark, adjustment code and date is on ONE text row of its page (pdfplumber words grouped by baseline), ids,
patients and description words are in the document's text, the page count matches, and the documents' own
arithmetic holds (member EOBs: billed - discount - not covered = allowed and allowed - deductible - copay -
coinsurance = paid; billed - adjustments = paid where every adjustment is printed with its amount; claim totals
= sum of lines unless the mismatch is a planted expected finding, and the planted one really is).
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

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, write_truth)
from h176kit import Doc, check_folder, render  # noqa: E402

D = Decimal
META: dict[str, dict] = {}
DEBUG = False


def d(m, dd):
    return date(2026, m, dd)


def tl(page, s, cid, pcid, pat, printed, **kw):
    if DEBUG:
        print("  dbg", pcid, s.code, s.dos, "page", page)
    return truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)


def mods(s, sep="-"):
    return sep.join(s.mods)


def codemods(s, sep="-"):
    return s.code + (sep + sep.join(s.mods) if s.mods else "")


# =============================================================================== v1 commercial PPO EOB
def v1(out: Path):
    name = "v1_ppo_member_eob.pdf"
    doc = Doc("Helvetica", size=7.4, top=40, bottom=52)
    X = [(40, "l"), (84, "l"), (258, "r"), (296, "r"), (336, "r"), (376, "r"), (406, "r"), (450, "r"),
         (490, "r"), (530, "r"), (540, "l")]
    H1 = ["Service", "Service", "Amount", "Member", "Plan", "", "", "", "Plan", "You", ""]
    H2 = ["Date", "(Code)", "Billed", "Discount", "Allowance", "Deductible", "Copay", "Coinsurance", "Paid",
          "Owe", "Remark"]

    def colhead(dc):
        dc.rect(36, dc.y - 9, 540, 21, fill=0.88)
        dc.row(X, H1, bold=True, size=6.8)
        dc.nl(0.95)
        dc.row(X, H2, bold=True, size=6.8)
        dc.nl(1.3)

    def header(dc):
        dc.t(40, "LARKSPUR MUTUAL HEALTH PLAN", bold=True, size=12)
        dc.t(572, "Explanation of Benefits", bold=True, size=10, align="r")
        dc.nl(1.6)
        dc.t(40, "PO Box 44019, Fairmount, OR 97219  |  Member Services 1-888-555-0164", size=7)
        dc.t(572, "Statement date 02/03/26", size=7, align="r")
        dc.nl(1.2)
        dc.hr(36, 576)
        dc.nl(1.2)
    doc.header = header

    def footer(dc, i, n):
        dc.t(40, "Larkspur Mutual Health Plan - Form EOB-PPO-3 (rev 2025)", size=6.5, y=dc.H - 30)
        dc.t(572, f"Page {i} of {n}", size=6.5, align="r", y=dc.H - 30)
        if i == 1:
            yy = 500
            dc.rect(36, yy - 12, 540, 190, lw=0.8)
            dc.t(44, "Your Plan Year to Date (01/01/26 - 12/31/26)", bold=True, size=9, y=yy)
            yy += 16
            for a, b, c in [("", "In-network", "Remaining"), ("Individual deductible (Dana)", "$1,500.00", "$1,500.00"),
                            ("Individual deductible (Owen)", "$1,500.00", "$1,350.00"),
                            ("Individual deductible (Priya)", "$1,500.00", "$1,500.00"),
                            ("Family deductible", "$3,000.00", "$2,850.00"),
                            ("Family out-of-pocket maximum", "$9,000.00", "$8,290.44")]:
                dc.t(44, a, y=yy)
                dc.t(360, b, align="r", y=yy, bold=not a)
                dc.t(460, c, align="r", y=yy, bold=not a)
                yy += 11
            yy += 8
            for t in ["Amounts you owe are shown under 'You Owe'. Your provider may send you a bill for these amounts.",
                      "If you paid the provider at the time of service, that payment is not shown here.",
                      "Visit our member site to view and print your statements, find in-network therapists,",
                      "and track how much of your deductible and out-of-pocket maximum you have met."]:
                dc.t(44, t, y=yy)
                yy += 11
    doc.footer = footer
    doc.limits = {1: 470}
    header(doc)
    doc.rect(36, doc.y - 10, 540, 16, fill=0.8)
    doc.t(306, "THIS IS NOT A BILL", bold=True, size=10, align="c")
    doc.nl(1.8)
    doc.t(40, "Subscriber: Dana M. Whitcombe", bold=True)
    doc.t(330, "Member ID: LMH-804417236")
    doc.nl()
    doc.t(40, "Group: Calloway Tool & Die Employees (Group 00418)")
    doc.t(330, "Plan: PPO 1500 Family")
    doc.nl()
    doc.t(40, "1714 Wren Hollow Rd, Fairmount, OR 97219")
    doc.t(330, "Claims in this statement: 3")
    doc.nl(1.8)

    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    claims_def = [
        ("Owen Whitcombe", "Son", "LM2601-77140", "BPT-30871", "Brightpath Pediatric Therapy", [
            Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97530", 2, ("GO",)),
            Svc(d(1, 12), "97530", 3, ("GO",)), Svc(d(1, 12), "97535", 1, ("GO",), denied="PR")]),
        ("Priya Whitcombe", "Spouse", "LM2601-77352", "RC-118802", "Riverbend Spine & Sport PT", [
            Svc(d(1, 7), "97161", 1, ("GP",)), Svc(d(1, 7), "97140", 2, ("GP",)),
            Svc(d(1, 9), "97110", 2, ("GP",)), Svc(d(1, 9), "99213", 1, ())]),
        ("Dana M. Whitcombe", "Self", "LM2601-79004", "HT5520-01", "Cascade Hand Therapy Group", [
            Svc(d(1, 6), "97166", 1, ("GO",)), Svc(d(1, 6), "97760", 1, ("GO",)), Svc(d(1, 6), "L3807", 1, ("RT",)),
            Svc(d(1, 13), "97110", 2, ("GO",)), Svc(d(1, 13), "97140", 1, ("GO", "59")),
            Svc(d(1, 15), "97110", 2, ("GO",)), Svc(d(1, 15), "97530", 1, ("GO",)),
            Svc(d(1, 20), "97110", 2, ("GO",)), Svc(d(1, 20), "97140", 1, ("GO", "59")),
            Svc(d(1, 22), "97530", 2, ("GO",)), Svc(d(1, 27), "97110", 2, ("GO",)),
            Svc(d(1, 27), "G0283", 1, ("GO",))]),
    ]
    lines, claims = [], []
    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for pat, rel, clm, acct, prov, svcs in claims_def:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["R7"] if s.denied else (["R2"] if s.deductible else ["R1"])

        def claimhead(dc, cont=False):
            dc.hr(36, 576, dy=-8, w=1.0)
            dc.t(40, f"Patient: {pat}", bold=True)
            dc.t(210, f"Relationship: {rel}")
            dc.t(330, f"Claim #: {clm}" + ("  (continued)" if cont else ""), bold=True)
            dc.nl()
            dc.t(40, f"Provider: {prov}")
            dc.t(210, "Network: In-network")
            dc.t(330, f"Patient Acct #: {acct}")
            dc.t(470, "Processed 01/29/26")
            dc.nl(1.5)
            colhead(dc)
        doc.ensure(60)
        claimhead(doc)
        for s in svcs:
            if doc.ensure(12):
                claimhead(doc, cont=True)
            doc.row(X, [dfmt(s.dos, "mdy2"), f"{short(s.desc, 24)} ({codemods(s)})", money(s.billed, ","),
                        money(s.discount, ","), money(s.allowed, ","), money(s.deductible, ","),
                        money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","),
                        " ".join(s.remarks)])
            lines.append(tl(doc.pageno, s, acct, clm, pat, printed, units=False, remarks=s.remarks, description=False))
            doc.nl()
        doc.hr(84, 576, dy=-6)
        doc.row(X, ["", "Claim Total", money(total(svcs, "billed")), money(total(svcs, "discount")),
                    money(total(svcs, "allowed")), money(total(svcs, "deductible")), money(total(svcs, "copay")),
                    money(total(svcs, "coinsurance")), money(total(svcs, "paid")), money(total(svcs, "owes"))],
                bold=True)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        doc.nl(2.4)
    legend = [("R1", "Your provider is in network; the member discount is not yours to pay."),
              ("R2", "Part of this amount counted toward your yearly deductible."),
              ("R7", "Your plan does not cover this service. The provider may bill you.")]
    doc.ensure(60)
    doc.t(40, "Remark codes", bold=True)
    doc.nl()
    for c, t in legend:
        doc.t(40, c, bold=True)
        doc.t(64, t)
        doc.nl()
    doc.nl()
    doc.t(40, "To appeal, write to us within 180 days of this statement. Keep this notice for your records.", size=6.8)
    n = render(doc, out / name, "reportlab", "Explanation of Benefits")
    write_truth(out / name, "v1_ppo_member_eob", "reportlab", n, "Commercial PPO member EOB, Helvetica, ruled",
                lines, claims, legend)
    META[name] = {"member": True}


# ====================================================================== v2 employer HMO/POS benefit statement
def v2(out: Path):
    name = "v2_group_benefit_statement.pdf"
    doc = Doc("DejaVuSerifCondensed", landscape=True, size=7.2, top=36, bottom=40)
    X = [(40, "l"), (98, "l"), (134, "l"), (176, "r"), (236, "r"), (286, "r"), (340, "r"), (392, "r"),
         (442, "r"), (484, "r"), (536, "r"), (592, "r"), (648, "r"), (660, "l")]
    H1 = ["Svc Date", "Procedure", "Mod", "Units", "Provider", "Ineligible", "Network", "Covered", "Deductible",
          "Copay", "Coinsurance", "Benefit", "Member", "Rsn"]
    H2 = ["", "", "", "", "Charges", "", "Savings", "", "", "", "", "Paid", "Resp", ""]

    def header(dc):
        dc.t(40, "Tamarack Employers Health Trust", bold=True, size=13)
        dc.t(752, "HEALTH BENEFIT STATEMENT", bold=True, size=11, align="r")
        dc.nl(1.6)
        dc.t(40, "Administered by Northway Benefit Services  -  3300 Quarry Park Dr, Suite 210, Lakemont, MN 55409",
             size=6.8)
        dc.t(752, "Questions? 1-800-555-0127  (TTY 711)", size=6.8, align="r")
        dc.nl(1.8)
    doc.header = header

    def footer(dc, i, n):
        dc.t(396, f"Page {i} of {n}", size=6.5, align="c", y=dc.H - 22)
    doc.footer = footer
    header(doc)
    doc.t(40, "Employee: Harlan J. Ostrowski", bold=True)
    doc.t(300, "ID: TEH 0044-7718-02")
    doc.t(520, "Statement No. 2026-0131-5512")
    doc.nl()
    doc.t(40, "Coverage: POS Gold  -  Family")
    doc.t(300, "Period covered: Jan 1 - Jan 31, 2026")
    doc.nl(1.8)
    st = PlanState(ded_left=D("40.00"), copay_codes={"97110": D("30.00"), "92507": D("30.00"),
                                                      "97530": D("30.00")}, allowed_rate=D("0.80"))
    cdef = [
        ("Mirela Ostrowski", "Spouse", "00260119-4471-01", "ACC 77812", "Lakemont Rehab Associates", [
            Svc(d(1, 5), "97163", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)),
            Svc(d(1, 8), "97110", 3, ("GP",)), Svc(d(1, 8), "97112", 1, ("GP",)),
            Svc(d(1, 8), "0552T", 1, (), denied="PR")]),
        ("Teo Ostrowski", "Dependent", "00260121-9032-01", "ACC 91004", "Little Oaks Speech & Language", [
            Svc(d(1, 6), "92523", 1, ("GN",)), Svc(d(1, 13), "92507", 1, ("GN",)),
            Svc(d(1, 20), "92507", 1, ("GN",))]),
        ("Harlan J. Ostrowski", "Employee", "00260126-1187-02", "ACC 77990", "Lakemont Rehab Associates", [
            Svc(d(1, 14), "97530", 2, ("GO",)), Svc(d(1, 14), "97140", 2, ("GO", "59")),
            Svc(d(1, 21), "97530", 2, ("GO",)), Svc(d(1, 21), "97535", 1, ("GO",))]),
    ]
    lines, claims, findings = [], [], []
    printed = ("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for k, (pat, rel, clm, acct, prov, svcs) in enumerate(cdef):
        for s in svcs:
            commercial(s, st)
            s.remarks = ["X4"] if s.denied else (["D1"] if s.deductible else [])
        top = doc.y - 10
        nrows = len(svcs) + 5
        doc.rect(36, top, 720, nrows * doc.lead + 4)
        doc.rect(36, top, 720, 2 * doc.lead, fill=0.9)
        doc.t(42, f"Patient: {pat} ({rel})", bold=True)
        doc.t(280, f"Claim No. {clm}", bold=True)
        doc.t(470, f"Pt Acct No. {acct}")
        doc.nl()
        doc.t(42, f"Provider: {prov}  (participating)")
        doc.t(470, "Received Jan 23, 2026   Paid Jan 30, 2026")
        doc.nl(1.3)
        doc.row(X, H1, bold=True)
        doc.nl(0.9)
        doc.row(X, H2, bold=True)
        doc.nl(1.2)
        for s in svcs:
            doc.row(X, [dfmt(s.dos, "mon"), s.code, mods(s, " "), units_s(s.units), money(s.billed, ","),
                        money(s.not_covered, ","), money(s.discount, ","), money(s.allowed, ","),
                        money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","),
                        money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)])
            lines.append(tl(doc.pageno, s, acct, clm, pat, printed, remarks=s.remarks, description=False))
            doc.nl()
        owes = total(svcs, "owes")
        pr_owes = owes + D("10.00") if k == 1 else owes
        if k == 1:
            findings.append(f"claim-total-mismatch claim {clm}: printed Member Resp total {pr_owes} but the lines "
                            f"add up to {owes}")
        doc.row(X, ["Totals", "", "", "", money(total(svcs, "billed"), ","), money(total(svcs, "not_covered"), ","),
                    money(total(svcs, "discount"), ","), money(total(svcs, "allowed"), ","),
                    money(total(svcs, "deductible"), ","), money(total(svcs, "copay"), ","),
                    money(total(svcs, "coinsurance"), ","), money(total(svcs, "paid"), ","), money(pr_owes, ",")],
                bold=True)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), pr_owes)})
        doc.nl(2.6)
        if k == 1:
            doc.new_page()
    legend = [("D1", "Amount applied to the family deductible."),
              ("X4", "Excluded service under the group's plan document; member is responsible.")]
    doc.t(40, "Reason codes (Rsn)", bold=True)
    doc.nl()
    for c, t in legend:
        doc.t(40, f"{c}  {t}")
        doc.nl()
    n = render(doc, out / name, "fpdf2", "Health Benefit Statement")
    write_truth(out / name, "v2_group_benefit_statement", "fpdf2", n,
                "Employer-trust member benefit statement, landscape DejaVu Serif Condensed, boxed claims",
                lines, claims, legend, findings)
    META[name] = {"member": True}


def short(t, n=22):
    """The first words of a description that fit the column."""
    out = ""
    for w in t.split():
        if len(out) + len(w) + 1 > n:
            break
        out = (out + " " + w).strip()
    return out.rstrip(",")


def units_s(u):
    n = u.normalize()
    return format(n, "f")


# ============================================================================================ v3 MSN
def v3(out: Path):
    name = "v3_msn_part_b.pdf"
    doc = Doc("Times", size=8.6, top=44, bottom=56)
    pat = "ROSALIND T. VANTONGEREN"
    X = [(40, "l"), (100, "l"), (300, "c"), (370, "r"), (432, "r"), (494, "r"), (550, "r"), (556, "l")]

    def footer(dc, i, n):
        dc.t(40, f"{pat}", size=7, y=dc.H - 30)
        dc.t(306, "Medicare Summary Notice for Part B (Medical Insurance)", size=7, align="c", y=dc.H - 30)
        dc.t(572, f"Page {i} of {n}", size=7, align="r", y=dc.H - 30)
        if i == 2:
            yy = 528
            dc.rect(36, yy - 14, 540, 186, lw=1)
            dc.t(44, "Get Help with Your Costs", bold=True, size=10, y=yy)
            yy += 15
            for t in ["If you have limited income and resources, your state may help you pay for Medicare costs.",
                      "Call your State Health Insurance Assistance Program for free, personal counseling.",
                      "", "What to do if a service was not approved", "",
                      "1. Review the notes below each claim to see why Medicare did not pay.",
                      "2. If you agree, you do not need to do anything. Keep this notice for your records.",
                      "3. If you disagree, you may ask for a redetermination within 120 days of the date of",
                      "   this notice. Circle the item(s) you disagree with and explain why on a separate page.",
                      "", "Report fraud: if you do not recognize a provider or a date of service, call us."]:
                dc.t(44, t, y=yy, bold=t.startswith("What"))
                yy += 12
    doc.footer = footer
    doc.limits = {2: 500}
    doc.t(40, "Medicare Summary Notice", bold=True, size=18)
    doc.nl(1.6)
    doc.t(40, "for Part B (Medical Insurance)", size=11)
    doc.nl(2.2)
    doc.t(40, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", size=8)
    doc.nl(2)
    doc.t(40, pat, bold=True)
    doc.t(340, "Medicare Number XXXXXXX4RK7", bold=True)
    doc.nl()
    doc.t(40, "88 Sorrel Bend Lane")
    doc.t(340, "Date of This Notice: February 4, 2026")
    doc.nl()
    doc.t(40, "Greywater, NH 03302")
    doc.t(340, "Claims Processed Between: November 1, 2025 - January 31, 2026")
    doc.nl(2)
    st = PlanState(ded_left=D("120.00"))
    cdef = [
        ("2601 4417 0082 1", "Harborline Outpatient Therapy, 40 Dock St, Greywater, NH", d(1, 8), [
            Svc(d(1, 6), "97161", 1, ("GP",)), Svc(d(1, 6), "97110", 2, ("GP",)),
            Svc(d(1, 8), "97110", 2, ("GP", "KX")), Svc(d(1, 8), "97140", 1, ("GP", "KX")),
            Svc(d(1, 8), "G0283", 1, ("GP",), denied="PR")]),
        ("2601 4502 1177 4", "Summit Valley Medical Group, 12 Pine Row, Greywater, NH", d(1, 16), [
            Svc(d(1, 14), "99213", 1, ())]),
        ("2601 4630 0059 8", "Harborline Outpatient Therapy, 40 Dock St, Greywater, NH", d(1, 27), [
            Svc(d(1, 13), "97110", 2, ("GP", "KX")), Svc(d(1, 13), "97112", 1, ("GP", "KX")),
            Svc(d(1, 15), "97110", 2, ("GP", "KX")), Svc(d(1, 15), "97530", 1, ("GP", "KX")),
            Svc(d(1, 20), "97110", 2, ("GP", "KX")), Svc(d(1, 20), "97140", 1, ("GP", "KX")),
            Svc(d(1, 22), "97116", 2, ("GP", "KX")), Svc(d(1, 22), "97110", 1, ("GP", "CQ", "KX")),
            Svc(d(1, 27), "97112", 2, ("GP", "KX")), Svc(d(1, 27), "97530", 1, ("GP", "CQ", "KX"))]),
    ]
    for _, _, _, svcs in cdef:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    allsv = [s for c in cdef for s in c[3]]
    doc.rect(36, doc.y - 12, 260, 92)
    doc.t(44, "Your Deductible Status", bold=True, size=10)
    doc.nl(1.4)
    for t in ["Your deductible is what you must pay for most", "health services before Medicare begins to pay.",
              "", "Part B Deductible: You have now met $163.00", "of your $283.00 deductible for 2026."]:
        doc.t(44, t)
        doc.nl()
    doc.y -= 6 * doc.lead
    doc.rect(316, doc.y - 12, 256, 92)
    doc.t(324, "Your Claims & Costs This Period", bold=True, size=10)
    doc.nl(1.4)
    doc.t(324, "Did Medicare approve all services?")
    doc.t(564, "NO", bold=True, align="r")
    doc.nl()
    doc.t(324, "Number of services Medicare denied")
    doc.t(564, "1", align="r")
    doc.nl()
    doc.t(324, "Total you may be billed")
    doc.t(564, money(total(allsv, "owes")), bold=True, align="r")
    doc.nl(5)
    doc.t(40, "Be Informed: Register at the Medicare website to see your claims as soon as they are processed.",
          size=8)
    doc.nl(1.4)
    doc.t(40, "If you disagree with a decision, see the back of the last page for how to ask for a redetermination.",
          size=8)
    doc.new_page()
    lines, claims = [], []

    def colhead(dc):
        dc.hr(36, 576, dy=-9)
        dc.row(X, ["Date of", "Service Provided &", "Service", "Amount", "Medicare-", "Medicare", "Maximum", "See"],
               bold=True, size=7.6)
        dc.nl(0.9)
        dc.row(X, ["Service", "Billing Code", "Approved?", "Provider", "Approved", "Paid", "You May", "Notes"],
               bold=True, size=7.6)
        dc.nl(0.9)
        dc.row(X, ["", "", "", "Charged", "Amount", "Provider", "Be Billed", ""], bold=True, size=7.6)
        dc.nl(0.6)
        dc.hr(36, 576)
        dc.nl(1.1)
    doc.t(40, "Your Claims for Part B (Medical Insurance)", bold=True, size=12)
    doc.nl(1.6)
    doc.t(40, "Part B helps pay for doctors, outpatient therapy, and medical supplies.", size=8)
    doc.nl(1.8)
    printed = ("billed", "allowed", "paid", "patient_owes")
    for clm, prov, recd, svcs in cdef:
        def claimhead(dc, cont=False):
            dc.t(40, f"{prov.split(',')[0]}" + (" (continued)" if cont else ""), bold=True)
            dc.nl()
            if not cont:
                dc.t(40, ", ".join(prov.split(", ")[1:]), size=7.6)
                dc.t(330, f"Claim number {clm}", size=7.6)
                dc.nl()
                dc.t(40, f"Service provider sent claim {dfmt(recd, 'mon')}", size=7.6)
                dc.t(330, "Assigned", size=7.6)
                dc.nl(1.6)
            else:
                dc.t(40, f"Claim number {clm}", size=7.6)
                dc.nl(1.6)
            colhead(dc)
        doc.ensure(80)
        claimhead(doc)
        for s in svcs:
            if doc.ensure(24):
                claimhead(doc, cont=True)
            doc.row(X, [dfmt(s.dos, "mdy2"), "", "No" if s.denied else "Yes", money(s.billed),
                        money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)])
            doc.t(100, f"{s.desc} ({codemods(s)})", size=7.4)
            lines.append(tl(doc.pageno, s, None, clm, pat, printed, units=False, remarks=s.remarks))
            doc.nl(1.25)
        doc.hr(300, 576, dy=-7)
        doc.row(X, ["", "Total for this claim", "", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                    money(total(svcs, "paid")), money(total(svcs, "owes"))], bold=True)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        doc.nl(2.4)
    legend = [("A", "This provider agreed to accept the Medicare-approved amount as full payment."),
              ("B", "Part of the approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service in this setting. You may be billed for it.")]
    doc.ensure(60)
    doc.t(40, "Notes for Part B", bold=True, size=10)
    doc.nl(1.4)
    for c, t in legend:
        doc.t(40, c, bold=True)
        doc.t(54, t)
        doc.nl()
    n = render(doc, out / name, "reportlab", "Medicare Summary Notice")
    write_truth(out / name, "v3_msn_part_b", "reportlab", n, "Medicare Summary Notice Part B, core Times",
                lines, claims, legend)
    META[name] = {}


# ================================================================================ v4 Medicare Advantage EOB
def v4(out: Path):
    name = "v4_ma_ppo_member_eob.pdf"
    doc = Doc("LiberationSans", size=8, top=40, bottom=54)
    X = [(40, "l"), (104, "l"), (360, "r"), (420, "r"), (478, "r"), (530, "r"), (540, "l")]

    def header(dc):
        dc.t(40, "Bluestem Senior Advantage (PPO)", bold=True, size=13)
        dc.t(572, "Explanation of Benefits", bold=True, size=10, align="r")
        dc.nl(1.5)
        dc.t(40, "A Medicare Advantage plan offered by Bluestem Health Cooperative", size=7)
        dc.t(572, "For services in January 2026", size=7, align="r")
        dc.nl(1.8)
    doc.header = header

    def footer(dc, i, n):
        dc.t(40, "H9041_EOB26_M  Bluestem Health Cooperative, 600 Prairie Way, Emberton, KS 66012", size=6.5,
             y=dc.H - 30)
        dc.t(572, f"Page {i} of {n}", size=6.5, align="r", y=dc.H - 30)
    doc.footer = footer
    header(doc)
    doc.t(40, "Mailed to: Gustavo and Imelda Liang-Ferreira, 21 Kestrel Court, Emberton, KS 66012")
    doc.nl(1.8)
    members = [
        ("Gustavo Liang-Ferreira", "BSA-60018344", [
            ("MA26-0104-66120", "PRT-44812", "Prairie Rose Therapy Services", [
                Svc(d(1, 5), "97161", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)),
                Svc(d(1, 7), "97110", 2, ("GP",)), Svc(d(1, 7), "97140", 1, ("GP",))], None),
            ("MA25-1219-30277", "PRT-43990", "Prairie Rose Therapy Services", [
                Svc(d(1, 2), "97530", 3, ("GP",))], "rev"),
            ("MA26-0121-00418", "PRT-43990", "Prairie Rose Therapy Services", [
                Svc(d(1, 2), "97530", 2, ("GP",))], "new"),
        ]),
        ("Imelda Liang-Ferreira", "BSA-60018345", [
            ("MA26-0109-71835", "SLP-2207", "Emberton Voice & Swallow Clinic", [
                Svc(d(1, 8), "92523", 1, ()), Svc(d(1, 15), "92507", 1, ()), Svc(d(1, 15), "92526", 1, ()),
                Svc(d(1, 22), "92507", 1, ())], None),
        ]),
    ]
    lines, claims = [], []
    printed = ("billed", "allowed", "paid", "patient_owes")
    for mem, mid, cls in members:
        st = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.55"))
        doc.ensure(70)
        doc.rect(36, doc.y - 11, 540, 16, fill=0.85)
        doc.t(42, f"Member: {mem}", bold=True, size=9)
        doc.t(330, f"Member ID: {mid}", size=9)
        doc.nl(1.8)
        for clm, acct, prov, svcs, kind in cls:
            for s in svcs:
                commercial(s, st)
                s.remarks = ["N2"]
            if kind == "rev":
                svcs[:] = [negate(s) for s in svcs]
                for s in svcs:
                    s.remarks = ["N5"]
            if kind == "new":
                for s in svcs:
                    s.remarks = ["N6"]
            doc.ensure(50 + 12 * len(svcs))
            doc.t(40, f"{prov}", bold=True)
            doc.t(330, f"Claim ID: {clm}")
            doc.nl()
            doc.t(40, "In network" + ("  -  ADJUSTED: this claim was reprocessed" if kind == "rev" else ""),
                  size=7.5)
            doc.t(330, f"Provider Claim #: {acct}", size=7.5)
            doc.nl(1.4)
            doc.hr(36, 576, dy=-9)
            doc.row(X, ["Service date", "What you got (code)", "Provider billed", "Plan approved", "Plan paid",
                        "You owe", "Note"], bold=True, size=7.4)
            doc.nl(0.5)
            doc.hr(36, 576)
            doc.nl(1.1)
            for s in svcs:
                doc.row(X, [dfmt(s.dos, "mdy4"), f"{s.desc} ({codemods(s)})", money(s.billed), money(s.allowed),
                            money(s.paid), money(s.owes), s.remarks[0]])
                lines.append(tl(doc.pageno, s, acct, clm, mem, printed, units=False, remarks=s.remarks))
                doc.nl()
            doc.row(X, ["", "Claim total", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                        money(total(svcs, "paid")), money(total(svcs, "owes"))], bold=True)
            claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": mem, "totals": claim_totals(
                total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
            doc.nl(2)
    legend = [("N2", "You pay a $25.00 copay per visit for outpatient rehabilitation in network."),
              ("N5", "We reversed the earlier payment on this claim. See the corrected claim that follows."),
              ("N6", "Corrected claim: paid again with the units the provider sent on its corrected bill.")]
    doc.ensure(50)
    doc.t(40, "Notes", bold=True)
    doc.nl()
    for c, t in legend:
        doc.t(40, f"{c}: {t}", size=7.5)
        doc.nl()
    n = render(doc, out / name, "fpdf2", "Explanation of Benefits")
    write_truth(out / name, "v4_ma_ppo_member_eob", "fpdf2", n,
                "Medicare Advantage PPO member EOB for a couple, Liberation Sans", lines, claims, legend)
    META[name] = {}


# =============================================================================== v5 Medicaid mainframe RA
def v5(out: Path):
    name = "v5_medicaid_ra_mainframe.pdf"
    doc = Doc("Courier", landscape=True, size=7.6, top=34, bottom=36, lead=9.4)
    cw = 7.6 * 0.6

    def put(col, s, bold=False):
        doc.t(30 + col * cw, s, bold=bold)

    def header(dc):
        put(0, "STATE OF WESTLAKE  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", bold=True)
        put(118, f"PAGE {dc.pageno:>3}")
        dc.nl()
        put(0, "REMITTANCE ADVICE                RA NO 0004418827     PAYMENT DATE 02/06/26")
        put(118, "WARRANT 7710442")
        dc.nl()
        put(0, "PROVIDER: SUNFIELD CHILDREN'S THERAPY LLC    PROVIDER NO 3300418270    NPI 1588204417")
        dc.nl(2)
        put(0, "LN FROM   TO     PROC  MOD1 MOD2   UNITS      BILLED     ALLOWED        PAID  EOB")
        dc.nl()
        put(0, "-" * 96)
        dc.nl()
    doc.header = header

    def footer(dc, i, n):
        if i < n:
            dc.t(30, "*** CONTINUED ON NEXT PAGE ***", y=dc.limits.get(i, dc.H - dc.bottom) + 24)
    doc.footer = footer
    doc.limits = {1: 340}
    header(doc)
    for t in ["*" * 96,
              "* PROVIDER MESSAGES                                                                            *",
              "* EFFECTIVE 03/01/26 THERAPY SERVICES FOR RECIPIENTS UNDER 21 REQUIRE AN APPROVED TREATMENT    *",
              "* PLAN ON FILE. LINES BILLED WITHOUT ONE WILL DENY WITH EOB 114.                               *",
              "* CORRECTED CLAIMS MUST CARRY THE ORIGINAL TCN. SEE BULLETIN MA-2026-04.                       *",
              "*" * 96]:
        put(0, t)
        doc.nl()
    cdef = [
        ("PAID", "KESTREL, AMARA J", "WL00418822", "2026031007712", "SCT-11042", [
            (d(1, 5), d(1, 5), "97530", ("GO",), 4), (d(1, 5), d(1, 5), "97535", ("GO",), 2),
            (d(1, 12), d(1, 12), "97530", ("GO",), 4), (d(1, 19), d(1, 19), "97110", ("GO",), 2)]),
        ("PAID", "ODUYA, BENEDICT", "WL00533104", "2026031007713", "SCT-11057", [
            (d(1, 2 + k), d(1, 2 + k), c, m, u) for k, (c, m, u) in enumerate([
                ("92507", ("GN",), 1), ("92507", ("GN",), 1), ("97530", ("GO",), 3), ("97112", ("GO",), 2),
                ("92507", ("GN",), 1), ("97530", ("GO",), 3), ("97110", ("GO",), 2), ("92507", ("GN",), 1),
                ("97530", ("GO",), 2), ("97535", ("GO",), 1), ("92507", ("GN",), 1), ("97530", ("GO", "59"), 2),
                ("97112", ("GO",), 2), ("92507", ("GN",), 1), ("97530", ("GO",), 3), ("97110", ("GO",), 2)])]),
        ("PAID", "RIVAS-PELL, TOMAS", "WL00610077", "2026031007714", "SCT-11063", [
            (d(1, 6), d(1, 6), "97166", ("GO",), 1), (d(1, 6), d(1, 6), "97530", ("GO",), 2)]),
        ("DENIED", "KESTREL, AMARA J", "WL00418822", "2026031007715", "SCT-11049", [
            (d(1, 26), d(1, 26), "97530", ("GO",), 4), (d(1, 26), d(1, 26), "97760", ("GO",), 1)]),
        ("ADJUSTED", "ODUYA, BENEDICT", "WL00533104", "2025352004410", "SCT-10877", [
            (d(12, 8).replace(year=2025), d(12, 8).replace(year=2025), "97530", ("GO",), 4)]),
        ("ADJUSTED", "ODUYA, BENEDICT", "WL00533104", "2026031007716", "SCT-10877", [
            (d(12, 8).replace(year=2025), d(12, 8).replace(year=2025), "97530", ("GO",), 3)]),
    ]
    lines, claims = [], []
    section = None
    printed = ("billed", "allowed", "paid")
    for k, (sec, pat, rid, tcn, acct, rows) in enumerate(cdef):
        svcs = []
        for f, t, c, m, u in rows:
            s = Svc(f, c, u, m, end=t)
            if sec == "DENIED":
                s.denied = "CO"
            medicaid(s)
            s.remarks = ["114"] if sec == "DENIED" else ["001"]
            svcs.append(s)
        if sec == "ADJUSTED" and k == 4:
            svcs = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["770"]
        elif sec == "ADJUSTED":
            for s in svcs:
                s.remarks = ["771"]
        if sec != section:
            doc.ensure(40)
            doc.nl()
            put(0, f"*** CLAIMS {sec} ***" if sec != "ADJUSTED" else "*** CLAIM ADJUSTMENTS ***", bold=True)
            doc.nl(1.5)
            section = sec
        doc.ensure(30)

        def chead(cont=False):
            put(0, f"RECIP NAME {pat:<22} RECIP ID {rid}  TCN {tcn}  PAT ACCT {acct}"
                + ("   *** CONTINUED ***" if cont else ""))
            doc.nl()
        chead()
        for i, s in enumerate(svcs, 1):
            if doc.ensure(20):
                chead(True)
            m1 = s.mods[0] if s.mods else ""
            m2 = s.mods[1] if len(s.mods) > 1 else ""
            put(0, f"{i:>2} {dfmt(s.dos, 'mdy6')} {dfmt(s.end, 'mdy6')} {s.code:<5} {m1:<4} {m2:<4}"
                   f"{s.units:>7.2f} {money(s.billed, ''):>11} {money(s.allowed, ''):>11} {money(s.paid, ''):>11}"
                   f"  {s.remarks[0]}")
            lines.append(tl(doc.pageno, s, acct, tcn, pat, printed, service_end=s.end, remarks=s.remarks,
                              description=False))
            doc.nl()
        put(33, f"CLAIM TOTAL {money(total(svcs, 'billed'), ''):>11} {money(total(svcs, 'allowed'), ''):>11} "
                f"{money(total(svcs, 'paid'), ''):>11}")
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        doc.nl(1.6)
    legend = [("001", "PAID IN FULL AT THE PROGRAM MAXIMUM FEE. DO NOT BILL THE RECIPIENT THE DIFFERENCE."),
              ("114", "SERVICE DATE IS AFTER THE END OF THE AUTHORIZED TREATMENT PERIOD."),
              ("770", "ORIGINAL CLAIM CREDITED IN FULL FOR REPROCESSING."),
              ("771", "CLAIM REPROCESSED AFTER PROVIDER CORRECTION OF UNITS.")]
    doc.ensure(60)
    put(0, "EOB CODE DESCRIPTIONS", bold=True)
    doc.nl()
    for c, t in legend:
        put(0, f"{c}  {t}")
        doc.nl()
    n = render(doc, out / name, "reportlab", "Remittance Advice")
    write_truth(out / name, "v5_medicaid_ra_mainframe", "reportlab", n,
                "State Medicaid RA, mainframe print, landscape Courier", lines, claims, legend)
    META[name] = {}


# ================================================================================ v6 Medicaid MMIS ruled RA
def v6(out: Path):
    name = "v6_medicaid_mmis_ra.pdf"
    doc = Doc("DejaVuSansCondensed", size=7, top=40, bottom=50, lead=11)
    cols = [36, 56, 146, 206, 236, 286, 336, 386, 520, 576]
    X = [(40, "l"), (60, "l"), (150, "l"), (232, "r"), (282, "r"), (332, "r"), (382, "r"), (390, "l"), (524, "l")]
    HD = ["Ln", "Dates of Service", "Proc-Mods", "Units", "Billed Amt", "Allowed Amt", "Paid Amt", "CARC / Amount",
          "RARC"]

    def grid_row(dc, fill=None):
        dc.rect(36, dc.y - 8, 540, 11, fill=fill, lw=0.3)
        for x in cols[1:-1]:
            dc.line(x, dc.y - 8, x, dc.y + 3, 0.3)

    def colhead(dc):
        grid_row(dc, fill=0.85)
        dc.row(X, HD, bold=True)
        dc.nl()

    def header(dc):
        dc.t(40, "Evergreen State Medical Assistance - MMIS", bold=True, size=11)
        dc.t(572, "PROVIDER REMITTANCE ADVICE", bold=True, size=9, align="r")
        dc.nl(1.4)
        dc.t(40, "Payee: Northgate Rehabilitation Partners   Payee ID 0071882044   Remit Date 01/30/2026")
        dc.t(572, "EFT Trace 1EV0130260044", align="r")
        dc.nl(1.8)
    doc.header = header

    def footer(dc, i, n):
        dc.t(306, f"Page {i} of {n}", align="c", y=dc.H - 28)
        if i == 1:
            yy = 560
            dc.rect(36, yy - 12, 540, 170, lw=0.8)
            dc.t(42, "Important Messages from the Department", bold=True, size=8.5, y=yy)
            yy += 14
            for t in ["Outpatient therapy visits beyond the yearly limit need prior approval. Lines over the limit",
                      "without an approval number will deny. Request approvals through the provider portal.",
                      "",
                      "When a member has other insurance, bill that carrier first. The amount the other carrier paid",
                      "is shown as CARC 23 and is taken from the Medicaid allowed amount.",
                      "",
                      "Questions about this remittance: Provider Services 1-877-555-0190, option 3.",
                      "Keep this remittance advice for six years from the date of payment."]:
                dc.t(42, t, y=yy)
                yy += 11
    doc.footer = footer
    doc.limits = {1: 530}
    header(doc)
    cdef = [
        ("Fairweather, Lena", "EV884102273", "NRP260104A", "2026020400118", "PAID", [
            Svc(d(1, 5), "97161", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)), Svc(d(1, 9), "97110", 2, ("GP",)),
            Svc(d(1, 9), "97140", 1, ("GP",)), Svc(d(1, 12), "97112", 2, ("GP",))], None),
        ("Hollingsworth, Dev", "EV907733519", "NRP260106C", "2026020400119", "PAID", [
            Svc(d(1, 6), "97167", 1, ("GO",)), Svc(d(1, 6), "97530", 2, ("GO",)), Svc(d(1, 8), "97530", 3, ("GO",)),
            Svc(d(1, 8), "97535", 2, ("GO",)), Svc(d(1, 13), "97530", 3, ("GO",)),
            Svc(d(1, 13), "97140", 1, ("GO", "59")), Svc(d(1, 15), "97530", 3, ("GO",)),
            Svc(d(1, 15), "97535", 2, ("GO",)), Svc(d(1, 20), "97530", 3, ("GO",)),
            Svc(d(1, 20), "97112", 1, ("GO",)), Svc(d(1, 22), "97530", 3, ("GO",)),
            Svc(d(1, 22), "97535", 2, ("GO",)), Svc(d(1, 27), "97168", 1, ("GO",))], None),
        ("Marchetti-Obi, Sela", "EV612200481", "NRP260107B", "2026020400120", "PAID", [
            Svc(d(1, 7), "92523", 1, ("GN",)), Svc(d(1, 14), "92507", 1, ("GN",))], "tpl"),
        ("Fairweather, Lena", "EV884102273", "NRP260116A", "2026020400121", "DENIED", [
            Svc(d(1, 16), "97110", 2, ("GP",), denied="CO"), Svc(d(1, 16), "97140", 2, ("GP",), denied="CO")], None),
    ]
    lines, claims = [], []
    printed = ("billed", "allowed", "paid")
    for pat, mid, pcn, icn, status, svcs, kind in cdef:
        for s in svcs:
            medicaid(s, deny_reason="197")
            if s.denied:
                s.remarks = ["N54"]
            if kind == "tpl":
                tpl = q(s.allowed * D("0.40"))
                s.paid = s.allowed - tpl
                s.adjs = s.adjs + [("OA", "23", tpl)]
        doc.ensure(50)
        doc.rect(36, doc.y - 9, 540, 24, fill=0.93, lw=0.6)
        doc.t(40, f"Member: {pat}", bold=True)
        doc.t(220, f"Member ID: {mid}")
        doc.t(380, f"Status: {status}", bold=True)
        doc.nl()
        doc.t(40, f"Patient Control No: {pcn}")
        doc.t(220, f"ICN: {icn}")
        doc.t(380, "Billing NPI 1477203381   Claim type: Professional")
        doc.nl(1.4)
        colhead(doc)
        for i, s in enumerate(svcs, 1):
            if doc.ensure(14):
                doc.t(40, f"Member: {pat}   ICN: {icn}   (continued from previous page)", bold=True)
                doc.nl(1.3)
                colhead(doc)
            grid_row(doc)
            adj = "  ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs)
            doc.row(X, [str(i), f"{dfmt(s.dos, 'mdy4')}-{dfmt(s.dos, 'mdy4')}", codemods(s, "-"),
                        f"{s.units:.1f}", money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), adj,
                        " ".join(s.remarks)])
            lines.append(tl(doc.pageno, s, pcn, icn, pat, printed, service_end=s.dos, adjustments=s.adjs,
                            remarks=s.remarks, description=False))
            doc.nl()
        doc.row(X, ["", "Claim totals", "", "", money(total(svcs, "billed"), ","), money(total(svcs, "allowed"), ","),
                    money(total(svcs, "paid"), ",")], bold=True)
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        doc.nl(2)
    legend = [("N54", "Claim information is inconsistent with the prior authorization on file.")]
    doc.ensure(40)
    doc.t(40, "Remark code glossary: N54 - service does not match the authorization on file; CARC 23 - amount paid "
              "by the member's other insurance.")
    n = render(doc, out / name, "fpdf2", "Provider Remittance Advice")
    write_truth(out / name, "v6_medicaid_mmis_ra", "fpdf2", n, "State Medicaid MMIS RA, DejaVu Sans Condensed, ruled",
                lines, claims, legend)
    META[name] = {"all_adj": True}


# ========================================================================== v7 Medicare paper remit (PM system)
def v7(out: Path):
    name = "v7_medicare_spr_pm.pdf"
    doc = Doc("LiberationMono", size=6.2, top=36, bottom=40, lead=8.4)
    cw = 6.2 * 0.6

    def put(col, s, bold=False):
        doc.t(24 + col * cw, s, bold=bold)

    def header(dc):
        put(0, "MEDICARE PART B REMITTANCE - PRINTED BY TALLGRASS PRACTICE MANAGER v9.2", bold=True)
        put(120, f"PAGE #: {dc.pageno}")
        dc.nl()
        put(0, "PAYER: NORTHCENTRAL MEDICARE SERVICES (JURIS 08)   PROVIDER #: PTAN 88E4102   NPI 1730554190")
        dc.nl()
        put(0, "PAYEE: WILLOWBROOK PHYSICAL & OCCUPATIONAL THERAPY   CHECK/EFT #: 0000882107   DATE: 02/02/2026")
        dc.nl(2)
        put(0, "PERF PROV   SERV DATE   POS NOS PROC  MODS       BILLED    ALLOWED   DEDUCT    COINS"
               "  GRP/RC-AMT                                     PROV PD")
        dc.nl()
        put(0, "-" * 132)
        dc.nl()
    doc.header = header
    header(doc)
    st = PlanState(ded_left=D("60.00"))
    cdef = [
        ("HOLLOWAY, GRETCHEN", "8QX4NA2TT61", "WPO-55102", "2226031018840", [
            Svc(d(1, 5), "97163", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)),
            Svc(d(1, 7), "97110", 2, ("GP",)), Svc(d(1, 7), "97140", 1, ("GP",))]),
        ("ABERNATHY, CLIVE R", "2WE7TK9MM03", "WPO-55118", "2226031018841", [
            Svc(d(1, 2 + k), c, u, m) for k, (c, u, m) in enumerate([
                ("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97530", 2, ("GO", "KX")), ("97110", 1, ("GO",)),
                ("97530", 2, ("GO", "KX")), ("97535", 1, ("GO", "KX")), ("97530", 2, ("GO", "CO")),
                ("97112", 1, ("GO", "KX")), ("97530", 2, ("GO", "KX")), ("97535", 1, ("GO", "CO")),
                ("97530", 2, ("GO", "KX")), ("97110", 1, ("GO", "KX")), ("97530", 2, ("GO", "KX")),
                ("97168", 1, ("GO",))])]),
        ("NAKASHIMA, ETSUKO", "6RT2GH4PL88", "WPO-55131", "2226031018842", [
            Svc(d(1, 19), "97110", 2, ("GP", "KX")), Svc(d(1, 19), "G0283", 1, ("GP",), denied="CO")]),
    ]
    lines, claims = [], []
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    for pat, hic, acct, icn, svcs in cdef:
        st.ded_left = D("60.00") if pat.startswith("HOLL") else ZERO
        for s in svcs:
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["M77"]
        doc.ensure(40)

        def chead(cont=False):
            put(0, f"NAME {pat:<20} HIC {hic}  ACNT {acct:<12} ICN {icn}  ASG Y  MOA MA01"
                + (" (CONT)" if cont else ""))
            doc.nl()
        chead()
        for s in svcs:
            if doc.ensure(12):
                chead(True)
            adj = " ".join(f"{g}-{c} {money(a, '')}" for g, c, a in s.adjs)
            rm = (" " + " ".join(s.remarks)) if s.remarks else ""
            put(0, f"1730554190  {dfmt(s.dos, 'mdy2').replace('/', '')} {dfmt(s.dos, 'mdy2').replace('/', '')}"
                   f"  11 {units_s(s.units):>3} {s.code:<5} {' '.join(s.mods):<9}"
                   f"{money(s.billed, ''):>9} {money(s.allowed, ''):>10} {money(s.deductible, ''):>8}"
                   f" {money(s.coinsurance, ''):>8}  {adj:<46} {money(s.paid, ''):>8}{rm}")
            lines.append(tl(doc.pageno, s, acct, icn, pat, printed, service_end=s.dos, adjustments=s.adjs,
                            remarks=s.remarks, description=False))
            doc.nl()
        put(0, f"PT RESP {money(total(svcs, 'owes'), ''):>9}")
        put(33, f"CLAIM TOTALS {money(total(svcs, 'billed'), ''):>9} {money(total(svcs, 'allowed'), ''):>10} "
                f"{money(total(svcs, 'deductible'), ''):>8} {money(total(svcs, 'coinsurance'), ''):>8}"
                f"  {'':<46} {money(total(svcs, 'paid'), ''):>8}")
        doc.nl()
        put(0, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET {money(total(svcs, 'paid'), ''):>9}")
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        doc.nl(2)
    allsv = [s for c in cdef for s in c[4]]
    doc.ensure(40)
    put(0, f"TOTALS: # OF CLAIMS 3  BILLED AMT {money(total(allsv, 'billed'), '')}  ALLOWED AMT "
           f"{money(total(allsv, 'allowed'), '')}  PROV PD AMT {money(total(allsv, 'paid'), '')}", bold=True)
    doc.nl(2)
    legend = [("M77", "Place of service is missing, incomplete or not valid for this service.")]
    put(0, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
    doc.nl()
    put(0, "MA01  If you do not agree with what we paid, you may ask for a redetermination within 120 days.")
    doc.nl()
    put(0, "M77   Place of service does not fit this service as billed.")
    n = render(doc, out / name, "reportlab", "Medicare Remittance")
    write_truth(out / name, "v7_medicare_spr_pm", "reportlab", n,
                "Medicare Part B paper remit printed by a PM system, Liberation Mono", lines, claims, legend)
    META[name] = {"all_adj": True}


# ================================================================================= v8 clearinghouse detail
def v8(out: Path):
    name = "v8_clearinghouse_remit_detail.pdf"
    doc = Doc("DejaVuSans", landscape=True, size=6.2, top=36, bottom=40, lead=11)
    edges = [30, 130, 190, 262, 310, 344, 380, 406, 452, 498, 540, 580, 716, 762]
    X = [(33, "l"), (133, "l"), (193, "l"), (265, "l"), (313, "l"), (347, "l"), (403, "r"), (449, "r"),
         (495, "r"), (537, "r"), (577, "r"), (583, "l"), (759, "r")]
    HD = ["Patient", "Acct #", "Payer Claim #", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct",
          "Coins", "Adj Codes", "Paid"]

    def cells(dc, fill=None):
        dc.rect(30, dc.y - 8, 732, 11, fill=fill, lw=0.3)
        for x in edges[1:-1]:
            dc.line(x, dc.y - 8, x, dc.y + 3, 0.3)

    def header(dc):
        dc.t(30, "ClearPath Claims Exchange", bold=True, size=11)
        dc.t(762, "Remittance Detail by Patient", bold=True, size=10, align="r")
        dc.nl(1.3)
        dc.t(30, "Client: Meadowlark Rehab Clinic (Client 20448)   Payer: Medicare Part B - Jurisdiction 15   "
                 "Check/EFT 1MCR0203266019   Issued 02/03/2026")
        dc.nl(1.5)
        cells(dc, 0.8)
        dc.row(X, HD, bold=True)
        dc.nl()
    doc.header = header

    def footer(dc, i, n):
        dc.t(30, "ClearPath Claims Exchange - report RMT-220 - generated 02/04/2026 07:12", size=6, y=dc.H - 24)
        dc.t(762, f"Page {i} of {n}", size=6, align="r", y=dc.H - 24)
    doc.footer = footer
    header(doc)
    st = PlanState(ded_left=ZERO)
    cdef = [
        ("Pruitt, Lorraine", "MRC8812", "22260340117020", [
            Svc(d(1, 6), "97110", 3, ("GP", "KX")), Svc(d(1, 6), "97140", 1, ("GP", "KX")),
            Svc(d(1, 8), "97110", 2, ("GP", "KX")), Svc(d(1, 8), "97112", 1, ("GP", "KX"))]),
        ("Delacroix, Ambrose", "MRC8830", "22260340117021", [
            Svc(d(1, 7), "97165", 1, ("GO",)), Svc(d(1, 7), "97530", 2, ("GO",)), Svc(d(1, 9), "97530", 2, ("GO",)),
            Svc(d(1, 9), "97535", 1, ("GO",)), Svc(d(1, 9), "0552T", 1, ("GO",), denied="CO")]),
        ("Szabo, Ilona", "MRC8847", "22260340117022", [
            Svc(d(1, 12), "92507", 1, ("GN",)), Svc(d(1, 14), "92507", 1, ("GN",)),
            Svc(d(1, 14), "92526", 1, ("GN",))]),
        ("Pruitt, Lorraine", "MRC8861", "22260340117023", [
            Svc(d(1, 13), "97110", 2, ("GP", "KX")), Svc(d(1, 13), "97530", 1, ("GP", "CQ", "KX")),
            Svc(d(1, 15), "97110", 2, ("GP", "KX")), Svc(d(1, 15), "97140", 1, ("GP", "CQ", "KX"))]),
        ("Whitfield, Ruben", "MRC8872", "22260340117024", [
            Svc(d(1, 16), "97161", 1, ("GP",)), Svc(d(1, 16), "97110", 2, ("GP",)),
            Svc(d(1, 20), "97110", 2, ("GP",)), Svc(d(1, 20), "97140", 2, ("GP", "59")),
            Svc(d(1, 22), "97110", 2, ("GP",)), Svc(d(1, 22), "97116", 2, ("GP",)),
            Svc(d(1, 27), "97110", 2, ("GP",)), Svc(d(1, 27), "97112", 2, ("GP",))]),
    ]
    lines, claims = [], []
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    for k, (pat, acct, icn, svcs) in enumerate(cdef):
        st.ded_left = D("45.00") if k == 4 else ZERO
        for s in svcs:
            medicare(s, st, deny_reason="96")
        for s in svcs:
            doc.ensure(14)
            cells(doc)
            adj = " ".join(f"{g}{c}:{money(a, '')}" for g, c, a in s.adjs)
            doc.row(X, [pat, acct, icn, dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_s(s.units),
                        money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                        money(s.coinsurance, ""), adj, money(s.paid, "")])
            lines.append(tl(doc.pageno, s, acct, icn, pat, printed, adjustments=s.adjs, description=False))
            doc.nl()
        doc.ensure(14)
        doc.row(X, ["", "", f"Claim {icn} subtotal", "", "", "", "", money(total(svcs, "billed"), ""),
                    money(total(svcs, "allowed"), ""), money(total(svcs, "deductible"), ""),
                    money(total(svcs, "coinsurance"), ""), "", money(total(svcs, "paid"), "")], bold=True)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        doc.nl(1.5)
    doc.ensure(30)
    doc.t(30, "Adjustment codes shown as group+reason:amount (CO contractual, PR patient responsibility). "
              "See the payer's code list for meanings.", size=6.4)
    n = render(doc, out / name, "fpdf2", "Remittance Detail by Patient")
    write_truth(out / name, "v8_clearinghouse_remit_detail", "fpdf2", n,
                "Clearinghouse remittance detail of a Medicare payment, landscape DejaVu Sans grid", lines, claims, [])
    META[name] = {"all_adj": True}


# ======================================================================= v9 therapy clinic family statement
def v9(out: Path):
    name = "v9_clinic_family_statement.pdf"
    doc = Doc("DejaVuSerif", size=6.8, top=40, bottom=56, lead=10)
    X = [(36, "l"), (80, "l"), (120, "l"), (168, "l"), (292, "r"), (336, "r"), (376, "r"), (414, "r")]
    side = 462
    due = [""]

    def sidebar(dc):
        dc.rect(side, 60, 114, 190, fill=0.92)
        yy = 74
        for t, b in [("Statement Date", True), ("02/05/2026", False), ("", False), ("Account No.", True),
                     ("G-40917", False), ("", False), ("Amount Due", True), (due[0], True), ("", False),
                     ("Please Pay By", True), ("02/28/2026", False), ("", False), ("Aging", True),
                     ("Current  " + due[0], False), ("31-60  $0.00", False), ("Over 60  $0.00", False)]:
            dc.t(side + 6, t, bold=b, y=yy)
            yy += 10

    def header(dc):
        dc.t(36, "Little Lantern Pediatric Therapy", bold=True, size=12)
        dc.nl(1.4)
        dc.t(36, "Occupational, Physical & Speech Therapy  -  455 Orchard Lane, Suite B, Millbrook, VA 22902", size=6.6)
        dc.nl(1.2)
        dc.t(36, "Billing office (434) 555-0199, Mon-Fri 8:30-4:30", size=6.6)
        dc.nl(2)
        sidebar(dc)
    doc.header = header

    def footer(dc, i, n):
        dc.t(36, "Questions about your bill? Call our billing office. We accept HSA/FSA cards.",
             size=6.2, y=dc.H - 34)
        dc.t(576, f"Page {i} of {n}", size=6.2, align="r", y=dc.H - 34)
    doc.footer = footer
    plan = PlanState(ded_left=D("75.00"), coins_rate=D("0.20"), allowed_rate=D("0.74"))
    cdef = [
        ("Eli Broussard-Keane", "V-70211", "Old Dominion Health Partners", "ODH2601330042", [
            Svc(d(1, 5), "97166", 1, ("GO",)), Svc(d(1, 5), "97530", 2, ("GO",)), Svc(d(1, 5), "97112", 1, ("GO",))]),
        ("Maya Broussard-Keane", "V-70230", "Old Dominion Health Partners", "ODH2601330057", [
            Svc(d(1, 7), "92523", 1, ("GN",)), Svc(d(1, 14), "92507", 1, ("GN",)),
            Svc(d(1, 21), "92507", 1, ("GN",))]),
        ("Eli Broussard-Keane", "V-70262", "Old Dominion Health Partners", "ODH2601410018", [
            Svc(d(1, 12), "97530", 3, ("GO",)), Svc(d(1, 12), "97535", 1, ("GO",)),
            Svc(d(1, 19), "97530", 2, ("GO",)), Svc(d(1, 19), "97140", 1, ("GO", "59")),
            Svc(d(1, 26), "97530", 3, ("GO",)), Svc(d(1, 26), "97535", 1, ("GO",))]),
        ("Caleb Broussard-Keane", "V-70288", "Old Dominion Health Partners", "ODH2601410031", [
            Svc(d(1, 13), "97161", 1, ("GP",)), Svc(d(1, 13), "97110", 2, ("GP",)),
            Svc(d(1, 20), "97110", 2, ("GP",)), Svc(d(1, 20), "97116", 1, ("GP",))]),
    ]
    for c in cdef:
        for s in c[4]:
            commercial(s, plan)
    due[0] = money(total([s for c in cdef for s in c[4]], "owes") - D("50.00"))
    header(doc)
    doc.t(36, "Guarantor: Natalie Broussard-Keane", bold=True)
    doc.nl()
    doc.t(36, "19 Copper Beech Ct, Millbrook, VA 22903")
    doc.nl(2)
    lines, claims = [], []
    printed = ("billed", "paid", "discount", "patient_owes")
    doc.rect(32, doc.y - 9, 424, 12, fill=0.8)
    HD = ["Date", "Patient", "Code", "Description", "Units", "Charges", "Ins Paid", "Ins Adj"]
    doc.row(X[:8], HD, bold=True)
    doc.t(456, "Balance", bold=True, align="r")
    doc.nl(1.3)
    for pat, visit, ins, clm, svcs in cdef:
        doc.ensure(40)
        doc.t(36, f"{pat} - Visit {visit} - Billed to {ins} - Claim # {clm}", bold=True)
        doc.nl()
        for s in svcs:
            if doc.ensure(12):
                doc.t(36, f"Visit {visit} (continued) - Claim # {clm}", bold=True)
                doc.nl()
            doc.row(X[:8], [dfmt(s.dos, "mdy4"), pat.split()[0], codemods(s, ""), short(s.desc), units_s(s.units),
                            money(s.billed, ","), money(s.paid, ","), money(s.discount, ",")])
            doc.t(456, money(s.owes, ","), align="r")
            s.desc = s.desc[:26]
            lines.append(tl(doc.pageno, s, visit, clm, pat, printed, description=False))
            doc.nl()
        doc.t(120, f"Visit total - {pat.split()[0]}", bold=True)
        doc.row(X[5:8], [money(total(svcs, "billed"), ","), money(total(svcs, "paid"), ","),
                         money(total(svcs, "discount"), ",")], bold=True)
        doc.t(456, money(total(svcs, "owes"), ","), bold=True, align="r")
        claims.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), None, total(svcs, "paid"), total(svcs, "owes"))})
        doc.nl(1.8)
    allsv = [s for c in cdef for s in c[4]]
    doc.ensure(40)
    doc.t(36, "01/29/2026  Payment received - thank you (check 2231)")
    doc.t(456, "-50.00", align="r")
    doc.nl()
    doc.t(36, "Amount due", bold=True)
    doc.t(456, money(total(allsv, "owes") - D("50.00"), "$"), bold=True, align="r")
    doc.nl(2)
    doc.t(36, "Patient names on this statement: Eli, Maya and Caleb Broussard-Keane.", size=6.4)
    # patient column prints first names only; patient truth is the name printed in the visit total row
    n = render(doc, out / name, "reportlab", "Statement")
    write_truth(out / name, "v9_clinic_family_statement", "reportlab", n,
                "Pediatric therapy clinic family statement, DejaVu Serif, right sidebar", lines, claims, [])
    META[name] = {}
    return total(allsv, "owes") - D("50.00")


# ====================================================================== v10 hospital guarantor statement
def v10(out: Path):
    name = "v10_hospital_guarantor_statement.pdf"
    doc = Doc("LiberationSerif", size=8.2, top=42, bottom=56)
    X = [(40, "l"), (100, "l"), (140, "l"), (206, "l"), (450, "r"), (520, "r")]

    def header(dc):
        dc.t(40, "St. Adalind Regional Medical Center", bold=True, size=13)
        dc.t(572, "Patient Statement", bold=True, size=11, align="r")
        dc.nl(1.4)
        dc.t(40, "Patient Financial Services  -  PO Box 7781, Cobalt Springs, CO 80917  -  (719) 555-0142", size=7.4)
        dc.nl(1.3)
        dc.t(40, "Guarantor: Philippa Danforth-Reyes   Guarantor No. 00882041   Statement Date 02/06/2026", size=7.4)
        dc.nl(1.2)
        dc.hr(36, 576, w=1.2)
        dc.nl(1.4)
    doc.header = header

    def footer(dc, i, n):
        dc.t(40, "Financial assistance is available. Ask us for a plain-language summary of our policy.", size=6.8,
             y=dc.H - 32)
        dc.t(572, f"Page {i} of {n}", size=6.8, align="r", y=dc.H - 32)
    doc.footer = footer
    header(doc)
    accts = [
        ("Philippa Danforth-Reyes", "HB40012887", "Outpatient Rehabilitation", "Rocky Front Health Plan",
         "RFH-26-0117-5530", [
             (Svc(d(1, 6), "97161", 1, ()), "0420"), (Svc(d(1, 6), "97110", 2, ()), "0420"),
             (Svc(d(1, 8), "97140", 2, ()), "0420"), (Svc(d(1, 8), "G0283", 1, ()), "0420"),
             (Svc(d(1, 8), "97140", -1, ()), "0420"), (Svc(d(1, 13), "97110", 3, ()), "0420")], "corr"),
        ("Jonah Danforth-Reyes", "HB40013002", "Outpatient Rehabilitation", "Rocky Front Health Plan",
         "RFH-26-0121-0088", [
             (Svc(d(1, 9), "97165", 1, ()), "0430"), (Svc(d(1, 9), "97530", 2, ()), "0430"),
             (Svc(d(1, 16), "97530", 3, ()), "0430"), (Svc(d(1, 16), "97535", 1, ()), "0430")], None),
        ("Sofia Danforth-Reyes", "HB40013155", "Clinic Visit", "Rocky Front Health Plan", "RFH-26-0124-1172", [
            (Svc(d(1, 20), "99213", 1, ()), "0510"), (Svc(d(1, 20), "92523", 1, ()), "0440"),
            (Svc(d(1, 27), "92507", 1, ()), "0440")], None),
    ]
    lines, claims = [], []
    grand = ZERO
    for pat, acct, svc_type, ins, clm, rows, kind in accts:
        svcs = [s for s, _ in rows]
        doc.ensure(90)
        doc.rect(36, doc.y - 10, 540, 14, fill=0.9)
        doc.t(40, f"Patient: {pat}", bold=True)
        doc.t(260, f"Account No. {acct}", bold=True)
        doc.t(420, f"{svc_type}")
        doc.nl(1.5)
        doc.row(X, ["Date", "Rev Cd", "CPT/HCPCS", "Description", "Qty", "Charges"], bold=True)
        doc.nl(0.5)
        doc.hr(36, 576, w=0.4)
        doc.nl(1.1)
        for (s, rev) in rows:
            desc = s.desc if s.units > 0 else f"Correction - {s.desc.lower()} charged in error"
            doc.row(X, [dfmt(s.dos, "mdy2"), rev, s.code, desc, units_s(s.units), money(s.billed, ",", "trail")])
            lines.append(tl(doc.pageno, s, acct, clm, pat, ("billed",), description=False))
            doc.nl()
        tb = total(svcs, "billed")
        doc.row(X, ["", "", "", "Total charges", "", money(tb, ",")], bold=True)
        doc.nl()
        paid = q(tb * D("0.52"))
        adj = q(tb * D("0.31"))
        bal = tb - paid - adj
        grand += bal
        doc.t(40, dfmt(d(1, 30), "mdy2"))
        doc.t(206, f"Payment - {ins}, claim {clm}")
        doc.t(520, money(-paid, ",", "trail"), align="r")
        doc.nl()
        doc.t(40, dfmt(d(1, 30), "mdy2"))
        doc.t(206, "Contractual adjustment - insurance")
        doc.t(520, money(-adj, ",", "trail"), align="r")
        doc.nl()
        doc.t(206, "Patient balance for this account", bold=True)
        doc.t(520, money(bal, ","), bold=True, align="r")
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
        doc.nl(2.2)
    doc.ensure(40)
    doc.hr(36, 576, w=1.2)
    doc.nl(1.2)
    doc.t(40, "TOTAL AMOUNT DUE FROM GUARANTOR", bold=True)
    doc.t(520, money(grand), bold=True, align="r")
    n = render(doc, out / name, "fpdf2", "Patient Statement")
    write_truth(out / name, "v10_hospital_guarantor_statement", "fpdf2", n,
                "Hospital guarantor statement, Liberation Serif", lines, claims, [])
    META[name] = {}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout176_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in (v1, v2, v3, v4, v5, v6, v7, v8, v9, v10):
        f(out)
    print(out)
    if "--check" in argv:
        errs = check_folder(out, META)
        for e in errs:
            print("CHECK:", e)
        import json
        nl = sum(len(json.loads(Path(str(out / n) + ".truth.json").read_text())["lines"]) for n in META)
        print(f"{len(META)} files, {nl} lines, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
