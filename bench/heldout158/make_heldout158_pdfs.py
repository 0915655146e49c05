"""Write the held-out set 158 of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on house styles nobody developing it has seen. Two layouts of each of the five
commonest real kinds: commercial member EOBs, Medicare Summary Notice / Medicare Advantage member EOB, state
Medicaid remittance advices, Medicare-style paper remits (clearinghouse / practice-management print), and
family statements (therapy clinic, hospital).

Run:  python bench/heldout158/make_heldout158_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout158/make_heldout158_pdfs.py OUT_DIR --check    (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; file <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: a layout without a units/qty column has units null);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / reference, patient exactly as printed (the person who got the service, not the guarantor or
member unless the same person). Adjustments are listed only where the page prints a group/reason code with
the amount on the line. Every name, number, payer, provider, address and ID is invented; descriptions are our
own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  v1  commercial PPO member EOB for a household (3 members), portrait DejaVu Sans, shaded claim bands:
      "Provider charged / Plan discount / Plan allowed / Deductible / Copay / Coinsurance / Plan paid / Your
      cost / Note", code as "97530-GO", no units, claim totals, a claim continues on page 2 under a repeated
      header with "(continued)"; letter notes legend (reportlab)
  v2  employer-trust member "Statement of Health Care Claims", landscape Liberation Serif: code+mods in front
      of a wrapping description, Qty, "Amount billed / Plan allowance / Not covered / Member deductible /
      Member coinsurance / Member copay / Plan payment / Member responsibility / Remark", a denied line,
      3 family members; PLANTED claim-total mismatch in Member responsibility (fpdf2)
  v3  Medicare Summary Notice Part B, portrait Liberation Serif: summary page 1, claims from page 2 with
      dates in the claim heading ("January 5, 2026"), "4 Therapeutic activities (97530-GO)" service cell,
      "Service Approved?", Maximum You May Be Billed, notes letters, a claim continued onto page 3 (reportlab)
  v4  Medicare Advantage HMO-POS monthly member EOB, portrait DejaVu Sans Condensed: "Date / Code / What
      was done / Units / Provider billed / Plan's approved amount / Plan paid / You owe / Why", visit copays,
      year-to-date out-of-pocket box, header repeated on continuation pages (fpdf2)
  v5  state Medicaid remittance advice, mainframe print, landscape core Courier: PAID / DENIED / ADJUSTED
      sections, MMDDYY from/to dates, PROC MOD1 MOD2 columns, trailing-minus reversal amounts, 4-digit EOB
      codes and legend, header repeated on every page (fpdf2)
  v6  Medicaid managed-care "Provider Remittance Advice", portrait Liberation Sans Narrow, boxed claims:
      "Proc/Mod 92507-GN", Units, "Adj Rsn CO-45" + Adj Amt on the line, Line Status PAID/DENY, claim box
      continued onto the next page with "(cont.)" (reportlab)
  v7  clearinghouse-printed Medicare Part B remit, landscape DejaVu Sans Mono: NAME / HIC / ACNT / ICN / ASG /
      MOA heading, SERV DATE "0105 010526", POS, NOS, inline GRP/RC-AMT, PT RESP / CLAIM TOTALS / NET rows,
      a reversed claim with leading minus, header repeated (reportlab)
  v8  practice-management "Medicare Payment Posting Detail", portrait Liberation Sans: patient bands, DOS
      "1/5/2026", CPT / Mods / Qty, Deduct and Coins columns, CO adjustments listed with codes in one cell,
      a denied line, posting totals per patient; no header repeat after the page break (fpdf2)
  v9  pediatric therapy clinic family statement with a tear-off stub, portrait DejaVu Serif: guarantor and
      3 children, visit heading rows with visit number and insurer claim number, "Charge / Ins Paid /
      Adjustment / You Owe", visit totals, patient payment rows, balance runs onto page 2 (fpdf2)
  v10 community hospital guarantor statement with a left sidebar (amount due), portrait Liberation Serif:
      account per patient, Rev Cd / CPT-HCPCS / Qty, "Charges / Ins Paid / Ins Adj / Your Balance", imaging
      and supply lines next to therapy, header repeated with "(continued)" (reportlab)

The self-check (--check) tests the factory, never the reader: page count of each PDF equals the truth's;
every line's code, modifiers, units, amounts, adjustment amounts and remarks are on ONE text line of its page
(words grouped by baseline), its service date on that line or (for MSN-style claim headings) on the page;
claim ids, payer claim ids and patients are in the document text; the documents' own arithmetic holds
(billed - adjustments = paid where every adjustment is printed; allowed - deductible - copay - coinsurance =
paid for member EOBs; charge - paid - adjustment = owed for statements) and claim totals equal the sum of
their lines, except the planted mismatch, which really is one.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))

import eobgen as G  # noqa: E402
from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, units_str, write_truth)
from pdfkit158 import (Block, FPCanvas, RLCanvas, multi_block, paginate, render, row_block,  # noqa: E402
                       spacer, text_block, wrap)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date
# extra codes of our own (invented charges / schedule)
G.FEE.update({"73110": "185.00", "A4556": "18.00", "97018": "40.00", "99204": "310.00", "97750": "150.00",
              "92610": "240.00", "E0730": "95.00", "97010": "25.00"})
G.SCHED.update({"73110": "38.22", "A4556": "6.40", "97018": "5.11", "99204": "121.40", "97750": "33.05",
                "92610": "92.14", "E0730": "41.90", "97010": "0.00"})
G.DESC.update({"73110": "X-ray of wrist, 3 views", "A4556": "Electrodes, per pair", "97018": "Paraffin bath",
               "99204": "New patient office visit", "97750": "Physical performance test",
               "92610": "Swallowing function evaluation", "E0730": "TENS unit, 4 lead",
               "97010": "Hot or cold packs"})
META: dict[str, dict] = {}


def S(d, code, u, *mods, denied=None, desc=""):
    return Svc(d, code, Decimal(str(u)), tuple(mods), desc=desc, denied=denied)


def visit(d, items, denied_codes=()):
    return [S(d, c, u, *m, denied=("PR" if c in denied_codes else None)) for c, u, *m in items]


def fm(v, style=",", neg="-"):
    return money(v, style, neg)


# ------------------------------------------------------------------------------------------------ v1
def v1(out):
    name = "h158_v1_household_ppo_eob"
    cv = RLCanvas(out / f"{name}.pdf", LETTER)
    fam = [("Theo Marchetti", "Brightwater Pediatric Therapy", "NGM26011755021", "BWP-88120"),
           ("Nadia Marchetti", "Lakeshore Hand & Upper Limb Clinic", "NGM26011955388", "LHC-20417"),
           ("Theo Marchetti", "Brightwater Pediatric Therapy", "NGM26012656102", "BWP-88377"),
           ("Paolo Marchetti", "Summit Ridge Physical Therapy", "NGM26012856640", "SRPT-5521")]
    st = {n: PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
          for n in ("Theo Marchetti", "Nadia Marchetti", "Paolo Marchetti")}
    data = [
        [S(D(2026, 1, 6), "97166", 1, "GO"), S(D(2026, 1, 6), "97530", 2, "GO"),
         S(D(2026, 1, 8), "97530", 3, "GO"), S(D(2026, 1, 8), "97112", 1, "GO", "59"),
         S(D(2026, 1, 13), "97530", 3, "GO"), S(D(2026, 1, 13), "97535", 1, "GO"),
         S(D(2026, 1, 15), "97530", 2, "GO"), S(D(2026, 1, 15), "97140", 1, "GO", "59")],
        [S(D(2026, 1, 9), "97760", 2, "GO"), S(D(2026, 1, 9), "L3807", 1, "RT"),
         S(D(2026, 1, 9), "99213", 1, "25"), S(D(2026, 1, 9), "G0283", 1, "GO", denied="PR")],
        [S(D(2026, 1, 20), "97530", 3, "GO"), S(D(2026, 1, 20), "97110", 1, "GO"),
         S(D(2026, 1, 22), "97530", 3, "GO"), S(D(2026, 1, 22), "97112", 1, "GO"),
         S(D(2026, 1, 27), "97530", 2, "GO"), S(D(2026, 1, 27), "97535", 2, "GO"),
         S(D(2026, 1, 29), "97530", 3, "GO"), S(D(2026, 1, 29), "97140", 1, "GO", "59"),
         S(D(2026, 1, 29), "97168", 1, "GO")],
        [S(D(2026, 1, 12), "97161", 1, "GP"), S(D(2026, 1, 12), "97110", 2, "GP"),
         S(D(2026, 1, 14), "97110", 2, "GP"), S(D(2026, 1, 14), "97140", 1, "GP", "59"),
         S(D(2026, 1, 14), "97010", 1, "GP", denied="CO")],
    ]
    notes = {"A": "Your provider is in network and accepted the plan allowance; you are not billed the discount.",
             "B": "Part of this amount counts toward your calendar-year deductible.",
             "C": "Your plan does not pay for this item. You may be billed for it.",
             "D": "Bundled into another service on the same day; the provider may not bill you."}
    for (pat, _, _, _), svcs in zip(fam, data):
        for s in svcs:
            commercial(s, st[pat], deny_reason="96" if s.denied == "PR" else "97")
            s.remarks = ["C"] if s.denied == "PR" else (["D"] if s.denied == "CO" else (["A", "B"] if s.deductible else ["A"]))
    X = [36, 84, 222, 268, 312, 356, 398, 440, 480, 524, 568, 576]
    cols = [(X[0], "l"), (X[1], "l"), (X[3], "r"), (X[4], "r"), (X[5], "r"), (X[6], "r"), (X[7], "r"),
            (X[8], "r"), (X[9], "r"), (X[10], "r"), (X[10] + 6, "l")]
    F, FB = "DejaVuSans", "DejaVuSans-Bold"

    def colhdr(ctx):
        a = ["Date of", "Service", "Provider", "Plan", "Plan", "Deduct-", "Copay", "Co-", "Plan", "Your", "Note"]
        b = ["service", "", "charged", "discount", "allowed", "ible", "", "insurance", "paid", "cost", ""]
        blk = row_block(cols, [[x, y] for x, y in zip(a, b)], FB, 6.6, 8.5, ctx=ctx, rule=True, box=(36, 576))
        return blk

    blocks, lines, claims = [], [], []
    for (pat, prov, clm, acct), svcs in zip(fam, data):
        ctx = clm

        def band(cv_, y, h):
            cv_.rect(36, y, 540, h - 2, fill=0.88, stroke=False)
        blocks.append(multi_block([(40, 0, f"Patient: {pat}", FB, "l"), (300, 0, f"Claim number {clm}", FB, "l"),
                                   (40, 1, f"Provider: {prov}", None, "l"), (300, 1, f"Patient account no. {acct}", None, "l"),
                                   (470, 1, f"Processed {dfmt(D(2026, 2, 3), 'mdy2')}", None, "l")],
                                  F, 7.5, 10, h=26, pre=band, keep=2))
        blocks.append(colhdr(ctx))
        blocks[-1].ctx = None
        blocks[-1].keep = 1
        for s in svcs:
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            desc = wrap(cv, F, 7, f"{code} {s.desc}", X[3] - X[1] - 42)
            cells = [dfmt(s.dos, "mdy2"), desc, fm(s.billed, "$"), fm(s.discount),
                     fm(s.allowed), fm(s.deductible), fm(s.copay), fm(s.coinsurance), fm(s.paid),
                     fm(s.owes), ",".join(s.remarks)]
            tl = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                            printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                                     "patient_owes"), remarks=s.remarks)
            lines.append(tl)
            blocks.append(row_block(cols, cells, F, 7, 10, truth=tl, ctx=ctx, rule=True, box=(36, 576)))
        tot = [sum((getattr(s, a) for s in svcs), ZERO) for a in ("billed", "discount", "allowed", "deductible",
                                                                 "copay", "coinsurance", "paid", "owes")]
        blocks.append(row_block(cols, ["", "Claim totals", fm(tot[0], "$")] + [fm(t) for t in tot[1:]] + [""], FB,
                                6.4, 9, ctx=ctx))
        blocks.append(spacer(10))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tot[0], tot[2], tot[6], tot[7])})
    blocks.append(text_block(["What the notes mean"] , FB, 8, 11, x=36))
    for k, v in notes.items():
        blocks.append(text_block([f"{k}   {v}"], F, 7, 10, x=40))
    blocks.append(text_block(["Questions? Call Member Services at 1-800-555-0148 (TTY 711), Monday-Friday 8 a.m. to 8 p.m.",
                              "If you disagree with a decision on this statement, you may ask for a review within 180 days."],
                             F, 7, 10, x=36, h_extra=4))

    def cont(ctx):
        pat = next(f[0] for f in fam if f[2] == ctx)
        b = text_block([f"{pat} - claim number {ctx} (continued)"], FB, 7.5, 11, x=36)
        return [b, colhdr(ctx)]

    def furn(c, k, n):
        c.use(FB, 14)
        c.text(36, 46, "NORTHGATE MUTUAL")
        c.use(F, 7)
        c.text(36, 56, "Health Plan  |  PO Box 4471, Harlan Falls, OH 45990")
        c.use(FB, 11)
        c.text(576, 46, "EXPLANATION OF BENEFITS", "r")
        c.use(F, 7)
        c.text(576, 56, "THIS IS NOT A BILL", "r")
        c.line(36, 62, 576, 62, 1)
        if k == 1:
            c.use(F, 8)
            for j, s in enumerate(["GIULIA MARCHETTI", "2210 ORCHARD VIEW LN", "HARLAN FALLS OH 45991"]):
                c.text(40, 80 + j * 10, s)
            c.rect(330, 72, 246, 48)
            for j, (a, b) in enumerate([("Subscriber", "Giulia Marchetti"), ("Member ID", "NGM 448 210 93"),
                                        ("Group", "Corliss Freight Co. 07714"), ("Statement date", "02/04/2026")]):
                c.text(336, 83 + j * 10, a)
                c.text(570, 83 + j * 10, b, "r")
        c.use(F, 6.5)
        c.text(36, 770, "Northgate Mutual Health Plan is an invented insurer. Keep this statement for your records.")
        c.text(576, 770, f"Page {k} of {n}", "r")

    pages = paginate(blocks, 134, 74, 750, cont=cont)
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "reportlab", n, "commercial PPO household member EOB", lines, claims,
                [(k, v) for k, v in notes.items()])
    META[name] = {"date": "line", "arith": "share"}


# ------------------------------------------------------------------------------------------------ v2
def v2(out):
    name = "h158_v2_trust_member_statement"
    cv = FPCanvas(out / f"{name}.pdf", LAND)
    F, FB = "LiberationSerif", "LiberationSerif-Bold"
    members = [("Imogen Vasquez-Hale", "Fernhill Speech & Language Center", "CBT-0126-770014", "FSL40972"),
               ("Rafael Vasquez-Hale", "Tidewater Occupational Therapy Group", "CBT-0126-770231", "TOT-116805"),
               ("Imogen Vasquez-Hale", "Fernhill Speech & Language Center", "CBT-0126-770592", "FSL41108"),
               ("Corinne Vasquez-Hale", "Old Mill Family Medicine", "CBT-0126-771004", "OMF-2290-3")]
    st = {"Imogen Vasquez-Hale": PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85")),
          "Rafael Vasquez-Hale": PlanState(copay_codes={"97165": Decimal("30.00")}, coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.80")),
          "Corinne Vasquez-Hale": PlanState(copay_codes={"99204": Decimal("25.00")}, allowed_rate=Decimal("0.74"))}
    data = [
        [S(D(2026, 1, 7), "92523", 1, "GN"), S(D(2026, 1, 9), "92507", 1, "GN"), S(D(2026, 1, 14), "92507", 1, "GN"),
         S(D(2026, 1, 16), "92507", 1, "GN"), S(D(2026, 1, 16), "92526", 1, "GN", denied="PR")],
        [S(D(2026, 1, 8), "97165", 1, "GO"), S(D(2026, 1, 8), "97530", 2, "GO"), S(D(2026, 1, 15), "97530", 3, "GO"),
         S(D(2026, 1, 15), "97535", 1, "GO"), S(D(2026, 1, 22), "97530", 3, "GO"), S(D(2026, 1, 22), "97112", 1, "GO", "59")],
        [S(D(2026, 1, 21), "92507", 1, "GN"), S(D(2026, 1, 23), "92507", 1, "GN"), S(D(2026, 1, 28), "92507", 1, "GN"),
         S(D(2026, 1, 30), "92507", 1, "GN"), S(D(2026, 1, 30), "92610", 1, "GN")],
        [S(D(2026, 1, 12), "99204", 1), S(D(2026, 1, 12), "73110", 1, "LT"), S(D(2026, 1, 12), "A4556", 2, denied="PR")],
    ]
    for (pat, *_), svcs in zip(members, data):
        for s in svcs:
            commercial(s, st[pat])
            s.remarks = ["N4"] if s.denied else (["D1"] if s.deductible else ([] if not s.copay else ["C2"]))
    for s in data[0]:
        if s.code == "92523":
            s.desc = "Evaluation of speech sound production with language comprehension and expression"
    for s in data[2]:
        if s.code == "92610":
            s.desc = "Clinical evaluation of swallowing and oral feeding function"
    R = [330, 378, 432, 480, 530, 582, 628, 676, 730, 756]
    cols = [(30, "l"), (92, "l")] + [(x, "r") for x in R[:-1]] + [(R[-1] - 16, "l")]
    hdr = ["Date", "Service", "Qty", "Amount billed", "Plan allowance", "Not covered", "Member deductible",
           "Member coinsurance", "Member copay", "Plan payment", "Member responsibility", "Remark"]
    hcells = [wrap(cv, FB, 7.5, h, 44) if i > 1 else [h] for i, h in enumerate(hdr)]

    def colhdr(ctx):
        def pre(c, y, h):
            c.line(30, y, 762, y, 0.8)
            c.line(30, y + h, 762, y + h, 0.8)
        b = row_block(cols, hcells, FB, 7.5, 9, ctx=None, keep=1, pad=4)
        d0 = b.draw
        b.draw = lambda c, y: (pre(c, y, b.h), d0(c, y))
        return b

    blocks, lines, claims = [], [], []
    planted = None
    for ci, ((pat, prov, clm, acct), svcs) in enumerate(zip(members, data)):
        blocks.append(multi_block([(30, 0, f"Patient: {pat}", FB, "l"), (230, 0, f"Provider: {prov}", None, "l"),
                                   (500, 0, f"Claim ID: {clm}", None, "l"), (640, 0, f"Patient acct: {acct}", None, "l")],
                                  F, 9, 13, keep=2))
        blocks.append(colhdr(clm))
        for s in svcs:
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            dl = wrap(cv, F, 8.5, f"{code}  {s.desc}", R[0] - 92 - 30)
            cells = [dfmt(s.dos, "mdy4"), dl, units_str(s.units), fm(s.billed), fm(s.allowed), fm(s.not_covered),
                     fm(s.deductible), fm(s.coinsurance), fm(s.copay), fm(s.paid), fm(s.owes), " ".join(s.remarks)]
            tl = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, remarks=s.remarks,
                            printed=("billed", "allowed", "not_covered", "deductible", "coinsurance", "copay", "paid",
                                     "patient_owes"))
            lines.append(tl)
            blocks.append(row_block(cols, cells, F, 8.5, 10.5, truth=tl, ctx=clm, rule=True, box=(30, 762), pad=3))
        tot = {a: total(svcs, a) for a in ("billed", "allowed", "not_covered", "deductible", "coinsurance", "copay",
                                           "paid", "owes")}
        shown_owes = tot["owes"]
        if ci == 1:
            shown_owes = tot["owes"] + Decimal("10.00")
            planted = f"claim-total-mismatch claim {clm}: printed Member responsibility total {fm(shown_owes)} but the lines add up to {fm(tot['owes'])}"
        blocks.append(row_block(cols, ["", "Totals for this claim", ""] + [fm(tot[a]) for a in
                                ("billed", "allowed", "not_covered", "deductible", "coinsurance", "copay", "paid")]
                                + [fm(shown_owes), ""], FB, 8.5, 12, ctx=clm))
        blocks.append(spacer(12))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], shown_owes)})
    legend = [("D1", "Counted toward the member's annual deductible."),
              ("C2", "Fixed copay for this kind of visit under your plan."),
              ("N4", "This service is not a covered benefit of the Trust plan; the member may be billed.")]
    blocks.append(text_block(["Remark codes"] + [f"{a}  {b}" for a, b in legend], F, 8.5, 11, x=30))

    def furn(c, k, n):
        c.rect(30, 24, 732, 40, fill=0.92)
        c.use(FB, 15)
        c.text(40, 46, "Cascadia Builders' Benefit Trust")
        c.use(F, 8.5)
        c.text(40, 58, "Administered for the Trustees  -  1180 Larchmont Ave, Suite 300, Port Aldous, WA 98720")
        c.use(FB, 11)
        c.text(752, 42, "STATEMENT OF HEALTH CARE CLAIMS", "r")
        c.use(F, 8.5)
        c.text(752, 56, "Participant: Corinne Vasquez-Hale   ID: CBT 5518 0093   Issued: January 31, 2026", "r")
        c.use(F, 7.5)
        c.text(30, 592, "This statement explains how your claims were handled. It is not a bill. Keep it with your records.")
        c.text(762, 592, f"Page {k} of {n}", "r")

    pages = paginate(blocks, 80, 80, 575)
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "fpdf2", n, "employer trust member statement", lines, claims, legend,
                expected_findings=[planted])
    META[name] = {"date": "line", "arith": "share", "planted": "patient owes"}


# ------------------------------------------------------------------------------------------------ v3
def v3(out):
    name = "h158_v3_msn_part_b"
    cv = RLCanvas(out / f"{name}.pdf", LETTER)
    F, FB = "LiberationSerif", "LiberationSerif-Bold"
    pat = "MARGUERITE A. OYELARAN"
    st = PlanState(ded_left=Decimal("120.00"))
    claims_in = [
        (D(2026, 1, 6), "Harbor Light Rehabilitation Services", "26-006-41177-0012",
         [S(D(2026, 1, 6), "97163", 1, "GP"), S(D(2026, 1, 6), "97110", 2, "GP"), S(D(2026, 1, 6), "97140", 1, "GP", "59")]),
        (D(2026, 1, 8), "Harbor Light Rehabilitation Services", "26-008-41902-0044",
         [S(D(2026, 1, 8), "97110", 3, "GP", "KX"), S(D(2026, 1, 8), "97112", 1, "GP"), S(D(2026, 1, 8), "97116", 1, "GP"),
          S(D(2026, 1, 8), "G0283", 1, "GP")]),
        (D(2026, 1, 13), "Wendell Park Occupational Therapy", "26-013-40088-0107",
         [S(D(2026, 1, 13), "97167", 1, "GO"), S(D(2026, 1, 13), "97530", 2, "GO"), S(D(2026, 1, 13), "97535", 2, "GO"),
          S(D(2026, 1, 13), "97018", 1, "GO"), S(D(2026, 1, 13), "97010", 1, "GO", denied="CO")]),
        (D(2026, 1, 15), "Harbor Light Rehabilitation Services", "26-015-42310-0009",
         [S(D(2026, 1, 15), "97110", 2, "CQ"), S(D(2026, 1, 15), "97140", 1, "CQ"), S(D(2026, 1, 15), "97112", 1, "CQ"),
          S(D(2026, 1, 15), "97116", 1, "CQ"), S(D(2026, 1, 15), "97530", 1, "CQ")]),
        (D(2026, 1, 20), "Wendell Park Occupational Therapy", "26-020-40551-0031",
         [S(D(2026, 1, 20), "97530", 3, "GO", "KX"), S(D(2026, 1, 20), "97535", 1, "GO"), S(D(2026, 1, 20), "97760", 1, "GO"),
          S(D(2026, 1, 20), "L3807", 1, "LT"), S(D(2026, 1, 20), "E0730", 1, "NU", denied="PR")]),
    ]
    for _, _, _, svcs in claims_in:
        for s in svcs:
            medicare(s, st, deny_reason="50" if s.denied == "PR" else "97")
            s.remarks = (["D"] if s.denied == "PR" else ["C"]) if s.denied else (["A", "B"] if s.deductible else ["A"])
    X = [54, 300, 352, 412, 470, 530, 560]
    cols = [(X[0], "l"), (X[1], "c"), (X[2] + 20, "r"), (X[3] + 20, "r"), (X[4] + 20, "r"), (X[5] + 12, "r"), (X[6], "l")]
    hdr = [["Service Provided &", "Billing Code"], ["Service", "Approved?"], ["Amount", "Provider", "Charged"],
           ["Medicare-", "Approved", "Amount"], ["Amount", "Medicare", "Paid"], ["Maximum", "You May", "Be Billed"],
           ["See", "Notes"]]

    def colhdr():
        b = row_block(cols, hdr, FB, 8, 9.5, keep=1, pad=4)
        d0 = b.draw
        b.draw = lambda c, y: (c.rect(54, y, 522, b.h, fill=0.9, stroke=False), d0(c, y))
        return b

    blocks, lines, claims, cdate = [spacer(0)], [], [], {}
    blocks.append(text_block([(54, "Your Claims & Costs This Period", FB)], F, 13, 18, x=54, brk=True))
    blocks.append(text_block(["Part B Medical Insurance - Assigned Claims"], FB, 10, 14, x=54))
    blocks.append(text_block(["Your providers accepted assignment; they agreed to accept the Medicare-approved amount as payment in full."],
                             F, 8.5, 12, x=54, h_extra=4))
    for dos, prov, clm, svcs in claims_in:
        blocks.append(multi_block([(54, 0, f"{dfmt(dos, 'month')}", FB, "l"), (250, 0, f"Claim number {clm}", FB, "l")],
                                  F, 10, 13, keep=3))
        blocks.append(text_block([f"{prov}, 400 Estuary Rd, Calder Bay, ME 04099", "Referred by: Ines Cardwell-Boyd"],
                                 F, 8.5, 11, x=54, keep=2))
        cdate[clm] = dfmt(dos, "month")
        blocks.append(colhdr())
        for s in svcs:
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            dl = wrap(cv, F, 8.5, f"{units_str(s.units)} {s.desc} ({code})", X[1] - X[0] - 30)
            cells = [dl, "No" if s.denied else "Yes", fm(s.billed, "$"), fm(s.allowed, "$"), fm(s.paid, "$"),
                     fm(s.owes, "$"), ", ".join(s.remarks)]
            tl = truth_line(0, s, claim_id=None, payer_claim_id=clm, patient=pat, remarks=s.remarks,
                            printed=("billed", "allowed", "paid", "patient_owes"))
            tl["description"] = s.desc
            lines.append(tl)
            blocks.append(row_block(cols, cells, F, 8.5, 10.5, truth=tl, ctx=clm, rule=True, box=(54, 576), pad=3))
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        blocks.append(row_block(cols, ["Total for this claim", "", fm(tb, "$"), fm(ta, "$"), fm(tp, "$"), fm(to, "$"), ""],
                                FB, 8.5, 12, ctx=clm))
        blocks.append(spacer(12))
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, ta, tp, to)})
    legend = [("A", "The approved amount comes from the Medicare fee schedule; an assigned provider cannot charge you more."),
              ("B", "This amount went toward your yearly Part B deductible."),
              ("C", "Payment for this item is part of another service you got that day; you do not owe it."),
              ("D", "Medicare does not cover this item as it was billed. You may owe the provider for it.")]
    blocks.append(text_block([(54, "Notes for Claims Above", FB)] + [f"{a}   {b}" for a, b in legend], F, 8.5, 12, x=54))
    grand = {a: sum((total(c[3], a) for c in claims_in), ZERO) for a in ("billed", "allowed", "paid", "owes")}

    def furn(c, k, n):
        c.use(FB, 9)
        c.text(54, 40, "Medicare Summary Notice for Part B (Medical Insurance)")
        c.use(F, 8.5)
        c.text(558, 40, f"{pat}   Page {k} of {n}", "r")
        c.line(54, 46, 558, 46, 0.6)
        if k == 1:
            c.use(FB, 20)
            c.text(54, 84, "Medicare Summary Notice")
            c.use(F, 10)
            c.text(54, 100, "for Part B (Medical Insurance)")
            c.text(54, 114, "The Official Summary of Your Medicare Claims")
            c.use(F, 9.5)
            for j, t in enumerate([pat, "77 KINGFISHER CT APT 2", "CALDER BAY ME 04098"]):
                c.text(54, 150 + j * 12, t)
            c.rect(340, 130, 218, 70)
            c.use(FB, 9)
            c.text(348, 145, "Your Medicare Number")
            c.use(F, 9)
            c.text(348, 157, "4TW7-QJ2-MX61")
            c.use(FB, 9)
            c.text(348, 175, "This notice is for claims processed")
            c.use(F, 9)
            c.text(348, 187, "January 1 - March 31, 2026")
            c.rect(54, 220, 504, 118)
            c.use(FB, 12)
            c.text(62, 238, "Your Deductible Status")
            c.use(F, 9.5)
            c.text(62, 254, "Your deductible is what you must pay for most health services before Medicare pays.")
            c.text(62, 268, "You have now met $120.00 of your $283.00 Part B deductible for 2026.")
            c.use(FB, 12)
            c.text(62, 292, "Did Medicare Approve All Services?")
            c.use(F, 9.5)
            c.text(62, 307, "NO - Medicare did not approve 2 services. Look for NO in the claims that follow.")
            c.text(62, 322, "Number of providers you saw: 2")
            c.rect(54, 352, 504, 70, fill=0.93)
            c.use(FB, 12)
            c.text(62, 372, "Total You May Be Billed")
            c.use(FB, 16)
            c.text(550, 376, fm(grand["owes"], "$"), "r")
            c.use(F, 9)
            c.text(62, 390, f"Total charged {fm(grand['billed'], '$')}; Medicare approved {fm(grand['allowed'], '$')} "
                            f"and paid your providers {fm(grand['paid'], '$')}.")
            c.text(62, 404, "Be Informed! Compare the services listed here with your own records.")
        c.use(F, 7.5)
        c.text(306, 770, "If you have questions, call 1-800-555-0177. TTY users should call 1-877-555-0148.", "c")

    pages = paginate(blocks, 440, 62, 748, cont=lambda ctx: [text_block([f"{cdate[ctx]} - Claim number {ctx} (continued)"], FB, 9, 13, x=54), colhdr()])
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "reportlab", n, "Medicare Summary Notice Part B", lines, claims, legend)
    META[name] = {"date": "page", "arith": "msn"}


# ------------------------------------------------------------------------------------------------ v4
def v4(out):
    name = "h158_v4_ma_hmo_pos_eob"
    cv = FPCanvas(out / f"{name}.pdf", LETTER)
    F, FB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    pat = "Bartholomew Iwu-Lindgren"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.42"))
    claims_in = [
        ("Quarry Hill Therapy Partners", "EA26-0112-04418", "QHT-77102",
         [S(D(2026, 1, 5), "97163", 1, "GP"), S(D(2026, 1, 5), "97110", 2, "GP"), S(D(2026, 1, 7), "97110", 2, "GP"),
          S(D(2026, 1, 7), "97112", 1, "GP"), S(D(2026, 1, 7), "97140", 1, "GP", "59"), S(D(2026, 1, 12), "97110", 3, "GP"),
          S(D(2026, 1, 12), "97116", 1, "GP"), S(D(2026, 1, 14), "97110", 2, "CQ"), S(D(2026, 1, 14), "97140", 1, "CQ"),
          S(D(2026, 1, 19), "97110", 3, "CQ"), S(D(2026, 1, 19), "97112", 1, "CQ"), S(D(2026, 1, 21), "97750", 1, "GP")]),
        ("Quarry Hill Therapy Partners", "EA26-0123-05102", "QHT-77311",
         [S(D(2026, 1, 26), "97110", 2, "GP"), S(D(2026, 1, 26), "97530", 1, "GP"), S(D(2026, 1, 28), "97110", 2, "GP"),
          S(D(2026, 1, 28), "97140", 1, "GP"), S(D(2026, 1, 28), "97010", 1, "GP", denied="CO")]),
        ("Ashby Crossing Orthopedics", "EA26-0120-04990", "ACO-310556",
         [S(D(2026, 1, 16), "99213", 1), S(D(2026, 1, 16), "73110", 1, "RT"), S(D(2026, 1, 16), "L3807", 1, "RT")]),
        ("Quarry Hill Therapy Partners", "EA26-0203-05561", "QHT-77480",
         [S(D(2026, 1, 30), "97110", 2, "CQ"), S(D(2026, 1, 30), "97112", 1, "CQ"), S(D(2026, 1, 30), "97140", 1, "CQ"),
          S(D(2026, 1, 31), "97110", 3, "GP", "KX"), S(D(2026, 1, 31), "97116", 1, "GP"), S(D(2026, 1, 31), "G0283", 1, "GP"),
          S(D(2026, 1, 31), "97018", 1, "GP")]),
        ("Hollis Street Speech Clinic", "EA26-0127-05233", "HSS-9042",
         [S(D(2026, 1, 22), "92610", 1, "GN"), S(D(2026, 1, 22), "92526", 1, "GN"), S(D(2026, 1, 29), "92526", 1, "GN")]),
    ]
    for _, _, _, svcs in claims_in:
        for s in svcs:
            commercial(s, st, deny_reason="97")
            s.remarks = ["P9"] if s.denied else (["C20"] if s.copay else [])
    X = [40, 94, 156, 300, 330, 385, 440, 490, 535, 545]
    cols = [(X[0], "l"), (X[1], "l"), (X[2], "l"), (X[4] - 8, "r"), (X[5], "r"), (X[6], "r"), (X[7], "r"), (X[8], "r"),
            (X[9], "l")]
    hdr = [["Date"], ["Code"], ["What was done"], ["Units"], ["Provider", "billed"], ["Plan's", "approved amt"],
           ["Plan", "paid"], ["You", "owe"], ["Why"]]

    def colhdr():
        b = row_block(cols, hdr, FB, 7.5, 9, keep=1, pad=3)
        d0 = b.draw
        b.draw = lambda c, y: (c.rect(40, y, 532, b.h, fill=0.85, stroke=False), d0(c, y))
        return b

    blocks, lines, claims = [], [], []
    blocks.append(text_block([(40, "Medical services you received (Part C)", FB)], F, 11, 16, x=40))
    for prov, clm, acct, svcs in claims_in:
        blocks.append(multi_block([(40, 0, f"Provider: {prov}", FB, "l"), (300, 0, f"Plan claim # {clm}", None, "l"),
                                   (450, 0, f"Your acct # {acct}", None, "l")], F, 8.5, 13, keep=2))
        blocks.append(colhdr())
        for s in svcs:
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            dl = wrap(cv, F, 8, s.desc, X[3] - X[2] - 4)
            cells = [dfmt(s.dos, "mon"), code, dl, units_str(s.units), fm(s.billed, "$"), fm(s.allowed, "$"),
                     fm(s.paid, "$"), fm(s.owes, "$"), " ".join(s.remarks)]
            tl = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat, remarks=s.remarks,
                            printed=("billed", "allowed", "paid", "patient_owes"))
            lines.append(tl)
            blocks.append(row_block(cols, cells, F, 8, 10.5, truth=tl, ctx=clm, rule=True, box=(40, 572), pad=5))
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        blocks.append(row_block(cols, ["", "", "Claim total", "", fm(tb, "$"), fm(ta, "$"), fm(tp, "$"), fm(to, "$"), ""],
                                FB, 8, 12, ctx=clm))
        blocks.append(spacer(10))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, ta, tp, to)})
    legend = [("C20", "Your plan's copay for an outpatient rehabilitation visit is $20.00 per day."),
              ("P9", "Included in the payment for another service that day. You do not owe this amount.")]
    blocks.append(text_block([(40, "Why codes", FB)] + [f"{a}  {b}" for a, b in legend], F, 8, 11, x=40))
    ytd = sum((total(c[3], "owes") for c in claims_in), ZERO)

    def furn(c, k, n):
        c.use(FB, 13)
        c.text(40, 44, "Evergreen Advantage Plus (HMO-POS)")
        c.use(F, 8)
        c.text(40, 56, "A Medicare Advantage plan offered by Evergreen Senior Health Co. (invented)")
        c.use(FB, 10)
        c.text(572, 44, "Your Explanation of Benefits", "r")
        c.use(F, 8)
        c.text(572, 56, "for services in January 2026 - this is not a bill", "r")
        c.line(40, 62, 572, 62, 1.2)
        if k == 1:
            c.rect(40, 72, 260, 66)
            for j, (a, b) in enumerate([("Member", pat), ("Member ID", "EVA 70031 8842"), ("Plan", "H9981-004"),
                                        ("Date issued", "February 6, 2026")]):
                c.use(FB if j == 0 else F, 8.5)
                c.text(46, 86 + j * 14, a)
                c.use(F, 8.5)
                c.text(120, 86 + j * 14, b)
            c.rect(312, 72, 260, 66, fill=0.94)
            c.use(FB, 8.5)
            c.text(318, 86, "Your out-of-pocket costs so far in 2026")
            c.use(F, 8.5)
            c.text(318, 102, "Spent on covered medical services")
            c.text(566, 102, fm(ytd, "$"), "r")
            c.text(318, 116, "Yearly maximum (in-network)")
            c.text(566, 116, "$4,900.00", "r")
            c.text(318, 130, "Left before the plan pays 100%")
            c.text(566, 130, fm(Decimal("4900.00") - ytd, "$"), "r")
        c.use(F, 7)
        c.text(40, 772, "Call Member Services at 1-888-555-0190 (TTY 711), 8 a.m. - 8 p.m., 7 days a week.")
        c.text(572, 772, f"Page {k} of {n}", "r")

    pages = paginate(blocks, 150, 72, 755, cont=lambda ctx: [text_block([f"Plan claim # {ctx} - continued"], FB, 8.5, 12, x=40), colhdr()])
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "fpdf2", n, "Medicare Advantage HMO-POS member EOB", lines, claims, legend)
    META[name] = {"date": "line", "arith": "owes"}


# ------------------------------------------------------------------------------------------------ v5
def v5(out):
    name = "h158_v5_medicaid_ra_mainframe"
    cv = FPCanvas(out / f"{name}.pdf", LAND)
    F = "Courier"
    eob = {"0102": "PAID AT THE MAXIMUM ALLOWABLE FEE FOR THIS PROCEDURE.",
           "0417": "SERVICE REQUIRES A PRIOR APPROVAL NUMBER. NONE ON FILE FOR THESE DATES.",
           "0888": "UNITS BILLED EXCEED THE DAILY LIMIT FOR THIS PROCEDURE.",
           "0920": "CLAIM ADJUSTED AT PROVIDER REQUEST. ORIGINAL PAYMENT RECOVERED."}
    paid = [
        ("VANTERPOOL, ISLA", "7731049982", "TC260114A", "2026014003177201",
         [S(D(2026, 1, 5), "97530", 4, "GO"), S(D(2026, 1, 5), "97535", 1, "GO"), S(D(2026, 1, 7), "97530", 4, "GO"),
          S(D(2026, 1, 7), "97112", 1, "GO", "59")]),
        ("QUILLFEATHER, AMOS", "7730288155", "TC260114B", "2026014003177202",
         [S(D(2026, 1, 6), "92507", 1, "GN"), S(D(2026, 1, 8), "92507", 1, "GN"), S(D(2026, 1, 13), "92507", 1, "GN"),
          S(D(2026, 1, 15), "92507", 1, "GN"), S(D(2026, 1, 15), "92526", 1, "GN")]),
        ("VANTERPOOL, SILAS", "7731049990", "TC260115C", "2026015003180455",
         [S(D(2026, 1, 9), "97165", 1, "GO"), S(D(2026, 1, 9), "97530", 2, "GO"), S(D(2026, 1, 12), "97530", 3, "GO"),
          S(D(2026, 1, 12), "97110", 2, "GO"), S(D(2026, 1, 14), "97530", 3, "GO"), S(D(2026, 1, 14), "97140", 1, "GO", "59"),
          S(D(2026, 1, 16), "97530", 4, "GO"), S(D(2026, 1, 16), "97535", 2, "GO"), S(D(2026, 1, 19), "97530", 4, "GO")]),
        ("BRIGHTWATER, NOOR", "7729910043", "TC260116A", "2026016003181009",
         [S(D(2026, 1, 13), "92523", 1, "GN"), S(D(2026, 1, 20), "92507", 1, "GN")]),
    ]
    denied = [("OSTERGAARD, LEVI", "7732201174", "TC260113D", "2026013003170861",
               [S(D(2026, 1, 6), "97530", 6, "GO", denied="CO"), S(D(2026, 1, 6), "97760", 2, "GO", denied="CO")])]
    orig = [S(D(2025, 12, 15), "97530", 4, "GO"), S(D(2025, 12, 15), "97110", 2, "GO")]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = [S(D(2025, 12, 15), "97530", 3, "GO"), S(D(2025, 12, 15), "97110", 2, "GO"), S(D(2025, 12, 15), "97535", 1, "GO")]
    adjusted = [("QUILLFEATHER, AMOS", "7730288155", "TC251216A", "2026012003169943", rev),
                ("QUILLFEATHER, AMOS", "7730288155", "TC251216A", "2026012003169944", repl)]
    for c in paid:
        for s in c[4]:
            medicaid(s)
            s.remarks = ["0102"] if s.discount else []
    for c in denied:
        for s in c[4]:
            medicaid(s, deny_reason="15")
            s.remarks = ["0417"] if s.code == "97760" else ["0888", "0417"]
    for s in repl:
        medicaid(s)
        s.remarks = ["0102"]
    for s in rev:
        s.remarks = ["0920"]
    FMT = "{:>3}  {:<6}  {:<6}  {:<5} {:<2} {:<2} {:>6} {:>11} {:>11} {:>9} {:>9} {:>11}  {}"
    hdr1 = "RECIPIENT NAME           RECIPIENT ID   PATIENT ACCT NO    ICN"
    hdr2 = FMT.format("LN", "FROM", "TO", "PROC", "M1", "M2", "UNITS", "BILLED", "ALLOWED", "TPL", "COPAY", "PAID", "EOB CODES")

    def colhdr():
        return text_block([hdr1, hdr2, "-" * 128], F, 8, 10, x=36)

    def mm(v):
        return fm(v, "", "trail")

    blocks, lines, claims = [spacer(0)], [], []
    for title, group in (("PAID CLAIMS", paid), ("DENIED CLAIMS", denied), ("ADJUSTED CLAIMS", adjusted)):
        blocks.append(text_block(["", f"*** CLAIM STATUS: {title} ***"], "Courier-Bold", 8, 10, x=36, keep=2))
        for pat, rid, acct, icn, svcs in group:
            head = f"{pat:<24} {rid:<14} {acct:<18} {icn}"
            if svcs is rev:
                head += "   REVERSAL OF ICN 2025351002204417"
            if svcs is repl:
                head += "   REPLACES ICN 2025351002204417"
            blocks.append(text_block([head], "Courier-Bold", 8, 10, x=36, keep=1))
            for ln, s in enumerate(svcs, 1):
                m = list(s.mods) + ["", ""]
                row = FMT.format(f"{ln:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, m[0], m[1],
                                 fm(s.units, ""), mm(s.billed), mm(s.allowed), "0.00", "0.00", mm(s.paid),
                                 " ".join(s.remarks))
                tl = truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=pat, service_end=s.dos,
                                printed=("billed", "allowed", "paid", "copay"), remarks=s.remarks)
                tl["description"] = None
                lines.append(tl)
                blocks.append(Block(10, (lambda r: lambda c, y: (c.use(F, 8), c.text(36, y + 8, r)))(row),
                                    truth=[tl], ctx=icn))
            tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
            tot = FMT.format("", "", "", "", "", "", "", mm(tb), mm(ta), "0.00", "0.00", mm(tp), "")
            blocks.append(text_block(["   CLAIM TOTAL" + tot[14:], ""], F, 8, 10, x=36, ctx=icn))
            claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(tb, ta, tp)})
    net = sum((total(c[4], "paid") for g in (paid, denied, adjusted) for c in g), ZERO)
    blocks.append(text_block(["", "*** PAYMENT SUMMARY ***", f"   CLAIMS PAID AMOUNT ...........  {mm(net):>12}",
                              "   WITHHOLD / RECOUPMENT .........          0.00", f"   NET PAYMENT (EFT 0009981377) ..  {mm(net):>12}",
                              "", "*** EOB CODE DESCRIPTIONS ***"] + [f"   {k}  {v}" for k, v in eob.items()], F, 8, 10, x=36))

    def furn(c, k, n):
        c.use("Courier-Bold", 8)
        c.text(36, 34, "STATE OF NORTH WESTMARK - DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM")
        c.use(F, 8)
        c.text(36, 44, f"REMITTANCE ADVICE     RA NO 0004471902     RUN DATE 02/06/26     CYCLE 2606          PAGE {k:>3} OF {n:>3}")
        c.text(36, 54, "PROVIDER: KESTREL VALLEY PEDIATRIC THERAPY LLC       PROVIDER NO 1100447821    PAYEE 88104    TAXONOMY 225X00000X")
        c.text(36, 64, "=" * 128)
        for j, t in enumerate([hdr1, hdr2, "-" * 128]):
            c.text(36, 76 + 10 * j, t)
        c.text(36, 586, "THIS REMITTANCE IS FOR PROGRAM SERVICES ONLY. DIRECT QUESTIONS TO PROVIDER RELATIONS 1-800-555-0162.")

    pages = paginate(blocks, 100, 100, 570)
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "fpdf2", n, "state Medicaid remittance advice (mainframe)", lines, claims,
                list(eob.items()))
    META[name] = {"date": "line", "arith": "ra"}


# ------------------------------------------------------------------------------------------------ v6
def v6(out):
    name = "h158_v6_medicaid_mco_ra_boxed"
    cv = RLCanvas(out / f"{name}.pdf", LETTER)
    F, FB = "LiberationSansNarrow", "LiberationSansNarrow-Bold"
    data = [
        ("Tamsin Delacorte-Ruiz", "PW44019273", "SLP-2601-0451", "PWM2602009917-01", D(2026, 1, 30),
         [S(D(2026, 1, 5), "92523", 1, "GN"), S(D(2026, 1, 7), "92507", 1, "GN"), S(D(2026, 1, 12), "92507", 1, "GN"),
          S(D(2026, 1, 14), "92507", 1, "GN"), S(D(2026, 1, 19), "92507", 1, "GN"), S(D(2026, 1, 21), "92507", 1, "GN"),
          S(D(2026, 1, 26), "92507", 1, "GN"), S(D(2026, 1, 28), "92507", 1, "GN"), S(D(2026, 1, 28), "92526", 1, "GN")]),
        ("Oskar Delacorte-Ruiz", "PW44019281", "OT-2601-0877", "PWM2602009931-01", D(2026, 1, 31),
         [S(D(2026, 1, 6), "97166", 1, "GO"), S(D(2026, 1, 6), "97530", 2, "GO"), S(D(2026, 1, 8), "97530", 3, "GO"),
          S(D(2026, 1, 8), "97112", 1, "GO", "59"), S(D(2026, 1, 13), "97530", 3, "GO"), S(D(2026, 1, 13), "97535", 1, "GO"),
          S(D(2026, 1, 15), "97530", 4, "GO"), S(D(2026, 1, 20), "97530", 3, "GO"), S(D(2026, 1, 20), "97140", 1, "GO", "59"),
          S(D(2026, 1, 22), "97530", 3, "GO"), S(D(2026, 1, 22), "97760", 1, "GO"), S(D(2026, 1, 27), "97530", 3, "GO"),
          S(D(2026, 1, 29), "97530", 3, "GO"), S(D(2026, 1, 29), "97168", 1, "GO")]),
        ("Wren Abernathy", "PW44107765", "PT-2601-0119", "PWM2602010044-01", D(2026, 2, 2),
         [S(D(2026, 1, 9), "97161", 1, "GP"), S(D(2026, 1, 9), "97110", 2, "GP"), S(D(2026, 1, 16), "97110", 2, "GP"),
          S(D(2026, 1, 16), "97116", 1, "GP"), S(D(2026, 1, 16), "E0730", 1, "NU", denied="CO")]),
    ]
    for *_, svcs in data:
        for s in svcs:
            medicaid(s, deny_reason="204")
            s.remarks = ["N130"] if s.denied else (["M15"] if s.code == "97760" else [])
    data[1][5][10].remarks = ["N20"]
    X = [36, 60, 106, 166, 204, 256, 306, 346, 394, 446, 490, 576]
    cols = [(40, "l"), (X[1], "l"), (X[2], "l"), (X[4] - 6, "r"), (X[5] - 4, "r"), (X[6] - 4, "r"), (X[6] + 4, "l"),
            (X[8] - 6, "r"), (X[9] - 6, "r"), (X[9] + 2, "l"), (X[10] + 4, "l")]

    def sides(b, bottom=False, top=False):
        d0 = b.draw

        def draw(c, y):
            d0(c, y)
            c.line(36, y, 36, y + b.h, 0.8)
            c.line(576, y, 576, y + b.h, 0.8)
            if bottom:
                c.line(36, y + b.h, 576, y + b.h, 0.8)
            if top:
                c.line(36, y, 576, y, 0.8)
        b.draw = draw
        return b

    def colhdr(ctx=None):
        hdr = ["Line", "Svc Date", "Proc/Mod", "Units", "Billed Amt", "Allowed Amt", "Adj Rsn", "Adj Amt", "Paid Amt",
               "Line Status", "Remark"]
        b = row_block(cols, hdr, FB, 7.5, 10, shade=0.82, box=(36, 576), keep=1, pad=2)
        return sides(b, top=True)

    def claimhead(pat, mid, pcn, clm, rcv, cont=False):
        items = [(40, 0, f"Member: {pat}" + (" (cont.)" if cont else ""), FB, "l"), (230, 0, f"Member ID: {mid}", None, "l"),
                 (400, 0, f"Claim #: {clm}", FB, "l"),
                 (40, 1, f"Patient Control #: {pcn}", None, "l"), (230, 1, f"Received: {dfmt(rcv, 'mdy4')}", None, "l"),
                 (400, 1, "Rendering NPI: 1609974420", None, "l")]
        return sides(multi_block(items, F, 8.5, 11, h=26, keep=2, pre=lambda c, y, h: c.rect(36, y, 540, h, fill=0.93)), top=True)

    blocks, lines, claims, heads = [], [], [], {}
    for pat, mid, pcn, clm, rcv, svcs in data:
        heads[clm] = (pat, mid, pcn, clm, rcv)
        blocks.append(claimhead(pat, mid, pcn, clm, rcv))
        blocks.append(colhdr())
        for i, s in enumerate(svcs, 1):
            pm = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            a = s.adjs[0] if s.adjs else None
            cells = [str(i), dfmt(s.dos, "mdy4"), pm, units_str(s.units), fm(s.billed), fm(s.allowed),
                     f"{a[0]}-{a[1]}" if a else "", fm(a[2]) if a else "", fm(s.paid), "DENY" if s.denied else "PAID",
                     " ".join(s.remarks)]
            tl = truth_line(0, s, claim_id=pcn, payer_claim_id=clm, patient=pat, printed=("billed", "allowed", "paid"),
                            adjustments=s.adjs, remarks=s.remarks, description=False)
            lines.append(tl)
            blocks.append(sides(row_block(cols, cells, F, 8.5, 11, truth=tl, ctx=clm, rule=True, box=(36, 576), pad=6.5)))
        tb, ta, tp = (total(svcs, x) for x in ("billed", "allowed", "paid"))
        tadj = sum((s.adjs[0][2] for s in svcs if s.adjs), ZERO)
        blocks.append(sides(row_block(cols, ["", "Claim Total", "", "", fm(tb), fm(ta), "", fm(tadj), fm(tp), "", ""], FB,
                                      8.5, 12, ctx=clm), bottom=True))
        blocks.append(spacer(14))
        claims.append({"claim_id": pcn, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, ta, tp)})
    legend = [("CO-45", "Charge is above the plan's Medicaid fee; the provider may not bill the member."),
              ("CO-204", "Item is not a benefit under the member's current Medicaid plan."),
              ("N130", "Check the plan's benefit rules for this item."),
              ("M15", "Paid separately from the visit only when billed with its own documentation."),
              ("N20", "Service was not paid in full together with another service on that date.")]
    blocks.append(text_block([(36, "Adjustment and remark codes on this remittance", FB)] + [(40, f"{a}   {b}") for a, b in legend],
                             F, 8, 11))

    def furn(c, k, n):
        c.use(FB, 14)
        c.text(36, 42, "Prairie Wind Health Plan")
        c.use(F, 8.5)
        c.text(36, 54, "Medicaid Managed Care  -  Provider Services, PO Box 90118, Ember Flats, KS 67999")
        c.use(FB, 12)
        c.text(576, 42, "Provider Remittance Advice", "r")
        c.use(F, 8.5)
        c.text(576, 54, f"Remit date 02/09/2026   Remit # PW-RA-2606-11873   Page {k} of {n}", "r")
        c.line(36, 60, 576, 60, 1.5)
        if k == 1:
            c.use(F, 8.5)
            for j, t in enumerate(["Pay to: Cedar Knoll Children's Therapy Center", "1915 Prospect Ridge Rd",
                                   "Ember Flats KS 67998", "Provider TIN ***-**-4418   Billing NPI 1386002271"]):
                c.text(36, 76 + 11 * j, t)
            c.rect(360, 68, 216, 50)
            c.text(366, 82, "Payment method: EFT")
            c.text(366, 94, "Trace #: 1PW0209260044731")
            c.text(366, 106, f"Payment amount: {fm(sum((total(d[5], 'paid') for d in data), ZERO), '$')}")

    pages = paginate(blocks, 130, 72, 752,
                     cont=lambda ctx: [claimhead(*heads[ctx], cont=True), colhdr()])
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "reportlab", n, "Medicaid managed-care provider remittance advice", lines,
                claims, legend)
    META[name] = {"date": "line", "arith": "adj"}


# ------------------------------------------------------------------------------------------------ v7
def v7(out):
    name = "h158_v7_clearinghouse_part_b_remit"
    cv = RLCanvas(out / f"{name}.pdf", LAND)
    F, FB = "DejaVuSansMono", "DejaVuSansMono-Bold"
    st = PlanState(ded_left=Decimal("60.00"))
    data = [
        ("LINDQVIST, OSWALD", "5QX8TR3WW72", "HLR660213", "0226020153347", "MA01",
         [S(D(2026, 1, 6), "97163", 1, "GP"), S(D(2026, 1, 6), "97110", 2, "GP", "KX"), S(D(2026, 1, 8), "97110", 2, "GP"),
          S(D(2026, 1, 8), "97140", 1, "GP", "59"), S(D(2026, 1, 8), "97112", 1, "GP")]),
        ("PEMBERTON-ACHEBE, RUTH", "7KD2HN6PL08", "HLR660241", "0226020153348", "MA01",
         [S(D(2026, 1, 7), "97165", 1, "GO"), S(D(2026, 1, 7), "97530", 2, "GO"), S(D(2026, 1, 9), "97530", 3, "GO"),
          S(D(2026, 1, 9), "97535", 1, "GO"), S(D(2026, 1, 14), "97530", 3, "GO"), S(D(2026, 1, 14), "97535", 1, "GO"),
          S(D(2026, 1, 16), "97530", 3, "GO"), S(D(2026, 1, 16), "97018", 1, "GO"), S(D(2026, 1, 21), "97530", 2, "GO", "CO"),
          S(D(2026, 1, 21), "97010", 1, "GO", denied="CO")]),
        ("MARCHBANKS, EUNICE", "4GH6PX2NB19", "HLR660288", "0226020153355", "MA01",
         [S(D(2026, 1, 5), "97161", 1, "GP"), S(D(2026, 1, 5), "97110", 2, "GP"), S(D(2026, 1, 7), "97110", 2, "CQ"),
          S(D(2026, 1, 7), "97116", 1, "CQ"), S(D(2026, 1, 12), "97110", 3, "GP", "KX"), S(D(2026, 1, 12), "G0283", 1, "GP"),
          S(D(2026, 1, 14), "97110", 2, "CQ"), S(D(2026, 1, 14), "97140", 1, "CQ"), S(D(2026, 1, 19), "97750", 1, "GP"),
          S(D(2026, 1, 19), "97110", 2, "GP", "KX")]),
        ("ESCOBEDO, FELIX", "2RM9WE4YT31", "HLR660302", "0226020153361", "MA01",
         [S(D(2026, 1, 12), "92523", 1, "GN"), S(D(2026, 1, 15), "92507", 1, "GN"), S(D(2026, 1, 15), "92526", 1, "GN")]),
    ]
    for *_, svcs in data:
        stt = PlanState(ded_left=Decimal("60.00"))
        for s in svcs:
            medicare(s, stt, deny_reason="97")
            s.remarks = ["M15"] if s.denied else (["N211"] if "KX" in s.mods else [])
    # a reversal of an earlier payment and its corrected claim
    orig = [S(D(2025, 12, 17), "97110", 3, "GP"), S(D(2025, 12, 17), "97140", 1, "GP")]
    for s in orig:
        medicare(s, PlanState())
    rev = [negate(s) for s in orig]
    corr = [S(D(2025, 12, 17), "97110", 2, "GP"), S(D(2025, 12, 17), "97140", 1, "GP", "59"), S(D(2025, 12, 17), "97112", 1, "GP")]
    for s in corr:
        medicare(s, PlanState())
    data.append(("HOLLOWAY, PRUDENCE", "9TF3KA7QE55", "HLR659870", "0225360117702", "MA67", rev))
    data.append(("HOLLOWAY, PRUDENCE", "9TF3KA7QE55", "HLR659870", "0226020153372", "MA67", corr))
    FMT = "{:<10} {:<11} {:>3} {:>3} {:<5} {:<8} {:>9} {:>9} {:>8} {:>8}  {:<44} {:>9}"
    H = FMT.format("PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
                   "GRP/RC-AMT", "PROV PD")

    def colhdr():
        return text_block([H, "-" * 140], FB, 7.4, 10.5, x=30)

    blocks, lines, claims, heads = [spacer(0)], [], [], {}
    for pat, hic, acnt, icn, moa, svcs in data:
        head = f"NAME {pat:<24} HIC {hic:<13} ACNT {acnt:<12} ICN {icn:<15} ASG Y  MOA {moa}"
        heads[icn] = head
        blocks.append(text_block([head], FB, 7.4, 11, x=30, keep=1))
        for s in svcs:
            adj = " ".join(f"{g}-{r} {fm(a, '')}" for g, r, a in s.adjs)
            row = FMT.format("1679304412", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(abs(s.units)), s.code,
                             " ".join(s.mods), fm(s.billed, ""), fm(s.allowed, ""), fm(s.deductible, ""),
                             fm(s.coinsurance, ""), adj, fm(s.paid, ""))
            if s.remarks:
                row += "  " + " ".join(s.remarks)
            tl = truth_line(0, s, claim_id=acnt, payer_claim_id=icn, patient=pat, service_end=s.dos,
                            printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                            remarks=s.remarks, description=False)
            lines.append(tl)
            blocks.append(Block(10.5, (lambda r: lambda c, y: (c.use(F, 7.4), c.text(30, y + 8.5, r)))(row), truth=[tl], ctx=icn))
        tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        pr = td + tc
        blocks.append(text_block([f"{'PT RESP ' + fm(pr, ''):<20}   CLAIM TOTALS".ljust(47) + FMT.format("", "", "", "", "", "",
                                  fm(tb, ""), fm(ta, ""), fm(td, ""), fm(tc, ""), "", fm(tp, ""))[47:],
                                  f"{'':>60}NET {fm(tp, ''):>9}", ""], F, 7.4, 10.5, x=30, ctx=icn))
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(tb, ta, tp, pr)})
    totals = {a: sum((total(d[5], a) for d in data), ZERO) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")}
    legend = [("CO-45", "Charge exceeds the fee schedule amount; provider write-off."),
              ("CO-97", "Paid as part of another service on the same date."),
              ("CO-253", "Federal payment reduction (sequestration)."),
              ("PR-1", "Deductible amount."), ("PR-2", "Coinsurance amount."),
              ("MA01", "Appeal rights notice."), ("MA67", "Correction to a prior claim."),
              ("M15", "Separately billed service bundled into another on that day."),
              ("N211", "Therapy threshold modifier noted; documentation on file.")]
    blocks.append(text_block(["TOTALS:  # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  PROV PD AMT  CHECK AMT",
                              f"         {len(data):>11} {fm(totals['billed']):>11} {fm(totals['allowed']):>12} "
                              f"{fm(totals['deductible']):>11} {fm(totals['coinsurance']):>10} {fm(totals['paid']):>12} "
                              f"{fm(totals['paid']):>10}", "", "GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes"]
                             + [f"{a:<8}{b}" for a, b in legend], F, 7.4, 10.5, x=30))

    def furn(c, k, n):
        c.use(FB, 9)
        c.text(30, 32, "CLEARPATH EXCHANGE  -  MEDICARE PART B REMITTANCE  (PROVIDER COPY, PRINTED FROM 835)")
        c.use(F, 7)
        c.text(762, 32, f"PAGE #: {k} OF {n}", "r")
        c.text(30, 42, "PAYER: LAKES REGION MEDICARE ADMINISTRATIVE CONTRACTOR J7   PROVIDER #: 1538866104   CHECK/EFT #: 882614190   DATE: 02/05/2026")
        c.text(30, 51, "PAYEE: ORCHARD LANE REHABILITATION ASSOCIATES, 601 MILLRACE DR, BRANNOCK NH 03299")
        c.line(30, 55, 762, 55, 0.6)
        c.use(FB, 7.4)
        c.text(30, 67, H)
        c.text(30, 76, "-" * 140)
        c.use(F, 6.5)
        c.text(396, 592, "Printed by ClearPath Exchange remittance viewer. Figures as received from the payer.", "c")

    pages = paginate(blocks, 80, 80, 575,
                     cont=lambda ctx: [text_block([heads[ctx] + "  (CONT)"], FB, 7.4, 11, x=30)])
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "reportlab", n, "clearinghouse Medicare Part B standard-style remit", lines,
                claims, legend)
    META[name] = {"date": "line", "arith": "adj"}


# ------------------------------------------------------------------------------------------------ v8
def v8(out):
    name = "h158_v8_pm_medicare_posting_detail"
    cv = FPCanvas(out / f"{name}.pdf", LETTER)
    F, FB = "LiberationSans", "LiberationSans-Bold"
    data = [
        ("Delgado-Ruiz, Amparo", "20117", "0226034409182", Decimal("45.00"),
         [S(D(2026, 1, 13), "97165", 1, "GO"), S(D(2026, 1, 13), "97535", 2, "GO"), S(D(2026, 1, 15), "97530", 3, "GO"),
          S(D(2026, 1, 15), "97535", 1, "GO"), S(D(2026, 1, 20), "97530", 3, "GO", "KX"), S(D(2026, 1, 20), "97018", 1, "GO"),
          S(D(2026, 1, 22), "97530", 2, "CO"), S(D(2026, 1, 22), "97535", 1, "CO")]),
        ("Fairweather, Colm", "20244", "0226034409190", ZERO,
         [S(D(2026, 1, 14), "97163", 1, "GP"), S(D(2026, 1, 14), "97110", 2, "GP"), S(D(2026, 1, 16), "97110", 3, "GP"),
          S(D(2026, 1, 16), "97140", 1, "GP", "59"), S(D(2026, 1, 16), "0552T", 1, "GP", denied="PR"),
          S(D(2026, 1, 21), "97110", 2, "GP"), S(D(2026, 1, 21), "97116", 1, "GP")]),
        ("Nakashima-Boyle, June", "20251", "0226034409207", Decimal("100.00"),
         [S(D(2026, 1, 16), "92610", 1, "GN"), S(D(2026, 1, 16), "92526", 1, "GN"), S(D(2026, 1, 23), "92526", 1, "GN"),
          S(D(2026, 1, 27), "92507", 1, "GN"), S(D(2026, 1, 27), "92526", 1, "GN", "59"), S(D(2026, 1, 29), "92507", 1, "GN"),
          S(D(2026, 1, 29), "92526", 1, "GN", "59")]),
        ("Szabo-Hartley, Wendell", "20258", "0226034409211", ZERO,
         [S(D(2026, 1, 12), "97110", 2, "GP", "KX"), S(D(2026, 1, 12), "97140", 1, "GP"), S(D(2026, 1, 14), "97110", 2, "CQ"),
          S(D(2026, 1, 14), "97112", 1, "CQ"), S(D(2026, 1, 20), "97110", 3, "GP", "KX"), S(D(2026, 1, 20), "G0283", 1, "GP")]),
        ("Okafor, Beatrix", "20263", "0226034409215", ZERO,
         [S(D(2026, 1, 19), "97161", 1, "GP"), S(D(2026, 1, 19), "97110", 2, "GP"), S(D(2026, 1, 19), "97010", 1, "GP", denied="CO")]),
    ]
    for pat, acct, icn, ded, svcs in data:
        st = PlanState(ded_left=ded)
        for s in svcs:
            medicare(s, st, deny_reason="96" if s.denied == "PR" else "97")
            s.remarks = ["N130"] if s.denied == "PR" else (["M15"] if s.denied else [])
    cols = [(40, "l"), (92, "l"), (124, "l"), (186, "r"), (232, "r"), (276, "r"), (314, "r"), (350, "r"), (358, "l"),
            (532, "r"), (572, "r")]
    hdr = ["DOS", "CPT", "Mods", "Qty", "Charge", "Allowed", "Deduct", "Coins", "Adjustments (grp-rsn amt)", "Ins Paid",
           "Pt Resp"]

    def printed_adjs(s):
        return [a for a in s.adjs if not (a[0] == "PR" and a[1] in ("1", "2"))]

    blocks, lines, claims = [], [], []
    for k, (pat, acct, icn, ded, svcs) in enumerate(data):
        blocks.append(multi_block([(44, 0, f"Patient: {pat}", FB, "l"), (250, 0, f"Acct# {acct}", None, "l"),
                                   (330, 0, f"Payer ICN {icn}", None, "l"), (500, 0, "Primary", None, "l")], F, 8.5, 12,
                                  h=16, keep=2, pre=lambda c, y, h: c.rect(40, y + 1, 532, h - 3, fill=0.88, stroke=False)))
        blocks.append(row_block(cols, hdr, FB, 7, 9, keep=1, rule=True, box=(40, 572)))
        for s in svcs:
            pa = printed_adjs(s)
            cells = [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units), fm(s.billed), fm(s.allowed),
                     fm(s.deductible), fm(s.coinsurance), " ".join(f"{g}-{r} {fm(a)}" for g, r, a in pa), fm(s.paid),
                     fm(s.owes)]
            if s.remarks:
                cells[8] += "  [" + " ".join(s.remarks) + "]"
            tl = truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=pat, adjustments=pa, remarks=s.remarks,
                            printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                            description=False)
            lines.append(tl)
            blocks.append(row_block(cols, cells, F, 8, 12, truth=tl, ctx=icn, pad=4, rule=True, box=(40, 572)))
        tot = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        blocks.append(row_block(cols, ["", "Posted totals", "", "", fm(tot["billed"]), fm(tot["allowed"]),
                                       fm(tot["deductible"]), fm(tot["coinsurance"]), "", fm(tot["paid"]), fm(tot["owes"])],
                                FB, 7.5, 12, ctx=icn))
        blocks.append(spacer(8))
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(tot["billed"], tot["allowed"], tot["paid"], tot["owes"])})
    legend = [("CO-45", "Contractual write-off to the fee schedule"), ("CO-253", "2% payment reduction"),
              ("CO-97", "Bundled into another service billed that day"), ("PR-96", "Non-covered item; patient liable"),
              ("N130", "Benefit rules apply to this item"), ("M15", "Separately billed service was bundled")]
    blocks.append(text_block([(40, "Code key", FB)] + [(40, f"{a}  {b}") for a, b in legend], F, 7.5, 10))
    allpaid = sum((total(d[4], "paid") for d in data), ZERO)

    def furn(c, k, n):
        c.use(FB, 12)
        c.text(40, 40, "Medicare Payment Posting Detail")
        c.use(F, 8)
        c.text(40, 52, "Riverbend Outpatient Rehab, PLLC  -  Practice: 04  -  Posted by: jmoreau  02/10/2026 4:12 PM")
        c.text(572, 40, f"Deposit: EFT 7710044219   {fm(allpaid, '$')}", "r")
        c.text(572, 52, "Payer: Medicare Part B (J7)   Batch 2602-118", "r")
        c.line(40, 58, 572, 58, 0.8)
        c.use(F, 7)
        c.text(40, 772, "MedLedger PM v11.4 - report PMT-DTL-04")
        c.text(572, 772, f"Page {k} of {n}", "r")

    pages = paginate(blocks, 68, 68, 760)
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "fpdf2", n, "practice-management Medicare payment posting detail", lines,
                claims, legend)
    META[name] = {"date": "line", "arith": "adjshare"}


# ------------------------------------------------------------------------------------------------ v9
def v9(out):
    name = "h158_v9_peds_clinic_family_statement"
    cv = FPCanvas(out / f"{name}.pdf", LETTER)
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    kids = [
        ("Mila Forsythe", "V26-00813", "8K2604417", "Bluestem Health",
         [S(D(2026, 1, 5), "97166", 1, "GO"), S(D(2026, 1, 5), "97530", 2, "GO")]),
        ("Jonah Forsythe", "V26-00822", "8K2604502", "Bluestem Health",
         [S(D(2026, 1, 6), "92523", 1, "GN"), S(D(2026, 1, 6), "92507", 1, "GN")]),
        ("Mila Forsythe", "V26-00901", "8K2605118", "Bluestem Health",
         [S(D(2026, 1, 12), "97530", 3, "GO"), S(D(2026, 1, 12), "97535", 1, "GO"), S(D(2026, 1, 12), "97112", 1, "GO", "59")]),
        ("Jonah Forsythe", "V26-00917", "8K2605160", "Bluestem Health",
         [S(D(2026, 1, 13), "92507", 1, "GN"), S(D(2026, 1, 13), "92526", 1, "GN", denied="PR")]),
        ("Pippa Forsythe", "V26-00944", "8K2605391", "Bluestem Health",
         [S(D(2026, 1, 14), "97165", 1, "GO"), S(D(2026, 1, 14), "97530", 2, "GO"), S(D(2026, 1, 14), "97760", 1, "GO")]),
        ("Mila Forsythe", "V26-01002", "8K2606244", "Bluestem Health",
         [S(D(2026, 1, 19), "97530", 3, "GO"), S(D(2026, 1, 19), "97140", 1, "GO", "59"), S(D(2026, 1, 19), "97010", 1, "GO", denied="CO")]),
        ("Pippa Forsythe", "V26-01019", "8K2606301", "Bluestem Health",
         [S(D(2026, 1, 21), "97530", 3, "GO"), S(D(2026, 1, 21), "97535", 1, "GO"), S(D(2026, 1, 21), "L3807", 1, "LT")]),
        ("Jonah Forsythe", "V26-01034", "8K2606377", "Bluestem Health",
         [S(D(2026, 1, 22), "92507", 1, "GN")]),
    ]
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.76"))
    for *_, svcs in kids:
        for s in svcs:
            commercial(s, st)
            if s.denied == "CO":
                s.discount = s.billed
    cols = [(40, "l"), (104, "l"), (166, "l"), (346, "r"), (404, "r"), (462, "r"), (520, "r"), (572, "r")]
    hdr = ["Date", "Code", "Description", "Units", "Charge", "Ins Paid", "Adjustment", "You Owe"]
    blocks, lines, claims = [], [], []
    blocks.append(row_block(cols, hdr, FB, 7.5, 10, rule=True, box=(40, 572), pad=3))
    payments = {2: (D(2026, 1, 16), "Payment - thank you (check 4471)", Decimal("-60.00")),
                5: (D(2026, 1, 26), "Payment - thank you (card ending 0932)", Decimal("-45.00"))}
    for k, (pat, visit_no, clm, ins, svcs) in enumerate(kids):
        blocks.append(text_block([(40, f"Visit {visit_no}  |  Patient: {pat}  |  {ins} claim #{clm}", FB)], F, 7.8, 13, keep=1))
        for s in svcs:
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            dl = wrap(cv, F, 8, s.desc, 346 - 166 - 28)
            cells = [dfmt(s.dos, "mdy4"), code, dl, units_str(s.units), fm(s.billed), fm(s.paid), fm(s.discount), fm(s.owes)]
            tl = truth_line(0, s, claim_id=visit_no, payer_claim_id=clm, patient=pat,
                            printed=("billed", "paid", "discount", "patient_owes"))
            lines.append(tl)
            blocks.append(row_block(cols, cells, F, 8, 11.5, truth=tl, ctx=clm, pad=4))
        tb, tp, td, to = (total(svcs, a) for a in ("billed", "paid", "discount", "owes"))
        blocks.append(row_block(cols, ["", "", "Visit total", "", fm(tb), fm(tp), fm(td), fm(to)], FB, 7.5, 11, ctx=clm,
                                rule=True, box=(40, 572)))
        claims.append({"claim_id": visit_no, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, None, tp, to)})
        if k in payments:
            d_, t_, a_ = payments[k]
            blocks.append(row_block(cols, [dfmt(d_, "mdy4"), "", t_, "", "", "", "", fm(a_)], F, 7.5, 12))
    owed = sum((total(c[4], "owes") for c in kids), ZERO) + sum((p[2] for p in payments.values()), ZERO)
    blocks.append(row_block([(404, "r"), (572, "r")], ["Balance due now", fm(owed, "$")], FB, 9, 14))
    blocks.append(text_block(["Insurance has processed every visit above. The amount you owe is your deductible, coinsurance",
                              "and any service your plan does not cover. Questions about this bill? Call our billing office",
                              "at 555-0143, Monday through Thursday, 9 to 4. Payment plans are available."], F, 7.5, 10, x=40))

    def furn(c, k, n):
        if k == 1:
            c.use(FB, 13)
            c.text(40, 44, "Little Harbor Kids Therapy")
            c.use(F, 8)
            for j, t in enumerate(["Occupational, speech & feeding therapy", "88 Tern Point Rd, Suite B",
                                   "Marlow Bay, RI 02899   (401) 555-0143"]):
                c.text(40, 56 + 10 * j, t)
            c.rect(340, 32, 232, 78)
            for j, (a, b) in enumerate([("Statement date", "02/03/2026"), ("Account number", "G-30517"),
                                        ("Guarantor", "Henrietta Forsythe"), ("Amount due", fm(owed, "$")),
                                        ("Please pay by", "02/28/2026"), ("Amount enclosed", "$ ____________")]):
                c.use(FB if a == "Amount due" else F, 8)
                c.text(346, 44 + 12 * j, a)
                c.text(566, 44 + 12 * j, b, "r")
            c.use(F, 8.5)
            for j, t in enumerate(["HENRIETTA FORSYTHE", "41 SALT MEADOW LN", "MARLOW BAY RI 02898"]):
                c.text(60, 110 + 11 * j, t)
            c.p.set_dash_pattern(dash=3, gap=2)
            c.line(40, 150, 572, 150, 0.5)
            c.p.set_dash_pattern()
            c.use(F, 6.5)
            c.text(306, 158, "Please detach and return the top portion with your payment", "c")
            c.use(FB, 10)
            c.text(40, 176, "Account activity")
        c.use(F, 7)
        c.text(306, 774, f"Little Harbor Kids Therapy - Account G-30517 - page {k} of {n}", "c")

    pages = paginate(blocks, 184, 40, 756)
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "fpdf2", n, "pediatric therapy clinic family statement", lines, claims, [])
    META[name] = {"date": "line", "arith": "stmt"}


# ------------------------------------------------------------------------------------------------ v10
def v10(out):
    name = "h158_v10_hospital_guarantor_statement"
    cv = RLCanvas(out / f"{name}.pdf", LETTER)
    F, FB = "LiberationSerif", "LiberationSerif-Bold"
    REV = {"97530": "0430", "97535": "0430", "97165": "0430", "97168": "0430", "97140": "0430", "97110": "0420",
           "97161": "0420", "97116": "0420", "97112": "0420", "92507": "0440", "92523": "0440", "73110": "0320",
           "A4556": "0270", "99213": "0510", "L3807": "0274", "G0283": "0420"}
    accts = [
        ("Juniper Okonkwo-Reyes", "HB2601-44719", "7Q8831042", "Meridian Shield PPO",
         [S(D(2026, 1, 5), "99213", 1), S(D(2026, 1, 5), "73110", 1, "RT"), S(D(2026, 1, 5), "L3807", 1, "RT"),
          S(D(2026, 1, 7), "97165", 1, "GO"), S(D(2026, 1, 7), "97530", 2, "GO"), S(D(2026, 1, 12), "97530", 3, "GO"),
          S(D(2026, 1, 12), "97140", 1, "GO", "59"), S(D(2026, 1, 14), "97530", 3, "GO"), S(D(2026, 1, 14), "97535", 1, "GO"),
          S(D(2026, 1, 19), "97530", 2, "GO"), S(D(2026, 1, 19), "97168", 1, "GO")]),
        ("Desmond Okonkwo-Reyes", "HB2601-45102", "7Q8831377", "Meridian Shield PPO",
         [S(D(2026, 1, 8), "97161", 1, "GP"), S(D(2026, 1, 8), "97110", 2, "GP"), S(D(2026, 1, 8), "G0283", 1, "GP"),
          S(D(2026, 1, 8), "A4556", 2, denied="PR"), S(D(2026, 1, 15), "97110", 3, "GP"), S(D(2026, 1, 15), "97116", 1, "GP")]),
        ("Lionel Okonkwo-Reyes", "HB2601-45233", "7Q8831690", "Meridian Shield PPO",
         [S(D(2026, 1, 13), "97161", 1, "GP"), S(D(2026, 1, 13), "97110", 2, "GP"), S(D(2026, 1, 16), "97110", 2, "GP"),
          S(D(2026, 1, 16), "97140", 1, "GP"), S(D(2026, 1, 16), "97112", 1, "GP"), S(D(2026, 1, 21), "97110", 3, "GP"),
          S(D(2026, 1, 21), "97116", 1, "GP"), S(D(2026, 1, 23), "97110", 2, "GP"), S(D(2026, 1, 23), "97140", 1, "GP", "59")]),
        ("Aurelie Okonkwo-Reyes", "HB2601-45590", "7Q8832015", "Meridian Shield PPO",
         [S(D(2026, 1, 20), "92523", 1, "GN"), S(D(2026, 1, 22), "92507", 1, "GN"), S(D(2026, 1, 27), "92507", 1, "GN"),
          S(D(2026, 1, 29), "92507", 1, "GN")]),
    ]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.70"))
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, st)
    SX = 182
    cols = [(SX, "l"), (SX + 44, "l"), (SX + 70, "l"), (SX + 122, "l"), (SX + 240, "r"), (SX + 284, "r"), (SX + 324, "r"),
            (SX + 362, "r"), (576, "r")]
    hdr = [["Date"], ["Rev", "Cd"], ["CPT/", "HCPCS"], ["Description"], ["Qty"], ["Charges"], ["Ins", "Paid"], ["Ins", "Adj"],
           ["Your", "Balance"]]

    def colhdr():
        return row_block(cols, hdr, FB, 7.2, 8.5, keep=1, rule=True, box=(SX, 576), pad=2)

    blocks, lines, claims, heads = [], [], [], {}
    for pat, acct, clm, ins, svcs in accts:
        heads[clm] = pat
        blocks.append(text_block([(SX, f"{pat}   Account {acct}", FB), (SX, f"Outpatient Rehabilitation  |  {ins} claim no. {clm}")],
                                 F, 8.2, 11, keep=2, h_extra=2))
        blocks.append(colhdr())
        for s in svcs:
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            dl = wrap(cv, F, 7.6, s.desc, 96)
            cells = [dfmt(s.dos, "mdy2"), REV[s.code], code, dl, units_str(s.units), fm(s.billed), fm(s.paid),
                     fm(s.discount), fm(s.owes)]
            tl = truth_line(0, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                            printed=("billed", "paid", "discount", "patient_owes"))
            lines.append(tl)
            blocks.append(row_block(cols, cells, F, 7.6, 10.5, truth=tl, ctx=clm, pad=5, rule=True, box=(SX, 576)))
        tb, tp, td, to = (total(svcs, a) for a in ("billed", "paid", "discount", "owes"))
        blocks.append(row_block(cols, ["", "", "", "Account totals", "", fm(tb), fm(tp), fm(td), fm(to)], FB, 7.2, 11,
                                ctx=clm, rule=True, box=(SX, 576)))
        blocks.append(spacer(10))
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(tb, None, tp, to)})
    due = sum((total(a[4], "owes") for a in accts), ZERO)
    blocks.append(text_block([(SX, "About your bill", FB),
                              (SX, "Your insurer's payments and contractual adjustments are shown on the line they apply to."),
                              (SX, "The balance is your deductible and coinsurance, plus anything your plan did not cover."),
                              (SX, "Financial assistance may be available; ask for an application.")], F, 7.5, 10))

    def furn(c, k, n):
        c.rect(36, 36, 132, 720, fill=0.92, stroke=False)
        c.use(FB, 11)
        c.text(44, 56, "Marrowfield")
        c.text(44, 69, "Community Hospital")
        c.use(F, 7.5)
        for j, t in enumerate(["Patient Financial Services", "2 Foundry Hill Rd", "Marrowfield, VT 05999", "802-555-0116"]):
            c.text(44, 84 + j * 10, t)
        c.use(FB, 8)
        y0 = 150
        for j, (a, b) in enumerate([("Guarantor", "Lionel Okonkwo-Reyes"), ("Guarantor no.", "G0088127"),
                                    ("Statement date", "Feb 4, 2026"), ("Amount due", fm(due, "$")),
                                    ("Due by", "Mar 1, 2026")]):
            c.use(FB, 7.5)
            c.text(44, y0 + j * 26, a)
            c.use(F, 9 if a != "Amount due" else 12)
            c.text(44, y0 + j * 26 + 11, b)
        c.use(F, 7)
        c.text(44, 740, f"Page {k} of {n}")
        c.use(FB, 14)
        c.text(576, 52, "PATIENT STATEMENT", "r")
        c.use(F, 8)
        c.text(576, 64, "Itemized outpatient services with insurance activity", "r")
        c.line(SX, 70, 576, 70, 1)

    pages = paginate(blocks, 84, 84, 750,
                     cont=lambda ctx: [text_block([(SX, f"{heads[ctx]} - claim no. {ctx} (continued)", FB)], F, 8.2, 12), colhdr()])
    n = render(cv, pages, furn)
    write_truth(out / f"{name}.pdf", name, "reportlab", n, "community hospital guarantor statement", lines, claims, [])
    META[name] = {"date": "line", "arith": "stmt"}


# ============================================================================================ check
NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?")


def nums(s):
    out = set()
    for m in NUM.finditer(s):
        t = m.group(0)
        neg = t.startswith("(") or t.startswith("-") or (t.endswith("-") and "." in t)
        body = t.strip("()-$").replace("$", "").replace(",", "")
        try:
            v = Decimal(body)
        except Exception:
            continue
        out.add(-v if neg else v)
    return out


def date_forms(iso):
    d = date.fromisoformat(iso)
    f = {dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")}
    f |= {f"{d:%m%d} {d:%m%d%y}", f"{d:%b} {d.day}", f"{d.month}/{d.day}/{d:%y}"}
    return f


def page_lines(pdf):
    import pdfplumber
    res = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            rows = {}
            for w in pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5):
                key = round(w["bottom"])
                k2 = next((k for k in rows if abs(k - key) <= 1.5), key)
                rows.setdefault(k2, []).append(w)
            res.append([" ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"]))
                        for _, ws in sorted(rows.items())])
    return res


def check(out):
    errs = []
    for tf in sorted(out.glob("*.truth.json")):
        t = json.loads(tf.read_text())
        pdf = Path(str(tf)[:-len(".truth.json")])
        meta = META[t["layout"]]
        pl = page_lines(pdf)
        if len(pl) != t["pages"]:
            errs.append(f"{pdf.name}: pages {len(pl)} != {t['pages']}")
        doc = "\n".join("\n".join(x) for x in pl)
        docn = " ".join(doc.split())
        for i, ln in enumerate(t["lines"]):
            if not (1 <= ln["page"] <= len(pl)):
                errs.append(f"{pdf.name} line {i}: bad page")
                continue
            page = pl[ln["page"] - 1]
            want = [Decimal(ln[k]) for k in G.AMOUNT_KEYS if ln[k] is not None]
            want += [Decimal(a[2]) for a in ln["adjustments"] if a[2] is not None]
            if ln["units"] is not None:
                want.append(Decimal(ln["units"]))
            ok = False
            for row in page:
                if ln["code"] and ln["code"] not in row:
                    continue
                ns = nums(row)
                if not all(w in ns for w in want):
                    continue
                if not all(m in row for m in ln["modifiers"]):
                    continue
                if not all(r in row.split() or r in row for r in ln["remarks"]):
                    continue
                if meta.get("adjcodes", "line") == "line" and not all(a[1] in row for a in ln["adjustments"]):
                    continue
                scope = row if meta["date"] == "line" else "\n".join(page)
                if not any(f in scope for f in date_forms(ln["service_date"])):
                    continue
                ok = True
                break
            if not ok:
                errs.append(f"{pdf.name} line {i} ({ln['code']} {ln['service_date']}) not found on one row of p{ln['page']}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in docn:
                    errs.append(f"{pdf.name} line {i}: {k} {ln[k]!r} not in text")
            for w in (ln["description"] or "").split():
                if w not in docn:
                    errs.append(f"{pdf.name} line {i}: description word {w!r} not in text")
            g = lambda k: Decimal(ln[k]) if ln[k] is not None else ZERO  # noqa: E731
            ar = meta["arith"]
            if ar == "adj" and ln["billed"] and ln["paid"] is not None:
                if g("billed") - sum(Decimal(a[2]) for a in ln["adjustments"]) != g("paid"):
                    errs.append(f"{pdf.name} line {i}: billed - adjustments != paid")
            if ar == "adjshare" and ln["billed"] and ln["paid"] is not None:
                if g("billed") - sum(Decimal(a[2]) for a in ln["adjustments"]) - g("deductible") - g("coinsurance") != g("paid"):
                    errs.append(f"{pdf.name} line {i}: billed - adj - ded - coins != paid")
            if ar == "share" and ln["allowed"] is not None and ln["paid"] is not None:
                if g("allowed") - g("deductible") - g("copay") - g("coinsurance") != g("paid"):
                    errs.append(f"{pdf.name} line {i}: allowed - shares != paid")
            if ar == "owes" and ln["allowed"] is not None and ln["paid"] is not None:
                if g("allowed") - g("patient_owes") != g("paid"):
                    errs.append(f"{pdf.name} line {i}: allowed - owes != paid")
            if ar == "msn" and ln["allowed"] is not None and ln["paid"] is not None and not ln["code"] in ("x",):
                gap = g("allowed") - g("patient_owes") - g("paid")
                if ln["patient_owes"] and g("patient_owes") == g("billed") and g("allowed") == 0:
                    gap = ZERO
                if gap < 0 or gap > q(g("allowed") * Decimal("0.02") * Decimal("0.80")) + Decimal("0.01"):
                    errs.append(f"{pdf.name} line {i}: allowed - owes - paid is not the 2% reduction ({gap})")
            if ar == "stmt" and ln["billed"] is not None:
                if g("billed") - g("paid") - g("discount") != g("patient_owes"):
                    errs.append(f"{pdf.name} line {i}: charge - paid - adj != owed")
            if ar == "ra" and ln["billed"] is not None and ln["allowed"] is not None:
                if g("allowed") != g("paid"):
                    errs.append(f"{pdf.name} line {i}: allowed != paid")
        findings = " ".join(t["expected_findings"])
        for c in t["claims"]:
            ls = [x for x in t["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                  (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not ls:
                errs.append(f"{pdf.name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if all(x[k] is None for x in ls):  # a claim-level figure only (e.g. PT RESP): printed, not summed
                    if Decimal(v) not in nums(doc):
                        errs.append(f"{pdf.name}: claim total {k} {v} not printed")
                    continue
                s = sum((Decimal(x[k]) for x in ls if x[k] is not None), ZERO)
                planted = (c["payer_claim_id"] or c["claim_id"]) in findings and k.replace("_", " ") in meta.get("planted", "")
                if (s != Decimal(v)) != planted:
                    errs.append(f"{pdf.name}: claim {c['payer_claim_id']} total {k} {v} vs lines {s}")
                if Decimal(v) not in nums(doc):
                    errs.append(f"{pdf.name}: claim total {k} {v} not printed")
        print(f"{pdf.name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
    return errs


LAYOUTS = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(__import__("tempfile").mkdtemp(prefix="heldout158_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print(out)
    if "--check" in sys.argv:
        errs = check(out)
        for e in errs:
            print("FAIL", e)
        print("check:", "FAILED" if errs else "ok", f"({len(errs)} problems)")
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
