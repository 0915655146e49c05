"""Write held-out set 217 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on ten layouts nobody developing it has seen, two of each of the five commonest
real document kinds, written without looking at the reader.

Run:  python bench/heldout217/make_heldout217_pdfs.py OUT_DIR            (writes the PDFs and truth files)
      python bench/heldout217/make_heldout217_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, not by this set's author)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness; every document is drawn twice so "Page N of M" is known).
Truth format: the one of samples/pdf (eobgen.write_truth, files <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units null where no quantity is printed for the line; modifiers [] when
none printed; adjustments [] where the page prints no group/reason codes for the line; where codes sit in a codes
column apart from their amounts, each code takes the amount of the column that means it). claim_id = the
provider's own account / patient-control / visit / invoice / hospital-account number printed with the claim
(null where none is, as on the Medicare Summary Notice); payer_claim_id = the payer's claim number / ICN / TCN
(null where none is printed); patient = the person who got the service exactly as printed (not the subscriber
or guarantor). service_end is set only where a line prints a From and a To date. description = the line's own
printed wording (not scored). Every name, number, payer, provider, address and ID is invented; descriptions are
our own words, never a code set's descriptor or a CARC/RARC text.

Layouts (set 217):
  k1 commercial member EOB, portrait core Helvetica: subscriber block + "This is not a bill" band, one section
     per family member and claim ("Claim for", "Claim no.", "Provider's patient acct"), columns "Date of
     service / What was done / Code / Amount billed / Network savings / Plan allowance / Deductible / Copay /
     Coinsurance / Plan paid / You owe / Remark", "97530 GO" in the code cell, no units, one claim running on
     to page 2 under a "(continued)" heading and repeated header, claim total rows, remark legend (reportlab)
  k2 commercial member EOB, landscape Liberation Sans, left sidebar (plan-year deductible / out-of-pocket
     progress, contact), "Jan 5, 2026" dates, Code / Mod / Qty columns, a denied (not covered) claim, per-visit
     copay, three family members, "Page N of M" (fpdf2)
  k3 Medicare Summary Notice Part B, portrait DejaVu Serif: page-1 dashboard only, claim pages with provider
     blocks and "Claim number", per-line date column, the service cell "Manual therapy, 2 units (97140-GP)",
     Approved? Yes/No, "Total for this claim", lettered notes, a denied line, one claim continuing on the next
     page under a "(continued)" provider heading and repeated header (reportlab)
  k4 Medicare Advantage member EOB, portrait DejaVu Sans, monthly summary boxes, "Claim ID" + "Your provider's
     account no.", Units column, "Provider's charge / Plan-approved amount / Plan's share / Your share", per-visit
     copay, code and modifiers "97110 / GP", a two-line (wrapped) description (fpdf2)
  k5 state Medicaid remittance advice, landscape Liberation Mono mainframe print: PAID / DENIED / ADJUSTMENTS
     sections, "RECIPIENT / RECIP ID / ICN / PAT ACCT" claim lines, FROM/TO MMDDYY, units "4.00", CARC + adjustment
     amount, four-digit state EOB codes and legend, a trailing-minus reversal and its replacement, a claim
     continuing after a page break under the repeated header (reportlab)
  k6 state Medicaid remittance advice, portrait Liberation Sans Narrow, boxed claim blocks "TCN / Member / Member
     ID / Pt Ctl No.", ruled grid rows "DOS From / DOS To / Proc / Mods / Units / Billed / Allowed / Paid / Grp-Rsn
     / Adj Amt / RARC", a denied claim, claim totals per box (fpdf2)
  k7 clearinghouse reprint of a Medicare standard paper remit, portrait core Courier: "PERF PROV  SERV DATE  POS
     NOS  PROC  MODS  BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", SERV DATE "0105 010526", glued "97530GO",
     further adjustments stacked under the first, PT RESP / CLAIM TOTALS rows, a claim continuing on page 2
     (reportlab)
  k8 practice-management "ERA posting detail", landscape DejaVu Sans Mono, shaded claim bars ("Chart #",
     "Payer ICN"), CPT / Mod1 / Mod2 / Units, all adjustments in one cell "CO45 54.15 PR2 8.20", a reversal in
     parentheses and its corrected claim, check total; whole file on one page (fpdf2)
  k9 outpatient therapy clinic family statement, portrait Liberation Sans: detachable payment stub on top, account
     activity by visit ("Visit #", insurer's claim ref), child named in each visit heading, "Charges / Ins paid /
     Ins adj / You paid / Balance", code "97530-GO x2", self-pay visits, patient payments in a You paid column,
     activity continuing on page 2 under the repeated header, amount due = the printed balances (reportlab)
  k10 hospital guarantor statement, portrait Liberation Serif: one hospital account per family member, "Date /
     Rev / CPT-HCPCS / Mod / Description / Qty / Charges" rows, insurance payment and contractual allowance only
     at account level (line paid null; the payment printed as a credit "-790.53" is recorded as paid 790.53),
     PLANTED account-total mismatch on one account (fpdf2)

The self-check (--check) tests the factory, not the reader: the page count; that every truth line's date,
code, modifiers, units and printed amounts are on one text row of its page (pdfplumber words grouped by
baseline), its adjustment codes/amounts and remarks on that row or the rows just under it; ids and patients in
the document text; the documents' own arithmetic (billed - discount - not covered = allowed and allowed -
deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where the line prints every
adjustment; claim totals printed and equal to the sum of the lines unless a planted mismatch is declared, and
the planted one really differs).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from canvas217 import Surface  # noqa: E402
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
    total,
    truth_line,
    units_str,
    write_truth,
)

D = date
LONGW = {
    "97535": "Self-care and home routines training, each 15 minutes",
    "97760": "Orthotic fitting and training, upper limb, first encounter",
    "97112": "Neuromuscular re-education for balance and coordination",
}


SHORT = {  # our own short wording, for narrow description columns
    "97165": "OT evaluation, low", "97166": "OT evaluation, moderate", "97167": "OT evaluation, high",
    "97535": "Self-care / home training", "97760": "Orthotic fitting & training", "92523": "Speech & language eval",
    "97161": "PT evaluation, low", "97163": "PT evaluation, high", "99213": "Office visit, est. patient",
    "L3807": "Wrist-hand orthosis, fitted", "G0283": "E-stim, unattended", "97112": "Neuromuscular re-ed",
    "97129": "Cognitive therapy, first 15", "92526": "Swallowing therapy", "0552T": "Low-level laser",
    "97168": "OT re-evaluation", "92507": "Speech/language treatment",
}


def brief(x):
    return SHORT.get(x.code, x.desc) if len(x.desc) > 26 else x.desc


def weekly(start, weeks, pairs, every=7):
    """A course of therapy: the same (code, units, mods) visits every `every` days from `start`."""
    out = []
    for w in range(weeks):
        d = date.fromordinal(start.toordinal() + w * every)
        out += [sv(d, c, u, m) for c, u, m in pairs]
    return out


def sv(d, code, units, mods=(), denied=None, desc=None):
    s = Svc(d, code, Decimal(str(units)), tuple(mods), denied=denied)
    if desc:
        s.desc = desc
    return s


class Flow:
    """Page cursor: draws the page furniture and a continuation heading when a block would cross the bottom."""

    def __init__(self, surf: Surface, top, foot, bottom: float):
        self.s, self.top, self.foot, self.bottom = surf, top, foot, bottom
        self.y = 0.0
        self.page = 0
        self.cont = None

    def new(self):
        if self.page:
            self.foot(self.s, self.page)
        self.page = self.s.new_page()
        self.y = self.top(self.s, self.page)
        if self.cont:
            self.cont()

    def need(self, h):
        if self.y + h > self.bottom:
            self.new()

    def finish(self):
        self.foot(self.s, self.page)
        self.s.save()


def lr(surf, cols, cells, y, font=None, size=None):
    """cells: dict col-key -> text; cols: list of (key, x, align)."""
    for key, x, al in cols:
        if key in cells and cells[key] != "":
            surf.text(x, y, cells[key], font, size, al)


# ================================================================================================ k1
def k1(path: Path, npages: int | None):
    s = Surface(path, "rl", "letter", "Explanation of Benefits")
    M = lambda d: money(d, "$")  # noqa: E731
    lines, claims = [], []
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    fam = [
        ("Tobias Varnum", "VPC-20977", "K1-2602-101342", "Brightfield Pediatric Therapy", [
            sv(D(2026, 1, 8), "92523", 1, ("GN",)), sv(D(2026, 1, 15), "92507", 1, ("GN",)),
            sv(D(2026, 1, 22), "92507", 1, ("GN",)),
        ]),
        ("Marguerite Varnum", "55-781204", "K1-2602-117095", "Eastgate Family Medicine", [
            sv(D(2026, 1, 19), "99213", 1, ("25",)), sv(D(2026, 1, 19), "L3807", 1, ("RT",)),
            sv(D(2026, 1, 19), "97760", 1, ("GP",)),
        ]),
        ("Tobias Varnum", "VPC-21240", "K1-2602-139918", "Brightfield Pediatric Therapy",
         weekly(D(2026, 1, 29), 6, [("92507", 1, ("GN",))])),
        ("Odessa Varnum", "VPC-20931", "K1-2601-448810", "Brightfield Pediatric Therapy", [
            sv(D(2026, 1, 6), "97165", 1, ("GO",)), sv(D(2026, 1, 6), "97530", 2, ("GO",)),
            sv(D(2026, 1, 13), "97530", 2, ("GO",)), sv(D(2026, 1, 13), "97535", 1, ("GO",)),
            sv(D(2026, 1, 20), "97530", 2, ("GO",)), sv(D(2026, 1, 20), "97112", 1, ("GO", "59")),
            sv(D(2026, 1, 27), "97530", 2, ("GO",)), sv(D(2026, 1, 27), "97535", 1, ("GO",)),
            sv(D(2026, 2, 3), "97530", 2, ("GO",)), sv(D(2026, 2, 3), "97140", 1, ("GO", "59")),
            sv(D(2026, 2, 10), "97168", 1, ("GO",)), sv(D(2026, 2, 10), "97530", 1, ("GO",)),
        ] + weekly(D(2026, 2, 12), 3, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], every=2)),
    ]
    fam[1][4][2].denied = "PR"
    remark = {"45": "R1", "1": "R2", "2": "R3", "3": "R4"}
    legend = [("R1", "Your provider is in network; the savings shown are not yours to pay."),
              ("R2", "Counted toward your plan-year deductible."),
              ("R3", "Your share of the allowance after the deductible."),
              ("R4", "Fixed amount you pay for this kind of visit."),
              ("R5", "Not a covered benefit under your plan; you may be billed for it.")]

    def top(surf, p):
        surf.text(40, 46, "BLUEWATER CREST", "Helvetica-Bold", 16)
        surf.text(40, 58, "HEALTH PLAN", "Helvetica", 8)
        surf.text(572, 44, "Explanation of Benefits", "Helvetica-Bold", 12, "R")
        surf.text(572, 57, "Statement date: February 20, 2026", "Helvetica", 8, "R")
        if p == 1:
            surf.text(40, 86, "Marguerite Varnum", "Helvetica", 9)
            surf.text(40, 97, "418 Larkspur Row", "Helvetica", 9)
            surf.text(40, 108, "Fennimore, OH 43990-2216", "Helvetica", 9)
            surf.text(360, 86, "Subscriber: Marguerite Varnum", "Helvetica", 8)
            surf.text(360, 97, "Member ID: BCX 448120937", "Helvetica", 8)
            surf.text(360, 108, "Group: 0072214 Kestrel Tool & Die", "Helvetica", 8)
            surf.box(40, 118, 532, 16, fill=0.85, stroke=False)
            surf.text(306, 129, "THIS IS NOT A BILL - keep this statement for your records", "Helvetica-Bold", 8, "C")
            return 156
        surf.text(40, 80, "Marguerite Varnum  |  Member ID BCX 448120937", "Helvetica", 8)
        return 98

    def foot(surf, p):
        surf.rule(40, 752, 572, 752)
        surf.text(40, 764, "Questions? Call Member Services 1-800-555-0147 (TTY 711), Mon-Fri 8 am - 8 pm.", "Helvetica", 7)
        surf.text(572, 764, f"Page {p} of {npages or 0}", "Helvetica", 7, "R")

    cols = [("date", 40, "L"), ("what", 84, "L"), ("code", 196, "L"), ("billed", 262, "R"), ("sav", 304, "R"),
            ("allow", 346, "R"), ("ded", 388, "R"), ("copay", 424, "R"), ("coins", 466, "R"), ("paid", 508, "R"),
            ("owe", 546, "R"), ("rem", 552, "L")]
    hdr1 = {"date": "Date of", "what": "What was done", "code": "Code", "billed": "Amount", "sav": "Network",
            "allow": "Plan", "ded": "Deduct-", "copay": "Copay", "coins": "Coins-", "paid": "Plan", "owe": "You",
            "rem": "Remark"}
    hdr2 = {"date": "service", "billed": "billed", "sav": "savings", "allow": "allowance", "ded": "ible",
            "coins": "urance", "paid": "paid", "owe": "owe"}

    def header(f):
        f.s.box(40, f.y - 9, 532, 22, fill=0.92, stroke=False)
        lr(f.s, cols, hdr1, f.y, "Helvetica-Bold", 6.8)
        lr(f.s, cols, hdr2, f.y + 9, "Helvetica-Bold", 6.8)
        f.y += 22

    f = Flow(s, top, foot, 730)
    f.new()
    for patient, acct, clm, prov, svcs in fam:
        for x in svcs:
            commercial(x, st)
        f.need(70)

        def heading(cont=False, patient=patient, acct=acct, clm=clm, prov=prov):
            f.s.text(40, f.y, f"Claim for {patient}" + ("  (continued)" if cont else ""), "Helvetica-Bold", 9)
            f.s.text(250, f.y, f"Claim no. {clm}", "Helvetica", 8)
            f.y += 11
            f.s.text(40, f.y, f"Provider: {prov}   Provider's patient acct: {acct}   Received 02/12/2026", "Helvetica", 7.5)
            f.y += 13
            header(f)

        heading()
        f.cont = lambda h=heading: (h(True))
        for x in svcs:
            f.need(12)
            rems = sorted({remark[a[1]] for a in x.adjs if a[1] in remark and a[2]}) if not x.denied else ["R5"]
            cells = {"date": dfmt(x.dos, "mdy4"), "what": brief(x), "code": " ".join((x.code,) + x.mods),
                     "billed": M(x.billed), "sav": M(x.discount), "allow": M(x.allowed), "ded": M(x.deductible),
                     "copay": M(x.copay), "coins": M(x.coinsurance), "paid": M(x.paid), "owe": M(x.owes),
                     "rem": " ".join(rems)}
            lr(f.s, cols, cells, f.y, "Helvetica", 6.8)
            lines.append(truth_line(f.page, x, claim_id=acct, payer_claim_id=clm, patient=patient,
                                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "patient_owes"), units=False, remarks=rems,
                                    overrides={"description": brief(x)}))
            f.y += 12
        f.cont = None
        f.need(14)
        f.s.rule(230, f.y - 8, 572, f.y - 8, 0.4)
        tot = {k: M(total(svcs, a)) for k, a in (("billed", "billed"), ("sav", "discount"), ("allow", "allowed"),
                                                 ("ded", "deductible"), ("copay", "copay"), ("coins", "coinsurance"),
                                                 ("paid", "paid"), ("owe", "owes"))}
        tot["what"] = "Claim total"
        lr(f.s, cols, tot, f.y, "Helvetica-Bold", 6.8)
        f.y += 22
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": patient,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    f.need(80)
    f.s.text(40, f.y, "Remark codes", "Helvetica-Bold", 8)
    f.y += 11
    for c, t in legend:
        f.s.text(40, f.y, f"{c}  {t}", "Helvetica", 7)
        f.y += 10
    f.finish()
    return s.pages, lines, claims, legend, []


# ================================================================================================ k2
def k2(path: Path, npages: int | None):
    s = Surface(path, "fpdf", "letter-l", "Your Explanation of Benefits")
    M = lambda d: money(d, ",")  # noqa: E731
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.76"))
    lines, claims = [], []
    fam = [
        ("Priya Halvorsen", "HX-5520-01", "ACT 880143", "Northlake Hand & Arm Therapy", [
            sv(D(2026, 1, 5), "97166", 1, ("GO",)), sv(D(2026, 1, 5), "97140", 1, ("GO",)),
            sv(D(2026, 1, 12), "97110", 2, ("GO",)), sv(D(2026, 1, 12), "97760", 1, ("GO", "RT")),
            sv(D(2026, 1, 12), "L3807", 1, ("RT",)),
            sv(D(2026, 1, 19), "97110", 2, ("GO",)), sv(D(2026, 1, 19), "97140", 1, ("GO", "59")),
        ]),
        ("Anders Halvorsen", "HX-5520-02", "ACT 880417", "Lakeshore Speech Partners", [
            sv(D(2026, 1, 7), "92507", 1, ("GN",)), sv(D(2026, 1, 14), "92507", 1, ("GN",)),
            sv(D(2026, 1, 21), "92507", 1, ("GN", "KX")),
        ]),
        ("Liv Halvorsen", "HX-5520-03", "ACT 880522", "Northlake Hand & Arm Therapy", [
            sv(D(2026, 1, 22), "0552T", 1, denied="PR"), sv(D(2026, 1, 22), "G0283", 1, denied="PR"),
        ]),
        ("Priya Halvorsen", "HX-5520-04", "ACT 880611", "Northlake Hand & Arm Therapy", [
            sv(D(2026, 1, 26), "97110", 2, ("GO",)), sv(D(2026, 1, 26), "97530", 1, ("GO",)),
            sv(D(2026, 2, 2), "97168", 1, ("GO",)), sv(D(2026, 2, 2), "97110", 1, ("GO",)),
        ]),
    ]
    legend = [("N1", "Network rate applied; the difference is written off by your provider."),
              ("N2", "Office-visit copay for this date."),
              ("N7", "Your plan does not cover this service. You are responsible for the charge.")]

    def top(surf, p):
        surf.box(0, 0, 190, 612, fill=0.93, stroke=False)
        surf.text(20, 40, "Ridgeline", "LiberationSans-Bold", 18)
        surf.text(20, 54, "Mutual Health", "LiberationSans", 10)
        surf.text(20, 90, "Plan year 2026 so far", "LiberationSans-Bold", 9)
        for i, t in enumerate(["Family deductible", "$1,500.00 met of $1,500.00", "Out-of-pocket", "$1,912.44 of $6,000.00",
                               "", "Questions about a claim?", "Call 1-888-555-0193", "ridgelinemutual.example",
                               "", "Member: Sten Halvorsen", "ID RMH 70014463", "Group 5510-PPO"]):
            surf.text(20, 108 + i * 12, t, "LiberationSans", 8)
        surf.text(210, 40, "Your Explanation of Benefits", "LiberationSans-Bold", 15)
        surf.text(210, 54, "Claims processed Jan 28 - Feb 11, 2026.  This is not a bill.", "LiberationSans", 9)
        return 80

    def foot(surf, p):
        surf.text(210, 590, "Ridgeline Mutual Health, PO Box 4410, Dunmore, WI 53290", "LiberationSans", 7)
        surf.text(770, 590, f"Page {p} of {npages or 0}", "LiberationSans", 7, "R")

    cols = [("date", 210, "L"), ("code", 278, "L"), ("mod", 312, "L"), ("qty", 350, "R"), ("chg", 398, "R"),
            ("nc", 444, "R"), ("disc", 490, "R"), ("allow", 536, "R"), ("ded", 578, "R"), ("cop", 614, "R"),
            ("coi", 656, "R"), ("paid", 700, "R"), ("you", 746, "R"), ("note", 752, "L")]
    h1 = {"date": "Service", "code": "Code", "mod": "Mod", "qty": "Qty", "chg": "Charges", "nc": "Not", "disc": "Plan",
          "allow": "Allowed", "ded": "Your", "cop": "Your", "coi": "Your", "paid": "Paid by", "you": "Your", "note": "See"}
    h2 = {"date": "date", "nc": "covered", "disc": "discount", "ded": "deduct.", "cop": "copay", "coi": "coins.",
          "paid": "plan", "you": "resp.", "note": "note"}
    f = Flow(s, top, foot, 570)
    f.new()
    for patient, clm, acct, prov, svcs in fam:
        for x in svcs:
            commercial(x, st)
        f.need(60)
        s.set_font("LiberationSans-Bold", 9)
        s.text(210, f.y, f"{patient}  -  {prov}")
        s.text(770, f.y, f"Claim number {clm}   Patient acct {acct}", "LiberationSans", 8, "R")
        f.y += 6
        s.rule(210, f.y, 770, f.y)
        f.y += 10
        lr(s, cols, h1, f.y, "LiberationSans-Bold", 7)
        lr(s, cols, h2, f.y + 8, "LiberationSans-Bold", 7)
        f.y += 20
        for x in svcs:
            note = ["N7"] if x.denied else (["N1", "N2"] if x.copay else ["N1"])
            cells = {"date": dfmt(x.dos, "mon"), "code": x.code, "mod": " ".join(x.mods), "qty": units_str(x.units),
                     "chg": M(x.billed), "nc": M(x.not_covered), "disc": M(x.discount), "allow": M(x.allowed),
                     "ded": M(x.deductible), "cop": M(x.copay), "coi": M(x.coinsurance), "paid": M(x.paid),
                     "you": M(x.owes), "note": " ".join(note)}
            lr(s, cols, cells, f.y, "LiberationSans", 7.5)
            lines.append(truth_line(f.page, x, claim_id=acct, payer_claim_id=clm, patient=patient,
                                    printed=("billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=note, description=False))
            f.y += 12
        tots = {"date": "Totals", "chg": M(total(svcs, "billed")), "nc": M(total(svcs, "not_covered")),
                "disc": M(total(svcs, "discount")), "allow": M(total(svcs, "allowed")), "ded": M(total(svcs, "deductible")),
                "cop": M(total(svcs, "copay")), "coi": M(total(svcs, "coinsurance")), "paid": M(total(svcs, "paid")),
                "you": M(total(svcs, "owes"))}
        s.rule(350, f.y - 8, 770, f.y - 8, 0.3)
        lr(s, cols, tots, f.y, "LiberationSans-Bold", 7.5)
        f.y += 24
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": patient,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    f.need(60)
    s.text(210, f.y, "Notes", "LiberationSans-Bold", 9)
    f.y += 12
    for c, t in legend:
        s.text(210, f.y, f"{c} - {t}", "LiberationSans", 8)
        f.y += 11
    f.finish()
    return s.pages, lines, claims, legend, []


# ================================================================================================ k3
def k3(path: Path, npages: int | None):
    s = Surface(path, "rl", "letter", "Medicare Summary Notice")
    M = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("40.00"))
    who = "MARCUS J TELLWORTH"
    lines, claims = [], []
    provs = [
        ("Talladega Valley Speech Clinic, (555) 388-0216", "90 Depot St, Talladega, AL 35160", "26-0127-400-551-00", [
            sv(D(2026, 1, 21), "92523", 1, ("GN",)),
        ] + weekly(D(2026, 1, 28), 5, [("92507", 1, ("GN",))])),
        ("Dr. Inez Coalbrook, (555) 610-7733", "22 Hollins Ave, Pell City, AL 35125", "26-0202-413-076-00", [
            sv(D(2026, 1, 30), "99213", 1), sv(D(2026, 1, 30), "G0283", 1, ("GP",)),
        ]),
        ("Cedar Mill Rehabilitation, (555) 201-4410", "1704 Orchard Gap Rd, Pell City, AL 35128", "26-0113-402-118-00", [
            sv(D(2026, 1, 6), "97161", 1, ("GP",)), sv(D(2026, 1, 6), "97110", 2, ("GP",)),
            sv(D(2026, 1, 8), "97110", 2, ("GP",)), sv(D(2026, 1, 8), "97140", 1, ("GP",)),
            sv(D(2026, 1, 13), "97110", 2, ("GP", "KX")), sv(D(2026, 1, 13), "97116", 1, ("GP",)),
            sv(D(2026, 1, 15), "97110", 2, ("GP", "CQ")), sv(D(2026, 1, 15), "97112", 1, ("GP", "CQ")),
            sv(D(2026, 1, 20), "97140", 1, ("GP", "59")), sv(D(2026, 1, 20), "97530", 2, ("GP",)),
            sv(D(2026, 1, 22), "97110", 2, ("GP",)), sv(D(2026, 1, 22), "0552T", 1, ("GP",), denied="PR"),
        ] + weekly(D(2026, 1, 27), 9, [("97110", 2, ("GP",)), ("97530", 1, ("GP",))])),
    ]
    legend = [("A", "This amount is Medicare's limit for the service; the provider agreed to accept it."),
              ("B", "Part of this amount went to your yearly Part B deductible."),
              ("C", "A payment reduction required by federal law was applied to what Medicare paid."),
              ("D", "Medicare does not pay for this item. Check with the provider before you pay.")]

    def top(surf, p):
        surf.text(40, 44, "Medicare Summary Notice for Part B (Medical Insurance)", "DejaVuSerif-Bold", 12)
        surf.text(40, 58, f"{who}  |  Notice date February 24, 2026", "DejaVuSerif", 8)
        surf.rule(40, 66, 572, 66, 1.2)
        return 88

    def foot(surf, p):
        surf.text(40, 768, f"{who}", "DejaVuSerif", 7)
        surf.text(572, 768, f"Page {p} of {npages or 0}", "DejaVuSerif", 7, "R")

    f = Flow(s, top, foot, 735)
    f.new()
    allsv = [x for p in provs for x in p[3]]
    for _, _, _, svcs in provs:
        for x in svcs:
            medicare(x, st)
    s.text(40, f.y, "Your Claims & Costs This Period", "DejaVuSerif-Bold", 11)
    y = f.y + 18
    for a, b in (("Did Medicare approve all services?", "NO"), ("Number of services Medicare denied", "1"),
                 ("Total you may be billed", M(total(allsv, "owes")))):
        s.text(60, y, a, "DejaVuSerif", 9)
        s.text(420, y, b, "DejaVuSerif-Bold", 9)
        y += 16
    s.box(40, f.y + 4, 420, 56)
    y += 10
    spans = [f"  {dfmt(min(x.dos for x in sv_), 'mon')} - {dfmt(max(x.dos for x in sv_), 'mon')}  {pn.split(',')[0]}"
             for pn, _, _, sv_ in provs]
    for t in ("Providers with claims this period:", *spans,
              "", "Medicare number: 4TK8-XW2-RN61 (invented)", "",
              "If you disagree with a decision, you may appeal within 120 days of this notice.",
              "Report fraud: call 1-800-555-0100 or write to the address on the back page."):
        s.text(40, y, t, "DejaVuSerif", 9)
        y += 13
    f.new()
    s.text(40, f.y, "Your Claims for Part B (Medical Insurance)", "DejaVuSerif-Bold", 11)
    f.y += 20
    cols = [("date", 40, "L"), ("svc", 92, "L"), ("ok", 300, "L"), ("chg", 384, "R"), ("appr", 444, "R"),
            ("paid", 504, "R"), ("you", 552, "R"), ("n", 556, "L")]
    h = [{"date": "Date", "svc": "Service provided & billing code", "ok": "Approved?", "chg": "Provider",
          "appr": "Medicare", "paid": "Medicare", "you": "You may", "n": "See"},
         {"chg": "charged", "appr": "approved", "paid": "paid provider", "you": "be billed", "n": "notes"}]

    def hdr():
        s.box(40, f.y - 9, 532, 21, fill=0.88, stroke=False)
        lr(s, cols, h[0], f.y, "DejaVuSerif-Bold", 6.8)
        lr(s, cols, h[1], f.y + 8, "DejaVuSerif-Bold", 6.8)
        f.y += 20

    for pname, paddr, clm, svcs in provs:
        f.need(70)

        def head(cont=False, pname=pname, paddr=paddr, clm=clm):
            s.text(40, f.y, pname + ("  (continued)" if cont else ""), "DejaVuSerif-Bold", 8.5)
            f.y += 10
            s.text(40, f.y, f"{paddr}   Claim number {clm}   Assigned: Yes", "DejaVuSerif", 7.5)
            f.y += 14
            hdr()
        head()
        f.cont = lambda h_=head: h_(True)
        for x in svcs:
            f.need(14)
            n = ["D"] if x.denied else (["A", "B", "C"] if x.deductible else ["A", "C"])
            u = units_str(x.units)
            svc = f"{brief(x)}, {u} unit{'s' if u != '1' else ''} ({'-'.join((x.code,) + x.mods)})"
            lr(s, cols, {"date": dfmt(x.dos, "mdy2"), "svc": svc, "ok": "No" if x.denied else "Yes",
                         "chg": M(x.billed), "appr": M(x.allowed), "paid": M(x.paid), "you": M(x.owes),
                         "n": ", ".join(n)}, f.y, "DejaVuSerif", 6.8)
            lines.append(truth_line(f.page, x, claim_id=None, payer_claim_id=clm, patient=who,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=n,
                                    overrides={"description": brief(x)}))
            f.y += 13
        f.cont = None
        lr(s, cols, {"svc": "Total for this claim", "chg": M(total(svcs, "billed")), "appr": M(total(svcs, "allowed")),
                     "paid": M(total(svcs, "paid")), "you": M(total(svcs, "owes"))}, f.y, "DejaVuSerif-Bold", 6.8)
        f.y += 24
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": who,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    f.need(70)
    s.text(40, f.y, "Notes for Part B", "DejaVuSerif-Bold", 9)
    f.y += 12
    for c, t in legend:
        s.text(40, f.y, f"{c}  {t}", "DejaVuSerif", 7.5)
        f.y += 11
    f.finish()
    return s.pages, lines, claims, legend, []


# ================================================================================================ k4
def k4(path: Path, npages: int | None):
    s = Surface(path, "fpdf", "letter", "Explanation of Benefits - Medicare Advantage")
    M = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.45"))
    who = "Beatrix A. Lomond"
    lines, claims = [], []
    cl = [
        ("MA26-0049-3381", "PT-33019", "Heron Point Outpatient Rehab", [
            sv(D(2026, 1, 5), "97163", 1, ("GP",)), sv(D(2026, 1, 5), "97110", 2, ("GP",)),
            sv(D(2026, 1, 7), "97110", 2, ("GP",)), sv(D(2026, 1, 7), "97112", 1, ("GP",), desc=LONGW["97112"]),
            sv(D(2026, 1, 12), "97116", 2, ("GP",)), sv(D(2026, 1, 12), "97140", 1, ("GP", "59")),
            sv(D(2026, 1, 14), "97110", 1, ("GP", "CQ")),
        ]),
        ("MA26-0051-0127", "OT-88140", "Heron Point Outpatient Rehab", [
            sv(D(2026, 1, 9), "97165", 1, ("GO",)), sv(D(2026, 1, 16), "97535", 2, ("GO",), desc=LONGW["97535"]),
            sv(D(2026, 1, 16), "97530", 1, ("GO",)), sv(D(2026, 1, 23), "97530", 2, ("GO",)),
            sv(D(2026, 1, 23), "97129", 1, ("GO",)),
        ]),
        ("MA26-0060-5512", "2260114", "Lomond Valley Primary Care", [
            sv(D(2026, 1, 20), "99213", 1), sv(D(2026, 1, 20), "G0283", 1, ("GP",)),
        ]),
    ]
    legend = [("1", "You pay a set copay for each visit day; the plan pays the rest of the approved amount."),
              ("2", "The provider is in network and cannot bill you for more than your share."),
              ("3", "Second line of service on a copay day; no extra copay.")]

    def top(surf, p):
        surf.text(36, 42, "SUNMEADOW ADVANTAGE PLUS (HMO)", "DejaVuSans-Bold", 12)
        surf.text(36, 54, "Explanation of Benefits for January 2026  -  this is not a bill", "DejaVuSans", 8)
        surf.text(576, 42, f"Member: {who}", "DejaVuSans", 8, "R")
        surf.text(576, 54, "Member number H9921-004471-02", "DejaVuSans", 8, "R")
        surf.rule(36, 62, 576, 62, 1)
        return 82

    def foot(surf, p):
        surf.text(36, 770, "Sunmeadow Advantage is a Medicare Advantage organization with a Medicare contract. Y0099_EOB26_M",
                  "DejaVuSans", 6)
        surf.text(576, 770, f"{p} of {npages or 0}", "DejaVuSans", 7, "R")

    f = Flow(s, top, foot, 740)
    f.new()
    for _, _, _, svcs in cl:
        for x in svcs:
            commercial(x, st)
    every = [x for c in cl for x in c[3]]
    for i, (lab, val) in enumerate((("Your share this month", M(total(every, "owes"))),
                                    ("Plan's share this month", M(total(every, "paid"))),
                                    ("Maximum out-of-pocket used", "$480.00 of $4,900.00"))):
        s.box(36 + i * 182, f.y, 170, 40, fill=0.95)
        s.text(46 + i * 182, f.y + 15, lab, "DejaVuSans", 8)
        s.text(46 + i * 182, f.y + 31, val, "DejaVuSans-Bold", 11)
    f.y += 62
    s.text(36, f.y, "Your medical claims (Part C) processed this month", "DejaVuSans-Bold", 10)
    f.y += 18
    cols = [("date", 36, "L"), ("svc", 92, "L"), ("code", 290, "L"), ("units", 368, "R"), ("chg", 414, "R"),
            ("appr", 458, "R"), ("plan", 506, "R"), ("you", 552, "R"), ("note", 558, "L")]
    h = [{"date": "Date of", "svc": "Service", "code": "Code / Mod", "units": "Units", "chg": "Provider's",
          "appr": "Plan-", "plan": "Plan's", "you": "Your", "note": "Note"},
         {"date": "service", "chg": "charge", "appr": "approved", "plan": "share", "you": "share"}]

    def hdr():
        lr(s, cols, h[0], f.y, "DejaVuSans-Bold", 6.5)
        lr(s, cols, h[1], f.y + 8, "DejaVuSans-Bold", 6.5)
        s.rule(36, f.y + 11, 576, f.y + 11)
        f.y += 22

    for clm, acct, prov, svcs in cl:
        f.need(60)

        def head(cont=False, clm=clm, acct=acct, prov=prov):
            s.box(36, f.y - 9, 540, 13, fill=0.9, stroke=False)
            s.text(40, f.y, f"{prov}{'  (continued)' if cont else ''}", "DejaVuSans-Bold", 7.5)
            s.text(572, f.y, f"Claim ID {clm}   Your provider's account no. {acct}", "DejaVuSans", 7, "R")
            f.y += 16
            hdr()
        head()
        f.cont = lambda h_=head: h_(True)
        for x in svcs:
            wrap = len(x.desc) > 40
            f.need(24 if wrap else 12)
            note = ["1", "2"] if x.copay else ["2", "3"]
            first = x.desc if not wrap else x.desc[:x.desc.rfind(" ", 0, 40)]
            lr(s, cols, {"date": dfmt(x.dos, "mdy4"), "svc": first, "code": " / ".join((x.code,) + x.mods),
                         "units": units_str(x.units), "chg": M(x.billed), "appr": M(x.allowed), "plan": M(x.paid),
                         "you": M(x.owes), "note": " ".join(note)}, f.y, "DejaVuSans", 6.5)
            lines.append(truth_line(f.page, x, claim_id=acct, payer_claim_id=clm, patient=who,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=note))
            if wrap:
                f.y += 8
                s.text(92, f.y, x.desc[len(first) + 1:], "DejaVuSans", 6.5)
            f.y += 12
        f.cont = None
        s.rule(350, f.y - 8, 576, f.y - 8, 0.3)
        lr(s, cols, {"svc": "Claim total", "chg": M(total(svcs, "billed")), "appr": M(total(svcs, "allowed")),
                     "plan": M(total(svcs, "paid")), "you": M(total(svcs, "owes"))}, f.y, "DejaVuSans-Bold", 6.5)
        f.y += 24
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": who,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
    f.need(60)
    s.text(36, f.y, "What the notes mean", "DejaVuSans-Bold", 8)
    f.y += 11
    for c, t in legend:
        s.text(36, f.y, f"{c}   {t}", "DejaVuSans", 7)
        f.y += 10
    f.finish()
    return s.pages, lines, claims, legend, []


# ================================================================================================ k5
def k5(path: Path, npages: int | None):
    s = Surface(path, "rl", "letter-l", "Medical Assistance Remittance Advice")
    M = lambda d: money(d, "", "trail")  # noqa: E731
    F = "LiberationMono"
    lines, claims = [], []
    legend = [("0112", "PAID AT PROGRAM MAXIMUM FEE"), ("0431", "RECIPIENT NOT ELIGIBLE ON DATE OF SERVICE"),
              ("0907", "CLAIM ADJUSTED - SEE REPLACEMENT ICN"), ("0215", "SERVICE NEEDS PRIOR AUTHORIZATION")]
    paid = [
        ("DUVALL, ROSALIND", "88107723401", "2226014002117", "RD4471", [
            sv(D(2026, 1, 6), "97530", 2, ("GO",)), sv(D(2026, 1, 6), "97535", 1, ("GO",)),
            sv(D(2026, 1, 13), "97530", 2, ("GO",)), sv(D(2026, 1, 13), "97112", 1, ("GO", "59")),
            sv(D(2026, 1, 20), "97530", 2, ("GO",)), sv(D(2026, 1, 20), "97535", 1, ("GO",)),
            sv(D(2026, 1, 27), "97530", 2, ("GO",)), sv(D(2026, 1, 27), "97140", 1, ("GO", "59")),
        ]),
        ("PENHALE, CORBIN", "88107750219", "2226014002205", "CP1180", [
            sv(D(2026, 1, 8), "92507", 1, ("GN",)), sv(D(2026, 1, 15), "92507", 1, ("GN",)),
            sv(D(2026, 1, 22), "92526", 1, ("GN",)),
        ]),
        ("DUVALL, ELODIE", "88107723419", "2226014002391", "ED4472", [
            sv(D(2026, 1, 9), "97165", 1, ("GO",)), sv(D(2026, 1, 16), "97530", 3, ("GO",)),
            sv(D(2026, 1, 16), "97110", 1, ("GO",)), sv(D(2026, 1, 23), "97530", 3, ("GO",)),
        ]),
        ("MARSK, TEODOR", "88107799100", "2226014002450", "TM0932", [
            sv(D(2026, 1, 12), "97161", 1, ("GP",)), sv(D(2026, 1, 14), "97110", 3, ("GP",)),
            sv(D(2026, 1, 19), "97116", 2, ("GP",)), sv(D(2026, 1, 21), "97110", 3, ("GP",)),
        ] + weekly(D(2026, 1, 26), 6, [("97110", 2, ("GP",)), ("97116", 1, ("GP",))], every=3)),
    ]
    denied = [("ASHBY, NELL", "88107710066", "2226014002512", "NA3301",
               [sv(D(2026, 1, 2), "97530", 2, ("GO",), denied="CO"), sv(D(2026, 1, 2), "97535", 1, ("GO",), denied="CO")])]
    orig = [sv(D(2025, 12, 15), "97530", 2, ("GO",)), sv(D(2025, 12, 15), "97110", 1, ("GO",))]
    repl = [sv(D(2025, 12, 15), "97530", 3, ("GO",)), sv(D(2025, 12, 15), "97110", 1, ("GO",))]
    for grp in paid:
        for x in grp[4]:
            medicaid(x)
    for x in denied[0][4]:
        medicaid(x, deny_reason="177")
    for x in orig + repl:
        medicaid(x)
    rev = [negate(x) for x in orig]
    adjusted = [("PENHALE, CORBIN", "88107750219", "2226014002606", "CP1102", rev, "REVERSAL OF ICN 2225349001874"),
                ("PENHALE, CORBIN", "88107750219", "2226014002607", "CP1102", repl, "REPLACEMENT OF ICN 2225349001874")]

    def top(surf, p):
        surf.text(36, 36, "STATE OF NORTHMARCH  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", F, 8.5)
        surf.text(36, 48, "PROVIDER REMITTANCE ADVICE              RA NUMBER 0004417729   WARRANT DATE 02/06/26", F, 8.5)
        surf.text(756, 36, f"PAGE {p:>3} OF {npages or 0:>3}", F, 8.5, "R")
        surf.text(36, 60, "PAYEE: KESTREL RIVER THERAPY ASSOC     PROVIDER NO 300884512   TAXONOMY 225X00000X", F, 8.5)
        surf.rule(36, 66, 756, 66)
        return 84

    def foot(surf, p):
        surf.text(36, 590, "RA0217C  RUN 02/05/26 21:14", F, 7)

    cols = [("ln", 36, "L"), ("from", 64, "L"), ("to", 116, "L"), ("proc", 168, "L"), ("mod", 214, "L"),
            ("units", 290, "R"), ("bill", 360, "R"), ("allow", 430, "R"), ("paid", 500, "R"), ("carc", 520, "L"),
            ("adj", 626, "R"), ("eob", 650, "L")]
    hd = {"ln": "LN", "from": "FROM", "to": "TO", "proc": "PROC", "mod": "MODIFIERS", "units": "UNITS",
          "bill": "BILLED AMT", "allow": "ALLOWED AMT", "paid": "PAID AMT", "carc": "GRP/CARC", "adj": "ADJ AMT",
          "eob": "EOB"}

    f = Flow(s, top, foot, 560)
    f.new()
    for title, grps in (("PAID CLAIMS", [g + ("",) for g in paid]), ("DENIED CLAIMS", [g + ("",) for g in denied]),
                        ("ADJUSTED CLAIMS", adjusted)):
        f.need(60)
        s.text(36, f.y, f"*** CLAIM STATUS: {title} ***", F, 8.5)
        f.y += 16
        for name, rid, icn, pacct, svcs, note in grps:
            f.need(50)

            def head(cont=False, name=name, rid=rid, icn=icn, pacct=pacct):
                s.text(36, f.y, f"RECIPIENT {name:<20} RECIP ID {rid}  ICN {icn}  PAT ACCT {pacct}"
                       + ("  CONT" if cont else ""), F, 7.6)
                f.y += 11
                lr(s, cols, hd, f.y, F, 7.6)
                f.y += 4
                s.rule(36, f.y, 756, f.y, 0.3)
                f.y += 9
            head()
            if note:
                s.text(64, f.y, note, F, 7.6)
                f.y += 11
            f.cont = lambda h_=head: h_(True)
            for i, x in enumerate(svcs, 1):
                f.need(11)
                eob = ["0431"] if x.denied else (["0907"] if x.billed < 0 else ["0112"])
                adj = x.adjs[0] if x.adjs else None
                lr(s, cols, {"ln": f"{i:02d}", "from": dfmt(x.dos, "mdy6"), "to": dfmt(x.dos, "mdy6"), "proc": x.code,
                             "mod": " ".join(x.mods), "units": f"{x.units:.2f}", "bill": M(x.billed),
                             "allow": M(x.allowed), "paid": M(x.paid),
                             "carc": f"{adj[0]}{adj[1]}" if adj else "", "adj": M(adj[2]) if adj else "",
                             "eob": " ".join(eob)}, f.y, F, 7.6)
                lines.append(truth_line(f.page, x, claim_id=pacct, payer_claim_id=icn, patient=name,
                                        printed=("billed", "allowed", "paid"), service_end=x.dos,
                                        adjustments=x.adjs, remarks=eob, description=False))
                f.y += 11
            f.cont = None
            lr(s, cols, {"proc": "CLAIM TOTAL", "bill": M(total(svcs, "billed")), "allow": M(total(svcs, "allowed")),
                         "paid": M(total(svcs, "paid"))}, f.y, F, 7.6)
            f.y += 18
            claims.append({"claim_id": pacct, "payer_claim_id": icn, "patient": name,
                           "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
    f.need(70)
    s.text(36, f.y, "EOB CODE MESSAGES", F, 8.5)
    f.y += 12
    for c, t in legend:
        s.text(36, f.y, f"{c}  {t}", F, 7.6)
        f.y += 11
    f.finish()
    return s.pages, lines, claims, legend, []


# ================================================================================================ k6
def k6(path: Path, npages: int | None):
    s = Surface(path, "fpdf", "letter", "Remittance Advice")
    M = lambda d: money(d, ",")  # noqa: E731
    N = "LiberationSansNarrow"
    lines, claims = [], []
    legend = [("N130", "Benefit limits for this service were reviewed."),
              ("M86", "Service was already paid as part of another service on this date."),
              ("N30", "The member was not enrolled for this service date.")]
    cl = [
        ("426011700358", "Wren Calloway", "900447182", "WC-11820", [
            sv(D(2026, 1, 5), "92523", 1, ("GN",)), sv(D(2026, 1, 12), "92507", 1, ("GN",)),
            sv(D(2026, 1, 19), "92507", 1, ("GN",)), sv(D(2026, 1, 26), "92507", 1, ("GN",)),
        ]),
        ("426011700412", "Jasper Calloway", "900447190", "JC-11821", [
            sv(D(2026, 1, 6), "97166", 1, ("GO",)), sv(D(2026, 1, 13), "97530", 4, ("GO",)),
            sv(D(2026, 1, 13), "97112", 1, ("GO", "59")), sv(D(2026, 1, 20), "97530", 4, ("GO",)),
            sv(D(2026, 1, 27), "97530", 4, ("GO",)), sv(D(2026, 1, 27), "97535", 2, ("GO",)),
        ]),
        ("426011700533", "Ottilie Brandvold", "900512063", "OB-30914", [
            sv(D(2026, 1, 14), "97161", 1, ("GP",)), sv(D(2026, 1, 14), "97110", 2, ("GP",)),
            sv(D(2026, 1, 21), "97110", 2, ("GP",)), sv(D(2026, 1, 21), "97140", 1, ("GP", "59")),
        ]),
        ("426011700617", "Ottilie Brandvold", "900512063", "OB-30977", [
            sv(D(2026, 1, 28), "97110", 2, ("GP",), denied="CO"), sv(D(2026, 1, 28), "97116", 1, ("GP",), denied="CO"),
        ]),
        ("426011700702", "Felix Oyelaran", "900618834", "FO-40022", [
            sv(D(2026, 1, 9), "97165", 1, ("GO",)), sv(D(2026, 1, 16), "97530", 3, ("GO",)),
            sv(D(2026, 1, 16), "97760", 1, ("GO",)), sv(D(2026, 1, 16), "L3807", 1, ("LT",)),
        ]),
    ]
    for _, _, _, _, svcs in cl:
        for x in svcs:
            medicaid(x, deny_reason="27")

    def top(surf, p):
        surf.text(36, 40, "Prairie Commonwealth Medicaid", "LiberationSans-Bold", 13)
        surf.text(36, 52, "Provider Remittance Advice - Professional Claims", N, 9)
        surf.text(576, 40, "Payment date 01/30/2026", N, 8, "R")
        surf.text(576, 50, "EFT trace 0093318870", N, 8, "R")
        surf.text(576, 60, "Billing provider: Silverleaf Kids Therapy LLC  NPI 1922004418", N, 8, "R")
        surf.rule(36, 66, 576, 66, 1)
        return 86

    def foot(surf, p):
        surf.text(306, 772, f"Page {p} of {npages or 0}", N, 7.5, "C")

    cols = [("from", 40, "L"), ("to", 86, "L"), ("proc", 134, "L"), ("mods", 172, "L"), ("units", 236, "R"),
            ("bill", 290, "R"), ("allow", 344, "R"), ("paid", 398, "R"), ("grp", 408, "L"), ("adj", 500, "R"),
            ("rarc", 512, "L")]
    edges = [36, 82, 130, 168, 208, 242, 296, 350, 404, 454, 506, 576]
    hd = {"from": "DOS From", "to": "DOS To", "proc": "Proc", "mods": "Mods", "units": "Units", "bill": "Billed",
          "allow": "Allowed", "paid": "Paid", "grp": "Grp-Rsn", "adj": "Adj Amt", "rarc": "RARC"}
    f = Flow(s, top, foot, 745)
    f.new()
    for tcn, name, mid, pcn, svcs in cl:
        h = 36 + 14 * (len(svcs) + 2)
        f.need(h)
        y0 = f.y
        s.box(36, y0, 540, 16, fill=0.88)
        s.text(40, y0 + 11, f"TCN {tcn}", "LiberationSans-Bold", 8)
        s.text(150, y0 + 11, f"Member: {name}", N, 8)
        s.text(300, y0 + 11, f"Member ID {mid}", N, 8)
        s.text(420, y0 + 11, f"Pt Ctl No. {pcn}", N, 8)
        f.y = y0 + 16
        s.box(36, f.y, 540, 14, fill=0.96)
        lr(s, cols, hd, f.y + 10, "LiberationSansNarrow-Bold", 7.5)
        f.y += 14
        for x in svcs:
            s.box(36, f.y, 540, 14)
            adj = x.adjs[0] if x.adjs else None
            rarc = ["N30"] if x.denied else (["N130"] if x.code in ("97530", "92507") else [])
            lr(s, cols, {"from": dfmt(x.dos, "mdy4"), "to": dfmt(x.dos, "mdy4"), "proc": x.code,
                         "mods": " ".join(x.mods), "units": f"{x.units:.2f}", "bill": M(x.billed), "allow": M(x.allowed),
                         "paid": M(x.paid), "grp": f"{adj[0]}-{adj[1]}" if adj else "", "adj": M(adj[2]) if adj else "",
                         "rarc": " ".join(rarc)}, f.y + 10, N, 7.5)
            lines.append(truth_line(f.page, x, claim_id=pcn, payer_claim_id=tcn, patient=name,
                                    printed=("billed", "allowed", "paid"), service_end=x.dos, adjustments=x.adjs,
                                    remarks=rarc, description=False))
            f.y += 14
        for e in edges[1:-1]:
            s.rule(e, y0 + 16, e, f.y, 0.3)
        lr(s, cols, {"proc": "Claim totals", "bill": M(total(svcs, "billed")), "allow": M(total(svcs, "allowed")),
                     "paid": M(total(svcs, "paid"))}, f.y + 10, "LiberationSansNarrow-Bold", 7.5)
        f.y += 30
        claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": name,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
    f.need(60)
    s.text(36, f.y, "Remark code glossary", "LiberationSans-Bold", 8)
    f.y += 11
    for c, t in legend:
        s.text(36, f.y, f"{c}: {t}", N, 7.5)
        f.y += 10
    f.finish()
    return s.pages, lines, claims, legend, []


# ================================================================================================ k7
def k7(path: Path, npages: int | None):
    s = Surface(path, "rl", "letter", "Standard Paper Remittance reprint")
    M = lambda d: money(d, "", "trail")  # noqa: E731
    F = "Courier"
    st = PlanState(ded_left=Decimal("60.00"))
    lines, claims = [], []
    cl = [
        ("OSTRANDER, FAYE", "5QH7TR2WK81", "FO-20113", "2226020771104", [
            sv(D(2026, 1, 5), "97530", 2, ("GO",)), sv(D(2026, 1, 5), "97535", 1, ("GO",)),
            sv(D(2026, 1, 7), "97530", 2, ("GO",)), sv(D(2026, 1, 7), "97140", 1, ("GO", "59")),
            sv(D(2026, 1, 12), "97530", 2, ("GO", "CO")), sv(D(2026, 1, 12), "97110", 1, ("GO", "CO")),
            sv(D(2026, 1, 14), "97530", 2, ("GO",)), sv(D(2026, 1, 14), "97535", 1, ("GO",)),
            sv(D(2026, 1, 19), "97168", 1, ("GO",)), sv(D(2026, 1, 19), "97530", 1, ("GO", "KX")),
        ]),
        ("BRISCOE, HOWELL", "8MN2EC6PJ40", "HB-20144", "2226020771231", [
            sv(D(2026, 1, 8), "97161", 1, ("GP",)), sv(D(2026, 1, 8), "97110", 2, ("GP",)),
            sv(D(2026, 1, 15), "97116", 2, ("GP",)),
        ] + weekly(D(2026, 1, 20), 8, [("97110", 2, ("GP",))], every=3)),
        ("NAKAGAWA, IRIS", "3TE9RU1HD57", "IN-20190", "2226020771390", [
            sv(D(2026, 1, 9), "92507", 1, ("GN",)), sv(D(2026, 1, 16), "92507", 1, ("GN",)),
            sv(D(2026, 1, 16), "92526", 1, ("GN",)),
        ]),
    ]
    for _, _, _, _, svcs in cl:
        stc = PlanState(ded_left=st.ded_left)
        for x in svcs:
            medicare(x, stc)
        st.ded_left = ZERO
    legend = [("N362", "UNITS ON THIS LINE OVER DAILY LIMIT, SEE POLICY"), ("MA01", "APPEAL RIGHTS NOTICE CODE"),
              ("M80", "NOT PAID SEPARATELY WHEN DONE WITH ANOTHER SERVICE")]

    def top(surf, p):
        surf.text(36, 34, "CLEARPATH EXCHANGE - REMITTANCE REPRINT (STANDARD PAPER FORMAT)", F, 8)
        surf.text(36, 44, "MEDICARE PART B  JURISDICTION 17 CONTRACTOR          ", F, 8)
        surf.text(576, 34, f"PAGE #: {p} OF {npages or 0}", F, 8, "R")
        surf.text(36, 56, "PAYEE: GRANITE FORK REHAB GROUP       NPI: 1588204417   CHECK/EFT #: 884100237", F, 8)
        surf.text(36, 66, "DATE: 02/09/2026  REMIT SEQ 0044", F, 8)
        surf.text(36, 86, "PERF PROV   SERV DATE   POS NOS  PROC  MODS   BILLED  ALLOWED  DEDUCT  COINS  GRP/RC-AMT   PROV PD", F, 6.6)
        surf.text(36, 94, "-" * 122, F, 6.6)
        return 108

    def foot(surf, p):
        surf.text(36, 770, "REPRINTED FROM 835 BY CLEARPATH EXCHANGE - NOT AN ORIGINAL CONTRACTOR DOCUMENT", F, 6.6)

    W = 6.6 * 0.6
    col = lambda n: 36 + n * W  # noqa: E731
    f = Flow(s, top, foot, 745)
    f.new()
    for name, mid, acnt, icn, svcs in cl:
        f.need(40)

        def head(cont=False, name=name, mid=mid, acnt=acnt, icn=icn):
            s.text(36, f.y, f"NAME {name:<18} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01"
                   + (" (CONT)" if cont else ""), F, 6.6)
            f.y += 11
        head()
        f.cont = lambda h_=head: h_(True)
        for x in svcs:
            f.need(10 * len(x.adjs))
            rm = ["N362"] if "KX" in x.mods else []
            row = (f"1588204417  {x.dos:%m%d} {x.dos:%m%d%y}  11 {units_str(x.units):>3}  {x.code + ''.join(x.mods):<11}"
                   f"{M(x.billed):>8} {M(x.allowed):>8} {M(x.deductible):>7} {M(x.coinsurance):>6}  "
                   f"{x.adjs[0][0]}-{x.adjs[0][1]:<4}{M(x.adjs[0][2]):>7} {M(x.paid):>8}" + (f"  {rm[0]}" if rm else ""))
            s.text(36, f.y, row, F, 6.6)
            lines.append(truth_line(f.page, x, claim_id=acnt, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=x.adjs, remarks=rm, description=False))
            for g, r, a in x.adjs[1:]:
                f.y += 9
                s.text(col(87), f.y, f"{g}-{r:<4}{M(a):>7}", F, 6.6)
            f.y += 10
        f.cont = None
        pr = total(svcs, "deductible") + total(svcs, "coinsurance")
        s.text(36, f.y, f"PT RESP {M(pr):>8}", F, 6.6)
        f.y += 9
        s.text(36, f.y, f"CLAIM TOTALS{'':>24}{M(total(svcs, 'billed')):>8} {M(total(svcs, 'allowed')):>8} "
               f"{M(total(svcs, 'deductible')):>7} {M(total(svcs, 'coinsurance')):>6}  {'':>11} "
               f"{M(total(svcs, 'paid')):>8}", F, 6.6)
        f.y += 9
        s.text(36, f.y, f"{'':>30}NET {M(total(svcs, 'paid')):>8}", F, 6.6)
        f.y += 16
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
    f.need(60)
    s.text(36, f.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", F, 7)
    f.y += 10
    for c, t in legend:
        s.text(36, f.y, f"{c:<6}{t}", F, 6.6)
        f.y += 9
    f.finish()
    return s.pages, lines, claims, legend, []


# ================================================================================================ k8
def k8(path: Path, npages: int | None):
    s = Surface(path, "fpdf", "letter-l", "ERA Posting Detail")
    M = lambda d: money(d, ",", "()")  # noqa: E731
    F = "DejaVuSansMono"
    lines, claims = [], []
    cl = []
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    base = [
        ("QUILLAN, ROSA", "00412", "TCL-88170", "7326004481120", [
            sv(D(2026, 1, 7), "97165", 1, ("GO",)), sv(D(2026, 1, 7), "97530", 2, ("GO",)),
            sv(D(2026, 1, 14), "97530", 2, ("GO",)), sv(D(2026, 1, 14), "97535", 1, ("GO",)),
        ]),
        ("QUILLAN, THEO", "00418", "TCL-88171", "7326004481245", [
            sv(D(2026, 1, 8), "92523", 1, ("GN",)), sv(D(2026, 1, 15), "92507", 1, ("GN",)),
        ]),
        ("ABERNATHY, COLE", "00533", "TCL-88204", "7326004489010", [
            sv(D(2026, 1, 12), "97163", 1, ("GP",)), sv(D(2026, 1, 12), "97110", 2, ("GP",)),
            sv(D(2026, 1, 19), "97110", 2, ("GP",)), sv(D(2026, 1, 19), "97140", 1, ("GP", "59")),
            sv(D(2026, 1, 21), "97112", 1, ("GP",)), sv(D(2026, 1, 21), "97116", 1, ("GP",)),
        ]),
    ]
    for p, ch, clid, icn, svcs in base:
        for x in svcs:
            commercial(x, st)
        cl.append((p, ch, clid, icn, svcs, ""))
    o = [sv(D(2025, 12, 18), "97530", 2, ("GO",)), sv(D(2025, 12, 18), "97110", 1, ("GO",))]
    stx = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.70"))
    for x in o:
        commercial(x, stx)
    cl.append(("QUILLAN, ROSA", "00412", "TCL-87702", "7326003990412", [negate(x) for x in o], "REVERSAL"))
    n = [sv(D(2025, 12, 18), "97530", 2, ("GO", "59")), sv(D(2025, 12, 18), "97110", 1, ("GO",))]
    for x in n:
        commercial(x, stx)
    cl.append(("QUILLAN, ROSA", "00412", "TCL-87702", "7326004492277", n, "CORRECTED"))

    def top(surf, p):
        surf.text(36, 36, "HARBORLINE PM  |  ERA Posting Detail", "DejaVuSans-Bold", 11)
        surf.text(36, 48, "Practice: Tidewell Therapy Collective   Payer: Cobalt Shore Health Ins Co   "
                  "Check 000718844  02/03/2026", "DejaVuSans", 7.5)
        surf.text(756, 36, f"Printed 02/04/2026  Page {p}/{npages or 0}", "DejaVuSans", 7, "R")
        surf.rule(36, 54, 756, 54)
        lr(surf, cols, hd, 68, "DejaVuSansMono", 6.8)
        surf.rule(36, 72, 756, 72, 0.3)
        return 86

    def foot(surf, p):
        surf.text(36, 590, "harborline-pm v7.4  report ERA210", "DejaVuSans", 6)

    cols = [("dos", 40, "L"), ("cpt", 100, "L"), ("m1", 140, "L"), ("m2", 164, "L"), ("u", 206, "R"),
            ("chg", 268, "R"), ("alw", 328, "R"), ("ded", 382, "R"), ("coi", 436, "R"), ("adj", 448, "L"),
            ("paid", 690, "R"), ("rem", 700, "L")]
    hd = {"dos": "DOS", "cpt": "CPT", "m1": "Mod1", "m2": "Mod2", "u": "Units", "chg": "Charge", "alw": "Allowed",
          "ded": "Deduct", "coi": "Coins", "adj": "Adjustments", "paid": "Paid", "rem": "Rmk"}
    f = Flow(s, top, foot, 570)
    f.new()
    for pat, chart, clid, icn, svcs, tag in cl:
        f.need(46)
        s.box(36, f.y - 9, 720, 13, fill=0.86, stroke=False)
        s.text(40, f.y, f"{pat}   Chart # {chart}   Claim {clid}   Payer ICN {icn}"
               + (f"   ** {tag} **" if tag else ""), "DejaVuSans-Bold", 7.5)
        f.y += 14
        for x in svcs:
            f.need(11)
            adjtxt = " ".join(f"{g}{r} {M(a)}" for g, r, a in x.adjs)
            rm = ["RV"] if x.billed < 0 else []
            lr(s, cols, {"dos": dfmt(x.dos, "mdy2"), "cpt": x.code, "m1": x.mods[0] if x.mods else "",
                         "m2": x.mods[1] if len(x.mods) > 1 else "", "u": units_str(x.units), "chg": M(x.billed),
                         "alw": M(x.allowed), "ded": M(x.deductible), "coi": M(x.coinsurance), "adj": adjtxt,
                         "paid": M(x.paid), "rem": " ".join(rm)}, f.y, F, 6.8)
            lines.append(truth_line(f.page, x, claim_id=clid, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=x.adjs, remarks=rm, description=False))
            f.y += 11
        lr(s, cols, {"cpt": "Claim total", "chg": M(total(svcs, "billed")), "alw": M(total(svcs, "allowed")),
                     "ded": M(total(svcs, "deductible")), "coi": M(total(svcs, "coinsurance")),
                     "paid": M(total(svcs, "paid"))}, f.y, "DejaVuSansMono-Bold", 6.8)
        f.y += 18
        claims.append({"claim_id": clid, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
    allp = sum((total(c[4], "paid") for c in cl), ZERO)
    f.need(40)
    s.rule(36, f.y - 8, 756, f.y - 8)
    s.text(40, f.y, f"Check total posted: {M(allp)}   Provider-level adjustments: none   Unapplied: 0.00",
           "DejaVuSans-Bold", 8)
    f.y += 16
    s.text(40, f.y, "Rmk  RV = claim reversed, corrected claim follows", "DejaVuSans", 7)
    f.finish()
    return s.pages, lines, claims, [("RV", "claim reversed, corrected claim follows")], []


# ================================================================================================ k9
def k9(path: Path, npages: int | None):
    s = Surface(path, "rl", "letter", "Statement")
    M = lambda d: money(d, "$")  # noqa: E731
    L, B = "LiberationSans", "LiberationSans-Bold"
    lines, claims = [], []
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = [
        ("40213", "Hazel Quintero", "BCX-26-004471", [sv(D(2026, 1, 6), "97165", 1, ("GO",)),
                                                     sv(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("40219", "Mateo Quintero", "BCX-26-004488", [sv(D(2026, 1, 7), "92523", 1, ("GN",))]),
        ("40250", "Hazel Quintero", "BCX-26-005102", [sv(D(2026, 1, 13), "97530", 2, ("GO",)),
                                                     sv(D(2026, 1, 13), "97535", 1, ("GO",))]),
        ("40257", "Mateo Quintero", "BCX-26-005119", [sv(D(2026, 1, 14), "92507", 1, ("GN",))]),
        ("40288", "Hazel Quintero", "BCX-26-005630", [sv(D(2026, 1, 20), "97530", 2, ("GO",)),
                                                     sv(D(2026, 1, 20), "97112", 1, ("GO", "59"))]),
        ("40291", "Mateo Quintero", "BCX-26-005644", [sv(D(2026, 1, 21), "92507", 1, ("GN",))]),
        ("40322", "Hazel Quintero", "BCX-26-006210", [sv(D(2026, 1, 27), "97530", 2, ("GO",)),
                                                     sv(D(2026, 1, 27), "97140", 1, ("GO",))]),
        ("40330", "Lucia Quintero", None, [sv(D(2026, 1, 29), "97161", 1, ("GP",)),
                                           sv(D(2026, 1, 29), "97110", 2, ("GP",))]),
        ("40358", "Mateo Quintero", "BCX-26-006881", [sv(D(2026, 2, 4), "92507", 1, ("GN",))]),
        ("40361", "Hazel Quintero", "BCX-26-006902", [sv(D(2026, 2, 3), "97530", 2, ("GO",)),
                                                     sv(D(2026, 2, 3), "97535", 1, ("GO",))]),
        ("40377", "Lucia Quintero", None, [sv(D(2026, 2, 5), "97110", 2, ("GP",)),
                                           sv(D(2026, 2, 5), "97140", 1, ("GP",))]),
        ("40391", "Hazel Quintero", "BCX-26-007344", [sv(D(2026, 2, 10), "97530", 2, ("GO",)),
                                                     sv(D(2026, 2, 10), "97112", 1, ("GO",))]),
        ("40395", "Mateo Quintero", "BCX-26-007351", [sv(D(2026, 2, 11), "92507", 1, ("GN",))]),
        ("40412", "Hazel Quintero", "BCX-26-007820", [sv(D(2026, 2, 17), "97530", 2, ("GO",)),
                                                     sv(D(2026, 2, 17), "97535", 1, ("GO",))]),
        ("40419", "Mateo Quintero", "BCX-26-007836", [sv(D(2026, 2, 18), "92507", 1, ("GN",))]),
        ("40433", "Lucia Quintero", None, [sv(D(2026, 2, 19), "97110", 2, ("GP",))]),
        ("40446", "Hazel Quintero", "BCX-26-008155", [sv(D(2026, 2, 24), "97168", 1, ("GO",)),
                                                     sv(D(2026, 2, 24), "97530", 1, ("GO",))]),
        ("40450", "Mateo Quintero", "BCX-26-008160", [sv(D(2026, 2, 25), "92507", 1, ("GN",))]),
    ]
    patpay = {"40213": Decimal("40.00"), "40250": Decimal("15.20")}
    for v, _, ref, svcs in visits:
        for x in svcs:
            if ref:
                commercial(x, st)
            else:
                x.paid = ZERO
                x.discount = ZERO
                x.owes = x.billed
    rows, bals = [], []
    for v, who, ref, svcs in visits:
        for x in svcs:
            rows.append(x)

    due_all = sum((x.owes for _, _, _, sv_ in visits for x in sv_), ZERO) - sum(patpay.values(), ZERO)

    def top(surf, p):
        if p == 1:
            surf.box(36, 30, 540, 120)
            surf.text(46, 48, "Willowbend Pediatric Therapy", B, 13)
            surf.text(46, 60, "2207 Meadowlark Pkwy, Suite 4, Brannock, NC 27711  |  (555) 404-1180", L, 8)
            surf.text(46, 84, "Statement for: Ines Quintero (guarantor)", L, 9)
            surf.text(46, 96, "Guarantor account 7731-QUI", L, 9)
            surf.text(46, 108, "410 Spindle Ct, Brannock, NC 27712", L, 9)
            surf.text(400, 84, "Statement date 03/02/2026", L, 9)
            surf.text(400, 96, "Please pay by 03/25/2026", L, 9)
            surf.text(400, 114, "AMOUNT DUE", B, 10)
            surf.text(566, 114, M(due_all), B, 12, "R")
            surf.text(46, 140, "- - - Please detach and return the top portion with your payment - - -", L, 7)
            surf.rule(36, 156, 576, 156, 0.3)
            surf.text(36, 176, "Account activity", B, 11)
            y = 194
        else:
            surf.text(36, 40, "Willowbend Pediatric Therapy  -  Guarantor account 7731-QUI  -  Account activity (continued)", B, 9)
            y = 60
        lr(surf, cols, hd, y, B, 7.5)
        surf.rule(36, y + 4, 576, y + 4)
        return y + 16

    def foot(surf, p):
        surf.text(36, 768, "Questions about your bill? Our billing office answers at (555) 404-1181, weekdays 9-4.", L, 7)
        surf.text(576, 768, f"Page {p} of {npages or 0}", L, 7, "R")

    cols = [("date", 36, "L"), ("desc", 92, "L"), ("code", 262, "L"), ("chg", 372, "R"), ("ip", 424, "R"),
            ("ia", 474, "R"), ("yp", 522, "R"), ("bal", 574, "R")]
    hd = {"date": "Date", "desc": "Description", "code": "Code", "chg": "Charges", "ip": "Ins paid",
          "ia": "Ins adj", "yp": "You paid", "bal": "Balance"}
    f = Flow(s, top, foot, 740)
    f.new()
    for v, who, ref, svcs in visits:
        f.need(16 + 12 * len(svcs))
        s.text(36, f.y, f"Visit # {v}   Patient: {who}   " + (f"Billed to Bluewater Crest, claim ref {ref}" if ref
                                                             else "Self-pay (no insurance on file)"), B, 7.5)
        f.y += 12
        for i, x in enumerate(svcs):
            yp = patpay.get(v, ZERO) if i == 0 else ZERO
            yp = min(yp, x.owes)
            patpay_line = yp
            bal = x.owes - patpay_line
            lr(s, cols, {"date": dfmt(x.dos, "mdy4"), "desc": brief(x),
                         "code": f"{x.code}-{'-'.join(x.mods)} x{units_str(x.units)}", "chg": M(x.billed),
                         "ip": M(x.paid) if ref else "", "ia": M(-x.discount) if ref else "", "yp": M(-yp) if yp else "",
                         "bal": M(bal)}, f.y, L, 7.5)
            lines.append(truth_line(f.page, x, claim_id=v, payer_claim_id=ref, patient=who,
                                    printed=("billed", "paid", "patient_owes") if ref else ("billed", "patient_owes"),
                                    overrides={"patient_owes": str(bal), "description": brief(x)}))
            bals.append(bal)
            f.y += 12
        f.y += 6
        claims.append({"claim_id": v, "payer_claim_id": ref, "patient": who,
                       "totals": claim_totals()})
    f.need(40)
    s.rule(300, f.y - 8, 576, f.y - 8)
    due = sum(bals, ZERO)
    s.text(574, f.y, f"Amount due {M(due)}", B, 9, "R")
    f.y += 20
    s.text(36, f.y, "Insurance adjustments are the difference your insurer's contract does not allow; you do not owe them.", L, 7)
    f.finish()
    return s.pages, lines, claims, [], []


# ================================================================================================ k10
def k10(path: Path, npages: int | None):
    s = Surface(path, "fpdf", "letter", "Hospital Statement")
    M = lambda d: money(d, ",")  # noqa: E731
    L, B = "LiberationSerif", "LiberationSerif-Bold"
    lines, claims, findings = [], [], []
    REV = {"97110": "0420", "97140": "0420", "97161": "0424", "97116": "0420", "97530": "0430", "97535": "0430",
           "97166": "0434", "92507": "0440", "92523": "0444", "99213": "0510", "L3807": "0274", "G0283": "0420",
           "97760": "0430", "97112": "0420"}
    accts = [
        ("600418772", "Corinne Abelard", "Jan 05 - Jan 30, 2026", [
            sv(D(2026, 1, 5), "97161", 1, ("GP",)), sv(D(2026, 1, 5), "97110", 2, ("GP",)),
            sv(D(2026, 1, 9), "97110", 3, ("GP",)), sv(D(2026, 1, 9), "97140", 1, ("GP", "59")),
            sv(D(2026, 1, 14), "97116", 2, ("GP",)), sv(D(2026, 1, 14), "G0283", 1, ("GP",)),
            sv(D(2026, 1, 21), "97110", 3, ("GP",)), sv(D(2026, 1, 21), "97112", 1, ("GP",)),
            sv(D(2026, 1, 28), "97110", 2, ("GP",)), sv(D(2026, 1, 30), "99213", 1),
        ], "Keystone Meridian PPO", "KM2601889017", Decimal("0.64")),
        ("600419005", "Damien Abelard", "Jan 08 - Jan 22, 2026", [
            sv(D(2026, 1, 8), "97166", 1, ("GO",)), sv(D(2026, 1, 15), "97530", 3, ("GO",)),
            sv(D(2026, 1, 15), "97760", 1, ("GO", "LT")), sv(D(2026, 1, 15), "L3807", 1, ("LT",)),
            sv(D(2026, 1, 22), "97535", 2, ("GO",)),
        ], "Keystone Meridian PPO", "KM2601893344", Decimal("0.64")),
        ("600419261", "Sabine Abelard", "Jan 12 - Feb 02, 2026", [
            sv(D(2026, 1, 12), "92523", 1, ("GN",)), sv(D(2026, 1, 19), "92507", 1, ("GN",)),
            sv(D(2026, 1, 26), "92507", 1, ("GN",)), sv(D(2026, 2, 2), "92507", 1, ("GN",)),
        ], "Keystone Meridian PPO", "KM2602004571", Decimal("0.64")),
    ]

    def top(surf, p):
        surf.text(36, 42, "St. Aldric Regional Medical Center", B, 14)
        surf.text(36, 55, "Patient Financial Services  |  88 Bellhaven Road, Corrow, PA 16911  |  (555) 733-2040", L, 8)
        surf.text(576, 42, "Guarantor: Vivienne Abelard", L, 9, "R")
        surf.text(576, 55, "Guarantor no. G-2207715   Statement 02/12/2026", L, 8, "R")
        surf.rule(36, 62, 576, 62, 1)
        if p == 1:
            surf.box(36, 72, 540, 34, fill=0.94)
            surf.text(46, 86, "This statement lists each hospital account for your family. Insurance has processed the", L, 8.5)
            surf.text(46, 98, "accounts below; the balance shown for each account is now your responsibility.", L, 8.5)
            return 128
        return 82

    def foot(surf, p):
        surf.text(306, 772, f"Page {p} of {npages or 0}", L, 8, "C")

    cols = [("date", 40, "L"), ("rev", 100, "L"), ("cpt", 136, "L"), ("mod", 184, "L"), ("desc", 230, "L"),
            ("qty", 478, "R"), ("chg", 570, "R")]
    hd = {"date": "Date", "rev": "Rev", "cpt": "CPT/HCPCS", "mod": "Mod", "desc": "Description", "qty": "Qty",
          "chg": "Charges"}
    f = Flow(s, top, foot, 745)
    f.new()
    for n, (acct, who, span, svcs, plan, clm, rate) in enumerate(accts):
        chg = total(svcs, "billed")
        allowed = (chg * rate).quantize(Decimal("0.01"))
        ins = (allowed * Decimal("0.80")).quantize(Decimal("0.01"))
        contr = chg - allowed
        bal = allowed - ins
        f.need(70)

        def head(cont=False, acct=acct, who=who, span=span):
            s.box(36, f.y - 10, 540, 14, fill=0.85, stroke=False)
            s.text(40, f.y, f"Hospital account {acct}   Patient: {who}   Outpatient rehabilitation, {span}"
                   + ("  (continued)" if cont else ""), B, 8.5)
            f.y += 14
            lr(s, cols, hd, f.y, B, 8)
            s.rule(36, f.y + 3, 576, f.y + 3, 0.4)
            f.y += 13
        head()
        f.cont = lambda h_=head: h_(True)
        for x in svcs:
            f.need(12)
            lr(s, cols, {"date": dfmt(x.dos, "mdy4"), "rev": REV[x.code], "cpt": x.code, "mod": " ".join(x.mods),
                         "desc": x.desc, "qty": units_str(x.units), "chg": M(x.billed)}, f.y, L, 8)
            lines.append(truth_line(f.page, x, claim_id=acct, payer_claim_id=clm, patient=who, printed=("billed",),
                                    overrides={"description": x.desc}))
            f.y += 12
        f.cont = None
        printed_chg = chg + (Decimal("85.00") if n == 1 else ZERO)
        f.need(70)
        s.rule(400, f.y - 8, 576, f.y - 8, 0.4)
        for lab, val in (("Total charges", printed_chg), (f"Paid by {plan} (claim {clm})", -ins),
                         ("Contractual allowance", -contr), ("Account balance", bal)):
            s.text(470, f.y, lab, B if lab.startswith(("Total", "Account")) else L, 8, "R")
            s.text(570, f.y, M(val), L, 8, "R")
            f.y += 11
        f.y += 12
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": who,
                       "totals": claim_totals(printed_chg, None, ins, bal)})
        if n == 1:
            findings.append(f"claim-total-mismatch claim {acct}: printed Total charges {printed_chg} but the lines "
                            f"add up to {chg}")
    f.need(40)
    s.text(36, f.y, "Financial assistance is available. Ask for a plain-language summary at (555) 733-2044.", L, 8)
    f.finish()
    return s.pages, lines, claims, [], findings


LAYOUTS = {
    "k1_commercial_member_eob": (k1, "reportlab", "commercial member EOB, family of three"),
    "k2_commercial_member_eob_sidebar": (k2, "fpdf2", "commercial member EOB, landscape with sidebar"),
    "k3_medicare_summary_notice": (k3, "reportlab", "Medicare Summary Notice Part B"),
    "k4_medicare_advantage_eob": (k4, "fpdf2", "Medicare Advantage member EOB"),
    "k5_medicaid_ra_mainframe": (k5, "reportlab", "state Medicaid remittance advice, mainframe print"),
    "k6_medicaid_ra_boxed": (k6, "fpdf2", "state Medicaid remittance advice, boxed claims"),
    "k7_spr_clearinghouse": (k7, "reportlab", "clearinghouse reprint of a Medicare standard paper remit"),
    "k8_pm_era_detail": (k8, "fpdf2", "practice-management ERA posting detail"),
    "k9_clinic_family_statement": (k9, "reportlab", "therapy clinic family statement"),
    "k10_hospital_statement": (k10, "fpdf2", "hospital guarantor statement"),
}

# How each layout prints a date, an amount, units (None = not printed), for the self-check.
FMT = {
    "k1_commercial_member_eob": (lambda d: dfmt(d, "mdy4"), lambda a: money(a, "$"), None),
    "k2_commercial_member_eob_sidebar": (lambda d: dfmt(d, "mon"), lambda a: money(a, ","), lambda u: u),
    "k3_medicare_summary_notice": (lambda d: dfmt(d, "mdy2"), lambda a: money(a, "$"), lambda u: f"{u} unit"),
    "k4_medicare_advantage_eob": (lambda d: dfmt(d, "mdy4"), lambda a: money(a, "$"), lambda u: u),
    "k5_medicaid_ra_mainframe": (lambda d: dfmt(d, "mdy6"), lambda a: money(a, "", "trail"),
                                 lambda u: f"{Decimal(u):.2f}"),
    "k6_medicaid_ra_boxed": (lambda d: dfmt(d, "mdy4"), lambda a: money(a, ","), lambda u: f"{Decimal(u):.2f}"),
    "k7_spr_clearinghouse": (lambda d: f"{d:%m%d} {d:%m%d%y}", lambda a: money(a, "", "trail"), lambda u: u),
    "k8_pm_era_detail": (lambda d: dfmt(d, "mdy2"), lambda a: money(a, ",", "()"), lambda u: u),
    "k9_clinic_family_statement": (lambda d: dfmt(d, "mdy4"), lambda a: money(a, "$"), lambda u: f"x{u}"),
    "k10_hospital_statement": (lambda d: dfmt(d, "mdy4"), lambda a: money(a, ","), lambda u: u),
}


def make(out: Path) -> list[Path]:
    made = []
    for name, (fn, producer, desc) in LAYOUTS.items():
        p = out / f"{name}.pdf"
        n, *_ = fn(p, None)
        n2, lines, claims, legend, findings = fn(p, n)
        assert n == n2, name
        write_truth(p, name, producer, n2, desc, lines, claims, legend, findings)
        made.append(p)
    return made


# ================================================================================================ check
def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][0] - w["bottom"]) < 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _has(row: str, w: str) -> bool:
    """w occurs in row, not as part of a longer number (so 0.00 does not match inside 10.00)."""
    import re
    return re.search(r"(?<![\d.,])" + re.escape(w) + r"(?![\d])", row) is not None


def check(out: Path) -> list[str]:
    from datetime import date as _d

    import pdfplumber
    errs = []
    for name in LAYOUTS:
        p = out / f"{name}.pdf"
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        dfn, mfn, ufn = FMT[name]
        with pdfplumber.open(p) as pdf:
            if len(pdf.pages) != t["pages"]:
                errs.append(f"{name}: page count {len(pdf.pages)} != {t['pages']}")
            prow = [_rows(pg) for pg in pdf.pages]
            alltext = "\n".join("\n".join(r) for r in prow)
        used = set()
        for i, ln in enumerate(t["lines"]):
            rows = prow[ln["page"] - 1]
            want = [dfn(_d.fromisoformat(ln["service_date"])), ln["code"]] + ln["modifiers"]
            if ln["units"] is not None:
                want.append(ufn(ln["units"]))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    want.append(mfn(Decimal(ln[k])))
            hits = [j for j, r in enumerate(rows) if (ln["page"], j) not in used and all(w in r for w in want[:2 + len(ln["modifiers"])]) and all(_has(r, w) for w in want[2 + len(ln["modifiers"]):])]
            if not hits:
                errs.append(f"{name}: line {i} not found on page {ln['page']} as one row: {want}")
                continue
            j = hits[0]
            used.add((ln["page"], j))
            near = " ".join(rows[j:j + 1 + max(0, len(ln["adjustments"]) - 1)])
            for g, r, a in ln["adjustments"]:
                if g not in near or r not in near or (a is not None and mfn(Decimal(a)) not in near):
                    errs.append(f"{name}: line {i} adjustment {g} {r} {a} not near its row")
            for rm in ln["remarks"]:
                if rm not in rows[j]:
                    errs.append(f"{name}: line {i} remark {rm} not on its row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{name}: line {i} {k} {ln[k]} not in text")
            # arithmetic
            v = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if None not in (v["billed"], v["discount"], v["not_covered"], v["allowed"]):
                if v["billed"] - v["discount"] - v["not_covered"] != v["allowed"] and v["allowed"] != 0:
                    errs.append(f"{name}: line {i} billed-discount-not covered != allowed")
            if None not in (v["allowed"], v["deductible"], v["copay"], v["coinsurance"], v["paid"]):
                if v["allowed"] - v["deductible"] - v["copay"] - v["coinsurance"] != v["paid"]:
                    errs.append(f"{name}: line {i} allowed-ded-copay-coins != paid")
            if ln["adjustments"] and v["billed"] is not None and v["paid"] is not None:
                if v["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != v["paid"]:
                    errs.append(f"{name}: line {i} billed - adjustments != paid")
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            if not mine:
                errs.append(f"{name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if mfn(Decimal(v)) not in alltext:
                    errs.append(f"{name}: claim {c['claim_id']} total {k} {v} not printed")
                if k in ("billed", "allowed", "paid", "patient_owes"):
                    sm = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
                    key = c["claim_id"] or c["payer_claim_id"]
                    if k == "paid" and all(ln["paid"] is None for ln in mine):
                        continue
                    if k == "patient_owes" and all(ln["patient_owes"] is None for ln in mine):
                        continue
                    if sm != Decimal(v):
                        if f"claim {key}:" not in planted:
                            errs.append(f"{name}: claim {key} {k} total {v} != lines {sm}")
                    elif f"claim {key}:" in planted and k == "billed":
                        errs.append(f"{name}: planted mismatch on {key} does not differ")
        for code, _ in t["legend"]:
            if code not in alltext:
                errs.append(f"{name}: legend code {code} not printed")
        n_lines, n_pages = len(t["lines"]), t["pages"]
        cont = any(a["page"] != b["page"] and (a["claim_id"], a["payer_claim_id"]) == (b["claim_id"], b["payer_claim_id"])
                   for a, b in zip(t["lines"], t["lines"][1:]))
        print(f"  {name}: {n_lines} lines, {n_pages} pages, {len(t['claims'])} claims"
              + (", claim continues across a page" if cont else ""))
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout217_"))
    else:
        out = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = make(out)
    print(f"wrote {len(made)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
