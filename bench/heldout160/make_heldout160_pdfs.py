"""Write held-out set 160 of synthetic PDF EOB layouts (with truth files) into a folder: two layouts of each of the
five commonest real document kinds, in house styles of their own, for one honest measurement of the PDF reader.

Run:  python bench/heldout160/make_heldout160_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout160/make_heldout160_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper: h160doc.py (a small page model that
is written out with reportlab or fpdf2). Truth format: the one of samples/pdf (samples/pdf/eobgen.py), printed
values only, null for what a layout does not print (units null where no quantity is printed; modifiers [] where
none are printed; adjustments only where group/reason codes are printed); claim_id = the provider's own account /
patient-control / visit / hospital account number, payer_claim_id = the payer's claim number / ICN / TCN,
patient = the person served, exactly as printed. Every name, number, payer, provider and ID is invented;
descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (10 files):
  k01 commercial PPO member EOB, family of three, portrait core Helvetica: boxed claim headings (Patient (Daughter)
      / Claim number / Provider's patient account), "Service date / What you received / Code (97530 GO 59) / Billed /
      Network savings / Allowed / Not covered / Deductible / Copay / Coinsurance / Plan paid / Your cost / Note",
      wrapped descriptions, no units, denied laser line, 32-line claim continued on page 2 with repeated header,
      deductible box, notes legend (reportlab)
  k02 commercial "Family Claim Statement", landscape DejaVu Sans: dark banner, shaded claim bands, Proc / Modifiers
      ("GO, 59") / Units / Charges / Ineligible / Covered charges / Deductible / Copay / Coinsurance / Benefit paid /
      Member owes / Expl., no "$", per-code copay, an excluded line, three family members (fpdf2)
  k03 Medicare Summary Notice Part B, portrait core Times: page-1 deductible box, "Your Claims & Costs This Period",
      a date heading per claim, "Therapeutic exercises (97110)" (no units, no modifiers), Service Approved? Yes/No,
      Maximum You May Be Billed, lettered notes, a non-covered service (reportlab)
  k04 Medicare Advantage HMO member EOB for a two-member household, portrait Liberation Serif: member bands, claim
      lines "Claim SEA-... / provider / Provider account", "Jan 5, 2026" dates, "97110-GP-KX" codes, Qty, per-visit
      copay, a plan-denied line the member does not owe; PLANTED claim-total mismatch in You owe (fpdf2)
  k05 state Medicaid remittance advice, mainframe print, landscape core Courier: CLAIMS PAID / DENIED / ADJUSTMENTS
      sections, RECIP / RECIP ID / ICN / PAT ACCT, MMDDYY from/thru, M1 M2, units "2.00", GRP-RSN + ADJ-AMT, 4-digit
      EOB codes, void with trailing-minus amounts and its replacement, claim running onto page 2 with header (fpdf2)
  k06 state Medicaid provider remittance, portal print, portrait DejaVu Sans Condensed: boxed claim cards (Member /
      Medicaid ID / TCN / Patient Control No. / status), Ln / From / To / Proc / Mods / Units / Billed / Allowed /
      Paid / Grp/CARC / Adj Amt / RARC, a denied claim, a partially paid claim (reportlab)
  k07 clearinghouse reprint of a Medicare-style standard paper remit, portrait core Courier: NAME / MID / ACNT / ICN /
      ASG / MOA, "PERF PROV SERV DATE POS NOS PROC MODS ... GRP/RC-AMT PROV PD", extra adjustments and REM codes on
      sub-rows, PT RESP and CLAIM TOTALS lines, claim continued on page 2 (reportlab)
  k08 practice-management "Remittance Detail Report" of a Medicare payment, landscape Liberation Sans Narrow:
      patient / account / ICN on every row, "1/5/2026" dates, several "CO45 x  PR2 y  CO253 z" in one cell, claim
      subtotals with patient responsibility, a denied group-therapy line (fpdf2)
  k09 pediatric therapy clinic family statement with a shaded left sidebar, portrait DejaVu Serif: three children,
      visit numbers, glued "97530GO", Qty, Charge / Ins. paid / Adjust. / Balance, insurer claim number on a
      "Filed with ..." row under each visit, a card payment row, no per-visit totals (reportlab)
  k10 hospital guarantor statement, portrait Liberation Sans: three family accounts (hospital account no. + insurer
      claim), revenue codes, CPT/HCPCS + Mod + Qty, descriptions in capitals, line charges only, account summary rows
      (paid by insurer, contractual adjustment, patient balance), account continued on page 2 (fpdf2)

The self-check (--check) tests the factory, never the reader: page counts; for every truth line a text row on its
page (pdfplumber) that carries the code, every printed amount, each modifier and the units; the service date on
that row or (date-heading layouts) on the page; remarks, adjustment codes/amounts and description words on the
page; ids and patients in the document; the document's own arithmetic (billed - adjustments = paid where all
adjustments are printed, billed - discount - not covered = allowed, allowed - cost share = paid, billed -
adjustment - paid = balance on statements); every claim total printed and equal to the sum of its lines unless a
planted mismatch is declared as an expected finding; and at least three files with a claim spanning a page break.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import (FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h160doc import Doc  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date


def jan(d: int) -> date:
    return date(2026, 1, d)


def svcs(visits, fn, **kw):
    """visits: list of (day, [(code, units, mods, denied)]) -> computed Svc list."""
    out = []
    for day, items in visits:
        for it in items:
            code, u, mods = it[0], it[1], it[2]
            denied = it[3] if len(it) > 3 else None
            s = Svc(jan(day) if isinstance(day, int) else day, code, Decimal(str(u)), tuple(mods), denied=denied)
            out.append(fn(s))
    return out


def page_numbers(doc: Doc, fmt: str, x: float, y: float, font: str, size: float, align: str = "r") -> None:
    n = len(doc.pages)
    for i in range(1, n + 1):
        doc.cur = i - 1
        doc.text(x, y, fmt.format(i=i, n=n), font, size, align)
    doc.cur = None


class Out:
    """Collects truth for one document."""

    def __init__(self):
        self.lines: list[dict] = []
        self.claims: list[dict] = []

    def claim(self, claim_id, payer_claim_id, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**tot)})


# =============================================================================================== k01
def k01(out_dir: Path):
    """Commercial member EOB, family of three, reportlab Helvetica portrait."""
    doc, o = Doc(*LETTER), Out()
    F, B, FS = "helv", "helv-b", 7.0
    cols = [("Service date", 30, "l"), ("What you received", 74, "l"), ("Code", 168, "l"),
            ("Billed", 248, "r"), ("Network\nsavings", 288, "r"), ("Allowed", 326, "r"),
            ("Not\ncovered", 364, "r"), ("Deduct-\nible", 402, "r"), ("Copay", 438, "r"),
            ("Coin-\nsurance", 478, "r"), ("Plan\npaid", 518, "r"), ("Your\ncost", 558, "r"), ("Note", 566, "l")]
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    st = {"ded": PlanState(ded_left=Decimal("180.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))}

    def furniture(first: bool) -> float:
        doc.new_page()
        doc.text(30, 40, "LARCHMONT VALLEY HEALTH ALLIANCE", B, 13)
        doc.text(30, 52, "PO Box 44170  |  Brookhollow, WI 53902  |  Member line 1-800-555-0162", F, 7.5)
        doc.text(582, 40, "Explanation of Benefits", B, 12, "r")
        doc.text(582, 52, "THIS IS NOT A BILL", B, 8, "r")
        doc.line(30, 58, 582, 58, 1.2)
        if not first:
            doc.text(30, 72, "Member: Priya Vandermolen   Member ID: LVH-4408-2291-03   Statement date: 01/26/2026", F, 7.5)
            return 84
        doc.text(30, 74, "Priya Vandermolen", B, 9)
        doc.text(30, 85, "1187 Orchard Terrace Apt 4", F, 8)
        doc.text(30, 95, "Brookhollow, WI 53904", F, 8)
        doc.rect(330, 66, 252, 60)
        doc.text(338, 78, "Member ID: LVH-4408-2291-03", F, 8)
        doc.text(338, 89, "Group: Tallgrass Cooperative Creamery  #00773", F, 8)
        doc.text(338, 100, "Plan: Choice PPO 1500", F, 8)
        doc.text(338, 111, "Statement date: 01/26/2026", F, 8)
        doc.text(338, 122, "Covered family members on this statement: 3", F, 8)
        doc.rect(30, 134, 552, 40, fill=0.92)
        doc.text(38, 147, "Your family deductible (in network): $1,500.00      Met so far: $1,320.00      Remaining: $180.00", F, 8)
        doc.text(38, 160, "Out-of-pocket maximum (in network): $6,000.00      Met so far: $1,944.35", F, 8)
        doc.text(38, 170, "Amounts in 'Your cost' are what you may owe the provider. Pay the provider, not us.", F, 7)
        return 188

    def head(y: float) -> float:
        doc.rect(30, y - 8, 552, 20, fill=0.85, stroke=False)
        for h, x, a in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x, y + k * 8, part, B, 6.5, a)
        return y + 20

    y = furniture(True)
    claims = [
        ("Tomas Vandermolen (Spouse)", "Tomas Vandermolen", "LVA26-0115-80362", "EHC-3310-A",
         "Eastgate Hand & Upper Limb Clinic", [(8, [("97165", 1, ("GO",)), ("L3807", 1, ("RT",)), ("97760", 1, ("GO",))]),
                                              (15, [("97140", 2, ("GO",)), ("0552T", 1, (), "PR")])]),
        ("Priya Vandermolen (Self)", "Priya Vandermolen", "LVA26-0120-81104", "NSM-77120",
         "North Shore Medical Group", [(13, [("99213", 1, ())]), (13, [("G0283", 1, ())])]),
        ("Ilse Vandermolen (Daughter)", "Ilse Vandermolen", "LVA26-0112-77410", "BPT-90217",
         "Brightfield Pediatric Therapy", [(d, [("97530", 2, ("GO",)), ("97112", 1, ("GO", "59"))] + ([("97535", 1, ("GO",))] if d % 2 else [("97110", 1, ("GO",))])) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26)]
         + [(28, [("97168", 1, ("GO",)), ("97535", 1, ("GO",))])]),
    ]
    notes = {"N1": "Your provider is in our network and agreed to this rate; you do not pay the savings amount.",
             "N4": "Part or all of this amount counts toward your deductible.",
             "X2": "Your plan does not pay for this service. The provider may bill you for it."}
    for label, pat, clm, acct, prov, visits in claims:
        ss = svcs(visits, lambda s: commercial(s, st["ded"]))
        if y > 640:
            y = furniture(False)
        doc.rect(30, y - 10, 552, 28)
        doc.text(36, y, f"Patient: {label}", B, 8)
        doc.text(300, y, f"Claim number: {clm}", B, 8)
        doc.text(36, y + 12, f"Provider: {prov}   (in network)", F, 7.5)
        doc.text(300, y + 12, f"Provider's patient account: {acct}", F, 7.5)
        y = head(y + 34)
        for s in ss:
            dl = doc.wrap(s.desc, F, FS, 92)
            if y + 9 * len(dl) > 740:
                doc.text(306, 768, "Continued on next page", F, 7, "c")
                y = furniture(False)
                doc.text(36, y, f"Patient: {label}   Claim number: {clm}   (continued)", B, 8)
                y = head(y + 14)
            rem = []
            if s.denied:
                rem = ["X2"]
            else:
                rem = ["N1"] + (["N4"] if s.deductible else [])
            code = " ".join((s.code,) + s.mods)
            vals = [dfmt(s.dos, "mdy4"), dl[0], code, money(s.billed), money(s.discount), money(s.allowed),
                    money(s.not_covered), money(s.deductible), money(s.copay), money(s.coinsurance), money(s.paid),
                    money(s.owes), ",".join(rem)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, FS, a)
            for k, extra in enumerate(dl[1:], 1):
                doc.text(74, y + 8 * k, extra, F, FS)
            o.lines.append(truth_line(len(doc.pages), s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                      printed=printed, units=False, remarks=rem))
            doc.line(30, y + 8 * len(dl) - 5, 582, y + 8 * len(dl) - 5, 0.2)
            y += 8 * len(dl) + 3
        tb, td, ta, tn = total(ss, "billed"), total(ss, "discount"), total(ss, "allowed"), total(ss, "not_covered")
        tded, tco, tcoi, tp, to = (total(ss, a) for a in ("deductible", "copay", "coinsurance", "paid", "owes"))
        vals = ["Claim totals", "", "", money(tb), money(td), money(ta), money(tn), money(tded), money(tco),
                money(tcoi), money(tp), money(to), ""]
        for (h, x, a), v in zip(cols, vals):
            if v:
                doc.text(x, y + 2, v, B, FS, a)
        o.claim(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 26
    doc.text(30, y + 4, "Notes", B, 9)
    for k, (c, t) in enumerate(notes.items()):
        doc.text(30, y + 16 + 10 * k, f"{c}  {t}", F, 7.5)
    page_numbers(doc, "Page {i} of {n}", 582, 780, F, 7)
    p = out_dir / "k01_family_member_eob.pdf"
    doc.save_reportlab(p, "Explanation of Benefits")
    write_truth(p, "k01_family_member_eob", "reportlab", len(doc.pages),
                "commercial PPO member EOB, family of three, long claim continued", o.lines, o.claims,
                list(notes.items()))


# =============================================================================================== k02
def k02(out_dir: Path):
    """Commercial family claim statement, fpdf2 DejaVu Sans landscape."""
    doc, o = Doc(*LAND), Out()
    F, B, FS = "djs", "djs-b", 6.6
    cols = [("Svc date", 28, "l"), ("Proc", 70, "l"), ("Modifiers", 104, "l"), ("Units", 162, "r"),
            ("Description", 170, "l"), ("Charges", 392, "r"), ("Ineligible", 442, "r"), ("Covered\ncharges", 492, "r"),
            ("Deductible", 542, "r"), ("Copay", 582, "r"), ("Coinsurance", 634, "r"), ("Benefit\npaid", 680, "r"),
            ("Member\nowes", 724, "r"), ("Expl.", 734, "l")]
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"),
                   copay_codes={"99213": Decimal("35.00")})
    st2 = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    doc.new_page()
    doc.rect(0, 0, 792, 46, fill=0.2, stroke=False)
    doc.text(28, 28, "Cobalt Ridge Mutual", "djs-b", 16)
    doc.text(764, 22, "FAMILY CLAIM STATEMENT", B, 10, "r")
    doc.text(764, 35, "Explanation of benefits - not a bill", F, 8, "r")
    doc.text(28, 66, "Subscriber: Anselm Rutkowski-Baird     Subscriber ID: CRM 771 0042 9     Group: Hollis Pine Schools 4410-02", F, 8)
    doc.text(28, 78, "Period: 01/01/26 - 01/31/26     Issued: 02/03/26     Questions? 1-866-555-0148 (TTY 711)", F, 8)
    y = 98
    expl = {"D": "Discounted to the network fee; the provider cannot bill you for the ineligible amount.",
            "E": "Excluded from your plan's benefits; you may be billed the full charge.",
            "K": "Amount is within your deductible for the year."}
    claims = [
        ("Anselm Rutkowski-Baird", "Subscriber", "26012900417-00", "PT-118204", "Ridgeway Physical Therapy",
         [(6, [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]),
          (13, [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("0552T", 1, (), "PR")])], st2),
        ("Lenka Rutkowski-Baird", "Spouse", "26012900588-00", "SLP-0934", "Clearwater Speech & Language",
         [(7, [("92523", 1, ("GN",))]), (14, [("92507", 1, ("GN",))]), (21, [("92507", 1, ("GN",))])], st),
        ("Oskar Rutkowski-Baird", "Son", "26013000102-00", "V-55731", "Hollis Family Medicine",
         [(9, [("99213", 1, ("25",)), ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))])], st),
        ("Oskar Rutkowski-Baird", "Son", "26013000219-00", "KP-2207", "Kestrel Pediatric OT",
         [(12, [("97166", 1, ("GO",)), ("97530", 3, ("GO",))]), (19, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
          (26, [("97530", 2, ("GO",)), ("97129", 1, ("GO",))])], st),
    ]
    printed = ("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for pat, rel, clm, acct, prov, visits, plan in claims:
        ss = svcs(visits, lambda s: commercial(s, plan))
        doc.rect(28, y - 10, 736, 26, fill=0.93)
        doc.text(34, y, f"{pat} ({rel})", B, 8)
        doc.text(300, y, f"Claim number {clm}", F, 8)
        doc.text(500, y, f"Patient account {acct}", F, 8)
        doc.text(34, y + 11, f"Provider: {prov} - network provider", F, 7)
        y += 28
        for h, x, a in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x, y + 7 * k - (7 if "\n" in h else 0), part, B, 6.2, a)
        doc.line(28, y + 3, 764, y + 3)
        y += 12
        for s in ss:
            dl = doc.wrap(s.desc, F, FS, 175)
            ex = "E" if s.denied else ("D,K" if s.deductible else "D")
            ineligible = s.discount + s.not_covered
            vals = [dfmt(s.dos, "mdy2"), s.code, ", ".join(s.mods), units_str(s.units), dl[0], money(s.billed, ","),
                    money(ineligible, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), ex]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, FS, a)
            for k, extra in enumerate(dl[1:], 1):
                doc.text(170, y + 8 * k, extra, F, FS)
            o.lines.append(truth_line(1, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=printed,
                                      remarks=ex.split(",")))
            y += 8 * len(dl) + 2
        tb, ta, tp, to = (total(ss, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.line(360, y - 5, 764, y - 5, 0.3)
        doc.text(300, y + 2, "Claim total", B, FS)
        for x, v in ((392, tb), (492, ta), (680, tp), (724, to)):
            doc.text(x, y + 2, money(v, ","), B, FS, "r")
        o.claim(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 18
    doc.text(28, y + 4, "Explanation codes", B, 8)
    for k, (c, t) in enumerate(expl.items()):
        doc.text(28, y + 15 + 9 * k, f"{c} - {t}", F, 7)
    doc.text(396, 600, "Cobalt Ridge Mutual is an independent licensee. Keep this statement for your records.", F, 6.5, "c")
    p = out_dir / "k02_family_claim_statement.pdf"
    doc.save_fpdf(p, "Family Claim Statement", FIXED_WHEN)
    write_truth(p, "k02_family_claim_statement", "fpdf2", len(doc.pages),
                "commercial family claim statement, landscape", o.lines, o.claims, list(expl.items()))


# =============================================================================================== k03
def k03(out_dir: Path):
    """Medicare Summary Notice Part B, reportlab Times portrait, date headings per claim, 3 pages."""
    doc, o = Doc(*LETTER), Out()
    F, B = "times", "times-b"
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "WALTRAUD KESSELRING"
    doc.new_page()
    doc.text(40, 50, "Medicare Summary Notice for Part B (Medical Insurance)", B, 15)
    doc.text(40, 66, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", F, 9)
    doc.line(40, 74, 572, 74, 1)
    doc.text(40, 92, "WALTRAUD KESSELRING", B, 10)
    doc.text(40, 104, "73 Juniper Switchback Road", F, 10)
    doc.text(40, 116, "Dunmore Falls, OR 97399", F, 10)
    doc.rect(330, 84, 242, 64)
    doc.text(338, 98, "Medicare Number  XXX-XX-4471Q", F, 9)
    doc.text(338, 110, "This notice covers claims processed", F, 9)
    doc.text(338, 122, "January 2 - March 31, 2026", B, 9)
    doc.text(338, 136, "Customer Service 1-800-555-0197 (TTY 1-877-555-0140)", F, 8)
    doc.rect(40, 166, 532, 120)
    doc.text(50, 182, "Your Deductible Status", B, 12)
    doc.text(50, 198, "Your deductible is what you must pay for most health services before Medicare", F, 10)
    doc.text(50, 210, "pays its share. You have $0.00 left to meet for your 2026 Part B deductible.", F, 10)
    doc.text(50, 236, "Did Medicare Approve All Services?  Not all.  Look for NO in the claims.", B, 10)
    doc.text(50, 252, "Number of claims processed this period: 4", F, 10)
    doc.text(50, 268, "Total you may be billed (see Your Claims & Costs):", F, 10)
    doc.text(40, 320, "Be Informed! Protect yourself: only give your Medicare Number to people you trust.", F, 10)
    doc.text(40, 334, "If a provider bills you for more than the Maximum You May Be Billed, call us.", F, 10)
    cols = [("Service Provided & Billing Code", 40, "l"), ("Service\nApproved?", 270, "c"),
            ("Amount\nProvider\nCharged", 350, "r"), ("Medicare-\nApproved\nAmount", 415, "r"),
            ("Medicare\nPaid\nProvider", 480, "r"), ("Maximum\nYou May\nBe Billed", 545, "r"), ("See\nNotes", 554, "l")]
    claims = [
        (jan(6), "14-26013-228-410", "Alderbank Outpatient Therapy, 900 Ferry St, Dunmore Falls, OR 97399",
         [(6, [("97163", 1, ()), ("97110", 2, ()), ("97112", 1, ())])]),
        (jan(8), "14-26015-228-477", "Alderbank Outpatient Therapy, 900 Ferry St, Dunmore Falls, OR 97399",
         [(8, [("97110", 2, ()), ("97140", 1, ()), ("G0283", 1, ())])]),
        (jan(13), "14-26021-308-011", "Riverlight Speech Services, 41 Mill Row, Dunmore Falls, OR 97399",
         [(13, [("92523", 1, ()), ("92507", 1, ())])]),
        (jan(15), "14-26022-228-590", "Alderbank Outpatient Therapy, 900 Ferry St, Dunmore Falls, OR 97399",
         [(15, [("97110", 3, ()), ("97116", 1, ()), ("97140", 1, ()), ("0552T", 1, (), "PR"), ("97530", 2, ())])]),
    ]
    notes = {"A": "This approved amount is based on Medicare's fee schedule. The provider agreed not to charge more.",
             "B": "$120.00 of this approved amount went toward your yearly Part B deductible.",
             "C": "You pay 20% of the approved amount after the deductible.",
             "D": "Medicare does not cover this item. Because you were told in advance, you may owe the full charge.",
             "E": "A 2% cut to Medicare's payment was applied as required by federal law."}
    grand = ZERO
    doc.new_page()
    doc.text(40, 44, "WALTRAUD KESSELRING", F, 9)
    doc.text(40, 68, "Your Claims & Costs This Period", B, 14)
    y = 92
    for when, clm, prov, visits in claims:
        ss = svcs(visits, lambda s: medicare(s, st))
        need = 60 + 22 * len(ss)
        if y + need > 700:
            doc.new_page()
            doc.text(40, 44, "WALTRAUD KESSELRING", F, 9)
            y = 70
        doc.text(40, y, f"{dfmt(when, 'month')}", B, 11)
        doc.text(40, y + 13, f"{prov}", F, 9)
        doc.text(40, y + 25, f"Claim number {clm}     Provider is a Medicare participating provider", F, 9)
        y += 38
        for h, x, a in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x, y + 9 * k, part, B, 8, a)
        y += 30
        doc.line(40, y - 6, 572, y - 6)
        for s in ss:
            nt = ["D"] if s.denied else (["A"] + (["B"] if s.deductible else []) + ["C", "E"])
            text = f"{s.desc} ({s.code})"
            dl = doc.wrap(text, F, 9, 200)
            vals = [dl[0], "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.owes), ", ".join(nt)]
            for (h, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, 9, a)
            for k, extra in enumerate(dl[1:], 1):
                doc.text(40, y + 10 * k, extra, F, 9)
            o.lines.append(truth_line(len(doc.pages), s, claim_id=None, payer_claim_id=clm, patient=pat,
                                      printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                      modifiers=False, remarks=nt))
            y += 10 * len(dl) + 4
        tb, ta, tp, to = (total(ss, a) for a in ("billed", "allowed", "paid", "owes"))
        grand += to
        doc.line(300, y - 6, 572, y - 6)
        doc.text(40, y + 2, "Total for this claim", B, 9)
        for x, v in ((350, tb), (415, ta), (480, tp), (545, to)):
            doc.text(x, y + 2, money(v), B, 9, "r")
        o.claim(None, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        y += 26
    doc.text(40, y + 6, "Notes for Claims Above", B, 11)
    for k, (c, t) in enumerate(notes.items()):
        doc.text(40, y + 20 + 11 * k, f"{c}  {t}", F, 8.5)
    doc.cur = 0
    doc.text(260, 268, money(grand), B, 10)
    doc.cur = None
    page_numbers(doc, "Page {i} of {n}", 572, 44, F, 9)
    p = out_dir / "k03_msn_part_b.pdf"
    doc.save_reportlab(p, "Medicare Summary Notice")
    write_truth(p, "k03_msn_part_b", "reportlab", len(doc.pages), "Medicare Summary Notice Part B",
                o.lines, o.claims, list(notes.items()))


# =============================================================================================== k04
def k04(out_dir: Path):
    """Medicare Advantage member EOB for a two-member household, fpdf2 Liberation Serif portrait."""
    doc, o = Doc(*LETTER), Out()
    F, B, FS = "lserif", "lserif-b", 8.0
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.60"))
    doc.new_page()
    doc.text(36, 44, "Summit Elders Advantage (HMO)", B, 15)
    doc.text(36, 58, "A Medicare Advantage plan offered by Pell Creek Health Partners", F, 9)
    doc.text(576, 44, "Your Explanation of Benefits", B, 11, "r")
    doc.text(576, 58, "for services from January 1 - 31, 2026", F, 9, "r")
    doc.line(36, 66, 576, 66, 1.5)
    doc.text(36, 84, "Rosario Delgado-Finch and Edmund Finch", F, 10)
    doc.text(36, 96, "2209 Sandpiper Loop, Calloway Beach, FL 32999", F, 10)
    doc.text(36, 118, "This notice is not a bill. It shows what we paid for the care you and the members of your", F, 9)
    doc.text(36, 129, "household received. Do not pay more than the amount under 'You owe' for any service.", F, 9)
    cols = [("Date", 36, "l"), ("Service you got", 86, "l"), ("Billing code", 250, "l"), ("Qty", 316, "r"),
            ("Provider's\ncharge", 368, "r"), ("Plan's\napproved", 418, "r"), ("Plan\npaid", 462, "r"),
            ("Your\ncopay", 506, "r"), ("You\nowe", 550, "r"), ("Note", 556, "l")]
    members = [("Rosario Delgado-Finch", "Member number H7720-0418-01", [
        ("SEA-26-00071842", "Coral Coast Rehabilitation", "CCR-4410",
         [(5, [("97163", 1, ("GP",)), ("97110", 2, ("GP", "KX"))]), (7, [("97110", 2, ("GP", "KX")), ("97116", 1, ("GP",))]),
          (12, [("97110", 2, ("GP", "CQ")), ("97140", 1, ("GP",))])]),
        ("SEA-26-00073005", "Calloway Beach Primary Care", "CBP-991203", [(9, [("99213", 1, ())])])]),
        ("Edmund Finch", "Member number H7720-0418-02", [
            ("SEA-26-00072250", "Coral Coast Rehabilitation", "CCR-4438",
             [(6, [("97166", 1, ("GO",)), ("97535", 2, ("GO",))]), (8, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
              (13, [("97530", 3, ("GO",)), ("G0283", 1, (), "CO")])])])]
    notes = {"1": "One copay applies per therapy visit day.",
             "2": "The provider is in network; you owe only your copay.",
             "3": "This service is not covered by your plan and the provider may not bill you for it."}
    y = 150
    findings = []
    for name, mnum, claims in members:
        doc.rect(36, y - 12, 540, 18, fill=0.88, stroke=False)
        doc.text(40, y, f"Claims for {name}", B, 10)
        doc.text(572, y, mnum, F, 9, "r")
        y += 22
        for clm, prov, acct, visits in claims:
            ss = svcs(visits, lambda s: commercial(s, st, deny_reason="96"))
            for s in ss:
                if s.denied == "CO":
                    s.owes = ZERO
            if y > 640:
                doc.text(306, 770, "continued", F, 8, "c")
                doc.new_page()
                doc.text(36, 40, "Summit Elders Advantage (HMO) - Explanation of Benefits (continued)", B, 10)
                y = 64
            doc.text(40, y, f"Claim {clm}", B, 9)
            doc.text(190, y, f"{prov}", F, 9)
            doc.text(572, y, f"Provider account {acct}", F, 8.5, "r")
            y += 8
            doc.line(36, y, 576, y)
            y += 9
            for h, x, a in cols:
                for k, part in enumerate(h.split("\n")):
                    doc.text(x, y + 8 * k, part, B, 7.5, a)
            y += 20
            doc.line(36, y - 6, 576, y - 6, 0.3)
            for s in ss:
                nt = ["3"] if s.denied else (["1"] if s.copay else ["2"])
                code = "-".join((s.code,) + s.mods)
                vals = [dfmt(s.dos, "mon"), s.desc, code, units_str(s.units), money(s.billed), money(s.allowed),
                        money(s.paid), money(s.copay), money(s.owes), nt[0]]
                for (h, x, a), v in zip(cols, vals):
                    doc.text(x, y, v, F, FS, a)
                o.lines.append(truth_line(len(doc.pages), s, claim_id=acct, payer_claim_id=clm, patient=name,
                                          printed=("billed", "allowed", "paid", "copay", "patient_owes"), remarks=nt))
                y += 12
            tb, ta, tp, tc, to = (total(ss, a) for a in ("billed", "allowed", "paid", "copay", "owes"))
            shown = to
            if clm == "SEA-26-00072250":
                shown = to + Decimal("25.00")
                findings.append(f"claim-total-mismatch claim {clm}: printed You owe total {q(shown)} but the lines "
                                f"add up to {q(to)}")
            doc.line(330, y - 8, 576, y - 8, 0.3)
            doc.text(86, y, "Claim totals", B, FS)
            for x, v in ((368, tb), (418, ta), (462, tp), (506, tc), (550, shown)):
                doc.text(x, y, money(v), B, FS, "r")
            o.claim(acct, clm, name, billed=tb, allowed=ta, paid=tp, patient_owes=shown)
            y += 24
    doc.text(36, y, "Notes", B, 9)
    for k, (c, t) in enumerate(notes.items()):
        doc.text(36, y + 12 + 10 * k, f"{c}  {t}", F, 8)
    page_numbers(doc, "Page {i} of {n}", 576, 772, F, 8)
    p = out_dir / "k04_ma_household_eob.pdf"
    doc.save_fpdf(p, "Explanation of Benefits", FIXED_WHEN)
    write_truth(p, "k04_ma_household_eob", "fpdf2", len(doc.pages), "Medicare Advantage household EOB",
                o.lines, o.claims, list(notes.items()), findings)


# =============================================================================================== k05
def k05(out_dir: Path):
    """State Medicaid remittance advice, mainframe print, fpdf2 core Courier landscape, fixed-width lines."""
    doc, o = Doc(*LAND), Out()
    F, FS, LH = "cour", 7.6, 12.5
    eobs = {"0102": "PAID IN FULL AT THE MEDICAL ASSISTANCE FEE. RECIPIENT MAY NOT BE BILLED THE DIFFERENCE.",
            "0344": "SERVICE REQUIRES A PRIOR APPROVAL NUMBER THAT WAS NOT FOUND FOR THIS DATE.",
            "0871": "ADJUSTMENT: ORIGINAL CLAIM VOIDED. SEE REPLACEMENT CLAIM ON THIS ADVICE.",
            "0912": "UNITS BILLED EXCEED THE DAILY LIMIT; PAID AT THE DAILY LIMIT."}
    pageno = [0]
    hdr = "LN FROM   THRU   PROC  M1 M2 UNITS    BILLED   ALLOWED      PAID  GRP-RSN   ADJ-AMT  EOB"

    def top():
        doc.new_page()
        pageno[0] += 1
        doc.text(30, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", "cour-b", 8)
        doc.text(30, 41, f"REMITTANCE ADVICE     RA NO 0004417263     WARRANT DATE 02/06/26     PAGE {pageno[0]:>4}", F, FS)
        doc.text(30, 52, "PROVIDER: PRAIRIE LARK CHILDREN'S THERAPY LLC   PROVIDER NO 200411870   NPI 1999047711", F, FS)
        doc.line(30, 57, 762, 57)
        return 70

    y = top()
    sections = [("CLAIMS PAID", [
        ("MAHONEY-QUILL, DEVRA", "70044128801", "2602603004417001", "PLT-10221",
         [(5, [("97530", 2, ("GO",)), ("97110", 1, ("GO",))]), (7, [("97530", 2, ("GO",)), ("97112", 1, ("GO", "59"))]),
          (12, [("97530", 2, ("GO",))]), (14, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])]),
        ("TRAN, BAO-LINH", "70051876204", "2602603004417002", "PLT-10240",
         [(6, [("92507", 1, ("GN",))]), (8, [("92507", 1, ("GN",))]), (13, [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
          (15, [("92507", 1, ("GN",))]), (20, [("92507", 1, ("GN",))]), (22, [("92507", 1, ("GN",))])]),
        ("OYELARAN, FEMI", "70063015517", "2602603004417003", "PLT-10255",
         [(9, [("97165", 1, ("GO",)), ("97530", 3, ("GO",))]), (16, [("97530", 2, ("GO",)), ("97140", 1, ("GO",))]),
          (23, [("97530", 2, ("GO",)), ("97110", 2, ("GO",))]), (26, [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
          (27, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]), (28, [("97530", 2, ("GO",)), ("97110", 1, ("GO",))]),
          (29, [("97530", 2, ("GO",))]), (30, [("97168", 1, ("GO",))])]),
    ]), ("CLAIMS DENIED", [
        ("VASQUEZ-HOLT, RUBY", "70071120098", "2602603004417004", "PLT-10261",
         [(19, [("97530", 2, ("GO",), "CO"), ("97535", 1, ("GO",), "CO")])]),
    ]), ("CLAIM ADJUSTMENTS", [
        ("TRAN, BAO-LINH", "70051876204", "2602603004417005", "PLT-10177", "VOID"),
        ("TRAN, BAO-LINH", "70051876204", "2602603004417006", "PLT-10177", "REPL"),
    ])]
    void_src = svcs([(2, [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])], medicaid)
    for sec, claims in sections:
        if y > 540:
            y = top()
        doc.text(30, y, f"*** {sec} ***", "cour-b", FS)
        y += LH * 1.5
        for pat, rid, icn, acct, spec in claims:
            if spec == "VOID":
                ss = [negate(s) for s in void_src]
                for s in ss:
                    s.remarks = ["0871"]
            elif spec == "REPL":
                ss = svcs([(2, [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])], medicaid)
                for s in ss:
                    s.remarks = ["0102"]
            else:
                ss = svcs(spec, lambda s: medicaid(s, deny_reason="15"))
                for s in ss:
                    s.remarks = ["0344"] if s.denied else ["0102"]
            if y > 540:
                y = top()
            doc.text(30, y, f"RECIP: {pat:<24} RECIP ID {rid}   ICN {icn}   PAT ACCT {acct}", "cour-b", FS)
            y += LH
            doc.text(30, y, hdr, F, FS)
            y += LH
            for ln, s in enumerate(ss, 1):
                if y > 530:
                    doc.text(30, 590, "CONTINUED ON NEXT PAGE", F, FS)
                    y = top()
                    doc.text(30, y, f"RECIP: {pat:<24} RECIP ID {rid}   ICN {icn}   (CONTINUED)", "cour-b", FS)
                    y += LH
                    doc.text(30, y, hdr, F, FS)
                    y += LH
                m = list(s.mods) + ["", ""]
                adj = s.adjs[0] if s.adjs else None
                ga = f"{adj[0]}-{adj[1]}" if adj else ""
                aa = money(adj[2], "", "trail") if adj else ""
                row = (f"{ln:>2} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code:<5} {m[0]:<2} {m[1]:<2} "
                       f"{s.units:>5.2f} {money(s.billed, '', 'trail'):>9} {money(s.allowed, '', 'trail'):>9} "
                       f"{money(s.paid, '', 'trail'):>9}  {ga:<7} {aa:>9}  {s.remarks[0]}")
                doc.text(30, y, row, F, FS)
                o.lines.append(truth_line(len(doc.pages), s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                          printed=("billed", "allowed", "paid"), service_end=s.dos,
                                          adjustments=s.adjs, remarks=s.remarks, description=False))
                y += LH
            tb, ta, tp = (total(ss, a) for a in ("billed", "allowed", "paid"))
            doc.text(30, y, f"   CLAIM TOTAL{'':>23}{money(tb, '', 'trail'):>9} {money(ta, '', 'trail'):>9} "
                            f"{money(tp, '', 'trail'):>9}", F, FS)
            o.claim(acct, icn, pat, billed=tb, allowed=ta, paid=tp)
            y += LH * 1.8
    if y > 500:
        y = top()
    doc.text(30, y, "EOB CODE MESSAGES", "cour-b", FS)
    for k, (c, t) in enumerate(eobs.items()):
        doc.text(30, y + LH * (k + 1), f"{c}  {t}", F, FS)
    p = out_dir / "k05_medicaid_ra_mainframe.pdf"
    doc.save_fpdf(p, "Remittance Advice", FIXED_WHEN)
    write_truth(p, "k05_medicaid_ra_mainframe", "fpdf2", len(doc.pages), "state Medicaid RA, fixed-width print",
                o.lines, o.claims, list(eobs.items()))


# =============================================================================================== k06
def k06(out_dir: Path):
    """State Medicaid provider remittance, portal print, reportlab DejaVu Sans Condensed portrait, boxed cards."""
    doc, o = Doc(*LETTER), Out()
    F, B, FS = "djsc", "djsc-b", 7.0
    rarc = {"N130": "Check the program's coverage rules for this benefit.",
            "M86": "Service was denied because an evaluation was already paid in this period.",
            "N20": "Service is not paid when billed with the other procedure on this day."}
    doc.new_page()
    doc.text(36, 42, "Commonwealth of Vantreva", B, 9)
    doc.text(36, 56, "Office of Medical Assistance Programs", B, 14)
    doc.text(576, 42, "Provider Remittance Advice", B, 11, "r")
    doc.text(576, 56, "Payment cycle 2026-05  |  EFT trace 884100276", F, 8, "r")
    doc.rect(36, 66, 540, 42, fill=0.95)
    doc.text(44, 80, "Payee: Mistral Bay Speech & Occupational Therapy PC", F, 8)
    doc.text(44, 92, "Payee ID 3008127754   NPI 1093300714   Taxonomy 225X00000X", F, 8)
    doc.text(44, 104, "Remit date 01/30/2026   Claims on this remit: 4", F, 8)
    cols = [("Ln", 42, "l"), ("From", 58, "l"), ("To", 106, "l"), ("Proc", 154, "l"), ("Mods", 186, "l"),
            ("Units", 240, "r"), ("Billed", 290, "r"), ("Allowed", 338, "r"), ("Paid", 384, "r"),
            ("Grp/CARC", 394, "l"), ("Adj Amt", 476, "r"), ("RARC", 486, "l")]
    claims = [
        ("Zuri Abernathy-Okoye", "7700412963", "2602603100088123", "MB-5521", "Paid",
         [(5, [("92507", 1, ("GN",)), ("97530", 2, ("GO",))]), (12, [("92507", 1, ("GN",)), ("97530", 2, ("GO",))])]),
        ("Henrik Solberg", "7700519004", "2602603100088140", "MB-5538", "Paid",
         [(6, [("97166", 1, ("GO",)), ("97535", 2, ("GO",)), ("97533", 1, ("GO",))]),
          (13, [("97530", 3, ("GO",)), ("97112", 1, ("GO", "59"))])]),
        ("Amaia Etxeberria", "7700622871", "2602603100088166", "MB-5544", "Denied",
         [(7, [("92523", 1, ("GN",), "CO")])]),
        ("Zuri Abernathy-Okoye", "7700412963", "2602603100088171", "MB-5550", "Partially paid",
         [(19, [("92507", 1, ("GN",)), ("92526", 1, ("GN", "59"), "CO"), ("97530", 2, ("GO",))])]),
    ]
    y = 128
    SCHED_EXTRA = {"97533": ("88.00", "31.40", "Sensory integration activities, each 15 minutes")}
    for pat, mid, tcn, acct, status, visits in claims:
        ss = []
        for day, items in visits:
            for it in items:
                code = it[0]
                if code in SCHED_EXTRA:
                    fee, sch, desc = SCHED_EXTRA[code]
                    s = Svc(jan(day), "97530", Decimal(str(it[1])), tuple(it[2]))
                    s.code, s.desc = code, desc
                    s.billed = q(Decimal(fee) * s.units)
                    s.allowed = s.paid = q(Decimal(sch) * s.units)
                    s.discount = s.billed - s.allowed
                    s.adjs = [("CO", "45", s.discount)]
                else:
                    s = medicaid(Svc(jan(day), code, Decimal(str(it[1])), tuple(it[2]),
                                     denied=it[3] if len(it) > 3 else None),
                                 deny_reason="97" if code == "92526" else "149")
                ss.append(s)
        for s in ss:
            s.remarks = (["N20"] if s.code == "92526" else ["M86"]) if s.denied else []
        nrows = sum(len(s.adjs) or 1 for s in ss)
        h = 40 + 11 * nrows + 14
        doc.rect(36, y, 540, h)
        doc.rect(36, y, 540, 26, fill=0.9)
        doc.text(42, y + 10, f"Member: {pat}", B, 8)
        doc.text(230, y + 10, f"Medicaid ID: {mid}", F, 8)
        doc.text(400, y + 10, f"TCN: {tcn}", F, 8)
        doc.text(42, y + 21, f"Patient Control No.: {acct}", F, 8)
        doc.text(400, y + 21, f"Claim status: {status}", B, 8)
        yy = y + 36
        for hd, x, a in cols:
            doc.text(x, yy, hd, B, 6.8, a)
        doc.line(36, yy + 3, 576, yy + 3, 0.3)
        yy += 12
        for ln, s in enumerate(ss, 1):
            first = s.adjs[0] if s.adjs else None
            vals = [str(ln), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    f"{s.units:.2f}", money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","),
                    f"{first[0]}-{first[1]}" if first else "", money(first[2], ",") if first else "",
                    " ".join(s.remarks)]
            for (hd, x, a), v in zip(cols, vals):
                doc.text(x, yy, v, F, FS, a)
            for extra in s.adjs[1:]:
                yy += 11
                doc.text(394, yy, f"{extra[0]}-{extra[1]}", F, FS)
                doc.text(476, yy, money(extra[2], ","), F, FS, "r")
            o.lines.append(truth_line(1, s, claim_id=acct, payer_claim_id=tcn, patient=pat,
                                      printed=("billed", "allowed", "paid"), service_end=s.dos,
                                      adjustments=s.adjs, remarks=s.remarks, description=False))
            yy += 11
        tb, ta, tp = (total(ss, a) for a in ("billed", "allowed", "paid"))
        doc.text(186, yy + 2, "Claim totals", B, FS)
        for x, v in ((290, tb), (338, ta), (384, tp)):
            doc.text(x, yy + 2, money(v, ","), B, FS, "r")
        o.claim(acct, tcn, pat, billed=tb, allowed=ta, paid=tp)
        y += h + 12
    doc.text(36, y + 6, "Remark code glossary (plain-language summaries)", B, 8)
    for k, (c, t) in enumerate(rarc.items()):
        doc.text(36, y + 18 + 10 * k, f"{c}: {t}", F, 7.5)
    doc.text(306, 770, "Generated from the provider portal. Page 1 of 1", F, 7, "c")
    p = out_dir / "k06_medicaid_portal_remit.pdf"
    doc.save_reportlab(p, "Provider Remittance Advice")
    write_truth(p, "k06_medicaid_portal_remit", "reportlab", len(doc.pages), "state Medicaid portal remittance",
                o.lines, o.claims, list(rarc.items()))


# =============================================================================================== k07
def k07(out_dir: Path):
    """Clearinghouse reprint of a Medicare-style standard paper remit, reportlab core Courier portrait."""
    doc, o = Doc(*LETTER), Out()
    F, B, FS, LH = "cour", "cour-b", 7.2, 9.6
    st = PlanState(ded_left=Decimal("40.00"))
    legend = {"CO": "Contractual obligation: provider write-off, not billable to the patient.",
              "PR": "Patient responsibility.", "MA01": "Appeal rights notice (summary).",
              "N211": "This service may not be appealed further (summary)."}
    pg = [0]

    def top():
        doc.new_page()
        pg[0] += 1
        doc.text(36, 34, "PAYERLINK EXCHANGE - REMITTANCE REPRINT (STANDARD PAPER FORMAT)", B, 8)
        doc.text(36, 45, "MEDICARE PART B  HEARTLAND PLAINS CONTRACTOR SVCS     PROVIDER #: 0447120  NPI 1881200457", F, FS)
        doc.text(36, 55, f"PAYEE: OSAGE TRAIL THERAPY CENTER   CHECK/EFT #: 0000739182   DATE: 01/29/26   PAGE #: {pg[0]}", F, FS)
        doc.text(36, 70, "PERF PROV   SERV DATE   POS NOS  PROC  MODS       BILLED  ALLOWED   DEDUCT    COINS  GRP/RC-AMT     PROV PD", F, FS)
        doc.line(36, 74, 576, 74, 0.4)
        return 86

    y = top()
    claims = [
        ("HARTWELL, AUGUSTINE", "5QW2ER7TY81", "OTC-88120", "0226007441230", "MA01",
         [(5, [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]),
          (7, [("97110", 2, ("GP",)), ("97112", 1, ("GP",))]), (9, [("97110", 2, ("GP", "KX")), ("97116", 1, ("GP",))]),
          (12, [("97110", 2, ("GP",)), ("97140", 1, ("GP",))]), (14, [("97110", 2, ("GP", "CQ")), ("97112", 1, ("GP", "CQ"))])]),
        ("PRZYBYLSKI, ELEANOR", "3HG6TR1WQ27", "OTC-88133", "0226007441251", "MA01",
         [(6, [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]), (8, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
          (13, [("97760", 1, ("GO",)), ("L3807", 1, ("RT",))]), (15, [("0552T", 1, (), "CO")]),
          (20, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]), (22, [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
          (27, [("97530", 3, ("GO",))])]),
        ("NAKASHIMA, TEODORO", "9KL4MN2BV63", "OTC-88150", "0226007441277", "MA01",
         [(20, [("92507", 1, ("GN",)), ("97129", 1, ("GN",))])]),
    ]
    for name, mid, acct, icn, moa, visits in claims:
        ss = svcs(visits, lambda s: medicare(s, st, deny_reason="96"))
        for s in ss:
            if s.denied:
                s.remarks = ["N211"]
        if y > 690:
            y = top()
        doc.text(36, y, f"NAME {name:<22} MID {mid}  ACNT {acct}", F, FS)
        doc.text(36, y + LH, f"ICN {icn}  ASG Y  MOA {moa}", F, FS)
        y += LH * 2
        for s in ss:
            nsub = max(len(s.adjs) - 1, 0) + (1 if s.remarks else 0)
            if y + LH * (1 + nsub) > 740:
                doc.text(36, 760, "CLAIM CONTINUED ON NEXT PAGE", F, FS)
                y = top()
                doc.text(36, y, f"NAME {name:<22} MID {mid}  ACNT {acct}  (CONT)", F, FS)
                y += LH
            a0 = s.adjs[0]
            mods = " ".join(s.mods)
            row = (f"1881200457  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11    {units_str(s.units):>1} {s.code:<5} {mods:<9}"
                   f"{money(s.billed, ''):>8} {money(s.allowed, ''):>8} {money(s.deductible, ''):>8} "
                   f"{money(s.coinsurance, ''):>8}  {a0[0]}-{a0[1]:<3}{money(a0[2], ''):>8} {money(s.paid, ''):>9}")
            doc.text(36, y, row, F, FS)
            y += LH
            for g, r, a in s.adjs[1:]:
                doc.text(36, y, f"{'':>82}{g}-{r:<3}{money(a, ''):>8}", F, FS)
                y += LH
            if s.remarks:
                doc.text(36, y, f"{'':>12}REM: {' '.join(s.remarks)}", F, FS)
                y += LH
            o.lines.append(truth_line(len(doc.pages), s, claim_id=acct, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                      adjustments=s.adjs, remarks=s.remarks, description=False))
        tb, ta, td, tc, tp = (total(ss, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        pr = total(ss, "owes")
        doc.text(36, y, f"PT RESP {money(pr, ''):>8}      CLAIM TOTALS    {money(tb, ''):>8} {money(ta, ''):>8} "
                        f"{money(td, ''):>8} {money(tc, ''):>8}  {'':<14}{money(tp, ''):>9}", F, FS)
        doc.text(36, y + LH, f"{'':>70}NET {money(tp, ''):>9}", F, FS)
        o.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=pr)
        y += LH * 3
    if y > 680:
        y = top()
    doc.text(36, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES (SUMMARIES)", B, FS)
    for k, (c, t) in enumerate(legend.items()):
        doc.text(36, y + LH * (k + 1), f"{c:<6}{t}", F, FS)
    p = out_dir / "k07_spr_reprint.pdf"
    doc.save_reportlab(p, "Remittance reprint")
    write_truth(p, "k07_spr_reprint", "reportlab", len(doc.pages), "clearinghouse standard paper remit reprint",
                o.lines, o.claims, list(legend.items()))


# =============================================================================================== k08
def k08(out_dir: Path):
    """Practice-management 'Remittance Detail' report of a Medicare payment, fpdf2 Liberation Sans Narrow landscape."""
    doc, o = Doc(*LAND), Out()
    F, B, FS = "lnarrow", "lnarrow-b", 7.4
    st = PlanState(ded_left=Decimal("0.00"))
    cols = [("Patient", 24, "l"), ("Acct #", 118, "l"), ("Payer ICN", 166, "l"), ("DOS", 236, "l"), ("CPT", 276, "l"),
            ("Mod", 304, "l"), ("Units", 350, "r"), ("Charge", 392, "r"), ("Allowed", 432, "r"), ("Deduct", 468, "r"),
            ("Coins", 504, "r"), ("Adjustments", 512, "l"), ("Paid", 700, "r"), ("Remark", 708, "l")]
    pats = [("Fairweather, Constance", "A-20417", "0526014800512", [(5, [("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
                                                                      (7, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                                                                      (12, [("97530", 2, ("GO", "KX")), ("97112", 1, ("GO",))])]),
            ("Obuya, Silas", "A-20433", "0526014800533", [(6, [("97161", 1, ("GP",)), ("97110", 3, ("GP",))]),
                                                          (8, [("97110", 2, ("GP",)), ("97140", 2, ("GP", "59"))]),
                                                          (13, [("97110", 2, ("GP",)), ("G0283", 1, ("GP",))]),
                                                          (15, [("97110", 2, ("GP",)), ("97116", 1, ("GP",))])]),
            ("Lindgren-Muir, Petra", "A-20458", "0526014800561", [(9, [("92523", 1, ("GN",))]),
                                                                   (16, [("92507", 1, ("GN",))]),
                                                                   (23, [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])]),
            ("Castellano, Iker", "A-20466", "0526014800590", [(14, [("97165", 1, ("GO",)), ("97760", 1, ("GO",)),
                                                                    ("L3807", 1, ("LT",))]),
                                                               (21, [("97760", 1, ("GO",)), ("97140", 1, ("GO",))])]),
            ("Fairweather, Constance", "A-20471", "0526014800602", [(19, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                                                                      (21, [("97530", 2, ("GO",)), ("97150", 1, ("GO",), "CO")])])]
    st.ded_left = Decimal("55.00")
    pgn = [0]

    def top():
        doc.new_page()
        pgn[0] += 1
        doc.text(24, 30, "Juniper Ledger PM  -  Remittance Detail Report", B, 12)
        doc.text(768, 30, f"Run 02/02/2026 08:14  |  User: mbilling", F, 7.5, "r")
        doc.text(24, 43, "Practice: Saltmarsh Rehabilitation Associates   Payer: MEDICARE B (Coastal Federal Claims Admin.)   "
                         "Check/EFT: 9910044587   Paid date: 1/29/2026", F, 7.5)
        doc.line(24, 50, 768, 50, 0.8)
        yy = 62
        doc.rect(24, yy - 8, 744, 12, fill=0.9, stroke=False)
        for hd, x, a in cols:
            doc.text(x, yy, hd, B, 7.2, a)
        return yy + 14

    y = top()
    for name, acct, icn, visits in pats:
        ss = svcs(visits, lambda s: medicare(s, st, deny_reason="170"))
        for s in ss:
            s.remarks = ["N386"] if s.denied else []
        for s in ss:
            if y > 580:
                y = top()
            adj = "  ".join(f"{g}{r} {money(a, '')}" for g, r, a in s.adjs)
            vals = [name, acct, icn, dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units),
                    money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                    adj, money(s.paid, ""), " ".join(s.remarks)]
            for (hd, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, FS, a)
            doc.line(24, y + 3, 768, y + 3, 0.15)
            o.lines.append(truth_line(len(doc.pages), s, claim_id=acct, payer_claim_id=icn, patient=name,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                      adjustments=s.adjs, remarks=s.remarks, description=False))
            y += 11
        tb, ta, td, tc, tp = (total(ss, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        doc.text(236, y, f"Claim subtotal   Pt resp: {money(total(ss, 'owes'), '')}", B, FS)
        for x, v in ((392, tb), (432, ta), (468, td), (504, tc), (700, tp)):
            doc.text(x, y, money(v, ""), B, FS, "r")
        o.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=total(ss, "owes"))
        y += 18
    doc.text(24, y + 4, "Remark N386: the payer's national coverage rule was applied (summary). Group code CO = provider write-off; "
                        "PR = patient share.", F, 7)
    page_numbers(doc, "Page {i} of {n}", 768, 600, F, 7)
    p = out_dir / "k08_pm_remit_detail.pdf"
    doc.save_fpdf(p, "Remittance Detail Report", FIXED_WHEN)
    write_truth(p, "k08_pm_remit_detail", "fpdf2", len(doc.pages), "practice-management remittance detail report",
                o.lines, o.claims, [("N386", "The payer's national coverage rule was applied (summary).")])


# =============================================================================================== k09
def k09(out_dir: Path):
    """Pediatric therapy clinic family statement with a shaded left sidebar, reportlab DejaVu Serif portrait."""
    doc, o = Doc(*LETTER), Out()
    F, B, FS = "djserif", "djserif-b", 6.8
    st = PlanState(ded_left=Decimal("90.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    X0 = 168
    cols = [("Date", X0, "l"), ("Visit #", X0 + 40, "l"), ("Code", X0 + 82, "l"), ("Service", X0 + 130, "l"),
            ("Qty", X0 + 250, "r"), ("Charge", X0 + 290, "r"), ("Ins. paid", X0 + 330, "r"),
            ("Adjust.", X0 + 370, "r"), ("Balance", X0 + 412, "r")]
    pg = [0]

    def top():
        doc.new_page()
        pg[0] += 1
        doc.rect(0, 0, 150, 792, fill=0.9, stroke=False)
        doc.text(14, 50, "Willowbend", B, 13)
        doc.text(14, 64, "Pediatric Therapy", B, 11)
        doc.text(14, 80, "58 Tannery Lane, Suite 3", F, 7)
        doc.text(14, 90, "Harrow Glen, VT 05999", F, 7)
        doc.text(14, 100, "Billing office 802-555-0119", F, 7)
        if pg[0] == 1:
            doc.text(14, 140, "Statement date", B, 8)
            doc.text(14, 151, "02/04/2026", F, 8)
            doc.text(14, 172, "Guarantor account", B, 8)
            doc.text(14, 183, "G-004117", F, 8)
            doc.text(14, 204, "Please pay", B, 9)
            doc.text(14, 300, "Pay online with code", F, 7)
            doc.text(14, 310, "WBPT-4117-26", B, 8)
            doc.text(14, 330, "We bill your insurance", F, 7)
            doc.text(14, 340, "first. Amounts below in", F, 7)
            doc.text(14, 350, "'Balance' are what your", F, 7)
            doc.text(14, 360, "plan says you owe.", F, 7)
        doc.text(X0, 40, "FAMILY STATEMENT", B, 14)
        doc.text(580, 40, f"Page {pg[0]}", F, 8, "r")
        if pg[0] == 1:
            doc.text(X0, 62, "Marguerite Osei-Lindqvist", F, 9)
            doc.text(X0, 73, "14 Hemlock Rise", F, 9)
            doc.text(X0, 84, "Harrow Glen, VT 05999", F, 9)
            doc.text(X0, 104, "Primary insurance: Granite Basin Health Plan   Policy GBH 55 0417 8820", F, 7.5)
            y0 = 124
        else:
            doc.text(X0, 58, "Marguerite Osei-Lindqvist   Guarantor account G-004117  (continued)", F, 8)
            y0 = 78
        return y0

    def colhead(y):
        for hd, x, a in cols:
            doc.text(x, y, hd, B, 7, a)
        doc.line(X0, y + 3, 582, y + 3, 0.6)
        return y + 13

    kids = [("Kofi Osei-Lindqvist", [("V26-1051", "GB2601080044", [(5, [("97530", 2, ("GO",)), ("97112", 1, ("GO",))])]),
                                     ("V26-1077", "GB2601150310", [(12, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])]),
                                     ("V26-1104", "GB2601220198", [(19, [("97530", 2, ("GO",)), ("97110", 1, ("GO",))])]),
                                     ("V26-1130", "GB2601290075", [(26, [("97168", 1, ("GO",)), ("97530", 1, ("GO",))])])]),
            ("Ama Osei-Lindqvist", [("V26-1060", "GB2601090521", [(6, [("92523", 1, ("GN",))])]),
                                    ("V26-1088", "GB2601160107", [(13, [("92507", 1, ("GN",))])]),
                                    ("V26-1115", "GB2601230466", [(20, [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])]),
                                    ("V26-1142", "GB2601300012", [(27, [("92507", 1, ("GN",))])])]),
            ("Yaw Osei-Lindqvist", [("V26-1066", "GB2601090618", [(7, [("97165", 1, ("GO",)), ("97530", 2, ("GO",))])]),
                                    ("V26-1094", "GB2601160239", [(14, [("97530", 2, ("GO",)), ("97140", 1, ("GO",)),
                                                                        ("0552T", 1, (), "PR")])]),
                                    ("V26-1121", "GB2601230544", [(21, [("97530", 3, ("GO",)), ("97150", 1, ("GO",))])]),
                                    ("V26-1149", "GB2601300101", [(28, [("97530", 2, ("GO",)), ("97129", 1, ("GO",))])])])]
    y = colhead(top())
    grand = ZERO
    for pat, visits in kids:
        if y > 720:
            y = top()
        doc.rect(X0 - 4, y - 9, 586 - X0, 13, fill=0.95, stroke=False)
        doc.text(X0, y, f"Patient: {pat}", B, 8)
        y += 14
        for vno, gclm, v in visits:
            ss = svcs(v, lambda s: commercial(s, st))
            for s in ss:
                if y > 750:
                    y = top()  # the table simply runs on; no column header on the next page
                dl = doc.wrap(s.desc, F, FS, 110)
                vals = [dfmt(s.dos, "mdy2"), vno, "".join((s.code,) + tuple(s.mods)), dl[0], units_str(s.units),
                        money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
                for (hd, x, a), v2 in zip(cols, vals):
                    doc.text(x, y, v2, F, FS, a)
                for k, extra in enumerate(dl[1:], 1):
                    doc.text(X0 + 130, y + 8 * k, extra, F, FS)
                o.lines.append(truth_line(len(doc.pages), s, claim_id=vno, payer_claim_id=gclm, patient=pat,
                                          printed=("billed", "paid", "discount", "patient_owes")))
                y += 8 * len(dl) + 2
            doc.text(X0 + 40, y, f"Filed with Granite Basin Health Plan, claim {gclm}; processed 01/{min(v[0][0] + 9, 31):02d}/2026", F, 6.4)
            o.claim(vno, gclm, pat)  # the statement prints no per-visit totals
            grand += total(ss, "owes")
            y += 13
    if y > 700:
        y = top()
    doc.text(X0, y + 4, "Payment received 01/20/2026 - thank you (card ending 4471)", F, 7.5)
    doc.text(582, y + 4, money(Decimal("-40.00"), ",", "()"), F, 7.5, "r")
    doc.line(X0, y + 10, 582, y + 10, 0.6)
    doc.text(X0, y + 22, "Amount due from guarantor", B, 9)
    doc.text(582, y + 22, money(grand - Decimal("40.00")), B, 9, "r")
    doc.cur = 0
    doc.text(14, 218, money(grand - Decimal("40.00")), B, 12)
    doc.text(14, 232, "by 02/25/2026", F, 8)
    doc.cur = None
    p = out_dir / "k09_clinic_family_statement.pdf"
    doc.save_reportlab(p, "Family Statement")
    write_truth(p, "k09_clinic_family_statement", "reportlab", len(doc.pages),
                "pediatric therapy clinic family statement with sidebar", o.lines, o.claims, [])


# =============================================================================================== k10
def k10(out_dir: Path):
    """Hospital patient statement (guarantor summary) with outpatient rehab accounts, fpdf2 Liberation Sans."""
    doc, o = Doc(*LETTER), Out()
    F, B, FS = "lsans", "lsans-b", 7.6
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.70"))
    cols = [("Service date", 40, "l"), ("Rev", 100, "l"), ("CPT/HCPCS", 130, "l"), ("Mod", 182, "l"),
            ("Qty", 228, "r"), ("Description", 240, "l"), ("Charges", 570, "r")]
    REV = {"97110": "0420", "97140": "0420", "97161": "0424", "97112": "0420", "97116": "0420", "G0283": "0420",
           "97165": "0434", "97530": "0430", "97535": "0430", "97760": "0430", "L3807": "0274", "92523": "0444",
           "92507": "0440", "99213": "0510", "0552T": "0420"}
    pg = [0]

    def top():
        doc.new_page()
        pg[0] += 1
        doc.text(40, 42, "ST. ANSELM REGIONAL MEDICAL CENTER", B, 13)
        doc.text(40, 55, "Patient Financial Services  |  400 Cathedral Hill Dr, Marrowby, MN 55999  |  612-555-0183", F, 8)
        doc.text(572, 42, "Guarantor Statement", B, 11, "r")
        doc.line(40, 62, 572, 62, 1)
        doc.text(572, 776, f"Page {pg[0]} of 2", F, 8, "r")
        return 80

    y = top()
    doc.text(40, y, "Guarantor: Dorian Halvorsen     Guarantor no. 800044127     Statement date 02/09/2026", F, 8.5)
    doc.rect(380, y + 8, 192, 46)
    doc.text(388, y + 22, "Total account balance", B, 9)
    doc.text(388, y + 46, "Due by 03/02/2026", F, 8)
    y += 70
    accounts = [
        ("Greta Halvorsen", "HAR 40017722391", "40017722391", "Outpatient rehabilitation (daughter)",
         "Prairie Shield Insurance", "PSI-26-0207-55310",
         [(5, [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]), (7, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
          (12, [("97530", 2, ("GO",)), ("97760", 1, ("GO",))]), (12, [("L3807", 1, ("RT",))]),
          (14, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]), (19, [("97530", 2, ("GO",))]),
          (21, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]), (26, [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
          (28, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])]),
        ("Dorian Halvorsen", "HAR 40017730018", "40017730018", "Outpatient physical therapy (self)",
         "Prairie Shield Insurance", "PSI-26-0211-60022",
         [(8, [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]), (15, [("97110", 2, ("GP",)), ("97140", 1, ("GP",)),
                                                                     ("0552T", 1, (), "PR")]),
          (22, [("97110", 2, ("GP",)), ("97116", 1, ("GP",))]), (27, [("97110", 2, ("GP",)), ("97112", 1, ("GP",))]),
          (29, [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("G0283", 1, ("GP",))]),
          (30, [("97110", 2, ("GP",)), ("97116", 1, ("GP",))])]),
        ("Linnea Halvorsen", "HAR 40017731102", "40017731102", "Outpatient speech therapy (daughter)",
         "Prairie Shield Insurance", "PSI-26-0213-60417",
         [(9, [("92523", 1, ("GN",))]), (16, [("92507", 1, ("GN",))]), (23, [("92507", 1, ("GN",))])]),
    ]
    balance = ZERO
    for pat, har_label, har, kind, ins, iclm, visits in accounts:
        ss = svcs(visits, lambda s: commercial(s, st))
        if y > 560:
            y = top()
        doc.rect(40, y - 10, 532, 28, fill=0.9)
        doc.text(46, y, f"Patient: {pat}", B, 9)
        doc.text(300, y, f"Hospital account no. {har}", B, 9)
        doc.text(46, y + 12, kind + f"   |   Insurance: {ins}, claim {iclm}", F, 8)
        y += 30
        for hd, x, a in cols:
            doc.text(x, y, hd, B, 7.5, a)
        doc.line(40, y + 3, 572, y + 3, 0.4)
        y += 13
        for s in ss:
            if y > 650:
                y = top()
                doc.text(46, y, f"Patient: {pat}   Hospital account no. {har}   (continued)", B, 9)
                y += 16
                for hd, x, a in cols:
                    doc.text(x, y, hd, B, 7.5, a)
                doc.line(40, y + 3, 572, y + 3, 0.4)
                y += 13
            desc = s.desc.upper()
            vals = [dfmt(s.dos, "mdy4"), REV[s.code], s.code, " ".join(s.mods), units_str(s.units), desc,
                    money(s.billed, ",")]
            for (hd, x, a), v in zip(cols, vals):
                doc.text(x, y, v, F, FS, a)
            tl = truth_line(len(doc.pages), s, claim_id=har, payer_claim_id=iclm, patient=pat, printed=("billed",))
            tl["description"] = desc
            o.lines.append(tl)
            y += 11
        tb, tp, tadj, to = (total(ss, a) for a in ("billed", "paid", "discount", "owes"))
        tadj += sum((s.not_covered for s in ss if s.denied == "CO"), ZERO)
        rows = [("Total charges", money(tb, ",")),
                (f"Paid by {ins}", money(tp, ",")),
                ("Insurance contractual adjustment", money(tadj, ",")),
                ("Patient balance for this account", money(to, ","))]
        for lab, v in rows:
            doc.text(240, y + 2, lab, B if lab.startswith(("Total", "Patient")) else F, 8)
            doc.text(570, y + 2, v, B if lab.startswith(("Total", "Patient")) else F, 8, "r")
            y += 11
        o.claim(har, iclm, pat, billed=tb, paid=tp, patient_owes=to)
        balance += to
        y += 16
    doc.text(40, y + 4, "Questions about a charge? Ask for an itemized bill. Financial assistance is available; "
                        "call Patient Financial Services.", F, 7.5)
    doc.cur = 0
    doc.text(388, 80 + 34, money(balance), B, 12)
    doc.cur = None
    assert len(doc.pages) == 2, len(doc.pages)
    p = out_dir / "k10_hospital_guarantor_statement.pdf"
    doc.save_fpdf(p, "Guarantor Statement", FIXED_WHEN)
    write_truth(p, "k10_hospital_guarantor_statement", "fpdf2", len(doc.pages),
                "hospital guarantor statement with outpatient rehab accounts", o.lines, o.claims, [])


# =============================================================================================== check
LAYOUTS = [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10]
DATE_STYLES = ("mdy2", "mdy4", "mdy6", "mon", "month", "mdyn", "iso")


def _norm(s: str) -> str:
    return " ".join(s.replace("$", "").replace(",", "").split())


def _amount_in(v: str, text: str) -> bool:
    d = Decimal(v)
    a = f"{abs(d):.2f}"
    pats = [rf"(?<![\d.\-(]){re.escape(a)}(?![\d)\-])"] if d >= 0 else \
        [rf"-{re.escape(a)}(?!\d)", rf"\({re.escape(a)}\)", rf"(?<![\d.]){re.escape(a)}-"]
    return any(re.search(p, text) for p in pats)


def check(out_dir: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    spans = 0
    nlines = npages = 0
    for pdf in sorted(out_dir.glob("*.pdf")):
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        name = pdf.name
        with pdfplumber.open(pdf) as doc:
            pages = [[_norm(ln["text"]) for ln in pg.extract_text_lines()] for pg in doc.pages]
            if len(doc.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(doc.pages)} != {t['pages']}")
        nlines += len(t["lines"])
        npages += t["pages"]
        alltext = " ".join(" ".join(p) for p in pages)
        rawall = " ".join(alltext.split())
        per_claim_pages: dict = {}
        for i, ln in enumerate(t["lines"]):
            tag = f"{name} line {i} {ln['code']} {ln['service_date']}"
            pl = pages[ln["page"] - 1]
            ptext = " ".join(pl)
            amounts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                       "coinsurance", "not_covered", "discount") if ln[k] is not None]
            dt = date.fromisoformat(ln["service_date"])
            dvars = {_norm(dfmt(dt, s)) for s in DATE_STYLES}
            cands = [r for r in pl if ln["code"] in r and all(_amount_in(a, r) for a in amounts)
                     and all(re.search(rf"(?<![A-Z0-9]){m}(?![A-Z0-9])", r.replace(ln["code"], " ")) or
                             (ln["code"] + m) in r or f"{ln['code']}-{m}" in r for m in ln["modifiers"])
                     ]
            if ln["units"] is not None:
                u = re.escape(ln["units"])
                cands = [r for r in cands if re.search(rf"(?<![\d.]){u}(\.0+)?(?![\d.])", r.replace(ln["code"], " "))]
            if not cands:
                errs.append(f"{tag}: no text row carries code+amounts+mods+units+remarks")
                continue
            if not any(any(dv in r for dv in dvars) for r in cands) and not any(dv in ptext for dv in dvars):
                errs.append(f"{tag}: service date not printed")
            for rm in ln["remarks"]:
                if rm not in ptext:
                    errs.append(f"{tag}: remark {rm} not on page")
            for g, r, a in ln["adjustments"]:
                if not (f"{g}-{r}" in ptext or f"{g}{r}" in ptext):
                    errs.append(f"{tag}: adjustment code {g}-{r} not on page")
                if a is not None and not _amount_in(a, ptext):
                    errs.append(f"{tag}: adjustment amount {a} not on page")
            if ln["description"] and not all(w in ptext for w in _norm(ln["description"]).split()):
                errs.append(f"{tag}: description not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and _norm(ln[k]) not in rawall:
                    errs.append(f"{tag}: {k} {ln[k]} not in document")
            # the document's own arithmetic
            D0 = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
            b, al, pd = D0("billed"), D0("allowed"), D0("paid")
            if b is not None and pd is not None and ln["adjustments"] and all(x[2] is not None for x in ln["adjustments"]):
                if b - sum(Decimal(x[2]) for x in ln["adjustments"]) != pd:
                    errs.append(f"{tag}: billed - adjustments != paid")
            if b is not None and al is not None and (D0("discount") is not None or D0("not_covered") is not None):
                if b - (D0("discount") or 0) - (D0("not_covered") or 0) != al:
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
            if al is not None and pd is not None and any(D0(k) is not None for k in ("deductible", "copay", "coinsurance")) \
                    and not any(x[1] == "253" for x in ln["adjustments"]):
                if al - sum((D0(k) or 0) for k in ("deductible", "copay", "coinsurance")) != pd:
                    errs.append(f"{tag}: allowed - cost share != paid")
            if al is None and b is not None and pd is not None and D0("discount") is not None and D0("patient_owes") is not None:
                if b - D0("discount") - pd != D0("patient_owes"):
                    errs.append(f"{tag}: billed - adjustment - paid != balance")
            per_claim_pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
        spans += any(len(v) > 1 for v in per_claim_pages.values())
        for c in t["claims"]:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and _norm(c[k]) not in rawall:
                    errs.append(f"{name}: claim {k} {c[k]} not in document")
            mine = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                    and ln["claim_id"] == c["claim_id"]]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not _amount_in(v, rawall):
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} not printed")
                if all(ln[k] is not None for ln in mine):
                    s = sum(Decimal(ln[k]) for ln in mine)
                    planted = any(c["payer_claim_id"] in f and f" {v} " in f for f in t["expected_findings"])
                    if (s != Decimal(v)) != planted:
                        errs.append(f"{name}: claim {c['payer_claim_id']} {k} lines {s} vs total {v} "
                                    f"(planted={planted})")
    print(f"checked {len(list(out_dir.glob('*.pdf')))} files, {nlines} lines, {npages} pages; "
          f"files with a claim spanning pages: {spans}")
    if spans < 3:
        errs.append(f"only {spans} files carry a claim whose rows continue onto the next page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout160_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        fn(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
