"""Write held-out set 124 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on the five commonest real document kinds (two layouts of each), in house
styles of their own.

Run:  python bench/heldout124/make_heldout124_pdfs.py OUT_DIR            (write the PDFs + truth files)
      python bench/heldout124/make_heldout124_pdfs.py OUT_DIR --check    (also self-check what was written)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Helpers: samples/pdf/eobgen.py (Svc, plan arithmetic,
money, dfmt, truth format) and bench/heldout124/h124lib.py (drawing surface and self-check).

Truth format: the one of samples/pdf (eobgen.write_truth), printed values only, null for what a layout does not
print (units null where no quantity is printed; modifiers [] where none are printed with the code; amounts null
where the layout has no such column for the line); claim_id = the provider's own account / patient-control /
visit / invoice number, payer_claim_id = the payer's claim number / ICN / reference, null where not printed;
patient = the person who got the service, exactly as printed (not the subscriber / guarantor). Adjustments are
recorded only where a layout prints group + reason codes with amounts on the service row; remarks are the note
/ EOB / remark codes printed on the row. service_date is the row's date, or the claim heading's date where the
layout prints dates only in claim headings; service_end only where a "to/thru" date is printed. Every name,
number, payer, provider and ID is invented; descriptions are our own words.

Layouts (h124_ prefix):
  01 commercial PPO family member EOB, portrait Liberation Sans (reportlab): page-1 sidebar with deductible
     progress, shaded claim bars "Patient / Provider / Claim # / Patient acct", "Date of service / Service / Qty /
     Billed / Discount / Allowed / Deductible / Copay / Coinsurance / Plan paid / You owe / Note", "97530 GO",
     letter notes, a not-covered line, three family members, a claim continued on page 2 with header repeated
  02 commercial "Health Benefit Summary", landscape DejaVu Serif (fpdf2): two-line services (code row with
     amounts, wrapped description below), "Amount Charged / Not Covered / Network Savings / Amount Covered /
     Deductible / Copay / Coinsurance / Paid by Plan / Member Responsibility / Reason", "97110-GP", "Jan 6, 2026",
     ruled rows, three family members, multi-page
  03 Medicare Summary Notice Part B, portrait DejaVu Sans (reportlab): page-1 summary, per-visit claim blocks
     dated in the heading "Service date: January 6, 2026", "Services & codes (97530) / Charged by provider /
     Medicare approved / Medicare paid provider / You may be billed / Notes", no units or modifiers, notes legend,
     claim total rows, three pages
  04 Medicare Advantage HMO member EOB, portrait Liberation Sans Narrow (fpdf2): "Your medical claims this month",
     claim boxes "Claim ID / Provider / Received", "Date / Service (code) / Units / Provider charged / Plan-approved
     / Plan paid / Your share / Note", per-visit copay, a denied line, a claim running onto page 2
  05 state Medicaid remittance advice, landscape Liberation Mono (reportlab): monospaced print with PAID / DENIED /
     ADJUSTED sections, "RECIP / RID / ICN / PAT ACCT", "LN FROM-DOS TO-DOS PROC M1 M2 UNITS BILLED ALLOWED PAID
     EOB", "010626", 4-digit EOB codes + legend, a reversal with trailing-minus amounts and its replacement, claim
     continued on page 2
  06 Medicaid managed-care plan "Provider Payment Statement", portrait DejaVu Sans Condensed (fpdf2): boxed
     member/claim grids, "Ln / Svc Date / Proc / Mod / Qty / Billed / Allowed / Paid / Adj Codes", "CO-45 12.50",
     denials CO-96/CO-197, header repeated on the next page
  07 clearinghouse "ERA Detail Print" of a Medicare Part B payment, landscape core Times (reportlab): check/EFT
     block, label grids per claim (Patient / MBI / Patient Ctrl # / Payer Claim # / Status), "Svc Date / Proc-Mods
     / Units / Charged / Allowed / Deduct / Coins / Adjustments / RARC / Paid", "97140-GP-KX", glued "CO45 41.23",
     sequestration, a denied line, claim totals
  08 practice-management "Insurance Payment Posting Journal" for a Medicare check, landscape DejaVu Sans Mono
     (fpdf2): rows carry acct + patient, "DOS / CPT / Mod / Qty / Charge / Approved / Deduct / Coins / Seq /
     Contr Adj / Paid / Codes", codes "CO45 PR2 CO253" beside amount columns, a take-back in parentheses
  09 therapy clinic family statement, portrait core Helvetica (reportlab): tear-off stub, "Date / Patient / Visit
     # / Code / Description / Units / Charges / Ins. Paid / Ins. Adj. / Your Balance", several family
     members, payer claim numbers, a claim whose rows run onto page 2 with no repeated header
  10 hospital outpatient-rehab family statement, portrait Liberation Serif (fpdf2): one section per family
     member's hospital account, "Date / Rev / CPT-HCPCS / Mod / Description / Qty / Charges", account summaries
     (insurance payments / adjustments per account, not per line), insurance claim number per account, a
     PLANTED account-total mismatch declared as an expected finding, continued accounts

--check verifies the factory, not the reader: page counts; every truth line's code (+ modifiers as the layout
prints them), units, every printed amount in the layout's money format, adjustment codes/amounts and remarks
printed on the row and its row date, all on ONE extracted text line of its page (or the two lines a two-line
layout uses; heading-dated layouts: the heading date on the same page); claim ids, payer claim ids, patients and
descriptions in the document's text; billed - adjustments = paid where every adjustment is printed;
allowed - deductible - copay - coinsurance = paid where printed (no sequestration); every printed claim total is
in the text and equals the sum of its lines unless planted and declared; at least three files carry a claim
across a page break.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    LONG_DESC,
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
from h124lib import Flow, Pdf, check_file, spans_pages  # noqa: E402

D = Decimal


def J(d: int) -> date:
    return date(2026, 1, d)


def mk(spec, fn, *a, **k):
    """spec: (day, code, units, mods[, denied])."""
    out = []
    for t in sorted(spec, key=lambda t: t[0]):
        s = Svc(J(t[0]), t[1], t[2], tuple(t[3].split()) if t[3] else (), denied=t[4] if len(t) > 4 else None)
        out.append(fn(s, *a, **k))
    return out


class Doc:
    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []


def tl(s, page, cl, printed, **kw):
    return truth_line(page, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"), patient=cl["patient"],
                      printed=printed, **kw)


def add_claim(doc, cl, **tot):
    doc.claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"), "patient": cl["patient"],
                       "totals": claim_totals(**tot)})


# ================================================================================ 01 commercial member EOB (rl)

def l01(pdf: Pdf, N):
    m = lambda d: money(d, ",")  # noqa: E731
    fam = [("Amara Okonkwo-Reyes", "02"), ("Tobias Okonkwo-Reyes", "03"), ("Daniel Okonkwo-Reyes", "01")]
    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    cls = [
        dict(patient=fam[0][0], prov="Bright Path Pediatric Therapy", icn="SRH26-0041177", acct="BPT-88213",
             svcs=mk([(5, "97165", 1, "GO"), (5, "97530", 2, "GO"), (7, "97530", 3, "GO"), (7, "97535", 1, "GO 59"),
                      (9, "97530", 3, "GO"), (9, "97112", 1, "GO 59"), (12, "97530", 2, "GO"), (12, "97140", 1, "GO 59"),
                      (14, "97530", 3, "GO"), (14, "97535", 2, "GO"), (16, "97530", 2, "GO"), (16, "97760", 1, "GO"),
                      (16, "L3807", 1, "RT"), (19, "97530", 3, "GO"), (19, "97535", 1, "GO"), (21, "97530", 2, "GO"),
                      (21, "97112", 1, "GO 59"), (23, "97530", 3, "GO"), (23, "97140", 1, "GO 59"), (26, "97530", 2, "GO"),
                      (26, "97535", 2, "GO"), (28, "97530", 3, "GO"), (28, "97112", 1, "GO 59"), (30, "97530", 2, "GO"),
                      (30, "97168", 1, "GO")], commercial, st)),
        dict(patient=fam[1][0], prov="Bright Path Pediatric Therapy", icn="SRH26-0041178", acct="BPT-88240",
             svcs=mk([(6, "92523", 1, "GN"), (8, "92507", 1, "GN"), (13, "92507", 1, "GN"), (15, "92507", 1, "GN", "PR")],
                     commercial, st)),
        dict(patient=fam[2][0], prov="Lakeside Orthopedic Associates", icn="SRH26-0043902", acct="LOA-551903",
             svcs=mk([(19, "99213", 1, "25"), (19, "97161", 1, "GP"), (21, "97110", 2, "GP"), (21, "97140", 1, "GP")],
                     commercial, PlanState(ded_left=ZERO, copay_codes={"99213": D("35.00")}, allowed_rate=D("0.74")))),
    ]
    for s in cls[0]["svcs"]:
        s.remarks = ["A"] if s.deductible else ["B"]
    cls[1]["svcs"][-1].remarks = ["K"]
    cls = [cls[1], cls[2], cls[0]]
    cols = [(36, "L"), (92, "L"), (146, "R"), (190, "R"), (232, "R"), (274, "R"), (318, "R"), (356, "R"),
            (404, "R"), (452, "R"), (500, "R"), (540, "L")]
    hdr = [["Date of", "", "", "", "", "", "", "", "", "", "", ""],
           ["service", "Service", "Qty", "Billed", "Discount", "Allowed", "Deductible", "Copay", "Coinsurance",
            "Plan paid", "You owe", "Note"]]

    def page(p):
        n = p.pages
        p.text(36, 44, "SUMMIT RIDGE", "L", "LSans-B", 18)
        p.text(36, 58, "HEALTH PLAN", "L", "LSans", 10)
        p.text(576, 44, "Explanation of Benefits", "R", "LSans-B", 13)
        p.text(576, 58, "THIS IS NOT A BILL", "R", "LSans", 8)
        p.line(36, 66, 576, 66, 1.2)
        p.text(306, 770, f"Page {n} of {N or '?'}", "C", "LSans", 7)
        p.text(36, 780, "Summit Ridge Health Plan, PO Box 4410, Harlan Falls, OR 97999   Member services 1-800-555-0164",
               "L", "LSans", 6.5)
        if n > 1:
            p.text(36, 80, "Subscriber: Daniel Okonkwo-Reyes    Member ID: SRX 402 118 7    Statement date: 01/30/2026",
                   "L", "LSans", 8)
            return 96
        p.font("LSans", 9)
        for i, s in enumerate(["DANIEL OKONKWO-REYES", "1187 WINDMILL CT", "CEDAR HOLLOW OR 97990"]):
            p.text(48, 96 + 12 * i, s)
        p.rect(396, 78, 180, 122)
        p.rect(396, 78, 180, 16, fill=0.85)
        p.text(404, 89, "Your plan at a glance", "L", "LSans-B", 8.5)
        side = [("Statement date", "01/30/2026"), ("Member ID", "SRX 402 118 7"), ("Group", "77120 - Kestrel Mills"),
                ("Plan", "Choice PPO 3000"), ("Family deductible", "$3,000.00"), ("Met so far", "$1,240.00"),
                ("Out-of-pocket limit", "$8,000.00"), ("Met so far ", "$2,015.60")]
        for i, (a, b) in enumerate(side):
            p.text(404, 108 + 12 * i, a, "L", "LSans", 7.5)
            p.text(568, 108 + 12 * i, b, "R", "LSans", 7.5)
        p.text(36, 150, "This statement explains how your plan processed the claims listed below. Keep it with",
               "L", "LSans", 8)
        p.text(36, 161, "your records. If a provider bills you more than the You owe amount, call Member services.",
               "L", "LSans", 8)
        return 214

    fl = Flow(pdf, page, 730)
    doc = Doc()

    def tablehead():
        pdf.font("LSans-B", 6.8)
        pdf.row(fl.y, cols, hdr[0])
        pdf.row(fl.y + 8, cols, hdr[1])
        pdf.line(36, fl.y + 11, 576, fl.y + 11)
        fl.y += 20

    for cl in cls:
        fl.need(70)

        def bar(cont=False, cl=cl):
            pdf.rect(36, fl.y, 540, 24, fill=0.9)
            pdf.text(40, fl.y + 9, f"Patient: {cl['patient']}" + ("   (continued)" if cont else ""), "L", "LSans-B", 8)
            pdf.text(300, fl.y + 9, f"Provider: {cl['prov']}", "L", "LSans", 8)
            pdf.text(40, fl.y + 20, f"Claim #: {cl['icn']}", "L", "LSans", 8)
            pdf.text(300, fl.y + 20, f"Patient acct: {cl['acct']}", "L", "LSans", 8)
            fl.y += 34
            tablehead()

        bar()
        for s in cl["svcs"]:
            fl.need(12, lambda: bar(True))
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            pdf.font("LSans", 7)
            pdf.row(fl.y, cols, [dfmt(s.dos, "mdy4"), code, units_str(s.units), m(s.billed), m(s.discount),
                                 m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes),
                                 " ".join(s.remarks)])
            doc.lines.append(tl(s, fl.page, cl, ("billed", "discount", "allowed", "deductible", "copay",
                                                  "coinsurance", "paid", "patient_owes"),
                                remarks=s.remarks, description=False))
            fl.y += 11
        fl.need(20)
        sv = cl["svcs"]
        pdf.line(36, fl.y - 7, 576, fl.y - 7)
        pdf.font("LSans-B", 7)
        pdf.row(fl.y + 2, cols, ["Claim totals", "", "", m(total(sv, "billed")), m(total(sv, "discount")),
                                 m(total(sv, "allowed")), "", "", "", m(total(sv, "paid")), m(total(sv, "owes")), ""])
        add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
        fl.y += 26
    fl.need(60)
    pdf.text(36, fl.y, "Notes", "L", "LSans-B", 8)
    legend = [("A", "Amount applied to your family deductible."), ("B", "Paid at the in-network rate; the discount "
              "is not billed to you."), ("K", "This visit is over the speech therapy visit limit for the plan year; "
              "you may be billed.")]
    for i, (a, b) in enumerate(legend):
        pdf.text(36, fl.y + 12 + 10 * i, f"{a}  {b}", "L", "LSans", 7)
    doc.legend = legend
    return doc


FMT01 = dict(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), units=lambda u: u,
             code=lambda c, m: [c] + m, remark=lambda r: r,
             fields=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"))


# ================================================================================ 02 commercial summary (fpdf2)

def l02(pdf: Pdf, N):
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=D("80.00"), coins_rate=D("0.10"), allowed_rate=D("0.85"))
    cls = [
        dict(patient="Priya Vasquez-Holt", prov="Meadowlark Hand & Upper Limb Clinic", icn="E2601-77310-04",
             acct="MHC0091822",
             svcs=mk([(6, "97166", 1, "GO"), (6, "97760", 1, "GO"), (6, "L3807", 1, "LT"), (13, "97140", 2, "GO"),
                      (13, "97110", 2, "GO"), (20, "97140", 2, "GO"), (20, "97110", 1, "GO"), (20, "0552T", 1, "", "PR")],
                     commercial, st, deny_reason="204")),
        dict(patient="Marcus Vasquez-Holt", prov="Riverbend Physical Therapy", icn="E2601-80155-01",
             acct="RPT-20611",
             svcs=mk([(8, "97163", 1, "GP"), (8, "97110", 2, "GP"), (10, "97110", 2, "GP"), (10, "97116", 1, "GP"),
                      (15, "97110", 2, "GP CQ"), (15, "97140", 1, "GP CQ"), (17, "97110", 2, "GP CQ"),
                      (17, "G0283", 1, "GP")], commercial, st)),
        dict(patient="Elena Vasquez-Holt", prov="Riverbend Physical Therapy", icn="E2601-80502-02",
             acct="RPT-20644",
             svcs=mk([(22, "97161", 1, "GP"), (22, "97112", 2, "GP 59"), (27, "97112", 2, "GP"), (27, "97530", 1, "GP")],
                     commercial, st)),
    ]
    for cl in cls:
        for s in cl["svcs"]:
            s.desc = LONG_DESC.get(s.code, s.desc)
            s.remarks = ["N7"] if s.denied else (["D1"] if s.deductible else [])
    cols = [(28, "L"), (88, "L"), (178, "R"), (236, "R"), (292, "R"), (350, "R"), (410, "R"), (462, "R"),
            (506, "R"), (560, "R"), (626, "R"), (690, "R"), (712, "L")]
    hdr = ["Service Date", "Procedure", "Units", "Amount", "Not", "Network", "Amount", "Deductible", "Copay",
           "Coinsurance", "Paid by", "Member", "Reason"]
    hdr2 = ["", "", "", "Charged", "Covered", "Savings", "Covered", "", "", "", "Plan", "Responsibility", ""]

    def page(p):
        p.text(28, 40, "Cascadia Benefit Alliance", "L", "DSerif-B", 15)
        p.text(764, 40, "Health Benefit Summary", "R", "DSerif-B", 12)
        p.text(28, 54, "Subscriber: Rafael Vasquez-Holt   ID: CBA-7781-20945   Group: Northgate Public Schools",
               "L", "DSerif", 8)
        p.text(764, 54, "Issued: February 2, 2026", "R", "DSerif", 8)
        p.line(28, 60, 764, 60, 1)
        p.text(396, 596, f"Page {p.pages} of {N or '?'}   -   This is not a bill. Keep for your tax and "
               "spending-account records.", "C", "DSerif", 6.5)
        return 78

    fl = Flow(pdf, page, 570)
    doc = Doc()

    def head(cl, cont=False):
        pdf.text(28, fl.y, f"{cl['patient']}{' - continued' if cont else ''}", "L", "DSerif-B", 9.5)
        pdf.text(28, fl.y + 12, f"Provider: {cl['prov']}    Claim Number: {cl['icn']}    Provider Account: "
                 f"{cl['acct']}", "L", "DSerif", 7.5)
        fl.y += 24
        pdf.font("DSerif-B", 6.5)
        pdf.row(fl.y, cols, hdr)
        pdf.row(fl.y + 8, cols, hdr2)
        pdf.line(28, fl.y + 12, 764, fl.y + 12, 0.8)
        fl.y += 22

    for cl in cls:
        fl.need(80)
        head(cl)
        for s in cl["svcs"]:
            fl.need(24, lambda cl=cl: head(cl, True))
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            pdf.font("DSerif", 7)
            pdf.row(fl.y, cols, [dfmt(s.dos, "mon"), code, units_str(s.units), m(s.billed), m(s.not_covered),
                                 m(s.discount), m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid),
                                 m(s.owes), " ".join(s.remarks)])
            pdf.text(88, fl.y + 9, s.desc, "L", "DSerif", 6.5)
            pdf.line(28, fl.y + 13, 764, fl.y + 13, 0.2)
            doc.lines.append(tl(s, fl.page, cl, ("billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                                  "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            fl.y += 22
        fl.need(16)
        sv = cl["svcs"]
        pdf.font("DSerif-B", 7)
        pdf.row(fl.y, cols, ["Claim Total", "", "", m(total(sv, "billed")), "", "", m(total(sv, "allowed")), "", "",
                             "", m(total(sv, "paid")), m(total(sv, "owes")), ""])
        add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
        fl.y += 24
    legend = [("D1", "Part of this amount went toward the individual deductible."),
              ("N7", "Laser therapy is not a covered benefit under this plan; the member is responsible.")]
    fl.need(40)
    pdf.text(28, fl.y, "Reason codes", "L", "DSerif-B", 8)
    for i, (a, b) in enumerate(legend):
        pdf.text(28, fl.y + 11 + 10 * i, f"{a} - {b}", "L", "DSerif", 7)
    doc.legend = legend
    return doc


FMT02 = dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mon"), units=lambda u: u,
             code=lambda c, m: [c + ("-" + "-".join(m) if m else "")], remark=lambda r: r, span=2,
             fields=("billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                     "patient_owes"))


# ================================================================================ 03 MSN Part B (rl)

ADDR03 = {"Harborview Outpatient Rehabilitation": "300 Pier Road, Port Ellison, ME 04999",
          "Coastal Speech & Swallow Center": "18 Gull Lane Unit B, Port Ellison, ME 04998",
          "Dr. Ignatius Fenwick, MD": "4410 Route 9, Saltmarsh, ME 04997"}


def l03(pdf: Pdf, N):
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=D("60.00"))
    pat = "WINIFRED T. ABERNATHY-COLE"
    visits = [
        ("Harborview Outpatient Rehabilitation", "26-0109-4418-220", [(6, "97163", 1, "GP"), (6, "97110", 2, "GP")]),
        ("Harborview Outpatient Rehabilitation", "26-0112-4420-017", [(8, "97110", 2, "GP"), (8, "97140", 1, "GP"),
                                                                      (8, "97116", 1, "GP")]),
        ("Harborview Outpatient Rehabilitation", "26-0116-4427-905", [(13, "97110", 2, "GP KX"), (13, "97112", 1, "GP"),
                                                                      (13, "G0283", 1, "GP")]),
        ("Coastal Speech & Swallow Center", "26-0120-5530-441", [(15, "92523", 1, "GN"), (15, "92526", 1, "GN")]),
        ("Coastal Speech & Swallow Center", "26-0126-5538-112", [(22, "92507", 1, "GN"), (22, "97129", 1, "GN"),
                                                                  (22, "0552T", 1, "", "CO")]),
        ("Dr. Ignatius Fenwick, MD", "26-0129-6611-078", [(26, "99213", 1, ""), (26, "97760", 1, "GO"),
                                                          (26, "L3807", 1, "RT")]),
    ]
    cls = []
    for prov, icn, spec in visits:
        sv = mk(spec, medicare, st, sequestration=True)
        for s in sv:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
        cls.append(dict(patient=pat, prov=prov, icn=icn, svcs=sv))
    cols = [(40, "L"), (330, "R"), (400, "R"), (470, "R"), (540, "R"), (556, "L")]

    def page(p):
        n = p.pages
        p.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", "L", "DSans-B", 12)
        p.text(40, 54, f"{pat}   |   Notice date: February 2, 2026   |   Medicare number: 5TX9-QW2-MK71",
               "L", "DSans", 7.5)
        p.line(40, 60, 572, 60, 1.5)
        p.text(572, 770, f"Page {n} of {N or '?'}", "R", "DSans", 7)
        p.text(40, 770, "Call 1-800-555-0199 with questions. TTY users call 1-800-555-0198.", "L", "DSans", 7)
        if n == 1:
            p.text(40, 86, "THIS IS NOT A BILL", "L", "DSans-B", 11)
            p.rect(40, 96, 250, 92)
            p.text(48, 112, "Your Deductible Status", "L", "DSans-B", 9)
            p.text(48, 128, "Your deductible is what you must pay each year", "L", "DSans", 7.5)
            p.text(48, 139, "before Medicare pays. You have now met $60.00", "L", "DSans", 7.5)
            p.text(48, 150, "of your Part B deductible for 2026.", "L", "DSans", 7.5)
            p.rect(310, 96, 262, 92)
            p.text(318, 112, "Your Claims & Costs This Period", "L", "DSans-B", 9)
            tb = sum((total(c["svcs"], "owes") for c in cls), ZERO)
            p.text(318, 130, "Did Medicare approve all services?   NO", "L", "DSans", 7.5)
            p.text(318, 142, "Number of visits: 6", "L", "DSans", 7.5)
            p.text(318, 154, f"Total you may be billed: {m(tb)}", "L", "DSans", 7.5)
            p.text(40, 212, "Your Claims for Part B (Medical Insurance)", "L", "DSans-B", 10)
            p.text(40, 224, "Part B helps pay for therapy, doctor visits and supplies. The notes after each claim "
                   "explain decisions.", "L", "DSans", 7.5)
            return 246
        return 84

    fl = Flow(pdf, page, 740)
    doc = Doc()
    for cl in cls:
        sv = cl["svcs"]
        fl.need(34 + 11 * len(sv) + 20)
        pdf.rect(40, fl.y, 532, 13, fill=0.88)
        pdf.text(44, fl.y + 9.5, f"Service date: {dfmt(sv[0].dos, 'month')}", "L", "DSans-B", 8)
        pdf.text(568, fl.y + 9.5, f"Claim number {cl['icn']}", "R", "DSans", 7.5)
        pdf.text(44, fl.y + 23, f"{cl['prov']}, {ADDR03[cl['prov']]}", "L", "DSans", 7.5)
        fl.y += 36
        pdf.font("DSans-B", 6.8)
        pdf.row(fl.y, cols, ["Services & codes", "Charged by", "Medicare", "Medicare paid", "You may be", "Notes"])
        pdf.row(fl.y + 8, cols, ["", "provider", "approved", "provider", "billed", ""])
        pdf.line(40, fl.y + 11, 572, fl.y + 11, 0.5)
        fl.y += 21
        for s in sv:
            pdf.font("DSans", 7.2)
            pdf.row(fl.y, cols, [f"{s.desc} ({s.code})", m(s.billed), m(s.allowed), m(s.paid), m(s.owes),
                                 " ".join(s.remarks)])
            doc.lines.append(tl(s, fl.page, cl, ("billed", "allowed", "paid", "patient_owes"), units=False,
                                modifiers=False, remarks=s.remarks))
            fl.y += 11
        pdf.line(40, fl.y - 7, 572, fl.y - 7, 0.3)
        pdf.font("DSans-B", 7.2)
        pdf.row(fl.y + 1, cols, ["Total for this claim", m(total(sv, "billed")), m(total(sv, "allowed")),
                                 m(total(sv, "paid")), m(total(sv, "owes")), ""])
        add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
        fl.y += 26
    legend = [("A", "The approved amount is based on the Medicare fee schedule for this service."),
              ("B", "This amount was applied to your yearly deductible."),
              ("C", "Medicare does not pay for this experimental service. The provider may not bill you for it.")]
    fl.need(60)
    pdf.text(40, fl.y, "Notes for Part B", "L", "DSans-B", 9)
    for i, (a, b) in enumerate(legend):
        pdf.text(40, fl.y + 13 + 11 * i, f"{a}  {b}", "L", "DSans", 7.2)
    doc.legend = legend
    return doc


FMT03 = dict(money=lambda d: money(d, "$"), date=None, head_date=lambda d: dfmt(d, "month"), units=lambda u: u,
             code=lambda c, m: [f"({c})"], remark=lambda r: r, fields=("billed", "allowed", "paid", "patient_owes"))


# ================================================================================ 04 Medicare Advantage EOB (fpdf2)

def l04(pdf: Pdf, N):
    m = lambda d: money(d, "$")  # noqa: E731
    pat = "Leopold R. Szymanski"
    st = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.46"))
    cls = [
        dict(icn="MA260110-338817", acct="SRP-4471-A", prov="Stillwater Rehab Partners",
             svcs=mk([(5, "97167", 1, "GO"), (7, "97530", 2, "GO"), (7, "97535", 1, "GO"), (9, "97530", 2, "GO"),
                      (9, "97112", 1, "GO"), (12, "97530", 2, "GO CO"), (12, "97535", 1, "GO CO"), (14, "97530", 2, "GO"),
                      (14, "97140", 1, "GO"), (16, "97530", 2, "GO CO"), (16, "97535", 1, "GO CO"), (19, "97530", 2, "GO"),
                      (19, "97168", 1, "GO"), (21, "97530", 2, "GO"), (21, "97129", 1, "GO", "CO"), (23, "97530", 2, "GO"),
                      (23, "97535", 1, "GO"), (26, "97530", 2, "GO CO"), (26, "97112", 1, "GO CO"), (28, "97530", 2, "GO"),
                      (28, "97535", 1, "GO"), (30, "97530", 2, "GO"), (30, "97140", 1, "GO")],
                     commercial, st, deny_reason="197")),
        dict(icn="MA260124-340552", acct="VFC-0098731", prov="Valley Family Clinic",
             svcs=mk([(23, "99213", 1, ""), (23, "G0283", 1, "")], commercial, PlanState(visit_copay=D("15.00"),
                                                                                       allowed_rate=D("0.55")))),
        dict(icn="MA260127-341009", acct="SRP-4519-A", prov="Stillwater Rehab Partners",
             svcs=mk([(26, "97530", 2, "GO"), (26, "97535", 1, "GO"), (28, "97530", 2, "GO KX"),
                      (28, "97110", 1, "GO KX")], commercial, st)),
    ]
    cls.append(dict(icn="MA260120-339946", acct="PHT-771204", prov="Pinecrest Home Therapy Services",
                    svcs=mk([(10, "97161", 1, "GP"), (10, "97116", 2, "GP"), (17, "97116", 2, "GP"), (17, "97110", 1, "GP"),
                             (24, "97116", 2, "GP"), (24, "97110", 1, "GP"), (31, "97116", 2, "GP"),
                             (31, "97110", 2, "GP")], commercial, PlanState(visit_copay=D("20.00"),
                                                                                allowed_rate=D("0.48")))))
    cls = [cls[1], cls[3], cls[2], cls[0]]
    for cl in cls:
        cl["patient"] = pat
        for s in cl["svcs"]:
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else ["2"])
            if s.denied:
                s.owes = ZERO
    cols = [(40, "L"), (92, "L"), (300, "R"), (360, "R"), (424, "R"), (484, "R"), (540, "R"), (552, "L")]
    hdr = ["Date", "Service (code)", "Units", "Provider charged", "Plan-approved", "Plan paid", "Your share", "Note"]

    def page(p):
        p.text(40, 42, "NORTHSTAR SENIOR ADVANTAGE (HMO)", "L", "LNarrow-B", 14)
        p.text(572, 42, "Explanation of Benefits", "R", "LNarrow-B", 12)
        p.text(40, 56, f"Member: {pat}   Member number: NSA-00419-6620   Benefit period: January 1 - 31, 2026",
               "L", "LNarrow", 8.5)
        p.line(40, 62, 572, 62, 1)
        p.text(306, 768, f"Page {p.pages} of {N or '?'}  |  Northstar Senior Advantage is an HMO plan with a Medicare "
               "contract.  H9999_EOB26_M", "C", "LNarrow", 7)
        if p.pages == 1:
            p.text(40, 84, "Your medical claims this month", "L", "LNarrow-B", 11)
            p.text(40, 98, "This shows the services your plan processed. The Your share column is what the provider may"
                   " bill you.", "L", "LNarrow", 8.5)
            return 118
        return 80

    fl = Flow(pdf, page, 740)
    doc = Doc()

    def box(cl, cont=False):
        pdf.rect(40, fl.y, 532, 26)
        pdf.text(46, fl.y + 10, f"Claim ID {cl['icn']}" + ("  (continued from previous page)" if cont else ""), "L",
                 "LNarrow-B", 8.5)
        pdf.text(46, fl.y + 21, f"Provider: {cl['prov']}   Your account with provider: {cl['acct']}   Received "
                 "01/30/2026", "L", "LNarrow", 8)
        fl.y += 38
        pdf.font("LNarrow-B", 8)
        pdf.row(fl.y, cols, hdr)
        pdf.line(40, fl.y + 3, 572, fl.y + 3, 0.4)
        fl.y += 13

    for cl in cls:
        fl.need(90)
        box(cl)
        for s in cl["svcs"]:
            fl.need(12, lambda cl=cl: box(cl, True))
            pdf.font("LNarrow", 8)
            pdf.row(fl.y, cols, [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code})", units_str(s.units), m(s.billed),
                                 m(s.allowed), m(s.paid), m(s.owes), " ".join(s.remarks)])
            doc.lines.append(tl(s, fl.page, cl, ("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                                remarks=s.remarks))
            fl.y += 14
        sv = cl["svcs"]
        fl.need(16)
        pdf.font("LNarrow-B", 8)
        pdf.row(fl.y + 2, cols, ["", "Claim total", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                                 m(total(sv, "paid")), m(total(sv, "owes")), ""])
        add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
        fl.y += 26
    legend = [("1", "Your visit copay for outpatient therapy."), ("2", "Plan paid in full at the contracted rate."),
              ("3", "Not covered under your plan. The provider cannot bill you for this service.")]
    fl.need(50)
    pdf.text(40, fl.y, "Notes", "L", "LNarrow-B", 9)
    for i, (a, b) in enumerate(legend):
        pdf.text(40, fl.y + 12 + 10 * i, f"Note {a}: {b}", "L", "LNarrow", 8)
    doc.legend = legend
    return doc


FMT04 = dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"), units=lambda u: u,
             code=lambda c, m: [f"({c})"], remark=lambda r: r, fields=("billed", "allowed", "paid", "patient_owes"))


# ================================================================================ 05 Medicaid RA mono (rl)

def l05(pdf: Pdf, N):
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    d6 = lambda d: dfmt(d, "mdy6")  # noqa: E731
    paid0 = [
        dict(patient="FONTAINE, JOSIAH", rid="R882031457", icn="2626030118800412", acct="KTC10441",
             svcs=mk([(5, "97530", 4, "GO"), (5, "97535", 2, "GO 59"), (7, "97530", 4, "GO"), (7, "97112", 2, "GO 59"),
                      (9, "97530", 4, "GO"), (12, "97530", 4, "GO"), (12, "97140", 2, "GO 59"), (14, "97530", 3, "GO"),
                      (14, "97535", 2, "GO"), (16, "97530", 4, "GO"), (19, "97530", 4, "GO"), (19, "97112", 2, "GO 59"),
                      (21, "97530", 4, "GO"), (23, "97530", 3, "GO"), (23, "97535", 2, "GO 59"), (26, "97530", 4, "GO"),
                      (26, "97168", 1, "GO"), (27, "97530", 4, "GO"), (27, "97535", 2, "GO 59"), (28, "97530", 4, "GO"),
                      (28, "97112", 2, "GO 59"), (29, "97530", 3, "GO"), (30, "97530", 4, "GO"), (30, "97140", 2, "GO 59")],
                     medicaid)),
        dict(patient="FONTAINE, MAE-LIN", rid="R882031460", icn="2626030118800413", acct="KTC10452",
             svcs=mk([(6, "92523", 1, ""), (8, "92507", 1, ""), (13, "92507", 1, ""), (20, "92507", 1, "")], medicaid)),
    ]
    paid0.append(dict(patient="FONTAINE, AUGUSTINE", rid="R882031462", icn="2626030118800414", acct="KTC10455",
                      svcs=mk([(5, "97110", 2, "GP"), (5, "97140", 1, "GP"), (7, "97110", 2, "GP"), (9, "97110", 2, "GP"),
                               (9, "97116", 1, "GP"), (12, "97110", 2, "GP"), (14, "97110", 2, "GP"), (14, "97140", 1, "GP"),
                               (16, "97110", 2, "GP"), (19, "97110", 2, "GP"), (21, "97110", 2, "GP"),
                               (21, "97116", 1, "GP")], medicaid)))
    paid = [paid0[1], paid0[2], paid0[0]]
    denied = [dict(patient="ORTEGA-BLUM, CASSIUS", rid="R770915221", icn="2626030118800488", acct="KTC10470",
                   svcs=mk([(8, "97165", 1, "GO", "CO"), (8, "97530", 2, "GO", "CO")], medicaid, deny_reason="177"))]
    orig = mk([(29, "97110", 3, "GP"), (29, "97140", 2, "GP")], medicaid)
    rev = [negate(s) for s in orig]
    repl = mk([(29, "97110", 4, "GP"), (29, "97140", 2, "GP")], medicaid)
    adjd = [dict(patient="NAKAMURA-PIKE, TESSA", rid="R559003118", icn="2626030118800501", acct="KTC10391",
                 svcs=rev, tag="CREDIT (ORIGINAL ICN 2626010304411907)"),
            dict(patient="NAKAMURA-PIKE, TESSA", rid="R559003118", icn="2626030118800502", acct="KTC10391R",
                 svcs=repl, tag="REPLACEMENT")]
    for cl in paid:
        for s in cl["svcs"]:
            s.remarks = ["0311"]
    for s in denied[0]["svcs"]:
        s.remarks = ["2207"]
    for s in rev:
        s.remarks = ["0790"]
    for s in repl:
        s.remarks = ["0311"]
    cols = [(40, "L"), (66, "L"), (116, "L"), (166, "L"), (208, "L"), (232, "L"), (286, "R"), (350, "R"),
            (414, "R"), (478, "R"), (498, "L")]
    hdr = ["LN", "FROM-DOS", "TO-DOS", "PROC", "M1", "M2", "UNITS", "BILLED", "ALLOWED", "PAID", "EOB"]
    state = {"sec": ""}

    def page(p):
        p.font("LMono", 8)
        p.text(40, 36, "STATE OF NORTH WESTMARCH  -  MEDICAL ASSISTANCE PROGRAM", "L", "LMono-B", 9)
        p.text(752, 36, f"PAGE {p.pages:>4} OF {N or 0:>4}", "R", "LMono", 8)
        p.text(40, 48, "REMITTANCE ADVICE       PROVIDER: KINDLEWOOD THERAPY COOPERATIVE    NPI 1999000124    "
               "RA NO 0004418    DATE 02/02/2026", "L", "LMono", 8)
        p.text(40, 58, "-" * 118, "L", "LMono", 8)
        y = 72
        if state["sec"]:
            p.text(40, y, f"*** {state['sec']} (CONTINUED) ***", "L", "LMono-B", 8)
            y += 12
        return y

    fl = Flow(pdf, page, 560)
    doc = Doc()

    def chead(cl, cont=False):
        pdf.font("LMono", 8)
        pdf.text(40, fl.y, f"RECIP: {cl['patient']:<24} RID: {cl['rid']}  ICN: {cl['icn']}  PAT ACCT: {cl['acct']}"
                 + ("  (CONT)" if cont else ""))
        if cl.get("tag"):
            pdf.text(40, fl.y + 10, f"       {cl['tag']}")
            fl.y += 10
        fl.y += 11
        pdf.row(fl.y, cols, hdr)
        fl.y += 11

    for sec, group in (("CLAIMS PAID", paid), ("CLAIMS DENIED", denied), ("CLAIM ADJUSTMENTS", adjd)):
        fl.need(60)
        state["sec"] = sec
        pdf.text(40, fl.y, f"*** {sec} ***", "L", "LMono-B", 8)
        fl.y += 14
        for cl in group:
            fl.need(44)
            chead(cl)
            for i, s in enumerate(cl["svcs"], 1):
                fl.need(11, lambda cl=cl: chead(cl, True))
                md = list(s.mods) + ["", ""]
                pdf.font("LMono", 8)
                pdf.row(fl.y, cols, [f"{i:02d}", d6(s.dos), d6(s.dos), s.code, md[0], md[1], units_str(s.units),
                                     m(s.billed), m(s.allowed), m(s.paid), " ".join(s.remarks)])
                doc.lines.append(tl(s, fl.page, cl, ("billed", "allowed", "paid"), service_end=s.dos,
                                    remarks=s.remarks, description=False))
                fl.y += 10.5
            sv = cl["svcs"]
            pdf.row(fl.y, cols, ["", "CLAIM TOTAL", "", "", "", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                                 m(total(sv, "paid")), ""])
            add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
            fl.y += 18
    state["sec"] = ""
    allc = paid + denied + adjd
    fl.need(80)
    tb = m(sum((total(c["svcs"], "billed") for c in allc), ZERO))
    tp = m(sum((total(c["svcs"], "paid") for c in allc), ZERO))
    pdf.text(40, fl.y, f"PAYMENT SUMMARY   CLAIMS: {len(allc)}   BILLED: {tb}   PAID: {tp}   NET PAYMENT: {tp}",
             "L", "LMono-B", 8)
    legend = [("0311", "PAID AT THE PROGRAM MAXIMUM FOR THIS PROCEDURE."),
              ("2207", "RECIPIENT NOT ENROLLED ON THE DATE OF SERVICE."),
              ("0790", "EARLIER PAYMENT RECOVERED; SEE REPLACEMENT CLAIM.")]
    pdf.text(40, fl.y + 16, "EOB CODE LEGEND", "L", "LMono-B", 8)
    for i, (a, b) in enumerate(legend):
        pdf.text(40, fl.y + 28 + 10 * i, f"{a}  {b}", "L", "LMono", 8)
    doc.legend = legend
    return doc


FMT05 = dict(money=lambda d: money(d, ",", "trail"), date=lambda d: dfmt(d, "mdy6"), units=lambda u: u,
             code=lambda c, m: [c] + m, remark=lambda r: r, fields=("billed", "allowed", "paid"))


# ================================================================================ 06 Medicaid MCO statement (fpdf2)

def l06(pdf: Pdf, N):
    m = lambda d: money(d, ",")  # noqa: E731
    cls = [
        dict(patient="Harriet Okafor", mid="WH20773145", icn="WHP-26-0021187", acct="SV-34412",
             svcs=mk([(5, "97161", 1, "GP"), (5, "97110", 2, "GP"), (7, "97110", 2, "GP"), (7, "97140", 1, "GP 59"),
                      (9, "97110", 3, "GP"), (12, "97110", 2, "GP"), (12, "97116", 2, "GP"), (14, "97110", 3, "GP"),
                      (16, "97110", 2, "GP"), (16, "97140", 2, "GP 59"), (19, "97110", 3, "GP"), (21, "97110", 2, "GP"),
                      (21, "97112", 1, "GP 59"), (23, "97110", 3, "GP"), (26, "97110", 2, "GP"), (26, "97140", 1, "GP 59"),
                      (28, "97110", 3, "GP"), (28, "97116", 2, "GP"), (30, "97110", 2, "GP"), (30, "97140", 1, "GP 59"),
                      (6, "97110", 2, "GP"), (8, "97110", 2, "GP"), (13, "97110", 2, "GP"), (15, "97110", 2, "GP"),
                      (20, "97110", 2, "GP"), (22, "97110", 2, "GP"), (27, "97110", 2, "GP"), (29, "97110", 2, "GP"),
                      (6, "97116", 1, "GP"), (8, "97116", 1, "GP"), (13, "97116", 1, "GP"), (15, "97116", 1, "GP"),
                      (20, "97116", 1, "GP"), (22, "97116", 1, "GP"), (27, "97116", 1, "GP"), (29, "97116", 1, "GP")],
                     medicaid)),
        dict(patient="Desmond Okafor", mid="WH20773152", icn="WHP-26-0021190", acct="SV-34418",
             svcs=mk([(8, "97165", 1, "GO"), (8, "97530", 2, "GO"), (15, "97530", 2, "GO"),
                      (15, "97129", 1, "GO", "CO")],
                     medicaid, deny_reason="96")),
        dict(patient="Lucia Benavides", mid="WH31180026", icn="WHP-26-0021244", acct="SV-34501",
             svcs=mk([(20, "92507", 1, "GN"), (27, "92507", 1, "GN"), (27, "92526", 1, "GN")], medicaid)),
    ]
    cls = [cls[1], cls[2], cls[0]]
    for cl in cls:
        for s in cl["svcs"]:
            s.remarks = ["N381"] if s.denied else []
    cols = [(44, "L"), (64, "L"), (122, "L"), (162, "L"), (214, "R"), (268, "R"), (322, "R"), (376, "R"), (392, "L")]
    hdr = ["Ln", "Svc Date", "Proc", "Mod", "Qty", "Billed", "Allowed", "Paid", "Adj Codes / Remarks"]

    def page(p):
        p.rect(36, 30, 540, 40, fill=0.92)
        p.text(44, 46, "WILLOWHAVEN COMMUNITY HEALTH PLAN", "L", "DCond-B", 12)
        p.text(44, 60, "Medicaid Managed Care  -  Provider Payment Statement", "L", "DCond", 8.5)
        p.text(568, 46, "Payee: Sunvale Therapy Group", "R", "DCond", 8)
        p.text(568, 60, "Payment #: EFT 000551274   Paid 02/02/2026", "R", "DCond", 8)
        p.text(306, 770, f"Page {p.pages} of {N or '?'}", "C", "DCond", 7)
        return 90

    fl = Flow(pdf, page, 745)
    doc = Doc()

    def grid(cl, cont=False):
        pdf.rect(36, fl.y, 540, 30)
        pdf.line(216, fl.y, 216, fl.y + 30)
        pdf.line(396, fl.y, 396, fl.y + 30)
        lab = [("Member", cl["patient"] + (" (cont.)" if cont else "")), ("Member ID", cl["mid"]),
               ("Claim No.", cl["icn"])]
        for i, (a, b) in enumerate(lab):
            pdf.text(42 + 180 * i, fl.y + 10, a, "L", "DCond", 6.5)
            pdf.text(42 + 180 * i, fl.y + 23, b, "L", "DCond-B", 8.5)
        pdf.text(42, fl.y + 40, f"Patient Control No. {cl['acct']}    Claim status: "
                 f"{'Denied' if all(s.denied for s in cl['svcs']) else 'Paid'}", "L", "DCond", 7.5)
        fl.y += 54
        pdf.font("DCond-B", 7.5)
        pdf.row(fl.y, cols, hdr)
        pdf.line(36, fl.y + 3, 576, fl.y + 3, 0.4)
        fl.y += 13

    for cl in cls:
        fl.need(110)
        grid(cl)
        for i, s in enumerate(cl["svcs"], 1):
            fl.need(12, lambda cl=cl: grid(cl, True))
            adj = " ".join(f"{g}-{c} {m(a)}" for g, c, a in s.adjs) + (" " + " ".join(s.remarks) if s.remarks else "")
            pdf.font("DCond", 7.5)
            pdf.row(fl.y, cols, [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                                 m(s.billed), m(s.allowed), m(s.paid), adj.strip()])
            doc.lines.append(tl(s, fl.page, cl, ("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                                description=False))
            fl.y += 11
        sv = cl["svcs"]
        fl.need(14)
        pdf.line(36, fl.y - 7, 576, fl.y - 7, 0.4)
        pdf.font("DCond-B", 7.5)
        pdf.row(fl.y + 2, cols, ["", "Claim totals", "", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                                 m(total(sv, "paid")), ""])
        add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        fl.y += 24
    legend = [("CO-45", "Charge above the plan's Medicaid fee schedule; not billable to the member."),
              ("CO-96", "Service is not a covered benefit for this member's program."),
              ("N381", "Review your contract terms for this service.")]
    fl.need(50)
    pdf.text(40, fl.y, "Code descriptions", "L", "DCond-B", 8)
    for i, (a, b) in enumerate(legend):
        pdf.text(40, fl.y + 12 + 10 * i, f"{a}: {b}", "L", "DCond", 7.5)
    doc.legend = legend
    return doc


FMT06 = dict(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), units=lambda u: u,
             code=lambda c, m: [c] + ([" ".join(m)] if m else []), remark=lambda r: r,
             adj=lambda g, c, a: [f"{g}-{c}", money(a, ",")], fields=("billed", "allowed", "paid"))


# ================================================================================ 07 clearinghouse ERA print (rl)

def l07(pdf: Pdf, N):
    m = lambda d: money(d, "")  # noqa: E731
    st = PlanState(ded_left=D("40.00"))
    cls = [
        dict(patient="PELLETIER, GRACE A", mbi="7QH2-RT4-JW55", acct="OC260105A", icn="22026030412880",
             svcs=mk([(5, "97166", 1, "GO"), (5, "97530", 2, "GO"), (7, "97530", 3, "GO"), (7, "97140", 1, "GO 59"),
                      (9, "97530", 3, "GO KX"), (9, "97535", 1, "GO KX")], medicare, st)),
        dict(patient="BRANDT, OSWALD J", mbi="3MD8-KE1-XC20", acct="OC260106C", icn="22026030412881",
             svcs=mk([(6, "97161", 1, "GP"), (6, "97110", 2, "GP"), (8, "97110", 2, "GP CQ"), (8, "97140", 1, "GP"),
                      (8, "0552T", 1, "GP", "CO")], medicare, PlanState(), deny_reason="50")),
        dict(patient="ASHWORTH, LENORE", mbi="9WC4-NB6-PP31", acct="OC260112B", icn="22026030412885",
             svcs=mk([(12, "92523", 1, "GN"), (14, "92507", 1, "GN"), (16, "92507", 1, "GN")], medicare, PlanState())),
    ]
    for cl in cls:
        for s in cl["svcs"]:
            s.remarks = ["N130"] if s.denied else []
    cols = [(30, "L"), (84, "L"), (178, "R"), (232, "R"), (286, "R"), (336, "R"), (386, "R"), (400, "L"),
            (586, "L"), (700, "R")]
    hdr = ["Svc Date", "Proc-Mods", "Units", "Charged", "Allowed", "Deduct", "Coins", "Adjustments", "RARC", "Paid"]

    def page(p):
        p.text(30, 38, "MedBridge Claims Exchange", "L", "Times-Bold", 14)
        p.text(762, 38, "ERA Detail Print", "R", "Times-Bold", 12)
        p.text(30, 51, "Payer: Medicare Part B - Jurisdiction 17 (contractor 99917)   Payee: Orchard Crest Therapy LLC "
               "NPI 1990012404", "L", "Times-Roman", 8.5)
        p.line(30, 56, 762, 56, 0.8)
        p.text(762, 596, f"Page {p.pages} of {N or '?'}", "R", "Times-Roman", 7.5)
        p.text(30, 596, "Printed 02/03/2026 09:14 by user bkeller  -  source file ERA_0203_17.835", "L",
               "Times-Roman", 7.5)
        if p.pages == 1:
            p.rect(30, 64, 732, 30)
            for i, (a, b) in enumerate([("Payment method", "ACH"), ("EFT trace #", "884100271"),
                                        ("Payment date", "02/02/2026"), ("Payment amount", m(sum((total(c["svcs"], "paid") for c in cls), ZERO)))]):
                p.text(38 + 183 * i, 76, a, "L", "Times-Roman", 7.5)
                p.text(38 + 183 * i, 88, b, "L", "Times-Bold", 9)
            return 112
        return 72

    fl = Flow(pdf, page, 575)
    doc = Doc()
    for cl in cls:
        sv = cl["svcs"]
        fl.need(60 + 12 * len(sv))
        labs = [("Patient", cl["patient"]), ("MBI", cl["mbi"]), ("Patient Ctrl #", cl["acct"]),
                ("Payer Claim #", cl["icn"]), ("Status", "1 Primary"), ("Claim Charge", m(total(sv, "billed")))]
        pdf.rect(30, fl.y, 732, 14, fill=0.9)
        for i, (a, b) in enumerate(labs):
            pdf.text(34 + 122 * i, fl.y + 10, f"{a}: {b}", "L", "Times-Roman", 7.5)
        fl.y += 26
        pdf.font("Times-Bold", 8)
        pdf.row(fl.y, cols, hdr)
        pdf.line(30, fl.y + 3, 762, fl.y + 3, 0.4)
        fl.y += 13
        for s in sv:
            pdf.font("Times-Roman", 8)
            code = "-".join((s.code,) + s.mods)
            adj = "  ".join(f"{g}{c} {m(a)}" for g, c, a in s.adjs)
            pdf.row(fl.y, cols, [dfmt(s.dos, "mdy4"), code, units_str(s.units), m(s.billed), m(s.allowed),
                                 m(s.deductible), m(s.coinsurance), adj, " ".join(s.remarks), m(s.paid)])
            doc.lines.append(tl(s, fl.page, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                                adjustments=s.adjs, remarks=s.remarks, description=False))
            fl.y += 11.5
        pdf.font("Times-Bold", 8)
        pdf.line(30, fl.y - 8, 762, fl.y - 8, 0.3)
        pt = total(sv, "owes")
        pdf.row(fl.y + 1, cols, ["", "Claim totals", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                                 m(total(sv, "deductible")), m(total(sv, "coinsurance")), f"Pt Resp {m(pt)}", "",
                                 m(total(sv, "paid"))])
        add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        fl.y += 24
    allp = sum((total(c["svcs"], "paid") for c in cls), ZERO)
    fl.need(70)
    pdf.text(30, fl.y, f"Check/EFT total: {m(allp)}    Claims: {len(cls)}    Provider adjustments: none",
             "L", "Times-Bold", 9)
    legend = [("CO45", "Contractual reduction"), ("PR1", "Deductible"), ("PR2", "Coinsurance"),
              ("CO253", "Sequestration reduction"), ("CO50", "Payer found the service not needed for the condition"),
              ("N130", "Consult plan benefit documents for coverage limits")]
    pdf.text(30, fl.y + 14, "Code glossary: " + ";  ".join(f"{a} {b}" for a, b in legend), "L", "Times-Roman", 7.5)
    doc.legend = legend
    return doc


FMT07 = dict(money=lambda d: money(d, ""), date=lambda d: dfmt(d, "mdy4"), units=lambda u: u,
             code=lambda c, m: ["-".join([c] + m)], remark=lambda r: r, adj=lambda g, c, a: [f"{g}{c}", money(a, "")],
             fields=("billed", "allowed", "deductible", "coinsurance", "paid"))


# ================================================================================ 08 PM posting journal (fpdf2)

def l08(pdf: Pdf, N):
    m = lambda d: money(d, ",", "()")  # noqa: E731
    st = PlanState(ded_left=D("25.00"))
    pats = [("Whitcombe, Alma", "100482", "11260188320"), ("Delacroix, Ferris", "100517", "11260188331"),
            ("Quayle, Imogen", "100523", "11260188347"), ("Quayle, Imogen", "100523", "11260091102")]
    specs = [
        [(5, "97163", 1, "GP"), (5, "97110", 2, "GP"), (7, "97110", 2, "GP"), (7, "97140", 1, "GP 59"),
         (9, "97110", 2, "GP"), (9, "97112", 1, "GP 59"), (12, "97110", 2, "GP CQ"), (12, "97116", 1, "GP CQ")],
        [(6, "97165", 1, "GO"), (6, "97530", 2, "GO"), (8, "97530", 2, "GO"), (8, "97535", 1, "GO 59")],
        [(13, "97110", 2, "GP KX"), (13, "97140", 2, "GP KX"), (15, "97110", 2, "GP KX"), (15, "G0283", 1, "GP")],
    ]
    cls = []
    for (nm, acct, icn), sp in zip(pats, specs):
        cls.append(dict(patient=nm, acct=acct, icn=icn, svcs=mk(sp, medicare, st)))
    orig = mk([(2, "97110", 3, "GP KX"), (2, "97140", 1, "GP KX")], medicare, PlanState())
    cls.append(dict(patient=pats[3][0], acct=pats[3][1], icn=pats[3][2], svcs=[negate(s) for s in orig], rev=True))
    cols = [(28, "L"), (72, "L"), (158, "L"), (216, "L"), (246, "L"), (290, "R"), (350, "R"), (410, "R"), (460, "R"),
            (510, "R"), (560, "R"), (620, "R"), (682, "R"), (694, "L")]
    hdr = ["Acct", "Patient", "DOS", "CPT", "Mod", "Qty", "Charge", "Approved", "Deduct", "Coins", "Seq",
           "Contr Adj", "Paid", "Codes"]

    def page(p):
        p.font("DMono", 7)
        p.text(28, 32, "ORCHARD LANE REHAB - PRACTICE LEDGER v8.2", "L", "DMono-B", 9)
        p.text(764, 32, f"Page {p.pages}/{N or 0}", "R", "DMono", 7)
        p.text(28, 44, "INSURANCE PAYMENT POSTING JOURNAL   Carrier: MEDICARE B (MCR-B)   Check# 0088413392   "
               "Deposit 02/03/2026   Batch 2026-0203-01", "L", "DMono", 7)
        p.line(28, 50, 764, 50, 0.6)
        p.font("DMono-B", 6.8)
        p.row(62, cols, hdr)
        p.line(28, 66, 764, 66, 0.3)
        return 78

    fl = Flow(pdf, page, 575)
    doc = Doc()
    for cl in cls:
        fl.need(30)
        pdf.text(28, fl.y, f"Claim ICN {cl['icn']}" + ("   ** TAKE-BACK OF PRIOR PAYMENT **" if cl.get("rev") else ""),
                 "L", "DMono-B", 6.8)
        fl.y += 10
        for s in cl["svcs"]:
            fl.need(10)
            pdf.font("DMono", 6.8)
            adjm = {f"{g}{c}": a for g, c, a in s.adjs}
            pdf.row(fl.y, cols, [cl["acct"], cl["patient"], dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods),
                                 units_str(s.units), m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance),
                                 m(s.seq), m(adjm.get("CO45", ZERO)), m(s.paid), " ".join(adjm)])
            doc.lines.append(tl(s, fl.page, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                                adjustments=s.adjs, description=False))
            fl.y += 10
        sv = cl["svcs"]
        pdf.font("DMono-B", 6.8)
        pdf.row(fl.y, cols, ["", "  claim total", "", "", "", "", m(total(sv, "billed")), m(total(sv, "allowed")), "",
                             "", "", "", m(total(sv, "paid")), f"xfer pt {m(total(sv, 'owes'))}"])
        add_claim(doc, cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        fl.y += 16
    allp = sum((total(c["svcs"], "paid") for c in cls), ZERO)
    fl.need(30)
    pdf.text(28, fl.y, f"BATCH TOTAL POSTED {m(allp)}   CHECK AMOUNT {m(allp)}   UNAPPLIED 0.00", "L", "DMono-B", 7)
    doc.legend = [("CO45", "contractual"), ("PR1", "deductible"), ("PR2", "coinsurance"), ("CO253", "sequestration")]
    return doc


def _fmt08_adj(g, c, a):
    return [f"{g}{c}", money(a, ",", "()")]


FMT08 = dict(money=lambda d: money(d, ",", "()"), date=lambda d: dfmt(d, "mdy2"), units=lambda u: u,
             code=lambda c, m: [c] + ([" ".join(m)] if m else []), adj=_fmt08_adj,
             fields=("billed", "allowed", "deductible", "coinsurance", "paid"))


# ================================================================================ 09 clinic family statement (rl)

def l09(pdf: Pdf, N):
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=D("200.00"), coins_rate=D("0.20"), allowed_rate=D("0.80"))
    kids = [("Juniper Marlowe-Achebe", "V2601-0311", "BWP88104417"),
            ("Silas Marlowe-Achebe", "V2601-0324", "BWP88104522"),
            ("Odette Marlowe-Achebe", "V2601-0360", "BWP88107730"),
            ("Naomi Marlowe-Achebe", "V2601-0388", "BWP88109015")]
    specs = [
        [(5, "97530", 2, "GO"), (5, "97535", 1, "GO"), (7, "97530", 2, "GO"), (7, "97112", 1, "GO"),
         (12, "97530", 3, "GO"), (14, "97530", 2, "GO"), (14, "97535", 1, "GO"), (19, "97530", 3, "GO"),
         (21, "97530", 2, "GO"), (21, "97112", 1, "GO"), (23, "97530", 2, "GO"), (23, "97535", 1, "GO"),
         (26, "97530", 3, "GO"), (26, "97112", 1, "GO"), (28, "97530", 2, "GO"), (28, "97535", 1, "GO"),
         (30, "97530", 2, "GO"), (30, "97140", 1, "GO")],
        [(6, "92507", 1, "GN"), (13, "92507", 1, "GN"), (20, "92507", 1, "GN"), (27, "92507", 1, "GN")],
        [(8, "97166", 1, "GO"), (8, "97530", 2, "GO"), (15, "97530", 2, "GO"), (15, "97760", 1, "GO"),
         (22, "97530", 2, "GO"), (22, "97150", 1, "GO", "PR")],
        [(9, "97163", 1, "GP"), (9, "97110", 2, "GP"), (9, "97140", 1, "GP"), (16, "97110", 2, "GP"),
         (16, "97140", 1, "GP"), (16, "G0283", 1, "GP"), (23, "97110", 2, "GP"), (23, "97140", 1, "GP"),
         (30, "97110", 2, "GP"), (30, "97112", 1, "GP")],
    ]
    cls = [dict(patient=n, acct=v, icn=c, svcs=mk(sp, commercial, st)) for (n, v, c), sp in zip(kids, specs)]
    cls = [cls[1], cls[2], cls[3], cls[0]]
    cols = [(40, "L"), (84, "L"), (196, "L"), (250, "L"), (300, "L"), (400, "R"), (446, "R"), (494, "R"),
            (536, "R"), (576, "R")]
    hdr = ["Date", "Patient", "Visit #", "Code", "Description", "Units", "Charges", "Ins. Paid", "Ins. Adj.",
           "Your Balance"]

    def page(p):
        p.text(40, 40, "Little Acorn Pediatric Therapy", "L", "Helvetica-Bold", 15)
        p.text(40, 52, "2200 Orchard Row, Suite 4   Maple Junction, WI 53999   (608) 555-0142", "L", "Helvetica", 7.5)
        p.text(576, 40, "STATEMENT", "R", "Helvetica-Bold", 13)
        p.text(576, 768, f"Page {p.pages} of {N or '?'}", "R", "Helvetica", 7)
        if p.pages == 1:
            p.rect(330, 62, 246, 76)
            for i, (a, b) in enumerate([("Statement date", "02/02/2026"), ("Guarantor", "Naomi Marlowe-Achebe"),
                                        ("Guarantor acct", "G-004172"), ("Amount due", "see below"),
                                        ("Amount enclosed", "$__________")]):
                p.text(338, 76 + 13 * i, a, "L", "Helvetica", 8)
                p.text(570, 76 + 13 * i, b, "R", "Helvetica-Bold", 8)
            p.text(40, 90, "NAOMI MARLOWE-ACHEBE", "L", "Helvetica", 8.5)
            p.text(40, 101, "47 LINDEN BEND", "L", "Helvetica", 8.5)
            p.text(40, 112, "MAPLE JUNCTION WI 53998", "L", "Helvetica", 8.5)
            p.line(36, 150, 576, 150, 0.3)
            p.text(306, 158, "- - - please detach and return the top portion with your payment - - -", "C",
                   "Helvetica", 6.5)
            p.text(40, 180, "Account activity", "L", "Helvetica-Bold", 10)
            p.text(40, 192, "Insurance on file: Blue Willow PPO (claims shown with the insurer's claim number)", "L",
                   "Helvetica", 7.5)
            y = 208
            p.font("Helvetica-Bold", 7.2)
            p.row(y, cols, hdr)
            p.line(40, y + 3, 576, y + 3, 0.6)
            return y + 14
        return 70

    fl = Flow(pdf, page, 745)
    doc = Doc()
    for cl in cls:
        fl.need(24)
        pdf.text(84, fl.y, f"Insurance claim {cl['icn']} - Blue Willow PPO", "L", "Helvetica-Bold", 7)
        fl.y += 10
        for s in cl["svcs"]:
            fl.need(11)
            pdf.font("Helvetica", 7.2)
            pdf.row(fl.y, cols, [dfmt(s.dos, "mdyn"), cl["patient"], cl["acct"], s.code + "".join(s.mods),
                                 s.desc[:24], units_str(s.units), m(s.billed), m(s.paid), m(s.discount),
                                 m(s.owes)])
            doc.lines.append(tl(s, fl.page, cl, ("billed", "paid", "discount", "patient_owes"), description=False))
            fl.y += 12.5
        sv = cl["svcs"]
        pdf.font("Helvetica-Bold", 7.2)
        pdf.row(fl.y, cols, ["", "", "", "", "Visit subtotal", "", m(total(sv, "billed")), m(total(sv, "paid")),
                             m(total(sv, "discount")), m(total(sv, "owes"))])
        add_claim(doc, cl, billed=total(sv, "billed"), paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        fl.y += 18
    due = sum((total(c["svcs"], "owes") for c in cls), ZERO)
    fl.need(60)
    pdf.text(40, fl.y, "12/30/2025  Payment received - thank you (check 2291)", "L", "Helvetica", 7.2)
    pdf.text(576, fl.y, "-$40.00", "R", "Helvetica", 7.2)
    pdf.text(40, fl.y + 16, "Please pay this amount", "L", "Helvetica-Bold", 9)
    pdf.text(576, fl.y + 16, m(due - D("40.00")), "R", "Helvetica-Bold", 9)
    pdf.text(40, fl.y + 30, "Questions about your bill? Call our billing office Monday-Friday 8-4.", "L", "Helvetica",
             7.5)
    doc.legend = []
    return doc


FMT09 = dict(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdyn"), units=lambda u: u,
             code=lambda c, m: [c + "".join(m)], fields=("billed", "paid", "discount", "patient_owes"))


# ================================================================================ 10 hospital family statement (fpdf2)

def l10(pdf: Pdf, N):
    m = lambda d: money(d, ",")  # noqa: E731
    rev = {"97530": "0434", "97535": "0434", "97165": "0434", "97166": "0434", "97110": "0424", "97140": "0424",
           "97161": "0424", "97163": "0424", "97116": "0424", "92507": "0444", "92523": "0444", "L3807": "0274", "97760": "0434"}
    accts = [
        dict(patient="Beatrix Solano-Frye", acct="H0098124471", icn="3326011500871",
             svcs=mk([(5, "97166", 1, "GO"), (5, "97530", 2, "GO"), (7, "97530", 3, "GO"), (7, "97535", 1, "GO 59"),
                      (9, "97530", 2, "GO"), (12, "97530", 3, "GO"), (12, "97760", 1, "GO"), (12, "L3807", 1, "LT"),
                      (14, "97530", 2, "GO"), (16, "97530", 3, "GO"), (16, "97535", 2, "GO"), (19, "97530", 2, "GO"),
                      (21, "97530", 3, "GO"), (21, "97535", 1, "GO"), (23, "97530", 2, "GO"), (26, "97530", 3, "GO"),
                      (26, "97535", 1, "GO"), (28, "97530", 2, "GO"), (30, "97530", 3, "GO"), (30, "97535", 1, "GO"),
                      (6, "97530", 2, "GO"), (8, "97530", 2, "GO"), (13, "97530", 2, "GO"), (15, "97530", 2, "GO"),
                      (20, "97530", 2, "GO"), (22, "97530", 2, "GO"), (27, "97530", 2, "GO"), (29, "97530", 2, "GO")],
                     commercial, PlanState(allowed_rate=D("0.70"))), pay="1,380.77", adj="591.73"),
        dict(patient="Caspian Solano-Frye", acct="H0098124502", icn="3326011500904",
             svcs=mk([(8, "92523", 1, "GN"), (15, "92507", 1, "GN"), (22, "92507", 1, "GN"), (29, "92507", 1, "GN")],
                     commercial, PlanState()), pay="448.00", adj="192.00"),
        dict(patient="Ruth Solano-Frye", acct="H0098124539", icn="3326011500950",
             svcs=mk([(13, "97161", 1, "GP"), (13, "97110", 2, "GP"), (20, "97110", 3, "GP"), (20, "97140", 1, "GP"),
                      (27, "97116", 2, "GP")], commercial, PlanState()), pay="570.00", adj="210.00"),
    ]
    accts.append(dict(patient="Ingrid Solano-Frye", acct="H0098124560", icn="3326011500988",
                      svcs=mk([(6, "97163", 1, "GP"), (6, "97140", 2, "GP"), (9, "97110", 2, "GP"), (9, "97140", 1, "GP"),
                               (16, "97110", 3, "GP"), (16, "97116", 1, "GP"), (23, "97110", 2, "GP"),
                               (23, "97140", 1, "GP")], commercial, PlanState()), pay="910.00", adj="390.00"))
    accts = [accts[1], accts[2], accts[3], accts[0]]
    cols = [(40, "L"), (96, "L"), (126, "L"), (170, "L"), (198, "L"), (500, "R"), (572, "R")]
    hdr = ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def page(p):
        p.text(40, 40, "St. Aldric Regional Medical Center", "L", "LSerif-B", 15)
        p.text(40, 53, "Outpatient Rehabilitation Services  -  Patient Financial Services, 90 Canal St, Fenmoor, NH 03999",
               "L", "LSerif", 8)
        p.text(572, 40, "Family Statement", "R", "LSerif-B", 12)
        p.text(572, 53, "Statement date 02/02/2026", "R", "LSerif", 8)
        p.line(40, 58, 572, 58, 0.8)
        p.text(306, 770, f"Page {p.pages} of {N or '?'}  -  Responsible party: Ingrid Solano-Frye  -  Guarantor no. "
               "GF-55102", "C", "LSerif", 7)
        return 78

    fl = Flow(pdf, page, 740)
    doc = Doc()

    def head(a, cont=False):
        pdf.rect(40, fl.y, 532, 14, fill=0.9)
        pdf.text(44, fl.y + 10, f"Patient: {a['patient']}    Account No. {a['acct']}" + ("    (continued)" if cont
                                                                                          else ""), "L", "LSerif-B", 8.5)
        fl.y += 24
        pdf.font("LSerif-B", 8)
        pdf.row(fl.y, cols, hdr)
        pdf.line(40, fl.y + 3, 572, fl.y + 3, 0.3)
        fl.y += 12

    for a in accts:
        fl.need(60)
        head(a)
        for s in a["svcs"]:
            fl.need(11, lambda a=a: head(a, True))
            pdf.font("LSerif", 8)
            pdf.row(fl.y, cols, [dfmt(s.dos, "mdy4"), rev[s.code], s.code, " ".join(s.mods), s.desc,
                                 units_str(s.units), m(s.billed)])
            doc.lines.append(tl(s, fl.page, a, ("billed",)))
            fl.y += 11
        sv = a["svcs"]
        tb = total(sv, "billed")
        printed_tb = tb + (D("95.00") if a is accts[1] else ZERO)  # planted: the account total overstates the lines
        fl.need(64)
        pdf.line(330, fl.y - 6, 572, fl.y - 6, 0.3)
        rows = [("Total charges", m(printed_tb)), (f"Insurance payments - Granite State Mutual claim {a['icn']}",
                                                  "-" + a["pay"]),
                ("Insurance contractual adjustments", "-" + a["adj"]),
                ("Account balance", m(printed_tb - D(a["pay"].replace(",", "")) - D(a["adj"].replace(",", ""))))]
        for i, (k, v) in enumerate(rows):
            pdf.text(560 - 240, fl.y + 11 * i + 2, k, "L", "LSerif" if i < 3 else "LSerif-B", 8)
            pdf.text(572, fl.y + 11 * i + 2, v, "R")
        add_claim(doc, a, billed=printed_tb, paid=D(a["pay"].replace(",", "")))
        if a is accts[1]:
            doc.findings.append(f"claim-total-mismatch claim {a['icn']}: printed Total charges {printed_tb} but the "
                                f"lines add up to {tb}")
        fl.y += 58
    doc.legend = []
    return doc


FMT10 = dict(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), units=lambda u: u,
             code=lambda c, m: [c] + ([" ".join(m)] if m else []), fields=("billed",))


# ==================================================================================================== main

LAYOUTS = [
    ("h124_01_commercial_family_eob", "reportlab", False, l01, FMT01, "commercial PPO family member EOB"),
    ("h124_02_commercial_benefit_summary", "fpdf2", True, l02, FMT02, "commercial health benefit summary"),
    ("h124_03_msn_part_b", "reportlab", False, l03, FMT03, "Medicare Summary Notice Part B"),
    ("h124_04_ma_hmo_eob", "fpdf2", False, l04, FMT04, "Medicare Advantage HMO member EOB"),
    ("h124_05_medicaid_ra_mono", "reportlab", True, l05, FMT05, "state Medicaid remittance advice"),
    ("h124_06_medicaid_mco_statement", "fpdf2", False, l06, FMT06, "Medicaid managed-care payment statement"),
    ("h124_07_clearinghouse_era_print", "reportlab", True, l07, FMT07, "clearinghouse ERA print, Medicare Part B"),
    ("h124_08_pm_posting_journal", "fpdf2", True, l08, FMT08, "practice-management posting journal, Medicare"),
    ("h124_09_clinic_family_statement", "reportlab", False, l09, FMT09, "therapy clinic family statement"),
    ("h124_10_hospital_family_statement", "fpdf2", False, l10, FMT10, "hospital outpatient rehab family statement"),
]


def build(out: Path) -> list[Path]:
    paths = []
    for name, producer, land, fn, _fmt, desc in LAYOUTS:
        path = out / f"{name}.pdf"
        n = None
        for _ in range(2):
            pdf = Pdf(producer, path, land, title=name)
            doc = fn(pdf, n)
            n = pdf.save()
        write_truth(path, name, producer, n, desc, doc.lines, doc.claims, doc.legend, doc.findings)
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout124_"))
    else:
        out = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    paths = build(out)
    print(f"wrote {len(paths)} PDFs to {out}")
    if "--check" in argv:
        import json
        errs = []
        spanning = 0
        nl = npg = 0
        for (name, producer, _l, _f, fmt, _d), p in zip(LAYOUTS, paths):
            errs += check_file(p, fmt)
            t = json.loads(Path(str(p) + ".truth.json").read_text())
            nl += len(t["lines"])
            npg += t["pages"]
            sp = spans_pages(Path(str(p) + ".truth.json"))
            spanning += sp
            print(f"  {name}: {producer}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims"
                  f"{', claim crosses a page' if sp else ''}")
        if spanning < 3:
            errs.append(f"only {spanning} files carry a claim across a page break")
        if len({lay[1] for lay in LAYOUTS}) < 2:
            errs.append("fewer than two producers")
        for e in errs:
            print("CHECK FAIL", e)
        print(f"check: {len(paths)} files, {nl} lines, {npg} pages, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
