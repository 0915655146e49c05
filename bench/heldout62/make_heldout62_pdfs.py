"""Write the SIXTY-SECOND held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on ten documents, two of each of the five commonest real kinds (commercial member
EOBs; a Medicare Summary Notice and a Medicare Advantage member EOB; state Medicaid remittance advices; Medicare-
style remits re-printed by a clearinghouse / a practice-management system; family statements from a therapy clinic
and a hospital), each in a house style meant to differ from sets 1-61. Written without looking at the reader, its
tests or how it reads these files.

Run:  python bench/heldout62/make_heldout62_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout62/make_heldout62_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. h62kit.py (same folder) holds the page model
(buffered drawing emitted by reportlab or fpdf2) and the self-check.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py truth_line / write_truth, "<name>.pdf.truth.json"),
printed values only, null for what a layout does not print (units null where no quantity is printed; description
null where no wording is printed); claim_id = the provider's own account / patient-control / invoice / visit number,
payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served, not the
subscriber / guarantor). Claims carry the printed claim totals ("totals"), null where none is printed. Adjustments
only where a group + reason code is printed for the line; remarks = the remark / note / EOB codes printed on the
line. One planted claim-total mismatch (c2), declared in expected_findings. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness).

Layouts:
  c1  commercial PPO "Explanation of Benefits" to the subscriber, three family members (reportlab, portrait
      Liberation Sans 6.8 pt): shaded plan-facts box and a per-member deductible / out-of-pocket table on page 1,
      claim heads "Patient: <name>  Relationship:
      Spouse / Claim #: / Provider Patient #:", columns Date / Description (wrapped) / Code / Mod ("GO 59") / Units /
      Charged / Discount / Allowed / Not Covered / Deductible / Copay / Coins. / Plan Paid / You Owe / Rmk, a long
      claim continuing on page 2 under "Claim #... (continued)" with the header repeated, remark legend, totals rows
  c2  commercial HDHP "Benefit Statement" (fpdf2, landscape DejaVu Serif Condensed): member rule-lines with
      "Member:" + "Reference No." + "Your provider's account", dates "Jan 5, 2026", code glued "97110-GP-59", Qty,
      Provider Charge / Amount Saved / Eligible / To Deductible / Coinsurance / Plan Paid / Your Cost / Why, a
      patient-responsibility denial, four family members, PLANTED mismatch on one claim's "Your Cost" total
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Sans): page-1 two-box dashboard, claims pages
      grouped by provider with the date as the claim head ("January 12, 2026") and "Claim number", services
      as "Neuromuscular re-education (97112)", no units, Service Approved? / Amount Provider Charged / Medicare-
      Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes letters (kept as remarks)
  m2  Medicare Advantage HMO member EOB (fpdf2, portrait Liberation Serif): monthly "Explanation of Benefits"
      for one member (as MA plans print it) with a month / year-to-date cost box, wrapped descriptions, claim bars "Claim ID" + "Provider claim #", Date of service 01/05/26 / What you
      got / Code / Modifier "GP,KX" / Units / Provider billed / Plan approved / Plan paid / You pay / Note, a
      per-visit copay, a claim continuing on page 2 with its bar marked "(continued)" and the header repeated
  d1  state Medicaid remittance advice, mainframe print (fpdf2, landscape Liberation Mono 7.2 pt): report banner
      on every page, DENIED CLAIMS / PAID CLAIMS / ADJUSTED CLAIMS sections, claim head "RECIPIENT NAME ... MEDICAID
      ID ... TCN ... PATIENT NO", detail lines FROM-DOS 010526 / PROC / MD1 MD2 / UNITS / BILLED / ALLOWED / TPL /
      PAID / ADJ "CO045" / EOB codes, a void with trailing-minus amounts and its replacement, a claim continuing
      onto page 2 (banner repeated, claim head not repeated); TO-DOS equals FROM-DOS, so service_end is null
  d2  state Medicaid provider RA, web-portal print (reportlab, portrait DejaVu Serif): boxed claim panels
      (Beneficiary / Beneficiary ID / ICN / Patient Account / Claim Status), ruled detail grid Dtl / DOS 1/5/2026 /
      Procedure / Modifiers / Qty / Charge / Allowed / Paid / Adj Reason "CO:45" / Adj Amount / Remark, two
      adjustments on separate text lines in one cell, a denied claim, and a payment summary box
  p1  Medicare remit re-printed by a clearinghouse ERA viewer (reportlab, portrait core Helvetica 7 pt): key/value
      claim header grid (Patient / HICN-MBI / Patient Control # / Payer Claim Control # / Claim Status), service
      grid Svc Date 01/05/2026 / Proc "97530:GO:KX" / Units / Charge / Allowed / Deduct / Coins / Adj Grp-Rsn
      "PR 2" / Adj Amt stacked one adjustment per text line / Paid / RARC, claim totals bar, provider-level summary
  p2  practice-management system "Remittance Detail" in SPR-like fixed columns (fpdf2, landscape DejaVu Sans Mono
      7 pt): claim heads "PT: LAST, FIRST  ID  ACCT  CCN  ST", service rows "01/05/2026 97110 GP 59 4 ...", group-
      reason "CO45" with amounts on the row and further ones on following text lines, posting totals per claim,
      a long claim carrying on to page 2 with only the page header repeated
  s1  pediatric therapy clinic family statement to the guarantor (reportlab, portrait Liberation Serif): remit stub
      at top (Statement Date / Account / Amount Due), per-patient sections (three children) with visit lines
      "Visit V-#####  Ins claim ..." and service rows Date / Patient (first name) / Service / CPT ("92507") /
      Charge / Ins. Paid / Ins. Adj. / Pt Paid / Balance, no units or modifiers printed, a patient payment row,
      aging buckets and a message box; claim_id = the visit number, no claim totals (per-patient balances only)
  s2  hospital outpatient rehabilitation guarantor statement (fpdf2, portrait DejaVu Sans Condensed): two
      hospital accounts (two family members), itemized charges with Date 01-05-2026 / Rev / CPT-HCPCS / Mod /
      Description / Qty / Amount, account-level insurance payment and adjustment rows, a long account continuing
      on page 2 ("Account ... continued"), account balances; line amounts are the charges only

The self-check (--check) tests the factory, not the reader: page counts; for every truth line, on its page, one
extracted text line that carries the code (as the layout writes it), each modifier, the units, every printed amount
and (where the layout prints it on the row) the service date; the adjustments (group+reason as printed and amount)
and remarks within that row's band; ids and patients printed on or before the line's page; the documents' own
arithmetic (billed - discount - not covered = allowed, allowed - deductible - copay - coinsurance = paid, billed -
adjustments = paid where every adjustment is printed); claim totals printed and equal to the sum of the lines
except for the planted mismatch; at least three files with a claim continuing onto the next page.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, write_truth, units_str, LONG_DESC)
from h62kit import Doc, check_file, spans_pages, width  # noqa: E402

D = date
ZERO = Decimal("0.00")


def M(x, style="$", neg="-"):
    return money(x, style, neg)


def cols_header(doc, cols, y, font, size, lh=None):
    """cols: list of (header, x, align) ; header may contain '\n'."""
    lh = lh or size + 1.5
    nmax = max(len(h.split("\n")) for h, _, _ in cols)
    for h, x, al in cols:
        parts = h.split("\n")
        for k, p in enumerate(parts):
            doc.text(x, y + (nmax - len(parts) + k) * lh, p, al, font, size)
    return y + (nmax - 1) * lh


def row(doc, cols, vals, y, font, size):
    for (h, x, al), v in zip(cols, vals):
        if v:
            doc.text(x, y, v, al, font, size)


# =========================================================================================== c1
def c1():
    doc = Doc("reportlab", title="Explanation of Benefits")
    F, FB, Z = "LibSans", "LibSans-Bold", 6.8
    cols = [("Date", 36, "l"), ("Description", 72, "l"), ("Code", 170, "l"), ("Mod", 196, "l"),
            ("Units", 236, "r"), ("Charged", 276, "r"), ("Discount", 312, "r"), ("Allowed", 348, "r"),
            ("Not\nCovered", 382, "r"), ("Deduct-\nible", 414, "r"), ("Copay", 444, "r"), ("Coins.", 474, "r"),
            ("Plan\nPaid", 510, "r"), ("You\nOwe", 548, "r"), ("Rmk", 556, "l")]
    state = {"cont": None}

    def furniture(d):
        d.text(36, 40, "BRIGHTWATER HEALTH PLAN", "l", FB, 13)
        d.text(36, 52, "PPO Choice 2500  |  P.O. Box 7710, Sandusky Ridge, OH 44899", "l", F, 7)
        d.text(576, 40, "EXPLANATION OF BENEFITS", "r", FB, 10)
        d.text(576, 52, "THIS IS NOT A BILL", "r", FB, 7.5)
        d.line(36, 58, 576, 58, 1.2)
        d.text(36, 770, "Brightwater Health Plan  -  Member Services 1-800-555-0143 (TTY 711)  -  8 a.m. to 8 p.m.",
               "l", F, 6.5)
        if state["cont"]:
            d.y = 74
            d.text(36, d.y, state["cont"], "l", FB, 7.5)
            d.y += 12
            d.y = cols_header(d, cols, d.y, FB, Z) + 3
            d.line(36, d.y, 576, d.y, 0.4)
            d.y += 9
        else:
            d.y = 74

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    # page 1 facts block
    doc.box(36, 66, 540, 62, fill=0.93)
    doc.text(44, 78, "Subscriber: ROLAND T. ASHGROVE", "l", FB, 8)
    doc.text(44, 89, "Member ID: BWH4471029-01     Group: 00871-OHIO FOUNDRY WORKERS", "l", F, 7.5)
    doc.text(44, 100, "Statement date: 01/30/2026     Claims processed 01/01/2026 - 01/30/2026", "l", F, 7.5)
    doc.text(44, 111, "Family deductible: $5,000.00   Met to date: $1,846.21", "l", F, 7.5)
    doc.text(360, 78, "ROLAND T ASHGROVE", "l", F, 7.5)
    doc.text(360, 89, "4418 KESTREL HOLLOW RD", "l", F, 7.5)
    doc.text(360, 100, "MARBLE FORK OH 44731-2208", "l", F, 7.5)
    doc.y = 146
    doc.text(36, doc.y, "Your family's deductible and out-of-pocket progress (in-network, plan year 2026)", "l", FB, 8)
    doc.y += 12
    acc_cols = [("Member", 40, "l"), ("Deductible\nmet", 250, "r"), ("Deductible\nremaining", 330, "r"),
                ("Out-of-pocket\nmet", 430, "r"), ("Out-of-pocket\nremaining", 540, "r")]
    doc.y = cols_header(doc, acc_cols, doc.y, FB, 7) + 4
    doc.line(36, doc.y - 1, 576, doc.y - 1, 0.3)
    for who, dm, om in (("Roland Ashgrove", "612.40", "744.90"), ("Nadine Ashgrove", "829.10", "901.35"),
                        ("Theo Ashgrove", "404.71", "498.16"), ("Family total", "1,846.21", "2,144.41")):
        doc.y += 10
        dmv = Decimal(dm.replace(",", ""))
        omv = Decimal(om.replace(",", ""))
        lim_d, lim_o = (Decimal("5000.00"), Decimal("9000.00")) if who == "Family total" else (
            Decimal("2500.00"), Decimal("4500.00"))
        for (h, x, al), v in zip(acc_cols, (who, M(dmv), M(lim_d - dmv), M(omv), M(lim_o - omv))):
            doc.text(x, doc.y, v, al, FB if who == "Family total" else F, 7)
    doc.y += 22
    fam = [
        ("Nadine Ashgrove", "Spouse", "BW26A0104417", "RIV-883015", "Riverbend Hand & Therapy Center", [
            (D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97535", 2, ("GO",)),
        ]),
        ("Roland Ashgrove", "Self", "BW26A0121508", "SMC-5531902", "Summit Medical Clinic", [
            (D(2026, 1, 20), "99213", 1, ()), (D(2026, 1, 20), "97140", 2, ("GP",)),
            (D(2026, 1, 20), "97110", 1, ("GP",)),
        ]),
        ("Theo Ashgrove", "Son", "BW26A0110932", "KPT-20477", "Kestrel Pediatric Therapies", [
            (D(2026, 1, 7), "92507", 1, ("GN",)), (D(2026, 1, 7), "97530", 2, ("GO", "59")),
            (D(2026, 1, 9), "92507", 1, ("GN",)), (D(2026, 1, 9), "97530", 2, ("GO", "59")),
            (D(2026, 1, 12), "92507", 1, ("GN",)), (D(2026, 1, 12), "97110", 2, ("GO",)),
            (D(2026, 1, 14), "92507", 1, ("GN",)), (D(2026, 1, 14), "97530", 3, ("GO",)),
            (D(2026, 1, 16), "92507", 1, ("GN",)), (D(2026, 1, 16), "97112", 2, ("GO",)),
            (D(2026, 1, 16), "0552T", 1, ()),
            (D(2026, 1, 19), "92507", 1, ("GN",)), (D(2026, 1, 19), "97530", 2, ("GO", "59")),
            (D(2026, 1, 21), "92507", 1, ("GN",)), (D(2026, 1, 21), "97535", 2, ("GO",)),
            (D(2026, 1, 23), "92507", 1, ("GN",)), (D(2026, 1, 23), "97530", 2, ("GO", "59")),
        ]),
    ]
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    lines, claims = [], []
    for name, rel, clm, acct, prov, svcs in fam:
        if doc.y > doc.bottom - 70:
            doc.new_page()
        doc.box(36, doc.y - 8, 540, 22, fill=0.85)
        doc.text(40, doc.y, f"Patient: {name}", "l", FB, 7.5)
        doc.text(180, doc.y, f"Relationship: {rel}", "l", F, 7.5)
        doc.text(300, doc.y, f"Claim #: {clm}", "l", FB, 7.5)
        doc.text(440, doc.y, f"Provider Patient #: {acct}", "l", F, 7.5)
        doc.text(40, doc.y + 10, f"Provider: {prov} (in network)    Received 01/2{len(name) % 8}/2026", "l", F, 7)
        doc.y += 24
        doc.y = cols_header(doc, cols, doc.y, FB, Z) + 3
        doc.line(36, doc.y, 576, doc.y, 0.4)
        doc.y += 9
        state["cont"] = f"Patient: {name}    Claim #: {clm} (continued)"
        out = []
        for k, (dos, code, u, mods) in enumerate(svcs):
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "PR"
                commercial(s, st, deny_reason="96")
                s.remarks = ["N7"]
            else:
                commercial(s, st)
            if code == "97112":
                s.remarks = ["M1"]
            out.append(s)
            desc = doc.wrap(LONG_DESC.get(code, s.desc), 94, F, Z)
            need = 9 * len(desc) + 2
            doc.ensure(need + 4)
            y = doc.y
            vals = [dfmt(dos, "mdy4"), desc[0], code, " ".join(mods), units_str(s.units), M(s.billed, ","),
                    M(s.discount, ","), M(s.allowed, ","), M(s.not_covered, ","), M(s.deductible, ","),
                    M(s.copay, ","), M(s.coinsurance, ","), M(s.paid, ","), M(s.owes, ","), " ".join(s.remarks)]
            row(doc, cols, vals, y, F, Z)
            for extra in desc[1:]:
                doc.y += 8
                doc.text(72, doc.y, extra, "l", F, Z)
            doc.y += 10
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=name,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks,
                                    overrides={"description": LONG_DESC.get(code, s.desc)}))
        state["cont"] = None
        doc.ensure(16)
        doc.line(240, doc.y - 6, 576, doc.y - 6, 0.4)
        tv = [total(out, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                      "coinsurance", "paid", "owes")]
        doc.text(72, doc.y + 2, f"Claim totals for {name}", "l", FB, Z)
        for (h, x, al), v in zip(cols[5:14], tv):
            doc.text(x, doc.y + 2, M(v, ","), "r", FB, Z)
        doc.y += 22
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(tv[0], tv[2], tv[7], tv[8])})
    doc.ensure(60)
    doc.text(36, doc.y, "Remark codes", "l", FB, 8)
    legend = [("M1", "Part of this service was counted toward your visit limit for the year."),
              ("N7", "This treatment is considered investigational under your plan; you may be billed.")]
    for c, t in legend:
        doc.y += 10
        doc.text(36, doc.y, f"{c}  {t}", "l", F, 7)
    for i in range(1, doc.page + 1):
        doc.text(576, 770, f"Page {i} of {doc.page}", "r", F, 6.5, page=i)
    fmt = dict(money=(",", "-"), date="mdy4", code=lambda c, m: [c] + list(m), units_fmt=lambda u: u,
               adj=lambda g, r: f"{g}-{r}", plan_math=True)
    for ln in lines:
        ln["adjustments"] = []
    return doc, lines, claims, legend, [], "commercial PPO member EOB, three family members", fmt


# =========================================================================================== c2
def c2():
    doc = Doc("fpdf2", landscape=True, title="Benefit Statement")
    F, FB, Z = "DejaVuSerifCond", "DejaVuSerifCond-Bold", 7.4
    cols = [("Service Date", 36, "l"), ("What was done", 100, "l"), ("Procedure", 258, "l"), ("Qty", 330, "r"),
            ("Provider\nCharge", 380, "r"), ("Amount\nSaved", 424, "r"), ("Not\nCovered", 468, "r"),
            ("Eligible", 512, "r"), ("To\nDeductible", 562, "r"), ("Coinsurance", 612, "r"), ("Plan\nPaid", 658, "r"),
            ("Your\nCost", 704, "r"), ("Why", 716, "l")]

    def furniture(d):
        d.box(0, 0, 792, 30, fill=0.2, stroke=False)
        d.text(36, 20, "Cobalt Ridge Health  ·  HSA Saver 3400", "l", FB, 12)
        d.text(756, 20, "Benefit Statement", "r", F, 10)
        d.text(36, 590, "Cobalt Ridge Health Insurance Co., 2250 Ferrous Way, Lindqvist, MN 55902  ·  "
               "Questions? 1-866-555-0187", "l", F, 6.5)
        d.y = 50

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    doc.text(36, doc.y, "Prepared for: HALVARD M. QUISTGAARD   Plan ID CRH-77120348   Group 4410-LAKESHORE SCHOOLS",
             "l", F, 8)
    doc.text(756, doc.y, "Statement period: Jan 1, 2026 - Jan 31, 2026", "r", F, 8)
    doc.y += 12
    doc.text(36, doc.y, "Individual deductible $3,400.00 · family deductible $6,800.00 · after the deductible the plan"
             " pays 80% in network.", "l", F, 7.2)
    doc.y += 18
    fam = [
        ("Halvard Quistgaard", "CR2601-558102", "LPT-66014", [(D(2026, 1, 6), "97161", 1, ("GP",)),
                                                              (D(2026, 1, 6), "97110", 2, ("GP",))]),
        ("Ingrid Quistgaard", "CR2601-558377", "LPT-66091", [(D(2026, 1, 8), "97140", 2, ("GP", "59")),
                                                             (D(2026, 1, 8), "97112", 1, ("GP",)),
                                                             (D(2026, 1, 8), "G0283", 1, ("GP",))]),
        ("Sofie Quistgaard", "CR2601-561240", "NSC-1180-3", [(D(2026, 1, 13), "92523", 1, ("GN",)),
                                                             (D(2026, 1, 20), "92507", 1, ("GN",)),
                                                             (D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("Anders Quistgaard", "CR2601-563015", "LPT-66240", [(D(2026, 1, 22), "97530", 3, ("GO",)),
                                                             (D(2026, 1, 22), "97535", 1, ("GO",)),
                                                             (D(2026, 1, 22), "97129", 2, ("GO", "KX")),
                                                             (D(2026, 1, 29), "97530", 2, ("GO",)),
                                                             (D(2026, 1, 29), "97760", 1, ("GO",))]),
    ]
    st = PlanState(ded_left=Decimal("1120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    lines, claims, findings = [], [], []
    for name, ref, acct, svcs in fam:
        doc.ensure(60)
        doc.line(36, doc.y - 9, 756, doc.y - 9, 1.0)
        doc.text(36, doc.y, f"Member: {name}", "l", FB, 8.5)
        doc.text(260, doc.y, f"Reference No. {ref}", "l", F, 8)
        doc.text(460, doc.y, f"Your provider's account: {acct}", "l", F, 8)
        doc.y += 14
        doc.y = cols_header(doc, cols, doc.y, FB, 7) + 4
        doc.line(36, doc.y - 1, 756, doc.y - 1, 0.3)
        doc.y += 9
        out = []
        for dos, code, u, mods in svcs:
            s = Svc(dos, code, u, mods)
            if code == "97129":
                s.denied = "PR"
                commercial(s, st, deny_reason="119")
                s.remarks = ["L4"]
            else:
                commercial(s, st)
            out.append(s)
            proc = "-".join((code,) + mods)
            vals = [dfmt(dos, "mon"), s.desc, proc, units_str(s.units), M(s.billed), M(s.discount),
                    M(s.not_covered), M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.paid), M(s.owes), ",".join(s.remarks)]
            row(doc, cols, vals, doc.y, F, Z)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=ref, patient=name,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            doc.y += 11
        tv = [total(out, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance",
                                      "paid", "owes")]
        printed_owes = tv[7]
        if name == "Ingrid Quistgaard":
            printed_owes = tv[7] + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {ref}: printed Your Cost total {printed_owes} but the lines "
                            f"add up to {tv[7]}")
        doc.line(330, doc.y - 7, 756, doc.y - 7, 0.3)
        doc.text(100, doc.y + 1, "Total for this claim", "l", FB, Z)
        for (h, x, al), v in zip(cols[4:12], tv[:7] + [printed_owes]):
            doc.text(x, doc.y + 1, M(v), "r", FB, Z)
        doc.y += 24
        claims.append({"claim_id": acct, "payer_claim_id": ref, "patient": name,
                       "totals": claim_totals(tv[0], tv[3], tv[6], printed_owes)})
    doc.ensure(50)
    legend = [("L4", "Your plan does not cover more than the yearly number of these sessions.")]
    doc.text(36, doc.y, "Why codes:  L4 - " + legend[0][1], "l", F, 7.2)
    doc.y += 11
    doc.text(36, doc.y, "Keep this statement with your HSA records. The provider may bill you for Your Cost.", "l",
             F, 7.2)
    for i in range(1, doc.page + 1):
        doc.text(756, 590, f"{i}/{doc.page}", "r", F, 6.5, page=i)
    fmt = dict(money=("$", "-"), date="mon", code=lambda c, m: ["-".join((c,) + tuple(m))], units_fmt=lambda u: u,
               adj=lambda g, r: f"{g}-{r}", plan_math=True)
    return doc, lines, claims, legend, findings, "commercial HDHP benefit statement, four family members", fmt


# =========================================================================================== m1
def m1():
    doc = Doc("reportlab", title="Medicare Summary Notice")
    F, FB = "DejaVuSans", "DejaVuSans-Bold"

    def furniture(d):
        d.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", "l", FB, 12)
        d.text(40, 54, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
               "l", F, 7)
        d.text(572, 40, "MARGARET E. OYELARAN-PIKE", "r", F, 8)
        d.line(40, 62, 572, 62, 1.5)
        d.y = 82

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    doc.box(40, 74, 250, 150)
    doc.text(50, 90, "Your Deductible Status", "l", FB, 10)
    doc.text(50, 106, "Your deductible is what you must pay for", "l", F, 8)
    doc.text(50, 117, "health care before Medicare begins to pay.", "l", F, 8)
    doc.text(50, 134, "Part B Deductible: You have now met $283.00", "l", F, 8)
    doc.text(50, 145, "of your $283.00 deductible for 2026.", "l", F, 8)
    doc.text(50, 168, "Medicare Number: 3QF8-TK2-HV71", "l", F, 8)
    doc.text(50, 180, "Notice for period January 1 - March 31, 2026", "l", F, 8)
    doc.box(310, 74, 262, 150)
    doc.text(320, 90, "Your Claims & Costs This Period", "l", FB, 10)
    doc.text(320, 110, "Did Medicare approve all services?", "l", F, 8)
    doc.text(562, 110, "NO", "r", FB, 9)
    doc.text(320, 124, "See claims marked \"No\" on the following pages.", "l", F, 7)
    doc.y = 250
    doc.text(40, doc.y, "MARGARET E OYELARAN-PIKE", "l", F, 9)
    doc.text(40, doc.y + 12, "1907 CORMORANT BLUFF LN APT 4", "l", F, 9)
    doc.text(40, doc.y + 24, "PELLSTON CROSSING NC 27608-4410", "l", F, 9)
    doc.text(40, 740, "If you need help, call 1-800-MEDICARE (1-800-555-0199). TTY users 1-877-555-0148.", "l", F, 7)
    patient = "Margaret E. Oyelaran-Pike"
    doc.text(40, 320, f"Beneficiary: {patient}", "l", F, 8)
    st = PlanState(ded_left=Decimal("58.20"))
    provs = [
        ("Heronsgate Outpatient Rehab, (919) 555-0114", "401 Salt Marsh Rd, Pellston Crossing, NC 27608", [
            (D(2026, 1, 12), "26-012-80447-19", [("97161", 1, ("GP",)), ("97112", 2, ("GP",)), ("97110", 1, ("GP",))]),
            (D(2026, 1, 15), "26-015-80713-06", [("97112", 2, ("GP", "KX")), ("97530", 1, ("GP",)),
                                                   ("0552T", 1, ("GP",))]),
            (D(2026, 1, 22), "26-022-81150-44", [("97116", 2, ("GP",)), ("97110", 2, ("GP",))]),
        ]),
        ("Ridgeview Family Medicine, (919) 555-0162", "88 Tanager Ct, Pellston Crossing, NC 27609", [
            (D(2026, 2, 3), "26-034-90021-87", [("99213", 1, ()), ("G0283", 1, ())]),
        ]),
    ]
    # claims pages
    doc.new_page()
    lines, claims = [], []
    cols = [("Service Provided & Billing Code", 46, "l"), ("Service\nApproved?", 290, "c"),
            ("Amount\nProvider\nCharged", 364, "r"), ("Medicare-\nApproved\nAmount", 428, "r"),
            ("Medicare\nPaid\nProvider", 492, "r"), ("Maximum You\nMay Be\nBilled", 552, "r"), ("See\nNotes", 556, "l")]
    doc.text(40, doc.y, "Your Claims for Part B (Medical Insurance)", "l", FB, 11)
    doc.y += 20
    for prov, addr, cls in provs:
        doc.ensure(90)
        doc.box(40, doc.y - 11, 532, 28, fill=0.9)
        doc.text(46, doc.y, prov, "l", FB, 8.5)
        doc.text(46, doc.y + 11, addr, "l", F, 7.5)
        doc.y += 30
        for dos, clm, svcs in cls:
            doc.ensure(40 + 12 * len(svcs))
            doc.text(46, doc.y, dfmt(dos, "month"), "l", FB, 8.5)
            doc.text(200, doc.y, f"Claim number {clm}", "l", F, 8)
            doc.y += 12
            doc.y = cols_header(doc, cols, doc.y, FB, 6.8, 8) + 3
            doc.line(40, doc.y, 572, doc.y, 0.5)
            doc.y += 10
            out = []
            for code, u, mods in svcs:
                s = Svc(dos, code, u, mods)
                if code == "0552T":
                    s.denied = "PR"
                    medicare(s, st, deny_reason="50")
                    s.remarks = ["C"]
                else:
                    medicare(s, st)
                    s.remarks = ["A"] if s.deductible else []
                out.append(s)
                s.owes = s.deductible + s.coinsurance if not s.denied else s.billed
                vals = [f"{s.desc} ({code})", "No" if s.denied else "Yes", M(s.billed), M(s.allowed), M(s.paid),
                        M(s.owes), " ".join(s.remarks)]
                row(doc, cols, vals, doc.y, F, 7.4)
                lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=patient,
                                        printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                        modifiers=False, remarks=s.remarks))
                doc.y += 11
            tv = [total(out, a) for a in ("billed", "allowed", "paid", "owes")]
            doc.line(300, doc.y - 7, 572, doc.y - 7, 0.4)
            doc.text(46, doc.y + 1, "Total for this claim", "l", FB, 7.4)
            for x, v in zip((364, 428, 492, 552), tv):
                doc.text(x, doc.y + 1, M(v), "r", FB, 7.4)
            doc.y += 22
            claims.append({"claim_id": None, "payer_claim_id": clm, "patient": patient,
                           "totals": claim_totals(*tv)})
    doc.ensure(80)
    doc.text(40, doc.y, "Notes for Claims Above", "l", FB, 9)
    legend = [("A", "This amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item because it is not shown to be reasonable and necessary. "
                    "You may be billed.")]
    for c, t in legend:
        for k, part in enumerate(doc.wrap(f"{c}  {t}", 520, F, 7.5)):
            doc.y += 10
            doc.text(40, doc.y, part, "l", F, 7.5)
    for i in range(1, doc.page + 1):
        doc.text(572, 760, f"Page {i} of {doc.page}", "r", F, 7, page=i)
    fmt = dict(money=("$", "-"), date="month", date_scope="page", code=lambda c, m: [f"({c})"],
               units_fmt=lambda u: u, adj=lambda g, r: f"{g}-{r}")
    return doc, lines, claims, legend, [], "Medicare Summary Notice Part B", fmt


# =========================================================================================== m2
def m2():
    doc = Doc("fpdf2", title="Explanation of Benefits")
    F, FB, Z = "LibSerif", "LibSerif-Bold", 7.6
    cols = [("Date of\nservice", 36, "l"), ("What you got", 78, "l"), ("Code", 218, "l"), ("Modifier", 250, "l"),
            ("Units", 302, "r"), ("Provider\nbilled", 352, "r"), ("Plan\napproved", 402, "r"),
            ("Plan\npaid", 448, "r"), ("You\npay", 492, "r"), ("Note", 504, "l")]
    state = {"cont": None}

    def furniture(d):
        d.text(36, 36, "HarborLight Advantage (HMO)", "l", FB, 13)
        d.text(36, 48, "A Medicare Advantage plan offered by HarborLight Health Partners", "l", F, 7.5)
        d.text(576, 36, "Explanation of Benefits", "r", FB, 11)
        d.text(576, 48, "for January 2026 - this is not a bill", "r", F, 7.5)
        d.line(36, 54, 576, 54, 0.8)
        d.text(36, 770, "H4471_EOB26 · HarborLight Health Partners, 60 Quayside Plaza, Port Averill, ME 04122", "l",
               F, 6.5)
        d.y = 72
        if state["cont"]:
            d.box(36, d.y - 10, 540, 14, fill=0.88)
            d.text(40, d.y, state["cont"], "l", FB, 8)
            d.y += 14
            d.y = cols_header(d, cols, d.y, FB, 7, 8) + 3
            d.line(36, d.y, 576, d.y, 0.4)
            d.y += 9

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    doc.text(36, doc.y, "Member: CORNELIUS B. VANTERPOOL", "l", FB, 9)
    doc.text(36, doc.y + 11, "Member ID: HL90031877   Plan: H4471-006", "l", F, 8)
    doc.text(320, doc.y, "Summary for this month", "l", FB, 9)
    doc.text(320, doc.y + 11, "Total billed by providers: see claims below", "l", F, 8)
    doc.text(320, doc.y + 22, "Your maximum out-of-pocket: $4,900.00 (met $310.00)", "l", F, 8)
    doc.y += 40
    doc.box(36, doc.y, 540, 64, fill=0.95)
    sc = [("", 44, "l"), ("Total cost of\nyour care", 300, "r"), ("Plan's\nshare", 390, "r"),
          ("Your share\n(copays etc.)", 500, "r")]
    yy = cols_header(doc, sc, doc.y + 12, "LibSerif-Bold", 7.5, 9)
    for lab, a, b, c in (("This month", "see below", "see below", "see below"),
                         ("So far this year", "$4,118.00", "$2,256.44", "$310.00")):
        yy += 11
        for (h, x, al), v in zip(sc, (lab, a, b, c)):
            doc.text(x, yy, v, al, F, 7.5)
    doc.y += 84
    doc.text(36, doc.y, "Your medical claims this month", "l", FB, 10)
    doc.y += 16
    # The member EOB lists the member's own claims; the member's household is on one mailing in this plan.
    patients = [
        ("Cornelius B. Vanterpool", [
            ("HL2601-0081155", "OTW-55021", "Old Tidewater Speech & OT", [
                (D(2026, 1, 20), "97166", 1, ("GO",)), (D(2026, 1, 20), "97535", 2, ("GO",)),
                (D(2026, 1, 27), "92507", 1, ("GN",)), (D(2026, 1, 27), "97760", 1, ("GO",)),
            ]),
            ("HL2601-0072413", "ABX-118840", "Seawall Physical Therapy", [
                (D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
                (D(2026, 1, 7), "97110", 2, ("GP",)), (D(2026, 1, 7), "97140", 1, ("GP",)),
                (D(2026, 1, 9), "97112", 2, ("GP",)), (D(2026, 1, 9), "97530", 1, ("GP",)),
                (D(2026, 1, 12), "97110", 2, ("GP", "KX")), (D(2026, 1, 12), "97140", 1, ("GP",)),
                (D(2026, 1, 14), "97116", 2, ("GP", "KX")), (D(2026, 1, 14), "97110", 1, ("GP", "CQ")),
                (D(2026, 1, 16), "97112", 2, ("GP", "CQ")), (D(2026, 1, 16), "97530", 1, ("GP",)),
                (D(2026, 1, 19), "97110", 2, ("GP", "KX")), (D(2026, 1, 19), "97140", 1, ("GP",)),
                (D(2026, 1, 21), "97116", 2, ("GP",)), (D(2026, 1, 21), "97110", 1, ("GP",)),
                (D(2026, 1, 23), "97112", 2, ("GP", "KX")), (D(2026, 1, 23), "97530", 2, ("GP",)),
                (D(2026, 1, 26), "97110", 2, ("GP",)), (D(2026, 1, 26), "97140", 1, ("GP",)),
                (D(2026, 1, 28), "97110", 2, ("GP",)), (D(2026, 1, 28), "G0283", 1, ("GP",)),
            ]),
        ]),
    ]
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.58"))
    lines, claims = [], []
    for pat, cls in patients:
        for clm, acct, prov, svcs in cls:
            doc.ensure(70)
            doc.box(36, doc.y - 10, 540, 26, fill=0.88)
            doc.text(40, doc.y, f"{prov} · Patient: {pat}", "l", FB, 8)
            doc.text(40, doc.y + 11, f"Claim ID: {clm}     Provider claim #: {acct}     Network: In network", "l",
                     F, 7.5)
            doc.y += 28
            doc.y = cols_header(doc, cols, doc.y, FB, 7, 8) + 3
            doc.line(36, doc.y, 576, doc.y, 0.4)
            doc.y += 9
            state["cont"] = f"{prov} · Claim ID: {clm} (continued)"
            out = []
            for dos, code, u, mods in svcs:
                s = Svc(dos, code, u, mods)
                commercial(s, st)
                s.remarks = ["V1"] if s.copay else []
                out.append(s)
                wr = doc.wrap(LONG_DESC.get(code, s.desc), 134, F, Z)
                doc.ensure(9 * len(wr) + 3)
                vals = [dfmt(dos, "mdy2"), wr[0], code, ",".join(mods), units_str(s.units), M(s.billed),
                        M(s.allowed), M(s.paid), M(s.owes), " ".join(s.remarks)]
                row(doc, cols, vals, doc.y, F, Z)
                for extra in wr[1:]:
                    doc.y += 8.6
                    doc.text(78, doc.y, extra, "l", F, Z)
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                        printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                                        overrides={"description": LONG_DESC.get(code, s.desc)}))
                doc.y += 11
            state["cont"] = None
            tv = [total(out, a) for a in ("billed", "allowed", "paid", "owes")]
            doc.ensure(14)
            doc.line(300, doc.y - 7, 576, doc.y - 7, 0.4)
            doc.text(78, doc.y + 1, "Claim total", "l", FB, Z)
            for x, v in zip((352, 402, 448, 492), tv):
                doc.text(x, doc.y + 1, M(v), "r", FB, Z)
            doc.y += 22
            claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(*tv)})
    legend = [("V1", "Your office-visit copay for this date of service.")]
    doc.ensure(30)
    doc.text(36, doc.y, "Notes:  V1 - " + legend[0][1], "l", F, 7.5)
    for i in range(1, doc.page + 1):
        doc.text(576, 770, f"Page {i} of {doc.page}", "r", F, 6.5, page=i)
    fmt = dict(money=("$", "-"), date="mdy2", code=lambda c, m: [c] + ([",".join(m)] if m else []),
               units_fmt=lambda u: u, adj=lambda g, r: f"{g}-{r}")
    return doc, lines, claims, legend, [], "Medicare Advantage HMO member EOB", fmt


# =========================================================================================== d1
def d1():
    doc = Doc("fpdf2", landscape=True, title="Remittance Advice")
    F, FB, Z = "LibMono", "LibMono-Bold", 7.2
    CW = 7.2 * 0.6  # monospace advance

    def at(col, s, y, bold=False):
        doc.text(36 + col * CW, y, s, "l", FB if bold else F, Z)

    def furniture(d):
        d.y = 36
        at(0, "STATE OF WESTMARCH  DEPARTMENT OF FAMILY HEALTH  -  MEDICAL ASSISTANCE PROGRAM", d.y, True)
        at(118, "RUN DATE 01/30/26", d.y)
        at(142, f"PAGE {d.page:>4}", d.y)
        d.y += 9
        at(0, "REMITTANCE ADVICE   PROVIDER: GREYFEATHER THERAPY GROUP LLC   PROVIDER NO 0044817203", d.y)
        at(118, "RA NO 2026-0130-00618", d.y)
        d.y += 9
        at(0, "-" * 160, d.y)
        d.y += 14

    doc.on_new_page = furniture
    doc.bottom = 400  # the print run holds a fixed number of lines per page
    doc.pages = []
    doc.new_page()
    hdr = ("LN  FROM-DOS  TO-DOS    PROC   MD1 MD2  UNITS      BILLED     ALLOWED        TPL        PAID  "
           "ADJ-RSN   ADJ-AMT  EOB")

    def head(name, rid, tcn, pno):
        at(0, f"RECIPIENT NAME: {name:<26} MEDICAID ID: {rid}   TCN: {tcn}   PATIENT NO: {pno}", doc.y)
        doc.y += 9
        at(0, hdr, doc.y)
        doc.y += 9

    def detail(n, s, sign_trail=False):
        neg = "trail"
        adj = s.adjs[0] if s.adjs else None
        txt = (f"{n:>2}  {dfmt(s.dos, 'mdy6')}    {dfmt(s.dos, 'mdy6')}    {s.code:<5}  "
               f"{(s.mods + ('', ''))[0]:<3} {(s.mods + ('', ''))[1]:<3} {units_str(s.units):>5} "
               f"{M(s.billed, '', neg):>11} {M(s.allowed, '', neg):>11} {'0.00':>10} {M(s.paid, '', neg):>11}  "
               f"{(adj[0] + adj[1].zfill(3)) if adj else '':<7} {M(adj[2], '', neg) if adj else '':>9}  "
               f"{' '.join(s.remarks)}")
        at(0, txt, doc.y)
        doc.y += 9

    sections = [
        ("DENIED CLAIMS", [
            ("OKAFOR-LUND, BEATRIX", "WM660027151", "2026012440102", "GTG-30201", [
                (D(2026, 1, 8), "97167", 1, ("GO",)), (D(2026, 1, 8), "97760", 2, ("GO",)),
            ]),
        ]),
        ("PAID CLAIMS", [
            ("WINTERBOURNE, CASPAR", "WM660018742", "2026012440018", "GTG-30127", [
                (D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)),
                (D(2026, 1, 20), "92507", 1, ("GN",)),
            ]),
            ("WINTERBOURNE, ELSIE", "WM660018734", "2026012440017", "GTG-30114", [
                (D(2026, 1, 5), "97530", 2, ("GO",)), (D(2026, 1, 5), "97535", 2, ("GO",)),
                (D(2026, 1, 7), "97530", 2, ("GO",)), (D(2026, 1, 7), "97110", 1, ("GO",)),
                (D(2026, 1, 9), "97530", 3, ("GO",)), (D(2026, 1, 12), "97530", 2, ("GO", "59")),
                (D(2026, 1, 12), "97112", 2, ("GO",)), (D(2026, 1, 14), "97530", 2, ("GO",)),
                (D(2026, 1, 14), "97535", 1, ("GO",)), (D(2026, 1, 16), "97530", 2, ("GO",)),
                (D(2026, 1, 16), "97110", 2, ("GO",)), (D(2026, 1, 19), "97530", 2, ("GO",)),
                (D(2026, 1, 19), "97535", 2, ("GO",)), (D(2026, 1, 21), "97530", 2, ("GO",)),
                (D(2026, 1, 21), "97112", 1, ("GO",)), (D(2026, 1, 23), "97530", 2, ("GO",)),
                (D(2026, 1, 23), "97110", 2, ("GO",)), (D(2026, 1, 26), "97530", 2, ("GO",)),
                (D(2026, 1, 26), "97535", 2, ("GO",)), (D(2026, 1, 28), "97530", 2, ("GO", "59")),
                (D(2026, 1, 28), "97140", 1, ("GO",)), (D(2026, 1, 30), "97530", 2, ("GO",)),
            ]),
        ]),
    ]
    lines, claims = [], []
    for title, cls in sections:
        doc.ensure(40)
        at(0, f"*** {title} ***", doc.y, True)
        doc.y += 12
        for name, rid, tcn, pno, svcs in cls:
            doc.ensure(40)
            head(name, rid, tcn, pno)
            out = []
            for n, (dos, code, u, mods) in enumerate(svcs, 1):
                s = Svc(dos, code, u, mods)
                if title == "DENIED CLAIMS":
                    s.denied = "CO"
                    medicaid(s, deny_reason="16")
                    s.remarks = ["0217"]
                else:
                    medicaid(s)
                    s.remarks = ["0001"]
                out.append(s)
                doc.ensure(9)
                detail(n, s)
                lines.append(truth_line(doc.page, s, claim_id=pno, payer_claim_id=tcn, patient=name,
                                        printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks))
            tv = [total(out, a) for a in ("billed", "allowed", "paid")]
            at(0, f"    CLAIM TOTAL{'':>30}{M(tv[0], '', 'trail'):>11} {M(tv[1], '', 'trail'):>11} {'0.00':>10} "
                  f"{M(tv[2], '', 'trail'):>11}", doc.y)
            doc.y += 14
            claims.append({"claim_id": pno, "payer_claim_id": tcn, "patient": name,
                           "totals": claim_totals(tv[0], tv[1], tv[2])})
    # adjusted claims: void of an earlier payment and its replacement
    doc.ensure(60)
    at(0, "*** ADJUSTED CLAIMS ***", doc.y, True)
    doc.y += 12
    orig = [(D(2025, 12, 15), "97530", 2, ("GO",)), (D(2025, 12, 15), "97165", 1, ("GO",))]
    for tcn, kind in (("2025121940551", "void"), ("2026012480063", "repl")):
        doc.ensure(40)
        name, rid, pno = "PRZYBYLSKI, TOMASZ", "WM660031409", "GTG-29870"
        at(0, f"{'VOID OF ORIGINAL TCN' if kind == 'void' else 'REPLACEMENT CLAIM'}", doc.y)
        doc.y += 9
        head(name, rid, tcn, pno)
        out = []
        for n, (dos, code, u, mods) in enumerate(orig, 1):
            s = medicaid(Svc(dos, code, u + (1 if (kind == "repl" and code == "97530") else 0), mods))
            if kind == "void":
                s = negate(s)
            s.remarks = ["0930"] if kind == "void" else ["0931"]
            out.append(s)
            detail(n, s)
            lines.append(truth_line(doc.page, s, claim_id=pno, payer_claim_id=tcn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks))
        tv = [total(out, a) for a in ("billed", "allowed", "paid")]
        at(0, f"    CLAIM TOTAL{'':>30}{M(tv[0], '', 'trail'):>11} {M(tv[1], '', 'trail'):>11} {'0.00':>10} "
              f"{M(tv[2], '', 'trail'):>11}", doc.y)
        doc.y += 14
        claims.append({"claim_id": pno, "payer_claim_id": tcn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[2])})
    doc.ensure(60)
    legend = [("0001", "Paid at the program's fee schedule rate."),
              ("0217", "Service needs prior approval that is not on file."),
              ("0930", "Earlier payment taken back; see the replacement claim."),
              ("0931", "Replacement of an earlier claim.")]
    at(0, "EOB CODE DESCRIPTIONS", doc.y, True)
    for c, t in legend:
        doc.y += 9
        at(2, f"{c}  {t}", doc.y)
    fmt = dict(money=("", "trail"), date="mdy6", code=lambda c, m: [c] + list(m), units_fmt=lambda u: u,
               adj=lambda g, r: f"{g}{r.zfill(3)}", all_adjs=True)
    return doc, lines, claims, legend, [], "state Medicaid remittance advice (mainframe print)", fmt


# =========================================================================================== d2
def d2():
    doc = Doc("reportlab", title="Remittance Advice")
    F, FB, Z = "DejaVuSerif", "DejaVuSerif-Bold", 6.8
    xs = [("Dtl", 44, "l"), ("DOS", 62, "l"), ("Procedure", 112, "l"), ("Modifiers", 158, "l"), ("Qty", 220, "r"),
          ("Charge", 272, "r"), ("Allowed", 322, "r"), ("Paid", 368, "r"), ("Adj Reason", 380, "l"),
          ("Adj Amount", 474, "r"), ("Remark", 486, "l")]

    def furniture(d):
        d.text(40, 38, "Commonwealth of Aldenmoor  |  Medical Assistance Provider Portal", "l", FB, 10)
        d.text(40, 50, "Remittance Advice - Payment Cycle 2026-01-26  |  EFT Trace 4418200917", "l", F, 7.5)
        d.text(572, 38, "Provider: Lanternfield Speech & Occupational Therapy", "r", F, 7.5)
        d.text(572, 50, "NPI 1629038475   Payee ID 700488213", "r", F, 7.5)
        d.line(40, 56, 572, 56, 1)
        d.text(40, 765, "Printed from the provider portal on 01/27/2026. Report questions within 90 days.", "l", F,
               6.5)
        d.y = 74

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    claims_in = [
        ("Juniper Haldane-Moss", "AM40017722", "26021000114", "LSOT-8841", "PAID", [
            (D(2026, 1, 5), "92507", 1, ("GN",)), (D(2026, 1, 5), "92526", 1, ("GN", "59")),
            (D(2026, 1, 12), "92507", 1, ("GN",)),
        ]),
        ("Rafferty Haldane-Moss", "AM40017730", "26021000115", "LSOT-8847", "PAID", [
            (D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
            (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97535", 1, ("GO", "59")),
        ]),
        ("Priya Castellanos", "AM40029964", "26021000208", "LSOT-8902", "DENIED", [
            (D(2026, 1, 9), "97533", 2, ("GO",)),
        ]),
        ("Mateo Castellanos", "AM40029972", "26021000209", "LSOT-8903", "PAID", [
            (D(2026, 1, 14), "92523", 1, ("GN",)), (D(2026, 1, 21), "92507", 1, ("GN",)),
            (D(2026, 1, 21), "97129", 2, ("GN",)),
        ]),
    ]
    lines, claims = [], []
    for name, bid, icn, acct, status, svcs in claims_in:
        h = 62 + 22 * len(svcs)
        doc.ensure(h)
        top = doc.y
        doc.box(40, top, 532, 30, fill=0.92)
        doc.text(46, top + 11, f"Beneficiary: {name}", "l", FB, 7.8)
        doc.text(250, top + 11, f"Beneficiary ID: {bid}", "l", F, 7.5)
        doc.text(420, top + 11, f"ICN: {icn}", "l", FB, 7.5)
        doc.text(46, top + 23, f"Patient Account: {acct}", "l", F, 7.5)
        doc.text(250, top + 23, "Claim Type: Professional", "l", F, 7.5)
        doc.text(420, top + 23, f"Claim Status: {status}", "l", F, 7.5)
        doc.y = top + 42
        for hdr, x, al in xs:
            doc.text(x, doc.y, hdr, al, FB, Z)
        doc.line(40, doc.y + 4, 572, doc.y + 4, 0.5)
        doc.y += 14
        out = []
        for n, (dos, code, u, mods) in enumerate(svcs, 1):
            if code == "97533":
                s = Svc(dos, "97530", u, mods, desc="Sensory integration activities")
                s.code = code
                s.billed = q(Decimal("88.00") * s.units)
                s.denied = "CO"
                s.not_covered = s.billed
                s.adjs = [("CO", "197", s.billed)]
                s.remarks = ["N54"]
            elif code == "97129":
                s = Svc(dos, code, u, mods)
                medicaid(s)
                s.adjs = [("CO", "45", s.discount - Decimal("5.00")), ("CO", "131", Decimal("5.00"))]
                s.paid = s.paid
                s.remarks = ["N381"]
            else:
                s = medicaid(Svc(dos, code, u, mods))
            out.append(s)
            y = doc.y
            vals = [str(n), dfmt(dos, "mdyn"), code, " ".join(mods), units_str(s.units), M(s.billed, ","),
                    M(s.allowed, ","), M(s.paid, ",")]
            for (hh, x, al), v in zip(xs, vals):
                doc.text(x, y, v, al, F, Z)
            for k, (g, r, a) in enumerate(s.adjs):
                doc.text(380, y + k * 8.5, f"{g}:{r}", "l", F, Z)
                doc.text(474, y + k * 8.5, M(a, ","), "r", F, Z)
            if s.remarks:
                doc.text(486, y, " ".join(s.remarks), "l", F, Z)
            doc.y += max(1, len(s.adjs)) * 8.5 + 4
            doc.line(40, doc.y - 7, 572, doc.y - 7, 0.2)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks))
        tv = [total(out, a) for a in ("billed", "allowed", "paid")]
        doc.text(112, doc.y, "Claim Totals", "l", FB, Z)
        for x, v in zip((272, 322, 368), tv):
            doc.text(x, doc.y, M(v, ","), "r", FB, Z)
        doc.box(40, top, 532, doc.y + 6 - top)
        doc.y += 24
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[2])})
    doc.ensure(90)
    allp = [ln for ln in lines]
    net = sum(Decimal(ln["paid"]) for ln in allp)
    doc.box(330, doc.y, 242, 48, fill=0.95)
    doc.text(338, doc.y + 12, "Payment Summary", "l", FB, 8)
    doc.text(338, doc.y + 24, f"Claims processed: {len(claims)}    Claims denied: 1", "l", F, 7.5)
    doc.text(338, doc.y + 36, f"Net payment this cycle: {M(net)}", "l", F, 7.5)
    doc.y += 64
    legend = [("N54", "The billed service is not on the program's covered list for this provider type."),
              ("N381", "See the contract terms for the reason for this reduction.")]
    doc.text(40, doc.y, "Remark Codes", "l", FB, 8)
    for c, t in legend:
        doc.y += 10
        doc.text(40, doc.y, f"{c} - {t}", "l", F, 7)
    for i in range(1, doc.page + 1):
        doc.text(572, 765, f"Page {i} of {doc.page}", "r", F, 6.5, page=i)
    fmt = dict(money=(",", "-"), date="mdyn", code=lambda c, m: [c] + list(m), units_fmt=lambda u: u,
               adj=lambda g, r: f"{g}:{r}", all_adjs=True, band=3)
    return doc, lines, claims, legend, [], "state Medicaid provider-portal remittance advice", fmt


# =========================================================================================== p1
def p1():
    doc = Doc("reportlab", title="ERA Detail")
    F, FB, Z = "Helvetica", "Helvetica-Bold", 7.0
    xs = [("Svc Date", 44, "l"), ("Proc", 92, "l"), ("Units", 170, "r"), ("Charge", 214, "r"), ("Allowed", 258, "r"),
          ("Deduct", 298, "r"), ("Coins", 336, "r"), ("Adj Grp-Rsn", 348, "l"), ("Adj Amt", 430, "r"),
          ("Paid", 476, "r"), ("RARC", 488, "l")]

    def furniture(d):
        d.box(40, 28, 532, 30, fill=0.9)
        d.text(48, 41, "ClearPath Exchange  -  835 ERA Detail Report", "l", FB, 10)
        d.text(48, 52, "Payer: Medicare Part B, Jurisdiction 15 (MAC)   Payee: Fernhollow Rehabilitation Associates",
               "l", F, 7)
        d.text(564, 41, "Check/EFT # 886100274  Paid 01/28/2026", "r", F, 7)
        d.text(40, 770, "Generated by ClearPath Exchange from the payer's electronic remittance. Not a payer document.",
               "l", F, 6.2)
        d.y = 76

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    pts = [
        ("WHITLOCK, AUGUSTINE", "7RK2-WA4-PF18", "FHR26-00417", "22260128411307", "Processed as Primary", [
            (D(2026, 1, 5), "97530", 2, ("GO", "KX")), (D(2026, 1, 5), "97110", 2, ("GO",)),
            (D(2026, 1, 8), "97530", 2, ("GO", "KX")), (D(2026, 1, 8), "97140", 1, ("GO", "59")),
        ]),
        ("WHITLOCK, IMOGEN", "2HT9-VB7-MQ35", "FHR26-00421", "22260128411308", "Processed as Primary", [
            (D(2026, 1, 6), "97161", 1, ("GP",)), (D(2026, 1, 6), "97112", 2, ("GP", "CQ")),
            (D(2026, 1, 9), "97116", 2, ("GP", "CQ")),
        ]),
        ("DRUMMOND-ASHE, PERCIVAL", "5NW4-JE1-XC62", "FHR26-00433", "22260128411311", "Denied", [
            (D(2026, 1, 7), "0552T", 1, ("GO",)),
        ]),
    ]
    st = PlanState(ded_left=Decimal("0.00"))
    lines, claims = [], []
    for name, mbi, pcn, icn, status, svcs in pts:
        doc.ensure(70 + 26 * len(svcs))
        top = doc.y
        kv = [("Patient", name), ("HICN/MBI", mbi), ("Patient Control #", pcn), ("Payer Claim Control #", icn),
              ("Claim Status", status), ("Rendering NPI", "1447820936")]
        for k, (a, b) in enumerate(kv):
            cx, cy = (44 if k % 2 == 0 else 310), top + 10 + (k // 2) * 11
            doc.text(cx, cy, f"{a}:", "l", FB, Z)
            doc.text(cx + 92, cy, b, "l", F, Z)
        doc.box(40, top, 532, 38)
        doc.y = top + 50
        for h, x, al in xs:
            doc.text(x, doc.y, h, al, FB, Z)
        doc.line(40, doc.y + 3, 572, doc.y + 3, 0.4)
        doc.y += 12
        out = []
        for dos, code, u, mods in svcs:
            s = Svc(dos, code, u, mods)
            if code == "0552T":
                s.denied = "CO"
                medicare(s, st, deny_reason="96")
                s.remarks = ["N425"]
            else:
                medicare(s, st)
            out.append(s)
            y = doc.y
            vals = [dfmt(dos, "mdy4"), ":".join((code,) + mods), units_str(s.units), M(s.billed, ""),
                    M(s.allowed, ""), M(s.deductible, ""), M(s.coinsurance, "")]
            for (h, x, al), v in zip(xs, vals):
                doc.text(x, y, v, al, F, Z)
            doc.text(476, y, M(s.paid, ""), "r", F, Z)
            if s.remarks:
                doc.text(488, y, " ".join(s.remarks), "l", F, Z)
            for k, (g, r, a) in enumerate(s.adjs):
                doc.text(348, y + k * 8.2, f"{g} {r}", "l", F, Z)
                doc.text(430, y + k * 8.2, M(a, ""), "r", F, Z)
            doc.y += max(1, len(s.adjs)) * 8.2 + 3
            lines.append(truth_line(doc.page, s, claim_id=pcn, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
        tv = [total(out, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.box(40, doc.y - 6, 532, 13, fill=0.94)
        doc.text(44, doc.y + 3, "Claim Totals", "l", FB, Z)
        for x, v in ((214, tv[0]), (258, tv[1]), (476, tv[2])):
            doc.text(x, doc.y + 3, M(v, ""), "r", FB, Z)
        doc.text(566, doc.y + 3, f"Pt Resp {M(tv[3], '')}", "r", FB, Z)
        doc.y += 28
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
    doc.ensure(60)
    net = sum(Decimal(ln["paid"]) for ln in lines)
    doc.text(44, doc.y, f"Provider summary:  Claims 3   Total paid {M(net, '')}   Provider-level adjustments 0.00",
             "l", FB, 7.5)
    doc.y += 14
    legend = [("N425", "The statute does not cover this service."), ]
    doc.text(44, doc.y, "RARC  N425  Service is outside what the benefit covers.", "l", F, 7)
    legend = [("N425", "Service is outside what the benefit covers.")]
    for i in range(1, doc.page + 1):
        doc.text(572, 770, f"Page {i} of {doc.page}", "r", F, 6.2, page=i)
    fmt = dict(money=("", "-"), date="mdy4", code=lambda c, m: [":".join((c,) + tuple(m))], units_fmt=lambda u: u,
               adj=lambda g, r: f"{g} {r}", all_adjs=True, band=4)
    return doc, lines, claims, legend, [], "clearinghouse ERA detail report of a Medicare remit", fmt


# =========================================================================================== p2
def p2():
    doc = Doc("fpdf2", landscape=True, title="Remittance Detail")
    F, FB, Z = "DejaVuMono", "DejaVuMono-Bold", 7.0
    CW = width("0", F, Z)

    def at(col, s, y, bold=False):
        doc.text(30 + col * CW, y, s, "l", FB if bold else F, Z)

    def furniture(d):
        d.y = 32
        at(0, "TIDEMARK PRACTICE SUITE v9.4      REMITTANCE DETAIL - MEDICARE PART B", d.y, True)
        at(120, f"PAGE {d.page}", d.y)
        d.y += 9
        at(0, "PRACTICE: SALTGRASS OCCUPATIONAL & HAND THERAPY   DEPOSIT 01/29/2026   BATCH 260129-03   CHK 0077215590",
           d.y)
        d.y += 9
        at(0, "=" * 170, d.y)
        d.y += 9
        at(0, "SERV DATE   PROC  MODS   UNITS    BILLED   ALLOWED    DEDUCT     COINS  GRP/RSN     ADJ AMT    PROV PD"
              "  REM", d.y, True)
        d.y += 9
        at(0, "-" * 170, d.y)
        d.y += 12

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()

    def svc_line(s):
        a = s.adjs[0]
        return (f"{dfmt(s.dos, 'mdy4')}  {s.code:<5} {' '.join(s.mods):<6} {units_str(s.units):>5} "
                f"{M(s.billed, ''):>9} {M(s.allowed, ''):>9} {M(s.deductible, ''):>9} {M(s.coinsurance, ''):>9}  "
                f"{a[0] + a[1]:<7} {M(a[2], ''):>11} {M(s.paid, ''):>10}  {' '.join(s.remarks)}")

    pts = [
        ("ABERNETHY-COLE, JUDITH", "4TW7-QH3-LN90", "SGH-102245", "22260129533018", "1", [
            (D(2026, 1, d), c, u, m) for d, c, u, m in [
                (5, "97165", 1, ("GO",)), (5, "L3807", 1, ("RT",)), (5, "97760", 1, ("GO",)),
                (7, "97140", 2, ("GO",)), (7, "97110", 1, ("GO",)), (9, "97140", 2, ("GO", "KX")),
                (9, "97530", 1, ("GO",)), (12, "97140", 2, ("GO", "KX")), (12, "97110", 2, ("GO", "CO")),
                (14, "97760", 1, ("GO",)), (14, "97530", 2, ("GO", "CO")), (16, "97140", 2, ("GO",)),
                (16, "97110", 1, ("GO",)), (19, "97530", 2, ("GO", "KX")), (19, "97140", 1, ("GO",)),
                (21, "97110", 2, ("GO",)), (21, "G0283", 1, ("GO",)), (23, "97168", 1, ("GO",)),
            ]]),
        ("ABERNETHY-COLE, MARCUS", "8PD2-RK6-WY14", "SGH-102251", "22260129533019", "1", [
            (D(2026, 1, 8), "97166", 1, ("GO",)), (D(2026, 1, 8), "97535", 2, ("GO",)),
            (D(2026, 1, 15), "97535", 2, ("GO", "59")),
        ]),
        ("FONTAINE, ROSALIND", "1MC5-XT8-GH47", "SGH-102260", "22260129533044", "4", [
            (D(2026, 1, 13), "97530", 2, ("GO",)),
        ]),
    ]
    st = PlanState(ded_left=Decimal("120.00"))
    lines, claims = [], []
    for name, mbi, acct, ccn, stcode, svcs in pts:
        doc.ensure(40)
        at(0, f"PT: {name:<26} ID: {mbi}   ACCT: {acct}   CCN: {ccn}   ST: {stcode}   ASG Y", doc.y, True)
        doc.y += 11
        out = []
        for dos, code, u, mods in svcs:
            s = Svc(dos, code, u, mods)
            if stcode == "4":
                s.denied = "CO"
                medicare(s, st, deny_reason="109")
                s.remarks = ["MA130"]
            else:
                medicare(s, st)
            out.append(s)
            n = len(s.adjs)
            doc.ensure(9 * n + 2)
            at(0, svc_line(s), doc.y)
            for g, r, a in s.adjs[1:]:
                doc.y += 8.5
                at(80, f"{g + r:<7} {M(a, ''):>11}", doc.y)
            doc.y += 11
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=ccn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
        tv = [total(out, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.ensure(12)
        at(0, f"CLAIM TOTAL{'':>14} {M(tv[0], ''):>9} {M(tv[1], ''):>9} {M(tv[2], ''):>9} {M(tv[3], ''):>9}  "
              f"{'':<7} {'':>11} {M(tv[4], ''):>10}   PT RESP {M(tv[5], '')}", doc.y, True)
        doc.y += 16
        claims.append({"claim_id": acct, "payer_claim_id": ccn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[4], tv[5])})
    doc.ensure(40)
    net = sum(Decimal(ln["paid"]) for ln in lines)
    at(0, f"BATCH TOTALS   CLAIMS 3   PROV PD {M(net, '')}   POSTED BY: KLH", doc.y, True)
    doc.y += 11
    legend = [("MA130", "The claim lacks what is needed to process it; send a new claim, not an appeal.")]
    at(0, "REM MA130 = " + legend[0][1], doc.y)
    fmt = dict(money=("", "-"), date="mdy4", code=lambda c, m: [c] + ([" ".join(m)] if m else []),
               units_fmt=lambda u: u, adj=lambda g, r: f"{g}{r}", all_adjs=True, band=4)
    return doc, lines, claims, legend, [], "practice-management remittance detail of a Medicare deposit", fmt


# =========================================================================================== s1
def s1():
    doc = Doc("reportlab", title="Patient Statement")
    F, FB, Z = "LibSerif", "LibSerif-Bold", 7.6
    xs = [("Date", 40, "l"), ("Patient", 84, "l"), ("Service", 160, "l"), ("CPT", 300, "l"), ("Charge", 370, "r"),
          ("Ins. Paid", 422, "r"), ("Ins. Adj.", 474, "r"), ("Pt Paid", 520, "r"), ("Balance", 572, "r")]

    def furniture(d):
        d.text(40, 40, "Willowmere Children's Therapy", "l", FB, 14)
        d.text(40, 52, "Occupational · Speech · Feeding   ·   72 Larkspur Commons, Suite 3, Danforth Falls, VT 05409",
               "l", F, 7.5)
        d.text(40, 62, "Billing questions: (802) 555-0176  ·  billing@willowmere.example", "l", F, 7.5)
        d.line(40, 68, 572, 68, 0.8)
        d.text(40, 772, "Thank you for trusting us with your family's care.", "l", F, 7)
        d.y = 84

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    # remit stub
    doc.box(40, 76, 532, 70)
    doc.text(48, 90, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", "l", FB, 7.5)
    doc.text(48, 104, "Guarantor: Desmond Achterberg", "l", F, 8)
    doc.text(48, 115, "318 Quillfeather Lane, Danforth Falls, VT 05409", "l", F, 8)
    doc.text(360, 104, "Statement Date: 02/02/2026", "l", F, 8)
    doc.text(360, 115, "Account: WCT-004417", "l", F, 8)
    doc.text(360, 128, "Amount Due:", "l", FB, 9)
    doc.y = 170
    fam = [
        ("Lila Achterberg", [
            ("V-26011", "BCV2601104471", [(D(2026, 1, 6), "92523", ("GN",)), (D(2026, 1, 6), "92526", ("GN",))]),
            ("V-26048", "BCV2601208830", [(D(2026, 1, 13), "92507", ("GN",)), (D(2026, 1, 13), "92526", ("GN",))]),
        ]),
        ("Otto Achterberg", [
            ("V-26019", "BCV2601105126", [(D(2026, 1, 7), "97166", ("GO",)), (D(2026, 1, 7), "97530", ("GO",))]),
            ("V-26063", "BCV2601211740", [(D(2026, 1, 14), "97530", ("GO",)), (D(2026, 1, 14), "97533", ("GO",)),
                                          (D(2026, 1, 14), "97535", ("GO",))]),
        ]),
        ("Greta Achterberg", [
            ("V-26071", "BCV2601219902", [(D(2026, 1, 21), "97165", ("GO",)), (D(2026, 1, 21), "97112", ("GO",))]),
        ]),
    ]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"))
    lines, claims = [], []
    due = ZERO
    for pat, visits in fam:
        doc.ensure(60)
        doc.box(40, doc.y - 10, 532, 14, fill=0.9, stroke=False)
        doc.text(44, doc.y, f"Patient: {pat}", "l", FB, 8.5)
        doc.y += 14
        for h, x, al in xs:
            doc.text(x, doc.y, h, al, FB, Z)
        doc.line(40, doc.y + 3, 572, doc.y + 3, 0.4)
        doc.y += 13
        pbal = ZERO
        for vno, clm, svcs in visits:
            doc.ensure(14 + 11 * len(svcs))
            doc.text(84, doc.y, f"Visit {vno}   Ins claim {clm} - Bluecrest Valley PPO", "l", "LibSerif", 7.2)
            doc.y += 10
            out = []
            for dos, code, mods in svcs:
                if code == "97533":
                    s = Svc(dos, "97530", 1, mods, desc="Sensory processing session")
                    s.code = code
                    s.billed = Decimal("90.00")
                    commercial(s, st)
                else:
                    s = commercial(Svc(dos, code, 1 if code[:4] in ("9716", "9252") else 2, mods), st)
                out.append(s)
                vals = [dfmt(dos, "mdy2"), pat.split()[0], s.desc, code, M(s.billed), M(s.paid), M(s.discount),
                        M(ZERO), M(s.owes)]
                for (h, x, al), v in zip(xs, vals):
                    doc.text(x, doc.y, v, al, F, Z)
                doc.y += 11
                pbal += s.owes
                lines.append(truth_line(doc.page, s, claim_id=vno, payer_claim_id=clm, patient=pat,
                                        printed=("billed", "paid", "patient_owes"), units=False, modifiers=False,
                                        overrides={"description": s.desc}))
            claims.append({"claim_id": vno, "payer_claim_id": clm, "patient": pat, "totals": claim_totals()})
        if pat == "Otto Achterberg":
            doc.text(40, doc.y, dfmt(D(2026, 1, 26), "mdy2"), "l", F, Z)
            doc.text(160, doc.y, "Patient payment - thank you (card)", "l", F, Z)
            doc.text(520, doc.y, M(Decimal("-40.00")), "r", F, Z)
            doc.text(572, doc.y, M(Decimal("-40.00")), "r", F, Z)
            pbal -= Decimal("40.00")
            doc.y += 11
        doc.text(474, doc.y + 2, f"Balance for {pat.split()[0]}:", "r", FB, Z)
        doc.text(572, doc.y + 2, M(pbal), "r", FB, Z)
        doc.y += 22
        due += pbal
    doc.text(440, 128, M(due), "l", FB, 9, page=1)
    doc.ensure(80)
    doc.box(40, doc.y, 532, 26)
    cells = [("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO), ("Total Due", due)]
    for k, (a, v) in enumerate(cells):
        doc.text(48 + k * 106, doc.y + 10, a, "l", FB, 7.5)
        doc.text(48 + k * 106, doc.y + 21, M(v), "l", F, 7.5)
    doc.y += 40
    doc.box(40, doc.y, 532, 28, fill=0.95)
    doc.text(48, doc.y + 11, "Your insurance has processed these visits. The balance shown is your share under your plan",
             "l", F, 7.3)
    doc.text(48, doc.y + 21, "(deductible and coinsurance). Payment plans are available - just call us.", "l", F, 7.3)
    for i in range(1, doc.page + 1):
        doc.text(572, 772, f"Page {i} of {doc.page}", "r", F, 7, page=i)
    for c in claims:
        c["totals"] = None
    fmt = dict(money=("$", "-"), date="mdy2", code=lambda c, m: [c], units_fmt=lambda u: u,
               adj=lambda g, r: f"{g}-{r}")
    return doc, lines, claims, [], [], "therapy clinic family statement", fmt


# =========================================================================================== s2
def s2():
    doc = Doc("fpdf2", title="Statement")
    F, FB, Z = "DejaVuSansCond", "DejaVuSansCond-Bold", 7.4
    xs = [("Date", 40, "l"), ("Rev", 92, "l"), ("CPT/HCPCS", 118, "l"), ("Mod", 170, "l"), ("Description", 196, "l"),
          ("Qty", 470, "r"), ("Amount", 568, "r")]
    state = {"cont": None}

    def furniture(d):
        d.text(40, 38, "ST. ODILE REGIONAL MEDICAL CENTER", "l", FB, 12)
        d.text(40, 49, "Patient Financial Services · 900 Abbey Hill Road · Carrow Point, OR 97389", "l", F, 7.5)
        d.text(572, 38, "Guarantor Statement", "r", FB, 10)
        d.text(572, 49, "Statement date 02/03/2026", "r", F, 7.5)
        d.line(40, 55, 572, 55, 0.6)
        d.text(40, 770, "Questions about this bill: 1-888-555-0122, Monday-Friday 8:00-4:30. Financial assistance "
               "applications are available on request.", "l", F, 6.5)
        d.y = 72
        if state["cont"]:
            d.text(40, d.y, state["cont"], "l", FB, 8)
            d.y += 12
            for h, x, al in xs:
                d.text(x, d.y, h, al, FB, Z)
            d.line(40, d.y + 3, 572, d.y + 3, 0.4)
            d.y += 13

    doc.on_new_page = furniture
    doc.pages = []
    doc.new_page()
    doc.text(40, doc.y, "Guarantor: BEATRICE L. MONTGOMERIE-HALE", "l", FB, 8.5)
    doc.text(40, doc.y + 11, "Guarantor No. G-7730418", "l", F, 8)
    doc.text(360, doc.y, "Total amount due: see account balances below", "l", F, 8)
    doc.y += 32
    accts = [
        ("HB260112409", "Ada Montgomerie-Hale", "Outpatient Speech Therapy", [
            (D(2026, 1, 12), "0444", "92523", 1, ("GN",)), (D(2026, 1, 19), "0444", "92507", 1, ("GN",)),
            (D(2026, 1, 26), "0444", "92507", 1, ("GN",)), (D(2026, 1, 26), "0444", "92526", 1, ("GN",)),
        ], ("Northgate Mutual", "NGM-2602-0921508", "0.60")),
        ("HB260105882", "Florian Montgomerie-Hale", "Outpatient Rehabilitation", [
            (D(2026, 1, d), rev, c, u, m) for d, rev, c, u, m in [
                (5, "0434", "97167", 1, ("GO",)), (5, "0434", "97535", 2, ("GO",)),
                (5, "0274", "L3807", 1, ("LT",)), (5, "0434", "97760", 1, ("GO",)),
                (7, "0434", "97530", 3, ("GO",)), (7, "0434", "97140", 1, ("GO",)),
                (9, "0434", "97530", 2, ("GO",)), (9, "0434", "97110", 2, ("GO",)),
                (12, "0434", "97530", 2, ("GO",)), (12, "0434", "97535", 1, ("GO",)),
                (14, "0434", "97530", 2, ("GO",)), (14, "0434", "97112", 1, ("GO",)),
                (16, "0434", "97530", 3, ("GO",)), (16, "0434", "97110", 1, ("GO",)),
                (19, "0434", "97168", 1, ("GO",)), (19, "0434", "97530", 2, ("GO",)),
                (21, "0434", "97530", 2, ("GO",)), (21, "0434", "97140", 2, ("GO",)),
                (23, "0434", "97530", 2, ("GO",)), (23, "0434", "97535", 2, ("GO",)),
                (26, "0434", "97530", 2, ("GO",)), (26, "0434", "97110", 2, ("GO",)),
                (28, "0434", "97530", 2, ("GO",)), (28, "0434", "97112", 2, ("GO",)),
                (30, "0434", "97530", 2, ("GO",)), (30, "0434", "97140", 1, ("GO",)),
            ]], ("Northgate Mutual", "NGM-2602-0917734", "0.62")),
    ]
    lines, claims = [], []
    for acct, pat, svc_type, svcs, (payer, clm, rate) in accts:
        doc.ensure(80)
        doc.box(40, doc.y - 10, 532, 26, fill=0.9)
        doc.text(44, doc.y, f"Account {acct}   Patient: {pat}", "l", FB, 8.5)
        doc.text(44, doc.y + 11, f"{svc_type} · Series start {dfmt(svcs[0][0], 'mdy4')} · Insurance: {payer}, claim {clm}", "l", F, 7.5)
        doc.y += 30
        for h, x, al in xs:
            doc.text(x, doc.y, h, al, FB, Z)
        doc.line(40, doc.y + 3, 572, doc.y + 3, 0.4)
        doc.y += 13
        state["cont"] = f"Account {acct} continued - {pat}"
        out = []
        for dos, rev, code, u, mods in svcs:
            s = Svc(dos, code, u, mods)
            desc = (LONG_DESC.get(code, s.desc)).upper()
            wr = doc.wrap(desc, 230, F, Z)
            doc.ensure(10 * len(wr))
            vals = [dfmt(dos, "mdy4").replace("/", "-"), rev, code, " ".join(mods), wr[0], units_str(s.units),
                    M(s.billed, ",")]
            for (h, x, al), v in zip(xs, vals):
                doc.text(x, doc.y, v, al, F, Z)
            for extra in wr[1:]:
                doc.y += 8.5
                doc.text(196, doc.y, extra, "l", F, Z)
            doc.y += 10.5
            out.append(s)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed",), overrides={"description": desc}))
        state["cont"] = None
        tb = total(out, "billed")
        paid = q(tb * Decimal(rate) * Decimal("0.85"))
        adj = q(tb * (1 - Decimal(rate)))
        doc.ensure(60)
        doc.line(400, doc.y - 7, 572, doc.y - 7, 0.4)
        doc.text(196, doc.y, "Total charges", "l", FB, Z)
        doc.text(568, doc.y, M(tb, ","), "r", FB, Z)
        doc.y += 11
        doc.text(40, doc.y, "01-29-2026", "l", F, Z)
        doc.text(196, doc.y, f"{payer} payment - claim {clm}", "l", F, Z)
        doc.text(568, doc.y, M(-paid, ",", "()"), "r", F, Z)
        doc.y += 11
        doc.text(40, doc.y, "01-29-2026", "l", F, Z)
        doc.text(196, doc.y, f"{payer} contractual allowance", "l", F, Z)
        doc.text(568, doc.y, M(-adj, ",", "()"), "r", F, Z)
        doc.y += 11
        doc.text(196, doc.y, "Account balance (your share)", "l", FB, Z)
        doc.text(568, doc.y, M(tb - paid - adj, ","), "r", FB, Z)
        doc.y += 24
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": claim_totals(billed=tb)})
    for i in range(1, doc.page + 1):
        doc.text(572, 760, f"Page {i} of {doc.page}", "r", F, 6.5, page=i)
    fmt = dict(money=(",", "-"), date=lambda d: d.strftime("%m-%d-%Y"),
               code=lambda c, m: [c] + ([" ".join(m)] if m else []), units_fmt=lambda u: u,
               adj=lambda g, r: f"{g}-{r}")
    return doc, lines, claims, [], [], "hospital outpatient rehabilitation guarantor statement", fmt


LAYOUTS = {"c1": c1, "c2": c2, "m1": m1, "m2": m2, "d1": d1, "d2": d2, "p1": p1, "p2": p2, "s1": s1, "s2": s2}
NAMES = {"c1": "h62_c1_ppo_member_eob", "c2": "h62_c2_hdhp_benefit_statement", "m1": "h62_m1_msn_part_b",
         "m2": "h62_m2_ma_hmo_eob", "d1": "h62_d1_medicaid_ra_mainframe", "d2": "h62_d2_medicaid_ra_portal",
         "p1": "h62_p1_clearinghouse_era_detail", "p2": "h62_p2_pm_remittance_detail",
         "s1": "h62_s1_clinic_family_statement", "s2": "h62_s2_hospital_guarantor_statement"}


def build(out: Path) -> dict:
    fmts = {}
    for key, fn in LAYOUTS.items():
        doc, lines, claims, legend, findings, desc, fmt = fn()
        pdf = out / f"{NAMES[key]}.pdf"
        pages = doc.save(pdf)
        write_truth(pdf, NAMES[key], doc.producer, pages, desc, lines, claims, legend, findings)
        fmts[pdf] = fmt
    return fmts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout62_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    fmts = build(out)
    print(out)
    if not a.check:
        return 0
    import json
    bad, spanning, nlines, npages = 0, 0, 0, 0
    for pdf, fmt in fmts.items():
        errs = check_file(pdf, fmt)
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        spanning += spans_pages(t)
        nlines += len(t["lines"])
        npages += t["pages"]
        print(f"{pdf.name}: {t['producer']}, {t['pages']} page(s), {len(t['lines'])} lines, "
              f"{len(t['claims'])} claims{' [claim spans pages]' if spans_pages(t) else ''}: "
              f"{'OK' if not errs else str(len(errs)) + ' problem(s)'}")
        for e in errs[:12]:
            print("   ", e)
        bad += bool(errs)
    if spanning < 3:
        print(f"only {spanning} files with a claim continuing onto the next page (need 3)")
        bad += 1
    print(f"{len(fmts)} files, {nlines} lines, {npages} pages; {'CHECK PASSED' if not bad else 'CHECK FAILED'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
