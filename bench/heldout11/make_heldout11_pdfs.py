"""Write the ELEVENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds nobody developing it has seen. This set is PROVIDER-facing:
remittances, vouchers and reports that a therapy practice, billing company or facility receives or prints.
(bench/heldout/ .. heldout9/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout11/make_heldout11_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout11/make_heldout11_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed
values only, null for what a layout does not print; claim_id = the provider's own account / invoice / patient-
control number, payer_claim_id = the payer's claim number / ICN / bill ICN / document control no. / payment
reference, patient exactly as printed (the person who got the service, not the sponsor, employee or insured).
Where a layout prints From and Thru per line, service_end is that Thru date. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Fonts: Liberation / DejaVu TrueType when installed, else PDF core fonts.
Drawing helpers and the text-layer reading for --check live in bench/heldout11/h11kit.py.

Layouts (provider-facing kinds not in the dev samples nor in the earlier held-out sets):
  w1  TRICARE-style summary payment voucher to a network pediatric therapy group, landscape core Helvetica: bold
      claim heading row (PATIENT ACCT, PATIENT, SPONSOR SSN masked, CLAIM NO, status), SERVICES FROM / TO as
      01/05/26, PROC and MOD apart, NO. SVCS, explanation CODE + REMARK columns, DEDUCTIBLE / COST-SHARE / OHI PAID,
      a no-authorization denial at 0.00, a reversed prior claim with leading-minus amounts and its replacement,
      "PATIENT OWES PROVIDER" under each claim, header repeated on page 2 (reportlab)
  w2  workers' compensation STATE-FUND provider remittance advice, core Courier fixed-width print: worker heading
      row (name "LAST, FIRST", injury claim no., injury date, bill ICN, provider account, received date), LN,
      FROM/THRU as 010626, PROC / MOD / UNITS, BILLED / ALLOWED / PAID, 3-digit EOB codes, two denied lines, a units
      cut, an adjustment bill whose credit line uses trailing minus ("285.00-"), header repeated (fpdf2)
  w3  clearinghouse printed ERA "Remittance Detail Report", portrait DejaVu Sans: shaded claim box (patient control
      no., payer claim control no., status "1 - Processed as Primary" / "4 - Denied" / "22 - Reversal", claim
      totals); each service a three-text-line LABELLED block (Date of Service, Procedure "HC:97530:GO:59", Units
      Paid, Line Charge, Allowed (B6), Line Paid, "Adjustments: CO-45 68.40  PR-2 62.32", Remarks), a reversal
      with negatives and its correction, a claim continued on page 2, provider-level adjustment (reportlab)
  w4  billing company's monthly CLIENT remittance summary to a hand-therapy practice, landscape Liberation Sans:
      payer/deposit band rows, one row per service with patient and account on every row and the payer claim #
      only on a visit's first row, Mod "GO,59", Units, Charge / Allowed / Ins Paid / Adjustment (uncoded write-off)
      / Pt Resp, adjustment codes without amounts ("CO45 PR2"), commercial, Medicaid and trust payers, denied
      lines (CO97, PR204), L3807 and 99213, deposit totals, fee summary, header repeated (fpdf2)
  w5  county early-intervention (infant & toddler) program VENDOR PAYMENT LISTING, portrait Liberation Serif,
      ruled rows under a shaded two-row header: child heading rows with IFSP authorization and payment reference,
      invoice no. on every row, Proc / Mod / discipline wording / Units / Unit Rate / Amount Billed / Insurance
      Offset / Amount Approved (no per-line paid), T1017 without modifier, a units cut and an out-of-authorization
      denial with reason codes, child totals and "net paid" lines (reportlab)
  w6  tribal-health Purchased/Referred Care notice of payment to a vendor, portrait DejaVu Serif: one BOXED block
      per purchase order (PO no., document control no., vendor invoice/acct, patient, chart, alternate resource),
      Billed / Alt. resource / Allowable / PRC paid, adjustments "CO-45 128.88" with a second one stacked on the
      next text line ("OA-23 60.67"), a no-authorization CO-197 line, patient liability $0.00 (fpdf2)
  w7  Medicare Part A institutional remittance to an outpatient rehabilitation facility (TOB 741), landscape
      Liberation Sans Narrow: claim heading (NAME, MBI, PAT CNTL #, ICN, FROM/THRU MMDDYY, STATUS), REV code,
      HCPCS, MODS "GO KX", SERV DATE 010526, UNITS, BILLED / ALLOWED / DEDUCT / COINS, GRP-RC + ADJ AMT with
      further adjustments stacked on sub-rows (CO-45, PR-1, PR-2, CO-253), a CO-50 denial, claim totals and
      patient responsibility, header repeated on page 2 (reportlab)
  w8  Medicare supplement (Medigap) plan PROVIDER payment summary for crossover claims, portrait core Helvetica:
      shaded claim heading (patient, member ID, plan claim no., your patient account, Medicare ICN), two-row labels
      per claim, Medicare Approved / Medicare Paid printed for reference beside Part B Deductible / Medicare
      Coinsurance / Plan Paid / Patient Balance, a Medicare-denied line, message codes; PLANTED claim-total
      mismatch (a claim's Plan Paid total is 10.00 too high) (fpdf2)
  w9  reference-based-pricing self-funded trust "Provider Payment Explanation", portrait core Times with a shaded
      left SIDEBAR beside the tables: claim heading (claim #, patient, provider ref., employee), two-row labels,
      each service on TWO text lines (amounts row, then italic wording), "97535 GO 59", Medicare rate beside Plan
      allowance / Member share / Plan payment, a bundled zero line, a patient named "Zoë" (reportlab)
  w10 hospital contract-management PAYER VARIANCE report (provider-side analytics), landscape DejaVu Sans
      Condensed: shaded account heading rows (account, patient, payer ICN, service span, posted date), DOS / CPT /
      Mod "GP,59" / Units "2.00" / Charges / Expected / Allowed / Paid / Pt Resp / Variance "(13.33)" / Var % /
      adjustment codes without amounts / reason text, a denied line, account totals, one patient on two
      accounts (fpdf2)

Truth decisions worth knowing: w2's payer_claim_id is the BILL ICN (the injury claim number is printed too but
identifies the injury, not this bill); w5 prints no payer claim number per se, its "Payment Ref" per child
invoice is taken as payer_claim_id, and its description is the discipline wording printed on the row; w8's
allowed is the Medicare-approved amount, paid is the plan's own payment, patient_owes the Patient Balance
(Medicare Paid is not a truth field); w10's "Expected" (contract) amount is not a truth field; w4's uncoded
"Adjustment" column is the truth discount and its codes are adjustments without amounts.

The self-check (--check) tests the factory, not the reader: it reads each written PDF's text layer with pdfplumber
and finds every truth code, modifier, units value, amount, adjustment code and amount, remark and service date
inside the vertical BAND of its own service row (or block, with stacked sub-rows), ids and patients in the
document; the page count matches; and the documents' own arithmetic holds (billed - adjustments = paid where the
layout prints every adjustment with its amount; allowed - deductible - coinsurance - copay = paid, allowed - other
payer = paid, billed - write-off - patient share = paid as each layout prints them; claim totals = sum of lines, or
for a printed patient total the sum of the printed deductible / copay / coinsurance, unless the mismatch is a
planted expected finding, and the planted one really is one).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    SCHED,
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
from h11kit import (  # noqa: E402
    Band,
    Fonts,
    FontSpec,
    Page,
    band_words,
    date_forms,
    joined,
    page_words,
    render_fpdf,
    render_reportlab,
    token_amount,
)

# Codes the shared fee tables lack (invented charges and rates; our own short wording).
for _c, _fee, _sched, _desc in (
    ("97533", "98.00", "35.10", "Sensory integration techniques, each 15 min"),
    ("97162", "230.00", "101.12", "PT evaluation, moderate complexity"),
    ("T1017", "60.00", "22.50", "Service coordination, each 15 minutes"),
    ("97113", "90.00", "38.40", "Aquatic therapy with exercise"),
    ("97542", "85.00", "31.90", "Wheelchair management training"),
    ("97018", "40.00", "4.10", "Paraffin bath"),
    ("97035", "45.00", "11.70", "Ultrasound therapy"),
    ("99214", "210.00", "127.80", "Office visit, established, moderate"),
    ("E0730", "165.00", "38.90", "TENS unit, four lead"),
    ("A4556", "24.00", "12.06", "Electrodes, per pair"),
    ("97750", "120.00", "35.90", "Physical performance test"),
    ("97012", "60.00", "14.20", "Mechanical traction"),
    ("G0151", "150.00", "62.40", "Home-setting PT visit, each 15 min"),
):
    FEE.setdefault(_c, _fee)
    SCHED.setdefault(_c, _sched)
    DESC.setdefault(_c, _desc)

D = date


def j(d: int) -> date:
    return date(2026, 1, d)


# =============================================================================================== frame

@dataclass
class ClaimRec:
    claim_id: str | None
    payer_claim_id: str | None
    patient: str | None
    totals: dict | None = None
    idx: list[int] = field(default_factory=list)
    label: str = ""  # which printed total is deliberately wrong (planted finding), if any


class Out:
    """One document being drawn: its pages, truth lines with their bands, claims, legend."""

    def __init__(self, name: str, producer: str, fonts: Fonts, w: float, h: float):
        self.name, self.producer, self.fonts, self.w, self.h = name, producer, fonts, w, h
        self.pages: list[Page] = []
        self.lines: list[dict] = []
        self.bands: list[Band] = []
        self.rels: list[list[str]] = []
        self.claims: list[ClaimRec] = []
        self.legend: list[tuple[str, str]] = []
        self.findings: list[str] = []
        self.description = ""

    def new_page(self) -> Page:
        p = Page(self.w, self.h)
        self.pages.append(p)
        return p

    @property
    def pno(self) -> int:
        return len(self.pages)

    def claim(self, claim_id, payer_claim_id, patient) -> ClaimRec:
        c = ClaimRec(claim_id, payer_claim_id, patient)
        self.claims.append(c)
        return c

    def add(self, c: ClaimRec, s: Svc, band: Band, printed: tuple[str, ...], rels: list[str] | None = None,
            **kw) -> None:
        row = truth_line(band.page, s, claim_id=c.claim_id, payer_claim_id=c.payer_claim_id, patient=c.patient,
                         printed=printed, **kw)
        c.idx.append(len(self.lines))
        self.lines.append(row)
        self.bands.append(band)
        self.rels.append(rels or [])

    def finish(self, out_dir: Path) -> Path:
        path = out_dir / f"{self.name}.pdf"
        (render_reportlab if self.producer == "reportlab" else render_fpdf)(self.pages, path, self.fonts,
                                                                            self.name)
        claims = [{"claim_id": c.claim_id, "payer_claim_id": c.payer_claim_id, "patient": c.patient,
                   "totals": c.totals or claim_totals()} for c in self.claims]
        write_truth(path, self.name, self.producer, len(self.pages), self.description, self.lines, claims,
                    self.legend, self.findings)
        return path


class Flow:
    """Vertical flow over pages: ``need(h)`` starts a new page (drawing its running header) when full."""

    def __init__(self, out: Out, bottom: float, header):
        self.out, self.bottom, self.header = out, bottom, header
        self.page = out.new_page()
        self.y = header(self.page, True)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.page = self.out.new_page()
            self.y = self.header(self.page, False)
            return True
        return False


def cells(p: Page, y: float, cols: list[tuple[float, str]], vals: list[str | None], font: str, size: float) -> None:
    """cols: (x, align) with x the left edge for L, right edge for R, centre for C."""
    for (x, al), v in zip(cols, vals, strict=True):
        if v:
            p.text(x, y, v, font, size, al)


def m(d: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(d, style, neg)


def fmt_units(u: Decimal, places: int = 0) -> str:
    return f"{u:.{places}f}" if places else units_str(u)


STD = "allowed - deductible - coinsurance - copay == paid"


# ======================================================================== w1 TRICARE provider voucher

def w1_tricare_voucher(out_dir: Path) -> Out:
    f = Fonts([FontSpec("Helvetica"), FontSpec("Helvetica-Bold")])
    o = Out("w1_tricare_provider_voucher", "reportlab", f, 792, 612)
    R, B = "Helvetica", "Helvetica-Bold"
    cols = [(30, "L"), (76, "L"), (124, "L"), (160, "L"), (222, "R"), (292, "R"), (362, "R"), (378, "L"),
            (412, "L"), (500, "R"), (575, "R"), (660, "R"), (760, "R")]

    def header(p: Page, first: bool) -> float:
        p.text(30, 40, "HARBOR POINT FEDERAL HEALTH SERVICES", B, 12)
        p.text(30, 52, "TRICARE East Region Claims Processing", R, 8)
        p.text(30, 62, "PO Box 7720, Auburn Ridge, SC 29061-7720   Provider line 1-866-555-0147", R, 8)
        p.text(762, 40, "TRICARE SUMMARY PAYMENT VOUCHER", B, 12, "R")
        p.text(762, 52, "Voucher date: 02/09/26     Provider TIN: XX-XXX4417", R, 8, "R")
        p.text(762, 62, "EFT trace no. 0009318842     Payment amount: see last page", R, 8, "R")
        y = 78
        if first:
            for i, t in enumerate(("TIDEWATER PEDIATRIC THERAPY GROUP PC", "410 BRINKLEY CT STE 3",
                                   "PORT ELLIS VA 23512-4410")):
                p.text(30, y + i * 10, t, R, 8.5)
            p.text(420, y, "Claims below were processed under TRICARE Select for care by a network provider.", R, 7.5)
            p.text(420, y + 10, "Codes in the CODE and REMARK columns are explained on the last page.", R, 7.5)
            y += 36
        p.rect(28, y - 2, 736, 24, fill=0.88, stroke=False)
        top = ["SERVICES", "SERVICES", "PROC", "", "NO.", "AMOUNT", "AMOUNT", "", "", "", "COST-", "", "AMOUNT"]
        bot = ["FROM", "TO", "CODE", "MOD", "SVCS", "BILLED", "ALLOWED", "CODE", "REMARK", "DEDUCTIBLE", "SHARE",
               "OHI PAID", "PAID"]
        cells(p, y + 8, cols, top, B, 7)
        cells(p, y + 18, cols, bot, B, 7)
        return y + 34

    fl = Flow(o, 560, header)
    fam = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    other = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    wren = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("TPT-20417", "6026-0190-44172", "MIRANDA OKONKWO", "XXX-XX-8841", fam, [
            Svc(j(5), "97165", 1, ("GO",)), Svc(j(5), "97530", 3, ("GO",))]),
        ("TPT-20488", "6026-0190-44173", "MIRANDA OKONKWO", "XXX-XX-8841", fam, [
            Svc(j(12), "97530", 4, ("GO",)), Svc(j(12), "97535", 2, ("GO",)),
            Svc(j(19), "97530", 4, ("GO",)), Svc(j(19), "97533", 2, ("GO",), denied="CO")]),
        ("TPT-20511", "6026-0191-00815", "ELIAS OKONKWO", "XXX-XX-8841", fam, [
            Svc(j(7), "92523", 1, ("GN",)), Svc(j(14), "92507", 1, ("GN",)), Svc(j(21), "92507", 1, ("GN",))]),
        ("TPT-20530", "6026-0192-31907", "BEATRIZ SALGADO-FERRIS", "XXX-XX-3306", other, [
            Svc(j(8), "97161", 1, ("GP",)), Svc(j(8), "97110", 2, ("GP",)), Svc(j(8), "97140", 1, ("GP", "59")),
            Svc(j(15), "97110", 3, ("GP",)), Svc(j(15), "97112", 2, ("GP",))]),
        ("TPT-19804", "6025-0358-77120", "BEATRIZ SALGADO-FERRIS", "XXX-XX-3306", "REV", [
            Svc(D(2025, 12, 29), "97110", 3, ("GP",))]),
        ("TPT-20533", "6026-0192-31990", "BEATRIZ SALGADO-FERRIS", "XXX-XX-3306", other, [
            Svc(D(2025, 12, 29), "97110", 2, ("GP",))]),
        ("TPT-20560", "6026-0194-12055", "TOBIAS WREN", "XXX-XX-5127", wren, [
            Svc(j(9), "97162", 1, ("GP",)), Svc(j(9), "97140", 2, ("GP",)), Svc(j(9), "G0283", 1, ("GP",)),
            Svc(j(16), "97110", 2, ("GP", "KX")), Svc(j(16), "97530", 2, ("GP", "KX")),
            Svc(j(23), "97110", 2, ("GP", "KX")), Svc(j(23), "97112", 1, ("GP", "KX"))]),
    ]
    for acct, icn, pat, ssn, st, svcs in claims:
        if st == "REV":
            orig = medicare(svcs[0], PlanState(coins_rate=Decimal("0.20")), sequestration=False)
            svcs = [negate(orig)]
        else:
            svcs = [medicare(s, st, sequestration=False) for s in svcs]
        c = o.claim(acct, icn, pat)
        fl.need(12 * (len(svcs) + 4))
        p = fl.page
        status = "ADJUSTMENT - PRIOR PAYMENT REVERSED" if st == "REV" else "PROCESSED"
        p.text(30, fl.y, f"PATIENT ACCT: {acct}", B, 7.5)
        p.text(150, fl.y, f"PATIENT: {pat}", B, 7.5)
        p.text(330, fl.y, f"SPONSOR SSN: {ssn}", R, 7.5)
        p.text(460, fl.y, f"CLAIM NO: {icn}", B, 7.5)
        p.text(760, fl.y, status, R, 7.5, "R")
        fl.y += 12
        for s in svcs:
            if s.denied:
                code, rem = "N3", ""
            elif s.billed < 0:
                code, rem = "R9", ""
            else:
                code, rem = "A1", ("M12" if s.deductible else "")
            vals = [dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), fmt_units(abs(s.units)),
                    m(s.billed), m(s.allowed), code, rem, m(s.deductible), m(s.coinsurance), "0.00", m(s.paid)]
            cells(p, fl.y, cols, vals, R, 7.5)
            o.add(c, s, Band(o.pno, fl.y, fl.y, 7.5), ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  [STD], remarks=[code] + ([rem] if rem else []), description=False, service_end=s.dos)
            fl.y += 12
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        td, tc, tow = total(svcs, "deductible"), total(svcs, "coinsurance"), total(svcs, "owes")
        p.line(124, fl.y - 8, 762, fl.y - 8, 0.4)
        cells(p, fl.y, [(124, "L"), (292, "R"), (362, "R"), (500, "R"), (575, "R"), (660, "R"), (760, "R")],
              ["CLAIM TOTALS", m(tb), m(ta), m(td), m(tc), "0.00", m(tp)], B, 7.5)
        fl.y += 11
        p.text(124, fl.y, f"PATIENT OWES PROVIDER (DEDUCTIBLE + COST-SHARE): {m(tow, '$')}", R, 7.5)
        fl.y += 16
        c.totals = claim_totals(tb, ta, tp, tow)
    fl.need(120)
    p = fl.page
    allpaid = sum((Decimal(ln["paid"]) for ln in o.lines), ZERO)
    p.line(28, fl.y, 764, fl.y, 0.8)
    fl.y += 14
    p.text(30, fl.y, f"TOTAL PAID THIS VOUCHER: {m(allpaid, '$')}     CLAIMS: {len(o.claims)}", B, 8.5)
    fl.y += 18
    o.legend = [("A1", "Paid at the TRICARE maximum allowable charge for a network provider."),
                ("N3", "No referral or authorization on file for this service; the provider may not bill the patient."),
                ("R9", "Earlier payment taken back; see the replacement claim for the same date."),
                ("M12", "Part or all of the allowed amount went to the beneficiary's yearly deductible.")]
    p.text(30, fl.y, "EXPLANATION OF CODES", B, 8.5)
    for k, v in o.legend:
        fl.y += 11
        p.text(30, fl.y, k, B, 7.5)
        p.text(60, fl.y, v, R, 7.5)
    n = len(o.pages)
    for i, pg in enumerate(o.pages, 1):
        pg.text(762, 590, f"PAGE {i} OF {n}", R, 7.5, "R")
        pg.text(30, 590, "Keep this voucher for your records. Questions: use the provider line above.", R, 7)
    o.description = ("TRICARE-style summary payment voucher to a network therapy group, landscape Helvetica: "
                     "claim heading rows (patient account, patient, sponsor SSN, claim no.), From/To, PROC and MOD "
                     "apart, NO. SVCS, explanation CODE/REMARK columns, OHI column, a denied line, a reversed prior "
                     "claim and its replacement, header repeated on later pages.")
    return o



def page_numbers(o: Out, x: float, y: float, fmt: str, font: str, size: float, align: str = "R") -> None:
    n = len(o.pages)
    for i, pg in enumerate(o.pages, 1):
        pg.text(x, y, fmt.format(i=i, n=n), font, size, align)


# ======================================================== w2 workers' comp state-fund remittance advice

def w2_wc_state_fund(out_dir: Path) -> Out:
    f = Fonts([FontSpec("Courier"), FontSpec("Courier-Bold")])
    o = Out("w2_wc_state_fund_remittance", "fpdf2", f, 612, 792)
    C, CB, SZ, X = "Courier", "Courier-Bold", 7.6, 34

    def header(p: Page, first: bool) -> float:
        p.text(X, 40, "CASCADIA STATE INDUSTRIAL INSURANCE FUND", CB, 9)
        p.text(578, 40, "PROVIDER REMITTANCE ADVICE", CB, 9, "R")
        p.text(X, 51, "MEDICAL BILL PAYMENT UNIT  PO BOX 40218  LANDRY WA 98504-0218", C, SZ)
        p.text(578, 51, "RA NUMBER 2026-0206-118", C, SZ, "R")
        p.text(X, 61, "PROVIDER: NORTHSHORE WORK REHAB & HAND CLINIC       PROVIDER NO: 7740213", C, SZ)
        p.text(578, 61, "RA DATE 02/06/2026", C, SZ, "R")
        y = 72
        if first:
            p.text(X, y, "PAYMENT: EFT E0447712 TO ACCOUNT ENDING 3391.  BILLS ARE PAID AT THE FUND FEE SCHEDULE;", C, SZ)
            p.text(X, y + 10, "THE INJURED WORKER MAY NOT BE BILLED FOR ANY DIFFERENCE.", C, SZ)
            y += 22
        p.text(X, y, "-" * 119, C, SZ)
        p.text(X, y + 10, f"{'WORKER NAME':<24}{'CLAIM NO':<11}{'INJ DATE':<10}{'BILL ICN':<17}{'PROV ACCT':<13}RECEIVED", CB, SZ)
        p.text(X, y + 20, f" LN  {'FROM':<8} {'THRU':<8} {'PROC':<6}{'MOD':<6}{'UNITS':>5}  {'BILLED':>10} {'ALLOWED':>10} {'PAID':>10}  EOB CODES", CB, SZ)
        p.text(X, y + 30, "-" * 119, C, SZ)
        return y + 42

    fl = Flow(o, 745, header)
    bills = [
        ("HALVORSEN, TRYGVE", "W4418823", "11/14/25", "2602514000123", "NWR-51877", "01/20/26", None,
         [(6, "97161", 1, ("GP",)), (6, "97110", 2, ("GP",)), (8, "97110", 3, ("GP",)), (8, "97140", 1, ("GP",)),
          (13, "97110", 3, ("GP",)), (13, "97530", 2, ("GP",))]),
        ("HALVORSEN, TRYGVE", "W4418823", "11/14/25", "2602514000188", "NWR-52011", "01/27/26", None,
         [(15, "97110", 3, ("GP",)), (15, "97012", 1, ("GP",)), (20, "97110", 3, ("GP",)),
          (20, "97750", 4, ("GP",))]),
        ("MBEKI-LARSEN, JOSEPHINE", "W4390157", "09/02/25", "2602514000207", "NWR-51902", "01/21/26", None,
         [(5, "97168", 1, ("GO",)), (5, "97530", 3, ("GO",)), (7, "97530", 3, ("GO",)), (7, "97760", 2, ("GO",)),
          (9, "L3807", 1, ("RT",)), (12, "97018", 1, ("GO",)), (12, "97140", 2, ("GO",))]),
        ("MBEKI-LARSEN, JOSEPHINE", "W4390157", "09/02/25", "2602514000190", "NWR-50644", "01/26/26",
         "2512203000412",
         [(29, "97530", 3, ("GO",))]),
        ("ORTIZ CALDERON, RAMIRO", "W4427760", "12/01/25", "2602514000251", "NWR-52100", "01/28/26", None,
         [(14, "97162", 1, ("GP",)), (14, "97112", 2, ("GP",)), (16, "97112", 2, ("GP",)), (16, "97035", 1, ("GP",)),
          (21, "97110", 2, ("GP",)), (21, "97535", 2, ("GP",)), (23, "97110", 2, ("GP",)),
          (23, "99214", 1, ())]),
        ("PHAM, KIMBERLY A", "W4431905", "12/19/25", "2602514000266", "NWR-52131", "01/29/26", None,
         [(19, "97165", 1, ("GO",)), (19, "97535", 2, ("GO",)), (22, "97535", 2, ("GO",)),
          (22, "97542", 1, ("GO",)), (26, "97530", 2, ("GO",)), (26, "E0730", 1, ("NU",))]),
        ("SANTORO, GIANCARLO", "W4435012", "01/03/26", "2602514000301", "NWR-52188", "01/30/26", None,
         [(12, "97161", 1, ("GP",)), (12, "97140", 2, ("GP",)), (14, "97110", 3, ("GP",)), (14, "97140", 2, ("GP",)),
          (19, "97110", 3, ("GP",)), (19, "97112", 1, ("GP", "59")), (21, "97110", 3, ("GP",))]),
    ]
    legend = {"041": "PAID AT THE FUND FEE SCHEDULE RATE.",
              "118": "UNITS BEYOND THE DAILY LIMIT FOR THIS SERVICE ARE NOT PAYABLE.",
              "417": "SERVICE IS NOT RELATED TO THE ACCEPTED CONDITION ON THIS CLAIM.",
              "502": "DEVICE REQUIRES PRIOR AUTHORIZATION FROM THE CLAIM MANAGER.",
              "610": "EARLIER PAYMENT FOR THIS BILL TAKEN BACK; THE BILL WAS REPROCESSED."}
    allpaid = ZERO
    for worker, wclaim, doi, icn, acct, recd, replaces, spec in bills:
        svcs = []
        for day, code, units, mods in spec:
            d = j(day) if day < 32 else None
            s = Svc(d if not (replaces and day == 29) else D(2025, 12, 29), code, units, mods)
            svcs.append(s)
        rows = []
        if replaces:
            old = svcs[0]
            old.allowed = q(Decimal(SCHED[old.code]) * old.units * Decimal("1.25"))
            old.paid = old.allowed
            rev = negate(old)
            new = Svc(old.dos, old.code, 4, old.mods)
            new.allowed = q(Decimal(SCHED[new.code]) * new.units * Decimal("1.25"))
            new.paid = new.allowed
            rows = [(rev, ["610"]), (new, ["041"])]
        else:
            for s in svcs:
                if s.code == "99214":
                    s.allowed, s.paid, eob = ZERO, ZERO, ["417"]
                elif s.code == "E0730":
                    s.allowed, s.paid, eob = ZERO, ZERO, ["502"]
                elif s.code == "97750" and s.units > 2:
                    s.allowed = q(Decimal(SCHED[s.code]) * 2 * Decimal("1.25"))
                    s.paid, eob = s.allowed, ["041", "118"]
                else:
                    s.allowed = min(s.billed, q(Decimal(SCHED[s.code]) * s.units * Decimal("1.25")))
                    s.paid, eob = s.allowed, ["041"]
                rows.append((s, eob))
        c = o.claim(acct, icn, worker)
        fl.need(11.5 * (len(rows) + 3))
        p = fl.page
        p.text(X, fl.y, f"{worker:<24}{wclaim:<11}{doi:<10}{icn:<17}{acct:<13}{recd}", CB, SZ)
        fl.y += 10
        if replaces:
            p.text(X, fl.y, f"     ADJUSTMENT - REPLACES BILL ICN {replaces} (CREDIT LINE FOLLOWED BY REPROCESSED LINE)", C, SZ)
            fl.y += 10
        for n, (s, eob) in enumerate(rows, 1):
            dd = dfmt(s.dos, "mdy6")
            t = (f" {n:02d}  {dd:<8} {dd:<8} {s.code:<6}{' '.join(s.mods):<6}{fmt_units(s.units):>5}  "
                 f"{m(s.billed, '', 'trail'):>10} {m(s.allowed, '', 'trail'):>10} {m(s.paid, '', 'trail'):>10}  "
                 f"{' '.join(eob)}")
            p.text(X, fl.y, t, C, SZ)
            o.add(c, s, Band(o.pno, fl.y, fl.y, SZ), ("billed", "allowed", "paid"), ["allowed == paid"],
                  remarks=eob, description=False, service_end=s.dos)
            fl.y += 11.5
        tb, ta, tp = (sum((r[0].billed for r in rows), ZERO), sum((r[0].allowed for r in rows), ZERO),
                      sum((r[0].paid for r in rows), ZERO))
        allpaid += tp
        p.text(X, fl.y, f"{'':5}{'BILL TOTAL':<35}{m(tb, '', 'trail'):>10} {m(ta, '', 'trail'):>10} "
                        f"{m(tp, '', 'trail'):>10}", CB, SZ)
        c.totals = claim_totals(tb, ta, tp)
        fl.y += 20
    fl.need(20 + 10 * len(legend))
    p = fl.page
    p.text(X, fl.y, f"RA TOTAL: BILLS {len(o.claims)}   AMOUNT PAID {m(allpaid, ',')}", CB, SZ)
    fl.y += 16
    p.text(X, fl.y, "EOB CODE  DESCRIPTION", CB, SZ)
    for k, v in legend.items():
        fl.y += 10
        p.text(X, fl.y, f"{k:<10}{v}", C, SZ)
    o.legend = list(legend.items())
    page_numbers(o, 578, 770, "PAGE {i} OF {n}", C, SZ)
    o.description = ("Workers' compensation state-fund provider remittance advice, core Courier fixed-width print: "
                     "worker heading row (name, injury claim no., injury date, bill ICN, provider account), MMDDYY "
                     "from/thru, PROC and MOD apart, units, BILLED / ALLOWED / PAID, EOB code column, denied lines "
                     "at 0.00, a units cut, an adjustment bill with a trailing-minus credit line, header repeated.")
    return o


# ================================================== w3 clearinghouse ERA detail report, labelled blocks

def w3_era_blocks(out_dir: Path) -> Out:
    f = Fonts([FontSpec("DVS", "DejaVuSans.ttf"), FontSpec("DVSB", "DejaVuSans-Bold.ttf", "Helvetica-Bold")])
    o = Out("w3_clearinghouse_era_detail", "reportlab", f, 612, 792)
    R, B = "DVS", "DVSB"

    def header(p: Page, first: bool) -> float:
        p.text(36, 38, "ClaimBridge Exchange", B, 13)
        p.text(36, 50, "Remittance Detail Report  -  835 Health Care Claim Payment/Advice", R, 8)
        p.text(576, 38, "Run 02/10/2026 06:14", R, 7.5, "R")
        p.line(36, 56, 576, 56, 1.0)
        y = 70
        if first:
            kv = [("Payer", "PLAINS MUTUAL HEALTH PLAN"), ("Payer ID", "PMH41"),
                  ("Payee", "BLUESTEM THERAPY COLLECTIVE"), ("Payee NPI", "1730049921"),
                  ("Payment Method", "ACH  CCP"), ("Trace Number", "1EFT00729915"),
                  ("Payment Date", "02/09/2026"), ("Production Date", "02/06/2026")]
            for i, (k, v) in enumerate(kv):
                x = 36 if i % 2 == 0 else 310
                yy = y + (i // 2) * 11
                p.text(x, yy, k + ":", B, 7.5)
                p.text(x + 82, yy, v, R, 7.5)
            y += 50
        return y

    fl = Flow(o, 750, header)
    ded = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"))
    cop = PlanState(copay_codes={"97530": Decimal("25.00"), "92507": Decimal("25.00")})
    plain = PlanState(coins_rate=Decimal("0.10"))
    claims = [
        ("BTC-60218", "2602806455120", "VOSS, ANNIKA", "VOSS, GERHARD", "1", "Processed as Primary", ded, [
            Svc(j(5), "97166", 1, ("GO",)), Svc(j(5), "97530", 2, ("GO",)), Svc(j(12), "97530", 3, ("GO", "59")),
            Svc(j(12), "97533", 1, ("GO",))]),
        ("BTC-60244", "2602806455121", "ADEYEMI, CORNELIUS", "ADEYEMI, CORNELIUS", "1", "Processed as Primary",
         plain, [Svc(j(6), "97110", 3, ("GP",)), Svc(j(6), "97140", 1, ("GP",)), Svc(j(6), "G0283", 1, ("GP",))]),
        ("BTC-60251", "2602806455122", "QUINTERO, LUZ MARINA", "QUINTERO, DAVID", "4", "Denied", None, [
            Svc(j(7), "97129", 2, ("GN",), denied="CO"), Svc(j(7), "92507", 1, ("GN",), denied="CO")]),
        ("BTC-59930", "2601906411877", "HOLLOWAY, PRISCILLA", "HOLLOWAY, PRISCILLA", "22",
         "Reversal of Previous Payment", "REV", [Svc(D(2025, 12, 22), "97112", 2, ("GP",)),
                                                 Svc(D(2025, 12, 22), "97110", 2, ("GP",))]),
        ("BTC-59930", "2602806455130", "HOLLOWAY, PRISCILLA", "HOLLOWAY, PRISCILLA", "1", "Processed as Primary",
         "FIX", [Svc(D(2025, 12, 22), "97112", 2, ("GP",)), Svc(D(2025, 12, 22), "97110", 2, ("GP", "59"))]),
        ("BTC-60290", "2602806455133", "VOSS, ELLIOT", "VOSS, GERHARD", "1", "Processed as Primary", cop, [
            Svc(j(13), "92507", 1, ("GN",)), Svc(j(20), "92507", 1, ("GN",)), Svc(j(20), "97530", 2, ("GO",))]),
    ]
    legend = [("N130", "Benefit limits apply; see the member's plan booklet."),
              ("M15", "Paid as part of another service on the same day."),
              ("N20", "Not paid separately when billed with the other service."),
              ("MA67", "Correction of an earlier payment.")]
    for pcn, icn, pat, ins, stc, stx, st, svcs in claims:
        if st == "REV":
            svcs = [negate(commercial(s, PlanState(coins_rate=Decimal("0.10")))) for s in svcs]
        elif st == "FIX":
            svcs = [commercial(s, PlanState(coins_rate=Decimal("0.10"))) for s in svcs]
        elif st is None:
            svcs = [commercial(s, PlanState(), deny_reason="50") for s in svcs]
        else:
            svcs = [commercial(s, st) for s in svcs]
        c = o.claim(pcn, icn, pat)
        fl.need(70 + 36)
        p = fl.page
        p.rect(36, fl.y - 9, 540, 48, fill=0.93, stroke=True, lw=0.4)
        p.text(42, fl.y, "CLAIM", B, 8)
        p.text(80, fl.y, f"Patient Control No.: {pcn}", R, 7.5)
        p.text(260, fl.y, f"Payer Claim Control No.: {icn}", R, 7.5)
        p.text(42, fl.y + 11, f"Patient Name: {pat}", R, 7.5)
        p.text(260, fl.y + 11, f"Insured: {ins}", R, 7.5)
        p.text(42, fl.y + 22, f"Claim Status: {stc} - {stx}", R, 7.5)
        p.text(260, fl.y + 22, f"Statement Period: {dfmt(min(s.dos for s in svcs), 'mdy4')} - "
                               f"{dfmt(max(s.dos for s in svcs), 'mdy4')}", R, 7.5)
        tb, tp, tow = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        p.text(42, fl.y + 33, f"Total Charge: {m(tb)}     Claim Payment: {m(tp)}     Patient Responsibility: "
                              f"{m(tow)}", B, 7.5)
        c.totals = claim_totals(tb, None, tp, tow)
        fl.y += 54
        for n, s in enumerate(svcs, 1):
            if fl.need(40):
                p = fl.page
                p.text(42, fl.y, f"CLAIM {pcn} (continued)", B, 7.5)
                fl.y += 13
            p = fl.page
            y0 = fl.y
            proc = "HC:" + ":".join((s.code, *s.mods))
            p.text(48, fl.y, f"Service Line {n}", B, 7.5)
            p.text(130, fl.y, f"Date of Service: {dfmt(s.dos, 'mdy4')}", R, 7.5)
            p.text(290, fl.y, f"Procedure: {proc}", R, 7.5)
            p.text(450, fl.y, f"Units Paid: {fmt_units(abs(s.units))}", R, 7.5)
            fl.y += 10
            p.text(130, fl.y, f"Line Charge: {m(s.billed)}", R, 7.5)
            p.text(290, fl.y, f"Allowed (B6): {m(s.allowed)}", R, 7.5)
            p.text(450, fl.y, f"Line Paid: {m(s.paid)}", R, 7.5)
            fl.y += 10
            adj = "  ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs if a)
            rems = []
            if s.denied:
                rems = ["N130"]
            elif s.code == "G0283":
                rems = ["M15"]
            elif stc == "22":
                rems = ["MA67"]
            p.text(130, fl.y, f"Adjustments: {adj}", R, 7.5)
            if rems:
                p.text(450, fl.y, "Remarks: " + " ".join(rems), R, 7.5)
            o.add(c, s, Band(o.pno, y0, fl.y, 7.5), ("billed", "allowed", "paid"),
                  adjustments=[(g, r, a) for g, r, a in s.adjs if a], remarks=rems, description=False)
            fl.y += 15
        fl.y += 6
    fl.need(30 + 11 * len(legend))
    p = fl.page
    p.text(36, fl.y, "PROVIDER LEVEL ADJUSTMENTS", B, 8)
    fl.y += 11
    p.text(42, fl.y, "Reason L6 (interest)   Reference BTC-INT-0126   Amount -3.12", R, 7.5)
    fl.y += 16
    p.text(36, fl.y, "REMARK CODES ON THIS REPORT", B, 8)
    for k, v in legend:
        fl.y += 11
        p.text(42, fl.y, k, B, 7.5)
        p.text(90, fl.y, v, R, 7.5)
    o.legend = legend
    page_numbers(o, 576, 772, "Page {i} of {n}", R, 7)
    o.description = ("Clearinghouse printed ERA detail report, portrait DejaVu Sans: shaded claim box with patient "
                     "control no., payer claim control no., status code and claim totals; each service line a "
                     "three-text-line labelled block (Date of Service, Procedure HC:97530:GO, Units Paid, Line "
                     "Charge, Allowed, Line Paid, Adjustments 'CO-45 68.40  PR-2 62.32', Remarks); denied claim, "
                     "reversal (status 22) with negative amounts and its correction, provider-level adjustment.")
    return o



# ================================================ w4 billing company monthly client remittance summary

def w4_billing_company(out_dir: Path) -> Out:
    f = Fonts([FontSpec("LS", "LiberationSans-Regular.ttf"), FontSpec("LSB", "LiberationSans-Bold.ttf",
                                                                        "Helvetica-Bold")])
    o = Out("w4_billing_service_client_summary", "fpdf2", f, 792, 612)
    R, B, SZ = "LS", "LSB", 7
    cols = [(30, "L"), (132, "L"), (190, "L"), (262, "L"), (305, "L"), (340, "L"), (392, "R"), (440, "R"),
            (490, "R"), (540, "R"), (600, "R"), (652, "R"), (664, "L")]
    heads = ["Patient", "Acct #", "Payer Claim #", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Ins Paid",
             "Adjustment", "Pt Resp", "Codes"]

    def header(p: Page, first: bool) -> float:
        p.text(30, 36, "KEYSTONE REVENUE PARTNERS", B, 12)
        p.text(30, 47, "Medical billing & collections  |  1180 Furnace St, Suite 400, Millbrook PA 17402", R, 7.5)
        p.text(762, 36, "Client Remittance Summary", B, 11, "R")
        p.text(762, 47, "Period: January 1 - January 31, 2026", R, 7.5, "R")
        p.text(30, 60, "Client: Brightwater Hand & Upper Extremity Therapy (client no. KRP-0318)", B, 8)
        p.line(30, 65, 762, 65, 0.8)
        y = 78
        if first:
            p.text(30, y, "Payments below were posted to your practice-management system during the period. Each row is "
                          "one billed service; Adjustment is the contractual write-off posted with the payment.", R, 7)
            y += 14
        cells(p, y, cols, heads, B, SZ)
        p.line(30, y + 3, 762, y + 3, 0.4)
        return y + 14

    fl = Flow(o, 560, header)
    deposits = [
        ("PRAIRIE MUTUAL HEALTH", "EFT 71188203", "01/09/2026", [
            ("Delacroix, Renata", "BW-40711", "PM26010444012", PlanState(ded_left=Decimal("40.00")), [
                Svc(D(2025, 12, 15), "97165", 1, ("GO",)), Svc(D(2025, 12, 15), "97760", 2, ("GO",)),
                Svc(D(2025, 12, 15), "L3807", 1, ("RT",))]),
            ("Delacroix, Renata", "BW-40760", "PM26010444013", PlanState(), [
                Svc(D(2025, 12, 22), "97530", 2, ("GO",)), Svc(D(2025, 12, 22), "97140", 1, ("GO", "59"))]),
            ("Firestone, Ambrose", "BW-40775", "PM26010444020", PlanState(visit_copay=Decimal("30.00")), [
                Svc(D(2025, 12, 23), "97168", 1, ("GO",)), Svc(D(2025, 12, 23), "97110", 2, ("GO",)),
                Svc(D(2025, 12, 23), "97018", 1, ("GO",), denied="CO")]),
        ]),
        ("KEYSTONE STATE MEDICAID", "CHK 00918844", "01/16/2026", [
            ("Nakashima, Hiro", "BW-40802", "2026013004417220", "MCD", [
                Svc(j(2), "97530", 3, ("GO",)), Svc(j(2), "97535", 1, ("GO",)), Svc(j(6), "97530", 3, ("GO",))]),
            ("Bellweather, Tamsin", "BW-40815", "2026013004417231", "MCD", [
                Svc(j(5), "97166", 1, ("GO",)), Svc(j(5), "97112", 2, ("GO",)),
                Svc(j(5), "97760", 1, ("GO",), denied="CO")]),
        ]),
        ("ALLEGHENY WORKERS BENEFIT TRUST", "EFT 5520917", "01/23/2026", [
            ("Oyelaran, Folasade", "BW-40830", "AWB-11870442", PlanState(coins_rate=Decimal("0.30")), [
                Svc(j(7), "97140", 2, ("GO",)), Svc(j(7), "97110", 2, ("GO",)), Svc(j(9), "97140", 2, ("GO",)),
                Svc(j(9), "97530", 2, ("GO",)), Svc(j(9), "99213", 1, ("25",))]),
            ("Strand, Wilhelmina", "BW-40838", "AWB-11870451", PlanState(ded_left=Decimal("500.00")), [
                Svc(j(8), "97165", 1, ("GO",)), Svc(j(8), "L3807", 1, ("LT",)), Svc(j(14), "97760", 2, ("GO",)),
                Svc(j(14), "97530", 1, ("GO",), denied="PR")]),
        ]),
        ("PRAIRIE MUTUAL HEALTH", "EFT 71190466", "01/30/2026", [
            ("Delacroix, Renata", "BW-40851", "PM26012949808", PlanState(), [
                Svc(j(12), "97530", 2, ("GO",)), Svc(j(12), "97140", 1, ("GO",)), Svc(j(19), "97530", 2, ("GO",)),
                Svc(j(19), "97110", 1, ("GO",))]),
            ("Firestone, Ambrose", "BW-40866", "PM26012949815", PlanState(visit_copay=Decimal("30.00")), [
                Svc(j(13), "97110", 2, ("GO",)), Svc(j(13), "97530", 1, ("GO",)), Svc(j(20), "97110", 2, ("GO",)),
                Svc(j(20), "G0283", 1, ("GO",))]),
        ]),
    ]
    grand = ZERO
    for payer, pay_id, dep, visits in deposits:
        fl.need(40)
        p = fl.page
        p.rect(30, fl.y - 8, 732, 11, fill=0.9, stroke=False)
        p.text(32, fl.y, f"Payer: {payer}     {pay_id}     Deposited {dep}", B, 7.5)
        fl.y += 13
        dep_paid = ZERO
        for pat, acct, icn, st, svcs in visits:
            svcs = [medicaid(s) if st == "MCD" else commercial(s, st, deny_reason="97") for s in svcs]
            for s in svcs:
                if s.denied == "CO":
                    s.discount = s.billed
                elif s.denied == "PR":
                    s.adjs = [("PR", "204", s.billed)]
            c = o.claim(acct, icn, pat)
            for n, s in enumerate(svcs):
                if fl.need(11):
                    fl.page.text(32, fl.y, f"Payer: {payer}  {pay_id} (continued)", B, 7)
                    fl.y += 11
                p = fl.page
                codes = []
                if s.discount and not s.denied:
                    codes.append("CO45")
                codes += [f"{g}{r}" for g, r, _ in s.adjs if g == "PR" or (s.denied and g == "CO")]
                if s.denied == "PR":
                    codes = [f"PR{s.adjs[0][1]}"]
                vals = [pat, acct, icn if n == 0 else "", dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods),
                        fmt_units(s.units), m(s.billed), m(s.allowed), m(s.paid), m(s.discount), m(s.owes),
                        " ".join(codes)]
                cells(p, fl.y, cols, vals, R, SZ)
                o.add(c, s, Band(o.pno, fl.y, fl.y, SZ), ("billed", "allowed", "paid", "discount", "patient_owes"),
                      ["billed - discount - patient_owes == paid"],
                      adjustments=[(cd[:2], cd[2:], None) for cd in codes], description=False)
                fl.y += 10.5
                dep_paid += s.paid
        fl.need(14)
        p = fl.page
        p.line(440, fl.y - 8, 652, fl.y - 8, 0.4)
        p.text(440, fl.y, "Deposit total", B, 7, "R")
        p.text(540, fl.y, m(dep_paid), B, 7, "R")
        fl.y += 16
        grand += dep_paid
    fl.need(60)
    p = fl.page
    fee = q(grand * Decimal("0.065"))
    p.text(30, fl.y, "PERIOD SUMMARY", B, 8.5)
    for i, (k, v) in enumerate((("Insurance collections posted", m(grand, "$")),
                                ("Billing service fee at 6.5% of collections", m(fee, "$")),
                                ("Fee will be drafted on 02/05/2026 from account ending 6620", ""))):
        p.text(40, fl.y + 12 * (i + 1), k, R, 7.5)
        p.text(330, fl.y + 12 * (i + 1), v, R, 7.5, "R")
    o.legend = [("CO45", "Contractual write-off"), ("CO97", "Bundled into another service"),
                ("PR1", "Patient deductible"), ("PR2", "Patient coinsurance"), ("PR3", "Patient copay"),
                ("PR204", "Not a covered benefit; billable to patient")]
    ly = fl.y + 52
    p.text(30, ly, "Codes: " + "   ".join(f"{k} {v}" for k, v in o.legend), R, 6.5)
    page_numbers(o, 762, 592, "Page {i} of {n}", R, 7)
    for pg in o.pages:
        pg.text(30, 592, "Prepared by Keystone Revenue Partners for client use only. Confidential.", R, 6.5)
    o.description = ("Billing company's monthly client remittance summary to a hand-therapy practice, landscape "
                     "Liberation Sans: payer/deposit band rows, one row per service with patient and account on "
                     "every row but the payer claim # only on a visit's first row, Mod 'GO,59', Charge / Allowed / "
                     "Ins Paid / Adjustment / Pt Resp, adjustment codes without amounts ('CO45 PR2'), Medicaid and "
                     "trust-fund payers, denied lines, L-codes and 99213, deposit totals, fee summary, 2+ pages.")
    return o


# =================================================== w5 county infant-toddler program vendor payment listing

def w5_county_ei(out_dir: Path) -> Out:
    f = Fonts([FontSpec("LSer", "LiberationSerif-Regular.ttf", "Times-Roman"),
               FontSpec("LSerB", "LiberationSerif-Bold.ttf", "Times-Bold")])
    o = Out("w5_county_infant_toddler_payment_listing", "reportlab", f, 612, 792)
    R, B, SZ = "LSer", "LSerB", 8
    cols = [(40, "L"), (96, "L"), (150, "L"), (190, "L"), (222, "L"), (318, "R"), (364, "R"), (416, "R"),
            (466, "R"), (514, "R"), (524, "R"), (536, "L")]

    def header(p: Page, first: bool) -> float:
        p.text(306, 42, "LARKSPUR COUNTY BOARD OF DEVELOPMENTAL SERVICES", B, 12, "C")
        p.text(306, 56, "Early Start Infant & Toddler Program  -  Vendor Payment Listing", R, 10, "C")
        p.text(306, 68, "205 Courthouse Square, Larkspur, MN 56301   (320) 555-0190", R, 8, "C")
        y = 88
        if first:
            for i, (k, v) in enumerate((("Vendor", "Little Oaks Developmental Therapy, LLC"), ("Vendor No.", "V-20931"),
                                        ("Warrant No.", "W-0441827"), ("Warrant Date", "02/11/2026"),
                                        ("Service Month", "January 2026"), ("Funding", "Part C / County Levy"))):
                x = 40 if i % 2 == 0 else 330
                p.text(x, y + (i // 2) * 12, f"{k}:", B, 8.5)
                p.text(x + 68, y + (i // 2) * 12, v, R, 8.5)
            y += 44
        p.rect(38, y - 10, 536, 26, fill=0.85, stroke=True)
        top = ["Invoice", "Service", "Proc", "", "", "", "Unit", "Amount", "Insurance", "Amount", "", ""]
        bot = ["No.", "Date", "Code", "Mod", "Service", "Units", "Rate", "Billed", "Offset", "Approved", "", "Rsn"]
        for (x, al), t, b in zip(cols, top, bot, strict=True):
            if t:
                p.text(x, y, t, B, 7.5, al)
            if b:
                p.text(x, y + 10, b, B, 7.5, al)
        return y + 30

    fl = Flow(o, 730, header)
    rate = {"97530": Decimal("21.50"), "92507": Decimal("88.00"), "97110": Decimal("21.50"),
            "T1017": Decimal("18.25"), "97533": Decimal("21.50"), "92523": Decimal("140.00"),
            "97165": Decimal("96.00"), "97112": Decimal("21.50")}
    disc = {"GO": "Occupational therapy", "GN": "Speech-language", "GP": "Physical therapy", "": "Service coord."}
    children = [
        ("Whitfield, Amara J.", "ES-118204", "A26-0412", "LO-2601-0091", "PL-26-0211-0031", [
            (6, "97530", 4, ("GO",), Decimal("0"), None), (13, "97530", 4, ("GO",), Decimal("0"), None),
            (20, "97533", 4, ("GO",), Decimal("0"), None), (27, "97530", 6, ("GO",), Decimal("0"), "R12"),
            (9, "T1017", 2, (), Decimal("0"), None)]),
        ("Begay-Thornton, Kai", "ES-118377", "A26-0455", "LO-2601-0092", "PL-26-0211-0032", [
            (7, "92523", 1, ("GN",), Decimal("52.00"), None), (14, "92507", 1, ("GN",), Decimal("40.00"), None),
            (21, "92507", 1, ("GN",), Decimal("40.00"), None), (28, "92507", 1, ("GN",), Decimal("40.00"), None)]),
        ("Lindqvist, Nora", "ES-118390", "A26-0460", "LO-2601-0093", "PL-26-0211-0033", [
            (8, "97165", 1, ("GO",), Decimal("0"), None), (15, "97110", 4, ("GP",), Decimal("0"), None),
            (22, "97112", 4, ("GP",), Decimal("0"), None), (29, "97110", 4, ("GP",), Decimal("0"), "R03"),
            (16, "T1017", 3, (), Decimal("0"), None)]),
        ("Osei, Kwabena", "ES-118415", "A26-0471", "LO-2601-0094", "PL-26-0211-0034", [
            (5, "97530", 4, ("GO",), Decimal("15.00"), None), (12, "97530", 4, ("GO",), Decimal("15.00"), None),
            (19, "97530", 4, ("GO",), Decimal("15.00"), None), (26, "97530", 4, ("GO",), Decimal("15.00"), None),
            (22, "T1017", 2, (), Decimal("0"), None)]),
    ]
    legend = [("R03", "Service date falls outside the authorization period; not approved."),
              ("R12", "Units above the number authorized for the week; approved up to the authorized units.")]
    for child, cid, auth, inv, ref, rows in children:
        c = o.claim(inv, ref, child)
        fl.need(14 * (len(rows) + 3))
        p = fl.page
        p.text(40, fl.y, f"Child: {child}", B, 8.5)
        p.text(220, fl.y, f"Child ID {cid}    IFSP Auth {auth} (01/01/2026 - 06/30/2026)    Payment Ref {ref}", R, 8)
        fl.y += 14
        lines = []
        for day, code, units, mods, offset, rsn in rows:
            s = Svc(j(day), code, units, mods)
            s.billed = q(rate[code] * s.units)
            if rsn == "R03":
                s.allowed = ZERO
                s.paid = ZERO
            elif rsn == "R12":
                s.allowed = q(rate[code] * 4)
                s.paid = s.allowed
            else:
                s.allowed = s.billed
                s.paid = s.allowed - offset
            lines.append((s, offset, rsn))
        for s, offset, rsn in lines:
            mod = s.mods[0] if s.mods else ""
            vals = [inv, dfmt(s.dos, "mdy4"), s.code, mod, disc[mod], fmt_units(s.units), m(rate[s.code]),
                    m(s.billed), m(offset), m(s.allowed), "", rsn or ""]
            cells(p, fl.y, cols, vals, R, SZ)
            p.line(38, fl.y + 4, 574, fl.y + 4, 0.2)
            o.add(c, s, Band(o.pno, fl.y, fl.y, SZ), ("billed", "allowed"), remarks=[rsn] if rsn else [],
                  overrides={"description": disc[mod]})
            fl.y += 14
        tb, ta = sum((x[0].billed for x in lines), ZERO), sum((x[0].allowed for x in lines), ZERO)
        toff, tp = sum((x[1] for x in lines), ZERO), sum((x[0].paid for x in lines), ZERO)
        p.text(222, fl.y, "Child total", B, SZ)
        for x, v in ((416, tb), (466, toff), (514, ta)):
            p.text(x, fl.y, m(v), B, SZ, "R")
        fl.y += 12
        p.text(222, fl.y, f"Net paid this child (approved less insurance offset): {m(tp, '$')}", R, SZ)
        c.totals = claim_totals(tb, ta, None)
        fl.y += 20
    fl.need(60)
    p = fl.page
    allp = sum((Decimal(ln["allowed"]) for ln in o.lines), ZERO) - sum((r[4] for ch in children for r in ch[5]), ZERO)
    p.text(40, fl.y, f"Warrant total (approved less insurance offsets): {m(allp, '$')}", B, 9)
    fl.y += 16
    p.text(40, fl.y, "Reason codes", B, 8.5)
    for k, v in legend:
        fl.y += 11
        p.text(40, fl.y, f"{k}  {v}", R, 8)
    o.legend = legend
    page_numbers(o, 306, 765, "Page {i} of {n}", R, 8, "C")
    o.description = ("County early-intervention (infant & toddler) program vendor payment listing, portrait "
                     "Liberation Serif, ruled rows under a shaded two-row header: child heading rows with IFSP "
                     "authorization and payment reference, invoice number on every row, Proc and Mod apart, "
                     "discipline, Units, Unit Rate, Amount Billed, Insurance Offset, Amount Approved (no paid column "
                     "per line), reason codes for a units cut and an out-of-authorization denial, child totals.")
    return o


# ============================================================== w6 tribal PRC (purchased/referred care) notice

def w6_prc_notice(out_dir: Path) -> Out:
    f = Fonts([FontSpec("DSer", "DejaVuSerif.ttf", "Times-Roman"),
               FontSpec("DSerB", "DejaVuSerif-Bold.ttf", "Times-Bold")])
    o = Out("w6_prc_payment_notice", "fpdf2", f, 612, 792)
    R, B, SZ = "DSer", "DSerB", 7
    cols = [(46, "L"), (100, "L"), (140, "L"), (176, "R"), (226, "R"), (282, "R"), (336, "R"), (390, "R"),
            (400, "L")]

    def header(p: Page, first: bool) -> float:
        p.rect(36, 28, 540, 50, stroke=True, lw=1.0)
        p.text(46, 44, "Three Rivers Service Unit", B, 12)
        p.text(46, 56, "Purchased/Referred Care Program  -  Notice of Payment to Vendor", R, 8.5)
        p.text(46, 68, "Fiscal agent: Red Mesa Claims Services, PO Box 1190, Window Rock Junction, AZ 86515", R, 7)
        p.text(566, 44, "Notice date 02/12/2026", R, 7.5, "R")
        p.text(566, 56, "Payment EFT 30092716", R, 7.5, "R")
        y = 96
        if first:
            p.text(46, y, "Vendor: Mesa Vista Physical & Hand Therapy   Vendor account 55-1120   NPI 1912087344", B, 8)
            p.text(46, y + 11, "PRC pays after all other coverage (alternate resources). The patient may not be billed "
                               "for any amount shown as a PRC write-off.", R, 7)
            y += 28
        return y

    fl = Flow(o, 735, header)
    heads = ["Service date", "Code", "Mod", "Qty", "Billed", "Alt. resource", "Allowable", "PRC paid",
             "Adjustments"]
    pos = [
        ("26-PRC-004417", "2026-0033817", "Redcloud, Sage T.", "Chart 004471", "MV-88012", "Medicaid", [
            (6, "97162", 1, ("GP",), Decimal("0.60")), (6, "97110", 2, ("GP",), Decimal("0.60")),
            (8, "97110", 3, ("GP",), Decimal("0.60")), (8, "97140", 1, ("GP",), Decimal("0.60"))]),
        ("26-PRC-004418", "2026-0033818", "Tsosie, Marlene", "Chart 002209", "MV-88040", "None", [
            (7, "97165", 1, ("GO",), ZERO), (7, "97760", 2, ("GO",), ZERO), (7, "L3807", 1, ("LT",), ZERO),
            (14, "97530", 2, ("GO",), ZERO)]),
        ("26-PRC-004431", "2026-0034102", "Yazzie, Daniel R.", "Chart 006518", "MV-88077", "Employer plan", [
            (12, "97161", 1, ("GP",), Decimal("0.75")), (12, "97112", 2, ("GP",), Decimal("0.75")),
            (15, "97116", 2, ("GP",), Decimal("0.75")), (15, "97110", 2, ("GP",), Decimal("0.75")),
            (20, "97750", 1, ("GP",), None)]),
        ("26-PRC-004440", "2026-0034290", "Begaye, Winona", "Chart 001187", "MV-88103", "Medicare", [
            (19, "97110", 3, ("GP", "KX"), Decimal("0.80")), (19, "97140", 1, ("GP", "KX"), Decimal("0.80")),
            (21, "G0283", 1, ("GP",), Decimal("0.80"))]),
    ]
    for po, dcn, pat, chart, acct, alt, rows in pos:
        svcs = []
        for day, code, units, mods, share in rows:
            s = Svc(j(day), code, units, mods)
            if share is None:
                s.allowed, s.paid = ZERO, ZERO
                s.adjs = [("CO", "197", s.billed)]
                s.remarks = []
                s.seq = ZERO
            else:
                s.allowed = min(s.billed, q(Decimal(SCHED[code]) * s.units))
                s.seq = q(s.allowed * share)  # what the other coverage paid (kept in seq for drawing only)
                s.paid = s.allowed - s.seq
                s.adjs = [("CO", "45", s.billed - s.allowed)] + ([("OA", "23", s.seq)] if s.seq else [])
            svcs.append(s)
        c = o.claim(acct, dcn, pat)
        nsub = sum(len([a for a in s.adjs if a[2]]) for s in svcs)
        fl.need(30 + 10 * nsub + 40)
        p = fl.page
        y0 = fl.y
        p.text(46, fl.y + 10, f"Purchase Order No. {po}", B, 8)
        p.text(230, fl.y + 10, f"Document Control No. {dcn}", R, 7.5)
        p.text(430, fl.y + 10, f"Vendor invoice/acct {acct}", R, 7.5)
        p.text(46, fl.y + 21, f"Patient: {pat}   {chart}", R, 7.5)
        p.text(430, fl.y + 21, f"Alternate resource: {alt}", R, 7.5)
        fl.y += 34
        p.line(40, fl.y - 8, 572, fl.y - 8, 0.3)
        cells(p, fl.y, cols, heads, B, 6.8)
        p.line(40, fl.y + 3, 572, fl.y + 3, 0.3)
        fl.y += 12
        for s in svcs:
            adjs = [a for a in s.adjs if a[2]]
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), fmt_units(s.units), m(s.billed), m(s.seq),
                    m(s.allowed), m(s.paid), f"{adjs[0][0]}-{adjs[0][1]}  {m(adjs[0][2])}" if adjs else ""]
            cells(p, fl.y, cols, vals, R, SZ)
            y1 = fl.y
            for g, r, a in adjs[1:]:
                y1 += 9
                p.text(400, y1, f"{g}-{r}  {m(a)}", R, SZ)
            o.add(c, s, Band(o.pno, fl.y, y1, SZ), ("billed", "allowed", "paid"),
                  [f"allowed - Decimal('{s.seq}') == paid"], adjustments=adjs, description=False)
            fl.y = y1 + 11
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        p.text(46, fl.y, "Purchase order totals", B, SZ)
        for x, v in ((226, tb), (282, total(svcs, "seq")), (336, ta), (390, tp)):
            p.text(x, fl.y, m(v), B, SZ, "R")
        fl.y += 10
        p.text(46, fl.y, "Patient liability: $0.00", R, SZ)
        c.totals = claim_totals(tb, ta, tp, ZERO)
        p.rect(36, y0, 540, fl.y + 6 - y0, stroke=True, lw=0.6)
        fl.y += 18
    o.legend = [("CO-45", "Amount above the PRC allowable (Medicare-like rate); written off by the vendor."),
                ("OA-23", "Already paid by the patient's other coverage."),
                ("CO-197", "No PRC authorization on the purchase order for this service.")]
    fl.need(50)
    p = fl.page
    p.text(46, fl.y, "Adjustment codes", B, 8)
    for k, v in o.legend:
        fl.y += 10
        p.text(46, fl.y, f"{k}   {v}", R, 7)
    page_numbers(o, 566, 765, "page {i} of {n}", R, 7)
    o.description = ("Tribal health Purchased/Referred Care notice of payment to a therapy vendor, portrait DejaVu "
                     "Serif: one boxed block per purchase order (PO no., document control no., vendor account, "
                     "patient, chart no., alternate resource), Billed / Alt. resource / Allowable / PRC paid, "
                     "second adjustment stacked under the first ('OA-23 55.90'), a no-authorization denial, "
                     "patient liability $0.00.")
    return o



# ============================================== w7 Medicare Part A outpatient rehab facility (ORF) remittance

def w7_part_a_orf(out_dir: Path) -> Out:
    f = Fonts([FontSpec("LN", "LiberationSansNarrow-Regular.ttf"),
               FontSpec("LNB", "LiberationSansNarrow-Bold.ttf", "Helvetica-Bold")])
    o = Out("w7_medicare_part_a_orf_remittance", "reportlab", f, 792, 612)
    R, B, SZ = "LN", "LNB", 8
    cols = [(30, "L"), (64, "L"), (104, "L"), (150, "L"), (222, "R"), (280, "R"), (338, "R"), (392, "R"),
            (444, "R"), (462, "L"), (538, "R"), (556, "L"), (640, "R"), (700, "R"), (762, "R")]
    heads = ["REV", "HCPCS", "MODS", "SERV DATE", "UNITS", "BILLED", "ALLOWED", "DEDUCT", "COINS", "GRP-RC",
             "ADJ AMT", "REM", "", "", "PROV PD"]

    def header(p: Page, first: bool) -> float:
        p.text(30, 36, "GREAT BASIN GOVERNMENT BENEFIT ADMINISTRATORS", B, 12)
        p.text(30, 48, "Medicare Part A  |  Jurisdiction W  |  Institutional Remittance Advice", R, 8.5)
        p.text(762, 36, "Remit date 02/13/2026   Remit # 0088214", R, 8.5, "R")
        p.text(762, 48, "Provider 147091   NPI 1487720356   EFT 6610932007", R, 8.5, "R")
        y = 64
        if first:
            p.text(30, y, "Payee: HIGH DESERT OUTPATIENT REHABILITATION FACILITY, 77 PIÑON BLVD, CEDAR HOLLOW NV 89318",
                   R, 8)
            p.text(30, y + 11, "Bill types 74x (outpatient rehabilitation facility). Amounts include the 2% payment "
                               "reduction (CO-253) where noted.", R, 8)
            y += 26
        p.rect(28, y - 9, 736, 13, fill=0.85, stroke=False)
        cells(p, y, cols, heads, B, 7.5)
        return y + 16

    fl = Flow(o, 570, header)
    rev = {"GP": "0420", "GO": "0430", "GN": "0440"}
    claims = [
        ("WINTERBOURNE, HAROLD", "4TR9KE2WD63", "RB2601-0447", "22602600412507", PlanState(ded_left=Decimal("60.00")),
         [Svc(j(5), "97163", 1, ("GP",)), Svc(j(5), "97110", 2, ("GP",)), Svc(j(7), "97110", 3, ("GP",)),
          Svc(j(7), "97112", 1, ("GP",)), Svc(j(9), "G0283", 1, ("GP",)), Svc(j(12), "97110", 3, ("GP",)),
          Svc(j(12), "97116", 1, ("GP",))]),
        ("CASTELLANOS, IRENE", "7WN2HU8RA41", "RB2601-0451", "22602600412508", PlanState(),
         [Svc(j(6), "92523", 1, ("GN",)), Svc(j(13), "92507", 1, ("GN",)), Svc(j(20), "92507", 1, ("GN",)),
          Svc(j(27), "92526", 1, ("GN",))]),
        ("ACHTERBERG, LOUIS", "2CJ5TX3PM77", "RB2601-0466", "22602600412519", PlanState(),
         [Svc(j(8), "97530", 2, ("GO", "KX")), Svc(j(8), "97535", 2, ("GO", "KX")),
          Svc(j(15), "97530", 3, ("GO", "KX")), Svc(j(15), "0552T", 1, ("GO",), denied="CO"),
          Svc(j(22), "97168", 1, ("GO", "KX"))]),
        ("FITZWILLIAM, DOROTHEA", "5EK8QA1VN09", "RB2601-0472", "22602600412530", PlanState(ded_left=Decimal("257.00")),
         [Svc(j(14), "97165", 1, ("GO",)), Svc(j(14), "97530", 2, ("GO",)), Svc(j(21), "97530", 3, ("GO",)),
          Svc(j(21), "97140", 1, ("GO", "59"))]),
    ]
    tot_pd = ZERO
    for name, mbi, pcn, icn, st, svcs in claims:
        svcs = [medicare(s, st) for s in svcs]
        c = o.claim(pcn, icn, name)
        fl.need(26 + 11 * 3)
        p = fl.page
        frm, thr = min(s.dos for s in svcs), max(s.dos for s in svcs)
        p.text(30, fl.y, f"NAME {name}", B, SZ)
        p.text(190, fl.y, f"MBI {mbi}", R, SZ)
        p.text(300, fl.y, f"PAT CNTL # {pcn}", B, SZ)
        p.text(430, fl.y, f"ICN {icn}", B, SZ)
        p.text(560, fl.y, f"TOB 741   FROM {dfmt(frm, 'mdy6')}  THRU {dfmt(thr, 'mdy6')}   STATUS 1", R, SZ)
        fl.y += 13
        for s in svcs:
            adjs = [a for a in s.adjs if a[2]]
            if fl.need(11 * max(1, len(adjs)) + 2):
                fl.page.text(30, fl.y, f"NAME {name}   PAT CNTL # {pcn}   (CONTINUED)", B, SZ)
                fl.y += 13
            p = fl.page
            rem = "N211" if s.denied else ("N640" if "KX" in s.mods else "")
            vals = [rev[s.mods[0]], s.code, " ".join(s.mods), dfmt(s.dos, "mdy6"), fmt_units(s.units), m(s.billed),
                    m(s.allowed), m(s.deductible), m(s.coinsurance), f"{adjs[0][0]}-{adjs[0][1]}", m(adjs[0][2]),
                    rem, "", "", m(s.paid)]
            cells(p, fl.y, cols, vals, R, SZ)
            y1 = fl.y
            for g, r, a in adjs[1:]:
                y1 += 10
                cells(p, y1, [(462, "L"), (538, "R")], [f"{g}-{r}", m(a)], R, SZ)
            o.add(c, s, Band(o.pno, fl.y, y1, SZ), ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=adjs, remarks=[rem] if rem else [], description=False)
            fl.y = y1 + 12
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        td, tc = total(svcs, "deductible"), total(svcs, "coinsurance")
        tot_pd += tp
        p.line(180, fl.y - 9, 762, fl.y - 9, 0.4)
        cells(p, fl.y, [(150, "L"), (280, "R"), (338, "R"), (392, "R"), (444, "R"), (762, "R")],
              ["CLAIM TOTALS", m(tb), m(ta), m(td), m(tc), m(tp)], B, SZ)
        fl.y += 11
        p.text(150, fl.y, f"PATIENT RESPONSIBILITY {m(td + tc)}     NET REIMB {m(tp)}", R, SZ)
        c.totals = claim_totals(tb, ta, tp, td + tc)
        fl.y += 18
    o.legend = [("CO-45", "Charge above the fee schedule amount."), ("PR-1", "Deductible amount."),
                ("PR-2", "Coinsurance amount."), ("CO-253", "Federal payment reduction (2%)."),
                ("CO-50", "Not medically necessary as billed; provider liable."),
                ("N211", "Appeal rights apply to this denial."),
                ("N640", "Therapy threshold reached; KX modifier accepted.")]
    fl.need(30 + 10 * len(o.legend))
    p = fl.page
    p.text(30, fl.y, f"PROVIDER TOTALS   CLAIMS {len(o.claims)}   PROV PD {m(tot_pd)}   PLB 0.00   "
                     f"CHECK/EFT AMT {m(tot_pd)}", B, SZ)
    fl.y += 14
    p.text(30, fl.y, "GLOSSARY: GROUP, REASON AND REMARK CODES", B, SZ)
    for k, v in o.legend:
        fl.y += 10
        p.text(30, fl.y, f"{k:<8}", B, 7.5)
        p.text(80, fl.y, v, R, 7.5)
    page_numbers(o, 762, 592, "PAGE {i} OF {n}", R, 7.5)
    o.description = ("Medicare Part A institutional remittance to an outpatient rehabilitation facility (TOB 741), "
                     "landscape Liberation Sans Narrow: claim heading with name, MBI, PAT CNTL #, ICN, FROM/THRU "
                     "as MMDDYY; REV code, HCPCS, MODS 'GO KX', SERV DATE 010526, UNITS, BILLED / ALLOWED / DEDUCT / "
                     "COINS, GRP-RC + ADJ AMT with further adjustments stacked on sub-rows, CO-253 reduction, a "
                     "CO-50 denial, claim totals, header repeated on later pages.")
    return o


# ======================================================== w8 Medicare supplement crossover provider remit

def w8_medigap_crossover(out_dir: Path) -> Out:
    f = Fonts([FontSpec("Helvetica"), FontSpec("Helvetica-Bold")])
    o = Out("w8_medigap_crossover_provider_remit", "fpdf2", f, 612, 792)
    R, B, SZ = "Helvetica", "Helvetica-Bold", 7
    cols = [(36, "L"), (76, "L"), (116, "L"), (146, "L"), (196, "R"), (242, "R"), (292, "R"), (338, "R"),
            (384, "R"), (430, "R"), (478, "R"), (526, "R"), (536, "L")]
    top = ["From", "Thru", "Proc", "Mod", "", "", "Medicare", "Medicare", "Part B", "Medicare", "Plan", "Patient",
           ""]
    bot = ["", "", "", "", "Units", "Charge", "Approved", "Paid", "Deductible", "Coinsurance", "Paid", "Balance",
           "Msg"]

    def header(p: Page, first: bool) -> float:
        p.text(36, 40, "EVERGREEN SENIOR SUPPLEMENT PLAN", B, 12)
        p.text(36, 51, "Medicare Supplement Claims  |  PO Box 61190  |  Willow Falls, OR 97230  |  1-877-555-0163", R, 7.5)
        p.text(576, 40, "PROVIDER PAYMENT SUMMARY", B, 10, "R")
        p.text(576, 51, "Medicare crossover claims", R, 7.5, "R")
        y = 68
        if first:
            for i, t in enumerate(("Pay to: Cedar Park Rehab Associates", "2210 Alder Row, Suite 5",
                                   "Willow Falls, OR 97233")):
                p.text(36, y + 10 * i, t, R, 8)
            for i, t in enumerate(("Payment date: 02/17/2026", "Check no.: 000731884", "Provider no.: ESP-449102")):
                p.text(576, y + 10 * i, t, R, 8, "R")
            p.text(36, y + 38, "These claims came to us automatically from Medicare. Medicare's amounts are shown for "
                               "reference; the plan pays the Medicare coinsurance under the member's plan.", R, 7)
            y += 56
        return y

    fl = Flow(o, 730, header)
    claims = [
        ("ESP26-0041187", "MERRIWEATHER, JUNE A", "ESX0071123", "CPR-31882", "22602602217701",
         PlanState(ded_left=Decimal("40.00")),
         [Svc(j(5), "97161", 1, ("GP",)), Svc(j(5), "97110", 2, ("GP",)), Svc(j(8), "97110", 3, ("GP",)),
          Svc(j(8), "97140", 1, ("GP",)), Svc(j(12), "97110", 2, ("GP",)), Svc(j(12), "97530", 1, ("GP",))]),
        ("ESP26-0041192", "DONNELLY, CORMAC", "ESX0068840", "CPR-31890", "22602602217719", PlanState(),
         [Svc(j(6), "97165", 1, ("GO",)), Svc(j(6), "97535", 2, ("GO",)), Svc(j(13), "97530", 3, ("GO",)),
          Svc(j(13), "97018", 1, ("GO",), denied="CO")]),
        ("ESP26-0041230", "HAYWARD-BELL, ODETTE", "ESX0079904", "CPR-31925", "22602602217755", PlanState(),
         [Svc(j(9), "92523", 1, ("GN",)), Svc(j(16), "92507", 1, ("GN",)), Svc(j(23), "92507", 1, ("GN",)),
          Svc(j(30), "92507", 1, ("GN",))]),
        ("ESP26-0041244", "MERRIWEATHER, JUNE A", "ESX0071123", "CPR-31940", "22602602217790", PlanState(),
         [Svc(j(15), "97110", 3, ("GP", "KX")), Svc(j(15), "97112", 1, ("GP", "KX")),
          Svc(j(19), "97110", 2, ("GP", "KX")), Svc(j(19), "G0283", 1, ("GP",))]),
    ]
    legend = [("01", "Paid the Medicare Part B coinsurance in full."),
              ("07", "Part B deductible is not covered by this plan; the member may be billed."),
              ("12", "Medicare did not approve this service, so the plan cannot pay it.")]
    planted = "ESP26-0041230"
    for pclaim, pat, mid, acct, micn, st, svcs in claims:
        svcs = [medicare(s, st) for s in svcs]
        c = o.claim(acct, pclaim, pat)
        fl.need(40 + 10 * len(svcs))
        p = fl.page
        p.rect(34, fl.y - 9, 544, 24, fill=0.92, stroke=False)
        p.text(38, fl.y, f"Patient: {pat}", B, 7.5)
        p.text(210, fl.y, f"Member ID: {mid}", R, 7.5)
        p.text(340, fl.y, f"Plan claim no.: {pclaim}", B, 7.5)
        p.text(38, fl.y + 10, f"Your patient account: {acct}", R, 7.5)
        p.text(210, fl.y + 10, f"Medicare ICN: {micn}", R, 7.5)
        p.text(400, fl.y + 10, "Medicare paid 01/29/2026", R, 7.5)
        fl.y += 26
        cells(p, fl.y, cols, top, B, 6.5)
        cells(p, fl.y + 8, cols, bot, B, 6.5)
        p.line(36, fl.y + 11, 576, fl.y + 11, 0.3)
        fl.y += 21
        for s in svcs:
            msg = ["12"] if s.denied else (["01", "07"] if s.deductible else ["01"])
            vals = [dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), fmt_units(s.units),
                    m(s.billed), m(s.allowed), m(s.paid), m(s.deductible), m(s.coinsurance), m(s.coinsurance),
                    m(s.deductible), " ".join(msg)]
            cells(p, fl.y, cols, vals, R, SZ)
            o.add(c, s, Band(o.pno, fl.y, fl.y, SZ), ("billed", "allowed", "deductible", "coinsurance"),
                  ["paid == coinsurance", "patient_owes == deductible"], remarks=msg, description=False,
                  service_end=s.dos,
                  overrides={"paid": str(q(s.coinsurance)), "patient_owes": str(q(s.deductible))})
            fl.y += 10
        tb, ta, tmp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        td, tc = total(svcs, "deductible"), total(svcs, "coinsurance")
        shown_paid = tc + (Decimal("10.00") if pclaim == planted else ZERO)
        p.line(196, fl.y - 7, 526, fl.y - 7, 0.3)
        cells(p, fl.y, [(116, "L"), (242, "R"), (292, "R"), (338, "R"), (384, "R"), (430, "R"), (478, "R"),
                        (526, "R")], ["Claim totals", m(tb), m(ta), m(tmp), m(td), m(tc), m(shown_paid), m(td)], B, SZ)
        c.totals = claim_totals(tb, ta, shown_paid, td)
        if pclaim == planted:
            c.label = "paid"
            o.findings.append(f"claim-total-mismatch claim {pclaim}: printed Plan Paid total {q(shown_paid)} but the "
                              f"lines add up to {q(tc)}")
        fl.y += 20
    fl.need(20 + 10 * len(legend))
    p = fl.page
    allp = sum((Decimal(c.totals["paid"]) for c in o.claims), ZERO)
    p.text(36, fl.y, f"Total plan payment this check: {m(allp, '$')}", B, 8)
    fl.y += 14
    p.text(36, fl.y, "Message codes", B, 7.5)
    for k, v in legend:
        fl.y += 10
        p.text(36, fl.y, f"{k}  {v}", R, 7)
    o.legend = legend
    page_numbers(o, 576, 770, "Page {i} of {n}", R, 7)
    o.description = ("Medicare supplement (Medigap) plan provider payment summary for crossover claims, portrait core "
                     "Helvetica: shaded claim heading (patient, member ID, plan claim no., patient account, Medicare "
                     "ICN), per-claim two-row column labels, Medicare Approved / Medicare Paid shown for reference "
                     "beside Plan Paid and Patient Balance, dates 01/05/26, a Medicare-denied line, message codes; "
                     "PLANTED claim-total mismatch (Plan Paid).")
    return o



# ====================================== w9 reference-based-pricing self-funded plan provider payment explanation

def w9_rbp_plan(out_dir: Path) -> Out:
    f = Fonts([FontSpec("Times-Roman"), FontSpec("Times-Bold"), FontSpec("Times-Italic")])
    o = Out("w9_rbp_plan_provider_payment_explanation", "reportlab", f, 612, 792)
    R, B, IT, SZ = "Times-Roman", "Times-Bold", "Times-Italic", 8.5
    cols = [(186, "L"), (236, "L"), (300, "R"), (345, "R"), (392, "R"), (440, "R"), (488, "R"), (536, "R"),
            (544, "L")]
    top = ["Date of", "Service", "", "", "Medicare", "Plan", "Member", "Plan", ""]
    bot = ["service", "code", "Units", "Billed", "rate", "allowance", "share", "payment", "Notes"]
    side = ["SUMMIT TRADES EMPLOYEE", "BENEFIT TRUST", "", "Claims administrator:", "Ironwood Benefit",
            "Administrators, Inc.", "PO Box 30877", "Ogden Flats, UT 84409", "", "Provider line:", "1-888-555-0129",
            "", "HOW THIS PLAN PRICES", "CLAIMS", "This plan does not use a", "provider network. Each",
            "service is priced at a", "reference price: 150% of", "the Medicare rate for the", "same service and place.",
            "", "The member share is the", "deductible and 20%", "coinsurance applied to", "the plan allowance.", "",
            "If you disagree with the", "allowance, call within", "60 days to ask for a", "pricing review."]

    def header(p: Page, first: bool) -> float:
        p.rect(30, 30, 140, 730, fill=0.93, stroke=False)
        for i, t in enumerate(side):
            p.text(38, 50 + i * 11, t, B if i < 2 or t.isupper() else R, 8)
        p.text(186, 48, "Provider Payment Explanation", B, 15)
        p.text(186, 62, "Reference-based pricing  -  not an explanation of benefits for the member", IT, 8.5)
        p.line(186, 68, 582, 68, 0.8)
        y = 84
        if first:
            for i, (k, v) in enumerate((("Payee", "Saltgrass Physical & Occupational Therapy"),
                                        ("Payee TIN", "XX-XXX0925"), ("Payment", "Check 4410627, 02/18/2026"),
                                        ("Amount", "see total at the end"))):
                p.text(186, y + i * 11, k, B, SZ)
                p.text(250, y + i * 11, v, R, SZ)
            y += 54
        return y

    fl = Flow(o, 745, header)
    claims = [
        ("26A0117734-00", "SPT-7781", "Zoë Marchetti-Kwan", "Paolo Marchetti", Decimal("0.00"), [
            (6, "97165", 1, ("GO",)), (6, "97530", 2, ("GO",)), (13, "97530", 3, ("GO",)), (13, "97533", 1, ("GO",)),
            (20, "97530", 2, ("GO",)), (20, "97535", 2, ("GO", "59"))]),
        ("26A0117790-00", "SPT-7802", "Paolo Marchetti", "Paolo Marchetti", Decimal("75.00"), [
            (8, "97161", 1, ("GP",)), (8, "97140", 2, ("GP",)), (8, "97110", 1, ("GP",)), (15, "97140", 1, ("GP",)),
            (15, "97110", 2, ("GP",)), (15, "97035", 1, ("GP",))]),
        ("26A0118012-00", "SPT-7845", "Rosalind Achebe", "Rosalind Achebe", Decimal("0.00"), [
            (9, "97168", 1, ("GO",)), (9, "97760", 2, ("GO",)), (9, "L3807", 1, ("RT",)),
            (16, "97760", 1, ("GO",)), (16, "97018", 1, ("GO",))]),
    ]
    notes = {"P1": "Priced at 150% of the Medicare rate.", "P2": "Part of the allowance went to the deductible.",
             "B3": "Included in the allowance for another service that day; no separate payment."}
    grand = ZERO
    for clm, ref, pat, emp, ded, rows in claims:
        c = o.claim(ref, clm, pat)
        fl.need(60 + 22 * 2)
        p = fl.page
        p.text(186, fl.y, f"Claim # {clm}", B, 9.5)
        p.text(330, fl.y, f"Patient: {pat}", B, 9.5)
        fl.y += 11
        p.text(186, fl.y, f"Provider ref. {ref}     Employee: {emp}     Received 01/27/2026", R, SZ)
        fl.y += 13
        p.line(186, fl.y - 8, 582, fl.y - 8, 0.4)
        cells(p, fl.y, cols, top, B, 7.5)
        cells(p, fl.y + 9, cols, bot, B, 7.5)
        p.line(186, fl.y + 12, 582, fl.y + 12, 0.4)
        fl.y += 24
        svcs = []
        for day, code, units, mods in rows:
            s = Svc(j(day), code, units, mods)
            medrate = q(Decimal(SCHED[code]) * s.units)
            if code in ("97018",):
                s.allowed, s.paid, s.owes, nt = ZERO, ZERO, ZERO, ["B3"]
            else:
                s.allowed = min(s.billed, q(medrate * Decimal("1.5")))
                s.deductible = min(ded, s.allowed)
                ded -= s.deductible
                s.coinsurance = q((s.allowed - s.deductible) * Decimal("0.20"))
                s.owes = s.deductible + s.coinsurance
                s.paid = s.allowed - s.owes
                nt = ["P1"] + (["P2"] if s.deductible else [])
            svcs.append(s)
            if fl.need(24):
                fl.page.text(186, fl.y, f"Claim # {clm} (continued)", B, SZ)
                fl.y += 12
            p = fl.page
            vals = [dfmt(s.dos, "mdy4"), " ".join((s.code, *s.mods)), fmt_units(s.units), m(s.billed), m(medrate),
                    m(s.allowed), m(s.owes), m(s.paid), " ".join(nt)]
            cells(p, fl.y, cols, vals, R, SZ)
            p.text(236, fl.y + 10, s.desc, IT, 7.5)
            o.add(c, s, Band(o.pno, fl.y, fl.y + 10, SZ), ("billed", "allowed", "patient_owes", "paid"),
                  ["allowed - patient_owes == paid"], remarks=nt)
            fl.y += 23
        tb, ta, to_, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "owes"), total(svcs, "paid")
        grand += tp
        p.line(300, fl.y - 9, 536, fl.y - 9, 0.4)
        cells(p, fl.y, [(236, "L"), (345, "R"), (440, "R"), (488, "R"), (536, "R")],
              ["Claim total", m(tb), m(ta), m(to_), m(tp)], B, SZ)
        c.totals = claim_totals(tb, ta, tp, to_)
        fl.y += 22
    fl.need(40 + 11 * len(notes))
    p = fl.page
    p.text(186, fl.y, f"Total paid on this check: {m(grand, '$')}", B, 10)
    fl.y += 16
    p.text(186, fl.y, "Notes", B, 9)
    for k, v in notes.items():
        fl.y += 11
        p.text(186, fl.y, f"{k}   {v}", R, SZ)
    o.legend = list(notes.items())
    page_numbers(o, 582, 772, "Page {i} of {n}", R, 8)
    o.description = ("Reference-based-pricing self-funded trust's provider payment explanation, portrait Times, "
                     "with a shaded left SIDEBAR (administrator, pricing explanation) beside the claim tables: claim "
                     "heading (claim #, patient, provider ref., employee), two-row labels, each service on two text "
                     "lines (amounts, then the wording in italics), code and modifiers '97535 GO 59', Medicare rate "
                     "beside Plan allowance / Member share / Plan payment, a bundled zero line, a patient 'Zoë'.")
    return o


# ====================================================== w10 hospital contract-management payer variance report

def w10_variance_report(out_dir: Path) -> Out:
    f = Fonts([FontSpec("DVC", "DejaVuSansCondensed.ttf"),
               FontSpec("DVCB", "DejaVuSansCondensed-Bold.ttf", "Helvetica-Bold")])
    o = Out("w10_contract_variance_report", "fpdf2", f, 792, 612)
    R, B, SZ = "DVC", "DVCB", 7
    cols = [(40, "L"), (92, "L"), (126, "L"), (186, "R"), (240, "R"), (294, "R"), (348, "R"), (400, "R"),
            (450, "R"), (506, "R"), (548, "R"), (562, "L"), (630, "L")]
    heads = ["DOS", "CPT", "Mod", "Units", "Charges", "Expected", "Allowed", "Paid", "Pt Resp", "Variance", "Var %",
             "Adj Codes", "Variance Reason"]

    def header(p: Page, first: bool) -> float:
        p.text(30, 36, "Riverbend Rehabilitation Hospital", B, 11)
        p.text(30, 47, "Contract Management  |  Payer Variance Detail  |  Outpatient Therapy Services", R, 8)
        p.text(762, 36, "Report RV-210   Printed 02/16/2026 07:02", R, 7.5, "R")
        p.text(762, 47, "User: ABERNATHY_K", R, 7.5, "R")
        p.text(30, 60, "Payer: Cobalt Community Health Plan (Commercial PPO, contract CCHP-2025-R2)   Remits posted "
                       "02/01/2026 - 02/15/2026   Threshold: variance of $1.00 or more", R, 7.5)
        p.line(30, 65, 762, 65, 0.6)
        y = 78
        cells(p, y, cols, heads, B, SZ)
        p.line(30, y + 3, 762, y + 3, 0.3)
        return y + 14

    fl = Flow(o, 565, header)
    accts = [
        ("55102883", "WOJCIK, HENRYK", "2602711830045", "02/04/2026", Decimal("0.00"), [
            (5, "97162", 1, ("GP",), "ok"), (5, "97110", 2, ("GP",), "ok"), (7, "97110", 3, ("GP",), "under"),
            (7, "97140", 1, ("GP",), "ok"), (9, "97110", 3, ("GP",), "under"), (9, "97112", 2, ("GP",), "ok")]),
        ("55102915", "ABERNETHY-COLE, MAUDE", "2602711830061", "02/04/2026", Decimal("120.00"), [
            (6, "97165", 1, ("GO",), "ok"), (6, "97530", 2, ("GO",), "ok"), (8, "97530", 3, ("GO",), "ok"),
            (8, "97535", 1, ("GO",), "under")]),
        ("55103040", "NGATA, TAMATI", "2602711830102", "02/06/2026", Decimal("0.00"), [
            (12, "92523", 1, ("GN",), "ok"), (14, "92507", 1, ("GN",), "under"), (19, "92507", 1, ("GN",), "under"),
            (21, "92507", 1, ("GN",), "ok"), (21, "97129", 2, ("GN",), "denied")]),
        ("55103112", "ROSENTHAL, ELISABETH", "2602711830119", "02/09/2026", Decimal("0.00"), [
            (13, "97161", 1, ("GP",), "ok"), (13, "97116", 2, ("GP",), "ok"), (15, "97116", 2, ("GP",), "ok"),
            (15, "97110", 2, ("GP", "59"), "under"), (20, "97750", 1, ("GP",), "ok"), (20, "G0283", 1, ("GP",), "ok")]),
        ("55103177", "WOJCIK, HENRYK", "2602711830188", "02/11/2026", Decimal("0.00"), [
            (14, "97110", 3, ("GP",), "ok"), (14, "97140", 2, ("GP",), "under"), (16, "97110", 3, ("GP",), "ok"),
            (16, "97530", 1, ("GP",), "ok")]),
    ]
    reasons = {"under": "Paid below contract rate", "denied": "Denied - appeal candidate", "ok": ""}
    for acct, pat, icn, posted, ded, rows in accts:
        c = o.claim(acct, icn, pat)
        fl.need(11 * 4)
        p = fl.page
        p.rect(30, fl.y - 8, 732, 11, fill=0.9, stroke=False)
        svcs = [Svc(j(d), cd, u, md) for d, cd, u, md, _ in rows]
        frm, thr = min(s.dos for s in svcs), max(s.dos for s in svcs)
        p.text(34, fl.y, f"Acct {acct}   {pat}   Payer ICN {icn}   Svc {dfmt(frm, 'mdy4')}-{dfmt(thr, 'mdy4')}   "
                         f"Posted {posted}", B, SZ)
        fl.y += 12
        exps = []
        for s, (_, _, _, _, kind) in zip(svcs, rows, strict=True):
            exp = q(Decimal(SCHED[s.code]) * s.units * Decimal("1.35"))
            if kind == "denied":
                s.allowed, s.paid, s.owes = ZERO, ZERO, ZERO
                codes = ["CO-50"]
            else:
                s.allowed = exp if kind == "ok" else q(Decimal(SCHED[s.code]) * s.units * Decimal("1.20"))
                s.deductible = min(ded, s.allowed)
                ded -= s.deductible
                s.coinsurance = q((s.allowed - s.deductible) * Decimal("0.15"))
                s.owes = s.deductible + s.coinsurance
                s.paid = s.allowed - s.owes
                codes = ["CO-45"] + (["PR-1"] if s.deductible else []) + ["PR-2"]
            var = (s.allowed - exp) if kind != "denied" else -exp
            exps.append((exp, var))
            if fl.need(11):
                fl.page.text(34, fl.y, f"Acct {acct} (continued)", B, SZ)
                fl.y += 11
            p = fl.page
            pct = f"{(var / exp * 100):.1f}%" if var else "0.0%"
            vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), fmt_units(s.units, 2), m(s.billed), m(exp),
                    m(s.allowed), m(s.paid), m(s.owes), m(var, ",", "()"), pct, " ".join(codes), reasons[kind]]
            cells(p, fl.y, cols, vals, R, SZ)
            o.add(c, s, Band(o.pno, fl.y, fl.y, SZ), ("billed", "allowed", "paid", "patient_owes"),
                  ["allowed - patient_owes == paid"],
                  adjustments=[(cd.split("-")[0], cd.split("-")[1], None) for cd in codes], description=False)
            fl.y += 11
        tb, ta, tp, to_ = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")
        te, tv = sum((e for e, _ in exps), ZERO), sum((v for _, v in exps), ZERO)
        p.line(186, fl.y - 8, 548, fl.y - 8, 0.3)
        cells(p, fl.y, [(126, "L"), (240, "R"), (294, "R"), (348, "R"), (400, "R"), (450, "R"), (506, "R")],
              ["Account total", m(tb), m(te), m(ta), m(tp), m(to_), m(tv, ",", "()")], B, SZ)
        c.totals = claim_totals(tb, ta, tp, to_)
        fl.y += 18
    fl.need(40)
    p = fl.page
    p.text(30, fl.y, f"Accounts listed: {len(o.claims)}    Total variance: "
                     f"{m(sum((Decimal(ln['allowed']) for ln in o.lines), ZERO) - sum((q(Decimal(SCHED[ln['code']]) * Decimal(ln['units']) * Decimal('1.35')) for ln in o.lines), ZERO), ',', '()')}",
           B, 7.5)
    p.text(30, fl.y + 12, "Expected = contract rate (135% of the plan's therapy fee schedule) for the billed units. "
                          "Variance = Allowed - Expected; negative variances appear in parentheses.", R, 7)
    page_numbers(o, 762, 592, "Page {i} of {n}", R, 7)
    for pg in o.pages:
        pg.text(30, 592, "CONFIDENTIAL - contains patient information. Internal use only.", R, 6.5)
    o.description = ("Hospital contract-management payer variance detail report (provider-side), landscape DejaVu "
                     "Sans Condensed: shaded account heading rows (account, patient, payer ICN, service span, posted "
                     "date), DOS / CPT / Mod 'GP,59' / Units '2.00' / Charges / Expected / Allowed / Paid / Pt Resp / "
                     "Variance in parentheses / Var % / adjustment codes without amounts / reason, a denied line, "
                     "account totals, the same patient on two accounts, header repeated on page 2.")
    return o


# ============================================================================================ self-check

NUM_SPLIT = re.compile(r"[:|;=]")


def _tokens(ws: list[dict]) -> list[str]:
    out = []
    for w in ws:
        out.append(w["text"])
        out.extend(t for t in NUM_SPLIT.split(w["text"]) if t and t != w["text"])
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_doc(o: Out, path: Path) -> list[str]:
    errs: list[str] = []
    truth = json.loads(Path(str(path) + ".truth.json").read_text(encoding="utf-8"))
    words = page_words(path)
    if len(words) != truth["pages"]:
        errs.append(f"page count {len(words)} != truth {truth['pages']}")
    page_text = [_norm(joined(ws)) for ws in words]
    doc_text = " ".join(page_text)
    if not truth["lines"]:
        errs.append("no lines")
    for i, (ln, b) in enumerate(zip(truth["lines"], o.bands, strict=True)):
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']} p{ln['page']})"
        if ln["page"] != b.page:
            errs.append(f"{tag}: page mismatch")
            continue
        ws = band_words(words[b.page - 1], b)
        text = _norm(joined(ws))
        toks = _tokens(ws)
        amts = [a for a in (token_amount(t) for t in toks) if a is not None]
        if ln["code"] and not any(ln["code"] in t for t in toks):
            errs.append(f"{tag}: code not in row: {text!r}")
        rest = text.replace(ln["code"] or "\0", " ")
        for md in ln["modifiers"]:
            if md not in rest:
                errs.append(f"{tag}: modifier {md} not in row")
        if ln["units"] is not None:
            nums = [t.strip(",") for t in toks if re.fullmatch(r"-?\d+(\.\d+)?,?", t)]
            if Decimal(ln["units"]) not in [Decimal(t) for t in nums]:
                errs.append(f"{tag}: units {ln['units']} not in row: {text!r}")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            if ln[k] is not None and Decimal(ln[k]) not in amts:
                errs.append(f"{tag}: {k} {ln[k]} not in row: {text!r}")
        for g, r, a in ln["adjustments"]:
            if r not in text or (g and g not in text):
                errs.append(f"{tag}: adjustment {g}-{r} not in row")
            if a is not None and Decimal(a) not in amts:
                errs.append(f"{tag}: adjustment amount {a} not in row")
        for r in ln["remarks"]:
            if r not in text:
                errs.append(f"{tag}: remark {r} not in row")
        scope = text if b.date_scope == "row" else page_text[b.page - 1]
        for dk in ("service_date", "service_end"):
            if ln[dk] and not any(f in scope for f in date_forms(date.fromisoformat(ln[dk]))):
                errs.append(f"{tag}: {dk} not in {b.date_scope}")
        if ln["description"] and b.desc_words:
            first = " ".join(ln["description"].split()[: b.desc_words])
            if first not in text:
                errs.append(f"{tag}: description start {first!r} not in row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and _norm(ln[k]) not in doc_text:
                errs.append(f"{tag}: {k} {ln[k]!r} not in document")
        # the document's own arithmetic
        val = {k: (Decimal(ln[k]) if ln[k] is not None else ZERO) for k in
               ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                "discount")}
        adj = ln["adjustments"]
        if b.balance and adj and all(a is not None for _, _, a in adj) and ln["billed"] and ln["paid"]:
            if val["billed"] - sum(Decimal(a) for _, _, a in adj) != val["paid"]:
                errs.append(f"{tag}: billed - adjustments != paid")
        for rel in o.rels[i]:
            if not eval(rel, {"Decimal": Decimal}, dict(val)):  # noqa: S307 - our own fixed expressions
                errs.append(f"{tag}: arithmetic {rel!r} fails: {val}")
    # claim totals
    for c, ct in zip(o.claims, truth["claims"], strict=True):
        tot = ct["totals"]
        for k, v in tot.items():
            if v is None:
                continue
            vals = [truth["lines"][i][k] for i in c.idx]
            if all(x is None for x in vals):
                if k != "patient_owes":
                    continue
                vals = [truth["lines"][i][p] for i in c.idx for p in ("deductible", "copay", "coinsurance")]
                if all(x is None for x in vals):
                    continue
            s = sum((Decimal(x) for x in vals if x is not None), ZERO)
            planted = any((f"claim {c.claim_id}:" in fnd or f"claim {c.payer_claim_id}:" in fnd) and k == c.label
                          for fnd in truth["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c.claim_id}/{c.payer_claim_id}: {k} total {v} vs lines {s}"
                            f"{' (planted mismatch missing)' if planted else ''}")
            if Decimal(v) not in [token_amount(t) for ws in words for t in _tokens(ws)]:
                errs.append(f"claim {c.claim_id}: printed total {k} {v} not in document")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ct[k] and _norm(ct[k]) not in doc_text:
                errs.append(f"claim {k} {ct[k]!r} not in document")
    for fnd in truth["expected_findings"]:
        if not fnd.startswith("claim-total-mismatch"):
            errs.append(f"unknown finding {fnd}")
    return errs


LAYOUTS = [w1_tricare_voucher, w2_wc_state_fund, w3_era_blocks, w4_billing_company, w5_county_ei, w6_prc_notice,
           w7_part_a_orf, w8_medigap_crossover, w9_rbp_plan, w10_variance_report]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out_dir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout11_"))
    if (REPO / "samples").resolve() in [out_dir.resolve(), *out_dir.resolve().parents]:
        print("refusing to write under samples/ (held-out documents must stay out of the dev set)")
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    bad = 0
    nlines = npages = 0
    for fn in LAYOUTS:
        o = fn(out_dir)
        path = o.finish(out_dir)
        nlines += len(o.lines)
        npages += len(o.pages)
        msg = f"{path.name}: {len(o.pages)} page(s), {len(o.lines)} lines, {len(o.claims)} claims"
        if check:
            errs = check_doc(o, path)
            bad += len(errs)
            msg += " - check " + ("OK" if not errs else f"FAILED ({len(errs)})")
            for e in errs[:25]:
                msg += "\n    " + e
        print(msg)
    print(f"{len(LAYOUTS)} documents, {npages} pages, {nlines} service lines in {out_dir}")
    if check:
        print("check:", "PASSED" if not bad else f"FAILED with {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
