"""Write the 130th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten house styles of the five commonest real document kinds, two of each,
written without looking at the reader.

Run:  python bench/heldout130/make_heldout130_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout130/make_heldout130_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where the page prints no quantity); claim_id = the provider's own account /
patient-control / visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly
as printed (the person who got the service, not the guarantor or subscriber unless the same person). Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Drawing kit and self-check: h130kit.py.

Layouts:
  m1  commercial member EOB, portrait Helvetica: claim heading "Patient / Provider / Claim number / Your
      provider's account no.", rows "97530 GO" with the plain-words service on a second line beneath, "Amount
      billed / Plan discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / Your
      responsibility / Remark", no units, 3 family members, a denied line, continuation page with the column
      header repeated and "(continued)" (reportlab)
  m2  commercial member EOB, landscape DejaVu Sans, boxed claim cards: "Date of service / Procedure / Modifier /
      Qty / Provider billed / Your plan's rate / Plan paid / You may owe / Why", payer claim ID only, 4 family
      members, an out-of-network claim paid at 60%, zero-pay visit, "Jan 5, 2026" dates (fpdf2)
  s1  Medicare Summary Notice (Part B), portrait Helvetica: one beneficiary, claim blocks "Claim number /
      Service date / Provider", rows "Therapeutic activities, 3 units (97530-GO)" with "Service Approved?
      Yes/No / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be
      Billed / See Notes", lettered notes, continuation page (reportlab)
  s2  Medicare Advantage member EOB, portrait Liberation Serif: "Your share / Plan's share", ruled table
      "Service date / Service (code) / Amount the provider charged / Plan-approved amount / Plan's share / Your
      share", one member, PT and OT providers, a planted claim-total mismatch on "Your share" (fpdf2)
  c1  state Medicaid remittance advice, landscape Courier: "PAID CLAIMS" / "DENIED CLAIMS" sections, claim line
      "RECIPIENT NAME / RECIPIENT ID / ICN / PAT ACCT NO", detail "LN SVC-FROM SVC-TO PROC M1 M2 UNITS BILLED
      ALLOWED PAID EOB" in MMDDYY dates, EOB code legend, claim continues to page 2 with the header repeated
      (reportlab)
  c2  state Medicaid remittance advice, portrait DejaVu Sans Mono: "ADJUSTED CLAIMS" with a reversal (trailing-
      minus amounts) and its replacement, "CLIENT / CLIENT NO / TCN / PCN", "DOS / PROC-MOD / QTY / CHARGE /
      ALLOWED / PAID / ADJ-RSN", adjustment reason codes with amounts on the row (fpdf2)
  r1  Medicare-style standard paper remit from a clearinghouse, landscape Courier: "PERF PROV / SERV DATE / POS /
      NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD", claim header "NAME / MID /
      ACNT / ICN / ASG / MOA", extra adjustments on the following text line, "PT RESP / CLAIM TOTALS", runs onto
      page 2 (reportlab)
  r2  practice-management "Remittance Detail Report", landscape Liberation Sans Narrow grid: every row carries
      patient, account, payer claim no., "DOS / CPT / Mod / Units / Charge / Allowed / Deduct / Coins / Adj
      Codes / Paid", adjustments in one cell "CO45 46.20; PR2 12.30", a reversal in parentheses (fpdf2)
  f1  therapy clinic family statement, portrait DejaVu Serif with a right sidebar (amount due, aging): visit
      headings naming the patient, visit no. and insurer claim no., "Date / Code / Description / Charge /
      Insurance paid / Your balance", 3 children, payments as non-service rows (reportlab)
  f2  hospital outpatient-rehab guarantor statement, portrait DejaVu Sans Condensed: per-account blocks with
      "Patient / Account no.", rows "Rev code / CPT-HCPCS / Mod / Description / Qty / Charges" (charges only),
      insurance payment and adjustment rows at account level, account continues to page 2 (fpdf2)

The self-check (--check) tests the factory, not the reader: each truth line is anchored to exactly one text line
of its page (pdfplumber), and that same line holds its amounts, code, modifiers and units; its date is on the row
or in the claim heading above it; adjustment codes/amounts and remarks are on the row or the three lines under it;
ids and patients are in the document; the page count matches; billed - adjustments = paid where every adjustment
is printed with its amount; claim totals = sum of lines unless a planted expected finding says otherwise; at
least three files have a claim whose lines span two pages.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    PlanState,
    Svc,
    ZERO,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    total,
    truth_line,
    write_truth,
)
from h130kit import Doc, Flow, check_file  # noqa: E402

# A few extra invented charges for non-therapy lines.
for _c, _fee, _sch, _d in (
    ("97035", "48.00", "14.20", "Ultrasound to tissue"),
    ("97018", "40.00", "4.12", "Paraffin bath"),
    ("99203", "210.00", "103.40", "New patient office visit"),
    ("29125", "130.00", "58.90", "Forearm splint application"),
    ("97012", "45.00", "12.95", "Mechanical traction"),
    ("92610", "240.00", "88.10", "Swallow function evaluation"),
    ("97533", "90.00", "30.44", "Sensory integration techniques"),
    ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
    ("G0151", "120.00", "52.30", "Home health PT visit"),
):
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _fee, _sch, _d

D = date


def visits(days, pattern):
    """Services on each date: pattern is a list of (code, units, mods) repeated for every date."""
    return [Svc(d, c, u, m) for d in days for c, u, m in pattern]


def weekdays(start, n, step=(2, 5)):
    """n dates from start, alternating the gaps in step (e.g. Mon/Thu visits)."""
    from datetime import timedelta
    out, d, k = [], start, 0
    while len(out) < n:
        out.append(d)
        d = d + timedelta(days=step[k % len(step)])
        k += 1
    return out


class Book:
    """Collects truth lines, their row anchors, and claims for one file."""

    def __init__(self):
        self.lines, self.keys, self.claims = [], [], []

    def add(self, page, s, key, **kw):
        self.lines.append(truth_line(page, s, **kw))
        self.keys.append(key)

    def claim(self, claim_id, pcn, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcn, "patient": patient,
                            "totals": claim_totals(**tot)})


def mods(s, sep=" "):
    return sep.join(s.mods)


# =============================================================================================== m1
def lay_m1(out: Path):
    doc = Doc("reportlab", "Helvetica")
    L = 28

    def furniture(d, p):
        d.text(L, 40, "NORTHGATE MUTUAL HEALTH", 14, True)
        d.text(L, 52, "PO Box 44172  Cedar Falls, IA 50614-4172", 7.5)
        d.text(584, 40, "EXPLANATION OF BENEFITS", 11, True, "r")
        d.text(584, 52, "THIS IS NOT A BILL", 8, True, "r")
        d.hline(L, 584, 58, 1.2)
        d.text(L, 770, "Questions? Call Member Services at 1-800-555-0147 (TTY 711), Monday-Friday 8 a.m.-7 p.m.",
               6.5)
        d.text(584, 770, f"Page {p} of {{PAGES}}", 7, False, "r")
        return 66

    f = Flow(doc, furniture, 745)
    f.text(L, "Subscriber: DARNELL OKAFOR-REYES        Member ID: NGM884201937        Group: 0077142 (Lakeshore "
           "Tool & Die)", 8)
    f.text(L, "Statement date: February 3, 2026        Plan: Choice PPO 2500", 8)
    f.gap(6)
    f.text(L, "Your plan year totals  |  Deductible met: $1,180.00 of $2,500.00  |  Out-of-pocket met: $1,402.16 "
           "of $6,000.00", 7.5, True)
    f.gap(8)
    xs = [(L, "l"), (L + 62, "l"), (236, "r"), (278, "r"), (320, "r"), (362, "r"), (402, "r"), (438, "r"),
          (478, "r"), (520, "r"), (566, "r"), (572, "l")]
    hdr1 = ["Date of", "Service", "Amount", "Plan", "Allowed", "Not", "", "", "Coin-", "Plan", "Your", ""]
    hdr2 = ["service", "code", "billed", "discount", "amount", "covered", "Deductible", "Copay", "surance", "paid",
            "resp.", "Rmk"]

    def colhdr(y):
        doc.hline(L, 584, y + 3)
        f.y = y + 2
        f.row(xs, hdr1, 6.6, bold=True)
        f.row(xs, hdr2, 6.6, bold=True)
        doc.hline(L, 584, f.y + 3)
        return f.y + 2

    bk = Book()
    st = PlanState(ded_left=Decimal("320.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        ("Amara Okafor-Reyes", "Bright Steps Pediatric Therapy", "E26014-00381", "BSPT-20571", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97535", 1, ("GO", "59")),
            Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 27), "97530", 3, ("GO",)), Svc(D(2026, 1, 27), "97018", 1, ("GO",), denied="PR"),
        ] + visits(weekdays(D(2026, 1, 29), 5, (4, 3)), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))])),
        ("Darnell Okafor-Reyes", "Riverbend Hand & Upper Limb Clinic", "E26019-10442", "RHC-884113", [
            Svc(D(2026, 1, 9), "99203", 1), Svc(D(2026, 1, 9), "29125", 1, ("RT",)),
            Svc(D(2026, 1, 9), "97760", 1, ("GO", "RT")),
        ]),
        ("Lucia Okafor-Reyes", "Bright Steps Pediatric Therapy", "E26021-00917", "BSPT-20602", [
            Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "92507", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",)),
        ]),
    ]
    remark = {"45": "D1", "1": "D2", "2": "D4"}
    for patient, prov, pcn, acct, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
        f.need(80)
        f.gap(6)
        f.text(L, f"Patient: {patient}     Provider: {prov} (in network)", 8, True)
        f.text(L, f"Claim number: {pcn}     Your provider's account no.: {acct}     Received: 01/30/2026     "
               f"Processed: 02/02/2026", 7.5)
        f.y = colhdr(f.y + 2)
        f.repeat = lambda y, p=patient, c=pcn: colhdr(f.text(L, f"Patient: {p}  Claim number: {c}  (continued)",
                                                             7.5, True) or f.y)
        for s in svcs:
            f.need(22)
            rm = ["N7"] if s.denied else sorted({remark[c] for _, c, _ in s.adjs if c in remark})
            cells = [dfmt(s.dos, "mdy4"), f"{s.code} {mods(s)}".strip(), money(s.billed, ","),
                     money(s.discount, ","), money(s.allowed, ","), money(s.not_covered, ","),
                     money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                     money(s.owes, ","), " ".join(rm)]
            pg = f.row(xs, cells, 6.8)
            bk.add(pg, s, f"{cells[0]} {cells[1]}", claim_id=acct, payer_claim_id=pcn, patient=patient,
                   printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                            "paid", "patient_owes"), units=False, remarks=rm)
            f.text(L + 70, s.desc, 6.2, lead=8)
        f.repeat = None
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        doc.hline(L, 584, f.y + 3)
        f.row(xs, ["Claim total", "", money(tb, "$"), money(total(svcs, "discount"), "$"),
                   money(total(svcs, "allowed"), "$"), money(total(svcs, "not_covered"), "$"),
                   money(total(svcs, "deductible"), "$"), money(total(svcs, "copay"), "$"),
                   money(total(svcs, "coinsurance"), "$"), money(tp, "$"), money(to, "$"), ""], 6.8, bold=True)
        bk.claim(acct, pcn, patient, billed=tb, allowed=total(svcs, "allowed"), paid=tp, patient_owes=to)
    legend = [("D1", "Your provider agreed to the network rate; you are not billed for the discount."),
              ("D2", "Applied to your plan-year deductible."), ("D4", "Your share after the deductible."),
              ("N7", "Paraffin treatment is excluded under your plan; the provider may bill you.")]
    f.gap(10)
    f.text(L, "Remark codes", 8, True)
    for c, t in legend:
        f.text(L, f"{c}  {t}", 7)
    f.text(L, "You have 180 days from the date of this notice to ask for an appeal. See the back page for how.", 7)
    return doc, bk, legend, "commercial member EOB, 3 family members, code line with words beneath", []


# =============================================================================================== m2
def lay_m2(out: Path):
    doc = Doc("fpdf2", "DejaVuSans", landscape=True)
    L, R = 36, 756

    def furniture(d, p):
        d.rect(L, 24, 170, 34, 0.8, 0.9)
        d.text(L + 8, 45, "SUMMIT RIDGE HEALTH", 11, True)
        d.text(L + 190, 38, "Your Explanation of Benefits", 13, True)
        d.text(L + 190, 52, "Review this statement. It is not a bill.", 8)
        d.text(R, 38, "Member: Yusuf Hallorann    ID: SRH-7730-41129", 8, False, "r")
        d.text(R, 50, "Coverage period Jan 1, 2026 - Dec 31, 2026", 8, False, "r")
        d.text(L, 590, "Summit Ridge Health, 900 Ledger Way, Boise, ID 83702   |   summitridge.example   |   "
               "Customer care 1-888-555-0190", 6.5)
        d.text(R, 590, f"{p} / {{PAGES}}", 7, False, "r")
        return 70

    f = Flow(doc, furniture, 565)
    xs = [(L + 6, "l"), (L + 88, "l"), (L + 240, "l"), (L + 300, "r"), (L + 380, "r"), (L + 460, "r"),
          (L + 540, "r"), (L + 620, "r"), (L + 640, "l")]
    hdr = ["Date of service", "Procedure", "Modifier", "Qty", "Provider billed", "Your plan's rate", "Plan paid",
           "You may owe", "Why"]
    st_in = PlanState(ded_left=Decimal("0.00"), copay_codes={}, visit_copay=Decimal("30.00"),
                      allowed_rate=Decimal("0.74"))
    st_out = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.40"), allowed_rate=Decimal("0.55"))
    bk = Book()
    claims = [
        ("Yusuf Hallorann", "Crestview Physical Therapy", "SRH26-0114-5521", st_in, [
            Svc(D(2026, 1, 7), "97162", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 14), "97110", 2, ("GP",)), Svc(D(2026, 1, 14), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 14), "97035", 1, ("GP",))]),
        ("Imogen Hallorann", "Little Harbor Speech & Feeding", "SRH26-0120-0093", st_out, [
            Svc(D(2026, 1, 12), "92610", 1, ("GN",)), Svc(D(2026, 1, 12), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 19), "92526", 1, ("GN",))]),
        ("Theo Hallorann", "Crestview Physical Therapy", "SRH26-0122-7708", st_in, [
            Svc(D(2026, 1, 16), "97161", 1, ("GP",)), Svc(D(2026, 1, 16), "97116", 2, ("GP", "KX"))]),
        ("Marisol Hallorann", "Ardent Occupational Therapy Group", "SRH26-0127-3316", st_in, [
            Svc(D(2026, 1, 21), "97165", 1, ("GO",)), Svc(D(2026, 1, 21), "97018", 1, ("GO",), denied="CO"),
            Svc(D(2026, 1, 28), "97530", 2, ("GO",)), Svc(D(2026, 1, 28), "97140", 1, ("GO",))]),
    ]
    for patient, prov, pcn, st, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
        h = 60 + 16 * len(svcs)
        f.need(h)
        top = f.y + 8
        f.y = top
        f.text(L + 6, f"{patient}  -  {prov}" + ("  (out of network)" if st is st_out else ""), 9, True)
        f.text(L + 6, f"Claim ID {pcn}    Processed Feb 2, 2026", 7.5)
        f.row(xs, hdr, 7, bold=True)
        doc.hline(L + 4, R - 4, f.y + 3)
        for s in svcs:
            why = "NC2" if s.denied else ("OON" if st is st_out else "CP1" if s.copay else "")
            cells = [dfmt(s.dos, "mon"), f"{s.code}", mods(s, ", "), str(int(s.units)), money(s.billed),
                     money(s.allowed), money(s.paid), money(s.owes), why]
            pg = f.row(xs, cells, 7.5, lead=13)
            bk.add(pg, s, f"{cells[0]} {s.code}", claim_id=None, payer_claim_id=pcn, patient=patient,
                   printed=("billed", "allowed", "paid", "patient_owes"), remarks=[why] if why else [],
                   description=False)
        doc.hline(L + 4, R - 4, f.y + 4)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        f.row(xs, ["Claim totals", "", "", "", money(tb), money(ta), money(tp), money(to), ""], 7.5, bold=True,
              lead=13)
        doc.rect(L, top - 4, R - L, f.y - top + 10, 0.8)
        f.gap(10)
        bk.claim(None, pcn, patient, billed=tb, allowed=ta, paid=tp, patient_owes=to)
    legend = [("CP1", "Office visit copay for this date."), ("OON", "Provider is outside your network; higher "
              "cost share applies and the provider may bill the difference."),
              ("NC2", "Not a covered benefit; the network provider may not bill you for it.")]
    f.need(60)
    f.text(L, "What the codes in the Why column mean", 8, True)
    for c, t in legend:
        f.text(L + 6, f"{c}: {t}", 7.5)
    return doc, bk, legend, "commercial member EOB, 4 family members, boxed claim cards", []


# =============================================================================================== s1
def lay_s1(out: Path):
    doc = Doc("reportlab", "Helvetica")
    L = 40

    def furniture(d, p):
        d.text(L, 42, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        d.text(L, 56, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
               "Services", 7.5)
        d.text(L, 68, "FERNANDO QUILLFEATHER", 9, True)
        d.text(572, 68, "Medicare Number XXXXXXX7QK4", 8, False, "r")
        d.hline(L, 572, 74, 1.5)
        d.text(L, 772, "Need help with this notice? Call 1-800-MEDICARE. This notice is not a bill.", 7)
        d.text(572, 772, f"Page {p} of {{PAGES}}", 7.5, False, "r")
        return 84

    f = Flow(doc, furniture, 748)
    f.text(L, "Your Claims & Costs This Period", 11, True)
    f.text(L, "Claims processed from November 1, 2025 to January 31, 2026", 8)
    f.gap(6)
    xs = [(L, "l"), (292, "c"), (362, "r"), (432, "r"), (496, "r"), (548, "r"), (556, "l")]
    h1 = ["Service Provided & Billing Code", "Service", "Amount", "Medicare-", "Medicare", "Maximum", "See"]
    h2 = ["", "Approved?", "Provider", "Approved", "Paid", "You May Be", "Notes"]
    h3 = ["", "", "Charged", "Amount", "Provider", "Billed", "Below"]
    st = PlanState(ded_left=Decimal("57.00"))

    def colhdr(y):
        f.y = y
        for h in (h1, h2, h3):
            f.row(xs, h, 7, bold=True, lead=9)
        doc.hline(L, 572, f.y + 3)
        return f.y + 2

    bk = Book()
    patient = "FERNANDO QUILLFEATHER"
    claims = [
        ("Dunmore Rehabilitation Associates", "Dec 29, 2025", D(2025, 12, 29), "25364001882630", [
            Svc(D(2025, 12, 29), "97163", 1, ("GP",)), Svc(D(2025, 12, 29), "97110", 2, ("GP",)),
            Svc(D(2025, 12, 29), "97140", 1, ("GP", "59"))]),
        ("Dunmore Rehabilitation Associates", "Jan 6, 2026", D(2026, 1, 6), "26012004419917", [
            Svc(D(2026, 1, 6), "97110", 3, ("GP", "CQ")), Svc(D(2026, 1, 6), "97116", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 6), "97012", 1, ("GP",), denied="PR")]),
        ("Tamsin Vail, OTR/L Home Therapy", "Jan 13, 2026", D(2026, 1, 13), "26020009931154", [
            Svc(D(2026, 1, 13), "97167", 1, ("GO",)), Svc(D(2026, 1, 13), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 2, ("GO", "KX"))]),
        ("Dunmore Rehabilitation Associates", "Jan 20, 2026", D(2026, 1, 20), "26027005501238", [
            Svc(D(2026, 1, 20), "97110", 2, ("GP",)), Svc(D(2026, 1, 20), "97112", 2, ("GP",)),
            Svc(D(2026, 1, 20), "97140", 1, ("GP",)), Svc(D(2026, 1, 20), "G0283", 1, ("GP",))]),
        ("Tamsin Vail, OTR/L Home Therapy", "Jan 22, 2026", D(2026, 1, 22), "26029001177340", [
            Svc(D(2026, 1, 22), "97535", 2, ("GO",)), Svc(D(2026, 1, 22), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 22), "97760", 1, ("GO", "LT"))]),
        ("Dunmore Rehabilitation Associates", "Jan 27, 2026", D(2026, 1, 27), "26034008862015", [
            Svc(D(2026, 1, 27), "97110", 3, ("GP",)), Svc(D(2026, 1, 27), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 27), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 27), "97035", 1, ("GP",)),
            Svc(D(2026, 1, 27), "97116", 1, ("GP",))]),
    ]
    notes = {"ok": "A", "den": "C", "seq": "B"}
    for prov, dtxt, _d, pcn, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="50")
        f.need(90)
        f.gap(8)
        f.text(L, f"{prov}", 9, True)
        f.text(L, f"Service date: {dtxt}     Claim number: {pcn}     Assigned: Yes", 8)
        f.y = colhdr(f.y + 2)
        f.repeat = lambda y, p=prov, c=pcn, dt=dtxt: colhdr(
            f.text(L, f"{p} (continued)  Service date: {dt}  Claim number: {c}", 8, True) or f.y)
        for s in svcs:
            unit = "unit" if s.units == 1 else "units"
            code = f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code
            n = ["C"] if s.denied else ["A", "B"]
            cells = [f"{s.desc}, {int(s.units)} {unit} ({code})", "No" if s.denied else "Yes", money(s.billed),
                     money(s.allowed), money(s.paid), money(s.owes), ", ".join(n)]
            if len(cells[0]) > 44:
                f.need(24)
                f.text(L, s.desc, 7.5, lead=10)
                cells[0] = f"   {int(s.units)} {unit} ({code})"
            pg = f.row(xs, cells, 7.5, lead=11)
            bk.add(pg, s, f"({code})", claim_id=None, payer_claim_id=pcn, patient=patient,
                   printed=("billed", "allowed", "paid", "patient_owes"), remarks=n)
        f.repeat = None
        doc.hline(L, 572, f.y + 3)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        f.row(xs, ["Total for this claim", "", money(tb), money(ta), money(tp), money(to), ""], 7.5, True, 12)
        bk.claim(None, pcn, patient, billed=tb, allowed=ta, paid=tp, patient_owes=to)
    legend = [("A", "Your deductible and coinsurance are shown in the Maximum You May Be Billed column."),
              ("B", "A 2% cut in Medicare payments applies to this service by law."),
              ("C", "Medicare does not pay for this item because it was not medically needed. You may be "
                    "billed because you signed a waiver before the service.")]
    f.need(70)
    f.gap(8)
    f.text(L, "Notes for Claims Above", 10, True)
    for c, t in legend:
        f.text(L, f"{c}  {t}", 7.5)
    return doc, bk, legend, "Medicare Summary Notice Part B, one beneficiary", []


# =============================================================================================== s2
def lay_s2(out: Path):
    doc = Doc("fpdf2", "LiberationSerif")
    L, R = 48, 564

    def furniture(d, p):
        d.text(L, 44, "Cascadia Senior Advantage (HMO)", 14, True)
        d.text(L, 58, "A Medicare Advantage plan offered by Cascadia Health Partners", 8)
        d.text(R, 44, "Explanation of Benefits", 11, True, "r")
        d.text(R, 58, "for Medicare Part C medical services", 8, False, "r")
        d.hline(L, R, 66, 1)
        d.text(L, 770, "Y5521_EOB26_C   Cascadia Health Partners, 18 Rainier Ave, Tacoma, WA 98402", 6.5)
        d.text(R, 770, f"Page {p} of {{PAGES}}", 7.5, False, "r")
        return 76

    f = Flow(doc, furniture, 745)
    patient = "Beatrix Lindqvist-Moreau"
    f.text(L, f"Member: {patient}     Member ID: CSA40918827     Statement for: January 2026", 9)
    f.text(L, "This notice gives you a summary of payments for medical services. Keep it for your records.", 8)
    f.gap(6)
    xs = [(L + 2, "l"), (L + 72, "l"), (L + 300, "r"), (L + 372, "r"), (L + 440, "r"), (R - 2, "r")]
    h1 = ["Service", "Service (code)", "Amount the", "Plan-", "Plan's", "Your"]
    h2 = ["date", "", "provider charged", "approved amount", "share", "share"]
    bk = Book()
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.00"), visit_copay=Decimal("25.00"),
                   allowed_rate=Decimal("0.52"))
    claims = [
        ("Westlake Outpatient Therapy", "CHP2601170044", [
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 8), "97140", 1, ("GP",))]),
        ("Northshore Hand Therapy & Orthotics", "CHP2601220318", [
            Svc(D(2026, 1, 15), "97165", 1, ("GO",)), Svc(D(2026, 1, 15), "L3807", 1, ("RT",)),
            Svc(D(2026, 1, 15), "97760", 1, ("GO", "RT"))]),
        ("Westlake Outpatient Therapy", "CHP2601290761", [
            Svc(D(2026, 1, 22), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 26), "97110", 2, ("GP",)), Svc(D(2026, 1, 26), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 29), "97110", 2, ("GP",)), Svc(D(2026, 1, 29), "97140", 1, ("GP",))]),
    ]
    findings = []
    for k, (prov, pcn, svcs) in enumerate(claims):
        for s in svcs:
            commercial(s, st)
        f.need(70)
        f.gap(8)
        f.text(L, f"Claim number {pcn}  -  {prov}", 9.5, True)
        doc.hline(L, R, f.y + 4, 0.8)
        f.gap(2)
        f.row(xs, h1, 7.5, True, 10)
        f.row(xs, h2, 7.5, True, 10)
        doc.hline(L, R, f.y + 4, 0.8)
        for s in svcs:
            cells = [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code})", money(s.billed), money(s.allowed),
                     money(s.paid), money(s.owes)]
            pg = f.row(xs, cells, 8, lead=13)
            doc.hline(L, R, f.y + 4, 0.2)
            bk.add(pg, s, f"({s.code})", claim_id=None, payer_claim_id=pcn, patient=patient,
                   printed=("billed", "allowed", "paid", "patient_owes"), units=False, modifiers=False)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        pto = to + Decimal("25.00") if k == 2 else to
        if k == 2:
            findings.append(f"claim-total-mismatch claim {pcn}: printed Your share total {pto} but the lines add "
                            f"up to {to}")
        f.row(xs, ["", "Totals for this claim", money(tb), money(ta), money(tp), money(pto)], 8, True, 13)
        bk.claim(None, pcn, patient, billed=tb, allowed=ta, paid=tp, patient_owes=pto)
    f.gap(10)
    f.text(L, "Your share is the copay for each visit date. You do not pay the difference between the amount "
           "charged and the plan-approved amount.", 7.5)
    return doc, bk, [], "Medicare Advantage member EOB, one member, planted total mismatch", findings


# =============================================================================================== c1
def lay_c1(out: Path):
    doc = Doc("reportlab", "Courier", landscape=True)
    L = 30
    CW = 7.2 * 0.6  # courier 7.2pt character width

    def at(col):
        return L + col * CW

    def furniture(d, p):
        d.text(at(0), 30, "STATE OF NEW CALDONIA  DEPARTMENT OF FAMILY HEALTH SERVICES  MEDICAL ASSISTANCE "
               "PROGRAM", 7.2, True)
        d.text(at(0), 40, "REMITTANCE ADVICE   PROVIDER: KESTREL BAY THERAPY SERVICES LLC   PROVIDER NO: "
               "0048812270   NPI: 1790552481", 7.2)
        d.text(at(0), 50, f"RA NUMBER: 2026-0304-118842   PAYMENT DATE: 03/04/2026   PAGE {p:>3} OF {{PAGES}}",
               7.2)
        d.hline(L, 762, 55)
        return 58

    f = Flow(doc, furniture, 590)
    cols = [0, 4, 13, 22, 29, 33, 37, 45, 57, 69, 81]
    xs = [(at(c), "l") for c in cols]
    hdr = ["LN", "SVC-FROM", "SVC-TO", "PROC", "M1", "M2", "UNITS", "BILLED", "ALLOWED", "PAID", "EOB"]

    def colhdr(y):
        f.y = y
        f.row(xs, hdr, 7.2, True, 10)
        return f.y + 2

    bk = Book()
    paid = [
        ("OYELARAN, BENEDICT", "NC39920117", "2026031004402", "KB-110198",
         visits(weekdays(D(2026, 1, 5), 8), [("97110", 2, ("GP",)), ("97140", 1, ("GP",))])),
        ("ROWAN, JESSAMY", "NC44018827", "2026031004411", "KB-110243", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 7), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 9), "97530", 2, ("GO",)), Svc(D(2026, 1, 12), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 14), "97530", 3, ("GO",)), Svc(D(2026, 1, 16), "97112", 2, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 2, ("GO", "59")), Svc(D(2026, 1, 21), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 23), "97530", 2, ("GO",)), Svc(D(2026, 1, 26), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 28), "97530", 3, ("GO",)), Svc(D(2026, 1, 30), "97168", 1, ("GO",))]
         + visits(weekdays(D(2026, 2, 2), 8), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])),
        ("ROWAN, ELLIOTT", "NC44018830", "2026031004412", "KB-110251", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("ABERNATHY-SOLIS, PIA", "NC50277164", "2026031004419", "KB-110266", [
            Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 15), "97110", 2, ("GP",)), Svc(D(2026, 1, 15), "97116", 1, ("GP",))]),
    ]
    denied = [
        ("ABERNATHY-SOLIS, PIA", "NC50277164", "2026031004420", "KB-110267", [
            Svc(D(2026, 1, 22), "97110", 2, ("GP",), denied="CO"), Svc(D(2026, 1, 22), "97035", 1, ("GP",),
                                                                     denied="CO")]),
        ("MBEKI, TENDAI", "NC61190035", "2026031004425", "KB-110270", [
            Svc(D(2026, 1, 9), "97166", 1, ("GO",), denied="CO")]),
    ]
    eob = {"paid": "0501", "cut": "0512", "197": "2203", "29": "1790"}

    def section(title, group, rsn):
        f.need(40)
        f.gap(6)
        f.text(at(0), f"*** {title} ***", 7.2, True)
        for name, rid, icn, acct, svcs in group:
            for s in svcs:
                medicaid(s, deny_reason=rsn) if rsn else medicaid(s)
            f.need(36)
            f.gap(4)
            head = f"RECIPIENT NAME: {name:<24} RECIPIENT ID: {rid}   ICN: {icn}   PAT ACCT NO: {acct}"
            f.text(at(0), head, 7.2)
            f.y = colhdr(f.y)
            f.repeat = lambda y, h=head: colhdr(f.text(at(0), h + "  (CONT)", 7.2) or f.y)
            for n, s in enumerate(svcs, 1):
                code = eob[rsn] if rsn else (eob["cut"] if s.discount else eob["paid"])
                cells = [f"{n:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code,
                         s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.2f}",
                         f"{s.billed:>10.2f}", f"{s.allowed:>10.2f}", f"{s.paid:>10.2f}", code]
                pg = f.row(xs, cells, 7.2, lead=9.5)
                bk.add(pg, s, f"{cells[0]} {cells[1]} {cells[2]} {s.code}", claim_id=acct, payer_claim_id=icn,
                       patient=name, printed=("billed", "allowed", "paid"), remarks=[code], description=False)
            f.repeat = None
            tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
            f.row(xs, ["", "CLAIM TOTAL", "", "", "", "", "", f"{tb:>10.2f}", f"{ta:>10.2f}", f"{tp:>10.2f}", ""],
                  7.2, lead=10)
            bk.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)

    section("PAID CLAIMS", paid, None)
    section("DENIED CLAIMS", denied, "197")
    legend = [("0501", "Paid at the program fee schedule."), ("0512", "Paid at the lower of charge or the program "
              "maximum."), ("2203", "Prior approval number missing or not on file for these dates.")]
    f.need(50)
    f.gap(8)
    f.text(at(0), "EOB CODE DESCRIPTIONS", 7.2, True)
    for c, t in legend:
        f.text(at(0), f"{c}  {t}", 7.2)
    return doc, bk, legend, "state Medicaid RA, monospace, paid and denied sections", []


# =============================================================================================== c2
def lay_c2(out: Path):
    doc = Doc("fpdf2", "DejaVuSansMono")
    L = 30
    SZ = 7.0
    CW = SZ * 0.602

    def at(c):
        return L + c * CW

    def furniture(d, p):
        d.text(at(0), 34, "PRAIRIE STATE MEDICAID ASSISTANCE  -  PROVIDER REMITTANCE ADVICE", 9, True)
        d.text(at(0), 46, "PAYEE: MAPLEWOOD CHILDREN'S THERAPY CTR   PAYEE ID: 200771934   WARRANT: 0000918374   "
               "DATE: 01/29/26", SZ)
        d.text(582, 56, f"PAGE {p} OF {{PAGES}}", SZ, False, "r")
        d.hline(L, 582, 60)
        return 62

    f = Flow(doc, furniture, 760)
    cols = [0, 10, 26, 31, 42, 53, 64, 75]
    xs = [(at(c), "l") for c in cols[:3]] + [(at(c + 9), "r") for c in cols[3:7]] + [(at(cols[7]), "l")]
    hdr = ["DOS", "PROC-MOD", "QTY", "CHARGE", "ALLOWED", "PAID", "ADJ-RSN"]
    xs = [(at(0), "l"), (at(10), "l"), (at(30), "r"), (at(42), "r"), (at(53), "r"), (at(64), "r"), (at(67), "l")]
    bk = Book()

    def fmt(v):
        return f"{abs(v):,.2f}" + ("-" if v < 0 else "")

    def claim(title, name, cno, tcn, pcn, svcs, status):
        f.need(44)
        f.gap(5)
        f.text(at(0), f"CLIENT: {name:<26} CLIENT NO: {cno}   TCN: {tcn}   PCN: {pcn}", SZ, True)
        f.text(at(0), f"CLAIM STATUS: {status}", SZ)
        f.row(xs, hdr, SZ, True, 9.5)
        for s in svcs:
            adj = " ".join(f"{g}{c} {fmt(a)}" for g, c, a in s.adjs) or "-"
            cells = [dfmt(s.dos, "mdy2"), f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code,
                     f"{s.units:.1f}", fmt(s.billed), fmt(s.allowed), fmt(s.paid), adj]
            pg = f.row(xs, cells, SZ, lead=9.5)
            bk.add(pg, s, f"{cells[0]} {cells[1]}", claim_id=pcn, payer_claim_id=tcn, patient=name,
                   printed=("billed", "allowed", "paid"), adjustments=s.adjs, description=False)
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        f.row(xs, ["", "CLAIM TOTAL", "", fmt(tb), fmt(ta), fmt(tp), ""], SZ, True, 10)
        bk.claim(pcn, tcn, name, billed=tb, allowed=ta, paid=tp)

    f.text(at(0), "=== ORIGINAL CLAIMS PAID ===", 8, True)
    fam = [("HOLLOWAY, NAOMI R", "PS7718204", "26024000310021", "MCT-5504", [
        Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 8), "97530", 2, ("GO",)),
        Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 15), "97533", 2, ("GO",)),
        Svc(D(2026, 1, 20), "97530", 3, ("GO",))]),
        ("HOLLOWAY, SILAS J", "PS7718206", "26024000310022", "MCT-5507", [
            Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "97129", 1, ("GN",), denied="CO")]),
        ("ESPINAL-WARD, KEIRA", "PS8802311", "26024000310040", "MCT-5512", [
            Svc(D(2026, 1, 9), "97161", 1, ("GP",)), Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97112", 1, ("GP",))])]
    for name, cno, tcn, pcn, svcs in fam:
        for s in svcs:
            medicaid(s, deny_reason="96")
        claim("", name, cno, tcn, pcn, svcs, "PAID")
    f.gap(6)
    f.text(at(0), "=== ADJUSTED CLAIMS (REVERSAL / REPLACEMENT) ===", 8, True)
    orig = [Svc(D(2025, 12, 10), "97530", 2, ("GO",)), Svc(D(2025, 12, 10), "97535", 2, ("GO",)),
            Svc(D(2025, 12, 17), "97530", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    claim("", "HOLLOWAY, NAOMI R", "PS7718204", "26024000310090", "MCT-5421", rev, "REVERSAL OF TCN 25351000871102")
    new = [Svc(D(2025, 12, 10), "97530", 3, ("GO",)), Svc(D(2025, 12, 10), "97535", 2, ("GO",)),
           Svc(D(2025, 12, 17), "97530", 3, ("GO",))]
    for s in new:
        medicaid(s)
    claim("", "HOLLOWAY, NAOMI R", "PS7718204", "26024000310091", "MCT-5421", new, "REPLACEMENT - PAID")
    legend = [("CO45", "Charge is more than the program maximum."), ("CO96", "Service is not covered for this "
              "client's benefit plan.")]
    f.gap(8)
    f.text(at(0), "ADJUSTMENT REASON CODES ON THIS ADVICE", SZ, True)
    for c, t in legend:
        f.text(at(0), f"{c}  {t}", SZ)
    return doc, bk, legend, "state Medicaid RA with reversal and replacement, monospace", []


# =============================================================================================== r1
def lay_r1(out: Path):
    doc = Doc("reportlab", "Courier", landscape=True)
    L = 28
    SZ = 7.0
    CW = SZ * 0.6

    def at(c):
        return L + c * CW

    def furniture(d, p):
        d.text(at(0), 28, "CLEARPATH CLAIMS EXCHANGE - PRINTED REMITTANCE FROM 835      PAYER: MEDICARE PART B "
               "JURISDICTION 9 (SAMPLE)", SZ, True)
        d.text(at(0), 38, "PROVIDER: HIGHWATER REHAB & SPORTS PT     NPI 1558820471     CHECK/EFT #: 882001477 "
               f"    DATE: 02/05/2026     PAGE #: {p} OF {{PAGES}}", SZ)
        d.hline(L, 764, 43)
        return 46

    f = Flow(doc, furniture, 588)
    cols = [0, 12, 27, 31, 36, 43, 52, 63, 74, 83, 95, 112]
    hdr = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
           "GRP/RC-AMT", "PROV PD"]
    xs = [(at(c), "l") for c in cols[:6]] + [(at(c + 9), "r") for c in cols[6:10]] + [(at(cols[10]), "l"),
                                                                                      (at(cols[11] + 9), "r")]

    def colhdr(y):
        f.y = y
        f.row(xs, hdr, SZ, True, 9)
        return f.y + 2

    f.y = colhdr(f.y)
    f.repeat = colhdr
    st = PlanState(ded_left=Decimal("90.00"))
    bk = Book()
    claims = [
        ("PRUITT, OSWALD", "1EG4TE5MK72", "HWR00031882", "2226012345001", [
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 9), "97112", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 12), "97530", 1, ("GP", "CQ"))]),
        ("VANTERPOOL, GRETA", "3JK9NB2WQ18", "HWR00031907", "2226012345044", [
            Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97116", 2, ("GP", "KX")), Svc(D(2026, 1, 8), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 8), "97012", 1, ("GP",), denied="CO")]),
        ("DELACROIX, AMBROSE", "5TR2XC8LP40", "HWR00031913", "2226012345078", [
            Svc(D(2026, 1, 13), "97165", 1, ("GO",)), Svc(D(2026, 1, 13), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 15), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97530", 2, ("GO", "KX")),
            Svc(D(2026, 1, 22), "97760", 1, ("GO", "LT")), Svc(D(2026, 1, 22), "L3807", 1, ("LT",))]),
        ("PRUITT, HELENE", "7WB3RD6MN55", "HWR00031920", "2226012345090", [
            Svc(D(2026, 1, 14), "97110", 3, ("GP",)), Svc(D(2026, 1, 14), "97140", 1, ("GP",))]),
    ]
    for name, mid, acnt, icn, svcs in claims:
        st.ded_left = Decimal("90.00") if name.startswith("VAN") else ZERO
        for s in svcs:
            medicare(s, st)
        f.need(40)
        f.gap(4)
        f.text(at(0), f"NAME {name:<22} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01 MA18", SZ)
        for s in svcs:
            f.need(20)
            adj = [f"{g}-{c} {a:.2f}" for g, c, a in s.adjs]
            cells = ["1447290018", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", f"{s.units}", s.code, " ".join(s.mods),
                     f"{s.billed:.2f}", f"{s.allowed:.2f}", f"{s.deductible:.2f}", f"{s.coinsurance:.2f}", adj[0],
                     f"{s.paid:.2f}"]
            pg = f.row(xs, cells, SZ, lead=9)
            for extra in adj[1:]:
                f.row(xs, [""] * 10 + [extra, ""], SZ, lead=8.5)
            rarc = ["N362"] if s.code == "G0283" else []
            if rarc:
                f.row(xs, ["CNTL #" + acnt] + [""] * 9 + ["REM: N362", ""], SZ, lead=8.5)
            bk.add(pg, s, f"{s.dos:%m%d} {s.dos:%m%d%y} 11 {s.units} {s.code}", claim_id=acnt,
                   payer_claim_id=icn, patient=name,
                   printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                   remarks=rarc, description=False)
        tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        to = total(svcs, "owes")
        f.row(xs, [f"PT RESP {to:.2f}", "", "", "", "CLAIM TOTALS", "", f"{tb:.2f}", f"{ta:.2f}", f"{td:.2f}",
                   f"{tc:.2f}", "", f"{tp:.2f}"], SZ, lead=9)
        f.text(at(0), f"{'':<36}NET {tp:.2f}", SZ, lead=9)
        bk.claim(acnt, icn, name, billed=tb, allowed=ta, paid=tp)
    f.repeat = None
    f.need(40)
    f.gap(6)
    f.text(at(0), "TOTALS:  # OF CLAIMS 4   SEE CARC/RARC GLOSSARY ON CLEARPATH PORTAL FOR CODE MEANINGS", SZ, True)
    return doc, bk, [], "Medicare-style standard paper remit, clearinghouse print", []


# =============================================================================================== r2
def lay_r2(out: Path):
    doc = Doc("fpdf2", "LiberationSansNarrow", landscape=True)
    L, R = 24, 768

    def furniture(d, p):
        d.text(L, 30, "TheraLedger PM  -  Remittance Detail Report", 12, True)
        d.text(L, 42, "Practice: Oakhollow Occupational & Speech Therapy   Payer: Bluestem Health Insurance Co.   "
               "ERA trace 1TRN77120455   Deposit date 02/06/2026", 7.5)
        d.text(R, 30, "Run 02/06/2026 08:14", 7, False, "r")
        d.text(R, 42, f"Page {p} of {{PAGES}}", 7, False, "r")
        return 50

    f = Flow(doc, furniture, 585)
    widths = [92, 56, 78, 44, 36, 30, 28, 48, 48, 40, 40, 152, 48, 44]
    hdr = ["Patient", "Acct #", "Payer Claim #", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct",
           "Coins", "Adj Codes", "Paid", "RARC"]
    right = {6, 7, 8, 9, 10, 12}
    xs, x = [], L
    for i, w in enumerate(widths):
        xs.append((x + w - 3, "r") if i in right else (x + 3, "l"))
        x += w

    def grid_row(cells, bold=False):
        f.need(12)
        top = f.y
        pg = f.row(xs, cells, 7, bold=bold, lead=11)
        xx = L
        for w in widths:
            doc.rect(xx, top + 2, w, 11, 0.3)
            xx += w
        return pg

    def colhdr(y):
        f.y = y
        grid_row(hdr, True)
        return f.y

    f.y = colhdr(f.y + 4)
    f.repeat = colhdr
    bk = Book()
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.81"))
    data = [
        ("Quennell, Arlo", "OH-30117", "BH26020411701", [
            Svc(D(2026, 1, 5), "97167", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 2, ("GO",)), Svc(D(2026, 1, 12), "97140", 1, ("GO", "59"))]),
        ("Quennell, Ivy", "OH-30118", "BH26020411702", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("Marchetti, Dov", "OH-30240", "BH26020411733", [
            Svc(D(2026, 1, 8), "97165", 1, ("GO",)), Svc(D(2026, 1, 8), "97018", 1, ("GO",), denied="CO"),
            Svc(D(2026, 1, 15), "97530", 3, ("GO",)), Svc(D(2026, 1, 22), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 29), "97530", 2, ("GO",))]),
    ]
    for name, acct, pcn, svcs in data:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    orig = [Svc(D(2025, 12, 16), "97530", 2, ("GO",)), Svc(D(2025, 12, 16), "97110", 1, ("GO",))]
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.81"))
    for s in orig:
        commercial(s, st2)
    data.insert(2, ("Quennell, Arlo", "OH-29876", "BH25352209914", [negate(s) for s in orig]))
    for name, acct, pcn, svcs in data:
        for s in svcs:
            adj = "; ".join(f"{g}{c} {money(a, '', '()')}" for g, c, a in s.adjs)
            rarc = "N130" if s.denied else ""
            cells = [name, acct, pcn, dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units := str(int(s.units)),
                     money(s.billed, ",", "()"), money(s.allowed, ",", "()"), money(s.deductible, ",", "()"),
                     money(s.coinsurance, ",", "()"), adj, money(s.paid, ",", "()"), rarc]
            del units
            pg = grid_row(cells)
            bk.add(pg, s, f"{acct} {pcn} {cells[3]} {s.code}", claim_id=acct, payer_claim_id=pcn, patient=name,
                   printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                   remarks=[rarc] if rarc else [], description=False)
        tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        grid_row(["Claim subtotal", "", pcn, "", "", "", "", money(tb, ",", "()"), money(ta, ",", "()"),
                  money(td, ",", "()"), money(tc, ",", "()"), "", money(tp, ",", "()"), ""], True)
        bk.claim(acct, pcn, name, billed=tb, allowed=ta, paid=tp)
    f.repeat = None
    f.gap(10)
    f.text(L, "Claim OH-29876 / BH25352209914 was reversed by the payer (negative amounts in parentheses) and "
           "reprocessed under a new claim number.", 7.5)
    return doc, bk, [], "practice-management remittance detail report, grid", []


# =============================================================================================== f1
def lay_f1(out: Path):
    doc = Doc("reportlab", "DejaVuSerif")
    L, MAINR, SB = 36, 420, 436

    def furniture(d, p):
        d.text(L, 44, "Willowbrook Pediatric Therapy", 14, True)
        d.text(L, 57, "2210 Fennimore Street, Suite 3  ·  Ashgrove, OR 97266  ·  (503) 555-0166", 7)
        d.hline(L, 576, 64, 1)
        d.rect(SB, 74, 140, 150, 0.8, 0.93)
        d.text(SB + 8, 90, "STATEMENT SUMMARY", 8, True)
        d.text(SB + 8, 106, "Statement date: 02/05/2026", 7)
        d.text(SB + 8, 118, "Guarantor acct: WPT-G-40719", 7)
        d.text(SB + 8, 134, "Amount due", 8, True)
        d.text(SB + 8, 150, money(DUE[0]), 13, True)
        d.text(SB + 8, 166, "Due by: 03/01/2026", 7)
        d.text(SB + 8, 186, "Current     30 days     60+", 6.5)
        d.text(SB + 8, 198, f"{DUE[0]:,.2f}     0.00     0.00", 6.5)
        d.text(SB + 8, 214, "Pay online: willowbrook.example/pay", 6.2)
        d.text(L, 772, "Please detach and return the lower portion with your payment. Thank you!", 7)
        d.text(576, 772, f"Page {p} of {{PAGES}}", 7, False, "r")
        return 74

    DUE = [Decimal("0.00")]
    f = None
    xs = [(L, "l"), (L + 50, "l"), (L + 96, "l"), (L + 262, "r"), (L + 316, "r"), (MAINR - 2, "r")]
    hdr = ["Date", "Code", "Description", "Charge", "Insurance paid", "Your balance"]
    bk = Book()
    st = PlanState(ded_left=Decimal("140.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Nikhil Ashworth-Bell", "V-0088214", "LPH-26-0013372", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97533", 2, ("GO",))]),
        ("Nikhil Ashworth-Bell", "V-0088351", "LPH-26-0016120", [
            Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97535", 1, ("GO",))]),
        ("Saoirse Ashworth-Bell", "V-0088240", "LPH-26-0013490", [
            Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",))]),
        ("Ravi Ashworth-Bell", "V-0088502", "LPH-26-0018833", [
            Svc(D(2026, 1, 20), "97165", 1, ("GO",)), Svc(D(2026, 1, 20), "97018", 1, ("GO",), denied="PR"),
            Svc(D(2026, 1, 27), "97530", 2, ("GO",))]),
    ]
    for _, _, _, svcs in visits:
        for s in svcs:
            commercial(s, st)
    DUE[0] = sum((total(v[3], "owes") for v in visits), ZERO) - Decimal("40.00")
    f = Flow(doc, furniture, 745)
    f.text(L, "Statement for the family of:", 8)
    f.text(L, "Priya & Conrad Ashworth-Bell", 9, True)
    f.text(L, "480 Larkspur Lane, Ashgrove, OR 97266", 8)
    f.gap(6)
    for patient, visit, icn, svcs in visits:
        f.need(60)
        f.gap(6)
        f.text(L, f"Patient: {patient}   Visit #{visit}   Insurance claim #{icn}", 7.6, True)
        f.text(L, "Billed to: Lakehaven Health Plan", 7)
        f.row(xs, hdr, 7, True, 10)
        doc.hline(L, MAINR, f.y + 3, 0.4)
        for s in svcs:
            code = f"{s.code}{''.join(s.mods)}"
            cells = [dfmt(s.dos, "mdy2"), code, s.desc[:31], money(s.billed, ","), money(s.paid, ","),
                     money(s.owes, ",")]
            pg = f.row(xs, cells, 7, lead=10.5)
            bk.add(pg, s, f"{cells[0]} {code}", claim_id=visit, payer_claim_id=icn, patient=patient,
                   printed=("billed", "paid", "patient_owes"), units=False, description=False)
        tb, tp, to = (total(svcs, a) for a in ("billed", "paid", "owes"))
        doc.hline(L, MAINR, f.y + 3, 0.4)
        f.row(xs, ["", "", "Visit totals", money(tb, ","), money(tp, ","), money(to, ",")], 7, True, 10.5)
        bk.claim(visit, icn, patient, billed=tb, paid=tp, patient_owes=to)
    f.gap(8)
    f.text(L, "Payments and credits", 7.6, True)
    f.row(xs, ["01/21/26", "", "Payment - thank you (card)", "", "", "(40.00)"], 7, lead=10.5)
    f.row(xs, ["", "", "Amount due now", "", "", money(DUE[0])], 7.6, True, 12)
    f.gap(10)
    f.text(L, "Your balance is what remains after insurance. Plan adjustments (network discounts) are not shown.",
           6.8)
    f.text(L, "Questions about this bill? Call our billing office at (503) 555-0167.", 6.8)
    return doc, bk, [], "therapy clinic family statement with sidebar, 3 children", []


# =============================================================================================== f2
def lay_f2(out: Path):
    doc = Doc("fpdf2", "DejaVuSansCondensed")
    L, R = 34, 578

    def furniture(d, p):
        d.text(L, 40, "St. Anselm Regional Medical Center", 13, True)
        d.text(L, 52, "Outpatient Rehabilitation Services  |  Patient Financial Services, PO Box 7720, Millbrook, "
               "KS 67401", 7)
        d.text(R, 40, "GUARANTOR STATEMENT", 10, True, "r")
        d.text(R, 52, "Guarantor: Winifred Castellanos-Day   Guarantor no. 5500-81927", 7, False, "r")
        d.hline(L, R, 58, 0.8)
        d.text(L, 774, "Financial assistance is available. Ask us about payment plans: (620) 555-0128.", 6.8)
        d.text(R, 774, f"Page {p} of {{PAGES}}", 7, False, "r")
        return 66

    f = Flow(doc, furniture, 750)
    xs = [(L + 2, "l"), (L + 54, "l"), (L + 100, "l"), (L + 134, "l"), (L + 390, "r"), (R - 4, "r")]
    hdr = ["Rev code", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def colhdr(y):
        f.y = y
        f.row(xs, hdr, 7.2, True, 10)
        doc.hline(L, R, f.y + 3, 0.4)
        return f.y + 1

    bk = Book()
    st = PlanState(ded_left=Decimal("0.00"), allowed_rate=Decimal("0.70"))
    accts = [
        ("Winifred Castellanos-Day", "HB2601077310", "0424", [
            (D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
            (D(2026, 1, 7), "97110", 3, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP", "59")),
            (D(2026, 1, 12), "97110", 2, ("GP",)), (D(2026, 1, 12), "97116", 2, ("GP",)),
            (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97035", 1, ("GP",)),
            (D(2026, 1, 19), "97110", 2, ("GP",)), (D(2026, 1, 19), "97112", 1, ("GP",)),
            (D(2026, 1, 21), "97110", 3, ("GP",)), (D(2026, 1, 26), "97110", 2, ("GP",)),
            (D(2026, 1, 26), "97140", 1, ("GP",)), (D(2026, 1, 28), "97110", 2, ("GP",))]
         + [(d, c, u, m) for d in weekdays(D(2026, 2, 2), 8) for c, u, m in (("97110", 2, ("GP",)),
                                                                           ("97530", 1, ("GP",)))]),
        ("Mateo Castellanos-Day", "HB2601081552", "0444", [
            (D(2026, 1, 8), "92610", 1, ("GN",)), (D(2026, 1, 8), "92526", 1, ("GN",)),
            (D(2026, 1, 15), "92526", 1, ("GN",)), (D(2026, 1, 22), "92526", 1, ("GN",))]),
        ("Lena Castellanos-Day", "HB2601094408", "0434", [
            (D(2026, 1, 9), "97165", 1, ("GO",)), (D(2026, 1, 9), "97760", 1, ("GO", "RT")),
            (D(2026, 1, 9), "L3807", 1, ("RT",)), (D(2026, 1, 16), "97530", 2, ("GO",))]),
    ]
    accts = accts[1:] + accts[:1]
    for k, (patient, acct, rev, items) in enumerate(accts):
        svcs = [Svc(d, c, u, m) for d, c, u, m in items]
        for s in svcs:
            commercial(s, st)
        f.need(80)
        f.gap(8)
        head = f"Patient: {patient}     Account no. {acct}     Insurance: Plainsview Employee Health (primary)"
        f.text(L, head, 8, True)
        f.y = colhdr(f.y + 2)
        f.repeat = lambda y, h=head: colhdr(f.text(L, h + "  - continued", 8, True) or f.y)
        last, last_page = None, 0
        for s in svcs:
            f.need(12)
            if s.dos != last or doc.page != last_page:
                f.need(26)
                f.text(L + 2, f"Date of service {dfmt(s.dos, 'mdy4')}", 7.2, True, lead=11)
                last, last_page = s.dos, doc.page
            rv = "0274" if s.code == "L3807" else ("0444" if s.code.startswith("92") else rev)
            cells = [rv, s.code, " ".join(s.mods), s.desc, f"{int(s.units)}", money(s.billed, ",")]
            pg = f.row(xs, cells, 7.2, lead=10)
            bk.add(pg, s, f"{rv} {s.code}", claim_id=acct, payer_claim_id=None, patient=patient,
                   printed=("billed",))
        f.repeat = None
        tb, tp, ta = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount")
        bal = tb - tp - ta - Decimal("25.00")
        doc.hline(L, R, f.y + 3, 0.4)
        f.row(xs, ["", "", "", "Total charges", "", money(tb, ",")], 7.2, True, 11)
        f.row(xs, ["", "", "", "Insurance payment - Plainsview Employee Health", "", money(-tp, ",")], 7.2, lead=10)
        f.row(xs, ["", "", "", "Contractual adjustment", "", money(-ta, ",")], 7.2, lead=10)
        f.row(xs, ["", "", "", "Patient payment 01/30/2026", "", "-25.00"], 7.2, lead=10)
        f.row(xs, ["", "", "", "Account balance", "", money(bal, "$")], 7.2, True, 11)
        bk.claim(acct, None, patient, billed=tb)
    return doc, bk, [], "hospital outpatient rehab guarantor statement, charges per line", []


LAYOUTS = [("m1_commercial_member_eob", lay_m1), ("m2_commercial_member_eob", lay_m2),
           ("s1_medicare_summary_notice", lay_s1), ("s2_medicare_advantage_eob", lay_s2),
           ("c1_medicaid_ra", lay_c1), ("c2_medicaid_ra", lay_c2),
           ("r1_medicare_style_remit", lay_r1), ("r2_pm_remittance_report", lay_r2),
           ("f1_clinic_family_statement", lay_f1), ("f2_hospital_statement", lay_f2)]
ARITH = {"c2_medicaid_ra", "r1_medicare_style_remit", "r2_pm_remittance_report"}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout130_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    keys = {}
    for name, fn in LAYOUTS:
        doc, bk, legend, desc, findings = fn(out)
        pdf = out / f"{name}.pdf"
        doc.save(pdf)
        write_truth(pdf, name, doc.producer, len(doc.pages), desc, bk.lines, bk.claims, legend, findings)
        keys[name] = bk.keys
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" not in argv:
        return 0
    bad, spans = 0, 0
    for name, _ in LAYOUTS:
        pdf = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        errs = check_file(pdf, truth, keys[name], name in ARITH)
        pages_by_claim: dict = {}
        for ln in truth["lines"]:
            pages_by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        if any(len(v) > 1 for v in pages_by_claim.values()):
            spans += 1
        print(f"{name}: {len(truth['lines'])} lines, {truth['pages']} pages, {truth['producer']}: "
              f"{'OK' if not errs else str(len(errs)) + ' problems'}")
        for e in errs[:15]:
            print("   ", e)
        bad += bool(errs)
    if spans < 3:
        print(f"only {spans} files have a claim spanning pages (need 3)")
        bad += 1
    print("CHECK", "PASSED" if not bad else "FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
