"""Write the SIXTY-FIRST held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on ten documents, two of each of the five commonest real kinds (commercial member
EOBs; a Medicare Summary Notice and a Medicare Advantage member EOB; state Medicaid remittance advices; Medicare-
style remits re-printed by a clearinghouse / a practice-management system; family statements from a therapy clinic
and a hospital), each in a house style meant to differ from sets 1-59. Written without looking at the reader, its
tests or how it reads these files.

Run:  python bench/heldout61/make_heldout61_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout61/make_heldout61_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. h61kit.py (same folder) holds the page model
(buffered drawing emitted by reportlab or fpdf2) and the self-check.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py truth_line / write_truth), printed values only, null for
what a layout does not print (units null where no quantity is printed; description null where no wording is printed);
claim_id = the provider's own account / patient-control / invoice number, payer_claim_id = the payer's claim number /
ICN, patient exactly as printed (the person served, not the subscriber / guarantor). Claims carry the printed claim
totals ("totals"), null where the layout prints none. No planted mismatches: expected_findings is empty. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  c1  commercial PPO member EOB to the subscriber, four family members (reportlab, portrait Liberation Serif): family
      deductible box, grey patient bands "Patient: <name> (Daughter)" + Claim Number + Patient Account #, Date of
      Service 01/05/2026 / wrapped Description / Code "97140 GO 59" / Units / Amount Billed / Network Savings / Not
      Covered / Allowed Amount / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Notes, claim totals rows,
      a claim continuing on page 2 under "(continued)" and a repeated header, notes legend
  c2  regional HMO "Statement of Claims Processed" (fpdf2, landscape DejaVu Sans Condensed): dark title band, header
      repeated above each member's claim line (Member / Provider / Provider Acct / Claim ID), "Jan 5, 2026", Proc and
      Modifier "GO,59" apart, Qty "2.0", $ amounts, per-visit copay, a CO-type and a PR-type denial, Expl. codes
  m1  Medicare Summary Notice Part B (fpdf2, portrait Liberation Sans): deductible and providers boxes, grey provider
      bands with "Claim number", date on every row 12/29/25, "Service Provided & Billing Code" as "Gait training
      (97116)" (no modifiers, no units printed), Service Approved? Yes/No, four money columns, See Notes letters
  m2  Medicare Advantage PPO member EOB (reportlab, landscape DejaVu Sans): cost summary boxes, grey claim bars with
      Claim number and Provider's account number, Date 1/5/2026 / Service you received / Code / Modifier "GP CQ" /
      Units / billed / Plan-approved / Plan's share / Copay / Not covered / Your share / Note, per-visit copay,
      a claim continuing on page 2 with its claim line and header repeated
  d1  state Medicaid remittance advice in status sections (reportlab, portrait core Courier): CLAIMS PAID / CLAIMS
      DENIED / CLAIM ADJUSTMENTS, "RECIP: LAST, FIRST  RID  ICN  PAT ACCT" heads, FROM/THRU 010526, trailing-minus
      void of a prior ICN and its replacement, ADJ "CO-45" + amount, 4-digit state EOB codes (kept as remarks)
  d2  state Medicaid provider-portal RA (fpdf2, landscape Liberation Sans Narrow): boxed member cards (Member Name /
      Member ID / ICN / Patient Control No / status), ruled grid Ln / From DOS / To DOS (one week-long range line) /
      Proc / Modifiers / Units / Billed / Allowed / TPL / Copay / Paid / Status / "CO-45 176.80" / RARC / Description,
      a 20-line claim running onto page 2 under a repeated card line and header, a fully denied claim
  p1  Medicare Part B standard paper remit re-printed by a clearinghouse ERA viewer (fpdf2, portrait DejaVu Sans Mono):
      NAME / MID / ACNT / ICN / ASG / MOA heads, "0105 010526" serv date, NOS, MODS "GO KX", GRP/RC-AMT stacked on
      following text lines (CO-45, PR-1, PR-2, CO-253), CNTL/REM line, PT RESP / CLAIM TOTALS / NET, a claim
      continuing on page 2 without a repeated claim head (page header repeats)
  p2  practice-management "Insurance Payment Posting Detail" of a Medicare deposit (reportlab, landscape core
      Helvetica): header repeated per page, patient heading rows (Acct # / Payer ICN), DOS 1/5/2026, CPT / Mod1 / Mod2
      apart, Adj Code "CO45" and Adj Amt stacked in their cells, Xfer to Pt, remark codes, account totals
  s1  pediatric therapy clinic family statement to the guarantor (reportlab, portrait Liberation Sans): amount-due box,
      per-patient sections with visit heading lines (invoice + insurer claim number), Reference INV-#####, glued code
      "97533-GO-59", no units, Charges / Insurance Paid / Insurance Adjustment / Your Balance, a self-pay visit,
      patient payments as non-service rows, per-patient balances
  s2  hospital guarantor statement with itemized outpatient-rehab accounts (fpdf2, portrait DejaVu Serif): boxed
      account heads (Account No. + Patient), 05-JAN-2026, Rev code, "97110 GO", UPPER-CASE descriptions, Qty, Charges,
      insurer payment row naming its claim number, contractual adjustment in parentheses, balance; two pages

The self-check (--check) tests the factory, not the reader: page counts; for every truth line, on its page and
within the row's band, the code, each modifier, the service date (and end date) in the layout's format, every
printed amount on ONE extracted text line of the row, the units on that same line, each adjustment group+reason and
amount and each remark; ids and patients in the document text; the documents' own arithmetic (billed - discount -
not covered = allowed and allowed - deductible - copay - coinsurance = paid where printed; billed - adjustments =
paid where every adjustment is printed; charge - insurance adjustment - insurance paid = balance on statements;
claim totals = sum of lines and printed); at least three files with a claim continuing onto the next page.
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

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
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
from h61kit import Doc, Flow, check, row  # noqa: E402

for _c, (_fee, _sch, _d) in {
    "97533": ("88.00", "31.70", "Sensory integration techniques"),
    "97162": ("245.00", "101.12", "PT evaluation, moderate complexity"),
    "97116": ("82.00", "30.05", "Gait training"),
    "92610": ("185.00", "79.40", "Swallowing function evaluation"),
    "E0110": ("64.00", "38.20", "Forearm crutches, pair"),
}.items():
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date


def S(dos, code, units=1, mods=(), denied=None, desc="", end=None):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), end, desc, denied)


def M(d, style=","):
    return money(d, style)


class Out:
    """Collects truth rows, their bands on the page, and claims, for one document."""

    def __init__(self):
        self.lines, self.bands, self.claims = [], [], []

    def add(self, band, s, cl, printed, **kw):
        self.bands.append(band)
        self.lines.append(truth_line(band[0], s, claim_id=cl["claim_id"], payer_claim_id=cl["payer_claim_id"],
                                     patient=cl["patient"], printed=printed, **kw))

    def claim(self, claim_id, payer_claim_id, patient, **totals):
        c = {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
             "totals": claim_totals(**totals) if totals else None}
        self.claims.append(c)
        return c


def hdr_row(flow, cols, labels, font, size, lead, fill=None, rule=True):
    n = max(len(v) for v in labels)
    h = n * lead + 3
    x0, x1 = cols[0][0], cols[-1][0] + cols[-1][1]
    if fill is not None:
        flow.doc.rect(x0, flow.y, x1 - x0, h, fill=fill, stroke=False)
    for (x, w, a), ls in zip(cols, labels):
        for i, s in enumerate(ls):
            yy = flow.y + size + 1 + i * lead
            if a == "r":
                flow.doc.text(x + w - 1.5, yy, s, font, size, "r")
            elif a == "c":
                flow.doc.text(x + w / 2, yy, s, font, size, "c")
            else:
                flow.doc.text(x + 1.5, yy, s, font, size)
    flow.y += h
    if rule:
        flow.doc.line(x0, flow.y, x1, flow.y, 0.6)
    flow.y += 1


def mkcols(x0, spec):
    cols, x = [], x0
    for w, a in spec:
        cols.append((x, w, a))
        x += w
    return cols


# ============================================================================================ c1
def layout_c1(out_dir):
    """Commercial PPO member EOB to the subscriber, three family members (reportlab, portrait Liberation Serif)."""
    doc, o = Doc("reportlab", LETTER), Out()
    F, FB = "LSerif", "LSerif-B"
    st = {n: PlanState(ded_left=Decimal(d), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                       copay_codes={"99213": Decimal("30.00")}) for n, d in (("a", "150"), ("b", "0"), ("c", "40"), ("d", "70"))}
    claims = [
        ("Lucia Okafor-Reyes", "Spouse", "Harborview Hand & Upper Limb Therapy", "HV-220871", "E26011400731", st["a"], [
            S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 5), "97760", 2, ("GO",)),
            S(D(2026, 1, 5), "L3807", 1, ("RT",)), S(D(2026, 1, 8), "97140", 2, ("GO", "59")),
            S(D(2026, 1, 8), "97110", 2, ("GO",)), S(D(2026, 1, 8), "0552T", 1, (), "PR"),
            S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97140", 1, ("GO", "59")),
            S(D(2026, 1, 15), "97530", 2, ("GO",)), S(D(2026, 1, 15), "97535", 1, ("GO",)),
            S(D(2026, 1, 15), "G0283", 1, ("GO",)), S(D(2026, 1, 19), "97168", 1, ("GO",)),
            S(D(2026, 1, 22), "97530", 2, ("GO",)), S(D(2026, 1, 22), "97140", 1, ("GO", "59")),
            S(D(2026, 1, 26), "97110", 2, ("GO",)), S(D(2026, 1, 26), "97535", 1, ("GO",)),
            S(D(2026, 1, 29), "97530", 2, ("GO",)), S(D(2026, 1, 29), "97760", 1, ("GO",)),
        ]),
        ("Ines Okafor-Reyes", "Daughter", "Little Cedars Pediatric Therapy Group", "LC-5531-07", "E26012100377",
         st["d"], [
            S(D(2026, 1, 7), "97165", 1, ("GO",)), S(D(2026, 1, 7), "97533", 1, ("GO",)),
            S(D(2026, 1, 14), "97533", 2, ("GO",)), S(D(2026, 1, 14), "97530", 1, ("GO", "59")),
            S(D(2026, 1, 21), "97533", 2, ("GO",)), S(D(2026, 1, 21), "97112", 1, ("GO",)),
            S(D(2026, 1, 28), "97533", 2, ("GO",)), S(D(2026, 1, 28), "97530", 2, ("GO", "59")),
            S(D(2026, 1, 28), "97129", 1, ("GO",), "PR"),
        ]),
        ("Mateo Okafor-Reyes", "Son", "Little Cedars Pediatric Therapy Group", "LC-5530-02", "E26011900218", st["c"], [
            S(D(2026, 1, 6), "92523", 1, ("GN",)), S(D(2026, 1, 13), "92507", 1, ("GN",)),
            S(D(2026, 1, 13), "97533", 2, ("GO",)), S(D(2026, 1, 20), "92507", 1, ("GN",)),
            S(D(2026, 1, 20), "97530", 2, ("GO", "59")),
        ]),
        ("Daniel Okafor-Reyes", "Self", "Eastgate Family Medicine", "EFM88120", "E26012200904", st["b"], [
            S(D(2026, 1, 9), "99213", 1, ("25",)), S(D(2026, 1, 9), "E0110", 1, ("NU",)),
        ]),
    ]
    for c in claims:
        for s in c[6]:
            commercial(s, c[5], deny_reason="96")
            s.remarks = ["N4"] if s.denied else (["C2"] if s.copay else (["D1"] if s.deductible else []))
    legend = [("N4", "This service is not a covered benefit under your plan; the provider may bill you."),
              ("C2", "A fixed copay applies to this office visit."),
              ("D1", "Part or all of this amount went toward your calendar-year deductible.")]
    spec = [(48, "l"), (92, "l"), (46, "l"), (22, "r"), (40, "r"), (38, "r"), (36, "r"), (40, "r"), (36, "r"),
            (30, "r"), (38, "r"), (38, "r"), (38, "r"), (24, "c")]
    cols = mkcols(22, spec)
    labels = [["Date of", "Service"], ["Description of", "Service"], ["Code", "(Mods)"], ["Units"], ["Amount", "Billed"],
              ["Network", "Savings"], ["Not", "Covered"], ["Allowed", "Amount"], ["Deduc-", "tible"], ["Copay"],
              ["Coin-", "surance"], ["Plan", "Paid"], ["You", "Owe"], ["Notes"]]
    state = {"claim": None}

    def furniture(fl):
        d = fl.doc
        d.text(22, 40, "CASCADIA MUTUAL HEALTH", FB, 15)
        d.text(22, 52, "PO Box 40917, Tacoma WA 98401-0917   |   Member Services 1-800-555-0143", F, 7.5)
        d.text(590, 40, "EXPLANATION OF BENEFITS", FB, 11, "r")
        d.text(590, 52, "THIS IS NOT A BILL", FB, 8, "r")
        d.line(22, 58, 590, 58, 1.2)
        d.text(22, 770, "Statement date: 01/28/2026   Subscriber ID: CMH204418877   Group: 0077415 Northgate Logistics",
               F, 6.5)
        d.text(590, 770, f"Page {fl.pageno} of {{NP}}", F, 6.5, "r")
        if fl.pageno == 1:
            d.text(22, 76, "Daniel Okafor-Reyes", F, 9)
            d.text(22, 87, "2217 Larchmont Terrace", F, 9)
            d.text(22, 98, "Olympia WA 98502", F, 9)
            d.rect(340, 66, 250, 64, fill=0.93, stroke=False)
            d.text(348, 78, "Your family deductible (in-network)", FB, 8)
            d.text(348, 90, "Met so far: $260.00 of $1,500.00", F, 8)
            d.text(348, 102, "Out-of-pocket met: $612.40 of $6,000.00", F, 8)
            d.text(348, 114, "Plan: Cascadia Choice PPO 1500", F, 8)
            d.text(22, 128, "Claims processed for your family this period are shown below, grouped by patient.", F, 8)
            return 140
        return 68

    def repeat(fl):
        if state["claim"]:
            fl.doc.text(22, fl.y + 9, state["claim"] + " (continued)", FB, 8)
            fl.y += 13
            hdr_row(fl, cols, labels, FB, 6.6, 7.5, fill=0.88)

    flow = Flow(doc, furniture, 748)
    flow.repeat = repeat
    for pat, rel, prov, acct, clno, _st, svcs in claims:
        flow.need(70)
        flow.doc.rect(22, flow.y + 2, 568, 26, fill=0.8, stroke=False)
        flow.doc.text(26, flow.y + 12, f"Patient: {pat} ({rel})", FB, 8.5)
        flow.doc.text(300, flow.y + 12, f"Claim Number: {clno}", FB, 8.5)
        flow.doc.text(26, flow.y + 24, f"Provider: {prov}", F, 8)
        flow.doc.text(300, flow.y + 24, f"Patient Account #: {acct}   Network status: In network", F, 8)
        flow.y += 32
        hdr_row(flow, cols, labels, FB, 6.6, 7.5, fill=0.88)
        state["claim"] = f"Claim Number: {clno}  -  {pat}"
        cl = o.claim(acct, clno, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                     paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        for s in svcs:
            desc = eobgen.LONG_DESC.get(s.code, s.desc) if s.code in ("97140", "97760", "L3807") else s.desc
            s.desc = desc
            cells = [dfmt(s.dos, "mdy4"), ("wrap", desc), f"{s.code} {' '.join(s.mods)}".strip(), units_str(s.units),
                     M(s.billed), M(s.discount), M(s.not_covered), M(s.allowed), M(s.deductible), M(s.copay),
                     M(s.coinsurance), M(s.paid), M(s.owes), " ".join(s.remarks)]
            band = row(flow, cols, cells, F, 7, 8.2)
            flow.doc.line(22, flow.y, 590, flow.y, 0.2)
            o.add(band, s, cl, ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                "paid", "patient_owes"), remarks=s.remarks)
        state["claim"] = None
        flow.need(14)
        tcells = ["", "Claim totals", "", "", M(total(svcs, "billed")), M(total(svcs, "discount")),
                  M(total(svcs, "not_covered")), M(total(svcs, "allowed")), M(total(svcs, "deductible")),
                  M(total(svcs, "copay")), M(total(svcs, "coinsurance")), M(total(svcs, "paid")), M(total(svcs, "owes")), ""]
        row(flow, cols, tcells, FB, 7, 8.2)
        flow.y += 8
    flow.need(60)
    flow.doc.text(22, flow.y + 10, "Notes", FB, 9)
    flow.y += 14
    for k, v in legend:
        flow.doc.text(26, flow.y + 8, f"{k}  {v}", F, 7.5)
        flow.y += 10
    flow.doc.text(22, flow.y + 12, "To appeal, write to us within 180 days of this statement at the address above.", F,
                  7.5)
    return doc, o, legend, dict(datefmt="mdy4", arith=("allow", "share"),
                                desc="commercial PPO member EOB for a family, boxed patient bands")


# ============================================================================================ c2
def layout_c2(out_dir):
    """Regional HMO 'Statement of Claims Processed' to the subscriber (fpdf2, landscape DejaVu Sans Condensed)."""
    doc, o = Doc("fpdf2", LAND), Out()
    F, FB = "DCond", "DCond-B"
    stA = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.71"))
    stB = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.71"))
    stC = PlanState(ded_left=Decimal("75"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    data = [
        ("AVERY T QUILLFEATHER", "Pinewood Pediatric Rehab", "PW0019374", "7261-0005-118", stA, [
            S(D(2026, 1, 7), "97165", 1, ("GO",)), S(D(2026, 1, 7), "97533", 2, ("GO",)),
            S(D(2026, 1, 14), "97530", 2, ("GO",)), S(D(2026, 1, 14), "97112", 1, ("GO", "59")),
            S(D(2026, 1, 21), "97530", 3, ("GO",), "CO", "Therapeutic activities (units over authorization)"),
        ]),
        ("SOREN J QUILLFEATHER", "Pinewood Pediatric Rehab", "PW0019402", "7261-0005-131", stB, [
            S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
            S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 22), "92610", 1, ("GN",), "PR"),
        ]),
        ("HELENA M QUILLFEATHER", "Brookside Spine & Sport PT", "BSP-66021", "7261-0007-044", stC, [
            S(D(2026, 1, 12), "97162", 1, ("GP",)), S(D(2026, 1, 12), "97110", 2, ("GP",)),
            S(D(2026, 1, 16), "97140", 1, ("GP",)), S(D(2026, 1, 16), "97110", 2, ("GP", "KX")),
            S(D(2026, 1, 16), "97116", 1, ("GP",)),
        ]),
    ]
    for *_, stx, svcs in data:
        for s in svcs:
            commercial(s, stx, deny_reason="198")
            s.remarks = ["X41"] if s.denied == "CO" else (["X17"] if s.denied == "PR" else (["X02"] if s.copay else []))
    legend = [("X02", "Office visit copay taken once per day of service."),
              ("X17", "Service excluded under your plan; you are responsible."),
              ("X41", "Visits beyond the approved number need prior approval; provider may not bill you.")]
    spec = [(58, "l"), (118, "l"), (38, "l"), (36, "l"), (24, "r"), (46, "r"), (44, "r"), (44, "r"), (44, "r"),
            (40, "r"), (34, "r"), (40, "r"), (46, "r"), (48, "r"), (36, "c")]
    cols = mkcols(36, spec)
    labels = [["Service Date"], ["Service"], ["Proc"], ["Modifier"], ["Qty"], ["Charges"], ["Plan", "Discount"],
              ["Not", "Covered"], ["Allowed"], ["Deduct."], ["Copay"], ["Coins."], ["Plan", "Payment"],
              ["Member", "Resp."], ["Expl."]]
    state = {"c": None}

    def furniture(fl):
        d = fl.doc
        d.rect(36, 24, 720, 30, fill=0.25, stroke=False)
        d.text(44, 44, "Bluewater Valley Health Plan", FB, 14, gray=1.0)
        d.text(748, 44, "Statement of Claims Processed", FB, 11, "r", gray=1.0)
        d.text(36, 594, "Bluewater Valley Health Plan, 900 Riverfront Way, Sacramento CA 95814  -  "
               "Questions? 1-888-555-0178 (TTY 711)", F, 6.5)
        d.text(756, 594, f"Page {fl.pageno} of {{NP}}", F, 6.5, "r")
        if fl.pageno == 1:
            d.text(36, 70, "Subscriber: HELENA M QUILLFEATHER", F, 8)
            d.text(36, 81, "Member ID: BVH-0477-2290-01   Group: Valley Unified Schools", F, 8)
            d.text(36, 92, "Period covered: January 1, 2026 - January 31, 2026", F, 8)
            d.rect(520, 62, 236, 40)
            d.text(526, 74, "This is not a bill. Keep it with your records.", FB, 7.5)
            d.text(526, 86, "Total plan payment this statement: see each member.", F, 7.5)
            return 110
        return 64

    def repeat(fl):
        if state["c"]:
            hdr_row(fl, cols, labels, FB, 6.8, 7.6, fill=0.85)
            fl.doc.text(38, fl.y + 8, state["c"] + " - continued", FB, 7.2)
            fl.y += 11

    flow = Flow(doc, furniture, 575)
    flow.repeat = repeat
    for pat, prov, acct, cno, _st, svcs in data:
        flow.need(60)
        hdr_row(flow, cols, labels, FB, 6.8, 7.6, fill=0.85)
        head = f"Member: {pat}   Provider: {prov}   Provider Acct: {acct}   Claim ID: {cno}"
        flow.doc.text(38, flow.y + 8, head, FB, 7.2)
        flow.y += 11
        state["c"] = f"Member: {pat}   Claim ID: {cno}"
        cl = o.claim(acct, cno, pat, billed=total(svcs, "billed"), paid=total(svcs, "paid"),
                     patient_owes=total(svcs, "owes"))
        for s in svcs:
            cells = [dfmt(s.dos, "mon"), ("wrap", s.desc), s.code, ",".join(s.mods), f"{s.units:.1f}", M(s.billed, "$"),
                     M(s.discount, "$"), M(s.not_covered, "$"), M(s.allowed, "$"), M(s.deductible, "$"),
                     M(s.copay, "$"), M(s.coinsurance, "$"), M(s.paid, "$"), M(s.owes, "$"), " ".join(s.remarks)]
            band = row(flow, cols, cells, F, 6.9, 8)
            o.add(band, s, cl, ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                "paid", "patient_owes"), remarks=s.remarks)
        state["c"] = None
        flow.doc.line(36, flow.y, 756, flow.y, 0.4)
        row(flow, cols, ["", "Claim total", "", "", "", M(total(svcs, "billed"), "$"), "", "", "", "", "", "",
                         M(total(svcs, "paid"), "$"), M(total(svcs, "owes"), "$"), ""], FB, 6.9, 8)
        flow.y += 10
    flow.need(50)
    flow.doc.text(36, flow.y + 8, "Explanation codes", FB, 8)
    flow.y += 10
    for k, v in legend:
        flow.doc.text(40, flow.y + 8, f"{k} - {v}", F, 7)
        flow.y += 9
    return doc, o, legend, dict(datefmt="mon", arith=("allow", "share"), desc="HMO statement of claims processed")


# ============================================================================================ m1
def layout_m1(out_dir):
    """Medicare Summary Notice Part B (fpdf2, portrait Liberation Sans)."""
    doc, o = Doc("fpdf2", LETTER), Out()
    F, FB = "LSans", "LSans-B"
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "WINIFRED A CALLOWAY"
    data = [
        ("Sunfield Outpatient Rehabilitation", "12-2601-0051-3304", [
            S(D(2025, 12, 29), "97161", 1, ("GP",)), S(D(2025, 12, 29), "97110", 2, ("GP",)),
            S(D(2026, 1, 2), "97110", 2, ("GP", "KX")), S(D(2026, 1, 2), "97140", 1, ("GP",)),
            S(D(2026, 1, 2), "G0283", 1, ("GP",)), S(D(2026, 1, 6), "97116", 2, ("GP", "CQ")),
            S(D(2026, 1, 6), "97112", 1, ("GP", "CQ")), S(D(2026, 1, 6), "0552T", 1, ("GP",), "CO"),
        ]),
        ("Hollis Creek Occupational Therapy", "12-2601-0077-1182", [
            S(D(2026, 1, 7), "97167", 1, ("GO",)), S(D(2026, 1, 9), "97535", 2, ("GO",)),
            S(D(2026, 1, 9), "97530", 1, ("GO",)), S(D(2026, 1, 13), "97535", 1, ("GO", "CO")),
            S(D(2026, 1, 13), "97760", 1, ("GO",)), S(D(2026, 1, 13), "L3807", 1, ("RT",), "PR"),
        ]),
        ("Dr. Parveen Ashdown", "12-2601-0093-0415", [S(D(2026, 1, 5), "99213", 1, ())]),
    ]
    for _, _, svcs in data:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["A"] if s.deductible else []
            if s.denied == "CO":
                s.remarks = ["B"]
            if s.denied == "PR":
                s.remarks = ["C"]
    legend = [("A", "This approved amount counted toward your yearly Part B deductible."),
              ("B", "Medicare does not pay for this item; the provider may not charge you for it."),
              ("C", "Medicare does not pay for this item; you signed a notice saying you would pay.")]
    spec = [(46, "l"), (146, "l"), (50, "c"), (62, "r"), (62, "r"), (62, "r"), (70, "r"), (42, "c")]
    cols = mkcols(36, spec)
    labels = [["Date of", "Service"], ["Service Provided &", "Billing Code"], ["Service", "Approved?"],
              ["Amount", "Provider", "Charged"], ["Medicare-", "Approved", "Amount"], ["Amount", "Medicare", "Paid"],
              ["Maximum You", "May Be", "Billed"], ["See", "Notes"]]
    state = {"c": None}

    def furniture(fl):
        d = fl.doc
        d.text(36, 40, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 13)
        d.text(36, 54, f"{pat}  |  Notice date: February 3, 2026  |  Medicare number: XXXX-XX7-MK44", F, 8)
        d.line(36, 60, 576, 60, 1.5)
        d.text(36, 770, "Need help? Call 1-800-555-0199 (TTY 1-877-555-0148). This notice is not a bill.", F, 7)
        d.text(576, 770, f"Page {fl.pageno} of {{NP}}", F, 7, "r")
        if fl.pageno == 1:
            d.rect(36, 70, 260, 70)
            d.text(42, 84, "Your Deductible Status", FB, 9)
            d.text(42, 98, "Your deductible is what you must pay for", F, 8)
            d.text(42, 109, "health care before Medicare begins to pay.", F, 8)
            d.text(42, 124, "Part B deductible: You have now met $120.00", F, 8)
            d.text(42, 135, "of your $283.00 deductible for 2026.", F, 8)
            d.rect(316, 70, 260, 70, fill=0.92)
            d.text(322, 84, "Providers with claims this period", FB, 9)
            yy = 98
            for prov, *_ in data:
                d.text(322, yy, prov, F, 8)
                yy += 11
            d.text(36, 160, "Your Claims & Costs This Period", FB, 11)
            return 168
        return 70

    def repeat(fl):
        if state["c"]:
            fl.doc.text(36, fl.y + 10, state["c"], FB, 8.5)
            fl.y += 14
            hdr_row(fl, cols, labels, FB, 7, 8, fill=None)

    flow = Flow(doc, furniture, 748)
    flow.repeat = repeat
    for prov, cno, svcs in data:
        flow.need(90)
        flow.doc.rect(36, flow.y + 2, 540, 30, fill=0.9, stroke=False)
        flow.doc.text(40, flow.y + 14, prov, FB, 9)
        flow.doc.text(40, flow.y + 27, f"Claim number {cno}", F, 8)
        flow.doc.text(572, flow.y + 14, "Assigned claim", F, 8, "r")
        flow.y += 36
        hdr_row(flow, cols, labels, FB, 7, 8, fill=None)
        state["c"] = f"{prov}  -  Claim number {cno} (continued)"
        cl = o.claim(None, cno, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                     paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        for s in svcs:
            txt = f"{s.desc} ({s.code})"
            cells = [dfmt(s.dos, "mdy2"), ("wrap", txt), "No" if s.denied else "Yes", M(s.billed, "$"),
                     M(s.allowed, "$"), M(s.paid, "$"), M(s.owes, "$"), " ".join(s.remarks)]
            band = row(flow, cols, cells, F, 7.6, 9.2)
            flow.doc.line(36, flow.y, 576, flow.y, 0.25)
            o.add(band, s, cl, ("billed", "allowed", "paid", "patient_owes"), modifiers=False, units=False,
                  remarks=s.remarks)
        state["c"] = None
        row(flow, cols, ["", "Total for this claim", "", M(total(svcs, "billed"), "$"), M(total(svcs, "allowed"), "$"),
                         M(total(svcs, "paid"), "$"), M(total(svcs, "owes"), "$"), ""], FB, 7.6, 9.2)
        flow.y += 12
    flow.need(60)
    flow.doc.text(36, flow.y + 10, "Notes for Claims Above", FB, 9)
    flow.y += 14
    for k, v in legend:
        flow.doc.text(40, flow.y + 8, f"{k}  {v}", F, 7.6)
        flow.y += 10
    return doc, o, legend, dict(datefmt="mdy2", arith=(), desc="Medicare Summary Notice Part B")


# ============================================================================================ m2
def ma(s: Svc, st: PlanState) -> Svc:
    """Medicare Advantage: plan-approved from the schedule, per-visit copay, plan pays the rest."""
    if s.denied:
        s.not_covered = s.billed
        s.owes = s.billed if s.denied == "PR" else ZERO
        return s
    s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units)
    s.discount = s.billed - s.allowed
    key = s.dos
    if key not in st.copaid:
        st.copaid.add(key)
        s.copay = min(st.visit_copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    return s


def layout_m2(out_dir):
    """Medicare Advantage PPO member EOB (reportlab, landscape DejaVu Sans)."""
    doc, o = Doc("reportlab", LAND), Out()
    F, FB = "DSans", "DSans-B"
    st = PlanState(visit_copay=Decimal("20.00"))
    pat = "Bartholomew K. Esterhuizen"
    data = [
        ("Riverside Neuro Rehab Center", "MA26-00417752", "RNR-774120", [
            S(D(2026, 1, 5), "97163", 1, ("GP",)), S(D(2026, 1, 5), "97112", 2, ("GP",)),
            S(D(2026, 1, 7), "97112", 2, ("GP", "KX")), S(D(2026, 1, 7), "97116", 1, ("GP",)),
            S(D(2026, 1, 7), "97110", 1, ("GP",)), S(D(2026, 1, 9), "97530", 2, ("GP", "CQ")),
            S(D(2026, 1, 9), "97110", 1, ("GP", "CQ")), S(D(2026, 1, 12), "97112", 2, ("GP",)),
            S(D(2026, 1, 12), "0552T", 1, ("GP",), "CO"), S(D(2026, 1, 14), "97116", 2, ("GP",)),
            S(D(2026, 1, 14), "97530", 1, ("GP",)), S(D(2026, 1, 16), "97110", 2, ("GP", "CQ")),
            S(D(2026, 1, 16), "97140", 1, ("GP", "59")), S(D(2026, 1, 19), "97112", 2, ("GP",)),
            S(D(2026, 1, 21), "97116", 2, ("GP",)), S(D(2026, 1, 21), "97530", 1, ("GP", "CQ")),
        ]),
        ("Elmstead Speech & Swallow Clinic", "MA26-00419016", "ESS-30088", [
            S(D(2026, 1, 8), "92610", 1, ("GN",)), S(D(2026, 1, 8), "92526", 1, ("GN",)),
            S(D(2026, 1, 15), "92526", 1, ("GN",)), S(D(2026, 1, 22), "92507", 1, ("GN",), "PR"),
        ]),
        ("Quarry Hill Hand Therapy", "MA26-00421530", "QHH-0917", [
            S(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (6, "97166", 1, ("GO",)), (6, "97760", 1, ("GO",)), (6, "L3807", 1, ("LT",)),
                (9, "97140", 2, ("GO",)), (9, "97110", 1, ("GO",)), (13, "97140", 1, ("GO",)),
                (13, "97530", 2, ("GO", "CO")), (16, "97110", 2, ("GO", "CO")), (20, "97140", 2, ("GO",)),
                (20, "97535", 1, ("GO",)), (23, "97530", 2, ("GO",)), (27, "97168", 1, ("GO",)),
            ]]),
    ]
    for *_, svcs in data:
        for s in svcs:
            ma(s, st)
            s.remarks = ["17"] if s.denied == "CO" else (["22"] if s.denied == "PR" else (["05"] if s.copay else []))
    legend = [("05", "Your specialist copay for this visit."),
              ("17", "Not covered by the plan. You do not have to pay the provider for this service."),
              ("22", "Not covered. You were told in writing before the service and agreed to pay.")]
    spec = [(50, "l"), (150, "l"), (36, "l"), (38, "l"), (28, "r"), (60, "r"), (60, "r"), (56, "r"), (48, "r"),
            (56, "r"), (56, "r"), (36, "c")]
    cols = mkcols(36, spec)
    labels = [["Date"], ["Service you received"], ["Code"], ["Modifier"], ["Units"], ["Amount the", "provider billed"],
              ["Plan-approved", "amount"], ["Plan's share"], ["Copay"], ["Not covered"], ["Your share"], ["Note"]]
    state = {"c": None}

    def furniture(fl):
        d = fl.doc
        d.text(36, 38, "Evergreen Senior Advantage (PPO)", FB, 14)
        d.text(36, 50, "A Medicare Advantage plan offered by Evergreen Crest Insurance Company", F, 7.5)
        d.text(756, 38, "Your Explanation of Benefits", FB, 11, "r")
        d.text(756, 50, "for January 2026", F, 8, "r")
        d.line(36, 56, 756, 56, 0.8)
        d.text(36, 594, f"Member: {pat}   Member ID: ESA71200458   This is not a bill.", F, 6.5)
        d.text(756, 594, f"{fl.pageno} / {{NP}}", F, 6.5, "r")
        if fl.pageno == 1:
            d.rect(36, 64, 340, 62)
            d.text(42, 76, "Summary of your costs", FB, 8.5)
            d.text(42, 90, "Amount providers billed this month ...... see claims below", F, 7.5)
            d.text(42, 102, "Your maximum out-of-pocket (in network): $4,900.00", F, 7.5)
            d.text(42, 114, "Spent toward it so far in 2026: $160.00", F, 7.5)
            d.rect(396, 64, 360, 62, fill=0.93, stroke=False)
            d.text(402, 76, "Questions about this notice?", FB, 8.5)
            d.text(402, 90, "Call Member Services at 1-866-555-0107, 8 a.m. to 8 p.m., 7 days a week.", F, 7.5)
            d.text(402, 102, "If you disagree with a coverage decision, you can ask for an appeal within", F, 7.5)
            d.text(402, 114, "65 days. See the back of your Evidence of Coverage for how.", F, 7.5)
            d.text(36, 144, "Your claims in detail", FB, 10)
            return 152
        return 64

    def repeat(fl):
        if state["c"]:
            fl.doc.text(36, fl.y + 9, state["c"], FB, 8)
            fl.y += 12
            hdr_row(fl, cols, labels, FB, 6.6, 7.6, fill=0.9)

    flow = Flow(doc, furniture, 576)
    flow.repeat = repeat
    for prov, cno, acct, svcs in data:
        flow.need(70)
        flow.doc.rect(36, flow.y, 720, 15, fill=0.78, stroke=False)
        flow.doc.text(40, flow.y + 11, f"{prov}", FB, 8.5)
        flow.doc.text(330, flow.y + 11, f"Claim number: {cno}", FB, 8)
        flow.doc.text(520, flow.y + 11, f"Provider's account number: {acct}", F, 8)
        flow.y += 18
        hdr_row(flow, cols, labels, FB, 6.6, 7.6, fill=0.9)
        state["c"] = f"{prov} - claim {cno}, continued from previous page"
        cl = o.claim(acct, cno, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                     paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        for s in svcs:
            cells = [dfmt(s.dos, "mdyn"), ("wrap", s.desc), s.code, " ".join(s.mods), units_str(s.units),
                     M(s.billed, "$"), M(s.allowed, "$"), M(s.paid, "$"), M(s.copay, "$"), M(s.not_covered, "$"),
                     M(s.owes, "$"), " ".join(s.remarks)]
            band = row(flow, cols, cells, F, 6.8, 8.6)
            o.add(band, s, cl, ("billed", "allowed", "paid", "copay", "not_covered", "patient_owes"), remarks=s.remarks)
        state["c"] = None
        flow.doc.line(36, flow.y, 756, flow.y, 0.5)
        row(flow, cols, ["", "Claim total", "", "", "", M(total(svcs, "billed"), "$"), M(total(svcs, "allowed"), "$"),
                         M(total(svcs, "paid"), "$"), "", "", M(total(svcs, "owes"), "$"), ""], FB, 6.8, 8.6)
        flow.y += 10
    flow.need(40)
    for k, v in legend:
        flow.doc.text(40, flow.y + 8, f"Note {k}: {v}", F, 7)
        flow.y += 9
    return doc, o, legend, dict(datefmt="mdyn", arith=(), desc="Medicare Advantage PPO member EOB")


# ============================================================================================ d1
def layout_d1(out_dir):
    """State Medicaid remittance advice by status section (reportlab, portrait core Courier)."""
    doc, o = Doc("reportlab", LETTER), Out()
    F, FB = "Courier", "Courier-Bold"
    SZ, LD = 7.2, 8.8
    paid_claims = [
        ("DELACROIX-ABARA, NIA", "90318847612", "2606005014471", "PT88102", [
            S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
            S(D(2026, 1, 12), "97530", 2, ("GO",)), S(D(2026, 1, 12), "97533", 1, ("GO", "59")),
        ]),
        ("DELACROIX-ABARA, JUDE", "90318847620", "2606005014488", "PT88117", [
            S(D(2026, 1, 6), "92523", 1, ("GN",)), S(D(2026, 1, 13), "92507", 1, ("GN",)),
            S(D(2026, 1, 20), "92507", 1, ("GN",)),
        ]),
        ("VANTERPOOL, KEZIAH", "90477120035", "2606005014502", "PT88131", [
            S(D(2026, 1, 7), "97110", 2, ("GP",)), S(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 14), "97110", 2, ("GP",)), S(D(2026, 1, 14), "97116", 1, ("GP",)),
        ]),
    ]
    denied_claims = [
        ("MOSSGROVE, TEODORO", "90522018841", "2606005014519", "PT88140", [
            S(D(2026, 1, 8), "97535", 2, ("GO",), "CO"), S(D(2026, 1, 8), "97530", 1, ("GO",), "CO"),
        ]),
    ]
    orig = [S(D(2025, 12, 15), "97530", 3, ("GO",)), S(D(2025, 12, 15), "97112", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    adj_old = [negate(s) for s in orig]
    adj_new = [S(D(2025, 12, 15), "97530", 2, ("GO",)), S(D(2025, 12, 15), "97112", 1, ("GO",))]
    for c in paid_claims:
        for s in c[4]:
            medicaid(s)
    for c in denied_claims:
        for s in c[4]:
            medicaid(s, deny_reason="197")
    for s in adj_new:
        medicaid(s)
    adjusted = [("DELACROIX-ABARA, NIA", "90318847612", "5606005009914", "PT87766", adj_old, "VOID OF ICN 2625349008803"),
                ("DELACROIX-ABARA, NIA", "90318847612", "2606005014533", "PT87766", adj_new, "REPLACES ICN 2625349008803")]
    eob_for = lambda s: "0197" if s.denied else ("0045" if s.discount else "0001")  # noqa: E731
    legend = [("0001", "PAID IN FULL AT BILLED AMOUNT"), ("0045", "PAID AT STATE MAXIMUM FEE"),
              ("0197", "PRIOR AUTHORIZATION NOT ON FILE FOR THESE DATES")]
    hdr = (f"{'LN':<2} {'FROM':<6} {'THRU':<6} {'PROC':<5} {'MOD':<5} {'UNITS':>5} {'BILLED':>10} {'ALLOWED':>10} "
           f"{'PAID':>10}  {'ADJ':<7} {'ADJ AMT':>9}  EOB")

    def furniture(fl):
        d = fl.doc
        d.text(30, 30, "STATE OF NEW CAMBRIA - DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", FB, SZ)
        d.text(30, 30 + LD, "PROVIDER REMITTANCE ADVICE          RA NUMBER 0004471829     WARRANT DATE 01/30/2026", F, SZ)
        d.text(30, 30 + 2 * LD, "PAYEE: KESTREL PEDIATRIC & ADULT THERAPY LLC   PROVIDER ID 0041187320   "
               f"PAGE {fl.pageno:>3} OF {{NP}}", F, SZ)
        d.text(30, 30 + 3 * LD, "-" * 104, F, SZ)
        return 30 + 4 * LD

    flow = Flow(doc, furniture, 760)
    state = {"sec": None, "c": None}

    def repeat(fl):
        if state["sec"]:
            fl.doc.text(30, fl.y + SZ, f"{state['sec']} (CONTINUED)", FB, SZ)
            fl.y += LD
            fl.doc.text(30, fl.y + SZ, hdr, FB, SZ)
            fl.y += LD
        if state["c"]:
            fl.doc.text(30, fl.y + SZ, state["c"] + " CONT", F, SZ)
            fl.y += LD

    flow.repeat = repeat

    def fmt_line(i, s, adj):
        g, r, a = adj if adj else ("", "", None)
        amt = money(a, ",", "trail") if a is not None else ""
        return (f"{i:02d} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code:<5} {' '.join(s.mods):<5} "
                f"{units_str(s.units):>5} {money(s.billed, ',', 'trail'):>10} {money(s.allowed, ',', 'trail'):>10} "
                f"{money(s.paid, ',', 'trail'):>10}  {(g + '-' + r) if g else '':<7} {amt:>9}  {eob_for(s)}")

    def section(title, claims):
        flow.need(4 * LD)
        state["sec"] = None
        flow.doc.text(30, flow.y + SZ, f"*** {title} ***", FB, SZ)
        flow.y += LD
        flow.doc.text(30, flow.y + SZ, hdr, FB, SZ)
        flow.y += LD * 1.3
        state["sec"] = title
        for name, rid, icn, acct, svcs, *note in claims:
            flow.need(3 * LD)
            head = f"RECIP: {name:<24} RID: {rid}  ICN: {icn}  PAT ACCT: {acct}"
            flow.doc.text(30, flow.y + SZ, head, FB, SZ)
            flow.y += LD
            if note:
                flow.doc.text(30, flow.y + SZ, f"   {note[0]}", F, SZ)
                flow.y += LD
            state["c"] = f"RECIP: {name} ICN: {icn}"
            cl = o.claim(acct, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                         paid=total(svcs, "paid"))
            for i, s in enumerate(svcs, 1):
                adjs = s.adjs or [None]
                flow.need(len(adjs) * LD)
                top = flow.y
                flow.doc.text(30, flow.y + SZ, fmt_line(i, s, adjs[0]), F, SZ)
                flow.y += LD
                for extra in adjs[1:]:
                    flow.doc.text(30, flow.y + SZ, " " * 71 + f"{extra[0] + '-' + extra[1]:<7} {money(extra[2], ',', 'trail'):>9}",
                                  F, SZ)
                    flow.y += LD
                o.add((flow.pageno, top - 1, flow.y), s, cl, ("billed", "allowed", "paid"), adjustments=s.adjs,
                      remarks=[eob_for(s)], description=False)
            state["c"] = None
            flow.doc.text(30, flow.y + SZ, f"   CLAIM TOTAL{'':<24}{money(total(svcs, 'billed'), ',', 'trail'):>10} "
                          f"{money(total(svcs, 'allowed'), ',', 'trail'):>10} {money(total(svcs, 'paid'), ',', 'trail'):>10}",
                          F, SZ)
            flow.y += LD * 1.5
        state["sec"] = None

    section("CLAIMS PAID", paid_claims)
    section("CLAIMS DENIED", denied_claims)
    section("CLAIM ADJUSTMENTS", adjusted)
    flow.need(8 * LD)
    flow.doc.text(30, flow.y + SZ, "*** EOB CODE MESSAGES ***", FB, SZ)
    flow.y += LD
    for k, v in legend:
        flow.doc.text(30, flow.y + SZ, f"{k}  {v}", F, SZ)
        flow.y += LD
    allc = paid_claims + denied_claims + adjusted
    net = sum((total(c[4], "paid") for c in allc), ZERO)
    flow.doc.text(30, flow.y + SZ + LD, f"TOTAL CLAIMS: {len(allc)}     NET PAYMENT: {money(net, ',', 'trail')}", FB, SZ)
    return doc, o, legend, dict(datefmt="mdy6", arith=("adj",), desc="state Medicaid RA, status sections, Courier")


# ============================================================================================ d2
def layout_d2(out_dir):
    """State Medicaid provider portal remittance advice, boxed claim cards (fpdf2, landscape Liberation Sans Narrow)."""
    doc, o = Doc("fpdf2", LAND), Out()
    F, FB = "LNarrow", "LNarrow-B"
    data = [
        ("Oyelaran, Tobi", "M1004482731", "1226012000417", "ACC-40718", "Paid", [
            S(D(2026, 1, 5), "97167", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
            S(D(2026, 1, 6), "97535", 4, ("GO",), end=D(2026, 1, 9), desc="Self-care training, home program week"),
            S(D(2026, 1, 12), "97530", 2, ("GO",)), S(D(2026, 1, 12), "97112", 2, ("GO", "59")),
            S(D(2026, 1, 14), "97530", 3, ("GO",)), S(D(2026, 1, 14), "97533", 2, ("GO",)),
            S(D(2026, 1, 16), "97530", 2, ("GO",)), S(D(2026, 1, 16), "97112", 1, ("GO",)),
            S(D(2026, 1, 19), "97530", 2, ("GO",)), S(D(2026, 1, 19), "97533", 2, ("GO", "59")),
            S(D(2026, 1, 21), "97530", 2, ("GO",)), S(D(2026, 1, 21), "97535", 1, ("GO",)),
            S(D(2026, 1, 23), "97530", 2, ("GO",)), S(D(2026, 1, 23), "97760", 1, ("GO",), "CO"),
            S(D(2026, 1, 26), "97168", 1, ("GO",)), S(D(2026, 1, 26), "97530", 2, ("GO",)),
            S(D(2026, 1, 28), "97530", 2, ("GO",)), S(D(2026, 1, 28), "97112", 2, ("GO",)),
            S(D(2026, 1, 30), "97530", 3, ("GO",)),
        ]),
        ("Oyelaran, Adaeze", "M1004482749", "1226012000424", "ACC-40722", "Paid", [
            S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
            S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 28), "92507", 1, ("GN",)),
        ]),
        ("Oyelaran, Kemi", "M1004482756", "1226012000448", "ACC-40729", "Paid", [
            S(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (6, "97161", 1, ("GP",)), (6, "97110", 2, ("GP",)), (8, "97110", 2, ("GP",)),
                (8, "97116", 1, ("GP",)), (13, "97110", 3, ("GP",)), (15, "97112", 2, ("GP",)),
                (15, "97110", 1, ("GP", "59")), (20, "97116", 2, ("GP",)), (22, "97110", 2, ("GP",)),
                (22, "97140", 1, ("GP", "59")), (27, "97110", 2, ("GP",)), (29, "97112", 2, ("GP",)),
                (29, "97116", 1, ("GP",)), (30, "97162", 1, ("GP",)),
            ]]),
        ("Brightwater, Cassius", "M1007719905", "1226012000431", "ACC-40735", "Denied", [
            S(D(2026, 1, 9), "97161", 1, ("GP",), "CO"), S(D(2026, 1, 9), "97110", 2, ("GP",), "CO"),
        ]),
    ]
    for *_, status, svcs in data:
        for s in svcs:
            medicaid(s, deny_reason="16" if status == "Denied" else "204")
            s.rarc = "MA130" if status == "Denied" else ("N130" if s.denied else "")
    legend = [("MA130", "Claim has incomplete or invalid information; correct and resubmit as a new claim."),
              ("N130", "Check the program's benefit limits for this service.")]
    spec = [(22, "c"), (50, "l"), (50, "l"), (38, "l"), (40, "l"), (28, "r"), (52, "r"), (52, "r"), (40, "r"),
            (36, "r"), (52, "r"), (44, "c"), (80, "l"), (40, "l"), (96, "l")]
    cols = mkcols(36, spec)
    labels = [["Ln"], ["From DOS"], ["To DOS"], ["Proc"], ["Modifiers"], ["Units"], ["Billed Amt"], ["Allowed Amt"],
              ["TPL Amt"], ["Copay"], ["Paid Amt"], ["Status"], ["Adj Reason / Amt"], ["RARC"], ["Description"]]
    state = {"c": None}

    def furniture(fl):
        d = fl.doc
        d.text(36, 34, "Prairie State Medicaid - Provider Portal", FB, 12)
        d.text(36, 46, "Remittance Advice Detail   |   Payment No. EFT 000882714   |   Issue Date 02/02/2026", F, 8)
        d.text(756, 34, "Payee: Thistle Lane Therapy Associates", F, 8, "r")
        d.text(756, 46, "NPI 1558204417   Tax ID XX-XXX4471", F, 8, "r")
        d.line(36, 52, 756, 52, 1)
        d.text(36, 596, "Printed from the provider portal 02/03/2026 10:14. Retain for your records.", F, 6.5)
        d.text(756, 596, f"Page {fl.pageno} of {{NP}}", F, 6.5, "r")
        return 60

    def repeat(fl):
        if state["c"]:
            fl.doc.text(36, fl.y + 9, state["c"], FB, 8)
            fl.y += 12
            hdr_row(fl, cols, labels, FB, 7.2, 8, fill=0.85)

    flow = Flow(doc, furniture, 580)
    flow.repeat = repeat
    for name, mid, icn, pcn, status, svcs in data:
        flow.need(80)
        top = flow.y
        flow.doc.rect(36, top, 720, 30, fill=0.94)
        flow.doc.text(40, top + 11, f"Member Name: {name}", FB, 8)
        flow.doc.text(230, top + 11, f"Member ID: {mid}", F, 8)
        flow.doc.text(390, top + 11, f"ICN: {icn}", F, 8)
        flow.doc.text(560, top + 11, f"Claim Status: {status.upper()}", FB, 8)
        flow.doc.text(40, top + 24, f"Patient Control No: {pcn}", F, 8)
        flow.doc.text(230, top + 24, "Claim Type: Professional", F, 8)
        flow.doc.text(390, top + 24, "Rendering: Thistle Lane Therapy Associates", F, 8)
        flow.y += 33
        hdr_row(flow, cols, labels, FB, 7.2, 8, fill=0.85)
        state["c"] = f"Member Name: {name}   ICN: {icn}   (continued)"
        cl = o.claim(pcn, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                     paid=total(svcs, "paid"))
        for i, s in enumerate(svcs, 1):
            adj = [f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs]
            end = s.end or s.dos
            cells = [str(i), dfmt(s.dos, "mdy4"), dfmt(end, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                     M(s.billed), M(s.allowed), "0.00", "0.00", M(s.paid), "Denied" if s.denied else "Paid",
                     adj or [""], s.rarc, ("wrap", s.desc)]
            band = row(flow, cols, cells, F, 7.4, 8.6)
            flow.doc.line(36, flow.y, 756, flow.y, 0.2)
            o.add(band, s, cl, ("billed", "allowed", "copay", "paid"), adjustments=s.adjs,
                  remarks=[s.rarc] if s.rarc else [], service_end=s.end)
        state["c"] = None
        row(flow, cols, ["", "", "", "", "", "Totals", M(total(svcs, "billed")), M(total(svcs, "allowed")), "0.00",
                         "0.00", M(total(svcs, "paid")), "", "", "", ""], FB, 7.4, 8.6)
        flow.y += 12
    flow.need(40)
    flow.doc.text(36, flow.y + 9, "Remark code descriptions", FB, 8)
    flow.y += 11
    for k, v in legend:
        flow.doc.text(40, flow.y + 8, f"{k}: {v}", F, 7.4)
        flow.y += 9
    return doc, o, legend, dict(datefmt="mdy4", arith=("adj",), desc="state Medicaid portal RA with boxed cards")


# ============================================================================================ p1
def layout_p1(out_dir):
    """Medicare Part B standard paper remit reprinted by a clearinghouse (fpdf2, portrait DejaVu Sans Mono)."""
    doc, o = Doc("fpdf2", LETTER), Out()
    F, FB = "DMono", "DMono-B"
    SZ, LD = 6.6, 8.4
    data = [
        ("HALVORSEN, INGRID", "5QT2WX8JM61", "ILH-000318", "2226012117340", [
            S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97535", 2, ("GO", "KX")),
            S(D(2026, 1, 8), "97535", 2, ("GO", "CO")), S(D(2026, 1, 8), "97530", 1, ("GO",)),
        ]),
        ("OSEI-BANNERMAN, KWAME", "2RA9CE4TD07", "ILH-000341", "2226012117357", [
            S(D(2026, 1, 6), "97161", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
            S(D(2026, 1, 9), "97110", 2, ("GP", "KX")), S(D(2026, 1, 9), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 13), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 13), "97112", 1, ("GP", "CQ")),
            S(D(2026, 1, 15), "97110", 2, ("GP",)), S(D(2026, 1, 15), "G0283", 1, ("GP",)),
            S(D(2026, 1, 20), "97116", 2, ("GP",)), S(D(2026, 1, 20), "97110", 1, ("GP", "CQ")),
            S(D(2026, 1, 22), "97112", 2, ("GP",)), S(D(2026, 1, 22), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 27), "97110", 2, ("GP",)), S(D(2026, 1, 27), "97116", 1, ("GP",)),
            S(D(2026, 1, 29), "97530", 2, ("GP",)), S(D(2026, 1, 29), "0552T", 1, ("GP",), "CO"),
        ]),
        ("PRZYBYLSKA, HALINA", "8MV3KD1PP52", "ILH-000356", "2226012117364", [
            S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
            S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 23), "92526", 1, ("GN",)),
            S(D(2026, 1, 28), "92507", 1, ("GN",)), S(D(2026, 1, 28), "92526", 1, ("GN",)),
        ]),
    ]
    stp = {}
    for name, *_, svcs in data:
        stp[name] = PlanState(ded_left=Decimal("60.00") if name.startswith("HAL") else ZERO)
        for s in svcs:
            medicare(s, stp[name], deny_reason="96")
            s.remarks = ["N425"] if s.denied else []
    legend = [("N425", "Statutorily excluded service; see the program's coverage rules.")]
    head1 = "PERF PROV   SERV DATE   POS NOS  PROC  MODS        BILLED  ALLOWED   DEDUCT    COINS  GRP/RC-AMT       PROV PD"

    def furniture(fl):
        d = fl.doc
        d.text(28, 26, "RELAYPOINT CLAIMS EXCHANGE - ERA VIEWER - STANDARD PAPER REMIT FORMAT", FB, SZ)
        d.text(28, 26 + LD, "MEDICARE PART B  JURISDICTION 9  CONTRACTOR NUMBER 04412", F, SZ)
        d.text(28, 26 + 2 * LD, "IRONLEAF HOME & CLINIC THERAPY           NPI: 1780334512      PAGE #: "
               f"{fl.pageno} OF {{NP}}", F, SZ)
        d.text(28, 26 + 3 * LD, "4410 QUARRY RIDGE RD STE 2               DATE: 01/29/2026     CHECK/EFT #: 0071264093",
               F, SZ)
        d.text(28, 26 + 4 * LD, "NORTH FALLS IA 50612", F, SZ)
        d.text(28, 26 + 6 * LD, head1, FB, SZ)
        d.text(28, 26 + 7 * LD, "_" * 112, F, SZ)
        d.text(28, 770, "Reprinted from 835 data for convenience; the electronic remittance is the record of payment.",
               F, 6)
        return 26 + 8 * LD

    flow = Flow(doc, furniture, 752)
    for name, mid, acnt, icn, svcs in data:
        flow.need(5 * LD)
        flow.doc.text(28, flow.y + SZ, f"NAME {name:<22} MID {mid}  ACNT {acnt:<12} ICN {icn} ASG Y MOA MA01", F, SZ)
        flow.y += LD * 1.2
        cl = o.claim(acnt, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                     paid=total(svcs, "paid"))
        for s in svcs:
            adjs = s.adjs
            flow.need(len(adjs) * LD)
            top = flow.y
            a0 = f"{adjs[0][0]}-{adjs[0][1]}" if adjs else ""
            line = (f"1447201386  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')} 11 {units_str(s.units):>3}  {s.code:<5} "
                    f"{' '.join(s.mods):<9} {money(s.billed, ''):>8} {money(s.allowed, ''):>8} "
                    f"{money(s.deductible, ''):>8} {money(s.coinsurance, ''):>8}  {a0:<7}{money(adjs[0][2], ''):>8} "
                    f"{money(s.paid, ''):>9}")
            flow.doc.text(28, flow.y + SZ, line, F, SZ)
            flow.y += LD
            for g, r, a in adjs[1:]:
                flow.doc.text(28, flow.y + SZ, " " * 85 + f"{g}-{r:<4}{money(a, ''):>8}", F, SZ)
                flow.y += LD
            if s.remarks:
                flow.doc.text(28, flow.y + SZ, f"            CNTL #: {acnt}-{len(o.lines) + 1:02d}   REM: {s.remarks[0]}",
                              F, SZ)
                flow.y += LD
            o.add((flow.pageno, top - 1, flow.y), s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=adjs, remarks=s.remarks, description=False)
        pr = total(svcs, "deductible") + total(svcs, "coinsurance")
        flow.need(3 * LD)
        flow.doc.text(28, flow.y + SZ, f"PT RESP {money(pr, ''):>9}         CLAIM TOTALS          "
                      f"{money(total(svcs, 'billed'), ''):>9}{money(total(svcs, 'allowed'), ''):>9} "
                      f"{money(total(svcs, 'deductible'), ''):>8} {money(total(svcs, 'coinsurance'), ''):>8}  "
                      f"{'':>15} {money(total(svcs, 'paid'), ''):>9}", F, SZ)
        flow.y += LD
        flow.doc.text(28, flow.y + SZ, f"{'':>40}NET {money(total(svcs, 'paid'), ''):>9}", F, SZ)
        flow.y += LD * 1.5
    flow.need(4 * LD)
    allp = sum((total(c[4], "paid") for c in data), ZERO)
    flow.doc.text(28, flow.y + SZ, f"TOTALS: # OF CLAIMS {len(data)}   PROV PD AMT {money(allp, '')}   "
                  f"CHECK AMT {money(allp, '')}", FB, SZ)
    flow.y += 2 * LD
    for k, v in legend:
        flow.doc.text(28, flow.y + SZ, f"{k}: {v}", F, SZ)
        flow.y += LD
    return doc, o, legend, dict(datefmt="mdy6", arith=("adj",), desc="Medicare SPR reprint by clearinghouse viewer")


# ============================================================================================ p2
def layout_p2(out_dir):
    """Practice-management 'Insurance Payment Posting Detail' for a Medicare deposit (reportlab, landscape Helvetica)."""
    doc, o = Doc("reportlab", LAND), Out()
    F, FB = "Helvetica", "Helvetica-Bold"
    data = [
        ("Fenwick, Rosalind M", "100482", "2226012209915", PlanState(ded_left=ZERO), [
            S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 6), "97535", 1, ("GO",)),
            S(D(2026, 1, 9), "97530", 2, ("GO", "KX")), S(D(2026, 1, 9), "97535", 1, ("GO", "CO")),
        ]),
        ("Abernathy-Lowe, Cyrus", "100517", "2226012209922", PlanState(ded_left=Decimal("90.00")), [
            S(D(2026, 1, 7), "97162", 1, ("GP",)), S(D(2026, 1, 7), "97110", 3, ("GP",)),
            S(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 12), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 12), "L3807", 1, ("RT", "KX"), "CO"),
        ]),
        ("Tsukamoto, Evelyn", "100533", "2226012209939", PlanState(ded_left=ZERO), [
            S(D(2026, 1, 8), "92610", 1, ("GN",)), S(D(2026, 1, 15), "92526", 1, ("GN",)),
        ]),
    ]
    for *_, stx, svcs in data:
        for s in svcs:
            medicare(s, stx, deny_reason="B7")
            s.remarks = ["N7"] if s.denied else (["MA18"] if s.code.startswith("925") else [])
    legend = [("MA18", "Claim information forwarded to the patient's supplemental insurer."),
              ("N7", "Processing of this claim/service was affected by the supplier's enrollment.")]
    spec = [(52, "l"), (36, "l"), (24, "l"), (24, "l"), (28, "r"), (54, "r"), (54, "r"), (50, "r"), (50, "r"),
            (54, "r"), (40, "l"), (50, "r"), (58, "r"), (44, "l"), (96, "l")]
    cols = mkcols(36, spec)
    labels = [["DOS"], ["CPT"], ["Mod1"], ["Mod2"], ["Units"], ["Charge"], ["Allowed"], ["Deduct"], ["Coins"],
              ["Ins Paid"], ["Adj Code"], ["Adj Amt"], ["Xfer to Pt"], ["Remark"], ["Posted By / Batch"]]

    def furniture(fl):
        d = fl.doc
        d.text(36, 30, "TherapyDesk PM  -  Insurance Payment Posting Detail", FB, 11)
        d.text(36, 42, "Practice: Lantern Bay Rehabilitation PLLC     Payer: Medicare Part B (Great Lakes region)     "
               "Deposit 01/30/2026   EFT Trace 1E0071398820", F, 7.5)
        d.text(756, 30, f"Page {fl.pageno} of {{NP}}", F, 7.5, "r")
        d.line(36, 47, 756, 47, 0.8)
        y = 50
        fl.y = y
        hdr_row(fl, cols, labels, FB, 7, 8, fill=0.9)
        d.text(36, 590, "Report run 01/31/2026 07:02 by jmarrow. Amounts posted from the 835; review before closing batch.",
               F, 6.5)
        return fl.y + 2

    flow = Flow(doc, furniture, 570)
    for name, acct, icn, _st, svcs in data:
        flow.need(40)
        flow.doc.text(38, flow.y + 9, f"Patient: {name}   Acct #: {acct}   Payer ICN: {icn}   Primary: Medicare B   "
                      "Secondary: crossover", FB, 7.6)
        flow.y += 12
        cl = o.claim(acct, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                     paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        for s in svcs:
            m1, m2 = (list(s.mods) + ["", ""])[:2]
            cells = [dfmt(s.dos, "mdyn"), s.code, m1, m2, units_str(s.units), M(s.billed), M(s.allowed),
                     M(s.deductible), M(s.coinsurance), M(s.paid), [f"{g}{r}" for g, r, _ in s.adjs],
                     [M(a) for *_, a in s.adjs], M(s.owes), " ".join(s.remarks), "Batch 2601-117 / jmarrow"]
            band = row(flow, cols, cells, F, 7.2, 8.4)
            flow.doc.line(36, flow.y, 756, flow.y, 0.15)
            o.add(band, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                  adjustments=s.adjs, remarks=s.remarks, description=False)
        row(flow, cols, ["Acct total", "", "", "", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                         M(total(svcs, "deductible")), M(total(svcs, "coinsurance")), M(total(svcs, "paid")), "", "",
                         M(total(svcs, "owes")), "", ""], FB, 7.2, 8.4)
        flow.y += 8
    flow.need(50)
    allp = sum((total(c[4], "paid") for c in data), ZERO)
    flow.doc.text(36, flow.y + 10, f"Deposit total posted: {money(allp, '$')}     Claims: {len(data)}", FB, 8)
    flow.y += 14
    for k, v in legend:
        flow.doc.text(36, flow.y + 8, f"{k} = {v}", F, 7)
        flow.y += 9
    return doc, o, legend, dict(datefmt="mdyn", arith=("adj",), desc="PM posting detail of a Medicare deposit")


# ============================================================================================ s1
def layout_s1(out_dir):
    """Therapy clinic family statement to the guarantor (reportlab, portrait Liberation Sans)."""
    doc, o = Doc("reportlab", LETTER), Out()
    F, FB = "LSans", "LSans-B"
    stx = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Priya Hallström-Nwosu", "INV-30571", "NW26-118840", [
            S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97533", 1, ("GO",))]),
        ("Priya Hallström-Nwosu", "INV-30612", "NW26-121907", [
            S(D(2026, 1, 13), "97530", 2, ("GO",)), S(D(2026, 1, 13), "97533", 2, ("GO", "59"))]),
        ("Elias Hallström-Nwosu", "INV-30598", "NW26-120355", [
            S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",))]),
        ("Elias Hallström-Nwosu", "INV-30655", None, [
            S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 22), "97129", 1, ("GN",), "PR")]),
        ("Marta Hallström-Nwosu", "INV-30620", "NW26-122014", [
            S(D(2026, 1, 14), "97140", 2, ("GP",)), S(D(2026, 1, 14), "97110", 2, ("GP",)),
            S(D(2026, 1, 14), "97760", 1, ("GP",))]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, stx)
    for p, inv, cno, svcs in visits:
        if cno is None:  # not yet billed to insurance: full charge pending, nothing paid
            for s in svcs:
                s.discount = ZERO
                s.paid = ZERO
                s.owes = s.billed
    pays = {"Priya Hallström-Nwosu": Decimal("40.00"), "Marta Hallström-Nwosu": Decimal("25.00")}
    spec = [(52, "l"), (60, "l"), (150, "l"), (50, "l"), (60, "r"), (62, "r"), (62, "r"), (64, "r")]
    cols = mkcols(36, spec)
    labels = [["Date"], ["Reference"], ["Description"], ["Code"], ["Charges"], ["Insurance", "Paid"],
              ["Insurance", "Adjustment"], ["Your", "Balance"]]
    grand = sum((total(v[3], "owes") for v in visits), ZERO) - sum(pays.values(), ZERO)

    def furniture(fl):
        d = fl.doc
        d.text(36, 40, "Wildflower Children's & Family Therapy", FB, 14)
        d.text(36, 52, "318 Orchard Mill Road, Suite 4  |  Bellbrook OH 45305  |  Billing office (937) 555-0126", F, 7.5)
        d.text(576, 40, "STATEMENT", FB, 12, "r")
        d.text(576, 52, "Statement date 02/04/2026", F, 7.5, "r")
        d.line(36, 58, 576, 58, 0.8)
        d.text(36, 772, "Please detach and return the top portion with your payment. Payment plans are available.", F, 6.5)
        d.text(576, 772, f"Page {fl.pageno} of {{NP}}", F, 6.5, "r")
        if fl.pageno == 1:
            d.text(36, 76, "Guarantor: Jonas Hallström-Nwosu", F, 9)
            d.text(36, 88, "77 Tanager Court", F, 9)
            d.text(36, 100, "Bellbrook OH 45305", F, 9)
            d.rect(360, 66, 216, 52)
            d.text(366, 78, "Guarantor account: G-004417", F, 8)
            d.text(366, 90, "Payment due by: 02/25/2026", F, 8)
            d.text(366, 106, f"AMOUNT DUE: {money(grand, '$')}", FB, 10)
            d.line(36, 128, 576, 128, 0.6, dash=True)
            return 140
        return 66

    flow = Flow(doc, furniture, 750)
    flow.need(20)
    hdr_row(flow, cols, labels, FB, 7.4, 8.4, fill=0.88)
    for pat in ("Priya Hallström-Nwosu", "Elias Hallström-Nwosu", "Marta Hallström-Nwosu"):
        flow.need(40)
        flow.doc.text(38, flow.y + 10, f"Patient: {pat}", FB, 8.5)
        flow.y += 14
        sub = ZERO
        for p, inv, cno, svcs in visits:
            if p != pat:
                continue
            ins = f"Insurer: Northwind Benefit Co. claim {cno}" if cno else "Self-pay: no insurance on file for this visit"
            flow.need(30)
            flow.doc.text(40, flow.y + 9, f"Visit {dfmt(svcs[0].dos, 'mdy4')}  Invoice {inv}  -  {ins}", F, 7.4, gray=0.3)
            flow.y += 11
            cl = o.claim(inv, cno, pat)
            for s in svcs:
                cells = [dfmt(s.dos, "mdy4"), inv, ("wrap", s.desc), f"{s.code}-{'-'.join(s.mods)}", M(s.billed, "$"),
                         M(s.paid, "$"), M(s.discount, "$"), M(s.owes, "$")]
                band = row(flow, cols, cells, F, 7.6, 9)
                o.add(band, s, cl, ("billed", "paid", "discount", "patient_owes"), units=False)
                sub += s.owes
        if pat in pays:
            row(flow, cols, ["01/20/2026", "PMT", "Payment received - thank you", "", "", "", "",
                             money(-pays[pat], "$")], F, 7.6, 9)
            sub -= pays[pat]
        flow.doc.line(36, flow.y, 576, flow.y, 0.3)
        row(flow, cols, ["", "", f"Balance for {pat.split()[0]}", "", "", "", "", money(sub, "$")], FB, 7.6, 9)
        flow.y += 6
    flow.need(50)
    flow.doc.text(36, flow.y + 12, f"Total amount due: {money(grand, '$')}", FB, 10)
    flow.doc.text(36, flow.y + 26, "Insurance adjustments are amounts your insurer's contract says we may not charge.",
                  F, 7.5)
    flow.doc.text(36, flow.y + 36, "Questions about a balance? Call us Mon-Fri 8:30-4:30 or write billing@wildflower.example.",
                  F, 7.5)
    return doc, o, [], dict(datefmt="mdy4", arith=("bal",), desc="therapy clinic family statement")


# ============================================================================================ s2
def layout_s2(out_dir):
    """Hospital guarantor statement, itemized outpatient rehab accounts (fpdf2, portrait DejaVu Serif)."""
    doc, o = Doc("fpdf2", LETTER), Out()
    F, FB = "DSerif", "DSerif-B"
    accts = [
        ("HB-7700418823", "Rowan Fairweather-Ito", "Tidewater Mutual", "TM-26-5540017", [
            S(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (5, "97166", 1, ("GO",)), (5, "97530", 2, ("GO",)), (7, "97530", 2, ("GO",)),
                (7, "97535", 1, ("GO",)), (9, "97530", 3, ("GO",)), (12, "97530", 2, ("GO",)),
                (12, "97140", 1, ("GO", "59")), (14, "97535", 2, ("GO",)), (16, "97530", 2, ("GO",)),
                (16, "97760", 1, ("GO",)), (16, "L3807", 1, ("LT",)), (19, "97530", 2, ("GO",)),
                (21, "97110", 2, ("GO",)), (21, "97530", 1, ("GO",)), (23, "97530", 2, ("GO",)),
                (26, "97535", 1, ("GO",)), (26, "97530", 2, ("GO",)), (28, "97110", 2, ("GO",)),
                (28, "97140", 1, ("GO",)), (30, "97168", 1, ("GO",)), (30, "97530", 2, ("GO",)),
            ]]),
        ("HB-7700419107", "Sable Fairweather-Ito", "Tidewater Mutual", "TM-26-5541290", [
            S(D(2026, 1, d), c, u, m) for d, c, u, m in [
                (8, "92523", 1, ("GN",)), (12, "92526", 1, ("GN",)), (15, "92507", 1, ("GN",)),
                (19, "92526", 1, ("GN",)), (22, "92507", 1, ("GN",)), (26, "92526", 1, ("GN",)),
                (29, "92507", 1, ("GN",)), (29, "92526", 1, ("GN",)),
            ]]),
        ("HB-7700419336", "Rowan Fairweather-Ito", "Tidewater Mutual", "TM-26-5542208", [
            S(D(2026, 1, 20), "99213", 1, ("25",)), S(D(2026, 1, 20), "97161", 1, ("GP",)),
            S(D(2026, 1, 20), "97110", 2, ("GP",))]),
    ]
    st = PlanState(ded_left=Decimal("200.00"), allowed_rate=Decimal("0.62"))
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, st)

    def rev(code):
        if code in ("97161", "97162", "97163") or (code.startswith("97") and code not in ("97165", "97166", "97167",
                                                                                          "97168", "97530", "97535",
                                                                                          "97533", "97760")):
            return "0420"
        if code.startswith("92"):
            return "0440"
        if code == "L3807":
            return "0274"
        if code == "99213":
            return "0510"
        return "0430"
    spec = [(66, "l"), (34, "l"), (62, "l"), (230, "l"), (30, "r"), (70, "r")]
    cols = mkcols(60, spec)
    labels = [["Date"], ["Rev"], ["CPT/HCPCS"], ["Description"], ["Qty"], ["Charges"]]
    state = {"c": None}
    bal_all = ZERO
    for *_, svcs in accts:
        bal_all += total(svcs, "owes")

    def furniture(fl):
        d = fl.doc
        d.text(60, 40, "St. Brendan Regional Medical Center", FB, 13)
        d.text(60, 53, "Patient Financial Services  -  2200 Harbor Crest Blvd, Port Allyn ME 04021", F, 7.5)
        d.text(552, 40, "Patient Statement", FB, 11, "r")
        d.line(60, 60, 552, 60, 1)
        d.text(60, 770, f"Guarantor: Imogen Fairweather-Ito   Statement 02/05/2026   Page {fl.pageno} of {{NP}}", F, 6.8)
        if fl.pageno == 1:
            d.text(60, 78, "Imogen Fairweather-Ito", F, 9)
            d.text(60, 90, "14 Gull Point Lane", F, 9)
            d.text(60, 102, "Port Allyn ME 04021", F, 9)
            d.rect(352, 68, 200, 44, fill=0.93)
            d.text(358, 82, f"Total due from you: {money(bal_all, '$')}", FB, 8.5)
            d.text(358, 96, "Due date: 03/01/2026", F, 8)
            d.text(60, 126, "Summary by account: each hospital visit series has its own account number below.", F, 7.5)
            return 136
        return 70

    def repeat(fl):
        if state["c"]:
            fl.doc.text(60, fl.y + 9, state["c"], FB, 8)
            fl.y += 12
            hdr_row(fl, cols, labels, FB, 7.4, 8.4, fill=None)

    flow = Flow(doc, furniture, 752)
    flow.repeat = repeat
    for acct, pat, ins, cno, svcs in accts:
        flow.need(70)
        flow.doc.rect(60, flow.y, 492, 28, fill=None)
        flow.doc.text(64, flow.y + 11, f"Account No. {acct}", FB, 8.5)
        flow.doc.text(250, flow.y + 11, f"Patient: {pat}", FB, 8.5)
        flow.doc.text(64, flow.y + 23, f"Outpatient Rehabilitation  -  Dates {dfmt(svcs[0].dos, 'dmy')} to "
                      f"{dfmt(svcs[-1].dos, 'dmy')}", F, 7.8)
        flow.y += 31
        hdr_row(flow, cols, labels, FB, 7.4, 8.4, fill=None)
        state["c"] = f"Account No. {acct} - {pat} (continued)"
        cl = o.claim(acct, cno, pat, billed=total(svcs, "billed"))
        for s in svcs:
            cells = [dfmt(s.dos, "dmy"), rev(s.code), f"{s.code} {' '.join(s.mods)}", ("wrap", s.desc.upper()),
                     units_str(s.units), M(s.billed)]
            band = row(flow, cols, cells, F, 8, 10.6)
            o.add(band, s, cl, ("billed",), overrides={"description": s.desc.upper()})
        state["c"] = None
        flow.need(50)
        flow.doc.line(60, flow.y, 552, flow.y, 0.4)
        items = [("Total charges", total(svcs, "billed")),
                 (f"{ins} payment - claim {cno}", -total(svcs, "paid")),
                 (f"{ins} contractual adjustment", -total(svcs, "discount")),
                 ("Account balance (your responsibility)", total(svcs, "owes"))]
        for k, v in items:
            flow.doc.text(230, flow.y + 9, k, FB if k.startswith(("Total", "Account")) else F, 7.6)
            flow.doc.text(552 - 1.5, flow.y + 9, money(v, ",", "()"), F, 7.6, "r")
            flow.y += 10.5
        flow.y += 10
    flow.need(40)
    flow.doc.text(60, flow.y + 10, "Financial assistance is available. Ask for our plain-language summary.", F, 7.5)
    return doc, o, [], dict(datefmt="dmy", arith=(), desc="hospital guarantor statement, itemized accounts")


# ============================================================================================ main
LAYOUTS = [("h61_c1_member_eob_ppo", layout_c1), ("h61_c2_member_eob_hmo", layout_c2),
           ("h61_m1_msn_partb", layout_m1), ("h61_m2_ma_member_eob", layout_m2),
           ("h61_d1_medicaid_ra_sections", layout_d1), ("h61_d2_medicaid_portal_ra", layout_d2),
           ("h61_p1_spr_clearinghouse", layout_p1), ("h61_p2_pm_posting_detail", layout_p2),
           ("h61_s1_clinic_family_statement", layout_s1), ("h61_s2_hospital_statement", layout_s2)]
DATEFMT = {"mdy4": "mdy4", "mdy2": "mdy2", "mdy6": "mdy6", "mon": "mon", "mdyn": "mdyn", "dmy": "dmy"}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    do_check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout61_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    problems, spanning, nlines, npages = [], 0, 0, 0
    for name, fn in LAYOUTS:
        doc, o, legend, meta = fn(out)
        pdf_path = out / f"{name}.pdf"
        pages = doc.save(pdf_path)
        write_truth(pdf_path, name, doc.producer, pages, meta["desc"], o.lines, o.claims, legend)
        nlines += len(o.lines)
        npages += pages
        by_claim: dict = {}
        for ln in o.lines:
            by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        spans = any(len(v) > 1 for v in by_claim.values())
        spanning += spans
        print(f"{name}: {doc.producer}, {pages} pages, {len(o.lines)} lines, {len(o.claims)} claims"
              f"{', a claim continues onto the next page' if spans else ''}")
        if do_check:
            truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
            fmt = meta["datefmt"]
            errs = check(pdf_path, truth, o.bands, lambda iso, f=fmt: dfmt(date.fromisoformat(iso), f),
                         meta.get("scope", "row"), meta["arith"])
            if pages < 1:
                errs.append("no pages")
            problems += [f"{name}: {e}" for e in errs]
    print(f"{len(LAYOUTS)} files, {nlines} lines, {npages} pages -> {out}")
    if do_check:
        if spanning < 3:
            problems.append(f"only {spanning} files carry a claim continuing onto the next page")
        if len({p for p in ("reportlab", "fpdf2")}) < 2:
            problems.append("one producer")
        for p in problems:
            print("PROBLEM", p)
        print("check:", "FAILED" if problems else "passed")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
