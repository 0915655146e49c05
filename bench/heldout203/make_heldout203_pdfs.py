"""Write the held-out set 203 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of
the five commonest real kinds, two of each (commercial member EOB, Medicare Summary Notice / Medicare Advantage
member EOB, state Medicaid remittance advice, Medicare-style paper remit from a clearinghouse or practice-
management system, family statement from a therapy clinic or hospital), each in a house style of its own.

Run:  python bench/heldout203/make_heldout203_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout203/make_heldout203_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Page drawing lives in h203kit.py (one page model, two renderers).
Truth format: the one of samples/pdf/eobgen.py (write_truth / truth_line), printed values only, null for what a
layout does not print (units null where no quantity is printed; description null where none is printed);
claim_id = the provider's own account / patient-control / visit number, payer_claim_id = the payer's claim
number / ICN / TCN, patient exactly as printed (the person served, not the subscriber or guarantor). A claim's
totals are the ones printed for it (null where the layout prints none). Every name, number, payer, provider,
address and ID is invented; descriptions are our own words.

Layouts:
  l01 commercial PPO member EOB, portrait, Liberation Sans (reportlab): shaded claim banners (patient +
      relationship, claim number, provider, patient account), Code column "97140-GP-59" apart from a wrapped
      description, 9 money columns (billed / plan discount / allowed / not covered / deductible / copay /
      coinsurance / plan paid / you owe) + note codes, 4 family members, a denied PR line, claim totals, a claim
      continued on page 2 under a repeated banner and header
  l02 commercial EPO member statement, landscape, DejaVu Sans Condensed (fpdf2): per-member sections, several
      claims each in a ruled grid, Mod and Qty columns, "$" amounts, per-visit copay, a not-covered line, a
      claim carried to page 2 under a repeated header; PLANTED wrong "Amount you owe" claim total
  l03 Medicare Advantage HMO monthly member EOB, portrait, DejaVu Serif (reportlab): cost summary section,
      claims with provider box, "Service provided" text with code and modifiers in parentheses that wraps,
      month-name dates, Provider's charge / Plan's approved / Plan's share / Your share / Note, a bundled line
      paid 0 and owed 0, a claim continued on page 2
  l04 Medicare Summary Notice Part B, portrait, core Helvetica (fpdf2): page-1 summary boxes, claims from page 2
      by provider with a Date column, "Service Provided & Billing Code" with modifiers on a second text line,
      Service Approved? Yes/No, Maximum You May Be Billed, note letters, a denied line, a claim that runs onto
      page 3 under a repeated header; no provider account numbers printed (claim_id null)
  l05 state Medicaid RA, landscape, core Courier (fpdf2): page banner with RA number and page, CLAIM STATUS
      sections PAID / DENIED / ADJUSTED, recipient heading (name LAST, FIRST / recipient ID / PAT ACCT / TCN),
      LN FROM TO (MMDDYY) PROC MD1 MD2 UNITS BILLED ALLOWED TPL AMT PAID AMT EOB, state EOB codes, a reversal
      with trailing-minus amounts and its replacement claim, RA totals
  l06 state Medicaid RA, portrait, Liberation Sans Narrow (reportlab): boxed claim blocks (Beneficiary Name /
      Beneficiary ID / Patient Account # / ICN / Status), service date ranges, "97140:GP:59", units "2.00",
      CARC "CO-45 12.34" and RARC columns, a denied claim, a Credited reversal in parentheses, claims and payment
      summary page
  l07 clearinghouse print of a Medicare Part B remit in standard paper style, landscape, core Courier
      (reportlab): NAME / MID / ACNT / ICN / ASG / MOA heading, PERF PROV, SERV DATE "0105 010526", POS, NOS,
      PROC, MODS, BILLED, ALLOWED, DEDUCT, COINS, GRP/RC-AMT with further adjustments stacked beneath, PROV PD,
      REM line, PT RESP / CLAIM TOTALS / NET rows, a status-22 reversal with negative amounts, a claim crossing
      the page break
  l08 practice-management "Remittance Posting Detail" for a Medicare payment, portrait, Liberation Sans Narrow
      (fpdf2): shaded claim rows (patient, Acct #, Payer Claim #), DOS "1/5/2026", Units "2.0", Charge /
      Allowed / Deduct / Coins / Paid / Pt Resp, adjustments as indented "Adj CO-45" sub-rows, a bundled CO-97
      line paid 0, claim and report totals
  l09 therapy clinic family statement of account, portrait, core Helvetica (reportlab): tear-off stub,
      Date / Patient / Visit # / Code / Mod / Description / Charges / Ins Paid / Ins Adj / Balance for three
      family members, an italic line under each visit with the insurer's claim number, payments as non-service
      rows, no per-visit totals, aging boxes, header repeated on page 2 (Ins Adj = discount, Balance =
      patient_owes)
  l10 hospital patient statement to a guarantor, portrait, DejaVu Sans (fpdf2): grey sidebar on page 1, four
      outpatient-rehab accounts for three family members, Date / Rev / CPT/HCPCS ("97140-GP", first modifier
      only) / wrapped description / Qty / Charges, account activity rows (payer payment naming its claim
      number, contractual adjustment, balance), an account continued on page 2; lines print charges only

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, its code,
modifiers, units, service date, every printed amount (with its sign), every adjustment code with its amount
and every remark are found on the very text row where the line is printed (pdfplumber words at the row's
baselines; wrapped cells and stacked sub-rows belong to the row); descriptions on the page; ids and patients
in the document text; the documents' own arithmetic (billed - discount - not covered = allowed; allowed -
deductible - copay - coinsurance = paid; billed - adjustments = paid and PR adjustments = patient share where
every adjustment is printed); every line belongs to a claim record; printed claim totals appear in the text
and equal the sum of their lines, except the planted mismatch, which must really be off and is declared as the
only expected finding.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

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
from h203kit import Doc, render_fpdf, render_rl, wrap  # noqa: E402

# A few more services this set uses (invented charges and schedule amounts, our own words).
for _c, _fee, _sch, _d in (
    ("97533", "98.00", "34.20", "Sensory integration activities"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("97035", "45.00", "14.33", "Ultrasound treatment"),
    ("97010", "25.00", "0.00", "Hot or cold pack application"),
    ("95992", "130.00", "41.96", "Canalith repositioning"),
    ("97018", "40.00", "8.71", "Paraffin bath"),
    ("A4556", "18.00", "12.64", "Electrodes, per pair"),
    ("96112", "320.00", "128.55", "Developmental testing, first hour"),
):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)

D = date
BUILT: dict[str, "Build"] = {}


class Build:
    """One document: the page model plus the truth being collected for it."""

    def __init__(self, name, layout, producer, W, H, description, adj_complete=False):
        self.name, self.layout, self.producer, self.description = name, layout, producer, description
        self.doc = Doc(W, H)
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.legend: list = []
        self.findings: list[str] = []
        self.adj_complete = adj_complete  # billed - printed adjustments = paid on every line
        self.mismatch: dict | None = None  # planted (payer_claim_id or claim_id, field, printed, sum)
        self.y = 0.0

    def line(self, s: Svc, y: float, size: float, *, cid, pcid, pat, printed, **kw) -> int:
        self.lines.append(truth_line(self.doc.pno, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                     printed=printed, **kw))
        idx = len(self.lines) - 1
        self.doc.mark(idx, y, size)
        return idx

    def claim(self, cid, pcid, pat, **tot) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**tot)})

    def footers(self, fn) -> None:
        n = len(self.doc.pages)
        keep = self.doc.pages
        for i, pg in enumerate(keep):
            self.doc.pages = [pg]
            fn(i + 1, n)
        self.doc.pages = keep

    def write(self, out: Path) -> None:
        path = out / f"{self.name}.pdf"
        (render_rl if self.producer == "reportlab" else render_fpdf)(self.doc, path, self.layout)
        write_truth(path, self.layout, self.producer, len(self.doc.pages), self.description, self.lines,
                    self.claims, self.legend, self.findings)
        BUILT[self.name] = self


def days(start: date, *offs: int) -> list[date]:
    return [start + timedelta(days=o) for o in offs]


def M(s: Decimal, style=",", neg="-") -> str:
    return money(s, style, neg)


# =============================================================================================== L01
def l01(out: Path) -> None:
    """Commercial PPO member EOB, portrait, reportlab Liberation Sans, shaded claim banners."""
    b = Build("h203_l01_ppo_family_eob", "h203_l01_ppo_family_eob", "reportlab", 612, 792,
              "Commercial PPO member EOB for a family of four: shaded claim banners, code column apart from a "
              "wrapped description, 12 money columns, claim continued on page 2 with banner and header repeated.")
    doc = b.doc
    F, FB = "LibSans", "LibSans-B"
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"))
    fam = [
        ("Nora Okafor-Lind", "Dependent", "Lakeshore Pediatric Therapy", "LPT-66120", "26012A000418",
         [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 8), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 8), "97533", 1, ("GO",)), Svc(D(2026, 1, 13), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 13), "97535", 1, ("GO",))]),
        ("Dale Okafor-Lind", "Subscriber", "Northgate Spine & Sport PT", "NSS-3307841", "26012A000977",
         [Svc(D(2026, 1, 5), "97162", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")),
          Svc(D(2026, 1, 7), "97010", 1, ("GP",), denied="PR"), Svc(D(2026, 1, 12), "97112", 2, ("GP",)),
          Svc(D(2026, 1, 12), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 14), "97110", 3, ("GP",)),
          Svc(D(2026, 1, 14), "97035", 1, ("GP",)), Svc(D(2026, 1, 16), "97530", 2, ("GP",)),
          Svc(D(2026, 1, 16), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 20), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 20), "97112", 1, ("GP",)), Svc(D(2026, 1, 22), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 22), "97140", 1, ("GP", "59"))]),
        ("Simone Okafor-Lind", "Spouse", "Harbor Hand & Upper Limb Clinic", "HH-2026-0114", "26013B001256",
         [Svc(D(2026, 1, 9), "97166", 1, ("GO",)), Svc(D(2026, 1, 9), "L3807", 1, ("RT",)),
          Svc(D(2026, 1, 9), "97760", 1, ("GO",)), Svc(D(2026, 1, 19), "97140", 2, ("GO",)),
          Svc(D(2026, 1, 19), "99213", 1, ("25",))]),
        ("Theo Okafor-Lind", "Dependent", "Lakeshore Pediatric Therapy", "LPT-66187", "26014A000233",
         [Svc(D(2026, 1, 21), "92523", 1, ()), Svc(D(2026, 1, 23), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
    ]
    notes = {"97010": "X2", "L3807": "K7"}
    for pat, rel, prov, acct, clm, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["A1"] + ([notes[s.code]] if s.code in notes else []) + (["D3"] if s.deductible else [])
    cols = [("Service", "date", 36, "l"), ("Code", "", 76, "l"), ("What the", "service was", 130, "l"),
            ("Amount", "billed", 258, "r"), ("Plan", "discount", 296, "r"), ("Allowed", "amount", 334, "r"),
            ("Not", "covered", 368, "r"), ("Deduct-", "ible", 400, "r"), ("Copay", "", 430, "r"),
            ("Coins-", "urance", 466, "r"), ("Plan", "paid", 504, "r"), ("You", "owe", 542, "r"),
            ("Notes", "", 548, "l")]

    def header_block():
        doc.t(36, 48, "MERIDIAN CREST", FB, 16)
        doc.t(36, 60, "HEALTH PLAN  |  PPO Choice 1500", F, 8)
        doc.t(576, 44, "Explanation of Benefits", FB, 13, "r")
        doc.t(576, 57, "THIS IS NOT A BILL", FB, 9, "r")
        doc.t(576, 69, "Statement date: February 2, 2026", F, 8, "r")

    def col_head(y):
        doc.hl(36, 576, y - 9, 0.8)
        for a, bb, x, al in cols:
            doc.t(x, y, a, FB, 6.5, al)
            if bb:
                doc.t(x, y + 7.5, bb, FB, 6.5, al)
        doc.hl(36, 576, y + 11, 0.5)
        return y + 22

    def banner(y, pat, rel, prov, acct, clm, cont=False):
        doc.box(36, y, 540, 26, 0.4, 0.9)
        doc.t(42, y + 10, f"Patient: {pat} ({rel})" + ("  - claim continued" if cont else ""), FB, 8)
        doc.t(330, y + 10, f"Claim number: {clm}", F, 8)
        doc.t(42, y + 21, f"Provider: {prov}", F, 7.5)
        doc.t(330, y + 21, f"Patient account: {acct}", F, 7.5)
        doc.t(470, y + 21, "Network: In-network", F, 7.5)
        return y + 40

    header_block()
    doc.t(36, 96, "Dale Okafor-Lind", F, 9)
    doc.t(36, 107, "4182 Wrenfield Terrace", F, 9)
    doc.t(36, 118, "Maple Hollow, OR 97199-0412", F, 9)
    doc.box(340, 86, 236, 46, 0.5)
    for i, (k, v) in enumerate((("Subscriber", "Dale Okafor-Lind"), ("Member ID", "MCX 4471 0092 18"),
                                ("Group", "00871 Harlow Cabinetworks"), ("Period", "01/01/26 - 01/31/26"))):
        doc.t(346, 96 + i * 10, k, FB, 7.5)
        doc.t(410, 96 + i * 10, v, F, 7.5)
    allsv = [s for f in fam for s in f[5]]
    doc.box(36, 142, 540, 36, 0.5, 0.95)
    for i, (k, v) in enumerate((("Providers billed", total(allsv, "billed")), ("Your plan paid", total(allsv, "paid")),
                                ("You may owe providers", total(allsv, "owes")))):
        doc.t(60 + i * 180, 156, k, F, 8)
        doc.t(60 + i * 180, 170, money(v), FB, 11)
    doc.t(36, 194, "Family deductible (in-network): $750.00 per year, $250.00 per person. Met so far this year: "
          "$250.00 (Nora)", F, 7.5)
    y = col_head(220)
    bottom = 730
    for pat, rel, prov, acct, clm, svcs in fam:
        if y + 64 > bottom:
            doc.new_page()
            header_block()
            y = col_head(100)
        y = banner(y, pat, rel, prov, acct, clm)
        for s in svcs:
            dl = wrap(s.desc, 24)
            if y + 10 * len(dl) + 4 > bottom:
                doc.new_page()
                header_block()
                y = banner(96, pat, rel, prov, acct, clm, cont=True)
                y = col_head(y + 2)
            doc.t(36, y, dfmt(s.dos, "mdy2"), F, 7)
            doc.t(76, y, s.code + ("-" + "-".join(s.mods) if s.mods else ""), F, 7)
            for k, ln in enumerate(dl):
                doc.t(130, y + k * 8.5, ln, F, 7)
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid,
                    s.owes]
            for (a, bb, x, al), v in zip(cols[3:12], vals):
                doc.t(x, y, M(v), F, 7, "r")
            doc.t(548, y, " ".join(s.remarks), F, 7)
            b.line(s, y, 7, cid=acct, pcid=clm, pat=pat, remarks=s.remarks, units=False,
                   printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                            "paid", "patient_owes"))
            y += 8.5 * len(dl) + 3
        doc.hl(258 - 40, 576, y - 5, 0.4)
        tv = [total(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                        "coinsurance", "paid", "owes")]
        doc.t(130, y + 3, "Claim totals", FB, 7)
        for (a, bb, x, al), v in zip(cols[3:12], tv):
            doc.t(x, y + 3, M(v), FB, 7, "r")
        b.claim(acct, clm, pat, billed=tv[0], allowed=tv[2], paid=tv[7], patient_owes=tv[8])
        y += 22
    legend = [("A1", "Your provider is in our network, so you are not billed for the plan discount."),
              ("D3", "Part of this amount went toward your yearly deductible."),
              ("X2", "Heat or cold packs are not a separate benefit on this plan; the provider may bill you."),
              ("K7", "The brace was priced as a supply under your durable equipment benefit.")]
    if y + 80 > bottom:
        doc.new_page()
        header_block()
        y = 100
    doc.t(36, y + 6, "What the notes mean", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.t(36, y + 20 + i * 10, k, FB, 7.5)
        doc.t(60, y + 20 + i * 10, v, F, 7.5)
    b.legend = legend

    def foot(i, n):
        doc.hl(36, 576, 752, 0.4)
        doc.t(36, 764, "Questions? Member Services 1-800-555-0143 (TTY 711), Monday-Friday 8 a.m.-6 p.m.", F, 7)
        doc.t(576, 764, f"Page {i} of {n}", F, 7, "r")
    b.footers(foot)
    b.write(out)


# =============================================================================================== L02
def l02(out: Path) -> None:
    """Commercial EPO member EOB, landscape fpdf2 DejaVu Sans Condensed, full grid; planted total mismatch."""
    b = Build("h203_l02_epo_member_grid", "h203_l02_epo_member_grid", "fpdf2", 792, 612,
              "Commercial EPO member statement, landscape grid with vertical rules; per-member sections, several "
              "claims each, Mod and Qty columns, per-visit copay, a not-covered line, claim rows carried onto the "
              "next page under a repeated header; one claim's Amount you owe total is printed wrong (planted).")
    doc = b.doc
    F, FB = "DVCond", "DVCond-B"
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.74"))
    data = [
        ("Ruth Castellano-Iwu", "Self", [
            ("BW-40211", "7Q2601-884310", "Cedar Row Rehabilitation", [
                Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP", "KX")),
                Svc(D(2026, 1, 8), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 8), "97116", 1, ("GP",)),
                Svc(D(2026, 1, 8), "G0283", 1, ("GP",))]),
            ("BW-40388", "7Q2601-902174", "Cedar Row Rehabilitation", [
                Svc(D(2026, 1, 12), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 12), "97140", 1, ("GP", "59")),
                Svc(D(2026, 1, 15), "97112", 2, ("GP",)), Svc(D(2026, 1, 15), "97018", 1, ("GP",), denied="PR"),
                Svc(D(2026, 1, 19), "97530", 2, ("GP",)), Svc(D(2026, 1, 19), "97110", 1, ("GP", "KX"))])]),
        ("Malik Castellano-Iwu", "Son", [
            ("SK-118-2207", "7Q2601-915532", "Sparrow Kids Speech & OT", [
                Svc(D(2026, 1, 7), "92523", 1, ()), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
                Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
            ("SK-118-2290", "7Q2601-930067", "Sparrow Kids Speech & OT", [
                Svc(D(2026, 1, 9), "97167", 1, ("GO",)), Svc(D(2026, 1, 16), "97530", 3, ("GO",)),
                Svc(D(2026, 1, 23), "97533", 2, ("GO",)), Svc(D(2026, 1, 30), "97530", 2, ("GO",))])]),
        ("Ines Castellano-Iwu", "Daughter", [
            ("SK-118-2301", "7Q2602-004419", "Sparrow Kids Speech & OT", [
                Svc(D(2026, 1, 22), "96112", 1, ()), Svc(D(2026, 1, 29), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 29), "97535", 1, ("GO",))])]),
    ]
    for _, _, cls in data:
        for _, _, _, svcs in cls:
            for s in svcs:
                commercial(s, st, deny_reason="96")
                s.remarks = ["NC"] if s.denied else (["CP"] if s.copay else [])
    xs = [(30, "l", "Date of", "service"), (82, "l", "Procedure", ""), (124, "l", "Mod", ""), (156, "r", "Qty", ""),
          (162, "l", "Description", ""), (358, "r", "Provider's", "charge"), (408, "r", "Amount", "you save"),
          (458, "r", "Covered", "by plan"), (506, "r", "Member", "deductible"), (552, "r", "Member", "copay"),
          (604, "r", "Member", "coinsurance"), (652, "r", "Plan", "payment"), (708, "r", "Amount", "you owe"),
          (714, "l", "Remark", "")]
    vlines = [28, 80, 122, 160, 322, 362, 412, 462, 510, 556, 608, 656, 712, 762]

    def page_head():
        doc.t(30, 40, "Blue Willow Health  EPO", FB, 15)
        doc.t(30, 53, "Member Statement of Claims Processed  -  this is not a bill", F, 8.5)
        doc.t(762, 38, "Subscriber: Ruth Castellano-Iwu", F, 8, "r")
        doc.t(762, 49, "Member no. BWH-0046-7713-01", F, 8, "r")
        doc.t(762, 60, "Statement issued 02/02/2026", F, 8, "r")

    def grid_head(y):
        doc.box(28, y, 734, 22, 0.5, 0.85)
        for x, al, a, c in xs:
            doc.t(x, y + 9, a, FB, 6.8, al)
            if c:
                doc.t(x, y + 17, c, FB, 6.8, al)
        return y + 22

    page_head()
    doc.t(30, 82, "Ruth Castellano-Iwu", F, 9)
    doc.t(30, 93, "77 Quillan Bend Road, Apt 4", F, 9)
    doc.t(30, 104, "Fernhaven, MN 55799", F, 9)
    doc.t(420, 82, "Your plan year deductible has been met ($500.00 of $500.00).", F, 8)
    doc.t(420, 93, "Out-of-pocket maximum used: $1,312.40 of $4,000.00", F, 8)
    y = 124
    bottom = 560
    seg_top = None

    def close_seg(y_end):
        if seg_top is not None:
            for x in vlines:
                doc.vl(x, seg_top, y_end, 0.3)
            doc.hl(28, 762, y_end, 0.5)

    mismatch_done = False
    for member, rel, cls in data:
        if y + 70 > bottom:
            doc.new_page()
            page_head()
            y = 80
        doc.t(30, y + 10, f"Member: {member}  ({rel})", FB, 9.5)
        y += 16
        for acct, clm, prov, svcs in cls:
            if y + 40 > bottom:
                doc.new_page()
                page_head()
                y = 80
            doc.t(30, y + 9, f"Claim ID {clm}    Patient acct no. {acct}    Provided by: {prov}    Patient: {member}",
                  F, 7.5)
            y = grid_head(y + 13)
            seg_top = y - 22
            for s in svcs:
                if y + 12 > bottom:
                    close_seg(y)
                    doc.t(762, y + 10, "continued on next page", F, 7, "r")
                    doc.new_page()
                    page_head()
                    doc.t(30, 89, f"Claim ID {clm} (continued)    Patient: {member}", F, 7.5)
                    y = grid_head(94)
                    seg_top = y - 22
                yy = y + 9
                doc.t(30, yy, dfmt(s.dos, "mdy4"), F, 7)
                doc.t(82, yy, s.code, F, 7)
                doc.t(124, yy, " ".join(s.mods), F, 7)
                doc.t(156, yy, units_str(s.units), F, 7, "r")
                doc.t(162, yy, s.desc[:34], F, 7)
                vals = [s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
                for (x, al, _, _), v in zip(xs[5:13], vals):
                    doc.t(x, yy, M(v, "$"), F, 7, "r")
                doc.t(716, yy, " ".join(s.remarks), F, 7)
                doc.hl(28, 762, y + 12, 0.2)
                b.line(s, yy, 7, cid=acct, pcid=clm, pat=member, remarks=s.remarks,
                       overrides={"description": s.desc[:34]},
                       printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid",
                                "patient_owes"))
                y += 12
            tv = [total(svcs, k) for k in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                            "paid", "owes")]
            printed_owes = tv[7]
            if clm == "7Q2601-930067" and not mismatch_done:
                printed_owes = tv[7] + Decimal("10.00")
                mismatch_done = True
                b.findings.append(f"claim-total-mismatch claim {clm}: printed Amount you owe total "
                                  f"{printed_owes} but the lines add up to {tv[7]}")
                b.mismatch = {"claim": clm, "field": "patient_owes", "printed": printed_owes, "sum": tv[7]}
            yy = y + 9
            doc.t(162, yy, "Claim total", FB, 7)
            for (x, al, _, _), v in zip(xs[5:13], tv[:7] + [printed_owes]):
                doc.t(x, yy, M(v, "$"), FB, 7, "r")
            y += 12
            close_seg(y)
            b.claim(acct, clm, member, billed=tv[0], allowed=tv[2], paid=tv[6], patient_owes=printed_owes)
            seg_top = None
            y += 10
    legend = [("CP", "A fixed copay for the visit was taken from the covered amount."),
              ("NC", "Paraffin treatment is not a covered benefit; you are responsible for the charge.")]
    if y + 40 > bottom:
        doc.new_page()
        page_head()
        y = 80
    doc.t(30, y + 10, "Remark codes", FB, 8)
    for i, (k, v) in enumerate(legend):
        doc.t(30, y + 22 + 10 * i, f"{k}   {v}", F, 7.5)
    b.legend = legend

    def foot(i, n):
        doc.t(30, 590, "Blue Willow Health, PO Box 4410, Fernhaven MN 55790  |  Call 1-888-555-0172", F, 6.8)
        doc.t(762, 590, f"Page {i} of {n}", F, 6.8, "r")
    b.footers(foot)
    b.write(out)


# =============================================================================================== L03
def l03(out: Path) -> None:
    """Medicare Advantage member EOB (monthly), portrait reportlab DejaVu Serif."""
    b = Build("h203_l03_ma_member_monthly", "h203_l03_ma_member_monthly", "reportlab", 612, 792,
              "Medicare Advantage HMO monthly member EOB: cost summary section, then medical claims with provider "
              "block, service named with code in parentheses, month-name dates, per-visit copay as Your share, a "
              "bundled line the plan does not pay and you do not owe; a claim runs onto the next page.")
    doc = b.doc
    F, FB = "DVSerif", "DVSerif-B"
    pat = "Rosalind M. Achterberg"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.46"))
    cls = [
        ("0326-71150-2", "MA26-0118-55410", "Tidewater Outpatient Therapy", [
            Svc(D(2026, 1, 6), "97161", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 9), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 9), "97010", 1, ("GP",), denied="CO"), Svc(D(2026, 1, 13), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 13), "97110", 1, ("GP",)), Svc(D(2026, 1, 16), "97530", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 16), "97140", 1, ("GP", "CQ")), Svc(D(2026, 1, 20), "97110", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 20), "97112", 1, ("GP", "CQ")), Svc(D(2026, 1, 23), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 23), "97530", 1, ("GP",))]),
        ("0326-71188-0", "MA26-0121-60233", "Tidewater Outpatient Therapy", [
            Svc(D(2026, 1, 14), "95992", 1, ("GP",)), Svc(D(2026, 1, 14), "97112", 1, ("GP",))]),
        ("BV-552019", "MA26-0126-70118", "Bayview Hand Center", [
            Svc(D(2026, 1, 21), "97165", 1, ("GO",)), Svc(D(2026, 1, 21), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 21), "L3807", 1, ("LT",)), Svc(D(2026, 1, 28), "97140", 2, ("GO",))]),
        ("K-88213", "MA26-0130-81902", "Kestrel Family Medicine", [
            Svc(D(2026, 1, 27), "99213", 1, ())]),
    ]
    for _, _, _, svcs in cls:
        for s in svcs:
            commercial(s, st, deny_reason="97")
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else [])
    allsv = [s for c in cls for s in c[3]]

    def head(first):
        doc.t(40, 46, "HARBORLIGHT MEDICARE ADVANTAGE", FB, 13)
        doc.t(40, 59, "Harborlight Classic (HMO)  -  H9921-004", F, 8)
        doc.t(572, 46, "Explanation of Benefits", FB, 11, "r")
        doc.t(572, 59, "for January 2026 - not a bill", F, 8, "r")
        if not first:
            doc.t(40, 74, f"Member: {pat}   Member ID: HLM884120073", F, 7.5)

    head(True)
    doc.t(40, 92, pat, F, 9)
    doc.t(40, 104, "1209 Larkspur Row", F, 9)
    doc.t(40, 116, "Calder Point, VA 23999", F, 9)
    doc.t(380, 92, "Member ID: HLM884120073", F, 8)
    doc.t(380, 104, "Claims processed: 01/01/2026 - 01/31/2026", F, 8)
    doc.t(40, 148, "Section 1  Your costs summary", FB, 10)
    doc.hl(40, 572, 153, 1)
    rows = [("Total provider charges", total(allsv, "billed")), ("Plan's approved amount", total(allsv, "allowed")),
            ("Plan's share (what we paid)", total(allsv, "paid")), ("Your share", total(allsv, "owes"))]
    for i, (k, v) in enumerate(rows):
        doc.t(60, 168 + i * 13, k, F, 8.5)
        doc.t(300, 168 + i * 13, money(v), F, 8.5, "r")
    doc.t(330, 168, "Your out-of-pocket maximum for 2026 is $4,900.00.", F, 7.5)
    doc.t(330, 180, "You have paid $180.00 toward it so far.", F, 7.5)
    doc.t(40, 236, "Section 2  Your medical claims in detail", FB, 10)
    doc.hl(40, 572, 241, 1)
    y = 258
    bottom = 738
    cx = [(40, "l", "Date of service"), (138, "l", "Service provided"), (392, "r", "Provider's charge"),
          (450, "r", "Plan's approved"), (500, "r", "Plan's share"), (542, "r", "Your share"), (548, "l", "Note")]

    def th(y):
        for x, al, h in cx:
            for k, part in enumerate(wrap(h, 10)):
                doc.t(x, y + k * 8, part, FB, 7, al)
        doc.hl(40, 572, y + 11, 0.5)
        return y + 22

    for acct, clm, prov, svcs in cls:
        if y + 80 > bottom:
            doc.new_page()
            head(False)
            y = 92
        doc.box(40, y, 532, 30, 0.5)
        doc.t(46, y + 12, f"{prov}", FB, 8.5)
        doc.t(46, y + 24, f"Claim number {clm}   Your provider's account {acct}   Patient: {pat}", F, 7.5)
        y = th(y + 42)
        for s in svcs:
            txt = f"{s.desc} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})"
            tl = wrap(txt, 44)
            if y + 10 * len(tl) > bottom:
                doc.t(572, y + 4, "Claim continues on the next page", F, 7, "r")
                doc.new_page()
                head(False)
                doc.t(40, 96, f"{prov} - claim number {clm} (continued)", FB, 8.5)
                y = th(108)
            doc.t(40, y, dfmt(s.dos, "month"), F, 7.5)
            for k, part in enumerate(tl):
                doc.t(138, y + k * 9, part, F, 7.5)
            for (x, al, _), v in zip(cx[2:6], (s.billed, s.allowed, s.paid, s.owes)):
                doc.t(x, y, money(v), F, 7.5, "r")
            doc.t(552, y, ",".join(s.remarks), F, 7.5)
            b.line(s, y, 7.5, cid=acct, pcid=clm, pat=pat, remarks=s.remarks, units=False,
                   printed=("billed", "allowed", "paid", "patient_owes"))
            for k in range(1, len(tl)):  # the service cell wraps: the row is two text lines tall
                b.doc.mark(len(b.lines) - 1, y + k * 9, 7.5)
            y += 9 * len(tl) + 4
        tv = [total(svcs, k) for k in ("billed", "allowed", "paid", "owes")]
        doc.hl(300, 572, y - 6, 0.4)
        doc.t(138, y + 3, "Totals for this claim", FB, 7.5)
        for (x, al, _), v in zip(cx[2:6], tv):
            doc.t(x, y + 3, money(v), FB, 7.5, "r")
        b.claim(acct, clm, pat, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        y += 26
    legend = [("1", "Your plan's copay for an outpatient therapy visit."),
              ("4", "Payment for this service is included in another service on the same day. You do not owe it.")]
    if y + 50 > bottom:
        doc.new_page()
        head(False)
        y = 96
    doc.t(40, y, "Notes about your claims", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.t(40, y + 13 + 11 * i, f"{k}.  {v}", F, 7.5)
    b.legend = legend

    def foot(i, n):
        doc.t(40, 770, "H9921_EOB26_M   Harborlight Member Services 1-877-555-0190 (TTY 711), 8 a.m.-8 p.m., "
              "seven days a week", F, 6.5)
        doc.t(572, 770, f"Page {i} of {n}", F, 6.5, "r")
    b.footers(foot)
    b.write(out)


# =============================================================================================== L04
def l04(out: Path) -> None:
    """Medicare Summary Notice Part B, portrait fpdf2 core Helvetica."""
    b = Build("h203_l04_msn_partb_dated", "h203_l04_msn_partb_dated", "fpdf2", 612, 792,
              "Medicare Summary Notice for Part B: page-1 summary with deductible and approval boxes, claims from "
              "page 2 grouped by provider, a date column beside 'Service Provided & Billing Code', notes letters; "
              "one provider's claim runs past a page break under a repeated header.")
    doc = b.doc
    F, FB = "Helvetica", "Helvetica-Bold"
    pat = "EUGENE P VANTREESE"
    st = PlanState(ded_left=Decimal("283.00"))
    cls = [
        ("26-0107-448-2219", "Riverbend Physical Therapy, (555) 014-2290", [
            Svc(D(2026, 1, 7), "97162", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP", "KX")),
            Svc(D(2026, 1, 9), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 12), "97112", 2, ("GP",)), Svc(D(2026, 1, 12), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 14), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 14), "97530", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 16), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 16), "97116", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 19), "97110", 2, ("GP",)), Svc(D(2026, 1, 19), "0552T", 1, ("GP",), denied="PR"),
            Svc(D(2026, 1, 21), "97112", 2, ("GP",)), Svc(D(2026, 1, 21), "97140", 1, ("GP", "59"))]),
        ("26-0121-553-0874", "Oakhurst Speech Associates, (555) 014-7765", [
            Svc(D(2026, 1, 20), "92523", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "92526", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 27), "92526", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92526", 1, ("GN",)), Svc(D(2026, 1, 30), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 30), "92526", 1, ("GN",)), Svc(D(2026, 1, 30), "97129", 1, ("GN",))]),
        ("26-0126-610-3318", "Dr. Anneliese Korhonen, (555) 014-3021", [
            Svc(D(2026, 1, 26), "99213", 1, ())]),
    ]
    for _, _, svcs in cls:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
    allsv = [s for c in cls for s in c[2]]
    doc.t(40, 50, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 14)
    doc.t(40, 66, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          F, 8)
    doc.t(40, 92, pat, FB, 9)
    doc.t(40, 103, "56 HOLLIS MILL RD", F, 9)
    doc.t(40, 114, "PEMBRIDGE NH 03999-2214", F, 9)
    doc.box(330, 84, 242, 58, 0.6)
    doc.t(338, 96, "Notice for", F, 8)
    doc.t(338, 107, "Eugene P Vantreese", FB, 9)
    doc.t(338, 120, "Medicare Number   XXX-XX-7Q41", F, 8)
    doc.t(338, 132, "Date of This Notice   February 2, 2026", F, 8)
    doc.t(40, 166, "THIS IS NOT A BILL", FB, 11)
    doc.box(40, 176, 250, 92, 0.6)
    doc.t(48, 190, "Your Deductible Status", FB, 9.5)
    doc.t(48, 206, "Your deductible is what you must pay each year", F, 7.5)
    doc.t(48, 216, "before Medicare starts to pay.", F, 7.5)
    doc.t(48, 232, "Part B Deductible: You have now met $283.00", F, 7.5)
    doc.t(48, 242, "of your $283.00 deductible for 2026.", F, 7.5)
    doc.box(322, 176, 250, 92, 0.6)
    doc.t(330, 190, "Your Claims & Costs This Period", FB, 9.5)
    doc.t(330, 206, "Did Medicare approve all services?     NO", F, 7.5)
    doc.t(330, 218, "Number of services Medicare denied     1", F, 7.5)
    doc.t(330, 232, "Total you may be billed", F, 7.5)
    doc.t(564, 232, money(total(allsv, "owes")), FB, 9, "r")
    doc.t(330, 246, "See page 2 for details.", F, 7.5)
    doc.t(40, 300, "Providers with Claims This Period", FB, 10)
    for i, (_, prov, svcs) in enumerate(cls):
        doc.t(48, 316 + 12 * i, f"{dfmt(svcs[0].dos, 'month')} - {prov.split(',')[0]}", F, 8)
    doc.t(40, 380, "Be Informed! Medicare will never call you to ask for your Medicare Number. Hang up and call "
          "1-800-MEDICARE if someone does.", F, 7.5)
    doc.new_page()
    cx = [(40, "l", ["Date"]), (88, "l", ["Service Provided & Billing Code"]), (316, "c", ["Service", "Approved?"]),
          (382, "r", ["Amount", "Provider", "Charged"]), (438, "r", ["Medicare-", "Approved", "Amount"]),
          (492, "r", ["Amount", "Medicare", "Paid"]), (546, "r", ["Maximum", "You May", "Be Billed"]),
          (572, "r", ["See", "Notes"])]

    def th(y):
        doc.box(40, y, 532, 30, 0.4, 0.88)
        for x, al, parts in cx:
            for k, p in enumerate(parts):
                doc.t(x if al != "l" else x + 2, y + 9 + k * 8, p, FB, 6.8, al)
        return y + 42

    def top():
        doc.t(40, 44, f"{pat}", FB, 8)
        doc.t(572, 44, "Part B Medical Insurance - Your Claims", FB, 8, "r")

    top()
    y = 64
    bottom = 730
    for clm, prov, svcs in cls:
        if y + 90 > bottom:
            doc.new_page()
            top()
            y = 64
        doc.t(40, y + 8, prov, FB, 9)
        doc.t(40, y + 20, f"Claim Number: {clm}    Received: {dfmt(svcs[0].dos + timedelta(days=9), 'mon')}", F, 7.5)
        y = th(y + 28)
        for s in svcs:
            if y + 20 > bottom:
                doc.t(572, y, "Continued on next page", F, 7, "r")
                doc.new_page()
                top()
                doc.t(40, 72, f"{prov.split(',')[0]} (continued)  Claim Number: {clm}", FB, 8.5)
                y = th(80)
            doc.t(40, y, dfmt(s.dos, "mdy2"), F, 7.5)
            doc.t(88, y, f"{s.desc} ({s.code})", F, 7.5)
            doc.t(88, y + 9, "Modifiers: " + " ".join(s.mods) if s.mods else "", F, 6.5)
            doc.t(316, y, "No" if s.denied else "Yes", F, 7.5, "c")
            for (x, al, _), v in zip(cx[3:7], (s.billed, s.allowed, s.paid, s.owes)):
                doc.t(x, y, money(v), F, 7.5, "r")
            doc.t(572, y, " ".join(s.remarks), F, 7.5, "r")
            b.line(s, y, 7.5, cid=None, pcid=clm, pat=pat, remarks=s.remarks, units=False,
                   printed=("billed", "allowed", "paid", "patient_owes"))
            b.doc.mark(len(b.lines) - 1, y + 9, 6.5)
            y += 22
        tv = [total(svcs, k) for k in ("billed", "allowed", "paid", "owes")]
        doc.hl(340, 572, y - 8, 0.5)
        doc.t(88, y + 2, "Total for this claim", FB, 7.5)
        for (x, al, _), v in zip(cx[3:7], tv):
            doc.t(x, y + 2, money(v), FB, 7.5, "r")
        b.claim(None, clm, pat, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        y += 26
    legend = [("A", "This approved amount went toward your Part B deductible."),
              ("B", "Medicare paid 80% of the approved amount after the deductible; a 2% federal reduction applies."),
              ("C", "Medicare does not pay for this item; the provider told you beforehand that you may have to pay.")]
    if y + 60 > bottom:
        doc.new_page()
        top()
        y = 64
    doc.t(40, y + 6, "Notes for Your Claims", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.t(40, y + 20 + 11 * i, f"{k}  {v}", F, 7.5)
    b.legend = legend

    def foot(i, n):
        doc.t(306, 772, f"Page {i} of {n}", F, 7, "c")
    b.footers(foot)
    b.write(out)


# =============================================================================================== L05
def l05(out: Path) -> None:
    """State Medicaid RA, landscape fpdf2 core Courier, sections PAID / DENIED / ADJUSTED."""
    b = Build("h203_l05_medicaid_ra_courier", "h203_l05_medicaid_ra_courier", "fpdf2", 792, 612,
              "State Medicaid remittance advice printed in monospace: page banner with RA number, sections for "
              "paid, denied and adjusted claims, recipient heading per claim with TCN and patient account, detail "
              "lines with MMDDYY from/to dates, two modifier columns, TPL column, state EOB codes; an adjustment "
              "shows the original claim reversed with trailing minus signs and the replacement; header repeated, "
              "claims carried across pages.")
    doc = b.doc
    F, FB = "Courier", "Courier-Bold"
    fs = 7.4
    cw = fs * 0.6

    def X(col):
        return 24 + col * cw

    paid = [
        ("HOLLOWAY, JUNE", "0049127736", "SLP-20931", "2602712004417000", [
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("HOLLOWAY, MARCUS", "0049127744", "SLP-20932", "2602712004418000", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 8), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 15), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97530", 3, ("GO",)), Svc(D(2026, 1, 22), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 27), "97530", 3, ("GO",)), Svc(D(2026, 1, 29), "97535", 2, ("GO",))]),
        ("PRZYBYLSKI, ANYA", "0051880214", "SLP-21007", "2602712004421000", [
            Svc(D(2026, 1, 9), "97161", 1, ("GP",)), Svc(D(2026, 1, 12), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 12), "97112", 2, ("GP",)), Svc(D(2026, 1, 16), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 16), "97116", 2, ("GP",)), Svc(D(2026, 1, 23), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 23), "97140", 1, ("GP", "59")), Svc(D(2026, 1, 30), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 30), "97112", 2, ("GP",)), Svc(D(2026, 1, 31), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 31), "97116", 1, ("GP",))]),
        ("TEMBO, ELIAS", "0053310987", "SLP-21044", "2602712004425000", [
            Svc(D(2026, 1, 14), "92526", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 21), "92526", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 28), "92526", 1, ("GN",)), Svc(D(2026, 1, 28), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 30), "92526", 1, ("GN",))]),
    ]
    denied = [
        ("OYELARAN, DEBORAH", "0050012776", "SLP-20988", "2602712004430000", [
            Svc(D(2026, 1, 19), "97530", 2, ("GO",), denied="CO"), Svc(D(2026, 1, 19), "97535", 1, ("GO",),
                                                                          denied="CO")]),
    ]
    orig = Svc(D(2025, 12, 15), "97530", 2, ("GO",))
    repl = Svc(D(2025, 12, 15), "97530", 3, ("GO",))
    for grp in (paid,):
        for *_, svcs in grp:
            for s in svcs:
                medicaid(s)
                s.remarks = ["0412"] if s.discount else ["0010"]
    for *_, svcs in denied:
        for s in svcs:
            medicaid(s, deny_reason="197")
            s.remarks = ["1730"]
    medicaid(orig)
    medicaid(repl)
    rev = negate(orig)
    rev.remarks = ["0902"]
    repl.remarks = ["0903"]
    adjusted = [("HOLLOWAY, MARCUS", "0049127744", "SLP-20744", "2601512003309000", [rev], "ORIGINAL CLAIM REVERSED"),
                ("HOLLOWAY, MARCUS", "0049127744", "SLP-20744", "2602712004440000", [repl], "REPLACEMENT CLAIM")]

    def banner(sect):
        doc.t(X(0), 30, "STATE OF NEW CASCADIA          DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE", FB, fs)
        doc.t(X(0), 40, "REMITTANCE ADVICE                    RA NO: 0004418821   RA DATE: 02/02/26   "
              f"PAGE: {doc.pno:>3}", F, fs)
        doc.t(X(0), 50, "PROVIDER: BRIGHT HARBOR THERAPY GROUP      PROVIDER ID: 3300481920   NPI: 1999000413", F, fs)
        doc.t(X(0), 64, f"CLAIM STATUS: {sect}", FB, fs)
        doc.t(X(0), 78, "LN  FROM    TO      PROC  MD1 MD2  UNITS      BILLED    ALLOWED    TPL AMT   PAID AMT"
              "   EOB", FB, fs)
        doc.t(X(0), 86, "-" * 150, F, fs)
        return 98

    y = banner("PAID")
    bottom = 560
    lh = 10

    def detail(k, s, y, idx_args, sign="-"):
        neg = "trail"
        u = units_str(abs(s.units))
        row = (f"{k:>2}  {dfmt(s.dos, 'mdy6')}  {dfmt(s.dos, 'mdy6')}  {s.code:<5} "
               f"{(s.mods[0] if s.mods else ''):<3} {(s.mods[1] if len(s.mods) > 1 else ''):<3} "
               f"{u:>6} {M(s.billed, ',', neg):>11} {M(s.allowed, ',', neg):>10} {M(ZERO):>10} "
               f"{M(s.paid, ',', neg):>10}   {' '.join(s.remarks)}")
        doc.t(X(0), y, row, F, fs)
        cid, pcid, pat = idx_args
        b.line(s, y, fs, cid=cid, pcid=pcid, pat=pat, remarks=s.remarks, printed=("billed", "allowed", "paid"),
               description=False)

    def section(name, claims, note=None):
        nonlocal y
        if y + 60 > bottom:
            doc.new_page()
            y = banner(name)
        elif name != "PAID":
            doc.t(X(0), y + 4, f"CLAIM STATUS: {name}", FB, fs)
            y += 18
        for c in claims:
            rname, rid, acct, tcn, svcs = c[:5]
            if y + 3 * lh > bottom:
                doc.new_page()
                y = banner(name)
            head = f"RECIP NAME: {rname:<20} RECIP ID: {rid}   PAT ACCT: {acct:<11} TCN: {tcn}"
            doc.t(X(0), y, head, FB, fs)
            if len(c) > 5:
                doc.t(X(112), y, c[5], F, fs)
            y += lh
            for k, s in enumerate(svcs, 1):
                if y + lh > bottom:
                    doc.t(X(0), y, "*** CLAIM CONTINUED ON NEXT PAGE ***", F, fs)
                    doc.new_page()
                    y = banner(name)
                    doc.t(X(0), y, head + "  (CONT)", FB, fs)
                    y += lh
                detail(k, s, y, (acct, tcn, rname))
                y += lh
            tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
            doc.t(X(0), y, f"{'    CLAIM TOTAL':<41}{M(tb, ',', 'trail'):>11} {M(ta, ',', 'trail'):>10} "
                  f"{M(ZERO):>10} {M(tp, ',', 'trail'):>10}", F, fs)
            b.claim(acct, tcn, rname, billed=tb, allowed=ta, paid=tp)
            y += lh * 1.8

    section("PAID", paid)
    section("DENIED", denied)
    section("ADJUSTED", adjusted)
    allp = [s for grp in (paid, denied, adjusted) for c in grp for s in c[4]]
    if y + 60 > bottom:
        doc.new_page()
        y = banner("SUMMARY")
    doc.t(X(0), y + 6, f"RA TOTALS   CLAIMS: {len(paid) + len(denied) + len(adjusted):>3}   BILLED: "
          f"{M(total(allp, 'billed'), ',', 'trail')}   PAID: {M(total(allp, 'paid'), ',', 'trail')}   "
          f"NET PAYMENT (EFT 77120044): {M(total(allp, 'paid'))}", FB, fs)
    legend = [("0010", "PAID AS BILLED"), ("0412", "PAID AT THE PROGRAM MAXIMUM FEE FOR THIS PROCEDURE"),
              ("1730", "NO PRIOR AUTHORIZATION ON FILE FOR THIS THERAPY SERVICE"),
              ("0902", "CLAIM REVERSED AT PROVIDER REQUEST"), ("0903", "REPLACES A PREVIOUSLY PAID CLAIM")]
    doc.t(X(0), y + 24, "EOB CODE MESSAGES", FB, fs)
    for i, (k, v) in enumerate(legend):
        doc.t(X(0), y + 34 + i * lh, f"{k}  {v}", F, fs)
    b.legend = legend
    b.write(out)


# =============================================================================================== L06
def l06(out: Path) -> None:
    """State Medicaid RA, portrait reportlab Liberation Sans Narrow, boxed claim blocks with CARC/RARC."""
    b = Build("h203_l06_medicaid_ra_boxed", "h203_l06_medicaid_ra_boxed", "reportlab", 612, 792,
              "State Medicaid remittance advice, boxed claim blocks (Beneficiary Name / Beneficiary ID / Patient "
              "Account # / ICN / Status), detail rows with service date range, procedure and modifiers glued with "
              "colons, units with two decimals, CARC group-reason-amount and RARC columns; a credited (reversed) "
              "claim in parentheses, a denied claim, payment summary page; a claim block continues on the next "
              "page.")
    doc = b.doc
    F, FB = "LibNarrow", "LibNarrow-B"
    cls = [
        ("Dunmore, Kayleigh", "700418833", "KD0105", "1126027004118", "Paid", [
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 7), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 7), "97112", 1, ("GO",)), Svc(D(2026, 1, 12), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 14), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97535", 1, ("GO",))]),
        ("Fairweather, Odell", "700552190", "OF0108", "1126027004131", "Paid", [
            Svc(D(2026, 1, 8), "97163", 1, ("GP",)), Svc(D(2026, 1, 8), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "97116", 2, ("GP",)),
            Svc(D(2026, 1, 15), "97110", 2, ("GP",)), Svc(D(2026, 1, 15), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 19), "97110", 2, ("GP",)), Svc(D(2026, 1, 19), "97112", 2, ("GP",)),
            Svc(D(2026, 1, 22), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 26), "97110", 2, ("GP",)), Svc(D(2026, 1, 26), "97530", 2, ("GP",)),
            Svc(D(2026, 1, 29), "97110", 2, ("GP",)), Svc(D(2026, 1, 29), "97140", 1, ("GP", "59"))]),
        ("Dunmore, Kayleigh", "700418833", "KD0120", "1126027004177", "Denied", [
            Svc(D(2026, 1, 20), "97533", 2, ("GO",), denied="CO"), Svc(D(2026, 1, 20), "97530", 1, ("GO",),
                                                                          denied="CO")]),
        ("Quintero-Bliss, Amara", "700661045", "AQ0109", "1126027004202", "Paid", [
            Svc(D(2026, 1, 9), "92523", 1, ()), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 23), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 27), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 30), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92526", 1, ("GN",))]),
    ]
    for *_, st_, svcs in cls:
        for s in svcs:
            if s.denied:
                medicaid(s, deny_reason="15")
                s.remarks = ["N54"]
            else:
                medicaid(s)
                s.remarks = []
    old = Svc(D(2025, 12, 22), "97110", 3, ("GP",))
    medicaid(old)
    rv = negate(old)
    rv.remarks = ["MA67"]
    cls.append(("Fairweather, Odell", "700552190", "OF1222", "1226027004219", "Credited", [rv]))
    cx = [(40, "l", "Ln"), (56, "l", "Service Dates"), (150, "l", "Procedure:Mods"), (248, "r", "Units"),
          (300, "r", "Billed"), (350, "r", "Approved"), (398, "r", "Paid"), (406, "l", "CARC"),
          (520, "l", "RARC")]

    def head():
        doc.t(40, 44, "NORTHRIDGE STATE MEDICAID  -  Provider Remittance Advice", FB, 12)
        doc.t(40, 58, "Billing Provider: Cloverfield Pediatric & Adult Therapy   Billing Provider NPI 1999000577   "
              "Medicaid ID 00884120", F, 8)
        doc.t(40, 69, "RA Number 2026-0202-118  |  RA Date 02/02/2026  |  Pay Cycle 05", F, 8)
        doc.hl(40, 572, 76, 1)

    def th(y):
        for x, al, h in cx:
            doc.t(x, y, h, FB, 7.5, al)
        doc.hl(40, 572, y + 3, 0.4)
        return y + 13

    head()
    y = 96
    bottom = 740
    for name, bid, acct, icn, status, svcs in cls:
        if y + 70 > bottom:
            doc.new_page()
            head()
            y = 96
        top_y = y
        doc.box(40, y, 532, 26, 0.5, 0.92)
        labels = (("Beneficiary Name", name, 46), ("Beneficiary ID", bid, 170), ("Patient Account #", acct, 260),
                  ("ICN", icn, 360), ("Status", status, 480))
        for lab, v, x in labels:
            doc.t(x, y + 10, lab, FB, 7)
            doc.t(x, y + 21, v, F, 8)
        y = th(y + 40)
        for k, s in enumerate(svcs, 1):
            if y + 12 > bottom:
                doc.vl(40, top_y, y)
                doc.vl(572, top_y, y)
                doc.t(572, y + 2, "Claim continued on next page", F, 7, "r")
                doc.new_page()
                head()
                y = 90
                top_y = y
                doc.t(46, y + 8, f"Continued: {name}  ICN {icn}", FB, 8)
                y = th(y + 22)
            sd = dfmt(s.dos, "mdy4")
            doc.t(40, y, str(k), F, 7.5)
            doc.t(56, y, f"{sd}-{sd}", F, 7.5)
            doc.t(150, y, ":".join((s.code,) + s.mods), F, 7.5)
            doc.t(248, y, f"{abs(s.units):.2f}" if s.units > 0 else f"-{abs(s.units):.2f}", F, 7.5, "r")
            for (x, al, _), v in zip(cx[4:7], (s.billed, s.allowed, s.paid)):
                doc.t(x, y, M(v, ",", "()"), F, 7.5, "r")
            doc.t(406, y, "  ".join(f"{g}-{r} {M(a, ',', '()')}" for g, r, a in s.adjs), F, 7.5)
            doc.t(520, y, " ".join(s.remarks), F, 7.5)
            b.line(s, y, 7.5, cid=acct, pcid=icn, pat=name, remarks=s.remarks, adjustments=s.adjs,
                   printed=("billed", "allowed", "paid"), description=False)
            if s.units < 0:
                b.lines[-1]["units"] = units_str(s.units)
            y += 11
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.hl(250, 572, y - 8, 0.3)
        doc.t(150, y, "Claim Totals", FB, 7.5)
        for (x, al, _), v in zip(cx[4:7], (tb, ta, tp)):
            doc.t(x, y, M(v, ",", "()"), FB, 7.5, "r")
        b.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)
        y += 8
        doc.vl(40, top_y, y)
        doc.vl(572, top_y, y)
        doc.hl(40, 572, y)
        y += 16
    doc.new_page()
    head()
    doc.t(40, 100, "Claims Summary", FB, 10)
    y = 116
    for i, stt in enumerate(("Paid", "Denied", "Credited")):
        sub = [c for c in cls if c[4] == stt]
        sv = [s for c in sub for s in c[5]]
        doc.t(46, y + i * 12, f"{stt:<10}", F, 8)
        doc.t(140, y + i * 12, f"Count {len(sub)}", F, 8)
        doc.t(300, y + i * 12, f"Billed {M(total(sv, 'billed'), ',', '()')}", F, 8, "r")
        doc.t(420, y + i * 12, f"Approved {M(total(sv, 'allowed'), ',', '()')}", F, 8, "r")
        doc.t(540, y + i * 12, f"Paid {M(total(sv, 'paid'), ',', '()')}", F, 8, "r")
    allsv = [s for c in cls for s in c[5]]
    doc.t(40, 170, f"Payment Summary   EFT Number 4004417702   EFT Date 02/03/2026   Amount "
          f"{money(total(allsv, 'paid'))}", FB, 8.5)
    legend = [("N54", "Claim information does not agree with the prior authorization on file."),
              ("MA67", "Correction to a prior claim.")]
    doc.t(40, 196, "Remittance Advice Remark Codes on this RA", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.t(40, 210 + 11 * i, f"{k}  {v}", F, 8)
    doc.t(40, 240, "CARC group codes: CO = contractual obligation (provider write-off). Reason codes are the national "
          "claim adjustment reason codes.", F, 7.5)
    b.legend = legend
    b.adj_complete = True

    def foot(i, n):
        doc.t(306, 770, f"Page {i} of {n}", F, 7.5, "c")
    b.footers(foot)
    b.write(out)


# =============================================================================================== L07
def l07(out: Path) -> None:
    """Clearinghouse print of a Medicare Part B remittance in the standard paper layout, reportlab Courier."""
    b = Build("h203_l07_clearinghouse_spr", "h203_l07_clearinghouse_spr", "reportlab", 792, 612,
              "Clearinghouse print of a Medicare Part B remittance in the standard paper-remit style, landscape "
              "monospace: NAME/MID/ACNT/ICN/ASG/MOA claim heading, PERF PROV / SERV DATE (MMDD MMDDYY) / POS / NOS "
              "/ PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, extra adjustment codes "
              "stacked under the line, PT RESP and CLAIM TOTALS rows, a reversal (claim status 22) with negative "
              "amounts; a claim crosses a page break.")
    doc = b.doc
    F, FB = "Courier", "Courier-Bold"
    fs = 7.2
    cw = fs * 0.6
    st = PlanState(ded_left=Decimal("120.00"))
    cls = [
        ("ABERNATHY, CLEO", "5TY3XW8KP41", "RSP26-00412", "0226038114502", "1", [
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97112", 1, ("GP",))]),
        ("MORALES, ABEL", "2KF9RD4MN17", "RSP26-00437", "0226038114517", "1", [
            Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 9), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 9), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 13), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 13), "97116", 2, ("GP", "CQ")),
            Svc(D(2026, 1, 16), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 16), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 20), "97112", 2, ("GP",)), Svc(D(2026, 1, 20), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97035", 1, ("GP",))]),
        ("OSTROWSKI, HELENA", "7WM2QJ6TB80", "RSP26-00455", "0226038114533", "1", [
            Svc(D(2026, 1, 12), "97165", 1, ("GO",)), Svc(D(2026, 1, 12), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 19), "97530", 2, ("GO",)), Svc(D(2026, 1, 19), "97018", 1, ("GO",), denied="CO")]),
    ]
    for *_, svcs in cls:
        for s in svcs:
            medicare(s, st, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
    old = Svc(D(2025, 12, 18), "97110", 2, ("GP",))
    medicare(old, PlanState())
    rv = negate(old)
    cls.append(("ABERNATHY, CLEO", "5TY3XW8KP41", "RSP25-09981", "0225352107719", "22", [rv]))
    H = ("PERF PROV   SERV DATE    POS NOS  PROC  MODS          BILLED    ALLOWED    DEDUCT     COINS  "
         "GRP/RC-AMT              PROV PD")

    def X(c):
        return 26 + c * cw

    def banner():
        doc.t(X(0), 30, "HARBORGATE CLAIMS EXCHANGE - ERA PRINT (STANDARD PAPER REMITTANCE FORMAT)", FB, fs + 0.6)
        doc.t(X(0), 42, "PAYER: MEDICARE PART B - JURISDICTION 19 (CONTRACTOR 77219)     PROVIDER #: 1999000815  "
              "RIDGEWAY SPINE & PHYSICAL THERAPY", F, fs)
        doc.t(X(0), 52, f"REMIT DATE 02/02/2026   CHECK/EFT #: 8812004417   PAGE #: {doc.pno}", F, fs)
        doc.t(X(0), 68, H, FB, fs)
        doc.t(X(0), 76, "-" * 158, F, fs)
        return 88

    y = banner()
    bottom = 566
    lh = 9.5
    for name, mid, acct, icn, status, svcs in cls:
        if y + 4 * lh > bottom:
            doc.new_page()
            y = banner()
        head = f"NAME {name:<20} MID {mid}  ACNT {acct:<13} ICN {icn}  ASG Y  MOA MA01   CLM STATUS {status}"
        doc.t(X(0), y, head, FB, fs)
        y += lh
        for s in svcs:
            need = max(1, len(s.adjs)) * lh
            if y + need > bottom:
                doc.t(X(0), y, "CONTINUED ON NEXT PAGE", F, fs)
                doc.new_page()
                y = banner()
                doc.t(X(0), y, head + "  CONT", FB, fs)
                y += lh
            adjs = s.adjs or [("", "", None)]
            g, r, a = adjs[0]
            ga = f"{g}-{r} {M(a, ',', '-'):>9}" if g else ""
            row = (f"1999000815  {s.dos:%m%d} {s.dos:%m%d%y}  11   {units_str(s.units):>2}  {s.code:<5} "
                   f"{' '.join(s.mods):<9} {M(s.billed):>10} {M(s.allowed):>10} {M(s.deductible):>9} "
                   f"{M(s.coinsurance):>9}  {ga:<20} {M(s.paid):>10}")
            doc.t(X(0), y, row, F, fs)
            b.line(s, y, fs, cid=acct, pcid=icn, pat=name, remarks=s.remarks, adjustments=s.adjs,
                   printed=("billed", "allowed", "deductible", "coinsurance", "paid"), description=False)
            for g, r, a in adjs[1:]:
                y += lh
                doc.t(X(96), y, f"{g}-{r} {M(a, ',', '-'):>9}", F, fs)
                b.doc.mark(len(b.lines) - 1, y, fs)
            if s.remarks:
                y += lh
                doc.t(X(12), y, "REM: " + " ".join(s.remarks), F, fs)
                b.doc.mark(len(b.lines) - 1, y, fs)
            y += lh
        tv = {k: total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        doc.t(X(0), y, f"PT RESP {M(tv['owes']):>10}{'':19}CLAIM TOTALS {M(tv['billed']):>10} "
              f"{M(tv['allowed']):>10} {M(tv['deductible']):>9} {M(tv['coinsurance']):>9}  {'':<20} "
              f"{M(tv['paid']):>10}", F, fs)
        y += lh
        doc.t(X(0), y, f"ADJ TO TOTALS: PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00"
              f"{'':40}NET {M(tv['paid']):>10}", F, fs)
        b.claim(acct, icn, name, billed=tv["billed"], allowed=tv["allowed"], paid=tv["paid"],
                patient_owes=tv["owes"])
        y += lh * 2
    allsv = [s for c in cls for s in c[5]]
    if y + 8 * lh > bottom:
        doc.new_page()
        y = banner()
    doc.t(X(0), y, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   "
          "CHECK AMT", FB, fs)
    doc.t(X(0), y + lh, f"{len(cls):>19}   {M(total(allsv, 'billed')):>10}   {M(total(allsv, 'allowed')):>11}   "
          f"{M(total(allsv, 'deductible')):>10}   {M(total(allsv, 'coinsurance')):>9}   "
          f"{M(total(allsv, 'paid')):>11}   {M(total(allsv, 'paid')):>9}", F, fs)
    legend = [("N130", "Consult plan benefit documents/guidelines for information about restrictions for this "
               "service.")]
    doc.t(X(0), y + 3 * lh, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", FB, fs)
    doc.t(X(0), y + 4 * lh, "CO  CONTRACTUAL OBLIGATION.  PR  PATIENT RESPONSIBILITY.  45 CHARGE EXCEEDS FEE "
          "SCHEDULE (SEE PAYER).  1 DEDUCTIBLE.  2 COINSURANCE.  253 SEQUESTRATION.", F, fs)
    doc.t(X(0), y + 5 * lh, "N130  SEE YOUR PAYER'S BENEFIT RULES FOR THIS SERVICE.   MA01  APPEAL RIGHTS "
          "MESSAGE ON FILE WITH THE PAYER.", F, fs)
    b.legend = [("N130", "See your payer's benefit rules for this service.")]
    b.adj_complete = True
    b.write(out)


# =============================================================================================== L08
def l08(out: Path) -> None:
    """Practice-management ERA posting report for a Medicare payment, fpdf2 Liberation Sans Narrow, ruled."""
    b = Build("h203_l08_pm_posting_detail", "h203_l08_pm_posting_detail", "fpdf2", 612, 792,
              "Practice-management 'Remittance Posting Detail' for a Medicare Part B payment, portrait ruled "
              "report: shaded claim rows with patient, account and payer claim number, service rows with DOS "
              "'1/5/2026', CPT, Mods, Units '2.0', Charge / Allowed / Deduct / Coins / Paid / Pt Resp, "
              "adjustments printed as indented sub-rows under each service, a zero-paid bundled line, report "
              "totals; rows of a claim carried onto page 2 without a repeated claim row.")
    doc = b.doc
    F, FB = "LibNarrow", "LibNarrow-B"
    st = PlanState(ded_left=Decimal("0.00"))
    cls = [
        ("Marchetti, Ilse", "100482", "22601900441850", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 7), "97530", 2, ("GO",)), Svc(D(2026, 1, 7), "97010", 1, ("GO",), denied="CO"),
            Svc(D(2026, 1, 12), "97530", 2, ("GO", "CO")), Svc(D(2026, 1, 12), "97535", 1, ("GO", "CO")),
            Svc(D(2026, 1, 14), "97530", 2, ("GO", "CO")), Svc(D(2026, 1, 14), "97112", 1, ("GO",))]),
        ("Vasquez-Roe, Bernard", "100517", "22601900452211", [
            Svc(D(2026, 1, 6), "97162", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP", "KX")),
            Svc(D(2026, 1, 9), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 13), "97112", 2, ("GP",)), Svc(D(2026, 1, 13), "97116", 1, ("GP",))]),
        ("Lindqvist, Petra", "100533", "22601900458736", [
            Svc(D(2026, 1, 15), "92523", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
    ]
    for *_, svcs in cls:
        for s in svcs:
            medicare(s, st, deny_reason="97")
    cx = [(34, "l", "DOS"), (86, "l", "CPT"), (116, "l", "Mods"), (178, "r", "Units"), (226, "r", "Charge"),
          (272, "r", "Allowed"), (316, "r", "Deduct"), (360, "r", "Coins"), (410, "r", "Paid"),
          (458, "r", "Pt Resp"), (466, "l", "Description")]

    def head():
        doc.t(34, 40, "Kingfisher Practice Manager", FB, 12)
        doc.t(34, 52, "Remittance Posting Detail", F, 10)
        doc.t(578, 40, "Payer: Medicare Part B (J-Region 14)", F, 8, "r")
        doc.t(578, 51, "EFT Trace 90088124417   Deposit 02/03/2026", F, 8, "r")
        doc.t(578, 62, "Practice: Willowmere Rehabilitation LLC", F, 8, "r")
        doc.hl(34, 578, 70, 1)
        for x, al, h in cx:
            doc.t(x, 82, h, FB, 7.5, al)
        doc.hl(34, 578, 86, 0.6)
        return 98

    y = head()
    bottom = 740
    lh = 10
    for pat, acct, icn, svcs in cls:
        if y + 40 > bottom:
            doc.new_page()
            y = head()
        doc.box(34, y - 8, 544, 12, 0.3, 0.9)
        doc.t(38, y, f"Patient: {pat}     Acct #: {acct}     Payer Claim #: {icn}     Status: Processed as Primary",
              FB, 7.5)
        y += lh + 3
        for s in svcs:
            if y + lh * (1 + len(s.adjs)) > bottom:
                doc.new_page()
                y = head()
            doc.t(34, y, f"{s.dos.month}/{s.dos.day}/{s.dos.year}", F, 7.5)
            doc.t(86, y, s.code, F, 7.5)
            doc.t(116, y, ", ".join(s.mods), F, 7.5)
            doc.t(178, y, f"{s.units:.1f}", F, 7.5, "r")
            for (x, al, _), v in zip(cx[4:10], (s.billed, s.allowed, s.deductible, s.coinsurance, s.paid, s.owes)):
                doc.t(x, y, M(v), F, 7.5, "r")
            doc.t(466, y, s.desc[:30], F, 7.5)
            b.line(s, y, 7.5, cid=acct, pcid=icn, pat=pat, adjustments=s.adjs,
                   overrides={"description": s.desc[:30]},
                   printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"))
            for g, r, a in s.adjs:
                y += lh - 1
                doc.t(130, y, f"Adj {g}-{r}", F, 7)
                doc.t(226, y, M(a), F, 7, "r")
                b.doc.mark(len(b.lines) - 1, y, 7)
            doc.hl(34, 578, y + 3, 0.2)
            y += lh + 2
        tv = [total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.t(116, y, "Claim Total", FB, 7.5)
        for (x, al, _), v in zip(cx[4:10], tv):
            doc.t(x, y, M(v), FB, 7.5, "r")
        b.claim(acct, icn, pat, billed=tv[0], allowed=tv[1], paid=tv[4], patient_owes=tv[5])
        doc.hl(34, 578, y + 4, 0.8)
        y += lh * 2
    allsv = [s for c in cls for s in c[3]]
    if y + 40 > bottom:
        doc.new_page()
        y = head()
    doc.t(116, y, "Report Total", FB, 8)
    for (x, al, _), k in zip(cx[4:10], ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")):
        doc.t(x, y, M(total(allsv, k)), FB, 8, "r")
    doc.t(34, y + 18, "Adjustment groups: CO contractual, PR patient responsibility. Reason 45 fee schedule "
          "reduction, 1 deductible, 2 coinsurance, 253 sequestration, 97 bundled.", F, 7)
    b.adj_complete = True

    def foot(i, n):
        doc.t(34, 768, "Printed 02/03/2026 09:14 by user MDELACROIX", F, 7)
        doc.t(578, 768, f"Page {i} of {n}", F, 7, "r")
    b.footers(foot)
    b.write(out)


# =============================================================================================== L09
def l09(out: Path) -> None:
    """Therapy clinic family statement of account, portrait reportlab core Helvetica, tear-off stub."""
    b = Build("h203_l09_clinic_family_statement", "h203_l09_clinic_family_statement", "reportlab", 612, 792,
              "Outpatient therapy clinic statement to a guarantor for three family members: tear-off remittance "
              "stub, per-line Date / Patient / Visit # / Code / Mod / Description / Charges / Ins Paid / Ins Adj / "
              "Balance, an insurer line under each visit naming the insurer's claim number, family copay payments "
              "as non-service rows, aging boxes; the table runs onto page 2 with its header repeated.")
    doc = b.doc
    F, FB = "Helvetica", "Helvetica-Bold"
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Marisol Dunleavy-Park", "V-30551", "5512-66001", [
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 1, ("GO",))]),
        ("Jonah Dunleavy-Park", "V-30562", "5512-66018", [
            Svc(D(2026, 1, 6), "92523", 1, ())]),
        ("Marisol Dunleavy-Park", "V-30589", "5512-66240", [
            Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 8), "97140", 1, ("GO", "59"))]),
        ("Jonah Dunleavy-Park", "V-30604", "5512-66301", [
            Svc(D(2026, 1, 13), "92507", 1, ("GN",))]),
        ("Elsie Dunleavy-Park", "V-30611", "5512-66322", [
            Svc(D(2026, 1, 14), "97165", 1, ("GO",)), Svc(D(2026, 1, 14), "97533", 1, ("GO",))]),
        ("Marisol Dunleavy-Park", "V-30640", "5512-66475", [
            Svc(D(2026, 1, 15), "97530", 2, ("GO",)), Svc(D(2026, 1, 15), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 15), "97018", 1, ("GO",), denied="PR")]),
        ("Jonah Dunleavy-Park", "V-30655", "5512-66502", [
            Svc(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("Elsie Dunleavy-Park", "V-30668", "5512-66530", [
            Svc(D(2026, 1, 21), "97533", 2, ("GO",)), Svc(D(2026, 1, 21), "97530", 1, ("GO",))]),
        ("Marisol Dunleavy-Park", "V-30692", "5512-66711", [
            Svc(D(2026, 1, 22), "97530", 2, ("GO",)), Svc(D(2026, 1, 22), "97112", 1, ("GO",))]),
        ("Jonah Dunleavy-Park", "V-30710", "5512-66790", [
            Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("Elsie Dunleavy-Park", "V-30722", "5512-66804", [
            Svc(D(2026, 1, 28), "97533", 2, ("GO",)), Svc(D(2026, 1, 28), "97535", 1, ("GO",))]),
        ("Marisol Dunleavy-Park", "V-30731", "5512-66840", [
            Svc(D(2026, 1, 29), "97530", 2, ("GO",)), Svc(D(2026, 1, 29), "97140", 1, ("GO", "59")),
            Svc(D(2026, 1, 29), "97535", 1, ("GO",))]),
        ("Jonah Dunleavy-Park", "V-30745", "5512-66902", [
            Svc(D(2026, 1, 30), "92507", 1, ("GN",)), Svc(D(2026, 1, 30), "92526", 1, ("GN",))]),
        ("Elsie Dunleavy-Park", "V-30750", "5512-66911", [
            Svc(D(2026, 1, 30), "97533", 2, ("GO",)), Svc(D(2026, 1, 30), "97530", 1, ("GO",))]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, st)
    allsv = [s for v in visits for s in v[3]]
    pays = {"V-30589": Decimal("25.00"), "V-30640": Decimal("40.00"), "V-30692": Decimal("20.00")}
    due = total(allsv, "owes") - sum(pays.values())
    doc.t(40, 40, "Willowbrook Pediatric & Family Therapy", FB, 12)
    doc.t(40, 52, "2290 Tannery Lane, Suite 3  -  Eastmoor, WI 53999  -  (555) 018-4400", F, 8)
    doc.box(380, 30, 192, 64, 0.6)
    for i, (k, v) in enumerate((("Statement Date", "02/02/2026"), ("Account Number", "G-20417"),
                                ("Amount Due", money(due)), ("Amount Enclosed", "$__________"))):
        doc.t(386, 42 + i * 14, k, F, 8)
        doc.t(566, 42 + i * 14, v, FB, 8, "r")
    doc.t(40, 76, "Marisol Dunleavy-Park", F, 9)
    doc.t(40, 87, "118 Orchard Gate Road", F, 9)
    doc.t(40, 98, "Eastmoor, WI 53999", F, 9)
    doc.t(40, 116, "Please detach and return the top portion with your payment. Make checks payable to "
          "Willowbrook Pediatric & Family Therapy.", F, 7)
    doc.t(40, 128, "- " * 66, F, 7)
    doc.t(40, 148, "STATEMENT OF ACCOUNT", FB, 11)
    doc.t(572, 148, "Guarantor: Marisol Dunleavy-Park   Account G-20417", F, 8, "r")
    cx = [(40, "l", "Date"), (88, "l", "Patient"), (184, "l", "Visit #"), (222, "l", "Code"), (252, "l", "Mod"),
          (282, "l", "Description"), (436, "r", "Charges"), (474, "r", "Ins Paid"), (516, "r", "Ins Adj"),
          (568, "r", "Balance")]

    def th(y):
        doc.box(40, y - 9, 532, 13, 0.4, 0.85)
        for x, al, h in cx:
            doc.t(x if al != "r" else x, y, h, FB, 7.5, al)
        return y + 14

    y = th(172)
    bottom = 730
    for pat, visit, pclm, svcs in visits:
        need = 11 * len(svcs)
        if y + need > bottom:
            doc.t(572, y + 4, "Continued on next page", F, 7, "r")
            doc.new_page()
            doc.t(40, 44, "Willowbrook Pediatric & Family Therapy  -  Statement of Account (continued)", FB, 9)
            doc.t(572, 44, "Account G-20417   02/02/2026", F, 8, "r")
            y = th(70)
        for s in svcs:
            doc.t(40, y, dfmt(s.dos, "mdy4"), F, 7.5)
            doc.t(88, y, pat, F, 7.5)
            doc.t(184, y, visit, F, 7.5)
            doc.t(222, y, s.code, F, 7.5)
            doc.t(252, y, " ".join(s.mods), F, 7.5)
            doc.t(282, y, s.desc[:30], F, 7.5)
            for (x, al, _), v in zip(cx[6:10], (s.billed, s.paid, s.discount, s.owes)):
                doc.t(x, y, M(v), F, 7.5, "r")
            b.line(s, y, 7.5, cid=visit, pcid=pclm, pat=pat, units=False, overrides={"description": s.desc[:30]},
                   printed=("billed", "paid", "discount", "patient_owes"))
            y += 11
        if y + 11 > bottom:
            doc.new_page()
            doc.t(40, 44, "Willowbrook Pediatric & Family Therapy  -  Statement of Account (continued)", FB, 9)
            doc.t(572, 44, "Account G-20417   02/02/2026", F, 8, "r")
            y = th(70)
        doc.t(282, y, f"Billed to Cascade Mutual {dfmt(svcs[0].dos + timedelta(days=3), 'mdy2')}, claim {pclm}",
              "Helvetica-Oblique", 6.8)
        y += 11
        if visit in pays:
            doc.t(40, y, dfmt(svcs[0].dos, "mdy4"), F, 7.5)
            doc.t(88, y, "Payment - thank you (card)", F, 7.5)
            doc.t(568, y, M(-pays[visit]), F, 7.5, "r")
            y += 11
        b.claim(visit, pclm, pat)  # the statement prints no per-visit totals
        doc.hl(40, 572, y - 7, 0.2)
        y += 2
    if y + 80 > bottom:
        doc.new_page()
        y = 70
    doc.hl(40, 572, y, 0.8)
    doc.t(282, y + 12, "Account totals", FB, 8)
    for (x, al, _), k in zip(cx[6:9], ("billed", "paid", "discount")):
        doc.t(x, y + 12, M(total(allsv, k)), FB, 7.5, "r")
    doc.t(568, y + 12, M(due), FB, 7.5, "r")
    yb = y + 30
    for i, (k, v) in enumerate((("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO))):
        doc.box(40 + i * 100, yb, 96, 28, 0.5)
        doc.t(46 + i * 100, yb + 11, k, F, 7)
        doc.t(130 + i * 100, yb + 23, money(v), FB, 8, "r")
    doc.t(480, yb + 11, "Please pay", F, 8)
    doc.t(572, yb + 23, money(due), FB, 10, "r")
    doc.t(40, yb + 46, "Your insurance has processed every visit shown. Balances are your copay or coinsurance. "
          "Questions about your bill: (555) 018-4409.", F, 7.5)

    def foot(i, n):
        doc.t(306, 770, f"Page {i} of {n}", F, 7, "c")
    b.footers(foot)
    b.write(out)


# =============================================================================================== L10
def l10(out: Path) -> None:
    """Hospital outpatient-rehab family statement, portrait fpdf2 DejaVu Sans, sidebar on page 1."""
    b = Build("h203_l10_hospital_family_statement", "h203_l10_hospital_family_statement", "fpdf2", 612, 792,
              "Hospital patient statement to a guarantor covering four outpatient rehabilitation accounts for "
              "three family members: left sidebar on page 1 (amount due, ways to pay, financial help), per-account "
              "itemized charges with revenue code, CPT/HCPCS-modifier, wrapped description and quantity, account "
              "activity rows (insurer payment with its claim number, contractual adjustment), account balance; "
              "one account's itemization continues onto the next page.")
    doc = b.doc
    F, FB = "DVSans", "DVSans-B"
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.62"))
    accts = [
        ("4400918273", "Lucas Feeney", "0420", "Physical therapy", "SC-5521-00873", [
            Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97140", 2, ("GP", "59")),
            Svc(D(2026, 1, 13), "97110", 3, ("GP",)), Svc(D(2026, 1, 13), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 15), "97112", 2, ("GP",)), Svc(D(2026, 1, 15), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 20), "97110", 2, ("GP",)), Svc(D(2026, 1, 20), "97530", 2, ("GP",)),
            Svc(D(2026, 1, 22), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 27), "97110", 2, ("GP",)), Svc(D(2026, 1, 27), "97116", 2, ("GP",))]),
        ("4400921190", "Greta Feeney", "0430", "Occupational therapy", "SC-5521-01244", [
            Svc(D(2026, 1, 9), "97166", 1, ("GO",)), Svc(D(2026, 1, 9), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 9), "L3807", 1, ("RT",)), Svc(D(2026, 1, 16), "97140", 2, ("GO",)),
            Svc(D(2026, 1, 23), "97530", 2, ("GO",))]),
        ("4400925577", "Oisin Feeney", "0440", "Speech-language pathology", "SC-5521-01690", [
            Svc(D(2026, 1, 12), "92523", 1, ()), Svc(D(2026, 1, 19), "92507", 1, ()),
            Svc(D(2026, 1, 26), "92507", 1, ())]),
        ("4400926012", "Oisin Feeney", "0430", "Occupational therapy", "SC-5521-01702", [
            Svc(D(2026, 1, 21), "97165", 1, ("GO",)), Svc(D(2026, 1, 28), "97533", 2, ("GO",))]),
    ]
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, st)
    for a in accts:
        for s in a[5]:
            s.desc = eobgen.LONG_DESC.get(s.code, s.desc)
    due = sum((total(a[5], "owes") for a in accts), ZERO)
    # sidebar
    doc.box(30, 30, 150, 730, 0.4, 0.94)
    doc.t(38, 50, "ST. AUDRA", FB, 13)
    doc.t(38, 63, "REGIONAL HOSPITAL", FB, 9)
    doc.t(38, 90, "Amount due", F, 8)
    doc.t(38, 106, money(due), FB, 14)
    doc.t(38, 122, "Please pay by 03/01/2026", F, 7.5)
    side = ["", "Ways to pay", "Online: pay.staudra.example", "Phone: (555) 019-2200", "Mail the coupon on the",
            "back of the last page.", "", "Need help paying?", "You may qualify for", "financial assistance.",
            "Ask for a plain-language", "summary of our policy.", "", "Questions about this bill",
            "Patient Financial Services", "Mon-Fri 8:00-4:30", "(555) 019-2210"]
    for i, ln in enumerate(side):
        doc.t(38, 146 + i * 11, ln, FB if ln in ("Ways to pay", "Need help paying?", "Questions about this bill")
              else F, 7.2)
    L = 196

    def hdr_main(left, y):
        doc.t(left, y, "Patient Statement", FB, 13)
        doc.t(582, y, "Guarantor: Brendan Feeney", F, 8, "r")
        doc.t(582, y + 11, "Guarantor no. 88-1042-55", F, 8, "r")
        doc.t(582, y + 22, "Statement date 02/02/2026", F, 8, "r")

    hdr_main(L, 50)
    doc.t(L, 90, "Brendan Feeney", F, 8.5)
    doc.t(L, 101, "7 Millbrook Court", F, 8.5)
    doc.t(L, 112, "Ashby Falls, KY 40999", F, 8.5)

    def cols(left):
        w = 582 - left
        return [(left, "l", "Date"), (left + 50, "l", "Rev"), (left + 76, "l", "CPT/HCPCS"),
                (left + 128, "l", "Description"), (left + w - 56, "r", "Qty"), (left + w, "r", "Charges")]

    def th(cx, y):
        for x, al, h in cx:
            doc.t(x, y, h, FB, 7.2, al)
        doc.hl(cx[0][0], 582, y + 3, 0.5)
        return y + 13

    left = L
    y = 136
    bottom = 740
    for acct, pat, rev, dept, pclm, svcs in accts:
        cx = cols(left)
        wchars = 34 if left == L else 70
        if y + 70 > bottom:
            doc.new_page()
            left = 40
            cx = cols(left)
            wchars = 70
            hdr_main(left, 44)
            y = 86
        doc.box(left, y, 582 - left, 24, 0.5)
        doc.t(left + 6, y + 10, f"Account {acct}   Patient: {pat}", FB, 8)
        doc.t(left + 6, y + 20, f"Outpatient - {dept}   Services 01/2026", F, 7.2)
        y = th(cx, y + 38)
        for s in svcs:
            dl = wrap(s.desc, wchars)
            if y + 9 * len(dl) > bottom:
                doc.t(582, y + 2, "continued", F, 7, "r")
                doc.new_page()
                left = 40
                cx = cols(left)
                wchars = 70
                hdr_main(left, 44)
                doc.t(left, 90, f"Account {acct} (continued)   Patient: {pat}", FB, 8)
                y = th(cx, 106)
                dl = wrap(s.desc, wchars)
            doc.t(cx[0][0], y, dfmt(s.dos, "mdy4"), F, 7.2)
            doc.t(cx[1][0], y, rev, F, 7.2)
            doc.t(cx[2][0], y, s.code + ("-" + s.mods[0] if s.mods else ""), F, 7.2)
            for k, ln in enumerate(dl):
                doc.t(cx[3][0], y + 8.5 * k, ln, F, 7.2)
            doc.t(cx[4][0], y, units_str(s.units), F, 7.2, "r")
            doc.t(cx[5][0], y, M(s.billed), F, 7.2, "r")
            b.line(s, y, 7.2, cid=acct, pcid=pclm, pat=pat, printed=("billed",),
                   overrides={"modifiers": list(s.mods[:1])})
            y += 8.5 * len(dl) + 3
        tb, tp, td, to = (total(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        if y + 50 > bottom:
            doc.new_page()
            left = 40
            cx = cols(left)
            hdr_main(left, 44)
            y = 90
        doc.hl(cx[3][0], 582, y - 6, 0.3)
        rows = [("Total charges", tb), (f"Payment - Summit Crest Health, claim no. {pclm}", -tp),
                ("Contractual adjustment - Summit Crest Health", -td), ("Your balance for this account", to)]
        for i, (k, v) in enumerate(rows):
            bold = i in (0, 3)
            doc.t(cx[3][0], y + 3 + 10 * i, k, FB if bold else F, 7.2)
            doc.t(582, y + 3 + 10 * i, M(v, ",", "()"), FB if bold else F, 7.2, "r")
        b.claim(acct, pclm, pat, billed=tb, paid=tp, patient_owes=to)
        y += 58
    doc.t(left, y + 4, f"Total amount due from all accounts: {money(due)}", FB, 9)

    def foot(i, n):
        doc.t(582, 776, f"Page {i} of {n}", F, 7, "r")
        doc.t(40, 776, "St. Audra Regional Hospital  -  Patient Financial Services  -  PO Box 1190, Ashby Falls KY",
              F, 6.5)
    b.footers(foot)
    b.write(out)


LAYOUTS = (l01, l02, l03, l04, l05, l06, l07, l08, l09, l10)


# ============================================================================================== check
def _date_forms(d: date) -> set[str]:
    forms = {dfmt(d, k) for k in ("mdy2", "mdy4", "mdy6", "mon", "month", "mdyn", "iso")}
    forms.add(f"{d:%m%d} {d:%m%d%y}")
    return forms


def _has_amount(text: str, v: str) -> bool:
    d = Decimal(v)
    a = abs(d)
    for body in {f"{a:,.2f}", f"{a:.2f}"}:
        for m in re.finditer(r"(?<![\d.,])\$?" + re.escape(body) + r"(?![\d])", text):
            before = text[max(0, m.start() - 2):m.start()]
            after = text[m.end():m.end() + 1]
            is_neg = before.endswith("-") or before.endswith("(") or after == "-" or after == ")"
            if d < 0 and is_neg:
                return True
            if d >= 0 and not (before.endswith("-") or before.endswith("(") or after in ("-", ")")):
                return True
            if d == 0:
                return True
    return False


def check(out: Path) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    for name, b in BUILT.items():
        pdf_path = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != truth["pages"] or len(pdf.pages) != len(b.doc.pages):
                errs.append(f"{name}: page count {len(pdf.pages)} vs truth {truth['pages']}")
            words = [p.extract_words() for p in pdf.pages]
            ptext = [re.sub(r"\s+", " ", p.extract_text() or "") for p in pdf.pages]
        dtext = " ".join(ptext)
        for i, ln in enumerate(truth["lines"]):
            where = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            pg, ys, sz = b.doc.rows[i]
            if pg != ln["page"]:
                errs.append(f"{where}: page {ln['page']} but printed on {pg}")
            row = " ".join(" ".join(w["text"] for w in sorted(words[pg - 1], key=lambda w: w["x0"])
                                    if w["top"] <= y - 0.3 * sz <= w["bottom"]) for y in ys)
            if not row:
                errs.append(f"{where}: no text on its row")
                continue
            if ln["code"] and ln["code"] not in row:
                errs.append(f"{where}: code not on row: {row}")
            for m in ln["modifiers"]:
                if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", row.replace(ln["code"], " ")):
                    errs.append(f"{where}: modifier {m} not on row: {row}")
            if ln["units"] is not None and not re.search(
                    r"(?<![\d.,/-])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d.,/])", row):
                errs.append(f"{where}: units {ln['units']} not on row: {row}")
            if not any(f in row for f in _date_forms(date.fromisoformat(ln["service_date"]))):
                errs.append(f"{where}: date not on row: {row}")
            for k in eobgen.AMOUNT_KEYS:
                if ln.get(k) is not None and not _has_amount(row, ln[k]):
                    errs.append(f"{where}: {k} {ln[k]} not on row: {row}")
            for g, r, a in ln["adjustments"]:
                if not re.search(re.escape(g) + r"\s*-?\s*" + re.escape(r) + r"\b", row):
                    errs.append(f"{where}: adjustment {g}-{r} not on row: {row}")
                if a is not None and not _has_amount(row, a):
                    errs.append(f"{where}: adjustment amount {a} not on row: {row}")
            for rm in ln["remarks"]:
                if not re.search(r"(?<![A-Za-z0-9])" + re.escape(rm) + r"(?![A-Za-z0-9])", row):
                    errs.append(f"{where}: remark {rm} not on row: {row}")
            if ln["description"] and ln["description"][:14] not in ptext[pg - 1]:
                errs.append(f"{where}: description not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in dtext:
                    errs.append(f"{where}: {k} {ln[k]} not in document text")
            # the document's own arithmetic
            g = {k: (Decimal(ln[k]) if ln.get(k) is not None else None) for k in eobgen.AMOUNT_KEYS}
            if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            if None not in (g["allowed"], g["deductible"], g["copay"], g["coinsurance"], g["paid"]):
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    errs.append(f"{where}: allowed - member share != paid")
            if b.adj_complete:
                adj = sum((Decimal(a) for _, _, a in ln["adjustments"]), ZERO)
                if g["billed"] - adj != g["paid"]:
                    errs.append(f"{where}: billed - adjustments {g['billed']} - {adj} != paid {g['paid']}")
                if g["patient_owes"] is not None:
                    pr = sum((Decimal(a) for gg, _, a in ln["adjustments"] if gg == "PR"), ZERO)
                    if pr != g["patient_owes"]:
                        errs.append(f"{where}: PR adjustments != patient responsibility")
        # claims: every line belongs to a claim; totals add up unless the mismatch is planted
        keys = {(c["claim_id"], c["payer_claim_id"], c["patient"]) for c in truth["claims"]}
        for ln in truth["lines"]:
            if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) not in keys:
                errs.append(f"{name}: line {ln['code']} {ln['service_date']} has no claim record")
        planted = 0
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not (_has_amount(dtext, v) or _has_amount(dtext, str(-Decimal(v)))):
                    errs.append(f"{name}: claim total {k} {v} not printed")
                if any(ln[k] is None for ln in mine):
                    continue
                s = sum((Decimal(ln[k]) for ln in mine), ZERO)
                mm = b.mismatch
                if mm and mm["claim"] in (c["payer_claim_id"], c["claim_id"]) and mm["field"] == k:
                    planted += 1
                    if s == Decimal(v) or Decimal(v) != mm["printed"]:
                        errs.append(f"{name}: planted mismatch not really there")
                elif s != Decimal(v):
                    errs.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} {k} total {v} != lines {s}")
        if planted != len(truth["expected_findings"]):
            errs.append(f"{name}: {len(truth['expected_findings'])} expected findings but {planted} planted")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout203_"))
    out = out.resolve()
    if (REPO / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    for name, b in BUILT.items():
        spans = {}
        for i, ln in enumerate(b.lines):
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        cross = sum(1 for v in spans.values() if len(v) > 1)
        print(f"{name}.pdf  pages={len(b.doc.pages)}  lines={len(b.lines)}  claims={len(b.claims)}  "
              f"claims-across-pages={cross}  producer={b.producer}")
    print(f"wrote {len(BUILT)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        if errs:
            print(f"--check: {len(errs)} problem(s)")
            return 1
        print(f"--check: OK ({sum(len(b.lines) for b in BUILT.values())} lines, "
              f"{sum(len(b.doc.pages) for b in BUILT.values())} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
