"""Write held-out set 209 of synthetic PDF EOB layouts (with truth files) into a folder: ten everyday documents, two
of each of the five commonest real kinds (commercial member EOBs; Medicare Summary Notice / Medicare Advantage
member EOB; state Medicaid remittance advices; Medicare-style paper remits printed by a clearinghouse or a
practice-management system; family statements from a therapy clinic and a hospital), each in a house style of its
own. Written by an author independent of the reader: nothing here was tuned on how the reader does.

Run:  python bench/heldout209/make_heldout209_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout209/make_heldout209_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, whose helpers are imported), printed values only,
null for what a layout does not print (units null where no quantity is printed; adjustments [] where no group/
reason codes are printed); claim_id = the provider's own account / visit / patient-control number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person who got the
service, not the guarantor or subscriber). service_end is null when a "to" date equals the "from" date. Every
name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). h209kit.py holds the page-drawing kit and the
self-check.

Layouts:
  01 commercial member EOB for a household, landscape core Helvetica: per-claim "Patient: / Provider: / Claim
     number: / Patient account:" heading, "Amount billed / Network savings / Allowed amount / Not covered /
     Deductible / Copay / Coinsurance / Plan paid / You owe / Remarks", code glued with hyphens "97535-GO-59",
     no units, 4 family members, a claim running onto page 2 with the column header repeated and a
     "(continued)" line, remark legend (reportlab)
  02 self-funded employer-plan member EOB from a TPA, DejaVu Sans Condensed portrait, dark banner: every service
     on TWO text rows (date / wrapped description / "97110 GO 59" / units, then the nine amounts and notes),
     "Jan 7, 2026" dates, Zoë and 3 more family members, a not-covered line; PLANTED claim-total mismatch on the
     "Your share" total of claim 3310-49107-02 (fpdf2)
  03 Medicare Summary Notice Part B, Liberation Sans Narrow: summary page 1 (deductible, providers at a glance,
     Be Informed), claims from page 2 under a date heading with "Claim number", "Service Provided & Billing
     Code" as "Manual therapy (97140-GP-59)", Service Approved? Yes/No, notes letters incl. a 2% cut note; the
     service date is printed only in the claim heading; no provider account number (reportlab)
  04 Medicare Advantage (HMO) member EOB, Liberation Serif: grey "plan at a glance" sidebar box beside the address,
     "Amount the provider charged / Plan's approved amount / Amount the plan paid / Your share", "(97110 GP KX)",
     per-visit copay, "01/12/26" dates, a 15-line claim continued on page 2 with repeated header (fpdf2)
  05 state Medicaid remittance advice as a mainframe line-printer listing, landscape core Courier: PAID / DENIED /
     ADJUSTED sections, recipient claim row (name, recipient id, ICN, patient acct, MMDDYY from/thru, totals,
     status) over numbered detail rows with "CO-45" + amount and 4-digit EOB codes, a reversal with trailing
     minus "285.00-" and its replacement, a claim broken across pages under "(CONTINUED)" (fpdf2)
  06 state Medicaid remittance advice printed from a provider portal, DejaVu Sans Condensed: boxed claim blocks
     ("Member name / Member ID / TCN / Patient acct # / Claim status"), ruled grid "Ln / DOS From / DOS To /
     Proc / Mod / Units 2.00 / Billed / Allowed / Copay / TPL / Paid / Adj Grp/Rsn Amt / RARC", adjustments
     stacked one per text row in the cell (CO-45, PR-3 copay, OA-23 other insurance), a denied claim, a 15-line
     claim continued on page 2 with repeated grid header (reportlab)
  07 Medicare Part B standard paper remit shown in a clearinghouse remittance viewer, DejaVu Sans Mono at 6.5pt:
     "NAME / MID / ACNT / ICN / ASG / MOA" claim lines, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED
     DEDUCT COINS GRP/RC-AMT PROV PD" with "0112 011226" dates, further adjustments on their own text rows under
     GRP/RC-AMT, "CNTL #: ... REM:" rows, PT RESP / CLAIM TOTALS / NET, a reversed claim with leading minus, a
     claim broken across pages (reportlab)
  08 practice-management "ERA Payment Detail - Posting Review", landscape Liberation Sans Narrow: shaded patient
     bars with "Acct #" and "Payer ICN", "Proc / Mod GP,KX / Units / Charge / Allowed / Deduct / Coins /
     Adjustments (group-reason amount) / Paid / Remarks / Pt balance", adjustment lists wrapping to a second
     text row, a reversal in parentheses and its corrected claim, crossover remark (fpdf2)
  09 pediatric therapy clinic family statement with tear-off stub, Liberation Sans: visit heading rows "Visit
     V-... - patient" with "Billed to <insurer> <date>, claim PCH-...", rows "Date / Code 97530 GO / Description
     (wrapped) / Units / Charges / Ins. Paid / Ins. Adj. / Your Portion", 3 children, patient payments as
     non-service rows, insurance-pending visits (paid/adj/portion null), no per-visit totals (fpdf2)
  10 children's hospital itemized patient account statement, DejaVu Serif: guarantor block with a "Ways to pay"
     sidebar, boxed account headings "Hospital account #", "Date / Rev / CPT/HCPCS / Description / Qty / Amount",
     charges only per line, insurance payment (with the insurer's claim number) and contractual adjustment as
     account-level rows, 2 children, page 2 carries its own small header (reportlab)

The self-check (--check) tests the factory, not the reader: page count; for every truth line the code,
modifiers, units, every printed amount, adjustment group-reason and amount, remark code and the service date
(in the claim heading for layout 03) are on the SAME text row(s) the line was drawn on, re-extracted from the
written PDF with pdfplumber; ids and patient names and each description word are in the document's text; the
documents' own arithmetic holds (billed - adjustments = paid where every adjustment is printed with its amount;
allowed - deductible - copay - coinsurance = paid for the plan EOBs that print them); every printed claim total
equals the sum of its lines unless it is the declared planted mismatch, which really differs; legend codes are
printed. It also reports how many claims are split across pages.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    LONG_DESC,
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
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h209kit import Doc, check, render, width, wrap  # noqa: E402

# Codes the shared fee tables lack (our own invented charges / rates / wording), added in this process only.
FEE.update({"97533": "88.00", "97035": "45.00", "97763": "115.00", "A4556": "18.00", "99214": "215.00",
            "92610": "240.00", "97018": "30.00"})
SCHED.update({"97533": "31.90", "97035": "13.62", "97763": "44.10", "A4556": "6.11", "99214": "124.35",
              "92610": "101.80", "97018": "4.95"})
DESC.update({"97533": "Sensory integration", "97035": "Ultrasound therapy", "97763": "Orthotic/prosthetic follow-up",
             "A4556": "Electrodes, per pair", "99214": "Office visit, moderate", "92610": "Swallow function study",
             "97018": "Paraffin bath"})

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date


def m(x, style=",", neg="-"):
    return money(x, style, neg)


class Out:
    """Collects the truth lines of one document and where each was drawn."""

    def __init__(self):
        self.lines, self.rows, self.claims, self.legend, self.findings = [], [], [], [], []

    def add(self, s, where, **kw):
        self.lines.append(truth_line(where[0][0], s, **kw))
        self.rows.append(list(where))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def V(dos, code, units, mods=(), denied=None, desc=None):
    s = Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc or "", denied)
    return s


# ------------------------------------------------------------------ L1 commercial member EOB (reportlab)
def l1_member_eob_landscape(out: Path):
    name = "h209_01_member_eob_household"
    doc = Doc(*LAND, "helv", 7.4, top=36, bottom=44)
    o = Out()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    X = [40, 94, 146, 290, 342, 394, 444, 494, 540, 588, 636, 686, 724]
    H = ["Service dates", "Code", "Description", "Amount billed", "Network savings", "Allowed amount",
         "Not covered", "Deductible", "Copay", "Coinsurance", "Plan paid", "You owe", "Remarks"]

    def head(d):
        d.t(40, "NORTHFIELD MUTUAL HEALTH PLAN", b=True, z=13)
        d.t(752, "Explanation of Benefits", a="r", b=True, z=12)
        d.nl(13)
        d.t(40, "PO Box 40917, Cedar Falls Junction, IA 50699  |  Member Services 1-800-555-0192 (TTY 711)", z=7)
        d.t(752, "THIS IS NOT A BILL", a="r", b=True, z=8)
        d.nl(6)
        d.rule(40, 752, lw=1.2)

    def foot(d):
        d.rule(40, 752, y=d.H - 32, lw=0.4)
        d.t(40, "Statement date 02/09/2026   Member ID NMH884120337   Group 0047712 Ridgeway Tool & Die", z=6.5,
            y=d.H - 22)
        d.t(752, "Page {P} of {N}", a="r", z=6.5, y=d.H - 22)

    def colhead(d):
        d.nl(20)
        d.box(38, d.y - 16, 716, 22, lw=0, fill=0.88)
        for i, (x, h) in enumerate(zip(X, H)):
            parts = h.split(" ", 1) if i >= 3 and i < 12 else [h]
            a = "l" if i < 3 or i == 12 else "r"
            xx = x if a == "l" else X[i + 1] - 6 if i < 12 else x
            d.t(xx, parts[0], a=a, b=True, z=6.8, y=d.y - 8)
            if len(parts) > 1:
                d.t(xx, parts[1], a=a, b=True, z=6.8, y=d.y)
        d.nl(4)

    doc.header = head
    doc.footer = foot
    head(doc)
    doc.nl(18)
    doc.t(40, "HARLAN OKONKWO-REYES", b=True)
    doc.t(430, "Summary of this statement", b=True, z=8)
    sum_y = doc.y + 11
    for i, txt in enumerate(["2210 Quarry Bend Rd", "Ames Crossing, IA 50011"]):
        doc.nl(10)
        doc.t(40, txt)
    doc.y -= 10
    summ = []
    doc.nl(22)
    claims_spec = [
        ("Teodor Okonkwo-Reyes", "Bright Steps Pediatric Therapy", "NM26-0114-88213", "BSP-55102",
         [V(D(2026, 1, 6), "97165", 1, ("GO",)), V(D(2026, 1, 8), "97530", 3, ("GO",)),
          V(D(2026, 1, 8), "97535", 1, ("GO", "59")), V(D(2026, 1, 13), "97530", 2, ("GO",)),
          V(D(2026, 1, 13), "97112", 1, ("GO",)), V(D(2026, 1, 15), "97530", 3, ("GO",)),
          V(D(2026, 1, 15), "97760", 1, ("GO",), desc="Orthotic fitting and training"),
          V(D(2026, 1, 20), "97530", 2, ("GO",)), V(D(2026, 1, 20), "97535", 2, ("GO",)),
          V(D(2026, 1, 22), "97168", 1, ("GO",)), V(D(2026, 1, 22), "97140", 1, ("GO", "59")),
          V(D(2026, 1, 27), "97530", 3, ("GO",)), V(D(2026, 1, 29), "97530", 3, ("GO", "KX")),
          V(D(2026, 1, 29), "97110", 2, ("GO",))]),
        ("Mina Okonkwo-Reyes", "Bright Steps Pediatric Therapy", "NM26-0121-10467", "BSP-55117",
         [V(D(2026, 1, 7), "92523", 1, ("GN",)), V(D(2026, 1, 14), "92507", 1, ("GN",)),
          V(D(2026, 1, 21), "92507", 1, ("GN",)), V(D(2026, 1, 21), "0552T", 1, (), "PR")]),
        ("Priya Okonkwo-Reyes", "Keel Street Physical Therapy", "NM26-0126-30982", "KS-2026-0418",
         [V(D(2026, 1, 19), "97161", 1, ("GP",)), V(D(2026, 1, 19), "97140", 2, ("GP",)),
          V(D(2026, 1, 22), "97110", 3, ("GP", "KX")), V(D(2026, 1, 22), "G0283", 1, ("GP",)),
          V(D(2026, 1, 26), "97140", 2, ("GP",)), V(D(2026, 1, 26), "97110", 2, ("GP", "KX")),
          V(D(2026, 1, 26), "97116", 1, ("GP",))]),
        ("Harlan Okonkwo-Reyes", "Ridgeway Family Medicine", "NM26-0128-44120", "RFM884211",
         [V(D(2026, 1, 27), "99213", 1, ("25",)), V(D(2026, 1, 27), "L3807", 1, ("RT",))]),
    ]
    rem = {"0552T": ["N7"], "97760": ["K2"], "97110": ["K4"], "L3807": ["K2"]}
    o.legend = [("N7", "This service is not a covered benefit under your plan. You may be billed for it."),
                ("K2", "Paid at the in-network rate agreed with this provider."),
                ("K4", "Therapy visits this year now count toward your 30-visit limit.")]
    for pat, prov, clm, acct, svcs in claims_spec:
        for s in svcs:
            commercial(s, st)
        doc.need(60)
        doc.nl(14)
        doc.t(40, f"Patient: {pat}", b=True, z=8.5)
        doc.t(250, f"Provider: {prov}", z=8)
        doc.t(470, f"Claim number: {clm}", z=8)
        doc.t(630, f"Patient account: {acct}", z=8)
        doc.nl(10)
        doc.t(40, f"Claim received 01/{20 + len(o.claims)}/2026   Processed 02/0{3 + len(o.claims)}/2026   "
              "In-network provider", z=7)
        colhead(doc)
        doc.repeat = colhead
        doc.cont = lambda d, pat=pat, clm=clm: (d.nl(10), d.t(40, f"{pat} - claim {clm} (continued)", b=True,
                                                                    z=7.5))
        for s in svcs:
            dl = wrap(s.desc, 140, "helv", 7.4)
            doc.nl(13)
            cells = [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), dl[0], m(s.billed), m(s.discount),
                     m(s.allowed), m(s.not_covered), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid),
                     m(s.owes), " ".join(rem.get(s.code, []))]
            for i, c in enumerate(cells):
                a = "l" if i < 3 or i == 12 else "r"
                doc.t(X[i] if a == "l" else X[i + 1] - 6, c, a=a)
            where = [doc.pos()]
            for extra in dl[1:]:
                doc.nl(9)
                doc.t(X[2], extra)
            s.remarks = rem.get(s.code, [])
            o.add(s, where, claim_id=acct, payer_claim_id=clm, patient=pat, units=False, remarks=s.remarks,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"))
            doc.rule(40, 752, y=doc.y + 3, lw=0.2)
        doc.repeat = doc.cont = None
        doc.nl(12)
        tot = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        doc.t(X[2], "Claim totals", b=True)
        for i, v in enumerate(tot):
            doc.t(X[i + 4] - 6, m(v), a="r", b=True)
        o.claim(acct, clm, pat, billed=tot[0], allowed=tot[2], paid=tot[7], patient_owes=tot[8])
        summ.append((pat, tot[7], tot[8]))
    doc.need(80)
    doc.nl(20)
    doc.t(40, "Remark codes", b=True, z=8)
    for c, txt in o.legend:
        doc.nl(10)
        doc.t(40, c, b=True)
        doc.t(70, txt)
    doc.nl(14)
    doc.t(40, "Your plan year deductible: $150.00, met $150.00.  Out-of-pocket maximum: $4,000.00, met to date "
          f"{m(sum(x[2] for x in summ), '$')}.", z=7)
    # summary block on page 1 (drawn into the first page)
    first = doc.pages[0]
    yy = sum_y
    for pat, paid, owes in summ:
        first.append(("t", 430, yy, f"{pat}", "helv", 7, False))
        first.append(("t", 580, yy, f"Plan paid {m(paid, '$')}", "helv", 7, False))
        first.append(("t", 670, yy, f"You owe {m(owes, '$')}", "helv", 7, False))
        yy += 9
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "reportlab", "Explanation of Benefits")
    write_truth(pdf, name, "reportlab", n, "commercial member EOB for a household, landscape", o.lines, o.claims,
                o.legend)
    return pdf, o, dict(adj_full=False, plan_math=True)


# ------------------------------------------------------- L2 employer-plan member EOB, two-tier rows (fpdf2)
def l2_member_eob_twotier(out: Path):
    name = "h209_02_member_eob_twotier"
    doc = Doc(*LETTER, "dvsc", 7.6, top=40, bottom=50)
    o = Out()
    st = PlanState(ded_left=Decimal("60.00"), copay_codes={"97530": Decimal("25.00"), "97110": Decimal("25.00"),
                                                            "92507": Decimal("25.00"), "97112": Decimal("25.00")},
                   coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.84"))
    A = [("Billed", 150), ("Plan discount", 205), ("Allowed", 255), ("Deductible", 302), ("Copay", 345),
         ("Coinsurance", 398), ("Not covered", 448), ("Plan paid", 500), ("Your share", 548)]

    def head(d):
        d.box(36, 30, 540, 34, lw=0, fill=0.2)
        d.pages[-1].append(("t", 46, 52, "CASCADIA BENEFIT TRUST", "dvsc", 14, True))
        d.t(566, "Explanation of Benefits", a="r", b=True, z=10, y=46)
        d.t(566, "Administered by Sound Harbor Administrators, Inc.", a="r", z=6.5, y=57)
        d.y = 78

    def foot(d):
        d.t(36, "Questions? Sound Harbor Administrators  |  1-888-555-0143  |  PO Box 71220, Tacoma Flats, WA 98409",
            z=6.3, y=d.H - 28)
        d.t(576, "{P} / {N}", a="r", z=6.3, y=d.H - 28)

    def colhead(d):
        d.nl(14)
        d.rule(36, 576, y=d.y - 9, lw=0.8)
        d.row([(40, "Date of service", "l"), (110, "Service", "l"), (420, "Code / modifiers", "l"),
               (572, "Units", "r")], b=True, z=6.8)
        d.nl(9)
        d.row([(x, h, "r") for h, x in A] + [(554, "Notes", "l")], b=True, z=6.8)
        d.rule(36, 576, y=d.y + 3, lw=0.4)

    doc.header = head
    doc.footer = foot
    head(doc)
    doc.nl(6)
    for t_, b_ in [("Prepared for: Ingrid Saltmarsh-Oyelaran", True), ("48 Ferncliff Lane, Apt 3", False),
                   ("Port Anvik, WA 98368", False)]:
        doc.t(40, t_, b=b_, z=8)
        doc.nl(10)
    doc.t(340, "Member ID: CBT-7720-4419-00", z=7.5, y=84)
    doc.t(340, "Plan: Cascadia Choice PPO 1500", z=7.5, y=94)
    doc.t(340, "Statement period: 01/01/2026 - 01/31/2026", z=7.5, y=104)
    doc.nl(8)
    doc.t(40, "This is not a bill. It shows how your plan handled claims for you and your covered family members.",
          z=7.2)
    doc.nl(4)
    spec = [
        ("Zoë Saltmarsh-Oyelaran", "Tidewater Kids Therapy Collective", "3310-48822-01", "TKT-00913",
         [V(D(2026, 1, 5), "97166", 1, ("GO",)), V(D(2026, 1, 7), "97530", 2, ("GO",)),
          V(D(2026, 1, 7), "97110", 2, ("GO", "59"), desc=LONG_DESC["97110"]),
          V(D(2026, 1, 12), "97530", 3, ("GO",)), V(D(2026, 1, 12), "97535", 1, ("GO",), desc=LONG_DESC["97535"]),
          V(D(2026, 1, 14), "97112", 2, ("GO",)), V(D(2026, 1, 19), "97530", 2, ("GO", "CO")),
          V(D(2026, 1, 19), "97533", 1, ("GO",), "PR", desc="Sensory integration techniques")]),
        ("Ingrid Saltmarsh-Oyelaran", "Harborview Speech & Swallow", "3310-49107-02", "HSS-26-1184",
         [V(D(2026, 1, 9), "92523", 1, ("GN",)), V(D(2026, 1, 16), "92507", 1, ("GN",)),
          V(D(2026, 1, 23), "92507", 1, ("GN",)), V(D(2026, 1, 23), "92526", 1, ("GN",))]),
        ("Cyrus Saltmarsh-Oyelaran", "Pinegate Orthopedic Rehab", "3310-49655-01", "PGR448102",
         [V(D(2026, 1, 21), "97163", 1, ("GP",)), V(D(2026, 1, 21), "97140", 2, ("GP",), desc=LONG_DESC["97140"]),
          V(D(2026, 1, 28), "97110", 3, ("GP",)), V(D(2026, 1, 28), "97116", 2, ("GP", "CQ"))]),
        ("Zoë Saltmarsh-Oyelaran", "Tidewater Kids Therapy Collective", "3310-50230-01", "TKT-00958",
         [V(D(2026, 1, 21), "97530", 3, ("GO",)), V(D(2026, 1, 21), "97140", 1, ("GO", "59")),
          V(D(2026, 1, 26), "97530", 2, ("GO",)), V(D(2026, 1, 26), "97112", 1, ("GO",)),
          V(D(2026, 1, 28), "97168", 1, ("GO",), desc=LONG_DESC["97168"]), V(D(2026, 1, 28), "97530", 2, ("GO",))]),
        ("Anselm Saltmarsh-Oyelaran", "Tidewater Kids Therapy Collective", "3310-50231-01", "TKT-00961",
         [V(D(2026, 1, 22), "92523", 1, ("GN",)), V(D(2026, 1, 29), "92507", 1, ("GN",))]),
    ]
    notes = {"97533": ["X41"], "97116": ["X07"], "97166": ["X12"]}
    o.legend = [("X41", "Your plan does not cover this therapy technique; the provider may bill you."),
                ("X07", "Service by a therapy assistant; paid at the assistant rate."),
                ("X12", "One evaluation per condition per year is covered.")]
    for pat, prov, clm, acct, svcs in spec:
        for s in svcs:
            commercial(s, st)
        doc.need(70)
        doc.nl(16)
        doc.box(36, doc.y - 10, 540, 26, lw=0.5, fill=0.94)
        doc.t(42, f"Patient: {pat}", b=True, z=8)
        doc.t(300, f"Claim #: {clm}", z=7.5)
        doc.t(440, f"Provider acct #: {acct}", z=7.5)
        doc.nl(10)
        doc.t(42, f"Provider: {prov} (in network)", z=7.2)
        doc.t(300, "Received 01/30/2026  Processed 02/04/2026", z=7.2)
        colhead(doc)
        doc.repeat = colhead
        doc.cont = lambda d, pat=pat, clm=clm: (d.nl(11), d.t(40, f"{pat}, claim {clm}, continued", b=True, z=7.4))
        for s in svcs:
            dl = wrap(s.desc, 300, "dvsc", 7.6)
            doc.need(30 + 9 * len(dl))
            doc.nl(12)
            doc.row([(40, dfmt(s.dos, "mon"), "l"), (110, dl[0], "l"), (420, " ".join((s.code,) + s.mods), "l"),
                     (572, units_str(s.units), "r")])
            w = [doc.pos()]
            for extra in dl[1:]:
                doc.nl(9)
                doc.t(110, extra)
            doc.nl(10)
            s.remarks = notes.get(s.code, [])
            vals = [s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.not_covered, s.paid,
                    s.owes]
            doc.row([(x, m(v, "$"), "r") for (h, x), v in zip(A, vals)] + [(556, " ".join(s.remarks), "l")])
            w.append(doc.pos())
            doc.rule(36, 576, y=doc.y + 4, lw=0.15)
            o.add(s, w, claim_id=acct, payer_claim_id=clm, patient=pat, remarks=s.remarks,
                  printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                           "paid", "patient_owes"))
        doc.repeat = doc.cont = None
        doc.nl(13)
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                          "not_covered", "paid", "owes")]
        doc.t(40, "Claim totals", b=True)
        doc.row([(x, m(v, "$"), "r") for (h, x), v in zip(A, tots)], b=True)
        printed_owes = tots[8]
        if clm == "3310-49107-02":
            printed_owes = tots[8] + Decimal("10.00")
            doc.pages[-1][-1] = doc.pages[-1][-1][:3] + (m(printed_owes, "$"),) + doc.pages[-1][-1][4:]
            o.findings.append(f"claim-total-mismatch claim {clm}: printed Your share total {printed_owes} but "
                              f"the lines add up to {tots[8]}")
        o.claim(acct, clm, pat, billed=tots[0], allowed=tots[2], paid=tots[7], patient_owes=printed_owes)
    doc.need(60)
    doc.nl(18)
    doc.t(40, "What the notes mean", b=True, z=8)
    for c, txt in o.legend:
        doc.nl(10)
        doc.t(40, c, b=True)
        doc.t(70, txt)
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "fpdf2", "Explanation of Benefits")
    write_truth(pdf, name, "fpdf2", n, "employer-plan member EOB, two text rows per service", o.lines, o.claims,
                o.legend, o.findings)
    return pdf, o, dict(adj_full=False, plan_math=True, planted={"3310-49107-02": "patient_owes"})


# ------------------------------------------------------------------ L3 Medicare Summary Notice (reportlab)
def l3_msn(out: Path):
    name = "h209_03_medicare_summary_notice"
    doc = Doc(*LETTER, "libnarrow", 8.6, top=40, bottom=54)
    o = Out()
    pat = "WENDELL A. PROUSE-MARLOWE"
    st = PlanState(ded_left=Decimal("92.00"))

    def foot(d):
        d.rule(44, 568, y=d.H - 40, lw=0.5)
        d.t(44, f"{pat}   |   Medicare Summary Notice for Part B (Medical Insurance)   |   Dec 1, 2025 - "
            "Feb 28, 2026", z=7, y=d.H - 30)
        d.t(568, "Page {P} of {N}", a="r", z=7, y=d.H - 30)

    def colhead(d):
        d.nl(16)
        d.box(44, d.y - 22, 524, 28, lw=0.5, fill=0.9)
        hh = [("Service Provided &", "Billing Code"), ("Service", "Approved?"), ("Amount Provider", "Charged"),
              ("Medicare-Approved", "Amount"), ("Amount Medicare", "Paid"), ("Maximum You", "May Be Billed"),
              ("See", "Notes")]
        xs = [48, 252, 394, 458, 522, 588 - 28, 566]
        for i, (a1, a2) in enumerate(hh):
            if i in (0, 1):
                d.t(xs[i], a1, b=True, z=7.4, y=d.y - 12)
                d.t(xs[i], a2, b=True, z=7.4, y=d.y - 3)
            elif i == 6:
                d.t(538, a1, b=True, z=7.4, y=d.y - 12)
                d.t(538, a2, b=True, z=7.4, y=d.y - 3)
            else:
                xr = [0, 0, 366, 428, 484, 530][i]
                d.t(xr, a1, a="r", b=True, z=7.4, y=d.y - 12)
                d.t(xr, a2, a="r", b=True, z=7.4, y=d.y - 3)
        d.nl(6)

    doc.footer = foot
    # page 1: summary
    doc.t(44, "Medicare Summary Notice", b=True, z=20)
    doc.t(568, "for Part B (Medical Insurance)", a="r", z=10)
    doc.nl(16)
    doc.t(44, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", z=8)
    doc.nl(24)
    for t_ in [pat.upper(), "77 CORMORANT HILL RD", "SPRUCE MEADOW ME 04102-3391"]:
        doc.t(44, t_, z=9)
        doc.nl(11)
    doc.box(330, 100, 238, 86, lw=0.8)
    doc.t(338, "Your Medicare Number", b=True, z=8, y=114)
    doc.t(560, "7JQ4-RT2-MW81", a="r", z=8, y=114)
    doc.t(338, "If you have questions, call 1-800-555-0111.", z=8, y=128)
    doc.t(338, "This notice is for claims processed", z=8, y=142)
    doc.t(338, "December 1, 2025 - February 28, 2026", z=8, y=154)
    doc.t(338, "This is NOT a bill.", b=True, z=9, y=174)
    claims = [
        ("Saltbox Harbor Rehabilitation", "(207) 555-0136", "12-26008-104-330", D(2026, 1, 6),
         [V(D(2026, 1, 6), "97161", 1, ("GP",)), V(D(2026, 1, 6), "97110", 2, ("GP",)),
          V(D(2026, 1, 6), "97140", 1, ("GP", "59"))]),
        ("Saltbox Harbor Rehabilitation", "(207) 555-0136", "12-26015-227-810", D(2026, 1, 13),
         [V(D(2026, 1, 13), "97110", 3, ("GP", "KX")), V(D(2026, 1, 13), "97112", 1, ("GP",)),
          V(D(2026, 1, 13), "G0283", 1, ("GP",)), V(D(2026, 1, 13), "97035", 1, ("GP",), "PR")]),
        ("Tamarack Hand & Upper Limb Clinic", "(207) 555-0170", "12-26021-063-400", D(2026, 1, 20),
         [V(D(2026, 1, 20), "97165", 1, ("GO",)), V(D(2026, 1, 20), "97760", 1, ("GO",)),
          V(D(2026, 1, 20), "L3807", 1, ("GO", "RT")), V(D(2026, 1, 20), "97018", 1, ("GO",))]),
        ("Saltbox Harbor Rehabilitation", "(207) 555-0136", "12-26029-880-515", D(2026, 1, 27),
         [V(D(2026, 1, 27), "97110", 2, ("CQ", "GP")), V(D(2026, 1, 27), "97530", 2, ("CQ", "GP")),
          V(D(2026, 1, 27), "97116", 1, ("GP",)), V(D(2026, 1, 27), "97140", 1, ("GP",))]),
        ("Tamarack Hand & Upper Limb Clinic", "(207) 555-0170", "12-26036-301-222", D(2026, 2, 3),
         [V(D(2026, 2, 3), "97168", 1, ("GO",)), V(D(2026, 2, 3), "97530", 3, ("GO",)),
          V(D(2026, 2, 3), "97763", 1, ("GO",)), V(D(2026, 2, 3), "97535", 2, ("GO",)),
          V(D(2026, 2, 3), "97112", 1, ("GO",)), V(D(2026, 2, 3), "A4556", 2, ("GO",), "CO")]),
    ]
    notes = {"97035": ["C"], "97140": ["A"], "A4556": ["D"], "97116": ["B"]}
    o.legend = [("A", "This service was approved at a reduced amount because it was billed with another "
                      "service that day."),
                ("B", "A physical therapist assistant gave this service; Medicare pays 85% of the usual amount."),
                ("C", "Medicare does not pay for this service. You may be billed because the provider told you "
                      "in advance."),
                ("D", "Supplies like this are included in the visit payment. The provider can't bill you for it."),
                ("E", "The amount Medicare paid was reduced by 2% because of a federal spending cut.")]
    allc = []
    for prov, ph, clm, dos, svcs in claims:
        for sv in svcs:
            medicare(sv, st, deny_reason="96")
            if sv.code == "97140":
                sv.remarks = ["A", "E"]
            elif sv.code in notes:
                sv.remarks = notes[sv.code]
            elif sv.paid:
                sv.remarks = ["E"]
        allc.append((prov, ph, clm, dos, svcs))
    every = [sv for c in allc for sv in c[4]]
    doc.nl(40)
    doc.t(44, "Your Deductible Status", b=True, z=11)
    doc.nl(13)
    doc.t(44, "Your deductible is what you must pay for most health services before Medicare begins to pay.", z=8.4)
    doc.nl(11)
    doc.t(44, f"Part B Deductible: You have now met {m(total(every, 'deductible'), '$')} of your $283.00 "
          "deductible for 2026.", z=8.4)
    doc.nl(26)
    doc.t(44, "Total You May Be Billed", b=True, z=11)
    doc.t(568, m(total(every, "owes"), "$"), a="r", b=True, z=11)
    doc.nl(20)
    doc.t(44, "Your Providers & Claims at a Glance", b=True, z=11)
    doc.nl(4)
    for prov, ph, clm, dos, svcs in allc:
        doc.nl(12)
        doc.t(54, f"{prov}", z=8.4)
        doc.t(300, dfmt(dos, "month"), z=8.4)
        doc.t(430, "Did Medicare approve all services? " + ("NO" if any(s.denied for s in svcs) else "YES"), z=8.4)
    doc.nl(30)
    doc.t(44, "Be Informed!", b=True, z=11)
    doc.nl(12)
    for t_ in ["Keep this notice with your records. If a provider bills you more than the amount shown in the",
               "\"Maximum You May Be Billed\" column, call the number above."]:
        doc.t(44, t_, z=8.4)
        doc.nl(11)
    # claims pages
    doc.new_page()
    doc.t(44, "Your Claims & Costs This Period", b=True, z=13)
    doc.nl(6)
    for prov, ph, clm, dos, svcs in allc:
        doc.need(90)
        doc.nl(18)
        doc.t(44, f"{dfmt(dos, 'month')}", b=True, z=9.5)
        doc.nl(12)
        doc.t(44, f"{prov}, {ph}", z=8.4)
        doc.t(568, f"Claim number {clm}", a="r", z=8.4)
        colhead(doc)
        doc.repeat = colhead
        doc.cont = lambda d, dos=dos, clm=clm: (d.nl(11), d.t(44, f"{dfmt(dos, 'month')} (continued) - claim "
                                                                   f"number {clm}", b=True, z=8.4))
        for sv in svcs:
            label = f"{sv.desc} ({'-'.join((sv.code,) + sv.mods)})"
            dl = wrap(label, 196, "libnarrow", 8.6)
            doc.need(12 + 10 * len(dl))
            doc.nl(13)
            doc.row([(48, dl[0], "l"), (252, "No" if sv.denied else "Yes", "l"), (366, m(sv.billed, "$"), "r"),
                     (428, m(sv.allowed, "$"), "r"), (484, m(sv.paid, "$"), "r"), (530, m(sv.owes, "$"), "r"),
                     (540, ", ".join(sv.remarks), "l")])
            w = [doc.pos()]
            for extra in dl[1:]:
                doc.nl(10)
                doc.t(48, extra)
            doc.rule(44, 568, y=doc.y + 4, lw=0.2)
            o.add(sv, w, claim_id=None, payer_claim_id=clm, patient=pat, units=False, remarks=sv.remarks,
                  printed=("billed", "allowed", "paid", "patient_owes"))
        doc.repeat = doc.cont = None
        doc.nl(13)
        tt = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.row([(48, "Total for this claim", "l"), (366, m(tt[0], "$"), "r"), (428, m(tt[1], "$"), "r"),
                 (484, m(tt[2], "$"), "r"), (530, m(tt[3], "$"), "r")], b=True)
        o.claim(None, clm, pat, billed=tt[0], allowed=tt[1], paid=tt[2], patient_owes=tt[3])
    doc.need(110)
    doc.nl(22)
    doc.t(44, "Notes for Claims Above", b=True, z=10)
    for c, txt in o.legend:
        for j, part in enumerate(wrap(txt, 490, "libnarrow", 8.4)):
            doc.nl(11)
            if j == 0:
                doc.t(44, c, b=True)
            doc.t(62, part, z=8.4)
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "reportlab", "Medicare Summary Notice")
    write_truth(pdf, name, "reportlab", n, "Medicare Summary Notice Part B, summary page then claims", o.lines,
                o.claims, o.legend)
    return pdf, o, dict(adj_full=False, date_on_row=False)


# -------------------------------------------------- L4 Medicare Advantage member EOB with sidebar (fpdf2)
def l4_ma_eob(out: Path):
    name = "h209_04_medicare_advantage_eob"
    doc = Doc(*LETTER, "libserif", 8.4, top=40, bottom=56)
    o = Out()
    pat = "Rosalind T. Vandermeer"
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.66"))

    def head(d):
        d.t(40, "Evergreen Lakes Senior Advantage (HMO)", b=True, z=12, y=40)
        d.t(572, "Explanation of Benefits", a="r", b=True, z=12, y=40)
        d.t(40, "A Medicare Advantage plan offered by Evergreen Lakes Health Cooperative", z=7.5, y=51)
        d.t(572, "Your medical services for January 2026", a="r", z=7.5, y=51)
        d.rule(40, 572, y=57, lw=1.4)
        d.y = 64

    def foot(d):
        d.t(40, "H9931_EOB26_M  This notice is not a bill.  Member Services: 1-866-555-0148, 8 a.m. - 8 p.m., "
            "7 days a week (TTY 711)", z=6.6, y=d.H - 34)
        d.t(572, "Page {P} of {N}", a="r", z=6.6, y=d.H - 34)

    def colhead(d):
        d.nl(16)
        d.rule(40, 572, y=d.y - 11, lw=0.6)
        for x, a, t1, t2 in [(40, "l", "Date of", "service"), (98, "l", "Service you received", "(billing code)"),
                              (362, "r", "Amount the", "provider charged"), (420, "r", "Plan's approved", "amount"),
                              (474, "r", "Amount the", "plan paid"), (528, "r", "Your share", "(you may owe)"),
                              (536, "l", "See", "notes")]:
            d.t(x, t1, a=a, b=True, z=7.2, y=d.y - 3)
            d.t(x, t2, a=a, b=True, z=7.2, y=d.y + 5)
        d.nl(8)
        d.rule(40, 572, y=d.y + 3, lw=0.6)

    doc.header = head
    doc.footer = foot
    head(doc)
    # address left, sidebar right
    doc.nl(22)
    for t_ in [pat, "Apt 12B, 3400 Linden Terrace", "Northmoor, MN 55420"]:
        doc.t(40, t_, z=9)
        doc.nl(11)
    doc.box(330, 72, 242, 118, lw=0.8, fill=0.93)
    side = [("Member ID", "ELH 40339217 01"), ("Plan", "Senior Advantage Core (HMO)"),
            ("Deductible", "None for medical services"), ("Max. out-of-pocket", "$4,900.00 per year"),
            ("Paid toward it so far", "$210.00")]
    yy = 88
    doc.t(338, "Your plan at a glance", b=True, z=8.6, y=yy)
    for k, v in side:
        yy += 13
        doc.t(338, k, z=7.8, y=yy)
        doc.t(564, v, a="r", z=7.8, y=yy)
    yy += 19
    doc.t(338, "Outpatient therapy copay: $30 per visit", z=7.6, y=yy)
    doc.y = 200
    doc.t(40, "Your medical claims in detail", b=True, z=11)
    doc.nl(12)
    doc.t(40, "The table below lists each medical service your plan processed this month, grouped by claim.", z=8)
    claims = [
        ("Lakeside Therapy Partners", "EL2601-0044871", D(2026, 1, 8),
         [V(D(2026, 1, 8), "97163", 1, ("GP",)), V(D(2026, 1, 8), "97110", 2, ("GP",))]),
        ("Northmoor Voice & Swallow Center", "EL2601-0060092", D(2026, 1, 14),
         [V(D(2026, 1, 14), "92610", 1, ()), V(D(2026, 1, 14), "92526", 1, ("GN",)),
          V(D(2026, 1, 21), "92526", 1, ("GN",)), V(D(2026, 1, 28), "92507", 1, ("GN",))]),
        ("Cedar Row Internal Medicine", "EL2601-0071554", D(2026, 1, 30),
         [V(D(2026, 1, 30), "99214", 1, ())]),
        ("Lakeside Therapy Partners", "EL2601-0051320", D(2026, 1, 12),
         [V(D(2026, 1, 12), "97110", 2, ("GP",)), V(D(2026, 1, 12), "97140", 1, ("GP",)),
          V(D(2026, 1, 15), "97110", 2, ("GP",)), V(D(2026, 1, 15), "97116", 1, ("GP",)),
          V(D(2026, 1, 19), "97110", 2, ("GP", "KX")), V(D(2026, 1, 19), "97112", 1, ("GP",)),
          V(D(2026, 1, 22), "97530", 2, ("GP",)), V(D(2026, 1, 22), "97035", 1, ("GP",), "PR"),
          V(D(2026, 1, 26), "97110", 2, ("GP", "CQ")), V(D(2026, 1, 26), "97140", 1, ("GP", "CQ")),
          V(D(2026, 1, 29), "97530", 2, ("GP",)), V(D(2026, 1, 29), "97110", 1, ("GP",)),
          V(D(2026, 1, 31), "97110", 2, ("GP",)), V(D(2026, 1, 31), "97140", 1, ("GP",)),
          V(D(2026, 1, 31), "97112", 1, ("GP", "KX"))]),
    ]
    o.legend = [("1", "Your copay for this outpatient therapy visit."),
                ("2", "Our plan does not cover this service. Ask your provider before you get it again."),
                ("3", "Your plan paid this service in full; no copay applies after the first service of the day.")]
    for prov, clm, dos, svcs in claims:
        for sv in svcs:
            commercial(sv, st, deny_reason="96")
            sv.remarks = ["2"] if sv.denied else (["1"] if sv.copay else ["3"])
        doc.need(80)
        doc.nl(22)
        doc.t(40, f"Claim number {clm}", b=True, z=9)
        doc.t(572, f"Provider: {prov}", a="r", z=8.4)
        colhead(doc)
        doc.repeat = colhead
        doc.cont = lambda d, clm=clm: (d.nl(12), d.t(40, f"Claim number {clm} (continued from previous page)",
                                                       b=True, z=8.4))
        for sv in svcs:
            doc.nl(14)
            doc.row([(40, dfmt(sv.dos, "mdy2"), "l"), (98, f"{sv.desc} ({' '.join((sv.code,) + sv.mods)})", "l"),
                     (362, m(sv.billed, "$"), "r"), (420, m(sv.allowed, "$"), "r"), (474, m(sv.paid, "$"), "r"),
                     (528, m(sv.owes, "$"), "r"), (546, ", ".join(sv.remarks), "l")])
            o.add(sv, [doc.pos()], claim_id=None, payer_claim_id=clm, patient=pat, units=False, remarks=sv.remarks,
                  printed=("billed", "allowed", "paid", "patient_owes"))
        doc.repeat = doc.cont = None
        doc.nl(4)
        doc.rule(300, 572, lw=0.4)
        doc.nl(11)
        tt = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.row([(98, "Claim total", "l"), (362, m(tt[0], "$"), "r"), (420, m(tt[1], "$"), "r"),
                 (474, m(tt[2], "$"), "r"), (528, m(tt[3], "$"), "r")], b=True)
        o.claim(None, clm, pat, billed=tt[0], allowed=tt[1], paid=tt[2], patient_owes=tt[3])
    doc.need(70)
    doc.nl(24)
    doc.t(40, "Notes about your claims", b=True, z=9.5)
    for c, txt in o.legend:
        doc.nl(11)
        doc.t(40, c + ".", b=True)
        doc.t(54, txt)
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "fpdf2", "Explanation of Benefits")
    write_truth(pdf, name, "fpdf2", n, "Medicare Advantage member EOB with plan sidebar", o.lines, o.claims,
                o.legend)
    return pdf, o, dict(adj_full=False)


# --------------------------------------------- L5 state Medicaid RA, line-printer listing (fpdf2, Courier)
def l5_medicaid_lineprinter(out: Path):
    name = "h209_05_medicaid_ra_listing"
    doc = Doc(*LAND, "cour", 7.4, top=34, bottom=40)
    o = Out()
    L = 12.0
    sec = {"name": ""}

    def put(txt, b=False):
        doc.nl(L)
        doc.t(28, txt, b=b)

    def head(d):
        d.t(28, f"{'STATE OF NEW HARROW':<44}{'DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE DIVISION':<104}"
            "PAGE:{P:>5}".replace("{P:>5}", "  {P}"), y=34)
        d.t(28, f"{'RUN DATE 02/06/26':<44}{'R E M I T T A N C E   A D V I C E':<104}CYCLE 2606", y=44)
        d.t(28, "PROVIDER 4400918273  WILLOWBROOK PEDIATRIC THERAPY LLC        RA NO 0001882044    "
            "WARRANT/EFT 77120448 02/06/26", y=54)
        d.t(28, "-" * 166, y=62)
        d.y = 62
        if sec["name"] and len(d.pages) > 1:
            put(f"{sec['name']} (CONTINUED)", b=True)

    def colhead(d):
        put(f"{'RECIPIENT NAME':<28}{'RECIPIENT ID':<14}{'ICN':<15}{'PATIENT ACCT NO':<17}{'FROM':<6} {'THRU':<6} "
            f"{'BILLED':>10}  {'ALLOWED':>10}  {'PAID':>10}  STATUS")
        put(f"   {'LN':>2} {'FROM':<6} {'THRU':<6} {'PROC':<5} {'MODIFIERS':<11}{'UNITS':>5}  {'BILLED':>11} "
            f"{'ALLOWED':>11} {'PAID':>11}  {'ADJ':<6}{'ADJ AMT':>10}  EOB")
        put("-" * 166)

    doc.header = head
    head(doc)
    spec = [
        ("PAID CLAIMS", "DELACORTE-AMUNDSEN, MATEO", "90044218320", "2226034001238", "WPT-30119",
         [V(D(2026, 1, 6), "92523", 1, ("GN",)), V(D(2026, 1, 13), "92507", 1, ("GN",)),
          V(D(2026, 1, 20), "92507", 1, ("GN",)), V(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("PAID CLAIMS", "FAIRWEATHER, JONAH P", "90051774406", "2226034001246", "WPT-30124",
         [V(D(2026, 1, 8), "97163", 1, ("GP",)), V(D(2026, 1, 15), "97110", 2, ("GP",)),
          V(D(2026, 1, 15), "97116", 2, ("GP",)), V(D(2026, 1, 22), "97110", 2, ("GP",)),
          V(D(2026, 1, 22), "97140", 1, ("GP",))]),
        ("PAID CLAIMS", "PELLETIER-NWOSU, AMARA", "90072230015", "2226034001262", "WPT-30140",
         [V(D(2026, 1, 5), "92507", 1, ("GN",)), V(D(2026, 1, 7), "92507", 1, ("GN",)),
          V(D(2026, 1, 12), "92507", 1, ("GN",)), V(D(2026, 1, 14), "92526", 1, ("GN",)),
          V(D(2026, 1, 19), "92507", 1, ("GN",)), V(D(2026, 1, 21), "92526", 1, ("GN",)),
          V(D(2026, 1, 26), "92507", 1, ("GN",)), V(D(2026, 1, 28), "92507", 1, ("GN",)),
          V(D(2026, 1, 30), "92526", 1, ("GN",))]),
        ("PAID CLAIMS", "DELACORTE-AMUNDSEN, LUCIA", "90044218312", "2226034001220", "WPT-30118",
         [V(D(2026, 1, 5), "97166", 1, ("GO",)), V(D(2026, 1, 7), "97530", 3, ("GO",)),
          V(D(2026, 1, 7), "97535", 1, ("GO",)), V(D(2026, 1, 9), "97530", 3, ("GO",)),
          V(D(2026, 1, 12), "97530", 2, ("GO",)), V(D(2026, 1, 12), "97112", 1, ("GO", "59")),
          V(D(2026, 1, 14), "97530", 3, ("GO",)), V(D(2026, 1, 16), "97530", 3, ("GO",)),
          V(D(2026, 1, 19), "97530", 2, ("GO",)), V(D(2026, 1, 19), "97110", 1, ("GO",)),
          V(D(2026, 1, 21), "97530", 3, ("GO",)), V(D(2026, 1, 23), "97533", 2, ("GO",)),
          V(D(2026, 1, 26), "97530", 3, ("GO",)), V(D(2026, 1, 28), "97530", 2, ("GO",)),
          V(D(2026, 1, 28), "97140", 1, ("GO", "59")), V(D(2026, 1, 30), "97168", 1, ("GO",))]),
        ("DENIED CLAIMS", "OSTROWSKI-LEE, HANNAH", "90061123579", "2226034001254", "WPT-30131",
         [V(D(2026, 1, 10), "97165", 1, ("GO",), "CO"), V(D(2026, 1, 10), "97530", 2, ("GO",), "CO")]),
    ]
    eob = {"45": "0312", "197": "0581", "B7": "0904"}
    o.legend = [("0312", "PAID AT THE MAXIMUM FEE FOR THIS PROCEDURE."),
                ("0581", "NO PRIOR APPROVAL ON FILE FOR THESE DATES. RESUBMIT WITH APPROVAL NUMBER."),
                ("0904", "CLAIM ADJUSTED: ORIGINAL PAYMENT RECOVERED, REPLACEMENT PAID ON THIS RA."),
                ("0622", "UNITS REDUCED TO THE DAILY LIMIT.")]
    # a reversal of an earlier paid claim and its replacement
    orig = [V(D(2025, 12, 16), "97530", 3, ("GO",)), V(D(2025, 12, 16), "97110", 2, ("GO",))]
    for sv in orig:
        medicaid(sv)
    rev = [negate(sv) for sv in orig]
    repl = [V(D(2025, 12, 16), "97530", 3, ("GO",)), V(D(2025, 12, 16), "97110", 2, ("GO", "59"))]
    spec.append(("ADJUSTED CLAIMS", "FAIRWEATHER, JONAH P", "2226034001311", "2225350007713", "WPT-29877", rev))
    spec.append(("ADJUSTED CLAIMS", "FAIRWEATHER, JONAH P", "90051774406", "2226034001329", "WPT-29877", repl))
    # fix the order of the two adjusted blocks' ids: (section, name, recip id, ICN, acct)
    spec[-2] = ("ADJUSTED CLAIMS", "FAIRWEATHER, JONAH P", "90051774406", "2226034001311", "WPT-29877", rev)
    cur = None
    grand = ZERO
    for secname, pat, rid, icn, acct, svcs in spec:
        for sv in svcs:
            if sv.code in ("97533",) and not sv.adjs and not sv.billed < 0:
                medicaid(sv, deny_reason="197")
            elif not sv.adjs and sv.billed >= 0 and sv not in rev:
                medicaid(sv, deny_reason="197")
            sv.remarks = [eob.get(a[1], "0312") for a in sv.adjs][:1]
            if sv in rev:
                sv.remarks = ["0904"]
        if secname != cur:
            cur = secname
            sec["name"] = secname
            doc.need(60)
            doc.nl(6)
            put(f"*** {secname} ***", b=True)
            colhead(doc)
            doc.repeat = colhead
        fr = min(sv.dos for sv in svcs)
        th = max(sv.dos for sv in svcs)
        tt = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        status = "DENIED" if all(sv.denied for sv in svcs) else ("REVERSED" if tt[2] < 0 else "PAID")
        doc.need(3 * L)
        put(f"{pat:<28}{rid:<14}{icn:<15}{acct:<17}{dfmt(fr, 'mdy6')} {dfmt(th, 'mdy6')} "
            f"{m(tt[0], ',', 'trail'):>10}  {m(tt[1], ',', 'trail'):>10}  {m(tt[2], ',', 'trail'):>10}  {status}")
        if secname == "ADJUSTED CLAIMS":
            put(f"     {'ORIGINAL ICN 2225350007713 PAID 12/26/25' if tt[2] < 0 else 'REPLACES ICN 2225350007713'}")
        doc.cont = lambda d, icn=icn, pat=pat: put(f"   ** ICN {icn} {pat} CONTINUED **")
        for i, sv in enumerate(svcs, 1):
            adj = sv.adjs[0] if sv.adjs else None
            a_code = f"{adj[0]}-{adj[1]}" if adj else ""
            a_amt = m(adj[2], ",", "trail") if adj else ""
            put(f"   {i:>2} {dfmt(sv.dos, 'mdy6')} {dfmt(sv.dos, 'mdy6')} {sv.code:<5} {' '.join(sv.mods):<11}"
                f"{units_str(sv.units) + '.0':>5}  {m(sv.billed, ',', 'trail'):>11} {m(sv.allowed, ',', 'trail'):>11} "
                f"{m(sv.paid, ',', 'trail'):>11}  {a_code:<6}{a_amt:>10}  {' '.join(sv.remarks)}")
            o.add(sv, [doc.pos()], claim_id=acct, payer_claim_id=icn, patient=pat, remarks=sv.remarks,
                  adjustments=[list(a) for a in sv.adjs], printed=("billed", "allowed", "paid"), description=False)
        doc.cont = None
        o.claim(acct, icn, pat, billed=tt[0], allowed=tt[1], paid=tt[2])
        grand += tt[2]
        put("")
    doc.repeat = None
    sec["name"] = ""
    doc.need(90)
    put("*** PAYMENT SUMMARY ***", b=True)
    put(f"   CLAIMS PAID / ADJUSTED / DENIED     5 / 2 / 1        NET PAYMENT {m(grand, ',', 'trail'):>12}")
    put("")
    put("*** EOB CODE DESCRIPTIONS ***", b=True)
    for c, txt in o.legend:
        put(f"   {c}  {txt}")
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "fpdf2", "Remittance Advice")
    write_truth(pdf, name, "fpdf2", n, "state Medicaid remittance advice, line-printer listing", o.lines, o.claims,
                o.legend)
    return pdf, o, dict(adj_full=True)


# ----------------------------------------------- L6 state Medicaid RA, boxed portal print (reportlab)
def l6_medicaid_boxed(out: Path):
    name = "h209_06_medicaid_ra_boxed"
    doc = Doc(*LETTER, "dvsc", 7.0, top=36, bottom=48)
    o = Out()
    G = [34, 52, 98, 144, 180, 214, 240, 290, 336, 372, 406, 452, 530, 578]
    H = ["Ln", "DOS From", "DOS To", "Proc", "Mod", "Units", "Billed", "Allowed", "Copay", "TPL", "Paid",
         "Adj Grp/Rsn  Amt", "RARC"]

    def head(d):
        d.t(34, "Commonwealth of Lakeshire", b=True, z=11, y=40)
        d.t(578, "Provider Remittance Advice", a="r", b=True, z=11, y=40)
        d.t(34, "Medical Assistance Program  -  Office of Medicaid Claims", z=7, y=50)
        d.t(578, "RA # 26-0207-55813    Page {P} of {N}", a="r", z=7, y=50)
        d.rule(34, 578, y=55, lw=1)
        d.y = 58

    def foot(d):
        d.t(34, "Payee: Little Oaks Therapy Group  |  Payee ID 000883201  |  Remit date 02/07/2026", z=6.3,
            y=d.H - 30)

    def colhead(d):
        d.nl(12)
        d.box(G[0], d.y - 8, G[-1] - G[0], 11, lw=0.5, fill=0.85)
        for i, h in enumerate(H):
            a = "r" if 5 <= i <= 10 else "l"
            d.t(G[i + 1] - 3 if a == "r" else G[i] + 2, h, a=a, b=True, z=6.5)
        d.nl(2)

    doc.header = head
    doc.footer = foot
    head(doc)
    doc.nl(14)
    doc.box(34, doc.y - 10, 544, 40, lw=0.6)
    doc.t(40, "Payee", b=True)
    doc.t(210, "NPI", b=True)
    doc.t(300, "Payment method / number", b=True)
    doc.t(470, "Payment date", b=True)
    doc.nl(10)
    doc.t(40, "Little Oaks Therapy Group")
    doc.t(210, "1093847562")
    doc.t(300, "EFT  0004418820")
    doc.t(470, "02/07/2026")
    doc.nl(10)
    doc.t(40, "1180 Orchard Mill Pkwy, Bramblewood, LS 60231")
    doc.t(300, "Claims on this RA: 6")
    doc.nl(8)
    o.legend = [("N19", "Procedure code billed is bundled with another line on this date."),
                ("M80", "Not covered when performed on the same day as the evaluation."),
                ("N52", "Member's other insurance paid first; this is the balance.")]
    spec = [
        ("PAID", "Beaumont-Achterberg, Felix", "710448211", "2602904410025", "LOT-4472",
         [V(D(2026, 1, 6), "92523", 1, ("GN",)), V(D(2026, 1, 13), "92507", 1, ("GN",)),
          V(D(2026, 1, 20), "92507", 1, ("GN",)), V(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("PAID", "Quintero-Halvorsen, Marisol", "722190664", "2602904410033", "LOT-4480",
         [V(D(2026, 1, 14), "97161", 1, ("GP",)), V(D(2026, 1, 21), "97110", 3, ("GP",)),
          V(D(2026, 1, 21), "97140", 2, ("GP",)), V(D(2026, 1, 28), "97110", 3, ("GP",))]),
        ("PAID", "Nakashima-Booker, Theo", "731005882", "2602904410041", "LOT-4486",
         [V(D(2026, 1, 9), "97530", 2, ("GO",)), V(D(2026, 1, 9), "97533", 2, ("GO",)),
          V(D(2026, 1, 16), "97530", 2, ("GO",))]),
        ("DENIED", "Nakashima-Booker, Theo", "731005882", "2602904410058", "LOT-4487",
         [V(D(2026, 1, 9), "97168", 1, ("GO",), "CO")]),
        ("PAID", "Beaumont-Achterberg, Elise", "710448203", "2602904410017", "LOT-4471",
         [V(D(2026, 1, 5), "97166", 1, ("GO",)), V(D(2026, 1, 5), "97530", 1, ("GO",)),
          V(D(2026, 1, 8), "97530", 2, ("GO",)), V(D(2026, 1, 8), "97112", 2, ("GO",)),
          V(D(2026, 1, 12), "97530", 2, ("GO",)), V(D(2026, 1, 12), "97535", 1, ("GO", "59")),
          V(D(2026, 1, 15), "97530", 3, ("GO",)), V(D(2026, 1, 19), "97530", 2, ("GO",)),
          V(D(2026, 1, 19), "97140", 1, ("GO", "59")), V(D(2026, 1, 22), "97530", 3, ("GO",)),
          V(D(2026, 1, 26), "97530", 2, ("GO",)), V(D(2026, 1, 26), "97110", 2, ("GO",)),
          V(D(2026, 1, 29), "97530", 3, ("GO",)), V(D(2026, 1, 29), "97760", 1, ("GO",)),
          V(D(2026, 1, 29), "L3807", 1, ("LT",))]),
    ]
    for status, pat, mid, tcn, acct, svcs in spec:
        for sv in svcs:
            medicaid(sv, deny_reason="B15")
            sv.copay = sv.not_covered = ZERO
            tpl = ZERO
            if pat.startswith("Quintero") and sv.paid:
                sv.copay = Decimal("3.00")
                sv.paid -= sv.copay
                sv.owes = sv.copay
                sv.adjs.append(("PR", "3", sv.copay))
            if pat.startswith("Nakashima") and sv.paid:
                tpl = q(sv.allowed * Decimal("0.40"))
                sv.paid -= tpl
                sv.adjs.append(("OA", "23", tpl))
                sv.remarks = ["N52"]
            sv.tpl = tpl
            if sv.denied:
                sv.remarks = ["M80"]
            if sv.code == "97535":
                sv.remarks = ["N19"]
        doc.need(70)
        doc.nl(16)
        top = doc.y - 9
        doc.box(G[0], top, G[-1] - G[0], 24, lw=0.6, fill=0.95)
        for x, lab in [(38, "Member name"), (200, "Member ID"), (270, "TCN"), (380, "Patient acct #"),
                       (470, "Claim status")]:
            doc.t(x, lab, z=6.3)
        doc.nl(10)
        for x, val in [(38, pat), (200, mid), (270, tcn), (380, acct), (470, status)]:
            doc.t(x, val, b=True, z=7.6)
        doc.nl(3)
        colhead(doc)
        doc.repeat = colhead
        doc.cont = lambda d, tcn=tcn, pat=pat: (d.nl(10), d.t(38, f"TCN {tcn}  {pat}  (continued)", b=True))
        for i, sv in enumerate(svcs, 1):
            doc.need(24)
            doc.nl(12)
            y0 = doc.y
            cells = [str(i), dfmt(sv.dos, "mdy4"), dfmt(sv.dos, "mdy4"), sv.code, " ".join(sv.mods),
                     f"{sv.units:.2f}", m(sv.billed), m(sv.allowed), m(sv.copay), m(sv.tpl), m(sv.paid)]
            for j, c in enumerate(cells):
                a = "r" if 5 <= j <= 10 else "l"
                doc.t(G[j + 1] - 3 if a == "r" else G[j] + 2, c, a=a)
            w = [doc.pos()]
            doc.t(G[12] + 2, " ".join(sv.remarks))
            for k, (g, r, a) in enumerate(sv.adjs):
                if k:
                    doc.nl(10)
                    w.append(doc.pos())
                doc.t(G[11] + 2, f"{g}-{r}")
                doc.t(G[12] - 3, m(a), a="r")
            doc.rule(G[0], G[-1], y=doc.y + 3, lw=0.3)
            for x in G:
                doc.rule(x, x, y=y0 - 8, y1=doc.y + 3, lw=0.3)
            o.add(sv, w, claim_id=acct, payer_claim_id=tcn, patient=pat, remarks=sv.remarks,
                  adjustments=[list(a) for a in sv.adjs], service_end=None, description=False,
                  printed=("billed", "allowed", "copay", "paid"))
        doc.repeat = doc.cont = None
        doc.nl(11)
        tt = [total(svcs, a) for a in ("billed", "allowed", "copay", "tpl", "paid")]
        doc.t(G[3] + 2, "Claim totals", b=True)
        for j, v in zip((6, 7, 8, 9, 10), tt):
            doc.t(G[j + 1] - 3, m(v), a="r", b=True)
        o.claim(acct, tcn, pat, billed=tt[0], allowed=tt[1], paid=tt[4])
    doc.need(60)
    doc.nl(20)
    doc.t(34, "Remittance advice remark codes used on this RA", b=True, z=8)
    for c, txt in o.legend:
        doc.nl(10)
        doc.t(34, c, b=True)
        doc.t(60, txt)
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "reportlab", "Provider Remittance Advice")
    write_truth(pdf, name, "reportlab", n, "state Medicaid remittance advice, boxed claim blocks with a grid",
                o.lines, o.claims, o.legend)
    return pdf, o, dict(adj_full=True)


# ---------------------------------- L7 Medicare standard paper remit from a clearinghouse viewer (reportlab)
def l7_spr_clearinghouse(out: Path):
    name = "h209_07_medicare_spr_clearinghouse"
    doc = Doc(*LETTER, "dvmono", 6.5, top=36, bottom=44)
    o = Out()
    L = 9.0

    def put(txt, b=False):
        doc.nl(L)
        doc.t(34, txt, b=b)

    def head(d):
        d.box(30, 24, 552, 26, lw=0, fill=0.9)
        d.t(36, "ClearPath Exchange  |  Remittance Viewer  |  Standard Paper Remit (SPR) format", b=True, z=8, y=35)
        d.t(576, "printed 02/11/2026 08:14", a="r", z=6.5, y=35)
        d.t(36, "Payer: GRANITE STATES MEDICARE ADMINISTRATIVE SERVICES - PART B   Payer ID 14212", z=6.5, y=45)
        d.y = 52
        put("GRANITE STATES MEDICARE ADMINISTRATIVE SERVICES                MEDICARE REMITTANCE NOTICE")
        put("PO BOX 3318  CONCORD HEIGHTS NH 03301                                                        PAGE #: {P} OF {N}")
        put("PROVIDER #: 0448120   NPI: 1386029471   DRIFTWOOD REHAB & HAND THERAPY PC    CHECK/EFT #: 882041557"
            "   DATE: 02/10/2026")
        put("-" * 128)

    def colhead(d):
        put(f"{'PERF PROV':<11}{'SERV DATE':<12}{'POS':<4}{'NOS':>3}  {'PROC':<6}{'MODS':<12}{'BILLED':>9}{'ALLOWED':>10}"
            f"{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<18}{'PROV PD':>9}")
        put("-" * 128)

    doc.header = head
    head(doc)
    colhead(doc)
    doc.repeat = colhead
    st = PlanState(ded_left=Decimal("40.00"))
    spec = [
        ("DUNMORE, AUGUST", "3RT7WQ2NK64", "DPT-66120", "2226037118440", "1902446680",
         [V(D(2026, 1, 12), "97161", 1, ("GP",)), V(D(2026, 1, 12), "97110", 3, ("GP", "KX")),
          V(D(2026, 1, 12), "97140", 1, ("GP", "59"))]),
        ("KOWALCZYK-ADEBAYO, RUTH", "5FM2HX8QD31", "DPT-66131", "2226037118459", "1528803316",
         [V(D(2026, 1, 5), "97165", 1, ("GO",)), V(D(2026, 1, 5), "97760", 1, ("GO",)),
          V(D(2026, 1, 5), "L3807", 1, ("GO", "LT")), V(D(2026, 1, 8), "97530", 2, ("GO",)),
          V(D(2026, 1, 8), "97018", 1, ("GO",)), V(D(2026, 1, 12), "97530", 2, ("GO", "CO")),
          V(D(2026, 1, 12), "97140", 1, ("GO", "CO")), V(D(2026, 1, 15), "97530", 2, ("GO",)),
          V(D(2026, 1, 15), "97763", 1, ("GO",)), V(D(2026, 1, 19), "97530", 3, ("GO",)),
          V(D(2026, 1, 22), "97535", 2, ("GO",)), V(D(2026, 1, 22), "0552T", 1, ("GO",), "CO"),
          V(D(2026, 1, 26), "97530", 2, ("GO",)), V(D(2026, 1, 26), "97112", 1, ("GO",)),
          V(D(2026, 1, 29), "97168", 1, ("GO",))]),
        ("PELLINGHAM, OTIS R", "8KD4NB6TE09", "DPT-66140", "2226037118468", "1902446680",
         [V(D(2026, 1, 14), "97110", 2, ("GP",)), V(D(2026, 1, 14), "97116", 2, ("GP", "CQ")),
          V(D(2026, 1, 21), "97110", 2, ("GP",)), V(D(2026, 1, 21), "G0283", 1, ("GP",))]),
    ]
    rem = {"97140": ["M15"], "0552T": ["N425"], "L3807": ["N211"]}
    o.legend = [("M15", "Two services billed apart were paid as one; this line got the lower amount."),
                ("N425", "Statutorily excluded from Medicare benefits."),
                ("N211", "You may not appeal this decision."),
                ("MA01", "If you disagree with this decision you may ask for a review within 120 days."),
                ("MA130", "Claim has unprocessable information; corrected resubmission required.")]
    # reversal of an earlier paid claim
    old = [V(D(2025, 12, 17), "97110", 2, ("GP",)), V(D(2025, 12, 17), "97140", 1, ("GP",))]
    st_old = PlanState()
    for sv in old:
        medicare(sv, st_old)
    spec.append(("PELLINGHAM, OTIS R", "8KD4NB6TE09", "DPT-65802", "2226037118477", "1902446680",
                 [negate(sv) for sv in old]))
    net = ZERO
    for pat, mid, acct, icn, npi, svcs in spec:
        rev = svcs[0].billed < 0
        for sv in svcs:
            if not rev:
                medicare(sv, st, deny_reason="96")
            sv.remarks = rem.get(sv.code, []) if not rev else []
        doc.need(6 * L)
        put("")
        put(f"NAME {pat:<26}MID {mid:<13}ACNT {acct:<13}ICN {icn:<15}ASG Y  MOA MA01", b=True)
        doc.cont = lambda d, pat=pat, icn=icn: put(f"NAME {pat} (CONT)  ICN {icn}", b=True)
        for sv in svcs:
            adjs = sv.adjs or [("CO", "45", ZERO)]
            doc.need((len(adjs) + 1) * L)
            a0 = f"{adjs[0][0]}-{adjs[0][1]}"
            put(f"{npi:<11}{sv.dos:%m%d} {dfmt(sv.dos, 'mdy6'):<7}{'11':<4}{units_str(sv.units):>3}  {sv.code:<6}"
                f"{' '.join(sv.mods):<12}{m(sv.billed, ''):>9}{m(sv.allowed, ''):>10}{m(sv.deductible, ''):>9}"
                f"{m(sv.coinsurance, ''):>9}  {a0:<8}{m(adjs[0][2], ''):>9} {m(sv.paid, ''):>9}")
            w = [doc.pos()]
            for g, r, a in adjs[1:]:
                put(f"{'':<91}{g + '-' + r:<8}{m(a, ''):>9}")
                w.append(doc.pos())
            if sv.remarks:
                put(f"{'':<11}CNTL #: {acct}-{sv.code}   REM: {' '.join(sv.remarks)}")
                w.append(doc.pos())
            o.add(sv, w, claim_id=acct, payer_claim_id=icn, patient=pat, remarks=sv.remarks,
                  adjustments=[list(a) for a in sv.adjs], description=False,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
        doc.cont = None
        tt = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        put(f"PT RESP {m(tt[5], ''):>9}{'CLAIM TOTALS':>20}{'':>12}{m(tt[0], ''):>9}{m(tt[1], ''):>10}"
            f"{m(tt[2], ''):>9}{m(tt[3], ''):>9}{'':>28}{m(tt[4], ''):>9}")
        put(f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00{'':>38}NET {m(tt[4], ''):>9}")
        o.claim(acct, icn, pat, billed=tt[0], allowed=tt[1], paid=tt[4], patient_owes=tt[5])
        net += tt[4]
    doc.repeat = None
    doc.need(12 * L)
    put("")
    put("TOTALS:  # OF CLAIMS 4     PROV PD " + m(net, "") + "     PROV ADJ AMT 0.00     CHECK AMT " + m(net, ""), b=True)
    put("")
    put("GLOSSARY: Group, Reason, MOA, Remark and Adjustment codes", b=True)
    put("CO   Contractual obligation: the provider may not bill the patient for this amount.")
    put("PR   Patient responsibility: the patient may be billed for this amount.")
    put("45   Charge above the fee schedule amount.          2    Coinsurance amount.      1   Deductible amount.")
    put("253  Federal sequestration reduction.               96   Service not covered by this benefit plan.")
    for c, txt in o.legend:
        put(f"{c:<6}{txt}")
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "reportlab", "SPR view")
    write_truth(pdf, name, "reportlab", n, "Medicare Part B standard paper remit printed by a clearinghouse viewer",
                o.lines, o.claims, o.legend)
    return pdf, o, dict(adj_full=True)


# ------------------------------------ L8 practice-management ERA posting report, landscape (fpdf2)
def l8_pm_era_report(out: Path):
    name = "h209_08_pm_era_posting_report"
    doc = Doc(*LAND, "libnarrow", 8.0, top=34, bottom=42)
    o = Out()
    X = dict(dos=34, proc=88, mod=126, units=186, chg=236, allow=286, ded=330, coins=374, adj=384, paid=600,
             rem=612, bal=758)

    def head(d):
        d.t(34, "TheraLedger PM", b=True, z=13, y=36)
        d.t(150, "ERA Payment Detail - Posting Review", b=True, z=11, y=36)
        d.t(758, "Run 02/12/2026 10:42  User: KBARRETT", a="r", z=7, y=36)
        d.t(34, "Practice: Meadowlark Outpatient Therapy  |  Payer: Lakeland Medicare Services Part B (J6)  |  "
            "EFT trace 4410028817  |  Paid 02/09/2026  |  Remit amount shown at end", z=7.2, y=47)
        d.rule(34, 758, y=52, lw=0.8)
        d.y = 52

    def foot(d):
        d.t(34, "Posting review only - amounts as received in the 835 file. Confidential patient information.", z=6.5,
            y=d.H - 24)
        d.t(758, "Page {P} of {N}", a="r", z=6.5, y=d.H - 24)

    def colhead(d):
        d.nl(13)
        cells = [(X["dos"], "DOS", "l"), (X["proc"], "Proc", "l"), (X["mod"], "Mod", "l"), (X["units"], "Units", "r"),
                 (X["chg"], "Charge", "r"), (X["allow"], "Allowed", "r"), (X["ded"], "Deduct", "r"),
                 (X["coins"], "Coins", "r"), (X["adj"], "Adjustments (group-reason amount)", "l"),
                 (X["paid"], "Paid", "r"), (X["rem"], "Remarks", "l"), (X["bal"], "Pt balance", "r")]
        d.row(cells, b=True, z=7.4)
        d.rule(34, 758, y=d.y + 3, lw=0.4)

    doc.header = head
    doc.footer = foot
    head(doc)
    st = PlanState(ded_left=Decimal("0.00"))
    spec = [
        ("Hargreave, Philippa", "MOT-10452", "552260118834401", "Processed as primary",
         [V(D(2026, 1, 6), "97110", 2, ("GP",)), V(D(2026, 1, 6), "97112", 1, ("GP",)),
          V(D(2026, 1, 9), "97110", 2, ("GP", "KX")), V(D(2026, 1, 9), "97140", 1, ("GP", "59"))]),
        ("Tembo-Larkspur, Gideon", "MOT-10466", "552260118834519", "Processed as primary, forwarded to "
         "Hearthstone Medigap", [V(D(2026, 1, 7), "97163", 1, ("GP",)), V(D(2026, 1, 7), "97110", 1, ("GP",)),
                                V(D(2026, 1, 14), "97110", 2, ("GP",)), V(D(2026, 1, 14), "97116", 2, ("GP", "CQ")),
                                V(D(2026, 1, 14), "97035", 1, ("GP",), "PR")]),
        ("Oyelowo, Beatrix", "MOT-10471", "552260118834627", "Processed as primary",
         [V(D(2026, 1, 12), "92523", 1, ("GN",)), V(D(2026, 1, 19), "92507", 1, ("GN",)),
          V(D(2026, 1, 26), "92507", 1, ("GN",)), V(D(2026, 1, 26), "92610", 1, ())]),
        ("Vasquez-Thornbury, Ines", "MOT-10480", "552260118834951", "Processed as primary",
         [V(D(2026, 1, 8), "97165", 1, ("GO",)), V(D(2026, 1, 8), "97530", 1, ("GO",)),
          V(D(2026, 1, 13), "97530", 2, ("GO",)), V(D(2026, 1, 13), "97535", 1, ("GO",)),
          V(D(2026, 1, 16), "97530", 2, ("GO",)), V(D(2026, 1, 16), "97760", 1, ("GO",)),
          V(D(2026, 1, 20), "97530", 2, ("GO", "CO")), V(D(2026, 1, 20), "97110", 1, ("GO", "CO")),
          V(D(2026, 1, 23), "97530", 3, ("GO",)), V(D(2026, 1, 27), "97530", 2, ("GO",)),
          V(D(2026, 1, 27), "97168", 1, ("GO",))]),
    ]
    old = [V(D(2025, 12, 29), "97110", 2, ("GP",)), V(D(2025, 12, 29), "97140", 1, ("GP",))]
    for sv in old:
        medicare(sv, PlanState())
    spec.append(("Hargreave, Philippa", "MOT-10398", "552260118834735", "Reversal of previous payment",
                 [negate(sv) for sv in old]))
    corr = [V(D(2025, 12, 29), "97110", 2, ("GP",)), V(D(2025, 12, 29), "97140", 1, ("GP", "59"))]
    spec.append(("Hargreave, Philippa", "MOT-10398", "552260118834843", "Processed as primary (corrected claim)",
                 corr))
    rem = {"97140": ["M15"], "97035": ["N130"], "97116": ["N640"], "97110": []}
    o.legend = [("M15", "Billed apart but paid as one with another service."),
                ("N130", "See your plan's coverage rules for this item."),
                ("N640", "Paid at the assistant rate."),
                ("MA18", "Claim details were sent on to the supplemental insurer.")]
    remit = ZERO
    for pat, acct, icn, status, svcs in spec:
        rev = svcs[0].billed < 0
        for sv in svcs:
            if not rev:
                medicare(sv, st, deny_reason="96")
            sv.remarks = [] if rev else rem.get(sv.code, [])
            if "forwarded" in status and not rev:
                sv.remarks = sv.remarks + ["MA18"]
        doc.need(60)
        doc.nl(18)
        doc.box(34, doc.y - 10, 724, 14, lw=0, fill=0.88)
        doc.t(38, f"Patient: {pat}", b=True)
        doc.t(200, f"Acct #: {acct}", b=True)
        doc.t(300, f"Payer ICN: {icn}")
        doc.t(440, f"Status: {status}")
        colhead(doc)
        doc.repeat = colhead
        doc.cont = lambda d, pat=pat, icn=icn: (d.nl(11), d.t(38, f"{pat} - ICN {icn} (cont'd)", b=True))
        for sv in svcs:
            pieces = [f"{g}-{r} {m(a, ',', '()')}" for g, r, a in sv.adjs]
            adjl = [", ".join(pieces)]
            if width(adjl[0], "libnarrow", 8.0) > 150:
                adjl = [", ".join(pieces[:2]) + ",", ", ".join(pieces[2:])]
            doc.need(12 * len(adjl) + 4)
            doc.nl(12)
            doc.row([(X["dos"], dfmt(sv.dos, "mdyn"), "l"), (X["proc"], sv.code, "l"),
                     (X["mod"], ",".join(sv.mods), "l"), (X["units"], units_str(sv.units), "r"),
                     (X["chg"], m(sv.billed, ",", "()"), "r"), (X["allow"], m(sv.allowed, ",", "()"), "r"),
                     (X["ded"], m(sv.deductible, ",", "()"), "r"), (X["coins"], m(sv.coinsurance, ",", "()"), "r"),
                     (X["adj"], adjl[0], "l"), (X["paid"], m(sv.paid, ",", "()"), "r"),
                     (X["rem"], " ".join(sv.remarks), "l"), (X["bal"], m(sv.owes, ",", "()"), "r")])
            w = [doc.pos()]
            for extra in adjl[1:]:
                doc.nl(10)
                doc.t(X["adj"] + 6, extra)
                w.append(doc.pos())
            o.add(sv, w, claim_id=acct, payer_claim_id=icn, patient=pat, remarks=sv.remarks, description=False,
                  adjustments=[list(a) for a in sv.adjs],
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"))
        doc.repeat = doc.cont = None
        doc.nl(4)
        doc.rule(200, 758, lw=0.3)
        doc.nl(10)
        tt = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.row([(X["proc"], "Claim totals", "l"), (X["chg"], m(tt[0], ",", "()"), "r"),
                 (X["allow"], m(tt[1], ",", "()"), "r"), (X["ded"], m(tt[2], ",", "()"), "r"),
                 (X["coins"], m(tt[3], ",", "()"), "r"), (X["paid"], m(tt[4], ",", "()"), "r"),
                 (X["bal"], m(tt[5], ",", "()"), "r")], b=True)
        o.claim(acct, icn, pat, billed=tt[0], allowed=tt[1], paid=tt[4], patient_owes=tt[5])
        remit += tt[4]
    doc.need(70)
    doc.nl(20)
    doc.t(34, f"Remit total {m(remit, '$', '()')}   Claims 6   Provider-level adjustments none", b=True)
    doc.nl(14)
    doc.t(34, "Remark codes on this remit", b=True)
    for c, txt in o.legend:
        doc.nl(10)
        doc.t(34, c)
        doc.t(70, txt)
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "fpdf2", "ERA Payment Detail")
    write_truth(pdf, name, "fpdf2", n, "practice-management ERA posting report for a Medicare remit", o.lines,
                o.claims, o.legend)
    return pdf, o, dict(adj_full=True)


# --------------------------------------- L9 pediatric therapy clinic family statement with stub (fpdf2)
def l9_clinic_family_statement(out: Path):
    name = "h209_09_clinic_family_statement"
    doc = Doc(*LETTER, "libsans", 7.6, top=36, bottom=50)
    o = Out()
    X = dict(date=36, code=86, desc=140, units=318, chg=372, ins=424, adj=476, bal=572)

    def foot(d):
        d.rule(36, 576, y=d.H - 40, lw=0.3)
        d.t(36, "Willow Creek Pediatric Therapy  |  Billing office 503-555-0129, Mon-Fri 8:30-4:30  |  "
            "billing@willowcreek-therapy.example", z=6.4, y=d.H - 30)
        d.t(576, "Page {P} of {N}", a="r", z=6.4, y=d.H - 30)

    def colhead(d):
        d.nl(14)
        d.box(36, d.y - 9, 540, 13, lw=0, fill=0.86)
        d.row([(X["date"] + 2, "Date", "l"), (X["code"], "Code", "l"), (X["desc"], "Description", "l"),
               (X["units"], "Units", "r"), (X["chg"], "Charges", "r"), (X["ins"], "Ins. Paid", "r"),
               (X["adj"], "Ins. Adj.", "r"), (X["bal"] - 4, "Your Portion", "r")], b=True, z=7.2)
        d.nl(3)

    doc.footer = foot
    # remittance stub
    doc.t(36, "Willow Creek Pediatric Therapy", b=True, z=13, y=44)
    doc.t(36, "8812 SW Alder Bend Rd, Suite 140  -  Tualatin Ridge, OR 97062", z=7.5, y=55)
    doc.box(340, 30, 236, 62, lw=0.8)
    for i, (k, v) in enumerate([("Statement date", "02/10/2026"), ("Guarantor account", "G-004417"),
                                ("Amount due", "$AMTDUE"), ("Please pay by", "03/05/2026")]):
        doc.t(348, k, z=7.4, y=44 + 14 * i)
        doc.t(568, v, a="r", b=True, z=7.6, y=44 + 14 * i)
    doc.t(36, "Okafor-Lindqvist Family", z=8.5, y=80)
    doc.t(36, "c/o Nadia Okafor-Lindqvist", z=8.5, y=91)
    doc.t(36, "1437 Larkfield Ct, Tualatin Ridge, OR 97062", z=8.5, y=102)
    doc.t(340, "Amount enclosed $ ____________   Card / check #: ____________", z=7.2, y=104)
    doc.rule(36, 576, y=118, lw=0.5)
    doc.t(306, "- - -  please detach and return the top portion with your payment  - - -", a="c", z=6.4, y=126)
    doc.y = 132
    doc.t(36, "Account activity", b=True, z=10, y=148)
    doc.y = 150
    ins = {"P": ("Prairie Crest Health", PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"),
                                                   allowed_rate=Decimal("0.80")))}
    spec = [
        ("V-260106-0113", "Avery Okafor-Lindqvist", "PCH-6610448210", D(2026, 1, 6),
         [V(D(2026, 1, 6), "97166", 1, ("GO",)), V(D(2026, 1, 6), "97530", 1, ("GO",))]),
        ("V-260108-0187", "Avery Okafor-Lindqvist", "PCH-6610448331", D(2026, 1, 8),
         [V(D(2026, 1, 8), "97530", 2, ("GO",)), V(D(2026, 1, 8), "97533", 1, ("GO",), "PR")]),
        ("V-260109-0204", "Jasper Okafor-Lindqvist", "PCH-6610449017", D(2026, 1, 9),
         [V(D(2026, 1, 9), "92523", 1, ("GN",))]),
        ("V-260113-0258", "Avery Okafor-Lindqvist", "PCH-6610449556", D(2026, 1, 13),
         [V(D(2026, 1, 13), "97530", 2, ("GO",)), V(D(2026, 1, 13), "97112", 1, ("GO", "59"))]),
        ("V-260116-0301", "Jasper Okafor-Lindqvist", "PCH-6610450118", D(2026, 1, 16),
         [V(D(2026, 1, 16), "92507", 1, ("GN",))]),
        ("V-260120-0355", "Avery Okafor-Lindqvist", "PCH-6610450702", D(2026, 1, 20),
         [V(D(2026, 1, 20), "97530", 3, ("GO",)), V(D(2026, 1, 20), "97535", 1, ("GO",), desc=LONG_DESC["97535"])]),
        ("V-260122-0398", "Nell Okafor-Lindqvist", "PCH-6610451260", D(2026, 1, 22),
         [V(D(2026, 1, 22), "97161", 1, ("GP",)), V(D(2026, 1, 22), "97110", 2, ("GP",)),
          V(D(2026, 1, 22), "97140", 1, ("GP",), desc=LONG_DESC["97140"])]),
        ("V-260123-0412", "Jasper Okafor-Lindqvist", "PCH-6610451388", D(2026, 1, 23),
         [V(D(2026, 1, 23), "92507", 1, ("GN",))]),
        ("V-260127-0466", "Avery Okafor-Lindqvist", "PCH-6610452004", D(2026, 1, 27),
         [V(D(2026, 1, 27), "97530", 2, ("GO",)), V(D(2026, 1, 27), "97760", 1, ("GO",), desc=LONG_DESC["97760"]),
          V(D(2026, 1, 27), "L3807", 1, ("GO", "RT"), desc=LONG_DESC["L3807"])]),
        ("V-260129-0510", "Nell Okafor-Lindqvist", "PCH-6610452577", D(2026, 1, 29),
         [V(D(2026, 1, 29), "97110", 2, ("GP",)), V(D(2026, 1, 29), "97116", 1, ("GP",))]),
        ("V-260203-0588", "Avery Okafor-Lindqvist", None, D(2026, 2, 3),
         [V(D(2026, 2, 3), "97530", 2, ("GO",)), V(D(2026, 2, 3), "97168", 1, ("GO",))]),
        ("V-260205-0621", "Jasper Okafor-Lindqvist", None, D(2026, 2, 5),
         [V(D(2026, 2, 5), "92507", 1, ("GN",))]),
    ]
    payer, st = ins["P"]
    colhead(doc)
    doc.repeat = colhead
    due = ZERO
    pay_no = 1040
    for visit, pat, clm, dos, svcs in spec:
        pending = clm is None
        for sv in svcs:
            commercial(sv, st, deny_reason="96")
        doc.need(40)
        doc.nl(15)
        doc.t(38, f"Visit {visit}  -  {pat}", b=True)
        doc.t(572, (f"Billed to {payer} {dfmt(dos + (D(2026, 1, 2) - D(2026, 1, 1)), 'mdy4')}, claim {clm}"
                    if not pending else f"Billed to {payer} {dfmt(dos, 'mdy4')} - insurance pending"), a="r", z=7.2)
        doc.cont = lambda d, visit=visit, pat=pat: (d.nl(12), d.t(38, f"Visit {visit} - {pat} (continued)", b=True))
        for sv in svcs:
            dl = wrap(sv.desc, 170, "libsans", 7.6)
            doc.need(12 + 9 * len(dl))
            doc.nl(12)
            if pending:
                vals = [m(sv.billed), "pending", "", ""]
            else:
                vals = [m(sv.billed), m(sv.paid), m(sv.discount), m(sv.owes)]
            doc.row([(X["date"] + 2, dfmt(sv.dos, "mdy4"), "l"), (X["code"], " ".join((sv.code,) + sv.mods), "l"),
                     (X["desc"], dl[0], "l"), (X["units"], units_str(sv.units), "r"), (X["chg"], vals[0], "r"),
                     (X["ins"], vals[1], "r"), (X["adj"], vals[2], "r"), (X["bal"] - 4, vals[3], "r")])
            w = [doc.pos()]
            for extra in dl[1:]:
                doc.nl(9)
                doc.t(X["desc"], extra)
            o.add(sv, w, claim_id=visit, payer_claim_id=clm, patient=pat,
                  printed=("billed",) if pending else ("billed", "paid", "discount", "patient_owes"))
            if not pending:
                due += sv.owes
        doc.cont = None
        if not pending and any(sv.owes for sv in svcs) and pay_no < 1043:
            doc.nl(12)
            paid = min(Decimal("25.00"), total(svcs, "owes"))
            doc.t(X["desc"], f"Payment - thank you (check {pay_no})", z=7.2)
            doc.t(X["bal"] - 4, m(-paid), a="r")
            due -= paid
            pay_no += 1
        o.claim(visit, clm, pat)
    doc.repeat = None
    doc.need(80)
    doc.nl(18)
    doc.rule(300, 576, lw=0.6)
    doc.nl(12)
    doc.t(300, "Amount due from you", b=True, z=9)
    doc.t(572, m(due, "$"), a="r", b=True, z=9)
    doc.nl(16)
    doc.t(36, "Visits marked 'insurance pending' are waiting on your insurer; you will see them again once they "
          "are processed.", z=7.2)
    doc.nl(10)
    doc.t(36, "Sensory integration (97533) is not covered by your plan; see your insurer's letter dated 01/29/2026.",
          z=7.2)
    for op_i, op in enumerate(doc.pages[0]):
        if op[0] == "t" and op[3] == "$AMTDUE":
            w_ = width(m(due, "$"), "libsans", 7.6, True)
            doc.pages[0][op_i] = ("t", 568 - w_, op[2], m(due, "$"), op[4], op[5], op[6])
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "fpdf2", "Statement")
    write_truth(pdf, name, "fpdf2", n, "pediatric therapy clinic family statement with a tear-off stub", o.lines,
                o.claims, o.legend)
    return pdf, o, dict(adj_full=False)


# ------------------------------ L10 children's hospital itemized family statement with sidebar (reportlab)
def l10_hospital_statement(out: Path):
    name = "h209_10_hospital_family_statement"
    doc = Doc(*LETTER, "dvserif", 7.4, top=40, bottom=52)
    o = Out()
    X = dict(date=40, rev=96, code=128, desc=196, qty=470, amt=568)

    def foot(d):
        d.t(40, "Bayshore Children's Hospital  -  Patient Financial Services  -  1-877-555-0163", z=6.3, y=d.H - 32)
        d.t(568, "Page {P} of {N}", a="r", z=6.3, y=d.H - 32)

    def head(d):
        if len(d.pages) > 1:
            d.t(40, "Bayshore Children's Hospital", b=True, z=9, y=40)
            d.t(568, "Guarantor account 3300718842  -  Statement date 02/14/2026", a="r", z=7, y=40)
            d.rule(40, 568, y=46, lw=0.6)
            d.y = 50

    doc.header = head
    doc.footer = foot
    doc.t(40, "Bayshore Children's Hospital", b=True, z=15, y=48)
    doc.t(40, "Outpatient Rehabilitation Services  -  400 Harborlight Blvd, Port Wendell, CA 94560", z=7.4, y=60)
    doc.t(40, "PATIENT ACCOUNT STATEMENT", b=True, z=10, y=84)
    for i, t_ in enumerate(["Guarantor: Malcolm Ferreira-Ashdown", "88 Tamsen Way", "Port Wendell, CA 94561", "",
                            "Guarantor account: 3300718842", "Statement date: 02/14/2026"]):
        doc.t(40, t_, z=8, y=100 + 11 * i)
    # sidebar
    doc.box(380, 72, 188, 120, lw=0.7, fill=0.94)
    side = ["Ways to pay", "Online: pay.bayshorechildrens.example", "Phone: 1-877-555-0163",
            "Mail: PO Box 55120, Port Wendell CA", "", "Need help paying?",
            "Ask us about financial assistance and", "interest-free payment plans. We can also",
            "help you apply for Medi-Cal coverage."]
    for i, t_ in enumerate(side):
        doc.t(388, t_, b=i in (0, 5), z=7.2, y=88 + 11 * i)
    doc.y = 200
    doc.t(40, "Itemized charges and insurance activity by hospital account", b=True, z=9)
    accts = [
        ("7700412233", "Lucia Ferreira-Ashdown", "Tidemark Health Plan", "TMH26-0044197", Decimal("0.72"),
         [V(D(2026, 1, 5), "97165", 1, ("GO",)), V(D(2026, 1, 5), "97530", 2, ("GO",)),
          V(D(2026, 1, 7), "97530", 3, ("GO",)), V(D(2026, 1, 7), "97535", 1, ("GO",)),
          V(D(2026, 1, 12), "97530", 2, ("GO",)), V(D(2026, 1, 12), "97112", 2, ("GO",)),
          V(D(2026, 1, 14), "97530", 3, ("GO",)), V(D(2026, 1, 14), "97760", 1, ("GO",)),
          V(D(2026, 1, 14), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"]),
          V(D(2026, 1, 19), "97530", 2, ("GO",)), V(D(2026, 1, 21), "97530", 3, ("GO",)),
          V(D(2026, 1, 21), "97140", 1, ("GO", "59"), desc=LONG_DESC["97140"]),
          V(D(2026, 1, 26), "97530", 2, ("GO",)), V(D(2026, 1, 28), "97530", 3, ("GO",)),
          V(D(2026, 1, 28), "97168", 1, ("GO",))]),
        ("7700412250", "Rafael Ferreira-Ashdown", "Tidemark Health Plan", "TMH26-0051822", Decimal("0.70"),
         [V(D(2026, 1, 9), "92523", 1, ("GN",)), V(D(2026, 1, 16), "92507", 1, ("GN",)),
          V(D(2026, 1, 23), "92507", 1, ("GN",)), V(D(2026, 1, 23), "92526", 1, ("GN",)),
          V(D(2026, 1, 30), "92507", 1, ("GN",))]),
        ("7700412268", "Lucia Ferreira-Ashdown", "Tidemark Health Plan", "TMH26-0058310", Decimal("0.72"),
         [V(D(2026, 2, 2), "97530", 2, ("GO",)), V(D(2026, 2, 2), "A4556", 1, ())]),
    ]
    rev = {"97": "0430", "92": "0440", "L3": "0274", "A4": "0270"}
    bal_all = ZERO

    def colhead(d):
        d.nl(14)
        d.row([(X["date"], "Date", "l"), (X["rev"], "Rev", "l"), (X["code"], "CPT/HCPCS", "l"),
               (X["desc"], "Description", "l"), (X["qty"], "Qty", "r"), (X["amt"], "Amount", "r")], b=True, z=7.2)
        d.rule(40, 568, y=d.y + 3, lw=0.5)

    for acct, pat, payer, clm, rate, svcs in accts:
        doc.need(90)
        doc.nl(20)
        doc.box(40, doc.y - 10, 528, 26, lw=0.5)
        doc.t(46, f"Patient: {pat}", b=True, z=8)
        doc.t(260, f"Hospital account # {acct}", z=8)
        doc.t(562, "Outpatient - Rehabilitation", a="r", z=7.4)
        doc.nl(11)
        dd = sorted(sv.dos for sv in svcs)
        doc.t(46, f"Dates of service: {dfmt(dd[0], 'mdy4')} - {dfmt(dd[-1], 'mdy4')}", z=7.4)
        doc.t(260, f"Primary insurance: {payer}", z=7.4)
        colhead(doc)
        doc.cont = lambda d, acct=acct, pat=pat: (d.nl(13), d.t(40, f"Account {acct} - {pat} (continued)", b=True,
                                                                      z=7.6))
        for sv in svcs:
            dl = wrap(sv.desc, 250, "dvserif", 7.4)
            doc.need(12 + 9 * len(dl))
            doc.nl(12)
            doc.row([(X["date"], dfmt(sv.dos, "mdy4"), "l"), (X["rev"], rev[sv.code[:2]], "l"),
                     (X["code"], " ".join((sv.code,) + sv.mods), "l"), (X["desc"], dl[0], "l"),
                     (X["qty"], units_str(sv.units), "r"), (X["amt"], m(sv.billed), "r")])
            w = [doc.pos()]
            for extra in dl[1:]:
                doc.nl(9)
                doc.t(X["desc"], extra)
            o.add(sv, w, claim_id=acct, payer_claim_id=clm, patient=pat, printed=("billed",))
        doc.cont = None
        tb = total(svcs, "billed")
        doc.nl(6)
        doc.rule(400, 568, lw=0.4)
        doc.nl(11)
        doc.t(X["desc"], "Total charges", b=True)
        doc.t(X["amt"], m(tb), a="r", b=True)
        ins_paid = q(tb * rate * Decimal("0.8"))
        contractual = q(tb * (1 - rate))
        for when, txt, v in [(D(2026, 2, 9), f"Insurance payment - {payer}, claim {clm}", -ins_paid),
                             (D(2026, 2, 9), "Contractual adjustment per insurance agreement", -contractual)]:
            doc.nl(11)
            doc.t(X["date"], dfmt(when, "mdy4"))
            doc.t(X["desc"], txt)
            doc.t(X["amt"], m(v, ",", "()"), a="r")
        bal = tb - ins_paid - contractual
        doc.nl(12)
        doc.t(X["desc"], "Account balance - patient responsibility", b=True)
        doc.t(X["amt"], m(bal), a="r", b=True)
        bal_all += bal
        o.claim(acct, clm, pat, billed=tb)
    doc.need(60)
    doc.nl(22)
    doc.box(330, doc.y - 12, 238, 20, lw=0.9)
    doc.t(338, "Total amount due", b=True, z=9)
    doc.t(562, m(bal_all, "$"), a="r", b=True, z=9)
    doc.finish()
    pdf = out / f"{name}.pdf"
    n = render(doc, pdf, "reportlab", "Patient Account Statement")
    write_truth(pdf, name, "reportlab", n, "children's hospital itemized family statement with a sidebar", o.lines,
                o.claims, o.legend)
    return pdf, o, dict(adj_full=False)


LAYOUTS = [l1_member_eob_landscape, l2_member_eob_twotier, l3_msn, l4_ma_eob, l5_medicaid_lineprinter, l6_medicaid_boxed,
           l7_spr_clearinghouse, l8_pm_era_report, l9_clinic_family_statement,
           l10_hospital_statement]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(__import__("tempfile").mkdtemp(prefix="heldout209_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for fn in LAYOUTS:
        pdf, o, opts = fn(out)
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        split = sum(1 for c in truth["claims"] if len({ln["page"] for ln in truth["lines"] if
                    (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == (c["claim_id"], c["payer_claim_id"],
                                                                               c["patient"])}) > 1)
        msg = (f"{pdf.name}: {truth['pages']} pages, {len(truth['lines'])} lines, {len(truth['claims'])} claims, "
               f"{split} split across pages")
        if "--check" in argv:
            errs = check(pdf, truth, o.rows, **opts)
            bad += len(errs)
            msg += "  OK" if not errs else "  FAIL"
            for e in errs[:12]:
                msg += "\n    " + e
        print(msg)
    print(out)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
