"""Write held-out set 190 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of the
five commonest real kinds, two of each (commercial member EOBs, Medicare Summary Notice / Medicare Advantage
member EOB, state Medicaid remittance advices, Medicare-style paper remits from a clearinghouse / practice-
management system, family statements from a therapy clinic and a hospital), each in its own house style, written
by an author who never looked at the reader.

Run:  python bench/heldout190/make_heldout190_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout190/make_heldout190_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). h190kit.py (same
folder) records drawing operations once and emits them through reportlab or fpdf2, and groups pdfplumber words
into text rows for the check. A few codes missing from eobgen's fee schedule are added in memory with invented
prices.

Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth, <name>.pdf.truth.json), printed
values only, null for what a layout does not print (units null where no quantity is printed for the line;
modifiers [] where none are printed). claim_id = the provider's own account / patient-control / visit /
hospital account number where the page prints one, payer_claim_id = the payer's claim number / ICN / TCN / CCN,
patient = the person served exactly as printed (never the subscriber / guarantor unless the same person).
Adjustments only where a group + reason code is printed on the line (amount null when the page prints the code
without its amount); remarks = the note / remark / RAD / error codes printed on the line. Statement "insurance
adjustment" write-off columns are recorded as discount, statement line balances as patient_owes. Claim totals
("totals") only where the page prints a total for that claim, and only for fields the lines also carry. Every
name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (two of each kind):
  e1  commercial PPO member EOB, portrait Liberation Sans: claim heading per family member with relationship,
      "Provider billed / Network discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance /
      Plan paid / Your cost / Note", code + modifiers leading a wrapped service cell, no units, four family
      members, a long claim continued on page 2 with "(continued)" and the header repeated, note legend;
      PLANTED claim-total mismatch in one "Your cost" total (reportlab)
  e2  commercial HMO/EPO "Benefits Statement", landscape DejaVu Serif Condensed with a left sidebar of plan-year meters on
      page 1: "Charged / Member savings / Eligible expense / Not elig. / Deductible / Copayment /
      Coinsurance / Benefit paid / Member respons. / Explanation", Qty column, code after the words
      ("Therapeutic exercise - 97110 GP"), office-visit copay, three family members, legend on page 2 (fpdf2)
  m1  Medicare Summary Notice, classic Part B style, portrait DejaVu Sans: "Dates of Service / Services and
      Service Codes / Amount Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes
      Section", the quantity leading the service words and the code in parentheses "4 Therapeutic activities
      (97530-GO)", claim number per provider, a non-covered service, notes section, header repeated with
      "(continued)" if a claim crosses a page, 3 pages (the last the appeal page) (reportlab)
  m2  Medicare Advantage HMO-POS monthly member EOB, portrait Liberation Serif, boxed claims: claim bar with
      plan claim number and "Your provider's reference", "Date of service / What you got (code) / Units / Amount
      provider billed / Plan's allowed amount / Plan paid / Your copay / Not covered / What you owe", per-day
      copay, a denied service, plan-year out-of-pocket summary (fpdf2)
  r1  state Medicaid remittance advice details, landscape core Courier: APPROVES / ADJUSTS / DENIES sections,
      recipient name and ID on every service row, CCN, FROM/TO dates MMDDYY, QTY, BILLED / PAID, RAD codes,
      patient account under the row, a take-back (negative) and its re-approval, banner and header on every
      page, no claim totals (reportlab)
  r2  state Medicaid remittance statement, portrait DejaVu Sans Mono (fpdf2): claim heading with office account
      number, client ID / name and TCN, "LN DATE OF SVC PROC MOD UNITS CHARGED PAID STATUS ERRORS", VOID of an
      earlier claim with leading-minus amounts, claim totals, a claim continued onto the next page with
      "(CONTINUED)" and the header repeated
  p1  clearinghouse "ERA print" of a Medicare contractor remittance, landscape core Courier: patient / member id
      / patient control # / payer claim # / status / MOA heading, "DOS PROC MODS UNITS CHARGED ALLOWED DEDUCT
      COINS ADJUSTMENTS RARC PAID" with every adjustment printed "CO-45 232.60", claim totals, continued claim
      with repeated header (reportlab)
  p2  practice-management "Insurance Payment Detail" posting report of a Medicare remittance, portrait Liberation
      Sans Narrow, ruled grid: per-claim band (patient, acct #, ICN), "Svc Date / CPT / Mod 1 / Mod 2 / Units /
      Charge / Allowed / Deduct / Coins / Seq Red / Paid / Reason Codes / RARC", reason codes printed without
      amounts, a denied line, claim subtotals, two pages (fpdf2)
  f1  pediatric therapy clinic family statement, portrait core Times: tear-off payment stub, visit heading rows
      with the visit number and the insurer's claim number, "Date / Patient / Code / Description / Units /
      Charges / Insurance Paid / Insurance Adj. / Balance", three children, patient payments as non-service
      rows, runs onto page 2 (reportlab)
  f2  hospital guarantor statement, portrait Liberation Sans with a right sidebar "Amount due" panel on page 1:
      accounts per family member (hospital account number), itemized "Date / Rev / Description / CPT-Mod / Qty
      / Charges" with the insurer's payment and adjustment as account-level rows quoting its claim number,
      account total charges, an account running onto page 2 (fpdf2)

The self-check (--check) tests the factory, not the reader: for every truth line it finds one text row on the
line's page (pdfplumber words grouped by row) that holds the code, every modifier, the units, every amount,
every adjustment code (and its amount when printed) and every remark, and the service date (on the row, or on
the claim heading where the layout prints dates there); description words, ids and patients are in the
document's text; the page count matches; and the documents' own arithmetic holds (billed - discount -
not covered = allowed where printed; allowed - deductible - copay - coinsurance = paid on commercial layouts;
billed - adjustments = paid where every adjustment is printed with its amount; printed claim totals = sum of
lines unless a planted mismatch is declared as an expected finding, and the planted one really mismatches).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import PlanState, Svc, ZERO, dfmt, q, truth_line, units_str  # noqa: E402
from h190kit import Doc, Flow, pdf_rows, sw, wrap  # noqa: E402

# Codes not in eobgen's fee schedule (invented prices) and our own wording.
for _c, _f, _s, _d in (
    ("97533", "110.00", "38.20", "Sensory integration activities"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("97113", "95.00", "37.80", "Aquatic therapy with exercises"),
    ("92610", "210.00", "88.10", "Swallowing function evaluation"),
    ("97018", "40.00", "5.10", "Paraffin bath"),
    ("A4556", "18.00", "9.20", "Electrodes, per pair"),
    ("G0151", "150.00", "64.30", "Home health PT services, each 15 min"),
    ("97750", "130.00", "35.90", "Physical performance test"),
    ("92522", "230.00", "94.60", "Speech sound production evaluation"),
):
    G.FEE.setdefault(_c, _f)
    G.SCHED.setdefault(_c, _s)
    G.DESC.setdefault(_c, _d)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def D(m: int, d: int, y: int = 2026) -> date:
    return date(y, m, d)


def mk(dos, code, units, mods=(), denied=None, desc=None) -> Svc:
    return Svc(dos, code, units, tuple(mods), None, desc or "", denied)


def m(x, style=",", neg="-") -> str:
    return G.money(x, style, neg)


class Rec:
    """Truth collector for one document."""

    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def line(self, page, s, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     **kw))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": G.claim_totals(**tot) if tot else None})


def cells(doc, y, cols, vals, size, lead=None, bold=False, wrapcol=None, font=None):
    """Draw one table row; cols are (x, width, align). Returns the number of text lines used."""
    f = font or (doc.bold if bold else doc.font)
    lead = lead or size + 2
    n = 1
    for i, ((x, w, al), v) in enumerate(zip(cols, vals)):
        parts = wrap(v, f, size, w) if i == wrapcol else str(v).split("\n")
        n = max(n, len(parts))
        for k, p in enumerate(parts):
            if al == "R":
                doc.text(x + w, y + k * lead, p, size, bold, "R", font=f)
            elif al == "C":
                doc.text(x + w / 2, y + k * lead, p, size, bold, "C", font=f)
            else:
                doc.text(x, y + k * lead, p, size, bold, font=f)
    return n


def nlines(doc, v, size, w):
    return len(wrap(v, doc.font, size, w))


def ssum(svcs, a):
    return sum((getattr(s, a) for s in svcs), ZERO)


# ============================================================================================ e1
def e1():
    doc = Doc(*LETTER, "LibSans", "LibSans-B", "Explanation of Benefits")
    R = Rec()
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                   copay_codes={"99213": Decimal("35.00")})
    prov1, prov2 = "Brightwater Pediatric Therapy", "Kestrel Ridge Orthopedic & Hand"
    fam = [
        ("TomasX Okonkwo-Reyes", "Son", prov1, "NWC26-0114-55821", "BPT-40917",
         [mk(D(1, 5), "97166", 1, ["GO"])] + [mk(D(1, d), c, u, mo) for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28)
                                             for c, u, mo in (("97530", 2, ["GO"]), ("97533", 1, ["GO", "59"]))]),
        ("Priya Okonkwo-Reyes", "Spouse", prov2, "NWC26-0120-60473", "KR-118204",
         [mk(D(1, 8), "99213", 1), mk(D(1, 8), "97760", 1, ["GO"]), mk(D(1, 8), "L3807", 1, ["RT"]),
          mk(D(1, 15), "97140", 2, ["GO"]), mk(D(1, 15), "0552T", 1, denied="PR")]),
        ("Lucia Okonkwo-Reyes", "Daughter", prov1, "NWC26-0122-61930", "BPT-41102",
         [mk(D(1, 13), "92523", 1, ["GN"]), mk(D(1, 20), "92507", 1, ["GN"]), mk(D(1, 27), "92507", 1, ["GN"])]),
        ("Daniel Okonkwo-Reyes", "Self", "Summit Lane Physical Therapy", "NWC26-0125-62288", "SLPT-7731",
         [mk(D(1, 6), "97161", 1, ["GP"]), mk(D(1, 6), "97110", 2, ["GP"]), mk(D(1, 13), "97110", 2, ["GP"]),
          mk(D(1, 13), "97112", 1, ["GP"])]),
    ]
    fam.append(fam.pop(0))
    fam[-1] = ("Tomas" + fam[-1][0][6:],) + fam[-1][1:]
    notes = {"A": "Amount above the network rate for this service; you do not owe it.",
             "B": "This service is not a covered benefit under your plan. You may owe the provider.",
             "C": "Part of this amount was applied to your calendar-year deductible.",
             "D": "Office-visit copay applies."}
    X = [36, 82, 250, 292, 330, 368, 400, 440, 474, 510, 544, 578]
    cols = [(36, 44, "L"), (82, 164, "L")] + [(X[i] - 2, X[i + 1] - X[i], "R") for i in range(2, 11)] + \
        [(580, 20, "L")]
    cols[2] = (246, 44, "R")
    heads = ["Date of\nservice", "Service", "Provider\nbilled", "Network\ndiscount", "Allowed\namount",
             "Not\ncovered", "Deduct-\nible", "Copay", "Co-\ninsurance", "Plan\npaid", "Your\ncost", "Note"]

    def banner(d, fl):
        d.text(36, 40, "NORTHWIND CREST HEALTH PLAN", 13, True)
        d.text(36, 53, "Explanation of Benefits  -  THIS IS NOT A BILL", 8.5)
        d.text(576, 40, f"Page {d.page_no} of {{NP}}", 8, align="R")
        d.text(576, 53, "Statement date: 02/03/2026", 8, align="R")
        d.line(36, 60, 576, 60, 1)

    def header(d, y):
        d.rect(34, y - 9, 566, 22, fill=0.88, stroke=False)
        cells(d, y, cols, heads, 6.6, 8, bold=True)
        return y + 20

    banner(doc, None)
    doc.text(36, 80, "Daniel Okonkwo-Reyes", 9, True)
    doc.text(36, 91, "2290 Fennimore Court, Apt 4", 8.5)
    doc.text(36, 102, "Millbrook Falls, OR 97390", 8.5)
    doc.text(340, 80, "Subscriber: Daniel Okonkwo-Reyes", 8.5)
    doc.text(340, 91, "Member ID: NWX 448-20-6671", 8.5)
    doc.text(340, 102, "Group: 0088412  Valley Forge Logistics Employees PPO", 8.5)
    doc.text(36, 124, "This statement explains how we processed claims for you and the family members on your plan.",
             8.5)
    doc.text(36, 135, "Keep it with your records. The provider will bill you separately for any amount under "
             "\"Your cost\".", 8.5)
    state = {"cur": None}

    def on_new(d, fl):
        banner(d, fl)
        c = state["cur"]
        y = 78
        if c:
            d.text(36, y, f"Patient: {c[0]} ({c[1]})  -  Claim number {c[3]} (continued)", 8.5, True)
            y += 12
            y = header(d, y + 8)
        fl.y = y

    fl = Flow(doc, 78, 740, on_new)
    fl.y = 152
    size, lead = 6.9, 8.4
    for ci, (pat, rel, prov, pcid, acct, svcs) in enumerate(fam):
        for s in svcs:
            G.commercial(s, st)
            if s.copay:
                s.remarks = ["D"]
            elif s.denied:
                s.remarks = ["B"]
            elif s.deductible:
                s.remarks = ["C"]
            elif s.code == "L3807":
                s.remarks = ["A"]
        fl.need(70)
        state["cur"] = None
        y = fl.y
        doc.line(36, y - 9, 576, y - 9, 0.8)
        doc.text(36, y, f"Patient: {pat} ({rel})", 9, True)
        doc.text(330, y, f"Claim number: {pcid}", 8.5)
        doc.text(36, y + 11, f"Provider: {prov}", 8.5)
        doc.text(330, y + 11, f"Patient account: {acct}", 8.5)
        doc.text(36, y + 22, "Received 01/29/2026    Processed 02/02/2026    Network: In-network", 8)
        y = header(doc, y + 40)
        fl.y = y
        state["cur"] = (pat, rel, prov, pcid)
        for s in svcs:
            mods = " ".join(s.mods)
            svc = f"{s.code} {mods} {s.desc}".replace("  ", " ")
            n = nlines(doc, svc, size, 164)
            fl.need(n * lead + 2)
            vals = [dfmt(s.dos, "mdy4"), svc, m(s.billed), m(s.discount), m(s.allowed), m(s.not_covered),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, size, lead, wrapcol=1)
            R.line(doc.page_no, s, acct, pcid, pat,
                   ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                    "patient_owes"), units=False, remarks=s.remarks)
            fl.y += n * lead + 2.5
        fl.need(20)
        tot = {k: ssum(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                              ("patient_owes", "owes"))}
        printed_owes = tot["patient_owes"] + (Decimal("10.00") if ci == 1 else ZERO)
        doc.line(246, fl.y - 7, 576, fl.y - 7)
        vals = ["", "Claim totals", m(tot["billed"]), m(ssum(svcs, "discount")), m(tot["allowed"]),
                m(ssum(svcs, "not_covered")), m(ssum(svcs, "deductible")), m(ssum(svcs, "copay")),
                m(ssum(svcs, "coinsurance")), m(tot["paid"]), m(printed_owes), ""]
        cells(doc, fl.y + 2, cols, vals, size, lead, bold=True)
        R.claim(acct, pcid, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                patient_owes=printed_owes)
        if ci == 1:
            R.findings.append(f"claim-total-mismatch claim {pcid}: printed Your cost total {printed_owes} but the "
                              f"lines add up to {tot['patient_owes']}")
        fl.y += 30
        state["cur"] = None
    fl.need(80)
    doc.text(36, fl.y, "Notes", 9, True)
    for i, (k, v) in enumerate(notes.items()):
        doc.text(36, fl.y + 12 + i * 10, f"{k}  {v}", 7.5)
    fl.y += 60
    doc.text(36, fl.y, "Questions? Call Member Services at 1-888-555-0148 (TTY 711), Monday-Friday 8 a.m.-8 p.m.",
             7.5)
    return doc, "reportlab", R, list(notes.items()), dict(date_row=True, adj_full=False, share=True)


# ============================================================================================ e2
def e2():
    doc = Doc(*LAND, "DVSerifCond", "DVSerifCond-B", "Benefits Statement")
    R = Rec()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"),
                   copay_codes={"99213": Decimal("40.00"), "97165": Decimal("40.00")})
    claims = [
        ("Eli Vance-Whitaker", "Harborview Sensory & Motor Clinic", "HSM-2026-00381", "EPO7718-220-041",
         [mk(D(1, 6), "97165", 1, ["GO"]), mk(D(1, 6), "97533", 2, ["GO"]), mk(D(1, 8), "97530", 3, ["GO"]),
          mk(D(1, 13), "97530", 3, ["GO"]), mk(D(1, 15), "97533", 2, ["GO", "59"]),
          mk(D(1, 20), "97530", 2, ["GO"]), mk(D(1, 22), "97535", 2, ["GO"]), mk(D(1, 27), "97530", 3, ["GO"]),
          mk(D(1, 27), "97533", 1, ["GO", "59"]), mk(D(1, 29), "97530", 2, ["GO"]), mk(D(1, 29), "97535", 1, ["GO"]),
          mk(D(1, 31), "97530", 3, ["GO"]), mk(D(1, 31), "97533", 2, ["GO"])]),
        ("Nora Vance-Whitaker", "Cedar Loop Speech Studio", "CLS-55910", "EPO7718-220-057",
         [mk(D(1, 9), "92610", 1, ["GN"]), mk(D(1, 16), "92526", 1, ["GN"]), mk(D(1, 23), "92526", 1, ["GN"]),
          mk(D(1, 30), "92526", 1, ["GN"])]),
        ("Marisol Vance-Whitaker", "Tidewater Spine & Sport PT", "TSS-118-4402", "EPO7718-221-003",
         [mk(D(1, 12), "99213", 1), mk(D(1, 12), "97162", 1, ["GP"]), mk(D(1, 14), "97110", 2, ["GP"]),
          mk(D(1, 14), "97140", 1, ["GP", "59"]), mk(D(1, 14), "97018", 1, ["GP"], denied="PR"),
          mk(D(1, 19), "97110", 3, ["GP", "KX"]), mk(D(1, 21), "97112", 2, ["GP"]),
          mk(D(1, 21), "G0283", 1, ["GP"])]),
    ]
    claims = claims[2:] + claims[1:2] + claims[:1]
    expl = {"PD1": "Paid at the contracted rate for an in-network provider.",
            "DD2": "Applied to the member's deductible.",
            "CP3": "Fixed copayment for this type of visit.",
            "NC4": "Not covered: plan excludes this service. Member is responsible."}
    LX = 200  # main column starts right of the sidebar
    cols = [(LX, 36, "L"), (LX + 38, 172, "L"), (LX + 212, 14, "R")]
    x = LX + 230
    for w in (33,) * 9:
        cols.append((x, w - 2, "R"))
        x += w
    cols.append((x + 4, 24, "L"))
    heads = ["Service\ndate", "Service provided", "Qty", "Charged", "Member\nsavings", "Eligible\nexpense",
             "Not\nelig.", "Deduct-\nible", "Copay-\nment", "Coin-\nsurance", "Benefit\npaid",
             "Member\nrespons.", "Expla-\nnation"]
    # widen the frame to page: main area from LX to 760
    def banner(d):
        d.text(40, 36, "Alder & Pine Health Cooperative", 14, True)
        d.text(40, 50, "BENEFITS STATEMENT  -  this is not a bill", 8.5)
        d.text(756, 36, f"Page {d.page_no} of {{NP}}", 8, align="R")
        d.text(756, 50, "Issued February 4, 2026", 8, align="R")
        d.line(40, 57, 756, 57, 0.8)

    def header(d, y, x0):
        d.line(x0, y - 10, 756, y - 10, 0.6)
        cells(d, y, cols, heads, 6.4, 7.6, bold=True)
        d.line(x0, y + 10, 756, y + 10, 0.6)
        return y + 22

    banner(doc)
    # sidebar (page 1 only)
    doc.rect(40, 70, 150, 470, fill=0.93, stroke=False)
    sy = 88
    for t, b in (("Member", "Marisol Vance-Whitaker"), ("Member number", "APH-30-7718220"),
                 ("Plan", "Alder & Pine EPO Silver 2026"), ("Covered on this statement", "Marisol, Eli and Nora")):
        doc.text(48, sy, t, 7.5, True)
        doc.text(48, sy + 10, b, 7.5)
        sy += 26
    doc.text(48, sy + 6, "Your plan year so far", 9, True)
    sy += 22
    for t, used, lim in (("Family deductible", "150.00", "1,500.00"), ("Individual deductible (Marisol)",
                                                                       "150.00", "750.00"),
                         ("Family out-of-pocket", "611.44", "6,000.00")):
        doc.text(48, sy, t, 7.2)
        doc.rect(48, sy + 4, 134, 6, fill=1.0)
        doc.text(48, sy + 19, f"${used} met of ${lim}", 7)
        sy += 32
    for k, t in enumerate(["How to read this statement:", "Charged is the provider's full price.",
                           "Member savings is the network reduction.", "Benefit paid went to the provider.",
                           "Member respons. is what the provider", "may bill you."]):
        doc.text(48, sy + 10 + k * 10, t, 7, k == 0)
    y = 78
    fl = Flow(doc, 70, 570)
    cur = {"c": None}

    def on_new(d, f):
        banner(d)
        y2 = 76
        if cur["c"]:
            d.text(LX, y2, f"{cur['c'][0]}  -  {cur['c'][1]}  -  Claim {cur['c'][3]} (continued)", 8, True)
            y2 = header(d, y2 + 18, LX)
        f.y = y2

    fl.on_new = on_new
    fl.y = y
    size, lead = 6.4, 8.0
    for pat, prov, acct, pcid, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="96")
            s.remarks = ["NC4"] if s.denied else ["CP3"] if s.copay else ["DD2"] if s.deductible else ["PD1"]
        fl.need(60)
        cur["c"] = None
        doc.text(LX, fl.y, f"Patient: {pat}", 8.5, True)
        doc.text(LX + 230, fl.y, f"Claim {pcid}", 8)
        doc.text(LX, fl.y + 11, f"Provider: {prov}   Provider's patient no.: {acct}", 7.6)
        fl.y = header(doc, fl.y + 30, LX)
        cur["c"] = (pat, prov, acct, pcid)
        for s in svcs:
            desc = f"{s.desc} - {s.code} {' '.join(s.mods)}".strip()
            n = nlines(doc, desc, size, 172)
            fl.need(n * lead + 2)
            vals = [dfmt(s.dos, "mdy2"), desc, units_str(s.units), m(s.billed, "$"), m(s.discount), m(s.allowed),
                    m(s.not_covered), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid, "$"),
                    m(s.owes, "$"), " ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, size, lead, wrapcol=1)
            R.line(doc.page_no, s, acct, pcid, pat, ("billed", "discount", "allowed", "not_covered", "deductible",
                                                      "copay", "coinsurance", "paid", "patient_owes"),
                   remarks=s.remarks)
            fl.y += n * lead + 2.5
        fl.need(16)
        doc.line(LX + 230, fl.y - 7, 756, fl.y - 7)
        b, a, p, o = (ssum(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        vals = ["", "Totals for this claim", "", m(b, "$"), m(ssum(svcs, "discount")), m(a),
                m(ssum(svcs, "not_covered")), m(ssum(svcs, "deductible")), m(ssum(svcs, "copay")),
                m(ssum(svcs, "coinsurance")), m(p, "$"), m(o, "$"), ""]
        cells(doc, fl.y + 2, cols, vals, 6.0, lead, bold=True)
        R.claim(acct, pcid, pat, billed=b, allowed=a, paid=p, patient_owes=o)
        fl.y += 28
        cur["c"] = None
    fl.need(70)
    doc.text(LX, fl.y, "Explanation codes", 8.5, True)
    for i, (k, v) in enumerate(expl.items()):
        doc.text(LX, fl.y + 12 + i * 10, f"{k} - {v}", 7.2)
    return doc, "fpdf2", R, list(expl.items()), dict(date_row=True, adj_full=False, share=True)


# ============================================================================================ m1
def m1():
    doc = Doc(*LETTER, "DVSans", "DVSans-B", "Medicare Summary Notice")
    R = Rec()
    st = PlanState(ded_left=Decimal("97.00"), coins_rate=Decimal("0.20"))
    pat = "Ruth A. Calloway"
    claims = [
        ("26-0114-33871-10", "Harborline Rehabilitation Associates", "412 Quarry Street, Suite 3",
         "Dunmore Heights, PA 18509", "Referred by: Renata Tanaka, M.D.",
         [mk(D(1, d), c, u, mo) for d in (5, 7, 9, 12, 14, 16, 19, 21) for c, u, mo in
          (("97530", 2, ["GO"]), ("97535", 1, ["GO"]))] + [mk(D(1, 5), "97167", 1, ["GO"])]),
        ("26-0121-40022-30", "Harborline Rehabilitation Associates", "412 Quarry Street, Suite 3",
         "Dunmore Heights, PA 18509", "Referred by: Renata Tanaka, M.D.",
         [mk(D(1, d), c, u, mo) for d in (23, 24, 26, 27, 28, 30) for c, u, mo in
          (("97530", 3, ["GO", "KX"]), ("97112", 1, ["GO", "KX"]))] + [mk(D(1, 30), "97168", 1, ["GO"])]),
        ("26-0126-41557-20", "Penwick Medical Supply", "88 Furnace Road", "Olyphant, PA 18447",
         "Ordered by: Renata Tanaka, M.D.",
         [mk(D(1, 22), "L3807", 1, ["RT"]), mk(D(1, 22), "A4556", 2), mk(D(1, 22), "0552T", 1, denied="PR")]),
    ]
    notes = {"a": "This information is being sent to your provider's Medicare supplement insurer.",
             "b": "$97.00 of this approved amount has been applied toward your deductible.",
             "c": "Medicare does not pay for this item or service. You are responsible for it.",
             "d": "Services above the yearly therapy threshold were reviewed and found necessary."}
    cols = [(40, 50, "L"), (92, 210, "L"), (304, 56, "R"), (364, 58, "R"), (426, 58, "R"), (488, 56, "R"),
            (552, 30, "L")]
    heads = ["Dates of\nService", "Services and Service Codes", "Amount\nCharged", "Medicare\nApproved",
             "Medicare\nPaid\nProvider", "You May\nBe Billed", "See\nNotes\nSection"]

    def banner(d):
        d.text(40, 40, "Medicare Summary Notice", 15, True)
        d.text(40, 54, "for Part B (Medical Insurance) - Assigned Claims", 9)
        d.text(572, 40, f"Page {d.page_no} of {{NP}}", 8, align="R")
        d.text(572, 54, "February 6, 2026", 8, align="R")
        d.text(40, 68, f"{pat}     Medicare Number XXX-XX-8841A", 8)
        d.line(40, 74, 572, 74, 1)

    def header(d, y):
        d.rect(40, y - 9, 532, 31, fill=0.86, stroke=False)
        cells(d, y, cols, heads, 7, 8.6, bold=True)
        return y + 32

    cur = {"c": None}

    def on_new(d, f):
        banner(d)
        y = 92
        if cur["c"]:
            d.text(40, y, f"Claim number {cur['c']} (continued)", 8.5, True)
            y = header(d, y + 20)
        f.y = y

    banner(doc)
    doc.text(40, 94, "RUTH A CALLOWAY", 9, True)
    doc.text(40, 105, "61 LINDEN HOLLOW RD", 8.5)
    doc.text(40, 116, "CLARKS SUMMIT PA 18411-2207", 8.5)
    doc.rect(330, 86, 242, 46, fill=0.95)
    doc.text(338, 98, "CUSTOMER SERVICE INFORMATION", 7.5, True)
    doc.text(338, 109, "Your Medicare Number: 7XK4-TR2-MN58", 7.5)
    doc.text(338, 119, "If you have questions, write or call:", 7.5)
    doc.text(338, 129, "Medicare Claims Office, 1-800-555-0117", 7.5)
    doc.text(40, 150, "This is a summary of claims processed from 01/08/2026 through 02/05/2026.", 8.5)
    doc.text(40, 166, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", 10, True)
    fl = Flow(doc, 92, 742, on_new)
    fl.y = 186
    size, lead = 7.3, 9
    for pcid, prov, a1, a2, ref, svcs in claims:
        for s in svcs:
            G.medicare(s, st, deny_reason="96")
            s.remarks = ["c"] if s.denied else (["b"] if s.deductible else []) + (["d"] if "KX" in s.mods else [])
        fl.need(84)
        cur["c"] = None
        y = fl.y
        doc.text(40, y, f"Claim number {pcid}", 8.5, True)
        doc.text(40, y + 11, prov, 8)
        doc.text(40, y + 21, a1, 8)
        doc.text(40, y + 31, a2, 8)
        doc.text(330, y + 11, ref, 8)
        fl.y = header(doc, y + 48)
        cur["c"] = pcid
        for s in svcs:
            mods = "-".join((s.code,) + s.mods)
            svc = f"{units_str(s.units)} {s.desc} ({mods})"
            n = nlines(doc, svc, size, 210)
            fl.need(n * lead + 2)
            owes = s.owes
            vals = [dfmt(s.dos, "mdy2"), svc, m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"), m(owes, "$"),
                    ",".join(s.remarks)]
            cells(doc, fl.y, cols, vals, size, lead, wrapcol=1)
            R.line(doc.page_no, s, None, pcid, pat, ("billed", "allowed", "paid", "patient_owes"),
                   remarks=s.remarks)
            fl.y += n * lead + 3
        fl.need(16)
        b, a, p, o = (ssum(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.line(304, fl.y - 7, 544, fl.y - 7)
        cells(doc, fl.y + 2, cols, ["", "Claim Total", m(b, "$"), m(a, "$"), m(p, "$"), m(o, "$"), ""], size, lead,
              bold=True)
        R.claim(None, pcid, pat, billed=b, allowed=a, paid=p, patient_owes=o)
        fl.y += 30
        cur["c"] = None
    fl.need(90)
    doc.text(40, fl.y, "Notes Section:", 9, True)
    for i, (k, v) in enumerate(notes.items()):
        doc.text(40, fl.y + 13 + i * 11, f"{k}  {v}", 7.6)
    fl.y += 70
    doc.text(40, fl.y, "Deductible Information: You have met the Part B deductible for 2026.", 8)
    doc.text(40, fl.y + 12, "Appeals Information - Part B: If you disagree with any claims decision on this notice, "
             "you can request an appeal by 06/08/2026.", 7.4)
    doc.new_page()
    banner(doc)
    doc.text(40, 100, "Your Appeal Rights, Part B", 10, True)
    doc.text(40, 114, "Circle the service(s) you disagree with on the pages before and explain why, then sign and "
             "mail this page.", 8)
    return doc, "reportlab", R, list(notes.items()), dict(date_row=True, adj_full=False, share=False)


# ============================================================================================ m2
def m2():
    doc = Doc(*LETTER, "LibSerif", "LibSerif-B", "Medicare Advantage Explanation of Benefits")
    R = Rec()
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.41"), visit_copay=Decimal("15.00"))
    pat = "Walter P. Kim"
    claims = [
        ("2026-01-AQ-778201", "Lakeshore Hand & Upper Extremity Therapy", "LHT-220815",
         [mk(D(1, 6), "97166", 1, ["GO"]), mk(D(1, 6), "97760", 1, ["GO"]), mk(D(1, 6), "L3807", 1, ["LT"]),
          mk(D(1, 13), "97140", 2, ["GO"]), mk(D(1, 13), "97110", 1, ["GO"]), mk(D(1, 13), "G0283", 1, ["GO"]),
          mk(D(1, 20), "97140", 2, ["GO"]), mk(D(1, 20), "97530", 1, ["GO"]),
          mk(D(1, 20), "0552T", 1, denied="PR")]),
        ("2026-01-AQ-781944", "Fairmount Family Medicine", "FFM-0093317", [mk(D(1, 9), "99213", 1)]),
        ("2026-01-AQ-790520", "Lakeshore Hand & Upper Extremity Therapy", "LHT-221402",
         [mk(D(1, 27), "97140", 2, ["GO"]), mk(D(1, 27), "97110", 2, ["GO"]), mk(D(1, 29), "97168", 1, ["GO"]),
          mk(D(1, 29), "97535", 1, ["GO"])]),
    ]
    notes = {"1": "Your plan's copayment for an outpatient rehabilitation visit is $15.00 per day.",
             "2": "Your plan does not cover this service. Ask your provider whether you signed a notice beforehand.",
             "3": "Office visit with your primary care doctor: $15.00 copayment."}
    x0, x1 = 44, 568
    cols = [(x0 + 4, 50, "L"), (x0 + 56, 140, "L"), (x0 + 198, 22, "R"), (x0 + 224, 48, "R"), (x0 + 276, 48, "R"),
            (x0 + 328, 44, "R"), (x0 + 376, 34, "R"), (x0 + 414, 38, "R"), (x0 + 456, 38, "R"),
            (x0 + 502, 16, "L")]
    heads = ["Date of\nservice", "What you got (service code)", "Units", "Amount\nprovider\nbilled",
             "Plan's\nallowed\namount", "Plan paid", "Your\ncopay", "Not\ncovered", "What you\nowe", "Note"]

    def banner(d):
        d.text(x0, 42, "EVERGREEN SUMMIT", 16, True)
        d.text(x0, 55, "Medicare Advantage HMO-POS", 9)
        d.text(x1, 42, "Your Explanation of Benefits", 11, True, "R")
        d.text(x1, 55, f"January 2026  |  Page {d.page_no} of {{NP}}", 8.5, align="R")
        d.line(x0, 62, x1, 62, 1.2)

    banner(doc)
    doc.text(x0, 82, "WALTER P KIM", 9, True)
    doc.text(x0, 93, "1780 Orchard Bluff Lane", 8.5)
    doc.text(x0, 104, "Sequim, WA 98382", 8.5)
    doc.text(330, 82, "Member ID: ESM-5560-1192-04", 8.5)
    doc.text(330, 104, f"Member name: {pat}", 8.5)
    doc.text(330, 93, "Plan: Evergreen Summit Essential (HMO-POS)", 8.5)
    doc.text(x0, 126, "This is not a bill. It tells you what medical care you got in January and what your plan "
             "paid.", 8.5)
    doc.rect(x0, 136, x1 - x0, 46, fill=0.94)
    doc.text(x0 + 8, 150, "Your total costs for medical care so far in 2026", 8.5, True)
    doc.text(x0 + 8, 163, "Maximum out-of-pocket for in-network care: $4,900.00", 8)
    doc.text(x0 + 8, 174, "You have paid toward it so far: $75.00", 8)
    doc.text(x0, 200, "Medical claims processed this month", 11, True)
    fl = Flow(doc, 80, 740, None)
    fl.y = 218

    def on_new(d, f):
        banner(d)
        f.y = 80

    fl.on_new = on_new
    size, lead = 7.2, 8.8
    for pcid, prov, ref, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="96")
            s.remarks = ["2"] if s.denied else (["3"] if s.code == "99213" else ["1"]) if s.copay else []
        rows = [(f"{s.code} {' '.join(s.mods)}".strip() + " " + s.desc, s) for s in svcs]
        h = 66 + sum(nlines(doc, t, size, 140) * lead + 2 for t, _ in rows) + 14
        fl.need(h)
        y = fl.y
        doc.rect(x0, y, x1 - x0, h - 6)
        doc.rect(x0, y, x1 - x0, 14, fill=0.8, stroke=False)
        doc.text(x0 + 4, y + 10, f"Claim number {pcid}", 8.5, True)
        doc.text(x1 - 4, y + 10, "Status: Processed 02/01/2026", 8, align="R")
        doc.text(x0 + 4, y + 24, f"Provider: {prov}    Your provider's reference: {ref}", 7.8)
        cells(doc, y + 36, cols, heads, 6.6, 7.6, bold=True)
        doc.line(x0, y + 56, x1, y + 56, 0.4)
        yy = y + 66
        for t, s in rows:
            n = cells(doc, yy, cols, [dfmt(s.dos, "mdy4"), t, units_str(s.units), m(s.billed, "$"),
                                      m(s.allowed, "$"), m(s.paid, "$"), m(s.copay, "$"), m(s.not_covered, "$"),
                                      m(s.owes, "$"), ",".join(s.remarks)], size, lead, wrapcol=1)
            R.line(doc.page_no, s, ref, pcid, pat, ("billed", "allowed", "paid", "copay", "not_covered",
                                                     "patient_owes"), remarks=s.remarks)
            yy += n * lead + 2
        b, a, p, o = (ssum(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.line(x0 + 224, yy - 7, x1, yy - 7, 0.4)
        cells(doc, yy + 1, cols, ["", "Claim total", "", m(b, "$"), m(a, "$"), m(p, "$"), m(ssum(svcs, "copay"), "$"),
                                  m(ssum(svcs, "not_covered"), "$"), m(o, "$"), ""], size, lead, bold=True)
        R.claim(ref, pcid, pat, billed=b, allowed=a, paid=p, patient_owes=o)
        fl.y = y + h + 10
    fl.need(60)
    doc.text(x0, fl.y, "Notes about your claims", 9, True)
    for i, (k, v) in enumerate(notes.items()):
        doc.text(x0, fl.y + 12 + i * 10, f"{k}. {v}", 7.6)
    doc.text(x0, fl.y + 50,
             "Questions? Call Member Services at 1-877-555-0190 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 8)
    return doc, "fpdf2", R, list(notes.items()), dict(date_row=True, adj_full=False, share=True)


# ============================================================================================ r1
def r1():
    doc = Doc(*LAND, "Courier", "Courier-Bold", "Remittance Advice Details")
    R = Rec()
    people = [("ALVAREZ, SOFIA", "91442087C", "PT0412"), ("BENNETT, KYLE", "90338114F", "PT0388"),
              ("CHOI, HANNAH", "93017756A", "PT0450"), ("DUBOIS, MARCUS", "92205581E", "PT0397"),
              ("ESPINOZA, LILIANA", "94110236B", "PT0461")]
    cyc = [("97530", 3, ("GO",)), ("97110", 2, ("GP",)), ("92507", 1, ("GN",)), ("97112", 2, ("GP",)),
           ("97535", 2, ("GO",)), ("97140", 1, ("GP",))]
    sec = {"APPROVES": [], "ADJUSTS": [], "DENIES": []}
    ccn = 6026014110700
    for i, (nm, rid, acct) in enumerate(people):
        for v in range(2):
            ccn += 17
            svcs = []
            for k in range(3 + (i + v) % 3):
                c, u, mo = cyc[(i + k) % len(cyc)]
                s = G.medicaid(mk(D(1, 5 + v * 7 + k * 2), c, u, mo))
                s.remarks = ["012"]
                svcs.append(s)
            sec["APPROVES"].append((nm, rid, acct, str(ccn), svcs))
    orig = G.medicaid(mk(D(12, 15, 2025), "97530", 4, ["GO"]))
    back = G.negate(orig)
    back.remarks = ["621"]
    redo = G.medicaid(mk(D(12, 15, 2025), "97530", 3, ["GO"]))
    redo.remarks = ["622"]
    sec["ADJUSTS"] = [("BENNETT, KYLE", "90338114F", "PT0388", "5025351090412", [back]),
                      ("BENNETT, KYLE", "90338114F", "PT0388", "6026014110890", [redo])]
    d1 = G.medicaid(mk(D(1, 8), "97533", 2, ["GO"]), deny_reason="204")
    d1.remarks = ["045"]
    d2 = G.medicaid(mk(D(1, 9), "97150", 1, ["GP"]), deny_reason="16")
    d2.remarks = ["177"]
    sec["DENIES"] = [("CHOI, HANNAH", "93017756A", "PT0450", "6026014110905", [d1]),
                     ("ESPINOZA, LILIANA", "94110236B", "PT0461", "6026014110922", [d2])]
    legend = [("012", "PAYMENT CUT BACK TO THE PROGRAM MAXIMUM ALLOWANCE FOR THIS PROCEDURE."),
              ("045", "SERVICE NEEDS AN APPROVED TREATMENT AUTHORIZATION ON FILE."),
              ("177", "RECIPIENT NOT ELIGIBLE FOR THIS SERVICE ON THE DATE BILLED."),
              ("621", "CLAIM TAKEN BACK SO THAT A CORRECTED CLAIM CAN BE PAID."),
              ("622", "CORRECTED CLAIM PAID; SEE TAKE-BACK ABOVE.")]
    C = [36, 178, 248, 348, 398, 446, 490, 520, 548, 618, 704, 740]
    fmt_cols = [(C[0], 140, "L"), (C[1], 68, "L"), (C[2], 98, "L"), (C[3], 48, "L"), (C[4], 46, "L"),
                (C[5], 42, "L"), (C[6], 28, "L"), (C[7], 22, "R"), (C[8], 64, "R"), (C[9], 64, "R"),
                (C[10], 40, "L")]
    heads = ["RECIPIENT NAME", "RECIP ID", "CCN", "FROM", "TO", "PROC", "MOD", "QTY", "BILLED", "PAID", "RAD CD"]

    def banner(d):
        d.text(36, 32, "STATE DEPARTMENT OF HEALTH CARE SERVICES - MEDICAL ASSISTANCE PROGRAM", 8.5, True)
        d.text(36, 43, "REMITTANCE ADVICE DETAILS", 8.5, True)
        d.text(756, 32, f"PAGE {d.page_no:>3}", 8, align="R")
        d.text(756, 43, "DATE 02/05/26", 8, align="R")
        d.text(36, 56, "PROVIDER NUMBER 00417328  TIDEPOOL CHILDREN'S THERAPY GROUP  WARRANT NO 31877402", 8)
        d.line(36, 62, 756, 62, 0.4)
        cells(d, 74, fmt_cols, heads, 7.4, bold=True)
        d.text(348, 83, "-- SVC DATE --", 6.5)
        d.line(36, 88, 756, 88, 0.4)

    banner(doc)
    fl = Flow(doc, 100, 572, lambda d, f: banner(d))
    fl.y = 100
    for name, rows in sec.items():
        fl.need(40)
        doc.text(36, fl.y, f"*** {name} ***", 8, True)
        fl.y += 14
        for nm, rid, acct, c, svcs in rows:
            for s in svcs:
                fl.need(22)
                vals = [nm, rid, c, dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods),
                        units_str(s.units), m(s.billed, ""), m(s.paid, ""), " ".join(s.remarks)]
                cells(doc, fl.y, fmt_cols, vals, 7.4)
                doc.text(C[0] + 10, fl.y + 9, f"PAT ACCT NO {acct}", 6.8)
                R.line(doc.page_no, s, acct, c, nm, ("billed", "paid"), service_end=s.dos, remarks=s.remarks,
                       description=False)
                fl.y += 21
            if not any(cl["payer_claim_id"] == c for cl in R.claims):
                R.claim(acct, c, nm)
        tot_b = sum((s.billed for *_, sv in rows for s in sv), ZERO)
        tot_p = sum((s.paid for *_, sv in rows for s in sv), ZERO)
        fl.need(16)
        doc.text(C[0], fl.y, f"{name} TOTALS", 7.4, True)
        doc.text(C[8] + 64, fl.y, m(tot_b, ""), 7.4, True, "R")
        doc.text(C[9] + 64, fl.y, m(tot_p, ""), 7.4, True, "R")
        fl.y += 20
    fl.need(90)
    doc.text(36, fl.y, "RAD CODE DESCRIPTIONS", 8, True)
    for i, (k, v) in enumerate(legend):
        doc.text(36, fl.y + 11 + i * 9.5, f"{k}  {v}", 7)
    return doc, "reportlab", R, legend, dict(date_row=True, adj_full=False, share=False)


# ============================================================================================ r2
def r2():
    doc = Doc(*LETTER, "DVMono", "DVMono-B", "Medical Assistance Remittance Statement")
    R = Rec()
    clients = [
        ("OA-88120", "KN44719Q", "HARTLEY, JUNE", "26014-0029-118-00",
         [mk(D(1, d), c, u, mo) for d in (5, 7, 12, 14, 19, 21, 26, 28) for c, u, mo in
          (("92507", 1, ["GN"]), ("92526", 1, ["GN"]))]),
        ("OA-88133", "MR20581T", "IBARRA, DIEGO", "26014-0029-131-00",
         [mk(D(1, 6), "97165", 1, ["GO"]), mk(D(1, 8), "97530", 2, ["GO"]), mk(D(1, 8), "97533", 2, ["GO", "59"]),
          mk(D(1, 13), "97530", 2, ["GO"])]),
        ("OA-88141", "PL60923W", "JANSSEN, OLIVER", "26014-0029-144-00",
         [mk(D(1, 9), "97161", 1, ["GP"]), mk(D(1, 9), "97110", 2, ["GP"]), mk(D(1, 16), "97116", 2, ["GP"]),
          mk(D(1, 16), "97750", 1, ["GP"], denied="CO")]),
        ("OA-88156", "TS71146B", "KOWALCZYK, AMELIA", "26014-0029-157-00",
         [mk(D(1, d), c, u, mo) for d in (6, 8, 13, 15, 20, 22, 27, 29, 30) for c, u, mo in
          (("97530", 2, ["GO"]), ("97112", 1, ["GO"]))]),
        ("OA-88162", "VB39027K", "LINDQVIST, PETER", "26014-0029-163-00",
         [mk(D(1, d), c, u, mo) for d in (7, 14, 21, 28) for c, u, mo in
          (("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"]), ("97116", 1, ["GP"]))]),
    ]
    clients[3], clients[4] = clients[4], clients[3]
    void = ("OA-87702", "KN44719Q", "HARTLEY, JUNE", "25351-0012-407-00",
            [G.negate(G.medicaid(mk(D(12, 8, 2025), "92507", 1, ["GN"])))])
    W = [("LN", 3), ("DATE OF SVC", 11), ("PROC", 6), ("MOD", 6), ("UNITS", 6), ("CHARGED", 10), ("PAID", 10),
         ("STATUS", 7), ("ERRORS", 10)]
    cw = sw("0", "DVMono", 7)

    def fmtrow(vals):
        out = []
        for (h, w), v in zip(W, vals):
            out.append(v.rjust(w) if h in ("UNITS", "CHARGED", "PAID", "LN") else v.ljust(w))
        return "  ".join(out)

    def banner(d):
        d.text(40, 34, "MEDICAL ASSISTANCE PROGRAM            REMITTANCE STATEMENT", 8, True)
        d.text(40, 44, "PROVIDER: RIVERGATE COMMUNITY THERAPY ASSOC   PROVIDER ID 04412093   CYCLE 2291", 7)
        d.text(40, 53, f"REMIT DATE 02/09/2026   CATEGORY: REHABILITATION SERVICES          PAGE {d.page_no:02d}", 7)
        d.line(40, 58, 572, 58, 0.4)
        d.text(52, 70, fmtrow([h for h, _ in W]), 7, True)
        d.line(40, 74, 572, 74, 0.4)

    cur = {"c": None}

    def on_new(d, f):
        banner(d)
        f.y = 86
        if cur["c"]:
            oa, cid, nm, tcn = cur["c"]
            d.text(40, f.y, f"OFFICE ACCOUNT NUMBER {oa}  CLIENT ID {cid}  {nm}  TCN {tcn}  (CONTINUED)", 7, True)
            f.y += 12

    banner(doc)
    fl = Flow(doc, 86, 752, on_new)
    fl.y = 86
    errs = {"00412": "PAID IN FULL AT THE PROGRAM FEE AMOUNT", "01277": "PROCEDURE NOT BILLABLE WITH THE "
            "EVALUATION ON THE SAME DAY", "00950": "ORIGINAL CLAIM VOIDED AT PROVIDER REQUEST"}
    for title, group in (("CLAIMS PAID", clients), ("CLAIMS VOIDED", [void])):
        fl.need(40)
        doc.text(40, fl.y, f"CLAIM STATUS: {title}", 7.6, True)
        fl.y += 14
        for oa, cid, nm, tcn, svcs in group:
            fl.need(40)
            doc.text(40, fl.y, f"OFFICE ACCOUNT NUMBER {oa}  CLIENT ID {cid}  {nm}  TCN {tcn}", 7, True)
            fl.y += 12
            cur["c"] = (oa, cid, nm, tcn)
            for ln, s in enumerate(svcs, 1):
                if title == "CLAIMS PAID" and not s.remarks:
                    G.medicaid(s, deny_reason="97")
                    s.remarks = ["01277"] if s.denied else ["00412"]
                elif title != "CLAIMS PAID":
                    s.remarks = ["00950"]
                status = "DENY" if s.denied else ("VOID" if title != "CLAIMS PAID" else "PAID")
                fl.need(10)
                doc.text(52, fl.y, fmtrow([str(ln), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                                           f"{s.units:.1f}", m(s.billed, ","), m(s.paid, ","), status,
                                           " ".join(s.remarks)]), 7)
                R.line(doc.page_no, s, oa, tcn, nm, ("billed", "paid"), remarks=s.remarks, description=False)
                fl.y += 10
            b, p = ssum(svcs, "billed"), ssum(svcs, "paid")
            fl.need(14)
            doc.text(52, fl.y + 1, fmtrow(["", "CLAIM TOTAL", "", "", "", m(b, ","), m(p, ","), "", ""]), 7, True)
            R.claim(oa, tcn, nm, billed=b, paid=p)
            cur["c"] = None
            fl.y += 18
    fl.need(60)
    doc.text(40, fl.y, "ERROR / STATUS CODE MESSAGES", 7.6, True)
    for i, (k, v) in enumerate(errs.items()):
        doc.text(40, fl.y + 11 + i * 9, f"{k}  {v}", 7)
    _ = cw
    return doc, "fpdf2", R, list(errs.items()), dict(date_row=True, adj_full=False, share=False)


# ============================================================================================ p1
def p1():
    doc = Doc(*LAND, "Courier", "Courier-Bold", "ERA Print")
    R = Rec()
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    pts = [
        ("CALLOWAY, HAROLD J", "4TQ7MW2LK09", "HRA-55012", "22026014001873",
         [mk(D(1, d), c, u, mo) for d in (6, 8, 13, 15, 20, 22) for c, u, mo in
          (("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"]), ("97112", 1, ["GP", "CQ"]))]),
        ("NAKASHIMA, EVELYN", "9PR2XC5HT31", "HRA-55047", "22026014001902",
         [mk(D(1, 7), "97165", 1, ["GO"]), mk(D(1, 9), "97530", 2, ["GO"]), mk(D(1, 9), "97535", 1, ["GO"]),
          mk(D(1, 14), "97530", 2, ["GO"]), mk(D(1, 14), "0552T", 1, denied="CO")]),
        ("OYELARAN, SAMUEL", "1HW8KD3NQ76", "HRA-55101", "22026014001944",
         [mk(D(1, 12), "97161", 1, ["GP"]), mk(D(1, 12), "97110", 2, ["GP", "KX"]),
          mk(D(1, 16), "G0283", 1, ["GP"])]),
        ("PRUITT, GLORIA M", "6ZN3RB8WE22", "HRA-55133", "22026014001987",
         [mk(D(1, d), c, u, mo) for d in (5, 7, 12, 14, 19, 21, 26, 28) for c, u, mo in
          (("97530", 2, ["GO", "KX"]), ("97535", 1, ["GO", "KX"]), ("97112", 1, ["GO", "KX"]))]),
    ]
    pts.insert(1, pts.pop())
    C = [28, 100, 146, 196, 222, 282, 338, 384, 430, 608, 660, 712]
    cols = [(C[0], 70, "L"), (C[1], 44, "L"), (C[2], 48, "L"), (C[3], 24, "R"), (C[4], 56, "R"), (C[5], 54, "R"),
            (C[6], 44, "R"), (C[7], 44, "R"), (C[8] + 8, 170, "L"), (C[9], 48, "L"), (C[10] + 40, 56, "R")]
    heads = ["DOS", "PROC", "MODS", "UNITS", "CHARGED", "ALLOWED", "DEDUCT", "COINS", "ADJUSTMENTS", "RARC",
             "PAID"]

    def banner(d):
        d.text(28, 30, "PINEWIRE EXCHANGE - ELECTRONIC REMITTANCE PRINT (835 TO PAPER)", 8.5, True)
        d.text(28, 41, "PAYER: SIERRA PLAINS MEDICARE SERVICES, PART B   PAYER ID 04771   TRACE EFT 771020394", 7.6)
        d.text(28, 51, "PAYEE: HIGHCREST REHAB ASSOCIATES LLC   NPI 1730099412   TIN XX-XXX4419", 7.6)
        d.text(764, 30, f"PAGE {d.page_no} OF {{NP}}", 7.6, align="R")
        d.text(764, 41, "PRODUCTION DATE 02/10/2026", 7.6, align="R")
        d.line(28, 57, 764, 57, 0.5)

    cur = {"c": None}

    def claimhead(d, y, c, cont=False):
        nm, mid, acct, icn = c
        d.text(28, y, f"PATIENT: {nm}   MEMBER ID: {mid}   PAT CTRL#: {acct}   PAYER CLM#: {icn}", 7.6, True)
        d.text(28, y + 10, "STATUS: 1 PROCESSED AS PRIMARY   MOA: MA01   ASSIGNED: Y" +
               ("   (CONTINUED FROM PREVIOUS PAGE)" if cont else ""), 7.2)
        cells(d, y + 24, cols, heads, 7.2, bold=True)
        d.line(28, y + 28, 764, y + 28, 0.3)
        return y + 38

    def on_new(d, f):
        banner(d)
        f.y = 72
        if cur["c"]:
            f.y = claimhead(d, 72, cur["c"], True)

    banner(doc)
    fl = Flow(doc, 72, 580, on_new)
    fl.y = 72
    legend = [("N640", "Exceeds the yearly therapy threshold amount; reviewed and allowed."),
              ("M86", "Service denied because payment already made for a like procedure on this date.")]
    for nm, mid, acct, icn, svcs in pts:
        for s in svcs:
            G.medicare(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["M86"]
            elif "KX" in s.mods:
                s.remarks = ["N640"]
        fl.need(70)
        cur["c"] = (nm, mid, acct, icn)
        fl.y = claimhead(doc, fl.y, cur["c"])
        for s in svcs:
            fl.need(10)
            adj = "  ".join(f"{g}-{c} {m(a, '')}" for g, c, a in s.adjs)
            cells(doc, fl.y, cols, [dfmt(s.dos, "mdY8"), s.code, " ".join(s.mods), units_str(s.units),
                                    m(s.billed, ""), m(s.allowed, ""), m(s.deductible, ""), m(s.coinsurance, ""),
                                    adj, " ".join(s.remarks), m(s.paid, "")], 7.2)
            R.line(doc.page_no, s, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adjustments=s.adjs, remarks=s.remarks, description=False)
            fl.y += 10
        fl.need(14)
        b, a, p = (ssum(svcs, k) for k in ("billed", "allowed", "paid"))
        cells(doc, fl.y + 2, cols, ["CLM TOTAL", "", "", "", m(b, ""), m(a, ""), m(ssum(svcs, "deductible"), ""),
                                    m(ssum(svcs, "coinsurance"), ""), "", "", m(p, "")], 7.2, bold=True)
        doc.text(28, fl.y + 12, f"PT RESP {m(ssum(svcs, 'owes'), '')}   NET {m(p, '')}", 7.2)
        R.claim(acct, icn, nm, billed=b, allowed=a, paid=p)
        cur["c"] = None
        fl.y += 30
    fl.need(60)
    doc.text(28, fl.y, "REMARK CODES USED ON THIS REMITTANCE (PLAIN-LANGUAGE SUMMARY)", 7.6, True)
    for i, (k, v) in enumerate(legend):
        doc.text(28, fl.y + 11 + i * 9, f"{k:6}{v}", 7.2)
    return doc, "reportlab", R, legend, dict(date_row=True, adj_full=True, share=False)


# ============================================================================================ p2
def p2():
    doc = Doc(*LETTER, "LibNarrow", "LibNarrow-B", "Insurance Payment Detail")
    R = Rec()
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"))
    pts = [
        ("Marguerite Osei", "104477", "5526014200118",
         [mk(D(1, 5), "92523", 1, ["GN"]), mk(D(1, 7), "92507", 1, ["GN"]), mk(D(1, 12), "92507", 1, ["GN"]),
          mk(D(1, 14), "92526", 1, ["GN"]), mk(D(1, 19), "92507", 1, ["GN"]), mk(D(1, 21), "92526", 1, ["GN"])]),
        ("Leonard Fairbairn", "104502", "5526014200231",
         [mk(D(1, 6), "97163", 1, ["GP"]), mk(D(1, 6), "97110", 2, ["GP"]), mk(D(1, 8), "97110", 2, ["GP", "KX"]),
          mk(D(1, 8), "97116", 1, ["GP"]), mk(D(1, 8), "97150", 1, ["GP"], denied="CO"),
          mk(D(1, 13), "97530", 2, ["GP", "CQ"]), mk(D(1, 15), "97112", 2, ["GP", "CQ"])]),
        ("Beatrix Lund", "104517", "5526014200349",
         [mk(D(1, 9), "97166", 1, ["GO"]), mk(D(1, 9), "97760", 1, ["GO"]), mk(D(1, 16), "97140", 2, ["GO"]),
          mk(D(1, 16), "97530", 1, ["GO"]), mk(D(1, 23), "97140", 2, ["GO"]), mk(D(1, 23), "97535", 1, ["GO"])]),
        ("Theodore Ashgrove", "104533", "5526014200407",
         [mk(D(1, 20), "97161", 1, ["GP"]), mk(D(1, 20), "97110", 3, ["GP"]), mk(D(1, 27), "97110", 2, ["GP"]),
          mk(D(1, 27), "97140", 2, ["GP", "59"])]),
        ("Rosalind Achterberg", "104540", "5526014200466",
         [mk(D(1, d), c, u, mo) for d in (6, 8, 13, 15, 20, 22, 27, 29) for c, u, mo in
          (("97110", 2, ["GP", "KX"]), ("97112", 1, ["GP", "KX"]), ("97530", 1, ["GP", "CQ"]))]),
    ]
    xs = [30, 72, 104, 130, 156, 182, 228, 268, 304, 340, 376, 418, 510, 582]
    cols = [(xs[0] + 2, 40, "L"), (xs[1] + 2, 30, "L"), (xs[2] + 2, 24, "L"), (xs[3] + 2, 24, "L"),
            (xs[4], 24, "R"), (xs[5], 44, "R"), (xs[6], 38, "R"), (xs[7], 34, "R"), (xs[8], 34, "R"),
            (xs[9], 34, "R"), (xs[10], 40, "R"), (xs[11] + 3, 90, "L"), (xs[12] + 3, 68, "L")]
    heads = ["Svc Date", "CPT", "Mod 1", "Mod 2", "Units", "Charge", "Allowed", "Deduct", "Coins", "Seq Red",
             "Paid", "Reason Codes", "RARC"]

    def banner(d):
        d.text(30, 34, "ClearPath PM  |  Insurance Payment Detail", 12, True)
        d.text(30, 47, "Practice: Willow Bend Outpatient Rehab   Payer: Medicare Part B - Lakes Region Contractor", 8)
        d.text(30, 57, "Check/EFT #: EFT0048812207   Deposit date: 02/11/2026   Batch: 2026-0211-03", 8)
        d.text(582, 34, f"Page {d.page_no} of {{NP}}", 8, align="R")
        d.text(582, 47, "Printed 02/12/2026 by jmorales", 8, align="R")
        d.line(30, 63, 582, 63, 1)

    def grid_head(d, y):
        d.rect(30, y, 552, 14, fill=0.85)
        for x in xs[1:-1]:
            d.line(x, y, x, y + 14, 0.3)
        cells(d, y + 10, cols, heads, 6.8, bold=True)
        return y + 14

    cur = {"c": None}

    def on_new(d, f):
        banner(d)
        y = 76
        if cur["c"]:
            d.rect(30, y, 552, 14, fill=0.95)
            d.text(34, y + 10, f"Patient: {cur['c'][0]}   Acct #: {cur['c'][1]}   ICN: {cur['c'][2]}   (cont.)", 7.6,
                   True)
            y = grid_head(d, y + 14)
        f.y = y

    banner(doc)
    fl = Flow(doc, 76, 748, on_new)
    fl.y = 76
    rh = 12
    for nm, acct, icn, svcs in pts:
        for s in svcs:
            G.medicare(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["M15"]
            elif "KX" in s.mods:
                s.remarks = ["N640"]
            elif "CQ" in s.mods:
                s.remarks = ["N807"]
        fl.need(60)
        cur["c"] = None
        doc.rect(30, fl.y, 552, 14, fill=0.95)
        doc.text(34, fl.y + 10, f"Patient: {nm}   Acct #: {acct}   ICN: {icn}   Claim status: Primary", 7.6, True)
        fl.y = grid_head(doc, fl.y + 14)
        cur["c"] = (nm, acct, icn)
        for s in svcs:
            fl.need(rh)
            doc.rect(30, fl.y, 552, rh, stroke=True, lw=0.3)
            for x in xs[1:-1]:
                doc.line(x, fl.y, x, fl.y + rh, 0.3)
            mods = list(s.mods) + ["", ""]
            codes = " ".join(f"{g}{c}" for g, c, _ in s.adjs)
            cells(doc, fl.y + 8.8, cols, [dfmt(s.dos, "mdy4"), s.code, mods[0], mods[1], units_str(s.units),
                                          m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance), m(s.seq),
                                          m(s.paid), codes, " ".join(s.remarks)], 7)
            R.line(doc.page_no, s, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adjustments=[(g, c, None) for g, c, _ in s.adjs], remarks=s.remarks, description=False)
            fl.y += rh
        b, a, p = (ssum(svcs, k) for k in ("billed", "allowed", "paid"))
        fl.need(rh)
        cells(doc, fl.y + 9, cols, ["Claim subtotal", "", "", "", "", m(b), m(a), m(ssum(svcs, "deductible")),
                                    m(ssum(svcs, "coinsurance")), m(ssum(svcs, "seq")), m(p), "", ""], 7, bold=True)
        R.claim(acct, icn, nm, billed=b, allowed=a, paid=p)
        cur["c"] = None
        fl.y += 26
    fl.need(50)
    legend = [("M15", "Separately billed services were bundled into another service on the same day."),
              ("N640", "Therapy threshold exceeded; medical necessity confirmed with the KX modifier."),
              ("N807", "Service by a therapy assistant paid at the reduced assistant rate.")]
    doc.text(30, fl.y, "Remark code key", 8.5, True)
    for i, (k, v) in enumerate(legend):
        doc.text(30, fl.y + 11 + i * 9.5, f"{k}  {v}", 7.2)
    return doc, "fpdf2", R, legend, dict(date_row=True, adj_full=False, share=False)


# ============================================================================================ f1
def f1():
    doc = Doc(*LETTER, "Times-Roman", "Times-Bold", "Statement")
    R = Rec()
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    payer = "Harbor Mutual Health"
    visits = [
        ("60412", "Mateo Sosa", "9XH2210043", [mk(D(1, 5), "97166", 1, ["GO"]), mk(D(1, 5), "97533", 1, ["GO"])]),
        ("60419", "Isabel Sosa", "9XH2210071", [mk(D(1, 6), "92523", 1, ["GN"])]),
        ("60430", "Mateo Sosa", "9XH2210102", [mk(D(1, 12), "97530", 2, ["GO"]), mk(D(1, 12), "97533", 2, ["GO"])]),
        ("60437", "Gabriel Sosa", "9XH2210126", [mk(D(1, 13), "97162", 1, ["GP"]), mk(D(1, 13), "97110", 2, ["GP"]),
                                                  mk(D(1, 13), "97018", 1, ["GP"], denied="PR")]),
        ("60448", "Isabel Sosa", "9XH2210150", [mk(D(1, 13), "92507", 1, ["GN"])]),
        ("60455", "Mateo Sosa", "9XH2210177", [mk(D(1, 19), "97530", 3, ["GO"]), mk(D(1, 19), "97535", 1, ["GO"])]),
        ("60461", "Isabel Sosa", "9XH2210190", [mk(D(1, 20), "92507", 1, ["GN"])]),
        ("60470", "Gabriel Sosa", "9XH2210214", [mk(D(1, 20), "97110", 2, ["GP"]), mk(D(1, 20), "97140", 1, ["GP"])]),
        ("60482", "Mateo Sosa", "9XH2210239", [mk(D(1, 26), "97530", 3, ["GO"]), mk(D(1, 26), "97533", 1, ["GO"])]),
        ("60490", "Isabel Sosa", "9XH2210255", [mk(D(1, 27), "92507", 1, ["GN"])]),
    ]
    for k, (dd, who) in enumerate([((1, 27), "Gabriel Sosa"), ((2, 2), "Mateo Sosa"), ((2, 3), "Isabel Sosa"),
                                   ((2, 3), "Gabriel Sosa"), ((2, 9), "Mateo Sosa"), ((2, 10), "Isabel Sosa")]):
        d0 = D(*dd)
        sv = {"Mateo Sosa": [mk(d0, "97530", 3, ["GO"]), mk(d0, "97533", 1, ["GO", "59"]), mk(d0, "97535", 1, ["GO"])],
              "Isabel Sosa": [mk(d0, "92507", 1, ["GN"])],
              "Gabriel Sosa": [mk(d0, "97110", 2, ["GP"]), mk(d0, "97112", 1, ["GP"]), mk(d0, "97140", 1, ["GP"])]}[who]
        visits.append((str(60501 + 9 * k), who, f"9XH22{10301 + 23 * k}", sv))
    cols = [(40, 44, "L"), (86, 70, "L"), (158, 48, "L"), (208, 150, "L"), (360, 22, "R"), (386, 46, "R"),
            (436, 44, "R"), (484, 44, "R"), (530, 44, "R")]
    heads = ["Date", "Patient", "Code", "Description", "Units", "Charges", "Insurance\nPaid", "Insurance\nAdj.",
             "Balance"]

    def banner(d):
        d.text(40, 40, "Coastal Kids Therapy Collective", 15, True)
        d.text(40, 53, "230 Marina Terrace, Suite 110  -  Seabright, CA 95062  -  (831) 555-0164", 8.5)
        d.text(572, 40, f"Page {d.page_no} of {{NP}}", 9, align="R")

    def header(d, y):
        d.line(40, y - 10, 574, y - 10, 0.8)
        cells(d, y, cols, heads, 8, 9, bold=True)
        d.line(40, y + 12, 574, y + 12, 0.8)
        return y + 24

    banner(doc)
    doc.rect(40, 64, 534, 86, fill=None)
    doc.text(48, 78, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", 8, True)
    doc.text(48, 92, "Angela Brightwater-Sosa", 9.5)
    doc.text(48, 104, "77 Kelp Street", 9.5)
    doc.text(48, 116, "Seabright, CA 95062", 9.5)
    doc.text(360, 92, "Statement date:  02/10/2026", 9.5)
    doc.text(360, 104, "Guarantor account:  G-20871", 9.5)
    doc.text(360, 116, "Amount due:", 9.5, True)
    doc.text(360, 130, "Amount enclosed: $______________", 9.5)
    doc.line(40, 158, 574, 158, 0.5)
    doc.text(40, 156, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - cut here - - - - - - - - - - - -", 6)
    doc.text(40, 176, "ACCOUNT ACTIVITY", 10, True)
    doc.text(300, 176, f"Primary insurance: {payer}   Policy HMH-33082194", 8.5)
    y = header(doc, 196)
    fl = Flow(doc, 72, 730, None)
    cur = {"h": False}

    def on_new(d, f):
        banner(d)
        d.text(40, 72, "Account G-20871  Angela Brightwater-Sosa  (continued)", 9, True)
        f.y = header(d, 92)

    fl.on_new = on_new
    fl.y = y
    size, lead = 8, 9.5
    bal = ZERO
    for vn, pat, icl, svcs in visits:
        for s in svcs:
            G.commercial(s, st)
        fl.need(14 + lead * 2)
        doc.text(40, fl.y, f"Visit {vn}  -  {pat}  -  filed to {payer} {dfmt(svcs[0].dos, 'mdy2')}, "
                 f"insurance claim {icl}", 8, True)
        fl.y += 11
        for s in svcs:
            code = f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code
            n = nlines(doc, s.desc, size, 150)
            fl.need(n * lead + 1)
            cells(doc, fl.y, cols, [dfmt(s.dos, "mdy2"), pat, code, s.desc, units_str(s.units), m(s.billed),
                                    m(s.paid), m(s.discount), m(s.owes)], size, lead, wrapcol=3)
            R.line(doc.page_no, s, vn, icl, pat, ("billed", "paid", "discount", "patient_owes"))
            bal += s.owes
            fl.y += n * lead + 1.5
        if vn in ("60430", "60461"):
            pay = Decimal("40.00")
            fl.need(lead)
            cells(doc, fl.y, cols, [dfmt(D(1, 30) if vn == "60430" else D(2, 3), "mdy2"), "", "PMT",
                                    "Patient payment - thank you", "", "", "", "", m(-pay)], size, lead)
            bal -= pay
            fl.y += lead + 1.5
        R.claim(vn, icl, pat)
        fl.y += 5
    fl.need(50)
    doc.line(386, fl.y - 6, 574, fl.y - 6, 0.8)
    doc.text(430, fl.y + 4, "Amount due now:", 9, True, "R")
    doc.text(574, fl.y + 4, m(bal, "$"), 9, True, "R")
    doc.pages[0].append(("T", 430, 116, m(bal, "$"), "Times-Bold", 9.5))
    doc.text(40, fl.y + 24, "Insurance has processed every visit above. Balances are your share under your plan.",
             8.5)
    doc.text(40, fl.y + 35, "Questions about this statement? Call our billing office, Mon-Thu 9-4.", 8.5)
    return doc, "reportlab", R, [], dict(date_row=True, adj_full=False, share=False)


# ============================================================================================ f2
def f2():
    doc = Doc(*LETTER, "LibSans", "LibSans-B", "Hospital Statement")
    R = Rec()
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    ins = "Prairie Lakes Health Plan"
    accts = [
        ("7001184522", "Feldmann, Ava", "PLH2601-448812", "0434",
         [mk(D(1, 5), "97167", 1, ["GO"])] + [mk(D(1, d), c, u, mo) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28,
                                                                              30) for c, u, mo in
          (("97530", 2, ["GO"]), ("97535", 1, ["GO"]), ("97533", 1, ["GO", "59"]))]),
        ("7001190057", "Feldmann, Curtis", "PLH2601-450190", "0424",
         [mk(D(1, 13), "97162", 1, ["GP"]), mk(D(1, 13), "97110", 2, ["GP"]), mk(D(1, 20), "97110", 2, ["GP"]),
          mk(D(1, 20), "97113", 2, ["GP"])]),
        ("7001193318", "Feldmann, June", "PLH2601-451733", "0444",
         [mk(D(1, 15), "92522", 1, ["GN"]), mk(D(1, 22), "92507", 1, ["GN"]), mk(D(1, 29), "92507", 1, ["GN"])]),
    ]
    accts.append(accts.pop(0))
    sx = 448
    cols = [(40, 48, "L"), (90, 26, "L"), (118, 150, "L"), (272, 64, "L"), (338, 20, "R"), (362, 60, "R")]
    heads = ["Date", "Rev", "Description", "CPT-Mod", "Qty", "Charges"]

    def banner(d):
        d.text(40, 40, "St. Brendan Valley Medical Center", 14, True)
        d.text(40, 53, "Patient Financial Services  -  1400 Grainfield Ave, Kearney, NE 68847", 8)
        d.text(572, 40, f"Page {d.page_no} of {{NP}}", 8, align="R")
        d.line(40, 60, 572, 60, 0.8)

    def header(d, y, right=422):
        d.rect(40, y - 9, right - 40, 12, fill=0.9, stroke=False)
        cells(d, y, cols, heads, 7.4, bold=True)
        return y + 14

    banner(doc)
    doc.text(40, 80, "Guarantor: Curtis Feldmann", 9, True)
    doc.text(40, 91, "3306 Sandhill Crane Road, Kearney, NE 68845", 8.5)
    doc.text(40, 102, "Guarantor no. 3300719   Statement date 02/12/2026", 8.5)
    # right sidebar
    doc.rect(sx, 70, 124, 250, fill=0.93, stroke=False)
    doc.text(sx + 8, 88, "AMOUNT DUE", 9, True)
    doc.text(sx + 8, 118, "Due by 03/05/2026", 8)
    for k, t in enumerate(["Ways to pay", "Online: pay.sbvmc.example", "Phone: 308-555-0133",
                           "Mail the stub below", "", "Need help paying?", "Ask about our financial",
                           "assistance program."]):
        doc.text(sx + 8, 146 + k * 11, t, 7.6, k in (0, 5))
    fl = Flow(doc, 76, 740, None)
    cur = {"c": None}

    def on_new(d, f):
        banner(d)
        y = 78
        if cur["c"]:
            d.text(40, y, f"Account {cur['c'][0]}  Patient {cur['c'][1]}  (continued)", 8.5, True)
            y = header(d, y + 16, 572)
        f.y = y

    fl.on_new = on_new
    fl.y = 124
    size, lead = 7.6, 9.2
    due = ZERO
    for har, pat, icl, rev, svcs in accts:
        for s in svcs:
            G.commercial(s, st)
        fl.need(50)
        right = 422 if doc.page_no == 1 else 572
        doc.text(40, fl.y, f"Account {har}   Patient {pat}   Outpatient rehabilitation", 8.5, True)
        fl.y = header(doc, fl.y + 16, right)
        cur["c"] = (har, pat)
        for s in svcs:
            cm = f"{s.code}-{'-'.join(s.mods)}" if s.mods else s.code
            n = nlines(doc, s.desc, size, 150)
            fl.need(n * lead + 1)
            cells(doc, fl.y, cols, [dfmt(s.dos, "mdy4"), rev if s.code[0] != "9" or s.code[:3] == "971" or
                                    s.code[:3] == "975" else "0444", s.desc, cm, units_str(s.units),
                                    m(s.billed, "$")], size, lead, wrapcol=2)
            R.line(doc.page_no, s, har, icl, pat, ("billed",))
            fl.y += n * lead + 1
        b, p, a, o = (ssum(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        fl.need(4 * lead + 10)
        cells(doc, fl.y + 2, cols, ["", "", "Total charges", "", "", m(b, "$")], size, lead, bold=True)
        fl.y += lead + 3
        for lab, v in ((f"{ins} payment - claim {icl}", -p), ("Insurance contractual adjustment", -a),
                       ("Patient balance for this account", o)):
            cells(doc, fl.y, cols, ["02/02/2026" if v < 0 else "", "", lab, "", "", m(v, "$", "()")], size, lead,
                  wrapcol=2, bold=v > 0)
            fl.y += lead + (lead if len(wrap(lab, doc.font, size, 150)) > 1 else 0)
        R.claim(har, icl, pat, billed=b)
        due += o
        cur["c"] = None
        fl.y += 14
    doc.pages[0].append(("T", sx + 8, 104, m(due, "$"), "LibSans-B", 13))
    fl.need(30)
    doc.text(40, fl.y, f"Total amount due from guarantor: {m(due, '$')}", 9, True)
    return doc, "fpdf2", R, [], dict(date_row=True, adj_full=False, share=False)


LAYOUTS = {
    "h190_e1_commercial_family_eob": (e1, "Commercial PPO member EOB for a family of four, portrait"),
    "h190_e2_commercial_benefits_statement": (e2, "Commercial EPO benefits statement, landscape with sidebar"),
    "h190_m1_msn_classic_part_b": (m1, "Medicare Summary Notice, classic Part B style, three pages"),
    "h190_m2_ma_hmo_pos_eob": (m2, "Medicare Advantage HMO-POS monthly member EOB, boxed claims"),
    "h190_r1_medicaid_rad_courier": (r1, "State Medicaid remittance advice details, landscape Courier"),
    "h190_r2_medicaid_statement_mono": (r2, "State Medicaid remittance statement, portrait monospace"),
    "h190_p1_clearinghouse_era_print": (p1, "Clearinghouse ERA print of a Medicare remittance, landscape"),
    "h190_p2_pm_payment_detail": (p2, "Practice-management insurance payment detail, ruled grid"),
    "h190_f1_therapy_family_statement": (f1, "Pediatric therapy clinic family statement"),
    "h190_f2_hospital_guarantor_statement": (f2, "Hospital guarantor statement with sidebar"),
}


FLAGS: dict = {}


def build(out: Path) -> None:
    for name, (fn, desc) in LAYOUTS.items():
        doc, producer, R, legend, flags = fn()
        path = out / f"{name}.pdf"
        (doc.save_reportlab if producer == "reportlab" else doc.save_fpdf)(path)
        G.write_truth(path, name, producer, doc.page_no, desc, R.lines, R.claims, legend, R.findings)
        FLAGS[name] = flags


# ============================================================================================ check
NUM = re.compile(r"^\(?-?\$?[\d,]*\.?\d+\)?-?$")


def nums(row: str) -> set:
    out = set()
    for t in row.replace(",", "").split():
        t = t.strip(";:")
        if not NUM.match(t.replace(",", "")):
            continue
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("(-")
        b = t.strip("()$-").replace("$", "")
        try:
            v = Decimal(b)
        except Exception:
            continue
        out.add(-v if neg else v)
    return out


def dates(d: date) -> list[str]:
    return [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "mdyn", "dmy")]


def check(out: Path) -> int:
    import pdfplumber
    bad = 0
    nlines_tot = npages_tot = 0
    for name in LAYOUTS:
        pdf = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        flags = FLAGS[name]
        errs = []
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != t["pages"]:
                errs.append(f"pages {len(p.pages)} != {t['pages']}")
            rows = [pdf_rows(pg) for pg in p.pages]
            text = " ".join(" ".join(r) for r in rows)
        used = set()
        for i, ln in enumerate(t["lines"]):
            pr = rows[ln["page"] - 1]
            want = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                    "coinsurance", "not_covered", "discount") if ln[k] is not None]
            found = None
            for j, r in enumerate(pr):
                if (ln["page"], j) in used:
                    continue
                if ln["code"] not in r or any(mo not in r for mo in ln["modifiers"]):
                    continue
                ns = nums(r)
                if any(Decimal(w) not in ns for w in want):
                    continue
                if ln["units"] is not None and Decimal(ln["units"]) not in ns:
                    continue
                if any(rm not in r.split() and rm not in r for rm in ln["remarks"]):
                    continue
                ok = True
                for g, c, a in ln["adjustments"]:
                    if not re.search(rf"{g}-?{c}\b", r) or (a is not None and Decimal(a) not in ns):
                        ok = False
                if not ok:
                    continue
                if flags["date_row"] and not any(ds in r for ds in dates(date.fromisoformat(ln["service_date"]))):
                    continue
                found = j
                break
            if found is None:
                errs.append(f"line {i} ({ln['code']} {ln['service_date']} p{ln['page']}) has no matching row")
            else:
                used.add((ln["page"], found))
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in text:
                    errs.append(f"line {i} {k} {ln[k]!r} not in text")
            if ln["description"] and any(w not in text for w in ln["description"].split()):
                errs.append(f"line {i} description words missing")
            # arithmetic
            g = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount",
                  "patient_owes")}
            if g["billed"] is not None and g["allowed"] is not None and g["discount"] is not None and \
                    g["not_covered"] is not None:
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"line {i} billed-discount-notcovered != allowed")
            if flags["share"] and g["allowed"] is not None and g["paid"] is not None:
                if g["allowed"] - (g["deductible"] or 0) - (g["copay"] or 0) - (g["coinsurance"] or 0) != g["paid"]:
                    errs.append(f"line {i} allowed - shares != paid")
            if flags["adj_full"]:
                if g["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != g["paid"]:
                    errs.append(f"line {i} billed - adjustments != paid")
            if "Statement" in t["description"] or "statement" in t["description"]:
                if g["discount"] is not None and g["paid"] is not None and g["patient_owes"] is not None:
                    if g["billed"] - g["discount"] - g["paid"] != g["patient_owes"]:
                        errs.append(f"line {i} statement line does not balance")
        # claim totals
        declared = " ".join(t["expected_findings"])
        for c in t["claims"]:
            if not c["totals"]:
                continue
            lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]]
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(ln[k]) for ln in lines)
                if v not in text.replace("$", "") and f"{Decimal(v):,.2f}" not in text:
                    errs.append(f"claim {c['payer_claim_id']} total {k} {v} not printed")
                planted = c["payer_claim_id"] in declared and k == "patient_owes"
                if (s != Decimal(v)) != planted:
                    errs.append(f"claim {c['payer_claim_id']} total {k}: {v} vs lines {s} (planted={planted})")
        if not t["lines"]:
            errs.append("no lines")
        pats = {ln["patient"] for ln in t["lines"]}
        nlines_tot += len(t["lines"])
        npages_tot += t["pages"]
        status = "ok" if not errs else "FAIL"
        print(f"{status:4} {name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
              f"{len(t['claims'])} claims, {len(pats)} patients, pages with lines "
              f"{sorted({ln['page'] for ln in t['lines']})}")
        for e in errs[:12]:
            print("     ", e)
        bad += bool(errs)
    print(f"total: {nlines_tot} lines, {npages_tot} pages, {bad} layouts failing")
    return bad


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout190_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    build(out)
    print(out)
    if "--check" in argv:
        return 1 if check(out) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
