"""Write held-out set 181 of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds, two of each, for one honest measurement of the PDF reader.

Run:  python bench/heldout181/make_heldout181_pdfs.py OUT_DIR            (writes N=10 PDFs + truth files)
      python bench/heldout181/make_heldout181_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Truth format is samples/pdf/eobgen.py's (write_truth / truth_line): printed
values only, null where the layout does not print a value (units null when no quantity is printed);
claim_id = provider's own account / patient-control / visit number, payer_claim_id = payer's claim number /
ICN / TCN, patient = the person served, as printed. All names, numbers, payers, providers and ids invented;
descriptions are our own words. Page drawing is in pagekit181.py (same folder).

Layouts:
  k1  commercial member EOB (family of three), reportlab core Helvetica portrait: "What your provider billed /
      Plan discount / Plan allowance / Deductible / Copay / Coinsurance / Not covered / Plan paid / Your share /
      Notes", claim heading rows, a 13-line claim runs to page 2 with "(continued)" and repeated header,
      a denied line, numbered notes legend, no units
  k2  commercial member EOB (family), fpdf2 DejaVu Serif landscape, left sidebar with deductible progress:
      "Charges / Savings / Allowed / Deductible / Copay / Coins. / Plan paid / You owe", "97110 GP" code+mods,
      Qty column, wrapped second description line under the row
  k3  Medicare Summary Notice Part B, reportlab core Times portrait: "Service Provided & Billing Code" with
      "(97110-GP)", "Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May
      Be Billed / See Notes", "Jan 5, 2026", claims continue on page 2, notes letters
  k4  Medicare Advantage member EOB (household of two), fpdf2 Liberation Sans portrait, boxed claim blocks,
      "Provider's charge / Plan's allowed amount / Plan paid / Your share", "01/05/26", denial, totals per claim
  k5  state Medicaid remittance advice, reportlab core Courier landscape mainframe print: CLAIMS PAID / DENIED /
      ADJUSTED sections, "010526" dates, units "2.00", CARC "CO 45" + amount, reversal with trailing minus,
      header repeated on continuation page
  k6  state Medicaid provider RA, fpdf2 DejaVu Sans Condensed portrait, boxed claims: TCN / Pat Acct / Member,
      "Ln From To Proc Mods Units Billed Allowed Copay Paid St ARC", ARC "CO45:12.30" on the row, denied claim
  k7  Medicare-style standard paper remit printed by a practice-management system, reportlab Liberation Mono
      portrait: NAME / HIC / ACNT / ICN / ASG / MOA, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT
      COINS GRP/RC-AMT PROV PD", extra adjustments on sub-lines, claim totals, runs to page 2
  k8  clearinghouse ERA print of a Medicare-style remittance, fpdf2 Liberation Sans Narrow landscape, ruled:
      "Patient Ctrl # / Payer Claim # / Status", "Submitted / Allowed / Deduct / Coins / Adj (Grp-Rsn Amt) /
      Paid / RARC", several adjustments in one cell; PLANTED claim-total mismatch (expected finding)
  k9  pediatric therapy clinic family statement (three children), reportlab Liberation Sans portrait, remit stub
      at top right: visit heading rows "Visit # / billed to / claim", "Charge / Ins Paid / Adjust / Pt Paid /
      Balance" per service, Qty, glued "97530GO"
  k10 hospital outpatient family statement (two accounts), fpdf2 DejaVu Sans portrait, right sidebar "Amount
      Due": itemized charges only (Rev code, CPT, Qty, Charge), account insurance summary; one account runs to
      page 2 without repeated header

--check tests the factory, never the reader: page count; every truth line's code, modifiers, units and printed
amounts on ONE text line of its page (same row); date in the row or page (per layout); remarks and adjustment
reason codes on the page; ids and patients in the document text; billed - adjustments = paid where every
adjustment is printed with its amount; claim totals = sum of lines where printed, except a planted mismatch,
which must really mismatch.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)
from pagekit181 import Doc, nums, render, text_lines  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def D(m, d):
    return date(2026, m, d)


def mk(rule, specs, st=None, **kw):
    out = []
    for sp in specs:
        dt, code, u, mods = sp[:4]
        den = sp[4] if len(sp) > 4 else None
        s = Svc(D(*dt), code, Decimal(str(u)), tuple(mods), denied=den)
        if rule == "com":
            commercial(s, st, **kw)
        elif rule == "mcr":
            medicare(s, st, **kw)
        else:
            medicaid(s, **kw)
        out.append(s)
    return out


def m(d, style=",", neg="-"):
    return money(d, style, neg)


class Book:
    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def claim(self, cid, pcid, pat, svcs, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**tot)})

    def line(self, page, s, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw))


LAYOUTS = {}


def layout(name, producer, date_style, date_on_row, full_adj):
    def deco(fn):
        LAYOUTS[name] = (fn, producer, date_style, date_on_row, full_adj)
        return fn
    return deco


# ------------------------------------------------------------------------------------------------- k1
@layout("k1_commercial_family_eob", "reportlab", "mdy2", True, False)
def k1():
    doc = Doc(*LETTER, "helvetica", top=40, bottom=60)
    bk = Book()
    cols = [("Date", 36, "l"), ("Service", 80, "l"), ("Billed", 262, "r"), ("Plan", 300, "r"), ("Plan", 340, "r"),
            ("Deduct-", 378, "r"), ("Copay", 412, "r"), ("Coins-", 448, "r"), ("Not", 484, "r"),
            ("Plan", 522, "r"), ("Your", 560, "r"), ("Notes", 566, "l")]
    sub = ["", "", "", "discount", "allowance", "ible", "", "urance", "covered", "paid", "share", ""]

    def furn(d):
        d.t(36, 44, "LARCHMONT MUTUAL HEALTH PLAN", 13, True)
        d.t(36, 58, "Explanation of Benefits  -  THIS IS NOT A BILL", 9)
        d.t(576, 44, "Statement date 02/09/26", 8, align="r")
        d.t(576, 56, "Member: Dana Okafor-Reyes   ID LMH448120937", 8, align="r")
        d.t(576, 68, "Group 0077412  Silver PPO 2500", 8, align="r")
        d.line(36, 76, 576, 76, 1)
        d.t(306, 770, "Page %d of {PAGES}   Larchmont Mutual, PO Box 7710, Harlow City, KS 66099" % d.page, 7,
            align="c")
        d.y = 92

    def head(d):
        d.box(36, d.y - 9, 540, 22, fill=0.88)
        for (h, x, a), s2 in zip(cols, sub):
            d.t(x, d.y, h, 7, True, a)
            if s2:
                d.t(x, d.y + 9, s2, 7, True, a)
        d.y += 24

    doc.on_new_page = furn
    doc.new_page()
    doc.t(36, doc.y, "Dana, here is how your plan handled recent claims for your family.", 10)
    doc.y += 16
    doc.box(36, doc.y, 540, 150)
    doc.t(46, doc.y + 16, "Your plan at a glance (plan year 2026)", 10, True)
    for i, (a, b) in enumerate((("Family deductible", "$300.00 of $3,000.00 met"),
                                ("Family out-of-pocket limit", "$846.12 of $9,000.00 met"),
                                ("Rehabilitation visits used", "14 of 40 combined PT/OT/ST visits"),
                                ("Questions?", "Call Member Services 1-888-555-0163, TTY 711"),
                                ("Online", "Sign in at the member site to see every claim"))):
        doc.t(46, doc.y + 36 + 18 * i, a, 8.5, True)
        doc.t(220, doc.y + 36 + 18 * i, b, 8.5)
    doc.y += 172
    fam = [
        ("Dana Okafor-Reyes", "Self", "BR-77120", "L26010455821", "Brightwater Rehab Associates",
         [((1, 6), "97163", 1, ("GP",)), ((1, 6), "97110", 2, ("GP",)), ((1, 8), "97140", 1, ("GP",)),
          ((1, 8), "97110", 2, ("GP",)), ((1, 13), "97112", 1, ("GP",)), ((1, 13), "97110", 2, ("GP",)),
          ((1, 15), "97140", 1, ("GP", "59")), ((1, 15), "97530", 1, ("GP",)), ((1, 20), "97110", 2, ("GP",)),
          ((1, 20), "G0283", 1, ("GP",), "PR"), ((1, 22), "97112", 1, ("GP",)), ((1, 22), "97110", 1, ("GP",)),
          ((1, 27), "97530", 2, ("GP",))], PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.25"))),
        ("Mila Okafor-Reyes", "Daughter", "SKT-3319", "L26010471102", "Sprout & Kite Pediatric Therapy",
         [((1, 9), "92523", 1, ()), ((1, 16), "92507", 1, ("GN",)), ((1, 23), "92507", 1, ("GN",))],
         PlanState(copay_codes={"92507": Decimal("30.00")}, coins_rate=Decimal("0.20"))),
        ("Theo Okafor-Reyes", "Son", "SKT-3324", "L26010471230", "Sprout & Kite Pediatric Therapy",
         [((1, 12), "97165", 1, ("GO",)), ((1, 19), "97530", 2, ("GO",)), ((1, 19), "97535", 1, ("GO",))],
         PlanState(coins_rate=Decimal("0.20"))),
    ]
    legend = [("1", "The provider is in network and agreed to this allowance; you are not billed the discount."),
              ("2", "Applied to the family deductible."),
              ("3", "Unattended electrical stimulation is excluded under your plan; the provider may bill you."),
              ("4", "Flat copay for each speech therapy visit.")]
    P = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid",
         "patient_owes")
    for pat, rel, acct, clm, prov, specs, st in fam:
        svcs = mk("com", specs, st)
        doc.need(60)
        doc.t(36, doc.y, f"Patient: {pat} ({rel})", 9, True)
        doc.t(250, doc.y, f"Claim # {clm}", 9, True)
        doc.y += 11
        doc.t(36, doc.y, f"Provider: {prov}   Patient account {acct}   Received 02/02/26", 8)
        doc.y += 14
        head(doc)

        def cont(d, clm=clm, pat=pat):
            d.t(36, d.y, f"Claim # {clm}  {pat}  (continued)", 9, True)
            d.y += 14
            head(d)
        for s in svcs:
            doc.need(13, cont)
            notes = []
            if s.denied:
                notes = ["3"]
            else:
                notes = ["1"] + (["2"] if s.deductible else []) + (["4"] if s.copay else [])
            mods = (" " + " ".join(s.mods)) if s.mods else ""
            vals = [dfmt(s.dos, "mdy2"), f"{s.desc[:26]} {s.code}{mods}", m(s.billed), m(s.discount),
                    m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.not_covered), m(s.paid),
                    m(s.owes), ",".join(notes)]
            for (h, x, a), v in zip(cols, vals):
                doc.t(x, doc.y, v, 7.2, False, a)
            bk.line(doc.page, s, acct, clm, pat, P, units=False, remarks=notes)
            doc.y += 14
        doc.line(36, doc.y - 8, 576, doc.y - 8)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.t(80, doc.y, "Claim totals", 7.5, True)
        for x, v in ((262, tb), (340, ta), (522, tp), (560, to)):
            doc.t(x, doc.y, m(v), 7.5, True, "r")
        doc.y += 22
        bk.claim(acct, clm, pat, svcs, billed=tb, allowed=ta, paid=tp, patient_owes=to)
    doc.need(70)
    doc.t(36, doc.y, "Notes", 9, True)
    doc.y += 12
    for k, v in legend:
        doc.t(36, doc.y, f"{k}  {v}", 7.5)
        doc.y += 10
    return doc, bk, legend, "commercial family member EOB, Helvetica, continued claim"


def row(doc, cols, vals, size=7.5, bold=False):
    for (h, x, a), v in zip(cols, vals):
        if v is not None and v != "":
            doc.t(x, doc.y, v, size, bold, a)


def header(doc, cols, size=7.5, fill=None, width=None):
    if fill is not None:
        doc.box(cols[0][1] - 3, doc.y - 9, width, 13, fill=fill)
    row(doc, cols, [c[0] for c in cols], size, True)
    doc.y += 13


# ------------------------------------------------------------------------------------------------- k2
@layout("k2_commercial_sidebar_eob", "fpdf2", "mdy4", True, False)
def k2():
    doc = Doc(*LAND, "dejavuserif", top=36, bottom=40)
    bk = Book()
    X = 190
    cols = [("Service date", X, "l"), ("Service", X + 62, "l"), ("Qty", X + 208, "r"), ("Charges", X + 258, "r"),
            ("Savings", X + 302, "r"), ("Allowed", X + 346, "r"), ("Deductible", X + 396, "r"),
            ("Copay", X + 430, "r"), ("Coins.", X + 468, "r"), ("Plan paid", X + 514, "r"),
            ("You owe", X + 560, "r"), ("Code", X + 566, "l")]

    def furn(d):
        d.box(30, 30, 140, 550, fill=0.93)
        d.t(38, 50, "Cedar Ridge", 13, True)
        d.t(38, 64, "Health Alliance", 13, True)
        d.t(38, 90, "Subscriber", 8, True)
        d.t(38, 101, "Priya Vasquez-Lund", 8)
        d.t(38, 112, "Member ID CRH-5520-8814", 7)
        d.t(38, 140, "Family deductible 2026", 8, True)
        d.t(38, 151, "Met so far: $410.00 of $1,500", 7)
        d.t(38, 170, "Out-of-pocket max", 8, True)
        d.t(38, 181, "Met so far: $688.20 of $6,000", 7)
        d.t(38, 210, "Questions? 1-800-555-0147", 7)
        d.t(38, 560, "Page %d of {PAGES}" % d.page, 7)
        d.t(X, 48, "Your Explanation of Benefits", 14, True)
        d.t(X, 62, "This is not a bill. Keep it with your health records.   Issued February 10, 2026", 8)
        d.y = 84

    doc.on_new_page = furn
    doc.new_page()
    fam = [
        ("Priya Vasquez-Lund", "VL-20114", "CR2601-883107", "Hollis Street Hand & Upper Limb Therapy",
         [((1, 5), "97166", 1, ("GO",)), ((1, 5), "97760", 1, ("GO",)), ((1, 5), "L3807", 1, ("RT",)),
          ((1, 12), "97140", 2, ("GO",)), ((1, 12), "97110", 2, ("GO",))],
         PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"))),
        ("Rafael Vasquez-Lund", "VL-20131", "CR2601-883266", "Hollis Street Hand & Upper Limb Therapy",
         [((1, 14), "97161", 1, ("GP",)), ((1, 14), "97110", 3, ("GP", "KX")), ((1, 21), "97112", 2, ("GP",)),
          ((1, 21), "0552T", 1, ("GP",), "PR")],
         PlanState(visit_copay=Decimal("40.00"))),
        ("Inez Vasquez-Lund", "VL-20140", "CR2601-884005", "Lakeshore Family Medicine",
         [((1, 16), "99213", 1, ()), ((1, 16), "97535", 1, ("GO",))],
         PlanState(copay_codes={"99213": Decimal("25.00")}, coins_rate=Decimal("0.10"))),
        ("Tomas Vasquez-Lund", "VL-20152", "CR2601-884390", "Brookline Kids Speech Studio",
         [((1, 8), "92523", 1, ()), ((1, 15), "92507", 1, ("GN",)), ((1, 22), "92507", 1, ("GN",)),
          ((1, 29), "92507", 1, ("GN",)), ((1, 29), "97129", 1, ("GN",))],
         PlanState(coins_rate=Decimal("0.20"))),
    ]
    legend = [("S1", "Network pricing applied; the provider accepts the allowed amount."),
              ("S2", "Part of the allowed amount went toward your deductible."),
              ("X9", "Not a covered benefit for this diagnosis. You may be billed.")]
    P = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for pat, acct, clm, prov, specs, st in fam:
        svcs = mk("com", specs, st)
        doc.need(50)
        doc.box(X - 4, doc.y - 10, 580, 26, fill=0.97)
        doc.t(X, doc.y, f"{pat}", 9, True)
        doc.t(X + 160, doc.y, f"Claim number {clm}", 8)
        doc.y += 11
        doc.t(X, doc.y, f"{prov}  |  Your provider's account no. {acct}", 7.5)
        doc.y += 16
        header(doc, cols, 7)
        for s in svcs:
            doc.need(24)
            rem = ["X9"] if s.denied else (["S1", "S2"] if s.deductible else ["S1"])
            vals = [dfmt(s.dos, "mdy4"), s.code + ("  " + " ".join(s.mods) if s.mods else ""), units_str(s.units),
                    m(s.billed, "$"), m(s.discount, "$"), m(s.allowed, "$"), m(s.deductible, "$"),
                    m(s.copay, "$"), m(s.coinsurance, "$"), m(s.paid, "$"), m(s.owes, "$"), " ".join(rem)]
            row(doc, cols, vals, 7)
            doc.y += 9
            doc.t(X + 62, doc.y, s.desc, 6.5)
            doc.y += 11
            bk.line(doc.page, s, acct, clm, pat, P, remarks=rem)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.line(X, doc.y - 8, X + 600, doc.y - 8)
        row(doc, cols, ["Total", "", "", m(tb, "$"), "", m(ta, "$"), "", "", "", m(tp, "$"), m(to, "$"), ""], 7,
            True)
        doc.y += 20
        bk.claim(acct, clm, pat, svcs, billed=tb, allowed=ta, paid=tp, patient_owes=to)
    doc.need(50)
    doc.t(X, doc.y, "What the codes mean", 9, True)
    doc.y += 11
    for k, v in legend:
        doc.t(X, doc.y, f"{k}: {v}", 7)
        doc.y += 10
    return doc, bk, legend, "commercial family EOB with sidebar, DejaVu Serif landscape"


# ------------------------------------------------------------------------------------------------- k3
@layout("k3_msn_part_b", "reportlab", "mon", True, False)
def k3():
    doc = Doc(*LETTER, "times", top=40, bottom=60)
    bk = Book()
    cols = [("Service Provided & Billing Code", 40, "l"), ("Amount", 370, "r"), ("Medicare-", 440, "r"),
            ("Medicare", 505, "r"), ("Maximum You", 560, "r"), ("See", 566, "l")]
    sub = ["", "Provider Charged", "Approved Amount", "Paid Provider", "May Be Billed", "Notes"]
    pat = "WALTER J BRISBANE"

    def furn(d):
        d.t(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        d.t(40, 58, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
                    "Services", 8)
        d.t(572, 76, f"{pat}", 9, True, "r")
        d.t(572, 88, "Medicare Number XXXXXXX8Q41", 8, align="r")
        d.t(40, 76, "Dates of Service: January 1 - March 31, 2026", 9)
        d.t(40, 762, "Page %d of {PAGES}" % d.page, 8)
        d.t(572, 762, "Walter J Brisbane  |  Your Claims & Costs This Period", 8, align="r")
        d.line(40, 96, 572, 96, 1)
        d.y = 114

    def head(d):
        d.box(36, d.y - 10, 540, 23, fill=0.85)
        for (h, x, a), s2 in zip(cols, sub):
            d.t(x, d.y, h, 7.5, True, a)
            if s2:
                d.t(x, d.y + 9, s2, 7.5, True, a)
        d.y += 24

    doc.on_new_page = furn
    doc.new_page()
    doc.t(40, doc.y, "Your Claims for Part B (Medical Insurance)", 11, True)
    doc.y += 14
    doc.t(40, doc.y, "Part B helps pay for outpatient therapy, doctor visits and some supplies.", 8.5)
    doc.y += 16
    doc.box(40, doc.y, 250, 120)
    doc.t(48, doc.y + 16, "Your Deductible Status", 10, True)
    doc.t(48, doc.y + 32, "Your deductible is what you must pay", 8.5)
    doc.t(48, doc.y + 43, "each year before Medicare pays.", 8.5)
    doc.t(48, doc.y + 62, "Part B deductible: You have now met", 8.5)
    doc.t(48, doc.y + 73, "your 2026 deductible for Part B services.", 8.5)
    doc.box(310, doc.y, 262, 120)
    doc.t(318, doc.y + 16, "Be Informed!", 10, True)
    doc.t(318, doc.y + 32, "Keep your therapy appointment log and compare", 8.5)
    doc.t(318, doc.y + 43, "it with this notice. Report anything you did", 8.5)
    doc.t(318, doc.y + 54, "not receive by calling 1-800-555-0100.", 8.5)
    doc.t(318, doc.y + 73, "Fraud costs everyone money.", 8.5)
    doc.y += 146
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("26-011-4408-771", "Gull Harbor Outpatient Rehab, 18 Pier Rd, Saltmarsh, ME 04011",
         [((1, 7), "97161", 1, ("GP",)), ((1, 7), "97110", 2, ("GP", "KX")), ((1, 9), "97140", 1, ("GP",)),
          ((1, 9), "97110", 2, ("GP",)), ((1, 14), "97530", 2, ("GP",)), ((1, 14), "97112", 1, ("GP",)),
          ((1, 16), "97110", 2, ("GP",)), ((1, 16), "97116", 1, ("GP",)), ((1, 21), "97140", 1, ("GP", "59")),
          ((1, 21), "97110", 2, ("GP", "CQ")), ((1, 23), "0552T", 1, ("GP",), "PR"),
          ((1, 28), "97110", 2, ("GP",)), ((1, 28), "97530", 1, ("GP",)), ((1, 30), "97112", 1, ("GP",)),
          ((1, 30), "97110", 2, ("GP",))]),
        ("26-019-5102-033", "Northpoint Speech & Swallow Clinic, 5 Elm Court, Saltmarsh, ME 04011",
         [((1, 26), "92523", 1, ("GN",)), ((1, 28), "92526", 1, ("GN",)), ((1, 30), "92507", 1, ("GN",))]),
    ]
    legend = [("A", "This approved amount is based on the Medicare fee schedule; the provider accepted it."),
              ("B", "$120.00 of this approved amount went toward your Part B deductible."),
              ("C", "Medicare does not cover this item or service. You may be billed; check with your "
                    "provider."),
              ("D", "A 2% payment reduction applied to what Medicare paid.")]
    for clm, prov, specs in claims:
        svcs = mk("mcr", specs, st)
        doc.need(80)
        doc.t(40, doc.y, f"{prov}", 9, True)
        doc.y += 11
        doc.t(40, doc.y, f"Service Provided on claim number {clm}   Referred by: Helen Marsh-Ito", 8.5)
        doc.y += 14
        head(doc)

        def cont(d, clm=clm):
            d.t(40, d.y, f"Claim number {clm} (continued)", 9, True)
            d.y += 14
            head(d)
        cur = None
        for s in svcs:
            doc.need(26, cont)
            if s.dos != cur:
                cur = s.dos
            notes = ["C"] if s.denied else (["A", "B", "D"] if s.deductible else ["A", "D"])
            doc.t(40, doc.y, dfmt(s.dos, "mon"), 8.5)
            row(doc, cols, [None, m(s.billed, "$"), m(s.allowed, "$"), m(s.paid, "$"), m(s.owes, "$"),
                            ", ".join(notes)], 8.5)
            doc.t(110, doc.y, f"{s.desc} ({s.code}-{'-'.join(s.mods)})", 8.5)
            doc.y += 17
            bk.line(doc.page, s, None, clm, "WALTER J BRISBANE", ("billed", "allowed", "paid", "patient_owes"),
                    units=False, remarks=notes)
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.line(40, doc.y - 9, 572, doc.y - 9)
        row(doc, cols, ["Total for this claim", m(tb, "$"), m(ta, "$"), m(tp, "$"), m(to, "$"), ""], 8.5, True)
        doc.y += 24
        bk.claim(None, clm, "WALTER J BRISBANE", svcs, billed=tb, allowed=ta, paid=tp, patient_owes=to)
    doc.need(70)
    doc.t(40, doc.y, "Notes for Claims Above", 10, True)
    doc.y += 13
    for k, v in legend:
        doc.t(40, doc.y, f"{k}  {v}", 8)
        doc.y += 11
    return doc, bk, legend, "MSN Part B, Times"


# ------------------------------------------------------------------------------------------------- k4
@layout("k4_medicare_advantage_household", "fpdf2", "mdy2", True, False)
def k4():
    doc = Doc(*LETTER, "libsans", top=40, bottom=56)
    bk = Book()
    cols = [("Date", 46, "l"), ("Service (code)", 92, "l"), ("Provider's", 380, "r"), ("Plan's allowed", 440, "r"),
            ("Plan paid", 496, "r"), ("Your share", 552, "r"), ("Note", 558, "l")]

    def furn(d):
        d.t(40, 46, "BAYVIEW SENIOR ADVANTAGE (HMO)", 12, True)
        d.t(40, 59, "Part C Explanation of Benefits for services in January 2026", 8.5)
        d.t(572, 46, "Mailed to: The Castellano household", 8, align="r")
        d.t(572, 58, "41 Quarry Lane, Ferndale Springs, OR 97099", 8, align="r")
        d.line(40, 68, 572, 68, 1.2)
        d.t(306, 770, "Page %d of {PAGES}  -  This notice is not a bill." % d.page, 7.5, align="c")
        d.y = 86

    doc.on_new_page = furn
    doc.new_page()
    people = [
        ("Rosa M Castellano", "Member ID BSA0098812", [
            ("MA-26-0004417", "Riverbend Occupational Therapy", [((1, 6), "97167", 1, ("GO",)),
                                                                  ((1, 6), "97535", 1, ("GO",)),
                                                                  ((1, 13), "97530", 2, ("GO",)),
                                                                  ((1, 13), "97110", 1, ("GO", "CO"))]),
            ("MA-26-0004602", "Westgate Primary Care", [((1, 15), "99213", 1, ()), ((1, 15), "G0283", 1, (), "CO")]),
        ]),
        ("Luis A Castellano", "Member ID BSA0098829", [
            ("MA-26-0005130", "Riverbend Occupational Therapy", [((1, 20), "97168", 1, ("GO",)),
                                                                  ((1, 20), "97140", 1, ("GO",)),
                                                                  ((1, 27), "97530", 2, ("GO",))]),
        ]),
    ]
    legend = [("N1", "Plan rate applied; in-network providers cannot bill you above your share."),
              ("N2", "Coinsurance of 20% for outpatient rehabilitation."),
              ("N3", "Billed without required plan authorization. You do not owe this amount.")]
    for pat, mid, clms in people:
        doc.need(40)
        doc.t(40, doc.y, f"Claims for {pat}", 11, True)
        doc.t(572, doc.y, mid, 8, align="r")
        doc.y += 16
        for clm, prov, specs in clms:
            st = PlanState(coins_rate=Decimal("0.20"))
            svcs = mk("mcr", specs, st, sequestration=False, deny_reason="197")
            h = 40 + 13 * len(svcs)
            doc.need(h + 10)
            doc.box(40, doc.y - 11, 532, h)
            doc.t(46, doc.y, f"Claim ID {clm}", 8.5, True)
            doc.t(200, doc.y, f"Provider: {prov}", 8.5)
            doc.y += 13
            row(doc, cols, [c[0] for c in cols], 7.5, True)
            doc.y += 12
            for s in svcs:
                note = ["N3"] if s.denied else ["N1", "N2"]
                cd = s.code + ("-" + "-".join(s.mods) if s.mods else "")
                row(doc, cols, [dfmt(s.dos, "mdy2"), f"{s.desc} {cd}", m(s.billed, "$"), m(s.allowed, "$"),
                                m(s.paid, "$"), m(s.owes, "$"), " ".join(note)], 7.5)
                doc.y += 13
                bk.line(doc.page, s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                        remarks=note)
            tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
            row(doc, cols, ["", "Claim total", m(tb, "$"), m(ta, "$"), m(tp, "$"), m(to, "$"), ""], 7.5, True)
            doc.y += 24
            bk.claim(None, clm, pat, svcs, billed=tb, allowed=ta, paid=tp, patient_owes=to)
    doc.t(40, doc.y, "Notes", 9, True)
    doc.y += 11
    for k, v in legend:
        doc.t(40, doc.y, f"{k}  {v}", 7.5)
        doc.y += 10
    return doc, bk, legend, "Medicare Advantage household EOB, Liberation Sans, boxed claims"


# ------------------------------------------------------------------------------------------------- k5
@layout("k5_medicaid_ra_mainframe", "reportlab", "mdy6", True, True)
def k5():
    doc = Doc(*LAND, "courier", top=36, bottom=40)
    bk = Book()
    cols = [("LN", 40, "l"), ("FROM", 62, "l"), ("TO", 104, "l"), ("PROC", 146, "l"), ("MOD", 186, "l"),
            ("UNITS", 262, "r"), ("BILLED AMT", 330, "r"), ("ALLOWED AMT", 400, "r"), ("ADJ GRP/RSN", 410, "l"),
            ("ADJ AMT", 540, "r"), ("PAID AMT", 610, "r"), ("EOB", 624, "l")]
    state = {"sec": ""}

    def furn(d):
        d.t(40, 40, "DEPARTMENT OF HUMAN SERVICES - STATE OF NEW CALDERA MEDICAL ASSISTANCE PROGRAM", 8.5, True)
        d.t(40, 51, "REMITTANCE ADVICE          RA NO 0004471928   DATE 02/06/26   PAYEE ID 300917742", 8)
        d.t(752, 40, "PAGE %4d OF {PAGES}" % d.page, 8, align="r")
        d.t(40, 62, "PAYEE: KESTREL CHILD DEVELOPMENT THERAPIES   NPI 1649902218", 8)
        d.line(40, 67, 752, 67)
        d.y = 80
        if state["sec"]:
            d.t(40, d.y, f"*** {state['sec']} (CONTINUED) ***", 8, True)
            d.y += 12
            header(d, cols, 7.5)

    doc.on_new_page = furn
    doc.new_page()
    rc = [("CLAIMS PAID", [
        ("Jasper Nwankwo-Hale", "NC77410293", "2026036004411", "KCD1182", [
            ((1, 5), "97165", 1, ("GO",)), ((1, 5), "97530", 2, ("GO",)), ((1, 12), "97530", 3, ("GO",)),
            ((1, 12), "97535", 1, ("GO", "59")), ((1, 19), "97530", 2, ("GO",)), ((1, 19), "97112", 1, ("GO",)),
            ((1, 26), "97530", 3, ("GO",)), ((1, 26), "97110", 1, ("GO",))]),
        ("Amara Nwankwo-Hale", "NC77410307", "2026036004412", "KCD1190", [
            ((1, 7), "92523", 1, ("GN",)), ((1, 14), "92507", 1, ("GN",)), ((1, 21), "92507", 1, ("GN",)),
            ((1, 28), "92507", 1, ("GN",))]),
        ("Odette Fairweather", "NC80022514", "2026036004415", "KCD1204", [
            ((1, 8), "97166", 1, ("GO",)), ((1, 15), "97530", 4, ("GO",)), ((1, 22), "97530", 4, ("GO",)),
            ((1, 29), "97150", 1, ("GO",))]),
    ]), ("CLAIMS DENIED", [
        ("Benji Osterhout", "NC81190063", "2026036004420", "KCD1211", [
            ((1, 9), "97533", 2, ("GO",), "CO"), ((1, 9), "97530", 2, ("GO",), "CO")]),
    ])]
    FEE_EXTRA = {"97533": ("88.00", "31.90", "Sensory integration")}
    legend = [("0045", "PAID AT THE PROGRAM FEE SCHEDULE MAXIMUM"), ("0197", "PRIOR AUTHORIZATION NOT ON FILE"),
              ("0781", "ADJUSTMENT OF A PRIOR PAYMENT")]
    import eobgen
    for k, (f, s_, d_) in FEE_EXTRA.items():
        eobgen.FEE[k], eobgen.SCHED[k], eobgen.DESC[k] = f, s_, d_

    def draw_claim(pat, rid, icn, acct, svcs, eob):
        doc.need(50)
        doc.t(40, doc.y, f"RECIP NAME: {pat.upper():28s} RECIP ID: {rid}  ICN: {icn}  PAT ACCT: {acct}", 7.5)
        doc.y += 11
        for i, s in enumerate(svcs, 1):
            doc.need(11)
            a = s.adjs[0] if s.adjs else None
            row(doc, cols, [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods),
                            f"{s.units:.2f}", m(s.billed, ",", "trail"), m(s.allowed, ",", "trail"),
                            f"{a[0]} {a[1]}" if a else "", m(a[2], ",", "trail") if a else "",
                            m(s.paid, ",", "trail"), eob(s)], 7.5)
            doc.y += 11
            bk.line(doc.page, s, acct, icn, pat.upper(), ("billed", "allowed", "paid"), remarks=[eob(s)],
                    adjustments=[list(x) for x in s.adjs])
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        row(doc, cols, ["", "", "", "CLAIM TOTAL", "", "", m(tb, ",", "trail"), m(ta, ",", "trail"), "", "",
                        m(tp, ",", "trail"), ""], 7.5, True)
        doc.y += 16
        bk.claim(acct, icn, pat.upper(), svcs, billed=tb, allowed=ta, paid=tp)

    for sec, claims in rc:
        doc.need(60)
        state["sec"] = ""
        doc.t(40, doc.y, f"*** {sec} ***", 8, True)
        doc.y += 12
        header(doc, cols, 7.5)
        state["sec"] = sec
        for pat, rid, icn, acct, specs in claims:
            svcs = mk("mcd", specs)
            draw_claim(pat, rid, icn, acct, svcs, lambda s: "0197" if s.denied else "0045")
    # adjusted: reversal of an earlier claim and its replacement
    doc.need(80)
    state["sec"] = ""
    doc.t(40, doc.y, "*** CLAIMS ADJUSTED ***", 8, True)
    doc.y += 12
    header(doc, cols, 7.5)
    state["sec"] = "CLAIMS ADJUSTED"
    orig = mk("mcd", [((12, 15), "97530", 2, ("GO",)), ((12, 15), "97110", 1, ("GO",))])
    for s in orig:
        s.dos = date(2025, 12, 15)
    rev = [negate(s) for s in orig]
    draw_claim("Jasper Nwankwo-Hale", "NC77410293", "2026036004430", "KCD1102", rev, lambda s: "0781")
    new = mk("mcd", [((12, 15), "97530", 3, ("GO",)), ((12, 15), "97110", 1, ("GO",))])
    for s in new:
        s.dos = date(2025, 12, 15)
    draw_claim("Jasper Nwankwo-Hale", "NC77410293", "2026036004431", "KCD1102", new, lambda s: "0045")
    doc.need(60)
    doc.t(40, doc.y, "EOB CODE MESSAGES", 8, True)
    doc.y += 11
    for k, v in legend:
        doc.t(40, doc.y, f"{k}  {v}", 7.5)
        doc.y += 10
    return doc, bk, legend, "state Medicaid RA mainframe, Courier landscape"


# ------------------------------------------------------------------------------------------------- k6
@layout("k6_medicaid_ra_boxed", "fpdf2", "mdy4", True, True)
def k6():
    doc = Doc(*LETTER, "dejavucond", top=40, bottom=50)
    bk = Book()
    cols = [("Ln", 44, "l"), ("From", 60, "l"), ("To", 106, "l"), ("Proc", 152, "l"), ("Mods", 184, "l"),
            ("Units", 236, "r"), ("Billed", 286, "r"), ("Allowed", 334, "r"), ("Copay", 372, "r"),
            ("Paid", 418, "r"), ("St", 426, "l"), ("ARC", 442, "l")]

    def furn(d):
        d.box(40, 30, 532, 40, fill=0.9)
        d.t(48, 46, "Prairie Bend Health Coverage - Medicaid", 12, True)
        d.t(48, 60, "Provider Remittance Advice   Payment date 01/30/2026   Warrant/EFT 88120047", 8)
        d.t(564, 46, "Page %d of {PAGES}" % d.page, 8, align="r")
        d.t(564, 60, "Provider: Meadowlark Speech & OT, LLC  Prov ID 0711290", 7.5, align="r")
        d.y = 90

    doc.on_new_page = furn
    doc.new_page()
    claims = [
        ("Cora Lindqvist", "M0044198265", "26029000412", "ML-5521", [
            ((1, 6), "92507", 1, ("GN",)), ((1, 13), "92507", 1, ("GN",)), ((1, 20), "92507", 1, ("GN",)),
            ((1, 27), "92507", 1, ("GN",))], "P"),
        ("Eli Lindqvist", "M0044198273", "26029000418", "ML-5530", [
            ((1, 8), "97166", 1, ("GO",)), ((1, 15), "97530", 3, ("GO",)), ((1, 15), "97112", 1, ("GO",)),
            ((1, 22), "97530", 3, ("GO",))], "P"),
        ("Harriet Dunmore", "M0051120904", "26029000433", "ML-5544", [
            ((1, 9), "97110", 2, ("GP",)), ((1, 9), "97140", 1, ("GP", "59")), ((1, 16), "97110", 2, ("GP",)),
            ((1, 16), "97161", 1, ("GP",), "CO")], "P"),
        ("Nico Albescu", "M0060032117", "26029000440", "ML-5551", [
            ((1, 10), "92523", 1, (), "CO"), ((1, 17), "92507", 1, ("GN",), "CO")], "D"),
        ("Wren Tallis", "M0060032201", "26029000447", "ML-5558", [
            ((1, 12), "97165", 1, ("GO",)), ((1, 19), "97530", 2, ("GO",)), ((1, 19), "97535", 2, ("GO",)),
            ((1, 26), "97530", 2, ("GO",)), ((1, 26), "97110", 1, ("GO",))], "P"),
        ("Cora Lindqvist", "M0044198265", "26029000451", "ML-5560", [
            ((1, 29), "92526", 1, ("GN",)), ((1, 30), "92507", 1, ("GN",))], "P"),
        ("Otis Brannigan", "M0062290417", "26029000455", "ML-5566", [
            ((1, 5), "97161", 1, ("GP",)), ((1, 12), "97110", 2, ("GP",)), ((1, 12), "97116", 1, ("GP",)),
            ((1, 19), "97110", 2, ("GP",)), ((1, 26), "97112", 2, ("GP",))], "P"),
        ("Eli Lindqvist", "M0044198273", "26029000462", "ML-5571", [
            ((1, 29), "97530", 3, ("GO",)), ((1, 29), "97535", 1, ("GO",))], "P"),
    ]
    legend = [("CO45", "Charge exceeds the program's maximum allowable."),
              ("CO16", "Claim is missing information needed to process it (resubmit)."),
              ("CO96", "Service is not covered for this member's benefit plan.")]
    for pat, mid, tcn, acct, specs, stt in claims:
        svcs = mk("mcd", specs, deny_reason="16" if stt == "D" else "96")
        h = 38 + 12 * len(svcs) + 12
        doc.need(h + 8)
        doc.box(40, doc.y - 11, 532, h)
        doc.t(44, doc.y, f"TCN {tcn}", 8, True)
        doc.t(150, doc.y, f"Member: {pat}", 8)
        doc.t(300, doc.y, f"Member ID {mid}", 8)
        doc.t(430, doc.y, f"Pat Acct No {acct}", 8)
        doc.y += 12
        doc.t(44, doc.y, "Claim status: " + ("PAID" if stt == "P" else "DENIED"), 7.5)
        doc.y += 12
        row(doc, cols, [c[0] for c in cols], 7, True)
        doc.y += 12
        for i, s in enumerate(svcs, 1):
            arc = " ".join(f"{g}{r}:{m(a)}" for g, r, a in s.adjs)
            row(doc, cols, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                            units_str(s.units), m(s.billed), m(s.allowed), m(ZERO), m(s.paid),
                            "D" if s.denied else "P", arc], 7)
            doc.y += 12
            bk.line(doc.page, s, acct, tcn, pat, ("billed", "allowed", "copay", "paid"),
                    adjustments=[list(x) for x in s.adjs])
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        row(doc, cols, ["", "", "", "Claim totals", "", "", m(tb), m(ta), m(ZERO), m(tp), "", ""], 7, True)
        doc.y += 22
        bk.claim(acct, tcn, pat, svcs, billed=tb, allowed=ta, paid=tp)
    doc.need(50)
    doc.t(40, doc.y, "Adjustment reason codes on this remittance", 8.5, True)
    doc.y += 11
    for k, v in legend:
        doc.t(40, doc.y, f"{k}  {v}", 7.5)
        doc.y += 10
    return doc, bk, legend, "state Medicaid RA boxed, DejaVu Sans Condensed"


# ------------------------------------------------------------------------------------------------- k7
@layout("k7_pm_paper_remit_mono", "reportlab", "mdy6", True, True)
def k7():
    doc = Doc(*LETTER, "libmono", top=36, bottom=50)
    bk = Book()
    F = 7.2
    cols = [("PERF PROV", 30, "l"), ("SERV DATE", 86, "l"), ("POS", 152, "l"), ("NOS", 184, "r"),
            ("PROC", 192, "l"), ("MODS", 224, "l"), ("BILLED", 318, "r"), ("ALLOWED", 368, "r"),
            ("DEDUCT", 414, "r"), ("COINS", 456, "r"), ("GRP/RC-AMT", 462, "l"), ("PROV PD", 584, "r")]

    def furn(d):
        d.t(30, 40, "CASCADIA PRACTICE SUITE - MEDICARE PART B REMITTANCE (PAPER FORMAT)", 8, True)
        d.t(30, 50, "PAYER: NORTHWEST MAC JURISDICTION Z     PROVIDER #: 0066120-PT   REMIT DATE: 01/29/26", F)
        d.t(30, 60, "PAYEE: STONECROP PHYSICAL & HAND THERAPY   CHECK/EFT #: 0000771234", F)
        d.t(584, 40, "PAGE #: %d OF {PAGES}" % d.page, F, align="r")
        d.line(30, 66, 584, 66)
        d.y = 78
        header(d, cols, F)
        d.line(30, d.y - 9, 584, d.y - 9)

    doc.on_new_page = furn
    doc.new_page()
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("OYELARAN, GRACE", "1EG4TE5MK72", "STN-40017", "2226027114410", "PH0192", [
            ((1, 5), "97110", 2, ("GP",)), ((1, 5), "97140", 1, ("GP", "59")), ((1, 7), "97110", 2, ("GP",)),
            ((1, 7), "97112", 1, ("GP",)), ((1, 12), "97530", 2, ("GP",)), ((1, 12), "97110", 1, ("GP",)),
            ((1, 14), "97110", 2, ("GP", "KX")), ((1, 14), "97140", 1, ("GP", "KX")),
            ((1, 19), "97530", 2, ("GP", "CQ")), ((1, 19), "97112", 1, ("GP", "CQ"))]),
        ("PRZYBYLSKI, ANTON", "3KQ9RD2WN18", "STN-40022", "2226027114428", "HT0210", [
            ((1, 8), "97165", 1, ("GO",)), ((1, 8), "97760", 1, ("GO",)), ((1, 8), "L3807", 1, ("GO", "RT")),
            ((1, 15), "97140", 2, ("GO",)), ((1, 15), "97110", 2, ("GO",))]),
        ("MBEKI-LAURENT, SOLANGE", "5TR2HC8PA33", "STN-40031", "2226027114439", "PH0192", [
            ((1, 9), "97163", 1, ("GP",)), ((1, 9), "G0283", 1, ("GP",)), ((1, 16), "97116", 2, ("GP",)),
            ((1, 16), "97110", 2, ("GP",)), ((1, 23), "97116", 2, ("GP",))]),
        ("OYELARAN, GRACE", "1EG4TE5MK72", "STN-40044", "2226027114450", "PH0192", [
            ((1, 21), "97110", 2, ("GP", "KX")), ((1, 21), "0552T", 1, ("GP",), "CO")]),
    ]
    for pat, hic, acct, icn, perf, specs in claims:
        svcs = mk("mcr", specs, st, deny_reason="96")
        doc.need(40)
        doc.t(30, doc.y, f"NAME {pat:24s} HIC {hic}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01", F)
        doc.y += 11
        for s in svcs:
            adj = s.adjs
            doc.need(10 * len(adj) + 2)
            first = f"{adj[0][0]}-{adj[0][1]} {m(adj[0][2], '')}"
            row(doc, cols, [perf, f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "11", units_str(s.units), s.code,
                            " ".join(s.mods), m(s.billed, ""), m(s.allowed, ""), m(s.deductible, ""),
                            m(s.coinsurance, ""), first, m(s.paid, "")], F)
            doc.y += 10
            for g, r, a in adj[1:]:
                doc.t(462, doc.y, f"{g}-{r} {m(a, '')}", F)
                doc.y += 10
            rem = ["N640"] if "KX" in s.mods else (["M86"] if s.denied else [])
            if rem:
                doc.t(192, doc.y, "REM: " + " ".join(rem), F)
                doc.y += 10
            bk.line(doc.page, s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                    adjustments=[list(x) for x in adj], remarks=rem)
        tb, ta, td, tc, tp = (total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        to = total(svcs, "owes")
        doc.need(22)
        doc.t(30, doc.y, f"PT RESP {m(to, '')}", F)
        row(doc, cols, [None, None, None, None, "CLAIM TOTALS", None, m(tb, ""), m(ta, ""), m(td, ""), m(tc, ""),
                        None, m(tp, "")], F)
        doc.y += 18
        bk.claim(acct, icn, pat, svcs, billed=tb, allowed=ta, paid=tp)
    doc.need(40)
    doc.t(30, doc.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", F, True)
    doc.y += 10
    legend = [("CO-45", "FEE SCHEDULE LIMIT; PROVIDER WRITES OFF THE EXCESS"), ("PR-1", "DEDUCTIBLE"),
              ("PR-2", "COINSURANCE"), ("CO-253", "SEQUESTRATION REDUCTION"),
              ("CO-96", "NOT A COVERED SERVICE"), ("N640", "THERAPY THRESHOLD MODIFIER ON FILE"),
              ("M86", "SERVICE DENIED, NOT PAYABLE SEPARATELY")]
    for k, v in legend:
        doc.t(30, doc.y, f"{k:7s} {v}", F)
        doc.y += 9
    return doc, bk, legend, "PM-system Medicare paper remit, Liberation Mono"


# ------------------------------------------------------------------------------------------------- k8
@layout("k8_clearinghouse_era_print", "fpdf2", "mdy4", True, True)
def k8():
    doc = Doc(*LAND, "libnarrow", top=36, bottom=44)
    bk = Book()
    cols = [("Line", 36, "l"), ("Svc Date", 60, "l"), ("Proc", 112, "l"), ("Mod", 146, "l"), ("Units", 206, "r"),
            ("Submitted", 262, "r"), ("Allowed", 312, "r"), ("Deduct", 356, "r"), ("Coins", 398, "r"),
            ("Adj (Grp-Rsn Amt)", 410, "l"), ("Paid", 650, "r"), ("RARC", 664, "l")]

    def furn(d):
        d.t(36, 42, "ClearPath Exchange  |  835 Remittance Print", 12, True)
        d.t(36, 55, "Payer: GREAT LAKES MEDICARE ADMINISTRATIVE CONTRACTOR   Payee: Thistle Lane Rehabilitation "
                    "Group   NPI 1578822093   Trace 1EFT26020400813", 7.5)
        d.t(756, 42, "Page %d of {PAGES}" % d.page, 8, align="r")
        d.line(36, 62, 756, 62, 1)
        d.y = 78

    doc.on_new_page = furn
    doc.new_page()
    doc.box(36, doc.y - 10, 720, 92)
    doc.t(44, doc.y + 4, "Payment summary", 9, True)
    for i, (a, b) in enumerate((("Check/EFT number", "1EFT26020400813"), ("Payment date", "02/04/2026"),
                                ("Payment method", "ACH credit"), ("Claims in this remit", "4"),
                                ("Provider-level adjustments", "none"))):
        doc.t(44, doc.y + 20 + 12 * i, a, 8)
        doc.t(200, doc.y + 20 + 12 * i, b, 8)
    doc.y += 100
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    claims = [
        ("TLR-88104", "0626034409920", "HOLLOWAY, PEARL", "8HX2KA7TN61", [
            ((1, 6), "97530", 2, ("GO",)), ((1, 6), "97535", 1, ("GO",)), ((1, 13), "97530", 2, ("GO", "KX")),
            ((1, 13), "97140", 1, ("GO", "59"))]),
        ("TLR-88117", "0626034409937", "ASHWORTH, DESMOND", "2WQ7PL4RB90", [
            ((1, 7), "92507", 1, ("GN",)), ((1, 14), "92507", 1, ("GN",)), ((1, 21), "92526", 1, ("GN",))]),
        ("TLR-88121", "0626034409951", "FENWICK, IOLA", "6NB3YC1DJ25", [
            ((1, 9), "97161", 1, ("GP",)), ((1, 9), "97110", 3, ("GP",)), ((1, 16), "97112", 2, ("GP",)),
            ((1, 16), "97110", 2, ("GP",)), ((1, 23), "97116", 2, ("GP",))]),
        ("TLR-88130", "0626034409968", "HOLLOWAY, PEARL", "8HX2KA7TN61", [
            ((1, 20), "97530", 2, ("GO",)), ((1, 20), "97110", 2, ("GO",)), ((1, 27), "97168", 1, ("GO",))]),
    ]
    findings = []
    for n, (acct, pcn, pat, mid, specs) in enumerate(claims):
        svcs = mk("mcr", specs, st)
        doc.need(70)
        doc.line(36, doc.y - 10, 756, doc.y - 10)
        doc.t(36, doc.y, f"Patient: {pat}", 8.5, True)
        doc.t(210, doc.y, f"Member ID: {mid}", 8)
        doc.t(330, doc.y, f"Patient Ctrl #: {acct}", 8)
        doc.t(470, doc.y, f"Payer Claim #: {pcn}", 8)
        doc.t(640, doc.y, "Status: 1 - Processed as Primary", 8)
        doc.y += 13
        header(doc, cols, 7.5, fill=0.9, width=720)
        for i, s in enumerate(svcs, 1):
            doc.need(12)
            adj = "; ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs)
            rem = ["N640"] if "KX" in s.mods else []
            row(doc, cols, [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                            m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance), adj, m(s.paid),
                            " ".join(rem)], 7.5)
            doc.y += 12
            bk.line(doc.page, s, acct, pcn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                    adjustments=[list(x) for x in s.adjs], remarks=rem)
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        pt = tp
        if n == 2:  # planted: the printed claim payment disagrees with its lines
            pt = tp + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {pcn}: printed Paid total {m(pt, '')} but the lines "
                            f"add up to {m(tp, '')}")
        doc.line(36, doc.y - 9, 756, doc.y - 9)
        row(doc, cols, ["", "Claim totals", "", "", "", m(tb), m(ta), "", "", "", m(pt), ""], 7.5, True)
        doc.y += 24
        bk.claim(acct, pcn, pat, svcs, billed=tb, allowed=ta, paid=pt)
    bk.findings = findings
    legend = [("CO-45", "Charges above the fee schedule; contractual write-off."),
              ("PR-2", "Patient coinsurance."), ("CO-253", "Federal payment reduction."),
              ("N640", "Exceeds the annual therapy amount; medical necessity attested.")]
    doc.need(60)
    doc.t(36, doc.y, "Code glossary", 8.5, True)
    doc.y += 11
    for k, v in legend:
        doc.t(36, doc.y, f"{k}  {v}", 7.5)
        doc.y += 10
    return doc, bk, legend, "clearinghouse ERA print, Liberation Sans Narrow landscape, planted total mismatch"


# ------------------------------------------------------------------------------------------------- k9
@layout("k9_therapy_family_statement", "reportlab", "mdyn", True, False)
def k9():
    doc = Doc(*LETTER, "libsans", top=40, bottom=60)
    bk = Book()
    cols = [("Date", 40, "l"), ("Patient", 86, "l"), ("Service", 150, "l"), ("Code", 284, "l"), ("Qty", 336, "r"),
            ("Charge", 384, "r"), ("Ins Paid", 430, "r"), ("Adjust", 474, "r"), ("Pt Paid", 516, "r"),
            ("Balance", 568, "r")]

    def furn(d):
        d.t(40, 46, "Little Otter Pediatric Therapy", 14, True)
        d.t(40, 60, "2290 Birchfield Ave, Suite 4  |  Alder Point, WI 53999  |  (608) 555-0182", 8)
        d.t(40, 760, "Page %d of {PAGES}   Please detach the top portion and return with your payment." % d.page,
            7.5)
        d.y = 80

    doc.on_new_page = furn
    doc.new_page()
    doc.box(360, 72, 212, 70)
    doc.t(368, 86, "Guarantor: Marisol Thackeray", 8.5, True)
    doc.t(368, 98, "Account no. 55810", 8)
    doc.t(368, 110, "Statement date 02/12/2026", 8)
    doc.t(368, 126, "Amount due: see below", 9, True)
    doc.t(40, 96, "Marisol Thackeray", 9)
    doc.t(40, 107, "77 Juniper Hollow Rd", 9)
    doc.t(40, 118, "Alder Point, WI 53999", 9)
    doc.y = 162
    doc.t(40, doc.y, "Account activity", 11, True)
    doc.y += 16
    header(doc, cols, 7.5, fill=0.88, width=534)
    visits = [
        ("V-30112", "Ember Thackeray", "Northern Pines Health", "NPH-26-0109441", [
            ((1, 6), "97165", 1, ("GO",)), ((1, 6), "97530", 2, ("GO",))], PlanState(ded_left=Decimal("100.00"))),
        ("V-30140", "Ember Thackeray", "Northern Pines Health", "NPH-26-0115208", [
            ((1, 13), "97530", 2, ("GO",)), ((1, 13), "97533", 1, ("GO",))], PlanState()),
        ("V-30151", "Felix Thackeray", "Northern Pines Health", "NPH-26-0115230", [
            ((1, 14), "92523", 1, ()), ((1, 21), "92507", 1, ("GN",))], PlanState(copay_codes={
                "92507": Decimal("20.00"), "92523": Decimal("20.00")})),
        ("V-30177", "Juniper Thackeray", "Northern Pines Health", "NPH-26-0120577", [
            ((1, 22), "97166", 1, ("GO",)), ((1, 22), "97112", 1, ("GO",)), ((1, 29), "97530", 3, ("GO",)),
            ((1, 29), "97129", 1, ("GO",), "PR")], PlanState(coins_rate=Decimal("0.30"))),
    ]
    import eobgen
    eobgen.FEE.setdefault("97533", "88.00")
    eobgen.SCHED.setdefault("97533", "31.90")
    eobgen.DESC.setdefault("97533", "Sensory integration")
    grand = ZERO
    for vis, pat, ins, clm, specs, st in visits:
        svcs = mk("com", specs, st)
        doc.need(40)
        doc.t(40, doc.y, f"Visit # {vis}  -  {pat}  -  billed to {ins}, claim {clm}", 8, True)
        doc.y += 12
        for s in svcs:
            pp = s.copay
            bal = s.owes - pp
            s.discount = s.billed - s.allowed if not s.denied else ZERO
            row(doc, cols, [dfmt(s.dos, "mdyn"), pat.split()[0], s.desc[:24], s.code + "".join(s.mods),
                            units_str(s.units), m(s.billed), m(s.paid), m(-s.discount, ",", "()"),
                            m(-pp, ",", "()"), m(bal)], 7.5)
            doc.y += 12
            bk.line(doc.page, s, vis, clm, pat, ("billed", "paid"), units=True,
                    overrides={"patient_owes": str(q(bal))})
            grand += bal
        bk.claim(vis, clm, pat, svcs)
    doc.line(40, doc.y - 8, 572, doc.y - 8)
    doc.t(40, doc.y + 4, "Total balance due from you", 9, True)
    doc.t(568, doc.y + 4, m(grand, "$"), 9, True, "r")
    doc.y += 30
    doc.t(40, doc.y, "Insurance has processed every visit shown. Balances reflect your plan's deductible, copay and",
          7.5)
    doc.t(40, doc.y + 10, "coinsurance. Juniper's cognitive therapy on 1/29/2026 was not covered by Northern Pines.",
          7.5)
    return doc, bk, [], "pediatric therapy family statement, Liberation Sans"


# ------------------------------------------------------------------------------------------------ k10
@layout("k10_hospital_family_statement", "fpdf2", "mdy4", True, False)
def k10():
    doc = Doc(*LETTER, "dejavu", top=40, bottom=56)
    bk = Book()
    cols = [("Service date", 40, "l"), ("Rev", 104, "l"), ("CPT/HCPCS", 130, "l"), ("Description", 186, "l"),
            ("Qty", 372, "r"), ("Charge", 420, "r")]

    def furn(d):
        d.t(40, 46, "St. Aldric Valley Hospital", 13, True)
        d.t(40, 59, "Patient Financial Services  |  900 Harrow Blvd, Millbrook, VT 05999", 7.5)
        d.box(440, 36, 136, 720, fill=0.94)
        d.t(448, 54, "Amount Due", 10, True)
        d.t(448, 68, "{DUE}", 12, True)
        d.t(448, 88, "Due by 03/05/2026", 7.5)
        d.t(448, 110, "Guarantor", 8, True)
        d.t(448, 121, "Bernard Oduya", 7.5)
        d.t(448, 132, "Guarantor # G-7710254", 7.5)
        d.t(448, 160, "Pay online or call", 7.5)
        d.t(448, 171, "(802) 555-0139", 7.5)
        d.t(448, 740, "Page %d of {PAGES}" % d.page, 7.5)
        d.y = 84

    doc.on_new_page = furn
    doc.new_page()
    doc.t(40, doc.y, "Dear Bernard Oduya,", 9)
    for i, tx in enumerate(("This statement lists the hospital accounts for which you are the guarantor.",
                            "Your insurance has finished processing the charges below. The balance shown is",
                            "your deductible, copay or coinsurance as reported by your plan. Financial",
                            "assistance is available; ask for an application at any registration desk.")):
        doc.t(40, doc.y + 16 + 11 * i, tx, 8)
    doc.y += 78
    REV = {"97": "0434", "92": "0444", "G0": "0420", "99": "0510"}
    accts = [
        ("40098172", "Abena Oduya", "Outpatient rehabilitation", "Ridgeway Blue Plan", "RB26011804473", [
            ((1, 5), "97166", 1, ("GO",)), ((1, 5), "97530", 2, ("GO",)), ((1, 7), "97530", 2, ("GO",)),
            ((1, 7), "97110", 1, ("GO",)), ((1, 12), "97530", 2, ("GO",)), ((1, 12), "97140", 1, ("GO", "59")),
            ((1, 14), "97535", 2, ("GO",)), ((1, 14), "97110", 1, ("GO",)), ((1, 19), "97530", 2, ("GO",)),
            ((1, 19), "97112", 1, ("GO",)), ((1, 21), "97530", 2, ("GO",)), ((1, 21), "G0283", 1, ("GO",)),
            ((1, 26), "97530", 2, ("GO",)), ((1, 26), "97110", 2, ("GO",)), ((1, 28), "97168", 1, ("GO",)),
            ((1, 28), "97530", 2, ("GO",)), ((1, 30), "97530", 2, ("GO",)), ((1, 30), "97535", 1, ("GO",)),
            ((2, 2), "97530", 2, ("GO",)), ((2, 2), "97110", 1, ("GO",)), ((2, 4), "97530", 2, ("GO",)),
            ((2, 4), "97140", 1, ("GO",)), ((2, 6), "97530", 2, ("GO",)), ((2, 6), "97112", 1, ("GO",)),
            ((2, 9), "97530", 2, ("GO",)), ((2, 9), "97110", 2, ("GO",)), ((2, 11), "97535", 1, ("GO",)),
            ((2, 11), "97530", 2, ("GO",)), ((2, 13), "97530", 2, ("GO",)), ((2, 13), "97168", 1, ("GO",))]),
        ("40099315", "Kwesi Oduya", "Outpatient clinic / therapy", "Ridgeway Blue Plan", "RB26012009118", [
            ((1, 20), "99213", 1, ()), ((1, 20), "97161", 1, ("GP",)), ((1, 27), "97110", 2, ("GP",)),
            ((1, 27), "97116", 1, ("GP",))]),
    ]
    due = ZERO
    for acct, pat, kind, ins, clm, specs in accts:
        svcs = mk("com", specs, PlanState(ded_left=Decimal("75.00")))
        doc.need(60)
        doc.box(40, doc.y - 11, 390, 28, fill=0.97)
        doc.t(44, doc.y, f"Patient: {pat}   Hospital account {acct}", 8.5, True)
        doc.y += 12
        doc.t(44, doc.y, f"{kind}  |  Insurance: {ins}, claim no. {clm}", 7.5)
        doc.y += 18
        row(doc, cols, [c[0] for c in cols], 7.5, True)
        doc.line(40, doc.y + 3, 430, doc.y + 3)
        doc.y += 14
        for s in svcs:
            doc.need(12)
            row(doc, cols, [dfmt(s.dos, "mdy4"), REV[s.code[:2]], s.code + (" " + " ".join(s.mods) if s.mods else ""),
                            s.desc[:30], units_str(s.units), m(s.billed, "$")], 7.5)
            doc.y += 12
            doc.y += 5
            bk.line(doc.page, s, acct, clm, pat, ("billed",))
        tb, tp, ta = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount")
        doc.need(60)
        doc.y += 4
        for lab, v in (("Total charges", tb), (f"{ins} payment", -tp), ("Contractual allowance", -ta),
                       ("Your balance for this account", tb - tp - ta)):
            doc.t(186, doc.y, lab, 8, lab.startswith("Your"))
            doc.t(420, doc.y, m(v, "$"), 8, lab.startswith("Your"), "r")
            doc.y += 11
        doc.y += 14
        bk.claim(acct, clm, pat, svcs, billed=tb)
        due += tb - tp - ta
    for ops in doc.pages:
        for i, op in enumerate(ops):
            if op[0] == "t" and op[3] == "{DUE}":
                ops[i] = op[:3] + (m(due, "$"),) + op[4:]
    return doc, bk, [], "hospital family statement, DejaVu Sans, sidebar"


# --------------------------------------------------------------------------------------------- driver
def date_forms(d: date) -> set[str]:
    return {dfmt(d, st) for st in ("mdy2", "mdy4", "mdy6", "mon", "mdyn")}


def check(out: Path) -> list[str]:
    errs = []
    for name, (fn, producer, dstyle, on_row, full_adj) in LAYOUTS.items():
        pdf = out / f"{name}.pdf"
        import json
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = text_lines(pdf)
        if len(pages) != tr["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {tr['pages']}")
        alltext = " ".join(" ".join(p) for p in pages)
        allnums = set(nums(alltext))
        for i, ln in enumerate(tr["lines"]):
            where = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            plines = pages[ln["page"] - 1]
            ptext = " ".join(plines)
            want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                             "coinsurance", "not_covered", "discount") if ln[k] is not None]
            ok = False
            for tl in plines:
                if ln["code"] not in tl or not all(md in tl for md in ln["modifiers"]):
                    continue
                ns = nums(tl.replace(ln["code"], " "))
                if not all(w in ns or (w == 0 and Decimal(0) in [abs(x) for x in ns]) for w in want):
                    continue
                if ln["units"] is not None and Decimal(ln["units"]) not in ns:
                    continue
                d = date.fromisoformat(ln["service_date"])
                if on_row and dfmt(d, dstyle) not in tl:
                    continue
                ok = True
                break
            if not ok:
                errs.append(f"{where}: no single text row holds code/mods/units/amounts/date")
            if not on_row and dfmt(date.fromisoformat(ln["service_date"]), dstyle) not in ptext:
                errs.append(f"{where}: date not on page")
            for r in ln["remarks"]:
                if r not in ptext:
                    errs.append(f"{where}: remark {r} not on page")
            for g, r, a in ln["adjustments"]:
                if r not in ptext or g not in ptext:
                    errs.append(f"{where}: adjustment {g}{r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{where}: {k} {ln[k]!r} not in document")
            if full_adj and ln["billed"] is not None and ln["paid"] is not None:
                adj = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
                if Decimal(ln["billed"]) - adj != Decimal(ln["paid"]):
                    errs.append(f"{where}: billed - adjustments != paid")
            if ln["billed"] and ln["allowed"] and ln["discount"] and ln["not_covered"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != Decimal(
                        ln["allowed"]):
                    errs.append(f"{where}: billed - discount - not covered != allowed")
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            planted = any(str(c["payer_claim_id"]) in f for f in tr["expected_findings"])
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if any(ln[k] is None for ln in mine):
                    errs.append(f"{name}: claim total {k} printed but lines lack it")
                    continue
                s = sum((Decimal(ln[k]) for ln in mine), Decimal(0))
                if (s == Decimal(v)) == planted and not (planted and k != "paid"):
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} vs lines {s} "
                                f"(planted={planted})")
                if Decimal(v) not in allnums:
                    errs.append(f"{name}: claim total {k} {v} not printed")
        split = [c["payer_claim_id"] for c in tr["claims"] if len({ln["page"] for ln in tr["lines"] if (
            ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == (c["claim_id"], c["payer_claim_id"],
                                                                    c["patient"])}) > 1]
        print(f"  {name}: pages={tr['pages']} lines={len(tr['lines'])} claims split across pages: {split}")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout181_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, (fn, producer, *_rest) in LAYOUTS.items():
        doc, bk, legend, desc = fn()
        pdf = out / f"{name}.pdf"
        render(doc, pdf, producer)
        write_truth(pdf, name, producer, len(doc.pages), desc, bk.lines, bk.claims, legend, bk.findings)
        print(f"{pdf}  pages={len(doc.pages)} lines={len(bk.lines)} claims={len(bk.claims)}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
