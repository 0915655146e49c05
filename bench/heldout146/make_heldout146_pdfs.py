"""Write the HELD-OUT set 146 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of the
five commonest real kinds (two each), in house styles unlike the earlier sets, for one honest measurement of
the PDF reader. Written by an author who did not look at the reader, its tests or its scores.

Run:  python bench/heldout146/make_heldout146_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout146/make_heldout146_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; written with its truth_line / write_truth,
``<name>.pdf.truth.json``), printed values only, null for what a layout does not print (units null where no
quantity is printed; amounts null for columns the layout lacks); claim_id = the provider's own account /
patient-control / visit / hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person who got the service, never the subscriber or guarantor unless the
same person); adjustments only where the page prints a group and reason code with the amount on the line;
a "FROM / THRU" pair printed on a line gives service_end (even when equal to the start). Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Drawing and the self-check live in h146kit.py.

Layouts:
  01  commercial member EOB, landscape Liberation Sans (reportlab): "Amount charged / Member savings / Allowed
      by plan / Not covered / Deductible / Copay / Coinsurance / Paid by plan / Total member responsibility /
      Code", code "97530 / GO 59" with the description in grey under it, family of three (daughter, spouse,
      subscriber), deductible box, an 18-line claim continued on page 2 with "(continued)" and header repeated,
      a not-covered 0552T line, claim totals, code legend
  02  commercial "Health Benefits Statement", portrait core Helvetica (fpdf2): page-1 two-column summary
      (per-patient table + benefit progress box), "Charges / Amount saved / Amount allowed / Applied to
      deductible / Coinsurance / Benefit paid" (no patient-share column per line), "Jan-05-26" dates,
      "97140-GP-59" hyphen-joined codes, long wrapped descriptions, a non-covered line with a note line under it,
      claim totals + "Your share for this claim" sentence, three family members, no "$" in the table
  03  Medicare Summary Notice Part B, portrait DejaVu Serif (reportlab): page 1 deductible and "Your Claims &
      Costs This Period" boxes, both claims on page 2 (notes on page 3) with "Service date: January 6, 2026" sub-headings,
      "Therapeutic exercises (97110-GP-KX)", Yes/No approval column, "Maximum You May Be Billed", lettered notes
      ("A, B"), a denied paraffin line, claim totals; no units, no provider account number
  04  Medicare Advantage HMO monthly member EOB, landscape DejaVu Sans (fpdf2): dark banner, "Date of service /
      Service code and description / Qty / Provider billed / Plan's cost / Your cost: deductible / copay /
      coinsurance / Total your cost / Note", "Jan 7, 2026", per-day copay, CQ and KX modifiers, a not-covered
      line, a 20-line claim continued on page 2 "(continued from previous page)" with header repeated
  05  state Medicaid remittance advice, portrait DejaVu Sans Mono (reportlab): fixed-width "LN FROM-DOS
      THRU-DOS PROC MODS UNITS BILLED-AMT ALLOWED-AMT PAID-AMT EOB", RECIP / ID / PAT ACCT / ICN heading per
      claim, units "3.00", four-digit EOB codes, a denied group-therapy line, an "ADJUSTED CLAIMS" section voiding
      a December claim with trailing-minus amounts (its replacement among the paid claims), page header repeated
  06  Medicaid managed-care plan remittance advice, portrait core Helvetica (fpdf2): shaded claim boxes
      (Member / Member # / TCN / Patient Control #), ruled cell grid "Ln / Svc Date / Proc / Mods / Units /
      Billed Amt / Allowed / Adj Code / Adj Amt / Paid Amt / Remark", "CO-45", a denied speech line "CO-B7"
      with N95, claim-total grid rows, four members, code legend, two pages
  07  practice-management "Remittance Posting Detail" of a Medicare Part B remit, landscape core Times
      (reportlab): one heading line per claim (Patient / MBI / Acct # / Payer ICN / status), "Svc Date / Proc /
      Mods / Units / Billed / Allowed / Deductible / Coins / Adjustments (grp-rsn amt) / Pt Resp / Paid / RARC"
      with every adjustment on the row ("CO-45 100.76 PR-2 11.85 CO-253 0.95"), claim totals
  08  clearinghouse ERA viewer print, landscape DejaVu Sans Mono (fpdf2): shaded claim bars, labelled service
      rows "SVC 01/05/2026  HC:97530:GO  UNITS 2  CHG 190.00  ALLOW ...  PAID ...  CAS CO45 116.30 PR2 ...",
      sequestration CO253, a denied orthotic-training line with RMK, claim totals, glossary
  09  pediatric therapy clinic family ledger statement, landscape Liberation Sans Narrow (fpdf2): patient,
      visit # and insurer claim # on every row, "Charges / Insurance paid / Adjustments / Patient due",
      parenthesised adjustments, visit total rows, three children across seven visits, a payment row, aging boxes
  10  hospital outpatient-rehab guarantor statement, portrait DejaVu Sans (reportlab): account boxes per family
      member with the insurer's claim number, "Date / Rev / Code / Description / Qty / Charges / Ins. paid /
      Your part", wrapped descriptions, L3807 LT orthosis, contractual adjustment sentence per account, an
      18-line account continued on page 2 with header repeated

The self-check (--check) tests the factory, not the reader: page counts; every truth line is matched to one
text row on its page (pdfplumber words grouped by baseline) holding its code, modifiers, remarks, units and
every printed amount and adjustment amount (in the layout's own money style, signs included); its service date
(in the layout's format) is on the page and its adjustment codes too; claim ids, payer claim ids and patients
are in the document; billed - adjustments = paid where adjustments are printed; billed - discount - not
covered = allowed where printed; every claim total equals the sum of its lines and is printed; at least three
files carry a claim whose rows continue onto the next page.
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h146kit import Doc, check_folder  # noqa: E402

# a few more services (our own wording, invented charges and fee-schedule amounts)
G.FEE.update({"97533": "98.00", "97162": "235.00", "97113": "90.00", "97018": "40.00", "99214": "215.00",
              "G0151": "140.00", "97542": "70.00"})
G.SCHED.update({"97533": "31.90", "97162": "101.12", "97113": "38.62", "97018": "4.81", "99214": "124.03",
                "G0151": "52.40", "97542": "28.12"})
G.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
               "97113": "Aquatic therapy with exercises", "97018": "Paraffin bath", "99214": "Office visit, moderate",
               "G0151": "Home health PT visit, 15 min", "97542": "Wheelchair management training"})


def D(m, d):
    return date(2026, m, d)


def mk(specs, fn, *a, **k):
    out = []
    for sp in specs:
        m, d, code, u, mods = sp[:5]
        den = sp[5] if len(sp) > 5 else None
        out.append(fn(Svc(D(m, d), code, Decimal(str(u)), tuple(mods.split()) if mods else (), denied=den), *a, **k))
    return out


def build(render, path: Path, *args):
    n, *_ = render(path, None, *args)
    return render(path, n, *args)


def m(x, style="$", neg="-"):
    return money(x, style, neg)


# =============================================================================================== L01
def l01(path, npages):
    """commercial member EOB, landscape LibSans, reportlab"""
    doc = Doc("rl", path, landscape=True, fonts=("LibSans", "LibSans-Bold"))
    R, B = "LibSans", "LibSans-Bold"
    lines, claims = [], []
    fam = [("Kira Lundgaard", "Daughter", "NPT-30871", "2026-0112-775301", "Northshore Pediatric Therapy Group", [
        (1, 6, "97165", 1, "GO"), (1, 6, "97530", 2, "GO"), (1, 13, "97530", 3, "GO"), (1, 13, "97535", 1, "GO"),
        (1, 20, "97530", 2, "GO"), (1, 20, "97112", 1, "GO 59"), (1, 27, "97533", 2, "GO"), (1, 27, "97530", 2, "GO"),
        (2, 3, "97530", 2, "GO"), (2, 3, "97535", 2, "GO"), (2, 10, "97533", 2, "GO"), (2, 10, "97112", 1, "GO 59"),
        (2, 17, "97530", 3, "GO"), (2, 17, "0552T", 1, "", "PR"), (2, 24, "97530", 2, "GO"),
        (2, 24, "97535", 1, "GO"), (2, 26, "97168", 1, "GO"), (2, 26, "97530", 2, "GO")]),
        ("Tomas Lundgaard", "Spouse", "HSR-119042", "2026-0120-118844", "Harbor Street Rehabilitation", [
            (1, 14, "97161", 1, "GP"), (1, 14, "97140", 2, "GP"), (1, 21, "97110", 3, "GP"), (1, 21, "97140", 1, "GP")]),
        ("Ingrid Lundgaard", "Subscriber", "BSF-8821", "2026-0126-120417", "Bayside Family Medicine", [
            (1, 22, "99213", 1, ""), (1, 22, "G0283", 1, "")])]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    cols = [(30, "L"), (88, "L"), (260, "R"), (318, "R"), (376, "R"), (430, "R"), (482, "R"), (530, "R"),
            (586, "R"), (640, "R"), (702, "R"), (762, "R")]
    heads = [("Service", "date"), ("Service and", "code"), ("Amount", "charged"), ("Member", "savings"),
             ("Allowed by", "plan"), ("Not", "covered"), ("Deduct-", "ible"), ("Copay", ""), ("Coinsur-", "ance"),
             ("Paid by", "plan"), ("Total member", "responsibility"), ("Code", "")]

    def top():
        doc.text(30, 40, "HARROWGATE BLUE HEALTH", B, 16)
        doc.text(30, 54, "An independent licensee serving the Tri-Lakes region", R, 7, gray=0.3)
        doc.text(762, 36, "EXPLANATION OF BENEFITS", B, 11, "R")
        doc.text(762, 49, "THIS IS NOT A BILL", B, 9, "R")
        doc.text(762, 61, f"Page {doc.page} of {npages or '?'}", R, 8, "R")
        doc.line(30, 68, 762, 68, 1.2)
        return 82

    def header(y):
        doc.rect(30, y - 9, 732, 22, fill=0.88, stroke=False)
        for (x, a), (h1, h2) in zip(cols, heads):
            doc.text(x + (2 if a == "L" else 0), y, h1, B, 6.5, a)
            doc.text(x + (2 if a == "L" else 0), y + 8, h2, B, 6.5, a)
        return y + 22

    y = top()
    doc.text(30, y, "INGRID LUNDGAARD", B, 9)
    doc.text(30, y + 11, "4410 Old Mill Pond Rd", R, 8)
    doc.text(30, y + 21, "Fenwick Lake, WI 54911", R, 8)
    for i, (k, v) in enumerate([("Statement date", "02/02/2026"), ("Subscriber ID", "HBH 771 204 583"),
                                ("Group", "00417 Calloway Tool"), ("Plan", "Blue Select PPO 1500")]):
        doc.text(430, y + i * 10, k + ":", B, 8)
        doc.text(510, y + i * 10, v, R, 8)
    doc.rect(600, y - 9, 162, 44)
    doc.text(606, y + 1, "Family deductible 2026", B, 7.5)
    doc.text(606, y + 13, "Met $250.00 of $3,000.00", R, 7.5)
    doc.text(606, y + 25, "Out-of-pocket met $389.22 of $6,000.00", R, 7.5)
    y += 52
    doc.text(30, y, "Claims processed for your family since your last statement", B, 10)
    y += 16
    for nm, rel, acct, clm, prov, specs in fam:
        svcs = mk(specs, commercial, st, deny_reason="96")
        if nm.startswith("Tomas"):
            pass
        first = True
        idx = 0
        while idx < len(svcs):
            if y > 470:
                doc.text(30, 580, "Questions? Call Member Services 1-800-555-0147 (TTY 711), Monday-Friday 8 a.m.-6 p.m.",
                         R, 7, gray=0.3)
                doc.new_page()
                y = top() + 6
                first = False if idx else first
            doc.text(30, y, f"Claim number {clm}" + ("" if first or idx == 0 else " (continued)"), B, 9)
            doc.text(200, y, f"Patient: {nm}   Relationship: {rel}", R, 8.5)
            doc.text(420, y, f"Provider: {prov}", R, 8.5)
            doc.text(30, y + 11, f"Provider account: {acct}    Received 01/28/2026    Processed 01/30/2026    "
                     "In-network", R, 7.5, gray=0.25)
            y = header(y + 26)
            while idx < len(svcs) and y < 520:
                s = svcs[idx]
                code = s.code + (" / " + " ".join(s.mods) if s.mods else "")
                note = "NC" if s.denied else ("D1" if s.deductible else "A4")
                cells = [dfmt(s.dos, "mdy4"), code, m(s.billed), m(s.discount), m(s.allowed), m(s.not_covered),
                         m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), note]
                for (x, a), c in zip(cols, cells):
                    doc.text(x + (2 if a == "L" else 0), y, c, R, 7.5, a)
                doc.text(90, y + 8.5, s.desc, R, 6.5, gray=0.35)
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=nm, units=False,
                                        printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                                 "copay", "coinsurance", "paid", "patient_owes"), remarks=[note]))
                doc.line(30, y + 12, 762, y + 12, 0.25)
                y += 20
                idx += 1
            first = False
        tt = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        doc.text(32, y, "Claim totals", B, 7.5)
        for (x, a), v in zip(cols[2:11], tt):
            doc.text(x, y, m(v), B, 7.5, a)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": nm,
                       "totals": claim_totals(tt[0], tt[2], tt[7], tt[8])})
        y += 24
    legend = [("A4", "Network pricing applied; you are not billed for the member savings."),
              ("D1", "Part or all of the allowed amount went toward your deductible."),
              ("NC", "Your plan does not cover this service; you may be billed for it.")]
    if y > 520:
        doc.new_page()
        y = top() + 6
    doc.text(30, y, "What the codes mean", B, 9)
    for i, (c, t) in enumerate(legend):
        doc.text(30, y + 12 + i * 10, c, B, 7.5)
        doc.text(56, y + 12 + i * 10, t, R, 7.5)
    doc.text(30, 580, "Harrowgate Blue Health, PO Box 9020, Fenwick Lake, WI 54911   www.example.org/members", R, 7,
             gray=0.3)
    doc.save()
    return doc.page, lines, claims, legend, []


# =============================================================================================== L02
def l02(path, npages):
    """commercial member EOB, portrait core Helvetica, fpdf2, page 1 two-column summary"""
    doc = Doc("fp", path)
    R, B = "Helvetica", "Helvetica-Bold"
    lines, claims = [], []

    def ds(d):
        return f"{d:%b}-{d.day:02d}-{d:%y}"
    fam = [("Rosalind Ebbesen-Carr", "ACT-66019", "EC4471902263", "Willowbend Therapy Associates", [
        (1, 5, "97162", 1, "GP"), (1, 5, "97140", 2, "GP 59"), (1, 9, "97110", 2, "GP"), (1, 9, "97140", 1, "GP"),
        (1, 16, "97113", 2, "GP"), (1, 16, "97110", 1, "GP")]),
        ("Milo Ebbesen-Carr", "WT-2290155", "EC4471902291", "Clearwater Speech & Language", [
            (1, 7, "92523", 1, "GN"), (1, 14, "92507", 1, "GN"), (1, 21, "92507", 1, "GN"), (1, 28, "92507", 1, "GN"),
            (2, 4, "92507", 1, "GN"), (2, 4, "97018", 1, "", "PR")]),
        ("Junie Ebbesen-Carr", "CW-88170", "EC4471902305", "Willowbend Therapy Associates", [
            (1, 12, "97166", 1, "GO"), (1, 12, "97530", 2, "GO"), (1, 26, "97530", 2, "GO"),
            (1, 26, "97542", 1, "GO")])]
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.84"))
    data = [(n, a, c, p, mk(sp, commercial, st, deny_reason="204")) for n, a, c, p, sp in fam]
    cols = [(36, "L"), (92, "L"), (254, "L"), (334, "R"), (378, "R"), (426, "R"), (474, "R"), (522, "R"),
            (576, "R")]
    heads = [("Date", ""), ("Description of service", ""), ("Code", ""), ("Charges", ""), ("Amount", "saved"),
             ("Amount", "allowed"), ("Applied to", "deductible"), ("Coins-", "urance"), ("Benefit", "paid")]

    def top():
        doc.text(36, 42, "Pinecrest Mutual", B, 18)
        doc.text(36, 54, "Health Benefits Statement", R, 9)
        doc.text(576, 42, f"Page {doc.page} of {npages or '?'}", R, 8, "R")
        doc.text(576, 54, "Statement date: Feb-02-26", R, 8, "R")
        doc.line(36, 60, 576, 60, 1)
        return 76

    def header(y):
        doc.line(36, y - 9, 576, y - 9, 0.8)
        for (x, a), (h1, h2) in zip(cols, heads):
            doc.text(x, y, h1, B, 6.8, a)
            if h2:
                doc.text(x, y + 8, h2, B, 6.8, a)
        doc.line(36, y + 12, 576, y + 12, 0.8)
        return y + 22

    y = top()
    # two-column page 1: left summary table, right deductible box
    doc.text(36, y, "Summary of claims", B, 10)
    doc.text(36, y + 14, "Patient", B, 7.5)
    doc.text(200, y + 14, "Claims", B, 7.5, "R")
    doc.text(260, y + 14, "Charges", B, 7.5, "R")
    doc.text(320, y + 14, "Your share", B, 7.5, "R")
    for i, (n, a, c, p, sv) in enumerate(data):
        yy = y + 26 + i * 11
        doc.text(36, yy, n, R, 7.5)
        doc.text(200, yy, "1", R, 7.5, "R")
        doc.text(260, yy, m(total(sv, "billed")), R, 7.5, "R")
        doc.text(320, yy, m(total(sv, "owes")), R, 7.5, "R")
    doc.rect(360, y - 10, 216, 70)
    doc.text(368, y + 2, "Your 2026 benefit progress", B, 8)
    doc.text(368, y + 16, "Family deductible: $100.00 met of $1,000.00", R, 7.5)
    doc.text(368, y + 28, "Coinsurance after deductible: 10%", R, 7.5)
    doc.text(368, y + 40, "Member: Rosalind Ebbesen-Carr  ID PMX-5512-0098", R, 7.5)
    doc.text(368, y + 52, "Group 88120  Coastal Unified Schools", R, 7.5)
    y += 80
    doc.text(36, y, "Keep this statement for your records. It is not a bill.", R, 8)
    y += 18
    for n, a, c, p, svcs in data:
        idx = 0
        while idx < len(svcs):
            if y > 650:
                doc.text(36, 760, "Pinecrest Mutual Insurance Co. - 12 Harborview Plaza, Portland, ME 04101", R, 7)
                doc.new_page()
                y = top()
            doc.rect(36, y - 10, 540, 26, fill=0.93, stroke=False)
            doc.text(40, y, f"Patient: {n}" + (" - continued" if idx else ""), B, 8.5)
            doc.text(300, y, f"Claim number: {c}", R, 8)
            doc.text(40, y + 11, f"Provider: {p}    Patient account no.: {a}", R, 7.5)
            y = header(y + 30)
            while idx < len(svcs) and y < 700:
                s = svcs[idx]
                code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
                dl = doc.wrap(G.LONG_DESC.get(s.code, s.desc), 158, R, 7)
                cells = [ds(s.dos), dl[0], code, m(s.billed, ","), m(s.discount, ","), m(s.allowed, ","),
                         m(s.deductible, ","), m(s.coinsurance, ","), m(s.paid, ",")]
                for (x, al), cc in zip(cols, cells):
                    doc.text(x, y, cc, R, 7, al)
                for j, extra in enumerate(dl[1:]):
                    doc.text(92, y + 8 * (j + 1), extra, R, 7)
                if s.denied:
                    doc.text(92, y + 8 * len(dl), "Not a covered benefit under your plan - you may owe this charge.",
                             R, 6.5, gray=0.3)
                lines.append(truth_line(doc.page, s, claim_id=a, payer_claim_id=c, patient=n, units=False,
                                        printed=("billed", "discount", "allowed", "deductible", "coinsurance",
                                                 "paid"), overrides={"description": " ".join(dl)}))
                y += 8 * len(dl) + (8 if s.denied else 0) + 5
                idx += 1
        tb, tp = total(svcs, "billed"), total(svcs, "paid")
        doc.line(36, y - 5, 576, y - 5, 0.4)
        doc.text(92, y + 3, "Total for this claim", B, 7)
        doc.text(330, y + 3, m(tb, ","), B, 7, "R")
        doc.text(426, y + 3, m(total(svcs, "allowed"), ","), B, 7, "R")
        doc.text(576, y + 3, m(tp, ","), B, 7, "R")
        doc.text(92, y + 13, f"Your share for this claim: {m(total(svcs, 'owes'))}", R, 7)
        claims.append({"claim_id": a, "payer_claim_id": c, "patient": n,
                       "totals": claim_totals(tb, total(svcs, "allowed"), tp, None)})
        y += 30
    doc.text(36, 760, "Pinecrest Mutual Insurance Co. - 12 Harborview Plaza, Portland, ME 04101", R, 7)
    doc.save()
    return doc.page, lines, claims, [], []


# =============================================================================================== L03
def l03(path, npages):
    """Medicare Summary Notice, reportlab DejaVu Serif"""
    doc = Doc("rl", path, fonts=("DejaVuSerif", "DejaVuSerif-Bold"))
    R, B = "DejaVuSerif", "DejaVuSerif-Bold"
    lines, claims = [], []
    pat = "WALLACE P. DRUMMOND"
    st = PlanState(ded_left=Decimal("40.00"))
    cl = [("Cedar Hollow Outpatient Rehab", "26-021-0448-5519-00", [
        (1, 6, "97163", 1, "GP"), (1, 6, "97110", 2, "GP"), (1, 6, "97140", 1, "GP"),
        (1, 8, "97110", 2, "GP KX"), (1, 8, "97116", 1, "GP"), (1, 8, "97140", 1, "GP"),
        (1, 13, "97110", 2, "GP"), (1, 13, "97112", 1, "GP"), (1, 13, "G0283", 1, "GP"),
        (1, 15, "97110", 2, "GP"), (1, 15, "97116", 2, "GP"), (1, 15, "97018", 1, "GP", "CO"),
        (1, 20, "97110", 2, "GP KX"), (1, 20, "97112", 1, "GP KX"), (1, 22, "97110", 2, "GP KX"),
        (1, 22, "97140", 1, "GP KX"), (1, 27, "97110", 2, "GP KX"), (1, 27, "97116", 1, "GP KX"),
        (1, 29, "97110", 2, "GP KX"), (1, 29, "97112", 1, "GP KX"), (1, 29, "97140", 1, "GP KX")]),
        ("Lakeview Hand & Upper Limb Clinic", "26-024-0661-2270-00", [
            (1, 20, "97165", 1, "GO"), (1, 20, "97760", 1, "GO"), (1, 20, "L3807", 1, "RT"),
            (1, 27, "97140", 1, "GO"), (1, 27, "97110", 2, "GO")])]
    cl.reverse()
    data = [(p, c, mk(sp, medicare, st, deny_reason="50")) for p, c, sp in cl]
    cols = [(40, "L"), (318, "C"), (395, "R"), (447, "R"), (494, "R"), (548, "R"), (556, "L")]

    def top():
        doc.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", B, 12)
        doc.text(40, 54, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                 R, 7)
        doc.text(572, 40, f"{pat}", B, 8, "R")
        doc.text(572, 54, f"Page {doc.page} of {npages or '?'}", R, 8, "R")
        doc.line(40, 62, 572, 62, 1.5)
        return 80

    def header(y):
        doc.rect(40, y - 10, 532, 32, fill=0.85, stroke=False)
        hs = [("Service Provided &", "Billing Code"), ("Did Medicare", "Approve?"), ("Amount", "Provider Charged"),
              ("Medicare-", "Approved"), ("Medicare", "Paid"), ("Maximum You", "May Be Billed"), ("", "")]
        for (x, a), (a1, a2) in zip(cols[:6], hs):
            doc.text(x, y, a1, B, 6.6, a)
            doc.text(x, y + 9, a2, B, 6.6, a)
        doc.text(582, y + 18, "", R, 6)
        return y + 32

    y = top()
    doc.text(40, y + 4, f"{pat}", B, 9)
    doc.text(40, y + 16, "2871 Quarry Ridge Ln, Apt 4", R, 8)
    doc.text(40, y + 27, "Bellmont Falls, VT 05101-4472", R, 8)
    doc.text(340, y + 4, "Notice for Wallace P. Drummond", B, 9)
    doc.text(340, y + 16, "Medicare Number XXXXXXX4K81", R, 8)
    doc.text(340, y + 27, "Date of this Notice: January 31, 2026", R, 8)
    doc.text(340, y + 38, "Claims and services processed Nov 1, 2025 - Jan 30, 2026", R, 8)
    y += 62
    doc.rect(40, y, 250, 86)
    doc.text(48, y + 16, "Your Deductible Status", B, 10)
    doc.text(48, y + 32, "Your deductible is what you must pay for", R, 8)
    doc.text(48, y + 43, "most health services before Medicare pays.", R, 8)
    doc.text(48, y + 60, "You have now met your 2026 Part B deductible.", R, 8)
    doc.rect(310, y, 262, 86)
    doc.text(318, y + 16, "Your Claims & Costs This Period", B, 10)
    doc.text(318, y + 32, "Did Medicare approve all services?", R, 8)
    doc.text(564, y + 32, "NO", B, 8, "R")
    doc.text(318, y + 46, "Number of services Medicare denied", R, 8)
    doc.text(564, y + 46, "1", B, 8, "R")
    doc.text(318, y + 60, "Total you may be billed", R, 8)
    allsv = [s for _, _, sv in data for s in sv]
    doc.text(564, y + 60, m(total(allsv, "owes")), B, 8, "R")
    y += 110
    doc.text(40, y, "Providers with claims this period", B, 9)
    for i, (p, c, sv) in enumerate(data):
        doc.text(52, y + 14 + i * 11, f"{p}  -  services from {dfmt(sv[0].dos, 'mon')}", R, 8)
    doc.text(40, 760, "Be Informed! Report suspected fraud: call 1-800-555-0192 (TTY 1-877-555-0148).", R, 7.5)
    doc.new_page()
    y = top()
    doc.text(40, y, "Your Claims for Part B (Medical Insurance)", B, 11)
    y += 18
    for p, c, sv in data:
        doc.text(40, y, f"{p}", B, 9)
        doc.text(40, y + 11, f"Claim Number: {c}", R, 8)
        doc.text(320, y + 11, "Provider is accepting assignment", R, 8)
        y = header(y + 28)
        cur = None
        for s in sv:
            if y > 715:
                doc.text(40, 760, "Continued on next page", R, 7.5, gray=0.3)
                doc.new_page()
                y = top()
                doc.text(40, y, f"{p} - Claim Number: {c} (continued)", B, 9)
                y = header(y + 16)
                cur = None
            if s.dos != cur:
                doc.text(40, y, f"Service date: {dfmt(s.dos, 'month')}", B, 8)
                y += 12
                cur = s.dos
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            note = "C" if s.denied else ("A, B" if s.deductible else "A")
            dl = doc.wrap(f"{s.desc} ({code})", 230, R, 7.5)
            for j, t in enumerate(dl[:-1]):
                doc.text(48, y + 10 * j, t, R, 7.5)
            yy = y + 10 * (len(dl) - 1)
            doc.text(48, yy, dl[-1], R, 7.5)
            for (x, a), v in zip(cols[1:], ["No" if s.denied else "Yes", m(s.billed), m(s.allowed), m(s.paid),
                                            m(s.owes), note]):
                doc.text(x, yy, v, R, 7.5, a)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=c, patient=pat, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=note.split(", ")))
            y = yy + 14
        doc.line(40, y - 8, 572, y - 8, 0.6)
        tt = [total(sv, k) for k in ("billed", "allowed", "paid", "owes")]
        doc.text(48, y + 2, "Total for Claim " + c, B, 7.5)
        for (x, a), v in zip(cols[2:6], tt):
            doc.text(x, y + 2, m(v), B, 7.5, a)
        claims.append({"claim_id": None, "payer_claim_id": c, "patient": pat, "totals": claim_totals(*tt)})
        y += 26
    legend = [("A", "The amount the provider may charge you is limited by Medicare's approved amount."),
              ("B", "Some of the approved amount was counted toward your yearly deductible."),
              ("C", "Medicare does not pay for this item because it is not reasonable and necessary here; "
                    "the provider may not bill you for it.")]
    if y > 680:
        doc.new_page()
        y = top()
    doc.text(40, y, "Notes for Claims Above", B, 9)
    for i, (c, t) in enumerate(legend):
        doc.text(40, y + 13 + i * 11, c, B, 7.5)
        doc.text(54, y + 13 + i * 11, t, R, 7)
    doc.save()
    return doc.page, lines, claims, legend, []


# =============================================================================================== L04
def l04(path, npages):
    """Medicare Advantage member EOB, fpdf2 DejaVu Sans landscape"""
    doc = Doc("fp", path, landscape=True, fonts=("DejaVuSans", "DejaVuSans-Bold"))
    R, B = "DejaVuSans", "DejaVuSans-Bold"
    lines, claims = [], []
    pat = "Beatrix Okonkwo-Lind"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.62"))
    cl = [("Summit Ridge Physical Therapy", "SRPT-004417", "MA26-0009-31872", [
        (1, 7, "97161", 1, "GP"), (1, 7, "97110", 2, "GP"), (1, 9, "97110", 2, "GP"), (1, 9, "97140", 1, "GP"),
        (1, 12, "97110", 2, "GP"), (1, 12, "97116", 1, "GP"), (1, 14, "97110", 1, "GP CQ"), (1, 14, "97112", 1, "GP CQ"),
        (1, 16, "97110", 2, "GP CQ"), (1, 16, "97140", 1, "GP"), (1, 21, "97110", 2, "GP KX"),
        (1, 21, "97112", 1, "GP KX"), (1, 23, "97110", 2, "GP KX"), (1, 23, "97018", 1, "GP", "PR"),
        (1, 26, "97110", 2, "GP KX"), (1, 26, "97140", 1, "GP KX"), (1, 28, "97110", 2, "GP KX"),
        (1, 28, "97112", 1, "GP KX"), (1, 30, "97110", 2, "GP KX"), (1, 30, "97116", 1, "GP KX")]),
        ("Meadowgate Primary Care", "MPC-7781204", "MA26-0011-40055", [(1, 19, "99214", 1, "25"),
                                                                       (1, 19, "G0283", 1, "")])]
    cl.reverse()
    data = [(p, a, c, mk(sp, commercial, st, deny_reason="96")) for p, a, c, sp in cl]
    for _, _, _, sv in data:
        for s in sv:
            if s.denied:
                s.remarks = ["X2"]
    cols = [(30, "L"), (96, "L"), (330, "R"), (392, "R"), (458, "R"), (520, "R"), (580, "R"), (640, "R"),
            (700, "R"), (712, "L")]
    heads = [("Date of", "service"), ("Service code", "and description"), ("Qty", ""), ("Provider", "billed"),
             ("Plan's", "cost"), ("Your cost:", "deductible"), ("Your cost:", "copay"), ("Your cost:", "coinsurance"),
             ("Total", "your cost"), ("Note", "")]

    def top():
        doc.rect(0, 0, 792, 46, fill=0.2, stroke=False)
        doc.text(30, 28, "RIVERBEND SENIOR ADVANTAGE (HMO)", B, 13, gray=1.0)
        doc.text(762, 20, "Explanation of Benefits - January 2026", B, 9, "R", gray=1.0)
        doc.text(762, 34, f"Page {doc.page} of {npages or '?'}", R, 8, "R", gray=1.0)
        return 66

    def header(y):
        for (x, a), (h1, h2) in zip(cols, heads):
            doc.text(x, y, h1, B, 6.8, a)
            if h2:
                doc.text(x, y + 8, h2, B, 6.8, a)
        doc.line(30, y + 12, 762, y + 12, 0.8)
        return y + 22

    y = top()
    doc.text(30, y, f"Member: {pat}", B, 9)
    doc.text(30, y + 12, "Member ID: RBS 600 2281 47    Plan: H9901-004", R, 8)
    doc.text(30, y + 24, "This is not a bill. It tells you what your plan covered for the medical care you got.", R, 8)
    doc.rect(520, y - 10, 242, 40)
    doc.text(528, y + 2, "Your out-of-pocket maximum: $4,500.00", R, 7.5)
    doc.text(528, y + 14, "Spent so far in 2026: $220.00", R, 7.5)
    y += 46
    for p, a, c, sv in data:
        idx = 0
        while idx < len(sv):
            if y > 500:
                doc.text(30, 590, "Riverbend Senior Advantage - Member Services 1-888-555-0110 (TTY 711), 8 a.m.-8 p.m., "
                         "7 days a week", R, 7)
                doc.new_page()
                y = top()
            doc.text(30, y, f"Claim {c}" + (" (continued from previous page)" if idx else ""), B, 8.5)
            doc.text(300, y, f"{p}  |  Your account # with this provider: {a}", R, 8)
            y = header(y + 14)
            while idx < len(sv) and y < 550:
                s = sv[idx]
                code = f"{s.code}{' ' + ' '.join(s.mods) if s.mods else ''}"
                note = ",".join(s.remarks) if s.remarks else ("C1" if s.copay else "")
                cells = [dfmt(s.dos, "mon"), code, units_str(s.units), m(s.billed), m(s.paid), m(s.deductible),
                         m(s.copay), m(s.coinsurance), m(s.owes), note]
                for (x, al), cc in zip(cols, cells):
                    doc.text(x, y, cc, R, 7, al)
                doc.text(96, y + 8, s.desc, R, 6.2, gray=0.35)
                doc.line(30, y + 11, 762, y + 11, 0.2)
                lines.append(truth_line(doc.page, s, claim_id=a, payer_claim_id=c, patient=pat,
                                        printed=("billed", "paid", "deductible", "copay", "coinsurance",
                                                 "patient_owes"), remarks=[note] if note else []))
                y += 21
                idx += 1
        tt = [total(sv, k) for k in ("billed", "paid", "deductible", "copay", "coinsurance", "owes")]
        doc.text(96, y, "Claim total", B, 7)
        for (x, al), v in zip(cols[3:9], tt):
            doc.text(x, y, m(v), B, 7, al)
        claims.append({"claim_id": a, "payer_claim_id": c, "patient": pat,
                       "totals": claim_totals(tt[0], None, tt[1], tt[5])})
        y += 26
    legend = [("C1", "Your plan's office copay for a therapy visit applies once per day."),
              ("X2", "Not covered by your plan. Ask us for a coverage decision if you disagree.")]
    doc.text(30, y, "Notes", B, 8)
    for i, (c, t) in enumerate(legend):
        doc.text(30, y + 11 + 10 * i, f"{c}  {t}", R, 7)
    doc.text(30, 590, "Riverbend Senior Advantage - Member Services 1-888-555-0110 (TTY 711), 8 a.m.-8 p.m., 7 days a week",
             R, 7)
    doc.save()
    return doc.page, lines, claims, legend, []


# =============================================================================================== L05
def l05(path, npages):
    """state Medicaid RA, reportlab DejaVu Sans Mono portrait"""
    doc = Doc("rl", path, fonts=("DejaVuMono", "DejaVuMono-Bold"))
    R, B = "DejaVuMono", "DejaVuMono-Bold"
    sz = 6.6
    lines, claims = [], []
    recips = [("PELLETIER, ANOUK", "700281944A", "PBT0113A", "2026016000411", [
        (1, 6, "97530", 3, "GO"), (1, 6, "97535", 1, "GO"), (1, 13, "97530", 4, "GO"), (1, 13, "97533", 2, "GO"),
        (1, 20, "97530", 4, "GO"), (1, 20, "97112", 1, "GO 59")]),
        ("PELLETIER, RAFE", "700281951A", "PBT0114B", "2026016000412", [
            (1, 7, "92507", 1, "GN"), (1, 14, "92507", 1, "GN"), (1, 21, "92507", 1, "GN"),
            (1, 28, "92507", 1, "GN")]),
        ("DUBOIS-HART, CLEO", "700390127A", "PBT0120C", "2026016000430", [
            (1, 8, "97165", 1, "GO"), (1, 8, "97530", 2, "GO"), (1, 15, "97530", 3, "GO"),
            (1, 15, "97150", 1, "GO", "CO"), (1, 22, "97530", 3, "GO"), (1, 22, "97140", 2, "GO 59")]),
        ("YAMAZAKI, TOBIAS", "700411086A", "PBT0122A", "2026016000455", [
            (1, 9, "97530", 2, "GO"), (1, 16, "97530", 2, "GO"), (1, 23, "97530", 2, "GO"), (1, 30, "97535", 2, "GO")]),
        ("YAMAZAKI, TOBIAS", "700411086A", "PBT1209A", "2026016000468", [(12, 10, "97530", 2, "GO 59")]),
        ("FERREIRA-BLOOM, NIA", "700422319A", "PBT0124B", "2026016000481", [
            (1, 5, "97166", 1, "GO"), (1, 5, "97530", 2, "GO"), (1, 12, "97530", 3, "GO"), (1, 12, "97533", 2, "GO"),
            (1, 19, "97530", 3, "GO"), (1, 19, "97533", 2, "GO"), (1, 26, "97530", 3, "GO"),
            (1, 26, "97535", 1, "GO")]),
        ("OSEI, KWAME", "700433702A", "PBT0125A", "2026016000502", [
            (1, 6, "92523", 1, "GN"), (1, 13, "92507", 1, "GN"), (1, 20, "92507", 1, "GN"), (1, 27, "92507", 1, "GN"),
            (1, 27, "92507", 1, "GN 59", "CO")]),
        ("LINDQUIST-MORA, ELLIE", "700440015A", "PBT0126C", "2026016000519", [
            (1, 7, "97530", 2, "GO"), (1, 7, "97112", 1, "GO"), (1, 14, "97530", 2, "GO"), (1, 14, "97112", 1, "GO"),
            (1, 21, "97530", 2, "GO"), (1, 21, "97140", 1, "GO 59"), (1, 28, "97530", 2, "GO"),
            (1, 28, "97112", 1, "GO")]),
        ("PELLETIER, ANOUK", "700281944A", "PBT0127A", "2026016000533", [
            (1, 27, "97530", 4, "GO"), (1, 27, "97535", 1, "GO"), (1, 29, "97530", 3, "GO"),
            (1, 29, "97533", 2, "GO")])]
    void = ("YAMAZAKI, TOBIAS", "700411086A", "PBT1209A", "2025349001877", [(12, 10, "97530", 2, "GO")])

    def top():
        doc.text(36, 30, "COMMONWEALTH OF ALDER VALLEY  -  DEPT OF HEALTH AND FAMILY SERVICES", B, 7.5)
        doc.text(36, 40, "MEDICAL ASSISTANCE PROGRAM       REMITTANCE ADVICE", B, 7.5)
        doc.text(576, 30, f"PAGE {doc.page:>3} OF {npages or 0:>3}", R, 7, "R")
        doc.text(576, 40, "RA DATE 01/31/26", R, 7, "R")
        doc.text(36, 54, "PROVIDER 0048821930  BRIGHT PATH THERAPY FOR KIDS        RA NO 0002214  WARRANT 88106331",
                 R, 7)
        doc.text(36, 68, "LN  FROM-DOS THRU-DOS  PROC   MODS    UNITS   BILLED-AMT  ALLOWED-AMT    PAID-AMT  EOB",
                 B, sz)
        doc.text(36, 74, "-" * 96, R, sz)
        return 86

    def claim(y, section, nm, rid, pcn, icn, specs, sign):
        sv = mk(specs, medicaid, deny_reason="96")
        if sign < 0:
            sv = [negate(s) for s in sv]
        for s in sv:
            if s.denied:
                s.remarks = ["0271"]
            elif s.paid < 0:
                s.remarks = ["9012"]
            else:
                s.remarks = ["0001"]
        for i, s in enumerate(sv):
            if y > 720:
                doc.new_page()
                y = top()
                doc.text(36, y, f"{section} (CONTINUED)", B, sz)
                y += 10
                doc.text(36, y, f"RECIP {nm:<22} ID {rid}  PAT ACCT {pcn}  ICN {icn} (CONT)", R, sz)
                y += 10
            if i == 0:
                doc.text(36, y, f"RECIP {nm:<22} ID {rid}  PAT ACCT {pcn}  ICN {icn}", R, sz)
                y += 10
            mods = " ".join(s.mods)

            def a(v):
                return m(v, ",", "trail") if v < 0 else m(v, ",")
            row = (f"{i + 1:02d}  {dfmt(s.dos, 'mdy2')} {dfmt(s.dos, 'mdy2')}  {s.code}  {mods:<6} "
                   f"{units_str(abs(s.units)) + '.00':>6} {a(s.billed):>12} {a(s.allowed):>12} {a(s.paid):>11}  "
                   f"{s.remarks[0]}")
            doc.text(36, y, row, R, sz)
            lines.append(truth_line(doc.page, s, claim_id=pcn, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "paid"), remarks=s.remarks, service_end=s.dos))
            y += 9
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")

        def a(v):
            return m(v, ",", "trail") if v < 0 else m(v, ",")
        doc.text(36, y, f"    CLAIM TOTAL{'':27}{a(tb):>12} {a(ta):>12} {a(tp):>11}", B, sz)
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(tb, ta, tp, None)})
        return y + 14

    y = top()
    doc.text(36, y, "*** PAID OR PARTIALLY PAID CLAIMS ***", B, sz)
    y += 12
    for r in recips:
        y = claim(y, "PAID CLAIMS", *r, 1)
    doc.text(36, y, "*** ADJUSTED CLAIMS - ORIGINAL CLAIM VOIDED ***", B, sz)
    y += 12
    y = claim(y, "ADJUSTED CLAIMS", *void, -1)
    legend = [("0001", "Service paid at the program fee schedule amount."),
              ("0271", "Group sessions are not payable on the same day as individual sessions for this recipient."),
              ("9012", "Earlier payment taken back; see the replacement claim on this or a later advice.")]
    if y > 700:
        doc.new_page()
        y = top()
    doc.text(36, y + 6, "EOB CODE DESCRIPTIONS", B, sz)
    for i, (c, t) in enumerate(legend):
        doc.text(36, y + 16 + 9 * i, f"{c}  {t}", R, sz)
    doc.save()
    return doc.page, lines, claims, legend, []


# =============================================================================================== L06
def l06(path, npages):
    """Medicaid managed-care RA, fpdf2 core Helvetica, boxed grid"""
    doc = Doc("fp", path)
    R, B = "Helvetica", "Helvetica-Bold"
    lines, claims = [], []
    mem = [("Soledad Aranguren", "MC44190027", "ST-55102", "T2601180003321", [
        (1, 5, "97166", 1, "GO"), (1, 5, "97530", 2, "GO"), (1, 12, "97530", 2, "GO"), (1, 12, "97535", 1, "GO"),
        (1, 19, "97530", 2, "GO"), (1, 19, "97533", 1, "GO"), (1, 26, "97530", 2, "GO")]),
        ("Felix Aranguren", "MC44190035", "ST-55117", "T2601180003340", [
            (1, 6, "92523", 1, "GN"), (1, 13, "92507", 1, "GN"), (1, 20, "92507", 1, "GN"),
            (1, 27, "92526", 1, "GN", "CO")]),
        ("Amos Whitcombe", "MC51022871", "ST-55204", "T2601180003377", [
            (1, 8, "97162", 1, "GP"), (1, 8, "97110", 2, "GP"), (1, 15, "97110", 2, "GP"), (1, 15, "97140", 1, "GP 59"),
            (1, 22, "97110", 2, "GP"), (1, 22, "97116", 1, "GP"), (1, 29, "97110", 2, "GP"),
            (1, 29, "97112", 1, "GP")]),
        ("Priya Vandermolen", "MC51100643", "ST-55231", "T2601180003395", [
            (1, 7, "97165", 1, "GO"), (1, 7, "97530", 2, "GO"), (1, 14, "97530", 2, "GO"), (1, 14, "97535", 1, "GO"),
            (1, 21, "97530", 2, "GO"), (1, 21, "97112", 1, "GO 59"), (1, 28, "97530", 2, "GO"),
            (1, 28, "97535", 1, "GO"), (1, 30, "97168", 1, "GO")])]
    xs = [30, 48, 96, 134, 178, 204, 258, 306, 338, 384, 432, 480, 582]
    heads = ["Ln", "Svc Date", "Proc", "Mods", "Units", "Billed Amt", "Allowed", "Adj Code", "Adj Amt", "Paid Amt",
             "Remark", ""]

    def top():
        doc.text(30, 40, "GREATER TIDEWATER COMMUNITY HEALTH PLAN", B, 12)
        doc.text(30, 52, "Medicaid Managed Care  |  Provider Remittance Advice", R, 8.5)
        doc.text(582, 40, f"Page {doc.page} of {npages or '?'}", R, 8, "R")
        doc.text(582, 52, "Payment date 01/30/2026  EFT 0071552093", R, 8, "R")
        doc.line(30, 58, 582, 58, 1)
        return 74

    def grid_head(y):
        doc.rect(30, y, 552, 13, fill=0.85)
        for i, h in enumerate(heads[:-1]):
            doc.text(xs[i] + 2, y + 9, h, B, 6.8)
        return y + 13

    def cell_row(y, cells, bold=False):
        doc.rect(30, y, 552, 14)
        for x in xs[1:-1]:
            doc.line(x, y, x, y + 14, 0.3)
        for i, c in enumerate(cells):
            if c is None:
                continue
            right = i in (4, 5, 6, 8, 9)
            doc.text(xs[i + 1] - 2 if right else xs[i] + 2, y + 10, c, B if bold else R, 7, "R" if right else "L")
        return y + 14

    y = top()
    doc.text(30, y, "Pay to: Riverside Kids Therapy & Speech, 118 Dock St, Norfield, VA 23301   NPI 1730005588", R, 8)
    y += 18
    for nm, mid, pcn, tcn, specs in mem:
        sv = mk(specs, medicaid, deny_reason="B7")
        for s in sv:
            s.remarks = ["N95"] if s.denied else []
        idx = 0
        while idx < len(sv):
            if y > 690:
                doc.text(30, 765, "Questions about this remittance: Provider Services 1-877-555-0133, option 2", R, 7)
                doc.new_page()
                y = top()
            doc.rect(30, y, 552, 26, fill=0.95)
            doc.text(34, y + 10, f"Member: {nm}", B, 8)
            doc.text(200, y + 10, f"Member #: {mid}", R, 8)
            doc.text(340, y + 10, f"TCN: {tcn}", R, 8)
            doc.text(34, y + 21, f"Patient Control #: {pcn}", R, 8)
            doc.text(200, y + 21, "Claim type: Professional", R, 8)
            doc.text(340, y + 21, "Status: " + ("PAID" if not any(s.denied for s in sv) else "PAID - PARTIAL")
                     + (" (continued)" if idx else ""), R, 8)
            y = grid_head(y + 26)
            while idx < len(sv) and y < 730:
                s = sv[idx]
                adj = s.adjs[0] if s.adjs else None
                cells = [str(idx + 1), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units),
                         m(s.billed, ","), m(s.allowed, ","), f"{adj[0]}-{adj[1]}" if adj else "",
                         m(adj[2], ",") if adj else "", m(s.paid, ","), " ".join(s.remarks)]
                y = cell_row(y, cells)
                lines.append(truth_line(doc.page, s, claim_id=pcn, payer_claim_id=tcn, patient=nm,
                                        printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                        remarks=s.remarks))
                idx += 1
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        y = cell_row(y, ["", "Claim total", None, None, None, m(tb, ","), m(ta, ","), None, None, m(tp, ","), None],
                     bold=True)
        claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": nm,
                       "totals": claim_totals(tb, ta, tp, None)})
        y += 14
    legend = [("CO-45", "Charge is above the plan's Medicaid fee schedule; write off the difference."),
              ("CO-B7", "The rendering clinician was not enrolled for this service on the date it was given."),
              ("N95", "Enrollment record for the rendering clinician is incomplete.")]
    if y > 700:
        doc.new_page()
        y = top()
    doc.text(30, y + 4, "Adjustment and remark codes on this advice (plain-language summaries)", B, 8)
    for i, (c, t) in enumerate(legend):
        doc.text(30, y + 16 + 10 * i, f"{c}: {t}", R, 7)
    doc.text(30, 765, "Questions about this remittance: Provider Services 1-877-555-0133, option 2", R, 7)
    doc.save()
    return doc.page, lines, claims, legend, []


# =============================================================================================== L07
def l07(path, npages):
    """practice-management Medicare remit report, reportlab Times landscape"""
    doc = Doc("rl", path, landscape=True)
    R, B = "Times-Roman", "Times-Bold"
    lines, claims = [], []
    st = PlanState(ded_left=Decimal("35.00"))
    pts = [("MERRIWEATHER, CLIVE", "1HX7-QP2-RT48", "24417", "22260290114820", [
        (1, 5, "97161", 1, "GP"), (1, 5, "97110", 2, "GP"), (1, 7, "97110", 2, "GP"), (1, 7, "97140", 2, "GP 59"),
        (1, 12, "97110", 3, "GP"), (1, 12, "97112", 1, "GP"), (1, 14, "97110", 2, "GP KX")]),
        ("ASHGROVE, PAULINE", "5TF2-WN8-KK19", "24420", "22260290114902", [
            (1, 6, "97165", 1, "GO"), (1, 6, "97535", 2, "GO"), (1, 13, "97530", 2, "GO"),
            (1, 13, "97018", 1, "GO", "CO")]),
        ("NAKASHIMA, HIRO", "8GE3-MU4-PD66", "24433", "22260290115006", [
            (1, 8, "92523", 1, "GN"), (1, 15, "92507", 1, "GN"), (1, 22, "92507", 1, "GN"),
            (1, 29, "92507", 1, "GN")])]
    cols = [(30, "L"), (90, "L"), (130, "L"), (186, "R"), (236, "R"), (286, "R"), (332, "R"), (376, "R"),
            (384, "L"), (660, "R"), (712, "R"), (722, "L")]
    heads = ["Svc Date", "Proc", "Mods", "Units", "Billed", "Allowed", "Deductible", "Coins", "Adjustments (grp-rsn amt)",
             "Pt Resp", "Paid", "RARC"]

    def top():
        doc.text(30, 36, "TheraLedger Practice Manager 9.4  -  Remittance Posting Detail", B, 12)
        doc.text(30, 50, "Practice: Oakmoor Rehabilitation Services PC    Payer: Lakeshore Medicare Administrative "
                 "Contractor, Part B (J-97)", R, 9)
        doc.text(762, 36, f"Page {doc.page} of {npages or '?'}", R, 9, "R")
        doc.text(762, 50, "Run 02/02/2026 09:30  user: billing3", R, 8, "R")
        doc.text(30, 64, "Check/EFT trace 1M0551882  Paid 01/29/2026  Check amount $2,316.48  Batch 2026-0129-02",
                 R, 8.5)
        doc.line(30, 70, 762, 70, 1)
        return 84

    def header(y):
        for (x, a), h in zip(cols, heads):
            doc.text(x, y, h, B, 8, a)
        doc.line(30, y + 3, 762, y + 3, 0.5)
        return y + 13

    y = top()
    for nm, mbi, acct, icn, specs in pts:
        sv = mk(specs, medicare, st, deny_reason="50")
        for s in sv:
            s.remarks = ["N115"] if s.denied else (["N640"] if "KX" in s.mods else [])
        idx = 0
        while idx < len(sv):
            if y > 530:
                doc.new_page()
                y = top()
            doc.text(30, y, f"Patient: {nm}   MBI: {mbi}   Acct #: {acct}   Payer ICN: {icn}   Status 1 - Processed "
                     "as primary" + ("   (continued)" if idx else ""), B, 9)
            y = header(y + 13)
            while idx < len(sv) and y < 560:
                s = sv[idx]
                adj = "  ".join(f"{g}-{c} {m(a, ',')}" for g, c, a in s.adjs)
                cells = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed, ","),
                         m(s.allowed, ","), m(s.deductible, ","), m(s.coinsurance, ","), adj, m(s.owes, ","),
                         m(s.paid, ","), " ".join(s.remarks)]
                for (x, a), c in zip(cols, cells):
                    doc.text(x, y, c, R, 8.5, a)
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                        printed=("billed", "allowed", "deductible", "coinsurance", "patient_owes",
                                                 "paid"), adjustments=s.adjs, remarks=s.remarks))
                y += 12
                idx += 1
        tt = [total(sv, k) for k in ("billed", "allowed", "deductible", "coinsurance")]
        doc.line(186, y - 8, 762, y - 8, 0.3)
        doc.text(130, y, "Claim totals", B, 8.5)
        for (x, a), v in zip(cols[4:8], tt):
            doc.text(x, y, m(v, ","), B, 8.5, a)
        doc.text(660, y, m(total(sv, "owes"), ","), B, 8.5, "R")
        doc.text(712, y, m(total(sv, "paid"), ","), B, 8.5, "R")
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(tt[0], tt[1], total(sv, "paid"), total(sv, "owes"))})
        y += 22
    doc.text(30, 590, "Posted amounts are not final until the batch is closed. CO-253 is the federal payment reduction.",
             R, 7.5)
    doc.save()
    return doc.page, lines, claims, [], []


# =============================================================================================== L08
def l08(path, npages):
    """clearinghouse ERA print, fpdf2 DejaVu Sans Mono landscape, labelled service rows"""
    doc = Doc("fp", path, landscape=True, fonts=("DejaVuMono", "DejaVuMono-Bold"))
    R, B = "DejaVuMono", "DejaVuMono-Bold"
    sz = 6.8
    lines, claims = [], []
    st = PlanState(ded_left=ZERO)
    pts = [("QUILLFEATHER, MARGARET A", "2AB4-CD5-EF61", "HLR260105MQ", "0426010188410", [
        (1, 5, "97168", 1, "GO"), (1, 5, "97530", 2, "GO"), (1, 5, "97535", 1, "GO"),
        (1, 9, "97530", 2, "GO"), (1, 9, "97112", 1, "GO 59"), (1, 9, "G0283", 1, "GO"),
        (1, 12, "97530", 3, "GO KX"), (1, 12, "97535", 1, "GO KX"), (1, 16, "97530", 2, "GO KX"),
        (1, 16, "97140", 1, "GO 59 KX"), (1, 19, "97530", 2, "GO KX"), (1, 19, "97760", 1, "GO", "CO")]),
        ("OYELARAN, SAMUEL T", "7KM2-PX9-QR33", "HLR260107SO", "0426010188437", [
            (1, 7, "97163", 1, "GP"), (1, 7, "97110", 2, "GP"), (1, 14, "97110", 2, "GP CQ"),
            (1, 14, "97116", 1, "GP CQ")]),
        ("VANTERPOOL, EDITH", "3WN8-HJ2-LM07", "HLR260113EV", "0426010188502", [
            (1, 13, "92507", 1, "GN"), (1, 20, "92507", 1, "GN"), (1, 27, "92526", 1, "GN")])]

    def top():
        doc.text(30, 30, "CLEARPOINT EXCHANGE  |  ERA VIEWER  |  PRINTABLE REMITTANCE", B, 9)
        doc.text(762, 30, f"PAGE {doc.page}/{npages or 0}", R, sz, "R")
        doc.text(30, 42, "PAYER: KESTREL MEDICARE SERVICES, PART B JURISDICTION 17   PAYEE: HEARTLAND LIMB & REHAB "
                 "LLC  NPI 1992008431", R, sz)
        doc.text(30, 52, "TRN: 1*EFT7720019*1556001234   PAYMENT DATE: 2026-01-28   PRODUCTION DATE: 2026-01-26", R, sz)
        doc.line(30, 57, 762, 57, 0.6)
        return 70

    y = top()
    for nm, mbi, acct, icn, specs in pts:
        sv = mk(specs, medicare, st, deny_reason="50")
        for s in sv:
            s.remarks = ["N386"] if s.denied else []
        idx = 0
        while idx < len(sv):
            if y > 540:
                doc.new_page()
                y = top()
            doc.rect(30, y - 8, 732, 22, fill=0.9, stroke=False)
            doc.text(34, y, f"PATIENT: {nm}   MBI: {mbi}   PAT CTRL #: {acct}   PAYER CLAIM #: {icn}"
                     + ("   ** CONTINUED **" if idx else ""), B, sz)
            doc.text(34, y + 10, "CLAIM STATUS: 1 PROCESSED AS PRIMARY   FREQ: 1   FACILITY: 11 OFFICE   "
                     "CROSSOVER: NONE", R, sz)
            y += 24
            while idx < len(sv) and y < 570:
                s = sv[idx]
                cas = " ".join(f"{g}{c} {m(a, '')}" for g, c, a in s.adjs)
                proc = ":".join((s.code,) + s.mods)
                row = (f"SVC {dfmt(s.dos, 'mdy4')}  HC:{proc:<16} UNITS {units_str(s.units):<2} CHG {m(s.billed, ''):>7}"
                       f"  ALLOW {m(s.allowed, ''):>7}  DED {m(s.deductible, ''):>6}  COINS {m(s.coinsurance, ''):>6}"
                       f"  PAID {m(s.paid, ''):>7}  CAS {cas}" + (f"  RMK {s.remarks[0]}" if s.remarks else ""))
                doc.text(40, y, row, R, sz)
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                        printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                        adjustments=s.adjs, remarks=s.remarks))
                y += 10
                idx += 1
        tb, ta, tp = total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")
        pr = total(sv, "owes")
        doc.text(40, y, f"CLAIM TOTALS  CHG {m(tb, '')}  ALLOW {m(ta, '')}  PAID {m(tp, '')}  PT RESP {m(pr, '')}", B,
                 sz)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(tb, ta, tp, None)})
        y += 18
    legend = [("N386", "Coverage decision relied on a local coverage policy; see the contractor's website.")]
    doc.text(30, y + 4, "GLOSSARY: CO=CONTRACTUAL OBLIGATION  PR=PATIENT RESPONSIBILITY  45=ABOVE FEE SCHEDULE  "
             "1=DEDUCTIBLE  2=COINSURANCE  253=SEQUESTRATION  50=NOT MEDICALLY NECESSARY", R, 6)
    doc.text(30, y + 13, "N386: " + legend[0][1], R, 6)
    doc.save()
    return doc.page, lines, claims, legend, []


# =============================================================================================== L09
def l09(path, npages):
    """therapy clinic family ledger statement, fpdf2 Liberation Sans Narrow landscape"""
    doc = Doc("fp", path, landscape=True, fonts=("LibNarrow", "LibNarrow-Bold"))
    R, B = "LibNarrow", "LibNarrow-Bold"
    lines, claims = [], []
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [("Hazel Brightwater", "V-310442", "KV26A0198844", [(1, 5, "97166", 1, "GO"), (1, 5, "97530", 2, "GO")]),
              ("Hazel Brightwater", "V-310519", "KV26A0201170", [(1, 12, "97530", 2, "GO"), (1, 12, "97533", 1, "GO")]),
              ("Rowan Brightwater", "V-310460", "KV26A0198902", [(1, 6, "92523", 1, "GN"), (1, 6, "92507", 1, "GN")]),
              ("Rowan Brightwater", "V-310588", "KV26A0203315", [(1, 13, "92507", 1, "GN"),
                                                                   (1, 13, "97018", 1, "", "PR")]),
              ("Ellis Brightwater", "V-310601", "KV26A0203402", [(1, 14, "97162", 1, "GP"), (1, 14, "97110", 2, "GP"),
                                                                  (1, 14, "97140", 1, "GP 59")]),
              ("Ellis Brightwater", "V-310677", "KV26A0206611", [(1, 21, "97110", 2, "GP"), (1, 21, "97112", 1, "GP")]),
              ("Hazel Brightwater", "V-310702", "KV26A0206630", [(1, 26, "97530", 3, "GO"),
                                                                   (1, 26, "97535", 1, "GO")])]
    cols = [(30, "L"), (80, "L"), (170, "L"), (226, "L"), (294, "L"), (346, "L"), (520, "R"), (580, "R"),
            (640, "R"), (700, "R"), (762, "R")]
    heads = ["Date", "Patient", "Visit #", "Ins. claim #", "Code", "Description", "Charges", "Insurance paid",
             "Adjustments", "Patient due", ""]

    def top():
        doc.text(30, 40, "Little Oaks Pediatric Therapy", B, 15)
        doc.text(30, 52, "Occupational - Physical - Speech    220 Fernhill Rd, Suite 3, Ashby, OR 97015    (503) 555-0164",
                 R, 8)
        doc.text(762, 40, "FAMILY STATEMENT", B, 11, "R")
        doc.text(762, 52, f"Statement date 02/02/2026   Page {doc.page} of {npages or '?'}", R, 8, "R")
        doc.line(30, 58, 762, 58, 0.8)
        return 74

    def header(y):
        doc.rect(30, y - 9, 732, 13, fill=0.9, stroke=False)
        for (x, a), h in zip(cols, heads):
            doc.text(x, y, h, B, 7.5, a)
        return y + 14

    y = top()
    doc.rect(30, y - 6, 300, 52)
    doc.text(36, y + 6, "Guarantor: Delphine Brightwater", B, 8.5)
    doc.text(36, y + 17, "77 Larkspur Terrace", R, 8)
    doc.text(36, y + 28, "Ashby, OR 97015", R, 8)
    doc.text(36, y + 39, "Family account no. F-20817", R, 8)
    doc.rect(560, y - 6, 202, 52, fill=0.95)
    allsv = []
    data = []
    for nm, v, c, specs in visits:
        sv = mk(specs, commercial, st, deny_reason="96")
        data.append((nm, v, c, sv))
        allsv += sv
    due = total(allsv, "owes") - Decimal("25.00")  # after the 01/20 payment row
    doc.text(566, y + 8, "Please pay this amount", B, 8.5)
    doc.text(756, y + 8, m(due), B, 10, "R")
    doc.text(566, y + 22, "Due by 02/27/2026", R, 8)
    doc.text(566, y + 36, "Insurance on file: Keystone Valley Health PPO", R, 7.5)
    y = header(y + 64)
    for nm, v, c, sv in data:
        for s in sv:
            if y > 560:
                doc.text(30, 595, "Continued on next page", R, 7.5)
                doc.new_page()
                y = top()
            adj = s.billed - s.paid - s.owes
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            cells = [dfmt(s.dos, "mdy2"), nm, v, c, code, s.desc[:38], m(s.billed, ","), m(s.paid, ","),
                     m(-adj, ",", "()") if adj else "0.00", m(s.owes, ",")]
            for (x, a), cc in zip(cols, cells):
                doc.text(x, y, cc, R, 7.5, a)
            lines.append(truth_line(doc.page, s, claim_id=v, payer_claim_id=c, patient=nm, units=False,
                                    printed=("billed", "paid", "patient_owes"),
                                    overrides={"description": s.desc[:38]}))
            y += 11
        doc.text(336, y, f"Visit {v} total", B, 7.5)
        doc.text(520, y, m(total(sv, "billed"), ","), B, 7.5, "R")
        doc.text(580, y, m(total(sv, "paid"), ","), B, 7.5, "R")
        doc.text(700, y, m(total(sv, "owes"), ","), B, 7.5, "R")
        claims.append({"claim_id": v, "payer_claim_id": c, "patient": nm,
                       "totals": claim_totals(total(sv, "billed"), None, total(sv, "paid"), total(sv, "owes"))})
        doc.line(30, y + 4, 762, y + 4, 0.3)
        y += 15
    doc.text(30, y + 4, "01/20/26   Payment received - thank you (check 4471)", R, 7.5)
    doc.text(700, y + 4, "(25.00)", R, 7.5, "R")
    y += 20
    for i, (k, v) in enumerate([("Current", m(due)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                                ("Over 90", "$0.00")]):
        doc.rect(30 + i * 110, y, 110, 26)
        doc.text(36 + i * 110, y + 10, k, B, 7.5)
        doc.text(36 + i * 110, y + 21, v, R, 7.5)
    doc.save()
    return doc.page, lines, claims, [], []


# =============================================================================================== L10
def l10(path, npages):
    """hospital outpatient guarantor statement, reportlab DejaVu Sans portrait"""
    doc = Doc("rl", path, fonts=("DejaVuSans", "DejaVuSans-Bold"))
    R, B = "DejaVuSans", "DejaVuSans-Bold"
    lines, claims = [], []
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    REV = {"97": "0430", "92": "0440", "L3": "0274", "G0": "0420", "99": "0510"}
    accts = [("Marguerite Solberg", "HB7700412", "NCH-26-0041187", [
        (1, 8, "97167", 1, "GO"), (1, 8, "97530", 2, "GO"), (1, 8, "97760", 1, "GO"), (1, 8, "L3807", 1, "LT"),
        (1, 15, "97530", 2, "GO"), (1, 15, "97140", 1, "GO 59"), (1, 22, "97530", 2, "GO"),
        (1, 22, "97535", 1, "GO"), (1, 29, "97530", 2, "GO"), (1, 29, "97140", 1, "GO 59"),
        (2, 5, "97530", 2, "GO"), (2, 5, "97168", 1, "GO"), (2, 12, "97530", 2, "GO"), (2, 12, "97140", 1, "GO 59"),
        (2, 19, "97530", 2, "GO"), (2, 19, "97535", 1, "GO"), (2, 26, "97530", 2, "GO"), (2, 26, "97760", 1, "GO")]),
        ("Anders Solberg", "HB7700488", "NCH-26-0041220", [
            (1, 9, "97161", 1, "GP"), (1, 9, "97110", 2, "GP"), (1, 16, "97110", 2, "GP"), (1, 16, "G0283", 1, "GP"),
            (1, 23, "97110", 2, "GP"), (1, 23, "97116", 1, "GP")]),
        ("Signe Solberg", "HB7700513", "NCH-26-0041302", [(1, 19, "92523", 1, "GN"), (1, 26, "92507", 1, "GN")])]
    cols = [(36, "L"), (96, "L"), (130, "L"), (176, "L"), (384, "R"), (448, "R"), (512, "R"), (576, "R")]
    heads = ["Date", "Rev", "Code", "Description", "Qty", "Charges", "Ins. paid", "Your part"]

    def top():
        doc.text(36, 42, "NORTHERN CASCADES HOSPITAL", B, 13)
        doc.text(36, 54, "Outpatient Rehabilitation  |  Patient Financial Services", R, 8)
        doc.text(576, 42, "STATEMENT", B, 10, "R")
        doc.text(576, 54, f"Page {doc.page} of {npages or '?'}", R, 8, "R")
        doc.line(36, 60, 576, 60, 1)
        return 76

    def header(y):
        for (x, a), h in zip(cols, heads):
            doc.text(x, y, h, B, 7.5, a)
        doc.line(36, y + 3, 576, y + 3, 0.6)
        return y + 13

    y = top()
    doc.text(36, y, "Guarantor: Halvard Solberg", B, 9)
    doc.text(36, y + 11, "9 Bluff View Ct, Wenatchee Falls, WA 98801", R, 8)
    doc.text(36, y + 22, "Guarantor no. G-5518830", R, 8)
    accts = accts[1:] + accts[:1]
    data = [(n, a, c, mk(sp, commercial, st, deny_reason="96")) for n, a, c, sp in accts]
    allsv = [s for *_, sv in data for s in sv]
    doc.rect(380, y - 10, 196, 40, fill=0.92)
    doc.text(388, y + 3, "Amount due", B, 9)
    doc.text(568, y + 3, m(total(allsv, "owes")), B, 11, "R")
    doc.text(388, y + 18, "Pay by 03/01/2026  Statement 02/02/2026", R, 7.5)
    y += 46
    doc.text(36, y, "Insurance billed: Cascade Crest Health Plan (primary). Amounts shown after the plan processed "
             "each account.", R, 7.5)
    y += 18
    for nm, acct, clm, sv in data:
        idx = 0
        while idx < len(sv):
            if y > 690:
                doc.text(36, 765, "Questions: Patient Financial Services (509) 555-0181, Mon-Fri 7:30-5:00", R, 7)
                doc.new_page()
                y = top()
            doc.rect(36, y - 10, 540, 26, fill=0.96)
            doc.text(40, y, f"Patient: {nm}   Account: {acct}" + ("  (continued)" if idx else ""), B, 8.5)
            doc.text(40, y + 11, f"Outpatient therapy series   Insurance claim no. {clm}", R, 7.5)
            y = header(y + 28)
            while idx < len(sv) and y < 730:
                s = sv[idx]
                dl = doc.wrap(G.LONG_DESC.get(s.code, s.desc), 190, R, 7)
                code = s.code + (" " + " ".join(s.mods) if s.mods else "")
                cells = [dfmt(s.dos, "mdy4"), REV[s.code[:2]], code, dl[0], units_str(s.units), m(s.billed, ","),
                         m(s.paid, ","), m(s.owes, ",")]
                for (x, a), c in zip(cols, cells):
                    doc.text(x, y, c, R, 7, a)
                for j, t in enumerate(dl[1:]):
                    doc.text(176, y + 8.5 * (j + 1), t, R, 7)
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=nm,
                                        printed=("billed", "paid", "patient_owes"),
                                        overrides={"description": " ".join(dl)}))
                y += 8.5 * len(dl) + 4
                idx += 1
        tb, tp, to = total(sv, "billed"), total(sv, "paid"), total(sv, "owes")
        doc.line(384, y - 6, 576, y - 6, 0.4)
        doc.text(176, y + 2, "Account totals", B, 7)
        doc.text(448, y + 2, m(tb, ","), B, 7, "R")
        doc.text(512, y + 2, m(tp, ","), B, 7, "R")
        doc.text(576, y + 2, m(to, ","), B, 7, "R")
        doc.text(176, y + 12, f"Contractual adjustment on this account: {m(total(sv, 'discount'), ',')}", R, 7)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": nm,
                       "totals": claim_totals(tb, None, tp, to)})
        y += 28
    doc.text(36, 765, "Questions: Patient Financial Services (509) 555-0181, Mon-Fri 7:30-5:00", R, 7)
    doc.save()
    return doc.page, lines, claims, [], []


# =============================================================================================== main
LAYOUTS = [
    ("h146_01_commercial_member_eob", l01, "reportlab", "mdy4"),
    ("h146_02_commercial_benefit_statement", l02, "fpdf2", "ds02"),
    ("h146_03_medicare_summary_notice", l03, "reportlab", "month"),
    ("h146_04_medicare_advantage_eob", l04, "fpdf2", "mon"),
    ("h146_05_medicaid_ra_mono", l05, "reportlab", "mdy2"),
    ("h146_06_medicaid_mco_remit", l06, "fpdf2", "mdy4"),
    ("h146_07_pm_medicare_posting", l07, "reportlab", "mdy2"),
    ("h146_08_clearinghouse_era_print", l08, "fpdf2", "mdy4"),
    ("h146_09_clinic_family_ledger", l09, "fpdf2", "mdy2"),
    ("h146_10_hospital_guarantor_statement", l10, "reportlab", "mdy4"),
]


def _fmt(style):
    if style == "ds02":
        return lambda d: f"{d:%b}-{d.day:02d}-{d:%y}"
    return lambda d: dfmt(d, style)


def main(argv):
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout146_"))
    out = out.resolve()
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for name, fn, producer, _ in LAYOUTS:
        pdf = out / f"{name}.pdf"
        pages, lines, claims, legend, findings = build(fn, pdf)
        write_truth(pdf, name, producer, pages, (fn.__doc__ or "").strip(), lines, claims, legend, findings)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        bad = check_folder(out, {n: _fmt(s) for n, _, _, s in LAYOUTS})
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
