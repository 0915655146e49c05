"""Write the 173rd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on ten everyday documents of the five commonest real kinds, two of each, in house
styles of their own. Written without looking at the reader, its tests, docs or earlier generators' code.

Run:  python bench/heldout173/make_heldout173_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout173/make_heldout173_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / visit / patient-control number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly
as printed (the person who got the service, never the guarantor / subscriber unless the same person). Every
name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). h173kit.py holds the drawing ops (one page
model rendered by either producer) and the self-check.

Layouts:
  v1  commercial member EOB for a family, Helvetica portrait: plan-year accumulator box, claim heading "Patient:
      NAME (Daughter) / Claim number / Patient account / Network status", "Amount billed / Plan discount / Allowed
      amount / Deductible / Copay / Co-insurance / Plan paid / Your cost / Notes", code+mods in their own column
      ("97140 GP 59"), descriptions wrapping to a second line, a PR-denied line, 3 family members, the third
      claim continues onto page 2 under a repeated claim heading "(continued)" and column header (reportlab)
  v2  commercial member EOB, boxed claim cards, DejaVu Serif Condensed landscape: "Date of Service / Procedure /
      Mod / Qty / Charges / Savings / Not Covered / Allowed / Deductible / Copay / Coinsurance / Plan Pays /
      You Owe / Codes", "Jan 5, 2026" dates, $ amounts, flat per-service copays, an excluded (PR) and a
      write-off (CO) line, 3 family members and 4 claims, code legend on page 2 (fpdf2)
  v3  Medicare Summary Notice Part B, DejaVu Sans portrait: summary page 1 (deductible, "Did Medicare Approve",
      total you may be billed), claims on page 2 as "Service Provided & Billing Code" with the date leading the
      description and "(97530-GO-KX)" at the end of a wrapped description, "Service Approved? Yes/No",
      "Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed /
      See Notes" letters, per-claim total rows, no units and no provider account (reportlab)
  v4  Medicare Advantage (HMO) member EOB, Liberation Sans portrait: cost summary box, "Claim ID / Patient account
      number / Claim status", "Date / Service / Code / Provider's charge / Approved amount / Plan's share / Your
      share / See note", per-day $20 copay, CQ assistant lines, a 24-line claim that continues onto page 2 under
      a repeated heading, an adjusted (reversed, negative "-$160.00") claim and its reprocessed replacement (fpdf2)
  v5  state Medicaid paper RA, Courier landscape fixed columns: "RECIPIENT NAME / RECIP ID / PAT ACCT NO / ICN"
      heading rows, "LN SVC DATE PROC MD1 MD2 UNITS BILLED ALLOWED PAID EOB" with MMDDYY dates and "4.00" units,
      4-digit EOB codes, PAID / DENIED / ADJUSTED CLAIMS sections (credit with leading minus, then debit), a
      14-line claim that continues onto page 2 with "(CONT)" and the page header repeated (reportlab)
  v6  state Medicaid/CHIP MMIS remittance, DejaVu Sans Condensed portrait, ruled: shaded claim boxes "Member /
      Member ID / Patient Acct # / TCN / Claim Status", "Ln / Svc Date / Proc / Mods / Units / Billed / Allowed /
      TPL / Paid / Adj Rsn / Adj Amt / RARC", units "2.0", adjustments "CO-45" stacked with "OA-23" on a TPL line,
      a denied claim (CO-96 + RARC), payment summary box (fpdf2)
  v7  clearinghouse print of a Medicare Part B remittance, DejaVu Sans Mono portrait: "NAME / MID / ACNT / ICN /
      ASG / MOA" claim rows, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC AMT PROV PD",
      from/thru dates "0105 010526", stacked "PR-2" / "CO-253" rows, PT RESP + CLAIM TOTALS rows, a status-22
      reversal and its correction, a 12-line claim continuing onto page 2 with "(CONT)" (reportlab)
  v8  practice-management "Insurance Payment Posting Detail" of a Medicare ERA, Liberation Sans Narrow landscape:
      patient / acct / ICN printed on a claim's first row only, "CPT / Mod / Units / Charge / Allowed / Deduct /
      Coins / Adj Code / Adj Amt / Paid / Remark / Pt Resp / Posted", glued group+reason "CO45" / "PR2" / "CO253"
      stacked, comma-joined mods "GP,59", claim subtotals, a claim continuing onto page 2 under a repeated header
      and "(continued from previous page)" (fpdf2)
  v9  pediatric therapy clinic family statement, DejaVu Sans portrait: remittance stub, sidebar (questions,
      insurance on file, aging), visit heading rows "NAME - Visit V-nnnnn - Billed to <insurer>, claim <no>",
      "Date / Code / Description / Qty / Charges / Ins Paid / Ins Adj / Your Part", insurance-pending visits
      (only charges printed; no payer claim number), a patient payment row, 3 children (reportlab)
 v10  hospital family statement, Liberation Serif portrait: per-account shaded headings "Patient / Account no.",
      "Date / Rev / CPT/HCPCS / Description / Qty / Charges", revenue codes, a charge correction printed "150.00-"
      with Qty "-2", insurer payment and contractual adjustment rows under each account's "Total charges", 3
      family members (fpdf2)

Truth notes: statements (v9, v10) print no line-level allowed amount; v9's "Ins Adj" is recorded as discount;
v7 prints from and thru dates, recorded as service_date = service_end; reversed lines carry negative amounts.

The self-check (--check) tests the factory, not the reader: the page count matches; for every truth line its
code, modifiers, units and every non-null amount are on the SAME extracted text row (pdfplumber words grouped by
baseline) as drawn, the date on that row (or the page, where a layout prints it in a heading), adjustments
(group, reason, amount) and remarks within that service's block of rows, claim id / payer claim id / patient in
the text; billed - adjustments = paid where every adjustment is printed with its amount; every printed claim
total is in the text and equals the sum of its lines (when its lines print that field) unless it is a declared
planted mismatch."""

from __future__ import annotations

import json
import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from h173kit import Doc, Where, check_file, refuse_samples  # noqa: E402
from samples.pdf.eobgen import (  # noqa: E402
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    medicaid,
    medicare,
    money,
    negate,
    q,
    total,
    truth_line,
    write_truth,
)


def D(m: int, d: int) -> date:
    return date(2026, m, d)


def m2(x: Decimal) -> str:
    return money(x, ",")


def wrap(s: str, n: int) -> list[str]:
    return textwrap.wrap(s, n) or [""]


class Out:
    """Collects the truth rows and where each was drawn."""

    def __init__(self):
        self.lines: list = []
        self.wheres: list = []
        self.claims: list = []

    def add(self, where: Where, s: Svc, **kw):
        self.lines.append(truth_line(where.page, s, **kw))
        self.wheres.append(where)

    def claim(self, claim_id, pcn, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcn, "patient": patient,
                            "totals": claim_totals(**tot)})


def footer_pages(doc: Doc, fmt: str, x: float, y: float, size=7, align="r"):
    n = len(doc.pages)
    for i, p in enumerate(doc.pages, 1):
        p.t(x, y, fmt.format(i=i, n=n), size, align=align)


# =============================================================================================== L1
def l1():
    """Commercial member EOB, family, reportlab Helvetica portrait."""
    doc = Doc("Helvetica")
    o = Out()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st_b = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Amara Okafor", "Daughter", "26A0193847", "LPT-40218", "Lakeshore Pediatric Therapy LLC", st, [
            (D(1, 6), "97165", 1, ("GO",), None), (D(1, 6), "97530", 2, ("GO",), None),
            (D(1, 13), "97530", 3, ("GO",), None), (D(1, 13), "97535", 1, ("GO",), "PR")]),
        ("Tobenna Okafor", "Son", "26A0201166", "LPT-40377", "Lakeshore Pediatric Therapy LLC", st_b, [
            (D(1, 8), "92523", 1, (), None), (D(1, 15), "92507", 1, ("GN",), None),
            (D(1, 22), "92507", 1, ("GN",), None)]),
        ("Daniel Okafor", "Self", "26A0224510", "MSC-118204", "Midtown Spine & Sports Clinic", st_b, [
            (D(1, 5), "97161", 1, ("GP",), None), (D(1, 5), "97110", 2, ("GP",), None),
            (D(1, 7), "97140", 1, ("GP", "59"), None), (D(1, 7), "97110", 2, ("GP",), None),
            (D(1, 9), "97112", 1, ("GP",), None), (D(1, 9), "97110", 2, ("GP",), None),
            (D(1, 12), "G0283", 1, ("GP",), None), (D(1, 12), "97140", 2, ("GP", "59"), None),
            (D(1, 14), "97110", 3, ("GP",), None), (D(1, 16), "97530", 2, ("GP",), None),
            (D(1, 16), "99213", 1, ("25",), None), (D(1, 19), "97110", 2, ("GP",), None),
            (D(1, 19), "97760", 1, ("GP",), None), (D(1, 21), "97140", 1, ("GP", "59"), None),
            (D(1, 21), "97110", 2, ("GP",), None), (D(1, 23), "97112", 2, ("GP",), None)]),
    ]
    cols = [("Service date", 36, "l"), ("Code", 76, "l"), ("What you received", 122, "l"),
            ("Amount billed", 290, "r"), ("Plan discount", 326, "r"), ("Allowed amount", 364, "r"),
            ("Deductible", 402, "r"), ("Copay", 432, "r"), ("Co- insurance", 468, "r"), ("Plan paid", 506, "r"),
            ("Your cost", 544, "r"), ("Notes", 554, "l")]
    page = None
    y = 0.0

    def head(first: bool):
        nonlocal page, y
        page = doc.new()
        page.t(36, 40, "SUMMIT RIDGE", 15, True)
        page.t(36, 52, "HEALTH PLAN", 9)
        page.t(576, 40, "Explanation of Benefits", 13, True, "r")
        page.t(576, 52, "THIS IS NOT A BILL", 8, True, "r")
        if first:
            page.t(36, 80, "Daniel Okafor", 9)
            page.t(36, 91, "2217 Wexford Terrace Apt 4", 9)
            page.t(36, 102, "Harlan Springs, OH 45099", 9)
            page.box(350, 70, 226, 50)
            for i, (a, b) in enumerate([("Subscriber", "Daniel Okafor"), ("Member ID", "SRX 448207731"),
                                        ("Group", "0057312 Northgate Logistics"),
                                        ("Statement date", "February 2, 2026")]):
                page.t(356, 81 + 11 * i, a + ":", 8, True)
                page.t(430, 81 + 11 * i, b, 8)
            page.t(36, 138, "Claims processed for you and your covered family members between 01/20/26 and 01/31/26.", 8)
            page.t(36, 149, "Keep this notice with your records. Pay your provider only the amount in the Your cost column.", 8)
            page.box(36, 160, 540, 112)
            page.t(44, 174, "Your plan-year summary (January 1 - December 31, 2026)", 9, True)
            accum = [("Family deductible (in network)", "$3,000.00", "$150.00 met"),
                     ("Individual deductible - Amara", "$1,500.00", "$150.00 met"),
                     ("Family out-of-pocket limit", "$7,000.00", "$412.61 met"),
                     ("Therapy visits (PT/OT/ST combined)", "60 visits", "14 used")]
            page.t(44, 190, "Benefit", 7.5, True)
            page.t(300, 190, "Plan limit", 7.5, True)
            page.t(420, 190, "So far", 7.5, True)
            for k, (a, b, c) in enumerate(accum):
                page.t(44, 204 + 12 * k, a, 7.5)
                page.t(300, 204 + 12 * k, b, 7.5)
                page.t(420, 204 + 12 * k, c, 7.5)
            page.t(44, 264, "Amounts shown are as of the date this statement was prepared.", 7)
            y = 296
        else:
            page.t(36, 70, "Subscriber: Daniel Okafor    Member ID: SRX 448207731", 8)
            y = 88

    def colhead():
        nonlocal y
        page.box(34, y - 9, 544, 20, 0.4, 0.88)
        for name, x, al in cols:
            parts = name.split(" ", 1) if al == "r" and " " in name else [name]
            for k, ptxt in enumerate(parts):
                page.t(x, y + k * 8, ptxt, 6.5, True, al)
        y += 22

    head(True)
    for patient, rel, pcn, acct, prov, plan, items in fam:
        svcs = [commercial(Svc(dd, c, u, m, denied=dn), plan, "204") for dd, c, u, m, dn in items]
        if y > 640:
            head(False)

        def claimhead(cont=""):
            nonlocal y
            page.t(36, y, f"Patient: {patient} ({rel})", 8.5, True)
            page.t(250, y, f"Claim number: {pcn}{cont}", 8.5, True)
            page.t(36, y + 11, f"Provider: {prov}", 8)
            page.t(250, y + 11, f"Patient account: {acct}", 8)
            page.t(430, y + 11, "Network status: In network", 8)
            y += 24
            colhead()

        claimhead()
        for s in svcs:
            rem = []
            if s.denied:
                rem = ["NC"]
            elif s.deductible:
                rem = ["DA"]
            if s.code == "99213":
                rem = ["MB"]
            dl = wrap(s.desc, 30)
            if y + 10 * len(dl) > 730:
                page.t(576, y + 4, "Continued on next page", 7, False, "r")
                head(False)
                claimhead(" (continued)")
            vals = [s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            page.t(36, y, s.dos.strftime("%m/%d/%y"), 7)
            page.t(76, y, " ".join((s.code,) + s.mods), 7)
            page.t(122, y, dl[0], 7)
            for (name, x, al), v in zip(cols[3:11], vals):
                page.t(x, y, m2(v), 7, False, al)
            page.t(554, y, " ".join(rem), 7)
            blk = [y + 9 * k for k in range(1, len(dl))]
            for k, extra in enumerate(dl[1:], 1):
                page.t(122, y + 9 * k, extra, 7)
            o.add(Where(len(doc.pages), y, blk), s, claim_id=acct, payer_claim_id=pcn, patient=patient,
                  printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                           "patient_owes"), units=False, remarks=rem)
            y += 9 * len(dl) + 3
        page.hl(36, 576, y - 6)
        page.t(122, y + 3, "Claim totals", 7.5, True)
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                        "paid", "owes")]
        for (name, x, al), v in zip(cols[3:11], tv):
            page.t(x, y + 3, m2(v), 7.5, True, al)
        o.claim(acct, pcn, patient, billed=tv[0], allowed=tv[2], paid=tv[6], patient_owes=tv[7])
        y += 26
    legend = [("DA", "This amount counted toward your plan-year deductible."),
              ("NC", "Your plan does not cover this service; the provider may bill you for it."),
              ("MB", "Office visit billed on the same day as therapy; paid under your medical benefit.")]
    y += 6
    page.t(36, y, "Notes", 9, True)
    for k, (c, t) in enumerate(legend):
        page.t(36, y + 12 + 10 * k, c, 7.5, True)
        page.t(60, y + 12 + 10 * k, t, 7.5)
    footer_pages(doc, "Page {i} of {n}", 576, 770)
    for p in doc.pages:
        p.t(36, 770, "Summit Ridge Health Plan  PO Box 60291  Columbus Junction, OH 43199   1-800-555-0164", 7)
    return doc, "reportlab", o, legend, [], "commercial member EOB for a family; claim 3 continues on page 2"




# =============================================================================================== L2
def l2():
    """Commercial member EOB, boxed claim cards, fpdf2 DejaVu Serif Condensed landscape."""
    doc = Doc("DejaVuSerifCondensed", landscape=True)
    o = Out()
    st = PlanState(ded_left=Decimal("75.00"), copay_codes={"97110": Decimal("30.00"), "97140": Decimal("30.00"),
                                                          "97530": Decimal("30.00"), "92507": Decimal("30.00")},
                   allowed_rate=Decimal("0.74"))
    claims = [
        ("Priya Venkataraman", "4471-0093-2026", "CV118044", "Harbor Lights Occupational Therapy", [
            (D(1, 5), "97166", 1, ("GO",), None), (D(1, 5), "97530", 2, ("GO",), None),
            (D(1, 12), "97530", 2, ("GO",), None), (D(1, 12), "97140", 1, ("GO", "59"), None)]),
        ("Arjun Venkataraman", "4471-0107-2026", "CV118090", "Harbor Lights Occupational Therapy", [
            (D(1, 7), "97167", 1, ("GO",), None), (D(1, 14), "97533", 1, ("GO",), "PR"),
            (D(1, 14), "97530", 3, ("GO",), None)]),
        ("Meera Venkataraman", "4471-0122-2026", "11-30928", "Willow Bend Speech & Language", [
            (D(1, 8), "92523", 1, (), None), (D(1, 15), "92507", 1, ("GN",), None),
            (D(1, 22), "92507", 1, ("GN",), None), (D(1, 29), "92507", 1, ("GN",), None)]),
        ("Priya Venkataraman", "4471-0139-2026", "CV118215", "Harbor Lights Occupational Therapy", [
            (D(1, 19), "97530", 2, ("GO",), None), (D(1, 19), "97760", 1, ("GO", "RT"), None),
            (D(1, 19), "L3807", 1, ("RT",), "CO")]),
    ]
    legend = [("X1", "Charges above the amount our network provider agreed to accept; you do not owe this."),
              ("X7", "Part or all of this amount was applied to your calendar-year deductible."),
              ("Q2", "Therapy sessions have a flat copay per service under your plan."),
              ("N4", "This service is excluded from your coverage; you may be billed for it."),
              ("R9", "Supply billed without a required prior approval; the provider must write this off.")]
    FEE_EXTRA = {"97533": "110.00"}
    import samples.pdf.eobgen as eg
    for k, v in FEE_EXTRA.items():
        eg.FEE.setdefault(k, v)
        eg.DESC.setdefault(k, "Sensory integration techniques")
    cols = [("Date of Service", 46, "l"), ("Procedure", 118, "l"), ("Mod", 160, "l"), ("Qty", 200, "r"),
            ("Charges", 262, "r"), ("Savings", 322, "r"), ("Not Covered", 384, "r"), ("Allowed", 444, "r"),
            ("Deductible", 500, "r"), ("Copay", 548, "r"), ("Coinsurance", 610, "r"), ("Plan Pays", 664, "r"),
            ("You Owe", 712, "r"), ("Codes", 718, "l")]
    page = doc.new()
    page.t(40, 42, "Fairhaven Mutual", 17, True)
    page.t(40, 56, "Benefit Administrators", 9)
    page.t(752, 42, "EXPLANATION OF BENEFITS", 12, True, "r")
    page.t(752, 56, "Not a bill - for your records", 8, False, "r")
    page.box(40, 70, 712, 40, 0.6)
    info = [("Primary member", "Priya Venkataraman"), ("Member number", "FMX-2270-55318"),
            ("Plan", "Choice PPO 1500"), ("Date prepared", "Jan 31, 2026")]
    for k, (a, b) in enumerate(info):
        page.t(48 + 178 * k, 84, a, 7)
        page.t(48 + 178 * k, 98, b, 9, True)
    y = 132
    for patient, pcn, acct, prov, items in claims:
        plan = st
        svcs = []
        for dd, c, u, m, dn in items:
            s = commercial(Svc(dd, c, u, m, denied=dn), plan, "96")
            svcs.append(s)
        h = 58 + 13 * len(svcs) + 14
        if y + h > 560:
            page = doc.new()
            page.t(40, 40, "Fairhaven Mutual  -  Explanation of Benefits  -  Priya Venkataraman  FMX-2270-55318", 8)
            y = 62
        page.box(40, y, 712, h, 0.8)
        page.box(40, y, 712, 30, 0.8, 0.92)
        page.t(48, y + 12, f"Patient: {patient}", 9, True)
        page.t(300, y + 12, f"Claim #: {pcn}", 9, True)
        page.t(520, y + 12, f"Your provider's account #: {acct}", 8)
        page.t(48, y + 24, f"Provider: {prov}   (in network)", 8)
        page.t(520, y + 24, f"Date processed: {dd.replace(day=30).strftime('%b %d, %Y')}", 8)
        yy = y + 44
        for name, x, al in cols:
            page.t(x, yy, name, 7, True, al)
        page.hl(40, 752, yy + 4)
        yy += 14
        for s in svcs:
            codes = []
            if s.denied == "PR":
                codes = ["N4"]
            elif s.denied == "CO":
                codes = ["R9"]
            else:
                codes.append("X1")
                if s.deductible:
                    codes.append("X7")
                if s.copay:
                    codes.append("Q2")
            cells = [f"{s.dos:%b} {s.dos.day}, {s.dos.year}", s.code, " ".join(s.mods), str(int(s.units))]
            for (name, x, al), v in zip(cols[:4], cells):
                page.t(x, yy, v, 7.5, False, al)
            nc = s.not_covered
            vals = [s.billed, s.discount, nc, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            for (name, x, al), v in zip(cols[4:13], vals):
                page.t(x, yy, money(v, "$"), 7.5, False, al)
            page.t(718, yy, " ".join(codes), 7.5)
            o.add(Where(len(doc.pages), yy), s, claim_id=acct, payer_claim_id=pcn, patient=patient,
                  printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), remarks=codes, description=False)
            yy += 13
        page.hl(40, 752, yy - 8, 0.4)
        page.t(118, yy + 2, "Totals", 7.5, True)
        tv = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                        "coinsurance", "paid", "owes")]
        for (name, x, al), v in zip(cols[4:13], tv):
            page.t(x, yy + 2, money(v, "$"), 7.5, True, al)
        o.claim(acct, pcn, patient, billed=tv[0], allowed=tv[3], paid=tv[7], patient_owes=tv[8])
        y += h + 14
    if y > 440:
        page = doc.new()
        y = 62
    page.t(40, y, "What the codes mean", 10, True)
    for k, (c, t) in enumerate(legend):
        page.t(40, y + 15 + 11 * k, c, 8, True)
        page.t(66, y + 15 + 11 * k, t, 8)
    y += 15 + 11 * len(legend) + 10
    page.t(40, y, "Questions about this statement? Call Member Services at 1-877-555-0142 (TTY 711), "
                  "Monday through Friday, 8 a.m. to 6 p.m.", 7.5)
    page.t(40, y + 11, "You have the right to appeal within 180 days of the date prepared shown above.", 7.5)
    footer_pages(doc, "Page {i} of {n}", 752, 590)
    return doc, "fpdf2", o, legend, [], "commercial member EOB, boxed claim cards, three family members"


# =============================================================================================== L3
def l3():
    """Medicare Summary Notice (Part B), reportlab DejaVu Sans portrait."""
    doc = Doc("DejaVuSans")
    o = Out()
    patient = "MARGARET L. HOLLOWAY"
    st = PlanState(ded_left=Decimal("92.00"))
    claims = [
        ("26-016-4482-0917-00", "Oakridge Outpatient Rehabilitation", "(555) 201-3344",
         "1200 Mill Pond Rd, Suite B, Fenwick, MI 49310", "Jenna Morales, OT", D(1, 21), [
             (D(1, 6), "97165", 1, ("GO",), None), (D(1, 6), "97535", 2, ("GO",), None),
             (D(1, 8), "97530", 2, ("GO", "KX"), None), (D(1, 8), "97140", 1, ("GO", "59"), None)]),
        ("26-023-4490-1185-00", "Oakridge Outpatient Rehabilitation", "(555) 201-3344",
         "1200 Mill Pond Rd, Suite B, Fenwick, MI 49310", "Luis Ortega, OTA", D(1, 28), [
             (D(1, 13), "97530", 2, ("CO", "GO"), None), (D(1, 13), "97535", 1, ("CO", "GO"), None),
             (D(1, 15), "97530", 3, ("CO", "GO"), None), (D(1, 15), "0552T", 1, (), "PR")]),
        ("26-027-4502-3341-00", "Lakeview Family Medicine", "(555) 207-9120",
         "88 Harbor St, Fenwick, MI 49310", "Alan Pierce, MD", D(1, 30), [
             (D(1, 20), "99213", 1, (), None), (D(1, 20), "G0283", 1, (), None)]),
    ]
    LONG = {"97535": "Training in daily living and home management tasks, each 15 minutes",
            "97530": "Functional activities to improve performance, each 15 minutes",
            "97165": "Occupational therapy evaluation, low complexity",
            "97140": "Hands-on manual therapy techniques, each 15 minutes",
            "0552T": "Low-level laser therapy session", "99213": "Office or outpatient visit, established patient",
            "G0283": "Unattended electrical stimulation"}
    legend = [("A", "This approved amount is based on Medicare's fee schedule for this service."),
              ("B", "This amount counted toward your yearly Part B deductible."),
              ("C", "Medicare does not cover this item or service as billed. You may be asked to pay."),
              ("D", "A 2% federal payment reduction was applied to the amount Medicare paid."),
              ("E", "Service furnished in part by a therapy assistant; payment adjusted accordingly.")]
    # page 1: summary
    p = doc.new()
    p.t(48, 52, "Medicare Summary Notice", 18, True)
    p.t(48, 68, "for Part B (Medical Insurance)", 11)
    p.t(48, 84, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5)
    p.t(48, 118, patient, 9)
    p.t(48, 130, "412 BIRCHWOOD LANE", 9)
    p.t(48, 142, "FENWICK MI 49310-2217", 9)
    p.box(340, 104, 224, 60)
    for k, (a, b) in enumerate([("Medicare Number", "XXXX-XXX-7Q42"), ("Date of This Notice", "February 2, 2026"),
                                ("Claims Processed Between", "January 1 - January 31, 2026")]):
        p.t(348, 118 + 16 * k, a, 7.5, True)
        p.t(556, 118 + 16 * k, b, 7.5, False, "r")
    p.box(48, 184, 516, 90)
    p.t(58, 202, "Your Deductible Status", 11, True)
    p.t(58, 218, "Your deductible is what you must pay for most health services before Medicare begins to pay.", 7.5)
    p.t(58, 236, "Part B Deductible: You have now met $92.00 of your deductible for 2026.", 9)
    p.box(48, 290, 516, 120)
    p.t(58, 308, "Did Medicare Approve All Services?", 11, True)
    p.t(58, 324, "NO. Medicare did not approve 1 service. Look for NO in the Service Approved? column.", 8.5)
    p.t(58, 352, "Total You May Be Billed", 11, True)
    alls = []
    p.t(58, 436, "Be Informed: Keep this notice. Compare the services listed with the bills and receipts you got.", 8)
    p.t(58, 448, "Report anything you did not get, or anything that looks wrong, to 1-800-555-0199.", 8)
    cols = [("Service Provided & Billing Code", 48, "l"), ("Service Approved?", 318, "c"),
            ("Amount Provider Charged", 382, "r"), ("Medicare- Approved Amount", 432, "r"),
            ("Medicare Paid Provider", 482, "r"), ("Maximum You May Be Billed", 530, "r"), ("See Notes", 540, "l")]
    p = doc.new()
    y = 60
    p.t(48, y, "Your Claims & Costs This Period", 13, True)
    y += 22
    for pcn, prov, phone, addr, by, processed, items in claims:
        svcs = [medicare(Svc(dd, c, u, m, denied=dn), st) for dd, c, u, m, dn in items]
        need = 90 + 26 * len(svcs)
        if y + need > 730:
            p = doc.new()
            y = 60
            p.t(48, y, "Your Claims & Costs This Period (continued)", 11, True)
            y += 20
        p.t(48, y, "Part B Medical Services", 10, True)
        p.t(48, y + 13, prov + ", " + phone, 8, True)
        p.t(48, y + 24, addr, 7.5)
        p.t(340, y + 13, f"Service Provided By: {by}", 7.5)
        p.t(340, y + 24, f"Date Processed: {processed:%m/%d/%Y}", 7.5)
        p.t(340, y + 35, f"Claim Number: {pcn}", 7.5)
        y += 50
        p.box(46, y - 12, 520, 30, 0.5, 0.9)
        for name, x, al in cols:
            w = wrap(name, 10 if x > 300 else 40)
            for k, t in enumerate(w):
                p.t(x, y - 3 + 7 * k + (7 if len(w) == 1 else 0), t, 6, True, al)
        y += 28
        for s in svcs:
            notes = []
            if s.denied:
                notes = ["C"]
            else:
                notes = ["A"] + (["B"] if s.deductible else []) + (["E"] if "CO" in s.mods else []) + ["D"]
            codetxt = f"({s.code}" + ("-" + "-".join(s.mods) if s.mods else "") + ")"
            desc = LONG[s.code]
            wl = wrap(f"{s.dos:%m/%d/%Y} {desc} {codetxt}", 56)
            p.t(48, y, wl[0], 7.5)
            p.t(318, y, "No" if s.denied else "Yes", 7.5, False, "c")
            for (name, x, al), v in zip(cols[2:6], [s.billed, s.allowed, s.paid, s.owes]):
                p.t(x, y, money(v, "$"), 7.5, False, al)
            p.t(540, y, ", ".join(notes), 7.5)
            blk = []
            for k, t in enumerate(wl[1:], 1):
                p.t(48, y + 9 * k, t, 7.5)
                blk.append(y + 9 * k)
            s.desc = desc
            o.add(Where(len(doc.pages), y, blk), s, claim_id=None, payer_claim_id=pcn, patient=patient,
                  printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes)
            y += 9 * len(wl) + 5
            alls.append(s)
        p.hl(48, 564, y - 7)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        p.t(48, y + 2, "Total for Claim " + pcn, 7.5, True)
        for (name, x, al), v in zip(cols[2:6], tv):
            p.t(x, y + 2, money(v, "$"), 7.5, True, al)
        o.claim(None, pcn, patient, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        y += 30
    p0 = doc.pages[0]
    p0.t(58, 370, "$" + f"{total(alls, 'owes'):,.2f}", 16, True)
    p0.t(58, 388, "See your claims on the following pages for how this total was figured.", 7.5)
    y += 6
    if y > 640:
        p = doc.new()
        y = 60
    p.t(48, y, "Notes for Claims Above", 10, True)
    for k, (c, t) in enumerate(legend):
        p.t(48, y + 14 + 11 * k, f"{c}  {t}", 7.5)
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        pg.t(48, 760, f"{patient}", 7)
        pg.t(306, 760, "Medicare Summary Notice for Part B", 7, False, "c")
        pg.t(564, 760, f"Page {i} of {n}", 7, False, "r")
    return doc, "reportlab", o, legend, [], "Medicare Summary Notice, Part B, summary page then claims"


# =============================================================================================== L4
def l4():
    """Medicare Advantage member EOB, fpdf2 Liberation Sans portrait."""
    doc = Doc("LiberationSans")
    o = Out()
    patient = "Walter J. Brennan"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.52"))
    claims = [
        ("MA2601-77341", "Cedar Hollow Therapy Group", "CHTG-55102", [
            (D(1, 5), "97161", 1, ("GP",)), (D(1, 5), "97110", 2, ("GP",)), (D(1, 7), "97110", 2, ("GP",)),
            (D(1, 7), "97140", 1, ("GP",)), (D(1, 9), "97112", 2, ("GP", "KX")), (D(1, 12), "97110", 3, ("GP",)),
            (D(1, 12), "97116", 1, ("GP",)), (D(1, 14), "97110", 2, ("CQ", "GP")),
            (D(1, 14), "97140", 1, ("CQ", "GP")), (D(1, 16), "97112", 2, ("GP",)),
            (D(1, 19), "97110", 2, ("GP",)), (D(1, 19), "97530", 1, ("GP",)),
            (D(1, 21), "97110", 2, ("CQ", "GP")), (D(1, 21), "97116", 1, ("CQ", "GP")),
            (D(1, 23), "97110", 2, ("GP",)), (D(1, 23), "97140", 1, ("GP",)),
            (D(1, 26), "97112", 2, ("GP",)), (D(1, 26), "97110", 1, ("GP",)),
            (D(1, 28), "97110", 2, ("GP",)), (D(1, 28), "97140", 1, ("GP",)), (D(1, 28), "97530", 1, ("GP",)),
            (D(1, 30), "97110", 2, ("CQ", "GP")), (D(1, 30), "97112", 1, ("CQ", "GP")),
            (D(1, 30), "97116", 1, ("CQ", "GP"))]),
    ]
    claims.insert(0, ("MA2601-80218", "Riverside Internal Medicine", "RIM-0091843", [
        (D(1, 15), "99213", 1, ()), (D(1, 15), "G0283", 1, ())]))
    # a prior claim reversed and reprocessed
    prior = [Svc(D(12, 29).replace(year=2025), "97110", 2, ("GP",)), Svc(D(12, 29).replace(year=2025), "97140", 1, ("GP",))]
    stp = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.52"))
    prior = [commercial(s, stp) for s in prior]
    rev = [negate(s) for s in prior]
    stn = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.55"))
    redo = [commercial(Svc(s.dos, s.code, s.units, s.mods), stn) for s in prior]
    claims_all = [(pcn, prov, acct, [commercial(Svc(dd, c, u, m), st) for dd, c, u, m in items], "")
                  for pcn, prov, acct, items in claims]
    claims_all.append(("MA2512-66090-R", "Cedar Hollow Therapy Group", "CHTG-54877", rev,
                       "Adjusted claim - the amounts below reverse an earlier payment"))
    claims_all.append(("MA2512-66090-A", "Cedar Hollow Therapy Group", "CHTG-54877", redo,
                       "Reprocessed claim - replaces the claim reversed above"))
    cols = [("Date", 44, "l"), ("Service", 92, "l"), ("Code", 250, "l"), ("Provider's charge", 370, "r"),
            ("Approved amount", 430, "r"), ("Plan's share", 490, "r"), ("Your share", 550, "r"),
            ("See note", 558, "l")]
    page = None
    y = 0.0

    def newpage(first=False):
        nonlocal page, y
        page = doc.new()
        page.box(0, 0, 612, 46, 0, 0.82)
        page.t(44, 30, "Bayview Senior Advantage (HMO)", 15, True)
        page.t(568, 30, "Explanation of Benefits", 10, False, "r")
        if first:
            page.t(44, 70, "Your Explanation of Benefits for medical services - January 2026", 12, True)
            page.t(44, 86, "This is not a bill. It tells you what we paid for care you got and what you may owe.", 8.5)
            page.box(44, 98, 524, 58)
            for k, (a, b) in enumerate([("Member", patient), ("Member ID", "H8812-0049317"),
                                        ("Plan", "Bayview Senior Advantage Core (HMO) H8812-004"),
                                        ("Statement period", "01/01/2026 through 01/31/2026")]):
                page.t(52, 112 + 12 * k, a, 8, True)
                page.t(150, 112 + 12 * k, b, 8)
            page.box(44, 170, 524, 120)
            page.t(52, 186, "Your costs for covered medical services", 10, True)
            page.t(300, 200, "This month", 8, True, "r")
            page.t(400, 200, "Year to date", 8, True, "r")
            for k, (a, b, c) in enumerate([("What providers charged", "$4,214.00", "$4,214.00"),
                                           ("What you paid or may owe", "$280.00", "$280.00"),
                                           ("What the plan paid", "$1,905.51", "$1,905.51")]):
                page.t(52, 214 + 12 * k, a, 8)
                page.t(300, 214 + 12 * k, b, 8, False, "r")
                page.t(400, 214 + 12 * k, c, 8, False, "r")
            page.t(52, 262, "Your in-network out-of-pocket maximum for 2026 is $4,900.00. You have paid $280.00 toward it.", 7.5)
            page.t(52, 276, "Amounts above are estimates based on claims processed as of the statement date.", 7)
            page.t(44, 314, "Section 1: Medical claims we processed this month", 11, True)
            y = 336
        else:
            page.t(44, 66, f"Member: {patient}   Member ID: H8812-0049317", 8)
            y = 86

    def colhead():
        nonlocal y
        page.hl(44, 568, y - 9, 0.8)
        for name, x, al in cols:
            w = name.split(" ", 1) if al == "r" else [name]
            for k, t in enumerate(w):
                page.t(x, y + 8 * k, t, 7, True, al)
        y += 16
        page.hl(44, 568, y - 6, 0.4)
        y += 6

    newpage(True)
    for pcn, prov, acct, svcs, note in claims_all:
        if y > 640:
            newpage()

        def head(cont=""):
            nonlocal y
            page.t(44, y, f"Claim ID: {pcn}{cont}", 9, True)
            page.t(300, y, f"Provider: {prov}", 8.5)
            y += 11
            page.t(44, y, f"Patient account number: {acct}", 8)
            page.t(300, y, "Claim status: Processed" if not note else f"Claim status: {note.split(' -')[0]}", 8)
            y += 11
            if note and not cont:
                page.t(44, y, note, 8)
                y += 11
            y += 6
            colhead()

        head()
        for s in svcs:
            if y > 730:
                page.t(568, y, "This claim continues on the next page.", 7.5, False, "r")
                newpage()
                head(" (continued)")
            rem = ["1"]
            if s.copay:
                rem.append("4")
            if "CQ" in s.mods:
                rem.append("7")
            cells = [f"{s.dos:%m/%d/%Y}", s.desc[:34], s.code + (" " + " ".join(s.mods) if s.mods else "")]
            for (name, x, al), v in zip(cols[:3], cells):
                page.t(x, y, v, 7.5, False, al)
            for (name, x, al), v in zip(cols[3:7], [s.billed, s.allowed, s.paid, s.owes]):
                page.t(x, y, money(v, "$"), 7.5, False, al)
            page.t(558, y, ",".join(rem), 7.5)
            o.add(Where(len(doc.pages), y), s, claim_id=acct, payer_claim_id=pcn, patient=patient,
                  printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=rem,
                  overrides={"description": s.desc[:34]})
            y += 12
        page.hl(44, 568, y - 8, 0.4)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        page.t(92, y + 2, "Claim total", 7.5, True)
        for (name, x, al), v in zip(cols[3:7], tv):
            page.t(x, y + 2, money(v, "$"), 7.5, True, al)
        o.claim(acct, pcn, patient, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        y += 28
    legend = [("1", "Approved amount is what your plan agreed to pay this network provider for the service."),
              ("4", "You pay a $20 copay for each outpatient therapy or office visit day."),
              ("7", "Part of this service was given by a therapy assistant.")]
    if y > 680:
        newpage()
    page.t(44, y, "Notes", 10, True)
    for k, (c, t) in enumerate(legend):
        page.t(44, y + 13 + 11 * k, f"{c}   {t}", 7.5)
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        pg.t(44, 768, "Bayview Senior Advantage is an HMO plan with a Medicare contract. Y0417_EOB26_M", 6.5)
        pg.t(568, 768, f"Page {i} of {n}", 7, False, "r")
    return doc, "fpdf2", o, legend, [], "Medicare Advantage member EOB, long claim over two pages, reversal"


# =============================================================================================== L5
def l5():
    """State Medicaid paper RA, reportlab Courier landscape, fixed columns."""
    doc = Doc("Courier", landscape=True)
    o = Out()
    X = 30.0
    CW = 7.2 * 0.6  # Courier advance at 7.2 pt

    def col(n):
        return X + n * CW

    paid = [
        ("GARCIA, SOFIA M", "912004418", "SPT-77120", "2026023004417", [
            (D(1, 6), "97166", 1, ("GO",)), (D(1, 6), "97530", 3, ("GO",)), (D(1, 8), "97530", 4, ("GO", "59")),
            (D(1, 8), "97535", 2, ("GO",)), (D(1, 13), "97530", 4, ("GO",)), (D(1, 13), "97112", 2, ("GO",)),
            (D(1, 15), "97530", 4, ("GO",)), (D(1, 15), "97535", 2, ("GO",)), (D(1, 20), "97530", 3, ("GO",)),
            (D(1, 20), "97140", 1, ("GO", "59")), (D(1, 22), "97530", 4, ("GO",)), (D(1, 22), "97535", 2, ("GO",)),
            (D(1, 27), "97168", 1, ("GO",)), (D(1, 27), "97530", 3, ("GO",))]),
        ("NGUYEN, KHOA", "907731256", "SPT-77164", "2026023004418", [
            (D(1, 7), "92523", 1, ()), (D(1, 14), "92507", 1, ("GN",)), (D(1, 21), "92507", 1, ("GN",)),
            (D(1, 28), "92507", 1, ("GN",))]),
        ("OKONKWO, ADAEZE", "915520087", "SPT-77201", "2026023004419", [
            (D(1, 9), "97165", 1, ("GO",)), (D(1, 16), "97530", 2, ("GO",)), (D(1, 16), "97110", 2, ("GO",)),
            (D(1, 23), "97530", 2, ("GO",)), (D(1, 23), "97110", 2, ("GO",)), (D(1, 30), "97530", 2, ("GO",))]),
        ("FITZGERALD, NORA E", "918842290", "SPT-77215", "2026023004420", [
            (D(1, 5), "92523", 1, ()), (D(1, 12), "92507", 1, ("GN",)), (D(1, 12), "92526", 1, ("GN",)),
            (D(1, 19), "92507", 1, ("GN",)), (D(1, 19), "92526", 1, ("GN",)), (D(1, 26), "92507", 1, ("GN",)),
            (D(1, 26), "92526", 1, ("GN",))]),
    ]
    paid.append(paid.pop(0))
    denied = [("BRANDT, LUKAS J", "903318840", "SPT-77133", "2026023004502", [
        (D(1, 12), "97533", 2, ("GO",), "0392"), (D(1, 12), "97530", 2, ("GO",), "0118")])]
    import samples.pdf.eobgen as eg
    eg.FEE.setdefault("97533", "110.00")
    eg.SCHED.setdefault("97533", "38.12")
    eg.DESC.setdefault("97533", "Sensory integration techniques")
    prior = [Svc(D(12, 16).replace(year=2025), "97530", 4, ("GO",)), Svc(D(12, 16).replace(year=2025), "97535", 2, ("GO",))]
    prior = [medicaid(s) for s in prior]
    credit = [negate(s) for s in prior]
    redo = [medicaid(Svc(s.dos, s.code, u, s.mods)) for s, u in zip(prior, (3, 2))]
    adj = [("ADJUSTMENT - CREDIT", "RIOS, MATEO A", "911840215", "SPT-76904", "2025352001876", credit, "0952"),
           ("ADJUSTMENT - DEBIT", "RIOS, MATEO A", "911840215", "SPT-76904", "2026023004611", redo, "0953")]
    H = "   LN SVC DATE  PROC  MD1 MD2  UNITS     BILLED    ALLOWED       PAID  EOB"
    page = None
    y = 0.0

    def newpage(section):
        nonlocal page, y
        page = doc.new()
        page.t(X, 36, "STATE OF WESTMARCH         DEPARTMENT OF MEDICAL ASSISTANCE PROGRAMS", 8.5, True)
        page.t(X, 48, "MEDICAL ASSISTANCE REMITTANCE ADVICE", 8.5, True)
        page.t(X, 64, "PAYEE: SILVERBROOK PEDIATRIC THERAPY        PROVIDER NO: 0048817200   NPI: 1730559184", 7.2)
        page.t(X, 74, "       4410 CANAL ST  STE 12  RIVERTON WM 60417      RA NO: 0000388412   RA DATE: 02/02/26", 7.2)
        page.t(X, 92, f"*** {section} ***", 7.2, True)
        page.t(X, 106, "RECIPIENT NAME         RECIP ID    PAT ACCT NO   ICN", 7.2, True)
        page.t(X, 115, H, 7.2, True)
        page.t(X, 121, "-" * 120, 7.2)
        y = 132

    def fmtline(ln, s, eob):
        mods = list(s.mods) + ["", ""]
        return (f"   {ln:02d} {s.dos:%m%d%y}    {s.code} {mods[0]:<3} {mods[1]:<3} {s.units:>6.2f} "
                f"{money(s.billed, ''):>10} {money(s.allowed, ''):>10} {money(s.paid, ''):>10}  {eob}")

    def claimblock(section, name, rid, acct, icn, svcs, eobs, status):
        nonlocal y
        if y > 520:
            newpage(section)
        page.t(X, y, f"{name:<22} {rid:<11} {acct:<13} {icn}", 7.2)
        y += 10
        for i, (s, eob) in enumerate(zip(svcs, eobs), 1):
            if y > 500:
                page.t(X, y + 4, "                    ** CLAIM CONTINUED ON NEXT PAGE **", 7.2)
                newpage(section)
                page.t(X, y, f"{name:<22} {rid:<11} {acct:<13} {icn}  (CONT)", 7.2)
                y += 10
            page.t(X, y, fmtline(i, s, eob), 7.2)
            rem = [eob] if eob else []
            o.add(Where(len(doc.pages), y), s, claim_id=acct, payer_claim_id=icn, patient=name,
                  printed=("billed", "allowed", "paid"), remarks=rem, description=False)
            y += 10
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        page.t(X, y, f"   CLAIM TOTAL {status:<21} {money(tb, ''):>10} {money(ta, ''):>10} "
                     f"{money(tp, ''):>10}", 7.2)
        o.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)
        y += 16
        return tp

    newpage("PAID CLAIMS - PROFESSIONAL SERVICES")
    net = ZERO
    for name, rid, acct, icn, items in paid:
        svcs = [medicaid(Svc(dd, c, u, m)) for dd, c, u, m in items]
        eobs = ["0181" if s.discount else "" for s in svcs]
        net += claimblock("PAID CLAIMS - PROFESSIONAL SERVICES", name, rid, acct, icn, svcs, eobs, "PAID")
    newpage("DENIED CLAIMS - PROFESSIONAL SERVICES")
    for name, rid, acct, icn, items in denied:
        svcs = [medicaid(Svc(dd, c, u, m, denied="CO")) for dd, c, u, m, e in items]
        for s in svcs:
            s.not_covered = ZERO
        claimblock("DENIED CLAIMS - PROFESSIONAL SERVICES", name, rid, acct, icn, svcs, [e for *_, e in items],
                   "DENIED")
    y += 8
    page.t(X, y, "*** ADJUSTED CLAIMS ***", 7.2, True)
    y += 14
    for label, name, rid, acct, icn, svcs, eob in adj:
        page.t(X, y, label, 7.2, True)
        y += 10
        net += claimblock("ADJUSTED CLAIMS", name, rid, acct, icn, svcs, [eob] * len(svcs), "ADJ")
    y += 6
    page.t(X, y, f"TOTAL NET PAYMENT THIS RA: {money(net, ','):>12}     WARRANT NO: 7700418825", 7.2, True)
    legend = [("0181", "Paid at the program's maximum allowable fee for the procedure."),
              ("0392", "Procedure is not a covered benefit for this recipient's program."),
              ("0118", "Units billed exceed the limit in the prior authorization on file."),
              ("0952", "Credit: the original claim is reversed in full."),
              ("0953", "Debit: the claim is paid again with the corrected information.")]
    y += 20
    page.t(X, y, "EOB CODE DESCRIPTIONS", 7.2, True)
    for k, (c, t) in enumerate(legend):
        page.t(X, y + 10 + 10 * k, f"{c}  {t.upper()}", 7.2)
    footer_pages(doc, "PAGE {i} OF {n}", 762, 36, 7.2)
    return doc, "reportlab", o, legend, [], "state Medicaid paper RA: paid, denied and adjusted claim sections"


# =============================================================================================== L6
def l6():
    """State Medicaid RA, modern MMIS claim-detail print, fpdf2 DejaVu Sans Condensed portrait, ruled."""
    doc = Doc("DejaVuSansCondensed")
    o = Out()
    import samples.pdf.eobgen as eg
    eg.FEE.setdefault("97533", "110.00")
    eg.SCHED.setdefault("97533", "38.12")
    eg.DESC.setdefault("97533", "Sensory integration techniques")
    claims = [
        ("LIAM PATEL", "70021938845", "60418", "126030000412093", "PAID", None, [
            (D(1, 5), "92523", 1, (), None), (D(1, 12), "92507", 1, ("GN",), None),
            (D(1, 19), "92507", 1, ("GN",), None), (D(1, 26), "92507", 1, ("GN",), None)]),
        ("HANNAH WREN", "70019920371", "60422", "126030000412107", "PAID", Decimal("40.00"), [
            (D(1, 6), "97163", 1, ("GP",), None), (D(1, 6), "97110", 2, ("GP",), None),
            (D(1, 13), "97110", 2, ("GP",), None), (D(1, 13), "97116", 1, ("GP",), None)]),
        ("ELIAS MONTROSE", "70024417760", "60435", "126030000412115", "PAID", None, [
            (D(1, 8), "97530", 2, ("GO",), None), (D(1, 8), "97533", 1, ("GO",), "CO"),
            (D(1, 15), "97530", 2, ("GO",), None), (D(1, 15), "97535", 1, ("GO",), None),
            (D(1, 22), "97530", 2, ("GO",), None), (D(1, 22), "97760", 1, ("GO",), None)]),
        ("ZOEY KARAMANLIS", "70018862194", "60441", "126030000412131", "DENIED", None, [
            (D(1, 9), "97129", 2, (), "CO"), (D(1, 9), "97150", 1, (), "CO")]),
        ("ELIAS MONTROSE", "70024417760", "60436", "126030000412140", "PAID", None, [
            (D(1, 29), "97530", 2, ("GO",), None), (D(1, 29), "97112", 1, ("GO",), None),
            (D(1, 29), "97535", 1, ("GO",), None)]),
    ]
    cols = [("Ln", 40, "l"), ("Svc Date", 56, "l"), ("Proc", 104, "l"), ("Mods", 134, "l"), ("Units", 182, "r"),
            ("Billed", 226, "r"), ("Allowed", 268, "r"), ("TPL", 300, "r"), ("Paid", 342, "r"),
            ("Adj Rsn", 352, "l"), ("Adj Amt", 422, "r"), ("RARC", 432, "l")]
    p = None
    y = 0.0

    def newpage():
        nonlocal p, y
        p = doc.new()
        p.t(40, 40, "NORTHFORK HEALTH COVERAGE PROGRAM", 12, True)
        p.t(40, 53, "Medicaid / CHIP  -  Provider Remittance Advice", 8.5)
        p.t(572, 40, "Remit No. RA-26-0201-55871", 8, False, "r")
        p.t(572, 51, "Payment Date 02/02/2026", 8, False, "r")
        p.t(572, 62, "EFT Trace 0007719034", 8, False, "r")
        p.t(40, 72, "Billing Provider: Meadowgate Therapy Services  NPI 1295837746  Medicaid ID 300118425", 8)
        p.hl(40, 572, 80, 1.0)
        y = 98

    newpage()
    grand = ZERO
    for name, mid, acct, tcn, status, tpl, items in claims:
        svcs = []
        for dd, c, u, m, dn in items:
            s = medicaid(Svc(dd, c, u, m, denied=dn), "96")
            svcs.append(s)
        tpls = [ZERO] * len(svcs)
        if tpl:
            tpls[0] = min(tpl, svcs[0].paid)
            svcs[0].paid -= tpls[0]
            svcs[0].adjs.append(("OA", "23", tpls[0]))
        need = 40 + 14 * len(svcs) + 20
        if y + need > 740:
            newpage()
        p.box(40, y - 10, 532, 28, 0.4, 0.93)
        p.t(44, y, f"Member: {name}", 8, True)
        p.t(190, y, f"Member ID: {mid}", 8)
        p.t(310, y, f"Patient Acct #: {acct}", 8)
        p.t(430, y, f"TCN: {tcn}", 8)
        p.t(44, y + 11, f"Claim Status: {status}", 7.5)
        p.t(190, y + 11, "Claim Type: Professional", 7.5)
        if tpl:
            p.t(310, y + 11, "Other coverage: Pinecrest Employer Health", 7.5)
        y += 30
        for name_, x, al in cols:
            p.t(x, y, name_, 7, True, al)
        p.hl(40, 572, y + 3, 0.4)
        y += 13
        for i, (s, t) in enumerate(zip(svcs, tpls), 1):
            rarc = ["N130"] if s.denied and s.code == "97533" else (["M80"] if s.denied else [])
            cells = [str(i), s.dos.strftime("%m/%d/%Y"), s.code, " ".join(s.mods), f"{s.units:.1f}"]
            for (nm, x, al), v in zip(cols[:5], cells):
                p.t(x, y, v, 7.5, False, al)
            for (nm, x, al), v in zip(cols[5:9], [s.billed, s.allowed, t, s.paid]):
                p.t(x, y, money(v, ","), 7.5, False, al)
            blk = []
            for k, (g, r, a) in enumerate(s.adjs):
                yy = y + 10 * k
                p.t(352, yy, f"{g}-{r}", 7.5)
                p.t(422, yy, money(a, ","), 7.5, False, "r")
                if k:
                    blk.append(yy)
            p.t(432, y, " ".join(rarc), 7.5)
            o.add(Where(len(doc.pages), y, blk), s, claim_id=acct, payer_claim_id=tcn, patient=name,
                  printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=rarc, description=False)
            y += 10 * max(1, len(s.adjs)) + 3
            p.hl(40, 572, y - 9, 0.2)
        tv = [total(svcs, a) for a in ("billed", "allowed")] + [sum(tpls, ZERO), total(svcs, "paid")]
        p.t(104, y + 1, "Claim Totals", 7.5, True)
        for (nm, x, al), v in zip(cols[5:9], tv):
            p.t(x, y + 1, money(v, ","), 7.5, True, al)
        o.claim(acct, tcn, name, billed=tv[0], allowed=tv[1], paid=tv[3])
        grand += tv[3]
        y += 26
    if y > 620:
        newpage()
    p.box(40, y, 532, 60)
    p.t(48, y + 14, "Payment Summary", 9, True)
    p.t(48, y + 28, f"Claims paid this cycle: {money(grand, '$')}", 8)
    p.t(48, y + 40, "Prior negative balance recovered: $0.00", 8)
    p.t(48, y + 52, f"EFT amount: {money(grand, '$')}", 8, True)
    legend = [("N130", "Benefit limits or program rules for this service were applied."),
              ("M80", "Not paid when billed with another service on the same day.")]
    footer_pages(doc, "Page {i} of {n}", 572, 770)
    for pg in doc.pages:
        pg.t(40, 770, "Adjustment reasons use standard group and reason codes; see the Northfork RA guide, section 7.", 6.5)
    return doc, "fpdf2", o, legend, [], "Medicaid MMIS-style RA with stacked adjustment reasons and a TPL line"


# =============================================================================================== L7
def l7():
    """Clearinghouse print of a Medicare Part B remittance, reportlab DejaVu Sans Mono portrait."""
    doc = Doc("DejaVuSansMono")
    o = Out()
    X = 28.0
    FS = 6.6
    claims = [
        ("HOLLAND, RUTH A", "5TK9EA3QW21", "ORR2210-4", "2226014001230", "1457300812", [
            (D(1, 5), "97163", 1, ("GP",)), (D(1, 5), "97110", 2, ("GP",)), (D(1, 7), "97110", 2, ("GP", "KX")),
            (D(1, 7), "97140", 1, ("GP", "59")), (D(1, 9), "97112", 2, ("GP",)), (D(1, 9), "97110", 1, ("GP",)),
            (D(1, 12), "97110", 2, ("CQ", "GP")), (D(1, 12), "97116", 1, ("CQ", "GP")),
            (D(1, 14), "97110", 2, ("GP",)), (D(1, 14), "97140", 1, ("GP", "59")),
            (D(1, 16), "97112", 2, ("GP",)), (D(1, 16), "G0283", 1, ("GP",))]),
        ("PRZYBYLSKI, EDWARD", "8RW4HJ6KT30", "ORR2231-0", "2226014001231", "1457300812", [
            (D(1, 6), "97165", 1, ("GO",)), (D(1, 6), "97535", 2, ("GO",)), (D(1, 8), "97530", 2, ("GO",)),
            (D(1, 8), "97535", 1, ("GO",))]),
        ("DESROSIERS, CLAIRE", "3MN7PQ2VX84", "ORR2240-7", "2226014001232", "1962204417", [
            (D(1, 13), "92523", 1, ("GN",)), (D(1, 20), "92507", 1, ("GN",)), (D(1, 27), "92507", 1, ("GN",))]),
    ]
    ded_first = {"ORR2231-0": Decimal("92.00")}
    rev_src = [Svc(D(12, 22).replace(year=2025), "97110", 3, ("GP",)), Svc(D(12, 22).replace(year=2025), "97140", 1, ("GP",))]
    rev_src = [medicare(s, PlanState()) for s in rev_src]
    rev = [negate(s) for s in rev_src]
    redo = [medicare(Svc(s.dos, s.code, s.units, s.mods + ("59",) if s.code == "97140" else s.mods), PlanState())
            for s in rev_src]
    W = "{:<10} {:<11} {:>3} {:>4} {:<5} {:<8} {:>9} {:>9} {:>7} {:>8} {:<7} {:>8} {:>9}"
    HDR = W.format("PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                   "COINS", "GRP/RC", "AMT", "PROV PD")
    page = None
    y = 0.0

    def newpage():
        nonlocal page, y
        page = doc.new()
        page.t(X, 34, "CLEARPATH EDI SERVICES  -  REMITTANCE PRINT (FROM ELECTRONIC REMITTANCE FILE)", 7.5, True)
        page.t(X, 46, "PAYER: NORTHERN PLAINS MEDICARE SERVICES, PART B JURISDICTION 9", FS)
        page.t(X, 55, "PAYEE: ORCHARD RIDGE REHABILITATION PC    PAYEE NPI: 1659022741    TIN: XX-XXX4417", FS)
        page.t(X, 64, "CHECK/EFT #: 889102334417    PAID DATE: 02/02/2026    REMIT DATE: 01/30/2026", FS)
        page.hl(X, 584, 70, 0.6)
        page.t(X, 82, HDR, FS, True)
        page.hl(X, 584, 86, 0.3)
        y = 98

    def claimhead(name, mid, acct, icn, cont=""):
        nonlocal y
        page.t(X, y, f"NAME {name:<20} MID {mid}  ACNT {acct:<10} ICN {icn}  ASG Y  MOA MA01{cont}", FS)
        y += 10

    newpage()
    allc = [(n, m, a, i, pp, items, None) for n, m, a, i, pp, items in claims[1:]]
    allc.append(("PRZYBYLSKI, EDWARD", "8RW4HJ6KT30", "ORR2188-3", "2225356000912", "1457300812", rev, "22"))
    allc.append(("PRZYBYLSKI, EDWARD", "8RW4HJ6KT30", "ORR2188-3", "2226014001240", "1457300812", redo, "1"))
    allc += [(n, m, a, i, pp, items, None) for n, m, a, i, pp, items in claims[:1]]
    net = ZERO
    for name, mid, acct, icn, perf, items, stat in allc:
        if stat is None:
            ps = PlanState(ded_left=ded_first.get(acct, ZERO))
            svcs = [medicare(Svc(dd, c, u, m), ps) for dd, c, u, m in items]
        else:
            svcs = items
        if y > 690:
            newpage()
        claimhead(name, mid, acct, icn)
        if stat == "22":
            page.t(X, y, "CLAIM STATUS 22 - REVERSAL OF PREVIOUS PAYMENT", FS)
            y += 10
        for s in svcs:
            nrows = max(1, len(s.adjs))
            if y + 9 * nrows > 720:
                page.t(X, y + 2, "*** CLAIM CONTINUED ***", FS)
                newpage()
                claimhead(name, mid, acct, icn, " (CONT)")
            adj = s.adjs or [("", "", None)]
            g, r, a = adj[0]
            page.t(X, y, W.format(perf, f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_s(s.units), s.code,
                                  " ".join(s.mods), money(s.billed, ""), money(s.allowed, ""),
                                  money(s.deductible, ""), money(s.coinsurance, ""), f"{g}-{r}",
                                  money(a, ""), money(s.paid, "")), FS)
            blk = []
            for k, (g2, r2, a2) in enumerate(adj[1:], 1):
                page.t(X, y + 9 * k, " " * 85 + f"{g2 + '-' + r2:<7} {money(a2, ''):>8}", FS)
                blk.append(y + 9 * k)
            o.add(Where(len(doc.pages), y, blk), s, claim_id=acct, payer_claim_id=icn, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  description=False, service_end=s.dos)
            y += 9 * nrows + 1
        tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        pr = total(svcs, "owes")
        page.t(X, y, f"PT RESP {money(pr, ''):>9}" + " " * 17 + "CLAIM TOTALS " +
               f"{money(tv[0], ''):>9} {money(tv[1], ''):>9} {money(tv[2], ''):>7} {money(tv[3], ''):>8}"
               + " " * 18 + f"{money(tv[4], ''):>9}", FS, True)
        o.claim(acct, icn, name, billed=tv[0], allowed=tv[1], paid=tv[4], patient_owes=pr)
        y += 9
        page.t(X, y, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET {money(tv[4], ''):>9}",
               FS)
        net += tv[4]
        y += 16
    if y > 640:
        newpage()
    page.hl(X, 584, y - 6, 0.6)
    page.t(X, y + 4, f"TOTALS:  # OF CLAIMS {len(allc)}    PROVIDER PAID {money(net, ',')}    "
                     f"PROVIDER ADJ AMT 0.00    CHECK AMT {money(net, ',')}", FS, True)
    y += 22
    legend = [("CO-45", "Charge is above the fee schedule amount; provider write-off."),
              ("PR-1", "Applied to the patient's annual deductible."),
              ("PR-2", "Patient's coinsurance share."),
              ("CO-253", "Federal payment reduction (sequestration).")]
    page.t(X, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND STATUS CODES", FS, True)
    for k, (c, t) in enumerate(legend):
        page.t(X, y + 10 + 9 * k, f"{c:<8} {t}", FS)
    footer_pages(doc, "PAGE {i} OF {n}", 584, 772, FS)
    return doc, "reportlab", o, legend, [], "clearinghouse print of a Part B remittance with reversal and correction"


def units_s(u: Decimal) -> str:
    return f"{u.normalize():f}"


# =============================================================================================== L8
def l8():
    """Practice-management 'ERA posting detail' of a Medicare payment, fpdf2 Liberation Sans Narrow landscape."""
    doc = Doc("LiberationSansNarrow", landscape=True)
    o = Out()
    claims = [
        ("Ferreira, Joao", "100482", "2226021118804", Decimal("0"), [
            (D(1, 6), "97161", 1, ("GP",)), (D(1, 6), "97110", 2, ("GP",)), (D(1, 8), "97110", 2, ("GP",)),
            (D(1, 8), "97530", 1, ("GP",))]),
        ("Lindqvist, Ingrid", "100517", "2226021118805", Decimal("92.00"), [
            (D(1, 7), "97165", 1, ("GO",)), (D(1, 7), "97535", 1, ("GO",)), (D(1, 9), "97530", 2, ("GO",)),
            (D(1, 9), "97168", 1, ("GO",))]),
        ("Abernathy, Cole", "100533", "2226021118806", Decimal("0"), [
            (D(1, 12), "92523", 1, ("GN",)), (D(1, 19), "92507", 1, ("GN",)), (D(1, 19), "92526", 1, ("GN",))]),
        ("Ferreira, Lucia", "100540", "2226021118807", Decimal("0"), [
            (D(1, 13), "97110", 2, ("GP",)), (D(1, 13), "0552T", 1, ()), (D(1, 15), "97140", 2, ("GP", "59")),
            (D(1, 15), "97110", 2, ("GP", "KX"))]),
    ]
    cols = [("Patient", 30, "l"), ("Acct #", 100, "l"), ("Payer ICN", 136, "l"), ("DOS", 206, "l"),
            ("CPT", 250, "l"), ("Mod", 278, "l"), ("Units", 324, "r"), ("Charge", 368, "r"), ("Allowed", 412, "r"),
            ("Deduct", 452, "r"), ("Coins", 492, "r"), ("Adj Code", 502, "l"), ("Adj Amt", 576, "r"),
            ("Paid", 620, "r"), ("Remark", 630, "l"), ("Pt Resp", 718, "r"), ("Posted", 728, "l")]
    p = None
    y = 0.0

    def colhead():
        nonlocal y
        for nm, x, al in cols:
            p.t(x, y, nm, 7.5, True, al)
        p.hl(30, 762, y + 4, 0.8)
        y += 16

    def cont_page(patient, acct, icn):
        nonlocal p, y
        p = doc.new()
        p.t(30, 34, "Harborview Rehab Partners - Insurance Payment Posting Detail - ERA Batch 260202-03 (continued)", 9)
        p.t(762, 34, "EFT/Check: 889102336521", 8, False, "r")
        y = 56
        colhead()
        p.t(30, y, patient, 7.5)
        p.t(100, y, acct, 7.5)
        p.t(136, y, icn, 7.5)
        p.t(206, y, "(continued from previous page)", 7.5)
        y += 12

    p = doc.new()
    p.t(30, 34, "Harborview Rehab Partners", 14, True)
    p.t(30, 47, "Insurance Payment Posting Detail - ERA Batch 260202-03", 9)
    p.t(762, 34, "Run date 02/03/2026 07:14", 8, False, "r")
    p.t(762, 45, "User: kmorales", 8, False, "r")
    p.box(30, 56, 732, 30, 0.5)
    p.t(36, 68, "Payer: Northern Plains Medicare Services (Part B)", 8, True)
    p.t(300, 68, "EFT/Check: 889102336521", 8)
    p.t(450, 68, "Check date: 02/02/2026", 8)
    p.t(600, 68, "Payee NPI: 1659022741", 8)
    p.t(36, 80, "Deposit account: Operating - 4417", 8)
    p.t(300, 80, "Claims in batch: 4", 8)
    y = 104
    colhead()
    gt = ZERO
    for patient, acct, icn, ded, items in claims:
        ps = PlanState(ded_left=ded)
        svcs = []
        for dd, c, u, m in items:
            sv = Svc(dd, c, u, m)
            if c == "0552T":
                sv.denied = "PR"
            svcs.append(medicare(sv, ps, deny_reason="96"))
        first = True
        for s in svcs:
            if y + 9 * max(1, len(s.adjs)) > 548:
                cont_page(patient, acct, icn)
            rem = ["N425"] if s.denied else (["N640"] if "KX" in s.mods else [])
            cells = [patient if first else "", acct if first else "", icn if first else "",
                     f"{s.dos:%m/%d/%Y}", s.code, ",".join(s.mods), units_s(s.units)]
            first = False
            for (nm, x, al), v in zip(cols[:7], cells):
                p.t(x, y, v, 7.5, False, al)
            for (nm, x, al), v in zip(cols[7:11], [s.billed, s.allowed, s.deductible, s.coinsurance]):
                p.t(x, y, money(v, ","), 7.5, False, al)
            blk = []
            for k, (g, r, a) in enumerate(s.adjs):
                p.t(502, y + 9 * k, f"{g}{r}", 7.5)
                p.t(576, y + 9 * k, money(a, ","), 7.5, False, "r")
                if k:
                    blk.append(y + 9 * k)
            p.t(620, y, money(s.paid, ","), 7.5, False, "r")
            p.t(630, y, " ".join(rem), 7.5)
            p.t(718, y, money(s.owes, ","), 7.5, False, "r")
            p.t(728, y, "Y", 7.5)
            o.add(Where(len(doc.pages), y, blk), s, claim_id=acct, payer_claim_id=icn, patient=patient,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                  adjustments=s.adjs, remarks=rem, description=False)
            y += 9 * max(1, len(s.adjs)) + 3
            p.hl(250, 762, y - 9, 0.15)
        tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance")]
        p.t(250, y, "Claim subtotal", 7.5, True)
        for (nm, x, al), v in zip(cols[7:11], tv):
            p.t(x, y, money(v, ","), 7.5, True, al)
        tp, to = total(svcs, "paid"), total(svcs, "owes")
        p.t(620, y, money(tp, ","), 7.5, True, "r")
        p.t(718, y, money(to, ","), 7.5, True, "r")
        o.claim(acct, icn, patient, billed=tv[0], allowed=tv[1], paid=tp, patient_owes=to)
        gt += tp
        p.hl(30, 762, y + 5, 0.6)
        y += 18
    if y > 540:
        p = doc.new()
        y = 50
    p.t(368, y, "Batch total paid", 8, True, "r")
    p.t(620, y, money(gt, ","), 8, True, "r")
    legend = [("N425", "Statutorily excluded service; not covered."), ("N640", "Threshold exceeded; medical necessity documented.")]
    y += 20
    p.t(30, y, "Adjustment codes are posted as group+reason (e.g. CO45 = contractual write-off, PR2 = coinsurance, "
               "CO253 = sequestration). Remark codes as received.", 7)
    for pg in doc.pages:
        pg.t(30, 590, "Harborview Rehab Partners  -  PM system report RPT-ERA-220  -  confidential", 7)
    footer_pages(doc, "Page {i} of {n}", 762, 590)
    return doc, "fpdf2", o, legend, [], "practice-management ERA posting detail for a Medicare payment"


# =============================================================================================== L9
def l9():
    """Pediatric therapy clinic family statement with stub and sidebar, reportlab DejaVu Sans portrait."""
    doc = Doc("DejaVuSans")
    o = Out()
    st = PlanState(ded_left=Decimal("60.00"), copay_codes={}, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    visits = [
        ("Ellie Solberg", "V-30418", "PCH2601449182", [(D(1, 7), "92507", 1, ("GN",)), (D(1, 7), "92526", 1, ("GN",))]),
        ("Ellie Solberg", "V-30471", "PCH2601452206", [(D(1, 14), "92507", 1, ("GN",))]),
        ("Jonas Solberg", "V-30425", "PCH2601449305", [(D(1, 8), "97166", 1, ("GO",)), (D(1, 8), "97530", 2, ("GO",))]),
        ("Jonas Solberg", "V-30488", "PCH2601455019", [(D(1, 15), "97530", 3, ("GO",)), (D(1, 15), "97533", 1, ("GO",))]),
        ("Ruby Solberg", "V-30502", "PCH2601458840", [(D(1, 16), "97110", 2, ("GP",)), (D(1, 16), "97112", 1, ("GP",)),
                                                      (D(1, 16), "97140", 1, ("GP", "59"))]),
        ("Ellie Solberg", "V-30533", None, [(D(1, 21), "92507", 1, ("GN",))]),
        ("Jonas Solberg", "V-30540", None, [(D(1, 22), "97530", 2, ("GO",)), (D(1, 22), "97535", 1, ("GO",))]),
    ]
    import samples.pdf.eobgen as eg
    eg.FEE.setdefault("97533", "110.00")
    eg.SCHED.setdefault("97533", "38.12")
    eg.DESC.setdefault("97533", "Sensory integration techniques")
    cols = [("Date", 36, "l"), ("Code", 88, "l"), ("Description", 142, "l"), ("Qty", 282, "r"),
            ("Charges", 330, "r"), ("Ins Paid", 372, "r"), ("Ins Adj", 410, "r"), ("Your Part", 452, "r")]
    p = doc.new()
    # remittance stub
    p.t(36, 38, "BRIGHTWATER KIDS THERAPY", 13, True)
    p.t(36, 50, "3300 Lantern Way, Suite 210  -  Delmont, CO 80911  -  (555) 403-2290", 7.5)
    stub = [("Statement Date", "02/02/2026"), ("Account No.", "G-5571"), ("Amount Due", ""),
            ("Amount Enclosed", "$")]
    for k, (a, b) in enumerate(stub):
        p.box(336 + 60 * k, 62, 60, 30)
        p.t(340 + 60 * k, 72, a, 6)
        p.t(340 + 60 * k, 86, b, 8, True)
    p.t(36, 80, "Renata Solberg", 9)
    p.t(36, 91, "61 Quarry Hill Rd", 9)
    p.t(36, 102, "Delmont, CO 80911", 9)
    p.t(336, 104, "Please detach and return the top portion with your payment.", 6.5)
    for x in range(36, 576, 6):
        p.hl(x, x + 3, 114, 0.4)
    # sidebar
    p.box(470, 126, 106, 250, 0.5, 0.95)
    side = ["QUESTIONS?", "Billing office", "(555) 403-2291", "Mon-Fri 8:30-4:30", "", "INSURANCE ON FILE",
            "Prairie Crest Health", "PPO 2000", "ID PCX88410273", "", "AGING", "Current", "31-60 days  $0.00",
            "61-90 days  $0.00", "Over 90  $0.00", "", "We accept card,", "check or online", "payment at", "brightwaterkids.example"]
    for k, t in enumerate(side):
        p.t(476, 140 + 11 * k, t, 6.8, t.isupper() and bool(t))
    p.t(36, 136, "ACCOUNT ACTIVITY SINCE YOUR LAST STATEMENT", 9, True)
    p.t(36, 148, "Guarantor: Renata Solberg    Account G-5571    Previous balance $0.00", 7.5)
    y = 166
    page_no = 1

    def colhead():
        nonlocal y
        for nm, x, al in cols:
            p.t(x, y, nm, 7, True, al)
        p.hl(36, 462, y + 3, 0.6)
        y += 13

    colhead()
    due = ZERO
    for patient, visit, icl, items in visits:
        svcs = []
        for dd, c, u, m in items:
            s = commercial(Svc(dd, c, u, m, denied="PR" if c == "97533" else None), st, "204")
            svcs.append(s)
        pending = icl is None
        if y > 700:
            p = doc.new()
            page_no += 1
            p.t(36, 40, "Brightwater Kids Therapy  -  Statement for account G-5571 (continued)", 8, True)
            y = 62
        label = f"{patient}  -  Visit {visit}"
        label += f"  -  Billed to Prairie Crest Health, claim {icl}" if icl else "  -  Billed to Prairie Crest Health, awaiting payment"
        p.t(36, y, label, 7.3, True)
        y += 11
        for s in svcs:
            ins_adj = s.discount
            short = wrap(s.desc, 26)[0]
            vals = [f"{s.dos:%m/%d/%Y}", " ".join((s.code,) + s.mods), short, units_s(s.units)]
            for (nm, x, al), v in zip(cols[:4], vals):
                p.t(x, y, v, 7, False, al)
            p.t(330, y, money(s.billed, ","), 7, False, "r")
            if pending:
                p.t(372, y, "pending", 7, False, "r")
                printed = ("billed",)
            else:
                p.t(372, y, money(s.paid, ","), 7, False, "r")
                p.t(410, y, money(ins_adj, ","), 7, False, "r")
                p.t(452, y, money(s.owes, ","), 7, False, "r")
                printed = ("billed", "paid", "discount", "patient_owes")
                due += s.owes
            o.add(Where(page_no, y), s, claim_id=visit, payer_claim_id=icl, patient=patient, printed=printed,
                  overrides={"description": short})
            y += 11
        o.claim(visit, icl, patient)
        y += 5
    y += 4
    p.t(36, y, "01/26/2026", 7)
    p.t(142, y, "Payment received - thank you (card ending 4412)", 7)
    p.t(452, y, "-25.00", 7, False, "r")
    y += 16
    p.hl(36, 462, y - 8, 0.6)
    p.t(36, y, "AMOUNT DUE NOW", 9, True)
    p.t(452, y, money(due - Decimal("25.00"), "$"), 9, True, "r")
    p.t(36, y + 13, "Visits marked awaiting payment are not yet billed to you. Payment is due within 30 days.", 7)
    doc.pages[0].t(460, 86, money(due - Decimal("25.00"), "$"), 8, True)
    footer_pages(doc, "Page {i} of {n}", 576, 770)
    return doc, "reportlab", o, [], [], "therapy clinic family statement with visit headings and a sidebar"


# =============================================================================================== L10
def l10():
    """Hospital patient-financial-services family statement, fpdf2 Liberation Serif portrait."""
    doc = Doc("LiberationSerif")
    o = Out()
    accts = [
        ("Tomas Reyes-Whitfield", "6002184471", "CB26-0019-44810", [
            (D(1, 5), "0434", "97167", 1, ("GO",)), (D(1, 5), "0434", "97535", 2, ("GO",)),
            (D(1, 7), "0434", "97530", 3, ("GO",)), (D(1, 7), "0434", "97535", 2, ("GO",)),
            (D(1, 9), "0434", "97530", 3, ("GO",)), (D(1, 9), "0434", "97140", 1, ("GO", "59")),
            (D(1, 12), "0434", "97530", 3, ("GO",)), (D(1, 12), "0434", "97760", 1, ("GO",)),
            (D(1, 12), "0274", "L3807", 1, ("RT",)), (D(1, 14), "0434", "97530", 2, ("GO",)),
            (D(1, 14), "0434", "97535", 2, ("GO",)), (D(1, 16), "0434", "97530", 3, ("GO",)),
            (D(1, 16), "0434", "97140", 1, ("GO", "59")), (D(1, 19), "0434", "97530", 3, ("GO",)),
            (D(1, 19), "0434", "97535", 1, ("GO",)), (D(1, 21), "0434", "97530", 3, ("GO",)),
            (D(1, 21), "0434", "97168", 1, ("GO",)), (D(1, 23), "0434", "97530", 2, ("GO",)),
            (D(1, 23), "0434", "97535", 2, ("GO",))]),
        ("Marisol Reyes-Whitfield", "6002190385", "CB26-0021-10377", [
            (D(1, 13), "0424", "97161", 1, ("GP",)), (D(1, 13), "0424", "97110", 3, ("GP",)),
            (D(1, 20), "0424", "97110", 2, ("GP",)), (D(1, 20), "0424", "97140", 2, ("GP", "59")),
            (D(1, 20), "0424", "97140", -2, ("GP", "59")), (D(1, 20), "0424", "97140", 1, ("GP", "59"))]),
        ("Ana Reyes-Whitfield", "6002195562", "CB26-0024-88105", [
            (D(1, 22), "0444", "92523", 1, ()), (D(1, 29), "0444", "92507", 1, ("GN",))]),
    ]
    cols = [("Date", 48, "l"), ("Rev", 100, "l"), ("CPT/HCPCS", 130, "l"), ("Description", 200, "l"),
            ("Qty", 440, "r"), ("Charges", 520, "r")]
    p = None
    y = 0.0

    def newpage(first=False):
        nonlocal p, y
        p = doc.new()
        p.t(48, 42, "St. Ansgar Community Hospital", 15, True)
        p.t(48, 55, "Patient Financial Services  -  500 Vesper Avenue  -  Lindell Falls, WA 98871", 8.5)
        p.t(564, 42, "Family Statement", 11, True, "r")
        p.hl(48, 564, 62, 1.2)
        if first:
            p.t(48, 80, "Guarantor: Elena Reyes-Whitfield", 9.5, True)
            p.t(48, 92, "1708 Sorrel Court, Lindell Falls, WA 98871", 9)
            p.t(360, 80, "Statement date: 02/02/2026", 9)
            p.t(360, 92, "Guarantor no.: 88014527", 9)
            p.t(48, 112, "This statement lists outpatient rehabilitation charges for each member of your family.", 9)
            p.t(48, 124, "Insurance has been billed for you. Amounts due are shown at the end of each account.", 9)
            y = 148
        else:
            p.t(48, 78, "Guarantor: Elena Reyes-Whitfield    Guarantor no.: 88014527", 8.5)
            y = 98

    def colhead():
        nonlocal y
        for nm, x, al in cols:
            p.t(x, y, nm, 8.5, True, al)
        p.hl(48, 564, y + 4, 0.5)
        y += 15

    newpage(True)
    for patient, acct, icl, items in accts:
        if y > 640:
            newpage()

        def acct_head(cont=""):
            nonlocal y
            p.box(48, y - 11, 516, 28, 0.5, 0.9)
            p.t(54, y, f"Patient: {patient}", 9.5, True)
            p.t(330, y, f"Account no. {acct}{cont}", 9.5, True)
            p.t(54, y + 12, "Outpatient Rehabilitation Services", 8.5)
            y += 30
            colhead()

        acct_head()
        svcs = []
        for dd, rev, c, u, m in items:
            if u < 0:
                s = negate(Svc(dd, c, -u, m))
                s.desc = "Charge correction - " + DESCX(c)
            else:
                s = Svc(dd, c, u, m)
                s.desc = DESCX(c)
            svcs.append(s)
            if y > 720:
                p.t(564, y, "Account continued on next page", 8, False, "r")
                newpage()
                acct_head(" (continued)")
            vals = [f"{s.dos:%m/%d/%y}", rev, " ".join((s.code,) + s.mods), s.desc, units_s(s.units)
                    if s.billed >= 0 else units_s(-s.units)]
            for (nm, x, al), v in zip(cols[:5], vals):
                p.t(x, y, v, 8.5, False, al)
            p.t(520, y, money(s.billed, ",", "trail") if s.billed < 0 else money(s.billed, ","), 8.5, False, "r")
            o.add(Where(len(doc.pages), y), s, claim_id=acct, payer_claim_id=icl, patient=patient,
                  printed=("billed",), units=True,
                  overrides={"units": units_s(-s.units) if s.billed < 0 else units_s(s.units)})
            y += 12
        tb = total(svcs, "billed")
        p.hl(440, 564, y - 8, 0.5)
        p.t(440, y + 2, "Total charges", 8.5, True, "r")
        p.t(520, y + 2, money(tb, ","), 8.5, True, "r")
        ins = q(tb * Decimal("0.61"))
        adj = q(tb * Decimal("0.27"))
        y += 14
        p.t(200, y, f"Cascadia Blue Shield PPO - claim no. {icl} - payment 01/30/2026", 8.5)
        p.t(520, y, money(-ins, ",", "trail"), 8.5, False, "r")
        y += 12
        p.t(200, y, "Cascadia Blue Shield PPO - contractual adjustment", 8.5)
        p.t(520, y, money(-adj, ",", "trail"), 8.5, False, "r")
        y += 12
        p.t(440, y + 2, "Patient balance", 8.5, True, "r")
        p.t(520, y + 2, money(tb - ins - adj, ","), 8.5, True, "r")
        o.claim(acct, icl, patient, billed=tb)
        y += 28
    if y > 700:
        newpage()
    p.t(48, y, "Please pay the total of the patient balances above. Financial assistance is available; ask us.", 8.5)
    footer_pages(doc, "Page {i} of {n}", 564, 770, 8)
    return doc, "fpdf2", o, [], [], "hospital family statement, per-account charge detail, charge correction"


def DESCX(code: str) -> str:
    from samples.pdf.eobgen import DESC as _D
    return {"L3807": "Wrist-hand orthosis, custom fit", "97760": "Orthotic fitting and training"}.get(code, _D[code])
LAYOUTS = [l1, l2, l3, l4, l5, l6, l7, l8, l9, l10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout173_"))
    refuse_samples(out)
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for i, fn in enumerate(LAYOUTS, 1):
        doc, producer, o, legend, findings, desc = fn()
        name = f"h173_v{i}_{fn.__name__}.pdf"
        path = out / name
        if producer == "reportlab":
            doc.render_reportlab(path, f"Held-out 173 layout {i}")
        else:
            doc.render_fpdf(path, f"Held-out 173 layout {i}")
        write_truth(path, f"heldout173-v{i}", producer, len(doc.pages), desc, o.lines, o.claims, legend, findings)
        if check:
            truth = json.loads(Path(str(path) + ".truth.json").read_text())
            errs = check_file(path, truth, o.wheres)
            status = "OK" if not errs else f"{len(errs)} problem(s)"
            print(f"{name}: {len(o.lines)} lines, {len(doc.pages)} pages, {len(o.claims)} claims: {status}")
            for e in errs[:25]:
                print("   ", e)
            bad += bool(errs)
        else:
            print(path)
    print(f"written to {out}")
    if check:
        print("CHECK PASSED" if not bad else f"CHECK FAILED in {bad} file(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
