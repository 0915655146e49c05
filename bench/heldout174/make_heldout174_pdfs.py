"""Write the 174th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on house styles nobody developing it has seen.

Run:  python bench/heldout174/make_heldout174_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout174/make_heldout174_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, ``<name>.pdf.truth.json``), printed values only,
null for what a layout does not print (units null where no quantity is printed for the line); claim_id = the
provider's own account / patient-control / visit / invoice number (null where none is printed, e.g. the MSN and
the Medicare Advantage EOB), payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed
(the person served, never the guarantor or subscriber unless the same). A clinic ledger's un-coded "Adjustment"
column is recorded as discount (a write-off with no code); codes printed without amounts are [group, reason, null].
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (set 174: two of each of the five commonest kinds):
  a1  commercial member EOB, portrait reportlab Liberation Serif: left sidebar on every page (plan-year meters,
      help numbers), claims per family member (3 members) headed "Claim no." with optional "Patient account",
      "Amount billed / Plan discount / Allowed amount / Your cost / Plan paid / See note", code-mod "97530-GO"
      inside the service text, no units, claim continues to page 2 with a "(continued)" heading and repeated header
  a2  commercial member EOB, landscape fpdf2 DejaVu Sans Mono: ruled claim bands, "DATES OF SERVICE" ranges
      "01/05/26-01/05/26", Qty column, "Charged / Not Covered / Plan Discount / Allowed / Deductible / Copay /
      Coinsurance / Plan Paid / You Owe / Rmk", a denied line, an adjusted claim printed as a reversal with trailing
      minus amounts and its corrected replacement; 3 family members
  b1  Medicare Summary Notice Part B, portrait fpdf2 Liberation Sans: page-1 "Your Deductible Status" and totals,
      claims under provider headings with "Service date" and "Claim number" in the heading, service cell
      "3 Therapeutic exercises (97110-GP)" (units printed first), five MSN money columns, notes letters, a denied
      line, rows continue onto the next page without the column header repeated (claim heading "continued")
  b2  Medicare Advantage member EOB, portrait reportlab DejaVu Sans: monthly "Your medical claims" with claim
      number and provider per claim, "Provider billed / Plan-approved / Plan paid / You owe", codes shown as
      "97112 GP", units as "(x2)" after the description, year-to-date summary at the end
  c1  state Medicaid paper RA, landscape reportlab Courier: PAID / DENIED / ADJUSTED sections, claim header lines
      "RECIP NAME / RECIP ID / PAT ACCT / ICN", detail "FROM-DOS TO-DOS PROC MOD1 MOD2 UNITS BILLED ALLOWED PAID EOB",
      void of an earlier ICN with leading-minus amounts, banner repeated on every page, EOB code legend
  c2  state Medicaid portal RA, portrait fpdf2 DejaVu Sans Condensed: boxed claim headers with "TCN", "Member",
      "Pat Acct #", detail rows with Dtl#, "Svc From / Svc To", "Proc/Mods" as "92507:GN:KX", "Units", "Billed",
      "Allowed", "Copay", "Paid", "Status", adjustments "CO-45 88.70" in their own row cell, boxed provider payment summary
  d1  Medicare-style standard paper remit from a practice-management system, portrait fpdf2 core Courier:
      NAME/HIC/ACNT/ICN/ASG/MOA header, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT
      PROV PD", dates "0105 010526", extra adjustments on a continuation line, PT RESP / CLAIM TOTALS lines,
      sequestration CO-253, claim crossing onto page 2
  d2  clearinghouse "ERA Detail Report", landscape reportlab Liberation Sans Narrow with row rules: claim status
      lines, line numbers, "Charge / Allowed / Deductible / Coinsurance / Adj Codes / Paid / RARC", several
      adjustments in one cell ("CO45 52.10; CO253 0.75"), a denied claim with remark codes
  e1  pediatric therapy clinic family statement, portrait reportlab Helvetica: detachable remittance stub, visit
      heading rows with visit number and insurer claim number, "Units / Charges / Ins Paid / Adjustment / Pt Paid /
      Balance", three children of one guarantor, patient payments as non-service rows, aging line
  e2  hospital outpatient-rehab family statement, portrait fpdf2 DejaVu Serif: one account per patient (three),
      revenue code column, "CPT/HCPCS" and "Mod" apart, Qty, charges only per line, account activity
      (insurance payments, adjustments) below each account, account continues to next page with a repeated header

The self-check (--check) tests the factory, not the reader: every truth line is found on its page's text layer as
a row carrying its code, modifiers, units, and every printed amount on the SAME text row, adjustment codes and
amounts and remarks on that row or its continuation rows, the service date on the row (or in the claim heading
for the MSN), ids and patients in the document text, the page count, billed - adjustments = paid where the layout
prints every adjustment with its amount, claim totals = sum of lines (unless a planted expected finding, which is
checked to really mismatch), and that at least three files have a claim whose rows continue onto the next page.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h174engine import Block, Layout, Row, T, nums, page_lines, render  # noqa: E402

eobgen.FEE.update({"97035": "60.00", "A4556": "18.00", "97542": "70.00", "92610": "230.00", "E0935": "310.00",
                   "97750": "95.00", "97533": "90.00"})
eobgen.SCHED.update({"97035": "13.90", "A4556": "9.12", "97542": "31.20", "92610": "118.40", "E0935": "0.00",
                     "97750": "33.20", "97533": "33.10"})
eobgen.DESC.update({"97035": "Ultrasound therapy", "A4556": "Electrodes, per pair",
                    "97542": "Wheelchair skills training", "92610": "Swallowing function evaluation",
                    "E0935": "Passive motion exercise device", "97750": "Physical performance test",
                    "97533": "Sensory integration activities"})

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
ALL = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


def _cut(t, n):
    return t if len(t) <= n else t[:n].rsplit(" ", 1)[0].rstrip(",")


def m(d, style=",", neg="-"):
    return money(d, style, neg)


def cm(svcs, st, denied_idx=(), reason="204"):
    return [commercial(s, st, reason) for s in svcs]


class Doc:
    """Collects truth while a layout is built."""

    def __init__(self, name, kind, desc):
        self.name, self.kind, self.desc = name, kind, desc
        self.lines, self.claims, self.legend, self.findings = [], [], [], []
        self.meta = {"date_on_row": True, "adj_complete": False}

    def line(self, s, cid, pcid, pat, printed, **kw):
        t = truth_line(0, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)
        for k, v in t.items():
            if v == "-0.00":
                t[k] = "0.00"
        t["adjustments"] = [[g, r, "0.00" if a == "-0.00" else a] for g, r, a in t["adjustments"]]
        self.lines.append(t)
        return t

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**tot)})


# ============================================================================================ a1
def a1():
    doc = Doc("a1_commercial_sidebar_eob", "commercial member EOB", "Commercial member EOB with left sidebar")
    doc.meta["adj_complete"] = False
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Maya Okonkwo-Hale", "26-0114-88213", "RBP-004418", "Riverbend Pediatric Therapy", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 2, ("GO",)), Svc(D(2026, 1, 19), "97112", 1, ("GO", "59")),
            Svc(D(2026, 1, 26), "97530", 3, ("GO",)), Svc(D(2026, 1, 26), "97140", 1, ("GO", "59"))]),
        ("Desmond Hale", "26-0121-90457", None, "Lakeshore Spine & Sport PT", [
            Svc(D(2026, 1, 8), "97161", 1, ("GP",)), Svc(D(2026, 1, 8), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 15), "97110", 2, ("GP",)), Svc(D(2026, 1, 15), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 15), "G0283", 1, ("GP",), denied="PR"),
            Svc(D(2026, 1, 22), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97112", 1, ("GP",))]),
        ("Ruth Okonkwo-Hale", "26-0128-11902", "CSL-77120", "Clear Sound Speech & Language", [
            Svc(D(2026, 1, 9), "92523", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92507", 1, ("GN",))]),
    ]
    cols = [(182, "l"), (232, "l"), (402, "r"), (442, "r"), (482, "r"), (522, "r"), (562, "r"), (572, "l")]
    blocks = []
    for pat, clm, acct, prov, svcs in fam:
        for s in svcs:
            commercial(s, st, "96")
        rows = []
        for s in svcs:
            note = "N4" if s.denied else ("D1" if s.deductible else "")
            svc_txt = f"{s.desc[:26].rstrip()} {s.code}-{'-'.join(s.mods)}"
            rows.append(Row([dfmt(s.dos, "mdy2"), svc_txt, m(s.billed), m(s.discount), m(s.allowed), m(s.owes),
                             m(s.paid), note],
                            truth=doc.line(s, acct, clm, pat, ("billed", "discount", "allowed", "patient_owes", "paid"),
                                           units=False, remarks=[note] if note else [],
                                           overrides={"description": svc_txt.rsplit(" ", 1)[0]})))
        head = [T((182, f"Patient: {pat}", "l", True), (578, f"Claim no. {clm}", "r", True), h=14, above=True),
                T((182, f"Provider: {prov}" + (f"   Patient account: {acct}" if acct else "")),
                  (578, "Received 02/03/26  Processed 02/10/26", "r"))]
        foot = [T((232, "Claim total", "l", True), (402, m(total(svcs, "billed")), "r", True),
                  (442, m(total(svcs, "discount")), "r", True), (482, m(total(svcs, "allowed")), "r", True),
                  (522, m(total(svcs, "owes")), "r", True), (562, m(total(svcs, "paid")), "r", True), h=16)]
        blocks.append(Block(head, rows, foot, cont=f"{pat} - claim no. {clm} (continued)"))
        doc.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    doc.legend = [("D1", "This amount counts toward your deductible."),
                  ("N4", "Your plan does not cover this service; you may be billed for it.")]

    def furn(be, pn, n):
        be.text(36, 40, "NORTHGATE MUTUAL HEALTH PLAN", 13, True)
        be.text(36, 54, "Explanation of Benefits  -  This is not a bill", 9)
        be.text(576, 40, "Statement date: February 12, 2026", 8, False, "r")
        be.text(576, 51, "Member: Desmond Hale   ID: NMH7730218-01", 8, False, "r")
        be.text(576, 62, "Group: Harbor County Schools 44190", 8, False, "r")
        be.hline(36, 576, 70, 1.0)
        be.c.line(172, 792 - 80, 172, 792 - 740)
        sb = ["Your plan year 2026", "", "Deductible (family)", "  $900.00 goal", "  $150.00 met so far", "",
              "Out-of-pocket max", "  $6,000.00 goal", "  $641.72 used", "", "Questions?", "  Member Services",
              "  1-800-555-0142", "  Mon-Fri 8am-8pm", "", "Log in at", "  members.northgate.example", "",
              "Language help is", "  available at no cost."]
        for i, s in enumerate(sb):
            be.text(36, 96 + i * 11, s, 8, i in (0, 2, 6, 10))
        be.rect(182, 640, 394, 112)
        msg = ["Your rights", "If you disagree with how we handled a claim, you may ask for a review within 180 days",
               "of the date on this statement. Write to Northgate Mutual Appeals, PO Box 4410, Fairmont ST 55102,",
               "or call Member Services. You may name someone to act for you. Keep this statement with your",
               "health records; it is not a bill. Your provider may bill you only for the amount under Your cost.",
               "Fraud tip line: 1-800-555-0199."]
        for i, t in enumerate(msg):
            be.text(190, 656 + i * 12, t, 7.5, i == 0)
        be.text(306, 770, f"Page {pn} of {n}", 7.5, False, "c")
        be.text(36, 770, "NMH-EOB 2026.1", 6.5)

    first = [T((182, "Hello Desmond Hale,", "l", True, 9), h=16),
             T((182, "Here is how your plan handled the claims we processed for you and your covered family.")),
             T((182, "Summary of claims in this statement", "l", True, 8.5), h=18)]
    for pat, clm, acct, prov, svcs in fam:
        first.append(T((190, pat), (290, prov[:30]), (470, "Plan paid " + m(total(svcs, "paid"), "$"), "r"),
                       (570, "You owe " + m(total(svcs, "owes"), "$"), "r")))
    first.append(T((182, "Claim details", "l", True, 8.5), h=22))
    L = Layout(doc.name, "rl", *LETTER, "LibSerif", 7.4, 13.0, 84, 624, cols,
               [["Date", "Service", "Amount", "Plan", "Allowed", "Your", "Plan", "See"],
                ["", "", "billed", "discount", "amount", "cost", "paid", "note"]], furn, first_page_items=first,
               blocks=blocks,
               tail=[T((182, "Notes", "l", True), h=16, above=True)] +
               [T((182, f"{c}  {t}")) for c, t in doc.legend] +
               [T((182, "Your cost includes deductible, copays and coinsurance and any amount not covered."))])
    return doc, L


# ============================================================================================ a2
def a2():
    doc = Doc("a2_commercial_mono_landscape", "commercial member EOB", "Monospace landscape member EOB")
    doc.meta["adj_complete"] = False
    st = PlanState(ded_left=Decimal("60.00"), copay_codes={"97161": Decimal("40.00"), "99213": Decimal("30.00")},
                   coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    X = [30, 146, 176, 206, 258, 312, 366, 420, 474, 522, 570, 622, 676, 730]
    cols = [(X[0], "l"), (X[1], "l"), (X[2], "l"), (X[3] + 8, "r"), (X[4] + 8, "r"), (X[5] + 8, "r"), (X[6] + 8, "r"),
            (X[7] + 8, "r"), (X[8] + 8, "r"), (X[9] + 8, "r"), (X[10] + 8, "r"), (X[11] + 8, "r"), (X[12] + 8, "r"),
            (X[13], "l")]
    data = [
        ("ELENA VASQUEZ-TRAN", "EV-20931", "PX2601077140", "SUMMIT HAND & UPPER LIMB CLINIC", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 6), "L3807", 1, ("RT",)), Svc(D(2026, 1, 13), "97140", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97110", 2, ("GO",)), Svc(D(2026, 1, 20), "97140", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97035", 1, ("GO",), denied="PR")]),
        ("MARCO TRAN", "MT-20944", "PX2601099315", "NORTH RIDGE FAMILY MEDICINE", [
            Svc(D(2026, 1, 9), "99213", 1, ("25",)), Svc(D(2026, 1, 9), "97161", 1, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 3, ("GP", "CQ")), Svc(D(2026, 1, 23), "97110", 3, ("GP", "CQ"))]),
    ]
    blocks = []

    def rowfor(s, cid, pcid, pat, neg="-"):
        rmk = "X2" if s.denied else ("DD" if s.deductible else "")
        cells = [f"{dfmt(s.dos, 'mdy2')}-{dfmt(s.dos, 'mdy2')}", s.code, "-".join(s.mods), units_str(s.units),
                 m(s.billed, ",", neg), m(s.not_covered, ",", neg), m(s.discount, ",", neg), m(s.allowed, ",", neg),
                 m(s.deductible, ",", neg), m(s.copay, ",", neg), m(s.coinsurance, ",", neg), m(s.paid, ",", neg),
                 m(s.owes, ",", neg), rmk]
        t = doc.line(s, cid, pcid, pat, ALL, service_end=s.dos, remarks=[rmk] if rmk else [],
                     overrides={"description": _cut(s.desc.upper(), 40)})
        return Row(cells, truth=t, extra=[T((X[1], _cut(s.desc.upper(), 40)))])

    for pat, cid, pcid, prov, svcs in data:
        for s in svcs:
            commercial(s, st, "96")
        head = [T((30, f"PATIENT: {pat}", "l", True), (300, f"PROVIDER: {prov}"), (762, f"CLAIM# {pcid}", "r", True),
                  above=True, h=14),
                T((30, f"PATIENT ACCOUNT: {cid}"), (300, "NETWORK STATUS: IN-NETWORK"), (762, "PROCESSED 02/09/2026",
                                                                                        "r"))]
        rows = [rowfor(s, cid, pcid, pat) for s in svcs]
        tot = ["", "", "", "TOTAL"] + [m(total(svcs, a)) for a in
                                       ("billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                        "coinsurance", "paid", "owes")] + [""]
        foot = [T(*[(cols[j][0], s, cols[j][1], True) for j, s in enumerate(tot) if s], below=True, h=14)]
        blocks.append(Block(head, rows, foot, cont=f"PATIENT: {pat}  CLAIM# {pcid}  (CONTINUED)"))
        doc.claim(cid, pcid, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    # adjusted claim: reversal of the original and the corrected claim
    pat, cid = "SOFIA TRAN", "ST-20958"
    orig = [Svc(D(2026, 1, 7), "92507", 1, ("GN",)), Svc(D(2026, 1, 7), "92526", 1, ("GN",))]
    st2 = PlanState(coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    for s in orig:
        commercial(s, st2)
    rev = [negate(s) for s in orig]
    corr = [Svc(D(2026, 1, 7), "92507", 1, ("GN",)), Svc(D(2026, 1, 7), "92526", 1, ("GN", "59"))]
    st3 = PlanState(coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.90"))
    for s in corr:
        commercial(s, st3)
    for label, pcid, svcs, neg in (("ADJUSTMENT - PRIOR PAYMENT REVERSED", "PX2512300871", rev, "trail"),
                                   ("CORRECTED CLAIM", "PX2601120554", corr, "-")):
        head = [T((30, f"PATIENT: {pat}", "l", True), (300, "PROVIDER: BRIGHT PATH SPEECH THERAPY"),
                  (762, f"CLAIM# {pcid}", "r", True), above=True, h=14),
                T((30, f"PATIENT ACCOUNT: {cid}"), (300, label), (762, "PROCESSED 02/09/2026", "r"))]
        rows = [rowfor(s, cid, pcid, pat, neg) for s in svcs]
        tot = ["", "", "", "TOTAL"] + [m(total(svcs, a), ",", neg) for a in
                                       ("billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                        "coinsurance", "paid", "owes")] + [""]
        foot = [T(*[(cols[j][0], s, cols[j][1], True) for j, s in enumerate(tot) if s], below=True, h=14)]
        blocks.append(Block(head, rows, foot, cont=f"PATIENT: {pat}  CLAIM# {pcid}  (CONTINUED)"))
        doc.claim(cid, pcid, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    doc.legend = [("DD", "AMOUNT APPLIED TO YOUR DEDUCTIBLE"), ("X2", "SERVICE EXCLUDED UNDER YOUR PLAN - YOU MAY OWE")]

    def furn(be, pn, n):
        be.text(30, 30, "CASCADE VALLEY HEALTH ALLIANCE", 11, True)
        be.text(30, 42, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 8)
        be.text(762, 30, f"SUBSCRIBER: MARCO TRAN   ID: CVH-448120-7   PAGE {pn} OF {n}", 7, False, "r")
        be.text(762, 42, "GROUP: TRI-COUNTY TRANSIT EMPLOYEES   STATEMENT 02/11/2026", 7, False, "r")
        be.hline(30, 762, 50, 1.2)
        be.text(30, 590, "CVHA-EOB-M  KEEP THIS NOTICE FOR YOUR RECORDS. APPEAL RIGHTS ARE EXPLAINED ON OUR WEBSITE.",
                6.5)

    L = Layout(doc.name, "fp", *LAND, "DVMono", 6.6, 9.6, 58, 570, cols,
               [["DATES OF SERVICE", "CODE", "MOD", "QTY", "CHARGED", "NOT COV", "PLAN DISC", "ALLOWED", "DEDUCT",
                 "COPAY", "COINS", "PLAN PAID", "YOU OWE", "RMK"]], furn, blocks=blocks,
               tail=[T((30, "REMARK CODES", "l", True), h=14, above=True)] +
               [T((30, f"{c} - {t}")) for c, t in doc.legend])
    return doc, L


# ============================================================================================ b1
def b1():
    doc = Doc("b1_msn_partb", "Medicare Summary Notice", "MSN Part B with provider blocks")
    doc.meta["date_on_row"] = False
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "WALTER J. PRZYBYLSKI"
    visits = [
        ("Birchwood Outpatient Rehabilitation", "(555) 013-4420", D(2026, 1, 6), "26006-418293-01", [
            Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP", "KX")),
            Svc(D(2026, 1, 6), "97140", 1, ("GP", "59"))]),
        ("Birchwood Outpatient Rehabilitation", "(555) 013-4420", D(2026, 1, 13), "26013-420011-01", [
            Svc(D(2026, 1, 13), "97110", 3, ("GP",)), Svc(D(2026, 1, 13), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 13), "97116", 1, ("GP", "CQ")), Svc(D(2026, 1, 13), "97035", 1, ("GP",), denied="CO")]),
        ("Birchwood Outpatient Rehabilitation", "(555) 013-4420", D(2026, 1, 20), "26020-433870-01", [
            Svc(D(2026, 1, 20), "97110", 3, ("GP",)), Svc(D(2026, 1, 20), "97530", 2, ("GP",)),
            Svc(D(2026, 1, 20), "97112", 1, ("GP", "CQ")), Svc(D(2026, 1, 20), "G0283", 1, ("GP",))]),
        ("Tamsin Reyes, MD", "(555) 013-9902", D(2026, 1, 22), "26022-437115-01", [
            Svc(D(2026, 1, 22), "99213", 1, ())]),
        ("Birchwood Outpatient Rehabilitation", "(555) 013-4420", D(2026, 1, 27), "26027-441902-01", [
            Svc(D(2026, 1, 27), "97110", 2, ("GP",)), Svc(D(2026, 1, 27), "97140", 2, ("GP", "59")),
            Svc(D(2026, 1, 27), "97530", 2, ("GP",))]),
    ]
    cols = [(40, "l"), (330, "r"), (398, "r"), (466, "r"), (534, "r"), (570, "c")]
    blocks = []
    for prov, phone, dos, clm, svcs in visits:
        for s in svcs:
            medicare(s, st, deny_reason="50")
        rows = []
        for s in svcs:
            notes = "C" if s.denied else ("A" if s.deductible else "")
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            txt = f"{units_str(s.units)} {s.desc[:34]} ({code})"
            rows.append(Row([txt, m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"), m(s.owes, "$"), notes],
                            truth=doc.line(s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                                           remarks=[notes] if notes else [],
                                           overrides={"description": s.desc[:34]})))
        head = [T((40, prov, "l", True, 9), h=15, above=True),
                T((40, f"Service date: {dfmt(dos, 'month')}   Claim number: {clm}   Provider phone: {phone}"))]
        foot = [T((40, "Total for this claim", "l", True), (330, m(total(svcs, "billed"), "$"), "r", True),
                  (398, m(total(svcs, "allowed"), "$"), "r", True), (466, m(total(svcs, "paid"), "$"), "r", True),
                  (534, m(total(svcs, "owes"), "$"), "r", True), h=16)]
        blocks.append(Block(head, rows, foot, cont=f"{prov} - {dfmt(dos, 'month')} - claim {clm} (continued)"))
        doc.claim(None, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    doc.legend = [("A", "This approved amount was applied to your yearly Part B deductible."),
                  ("C", "Medicare does not pay for this service when it is not reasonable and necessary for you. "
                        "The provider may not bill you.")]
    allsv = [s for v in visits for s in v[4]]
    first = [T((40, "WALTER J. PRZYBYLSKI", "l", True), h=14), T((40, "1180 Orchard Terrace")),
             T((40, "Millbrook Falls, ST 55412"), h=20),
             T((40, "Did Medicare approve all services?", "l", True, 10), h=16),
             T((40, "NO - Medicare did not approve 1 service. See the claim details to find out why."), h=14),
             T((40, "Number of claims with services this period: 5"), h=14),
             T((40, "Providers with claims this period: Birchwood Outpatient Rehabilitation; Tamsin Reyes, MD"),
               h=20),
             T((40, "Your Deductible Status", "l", True, 10), h=16),
             T((40, "Your deductible is what you must pay for health care before Medicare begins to pay.")),
             T((40, "Part B deductible: You have now met $120.00 of your $257.00 deductible for 2026.")),
             T((40, "Total You May Be Billed", "l", True, 10), h=18),
             T((40, f"{m(total(allsv, 'owes'), '$')} for services between January 6 and January 27, 2026.")),
             T((40, "Your Claims & Costs This Period", "l", True, 10), h=20)]

    def furn(be, pn, n):
        be.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 12, True)
        be.text(40, 54, "The Official Summary of Your Medicare Claims from the Medicare Program (sample layout)", 7.5)
        be.text(572, 40, f"{pat}", 8, True, "r")
        be.text(572, 51, "Medicare Number XXXXXXX7Q42", 8, False, "r")
        be.text(572, 62, "Notice date: February 18, 2026", 8, False, "r")
        be.hline(40, 572, 70, 1)
        be.rect(40, 628, 532, 120)
        hl = ["How to Get Help with Your Questions", "1-800-555-0160  Ask for a claims representative (TTY 1-877-555-0161).",
              "If you disagree with a decision, you can file an appeal within 120 days of the date you get this",
              "notice. Circle the services you disagree with, explain why, and send this page to the address",
              "printed on the last page. Your State Health Insurance Assistance Program can help you for free:",
              "1-877-555-0177.", "Visit the Medicare sample site to see your claims any time."]
        for i, t in enumerate(hl):
            be.text(48, 644 + i * 14, t, 8, i == 0)
        be.text(40, 770, f"Page {pn} of {n}", 7.5)
        be.text(572, 770, "Be informed: report suspected fraud at 1-800-555-0188", 7, False, "r")

    L = Layout(doc.name, "fp", *LETTER, "LibSans", 7.8, 13.0, 82, 616, cols,
               [["Service Provided & Billing Code", "Amount", "Medicare-", "Amount", "Maximum You", "See"],
                ["", "Provider Charged", "Approved", "Medicare Paid", "May Be Billed", "Notes"]], furn,
               first_page_items=first, blocks=blocks, repeat_header=False,
               tail=[T((40, "Notes for Claims Above", "l", True, 9), h=16, above=True)] +
               [T((40, f"{c}  {t[:110]}")) for c, t in doc.legend])
    return doc, L


# ============================================================================================ b2
def b2():
    doc = Doc("b2_medicare_advantage_eob", "Medicare Advantage member EOB", "MA monthly EOB")
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.60"))
    pat = "Gloria Nwankwo-Ellis"
    claims = [
        ("C7E2601184420", "Harborview Therapy Partners", [
            Svc(D(2026, 1, 7), "97161", 1, ("GP",)), Svc(D(2026, 1, 7), "97112", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 1, ("GP",))]),
        ("C7E2601190021", "Harborview Therapy Partners", [
            Svc(D(2026, 1, 14), "97112", 2, ("GP",)), Svc(D(2026, 1, 14), "97110", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 21), "97112", 2, ("GP",)), Svc(D(2026, 1, 21), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 28), "97112", 2, ("GP",)), Svc(D(2026, 1, 28), "97542", 1, ("GP",))]),
        ("C7E2601211338", "Westgate Speech & Swallow Center", [
            Svc(D(2026, 1, 16), "92610", 1, ("GN",)), Svc(D(2026, 1, 23), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 30), "92526", 1, ("GN",))]),
    ]
    cols = [(40, "l"), (100, "l"), (392, "r"), (446, "r"), (504, "r"), (568, "r")]
    blocks = []
    for clm, prov, svcs in claims:
        for s in svcs:
            commercial(s, st)
        rows = []
        for s in svcs:
            txt = f"{s.desc[:30]} {s.code} {' '.join(s.mods)} (x{units_str(s.units)})"
            rows.append(Row([dfmt(s.dos, "mon"), txt, m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"),
                             m(s.owes, "$")],
                            truth=doc.line(s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                                           overrides={"description": s.desc[:30]})))
        head = [T((40, f"Claim number {clm}", "l", True, 8.5), (568, "Network provider", "r"), h=16, above=True),
                T((40, f"{prov}  -  services for {pat}"))]
        foot = [T((100, "Claim total", "l", True), (392, m(total(svcs, "billed"), "$"), "r", True),
                  (446, m(total(svcs, "allowed"), "$"), "r", True), (504, m(total(svcs, "paid"), "$"), "r", True),
                  (568, m(total(svcs, "owes"), "$"), "r", True), h=15)]
        blocks.append(Block(head, rows, foot, cont=f"Claim number {clm} (continued)"))
        doc.claim(None, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    allsv = [s for c in claims for s in c[2]]
    tail = [T((40, "Totals for January 2026 and for the year", "l", True, 9), h=18, above=True),
            T((60, "This period: plan paid"), (300, m(total(allsv, "paid"), "$"), "r"), (330, "you owe"),
              (460, m(total(allsv, "owes"), "$"), "r")),
            T((60, "Year to date: plan paid"), (300, m(total(allsv, "paid") + Decimal("412.60"), "$"), "r"),
              (330, "you owe"), (460, m(total(allsv, "owes") + Decimal("75.00"), "$"), "r")),
            T((60, "Your maximum out-of-pocket for in-network care: $4,900.00. You have reached $" +
               f"{total(allsv, 'owes') + Decimal('75.00'):,.2f}.")),
            T((40, "Your copay is $25.00 per therapy visit day. Questions: Member Services 1-877-555-0131 (TTY 711)."),
              h=16)]

    def furn(be, pn, n):
        be.text(40, 40, "Evergreen Horizon Medicare Advantage (HMO)", 12, True)
        be.text(40, 53, "Explanation of Benefits for your medical services  -  January 1 to January 31, 2026", 8)
        be.text(572, 40, f"Member: {pat}", 8, False, "r")
        be.text(572, 51, "Member ID: EHM30551827", 8, False, "r")
        be.hline(40, 572, 62, 0.8)
        be.text(40, 770, "H9999_EOB26_M  This is not a bill.", 7)
        be.text(572, 770, f"Page {pn} of {n}", 7, False, "r")

    first = [T((40, "Your medical claims", "l", True, 10), h=18),
             T((40, "Below are the services your providers billed us for this month and what your plan paid.")),
             T((40, ""), h=6)]
    L = Layout(doc.name, "rl", *LETTER, "DVSans", 7.0, 11.0, 76, 735, cols,
               [["Date", "Service (billing code)", "Provider", "Plan-", "Plan", "You"],
                ["", "", "billed", "approved", "paid", "owe"]], furn, first_page_items=first, blocks=blocks,
               tail=tail)
    return doc, L


# ============================================================================================ c1
def c1():
    doc = Doc("c1_medicaid_ra_courier", "state Medicaid remittance advice", "MMIS paper RA in Courier")
    doc.meta["adj_complete"] = False
    X = [30, 100, 160, 205, 240, 270, 320, 380, 440, 500, 550]
    cols = [(X[0], "l"), (X[1], "l"), (X[2], "l"), (X[3], "l"), (X[4], "l"), (X[5] + 25, "r"), (X[6] + 35, "r"),
            (X[7] + 35, "r"), (X[8] + 35, "r"), (X[9] + 5, "l"), (X[10], "l")]
    kids = [
        ("TORRES, ELI", "91028834477", "TW20417", "2226013004118", "PAID", [
            Svc(D(2026, 1, 5), "97530", 4, ("GO",)), Svc(D(2026, 1, 5), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 4, ("GO",)), Svc(D(2026, 1, 12), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 4, ("GO",)), Svc(D(2026, 1, 19), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 26), "97530", 4, ("GO",)), Svc(D(2026, 1, 26), "97535", 2, ("GO",))]),
        ("BASHIR, NOOR", "91044019286", "NB20455", "2226013004119", "PAID", [
            Svc(D(2026, 1, 6), "92507", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("OYELARAN, TEMI", "91051770342", "TO20501", "2226013004120", "PAID", [
            Svc(D(2026, 1, 8), "97110", 3, ("GP",)), Svc(D(2026, 1, 8), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 15), "97110", 3, ("GP",)), Svc(D(2026, 1, 15), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 22), "97110", 3, ("GP",)), Svc(D(2026, 1, 22), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 29), "97110", 3, ("GP",)), Svc(D(2026, 1, 29), "97542", 2, ("GP",))]),
        ("LINDQVIST, AXEL", "91066201457", "AL20533", "2226013004121", "DENIED", [
            Svc(D(2026, 1, 9), "97167", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 9), "97530", 2, ("GO",), denied="CO")]),
        ("BASHIR, NOOR", "91044019286", "NB20311", "2226013004122", "ADJUSTED", None),
    ]
    eob = {"PAID": "0261", "DENIED": "0732"}
    blocks = []
    prev_orig = [Svc(D(2025, 12, 16), "92507", 1, ("GN",)), Svc(D(2025, 12, 16), "92526", 1, ("GN",))]
    for s in prev_orig:
        medicaid(s)
    section = None
    for pat, rid, acct, icn, status, svcs in kids:
        lines_here = []
        if svcs is None:
            svcs = [negate(s) for s in prev_orig]
            codes = ["0950"]
        for s in svcs:
            if status != "ADJUSTED":
                medicaid(s, "N/A" if False else "197")
        head = []
        if status != section:
            section = status
            head.append(T((30, f"*** CLAIMS {status} ***" if status != "ADJUSTED" else "*** CLAIM ADJUSTMENTS - VOIDS ***",
                           "l", True), h=18))
        tb = total(svcs, "billed")
        head.append(T((30, f"RECIP NAME: {pat}"), (220, f"RECIP ID: {rid}"), (370, f"PAT ACCT: {acct}"),
                      (500, f"ICN: {icn}"), above=False))
        if status == "ADJUSTED":
            head.append(T((30, "VOID OF ORIGINAL ICN 2225351002877  REASON: PROVIDER REQUESTED CORRECTION")))
        rows = []
        for s in svcs:
            code = "0950" if status == "ADJUSTED" else eob[status]
            mods = list(s.mods) + ["", ""]
            rows.append(Row([dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, mods[0], mods[1],
                             f"{s.units:.2f}" if s.units > 0 else f"{s.units:.2f}", m(s.billed), m(s.allowed), m(s.paid),
                             code, ""],
                            truth=doc.line(s, acct, icn, pat, ("billed", "allowed", "paid"), service_end=s.dos,
                                           remarks=[code], description=False)))
        foot = [T((X[2], "CLAIM TOTAL"), (X[6] + 35, m(tb), "r"), (X[7] + 35, m(total(svcs, "allowed")), "r"),
                  (X[8] + 35, m(total(svcs, "paid")), "r"), h=16)]
        blocks.append(Block(head, rows, foot, cont=f"RECIP NAME: {pat}  ICN: {icn}  (CONT)"))
        doc.claim(acct, icn, pat, billed=tb, allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
    doc.legend = [("0261", "PAID AT STATE MAXIMUM FEE"), ("0732", "PRIOR AUTHORIZATION NOT ON FILE FOR DATES BILLED"),
                  ("0950", "CLAIM VOIDED AT PROVIDER REQUEST")]

    def furn(be, pn, n):
        be.text(30, 30, "STATE OF NORTH AVALON  DEPARTMENT OF MEDICAL ASSISTANCE  MMIS", 9, True)
        be.text(762, 30, f"PAGE {pn:>4} OF {n}", 8, False, "r")
        be.text(30, 41, "REMITTANCE ADVICE   PROVIDER: SUNNYFIELD CHILD THERAPY GROUP   PROVIDER NO: 0048817200",
                7.5)
        be.text(762, 41, "RA NO: 0000418822  RUN DATE: 02/06/26  WARRANT: 71120453", 7.5, False, "r")
        be.hline(30, 762, 47)
        be.text(30, 596, "THIS RA MAY NOT BE USED AS A BILL. QUESTIONS: PROVIDER SERVICES 1-800-555-0175", 6.5)

    tail = [T((30, "*** EOB CODE DESCRIPTIONS ***", "l", True), h=18)] + [T((30, f"{c}  {t}")) for c, t in doc.legend]
    L = Layout(doc.name, "rl", *LAND, "Courier", 7.2, 10.0, 54, 585, cols,
               [["FROM-DOS", "TO-DOS", "PROC", "MOD1", "MOD2", "UNITS", "BILLED", "ALLOWED", "PAID", "EOB", ""]],
               furn, blocks=blocks, tail=tail, colhead_bold=False)
    return doc, L


# ============================================================================================ c2
def c2():
    doc = Doc("c2_medicaid_portal_boxed", "state Medicaid remittance advice", "Medicaid portal RA with boxes")
    doc.meta["adj_complete"] = True
    cols = [(40, "l"), (62, "l"), (110, "l"), (158, "l"), (270, "r"), (322, "r"), (374, "r"), (412, "r"),
            (462, "r"), (476, "l"), (500, "l")]
    data = [
        ("Khalid Mansour", "7704118235", "PA-33817", "82026034118220", [
            Svc(D(2026, 1, 7), "92507", 1, ("GN", "KX")), Svc(D(2026, 1, 14), "92507", 1, ("GN", "KX")),
            Svc(D(2026, 1, 21), "92507", 1, ("GN", "KX")), Svc(D(2026, 1, 28), "92507", 1, ("GN", "KX"))]),
        ("Amaya Mansour", "7704118236", "PA-33818", "82026034118221", [
            Svc(D(2026, 1, 7), "97166", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 14), "97533", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 21), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 28), "97530", 3, ("GO",)), Svc(D(2026, 1, 28), "97535", 1, ("GO",))]),
        ("Ilse Brandvold", "7709921407", "PA-33902", "82026034118222", [
            Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 16), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "E0935", 1, ("NU",), denied="CO")]),
    ]
    blocks = []
    for pat, mid, acct, tcn, svcs in data:
        for s in svcs:
            medicaid(s, "204" if s.code == "E0935" else "96")
        rows = []
        for i, s in enumerate(svcs, 1):
            adj = "; ".join(f"{g}-{r} {a:.2f}" for g, r, a in s.adjs)
            stt = "D" if s.denied else "P"
            rk = "N130" if s.denied else ""
            rows.append(Row([str(i), dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), ":".join((s.code,) + s.mods),
                             units_str(s.units), m(s.billed), m(s.allowed), "0.00", m(s.paid), stt, adj + (
                                 f"  {rk}" if rk else "")],
                            truth=doc.line(s, acct, tcn, pat, ("billed", "allowed", "paid", "copay"),
                                           service_end=s.dos, adjustments=s.adjs, remarks=[rk] if rk else [],
                                           description=False)))
        head = [T((44, f"Member: {pat}", "l", True), (220, f"Member ID: {mid}"), (360, f"Pat Acct #: {acct}"),
                  h=14, box=(40, 532)),
                T((44, f"TCN: {tcn}", "l", True), (220, "Claim type: Professional"), (360, "Claim status: Processed"),
                  h=14, box=(40, 532))]
        foot = [T((110, "Claim totals"), (270, ""), (322, m(total(svcs, "billed")), "r", True),
                  (374, m(total(svcs, "allowed")), "r", True), (462, m(total(svcs, "paid")), "r", True), h=18)]
        blocks.append(Block(head, rows, foot, cont=f"TCN: {tcn} - {pat} (continued)"))
        doc.claim(acct, tcn, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"))
    allsv = [s for d in data for s in d[4]]
    tail = [T((40, "Provider Payment Summary", "l", True, 9), h=20),
            T((44, "Claims processed: 3"), (260, "Total billed"), (400, m(total(allsv, "billed"), "$"), "r"),
              box=(40, 532), h=14),
            T((44, "Payment method: EFT 000418812"), (260, "Total paid"), (400, m(total(allsv, "paid"), "$"), "r"),
              box=(40, 532), h=14),
            T((40, "Adjustment codes: CO-45 charge above fee schedule; CO-96 service not covered for this member's "
                   "benefit; CO-204 not in plan."), h=16),
            T((40, "Remark N130: see the program's coverage policy for this service."))]

    def furn(be, pn, n):
        be.text(40, 36, "Lakeridge State Medicaid Program", 12, True)
        be.text(40, 48, "Remittance Advice - Claim Detail (printed from the provider portal)", 8)
        be.text(572, 36, "Payee: Fernwood Pediatric & Adult Therapy LLC", 7.5, False, "r")
        be.text(572, 46, "NPI 1098765432   Payment date 02/13/2026", 7.5, False, "r")
        be.hline(40, 572, 56, 0.8)
        be.text(306, 772, f"Page {pn} of {n}", 7, False, "c")

    L = Layout(doc.name, "fp", *LETTER, "DVCond", 7.0, 12.0, 64, 740, cols,
               [["Dtl", "Svc From", "Svc To", "Proc/Mods", "Units", "Billed", "Allowed", "Copay", "Paid", "St",
                 "Adjustments / Remarks"]], furn, blocks=blocks, tail=tail, row_rules=True)
    return doc, L


# ============================================================================================ d1
def d1():
    doc = Doc("d1_pm_paper_remit_courier", "Medicare-style paper remit", "PM-system SPR in Courier")
    doc.meta["adj_complete"] = True
    doc.meta["cont_rows"] = 4
    st = PlanState(ded_left=Decimal("40.00"))
    X = dict(perf=30, dt=92, pos=170, nos=192, proc=212, mods=250, billed=328, allowed=375, ded=415, coins=455,
             grp=462, pd=575)
    cols = [(30, "l"), (92, "l"), (172, "l"), (196, "l"), (212, "l"), (250, "l"), (328, "r"), (372, "r"), (410, "r"),
            (452, "r"), (460, "l"), (580, "r")]
    pats = [
        ("ABERNATHY, LOUISE", "1EG4TE5MK73", "000231-A", "2226005317420", [
            Svc(D(2026, 1, 5), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 5), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97112", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 9), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 14), "97110", 2, ("GP",)), Svc(D(2026, 1, 14), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 16), "97116", 2, ("GP",)), Svc(D(2026, 1, 16), "G0283", 1, ("GP",))]),
        ("MORETTI, SAL", "3RT8KW1PD52", "000244-A", "2226005317421", [
            Svc(D(2026, 1, 6), "97168", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97535", 2, ("GO",)), Svc(D(2026, 1, 13), "97530", 2, ("GO", "CO"))]),
        ("FAIRWEATHER, JUNE", "5HK2NV7QT19", "000251-B", "2226005317422", [
            Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 15), "97129", 2, ("GN",), denied="CO")]),
    ]
    blocks = []
    for pat, hic, acct, icn, svcs in pats:
        st.ded_left = Decimal("40.00") if pat.startswith("ABER") else ZERO
        for s in svcs:
            medicare(s, st, deny_reason="151")
        rows = []
        for s in svcs:
            adjs = list(s.adjs)
            first = adjs[0]
            ex = [T((460, f"{g}-{r} {a:>8.2f}")) for g, r, a in adjs[1:]]
            rk = "MA130" if s.denied else ""
            rows.append(Row(["1457832096", f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "11", units_str(s.units), s.code,
                             " ".join(s.mods), f"{s.billed:.2f}", f"{s.allowed:.2f}", f"{s.deductible:.2f}",
                             f"{s.coinsurance:.2f}", f"{first[0]}-{first[1]} {first[2]:>8.2f}", f"{s.paid:.2f}"],
                            extra=ex,
                            truth=doc.line(s, acct, icn, pat, ("billed", "allowed", "paid", "deductible",
                                                                "coinsurance"),
                                           service_end=s.dos, adjustments=s.adjs, remarks=[rk] if rk else [],
                                           description=False)))
            if rk:
                rows[-1].extra.append(T((212, f"REM: {rk}")))
        head = [T((30, f"NAME {pat}"), (200, f"HIC {hic}"), (300, f"ACNT {acct}"), (420, f"ICN {icn}"),
                  (540, "ASG Y  MOA MA01"), h=14)]
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        foot = [T((30, f"PT RESP {total(svcs, 'owes'):>9.2f}"), (200, f"CLAIM TOTALS"), (328, f"{tb:.2f}", "r"),
                  (372, f"{ta:.2f}", "r"), (410, f"{total(svcs, 'deductible'):.2f}", "r"),
                  (452, f"{total(svcs, 'coinsurance'):.2f}", "r"), (580, f"{tp:.2f}", "r")),
                T((30, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00     NET {tp:.2f}"),
                  h=16)]
        blocks.append(Block(head, rows, foot, cont=None))
        doc.claim(acct, icn, pat, billed=tb, allowed=ta, paid=tp, patient_owes=total(svcs, "owes"))

    def furn(be, pn, n):
        be.text(30, 30, "MEDICARE PART B REMITTANCE NOTICE (PRINTED FROM 835) - TALLGRASS PRACTICE SUITE v8", 8, True)
        be.text(580, 30, f"PAGE #: {pn} OF {n}", 7.5, False, "r")
        be.text(30, 41, "PAYER: MIDPLAINS MEDICARE ADMINISTRATIVE CONTRACTOR   PROVIDER #: 1457832096", 7)
        be.text(30, 51, "PROVIDER: PRAIRIE LANTERN REHABILITATION PC   CHECK/EFT #: 0056610042  DATE: 02/04/2026",
                7)
        be.hline(30, 580, 56)

    allsv = [s for p in pats for s in p[4]]
    tail = [T((30, "TOTALS:  # OF CLAIMS 3   BILLED AMT  ALLOWED AMT  DED AMT  COINS AMT  PROV PD AMT  CHECK AMT"),
              h=18, above=True),
            T((30, f"                         {total(allsv, 'billed'):.2f}  {total(allsv, 'allowed'):.2f}  "
                   f"{total(allsv, 'deductible'):.2f}  {total(allsv, 'coinsurance'):.2f}  {total(allsv, 'paid'):.2f}  "
                   f"{total(allsv, 'paid'):.2f}")),
            T((30, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES"), h=18),
            T((30, "CO  CONTRACTUAL OBLIGATION     PR  PATIENT RESPONSIBILITY")),
            T((30, "45  CHARGE OVER FEE SCHEDULE   2  COINSURANCE   1  DEDUCTIBLE   253  SEQUESTRATION REDUCTION")),
            T((30, "151 PAYER JUDGES FREQUENCY OR NUMBER OF SERVICES NOT SUPPORTED   MA130 CORRECT AND RESUBMIT"))]
    L = Layout(doc.name, "fp", *LETTER, "Courier", 6.6, 10.0, 62, 750, cols,
               [["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
                 "GRP/RC-AMT", "PROV PD"]], furn, blocks=blocks, tail=tail, colhead_rule=False, colhead_bold=False)
    return doc, L


# ============================================================================================ d2
def d2():
    doc = Doc("d2_era_detail_report", "Medicare-style paper remit", "Clearinghouse ERA detail report")
    doc.meta["adj_complete"] = True
    st = PlanState(ded_left=ZERO)
    cols = [(34, "l"), (54, "l"), (106, "l"), (158, "l"), (196, "l"), (236, "r"), (290, "r"), (340, "r"),
            (390, "r"), (440, "r"), (452, "l"), (650, "r"), (664, "l")]
    data = [
        ("Hughes, Dorothy M", "55102-01", "10426011500330", "1 - Processed as Primary", [
            Svc(D(2026, 1, 5), "97110", 3, ("GP",)), Svc(D(2026, 1, 5), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 8), "97110", 3, ("GP",)), Svc(D(2026, 1, 8), "97530", 1, ("GP", "KX"))]),
        ("Castellano, Vincent", "55117-01", "10426011500331", "1 - Processed as Primary", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97535", 2, ("GO",)), Svc(D(2026, 1, 13), "97530", 2, ("GO", "CO")),
            Svc(D(2026, 1, 20), "97535", 2, ("GO",)), Svc(D(2026, 1, 20), "97530", 2, ("GO", "CO"))]),
        ("Oduya, Felix", "55121-02", "10426011500332", "4 - Denied", [
            Svc(D(2026, 1, 7), "97750", 2, ("GP",), denied="CO"), Svc(D(2026, 1, 7), "97110", 2, ("GP",), denied="CO")]),
        ("Sato, Harriet", "55130-01", "10426011500333", "1 - Processed as Primary", [
            Svc(D(2026, 1, 9), "92507", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 23), "92507", 1, ("GN",))]),
    ]
    blocks = []
    for pat, acct, pcn, status, svcs in data:
        st.ded_left = Decimal("35.00") if pat.startswith("Sato") else ZERO
        for s in svcs:
            medicare(s, st, deny_reason="16")
        rows = []
        for i, s in enumerate(svcs, 1):
            rk = "M51 N822" if s.denied else ""
            adj = "; ".join(f"{g}{r} {a:.2f}" for g, r, a in s.adjs)
            rows.append(Row([str(i), dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods),
                             units_str(s.units), m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance), adj,
                             m(s.paid), rk],
                            truth=doc.line(s, acct, pcn, pat, ("billed", "allowed", "paid", "deductible",
                                                                "coinsurance"),
                                           service_end=s.dos, adjustments=s.adjs, remarks=rk.split() if rk else [],
                                           description=False)))
        head = [T((34, f"Patient: {pat}", "l", True), (230, f"Acct#: {acct}"), (340, f"Payer Claim #: {pcn}"),
                  (560, f"Status: {status}"), h=15, above=True),
                T((34, "Rendering NPI: 1376645012   Member ID: 8MQ4PJ2XK61   Claim filing: MB"))]
        foot = [T((158, "Claim Totals", "l", True), (290, m(total(svcs, "billed")), "r", True),
                  (340, m(total(svcs, "allowed")), "r", True), (390, m(total(svcs, "deductible")), "r", True),
                  (440, m(total(svcs, "coinsurance")), "r", True), (650, m(total(svcs, "paid")), "r", True),
                  (664, f"Pt Resp {m(total(svcs, 'owes'))}"), h=16)]
        blocks.append(Block(head, rows, foot, cont=f"Patient: {pat} - Payer Claim #: {pcn} (cont.)"))
        doc.claim(acct, pcn, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                  paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))

    def furn(be, pn, n):
        be.text(34, 34, "ClearPoint Exchange  |  ERA Detail Report", 12, True)
        be.text(34, 47, "Payer: Great Lakes Medicare Part B (J-99 sample)   Payee: Maple Crossing Therapy Services", 8)
        be.text(758, 34, f"Check/EFT: 8810045529   Issued 02/05/2026   Page {pn} of {n}", 7.5, False, "r")
        be.text(758, 47, "Batch 20260205-0117  Report run 02/06/2026 07:12", 7.5, False, "r")
        be.hline(34, 758, 54, 1)
        be.text(34, 590, "Adjustment codes per the payer's 835; see payer code lists for wording.", 6.5)

    L = Layout(doc.name, "rl", *LAND, "LibNarrow", 7.6, 12.0, 62, 575, cols,
               [["Ln", "From", "To", "CPT/HCPCS", "Mod", "Units", "Charge", "Allowed", "Deductible", "Coinsurance",
                 "Adj Codes", "Paid", "RARC"]], furn, blocks=blocks, row_rules=True,
               tail=[T((34, "Remarks: M51 missing or invalid procedure code for this place; N822 code not payable "
                            "on the date billed (our summaries)."), h=16)])
    return doc, L


# ============================================================================================ e1
def e1():
    doc = Doc("e1_peds_clinic_statement", "family statement", "Pediatric therapy clinic statement")
    cols = [(40, "l"), (92, "l"), (132, "l"), (290, "r"), (338, "r"), (390, "r"), (440, "r"), (486, "r"),
            (572, "r")]
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    visits = [
        ("30117", "Lena Marchetti", "KH2601059981", [Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
                                                    Svc(D(2026, 1, 5), "97533", 1, ("GO",))], Decimal("20.00")),
        ("30142", "Pia Marchetti", "KH2601069770", [Svc(D(2026, 1, 6), "92507", 1, ("GN",)),
                                                   Svc(D(2026, 1, 6), "92526", 1, ("GN",))], ZERO),
        ("30166", "Lena Marchetti", "KH2601129044", [Svc(D(2026, 1, 12), "97530", 3, ("GO",)),
                                                    Svc(D(2026, 1, 12), "97112", 1, ("GO", "59"))], ZERO),
        ("30189", "Luca Marchetti", "KH2601130512", [Svc(D(2026, 1, 13), "97167", 1, ("GO",)),
                                                    Svc(D(2026, 1, 13), "97530", 2, ("GO",)),
                                                    Svc(D(2026, 1, 13), "97535", 1, ("GO",))], Decimal("15.00")),
        ("30201", "Pia Marchetti", "KH2601201873", [Svc(D(2026, 1, 20), "92507", 1, ("GN",))], ZERO),
        ("30224", "Luca Marchetti", "KH2601272260", [Svc(D(2026, 1, 27), "97530", 3, ("GO",)),
                                                    Svc(D(2026, 1, 27), "97110", 1, ("GO",))], ZERO),
    ]
    items = []
    grand = ZERO
    blocks = []
    for vis, pat, clm, svcs, ptpay in visits:
        for s in svcs:
            commercial(s, st)
        rows = []
        left = ptpay
        for s in svcs:
            pp = min(left, s.owes)
            left -= pp
            bal = s.owes - pp
            grand += bal
            rows.append(Row([dfmt(s.dos, "mdy4"), f"{s.code} {''.join(s.mods[:1])}", s.desc[:30], units_str(s.units),
                             m(s.billed), m(s.paid), m(s.discount), m(pp), m(bal)],
                            truth=doc.line(s, vis, clm, pat, ("billed", "paid", "discount"),
                                           modifiers=True, adjustments=[],
                                           overrides={"patient_owes": str(q(bal)), "description": s.desc[:30],
                                                      "modifiers": list(s.mods[:1])})))
        head = [T((40, f"Visit {vis}  -  {pat}", "l", True), (572, f"Billed to Keystone Harbor Health, claim {clm}",
                                                                  "r"), h=14, above=True)]
        blocks.append(Block(head, rows, [], cont=None))
        doc.claim(vis, clm, pat)
    first = [T((40, "Please detach and return the top portion with your payment", "l", False, 6.5), h=10),
             T((40, "Guarantor: Francesca Marchetti", "l", True), (400, "Account no. G-118840")),
             T((40, "417 Willowmere Court, Apt 2"), (400, "Statement date 02/08/2026")),
             T((40, "Eastbrook, ST 55021"), (400, f"AMOUNT DUE  {m(grand, '$')}", "l", True),
               box=(396, 176)),
             T((400, "Amount enclosed $__________"), h=16),
             T((40, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
                    " - - - - - - - - - - -"), h=14),
             T((40, "Account activity since your last statement", "l", True, 9), h=18)]
    tail = [T((40, "Payments received"), (572, f"Patient payment 01/05/2026 (card)  {m(Decimal('-20.00'), '$')}", "r"),
              above=True, h=14),
            T((572, f"Patient payment 01/13/2026 (check 2214)  {m(Decimal('-15.00'), '$')}", "r")),
            T((40, "Current"), (140, "31-60 days"), (240, "61-90 days"), (340, "Over 90"), (572, "Total due", "r",
                                                                                             True), h=16, above=True),
            T((40, m(grand, "$")), (140, "$0.00"), (240, "$0.00"), (340, "$0.00"), (572, m(grand, "$"), "r", True)),
            T((40, "Balances shown are after your insurance processed each visit. Questions about this statement: "
                   "(555) 014-7720."), h=16)]

    def furn(be, pn, n):
        be.text(40, 36, "LITTLE LANTERN PEDIATRIC THERAPY", 13, True)
        be.text(40, 48, "Occupational - Speech - Feeding  |  88 Quarry Street, Eastbrook ST 55021", 7.5)
        be.text(572, 36, "PATIENT STATEMENT", 11, True, "r")
        be.text(572, 48, f"Page {pn} of {n}", 7.5, False, "r")
        be.hline(40, 572, 56, 1.2)
        be.text(40, 770, "We accept cash, check and all major cards. Payment plans are available on request.", 6.5)

    L = Layout(doc.name, "rl", *LETTER, "Helvetica", 7.4, 12.5, 64, 610, cols,
               [["Date", "Code", "Description", "Units", "Charges", "Ins Paid", "Adjustment", "Pt Paid", "Balance"]],
               furn, first_page_items=first, blocks=blocks, tail=tail)
    return doc, L


# ============================================================================================ e2
def e2():
    doc = Doc("e2_hospital_rehab_statement", "family statement", "Hospital outpatient rehab family statement")
    cols = [(40, "l"), (98, "l"), (128, "l"), (184, "l"), (208, "l"), (470, "r"), (560, "r")]
    accts = [
        ("7700182245", "Theo Brandt-Ruiz", "Outpatient Rehabilitation - Occupational Therapy", "MCD 2226020114558",
         [Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97760", 1, ("GO",)),
          Svc(D(2026, 1, 6), "L3807", 1, ("LT",)), Svc(D(2026, 1, 13), "97760", 2, ("GO",)),
          Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 20), "97140", 1, ("GO",)), Svc(D(2026, 1, 27), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 27), "97110", 2, ("GO",)), Svc(D(2026, 1, 27), "97168", 1, ("GO",))],
         Decimal("1040.77"), Decimal("0.00")),
        ("7700182311", "Carmen Brandt-Ruiz", "Outpatient Rehabilitation - Physical Therapy", "CMB 4471902268",
         [Svc(D(2026, 1, 9), "97162" if False else "97161", 1, ("GP",)), Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 9), "G0283", 1, ("GP",)), Svc(D(2026, 1, 9), "A4556", 2, ()),
          Svc(D(2026, 1, 16), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97035", 1, ("GP",))],
         Decimal("402.55"), Decimal("60.00")),
        ("7700182390", "Diego Brandt-Ruiz", "Outpatient Rehabilitation - Speech Therapy", "CMB 4471907731",
         [Svc(D(2026, 1, 12), "92523", 1, ("GN",)), Svc(D(2026, 1, 19), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 26), "92507", 1, ("GN",))], Decimal("311.25"), Decimal("0.00")),
    ]
    rev = {"97166": "0430", "97760": "0430", "L3807": "0274", "97530": "0430", "97140": "0430", "97110": "0420",
           "97168": "0430", "97161": "0420", "G0283": "0420", "A4556": "0270", "97035": "0420", "92523": "0440",
           "92507": "0440"}
    blocks = []
    for acct, pat, dept, ins, svcs, inspaid, ptpaid in accts:
        rows = []
        for s in svcs:
            desc = LONG_DESC.get(s.code, s.desc)
            wrap = []
            if len(desc) > 44:
                cut = desc[:44].rfind(" ")
                d1, d2 = desc[:cut], desc[cut + 1:]
                wrap = [T((208, d2))]
            else:
                d1 = desc
            rows.append(Row([dfmt(s.dos, "mdy4"), rev[s.code], s.code, " ".join(s.mods), d1, units_str(s.units),
                             m(s.billed)], extra=wrap,
                            truth=doc.line(s, acct, ins.split()[1], pat, ("billed",), overrides={"description": desc})))
        tb = total(svcs, "billed")
        adj = tb - inspaid - ptpaid - (Decimal("112.40") if acct.endswith("311") else ZERO)
        bal = tb - inspaid - adj - ptpaid
        head = [T((40, f"Account {acct}   Patient: {pat}", "l", True, 8.5), h=16, above=True),
                T((40, f"{dept}   Primary insurance claim: {ins}"))]
        foot = [T((208, "Total charges"), (560, m(tb), "r", True), above=False),
                T((208, "Insurance payments"), (560, m(-inspaid), "r")),
                T((208, "Contractual adjustments"), (560, m(-adj), "r")),
                T((208, "Your payments"), (560, m(-ptpaid), "r")),
                T((208, "Account balance", "l", True), (560, m(bal), "r", True), h=16)]
        blocks.append(Block(head, rows, foot, cont=f"Account {acct}   Patient: {pat}   (continued)"))
        doc.claim(acct, ins.split()[1], pat, billed=tb)

    def furn(be, pn, n):
        be.text(40, 38, "St. Aldric Children's & Family Hospital", 13, True)
        be.text(40, 50, "Patient Financial Services  -  2200 Ridgeline Parkway, Harrowgate ST 55090", 7.5)
        be.text(572, 38, "Family statement", 10, True, "r")
        be.text(572, 50, f"Guarantor: Rosa Brandt-Ruiz   Statement 02/15/2026   Page {pn} of {n}", 7, False, "r")
        be.hline(40, 572, 58, 1)
        if pn == 1:
            be.text(40, 528, "- - - - - - - - - - - - - - -  Please detach and return this portion with your payment"
                    "  - - - - - - - - - - - - - - -", 7)
            cp = [("Guarantor", "Rosa Brandt-Ruiz"), ("Guarantor no.", "G-5521870"), ("Statement date", "02/15/2026"),
                  ("Amount due", "$112.40"), ("Due by", "03/10/2026"), ("Amount paid", "$____________")]
            for i, (k, v) in enumerate(cp):
                be.rect(330, 548 + i * 20, 242, 20)
                be.text(338, 562 + i * 20, k, 8)
                be.text(564, 562 + i * 20, v, 8, True, "r")
            be.text(40, 562, "Make checks payable to:", 8)
            be.text(40, 576, "St. Aldric Children's & Family Hospital", 8, True)
            be.text(40, 588, "PO Box 77012, Harrowgate ST 55090-7012", 8)
            be.text(40, 640, "Rosa Brandt-Ruiz", 8)
            be.text(40, 652, "62 Copperfield Lane", 8)
            be.text(40, 664, "Harrowgate ST 55094", 8)
        else:
            be.rect(40, 548, 532, 60)
            be.text(48, 564, "Messages", 8, True)
            be.text(48, 578, "Pay online, by phone at (555) 016-3300, or by mail. Ask about interest-free payment plans.", 7.5)
            be.text(48, 592, "Your insurer's explanation of benefits shows how each claim was processed.", 7.5)
        be.text(40, 772, "Financial assistance may be available. Ask us or visit our billing help page.", 6.5)

    L = Layout(doc.name, "fp", *LETTER, "DVSerif", 7.0, 11.0, 66, 504, cols,
               [["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]], furn, blocks=blocks,
               tail=[T((40, "Insurance is billed for you. Amounts your insurer assigns to you appear once they "
                            "process the claim."), h=18, above=True)])
    return doc, L


LAYOUTS = [a1, a2, b1, b2, c1, c2, d1, d2, e1, e2]


# ============================================================================================ check
def _dates(d: date):
    return {dfmt(d, s) for s in ("mdy2", "mdy4", "mon", "month", "mdyn")} | {f"{d:%m%d} {dfmt(d, 'mdy6')}"}


def check(out: Path, built) -> list:
    errs = []
    spans = 0
    for doc, meta in built:
        pdf = out / f"{doc['name']}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = page_lines(pdf)
        if len(pages) != t["pages"]:
            errs.append(f"{pdf.name}: pages {len(pages)} != {t['pages']}")
        alltext = " ".join(" ".join(p) for p in pages)
        ptr = {}
        for i, ln in enumerate(t["lines"]):
            pl = pages[ln["page"] - 1]
            start = ptr.get(ln["page"], 0)
            found = None
            for k in range(start, len(pl)):
                row = pl[k]
                ns = nums(row)
                if ln["code"] in row and Decimal(ln["billed"]) in ns:
                    found = k
                    break
            tag = f"{pdf.name} line {i} ({ln['code']} p{ln['page']})"
            if found is None:
                errs.append(f"{tag}: no row with code+billed")
                continue
            ptr[ln["page"]] = found + 1
            row = pl[found]
            span = " ".join(pl[found:found + 1 + meta.get("cont_rows", 2)])
            ns = nums(row)
            for k in ("allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                      "discount"):
                if ln[k] is not None and Decimal(ln[k]) not in ns:
                    errs.append(f"{tag}: {k} {ln[k]} not on row: {row}")
            for md in ln["modifiers"]:
                if md not in row:
                    errs.append(f"{tag}: modifier {md} not on row")
            if ln["units"] is not None:
                import re
                if not re.search(r"(?<![\d.])" + re.escape(ln["units"]) + r"(?:\.0+)?(?![\d.])", row.replace(
                        ln["code"], " ")):
                    errs.append(f"{tag}: units {ln['units']} not on row: {row}")
            d = date.fromisoformat(ln["service_date"])
            where = row if meta["date_on_row"] else " ".join(pl)
            if not any(x in where for x in _dates(d)):
                errs.append(f"{tag}: date not found")
            sn = nums(span)
            for g, r, a in ln["adjustments"]:
                if r not in span or (a is not None and Decimal(a) not in sn):
                    errs.append(f"{tag}: adjustment {g}-{r} {a} not near row")
            for rk in ln["remarks"]:
                if rk not in span:
                    errs.append(f"{tag}: remark {rk} not near row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{tag}: {k} {ln[k]} not in document")
            if meta["adj_complete"]:
                b = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
                if b != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments {b} != paid {ln['paid']}")
            if ln["allowed"] is not None and ln["deductible"] is not None and ln["coinsurance"] is not None \
                    and ln["copay"] is not None and ln["paid"] is not None and meta["name"][0] in "a":
                if Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - \
                        Decimal(ln["coinsurance"]) != Decimal(ln["paid"]):
                    errs.append(f"{tag}: allowed arithmetic")
        key = lambda x: (x["claim_id"], x["payer_claim_id"], x["patient"])  # noqa: E731
        spanned = False
        for c in t["claims"]:
            ls = [ln for ln in t["lines"] if key(ln) == key(c)]
            if not ls:
                errs.append(f"{pdf.name}: claim {c['payer_claim_id']} has no lines")
            if len({ln["page"] for ln in ls}) > 1:
                spanned = True
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in ls if ln[k] is not None), Decimal("0"))
                if any(ln[k] is None for ln in ls):
                    pass  # a claim-level total the lines do not itemise (e.g. PT RESP on a remit)
                elif s != Decimal(v) and not t["expected_findings"]:
                    errs.append(f"{pdf.name}: claim {c['payer_claim_id']} {k} total {v} != {s}")
                if Decimal(v) not in nums(alltext) and k != "patient_owes":
                    errs.append(f"{pdf.name}: claim {c['payer_claim_id']} {k} total {v} not printed")
        spans += spanned
        print(f"  {pdf.name}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims"
              f"{', claim continues across pages' if spanned else ''}")
    if spans < 3:
        errs.append(f"only {spans} files have a claim continuing across pages")
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout174_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for fn in LAYOUTS:
        doc, L = fn()
        path = out / f"{doc.name}.pdf"
        npages, producer = render(L, path)
        write_truth(path, doc.name, producer, npages, doc.kind + ": " + doc.desc, doc.lines, doc.claims,
                    doc.legend, doc.findings)
        meta = dict(doc.meta, name=doc.name)
        built.append(({"name": doc.name}, meta))
    print(out)
    if "--check" in argv:
        errs = check(out, built)
        for e in errs:
            print("FAIL", e)
        if errs:
            sys.exit(1)
        print("check passed")


if __name__ == "__main__":
    main(sys.argv[1:])
