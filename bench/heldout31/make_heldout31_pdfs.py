"""Write the 31st held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two of
each of the five commonest real kinds (commercial member EOBs; a Medicare Summary Notice and a Medicare Advantage
member EOB; state Medicaid remittance advices; Medicare Part B remits reprinted by a practice-management system / a
clearinghouse; family statements from a therapy clinic and a hospital), each in a house style unlike sets 1-29.
Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout31/make_heldout31_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout31/make_heldout31_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (written with
samples/pdf/eobgen.write_truth, <name>.pdf.truth.json), printed values only, null for what a layout does not print
(units too: no units printed -> null; modifiers [] when none printed); description null throughout. claim_id = the
provider's own account / patient-control / claim (ticket) / hospital-account number, payer_claim_id = the payer's
claim number / ICN / TCN, patient exactly as printed (the person served, not the guarantor or subscriber). Where a
line prints From and To / Thru, service_end is that date. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no
randomness; pages are recorded and rendered at the end so "Page n of N" is exact). h31kit.py holds the drawing kit
(one top-left API over both producers), the truth collector and the check.

Layouts (10 files, 225 service lines, 18 pages; claims continued across a page break in k01, k03, k04, k07):
  k01 commercial PPO member EOB, fpdf2 portrait Liberation Sans: member box, family deductible / out-of-pocket table
      (four members), grey claim bars "Patient: <name> (Son)" / Claim ID / Provider / Patient account no., Service
      date(s) 01/05/2026 / wrapped Service description / Proc code "97112-GO-59" / Amount billed / Member rate /
      Pending or not payable / Remarks / Applied to deductible / Copay amount / Amount remaining / % paid / Your plan
      pays / Coinsurance / Your share, no units, an excluded 0552T the member owes, a bundled line the member does
      not, Claim total rows + "We paid $x to" lines, a claim continued on page 2 under "(continued)" + header
  k02 school-employees' trust "STATEMENT OF BENEFITS" with an HRA, reportlab landscape Liberation Serif: HRA box,
      boxed claim panels (Patient / Relationship / Claim Number / Provider / Provider Patient No.), Ln / Service Date
      1/5/26 / Description / Proc / Mod "GO 59" / Qty / Charges / Discount / Allowed / Not Covered / Deductible /
      Copay / Coinsurance / Plan Paid / HRA Paid / You Owe / Rsn, three family members, Claim Totals rows; PLANTED
      claim-total mismatch (Plan Paid total of claim 26011-448755-01 printed 10.00 too high), 2 pages
  k03 Medicare Summary Notice for Part B, reportlab portrait Liberation Sans: dashboard page, then a doctor-claims
      section and an OUTPATIENT FACILITY section ("Amount Facility Charged"), grey provider heads with Claim number,
      Date 01/05/26 on each row, long wrapped wording ending "(97110)", Service Approved? / Medicare-Approved Amount /
      Amount Medicare Paid / Maximum You May Be Billed / See Notes letters, a denied 0552T, "Total for this claim",
      the facility claim continued onto page 3 "(claim continued)", 3 pages
  k04 Medicare Advantage PPO monthly member EOB, fpdf2 portrait DejaVu Sans Condensed: dark title band, cost box,
      message panel, grey provider bars (Claim number | Provider's account number), Date of service 01-05-2026 /
      Service / Code/Mod "97110/GP/KX" / Units / Review status Approved-Denied / Provider billed / Plan allowed / Plan
      paid / Copay / Coins. / Not covered / Your share / Note, $25 copay once per day, a not-authorized line the
      member does not owe, a 21-line claim continued on page 2, claim totals
  k05 state Medicaid REMITTANCE ADVICE for OUTPATIENT HOSPITAL (UB) claims, fpdf2 landscape Liberation Mono: PAID /
      DENIED / ADJUSTED sections, "RECIPIENT: LAST, FIRST  RID  ICN  PAT ACCT  MED REC  STMT  STATUS" lines, LN /
      FROM / TO 010526 / REV / HCPCS / MOD / MOD / UNITS "2.00" / BILLED AMT / ALLOWED AMT / COPAY / TPL / PAID AMT /
      EOB (4-digit), an adult $3.00 copay, a no-authorization denied claim, a void (leading minus) and replacement,
      CLAIM TOTALS rows, EOB legend, 2 pages
  k06 state Medicaid "Provider Remittance Advice - Professional Claims", reportlab portrait Liberation Serif: boxed
      member heads (Member "Last, First" / Member No. / TCN / Provider Claim Ref / Claim Status / claim billed and
      paid), each detail on TWO text lines (Ln / Svc Date / Proc / Mods "GO U1" / Units "3.0" / Billed / Allowed / Paid
      / Line Status, then an italic "Adjustments: CO-45 174.45   PR-3 1.00   Remarks: N54" line), a no-authorization
      denied claim, 1 page
  k07 practice-management "Remittance Reprint" of a Medicare Part B payment, reportlab landscape Liberation Sans
      Narrow: payment-summary box, grey claim rows (LAST, FIRST / Acct / ICN / MBI / Status), Serv Date / CPT / Mod /
      Units / Billed / Allowed / Deductible / Coinsurance / ALL adjustments in ONE cell "CO45 118.88; PR2 26.17; CO253
      1.03" / Paid / Pt Resp / RARC, parentheses for the reversal of a December claim and its correction, a CO-96
      excluded 0552T, Claim total rows, a 16-line claim continued on page 2 "(continued)"
  k08 clearinghouse "Remittance Viewer" print of a Medicare Part B payment, fpdf2 portrait DejaVu Serif: shaded
      label-over-value claim boxes (Patient Name / Patient Control # / Payer Claim Control # / Claim Status / Total
      Charge / Total Paid / Patient Resp / Medicare ID), From / Thru as ISO dates 2026-01-05, Line Item Ctrl # (not an
      id), Proc / Mods "GO KX" / Units "2.00" / Charge / Allowed / Grp / CARC / Adj Amount stacked one per text line /
      Paid / RARC, 1 page
  k09 pediatric therapy clinic FAMILY STATEMENT, reportlab portrait Liberation Sans with a shaded right SIDEBAR
      (statement date, guarantor, amount due, how to pay): child bands, Date 01/05/26 / Claim # (clinic's, on every
      row) / Service / CPT / Mod / Units / Charge / Ins Paid / Ins Adj / Balance, three children, two claims still at
      the insurer ("pending", "--"), no claim totals, 1 page
  k10 hospital PATIENT STATEMENT to a guarantor, fpdf2 landscape DejaVu Sans: account summary panel, boxed account
      heads (Account / Patient / department / Primary insurance + claim no.), Service Date "Jan 05, 2026" / Rev /
      CPT/HCPCS / Modifier / DESCRIPTION IN CAPITALS / Qty / Charges / Insurance Payments / Insurance Adjustments /
      Patient Balance, mother, son and daughter, Account totals rows, 2 pages

Truth decisions: k01 prints no discount (Member rate = allowed, Pending or not payable = not_covered, Your share =
patient_owes; "Amount remaining" and "% paid" are not truth fields); k02's You Owe (after the HRA paid) is
patient_owes, HRA Paid is not a truth field, Rsn codes are remarks; k03 prints no units, modifiers or provider
account (claim_id null), allowed = Medicare-Approved, paid = Amount Medicare Paid (after the 2% reduction),
patient_owes = Maximum You May Be Billed, note letters are remarks; k04's Plan allowed = allowed, Your share =
patient_owes, the member = patient; k05's EOB codes are remarks, COPAY is copay (0.00 where printed), TPL (all 0.00)
is not a truth field, TO gives service_end, the void keeps positive units with negative amounts; k06 prints no patient
share (null), the PR-3 copay is only an adjustment, claim totals are the claim billed / paid on the member head;
k07's Pt Resp is patient_owes, the reversal keeps positive units; k08 prints no per-line patient share (null), its
claim "Patient Resp" is not a totals field, Line Item Ctrl # is not an id, claim totals = Total Charge / Total Paid;
k09 prints no payer claim number (payer_claim_id null), claim_id = the clinic's Claim #, Ins Adj = discount, Balance
= patient_owes, pending claims have billed only; k10's Insurance Adjustments = discount, Patient Balance =
patient_owes, claim_id = the hospital account, payer_claim_id = the insurer's claim no. in the account head.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every service
row (with its wrapped text, its second text line or stacked adjustments); the check reads each written PDF's text
layer with pdfplumber and finds every truth code, modifier, units value, date (and end date), amount, adjustment
group / reason / amount and remark INSIDE that band as whole tokens in the layout's own print format; ids and
patients in the document's text; page counts and every "Page n of N"; arithmetic (billed - adjustments = paid where
every adjustment is printed; allowed - deductible - copay - coinsurance = paid and billed - discount - not covered =
allowed where printed; patient owes = its printed parts; statements: charge - paid - adjustment >= balance); claim
totals printed and equal to the sum of their lines unless the mismatch is the declared expected finding; claims
unique by (claim_id, payer_claim_id); legend codes printed; at least three files with a claim continued onto the
next page.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h31kit import ROOT, Col, Doc, Fmt, Table, Truth, check, spans_pages  # noqa: E402
from eobgen import (LONG_DESC, PlanState, Svc, ZERO, commercial, dfmt, medicaid, medicare, money, negate,  # noqa: E402
                    q, total)

import eobgen  # noqa: E402

# Codes the sample factory does not price: our own invented charges, schedule amounts and wording.
for _c, _fee, _sch, _desc in (("97533", "88.00", "34.90", "Sensory integration activities"),
                              ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
                              ("97164", "140.00", "69.85", "PT re-evaluation"),
                              ("92522", "260.00", "140.35", "Speech sound production evaluation"),
                              ("97542", "84.00", "31.20", "Wheelchair management training"),
                              ("99212", "115.00", "56.75", "Office visit, established, brief")):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _desc)

D = date
J = lambda d: date(2026, 1, d)  # noqa: E731


def sv(day, code, units=1, mods=(), denied=None, desc=None, dos=None):
    return Svc(dos or J(day), code, Decimal(str(units)), tuple(mods), desc=desc or "", denied=denied)


def tot(svcs, attr):
    return total(svcs, attr)


def m_plain(d):
    return money(d, ",")


def m_dollar(d):
    return money(d, "$")


def mods_join(mods, sep):
    return sep.join(mods)


def furniture_footer(doc, y, left, right_fmt="Page {n} of {N}", size=6.5):
    doc.text(36, y, left, size, gray=0.3)
    doc.pageno(doc.W - 36, y, right_fmt, size)


# =====================================================================================================
# k01  commercial member EOB (fpdf2, portrait, Liberation Sans)
# =====================================================================================================

def k01():
    doc = Doc("fpdf2", "LiberationSans")
    fmt = Fmt(money=m_plain, date=lambda d: dfmt(d, "mdy4"),
              code=lambda c, m: ["-".join([c] + list(m))], remark=lambda r: r)
    t = Truth("k01_commercial_member_eob", "fpdf2",
              "Commercial PPO member EOB, portrait Liberation Sans: member rate / pending or not payable / amount "
              "remaining / % paid vocabulary, no units, code-modifier glued with hyphens, four family members, a "
              "claim continued on page 2 under a repeated header.", fmt)
    t.checks |= {"chain", "owes_parts"}
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")},
                   allowed_rate=Decimal("0.78"))
    fam = {"Teo": "Teo Ferreira-Holt", "Priya": "Priya Ferreira-Holt", "Lena": "Lena Ferreira-Holt",
           "Daniel": "Daniel Ferreira-Holt"}
    rel = {"Teo": "Son", "Priya": "Spouse", "Lena": "Daughter", "Daniel": "Self"}
    claims = [
        ("Teo", "E4R7-20611-0093", "TH-58812", "Brightpath Pediatric Therapy",
         [sv(5, "97165", 1, ["GO"]), sv(5, "97530", 2, ["GO"]), sv(7, "97530", 3, ["GO"]), sv(7, "97535", 1, ["GO"]),
          sv(9, "97530", 2, ["GO"]), sv(9, "97112", 1, ["GO", "59"]), sv(12, "97530", 3, ["GO"]),
          sv(12, "97110", 1, ["GO"]), sv(14, "97530", 2, ["GO"]), sv(14, "97533", 1, ["GO"]),
          sv(16, "97530", 3, ["GO"]), sv(16, "97140", 1, ["GO", "59"]), sv(16, "0552T", 1, [], "PR"),
          sv(19, "97530", 2, ["GO"]), sv(19, "97535", 1, ["GO"]), sv(21, "97168", 1, ["GO"]),
          sv(21, "97530", 2, ["GO"]), sv(23, "97530", 3, ["GO"]), sv(23, "97112", 2, ["GO"])]),
        ("Priya", "E4R7-20614-1180", "PT-30417", "Hollins Creek Physical Therapy",
         [sv(6, "97161", 1, ["GP"]), sv(6, "97110", 2, ["GP"]), sv(13, "97110", 2, ["GP"]),
          sv(13, "97140", 1, ["GP", "59"]), sv(13, "G0283", 1, ["GP"], "CO"), sv(20, "97110", 2, ["GP"]),
          sv(20, "97112", 1, ["GP"]), sv(27, "97110", 2, ["GP"]), sv(27, "97140", 1, ["GP", "59"]),
          sv(29, "97164", 1, ["GP"])]),
        ("Lena", "E4R7-20618-0452", "SL-7734", "Brightpath Pediatric Therapy",
         [sv(8, "92523", 1, ["GN"]), sv(15, "92507", 1, ["GN"]), sv(22, "92507", 1, ["GN"])]),
        ("Daniel", "E4R7-20620-3391", "88021-A", "Marrow Lane Orthopedic Clinic",
         [sv(20, "99213", 1, []), sv(20, "97760", 1, ["GO"]), sv(20, "L3807", 1, ["RT"])]),
    ]
    for c in claims:
        for s in c[4]:
            if s.code == "0552T":
                commercial(s, st, deny_reason="96")
                s.remarks = ["X4"]
            elif s.denied:
                commercial(s, st, deny_reason="97")
                s.remarks = ["B9"]
                s.owes = ZERO
            else:
                commercial(s, st)
    cols = [Col("date", "Service|date(s)", 44), Col("svc", "Service|description", 80, wrap=True),
            Col("code", "Proc|code", 44), Col("billed", "Amount|billed", 40, "R"),
            Col("rate", "Member|rate", 38, "R"), Col("np", "Pending or|not payable", 42, "R"),
            Col("rmk", "Remarks", 30, "C"), Col("ded", "Applied to|deductible", 40, "R"),
            Col("copay", "Copay|amount", 34, "R"), Col("rem", "Amount|remaining", 40, "R"),
            Col("pct", "%|paid", 22, "R"), Col("pays", "Your plan|pays", 38, "R"),
            Col("coins", "Coinsurance", 44, "R"), Col("share", "Your|share", 38, "R")]
    tb = Table(doc, 22, cols, size=6.6)
    BOTTOM = 740

    def furniture(first):
        doc.new_page()
        doc.text(36, 40, "LARCHMONT MUTUAL HEALTH", 13, "B")
        doc.text(36, 52, "PO Box 40917  Fairhaven, OH 43299   |   1-877-555-0142   |   larchmontmutual.example",
                 6.8, gray=0.3)
        doc.text(doc.W - 36, 40, "Explanation of Benefits", 12, "B", "R")
        doc.text(doc.W - 36, 52, "THIS IS NOT A BILL", 8, "B", "R")
        doc.line(36, 58, doc.W - 36, 58, 1.0)
        furniture_footer(doc, 772, "Statement date 02/02/2026   Member ID W83302417   Group 0077120 "
                         "Ardent Tooling Inc. employee plan")
        return 70

    y = furniture(True)
    doc.text(36, y + 10, "DANIEL FERREIRA-HOLT", 8, "B")
    doc.text(36, y + 20, "418 Quarry Bend Rd", 8)
    doc.text(36, y + 30, "Fairhaven OH 43290-1822", 8)
    doc.rect(330, y, 246, 64)
    for i, (k, v) in enumerate([("Member", "Daniel Ferreira-Holt"), ("Member ID", "W83302417"),
                                ("Group", "0077120"), ("Plan", "Choice PPO 1500"),
                                ("Statement period", "01/01/2026 - 01/31/2026")]):
        doc.text(336, y + 11 + i * 11, k, 7, "B")
        doc.text(420, y + 11 + i * 11, v, 7)
    y += 76
    doc.text(36, y, "Your deductible and out-of-pocket so far this plan year", 8.5, "B")
    y += 6
    sumcols = [Col("who", "Family member", 150), Col("d", "Deductible met", 90, "R"),
               Col("dl", "Deductible limit", 90, "R"), Col("o", "Out-of-pocket met", 90, "R")]
    stb = Table(doc, 36, sumcols, size=7)
    y = stb.header(y, fill=0.88)
    for k in ("Daniel", "Priya", "Teo", "Lena"):
        mine = [s for c in claims if c[0] == k for s in c[4]]
        y = stb.row(y, {"who": fam[k], "d": m_plain(tot(mine, "deductible")), "dl": "1,500.00",
                        "o": m_plain(tot(mine, "owes"))}, rule=0.7)[1]
    y += 14
    doc.text(36, y, "How we processed your claims", 10, "B")
    y += 8

    def claim_bar(y, c, cont=False):
        who, pcn, acct, prov = c[0], c[1], c[2], c[3]
        doc.rect(tb.x0, y, tb.x1 - tb.x0, 24, fill=0.9, stroke=False)
        doc.text(tb.x0 + 3, y + 9, f"Patient: {fam[who]} ({rel[who]})" + ("  (continued)" if cont else ""), 7.5, "B")
        doc.text(tb.x0 + 260, y + 9, f"Claim ID: {pcn}", 7.5, "B")
        doc.text(tb.x0 + 3, y + 19, f"Provider: {prov}   Patient account no.: {acct}   Received 01/26/2026   "
                 f"Processed 01/29/2026   In network", 6.8)
        return y + 26

    for ci, c in enumerate(claims):
        who, pcn, acct, prov, svcs = c
        if y + 80 > BOTTOM:
            y = furniture(False)
        y = claim_bar(y, c)
        y = tb.header(y)
        for s in svcs:
            vals = {"date": dfmt(s.dos, "mdy4"), "svc": s.desc, "code": "-".join((s.code,) + s.mods),
                    "billed": m_plain(s.billed), "rate": m_plain(s.allowed), "np": m_plain(s.not_covered),
                    "rmk": " ".join(s.remarks), "ded": m_plain(s.deductible), "copay": m_plain(s.copay),
                    "rem": m_plain(s.allowed - s.deductible - s.copay),
                    "pct": "0%" if s.denied else ("100%" if s.copay else "80%"),
                    "pays": m_plain(s.paid), "coins": m_plain(s.coinsurance), "share": m_plain(s.owes)}
            if y + tb.row_height(vals) > BOTTOM:
                y = furniture(False)
                y = claim_bar(y, c, cont=True)
                y = tb.header(y)
            band = tb.row(y, vals, rule=0.75)
            t.add(doc.pno, band, s, acct, pcn, fam[who],
                  ("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                  units=False, remarks=s.remarks)
            y = band[1]
        tv = {"date": "Claim total", "billed": m_plain(tot(svcs, "billed")), "rate": m_plain(tot(svcs, "allowed")),
              "np": m_plain(tot(svcs, "not_covered")), "ded": m_plain(tot(svcs, "deductible")),
              "copay": m_plain(tot(svcs, "copay")), "pays": m_plain(tot(svcs, "paid")),
              "coins": m_plain(tot(svcs, "coinsurance")), "share": m_plain(tot(svcs, "owes"))}
        y = tb.row(y, tv, style="B")[1]
        doc.text(tb.x0 + 3, y + 8, f"We paid {m_dollar(tot(svcs, 'paid'))} to {prov} on 01/30/2026.", 6.8, "I")
        y += 18
        t.claim(acct, pcn, fam[who], tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
    legend = [("X4", "This service is excluded by your plan; you may owe the provider for it."),
              ("B9", "This service is part of another service on the same day; the provider may not bill you.")]
    if y + 50 > BOTTOM:
        y = furniture(False)
    doc.text(36, y + 6, "Remarks", 8.5, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(36, y + 18 + i * 10, k, 7, "B")
        doc.text(60, y + 18 + i * 10, v, 7)
    t.legend = legend
    return doc, t


def d_short(d):
    return f"{d.month}/{d.day}/{d:%y}"


def m_paren(d):
    return money(d, ",", "()")


def finding(pcn, col, printed, real):
    return f"claim-total-mismatch claim {pcn}: printed {col} total {printed} but the lines add up to {real}"


# =====================================================================================================
# k02  commercial member EOB with an HRA column (reportlab, landscape, Liberation Serif)
# =====================================================================================================

def k02():
    doc = Doc("reportlab", "LiberationSerif", landscape=True)
    fmt = Fmt(money=m_plain, date=d_short, code=lambda c, m: [c] + ([" ".join(m)] if m else []),
              units=lambda u: u, remark=lambda r: r)
    t = Truth("k02_commercial_hra_eob", "reportlab",
              "Employer plan member EOB with a health reimbursement account column, landscape Liberation Serif, "
              "boxed claim panels, Proc and Mod apart, Qty, HRA Paid before You Owe, planted total mismatch.", fmt)
    t.checks |= {"chain", "allowed_parts"}
    fam = {"G": ("Grace Okonkwo-Bell", "Self"), "M": ("Malik Okonkwo-Bell", "Son"), "A": ("Ada Okonkwo-Bell",
                                                                                        "Daughter")}
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.30"), copay_codes={"99212": Decimal("40.00")},
                   allowed_rate=Decimal("0.71"))
    claims = [
        ("M", "26011-448720-01", "PT00931", "Cedar Knoll Pediatric Therapy",
         [sv(6, "97166", 1, ["GO"]), sv(6, "97530", 2, ["GO"]), sv(13, "97530", 3, ["GO"]),
          sv(13, "97533", 1, ["GO", "59"]), sv(20, "97530", 2, ["GO"]), sv(20, "97535", 1, ["GO"])]),
        ("A", "26011-448755-01", "PT00932", "Cedar Knoll Pediatric Therapy",
         [sv(7, "92522", 1, ["GN"]), sv(14, "92507", 1, ["GN"]), sv(21, "92507", 1, ["GN"]),
          sv(21, "92526", 1, ["GN"], "PR")]),
        ("G", "26011-449102-01", "V-661903", "Ridgeline Hand & Upper Extremity",
         [sv(9, "99212", 1, []), sv(9, "97760", 1, ["GO"]), sv(9, "L3807", 1, ["LT"]), sv(16, "97140", 1, ["GO"]),
          sv(16, "97110", 2, ["GO"]), sv(23, "97110", 2, ["GO", "59"])]),
    ]
    hra_left = Decimal("250.00")
    hra = {}
    for c in claims:
        for s in c[4]:
            if s.denied:
                commercial(s, st, deny_reason="96")
                s.remarks = ["NC"]
            else:
                commercial(s, st)
                if s.deductible:
                    s.remarks = ["DD"]
            h = min(hra_left, s.owes) if not s.denied else ZERO
            hra_left -= h
            hra[id(s)] = h
            s.owes -= h
    cols = [Col("ln", "Ln", 16), Col("date", "Service|Date", 34), Col("svc", "Description", 104, wrap=True),
            Col("proc", "Proc", 30), Col("mod", "Mod", 30), Col("qty", "Qty", 20, "R"),
            Col("billed", "Charges", 42, "R"), Col("disc", "Discount", 40, "R"), Col("allowed", "Allowed", 42, "R"),
            Col("nc", "Not|Covered", 40, "R"), Col("ded", "Deductible", 42, "R"), Col("copay", "Copay", 34, "R"),
            Col("coins", "Coinsurance", 44, "R"), Col("paid", "Plan|Paid", 42, "R"), Col("hra", "HRA|Paid", 38, "R"),
            Col("owe", "You|Owe", 38, "R"), Col("rsn", "Rsn", 22, "C")]
    tb = Table(doc, 24, cols, size=6.8)
    BOTTOM = 575

    def page():
        doc.new_page()
        doc.text(30, 36, "Keelwater Health Benefits Trust", 14, "B")
        doc.text(30, 48, "administered for Marlowe County Public Schools  -  Claims Service Center, PO Box 7711, "
                 "Dunmore, VA 24399", 7, "I")
        doc.text(doc.W - 30, 36, "STATEMENT OF BENEFITS", 11, "B", "R")
        doc.text(doc.W - 30, 48, "Keep this for your records. This is not a bill.", 7, align="R")
        doc.line(30, 54, doc.W - 30, 54, 0.8)
        doc.text(30, 588, "Employee: Grace Okonkwo-Bell   ID KW-5521-0384   Plan: Gold PPO with HRA   Statement date "
                 "02/02/2026", 6.5, gray=0.3)
        doc.pageno(doc.W - 30, 588, "Page {n} of {N}", 6.5)
        return 64

    y = page()
    doc.rect(30, y, 300, 52)
    doc.text(36, y + 12, "Your HRA", 8, "B")
    doc.text(36, y + 24, "HRA balance at start of period: $250.00", 7.5)
    doc.text(36, y + 35, f"Paid from your HRA on these claims: {m_dollar(Decimal('250.00') - hra_left)}", 7.5)
    doc.text(36, y + 46, f"HRA balance remaining: {m_dollar(hra_left)}", 7.5)
    doc.text(350, y + 12, "Questions? Call 1-866-555-0188 (TTY 711), Monday-Friday 8 a.m. to 6 p.m.", 7.5)
    doc.text(350, y + 24, "The HRA pays your deductible, copays and coinsurance until its balance is used.", 7.5)
    y += 64
    for ci, (who, pcn, acct, prov, svcs) in enumerate(claims):
        if y + 90 > BOTTOM:
            y = page()
        name, rel = fam[who]
        doc.rect(tb.x0, y, tb.x1 - tb.x0, 26)
        doc.text(tb.x0 + 4, y + 10, f"Patient: {name}", 8, "B")
        doc.text(tb.x0 + 180, y + 10, f"Relationship: {rel}", 7.5)
        doc.text(tb.x0 + 330, y + 10, f"Claim Number: {pcn}", 8, "B")
        doc.text(tb.x0 + 4, y + 21, f"Provider: {prov}", 7.5)
        doc.text(tb.x0 + 330, y + 21, f"Provider Patient No.: {acct}", 7.5)
        doc.text(tb.x0 + 560, y + 21, "Network: In-network   Processed 01/28/2026", 7.5)
        y = tb.header(y + 28, fill=0.9)
        for i, s in enumerate(svcs, 1):
            vals = {"ln": str(i), "date": d_short(s.dos), "svc": s.desc, "proc": s.code, "mod": " ".join(s.mods),
                    "qty": str(s.units), "billed": m_plain(s.billed), "disc": m_plain(s.discount),
                    "allowed": m_plain(s.allowed), "nc": m_plain(s.not_covered), "ded": m_plain(s.deductible),
                    "copay": m_plain(s.copay), "coins": m_plain(s.coinsurance), "paid": m_plain(s.paid),
                    "hra": m_plain(hra[id(s)]), "owe": m_plain(s.owes), "rsn": " ".join(s.remarks)}
            band = tb.row(y, vals, rule=0.8)
            t.add(doc.pno, band, s, acct, pcn, name, ("billed", "discount", "allowed", "not_covered", "deductible",
                                                       "copay", "coinsurance", "paid", "patient_owes"),
                  remarks=s.remarks)
            y = band[1]
        paid_t = tot(svcs, "paid")
        printed_paid = paid_t + Decimal("10.00") if ci == 1 else paid_t
        if ci == 1:
            t.findings.append(finding(pcn, "Plan Paid", q(printed_paid), q(paid_t)))
        tv = {"svc": "Claim Totals", "billed": m_plain(tot(svcs, "billed")), "disc": m_plain(tot(svcs, "discount")),
              "allowed": m_plain(tot(svcs, "allowed")), "nc": m_plain(tot(svcs, "not_covered")),
              "ded": m_plain(tot(svcs, "deductible")), "copay": m_plain(tot(svcs, "copay")),
              "coins": m_plain(tot(svcs, "coinsurance")), "paid": m_plain(printed_paid),
              "hra": m_plain(sum((hra[id(s)] for s in svcs), ZERO)), "owe": m_plain(tot(svcs, "owes"))}
        y = tb.row(y, tv, style="B")[1]
        doc.line(tb.x0, y, tb.x1, y, 0.8)
        doc.text(tb.x0 + 4, y + 9, f"Payment of {m_dollar(printed_paid)} was sent to {prov}.", 7, "I")
        y += 20
        t.claim(acct, pcn, name, tot(svcs, "billed"), tot(svcs, "allowed"), printed_paid, tot(svcs, "owes"))
    legend = [("DD", "Applied to your deductible; your HRA pays it while money remains."),
              ("NC", "Not a covered benefit under your plan. You are responsible for this charge.")]
    if y + 40 > BOTTOM:
        y = page()
    doc.text(30, y + 6, "Reason codes", 8, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(30, y + 17 + i * 10, k, 7, "B")
        doc.text(52, y + 17 + i * 10, v, 7)
    t.legend = legend
    return doc, t


# =====================================================================================================
# k03  Medicare Summary Notice, facility + professional sections (reportlab, portrait, Liberation Sans)
# =====================================================================================================

def k03():
    doc = Doc("reportlab", "LiberationSans")
    fmt = Fmt(money=m_dollar, date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: [f"({c})"], remark=lambda r: r)
    t = Truth("k03_medicare_summary_notice", "reportlab",
              "Medicare Summary Notice for Part B with an outpatient facility section and a doctor section, "
              "portrait Liberation Sans, date on each row, code in parentheses inside wrapped wording, no units, "
              "note letters, a facility claim continued onto the next page.", fmt)
    bene = "Harold J. Whitcombe"
    st = PlanState(ded_left=Decimal("257.00"), coins_rate=Decimal("0.20"))
    fac = [sv(d, c, u, m) for d, c, u, m in (
        (5, "97163", 1, ["GP"]), (5, "97110", 2, ["GP"]), (7, "97110", 2, ["GP"]), (7, "97112", 1, ["GP"]),
        (9, "97530", 2, ["GP"]), (9, "97140", 1, ["GP"]), (12, "97110", 3, ["GP"]), (12, "97116", 1, ["GP"]),
        (14, "97530", 2, ["GP"]), (14, "G0283", 1, ["GP"]), (16, "97110", 2, ["GP"]), (16, "97112", 2, ["GP"]),
        (19, "97530", 2, ["GP"]), (19, "97140", 1, ["GP"]), (21, "97110", 2, ["GP"]), (21, "97116", 1, ["GP"]),
        (23, "97530", 2, ["GP"]), (23, "0552T", 1, [])) ]
    doc_cl = [sv(d, c, u, m) for d, c, u, m in ((8, "97166", 1, ["GO"]), (8, "97535", 1, ["GO"]),
                                                (15, "97535", 1, ["GO"]), (15, "97530", 1, ["GO"]))]
    for s in fac + doc_cl:
        if s.code == "0552T":
            s.denied = "PR"
            medicare(s, st, deny_reason="96")
            s.remarks = ["C"]
        else:
            medicare(s, st)
            s.remarks = ["A"] if s.deductible else []
    for s in fac:
        s.desc = LONG_DESC.get(s.code, s.desc)
    BOTTOM = 730

    def page(first=False):
        doc.new_page()
        doc.text(40, 40, "Medicare Summary Notice", 16, "B")
        doc.text(40, 53, "for Part B (Medical Insurance)", 9)
        doc.text(doc.W - 40, 40, "THIS IS NOT A BILL", 9, "B", "R")
        doc.pageno(doc.W - 40, 53, "Page {n} of {N}", 8)
        doc.text(40, 64, f"Notice for {bene}   Medicare Number XXX-XX-7731B", 7.5, gray=0.3)
        doc.line(40, 70, doc.W - 40, 70, 1.2)
        return 84

    y = page(True)
    doc.text(40, y + 10, "HAROLD J WHITCOMBE", 9, "B")
    doc.text(40, y + 21, "77 TANNERY ROW APT 3", 9)
    doc.text(40, y + 32, "SALT FORK OH 43771-0912", 9)
    doc.rect(320, y, 252, 120, fill=0.93)
    for i, (k, v) in enumerate([("Medicare Number", "XXX-XX-7731B"), ("Date of This Notice", "February 2, 2026"),
                                ("Claims Processed Between", "November 3, 2025 - February 1, 2026"),
                                ("Did Medicare Approve All Services?", "NO"),
                                ("Total You May Be Billed", m_dollar(tot(fac + doc_cl, "owes")))]):
        doc.text(328, y + 14 + i * 22, k, 8)
        doc.text(328, y + 24 + i * 22, v, 9, "B")
    y += 140
    doc.text(40, y, "Your Deductible Status", 10, "B")
    doc.text(40, y + 12, "You have met $257.00 of your $257.00 Part B deductible for 2026.", 8.5)
    y += 32
    doc.text(40, y, "Providers & Facilities with Claims This Period", 10, "B")
    doc.text(40, y + 13, "January 5, 2026 - January 23, 2026   Millbrook Valley Hospital Outpatient Rehab", 8.5)
    doc.text(40, y + 25, "January 8, 2026 - January 15, 2026   Kestrel Home & Hand Therapy LLC", 8.5)
    y += 45
    doc.text(40, y, "Your Claims & Costs This Period start on page 2.", 8.5, "I")
    y = page()
    cols = [Col("date", "Date", 42), Col("svc", "Service Provided & Billing Code", 168, wrap=True),
            Col("ok", "Service|Approved?", 50, "C"), Col("chg", "Amount|Facility|Charged", 58, "R"),
            Col("appr", "Medicare-|Approved|Amount", 58, "R"), Col("paid", "Amount|Medicare|Paid", 56, "R"),
            Col("may", "Maximum You|May Be|Billed", 62, "R"), Col("notes", "See|Notes", 38, "C")]
    tb = Table(doc, 40, cols, size=8.2, lead=11)

    def block(y, title, prov, addr, claimno, svcs, charged_word):
        nonlocal tb
        cols[3].head = f"Amount|{charged_word}|Charged"
        if y + 110 > BOTTOM:
            y = page()
        doc.text(40, y, title, 11, "B")
        y += 8

        def head(y, cont):
            doc.rect(40, y, doc.W - 80, 30, fill=0.9, stroke=False)
            doc.text(46, y + 11, prov + ("  (claim continued)" if cont else ""), 8.5, "B")
            doc.text(46, y + 22, addr, 7.5)
            doc.text(doc.W - 46, y + 11, f"Claim number {claimno}", 8, "B", "R")
            return tb.header(y + 32, rule=True)

        y = head(y, False)
        for s in svcs:
            vals = {"date": dfmt(s.dos, "mdy2"), "svc": f"{s.desc} ({s.code})", "ok": "No" if s.denied else "Yes",
                    "chg": m_dollar(s.billed), "appr": m_dollar(s.allowed), "paid": m_dollar(s.paid),
                    "may": m_dollar(s.owes), "notes": ", ".join(s.remarks)}
            if y + tb.row_height(vals) > BOTTOM:
                y = page()
                y = head(y, True)
            band = tb.row(y, vals, rule=0.8)
            t.add(doc.pno, band, s, None, claimno, bene, ("billed", "allowed", "paid", "patient_owes"),
                  units=False, modifiers=False, remarks=s.remarks)
            y = band[1]
        y = tb.row(y, {"svc": "Total for this claim", "chg": m_dollar(tot(svcs, "billed")),
                       "appr": m_dollar(tot(svcs, "allowed")), "paid": m_dollar(tot(svcs, "paid")),
                       "may": m_dollar(tot(svcs, "owes"))}, style="B")[1] + 16
        t.claim(None, claimno, bene, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
        return y

    y = block(y, "Part B Medical Claims (Doctors and Other Providers)", "Kestrel Home & Hand Therapy LLC",
              "Referred by: Ines Marquardt, M.D.  -  48 Quill St, Salt Fork, OH 43771", "26-0121-118-04472", doc_cl,
              "Provider")
    y = block(y, "Part B Outpatient Facility Claims", "Millbrook Valley Hospital Outpatient Rehab",
              "1200 Orchard Gap Road, Millbrook, OH 43780", "26-0114-702-33510", fac, "Facility")
    legend = [("A", "This amount was applied to your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service. Because you were told in advance, you may be billed.")]
    if y + 50 > BOTTOM:
        y = page()
    doc.text(40, y, "Notes for Your Claims", 10, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(40, y + 14 + i * 11, k, 8, "B")
        doc.text(54, y + 14 + i * 11, v, 8)
    t.legend = legend
    return doc, t


# =====================================================================================================
# k04  Medicare Advantage member EOB (fpdf2, portrait, DejaVu Sans Condensed)
# =====================================================================================================

def k04():
    doc = Doc("fpdf2", "DejaVuSansCondensed")
    fmt = Fmt(money=m_dollar, date=lambda d: d.strftime("%m-%d-%Y"),
              code=lambda c, m: ["/".join([c] + list(m))], units=lambda u: u, remark=lambda r: r)
    t = Truth("k04_medicare_advantage_eob", "fpdf2",
              "Medicare Advantage PPO monthly member EOB, portrait DejaVu Sans Condensed, review status column, "
              "code/modifier with a slash, units, $25 copay once per visit day, a not-authorized line, claim continued "
              "on page 2.", fmt)
    t.checks |= {"chain", "owes_parts"}
    mem = "Rosalind Achterberg"
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.52"))
    claims = [
        ("0126-7741-20093", "RA-11408", "Tallgrass Neuro Rehab Center",
         [sv(d, c, u, m, den) for d, c, u, m, den in (
             (5, "97163", 1, ["GP"], None), (5, "97112", 1, ["GP", "KX"], None), (7, "97110", 2, ["GP", "KX"], None),
             (7, "97116", 1, ["GP"], None), (9, "97112", 2, ["GP", "KX"], None), (9, "97530", 1, ["GP"], None),
             (12, "97110", 2, ["GP", "CQ"], None), (12, "97116", 1, ["GP", "CQ"], None),
             (14, "97112", 2, ["GP", "KX"], None), (14, "97542", 1, ["GP"], "CO"), (16, "97110", 2, ["GP", "CQ"], None),
             (16, "97530", 2, ["GP"], None), (19, "97112", 2, ["GP", "KX"], None), (19, "97116", 1, ["GP"], None),
             (21, "97110", 2, ["GP", "CQ"], None), (21, "97530", 1, ["GP"], None), (23, "97112", 2, ["GP"], None),
             (23, "97116", 1, ["GP", "CQ"], None), (26, "97110", 2, ["GP"], None), (26, "97530", 2, ["GP"], None),
             (28, "97164", 1, ["GP"], None))]),
        ("0126-7752-31540", "SP-2026-0044", "Lakeshore Speech & Swallow Clinic",
         [sv(13, "92523", 1, ["GN"]), sv(20, "92507", 1, ["GN"]), sv(27, "92507", 1, ["GN"]), sv(27, "92526", 1,
                                                                                             ["GN"])]),
    ]
    claims.reverse()
    for _, _, _, svcs in claims:
        for s in svcs:
            if s.denied:
                commercial(s, st, deny_reason="197")
                s.owes = ZERO
                s.remarks = ["4"]
            else:
                commercial(s, st)
                s.remarks = ["1"] if s.copay else []
    cols = [Col("date", "Date of|service", 46), Col("svc", "Service you received", 96, wrap=True),
            Col("code", "Code/Mod", 52), Col("units", "Units", 24, "R"), Col("rev", "Review|status", 40),
            Col("billed", "Provider|billed", 44, "R"), Col("allowed", "Plan|allowed", 42, "R"),
            Col("paid", "Plan|paid", 42, "R"), Col("copay", "Copay", 34, "R"), Col("coins", "Coins.", 32, "R"),
            Col("nc", "Not|covered", 38, "R"), Col("share", "Your|share", 40, "R"), Col("note", "Note", 24, "C")]
    tb = Table(doc, 30, cols, size=7.0, lead=9.6)
    BOTTOM = 745

    def page():
        doc.new_page()
        doc.rect(0, 0, doc.W, 46, fill=0.25, stroke=False)
        doc.text(30, 24, "Heronbrook Medicare Choice (PPO)", 13, "B", gray=1.0)
        doc.text(30, 37, "Your Explanation of Benefits for January 2026", 8.5, gray=1.0)
        doc.text(doc.W - 30, 24, "This is not a bill", 9, "B", "R", gray=1.0)
        doc.text(30, 772, f"{mem}  -  Member ID H7N22018-03  -  Heronbrook Health Plans is a PPO plan with a Medicare "
                 "contract. Enrollment depends on contract renewal.", 6.2, gray=0.3)
        doc.pageno(doc.W - 30, 772, "Page {n} of {N}", 6.5)
        return 60

    y = page()
    doc.text(30, y + 10, "ROSALIND ACHTERBERG", 8.5, "B")
    doc.text(30, y + 21, "2290 Sandpiper Court", 8.5)
    doc.text(30, y + 32, "Greyhaven MI 49771", 8.5)
    doc.rect(300, y, 282, 70)
    doc.text(308, y + 12, "Section 1: Your costs for medical care", 8.5, "B")
    allsv = [s for c in claims for s in c[3]]
    for i, (k, v) in enumerate([("Total cost of your care this month", m_dollar(tot(allsv, "allowed"))),
                                ("Paid by the plan this month", m_dollar(tot(allsv, "paid"))),
                                ("Your share this month", m_dollar(tot(allsv, "owes"))),
                                ("Your share so far in 2026 (maximum $5,900.00)", m_dollar(tot(allsv, "owes")))]):
        doc.text(308, y + 26 + i * 11, k, 7.5)
        doc.text(574, y + 26 + i * 11, v, 7.5, "B", "R")
    y += 86
    doc.rect(30, y, doc.W - 60, 150, fill=0.95, stroke=False)
    doc.text(38, y + 14, "Important information about your plan", 9, "B")
    msgs = ["Review this notice carefully. Check that each service was one you actually received and that the dates",
            "match your own records. If you see a service you do not recognize, call Member Services at",
            "1-855-555-0166 (TTY 711), 8 a.m. to 8 p.m., seven days a week.",
            "",
            "Outpatient therapy visits have a $25.00 copay per day, no matter how many services you receive that day.",
            "Services that need approval ahead of time are listed in your Evidence of Coverage, Chapter 4.",
            "If a provider did not get approval when it was required, you are not responsible for the charge.",
            "",
            "You have the right to ask for an appeal if you disagree with a decision shown on this notice.",
            "Ask within 65 days of the date of this notice. See the last page for how to ask."]
    for i, m in enumerate(msgs):
        doc.text(38, y + 28 + i * 11, m, 7.5)
    y += 162
    doc.text(30, y, "Section 2: Your medical claims in detail", 10, "B")
    y += 8

    def bar(y, pcn, acct, prov, cont):
        doc.rect(tb.x0, y, tb.x1 - tb.x0, 22, fill=0.88, stroke=False)
        doc.text(tb.x0 + 4, y + 9, f"{prov}" + (" - continued from previous page" if cont else ""), 8, "B")
        doc.text(tb.x0 + 4, y + 19, f"Claim number {pcn}   |   Provider's account number {acct}   |   In-network",
                 7)
        return tb.header(y + 24)

    for pcn, acct, prov, svcs in claims:
        if y + 80 > BOTTOM:
            y = page()
        y = bar(y, pcn, acct, prov, False)
        for s in svcs:
            vals = {"date": s.dos.strftime("%m-%d-%Y"), "svc": s.desc, "code": "/".join((s.code,) + s.mods),
                    "units": str(s.units), "rev": "Denied" if s.denied else "Approved", "billed": m_dollar(s.billed),
                    "allowed": m_dollar(s.allowed), "paid": m_dollar(s.paid), "copay": m_dollar(s.copay),
                    "coins": m_dollar(s.coinsurance), "nc": m_dollar(s.not_covered), "share": m_dollar(s.owes),
                    "note": " ".join(s.remarks)}
            if y + tb.row_height(vals) > BOTTOM:
                y = page()
                y = bar(y, pcn, acct, prov, True)
            band = tb.row(y, vals, rule=0.8)
            t.add(doc.pno, band, s, acct, pcn, mem, ("billed", "allowed", "paid", "copay", "coinsurance",
                                                      "not_covered", "patient_owes"), remarks=s.remarks)
            y = band[1]
        y = tb.row(y, {"svc": "Claim total", "billed": m_dollar(tot(svcs, "billed")),
                       "allowed": m_dollar(tot(svcs, "allowed")), "paid": m_dollar(tot(svcs, "paid")),
                       "copay": m_dollar(tot(svcs, "copay")), "coins": m_dollar(tot(svcs, "coinsurance")),
                       "nc": m_dollar(tot(svcs, "not_covered")), "share": m_dollar(tot(svcs, "owes"))}, style="B")[1]
        y += 14
        t.claim(acct, pcn, mem, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
    legend = [("1", "Your plan's copay for an outpatient therapy visit is $25.00 per day."),
              ("4", "The provider did not get approval before this service. You do not have to pay for it.")]
    if y + 40 > BOTTOM:
        y = page()
    doc.text(30, y, "Notes", 9, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(30, y + 12 + i * 10, k, 7.5, "B")
        doc.text(44, y + 12 + i * 10, v, 7.5)
    t.legend = legend
    return doc, t


# =====================================================================================================
# k05  state Medicaid outpatient hospital remittance advice (fpdf2, landscape, Liberation Mono)
# =====================================================================================================

def k05():
    doc = Doc("fpdf2", "LiberationMono", landscape=True)
    m6 = lambda d: d.strftime("%m%d%y")  # noqa: E731
    fmt = Fmt(money=lambda d: money(d, ""), date=m6, end=m6, code=lambda c, m: [c] + list(m),
              units=lambda u: f"{Decimal(u):.2f}", remark=lambda r: r)
    t = Truth("k05_medicaid_outpatient_ra", "fpdf2",
              "State Medicaid remittance advice for outpatient hospital (UB) claims, landscape Liberation Mono: "
              "revenue code column, HCPCS and modifiers apart, from/to MMDDYY, units 2.00, copay column, EOB codes, "
              "paid / denied / adjusted sections, a void with leading minus, a claim continued onto page 2.", fmt)
    t.checks |= {"chain"}
    rev = {"97": "0430", "92": "0440", "G0": "0420", "97161": "0420", "97110": "0420", "97116": "0420",
           "97140": "0420", "97112": "0420", "97164": "0420"}

    def rc(code):
        return rev.get(code) or rev.get(code[:2]) or "0430"

    def mk(specs, denied=None):
        out = []
        for d, c, u, m in specs:
            s = sv(d, c, u, m, "CO" if denied else None)
            medicaid(s, deny_reason=denied or "197")
            s.remarks = [denied and "0731" or ("0010" if s.discount else "0000")]
            out.append(s)
        return out

    paid = [
        ("VANDERPOOL, KEZIAH", "100293387214", "2226014007311", "H0061822", "MR558120",
         mk([(5, "97165", 1, ["GO"]), (5, "97530", 2, ["GO"]), (7, "97530", 3, ["GO"]), (7, "97535", 1, ["GO"]),
             (9, "97530", 2, ["GO"]), (12, "97530", 2, ["GO"]), (12, "97112", 1, ["GO", "59"]),
             (14, "97530", 3, ["GO"]), (16, "97530", 2, ["GO"]), (16, "97535", 1, ["GO"]), (19, "97530", 2, ["GO"]),
             (21, "97530", 3, ["GO"]), (21, "97112", 1, ["GO"]), (23, "97530", 2, ["GO"]), (26, "97168", 1, ["GO"]),
             (26, "97530", 2, ["GO"])])),
        ("ORTIZ-BLOOM, DESMOND", "100417720665", "2226014007329", "H0061840", "MR559004",
         mk([(6, "92523", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"]), (27, "92507", 1, ["GN"])])),
        ("HALVORSEN, INGRID", "100588104432", "2226014007337", "H0061856", "MR431775",
         mk([(8, "97161", 1, ["GP"]), (8, "97110", 2, ["GP"]), (15, "97110", 2, ["GP"]), (15, "97140", 1, ["GP"])])),
    ]
    first = {}  # adult recipient: $3.00 copay on the first line of each day
    for s in paid[2][5]:
        if s.dos not in first:
            first[s.dos] = s
            s.copay = Decimal("3.00")
            s.paid -= s.copay
    denied = [("ORTIZ-BLOOM, DESMOND", "100417720665", "2226014007345", "H0061841", "MR559004",
               mk([(22, "92526", 1, ["GN"]), (29, "92526", 1, ["GN"])], denied="197"))]
    orig = mk([(17, "97530", 2, ["GO"]), (17, "97110", 1, ["GO"])])
    for s in orig:
        s.dos = date(2025, 12, 17)
    void = [negate(s) for s in orig]
    for s in void:
        s.remarks = ["0900"]
    repl = mk([(17, "97530", 3, ["GO"]), (17, "97110", 1, ["GO"])])
    for s in repl:
        s.dos = date(2025, 12, 17)
        s.remarks = ["0901"]
    adjusted = [("VANDERPOOL, KEZIAH", "100293387214", "2225351006120", "H0059944", "MR558120", void),
                ("VANDERPOOL, KEZIAH", "100293387214", "2226014007352", "H0059944", "MR558120", repl)]
    cols = [Col("ln", "LN", 20), Col("from", "FROM", 40), Col("to", "TO", 40), Col("rev", "REV", 28),
            Col("proc", "HCPCS", 36), Col("m1", "MOD", 20), Col("m2", "MOD", 20), Col("units", "UNITS", 40, "R"),
            Col("billed", "BILLED AMT", 64, "R"), Col("allowed", "ALLOWED AMT", 64, "R"),
            Col("copay", "COPAY", 44, "R"), Col("tpl", "TPL", 44, "R"), Col("paid", "PAID AMT", 64, "R"),
            Col("eob", "EOB", 40, "C")]
    tb = Table(doc, 30, cols, size=7.4, lead=11.5)
    BOTTOM = 560

    def page(section):
        doc.new_page()
        doc.text(30, 30, "DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", 8, "B")
        doc.text(30, 40, "REMITTANCE ADVICE          CLAIM TYPE: OUTPATIENT HOSPITAL (UB)", 8, "B")
        doc.text(doc.W - 30, 30, "RA NUMBER 0004471920   DATE 01/30/26", 7.5, align="R")
        doc.pageno(doc.W - 30, 40, "PAGE {n} OF {N}", 7.5, "B")
        doc.text(30, 52, "PROVIDER: ST. AUDRA COMMUNITY HOSPITAL REHAB SVCS   PROVIDER ID 200417735   NPI 1720093348",
                 7)
        doc.line(30, 56, doc.W - 30, 56, 0.6)
        doc.text(30, 68, f"*** {section} ***", 8, "B")
        return tb.header(72)

    def claims_sec(y, section, rows, status, first_sec=False):
        y = page(section) if first_sec or y + 60 > BOTTOM else y
        for name, rid, icn, acct, mrn, svcs in rows:
            if y + 40 > BOTTOM:
                y = page(section)
            head = (f"RECIPIENT: {name}   RID {rid}   ICN {icn}   PAT ACCT {acct}   MED REC {mrn}   "
                    f"STMT {svcs[0].dos:%m%d%y}-{svcs[-1].dos:%m%d%y}   STATUS {status}")
            doc.text(tb.x0, y + 9, head, 6.8, "B")
            y += 12
            for i, s in enumerate(svcs, 1):
                if y + 12 > BOTTOM:
                    y = page(section + " (CONTINUED)")
                    doc.text(tb.x0, y + 9, f"RECIPIENT: {name}   ICN {icn}   (CONTINUED)", 6.8, "B")
                    y += 12
                vals = {"ln": f"{i:02d}", "from": f"{s.dos:%m%d%y}", "to": f"{s.dos:%m%d%y}", "rev": rc(s.code),
                        "proc": s.code, "m1": s.mods[0] if s.mods else "", "m2": s.mods[1] if len(s.mods) > 1 else "",
                        "units": f"{s.units:.2f}", "billed": money(s.billed, ""), "allowed": money(s.allowed, ""),
                        "copay": money(s.copay, ""), "tpl": "0.00", "paid": money(s.paid, ""),
                        "eob": " ".join(s.remarks)}
                band = tb.row(y, vals)
                t.add(doc.pno, band, s, acct, icn, name, ("billed", "allowed", "copay", "paid"),
                      service_end=s.dos, remarks=s.remarks)
                y = band[1]
            y = tb.row(y, {"proc": "CLAIM TOTALS", "billed": money(tot(svcs, "billed"), ""),
                           "allowed": money(tot(svcs, "allowed"), ""), "copay": money(tot(svcs, "copay"), ""),
                           "paid": money(tot(svcs, "paid"), "")}, style="B")[1] + 6
            t.claim(acct, icn, name, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"))
        return y

    y = claims_sec(0, "PAID CLAIMS", paid, "PAID", True)
    y = claims_sec(y + 4, "DENIED CLAIMS", denied, "DENIED")
    y = claims_sec(y + 4, "ADJUSTED CLAIMS", adjusted[:1], "VOID")
    y = claims_sec(y, "ADJUSTED CLAIMS", adjusted[1:], "REPLACEMENT")
    legend = [("0000", "PAID AS BILLED."), ("0010", "PAID AT THE PROGRAM FEE SCHEDULE RATE."),
              ("0731", "NO PRIOR AUTHORIZATION ON FILE FOR THIS SERVICE."),
              ("0900", "CLAIM VOIDED; EARLIER PAYMENT TAKEN BACK."), ("0901", "CLAIM REPLACES A VOIDED CLAIM.")]
    if y + 70 > BOTTOM:
        y = page("EOB CODE DESCRIPTIONS")
    doc.text(30, y + 8, "EOB CODE DESCRIPTIONS", 7.5, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(30, y + 18 + i * 9, f"{k}  {v}", 6.8)
    t.legend = legend
    return doc, t


# =====================================================================================================
# k06  state Medicaid professional remittance advice, two text lines per detail (reportlab, Liberation Serif)
# =====================================================================================================

def k06():
    doc = Doc("reportlab", "LiberationSerif")
    fmt = Fmt(money=m_plain, date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: [c] + ([" ".join(m)] if m else []),
              units=lambda u: f"{Decimal(u):.1f}", adj=lambda g, r, a: [f"{g}-{r} {money(Decimal(a), ',')}"],
              remark=lambda r: r)
    t = Truth("k06_medicaid_professional_ra", "reportlab",
              "State Medicaid provider remittance advice, portrait Liberation Serif, boxed member heads, each detail on "
              "two text lines (amounts, then adjustment group-reason with amount and remark codes), adult copay as "
              "PR-3, a no-authorization denial, several members.", fmt)
    t.checks |= {"adj_full"}
    members = [
        ("Nakamura-Reyes, Sol", "M40017729", "26-014-00388-01", "SCT-4410",
         [(5, "97530", 3, ["GO", "U1"]), (5, "97535", 1, ["GO"]), (12, "97530", 2, ["GO", "U1"]),
          (12, "97533", 1, ["GO"]), (19, "97530", 3, ["GO", "U1"]), (26, "97530", 2, ["GO", "U1"])], False, None),
        ("Brightwater, Joelle", "M40228106", "26-014-00391-01", "SCT-4427",
         [(6, "92507", 1, ["GN"]), (13, "92507", 1, ["GN"]), (20, "92507", 1, ["GN"]), (27, "92526", 1, ["GN"])],
         False, None),
        ("Pemberton, Alastair", "M39981543", "26-014-00402-01", "SCT-3995",
         [(7, "97162", 1, ["GP"]), (7, "97110", 2, ["GP"]), (14, "97110", 2, ["GP"]), (14, "97140", 1, ["GP"]),
          (21, "97110", 2, ["GP"]), (21, "97112", 1, ["GP"])], True, None),
        ("Brightwater, Joelle", "M40228106", "26-014-00417-01", "SCT-4430",
         [(28, "92526", 1, ["GN"]), (30, "92526", 1, ["GN"])], False, "197"),
    ]
    BOTTOM = 745
    cols = [Col("ln", "Ln", 18), Col("dos", "Svc Date", 50), Col("proc", "Proc", 34), Col("mod", "Mods", 40),
            Col("units", "Units", 28, "R"), Col("billed", "Billed", 50, "R"), Col("allowed", "Allowed", 50, "R"),
            Col("paid", "Paid", 50, "R"), Col("status", "Line Status", 56, "L"), Col("sp", "", 150)]
    tb = Table(doc, 36, cols, size=7.4)

    def page():
        doc.new_page()
        doc.text(36, 40, "Commonwealth Medical Assistance", 13, "B")
        doc.text(36, 52, "Provider Remittance Advice  -  Professional Claims", 9)
        doc.text(doc.W - 36, 40, "Payment date 01/30/2026", 8, align="R")
        doc.text(doc.W - 36, 52, "EFT trace 0009184437", 8, align="R")
        doc.text(36, 64, "Payee: Sparrowhill Therapy Associates  -  Medicaid provider 0088214503  -  NPI 1467723019", 7.5)
        doc.line(36, 69, doc.W - 36, 69, 1)
        doc.pageno(doc.W - 36, 775, "Page {n} of {N}", 7)
        return tb.header(78, fill=0.88)

    y = page()
    for name, mid, tcn, acct, specs, adult, den in members:
        svcs = []
        for d, c, u, m in specs:
            s = sv(d, c, u, m, "CO" if den else None)
            medicaid(s, deny_reason=den or "197")
            svcs.append(s)
        if adult:
            seen = set()
            for s in svcs:
                if s.dos not in seen:
                    seen.add(s.dos)
                    s.copay = Decimal("1.00")
                    s.paid -= s.copay
                    s.adjs.append(("PR", "3", s.copay))
        for s in svcs:
            s.remarks = ["N54"] if den else (["N130"] if s.code == "97533" else [])
        status = "Denied" if den else "Paid"
        if y + 60 > BOTTOM:
            y = page()
        doc.rect(36, y + 2, doc.W - 72, 26)
        doc.text(40, y + 12, f"Member: {name}", 8, "B")
        doc.text(210, y + 12, f"Member No. {mid}", 7.5)
        doc.text(330, y + 12, f"TCN {tcn}", 8, "B")
        doc.text(40, y + 24, f"Provider Claim Ref: {acct}", 7.5)
        doc.text(210, y + 24, f"Claim Status: {status}", 7.5)
        doc.text(330, y + 24, f"Claim Billed {m_plain(tot(svcs, 'billed'))}   Claim Paid {m_plain(tot(svcs, 'paid'))}",
                 7.5)
        y += 32
        for i, s in enumerate(svcs, 1):
            if y + 24 > BOTTOM:
                y = page()
            top = y
            y = tb.row(y, {"ln": str(i), "dos": dfmt(s.dos, "mdy4"), "proc": s.code, "mod": " ".join(s.mods),
                           "units": f"{s.units:.1f}", "billed": m_plain(s.billed), "allowed": m_plain(s.allowed),
                           "paid": m_plain(s.paid), "status": "Denied" if s.denied else "Paid"})[1]
            adj = "   ".join(f"{g}-{r} {m_plain(a)}" for g, r, a in s.adjs if a)
            doc.text(tb.x0 + 58, y + 7, f"Adjustments: {adj or 'none'}" +
                     (f"     Remarks: {' '.join(s.remarks)}" if s.remarks else ""), 6.8, "I", gray=0.2)
            y += 10
            doc.line(tb.x0, y + 1, tb.x1 - 150, y + 1, 0.25, 0.7)
            t.add(doc.pno, (top, y), s, acct, tcn, name, ("billed", "allowed", "paid"),
                  adjustments=[a for a in s.adjs if a[2]], remarks=s.remarks)
            y += 2
        y += 8
        t.claim(acct, tcn, name, tot(svcs, "billed"), None, tot(svcs, "paid"))
    legend = [("N130", "Check the program's benefit limits for this service."),
              ("N54", "The service was not covered by a prior approval on file.")]
    if y + 40 > BOTTOM:
        y = page()
    doc.text(36, y + 6, "Remark code descriptions", 8, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(36, y + 17 + i * 10, f"{k}   {v}", 7.5)
    t.legend = legend
    return doc, t


# =====================================================================================================
# k07  practice-management reprint of a Medicare Part B remittance (reportlab, landscape, Liberation Sans Narrow)
# =====================================================================================================

def k07():
    doc = Doc("reportlab", "LiberationSansNarrow", landscape=True)
    fmt = Fmt(money=m_paren, date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: [c] + ([" ".join(m)] if m else []),
              units=lambda u: u, adj=lambda g, r, a: [f"{g}{r} {m_paren(Decimal(a))}"], remark=lambda r: r)
    t = Truth("k07_pm_medicare_remit_reprint", "reportlab",
              "Practice-management reprint of a Medicare Part B remittance, landscape Liberation Sans Narrow: claim "
              "rows with patient / account / ICN / MBI, all adjustments with amounts in one cell separated by "
              "semicolons, parentheses for negatives, a reversal and its correction, a long claim over a page break.",
              fmt)
    t.checks |= {"adj_full"}
    st = PlanState(ded_left=Decimal("120.00"))
    pts = [
        ("LINDQVIST, ARNE", "20881", "22260130118640", "3TQ7-WM2-KX81", "1 - Processed as primary",
         [(5, "97161", 1, ["GP"]), (5, "97110", 2, ["GP", "KX"]), (6, "97110", 2, ["GP", "KX"]),
          (6, "97140", 1, ["GP", "59"]), (8, "97110", 2, ["GP", "CQ"]), (8, "97112", 1, ["GP", "CQ"]),
          (12, "97110", 2, ["GP", "KX"]), (12, "97530", 1, ["GP"]), (13, "97110", 2, ["GP", "CQ"]),
          (13, "97116", 1, ["GP", "CQ"]), (15, "97110", 2, ["GP", "KX"]), (15, "97140", 1, ["GP", "59"]),
          (19, "97110", 2, ["GP", "CQ"]), (19, "97112", 1, ["GP"]), (20, "97530", 2, ["GP"]),
          (20, "0552T", 1, [])]),
        ("ABERNATHY-COLE, WINIFRED", "20904", "22260130118702", "8NF2-HJ6-RT39", "1 - Processed as primary",
         [(7, "97165", 1, ["GO"]), (7, "97535", 1, ["GO"]), (14, "97535", 2, ["GO", "KX"]),
          (14, "97530", 1, ["GO"])]),
    ]
    rev_orig = [sv(0, "97110", 2, ["GP"], dos=date(2025, 12, 16)), sv(0, "97140", 1, ["GP"], dos=date(2025, 12, 16))]
    for s in rev_orig:
        medicare(s, PlanState())
    rev = [negate(s) for s in rev_orig]
    corr = [sv(0, "97110", 3, ["GP"], dos=date(2025, 12, 16)), sv(0, "97140", 1, ["GP"], dos=date(2025, 12, 16))]
    for s in corr:
        medicare(s, PlanState())
    claims = []
    for name, acct, icn, mbi, status, specs in pts:
        svcs = []
        for d, c, u, m in specs:
            s = sv(d, c, u, m, "CO" if c == "0552T" else None)
            medicare(s, st, deny_reason="96")
            if c == "0552T":
                s.remarks = ["N425"]
            svcs.append(s)
        claims.append((name, acct, icn, mbi, status, svcs))
    claims.append(("ODUYA, FEMI", "20377", "22253490077215", "5RC9-PP4-LM02", "22 - Reversal of previous payment",
                   rev))
    claims.append(("ODUYA, FEMI", "20377", "22260130118733", "5RC9-PP4-LM02", "1 - Processed as primary", corr))
    claims = claims[2:] + [claims[1], claims[0]]
    cols = [Col("dos", "Serv Date", 50), Col("cpt", "CPT", 34), Col("mod", "Mod", 38), Col("units", "Units", 26, "R"),
            Col("billed", "Billed", 50, "R"), Col("allowed", "Allowed", 50, "R"), Col("ded", "Deductible", 50, "R"),
            Col("coins", "Coinsurance", 50, "R"), Col("adj", "Adjustments (group/reason amount)", 170),
            Col("paid", "Paid", 50, "R"), Col("pr", "Pt Resp", 48, "R"), Col("rarc", "RARC", 34, "C")]
    tb = Table(doc, 26, cols, size=7.2)
    BOTTOM = 570

    def page():
        doc.new_page()
        doc.text(26, 30, "TheraLedger PM  -  Remittance Reprint", 12, "B")
        doc.text(26, 42, "Payer: Medicare Part B, Jurisdiction 8 (Lakes Region MAC)   Check/EFT 883017724   "
                 "Paid 01/27/2026   Payee: Northgate Rehab Partners PC, NPI 1093378210", 7.5)
        doc.text(doc.W - 26, 30, "Printed 02/02/2026 09:30 by user KMARSH", 7, align="R")
        doc.pageno(doc.W - 26, 42, "Page {n} of {N}", 7.5)
        doc.line(26, 47, doc.W - 26, 47, 0.8)
        return tb.header(52, fill=0.85)

    def crow(y, name, acct, icn, mbi, status, cont=False):
        doc.rect(tb.x0, y + 1, tb.x1 - tb.x0, 12, fill=0.93, stroke=False)
        doc.text(tb.x0 + 2, y + 10, f"{name}   Acct {acct}   ICN {icn}   MBI {mbi}   Status: {status}" +
                 ("   (continued)" if cont else ""), 7.4, "B")
        return y + 14

    y = page()
    allsv = [x for c in claims for x in c[5]]
    doc.rect(26, y + 4, 360, 150)
    doc.text(32, y + 18, "Payment summary", 9, "B")
    for i, (k, v) in enumerate([("Claims on this remittance", str(len(claims))),
                                ("Total billed", m_paren(tot(allsv, "billed"))),
                                ("Total allowed", m_paren(tot(allsv, "allowed"))),
                                ("Total paid to provider", m_paren(tot(allsv, "paid"))),
                                ("Patient responsibility", m_paren(tot(allsv, "owes"))),
                                ("Provider-level adjustments", "0.00"),
                                ("Net check / EFT amount", m_paren(tot(allsv, "paid"))),
                                ("Posted to batch", "B-260127-03 (auto-posted, 0 exceptions)")]):
        doc.text(32, y + 34 + i * 14, k, 8)
        doc.text(380, y + 34 + i * 14, v, 8, "B", "R")
    doc.text(400, y + 18, "Reprinted from the electronic remittance (835) received 01/27/2026.", 7.5, "I")
    doc.text(400, y + 30, "Amounts in parentheses are negative (money taken back).", 7.5, "I")
    y += 158
    y = tb.header(y, fill=0.85)
    for name, acct, icn, mbi, status, svcs in claims:
        if y + 40 > BOTTOM:
            y = page()
        y = crow(y, name, acct, icn, mbi, status)
        for s in svcs:
            if y + 12 > BOTTOM:
                y = page()
                y = crow(y, name, acct, icn, mbi, status, True)
            adjs = [a for a in s.adjs if a[2]]
            band = tb.row(y, {"dos": dfmt(s.dos, "mdy4"), "cpt": s.code, "mod": " ".join(s.mods),
                              "units": str(s.units), "billed": m_paren(s.billed), "allowed": m_paren(s.allowed),
                              "ded": m_paren(s.deductible), "coins": m_paren(s.coinsurance),
                              "adj": "; ".join(f"{g}{r} {m_paren(a)}" for g, r, a in adjs),
                              "paid": m_paren(s.paid), "pr": m_paren(s.owes), "rarc": " ".join(s.remarks)},
                          rule=0.85)
            t.add(doc.pno, band, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid",
                                                       "patient_owes"),
                  adjustments=adjs, remarks=s.remarks)
            y = band[1]
        y = tb.row(y, {"dos": "Claim total", "billed": m_paren(tot(svcs, "billed")),
                       "allowed": m_paren(tot(svcs, "allowed")), "ded": m_paren(tot(svcs, "deductible")),
                       "coins": m_paren(tot(svcs, "coinsurance")), "paid": m_paren(tot(svcs, "paid")),
                       "pr": m_paren(tot(svcs, "owes"))}, style="B")[1] + 5
        t.claim(acct, icn, name, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
    legend = [("N425", "Statutorily excluded service(s).")]
    t.legend = legend
    doc.text(26, y + 8, "Remark codes:  N425  Statutorily excluded service(s).   Adjustment groups: CO contractual, "
             "PR patient responsibility, OA other.", 7)
    return doc, t


# =====================================================================================================
# k08  clearinghouse remittance view of a Medicare Part B payment (fpdf2, portrait, DejaVu Serif)
# =====================================================================================================

def k08():
    doc = Doc("fpdf2", "DejaVuSerif")
    fmt = Fmt(money=m_dollar, date=lambda d: d.isoformat(), end=lambda d: d.isoformat(),
              code=lambda c, m: [c] + list(m), units=lambda u: f"{Decimal(u):.2f}",
              adj=lambda g, r, a: [g, r, m_dollar(Decimal(a))], remark=lambda r: r)
    t = Truth("k08_clearinghouse_medicare_remit", "fpdf2",
              "Clearinghouse remittance view of a Medicare Part B payment, portrait DejaVu Serif: key/value claim "
              "boxes, ISO dates with From and Thru, line item control numbers, Grp / CARC / Adj Amount stacked one "
              "adjustment per text line, a claim continued on page 2.", fmt)
    t.checks |= {"adj_full"}
    st = PlanState(ded_left=Decimal("0.00"))
    claims = [
        ("Quenneville, Marguerite", "TLC-60218", "22260210004418", [(d, c, u, m) for d, c, u, m in (
            (5, "97530", 2, ["GO"]), (5, "97535", 1, ["GO"]), (7, "97530", 2, ["GO", "KX"]), (7, "97112", 1, ["GO"]),
            (9, "97530", 1, ["GO", "CO"]), (9, "97535", 2, ["GO", "CO"]), (12, "97530", 2, ["GO", "KX"]),
            (14, "97535", 1, ["GO"]), (16, "97530", 2, ["GO", "KX"]), (16, "97112", 1, ["GO"]),
            (19, "97530", 2, ["GO"]), (21, "97535", 1, ["GO", "CO"]))]),
        ("Stavros, Elias", "TLC-60231", "22260210004426", [(8, "92523", 1, ["GN"]), (15, "92507", 1, ["GN"]),
                                                           (22, "92507", 1, ["GN", "KX"])]),
    ]
    cols = [Col("from", "From", 50), Col("thru", "Thru", 50), Col("ctl", "Line Item Ctrl #", 62),
            Col("proc", "Proc", 32), Col("mods", "Mods", 40), Col("units", "Units", 30, "R"),
            Col("chg", "Charge", 46, "R"), Col("alw", "Allowed", 46, "R"), Col("grp", "Grp", 22, "C"),
            Col("carc", "CARC", 28, "C"), Col("amt", "Adj Amount", 48, "R"), Col("paid", "Paid", 46, "R"),
            Col("rarc", "RARC", 30, "C")]
    tb = Table(doc, 28, cols, size=6.8)
    BOTTOM = 748

    def page():
        doc.new_page()
        doc.text(28, 34, "ClearPath Exchange  |  Remittance Viewer", 11, "B")
        doc.text(28, 46, "Payer: Medicare Part B (Upper Plains contractor)   Payee: Tidewater Life Care OT, NPI "
                 "1558392047   Trace 1EFT0412209", 7)
        doc.pageno(doc.W - 28, 34, "Page {n} of {N}", 7)
        doc.line(28, 51, doc.W - 28, 51, 0.6)
        doc.text(28, 775, "ClearPath Exchange - remittance data as received from the payer; print for your records.",
                 6.2, gray=0.35)
        return 60

    def box(y, name, pcn, icn, svcs, cont=False):
        doc.rect(tb.x0, y, tb.x1 - tb.x0, 36, fill=0.94)
        kv = [("Patient Name", name), ("Patient Control #", pcn), ("Payer Claim Control #", icn),
              ("Claim Status", "1 - Processed as Primary"), ("Total Charge", m_dollar(tot(svcs, "billed"))),
              ("Total Paid", m_dollar(tot(svcs, "paid"))), ("Patient Resp", m_dollar(tot(svcs, "owes"))),
              ("Medicare ID", "XXXXXXX" + pcn[-4:])]
        for i, (k, v) in enumerate(kv):
            x = tb.x0 + 6 + (i % 4) * 136
            yy = y + 10 + (i // 4) * 16
            doc.text(x, yy, k + (" (cont.)" if cont and i == 0 else ""), 6, gray=0.35)
            doc.text(x, yy + 8, v, 7.2, "B")
        return tb.header(y + 38)

    y = page()
    ctl = 7700100
    for name, pcn, icn, specs in claims:
        svcs = []
        for d, c, u, m in specs:
            s = sv(d, c, u, m)
            medicare(s, st)
            svcs.append(s)
        if y + 80 > BOTTOM:
            y = page()
        y = box(y, name, pcn, icn, svcs)
        for s in svcs:
            adjs = [a for a in s.adjs if a[2]]
            ctl += 1
            vals = {"from": s.dos.isoformat(), "thru": s.dos.isoformat(), "ctl": str(ctl), "proc": s.code,
                    "mods": " ".join(s.mods), "units": f"{s.units:.2f}", "chg": m_dollar(s.billed),
                    "alw": m_dollar(s.allowed), "grp": [a[0] for a in adjs], "carc": [a[1] for a in adjs],
                    "amt": [m_dollar(a[2]) for a in adjs], "paid": m_dollar(s.paid),
                    "rarc": "N130" if "KX" in s.mods else ""}
            s.remarks = ["N130"] if "KX" in s.mods else []
            if y + tb.row_height(vals) > BOTTOM:
                y = page()
                y = box(y, name, pcn, icn, svcs, True)
            band = tb.row(y, vals, rule=0.8)
            t.add(doc.pno, band, s, pcn, icn, name, ("billed", "allowed", "paid"), service_end=s.dos,
                  adjustments=adjs, remarks=s.remarks)
            y = band[1]
        y += 12
        t.claim(pcn, icn, name, tot(svcs, "billed"), None, tot(svcs, "paid"))
    doc.text(28, y + 4, "N130: review the benefit limits for this service (therapy threshold).", 7)
    t.legend = [("N130", "Review the benefit limits for this service (therapy threshold).")]
    return doc, t


# =====================================================================================================
# k09  pediatric therapy clinic family statement with a right sidebar (reportlab, portrait, Liberation Sans)
# =====================================================================================================

def k09():
    doc = Doc("reportlab", "LiberationSans")
    fmt = Fmt(money=m_plain, date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: [c] + list(m),
              units=lambda u: u, remark=lambda r: r)
    t = Truth("k09_clinic_family_statement", "reportlab",
              "Pediatric therapy clinic family statement, portrait Liberation Sans with a shaded right sidebar on "
              "each page, child bands, the clinic's claim number on every row, CPT and Mod apart, Units, Charge / "
              "Ins Paid / Ins Adj / Balance, a claim still at the insurer, a child's section continued on page 2.", fmt)
    t.checks |= {"stmt"}
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    kids = [
        ("Maya Okafor", [("C-104771", [(5, "97530", 2, ["GO"]), (5, "97533", 1, ["GO"])]),
                         ("C-104802", [(12, "97530", 3, ["GO"]), (12, "97535", 1, ["GO"])]),
                         ("C-104840", [(19, "97530", 2, ["GO"]), (19, "97112", 1, ["GO", "59"])]),
                         ("C-104893", [(26, "97530", 2, ["GO"])])]),
        ("Jonah Okafor", [("C-104772", [(5, "92523", 1, ["GN"])]), ("C-104803", [(12, "92507", 1, ["GN"])]),
                          ("C-104841", [(19, "92507", 1, ["GN"]), (19, "92526", 1, ["GN"])]),
                          ("C-104894", [(26, "92507", 1, ["GN"])]),
                          ("C-104921", [(28, "92507", 1, ["GN"]), (28, "92526", 1, ["GN"])])]),
        ("Ife Okafor", [("C-104790", [(8, "97166", 1, ["GO"]), (8, "97530", 1, ["GO"])]),
                        ("C-104850", [(22, "97530", 2, ["GO"]), (22, "97150", 1, ["GO"])])]),
    ]
    pending = {"C-104921", "C-104893"}
    cols = [Col("date", "Date", 38), Col("claim", "Claim #", 44), Col("svc", "Service", 84, wrap=True),
            Col("cpt", "CPT", 28), Col("mod", "Mod", 26), Col("units", "Units", 24, "R"),
            Col("chg", "Charge", 40, "R"), Col("ins", "Ins Paid", 40, "R"), Col("adj", "Ins Adj", 38, "R"),
            Col("bal", "Balance", 40, "R")]
    tb = Table(doc, 30, cols, size=7.0, lead=9.2)
    BOTTOM = 742

    def page():
        doc.new_page()
        doc.text(30, 42, "Little Compass Pediatric Therapy", 14, "B")
        doc.text(30, 54, "Occupational, Speech & Feeding Therapy  -  311 Ferncliff Ave, Suite 2, Larkspur, CO 80118",
                 7.2, gray=0.3)
        doc.text(30, 66, "FAMILY STATEMENT", 10, "B")
        doc.rect(438, 30, 150, 730, fill=0.92, stroke=False)
        doc.text(446, 48, "Statement date", 7, gray=0.3)
        doc.text(446, 58, "02/02/2026", 9, "B")
        doc.text(446, 76, "Guarantor", 7, gray=0.3)
        doc.text(446, 86, "Chidinma Okafor", 9, "B")
        doc.text(446, 104, "Family account", 7, gray=0.3)
        doc.text(446, 114, "F-20377", 9, "B")
        doc.text(446, 140, "Amount due", 7, gray=0.3)
        doc.text(446, 154, m_dollar(due), 14, "B")
        doc.text(446, 168, "Please pay by 02/20/2026", 7)
        for i, ln in enumerate(["Pay online at", "littlecompass.example/pay", "or call 720-555-0139,",
                                "Mon-Thu 8:00-5:00.", "", "Insurance on file:", "Front Range Family Health",
                                "(member F44821907)", "", "Balances are shown after", "your insurer has paid.",
                                "Claims still at the insurer", "show 'pending'."]):
            doc.text(446, 192 + i * 10, ln, 7)
        doc.pageno(580, 775, "Page {n} of {N}", 7)
        return tb.header(78, fill=0.86)

    built = []
    for kid, cls in kids:
        rows = []
        for cn, specs in cls:
            svcs = []
            for d, c, u, m in specs:
                s = sv(d, c, u, m)
                commercial(s, st)
                svcs.append(s)
            rows.append((cn, svcs))
        built.append((kid, rows))
    due = sum((s.owes for _, rows in built for cn, svcs in rows if cn not in pending for s in svcs), ZERO)
    y = page()
    for kid, rows in built:
        if y + 40 > BOTTOM:
            y = page()

        def band_(y, cont=False):
            doc.rect(tb.x0, y + 2, tb.x1 - tb.x0, 12, fill=0.8, stroke=False)
            doc.text(tb.x0 + 3, y + 11, f"Patient: {kid}" + ("  (continued)" if cont else ""), 7.6, "B")
            return y + 15

        y = band_(y)
        for cn, svcs in rows:
            pend = cn in pending
            for s in svcs:
                vals = {"date": dfmt(s.dos, "mdy2"), "claim": cn, "svc": s.desc, "cpt": s.code,
                        "mod": " ".join(s.mods), "units": str(s.units), "chg": m_plain(s.billed),
                        "ins": "pending" if pend else m_plain(s.paid), "adj": "--" if pend else m_plain(s.discount),
                        "bal": "--" if pend else m_plain(s.owes)}
                if y + tb.row_height(vals) > BOTTOM:
                    y = page()
                    y = band_(y, True)
                band = tb.row(y, vals, rule=0.8)
                t.add(doc.pno, band, s, cn, None, kid,
                      ("billed",) if pend else ("billed", "paid", "discount", "patient_owes"))
                y = band[1]
            if pend:
                t.claim(cn, None, kid, None)
            else:
                t.claim(cn, None, kid)
        y += 6
    t.texts.append(m_dollar(due))
    doc.text(30, min(y + 10, 760), "Thank you for trusting us with your family's care.", 7.5, "I")
    return doc, t


# =====================================================================================================
# k10  hospital patient statement, accounts for three family members (fpdf2, landscape, DejaVu Sans)
# =====================================================================================================

def k10():
    doc = Doc("fpdf2", "DejaVuSans", landscape=True)
    dd = lambda d: d.strftime("%b %d, %Y")  # noqa: E731
    fmt = Fmt(money=m_dollar, date=dd, code=lambda c, m: [c] + list(m), units=lambda u: u)
    t = Truth("k10_hospital_patient_statement", "fpdf2",
              "Hospital patient statement to a guarantor, landscape DejaVu Sans: account sections per family member, "
              "revenue code, CPT/HCPCS and Modifier apart, capitals chargemaster wording, Qty, Charges / Insurance "
              "Payments / Insurance Adjustments / Patient Balance, account totals, an account continued on page 2.",
              fmt)
    t.checks |= {"stmt"}
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.66"))
    accts = [
        ("7700412389", "Ruth Calloway", "PBP26-0041772", [(d, c, u, m) for d, c, u, m in (
            (5, "97161", 1, ["GP"]), (5, "97110", 2, ["GP"]), (7, "97110", 2, ["GP"]), (7, "97140", 1, ["GP", "59"]),
            (9, "97110", 3, ["GP"]), (12, "97112", 2, ["GP"]), (12, "97110", 1, ["GP"]), (14, "97110", 2, ["GP"]),
            (14, "G0283", 1, ["GP"]), (16, "97140", 1, ["GP", "59"]), (16, "97110", 2, ["GP"]),
            (19, "97110", 2, ["GP"]), (21, "97112", 1, ["GP"]), (21, "97110", 2, ["GP"]),
            (23, "97164", 1, ["GP"]))]),
        ("7700418802", "Theo Calloway", "PBP26-0043190", [(6, "97165", 1, ["GO"]), (6, "97530", 2, ["GO"]),
                                                          (13, "97530", 3, ["GO"]), (20, "97530", 2, ["GO"])]),
        ("7700420115", "June Calloway", "PBP26-0044651", [(8, "99213", 1, []), (8, "97760", 1, ["GO"]),
                                                          (8, "L3807", 1, ["RT"])]),
    ]
    rev = {"97530": "0430", "97165": "0430", "97760": "0430", "L3807": "0274", "99213": "0510"}
    cols = [Col("date", "Service Date", 62), Col("rev", "Rev", 30), Col("cpt", "CPT/HCPCS", 50),
            Col("mod", "Modifier", 44), Col("desc", "Description", 190), Col("qty", "Qty", 26, "R"),
            Col("chg", "Charges", 62, "R"), Col("ins", "Insurance|Payments", 66, "R"),
            Col("adj", "Insurance|Adjustments", 70, "R"), Col("bal", "Patient|Balance", 62, "R")]
    tb = Table(doc, 36, cols, size=7.2, lead=10)
    BOTTOM = 560

    def page():
        doc.new_page()
        doc.text(36, 38, "SAINT BRENDAN REGIONAL MEDICAL CENTER", 13, "B")
        doc.text(36, 50, "Patient Financial Services  -  900 Abbey Road, Corwin, NE 68801  -  402-555-0175", 7.5,
                 gray=0.3)
        doc.text(doc.W - 36, 38, "PATIENT STATEMENT", 12, "B", "R")
        doc.text(doc.W - 36, 50, "Guarantor: Marcus Calloway   Guarantor no. G-551907   Statement date 02/02/2026",
                 7.5, align="R")
        doc.line(36, 56, doc.W - 36, 56, 1.0)
        doc.pageno(doc.W - 36, 590, "Page {n} of {N}", 7)
        doc.text(36, 590, "Questions about your bill? Call 402-555-0175. Financial assistance is available; ask us.",
                 6.8, gray=0.3)
        return 66

    y = page()
    doc.rect(36, y, 420, 150)
    doc.text(44, y + 14, "Summary of your accounts", 9, "B")
    doc.text(44, y + 30, "Each account below lists the services, what your insurance paid and adjusted, and what", 7.5)
    doc.text(44, y + 41, "remains for you to pay. Payment is due within 30 days of the statement date.", 7.5)
    for i, ln in enumerate(["Pay online: saintbrendan.example/pay   Pay by phone: 402-555-0175",
                            "Mail: PO Box 3380, Corwin, NE 68802 (use the detach slip on the last page)",
                            "Itemized charges are shown by date of service for each hospital account.",
                            "Ask about interest-free payment plans and our financial assistance policy."]):
        doc.text(44, y + 60 + i * 12, ln, 7.5)
    doc.rect(480, y, doc.W - 516, 150, fill=0.92)
    doc.text(490, y + 16, "Statement summary", 9, "B")
    doc.text(490, y + 36, "Accounts on this statement: 3", 8)
    doc.text(490, y + 52, "Guarantor: Marcus Calloway", 8)
    doc.text(490, y + 68, "Insurance: Prairie Benefit Plan", 8)
    y += 166
    for acct, pat, clm, specs in accts:
        svcs = []
        for d, c, u, m in specs:
            s = sv(d, c, u, m)
            s.desc = s.desc.upper()
            commercial(s, st)
            svcs.append(s)

        def head(y, cont=False):
            doc.rect(tb.x0, y, tb.x1 - tb.x0, 24, fill=0.9)
            doc.text(tb.x0 + 4, y + 10, f"Account {acct}   Patient: {pat}" + ("   (continued)" if cont else ""),
                     8, "B")
            doc.text(tb.x0 + 4, y + 20, f"Outpatient Rehabilitation   Primary insurance: Prairie Benefit Plan, "
                     f"claim no. {clm}", 7.2)
            return tb.header(y + 26)

        if y + 70 > BOTTOM:
            y = page()
        y = head(y)
        for s in svcs:
            vals = {"date": dd(s.dos), "rev": rev.get(s.code, "0420"), "cpt": s.code, "mod": " ".join(s.mods),
                    "desc": s.desc, "qty": str(s.units), "chg": m_dollar(s.billed), "ins": m_dollar(s.paid),
                    "adj": m_dollar(s.discount), "bal": m_dollar(s.owes)}
            if y + 12 > BOTTOM:
                y = page()
                y = head(y, True)
            band = tb.row(y, vals, rule=0.85)
            t.add(doc.pno, band, s, acct, clm, pat, ("billed", "paid", "discount", "patient_owes"))
            y = band[1]
        y = tb.row(y, {"desc": "Account totals", "chg": m_dollar(tot(svcs, "billed")),
                       "ins": m_dollar(tot(svcs, "paid")), "adj": m_dollar(tot(svcs, "discount")),
                       "bal": m_dollar(tot(svcs, "owes"))}, style="B")[1] + 12
        t.claim(acct, clm, pat, tot(svcs, "billed"), None, tot(svcs, "paid"), tot(svcs, "owes"))
    return doc, t


REGISTRY = {"k08": k08, "k09": k09, "k10": k10, "k06": k06, "k07": k07, "k01": k01, "k02": k02, "k03": k03, "k04": k04, "k05": k05}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write the held-out set 31 of synthetic PDF EOB layouts.")
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files (the factory, not the reader)")
    ap.add_argument("--only", nargs="*", help="layout keys to write")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout31_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    spanning = 0
    nlines = npages = 0
    for key, fn in sorted(REGISTRY.items()):
        if a.only and key not in a.only:
            continue
        doc, t = fn()
        pdf = out / f"{t.name}.pdf"
        t.pages = doc.render(pdf)
        t.write(pdf)
        nlines += len(t.lines)
        npages += t.pages
        msg = f"{pdf.name}: {len(t.lines)} lines, {t.pages} pages, {len(t.claims)} claims ({t.producer})"
        if a.check:
            import json
            errs = check(pdf, t)
            data = json.loads(Path(str(pdf) + ".truth.json").read_text())
            if spans_pages(data):
                spanning += 1
                msg += " [claim spans pages]"
            msg += "  OK" if not errs else f"  {len(errs)} PROBLEM(S)"
            for e in errs[:25]:
                msg += "\n    - " + e
            bad += bool(errs)
        print(msg)
    print(f"{out}: {nlines} service lines, {npages} pages")
    if a.check and not a.only:
        if spanning < 3:
            print(f"only {spanning} files carry a claim continued onto the next page (need 3)")
            bad += 1
        print("check:", "PASSED" if not bad else "FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
