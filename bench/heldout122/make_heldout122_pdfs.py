"""Write the 122nd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on everyday document kinds, each in a house style of its own.

Run:  python bench/heldout122/make_heldout122_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout122/make_heldout122_pdfs.py OUT_DIR --check    (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth/truth_line), printed values only, null
for what a layout does not print (units null when no quantity is printed); claim_id = the provider's own
account / patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person served, not the guarantor or subscriber). Adjustments are recorded
only where the page prints a group+reason code with the amount. Every name, number, payer, provider, address
and ID is invented; descriptions are our own words.

Layouts (two each of five common kinds):
  e1  commercial member EOB, family of three, "What your provider billed / Your plan discount / Amount not
      covered / Plan's allowance / Deductible / Copay / Coinsurance / Your plan paid / What you owe", code and
      modifiers in a "Service (code)" cell, no units, lettered remark codes, claim continues on page 2 with
      repeated column heads and "(continued)" (reportlab, portrait core Helvetica)
  e2  commercial HSA-plan member "Claims Statement", landscape, two members, "Qty", "97530-GO" style codes,
      "Charges / Network savings / Plan price / Plan paid / You owe", denied line, claim rows run onto the next
      page WITHOUT repeating column heads (fpdf2, DejaVu Sans Condensed)
  m1  Medicare Summary Notice Part B, classic paper style, one beneficiary, "Dates of Service", services as
      "description (code)" with modifiers after the code, no units, "Amount Charged / Medicare Approved /
      Medicare Paid Provider / You May Be Billed / See Notes", numbered notes legend (reportlab, Liberation Serif)
  m2  Medicare Advantage PPO member EOB, "Date / Service / Provider charged / Plan approved / Plan paid / Your
      share", units as "x2", claim number per heading, two-page (fpdf2, Liberation Sans)
  d1  state Medicaid remittance advice, mainframe monospace landscape: "PAID CLAIMS" / "DENIED CLAIMS" /
      "ADJUSTED CLAIMS" sections, RECIP NAME / RECIP ID / ICN / PAT ACCT header line, detail "LN FROM-DOS TO-DOS
      PROC MOD UNITS BILLED ALLOWED PAID EOB", a void (credit) with "-" amounts and its replacement, repeated
      page banner (fpdf2, core Courier)
  d2  state Medicaid provider RA, ruled proportional grid: "TCN / Member / Patient Acct No" band, "Line /
      DOS / Procedure / Modifiers / Units / Billed / Allowed / TPL / Paid / Status / EOB" , denied lines,
      claim crosses a page with "Claim continued" band (reportlab, DejaVu Sans)
  p1  Medicare-style standard paper remittance printed by a clearinghouse, monospace: NAME / MID / ACNT / ICN /
      ASG / MOA header, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
      stacked GRP/RC lines, claim totals line "PT RESP ... CLAIM TOTALS" (reportlab, Courier)
  p2  practice-management "Payment Posting Report" from an ERA, landscape Liberation Sans Narrow: per-claim band
      "Patient / Acct # / Payer ICN", "DOS / CPT / Mod / Units / Charge / Allowed / Ded / Coins / Adj codes /
      Paid", adjustments written "CO45 12.00; PR2 5.00" in one cell (fpdf2)
  f1  therapy clinic family statement (guarantor with three children), "Date / Patient / Code / Description /
      Charges / Insurance Paid / Adjustments / You Owe", insurer claim number in each visit heading, payment rows
      (non-service), aging boxes, continued on page 2 (reportlab, DejaVu Serif)
  f2  hospital outpatient-rehab guarantor statement, two family members' accounts, "Rev / HCPCS / Mod /
      Qty / Charges" then insurance payment/adjustment rows per account, account numbers, insurer claim numbers
      (fpdf2, Liberation Serif)

The self-check (--check) tests the factory, not the reader: page count; every truth code, modifier, units value,
amount and (row-dated layouts) service date is on the SAME extracted text line as its service (pdfplumber words
grouped by baseline), dates printed in claim headings on that page, ids and patients in the document's text;
billed - adjustments = paid where the layout prints every adjustment; billed - discount - not covered = allowed
where printed; printed claim totals = sum of lines.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from h122lib import Doc  # noqa: E402
from samples.pdf.eobgen import FEE as _FEE  # noqa: E402
from samples.pdf.eobgen import SCHED as _SCHED  # noqa: E402
from samples.pdf.eobgen import (  # noqa: E402
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

D = date
# two codes the sample charge master lacks (our own invented rates)
_FEE.setdefault("97533", "88.00")
_SCHED.setdefault("97533", "31.20")


def svc(d, code, u=1, mods=(), denied=None, desc=""):
    return Svc(d, code, Decimal(str(u)), tuple(mods), None, desc, denied)


class Out:
    """Collects truth lines, row checks and claims for one document."""

    def __init__(self):
        self.lines, self.claims, self.checks = [], [], []

    def add(self, doc, page, s, *, cid, pcid, pat, printed, units=True, mods=True, adjs=None, remarks=None,
            row_tokens=(), page_tokens=(), adj_full=False):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     units=units, modifiers=mods, adjustments=adjs, remarks=remarks))
        self.checks.append({"row": len(doc.rows) - 1, "tokens": [t for t in row_tokens if t],
                            "page_tokens": [t for t in page_tokens if t], "adj_full": adj_full})

    def claim(self, cid, pcid, pat, svcs=None, printed_totals=None):
        c = {"claim_id": cid, "payer_claim_id": pcid, "patient": pat}
        if printed_totals:
            c["totals"] = claim_totals(**printed_totals)
        self.claims.append(c)


# ============================================================================ e1 commercial member EOB
def e1(path, npages):
    out = Out()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    fam = [
        ("Harriet Quillon", "CLM 26011-48830-01", [svc(D(2026, 1, 6), "97165", 1, ["GO"]),
                                                   svc(D(2026, 1, 6), "97530", 2, ["GO"]),
                                                   svc(D(2026, 1, 13), "97530", 2, ["GO"]),
                                                   svc(D(2026, 1, 13), "97535", 1, ["GO"]),
                                                   svc(D(2026, 1, 20), "97530", 2, ["GO", "59"]),
                                                   svc(D(2026, 1, 20), "97140", 1, ["GO"]),
                                                   svc(D(2026, 1, 27), "97168", 1, ["GO"]),
                                                   svc(D(2026, 1, 27), "97760", 1, ["GO"], denied="PR")]),
        ("Otto Quillon", "CLM 26012-51177-02", [svc(D(2026, 1, 8), "92523", 1, ["GN"]),
                                                svc(D(2026, 1, 15), "92507", 1, ["GN"]),
                                                svc(D(2026, 1, 22), "92507", 1, ["GN"]),
                                                svc(D(2026, 1, 29), "92507", 1, ["GN"])]),
        ("Marguerite Quillon", "CLM 26012-53302-01", [svc(D(2026, 1, 9), "97161", 1, ["GP"]),
                                                      svc(D(2026, 1, 9), "97110", 2, ["GP"]),
                                                      svc(D(2026, 1, 16), "97112", 1, ["GP"]),
                                                      svc(D(2026, 1, 16), "99213", 1, []),
                                                      svc(D(2026, 1, 20), "97110", 2, ["GP"]),
                                                      svc(D(2026, 1, 20), "97140", 1, ["GP"]),
                                                      svc(D(2026, 1, 23), "97112", 2, ["GP"]),
                                                      svc(D(2026, 1, 23), "97110", 1, ["GP"]),
                                                      svc(D(2026, 1, 27), "97110", 2, ["GP"]),
                                                      svc(D(2026, 1, 27), "97530", 1, ["GP", "59"]),
                                                      svc(D(2026, 1, 30), "97112", 2, ["GP"]),
                                                      svc(D(2026, 1, 30), "97140", 1, ["GP"]),
                                                      svc(D(2026, 2, 3), "97110", 2, ["GP"]),
                                                      svc(D(2026, 2, 3), "97112", 1, ["GP"]),
                                                      svc(D(2026, 2, 6), "97110", 2, ["GP"]),
                                                      svc(D(2026, 2, 6), "97140", 2, ["GP"]),
                                                      svc(D(2026, 2, 10), "97110", 2, ["GP"]),
                                                      svc(D(2026, 2, 10), "97116", 1, ["GP"])]),
    ]
    for _, _, ss in fam:
        for s in ss:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N2"]
            elif s.deductible:
                s.remarks = ["D1"]
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [(40, "l"), (98, "l"), (292, "r"), (334, "r"), (374, "r"), (414, "r"), (452, "r"), (486, "r"),
            (524, "r"), (560, "r"), (592, "r")]
    heads = [["Date of", "service"], ["Service (code)", ""], ["What your", "provider billed"],
             ["Your plan", "discount"], ["Amount", "not covered"], ["Plan's", "allowance"], ["Deduct-", "ible"],
             ["Copay", ""], ["Coin-", "surance"], ["Your plan", "paid"], ["What you", "owe"]]
    state = {"claim": None}

    def colhead(doc):
        doc.rect(36, doc.y - 9, 560, 22, fill=0.88)
        for i in range(2):
            doc.row(cols, [h[i] for h in heads], size=6.3, bold=True, lead=9)
        doc.y += 4

    def head(doc):
        if doc.page == 1:
            doc.text(40, "BRIGHTWATER MUTUAL HEALTH PLAN", 15, True)
            doc.text(572, "EXPLANATION OF BENEFITS", 11, True, "r")
            doc.y += 14
            doc.text(572, "THIS IS NOT A BILL", 8, True, "r")
            doc.text(40, "PO Box 4410, Ferncastle, OR 97993  |  member line 1-800-555-0142", 7.5)
            doc.y += 22
            for a, b in (("Subscriber:", "Harriet Quillon"), ("Member ID:", "BWM-700418826"),
                         ("Group:", "Lantern Valley Schools 00451"), ("Statement date:", "February 4, 2026")):
                doc.text(40, a, 8, True)
                doc.text(120, b, 8)
                doc.y += 11
            doc.rect(360, doc.y - 50, 212, 48)
            doc.text(368, "Family deductible met to date: $150.00 of $1,500.00", 6.8, y=doc.y - 38)
            doc.text(368, "Out-of-pocket met to date: $412.66 of $6,000.00", 6.8, y=doc.y - 26)
            doc.text(368, "Visits used (rehab): 16 of 30 per year", 6.8, y=doc.y - 14)
            doc.y += 10
        else:
            doc.text(40, "Brightwater Mutual Health Plan - Explanation of Benefits", 8, True)
            doc.text(572, "Member ID BWM-700418826", 8, align="r")
            doc.y += 18
            if state["claim"]:
                doc.text(40, state["claim"] + " (continued)", 8.5, True)
                doc.y += 14
                colhead(doc)

    def foot(doc):
        doc.line(40, 752, 572, 752)
        doc.text(40, "Questions? Call 1-800-555-0142 (TTY 711). Keep this notice for your records.", 6.5, y=764)
        doc.text(572, f"Page {doc.page} of {npages or '?'}", 7, align="r", y=764)

    doc = Doc("reportlab", path, "Helvetica", page_head=head, page_foot=foot, bottom=64)
    for pat, clm, ss in fam:
        doc.ensure(60)
        prov = "Cedar Steps Pediatric & Adult Therapy" if pat != "Otto Quillon" else "Larkspur Speech Studio"
        label = f"Patient: {pat}   Claim number: {clm}"
        doc.line(36, doc.y - 10, 596, doc.y - 10, 1)
        doc.text(40, label, 8.5, True)
        doc.y += 11
        doc.text(40, f"Provider: {prov} (in network)   Received: Feb 1, 2026   Processed: Feb 3, 2026", 7.3)
        doc.y += 14
        state["claim"] = f"Patient: {pat}   Claim number: {clm}"
        colhead(doc)
        for s in ss:
            doc.ensure(12)
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            d = dfmt(s.dos, "mdy2")
            desc = s.desc if len(s.desc) <= 24 else s.desc[:22].rstrip() + "."
            cells = [d, f"{desc} ({code})", m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed),
                     m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes)]
            rem = " ".join(s.remarks)
            if rem:
                cells[1] = f"{desc} ({code}) {rem}"
            p = doc.row(cols, cells, size=7, record=True, lead=14)
            out.add(doc, p, s, cid=None, pcid=clm, pat=pat, units=False,
                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                             "paid", "patient_owes"), remarks=s.remarks, row_tokens=cells + [s.code] + list(s.mods))
            out.lines[-1]["description"] = desc
        tot = {k: total(ss, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                             ("patient_owes", "owes"))}
        doc.line(260, doc.y - 7, 596, doc.y - 7)
        doc.row(cols, ["", "Claim total", m(tot["billed"]), m(total(ss, "discount")), m(total(ss, "not_covered")),
                       m(tot["allowed"]), m(total(ss, "deductible")), m(total(ss, "copay")),
                       m(total(ss, "coinsurance")), m(tot["paid"]), m(tot["patient_owes"])], size=7, bold=True)
        state["claim"] = None
        out.claim(None, clm, pat, printed_totals=tot)
        doc.y += 12
    doc.ensure(70)
    doc.text(40, "Remark codes", 8, True)
    doc.y += 11
    legend = [("D1", "This amount counts toward your plan-year deductible."),
              ("N2", "Your plan does not cover custom orthotic training without prior approval; you may owe it.")]
    for k, v in legend:
        doc.text(40, f"{k}  {v}", 7)
        doc.y += 10
    doc.y += 8
    doc.text(40, "You may appeal any decision on this notice within 180 days. See the back of page 1 for how.", 7)
    doc.finish()
    return doc, out, legend, "commercial member EOB, family of three, reportlab Helvetica"


# ============================================================================ e2 HSA-plan claims statement
def e2(path, npages):
    out = Out()
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.77"))
    mem = [
        ("Ana Ferrante-Ruiz", "Briarholm Spine & Sport Physical Therapy", "RX2026-0033016",
         [svc(D(2026, 2, 4), "97161", 1, ["GP"]), svc(D(2026, 2, 4), "97140", 2, ["GP"]),
          svc(D(2026, 2, 11), "97110", 2, ["GP"]), svc(D(2026, 2, 11), "97140", 1, ["GP", "59"]),
          svc(D(2026, 2, 18), "97110", 2, ["GP"]), svc(D(2026, 2, 18), "97112", 1, ["GP"]),
          svc(D(2026, 2, 25), "97110", 2, ["GP"]), svc(D(2026, 2, 25), "99213", 1, [])]),
        ("Lucia Ferrante-Ruiz", "Sunporch Pediatric Therapy", "RX2026-0032210",
         [svc(D(2026, 2, 3), "97163", 1, ["GP"]), svc(D(2026, 2, 3), "97116", 2, ["GP"]),
          svc(D(2026, 2, 10), "97112", 2, ["GP"]), svc(D(2026, 2, 10), "97110", 1, ["GP", "KX"]),
          svc(D(2026, 2, 17), "97112", 2, ["GP"]), svc(D(2026, 2, 24), "97116", 2, ["GP"])]),
        ("Desmond Ferrante-Ruiz", "Ridgeway Hand & Upper Limb Rehab", "RX2026-0031947",
         [svc(D(2026, 2, 2), "97166", 1, ["GO"]), svc(D(2026, 2, 2), "97760", 2, ["GO"]),
          svc(D(2026, 2, 2), "L3807", 1, ["RT"]), svc(D(2026, 2, 5), "97140", 2, ["GO"]),
          svc(D(2026, 2, 5), "97110", 2, ["GO"]), svc(D(2026, 2, 9), "97530", 3, ["GO"]),
          svc(D(2026, 2, 9), "G0283", 1, ["GO"]), svc(D(2026, 2, 12), "97140", 2, ["GO"]),
          svc(D(2026, 2, 12), "97110", 2, ["GO"]), svc(D(2026, 2, 16), "97530", 2, ["GO"]),
          svc(D(2026, 2, 16), "0552T", 1, [], denied="PR"), svc(D(2026, 2, 19), "97168", 1, ["GO"]),
          svc(D(2026, 2, 19), "97530", 2, ["GO"]), svc(D(2026, 2, 23), "97110", 3, ["GO"]),
          svc(D(2026, 2, 23), "97140", 1, ["GO"]), svc(D(2026, 2, 26), "97530", 2, ["GO"]),
          svc(D(2026, 2, 26), "97535", 1, ["GO"])]),
    ]
    for _, _, _, ss in mem:
        for s in ss:
            commercial(s, st, deny_reason="50")
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [(30, "l"), (96, "l"), (164, "l"), (398, "r"), (470, "r"), (548, "r"), (620, "r"), (690, "r"),
            (762, "r")]
    heads = ["Service date", "Code", "What it was", "Qty", "Charges", "Network savings", "Plan price",
             "Plan paid", "You owe"]

    def head(doc):
        if doc.page == 1:
            doc.rect(0, 0, 792, 54, fill=0.92)
            doc.text(30, "NORTHFOLD HEALTH  |  HSA Choice 3000", 14, True, y=28)
            doc.text(30, "Claims Statement for the period Feb 1 - Feb 28, 2026", 9, y=44)
            doc.text(762, "Not a bill", 12, True, "r", y=28)
            doc.y = 76
            doc.text(30, "Prepared for: Ana Ferrante-Ruiz, 88 Tamsin Court, Briarholm, NE 68999", 8.5)
            doc.text(762, "Member number NFH 5521-0087-44", 8.5, align="r")
            doc.y += 12
            doc.text(30, "Covered on this plan: Ana, Desmond and Lucia Ferrante-Ruiz", 8.5)
            doc.y += 22
        else:
            doc.text(30, "Northfold Health - Claims Statement - Feb 2026", 8, True)
            doc.text(762, f"Page {doc.page} of {npages or '?'}", 8, align="r")
            doc.y += 20

    def foot(doc):
        if doc.page == 1:
            doc.text(762, f"Page 1 of {npages or '?'}", 8, align="r", y=596)
        doc.text(30, "Savings shown are discounts your network providers agreed to. HSA funds may pay what you owe.",
                 7, y=596)

    doc = Doc("fpdf2", path, "DejaVuSansCondensed", landscape=True, page_head=head, page_foot=foot, bottom=34)
    for pat, prov, clm, ss in mem:
        doc.ensure(50)
        doc.rect(26, doc.y - 10, 740, 28, fill=0.95)
        doc.text(30, f"{pat}", 10, True)
        doc.text(300, f"Claim {clm}", 9)
        doc.text(480, "Status: Processed Mar 2, 2026", 8.5)
        doc.y += 12
        doc.text(30, f"Seen by {prov} - network provider", 8)
        doc.y += 18
        doc.row(cols, heads, size=7.5, bold=True, lead=4)
        doc.line(28, doc.y, 764, doc.y)
        doc.y += 10
        for s in ss:
            doc.ensure(12)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            cells = [dfmt(s.dos, "mon"), code, s.desc + (" - not covered by your plan" if s.denied else ""),
                     units_str(s.units), m(s.billed), m(s.discount), m(s.allowed), m(s.paid), m(s.owes)]
            p = doc.row(cols, cells, size=8, record=True, lead=14)
            out.add(doc, p, s, cid=None, pcid=clm, pat=pat, printed=("billed", "discount", "allowed", "paid",
                                                                      "patient_owes"),
                    row_tokens=cells)
        tb, tp, to, ta = total(ss, "billed"), total(ss, "paid"), total(ss, "owes"), total(ss, "allowed")
        doc.ensure(14)
        doc.line(360, doc.y - 8, 764, doc.y - 8)
        doc.row(cols, ["", "", "Totals for this claim", "", m(tb), m(total(ss, "discount")), m(ta), m(tp), m(to)],
                size=8, bold=True, lead=20)
        out.claim(None, clm, pat, printed_totals={"billed": tb, "allowed": ta, "paid": tp, "patient_owes": to})
    doc.finish()
    return doc, out, [], "HSA member claims statement, fpdf2 DejaVu Sans Condensed landscape"


# ============================================================================ m1 MSN classic
def m1(path, npages):
    out = Out()
    st = PlanState(ded_left=Decimal("64.00"))
    bene = "WINIFRED A. PELLINGHAM"
    claims = [
        ("Bellhaven Outpatient Rehab, 12 Orchard Row, Tulliver, VT 05999", "26-034-118820-01",
         D(2026, 1, 12), D(2026, 1, 23),
         [svc(D(2026, 1, 12), "97161", 1, ["GP"]), svc(D(2026, 1, 12), "97110", 2, ["GP"]),
          svc(D(2026, 1, 16), "97110", 2, ["GP"]), svc(D(2026, 1, 16), "97140", 1, ["GP"]),
          svc(D(2026, 1, 19), "97112", 2, ["GP", "CQ"]), svc(D(2026, 1, 19), "97110", 1, ["GP", "CQ"]),
          svc(D(2026, 1, 23), "97530", 2, ["GP"]), svc(D(2026, 1, 23), "G0283", 1, ["GP"]),
          svc(D(2026, 1, 23), "97140", 1, ["GP"])]),
        ("Maplestead Occupational Therapy, 4 Kiln Lane, Tulliver, VT 05999", "26-041-220347-00",
         D(2026, 1, 14), D(2026, 1, 28),
         [svc(D(2026, 1, 14), "97166", 1, ["GO"]), svc(D(2026, 1, 21), "97535", 2, ["GO"]),
          svc(D(2026, 1, 21), "97530", 1, ["GO", "KX"]), svc(D(2026, 1, 28), "97535", 2, ["GO"]),
          svc(D(2026, 1, 28), "0552T", 1, [], denied="PR")]),
        ("Tulliver Family Medicine, 300 Common St, Tulliver, VT 05999", "26-040-991004-02",
         D(2026, 1, 26), D(2026, 1, 26), [svc(D(2026, 1, 26), "99213", 1, [])]),
    ]
    for _, _, _, _, ss in claims:
        for s in ss:
            medicare(s, st)
            s.remarks = ["1"] if s.deductible else []
            if s.denied:
                s.remarks = ["4"]
            if "CQ" in s.mods:
                s.remarks = ["3"]
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [(44, "l"), (330, "r"), (400, "r"), (470, "r"), (530, "r"), (572, "r")]

    def head(doc):
        if doc.page == 1:
            doc.text(44, "Medicare Summary Notice", 18, True)
            doc.text(568, "for Part B (Medical Insurance)", 10, align="r")
            doc.y += 20
            doc.text(44, "The Official Summary of Your Medicare Claims from the U.S. Department of Health and "
                     "Human Services", 8)
            doc.y += 24
            for t in (bene, "71 HAYWARD HOLLOW RD", "TULLIVER VT 05999-1102"):
                doc.text(44, t, 9)
                doc.y += 11
            doc.rect(330, doc.y - 42, 240, 52)
            doc.text(338, "Notice date: February 6, 2026", 8.5, y=doc.y - 28)
            doc.text(338, "Medicare number: XXXX-XX4-QT71", 8.5, y=doc.y - 16)
            doc.text(338, "Customer service: 1-800-555-0199", 8.5, y=doc.y - 4)
            doc.y += 22
            doc.text(44, "Part B Medical Insurance - Assigned Claims", 11, True)
            doc.y += 18
        else:
            doc.text(44, f"{bene}   Medicare number XXXX-XX4-QT71", 8.5)
            doc.text(568, "Part B Medical Insurance - Assigned Claims (continued)", 8.5, True, "r")
            doc.y += 22

    def foot(doc):
        doc.text(306, f"Page {doc.page} of {npages or '?'}", 8.5, align="c", y=770)

    doc = Doc("reportlab", path, "LiberationSerif", page_head=head, page_foot=foot, bottom=50)
    for prov, icn, d0, d1, ss in claims:
        doc.ensure(80)
        dates = dfmt(d0, "mdy2") + (" - " + dfmt(d1, "mdy2") if d1 != d0 else "")
        doc.text(44, f"Claim number {icn}", 9, True)
        doc.y += 11
        doc.text(44, prov, 8.5)
        doc.y += 11
        doc.text(44, "Referred by: Dr. Ilse Marrow", 8.5)
        doc.y += 14
        hd = [["Dates of Service", "Amount", "Medicare", "Medicare Paid", "You May", "See"],
              ["Services Provided", "Charged", "Approved", "Provider", "Be Billed", "Notes"]]
        for h in hd:
            doc.row(cols, h, size=8, bold=True, lead=10)
        doc.line(44, doc.y - 6, 572, doc.y - 6)
        doc.y += 4
        doc.text(44, dates, 8.5, True)
        doc.y += 12
        cur = None
        for s in ss:
            doc.ensure(12)
            if s.dos != cur:
                if cur is not None or True:
                    doc.text(52, dfmt(s.dos, "mdy2"), 8.5)
                    doc.y += 11
                cur = s.dos
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            cells = [f"  {s.desc} ({code})", m(s.billed), m(s.allowed), m(s.paid), m(s.owes),
                     ",".join(s.remarks)]
            p = doc.row([(58, "l")] + cols[1:], cells, size=8.5, record=True, lead=11.5)
            out.add(doc, p, s, cid=None, pcid=icn, pat=bene, units=False, remarks=s.remarks,
                    printed=("billed", "allowed", "paid", "patient_owes"), row_tokens=cells[1:] + [s.code],
                    page_tokens=[dfmt(s.dos, "mdy2")])
        tb, ta, tp, to = (total(ss, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.line(280, doc.y - 7, 572, doc.y - 7)
        doc.row(cols, ["  Claim Total", m(tb), m(ta), m(tp), m(to), ""], size=8.5, bold=True, lead=24)
        out.claim(None, icn, bene, printed_totals={"billed": tb, "allowed": ta, "paid": tp, "patient_owes": to})
    doc.ensure(90)
    doc.text(44, "Notes for Claims Above", 10, True)
    doc.y += 14
    legend = [("1", "This approved amount was put toward your yearly Part B deductible."),
              ("3", "Therapy given by an assistant is paid at a reduced rate."),
              ("4", "Medicare does not pay for this service. You were told beforehand in writing, so you may "
                    "be billed.")]
    for k, v in legend:
        doc.text(44, f"{k}  {v}", 8)
        doc.y += 11
    doc.y += 8
    doc.text(44, "Your Deductible Information: You have now met $257.00 of your $257.00 Part B deductible for 2026.",
             8)
    doc.finish()
    return doc, out, legend, "MSN Part B classic, reportlab Liberation Serif"


# ============================================================================ m2 MA PPO member EOB
def m2(path, npages):
    out = Out()
    pats = [("Gideon Thorvald", "H77-26-0187762", "Quarry Gate Hand Therapy", [
        svc(D(2026, 1, 2), "97166", 1, ["GO"]), svc(D(2026, 1, 2), "97760", 1, ["GO"]),
        svc(D(2026, 1, 2), "L3807", 1, ["RT"]), svc(D(2026, 1, 6), "97140", 1, ["GO"]),
        svc(D(2026, 1, 6), "97110", 2, ["GO"]), svc(D(2026, 1, 8), "97530", 2, ["GO"]),
        svc(D(2026, 1, 13), "97110", 2, ["GO"]), svc(D(2026, 1, 13), "97140", 1, ["GO", "59"]),
        svc(D(2026, 1, 15), "97530", 2, ["GO"]), svc(D(2026, 1, 20), "97535", 1, ["GO"]),
        svc(D(2026, 1, 22), "97110", 2, ["GO"]), svc(D(2026, 1, 27), "97168", 1, ["GO"])]),
        ("Gideon Thorvald", "H77-26-0188204", "Elmcrest Physical Therapy", [
        svc(D(2026, 1, 5), "97163", 1, ["GP"]), svc(D(2026, 1, 7), "97110", 2, ["GP"]),
        svc(D(2026, 1, 7), "97112", 1, ["GP"]), svc(D(2026, 1, 9), "97116", 2, ["GP"]),
        svc(D(2026, 1, 12), "97110", 2, ["GP"]), svc(D(2026, 1, 12), "97140", 1, ["GP"]),
        svc(D(2026, 1, 14), "97530", 2, ["GP"]), svc(D(2026, 1, 16), "97110", 3, ["GP", "KX"]),
        svc(D(2026, 1, 19), "97112", 2, ["GP"]), svc(D(2026, 1, 21), "97116", 2, ["GP"]),
        svc(D(2026, 1, 23), "97110", 2, ["GP"]), svc(D(2026, 1, 26), "97140", 2, ["GP"]),
        svc(D(2026, 1, 28), "97530", 2, ["GP"]), svc(D(2026, 1, 30), "97110", 2, ["GP"]),
        svc(D(2026, 1, 30), "97150", 1, ["GP"], denied="CO")]),
        ("Gideon Thorvald", "H77-26-0190551", "Rook Hill Speech & Swallow", [
            svc(D(2026, 1, 20), "92523", 1, ["GN"]), svc(D(2026, 1, 27), "92526", 1, ["GN"]),
            svc(D(2026, 1, 29), "92507", 1, ["GN"])])]
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.55"))
    for _, _, _, ss in pats:
        for s in ss:
            commercial(s, st, deny_reason="97")
    m = lambda v: money(v, "$")  # noqa: E731
    cols = [(36, "l"), (96, "l"), (350, "r"), (420, "r"), (490, "r"), (560, "r"), (576, "l")]

    def head(doc):
        doc.text(36, "Silverpine Advantage PPO", 13, True)
        doc.text(576, f"Page {doc.page} of {npages or '?'}", 8, align="r")
        doc.y += 12
        doc.text(36, "A Medicare Advantage plan from Silverpine Health Cooperative", 8)
        doc.y += 14
        if doc.page == 1:
            doc.text(36, "Explanation of Benefits for January 2026", 11, True)
            doc.y += 14
            doc.text(36, "Member: Gideon Thorvald    Member ID: SPA 91-220-4471    Plan: H9977-004", 8.5)
            doc.y += 12
            doc.text(36, "This notice tells you about the medical care your plan paid for. It is not a bill.", 8.5)
            doc.y += 20
            doc.rect(36, doc.y - 10, 540, 34, fill=0.93)
            doc.text(44, "Your costs so far in 2026: $210.00 of your $4,900.00 in-network maximum.", 8.5)
            doc.y += 12
            doc.text(44, "Plan paid this month: see claim totals below.", 8.5)
            doc.y += 26
        else:
            doc.y += 8

    def foot(doc):
        doc.text(36, "Silverpine Advantage PPO - Member services 1-888-555-0176, 8 a.m. - 8 p.m., 7 days a week",
                 7, y=766)

    doc = Doc("fpdf2", path, "LiberationSans", page_head=head, page_foot=foot, bottom=40)
    for pat, clm, prov, ss in pats:
        doc.ensure(60)
        doc.text(36, f"Claim {clm}  -  {prov}", 9.5, True)
        doc.y += 12
        doc.text(36, f"Patient: {pat}   Network: In network   Claim processed 02/03/2026", 8)
        doc.y += 14

        def ch(doc):
            doc.row(cols, ["Date", "Service", "Provider charged", "Plan approved", "Plan paid", "Your share", ""],
                    size=8, bold=True, lead=5)
            doc.line(36, doc.y, 576, doc.y)
            doc.y += 10
        ch(doc)
        for s in ss:
            if doc.ensure(12):
                doc.text(36, f"Claim {clm} (continued)", 9, True)
                doc.y += 14
                ch(doc)
            svcs = f"{s.desc} {s.code}" + (" " + " ".join(s.mods) if s.mods else "") + \
                   (f" x{units_str(s.units)}" if s.units != 1 else "")
            cells = [dfmt(s.dos, "mdy4"), svcs, m(s.billed), m(s.allowed), m(s.paid), m(s.owes), ""]
            p = doc.row(cols, cells, size=8, record=True, lead=16)
            out.add(doc, p, s, cid=None, pcid=clm, pat=pat, units=s.units != 1,
                    printed=("billed", "allowed", "paid", "patient_owes"), row_tokens=cells + [s.code])
            if s.denied:
                doc.text(108, "Not covered: group exercise is not part of your therapy plan of care. You do not "
                         "owe this.", 7)
                doc.y += 10
        tb, ta, tp, to = (total(ss, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.line(300, doc.y - 8, 576, doc.y - 8)
        doc.row(cols, ["", "Total for this claim", m(tb), m(ta), m(tp), m(to), ""], size=8, bold=True, lead=22)
        out.claim(None, clm, pat, printed_totals={"billed": tb, "allowed": ta, "paid": tp, "patient_owes": to})
    doc.finish()
    return doc, out, [], "Medicare Advantage PPO member EOB, fpdf2 Liberation Sans"


# ============================================================================ d1 Medicaid RA mainframe
def d1(path, npages):
    out = Out()
    prov = "PRAIRIE LANTERN THERAPY GROUP"
    recips = [
        ("PAID", "KOWALCZYK, TEODOR", "9004417725", "2026041000317", "PLT-55102", [
            svc(D(2026, 1, 5), "97530", 2, ["GO"]), svc(D(2026, 1, 5), "97535", 1, ["GO"]),
            svc(D(2026, 1, 12), "97530", 2, ["GO"]), svc(D(2026, 1, 12), "97112", 1, ["GO"]),
            svc(D(2026, 1, 19), "97530", 3, ["GO"]), svc(D(2026, 1, 26), "97530", 2, ["GO"]),
            svc(D(2026, 1, 26), "97535", 2, ["GO"])]),
        ("PAID", "ABERNATHY-OYE, JUNIPER", "9004530018", "2026041000318", "PLT-55119", [
            svc(D(2026, 1, 6), "92507", 1, ["GN"]), svc(D(2026, 1, 13), "92507", 1, ["GN"]),
            svc(D(2026, 1, 20), "92507", 1, ["GN"]), svc(D(2026, 1, 27), "92526", 1, ["GN"])]),
        ("PAID", "MBEKI, SAMUEL J", "9004602291", "2026041000319", "PLT-55123", [
            svc(D(2026, 1, 7), "97167", 1, ["GO"]), svc(D(2026, 1, 14), "97530", 4, ["GO"]),
            svc(D(2026, 1, 21), "97530", 4, ["GO"]), svc(D(2026, 1, 21), "97140", 2, ["GO", "59"]),
            svc(D(2026, 1, 28), "97530", 4, ["GO"]), svc(D(2026, 1, 28), "97110", 2, ["GO"]),
            svc(D(2026, 1, 30), "97168", 1, ["GO"])]),
        ("DENIED", "OSTERGAARD, PIA", "9004711850", "2026041000320", "PLT-55140", [
            svc(D(2026, 1, 8), "97165", 1, ["GO"], denied="CO"), svc(D(2026, 1, 8), "97530", 2, ["GO"], denied="CO")]),
        ("ADJUSTED", "KOWALCZYK, TEODOR", "9004417725", "2025352000904", "PLT-54877", [
            svc(D(2025, 12, 15), "97530", 2, ["GO"]), svc(D(2025, 12, 15), "97535", 1, ["GO"])]),
        ("ADJUSTED", "KOWALCZYK, TEODOR", "9004417725", "2026041000321", "PLT-54877", [
            svc(D(2025, 12, 15), "97530", 3, ["GO"]), svc(D(2025, 12, 15), "97535", 1, ["GO"])]),
    ]
    for sec, _, _, _, _, ss in recips:
        for s in ss:
            medicaid(s, deny_reason="16")
    # the first ADJUSTED claim is the void (credit) of the earlier payment
    recips[4] = recips[4][:5] + ([negate(s) for s in recips[4][5]],)
    eob = {"45": "0045", "16": "0171"}
    m = lambda v: money(v, "")  # noqa: E731
    F = 7.6
    cw = F * 0.6

    def col(n):
        return 24 + n * cw

    def head(doc):
        doc.text(col(0), "STATE OF NORTH PLAINFIELD  MEDICAL ASSISTANCE PROGRAM", F, True)
        doc.text(col(96), "REMITTANCE ADVICE", F, True)
        doc.text(col(140), f"PAGE {doc.page:>4}", F)
        doc.y += 10
        doc.text(col(0), f"PROVIDER {prov}   PROV ID 1184220901   RA NUMBER 0004417   RA DATE 02/10/26", F)
        doc.y += 10
        doc.text(col(0), "-" * 155, F)
        doc.y += 12

    doc = Doc("fpdf2", path, "courier", landscape=True, page_head=head, top=30, bottom=30)
    cur_sec = None
    widths = "{:<3} {:<9} {:<9} {:<6} {:<6} {:>5} {:>10} {:>10} {:>10} {:>5}"
    for sec, name, rid, icn, acct, ss in recips:
        if sec != cur_sec:
            doc.ensure(40)
            doc.y += 4
            doc.text(col(0), f"*** {sec} CLAIMS ***", F, True)
            doc.y += 12
            cur_sec = sec
        doc.ensure(40)
        doc.text(col(0), f"RECIP NAME {name:<26} RECIP ID {rid}   ICN {icn}   PAT ACCT {acct}", F)
        doc.y += 10
        doc.text(col(4), widths.format("LN", "FROM-DOS", "TO-DOS", "PROC", "MOD", "UNITS", "BILLED", "ALLOWED",
                                       "PAID", "EOB"), F)
        doc.y += 10
        for i, s in enumerate(ss, 1):
            if doc.ensure(12):
                doc.text(col(0), f"RECIP NAME {name:<26} RECIP ID {rid}   ICN {icn}   (CONT)", F)
                doc.y += 10
            code_eob = "" if not s.adjs else eob[s.adjs[0][1]]
            d = dfmt(s.dos, "mdy2")
            line = widths.format(f"{i:02d}", d, d, s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                                 m(s.allowed), m(s.paid), code_eob)
            doc.text(col(4), line, F)
            doc.rows.append((doc.page, None))
            p = doc.page
            doc.y += 10
            out.add(doc, p, s, cid=acct, pcid=icn, pat=name, printed=("billed", "allowed", "paid"),
                    row_tokens=[d, s.code, *s.mods, units_str(s.units), m(s.billed), m(s.allowed), m(s.paid)],
                    remarks=[code_eob] if code_eob else [])
            out.lines[-1]["remarks"] = [code_eob] if code_eob else []
        tb, ta, tp = (total(ss, a) for a in ("billed", "allowed", "paid"))
        doc.text(col(4), "{:<45} {:>10} {:>10} {:>10}".format("   CLAIM TOTAL", m(tb), m(ta), m(tp)), F)
        doc.y += 14
        out.claim(acct, icn, name, printed_totals={"billed": tb, "allowed": ta, "paid": tp})
    doc.ensure(60)
    doc.text(col(0), "EOB CODE LEGEND", F, True)
    doc.y += 10
    legend = [("0045", "CHARGE EXCEEDS MAXIMUM FEE - PAID AT PROGRAM RATE"),
              ("0171", "CLAIM LACKS REQUIRED PRIOR AUTHORIZATION NUMBER FOR THERAPY EVALUATION")]
    for k, v in legend:
        doc.text(col(0), f"{k}  {v}", F)
        doc.y += 10
    doc.y += 4
    net = sum((total(r[5], "paid") for r in recips), ZERO)
    doc.text(col(0), f"NET PAYMENT THIS RA {m(net)}   EFT TRACE 8810024417", F, True)
    doc.finish()
    return doc, out, legend, "state Medicaid RA, mainframe monospace, fpdf2 Courier landscape"


# ============================================================================ d2 Medicaid RA ruled grid
def d2(path, npages):
    out = Out()
    cl = [
        ("Paid", "Rosalind Achterberg", "MB00981772", "3126035004412", "SV-20931", [
            svc(D(2026, 1, 13), "92523", 1, ["GN"]), svc(D(2026, 1, 15), "92507", 1, ["GN"]),
            svc(D(2026, 1, 20), "92507", 1, ["GN"]), svc(D(2026, 1, 22), "92507", 1, ["GN"]),
            svc(D(2026, 1, 27), "92507", 1, ["GN"]), svc(D(2026, 1, 29), "92507", 1, ["GN"])]),
        ("Paid", "Emmett Achterberg", "MB00981773", "3126035004413", "SV-20932", [
            svc(D(2026, 1, 14), "97166", 1, ["GO"]), svc(D(2026, 1, 14), "97530", 2, ["GO"]),
            svc(D(2026, 1, 21), "97530", 3, ["GO"]), svc(D(2026, 1, 21), "97533", 1, ["GO"], desc="Sensory integration"),
            svc(D(2026, 1, 28), "97530", 3, ["GO"])]),
        ("Partially paid", "Benedikt Sorensen-Hall", "MB01120045", "3126035004414", "SV-20940", [
            svc(D(2026, 1, 9), "97161", 1, ["GP"]), svc(D(2026, 1, 9), "97110", 2, ["GP"]),
            svc(D(2026, 1, 16), "97110", 2, ["GP"]), svc(D(2026, 1, 16), "97140", 2, ["GP", "59"]),
            svc(D(2026, 1, 23), "97110", 2, ["GP"]), svc(D(2026, 1, 23), "97112", 1, ["GP"], denied="CO"),
            svc(D(2026, 1, 30), "97110", 2, ["GP"]), svc(D(2026, 1, 30), "97116", 1, ["GP"]),
            svc(D(2026, 2, 3), "97110", 2, ["GP"]), svc(D(2026, 2, 3), "97140", 1, ["GP"]),
            svc(D(2026, 2, 6), "97110", 2, ["GP"]), svc(D(2026, 2, 6), "97116", 2, ["GP"])]),
        ("Paid", "Tobias Achterberg", "MB00981774", "3126035004416", "SV-20933", [
            svc(D(2026, 1, 5) .replace(day=d), c, u, ["GO"]) for d, c, u in (
                (5, "97167", 1), (7, "97530", 3), (9, "97530", 3), (12, "97535", 2), (14, "97530", 3),
                (16, "97530", 2), (19, "97535", 2), (21, "97530", 3), (23, "97530", 3), (26, "97168", 1))]),
        ("Denied", "Carmen Ybarra-Lind", "MB01200318", "3126035004415", "SV-20951", [
            svc(D(2026, 1, 19), "97165", 1, ["GO"], denied="CO"), svc(D(2026, 1, 19), "97535", 1, ["GO"], denied="CO")]),
    ]
    from samples.pdf import eobgen
    for st_, _, _, _, _, ss in cl:
        for s in ss:
            s.billed = eobgen.q(Decimal(eobgen.FEE[s.code]) * s.units)
            medicaid(s, deny_reason="A1" if st_ == "Denied" else "B7")
            s.tpl = Decimal("0.00")
    # other coverage paid part of Emmett's first visit: TPL shown, Medicaid paid the rest of the allowance
    e = cl[1][5][1]
    e.tpl = Decimal("20.00")
    e.paid = e.allowed - e.tpl
    e.adjs = [("CO", "45", e.discount), ("OA", "23", e.tpl)]
    m = lambda v: money(v, ",")  # noqa: E731
    xs = [30, 56, 106, 152, 214, 248, 304, 360, 404, 456, 524, 582]
    al = ["l", "l", "l", "l", "r", "r", "r", "r", "r", "l", "l"]
    cols = [(xs[i] + (2 if al[i] == "l" else 0) if al[i] == "l" else xs[i + 1] - 3, al[i]) for i in range(11)]
    heads = ["Line", "DOS", "Proc", "Modifiers", "Units", "Billed", "Allowed", "TPL", "Paid", "Status", "EOB"]
    state = {"c": None}

    def grid_head(doc):
        doc.rect(xs[0], doc.y - 9, xs[-1] - xs[0], 13, fill=0.85)
        doc.row(cols, heads, size=7, bold=True, lead=13)

    def head(doc):
        doc.text(30, "Keystone Ridge Department of Human Services", 12, True)
        doc.text(582, "Provider Remittance Advice", 12, True, "r")
        doc.y += 13
        doc.text(30, "Medical Assistance Fiscal Agent - PO Box 7720, Harlan Gap, KR 40990", 7.5)
        doc.text(582, f"Page {doc.page} of {npages or '?'}", 7.5, align="r")
        doc.y += 11
        doc.text(30, "Payee: Windrow Children's Therapy Center LLC   NPI 1490082217   Payee ID 004471190", 7.5)
        doc.text(582, "Cycle date 02/12/2026   Payment no. 10088472", 7.5, align="r")
        doc.y += 8
        doc.line(30, doc.y, 582, doc.y, 1.2)
        doc.y += 16
        if state["c"]:
            doc.rect(30, doc.y - 10, 552, 14, fill=0.95)
            doc.text(34, state["c"] + "  - Claim continued", 8, True)
            doc.y += 16
            grid_head(doc)

    doc = Doc("reportlab", path, "DejaVuSans", page_head=head, bottom=40)
    for stat, name, mid, tcn, acct, ss in cl:
        doc.ensure(70)
        band = f"TCN {tcn}   Member {name} ({mid})   Patient Acct No {acct}"
        doc.rect(30, doc.y - 10, 552, 14)
        doc.text(34, band, 8, True)
        doc.y += 8
        doc.text(34, f"Claim status: {stat}   Type: Professional   Rendering NPI 1730049921   Billed 01/31/2026",
                 6.8, y=doc.y + 6)
        doc.y += 18
        state["c"] = band
        grid_head(doc)
        for i, s in enumerate(ss, 1):
            doc.ensure(12)
            status = "Denied" if s.denied else "Paid"
            eobc = ",".join(c for g, c, a in s.adjs if c != "45") or ("" if not s.discount else "B7")
            if s.denied:
                eobc = "A1" if stat == "Denied" else "N9"
            cells = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                     m(s.allowed), m(s.tpl), m(s.paid), status, eobc]
            y0 = doc.y
            p = doc.row(cols, cells, size=7.2, record=True, lead=14)
            doc.line(xs[0], doc.y - 9, xs[-1], doc.y - 9, 0.3)
            for x in xs:
                doc.line(x, y0 - 9, x, doc.y - 9, 0.3)
            out.add(doc, p, s, cid=acct, pcid=tcn, pat=name, printed=("billed", "allowed", "paid"),
                    remarks=[eobc] if eobc else [], row_tokens=cells[1:9])
        state["c"] = None
        tb, ta, tp = (total(ss, a) for a in ("billed", "allowed", "paid"))
        doc.row(cols, ["", "", "", "Claim totals", "", m(tb), m(ta), "", m(tp), "", ""], size=7.2, bold=True,
                lead=22)
        out.claim(acct, tcn, name, printed_totals={"billed": tb, "allowed": ta, "paid": tp})
    doc.ensure(60)
    legend = [("B7", "Paid at the program's maximum allowable fee."),
              ("N9", "Service exceeds the weekly limit for this therapy without an approved extension."),
              ("A1", "No active prior approval on file for the billed dates."),
              ("OA23", "Other coverage payment applied (TPL column).")]
    doc.text(30, "Explanation of EOB codes", 8, True)
    doc.y += 11
    for k, v in legend:
        doc.text(30, f"{k:<6}{v}", 7)
        doc.y += 10
    doc.finish()
    return doc, out, legend, "state Medicaid RA ruled grid, reportlab DejaVu Sans"


# ============================================================================ p1 standard paper remit (clearinghouse)
def p1(path, npages):
    out = Out()
    st = PlanState(ded_left=Decimal("40.00"))
    cl = [
        ("VANTERPOOL, AUGUSTINE", "7QX2HJ4MK81", "VAN0112A", "0226040771120", [
            svc(D(2026, 1, 6), "97110", 2, ["GP"]), svc(D(2026, 1, 6), "97140", 1, ["GP", "59"]),
            svc(D(2026, 1, 8), "97110", 2, ["GP", "CQ"]), svc(D(2026, 1, 8), "97112", 1, ["GP"])]),
        ("LINDQVIST, MARGIT", "4TR8WW2PA19", "LIN0440C", "0226040771121", [
            svc(D(2026, 1, 7), "97165", 1, ["GO"]), svc(D(2026, 1, 9), "97535", 2, ["GO"]),
            svc(D(2026, 1, 14), "97530", 2, ["GO", "KX"])]),
        ("OKONKWO-BELL, RUFUS", "9MM3EK7TD55", "OKO0031B", "0226040771122", [
            svc(D(2026, 1, 12), "92523", 1, ["GN"]), svc(D(2026, 1, 19), "92507", 1, ["GN"]),
            svc(D(2026, 1, 26), "92507", 1, ["GN"])]),
        ("TREMBLAY, NOELLE", "2HD5QF6CJ30", "TRE0902A", "0226040771123", [
            svc(D(2026, 1, 13), "97161", 1, ["GP"]), svc(D(2026, 1, 13), "G0283", 1, ["GP"]),
            svc(D(2026, 1, 15), "97110", 3, ["GP"]), svc(D(2026, 1, 20), "97110", 3, ["GP"]),
            svc(D(2026, 1, 22), "97116", 2, ["GP"]), svc(D(2026, 1, 27), "97110", 2, ["GP"]),
            svc(D(2026, 1, 27), "97140", 2, ["GP"]), svc(D(2026, 1, 29), "97110", 2, ["GP"]),
            svc(D(2026, 1, 29), "97112", 2, ["GP"]), svc(D(2026, 1, 30), "0552T", 1, [], denied="CO")]),
        ("HAVERKAMP, OSWIN", "6PL1ZN9RB47", "HAV0217D", "0226040771124", [
            svc(D(2026, 1, 21), "97163", 1, ["GP"]), svc(D(2026, 1, 23), "97530", 2, ["GP"]),
            svc(D(2026, 1, 28), "97530", 2, ["GP"]), svc(D(2026, 1, 30), "97116", 2, ["GP"])]),
    ]
    for _, _, _, _, ss in cl:
        for s in ss:
            medicare(s, st)
            if "CQ" in s.mods:
                s.remarks = ["N809"]
    m = lambda v: money(v, "")  # noqa: E731
    F = 7.4

    def head(doc):
        doc.text(36, "CASCADE BRIDGE CLAIMS EXCHANGE - PRINTED REMITTANCE FROM 835", F, True)
        doc.text(576, f"PAGE #: {doc.page} OF {npages or '?'}", F, align="r")
        doc.y += 10
        doc.text(36, "PAYER: MEDICARE PART B - JURISDICTION 14 CONTRACTOR   PAYER ID 14422", F)
        doc.y += 10
        doc.text(36, "PROVIDER: FOXGLOVE REHABILITATION ASSOC   NPI 1386620055   CHECK/EFT #: 884410027   "
                 "DATE: 02/09/2026", F)
        doc.y += 16
        doc.text(36, "PERF PROV   SERV DATE   POS NOS  PROC  MODS        BILLED   ALLOWED   DEDUCT     COINS"
                 "   GRP/RC-AMT        PROV PD", F, True)
        doc.y += 8
        doc.text(36, "-" * 118, F)
        doc.y += 12

    doc = Doc("reportlab", path, "Courier", page_head=head, top=40, bottom=42)
    rowf = "{:<11} {:<11} {:<3} {:>3}  {:<5} {:<8} {:>9} {:>9} {:>8} {:>9}   {:<14} {:>9}"
    for name, mid, acnt, icn, ss in cl:
        doc.ensure(48)
        doc.text(36, f"NAME {name:<24} MID {mid}   ACNT {acnt}   ICN {icn}   ASG Y   MOA MA01", F)
        doc.y += 10
        for s in ss:
            doc.ensure(10 * max(1, len(s.adjs)) + 2)
            d = s.dos.strftime("%m%d ") + s.dos.strftime("%m%d%y")
            first = s.adjs[0] if s.adjs else None
            ga = f"{first[0]}-{first[1]}" if first else ""
            line = rowf.format("1902285511", d, "11", units_str(s.units), s.code, " ".join(s.mods), m(s.billed),
                               m(s.allowed), m(s.deductible), m(s.coinsurance), f"{ga:<7}{m(first[2]):>7}" if first
                               else "", m(s.paid))
            doc.text(36, line, F)
            doc.rows.append((doc.page, None))
            p = doc.page
            doc.y += 10
            for g, c, a in s.adjs[1:]:
                doc.text(36, " " * 87 + f"{g + '-' + c:<7}{m(a):>7}", F)
                doc.y += 10
            if s.remarks:
                doc.text(36, " " * 12 + "CNTL #: " + acnt + "   REM: " + " ".join(s.remarks), F)
                doc.y += 10
            out.add(doc, p, s, cid=acnt, pcid=icn, pat=name, printed=("billed", "allowed", "deductible",
                                                                       "coinsurance", "paid"),
                    adjs=s.adjs, remarks=s.remarks, adj_full=True,
                    row_tokens=[s.code, units_str(s.units), *s.mods, m(s.billed), m(s.allowed), m(s.paid),
                                s.dos.strftime("%m%d%y")],
                    page_tokens=[f"{g}-{c}" for g, c, a in s.adjs] + [m(a) for g, c, a in s.adjs])
        tb, ta, tp = (total(ss, a) for a in ("billed", "allowed", "paid"))
        pr = total(ss, "owes")
        doc.text(36, f"PT RESP {m(pr):>9}" + " " * 18 + f"CLAIM TOTALS {m(tb):>9} {m(ta):>9} "
                 f"{m(total(ss, 'deductible')):>8} {m(total(ss, 'coinsurance')):>9}" + " " * 24 + f"{m(tp):>9}", F)
        doc.y += 10
        doc.text(36, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET {m(tp)}", F)
        doc.y += 16
        out.claim(acnt, icn, name, printed_totals={"billed": tb, "allowed": ta, "paid": tp, "patient_owes": pr})
    doc.ensure(50)
    tp = sum((total(c[4], "paid") for c in cl), ZERO)
    doc.text(36, f"TOTALS: # OF CLAIMS {len(cl)}   PROV PD AMT {m(tp)}   CHECK AMT {m(tp)}", F, True)
    doc.y += 14
    legend = [("N809", "Payment reflects the reduced rate for services furnished in part by a therapy assistant.")]
    doc.text(36, "GLOSSARY: Group, Reason, MOA, Remark and Reason Codes", F, True)
    doc.y += 10
    for k, v in legend:
        doc.text(36, f"{k:<6}{v}", F)
        doc.y += 10
    doc.finish()
    return doc, out, legend, "Medicare-style SPR printed by a clearinghouse, reportlab Courier"


# ============================================================================ p2 PM payment posting report
def p2(path, npages):
    out = Out()
    st = PlanState(ded_left=Decimal("25.00"), coins_rate=Decimal("0.20"))
    cl = [
        ("Pemberton, Alva R", "100482", "22602600418831", [
            svc(D(2026, 1, 5), "97110", 2, ["GP"]), svc(D(2026, 1, 5), "97140", 1, ["GP"]),
            svc(D(2026, 1, 7), "97110", 2, ["GP"]), svc(D(2026, 1, 7), "97112", 1, ["GP"])]),
        ("Quintero, Dolores M", "100517", "22602600418832", [
            svc(D(2026, 1, 6), "97166", 1, ["GO"]), svc(D(2026, 1, 8), "97535", 2, ["GO"]),
            svc(D(2026, 1, 13), "97530", 2, ["GO"]), svc(D(2026, 1, 15), "97530", 2, ["GO", "KX"]),
            svc(D(2026, 1, 20), "97535", 1, ["GO"]), svc(D(2026, 1, 20), "97530", 1, ["GO", "CO"])]),
        ("Haugland, Peder", "100533", "22602600418833", [
            svc(D(2026, 1, 9), "92523", 1, ["GN"]), svc(D(2026, 1, 16), "92507", 1, ["GN"]),
            svc(D(2026, 1, 23), "92507", 1, ["GN"]), svc(D(2026, 1, 30), "92526", 1, ["GN"])]),
        ("Moreau-Tully, Jasper", "100560", "22602600418834", [
            svc(D(2026, 1, 12), "97161", 1, ["GP"]), svc(D(2026, 1, 14), "97110", 3, ["GP"]),
            svc(D(2026, 1, 16), "97110", 3, ["GP"]), svc(D(2026, 1, 19), "97116", 2, ["GP"]),
            svc(D(2026, 1, 21), "97110", 2, ["GP"]), svc(D(2026, 1, 21), "97140", 2, ["GP", "59"]),
            svc(D(2026, 1, 23), "97110", 2, ["GP"]), svc(D(2026, 1, 26), "97112", 2, ["GP"]),
            svc(D(2026, 1, 28), "97110", 2, ["GP"]), svc(D(2026, 1, 30), "97116", 2, ["GP"]),
            svc(D(2026, 1, 30), "97150", 1, ["GP"], denied="CO")]),
        ("Fairweather, Constance", "100588", "22602600418835", [
            svc(D(2026, 1, 22), "99213", 1, ["25"]), svc(D(2026, 1, 22), "97760", 1, ["GO"]),
            svc(D(2026, 1, 22), "L3807", 1, ["LT"])]),
    ]
    for _, _, _, ss in cl:
        for s in ss:
            medicare(s, st, deny_reason="B5")
    m = lambda v: money(v, ",", "()")  # noqa: E731
    cols = [(30, "l"), (86, "l"), (126, "l"), (196, "r"), (256, "r"), (316, "r"), (366, "r"), (416, "r"),
            (432, "l"), (620, "r"), (640, "l")]
    heads = ["DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Ded", "Coins", "Adj codes", "Paid", "Remark"]

    def head(doc):
        doc.text(30, "Juniper Row Practice Manager 9", 7, y=24)
        doc.text(762, "Run 02/11/2026 07:42  user: billing2", 7, align="r", y=24)
        doc.text(396, "Payment Posting Report - Electronic Remittance", 12, True, "c", y=42)
        doc.text(396, "Practice: Northgate Motion & Hand Therapy   Payer: Medicare Part B (Ridgeline GBA)   "
                 "EFT 0092210447   Deposit 02/10/2026", 8, align="c", y=56)
        doc.y = 78
        doc.line(30, doc.y - 8, 762, doc.y - 8)
        doc.row(cols, heads, size=7.5, bold=True, lead=6)
        doc.line(30, doc.y, 762, doc.y)
        doc.y += 12

    def foot(doc):
        doc.text(396, f"Page {doc.page} of {npages or '?'}", 7.5, align="c", y=594)

    doc = Doc("fpdf2", path, "LiberationSansNarrow", landscape=True, page_head=head, page_foot=foot, bottom=36)
    for name, acct, icn, ss in cl:
        doc.ensure(30)
        doc.rect(30, doc.y - 9, 732, 13, fill=0.9)
        doc.text(34, f"Patient: {name}", 8, True)
        doc.text(250, f"Acct #: {acct}", 8)
        doc.text(360, f"Payer ICN: {icn}", 8)
        doc.text(560, "Claim status: 1 - processed as primary", 8)
        doc.y += 14
        for s in ss:
            if doc.ensure(12):
                doc.text(34, f"{name} / Acct # {acct} - continued", 8, True)
                doc.y += 13
            adj = "; ".join(f"{g}{c} {money(a, ',')}" for g, c, a in s.adjs)
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                     m(s.deductible), m(s.coinsurance), adj, m(s.paid), "M86" if s.denied else ""]
            p = doc.row(cols, cells, size=7.8, record=True, lead=12)
            out.add(doc, p, s, cid=acct, pcid=icn, pat=name, adjs=s.adjs, adj_full=True,
                    remarks=["M86"] if s.denied else [],
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                    row_tokens=[c for c in cells if c] + [f"{g}{c} {money(a, ',')}" for g, c, a in s.adjs])
        tb, ta, tp = (total(ss, a) for a in ("billed", "allowed", "paid"))
        doc.line(150, doc.y - 8, 762, doc.y - 8, 0.3)
        doc.row(cols, ["", "Claim total", "", "", m(tb), m(ta), m(total(ss, "deductible")),
                       m(total(ss, "coinsurance")), "", m(tp), ""], size=7.8, bold=True, lead=18)
        out.claim(acct, icn, name, printed_totals={"billed": tb, "allowed": ta, "paid": tp})
    doc.ensure(40)
    tp = sum((total(c[3], "paid") for c in cl), ZERO)
    doc.text(30, f"Posted to {len(cl)} accounts.  Total payments posted: {m(tp)}   Unposted: 0.00", 8.5, True)
    doc.y += 12
    legend = [("M86", "Service denied because payment already made for a similar procedure on that date.")]
    doc.text(30, "Remark M86: " + legend[0][1], 7.5)
    doc.finish()
    return doc, out, legend, "PM payment posting report from ERA, fpdf2 Liberation Sans Narrow landscape"


# ============================================================================ f1 clinic family statement
def f1(path, npages):
    out = Out()
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70"))
    kids = [
        ("Ivy Carrow-Sterne", "V-88120", "QL4471002918", [
            svc(D(2026, 1, 6), "97165", 1, ["GO"]), svc(D(2026, 1, 6), "97530", 2, ["GO"]),
            svc(D(2026, 1, 13), "97530", 3, ["GO"]), svc(D(2026, 1, 13), "97533", 1, ["GO"], desc="Sensory processing"),
            svc(D(2026, 1, 20), "97530", 2, ["GO"]), svc(D(2026, 1, 20), "97535", 1, ["GO"])]),
        ("Felix Carrow-Sterne", "V-88134", "QL4471003047", [
            svc(D(2026, 1, 7), "92523", 1, ["GN"]), svc(D(2026, 1, 14), "92507", 1, ["GN"]),
            svc(D(2026, 1, 21), "92507", 1, ["GN"]), svc(D(2026, 1, 28), "92507", 1, ["GN"])]),
        ("Rosa Carrow-Sterne", "V-88151", "QL4471003388", [
            svc(D(2026, 1, 8), "97161", 1, ["GP"]), svc(D(2026, 1, 8), "97112", 2, ["GP"]),
            svc(D(2026, 1, 15), "97112", 2, ["GP"]), svc(D(2026, 1, 15), "97116", 1, ["GP"]),
            svc(D(2026, 1, 22), "97110", 2, ["GP"]), svc(D(2026, 1, 22), "97530", 1, ["GP", "59"]),
            svc(D(2026, 1, 29), "97112", 2, ["GP"]), svc(D(2026, 1, 29), "97116", 2, ["GP"]),
            svc(D(2026, 2, 3), "97110", 2, ["GP"]), svc(D(2026, 2, 3), "97760", 1, ["GP"], denied="PR")]),
    ]
    for _, _, _, ss in kids:
        for s in ss:
            commercial(s, st)
            s.insadj = s.billed - s.paid - s.owes
    m = lambda v: money(v, ",")  # noqa: E731
    cols = [(40, "l"), (86, "l"), (140, "l"), (372, "r"), (446, "r"), (510, "r"), (572, "r")]

    def head(doc):
        if doc.page == 1:
            doc.text(40, "Little Otter Therapy Collective", 16, True)
            doc.y += 13
            doc.text(40, "Occupational, Speech & Physical Therapy for Kids", 8.5)
            doc.y += 11
            doc.text(40, "2250 Wicket Mill Rd, Suite 4, Dunmore Falls, WA 98999   (360) 555-0148", 8)
            doc.rect(380, 30, 192, 66)
            for i, (a, b) in enumerate((("Statement date", "02/14/2026"), ("Guarantor no.", "G-30417"),
                                        ("Amount due", "$0.00"), ("Due by", "03/10/2026"))):
                doc.text(388, a, 8, y=46 + i * 14)
                doc.text(564, b, 8, True, "r", y=46 + i * 14)
            doc.y = 118
            for t in ("Statement for the family of:", "Helena Carrow-Sterne", "19 Rookery Lane",
                      "Dunmore Falls WA 98999"):
                doc.text(40, t, 9, t.startswith("Helena"))
                doc.y += 11
            doc.y += 14
        else:
            doc.text(40, "Little Otter Therapy Collective - statement for Helena Carrow-Sterne (G-30417)", 8.5, True)
            doc.text(572, "continued", 8.5, align="r")
            doc.y += 18
        doc.row(cols, ["Date", "Patient", "Code / Description", "Charges", "Insurance Paid", "Adjustments",
                       "You Owe"], size=7.6, bold=True, lead=4)
        doc.line(40, doc.y, 572, doc.y, 0.8)
        doc.y += 12

    def foot(doc):
        doc.line(40, 742, 572, 742)
        doc.text(40, "Insurance: Quailridge Health Alliance. Please call our billing office with questions, "
                 "Mon-Thu 9-4.", 7, y=754)
        doc.text(572, f"Page {doc.page} of {npages or '?'}", 7, align="r", y=766)

    doc = Doc("reportlab", path, "DejaVuSerif", page_head=head, page_foot=foot, bottom=70)
    owed = ZERO
    paid_rows = []
    for pat, visit, clm, ss in kids:
        for dv in sorted({s.dos for s in ss}):
            vs = [s for s in ss if s.dos == dv]
            doc.ensure(14 * (len(vs) + 2))
            doc.text(40, f"Visit {visit}-{dv.strftime('%m%d')}  {pat}  -  Quailridge claim {clm}", 7.2, True)
            doc.y += 12
            for s in vs:
                code = s.code + (" " + " ".join(s.mods) if s.mods else "")
                desc = f"{code}  {s.desc}"[:40]
                cells = [dfmt(s.dos, "mdy2"), pat.split()[0], desc, m(s.billed), m(s.paid), m(s.insadj), m(s.owes)]
                p = doc.row(cols, cells, size=7.4, record=True, lead=12)
                cid = f"{visit}-{dv.strftime('%m%d')}"
                out.add(doc, p, s, cid=cid, pcid=clm, pat=pat, printed=("billed", "paid", "patient_owes"), units=False,
                        row_tokens=[cells[0], s.code, *s.mods, cells[3], cells[4], cells[5], m(s.owes)])
                out.lines[-1]["description"] = desc[len(code) + 2:]
                owed += s.owes
            cop = sum((s.owes for s in vs), ZERO)
            if cop:
                doc.row(cols, [dfmt(dv, "mdy2"), pat.split()[0], "Payment - card at front desk, thank you", "", "",
                               "", m(-cop)], size=7.4, lead=16)
                paid_rows.append(cop)
            else:
                doc.y += 4
        out.claim(None, clm, pat)
    # claim_id per visit: each visit is the clinic's own visit number
    out.claims = []
    for ln in out.lines:
        key = (ln["claim_id"], ln["payer_claim_id"], ln["patient"])
        if key not in [(c["claim_id"], c["payer_claim_id"], c["patient"]) for c in out.claims]:
            out.claims.append({"claim_id": key[0], "payer_claim_id": key[1], "patient": key[2]})
    doc.ensure(70)
    doc.y += 6
    aging = [("Current", "0.00"), ("31-60 days", "0.00"), ("61-90 days", "0.00"), ("Over 90", "0.00"),
             ("Balance due", "0.00")]
    for i, (a, b) in enumerate(aging):
        doc.rect(40 + i * 106, doc.y - 10, 106, 28)
        doc.text(46 + i * 106, a, 7.2, y=doc.y)
        doc.text(140 + i * 106, b, 7.6, True, "r", y=doc.y + 12)
    doc.y += 32
    doc.text(40, "Thank you! Copays are collected at each visit. Orthotic training for Rosa was not covered by your "
             "plan and was paid at the visit.", 7)
    doc.finish()
    return doc, out, [], "therapy clinic family statement, reportlab DejaVu Serif"


# ============================================================================ f2 hospital guarantor statement
def f2(path, npages):
    out = Out()
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.64"))
    rev = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420"}
    revf = lambda c: "0420" if c in ("97110", "97112", "97116", "97140", "97161", "97163", "G0283") else rev.get(c[:2], "0430")  # noqa: E501,E731
    accts = [
        ("Obiageli Nkemelu", "HAR 6021755", "Primary: Tidewater Blue Choice  Claim # TBC2604408150", "TBC2604408150", [
            svc(D(2026, 1, 6), "92523", 1, ["GN"]), svc(D(2026, 1, 8), "92507", 1, ["GN"]),
            svc(D(2026, 1, 13), "92507", 1, ["GN"]), svc(D(2026, 1, 15), "92526", 1, ["GN"]),
            svc(D(2026, 1, 20), "92507", 1, ["GN"]), svc(D(2026, 1, 22), "92507", 1, ["GN"]),
            svc(D(2026, 1, 27), "92507", 1, ["GN"]), svc(D(2026, 1, 29), "92526", 1, ["GN"])]),
        ("Bartholomew Nkemelu", "HAR 6022918", "Primary: Tidewater Blue Choice  Claim # TBC2604409921", "TBC2604409921", [
            svc(D(2026, 1, 5), "97163", 1, ["GP"]), svc(D(2026, 1, 5), "97110", 2, ["GP"]),
            svc(D(2026, 1, 9), "97110", 2, ["GP"]), svc(D(2026, 1, 9), "97140", 2, ["GP", "59"]),
            svc(D(2026, 1, 12), "97116", 2, ["GP"]), svc(D(2026, 1, 12), "G0283", 1, ["GP"]),
            svc(D(2026, 1, 16), "97110", 3, ["GP"]), svc(D(2026, 1, 19), "97112", 2, ["GP"]),
            svc(D(2026, 1, 23), "97110", 2, ["GP"]), svc(D(2026, 1, 23), "97140", 1, ["GP"]),
            svc(D(2026, 1, 26), "97116", 2, ["GP"]), svc(D(2026, 1, 30), "97110", 2, ["GP"]),
            svc(D(2026, 1, 30), "97112", 1, ["GP"]), svc(D(2026, 2, 2), "97110", 2, ["GP"]),
            svc(D(2026, 2, 2), "97140", 2, ["GP"]), svc(D(2026, 2, 6), "97116", 2, ["GP"]),
            svc(D(2026, 2, 6), "97110", 2, ["GP"])]),
        ("Adaeze Nkemelu", "HAR 6023407", "Primary: Tidewater Blue Choice  Claim # TBC2604410388", "TBC2604410388", [
            svc(D(2026, 1, 14), "97167", 1, ["GO"]), svc(D(2026, 1, 14), "L3807", 1, ["LT"]),
            svc(D(2026, 1, 14), "97760", 1, ["GO"]), svc(D(2026, 1, 21), "97530", 2, ["GO"]),
            svc(D(2026, 1, 28), "97530", 2, ["GO"]), svc(D(2026, 1, 28), "97535", 1, ["GO"])]),
    ]
    for _, _, _, _, ss in accts:
        for s in ss:
            commercial(s, st)
    m = lambda v: money(v, ",", "trail")  # noqa: E731
    cols = [(48, "l"), (100, "l"), (134, "l"), (176, "l"), (206, "l"), (470, "r"), (504, "r"), (564, "r")]

    def head(doc):
        doc.text(48, "St. Brendan of the Dunes Regional Medical Center", 13, True)
        doc.y += 12
        doc.text(48, "Patient Financial Services   1 Harbor Light Blvd, Saltmarsh, SC 29999   843-555-0190", 7.8)
        doc.text(564, f"Page {doc.page} of {npages or '?'}", 7.8, align="r")
        doc.y += 10
        if doc.page == 1:
            doc.y += 10
            doc.text(48, "GUARANTOR STATEMENT", 11, True)
            doc.y += 14
            doc.text(48, "Guarantor: Chidi Nkemelu    Guarantor ID 00771430    Statement date 02/20/2026", 8.5)
            doc.y += 11
            doc.text(48, "This statement lists the hospital outpatient rehabilitation accounts for your family.", 8.5)
            doc.y += 20
        else:
            doc.y += 10

    def foot(doc):
        doc.line(48, 748, 564, 748)
        doc.text(48, "Financial assistance is available. Ask us or visit our billing office in the East Pavilion.",
                 7, y=760)

    doc = Doc("fpdf2", path, "LiberationSerif", page_head=head, page_foot=foot, bottom=52)
    for pat, har, ins, clm, ss in accts:
        doc.ensure(70)
        doc.rect(48, doc.y - 10, 516, 30, fill=0.93)
        doc.text(52, f"Patient: {pat}      Account: {har}", 9, True)
        doc.y += 12
        doc.text(52, f"Outpatient Rehabilitation   {ins}", 8)
        doc.y += 20

        def ch(doc):
            doc.row(cols, ["Date", "Rev", "HCPCS", "Mod", "Description", "Qty", "", "Charges"], size=7.8, bold=True,
                    lead=4)
            doc.line(48, doc.y, 564, doc.y)
            doc.y += 11
        ch(doc)
        for s in ss:
            if doc.ensure(12):
                doc.text(52, f"Account {har} - {pat} (continued from previous page)", 8.5, True)
                doc.y += 13
                ch(doc)
            cells = [dfmt(s.dos, "mdy2"), revf(s.code), s.code, " ".join(s.mods), s.desc[:44], units_str(s.units),
                     "", m(s.billed)]
            p = doc.row(cols, cells, size=7.8, record=True, lead=14)
            out.add(doc, p, s, cid=har.split()[1], pcid=clm, pat=pat, printed=("billed",),
                    row_tokens=[c for c in cells if c])
            out.lines[-1]["description"] = s.desc[:44]
        tb, tp, to = total(ss, "billed"), total(ss, "paid"), total(ss, "owes")
        doc.ensure(60)
        doc.line(400, doc.y - 8, 564, doc.y - 8)
        doc.row(cols, ["", "", "", "", "Total charges", "", "", m(tb)], size=7.8, bold=True, lead=12)
        doc.row(cols, ["02/12/26", "", "", "", "Tidewater Blue Choice payment", "", "", m(-tp)], size=7.8, lead=12)
        doc.row(cols, ["02/12/26", "", "", "", "Tidewater Blue Choice contractual adjustment", "", "",
                       m(-(tb - tp - to))], size=7.8, lead=12)
        doc.row(cols, ["", "", "", "", "Patient balance (deductible / coinsurance)", "", "", m(to)], size=7.8,
                bold=True, lead=24)
        out.claim(har.split()[1], clm, pat, printed_totals={"billed": tb})
    doc.ensure(40)
    doc.text(48, "Please pay the patient balances above. Pay online, by phone, or mail the stub below.", 8)
    doc.finish()
    return doc, out, [], "hospital outpatient-rehab guarantor statement, fpdf2 Liberation Serif"


LAYOUTS = [("h122_e1_member_eob", e1, "reportlab"), ("h122_e2_hsa_claims_statement", e2, "fpdf2"),
           ("h122_m1_msn_part_b", m1, "reportlab"), ("h122_m2_ma_ppo_eob", m2, "fpdf2"),
           ("h122_d1_medicaid_ra_mainframe", d1, "fpdf2"), ("h122_d2_medicaid_ra_grid", d2, "reportlab"),
           ("h122_p1_paper_remit_clearinghouse", p1, "reportlab"), ("h122_p2_pm_posting_report", p2, "fpdf2"),
           ("h122_f1_clinic_family_statement", f1, "reportlab"), ("h122_f2_hospital_guarantor_stmt", f2, "fpdf2")]


def build(out_dir: Path) -> dict:
    made = {}
    for name, fn, producer in LAYOUTS:
        path = out_dir / f"{name}.pdf"
        doc, out, legend, desc = fn(path, None)
        n = doc.page
        doc, out, legend, desc = fn(path, n)
        assert doc.page == n, name
        write_truth(path, name, producer, doc.page, desc, out.lines, out.claims, legend)
        made[name] = (path, out)
    return made


# ------------------------------------------------------------------------------------------------ self-check
NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}-?\)?")


def _nums(text: str) -> set:
    vals = set()
    for t in NUM.findall(text):
        vals.add(Decimal(re.sub(r"[^\d.]", "", t)))
    return vals


def _page_lines(pdf_path: Path):
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False)
            words.sort(key=lambda w: (round(w["bottom"], 1), w["x0"]))
            lines, cur, cb = [], [], None
            for w in words:
                if cb is None or abs(w["bottom"] - cb) <= 2.0:
                    cur.append(w)
                    cb = w["bottom"] if cb is None else cb
                else:
                    lines.append(cur)
                    cur, cb = [w], w["bottom"]
            if cur:
                lines.append(cur)
            pages.append([" ".join(x["text"] for x in sorted(ln, key=lambda w: w["x0"])) for ln in lines])
    return pages


def _date_forms(d: date) -> list[str]:
    forms = [dfmt(d, k) for k in ("mdy2", "mdy4", "mon", "mdyn", "iso")]
    return forms + [d.strftime("%m%d%y")]


def check(out_dir: Path, made: dict) -> list[str]:
    errs = []
    for name, (path, out) in made.items():
        truth = json.loads(Path(str(path) + ".truth.json").read_text())
        pages = _page_lines(path)
        if len(pages) != truth["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {truth['pages']}")
        doc_text = " ".join(" ".join(p) for p in pages)
        if not truth["lines"]:
            errs.append(f"{name}: no lines")
        for i, (ln, ck) in enumerate(zip(truth["lines"], out.checks)):
            where = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            plines = pages[ln["page"] - 1]
            ptext = " ".join(plines)
            cands = [t for t in plines if all(tok in t for tok in ck["tokens"])]
            if not cands:
                errs.append(f"{where}: row tokens not on one text line of page {ln['page']}: {ck['tokens']}")
                continue
            row = cands[0]
            rwords = row.split()
            if ln["code"] and ln["code"] not in row:
                errs.append(f"{where}: code not on row")
            for mo in ln["modifiers"]:
                if mo not in row:
                    errs.append(f"{where}: modifier {mo} not on row")
            if ln["units"] is not None and ln["units"] not in rwords and f"x{ln['units']}" not in rwords:
                errs.append(f"{where}: units {ln['units']} not a word on row")
            nums = _nums(row)
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln.get(k) is not None and abs(Decimal(ln[k])) not in nums:
                    errs.append(f"{where}: {k} {ln[k]} not on row")
            d = date.fromisoformat(ln["service_date"])
            if not any(f in row for f in _date_forms(d)):
                if not any(f in ptext for f in _date_forms(d)) or not ck["page_tokens"]:
                    errs.append(f"{where}: service date not on row/page")
            for t in ck["page_tokens"]:
                if t not in ptext:
                    errs.append(f"{where}: {t!r} not on page")
            for g, c, a in ln["adjustments"]:
                if not (f"{g}-{c}" in ptext or f"{g}{c}" in ptext):
                    errs.append(f"{where}: adjustment {g}{c} not on page")
                if a is not None and abs(Decimal(a)) not in _nums(ptext):
                    errs.append(f"{where}: adjustment amount {a} not on page")
            for r in ln["remarks"]:
                if r not in ptext:
                    errs.append(f"{where}: remark {r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc_text:
                    errs.append(f"{where}: {k} {ln[k]!r} not in document text")
            # arithmetic
            if ck["adj_full"]:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal("0"))
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"{where}: billed - adjustments != paid")
            if ln["discount"] is not None and ln["allowed"] is not None and \
                    (ln["not_covered"] is not None or Decimal(ln["allowed"]) != 0):
                nc = Decimal(ln["not_covered"] or "0")
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]):
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            if ln["deductible"] is not None and ln["copay"] is not None and ln["coinsurance"] is not None \
                    and ln["allowed"] is not None and Decimal(ln["allowed"]) != 0:
                if Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - \
                        Decimal(ln["coinsurance"]) != Decimal(ln["paid"]):
                    errs.append(f"{where}: allowed - cost share != paid")
        for c in truth["claims"]:
            key = (c["claim_id"], c["payer_claim_id"], c["patient"])
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
            if not mine:
                errs.append(f"{name}: claim {key} has no lines")
            for k, v in (c.get("totals") or {}).items():
                if v is None or all(ln[k] is None for ln in mine):
                    continue  # printed at claim level only (e.g. PT RESP); not a sum of printed line values
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
                if s != Decimal(v):
                    errs.append(f"{name}: claim {key} {k} total {v} != sum {s}")
                if abs(Decimal(v)) not in _nums(doc_text):
                    errs.append(f"{name}: claim {key} {k} total {v} not printed")
        # a claim whose rows continue onto the next page?
        spans = {}
        for ln in truth["lines"]:
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        out.crosses = any(len(v) > 1 for v in spans.values())
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print(__doc__.splitlines()[3])
        return 2
    out_dir = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in (out_dir, *out_dir.parents):
        print("refusing to write under samples/")
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    made = build(out_dir)
    nlines = sum(len(o.lines) for _, o in made.values())
    print(f"wrote {len(made)} PDFs ({nlines} service lines) to {out_dir}")
    if "--check" in argv:
        errs = check(out_dir, made)
        for name, (path, out) in made.items():
            t = json.loads(Path(str(path) + ".truth.json").read_text())
            print(f"  {name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims,"
                  f" claim across pages: {out.crosses}")
        crossing = sum(1 for _, o in made.values() if o.crosses)
        if crossing < 3:
            errs.append(f"only {crossing} documents carry a claim continuing onto the next page")
        if sum(1 for _, o in made.values() if max(ln['page'] for ln in o.lines) > 1) < 4:
            errs.append("fewer than 4 multi-page documents")
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
