"""Write the 135th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten ordinary documents, two of each of the five commonest real kinds, in house
styles written without looking at the reader.

Run:  python bench/heldout135/make_heldout135_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout135/make_heldout135_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else does this, once)

Refuses to write under samples/. Never commit the PDFs this writes. h135kit.py (same folder) is a small drawing
kit: one page model rendered by either reportlab or fpdf2.
Truth format: the one of samples/pdf (written with samples/pdf/eobgen.py's write_truth / truth_line),
``<name>.pdf.truth.json``; printed values only, null for what a layout does not print (units null where no
quantity is printed; amounts null where the column is absent); claim_id = the provider's own account / patient
account / visit / ACNT number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed
(the person served, not the subscriber or guarantor); null where not printed (the MSN and the Medicare Advantage
EOB print no provider account number). Claim totals hold what the claim's total row prints; a claim-level figure
no line carries (the paper remit's PT RESP) is recorded but not summed. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words; code legends are our own plain wording.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  c1  commercial member EOB for a family (reportlab, portrait Liberation Sans): shaded claim heading "Patient: X
      (son)  Claim number: ..." with "Patient account", 13 columns "Amount billed / Network discount / Plan
      allowance / Not covered / Deductible / Copay / Co-insurance / Plan paid / You owe / Notes", "97110 GO 59"
      code cell with the description on a second small line, a denied PR line, notes legend, 3 family members
  c2  commercial member EOB, landscape boxed grid (fpdf2, DejaVu Sans Condensed): "Service dates / What was done /
      Procedure 97161-GP / Provider's charge / Network savings / Not covered / Amount plan allows / ... / What plan
      paid / Your share / Remark", "$" amounts, wrapped descriptions, NO quantity printed, per-visit copay,
      3 family members; PLANTED "Your share" total mismatch on one claim (expected finding)
  m1  Medicare Advantage member EOB (reportlab, DejaVu Serif): "Amount the provider billed / Plan's approved amount
      / Plan paid provider / Your share / Note", "Jan 7, 2026" dates, "Therapeutic exercises (97110 CQ GP KX)",
      no units, a 38-line PT claim that runs onto page 2 with a "continued" heading and repeated column header
  m2  Medicare Summary Notice Part B (fpdf2, Liberation Serif): date-headed claims, description line then
      "(97530-GO-59 x 2)" row with "Service Approved? / Amount Provider Charged / Medicare-Approved Amount /
      Medicare Paid Provider / Maximum You May Be Billed / See Notes", letter notes, deductible met mid-notice
  d1  state Medicaid remittance advice (fpdf2, core Courier landscape): PAID / DENIED / ADJUSTED sections,
      recipient heading row "NAME  RECIP ID  ICN  PAT ACCT", "LN FROM-DOS THRU-DOS PROC M1 M2 M3 UNITS ...",
      mmddyy dates, trailing-minus reversal with its replacement, 4-digit state EOB codes (remarks)
  d2  Medicaid managed-care plan remittance (reportlab, Helvetica): member / TCN shaded heading with status,
      ruled rows "Ln DOS Proc Mod Qty Charged Allowed Paid Adj Grp-Rsn Adj Amt Remark", denied claim (CO-B7),
      a line denial CO-16, reversed claim (leading minus) then corrected claim
  r1  clearinghouse print of a Medicare remit (reportlab, Courier): "NAME / HIC / ACNT / ICN / ASG / MOA" heading,
      "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", further
      adjustments stacked on following lines, REM lines, PT RESP and NET per claim, glossary
  r2  practice-management ERA posting detail (fpdf2, Liberation Sans Narrow landscape): "Units 2.00", "GO,59",
      all adjustments in one cell "CO45 116.30  PR2 7.37", Pt Resp column, a claim that continues onto
      page 2 with its heading and header repeated
  s1  therapy clinic family statement to a guarantor (reportlab, Liberation Serif): right sidebar (guarantor,
      amount due), visit headings "Imani X  -  Visit V-903318" with the insurer's claim number, glued "97530GO",
      "Charge / Ins. paid / Your portion", a self-pay visit (no payer claim number), a payment row, 3 family members
  s2  hospital guarantor statement (fpdf2, DejaVu Sans): one account per family member, "Date Rev HCPCS Mod Units
      Service Charges Insurance payments Adjustments Patient balance", revenue codes, a long speech-therapy
      account that continues onto page 2

The self-check (--check) tests the factory, not the reader: output is byte-identical on a second build; page
counts match; for every truth line a text row on its page (pdfplumber) carries its code, modifiers, units and
every printed amount, its date is on that row or in the heading above it, its adjustment codes/amounts and
remarks are on that row or the next lines; ids and patients are in the document text; legend codes are printed;
the documents' own arithmetic holds (billed - discount - not covered = allowed, allowed - deductible - copay -
coinsurance = paid, billed - adjustments = paid where every adjustment is printed with its amount); claim totals
equal the sum of their lines unless a planted mismatch is declared as an expected finding (and really differs).
"""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    SCHED,
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
from h135kit import Doc, Table  # noqa: E402

D = date
# A few more invented charge-master / fee-schedule entries, in our own words.
for _c, _f, _s, _d in (("97533", "98.00", "35.10", "Sensory integration activities"),
                       ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97018", "30.00", "4.12", "Paraffin bath"),
                       ("97542", "70.00", "31.60", "Wheelchair management training"),
                       ("G0151", "140.00", "58.30", "Home health physical therapy visit, per 15 min"),
                       ("E0730", "96.00", "38.26", "TENS unit, four lead")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)


def M(d, style=",", neg="-"):
    return money(d, style, neg)


class Rec:
    """Collects the truth lines and claims of one document as it is drawn."""

    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def line(self, doc, s, cl, printed, **kw):
        self.lines.append(truth_line(doc.page_no, s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                     patient=cl["patient"], printed=printed, **kw))

    def claim(self, cl, **tot):
        self.claims.append({"claim_id": cl["claim_id"], "payer_claim_id": cl["payer_claim_id"],
                            "patient": cl["patient"], "totals": claim_totals(**tot)})


def CL(claim_id, payer_claim_id, patient):
    return {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient}


def svcs(spec, fn, *a, **k):
    """spec: [(date, code, units, mods, denied?)]"""
    out = []
    for t in spec:
        s = Svc(t[0], t[1], t[2], tuple(t[3]) if len(t) > 3 else (), denied=t[4] if len(t) > 4 else None)
        out.append(fn(s, *a, **k))
    return out


def tsum(ss, attr):
    return total(ss, attr)


def wrap(text, n):
    words, out, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


# =============================================================================================== c1
@layout
def c1_family_member_eob(out):
    """commercial member EOB, family of three, portrait reportlab Liberation Sans."""
    doc, R = Doc("LibSans"), Rec()
    W = doc.W
    legend = [("K1", "Amount above what our network provider agreed to accept; you do not owe it."),
              ("K4", "Your plan's therapy visit limit has been reached for this calendar year."),
              ("K7", "Counted toward your in-network deductible."),
              ("K9", "Therapy plan of care on file through the date shown on the claim.")]

    def furniture(first):
        doc.text(40, 44, "SUMMIT RIDGE HEALTH PARTNERS", 15, True)
        doc.text(40, 57, "Member services 1-866-555-0142  |  TTY 711  |  summitridge-members.example", 7.5)
        doc.text(W - 40, 44, "EXPLANATION OF BENEFITS", 11, True, "r")
        doc.text(W - 40, 57, "THIS IS NOT A BILL", 8.5, True, "r")
        doc.hline(40, W - 40, 64, 1.2)
        if not first:
            doc.text(40, 78, "Subscriber: Adaeze Lindqvist   Member ID: SRH 884 20 7716   Statement date: 02/03/2026", 8)

    cols = [("Date of\nservice", 40, "l"), ("Service code", 88, "l"), ("Qty", 166, "r"),
            ("Amount\nbilled", 212, "r"), ("Network\ndiscount", 256, "r"), ("Plan\nallowance", 300, "r"),
            ("Not\ncovered", 338, "r"), ("Deduct-\nible", 374, "r"), ("Copay", 406, "r"),
            ("Co-\ninsurance", 448, "r"), ("Plan\npaid", 490, "r"), ("You\nowe", 530, "r"), ("Notes", 542, "l")]
    T = Table(doc, cols, 7.2)
    furniture(True)
    doc.text(40, 92, "Adaeze Lindqvist", 9, True)
    doc.text(40, 103, "4417 Marrowbone Court", 9)
    doc.text(40, 114, "Fennimore Heights, OH 43077-2219", 9)
    doc.box(330, 82, 242, 60)
    for k, (a, b) in enumerate([("Subscriber", "Adaeze Lindqvist"), ("Member ID", "SRH 884 20 7716"),
                                ("Group", "ORCHARDLINE FOODS 40218"), ("Statement date", "02/03/2026"),
                                ("Plan", "Summit Ridge Choice PPO")]):
        doc.text(336, 93 + k * 10.5, a + ":", 7.5, True)
        doc.text(410, 93 + k * 10.5, b, 7.5)
    doc.text(40, 160, "Claims processed for you and the people on your plan between 01/01/2026 and 01/31/2026.", 8.5)
    y = [182]
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.78"),
                   copay_codes={"99213": Decimal("35.00")})
    claims = [
        ("Adaeze Lindqvist", "self", "FH-209314", "2601SR0041187", "Fennimore Hand Therapy LLC",
         [(D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97760", 2, ["GO"]),
          (D(2026, 1, 6), "L3807", 1, ["RT"])]),
        ("Oskar Lindqvist", "son", "KPT-55120", "2601SR0043302", "Kestrel Pediatric Therapy Group",
         [(D(2026, 1, 8), "92523", 1, ["GN"]), (D(2026, 1, 15), "92507", 1, ["GN"]),
          (D(2026, 1, 22), "92507", 1, ["GN"]), (D(2026, 1, 29), "92507", 1, ["GN"]),
          (D(2026, 1, 29), "97533", 1, ["GO"], "PR")]),
        ("Adaeze Lindqvist", "self", "FH-209377", "2601SR0047725", "Fennimore Hand Therapy LLC",
         [(D(2026, 1, 13), "97140", 2, ["GO"]), (D(2026, 1, 13), "97110", 2, ["GO", "59"]),
          (D(2026, 1, 20), "97140", 2, ["GO"]), (D(2026, 1, 20), "97530", 1, ["GO"]),
          (D(2026, 1, 27), "97110", 3, ["GO"]), (D(2026, 1, 27), "97535", 1, ["GO"])]),
        ("Freya M Lindqvist", "daughter", "NV3380412", "2601SR0049951", "Northvale Family Medicine",
         [(D(2026, 1, 21), "99213", 1, []), (D(2026, 1, 21), "97110", 1, ["GP"])]),
    ]
    pr = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")

    def head(cont=False):
        T.head(y[0])
        doc.hline(40, W - 40, y[0] + 12, 0.6)
        y[0] += 22

    for patient, rel, acct, clm, prov, spec in claims:
        ss = svcs(spec, commercial, st, deny_reason="119")
        cl = CL(acct, clm, patient)
        if y[0] > 600:
            doc.new_page()
            furniture(False)
            y[0] = 96
        doc.box(40, y[0] - 9, W - 80, 24, 0.4, 0.93)
        doc.text(44, y[0], f"Patient: {patient} ({rel})", 8.5, True)
        doc.text(260, y[0], f"Claim number: {clm}", 8.5, True)
        doc.text(44, y[0] + 11, f"Provider: {prov}   Patient account: {acct}   Network: In-network", 7.5)
        y[0] += 26
        head()
        for s in ss:
            if y[0] > 720:
                doc.text(W - 40, 752, "Continued on next page", 7.5, False, "r")
                doc.new_page()
                furniture(False)
                y[0] = 96
                doc.text(44, y[0], f"Patient: {patient}  -  Claim number: {clm} (continued)", 8.5, True)
                y[0] += 14
                head()
            notes = []
            if s.denied:
                notes = ["K4"]
            elif s.deductible:
                notes = ["K7"]
            elif s.code in ("97110", "97140") and s.dos.day == 27:
                notes = ["K9"]
            code = " ".join((s.code,) + s.mods)
            T.row(y[0], [dfmt(s.dos, "mdy4"), code, units_str(s.units), M(s.billed), M(s.discount), M(s.allowed),
                         M(s.not_covered), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes),
                         " ".join(notes)])
            doc.text(88, y[0] + 8.5, s.desc, 6.3)
            R.line(doc, s, cl, pr, remarks=notes)
            y[0] += 20
        doc.hline(40, W - 40, y[0] - 9, 0.4)
        T.row(y[0], ["Claim total", None, None] + [M(tsum(ss, a)) for a in
                     ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                      "owes")] + [None], bold=True)
        R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"),
                patient_owes=tsum(ss, "owes"))
        y[0] += 26
    if y[0] > 640:
        doc.new_page()
        furniture(False)
        y[0] = 96
    doc.text(40, y[0], "What the notes mean", 9, True)
    for k, (c, t) in enumerate(legend):
        doc.text(40, y[0] + 13 + k * 11, c, 7.5, True)
        doc.text(62, y[0] + 13 + k * 11, t, 7.5)
    y[0] += 13 + len(legend) * 11 + 10
    doc.text(40, y[0], "You may ask for a review of any decision on this statement within 180 days. Call the number above.", 7.5)
    n = doc.page_no
    for i, p in enumerate(doc.pages, 1):
        p.append(("t", 40, 770, f"SRH-EOB-0203-77   Page {i} of {n}", "LibSans", 7, False))
    return doc, R, legend, "reportlab", "commercial member EOB, family of three, notes legend"


# =============================================================================================== c2
@layout
def c2_grid_member_eob(out):
    """commercial member EOB, landscape fpdf2 DejaVu Sans Condensed, boxed grid, no quantity printed."""
    doc, R = Doc("DejaCond", landscape=True), Rec()
    W, H = doc.W, doc.H
    legend = [("R02", "The provider billed more than the contracted rate. The difference is not your cost."),
              ("R15", "Not a covered benefit under this plan; the member is responsible."),
              ("R21", "Visit copay applied once per date of service.")]

    def furniture():
        doc.box(0, 0, W, 40, 0, 0.85)
        doc.text(30, 26, "Cobalt Bay Mutual", 16, True)
        doc.text(210, 26, "Your Explanation of Benefits  -  not a bill", 10)
        doc.text(W - 30, 26, "Member: Rosalind Achterberg   ID: CBM-0593-1184-02", 8, False, "r")

    cols = [("Service\ndates", 34, "l"), ("What was done", 92, "l"), ("Procedure", 250, "l"),
            ("Provider's\ncharge", 350, "r"), ("Network\nsavings", 398, "r"), ("Not\ncovered", 446, "r"),
            ("Amount plan\nallows", 500, "r"), ("Deductible", 546, "r"), ("Copay", 584, "r"),
            ("Coinsurance", 632, "r"), ("What plan\npaid", 680, "r"), ("Your\nshare", 722, "r"),
            ("Remark", 730, "l")]
    xs = [30, 88, 246, 306, 352, 400, 448, 502, 548, 586, 634, 682, 726, 762]
    T = Table(doc, cols, 7.4)
    furniture()
    doc.text(30, 62, "Rosalind Achterberg", 9.5, True)
    doc.text(30, 74, "88 Quillfeather Lane, Apt 3C", 9)
    doc.text(30, 86, "Port Ambrose, ME 04109", 9)
    doc.box(470, 52, 292, 48, 0.6)
    doc.text(478, 64, "Processed: January 30, 2026", 8)
    doc.text(478, 76, "Plan: Cobalt Bay Open Access 2500 (family)", 8)
    doc.text(478, 88, "Account holder: Rosalind Achterberg", 8)
    y = [118]
    st = PlanState(ded_left=Decimal("45.00"), allowed_rate=Decimal("0.80"), visit_copay=Decimal("30.00"))
    plan = [
        ("Rosalind Achterberg", "You", "CB26-0119-5503", "Harborlight Rehabilitation", "HLR-00917",
         [(D(2026, 1, 9), "97161", 1, ["GP"]), (D(2026, 1, 9), "97110", 2, ["GP"]),
          (D(2026, 1, 16), "97110", 2, ["GP"]), (D(2026, 1, 16), "97112", 1, ["GP"]),
          (D(2026, 1, 16), "E0730", 1, [], "PR")]),
        ("Milo Achterberg", "Dependent", "CB26-0121-0448", "Little Lantern Speech & OT", "LL-2044-3",
         [(D(2026, 1, 12), "97166", 1, ["GO"]), (D(2026, 1, 12), "97533", 1, ["GO"]),
          (D(2026, 1, 19), "97530", 2, ["GO"]), (D(2026, 1, 19), "97535", 1, ["GO"])]),
        ("Juniper Achterberg", "Dependent", "CB26-0127-7790", "Little Lantern Speech & OT", "LL-2051-1",
         [(D(2026, 1, 13), "92523", 1, []), (D(2026, 1, 20), "92507", 1, []), (D(2026, 1, 27), "92507", 1, [])]),
    ]
    pr = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
          "patient_owes")
    for patient, rel, clm, prov, acct, spec in plan:
        ss = svcs(spec, commercial, st, deny_reason="96")
        cl = CL(acct, clm, patient)
        doc.text(30, y[0], f"Claim for {patient} ({rel})  |  Claim ID {clm}  |  {prov}  |  Provider reference {acct}",
                 8.6, True)
        y[0] += 6
        doc.box(30, y[0], 732, 22, 0.5, 0.92)
        T.head(y[0] + 9)
        top = y[0]
        y[0] += 22
        for s in ss:
            notes = ["R15"] if s.denied else (["R21"] if s.copay else (["R02"] if s.discount > 60 else []))
            lines = wrap(s.desc, 30)
            hgt = 6 + 9 * len(lines)
            proc = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            T.row(y[0] + 10, [dfmt(s.dos, "mdy2"), lines[0], proc, M(s.billed, "$"), M(s.discount, "$"),
                              M(s.not_covered, "$"), M(s.allowed, "$"), M(s.deductible, "$"), M(s.copay, "$"), M(s.coinsurance, "$"),
                              M(s.paid, "$"), M(s.owes, "$"), " ".join(notes)])
            for k, extra in enumerate(lines[1:], 1):
                doc.text(92, y[0] + 10 + 9 * k, extra, 7.4)
            doc.hline(30, 762, y[0] + hgt + 2, 0.3)
            R.line(doc, s, cl, pr, units=False, remarks=notes)
            y[0] += hgt + 2
        tot = {a: tsum(ss, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                        "coinsurance", "paid", "owes")}
        printed_owes = tot["owes"]
        if patient == "Milo Achterberg":
            printed_owes = tot["owes"] + Decimal("10.00")
            R.findings.append(f"claim-total-mismatch claim {clm}: printed Your share total {printed_owes} but "
                              f"the lines add up to {tot['owes']}")
        T.row(y[0] + 10, ["Totals", None, None] + [M(tot[a], "$") for a in
                          ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                           "paid")]
              + [M(printed_owes, "$"), None], bold=True)
        y[0] += 16
        for x in xs:
            doc.vline(x, top, y[0])
        doc.box(30, top, 732, y[0] - top, 0.7)
        R.claim(cl, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"], patient_owes=printed_owes)
        y[0] += 22
        if y[0] > 430 and patient != plan[-1][0]:
            doc.text(W - 30, H - 24, "Page 1 of 2", 7.5, False, "r")
            doc.new_page()
            furniture()
            y[0] = 64
    doc.text(30, y[0], "Remark codes", 9, True)
    for k, (c, t) in enumerate(legend):
        doc.text(30, y[0] + 12 + 10 * k, f"{c}  {t}", 7.5)
    doc.text(30, H - 24, "Questions? 1-877-555-0190. Keep this statement with your health records.", 7.5)
    doc.text(W - 30, H - 24, f"Page {doc.page_no} of {doc.page_no}", 7.5, False, "r")
    return doc, R, legend, "fpdf2", "commercial member EOB, boxed grid, three family members, planted total mismatch"


# =============================================================================================== m1
@layout
def m1_advantage_eob(out):
    """Medicare Advantage member EOB, portrait reportlab DejaVu Serif, per-visit copay, claim runs to page 2."""
    doc, R = Doc("DejaSerif"), Rec()
    W = doc.W
    legend = [("a", "This service counts toward your yearly out-of-pocket maximum."),
              ("b", "Therapy above the yearly threshold: the provider confirmed it was medically needed."),
              ("c", "Not covered by this plan. You can appeal; see the back of this notice."),
              ("d", "Your outpatient rehabilitation copay for this visit.")]

    def furniture(first):
        doc.text(36, 40, "Evergreen Crest Medicare Advantage (HMO-POS)", 12, True)
        doc.text(36, 53, "Explanation of Benefits  -  Medical services, Part C", 9)
        doc.text(W - 36, 40, "Member: Bartholomew Q. Iyengar", 8, False, "r")
        doc.text(W - 36, 52, "Member number: ECM7730419", 8, False, "r")
        doc.hline(36, W - 36, 60, 0.8)

    cols = [("Date", 36, "l"), ("Service (code)", 96, "l"), ("Amount the\nprovider billed", 330, "r"),
            ("Plan's approved\namount", 398, "r"), ("Plan paid\nprovider", 456, "r"), ("Your\nshare", 506, "r"),
            ("Note", 520, "l")]
    T = Table(doc, cols, 7.6)
    furniture(True)
    doc.text(36, 86, "Bartholomew Q. Iyengar", 9.5)
    doc.text(36, 98, "1206 Tamarack Bend Road", 9.5)
    doc.text(36, 110, "Sedgewick Falls, MN 55987", 9.5)
    doc.box(330, 74, 246, 46, 0.6)
    doc.text(338, 87, "For services from January 1 - January 31, 2026", 7.6)
    doc.text(338, 99, "Out-of-pocket spent so far in 2026: $160.00", 7.6)
    doc.text(338, 111, "Yearly maximum (in network): $4,900.00", 7.6)
    doc.text(36, 140, "Medical claims we processed this month", 11, True)
    y = [162]
    st = PlanState(allowed_rate=Decimal("0.55"), visit_copay=Decimal("20.00"))
    series = [(D(2026, 1, 5), "97163", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"])]
    day, k = D(2026, 1, 7), 0
    while day <= D(2026, 1, 30):
        if day.weekday() in (0, 2, 4):
            mods = ["GP"] + (["KX"] if day.day >= 12 else [])
            if day.day >= 19 and k % 2:
                mods = ["CQ"] + mods
            trio = [("97110", 2), ("97112", 1), ("97530", 1)] if k % 2 else [("97110", 2), ("97116", 2), ("97140", 1)]
            series += [(day, c, u, list(mods)) for c, u in trio]
            if day == D(2026, 1, 16):
                series.append((day, "97018", 1, ["GP"], "PR"))
            k += 1
        day += timedelta(days=1)
    plan = [("GR26011400731", "Granite Ridge Physical Therapy", series),
            ("SF26012800092", "Sedgewick Falls Clinic",
             [(D(2026, 1, 22), "99213", 1, []), (D(2026, 1, 22), "G0283", 1, ["GP"])])]

    def head():
        T.head(y[0])
        doc.hline(36, W - 36, y[0] + 13, 0.5)
        y[0] += 24

    for clm, prov, spec in plan:
        ss = svcs(spec, commercial, st, deny_reason="96")
        cl = CL(None, clm, "Bartholomew Q. Iyengar")
        doc.text(36, y[0], f"{prov}", 9, True)
        doc.text(W - 36, y[0], f"Claim number {clm}", 8.5, False, "r")
        doc.text(36, y[0] + 11, "Patient: Bartholomew Q. Iyengar    In-network provider", 7.8)
        y[0] += 26
        head()
        for s in ss:
            if y[0] > 724:
                doc.text(36, 756, "This claim continues on the next page.", 7.5)
                doc.new_page()
                furniture(False)
                y[0] = 84
                doc.text(36, y[0], f"{prov}  -  claim number {clm}, continued", 9, True)
                y[0] += 16
                head()
            notes = ["c"] if s.denied else (["d", "a"] if s.copay else (["b"] if "KX" in s.mods else []))
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            T.row(y[0], [dfmt(s.dos, "mon"), f"{s.desc} ({code})", M(s.billed, "$"), M(s.allowed, "$"),
                         M(s.paid, "$"), M(s.owes, "$"), ", ".join(notes)])
            R.line(doc, s, cl, ("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes)
            y[0] += 15
        doc.hline(36, W - 36, y[0] - 8, 0.5)
        T.row(y[0] + 2, ["", "Total for this claim", M(tsum(ss, "billed"), "$"), M(tsum(ss, "allowed"), "$"),
                         M(tsum(ss, "paid"), "$"), M(tsum(ss, "owes"), "$")], bold=True)
        R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"),
                patient_owes=tsum(ss, "owes"))
        y[0] += 30
    doc.text(36, y[0], "Notes", 9.5, True)
    for k, (c, t) in enumerate(legend):
        doc.text(36, y[0] + 13 + 11 * k, f"{c}.  {t}", 7.6)
    n = doc.page_no
    for i, p in enumerate(doc.pages, 1):
        p.append(("t", 36, 772, f"H7741_EOB26 Page {i} of {n}   Call Member Services at 1-800-555-0117 (TTY 711), "
                  "8 a.m. to 8 p.m., seven days a week.", "DejaSerif", 6.8, False))
    return doc, R, legend, "reportlab", "Medicare Advantage member EOB, one long claim continued"


# =============================================================================================== m2
@layout
def m2_summary_notice(out):
    """Medicare Summary Notice Part B, fpdf2 Liberation Serif, code and count under each description."""
    doc, R = Doc("LibSerif"), Rec()
    W = doc.W
    legend = [("A", "The amount Medicare approved is lower than what the provider charged; an assigned provider "
                    "cannot bill you the difference."),
              ("B", "This amount went toward your Part B deductible for the year."),
              ("C", "The therapy limit amount was exceeded; the provider showed the care was needed."),
              ("D", "A 2% cut in Medicare payments required by federal law was applied.")]
    beneficiary = "HENRIETTA V. OYELARAN-BOSE"

    def furniture():
        doc.text(40, 42, "Medicare Summary Notice", 18, True)
        doc.text(40, 58, "for Part B (Medical Insurance)", 11)
        doc.text(W - 40, 42, beneficiary, 9, True, "r")
        doc.text(W - 40, 54, "Medicare Number  XXX-XX-7281A", 8.5, False, "r")
        doc.hline(40, W - 40, 66, 1.5)

    furniture()
    doc.box(40, 80, 250, 84, 0.8)
    doc.text(48, 95, "The amount you may be billed", 10, True)
    doc.text(48, 111, "for services in this notice:", 10)
    doc.text(48, 138, "", 12)
    doc.box(310, 80, 262, 84, 0.8)
    doc.text(318, 95, "Your deductible status", 10, True)
    doc.text(318, 111, "Your Part B deductible for 2026 has been met", 8.5)
    doc.text(318, 123, "after these claims were processed.", 8.5)
    doc.text(40, 186, "Your Claims & Costs for Services from December 15, 2025 to March 12, 2026", 11, True)
    y = [210]
    st = PlanState(ded_left=Decimal("120.00"))
    plan = [("26-0105-31147-0812", "Riverbend Occupational Therapy Associates", D(2026, 1, 5),
             [(D(2026, 1, 5), "97167", 1, ["GO"]), (D(2026, 1, 5), "97535", 2, ["GO"]),
              (D(2026, 1, 5), "97530", 1, ["GO", "59"])]),
            ("26-0112-30058-2290", "Riverbend Occupational Therapy Associates", D(2026, 1, 12),
             [(D(2026, 1, 12), "97530", 2, ["GO"]), (D(2026, 1, 12), "97535", 1, ["GO"]),
              (D(2026, 1, 12), "97140", 1, ["GO"])]),
            ("26-0119-30071-4435", "Riverbend Occupational Therapy Associates", D(2026, 1, 19),
             [(D(2026, 1, 19), "97530", 2, ["GO", "KX"]), (D(2026, 1, 19), "97110", 2, ["GO", "KX"]),
              (D(2026, 1, 19), "97760", 1, ["GO", "KX"])]),
            ("26-0126-30090-1178", "Riverbend Occupational Therapy Associates", D(2026, 1, 26),
             [(D(2026, 1, 26), "97168", 1, ["GO", "KX"]), (D(2026, 1, 26), "97530", 2, ["CO", "GO", "KX"]),
              (D(2026, 1, 26), "97535", 1, ["CO", "GO", "KX"])]),
            ("26-0204-31502-6609", "Lakeshore Physicians Group", D(2026, 2, 4),
             [(D(2026, 2, 4), "99213", 1, []), (D(2026, 2, 4), "G0283", 1, ["GP"])])]
    cols = [("Service Provided & Billing Code", 40, "l"), ("Service\nApproved?", 290, "l"),
            ("Amount\nProvider\nCharged", 388, "r"), ("Medicare-\nApproved\nAmount", 448, "r"),
            ("Medicare\nPaid\nProvider", 508, "r"), ("Maximum\nYou May\nBe Billed", 556, "r"), ("See\nNotes", 560, "l")]
    T = Table(doc, cols, 7.8)
    grand = ZERO
    for clm, prov, dos, spec in plan:
        ss = svcs(spec, medicare, st)
        need = 60 + 24 * len(ss)
        if y[0] + need > 740:
            doc.new_page()
            furniture()
            y[0] = 90
        cl = CL(None, clm, "HENRIETTA V. OYELARAN-BOSE")
        doc.text(40, y[0], f"{dfmt(dos, 'month')}", 10, True)
        doc.text(40, y[0] + 12, f"{prov}, (555) 555-0{144 + len(clm) % 7}", 8.5)
        doc.text(40, y[0] + 23, f"Claim number {clm}  |  Assigned", 8.5)
        y[0] += 36
        T.head(y[0])
        doc.hline(40, W - 40, y[0] + 24, 0.5)
        y[0] += 36
        for s in ss:
            notes = ["A"] + (["B"] if s.deductible else []) + (["C"] if "KX" in s.mods else []) + ["D"]
            doc.text(40, y[0], s.desc, 8.3)
            mods = "-".join(s.mods)
            T.row(y[0] + 10, [f"({s.code}{'-' + mods if mods else ''} x {units_str(s.units)})", "Yes",
                              M(s.billed, "$"), M(s.allowed, "$"), M(s.paid, "$"), M(s.owes, "$"),
                              ", ".join(notes)])
            R.line(doc, s, cl, ("billed", "allowed", "paid", "patient_owes"), remarks=notes)
            y[0] += 24
        doc.hline(40, W - 40, y[0] - 8, 0.5)
        T.row(y[0] + 2, ["Total for Claim " + clm, None, M(tsum(ss, "billed"), "$"), M(tsum(ss, "allowed"), "$"),
                         M(tsum(ss, "paid"), "$"), M(tsum(ss, "owes"), "$")], bold=True)
        R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"),
                patient_owes=tsum(ss, "owes"))
        grand += tsum(ss, "owes")
        y[0] += 30
    doc.pages[0].append(("t", 48, 142, M(grand, "$"), "LibSerif", 16, True))
    if y[0] > 640:
        doc.new_page()
        furniture()
        y[0] = 90
    doc.text(40, y[0], "Notes for Claims Above", 10, True)
    yy = y[0] + 14
    for c, t in legend:
        for k, part in enumerate(wrap(t, 100)):
            doc.text(40, yy, (c + "  " if k == 0 else "    ") + part, 8.2)
            yy += 11
    n = doc.page_no
    for i, p in enumerate(doc.pages, 1):
        p.append(("t", 40, 772, f"Page {i} of {n}", "LibSerif", 8, False))
        p.append(("t", 420, 772, "1-800-MEDICARE (1-800-555-0100)", "LibSerif", 8, False))
    return doc, R, legend, "fpdf2", "Medicare Summary Notice Part B, one beneficiary, five claims"


# =============================================================================================== d1
@layout
def d1_medicaid_ra_mono(out):
    """state Medicaid remittance advice, fpdf2 Courier landscape monospace, paid / denied / adjusted sections."""
    doc, R = Doc("Courier", landscape=True), Rec()
    legend = [("0417", "PRICED AT THE STATE THERAPY FEE SCHEDULE"),
              ("0762", "PRIOR AUTHORIZATION NUMBER MISSING OR NOT ON FILE FOR THESE DATES"),
              ("0903", "MEMBER NOT ELIGIBLE FOR THIS SERVICE ON DATE BILLED"),
              ("1180", "CLAIM ADJUSTED - ORIGINAL PAYMENT RECOVERED, REPLACEMENT BELOW")]
    fs = 7.6
    lh = 10.2
    y = [0]
    page_ct = [0]

    def hdr(section):
        page_ct[0] += 1
        t = doc.text
        t(28, 30, "STATE OF WESTMARCH  DEPARTMENT OF HEALTH & FAMILY SERVICES  MEDICAL ASSISTANCE PROGRAM", fs, True)
        t(28, 30 + lh, "PROVIDER REMITTANCE ADVICE          RA NUMBER 0004471902     WARRANT DATE 01/30/2026", fs)
        t(28, 30 + 2 * lh, "PROVIDER: CEDAR HOLLOW PEDIATRIC THERAPY   PROVIDER ID 300881642   NPI 1588204713", fs)
        t(764, 30, f"PAGE {page_ct[0]:>3}", fs, False, "r")
        t(28, 30 + 4 * lh, f"*** {section} ***", fs, True)
        t(28, 30 + 5 * lh, "RECIPIENT NAME         RECIPIENT ID   ICN              PAT ACCT NO   ", fs)
        t(28, 30 + 6 * lh, "  LN FROM-DOS THRU-DOS PROC  M1 M2 M3  UNITS       BILLED      ALLOWED    TPL       PAID  EOB CODES",
          fs)
        t(28, 30 + 7 * lh, "-" * 124, fs)
        y[0] = 30 + 9 * lh

    def row(s, n, eob):
        m = list(s.mods) + ["", "", ""]
        thru = s.end or s.dos
        return (f"  {n:02d} {dfmt(s.dos, 'mdy6')}   {dfmt(thru, 'mdy6')}   {s.code} {m[0]:<2} {m[1]:<2} {m[2]:<2} "
                f"{units_str(s.units):>6} {M(s.billed, ',', 'trail'):>12} {M(s.allowed, ',', 'trail'):>12} "
                f"{'0.00':>6} {M(s.paid, ',', 'trail'):>10}  {' '.join(eob)}")

    groups = [
        ("PAID CLAIMS", [
            ("OKAFOR-LINDH, TEODORA", "WM400731985", "2026019004471", "CHP10044", [
                (D(2026, 1, 5), "97530", 3, ["GO"]), (D(2026, 1, 5), "97533", 2, ["GO", "59"]),
                (D(2026, 1, 12), "97530", 3, ["GO"]), (D(2026, 1, 12), "97112", 1, ["GO"])]),
            ("OKAFOR-LINDH, CALLUM", "WM400731993", "2026019004488", "CHP10045", [
                (D(2026, 1, 6), "92523", 1, ["GN"]), (D(2026, 1, 13), "92507", 1, ["GN"]),
                (D(2026, 1, 20), "92507", 1, ["GN"]), (D(2026, 1, 27), "92507", 1, ["GN"])]),
            ("VASQUEZ-TRENT, ISOLDE", "WM401559260", "2026019004502", "CHP10071", [
                (D(2026, 1, 7), "97166", 1, ["GO"]), (D(2026, 1, 7), "97535", 2, ["GO"]),
                (D(2026, 1, 14), "97530", 2, ["GO"]), (D(2026, 1, 14), "97535", 2, ["GO"]),
                (D(2026, 1, 21), "97530", 2, ["GO"]), (D(2026, 1, 21), "97110", 2, ["GO"]),
                (D(2026, 1, 28), "97530", 2, ["GO"]), (D(2026, 1, 28), "97760", 1, ["GO"]),
                (D(2026, 1, 28), "L3807", 1, ["LT"])]),
            ("MBEKI-SORENSEN, ARLO", "WM402116877", "2026019004519", "CHP10083", [
                (D(2026, 1, 8), "97165", 1, ["GO"]), (D(2026, 1, 8), "97533", 2, ["GO"]),
                (D(2026, 1, 15), "97533", 2, ["GO"]), (D(2026, 1, 22), "97533", 2, ["GO"]),
                (D(2026, 1, 29), "97530", 2, ["GO"]), (D(2026, 1, 29), "97542", 1, ["GO"])]),
        ]),
        ("DENIED CLAIMS", [
            ("PELLEGRINO, MARGUERITE", "WM400098342", "2026019004533", "CHP10090", [
                (D(2026, 1, 9), "97530", 2, ["GO"], "CO"), (D(2026, 1, 9), "97140", 1, ["GO"], "CO")]),
        ]),
    ]
    pay_total = ZERO
    for section, claims in groups:
        hdr(section) if doc.page_no == 1 and not doc.pages[0] else None
        if doc.pages[-1] and section == "DENIED CLAIMS":
            y[0] += lh
            doc.text(28, y[0], f"*** {section} ***", fs, True)
            y[0] += 2 * lh
        for name, rid, icn, acct, spec in claims:
            ss = svcs(spec, medicaid, deny_reason="15")
            cl = CL(acct, icn, name)
            if y[0] + lh * 3 > 575:
                doc.new_page()
                hdr(section + " (CONTINUED)")
            doc.text(28, y[0], f"{name:<22} {rid}    {icn}    {acct}", fs, True)
            y[0] += lh
            for n, s in enumerate(ss, 1):
                if y[0] > 575:
                    doc.new_page()
                    hdr(section + " (CONTINUED)")
                    doc.text(28, y[0], f"{name:<22} {rid}    {icn}    {acct}    CONTINUED", fs, True)
                    y[0] += lh
                eob = ["0762"] if s.denied else ["0417"]
                doc.text(28, y[0], row(s, n, eob), fs)
                R.line(doc, s, cl, ("billed", "allowed", "paid"), remarks=eob)
                y[0] += lh
            doc.text(28, y[0], f"{'CLAIM TOTAL':>47} {M(tsum(ss, 'billed'), ',', 'trail'):>12} "
                     f"{M(tsum(ss, 'allowed'), ',', 'trail'):>12} {'0.00':>6} {M(tsum(ss, 'paid'), ',', 'trail'):>10}",
                     fs, True)
            R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"))
            pay_total += tsum(ss, "paid")
            y[0] += 1.6 * lh
    # adjustment section: reversal of an earlier payment and its replacement
    doc.new_page()
    hdr("ADJUSTED CLAIMS")
    orig = svcs([(D(2025, 12, 15), "92507", 1, ["GN"]), (D(2025, 12, 15), "92526", 1, ["GN"])], medicaid)
    neg = [negate(s) for s in orig]
    new = svcs([(D(2025, 12, 15), "92507", 1, ["GN"]), (D(2025, 12, 15), "92526", 1, ["GN", "59"])], medicaid)
    for label, ss, icn, eob in (("REVERSAL OF ICN 2025352008812", neg, "2026019104520", ["1180"]),
                                ("REPLACEMENT", new, "2026019204520", ["0417"])):
        cl = CL("CHP09977", icn, "HALVORSEN, BEA")
        doc.text(28, y[0], f"{'HALVORSEN, BEA':<22} WM400552174    {icn}    CHP09977    {label}", fs, True)
        y[0] += lh
        for n, s in enumerate(ss, 1):
            doc.text(28, y[0], row(s, n, eob), fs)
            R.line(doc, s, cl, ("billed", "allowed", "paid"), remarks=eob)
            y[0] += lh
        doc.text(28, y[0], f"{'CLAIM TOTAL':>47} {M(tsum(ss, 'billed'), ',', 'trail'):>12} "
                 f"{M(tsum(ss, 'allowed'), ',', 'trail'):>12} {'0.00':>6} {M(tsum(ss, 'paid'), ',', 'trail'):>10}",
                 fs, True)
        R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"))
        pay_total += tsum(ss, "paid")
        y[0] += 1.6 * lh
    y[0] += lh
    doc.text(28, y[0], f"TOTAL PAYMENT THIS RA: {M(pay_total)}    EFT TRACE 1WM0130260044719", fs, True)
    y[0] += 2 * lh
    doc.text(28, y[0], "EOB CODE MESSAGES", fs, True)
    for c, t in legend:
        y[0] += lh
        doc.text(28, y[0], f"{c}  {t}", fs)
    return doc, R, legend, "fpdf2", "state Medicaid RA, monospace, paid/denied/adjusted sections"


# =============================================================================================== d2
@layout
def d2_medicaid_mco_ra(out):
    """Medicaid managed-care remittance advice, portrait reportlab Helvetica, ruled rows, CARC per line."""
    doc, R = Doc("Helvetica"), Rec()
    W = doc.W
    legend = [("CO-45", "Charge above the Medicaid plan's rate; write off."),
              ("CO-16", "Claim is missing information needed to pay; correct and resubmit."),
              ("CO-B7", "Rendering clinician was not enrolled with the plan on the service date."),
              ("N130", "See the plan's therapy benefit policy for limits."),
              ("MA67", "This reverses an earlier payment; the corrected claim follows.")]
    cols = [("Ln", 36, "l"), ("DOS", 52, "l"), ("Proc", 100, "l"), ("Mod", 130, "l"), ("Qty", 176, "r"),
            ("Charged", 226, "r"), ("Allowed", 272, "r"), ("Paid", 316, "r"), ("Adj Grp-Rsn", 326, "l"),
            ("Adj Amt", 418, "r"), ("Remark", 428, "l")]
    T = Table(doc, cols, 7.6)
    y = [0]

    def furniture():
        doc.box(36, 30, W - 72, 44, 0.8)
        doc.text(44, 45, "BLUE HERON COMMUNITY CARE", 11, True)
        doc.text(44, 57, "A Westmarch Medicaid managed care plan", 7.5)
        doc.text(44, 67, "PO Box 60412, Alder City WM 59011", 7.5)
        doc.text(W - 44, 45, "Remittance Advice - Professional", 9.5, True, "r")
        doc.text(W - 44, 57, "Payee: Tallgrass Rehab & Speech Center  TIN 84-4419027", 7.5, False, "r")
        doc.text(W - 44, 67, "Check/EFT 55201884  Paid 01/28/2026", 7.5, False, "r")
        y[0] = 92

    def head():
        T.head(y[0])
        doc.hline(36, W - 36, y[0] + 4, 0.8)
        y[0] += 16

    furniture()
    claims = [
        ("Nakamura-Ellis, Wren", "BH55810463", "TR-118230", "2602800114530", "PAID", [
            (D(2026, 1, 6), "97161", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"]),
            (D(2026, 1, 6), "97140", 1, ["GP", "59"])], None),
        ("Nakamura-Ellis, Jonah", "BH55810471", "TR-118244", "2602800114548", "PAID", [
            (D(2026, 1, 7), "92523", 1, []), (D(2026, 1, 14), "92507", 1, []),
            (D(2026, 1, 21), "92507", 1, []), (D(2026, 1, 21), "97535", 1, ["GO"], "CO")], "16"),
        ("Dufresne, Ottoline", "BH55344902", "TR-118251", "2602800114551", "PAID", [
            (D(2026, 1, 8), "97168", 1, ["GO"]), (D(2026, 1, 8), "97530", 2, ["GO"]),
            (D(2026, 1, 15), "97530", 2, ["GO"]), (D(2026, 1, 15), "97112", 1, ["GO"]),
            (D(2026, 1, 22), "97530", 2, ["GO"]), (D(2026, 1, 22), "97112", 1, ["GO"]),
            (D(2026, 1, 22), "97535", 1, ["GO"]), (D(2026, 1, 29), "97530", 2, ["GO"]),
            (D(2026, 1, 29), "97110", 1, ["GO"]), (D(2026, 1, 29), "97018", 1, ["GO"])], None),
        ("Abernathy-Cruz, Leo", "BH56002118", "TR-118263", "2602800114566", "DENIED", [
            (D(2026, 1, 9), "97162", 1, ["GP"], "CO"), (D(2026, 1, 9), "97116", 2, ["GP"], "CO")], "B7"),
    ]
    orig = svcs([(D(2025, 12, 18), "97530", 2, ["GO"]), (D(2025, 12, 18), "97535", 1, ["GO"])], medicaid)
    repl = svcs([(D(2025, 12, 18), "97530", 3, ["GO"]), (D(2025, 12, 18), "97535", 1, ["GO"])], medicaid)
    rev = [negate(s) for s in orig]
    claims += [("Dufresne, Ottoline", "BH55344902", "TR-117904", "2602800224017", "REVERSED", rev, None),
               ("Dufresne, Ottoline", "BH55344902", "TR-117904", "2602800324017", "CORRECTED", repl, None)]
    paid_all = ZERO
    for name, mid, acct, tcn, status, spec, drs in claims:
        ss = spec if isinstance(spec[0], Svc) else svcs(spec, medicaid, deny_reason=drs or "197")
        cl = CL(acct, tcn, name)
        if y[0] > 640:
            doc.new_page()
            furniture()
        doc.box(36, y[0] - 9, W - 72, 24, 0.4, 0.9)
        doc.text(40, y[0], f"Member: {name}", 8, True)
        doc.text(210, y[0], f"Member ID: {mid}", 8)
        doc.text(330, y[0], f"Patient Acct #: {acct}", 8)
        doc.text(W - 40, y[0], f"Status: {status}", 8, True, "r")
        doc.text(40, y[0] + 11, f"TCN: {tcn}    Claim billed {M(tsum(ss, 'billed'), '$')}    "
                 f"Claim paid {M(tsum(ss, 'paid'), '$')}", 7.6)
        y[0] += 26
        head()
        for n, s in enumerate(ss, 1):
            if y[0] > 730:
                doc.text(W - 36, 760, "continued", 7, False, "r")
                doc.new_page()
                furniture()
                doc.text(40, y[0], f"Member: {name}   TCN: {tcn}   (continued from previous page)", 8, True)
                y[0] += 12
                head()
            rmk = ["MA67"] if status == "REVERSED" else (["N130"] if s.code == "97530" and s.units > 2 else [])
            adjs = list(s.adjs)
            first = adjs[0] if adjs else None
            T.row(y[0], [str(n), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                         M(s.billed), M(s.allowed), M(s.paid),
                         f"{first[0]}-{first[1]}" if first else "", M(first[2]) if first else "", " ".join(rmk)])
            y[0] += 4
            doc.hline(36, W - 36, y[0], 0.25)
            y[0] += 8
            R.line(doc, s, cl, ("billed", "allowed", "paid"), adjustments=adjs, remarks=rmk)
        T.row(y[0], [None, None, "Claim totals", None, None, M(tsum(ss, "billed")), M(tsum(ss, "allowed")),
                     M(tsum(ss, "paid"))], bold=True)
        R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"))
        paid_all += tsum(ss, "paid")
        y[0] += 24
    if y[0] > 640:
        doc.new_page()
        furniture()
    doc.text(36, y[0], f"Total paid to provider this remittance: {M(paid_all, '$')}", 9, True)
    y[0] += 16
    doc.text(36, y[0], "Adjustment and remark code glossary (plan wording)", 8.5, True)
    for c, t in legend:
        y[0] += 11
        doc.text(36, y[0], f"{c:<7} {t}", 7.5)
    n = doc.page_no
    for i, p in enumerate(doc.pages, 1):
        p.append(("t", W / 2 - 30, 776, f"Page {i} of {n}", "Helvetica", 7.5, False))
    return doc, R, legend, "reportlab", "Medicaid MCO RA, ruled, reversal and correction, denied claim"


# =============================================================================================== r1
@layout
def r1_clearinghouse_spr(out):
    """Medicare-style paper remit printed by a clearinghouse, reportlab Courier portrait, stacked adjustments."""
    doc, R = Doc("Courier"), Rec()
    fs, lh = 7.3, 9.4
    y = [0]
    page = [0]
    legend = [("MA01", "You may appeal this decision in writing within the stated period."),
              ("N386", "Decision based on a national coverage rule; see the contractor site."),
              ("M86", "Same service paid at a lower level elsewhere on this date.")]

    def hdr(cont=""):
        page[0] += 1
        t = doc.text
        t(30, 32, "CLEARPATH EDI SERVICES - PROVIDER REMITTANCE PRINT (FROM 835)", fs, True)
        t(30, 32 + lh, "PAYER: GREAT PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR, JURIS 9", fs)
        t(30, 32 + 2 * lh, "PROVIDER #: 1437720951   PRAIRIE WIND OUTPATIENT REHAB   CHECK/EFT #: 881204557",
          fs)
        t(30, 32 + 3 * lh, "REMIT DATE: 01/27/2026                                    "
          f"PAGE #: {page[0]}", fs)
        t(30, 32 + 5 * lh, "PERF PROV   SERV DATE   POS NOS  PROC  MODS        BILLED   ALLOWED    DEDUCT     "
          "COINS  GRP/RC-AMT        PROV PD", fs)
        t(30, 32 + 6 * lh, "-" * 114, fs)
        y[0] = 32 + 8 * lh
        if cont:
            doc.text(30, y[0], cont, fs)
            y[0] += lh

    hdr()
    st = {}
    claims = [
        ("ROURKE, ESPERANZA", "5KQ2TY8MJ41", "PWR44012", "2226019331208", D(2026, 1, 5),
         [("97162", 1, ["GP"]), ("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"])], Decimal("90.00")),
        ("ROURKE, ESPERANZA", "5KQ2TY8MJ41", "PWR44031", "2226019331255", D(2026, 1, 8),
         [("97110", 2, ["GP"]), ("97112", 1, ["GP"]), ("97530", 1, ["GP"])], ZERO),
        ("THORNBURY, AUGUSTIN", "3FN8XC2RK07", "PWR44055", "2226019331310", D(2026, 1, 6),
         [("97165", 1, ["GO"]), ("97535", 2, ["GO"]), ("97530", 1, ["GO"]), ("97760", 1, ["GO"]),
          ("L3807", 1, ["RT"]), ("97018", 1, ["GO"])], ZERO),
        ("THORNBURY, AUGUSTIN", "3FN8XC2RK07", "PWR44090", "2226019331377", D(2026, 1, 13),
         [("97530", 2, ["GO", "KX"]), ("97535", 1, ["CO", "GO", "KX"]), ("97110", 1, ["GO", "KX"])], ZERO),
        ("ABIODUN-HALE, SIMONE", "8TR4PW6DN52", "PWR44102", "2226019331421", D(2026, 1, 14),
         [("92523", 1, ["GN"]), ("92507", 1, ["GN"])], Decimal("40.00")),
        ("ABIODUN-HALE, SIMONE", "8TR4PW6DN52", "PWR44133", "2226019331468", D(2026, 1, 21),
         [("92507", 1, ["GN"]), ("97129", 1, ["GN"]), ("0552T", 1, ["GP"])], ZERO),
    ]
    net = ZERO
    for name, hic, acnt, icn, dos, spec, ded in claims:
        ps = st.setdefault(hic, PlanState(ded_left=ded))
        ss = []
        for code, u, mods in spec:
            s = Svc(dos, code, u, tuple(mods), denied="CO" if code == "0552T" else None)
            ss.append(medicare(s, ps))
        cl = CL(acnt, icn, name)
        if y[0] > 700:
            doc.new_page()
            hdr()
        doc.text(30, y[0], f"NAME {name:<22} HIC {hic}  ACNT {acnt}   ICN {icn}  ASG Y  MOA MA01", fs)
        y[0] += lh
        for s in ss:
            rows = max(1, len(s.adjs))
            if y[0] + rows * lh > 745:
                doc.new_page()
                hdr(f"NAME {name:<22} HIC {hic}  ACNT {acnt}   ICN {icn}  (CONT)")
            mods = " ".join(s.mods)
            a0 = s.adjs[0]
            rm = ["N386"] if s.denied else (["M86"] if s.code == "97018" else [])
            line = (f"1588301227  {dfmt(s.dos, 'mdy4'):<10}  11  {units_str(s.units):>3}  {s.code} {mods:<9} "
                    f"{M(s.billed, ''):>9} {M(s.allowed, ''):>9} {M(s.deductible, ''):>9} {M(s.coinsurance, ''):>9}"
                    f"  {a0[0]}-{a0[1]:<4}{M(a0[2], ''):>8} {M(s.paid, ''):>10}")
            doc.text(30, y[0], line, fs)
            y[0] += lh
            for g, c, a in s.adjs[1:]:
                doc.text(30, y[0], " " * 87 + f"{g}-{c:<4}{M(a, ''):>8}", fs)
                y[0] += lh
            if rm:
                doc.text(30, y[0], f"{'':12}CNT# {acnt}-{len(rm)}   REM: {' '.join(rm)}", fs)
                y[0] += lh
            R.line(doc, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                   remarks=rm)
        adj_tot = sum((a for s in ss for _, _, a in s.adjs), ZERO)
        doc.text(30, y[0], f"PT RESP {M(tsum(ss, 'owes'), ''):>8}        CLAIM TOTALS          "
                 f"{M(tsum(ss, 'billed'), ''):>9} {M(tsum(ss, 'allowed'), ''):>9} {M(tsum(ss, 'deductible'), ''):>9} "
                 f"{M(tsum(ss, 'coinsurance'), ''):>9}  {M(adj_tot, ''):>13} {M(tsum(ss, 'paid'), ''):>10}", fs)
        y[0] += lh
        doc.text(30, y[0], f"{'':60}NET {M(tsum(ss, 'paid'), ''):>10}", fs)
        R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"),
                patient_owes=tsum(ss, "owes"))
        net += tsum(ss, "paid")
        y[0] += 2 * lh
    if y[0] > 690:
        doc.new_page()
        hdr()
    doc.text(30, y[0], f"TOTALS:  # OF CLAIMS {len(claims)}   PROVIDER PAID {M(net, '')}   CHECK AMT {M(net, '')}",
             fs, True)
    y[0] += 2 * lh
    doc.text(30, y[0], "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES (PLAIN LANGUAGE)", fs, True)
    for c, t in legend + [("CO-45", "Charge exceeds fee schedule."), ("PR-1", "Deductible."),
                          ("PR-2", "Coinsurance."), ("CO-253", "Sequestration cut."), ("CO-50", "Not deemed needed.")]:
        y[0] += lh
        doc.text(30, y[0], f"{c:<7}{t}", fs)
    legend = legend + [("CO-45", "Charge exceeds fee schedule."), ("PR-1", "Deductible."), ("PR-2", "Coinsurance."),
                       ("CO-253", "Sequestration cut."), ("CO-50", "Not deemed needed.")]
    return doc, R, legend, "reportlab", "clearinghouse SPR-style paper remit, stacked adjustments"


# =============================================================================================== r2
@layout
def r2_pm_era_posting(out):
    """practice-management ERA posting detail, fpdf2 Liberation Sans Narrow landscape, grid, one-cell adjustments."""
    doc, R = Doc("LibNarrow", landscape=True), Rec()
    W, H = doc.W, doc.H
    legend = [("N657", "Billed code should carry a different modifier for this discipline."),
              ("M80", "Not paid when done on the same date as another listed service."),
              ("N640", "Exceeds the visit count allowed under the plan's rules.")]
    cols = [("Svc Date", 34, "l"), ("CPT", 84, "l"), ("Mods", 120, "l"), ("Units", 186, "r"),
            ("Charge", 240, "r"), ("Allowed", 292, "r"), ("Deduct", 338, "r"), ("Coins", 382, "r"),
            ("Copay", 424, "r"), ("Paid", 476, "r"), ("Adjustments (grp/rsn amt)", 488, "l"),
            ("Remarks", 640, "l"), ("Pt Resp", 758, "r")]
    T = Table(doc, cols, 7.8)
    y = [0]

    def furniture():
        doc.text(30, 30, "TherapyLedger PM  |  ERA Posting Detail", 12, True)
        doc.text(30, 43, "Practice: Meadowgate Therapy Collective   Batch 2026-0131-07   Posted by: jkessler", 8)
        doc.text(W - 30, 30, "Payer: Juniper Valley Health (Medicare Advantage)", 8, False, "r")
        doc.text(W - 30, 43, "ERA check# 0077150294  Payment date 01/31/2026", 8, False, "r")
        doc.hline(30, W - 30, 50, 1)
        y[0] = 70

    def head():
        doc.box(30, y[0] - 10, W - 60, 14, 0.3, 0.88)
        T.head(y[0])
        y[0] += 15

    furniture()
    st = PlanState(ded_left=Decimal("25.00"), coins_rate=Decimal("0.10"))
    claims = [
        ("Prendergast, Wilhelmina", "MTC-60211", "JV2601270045512", [
            (D(2026, 1, 5), "97166", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]),
            (D(2026, 1, 7), "97530", 2, ["GO"]), (D(2026, 1, 7), "97535", 1, ["GO"]),
            (D(2026, 1, 9), "97530", 2, ["GO"]), (D(2026, 1, 9), "97112", 1, ["GO", "59"]),
            (D(2026, 1, 12), "97530", 2, ["GO"]), (D(2026, 1, 12), "97140", 1, ["GO"]),
            (D(2026, 1, 14), "97530", 2, ["GO"]), (D(2026, 1, 14), "97535", 1, ["GO"]),
            (D(2026, 1, 16), "97530", 2, ["CO", "GO"]), (D(2026, 1, 16), "97110", 1, ["CO", "GO"]),
            (D(2026, 1, 19), "97530", 2, ["CO", "GO"]), (D(2026, 1, 19), "97018", 1, ["GO"], "CO"),
            (D(2026, 1, 21), "97530", 2, ["GO"]), (D(2026, 1, 21), "97535", 2, ["GO"]),
            (D(2026, 1, 23), "97168", 1, ["GO"]), (D(2026, 1, 23), "97760", 1, ["GO"]),
            (D(2026, 1, 26), "97530", 2, ["GO"]), (D(2026, 1, 26), "97110", 2, ["GO"]),
            (D(2026, 1, 28), "97530", 2, ["GO"]), (D(2026, 1, 28), "97112", 1, ["GO"]),
            (D(2026, 1, 30), "97530", 2, ["GO"]), (D(2026, 1, 30), "97140", 1, ["GO"])]),
        ("Delacorte, Phineas", "MTC-60248", "JV2601270045598", [
            (D(2026, 1, 6), "97163", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"]),
            (D(2026, 1, 13), "97110", 2, ["GP"]), (D(2026, 1, 13), "97116", 2, ["GP"]),
            (D(2026, 1, 20), "97110", 3, ["GP"]), (D(2026, 1, 20), "97140", 1, ["GP", "59"]),
            (D(2026, 1, 27), "97110", 2, ["GP"]), (D(2026, 1, 27), "97116", 1, ["GP"]),
            (D(2026, 1, 27), "97530", 1, ["GP"])]),
        ("Szymanski, Rosalie", "MTC-60259", "JV2601270045631", [
            (D(2026, 1, 8), "92523", 1, ["GN"]), (D(2026, 1, 15), "92507", 1, ["GN"]),
            (D(2026, 1, 22), "92526", 1, ["GN"]), (D(2026, 1, 29), "92507", 1, ["GN"], "CO")]),
    ]
    total_paid = ZERO
    for name, acct, icn, spec in claims:
        ss = svcs(spec, medicare, st, sequestration=False, deny_reason="97")
        cl = CL(acct, icn, name)
        if y[0] > H - 90:
            doc.new_page()
            furniture()
        doc.text(30, y[0], f"Patient: {name}", 8.5, True)
        doc.text(230, y[0], f"Acct #: {acct}", 8.5)
        doc.text(340, y[0], f"Payer ICN: {icn}", 8.5)
        doc.text(520, y[0], "Claim status: 1 - processed as primary", 8.5)
        y[0] += 16
        head()
        for s in ss:
            if y[0] > H - 64:
                doc.text(W - 30, H - 22, "continued on next page", 7.5, False, "r")
                doc.new_page()
                furniture()
                doc.text(30, y[0], f"Patient: {name}   Acct #: {acct}   Payer ICN: {icn}   (cont.)", 8.5, True)
                y[0] += 16
                head()
            rm = ["M80"] if s.denied else (["N657"] if "CO" in s.mods else [])
            adj = "  ".join(f"{g}{c} {M(a)}" for g, c, a in s.adjs)
            T.row(y[0], [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), f"{s.units:.2f}", M(s.billed),
                         M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.copay), M(s.paid), adj,
                         " ".join(rm), M(s.owes)])
            doc.hline(30, W - 30, y[0] + 3, 0.2)
            R.line(doc, s, cl, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes"),
                   adjustments=s.adjs, remarks=rm)
            y[0] += 12.5
        T.row(y[0] + 2, ["Claim total", None, None, None, M(tsum(ss, "billed")), M(tsum(ss, "allowed")),
                         M(tsum(ss, "deductible")), M(tsum(ss, "coinsurance")), M(tsum(ss, "copay")),
                         M(tsum(ss, "paid")), None, None, M(tsum(ss, "owes"))], bold=True)
        R.claim(cl, billed=tsum(ss, "billed"), allowed=tsum(ss, "allowed"), paid=tsum(ss, "paid"),
                patient_owes=tsum(ss, "owes"))
        total_paid += tsum(ss, "paid")
        y[0] += 26
    doc.text(30, y[0], f"Batch posted: {M(total_paid, '$')}    Claims: {len(claims)}", 9, True)
    y[0] += 14
    for c, t in legend:
        doc.text(30, y[0], f"{c}: {t}", 7.5)
        y[0] += 10
    n = doc.page_no
    for i, p in enumerate(doc.pages, 1):
        p.append(("t", 30, H - 22, f"Printed 02/02/2026 08:14  Page {i}/{n}", "LibNarrow", 7.5, False))
    return doc, R, legend, "fpdf2", "PM system ERA posting detail, MA payer, long claim across pages"


# =============================================================================================== s1
@layout
def s1_clinic_family_statement(out):
    """therapy clinic family statement, reportlab Liberation Serif, right sidebar, visit headings."""
    doc, R = Doc("LibSerif"), Rec()
    W = doc.W
    legend = []
    cols = [("Date", 36, "l"), ("Description", 86, "l"), ("Code", 250, "l"), ("Qty", 306, "r"),
            ("Charge", 352, "r"), ("Ins. paid", 398, "r"), ("Your portion", 446, "r")]
    T = Table(doc, cols, 7.8)
    y = [0]

    def furniture(first):
        doc.text(36, 40, "Willowbrook Children's Therapy Center", 14, True)
        doc.text(36, 53, "2250 Orchard Spur Road, Suite 4  -  Caldera Springs, CO 80921  -  (719) 555-0186", 7.6)
        doc.hline(36, W - 36, 60, 0.8)
        doc.box(462, 72, 114, 170 if first else 60, 0.7, 0.94)
        doc.text(470, 86, "Guarantor", 7.6, True)
        doc.text(470, 97, "Celestine Abara-Whitfield", 7.6)
        doc.text(470, 110, "Family account 40-2218", 7.6)
        if first:
            doc.text(470, 130, "Statement date", 7.6, True)
            doc.text(470, 141, "February 6, 2026", 7.6)
            doc.text(470, 161, "Please pay", 7.6, True)
            doc.text(470, 194, "Due by March 6, 2026", 7.6)
            doc.text(470, 214, "Pay online: willowbrook-", 7)
            doc.text(470, 224, "therapy.example/pay", 7)
        y[0] = 92 if first else 80

    furniture(True)
    doc.text(36, 92, "Celestine Abara-Whitfield", 9.5)
    doc.text(36, 104, "61 Larkspur Terrace", 9.5)
    doc.text(36, 116, "Caldera Springs, CO 80917", 9.5)
    doc.text(36, 146, "Visits for your family since your last statement", 10.5, True)
    y[0] = 168
    st = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    visits = [
        ("Imani Abara-Whitfield", "V-903318", "Front Range Health Plan", "FR60114223", [
            (D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97533", 1, ["GO"])]),
        ("Imani Abara-Whitfield", "V-903406", "Front Range Health Plan", "FR60121907", [
            (D(2026, 1, 13), "97530", 2, ["GO"]), (D(2026, 1, 13), "97533", 1, ["GO"])]),
        ("Theo Abara-Whitfield", "V-903377", "Front Range Health Plan", "FR60120551", [
            (D(2026, 1, 9), "92523", 1, []), (D(2026, 1, 16), "92507", 1, [])]),
        ("Imani Abara-Whitfield", "V-903512", "Front Range Health Plan", "FR60128830", [
            (D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97112", 1, ["GO"]),
            (D(2026, 1, 27), "97530", 2, ["GO"]), (D(2026, 1, 27), "97535", 1, ["GO"]),
            (D(2026, 1, 27), "97542", 1, ["GO"], "PR")]),
        ("Celestine Abara-Whitfield", "V-903590", "Front Range Health Plan", "FR60130014", [
            (D(2026, 1, 22), "97140", 2, ["GP"]), (D(2026, 1, 22), "97110", 2, ["GP"])]),
        ("Theo Abara-Whitfield", "V-903601", None, None, [
            (D(2026, 1, 30), "92507", 1, [])]),
    ]
    due = ZERO
    for patient, visit, ins, icn, spec in visits:
        if icn:
            ss = svcs(spec, commercial, st, deny_reason="204")
        else:
            ss = [Svc(*t[:2], t[2], tuple(t[3])) for t in spec]
            for s in ss:
                s.owes = s.billed
        cl = CL(visit, icn, patient)
        if y[0] > 690:
            doc.text(36, 760, "Continued on next page", 7.5)
            doc.new_page()
            furniture(False)
        doc.text(36, y[0], f"{patient}  -  Visit {visit}", 8.8, True)
        doc.text(36, y[0] + 10.5, (f"Billed to {ins}, claim {icn}" if ins else "Self-pay visit (no insurance on file "
                                   "for this date)"), 7.4)
        y[0] += 24
        T.head(y[0])
        doc.hline(36, 450, y[0] + 3, 0.4)
        y[0] += 14
        for s in ss:
            if y[0] > 730:
                doc.text(36, 760, "Continued on next page", 7.5)
                doc.new_page()
                furniture(False)
                doc.text(36, y[0], f"{patient}  -  Visit {visit} (continued)", 8.8, True)
                y[0] += 14
                T.head(y[0])
                y[0] += 14
            code = s.code + "".join(s.mods)
            T.row(y[0], [dfmt(s.dos, "mdyn"), s.desc, code, units_str(s.units), M(s.billed, "$"),
                         M(s.paid, "$"), M(s.owes, "$")])
            R.line(doc, s, cl, ("billed", "paid", "patient_owes"))
            y[0] += 12
        T.row(y[0] + 2, [None, "Visit balance", None, None, M(tsum(ss, "billed"), "$"), M(tsum(ss, "paid"), "$"),
                         M(tsum(ss, "owes"), "$")], bold=True)
        R.claim(cl, billed=tsum(ss, "billed"), paid=tsum(ss, "paid"), patient_owes=tsum(ss, "owes"))
        due += tsum(ss, "owes")
        y[0] += 24
    paid_by_you = Decimal("40.00")
    if y[0] > 690:
        doc.new_page()
        furniture(False)
    doc.text(86, y[0], "Payment received 01/24/2026 - thank you", 8)
    doc.text(446, y[0], "-" + M(paid_by_you, "$"), 8, False, "r")
    y[0] += 16
    doc.text(86, y[0], "Amount due for all family members", 9, True)
    doc.text(446, y[0], M(due - paid_by_you, "$"), 9, True, "r")
    doc.pages[0].append(("t", 470, 180, M(due - paid_by_you, "$"), "LibSerif", 14, True))
    n = doc.page_no
    for i, p in enumerate(doc.pages, 1):
        p.append(("t", 36, 774, f"Account 40-2218  |  page {i} of {n}  |  Billing questions: (719) 555-0187",
                  "LibSerif", 7.2, False))
    return doc, R, legend, "reportlab", "therapy clinic family statement, sidebar, self-pay visit"


# =============================================================================================== s2
@layout
def s2_hospital_family_statement(out):
    """hospital outpatient-rehab guarantor statement, fpdf2 DejaVu Sans, revenue codes, line-level posting."""
    doc, R = Doc("DejaSans"), Rec()
    W = doc.W
    legend = []
    cols = [("Date", 34, "l"), ("Rev", 84, "l"), ("HCPCS", 110, "l"), ("Mod", 148, "l"), ("Units", 196, "r"),
            ("Service", 204, "l"), ("Charges", 408, "r"), ("Insurance\npayments", 462, "r"),
            ("Adjust-\nments", 516, "r"), ("Patient\nbalance", 578, "r")]
    T = Table(doc, cols, 6.9)
    y = [0]

    def furniture(first):
        doc.box(34, 28, W - 68, 36, 0.8)
        doc.text(42, 44, "ST. AUDRA REGIONAL MEDICAL CENTER", 11.5, True)
        doc.text(42, 56, "Outpatient Rehabilitation Services  |  Patient Financial Services (888) 555-0163", 7.2)
        doc.text(W - 42, 44, "GUARANTOR STATEMENT", 9.5, True, "r")
        doc.text(W - 42, 56, "Guarantor #: G-5510832", 7.2, False, "r")
        y[0] = 84 if first else 84

    furniture(True)
    doc.text(34, 84, "Desmond K. Falkenrath", 9)
    doc.text(34, 96, "3390 Heronwood Drive", 9)
    doc.text(34, 108, "Lindell Crossing, WI 53597", 9)
    doc.box(360, 76, 218, 42, 0.6)
    doc.text(366, 88, "Statement date: 02/05/2026", 7.6)
    doc.text(366, 99, "Accounts on this statement: 3", 7.6)
    doc.text(366, 110, "Total due from you: see last page", 7.6)
    y[0] = 140
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    accounts = [
        ("Desmond K. Falkenrath", "HB0048811207", "Lakeland Mutual Insurance", "LM2601163399", [
            ("0434", D(2026, 1, 7), "97168", 1, ["GO"]), ("0434", D(2026, 1, 7), "97530", 2, ["GO"]),
            ("0434", D(2026, 1, 9), "97530", 2, ["GO"]), ("0434", D(2026, 1, 9), "97535", 1, ["GO"]),
            ("0434", D(2026, 1, 12), "97530", 2, ["GO"]), ("0434", D(2026, 1, 12), "97140", 1, ["GO"]),
            ("0274", D(2026, 1, 12), "L3807", 1, ["LT"]), ("0434", D(2026, 1, 14), "97530", 2, ["GO"]),
            ("0434", D(2026, 1, 14), "97110", 2, ["GO"]), ("0434", D(2026, 1, 16), "97530", 2, ["GO"]),
            ("0434", D(2026, 1, 16), "97535", 1, ["GO"]), ("0434", D(2026, 1, 19), "97530", 2, ["GO"]),
            ("0434", D(2026, 1, 19), "97018", 1, ["GO"])]),
        ("Greta L. Falkenrath", "HB0048811359", "Lakeland Mutual Insurance", "LM2601203471", [
            ("0424", D(2026, 1, 8), "97161", 1, ["GP"]), ("0424", D(2026, 1, 8), "97110", 2, ["GP"]),
            ("0424", D(2026, 1, 15), "97110", 2, ["GP"]), ("0424", D(2026, 1, 15), "97116", 1, ["GP"]),
            ("0424", D(2026, 1, 22), "97110", 2, ["GP"]), ("0424", D(2026, 1, 22), "G0283", 1, ["GP"])]),
        ("Pieter Falkenrath", "HB0048811466", "Lakeland Mutual Insurance", "LM2601283519",
         [("0444", D(2026, 1, 5), "92523", 1, ["GN"])]
         + [("0444", D(2026, 1, 5) + timedelta(days=d), c, 1, ["GN"]) for d in (2, 7, 9, 14, 16, 21, 23, 28)
            for c in ("92507", "92526", "97129")]),
    ]
    grand = ZERO
    for patient, acct, ins, icn, spec in accounts:
        ss = []
        for rev, dos, code, u, mods in spec:
            ss.append(commercial(Svc(dos, code, u, tuple(mods)), st))
        cl = CL(acct, icn, patient)
        if y[0] > 660:
            doc.new_page()
            furniture(False)
        doc.box(34, y[0] - 9, W - 68, 24, 0.4, 0.9)
        doc.text(38, y[0], f"Patient: {patient}    Account: {acct}", 8.2, True)
        doc.text(38, y[0] + 10, f"Outpatient therapy series  |  Insurance: {ins}, claim {icn}", 7.2)
        y[0] += 28

        def head():
            T.head(y[0])
            doc.hline(34, W - 34, y[0] + 11, 0.4)
            y[0] += 20
        head()
        for (rev, *_), s in zip(spec, ss):
            if y[0] > 736:
                doc.text(W - 34, 762, "(account continues on next page)", 7, False, "r")
                doc.new_page()
                furniture(False)
                doc.text(38, y[0], f"Patient: {patient}    Account: {acct}    (continued)", 8.2, True)
                y[0] += 14
                head()
            T.row(y[0], [dfmt(s.dos, "mdy2"), rev, s.code, " ".join(s.mods), units_str(s.units), s.desc,
                         M(s.billed), M(s.paid), M(s.discount), M(s.owes)])
            R.line(doc, s, cl, ("billed", "paid", "discount", "patient_owes"))
            y[0] += 11
        doc.hline(34, W - 34, y[0] - 7, 0.4)
        T.row(y[0] + 2, [None, None, None, None, None, "Account totals", M(tsum(ss, "billed")),
                         M(tsum(ss, "paid")), M(tsum(ss, "discount")),
                         M(tsum(ss, "owes"))], bold=True)
        R.claim(cl, billed=tsum(ss, "billed"), paid=tsum(ss, "paid"), patient_owes=tsum(ss, "owes"))
        grand += tsum(ss, "owes")
        y[0] += 28
    if y[0] > 700:
        doc.new_page()
        furniture(False)
    doc.box(360, y[0] - 10, 218, 30, 0.8, 0.9)
    doc.text(366, y[0] + 4, "TOTAL DUE FROM YOU", 9, True)
    doc.text(572, y[0] + 4, M(grand, "$"), 9, True, "r")
    doc.text(34, y[0] + 4, "Financial assistance may be available. Ask us about payment plans.", 7.4)
    n = doc.page_no
    for i, p in enumerate(doc.pages, 1):
        p.append(("t", 34, 776, f"Page {i} of {n}   Please detach and return the coupon with your payment.",
                  "DejaSans", 6.8, False))
    return doc, R, legend, "fpdf2", "hospital guarantor statement, revenue codes, three family accounts"


# =============================================================================================== driver
def build(out: Path) -> list[str]:
    names = []
    for i, fn in enumerate(LAYOUTS, 1):
        name = fn.__name__
        doc, R, legend, producer, desc = fn(out)
        path = out / f"heldout135_{name}.pdf"
        doc.save(path, producer, f"heldout135 {name}")
        write_truth(path, name, producer, doc.page_no, desc, R.lines, R.claims, legend, R.findings)
        names.append(path.name)
    return names


# =============================================================================================== check
_AMT = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


def _amount_forms(v: str) -> list[str]:
    d = Decimal(v)
    a = abs(d)
    return [f"{a:,.2f}", f"{a:.2f}"]


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [dfmt(d, k) for k in ("mdy2", "mdy4", "mdy6", "mon", "month", "mdyn")]


def check(out: Path, names: list[str]) -> int:
    import json

    import pdfplumber
    errors = []
    nlines = npages = 0
    for name in names:
        pdf_path = out / name
        truth = json.loads((out / (name + ".truth.json")).read_text())
        with pdfplumber.open(pdf_path) as pdf:
            pages = [p.extract_text(x_tolerance=1.5, y_tolerance=2.5) or "" for p in pdf.pages]
            if len(pdf.pages) != truth["pages"]:
                errors.append(f"{name}: page count {len(pdf.pages)} != {truth['pages']}")
        npages += len(pages)
        alltext = "\n".join(pages)
        flat = re.sub(r"\s+", " ", alltext)
        rows_used = {}
        for i, ln in enumerate(truth["lines"]):
            nlines += 1
            pg = pages[ln["page"] - 1]
            rows = pg.splitlines()
            need_amts = [ln[k] for k in _AMT if ln[k] is not None]
            # the service row: a text line with the code, every printed amount and the units
            cands = []
            for j, r in enumerate(rows):
                if (ln["page"], j) in rows_used:
                    continue
                if ln["code"] and ln["code"] not in r:
                    continue
                if not all(any(f in r for f in _amount_forms(v)) for v in need_amts):
                    continue
                if ln["units"] is not None and not re.search(r"(?<![\d.,])" + re.escape(ln["units"]) +
                                                             r"(\.0+)?(?![\d,]|\.\d*[1-9])", r):
                    continue
                if not all(m in r for m in ln["modifiers"]):
                    continue
                cands.append(j)
            if not cands:
                errors.append(f"{name}: line {i} ({ln['code']} {ln['service_date']}) has no row on page {ln['page']}"
                              f" with all its values")
                continue
            # prefer a row carrying the date too; require the date on the row or within the 40 lines above it
            j = next((c for c in cands if any(f in rows[c] for f in _date_forms(ln["service_date"]))), cands[0])
            window = "\n".join(rows[max(0, j - 40): j + 1])
            if not any(f in window for f in _date_forms(ln["service_date"])):
                errors.append(f"{name}: line {i} date {ln['service_date']} not printed near its row")
            if ln["service_end"] and not any(f in rows[j] for f in _date_forms(ln["service_end"])):
                errors.append(f"{name}: line {i} end date missing")
            rows_used.setdefault((ln["page"], j), []).append(i)
            near = "\n".join(rows[j: j + 4])
            for g, c, a in ln["adjustments"]:
                if f"{g}-{c}" not in near and f"{g}{c}" not in near:
                    errors.append(f"{name}: line {i} adjustment {g}-{c} not by its row")
                if a is not None and not any(f in near for f in _amount_forms(a)):
                    errors.append(f"{name}: line {i} adjustment amount {a} not by its row")
            for rm in ln["remarks"]:
                if not re.search(r"(?<![A-Za-z0-9])" + re.escape(rm) + r"(?![A-Za-z0-9])", near):
                    errors.append(f"{name}: line {i} remark {rm} not by its row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in flat:
                    errors.append(f"{name}: line {i} {k} {ln[k]!r} not in the text")
            # arithmetic
            adj = ln["adjustments"]
            if adj and ln["billed"] is not None and ln["paid"] is not None and all(a is not None for *_, a in adj):
                if Decimal(ln["billed"]) - sum(Decimal(a) for *_, a in adj) != Decimal(ln["paid"]):
                    errors.append(f"{name}: line {i} billed - adjustments != paid")
            parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
            if ln["allowed"] is not None and ln["paid"] is not None and all(p is not None for p in parts):
                if Decimal(ln["allowed"]) - sum(Decimal(p) for p in parts) != Decimal(ln["paid"]):
                    errors.append(f"{name}: line {i} allowed - shares != paid")
            if ln["discount"] is not None and ln["allowed"] is not None and ln["billed"] is not None:
                nc = Decimal(ln["not_covered"] or "0")
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]):
                    errors.append(f"{name}: line {i} billed - discount - not covered != allowed")
        for key, idx in rows_used.items():
            if len(idx) > 1:
                errors.append(f"{name}: truth lines {idx} share one printed row {key}")
        # claim totals
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errors.append(f"{name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not any(f in flat for f in _amount_forms(v)):
                    errors.append(f"{name}: claim total {k} {v} not printed")
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
                if all(ln[k] is None for ln in mine):
                    continue  # a claim-level figure only (e.g. the remit's PT RESP), no line prints it
                if s != Decimal(v):
                    planted = any(("claim-total-mismatch claim " + str(c["payer_claim_id"])) in f and v in f
                                  and str(s) in f for f in truth["expected_findings"])
                    if not planted:
                        errors.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
        for f in truth["expected_findings"]:
            m = re.search(r"claim (\S+): printed .* total (\S+) but the lines add up to (\S+)", f)
            if not m or m.group(2) == m.group(3):
                errors.append(f"{name}: bad planted finding {f}")
        for code, text in truth["legend"]:
            if code not in flat:
                errors.append(f"{name}: legend code {code} not printed")
        print(f"  {name}: {truth['producer']}, {truth['pages']} pages, {len(truth['lines'])} lines, "
              f"{len(truth['claims'])} claims")
    print(f"{len(names)} files, {npages} pages, {nlines} lines")
    if errors:
        print(f"CHECK FAILED ({len(errors)} problems)")
        for e in errors[:80]:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout135_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    names = build(out)
    print(f"wrote {len(names)} PDFs to {out}")
    if "--check" in argv:
        # determinism: a second build must give the same bytes
        import hashlib
        first = {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in names}
        again = Path(tempfile.mkdtemp(prefix="heldout135_again_"))
        build(again)
        diff = [n for n in names if hashlib.sha256((again / n).read_bytes()).hexdigest() != first[n]]
        if diff:
            print("NOT DETERMINISTIC:", diff)
            return 1
        return check(out, names)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
