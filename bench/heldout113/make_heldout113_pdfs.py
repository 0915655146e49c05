"""Write the HELD-OUT set 113 of synthetic PDF EOB layouts (with truth files) into a folder: an independent,
honest measurement of the PDF reader on the five commonest real document kinds, two house styles each, in
house styles unlike the earlier held-out sets.

Run:  python bench/heldout113/make_heldout113_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout113/make_heldout113_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the line); claim_id = the provider's own account /
patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / CCN / reference,
patient exactly as printed (the person who got the service, not the guarantor or subscriber). Adjustments are
recorded only where the page prints group + reason + amount for the line. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Helper: h113kit.py (drawing kit for both producers + the self-check).

Layouts:
  t01 commercial PPO member EOB to a subscriber for a family of three, portrait Liberation Sans: page-1
      "Summary of claims" box, per-claim heading "Patient / Claim number / Patient account / Provider",
      "Date of service / What was done / Code / Billed / Network discount / Allowed / Deductible / Copay /
      Coinsurance / Plan paid / You owe / Remark", code and modifiers "97530 GO", a wrapped description, a
      denied service, a 19-line claim continued on page 2 with "(continued)" and the header repeated,
      remark legend (reportlab)
  t02 commercial HMO member EOB "Benefit Explanation", landscape DejaVu Sans Condensed, fully ruled grid:
      "Svc Date / Proc / Mod / Qty / Description / Charges / Not Covered / Eligible / Copay / Deductible /
      Coins / Paid / Member Resp / Msg", modifiers comma-joined "GN,59", three family members, visit copay,
      a denied line, PLANTED claim-total mismatch (fpdf2)
  t03 Medicare Summary Notice, Part B, portrait DejaVu Serif: page-1 "Your deductible status" and totals,
      claims under "Jan 6, 2026" date headings with "Claim number" and provider, "Service Provided & Billing
      Code / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be
      Billed / See Notes", the quantity inside the wording ("3 services"), code in parentheses "(97110 GP)",
      a denied service, notes A-D (reportlab)
  t04 Medicare Advantage HMO member EOB, portrait Liberation Sans Narrow: "Claims for medical care you
      received", per-claim header bar with claim ID and provider, "Date(s) / Service you got / Provider's
      charge / Plan's approved amount / Plan's share / Your share", "Jan 6, 2026" dates, code after wording
      "(HCPCS 97140-GP)", per-visit copay, a 0.00 approved line, claim continued on page 2 without the header
      repeated, year-to-date box (fpdf2)
  t05 state Medicaid remittance advice, landscape core Courier, line-printer style: banner on every page,
      "CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS" sections, claim row "PATIENT NAME / MEDICAID NO /
      ICN / PCN", detail rows "DOS FROM-TO / POS / UNITS / PROC-MOD / BILLED / ALLOWED / PAID / EOB",
      state EOB codes, a void with trailing-minus amounts and its replacement, a claim continued over the
      page break with the banner and column heads repeated (reportlab)
  t06 state Medicaid remittance advice, portrait DejaVu Sans Mono (fpdf2): one row per service with the
      recipient "LAST, FIRST" and CCN on every row, "SVC DATE / PROC MD / QTY / BILLED / PAID / RAD",
      CARC amounts in a column "CO45 12.30", a zero-paid denial, section subtotals
  t07 Medicare standard paper remit printed by a clearinghouse, landscape Liberation Mono (fpdf2): NAME / MID
      / ACNT / ICN / ASG / MOA heads, PERF PROV / SERV DATE "0106 010626" / POS / NOS / PROC / MODS / BILLED /
      ALLOWED / DEDUCT / COINS / GRP/RC-AMT stacked one per text line / PROV PD, PT RESP and CLAIM TOTALS rows,
      a denied claim, provider-level totals
  t08 practice-management "Remittance Detail" of a Medicare payment, portrait DejaVu Sans Condensed (reportlab):
      shaded claim bar "Patient / Acct # / Payer ICN / Status", columns "DOS / CPT / Mod / Units / Charge /
      Allowed / Deduct / Coins / Paid", an "Adj:" sub-row under each service "CO-45 201.52  PR-2 23.70", a
      reversal claim (status 22) with leading-minus amounts and its correction, a 27-line claim continued on
      page 2 with the claim bar and column header repeated, EFT summary
  t09 outpatient therapy clinic family statement to a guarantor, portrait core Helvetica (fpdf2): remittance
      stub, visit heading rows "Visit 30-118 ... Billed to ... claim #", rows "Date / Patient / Service / CPT /
      Units / Charge / Ins Paid / Adj / You Owe", three family members, payments as non-service rows, rows
      continue to page 2 without the column header, amount-due line
  t10 hospital outpatient-rehab household statement, portrait Liberation Serif (reportlab): account boxes per
      family member, "Svc Date / Rev / Description / HCPCS / Qty / Charges", insurance activity rows carrying the
      payer claim number, wrapped descriptions, an account continued on page 2 with "(continued)"

The self-check (--check) tests the factory, not the reader: each truth line's code, modifiers, units and every
non-null amount are on ONE text row of its page (pdfplumber text lines; adjustment group/reason/amount on that
row or the next sub-row(s) where the layout stacks them), dates and remark codes on the page, ids and patients
in the document, the page count, the documents' own arithmetic (billed - discount - not covered = allowed where
printed; billed - adjustments = paid where every adjustment is printed), and claim totals = sum of lines and
printed in the document, unless the mismatch is a planted expected finding (and then it really is one).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    FIXED_WHEN, LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,
    negate, q, total, truth_line, units_str, write_truth,
)
from h113kit import Doc, check_folder, footers  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = lambda m, d: date(2026, m, d)  # noqa: E731


def code_mod(s: Svc, sep=" ", glue=False) -> str:
    if glue:
        return s.code + "".join(s.mods)
    return sep.join((s.code,) + tuple(s.mods))


class Flow:
    """A y cursor with page breaks; on_page(flow, continued) draws page furniture and returns the new y."""

    def __init__(self, doc: Doc, bottom: float, on_page):
        self.doc, self.bottom, self.on_page = doc, bottom, on_page
        self.y = on_page(self, False)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.on_page(self, True)
            return True
        return False


# =========================================================================================== t01
def t01():
    doc = Doc(*LETTER)
    F, FB = "LS", "LS-B"
    payer = "LARCHMONT MUTUAL HEALTH"
    sub = "Desmond Okafor-Reyes"
    st = PlanState(ded_left=Decimal("180.00"), coins_rate=Decimal("0.20"))
    claims = [
        dict(pat="Ilse Okafor-Reyes", icn="LM26-0114-00382", acct="BWH-55120", prov="Brightwater Hand & Occupational Therapy",
             svcs=[Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97760", 2, ("GO",), desc=LONG_DESC["97760"]),
                   Svc(D(1, 6), "L3807", 1, ("RT",))]),
        dict(pat="Tobiah Okafor-Reyes", icn="LM26-0121-00917", acct="BWH-55188", prov="Brightwater Hand & Occupational Therapy",
             svcs=[Svc(D(1, dd), c, u, ("GO",) if c != "97140" else ("GO", "59"))
                   for dd in (5, 8, 12, 15, 20, 22) for c, u in (("97530", 2), ("97110", 1), ("97140", 1))
                   ] + [Svc(D(1, 26), "97535", 1, ("GO",), denied="PR")]),
        dict(pat="Desmond Okafor-Reyes", icn="LM26-0127-01204", acct="44017-2", prov="Quarry Lane Physical Therapy",
             svcs=[Svc(D(1, 19), "97161", 1, ("GP",)), Svc(D(1, 19), "97112", 2, ("GP",)),
                   Svc(D(1, 19), "G0283", 1, ("GP",))]),
    ]
    claims = [claims[0], claims[2], claims[1]]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["R7"]
            elif s.deductible:
                s.remarks = ["R2"]
            else:
                s.remarks = ["R1"]
    cols = [("Date of\nservice", 40, "l"), ("What was done", 88, "l"), ("Code", 214, "l"), ("Billed", 282, "r"),
            ("Network\ndiscount", 322, "r"), ("Allowed", 362, "r"), ("Deduct-\nible", 400, "r"), ("Copay", 433, "r"),
            ("Coins-\nurance", 470, "r"), ("Plan\npaid", 510, "r"), ("You\nowe", 548, "r"), ("Remark", 556, "l")]

    def header(fl):
        y = fl.y
        fl.doc.rect(36, y - 2, 540, 22, fill=0.88, stroke=False)
        for lab, x, al in cols:
            for k, part in enumerate(lab.split("\n")):
                fl.doc.text(x, y + 7 + k * 8, part, FB, 6.6, al)
        fl.y += 26

    def on_page(fl, cont):
        d = fl.doc
        d.text(40, 42, payer, FB, 14)
        d.text(40, 54, "PO Box 7720, Harwick, OH 43911  |  Member services 1-800-555-0142", F, 7.5)
        d.text(572, 42, "EXPLANATION OF BENEFITS", FB, 11, "r")
        d.text(572, 54, "THIS IS NOT A BILL", F, 8, "r")
        d.line(36, 62, 576, 62, 1.2)
        if not cont:
            return 74
        d.text(40, 76, f"Subscriber: {sub}   Member ID: LMH884102316   Statement date: 02/03/2026", F, 7.5)
        return 90

    fl = Flow(doc, 740, on_page)
    d = doc
    d.text(40, fl.y + 4, sub.upper(), FB, 9)
    d.text(40, fl.y + 15, "1187 Fernbrook Terrace", F, 8)
    d.text(40, fl.y + 25, "Harwick, OH 43915", F, 8)
    d.text(360, fl.y + 4, "Member ID: LMH884102316", F, 8)
    d.text(360, fl.y + 15, "Group: 0073311 Cedar & Pike Logistics", F, 8)
    d.text(360, fl.y + 25, "Statement date: 02/03/2026", F, 8)
    fl.y += 40
    allsv = [s for c in claims for s in c["svcs"]]
    d.rect(36, fl.y, 540, 62, fill=None)
    d.text(44, fl.y + 13, "Summary of claims on this statement", FB, 9)
    labels = [("Total billed by providers", total(allsv, "billed")), ("Your plan paid", total(allsv, "paid")),
              ("Network discounts you saved", total(allsv, "discount")), ("Total you may owe", total(allsv, "owes"))]
    for k, (lab, v) in enumerate(labels):
        x = 44 + (k % 2) * 270
        yy = fl.y + 30 + (k // 2) * 14
        d.text(x, yy, lab, F, 8)
        d.text(x + 240, yy, money(v), FB, 8, "r")
    d.text(44, fl.y + 56, "Deductible met this plan year: $180.00 of $500.00 (individual)", F, 7)
    fl.y += 76
    lines, ctruth = [], []
    for c in claims:
        fl.need(70)

        def claim_head(cont=False):
            d.rect(36, fl.y, 540, 30, fill=0.95)
            d.text(42, fl.y + 11, f"Patient: {c['pat']}" + ("  (continued)" if cont else ""), FB, 8.5)
            d.text(300, fl.y + 11, f"Claim number: {c['icn']}", F, 8)
            d.text(42, fl.y + 23, f"Provider: {c['prov']}", F, 8)
            d.text(300, fl.y + 23, f"Patient account: {c['acct']}", F, 8)
            fl.y += 38
            header(fl)
        claim_head()
        for s in c["svcs"]:
            wrapped = d.wrap(s.desc, F, 7, 120)
            if fl.need(12 * len(wrapped) + 4):
                claim_head(cont=True)
            y = fl.y
            vals = [dfmt(s.dos, "mdy4"), wrapped[0], code_mod(s), money(s.billed, ","), money(s.discount, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","),
                    money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            for (lab, x, al), v in zip(cols, vals):
                d.text(x, y, v, F, 7, al)
            for k, extra in enumerate(wrapped[1:], 1):
                d.text(88, y + 9 * k, extra, F, 7)
            d.line(36, y + 9 * len(wrapped) - 5, 576, y + 9 * len(wrapped) - 5, 0.3, 0.6)
            fl.y += 9 * len(wrapped) + 4
            lines.append(truth_line(d.pno, s, claim_id=c["acct"], payer_claim_id=c["icn"], patient=c["pat"],
                                    units=False, remarks=s.remarks,
                                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "patient_owes")))
        fl.need(16)
        sv = c["svcs"]
        d.text(88, fl.y + 2, "Claim total", FB, 7)
        for key, x in (("billed", 282), ("discount", 322), ("allowed", 362), ("deductible", 400), ("copay", 433),
                       ("coinsurance", 470), ("paid", 510), ("owes", 548)):
            d.text(x, fl.y + 2, money(total(sv, key), ","), FB, 7, "r")
        fl.y += 20
        ctruth.append({"claim_id": c["acct"], "payer_claim_id": c["icn"], "patient": c["pat"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    legend = [("R1", "Your provider is in network; you are not billed for the network discount."),
              ("R2", "Part of the allowed amount counted toward your deductible."),
              ("R7", "This service is not a covered benefit under your plan, so the charge is yours.")]
    fl.need(60)
    d.text(40, fl.y + 4, "Remark codes", FB, 8.5)
    fl.y += 14
    for k, v in legend:
        d.text(40, fl.y + 2, k, FB, 7.5)
        d.text(64, fl.y + 2, v, F, 7.5)
        fl.y += 11
    fl.need(30)
    d.text(40, fl.y + 6, "Questions or an appeal? Call 1-800-555-0142 within 180 days of this statement.", F, 7.5)
    footers(doc, "Page {p} of {n}", 306, 770, F, 7)
    return doc, "reportlab", lines, ctruth, legend, [], "commercial PPO member EOB, family of three"


# =========================================================================================== t02
def t02():
    doc = Doc(*LAND)
    F, FB = "DVSC", "DVSC-B"
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.78"))
    claims = [
        dict(pat="Yuki Brannigan", icn="CRH2601087331", acct="PT-770142", prov="Saltmarsh Pediatric Therapy Group",
             svcs=[Svc(D(1, 7), "92523", 1, ("GN",)), Svc(D(1, 14), "92507", 1, ("GN",)),
                   Svc(D(1, 21), "92507", 1, ("GN",)), Svc(D(1, 21), "97129", 1, ("GN", "59"))]),
        dict(pat="Marisol Brannigan", icn="CRH2601091208", acct="PT-770155", prov="Saltmarsh Pediatric Therapy Group",
             svcs=[Svc(D(1, 9), "97165", 1, ("GO",)), Svc(D(1, 16), "97530", 3, ("GO",)),
                   Svc(D(1, 16), "97535", 1, ("GO",)), Svc(D(1, 23), "97530", 2, ("GO",)),
                   Svc(D(1, 23), "0552T", 1, (), denied="PR")]),
        dict(pat="Conor Brannigan", icn="CRH2601095544", acct="PT-770163", prov="Eastgate Sports Rehab",
             svcs=[Svc(D(1, 12), "97163", 1, ("GP",)), Svc(D(1, 12), "97110", 2, ("GP", "KX")),
                   Svc(D(1, 26), "97140", 1, ("GP",)), Svc(D(1, 26), "97116", 2, ("GP",))]),
    ]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st, deny_reason="114")
            s.remarks = ["X4"] if s.denied else (["C1"] if s.copay else ["P0"])
    short = {"92523": "Speech/language eval", "92507": "Speech therapy", "97129": "Cognitive therapy",
             "97165": "OT evaluation", "97530": "Therapeutic activity", "97535": "Self-care training",
             "0552T": "Laser therapy", "97163": "PT evaluation", "97110": "Exercise therapy",
             "97140": "Manual therapy", "97116": "Gait training"}
    cols = [("Svc Date", 40, 82, "l"), ("Proc", 82, 116, "l"), ("Mod", 116, 150, "l"), ("Qty", 150, 170, "r"),
            ("Description", 170, 262, "l"), ("Charges", 262, 316, "r"), ("Not Covered", 316, 370, "r"),
            ("Eligible", 370, 424, "r"), ("Copay", 424, 470, "r"), ("Deductible", 470, 520, "r"),
            ("Coins", 520, 566, "r"), ("Paid", 566, 622, "r"), ("Member Resp", 622, 684, "r"),
            ("Msg", 684, 752, "l")]

    def on_page(fl, cont):
        d = fl.doc
        d.rect(36, 28, 720, 34, fill=0.82, stroke=False)
        d.rect(36, 62, 720, 3, fill=0.3, stroke=False)
        d.text(46, 50, "Cobalt Ridge Health Plan", FB, 15)
        d.text(746, 44, "Benefit Explanation", FB, 10, "r")
        d.text(746, 56, "Keep for your records - this is not a bill", F, 7, "r")
        d.text(42, 76, "Subscriber: Padraig Brannigan    Member No. CRX-50-118823-01    Plan: Cobalt Ridge HMO Gold 25",
               F, 7.5)
        d.text(750, 76, "Issued 02/06/2026", F, 7.5, "r")
        return 92

    fl = Flow(doc, 560, on_page)
    d = doc
    lines, ctruth = [], []
    planted = claims[1]["icn"]
    findings = []
    for c in claims:
        n = len(c["svcs"])
        fl.need(40 + 14 * (n + 2))
        d.text(42, fl.y + 6, f"Member: {c['pat']}", FB, 8.5)
        d.text(260, fl.y + 6, f"Claim No: {c['icn']}", F, 8)
        d.text(430, fl.y + 6, f"Provider: {c['prov']}", F, 8)
        d.text(750, fl.y + 6, f"Your Acct: {c['acct']}", F, 8, "r")
        fl.y += 12
        top = fl.y
        d.rect(40, fl.y, 712, 14, fill=0.85)
        for lab, x0, x1, al in cols:
            d.text(x0 + 3 if al == "l" else x1 - 3, fl.y + 10, lab, FB, 6.8, al)
        fl.y += 14
        for s in c["svcs"]:
            vals = [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units), short[s.code],
                    money(s.billed, ","), money(s.not_covered + s.discount, ","), money(s.allowed, ","),
                    money(s.copay, ","), money(s.deductible, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    money(s.owes, ","), " ".join(s.remarks)]
            for (lab, x0, x1, al), v in zip(cols, vals):
                d.text(x0 + 3 if al == "l" else x1 - 3, fl.y + 10, v, F, 6.8, al)
            fl.y += 14
            lines.append(truth_line(d.pno, s, claim_id=c["acct"], payer_claim_id=c["icn"], patient=c["pat"],
                                    remarks=s.remarks,
                                    printed=("billed", "allowed", "copay", "deductible", "coinsurance", "paid",
                                             "patient_owes"), overrides={"description": short[s.code]}))
        sv = c["svcs"]
        tot = {k: total(sv, k) for k in ("billed", "allowed", "copay", "deductible", "coinsurance", "paid", "owes")}
        tot["nc"] = total(sv, "not_covered") + total(sv, "discount")
        if c["icn"] == planted:
            tot["owes"] += Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {planted}: printed Member Resp total {q(tot['owes'])} "
                            f"but the lines add up to {q(total(sv, 'owes'))}")
        d.rect(40, fl.y, 712, 14, fill=0.95)
        tv = ["Totals", "", "", "", "", money(tot["billed"], ","), money(tot["nc"], ","), money(tot["allowed"], ","),
              money(tot["copay"], ","), money(tot["deductible"], ","), money(tot["coinsurance"], ","),
              money(tot["paid"], ","), money(tot["owes"], ","), ""]
        for (lab, x0, x1, al), v in zip(cols, tv):
            d.text(x0 + 3 if al == "l" else x1 - 3, fl.y + 10, v, FB, 6.8, al)
        fl.y += 14
        for lab, x0, x1, al in cols:
            d.line(x0, top, x0, fl.y, 0.4)
        d.line(752, top, 752, fl.y, 0.4)
        for yy in range(int(top), int(fl.y) + 1, 14):
            d.line(40, yy, 752, yy, 0.3)
        fl.y += 14
        ctruth.append({"claim_id": c["acct"], "payer_claim_id": c["icn"], "patient": c["pat"],
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
    legend = [("C1", "A fixed copay applies to each office visit day."),
              ("P0", "Paid at the contracted rate; no member cost share."),
              ("X4", "Experimental or investigational service; not covered by the plan.")]
    fl.need(50)
    d.text(42, fl.y + 4, "Message codes", FB, 8)
    for k, (code, txt) in enumerate(legend):
        d.text(42, fl.y + 16 + 10 * k, f"{code}  {txt}", F, 7)
    fl.y += 50
    footers(doc, "Page {p} of {n}", 750, 590, F, 7, "r")
    return doc, "fpdf2", lines, ctruth, legend, findings, "commercial HMO member EOB, three family members"


# =========================================================================================== t03
def t03():
    doc = Doc(*LETTER)
    F, FB = "DVSer", "DVSer-B"
    ben = "ROSALIND P. VANTREESE"
    st = PlanState(ded_left=Decimal("96.00"))
    claims = [
        dict(dos=D(1, 6), icn="26-006-40812-77", acct=None, prov="Keel Harbor Outpatient Rehab",
             addr="40 Sextant Way, Port Avery, ME 04733", svcs=[("97163", 1, ("GP",)), ("97110", 3, ("GP",)),
                                                              ("97140", 1, ("GP", "59"))]),
        dict(dos=D(1, 13), icn="26-013-41177-02", acct=None, prov="Keel Harbor Outpatient Rehab",
             addr="40 Sextant Way, Port Avery, ME 04733", svcs=[("97110", 2, ("GP",)), ("97112", 2, ("GP",)),
                                                              ("G0283", 1, ("GP",))]),
        dict(dos=D(1, 15), icn="26-015-39904-15", acct=None, prov="Harborview Speech & Swallow Clinic",
             addr="9 Lantern St, Port Avery, ME 04735", svcs=[("92523", 1, ("GN",)), ("92526", 1, ("GN",)),
                                                            ("0552T", 1, (), "CO")]),
        dict(dos=D(1, 20), icn="26-020-42250-63", acct=None, prov="Keel Harbor Outpatient Rehab",
             addr="40 Sextant Way, Port Avery, ME 04733", svcs=[("97110", 2, ("GP", "KX")), ("97530", 1, ("GP", "CQ")),
                                                              ("97116", 2, ("GP",))]),
    ]
    for c in claims:
        c["svcs"] = [medicare(Svc(c["dos"], t[0], t[1], t[2], denied=(t[3] if len(t) > 3 else None),
                                  desc={"92523": "Speech-language evaluation"}.get(t[0], "")), st)
                     for t in c["svcs"]]
        for s in c["svcs"]:
            s.remarks = ["D"] if s.denied else ((["A", "B"] if s.deductible else ["A"]) + (["C"] if s.paid else []))
    allsv = [s for c in claims for s in c["svcs"]]
    d = doc

    def on_page(fl, cont):
        d.text(40, 44, "Medicare Summary Notice", FB, 16)
        d.text(40, 58, "for Part B (Medical Insurance)", F, 10)
        d.text(572, 44, ben, FB, 8.5, "r")
        d.text(572, 56, "Medicare Number XXXXXX-7TK4", F, 8, "r")
        d.line(36, 66, 576, 66, 1.5)
        return 84

    fl = Flow(doc, 730, on_page)
    d.text(40, fl.y, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           F, 8)
    d.text(40, fl.y + 12, "This notice covers claims processed between January 1 - March 31, 2026.", F, 8)
    fl.y += 30
    d.rect(40, fl.y, 250, 118, fill=0.93)
    d.text(50, fl.y + 16, "Your Deductible Status", FB, 10)
    d.text(50, fl.y + 32, "Your deductible is what you must pay for", F, 8)
    d.text(50, fl.y + 43, "most health services before Medicare pays.", F, 8)
    d.text(50, fl.y + 60, "You have now met $96.00 of your $283.00", F, 8)
    d.text(50, fl.y + 71, "Part B deductible for 2026.", F, 8)
    d.rect(316, fl.y, 256, 118, fill=None)
    d.text(326, fl.y + 16, "Your Claims & Costs This Period", FB, 10)
    d.text(326, fl.y + 36, "Did Medicare approve all services?", F, 8)
    d.text(562, fl.y + 36, "NO", FB, 8, "r")
    d.text(326, fl.y + 48, "Number of services Medicare denied", F, 8)
    d.text(562, fl.y + 48, "1", FB, 8, "r")
    d.text(326, fl.y + 66, "Total You May Be Billed", FB, 9)
    d.text(562, fl.y + 66, money(total(allsv, "owes")), FB, 11, "r")
    d.text(326, fl.y + 84, "Providers with claims this period", F, 8)
    d.text(326, fl.y + 96, "Jan 6 - Jan 20, 2026", F, 8)
    fl.y += 138
    d.text(40, fl.y, ben, FB, 8.5)
    d.text(40, fl.y + 11, "2604 Spindrift Lane Apt 3", F, 8.5)
    d.text(40, fl.y + 22, "Port Avery, ME 04734", F, 8.5)
    fl.y += 44
    d.text(40, fl.y, "Providers with Claims This Period", FB, 10)
    fl.y += 14
    seen = []
    for c in claims:
        key = (c["prov"], c["dos"])
        seen.append(key)
        d.text(48, fl.y, f"{c['dos']:%B} {c['dos'].day}, {c['dos'].year}", F, 8)
        d.text(160, fl.y, c["prov"], F, 8)
        fl.y += 11
    fl.y += 12
    d.rect(40, fl.y, 532, 74, fill=None)
    d.text(50, fl.y + 15, "How to Check This Notice", FB, 10)
    for k, txt in enumerate(("Do you recognize the name of each doctor or provider? Check the dates.",
                             "Did you get the services listed? Do they match those on your receipts and bills?",
                             "If you think a provider billed for services you did not get, call 1-800-555-0199.")):
        d.text(50, fl.y + 31 + 12 * k, txt, F, 8)
    fl.y += 88
    d.text(40, fl.y, "If you disagree with a decision, you can file an appeal by June 1, 2026.", F, 8)
    fl.y += 12
    d.text(40, fl.y, "Be alert for fraud: compare the dates and services with your own records.", F, 8)
    # claims on page 2+
    d.new_page()
    fl.y = on_page(fl, True)
    d.text(40, fl.y, "Your Claims for Part B (Medical Insurance)", FB, 12)
    fl.y += 12
    d.text(40, fl.y + 4, "Part B covers outpatient therapy and other medical services. See the notes for details.", F, 7.5)
    fl.y += 20
    cols = [(44, "l", "Service Provided & Billing Code"), (330, "r", "Amount Provider\nCharged"),
            (402, "r", "Medicare-Approved\nAmount"), (460, "r", "Amount\nMedicare Paid"),
            (524, "r", "Maximum You\nMay Be Billed"), (534, "l", "See\nNotes")]
    lines, ctruth = [], []
    for c in claims:
        fl.need(40 + 22 * len(c["svcs"]) + 20)
        d.rect(40, fl.y, 532, 28, fill=0.9)
        d.text(46, fl.y + 12, f"{c['dos']:%b} {c['dos'].day}, {c['dos'].year}", FB, 9.5)
        d.text(150, fl.y + 12, c["prov"], FB, 8.5)
        d.text(150, fl.y + 23, c["addr"], F, 7.5)
        d.text(566, fl.y + 12, "Claim number", F, 7, "r")
        d.text(566, fl.y + 23, c["icn"], F, 7.5, "r")
        fl.y += 36
        for x, al, lab in cols:
            for k, part in enumerate(lab.split("\n")):
                d.text(x, fl.y + 8 * k, part, FB, 6.8, al)
        fl.y += 10
        d.line(40, fl.y, 572, fl.y, 0.6)
        fl.y += 11
        for s in c["svcs"]:
            qty = int(s.units)
            word = f"{qty} service" + ("s" if qty > 1 else "")
            first = f"{s.desc}, {word} ({' '.join((s.code,) + s.mods)})"
            wrapped = d.wrap(first, F, 7.3, 222)
            vals = [money(s.billed), money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            d.text(44, fl.y, wrapped[0], F, 7.3)
            for (x, al, _), v in zip(cols[1:], vals):
                d.text(x, fl.y, v, F, 7.3, al)
            for k, extra in enumerate(wrapped[1:], 1):
                d.text(52, fl.y + 9 * k, extra, F, 7.3)
            fl.y += 9 * len(wrapped) + 5
            lines.append(truth_line(d.pno, s, claim_id=None, payer_claim_id=c["icn"], patient=ben,
                                    remarks=s.remarks, modifiers=True,
                                    printed=("billed", "allowed", "paid", "patient_owes")))
        # the qty and code must be on the same row as the amounts: assert our wrap kept "(code)" on row one
        d.line(40, fl.y - 4, 572, fl.y - 4, 0.3)
        sv = c["svcs"]
        d.text(44, fl.y + 6, "Total for this claim", FB, 7.3)
        for (x, al, _), v in zip(cols[1:], (total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                            total(sv, "owes"))):
            d.text(x, fl.y + 6, money(v), FB, 7.3, al)
        fl.y += 24
        ctruth.append({"claim_id": None, "payer_claim_id": c["icn"], "patient": ben,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    legend = [("A", "This approved amount is based on the Medicare fee schedule; the provider agreed to accept it."),
              ("B", "Part of this amount counted toward your yearly Part B deductible."),
              ("C", "A 2% federal payment reduction was applied to what Medicare paid."),
              ("D", "Medicare does not pay for this item; the provider may not bill you because no waiver was signed.")]
    fl.need(80)
    d.text(40, fl.y, "Notes for Claims Above", FB, 10)
    fl.y += 14
    for k, v in legend:
        for j, part in enumerate(d.wrap(v, F, 7.5, 500)):
            d.text(40 if j == 0 else 54, fl.y, (k + "  " if j == 0 else "") + part, F, 7.5)
            fl.y += 10
    footers(doc, "Page {p} of {n}", 306, 768, F, 7.5)
    return doc, "reportlab", lines, ctruth, legend, [], "Medicare Summary Notice Part B, one beneficiary"


# =========================================================================================== t04
def t04():
    doc = Doc(*LETTER)
    F, FB = "LSN", "LSN-B"
    mem = "Harold J. Quintanilla"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.70"))
    claims = [
        dict(icn="PC-7731-0260110", acct="TR30451", prov="Tidewater Rehabilitation Partners",
             svcs=[Svc(D(1, dd), c, u, m) for dd in (6, 8, 13, 15, 20, 22, 27, 29) for c, u, m in
                   (("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP", "59")))] +
             [Svc(D(1, 30), "97116", 1, ("GP",))]),
        dict(icn="PC-7731-0260141", acct="SH-22918", prov="Stillwater Hand Clinic",
             svcs=[Svc(D(1, 27), "97165", 1, ("GO",)), Svc(D(1, 27), "L3807", 1, ("LT",)),
                   Svc(D(1, 27), "0552T", 1, ("GO",))]),
        dict(icn="PC-7731-0260096", acct="00391875", prov="Marsh Creek Family Medicine",
             svcs=[Svc(D(1, 2), "99213", 1, ("25",)), Svc(D(1, 2), "G0283", 1, ())]),
    ]
    claims = [claims[1], claims[2], claims[0]]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st)
            if s.code == "0552T":  # an approved amount of zero: bundled, nothing to pay
                s.allowed, s.discount, s.paid, s.owes, s.copay = ZERO, s.billed, ZERO, ZERO, ZERO
    d = doc
    cols = [(44, "l", "Date(s)"), (104, "l", "Service you got"), (388, "r", "Provider's\ncharge"),
            (450, "r", "Plan's approved\namount"), (510, "r", "Plan's\nshare"), (568, "r", "Your\nshare")]

    def on_page(fl, cont):
        d.text(40, 40, "Pinecrest Advantage HMO", FB, 14)
        d.text(40, 52, "A Medicare Advantage plan", F, 8)
        d.text(572, 40, "Explanation of Benefits", FB, 11, "r")
        d.text(572, 52, f"{mem}  |  Member ID  PA-40917733", F, 8, "r")
        d.line(36, 60, 576, 60, 0.8)
        return 76

    fl = Flow(doc, 735, on_page)
    d.text(40, fl.y, "This notice gives you a summary of payments for the medical care you received in January 2026.",
           F, 8.5)
    d.text(40, fl.y + 11, "This is not a bill. Check it against the care you got and keep it with your records.", F, 8.5)
    fl.y += 26
    allsv = [s for c in claims for s in c["svcs"]]
    d.rect(40, fl.y, 532, 58, fill=0.9, stroke=False)
    d.text(48, fl.y + 14, "Your total costs", FB, 9.5)
    for k, (lab, v1, v2) in enumerate((("This month", total(allsv, "owes"), total(allsv, "paid")),
                                       ("Year to date", total(allsv, "owes"), total(allsv, "paid")))):
        d.text(48, fl.y + 30 + 12 * k, lab, F, 8.5)
        d.text(250, fl.y + 30 + 12 * k, f"You paid {money(v1)}", F, 8.5)
        d.text(420, fl.y + 30 + 12 * k, f"Plan paid {money(v2)}", F, 8.5)
    fl.y += 74
    d.text(40, fl.y, "Claims for medical care you received", FB, 11)
    fl.y += 16
    lines, ctruth = [], []
    for c in claims:
        fl.need(80)
        d.rect(40, fl.y, 532, 26, fill=0.8, stroke=False)
        d.text(46, fl.y + 11, c["prov"], FB, 9)
        d.text(46, fl.y + 21, f"Claim ID {c['icn']}   Patient account {c['acct']}", F, 7.5)
        d.text(566, fl.y + 11, "Network provider", F, 7.5, "r")
        fl.y += 34
        for x, al, lab in cols:
            for k, part in enumerate(lab.split("\n")):
                d.text(x, fl.y + 8 * k, part, FB, 7.5, al)
        fl.y += 12
        d.line(40, fl.y, 572, fl.y, 0.5)
        fl.y += 10
        for s in c["svcs"]:
            fl.need(12)
            txt = f"{s.desc} (HCPCS {'-'.join((s.code,) + s.mods)})"
            vals = [money(s.billed), money(s.allowed), money(s.paid), money(s.owes)]
            d.text(44, fl.y, f"{s.dos:%b} {s.dos.day}, {s.dos.year}", F, 8)
            d.text(104, fl.y, txt, F, 8)
            for (x, al, _), v in zip(cols[2:], vals):
                d.text(x, fl.y, v, F, 8, al)
            fl.y += 12
            lines.append(truth_line(d.pno, s, claim_id=c["acct"], payer_claim_id=c["icn"], patient=mem,
                                    units=False, printed=("billed", "allowed", "paid", "patient_owes")))
        fl.need(16)
        sv = c["svcs"]
        d.line(40, fl.y - 7, 572, fl.y - 7, 0.3)
        d.text(104, fl.y + 3, "Claim total", FB, 8)
        for (x, al, _), v in zip(cols[2:], (total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                            total(sv, "owes"))):
            d.text(x, fl.y + 3, money(v), FB, 8, al)
        fl.y += 22
        ctruth.append({"claim_id": c["acct"], "payer_claim_id": c["icn"], "patient": mem,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    fl.need(60)
    d.rect(40, fl.y - 4, 532, 40, fill=None)
    d.text(48, fl.y + 10, "Your 2026 maximum out-of-pocket: $4,900.00", FB, 8.5)
    d.text(48, fl.y + 24, f"Amount you have paid toward it so far: {money(total(allsv, 'owes'))}", F, 8.5)
    fl.y += 52
    d.text(40, fl.y, "Your share is the $20.00 office visit copay for each day you saw a specialist or therapist.",
           F, 8)
    d.text(40, fl.y + 11, "An approved amount of $0.00 means the service is paid as part of another service that day.",
           F, 8)
    footers(doc, "Page {p} of {n}  -  Pinecrest Advantage HMO (H7713)", 306, 770, F, 7.5)
    return doc, "fpdf2", lines, ctruth, [], [], "Medicare Advantage HMO member EOB"


# =========================================================================================== t05
def t05():
    doc = Doc(*LAND)
    F, FB = "Courier", "Courier-B"
    sz = 7.4
    cw = 7.4 * 0.6

    def col(n):
        return 30 + n * cw

    eob_paid, eob_red, eob_den = "00921", "00118", "06044"
    pats = [
        ("ABERNATHY, LUCIUS", "504417729", "2026019004511", "AB-10231", "11",
         [("97530", 2, ("GO",)), ("97110", 2, ("GO",)), ("97535", 1, ("GO",))], D(1, 5)),
        ("CHO, MIN-SEO", "508823104", "2026019004512", "AB-10244", "11",
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",))], D(1, 7)),
        ("GREENLEAF, OTIS", "509914420", "2026062001107", "AB-10301", "11",
         [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97116", 1, ("GP",))], D(2, 3)),
        ("HARTMANN, SUNNY", "503380126", "2026062001115", "AB-10307", "11",
         [("97161", 1, ("GP",)), ("97110", 1, ("GP",)), ("97112", 1, ("GP",))], D(2, 4)),
        ("IBARRA, JOAQUIN", "506652290", "2026062001122", "AB-10315", "11",
         [("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("99213", 1, ())], D(2, 5)),
        ("DELACROIX, PERRIN", "502266015", "2026062001131", "AB-10252", "12",
         [(c, u, m) for _ in range(10) for c, u, m in (("97530", 2, ("GO",)), ("97112", 1, ("GO",)))] +
         [("97168", 1, ("GO",))], D(1, 2)),
        ("ESPINOZA, TALIA", "507713385", "2026019004527", "AB-10260", "11",
         [("97166", 1, ("GO",)), ("97140", 1, ("GO", "59"))], D(1, 12)),
    ]
    denied = [("FAIRWEATHER, JUNE", "501190472", "2026019004533", "AB-10271", "11",
               [("97530", 3, ("GO",)), ("97110", 1, ("GO",))], D(1, 14))]
    void_ = ("ABERNATHY, LUCIUS", "504417729", "2025352011870", "AB-09918", "11",
             [("97530", 2, ("GO",)), ("97110", 1, ("GO",))], D(12, 8))
    repl = ("ABERNATHY, LUCIUS", "504417729", "2026019004540", "AB-09918", "11",
            [("97530", 2, ("GO",)), ("97110", 2, ("GO",))], D(12, 8))
    d = doc
    heads = ("PATIENT NAME", "MEDICAID NO", "ICN", "PCN")
    detail = (f"  {'DOS FROM':<8}  {'DOS TO':<8}  {'POS':>3}  {'UNITS':>5}  {'PROC-MOD':<12} {'BILLED':>11}"
              f"{'ALLOWED':>11}{'PAID':>11}  EOB CODES")

    def on_page(fl, cont):
        d.text(col(0), 34, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", FB, sz)
        d.text(col(0), 44, "REMITTANCE ADVICE                    PAYEE: WILLOWBEND THERAPY ASSOCIATES LLC   "
               "PAYEE ID: 3309182200", F, sz)
        d.text(col(0), 54, "RA NUMBER: 0004417326    PAYMENT DATE: 03/19/2026    CHECK/EFT NO: 77104938", F, sz)
        d.text(col(0), 62, "-" * 164, F, sz)
        return 76

    fl = Flow(doc, 575, on_page)
    lines, ctruth = [], []
    current = {"section": None}

    def sect_head(title):
        d.text(col(0), fl.y, f"*** {title} ***", FB, sz)
        fl.y += 12
        d.text(col(0), fl.y, detail, FB, sz)
        fl.y += 12

    def claim_block(p, sign=1, deny=False, rem=None):
        name, mid, icn, pcn, pos, items, dos0 = p
        svcs = []
        for k, (c, u, m) in enumerate(items):
            dd = date.fromordinal(dos0.toordinal() + 7 * (k // 2 if len(items) > 4 else 0))
            s = medicaid(Svc(dd, c, u, m, denied="CO" if deny else None), deny_reason="15")
            if sign < 0:
                s = negate(s)
            svcs.append(s)
        if fl.need(14 + 10 * min(len(svcs), 3)):
            sect_head(current["section"] + " (CONTINUED)")
        d.text(col(0), fl.y, f"{heads[0]}: {name:<22} {heads[1]}: {mid}   {heads[2]}: {icn}   {heads[3]}: {pcn}",
               FB, sz)
        fl.y += 11
        for s in svcs:
            if fl.need(10):
                sect_head(current["section"] + " (CONTINUED)")
                d.text(col(0), fl.y, f"{heads[0]}: {name:<22} {heads[1]}: {mid}   {heads[2]}: {icn}   (CONTINUED)",
                       FB, sz)
                fl.y += 11
            pm = "-".join((s.code,) + s.mods)
            codes = rem or ([eob_paid] if not s.discount else [eob_paid, eob_red])
            if deny:
                codes = [eob_den]
            s.remarks = codes
            row = (f"  {dfmt(s.dos, 'mdy2')}  {dfmt(s.dos, 'mdy2')}  {pos:>3}  {units_str(abs(s.units)):>5}  "
                   f"{pm:<12} {money(s.billed, ',', 'trail'):>11}{money(s.allowed, ',', 'trail'):>11}"
                   f"{money(s.paid, ',', 'trail'):>11}  {' '.join(codes)}")
            d.text(col(0), fl.y, row, F, sz)
            fl.y += 10
            lines.append(truth_line(d.pno, s, claim_id=pcn, payer_claim_id=icn, patient=name, remarks=codes,
                                    printed=("billed", "allowed", "paid"), description=False))
        t = [total(svcs, k) for k in ("billed", "allowed", "paid")]
        d.text(col(0), fl.y, f"  {'':<8}  {'':<8}  {'':>3}  {'':>5}  {'CLAIM TOTAL':<12} {money(t[0], ',', 'trail'):>11}"
               f"{money(t[1], ',', 'trail'):>11}{money(t[2], ',', 'trail'):>11}", F, sz)
        fl.y += 14
        ctruth.append({"claim_id": pcn, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(t[0], t[1], t[2], None)})
        return t

    current["section"] = "CLAIMS PAID"
    sect_head("CLAIMS PAID")
    for p in pats:
        claim_block(p)
    fl.need(40)
    current["section"] = "CLAIMS DENIED"
    sect_head("CLAIMS DENIED")
    for p in denied:
        claim_block(p, deny=True)
    fl.need(50)
    current["section"] = "CLAIM ADJUSTMENTS"
    sect_head("CLAIM ADJUSTMENTS")
    d.text(col(0), fl.y, "  ORIGINAL ICN 2025352011870 VOIDED AND REPLACED BY ICN 2026019004540 (UNITS CORRECTED)",
           F, sz)
    fl.y += 11
    claim_block(void_, sign=-1, rem=["00777"])
    claim_block(repl, rem=["00778"])
    fl.need(40)
    allp = sum(Decimal(c["totals"]["paid"]) for c in ctruth)
    d.text(col(0), fl.y, "-" * 164, F, sz)
    d.text(col(0), fl.y + 10, f"PAYMENT SUMMARY   CLAIMS PAID/ADJUSTED NET AMOUNT: {money(allp, ',', 'trail')}", FB, sz)
    fl.y += 30
    legend = [("00921", "PAID AT THE STATE MAXIMUM FEE."), ("00118", "BILLED AMOUNT REDUCED TO THE FEE SCHEDULE."),
              ("06044", "NO PRIOR AUTHORIZATION ON FILE FOR THIS THERAPY SERVICE."),
              ("00777", "CLAIM VOIDED AT PROVIDER REQUEST."), ("00778", "REPLACEMENT OF A VOIDED CLAIM.")]
    fl.need(70)
    d.text(col(0), fl.y, "EOB CODE DESCRIPTIONS", FB, sz)
    fl.y += 11
    for k, v in legend:
        d.text(col(0), fl.y, f"  {k}  {v}", F, sz)
        fl.y += 10
    footers(doc, "PAGE {p:>4} OF {n:>4}", col(164), 34, F, sz, "r")
    return doc, "reportlab", lines, ctruth, legend, [], "state Medicaid RA, line printer"


# =========================================================================================== t06
def t06():
    doc = Doc(*LETTER)
    F, FB = "DVSM", "DVSM-B"
    sz = 6.3
    cw = 0.602 * sz
    X = lambda n: 28 + n * cw  # noqa: E731
    d = doc
    recips = [
        ("MORALES-BEK, ANIKA", "93318847F", "260214038201", "EP4471", [("97530", 3, ("GO",)), ("97535", 1, ("GO",))],
         D(2, 2)),
        ("MORALES-BEK, ANIKA", "93318847F", "260214038202", "EP4472", [("97530", 2, ("GO",)), ("97140", 1, ("GO",))],
         D(2, 4)),
        ("NAKASHIMA, REI", "91102265A", "260214038217", "EP4480", [("92507", 1, ("GN",)), ("92526", 1, ("GN",))],
         D(2, 3)),
        ("OYELARAN, BISI", "90077314C", "260214038231", "EP4491",
         [("97165", 1, ("GO",)), ("97110", 2, ("GO",)), ("97760", 1, ("GO",))], D(2, 5)),
        ("PAVLOVA, NADIA", "94450019B", "260214038246", "EP4503", [("92523", 1, ("GN",))], D(2, 6)),
        ("QUIGLEY, ROWAN", "95061182D", "260214038259", "EP4510", [("97530", 4, ("GO",)), ("97112", 2, ("GO",))],
         D(2, 9)),
    ]
    deny = {"260214038246": "204"}

    def on_page(fl, cont):
        d.text(X(0), 34, "GOLDEN VALLEY MEDICAL ASSISTANCE        REMITTANCE ADVICE DETAIL", FB, 8)
        d.text(X(0), 46, "PROVIDER: 0417732 TALLGRASS PEDIATRIC THERAPY   WARRANT: 60215530   ISSUE DATE: 02/13/26",
               F, sz)
        d.text(X(0), 55, "RA SEQ: 0338                                         PROGRAM: MEDI-ASSIST FFS", F, sz)
        hdr = (f"{'RECIPIENT NAME':<20} {'RECIP ID':<10} {'CCN':<13} {'PAT ACCT':<8} {'SVC DATE':<8} "
               f"{'PROC MD':<8} {'QTY':>3} {'BILLED':>8} {'PAID':>8} {'ADJ':<14} RAD")
        d.text(X(0), 70, hdr, FB, sz)
        d.line(28, 73, 584, 73, 0.5)
        return 84

    fl = Flow(doc, 740, on_page)
    lines, ctruth = [], []
    sections = [("APPROVES", [r for r in recips if r[2] not in deny]), ("DENIES", [r for r in recips if r[2] in deny])]
    for title, rs in sections:
        fl.need(30)
        d.text(X(0), fl.y, f"--- {title} ---", FB, sz)
        fl.y += 10
        sec_b = sec_p = ZERO
        for name, rid, ccn, acct, items, dos in rs:
            svcs = [medicaid(Svc(dos, c, u, m, denied="CO" if ccn in deny else None), deny_reason=deny.get(ccn, "197"))
                    for c, u, m in items]
            for s in svcs:
                fl.need(10)
                rad = "0401" if s.denied else ("0014" if s.discount else "0001")
                s.remarks = [rad]
                adj = " ".join(f"{g}{r} {money(a, '')}" for g, r, a in s.adjs) or "-"
                pm = (s.code + " " + (s.mods[0] if s.mods else "")).strip()
                row = (f"{name:<20} {rid:<10} {ccn:<13} {acct:<8} {dfmt(s.dos, 'mdy2'):<8} {pm:<8} "
                       f"{units_str(s.units):>3} {money(s.billed, ''):>8} {money(s.paid, ''):>8} {adj:<14} {rad}")
                d.text(X(0), fl.y, row, F, sz)
                fl.y += 9
                lines.append(truth_line(d.pno, s, claim_id=acct, payer_claim_id=ccn, patient=name, remarks=[rad],
                                        adjustments=s.adjs, printed=("billed", "paid"), description=False))
            tb, tp = total(svcs, "billed"), total(svcs, "paid")
            d.text(X(0), fl.y, f"{'':<20} {'':<10} {'CLAIM TOTAL':<13} {'':<8} {'':<8} {'':<8} {'':>3} "
                   f"{money(tb, ''):>8} {money(tp, ''):>8}", F, sz)
            fl.y += 12
            sec_b += tb
            sec_p += tp
            ctruth.append({"claim_id": acct, "payer_claim_id": ccn, "patient": name,
                           "totals": claim_totals(tb, None, tp, None)})
        d.text(X(0), fl.y, f"{title} SUBTOTAL  BILLED {money(sec_b, ',')}  PAID {money(sec_p, ',')}", FB, sz)
        fl.y += 16
    fl.need(40)
    allc = sum(Decimal(c["totals"]["paid"]) for c in ctruth)
    d.text(X(0), fl.y, "PAYMENT SUMMARY", FB, sz)
    d.text(X(0), fl.y + 9, f"CLAIMS PAYMENT {money(allc, ','):>12}   SYSTEM ADJUSTMENTS {'0.00':>8}   "
           f"WARRANT AMOUNT {money(allc, ','):>12}", F, sz)
    fl.y += 26
    legend = [("0001", "Paid as billed."), ("0014", "Paid at the program's maximum allowance."),
              ("0401", "Service needs an approved treatment authorization; none on file.")]
    fl.need(60)
    d.text(X(0), fl.y, "RAD CODE MESSAGES", FB, sz)
    fl.y += 10
    for k, v in legend:
        d.text(X(0), fl.y, f"{k}  {v}", F, sz)
        fl.y += 9
    d.text(X(0), fl.y + 4, "ADJ column: group code + reason code + amount (CO45 = over the fee schedule).", F, sz)
    footers(doc, "PAGE {p}", 584, 770, F, sz, "r")
    return doc, "fpdf2", lines, ctruth, legend, [], "state Medicaid RA, one row per service"


# =========================================================================================== t07
def t07():
    doc = Doc(*LAND)
    F, FB = "LM", "LM-B"
    sz = 7.2
    cw = 0.6 * sz
    X = lambda n: 30 + n * cw  # noqa: E731
    d = doc
    st = PlanState(ded_left=Decimal("60.00"))
    pats = [
        ("BRISCOE, HELENA", "3QW8TK2PN55", "KH-30817", "0226016308410", D(1, 6),
         [("97110", 3, ("GP",)), ("97140", 1, ("GP", "59")), ("97112", 1, ("GP",))]),
        ("CALLOWAY, DESMOND", "7RN2EX4JD19", "KH-30822", "0226016308411", D(1, 7),
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
        ("DUNMORE, FAYE", "1HM6YV3AC72", "KH-30830", "0226016308419", D(1, 8),
         [("97110", 2, ("GP", "KX")), ("97116", 2, ("GP",)), ("G0283", 1, ("GP",)), ("97530", 1, ("GP", "CQ"))]),
        ("ELLSWORTH, GIDEON", "5TC9UM8KB30", "KH-30835", "0226016308424", D(1, 9),
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        ("FONTAINE, IRIS", "8PD4RW1LG66", "KH-30841", "0226016308431", D(1, 12),
         [("0552T", 1, ())]),
    ]
    denied_icn = "0226016308431"
    hdr = (f"{'PERF PROV':<11}{'SERV DATE':<12}{'POS':<4}{'NOS':>4} {'PROC':<6}{'MODS':<7}{'BILLED':>10}{'ALLOWED':>10}"
           f"{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<18}{'PROV PD':>10}")

    def on_page(fl, cont):
        d.text(X(0), 30, "MEDICARE PART B - NEW CONTINENT MEDICARE SERVICES        MEDICARE REMITTANCE NOTICE",
               FB, sz)
        d.text(X(0), 40, "PROVIDER: KEEL HARBOR OUTPATIENT REHAB        NPI: 1942881071   PTAN: 440921", F, sz)
        d.text(X(0), 49, "40 SEXTANT WAY, PORT AVERY ME 04733           CHECK/EFT #: 001188204  DATE: 01/23/2026",
               F, sz)
        d.text(X(0), 58, "Printed by ClearPath Claims Exchange - remittance image from 835 trace 001188204", F, 6.5)
        d.text(X(0), 72, hdr, FB, sz)
        d.line(30, 75, 762, 75, 0.4)
        return 86

    fl = Flow(doc, 575, on_page)
    lines, ctruth = [], []
    sums = {k: ZERO for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "seq")}
    for name, mid, acct, icn, dos, items in pats:
        svcs = [medicare(Svc(dos, c, u, m, denied="CO" if icn == denied_icn else None), st, deny_reason="50")
                for c, u, m in items]
        need = 24 + sum(len(s.adjs) * 9 + 2 for s in svcs) + 30
        fl.need(need)
        d.text(X(0), fl.y, f"NAME {name:<22} MID {mid}  ACNT {acct:<12} ICN {icn}  ASG Y  MOA MA01", F, sz)
        fl.y += 11
        for s in svcs:
            pm = " ".join(s.mods)
            s.remarks = ["N130"] if s.denied else []
            first = True
            for g, rc, a in s.adjs:
                grp = f"{g}-{rc}"
                if first:
                    row = (f"{'1942881071':<11}{s.dos:%m%d} {s.dos:%m%d%y} {'11':<4}{units_str(s.units):>4} "
                           f"{s.code:<6}{pm:<7}{money(s.billed, ''):>10}{money(s.allowed, ''):>10}"
                           f"{money(s.deductible, ''):>9}{money(s.coinsurance, ''):>9}  {grp:<8}{money(a, ''):>10}"
                           f"{money(s.paid, ''):>10}")
                    first = False
                else:
                    row = f"{'':<85}{grp:<8}{money(a, ''):>10}"
                d.text(X(0), fl.y, row, F, sz)
                fl.y += 9
            if s.remarks:
                d.text(X(0), fl.y, f"{'':<11}REM: {' '.join(s.remarks)}", F, sz)
                fl.y += 9
            lines.append(truth_line(d.pno, s, claim_id=acct, payer_claim_id=icn, patient=name, remarks=s.remarks,
                                    adjustments=s.adjs, description=False,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
        t = {k: total(svcs, k) for k in sums}
        for k in sums:
            sums[k] += t[k]
        d.text(X(0), fl.y, f"PT RESP {money(t['deductible'] + t['coinsurance'], ''):>9}{'':<4}{'CLAIM TOTALS':<24}"
               f"{money(t['billed'], ''):>10}{money(t['allowed'], ''):>10}{money(t['deductible'], ''):>9}"
               f"{money(t['coinsurance'], ''):>9}{'':<20}{money(t['paid'], ''):>10}", F, sz)
        fl.y += 9
        d.text(X(0), fl.y, f"{'':<40}ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
               f"  NET{money(t['paid'], ''):>10}", F, sz)
        fl.y += 16
        ctruth.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(t["billed"], t["allowed"], t["paid"], None)})
    fl.need(60)
    d.text(X(0), fl.y, "TOTALS:  # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  PROV PD AMT  CHECK AMT", FB, sz)
    fl.y += 10
    d.text(X(0), fl.y, f"{'':<9}{len(pats):>11}{money(sums['billed'], ''):>12}{money(sums['allowed'], ''):>13}"
           f"{money(sums['deductible'], ''):>12}{money(sums['coinsurance'], ''):>11}{money(sums['paid'], ''):>13}"
           f"{money(sums['paid'], ''):>11}", F, sz)
    fl.y += 16
    legend = [("CO-45", "Charge above the fee schedule amount; provider write-off."),
              ("CO-253", "Federal sequestration reduction."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-50", "Not deemed reasonable and necessary by the payer."),
              ("N130", "Consult the plan's benefit rules for coverage of this service.")]
    d.text(X(0), fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", FB, sz)
    fl.y += 10
    for k, v in legend:
        fl.need(10)
        d.text(X(0), fl.y, f"{k:<8}{v}", F, sz)
        fl.y += 9
    footers(doc, "PAGE #: {p} OF {n}", 762, 30, F, sz, "r")
    return doc, "fpdf2", lines, ctruth, legend, [], "Medicare standard paper remit printed by a clearinghouse"


# =========================================================================================== t08
def t08():
    doc = Doc(*LETTER)
    F, FB = "DVSC", "DVSC-B"
    d = doc
    st = PlanState(ded_left=ZERO)
    pats = [
        ("Whitcombe, Agnes", "A-22019", "2226020115830", D(1, 20),
         [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97530", 1, ("GP",))], "1"),
        ("Yarbrough, Elias", "A-22031", "2226020115841", D(1, 5),
         [(c, u, m) for _ in range(9) for c, u, m in (("97110", 2, ("GP",)), ("97112", 1, ("GP",)),
                                                      ("97140", 1, ("GP", "59")))], "1"),
        ("Zeller, Margit", "A-21877", "2226020115855", D(1, 9), [("97166", 1, ("GO",)), ("97535", 2, ("GO",))], "22"),
        ("Zeller, Margit", "A-21877", "2226020115856", D(1, 9), [("97166", 1, ("GO",)), ("97535", 1, ("GO",))], "1"),
    ]
    cols = [(46, "l", "DOS"), (100, "l", "CPT"), (136, "l", "Mod"), (186, "r", "Units"), (246, "r", "Charge"),
            (306, "r", "Allowed"), (356, "r", "Deduct"), (406, "r", "Coins"), (470, "r", "Paid"),
            (480, "l", "Remark")]

    def colhead(fl):
        d.rect(40, fl.y - 9, 532, 13, fill=0.85, stroke=False)
        for x, al, lab in cols:
            d.text(x, fl.y, lab, FB, 7.5, al)
        fl.y += 14

    def on_page(fl, cont):
        d.text(40, 40, "TherapyLedger PM", FB, 13)
        d.text(40, 52, "Remittance Detail - Medicare Part B (Northway Medicare Admin.)", F, 8.5)
        d.text(572, 40, "Larkspur Physical & Occupational Therapy", F, 8, "r")
        d.text(572, 50, "EFT 0095521770  Paid 02/04/2026  Run 02/05/2026 08:14", F, 7.5, "r")
        d.line(40, 58, 572, 58, 0.8)
        return 74

    fl = Flow(doc, 740, on_page)
    lines, ctruth = [], []
    for name, acct, icn, dos, items, status in pats:
        svcs = []
        for k, (c, u, m) in enumerate(items):
            dd = date.fromordinal(dos.toordinal() + 2 * (k // 3))
            s = medicare(Svc(dd, c, u, m), st)
            svcs.append(s)
        if status == "22":
            svcs = [negate(s) for s in svcs]
        fl.need(60)

        def bar(cont=False):
            d.rect(40, fl.y, 532, 16, fill=0.92)
            label = "Reversal of previous payment" if status == "22" else "Processed as primary"
            d.text(46, fl.y + 11, f"Patient: {name}" + (" (cont.)" if cont else ""), FB, 8)
            d.text(190, fl.y + 11, f"Acct #: {acct}", F, 8)
            d.text(280, fl.y + 11, f"Payer ICN: {icn}", F, 8)
            d.text(566, fl.y + 11, f"Status {status} - {label}", F, 7.5, "r")
            fl.y += 28
            colhead(fl)
        bar()
        for s in svcs:
            if fl.need(22):
                bar(cont=True)
            s.remarks = ["N807"] if status == "22" else []
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    " ".join(s.remarks)]
            for (x, al, _), v in zip(cols, vals):
                d.text(x, fl.y, v, F, 7.5, al)
            fl.y += 9
            d.text(100, fl.y, "Adj: " + "   ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in s.adjs), F, 6.8)
            fl.y += 12
            lines.append(truth_line(d.pno, s, claim_id=acct, payer_claim_id=icn, patient=name, remarks=s.remarks,
                                    adjustments=s.adjs, description=False,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
        t = {k: total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")}
        d.line(246 - 50, fl.y - 8, 470, fl.y - 8, 0.4)
        d.text(100, fl.y, "Claim totals", FB, 7.5)
        for (x, al, _), k in zip(cols[4:9], ("billed", "allowed", "deductible", "coinsurance", "paid")):
            d.text(x, fl.y, money(t[k], ","), FB, 7.5, al)
        fl.y += 10
        d.text(100, fl.y, f"Patient responsibility {money(t['deductible'] + t['coinsurance'], ',')}", F, 7)
        fl.y += 18
        ctruth.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(t["billed"], t["allowed"], t["paid"], None)})
    fl.need(40)
    net = sum(Decimal(c["totals"]["paid"]) for c in ctruth)
    d.rect(40, fl.y - 10, 532, 26, fill=0.95)
    d.text(46, fl.y + 2, f"EFT 0095521770 summary:  claims {len(ctruth)}   net claim payments {money(net, ',')}"
           f"   provider adjustments 0.00   EFT amount {money(net, ',')}", F, 7.5)
    fl.y += 28
    legend = [("N807", "Payment adjusted because of a claim correction (reversal).")]
    fl.need(40)
    d.text(40, fl.y, "Remark legend:  N807  " + legend[0][1], F, 7.5)
    d.text(40, fl.y + 12, "Group codes: CO contractual obligation, PR patient responsibility.", F, 7.5)
    footers(doc, "TherapyLedger PM  -  page {p} of {n}", 306, 772, F, 7)
    return doc, "reportlab", lines, ctruth, legend, [], "practice-management remittance detail (Medicare)"


# =========================================================================================== t09
def t09():
    doc = Doc(*LETTER)
    F, FB = "Helvetica", "Helvetica-B"
    d = doc
    guar = "Marguerite Lindqvist-Abara"
    st = PlanState(coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = [
        ("30-118", "Soren Lindqvist-Abara", D(1, 5), "Fernhill Mutual", "FM0105882213",
         [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
        ("30-131", "Soren Lindqvist-Abara", D(1, 12), "Fernhill Mutual", "FM0112904471",
         [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
        ("30-140", "Elsa Lindqvist-Abara", D(1, 13), "Fernhill Mutual", "FM0113910028",
         [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]),
        ("30-152", "Elsa Lindqvist-Abara", D(1, 20), "Fernhill Mutual", "FM0120922395",
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        ("30-166", "Marguerite Lindqvist-Abara", D(1, 21), "Fernhill Mutual", "FM0121924877",
         [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("G0283", 1, ("GP",))]),
        ("30-171", "Soren Lindqvist-Abara", D(1, 26), "Fernhill Mutual", "FM0126931650",
         [("97530", 2, ("GO",)), ("97112", 1, ("GO",)), ("97760", 1, ("GO",))]),
        ("30-174", "Elsa Lindqvist-Abara", D(1, 27), "Fernhill Mutual", "FM0127933012",
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        ("30-180", "Marguerite Lindqvist-Abara", D(1, 28), "Fernhill Mutual", "FM0128935540",
         [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97116", 1, ("GP",))]),
        ("30-185", "Soren Lindqvist-Abara", D(2, 2), "Fernhill Mutual", "FM0202940871",
         [("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("97112", 1, ("GO",))]),
        ("30-189", "Elsa Lindqvist-Abara", D(2, 3), "Fernhill Mutual", "FM0203942206",
         [("92507", 1, ("GN",)), ("92526", 1, ("GN",)), ("97129", 1, ("GN",))]),
        ("30-193", "Marguerite Lindqvist-Abara", D(2, 4), "Fernhill Mutual", "FM0204944138",
         [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59")), ("G0283", 1, ("GP",))]),
    ]
    cols = [(42, "l", "Date"), (92, "l", "Patient"), (210, "l", "Service"), (350, "l", "CPT"), (412, "r", "Units"),
            (452, "r", "Charge"), (496, "r", "Ins Paid"), (532, "r", "Adj"), (574, "r", "You Owe")]

    def on_page(fl, cont):
        d.text(40, 40, "CLOVERDALE KIDS & FAMILY THERAPY", FB, 13)
        d.text(40, 51, "2210 Mill Race Road, Suite 4  |  Ashgrove, WI 53920  |  (608) 555-0187", F, 7.5)
        d.text(572, 40, "STATEMENT", FB, 12, "r")
        d.text(572, 51, "Guarantor account 88-4107", F, 8, "r")
        if cont:
            d.line(40, 58, 572, 58, 0.6)
            return 72
        return 60

    fl = Flow(doc, 740, on_page)
    svc_all = []
    for acct, pat, dos, ins, clm, items in visits:
        svcs = [commercial(Svc(dos, c, u, m), st) for c, u, m in items]
        svc_all.append(svcs)
    owed = sum((total(s, "owes") for s in svc_all), ZERO) - Decimal("40.00")
    # remittance stub
    d.rect(40, fl.y, 532, 70, fill=None)
    d.text(48, fl.y + 14, "Please detach and return this portion with your payment", F, 7)
    d.text(48, fl.y + 30, guar.upper(), FB, 8.5)
    d.text(48, fl.y + 41, "512 Orchard Bend", F, 8)
    d.text(48, fl.y + 52, "Ashgrove, WI 53921", F, 8)
    for k, (lab, v) in enumerate((("Statement date", "02/10/2026"), ("Account number", "88-4107"),
                                  ("Amount due", money(owed)), ("Due by", "03/02/2026"))):
        d.text(360, fl.y + 14 + 13 * k, lab, F, 8)
        d.text(562, fl.y + 14 + 13 * k, v, FB, 8, "r")
    fl.y += 76
    for x in range(40, 572, 8):
        d.line(x, fl.y, x + 4, fl.y, 0.4)
    fl.y += 18
    d.text(40, fl.y, "Account activity since your last statement", FB, 9.5)
    fl.y += 14
    for x, al, lab in cols:
        d.text(x, fl.y, lab, FB, 7.5, al)
    d.line(40, fl.y + 3, 572, fl.y + 3, 0.6)
    fl.y += 14
    lines, ctruth = [], []
    for (acct, pat, dos, ins, clm, items), svcs in zip(visits, svc_all):
        fl.need(14)
        d.text(42, fl.y, f"Visit {acct}  -  {pat}  -  billed to {ins}, claim # {clm}", FB, 7.5)
        fl.y += 11
        for s in svcs:
            fl.need(11)
            adj = s.discount
            vals = [dfmt(s.dos, "mdy4"), pat.split()[0], s.desc[:30], code_mod(s, "-"), units_str(s.units),
                    money(s.billed, ","), money(s.paid, ","), money(adj, ","), money(s.owes, ",")]
            for (x, al, _), v in zip(cols, vals):
                d.text(x, fl.y, v, F, 7.3, al)
            fl.y += 11
            lines.append(truth_line(d.pno, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "paid", "patient_owes"),
                                    overrides={"description": s.desc[:30]}))
        t = {k: total(svcs, k) for k in ("billed", "paid", "discount", "owes")}
        d.text(350, fl.y, "Visit total", F, 7.3)
        for x, k in ((452, "billed"), (496, "paid"), (532, "discount"), (574, "owes")):
            d.text(x, fl.y, money(t[k], ","), F, 7.3, "r")
        fl.y += 15
        ctruth.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(t["billed"], None, t["paid"], t["owes"])})
    fl.need(30)
    d.text(42, fl.y, "01/30/2026", F, 7.3)
    d.text(92, fl.y, "Patient payment - thank you (card ending 4410)", F, 7.3)
    d.text(574, fl.y, "-40.00", F, 7.3, "r")
    fl.y += 16
    d.line(400, fl.y - 8, 572, fl.y - 8, 0.6)
    d.text(460, fl.y + 2, "Amount due", FB, 8.5, "r")
    d.text(574, fl.y + 2, money(owed), FB, 8.5, "r")
    fl.y += 20
    d.text(40, fl.y, "Adj = the discount your insurer's contract requires us to write off. Questions about your bill?",
           F, 7.3)
    d.text(40, fl.y + 10, "Call our billing office Monday-Friday 8:00-4:30.", F, 7.3)
    footers(doc, "Page {p} of {n}", 572, 772, F, 7, "r")
    return doc, "fpdf2", lines, ctruth, [], [], "therapy clinic family statement"


# =========================================================================================== t10
def t10():
    doc = Doc(*LETTER)
    F, FB = "LSer", "LSer-B"
    d = doc
    accts = [
        ("600418227", "Beatrix Holloway-Tam", "Redfern Valley Health Plan", "RV26-00418-11",
         [(D(1, 5), "0434", "97167", 1, ("GO",)), (D(1, 5), "0434", "97530", 2, ("GO",)),
          (D(1, 5), "0274", "L3807", 1, ("RT",))]),
        ("600418240", "Caspian Holloway-Tam", "Redfern Valley Health Plan", "RV26-00571-02",
         [(D(1, dd), "0444", c, u, m) for dd in (6, 8, 13, 15, 20, 22, 26, 28, 29, 30) for c, u, m in
          (("92507", 1, ("GN",)), ("92526", 1, ("GN",)))] + [(D(1, 27), "0444", "92523", 1, ("GN",))]),
        ("600418255", "Nathaniel Holloway-Tam", "Redfern Valley Health Plan", "RV26-00602-37",
         [(D(1, 14), "0424", "97161", 1, ("GP",)), (D(1, 14), "0424", "97110", 2, ("GP",)),
          (D(1, 14), "0420", "G0283", 1, ("GP",))]),
    ]
    accts = [accts[0], accts[2], accts[1]]
    st = PlanState(allowed_rate=Decimal("0.75"), coins_rate=Decimal("0.15"))

    def on_page(fl, cont):
        d.text(40, 42, "St. Aurelia Regional Medical Center", FB, 15)
        d.text(40, 55, "Outpatient Rehabilitation Services  -  Patient Financial Services, PO Box 2260, Lindell, VT 05811",
               F, 8)
        d.line(40, 61, 572, 61, 1.0)
        if cont:
            d.text(40, 74, "Guarantor: Hugo Holloway-Tam    Statement date: February 12, 2026", F, 8)
            return 88
        return 74

    fl = Flow(doc, 735, on_page)
    svc_sets = []
    for acct, pat, payer, clm, items in accts:
        svcs = []
        for dos, rev, c, u, m in items:
            s = Svc(dos, c, u, m, desc=LONG_DESC.get(c, ""))
            commercial(s, st)
            s.rev = rev
            svcs.append(s)
        svc_sets.append(svcs)
    due = sum((total(s, "owes") for s in svc_sets), ZERO)
    d.text(40, fl.y + 4, "Guarantor", F, 8)
    d.text(40, fl.y + 16, "HUGO HOLLOWAY-TAM", FB, 9)
    d.text(40, fl.y + 27, "77 Tamarack Hollow Rd", F, 8.5)
    d.text(40, fl.y + 38, "Lindell, VT 05812", F, 8.5)
    d.rect(360, fl.y - 6, 212, 52, fill=0.9)
    d.text(368, fl.y + 8, "Statement date", F, 8.5)
    d.text(564, fl.y + 8, "February 12, 2026", F, 8.5, "r")
    d.text(368, fl.y + 22, "Total amount due", FB, 9.5)
    d.text(564, fl.y + 22, money(due), FB, 9.5, "r")
    d.text(368, fl.y + 36, "Please pay by", F, 8.5)
    d.text(564, fl.y + 36, "March 9, 2026", F, 8.5, "r")
    fl.y += 62
    cols = [(46, "l", "Svc Date"), (100, "l", "Rev"), (130, "l", "Description"), (386, "l", "HCPCS"),
            (450, "r", "Qty"), (510, "r", "Charges"), (566, "r", "Credits")]
    lines, ctruth = [], []
    for (acct, pat, payer, clm, items), svcs in zip(accts, svc_sets):
        fl.need(90)

        def box_head(cont=False):
            d.rect(40, fl.y, 532, 30, fill=0.95)
            d.text(46, fl.y + 12, f"Account {acct}" + ("  (continued)" if cont else ""), FB, 9)
            d.text(200, fl.y + 12, f"Patient: {pat}", FB, 9)
            d.text(46, fl.y + 24, f"Outpatient visits January 2026  -  Primary insurance: {payer}", F, 8)
            fl.y += 42
            for x, al, lab in cols:
                d.text(x, fl.y, lab, FB, 8, al)
            d.line(40, fl.y + 3, 572, fl.y + 3, 0.5)
            fl.y += 13
        box_head()
        for s in svcs:
            wrapped = d.wrap(s.desc, F, 8, 240)
            if fl.need(11 * len(wrapped) + 2):
                box_head(cont=True)
            vals = [dfmt(s.dos, "mdy2"), s.rev, wrapped[0], code_mod(s), units_str(s.units), money(s.billed, ","), ""]
            for (x, al, _), v in zip(cols, vals):
                d.text(x, fl.y, v, F, 8, al)
            for k, extra in enumerate(wrapped[1:], 1):
                d.text(136, fl.y + 10 * k, extra, F, 8)
            fl.y += 10 * len(wrapped) + 3
            lines.append(truth_line(d.pno, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=("billed",)))
        t = {k: total(svcs, k) for k in ("billed", "paid", "discount", "owes")}
        fl.need(50)
        for label, v in ((f"Payment - {payer} (claim {clm})", t["paid"]),
                         (f"Contractual adjustment - {payer}", t["discount"])):
            d.text(46, fl.y, "02/02/26", F, 8)
            d.text(130, fl.y, label, F, 8)
            d.text(566, fl.y, money(-v, ",", "()"), F, 8, "r")
            fl.y += 11
        d.line(40, fl.y - 7, 572, fl.y - 7, 0.3)
        d.text(130, fl.y + 2, "Total charges", FB, 8)
        d.text(510, fl.y + 2, money(t["billed"], ","), FB, 8, "r")
        d.text(130, fl.y + 13, "Patient balance this account", FB, 8)
        d.text(566, fl.y + 13, money(t["owes"], ","), FB, 8, "r")
        fl.y += 30
        ctruth.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(t["billed"], None, None, None)})
    fl.need(40)
    d.text(40, fl.y, "Your insurer has processed all charges above. The balance is your coinsurance under your plan.",
           F, 8)
    d.text(40, fl.y + 11, "Financial assistance may be available - ask Patient Financial Services for an application.",
           F, 8)
    footers(doc, "Page {p} of {n}", 306, 770, F, 7.5)
    return doc, "reportlab", lines, ctruth, [], [], "hospital outpatient-rehab household statement"


LAYOUTS = {
    "t01_commercial_ppo_family_eob": t01, "t02_commercial_hmo_benefit_explanation": t02,
    "t03_medicare_summary_notice": t03, "t04_medicare_advantage_hmo_eob": t04,
    "t05_medicaid_ra_line_printer": t05, "t06_medicaid_ra_row_per_service": t06,
    "t07_medicare_spr_clearinghouse": t07, "t08_pm_remittance_detail_medicare": t08,
    "t09_therapy_clinic_family_statement": t09, "t10_hospital_rehab_household_statement": t10,
}
ADJ_COMPLETE = {"t06_medicaid_ra_row_per_service": True, "t07_medicare_spr_clearinghouse": True,
                "t08_pm_remittance_detail_medicare": True}
ROW_SPAN = {"t07_medicare_spr_clearinghouse": 4, "t08_pm_remittance_detail_medicare": 1}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout113_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in LAYOUTS.items():
        doc, producer, lines, claims, legend, findings, desc = fn()
        path = out / (name + ".pdf")
        if producer == "reportlab":
            doc.save_reportlab(path)
        else:
            doc.save_fpdf(path, FIXED_WHEN)
        write_truth(path, name, producer, len(doc.pages), desc, lines, claims, legend, findings)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        return 1 if check_folder(out, list(LAYOUTS), ADJ_COMPLETE, ROW_SPAN) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
