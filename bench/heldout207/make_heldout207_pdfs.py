"""Write held-out set 207 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents of
the five commonest real kinds, two of each (commercial member EOB; Medicare Summary Notice / Medicare Advantage
member EOB; state Medicaid remittance advice; Medicare-style paper remit from a clearinghouse / practice-management
system; family statement from a therapy clinic or hospital), written independently of the reader.

Run:  python bench/heldout207/make_heldout207_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout207/make_heldout207_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Page model and the two renderers live in h207kit.py.
Truth format: the one of samples/pdf/eobgen.py (write_truth / truth_line): printed values only, null for what a
layout does not print (units null where no quantity is printed, description null where none is printed);
adjustments only where group + reason + amount are printed for the line; remarks = the line's printed note /
EOB / remark codes. claim_id = the provider's own account / patient-control / invoice / visit number,
payer_claim_id = the payer's claim number / ICN / TCN / DCN, patient exactly as printed (the person served, not
the subscriber or guarantor). Claim totals are the ones printed for that claim (null where none is printed).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  a1 commercial PPO member EOB, portrait, Liberation Sans (reportlab): shaded claim banner (patient + relation,
     claim ID, received/processed dates) with provider / patient account line, Date / Code / Mod / wrapped
     Description / Billed / Discount / Allowed / Not covered / Deductible / Copay / Coinsurance / Plan paid /
     You owe / Notes, no units, three family members, a denied (not covered) line, claim totals, a claim that
     runs onto page 2 under a "(continued)" banner and repeated column header, note legend
  a2 commercial HMO/EPO "Claims Statement", landscape, DejaVu Sans Condensed (fpdf2): per-member section
     headings, boxed grid rows, "Jan 5, 2026" dates, "97110-GP" codes, Qty, per-visit copay plan, a zero-pay
     bundled line, reason letter codes, four family members, claim "Totals", a claim carried to page 2 under a
     "(continued)" line and repeated column header; PLANTED wrong "Your responsibility" claim total
  b1 Medicare Summary Notice Part B, portrait, DejaVu Serif (reportlab): page-1 summary with deductible box,
     claims from page 2 grouped by provider with Claim Number, Date of service column, units count before the
     description and code + modifiers in parentheses, Service Approved? Yes/No, Amount Provider Charged /
     Medicare-Approved Amount / Medicare Paid / Maximum You May Be Billed / See Notes, a denied line, a claim
     continued over the page break; no provider account numbers printed (claim_id null)
  b2 Medicare Advantage PPO monthly member EOB, portrait, Liberation Serif (fpdf2): right-hand summary box on page
     1, claims with "Claim number" and provider, "Medical services and supplies" text with the code in brackets,
     Provider's charge / Plan's approved amount / Plan's share / Your share / See note, per-visit copay, a denied
     line, no units
  c1 state Medicaid remittance advice, landscape, core Courier (reportlab): banner with provider number, RA
     number, warrant date, "PAGE n OF t"; PAID / DENIED / ADJUSTMENT sections; recipient heading (LAST, FIRST MI
     / RECIP ID / ICN / PAT ACCT), LN FROM-DOS TO-DOS (MMDDYY) PROC M1 M2 UNITS BILLED ALLOWED COPAY PAID EOB
     codes, a credit (reversal) with trailing-minus amounts and its re-billed claim, claim totals, a claim
     continuing on page 2 under a repeated banner and column header, EOB legend
  c2 state Medicaid remittance statement, landscape, Liberation Sans (fpdf2): labelled claim header rows (Member /
     Medicaid ID / TCN / Patient Control No / Claim Status), Line / Svc From / Svc To / Proc / Mod / Units /
     Billed Amt / Allowed Amt / Cost Share / Paid Amt / Adj Grp / Adj RC / Adj Amt / RARC, a denied claim,
     ruled rows, claim and payment totals
  d1 Medicare Part B standard paper remit printed by a clearinghouse, landscape, Liberation Mono (reportlab):
     NAME / MID / ACNT / ICN / ASG / MOA heading, PERF PROV, SERV DATE "0105 010526", POS, NOS, PROC, MODS,
     BILLED, ALLOWED, DEDUCT, COINS, GRP/RC-AMT stacked beneath for further adjustments, PROV PD, REM codes,
     PT RESP / CLAIM TOTALS rows, a denied line, a claim crossing the page break
  d2 practice-management "Insurance Payment Posting" report for a Medicare payment, portrait, core Helvetica
     (fpdf2): claim heading rows (patient LAST, FIRST / Acct / Payer ICN), DOS "1/5/2026", CPT, Mods "GP,KX",
     Units "2.00", Charge / Allowed / Deduct / Coins / Paid, an indented "Adj:" sub-row with every adjustment
     (CO-45 / PR-1 / PR-2 / CO-253 with amounts), a bundled CO-97 line paid 0 with a remark code, claim and batch
     totals
  e1 outpatient therapy clinic family statement, portrait, DejaVu Sans (reportlab): return stub at the top,
     visit/invoice heading rows with the insurer's claim number, Date / Patient / CPT / Mod / Description / Qty /
     Charges / Ins Paid / Ins Adj / Balance for four family members, a family payment as a non-service row,
     aging summary, "Account activity (continued)" header on page 2 (Ins Adj = discount, Balance = patient_owes)
  e2 hospital guarantor statement, portrait, core Times (fpdf2): summary box, per-account blocks for three family
     members (account number, patient, service dates), Date / Rev / CPT-HCPCS / Mod / Description / Units /
     Charges, insurance payment (naming the payer's claim number), contractual adjustment and balance as account
     rows (line paid null), an account whose activity rows carry over to the next page (no repeated header)

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, its code,
modifiers, units and every printed amount (with its sign), each adjustment's group, reason and amount and every
remark are found on the text row where the line is printed (pdfplumber words grouped by baseline; a wrapped
description / stacked adjustment row just below belongs to the row) on the truth page; the service date is on
the page; descriptions, ids and patients in the document's text; billed - discount - not covered = allowed and
allowed - deductible - copay - coinsurance = paid where those are printed (non-Medicare plans); billed -
adjustments = paid where every adjustment is printed; claim totals = the sum of their lines unless a planted
mismatch is declared as an expected finding (and the planted one really is wrong); at least three documents
have a claim whose lines are on two pages; several claims per file.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
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
from h207kit import Doc, render_fpdf, render_reportlab  # noqa: E402

D = Decimal
# one more code this set uses, with our own fee, program rate and wording
FEE.setdefault("97533", "98.00")
SCHED.setdefault("97533", "35.10")
DESC.setdefault("97533", "Sensory integrative techniques, each 15 minutes")


def d(day: int, month: int = 1) -> date:
    return date(2026, month, day)


def S(day, code, units=1, mods=(), denied=None, desc="", month=1) -> Svc:
    return Svc(d(day, month), code, D(str(units)), tuple(mods), None, desc, denied)


# ============================================================================ generic flow engine

class Flow:
    """Claims drawn as heading + column header + service rows; page breaks inside a claim handled per layout."""

    def __init__(self, doc: Doc, top, ymax: float, footer=None):
        self.doc, self.top, self.ymax, self.footer = doc, top, ymax, footer
        self.y = 0.0

    def page(self):
        if self.doc.pages and self.footer:
            self.footer(self.doc)
        self.doc.new_page()
        self.y = self.top(self.doc)

    def need(self, h: float) -> bool:
        """Start a new page when h points do not fit; True if a break happened."""
        if self.y + h > self.ymax:
            self.page()
            return True
        return False

    def finish(self):
        if self.footer:
            self.footer(self.doc)


def colhead(doc: Doc, y: float, cols, font, size, lh, rule=True, box=None) -> float:
    """cols: (header, x, align). Multi-line headers with '\\n'. Returns y after the header."""
    nl = max(h.count("\n") + 1 for h, _, _ in cols)
    if box is not None:
        doc.rect(box[0], y - size - 1, box[1] - box[0], nl * lh + 3, fill=box[2], stroke=False)
    for h, x, a in cols:
        for i, part in enumerate(h.split("\n")):
            doc.text(x, y + i * lh, part, font, size, a)
    y += (nl - 1) * lh + 3
    if rule:
        doc.line(cols[0][1] - 2 if cols[0][2] == "L" else 20, y, doc.w - 20, y, 0.6)
    return y + lh


def wrap(s: str, n: int) -> list[str]:
    return textwrap.wrap(s, n) or [""]


# ============================================================================ a1 commercial PPO member EOB

def layout_a1(out: Path):
    name = "a1_ppo_member_eob"
    doc = Doc(False)
    F, FB, SZ, LH = "LiberationSans", "LiberationSans-Bold", 6.6, 9.0
    st = PlanState(ded_left=D("120.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    fam = [("Priya Halvorsen-Reyes", "Self"), ("Anders Halvorsen-Reyes", "Spouse"), ("Lune Halvorsen-Reyes", "Daughter")]
    claims = [
        dict(pt=fam[2][0], rel=fam[2][1], pcn="BW26-0104-88213", acct="HPT-55120", prov="Harbor Point Pediatric Therapy",
             rec="01/14/2026", proc="01/21/2026",
             svcs=[S(5, "97165", 1, ["GO"]), S(5, "97530", 2, ["GO"]), S(7, "97530", 2, ["GO"]), S(7, "97535", 1, ["GO"]),
                   S(9, "97530", 3, ["GO"]), S(9, "97112", 1, ["GO", "59"]), S(12, "97530", 2, ["GO"]),
                   S(12, "97760", 1, ["GO"]), S(14, "97530", 2, ["GO"]), S(14, "97110", 2, ["GO"])]),
        dict(pt=fam[0][0], rel=fam[0][1], pcn="BW26-0109-10442", acct="NSR-3390187", prov="North Shore Rehab Associates",
             rec="01/16/2026", proc="01/22/2026",
             svcs=[S(8, "97161", 1, ["GP"]), S(8, "97140", 2, ["GP"]), S(13, "97110", 3, ["GP"]),
                   S(13, "0552T", 1, (), "PR"), S(15, "97140", 1, ["GP", "59"]), S(15, "97110", 2, ["GP"]),
                   S(20, "G0283", 1, ["GP"]), S(20, "97110", 2, ["GP"])]),
        dict(pt=fam[1][0], rel=fam[1][1], pcn="BW26-0112-30571", acct="CMG-004471", prov="Coastal Medical Group",
             rec="01/18/2026", proc="01/23/2026", svcs=[S(6, "99213", 1, ["25"]), S(6, "97110", 1, ["GP"])]),
        dict(pt=fam[2][0], rel=fam[2][1], pcn="BW26-0120-77105", acct="HPT-55391", prov="Harbor Point Pediatric Therapy",
             rec="01/26/2026", proc="01/29/2026",
             svcs=[S(19, "97530", 2, ["GO"]), S(19, "97535", 1, ["GO"]), S(21, "97530", 2, ["GO"]),
                   S(21, "97168", 1, ["GO"]), S(23, "97530", 3, ["GO"]), S(26, "97530", 2, ["GO", "KX"]),
                   S(26, "97112", 1, ["GO"]), S(28, "97530", 2, ["GO", "KX"]), S(28, "97535", 1, ["GO"]),
                   S(30, "97530", 2, ["GO", "KX"]), S(30, "97110", 1, ["GO"]),
                   S(2, "97530", 2, ["GO", "KX"], month=2), S(2, "97535", 1, ["GO"], month=2),
                   S(4, "97530", 2, ["GO", "KX"], month=2), S(4, "97112", 1, ["GO"], month=2),
                   S(6, "97530", 3, ["GO", "KX"], month=2), S(6, "97168", 1, ["GO"], month=2)]),
        dict(pt=fam[0][0], rel=fam[0][1], pcn="BW26-0126-90318", acct="NSR-3390502", prov="North Shore Rehab Associates",
             rec="01/28/2026", proc="01/30/2026",
             svcs=[S(22, "97110", 2, ["GP"]), S(22, "97140", 1, ["GP"]), S(27, "97110", 2, ["GP"]),
                   S(27, "97112", 1, ["GP", "59"]), S(29, "97110", 2, ["GP"]), S(29, "97140", 2, ["GP"]),
                   S(29, "G0283", 1, ["GP"])]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = (["NC4"] if s.denied else ["A2"] + (["D1"] if s.deductible else []))
    cols = [("Date of\nservice", 30, "L"), ("Code", 72, "L"), ("Mod", 98, "L"), ("Description", 124, "L"),
            ("Amount\nbilled", 258, "R"), ("Network\ndiscount", 294, "R"), ("Allowed\namount", 330, "R"),
            ("Not\ncovered", 364, "R"), ("Deduct-\nible", 396, "R"), ("Copay", 426, "R"), ("Co-\ninsurance", 462, "R"),
            ("Plan\npaid", 498, "R"), ("You\nowe", 534, "R"), ("Notes", 545, "L")]

    def top(doc):
        p = doc.pno
        doc.text(30, 40, "BRIGHTWATER MUTUAL HEALTH", FB, 13)
        doc.text(30, 52, "PPO Choice Plus  |  PO Box 7710, Ellery Falls, WA 98990  |  1-800-555-0142", F, 7.5)
        doc.text(582, 40, "Explanation of Benefits", FB, 11, "R")
        doc.text(582, 52, "THIS IS NOT A BILL", FB, 8, "R")
        doc.line(30, 58, 582, 58, 1.2)
        if p == 1:
            doc.text(30, 74, "Priya Halvorsen-Reyes", F, 8.5)
            doc.text(30, 84, "2207 Wintergreen Ct", F, 8.5)
            doc.text(30, 94, "Port Avery, WA 98991", F, 8.5)
            doc.rect(340, 66, 242, 40, fill=0.93)
            for i, (k, v) in enumerate([("Member ID", "BWM448107735"), ("Group", "BW-0088142 Alderway Logistics"),
                                         ("Statement date", "January 30, 2026")]):
                doc.text(346, 76 + i * 11, k, FB, 7.5)
                doc.text(420, 76 + i * 11, v, F, 7.5)
            doc.text(30, 122, "Claims processed for your family from January 1 through January 30, 2026", FB, 9)
            return 138
        doc.text(30, 72, f"Member ID BWM448107735  -  Page {p} of {{T}}", F, 7.5)
        return 88

    def footer(doc):
        doc.line(30, 752, 582, 752, 0.4)
        doc.text(30, 762, "Questions? Call Member Services at 1-800-555-0142 (TTY 711), Monday-Friday 8am-6pm.", F, 6.8)
        doc.text(582, 762, f"Page {doc.pno} of {{T}}", F, 6.8, "R")

    fl = Flow(doc, top, 735, footer)
    fl.page()
    lines, ctruth = [], []

    def banner(cl, cont):
        y = fl.y
        doc.rect(28, y - 8, 556, 22, fill=0.86, stroke=False)
        t = f"{cl['pt']} ({cl['rel']})" + ("  (continued)" if cont else "")
        doc.text(32, y, t, FB, 8)
        doc.text(300, y, f"Claim ID: {cl['pcn']}", FB, 8)
        doc.text(580, y, f"Received {cl['rec']}   Processed {cl['proc']}", F, 7, "R")
        doc.text(32, y + 10, f"Provider: {cl['prov']}    In-network    Patient account no.: {cl['acct']}", F, 7)
        fl.y = y + 24
        fl.y = colhead(doc, fl.y, cols, FB, 6.4, 7.6)

    for cl in claims:
        fl.need(24 + 20 + 3 * LH)
        banner(cl, False)
        for s in cl["svcs"]:
            dl = wrap(s.desc, 30)
            if fl.need(len(dl) * LH + 2):
                banner(cl, True)
            y = fl.y
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), dl[0], money(s.billed, ","), money(s.discount, ","),
                    money(s.allowed, ","), money(s.not_covered, ","), money(s.deductible, ","), money(s.copay, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, SZ, a)
            for i, extra in enumerate(dl[1:], 1):
                doc.text(124, y + i * LH, extra, F, SZ)
            fl.y = y + len(dl) * LH
            doc.line(30, fl.y - LH + 2.5, 582, fl.y - LH + 2.5, 0.2, 0.7)
            lines.append(truth_line(doc.pno, s, claim_id=cl["acct"], payer_claim_id=cl["pcn"], patient=cl["pt"],
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
        fl.need(LH + 6)
        y = fl.y + 1
        doc.line(240, y - 7, 582, y - 7, 0.6)
        sv = cl["svcs"]
        doc.text(124, y, "Claim totals", FB, SZ)
        for key, x in (("billed", 258), ("discount", 294), ("allowed", 330), ("not_covered", 364), ("deductible", 396),
                       ("copay", 426), ("coinsurance", 462), ("paid", 498), ("owes", 534)):
            doc.text(x, y, money(total(sv, key), ","), FB, SZ, "R")
        fl.y = y + 2 * LH
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["pcn"], "patient": cl["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    legend = [("A2", "Your provider is in our network; the network discount is not your responsibility."),
              ("D1", "Part of the allowed amount went toward your calendar-year deductible."),
              ("NC4", "Your plan does not cover this service. You may be billed for it.")]
    fl.need(14 + 11 * len(legend))
    doc.text(30, fl.y, "Notes", FB, 8.5)
    for i, (k, v) in enumerate(legend):
        doc.text(30, fl.y + 11 * (i + 1), k, FB, 7)
        doc.text(56, fl.y + 11 * (i + 1), v, F, 7)
    fl.finish()
    path = out / f"{name}.pdf"
    render_reportlab(doc, path, "Explanation of Benefits")
    write_truth(path, name, "reportlab", len(doc.pages), "Commercial PPO member EOB, family, shaded claim banners, "
                "continued claim", lines, ctruth, legend)


# ============================================================================ a2 commercial claims statement (fpdf2)

def layout_a2(out: Path):
    name = "a2_hmo_claims_statement"
    doc = Doc(True)
    F, FB, SZ, LH = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", 7.0, 13.0
    st = PlanState(visit_copay=D("30.00"), allowed_rate=D("0.74"))
    members = ["MARISOL VANTERPOOL", "DESMOND VANTERPOOL", "ELODIE VANTERPOOL", "KAI VANTERPOOL"]
    claims = [
        dict(pt=members[2], pcn="CL-7720-4410-16", acct="PEDS-20771", prov="Brookfield Children's Therapy",
             svcs=[S(6, "92523", 1, ["GN"]), S(8, "92507", 1, ["GN"]), S(13, "92507", 1, ["GN"]),
                   S(15, "92507", 1, ["GN"]), S(20, "92507", 1, ["GN"])]),
        dict(pt=members[3], pcn="CL-7720-4418-02", acct="PEDS-20772", prov="Brookfield Children's Therapy",
             svcs=[S(7, "97166", 1, ["GO"]), S(7, "97530", 2, ["GO"]), S(14, "97530", 2, ["GO"]),
                   S(14, "97533", 1, ["GO"], desc="Sensory integration techniques"), S(21, "97530", 3, ["GO"])]),
        dict(pt=members[0], pcn="CL-7720-4502-77", acct="A0093315", prov="Riverbend Orthopedic & Hand",
             svcs=[S(9, "99213", 1), S(9, "L3807", 1, ["RT"]), S(9, "97760", 1, ["GO"])]),
        dict(pt=members[1], pcn="CL-7720-4519-30", acct="MV-118-04", prov="Summit Physical Therapy",
             svcs=[S(12, "97163", 1, ["GP"]), S(12, "97110", 2, ["GP"]), S(16, "97140", 2, ["GP", "59"]),
                   S(16, "97116", 1, ["GP"]), S(16, "97112", 1, ["GP"])]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["C"] if s.copay else (["P"] if s.paid else [])
    # a bundled line: paid 0, allowed 0, whole charge as savings
    b = claims[3]["svcs"][4]
    b.discount, b.allowed, b.paid, b.owes, b.copay, b.coinsurance, b.deductible = b.billed, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO
    b.remarks = ["B"]
    mism = claims[1]
    cols = [("Service date", 34, "L"), ("Procedure", 104, "L"), ("Description", 160, "L"), ("Qty", 318, "R"),
            ("What provider\nbilled", 372, "R"), ("Savings", 418, "R"), ("Not\ncovered", 458, "R"),
            ("Allowed", 504, "R"), ("Deductible", 552, "R"), ("Copay", 590, "R"), ("Coinsurance", 640, "R"),
            ("Paid by\nplan", 684, "R"), ("Your\nresponsibility", 738, "R"), ("Code", 746, "L")]

    def top(doc):
        doc.text(34, 36, "Cedarline Health Plans", FB, 14)
        doc.text(34, 48, "Select HMO  -  Claims Statement  -  not a bill", F, 8)
        doc.text(758, 36, "Subscriber: MARISOL VANTERPOOL   ID CDL-5570-221804", F, 8, "R")
        doc.text(758, 48, "Statement period 01/01/2026 - 01/31/2026", F, 8, "R")
        doc.line(34, 54, 758, 54, 1.0)
        return 72

    def footer(doc):
        doc.text(34, 590, "Cedarline Health Plans, 40 Quarry Hill Rd, Dunmore Springs, OR 97699.  Reason codes are explained "
                 "on the last page.", F, 6.5)
        doc.text(758, 590, f"{doc.pno} / {{T}}", F, 6.5, "R")

    fl = Flow(doc, top, 560, footer)
    fl.page()
    lines, ctruth = [], []
    cur_member = None
    for cl in claims:
        fl.need(60 + LH * 2)
        if cl["pt"] != cur_member:
            cur_member = cl["pt"]
            doc.text(34, fl.y, f"Claims for {cl['pt']}", FB, 10)
            fl.y += 14
        doc.text(34, fl.y, f"Claim {cl['pcn']}   Provider: {cl['prov']}   Provider reference #: {cl['acct']}   "
                 "Network: In", F, 7.5)
        fl.y += 14
        fl.y = colhead(doc, fl.y, cols, FB, 6.6, 7.8, rule=False, box=(32, 760, 0.85))
        for s in cl["svcs"]:
            if fl.need(LH):
                doc.text(34, fl.y, f"Claim {cl['pcn']} for {cl['pt']} (continued)", F, 7.5)
                fl.y += 14
                fl.y = colhead(doc, fl.y, cols, FB, 6.6, 7.8, rule=False, box=(32, 760, 0.85))
            y = fl.y
            doc.rect(32, y - 9, 728, LH, stroke=True, width=0.3)
            vals = [dfmt(s.dos, "mon"), "-".join((s.code,) + s.mods), s.desc[:34], units_str(s.units),
                    money(s.billed), money(s.discount), money(s.not_covered), money(s.allowed), money(s.deductible),
                    money(s.copay), money(s.coinsurance), money(s.paid), money(s.owes), ",".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, SZ, a)
            fl.y += LH
            lines.append(truth_line(doc.pno, s, claim_id=cl["acct"], payer_claim_id=cl["pcn"], patient=cl["pt"],
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": s.desc[:34].rstrip()}))
        sv = cl["svcs"]
        owes = total(sv, "owes") + (D("10.00") if cl is mism else ZERO)
        fl.need(LH + 10)
        y = fl.y
        doc.text(160, y, "Totals", FB, SZ)
        for v, x in ((total(sv, "billed"), 372), (total(sv, "discount"), 418), (total(sv, "not_covered"), 458),
                     (total(sv, "allowed"), 504), (total(sv, "deductible"), 552), (total(sv, "copay"), 590),
                     (total(sv, "coinsurance"), 640), (total(sv, "paid"), 684), (owes, 738)):
            doc.text(x, y, money(v), FB, SZ, "R")
        fl.y += LH + 12
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["pcn"], "patient": cl["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), owes)})
    legend = [("C", "A fixed copay applies once per visit for this benefit."),
              ("P", "Paid at your in-network benefit level."),
              ("B", "Included in the payment for another service on the same day; no separate payment.")]
    fl.need(60)
    doc.text(34, fl.y, "Reason codes", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(34, fl.y + 12 * (i + 1), f"{k}  {v}", F, 7.5)
    fl.finish()
    path = out / f"{name}.pdf"
    render_fpdf(doc, path, "Claims Statement")
    st_owes = total(mism["svcs"], "owes")
    write_truth(path, name, "fpdf2", len(doc.pages), "Commercial HMO claims statement, landscape grid, four members, "
                "planted total mismatch", lines, ctruth, legend,
                [f"claim-total-mismatch claim {mism['pcn']}: printed Your responsibility total "
                 f"{st_owes + D('10.00')} but the lines add up to {st_owes}"])
    return mism["pcn"], st_owes


# ============================================================================ b1 Medicare Summary Notice

def layout_b1(out: Path):
    name = "b1_medicare_summary_notice"
    doc = Doc(False)
    F, FB, SZ, LH = "DejaVuSerif", "DejaVuSerif-Bold", 6.8, 10.0
    st = PlanState(ded_left=D("60.00"))
    pt = "WENDELL O. FARRADAY"
    claims = [
        dict(pcn="22601400518231", prov="Lakeview Hand & Upper Limb Therapy", addr="1200 Bellmont Ave, Suite 4, Carvel, MO 63999",
             svcs=[S(5, "97165", 1, ["GO"]), S(5, "97140", 1, ["GO"]), S(8, "97530", 2, ["GO"]), S(8, "97110", 1, ["GO"]),
                   S(12, "97530", 2, ["GO"]), S(12, "97760", 1, ["GO"]), S(15, "97530", 2, ["GO", "KX"]),
                   S(15, "97140", 1, ["GO", "59"]), S(19, "97530", 2, ["GO", "KX"]), S(19, "97110", 2, ["GO", "CO"]),
                   S(22, "97530", 2, ["GO", "KX"]), S(22, "97535", 1, ["GO", "CO"]), S(26, "97530", 1, ["GO", "KX"]),
                   S(26, "0552T", 1, [], "PR"), S(28, "97530", 2, ["GO", "KX"]), S(28, "97112", 1, ["GO", "59"]),
                   S(30, "97530", 2, ["GO", "KX"]), S(30, "97535", 1, ["GO", "CO"]), S(30, "97760", 1, ["GO"])]),
        dict(pcn="22601500771094", prov="Carvel Family Medicine", addr="88 Depot Street, Carvel, MO 63999",
             svcs=[S(9, "99213", 1), S(9, "G0283", 1)]),
        dict(pcn="22601800202417", prov="Midstate Speech & Swallow Clinic", addr="415 Orchard Row, Linfield, MO 63998",
             svcs=[S(14, "92523", 1, ["GN"]), S(21, "92507", 1, ["GN"]), S(28, "92507", 1, ["GN"]),
                   S(4, "92507", 1, ["GN"], month=2), S(4, "92526", 1, ["GN"], month=2),
                   S(11, "92507", 1, ["GN"], month=2), S(11, "92526", 1, ["GN"], month=2),
                   S(18, "92507", 1, ["GN", "KX"], month=2), S(25, "92507", 1, ["GN", "KX"], month=2)]),
        dict(pcn="22602300914462", prov="Lakeview Hand & Upper Limb Therapy", addr="1200 Bellmont Ave, Suite 4, Carvel, MO 63999",
             svcs=[S(2, "97530", 2, ["GO", "KX"], month=2), S(2, "97140", 1, ["GO", "59"], month=2),
                   S(4, "97530", 2, ["GO", "KX"], month=2), S(4, "97760", 1, ["GO"], month=2),
                   S(6, "97168", 1, ["GO"], month=2), S(6, "L3807", 1, ["RT"], month=2),
                   S(9, "97530", 2, ["GO", "KX"], month=2), S(9, "97110", 1, ["GO", "CO"], month=2),
                   S(11, "97530", 2, ["GO", "KX"], month=2), S(11, "97140", 1, ["GO", "59"], month=2),
                   S(13, "97530", 1, ["GO", "KX"], month=2), S(13, "97535", 1, ["GO", "CO"], month=2)]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [("Date of\nservice", 30, "L"), ("Service Provided & Billing Code", 86, "L"), ("Service\nApproved?", 318, "C"),
            ("Amount\nProvider\nCharged", 390, "R"), ("Medicare-\nApproved\nAmount", 446, "R"),
            ("Medicare\nPaid", 500, "R"), ("Maximum\nYou May\nBe Billed", 552, "R"), ("See\nNotes", 560, "L")]
    all_s = [s for cl in claims for s in cl["svcs"]]

    def top(doc):
        p = doc.pno
        doc.text(30, 38, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 12)
        doc.text(30, 52, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                 F, 7.5)
        doc.text(582, 38, f"Page {p} of {{T}}", F, 8, "R")
        doc.line(30, 58, 582, 58, 1.4)
        if p == 1:
            doc.text(30, 78, "WENDELL O. FARRADAY", FB, 9)
            doc.text(30, 90, "61 CHALK BLUFF LN", F, 8.5)
            doc.text(30, 101, "CARVEL MO 63999-0412", F, 8.5)
            doc.rect(320, 68, 262, 62, fill=None)
            doc.text(328, 80, "Your Medicare Number: XXXXXXX4471K", F, 7.5)
            doc.text(328, 92, "This notice is for claims processed from", F, 7.5)
            doc.text(328, 103, "January 1 - March 31, 2026", FB, 7.5)
            doc.text(328, 118, "If you need help, call 1-800-MEDICARE", F, 7.5)
            doc.text(30, 150, "Your Deductible Status", FB, 10)
            doc.text(30, 163, "Your deductible is what you must pay for most health services before Medicare begins to",
                     F, 7.5)
            doc.text(30, 173, "pay. You have now met $60.00 of your Part B deductible for 2026.", F, 7.5)
            doc.rect(30, 190, 552, 58, fill=0.92)
            doc.text(40, 206, "Total You May Be Billed", FB, 10)
            doc.text(572, 206, money(total(all_s, "owes")), FB, 12, "R")
            doc.text(40, 222, "Did Medicare approve all services?  No - see claims for details.", F, 8)
            doc.text(40, 236, f"Number of providers on this notice: {len(claims)}", F, 8)
            doc.text(30, 274, "How to Check This Notice", FB, 10)
            for i, t in enumerate(["Do you recognize the name of each provider? Check the dates.",
                                   "Did you get the services listed? Do they match those on your receipts and bills?",
                                   "If you already paid the bill, did you pay the right amount? Check the maximum you may be billed.",
                                   "Report anything suspicious to 1-800-MEDICARE."]):
                doc.text(40, 290 + 12 * i, "- " + t, F, 7.5)
            return 9999  # claims start on page 2
        doc.text(30, 74, "Your Claims for Part B (Medical Insurance)", FB, 10)
        return 92

    def footer(doc):
        doc.text(30, 764, "WENDELL O. FARRADAY", F, 6.8)
        doc.text(582, 764, f"Page {doc.pno} of {{T}}", F, 6.8, "R")

    fl = Flow(doc, top, 738, footer)
    fl.page()
    lines, ctruth = [], []

    def chead(cl, cont):
        doc.text(30, fl.y, cl["prov"] + (" (continued)" if cont else ""), FB, 8.5)
        doc.text(582, fl.y, f"Claim Number: {cl['pcn']}", FB, 7.5, "R")
        fl.y += 10
        if not cont:
            doc.text(30, fl.y, cl["addr"], F, 7)
            doc.text(582, fl.y, "Provider is a Medicare participant", F, 7, "R")
            fl.y += 10
        fl.y += 4
        fl.y = colhead(doc, fl.y, cols, FB, 6.4, 7.6)

    for cl in claims:
        fl.need(58 + 2 * LH)
        chead(cl, False)
        for s in cl["svcs"]:
            txt = f"{units_str(s.units)} {s.desc} ({'-'.join((s.code,) + s.mods)})"
            dl = wrap(txt, 46)
            if fl.need(len(dl) * LH):
                chead(cl, True)
            y = fl.y
            vals = [dfmt(s.dos, "mdy2"), dl[0], "No" if s.denied else "Yes", money(s.billed), money(s.allowed),
                    money(s.paid), money(s.owes), ", ".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, SZ, a)
            for i, extra in enumerate(dl[1:], 1):
                doc.text(92, y + i * LH, extra, F, SZ)
            fl.y += len(dl) * LH
            lines.append(truth_line(doc.pno, s, claim_id=None, payer_claim_id=cl["pcn"], patient=pt,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
        sv = cl["svcs"]
        fl.need(2 * LH)
        y = fl.y
        doc.line(330, y - 7, 582, y - 7, 0.5)
        doc.text(86, y, "Total for this claim", FB, SZ)
        for v, x in ((total(sv, "billed"), 390), (total(sv, "allowed"), 446), (total(sv, "paid"), 500),
                     (total(sv, "owes"), 552)):
            doc.text(x, y, money(v), FB, SZ, "R")
        fl.y += 2 * LH
        ctruth.append({"claim_id": None, "payer_claim_id": cl["pcn"], "patient": pt,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    legend = [("A", "This amount is 2% less because of the mandatory federal payment reduction."),
              ("B", "This approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item or service; it is not considered reasonable and necessary.")]
    fl.need(60)
    doc.text(30, fl.y, "Notes for Claims Above", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(30, fl.y + 12 * (i + 1), f"{k}  {v}", F, 7.2)
    fl.finish()
    path = out / f"{name}.pdf"
    render_reportlab(doc, path, "Medicare Summary Notice")
    write_truth(path, name, "reportlab", len(doc.pages), "Medicare Summary Notice Part B, summary page then claims by "
                "provider, units in service text, continued claim", lines, ctruth, legend)


# ============================================================================ b2 Medicare Advantage member EOB

def layout_b2(out: Path):
    name = "b2_medicare_advantage_eob"
    doc = Doc(False)
    F, FB, SZ, LH = "LiberationSerif", "LiberationSerif-Bold", 7.8, 11.0
    st = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.61"))
    pt = "Rosalind Kettering-Abara"
    claims = [
        dict(pcn="MA2601-0448720", acct="SPR-77310", prov="Stillwater Physical Rehabilitation",
             svcs=[S(6, "97161", 1, ["GP"]), S(6, "97110", 2, ["GP"]), S(9, "97110", 2, ["GP"]),
                   S(9, "97140", 1, ["GP"]), S(13, "97116", 2, ["GP", "CQ"]), S(13, "97110", 1, ["GP", "CQ"])]),
        dict(pcn="MA2601-0452213", acct="00419922", prov="Aubrey Clinic Internal Medicine",
             svcs=[S(8, "99213", 1), S(8, "G0283", 1, [], "PR")]),
        dict(pcn="MA2601-0460087", acct="SPR-77348", prov="Stillwater Physical Rehabilitation",
             svcs=[S(16, "97110", 2, ["GP"]), S(16, "97112", 1, ["GP"]), S(20, "97530", 2, ["GP"]),
                   S(20, "97140", 1, ["GP", "59"]), S(23, "97110", 2, ["GP", "KX"])]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else ["2"])

    def top(doc):
        p = doc.pno
        doc.text(40, 40, "Silver Ridge Advantage (PPO)", FB, 14)
        doc.text(40, 53, "Explanation of Benefits for January 2026", F, 10)
        doc.text(572, 40, "Member: Rosalind Kettering-Abara", F, 8.5, "R")
        doc.text(572, 51, "Member ID: SRA-90144-0027", F, 8.5, "R")
        doc.text(572, 62, f"Page {p} of {{T}}", F, 8.5, "R")
        doc.line(40, 68, 572, 68, 1.0)
        if p == 1:
            doc.text(40, 86, "THIS IS NOT A BILL. Keep it with your records.", FB, 9)
            for i, t in enumerate(["This notice tells you about medical care and services you received and what the plan",
                                   "paid. Review it carefully. Call us if anything looks wrong or you do not recognize",
                                   "a provider or a service."]):
                doc.text(40, 100 + 11 * i, t, F, 8.2)
            doc.rect(380, 78, 192, 76, fill=0.94)
            doc.text(388, 91, "Your costs for January", FB, 8.5)
            all_s = [s for cl in claims for s in cl["svcs"]]
            doc.text(388, 105, "Total provider charges", F, 7.8)
            doc.text(566, 105, money(total(all_s, "billed")), F, 7.8, "R")
            doc.text(388, 117, "Plan's share", F, 7.8)
            doc.text(566, 117, money(total(all_s, "paid")), F, 7.8, "R")
            doc.text(388, 129, "Your share", F, 7.8)
            doc.text(566, 129, money(total(all_s, "owes")), F, 7.8, "R")
            doc.text(388, 143, "Out-of-pocket maximum: $4,900.00", F, 7.2)
            doc.text(40, 172, "Your claims in detail", FB, 11)
            return 190
        return 86

    def footer(doc):
        doc.text(40, 770, "Silver Ridge Advantage is a PPO plan with a Medicare contract. Member Services 1-888-555-0190, "
                 "8 a.m. to 8 p.m., 7 days a week.", F, 6.5)

    cols = [("Date", 40, "L"), ("Medical services and supplies", 92, "L"), ("Provider's\ncharge", 340, "R"),
            ("Plan's\napproved amount", 404, "R"), ("Plan's\nshare", 456, "R"), ("Your\nshare", 508, "R"),
            ("See\nnote", 522, "L")]
    fl = Flow(doc, top, 745, footer)
    fl.page()
    lines, ctruth = [], []
    for cl in claims:
        fl.need(70)
        doc.rect(40, fl.y - 9, 532, 26, fill=None, width=0.8)
        doc.text(46, fl.y, f"Claim number {cl['pcn']}", FB, 8.5)
        doc.text(566, fl.y, f"Provider: {cl['prov']}", F, 8.2, "R")
        doc.text(46, fl.y + 11, f"Patient: {pt}    Provider's patient account: {cl['acct']}", F, 7.8)
        fl.y += 30
        fl.y = colhead(doc, fl.y, cols, FB, 7.4, 8.6, rule=True)
        for s in cl["svcs"]:
            dl = wrap(f"{s.desc} [{' '.join((s.code,) + s.mods)}]", 44)
            fl.need(len(dl) * LH)
            y = fl.y
            vals = [dfmt(s.dos, "mdy2"), dl[0], money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                    " ".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, SZ, a)
            for i, extra in enumerate(dl[1:], 1):
                doc.text(92, y + i * LH, extra, F, SZ)
            fl.y += len(dl) * LH
            lines.append(truth_line(doc.pno, s, claim_id=cl["acct"], payer_claim_id=cl["pcn"], patient=pt,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
        sv = cl["svcs"]
        y = fl.y
        doc.line(300, y - 8, 572, y - 8, 0.5)
        doc.text(92, y, "Claim total", FB, SZ)
        for v, x in ((total(sv, "billed"), 340), (total(sv, "allowed"), 404), (total(sv, "paid"), 456),
                     (total(sv, "owes"), 508)):
            doc.text(x, y, money(v), FB, SZ, "R")
        fl.y += 2 * LH
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["pcn"], "patient": pt,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    legend = [("1", "You pay a $25.00 copay for each outpatient therapy or office visit."),
              ("2", "The plan paid its share in full for this service."),
              ("4", "This service is not a plan benefit. You may have to pay the provider for it.")]
    fl.need(60)
    doc.text(40, fl.y, "Notes", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(40, fl.y + 11 * (i + 1), f"{k}. {v}", F, 7.8)
    fl.finish()
    path = out / f"{name}.pdf"
    render_fpdf(doc, path, "Explanation of Benefits")
    write_truth(path, name, "fpdf2", len(doc.pages), "Medicare Advantage PPO member EOB, boxed claim headings, code in "
                "brackets after the description", lines, ctruth, legend)


# ============================================================================ c1 state Medicaid RA (Courier)

def layout_c1(out: Path):
    name = "c1_medicaid_ra_courier"
    doc = Doc(True)
    F, FB, SZ, LH = "Courier", "Courier-Bold", 7.6, 10.0
    cw = 4.56  # Courier 7.6pt character width

    def X(col):
        return 24 + col * cw

    paid = [
        dict(pt="PELLETIER, JONAH R", rid="700112348", icn="2026012300417", acct="NP-80411",
             svcs=[S(5, "92523", 1, ["GN"]), S(7, "92507", 1, ["GN"]), S(12, "92507", 1, ["GN"]),
                   S(14, "92507", 1, ["GN"]), S(19, "92507", 1, ["GN"])]),
        dict(pt="OYELARAN, TEMI", rid="700239811", icn="2026012300418", acct="NP-80433",
             svcs=[S(6, "97165", 1, ["GO"]), S(6, "97530", 2, ["GO"]), S(8, "97530", 3, ["GO"]),
                   S(8, "97535", 2, ["GO"]), S(13, "97530", 2, ["GO"]), S(13, "97112", 1, ["GO", "59"]),
                   S(15, "97530", 2, ["GO"]), S(15, "97110", 2, ["GO"]), S(20, "97530", 2, ["GO"]),
                   S(20, "97535", 1, ["GO"]), S(22, "97530", 3, ["GO"]), S(22, "97140", 1, ["GO", "59"]),
                   S(27, "97530", 2, ["GO"]), S(27, "97168", 1, ["GO"])]),
        dict(pt="GRUBISIC, ANTE M", rid="700455620", icn="2026012300421", acct="NP-80502",
             svcs=[S(9, "97161", 1, ["GP"]), S(9, "97110", 2, ["GP"]), S(16, "97116", 2, ["GP"]),
                   S(16, "97110", 2, ["GP"]), S(21, "97116", 2, ["GP"]), S(21, "97140", 1, ["GP", "59"]),
                   S(23, "97110", 3, ["GP"]), S(23, "97112", 1, ["GP"]), S(28, "97110", 2, ["GP"]),
                   S(28, "97116", 1, ["GP"]), S(30, "97110", 2, ["GP"]), S(30, "97112", 1, ["GP"]),
                   S(2, "97110", 2, ["GP"], month=2), S(2, "97116", 2, ["GP"], month=2),
                   S(4, "97110", 2, ["GP"], month=2), S(4, "97140", 1, ["GP", "59"], month=2),
                   S(6, "97110", 2, ["GP"], month=2), S(6, "97116", 2, ["GP"], month=2),
                   S(9, "97110", 2, ["GP"], month=2), S(9, "97112", 1, ["GP"], month=2),
                   S(11, "97110", 2, ["GP"], month=2), S(11, "97140", 1, ["GP", "59"], month=2)]),
    ]
    denied = [dict(pt="PELLETIER, JONAH R", rid="700112348", icn="2026012300422", acct="NP-80412",
                   svcs=[S(21, "92526", 1, ["GN"], "CO"), S(21, "92507", 1, ["GN"], "CO")])]
    orig = [S(16, "97530", 4, ["GO"]), S(16, "97110", 2, ["GO"])]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    for s in rev:  # no "-0.00" for amounts that were zero
        for f in ("discount", "not_covered", "deductible", "copay", "coinsurance", "seq", "owes"):
            if getattr(s, f) == 0:
                setattr(s, f, ZERO)
    repl = [S(16, "97530", 3, ["GO"]), S(16, "97110", 2, ["GO"])]
    adjusted = [dict(pt="OYELARAN, TEMI", rid="700239811", icn="2026012300520", acct="NP-80377", svcs=rev, credit=True),
                dict(pt="OYELARAN, TEMI", rid="700239811", icn="2026012300521", acct="NP-80377", svcs=repl)]
    for cl in paid + adjusted:
        for s in cl["svcs"]:
            if not cl.get("credit"):
                medicaid(s)
            s.remarks = ["0116"] if s.discount else ["0001"]
            if cl.get("credit"):
                s.remarks = ["0902"]
    for cl in denied:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="96")
            s.remarks = ["0287"]
    adjusted[1]["svcs"][0].remarks.append("0904")
    copay = D("0.00")

    def top(doc):
        p = doc.pno
        doc.text(X(0), 30, "STATE OF NORTH PLAINFIELD   DEPARTMENT OF HUMAN SERVICES", FB, 8.5)
        doc.text(X(0), 41, "MEDICAL ASSISTANCE PROGRAM - REMITTANCE ADVICE", FB, 8.5)
        doc.text(768, 30, f"PAGE {p} OF {{T}}", F, SZ, "R")
        doc.text(768, 41, "RUN DATE 01/23/26", F, SZ, "R")
        doc.text(X(0), 56, "PROVIDER NO 0045512009   PAYEE: MERIDIAN KIDS THERAPY COLLECTIVE LLC", F, SZ)
        doc.text(768, 56, "RA NO 2026-0012733   WARRANT DATE 01/23/26", F, SZ, "R")
        doc.text(X(0), 66, "-" * 162, F, SZ)
        return 80

    hdr = "LN  FROM-DOS TO-DOS  PROC   M1 M2  UNITS       BILLED      ALLOWED    COPAY         PAID  EOB CODES"

    def colrow():
        doc.text(X(2), fl.y, hdr, FB, SZ)
        fl.y += LH

    def row(ln, s):
        m = list(s.mods) + ["", ""]
        t = (f"{ln:02d}  {dfmt(s.dos, 'mdy6')}   {dfmt(s.dos, 'mdy6')}  {s.code:<6} {m[0]:<2} {m[1]:<2} "
             f"{units_str(s.units):>5}  {money(s.billed, ',', 'trail'):>11}  {money(s.allowed, ',', 'trail'):>11}  "
             f"{money(copay, ','):>7}  {money(s.paid, ',', 'trail'):>11}  {' '.join(s.remarks)}")
        doc.text(X(2), fl.y, t, F, SZ)
        fl.y += LH

    def cheader(cl, cont):
        t = (f"RECIPIENT: {cl['pt']:<22} RECIP ID: {cl['rid']}   ICN: {cl['icn']}   PAT ACCT: {cl['acct']}"
             + ("   (CONTINUED)" if cont else ""))
        doc.text(X(0), fl.y, t, FB, SZ)
        fl.y += LH
        colrow()

    fl = Flow(doc, top, 560, None)
    fl.page()
    lines, ctruth = [], []
    for title, group in (("*** PAID CLAIMS ***", paid), ("*** DENIED CLAIMS ***", denied),
                         ("*** ADJUSTMENTS - CREDITS AND RE-BILLED CLAIMS ***", adjusted)):
        fl.need(5 * LH)
        doc.text(X(0), fl.y, title, FB, 8.5)
        fl.y += LH + 3
        for cl in group:
            fl.need(4 * LH)
            cheader(cl, False)
            for i, s in enumerate(cl["svcs"], 1):
                if fl.need(LH):
                    cheader(cl, True)
                row(i, s)
                lines.append(truth_line(doc.pno, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pt"],
                                        printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks,
                                        description=False))
            sv = cl["svcs"]
            fl.need(2 * LH)
            t = (f"    CLAIM TOTAL{' ' * 27}{money(total(sv, 'billed'), ',', 'trail'):>11}  "
                 f"{money(total(sv, 'allowed'), ',', 'trail'):>11}  {money(ZERO, ','):>7}  "
                 f"{money(total(sv, 'paid'), ',', 'trail'):>11}")
            doc.text(X(2), fl.y, t, F, SZ)
            fl.y += LH * 1.6
            ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                           "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
    allc = paid + denied + adjusted
    net = sum((total(c["svcs"], "paid") for c in allc), ZERO)
    fl.need(8 * LH)
    doc.text(X(0), fl.y, "-" * 162, F, SZ)
    fl.y += LH
    doc.text(X(0), fl.y, f"RA SUMMARY   CLAIMS PAID {len(paid)}   DENIED {len(denied)}   ADJUSTED {len(adjusted)}   "
             f"NET PAYMENT {money(net, ',', 'trail')}", FB, SZ)
    fl.y += 1.6 * LH
    legend = [("0001", "PAID AS BILLED"), ("0116", "PAYMENT LIMITED TO THE PROGRAM FEE SCHEDULE AMOUNT"),
              ("0287", "SERVICE NOT PRIOR AUTHORIZED FOR THIS RECIPIENT"),
              ("0902", "CREDIT OF A PREVIOUSLY PAID CLAIM"), ("0904", "RE-BILLED CLAIM REPLACES CREDITED CLAIM")]
    doc.text(X(0), fl.y, "EOB CODE MESSAGES", FB, SZ)
    for i, (k, v) in enumerate(legend):
        doc.text(X(0), fl.y + LH * (i + 1), f"{k}  {v}", F, SZ)
    path = out / f"{name}.pdf"
    render_reportlab(doc, path, "Remittance Advice")
    write_truth(path, name, "reportlab", len(doc.pages), "State Medicaid RA, Courier landscape, paid/denied/adjusted "
                "sections, credit with trailing minus", lines, ctruth, legend)


# ============================================================================ c2 Medicaid remittance statement (fpdf2)

def layout_c2(out: Path):
    name = "c2_medicaid_remittance_statement"
    doc = Doc(True)
    F, FB, SZ, LH = "LiberationSans", "LiberationSans-Bold", 7.2, 12.0
    claims = [
        dict(pt="Yusupova, Dilnoza", mid="KM40018273", tcn="26023000114520001", acct="WC10571", status="Paid",
             svcs=[S(2, "97166", 1, ["GO"]), S(2, "97535", 2, ["GO"]), S(9, "97535", 2, ["GO"]), S(9, "97530", 1, ["GO"])]),
        dict(pt="Lindgren, Corbin", mid="KM40091155", tcn="26023000114520002", acct="WC10588", status="Paid",
             svcs=[S(5, "97163", 1, ["GP"]), S(5, "97110", 1, ["GP"]), S(12, "97110", 2, ["GP"]),
                   S(12, "97140", 2, ["GP", "59"]), S(19, "97116", 2, ["GP"]), S(19, "97112", 1, ["GP"])]),
        dict(pt="Abernethy, Rue", mid="KM40130008", tcn="26023000114520003", acct="WC10602", status="Denied",
             svcs=[S(7, "97129", 2, ["GO"], "CO"), S(7, "97530", 1, ["GO"], "CO")]),
        dict(pt="Yusupova, Dilnoza", mid="KM40018273", tcn="26023000114520004", acct="WC10613", status="Paid",
             svcs=[S(16, "97535", 2, ["GO"]), S(16, "97530", 2, ["GO"]), S(23, "97535", 1, ["GO"]),
                   S(23, "97168", 1, ["GO"])]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="204")
            s.remarks = ["N130"] if s.denied else (["MA130"] if s.code == "97168" else [])
    cols = [("Line", 30, "L"), ("Svc From", 58, "L"), ("Svc To", 108, "L"), ("Proc", 158, "L"), ("Mod", 192, "L"),
            ("Units", 246, "R"), ("Billed Amt", 306, "R"), ("Allowed Amt", 366, "R"), ("Cost Share", 418, "R"),
            ("Paid Amt", 472, "R"), ("Adj Grp", 490, "L"), ("Adj RC", 526, "L"), ("Adj Amt", 600, "R"),
            ("RARC", 616, "L")]

    def top(doc):
        p = doc.pno
        doc.rect(30, 24, 732, 40, fill=0.9, stroke=False)
        doc.text(38, 40, "Kessington Medical Assistance Program", FB, 12)
        doc.text(38, 54, "Provider Remittance Statement  -  Kessington Health Care Authority", F, 8)
        doc.text(754, 40, "Payment #: EFT 0000918204   Payment Date: 01/30/2026", F, 8, "R")
        doc.text(754, 54, f"Provider: Westcliff Occupational & Physical Therapy   NPI 1093847710   Page {p} of {{T}}",
                 F, 8, "R")
        return 84

    fl = Flow(doc, top, 570, None)
    fl.page()
    lines, ctruth = [], []
    for cl in claims:
        fl.need(30 + LH * (len(cl["svcs"]) + 2))
        doc.line(30, fl.y - 10, 762, fl.y - 10, 0.8)
        doc.text(30, fl.y, f"Member: {cl['pt']}", FB, 7.8)
        doc.text(210, fl.y, f"Medicaid ID: {cl['mid']}", F, 7.8)
        doc.text(340, fl.y, f"TCN: {cl['tcn']}", F, 7.8)
        doc.text(500, fl.y, f"Patient Control No: {cl['acct']}", F, 7.8)
        doc.text(680, fl.y, f"Claim Status: {cl['status']}", FB, 7.8)
        fl.y += 14
        fl.y = colhead(doc, fl.y, cols, FB, 7.0, 8.0, rule=True)
        for i, s in enumerate(cl["svcs"], 1):
            y = fl.y
            adj = s.adjs[0] if s.adjs else ("", "", None)
            vals = [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.1f}",
                    money(s.billed, ","), money(s.allowed, ","), "0.00", money(s.paid, ","), adj[0], adj[1],
                    money(adj[2], ",") if adj[2] is not None else "", " ".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, SZ, a)
            doc.line(30, y + 3, 762, y + 3, 0.2, 0.6)
            fl.y += LH
            lines.append(truth_line(doc.pno, s, claim_id=cl["acct"], payer_claim_id=cl["tcn"], patient=cl["pt"],
                                    printed=("billed", "allowed", "copay", "paid"), adjustments=s.adjs, remarks=s.remarks,
                                    description=False))
        sv = cl["svcs"]
        y = fl.y
        doc.text(158, y, "Claim Totals", FB, SZ)
        for v, x in ((total(sv, "billed"), 306), (total(sv, "allowed"), 366), (total(sv, "paid"), 472)):
            doc.text(x, y, money(v, ","), FB, SZ, "R")
        fl.y += LH + 14
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["tcn"], "patient": cl["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
    allsv = [s for cl in claims for s in cl["svcs"]]
    fl.need(80)
    doc.rect(30, fl.y - 10, 300, 52, fill=None)
    doc.text(38, fl.y + 2, "Payment Summary", FB, 8.5)
    doc.text(38, fl.y + 16, f"Claims processed: {len(claims)}   Billed: {money(total(allsv, 'billed'))}", F, 7.8)
    doc.text(38, fl.y + 30, f"Total paid this cycle: {money(total(allsv, 'paid'))}", FB, 7.8)
    fl.y += 60
    legend = [("N130", "Consult plan benefit documents for limits on this service."),
              ("MA130", "Claim contains incomplete or invalid information; no appeal rights, resubmit if needed.")]
    doc.text(30, fl.y, "Remark codes on this statement: N130, MA130 - see the provider manual, section 8.", F, 7.2)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path, "Provider Remittance Statement")
    write_truth(path, name, "fpdf2", len(doc.pages), "State Medicaid remittance statement, labelled claim header rows, "
                "adjustment group/reason/amount columns, denied claim", lines, ctruth, legend)


# ============================================================================ d1 clearinghouse Medicare paper remit

def layout_d1(out: Path):
    name = "d1_clearinghouse_mcr_remit"
    doc = Doc(True)
    F, FB, SZ, LH = "LiberationMono", "LiberationMono-Bold", 8.0, 10.4
    st = PlanState(ded_left=D("45.00"))
    claims = [
        dict(pt="BRANNIGAN, OTTO", mid="3XK7PL2MN41", acct="TRC0048121", icn="0226011450220", prov="1427781190",
             svcs=[S(5, "97161", 1, ["GP"]), S(5, "97110", 2, ["GP"]), S(7, "97110", 2, ["GP"]), S(7, "97140", 1, ["GP", "59"]),
                   S(12, "97110", 3, ["GP", "KX"]), S(12, "97112", 1, ["GP"]), S(14, "97116", 2, ["GP", "CQ"]),
                   S(14, "97110", 1, ["GP", "CQ"]), S(19, "97110", 2, ["GP", "KX"]), S(19, "97140", 1, ["GP", "59"]),
                   S(21, "97530", 2, ["GP"]), S(21, "G0283", 1, ["GP"]), S(26, "97110", 2, ["GP"]),
                   S(26, "97112", 1, ["GP"]), S(28, "97110", 2, ["GP"]), S(28, "97140", 2, ["GP"])]),
        dict(pt="ESPINAL, LOURDES", mid="7QH2RD9WT08", acct="TRC0048207", icn="0226011450221", prov="1427781190",
             svcs=[S(8, "97165", 1, ["GO"]), S(8, "97535", 2, ["GO"]), S(15, "97530", 2, ["GO"]), S(15, "97760", 1, ["GO"])]),
        dict(pt="TOLLIVER, AUGUSTINE", mid="1MN8VC3KP67", acct="TRC0048233", icn="0226011450222", prov="1558210466",
             svcs=[S(9, "97110", 2, ["GP"]), S(9, "0552T", 1, [], "CO")]),
    ]
    for i, cl in enumerate(claims):
        st2 = st if i == 0 else PlanState()
        for s in cl["svcs"]:
            medicare(s, st2, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
    cw = 4.8

    def X(c):
        return 22 + c * cw

    def top(doc):
        p = doc.pno
        doc.text(X(0), 28, "CLEARPATH CLAIMS NETWORK - ERA PRINT (STANDARD PAPER REMIT FORMAT)", FB, 8)
        doc.text(770, 28, f"PAGE #: {p} OF {{T}}", F, SZ, "R")
        doc.text(X(0), 40, "GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES   PART B", F, SZ)
        doc.text(770, 40, "MEDICARE REMITTANCE NOTICE", FB, SZ, "R")
        doc.text(X(0), 50, "TRI-RIVER REHAB PARTNERS PC   510 FOUNDRY ST   HOLLISTER OH 44999", F, SZ)
        doc.text(770, 50, "PROVIDER #: 1427781190  DATE: 01/27/2026  CHECK/EFT #: 882610044", F, SZ, "R")
        doc.text(X(0), 66, f"{'PERF PROV':<12}{'SERV DATE':<13}POS NOS {'PROC':<5} {'MODS':<8} {'BILLED':>8}  "
                 f"{'ALLOWED':>8} {'DEDUCT':>8} {'COINS':>8}  {'GRP/RC':<6} {'AMT':>7}  {'PROV PD':>8}", FB, SZ)
        doc.text(X(0), 74, "_" * 155, F, SZ)
        return 90

    fl = Flow(doc, top, 566, None)
    fl.page()
    lines, ctruth = [], []

    def chead(cl, cont):
        doc.text(X(0), fl.y, f"NAME {cl['pt']:<20} MID {cl['mid']}  ACNT {cl['acct']}  ICN {cl['icn']}  ASG Y  "
                 f"MOA MA01{'   (CONT)' if cont else ''}", F, SZ)
        fl.y += LH

    for cl in claims:
        fl.need(5 * LH)
        chead(cl, False)
        for s in cl["svcs"]:
            adjs = s.adjs
            h = max(1, len(adjs)) * LH + (LH if s.remarks else 0)
            if fl.need(h):
                chead(cl, True)
            m = (" ".join(s.mods)).ljust(8)
            g0 = f"{adjs[0][0]}-{adjs[0][1]}" if adjs else ""
            a0 = money(adjs[0][2], "") if adjs else ""
            t = (f"{cl['prov']}  {s.dos:%m%d} {s.dos:%m%d%y}  11 {units_str(s.units):>3} {s.code} {m} "
                 f"{money(s.billed, ''):>8}  {money(s.allowed, ''):>8} {money(s.deductible, ''):>8} "
                 f"{money(s.coinsurance, ''):>8}  {g0:<6} {a0:>7}  {money(s.paid, ''):>8}")
            doc.text(X(0), fl.y, t, F, SZ)
            fl.y += LH
            for g, r, a in adjs[1:]:
                doc.text(X(0), fl.y, " " * 85 + f"{g + '-' + r:<6} {money(a, ''):>7}", F, SZ)
                fl.y += LH
            if s.remarks:
                doc.text(X(0), fl.y, f"CNTL #: {cl['acct']}-{s.dos:%d}   REM: {' '.join(s.remarks)}", F, SZ)
                fl.y += LH
            lines.append(truth_line(doc.pno, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pt"],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
        sv = cl["svcs"]
        fl.need(3 * LH)
        doc.text(X(0), fl.y, f"PT RESP {money(total(sv, 'owes'), ''):>9}", F, SZ)
        fl.y += LH
        seq = total(sv, "seq")
        t = (f"CLAIM TOTALS {' ' * 34}{money(total(sv, 'billed'), ''):>8}  {money(total(sv, 'allowed'), ''):>8} "
             f"{money(total(sv, 'deductible'), ''):>8} {money(total(sv, 'coinsurance'), ''):>8}  "
             f"{'CO-253':<6} {money(seq, ''):>7}  {money(total(sv, 'paid'), ''):>8}")
        doc.text(X(0), fl.y, t, F, SZ)
        fl.y += LH
        doc.text(X(0), fl.y, f"{'NET':>100} {money(total(sv, 'paid'), ''):>8}", F, SZ)
        fl.y += LH * 1.8
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    allsv = [s for cl in claims for s in cl["svcs"]]
    fl.need(4 * LH)
    doc.text(X(0), fl.y, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {money(total(allsv, 'billed'), '')}   "
             f"ALLOWED AMT {money(total(allsv, 'allowed'), '')}   PROV PD AMT {money(total(allsv, 'paid'), '')}", FB, SZ)
    fl.y += LH
    doc.text(X(0), fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES ARE LISTED IN THE CLEARINGHOUSE CODE "
             "REFERENCE.", F, SZ)
    path = out / f"{name}.pdf"
    render_reportlab(doc, path, "Medicare Remittance Notice")
    write_truth(path, name, "reportlab", len(doc.pages), "Clearinghouse print of a Medicare Part B paper remit, "
                "stacked adjustments, continued claim", lines, ctruth, [])


# ============================================================================ d2 PM posting report (fpdf2)

def layout_d2(out: Path):
    name = "d2_pm_payment_posting"
    doc = Doc(False)
    F, FB, SZ, LH = "Helvetica", "Helvetica-Bold", 7.0, 10.5
    claims = [
        dict(pt="YATES, CORINNE", acct="10448", icn="1126012991730", svcs=[
            S(5, "97161", 1, ["GP"]), S(5, "97110", 2, ["GP"]), S(9, "97140", 2, ["GP", "KX"]),
            S(9, "97110", 1, ["GP", "KX"])]),
        dict(pt="MBEKI, THANDIWE", acct="10452", icn="1126012991733", svcs=[
            S(6, "92523", 1, ["GN"]), S(13, "92507", 1, ["GN"]), S(20, "92507", 1, ["GN", "KX"])]),
        dict(pt="HOLLOWAY, BERNARD J", acct="10467", icn="1126012991741", svcs=[
            S(7, "97166", 1, ["GO"]), S(7, "97530", 2, ["GO"]), S(14, "97530", 2, ["GO", "CO"]),
            S(14, "97535", 1, ["GO"]), S(21, "97530", 1, ["GO"]), S(21, "97150", 1, ["GO"], "CO")]),
        dict(pt="CARDENAS-WYLIE, NORA", acct="10471", icn="1126012991750", svcs=[
            S(8, "97110", 3, ["GP"]), S(8, "97112", 1, ["GP"])]),
    ]
    for i, cl in enumerate(claims):
        st = PlanState(ded_left=D("40.00") if i == 0 else ZERO)
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
    cols = [("DOS", 40, "L"), ("CPT", 92, "L"), ("Mods", 126, "L"), ("Units", 186, "R"), ("Charge", 246, "R"),
            ("Allowed", 300, "R"), ("Deduct", 350, "R"), ("Coins", 398, "R"), ("Paid", 450, "R"), ("Remark", 466, "L")]

    def top(doc):
        p = doc.pno
        doc.text(40, 34, "TheraLedger Practice Manager", FB, 11)
        doc.text(40, 46, "Insurance Payment Posting - Detail", F, 9)
        doc.text(572, 34, "Run 01/29/2026 10:14", F, 7.5, "R")
        doc.text(572, 46, f"Page {p} of {{T}}", F, 7.5, "R")
        doc.text(40, 60, "Practice: Ridgeway Outpatient Therapy Group   Payer: Medicare Part B (Heartland MAC)   "
                 "Deposit: EFT 7730019452", F, 7.2)
        doc.line(40, 66, 572, 66, 0.8)
        y = colhead(doc, 80, cols, FB, 7.0, 8.0, rule=True)
        return y + 2

    fl = Flow(doc, top, 748, None)
    fl.page()
    lines, ctruth = [], []
    for cl in claims:
        fl.need(LH * 4)
        doc.rect(40, fl.y - 8, 532, LH, fill=0.9, stroke=False)
        doc.text(42, fl.y, f"{cl['pt']}    Acct {cl['acct']}    Payer ICN {cl['icn']}    Claim status: Processed as "
                 "primary", FB, 7.2)
        fl.y += LH + 2
        for s in cl["svcs"]:
            fl.need(2 * LH)
            y = fl.y
            vals = [dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), f"{s.units:.2f}", money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    " ".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, SZ, a)
            doc.text(92, y + LH - 1.5, "Adj:  " + "    ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs),
                     F, 6.6)
            fl.y += 2 * LH
            lines.append(truth_line(doc.pno, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["pt"],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
        sv = cl["svcs"]
        y = fl.y
        doc.line(200, y - 8, 572, y - 8, 0.4)
        doc.text(92, y, "Claim total", FB, SZ)
        for v, x in ((total(sv, "billed"), 246), (total(sv, "allowed"), 300), (total(sv, "deductible"), 350),
                     (total(sv, "coinsurance"), 398), (total(sv, "paid"), 450)):
            doc.text(x, y, money(v, ","), FB, SZ, "R")
        fl.y += LH + 8
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
    allsv = [s for cl in claims for s in cl["svcs"]]
    fl.need(40)
    doc.line(40, fl.y - 6, 572, fl.y - 6, 1.0)
    doc.text(40, fl.y + 4, f"Batch total  {len(claims)} claims   Charges {money(total(allsv, 'billed'))}   Paid "
             f"{money(total(allsv, 'paid'))}   Posted by: KDOUGLASS", FB, 7.5)
    legend = [("M15", "Separately billed services were bundled into another service on the claim.")]
    doc.text(40, fl.y + 18, "M15: separately billed service bundled with another service (payer remark).", F, 7)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path, "Insurance Payment Posting")
    write_truth(path, name, "fpdf2", len(doc.pages), "Practice-management payment posting detail for a Medicare "
                "payment, Adj sub-rows", lines, ctruth, legend)


# ============================================================================ e1 therapy clinic family statement

def layout_e1(out: Path):
    name = "e1_clinic_family_statement"
    doc = Doc(False)
    F, FB, SZ, LH = "DejaVuSans", "DejaVuSans-Bold", 6.4, 10.0
    st = PlanState(ded_left=D("200.00"), coins_rate=D("0.10"), allowed_rate=D("0.80"))
    visits = [
        dict(pt="Oskar Brennan-Tate", inv="INV-30417", clm="KBP2601040233", svcs=[
            S(5, "97166", 1, ["GO"]), S(5, "97530", 2, ["GO"])]),
        dict(pt="Hazel Brennan-Tate", inv="INV-30421", clm="KBP2601060118", svcs=[
            S(6, "92523", 1, ["GN"])]),
        dict(pt="Oskar Brennan-Tate", inv="INV-30455", clm="KBP2601120871", svcs=[
            S(12, "97530", 3, ["GO"]), S(12, "97535", 1, ["GO"]), S(12, "97533", 1, ["GO"], "PR",
                                                                      "Sensory processing activities")]),
        dict(pt="Hazel Brennan-Tate", inv="INV-30462", clm="KBP2601130402", svcs=[
            S(13, "92507", 1, ["GN"]), S(20, "92507", 1, ["GN"])]),
        dict(pt="Ruairi Brennan-Tate", inv="INV-30470", clm="KBP2601140930", svcs=[
            S(14, "97161", 1, ["GP"]), S(14, "97110", 2, ["GP"]), S(14, "97112", 1, ["GP"])]),
        dict(pt="Oskar Brennan-Tate", inv="INV-30488", clm="KBP2601190227", svcs=[
            S(19, "97530", 2, ["GO"]), S(21, "97530", 2, ["GO"]), S(21, "97112", 1, ["GO", "59"]),
            S(26, "97530", 2, ["GO"]), S(26, "97535", 1, ["GO"])]),
        dict(pt="Margit Brennan", inv="INV-30493", clm="KBP2601210655", svcs=[
            S(21, "97140", 2, ["GP"]), S(21, "97110", 1, ["GP"]), S(28, "97140", 1, ["GP"])]),
        dict(pt="Ruairi Brennan-Tate", inv="INV-30501", clm="KBP2601230148", svcs=[
            S(23, "97110", 2, ["GP"]), S(23, "97116", 1, ["GP"]), S(27, "97110", 2, ["GP"]), S(27, "97112", 1, ["GP"]),
            S(30, "97110", 2, ["GP"]), S(30, "97140", 1, ["GP", "59"])]),
        dict(pt="Hazel Brennan-Tate", inv="INV-30509", clm="KBP2601270561", svcs=[
            S(27, "92507", 1, ["GN"]), S(29, "92526", 1, ["GN"])]),
        dict(pt="Oskar Brennan-Tate", inv="INV-30512", clm="KBP2601280733", svcs=[
            S(28, "97530", 2, ["GO"]), S(28, "97535", 1, ["GO"]), S(30, "97530", 3, ["GO"]),
            S(30, "97168", 1, ["GO"])]),
        dict(pt="Margit Brennan", inv="INV-30518", clm="KBP2601290914", svcs=[
            S(29, "97140", 2, ["GP"]), S(29, "97110", 2, ["GP"]), S(29, "97112", 1, ["GP", "59"]),
            S(2, "97140", 2, ["GP"], month=2), S(2, "97110", 1, ["GP"], month=2), S(4, "97140", 1, ["GP"], month=2),
            S(4, "97110", 2, ["GP"], month=2), S(4, "G0283", 1, ["GP"], month=2)]),
    ]
    for v in visits:
        for s in v["svcs"]:
            commercial(s, st)
    cols = [("Date", 30, "L"), ("Patient", 74, "L"), ("CPT", 160, "L"), ("Mod", 190, "L"), ("Description", 218, "L"),
            ("Qty", 348, "R"), ("Charges", 394, "R"), ("Ins Paid", 440, "R"), ("Ins Adj", 486, "R"),
            ("Balance", 536, "R")]
    allsv = [s for v in visits for s in v["svcs"]]
    pay = D("75.00")
    due = total(allsv, "owes") - pay

    def top(doc):
        p = doc.pno
        if p == 1:
            doc.text(30, 36, "Tidewater Kids & Family Therapy", FB, 13)
            doc.text(30, 48, "3318 Marlin Bay Rd, Suite 210  •  Osprey Point, NC 28599  •  (910) 555-0183", F, 7.2)
            doc.rect(380, 24, 202, 70, fill=0.93)
            for i, (k, vv) in enumerate([("Statement date", "02/02/2026"), ("Guarantor", "Margit Brennan"),
                                          ("Account no.", "G-008817"), ("Amount due", money(due)),
                                          ("Please pay by", "02/23/2026")]):
                doc.text(386, 36 + 12 * i, k, FB if k == "Amount due" else F, 7.2)
                doc.text(576, 36 + 12 * i, vv, FB if k == "Amount due" else F, 7.2, "R")
            doc.text(30, 72, "MARGIT BRENNAN", F, 8)
            doc.text(30, 82, "14 HERON WALK", F, 8)
            doc.text(30, 92, "OSPREY POINT NC 28599", F, 8)
            doc.line(30, 104, 582, 104, 0.5, 0.4)
            doc.text(306, 112, "- - - Please detach and return the top portion with your payment - - -", F, 6.2, "C")
            doc.text(30, 132, "Account Activity", FB, 10)
            y = colhead(doc, 148, cols, FB, 6.8, 8.0, box=(28, 584, 0.85))
            return y
        doc.text(30, 36, "Tidewater Kids & Family Therapy  •  Guarantor Margit Brennan  •  Account G-008817", F, 7.5)
        doc.text(30, 52, "Account activity (continued)", FB, 9)
        return colhead(doc, 68, cols, FB, 6.8, 8.0, box=(28, 584, 0.85))

    def footer(doc):
        doc.text(30, 770, "Questions about this statement? Call our billing office at (910) 555-0184, Mon-Thu 9-4.", F, 6.5)
        doc.text(582, 770, f"Page {doc.pno} of {{T}}", F, 6.5, "R")

    fl = Flow(doc, top, 700, footer)
    fl.page()
    lines, ctruth = [], []
    for v in visits:
        fl.need(3 * LH)
        doc.text(30, fl.y, f"Invoice {v['inv']}  -  {v['pt']}  -  filed to Keystone Benefit Plan, claim "
                 f"#{v['clm']}", FB, 6.8)
        fl.y += LH
        for s in v["svcs"]:
            fl.need(LH)
            y = fl.y
            vals = [dfmt(s.dos, "mdy2"), v["pt"], s.code, " ".join(s.mods), s.desc[:28], units_str(s.units),
                    money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
            for (h, x, a), val in zip(cols, vals):
                doc.text(x, y, val, F, SZ, a)
            fl.y += LH
            lines.append(truth_line(doc.pno, s, claim_id=v["inv"], payer_claim_id=v["clm"], patient=v["pt"],
                                    printed=("billed", "paid", "discount", "patient_owes"),
                                    overrides={"description": s.desc[:28].rstrip()}))
        fl.y += 3
        ctruth.append({"claim_id": v["inv"], "payer_claim_id": v["clm"], "patient": v["pt"],
                       "totals": claim_totals()})
        if v["inv"] == "INV-30462":
            fl.need(LH)
            doc.text(30, fl.y, "01/22/26", F, SZ)
            doc.text(74, fl.y, "Family payment - card ending 4410, thank you", F, SZ)
            doc.text(536, fl.y, money(-pay, ","), F, SZ, "R")
            fl.y += LH + 3
    fl.need(70)
    doc.line(30, fl.y - 4, 582, fl.y - 4, 0.8)
    doc.text(394, fl.y + 8, money(total(allsv, "billed"), ","), FB, SZ, "R")
    doc.text(440, fl.y + 8, money(total(allsv, "paid"), ","), FB, SZ, "R")
    doc.text(486, fl.y + 8, money(total(allsv, "discount"), ","), FB, SZ, "R")
    doc.text(536, fl.y + 8, money(due, ","), FB, SZ, "R")
    doc.text(218, fl.y + 8, "Account totals", FB, SZ)
    fl.y += 26
    for i, (k, vv) in enumerate([("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO)]):
        doc.rect(30 + 110 * i, fl.y, 104, 26, fill=None)
        doc.text(36 + 110 * i, fl.y + 10, k, F, 6.8)
        doc.text(128 + 110 * i, fl.y + 21, money(vv), FB, 7.2, "R")
    fl.finish()
    path = out / f"{name}.pdf"
    render_reportlab(doc, path, "Statement")
    write_truth(path, name, "reportlab", len(doc.pages), "Therapy clinic family statement, invoices with insurer claim "
                "numbers, four family members", lines, ctruth, [])


# ============================================================================ e2 hospital guarantor statement (fpdf2)

def layout_e2(out: Path):
    name = "e2_hospital_guarantor_statement"
    doc = Doc(False)
    F, FB, SZ, LH = "Times-Roman", "Times-Bold", 8.2, 11.5
    REV = {"97": "0430", "92": "0440", "99": "0510", "G0": "0420", "L3": "0274"}
    st = PlanState(ded_left=D("300.00"), allowed_rate=D("0.70"))
    accts = [
        dict(pt="Celestine Marchetti-Obi", acct="400882130", payer="Northfield Health Plan", clm="NHP26A0551017", svcs=[
            S(5, "97167", 1, ["GO"]), S(5, "97530", 2, ["GO"]), S(5, "97535", 2, ["GO"]), S(7, "97530", 3, ["GO"]),
            S(7, "97140", 1, ["GO", "59"]), S(9, "97530", 2, ["GO"]), S(9, "97760", 1, ["GO"]), S(12, "97530", 2, ["GO"]),
            S(12, "L3807", 1, ["LT"]), S(14, "97530", 2, ["GO"]), S(14, "97535", 1, ["GO"]), S(16, "97168", 1, ["GO"]),
            S(19, "97530", 2, ["GO"]), S(19, "97110", 2, ["GO"]), S(21, "97530", 2, ["GO"]), S(21, "G0283", 1, ["GO"]),
            S(23, "97530", 2, ["GO"]), S(23, "97112", 1, ["GO"]), S(26, "97530", 2, ["GO"]), S(26, "97535", 1, ["GO"]),
            S(28, "97530", 2, ["GO"]), S(28, "97110", 1, ["GO"])]),
        dict(pt="Ezra Marchetti-Obi", acct="400882377", payer="Northfield Health Plan", clm="NHP26A0577402", svcs=[
            S(8, "92523", 1, ["GN"]), S(12, "92507", 1, ["GN"]), S(15, "92507", 1, ["GN"]),
            S(19, "92507", 1, ["GN"]), S(19, "92526", 1, ["GN"]), S(22, "92507", 1, ["GN"]), S(26, "92507", 1, ["GN"]),
            S(26, "92526", 1, ["GN"]), S(29, "92507", 1, ["GN"]), S(2, "92507", 1, ["GN"], month=2),
            S(5, "92507", 1, ["GN"], month=2), S(5, "92526", 1, ["GN"], month=2), S(9, "92507", 1, ["GN"], month=2),
            S(12, "92507", 1, ["GN"], month=2)]),
        dict(pt="Leopold Obi", acct="400882519", payer="Northfield Health Plan", clm="NHP26A0590881", svcs=[
            S(10, "99213", 1), S(10, "97163", 1, ["GP"]), S(10, "97110", 2, ["GP"])]),
    ]
    for a in accts:
        for s in a["svcs"]:
            commercial(s, st)

    def top(doc):
        p = doc.pno
        doc.text(40, 40, "SAINT ALDRIC REGIONAL MEDICAL CENTER", FB, 13)
        doc.text(40, 52, "Patient Financial Services  -  900 Cathedral Hill Dr  -  Brantwood, KS 66999", F, 8.5)
        doc.text(572, 40, "PATIENT STATEMENT", FB, 10, "R")
        doc.text(572, 52, f"Page {p} of {{T}}", F, 8.5, "R")
        doc.line(40, 58, 572, 58, 1.0)
        if p == 1:
            doc.text(40, 76, "Guarantor: Leopold Obi", F, 9)
            doc.text(40, 88, "227 Prairie Lark Rd, Brantwood, KS 66999", F, 9)
            doc.rect(360, 66, 212, 56, fill=0.92)
            doc.text(368, 80, "Statement date: 02/03/2026", F, 8.5)
            doc.text(368, 93, "Guarantor no.: 7710452", F, 8.5)
            owed = sum((total(a["svcs"], "owes") for a in accts), ZERO)
            doc.text(368, 110, f"Total now due: {money(owed)}", FB, 10)
            doc.text(40, 140, "Summary of outpatient rehabilitation accounts", FB, 10)
            return 160
        return 76

    cols = [("Date", 40, "L"), ("Rev", 88, "L"), ("CPT/HCPCS", 118, "L"), ("Mod", 168, "L"),
            ("Description", 204, "L"), ("Units", 470, "R"), ("Charges", 560, "R")]
    fl = Flow(doc, top, 740, None)
    fl.page()
    lines, ctruth = [], []
    for a in accts:
        fl.need(70)
        sv = a["svcs"]
        doc.text(40, fl.y, f"Account {a['acct']}   Patient: {a['pt']}   Outpatient services "
                 f"{dfmt(sv[0].dos, 'mdy2')} - {dfmt(sv[-1].dos, 'mdy2')}", FB, 8.8)
        fl.y += 14
        fl.y = colhead(doc, fl.y, cols, FB, 8.0, 9.0, rule=True)
        for s in sv:
            dl = wrap(s.desc, 48)
            fl.need(len(dl) * LH)
            y = fl.y
            vals = [dfmt(s.dos, "mdy2"), REV[s.code[:2]], s.code, " ".join(s.mods), dl[0], units_str(s.units),
                    money(s.billed, ",")]
            for (h, x, al), v in zip(cols, vals):
                doc.text(x, y, v, F, SZ, al)
            for i, extra in enumerate(dl[1:], 1):
                doc.text(204, y + i * LH, extra, F, SZ)
            fl.y += len(dl) * LH
            lines.append(truth_line(doc.pno, s, claim_id=a["acct"], payer_claim_id=a["clm"], patient=a["pt"],
                                    printed=("billed",)))
        fl.need(5 * LH)
        y = fl.y + 2
        rows = [("Total charges", total(sv, "billed")),
                (f"Payment - {a['payer']}, claim {a['clm']}", -total(sv, "paid")),
                ("Contractual adjustment - " + a["payer"], -total(sv, "discount")),
                ("Patient balance for this account", total(sv, "owes"))]
        for i, (k, v) in enumerate(rows):
            doc.text(204, y + i * LH, k, FB if i in (0, 3) else F, SZ)
            doc.text(560, y + i * LH, money(v, ","), FB if i in (0, 3) else F, SZ, "R")
        fl.y = y + len(rows) * LH + 12
        ctruth.append({"claim_id": a["acct"], "payer_claim_id": a["clm"], "patient": a["pt"],
                       "totals": claim_totals(billed=total(sv, "billed"))})
    fl.need(30)
    doc.text(40, fl.y, "Financial assistance may be available. Ask us or visit the cashier's office. Make checks "
             "payable to Saint Aldric RMC.", F, 8)
    path = out / f"{name}.pdf"
    render_fpdf(doc, path, "Patient Statement")
    write_truth(path, name, "fpdf2", len(doc.pages), "Hospital guarantor statement, per-account charge lines, insurance "
                "activity as account rows", lines, ctruth, [])


LAYOUTS = [layout_a1, layout_a2, layout_b1, layout_b2, layout_c1, layout_c2, layout_d1, layout_d2, layout_e1, layout_e2]


# ============================================================================ self-check

def _num(tok: str):
    t = tok.strip().rstrip(",;:")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") and len(t) > 1:
        neg, t = True, t[:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.lstrip("$").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    v = D(t)
    return -v if neg else v


def _rows(page):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][0] - w["bottom"]) < 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [(b, sorted(ws, key=lambda w: w["x0"])) for b, ws in rows]


def date_forms(iso: str) -> list[str]:
    dd = date.fromisoformat(iso)
    return [dfmt(dd, s) for s in ("mdy2", "mdy4", "mdy6", "mon", "mdyn")] + [f"{dd:%m%d} {dd:%m%d%y}"]


def check(out: Path) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    split_docs = 0
    pdfs = sorted(out.glob("*.pdf"))
    if len(pdfs) < 10:
        errs.append(f"only {len(pdfs)} PDFs")
    producers = set()
    for pdf_path in pdfs:
        tr = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        producers.add(tr["producer"])
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{pdf_path.name}: pages {len(pdf.pages)} != {tr['pages']}")
            prow = [_rows(p) for p in pdf.pages]
            ptext = [p.extract_text() or "" for p in pdf.pages]
        alltext = "\n".join(ptext)
        flat = re.sub(r"\s+", " ", alltext)
        all_codes = {ln["code"] for ln in tr["lines"]}
        for n, ln in enumerate(tr["lines"]):
            tag = f"{pdf_path.name} line {n} ({ln['code']} {ln['service_date']})"
            rows = prow[ln["page"] - 1]
            ok = False
            for i, (b, ws) in enumerate(rows):
                toks = [w["text"] for w in ws]
                if not any(ln["code"] in t for t in toks):
                    continue
                start = i - 1 if i and not re.search(r"\d\.\d\d", " ".join(toks)) else i
                band = [w["text"] for w in rows[start][1]] + (toks if start != i else [])
                b = rows[start][0]
                for b2, ws2 in rows[i + 1:i + 4]:
                    t2 = [w["text"] for w in ws2]
                    if b2 - b > 40 or any(c in t for c in all_codes for t in t2 if re.search(r"\d{4}", t)) and \
                            not t2[0].startswith(("Adj", "CNTL")) and not any(t.startswith(("CO-", "PR-", "OA-"))
                                                                             for t in t2):
                        break
                    band += t2
                text = " ".join(band)
                pieces = set()
                for t in band:
                    pieces.update(p for p in re.split(r"[-\[\]\(\),:;]+", t) if p)
                nums = {v for t in band for v in [_num(t)] if v is not None}
                good = all(m in pieces for m in ln["modifiers"])
                if ln["units"] is not None:
                    good = good and D(ln["units"]) in nums
                for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount"):
                    if ln[k] is not None:
                        good = good and D(ln[k]) in nums
                for g, r, a in ln["adjustments"]:
                    good = good and bool(re.search(rf"\b{g}\s*-?\s*{r}\b", text)) and D(a).copy_abs() in \
                        {abs(x) for x in nums}
                for r in ln["remarks"]:
                    good = good and r in pieces
                if good:
                    ok = True
                    break
            if not ok:
                errs.append(f"{tag}: values not found together on one row of page {ln['page']}")
            if not any(f in ptext[ln["page"] - 1] for f in date_forms(ln["service_date"])):
                errs.append(f"{tag}: date not on page")
            pw = set(re.findall(r"[\w/&'.-]+", ptext[ln["page"] - 1]))
            if ln["description"] and not all(w in pw for w in re.findall(r"[\w/&'.-]+", ln["description"])):
                errs.append(f"{tag}: description not in text")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in flat:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in text")
            # the document's own arithmetic
            v = {k: (D(ln[k]) if ln[k] is not None else None) for k in
                 ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid")}
            if None not in (v["billed"], v["discount"], v["not_covered"], v["allowed"]):
                if v["billed"] - v["discount"] - v["not_covered"] != v["allowed"]:
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
            if None not in (v["allowed"], v["deductible"], v["copay"], v["coinsurance"], v["paid"]):
                if v["allowed"] - v["deductible"] - v["copay"] - v["coinsurance"] != v["paid"]:
                    errs.append(f"{tag}: allowed arithmetic")
            if ln["adjustments"] and v["billed"] is not None and v["paid"] is not None:
                if v["billed"] - sum(D(a) for _, _, a in ln["adjustments"]) != v["paid"]:
                    errs.append(f"{tag}: billed - adjustments != paid")
        # claim totals
        pages_of: dict = {}
        for ln in tr["lines"]:
            pages_of.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        if any(len(p) > 1 for p in pages_of.values()):
            split_docs += 1
        if len(tr["claims"]) < 2:
            errs.append(f"{pdf_path.name}: fewer than 2 claims")
        for cl in tr["claims"]:
            mine = [ln for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"]) ==
                    (cl["claim_id"], cl["payer_claim_id"])]
            if not mine:
                errs.append(f"{pdf_path.name}: claim {cl['payer_claim_id']} has no lines")
            for k, t in cl["totals"].items():
                if t is None:
                    continue
                if any(ln[k] is None for ln in mine):
                    continue  # a claim-level figure the lines do not print (e.g. PT RESP)
                s = sum((D(ln[k]) for ln in mine), ZERO)
                planted = any(str(cl["payer_claim_id"]) in f for f in tr["expected_findings"])
                if planted:
                    if k == "patient_owes" and s == D(t):
                        errs.append(f"{pdf_path.name}: planted mismatch is not a mismatch")
                elif s != D(t):
                    errs.append(f"{pdf_path.name}: claim {cl['payer_claim_id']} {k} total {t} != lines {s}")
                if not any(f in ptext_all for f in [money(D(t)), money(D(t), ","), money(D(t), ""),
                                                    money(D(t), ",", "trail")]
                           for ptext_all in [alltext]):
                    errs.append(f"{pdf_path.name}: claim {cl['payer_claim_id']} total {k} {t} not printed")
            if cl["patient"] and cl["patient"] not in flat:
                errs.append(f"{pdf_path.name}: patient {cl['patient']} not in text")
    if split_docs < 3:
        errs.append(f"only {split_docs} documents have a claim on two pages")
    if len(producers) < 2:
        errs.append("fewer than two producers")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout207_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        n_lines = sum(len(json.loads(p.read_text())["lines"]) for p in out.glob("*.truth.json"))
        n_pages = sum(json.loads(p.read_text())["pages"] for p in out.glob("*.truth.json"))
        print(f"check: {n_lines} lines, {n_pages} pages, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
