"""Write held-out set 148 of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, none of which
the reader's developers have seen.

Run:  python bench/heldout148/make_heldout148_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout148/make_heldout148_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit number, payer_claim_id = the payer's claim number / ICN, patient exactly as printed (the person
who got the service). Adjustments only where the page prints a group+reason code with the line. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (set 148 kinds: two each of commercial member EOB, Medicare Summary Notice / Medicare Advantage EOB,
state Medicaid RA, Medicare-style paper remit, family statement):
  v1  commercial member EOB for a family of four, core Helvetica portrait: boxed claim headings "Claim for /
      Claim number / Patient account no.", columns "Amount billed / Plan discount / Allowed amount / Not covered /
      Deductible / Copay / Coinsurance / Plan paid / You owe / Notes", "97530 GO" over a small description line,
      "01/06/26", no units; a claim runs on to page 2 with header repeated and "(continued)" (reportlab)
  v2  employer-trust (TPA-administered) member claims statement, DejaVu Sans Condensed landscape with a left
      sidebar (plan-year accumulators, contact box), member group headings "Leo Brandt (Son)", claim # only on
      the claim's first row, Qty column, a not-covered (excluded) line, remark letters (fpdf2)
  v3  Medicare Summary Notice, Part B, Liberation Serif portrait: page-1 summary, claims pages "Your Claims &
      Costs This Period", date of service in the claim heading only, wrapped service text ending "(97530-GO)",
      "Service Approved?", "Maximum You May Be Billed", a denied service, claim continued on page 3 (reportlab)
  v4  Medicare Advantage PPO member EOB, Liberation Sans Narrow portrait: ruled claim blocks "Claim ID / Provider
      / Processed", Qty, "Provider's charge / Plan's approved amount / Plan paid / Your share", per-visit copay,
      a prior-authorisation denial, CQ modifier, year-to-date out-of-pocket box (fpdf2)
  v5  state Medicaid fiscal-agent remittance advice, core Courier portrait, fixed-width: PAID / DENIED /
      ADJUSTED sections, recipient heading rows with ICN and patient account, LN numbers, "4.00" units, 4-digit
      EOB codes, a reversal with trailing-minus amounts and its re-issue, header repeated on every page (reportlab)
  v6  state Medicaid provider RA, Liberation Serif landscape, each claim in a box: CARC "CO-45" with amount and
      RARC columns, a second adjustment on the row's next text line, TPL (OA-23) and $1 recipient copay (PR-3)
      columns, a denied claim (fpdf2)
  v7  Medicare Part B standard paper remittance reprinted by a clearinghouse, DejaVu Sans Mono portrait: NAME /
      MID / ACNT / ICN / ASG / MOA heading rows, "0106 010626" service dates, POS, NOS, GRP/RC-AMT stacked one
      code per text line, PT RESP / CLAIM TOTALS rows, claim continued onto page 2 with header repeated (reportlab)
  v8  practice-management "Remittance Detail Report" of a Medicare payment, Liberation Sans landscape: shaded
      claim header rows, adjustment-code cell "CO45 232.60 PR2 29.48" wrapping, a reversal (status 22) in
      parentheses and its corrected claim (fpdf2)
  v9  pediatric therapy collective family statement, DejaVu Serif portrait, remittance stub at top: rows with
      patient name and visit #, insurer claim number printed on a line under each visit, Charge / Insurance paid /
      Adjustment / You paid / Balance, payments as non-service rows, aging buckets, three children (reportlab)
  v10 hospital patient statement for a guarantor with two accounts (wife and husband), DejaVu Sans Condensed
      portrait: itemized charges Date / Rev / HCPCS / Mod / Description / Qty / Amount, insurer claim number in
      the account activity, line-level charges only, account continues to page 2 with header repeated (fpdf2)

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value, date, amount,
adjustment and remark is on the SAME text line (or the row's declared extra lines) of the right page in the
pdfplumber text layer; ids and patients are in the document's text; page counts match; the documents' own
arithmetic holds (billed - discount - not covered = allowed and allowed - cost share = paid for member EOBs;
billed - adjustments = paid where every adjustment is printed); claim totals are printed and equal the sum of
their lines; at least three files carry a claim whose rows continue onto the next page.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h148_engine import LAND, LETTER, ROOT, Doc, check_file  # noqa: E402

from eobgen import (  # noqa: E402
    ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth, LONG_DESC,
)

import eobgen  # noqa: E402

# two codes the shared fee tables lack (invented amounts, this process only)
eobgen.FEE.setdefault("97533", "88.00")
eobgen.FEE.setdefault("97162", "245.00")
eobgen.SCHED.setdefault("97533", "34.10")
eobgen.SCHED.setdefault("97162", "101.12")
eobgen.DESC.setdefault("97533", "Sensory integration techniques")
eobgen.DESC.setdefault("97162", "PT evaluation, moderate complexity")

D = date
J = lambda d: date(2026, 1, d)  # noqa: E731


class T:
    """Truth collector for one file."""

    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.exempt: list[set] = []
        self.span: list = []
        self.claims: list[dict] = []

    def add(self, page: int, s: Svc, exempt=(), span=0, **kw) -> None:
        self.lines.append(truth_line(page, s, **kw))
        self.exempt.append(set(exempt))
        self.span.append(span)

    def claim(self, claim_id, payer_claim_id, patient, **tot) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**tot)})


def m(d: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(d, style, neg)


def tots(svcs, *keys):
    return {k: total(svcs, {"patient_owes": "owes"}.get(k, k)) for k in keys}


# =============================================================================================== v1
def v1(doc: Doc, npages: int):
    t = T()
    fam = "Okafor"
    st = PlanState(ded_left=Decimal("150.00"), copay_codes={"99213": Decimal("30.00")})
    claims = [
        ("Daniel Okafor", "Harborview Family Medicine", "2602-121-00388", "HFM-2231-01",
         [Svc(J(14), "99213", 1, ("25",)), Svc(J(14), "G0283", 1, ())]),
        ("Amara Okafor", "Westbrook Physical Therapy Group", "2602-118-40772", "WPT-771903",
         [Svc(J(5), "97161", 1, ("GP",)), Svc(J(5), "97110", 2, ("GP",)), Svc(J(8), "97110", 2, ("GP",)),
          Svc(J(8), "97140", 1, ("GP", "59"))]),
        ("Ruth Okafor", "Lakeshore Pediatric Therapy", "2602-118-40919", "LPT-55102",
         [Svc(J(6), "97166", 1, ("GO",)), Svc(J(6), "97530", 2, ("GO",)), Svc(J(13), "97530", 3, ("GO",)),
          Svc(J(13), "97535", 1, ("GO",)), Svc(J(20), "97530", 3, ("GO",)), Svc(J(20), "97112", 1, ("GO",)),
          Svc(J(27), "97530", 2, ("GO",)), Svc(J(27), "97535", 1, ("GO",)),
          Svc(J(27), "0552T", 1, (), denied="PR")]),
    ]
    notes = {"N1": "Your provider is in our network; the plan discount is not yours to pay.",
             "N4": "Counted toward your family deductible.",
             "N7": "Not a covered benefit under your plan (experimental treatment). You may owe this amount."}
    for c in claims:
        for s in c[4]:
            commercial(s, st, deny_reason="114")
            s.remarks = ["N7"] if s.denied else (["N1", "N4"] if s.deductible else ["N1"])
    cols = [("Service dates", 40, "l"), ("Service", 92, "l"), ("Amount\nbilled", 216, "r"),
            ("Plan\ndiscount", 260, "r"), ("Allowed\namount", 304, "r"), ("Not\ncovered", 346, "r"),
            ("Deduct-\nible", 386, "r"), ("Copay", 422, "r"), ("Coin-\nsurance", 462, "r"),
            ("Plan\npaid", 504, "r"), ("You\nowe", 544, "r"), ("Notes", 552, "l")]

    def furniture():
        p = doc.new_page()
        doc.text(40, 42, "NORTHLAKE MUTUAL", 15, "B")
        doc.text(40, 54, "HEALTH PLAN", 8, "B")
        doc.text(572, 42, "Explanation of Benefits", 13, "B", "r")
        doc.text(572, 56, "THIS IS NOT A BILL", 9, "B", "r")
        doc.line(40, 64, 572, 64, 1.2)
        doc.text(40, 760, "Northlake Mutual Health Plan, PO Box 7720, Brennan Falls, ST 40912  |  Member services "
                 "1-800-555-0148 (TTY 711)", 7)
        doc.text(572, 772, f"Page {p} of {npages}", 7, "R", "r")
        if p == 1:
            for i, s in enumerate(["DANIEL OKAFOR", "2218 LINDEN HOLLOW RD", "BRENNAN FALLS ST 40914"]):
                doc.text(40, 90 + i * 11, s, 9)
            info = [("Statement date", "02/09/2026"), ("Subscriber", "Daniel Okafor"),
                    ("Member ID", "NMH448201770"), ("Group", "EMP-30418 Calder Freight Co."),
                    ("Plan", "Choice PPO 1500")]
            for i, (a, b) in enumerate(info):
                doc.text(350, 90 + i * 11, a + ":", 8, "B")
                doc.text(430, 90 + i * 11, b, 8)
            doc.rect(40, 150, 532, 44, 0.6, 0.93)
            doc.text(48, 164, "Family deductible: $1,500.00    Met so far: $1,350.00    Remaining: $0.00 after "
                     "these claims", 8.5)
            doc.text(48, 178, "Covered on this plan: Daniel, Amara, Ruth and Tobias Okafor. Keep this statement "
                     "with your records.", 8.5)
            return 214
        doc.text(40, 84, "Daniel Okafor  -  Member ID NMH448201770  -  Statement date 02/09/2026", 8)
        return 104

    def header(y):
        for h, x, a in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x, y + k * 8, part, 7, "B", a)
        doc.line(40, y + 12, 572, y + 12, 0.8)
        return y + 22

    y = furniture()
    for patient, prov, clm, acct, svcs in claims:
        if y + 90 > 730:
            y = furniture()
        doc.rect(40, y, 532, 28, 0.6, 0.88)
        doc.text(46, y + 11, f"Claim for: {patient}", 8.5, "B")
        doc.text(200, y + 11, f"Provider: {prov}", 8.5)
        doc.text(46, y + 23, f"Claim number: {clm}", 8)
        doc.text(200, y + 23, f"Patient account no.: {acct}", 8)
        doc.text(400, y + 23, "Received 01/30/2026  Processed 02/04/2026", 8)
        y = header(y + 40)
        for s in svcs:
            if y + 24 > 730:
                y = furniture()
                doc.text(40, y, f"Claim for: {patient} - claim number {clm} (continued)", 8.5, "B")
                y = header(y + 12)
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), m(s.billed), m(s.discount),
                    m(s.allowed), m(s.not_covered), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid),
                    m(s.owes), " ".join(s.remarks)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, 7.5, "R", a)
            doc.text(92, y + 9, s.desc, 6.5)
            t.add(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=patient, units=False,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), remarks=s.remarks)
            y += 22
        doc.line(40, y - 8, 572, y - 8, 0.5)
        tt = tots(svcs, "billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                  "paid", "owes")
        doc.text(92, y + 1, "Claim totals", 7.5, "B")
        for (h, x, a), k in zip(cols[2:11], ["billed", "discount", "allowed", "not_covered", "deductible",
                                             "copay", "coinsurance", "paid", "owes"]):
            doc.text(x, y + 1, m(tt[k]), 7.5, "B", a)
        t.claim(acct, clm, patient, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                patient_owes=tt["owes"])
        y += 24
    if y + 80 > 730:
        y = furniture()
    doc.text(40, y, "What the notes mean", 9, "B")
    for i, (k, v) in enumerate(notes.items()):
        doc.text(40, y + 13 + i * 11, k, 8, "B")
        doc.text(60, y + 13 + i * 11, v, 8)
    doc.text(40, y + 60, "Tobias Okafor had no claims processed in this period.", 8)
    return t, list(notes.items()), [], dict(member_math=True)


# =============================================================================================== v2
def v2(doc: Doc, npages: int):
    t = T()
    st = {"Leo": PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.10")),
          "Ines": PlanState(ded_left=ZERO, coins_rate=Decimal("0.10")),
          "Martin": PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"))}
    groups = [
        ("Leo Brandt", "Son", [
            ("CV26-0412-7781", "Tidewater Speech & Language", "TSL00931",
             [Svc(J(7), "92523", 1, ("GN",)), Svc(J(14), "92507", 1, ("GN",)), Svc(J(21), "92507", 1, ("GN",)),
              Svc(J(28), "92507", 1, ("GN",))]),
            ("CV26-0418-0032", "Tidewater Speech & Language", "TSL01107",
             [Svc(J(30), "92507", 1, ("GN",)), Svc(J(30), "97533", 1, ("GN",), desc="Sensory integration "
                                                                                    "techniques")])]),
        ("Ines Brandt", "Spouse", [
            ("CV26-0409-5520", "Arbor Point Hand Center", "APH-66120",
             [Svc(J(9), "97165", 1, ("GO",)), Svc(J(9), "97760", 2, ("GO",)), Svc(J(9), "L3807", 1, ("RT",)),
              Svc(J(16), "97140", 2, ("GO",)), Svc(J(16), "97110", 2, ("GO",)),
              Svc(J(23), "0552T", 1, (), denied="PR")])]),
        ("Martin Brandt", "Employee", [
            ("CV26-0420-1194", "Ridgeline Spine & Sport PT", "RSS410-2",
             [Svc(J(12), "97162", 1, ("GP",), desc="PT evaluation, moderate complexity"),
              Svc(J(12), "97112", 2, ("GP",)), Svc(J(19), "97116", 2, ("GP", "KX"))])]),
    ]
    from eobgen import FEE
    FEE.setdefault("97533", "88.00")
    FEE.setdefault("97162", "245.00")
    for g in groups:
        for c in g[2]:
            for s in c[3]:
                if s.code in ("97533", "97162"):
                    s.billed = q(Decimal(FEE[s.code]) * s.units)
    for name, rel, cl in groups:
        for c in cl:
            for s in c[3]:
                commercial(s, st[name.split()[0]], deny_reason="96")
                s.remarks = ["X"] if s.denied else (["D"] if s.deductible else [])
    X0 = 222
    cols = [("Claim #", X0, "l"), ("Provider", X0 + 64, "l"), ("Date", X0 + 146, "l"), ("Proc", X0 + 196, "l"),
            ("Qty", X0 + 254, "r"), ("Charges", X0 + 288, "r"), ("Savings", X0 + 326, "r"),
            ("Ineligible", X0 + 368, "r"), ("Deductible", X0 + 410, "r"), ("Coins", X0 + 442, "r"),
            ("Paid by plan", X0 + 494, "r"), ("Your share", X0 + 534, "r"), ("Rmk", X0 + 540, "l")]

    def furniture():
        p = doc.new_page()
        doc.rect(20, 20, 190, 572, 0.4, 0.94)
        doc.text(30, 44, "Pinegate Benefit", 13, "B")
        doc.text(30, 58, "Administrators", 13, "B")
        doc.text(30, 72, "for Cedar Valley Schools", 7.5)
        doc.text(30, 82, "Employee Benefit Trust", 7.5)
        if p == 1:
            lines = ["Employee: Martin Brandt", "Member no.: CVS-0071826", "Plan: Trust Base Plan 2026",
                     "", "PLAN YEAR TO DATE", "Deductible (per person) $500", "  Martin   $250.00 met",
                     "  Ines     $500.00 met", "  Leo      $500.00 met", "Family out-of-pocket $4,000",
                     "  Applied so far $1,318.22", "", "QUESTIONS?", "Call 1-888-555-0163",
                     "Mon-Fri 7am-7pm", "Write: PO Box 5090", "Cedar Valley, ST 30122"]
        else:
            lines = ["Claims statement", "(continued)", "Member no.: CVS-0071826"]
        for i, s in enumerate(lines):
            doc.text(30, 110 + i * 13, s, 8, "B" if s.isupper() else "R")
        doc.text(X0, 44, "Claims Statement", 15, "B")
        doc.text(X0, 58, "Statement period 01/01/2026 - 01/31/2026   Issued 02/06/2026   Not a bill", 8)
        doc.text(772, 596, f"Page {p} of {npages}", 7, "R", "r")
        doc.line(X0, 66, 772, 66, 1)
        return 84

    def header(y):
        for h, x, a in cols:
            doc.text(x, y, h, 6.8, "B", a)
        doc.line(X0, y + 4, 772, y + 4, 0.6)
        return y + 14

    y = furniture()
    for name, rel, cl in groups:
        if y + 70 > 570:
            y = furniture()
        doc.text(X0, y + 4, f"{name} ({rel})", 10, "B")
        y = header(y + 18)
        for clm, prov, acct, svcs in cl:
            for i, s in enumerate(svcs):
                if y + 14 > 580:
                    y = furniture()
                    doc.text(X0, y + 4, f"{name} ({rel}) continued", 10, "B")
                    y = header(y + 18)
                    i = 0
                vals = [clm if i == 0 else "", prov.split()[0] + " " + prov.split()[1] if i == 0 else "",
                        dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), units_str(s.units), m(s.billed, "$"),
                        m(s.discount), m(s.not_covered), m(s.deductible), m(s.coinsurance), m(s.paid, "$"),
                        m(s.owes, "$"), " ".join(s.remarks)]
                for (h, x, a), v in zip(cols, vals):
                    doc.text(x, y, v, 7.2, "R", a)
                t.add(doc.page, s, claim_id=None, payer_claim_id=clm, patient=name,
                      printed=("billed", "discount", "not_covered", "deductible", "coinsurance", "paid",
                               "patient_owes"), remarks=s.remarks, description=False)
                y += 13
            doc.text(X0 + 64, y, f"Patient acct {acct}", 6.5)
            tt = tots(svcs, "billed", "paid", "owes")
            doc.text(X0 + 196, y, "Claim total", 7, "B")
            doc.text(cols[5][1], y, m(tt["billed"], "$"), 7, "B", "r")
            doc.text(cols[10][1], y, m(tt["paid"], "$"), 7, "B", "r")
            doc.text(cols[11][1], y, m(tt["owes"], "$"), 7, "B", "r")
            t.claim(acct, clm, name, billed=tt["billed"], paid=tt["paid"], patient_owes=tt["owes"])
            # the account number is the provider's: set it on the claim's lines now it is printed
            for ln in t.lines:
                if ln["payer_claim_id"] == clm:
                    ln["claim_id"] = acct
            y += 18
    legend = [("D", "Part of this amount went toward the member's deductible."),
              ("X", "Service excluded by the plan document; the member may be billed.")]
    if y + 40 > 580:
        y = furniture()
    for i, (k, v) in enumerate(legend):
        doc.text(X0, y + i * 11, f"{k} = {v}", 7.5)
    return t, legend, [], dict(member_math=False)


# =============================================================================================== v3
def v3(doc: Doc, npages: int):
    t = T()
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ("Lakeview Hand & Upper Limb Therapy", "26-006-1147-2290-00", J(6),
         [Svc(J(6), "97165", 1, ("GO",)), Svc(J(6), "97760", 2, ("GO",)), Svc(J(6), "L3807", 1, ("RT",))]),
        ("Lakeview Hand & Upper Limb Therapy", "26-014-0871-5512-00", J(13),
         [Svc(J(13), "97140", 2, ("GO", "KX")), Svc(J(13), "97110", 2, ("GO", "KX")),
          Svc(J(13), "97535", 1, ("GO", "KX")), Svc(J(13), "G0283", 1, ("GO",)),
          Svc(J(13), "0552T", 1, (), denied="CO")]),
        ("Fairmont Internal Medicine Associates", "26-019-3320-0017-00", J(19),
         [Svc(J(19), "99213", 1, ())]),
        ("Lakeview Hand & Upper Limb Therapy", "26-021-0904-6735-00", J(20),
         [Svc(J(20), "97140", 2, ("GO", "KX")), Svc(J(20), "97530", 2, ("GO", "KX")),
          Svc(J(20), "97110", 1, ("GO", "KX")), Svc(J(20), "97168", 1, ("GO",))]),
    ]
    for c in claims:
        for s in c[3]:
            medicare(s, st, sequestration=False, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    name = "CONSTANCE M. ABERNATHY"
    X = [56, 300, 350, 410, 470, 530, 560]

    def furniture():
        p = doc.new_page()
        doc.text(56, 50, "Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
        doc.text(56, 64, "The Official Summary of Your Medicare Claims", 9)
        doc.text(556, 50, name, 9, "B", "r")
        doc.text(556, 62, "Medicare Number XXX-XX-7Q41", 8, "R", "r")
        doc.line(56, 72, 556, 72, 1.5)
        doc.text(306, 770, f"Page {p} of {npages}", 8, "R", "c")
        doc.text(56, 770, "Need help? Call 1-800-555-0199", 7)
        return 96

    def header(y):
        hd = [("Service Provided & Billing Code", X[0], "l"), ("Service", 318, "c"),
              ("Amount", 376, "r"), ("Medicare-", 430, "r"), ("Amount", 480, "r"),
              ("Maximum You", 534, "r"), ("See", 542, "l")]
        hd2 = ["", "Approved?", "Provider", "Approved", "Medicare", "May Be", "Notes"]
        hd3 = ["", "", "Charged", "Amount", "Paid", "Billed", "Below"]
        for (h, x, a), h2, h3 in zip(hd, hd2, hd3):
            doc.text(x, y, h, 7, "B", a)
            doc.text(x, y + 8, h2, 7, "B", a)
            doc.text(x, y + 16, h3, 7, "B", a)
        doc.line(56, y + 20, 556, y + 20, 0.8)
        return y + 32

    y = furniture()
    doc.text(56, y, f"{name}", 10, "B")
    doc.text(56, y + 12, "418 QUARRY BEND LN APT 3", 9)
    doc.text(56, y + 24, "MILLBROOK ST 55208", 9)
    doc.rect(330, y - 10, 226, 70, 0.8)
    doc.text(340, y + 4, "THIS IS NOT A BILL", 10, "B")
    doc.text(340, y + 18, "Notice for the period: Jan 1 - Mar 31, 2026", 8)
    billed_total = sum((s.owes for c in claims for s in c[3]), ZERO)
    doc.text(340, y + 32, "Total You May Be Billed", 8, "B")
    doc.text(548, y + 32, m(billed_total, "$"), 9, "B", "r")
    doc.text(340, y + 46, "Did Medicare approve all services? NO", 8)
    y += 90
    doc.text(56, y, "Your Deductible Status", 11, "B")
    doc.text(56, y + 14, "Your deductible is what you must pay for most health services before Medicare pays.",
             8.5)
    doc.text(56, y + 26, "Part B Deductible: You have now met your deductible for 2026.", 8.5)
    y += 50
    doc.text(56, y, "Your Providers & Claims at a Glance", 11, "B")
    for i, c in enumerate(claims):
        doc.text(56, y + 16 + i * 12, f"{c[0]}", 8.5)
        doc.text(330, y + 16 + i * 12, dfmt(c[2], "month"), 8.5)
        doc.text(556, y + 16 + i * 12, m(sum((s.owes for s in c[3]), ZERO), "$"), 8.5, "R", "r")
    y += 90
    doc.rect(56, y, 500, 60, 0.6, 0.93)
    doc.text(66, y + 16, "Be Informed!  Medicare will never call you to ask for your Medicare Number. Report",
             8.5)
    doc.text(66, y + 28, "anyone who asks for it in exchange for free equipment or services.", 8.5)
    y = furniture()
    doc.text(56, y, "Your Claims & Costs This Period", 12, "B")
    y += 20
    for prov, clm, dos, svcs in claims:
        if y + 110 > 740:
            y = furniture()
        doc.text(56, y, f"{dfmt(dos, 'month')}", 9.5, "B")
        doc.text(56, y + 12, f"{prov}", 9)
        doc.text(340, y + 12, f"Claim number {clm}", 8.5)
        doc.text(56, y + 24, "Service date: " + dfmt(dos, "mdy4"), 8.5)
        doc.text(340, y + 24, "Referred by: Nadia Ferrow", 8.5)
        y = header(y + 38)
        for s in svcs:
            txt = f"{LONG_DESC.get(s.code, s.desc)} ({'-'.join((s.code,) + s.mods)})"
            wr = doc.wrap(txt, 226, 8)
            if y + 12 * len(wr) > 740:
                y = furniture()
                doc.text(56, y, f"{dfmt(dos, 'month')}  {prov}  claim {clm} (continued)", 9, "B")
                y = header(y + 12)
            for k, wl in enumerate(wr):
                doc.text(X[0], y + k * 10, wl, 8)
            yl = y + (len(wr) - 1) * 10
            vals = ["No" if s.denied else "Yes", m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"),
                    m(s.owes, "$"), ", ".join(s.remarks)]
            for x, a, v in zip([318, 376, 430, 480, 534, 542],
                               "crrrrl", vals):
                doc.text(x, yl, v, 8, "R", a)
            t.add(doc.page, s, exempt={"service_date"}, span=(len(wr) - 1, 0), claim_id=None,
                  payer_claim_id=clm, patient=name, units=False,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                  description=False)
            y = yl + 14
        tt = tots(svcs, "billed", "allowed", "paid", "owes")
        doc.line(56, y - 8, 556, y - 8, 0.4)
        doc.text(X[0], y + 2, "Total for this claim", 8, "B")
        for x, v in zip([376, 430, 480, 534], [tt["billed"], tt["allowed"], tt["paid"], tt["owes"]]):
            doc.text(x, y + 2, m(v, "$"), 8, "B", "r")
        t.claim(None, clm, name, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                patient_owes=tt["owes"])
        y += 24
    legend = [("A", "Your provider accepted assignment; you do not owe more than the amount shown."),
              ("B", "Part of the approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service because it is not proven effective. You do not "
                    "owe the provider for it.")]
    if y + 60 > 740:
        y = furniture()
    doc.text(56, y, "Notes for Claims Above", 10, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(56, y + 14 + i * 11, f"{k}  {v}", 7.8)
    return t, legend, [], dict(member_math=False)


# =============================================================================================== v4
def v4(doc: Doc, npages: int):
    t = T()
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.55"))
    name = "Bernard Kowalczyk"
    claims = [
        ("EV2601-483920", "Sunfield Outpatient Rehab", [Svc(J(5), "97163", 1, ("GP",)),
                                                        Svc(J(5), "97110", 2, ("GP",))]),
        ("EV2601-484377", "Sunfield Outpatient Rehab", [Svc(J(12), "97140", 1, ("GP", "CQ")),
                                                        Svc(J(12), "97110", 2, ("GP", "CQ")),
                                                        Svc(J(12), "97112", 1, ("GP", "CQ"))]),
        ("EV2601-489051", "Sunfield Outpatient Rehab", [Svc(J(19), "97116", 2, ("GP", "CQ")),
                                                        Svc(J(19), "97535", 1, ("GP",), denied="CO"),
                                                        Svc(J(19), "97110", 2, ("GP", "CQ"))]),
        ("EV2601-490226", "Maple Terrace Primary Care", [Svc(J(22), "99213", 1, ())]),
    ]
    for _clm, _p, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="197")
            if s.denied:
                s.owes = ZERO
            s.remarks = ["P4"] if s.denied else (["C1"] if s.copay else [])
    cols = [("Date of", "service", 50, "l"), ("Service", "", 104, "l"), ("Qty", "", 300, "r"),
            ("Provider's", "charge", 360, "r"), ("Plan's approved", "amount", 430, "r"),
            ("Plan", "paid", 480, "r"), ("Your", "share", 530, "r"), ("Note", "", 540, "l")]

    def furniture():
        p = doc.new_page()
        doc.text(50, 46, "Evergreen Senior Advantage (PPO)", 15, "B")
        doc.text(50, 60, "Explanation of Benefits for January 2026", 10)
        doc.text(562, 46, "Member: " + name, 9, "B", "r")
        doc.text(562, 58, "Member ID: EVS 8831 0426", 8.5, "R", "r")
        doc.line(50, 68, 562, 68, 1)
        doc.text(50, 772, "Evergreen Senior Advantage is a PPO plan with a Medicare contract. H9921_EOB26_M",
                 6.8)
        doc.text(562, 772, f"Page {p} of {npages}", 7.5, "R", "r")
        return 88

    def header(y):
        for a, b, x, al in cols:
            doc.text(x, y, a, 7.5, "B", al)
            doc.text(x, y + 9, b, 7.5, "B", al)
        doc.line(50, y + 13, 562, y + 13, 0.6)
        return y + 24

    y = furniture()
    doc.rect(50, y, 512, 66, 0.7)
    doc.text(58, y + 14, "Your out-of-pocket costs this year", 9, "B")
    owed = sum((s.owes for c in claims for s in c[2]), ZERO)
    doc.text(58, y + 28, f"You've paid {m(owed, '$')} of your {m(Decimal('4900'), '$')} in-network maximum.", 8.5)
    doc.text(58, y + 40, "Medical services in January: 9 therapy services, 1 office visit.", 8.5)
    doc.text(58, y + 52, "Questions about your claims? Call Member Services at 1-866-555-0172 (TTY 711).", 8.5)
    y += 92
    doc.text(50, y, "Your medical claims in detail", 12, "B")
    y += 18
    for clm, prov, svcs in claims:
        if y + 90 > 740:
            y = furniture()
        doc.line(50, y - 10, 562, y - 10, 1.2)
        doc.text(50, y, f"Claim ID: {clm}", 9, "B")
        doc.text(190, y, f"Provider: {prov} (in network)", 9)
        doc.text(562, y, "Processed 01/28/2026", 8, "R", "r")
        y = header(y + 12)
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), " ".join((s.code,) + s.mods), units_str(s.units), m(s.billed, "$"),
                    m(s.allowed, "$"), m(s.paid, "$"), m(s.owes, "$"), " ".join(s.remarks)]
            for (a, b, x, al), v in zip(cols, vals):
                doc.text(x, y, v, 8, "R", al)
            doc.text(104, y + 9, s.desc, 7)
            t.add(doc.page, s, claim_id=None, payer_claim_id=clm, patient=name,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            y += 22
        tt = tots(svcs, "billed", "allowed", "paid", "owes")
        doc.text(104, y, "Claim total", 8, "B")
        for x, k in zip([360, 430, 480, 530], ["billed", "allowed", "paid", "owes"]):
            doc.text(x, y, m(tt[k], "$"), 8, "B", "r")
        t.claim(None, clm, name, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                patient_owes=tt["owes"])
        y += 26
    legend = [("C1", "Your plan's copayment for an outpatient therapy visit (one per day)."),
              ("P4", "The plan needed approval before this service and did not receive it. The provider may "
                     "not bill you.")]
    for i, (k, v) in enumerate(legend):
        doc.text(50, y + i * 11, f"{k}: {v}", 7.5)
    return t, legend, [], dict(member_math=False)


# =============================================================================================== v5
def v5(doc: Doc, npages: int):
    t = T()
    FS = 7.6
    CW = doc.width("0", FS)

    def put(y, col, s, f="R"):
        doc.text(36 + col * CW, y, s, FS, f)

    def pad(s, n, right=False):
        return s.rjust(n) if right else s.ljust(n)

    paid = [
        ("NAVARRO, ELENA", "700128834101", "2026036004412001", "MQT-10442",
         [Svc(J(5), "97165", 1, ("GO",)), Svc(J(5), "97530", 4, ("GO",))]),
        ("NAVARRO, ELENA", "700128834101", "2026036004412002", "MQT-10519",
         [Svc(J(12), "97530", 3, ("GO",)), Svc(J(12), "97535", 2, ("GO",)), Svc(J(19), "97530", 4, ("GO",)),
          Svc(J(19), "97112", 1, ("GO",))]),
        ("BELLAMY, JOSIAH", "700144019266", "2026036004412003", "MQT-10520",
         [Svc(J(7), "92523", 1, ("GN",)), Svc(J(14), "92507", 1, ("GN",)), Svc(J(21), "92507", 1, ("GN",)),
          Svc(J(28), "92507", 1, ("GN",))]),
        ("TRAN, MINH-ANH", "700150772918", "2026036004412004", "MQT-10588",
         [Svc(J(8), "97161", 1, ("GP",)), Svc(J(8), "97110", 3, ("GP",)), Svc(J(15), "97110", 3, ("GP",)),
          Svc(J(15), "97140", 2, ("GP", "59")), Svc(J(22), "97110", 3, ("GP",)),
          Svc(J(22), "97116", 2, ("GP",)), Svc(J(29), "97110", 3, ("GP",)), Svc(J(29), "97140", 2, ("GP", "59"))]),
        ("OYELARAN, DEJI", "700162230457", "2026036004412005", "MQT-10601",
         [Svc(J(9), "97166", 1, ("GO",)), Svc(J(9), "97530", 3, ("GO",)), Svc(J(16), "97530", 4, ("GO",)),
          Svc(J(16), "97535", 2, ("GO",)), Svc(J(23), "97530", 4, ("GO",)), Svc(J(30), "97530", 4, ("GO",))]),
    ]
    denied = [("BELLAMY, JOSIAH", "700144019266", "2026036004412006", "MQT-10633",
               [Svc(J(28), "92526", 1, ("GN",), denied="CO")]),
              ("QUISPE, RAFAEL", "700171104382", "2026036004412007", "MQT-10640",
               [Svc(J(13), "97110", 2, ("GP",), denied="CO"), Svc(J(13), "97112", 2, ("GP",), denied="CO")])]
    orig = [Svc(D(2025, 12, 15), "97530", 4, ("GO",)), Svc(D(2025, 12, 15), "97535", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    rep = [Svc(D(2025, 12, 15), "97530", 3, ("GO",)), Svc(D(2025, 12, 15), "97535", 1, ("GO",))]
    adjusted = [("NAVARRO, ELENA", "700128834101", "2026036004412008", "MQT-09977", rev),
                ("NAVARRO, ELENA", "700128834101", "2026036004412009", "MQT-09977", rep)]
    for _a, _b, _c, _d, svcs in paid + adjusted[1:]:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0102"] if s.discount else []
    for s in rev:
        s.remarks = ["0521"]
    for _a, _b, _c, _d, svcs in denied:
        for s in svcs:
            medicaid(s, deny_reason="15")
            s.remarks = ["0417"] if s.code != "92526" else ["0288"]
    for s in rep:
        s.remarks = ["0522"] + s.remarks

    def furniture():
        p = doc.new_page()
        put(40, 0, "DEPARTMENT OF HEALTH AND FAMILY SERVICES - MEDICAL ASSISTANCE PROGRAM", "B")
        put(50, 0, "PROVIDER REMITTANCE ADVICE")
        put(50, 52, f"PAGE {p:>3} OF {npages:>3}")
        put(62, 0, "PROVIDER: MAPLEQUEST THERAPY SERVICES LLC   PROVIDER NO: 100274415   NPI: 1306628841")
        put(72, 0, "RA NUMBER: 0004418821   WARRANT NO: 60021377   WARRANT DATE: 02/06/26   PAYMENT: EFT")
        doc.line(36, 78, 576, 78, 0.6)
        return 92

    def header(y, section):
        put(y, 0, f"CLAIM TYPE: PROFESSIONAL        CLAIM STATUS: {section}", "B")
        put(y + 11, 0, "RECIPIENT NAME            RECIPIENT ID    ICN                 PATIENT ACCT")
        put(y + 20, 0, "  LN  FROM-DOS  TO-DOS    PROC   MODS    UNITS     BILLED    ALLOWED       PAID  EOB")
        put(y + 25, 0, "-" * 86)
        return y + 36

    y = furniture()
    grand = {"billed": ZERO, "paid": ZERO}
    for section, claims in (("PAID", paid), ("DENIED", denied), ("ADJUSTED", adjusted)):
        if y + 70 > 750:
            y = furniture()
        y = header(y, section)
        for rname, rid, icn, acct, svcs in claims:
            if y + 34 > 750:
                y = furniture()
                y = header(y, section + " (CONT)")
            put(y, 0, f"{pad(rname, 26)}{pad(rid, 16)}{pad(icn, 20)}{acct}", "B")
            y += 10
            for ln, s in enumerate(svcs, 1):
                if y + 10 > 750:
                    y = furniture()
                    y = header(y, section + " (CONT)")
                    put(y, 0, f"{pad(rname, 26)}{pad(rid, 16)}{pad(icn, 20)}{acct}  CONTINUED", "B")
                    y += 10
                row = (f"  {ln:02d}  {dfmt(s.dos, 'mdy2')}  {dfmt(s.dos, 'mdy2')}  {s.code:<6} "
                       f"{' '.join(s.mods):<6} {abs(s.units):>6.2f} {m(s.billed, ',', 'trail'):>10} "
                       f"{m(s.allowed, ',', 'trail'):>10} {m(s.paid, ',', 'trail'):>10}  {' '.join(s.remarks)}")
                put(y, 0, row)
                tl_units = s.units
                t.add(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=rname, service_end=s.dos,
                      printed=("billed", "allowed", "paid"), remarks=s.remarks, description=False,
                      overrides={"units": units_str(abs(tl_units))})
                y += 10
            tt = tots(svcs, "billed", "allowed", "paid")
            put(y, 0, f"{'':44}CLAIM TOTAL {m(tt['billed'], ',', 'trail'):>10} {m(tt['allowed'], ',', 'trail'):>10}"
                f" {m(tt['paid'], ',', 'trail'):>10}", "B")
            t.claim(acct, icn, rname, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"])
            grand["billed"] += tt["billed"]
            grand["paid"] += tt["paid"]
            y += 16
        y += 6
    if y + 120 > 750:
        y = furniture()
    put(y, 0, f"TOTAL CLAIMS BILLED {m(grand['billed'], ',', 'trail'):>12}   TOTAL PAID "
        f"{m(grand['paid'], ',', 'trail'):>12}", "B")
    legend = [("0102", "ALLOWED AT THE PROGRAM FEE SCHEDULE RATE; THE BALANCE IS NOT BILLABLE TO THE RECIPIENT."),
              ("0288", "FEEDING THERAPY REQUIRES A SEPARATE SERVICE AUTHORIZATION FOR THIS RECIPIENT."),
              ("0417", "RECIPIENT NOT ELIGIBLE FOR THE PROGRAM ON THE DATE OF SERVICE."),
              ("0521", "CREDIT: PRIOR PAYMENT TAKEN BACK BECAUSE THE CLAIM WAS CORRECTED."),
              ("0522", "DEBIT: CORRECTED CLAIM PAID IN PLACE OF THE PRIOR CLAIM.")]
    put(y + 16, 0, "EOB CODE DESCRIPTIONS", "B")
    for i, (k, v) in enumerate(legend):
        put(y + 27 + i * 10, 0, f"{k}  {v}")
    return t, legend, [], dict(member_math=False)


# =============================================================================================== v6
def v6(doc: Doc, npages: int):
    t = T()
    claims = []
    specs = [
        ("PHAM, LILY K", "70044128301", "SV-2210", "2026-034-00-118842", "PAID",
         [Svc(J(6), "92523", 1, ("GN",)), Svc(J(13), "92507", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",))],
         None),
        ("OKONJO, SAMUEL", "70061190045", "SV-2214", "2026-034-00-118843", "PAID",
         [Svc(J(8), "97162", 1, ("GP",), desc="PT evaluation, moderate complexity"),
          Svc(J(8), "97110", 2, ("GP",)), Svc(J(15), "97140", 2, ("GP",))], Decimal("40.00")),
        ("REYES-DOMINGO, ISABEL", "70039025514", "SV-2219", "2026-034-00-118844", "PAID",
         [Svc(J(9), "97167", 1, ("GO",)), Svc(J(9), "97530", 2, ("GO",)), Svc(J(16), "97530", 3, ("GO",)),
          Svc(J(16), "97535", 1, ("GO",))], None),
        ("FAIRWEATHER, NOAH", "70072281370", "SV-2230", "2026-034-00-118845", "DENIED",
         [Svc(J(21), "97530", 2, ("GO",), denied="CO"), Svc(J(21), "97112", 1, ("GO",), denied="CO")], None),
    ]
    from eobgen import FEE, SCHED
    FEE.setdefault("97162", "245.00")
    SCHED.setdefault("97162", "101.12")
    for name, mid, acct, icn, status, svcs, tpl in specs:
        for s in svcs:
            if s.code == "97162":
                s.billed = q(Decimal(FEE["97162"]) * s.units)
            medicaid(s, deny_reason="B7")
            s.remarks = ["N54"] if s.denied else []
        if tpl:  # other insurance paid on the first line; Medicaid pays the rest of its allowance
            s0 = svcs[0]
            s0.adjs.append(("OA", "23", tpl))
            s0.paid -= tpl
            s0.remarks = ["MA04"]
        for s in svcs:
            if not s.denied and s.code in ("92507", "97140"):  # one-dollar recipient copay
                s.adjs.append(("PR", "3", Decimal("1.00")))
                s.paid -= Decimal("1.00")
                s.copay = Decimal("1.00")
        claims.append((name, mid, acct, icn, status, svcs, tpl))
    X = {"ln": 40, "from": 58, "to": 112, "proc": 166, "mods": 204, "units": 262, "billed": 312, "allowed": 362,
         "tpl": 402, "copay": 440, "paid": 486, "carc": 500, "amt": 582, "rarc": 600}
    heads = [("Ln", "ln", "l"), ("Svc From", "from", "l"), ("Svc To", "to", "l"), ("Proc", "proc", "l"),
             ("Mods", "mods", "l"), ("Units", "units", "r"), ("Billed", "billed", "r"),
             ("Allowed", "allowed", "r"), ("TPL", "tpl", "r"), ("Copay", "copay", "r"), ("Paid", "paid", "r"),
             ("Grp-CARC", "carc", "l"), ("Adj Amt", "amt", "r"), ("RARC", "rarc", "l")]

    def furniture():
        p = doc.new_page()
        doc.text(40, 40, "Office of Medicaid Programs  -  Provider Remittance Advice", 14, "B")
        doc.text(40, 54, "Fiscal agent: Keystone Claims Processing Services, PO Box 3301, Rowland, ST 61220", 8)
        doc.text(752, 40, "Payee: Sound Voices Therapy Partners", 9, "B", "r")
        doc.text(752, 52, "Payee ID 2200418877   NPI 1578803396", 8, "R", "r")
        doc.text(752, 64, "Remit date 02/13/2026   Check/EFT no. 0009917731", 8, "R", "r")
        doc.text(752, 592, f"Page {p} of {npages}", 8, "R", "r")
        doc.line(40, 72, 752, 72, 1)
        return 92

    y = furniture()
    for name, mid, acct, icn, status, svcs, tpl in claims:
        h = 44 + 22 * len(svcs)
        if y + h > 560:
            y = furniture()
        doc.rect(36, y - 12, 720, h, 0.7)
        doc.text(42, y, f"Member: {name}", 9, "B")
        doc.text(240, y, f"Medicaid ID: {mid}", 9)
        doc.text(380, y, f"Pat Acct: {acct}", 9)
        doc.text(500, y, f"ICN: {icn}", 9)
        doc.text(750, y, f"Claim status: {status}", 9, "B", "r")
        y += 14
        for hd, k, a in heads:
            doc.text(X[k], y, hd, 7.5, "B", a)
        doc.line(36, y + 3, 756, y + 3, 0.4)
        y += 13
        for ln, s in enumerate(svcs, 1):
            vals = {"ln": str(ln), "from": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"), "proc": s.code,
                    "mods": " ".join(s.mods), "units": units_str(s.units), "billed": m(s.billed),
                    "allowed": m(s.allowed), "tpl": m(tpl if (tpl and ln == 1) else ZERO), "copay": m(s.copay),
                    "paid": m(s.paid), "rarc": " ".join(s.remarks)}
            for hd, k, a in heads:
                if k in vals:
                    doc.text(X[k], y, vals[k], 8, "R", a)
            for i, (g, rc, a) in enumerate(s.adjs):
                doc.text(X["carc"], y + i * 9, f"{g}-{rc}", 8)
                doc.text(X["amt"], y + i * 9, m(a), 8, "R", "r")
            t.add(doc.page, s, span=max(0, len(s.adjs) - 1), claim_id=acct, payer_claim_id=icn, patient=name,
                  service_end=s.dos, printed=("billed", "allowed", "paid", "copay"),
                  adjustments=s.adjs, remarks=s.remarks, description=False)
            y += 9 * max(1, len(s.adjs)) + 4
        tt = tots(svcs, "billed", "allowed", "paid")
        doc.text(X["proc"], y, "Claim totals", 8, "B")
        for k in ("billed", "allowed", "paid"):
            doc.text(X[k], y, m(tt[k]), 8, "B", "r")
        t.claim(acct, icn, name, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"])
        y += 30
    legend = [("CO-45", "Charge is more than the program's maximum for this service."),
              ("CO-B7", "Provider was not certified for this service on this date."),
              ("OA-23", "Reduced by the amount the member's other coverage paid."),
              ("PR-3", "Member copayment."),
              ("MA04", "Secondary payment; primary carrier's payment taken into account."),
              ("N54", "The claim information does not match the program's enrollment file.")]
    if y + 80 > 580:
        y = furniture()
    doc.text(40, y, "Adjustment and remark codes on this remittance", 9, "B")
    for i, (k, v) in enumerate(legend):
        doc.text(40, y + 12 + i * 10, f"{k}   {v}", 7.5)
    return t, legend, [], dict(member_math=False, adj_complete=True)


# =============================================================================================== v7
def v7(doc: Doc, npages: int):
    t = T()
    FS = 7.0
    CW = doc.width("0", FS)

    def put(y, col, s, f="R"):
        doc.text(30 + col * CW, y, s, FS, f)

    pats = [
        ("ALVAREZ, TERESA", "7QK4TE2NR19", "HWT-30317", "0226035118440", PlanState(ded_left=Decimal("45.00")),
         [Svc(J(6), "97530", 4, ("GO",)), Svc(J(6), "97140", 1, ("GO", "59")), Svc(J(8), "97530", 3, ("GO",))]),
        ("MBEKI, GRACE", "2RT9WQ5AX63", "HWT-30322", "0226035118441", PlanState(),
         [Svc(J(7), "97167", 1, ("GO",)), Svc(J(7), "97535", 2, ("GO",)), Svc(J(9), "97530", 3, ("GO", "KX")),
          Svc(J(14), "97530", 3, ("GO", "KX")), Svc(J(14), "97112", 2, ("GO", "KX")),
          Svc(J(16), "97110", 2, ("GO", "KX")), Svc(J(21), "97530", 3, ("GO", "KX")),
          Svc(J(21), "97140", 2, ("GO", "KX", "59")), Svc(J(23), "97530", 3, ("GO", "KX"))]),
        ("OSEI, KWAME", "4LD7PC3HV82", "HWT-30319", "0226035118439", PlanState(ded_left=Decimal("120.00")),
         [Svc(J(5), "97163", 1, ("GP",)), Svc(J(5), "97110", 2, ("GP",)), Svc(J(7), "97110", 2, ("GP",)),
          Svc(J(7), "97140", 1, ("GP", "59"))]),
        ("FINNEGAN, PATRICK", "6HJ2UY8KD04", "HWT-30331", "0226035118442", PlanState(),
         [Svc(J(12), "97161", 1, ("GP",)), Svc(J(12), "97110", 2, ("GP",)), Svc(J(15), "97116", 2, ("GP", "CQ")),
          Svc(J(15), "G0283", 1, ("GP",))]),
        ("LINDQVIST, ASTRID", "9MX3RB7PE55", "HWT-30340", "0226035118443", PlanState(),
         [Svc(J(20), "92523", 1, ("GN",)), Svc(J(27), "92507", 1, ("GN",)), Svc(J(27), "97129", 1, ("GN",))]),
    ]
    for p in pats:
        for s in p[5]:
            medicare(s, p[4])
    npi = "1487203365"

    def furniture():
        p = doc.new_page()
        put(34, 0, "MEDICARE PART B STANDARD PAPER REMITTANCE (reprint)", "B")
        put(34, 70, f"PAGE #: {p} OF {npages}")
        put(44, 0, "CENTRAL PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR   PO BOX 44018   MERRIDALE ST 73301")
        put(54, 0, "HEARTWOOD THERAPY ASSOCIATES   NPI #: 1487203365   PROVIDER #: 0417728   DATE: 02/11/2026")
        put(64, 0, "CHECK/EFT #: 881040027   REMIT #: 40771   printed by ClearPath Exchange from ERA file 835-40771")
        put(80, 0, "PERF PROV   SERV DATE   POS NOS  PROC  MODS         BILLED  ALLOWED  DEDUCT   COINS  "
            "GRP/RC-AMT       PROV PD", "B")
        put(86, 0, "_" * 104)
        return 100

    y = furniture()
    for name, mid, acct, icn, _st, svcs in pats:
        if y + 60 > 760:
            y = furniture()
        put(y, 0, f"NAME {name:<22} MID {mid}  ACNT {acct:<12} ICN {icn}  ASG Y MOA MA01")
        y += 11
        for s in svcs:
            adj = s.adjs
            if y + 10 * len(adj) > 760:
                y = furniture()
                put(y, 0, f"NAME {name:<22} MID {mid}  ACNT {acct:<12} ICN {icn}  (CONTINUED)")
                y += 11
            first = (f"{npi} {s.dos:%m%d} {s.dos:%m%d%y} 11 {units_str(s.units):>3} {s.code:<5} "
                     f"{' '.join(s.mods):<12} {s.billed:>8.2f} {s.allowed:>8.2f} {s.deductible:>7.2f} "
                     f"{s.coinsurance:>7.2f}  {adj[0][0]}-{adj[0][1]:<4}{adj[0][2]:>8.2f}  {s.paid:>9.2f}")
            put(y, 0, first)
            for i, (g, rc, a) in enumerate(adj[1:], 1):
                put(y + i * 9, 0, f"{'':85}{g}-{rc:<4}{a:>8.2f}")
            t.add(doc.page, s, span=len(adj) - 1, claim_id=acct, payer_claim_id=icn, patient=name,
                  service_end=s.dos, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=s.adjs, description=False)
            y += 9 * len(adj) + 2
        tt = tots(svcs, "billed", "allowed", "deductible", "coinsurance", "paid", "owes")
        put(y, 0, f"PT RESP {tt['owes']:>9.2f}{'':19}CLAIM TOTALS {tt['billed']:>9.2f} {tt['allowed']:>8.2f} "
            f"{tt['deductible']:>7.2f} {tt['coinsurance']:>7.2f}{'':17}{tt['paid']:>10.2f}", "B")
        put(y + 9, 0, f"{'':40}NET {tt['paid']:>9.2f}")
        t.claim(acct, icn, name, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                patient_owes=tt["owes"])
        y += 24
    allsv = [s for p in pats for s in p[5]]
    if y + 60 > 760:
        y = furniture()
    put(y, 0, "TOTALS:  # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  PROV PD AMT  CHECK AMT", "B")
    put(y + 10, 0, f"{len(pats):>18}  {total(allsv, 'billed'):>10.2f}  {total(allsv, 'allowed'):>11.2f}  "
        f"{total(allsv, 'deductible'):>10.2f}  {total(allsv, 'coinsurance'):>9.2f}  {total(allsv, 'paid'):>11.2f}"
        f"  {total(allsv, 'paid'):>9.2f}")
    put(y + 26, 0, "GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes", "B")
    legend = [("CO", "Contractual obligation: provider write-off."), ("PR", "Patient responsibility."),
              ("45", "Charge is above the fee schedule amount."), ("1", "Deductible amount."),
              ("2", "Coinsurance amount."), ("253", "Sequestration reduction in federal payment."),
              ("MA01", "You may appeal this determination within 120 days.")]
    for i, (k, v) in enumerate(legend):
        put(y + 36 + i * 9, 0, f"{k:<5} {v}")
    return t, legend, [], dict(member_math=False, adj_complete=True)


# =============================================================================================== v8
def v8(doc: Doc, npages: int):
    t = T()
    st = PlanState()
    orig = [Svc(D(2025, 12, 18), "97110", 3, ("GP",)), Svc(D(2025, 12, 18), "97140", 2, ("GP",))]
    for s in orig:
        medicare(s, PlanState())
    rev = [negate(s) for s in orig]
    corr = [Svc(D(2025, 12, 18), "97110", 3, ("GP", "KX")), Svc(D(2025, 12, 18), "97140", 2, ("GP", "KX"))]
    claims = [
        ("HOLLIS, GREGORY", "5TR8KN2WQ71", "88012", "0226041207731", "1 Processed as Primary",
         [Svc(J(5), "97163", 1, ("GP",)), Svc(J(5), "97110", 2, ("GP",)), Svc(J(7), "97112", 2, ("GP",)),
          Svc(J(7), "97140", 1, ("GP", "59"))]),
        ("HOLLIS, GREGORY", "5TR8KN2WQ71", "87411", "0226041207732", "22 Reversal of Previous Payment", rev),
        ("HOLLIS, GREGORY", "5TR8KN2WQ71", "87411", "0226041207733", "1 Processed as Primary", corr),
        ("SANTOS-MARQUEZ, LUZ", "3PE6VD4MR28", "88040", "0226041207734", "1 Processed as Primary",
         [Svc(J(9), "97168", 1, ("GO",)), Svc(J(9), "97535", 2, ("GO",)), Svc(J(16), "97530", 3, ("GO",)),
          Svc(J(16), "0552T", 1, (), denied="CO")]),
        ("ABERNETHY, CLIVE", "8WQ2LN5XT90", "88057", "0226041207735", "1 Processed as Primary",
         [Svc(J(13), "92523", 1, ("GN",)), Svc(J(20), "92507", 1, ("GN",)), Svc(J(27), "92507", 1, ("GN",))]),
    ]
    for c in claims:
        if c[5] is rev:
            continue
        for s in c[5]:
            medicare(s, st, deny_reason="50")
    X = {"dos": 40, "cpt": 100, "mod": 140, "units": 205, "charge": 260, "allowed": 315, "ded": 365,
         "coins": 415, "adj": 430, "rarc": 620, "paid": 752}
    heads = [("DOS", "dos", "l"), ("CPT", "cpt", "l"), ("Mod", "mod", "l"), ("Units", "units", "r"),
             ("Charge", "charge", "r"), ("Allowed", "allowed", "r"), ("Deductible", "ded", "r"),
             ("Coinsurance", "coins", "r"), ("Adjustment codes", "adj", "l"), ("Remarks", "rarc", "l"),
             ("Paid", "paid", "r")]

    def furniture():
        p = doc.new_page()
        doc.text(40, 38, "Remittance Detail Report", 14, "B")
        doc.text(40, 52, "Payer: Medicare Part B - Great Lakes Jurisdiction   Check #: 00720418813   "
                 "Check date: 02/12/2026   Check amount: see totals", 8)
        doc.text(752, 38, "Maple & Birch Rehabilitation, PC", 9, "B", "r")
        doc.text(752, 50, "Printed from TheraDesk PM 7.4 on 02/13/2026 08:14", 7.5, "R", "r")
        doc.text(752, 594, f"Page {p} of {npages}", 7.5, "R", "r")
        doc.line(40, 58, 752, 58, 0.8)
        for hd, k, a in heads:
            doc.text(X[k], 74, hd, 8, "B", a)
        doc.line(40, 78, 752, 78, 0.5)
        return 94

    y = furniture()
    for name, mbi, acct, icn, status, svcs in claims:
        if y + 30 + 20 * len(svcs) > 570:
            y = furniture()
        doc.rect(38, y - 10, 716, 14, 0.3, 0.86)
        doc.text(42, y, f"Patient: {name}", 8.5, "B")
        doc.text(210, y, f"MBI: {mbi}", 8)
        doc.text(320, y, f"Account #: {acct}", 8)
        doc.text(430, y, f"Payer ICN: {icn}", 8)
        doc.text(750, y, f"Status: {status}", 8, "R", "r")
        y += 16
        for s in svcs:
            adj_txt = " ".join(f"{g}{rc} {m(a, ',', '()')}" for g, rc, a in s.adjs)
            wr = doc.wrap(adj_txt, 180, 8)
            vals = {"dos": dfmt(s.dos, "mdy4"), "cpt": s.code, "mod": " ".join(s.mods),
                    "units": units_str(abs(s.units)), "charge": m(s.billed, ",", "()"),
                    "allowed": m(s.allowed, ",", "()"), "ded": m(s.deductible, ",", "()"),
                    "coins": m(s.coinsurance, ",", "()"), "rarc": "MA67" if s in rev or s in corr else
                    ("N386" if s.denied else ""), "paid": m(s.paid, ",", "()")}
            for hd, k, a in heads:
                if k in vals:
                    doc.text(X[k], y, vals[k], 8, "R", a)
            for i, wl in enumerate(wr):
                doc.text(X["adj"], y + i * 9, wl, 8)
            rem = [vals["rarc"]] if vals["rarc"] else []
            t.add(doc.page, s, span=len(wr) - 1, claim_id=acct, payer_claim_id=icn, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=rem, description=False, overrides={"units": units_str(abs(s.units))})
            y += 9 * len(wr) + 4
        tt = tots(svcs, "billed", "allowed", "paid", "owes")
        doc.line(X["charge"] - 40, y - 7, 752, y - 7, 0.3)
        doc.text(X["cpt"], y + 2, "Claim totals", 8, "B")
        doc.text(X["charge"], y + 2, m(tt["billed"], ",", "()"), 8, "B", "r")
        doc.text(X["allowed"], y + 2, m(tt["allowed"], ",", "()"), 8, "B", "r")
        doc.text(X["paid"], y + 2, m(tt["paid"], ",", "()"), 8, "B", "r")
        doc.text(X["adj"], y + 2, f"Patient responsibility {m(tt['owes'], ',', '()')}", 8)
        t.claim(acct, icn, name, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                patient_owes=tt["owes"])
        y += 26
    legend = [("CO45", "Charge over the fee schedule; provider write-off."), ("CO50", "Not deemed medically "
              "necessary by the payer."), ("CO253", "Federal sequestration reduction."),
              ("PR1", "Deductible."), ("PR2", "Coinsurance."), ("MA67", "Correction to a prior claim."),
              ("N386", "Decision based on a National Coverage Determination.")]
    if y + 50 > 580:
        y = furniture()
    for i, (k, v) in enumerate(legend):
        doc.text(40 + (i % 2) * 360, y + (i // 2) * 11, f"{k}  {v}", 7.5)
    return t, legend, [], dict(member_math=False, adj_complete=True)


# =============================================================================================== v9
def v9(doc: Doc, npages: int):
    t = T()
    st = {n: PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70"))
          for n in ("Mateo Ward", "Lucia Ward", "Ana Ward")}
    visits = [
        ("Mateo Ward", "V-40781", "CKH88210041", J(6), [Svc(J(6), "92523", 1, ("GN",))]),
        ("Lucia Ward", "V-40784", "CKH88210057", J(6), [Svc(J(6), "97166", 1, ("GO",)),
                                                         Svc(J(6), "97530", 2, ("GO",))]),
        ("Mateo Ward", "V-40902", "CKH88230318", J(13), [Svc(J(13), "92507", 1, ("GN",))]),
        ("Lucia Ward", "V-40911", "CKH88230322", J(13), [Svc(J(13), "97530", 3, ("GO",)),
                                                          Svc(J(13), "97533", 1, ("GO",),
                                                              desc="Sensory integration techniques")]),
        ("Ana Ward", "V-40967", "CKH88240190", J(15), [Svc(J(15), "97165", 1, ("GO",)),
                                                        Svc(J(15), "97535", 1, ("GO",)),
                                                        Svc(J(15), "97150", 1, ("GO",), denied="PR")]),
        ("Lucia Ward", "V-41030", "CKH88260044", J(20), [Svc(J(20), "97530", 3, ("GO",)),
                                                          Svc(J(20), "97112", 1, ("GO",))]),
        ("Mateo Ward", "V-41044", "CKH88260071", J(20), [Svc(J(20), "92507", 1, ("GN",))]),
    ]
    from eobgen import FEE
    FEE.setdefault("97533", "88.00")
    for v in visits:
        for s in v[4]:
            if s.code == "97533":
                s.billed = q(Decimal("88.00") * s.units)
            commercial(s, st[v[0]], deny_reason="96")
            s.ptpaid = s.copay if s.dos == J(6) else ZERO
            s.bal = s.owes - s.ptpaid
    cols = [("Date", 40, "l"), ("Patient", 82, "l"), ("Code", 140, "l"), ("Description", 190, "l"),
            ("Charge", 400, "r"), ("Ins. paid", 446, "r"), ("Adjust.", 490, "r"), ("You paid", 530, "r"),
            ("Balance", 572, "r")]

    def furniture():
        p = doc.new_page()
        doc.text(40, 44, "Brightwater Kids Therapy Collective", 14, "B")
        doc.text(40, 57, "Speech - Occupational - Feeding  |  77 Ferris Landing, Suite 4, Halloway ST 28744", 7.5)
        doc.text(40, 67, "Billing office (555) 310-2270  ·  billing@brightwater-kids.example", 7.5)
        doc.text(572, 772, f"Page {p} of {npages}", 7.5, "R", "r")
        doc.text(40, 772, "Family statement F-20417", 7.5)
        if p == 1:
            doc.rect(360, 34, 212, 80, 0.8)
            doc.text(368, 48, "PLEASE RETURN THIS PORTION WITH PAYMENT", 6.8, "B")
            for i, (a, b) in enumerate([("Statement date", "02/10/2026"), ("Family account", "F-20417"),
                                        ("Amount due", m(sum((s.bal for v in visits for s in v[4]), ZERO), "$")),
                                        ("Due by", "03/05/2026")]):
                doc.text(368, 62 + i * 12, a, 8)
                doc.text(564, 62 + i * 12, b, 8, "B", "r")
            doc.line(40, 124, 572, 124, 0.5)
            doc.text(40, 138, "Responsible party:", 8, "B")
            for i, s in enumerate(["Marisol Quintanilla-Ward", "5403 Orchard Glen Ct", "Halloway ST 28747"]):
                doc.text(40, 150 + i * 11, s, 9)
            doc.text(330, 138, "Patients on this account:", 8, "B")
            doc.text(330, 150, "Mateo Ward, Lucia Ward, Ana Ward", 9)
            doc.text(330, 162, "Coastal Family Health HMO, member CFH-5513077", 8)
            return 200
        return 90

    def header(y):
        for h, x, a in cols:
            doc.text(x, y, h, 7.5, "B", a)
        doc.line(40, y + 4, 572, y + 4, 0.8)
        return y + 16

    y = header(furniture())
    doc.text(190, y, "Previous balance", 7.8)
    doc.text(572, y, "42.50", 7.8, "R", "r")
    y += 12
    doc.text(40, y, "01/03/26", 7.8)
    doc.text(190, y, "Payment - thank you (card ending 4471)", 7.8)
    doc.text(530, y, "42.50", 7.8, "R", "r")
    doc.text(572, y, "0.00", 7.8, "R", "r")
    y += 16
    for patient, visit, clm, dos, svcs in visits:
        if y + 14 * len(svcs) + 14 > 740:
            y = header(furniture())
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), patient, "-".join((s.code,) + s.mods), s.desc, m(s.billed),
                    m(s.paid), m(s.discount + (s.not_covered if s.denied == "CO" else ZERO)), m(s.ptpaid),
                    m(s.bal)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, 6.8 if h == "Description" else 7.8, "R", a)
            t.add(doc.page, s, claim_id=visit, payer_claim_id=clm, patient=patient, units=False,
                  printed=("billed", "paid"), overrides={"patient_owes": str(q(s.bal))})
            y += 12
        doc.text(82, y, f"Visit {visit}: billed to Coastal Family Health 01/{dos.day + 2:02d}/26, "
                 f"claim {clm}; processed 02/0{dos.day % 5 + 1}/26", 6.8)
        t.claim(visit, clm, patient)
        y += 16
    if y + 80 > 740:
        y = furniture()
    y += 6
    bal = sum((s.bal for v in visits for s in v[4]), ZERO)
    aging = [("Current", bal), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO),
             ("Amount due", bal)]
    for i, (a, b) in enumerate(aging):
        doc.rect(40 + i * 106, y, 106, 30, 0.5)
        doc.text(93 + i * 106, y + 11, a, 7.5, "B", "c")
        doc.text(93 + i * 106, y + 24, m(b, "$"), 8.5, "R", "c")
    doc.text(40, y + 48, "Non-covered group therapy (Ana, 01/15/26) is your responsibility under your plan.", 7.5)
    doc.text(40, y + 60, "Copays are due at each visit. Questions about your insurer's decision? Call the number "
             "on the back of your card.", 7.5)
    return t, [], [], dict(member_math=False)


# =============================================================================================== v10
def v10(doc: Doc, npages: int):
    t = T()
    REV = {"97161": "0420", "97110": "0420", "97140": "0420", "97116": "0420", "97112": "0420", "97530": "0430",
           "97165": "0430", "97535": "0430", "G0283": "0420", "99213": "0510", "92507": "0440"}
    keiko = [Svc(J(5), "97161", 1, ("GP",)), Svc(J(5), "97110", 2, ("GP",)), Svc(J(5), "G0283", 1, ("GP",))]
    for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30):
        keiko += [Svc(J(d), "97110", 2, ("GP",)), Svc(J(d), "97140", 1, ("GP",))]
        keiko.append(Svc(J(d), "G0283", 1, ("GP",)))
        if d in (12, 19, 26):
            keiko.append(Svc(J(d), "97116", 1, ("GP",)))
    keiko += [Svc(J(30), "97165", 1, ("GO",)), Svc(J(30), "97535", 2, ("GO",))]
    howard = [Svc(J(12), "99213", 1, ()), Svc(J(12), "97112", 1, ("GP",))]
    accts = [("700214731", "Howard Nakamura", "Outpatient Clinic", "55-21177-004", howard, Decimal("0.61")),
             ("700214498", "Keiko Nakamura", "Outpatient Rehabilitation", "55-20931-881", keiko,
              Decimal("0.52"))]

    def furniture():
        p = doc.new_page()
        doc.text(46, 44, "St. Brigid Regional Medical Center", 15, "B")
        doc.text(46, 57, "Patient Financial Services  ·  PO Box 6620, Kessler Falls ST 20931  ·  (555) 404-1180",
                 7.5)
        doc.text(566, 44, "PATIENT STATEMENT", 11, "B", "r")
        doc.text(566, 772, f"Page {p} of {npages}", 7.5, "R", "r")
        doc.text(46, 772, "Guarantor Howard Nakamura  ·  Statement date 02/16/2026", 7.5)
        doc.line(46, 64, 566, 64, 1)
        if p == 1:
            doc.text(46, 84, "HOWARD NAKAMURA", 9, "B")
            doc.text(46, 95, "1187 WILLOWMERE DR", 9)
            doc.text(46, 106, "KESSLER FALLS ST 20934", 9)
            doc.rect(340, 76, 226, 44, 0.7, 0.92)
            doc.text(348, 90, "Guarantor no. G-4418207", 8.5)
            doc.text(348, 103, "Total amount due now", 8.5, "B")
            doc.text(558, 103, m(sum((a[4][0].billed * 0 for a in accts), ZERO) + due_all[0], "$"), 9, "B", "r")
            doc.text(348, 115, "Please pay by 03/10/2026", 8)
            return 146
        return 86

    cols = [("Date", 46, "l"), ("Rev", 96, "l"), ("HCPCS", 126, "l"), ("Mod", 166, "l"),
            ("Description", 196, "l"), ("Qty", 470, "r"), ("Amount", 566, "r")]

    def header(y):
        for h, x, a in cols:
            doc.text(x, y, h, 7.8, "B", a)
        doc.line(46, y + 4, 566, y + 4, 0.5)
        return y + 15

    due_all = [ZERO]
    for acct, pt, svc_type, clm, svcs, rate in accts:
        b = total(svcs, "billed")
        ins = q(b * rate)
        adj = q(b * Decimal("0.36"))
        due_all[0] += b - ins - adj
    y = furniture()
    for acct, pt, svc_type, clm, svcs, rate in accts:
        if y + 120 > 740:
            y = furniture()
        doc.rect(46, y, 520, 30, 0.6)
        doc.text(52, y + 12, f"Account {acct}   Patient: {pt}", 9, "B")
        doc.text(52, y + 24, f"{svc_type}   Dates {dfmt(svcs[0].dos, 'mdy2')} - {dfmt(svcs[-1].dos, 'mdy2')}   "
                 "Insurance: Granite State Health Plan", 8)
        y = header(y + 44)
        for s in svcs:
            if y + 12 > 740:
                y = furniture()
                doc.text(46, y, f"Account {acct}   Patient: {pt}   Itemized charges (continued)", 9, "B")
                y = header(y + 14)
            vals = [dfmt(s.dos, "mdy2"), REV[s.code], s.code, " ".join(s.mods), s.desc.upper(),
                    units_str(s.units), m(s.billed)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, 7.8, "R", a)
            t.add(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pt, printed=("billed",),
                  description=True, overrides={"description": s.desc.upper()})
            y += 11.5
        b = total(svcs, "billed")
        ins = q(b * rate)
        adj = q(b * Decimal("0.36"))
        due = b - ins - adj
        if y + 70 > 740:
            y = furniture()
        doc.line(380, y - 6, 566, y - 6, 0.5)
        rows = [("Total charges", m(b)),
                (f"Insurance payment, Granite State Health Plan claim {clm}", m(ins)),
                ("Contractual allowance", m(adj)), ("Patient balance for this account", m(due))]
        for i, (a, v) in enumerate(rows):
            doc.text(196, y + 4 + i * 11, a, 8, "B" if i in (0, 3) else "R")
            doc.text(566, y + 4 + i * 11, v, 8, "B" if i in (0, 3) else "R", "r")
        t.claim(acct, clm, pt, billed=b, paid=ins, patient_owes=due)
        y += 64
    doc.text(46, y, "Financial assistance is available. Ask for a plain-language summary of our charity care "
             "policy.", 7.5)
    return t, [], [], dict(member_math=False)


LAYOUTS = [
    ("v1_commercial_family_eob", v1, "reportlab", LETTER, "Helvetica", "Helvetica-Bold",
     "commercial member EOB, family of four"),
    ("v2_trust_claims_statement", v2, "fpdf2", LAND, "DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
     "employer trust member claims statement with sidebar"),
    ("v3_msn_part_b", v3, "reportlab", LETTER, "LiberationSerif", "LiberationSerif-Bold",
     "Medicare Summary Notice Part B"),
    ("v4_ma_ppo_eob", v4, "fpdf2", LETTER, "LiberationSansNarrow", "LiberationSansNarrow-Bold",
     "Medicare Advantage PPO member EOB"),
    ("v5_medicaid_ra_fixed", v5, "reportlab", LETTER, "Courier", "Courier-Bold",
     "state Medicaid fiscal-agent remittance advice, fixed width"),
    ("v6_medicaid_ra_boxed", v6, "fpdf2", LAND, "LiberationSerif", "LiberationSerif-Bold",
     "state Medicaid provider RA with CARC/RARC, boxed claims"),
    ("v7_spr_clearinghouse", v7, "reportlab", LETTER, "DejaVuSansMono", "DejaVuSansMono-Bold",
     "Medicare Part B standard paper remittance reprinted by a clearinghouse"),
    ("v8_pm_remit_detail", v8, "fpdf2", LAND, "LiberationSans", "LiberationSans-Bold",
     "practice-management remittance detail report of a Medicare payment"),
    ("v9_family_statement", v9, "reportlab", LETTER, "DejaVuSerif", "DejaVuSerif-Bold",
     "pediatric therapy family statement"),
    ("v10_hospital_statement", v10, "fpdf2", LETTER, "DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
     "hospital patient statement, two accounts"),
]


def build(out: Path) -> dict:
    metas = {}
    for name, fn, prod, size, reg, bold, desc in LAYOUTS:
        doc = Doc(prod, size, reg, bold)
        fn(doc, 0)
        n = doc.page
        doc = Doc(prod, size, reg, bold)
        t, legend, findings, meta = fn(doc, n)
        assert doc.page == n, name
        pdf = out / f"{name}.pdf"
        doc.save(pdf)
        write_truth(pdf, name, prod, n, desc, t.lines, t.claims, legend, findings)
        meta.update(row_exempt=t.exempt, span=t.span)
        metas[name] = meta
    return metas


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout148_pdfs.py OUT_DIR [--check]")
        return 2
    out = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    metas = build(out)
    print(f"wrote {len(metas)} PDFs to {out}")
    if "--check" not in argv:
        return 0
    import json
    bad = 0
    spanning = 0
    for name, meta in metas.items():
        errs = check_file(out / f"{name}.pdf", meta)
        tr = json.loads((out / f"{name}.pdf.truth.json").read_text())
        pages_by_claim: dict = {}
        for ln in tr["lines"]:
            pages_by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        if any(len(v) > 1 for v in pages_by_claim.values()):
            spanning += 1
        for e in errs:
            print(f"  {name}: {e}")
        bad += len(errs)
        print(f"{name}: {tr['pages']} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims, "
              f"{'OK' if not errs else f'{len(errs)} problems'}")
    if spanning < 3:
        print(f"only {spanning} files have a claim continuing onto the next page")
        bad += 1
    print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
