"""Write the held-out set 108 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary,
realistic documents, two of each of the five commonest real kinds, each in a house style of its own.

Run:  python bench/heldout108/make_heldout108_pdfs.py [OUT_DIR]            (default: a new temp folder, printed)
      python bench/heldout108/make_heldout108_pdfs.py OUT_DIR --check      (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helpers from samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt, truth_line, write_truth); drawing, the two
renderers and the self-check live in h108kit.py next to this file. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness); every document is laid out before rendering so "Page n of N" is exact.

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed; amounts null where the line does not print them, e.g. a
statement that shows insurance payments only per account). service_end = the printed end date, or the service
date when one date is printed. claim_id = the provider's own account / patient-control / visit / invoice
number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient exactly as printed (the person
served, never the guarantor or plan holder unless the same person). Adjustments are recorded only where the line
prints a group+reason code; an adjustment amount printed without a code is not an adjustment entry. Claim totals
are the printed per-claim totals (null where not printed). No planted mismatch (expected_findings empty).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  k1  commercial member EOB for a family (reportlab, portrait Liberation Sans): boxed claim heads per family member
      "Claim for / Claim number / Provider / Your provider's account", columns "Date of service / What was done
      (code) / Provider billed / Network savings / Plan allowance / Not covered / Deductible / Copay /
      Coinsurance / Plan paid / You owe / Remark", code and modifiers spaced ("97530 GO"), no units, a denied
      line, a claim continued on page 2 with header and "(continued)" repeated, remark legend, appeal rights
  k2  commercial "Statement of Benefits" (fpdf2, landscape DejaVu Serif): three family members, "Svc Date /
      Procedure / Units / Charged / Savings / Covered / Ded. / Co-pay / Co-ins / Benefit / Member Owes / Code",
      "97110-GP" codes, "01/05/26" dates, description on its own line under the row, a claim running onto page 2
      with no repeated column header, accumulator panel at the end
  k3  Medicare Summary Notice, older Part B style (fpdf2, portrait DejaVu Serif): one beneficiary, claims with
      "Claim number / provider / Referred by" heads, lines "01/05/26  4 Therapeutic exercises (97110-GP)" with
      the service count before the wording, "Amount Charged / Medicare Approved / Medicare Paid Provider / You May
      Be Billed / See Notes Section" columns, lettered notes, a denied service, claim total rows
  k4  Medicare Advantage member monthly EOB (reportlab, portrait core Helvetica): plan summary box, claims per
      provider with "Claim ID / Patient acct", "Date / Service you got (code) / Provider's charge / Plan's
      approved amount / Plan's share / Your share / Note", per-visit copay, no units, a no-approval write-off,
      a claim continued on page 2 with the header repeated, notes list
  k5  state Medicaid remittance advice (reportlab, landscape core Courier): PAID / DENIED / ADJUSTED sections,
      recipient heads "RECIPIENT NAME / MEDICAID ID / TCN / PATIENT NO", lines "LN FROM TO PROC M1 M2 UNITS
      BILLED ALLOWED COPAY PAID EOB" with MMDDYY dates and 4-digit EOB codes, a reversal with trailing minus,
      section totals, EOB code legend, header repeated on each page
  k6  Medicaid provider remittance (fpdf2, portrait DejaVu Sans Condensed, ruled): claim heads "Member / Member # /
      Claim ICN / Pat Acct #", "Ln / DOS / Proc-Mod / Qty / Charged / Allowed / TPL / Paid / Adj (CO-45) /
      Adj Amt / RARC", CO-197 denials, other-insurance TPL amounts, claim totals, code glossary
  k7  clearinghouse print of a Medicare-style standard paper remit (reportlab, Liberation Mono): "NAME / HIC / ACNT
      / ICN / ASG / MOA" heads, "PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT /
      COINS / GRP/RC-AMT / PROV PD", "0105 010526" dates, extra adjustments on stacked rows, CLAIM TOTALS and NET
  k8  practice-management "Insurance Payment Detail" (fpdf2, landscape Liberation Sans Narrow): patient heads
      "Patient / Chart # / Payer Claim # / Check #", "From / To / CPT / Mod / Units / Charges / Allowed / Deduct /
      Coins / Adj Codes / Paid / Pt Resp", all adjustments in one cell "CO45 54.10 PR2 8.21", a reversal in
      parentheses and the corrected re-payment, a CO-197 denial, deposit total
  k9  outpatient therapy clinic family statement (reportlab, portrait DejaVu Sans): amount-due sidebar,
      per-child visit blocks "Patient / Visit # / Billed to ... claim", "Date / Code / Description / Qty /
      Charge / Ins. Paid / Ins. Adj. / You Owe", patient payments as non-service rows, aging line, tear-off stub
  k10 hospital outpatient family statement (fpdf2, portrait core Helvetica): per-account blocks "Account No. /
      Patient / Insurance claim", itemized "Date / Rev / CPT-HCPCS / Description / Qty / Charges" lines
      (charges only per line; insurance payments per account), account continued on page 2 without a header

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value, amount,
adjustment code and amount and remark is on the SAME text row as its service in the page's text layer (rows
found by the baseline the layout drew them on), each printed date string where the layout puts it, ids and
patients on the line's page or an earlier one, page counts, the documents' own arithmetic (billed - adjustments
= paid where every adjustment is printed with its code; allowed - deductible - copay - coinsurance = paid where
printed), claim totals = sum of lines and printed, and that at least three files carry a claim whose rows
continue onto the next page.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import h108kit as K  # noqa: E402
from h108kit import eobgen as E  # noqa: E402

Svc, PlanState, q, money, dfmt = E.Svc, E.PlanState, E.q, E.money, E.dfmt
D = date
Z = E.ZERO


class Rec:
    def __init__(self):
        self.lines, self.meta, self.claims = [], [], []

    def add(self, s, rows, date_strs, *, date_rows=None, service_end=None, other=Z, **kw):
        t = E.truth_line(rows[0][0], s, service_end=service_end or s.end or s.dos, **kw)
        self.lines.append(t)
        self.meta.append(dict(rows=rows, date_strs=date_strs, date_rows=date_rows or rows, other_reduction=str(other)))

    def claim(self, claim_id, pcid, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcid, "patient": patient,
                            "totals": E.claim_totals(**tot)})


def tot(svcs, attr):
    return E.total(svcs, attr)


def mods(s, sep=" "):
    return sep.join(s.mods)


# ============================================================================== k1 commercial member EOB (rl)

def k1():
    W, H = 612, 792
    F, FB = "lsans", "lsans-b"
    rec = Rec()
    X = [(36, "l"), (84, "l"), (212, "r"), (252, "r"), (292, "r"), (330, "r"), (368, "r"), (400, "r"), (440, "r"),
         (480, "r"), (520, "r"), (532, "l")]
    HD = [("Date of", "service"), ("What was done", "(code)"), ("Provider", "billed"), ("Network", "savings"),
          ("Plan", "allowance"), ("Not", "covered"), ("Deduct-", "ible"), ("Copay", ""), ("Coin-", "surance"),
          ("Plan", "paid"), ("You", "owe"), ("Re-", "mark")]

    def header(d):
        d.text(36, 40, "BRIGHTWATER HEALTH PLANS", FB, 14)
        d.text(36, 53, "PO Box 41870  Millbrook, OH 43999-1870", F, 7.5)
        d.text(576, 40, "Explanation of Benefits", FB, 11, "r")
        d.text(576, 52, "THIS IS NOT A BILL", F, 8, "r")
        d.line(36, 60, 576, 60, 1.2)
        d.y = 76

    def footer(d, i, n):
        d.text(36, 770, "Brightwater Health Plans  -  Member Services 1-800-555-0142 (TTY 711)", F, 6.5)
        d.text(576, 770, f"Page {i} of {n}", F, 7, "r")

    doc = K.Doc(W, H, header=header, footer=footer, bottom=60)
    doc.text(36, doc.y, "Subscriber: RENATA V. OSTERHAUT", FB, 9)
    doc.text(330, doc.y, "Member ID: BWH 447120983", F, 9)
    doc.text(36, doc.y + 12, "1418 Larkspur Court, Fennimore Falls, OH 43872", F, 8)
    doc.text(330, doc.y + 12, "Group: 70118  Statement date: February 2, 2026", F, 8)
    doc.y += 34
    doc.text(36, doc.y, "Here is what happened with claims for your family", FB, 10)
    doc.y += 16

    def colhead(d):
        d.rect(36, d.y - 9, 540, 21, fill=0.88, stroke=False)
        for (x, a), (h1, h2) in zip(X, HD):
            d.text(x, d.y, h1, FB, 6.5, a)
            d.text(x, d.y + 8, h2, FB, 6.5, a)
        d.y += 20

    st = PlanState(ded_left=q(150), coins_rate=Decimal("0.20"))
    claims = [
        ("Renata Osterhaut", "BW26-0121-80442", "Fennimore Hand & Upper Limb Clinic", "FH-300981", [
            Svc(D(2026, 1, 9), "97168", 1, ("GO",)), Svc(D(2026, 1, 9), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 9), "L3807", 1, ("RT",)), Svc(D(2026, 1, 16), "97140", 2, ("GO",))]),
        ("Mila Osterhaut", "BW26-0126-81907", "Lakeshore Pediatric Therapy", "LPT-55974", [
            Svc(D(2026, 1, 15), "92523", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("Owen Osterhaut", "BW26-0114-77310", "Lakeshore Pediatric Therapy", "LPT-55821", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97535", 1, ("GO", "59")),
            Svc(D(2026, 1, 20), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 27), "0552T", 1, (), denied="PR"),
            Svc(D(2026, 1, 29), "97530", 3, ("GO",)), Svc(D(2026, 1, 29), "97110", 1, ("GO", "59")),
            Svc(D(2026, 1, 31), "97530", 2, ("GO",)), Svc(D(2026, 1, 31), "97535", 1, ("GO",)),
            Svc(D(2026, 2, 3), "97530", 3, ("GO",)), Svc(D(2026, 2, 3), "97168", 1, ("GO",))]),
    ]
    for pat, pcid, prov, acct, svcs in claims:
        svcs = [E.commercial(s, st, deny_reason="204") for s in svcs]
        for s in svcs:
            if s.denied:
                s.remarks = ["X4"]
            elif s.deductible:
                s.remarks = ["D1"]
        doc.need(80)
        doc.rect(36, doc.y - 10, 540, 28, fill=None)
        doc.text(42, doc.y, f"Claim for: {pat}", FB, 8.5)
        doc.text(250, doc.y, f"Claim number: {pcid}", F, 8)
        doc.text(42, doc.y + 12, f"Provider: {prov}", F, 8)
        doc.text(420, doc.y + 12, f"Your provider's account: {acct}", F, 7.5)
        doc.y += 30
        colhead(doc)
        for s in svcs:
            def brk(d, pat=pat, pcid=pcid):
                d.text(36, d.y, f"Claim for: {pat}  -  Claim number: {pcid}  (continued)", FB, 8.5)
                d.y += 14
                colhead(d)
            doc.need(22, brk)
            ds = dfmt(s.dos, "mdy4")
            code = f"{s.code} {mods(s)}".strip()
            vals = [ds, code, money(s.billed, ","), money(s.discount, ","), money(s.allowed, ","),
                    money(s.not_covered, ","), money(s.deductible, ","), money(s.copay, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            r = doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=F, size=7.5)
            doc.text(84, doc.y + 8.5, s.desc, F, 6.5)
            doc.line(36, doc.y + 12, 576, doc.y + 12, 0.3, 0.6)
            doc.y += 21
            rec.add(s, [r], [ds], claim_id=acct, payer_claim_id=pcid, patient=pat, units=False,
                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                             "paid", "patient_owes"), remarks=s.remarks)
        doc.need(16)
        vals = ["Totals", "", money(tot(svcs, "billed"), "$"), money(tot(svcs, "discount"), "$"),
                money(tot(svcs, "allowed"), "$"), money(tot(svcs, "not_covered"), "$"),
                money(tot(svcs, "deductible"), "$"), money(tot(svcs, "copay"), "$"),
                money(tot(svcs, "coinsurance"), "$"), money(tot(svcs, "paid"), "$"), money(tot(svcs, "owes"), "$")]
        doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=FB, size=7)
        doc.y += 24
        rec.claim(acct, pcid, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                  paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes"))
    legend = [("D1", "Part of the plan allowance was counted toward your yearly deductible."),
              ("X4", "Your plan does not cover this service; you may be billed for it.")]
    doc.need(60)
    doc.text(36, doc.y, "Remark codes", FB, 9)
    doc.y += 12
    for c, t in legend:
        doc.text(36, doc.y, c, FB, 7.5)
        doc.text(60, doc.y, t, F, 7.5)
        doc.y += 10
    doc.y += 6
    doc.para(36, "If you disagree with how we handled a claim you may ask us to look at it again. Write to the "
             "address above within 180 days of the statement date and include the claim number.", F, 7.5, 540)
    return doc, rec, legend, K.render_reportlab, "reportlab"


# ============================================================================== k2 statement of benefits (fpdf)

def k2():
    W, H = 792, 612
    F, FB = "dvserif", "dvserif-b"
    rec = Rec()
    X = [(30, "l"), (86, "l"), (170, "r"), (228, "r"), (284, "r"), (340, "r"), (392, "r"), (440, "r"), (490, "r"),
         (548, "r"), (612, "r"), (630, "l")]
    HD = ["Svc Date", "Procedure", "Units", "Charged", "Savings", "Covered", "Ded.", "Co-pay", "Co-ins", "Benefit",
          "Member Owes", "Code"]

    def header(d):
        d.text(30, 34, "Cardinal Ridge Mutual", FB, 13)
        d.text(30, 46, "Employee Benefit Plans  |  2250 Tolliver Pike, Suite 800, Aurelia, TN 37999", F, 7)
        d.text(762, 34, "STATEMENT OF BENEFITS", FB, 11, "r")
        d.text(762, 46, "Keep for your records", F, 7, "r")
        d.line(30, 52, 762, 52, 0.8)
        d.y = 68

    def footer(d, i, n):
        d.line(30, 585, 762, 585, 0.4)
        d.text(30, 595, "Questions? Call 1-888-555-0190 weekdays 8 a.m. to 6 p.m. Central.", F, 6.5)
        d.text(762, 595, f"Page {i} of {n}", F, 7, "r")

    doc = K.Doc(W, H, header=header, footer=footer, top=40, bottom=36)
    doc.text(30, doc.y, "Employee: DARIUS T. KELLENBERG", FB, 9)
    doc.text(330, doc.y, "ID No. CRM-83305127-01", F, 8.5)
    doc.text(560, doc.y, "Date Issued: 02/02/2026", F, 8.5)
    doc.y += 12
    doc.text(30, doc.y, "88 Quarry Bend Road, Aurelia, TN 37991", F, 8)
    doc.text(330, doc.y, "Group: Halvorsen Tooling Co. #40815", F, 8)
    doc.y += 22

    def colhead(d):
        d.line(30, d.y - 9, 762, d.y - 9, 0.6)
        for (x, a), h in zip(X, HD):
            d.text(x, d.y, h, FB, 7, a)
        d.line(30, d.y + 4, 762, d.y + 4, 0.6)
        d.y += 16

    st = PlanState(ded_left=q(0), coins_rate=Decimal("0.10"), copay_codes={"99213": q(30)})
    claims = [
        ("Darius Kellenberg", "Northfork Spine & Sport PT", "0000418827", "26014-00187-A", [
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 12), "97112", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 14), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 14), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 19), "97116", 2, ("GP",)), Svc(D(2026, 1, 19), "97140", 1, ("GP", "59"))]),
        ("Lena Kellenberg", "Aurelia Family Medicine", "0000419310", "26016-00402-A", [
            Svc(D(2026, 1, 8), "99213", 1, ())]),
        ("Tobias Kellenberg", "Bright Steps Therapy Center", "0000420055", "26021-00933-A", [
            Svc(D(2026, 1, 10), "97167", 1, ("GO",)), Svc(D(2026, 1, 17), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 24), "97530", 3, ("GO",)), Svc(D(2026, 1, 24), "97129", 1, ("GO",), denied="CO")]),
    ]
    codes = {"10": "Amount above the network rate; not your responsibility.", "20": "Copay applies.",
             "30": "Coinsurance applies.", "40": "Not covered under your plan; provider may not bill you."}
    for pat, prov, acct, pcid, svcs in claims:
        svcs = [E.commercial(s, st, deny_reason="96") for s in svcs]
        for s in svcs:
            s.remarks = ["40"] if s.denied else (["20"] if s.copay else ["30"])
        doc.need(60)
        doc.text(30, doc.y, f"Patient: {pat}", FB, 9)
        doc.text(230, doc.y, f"Provider: {prov}", F, 8.5)
        doc.text(480, doc.y, f"Patient Acct: {acct}", F, 8.5)
        doc.text(762, doc.y, f"Claim No. {pcid}", F, 8.5, "r")
        doc.y += 16
        colhead(doc)
        for s in svcs:
            def brk(d, pat=pat, pcid=pcid):
                d.text(30, d.y, f"{pat} - Claim No. {pcid} - continued from previous page", F, 8)
                d.y += 14
            doc.need(24, brk)
            ds = dfmt(s.dos, "mdy2")
            vals = [ds, f"{s.code}-{mods(s, '-')}" if s.mods else s.code, E.units_str(s.units),
                    money(s.billed, ","), money(s.discount, ","), money(s.allowed, ","), money(s.deductible, ","),
                    money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","),
                    s.remarks[0]]
            r = doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=F, size=8)
            doc.text(86, doc.y + 10, s.desc, F, 7)
            doc.y += 24
            rec.add(s, [r], [ds], claim_id=acct, payer_claim_id=pcid, patient=pat,
                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                             "patient_owes"), remarks=s.remarks)
        doc.line(30, doc.y - 10, 762, doc.y - 10, 0.4)
        vals = ["Claim Total", "", "", money(tot(svcs, "billed"), ","), money(tot(svcs, "discount"), ","),
                money(tot(svcs, "allowed"), ","), money(tot(svcs, "deductible"), ","), money(tot(svcs, "copay"), ","),
                money(tot(svcs, "coinsurance"), ","), money(tot(svcs, "paid"), ","), money(tot(svcs, "owes"), ",")]
        doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=FB, size=8)
        doc.y += 26
        rec.claim(acct, pcid, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                  paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes"))
    doc.need(90)
    doc.rect(30, doc.y - 10, 360, 58)
    doc.text(36, doc.y, "Plan year 2026 accumulators", FB, 8.5)
    doc.text(36, doc.y + 12, "Family deductible  $0.00 of $500.00 met (waived for network therapy)", F, 7.5)
    doc.text(36, doc.y + 24, "Family out-of-pocket  $412.77 of $6,000.00 met", F, 7.5)
    doc.text(36, doc.y + 36, "Therapy visits used  14 of 40", F, 7.5)
    x0 = 420
    doc.text(x0, doc.y, "Code explanations", FB, 8.5)
    yy = doc.y + 12
    for c, t in codes.items():
        doc.text(x0, yy, f"{c}  {t}", F, 7)
        yy += 10
    doc.y += 64
    return doc, rec, list(codes.items()), K.render_fpdf, "fpdf2"


# ============================================================================== k3 MSN older style (fpdf)

def k3():
    W, H = 612, 792
    F, FB = "dvserif", "dvserif-b"
    rec = Rec()

    def header(d):
        d.text(40, 44, "Medicare Summary Notice", FB, 15)
        d.text(40, 58, "for Part B (Medical Insurance)", F, 9)
        d.text(572, 44, "CUSTOMER SERVICE INFORMATION", FB, 7.5, "r")
        d.text(572, 54, "Call: 1-800-555-0117 (TTY 1-877-555-0199)", F, 7, "r")
        d.line(40, 66, 572, 66, 1)
        d.y = 84

    def footer(d, i, n):
        d.text(306, 770, f"Page {i} of {n}", F, 7.5, "c")

    doc = K.Doc(W, H, header=header, footer=footer, bottom=56)
    doc.text(40, doc.y, "HAROLD P. VANDERMOLEN", FB, 9)
    doc.text(330, doc.y, "Date: February 2, 2026", F, 8.5)
    doc.text(40, doc.y + 11, "207 Cedar Hollow Lane", F, 8.5)
    doc.text(330, doc.y + 11, "Medicare Number: 5KT4-RW8-MN62", F, 8.5)
    doc.text(40, doc.y + 22, "Pellston Junction, MI 49999", F, 8.5)
    doc.y += 40
    doc.para(40, "BE INFORMED: Beware of anyone who offers you free services or equipment in exchange for your "
             "Medicare Number. Report suspected fraud to the number shown above.", F, 7.5, 530)
    doc.y += 8
    doc.text(40, doc.y, "Part B Medical Insurance - Assigned Claims", FB, 10)
    doc.y += 6
    doc.line(40, doc.y, 572, doc.y, 0.6)
    doc.y += 14
    X = [(40, "l"), (92, "l"), (350, "r"), (412, "r"), (480, "r"), (536, "r"), (546, "l")]

    def colhead(d):
        heads = [("Dates of", "Service"), ("Services and Service Codes", ""), ("Amount", "Charged"),
                 ("Medicare", "Approved"), ("Medicare Paid", "Provider"), ("You May Be", "Billed"),
                 ("See", "Notes")]
        for (x, a), (a1, a2) in zip(X, heads):
            d.text(x, d.y, a1, FB, 7.5, a)
            d.text(x, d.y + 9, a2, FB, 7.5, a)
        d.line(40, d.y + 13, 572, d.y + 13, 0.4)
        d.y += 24

    st = PlanState(ded_left=q(40), coins_rate=Decimal("0.20"))
    pat = "HAROLD P. VANDERMOLEN"
    claims = [
        ("26-018-43307-5501", "Tamarack Rehab Associates, (231) 555-0162", "TRA-44017",
         "Referred by: Celia Ostrander, M.D.", [
             Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP", "KX")),
             Svc(D(2026, 1, 8), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 8), "97116", 1, ("GP", "KX")),
             Svc(D(2026, 1, 13), "97112", 2, ("GP", "KX")), Svc(D(2026, 1, 13), "0552T", 1, ("GP",), denied="PR")]),
        ("26-027-51820-0388", "Lakeport Speech & Swallow Clinic, (231) 555-0188", "LSS-20931",
         "Referred by: Celia Ostrander, M.D.", [
             Svc(D(2026, 1, 15), "92523", 1, ("GN",)), Svc(D(2026, 1, 22), "92526", 1, ("GN",)),
             Svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
    ]
    notes = {"a": "This information is being sent to your private insurer(s). Send any questions to them.",
             "b": "$40.00 of this approved amount has been applied toward your deductible.",
             "c": "Medicare does not pay for this item or service; the provider may bill you.",
             "d": "Your payment has been reduced by 2% under a federal spending law."}
    for pcid, prov, acct, ref, svcs in claims:
        svcs = [E.medicare(s, st, sequestration=True, deny_reason="50") for s in svcs]
        for s in svcs:
            s.remarks = ["c"] if s.denied else (["b", "d"] if s.deductible else ["d"])
        doc.need(90)
        doc.text(40, doc.y, f"Claim number {pcid}", FB, 8.5)
        doc.text(40, doc.y + 11, prov, F, 8)
        doc.text(40, doc.y + 22, f"{ref}   Provider's account: {acct}", F, 8)
        doc.y += 38
        colhead(doc)
        for s in svcs:
            def brk(d, pcid=pcid):
                d.text(40, d.y, f"Claim number {pcid} (continued)", FB, 8.5)
                d.y += 14
                colhead(d)
            ds = dfmt(s.dos, "mdy2")
            text = f"{E.units_str(s.units)} {s.desc} ({s.code}{'-' + mods(s, '-') if s.mods else ''})"
            lines = K.wrap(text, F, 8, 205)
            doc.need(11 * len(lines) + 4, brk)
            y0 = doc.y
            doc.text(40, y0, ds, F, 8)
            for j, ln in enumerate(lines):
                doc.text(92, y0 + 11 * j, ln, F, 8)
            ylast = y0 + 11 * (len(lines) - 1)
            # amounts on the row that carries the code (the wording's last line)
            vals = [money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"), money(s.owes, "$"),
                    ", ".join(s.remarks)]
            r = doc.row([(x, v, a) for (x, a), v in zip(X[2:], vals)], y=ylast, font=F, size=8)
            doc.y = ylast + 14
            rows = [(doc.page, y0)] + ([r] if ylast != y0 else [])
            rec.add(s, rows, [ds], date_rows=[(doc.page, y0)], claim_id=acct, payer_claim_id=pcid, patient=pat,
                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
        doc.line(300, doc.y - 8, 572, doc.y - 8, 0.4)
        vals = [money(tot(svcs, "billed"), "$"), money(tot(svcs, "allowed"), "$"), money(tot(svcs, "paid"), "$"),
                money(tot(svcs, "owes"), "$")]
        doc.text(92, doc.y, "Claim total", FB, 8)
        doc.row([(x, v, a) for (x, a), v in zip(X[2:], vals)], font=FB, size=8)
        doc.y += 26
        rec.claim(acct, pcid, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                  paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes"))
    doc.need(80)
    doc.text(40, doc.y, "Notes Section:", FB, 9)
    doc.y += 12
    for c, t in notes.items():
        doc.text(40, doc.y, c, FB, 8)
        doc.text(54, doc.y, t, F, 8)
        doc.y += 11
    doc.y += 6
    doc.text(40, doc.y, "Deductible Information:", FB, 9)
    doc.y += 12
    doc.para(40, "You have now met $257.00 of your $283.00 Part B deductible for 2026.", F, 8, 520)
    doc.text(40, doc.y + 4, "Appeals Information - Part B", FB, 9)
    doc.y += 16
    doc.para(40, "If you disagree with any claims decision on this notice, your appeal must be received by "
             "June 1, 2026. Circle the item(s) you disagree with and explain why.", F, 8, 520)
    return doc, rec, list(notes.items()), K.render_fpdf, "fpdf2"


# ============================================================================== k4 Medicare Advantage EOB (rl)

def k4():
    W, H = 612, 792
    F, FB = "helv", "helv-b"
    rec = Rec()

    def header(d):
        d.rect(36, 30, 540, 30, fill=0.15, stroke=False)
        d.text(46, 49, "HARBORLIGHT SENIOR ADVANTAGE (HMO)", FB, 12)
        d.text(566, 49, "Part C Explanation of Benefits", F, 9, "r")
        d.y = 80

    def footer(d, i, n):
        d.text(36, 768, "Harborlight Senior Advantage is an HMO plan with a Medicare contract. H9917_EOB26_C", F, 6.5)
        d.text(576, 768, f"Page {i} of {n}", F, 7, "r")

    doc = K.Doc(W, H, header=header, footer=footer, bottom=58)
    pat = "Gloria M. Finchley"
    doc.text(36, doc.y, f"Member: {pat}", FB, 9.5)
    doc.text(36, doc.y + 12, "Member number: HLA0038812-04", F, 8.5)
    doc.text(36, doc.y + 24, "For services in January 2026", F, 8.5)
    doc.rect(330, doc.y - 10, 246, 46)
    doc.text(338, doc.y, "Your costs this month", FB, 8.5)
    doc.text(338, doc.y + 12, "Total you owe providers:", F, 8)
    doc.text(338, doc.y + 24, "Plan paid for your care:", F, 8)
    yfix = doc.y
    doc.y += 52
    doc.para(36, "This notice shows what your plan paid for the care you got. It is not a bill. Keep it with "
             "your records and compare it with any bills you get from providers.", F, 8, 540)
    doc.y += 8
    X = [(36, "l"), (88, "l"), (360, "r"), (420, "r"), (478, "r"), (530, "r"), (546, "l")]
    HD = [("Date", ""), ("Service you got (code)", ""), ("Provider's", "charge"), ("Plan's approved", "amount"),
          ("Plan's", "share"), ("Your", "share"), ("Note", "")]

    def colhead(d):
        d.line(36, d.y - 10, 576, d.y - 10, 0.5)
        for (x, a), (a1, a2) in zip(X, HD):
            d.text(x, d.y, a1, FB, 7.5, a)
            if a2:
                d.text(x, d.y + 9, a2, FB, 7.5, a)
        d.line(36, d.y + 13, 576, d.y + 13, 0.5)
        d.y += 24

    st = PlanState(visit_copay=q(25), allowed_rate=Decimal("0.64"))
    claims = [
        ("Dr. Anselm Rourke, Internal Medicine", "MA-2601-451178", "RIM-77120", [
            Svc(D(2026, 1, 9), "99213", 1, ())]),
        ("Bayside Voice & Swallow Center", "MA-2601-452006", "BVS-31884", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 13), "92507", 1, ("GN",)), Svc(D(2026, 1, 20), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 27), "92526", 1, ("GN",)), Svc(D(2026, 1, 27), "97129", 1, ("GN",))]),
        ("Pinegrove Outpatient Therapy", "MA-2601-449310", "PGT0091827", [
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 12), "97116", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 14), "97112", 2, ("GP",)), Svc(D(2026, 1, 14), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 19), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 19), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 21), "97530", 2, ("GP",)), Svc(D(2026, 1, 21), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 26), "97110", 2, ("GP",)), Svc(D(2026, 1, 26), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 28), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 28), "97116", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 30), "97110", 2, ("GP",)), Svc(D(2026, 1, 30), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 30), "L3807", 1, ("GP",), denied="CO")]),
    ]
    notes = {"A": "You pay a $25 copay for each therapy or office visit.",
             "B": "This service is included in the visit copay; you owe nothing more for it.",
             "C": "The provider did not get plan approval first; the provider may not bill you."}
    for prov, pcid, acct, svcs in claims:
        svcs = [E.commercial(s, st) for s in svcs]
        for s in svcs:
            s.remarks = ["C"] if s.denied else (["A"] if s.copay else ["B"])
        doc.need(70)
        doc.rect(36, doc.y - 10, 540, 16, fill=0.9, stroke=False)
        doc.text(40, doc.y, prov, FB, 8.5)
        doc.text(572, doc.y, f"Claim ID {pcid}   Patient acct {acct}", F, 7.5, "r")
        doc.y += 18
        colhead(doc)
        for s in svcs:
            def brk(d, prov=prov, pcid=pcid):
                d.rect(36, d.y - 10, 540, 16, fill=0.9, stroke=False)
                d.text(40, d.y, f"{prov} (continued) - Claim ID {pcid}", FB, 8.5)
                d.y += 18
                colhead(d)
            doc.need(14, brk)
            ds = dfmt(s.dos, "mdy4")
            code = s.code + (" " + "-".join(s.mods) if s.mods else "")
            vals = [ds, f"{s.desc} ({code})", money(s.billed, "$"), money(s.allowed, "$"), money(s.paid, "$"),
                    money(s.owes, "$"), s.remarks[0]]
            r = doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=F, size=7.5)
            doc.line(36, doc.y + 5, 576, doc.y + 5, 0.2, 0.7)
            doc.y += 16
            rec.add(s, [r], [ds], claim_id=acct, payer_claim_id=pcid, patient=pat,
                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks, units=False)
        doc.line(300, doc.y - 9, 576, doc.y - 9, 0.4)
        vals = [money(tot(svcs, "billed"), "$"), money(tot(svcs, "allowed"), "$"), money(tot(svcs, "paid"), "$"),
                money(tot(svcs, "owes"), "$")]
        doc.text(88, doc.y, "Total for this claim", FB, 7.5)
        doc.row([(x, v, a) for (x, a), v in zip(X[2:], vals)], font=FB, size=7.5)
        doc.y += 24
        rec.claim(acct, pcid, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                  paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes"))
    allp = [ln for ln in rec.lines]
    owe = sum(Decimal(ln["patient_owes"]) for ln in allp)
    paid = sum(Decimal(ln["paid"]) for ln in allp)
    doc.pages[0].append(("t", 566, yfix + 12, money(owe, "$"), FB, 8, "r"))
    doc.pages[0].append(("t", 566, yfix + 24, money(paid, "$"), FB, 8, "r"))
    doc.need(50)
    doc.text(36, doc.y, "Notes", FB, 9)
    doc.y += 12
    for c, t in notes.items():
        doc.text(36, doc.y, c, FB, 8)
        doc.text(50, doc.y, t, F, 8)
        doc.y += 11
    return doc, rec, list(notes.items()), K.render_reportlab, "reportlab"


# ============================================================================== k5 state Medicaid RA (rl courier)

def k5():
    W, H = 792, 612
    F, FB = "cour", "cour-b"
    SZ = 7.5
    rec = Rec()
    cw = K.width("0", F, SZ)

    def at(col):
        return 24 + col * cw

    def header(d):
        d.text(at(0), 30, "STATE OF NORTH KESTREL  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", FB, SZ)
        d.text(at(0), 40, "REMITTANCE ADVICE                    RA NUMBER 0004418291   PAYMENT DATE 02/02/26", F, SZ)
        d.text(at(0), 50, "PROVIDER: 0007734120 BIRCHWOOD CHILDRENS THERAPY LLC   NPI 1999204418   TAXONOMY 225X00000X", F, SZ)
        d.y = 66

    def footer(d, i, n):
        d.text(at(120), 590, f"PAGE {i:>4} OF {n:>4}", F, SZ)

    doc = K.Doc(W, H, header=header, footer=footer, top=40, bottom=40)
    COLS = "LN  FROM    TO      PROC   M1 M2  UNITS      BILLED     ALLOWED    COPAY        PAID  EOB"

    def colhead(d, section):
        d.text(at(0), d.y, f"CLAIM TYPE: PROFESSIONAL    STATUS: {section}", FB, SZ)
        d.y += 10
        d.text(at(0), d.y, COLS, FB, SZ)
        d.y += 4
        d.text(at(0), d.y + 4, "-" * 118, F, SZ)
        d.y += 14

    def fm(v):
        return money(v, ",", "trail")

    def lined(ln, s):
        m1 = s.mods[0] if len(s.mods) > 0 else ""
        m2 = s.mods[1] if len(s.mods) > 1 else ""
        u = f"{s.units:.2f}" if s.units >= 0 else f"{-s.units:.2f}-"
        return (f"{ln:>2}  {dfmt(s.dos, 'mdy6')}  {dfmt(s.end or s.dos, 'mdy6')}  {s.code:<5}  {m1:<2} {m2:<2} "
                f"{u:>6} {fm(s.billed):>11} {fm(s.allowed):>11} {fm(Z):>8} {fm(s.paid):>11}  {' '.join(s.remarks)}")

    recips = [
        ("PAID CLAIMS", "ALVARADO-BECK, SOPHIA", "77120094418", "2026027001134", "BCT10442", [
            Svc(D(2026, 1, 5), "97530", 4, ("GO",)), Svc(D(2026, 1, 5), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 4, ("GO",)), Svc(D(2026, 1, 12), "97112", 2, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 4, ("GO",)), Svc(D(2026, 1, 26), "97530", 4, ("GO",))]),
        ("PAID CLAIMS", "NGUYEN-ORTIZ, CALEB", "77120188302", "2026027001135", "BCT10459", [
            Svc(D(2026, 1, 6), "92507", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("PAID CLAIMS", "OYELARAN, TEMI", "77120240917", "2026027001136", "BCT10460", [
            Svc(D(2026, 1, 7), "97165", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 14), "97110", 1, ("GO", "59")), Svc(D(2026, 1, 21), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 28), "97530", 3, ("GO",)), Svc(D(2026, 1, 28), "97760", 1, ("GO",))]),
        ("DENIED CLAIMS", "PRZYBYLSKI, NORA", "77120301155", "2026027001201", "BCT10471", [
            Svc(D(2026, 1, 8), "97530", 4, ("GO",), denied="CO"), Svc(D(2026, 1, 8), "97535", 2, ("GO",),
                                                                      denied="CO")]),
    ]
    eob = {"0102": "PAID PER PROGRAM FEE SCHEDULE. DIFFERENCE IS NOT BILLABLE TO THE RECIPIENT.",
           "0371": "SERVICE NEEDS AN APPROVED PRIOR AUTHORIZATION FOR THESE DATES.",
           "0905": "ADJUSTMENT: ORIGINAL CLAIM TAKEN BACK, REPLACEMENT FOLLOWS.",
           "0910": "REPLACEMENT CLAIM PAID."}
    # adjusted: a December claim reversed and paid again with a corrected unit count
    orig = [E.medicaid(Svc(D(2025, 12, 15), "97530", 3, ("GO",))), E.medicaid(Svc(D(2025, 12, 15), "97110", 2,
                                                                                 ("GO",)))]
    rev = [E.negate(s) for s in orig]
    repl = [E.medicaid(Svc(D(2025, 12, 15), "97530", 4, ("GO",))), E.medicaid(Svc(D(2025, 12, 15), "97110", 2,
                                                                                 ("GO",)))]
    for s in rev:
        s.remarks = ["0905"]
    for s in repl:
        s.remarks = ["0910"]
    recips.append(("ADJUSTED CLAIMS", "MADSEN-KHOURY, ELI", "77120412276", "2026027001302", "BCT10218", rev))
    recips.append(("ADJUSTED CLAIMS", "MADSEN-KHOURY, ELI", "77120412276", "2026027001303", "BCT10218", repl))
    section = None
    sect_tot = {}
    for sec, name, mid, tcn, acct, svcs in recips:
        if sec != "ADJUSTED CLAIMS":
            svcs = [E.medicaid(s, deny_reason="197") for s in svcs]
            for s in svcs:
                s.remarks = ["0371"] if s.denied else ["0102"]
        if sec != section:
            if section:
                doc.need(14)
                doc.text(at(0), doc.y, f"*** TOTAL {section}: BILLED {fm(sect_tot[section][0])}  PAID "
                         f"{fm(sect_tot[section][1])}", FB, SZ)
                doc.y += 16
            section = sec
            doc.need(60)
            colhead(doc, sec)
        doc.need(40, lambda d, sec=sec: colhead(d, sec))
        doc.text(at(0), doc.y, f"RECIPIENT NAME: {name:<26} MEDICAID ID: {mid}   TCN: {tcn}   PATIENT NO: {acct}",
                 F, SZ)
        doc.y += 11
        for i, s in enumerate(svcs, 1):
            def brk(d, sec=sec, name=name, tcn=tcn):
                colhead(d, sec)
                d.text(at(0), d.y, f"RECIPIENT NAME: {name}  TCN: {tcn}  (CONTINUED)", F, SZ)
                d.y += 11
            doc.need(11, brk)
            r = doc.row([(at(0), lined(i, s), "l")], font=F, size=SZ)
            doc.y += 10
            rec.add(s, [r], [dfmt(s.dos, "mdy6")], claim_id=acct, payer_claim_id=tcn, patient=name,
                    printed=("billed", "allowed", "paid", "copay"), remarks=s.remarks, description=False)
        tb, ta, tp = tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")
        doc.text(at(0), doc.y, f"    CLAIM TOTAL{'':>25}{fm(tb):>11} {fm(ta):>11} {fm(Z):>8} {fm(tp):>11}", F, SZ)
        doc.y += 16
        rec.claim(acct, tcn, name, billed=tb, allowed=ta, paid=tp)
        a, b = sect_tot.get(sec, (Z, Z))
        sect_tot[sec] = (a + tb, b + tp)
    doc.text(at(0), doc.y, f"*** TOTAL {section}: BILLED {fm(sect_tot[section][0])}  PAID {fm(sect_tot[section][1])}",
             FB, SZ)
    doc.y += 18
    net = sum(v[1] for v in sect_tot.values())
    doc.need(80)
    doc.text(at(0), doc.y, f"PAYMENT SUMMARY    NET PAYMENT {fm(net)}    EFT TRACE 7730214409", FB, SZ)
    doc.y += 16
    doc.text(at(0), doc.y, "EOB CODE MESSAGES", FB, SZ)
    doc.y += 11
    for c, t in eob.items():
        doc.text(at(0), doc.y, f"{c}  {t}", F, SZ)
        doc.y += 10
    return doc, rec, list(eob.items()), K.render_reportlab, "reportlab"


# ============================================================================== k6 Medicaid provider RA (fpdf)

def k6():
    W, H = 612, 792
    F, FB = "dvc", "dvc-b"
    rec = Rec()

    def header(d):
        d.text(36, 38, "Prairie Commonwealth Medicaid", FB, 13)
        d.text(36, 50, "Provider Remittance Advice  -  Professional Claims", F, 8.5)
        d.text(576, 38, "Remit date 02/03/2026", F, 8, "r")
        d.text(576, 50, "Payee ID 400118277   Check/EFT 0000912844", F, 8, "r")
        d.line(36, 56, 576, 56, 1)
        d.y = 72

    def footer(d, i, n):
        d.text(36, 772, "Prairie Commonwealth Medicaid, Fiscal Agent Services, PO Box 7012, Sandbar City, KS 66999",
               F, 6.5)
        d.text(576, 772, f"Page {i} of {n}", F, 7, "r")

    doc = K.Doc(W, H, header=header, footer=footer, bottom=56)
    doc.text(36, doc.y, "Payee: Sandbar Valley Rehabilitation Services", FB, 9)
    doc.text(36, doc.y + 11, "1120 Silo Street, Sandbar City, KS 66901", F, 8)
    doc.y += 28
    X = [(40, "l"), (58, "l"), (112, "l"), (186, "r"), (232, "r"), (278, "r"), (318, "r"), (364, "r"),
         (378, "l"), (456, "r"), (468, "l")]
    HD = ["Ln", "DOS", "Proc-Mod", "Qty", "Charged", "Allowed", "TPL", "Paid", "Adj", "Adj Amt", "RARC"]

    def colhead(d):
        d.rect(36, d.y - 9, 540, 13, fill=0.85, stroke=False)
        for (x, a), h in zip(X, HD):
            d.text(x, d.y, h, FB, 7.5, a)
        d.y += 14

    members = [
        ("Jaxon Tremblay-Voss", "PCM004417821", "26034500117", "SVR-31877", [
            Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 3, ("GP",)),
            Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 9), "97116", 2, ("GP",))], q(0)),
        ("Amara Delacroix", "PCM004420067", "26034500118", "SVR-31902", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 13), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 13), "97535", 1, ("GO",)), Svc(D(2026, 1, 20), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 27), "97530", 3, ("GO",))], q(0)),
        ("Wren Halvorsen", "PCM004421390", "26034500119", "SVR-31950", [
            Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "92507", 1, ("GN",))], q(20)),
        ("Isidore Banerjee", "PCM004422614", "26034500120", "SVR-31988", [
            Svc(D(2026, 1, 12), "97530", 4, ("GO",), denied="CO"), Svc(D(2026, 1, 12), "97112", 2, ("GO",),
                                                                       denied="CO")], q(0)),
    ]
    gloss = {"CO-45": "Charge is above the program's maximum allowance.",
             "CO-197": "No approval on file before the service was given.",
             "OA-23": "Another payer's payment has been taken into account.",
             "N54": "Program needs the authorization number on the claim.",
             "M2": "Units billed were more than allowed for this service."}
    for name, mid, icn, acct, svcs, tpl in members:
        svcs = [E.medicaid(s, deny_reason="197") for s in svcs]
        tpls = []
        for i, s in enumerate(svcs):
            t = q(tpl) if i == 0 and tpl and s.paid >= tpl else Z
            tpls.append(t)
            if t:
                s.paid -= t
                s.adjs.append(("OA", "23", t))
            if s.denied:
                s.remarks = ["N54"]
        doc.need(60)
        doc.rect(36, doc.y - 10, 540, 26)
        doc.text(40, doc.y, f"Member: {name}", FB, 8.5)
        doc.text(250, doc.y, f"Member # {mid}", F, 8)
        doc.text(40, doc.y + 11, f"Claim ICN {icn}", F, 8)
        doc.text(250, doc.y + 11, f"Pat Acct # {acct}", F, 8)
        doc.text(572, doc.y, "Status: DENIED" if svcs[0].denied else "Status: PAID", FB, 8, "r")
        doc.y += 30
        colhead(doc)
        for i, (s, t) in enumerate(zip(svcs, tpls), 1):
            nrow = max(1, len(s.adjs))
            doc.need(11 * nrow + 3, lambda d, name=name, icn=icn: (d.text(40, d.y, f"{name} - ICN {icn} (cont.)",
                                                                          FB, 8), setattr(d, "y", d.y + 13),
                                                                   colhead(d)))
            ds = dfmt(s.dos, "mdy4")
            g, rc, a = s.adjs[0] if s.adjs else ("", "", None)
            vals = [str(i), ds, f"{s.code}-{mods(s, '-')}", E.units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(t, ","), money(s.paid, ","), f"{g}-{rc}" if g else "",
                    money(a, ",") if a is not None else "", " ".join(s.remarks)]
            rows = [doc.row([(x, v, al) for (x, al), v in zip(X, vals)], font=F, size=7.5)]
            for g2, rc2, a2 in s.adjs[1:]:
                doc.y += 10
                rows.append(doc.row([(378, f"{g2}-{rc2}", "l"), (456, money(a2, ","), "r")], font=F, size=7.5))
            doc.line(36, doc.y + 3, 576, doc.y + 3, 0.25, 0.5)
            doc.y += 12
            rec.add(s, rows, [ds], claim_id=acct, payer_claim_id=icn, patient=name,
                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                    description=False)
        vals = ["", "Claim totals", "", "", money(tot(svcs, "billed"), ","), money(tot(svcs, "allowed"), ","),
                money(sum(tpls, Z), ","), money(tot(svcs, "paid"), ",")]
        doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=FB, size=7.5)
        doc.y += 22
        rec.claim(acct, icn, name, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"))
    doc.need(80)
    doc.text(36, doc.y, "Adjustment and remark codes on this remittance", FB, 8.5)
    doc.y += 12
    for c, t in gloss.items():
        doc.text(36, doc.y, c, FB, 7.5)
        doc.text(80, doc.y, t, F, 7.5)
        doc.y += 10
    return doc, rec, list(gloss.items()), K.render_fpdf, "fpdf2"


# ============================================================================== k7 clearinghouse SPR-style (rl)

def k7():
    W, H = 612, 792
    F, FB = "lmono", "lmono-b"
    SZ = 7
    rec = Rec()
    cw = K.width("0", F, SZ)

    def at(col):
        return 22 + col * cw

    def header(d):
        d.text(at(0), 30, "RELAYPOINT CLAIMS EXCHANGE - REMITTANCE PRINT (STANDARD PAPER FORMAT)", FB, SZ)
        d.text(at(0), 40, "PAYER: GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES   PAYER ID 07991", F, SZ)
        d.text(at(0), 50, "PROVIDER: KESTREL BAY THERAPY GROUP   NPI 1888203377   CHECK/EFT #: 883301274", F, SZ)
        d.text(at(0), 60, "REMIT DATE: 01/30/2026                                          PROV # 5518830", F, SZ)
        d.y = 78

    def footer(d, i, n):
        d.text(at(0), 775, f"Printed 02/02/2026 by RelayPoint ePrint v7 - page {i} of {n}", F, 6.5)

    doc = K.Doc(W, H, header=header, footer=footer, bottom=40)
    HDR1 = "PERF PROV   SERV DATE   POS NOS  PROC   MODS      BILLED   ALLOWED   DEDUCT    COINS  GRP/RC-AMT     PROV PD"

    def colhead(d):
        d.text(at(0), d.y, HDR1, FB, SZ)
        d.text(at(0), d.y + 8, "_" * 110, F, SZ)
        d.y += 20

    def m(v):
        return money(v, "")

    st = PlanState(ded_left=q(60), coins_rate=Decimal("0.20"))
    pats = [
        ("ABERNATHY, CONSTANCE", "3QH7TT2WX55", "KBT-708812", "2226018774120", "MA01", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97530", 3, ("GO", "KX")), Svc(D(2026, 1, 8), "97535", 1, ("GO", "KX"))]),
        ("DUBROVNIK, SAMUEL", "8RN2KF4MM31", "KBT-708845", "2226018774121", "MA01", [
            Svc(D(2026, 1, 6), "97161", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 13), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 13), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 15), "97116", 2, ("GP",)), Svc(D(2026, 1, 15), "G0283", 1, ("GP",))]),
        ("FONTAINE-REYES, LOUISA", "5WE9HH1PD07", "KBT-708901", "2226018774122", "MA01", [
            Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 21), "92526", 1, ("GN",)), Svc(D(2026, 1, 21), "0552T", 1, ("GN",), denied="CO")]),
    ]
    net = Z
    for name, hic, acct, icn, moa, svcs in pats:
        st.ded_left = q(60) if name.startswith("DUB") else Z
        svcs = [E.medicare(s, st, sequestration=True, deny_reason="96") for s in svcs]
        for s in svcs:
            if s.denied:
                s.remarks = ["N425"]
        doc.need(70)
        colhead(doc)
        doc.text(at(0), doc.y, f"NAME {name:<24} HIC {hic}  ACNT {acct:<12} ICN {icn}  ASG Y  MOA {moa}", F, SZ)
        doc.y += 12
        for s in svcs:
            def brk(d, name=name, icn=icn):
                colhead(d)
                d.text(at(0), d.y, f"NAME {name:<24} ICN {icn}  (CONT'D)", F, SZ)
                d.y += 12
            n = len(s.adjs)
            doc.need(9 * n + 3, brk)
            sd = f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"
            g, rc, a = s.adjs[0]
            mm = " ".join(s.mods)
            ln = (f"{'1701223344':<10}  {sd}  11  {E.units_str(s.units):>3}  {s.code:<5}  {mm:<8}"
                  f"{m(s.billed):>8}  {m(s.allowed):>8}  {m(s.deductible):>7}  {m(s.coinsurance):>7}  "
                  f"{g}-{rc:<4}{m(a):>8}  {m(s.paid):>8}")
            rows = [doc.row([(at(0), ln, "l")], font=F, size=SZ)]
            for g2, rc2, a2 in s.adjs[1:]:
                doc.y += 9
                rows.append(doc.row([(at(87), f"{g2}-{rc2:<4}{m(a2):>8}", "l")], font=F, size=SZ))
            doc.y += 9
            if s.remarks:
                rows.append(doc.row([(at(0), f"CNTL #: {acct}-{s.code}   REM: {' '.join(s.remarks)}", "l")],
                                    font=F, size=SZ))
                doc.y += 9
            doc.y += 1
            rec.add(s, rows, [sd], claim_id=acct, payer_claim_id=icn, patient=name,
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                    remarks=s.remarks, description=False, other=s.seq)
            s.remarks = s.remarks
        tb, ta, td, tc, tp = (tot(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        doc.text(at(0), doc.y, f"PT RESP {m(td + tc):>8}", F, SZ)
        doc.text(at(36), doc.y, f"CLAIM TOTALS {m(tb):>8}  {m(ta):>8}  {m(td):>7}  {m(tc):>7}  "
                 f"{m(sum((a for s in svcs for g, r, a in s.adjs), Z)):>14}  {m(tp):>8}", F, SZ)
        doc.y += 9
        doc.text(at(0), doc.y, f"ADJ TO TOTALS:  PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
                 f"            NET {m(tp):>8}", F, SZ)
        doc.y += 18
        net += tp
        rec.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)
    doc.need(70)
    doc.text(at(0), doc.y, f"TOTALS:  # OF CLAIMS 3   PROV PD AMT {m(net)}   PROV ADJ AMT 0.00   CHECK AMT {m(net)}",
             FB, SZ)
    doc.y += 16
    gl = {"CO-45": "CHARGES OVER THE FEE SCHEDULE; PROVIDER WRITES OFF.", "PR-1": "APPLIED TO DEDUCTIBLE.",
          "PR-2": "PATIENT COINSURANCE.", "CO-253": "FEDERAL PAYMENT REDUCTION.",
          "CO-96": "SERVICE NOT COVERED BY THIS PAYER.", "N425": "STATUTORILY EXCLUDED SERVICE."}
    doc.text(at(0), doc.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", FB, SZ)
    doc.y += 10
    for c, t in gl.items():
        doc.text(at(0), doc.y, f"{c:<8}{t}", F, SZ)
        doc.y += 9
    return doc, rec, list(gl.items()), K.render_reportlab, "reportlab"


# ============================================================================== k8 PM payment detail (fpdf)

def k8():
    W, H = 792, 612
    F, FB = "lnarrow", "lnarrow-b"
    rec = Rec()
    X = [(30, "l"), (80, "l"), (130, "l"), (168, "l"), (218, "r"), (262, "r"), (308, "r"), (350, "r"),
         (392, "r"), (402, "l"), (590, "r"), (640, "r"), (652, "l")]
    HD = ["From", "To", "CPT", "Mod", "Units", "Charges", "Allowed", "Deduct", "Coins", "Adj Codes", "Paid",
          "Pt Resp", "Posted"]

    def header(d):
        d.text(30, 32, "TheraLedger PM  |  Insurance Payment Detail", FB, 12)
        d.text(762, 32, "Run 02/02/2026 07:14  user: mkowalczyk", F, 7.5, "r")
        d.text(30, 44, "Practice: Orchard Lane Pediatric & Adult Therapy   Location: All   Payer: Summit Crest "
               "Commercial (SCC01)   Deposit 01/30/2026", F, 8)
        d.line(30, 50, 762, 50, 0.8)
        d.y = 64

    def footer(d, i, n):
        d.text(396, 594, f"Page {i} of {n}", F, 7.5, "c")

    doc = K.Doc(W, H, header=header, footer=footer, top=40, bottom=34)

    def colhead(d):
        for (x, a), h in zip(X, HD):
            d.text(x, d.y, h, FB, 8, a)
        d.line(30, d.y + 3, 762, d.y + 3, 0.5)
        d.y += 13

    st = PlanState(ded_left=q(0), coins_rate=Decimal("0.20"))
    data = [
        ("Castellano, Pia", "OL-20117", "SC26010500381", "EFT 55012977", [
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO", "59")),
            Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 26), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 26), "97112", 1, ("GO",))], None),
        ("Castellano, Mateo", "OL-20118", "SC26010500395", "EFT 55012977", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))], None),
        ("Whitcombe, Dale", "OL-19842", "SC25121800077", "EFT 55012977", [
            Svc(D(2025, 12, 18), "97110", 3, ("GP",)), Svc(D(2025, 12, 18), "97140", 1, ("GP", "59"))], "rev"),
        ("Whitcombe, Dale", "OL-19842", "SC26012900412", "EFT 55012977", [
            Svc(D(2025, 12, 18), "97110", 3, ("GP",)), Svc(D(2025, 12, 18), "97140", 2, ("GP", "59"))], "corr"),
        ("Ibsen-Marsh, Hollis", "OL-20233", "SC26012200210", "EFT 55012977", [
            Svc(D(2026, 1, 9), "97161", 1, ("GP",)), Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 16), "97116", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97760", 1, ("GP",), denied="CO")],
         None),
    ]
    for pat, chart, pcid, chk, svcs, kind in data:
        svcs = [E.commercial(s, st, deny_reason="197") for s in svcs]
        if kind == "rev":
            svcs = [E.negate(s) for s in svcs]
        doc.need(50)
        label = {"rev": "   ** REVERSAL of prior payment **", "corr": "   ** CORRECTED CLAIM **"}.get(kind, "")
        doc.rect(30, doc.y - 9, 732, 13, fill=0.9, stroke=False)
        doc.text(32, doc.y, f"Patient: {pat}     Chart # {chart}     Payer Claim # {pcid}     {chk}{label}", FB, 8)
        doc.y += 15
        colhead(doc)
        for s in svcs:
            def brk(d, pat=pat, pcid=pcid):
                d.text(32, d.y, f"Patient: {pat}   Payer Claim # {pcid}   (continued)", FB, 8)
                d.y += 13
                colhead(d)
            doc.need(12, brk)
            d1 = dfmt(s.dos, "mdyn")
            adj = "  ".join(f"{g}{r} {money(a, ',', '()')}" for g, r, a in s.adjs)
            vals = [d1, d1, s.code, ",".join(s.mods), E.units_str(s.units), money(s.billed, ",", "()"),
                    money(s.allowed, ",", "()"), money(s.deductible, ",", "()"), money(s.coinsurance, ",", "()"),
                    adj, money(s.paid, ",", "()"), money(s.owes, ",", "()"), "01/30/26"]
            r = doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=F, size=8)
            doc.y += 11
            rec.add(s, [r], [d1], claim_id=chart, payer_claim_id=pcid, patient=pat,
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                    adjustments=s.adjs, description=False)
        vals = ["", "", "", "Claim", "", money(tot(svcs, "billed"), ",", "()"), money(tot(svcs, "allowed"), ",", "()"),
                money(tot(svcs, "deductible"), ",", "()"), money(tot(svcs, "coinsurance"), ",", "()"), "",
                money(tot(svcs, "paid"), ",", "()"), money(tot(svcs, "owes"), ",", "()")]
        doc.line(168, doc.y - 8, 650, doc.y - 8, 0.3)
        doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=FB, size=8)
        doc.y += 20
        rec.claim(chart, pcid, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"),
                  patient_owes=tot(svcs, "owes"))
    paid = sum(Decimal(ln["paid"]) for ln in rec.lines)
    doc.need(30)
    doc.text(30, doc.y, f"Deposit total posted: {money(paid, '$')}     Claims: {len(data)}     Unapplied: $0.00", FB, 8.5)
    return doc, rec, [], K.render_fpdf, "fpdf2"


# ============================================================================== k9 therapy clinic family statement (rl)

def k9():
    W, H = 612, 792
    F, FB = "dv", "dv-b"
    rec = Rec()
    X = [(36, "l"), (88, "l"), (132, "l"), (284, "r"), (330, "r"), (382, "r"), (432, "r"), (482, "r")]
    HD = ["Date", "Code", "Description", "Qty", "Charge", "Ins. Paid", "Ins. Adj.", "You Owe"]

    def header(d):
        d.text(36, 40, "Little Lantern Therapy Co.", FB, 14)
        d.text(36, 53, "Occupational, Physical & Speech Therapy for Kids", F, 7.5)
        d.text(36, 63, "3310 Mulberry Commons, Suite 4  |  Dunmore Heights, OR 97999  |  (541) 555-0127", F, 7)
        d.text(576, 40, "STATEMENT", FB, 12, "r")
        d.line(36, 70, 576, 70, 0.8)
        d.y = 86

    def footer(d, i, n):
        d.text(36, 772, "Thank you for trusting us with your family's care.", F, 6.5)
        d.text(576, 772, f"Page {i} of {n}", F, 7, "r")

    doc = K.Doc(W, H, header=header, footer=footer, bottom=58)
    # sidebar box (page 1, right)
    doc.rect(430, 78, 146, 96)
    doc.text(438, 92, "Statement date  02/02/2026", F, 7.5)
    doc.text(438, 104, "Account  G-004471", F, 7.5)
    doc.text(438, 122, "AMOUNT DUE", FB, 8)
    ydue = 138
    doc.text(438, 154, "Due by 02/27/2026", F, 7.5)
    doc.text(438, 166, "Pay online: lanternpay.example", F, 6.5)
    doc.text(36, doc.y, "Statement for: Priya & Colm Halloran-Vega", FB, 9)
    doc.text(36, doc.y + 11, "55 Wicket Lane", F, 8)
    doc.text(36, doc.y + 22, "Dunmore Heights, OR 97988", F, 8)
    doc.y += 44
    doc.para(36, "Your insurance has processed the visits below. Amounts in the You Owe column are your part "
             "after insurance.", F, 7.5, 380)
    doc.y = max(doc.y, 186)

    def colhead(d):
        d.rect(36, d.y - 9, 540, 13, fill=0.88, stroke=False)
        for (x, a), h in zip(X, HD):
            d.text(x, d.y, h, FB, 7.5, a)
        d.y += 15

    st = PlanState(ded_left=q(75), coins_rate=Decimal("0.20"))
    kids = [
        ("Aoife Halloran-Vega", [
            ("V-30881", "Cascadia Family Health Plan", "CF2601887410",
             [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",))]),
            ("V-30952", "Cascadia Family Health Plan", "CF2601903322",
             [Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97535", 1, ("GO",))]),
            ("V-31040", "Cascadia Family Health Plan", "CF2602011954",
             [Svc(D(2026, 1, 20), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97112", 1, ("GO",))])]),
        ("Declan Halloran-Vega", [
            ("V-30890", "Cascadia Family Health Plan", "CF2601887533",
             [Svc(D(2026, 1, 7), "92523", 1, ("GN",))]),
            ("V-30977", "Cascadia Family Health Plan", "CF2601904410",
             [Svc(D(2026, 1, 14), "92507", 1, ("GN",)), Svc(D(2026, 1, 14), "92526", 1, ("GN",))])]),
        ("Saoirse Halloran-Vega", [
            ("V-31002", "Cascadia Family Health Plan", "CF2601998007",
             [Svc(D(2026, 1, 16), "97161", 1, ("GP",)), Svc(D(2026, 1, 16), "97110", 2, ("GP",)),
              Svc(D(2026, 1, 16), "97150", 1, ("GP",), denied="PR")])]),
    ]
    due = Z
    for kid, visits in kids:
        doc.need(70)
        doc.text(36, doc.y, f"Patient: {kid}", FB, 9)
        doc.y += 14
        colhead(doc)
        for visit, plan, pcid, svcs in visits:
            svcs = [E.commercial(s, st) for s in svcs]
            doc.need(40, colhead)
            doc.text(36, doc.y, f"Visit # {visit}  -  Billed to {plan}, claim {pcid}", "dv-b", 7)
            doc.y += 12
            for s in svcs:
                def brk(d, kid=kid, visit=visit):
                    d.text(36, d.y, f"{kid} - Visit # {visit} (continued)", FB, 8)
                    d.y += 12
                    colhead(d)
                doc.need(12, brk)
                ds = dfmt(s.dos, "mdy4")
                adj = s.billed - s.paid - s.owes
                vals = [ds, s.code + "".join(s.mods), s.desc[:28], E.units_str(s.units), money(s.billed, ","),
                        money(-s.paid, ",", "()"), money(-adj, ",", "()"), money(s.owes, ",")]
                r = doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=F, size=7.5)
                doc.y += 11
                rec.add(s, [r], [ds], claim_id=visit, payer_claim_id=pcid, patient=kid,
                        printed=("billed", "patient_owes"), description=False,
                        overrides={"paid": str(q(s.paid))})
            owes = tot(svcs, "owes")
            pay = q(min(owes, Decimal("20.00"))) if visit in ("V-30881", "V-30890") else Z
            if pay:
                doc.text(36, doc.y, dfmt(svcs[0].dos, "mdy4"), F, 7.5)
                doc.text(132, doc.y, "Payment at check-in - thank you", F, 7.5)
                doc.text(482, doc.y, money(-pay, ",", "()"), F, 7.5, "r")
                doc.y += 11
            due += owes - pay
            doc.y += 4
            rec.claim(visit, pcid, kid, billed=None, paid=None)
        doc.y += 8
    doc.pages[0].append(("t", 438, ydue, money(due, "$"), FB, 12, "l"))
    doc.need(120)
    doc.line(36, doc.y, 576, doc.y, 0.5)
    doc.y += 12
    doc.text(36, doc.y, f"Current  {money(due, '$')}    31-60 days  $0.00    61-90 days  $0.00    Over 90  $0.00",
             F, 7.5)
    doc.y += 20
    doc.line(36, doc.y, 576, doc.y, 0.5, 0.4)
    doc.text(306, doc.y + 8, "- - - detach and return this portion with your payment - - -", F, 6.5, "c")
    doc.y += 24
    doc.text(36, doc.y, "Account G-004471   Priya & Colm Halloran-Vega", F, 8)
    doc.text(576, doc.y, f"Amount due {money(due, '$')}    Amount enclosed $________", FB, 8, "r")
    return doc, rec, [], K.render_reportlab, "reportlab"


# ============================================================================== k10 hospital family statement (fpdf)

def k10():
    W, H = 612, 792
    F, FB = "helv", "helv-b"
    rec = Rec()
    X = [(40, "l"), (96, "l"), (126, "l"), (186, "l"), (470, "r"), (560, "r")]
    HD = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]

    def header(d):
        d.text(40, 40, "ST. AUDRA REGIONAL MEDICAL CENTER", FB, 12)
        d.text(40, 52, "Patient Financial Services  -  800 Heron Way, Calloway Springs, NE 68999", F, 7.5)
        d.text(572, 40, "Statement of Hospital Services", FB, 9, "r")
        d.text(572, 52, "Guarantor: BEATRIX OKONKWO-LINDQVIST", F, 7.5, "r")
        d.line(40, 58, 572, 58, 0.8)
        d.y = 74

    def footer(d, i, n):
        d.text(40, 772, "Questions about this statement: (402) 555-0171, Monday-Friday 8:00-4:30.", F, 6.5)
        d.text(572, 772, f"Page {i} of {n}", F, 7, "r")

    doc = K.Doc(W, H, header=header, footer=footer, bottom=60)
    doc.text(40, doc.y, "Statement date: 02/02/2026      Guarantor number: 00884127", F, 8)
    doc.y += 18

    def colhead(d):
        for (x, a), h in zip(X, HD):
            d.text(x, d.y, h, FB, 7.5, a)
        d.line(40, d.y + 3, 572, d.y + 3, 0.4)
        d.y += 13

    REV = {"97": "0430", "92": "0440", "99": "0510", "L3": "0274", "G0": "0420", "97161": "0420", "97110": "0420",
           "97116": "0420", "97140": "0420", "97112": "0420", "97163": "0420"}
    accts = [
        ("HA-7701910", "OKONKWO-LINDQVIST, ESME", "Plains Heritage Insurance claim 9PH26A0151088",
         "9PH26A0151088", [
             Svc(D(2026, 1, 9), "97167", 1, ("GO",)), Svc(D(2026, 1, 9), "L3807", 1, ("LT",)),
             Svc(D(2026, 1, 9), "97760", 1, ("GO",)), Svc(D(2026, 1, 16), "97530", 2, ("GO",)),
             Svc(D(2026, 1, 16), "97168", 1, ("GO",))], Decimal("0.61")),
        ("HA-7702033", "OKONKWO-LINDQVIST, BEATRIX", "Plains Heritage Insurance claim 9PH26A0152290",
         "9PH26A0152290", [Svc(D(2026, 1, 22), "99213", 1, ())], Decimal("0.70")),
        ("HA-7701842", "OKONKWO-LINDQVIST, RUNE", "Plains Heritage Insurance claim 9PH26A0147721",
         "9PH26A0147721", [
             Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
             Svc(D(2026, 1, 7), "97110", 3, ("GP",)), Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")),
             Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "97116", 2, ("GP",)),
             Svc(D(2026, 1, 14), "97112", 2, ("GP",)), Svc(D(2026, 1, 14), "97110", 2, ("GP",)),
             Svc(D(2026, 1, 19), "97110", 2, ("GP",)), Svc(D(2026, 1, 19), "97140", 1, ("GP", "59")),
             Svc(D(2026, 1, 21), "97110", 3, ("GP",)), Svc(D(2026, 1, 21), "G0283", 1, ("GP",)),
             Svc(D(2026, 1, 26), "97112", 2, ("GP",)), Svc(D(2026, 1, 26), "97110", 2, ("GP",)),
             Svc(D(2026, 1, 28), "97110", 3, ("GP",)), Svc(D(2026, 1, 28), "97116", 1, ("GP",)),
             Svc(D(2026, 1, 30), "97110", 2, ("GP",)), Svc(D(2026, 1, 30), "97140", 1, ("GP", "59")),
             Svc(D(2026, 2, 2), "97110", 2, ("GP",)), Svc(D(2026, 2, 2), "97112", 2, ("GP",)),
             Svc(D(2026, 2, 4), "97110", 3, ("GP",)), Svc(D(2026, 2, 4), "97116", 1, ("GP",))],
         Decimal("0.58")),
    ]
    grand = Z
    for acct, pat, ins, pcid, svcs, rate in accts:
        doc.need(80)
        doc.rect(40, doc.y - 10, 532, 26, fill=0.92, stroke=True)
        doc.text(46, doc.y, f"Account No. {acct}", FB, 8)
        doc.text(220, doc.y, f"Patient: {pat}", FB, 8)
        doc.text(46, doc.y + 11, "Outpatient Rehabilitation Services", F, 7.5)
        doc.text(220, doc.y + 11, ins, F, 7.5)
        doc.y += 30
        colhead(doc)
        for s in svcs:
            def brk(d):
                d.y += 2
            doc.need(11, brk)
            ds = dfmt(s.dos, "mdy4")
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            rev = REV.get(s.code, REV.get(s.code[:2], "0420"))
            if s.code.startswith("97") and s.mods and s.mods[0] == "GO":
                rev = "0430"
            vals = [ds, rev, code, s.desc.upper()[:44], E.units_str(s.units), money(s.billed, ",")]
            r = doc.row([(x, v, a) for (x, a), v in zip(X, vals)], font=F, size=7.5)
            doc.y += 15
            rec.add(s, [r], [ds], claim_id=acct, payer_claim_id=pcid, patient=pat, printed=("billed",),
                    description=False)
        tb = tot(svcs, "billed")
        ins_paid = q(tb * rate)
        adj = q(tb * Decimal("0.25"))
        bal = tb - ins_paid - adj
        grand += bal
        doc.need(50)
        doc.line(380, doc.y - 7, 572, doc.y - 7, 0.3)
        for lbl, v in (("Total charges", tb), ("Insurance payments", -ins_paid), ("Contractual allowance", -adj),
                       ("Patient balance for this account", bal)):
            doc.text(380, doc.y, lbl, FB if lbl.startswith("Patient") else F, 7.5)
            doc.text(560, doc.y, money(v, ","), FB if lbl.startswith("Patient") else F, 7.5, "r")
            doc.y += 10
        doc.y += 14
        rec.claim(acct, pcid, pat, billed=tb)
    doc.need(40)
    doc.rect(360, doc.y - 10, 212, 18, fill=0.85)
    doc.text(366, doc.y + 2, "PLEASE PAY THIS AMOUNT", FB, 8)
    doc.text(566, doc.y + 2, money(grand, "$"), FB, 9, "r")
    return doc, rec, [], K.render_fpdf, "fpdf2"


LAYOUTS = {
    "k1": ("k1_commercial_family_eob", "commercial member EOB for a family", k1),
    "k2": ("k2_statement_of_benefits", "commercial statement of benefits, landscape", k2),
    "k3": ("k3_msn_part_b_older", "Medicare Summary Notice Part B, older style", k3),
    "k4": ("k4_medicare_advantage_eob", "Medicare Advantage member monthly EOB", k4),
    "k5": ("k5_state_medicaid_ra", "state Medicaid remittance advice, fixed-width", k5),
    "k6": ("k6_medicaid_provider_remit", "Medicaid provider remittance, ruled", k6),
    "k7": ("k7_clearinghouse_spr", "clearinghouse print of a Medicare-style paper remit", k7),
    "k8": ("k8_pm_payment_detail", "practice-management insurance payment detail", k8),
    "k9": ("k9_clinic_family_statement", "therapy clinic family statement", k9),
    "k10": ("k10_hospital_family_statement", "hospital outpatient family statement", k10),
}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout108_"))
    samples = (HERE.parents[1] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    metas = {}
    for key, (stem, desc, fn) in LAYOUTS.items():
        doc, rec, legend, render, producer = fn()
        name = stem + ".pdf"
        render(doc, out / name, desc)
        E.write_truth(out / name, stem, producer, len(doc.pages), desc, rec.lines, rec.claims, legend)
        metas[name] = rec.meta
        print(f"{name}: {len(doc.pages)} pages, {len(rec.lines)} lines, {len(rec.claims)} claims ({producer})")
    print(out)
    if check:
        errs = K.check_folder(out, metas)
        for e in errs:
            print("CHECK:", e)
        print("check", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
