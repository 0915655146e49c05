"""Write held-out set 212 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on the five commonest real document kinds, two house styles each, none of them
the house style of an earlier set.

Run:  python bench/heldout212/make_heldout212_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout212/make_heldout212_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Drawing and check helpers: h212kit.py.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line; file
<name>.pdf.truth.json), printed values only, null for what a layout does not print (units null where the
page prints no quantity); adjustments only where the page prints group + reason codes; remarks are the
printed note / remark / state EOB codes of the line. claim_id = the provider's own account / patient-control /
invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient = the person served,
exactly as printed. Every name, number, payer, provider, address and ID is invented; descriptions are our own
words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  h212_cm_charged_savings  commercial member EOB for a family of three, portrait core Helvetica (reportlab):
      "Amount Charged / Network Savings / Amount Not Covered / Deductible / Copayment / Coinsurance / Amount Paid
      by Health Plan / Amount You Owe / Remark", "Patient Account Number" beside the claim number, code as
      "97530/GO", descriptions wrapping to a second line, one claim running onto page 2 under a repeated header
      with "(continued)", a not-covered line, remark legend, member summary box
  h212_cm_tpa_selffunded   self-funded employer plan EOB printed by a third-party administrator for a family
      of four, landscape DejaVu Serif (fpdf2): "Dates of Service / Procedure / Units / Charges / Ineligible /
      Rsn / Covered / Deductible / Co-pay / Co-ins / Benefits Payable / Member Resp.", procedure "92507-GN",
      units "1.00", reason letters with a legend, claim continued onto page 2, an ineligible (zero pay) line
  h212_msn_partb_dash      Medicare Summary Notice Part B, portrait core Times (reportlab): two-column page-1
      dashboard (deductible panel sidebar, providers list), claims from page 2 keyed by provider with
      "Claim Number", "Service Provided & Billing Code" as "3 Therapeutic activities (97530-GO)" (count first),
      Service Approved? Yes/No, note letters, six claims, a 7-service claim continued across a page under
      "(continued)", no account numbers
  h212_ma_ppo_monthly      Medicare Advantage PPO member EOB (monthly), portrait Liberation Serif (fpdf2):
      summary boxes, year-to-date out-of-pocket panel, "Claim # ... In-network provider", "Date / Service
      (code, modifier) / Qty / Provider charged / Plan's allowed amount / Plan paid / You paid or owe / Note",
      per-visit copay, a claim continued on page 2 with repeated header, a denied line
  h212_mcd_ra_arc          state Medicaid remittance advice, landscape core Courier (fpdf2): PAID / DENIED /
      ADJUSTED sections, "RECIPIENT NAME  RID  PAT ACCT  ICN" claim lines, "LN  DATES OF SERVICE  PROC  MODIFIERS
      UNITS  BILLED AMT  ALLOWED AMT  COPAY AMT  TPL AMT  PAID AMT  ARC  ARC AMT", dates "010626-010626",
      a $3.00 copay, extra ARC / RMK rows stacked under a line, VOID claim with trailing-minus amounts and its
      REPLACEMENT, a claim carried across a page with headers reprinted and "*** CONTINUED ***"
  h212_mcd_ra_boxed_eob    state Medicaid (health assurance program) Remittance and Status report, portrait
      DejaVu Sans Condensed, boxed/ruled (reportlab): Beneficiary / Beneficiary ID / Patient Acct # / TCN /
      Claim Status box per claim, "Ln / Dates / Procedure / Mods / Units / Billed / Allowed / Cost Share /
      TPL Paid / Reimbursed / EOB" with 4-digit state EOB codes and a glossary, other-insurance (TPL) line,
      denied claim, gross-adjustment credit with "-73.70" amounts, two pages
  h212_spr_clearinghouse   Medicare Part B remittance reprinted by a clearinghouse, portrait Liberation Mono
      (fpdf2): "PATIENT / MBI / PAT CTRL # / PAYER CLM #" header lines, "LN SVC FROM SVC THRU PROC MODS QTY CHARGE
      ALLOWED DEDUCT COINS ADJ ADJ AMT NET PAID", first adjustment on the row and further "CO-253" / "PR-2"
      rows stacked under it, dates "01/06/26", CLAIM TOTAL / PT RESP rows, five claims over two pages
  h212_spr_pm_posting      practice-management "ERA Payment Detail" for a Medicare payment, landscape Liberation
      Sans Narrow (reportlab), ruled grid with shaded claim bands ("Acct # / Payer ICN / Status"), "DOS / CPT /
      Mod / Units / Charged / Allowed / Deduct / Coins / Adj Codes / Paid / Pt Resp", all adjustments in one
      cell ("CO45 57.20  PR2 7.31  CO253 0.59"), a reversal (status 22) in parentheses and its corrected claim
  h212_stmt_kids_clinic    pediatric therapy clinic family statement, portrait core Helvetica (fpdf2):
      guarantor block, tear-off remittance strip, patient headings for three children, "Invoice ... Billed to
      ... Claim #" sub-headings, "Date / Code / Mod / Description / Qty / Charges / Ins Paid / Adjust / Pt Paid /
      Balance", a denied line left to the family, a patient copay payment, the guarantor's own invoice running
      onto page 2 under a repeated header, aging box
  h212_stmt_hospital       hospital outpatient-rehabilitation family statement, portrait Liberation Serif
      (reportlab): per-account blocks (mother and son), "Date / Rev / CPT-HCPCS / Description (charge-master
      caps) / Qty / Amount", a charge credit "(95.00)" with its re-post, account-level insurance payment /
      contractual adjustment / patient payment / balance lines (line paid/allowed therefore null), three
      family members on one page

The self-check (--check) tests the factory, never the reader: page counts; for every truth line, a single
extracted text row (pdfplumber words grouped by baseline) of its page that carries the code, each modifier,
the units and every printed amount (and the first adjustment amount); the service date, adjustment codes and
amounts, remarks on the line's page; ids and patient names in the document; billed - discount - not covered =
allowed, allowed - deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where the
layout prints every adjustment; claim totals printed and equal to the sum of their lines (no planted mismatch
in this set).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

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
from h212kit import Doc, check_file, wrap  # noqa: E402

D = lambda m, d: date(2026, m, d)  # noqa: E731
COMPLETE_ADJ = {"h212_mcd_ra_arc", "h212_spr_clearinghouse", "h212_spr_pm_posting"}
LAYOUTS = []
TOT = {"n": "?"}  # total page count, known from a first drawing pass


def visits(dates, *items) -> list:
    """One Svc per (code, units, mods) item per date, in date order."""
    return [Svc(d, c, u, mo) for d in dates for c, u, mo in items]


def layout(fn):
    LAYOUTS.append(fn)
    return fn


def m(d: Decimal) -> str:
    return money(d, ",")


def short(t: str, n: int) -> str:
    """Cut a description at a word boundary to fit a fixed-width column."""
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0].rstrip(",")


def mcaid_copay(s: Svc, amt: str) -> Svc:
    c = q(amt)
    s.copay = c
    s.paid -= c
    s.owes = c
    s.adjs.append(("PR", "3", c))
    return s


# ============================================================================ 1 commercial member EOB (rl)
@layout
def cm_charged_savings(out: Path):
    name = "h212_cm_charged_savings"
    doc = Doc("reportlab", out / f"{name}.pdf")
    fam = [("Anneliese Varga", "Self"), ("Tomas Varga", "Son"), ("Lili Varga", "Daughter")]
    st = PlanState(ded_left=q("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        (fam[2][0], "WSM-26-0019-4473", "RPT-30817", "Riverbend Pediatric Therapy", [
            Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)),
        ]),
        (fam[1][0], "WSM-26-0021-0958", "RPT-30822", "Riverbend Pediatric Therapy", [
            Svc(D(1, 8), "92523", 1, ("GN",)), Svc(D(1, 8), "92507", 1, ("GN",)),
        ]),
        (fam[2][0], "WSM-26-0030-1186", "RPT-31004", "Riverbend Pediatric Therapy", [
            Svc(D(1, 13), "97530", 2, ("GO",)), Svc(D(1, 13), "97110", 1, ("GO", "59")),
            Svc(D(1, 15), "97530", 2, ("GO",)), Svc(D(1, 15), "97535", 1, ("GO",)),
            Svc(D(1, 20), "97530", 2, ("GO",)), Svc(D(1, 20), "97140", 1, ("GO", "59")),
            Svc(D(1, 22), "97530", 3, ("GO",)), Svc(D(1, 22), "97760", 1, ("GO",)),
            Svc(D(1, 22), "0552T", 1, (), denied="PR"),
        ]),
        (fam[0][0], "WSM-26-0034-7720", "LHC-88120", "Lakehouse Hand Center", [
            Svc(D(1, 26), "97168", 1, ("GO",)), Svc(D(1, 26), "L3807", 1, ("RT",)),
        ]),
    ]
    rmk = {"0552T": "N4", "L3807": "P2"}
    for _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            if s.code in LONG_OK:
                s.desc = LONG_OK[s.code]
    # columns: x, align
    cols = [(36, "l"), (80, "l"), (184, "l"), (268, "r"), (306, "r"), (344, "r"), (382, "r"), (418, "r"),
            (454, "r"), (500, "r"), (540, "r"), (558, "l")]
    heads = [("Service", "Date"), ("Description", ""), ("Code", ""), ("Amount", "Charged"), ("Network", "Savings"),
             ("Not", "Covered"), ("Deduct-", "ible"), ("Copay-", "ment"), ("Coin-", "surance"),
             ("Amount Paid", "by Plan"), ("Amount", "You Owe"), ("Re-", "mark")]

    def header_band(y):
        doc.rect(36, y - 9, 540, 22, fill=0.88, stroke=False)
        doc.font("Helvetica-Bold", 6.5)
        for (x, al), (h1, h2) in zip(cols, heads):
            xx = x if al == "l" else x
            doc.text(xx, y, h1, al)
            doc.text(xx, y + 8, h2, al)
        return y + 22

    def page_top(cont: bool):
        doc.font("Helvetica-Bold", 15)
        doc.text(36, 46, "WELLSPRING MUTUAL")
        doc.font("Helvetica", 7.5)
        doc.text(36, 56, "Health Plan  |  PO Box 4471, Carrow Falls, OR 97455  |  1-800-555-0148")
        doc.font("Helvetica-Bold", 11)
        doc.text(576, 46, "Explanation of Health Care Benefits", "r")
        doc.font("Helvetica", 8)
        doc.text(576, 57, "THIS IS NOT A BILL", "r")
        doc.text(576, 67, f"Page {doc.pages} of {TOT['n']}", "r")
        doc.hline(36, 576, 74, 1)
        return 92 if not cont else 90

    y = page_top(False)
    doc.font("Helvetica", 8.5)
    for i, t in enumerate(["ANNELIESE VARGA", "2207 ORCHARD TERRACE", "HOLLIS BEND OR 97520-1143"]):
        doc.text(50, y + i * 11, t)
    doc.rect(330, y - 10, 246, 62)
    doc.font("Helvetica", 8)
    info = [("Subscriber:", "Anneliese Varga"), ("Member ID:", "WSM448120375"), ("Group:", "Tern Lake Schools 40712"),
            ("Statement date:", "February 3, 2026"), ("Plan:", "Wellspring Choice PPO")]
    for i, (a, b) in enumerate(info):
        doc.text(338, y + i * 10.5, a)
        doc.text(420, y + i * 10.5, b)
    y += 66
    doc.font("Helvetica-Bold", 9)
    doc.text(36, y, "Family Deductible Progress: $1,150.00 of $1,500.00 met    Out-of-Pocket: $1,402.16 of $6,000.00")
    y += 18
    lines, ctrs = [], []
    bottom = 720
    for pat, clm, acct, prov, svcs in claims:
        rel = dict(fam)[pat]
        need = 40
        if y + need > bottom:
            doc.new_page()
            y = page_top(True)
        doc.font("Helvetica-Bold", 8.5)
        doc.text(36, y, f"Patient: {pat} ({rel})")
        doc.text(250, y, f"Claim Number: {clm}")
        doc.text(420, y, f"Patient Account Number: {acct}")
        doc.font("Helvetica", 7.5)
        doc.text(36, y + 10, f"Health care provider: {prov}   Network status: In-network   "
                             f"Processed {dfmt(D(1, 30), 'mdy2')}")
        y = header_band(y + 24)
        for s in svcs:
            doc.font("Helvetica", 7)
            dl = wrap(doc, s.desc, 98)
            h = 9 * len(dl)
            if y + h > bottom:
                doc.font("Helvetica", 7)
                doc.text(576, y + 4, "Continued on next page", "r")
                doc.new_page()
                y = page_top(True)
                doc.font("Helvetica-Bold", 8.5)
                doc.text(36, y, f"Patient: {pat} ({rel})  (continued)")
                doc.text(250, y, f"Claim Number: {clm}")
                y = header_band(y + 14)
                doc.font("Helvetica", 7)
            code = s.code + ("/" + "/".join(s.mods) if s.mods else "")
            r = rmk.get(s.code, "")
            vals = [dfmt(s.dos, "mdy2"), dl[0], code, m(s.billed), m(s.discount), m(s.not_covered),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), r]
            for (x, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            for k, extra in enumerate(dl[1:]):
                doc.text(cols[1][0], y + 9 * (k + 1), extra)
            lines.append(truth_line(doc.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "discount", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"),
                                    units=False, remarks=[r] if r else []))
            y += h + 3
        doc.hline(36, 576, y - 6, 0.4)
        doc.font("Helvetica-Bold", 7)
        tv = [total(svcs, a) for a in ("billed", "discount", "not_covered", "deductible", "copay", "coinsurance",
                                        "paid", "owes")]
        doc.text(cols[2][0], y + 2, "Claim Total")
        for (x, al), v in zip(cols[3:11], tv):
            doc.text(x, y + 2, m(v), al)
        ctrs.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                     "totals": claim_totals(tv[0], None, tv[6], tv[7])})
        y += 22
    legend = [("N4", "This service is not a benefit of your plan; you may be billed for it."),
              ("P2", "Device priced at the plan's contracted rate for the item.")]
    doc.font("Helvetica-Bold", 8)
    doc.text(36, y + 4, "Remark Codes")
    doc.font("Helvetica", 7.5)
    for i, (c, t) in enumerate(legend):
        doc.text(36, y + 15 + i * 10, f"{c}  {t}")
    doc.text(36, 760, "Questions? Call Member Services at 1-800-555-0148 (TTY 711). You have 180 days to ask "
                      "for a review of any decision on this statement.")
    pages = doc.save()
    return name, "reportlab", pages, "commercial member EOB, family of three, Wellspring Mutual", lines, ctrs, legend


LONG_OK = {
    "97530": "Therapeutic activities to improve function, each 15 minutes",
    "97760": "Orthotic fitting and training, upper limb, each 15 minutes",
    "0552T": "Low-level laser light treatment session",
    "L3807": "Wrist-hand-finger splint, prefabricated, fitted to patient",
}


# ============================================================================ 2 TPA self-funded EOB (fpdf2)
@layout
def cm_tpa_selffunded(out: Path):
    name = "h212_cm_tpa_selffunded"
    doc = Doc("fpdf2", out / f"{name}.pdf", landscape=True)
    st = PlanState(ded_left=q("80.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"),
                   copay_codes={"99213": q("25.00")})
    claims = [
        ("Marisol Edevane", "26-0120-11270-00", "CMC-4410937", "Cobbleford Medical Clinic", [
            Svc(D(1, 19), "99213", 1, ()), Svc(D(1, 19), "G0283", 1, ()),
        ]),
        ("Osric Edevane", "26-0122-12004-00", "SLP-20931", "Sound Start Speech & Language", [
            Svc(D(1, 20), "92523", 1, ("GN",)), Svc(D(1, 27), "92507", 1, ("GN",)),
        ]),
        ("Jasper Edevane", "26-0114-03318-00", "BPT-77415", "Brightpath Pediatric Therapy LLC",
         visits([D(1, 7), D(1, 14), D(1, 21), D(1, 28)], ("92507", 1, ("GN",)), ("92526", 1, ("GN",)))),
        ("Wren Edevane", "26-0116-08841-00", "BPT-77452", "Brightpath Pediatric Therapy LLC",
         [Svc(D(1, 2), "97166", 1, ("GO",))]
         + visits([D(1, 2), D(1, 9), D(1, 16)], ("97530", 2, ("GO",)), ("97112", 1, ("GO", "59")))
         + [Svc(D(1, 16), "97129", 1, ("GO",), denied="PR")]
         + visits([D(1, 23), D(1, 30)], ("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("97110", 1, ("GO",)))),
    ]
    for _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="204")
    rsn = lambda s: "NC" if s.denied else ("DD" if s.deductible else "PD")  # noqa: E731
    cols = [(30, "l"), (110, "l"), (200, "r"), (250, "r"), (300, "r"), (318, "l"), (380, "r"), (430, "r"),
            (478, "r"), (526, "r"), (596, "r"), (660, "r")]
    heads = ["Dates of Service", "Procedure", "Units", "Charges", "Ineligible", "Rsn", "Covered", "Deductible",
             "Co-pay", "Co-ins", "Benefits Payable", "Member Resp."]

    def top():
        doc.font("DejaSerifB", 13)
        doc.text(30, 40, "Stillwater Claims Administrators, Inc.")
        doc.font("DejaSerif", 8)
        doc.text(30, 52, "Third-party administrator for the Ponderosa Timber Cooperative Employee Health Benefit Plan")
        doc.text(30, 62, "8800 Millrace Road, Suite 300, Boise Flats, ID 83790   Customer care 1-877-555-0193")
        doc.font("DejaSerifB", 10)
        doc.text(762, 40, "EXPLANATION OF BENEFITS", "r")
        doc.font("DejaSerif", 8)
        doc.text(762, 52, "This is not a bill.  Keep for your records.", "r")
        doc.text(762, 62, f"Page {doc.pages} of {TOT['n']}", "r")
        doc.hline(30, 762, 70, 1.2)
        return 86

    def heads_row(y):
        doc.font("DejaSerifB", 7)
        for (x, al), h in zip(cols, heads):
            doc.text(x, y, h, al)
        doc.hline(30, 762, y + 3, 0.5)
        return y + 13

    y = top()
    doc.font("DejaSerif", 8.5)
    doc.text(30, y, "Employee: Marisol Edevane      Employee ID: PTC-0091183      Group: PTC-HB-02      "
                    "EOB Date: 02/04/2026      Check/EFT issued to provider")
    y += 12
    doc.text(30, y, "Family members on this statement: Marisol Edevane (Employee), Jasper Edevane (Child), "
                    "Wren Edevane (Child), Osric Edevane (Child)")
    y += 20
    lines, ctrs = [], []
    for pat, clm, acct, prov, svcs in claims:
        if y + 50 > 560:
            doc.new_page()
            y = top()
        doc.rect(30, y - 10, 732, 14, fill=0.9, stroke=False)
        doc.font("DejaSerifB", 8)
        doc.text(34, y, f"Claim ID {clm}   Patient: {pat}   Patient Acct: {acct}   Provider: {prov}   "
                         "Received 01/28/2026")
        y = heads_row(y + 16)
        doc.font("DejaSerif", 7.5)
        for s in svcs:
            if y > 556:
                doc.font("DejaSerif", 7)
                doc.text(762, y + 2, "(claim continued on next page)", "r")
                doc.new_page()
                y = top()
                doc.font("DejaSerifB", 8)
                doc.text(34, y, f"Claim ID {clm}   Patient: {pat}   (continued from page {doc.pages - 1})")
                y = heads_row(y + 16)
                doc.font("DejaSerif", 7.5)
            inel = s.discount + s.not_covered
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            vals = [f"{dfmt(s.dos, 'mdy4')}", code, f"{s.units:.2f}", m(s.billed), m(inel), rsn(s),
                    m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes)]
            for (x, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            lines.append(truth_line(doc.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                             "patient_owes"), remarks=[rsn(s)], description=False))
            y += 11
        doc.hline(30, 762, y - 7, 0.3)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.font("DejaSerifB", 7.5)
        doc.text(110, y + 1, "Claim totals")
        for x, v in ((250, tv[0]), (380, tv[1]), (596, tv[2]), (660, tv[3])):
            doc.text(x, y + 1, m(v), "r")
        ctrs.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                     "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
        y += 22
    legend = [("PD", "Paid at the plan's network rate; the ineligible part is the network discount."),
              ("DD", "Covered amount counted toward the deductible first."),
              ("NC", "Not a covered service under the plan document; the member is responsible.")]
    doc.font("DejaSerifB", 8)
    doc.text(30, y + 4, "Reason codes")
    doc.font("DejaSerif", 7.5)
    for i, (c, t) in enumerate(legend):
        doc.text(30, y + 15 + i * 10, f"{c} - {t}")
    pages = doc.save()
    return name, "fpdf2", pages, "TPA self-funded plan EOB, family of four", lines, ctrs, legend


# ============================================================================ 3 MSN Part B (rl)
@layout
def msn_partb_dash(out: Path):
    name = "h212_msn_partb_dash"
    doc = Doc("reportlab", out / f"{name}.pdf")
    who = "Cordelia Haverstock"
    st = PlanState(ded_left=q("120.00"))
    claims = [
        ("Harborview Hand & Upper Limb Therapy", "26-015-00441-920", D(1, 8), [
            Svc(D(1, 8), "97165", 1, ("GO",)), Svc(D(1, 8), "97530", 2, ("GO",)),
        ]),
        ("Harborview Hand & Upper Limb Therapy", "26-020-00518-207", D(1, 10), [
            Svc(D(1, 10), "97530", 2, ("GO",)), Svc(D(1, 10), "97110", 1, ("GO",)),
            Svc(D(1, 10), "97140", 1, ("GO", "59")),
        ]),
        ("Harborview Hand & Upper Limb Therapy", "26-022-00573-114", D(1, 13), [
            Svc(D(1, 13), "97530", 3, ("GO",)), Svc(D(1, 13), "97140", 1, ("GO",)),
            Svc(D(1, 13), "97110", 2, ("GO",)), Svc(D(1, 13), "97112", 1, ("GO",)),
        ]),
        ("Harborview Hand & Upper Limb Therapy", "26-024-00601-385", D(1, 15), [
            Svc(D(1, 15), "97530", 2, ("GO",)), Svc(D(1, 15), "97110", 2, ("GO",)),
            Svc(D(1, 15), "97535", 1, ("GO", "CO")), Svc(D(1, 15), "97140", 1, ("GO",)),
        ]),
        ("Harborview Hand & Upper Limb Therapy", "26-027-00688-472", D(1, 20), [
            Svc(D(1, 20), "97168", 1, ("GO", "KX")), Svc(D(1, 20), "97530", 3, ("GO", "KX")),
            Svc(D(1, 20), "97110", 1, ("GO", "KX")), Svc(D(1, 20), "97112", 1, ("GO", "KX")),
            Svc(D(1, 20), "97760", 1, ("GO", "KX")), Svc(D(1, 20), "L3807", 1, ("RT",)),
            Svc(D(1, 20), "0552T", 1, (), denied="PR"),
        ]),
        ("Kell Street Family Medicine", "26-028-00610-338", D(1, 21), [
            Svc(D(1, 21), "99213", 1, ()), Svc(D(1, 21), "G0283", 1, ()),
        ]),
    ]
    for _, _, _, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=True)
    notes = {"0552T": "C", "97165": "A", "97535": "B", "L3807": "D"}

    def foot():
        doc.font("Times-Roman", 8)
        doc.text(306, 770, f"{who.upper()}   THIS IS NOT A BILL   Page {doc.pages} of {TOT['n']}", "c")

    # page 1: dashboard, two columns
    doc.font("Times-Bold", 17)
    doc.text(36, 52, "Medicare Summary Notice")
    doc.font("Times-Roman", 10)
    doc.text(36, 66, "for Part B (Medical Insurance)")
    doc.font("Times-Bold", 12)
    doc.text(36, 92, f"Notice for {who}")
    doc.font("Times-Roman", 9.5)
    for i, (a, b) in enumerate([("Medicare Number", "XXX-XX-7731K"), ("Date of This Notice", "February 9, 2026"),
                                ("Claims Processed Between", "November 10, 2025 - February 8, 2026")]):
        doc.text(36, 110 + i * 13, a)
        doc.text(180, 110 + i * 13, b)
    doc.rect(36, 160, 300, 140)
    doc.font("Times-Bold", 11)
    doc.text(44, 176, "Your Claims & Costs This Period")
    doc.font("Times-Roman", 9.5)
    alls = [s for c in claims for s in c[3]]
    rows = [("Did Medicare Approve All Services?", "NO"), ("Number of Services Medicare Denied", "1"),
            ("Total You May Be Billed", money(total(alls, "owes")))]
    for i, (a, b) in enumerate(rows):
        doc.text(44, 196 + i * 16, a)
        doc.text(326, 196 + i * 16, b, "r")
    doc.text(44, 250, "See your claims starting on page 2. Look for NO in")
    doc.text(44, 262, "the \"Service Approved?\" column.")
    doc.font("Times-Bold", 10)
    doc.text(44, 286, "Providers with Claims This Period")
    doc.font("Times-Roman", 9)
    y = 318
    for prov, _, d, _ in claims:
        doc.text(44, y, f"{dfmt(d, 'month')}")
        doc.text(150, y, prov)
        y += 12
    # sidebar
    doc.rect(360, 84, 216, 300, fill=0.94, stroke=True)
    doc.font("Times-Bold", 11)
    doc.text(370, 102, "Your Deductible Status")
    doc.font("Times-Roman", 9)
    for i, t in enumerate(["Your deductible is what you must pay", "for most health services before",
                           "Medicare begins to pay.", "", "Part B Deductible: You have now met",
                           "$283.00 of your $283.00 deductible", "for 2026."]):
        doc.text(370, 118 + i * 11, t)
    doc.font("Times-Bold", 11)
    doc.text(370, 214, "Be Informed!")
    doc.font("Times-Roman", 9)
    for i, t in enumerate(["Check every service on this notice.", "If you did not get a service listed,",
                           "call 1-800-555-0177 and ask about it.", "Keep this notice with your records",
                           "for three years."]):
        doc.text(370, 230 + i * 11, t)
    foot()
    doc.new_page()
    cols = [(36, "l"), (270, "c"), (345, "r"), (420, "r"), (488, "r"), (552, "r"), (560, "l")]

    def claims_top():
        doc.font("Times-Bold", 12)
        doc.text(36, 46, "Your Claims for Part B (Medical Insurance)")
        doc.font("Times-Roman", 8.5)
        doc.text(36, 58, "Part B helps pay for doctors' services, therapy, and other outpatient care.")
        doc.hline(36, 576, 64, 1)
        return 84

    def heads(y):
        doc.rect(36, y - 9, 540, 24, fill=0.85, stroke=False)
        doc.font("Times-Bold", 7.5)
        hh = [("Service Provided &", "Billing Code"), ("Service", "Approved?"), ("Amount Provider", "Charged"),
              ("Medicare-Approved", "Amount"), ("Amount Medicare", "Paid"), ("Maximum You", "May Be Billed"),
              ("See", "Notes")]
        for (x, al), (a, b) in zip(cols, hh):
            doc.text(x, y, a, al)
            doc.text(x, y + 9, b, al)
        return y + 26

    y = claims_top()
    lines, ctrs = [], []
    for prov, clm, d, svcs in claims:
        if y + 80 > 740:
            foot()
            doc.new_page()
            y = claims_top()
        doc.font("Times-Bold", 10)
        doc.text(36, y, f"{dfmt(d, 'month')}")
        doc.font("Times-Roman", 9)
        doc.text(36, y + 12, f"{prov}, 1180 Wharf Lane, Port Ansel, ME 04199")
        doc.text(36, y + 23, "Referred by: Teodor Lusk")
        doc.text(576, y, f"Claim Number: {clm}", "r")
        y = heads(y + 38)
        for s in svcs:
            if y > 735:
                foot()
                doc.new_page()
                y = claims_top()
                doc.font("Times-Bold", 10)
                doc.text(36, y, f"{dfmt(d, 'month')} (continued)")
                doc.text(576, y, f"Claim Number: {clm}", "r")
                y = heads(y + 16)
            doc.font("Times-Roman", 8.5)
            code = "-".join((s.code,) + s.mods)
            n = notes.get(s.code, "")
            vals = [f"{units_str(s.units)} {s.desc} ({code})", "No" if s.denied else "Yes", money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), n]
            for (x, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            lines.append(truth_line(doc.pages, s, claim_id=None, payer_claim_id=clm, patient=who,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=[n] if n else []))
            y += 13
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.hline(36, 576, y - 8, 0.4)
        doc.font("Times-Bold", 8.5)
        doc.text(36, y + 1, "Total for Claim " + clm)
        for x, v in zip((345, 420, 488, 552), tv):
            doc.text(x, y + 1, money(v), "r")
        ctrs.append({"claim_id": None, "payer_claim_id": clm, "patient": who,
                     "totals": claim_totals(*tv)})
        y += 30
    legend = [("A", "The evaluation was counted toward your therapy visits for the year."),
              ("B", "The therapy assistant's work was paid at a lower rate."),
              ("C", "Medicare does not pay for this service. You may be billed because a notice was signed."),
              ("D", "This item was paid under the supplies fee schedule.")]
    if y + 60 > 740:
        foot()
        doc.new_page()
        y = claims_top()
    doc.font("Times-Bold", 10)
    doc.text(36, y, "Notes for Your Claims")
    doc.font("Times-Roman", 8.5)
    for i, (c, t) in enumerate(legend):
        doc.text(36, y + 14 + i * 11, f"{c}  {t}")
    foot()
    doc.new_page()
    doc.font("Times-Bold", 12)
    doc.text(36, 50, "How to Handle Denied Claims or File an Appeal")
    doc.font("Times-Roman", 9)
    for i, t in enumerate(["If you disagree with a coverage or payment decision on this notice, you may appeal.",
                           "Your appeal must be received within 120 days of the date of this notice.",
                           "Circle the services you disagree with, explain why, sign, and mail to the address below.",
                           "Northcoast Medicare Claims Office, PO Box 30991, Greyridge, PA 17920"]):
        doc.text(36, 70 + i * 12, t)
    foot()
    pages = doc.save()
    return name, "reportlab", pages, "Medicare Summary Notice Part B, four claims", lines, ctrs, legend


# ============================================================================ 4 Medicare Advantage EOB (fpdf2)
@layout
def ma_ppo_monthly(out: Path):
    name = "h212_ma_ppo_monthly"
    doc = Doc("fpdf2", out / f"{name}.pdf")
    who = "Benedikt Oyelaran"
    st = PlanState(ded_left=ZERO, visit_copay=q("20.00"), allowed_rate=Decimal("0.70"))
    claims = [
        ("TSA-260114-00721", "Greyfriars Outpatient Rehab", [
            Svc(D(1, 5), "97161", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)),
        ]),
        ("TSA-260128-02240", "Ashgrove Primary Care Associates", [
            Svc(D(1, 22), "99213", 1, ()),
        ]),
        ("TSA-260121-01187", "Greyfriars Outpatient Rehab",
         visits([D(1, 6), D(1, 7), D(1, 8), D(1, 9), D(1, 12)], ("97110", 2, ("GP",)), ("97112", 1, ("GP",)))
         + visits([D(1, 14), D(1, 16)], ("97110", 2, ("GP", "CQ")), ("97140", 1, ("GP", "CQ")))
         + visits([D(1, 19), D(1, 21)], ("97116", 2, ("GP",)), ("97530", 1, ("GP", "59")))
         + [Svc(D(1, 23), "97110", 2, ("GP",)), Svc(D(1, 23), "G0283", 1, ("GP",)),
            Svc(D(1, 23), "0552T", 1, (), denied="PR")]
         + visits([D(1, 26), D(1, 28), D(1, 30)], ("97110", 2, ("GP", "CQ")), ("97112", 1, ("GP", "CQ")))),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    notes = {"0552T": "3", "97161": "1", "G0283": "2"}
    cols = [(40, "l"), (96, "l"), (300, "r"), (350, "r"), (410, "r"), (470, "r"), (532, "r"), (548, "l")]
    hh = [("Date", ""), ("Service (code, modifier)", ""), ("Qty", ""), ("Provider", "charged"),
          ("Plan's allowed", "amount"), ("Plan", "paid"), ("You paid", "or owe"), ("Note", "")]

    def top():
        doc.font("LibSerifB", 14)
        doc.text(40, 44, "Tidewater Senior Advantage (PPO)")
        doc.font("LibSerif", 8.5)
        doc.text(40, 56, "A Medicare Advantage plan from Tidewater Health Partners")
        doc.text(572, 44, "Explanation of Benefits", "r")
        doc.text(572, 56, f"{who}  |  Member ID TSA-5502147-01  |  Page {doc.pages} of {TOT['n']}", "r")
        doc.hline(40, 572, 63, 0.8)
        doc.rect(40, 668, 532, 84, fill=0.95)
        doc.font("LibSerifB", 8.5)
        doc.text(48, 682, "Questions about this notice?")
        doc.font("LibSerif", 8)
        for i, t in enumerate(["Call Member Services at 1-888-555-0162 (TTY 711), 8 a.m. to 8 p.m., seven days a week.",
                               "Report suspected fraud: if a service listed here was not received, call us right away.",
                               "You have the right to ask for a coverage decision or an appeal within 65 days.",
                               "Tidewater Health Partners, PO Box 7710, Salt Harbor, VA 23399"]):
            doc.text(48, 695 + i * 12, t)
        return 80

    def heads(y):
        doc.rect(40, y - 9, 532, 22, fill=0.9, stroke=True)
        doc.font("LibSerifB", 7.5)
        for (x, al), (a, b) in zip(cols, hh):
            doc.text(x + (2 if al == "l" else -2), y, a, al)
            doc.text(x + (2 if al == "l" else -2), y + 9, b, al)
        return y + 24

    y = top()
    doc.font("LibSerifB", 11)
    doc.text(40, y, "Your Explanation of Benefits for January 2026")
    doc.font("LibSerif", 9)
    doc.text(40, y + 13, "This notice tells you about the medical care you received and what you may owe. "
                         "It is not a bill.")
    y += 28
    alls = [s for c in claims for s in c[2]]
    doc.rect(40, y, 256, 62)
    doc.rect(316, y, 256, 62)
    doc.font("LibSerifB", 9)
    doc.text(48, y + 14, "This month")
    doc.text(324, y + 14, "Year to date (2026)")
    doc.font("LibSerif", 8.5)
    for i, (a, v) in enumerate([("Providers charged", total(alls, "billed")), ("Plan paid", total(alls, "paid")),
                                ("You paid or owe", total(alls, "owes"))]):
        doc.text(48, y + 28 + i * 11, a)
        doc.text(288, y + 28 + i * 11, money(v), "r")
    for i, (a, v) in enumerate([("Out-of-pocket spent", "$415.00"), ("Out-of-pocket limit", "$5,900.00"),
                                ("Remaining", "$5,485.00")]):
        doc.text(324, y + 28 + i * 11, a)
        doc.text(564, y + 28 + i * 11, v, "r")
    y += 84
    lines, ctrs = [], []
    for clm, prov, svcs in claims:
        if y + 60 > 650:
            doc.new_page()
            y = top()
        doc.font("LibSerifB", 9)
        doc.text(40, y, f"Claim # {clm}")
        doc.font("LibSerif", 8.5)
        doc.text(170, y, f"{prov}  (In-network provider)   Patient: {who}")
        y = heads(y + 14)
        for s in svcs:
            if y > 650:
                doc.font("LibSerif", 7.5)
                doc.text(572, y, "This claim continues on the next page.", "r")
                doc.new_page()
                y = top()
                doc.font("LibSerifB", 9)
                doc.text(40, y, f"Claim # {clm} (continued)")
                y = heads(y + 14)
            doc.font("LibSerif", 8)
            n = notes.get(s.code, "")
            mods = (", " + " ".join(s.mods)) if s.mods else ""
            vals = [dfmt(s.dos, "mdy4"), f"{s.desc} ({s.code}{mods})", units_str(s.units), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), n]
            for (x, al), v in zip(cols, vals):
                doc.text(x + (2 if al == "l" else -2), y, v, al)
            lines.append(truth_line(doc.pages, s, claim_id=None, payer_claim_id=clm, patient=who,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=[n] if n else []))
            doc.hline(40, 572, y + 3, 0.2)
            y += 12
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.font("LibSerifB", 8)
        doc.text(98, y + 1, "Claim total")
        for x, v in zip((350, 410, 470, 532), tv):
            doc.text(x - 2, y + 1, money(v), "r")
        ctrs.append({"claim_id": None, "payer_claim_id": clm, "patient": who, "totals": claim_totals(*tv)})
        y += 24
    legend = [("1", "Evaluation visits are covered once per plan of care."),
              ("2", "Unattended electrical stimulation is paid under your outpatient therapy benefit."),
              ("3", "This service is not covered by the plan. The provider told you before the visit.")]
    doc.font("LibSerifB", 9)
    doc.text(40, y, "Notes")
    doc.font("LibSerif", 8)
    for i, (c, t) in enumerate(legend):
        doc.text(40, y + 12 + i * 10, f"{c}. {t}")
    pages = doc.save()
    return name, "fpdf2", pages, "Medicare Advantage PPO monthly member EOB", lines, ctrs, legend


# ============================================================================ 5 Medicaid RA mainframe (fpdf2)
@layout
def mcd_ra_arc(out: Path):
    name = "h212_mcd_ra_arc"
    doc = Doc("fpdf2", out / f"{name}.pdf", landscape=True)
    paid = [
        ("ALVARENGA, TEODORA", "700418822391", "55012-A", "2126019000412", [
            Svc(D(1, 6), "97530", 3, ("GO",)), Svc(D(1, 6), "97535", 1, ("GO",)),
        ], "3.00"),
        ("BRISBOIS, NOLAN J", "700902214457", "55031-A", "2126019000447", [
            Svc(D(1, 7), "92507", 1, ("GN",)), Svc(D(1, 14), "92507", 1, ("GN",)),
            Svc(D(1, 21), "92507", 1, ("GN",)), Svc(D(1, 21), "92526", 1, ("GN",)),
            Svc(D(1, 28), "92507", 1, ("GN",)),
        ], None),
        ("CAVANAGH, MAEVE", "700771305028", "55040-B", "2126019000469", [
            Svc(D(1, 8), "97166", 1, ("GO",)), Svc(D(1, 8), "97530", 2, ("GO",)),
            Svc(D(1, 15), "97530", 3, ("GO",)), Svc(D(1, 15), "97112", 1, ("GO", "59")),
            Svc(D(1, 22), "97530", 2, ("GO",)), Svc(D(1, 22), "97110", 2, ("GO",)),
            Svc(D(1, 29), "97530", 3, ("GO",)), Svc(D(1, 29), "97760", 1, ("GO",)),
        ], None),
        ("DALGAARD, JUNO R", "700388140652", "55047-A", "2126019000481",
         visits([D(1, 5), D(1, 7), D(1, 12), D(1, 14), D(1, 19), D(1, 21), D(1, 26), D(1, 28), D(1, 30)], ("97110", 2, ("GP",)),
                ("97116", 1, ("GP",))), None),
    ]
    denied = [("DUCHARME, PELL", "700120448816", "55052-A", "2126019000502", [
        Svc(D(1, 9), "97530", 4, ("GO",), denied="CO"), Svc(D(1, 9), "97140", 1, ("GO",), denied="CO"),
    ], None)]
    orig = [Svc(D(12, 3).replace(year=2025), "97110", 2, ("GO",)), Svc(D(12, 3).replace(year=2025), "97530", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    reversal = [negate(s) for s in orig]
    redo = [Svc(D(12, 3).replace(year=2025), "97110", 2, ("GO",)), Svc(D(12, 3).replace(year=2025), "97530", 3, ("GO",))]
    for s in redo:
        medicaid(s)
    adjusted = [("ESTRELLA, RUBEN", "700655019834", "54890-C", "2126019000533", reversal, "VOID"),
                ("ESTRELLA, RUBEN", "700655019834", "54890-C", "2126019000534", redo, "REPLACEMENT")]
    for grp in (paid,):
        for _, _, _, _, svcs, cp in grp:
            for s in svcs:
                medicaid(s)
            if cp:
                mcaid_copay(svcs[0], cp)
    for _, _, _, _, svcs, _ in denied:
        for s in svcs:
            medicaid(s, deny_reason="16")
            s.remarks = ["N286"]
    cols = [(24, "l"), (44, "l"), (140, "l"), (184, "l"), (262, "r"), (330, "r"), (398, "r"), (452, "r"),
            (506, "r"), (574, "r"), (590, "l"), (700, "r")]
    heads = ["LN", "DATES OF SERVICE", "PROC", "MODIFIERS", "UNITS", "BILLED AMT", "ALLOWED AMT", "COPAY AMT",
             "TPL AMT", "PAID AMT", "ARC", "ARC AMT"]

    def mm(d):
        return money(d, ",", "trail")

    def top(section):
        doc.font("Courier-Bold", 8)
        doc.text(24, 30, "STATE OF NORTH KESTREL  DEPARTMENT OF FAMILY HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM")
        doc.font("Courier", 8)
        doc.text(24, 40, "PROVIDER REMITTANCE ADVICE      RA NUMBER 0004471822   RA DATE 02/06/2026   "
                         f"PAGE {doc.pages:>3} OF {TOT['n']}")
        doc.text(24, 50, "PROVIDER: TALLOW CREEK THERAPY PARTNERS   PROV ID 300551746   NPI 1497730026")
        doc.text(24, 64, f"CLAIM TYPE: PROFESSIONAL   CLAIM STATUS: {section}")
        doc.text(24, 76, "-" * 140)
        doc.font("Courier", 7.5)
        for (x, al), h in zip(cols, heads):
            doc.text(x, 86, h, al)
        doc.text(24, 94, "-" * 150)
        return 108

    lines, ctrs = [], []
    y = top("PAID")
    section = "PAID"
    blocks = [("PAID", b) for b in paid] + [("DENIED", b) for b in denied] + [("ADJUSTED", b) for b in adjusted]
    for sec, (pat, rid, acct, icn, svcs, extra) in blocks:
        if sec != section:
            section = sec
            if y + 60 > 560:
                doc.new_page()
                y = top(sec)
            else:
                doc.font("Courier-Bold", 8)
                doc.text(24, y + 4, f"CLAIM STATUS: {sec}")
                y += 18
        if y + 40 > 560:
            doc.new_page()
            y = top(sec)
        doc.font("Courier-Bold", 7.5)
        lab = f"  {extra}" if extra in ("VOID", "REPLACEMENT") else ""
        doc.text(24, y, f"RECIPIENT NAME {pat:<22} RID {rid}  PAT ACCT {acct}  ICN {icn}{lab}")
        y += 11
        doc.font("Courier", 7.5)
        for i, s in enumerate(svcs, 1):
            nrows = max(1, len(s.adjs)) + len(s.remarks)
            if y + 9 * nrows > 566:
                doc.text(24, y + 2, "*** CONTINUED ***")
                doc.new_page()
                y = top(sec)
                doc.font("Courier-Bold", 7.5)
                doc.text(24, y, f"RECIPIENT NAME {pat:<22} RID {rid}  ICN {icn}  (CONTINUED)")
                y += 11
                doc.font("Courier", 7.5)
            dd = f"{dfmt(s.dos, 'mdy6')}-{dfmt(s.dos, 'mdy6')}"
            first = s.adjs[0] if s.adjs else None
            vals = [f"{i:02d}", dd, s.code, " ".join(s.mods), f"{s.units:.1f}", mm(s.billed), mm(s.allowed),
                    mm(s.copay), mm(ZERO), mm(s.paid), f"{first[0]}-{first[1]}" if first else "",
                    mm(first[2]) if first else ""]
            for (x, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            yy = y
            for g, c, a in s.adjs[1:]:
                yy += 9
                doc.text(590, yy, f"{g}-{c}")
                doc.text(700, yy, mm(a), "r")
            for r in s.remarks:
                yy += 9
                doc.text(590, yy, f"RMK {r}")
            lines.append(truth_line(doc.pages, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "copay", "paid"), adjustments=s.adjs,
                                    remarks=s.remarks, description=False,
                                    overrides={"patient_owes": None}))
            y = yy + 11
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.font("Courier-Bold", 7.5)
        doc.text(140, y, "CLAIM TOTAL")
        doc.text(330, y, mm(tv[0]), "r")
        doc.text(398, y, mm(tv[1]), "r")
        doc.text(574, y, mm(tv[2]), "r")
        ctrs.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                     "totals": claim_totals(tv[0], tv[1], tv[2], None)})
        y += 18
    legend = [("45", "Charge above the program's fee schedule amount."), ("16", "Claim lacks information "
              "needed to decide it; correct and resubmit."), ("3", "Recipient copayment."),
              ("N286", "Referring provider identifier missing or invalid.")]
    if y + 50 > 566:
        doc.new_page()
        y = top("SUMMARY")
    doc.font("Courier", 7.5)
    doc.text(24, y, "ARC / RMK CODE DESCRIPTIONS")
    for i, (c, t) in enumerate(legend):
        doc.text(24, y + 10 + i * 9, f"{c:<6} {t.upper()}")
    pages = doc.save()
    return name, "fpdf2", pages, "state Medicaid remittance advice, mainframe print", lines, ctrs, legend


# ============================================================================ 6 Medicaid RA boxed (rl)
@layout
def mcd_ra_boxed_eob(out: Path):
    name = "h212_mcd_ra_boxed_eob"
    doc = Doc("reportlab", out / f"{name}.pdf")
    F, FB = "DejaCond", "DejaCondB"
    claims = [
        ("Aldana Fitch", "LH30927714", "PCN-77310", "3026013007719", "Paid", [
            Svc(D(1, 12), "97168", 1, ("GO",)), Svc(D(1, 12), "97530", 2, ("GO",)),
            Svc(D(1, 12), "L3807", 1, ("LT",)),
        ]),
        ("Bram Okonkwo-Fitch", "LH30927722", "PCN-77318", "3026013007720", "Paid", [
            Svc(D(1, 5), "92507", 1, ("GN",)), Svc(D(1, 12), "92507", 1, ("GN",)),
            Svc(D(1, 19), "92507", 1, ("GN",)), Svc(D(1, 26), "92507", 1, ("GN",)),
            Svc(D(1, 26), "92526", 1, ("GN",)),
        ]),
        ("Celestine Marrow", "LH41180036", "PCN-77344", "3026013007788", "Paid", [
            Svc(D(1, 6), "97163", 1, ("GP",)), Svc(D(1, 6), "97110", 2, ("GP",)),
            Svc(D(1, 8), "97110", 2, ("GP",)), Svc(D(1, 8), "97112", 1, ("GP",)),
            Svc(D(1, 13), "97116", 2, ("GP",)), Svc(D(1, 13), "97140", 1, ("GP", "59")),
            Svc(D(1, 15), "97110", 2, ("GP",)), Svc(D(1, 15), "97530", 1, ("GP",)),
            Svc(D(1, 20), "97110", 3, ("GP",)), Svc(D(1, 20), "97112", 1, ("GP",)),
        ]),
        ("Dov Ashcombe", "LH52204417", "PCN-77361", "3026013007802", "Denied", [
            Svc(D(1, 14), "97530", 2, ("GO",), denied="CO"), Svc(D(1, 14), "97535", 1, ("GO",), denied="CO"),
        ]),
    ]
    eob = {}
    for pat, _, _, _, stt, svcs in claims:
        for s in svcs:
            medicaid(s, deny_reason="27")
            eob[id(s)] = ["0962"] if s.denied else (["0130"] if s.discount else ["0001"])
    # other insurance paid part of Aldana's orthosis
    tpl = {}
    ortho = claims[0][5][2]
    tpl[id(ortho)] = q("150.00")
    ortho.paid -= q("150.00")
    eob[id(ortho)] = ["0130", "0417"]
    orig = [Svc(D(12, 9).replace(year=2025), "97530", 2, ("GO",)), Svc(D(12, 9).replace(year=2025), "97110", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    credit = [negate(s) for s in orig]
    for s in credit:
        eob[id(s)] = ["0740"]
    claims.append(("Aldana Fitch", "LH30927714", "PCN-76025", "3026013007830", "Gross Adjustment - Credit", credit))
    cols = [(44, "l"), (60, "l"), (108, "l"), (150, "l"), (200, "r"), (250, "r"), (300, "r"), (346, "r"),
            (392, "r"), (446, "r"), (454, "l")]
    hh = ["Ln", "Dates", "Procedure", "Mods", "Units", "Billed", "Allowed", "Cost Share", "TPL Paid",
          "Reimbursed", "EOB"]

    def top():
        doc.rect(36, 30, 540, 46)
        doc.font(FB, 12)
        doc.text(44, 46, "LAKESHORE HEALTH ASSURANCE PROGRAM")
        doc.font(F, 8)
        doc.text(44, 58, "Medicaid Remittance and Status Report  -  Professional Claims")
        doc.text(44, 69, "Payee: Juniper Row Rehabilitation Services   Payee ID 0088120450   NPI 1316602281")
        doc.text(568, 46, "Report Date 02/05/2026", "r")
        doc.text(568, 58, "Payment No. EFT 71100938", "r")
        doc.text(568, 69, f"Page {doc.pages} of {TOT['n']}", "r")
        return 96

    def heads(y):
        doc.rect(36, y - 10, 540, 14, fill=0.82, stroke=True)
        doc.font(FB, 7.5)
        for (x, al), h in zip(cols, hh):
            doc.text(x, y, h, al)
        return y + 14

    y = top()
    lines, ctrs = [], []
    for pat, bid, acct, tcn, stt, svcs in claims:
        if y + 70 > 740:
            doc.new_page()
            y = top()
        doc.rect(36, y - 10, 540, 26, fill=0.95)
        doc.font(F, 7.8)
        doc.text(40, y, f"Beneficiary: {pat}")
        doc.text(220, y, f"Beneficiary ID: {bid}")
        doc.text(380, y, f"Patient Acct #: {acct}")
        doc.text(40, y + 11, f"TCN: {tcn}")
        doc.text(220, y + 11, f"Claim Status: {stt}")
        doc.text(380, y + 11, "Rendering NPI: 1740028811")
        y = heads(y + 30)
        top_y = y - 24
        doc.font(F, 7.5)
        for i, s in enumerate(svcs, 1):
            if y > 736:
                doc.vline(36, top_y, y - 8)
                doc.vline(576, top_y, y - 8)
                doc.hline(36, 576, y - 8)
                doc.font(F, 7)
                doc.text(576, y + 2, "Claim continues on next page", "r")
                doc.new_page()
                y = top()
                doc.font(FB, 7.8)
                doc.text(40, y, f"Beneficiary: {pat}   TCN: {tcn}   (continued)")
                y = heads(y + 16)
                top_y = y - 24
                doc.font(F, 7.5)
            t = tpl.get(id(s), ZERO)
            codes = eob[id(s)]
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                    m(s.allowed), m(ZERO), m(t), m(s.paid), " ".join(codes)]
            for (x, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            doc.hline(36, 576, y + 3, 0.2)
            lines.append(truth_line(doc.pages, s, claim_id=acct, payer_claim_id=tcn, patient=pat,
                                    printed=("billed", "allowed", "paid"), remarks=codes, description=False))
            y += 12
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.font(FB, 7.5)
        doc.text(108, y, "Claim Totals")
        for x, v in zip((250, 300, 446), tv):
            doc.text(x, y, m(v), "r")
        doc.vline(36, top_y, y + 4)
        doc.vline(576, top_y, y + 4)
        doc.hline(36, 576, y + 4)
        ctrs.append({"claim_id": acct, "payer_claim_id": tcn, "patient": pat,
                     "totals": claim_totals(tv[0], tv[1], tv[2], None)})
        y += 26
    legend = [("0001", "Line paid as billed under the program fee schedule."),
              ("0130", "Reimbursement limited to the program's maximum fee."),
              ("0417", "Other insurance payment subtracted from the program payment."),
              ("0740", "Earlier payment taken back; see the adjusted claim for the new payment."),
              ("0962", "Beneficiary was not eligible on the date of service.")]
    if y + 70 > 750:
        doc.new_page()
        y = top()
    doc.font(FB, 8)
    doc.text(36, y, "EOB Code Glossary")
    doc.font(F, 7.5)
    for i, (c, t) in enumerate(legend):
        doc.text(36, y + 11 + i * 10, f"{c}   {t}")
    pages = doc.save()
    return name, "reportlab", pages, "state Medicaid remittance and status report, boxed", lines, ctrs, legend


# ============================================================================ 7 clearinghouse SPR (fpdf2)
@layout
def spr_clearinghouse(out: Path):
    name = "h212_spr_clearinghouse"
    doc = Doc("fpdf2", out / f"{name}.pdf")
    F = "LibMono"
    st1, st2, st3 = PlanState(ded_left=q("40.00")), PlanState(), PlanState()
    claims = [
        ("RADCLIFFE, OONA", "7TR4PW2KM18", "0044718", "0226013114550", st1, [
            Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)),
            Svc(D(1, 8), "97530", 2, ("GO",)), Svc(D(1, 8), "97535", 1, ("GO", "CO")),
        ]),
        ("SOLBERG, AUGUSTIN", "2HN8QX4RT63", "0044731", "0226013114562", st2, [
            Svc(D(1, 7), "97110", 2, ("GP", "KX")), Svc(D(1, 7), "97140", 1, ("GP", "59", "KX")),
            Svc(D(1, 9), "97110", 2, ("GP", "KX")), Svc(D(1, 9), "97112", 1, ("GP", "KX")),
            Svc(D(1, 14), "97110", 2, ("GP", "CQ", "KX")), Svc(D(1, 14), "97116", 1, ("GP", "CQ", "KX")),
            Svc(D(1, 16), "97110", 3, ("GP", "KX")), Svc(D(1, 16), "G0283", 1, ("GP",)),
        ]),
        ("TREMBLAY, IRIS K", "9FD2MC7LP05", "0044760", "0226013114598", st3, [
            Svc(D(1, 12), "92523", 1, ("GN",)), Svc(D(1, 12), "92507", 1, ("GN",)),
            Svc(D(1, 12), "97129", 1, ("GN",), denied="CO"),
        ]),
        ("UMBERS, FENWICK", "4KP7RD1WX92", "0044783", "0226013114611", PlanState(ded_left=q("283.00")),
         visits([D(1, 13), D(1, 15), D(1, 20), D(1, 22)], ("97530", 2, ("GO",)), ("97110", 1, ("GO",)))),
        ("VASQUEZ-LORD, ELSPETH", "6CM3HT8QN27", "0044790", "0226013114627", PlanState(),
         [Svc(D(1, 14), "97163", 1, ("GP",))]
         + visits([D(1, 14), D(1, 16), D(1, 21), D(1, 23)], ("97110", 2, ("GP",)), ("97116", 1, ("GP",)))),
    ]
    for *_, st, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=True, deny_reason="96")
    rem = {"97535": ["N598"], "97129": ["M15"]}

    def top():
        doc.font(F, 8)
        doc.text(30, 30, "CLAIMBRIDGE EXCHANGE - REMITTANCE DETAIL (PAPER FORMAT)")
        doc.text(582, 30, f"PAGE {doc.pages} OF {TOT['n']}", "r")
        doc.text(30, 40, "PAYER: NORTHERN PLAINS MEDICARE ADMINISTRATIVE SERVICES - PART B   PAYER ID 04711")
        doc.text(30, 50, "PAYEE: WILLOWBANK THERAPY GROUP PC   NPI 1558204417   TAX ID XX-XXX8812")
        doc.text(30, 60, "EFT TRACE 883301774   PAID DATE 02/03/2026   FILE 835_20260203_0447.txt")
        doc.hline(30, 582, 65, 0.6)
        return 80

    cols = [(30, "l"), (46, "l"), (90, "l"), (134, "l"), (168, "l"), (226, "r"), (276, "r"), (322, "r"),
            (366, "r"), (404, "r"), (414, "l"), (498, "r"), (548, "r")]
    hh = ["LN", "SVC FROM", "SVC THRU", "PROC", "MODS", "QTY", "CHARGE", "ALLOWED", "DEDUCT", "COINS", "ADJ",
          "ADJ AMT", "NET PAID"]

    def heads(y):
        doc.font(F, 6.6)
        for (x, al), h in zip(cols, hh):
            doc.text(x, y, h, al)
        doc.text(30, y + 6, "-" * 139)
        return y + 16

    y = top()
    lines, ctrs = [], []
    for pat, mbi, ctrl, clm, _, svcs in claims:
        if y + 60 > 740:
            doc.new_page()
            y = top()
        doc.font(F, 7)
        doc.text(30, y, f"PATIENT: {pat:<20} MBI: {mbi}   PAT CTRL #: {ctrl}   PAYER CLM #: {clm}")
        doc.text(30, y + 9, "STATUS: 1 PROCESSED AS PRIMARY   ASSIGNED: Y   RENDERING NPI: 1962203318   MOA: MA01")
        y = heads(y + 21)
        for i, s in enumerate(svcs, 1):
            rows = len(s.adjs) + len(rem.get(s.code, []))
            if y + 9 * rows > 745:
                doc.font(F, 6.6)
                doc.text(30, y, f"CLAIM {clm} CONTINUED ON NEXT PAGE")
                doc.new_page()
                y = top()
                doc.font(F, 7)
                doc.text(30, y, f"PATIENT: {pat:<20} PAYER CLM #: {clm}   (CONT'D)")
                y = heads(y + 12)
            doc.font(F, 6.6)
            g, c, a = s.adjs[0]
            vals = [f"{i}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods),
                    units_str(s.units), m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance), f"{g}-{c}",
                    m(a), m(s.paid)]
            for (x, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            for g, c, a in s.adjs[1:]:
                y += 8.5
                doc.text(414, y, f"{g}-{c}")
                doc.text(498, y, m(a), "r")
            for r in rem.get(s.code, []):
                y += 8.5
                doc.text(414, y, f"RMK {r}")
            lines.append(truth_line(doc.pages, s, claim_id=ctrl, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=rem.get(s.code, []), description=False))
            y += 11
        tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        doc.font(F, 6.6)
        doc.text(134, y, "CLAIM TOTAL")
        for x, v in zip((276, 322, 366, 404, 548), tv[:5]):
            doc.text(x, y, m(v), "r")
        doc.text(134, y + 9, f"PT RESP {m(tv[5])}")
        ctrs.append({"claim_id": ctrl, "payer_claim_id": clm, "patient": pat,
                     "totals": claim_totals(tv[0], tv[1], tv[4], tv[5])})
        y += 26
    legend = [("N598", "Therapy assistant services paid at the reduced rate."),
              ("M15", "Paid as part of another service billed for the same day.")]
    doc.font(F, 7)
    doc.text(30, y, "GLOSSARY: GROUP, REASON AND REMARK CODES")
    for i, t in enumerate(["CO  CONTRACTUAL OBLIGATION (PROVIDER WRITE-OFF)   PR  PATIENT RESPONSIBILITY",
                           "45  ABOVE FEE SCHEDULE   1  DEDUCTIBLE   2  COINSURANCE   253  SEQUESTRATION",
                           "96  NON-COVERED CHARGE"] + [f"{c}  {t.upper()}" for c, t in legend]):
        doc.text(30, y + 10 + i * 9, t)
    pages = doc.save()
    return name, "fpdf2", pages, "Medicare Part B remittance reprinted by a clearinghouse", lines, ctrs, legend


# ============================================================================ 8 PM ERA posting (rl)
@layout
def spr_pm_posting(out: Path):
    name = "h212_spr_pm_posting"
    doc = Doc("reportlab", out / f"{name}.pdf", landscape=True)
    F, FB = "LibNarrow", "LibNarrowB"
    sts = [PlanState(ded_left=q("60.00")), PlanState(), PlanState(), PlanState()]
    prior = [Svc(D(12, 15).replace(year=2025), "97110", 3, ("GP",)),
             Svc(D(12, 15).replace(year=2025), "97140", 2, ("GP",))]
    for s in prior:
        medicare(s, PlanState())
    rev = [negate(s) for s in prior]
    fix = [Svc(D(12, 15).replace(year=2025), "97110", 3, ("GP",)),
           Svc(D(12, 15).replace(year=2025), "97140", 1, ("GP", "59"))]
    for s in fix:
        medicare(s, PlanState())
    claims = [
        ("Odum, Pilar", "000871", "52260110093", "1 - Processed as Primary", [
            Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 5), "97110", 2, ("GP",)),
            Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97112", 2, ("GP",)),
        ], sts[0]),
        ("Quennell, Arvid", "000904", "52260110118", "1 - Processed as Primary", [
            Svc(D(1, 6), "97530", 3, ("GO",)), Svc(D(1, 6), "97535", 1, ("GO",)),
            Svc(D(1, 13), "97530", 2, ("GO", "CO")), Svc(D(1, 13), "97168", 1, ("GO",)),
        ], sts[1]),
        ("Quennell, Arvid", "000622", "52259330041", "22 - Reversal of Previous Payment", rev, None),
        ("Quennell, Arvid", "000622", "52260110127", "1 - Processed as Primary (corrected)", fix, sts[3]),
        ("Ruiz-Halloran, Bettina", "000917", "52260110140", "1 - Processed as Primary", [
            Svc(D(1, 9), "99213", 1, ()), Svc(D(1, 9), "G0283", 1, ()),
            Svc(D(1, 9), "97760", 1, ("GO",)), Svc(D(1, 9), "L3807", 1, ("RT",)),
        ], sts[2]),
        ("Sandoval, Ptolemy", "000933", "52260110166", "1 - Processed as Primary",
         visits([D(1, 12), D(1, 14), D(1, 16), D(1, 19), D(1, 21), D(1, 23)], ("97110", 2, ("GP",)),
                ("97140", 1, ("GP", "59"))), PlanState(ded_left=q("120.00"))),
        ("Thibodeaux, Wynn", "000941", "52260110171", "1 - Processed as Primary",
         [Svc(D(1, 15), "92523", 1, ("GN",))] + visits([D(1, 22), D(1, 29)], ("92507", 1, ("GN",)),
                                                       ("92526", 1, ("GN",))), PlanState()),
    ]
    for _, _, _, _, svcs, st in claims:
        if st is None or svcs is fix:
            continue
        for s in svcs:
            medicare(s, st)
    cols = [(40, "l"), (100, "l"), (140, "l"), (180, "r"), (232, "r"), (282, "r"), (326, "r"), (370, "r"),
            (382, "l"), (640, "r"), (690, "r"), (700, "l")]
    hh = ["DOS", "CPT", "Mod", "Units", "Charged", "Allowed", "Deduct", "Coins", "Adj Codes", "Paid", "Pt Resp",
          "Rmk"]

    def mp(d):
        return money(d, ",", "()")

    def top():
        doc.font(FB, 13)
        doc.text(40, 40, "Tallgrass PracticeSuite")
        doc.font(F, 8.5)
        doc.text(40, 52, "ERA Payment Detail  -  Hearthstone Physical & Occupational Therapy, 77 Granary Row, "
                         "Millbrook KS 66810")
        doc.text(752, 40, f"Printed 02/06/2026 08:14   Page {doc.pages} of {TOT['n']}", "r")
        doc.text(752, 52, "Payer: Heartland Medicare Part B Contractor   Check/EFT # 0091447120",
                 "r")
        doc.hline(40, 752, 58, 1)
        return 76

    def heads(y):
        doc.rect(40, y - 9, 712, 13, fill=0.8, stroke=False)
        doc.font(FB, 8)
        for (x, al), h in zip(cols, hh):
            doc.text(x + (2 if al == "l" else 0), y, h, al)
        return y + 14

    y = top()
    y = heads(y)
    lines, ctrs = [], []
    for pat, acct, icn, stt, svcs, _ in claims:
        if y + 50 > 570:
            doc.new_page()
            y = heads(top())
        doc.rect(40, y - 9, 712, 12, fill=0.93, stroke=False)
        doc.font(FB, 8)
        doc.text(42, y, f"{pat}")
        doc.font(F, 8)
        doc.text(190, y, f"Acct # {acct}    Payer ICN {icn}    Status {stt}    MBI on file")
        y += 13
        for s in svcs:
            doc.font(F, 8)
            adj = "  ".join(f"{g}{c} {mp(a)}" for g, c, a in s.adjs)
            rmk = "N640" if s.code == "97140" and any(s is x for x in fix) else ""
            vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), units_str(s.units), mp(s.billed),
                    mp(s.allowed), mp(s.deductible), mp(s.coinsurance), adj, mp(s.paid), mp(s.owes), rmk]
            for (x, al), v in zip(cols, vals):
                doc.text(x + (2 if al == "l" else 0), y, v, al)
            doc.hline(40, 752, y + 3, 0.2)
            lines.append(truth_line(doc.pages, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid",
                                             "patient_owes"), adjustments=s.adjs, remarks=[rmk] if rmk else [],
                                    description=False))
            y += 12
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.font(FB, 8)
        doc.text(100, y, "Claim total")
        for x, v in zip((232, 282, 640, 690), tv):
            doc.text(x, y, mp(v), "r")
        ctrs.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat, "totals": claim_totals(*tv)})
        y += 20
    legend = [("N640", "Units reduced to match the documented treatment time.")]
    doc.font(F, 8)
    doc.text(40, y, "Rmk N640: " + legend[0][1] + "   Amounts in parentheses are taken back from this payment.")
    pages = doc.save()
    return name, "reportlab", pages, "practice-management ERA payment detail for a Medicare payment", lines, ctrs, legend


# ============================================================================ 9 clinic family statement (fpdf2)
@layout
def stmt_kids_clinic(out: Path):
    name = "h212_stmt_kids_clinic"
    doc = Doc("fpdf2", out / f"{name}.pdf")
    st = PlanState(ded_left=q("0.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    fam = {
        "Finn Abernathy": [
            ("48813", "PCH26011900318", [Svc(D(1, 5), "92523", 1, ("GN",)), Svc(D(1, 5), "92507", 1, ("GN",))]),
            ("48870", "PCH26012600544", [Svc(D(1, 12), "92507", 1, ("GN",)), Svc(D(1, 19), "92507", 1, ("GN",)),
                                         Svc(D(1, 26), "92507", 1, ("GN",))]),
        ],
        "Hazel Abernathy": [
            ("48822", "PCH26012000371", [Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",))]),
            ("48901", "PCH26012700602", [Svc(D(1, 13), "97530", 2, ("GO",)), Svc(D(1, 13), "97535", 1, ("GO",)),
                                         Svc(D(1, 20), "97530", 2, ("GO",)), Svc(D(1, 20), "97112", 1, ("GO", "59")),
                                         Svc(D(1, 27), "97530", 2, ("GO",)),
                                         Svc(D(1, 27), "97129", 1, ("GO",), denied="PR")]),
        ],
        "Milo Abernathy": [
            ("48935", "PCH26013000688", [Svc(D(1, 21), "97166", 1, ("GO",)), Svc(D(1, 21), "97760", 1, ("GO",))]
             + visits([D(1, 23), D(1, 26), D(1, 28), D(1, 30)], ("97530", 2, ("GO",)), ("97110", 1, ("GO",)),
                      ("97535", 1, ("GO",)))),
        ],
        "Ingrid Abernathy": [
            ("48962", "PCH26020200731", [Svc(D(1, 22), "97167", 1, ("GO",)), Svc(D(1, 22), "L3807", 1, ("RT",))]
             + visits([D(1, 27), D(1, 29), D(2, 3), D(2, 5)], ("97140", 1, ("GO",)), ("97110", 2, ("GO",)),
                      ("97760", 1, ("GO",)))),
        ],
    }
    ptpaid = {}
    for kid, invs in fam.items():
        for inv, _, svcs in invs:
            for s in svcs:
                commercial(s, st, deny_reason="204")
    first = fam["Hazel Abernathy"][0][2][0]
    ptpaid[id(first)] = q("10.00")
    due = sum((s.owes for invs in fam.values() for _, _, svcs in invs for s in svcs), ZERO) - q("10.00")
    cols = [(36, "l"), (84, "l"), (118, "l"), (150, "l"), (318, "r"), (362, "r"), (410, "r"), (458, "r"),
            (512, "r"), (576, "r")]
    hh = ["Date", "Code", "Mod", "Description", "Qty", "Charges", "Ins Paid", "Adjust", "Pt Paid", "Balance"]

    def top():
        doc.font("Helvetica-Bold", 14)
        doc.text(36, 44, "Kestrel Kids Therapy Collective")
        doc.font("Helvetica", 8)
        doc.text(36, 55, "Pediatric OT - PT - Speech   |   412 Linden Mill Rd, Suite B, Fairhollow, WI 53590   |   "
                         "(608) 555-0126")
        doc.font("Helvetica-Bold", 10)
        doc.text(576, 44, "STATEMENT", "r")
        doc.font("Helvetica", 8)
        doc.text(576, 55, f"Account 20-1187   Page {doc.pages} of {TOT['n']}", "r")
        doc.hline(36, 576, 61, 0.8)
        return 76

    def heads(y):
        doc.font("Helvetica-Bold", 7.5)
        for (x, al), h in zip(cols, hh):
            doc.text(x, y, h, al)
        doc.hline(36, 576, y + 3, 0.5)
        return y + 13

    y = top()
    doc.font("Helvetica", 8.5)
    for i, t in enumerate(["Responsible party:", "Ingrid Abernathy", "58 Quarry Hill Court", "Fairhollow WI 53591"]):
        doc.text(36, y + i * 11, t)
    doc.rect(330, y - 10, 246, 54)
    doc.text(338, y, "Statement date: 02/10/2026")
    doc.text(338, y + 11, "Account number: 20-1187")
    doc.font("Helvetica-Bold", 9)
    doc.text(338, y + 24, "Please pay this amount:")
    doc.text(568, y + 24, money(due), "r")
    doc.font("Helvetica", 8)
    doc.text(338, y + 36, "Due upon receipt")
    y += 62
    doc.font("Helvetica", 7)
    doc.text(36, y, "- - - - - - - - - - Detach and return the top portion with your payment. Make checks "
                    "payable to Kestrel Kids Therapy Collective. - - - - - - - - - -")
    y += 18
    y = heads(y)
    lines, ctrs = [], []
    grand = ZERO
    for kid, invs in fam.items():
        if y + 40 > 730:
            doc.new_page()
            y = heads(top())
        doc.font("Helvetica-Bold", 8.5)
        doc.text(36, y, f"Patient: {kid}")
        y += 12
        for inv, pclm, svcs in invs:
            if y + 30 > 730:
                doc.new_page()
                y = heads(top())
            doc.font("Helvetica-Oblique", 7.5)
            doc.text(48, y, f"Invoice {inv}   Billed to Prairie Crest Health 01/31/2026   Claim # {pclm}")
            y += 11
            for s in svcs:
                if y > 735:
                    doc.new_page()
                    y = heads(top())
                    doc.font("Helvetica-Oblique", 7.5)
                    doc.text(48, y, f"{kid} - Invoice {inv} (continued)")
                    y += 11
                pp = ptpaid.get(id(s), ZERO)
                bal = s.owes - pp
                adj = s.billed - s.paid - s.owes
                doc.font("Helvetica", 7.5)
                vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), short(s.desc, 34), units_str(s.units),
                        m(s.billed), m(s.paid), m(adj), m(pp), m(bal)]
                for (x, al), v in zip(cols, vals):
                    doc.text(x, y, v, al)
                ln = truth_line(doc.pages, s, claim_id=inv, payer_claim_id=pclm, patient=kid,
                                printed=("billed", "paid"), overrides={"patient_owes": str(q(bal))},
                                description=False)
                lines.append(ln)
                y += 11
            tb = total(svcs, "billed")
            tp = total(svcs, "paid")
            tbal = sum((Decimal(x["patient_owes"]) for x in lines if x["claim_id"] == inv), ZERO)
            grand += tbal
            doc.font("Helvetica-Bold", 7.5)
            doc.text(150, y, f"Invoice {inv} totals")
            doc.text(362, y, m(tb), "r")
            doc.text(410, y, m(tp), "r")
            doc.text(576, y, m(tbal), "r")
            ctrs.append({"claim_id": inv, "payer_claim_id": pclm, "patient": kid,
                         "totals": claim_totals(tb, None, tp, tbal)})
            y += 16
    doc.font("Helvetica-Bold", 9)
    doc.text(576, y + 4, f"Amount Due: {money(grand)}", "r")
    doc.font("Helvetica", 7.5)
    doc.rect(36, y + 14, 540, 26)
    for i, (a, b) in enumerate([("Current", money(grand)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                                ("Over 90", "$0.00")]):
        doc.text(44 + i * 135, y + 25, a)
        doc.text(44 + i * 135, y + 35, b)
    assert grand == due
    pages = doc.save()
    return name, "fpdf2", pages, "pediatric therapy clinic family statement, three children", lines, ctrs, []


# ============================================================================ 10 hospital statement (rl)
@layout
def stmt_hospital(out: Path):
    name = "h212_stmt_hospital"
    doc = Doc("reportlab", out / f"{name}.pdf")
    F, FB = "LibSerif", "LibSerifB"
    cdm = {"97530": ("0434", "OT THERAPEUTIC ACTIVITY EA 15M"), "97535": ("0434", "OT SELF CARE TRAINING EA 15M"),
           "97167": ("0434", "OT EVAL HIGH COMPLEX"), "97110": ("0424", "PT THER EXERCISE EA 15M"),
           "97116": ("0424", "PT GAIT TRAINING EA 15M"), "97161": ("0424", "PT EVAL LOW COMPLEX"),
           "97112": ("0424", "PT NEUROMUSC REED EA 15M"), "97760": ("0434", "OT ORTHOTIC MGMT EA 15M"),
           "L3807": ("0274", "WHFO PREFAB CUSTOM FIT"), "92507": ("0444", "SPEECH TX INDIVIDUAL"),
           "92523": ("0444", "SPEECH SOUND LANG EVAL")}
    FEE_H = {"97530": "118.00", "97535": "104.00", "97167": "390.00", "97110": "101.00", "97116": "99.00",
             "97161": "310.00", "97112": "108.00", "97760": "142.00", "L3807": "515.00", "92507": "205.00",
             "92523": "365.00"}

    def hs(d, code, u, mods=()):
        s = Svc(d, code, u, mods)
        s.billed = q(Decimal(FEE_H[code]) * s.units)
        s.desc = cdm[code][1]
        return s

    wrong = hs(D(1, 14), "97530", 1, ("GO",))
    credit = negate(wrong)
    accts = [
        ("7300418852", "Imogen Talbot", "Harborline Health Plan", "HHP-2026-0044917", [
            hs(D(1, 12), "97167", 1, ("GO",)), hs(D(1, 12), "97530", 2, ("GO",)),
            hs(D(1, 14), "97530", 3, ("GO",)), hs(D(1, 14), "97535", 1, ("GO",)), wrong, credit,
            hs(D(1, 14), "97530", 2, ("GO",)), hs(D(1, 19), "97530", 3, ("GO",)),
            hs(D(1, 19), "97760", 1, ("GO",)), hs(D(1, 19), "L3807", 1, ("LT",)),
            hs(D(1, 21), "97530", 3, ("GO",)), hs(D(1, 21), "97535", 2, ("GO",)),
            hs(D(1, 26), "97530", 3, ("GO",)), hs(D(1, 26), "97760", 1, ("GO",)),
            hs(D(1, 28), "97530", 2, ("GO",)), hs(D(1, 28), "97535", 1, ("GO",)),
        ], q("0.58")),
        ("7300421177", "Rafferty Talbot", "Harborline Health Plan", "HHP-2026-0051230", [
            hs(D(1, 20), "97161", 1, ("GP",)), hs(D(1, 20), "97110", 2, ("GP",)),
            hs(D(1, 22), "97110", 2, ("GP",)), hs(D(1, 22), "97116", 1, ("GP",)),
            hs(D(1, 27), "97112", 2, ("GP",)), hs(D(1, 29), "97110", 3, ("GP",)),
            hs(D(1, 29), "97116", 1, ("GP",)),
        ], q("0.61")),
        ("7300421390", "Posy Talbot", "Harborline Health Plan", "HHP-2026-0052206", [
            hs(D(1, 9), "92523", 1, ("GN",)),
            hs(D(1, 16), "92507", 1, ("GN",)), hs(D(1, 23), "92507", 1, ("GN",)),
            hs(D(1, 30), "92507", 1, ("GN",)),
        ], q("0.64")),
    ]
    cols = [(40, "l"), (100, "l"), (132, "l"), (200, "l"), (450, "r"), (572, "r")]
    hh = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Amount"]

    def top():
        doc.font(FB, 14)
        doc.text(40, 46, "St. Odran Regional Medical Center")
        doc.font(F, 8.5)
        doc.text(40, 58, "Patient Financial Services  -  900 Chapel Ridge Road, Wexley, NH 03899  -  (603) 555-0150")
        doc.font(FB, 10)
        doc.text(572, 46, "Summary Statement", "r")
        doc.font(F, 8.5)
        doc.text(572, 58, f"Guarantor: Delphine Talbot   Page {doc.pages} of {TOT['n']}", "r")
        doc.hline(40, 572, 64, 1)
        return 82

    def heads(y):
        doc.font(FB, 8.5)
        for (x, al), h in zip(cols, hh):
            doc.text(x, y, h, al)
        doc.hline(40, 572, y + 3, 0.6)
        return y + 14

    y = top()
    doc.font(F, 9)
    doc.text(40, y, "Delphine Talbot, 31 Saltbox Lane, Wexley NH 03899")
    doc.text(572, y, "Statement Date: February 12, 2026", "r")
    y += 22
    lines, ctrs = [], []
    for acct, pat, ins, clm, svcs, rate in accts:
        doc.rect(40, y - 11, 532, 28, fill=0.92, stroke=False)
        doc.font(FB, 9)
        doc.text(44, y, f"Account No. {acct}    Patient: {pat}")
        doc.font(F, 8.5)
        doc.text(44, y + 11, f"Outpatient Rehabilitation   Service dates {dfmt(svcs[0].dos, 'mdy4')} - "
                             f"{dfmt(svcs[-1].dos, 'mdy4')}   Primary insurance: {ins}")
        y = heads(y + 30)
        for s in svcs:
            if y > 728:
                doc.font(F, 8)
                doc.text(572, y, "Continued on next page", "r")
                doc.new_page()
                y = top()
                doc.font(FB, 9)
                doc.text(44, y, f"Account No. {acct}    Patient: {pat}  (continued)")
                y = heads(y + 16)
            doc.font(F, 8.5)
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy4"), cdm[s.code][0], code, s.desc, units_str(abs(s.units)),
                    money(s.billed, ",", "()")]
            for (x, al), v in zip(cols, vals):
                doc.text(x, y, v, al)
            ln = truth_line(doc.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=("billed",))
            ln["units"] = units_str(abs(s.units))
            lines.append(ln)
            y += 12
        tb = total(svcs, "billed")
        pay = q(tb * rate)
        contr = q(tb * Decimal("0.30"))
        ptpay = q("40.00")
        bal = tb - pay - contr - ptpay
        doc.hline(300, 572, y - 8, 0.4)
        doc.font(F, 8.5)
        for lab, v in (("Total Charges", tb), (f"Insurance Payment - {ins} claim {clm}", -pay),
                       ("Insurance Contractual Adjustment", -contr), ("Patient Payment - thank you", -ptpay)):
            doc.text(200, y, lab)
            doc.text(572, y, money(v, ",", "()"), "r")
            y += 12
        doc.font(FB, 9)
        doc.text(200, y, "Account Balance")
        doc.text(572, y, money(bal), "r")
        ctrs.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                     "totals": claim_totals(tb, None, pay, bal)})
        y += 28
    doc.font(F, 8)
    doc.text(40, y, "Questions about this statement? Call Patient Financial Services Monday-Friday, 8 a.m. to 5 p.m.")
    doc.text(40, y + 11, "Financial assistance is available; ask for an application.")
    pages = doc.save()
    return name, "reportlab", pages, "hospital outpatient rehabilitation family summary statement", lines, ctrs, []


# ============================================================================ driver
def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout212_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    for fn in LAYOUTS:
        TOT["n"] = "?"
        first = fn(out)[2]
        TOT["n"] = str(first)
        name, producer, pages, desc, lines, claims, legend = fn(out)
        assert pages == first
        write_truth(out / f"{name}.pdf", name, producer, pages, desc, lines, claims, legend, [])
        print(f"{name}: {producer}, {pages} pages, {len(lines)} lines, {len(claims)} claims")
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if a.check:
        for pdf in sorted(out.glob("h212_*.pdf")):
            e = check_file(pdf, pdf.stem in COMPLETE_ADJ)
            errs += e
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "ok")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
