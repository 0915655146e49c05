"""Write the FORTY-NINTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten
ordinary documents of the five commonest real kinds (two each), in house styles of their own, for one honest
measurement of the PDF reader. Written without looking at the reader, its tests or its scores.

Run:  python bench/heldout49/make_heldout49_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout49/make_heldout49_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit / hospital account number, payer_claim_id = the payer's claim number / ICN / TCN, patient
exactly as printed (the person who got the service, never the guarantor or subscriber unless the same). A
statement's insurance write-off column ("Ins. Adj.") is the truth discount (no code printed). Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  a1  commercial member EOB for a family, portrait Liberation Serif (reportlab): two-column page-1 summary
      (claim summary / deductible and out-of-pocket meters), "Claim for:" heads, 12 narrow columns incl.
      "Network Savings / Not Covered / Plan Paid / You Owe", code + mods "97530 GO", wrapped wording on a second
      line, a claim continuing onto page 2 under a repeated header with "(continued)", note letters
  a2  commercial member EOB, landscape DejaVu Sans Condensed (fpdf2): per-claim flat table "Procedure 97110-GP
      / Units / Provider Charges / Amount Not Allowed / Approved Amount ... Member Responsibility / Reason",
      3 family members, per-code copay for 99213, denied line, header repeated on page 2 with a continued
      claim; PLANTED member-responsibility total mismatch
  b1  Medicare Summary Notice Part B, portrait DejaVu Sans (reportlab): dashboard page, then claim boxes by
      date and provider, "Service Provided & Billing Code" with "(97530-GO)" inside the wording, "Service
      Approved?", "Maximum You May Be Billed", notes letters, a non-approved line
  b2  Medicare Advantage HMO member EOB, portrait Liberation Sans (fpdf2): dark bars per claim, per-visit
      specialist copay, "Plan-approved / Plan paid / Your share", code column "97110 GP", out-of-network denial
  c1  state Medicaid remittance advice, landscape core Courier (fpdf2), monospace MMIS print: PAID / DENIED /
      ADJUSTED sections, recipient heading rows with RECIP ID / ICN / PAT ACCT, DOS "010526", EOB codes, a
      credit (reversal) with trailing-minus amounts, page header repeated on page 2
  c2  state Medicaid managed-care RA, portrait Liberation Sans Narrow (reportlab), boxed grid: client / TCN /
      Patient Acct heads, Ln / Proc / Mod / Units / Billed Amt / Allowed Amt / ARC "CO 45" / Adj Amt / Paid Amt
      / RARC, zero-pay denial lines
  d1  clearinghouse remittance detail (converted 835) for a Medicare contractor, landscape Liberation Mono
      (fpdf2): boxed claim heads PAT CTRL# / PAYER CLAIM#, stacked adjustment rows (CO 45, PR 1, PR 2, CO 253)
      under each service, RARC, claim continued onto the next page with a repeated column header
  d2  practice-management "ERA Payment Posting Detail", portrait core Helvetica (reportlab): zebra rows, patient
      "Last, First", Acct / Payer ICN heads, adjustments in one cell "CO-45 41.23 PR-2 10.00", a reversal claim
      in parentheses and its corrected claim (one page)
  e1  pediatric therapy clinic family statement, portrait DejaVu Sans (reportlab): remit stub on top, visit
      heading rows carrying the insurer claim number, Charge / Ins. Paid / Ins. Adj. / Pt. Paid / Balance,
      a payment as a non-service row, three children of one guarantor, no per-visit totals (one page)
  e2  hospital family statement with itemized outpatient-rehab accounts, portrait Liberation Serif (fpdf2):
      one account per family member (hospital account number, insurer claim numbers in an insurance-activity
      block), Rev Cd / CPT-HCPCS / Qty / Charges only per line, wrapped wording, last account's insurance block on page 2

The self-check (--check) tests the factory, not the reader: page counts; every truth amount, code, modifier and
units value is printed on the service's own text line (or its stacked detail lines), adjustment codes and
remarks likewise, each printed date on the line's page, ids and patients on or before the line's page; the
documents' own arithmetic holds (billed - adjustments = paid where every adjustment is printed with its amount;
allowed - deductible - copay - coinsurance = paid where printed; claim totals = sum of lines and printed,
unless the mismatch is a planted expected finding, and the planted one really is).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))

from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h49kit import Doc, check_pdf  # noqa: E402

D = lambda m, d: date(2026, m, d)  # noqa: E731
GREY = (0.85, 0.85, 0.85)
DARK = (0.18, 0.22, 0.35)
WHITE = (1, 1, 1)


def T(s, cid, pcn, pat, printed, **kw):
    return truth_line(0, s, claim_id=cid, payer_claim_id=pcn, patient=pat, printed=printed, **kw)


def m(d, st=","):
    return money(d, st)


def tot(svcs, printed):
    keys = {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"}
    return claim_totals(**{k: total(svcs, a) for k, a in keys.items() if k in printed})


def footer(doc, text, size=7):
    doc.text(doc.W / 2, doc.H - 22, text, "R", size, "c")


# =========================================================================================== a1
def a1():
    doc = Doc(False, {"R": "lserif", "B": "lserifB"})
    name, prod = "a1_family_member_eob", "reportlab"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    fam = [
        ("Tobias Ellacott", "LPT-44871", "5G2601-884310", "Lakeshore Pediatric Therapy", [
            Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",)),
            Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97535", 1, ("GO",), desc=LONG_DESC["97535"]),
            Svc(D(1, 19), "97110", 2, ("GO",), desc=LONG_DESC["97110"]), Svc(D(1, 19), "97530", 2, ("GO",)),
            Svc(D(1, 26), "97112", 2, ("GO", "59")), Svc(D(1, 26), "97530", 2, ("GO",)),
            Svc(D(1, 26), "0552T", 1, (), denied="PR", desc=LONG_DESC["0552T"])]),
        ("Wren Ellacott", "LPT-44902", "5G2601-884377", "Lakeshore Pediatric Therapy", [
            Svc(D(1, 7), "92523", 1, ("GN",)), Svc(D(1, 14), "92507", 1, ("GN",)), Svc(D(1, 21), "92507", 1, ("GN",))]),
        ("Marguerite Ellacott", "88120-3", "5G2602-100452", "Harborview Hand & Upper Limb Clinic", [
            Svc(D(1, 9), "97166", 1, ("GO",)), Svc(D(1, 9), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"]),
            Svc(D(1, 16), "97760", 1, ("GO",), desc=LONG_DESC["97760"]), Svc(D(1, 16), "97140", 2, ("GO",))]),
    ]
    for _, _, _, _, ss in fam:
        for s in ss:
            commercial(s, st)
            if s.denied:
                s.remarks = ["N3"]
            elif s.deductible:
                s.remarks = ["D1"]
    pr = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    cols = [(40, "l"), (92, "l"), (190, "r"), (232, "r"), (272, "r"), (314, "r"), (356, "r"), (394, "r"), (436, "r"),
            (482, "r"), (528, "r"), (540, "l")]
    heads = ["Date", "Service Code", "Billed", "Network", "Not", "Allowed", "Deduct-", "Copay", "Coins-", "Plan",
             "You", "Notes"]
    heads2 = ["", "", "Amount", "Savings", "Covered", "Amount", "ible", "", "urance", "Paid", "Owe", ""]

    def page_head(cont):
        doc.new_page()
        doc.text(40, 40, "NORTHWIND MUTUAL HEALTH", "B", 15)
        doc.text(40, 54, "PO Box 7719, Carroll Lake, MN 55930  |  Member Services 1-888-555-0144", "R", 8)
        doc.text(572, 40, "EXPLANATION OF BENEFITS", "B", 12, "r")
        doc.text(572, 54, "THIS IS NOT A BILL", "B", 9, "r")
        doc.text(572, 66, "Statement date 02/03/2026   Page {P} of {N}".replace("{P}", str(doc.pno)), "R", 8, "r")
        doc.hline(40, 572, 72, 1.2)
        footer(doc, "Northwind Mutual Health Plan, Inc. - Group 400728 - Member ID NWM884120677 - Keep for your records")
        return 90 if cont else None

    def table_head(y):
        doc.rect(38, y - 10, 536, 22, GREY, None)
        for (x, al), h, h2 in zip(cols, heads, heads2):
            doc.text(x, y, h, "B", 7, al)
            doc.text(x, y + 8, h2, "B", 7, al)
        return y + 22

    page_head(False)
    doc.text(40, 92, "Marguerite Ellacott", "B", 10)
    doc.text(40, 104, "4120 Fenwick Hollow Rd", "R", 9)
    doc.text(40, 115, "Ostrander, MN 55961", "R", 9)
    allsv = [s for f in fam for s in f[4]]
    doc.rect(40, 132, 255, 86, None)
    doc.text(48, 146, "Summary of claims in this statement", "B", 9)
    for i, (lab, v) in enumerate((("Amount billed", total(allsv, "billed")), ("Network savings", total(allsv, "discount")),
                                  ("Plan paid", total(allsv, "paid")), ("Your share", total(allsv, "owes")))):
        doc.text(48, 162 + 13 * i, lab, "R", 9)
        doc.text(285, 162 + 13 * i, m(v, "$"), "R", 9, "r")
    doc.rect(317, 132, 255, 86, None)
    doc.text(325, 146, "Your 2026 family accumulators", "B", 9)
    for i, (lab, v) in enumerate((("Deductible met", "$150.00 of $1,500.00"), ("Out-of-pocket met", m(total(allsv, "owes") + Decimal("96.50"), "$") + " of $6,000.00"),
                                  ("Plan year", "01/01/2026 - 12/31/2026"), ("Covered members", "3"))):
        doc.text(325, 162 + 13 * i, lab, "R", 9)
        doc.text(564, 162 + 13 * i, v, "R", 9, "r")
    y = 240
    for pat, acct, clm, prov, ss in fam:
        if y > 690:
            doc.text(300, 760, "Continued on next page", "R", 8, "c")
            page_head(True)
            y = 90
        doc.text(40, y, f"Claim for: {pat}", "B", 9.5)
        doc.text(230, y, f"Claim Number: {clm}", "R", 8.5)
        doc.text(400, y, f"Patient Account: {acct}", "R", 8.5)
        doc.text(40, y + 12, f"Provider: {prov} (in network)   Received 01/29/2026   Processed 02/02/2026", "R", 8)
        y = table_head(y + 28)
        for s in ss:
            if y > 720:
                doc.text(300, 760, "Continued on next page", "R", 8, "c")
                page_head(True)
                doc.text(40, 90, f"Claim for: {pat} (continued)", "B", 9.5)
                doc.text(230, 90, f"Claim Number: {clm}", "R", 8.5)
                y = table_head(106)
            ds = dfmt(s.dos, "mdy4")
            vals = [ds, " ".join((s.code,) + s.mods), m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(s.remarks)]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(cols, vals)], "R", 7.5)
            doc.text(92, y + 9, s.desc if len(s.desc) < 95 else s.desc[:92], "R", 6.5, color=(0.3, 0.3, 0.3))
            doc.svc(T(s, acct, clm, pat, pr, units=False, remarks=s.remarks,
                      overrides={"description": s.desc if len(s.desc) < 95 else s.desc[:92]}), [toks], ds)
            doc.hline(40, 572, y + 13, 0.25, (0.6, 0.6, 0.6))
            y += 22
        tv = ["Claim Totals", m(total(ss, "billed")), m(total(ss, "discount")), m(total(ss, "not_covered")),
              m(total(ss, "allowed")), m(total(ss, "deductible")), m(total(ss, "copay")), m(total(ss, "coinsurance")),
              m(total(ss, "paid")), m(total(ss, "owes"))]
        doc.texts(y, [(92, tv[0], "l")] + [(x, v, al) for (x, al), v in zip(cols[2:11], tv[1:])], "B", 7.5)
        doc.claim(acct, clm, pat, tot(ss, pr))
        y += 30
    legend = [("D1", "Part of this amount counted toward the family deductible."),
              ("N3", "This service is not a covered benefit under your plan; the provider may bill you.")]
    y += 6
    doc.text(40, y, "Notes", "B", 9)
    for i, (c, t) in enumerate(legend):
        doc.text(40, y + 13 * (i + 1), f"{c}  {t}", "R", 8)
    doc.text(40, y + 50, "Questions? Call 1-888-555-0144. You may appeal within 180 days of this statement.", "R", 8)
    return doc, name, prod, legend, [], False, "commercial family member EOB, reportlab Liberation Serif"


# =========================================================================================== a2
def a2():
    doc = Doc(True, {"R": "dvc", "B": "dvcB"})
    name, prod = "a2_member_eob_landscape", "fpdf2"
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), copay_codes={"99213": Decimal("35.00")})
    fam = [
        ("Adaeze Okonkwo-Pryce", "A70019-2", "E26-0311-48820", "Riverbend Physical Therapy & Sports Rehab", [
            Svc(D(1, 6), "97161", 1, ("GP",)), Svc(D(1, 6), "97110", 2, ("GP",)), Svc(D(1, 8), "97110", 2, ("GP",)),
            Svc(D(1, 8), "97140", 1, ("GP", "59")), Svc(D(1, 13), "97110", 2, ("GP", "CQ")),
            Svc(D(1, 13), "97112", 1, ("GP", "CQ")), Svc(D(1, 15), "97110", 3, ("GP",)), Svc(D(1, 15), "G0283", 1, ("GP",)),
            Svc(D(1, 20), "97116", 2, ("GP",)), Svc(D(1, 20), "97140", 1, ("GP", "59")), Svc(D(1, 22), "97110", 2, ("GP",)),
            Svc(D(1, 22), "97530", 1, ("GP",)), Svc(D(1, 27), "97110", 2, ("GP", "KX"))]),
        ("Chidi Okonkwo-Pryce", "A70114-0", "E26-0311-49102", "Riverbend Physical Therapy & Sports Rehab", [
            Svc(D(1, 10), "99213", 1, ()), Svc(D(1, 10), "97760", 1, ("GO",)), Svc(D(1, 10), "97129", 2, (), denied="PR")]),
        ("Ifeoma Okonkwo-Pryce", "A70231-7", "E26-0402-50018", "Little Steps Speech & Feeding Center", [
            Svc(D(1, 14), "92526", 1, ("GN",)), Svc(D(1, 21), "92526", 1, ("GN",)), Svc(D(1, 28), "92507", 1, ("GN",))]),
    ]
    for _, _, _, _, ss in fam:
        for s in ss:
            commercial(s, st, deny_reason="96")
            s.remarks = ["X12"] if s.denied else (["C02"] if s.copay else [])
    pr = ("billed", "discount", "allowed", "copay", "deductible", "coinsurance", "not_covered", "paid", "patient_owes")
    xs = [(30, "l"), (92, "l"), (190, "r"), (248, "r"), (318, "r"), (384, "r"), (438, "r"), (496, "r"), (556, "r"),
          (620, "r"), (684, "r"), (752, "r"), (758, "l")]
    hd = [("Dates of", "Service"), ("Procedure", ""), ("Units", ""), ("Provider", "Charges"), ("Amount Not", "Allowed"),
          ("Approved", "Amount"), ("Copay", ""), ("Deductible", ""), ("Coinsurance", ""), ("Other Not", "Covered"),
          ("Paid by", "Plan"), ("Member", "Responsibility"), ("Rsn", "")]
    planted = "E26-0311-48820"

    def ph():
        doc.new_page()
        doc.rect(0, 0, 792, 34, DARK, None)
        doc.text(30, 22, "CASCADE SUMMIT HEALTH PARTNERS", "B", 13, color=WHITE)
        doc.text(762, 22, "Explanation of Benefits  -  Page %d of {N}" % doc.pno, "R", 9, "r", color=WHITE)
        footer(doc, "This is not a bill. Cascade Summit Health Partners, 2200 Ironwood Pkwy, Tacoma Flats, WA 98499. "
                    "TTY 711.", 7)

    def th(y):
        doc.hline(30, 762, y - 11, 0.8)
        for (x, al), (h1, h2) in zip(xs, hd):
            doc.text(x, y, h1, "B", 7.5, al)
            doc.text(x, y + 9, h2, "B", 7.5, al)
        doc.hline(30, 762, y + 13, 0.8)
        return y + 26

    ph()
    doc.text(30, 56, "Subscriber: Nnamdi Okonkwo-Pryce    Member ID: CSH-220-418-667    Group: Tillbury Freight Co. (55102)",
             "R", 9)
    doc.text(30, 70, "Statement period: 01/01/2026 - 01/31/2026    Issued: 02/04/2026", "R", 9)
    y = 96
    for pat, acct, clm, prov, ss in fam[1:] + fam[:1]:
        if y > 470:
            ph()
            y = 56
        doc.rect(30, y - 12, 732, 30, (0.93, 0.95, 0.98), (0.5, 0.5, 0.6))
        doc.text(36, y, f"Patient: {pat}", "B", 9)
        doc.text(250, y, f"Claim #: {clm}", "R", 9)
        doc.text(420, y, f"Provider Acct #: {acct}", "R", 9)
        doc.text(36, y + 12, f"Rendering provider: {prov}    Network status: Participating", "R", 8)
        y = th(y + 34)
        for s in ss:
            if y > 540:
                ph()
                doc.text(30, 56, f"Patient: {pat}    Claim #: {clm}    (continued from previous page)", "B", 9)
                y = th(80)
            ds = dfmt(s.dos, "mdy4")
            vals = [ds, "-".join((s.code,) + s.mods), units_str(s.units), m(s.billed), m(s.discount), m(s.allowed),
                    m(s.copay), m(s.deductible), m(s.coinsurance), m(s.not_covered), m(s.paid), m(s.owes),
                    " ".join(s.remarks)]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, vals)], "R", 8)
            doc.svc(T(s, acct, clm, pat, pr, remarks=s.remarks, description=False), [toks], ds)
            y += 14
        owes = total(ss, "owes") + (Decimal("10.00") if clm == planted else ZERO)
        tv = [m(total(ss, "billed")), m(total(ss, "discount")), m(total(ss, "allowed")), m(total(ss, "copay")),
              m(total(ss, "deductible")), m(total(ss, "coinsurance")), m(total(ss, "not_covered")), m(total(ss, "paid")),
              m(owes)]
        doc.hline(30, 762, y - 9, 0.4)
        doc.texts(y + 2, [(30, "Claim Total", "l")] + [(x, v, al) for (x, al), v in zip(xs[3:12], tv)], "B", 8)
        t = tot(ss, pr)
        t["patient_owes"] = str(q(owes))
        doc.claim(acct, clm, pat, t)
        y += 34
    legend = [("C02", "Fixed office-visit copay under your plan."),
              ("X12", "Service excluded by your benefit plan; you are responsible for this amount.")]
    doc.text(30, y, "Reason code descriptions", "B", 9)
    for i, (c, tx) in enumerate(legend):
        doc.text(30, y + 12 * (i + 1), f"{c} - {tx}", "R", 8)
    fnd = [f"claim-total-mismatch claim {planted}: printed Member Responsibility total "
           f"{q(total(fam[0][4], 'owes') + 10)} but the lines add up to {q(total(fam[0][4], 'owes'))}"]
    return doc, name, prod, legend, fnd, False, "commercial member EOB landscape, fpdf2 DejaVu Sans Condensed", \
        {(planted, "patient_owes")}


# =========================================================================================== b1
def b1():
    doc = Doc(False, {"R": "dvs", "B": "dvsB"})
    name, prod = "b1_msn_part_b", "reportlab"
    pat = "ELEANOR V. PRZYBYLSKI"
    st = PlanState(ded_left=Decimal("40.00"))
    claims = [
        (D(1, 6), "Greyfield Outpatient Rehabilitation", "26-006-41177-09", [
            Svc(D(1, 6), "97163", 1, ("GP",)), Svc(D(1, 6), "97110", 2, ("GP",)), Svc(D(1, 6), "97140", 1, ("GP",))]),
        (D(1, 13), "Greyfield Outpatient Rehabilitation", "26-013-40552-11", [
            Svc(D(1, 13), "97110", 2, ("GP", "KX")), Svc(D(1, 13), "97112", 1, ("GP", "KX")),
            Svc(D(1, 13), "97530", 1, ("GP", "KX")), Svc(D(1, 13), "G0283", 1, ("GP",)),
            Svc(D(1, 13), "97116", 1, ("GP", "KX")), Svc(D(1, 13), "97140", 1, ("GP", "59")),
            Svc(D(1, 13), "97535", 1, ("GP",)), Svc(D(1, 13), "0552T", 1, (), denied="PR")]),
        (D(1, 20), "Maple Hollow Speech Therapy Associates", "26-020-38814-02", [
            Svc(D(1, 20), "92523", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",))]),
    ]
    for _, _, _, ss in claims:
        for s in ss:
            medicare(s, st, deny_reason="50")
            s.remarks = ["D"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    pr = ("billed", "allowed", "paid", "patient_owes")

    def ph():
        doc.new_page()
        doc.text(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 13)
        doc.text(40, 60, f"{pat}   |   Notice date: February 9, 2026   |   Page {doc.pno} of {{N}}", "R", 8.5)
        doc.hline(40, 572, 68, 1.5)
        footer(doc, "THIS IS NOT A BILL  |  Medicare number ****-***-RW62  |  1-800-555-0199 (TTY 1-877-555-0148)")

    ph()
    doc.text(40, 92, pat, "B", 10)
    for i, l in enumerate(("1707 TAMARACK BEND", "SHEPPARD FALLS OH 44720-1183")):
        doc.text(40, 104 + 11 * i, l, "R", 9)
    doc.rect(330, 84, 242, 64, (0.94, 0.94, 0.94), (0.4, 0.4, 0.4))
    doc.text(338, 98, "Medicare Number  ****-***-RW62", "R", 8.5)
    doc.text(338, 112, "Dates of service  Jan 6 - Jan 20, 2026", "R", 8.5)
    doc.text(338, 126, "Claims in this notice  3", "R", 8.5)
    allsv = [s for c in claims for s in c[3]]
    doc.text(40, 180, "Your Deductible Status", "B", 11)
    doc.text(40, 196, "You have now met $283.00 of your 2026 Part B deductible.", "R", 9)
    doc.text(40, 226, "Did Medicare Approve All Services?", "B", 11)
    doc.text(40, 242, "NO - Medicare did not approve 1 service. See claim 26-013-40552-11.", "R", 9)
    doc.text(40, 272, "Total You May Be Billed", "B", 11)
    doc.text(40, 290, m(total(allsv, "owes"), "$"), "B", 16)
    doc.text(40, 330, "Providers with claims this period", "B", 10)
    for i, (dd, prov, _, _) in enumerate(claims):
        doc.text(52, 346 + 13 * i, f"{dfmt(dd, 'month')}   {prov}", "R", 9)
    xs = [(40, "l"), (290, "c"), (362, "r"), (426, "r"), (488, "r"), (544, "r")]
    ph()
    doc.text(40, 92, "Your Claims for Part B (Medical Insurance)", "B", 12)
    y = 116

    def th(y):
        doc.rect(40, y - 10, 532, 24, (0.2, 0.2, 0.2), None)
        for (x, al), h1, h2 in zip(xs + [(552, "l")], ["Service Provided & Billing Code", "Service", "Amount",
                                                      "Medicare-", "Medicare", "Maximum You", "See"],
                                   ["", "Approved?", "Provider Charged", "Approved Amt", "Paid Provider",
                                    "May Be Billed", "Notes"]):
            doc.text(x, y, h1, "B", 7, al, WHITE)
            doc.text(x, y + 9, h2, "B", 7, al, WHITE)
        return y + 26

    for dd, prov, clm, ss in claims:
        if y > 600:
            ph()
            y = 92
        doc.rect(40, y - 12, 532, 40, None, (0.3, 0.3, 0.3), 1)
        doc.text(46, y, f"{dfmt(dd, 'month')}", "B", 10)
        doc.text(46, y + 12, f"{prov}, 880 Quarry Ridge Rd, Sheppard Falls OH 44721", "R", 8)
        doc.text(46, y + 23, f"Claim number {clm}   Provider accepts assignment", "R", 8)
        y = th(y + 44)
        for s in ss:
            if y > 730:
                ph()
                doc.text(40, 92, f"{dfmt(dd, 'month')} - {prov} (continued)   Claim number {clm}", "B", 9)
                y = th(112)
            w = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            vals = [w, "No" if s.denied else "Yes", m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"),
                    m(s.owes, "$")]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, vals)], "R", 7.5)
            toks += doc.texts(y, [(554, ", ".join(s.remarks), "l")], "R", 7.5)
            doc.svc(T(s, None, clm, pat, pr, units=False, remarks=s.remarks), [toks], dfmt(dd, "month"))
            doc.hline(40, 572, y + 5, 0.3, (0.6, 0.6, 0.6))
            y += 16
        tv = ["Total for this claim", "", m(total(ss, "billed"), "$"), m(total(ss, "allowed"), "$"),
              m(total(ss, "paid"), "$"), m(total(ss, "owes"), "$")]
        doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, tv)], "B", 7.5)
        doc.claim(None, clm, pat, tot(ss, pr))
        y += 34
    legend = [("A", "The approved amount comes from the Medicare fee schedule; this provider agreed to it."),
              ("B", "Part of the approved amount went toward your yearly Part B deductible."),
              ("D", "Medicare does not pay for this item because it is not considered reasonable and necessary.")]
    if y > 690:
        ph()
        y = 92
    doc.text(40, y, "Notes for Claims Above", "B", 10)
    for i, (c, t) in enumerate(legend):
        doc.text(40, y + 13 * (i + 1), f"{c}  {t}", "R", 7.5)
    return doc, name, prod, legend, [], False, "Medicare Summary Notice Part B, reportlab DejaVu Sans"


# =========================================================================================== b2
def b2():
    doc = Doc(False, {"R": "lsans", "B": "lsansB"})
    name, prod = "b2_ma_hmo_member_eob", "fpdf2"
    pat = "Rosalind Achterberg"
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.55"))
    claims = [
        ("2026A0114562", "Pinecrest Hand Therapy", [
            Svc(D(1, 7), "97165", 1, ("GO",)), Svc(D(1, 7), "97760", 1, ("GO",)), Svc(D(1, 7), "L3807", 1, ("LT",))]),
        ("2026A0118030", "Pinecrest Hand Therapy", [
            Svc(D(1, 14), "97530", 2, ("GO",)), Svc(D(1, 14), "97140", 1, ("GO",)),
            Svc(D(1, 21), "97530", 2, ("GO",)), Svc(D(1, 21), "97110", 1, ("GO", "CO"))]),
        ("2026A0120977", "Summit Ridge Family Medicine", [Svc(D(1, 16), "99213", 1, ())]),
        ("2026A0124415", "Bayside Laser Wellness (out of network)", [Svc(D(1, 23), "0552T", 2, (), denied="PR")]),
    ]
    for _, _, ss in claims:
        for s in ss:
            commercial(s, st, deny_reason="242")
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else [])
    pr = ("billed", "allowed", "paid", "patient_owes")
    xs = [(40, "l"), (104, "l"), (300, "l"), (392, "r"), (448, "r"), (506, "r"), (560, "r"), (566, "l")]

    def ph():
        doc.new_page()
        doc.rect(0, 0, 612, 58, (0.1, 0.3, 0.35), None)
        doc.text(40, 26, "Silverbirch Senior Advantage (HMO)", "B", 15, color=WHITE)
        doc.text(40, 44, "Explanation of Benefits for Medical Services - January 2026", "R", 10, color=WHITE)
        doc.text(572, 44, "Page %d of {N}" % doc.pno, "R", 9, "r", WHITE)
        footer(doc, "Silverbirch Health Plans is an HMO plan with a Medicare contract. H9921_EOB26_M. "
                    "This is not a bill.", 7)

    ph()
    doc.text(40, 84, pat, "B", 10)
    doc.text(40, 96, "52 Larkspur Court, Apt 3", "R", 9)
    doc.text(40, 107, "Wexford Hills, PA 15290", "R", 9)
    doc.text(360, 84, "Member ID: SB4471902-01", "R", 9)
    doc.text(360, 96, "Plan: Senior Advantage HMO 004", "R", 9)
    allsv = [s for c in claims for s in c[2]]
    doc.rect(40, 124, 532, 46, (0.92, 0.96, 0.96), None)
    doc.text(48, 140, "Your share this month", "R", 9)
    doc.text(48, 158, m(total(allsv, "owes"), "$"), "B", 13)
    doc.text(230, 140, "Plan paid this month", "R", 9)
    doc.text(230, 158, m(total(allsv, "paid"), "$"), "B", 13)
    doc.text(410, 140, "Your yearly out-of-pocket maximum", "R", 9)
    doc.text(410, 158, "$184.00 of $4,900.00", "B", 11)
    doc.text(40, 196, "Claims we processed for you", "B", 12)
    y = 220
    for clm, prov, ss in claims:
        if y > 640:
            ph()
            y = 84
        doc.rect(40, y - 11, 532, 16, (0.3, 0.3, 0.3), None)
        doc.text(46, y, f"Claim ID {clm}", "B", 9, color=WHITE)
        doc.text(180, y, f"Provider: {prov}", "R", 9, color=WHITE)
        y += 17
        for (x, al), h in zip(xs, ["Date", "Service you received", "Code", "Amount billed", "Plan-approved",
                                   "Plan paid", "Your share", "Note"]):
            doc.text(x, y, h, "B", 7.5, al)
        doc.hline(40, 572, y + 4, 0.5)
        y += 15
        for s in ss:
            ds = dfmt(s.dos, "mdy2")
            vals = [ds, s.desc, " ".join((s.code,) + s.mods), m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"),
                    m(s.owes, "$"), " ".join(s.remarks)]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, vals)], "R", 8)
            doc.svc(T(s, None, clm, pat, pr, units=False, remarks=s.remarks), [toks], ds)
            y += 13
        doc.hline(300, 572, y - 8, 0.5)
        tv = ["Claim total", m(total(ss, "billed"), "$"), m(total(ss, "allowed"), "$"), m(total(ss, "paid"), "$"),
              m(total(ss, "owes"), "$")]
        doc.texts(y, [(300, tv[0], "l")] + [(x, v, al) for (x, al), v in zip(xs[3:7], tv[1:])], "B", 8)
        doc.claim(None, clm, pat, tot(ss, pr))
        y += 30
    legend = [("1", "Your plan's specialist copay of $30.00 applies once per visit day."),
              ("4", "This provider is not in the plan network and the visit had no referral, so the plan did not pay.")]
    doc.text(40, y, "Notes", "B", 9)
    for i, (c, t) in enumerate(legend):
        doc.text(40, y + 12 * (i + 1), f"{c}.  {t}", "R", 8)
    return doc, name, prod, legend, [], False, "Medicare Advantage HMO member EOB, fpdf2 Liberation Sans"


# =========================================================================================== c1
def c1():
    doc = Doc(True, {"R": "Courier", "B": "Courier-Bold"})
    name, prod = "c1_medicaid_ra_mmis", "fpdf2"
    recips = [
        ("PELLETIER, ROSE-ANNE", "700390014", "2026013000388", "MB10391", [
            Svc(D(1, d), c, u, mo) for d in (5, 8, 12, 15, 19, 22) for c, u, mo in
            (("97110", 2, ("GP",)), ("97140", 1, ("GP",)))]),
        ("HALVORSEN, KAIA", "700418822", "2026013000417", "MB10442", [
            Svc(D(1, 5), "97530", 2, ("GO",)), Svc(D(1, 5), "97535", 1, ("GO",)), Svc(D(1, 7), "97530", 2, ("GO",)),
            Svc(D(1, 7), "97112", 1, ("GO",)), Svc(D(1, 12), "97530", 2, ("GO",)), Svc(D(1, 12), "97110", 1, ("GO",)),
            Svc(D(1, 14), "97530", 2, ("GO",)), Svc(D(1, 14), "97535", 1, ("GO",)), Svc(D(1, 19), "97530", 2, ("GO",)),
            Svc(D(1, 19), "97112", 1, ("GO",)), Svc(D(1, 21), "97530", 2, ("GO",)), Svc(D(1, 21), "97110", 1, ("GO",)),
            Svc(D(1, 26), "97530", 2, ("GO",)), Svc(D(1, 26), "97535", 1, ("GO",)), Svc(D(1, 28), "97530", 2, ("GO",)),
            Svc(D(1, 28), "97168", 1, ("GO",))]),
        ("MBEKI, TENDAI", "700512903", "2026013000452", "MB10517", [
            Svc(D(1, 6), "92507", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 20), "92526", 1, ("GN",))]),
    ]
    denied = [("ORTIZ-LUNA, MATEO", "700633417", "2026013000519", "MB10560", [
        Svc(D(1, 8), "97129", 2, ("GO",), denied="CO"), Svc(D(1, 8), "97150", 1, ("GO",), denied="CO")])]
    for _, _, _, _, ss in recips + denied:
        for s in ss:
            medicaid(s)
            s.remarks = ["0972"] if s.denied else ["0045"]
    orig = [Svc(D(12, 9), "97530", 3, ("GO",)), Svc(D(12, 9), "97110", 1, ("GO",))]
    for s in orig:
        s.dos = date(2025, 12, 9)
        medicaid(s)
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["0611"]
    adj = [("HALVORSEN, KAIA", "700418822", "1125349001763", "MB09987", rev)]
    pr = ("billed", "allowed", "paid")
    hdr = "  LN  FROM-DOS  TO-DOS   PROC   MOD  UNITS      BILLED     ALLOWED        PAID  EOB"

    def ph():
        doc.new_page()
        doc.text(30, 30, "STATE OF NORTH CALDERA  DEPT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", "B", 9)
        doc.text(30, 42, "REMITTANCE ADVICE        RA NUMBER 0004471269     PAYMENT DATE 02/06/2026", "R", 9)
        doc.text(30, 54, "PROVIDER 1174408821  BRIGHTWATER CHILDREN'S THERAPY LLC   PAGE %d OF {N}" % doc.pno, "R", 9)
        doc.hline(30, 762, 60, 0.6)
        return 76

    def fmt(s, ln):
        a = money(s.billed, "", "trail").rjust(10)
        b = money(s.allowed, "", "trail").rjust(10)
        c = money(s.paid, "", "trail").rjust(10)
        d6 = dfmt(s.dos, "mdy6")
        cells = [f"{ln:02d}", d6, d6, s.code, " ".join(s.mods) or "  ", units_str(s.units), a.strip(), b.strip(),
                 c.strip(), s.remarks[0]]
        line = (f"  {ln:02d}  {d6}    {d6}   {s.code}  {(' '.join(s.mods)).ljust(3)}  {units_str(s.units).rjust(5)}"
                f"  {a}  {b}  {c}  {s.remarks[0]}")
        return line, [c for c in cells if c.strip()], d6

    y = ph()
    for sect, grp in (("*** CLAIMS PAID ***", recips), ("*** CLAIMS DENIED ***", denied),
                      ("*** CLAIM ADJUSTMENTS - CREDITS ***", adj)):
        if y > 500:
            y = ph()
        doc.text(30, y, sect, "B", 9)
        y += 14
        for rn, rid, icn, acct, ss in grp:
            if y > 520:
                y = ph()
            head = f"RECIP NAME {rn.ljust(20)} RECIP ID {rid}  ICN {icn}  PAT ACCT {acct}"
            doc.text(30, y, head, "B", 8)
            doc.text(30, y + 11, hdr, "R", 8)
            y += 24
            for i, s in enumerate(ss, 1):
                if y > 560:
                    y = ph()
                    doc.text(30, y, head + "  (CONTINUED)", "B", 8)
                    doc.text(30, y + 11, hdr, "R", 8)
                    y += 24
                line, cells, d6 = fmt(s, i)
                doc.text(30, y, line, "R", 8)
                doc.svc(T(s, acct, icn, rn, pr, remarks=s.remarks, description=False), [cells], d6)
                y += 11
            tl = ("  CLAIM TOTAL" + " " * 31 + money(total(ss, "billed"), "", "trail").rjust(10) + "  "
                  + money(total(ss, "allowed"), "", "trail").rjust(10) + "  "
                  + money(total(ss, "paid"), "", "trail").rjust(10))
            doc.text(30, y, tl, "B", 8)
            doc.claim(acct, icn, rn, tot(ss, pr))
            y += 20
    legend = [("0045", "PAID AT THE PROGRAM MAXIMUM FEE FOR THIS PROCEDURE."),
              ("0972", "SERVICE NOT PAYABLE FOR THIS PROVIDER TYPE UNDER THE RECIPIENT'S BENEFIT PACKAGE."),
              ("0611", "ORIGINAL CLAIM CREDITED AT PROVIDER REQUEST; CORRECTED CLAIM TO FOLLOW.")]
    if y > 480:
        y = ph()
    doc.text(30, y, "EOB CODE MESSAGES", "B", 9)
    for i, (c, t) in enumerate(legend):
        doc.text(30, y + 11 * (i + 1), f"{c}  {t}", "R", 8)
    y += 56
    doc.text(30, y, "PAYMENT SUMMARY   CLAIMS PAID 2   DENIED 1   CREDITS 1   NET PAYMENT "
             + money(sum((total(g[4], "paid") for g in recips + adj), ZERO), ","), "B", 8)
    return doc, name, prod, legend, [], False, "state Medicaid RA, fpdf2 core Courier landscape"


# =========================================================================================== c2
def c2():
    doc = Doc(False, {"R": "lnar", "B": "lnarB"})
    name, prod = "c2_medicaid_mco_ra", "reportlab"
    clients = [
        ("DUBOIS-NAKAMURA, LEO", "MC0087712", "T26029004471", "PX-50871", [
            Svc(D(1, 9), "97166", 1, ("GO",)), Svc(D(1, 9), "97530", 2, ("GO",)), Svc(D(1, 16), "97530", 3, ("GO",)),
            Svc(D(1, 16), "97129", 1, ("GO",), denied="CO")]),
        ("DUBOIS-NAKAMURA, ISLA", "MC0087713", "T26029004472", "PX-50872", [
            Svc(D(1, 9), "92523", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",))]),
        ("VANTERPOOL, AMIRA", "MC0091150", "T26029004530", "PX-50913", [
            Svc(D(1, 12), "97161", 1, ("GP",)), Svc(D(1, 12), "97110", 2, ("GP",)), Svc(D(1, 19), "97116", 2, ("GP",)),
            Svc(D(1, 19), "97140", 1, ("GP", "59")), Svc(D(1, 26), "97760", 1, ("GP",), denied="CO")]),
    ]
    for _, _, _, _, ss in clients:
        for s in ss:
            medicaid(s, deny_reason="204" if s.code != "97129" else "96")
            s.remarks = ["N130"] if s.denied else []
    pr = ("billed", "allowed", "paid")
    xs = [(44, "l"), (64, "l"), (118, "l"), (160, "l"), (196, "r"), (250, "r"), (306, "r"), (318, "l"), (404, "r"),
          (460, "r"), (470, "l")]

    def ph():
        doc.new_page()
        doc.rect(36, 30, 540, 56, None, (0, 0, 0), 1)
        doc.text(44, 48, "GREAT LAKES COMMUNITY CARE (Medicaid Managed Care)", "B", 12)
        doc.text(44, 62, "Provider Remittance Advice  |  Payee: Fox River Kids Therapy Group  |  NPI 1902234417", "R", 9)
        doc.text(44, 76, "Remit No. 26-0206-00319   Check/EFT No. 0058814402   Issue Date 02/06/2026", "R", 9)
        doc.text(568, 48, "Page %d of {N}" % doc.pno, "R", 9, "r")
        footer(doc, "Adjustment reason and remark codes are standard national codes; see your companion guide for text.")

    ph()
    y = 110
    doc.text(44, y, "PAID / DENIED CLAIMS", "B", 10)
    y += 18
    for cl, cid, tcn, acct, ss in clients:
        h = 40 + 14 * len(ss) + 16
        doc.rect(40, y - 12, 532, h, None, (0.2, 0.2, 0.2), 0.6)
        doc.rect(40, y - 12, 532, 16, GREY, None)
        doc.text(44, y, f"Client: {cl}", "B", 8.5)
        doc.text(210, y, f"Client ID: {cid}", "R", 8.5)
        doc.text(320, y, f"TCN: {tcn}", "R", 8.5)
        doc.text(450, y, f"Patient Acct #: {acct}", "R", 8.5)
        y += 16
        for (x, al), hh in zip(xs, ["Ln", "Svc Date", "Proc Code", "Mod", "Units", "Billed Amt", "Allowed Amt", "ARC",
                                    "Adj Amt", "Paid Amt", "RARC"]):
            doc.text(x, y, hh, "B", 8, al)
        doc.hline(40, 572, y + 4, 0.4)
        y += 14
        for i, s in enumerate(ss, 1):
            ds = dfmt(s.dos, "mdy4")
            g, rc, a = s.adjs[0] if s.adjs else (None, None, None)
            vals = [str(i), ds, s.code, " ".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                    f"{g} {rc}" if g else "", m(a) if g else "", m(s.paid), " ".join(s.remarks)]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, vals)], "R", 8)
            doc.svc(T(s, acct, tcn, cl, pr, adjustments=s.adjs, remarks=s.remarks, description=False), [toks], ds)
            for x in (60, 114, 156, 200):
                doc.vline(x, y - 9, y + 3, 0.2, (0.6, 0.6, 0.6))
            y += 14
        doc.texts(y, [(64, "Claim Totals", "l"), (250, m(total(ss, "billed")), "r"), (306, m(total(ss, "allowed")), "r"),
                      (460, m(total(ss, "paid")), "r")], "B", 8)
        doc.claim(acct, tcn, cl, tot(ss, pr))
        y += 30
        if y > 620 and cl != clients[-1][0]:
            ph()
            y = 110
    allsv = [s for c in clients for s in c[4]]
    doc.rect(40, y - 12, 532, 60, (0.95, 0.95, 0.95), (0, 0, 0), 0.8)
    doc.text(48, y + 2, "REMITTANCE SUMMARY", "B", 9)
    doc.text(48, y + 18, f"Claims: 3   Billed {m(total(allsv, 'billed'))}   Allowed {m(total(allsv, 'allowed'))}", "R", 8.5)
    doc.text(48, y + 32, f"Total Paid This Remit: {m(total(allsv, 'paid'), '$')}", "B", 9)
    return doc, name, prod, [], [], True, "Medicaid managed-care RA, reportlab Liberation Sans Narrow"


# =========================================================================================== d1
def d1():
    doc = Doc(True, {"R": "lmono", "B": "lmonoB"})
    name, prod = "d1_clearinghouse_remit", "fpdf2"
    st = PlanState(ded_left=Decimal("120.00"))
    cls = [
        ("GUTIERREZ-HOLM, BEATRIZ", "GH260105A", "0026005413270", [
            Svc(D(1, 5), "97161", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)),
            Svc(D(1, 8), "97110", 2, ("GP",)), Svc(D(1, 8), "97140", 1, ("GP", "59")), Svc(D(1, 12), "97112", 2, ("GP",)),
            Svc(D(1, 12), "97530", 1, ("GP",)), Svc(D(1, 15), "97110", 2, ("GP", "CQ")),
            Svc(D(1, 15), "97116", 1, ("GP", "CQ"))]),
        ("ASHWORTH, PERCIVAL", "AP260107C", "0026005413288", [
            Svc(D(1, 7), "97167", 1, ("GO",)), Svc(D(1, 7), "97535", 2, ("GO",)), Svc(D(1, 14), "97530", 2, ("GO", "KX")),
            Svc(D(1, 14), "G0283", 1, ("GO",))]),
    ]
    for _, _, _, ss in cls:
        for s in ss:
            medicare(s, st)
            s.remarks = ["N620"] if s.code == "G0283" else []
    pr = ("billed", "allowed", "deductible", "coinsurance", "paid")
    hdr = "SERV DATE  PROC   MODS    UNITS    CHARGE   ALLOWED   DEDUCT    COINS  ADJ   ADJ AMT      PAID  RMK"

    def ph():
        doc.new_page()
        doc.text(30, 28, "MERIDIAN CLAIMS EXCHANGE - REMITTANCE DETAIL (ERA 835 CONVERSION)", "B", 10)
        doc.text(30, 41, "PAYER: GREAT PLAINS MEDICARE ADMINISTRATIVE SERVICES   PAYEE: HEARTLAND ACTIVE REHAB PC", "R", 8)
        doc.text(30, 52, "TRN EFT 884120559017  PAID 02/03/2026  PAYEE NPI 1548819023    PAGE %d OF {N}" % doc.pno, "R", 8)
        doc.hline(30, 762, 58, 1)
        footer(doc, "Converted by Meridian Claims Exchange from the payer's 835. Codes are X12 CARC/RARC.", 7)
        return 74

    def chead(y, cl, pcn, icn, cont=""):
        doc.rect(28, y - 10, 736, 26, None, (0, 0, 0), 0.8)
        doc.text(34, y, f"PATIENT: {cl}   PAT CTRL#: {pcn}   PAYER CLAIM#: {icn}{cont}", "B", 8)
        doc.text(34, y + 11, "STATUS: 1 PROCESSED AS PRIMARY   ASG: Y   FACILITY: 11", "R", 8)
        doc.text(30, y + 28, hdr, "B", 8)
        doc.hline(30, 762, y + 32, 0.4)
        return y + 44

    y = ph()
    for cl, pcn, icn, ss in cls:
        if y > 430:
            y = ph()
        y = chead(y, cl, pcn, icn)
        for s in ss:
            need = 11 * len(s.adjs)
            if y + need > 560:
                y = chead(ph(), cl, pcn, icn, "  (CONTINUED)")
            ds = dfmt(s.dos, "mdy4")
            rows = []
            for k, (g, rc, a) in enumerate(s.adjs):
                adjc = f"{g}-{rc}"
                if k == 0:
                    line = (f"{ds} {s.code}  {' '.join(s.mods).ljust(6)} {units_str(s.units).rjust(6)} "
                            f"{m(s.billed).rjust(9)} {m(s.allowed).rjust(9)} {m(s.deductible).rjust(8)} "
                            f"{m(s.coinsurance).rjust(8)}  {adjc.ljust(6)}{m(a).rjust(8)} {m(s.paid).rjust(9)}  "
                            f"{' '.join(s.remarks)}")
                    cells = [ds, s.code] + list(s.mods) + [units_str(s.units), m(s.billed), m(s.allowed),
                                                           m(s.deductible), m(s.coinsurance), adjc, m(a), m(s.paid)]
                    cells += s.remarks
                else:
                    line = " " * 78 + f"{adjc.ljust(6)}{m(a).rjust(8)}"
                    cells = [adjc, m(a)]
                doc.text(30, y, line.rstrip(), "R", 8)
                rows.append(cells)
                y += 11
            doc.svc(T(s, pcn, icn, cl, pr, adjustments=s.adjs, remarks=s.remarks, description=False), rows, ds)
        doc.hline(30, 762, y - 7, 0.4)
        tl = (f"CLAIM TOTALS{' ' * 22}{m(total(ss, 'billed')).rjust(9)} {m(total(ss, 'allowed')).rjust(9)} "
              f"{m(total(ss, 'deductible')).rjust(8)} {m(total(ss, 'coinsurance')).rjust(8)}{' ' * 16}"
              f"{m(total(ss, 'paid')).rjust(9)}")
        doc.text(30, y + 2, tl, "B", 8)
        doc.claim(pcn, icn, cl, tot(ss, ("billed", "allowed", "paid")))
        y += 26
    doc.text(30, y + 4, "RMK N620: THIS PROCEDURE IS PAID AT THE UNATTENDED RATE ONLY.   CO-253: 2% PAYMENT REDUCTION.", "R", 8)
    legend = [("N620", "Paid at the unattended rate only."), ("CO-253", "2% payment reduction.")]
    return doc, name, prod, legend, [], True, "clearinghouse remit, fpdf2 Liberation Mono landscape"


# =========================================================================================== d2
def d2():
    doc = Doc(False, {"R": "Helvetica", "B": "Helvetica-Bold"})
    name, prod = "d2_pm_era_posting", "reportlab"
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    orig = [Svc(D(1, 6), "97530", 2, ("GO",)), Svc(D(1, 6), "97110", 1, ("GO",))]
    for s in orig:
        commercial(s, PlanState(coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74")))
    rev = [negate(s) for s in orig]
    corr = [Svc(D(1, 6), "97530", 2, ("GO", "59")), Svc(D(1, 6), "97110", 1, ("GO",)), Svc(D(1, 6), "97535", 1, ("GO",))]
    cls = [
        ("Fairweather, Juniper", "100427", "3326004417801", "22 REVERSAL OF PRIOR PAYMENT", rev),
        ("Fairweather, Juniper", "100427", "3326004417802", "1 PROCESSED AS PRIMARY", corr),
        ("Lindqvist-Obi, Soren", "100512", "3326004418155", "1 PROCESSED AS PRIMARY", [
            Svc(D(1, 8), "97168", 1, ("GO",)), Svc(D(1, 8), "97530", 3, ("GO",)), Svc(D(1, 13), "97530", 2, ("GO",)),
            Svc(D(1, 13), "97140", 1, ("GO",)), Svc(D(1, 15), "97530", 2, ("GO",)), Svc(D(1, 15), "97112", 2, ("GO",)),
            Svc(D(1, 20), "97530", 2, ("GO",)), Svc(D(1, 20), "97535", 1, ("GO",)), Svc(D(1, 22), "97530", 3, ("GO",)),
            Svc(D(1, 27), "97530", 2, ("GO",)), Svc(D(1, 27), "97110", 2, ("GO",)), Svc(D(1, 29), "97530", 2, ("GO",)),
            Svc(D(1, 29), "97760", 1, ("GO",))]),
        ("Marchetti, Delphine", "100630", "3326004418290", "1 PROCESSED AS PRIMARY", [
            Svc(D(1, 9), "97165", 1, ("GO",)), Svc(D(1, 9), "97129", 2, ("GO",), denied="CO")]),
    ]
    for _, _, _, _, ss in cls[1:]:
        for s in ss:
            commercial(s, st, deny_reason="197")
    pr = ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
    xs = [(40, "l"), (92, "l"), (128, "l"), (166, "r"), (214, "r"), (260, "r"), (304, "r"), (348, "r"), (356, "l"),
          (524, "r"), (570, "r")]

    def ph():
        doc.new_page()
        doc.text(40, 40, "TheraLedger PM", "B", 14, color=(0.1, 0.35, 0.6))
        doc.text(40, 54, "ERA Payment Posting Detail", "B", 10)
        doc.text(572, 40, "Printed 02/05/2026 08:14   User: BILLING2", "R", 8, "r")
        doc.text(572, 52, "Page %d of {N}" % doc.pno, "R", 8, "r")
        doc.text(40, 68, "Practice: Tidewater Occupational Therapy Partners    Payer: Bluecrest Employers Health Plan    "
                 "EFT 0407715523  02/04/2026", "R", 8)
        doc.hline(40, 572, 74, 0.8)
        footer(doc, "TheraLedger PM v11.4 - report ERA-PD-02 - internal use only")
        return 92

    def th(y):
        for (x, al), h in zip(xs, ["DOS", "CPT", "Mod", "Qty", "Charge", "Allowed", "Deduct", "Coins", "Adjustments",
                                   "Pt Resp", "Paid"]):
            doc.text(x, y, h, "B", 7.5, al)
        doc.hline(40, 572, y + 3, 0.4)
        return y + 13

    y = ph()
    for pat, acct, icn, stat, ss in cls:
        if y > 640:
            y = ph()
        doc.text(40, y, f"Patient: {pat}", "B", 8.5)
        doc.text(210, y, f"Acct: {acct}", "R", 8.5)
        doc.text(290, y, f"Payer ICN: {icn}", "R", 8.5)
        doc.text(430, y, f"Status: {stat}", "R", 7.5)
        y = th(y + 14)
        for i, s in enumerate(ss):
            if y > 730:
                y = ph()
                doc.text(40, y, f"Patient: {pat}   Acct: {acct}   Payer ICN: {icn}   (cont.)", "B", 8.5)
                y = th(y + 14)
            if i % 2:
                doc.rect(40, y - 9, 532, 12, (0.93, 0.93, 0.97), None)
            ds = dfmt(s.dos, "mdy2")
            adjc = "  ".join(f"{g}-{rc} {money(a, '', '()')}" for g, rc, a in s.adjs)
            neg = lambda v: money(v, ",", "()")  # noqa: E731
            vals = [ds, s.code, " ".join(s.mods), units_str(s.units), neg(s.billed), neg(s.allowed), neg(s.deductible),
                    neg(s.coinsurance), adjc, neg(s.owes), neg(s.paid)]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, vals)], "R", 7.5)
            doc.svc(T(s, acct, icn, pat, pr, adjustments=s.adjs, description=False), [toks], ds)
            y += 12
        doc.texts(y + 2, [(40, "Claim total", "l"), (214, money(total(ss, "billed"), ",", "()"), "r"),
                          (260, money(total(ss, "allowed"), ",", "()"), "r"),
                          (524, money(total(ss, "owes"), ",", "()"), "r"),
                          (570, money(total(ss, "paid"), ",", "()"), "r")], "B", 7.5)
        doc.claim(acct, icn, pat, tot(ss, ("billed", "allowed", "paid", "patient_owes")))
        y += 28
    allsv = [s for c in cls for s in c[4]]
    doc.text(40, y, f"Check total posted: {money(total(allsv, 'paid'), '$', '()')}    Claims: 4    Reversals: 1", "B", 8.5)
    return doc, name, prod, [], [], True, "PM-system ERA posting detail, reportlab core Helvetica"


# =========================================================================================== e1
def e1():
    doc = Doc(False, {"R": "dvs", "B": "dvsB"})
    name, prod = "e1_clinic_family_statement", "reportlab"
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    visits = [
        ("V-40021", "Piper Castellanos", "9F3301276", [Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",))]),
        ("V-40038", "Felix Castellanos", "9F3301302", [Svc(D(1, 7), "92523", 1, ("GN",))]),
        ("V-40052", "Piper Castellanos", "9F3301388", [Svc(D(1, 13), "97530", 2, ("GO",)), Svc(D(1, 13), "97112", 1, ("GO",))]),
        ("V-40066", "Felix Castellanos", "9F3301417", [Svc(D(1, 14), "92507", 1, ("GN",))]),
        ("V-40071", "Noor Castellanos", "9F3301450", [Svc(D(1, 15), "97161", 1, ("GP",)), Svc(D(1, 15), "97110", 2, ("GP",))]),
        ("V-40089", "Piper Castellanos", "9F3301502", [Svc(D(1, 20), "97530", 3, ("GO",)), Svc(D(1, 20), "97535", 1, ("GO",))]),
        ("V-40095", "Noor Castellanos", "9F3301533", [Svc(D(1, 22), "97110", 2, ("GP",)), Svc(D(1, 22), "97140", 1, ("GP",)),
                                                      Svc(D(1, 22), "97116", 1, ("GP",))]),
        ("V-40102", "Felix Castellanos", "9F3301580", [Svc(D(1, 21), "92507", 1, ("GN",))]),
        ("V-40118", "Piper Castellanos", "9F3301611", [Svc(D(1, 27), "97530", 2, ("GO",)), Svc(D(1, 27), "97110", 1, ("GO",)),
                                                       Svc(D(1, 27), "97760", 1, ("GO",))]),
    ]
    for *_, ss in visits:
        for s in ss:
            commercial(s, st)
    pr = ("billed", "paid", "discount", "patient_owes")
    xs = [(40, "l"), (96, "l"), (200, "l"), (330, "l"), (400, "r"), (448, "r"), (494, "r"), (532, "r"), (572, "r")]
    allsv = [s for *_, ss in visits for s in ss]
    paid_pt = Decimal("45.00")
    due = total(allsv, "owes") - paid_pt

    def ph():
        doc.new_page()
        doc.text(40, 44, "Sprout & Stride Pediatric Therapy", "B", 13, color=(0.2, 0.45, 0.25))
        doc.text(40, 58, "311 Orchard Loop, Suite 4  ·  Bellhaven, OR 97390  ·  (541) 555-0172", "R", 8)
        doc.text(572, 44, "STATEMENT", "B", 12, "r")
        doc.text(572, 58, "Page %d of {N}" % doc.pno, "R", 8, "r")
        footer(doc, "Balances over 60 days may be referred to a payment plan. Thank you for trusting us with your family's care.")

    def th(y):
        doc.rect(38, y - 10, 536, 14, (0.88, 0.93, 0.88), None)
        for (x, al), h in zip(xs, ["Date", "Patient", "Description", "CPT", "Charge", "Ins. Paid", "Ins. Adj.",
                                   "Pt. Paid", "Balance"]):
            doc.text(x, y, h, "B", 7.5, al)
        return y + 15

    ph()
    doc.rect(40, 74, 532, 92, None, (0.4, 0.4, 0.4))
    doc.text(48, 90, "Please detach and return this portion with your payment.", "R", 7.5)
    doc.text(48, 106, "Responsible party: Daniela Castellanos", "B", 9)
    doc.text(48, 118, "907 Birchfield Ave, Bellhaven, OR 97391", "R", 8.5)
    for i, (lab, v) in enumerate((("Statement Date", "02/02/2026"), ("Account No.", "G-77104"),
                                  ("Amount Due", m(due, "$")), ("Due By", "02/27/2026"))):
        doc.text(400, 92 + 16 * i, lab, "R", 8.5)
        doc.text(564, 92 + 16 * i, v, "B", 9, "r")
    doc.hline(40, 572, 176, 0.5, (0.5, 0.5, 0.5))
    doc.text(40, 196, "Account activity since your last statement", "B", 10)
    y = th(216)
    pay_done = False
    for vno, pat, clm, ss in visits:
        if y + 14 * (len(ss) + 1) > 740 and not ss is visits[-1][3] and y > 700:
            ph()
            y = th(84)
        doc.text(40, y, f"Visit {vno}  ·  {pat}  ·  billed to Cascadia Employers Health, claim {clm}", "B", 7.5,
                 color=(0.25, 0.25, 0.25))
        y += 12
        for s in ss:
            if y > 740:
                doc.text(306, 756, "continued on next page", "R", 7.5, "c")
                ph()
                y = th(84)
                doc.text(40, y, f"Visit {vno} (continued)  ·  {pat}  ·  claim {clm}", "B", 7.5)
                y += 12
            ds = dfmt(s.dos, "mdy4")
            first = pat.split()[0]
            vals = [ds, first, s.desc[:24], "".join((s.code,) + s.mods), m(s.billed), m(s.paid), m(s.discount),
                    "0.00", m(s.owes)]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, vals)], "R", 7.5)
            doc.svc(T(s, vno, clm, pat, pr, units=False, overrides={"description": s.desc[:24]}), [toks], ds)
            y += 12
        if vno == "V-40066" and not pay_done:
            doc.texts(y, [(40, "01/16/2026", "l"), (200, "Patient payment - thank you (card)", "l"),
                          (532, m(paid_pt), "r")], "R", 7.5)
            y += 12
            pay_done = True
        doc.claim(vno, clm, pat, claim_totals())
        y += 4
    doc.hline(40, 572, y, 0.6)
    doc.texts(y + 12, [(40, "Totals", "l"), (400, m(total(allsv, "billed")), "r"), (448, m(total(allsv, "paid")), "r"),
                       (494, m(total(allsv, "discount")), "r"), (532, m(paid_pt), "r"), (572, m(due, "$"), "r")], "B", 8)
    doc.text(40, y + 34, "Your balance reflects coinsurance after Cascadia Employers Health processed each visit.", "R", 8)
    return doc, name, prod, [], [], False, "therapy clinic family statement, reportlab DejaVu Sans"


# =========================================================================================== e2
def e2():
    doc = Doc(False, {"R": "lserif", "B": "lserifB"})
    name, prod = "e2_hospital_family_statement", "fpdf2"
    REV = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420"}
    accts = [
        ("Harriet Quenneville", "HA-7100233418", "Orchard Valley Mutual", "OVM-26-0119-3341", [
            Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 5), "97110", 3, ("GP",), desc=LONG_DESC["97110"]),
            Svc(D(1, 5), "G0283", 1, ("GP",), desc=LONG_DESC["G0283"]), Svc(D(1, 8), "97110", 2, ("GP",)),
            Svc(D(1, 8), "97140", 2, ("GP",), desc=LONG_DESC["97140"]), Svc(D(1, 12), "97116", 2, ("GP",)),
            Svc(D(1, 12), "97110", 2, ("GP",)), Svc(D(1, 15), "97112", 2, ("GP",)), Svc(D(1, 15), "97530", 1, ("GP",)),
            Svc(D(1, 19), "97110", 3, ("GP",)), Svc(D(1, 19), "G0283", 1, ("GP",))]),
        ("Milo Quenneville", "HA-7100233502", "Orchard Valley Mutual", "OVM-26-0124-0077", [
            Svc(D(1, 9), "92523", 1, ()), Svc(D(1, 16), "92507", 1, ()), Svc(D(1, 23), "92507", 1, ())]),
        ("June Quenneville", "HA-7100233590", "Orchard Valley Mutual", "OVM-26-0127-2215", [
            Svc(D(1, 20), "99213", 1, ()), Svc(D(1, 20), "97760", 1, ("GO",), desc=LONG_DESC["97760"]),
            Svc(D(1, 20), "L3807", 1, ("LT",), desc=LONG_DESC["L3807"])]),
    ]
    st = PlanState(ded_left=Decimal("250.00"))
    for *_, ss in accts:
        for s in ss:
            commercial(s, st)
    xs = [(40, "l"), (96, "l"), (134, "l"), (204, "l"), (500, "r"), (572, "r")]

    def ph():
        doc.new_page()
        doc.text(40, 40, "ST. BRENDAN'S REGIONAL MEDICAL CENTER", "B", 13)
        doc.text(40, 54, "Patient Financial Services · 1400 Cathedral Hill Dr · Lanford, VT 05690 · 802-555-0163", "R", 8.5)
        doc.text(572, 40, "Family Statement", "B", 11, "r")
        doc.text(572, 54, "Page %d of {N}" % doc.pno, "R", 8.5, "r")
        doc.hline(40, 572, 62, 1.5)
        doc.hline(40, 572, 65, 0.5)
        footer(doc, "Financial assistance is available. Ask for our plain-language summary at 802-555-0163.")

    def th(y):
        for (x, al), h in zip(xs, ["Date", "Rev Cd", "CPT/HCPCS", "Description", "Qty", "Charges"]):
            doc.text(x, y, h, "B", 8.5, al)
        doc.hline(40, 572, y + 4, 0.6)
        return y + 15

    ph()
    doc.text(40, 88, "Guarantor: Harriet Quenneville", "B", 10)
    doc.text(40, 101, "66 Sugarbush Lane, Lanford, VT 05691", "R", 9)
    allsv = [s for *_, ss in accts for s in ss]
    due = total(allsv, "owes")
    doc.rect(372, 78, 200, 52, (0.95, 0.95, 0.9), (0, 0, 0))
    doc.text(380, 93, "Guarantor No. G00418839", "R", 9)
    doc.text(380, 107, "Statement Date 02/10/2026", "R", 9)
    doc.text(380, 122, f"Please Pay {m(due, '$')}", "B", 10)
    y = 156
    for pat, har, ins, clm, ss in accts:
        if y > 620:
            ph()
            y = 88
        doc.rect(40, y - 11, 532, 15, GREY, None)
        doc.text(44, y, f"Patient: {pat}    Hospital Account: {har}    Outpatient Rehabilitation", "B", 9)
        y = th(y + 18)
        for s in ss:
            lines = doc.wrap(s.desc, 260, "R", 8.5)
            if y + 11 * len(lines) > 735:
                doc.text(306, 752, "Account continued on next page", "R", 8, "c")
                ph()
                doc.text(44, 88, f"Patient: {pat}    Hospital Account: {har}  (continued)", "B", 9)
                y = th(106)
            ds = dfmt(s.dos, "mdy4")
            vals = [ds, REV[s.code[:2]], " ".join((s.code,) + s.mods), lines[0], units_str(s.units), m(s.billed)]
            toks = doc.texts(y, [(x, v, al) for (x, al), v in zip(xs, vals)], "R", 8.5)
            for k, l2 in enumerate(lines[1:], 1):
                doc.text(204, y + 11 * k, l2, "R", 8.5)
            doc.svc(T(s, har, clm, pat, ("billed",), overrides={"description": " ".join(lines)}), [toks], ds)
            y += 11 * len(lines) + 3
        need = 5 * 12 + 10
        if y + need > 740:
            ph()
            y = 88
        doc.hline(340, 572, y - 4, 0.5)
        rows = [("Total Charges", m(total(ss, "billed"))),
                (f"Payment - {ins}  Claim {clm}", money(-total(ss, "paid"), ",", "()")),
                (f"Contractual Adjustment - {ins}", money(-total(ss, "discount"), ",", "()")),
                ("Patient Responsibility (deductible/coinsurance)", m(total(ss, "owes")))]
        for i, (lab, v) in enumerate(rows):
            doc.text(560 - 360, y + 8 + 12 * i, lab, "B" if i in (0, 3) else "R", 8.5)
            doc.text(572, y + 8 + 12 * i, v, "B" if i in (0, 3) else "R", 8.5, "r")
        doc.claim(har, clm, pat, claim_totals(billed=total(ss, "billed")))
        y += 72
    doc.text(40, y, f"Amount due for all accounts: {m(due, '$')}", "B", 10)
    return doc, name, prod, [], [], False, "hospital family statement, fpdf2 Liberation Serif"


LAYOUTS = [a1, a2, b1, b2, c1, c2, d1, d2, e1, e2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout49_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for fn in LAYOUTS:
        r = fn()
        doc, name, prod, legend, findings, adj_complete, desc = r[:7]
        planted = r[7] if len(r) > 7 else set()
        path = out / f"{name}.pdf"
        doc.render(path, prod, name.replace("_", " "))
        write_truth(path, name, prod, len(doc.pages), desc, doc.lines, doc.claims, legend, findings)
        msg = f"{name}: {len(doc.lines)} lines, {len(doc.pages)} pages ({prod})"
        if check:
            errs = check_pdf(path, doc, adj_complete, planted)
            bad += len(errs)
            msg += f"  claims spanning pages: {doc.spanning}"
            msg += "  OK" if not errs else "\n   " + "\n   ".join(errs[:25])
        print(msg)
    print(out)
    if check:
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
