"""Write HELD-OUT set 145 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds (two each), in house styles of their own, written by an author who did not
read the reader (nothing under src/eobreader/ but model.py, nor its tests, docs, accuracy scripts or scores).

Run:  python bench/heldout145/make_heldout145_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout145/make_heldout145_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Helper module h145kit.py: drawing operations recorded
per page and emitted by reportlab or fpdf2, text measuring/wrapping, a flowing cursor, and the self-check.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, truth_line / write_truth), printed values only,
null for what a layout does not print (units null where no quantity is printed, modifiers [] where none are
printed, description null unless the full wording is printed). claim_id = the provider's own account /
patient-control / visit / hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN,
patient = the person served exactly as printed (never the subscriber or guarantor unless the same person).
Amounts printed as credits (parentheses, trailing or leading minus) are negative in the truth, e.g. insurance
payments on the family statements. Adjustments only where the page prints a group + reason code; plan note
letters, state EOB codes and RARCs are remarks. service_end only where a thru date is printed (d1). Claim
totals are recorded where the page prints them for a field that the lines also carry. Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Bracketed tags in a truth
description ([adj-complete], [plan-arith]) only steer the self-check.
Claims whose rows continue onto the next page: c1, c2, d1, s2.

Layouts:
  c1  commercial member EOB, portrait core Helvetica (reportlab): shaded two-line column heads "Amount billed /
      Network savings / Not covered / Amount allowed / Deductible / Coinsurance / Plan paid / You owe / Note",
      code glued before the (cut) wording "97530 Therapeutic activities", no units/modifiers, three family
      members, a 37-line monthly claim continued on page 2 with "(continued)" and the header repeated, a
      not-covered laser line, claim totals, deductible box, note legend
  c2  commercial "benefit statement", landscape DejaVu Sans Condensed (fpdf2): grey left sidebar (member, plan
      year meters), shaded member bands "Claim ... / Provider acct ...", "Visit date / Service & code / Qty /
      Provider billed / Your plan's price / Not covered / Copay / Plan paid / Your share / Why", dates "Jan 5"
      without year, "(97140/GP/59)", visit copay, an excluded G0283, a claim continued on page 2; PLANTED
      claim-total mismatch (Your share total +10.00) declared as an expected finding
  m1  Medicare Summary Notice Part B, portrait Liberation Sans (reportlab): deductible and "Did Medicare approve"
      boxes, long-date heading per claim ("January 6, 2026") with claim number and provider account number,
      rows "2 Therapeutic exercises (97110-GP-KX)", Charged / Medicare-Approved / Medicare Paid / Maximum You
      May Be Billed / See Notes, lettered notes, a denied laser line, one claim without an account number
  m2  Medicare Advantage HMO member EOB, portrait DejaVu Serif (fpdf2): year-to-date box, boxed claim headings
      with the provider's account number, "Date of service / Service you got (billing code) / Units / Amount
      billed / Plan-approved amount / Plan's share / Your share (copay) / Note", "(97140 GP 59)", per-visit copay
  d1  state Medicaid RA, mainframe print in core Courier, landscape (reportlab): "RECIP / RECIP ID / ICN / PAT
      ACCT" claim lines, LN / FROM-DOS / THRU-DOS (MM/DD/YYYY) / PROC / MD1 / MD2 / UNITS "3.00" / BILLED /
      ALLOWED / PAID-AMT / EOB, PAID CLAIMS and DENIED CLAIMS sections, CLAIM TOTAL rows, claim continued on
      page 2 with the header repeated and "CONTINUED", EOB code legend
  d2  state Medicaid RA, newer boxed PDF, portrait Liberation Sans Narrow (fpdf2): boxed claim headings
      "Recipient / Medicaid ID / Claim ICN / Patient Control # / Claim Status", Ln / DOS / Proc / Mods / Units
      / Billed Amt / Allowed Amt / TPL Amt / Copay / Adj Grp-CARC ("CO-45  201.70") / Paid Amt / RARC, a
      partially denied claim, payment summary
  r1  Medicare-style standard paper remit printed by a practice-management system, DejaVu Sans Mono portrait
      (reportlab): "NAME / MID / ACNT / ICN / ASG / MOA" claim line, PERF PROV / SERV DATE (MMDDYY from and
      thru) / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, further
      adjustments on sub-rows, REM rows, PT RESP and CLAIM TOTALS, ADJ TO TOTALS, glossary, two pages
  r2  clearinghouse 835 remittance detail report, landscape DejaVu Sans (fpdf2): ruled grid with patient, acct #
      and payer claim # on every row, "Mod" as "GO,59", Units, Charge / Allowed / Coins / Pt Resp /
      Adjustments ("CO-45: 38.00; PR-2: 30.40" in one cell) / Paid, a reversal with leading-minus amounts and
      its corrected claim, a denied evaluation, per-claim totals rows, check total
  s1  therapy clinic family statement to a guarantor, portrait DejaVu Sans (reportlab): detach line and amount
      due box, visit heading rows with the insurer's claim number, "97530GO" glued, Charges / Ins. paid /
      Ins. adj. as (credits) / Qty / Your part, three children, a self-pay child with no claim number
  s2  hospital outpatient-rehab family statement, portrait Liberation Serif (fpdf2): guarantor and account
      summary panels side by side, one hospital account per family member with the insurer's claim number,
      Date / Rev / HCPCS (no modifiers printed) / wrapped long descriptions / Units / Charges / Insurance
      (trailing-minus credit) / Adjust. / Balance, account totals, an account continued on page 2 with header

The self-check (--check) tests the factory, not the reader: page counts; every line's code, modifiers, units and
amounts on ONE text row of its page (pdfplumber words grouped by row; the row with the line's date preferred),
its service date on that row or in the heading above it, a printed thru date on the row, adjustment codes and
amounts and remarks on the row or the sub-rows under it, ids and patient names in the document text; the
documents' own arithmetic: billed - adjustments = paid where every adjustment is printed ([adj-complete]),
allowed - deductible - copay - coinsurance = paid and billed - discount - not covered = allowed where printed
([plan-arith]), claim totals = the sum of their lines and printed on the page, unless the mismatch is a planted
expected finding (and the planted one really mismatches).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eobgen import (  # noqa: E402
    FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,
    negate, total, truth_line, units_str, write_truth,
)
from h145kit import Doc, Flow, check_file, wrap  # noqa: E402

D = Decimal
J = lambda n: date(2026, 1, n)  # noqa: E731
MEMBER_P = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
            "patient_owes")


def short(t: str, n: int) -> str:
    """Cut a description at a word boundary, as a narrow column would."""
    return t if len(t) <= n else t[:n].rsplit(" ", 1)[0].rstrip(",")


def adjs(s: Svc) -> list:
    return [[g, c, a] for g, c, a in s.adjs if a]


# =========================================================================================== c1
def c1():
    """Commercial member EOB, reportlab core Helvetica portrait."""
    doc = Doc("reportlab")
    F, B = "Helvetica", "Helvetica-Bold"
    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.10"), allowed_rate=D("0.78"))
    fam = [
        ("Marisol Quennell", "Self", "HVT-20417", "E2601-338-0041", "Harborview Therapy Partners", [
            commercial(Svc(J(6), "97165", 1, ("GO",)), st), commercial(Svc(J(6), "97530", 2, ("GO",)), st)] + [
            commercial(Svc(J(d), c, u, ("GO",)), st) for d in (9, 16, 23) for c, u in (("97530", 2), ("97535", 1))]),
        ("Teodor Quennell", "Son", "HVT-20463", "E2601-338-0057", "Harborview Therapy Partners", [
            commercial(Svc(J(d), c, u, ("GO",)), st) for d in (2, 5, 6, 8, 9, 12, 13, 15, 16, 20, 22, 27)
            for c, u in (("97530", 2), ("97112", 1), ("97535", 1))] + [
            commercial(Svc(J(27), "0552T", 1, (), denied="PR"), st)]),
        ("Anneke Quennell", "Daughter", "LPC-7781", "E2601-338-0102", "Lindgren Pediatric Clinic", [
            commercial(Svc(J(14), "99213", 1), st), commercial(Svc(J(14), "97110", 1, ("GP",)), st)]),
    ]
    cols = [(40, "l"), (92, "l"), (258, "r"), (306, "r"), (354, "r"), (398, "r"), (442, "r"), (484, "r"),
            (526, "r"), (574, "r"), (580, "l")]
    heads = [("Date", ""), ("Service", ""), ("Amount", "billed"), ("Network", "savings"), ("Not", "covered"),
             ("Amount", "allowed"), ("Deduct-", "ible"), ("Co-", "insurance"), ("Plan", "paid"), ("You", "owe"),
             ("Note", "")]

    def furniture(d, first):
        d.text(40, 44, "SUMMIT RIDGE HEALTH PLAN", B, 14)
        d.text(40, 58, "PO Box 66120  Tulsa Junction, OK 74199-6120   |   Member Services 1-888-555-0147", F, 7.5)
        d.text(572, 44, "Explanation of Benefits", B, 11, "r")
        d.text(572, 58, "THIS IS NOT A BILL", B, 8, "r")
        d.line(40, 66, 572, 66, 1.2)
        d.text(306, 770, "Summit Ridge Health Plan is an invented name used for testing.", F, 6.5, "c")
        if not first:
            d.text(40, 80, "Subscriber: Marisol Quennell   Member ID: SRH884120377   Statement date: 02/09/2026", F, 7.5)
            return 96
        return 0

    def header(d, y):
        d.rect(38, y - 9, 538, 20, fill=0.88, stroke=False)
        for (x, al), (a, b) in zip(cols, heads):
            d.text(x, y, a, B, 6.5, al)
            if b:
                d.text(x, y + 8, b, B, 6.5, al)
        return y + 20

    furniture(doc, True)
    y = 82
    for lab, val in (("Subscriber", "Marisol Quennell"), ("Member ID", "SRH884120377"), ("Group", "ACME-TOOL 40211"),
                     ("Statement date", "02/09/2026")):
        doc.text(40, y, lab + ":", B, 8)
        doc.text(120, y, val, F, 8)
        y += 11
    doc.rect(340, 76, 232, 48, lw=0.6)
    doc.text(348, 88, "Your deductible this plan year", B, 8)
    doc.text(348, 100, "Family deductible $1,500.00   Met so far $150.00", F, 7.5)
    doc.text(348, 112, "Out-of-pocket limit $6,000.00   Met so far $441.26", F, 7.5)
    y = 140
    doc.text(40, y, "Claims processed for your family", B, 10)
    y += 18
    lines, claims = [], []
    fl = Flow(doc, y, 740, lambda d: furniture(d, False))
    for pat, rel, acct, clm, prov, svcs in fam:
        fl.need(60)
        d = doc
        d.text(40, fl.y, f"Patient: {pat} ({rel})", B, 8.5)
        d.text(250, fl.y, f"Claim number: {clm}", F, 8)
        d.text(420, fl.y, f"Received 01/30/2026", F, 8)
        fl.y += 11
        d.text(40, fl.y, f"Provider: {prov} (in network)", F, 8)
        d.text(250, fl.y, f"Patient account no.: {acct}", F, 8)
        fl.y += 16
        fl.y = header(d, fl.y)
        for s in svcs:
            if fl.need(12):
                d.text(40, fl.y, f"Patient: {pat} ({rel})  Claim number: {clm}  (continued)", B, 8.5)
                fl.y = header(d, fl.y + 16)
            note = "N4" if s.denied else ("D1" if s.deductible else "A2")
            vals = [dfmt(s.dos, "mdy2"), short(f"{s.code} {s.desc}", 34), money(s.billed, ","), money(s.discount, ","),
                    money(s.not_covered, ","), money(s.allowed, ","), money(s.deductible, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), note]
            for (x, al), v in zip(cols, vals):
                d.text(x, fl.y, v, F, 7, al)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=tuple(k for k in MEMBER_P if k != "copay"), units=False, modifiers=False,
                                    remarks=[note], description=False))
            fl.y += 11
        fl.need(30)
        d.line(40, fl.y - 7, 572, fl.y - 7, 0.4)
        tv = [money(total(svcs, a), ",") for a in ("billed", "discount", "not_covered", "allowed", "deductible",
                                                    "coinsurance", "paid", "owes")]
        d.text(92, fl.y, "Claim totals", B, 7)
        for (x, al), v in zip(cols[2:10], tv):
            d.text(x, fl.y, v, B, 7, al)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        fl.y += 24
    legend = [("A2", "The network rate applies; the savings are not yours to pay."),
              ("D1", "Part or all of this went toward the deductible."),
              ("N4", "Laser treatment of this kind is not a covered benefit under your plan.")]
    fl.need(60)
    doc.text(40, fl.y, "Notes", B, 9)
    fl.y += 12
    for k, v in legend:
        doc.text(40, fl.y, k, B, 7.5)
        doc.text(62, fl.y, v, F, 7.5)
        fl.y += 10
    n = doc.page_no
    for i, pg in enumerate(doc.pages, 1):
        pg.append(("text", 520, 780, f"Page {i} of {n}", F, 7))
    return doc, lines, claims, legend, [], (
        "commercial member EOB, family of three, columns billed/savings/not covered/allowed/deductible/"
        "coinsurance/plan paid/you owe, code glued to description, no units or modifiers; son's claim continues "
        "to page 2 under a repeated header [plan-arith]")


# =========================================================================================== c2
def c2():
    """Commercial member EOB with sidebar, fpdf2 DejaVu Sans Condensed landscape."""
    doc = Doc("fpdf2", landscape=True)
    F, B = "DejaVuSansCond", "DejaVuSansCond-Bold"
    st = PlanState(ded_left=D("0.00"), visit_copay=D("30.00"), allowed_rate=D("0.74"))
    fam = [
        ("Priya Brandvold", "VST-00921", "KX7Q-55034-A", "Brightwater Rehab Associates", [
            commercial(Svc(J(7), "92523", 1, ("GN",)), st), commercial(Svc(J(12), "92507", 1, ("GN",)), st),
            commercial(Svc(J(19), "92507", 1, ("GN",)), st)]),
        ("Oluwaseun Brandvold", "VST-00918", "KX7Q-55021-A", "Brightwater Rehab Associates", [
            commercial(Svc(J(d), c, u, m), st) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30) for c, u, m in (
                ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",)))]),
        ("Elio Brandvold", "DX-44190", "KX7Q-55102-B", "Copperline Hand & Upper Limb Clinic", [
            commercial(Svc(J(16), "97760", 1, ("GO",)), st), commercial(Svc(J(16), "L3807", 1, ("RT",)), st),
            commercial(Svc(J(16), "G0283", 1, (), denied="PR"), st)]),
    ]
    x0 = 190
    cols = [(x0, "l"), (x0 + 46, "l"), (x0 + 196, "r"), (x0 + 244, "r"), (x0 + 296, "r"), (x0 + 344, "r"),
            (x0 + 388, "r"), (x0 + 440, "r"), (x0 + 486, "r"), (x0 + 536, "r"), (x0 + 544, "l")]
    heads = ["Visit date", "Service & code", "Qty", "Provider billed", "Your plan's price", "Not covered",
             "Copay", "Plan paid", "Your share", "Why", ]

    def side(d):
        d.rect(24, 24, 150, 564, fill=0.93, stroke=False)
        d.text(32, 46, "NORTHFIELD", B, 13)
        d.text(32, 60, "MUTUAL CARE", B, 13)
        d.text(32, 80, "Benefit statement", F, 9)
        d.text(32, 104, "Primary member", B, 8)
        d.text(32, 116, "Oluwaseun Brandvold", F, 8)
        d.text(32, 128, "ID  NMC 3305 8812 04", F, 8)
        d.text(32, 150, "Plan year 2026 so far", B, 8)
        d.text(32, 162, "In-network deductible", F, 7.5)
        d.text(32, 173, "$0.00 of $0.00 (none)", F, 7.5)
        d.text(32, 187, "Out-of-pocket maximum", F, 7.5)
        d.text(32, 198, "$372.00 of $4,500.00", F, 7.5)
        d.text(32, 226, "Questions?", B, 8)
        d.text(32, 238, "Call 1-877-555-0162", F, 7.5)
        d.text(32, 249, "(TTY 711), weekdays 8-6", F, 7.5)
        d.text(32, 560, "Keep this for your records.", F, 7)
        d.text(32, 571, "Not a bill.", F, 7)

    def head(d, y):
        d.line(x0, y - 10, 766, y - 10, 0.8)
        for (x, al), h in zip(cols, heads):
            parts = h.split(" ", 1) if al == "r" and " " in h else [h]
            for k, p in enumerate(parts):
                d.text(x, y + 9 * k, p, B, 7, al)
        d.line(x0, y + 13, 766, y + 13, 0.4)
        return y + 24

    def restart(d):
        side(d)
        d.text(x0, 44, "Benefit statement (continued)  -  statement date Feb 11, 2026", B, 9)
        return 66

    side(doc)
    doc.text(x0, 44, "Here is how your recent claims were handled", B, 12)
    doc.text(x0, 60, "Statement date Feb 11, 2026   Covers claims finished Jan 20 - Feb 10, 2026", F, 8)
    y = 84
    fl = Flow(doc, y, 572, restart)
    lines, claims = [], []
    why = {"A": "Your plan's price is the amount the provider agreed to take.", "C": "Office copay for this visit.",
           "X": "This stimulation service is excluded from your coverage."}
    findings = []
    for pat, acct, clm, prov, svcs in fam:
        fl.need(70)
        doc.rect(x0, fl.y - 10, 576, 28, fill=0.85, stroke=False)
        doc.text(x0 + 4, fl.y, f"{pat}", B, 9)
        doc.text(x0 + 160, fl.y, f"Claim {clm}", F, 8)
        doc.text(x0 + 300, fl.y, f"Provider acct {acct}", F, 8)
        doc.text(x0 + 4, fl.y + 12, prov, F, 7.5)
        fl.y += 34
        fl.y = head(doc, fl.y)
        for s in svcs:
            if fl.need(12):
                doc.text(x0, fl.y, f"{pat} - claim {clm} continued", B, 8)
                fl.y = head(doc, fl.y + 16)
            w = "X" if s.denied else ("C" if s.copay else "A")
            code = "/".join((s.code,) + s.mods)
            vals = [dfmt(s.dos, "mon").replace(", 2026", ""), f"{s.desc[:22]} ({code})", units_str(s.units),
                    money(s.billed), money(s.allowed), money(s.not_covered), money(s.copay), money(s.paid),
                    money(s.owes), w]
            for (x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, F, 7, al)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "not_covered", "copay", "paid", "patient_owes"),
                                    remarks=[w], description=False))
            fl.y += 12
        owes = total(svcs, "owes")
        printed_owes = owes
        if clm == "KX7Q-55034-A":
            printed_owes = owes + D("10.00")
            findings.append(f"claim-total-mismatch claim {clm}: printed Your share total {printed_owes} but the "
                            f"lines add up to {owes}")
        doc.line(x0, fl.y - 8, 766, fl.y - 8, 0.4)
        doc.text(x0 + 46, fl.y, "Total for this claim", B, 7)
        for (x, al), v in zip(cols[3:9], (total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "not_covered"),
                                          total(svcs, "copay"), total(svcs, "paid"), printed_owes)):
            doc.text(x, fl.y, money(v), B, 7, al)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), printed_owes)})
        fl.y += 26
    fl.need(50)
    doc.text(x0, fl.y, "What the letters in the Why column mean", B, 8)
    for k, v in why.items():
        fl.y += 11
        doc.text(x0, fl.y, f"{k}  {v}", F, 7.5)
    return doc, lines, claims, list(why.items()), findings, (
        "commercial benefit statement with a left sidebar, three family members, code with slash modifiers in "
        "parentheses after words, Qty, visit copay, an excluded G0283, first claim continues to page 2 with "
        "repeated header; PLANTED Your share total +10.00")


# =========================================================================================== m1
def m1():
    """Medicare Summary Notice Part B, reportlab Liberation Sans portrait."""
    doc = Doc("reportlab")
    F, B = "LibSans", "LibSans-Bold"
    st = PlanState(ded_left=D("40.00"))
    pat = "WINIFRED A. CALLOWAY"
    clm = [
        ("03-26019-774-210", J(6), "Fernhill Outpatient Therapy", "FOT118204", [
            medicare(Svc(J(6), "97161", 1, ("GP",)), st), medicare(Svc(J(6), "97110", 2, ("GP",)), st)]),
        ("03-26023-118-540", J(13), "Fernhill Outpatient Therapy", "FOT118377", [
            medicare(Svc(J(13), c, u, ("GP", "KX")), st) for c, u in (("97110", 2), ("97140", 1), ("97112", 1),
                                                                     ("97116", 1), ("97530", 2))] + [
            medicare(Svc(J(13), "0552T", 1, (), denied="PR"), st)]),
        ("03-26030-552-031", J(20), "Dr. Ines Vallejo-Hart", None, [medicare(Svc(J(20), "99213", 1), st)]),
    ]
    for _, _, _, _, svcs in clm:
        for s in svcs:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [(50, "l"), (330, "r"), (400, "r"), (468, "r"), (530, "r"), (540, "l")]

    def furniture(d, pno):
        d.text(50, 46, "Medicare Summary Notice for Part B (Medical Insurance)", B, 13)
        d.text(50, 62, "The Official Summary of Your Medicare Claims from a test contractor", F, 8)
        d.text(50, 74, f"{pat}", B, 9)
        d.text(560, 74, f"February 3, 2026    Page {pno} of PAGES", F, 8, "r")
        d.line(50, 82, 562, 82, 1.5)
        d.text(306, 772, "THIS IS NOT A BILL  |  Demonstration document, all names invented", F, 7, "c")

    def head(d, y):
        d.rect(50, y - 10, 512, 30, fill=0.9, stroke=False)
        hs = [("Service Provided &", "Billing Code"), ("Amount Provider", "Charged"), ("Medicare-", "Approved"),
              ("Amount Medicare", "Paid"), ("Maximum You", "May Be Billed"), ("See", "Notes")]
        for (x, al), (a, b) in zip(cols, hs):
            d.text(x, y, a, B, 7.5, al)
            d.text(x, y + 9, b, B, 7.5, al)
        return y + 28

    furniture(doc, 1)
    doc.rect(50, 94, 250, 80, lw=1)
    doc.text(58, 108, "Your Deductible Status", B, 10)
    doc.text(58, 122, "Your deductible is what you must pay for", F, 8)
    doc.text(58, 132, "most health services before Medicare pays.", F, 8)
    doc.text(58, 148, "You have now met $283.00 of your $283.00", F, 8)
    doc.text(58, 158, "Part B deductible for 2026.", F, 8)
    doc.rect(312, 94, 250, 80, lw=1)
    doc.text(320, 108, "Did Medicare approve all services?", B, 9)
    doc.text(320, 122, "NO  -  Medicare denied 1 service. See page 2.", F, 8)
    doc.text(320, 140, "Total You May Be Billed", B, 9)
    allsv = [s for c in clm for s in c[4]]
    doc.text(320, 156, money(total(allsv, "owes")), B, 12)
    doc.text(50, 196, "Your Claims & Costs This Period", B, 11)
    fl = Flow(doc, 216, 740, lambda d: (furniture(d, d.page_no), 100)[1])
    lines, claims = [], []
    for cn, dos, prov, acct, svcs in clm:
        fl.need(90)
        doc.text(50, fl.y, f"{dfmt(dos, 'month')}", B, 9.5)
        fl.y += 12
        doc.text(50, fl.y, f"{prov}, 4400 Alder Crest Rd, Suite 2, Pinewick, VT 05999", F, 8)
        fl.y += 10
        if acct:
            doc.text(50, fl.y, f"Claim number {cn}   Your provider's account number {acct}", F, 8)
        else:
            doc.text(50, fl.y, f"Claim number {cn}", F, 8)
        fl.y += 10
        doc.text(50, fl.y, "Provider accepted the Medicare-approved amount", F, 8)
        fl.y += 18
        fl.y = head(doc, fl.y)
        for s in svcs:
            text = f"{units_str(s.units)} {s.desc} ({s.code}{'-' if s.mods else ''}{'-'.join(s.mods)})"
            parts = wrap(text, F, 8, 200)
            if fl.need(11 * len(parts) + 2):
                doc.text(50, fl.y, f"{dfmt(dos, 'month')} (continued)  Claim number {cn}", B, 9)
                fl.y = head(doc, fl.y + 16)
            for p in parts[:-1]:
                doc.text(50, fl.y, p, F, 8)
                fl.y += 10
            doc.text(50, fl.y, parts[-1], F, 8)
            vals = [money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            for (x, al), v in zip(cols[1:], vals):
                doc.text(x, fl.y, v, F, 8, al)
            # code and modifiers must be on the amount row: the code group ends the description
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=cn, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    description=False))
            fl.y += 13
        doc.line(50, fl.y - 9, 562, fl.y - 9, 0.5)
        doc.text(50, fl.y, "Total for this claim", B, 8)
        for (x, al), a in zip(cols[1:5], ("billed", "allowed", "paid", "owes")):
            doc.text(x, fl.y, money(total(svcs, a)), B, 8, al)
        claims.append({"claim_id": acct, "payer_claim_id": cn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        fl.y += 26
    legend = [("A", "The amount Medicare paid went straight to the provider; you may owe the coinsurance."),
              ("B", "Some of this approved amount counted toward your yearly deductible."),
              ("C", "Medicare does not cover this laser service; you may be billed for it.")]
    fl.need(60)
    doc.text(50, fl.y, "Notes for Claims Above", B, 10)
    for k, v in legend:
        fl.y += 12
        doc.text(50, fl.y, f"{k}  {v}", F, 8)
    n = doc.page_no
    doc.pages = [[(o[0], o[1], o[2], o[3].replace("PAGES", str(n)), *o[4:]) if o[0] == "text" else o for o in pg]
                 for pg in doc.pages]
    return doc, lines, claims, legend, [], (
        "Medicare Summary Notice Part B: date heading per claim, count + words + (code-mods) with wrapping, "
        "charged/approved/paid/may be billed, lettered notes; second claim continues onto the next page")


# =========================================================================================== m2
def m2():
    """Medicare Advantage member EOB, fpdf2 DejaVu Serif portrait."""
    doc = Doc("fpdf2")
    F, B = "DejaVuSerif", "DejaVuSerif-Bold"
    pat = "Gustavo R. Ellingsworth"
    clms = [
        ("MA26-0114-00871", "SPC-55120", "Saltmarsh Physical Therapy", [
            (Svc(J(8), "97163", 1, ("GP",)), "45.00"), (Svc(J(8), "97110", 2, ("GP",)), "0.00")]),
        ("MA26-0121-00342", "SPC-55187", "Saltmarsh Physical Therapy", [
            (Svc(J(d), c, u, m), "45.00" if c == "97110" else "0.00") for d in (12, 15)
            for c, u, m in (("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("97116", 1, ("GP",)))]),
        ("MA26-0128-01905", "HL-3319-02", "Heronwood Family Medicine", [(Svc(J(22), "99213", 1), "20.00"),
                                                                      (Svc(J(22), "G0283", 1, ("GP",)), "0.00")]),
    ]
    for _, _, _, sv in clms:
        for s, cp in sv:
            s.allowed = D(str(round(float(D(__import__("eobgen").SCHED[s.code]) * s.units) * 1.04, 2)))
            s.allowed = s.allowed.quantize(D("0.01"))
            s.copay = min(D(cp), s.allowed)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
    cols = [(44, "l"), (104, "l"), (300, "r"), (346, "r"), (414, "r"), (462, "r"), (514, "r"), (566, "r")]
    hs = [("Date of", "service"), ("Service you got", "(billing code)"), ("", "Units"), ("Amount", "billed"),
          ("Plan-approved", "amount"), ("Plan's", "share"), ("Your share", "(copay)"), ("", "Note")]

    def head(d, y):
        d.line(44, y - 12, 568, y - 12, 1)
        for (x, al), (a, b) in zip(cols, hs):
            if a:
                d.text(x, y, a, B, 7, al)
            d.text(x, y + 9, b, B, 7, al)
        d.line(44, y + 14, 568, y + 14, 0.5)
        return y + 26

    def top(d):
        d.text(44, 40, "Cedar Basin Advantage (HMO)", B, 12)
        d.text(44, 54, "A Medicare Advantage plan - Explanation of Benefits for Jan 1 - Jan 31, 2026", F, 8)
        d.text(568, 40, f"Member: {pat}", F, 8, "r")
        d.text(568, 51, "Member ID: CBA-00471-93", F, 8, "r")
        d.line(44, 62, 568, 62, 2)
        return 84

    y = top(doc)
    doc.rect(44, y - 10, 524, 58, fill=0.95)
    doc.text(52, y + 2, "Your total costs so far in 2026", B, 9)
    doc.text(52, y + 16, "Copays and coinsurance paid toward your in-network out-of-pocket maximum", F, 7.5)
    allsv = [s for c in clms for s, _ in c[3]]
    doc.text(52, y + 30, f"This month {money(total(allsv, 'owes'))}     Year to date {money(total(allsv, 'owes'))}"
             f"     Maximum $5,400.00", F, 8)
    y += 70
    doc.text(44, y, "Your claims, one at a time", B, 10)
    fl = Flow(doc, y + 22, 742, top)
    lines, claims = [], []
    for cn, acct, prov, sv in clms:
        svcs = [s for s, _ in sv]
        fl.need(80)
        doc.rect(44, fl.y - 10, 524, 26, lw=0.6)
        doc.text(50, fl.y, f"Claim {cn}", B, 8)
        doc.text(210, fl.y, f"Provider: {prov}", F, 8)
        doc.text(50, fl.y + 11, "In-network", F, 7.5)
        doc.text(210, fl.y + 11, f"Provider's account number {acct}   Processed Jan 30, 2026", F, 7.5)
        fl.y += 36
        fl.y = head(doc, fl.y)
        for s in svcs:
            note = "1" if s.copay else "2"
            desc = f"{s.desc} ({s.code}{(' ' + ' '.join(s.mods)) if s.mods else ''})"
            vals = [dfmt(s.dos, "mdy4"), desc, units_str(s.units), money(s.billed), money(s.allowed), money(s.paid),
                    money(s.copay), note]
            for (x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, F, 7, al)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=cn, patient=pat,
                                    printed=("billed", "allowed", "paid", "copay", "patient_owes"), remarks=[note],
                                    description=False))
            fl.y += 12
        doc.text(104, fl.y + 2, "Claim totals", B, 7)
        for (x, al), a in zip(cols[3:7], ("billed", "allowed", "paid", "owes")):
            doc.text(x, fl.y + 2, money(total(svcs, a)), B, 7, al)
        claims.append({"claim_id": acct, "payer_claim_id": cn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        fl.y += 28
    legend = [("1", "A copay applies to this visit under your plan's therapy benefit."),
              ("2", "No copay for this service; the plan paid the approved amount in full.")]
    fl.need(40)
    doc.text(44, fl.y, "Notes", B, 9)
    for k, v in legend:
        fl.y += 11
        doc.text(44, fl.y, f"{k}  {v}", F, 7.5)
    for i, pg in enumerate(doc.pages, 1):
        pg.append(("text", 500, 772, f"Page {i} of {doc.page_no}", F, 7))
    return doc, lines, claims, legend, [], (
        "Medicare Advantage HMO member EOB, boxed claim headings with provider's account number, code and "
        "space-separated modifiers in parentheses, Units, billed/approved/plan share/your share (copay) [plan-arith]")


# =========================================================================================== d1
def d1():
    """State Medicaid RA, mainframe print, reportlab core Courier landscape."""
    doc = Doc("reportlab", landscape=True)
    F, B = "Courier", "Courier-Bold"
    sz = 7.6
    cw = 0.6 * sz

    def at(col, y, s, font=F):
        doc.text(30 + col * cw, y, s, font, sz)

    paid = [
        ("BARRINGTON, NOEMI", "70331845520", "2602600411730", "PCN88120", [
            medicaid(Svc(J(d), c, u, m)) for d in (6, 8) for c, u, m in (("97530", 3, ("GO",)), ("97535", 1, ("GO",)))]),
        ("FAIRWEATHER, KOFI", "70331845947", "2602600411745", "PCN88133", [
            medicaid(Svc(J(d), "92507", 1, ("GN",))) for d in (5, 7, 12, 14, 19, 21, 26, 28)] + [
            medicaid(Svc(J(9), "92526", 1, ("GN",)))]),
        ("ODUYA, SAMIRA", "70331846210", "2602600411762", "PCN88140", [
            medicaid(Svc(J(d), c, u, m)) for d in (13, 20, 27) for c, u, m in (
                ("97110", 2, ("GP",)), ("97112", 2, ("GP",)), ("97140", 1, ("GP",)))]),
    ]
    paid.insert(2, ("QUILLFEATHER, DARIUS", "70331846033", "2602600411751", "PCN88137", [
        medicaid(Svc(J(d), c, u, m)) for d in (5, 7, 9, 12, 14, 16, 21, 23, 26, 28) for c, u, m in (
            ("97530", 2, ("GO",)), ("97165", 1, ("GO",)) if d == 5 else ("97112", 1, ("GO", "59")))]))
    denied = [("LINDQVIST, AUGUST", "70331847005", "2602600411801", "PCN88152", [
        medicaid(Svc(J(15), "97150", 1, ("GO",), denied="CO")), medicaid(Svc(J(15), "97530", 2, ("GO",)))])]
    for grp in (paid, denied):
        for c in grp:
            for s in c[4]:
                s.remarks = ["0427"] if s.denied else ["0011"]
    for s in denied[0][4]:
        if not s.denied:
            s.remarks = ["0011"]
    hdr = "LN  FROM-DOS  THRU-DOS  PROC   MD1 MD2  UNITS     BILLED    ALLOWED   PAID-AMT  EOB"

    def top(d, section):
        at(0, 30, "STATE OF NORTH TALLIS   DEPARTMENT OF HEALTH CARE FINANCE   MEDICAL ASSISTANCE PROGRAM", B)
        at(0, 41, "REMITTANCE ADVICE - PROFESSIONAL SERVICES")
        at(110, 41, f"RA NUMBER 0008841207    DATE 02/06/2026    PAGE {d.page_no:>3} OF PAGES")
        at(0, 52, "PROVIDER: WILLOWBEND PEDIATRIC THERAPY LLC      PROVIDER NO 004417730  NPI 1999011223")
        at(0, 63, "-" * 150)
        at(0, 74, f"*** {section} ***", B)
        at(0, 88, hdr, B)
        at(0, 96, "-" * 150)
        return 108

    state = {"section": "PAID CLAIMS"}
    y = top(doc, state["section"])
    fl = Flow(doc, y, 560, lambda d: top(d, state["section"]))
    lines, claims = [], []
    for section, grp in (("PAID CLAIMS", paid), ("DENIED CLAIMS", denied)):
        if section != state["section"]:
            state["section"] = section
            fl.need(60)
            fl.y += 6
            at(0, fl.y, f"*** {section} ***", B)
            fl.y += 14
        for name, rid, icn, pcn, svcs in grp:
            fl.need(36)
            at(0, fl.y, f"RECIP: {name:<22} RECIP ID: {rid}  ICN: {icn}  PAT ACCT: {pcn}")
            fl.y += 11
            for k, s in enumerate(svcs, 1):
                if fl.need(10):
                    at(0, fl.y, f"RECIP: {name:<22} RECIP ID: {rid}  ICN: {icn}  PAT ACCT: {pcn}  CONTINUED")
                    fl.y += 11
                m = list(s.mods) + ["", ""]
                row = (f"{k:02d}  {dfmt(s.dos, 'mdy4')}  {dfmt(s.dos, 'mdy4')}  {s.code}  {m[0]:<3} {m[1]:<3} "
                       f"{s.units:>6.2f} {s.billed:>10.2f} {s.allowed:>10.2f} {s.paid:>10.2f}  {s.remarks[0]}")
                at(0, fl.y, row)
                lines.append(truth_line(doc.page_no, s, claim_id=pcn, payer_claim_id=icn, patient=name,
                                        printed=("billed", "allowed", "paid"), service_end=s.dos,
                                        remarks=s.remarks, description=False))
                fl.y += 10
            at(0, fl.y, f"    CLAIM TOTAL{'':<28}{total(svcs, 'billed'):>10.2f} {total(svcs, 'allowed'):>10.2f} "
               f"{total(svcs, 'paid'):>10.2f}")
            claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": name, "totals": claim_totals(
                total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
            fl.y += 16
    legend = [("0011", "PAID PER THE STATE FEE SCHEDULE. RECIPIENT MAY NOT BE CHARGED THE DIFFERENCE."),
              ("0427", "GROUP SESSION LIMIT FOR THE BENEFIT PERIOD HAS BEEN REACHED.")]
    fl.need(50)
    at(0, fl.y, "EOB CODE DESCRIPTIONS", B)
    for k, v in legend:
        fl.y += 10
        at(0, fl.y, f"{k}  {v}")
    n = doc.page_no
    doc.pages = [[(o[0], o[1], o[2], o[3].replace("PAGES", f"{n:>3}"), *o[4:]) if o[0] == "text" else o for o in pg]
                 for pg in doc.pages]
    return doc, lines, claims, legend, [], (
        "state Medicaid RA, mainframe Courier landscape: RECIP/RECIP ID/ICN/PAT ACCT claim line, FROM-DOS and "
        "THRU-DOS, MD1/MD2, units 3.00, 4-digit EOB codes, PAID and DENIED sections, claim continues to page 2")


# =========================================================================================== d2
def d2():
    """State Medicaid RA, newer boxed PDF, fpdf2 Liberation Sans Narrow portrait."""
    doc = Doc("fpdf2")
    F, B = "LibNarrow", "LibNarrow-Bold"
    cl = [
        ("Haverty, Josephine M", "MX40021877", "1026034005518", "BK-60114", "PAID", [
            medicaid(Svc(J(6), "97166", 1, ("GO",))), medicaid(Svc(J(6), "97530", 2, ("GO", "59")))]),
        ("Haverty, Ruben", "MX40021885", "1026034005526", "BK-60121", "PAID", [
            medicaid(Svc(J(d), "97530", 2, ("GO",))) for d in (9, 16, 23)] + [
            medicaid(Svc(J(30), "97168", 1, ("GO",)))]),
        ("Nakamura-Doyle, Iris", "MX40033120", "1026034005534", "BK-60139", "PARTIAL", [
            medicaid(Svc(J(12), "97533", 1, ("GO",)) if False else Svc(J(12), "97535", 2, ("GO",))),
            medicaid(Svc(J(12), "97129", 1, ("GO",)), deny_reason="96"),
            medicaid(Svc(J(12), "97760", 1, ("GO",), denied="CO"), deny_reason="197")]),
    ]
    cl[2][5][0] = medicaid(cl[2][5][0])
    for c in cl:
        for s in c[5]:
            s.remarks = ["N54"] if s.denied else []
    cols = [(40, "l"), (58, "l"), (104, "l"), (140, "l"), (184, "r"), (232, "r"), (280, "r"), (322, "r"),
            (366, "r"), (376, "l"), (470, "r"), (480, "l")]
    hs = ["Ln", "DOS", "Proc", "Mods", "Units", "Billed Amt", "Allowed Amt", "TPL Amt", "Copay", "Adj Grp-CARC",
          "Paid Amt", "RARC"]

    def top(d):
        d.rect(36, 30, 540, 42, lw=1)
        d.text(44, 46, "Bayou Crescent Medicaid Program", B, 13)
        d.text(44, 60, "Remittance Advice - Professional Claims", F, 9)
        d.text(568, 46, "Payment date 02/13/2026", F, 8, "r")
        d.text(568, 58, "EFT trace 884410027319", F, 8, "r")
        d.text(44, 86, "Payee: Magnolia Street Therapy Group   Medicaid Provider ID 77014528   NPI 1888000451", F, 8)
        return 106

    def head(d, y):
        d.rect(36, y - 9, 540, 13, fill=0.86, stroke=False)
        for (x, al), h in zip(cols, hs):
            d.text(x, y, h, B, 7, al)
        return y + 13

    y = top(doc)
    fl = Flow(doc, y, 736, top)
    lines, claims = [], []
    for name, mid, icn, pcn, status, svcs in cl:
        fl.need(64)
        doc.rect(36, fl.y - 9, 540, 26, lw=0.7)
        doc.text(40, fl.y, f"Recipient: {name}", B, 8)
        doc.text(220, fl.y, f"Medicaid ID: {mid}", F, 8)
        doc.text(380, fl.y, f"Claim ICN: {icn}", F, 8)
        doc.text(40, fl.y + 11, f"Patient Control #: {pcn}", F, 8)
        doc.text(220, fl.y + 11, f"Claim Status: {status}", F, 8)
        doc.text(380, fl.y + 11, "Claim type: 837P", F, 8)
        fl.y += 30
        fl.y = head(doc, fl.y)
        for k, s in enumerate(svcs, 1):
            ad = adjs(s)
            vals = [str(k), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.2f}", money(s.billed, ","),
                    money(s.allowed, ","), "0.00", "0.00",
                    f"{ad[0][0]}-{ad[0][1]}  {money(ad[0][2], ',')}" if ad else "", money(s.paid, ","),
                    " ".join(s.remarks)]
            for (x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, F, 7.5, al)
            lines.append(truth_line(doc.page_no, s, claim_id=pcn, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=ad, remarks=s.remarks,
                                    description=False))
            fl.y += 12
            doc.line(36, fl.y - 8, 576, fl.y - 8, 0.2)
        doc.text(58, fl.y + 2, "Claim totals", B, 7.5)
        for (x, al), a in ((cols[5], "billed"), (cols[6], "allowed"), (cols[10], "paid")):
            doc.text(x, fl.y + 2, money(total(svcs, a), ","), B, 7.5, al)
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": name, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        fl.y += 26
    allsv = [s for c in cl for s in c[5]]
    fl.need(80)
    doc.rect(36, fl.y - 10, 540, 40, fill=0.95)
    doc.text(44, fl.y + 2, f"Payment summary   Claims 3   Billed {money(total(allsv, 'billed'), ',')}   Paid "
             f"{money(total(allsv, 'paid'), ',')}", B, 8)
    doc.text(44, fl.y + 16, "Adjustment groups: CO = contractual obligation.  Reason and remark codes are the "
             "national code sets; see your companion guide.", F, 7.5)
    for i, pg in enumerate(doc.pages, 1):
        pg.append(("text", 306, 770, f"Page {i} of {doc.page_no}", F, 7.5, ))
    return doc, lines, claims, [], [], (
        "state Medicaid RA, boxed claim headings (Recipient/Medicaid ID/Claim ICN/Patient Control #/Claim Status), "
        "Mods space-separated, Units 2.00, TPL and Copay columns (zero), Adj Grp-CARC with amount, RARC, a partly "
        "denied claim [adj-complete]")


# =========================================================================================== r1
def r1():
    """Medicare-style paper remit printed by a practice-management system, reportlab DejaVu Sans Mono portrait."""
    doc = Doc("reportlab")
    F, B = "DejaVuMono", "DejaVuMono-Bold"
    sz = 7.0
    cw = 0.602 * sz

    def at(col, y, s, font=F):
        doc.text(36 + col * cw, y, s, font, sz)

    st = PlanState(ded_left=D("60.00"))
    pts = [
        ("DELACROIX, HARLAN", "4TQ8WX2NM61", "OPT-31880", "2226012004110", [
            medicare(Svc(J(d), c, u, m), st) for d in (5, 7) for c, u, m in (
                ("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "59")), ("97530", 1, ("GP",)))]),
        ("PEMBERTON-OSEI, MAUD", "7JD2RK9QA34", "OPT-31893", "2226012004228", [
            medicare(Svc(J(d), c, u, m), st) for d in (6, 9, 13, 16) for c, u, m in (
                ("97110", 2, ("GP", "CQ")), ("97112", 1, ("GP", "CQ")))] + [
            medicare(Svc(J(16), "97116", 1, ("GP",), denied="CO"), st, deny_reason="151")]),
        ("STRAND, ELOISE", "2MV5HC7TK80", "OPT-31907", "2226012004306", [
            medicare(Svc(J(12), "97163", 1, ("GP",)), st), medicare(Svc(J(12), "G0283", 1, ("GP",)), st)]),
    ]
    for p in pts:
        for s in p[4]:
            s.remarks = ["N640"] if s.denied else []
    hdr1 = "PERF PROV   SERV DATE   POS NOS  PROC   MODS        BILLED   ALLOWED   DEDUCT    COINS  GRP/RC-AMT      PROV PD"

    def top(d):
        at(0, 34, "PINECLIFF PRACTICE SERVICES - REMITTANCE PRINT (from 835)", B)
        at(0, 44, "PAYER: MEDICARE PART B - JURISDICTION TEST CONTRACTOR     PROVIDER # 55R0812     NPI 1777004410")
        at(0, 54, f"CHECK/EFT # 0001998247   DATE 02/04/2026                    PAGE {d.page_no} OF PAGES")
        at(0, 64, "PAYEE: TAMARACK SPRINGS OUTPATIENT THERAPY, 18 MILLRACE WAY, OWLS HEAD FLATS, ME 04999")
        at(0, 78, hdr1, B)
        at(0, 86, "_" * 112)
        return 100

    y = top(doc)
    fl = Flow(doc, y, 740, top)
    lines, claims = [], []
    for name, mbi, acnt, icn, svcs in pts:
        fl.need(40)
        at(0, fl.y, f"NAME {name:<22} MID {mbi}  ACNT {acnt}   ICN {icn}  ASG Y  MOA MA01")
        fl.y += 11
        for s in svcs:
            ad = adjs(s)
            if fl.need(10 * len(ad) + 2):
                at(0, fl.y, f"NAME {name:<22} MID {mbi}  ACNT {acnt}   ICN {icn}  (CONT)")
                fl.y += 11
            first = f"{ad[0][0]}-{ad[0][1]}" if ad else ""
            row = (f"1999220471  {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} 11 {units_str(s.units):>3}  {s.code}  "
                   f"{' '.join(s.mods):<10}{s.billed:>8.2f} {s.allowed:>9.2f} {s.deductible:>8.2f} "
                   f"{s.coinsurance:>8.2f}  {first:<7}{(ad[0][2] if ad else ZERO):>8.2f} {s.paid:>8.2f}")
            at(0, fl.y, row)
            for g, c, a in ad[1:]:
                fl.y += 9
                at(82, fl.y, f"{g}-{c:<4}{a:>8.2f}")
            if s.remarks:
                fl.y += 9
                at(12, fl.y, f"REM: {' '.join(s.remarks)}")
            lines.append(truth_line(doc.page_no, s, claim_id=acnt, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=ad, remarks=s.remarks, description=False))
            fl.y += 11
        pr = total(svcs, "owes")
        at(0, fl.y, f"PT RESP {pr:>9.2f}{'':<11}CLAIM TOTALS  {total(svcs, 'billed'):>10.2f} "
           f"{total(svcs, 'allowed'):>9.2f} {total(svcs, 'deductible'):>8.2f} {total(svcs, 'coinsurance'):>8.2f}  "
           f"{'':<7}{'':>8} {total(svcs, 'paid'):>8.2f}")
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": name, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        fl.y += 9
        at(0, fl.y, "ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET " +
           f"{total(svcs, 'paid'):.2f}")
        fl.y += 18
    legend = [("CO-45", "charge above the fee schedule"), ("PR-1", "deductible"), ("PR-2", "coinsurance"),
              ("CO-253", "sequestration reduction"), ("CO-151", "frequency not supported by the record")]
    fl.need(60)
    at(0, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", B)
    for k, v in legend:
        fl.y += 9
        at(0, fl.y, f"{k:<8}{v}")
    n = doc.page_no
    doc.pages = [[(o[0], o[1], o[2], o[3].replace("PAGES", str(n)), *o[4:]) if o[0] == "text" else o for o in pg]
                 for pg in doc.pages]
    return doc, lines, claims, legend, [], (
        "Medicare-style standard paper remit printed by a PM system, monospace: NAME/MID/ACNT/ICN claim line, "
        "MMDDYY from/thru, POS, NOS, MODS, extra GRP/RC-AMT on sub-rows, REM rows, PT RESP and CLAIM TOTALS "
        "[adj-complete]")


# =========================================================================================== r2
def r2():
    """Clearinghouse ERA detail report, fpdf2 DejaVu Sans landscape, ruled grid."""
    doc = Doc("fpdf2", landscape=True)
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    st = PlanState(ded_left=D("0.00"), coins_rate=D("0.20"), allowed_rate=D("0.80"))
    old = [commercial(Svc(J(7), "97535", 2, ("GO",)), st), commercial(Svc(J(7), "97530", 2, ("GO",)), st)]
    rev = [negate(s) for s in old]
    new = [commercial(Svc(J(7), "97535", 3, ("GO",)), st), commercial(Svc(J(7), "97530", 2, ("GO",)), st)]
    blocks = [
        ("Rasmussen, Tilde", "TRC-4410", "8860231007A1", "Reversal of prior payment", rev),
        ("Rasmussen, Tilde", "TRC-4410", "8860231007A2", "Corrected claim", new),
        ("Achebe, Dominic", "TRC-4428", "8860231119B0", "Processed as primary", [
            commercial(Svc(J(d), c, u, m), st) for d in (12, 14, 19, 21, 26) for c, u, m in (
                ("97530", 2, ("GO",)), ("97112", 1, ("GO", "59")))] + [
            commercial(Svc(J(26), "97165", 1, ("GO",), denied="CO"), st, deny_reason="B15")]),
        ("Okonkwo-Lind, Hattie", "TRC-4435", "8860231244C7", "Processed as primary", [
            commercial(Svc(J(20), "97167", 1, ("GO",)), st), commercial(Svc(J(20), "97535", 1, ("GO",)), st)]),
    ]
    xs = [24, 112, 166, 232, 280, 312, 352, 378, 428, 476, 520, 564, 700, 768]
    hs = ["Patient", "Acct #", "Payer Claim #", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Coins",
          "Pt Resp", "Adjustments", "Paid"]
    al = ["l", "l", "l", "l", "l", "l", "r", "r", "r", "r", "r", "l", "r"]

    def cell(d, i, y, v, font):
        if al[i] == "r":
            d.text(xs[i + 1] - 4, y, v, font, 6.8, "r")
        else:
            d.text(xs[i] + 3, y, v, font, 6.8)

    def top(d):
        d.text(24, 34, "CLEARPATH EDI SERVICES", B, 12)
        d.text(24, 47, "835 Remittance Detail  -  Payer: Granite Peak Health Insurance Co.  -  Payee: Tidewater "
               "Children's Therapy", F, 7.5)
        d.text(768, 34, "Run 02/05/2026 06:14", F, 7.5, "r")
        d.text(768, 47, "Check 00771842  Amount see summary", F, 7.5, "r")
        y = 64
        d.rect(24, y, 744, 14, fill=0.8)
        for i, h in enumerate(hs):
            cell(d, i, y + 10, h, B)
        for x in xs[1:-1]:
            d.line(x, y, x, y + 14, 0.3)
        return y + 14

    y = top(doc)
    fl = Flow(doc, y, 580, top)
    lines, claims = [], []
    for pat, acct, pcn, status, svcs in blocks:
        fl.need(30)
        doc.rect(24, fl.y, 744, 12, fill=0.94)
        doc.text(27, fl.y + 9, f"Claim status: {status}", B, 6.8)
        fl.y += 12
        for s in svcs:
            ad = adjs(s)
            h = 12
            if fl.need(h):
                doc.rect(24, fl.y, 744, 12, fill=0.94)
                doc.text(27, fl.y + 9, f"Claim status: {status} (continued)", B, 6.8)
                fl.y += 12
            doc.rect(24, fl.y, 744, h, lw=0.3)
            for x in xs[1:-1]:
                doc.line(x, fl.y, x, fl.y + h, 0.3)
            adtxt = "; ".join(f"{g}-{c}: {money(a, ',')}" for g, c, a in ad)
            vals = [pat, acct, pcn, dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units),
                    money(s.billed, ","), money(s.allowed, ","), money(s.coinsurance, ","), money(s.owes, ","),
                    adtxt, money(s.paid, ",")]
            for i, v in enumerate(vals):
                cell(doc, i, fl.y + 9, v, F)
            lines.append(truth_line(doc.page_no, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                                    printed=("billed", "allowed", "coinsurance", "patient_owes", "paid"),
                                    adjustments=ad, description=False))
            fl.y += h
        doc.rect(24, fl.y, 744, 12, lw=0.3)
        cell(doc, 2, fl.y + 9, f"{pcn} totals", B)
        for i, a in ((7, "billed"), (8, "allowed"), (9, "coinsurance"), (10, "owes"), (12, "paid")):
            cell(doc, i, fl.y + 9, money(total(svcs, a), ","), B)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat, "totals": claim_totals(
            total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes"))})
        fl.y += 22
    allsv = [s for b in blocks for s in b[4]]
    fl.need(40)
    doc.text(24, fl.y, f"Check total {money(total(allsv, 'paid'))}   Provider-level adjustments: none", B, 8)
    fl.y += 12
    doc.text(24, fl.y, "Negative amounts reverse an earlier payment. Group codes: CO contractual, PR patient "
             "responsibility, OA other.", F, 7)
    for i, pg in enumerate(doc.pages, 1):
        pg.append(("text", 700, 600, f"Page {i} / {doc.page_no}", F, 7))
    return doc, lines, claims, [], [], (
        "clearinghouse 835 remittance detail report, ruled grid, patient/acct/payer claim number on every row, "
        "comma modifiers, adjustments joined in one cell 'CO-45: 19.00; PR-2: 15.20', a reversed claim with "
        "leading-minus amounts and its corrected replacement, a long claim continuing to page 2 [adj-complete]")


# =========================================================================================== s1
def s1():
    """Therapy clinic family statement, reportlab DejaVu Sans portrait, detachable stub."""
    doc = Doc("reportlab")
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    st = PlanState(ded_left=D("200.00"), coins_rate=D("0.20"), allowed_rate=D("0.85"))
    visits = []
    kids = [("Hollis Tremaine", "V-118820", "PB26-00913"), ("Juniper Tremaine", "V-118845", "PB26-00977"),
            ("Cass Tremaine", "V-118871", None)]
    plan = {0: [(5, (("97530", 2, ("GO",)), ("97535", 1, ("GO",)))), (12, (("97530", 2, ("GO",)),)),
                (19, (("97530", 2, ("GO",)), ("97533", 1, ("GO",))))],
            1: [(6, (("92507", 1, ("GN",)),)), (13, (("92507", 1, ("GN",)),)), (20, (("92507", 1, ("GN",)),)),
                (27, (("92507", 1, ("GN",)), ("92526", 1, ("GN",))))],
            2: [(22, (("97110", 2, ("GP",)), ("97140", 1, ("GP",))))]}
    for k, (pat, acct, icl) in enumerate(kids):
        for n, (d, items) in enumerate(plan[k]):
            svcs = []
            for c, u, m in items:
                if c == "97533":
                    s = Svc(J(d), "97530", u, m)
                    s.code, s.desc = "97533", "Sensory integration activities"
                    s = commercial(s, st)
                else:
                    s = commercial(Svc(J(d), c, u, m), st)
                if icl is None:  # self-pay visit: no insurance on file
                    s.paid = ZERO
                    s.owes = s.billed
                svcs.append(s)
            visits.append((pat, f"{acct}-{n + 1}", icl and f"{icl}-{n + 1}", J(d), svcs))
    cols = [(40, "l"), (92, "l"), (138, "l"), (350, "r"), (410, "r"), (466, "r"), (520, "r"), (572, "r")]
    hs = ["Date", "Code", "Description", "Charges", "Ins. paid", "Ins. adj.", "Qty", "Your part"]

    def top(d):
        d.text(40, 40, "Cobblestone Kids Therapy Center", B, 13)
        d.text(40, 53, "2211 Orchard Terrace, Suite 300  -  Fenwick Hollow, WI 53999  -  (608) 555-0193", F, 7.5)
        d.text(572, 40, "STATEMENT", B, 12, "r")
        return 64

    y = top(doc)
    doc.rect(330, 70, 242, 74, lw=0.8)
    allsv = [s for v in visits for s in v[4]]
    for i, (a, b) in enumerate((("Statement date", "02/10/2026"), ("Guarantor account", "G-44710"),
                                ("Amount due", money(total(allsv, "owes"))), ("Please pay by", "03/05/2026"))):
        doc.text(338, 84 + 15 * i, a, F, 8)
        doc.text(564, 84 + 15 * i, b, B, 8, "r")
    doc.text(40, 84, "Bill to:", F, 8)
    doc.text(40, 96, "Rhiannon Tremaine", B, 8.5)
    doc.text(40, 107, "48 Quarry Bend Lane", F, 8)
    doc.text(40, 118, "Fenwick Hollow, WI 53998", F, 8)
    doc.line(40, 156, 572, 156, 0.5)
    doc.text(306, 164, "- - - - - - - - - - detach and return the top portion with your payment - - - - - - - - - -", F,
             6.5, "c")
    doc.text(40, 184, "Account activity for your family", B, 10)

    def head(d, y):
        d.line(40, y - 10, 572, y - 10, 0.8)
        for (x, al), h in zip(cols, hs):
            d.text(x, y, h, B, 7.5, al)
        d.line(40, y + 4, 572, y + 4, 0.5)
        return y + 16

    fl = Flow(doc, head(doc, 202), 736, lambda d: head(d, top(d) + 20))
    lines, claims = [], []
    for pat, visit, icl, dos, svcs in visits:
        fl.need(36)
        note = f"Insurance claim {icl}  (Lakeshore Family Health Plan)" if icl else "No insurance on file - self pay"
        doc.text(40, fl.y, f"{pat}  -  Visit {visit}  -  {note}", B, 7.5)
        fl.y += 12
        for s in svcs:
            if fl.need(11):
                doc.text(40, fl.y, f"{pat}  -  Visit {visit} (continued)", B, 7.5)
                fl.y += 12
            insadj = s.billed - s.paid - s.owes
            vals = [dfmt(s.dos, "mdy4"), s.code + s.mods[0], s.desc, money(s.billed, ","), money(-s.paid, ",", "()"),
                    money(-insadj, ",", "()"), units_str(s.units), money(s.owes, ",")]
            for (x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, F, 7, al)
            row = truth_line(doc.page_no, s, claim_id=visit, payer_claim_id=icl, patient=pat,
                             printed=("billed", "paid", "patient_owes"))
            row["paid"] = str(-s.paid) if s.paid else "0.00"
            lines.append(row)
            fl.y += 11
        fl.y += 4
        claims.append({"claim_id": visit, "payer_claim_id": icl, "patient": pat, "totals": claim_totals()})
    fl.need(50)
    doc.line(40, fl.y, 572, fl.y, 0.8)
    fl.y += 14
    doc.text(350, fl.y, money(total(allsv, "billed"), ","), B, 8, "r")
    doc.text(40, fl.y, "Totals", B, 8)
    doc.text(572, fl.y, money(total(allsv, "owes"), ","), B, 8, "r")
    fl.y += 16
    doc.text(40, fl.y, "Insurance payments are shown in parentheses as credits to your account. Questions? "
             "billing@cobblestone.example", F, 7)
    for i, pg in enumerate(doc.pages, 1):
        pg.append(("text", 572, 770, f"Page {i} of {doc.page_no}", F, 7))
        pg[-1] = ("text", 520, 770, f"Page {i} of {doc.page_no}", F, 7)
    return doc, lines, claims, [], [], (
        "therapy clinic family statement to a guarantor: detach stub, three children, visit heading rows with "
        "the insurer's claim number, code glued to the first modifier (97530GO), Qty after amounts, insurance "
        "payments and adjustments as (credits), a self-pay child; visits continue onto page 2 with the header "
        "repeated")


# =========================================================================================== s2
def s2():
    """Hospital outpatient family statement, fpdf2 Liberation Serif portrait, two-column account panels."""
    doc = Doc("fpdf2")
    F, B = "LibSerif", "LibSerif-Bold"
    st = PlanState(ded_left=D("300.00"), coins_rate=D("0.25"), allowed_rate=D("0.70"))
    accts = [
        ("Beatriz Solano-Rourke", "HAR 60014427", "ZP8841-2026-00119", [
            (c, commercial(Svc(J(d), c, u, m), st)) for d, c, u, m in (
                (7, "97161", 1, ("GP",)), (7, "97110", 3, ("GP",)), *[(d, c, u, ("GP",)) for d in (9, 14, 16, 21, 23, 28)
                for c, u in (("97110", 2), ("97140", 1), ("97112", 1), ("G0283", 1))])]),
        ("Mateo Solano-Rourke", "HAR 60014538", "ZP8841-2026-00204", [
            (c, commercial(Svc(J(d), c, u, m), st)) for d, c, u, m in (
                (9, "92523", 1, ()), (16, "92507", 1, ("GN",)), (23, "92507", 1, ("GN",)),
                (30, "92507", 1, ("GN",)), (30, "L3807", 1, ("LT",)))]),
    ]
    accts.reverse()
    rev = {"97161": "0424", "97110": "0420", "97140": "0420", "97112": "0420", "G0283": "0420", "92523": "0444",
           "92507": "0440", "L3807": "0274"}
    cols = [(46, "l"), (98, "l"), (130, "l"), (176, "l"), (380, "r"), (412, "r"), (470, "r"), (520, "r"), (566, "r")]
    hs = ["Date", "Rev", "HCPCS", "Description", "Units", "Charges", "Insurance", "Adjust.", "Balance"]

    def top(d):
        d.text(46, 42, "ST. AGATHA OF THE LAKES REGIONAL MEDICAL CENTER", B, 12)
        d.text(46, 55, "Patient Financial Services  |  900 Lantern Hill Road, Marrowby, MN 55999  |  "
               "1-800-555-0118", F, 8)
        d.line(46, 62, 566, 62, 1)
        return 78

    y = top(doc)
    # two-column summary panel
    doc.rect(46, y, 254, 84, lw=0.6)
    doc.rect(312, y, 254, 84, fill=0.93)
    doc.text(54, y + 14, "Guarantor", B, 9)
    for i, t in enumerate(("Leopold Rourke", "Guarantor number 7720391", "61 Sedgefield Court",
                           "Marrowby, MN 55998")):
        doc.text(54, y + 28 + 12 * i, t, F, 8.5)
    allsv = [s for a in accts for _, s in a[3]]
    doc.text(320, y + 14, "Summary of your accounts", B, 9)
    for i, (a, b) in enumerate((("Statement date", "February 12, 2026"), ("Total charges", money(total(allsv, "billed"))),
                                ("Insurance has paid", money(total(allsv, "paid"))),
                                ("Amount you owe now", money(total(allsv, "owes"))))):
        doc.text(320, y + 28 + 12 * i, a, F, 8.5)
        doc.text(558, y + 28 + 12 * i, b, B if i == 3 else F, 8.5, "r")
    y += 104

    def head(d, y):
        d.rect(46, y - 10, 520, 14, fill=0.85, stroke=False)
        for (x, al), h in zip(cols, hs):
            d.text(x, y, h, B, 8, al)
        return y + 14

    fl = Flow(doc, y, 740, lambda d: top(d) + 6)
    lines, claims = [], []
    for pat, har, zcl, items in accts:
        fl.need(80)
        doc.text(46, fl.y, f"Patient: {pat}", B, 9.5)
        doc.text(300, fl.y, f"Hospital account {har}", F, 8.5)
        fl.y += 12
        doc.text(46, fl.y, "Outpatient rehabilitation  -  Primary insurance: Zephyr Point Health, claim no. " + zcl, F, 8)
        fl.y += 16
        fl.y = head(doc, fl.y)
        for c, s in items:
            parts = wrap(LONG_DESC.get(c, s.desc), F, 8, 185)
            if fl.need(11 * len(parts)):
                doc.text(46, fl.y, f"Patient: {pat}   Hospital account {har} - continued", B, 9)
                fl.y = head(doc, fl.y + 16)
            adj = s.billed - s.paid - s.owes
            vals = [dfmt(s.dos, "mdy2"), rev[c], c, parts[0], units_str(s.units), money(s.billed, ","),
                    money(s.paid, ",", "trail") if False else money(-s.paid, ",", "trail"),
                    money(-adj, ",", "trail"), money(s.owes, ",")]
            for (x, al), v in zip(cols, vals):
                doc.text(x, fl.y, v, F, 8, al)
            for p in parts[1:]:
                fl.y += 10
                doc.text(cols[3][0] + 6, fl.y, p, F, 8)
            row = truth_line(doc.page_no, s, claim_id=har, payer_claim_id=zcl, patient=pat,
                             printed=("billed", "paid", "patient_owes"), modifiers=False, description=False)
            row["paid"] = str(-s.paid)
            lines.append(row)
            fl.y += 12
        fl.need(20)
        doc.line(46, fl.y - 8, 566, fl.y - 8, 0.4)
        doc.text(176, fl.y, "Account totals", B, 8)
        for (x, al), a in ((cols[5], s.billed), ):
            pass
        tb, tp, to = total([s for _, s in items], "billed"), total([s for _, s in items], "paid"), \
            total([s for _, s in items], "owes")
        doc.text(cols[5][0], fl.y, money(tb, ","), B, 8, "r")
        doc.text(cols[6][0], fl.y, money(-tp, ",", "trail"), B, 8, "r")
        doc.text(cols[8][0], fl.y, money(to, ","), B, 8, "r")
        claims.append({"claim_id": har, "payer_claim_id": zcl, "patient": pat, "totals": claim_totals(
            tb, None, -tp, to)})
        fl.y += 28
    fl.need(40)
    doc.text(46, fl.y, "Insurance payments and contractual adjustments print with a trailing minus (credit). "
             "Payment plans are available; call us.", F, 8)
    for i, pg in enumerate(doc.pages, 1):
        pg.append(("text", 500, 772, f"Page {i} of {doc.page_no}", F, 8))
    return doc, lines, claims, [], [], (
        "hospital outpatient-rehab family statement: guarantor and summary panels side by side, one hospital "
        "account per family member with the insurer's claim number, Rev / HCPCS (no modifiers printed) / wrapped "
        "long descriptions / Units / Charges / Insurance (trailing-minus credit) / Adjust. / Balance; the first "
        "account continues onto page 2 under a repeated header")


# =========================================================================================== main
LAYOUTS = [("c1_commercial_member_eob", c1), ("c2_commercial_benefit_statement", c2), ("m1_msn_part_b", m1),
           ("m2_medicare_advantage_eob", m2), ("d1_medicaid_ra_mainframe", d1), ("d2_medicaid_ra_boxed", d2),
           ("r1_pm_medicare_remit", r1), ("r2_clearinghouse_era_detail", r2), ("s1_clinic_family_statement", s1),
           ("s2_hospital_family_statement", s2)]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout145_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, fn in LAYOUTS:
        doc, lines, claims, legend, findings, desc = fn()
        pdf = out / f"{name}.pdf"
        doc.save(pdf, FIXED_WHEN)
        write_truth(pdf, name, doc.producer, doc.page_no, desc, lines, claims, legend, findings)
        if "--check" in argv:
            truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
            errs = check_file(pdf, truth)
            print(f"{name}: {doc.producer}, {doc.page_no} pages, {len(lines)} lines, {len(claims)} claims: "
                  f"{'OK' if not errs else 'FAIL'}")
            for e in errs[:15]:
                print("   ", e)
            bad += bool(errs)
    print(out)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
