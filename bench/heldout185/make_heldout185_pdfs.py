"""Write the 185th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on layouts nobody developing it has seen.

Run:  python bench/heldout185/make_heldout185_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout185/make_heldout185_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units too: a layout that prints no quantity has units null); claim_id = the provider's own
account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient
exactly as printed (the person who got the service, not the guarantor or subscriber unless the same). Every
name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). h185.py is a small drawing layer.

Layouts (two of each of the five commonest kinds, each in a house style of its own):
  s01 commercial family member EOB "Benefit Statement", portrait Liberation Sans (reportlab): per-claim heading
      "Patient / Claim number / Your provider's account", "Amount charged / Plan price reduction / Covered
      amount / Deductible / Copay / Coinsurance / Plan paid / You may owe / Remark", code+mods on the first row
      line and our wording on a second, no units printed, 4 family members, the fourth claim on page 2 under
      the repeated page banner (a break inside a claim would repeat the header with "(continued)"), a denied
      line, PLANTED claim-total mismatch in "You may owe"
  s02 commercial "Explanation of Benefits - Claim Detail", landscape DejaVu Serif Condensed, fully ruled grid
      (fpdf2): "Ln / Service date / Procedure / Mod / Qty / Billed / Not covered / Allowed / Deductible /
      Coinsurance / Copay / Plan paid / Member pays / Code", code and Mod in separate cells, a denied line,
      letter reason codes with a legend, 2 family members, a 25-line claim split over pages with header repeated
  s03 Medicare Summary Notice Part B, portrait Liberation Serif (fpdf2): "Service Provided & Billing Code / Did
      Medicare Approve / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You
      May Be Billed / See Notes", description wraps with the code "(97530-GO)" on its last line, claims headed
      by provider and "Dates of service", notes letters, a denied service, 3 pages
  s04 Medicare Advantage PPO member EOB, portrait DejaVu Sans (reportlab): claim bar "Claim ID / Received /
      Processed", "Service you received (code) / Date / Provider's charge / Plan's approved amount / Plan's
      share / Your share / Note", $20 copay per visit day, a 30-line claim, an included-service denial, one page
  s05 state Medicaid remittance advice, landscape core Courier 7.6 (reportlab): fixed width, "RECIPIENT NAME /
      RECIP ID / TCN / PAT ACCT", "LN FROM-DOS TO-DOS PROC M1 M2 UNITS BILLED ALLOWED TPL COPAY PAID EOB",
      PAID / DENIED sections, CLAIM TOTAL rows, banner and header repeated on every page, a claim continues
      onto page 2 under a "(CONT)" recipient line, EOB legend
  s06 state Medicaid adjustment remittance, portrait DejaVu Sans Mono (fpdf2): "ORIGINAL / ADJUSTMENT" pairs
      with reversed amounts printed with a trailing minus, "MBR / MBR ID / PCN / ICN", "SVC DATES / PROC-MODS /
      QTY / CHARGED / ADJ RSN / ADJ AMT / PAID", every adjustment printed
  s07 clearinghouse print of a Medicare Part B standard paper remit, portrait core Courier 7 (fpdf2): "NAME /
      HIC / ACNT / ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", extra adjustments on the lines below, CLAIM TOTALS, header "(CONTINUED)" over pages
  s08 practice-management "Medicare Payment Posting Detail", landscape Liberation Sans Narrow boxed grid
      (reportlab): ids on every row, "CPT / Mod / Units / Charge / Allowed / Ded PR-1 / Coins PR-2 / Contract
      CO-45 / Seq CO-253 / Paid", a denied line with CO-50 in a "Denial" column, batch totals
  s09 pediatric therapy clinic family statement, portrait core Times (reportlab): amount-due box and tear-off
      stub, sections per child "Patient: NAME", "Date / Visit # / Code / Description / Units / Charges / Ins Paid /
      Ins Adj / Your Balance", patient-payment rows without codes, 3 family members, runs to 2 pages
  s10 hospital outpatient-rehab family statement, portrait Liberation Sans (fpdf2) with a grey left sidebar on
      every page: one account per family member "Account No. / Patient / Insurance claim #", "Date / Rev /
      CPT-HCPCS / Description / Qty / Charges" (charges only per line), account summaries with insurance
      payments and adjustments at account level, the third account on page 2 (the page break would print
      "Continued on next page" and repeat the header with "(continued)" inside an account)

The self-check (--check) tests the factory, never the reader: page counts; for each truth line, a text line on
its page holding its code, with its modifiers, units, every printed amount and adjustment amount on that line
or the few lines of the same row (row span declared per layout); dates on the row or the page; remarks, ids and
patients in the document text; billed - adjustments = paid where the layout prints every adjustment; claim
totals = sum of lines, except the planted mismatch which must really be off.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen as G  # noqa: E402
from eobgen import Svc, PlanState, money, dfmt, truth_line, claim_totals, write_truth, total, ZERO  # noqa: E402
from h185 import RLDoc, FPDoc, cells, wrap  # noqa: E402

G.FEE.update({"97533": "98.00", "97162": "230.00", "99214": "210.00", "A4556": "18.00", "97113": "88.00"})
G.SCHED.update({"97533": "39.02", "97162": "101.12", "99214": "124.10", "A4556": "6.21", "97113": "35.60"})
G.DESC.update({"97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity",
               "99214": "Office visit, established, moderate", "A4556": "Electrode supplies, per pair",
               "97113": "Aquatic therapy"})

D = date
ROW_SPAN: dict[str, int] = {}
ADJ_COMPLETE: dict[str, bool] = {}
DATE_ON_ROW: dict[str, bool] = {}


def svc(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


# ================================================================ s01 commercial family EOB (reportlab)
def s01(path, total_pages):
    d = RLDoc(path, "LibSans")
    W = d.W
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")})
    claims_in = [
        ("Ansel Quillfeather", "Self", "26-0114-77302", "QFH-20931", "Larchmont Hand & Upper Limb Therapy", [
            svc(D(2026, 1, 6), "97166", 1, ("GO",)), svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            svc(D(2026, 1, 8), "97140", 2, ("GO", "59")), svc(D(2026, 1, 8), "97110", 2, ("GO",)),
            svc(D(2026, 1, 13), "97760", 1, ("GO",)), svc(D(2026, 1, 13), "L3807", 1, ("RT",))]),
        ("Brisa Quillfeather", "Spouse", "26-0121-80415", "QFH-21007", "Greenbough Family Medicine", [
            svc(D(2026, 1, 9), "99213", 1), svc(D(2026, 1, 9), "G0283", 1, (), "PR")]),
        ("Tobin Quillfeather", "Son", "26-0127-81966", "QFH-21154", "Little Otter Pediatric Therapy", [
            svc(D(2026, 1, 12), "92523", 1, ("GN",)), svc(D(2026, 1, 14), "92507", 1, ("GN",)),
            svc(D(2026, 1, 16), "92507", 1, ("GN",)), svc(D(2026, 1, 16), "97533", 2, ("GO",)),
            svc(D(2026, 1, 19), "97530", 3, ("GO",)), svc(D(2026, 1, 19), "97535", 1, ("GO",)),
            svc(D(2026, 1, 21), "97530", 2, ("GO", "KX")), svc(D(2026, 1, 21), "97112", 2, ("GO",))]),
        ("Maelle Quillfeather", "Daughter", "26-0129-82240", "QFH-21203", "Little Otter Pediatric Therapy", [
            svc(D(2026, 1, 22), "97165", 1, ("GO",)), svc(D(2026, 1, 22), "97530", 2, ("GO",)),
            svc(D(2026, 1, 26), "97530", 2, ("GO",)), svc(D(2026, 1, 26), "97533", 1, ("GO", "59")),
            svc(D(2026, 1, 28), "97530", 3, ("GO",)), svc(D(2026, 1, 28), "97112", 1, ("GO",)),
            svc(D(2026, 1, 29), "97535", 2, ("GO",)), svc(D(2026, 1, 29), "97110", 1, ("GO",))]),
    ]
    for c in claims_in:
        for s in c[5]:
            G.commercial(s, st, deny_reason="96")
            s.remarks = ["N7"] if s.denied else (["D1"] if s.deductible else [])
    cols = [(62, "L"), (70, "L"), (46, "R"), (46, "R"), (46, "R"), (44, "R"), (36, "R"), (48, "R"), (46, "R"),
            (46, "R"), (34, "C")]
    heads = [("Date of", "service"), ("Service", ""), ("Amount", "charged"), ("Plan price", "reduction"),
             ("Covered", "amount"), ("Deduct-", "ible"), ("Copay", ""), ("Coinsur-", "ance"), ("Plan", "paid"),
             ("You may", "owe"), ("Re-", "mark")]
    x0 = 36
    lines, claims = [], []

    def furniture(cont):
        d.font(15, True)
        d.text(x0, 46, "Cascadia Crest Health Plan")
        d.font(8)
        d.text(x0, 58, "PO Box 40417, Tacoma Ridge, WA 98440   |   Member services 1-800-555-0142 (TTY 711)")
        d.font(12, True)
        d.text(W - 36, 46, "Benefit Statement", "R")
        d.font(8)
        d.text(W - 36, 58, "This is not a bill", "R")
        d.line(x0, 66, W - 36, 66, 1.2)
        d.text(x0, 78, "Subscriber: Ansel Quillfeather     Member ID: CCH884215503     Group: 0074412 Tidewater Tool Co.")
        d.text(W - 36, 78, f"Statement date: 01/30/2026     Page {d.pages} of {total_pages}", "R")
        return 96

    def colhead(y):
        d.rect(x0, y - 9, sum(w for w, _ in cols), 22, fill=0.88, stroke=False)
        d.font(7, True)
        cells(d, x0, y, cols, [h[0] for h in heads])
        cells(d, x0, y + 9, cols, [h[1] for h in heads])
        d.font(7.5)
        return y + 24

    y = furniture(False)
    d.font(10, True)
    d.text(x0, y, "Your family's claims this period")
    y += 14
    d.font(8)
    for who, rel, cn, acct, prov, ss in claims_in:
        d.text(x0 + 8, y, f"{who} ({rel})")
        d.text(x0 + 170, y, prov)
        d.text(x0 + 380, y, f"You may owe {money(total(ss, 'owes'))}")
        y += 11
    y += 8
    for ci, (who, rel, cn, acct, prov, ss) in enumerate(claims_in):
        if y + 60 > 740:
            d.new_page()
            y = furniture(True)
        d.font(9, True)
        d.text(x0, y, f"Patient: {who}")
        d.font(8)
        d.text(x0 + 190, y, f"Claim number: {cn}")
        d.text(x0 + 340, y, f"Your provider's account: {acct}")
        y += 11
        d.text(x0, y, f"Provider: {prov}    Received 01/24/2026    Processed 01/28/2026    In network")
        y += 8
        y = colhead(y + 8)
        for s in ss:
            if y + 22 > 740:
                d.new_page()
                y = furniture(True)
                d.font(9, True)
                d.text(x0, y, f"Patient: {who}   Claim number: {cn}   (continued)")
                y = colhead(y + 16)
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy4"), code, money(s.billed, ","), money(s.discount, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","),
                    money(s.paid, ","), money(s.owes, ","), " ".join(s.remarks)]
            cells(d, x0, y, cols, vals)
            d.font(6.5)
            d.text(x0 + 64, y + 8, s.desc)
            d.font(7.5)
            lines.append(truth_line(d.pages, s, claim_id=acct, payer_claim_id=cn, patient=who, units=False,
                                    printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                             "paid", "patient_owes"), remarks=s.remarks))
            y += 19
        owe_tot = total(ss, "owes") + (Decimal("10.00") if ci == 0 else ZERO)
        d.line(x0, y - 8, x0 + sum(w for w, _ in cols), y - 8)
        d.font(7.5, True)
        cells(d, x0, y + 2, cols, ["Claim total", "", money(total(ss, "billed"), ","), money(total(ss, "discount"), ","),
                                   money(total(ss, "allowed"), ","), money(total(ss, "deductible"), ","),
                                   money(total(ss, "copay"), ","), money(total(ss, "coinsurance"), ","),
                                   money(total(ss, "paid"), ","), money(owe_tot, ","), ""])
        d.font(7.5)
        claims.append({"claim_id": acct, "payer_claim_id": cn, "patient": who,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"), owe_tot)})
        y += 24
    legend = [("D1", "Part of this covered amount went toward your calendar-year deductible."),
              ("N7", "Your plan does not cover this service; the provider may bill you for it.")]
    d.font(8, True)
    d.text(x0, y, "Remarks")
    d.font(8)
    for k, v in legend:
        y += 11
        d.text(x0 + 8, y, f"{k}  {v}")
    d.save()
    m = claims[0]
    f = [f"claim-total-mismatch claim {m['payer_claim_id']}: printed You may owe total {m['totals']['patient_owes']} "
         f"but the lines add up to {G.amt(total(claims_in[0][5], 'owes'))}"]
    return d, lines, claims, legend, f


ROW_SPAN["s01"] = 1
ADJ_COMPLETE["s01"] = False
DATE_ON_ROW["s01"] = True


# ================================================================ s02 commercial claim detail, ruled (fpdf2)
def s02(path, total_pages):
    d = FPDoc(path, "DVSerifC", landscape=True)
    W = d.W
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"))
    c1 = [svc(D(2026, 2, 2), "97161", 1, ("GP",))]
    for k, dd in enumerate((4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 26, 27)):
        c1.append(svc(D(2026, 2, dd), "97110", 2 + k % 2, ("GP",)))
        c1.append(svc(D(2026, 2, dd), "97140" if k % 2 else "97112", 1, ("GP", "59") if k % 2 else ("GP",)))
    c2 = [svc(D(2026, 2, 3), "97165", 1, ("GO",)), svc(D(2026, 2, 5), "97530", 2, ("GO",)),
          svc(D(2026, 2, 5), "0552T", 1, ("GO",), "CO"), svc(D(2026, 2, 10), "97535", 2, ("GO", "CO"))]
    for s in c1 + c2:
        G.commercial(s, st, deny_reason="50")
        s.remarks = ["X4"] if s.denied else ["A1"]
    data = [("Jory Thackeray-Mbeki", "LK-55190", "EB2602190912", "Lantern Key Occupational Therapy", c2),
            ("Rosalind Thackeray-Mbeki", "RTM-118402", "EB2602170339", "Saltmarsh Physical Therapy, PLLC", c1)]
    cols = [(22, "C"), (58, "C"), (52, "C"), (40, "C"), (28, "C"), (56, "R"), (56, "R"), (56, "R"), (54, "R"),
            (58, "R"), (46, "R"), (56, "R"), (58, "R"), (36, "C")]
    heads = ["Ln", "Service date", "Procedure", "Mod", "Qty", "Billed", "Not covered", "Allowed", "Deductible",
             "Coinsurance", "Copay", "Plan paid", "Member pays", "Code"]
    x0 = (W - sum(w for w, _ in cols)) / 2
    TW = sum(w for w, _ in cols)
    lines, claims = [], []

    def furniture():
        d.rect(x0, 24, TW, 34, fill=0.15)
        d.pdf.set_text_color(255, 255, 255)
        d.font(14, True)
        d.text(x0 + 10, 46, "NORTHWIND MUTUAL BENEFIT ASSOCIATION")
        d.font(10)
        d.text(x0 + TW - 10, 46, "Explanation of Benefits - Claim Detail", "R")
        d.pdf.set_text_color(0, 0, 0)
        d.font(8)
        d.text(x0, 72, "Member: Rosalind Thackeray-Mbeki   Member no. NWM 30 5518 724-01   Plan: Open Access Choice 1500")
        d.text(x0 + TW, 72, f"Date prepared: Feb 26, 2026     Page {d.pages} of {total_pages}", "R")
        return 92

    def grid_row(y, vals, bold=False, h=14):
        x = x0
        for w, _ in cols:
            d.rect(x, y - 10, w, h)
            x += w
        d.font(7.5, bold)
        cells(d, x0, y, cols, vals)

    def header(y):
        x = x0
        for w, _ in cols:
            d.rect(x, y - 10, w, 14, fill=0.85)
            x += w
        d.font(7.5, True)
        cells(d, x0, y, cols, heads)
        return y + 14

    y = furniture()
    for who, acct, cn, prov, ss in data:
        if y + 80 > 560:
            d.new_page()
            y = furniture()
        d.font(9, True)
        d.text(x0, y, f"Claim for: {who}")
        d.font(8)
        d.text(x0 + 230, y, f"Claim #: {cn}")
        d.text(x0 + 400, y, f"Patient acct: {acct}")
        y += 11
        d.text(x0, y, f"Provided by: {prov}   (network provider)   Check/EFT to provider 02/24/2026")
        y = header(y + 14)
        for i, s in enumerate(ss, 1):
            if y + 14 > 560:
                d.font(7)
                d.text(x0 + TW, y + 4, "Claim continues on next page", "R")
                d.new_page()
                y = furniture()
                d.font(9, True)
                d.text(x0, y, f"Claim for: {who}   Claim #: {cn}   (continued)")
                y = header(y + 14)
            grid_row(y, [str(i), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), G.units_str(s.units),
                         money(s.billed, ","), money(s.not_covered, ","), money(s.allowed, ","),
                         money(s.deductible, ","), money(s.coinsurance, ","), money(s.copay, ","),
                         money(s.paid, ","), money(s.owes, ","), s.remarks[0]])
            lines.append(truth_line(d.pages, s, claim_id=acct, payer_claim_id=cn, patient=who,
                                    printed=("billed", "not_covered", "allowed", "deductible", "coinsurance", "copay",
                                             "paid", "patient_owes"), remarks=s.remarks))
            y += 14
        grid_row(y, ["", "Totals", "", "", "", money(total(ss, "billed"), ","), money(total(ss, "not_covered"), ","),
                     money(total(ss, "allowed"), ","), money(total(ss, "deductible"), ","),
                     money(total(ss, "coinsurance"), ","), money(total(ss, "copay"), ","),
                     money(total(ss, "paid"), ","), money(total(ss, "owes"), ","), ""], bold=True)
        claims.append({"claim_id": acct, "payer_claim_id": cn, "patient": who,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
        y += 30
    legend = [("A1", "Paid under your network benefit; the reduction from the billed amount is not owed by you."),
              ("X4", "Not payable: the plan considers this service experimental. Provider write-off.")]
    d.font(8, True)
    d.text(x0, y, "Code explanations")
    d.font(8)
    for k, v in legend:
        y += 11
        d.text(x0 + 6, y, f"{k} - {v}")
    d.save()
    return d, lines, claims, legend, []


ROW_SPAN["s02"] = 1
ADJ_COMPLETE["s02"] = False
DATE_ON_ROW["s02"] = True


# ================================================================ s03 Medicare Summary Notice (fpdf2)
def s03(path, total_pages):
    d = FPDoc(path, "LibSerif")
    W = d.W
    who = "Harriet O. Lindqvist"
    st = PlanState(ded_left=Decimal("40.00"))
    visits = [
        ("Brackenridge Rehab Associates", "(555) 014-2290", D(2026, 1, 7), "26-0412-0055-713", [
            svc(D(2026, 1, 7), "97163", 1, ("GP",)), svc(D(2026, 1, 7), "97110", 2, ("GP", "KX"))]),
        ("Brackenridge Rehab Associates", "(555) 014-2290", D(2026, 1, 9), "26-0412-0061-208", [
            svc(D(2026, 1, 9), "97110", 2, ("GP",)), svc(D(2026, 1, 9), "97140", 1, ("GP",)),
            svc(D(2026, 1, 9), "97116", 1, ("GP", "CQ")), svc(D(2026, 1, 9), "G0283", 1, ("GP",)),
            svc(D(2026, 1, 9), "0552T", 1, ("GP",), "PR")]),
        ("Fenwick Lane Occupational Therapy", "(555) 014-7711", D(2026, 1, 14), "26-0419-0127-884", [
            svc(D(2026, 1, 14), "97165", 1, ("GO",)), svc(D(2026, 1, 14), "97530", 3, ("GO",)),
            svc(D(2026, 1, 14), "97535", 1, ("GO", "CO")), svc(D(2026, 1, 14), "97760", 1, ("GO",)),
            svc(D(2026, 1, 14), "L3807", 1, ("LT",))]),
        ("Dr. Imelda Strand", "(555) 014-3306", D(2026, 1, 20), "26-0426-0033-519", [
            svc(D(2026, 1, 20), "99214", 1)]),
    ]
    for v in visits:
        for s in v[4]:
            G.medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = [(196, "L"), (56, "C"), (62, "R"), (62, "R"), (62, "R"), (62, "R"), (36, "C")]
    heads = [["Service Provided &", "Billing Code"], ["Did Medicare", "Approve the", "Service?"],
             ["Amount", "Provider", "Charged"], ["Medicare-", "Approved", "Amount"], ["Amount", "Medicare", "Paid"],
             ["Maximum", "You May Be", "Billed"], ["See", "Notes", "Below"]]
    x0 = 36
    lines, claims = [], []

    def furniture():
        d.font(16, True)
        d.text(x0, 50, "Medicare Summary Notice for Part B (Medical Insurance)")
        d.font(9)
        d.text(x0, 64, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services")
        d.text(x0, 78, f"{who.upper()}")
        d.text(W - 36, 78, f"Notice for {who}   |   Page {d.pages} of {total_pages}", "R")
        d.line(x0, 84, W - 36, 84, 1)
        return 102

    y = furniture()
    d.rect(x0, y, W - 72, 74)
    d.font(11, True)
    d.text(x0 + 8, y + 16, "Your Deductible Status")
    d.font(9)
    d.text(x0 + 8, y + 30, "Your deductible is what you must pay for most health services before Medicare begins to pay.")
    d.text(x0 + 8, y + 44, "Part B Deductible: You have now met your deductible for 2026.")
    d.text(x0 + 8, y + 58, "Medicare Number: 5TW7-QE2-MN41     Date of this notice: March 2, 2026")
    y += 96
    d.font(12, True)
    d.text(x0, y, "Your Claims for Part B (Medical Insurance)")
    y += 18
    for prov, phone, dos, cn, ss in visits:
        if y + 100 > 720:
            d.new_page()
            y = furniture()
        d.rect(x0, y - 11, W - 72, 28, fill=0.92)
        d.font(9.5, True)
        d.text(x0 + 6, y, f"{prov}, {phone}")
        d.font(8.5)
        d.text(W - 42, y, f"Claim number {cn}", "R")
        d.text(x0 + 6, y + 12, f"Dates of service: {dfmt(dos, 'month')}")
        d.text(W - 42, y + 12, "Service provided by a Medicare-participating provider", "R")
        y += 30
        d.font(7.5, True)
        for r in range(3):
            cells(d, x0, y + r * 9, cols, [h[r] if r < len(h) else "" for h in heads])
        y += 30
        d.line(x0, y - 7, W - 36, y - 7)
        for s in ss:
            text = f"{G.LONG_DESC.get(s.code, s.desc)} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            d.font(8.5)
            wl = wrap(d, text, cols[0][0] - 6)
            if y + 11 * len(wl) > 735:
                d.new_page()
                y = furniture()
            cells(d, x0, y, cols, [wl[0], "No" if s.denied else "Yes", money(s.billed), money(s.allowed),
                                   money(s.paid), money(s.owes), ", ".join(s.remarks)])
            for k, t in enumerate(wl[1:], 1):
                d.text(x0 + 2, y + 11 * k, t)
            lines.append(truth_line(d.pages, s, claim_id=None, payer_claim_id=cn, patient=who, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": None}))
            y += 11 * len(wl) + 4
        d.line(x0, y - 8, W - 36, y - 8)
        d.font(8.5, True)
        cells(d, x0, y + 2, cols, ["Total for this claim", "", money(total(ss, "billed")), money(total(ss, "allowed")),
                                   money(total(ss, "paid")), money(total(ss, "owes")), ""])
        claims.append({"claim_id": None, "payer_claim_id": cn, "patient": who,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
        y += 28
    legend = [("A", "This provider accepted assignment and cannot charge you more than the approved amount."),
              ("B", "Part of the approved amount went to your Part B deductible."),
              ("C", "Medicare does not pay for this item. You may have to pay; ask the provider if you signed a notice.")]
    if y + 60 > 735:
        d.new_page()
        y = furniture()
    d.font(10, True)
    d.text(x0, y, "Notes for Claims Above")
    d.font(8.5)
    for k, v in legend:
        y += 12
        d.text(x0 + 6, y, f"{k}  {v}")
    d.save()
    return d, lines, claims, legend, []


ROW_SPAN["s03"] = -4
ADJ_COMPLETE["s03"] = False
DATE_ON_ROW["s03"] = False


# ================================================================ s04 Medicare Advantage member EOB (reportlab)
def s04(path, total_pages):
    d = RLDoc(path, "DVSans")
    W = d.W
    who = "Desmond A. Okoro-Whitfield"
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.71"))
    data = [("MA26-0098812-01", "SHR-44019", "Shoreline Outpatient Rehabilitation", [
        svc(D(2026, 1, 5), "97162", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
        svc(D(2026, 1, 7), "97110", 2, ("GP",)), svc(D(2026, 1, 7), "97112", 1, ("GP",)),
        svc(D(2026, 1, 7), "97140", 1, ("GP", "59")), svc(D(2026, 1, 12), "97116", 2, ("GP", "CQ")),
        svc(D(2026, 1, 12), "97110", 1, ("GP", "CQ")), svc(D(2026, 1, 14), "97113", 2, ("GP",)),
        svc(D(2026, 1, 14), "97530", 1, ("GP",)), svc(D(2026, 1, 19), "97110", 2, ("GP", "KX")),
        svc(D(2026, 1, 19), "97140", 2, ("GP", "KX")), svc(D(2026, 1, 21), "97110", 2, ("GP", "KX")),
        svc(D(2026, 1, 21), "97112", 1, ("GP", "KX")), svc(D(2026, 1, 26), "97110", 2, ("GP", "KX")),
        svc(D(2026, 1, 26), "97116", 1, ("GP", "KX")), svc(D(2026, 1, 28), "97110", 2, ("GP", "KX")),
        svc(D(2026, 1, 28), "97140", 1, ("GP", "KX")), svc(D(2026, 1, 30), "97110", 3, ("GP", "KX")),
        svc(D(2026, 1, 30), "97112", 1, ("GP", "KX")), svc(D(2026, 1, 30), "97530", 1, ("GP", "CQ")),
        svc(D(2026, 2, 2), "97110", 2, ("GP", "KX")), svc(D(2026, 2, 2), "97140", 2, ("GP", "KX")),
        svc(D(2026, 2, 4), "97164" if False else "97112", 2, ("GP", "KX")), svc(D(2026, 2, 4), "97116", 2, ("GP", "KX")),
        svc(D(2026, 2, 6), "97110", 2, ("GP", "KX")), svc(D(2026, 2, 6), "97530", 2, ("GP", "KX")),
        svc(D(2026, 2, 9), "97110", 2, ("GP", "KX")), svc(D(2026, 2, 9), "97140", 1, ("GP", "KX")),
        svc(D(2026, 2, 11), "97110", 2, ("GP", "KX")), svc(D(2026, 2, 11), "97112", 1, ("GP", "KX"))]),
        ("MA26-0101447-01", "B-882011", "Bayview Primary Care Group", [
            svc(D(2026, 1, 16), "99213", 1), svc(D(2026, 1, 16), "A4556", 2, (), "CO")])]
    for _, _, _, ss in data:
        for s in ss:
            G.commercial(s, st, deny_reason="97")
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else ["2"])
    cols = [(200, "L"), (60, "C"), (62, "R"), (66, "R"), (58, "R"), (52, "R"), (42, "C")]
    heads = [("Service you received", "(billing code)"), ("Date of", "service"), ("Provider's", "charge"),
             ("Plan's approved", "amount"), ("Plan's", "share"), ("Your", "share"), ("Note", "")]
    x0 = 36
    lines, claims = [], []

    def furniture():
        d.font(13, True)
        d.text(x0, 44, "Harborlight Medicare Advantage PPO")
        d.font(8)
        d.text(x0, 56, "Explanation of Benefits for January 2026  -  This is not a bill")
        d.text(W - 36, 44, f"Member: {who}", "R")
        d.text(W - 36, 56, f"Member ID: HLM-640018273   Page {d.pages} of {total_pages}", "R")
        d.line(x0, 62, W - 36, 62, 1.5)
        return 80

    y = furniture()
    d.rect(x0, y, W - 72, 48, fill=0.93)
    d.font(9, True)
    d.text(x0 + 8, y + 14, "Your out-of-pocket costs so far in 2026")
    d.font(8.5)
    d.text(x0 + 8, y + 28, f"This month: {money(sum(total(s[3], 'owes') for s in data))}     Year to date: "
                           f"{money(sum(total(s[3], 'owes') for s in data))}     Plan maximum: $4,900.00")
    d.text(x0 + 8, y + 40, "Rehab visits are a $20.00 copay per visit day when you use a network provider.")
    y += 68
    for cn, acct, prov, ss in data:
        d.rect(x0, y - 11, W - 72, 30, fill=0.82, stroke=False)
        d.font(9, True)
        d.text(x0 + 6, y, f"Claim ID: {cn}    {prov}")
        d.font(8)
        d.text(x0 + 6, y + 12, f"Provider's patient account: {acct}    Received: 01/26/2026    Processed: 02/03/2026")
        y += 32
        d.font(7.5, True)
        cells(d, x0, y, cols, [h[0] for h in heads])
        cells(d, x0, y + 9, cols, [h[1] for h in heads])
        d.line(x0, y + 13, W - 36, y + 13)
        y += 26
        d.font(8)
        for s in ss:
            if y > 740:
                d.new_page()
                y = furniture()
                d.font(8)
            label = f"{s.desc} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})"
            cells(d, x0, y, cols, [label if d.width(label) < 196 else label.replace(s.desc, s.desc[:28]),
                                   dfmt(s.dos, "mdy4"), money(s.billed), money(s.allowed), money(s.paid),
                                   money(s.owes), s.remarks[0]])
            lines.append(truth_line(d.pages, s, claim_id=acct, payer_claim_id=cn, patient=who, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                    description=False))
            y += 14
        d.line(x0, y - 9, W - 36, y - 9)
        d.font(8, True)
        cells(d, x0, y + 1, cols, ["Claim total", "", money(total(ss, "billed")), money(total(ss, "allowed")),
                                   money(total(ss, "paid")), money(total(ss, "owes")), ""])
        claims.append({"claim_id": acct, "payer_claim_id": cn, "patient": who,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
        y += 30
    legend = [("1", "Your share is the network copay for this visit day."),
              ("2", "The plan paid its approved amount in full; you owe nothing for this line."),
              ("3", "Included in the payment for another service; the provider cannot bill you.")]
    d.font(8.5, True)
    d.text(x0, y, "Notes")
    d.font(8)
    for k, v in legend:
        y += 11
        d.text(x0 + 6, y, f"{k}   {v}")
    d.save()
    return d, lines, claims, legend, []


ROW_SPAN["s04"] = 1
ADJ_COMPLETE["s04"] = False
DATE_ON_ROW["s04"] = True


# ================================================================ s05 state Medicaid RA fixed width (reportlab)
def s05(path, total_pages):
    d = RLDoc(path, "Courier", landscape=True)
    d.font(7.6)
    paid_claims = [
        ("VARGA, LIANE", "60033219847", "2601205003118", "ATH-5512", [
            svc(D(2026, 1, 6), "97165", 1, ("GO",)), svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            svc(D(2026, 1, 8), "97530", 3, ("GO",)), svc(D(2026, 1, 8), "97535", 1, ("GO",))]),
        ("VARGA, MATEO", "60033219855", "2601205003126", "ATH-5513", [
            svc(D(2026, 1, 7), "92523", 1, ("GN",)), svc(D(2026, 1, 9), "92507", 1, ("GN",)),
            svc(D(2026, 1, 14), "92507", 1, ("GN",)), svc(D(2026, 1, 16), "92507", 1, ("GN",))]),
        ("PELLETIER, NOOR", "60041187302", "2601205003134", "ATH-5540", [
            svc(D(2026, 1, 12), "97110", 2, ("GP",)), svc(D(2026, 1, 12), "97112", 2, ("GP",)),
            svc(D(2026, 1, 12), "97140", 1, ("GP", "59")), svc(D(2026, 1, 15), "97110", 3, ("GP",)),
            svc(D(2026, 1, 15), "97116", 1, ("GP",))]),
        ("ABERNATHY, COLE", "60052201994", "2601205003142", "ATH-5566", [
            svc(D(2026, 1, 13), "97530", 2, ("GO",)), svc(D(2026, 1, 13), "97533", 2, ("GO",)),
            svc(D(2026, 1, 20), "97530", 2, ("GO",)), svc(D(2026, 1, 20), "97533", 2, ("GO",))]),
        ("DELACORTE, ESME", "60058812260", "2601205003169", "ATH-5571", [
            svc(D(2026, 1, 5), "97530", 2, ("GO",)), svc(D(2026, 1, 7), "97530", 2, ("GO",)),
            svc(D(2026, 1, 9), "97530", 2, ("GO",)), svc(D(2026, 1, 12), "97530", 2, ("GO",)),
            svc(D(2026, 1, 14), "97530", 2, ("GO",)), svc(D(2026, 1, 16), "97535", 2, ("GO",)),
            svc(D(2026, 1, 19), "97530", 2, ("GO",)), svc(D(2026, 1, 21), "97530", 3, ("GO",)),
            svc(D(2026, 1, 23), "97168", 1, ("GO",))]),
        ("FOLAU, SIONE", "60061420573", "2601205003177", "ATH-5590", [
            svc(D(2026, 1, 8), "97161", 1, ("GP",)), svc(D(2026, 1, 8), "97110", 2, ("GP",)),
            svc(D(2026, 1, 13), "97110", 2, ("GP",)), svc(D(2026, 1, 13), "97140", 1, ("GP",)),
            svc(D(2026, 1, 15), "97110", 2, ("GP",)), svc(D(2026, 1, 15), "97116", 2, ("GP",)),
            svc(D(2026, 1, 20), "97110", 2, ("GP",)), svc(D(2026, 1, 20), "97112", 1, ("GP",)),
            svc(D(2026, 1, 22), "97110", 2, ("GP",)), svc(D(2026, 1, 22), "97140", 2, ("GP",))]),
        ("GRUNDY, TESSALY", "60064477018", "2601205003185", "ATH-5602", [
            svc(D(2026, 1, 9), "92523", 1, ("GN",)), svc(D(2026, 1, 16), "92507", 1, ("GN",)),
            svc(D(2026, 1, 23), "92507", 1, ("GN",)), svc(D(2026, 1, 23), "92526", 1, ("GN",))]),
    ]
    denied_claims = [("PELLETIER, NOOR", "60041187302", "2601205003150", "ATH-5541", [
        svc(D(2026, 1, 19), "97110", 2, ("GP",), "CO"), svc(D(2026, 1, 19), "G0283", 1, ("GP",), "CO")])]
    for sec, cl in (("P", paid_claims), ("D", denied_claims)):
        for c in cl:
            for s in c[4]:
                G.medicaid(s)
                s.remarks = ["0852"] if s.denied else (["0001"] if s.discount else ["0002"])
    lines, claims = [], []
    y = 0

    def furniture():
        d.font(7.6, True)
        d.text(30, 30, "COMMONWEALTH OF ALDERMERE - DEPARTMENT OF FAMILY HEALTH - MEDICAL ASSISTANCE PROGRAM")
        d.text(d.W - 30, 30, f"PAGE {d.pages:>3} OF {total_pages:>3}", "R")
        d.font(7.6)
        d.text(30, 40, "REMITTANCE ADVICE          RA NUMBER 0004418823   WARRANT/EFT 77012945   PAYMENT DATE 01/29/2026")
        d.text(30, 50, "PROVIDER: ASHGROVE THERAPY HOUSE LLC     PROVIDER NO 8840215     NPI 1326049918     TAXONOMY 225X00000X")
        d.text(30, 66, "LN FROM-DOS TO-DOS   PROC  M1 M2  UNITS     BILLED    ALLOWED      TPL    COPAY       PAID  EOB")
        d.text(30, 74, "-- -------- -------- ----- -- -- ------ ---------- ---------- -------- -------- ---------- ----")
        return 86

    y = furniture()

    def emit(title, cl):
        nonlocal y
        d.font(7.6, True)
        d.text(30, y, f"*** {title} ***")
        y += 12
        d.font(7.6)
        for name, rid, tcn, acct, ss in cl:
            if y + 40 > 580:
                d.new_page()
                y = furniture()
            d.text(30, y, f"RECIPIENT NAME: {name:<22} RECIP ID: {rid}   TCN: {tcn}   PAT ACCT: {acct}")
            y += 10
            for i, s in enumerate(ss, 1):
                if y > 580:
                    d.new_page()
                    y = furniture()
                    d.text(30, y, f"RECIPIENT NAME: {name:<22} RECIP ID: {rid}   TCN: {tcn}   (CONT)")
                    y += 10
                m = list(s.mods) + ["", ""]
                d.text(30, y, f"{i:02d} {dfmt(s.dos, 'mdy2')} {dfmt(s.dos, 'mdy2')} {s.code:<5} {m[0]:<2} {m[1]:<2} "
                              f"{G.units_str(s.units) + '.00':>6} {money(s.billed, ','):>10} {money(s.allowed, ','):>10} "
                              f"{'0.00':>8} {'0.00':>8} {money(s.paid, ','):>10} {s.remarks[0]}")
                lines.append(truth_line(d.pages, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                                        service_end=s.dos, printed=("billed", "allowed", "paid"),
                                        remarks=s.remarks, description=False))
                y += 10
            d.text(30, y, f"{'':>3}{'CLAIM TOTAL':<38}{money(total(ss, 'billed'), ','):>10} "
                          f"{money(total(ss, 'allowed'), ','):>10} {'0.00':>8} {'0.00':>8} "
                          f"{money(total(ss, 'paid'), ','):>10}")
            claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name,
                           "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
            y += 16

    emit("CLAIMS PAID", paid_claims)
    emit("CLAIMS DENIED", denied_claims)
    legend = [("0001", "PAID AT THE PROGRAM FEE SCHEDULE AMOUNT"), ("0002", "PAID AS BILLED"),
              ("0852", "SERVICE LIMIT FOR THE BENEFIT YEAR REACHED - PRIOR APPROVAL ON FILE DOES NOT COVER DATE")]
    if y + 50 > 580:
        d.new_page()
        y = furniture()
    d.text(30, y, "EOB CODE LEGEND")
    for k, v in legend:
        y += 10
        d.text(30, y, f"{k}  {v}")
    d.save()
    return d, lines, claims, legend, []


ROW_SPAN["s05"] = 1
ADJ_COMPLETE["s05"] = False
DATE_ON_ROW["s05"] = True


# ================================================================ s06 Medicaid adjustment RA (fpdf2, mono)
def s06(path, total_pages):
    d = FPDoc(path, "DVMono")
    d.font(7)
    groups = [
        ("ELLSWORTH, JUNE", "MC77204118", "ESP-30071", "2026014100238", "2026027100815", [
            svc(D(2026, 1, 5), "97168", 1, ("GO",)), svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            svc(D(2026, 1, 5), "97535", 1, ("GO",))]),
        ("ELLSWORTH, RHYS", "MC77204126", "ESP-30088", "2026014100246", "2026027100823", [
            svc(D(2026, 1, 6), "92507", 1, ("GN",)), svc(D(2026, 1, 6), "92526", 1, ("GN",))]),
    ]
    new = [("KOWALCZYK, ADA", "MC80331950", "ESP-30112", None, "2026027100831", [
        svc(D(2026, 1, 20), "97530", 3, ("GO",)), svc(D(2026, 1, 20), "97140", 1, ("GO", "59")),
        svc(D(2026, 1, 22), "97110", 2, ("GO",)), svc(D(2026, 1, 22), "97760", 1, ("GO",)),
        svc(D(2026, 1, 22), "A4556", 1, (), "CO")])]
    lines, claims = [], []
    W = d.W

    def furniture():
        d.font(8, True)
        d.text(40, 40, "STATE OF KESTREL HEALTH COVERAGE AUTHORITY")
        d.font(7)
        d.text(40, 50, "PROVIDER REMITTANCE ADVICE - CLAIM ADJUSTMENTS AND NEW CLAIMS")
        d.text(W - 40, 40, f"PAGE {d.pages} OF {total_pages}", "R")
        d.text(W - 40, 50, "RUN DATE 02/27/2026", "R")
        d.text(40, 62, "PAYEE: EMBERSIDE PEDIATRIC THERAPY     PAYEE ID 000482217     REMIT NO 26-058-00411")
        d.line(40, 67, W - 40, 67)
        d.text(40, 78, "SVC DATES          PROC-MODS     QTY    CHARGED  ADJ RSN   ADJ AMT       PAID")
        d.line(40, 82, W - 40, 82)
        return 96

    y = furniture()

    def block(label, name, mid, pcn, icn, ss, orig_icn=None):
        nonlocal y
        if y + 30 + 20 * len(ss) > 740:
            d.new_page()
            y = furniture()
        d.font(7, True)
        d.text(40, y, f"{label}   MBR: {name}   MBR ID: {mid}   PCN: {pcn}   ICN: {icn}")
        d.font(7)
        y += 10
        if orig_icn:
            d.text(40, y, f"   ADJUSTS ORIGINAL ICN {orig_icn}   REASON: PROVIDER CORRECTED UNITS/MODIFIER")
            y += 10
        for s in ss:
            pm = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            a0 = s.adjs[0] if s.adjs else None
            d.text(40, y, f"{dfmt(s.dos, 'mdy2')}-{dfmt(s.dos, 'mdy2')}  {pm:<12} {G.units_str(abs(s.units)):>4} "
                          f"{money(s.billed, ',', 'trail'):>10}  {(a0[0] + '-' + a0[1]) if a0 else '':<7} "
                          f"{money(a0[2], ',', 'trail') if a0 else '':>9}  {money(s.paid, ',', 'trail'):>9}")
            extra = []
            for g, c, a in s.adjs[1:]:
                y += 9
                d.text(40, y, f"{'':>45}{g + '-' + c:<7} {money(a, ',', 'trail'):>9}")
            lines.append(truth_line(d.pages - 0, s, claim_id=pcn, payer_claim_id=icn, patient=name,
                                    service_end=s.dos, printed=("billed", "paid"), adjustments=s.adjs,
                                    description=False) | {"page": d.pages})
            y += 11
        d.text(40, y, f"{'CLAIM TOTAL':<32}{money(total(ss, 'billed'), ',', 'trail'):>10}{'':>20}"
                      f"{money(total(ss, 'paid'), ',', 'trail'):>9}")
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(billed=total(ss, "billed"), paid=total(ss, "paid"))})
        y += 16

    d.font(7, True)
    d.text(40, y, "==== ADJUSTED CLAIMS ====")
    y += 14
    for name, mid, pcn, icn_old, icn_new, ss in groups:
        for s in ss:
            G.medicaid(s)
        rev = [G.negate(s) for s in ss]
        # the replacement: one more unit on the second line
        repl = [svc(s.dos, s.code, s.units + (1 if i == 1 else 0), s.mods) for i, s in enumerate(ss)]
        for s in repl:
            G.medicaid(s)
        block("ORIGINAL (REVERSED)", name, mid, pcn, icn_old[:-1] + "9", rev)
        block("ADJUSTMENT", name, mid, pcn, icn_new, repl, orig_icn=icn_old)
    d.font(7, True)
    d.text(40, y, "==== NEW CLAIMS PAID / DENIED ====")
    y += 14
    for name, mid, pcn, _, icn, ss in new:
        for s in ss:
            G.medicaid(s, deny_reason="B7")
        block("NEW CLAIM", name, mid, pcn, icn, ss)
    legend = [("CO-45", "CHARGE ABOVE THE STATE MAXIMUM FEE, NOT BILLABLE TO THE MEMBER"),
              ("CO-B7", "PROVIDER NOT ENROLLED FOR THIS SERVICE TYPE ON THE DATE OF SERVICE")]
    y += 4
    d.text(40, y, "ADJUSTMENT REASON CODES ON THIS REMITTANCE")
    for k, v in legend:
        y += 10
        d.text(40, y, f"  {k:<7} {v}")
    d.save()
    return d, lines, claims, legend, []


ROW_SPAN["s06"] = 2
ADJ_COMPLETE["s06"] = True
DATE_ON_ROW["s06"] = True


# ================================================================ s07 clearinghouse SPR (fpdf2, Courier)
def s07(path, total_pages):
    d = FPDoc(path, "Courier")
    d.font(7)
    st_a = PlanState(ded_left=Decimal("60.00"))
    st_b = PlanState()
    data = [
        ("MARCHETTI, SILVIO", "7KP3XW2TN18", "MRC-71023", "0226027413552", st_a, [
            svc(D(2026, 1, 5), "97161", 1, ("GP",)), svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            svc(D(2026, 1, 5), "97140", 1, ("GP", "59"))]),
        ("DUVALL, PRUDENCE", "3FM8QR6HW05", "MRC-71040", "0226027413560", st_b, [
            svc(D(2026, 1, 6), "97530", 2, ("GO",)), svc(D(2026, 1, 6), "97535", 1, ("GO",)),
            svc(D(2026, 1, 8), "97530", 2, ("GO", "CO")), svc(D(2026, 1, 8), "97112", 1, ("GO",)),
            svc(D(2026, 1, 13), "97530", 2, ("GO",)), svc(D(2026, 1, 13), "97110", 1, ("GO",)),
            svc(D(2026, 1, 15), "97530", 2, ("GO", "KX")), svc(D(2026, 1, 15), "97168", 1, ("GO",)),
            svc(D(2026, 1, 20), "97535", 2, ("GO", "KX")), svc(D(2026, 1, 20), "97140", 1, ("GO", "KX")),
            svc(D(2026, 1, 22), "97530", 2, ("GO", "KX")), svc(D(2026, 1, 22), "97112", 1, ("GO", "KX")),
            svc(D(2026, 1, 27), "97530", 2, ("GO", "KX")), svc(D(2026, 1, 27), "97110", 2, ("GO", "KX")),
            svc(D(2026, 1, 29), "97530", 2, ("GO", "KX")), svc(D(2026, 1, 29), "97535", 1, ("GO", "KX")),
            svc(D(2026, 2, 3), "97530", 3, ("GO", "KX")), svc(D(2026, 2, 3), "97140", 1, ("GO", "KX")),
            svc(D(2026, 2, 5), "97530", 2, ("GO", "KX")), svc(D(2026, 2, 5), "97112", 2, ("GO", "KX")),
            svc(D(2026, 2, 10), "97530", 2, ("GO", "KX")), svc(D(2026, 2, 10), "97110", 1, ("GO", "KX")),
            svc(D(2026, 2, 12), "97530", 2, ("GO", "CO")), svc(D(2026, 2, 12), "97535", 1, ("GO", "CO"))]),
        ("ESPARZA, TOMASINA", "2HD6KL9RB40", "MRC-71102", "0226027413586", st_b, [
            svc(D(2026, 1, 14), "97162", 1, ("GP",)), svc(D(2026, 1, 14), "97110", 2, ("GP",)),
            svc(D(2026, 1, 16), "97110", 2, ("GP",)), svc(D(2026, 1, 16), "97116", 1, ("GP",)),
            svc(D(2026, 1, 21), "97110", 2, ("GP", "CQ")), svc(D(2026, 1, 21), "97140", 1, ("GP", "CQ"))]),
        ("HOLLOWAY, BERNARD", "9CN2VV4PA63", "MRC-71077", "0226027413578", st_b, [
            svc(D(2026, 1, 9), "92523", 1, ("GN",)), svc(D(2026, 1, 12), "92507", 1, ("GN",)),
            svc(D(2026, 1, 12), "G0283", 1, (), "CO")]),
    ]
    for *_, st, ss in data:
        for s in ss:
            G.medicare(s, st, deny_reason="96")
            s.remarks = ["N130"] if s.denied else []
    lines, claims = [], []
    W = d.W

    def furniture(cont=False):
        d.font(7)
        d.text(30, 30, "RIVERSTONE CLAIMS EXCHANGE - REMITTANCE PRINT (STANDARD PAPER REMIT FORMAT)")
        d.text(W - 30, 30, f"PAGE #: {d.pages} OF {total_pages}", "R")
        d.text(30, 40, "PAYER: MIDLAND PLAINS MEDICARE ADMINISTRATIVE SERVICES   PART B   CHECK/EFT #: 00081177342")
        d.text(30, 50, "PROVIDER #: 1558301774  QUAYSIDE REHAB GROUP              CHECK/EFT DATE: 01/30/2026")
        hd = (f"{'PERF PROV':<10} {'SERV DATE':<11} {'POS':>3} {'NOS':>3} {'PROC':<5} {'MODS':<6} {'BILLED':>9} "
              f"{'ALLOWED':>8} {'DEDUCT':>8} {'COINS':>8} {'GRP/RC-AMT':<14} {'PROV PD':>9}")
        d.text(30, 64, hd)
        d.text(30, 72, "-" * len(hd))
        return 84

    y = furniture()
    for name, hic, acnt, icn, st, ss in data:
        if y + 50 > 740:
            d.new_page()
            y = furniture()
        hdr = f"NAME {name:<20} HIC {hic}  ACNT {acnt:<11} ICN {icn}  ASG Y MOA MA01"
        d.text(30, y, hdr)
        y += 10
        for s in ss:
            if y + 10 * len(s.adjs) > 740:
                d.new_page()
                y = furniture()
                d.text(30, y, hdr + "  (CONTINUED)")
                y += 10
            a0 = s.adjs[0]
            mods = "".join(s.mods)
            pre = (f"{'1992041857':<10} {s.dos:%m%d} {s.dos:%m%d%y} {'11':>3} {G.units_str(s.units):>3} {s.code:<5} "
                   f"{mods:<6} {money(s.billed, ','):>9} {money(s.allowed, ','):>8} {money(s.deductible, ','):>8} "
                   f"{money(s.coinsurance, ','):>8} ")
            d.text(30, y, pre + f"{a0[0] + '-' + a0[1]:<6}{money(a0[2], ','):>8} {money(s.paid, ','):>9}")
            first_y = y
            for g, c, a in s.adjs[1:]:
                y += 9
                d.text(30, y, f"{'':>{len(pre)}}{g + '-' + c:<6}{money(a, ','):>8}")
            if s.remarks:
                y += 9
                d.text(30, y, f"{'':>12}CNTL #: {acnt}   REM: {' '.join(s.remarks)}")
            lines.append(truth_line(d.pages, s, claim_id=acnt, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            y += 11
        d.text(30, y, f"{'PT RESP':<10} {money(total(ss, 'owes'), ','):>11} {'CLAIM TOTALS':<20} "
                      f"{money(total(ss, 'billed'), ','):>9} {money(total(ss, 'allowed'), ','):>8} "
                      f"{money(total(ss, 'deductible'), ','):>8} {money(total(ss, 'coinsurance'), ','):>8} "
                      f"{'':<14} {money(total(ss, 'paid'), ','):>9}")
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
        y += 18
    legend = [("MA01", "Appeal rights: you may ask for a review of this determination in writing."),
              ("N130", "Check the applicable benefit manual for the rules on this service.")]
    d.text(30, y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES")
    for k, v in legend:
        y += 10
        d.text(30, y, f"{k:<6}{v}")
    d.save()
    return d, lines, claims, legend, []


ROW_SPAN["s07"] = 4
ADJ_COMPLETE["s07"] = True
DATE_ON_ROW["s07"] = True


# ================================================================ s08 PM payment posting detail (reportlab, boxed)
def s08(path, total_pages):
    d = RLDoc(path, "LibNarrow", landscape=True)
    st = PlanState()
    rows = []
    pats = [("Fairbanks, Idris", "00418822", "0626024417708", [(D(2026, 1, 6), "97530", 3, ("GO",)),
                                                            (D(2026, 1, 6), "97140", 1, ("GO", "59"))]),
            ("Nakagawa, Rei", "00418847", "0626024417716", [(D(2026, 1, 7), "97167", 1, ("GO",)),
                                                         (D(2026, 1, 7), "97535", 2, ("GO",)),
                                                         (D(2026, 1, 7), "0552T", 1, ("GO",), "CO")]),
            ("Osei-Brandt, Lila", "00418901", "0626024417724", [(D(2026, 1, 9), "92507", 1, ("GN",)),
                                                              (D(2026, 1, 12), "92507", 1, ("GN", "KX"))]),
            ("Pemberton, Hollis", "00419014", "0626024417732", [(D(2026, 1, 13), "97110", 2, ("GP",)),
                                                              (D(2026, 1, 13), "97112", 1, ("GP",)),
                                                              (D(2026, 1, 13), "97116", 1, ("GP", "CQ"))])]
    claims_in = []
    for name, acct, icn, svcs in pats:
        ss = []
        for t in svcs:
            s = svc(t[0], t[1], t[2], t[3], t[4] if len(t) > 4 else None)
            G.medicare(s, st)
            ss.append(s)
        claims_in.append((name, acct, icn, ss))
    cols = [(92, "L"), (44, "L"), (70, "L"), (48, "C"), (34, "C"), (36, "C"), (26, "C"), (50, "R"), (50, "R"),
            (44, "R"), (44, "R"), (52, "R"), (44, "R"), (48, "R"), (50, "R")]
    heads = [("Patient", ""), ("Acct #", ""), ("Payer ICN", ""), ("DOS", ""), ("CPT", ""), ("Mod", ""),
             ("Units", ""), ("Charge", ""), ("Allowed", ""), ("Ded", "PR-1"), ("Coins", "PR-2"),
             ("Contract", "CO-45"), ("Seq", "CO-253"), ("Denial", "CO-50"), ("Paid", "")]
    x0 = 24
    TW = sum(w for w, _ in cols)
    lines, claims = [], []

    def furniture():
        d.font(12, True)
        d.text(x0, 34, "TherapyDesk PM  -  Medicare Payment Posting Detail")
        d.font(8)
        d.text(x0, 46, "Practice: Copperleaf Rehab & Wellness    Payer: Lakeshore Medicare Services (Part B)    "
                       "EFT trace 1AC88120054    Deposit 01/31/2026")
        d.text(x0 + TW, 34, f"Page {d.pages} of {total_pages}", "R")
        d.text(x0 + TW, 46, "Batch 2026-0131-03   Posted by: kbrennan", "R")
        x = x0
        for w, _ in cols:
            d.rect(x, 56, w, 22, fill=0.85)
            x += w
        d.font(7.5, True)
        cells(d, x0, 66, cols, [h[0] for h in heads])
        cells(d, x0, 75, cols, [h[1] for h in heads])
        return 92

    y = furniture()
    d.font(7.5)
    for name, acct, icn, ss in claims_in:
        for s in ss:
            if y > 560:
                d.new_page()
                y = furniture()
                d.font(7.5)
            vals = [name, acct, icn, dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), G.units_str(s.units),
                    money(s.billed, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                    money(s.discount, ","), money(s.seq, ","), money(s.not_covered, ","), money(s.paid, ",")]
            x = x0
            for w, _ in cols:
                d.rect(x, y - 10, w, 14)
                x += w
            cells(d, x0, y, cols, vals)
            adjs = [a for a in s.adjs]
            lines.append(truth_line(d.pages, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=adjs, description=False))
            y += 14
        d.font(7.5, True)
        cells(d, x0, y, cols, ["", "", "Claim subtotal", "", "", "", "", money(total(ss, "billed"), ","),
                               money(total(ss, "allowed"), ","), money(total(ss, "deductible"), ","),
                               money(total(ss, "coinsurance"), ","), money(total(ss, "discount"), ","),
                               money(total(ss, "seq"), ","), money(total(ss, "not_covered"), ","),
                               money(total(ss, "paid"), ",")])
        d.font(7.5)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
        y += 20
    allss = [s for c in claims_in for s in c[3]]
    d.line(x0, y - 8, x0 + TW, y - 8, 1)
    d.font(8, True)
    cells(d, x0, y + 2, cols, ["Batch total", "", "", "", "", "", "", money(total(allss, "billed"), ","),
                               money(total(allss, "allowed"), ","), "", "", "", "", "", money(total(allss, "paid"), ",")])
    d.font(7.5)
    d.text(x0, y + 22, "Column codes: PR-1 deductible, PR-2 coinsurance, CO-45 contractual reduction, CO-253 "
                       "payment reduction, CO-50 denied as not medically necessary (write-off).")
    d.save()
    return d, lines, claims, [], []


ROW_SPAN["s08"] = 1
ADJ_COMPLETE["s08"] = True
DATE_ON_ROW["s08"] = True


# ================================================================ s09 pediatric clinic family statement (reportlab)
def s09(path, total_pages):
    d = RLDoc(path, "Times")
    W = d.W
    kids = [("Wren Halvorsen-Achebe", [("V-10442", D(2026, 1, 5), [("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
                                      ("V-10468", D(2026, 1, 12), [("97530", 2, ("GO",)), ("97533", 2, ("GO",))]),
                                      ("V-10501", D(2026, 1, 19), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))])]),
            ("Felix Halvorsen-Achebe", [("V-10447", D(2026, 1, 6), [("92523", 1, ("GN",))]),
                                        ("V-10473", D(2026, 1, 13), [("92507", 1, ("GN",))]),
                                        ("V-10510", D(2026, 1, 20), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])]),
            ("Ines Halvorsen-Achebe", [("V-10480", D(2026, 1, 14), [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]),
                                       ("V-10522", D(2026, 1, 21), [("97110", 2, ("GP",)), ("97112", 1, ("GP",))])])]
    st = PlanState(ded_left=Decimal("95.00"), coins_rate=Decimal("0.20"))
    cols = [(52, "L"), (50, "L"), (58, "L"), (150, "L"), (30, "C"), (50, "R"), (50, "R"), (50, "R"), (54, "R")]
    heads = ["Date", "Visit #", "Code", "Description", "Units", "Charges", "Ins Paid", "Ins Adj", "Your Balance"]
    x0 = 40
    lines, claims = [], []

    def furniture():
        d.font(16, True)
        d.text(x0, 48, "Tidepool Children's Therapy Center")
        d.font(9)
        d.text(x0, 60, "2210 Heron Flats Road, Suite 4  -  Bramwell, OR 97380  -  Billing office (555) 018-4400")
        d.text(W - 40, 48, "STATEMENT", "R")
        d.text(W - 40, 60, f"Page {d.pages} of {total_pages}", "R")
        d.line(x0, 68, W - 40, 68)
        return 84

    y = furniture()
    all_s = []
    built = []
    for who, visits in kids:
        vv = []
        for vis, dos, items in visits:
            ss = [svc(dos, c, u, m) for c, u, m in items]
            for s in ss:
                G.commercial(s, st)
                s.discount = s.billed - s.allowed
            vv.append((vis, dos, ss))
            all_s += ss
        built.append((who, vv))
    due = total(all_s, "owes") - Decimal("40.00")
    d.rect(x0, y, 250, 62)
    d.font(9)
    d.text(x0 + 8, y + 14, "Guarantor: Petra Halvorsen")
    d.text(x0 + 8, y + 26, "Account: TCT-0088317")
    d.text(x0 + 8, y + 38, "Statement date: 02/10/2026")
    d.text(x0 + 8, y + 50, "Insurance on file: Summit Ridge Health PPO")
    d.rect(W - 40 - 180, y, 180, 62, fill=0.9)
    d.font(10, True)
    d.text(W - 40 - 170, y + 18, "Amount Due")
    d.font(16, True)
    d.text(W - 50, y + 42, money(due), "R")
    d.font(8)
    d.text(W - 40 - 170, y + 56, "Please pay by 03/05/2026")
    y += 84
    d.font(8)
    d.text(x0, y, "Your insurance has paid its share of the visits below. The balance shown is your deductible and "
                  "coinsurance.")
    y += 18

    def head(y):
        d.line(x0, y - 10, x0 + sum(w for w, _ in cols), y - 10)
        d.font(8.5, True)
        cells(d, x0, y, cols, heads)
        d.line(x0, y + 4, x0 + sum(w for w, _ in cols), y + 4)
        d.font(8.5)
        return y + 16

    for who, vv in built:
        if y + 60 > 700:
            d.new_page()
            y = furniture()
        d.font(10, True)
        d.text(x0, y, f"Patient: {who}")
        y = head(y + 16)
        for vis, dos, ss in vv:
            for s in ss:
                if y > 700:
                    d.new_page()
                    y = furniture()
                    d.font(10, True)
                    d.text(x0, y, f"Patient: {who} (continued)")
                    y = head(y + 16)
                cells(d, x0, y, cols, [dfmt(dos, "mdy2"), vis, s.code + "-" + "-".join(s.mods), s.desc[:30],
                                       G.units_str(s.units), money(s.billed, ","), money(s.paid, ","),
                                       money(s.discount, ","), money(s.owes, ",")])
                lines.append(truth_line(d.pages, s, claim_id=vis, payer_claim_id=None, patient=who,
                                        printed=("billed", "paid", "patient_owes"),
                                        overrides={"description": s.desc[:30]}))
                y += 13
            claims.append({"claim_id": vis, "payer_claim_id": None, "patient": who, "totals": claim_totals()})
        if who.startswith("Wren"):
            cells(d, x0, y, cols, ["01/28/26", "", "", "Patient payment - thank you", "", "", "", "",
                                   money(Decimal("-40.00"), ",", "()")])
            y += 13
        y += 10
    d.font(9, True)
    d.text(x0, y + 6, f"Total family balance: {money(due)}")
    y += 40
    if y > 640:
        d.new_page()
        y = furniture()
    d.line(x0, y, W - 40, y, 0.5)
    d.font(8)
    d.text(x0, y + 12, "- - - - - - - - Please detach and return this portion with your payment - - - - - - - -")
    d.text(x0, y + 28, "Tidepool Children's Therapy Center   Account TCT-0088317   Guarantor Petra Halvorsen")
    d.text(x0, y + 40, f"Amount due {money(due)}     Amount enclosed $__________")
    d.save()
    return d, lines, claims, [], []


ROW_SPAN["s09"] = 1
ADJ_COMPLETE["s09"] = False
DATE_ON_ROW["s09"] = True


# ================================================================ s10 hospital family statement, sidebar (fpdf2)
def s10(path, total_pages):
    d = FPDoc(path, "LibSans")
    W, H = d.W, d.H
    accts = [
        ("Calloway, Beatrix M", "H400178223", "7726019948301", [
            (D(2026, 1, 8), "0434", "97168", 1, ("GO",)), (D(2026, 1, 8), "0430", "97530", 2, ("GO",)),
            (D(2026, 1, 8), "0430", "97535", 1, ("GO",)), (D(2026, 1, 10), "0430", "97530", 3, ("GO",)),
            (D(2026, 1, 10), "0430", "97140", 1, ("GO", "59")), (D(2026, 1, 15), "0430", "97110", 2, ("GO",)),
            (D(2026, 1, 15), "0430", "97760", 1, ("GO",)), (D(2026, 1, 15), "0274", "L3807", 1, ("RT",)),
            (D(2026, 1, 22), "0430", "97530", 2, ("GO", "KX")), (D(2026, 1, 22), "0430", "97535", 1, ("GO", "KX"))]),
        ("Calloway, Amos J", "H400179006", "7726020114876", [
            (D(2026, 1, 13), "0424", "97163", 1, ("GP",)), (D(2026, 1, 13), "0420", "97110", 2, ("GP",)),
            (D(2026, 1, 16), "0420", "97116", 2, ("GP",)), (D(2026, 1, 16), "0420", "G0283", 1, ("GP",)),
            (D(2026, 1, 20), "0420", "97110", 2, ("GP", "CQ")), (D(2026, 1, 20), "0420", "97112", 1, ("GP",)),
            (D(2026, 1, 23), "0420", "97110", 3, ("GP",)), (D(2026, 1, 23), "0420", "97140", 1, ("GP", "59")),
            (D(2026, 1, 27), "0420", "97110", 2, ("GP",)), (D(2026, 1, 27), "0420", "97116", 2, ("GP",)),
            (D(2026, 1, 27), "0270", "A4556", 2, ()), (D(2026, 1, 30), "0420", "97110", 2, ("GP", "KX")),
            (D(2026, 1, 30), "0420", "97112", 2, ("GP", "KX")), (D(2026, 2, 3), "0420", "97110", 2, ("GP", "KX")),
            (D(2026, 2, 3), "0420", "97530", 1, ("GP", "KX")), (D(2026, 2, 5), "0420", "97110", 2, ("GP", "KX")),
            (D(2026, 2, 5), "0420", "97140", 2, ("GP", "KX")), (D(2026, 2, 10), "0420", "97110", 2, ("GP", "KX")),
            (D(2026, 2, 10), "0420", "97116", 1, ("GP", "KX")), (D(2026, 2, 12), "0424", "97164" if False else "97110", 1, ("GP", "KX")),
            (D(2026, 2, 12), "0420", "97112", 1, ("GP", "KX"))]),
        ("Calloway, June R", "H400179741", "7726020577012", [
            (D(2026, 1, 21), "0444", "92523", 1, ("GN",)), (D(2026, 1, 23), "0440", "92507", 1, ("GN",))]),
    ]
    SB = 132
    x0 = SB + 24
    cols = [(56, "L"), (32, "C"), (62, "L"), (190, "L"), (30, "C"), (62, "R")]
    heads = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]
    TW = sum(w for w, _ in cols)
    lines, claims = [], []

    def furniture():
        d.rect(0, 0, SB, H, fill=0.86, stroke=False)
        d.font(11, True)
        d.text(14, 50, "St. Aldric")
        d.text(14, 63, "Regional Medical")
        d.text(14, 76, "Center")
        d.font(7.5)
        for i, t in enumerate(["Outpatient Rehabilitation", "Patient Financial Services", "PO Box 7730",
                               "Greyhaven, MN 55917", "", "Questions? Call", "(555) 019-2750", "Mon-Fri 8-5",
                               "", "Guarantor:", "Marcus Calloway", "Guarantor acct:", "G-5580341",
                               "", "Statement date:", "02/14/2026"]):
            d.text(14, 100 + 11 * i, t)
        d.font(14, True)
        d.text(x0, 48, "Family Statement")
        d.font(8)
        d.text(W - 30, 48, f"Page {d.pages} of {total_pages}", "R")
        d.line(x0, 56, W - 30, 56, 1)
        return 76

    def head(y):
        d.rect(x0, y - 10, TW, 14, fill=0.93, stroke=False)
        d.font(8, True)
        cells(d, x0, y, cols, heads)
        d.font(8)
        return y + 15

    y = furniture()
    for who, acct, icn, items in accts:
        ss = []
        if y + 60 > 730:
            d.new_page()
            y = furniture()
        d.font(9.5, True)
        d.text(x0, y, f"Account No. {acct}")
        d.font(8.5)
        d.text(x0 + 150, y, f"Patient: {who}")
        y += 12
        d.text(x0, y, f"Insurance: Prairie Shield Health   Insurance claim # {icn}")
        y = head(y + 16)
        for dos, rev, code, u, mods in items:
            s = svc(dos, code, u, mods)
            ss.append(s)
            if y > 730:
                d.text(W - 30, y - 2, "Continued on next page", "R")
                d.new_page()
                y = furniture()
                d.font(9.5, True)
                d.text(x0, y, f"Account No. {acct}  (continued)   Patient: {who}")
                y = head(y + 16)
            cells(d, x0, y, cols, [dfmt(dos, "mdy4"), rev, code + (" " + " ".join(mods) if mods else ""),
                                   s.desc, G.units_str(s.units), money(s.billed, ",")])
            lines.append(truth_line(d.pages, s, claim_id=acct, payer_claim_id=icn, patient=who,
                                    printed=("billed",)))
            y += 13
        ins = G.q(total(ss, "billed") * Decimal("0.58"))
        adj = G.q(total(ss, "billed") * Decimal("0.31"))
        bal = total(ss, "billed") - ins - adj
        d.line(x0, y - 8, x0 + TW, y - 8)
        d.font(8.5, True)
        for lab, v in (("Total charges", total(ss, "billed")), ("Insurance payments", -ins),
                       ("Contractual adjustments", -adj), ("Account balance", bal)):
            d.text(x0 + 250, y + 2, lab)
            d.text(x0 + TW - 2, y + 2, money(v, "$", "()"), "R")
            y += 12
        d.font(8.5)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": who,
                       "totals": claim_totals(billed=total(ss, "billed"))})
        y += 16
    d.save()
    return d, lines, claims, [], []


ROW_SPAN["s10"] = 1
ADJ_COMPLETE["s10"] = False
DATE_ON_ROW["s10"] = True

LAYOUTS = [
    ("s01_commercial_family_benefit_statement", s01, "commercial family member EOB"),
    ("s02_commercial_claim_detail_grid", s02, "commercial EOB claim detail, ruled grid"),
    ("s03_medicare_summary_notice", s03, "Medicare Summary Notice Part B"),
    ("s04_medicare_advantage_eob", s04, "Medicare Advantage member EOB"),
    ("s05_medicaid_ra_fixed", s05, "state Medicaid remittance advice, fixed width"),
    ("s06_medicaid_adjustment_ra", s06, "state Medicaid adjustment remittance"),
    ("s07_clearinghouse_spr", s07, "clearinghouse standard paper remit print"),
    ("s08_pm_medicare_posting", s08, "practice-management Medicare posting detail"),
    ("s09_clinic_family_statement", s09, "pediatric therapy clinic family statement"),
    ("s10_hospital_family_statement", s10, "hospital outpatient-rehab family statement"),
]


def build(out: Path) -> list[Path]:
    made = []
    for name, fn, desc in LAYOUTS:
        p = out / f"{name}.pdf"
        doc = fn(p, 99)[0]
        n = doc.pages
        doc, lines, claims, legend, findings = fn(p, n)
        assert doc.pages == n
        write_truth(p, name, doc.producer, doc.pages, desc, lines, claims, legend, findings)
        made.append(p)
    return made


# ================================================================================ self-check
NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def nums(text: str) -> list[Decimal]:
    out = []
    for t in NUM.findall(text):
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        v = Decimal(re.sub(r"[^\d.]", "", t))
        out.append(-v if neg else v)
    return out


def date_forms(iso: str) -> list[str]:
    dd = date.fromisoformat(iso)
    return [dfmt(dd, s) for s in ("mdy2", "mdy4", "mon", "month", "mdyn")] + [f"{dd:%m%d} {dd:%m%d%y}"]


def check(out: Path) -> int:
    import pdfplumber
    errs = []
    for name, _, _ in LAYOUTS:
        p = out / f"{name}.pdf"
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        key = name[:3]
        with pdfplumber.open(p) as pdf:
            if len(pdf.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {t['pages']}")
            plines = [[ln["text"] for ln in pg.extract_text_lines()] for pg in pdf.pages]
        doc_text = " ".join(" ".join(x) for x in plines)
        doc_flat = re.sub(r"\s+", " ", doc_text)
        for i, ln in enumerate(t["lines"]):
            pl = plines[ln["page"] - 1]
            page_text = " ".join(pl)
            span = ROW_SPAN[key]
            ok = False
            why = "code not found"
            for k, text in enumerate(pl):
                if not re.search(rf"(?<![0-9A-Za-z]){ln['code']}(?![0-9])", text):
                    continue
                row = " ".join(pl[k:k + span] if span > 0 else pl[max(0, k + span + 1):k + 1])
                rn = nums(row)
                miss = []
                for f in G.AMOUNT_KEYS:
                    if ln[f] is not None and Decimal(ln[f]) not in rn:
                        miss.append(f"{f}={ln[f]}")
                for g, c, a in ln["adjustments"]:
                    if a is not None and Decimal(a) not in rn:
                        miss.append(f"adj {g}-{c} {a}")
                    if c not in row and c not in page_text:
                        miss.append(f"adj code {c}")
                for m in ln["modifiers"]:
                    if m not in row.replace(ln["code"], " ", 1) and m not in row:
                        miss.append(f"mod {m}")
                if ln["units"] is not None:
                    toks = [Decimal(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", row)]
                    if Decimal(ln["units"]) not in toks:
                        miss.append(f"units {ln['units']}")
                forms = date_forms(ln["service_date"])
                where = row if DATE_ON_ROW[key] else page_text
                if not any(f in where for f in forms):
                    miss.append("date")
                for r in ln["remarks"]:
                    if r not in row and r not in page_text:
                        miss.append(f"remark {r}")
                if not miss:
                    ok = True
                    break
                why = ", ".join(miss)
            if not ok:
                errs.append(f"{name} line {i} ({ln['code']} p{ln['page']}): {why}")
            for f in ("claim_id", "payer_claim_id", "patient"):
                if ln[f] is not None and ln[f] not in doc_flat:
                    errs.append(f"{name} line {i}: {f} {ln[f]!r} not in text")
            if ADJ_COMPLETE[key] and ln["billed"] is not None and ln["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal("0"))
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
        planted = {f.split()[2].rstrip(":") for f in t["expected_findings"]}
        for c in t["claims"]:
            cl = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and
                  ln["payer_claim_id"] == c["payer_claim_id"]]
            if not cl:
                errs.append(f"{name}: claim {c} has no lines")
            for f, v in c["totals"].items():
                if v is None:
                    continue
                if any(ln[f] is None for ln in cl):
                    errs.append(f"{name}: total {f} for a field its lines do not print")
                    continue
                sm = sum(Decimal(ln[f]) for ln in cl)
                off = sm != Decimal(v)
                if off and c["payer_claim_id"] not in planted:
                    errs.append(f"{name} claim {c['claim_id']}: {f} total {v} != lines {sm}")
                if not off and c["payer_claim_id"] in planted and f == "patient_owes":
                    errs.append(f"{name} claim {c['claim_id']}: planted mismatch is not off")
                if Decimal(v) not in nums(doc_text):
                    errs.append(f"{name} claim {c['claim_id']}: total {f} {v} not printed")
        print(f"{name}: {len(t['lines'])} lines, {len(t['claims'])} claims, {t['pages']} pages, {t['producer']}")
    for e in errs:
        print("FAIL", e)
    print("check:", "OK" if not errs else f"{len(errs)} problems")
    return 1 if errs else 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout185_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    build(out)
    print(out)
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
