"""Write the 186th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an independent,
honest measurement of the PDF reader on ten layouts written without looking at the reader.

Run:  python bench/heldout186/make_heldout186_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout186/make_heldout186_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helpers: samples/pdf/eobgen.py (plan arithmetic, money/date formats, truth format) and h186kit.py (drawing over
reportlab / fpdf2, page flow, row matching for the self-check). A few codes missing from eobgen's fee schedule
(97533, 97162, 97113, A4556, 97750, G0151) are added in memory with invented prices.

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the line; amounts null where the column is absent);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN, patient exactly as printed (the person served, never the subscriber or guarantor unless the
same person). Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (two each of the five commonest real kinds):
  c1  commercial member EOB to a subscriber, four family members, portrait Liberation Sans: "Billed amount / Plan
      discount / Not covered / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / You owe / Rmk",
      code and modifiers spaced ("97140 GP 59"), no units, wrapped long descriptions, claim heading with "Claim
      no." and "Provider account no.", "(continued)" heading and column header on page 2, letter remark legend
      (reportlab)
  c2  commercial household "Health Statement", landscape DejaVu Serif: "Amount billed / Network savings / Not
      covered / Allowed amount / Copay / Coinsurance / Plan paid / Your share / Note", "Jan 8, 2026", Qty column,
      glued "97530-GO-59", visit copay, denied lines, claim continues with a repeated header; PLANTED claim-total
      mismatch in one "Your share" total (fpdf2)
  m1  Medicare Summary Notice Part B, portrait core Helvetica: deductible / total-you-may-be-billed boxes, per
      provider "Claim number", date sub-headings, "Description (97110-GP-KX)", no units, "Service Approved?",
      notes letters, one beneficiary (fpdf2)
  m2  Medicare Advantage (HMO) monthly Part C member EOB, portrait DejaVu Sans Condensed: out-of-pocket boxes,
      "Provider's charge / Plan's approved amount / Plan's share / Your share (copay)", "Number of units", provider
      reference and plan claim number, a long claim running onto page 2 with NO repeated header (reportlab)
  r1  state Medicaid remittance advice, landscape Liberation Mono: RA/warrant heading, column header on every
      page, sections PAID / DENIED (empty) / ADJUSTED (credit with trailing minus "71.30-") / PARTIALLY PAID,
      recipient name and id on every row, "92507GN" glued with a second modifier spaced, 4-digit EOB codes,
      claim continues onto page 2 (fpdf2)
  r2  managed-care Medicaid provider remittance statement, portrait core Times: shaded claim boxes with Member /
      Medicaid ID / TCN / Patient Control No., "Ln / From / To / Proc / Mod / Units / Billed / Allowed / Copay /
      Paid / Adj Reason / Remark", date spans with summed units, group-reason-amount cells ("CO-45 ..  PR-3 2.00"), a denied line
      (reportlab)
  p1  practice-management reprint of a Medicare Part B remittance, landscape Courier: NAME / MID / ACNT / ICN
      claim lines, "PERF PROV SERV DATE POS NOS PROC MODS ... GRP/RC-AMT PROV PD", MMDDYY dates, a CLAIM STATUS 22
      reversal with leading minus, PT RESP per claim (reportlab)
  p2  clearinghouse "Remittance Detail Report" for a commercial payer, portrait DejaVu Sans, ruled grid: boxed
      patient / Pat Ctrl # / Payer Claim # headers, "97140:GP:59", "CO-45 25.20; PR-1 ..." cell, RARC column,
      a long claim continued on page 2 with heading and header repeated (fpdf2)
  s1  pediatric therapy clinic guarantor statement, portrait Helvetica with a right sidebar (amount due),
      three children, visit heading rows "Visit V-100482 - date - BlueHarbor claim ...", "Charges / Insurance
      paid / Contract. adjust. / Your portion", glued "97530GO", no units, payment credit row (reportlab)
  s2  hospital outpatient-rehab guarantor statement, portrait Liberation Sans Narrow: accounts per family
      member, "Date / Rev Code / CPT/HCPCS / Description / Qty / Charges / Payments / Adj.", line charges only,
      insurer payment and contractual allowance at account level ("1,234.56-"), column header on every page,
      a long account running onto page 2 (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line a single text
line of its page (pdfplumber) holding its code, modifiers, units, every printed amount, adjustment group/reason
and amount, and remark codes; its service date (and end date) on the page; ids and patient in the document's
text; the document's own arithmetic (billed - discount - not covered = allowed where printed; allowed minus
patient shares = paid where printed; billed - adjustments = paid where every adjustment is printed with its
amount); claim totals printed and equal to the sum of their lines unless declared as a planted expected finding
(and the planted one really differs); at least three files with a claim whose rows continue onto the next page;
at least two producers."""
from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (DESC, FEE, LONG_DESC, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h186kit import Doc, wrap  # noqa: E402

D = date

# Codes the shared sample fee schedule lacks (invented prices, our own words), added in memory only.
for _c, _fee, _sch, _desc in (("97533", "98.00", "35.60", "Sensory integration activities"),
                              ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
                              ("97113", "92.00", "38.20", "Aquatic therapeutic exercise"),
                              ("A4556", "24.00", "11.75", "Electrodes, per pair"),
                              ("97750", "105.00", "34.90", "Physical performance test"),
                              ("G0151", "160.00", "58.40", "Home health PT visit, each 15 min")):
    FEE.setdefault(_c, _fee)
    SCHED.setdefault(_c, _sch)
    DESC.setdefault(_c, _desc)


class Flow:
    """Content flow down the page: furniture per page, optional continuation header per claim."""

    def __init__(self, doc: Doc, furniture, bottom: float):
        self.doc, self.furniture, self.bottom = doc, furniture, bottom
        self.cont = None
        self.y = furniture(doc)

    def ensure(self, h: float):
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.furniture(self.doc)
            if self.cont:
                self.cont()

    def row(self, cols, cells, size=7.5, bold=False, lh=10.5):
        self.ensure(lh)
        for (x, al), c in zip(cols, cells):
            if c not in (None, ""):
                self.doc.text(x, self.y, c, size, bold, al)
        self.y += lh
        return self.doc.page

    def text(self, x, s, size=8, bold=False, lh=11, al="l"):
        self.ensure(lh)
        self.doc.text(x, self.y, s, size, bold, al)
        self.y += lh


def mk(plan: list, seq: int = 0) -> list[Svc]:
    """plan: (date, code, units, mods[, denied])."""
    out = []
    for p in plan:
        s = Svc(p[0], p[1], Decimal(str(p[2])), tuple(p[3].split()) if p[3] else (), denied=p[4] if len(p) > 4 else None)
        out.append(s)
    return out


def series(start: date, step_days: list[int], codes: list[tuple]) -> list[tuple]:
    """A therapy episode: visits on start + offsets, each with the same list of (code, units, mods)."""
    out = []
    for off in step_days:
        for c in codes:
            out.append((start + timedelta(days=off),) + c)
    return out


def legend_block(flow, x, items, size=7, width=110):
    for k, v in items:
        lines = wrap(v, width)
        flow.text(x, f"{k}  {lines[0]}", size, lh=9)
        for extra in lines[1:]:
            flow.text(x + 22, extra, size, lh=9)


LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


# ------------------------------------------------------------------------------------- L1 commercial EOB
@layout
def c1_family_member_eob(out: Path):
    """Commercial member EOB to a subscriber for four family members (reportlab, Liberation Sans)."""
    name = "h186_c1_family_member_eob"
    doc = Doc("reportlab", out / f"{name}.pdf", "LibSans")
    fam = [("Teo Vasquez-Lund", "Son", "Brightpath Pediatric Therapy", "BPT-55018", "26-0311-448201",
            series(D(2026, 1, 6), [0, 7, 14], [("97530", 2, "GO"), ("97535", 1, "GO")]) +
            [(D(2026, 1, 27), "97167", 1, "GO"), (D(2026, 1, 27), "97760", 1, "GO")]),
           ("Maribel Vasquez-Lund", "Spouse", "Northfork Spine & Sport PT", "NSS0092211", "26-0312-100877",
            series(D(2026, 1, 9), [0, 3, 7, 10, 14, 17, 21, 24, 28], [("97110", 2, "GP"), ("97140", 1, "GP 59")]) +
            [(D(2026, 1, 30), "G0283", 1, "GP", "PR")]),
           ("Ines Vasquez-Lund", "Daughter", "Little Voices Speech Studio", "LV-3310", "26-0318-552290",
            series(D(2026, 1, 12), [0, 3, 7, 10, 14, 17, 21, 24, 28, 31, 35, 38], [("92507", 1, "GN")]) + [(D(2026, 1, 5), "92523", 1, "GN")]),
           ("Dorian Vasquez-Lund", "Self", "Cedar Row Family Medicine", "CRFM-771402", "26-0320-003115",
            [(D(2026, 2, 2), "99213", 1, "25"), (D(2026, 2, 2), "L3807", 1, "RT")])]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    cols = [(40, "l"), (82, "l"), (192, "l"), (272, "r"), (306, "r"), (340, "r"), (374, "r"), (408, "r"),
            (438, "r"), (472, "r"), (508, "r"), (548, "r"), (553, "l")]

    def furn(d):
        d.text(40, 40, "PRAIRIE CREST HEALTH PLAN", 14, True)
        d.text(40, 54, "PO Box 60417  Lakemoor, MN 55790   Member Services 1-800-555-0184", 7.5)
        d.text(572, 40, "EXPLANATION OF BENEFITS", 10, True, "r")
        d.text(572, 52, "THIS IS NOT A BILL", 8, True, "r")
        d.text(40, 760, "Prairie Crest Health Plan  |  Statement date March 3, 2026  |  Subscriber ID PCX 884-20-1172",
               6.5)
        d.text(572, 760, f"Page {d.page}", 6.5, False, "r")
        d.line(40, 62, 572, 62, 1.2)
        return 78

    f = Flow(doc, furn, 740)
    f.text(40, "Subscriber: Dorian Vasquez-Lund", 9, True)
    f.text(40, "2218 Larkspur Trail, Lakemoor MN 55792        Group: Halvorsen Millworks Inc.  Group # 40-7781", 8)
    f.text(40, "Plan year deductible (individual) $500.00 - met to date $350.00 before this statement", 8, lh=16)

    def head():
        y = f.y
        hdr = ["Date of", "Service", "Code", "Billed", "Plan", "Not", "Allowed", "Deduct-", "Copay", "Coins-",
               "Plan", "You", "Rmk"]
        hdr2 = ["service", "description", "& mods", "amount", "discount", "covered", "amount", "ible", "", "urance",
                "paid", "owe", ""]
        doc.rect(38, y - 9, 534, 22, 0.4, 0.88)
        for (x, al), a, b in zip(cols, hdr, hdr2):
            doc.text(x, y, a, 6.5, True, al)
            doc.text(x, y + 9, b, 6.5, True, al)
        f.y = y + 20

    lines, claims = [], []
    for pat, rel, prov, acct, clm, plan in fam:
        svcs = [commercial(s, st) for s in mk(plan)]
        for s in svcs:
            s.remarks = (["NW"] if s.discount else []) + (["DD"] if s.deductible else []) + (
                ["NC"] if s.denied else [])
        f.ensure(60)
        f.y += 4
        f.text(40, f"Patient: {pat} ({rel})    Provider: {prov}", 8.5, True)
        f.text(40, f"Claim no. {clm}    Provider account no. {acct}    Received 02/11/2026    Processed 02/19/2026",
               7.5)
        f.cont = lambda pat=pat, clm=clm: (f.text(40, f"Patient: {pat} - claim {clm} (continued)", 8, True), head())
        head()
        for s in svcs:
            desc = LONG_DESC.get(s.code, s.desc)
            dl = wrap(desc if s.code in ("97760", "L3807", "G0283") else s.desc, 27)
            pg = f.row(cols, [dfmt(s.dos, "mdy2"), dl[0], " ".join((s.code,) + s.mods), money(s.billed, ","),
                              money(s.discount, ","), money(s.not_covered, ","), money(s.allowed, ","), money(s.deductible, ","),
                              money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","),
                              " ".join(s.remarks)], size=7)
            for extra in dl[1:]:
                f.row(cols, ["", extra], lh=9)
            lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "patient_owes"), remarks=s.remarks, description=False))
        f.cont = None
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        ta = total(svcs, "allowed")
        f.row(cols, ["", "Claim totals", "", money(tb, ","), money(total(svcs, "discount"), ","),
                     money(total(svcs, "not_covered"), ","), money(ta, ","),
                     money(total(svcs, "deductible"), ","), money(total(svcs, "copay"), ","),
                     money(total(svcs, "coinsurance"), ","), money(tp, ","), money(to, ",")], size=7, bold=True, lh=12)
        doc.line(40, f.y - 6, 572, f.y - 6, 0.3)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, ta, tp, to)})
    legend = [("NW", "In-network savings: your provider agreed to this price; you do not pay the difference."),
              ("DD", "Counted toward your plan-year deductible."),
              ("NC", "Your plan does not cover this item; the provider may ask you to pay it. You may appeal within "
                     "180 days.")]
    f.ensure(60)
    f.y += 8
    f.text(40, "Remark codes", 8.5, True)
    legend_block(f, 40, legend)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "commercial member EOB, family of four, wrapped descriptions, claim heading repeated on continuation",
                lines, claims, legend)


# ------------------------------------------------------------------------------- L2 commercial EOB (landscape)
@layout
def c2_health_statement(out: Path):
    """Commercial quarterly 'health statement' for a household, landscape (fpdf2, DejaVu Serif)."""
    name = "h186_c2_health_statement"
    doc = Doc("fpdf2", out / f"{name}.pdf", "DejaSerif", landscape=True)
    fam = [("Ana Okafor-Reyes", "Seaview Hand & Upper Limb Therapy", "0E7T4418830",
            series(D(2026, 1, 8), [0, 5, 12, 19, 26, 33], [("97140", 1, "GO"), ("97110", 2, "GO"),
                                                            ("97530", 1, "GO 59")]) +
            [(D(2026, 1, 8), "97760", 1, "GO"), (D(2026, 1, 8), "L3807", 1, "LT")]),
           ("Chidi Okafor-Reyes", "Lakeshore Kids Speech & OT", "0E7T4420115",
            series(D(2026, 1, 14), [0, 7, 14, 21, 28, 35, 42, 49], [("92507", 1, "GN"), ("97533", 1, "GO", "PR")])),
           ("Marcus Reyes", "Harborline Physical Therapy", "0E7T4421907",
            [(D(2026, 2, 2), "97161", 1, "GP"), (D(2026, 2, 2), "97110", 3, "GP"), (D(2026, 2, 5), "97112", 2, "GP"),
             (D(2026, 2, 5), "97110", 2, "GP CQ")])]
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), visit_copay=Decimal("25.00"))
    X = [30, 86, 206, 232, 292, 352, 408, 468, 520, 572, 624, 676, 730, 762]
    cols = [(X[0], "l"), (X[1], "l"), (X[2] + 20, "r"), (X[3], "l"), (X[4] + 40, "r"), (X[5] + 44, "r"),
            (X[6] + 44, "r"), (X[7] + 44, "r"), (X[8] + 44, "r"), (X[9] + 44, "r"), (X[10] + 44, "r"),
            (X[11] + 46, "r"), (X[12], "l")]

    def furn(d):
        d.text(30, 36, "Keystone Meridian Health", 15, True)
        d.text(30, 50, "Your Health Statement  -  claims processed January 1 through March 31, 2026", 9)
        d.text(762, 36, "This is not a bill.", 9, True, "r")
        d.text(762, 50, "Questions? 1-877-555-0139 (TTY 711)", 8, False, "r")
        d.line(30, 58, 762, 58, 0.8)
        d.text(30, 592, "Keystone Meridian Health  -  7 Foundry Square, Alder Falls, PA 17088", 6.5)
        d.text(762, 592, f"page {d.page}", 6.5, False, "r")
        return 74

    f = Flow(doc, furn, 572)
    f.text(30, "Primary member: Ana Okafor-Reyes     Member ID KMH-5521-09838     Plan: Choice PPO 2500", 9, True, 12)
    f.text(30, "Each visit carries a $25.00 specialist copay; the plan then pays the rest of the allowed amount.",
           8, lh=16)

    def head():
        y = f.y
        doc.line(30, y - 9, 762, y - 9, 0.5)
        h1 = ["Date", "Service", "Qty", "Code", "Amount", "Network", "Not", "Allowed", "Copay", "Coin-", "Plan",
              "Your", "Note"]
        h2 = ["", "", "", "", "billed", "savings", "covered", "amount", "", "surance", "paid", "share", ""]
        for (x, al), a, b in zip(cols, h1, h2):
            doc.text(x, y, a, 7, True, al)
            doc.text(x, y + 8, b, 7, True, al)
        doc.line(30, y + 11, 762, y + 11, 0.5)
        f.y = y + 22

    lines, claims, findings = [], [], []
    for k, (pat, prov, clm, plan) in enumerate(fam):
        svcs = [commercial(s, st, deny_reason="96") for s in mk(plan)]
        for s in svcs:
            s.remarks = ["N" + str(2 if s.denied else (1 if s.copay else 4))]
        f.ensure(50)
        f.text(30, f"Claim ID {clm}   |   {pat}   |   {prov}   |   processed {dfmt(D(2026, 2, 20 + k), 'mon')}",
               8.5, True, 14)
        f.cont = lambda clm=clm, pat=pat: (f.text(30, f"Claim ID {clm} - {pat} - continued from previous page", 8,
                                                  True, 14), head())
        head()
        for s in svcs:
            dl = wrap(s.desc, 28)
            pg = f.row(cols, [dfmt(s.dos, "mon"), dl[0], units_str(s.units), "-".join((s.code,) + s.mods),
                              money(s.billed), money(s.discount), money(s.not_covered), money(s.allowed),
                              money(s.copay), money(s.coinsurance), money(s.paid), money(s.owes), s.remarks[0]],
                       size=7, lh=11)
            for extra in dl[1:]:
                f.row(cols, ["", extra], size=7, lh=10)
            lines.append(truth_line(pg, s, claim_id=None, payer_claim_id=clm, patient=pat, remarks=s.remarks,
                                    printed=("billed", "discount", "not_covered", "allowed", "copay", "coinsurance",
                                             "paid", "patient_owes"), description=False))
        f.cont = None
        tot = {a: total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "copay", "coinsurance",
                                           "paid", "owes")}
        shown = dict(tot)
        if k == 1:
            shown["owes"] = tot["owes"] + Decimal("20.00")
            findings.append(f"claim-total-mismatch claim {clm}: printed Your share (patient owes) total "
                            f"{shown['owes']} but the lines add up to {tot['owes']}")
        doc.line(cols[4][0] - 40, f.y - 8, 762, f.y - 8, 0.3)
        f.row(cols, ["Totals for this claim", "", "", "", money(shown["billed"]), money(shown["discount"]),
                     money(shown["not_covered"]), money(shown["allowed"]), money(shown["copay"]),
                     money(shown["coinsurance"]), money(shown["paid"]), money(shown["owes"]), ""], 7, True, 16)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(shown["billed"], shown["allowed"], shown["paid"], shown["owes"])})
    legend = [("N1", "Your visit copay was taken from this line first."),
              ("N2", "Not a covered benefit for this diagnosis under your plan; you may be billed."),
              ("N4", "Your share is 10% coinsurance of the allowed amount.")]
    f.ensure(50)
    f.text(30, "Notes on your claims", 9, True, 12)
    legend_block(f, 30, legend, 7.5, 150)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "commercial household health statement, landscape, glued code-mod, planted your-share total",
                lines, claims, legend, findings)


# ---------------------------------------------------------------------------------------------- L3 MSN
@layout
def m1_msn_part_b(out: Path):
    """Medicare Summary Notice Part B, one beneficiary, several providers (fpdf2, core Helvetica)."""
    name = "h186_m1_msn_part_b"
    doc = Doc("fpdf2", out / f"{name}.pdf", "Helvetica")
    bene = "WILHELMINA T OSTRANDER"
    provs = [("Riverbend Outpatient Rehab, 40 Quarry Rd, Pell City, AL 35125", "2026015447120",
              series(D(2026, 1, 7), [0, 2, 7, 9], [("97110", 2, "GP KX"), ("97116", 1, "GP")]) +
              [(D(2026, 1, 16), "G0283", 1, "GP"), (D(2026, 1, 16), "0552T", 1, "GP", "PR")]),
             ("Talladega Valley Hand Therapy, 9 Court Sq, Sylacauga, AL 35150", "2026016120883",
              series(D(2026, 1, 12), [0, 14], [("97165", 1, "GO"), ("97530", 2, "GO")][0:1]) +
              series(D(2026, 1, 19), [0, 7], [("97530", 2, "GO"), ("97535", 1, "GO CO")])),
             ("Ostrander Speech-Language Services LLC, 118 Pine St, Oxford, AL 36203", "2026020331776",
              [(D(2026, 2, 3), "92523", 1, "GN"), (D(2026, 2, 10), "92507", 1, "GN")])]
    st = PlanState(ded_left=Decimal("283.00"))

    def furn(d):
        d.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        d.text(40, 54, f"{bene}    Medicare Number XXXXXXX4Q77    Notice date March 2, 2026", 8.5)
        d.line(40, 60, 572, 60, 1.5)
        d.text(306, 770, f"Page {d.page}", 7.5, False, "c")
        return 78

    f = Flow(doc, furn, 748)
    d0 = f.y
    doc.rect(40, d0 - 10, 250, 70, 0.8)
    doc.text(48, d0 + 4, "Your Deductible Status", 10, True)
    doc.text(48, d0 + 18, "Your 2026 Part B deductible is $283.00. You have", 8)
    doc.text(48, d0 + 29, "now met your full deductible for the year.", 8)
    lines, claims, allsv = [], [], []
    cols = [(40, "l"), (262, "c"), (350, "r"), (420, "r"), (485, "r"), (548, "r"), (556, "l")]
    built = []
    for prov, clm, plan in provs:
        svcs = [medicare(s, st, deny_reason="50") for s in mk(plan)]
        built.append((prov, clm, svcs))
        allsv += svcs
    doc.rect(310, d0 - 10, 262, 70, 0.8)
    doc.text(318, d0 + 4, "Total You May Be Billed", 10, True)
    doc.text(564, d0 + 4, money(total(allsv, "owes")), 10, True, "r")
    doc.text(318, d0 + 20, "Did Medicare approve all services? No", 8)
    doc.text(318, d0 + 31, "Number of claims in this notice: 3", 8)
    f.y = d0 + 78
    f.text(40, "Your Claims & Costs This Period", 12, True, 18)

    def head():
        y = f.y
        doc.rect(40, y - 9, 532, 22, 0.4, 0.9)
        for (x, al), a, b in zip(cols, ["Service Provided & Billing Code", "Service", "Amount", "Medicare-",
                                        "Medicare", "Maximum You", "See"],
                                 ["", "Approved?", "Provider Charged", "Approved Amt", "Paid", "May Be Billed",
                                  "Notes"]):
            doc.text(x + (4 if al == "l" else 0), y, a, 7, True, al)
            doc.text(x + (4 if al == "l" else 0), y + 9, b, 7, True, al)
        f.y = y + 22

    for prov, clm, svcs in built:
        f.ensure(70)
        f.text(40, prov, 9, True, 11)
        f.text(40, f"Claim number {clm}    Assigned (provider accepts the approved amount)", 8, lh=14)
        f.cont = lambda clm=clm: (f.text(40, f"Claim number {clm} (continued)", 8, True, 13), head())
        head()
        for day in sorted({s.dos for s in svcs}):
            f.ensure(24)
            f.text(44, dfmt(day, "mon"), 8, True, 10)
            for s in [x for x in svcs if x.dos == day]:
                s.remarks = ["A"] if s.denied else (["B", "C"] if s.deductible else ["C"])
                code = "-".join((s.code,) + s.mods)
                pg = f.row(cols, [f"    {s.desc} ({code})"[:70], "No" if s.denied else "Yes", money(s.billed),
                                  money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)], 7.5,
                           lh=11)
                lines.append(truth_line(pg, s, claim_id=None, payer_claim_id=clm, patient=bene.title() and bene,
                                        units=False, printed=("billed", "allowed", "paid", "patient_owes"),
                                        remarks=s.remarks, description=False))
        f.cont = None
        t = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        f.row(cols, ["Total for this claim", "", money(t[0]), money(t[1]), money(t[2]), money(t[3]), ""], 8, True,
              18)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": bene,
                       "totals": claim_totals(*t)})
    legend = [("A", "Medicare does not pay for this item because it is not shown to be needed for your condition. "
                    "You may be billed."),
              ("B", "Part of this approved amount went toward your yearly Part B deductible."),
              ("C", "The provider may bill you for 20% of the approved amount (after any deductible).")]
    f.ensure(60)
    f.text(40, "Notes for Claims Above", 10, True, 13)
    legend_block(f, 40, legend, 7.5, 120)
    f.ensure(40)
    f.text(40, "How to handle denials or appeals: you have 120 days from the date of this notice to ask for a "
               "redetermination.", 7.5, lh=10)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Medicare Summary Notice Part B, codes in parentheses, date sub-headings, no units",
                lines, claims, legend)


# ------------------------------------------------------------------------------ L4 Medicare Advantage EOB
@layout
def m2_ma_part_c_eob(out: Path):
    """Medicare Advantage monthly Part C member EOB, two sidebar boxes on page 1 (reportlab, DejaVu Sans Cond.)."""
    name = "h186_m2_ma_part_c_eob"
    doc = Doc("reportlab", out / f"{name}.pdf", "DejaCond")
    mem = "Eugene P. Harrowgate"
    provs = [("Harrowgate Family Clinic (Dr. Ione Petrakis)", "MA26-004802-01", "HFC-88201",
              [(D(2026, 2, 6), "99213", 1, ""), (D(2026, 2, 6), "A4556", 2, "")]),
             ("Cloverdale Home Therapy Partners", "MA26-005130-01", "CHT-4410",
              [(D(2026, 2, 20), "97750", 1, "GP", "CO"), (D(2026, 2, 25), "97535", 2, "GO")]),
             ("Summit Ridge Physical Therapy", "MA26-004471-02", "SRPT-20931",
              series(D(2026, 2, 2), [0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25],
                     [("97110", 2, "GP"), ("97140", 1, "GP"), ("97112", 1, "GP"), ("97116", 1, "GP CQ")]))]

    def furn(d):
        d.text(40, 38, "ASTERWOOD SENIOR ADVANTAGE (HMO)", 12, True)
        d.text(40, 50, "Part C Explanation of Benefits for February 2026  -  this is not a bill", 8.5)
        d.text(572, 38, mem, 8.5, True, "r")
        d.text(572, 50, "Member number 7710-442-908", 8, False, "r")
        d.line(40, 56, 572, 56, 0.8)
        d.text(40, 772, "Asterwood Senior Advantage is an HMO plan with a Medicare contract. H9917_EOB26_C", 6.5)
        d.text(572, 772, f"{d.page}", 7, False, "r")
        return 72

    f = Flow(doc, furn, 752)
    y = f.y
    doc.rect(40, y - 10, 250, 58, 0.6)
    doc.text(48, y + 3, "Your medical out-of-pocket maximum", 8.5, True)
    doc.text(48, y + 16, "$4,900.00 limit for 2026; you have reached $342.50", 8)
    doc.rect(322, y - 10, 250, 58, 0.6)
    doc.text(330, y + 3, "Total you may owe providers this month", 8.5, True)
    f.y = y + 62
    cols = [(40, "l"), (92, "l"), (238, "l"), (322, "r"), (374, "r"), (430, "r"), (478, "r"), (528, "r"),
            (568, "r")]
    lines, claims, tot_owe = [], [], ZERO
    st = PlanState(copay_codes={"99213": Decimal("10.00"), "97110": Decimal("20.00")}, coins_rate=Decimal("0.0"))

    def head():
        y = f.y
        doc.line(40, y - 10, 572, y - 10, 0.5)
        for (x, al), a, b in zip(cols, ["Date", "Service you received", "Code", "Number", "Provider's",
                                        "Plan's approved", "Plan's", "Your share", "Note"],
                                 ["", "", "", "of units", "charge", "amount", "share", "(copay)", ""]):
            doc.text(x, y, a, 7, True, al)
            doc.text(x, y + 8, b, 7, True, al)
        doc.line(40, y + 12, 572, y + 12, 0.5)
        f.y = y + 23

    built = []
    for prov, clm, acct, plan in provs:
        svcs = [commercial(s, st, deny_reason="50") for s in mk(plan)]
        for s in svcs:
            s.remarks = ["MX" if s.denied else ("CP" if s.copay else "IN")]
        tot_owe += total(svcs, "owes")
        built.append((prov, clm, acct, svcs))
    doc.text(564, y + 20, money(tot_owe), 11, True, "r")
    doc.text(330, y + 34, "Claims processed this month: 3", 7.5)
    for prov, clm, acct, svcs in built:
        f.ensure(60)
        f.text(40, f"{prov}", 9, True, 11)
        f.text(40, f"Claim number {clm}   Your provider's reference {acct}   Date processed 03/04/2026", 7.5, lh=15)
        f.cont = None
        head()
        for s in svcs:
            pg = f.row(cols, [dfmt(s.dos, "mdy4"), s.desc[:38], " ".join((s.code,) + s.mods),
                              units_str(s.units), money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                              s.remarks[0]], 7.2, lh=10.5)
            lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=clm, patient=mem,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    description=False))
        t = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        f.row(cols, ["", "Claim total", "", "", money(t[0]), money(t[1]), money(t[2]), money(t[3]), ""], 7.5, True,
              16)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": mem, "totals": claim_totals(*t)})
    legend = [("CP", "You pay a fixed copay for this service under your plan."),
              ("IN", "Covered in full by the plan after the copay for the visit."),
              ("MX", "Your provider did not get the plan's approval first; you do not have to pay this amount.")]
    f.ensure(50)
    f.text(40, "What the notes mean", 9, True, 12)
    legend_block(f, 40, legend, 7.5, 120)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Medicare Advantage Part C member EOB, copays, units column, claim continues on page 2 without "
                "heading", lines, claims, legend)


# -------------------------------------------------------------------------------- L5 Medicaid RA (mono)
@layout
def r1_medicaid_ra_mono(out: Path):
    """State Medicaid remittance advice, monospaced landscape, status sections (fpdf2, Liberation Mono)."""
    name = "h186_r1_medicaid_ra_mono"
    doc = Doc("fpdf2", out / f"{name}.pdf", "LibMono", landscape=True)
    recips = [("BOONE, KESTREL", "M40077812", "2226014003912", "BK-0114",
               series(D(2026, 1, 5), [0, 3, 7, 10, 14, 17, 21, 24], [("92507", 1, "GN"), ("97533", 2, "GO")])),
              ("ADEYEMI, TOBI", "M40219954", "2226014003913", "TA-2290",
               series(D(2026, 1, 6), [0, 3, 7, 10, 14, 17, 21, 24, 28, 31], [("97530", 3, "GO"), ("97112", 1, "GP"),
                                                                        ("97110", 2, "GP")])),
              ("FENWICK, ROSE-MAY", "M40555023", "2226014003914", "RF-0871",
               [(D(2026, 1, 9), "97166", 1, "GO"), (D(2026, 1, 9), "97535", 2, "GO")]),
              ("QUILLAN, DESHAWN", "M40999310", "2226014003915", "DQ-5543",
               [(D(2026, 1, 12), "92523", 1, "GN"), (D(2026, 1, 12), "92507", 1, "GN 59", "D")]),
              ("BOONE, KESTREL", "M40077812", "2226013890044", "BK-0099",
               [(D(2025, 12, 15), "92507", 1, "GN"), (D(2025, 12, 22), "92507", 1, "GN")])]
    cols = [(24, "l"), (116, "l"), (182, "l"), (228, "l"), (304, "r"), (356, "r"), (412, "r"), (466, "r"),
            (478, "l"), (512, "l")]

    def furn(d):
        d.text(24, 30, "DEPARTMENT OF FAMILY HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", 9, True)
        d.text(24, 41, "REMITTANCE ADVICE     PAYEE: TRILLIUM PEDIATRIC REHAB ASSOC     PAYEE ID 0048821730", 8)
        d.text(24, 52, "RA NUMBER 0000731266   WARRANT/EFT 88301927   ISSUE DATE 02/06/26", 8)
        d.text(768, 30, f"PAGE {d.page:4d}", 8, False, "r")
        d.line(24, 57, 768, 57, 0.5)
        hy = 68
        for (x, al), a in zip(cols, ["RECIPIENT NAME", "RECIP ID", "SVC DATE", "PROC", "UNITS", "BILLED",
                                     "ALLOWED", "PAID", "EOB", "DESCRIPTION"]):
            d.text(x, hy, a, 7.5, True, al)
        d.line(24, hy + 3, 768, hy + 3, 0.5)
        d.text(24, 586, "* EOB CODE TEXT IS PRINTED AT THE END OF THIS REMITTANCE ADVICE", 7)
        return 82

    f = Flow(doc, furn, 572)
    lines, claims = [], []
    sections = [("PAID CLAIMS", [0, 1, 2]), ("DENIED CLAIMS", []), ("ADJUSTED CLAIMS - ORIGINAL / CREDIT", [4]),
                ("PARTIALLY PAID CLAIMS", [3])]
    for title, idx in sections:
        f.ensure(30)
        f.text(24, f"*** {title} ***", 8, True, 14)
        if not idx:
            f.text(40, "NO CLAIMS IN THIS CATEGORY", 7.5, lh=14)
            continue
        for i in idx:
            nm, rid, icn, pcn, plan = recips[i]
            svcs = [medicaid(s, deny_reason="96") for s in mk([(p[0], p[1], p[2], p[3]) for p in plan])]
            for s, p in zip(svcs, plan):
                if len(p) > 4:
                    s.adjs = [("CO", "97", s.billed)]
                    s.paid = s.allowed = ZERO
                    s.discount = ZERO
            if i == 4:
                svcs = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["0419"] if s.adjs and s.adjs[0][1] == "97" else (["0022"] if s.discount else ["0001"])
                if i == 4:
                    s.remarks = ["7010"]
            icn_show = icn if i != 4 else "2226034771120"
            f.ensure(24)
            f.text(24, f"ICN {icn_show}   PATIENT ACCT {pcn}" + (f"   ORIGINAL ICN {icn}" if i == 4 else ""), 7.5,
                   lh=10)
            for s in svcs:
                pg = f.row(cols, [nm, rid, dfmt(s.dos, "mdy2"), "".join((s.code,) + s.mods[:1])
                                  + (" " + " ".join(s.mods[1:]) if len(s.mods) > 1 else ""),
                                  units_str(s.units), money(s.billed, "", "trail"), money(s.allowed, "", "trail"),
                                  money(s.paid, "", "trail"), " ".join(s.remarks), s.desc.upper()[:30]], 7.5, lh=10)
                lines.append(truth_line(pg, s, claim_id=pcn, payer_claim_id=icn_show, patient=nm,
                                        printed=("billed", "allowed", "paid"), remarks=s.remarks,
                                        description=False))
            t = [total(svcs, a) for a in ("billed", "allowed", "paid")]
            f.row(cols, ["", "", "CLAIM TOTAL", "", "", money(t[0], "", "trail"), money(t[1], "", "trail"),
                         money(t[2], "", "trail"), ""], 7.5, True, 14)
            claims.append({"claim_id": pcn, "payer_claim_id": icn_show, "patient": nm,
                           "totals": claim_totals(t[0], t[1], t[2])})
    legend = [("0001", "PAID IN FULL AT THE PROGRAM RATE."),
              ("0022", "PAID AT THE PROGRAM FEE SCHEDULE, WHICH IS LESS THAN THE BILLED CHARGE."),
              ("0419", "SAME SERVICE ALREADY PAID FOR THIS RECIPIENT ON THIS DATE."),
              ("7010", "CREDIT: THE EARLIER PAYMENT ON THIS CLAIM IS TAKEN BACK; A CORRECTED CLAIM FOLLOWS WHEN "
                       "RESUBMITTED.")]
    f.ensure(60)
    f.text(24, "EOB CODE   DESCRIPTION", 8, True, 11)
    legend_block(f, 24, legend, 7.5, 130)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "state Medicaid RA, monospaced landscape, status sections, credit with trailing minus",
                lines, claims, legend)


# ------------------------------------------------------------------------------ L6 Medicaid RA (boxed)
@layout
def r2_medicaid_claim_boxes(out: Path):
    """State Medicaid managed-care provider remittance statement, one box per claim (reportlab, Times)."""
    name = "h186_r2_medicaid_claim_boxes"
    doc = Doc("reportlab", out / f"{name}.pdf", "Times")
    mems = [("Jasper Lindqvist-Oyelaran", "LM00824417", "26037000145", "HSR-77120",
             [(D(2026, 2, 2), "97162", 1, "GP"), (D(2026, 2, 3), "97110", 8, "GP", None, D(2026, 2, 13)),
              (D(2026, 2, 3), "97140", 4, "GP 59", None, D(2026, 2, 13))]),
            ("Priya Venkataraman", "LM00914308", "26037000146", "HSR-77141",
             [(D(2026, 2, 4), "97165", 1, "GO"), (D(2026, 2, 9), "97530", 6, "GO", None, D(2026, 2, 20)),
              (D(2026, 2, 9), "97535", 3, "GO", None, D(2026, 2, 20)), (D(2026, 2, 20), "97168", 1, "GO", "D")]),
            ("Malik Ashdown", "LM01140075", "26037000151", "HSR-77166",
             [(D(2026, 2, 10), "92507", 1, "GN"), (D(2026, 2, 17), "92507", 1, "GN"),
              (D(2026, 2, 24), "92507", 1, "GN")] + [(D(2026, 2, 10) + timedelta(days=k * 7), "97129", 1, "GN")
                                                      for k in range(3)]),
            ("Jasper Lindqvist-Oyelaran", "LM00824417", "26037000199", "HSR-77302",
             [(D(2026, 2, 16), "97110", 6, "GP", None, D(2026, 2, 27)), (D(2026, 2, 16), "97116", 3, "GP", None,
                                                                       D(2026, 2, 27)),
              (D(2026, 2, 16), "97112", 4, "GP", None, D(2026, 2, 27)), (D(2026, 2, 27), "97750", 1, "GP")])]
    cols = [(44, "l"), (62, "l"), (106, "l"), (150, "l"), (188, "l"), (232, "r"), (276, "r"), (320, "r"),
            (356, "r"), (398, "r"), (406, "l"), (520, "l")]

    def furn(d):
        d.text(306, 40, "Heartland Shores Community Care", 14, True, "c")
        d.text(306, 53, "a Medicaid managed care plan of the State Medical Assistance Program", 8.5, False, "c")
        d.text(306, 66, "PROVIDER REMITTANCE STATEMENT", 10, True, "c")
        d.text(44, 84, "Pay to: Marrowstone Rehabilitation Group   NPI 1730094412   Payment No. E00471852   "
                       "Payment Date 03/06/2026", 8)
        d.line(44, 90, 568, 90, 0.7)
        d.text(306, 770, f"Page {d.page}", 8, False, "c")
        return 106

    f = Flow(doc, furn, 750)
    lines, claims = [], []

    def head():
        y = f.y
        for (x, al), a in zip(cols, ["Ln", "From", "To", "Proc", "Mod", "Units", "Billed", "Allowed",
                                     "Copay", "Paid", "Adj Reason / Amount", "Remark"]):
            doc.text(x, y, a, 7.5, True, al)
        doc.line(44, y + 3, 568, y + 3, 0.4)
        f.y = y + 13

    for nm, mid, tcn, pcn, plan in mems:
        svcs = []
        for p in plan:
            sv = medicaid(Svc(p[0], p[1], Decimal(str(p[2])), tuple(p[3].split())), deny_reason="B7") \
                if not (len(p) > 4 and p[4]) else None
            if sv is None:
                sv = Svc(p[0], p[1], Decimal(str(p[2])), tuple(p[3].split()))
                sv.not_covered = sv.billed
                sv.adjs = [("CO", "B7", sv.billed)]
            elif sv.paid:
                sv.copay = Decimal("2.00") if sv.code in ("97162", "97165") else ZERO
                sv.paid -= sv.copay
                sv.owes = sv.copay
                if sv.copay:
                    sv.adjs.append(("PR", "3", sv.copay))
            sv.end = p[5] if len(p) > 5 else None
            sv.remarks = ["N640"] if sv.not_covered else (["MA18"] if sv.end else [])
            svcs.append(sv)
        f.ensure(70)
        top = f.y
        doc.rect(44, top - 10, 524, 30, 0.5, 0.93)
        doc.text(50, top + 1, f"Member: {nm}     Medicaid ID: {mid}", 8.5, True)
        doc.text(50, top + 13, f"TCN: {tcn}     Patient Control No.: {pcn}     Claim Status: "
                               f"{'PAID' if all(x.paid for x in svcs) else 'PAID IN PART'}", 8)
        f.y = top + 32
        f.cont = None
        head()
        for n, sv in enumerate(svcs, 1):
            adj = "  ".join(f"{g}-{r} {money(a, ',')}" for g, r, a in sv.adjs)
            pg = f.row(cols, [str(n), dfmt(sv.dos, "mdy4"), dfmt(sv.end or sv.dos, "mdy4"), sv.code,
                              " ".join(sv.mods), units_str(sv.units), money(sv.billed, ","), money(sv.allowed, ","),
                              money(sv.copay, ","), money(sv.paid, ","), adj, " ".join(sv.remarks)], 7.5, lh=11)
            lines.append(truth_line(pg, sv, claim_id=pcn, payer_claim_id=tcn, patient=nm, service_end=sv.end,
                                    printed=("billed", "allowed", "copay", "paid"), adjustments=sv.adjs,
                                    remarks=sv.remarks, description=False))
        t = [total(svcs, a) for a in ("billed", "allowed", "copay", "paid")]
        doc.line(190, f.y - 8, 400, f.y - 8, 0.4)
        f.row(cols, ["", "Claim Totals", "", "", "", "", money(t[0], ","), money(t[1], ","), money(t[2], ","),
                     money(t[3], ","), "", ""], 7.5, True, 20)
        claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": nm,
                       "totals": claim_totals(t[0], t[1], t[3], None)})
    legend = [("CO-45", "Charge is above the program's maximum fee; the difference is written off."),
              ("CO-B7", "The rendering clinician was not enrolled for this service on the date given."),
              ("PR-3", "Member copay set by the program."),
              ("MA18", "Service lines billed as a span of dates; units are the total for the span."),
              ("N640", "The clinician must be enrolled before this service can be paid.")]
    f.ensure(80)
    f.text(44, "Adjustment and remark codes used on this statement", 9, True, 12)
    legend_block(f, 44, legend, 7.5, 120)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "managed-care Medicaid remittance statement, shaded claim boxes, from-to spans, CARC with amounts",
                lines, claims, legend)


# -------------------------------------------------------------------- L7 PM-system Medicare-style remit
@layout
def p1_pm_medicare_remit(out: Path):
    """Practice-management reprint of a Medicare Part B remittance, Courier landscape (reportlab)."""
    name = "h186_p1_pm_medicare_remit"
    doc = Doc("reportlab", out / f"{name}.pdf", "Courier", landscape=True)
    bens = [("CALLOWAY, HENRIETTA", "8TK4WQ2RA61", "CAL0041", "22260390118240", "1447701822",
             series(D(2026, 2, 3), [0, 2, 7, 9, 14, 16], [("97110", 2, "GP KX"), ("97140", 1, "GP")])),
            ("DUBOSE, ABRAHAM", "3MV9ER6TD14", "DUB0188", "22260390118255", "1447701822",
             series(D(2026, 2, 4), [0, 7, 14], [("97530", 2, "GO"), ("97535", 1, "GO CO")]) +
             [(D(2026, 2, 4), "97166", 1, "GO")]),
            ("PELLETIER, MARGUERITE", "5QX2PL8NJ03", "PEL0907", "22260390118263", "1558820431",
             [(D(2026, 2, 11), "92523", 1, "GN"), (D(2026, 2, 18), "92507", 1, "GN"),
              (D(2026, 2, 18), "97129", 1, "GN", "CO")])]
    st = PlanState(ded_left=Decimal("120.00"))

    def furn(d):
        d.text(24, 28, "CLEARWATER PRACTICE SUITE - REMITTANCE REPRINT          PAYER: MEDICARE PART B JURISDICTION 9",
               7.5, True)
        d.text(24, 38, "PROVIDER: NORTHGATE THERAPY CLINIC      NPI 1336205517      CHECK/EFT # 0083391027      "
                       "PAID 03/10/2026", 7.5)
        d.text(768, 28, f"PAGE: {d.page}", 7.5, False, "r")
        d.text(24, 50, "PERF PROV   SERV DATE  POS NOS PROC  MODS      BILLED   ALLOWED    DEDUCT     COINS  "
                       "GRP/RC-AMT                       PROV PD  RARC", 7, True)
        d.line(24, 53, 768, 53, 0.5)
        d.text(24, 594, "REPRINTED FROM ELECTRONIC REMITTANCE. CLEARWATER PRACTICE SUITE 8.4 - FOR OFFICE USE.", 6.5)
        return 66

    f = Flow(doc, furn, 580)
    lines, claims = [], []
    for k, (nm, mbi, acnt, icn, perf, plan) in enumerate(bens):
        svcs = [medicare(s, st, deny_reason="50") for s in mk(plan)]
        for s in svcs:
            s.remarks = ["N115"] if s.denied else (["MA01"] if k == 0 and s is svcs[0] else [])
        f.ensure(36)
        f.text(24, f"NAME {nm:<24} MID {mbi}  ACNT {acnt}   ICN {icn}  ASG Y  MOA MA01", 7, lh=10)
        f.cont = None
        for s in svcs:
            mods = " ".join(s.mods)
            adj = " ".join(f"{g}-{r} {a:.2f}" for g, r, a in s.adjs)
            row = (f"{perf:<11} {dfmt(s.dos, 'mdy6')}   11 {units_str(s.units):>3} {s.code} {mods:<8} "
                   f"{s.billed:>9.2f} {s.allowed:>9.2f} {s.deductible:>9.2f} {s.coinsurance:>9.2f}  {adj:<31} "
                   f"{s.paid:>8.2f}  {' '.join(s.remarks)}")
            pg = f.row([(24, "l")], [row], 7, lh=10)
            lines.append(truth_line(pg, s, claim_id=acnt, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
        t = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")}
        f.row([(24, "l")], [f"PT RESP {total(svcs, 'owes'):>9.2f}          CLAIM TOTALS          "
                            f"{t['billed']:>9.2f} {t['allowed']:>9.2f} {t['deductible']:>9.2f} "
                            f"{t['coinsurance']:>9.2f}  {'':<31} {t['paid']:>8.2f}"], 7, lh=16)
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(t["billed"], t["allowed"], t["paid"], total(svcs, "owes"))})
    # a take-back of an earlier claim paid in January
    orig = [medicare(s, PlanState(), deny_reason="50") for s in mk(series(D(2026, 1, 13), [0, 7],
                                                                          [("97112", 1, "GP")]))]
    rev = [negate(s) for s in orig]
    nm, acnt, icn = "CALLOWAY, HENRIETTA", "CAL0033", "22260390117001"
    f.ensure(40)
    f.text(24, f"NAME {nm:<24} MID 8TK4WQ2RA61  ACNT {acnt}   ICN {icn}  ASG Y  CLAIM STATUS 22 (REVERSAL)", 7,
           lh=10)
    for s in rev:
        s.remarks = ["N598"]
        adj = " ".join(f"{g}-{r} {a:.2f}" for g, r, a in s.adjs)
        row = (f"{'1447701822':<11} {dfmt(s.dos, 'mdy6')}   11 {units_str(abs(s.units)):>3} {s.code} "
               f"{' '.join(s.mods):<8} {s.billed:>9.2f} {s.allowed:>9.2f} {s.deductible:>9.2f} "
               f"{s.coinsurance:>9.2f}  {adj:<31} {s.paid:>8.2f}  N598")
        pg = f.row([(24, "l")], [row], 7, lh=10)
        lines.append(truth_line(pg, s, claim_id=acnt, payer_claim_id=icn, patient=nm,
                                printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                adjustments=s.adjs, remarks=s.remarks, description=False))
    t = {a: total(rev, a) for a in ("billed", "allowed", "paid")}
    f.row([(24, "l")], [f"{'':<30}CLAIM TOTALS          {t['billed']:>9.2f} {t['allowed']:>9.2f}"
                        f"{'':>53}{t['paid']:>8.2f}"], 7, lh=16)
    claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm,
                   "totals": claim_totals(t["billed"], t["allowed"], t["paid"], None)})
    legend = [("MA01", "Appeal rights: a written request for review must reach us within 120 days."),
              ("N115", "Coverage for this service follows a local coverage policy; see the contractor site."),
              ("N598", "Payment recovered: this reverses the earlier payment for the same claim.")]
    f.ensure(50)
    f.text(24, "REMARK CODE GLOSSARY", 7.5, True, 10)
    legend_block(f, 24, legend, 7, 140)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "PM-system reprint of a Medicare remittance, Courier landscape, GRP/RC-AMT, reversal with minus",
                lines, claims, legend)


# ------------------------------------------------------------------ L8 clearinghouse remittance detail
@layout
def p2_clearinghouse_detail(out: Path):
    """Clearinghouse 'Remittance Detail Report' for a commercial payer, ruled grid (fpdf2, DejaVu Sans)."""
    name = "h186_p2_clearinghouse_detail"
    doc = Doc("fpdf2", out / f"{name}.pdf", "DejaSans")
    pats = [("Leonie Farrow-Ames", "FA-230118", "PX6620014458",
             [(D(2026, 1, 22), "97165", 1, "GO"), (D(2026, 1, 22), "97530", 2, "GO"),
              (D(2026, 1, 29), "97530", 2, "GO"), (D(2026, 1, 29), "97533", 1, "GO", "CO")]),
            ("Odalys Brightwater", "BO-118840", "PX6620015902",
             [(D(2026, 2, 3), "97113", 3, "GP"), (D(2026, 2, 5), "97113", 3, "GP"), (D(2026, 2, 5), "97110", 1, "GP")]),
            ("Gideon Farrow-Ames", "FA-230117", "PX6620014457",
             series(D(2026, 1, 20), [0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25],
                    [("97110", 2, "GP"), ("97112", 1, "GP"), ("97140", 1, "GP 59"), ("97530", 1, "GP")]))]
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.74"))
    cols = [(36, "l"), (86, "l"), (150, "r"), (196, "r"), (240, "r"), (282, "r"), (322, "r"), (328, "l"),
            (532, "r"), (540, "l")]

    def furn(d):
        d.rect(36, 28, 540, 34, 0.8, 0.85)
        d.text(44, 42, "VERIDIAN CLAIMS EXCHANGE", 11, True)
        d.text(44, 55, "Remittance Detail Report  -  Payer: Cobalt Mutual Benefit Co.  -  Trace 1TRX0047218833", 7.5)
        d.text(568, 42, "Provider: Ashgrove Outpatient Therapy", 7.5, True, "r")
        d.text(568, 55, "TIN **-***4821   Run date 03/09/2026", 7, False, "r")
        d.text(36, 772, "Veridian Claims Exchange  -  provider copy, do not send to patient", 6.5)
        d.text(576, 772, f"Page {d.page}", 6.5, False, "r")
        return 80

    f = Flow(doc, furn, 752)

    def head():
        y = f.y
        doc.rect(36, y - 9, 540, 13, 0.4, 0.92)
        for (x, al), a in zip(cols, ["Svc Date", "Proc/Mod", "Units", "Charge", "Allowed", "Deduct", "Coins",
                                     "Adjustments (group-reason amount)", "Paid", "RARC"]):
            doc.text(x, y, a, 6.5, True, al)
        f.y = y + 13

    lines, claims = [], []
    for pat, pcn, clm, plan in pats:
        svcs = [commercial(s, st, deny_reason="B15") for s in mk(plan)]
        for s in svcs:
            s.remarks = ["M15"] if s.denied else []
        f.ensure(60)
        y = f.y
        doc.rect(36, y - 9, 540, 26, 0.6)
        doc.text(42, y + 1, f"Patient: {pat}    Pat Ctrl #: {pcn}    Payer Claim #: {clm}", 8, True)
        doc.text(42, y + 12, "Status: 1 - Processed as Primary    Claim filing: Commercial PPO    Rendering NPI "
                             "1982274410", 7)
        f.y = y + 28
        f.cont = lambda pat=pat, clm=clm: (f.text(36, f"{pat}  /  Payer Claim # {clm}  (continued)", 7.5, True,
                                                  12), head())
        head()
        for s in svcs:
            adj = "; ".join(f"{g}-{r} {money(a, '')}" for g, r, a in s.adjs)
            pg = f.row(cols, [dfmt(s.dos, "mdy4"), ":".join((s.code,) + s.mods), units_str(s.units),
                              money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""),
                              money(s.coinsurance, ""), adj, money(s.paid, ""), " ".join(s.remarks)], 6.8, lh=10.5)
            doc.line(36, f.y - 7.5, 576, f.y - 7.5, 0.15)
            lines.append(truth_line(pg, s, claim_id=pcn, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
        f.cont = None
        t = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        f.row(cols, ["Claim total", "", "", money(t["billed"], ""), money(t["allowed"], ""),
                     money(t["deductible"], ""), money(t["coinsurance"], ""),
                     f"Patient responsibility {money(t['owes'], '')}", money(t["paid"], ""), ""], 7, True, 18)
        claims.append({"claim_id": pcn, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(t["billed"], t["allowed"], t["paid"], t["owes"])})
    legend = [("CO-45", "Contracted rate: charge above the agreed fee is not billable."),
              ("PR-1", "Deductible"), ("PR-2", "Coinsurance"),
              ("CO-B15", "Needs a qualifying companion service billed on the same day."),
              ("M15", "Separately billed services were bundled; see the payer's edits.")]
    f.ensure(60)
    f.text(36, "Code glossary (from the payer's 835)", 8, True, 11)
    legend_block(f, 36, legend, 7, 130)
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "clearinghouse remittance detail, boxed claim headers, colon code:mods, stacked-free adjustment cell",
                lines, claims, legend)


# --------------------------------------------------------------------- L9 therapy clinic family statement
@layout
def s1_clinic_family_statement(out: Path):
    """Pediatric therapy clinic statement to a guarantor, right sidebar with amount due (reportlab, Helvetica)."""
    name = "h186_s1_clinic_family_statement"
    doc = Doc("reportlab", out / f"{name}.pdf", "Helvetica")
    kids = [("Lila Brandvold", [("V-100482", D(2026, 1, 8), [("97530", 2, "GO"), ("97533", 1, "GO")]),
                                ("V-100517", D(2026, 1, 15), [("97530", 2, "GO"), ("97533", 1, "GO")]),
                                ("V-100560", D(2026, 1, 22), [("97168", 1, "GO"), ("97530", 1, "GO")])]),
            ("Soren Brandvold", [("V-100490", D(2026, 1, 9), [("92507", 1, "GN")]),
                                 ("V-100533", D(2026, 1, 16), [("92507", 1, "GN"), ("92526", 1, "GN", "PR")])]),
            ("Wren Brandvold", [("V-100611", D(2026, 1, 27), [("97161", 1, "GP"), ("97110", 2, "GP")])])]
    insurer_clm = {"V-100482": "BHX2601-88410", "V-100517": "BHX2601-88522", "V-100560": "BHX2602-00174",
                   "V-100490": "BHX2601-88419", "V-100533": "BHX2601-88530", "V-100611": "BHX2602-00299"}
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    cols = [(40, "l"), (92, "l"), (232, "l"), (306, "r"), (352, "r"), (400, "r"), (448, "r")]

    def furn(d):
        d.text(40, 42, "Sprouting Steps Pediatric Therapy", 14, True)
        d.text(40, 55, "Occupational, Speech & Physical Therapy  -  410 Willowmere Ave, Suite 2, Bryce Hollow, OR 97321",
               7.5)
        d.text(40, 66, "Billing office (541) 555-0172  -  billing@sproutingsteps.example", 7.5)
        # sidebar
        d.rect(462, 84, 114, 180, 0.8)
        d.text(470, 98, "STATEMENT", 10, True)
        d.text(470, 112, "Statement date 02/27/2026", 7)
        d.text(470, 124, "Guarantor account 55-20418", 7)
        d.text(470, 136, "Guarantor:", 7, True)
        d.text(470, 147, "Halle Brandvold", 7.5)
        d.text(470, 158, "77 Fernside Ln", 7)
        d.text(470, 169, "Bryce Hollow, OR 97321", 7)
        d.text(470, 190, "Please pay by 03/20/2026", 7)
        d.text(40, 772, "Insurance on file: BlueHarbor Health (primary). Balances shown are after insurance "
                        "processing.", 6.5)
        d.text(576, 772, f"Page {d.page}", 6.5, False, "r")
        return 96

    f = Flow(doc, furn, 750)
    lines, claims, due = [], [], ZERO

    def head():
        y = f.y
        doc.line(40, y - 9, 452, y - 9, 0.6)
        for (x, al), a, b in zip(cols, ["Date", "Description", "Code", "Charges", "Insurance", "Contract.",
                                        "Your"],
                                 ["", "", "", "", "paid", "adjust.", "portion"]):
            doc.text(x, y, a, 7, True, al)
            doc.text(x, y + 8, b, 7, True, al)
        doc.line(40, y + 11, 452, y + 11, 0.6)
        f.y = y + 22

    head()
    for kid, visits in kids:
        f.text(40, f"Patient: {kid}", 9, True, 13)
        for visit, dos, codes in visits:
            svcs = [commercial(s, st, deny_reason="96") for s in mk([(dos,) + c for c in codes])]
            f.ensure(30)
            f.text(48, f"Visit {visit}  -  {dfmt(dos, 'mdy4')}  -  BlueHarbor claim {insurer_clm[visit]}", 7.5,
                   lh=10)
            for s in svcs:
                pg = f.row(cols, [dfmt(s.dos, "mdy4"), s.desc[:36], "".join((s.code,) + s.mods),
                                  money(s.billed, "$"), money(s.paid, "$"), money(s.discount, "$"),
                                  money(s.owes, "$")], 7.2, lh=10.5)
                trow = truth_line(pg, s, claim_id=visit, payer_claim_id=insurer_clm[visit], patient=kid,
                                  units=False, printed=("billed", "discount", "paid", "patient_owes"),
                                  description=False)
                lines.append(trow)
            t = [total(svcs, a) for a in ("billed", "paid", "discount", "owes")]
            due += t[3]
            f.row(cols, ["", "Visit balance", "", money(t[0]), money(t[1]), money(t[2]),
                         money(t[3])], 7.2, True, 14)
            claims.append({"claim_id": visit, "payer_claim_id": insurer_clm[visit], "patient": kid,
                           "totals": claim_totals(t[0], None, t[1], t[3])})
    f.ensure(60)
    f.y += 6
    f.text(40, f"Payment received 02/12/2026 - thank you                                            "
               f"{money(Decimal('-40.00'), '$', '()')}", 8, lh=12)
    f.text(40, f"TOTAL AMOUNT DUE FROM GUARANTOR: {money(due - Decimal('40.00'))}", 9, True, 14)
    if doc.page == 1:
        pass
    doc.text(470, 226, "Amount due", 8, True)
    doc.text(470, 244, money(due - Decimal("40.00")), 13, True)
    legend: list = []
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "therapy clinic guarantor statement, three children, visit heading rows with insurer claim, sidebar",
                lines, claims, legend)


# --------------------------------------------------------------- L10 hospital outpatient guarantor statement
@layout
def s2_hospital_guarantor_statement(out: Path):
    """Hospital outpatient-rehab statement to a guarantor, accounts per family member (fpdf2, Liberation Narrow)."""
    name = "h186_s2_hospital_guarantor_statement"
    doc = Doc("fpdf2", out / f"{name}.pdf", "LibNarrow")
    accts = [("4100639145", "Ezra Okonkwo-Hale", "Lakeview Health Plan", "LV0260318004",
              [("0444", (D(2026, 1, 13), "92523", 1, "GN")), ("0444", (D(2026, 1, 20), "92507", 1, "GN")),
               ("0444", (D(2026, 1, 27), "92507", 1, "GN"))]),
             ("4100640077", "Obinna Okonkwo-Hale", "Lakeview Health Plan", "LV0260402251",
              [("0424", (D(2026, 2, 2), "97163", 1, "GP")), ("0424", (D(2026, 2, 4), "97110", 3, "GP")),
               ("0424", (D(2026, 2, 4), "97116", 2, "GP")), ("0424", (D(2026, 2, 6), "97110", 3, "GP"))]),
             ("4100638821", "Tamsin Okonkwo-Hale", "Lakeview Health Plan", "LV0260311772",
              [("0434", (D(2026, 1, 6), "97167", 1, "GO")), ("0274", (D(2026, 1, 6), "L3807", 1, "RT"))] +
              [("0434", s) for s in series(D(2026, 1, 8), [0, 2, 5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30, 33, 35],
                                           [("97530", 2, "GO"), ("97110", 1, "GO"), ("97535", 1, "GO")])])]
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    cols = [(36, "l"), (88, "l"), (120, "l"), (170, "l"), (402, "r"), (470, "r"), (540, "r")]

    def furn(d):
        d.text(36, 40, "ST. AUGUSTINA REGIONAL MEDICAL CENTER", 13, True)
        d.text(36, 52, "Patient Financial Services  -  2200 Meridian Pkwy  -  Coldwater Bend, WI 54011", 8)
        d.text(576, 40, "Guarantor Statement", 10, True, "r")
        d.text(576, 52, "Guarantor: Adaeze Okonkwo-Hale   Guarantor # G-0077213", 8, False, "r")
        d.line(36, 58, 576, 58, 0.6)
        for (x, al), a in zip(cols, ["Date", "Rev Code", "CPT/HCPCS", "Description", "Qty", "Charges",
                                     "Payments / Adj."]):
            d.text(x, 72, a, 8, True, al)
        d.line(36, 75, 576, 75, 0.4)
        d.text(36, 774, "Questions about this statement: (715) 555-0148, Monday-Friday 8-5. Financial assistance "
                        "is available.", 7)
        d.text(576, 774, f"Page {d.page}", 7, False, "r")
        return 90

    f = Flow(doc, furn, 754)
    lines, claims = [], []
    for acct, pat, payer, clm, items in accts:
        svcs = []
        f.ensure(40)
        f.text(36, f"Account {acct}   Patient: {pat}   Outpatient Rehabilitation   Dates 01/2026-02/2026", 8.5,
               True, 13)
        for rev, p in items:
            s = commercial(mk([p])[0], st)
            svcs.append(s)
            pg = f.row(cols, [dfmt(s.dos, "mdy2"), rev, "-".join((s.code,) + s.mods), s.desc[:44],
                              units_str(s.units), money(s.billed, ","), ""], 8, lh=11)
            lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=None, patient=pat,
                                    printed=("billed",), description=False))
        tb, tp, td = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount")
        f.row(cols, ["", "", "", "Total charges", "", money(tb, ","), ""], 8, True, 12)
        f.row(cols, [dfmt(D(2026, 2, 24), "mdy2"), "", "", f"{payer} payment - claim {clm}", "", "",
                     money(-tp, ",", "trail")], 8, lh=11)
        f.row(cols, [dfmt(D(2026, 2, 24), "mdy2"), "", "", f"{payer} contractual allowance", "", "",
                     money(-td, ",", "trail")], 8, lh=11)
        f.row(cols, ["", "", "", "Account balance - patient responsibility", "", "",
                     money(tb - tp - td, ",")], 8, True, 18)
        for ln in lines:
            if ln["claim_id"] == acct:
                ln["payer_claim_id"] = clm
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
    pages = doc.save()
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "hospital guarantor statement, revenue codes, itemised charges, insurer payment at account level",
                lines, claims, [])


# ----------------------------------------------------------------------------------------------- check
def check(out: Path) -> int:
    """Self-check of the factory (not of any reader)."""
    import pdfplumber
    from h186kit import date_forms, row_ok
    bad, spans = [], 0
    files = sorted(out.glob("h186_*.pdf"))
    if len(files) < 10:
        bad.append(f"only {len(files)} PDFs")
    producers = set()
    for pdf in files:
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        producers.add(t["producer"])
        with pdfplumber.open(pdf) as p:
            texts = [pg.extract_text() or "" for pg in p.pages]
            if len(p.pages) != t["pages"]:
                bad.append(f"{pdf.name}: pages {len(p.pages)} != {t['pages']}")
        doc = " ".join(" ".join(x.split()) for x in texts)
        used = {}
        for i, ln in enumerate(t["lines"]):
            pl = texts[ln["page"] - 1].splitlines()
            best = None
            for j, row in enumerate(pl):
                if (ln["page"], j) in used:
                    continue
                if not row_ok(row, ln):
                    best = j
                    break
            if best is None:
                cand = [row_ok(r, ln) for r in pl if ln["code"] and ln["code"] in r]
                bad.append(f"{pdf.name} line {i} ({ln['code']} {ln['service_date']}): no text row holds it "
                           f"{min(cand, key=len) if cand else 'code absent'}")
                continue
            used[(ln["page"], best)] = True
            forms = date_forms(ln["service_date"])
            page_txt = texts[ln["page"] - 1]
            if not any(fm in pl[best] for fm in forms) and not any(fm in page_txt for fm in forms):
                bad.append(f"{pdf.name} line {i}: date {ln['service_date']} not on page")
            if ln["service_end"] and not any(fm in page_txt for fm in date_forms(ln["service_end"])):
                bad.append(f"{pdf.name} line {i}: end date not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc:
                    bad.append(f"{pdf.name} line {i}: {k} {ln[k]!r} not in text")
            # the document's own arithmetic
            g = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
                 ("billed", "allowed", "paid", "discount", "not_covered", "deductible", "copay", "coinsurance")}
            if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]) and g["billed"] is not None \
                    and g["paid"] is not None:
                if g["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != g["paid"]:
                    bad.append(f"{pdf.name} line {i}: billed - adjustments != paid")
            if None not in (g["billed"], g["discount"], g["allowed"]):
                if g["billed"] - g["discount"] - (g["not_covered"] or ZERO) != g["allowed"]:
                    bad.append(f"{pdf.name} line {i}: billed - discount - not covered != allowed")
            if None not in (g["allowed"], g["paid"], g["deductible"], g["coinsurance"]) and not ln["adjustments"]:
                if g["allowed"] - g["deductible"] - (g["copay"] or ZERO) - g["coinsurance"] != g["paid"] \
                        and g["allowed"] - g["deductible"] - (g["copay"] or ZERO) - g["coinsurance"] - g["paid"] \
                        > Decimal("0.10") * g["allowed"]:
                    bad.append(f"{pdf.name} line {i}: allowed - shares != paid")
        mism = " ".join(t["expected_findings"])
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                bad.append(f"{pdf.name}: claim {c} has no lines")
            if len({ln["page"] for ln in mine}) > 1:
                spans += 1
                t.setdefault("_span", True)
            for k, v in (c.get("totals") or {}).items():
                if v is None:
                    continue
                if f"{abs(Decimal(v)):,.2f}" not in doc and f"{abs(Decimal(v)):.2f}" not in doc:
                    bad.append(f"{pdf.name}: claim total {k} {v} not printed")
                vals = [ln[k] for ln in mine]
                if None in vals:
                    continue
                s = sum((Decimal(x) for x in vals), ZERO)
                planted = (c["payer_claim_id"] or c["claim_id"] or "~") in mism and k.replace("_", " ") in mism
                if (s != Decimal(v)) != planted:
                    bad.append(f"{pdf.name}: claim {c['payer_claim_id']} {k} total {v} vs lines {s} planted={planted}")
        if t["expected_findings"] and not any("mismatch" in e for e in t["expected_findings"]):
            bad.append(f"{pdf.name}: odd expected finding")
        multi = len({(ln["patient"]) for ln in t["lines"]})
        print(f"{pdf.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"{multi} patients, spans={'yes' if t.get('_span') else 'no'}")
    span_files = 0
    for pdf in files:
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        for c in t["claims"]:
            pg = {ln["page"] for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                  (c["claim_id"], c["payer_claim_id"], c["patient"])}
            if len(pg) > 1:
                span_files += 1
                break
    if span_files < 3:
        bad.append(f"only {span_files} files with a claim continuing onto the next page")
    if len(producers) < 2:
        bad.append("fewer than two producers")
    for b in bad:
        print("FAIL", b)
    print("check:", "FAILED" if bad else "passed", f"({len(files)} files, {span_files} with continued claims)")
    return 1 if bad else 0


# ------------------------------------------------------------------------------------------------ main
def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout186_"))
    else:
        out = Path(args[0])
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
