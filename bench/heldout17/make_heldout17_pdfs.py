"""Write the SEVENTEENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the MIXED mail a pediatric therapy clinic's billing office meets in one month:
remittances from several commercial payers, a Medicaid managed-care plan, a military-family program contractor, a
secondary payer, a workers' compensation carrier, a clearinghouse print, and member EOBs that parents bring in, each
in its own house style. (bench/heldout/ .. heldout15/ came earlier and may have been looked at while the reader was
developed.) Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout17/make_heldout17_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout17/make_heldout17_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none are
printed); description is null throughout. claim_id = the provider's own account / patient-control / invoice number
printed with the claim (null where none is), payer_claim_id = the payer's claim number / ICN / bill ID, patient =
the person who got the service exactly as printed (capitals where printed so; not the subscriber, insured, sponsor
or member unless the same person). Where a line prints From and To (or a date range), service_end is the To date.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
output (reportlab invariant=1, fpdf2 fixed creation date, no randomness; a first pass counts pages for "Page n of N"
and payment totals). Fonts: DejaVu / Liberation TrueType when installed, else PDF core fonts. Drawing (one
top-left API over both producers), the truth collector and the self-check live in bench/heldout17/h17kit.py.

Layouts (10 files, 196 service lines, 16 pages):
  z01 commercial payer provider "Explanation of Payment", portrait Liberation Sans, payment box, two-line claim
      heading (Patient / Patient Account # / Member ID; Claim ID / Received / Processed), ruled rows: Service Date
      01/05/2026 / Code / Mod "GO 59" / Qty / Amount Charged / Not Covered / Discount / Amount Allowed / Copay /
      Deductible / Coinsurance / Amount Paid / Member Resp. / Remark, non-covered lines (one the member owes, one
      written off), shaded Claim Total rows, claims continued on page 2 under a repeated heading (reportlab)
  z02 second commercial payer "Provider Remittance Advice", landscape DejaVu Sans Condensed: shaded claim band
      (PATIENT NAME LAST, FIRST / PATIENT CONTROL NO / KEYSTONE CLAIM NO / SUBSCRIBER / PLAN / CLAIM STATUS), Line /
      Svc From / Svc To 01/05/26 / Proc / Mod 1 / Mod 2 / Units "3.0" / Submitted Charges / Negotiated Amount / Not
      Payable / Deductible / Copay / Coinsurance / Patient Resp / Payable Amount / Adj Codes "CO-45,PR-2" (no
      amounts) / Remark, a no-approval denial, a December claim reversed with leading-minus amounts and its
      replacement, CLAIM TOTALS, code legend; PLANTED claim-total mismatch (Payable Amount total of claim
      KM26A0190044 printed 10.00 too high) (fpdf2)
  z03 Medicaid managed-care plan "PROVIDER REMITTANCE ADVICE", landscape core Courier text rows: ICN / PAT ACCT /
      RECIP "OKONKWO, SADIE" / MBR ID / CLAIM STATUS line with CLM CHARGE / CLM ALLOWED / CLM PAID printed ABOVE
      the detail lines, LN / DOS-FROM / DOS-TO / PROC / M1 M2 M3 (U1) / UNITS "4.00" / CHARGE / ALLOWED / COPAY /
      PAID / ADJ-RSN "CO45" / ADJ-AMT / RARC, a denied claim (CO197), a VOID with negatives and its REPLACEMENT,
      "PAGE 1 OF 1", remark legend (reportlab)
  z04 military-family health program regional contractor "PROVIDER REMITTANCE", portrait DejaVu Serif: one BOXED
      block per claim with a shaded key/value head (Beneficiary vs Sponsor, masked Sponsor SSN, Claim Number,
      Patient Acct No., Program Basic / ECHO), Date(s) of Service with weekly ranges "01/05/26-01/09/26" for ABA
      (97153/97155, HN/HO, Svcs up to 30), Billed / Allowed / Deductible / Cost-Share / Pt Liab / Amount Paid /
      Code, a same-day testing line paid 0.00, claim totals and "Beneficiary owes provider" (reportlab)
  z05 secondary payer (TPA) "Coordination of Benefits Payment Explanation" to the provider, portrait core Times:
      Patient / Insured / Claim Number / Your Account / Primary carrier, "97140 GP 59" in one Procedure cell,
      Primary Allowed / Primary Paid printed for reference, Our Allowance / Benefit Paid / Patient Balance, then
      Adj. Code / Adj. Amount STACKED one per sub-row (CO-45, OA-23, PR-1), a line neither plan covers (CO-96),
      dashed row rules, claims continued on page 2 (fpdf2)
  z06 workers' compensation carrier "Medical Bill Payment Notice" (teen employee's hand therapy), landscape
      Liberation Sans Narrow, fully ruled grid: boxed bill heading (Claimant "LAST, FIRST", Injury Claim #, Employer,
      Date of Injury, Bill ID, Provider Bill #), Ln / Date of Service / CPT/HCPCS / Mod / Units / Billed Amount /
      State Fee Schedule / Review Reduction / Allowed / Previously Paid / Amount Paid / Reason Codes / Service
      wording, L3807 RT, an unrelated office visit and an unapproved paraffin line at $0.00, bill totals (fpdf2)
  z07 clearinghouse printable ERA "Claim Detail", portrait DejaVu Sans with a shaded left SIDEBAR (payer, payee,
      payment, provider-level interest), claim heading (LAST, FIRST / Patient Ctrl # / Payer Claim # / Status /
      Charge-Paid-Pt Resp), Svc Date / Proc / Mods / Units / Charge / Allowed / Paid / Adjustments "CO-45: 51.30"
      stacked inside one cell / RARC, a denied claim, a reversal (status 22) with negatives and its correction
      (reportlab)
  z08 commercial plan member EOB ("THIS IS NOT A BILL"), portrait Liberation Sans: "claims at a glance" tiles, one
      fully RULED grid per claim, Date "Jan 5, 2026" / wrapped Service wording / Code (no modifiers, no units) /
      Amount billed / Plan discount / Allowed amount / Deductible / Copay / Coinsurance / Not covered / Plan paid /
      You owe / Note letter, a non-covered line the member owes, claim totals, notes and deductible-meter boxes (fpdf2)
  z09 regional HMO member EOB, Liberation Serif under a dark title bar: one boxed panel per claim ("For: ZARA
      OKORO-WHITFIELD", claim number, provider's patient no.), When 01/05/26 / What you received / Code / Qty /
      Charged / HMO rate / Your copay / Not covered / Paid by HMO / Your total, a per-visit copay, a no-referral
      denial the member does not owe with an italic explanation, year-to-date box (reportlab)
  z10 third commercial payer provider-portal "Payment Detail" print, portrait core Helvetica: payment summary with
      interest and an overpayment offset, claim headings with status, each service on TWO text lines (Line / Date of
      Service / Procedure / Modifiers "GP, KX" / Units "3.00" / Billed / Allowed / Deductible / Coinsurance / Copay /
      Paid / Remark, then a grey "Adjustments: CO-45 $51.30; PR-2 $58.43" line), a recouped December claim printed
      in parentheses, a same-day group-session denial (CO-119), CQ/KX modifiers (fpdf2)

Truth decisions worth knowing: z02 and z03 print From and To per line, so service_end is the To date (same day);
z02's adjustments are codes without amounts; z03 prints one CARC with its amount per line and a COPAY column of
0.00 (kept as copay 0.00), no patient liability per line; z04's "Cost-Share" is kept as coinsurance (the program's
word for the beneficiary's share; the extended-care monthly cost-share sits on a month's first line) and "Pt Liab"
as patient_owes, its reason codes as remarks; z05's allowed / paid / patient_owes are the SECONDARY plan's (Our
Allowance, Benefit Paid, Patient Balance), the primary carrier's figures are not truth fields; z06's Review
Reduction is the discount, State Fee Schedule and Previously Paid are not truth fields, patient_owes null (no
patient liability is printed), payer_claim_id is the Bill ID (the injury claim number identifies the injury);
z07's and z10's claim-level patient responsibility is printed only in the claim heading, line patient_owes null;
z08 prints no provider account number (claim_id null); z09's claim_id is the provider's patient number it prints.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band (and, for z07, the
column range beside the sidebar) of each service row with its wrapped, stacked or second text lines; the check
reads each PDF's text layer with pdfplumber and finds every truth code, modifier, units value, date, amount,
adjustment code (and amount) and remark INSIDE that band in the layout's own formats; ids and patients in the
document's text; page counts and every "Page n of N"; the documents' own arithmetic where the layout prints the parts
(billed - adjustments = paid where every adjustment is printed with its amount; billed - discount - not covered =
allowed; allowed - deductible - copay - coinsurance = paid; patient owes = deductible + copay + coinsurance (+ not
covered)); claim totals are printed and equal the sum of their lines, unless the mismatch is the planted expected
finding, which must really differ.
"""

# ruff: noqa: B023  (each claim's heading() closure is called only within its own loop iteration)
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    SCHED,
    ZERO,
    PlanState,
    Svc,
    commercial,
    dfmt,
    medicaid,
    money,
    negate,
    q,
    total,
    units_str,
)
from h17kit import LAND, LETTER, Book, Canvas, Table, check_book, line_row  # noqa: E402

# invented fees for codes the shared charge master lacks
for _c, _f, _s, _d in (("97533", "92.00", "34.10", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97153", "22.00", "13.40", "Adaptive behavior treatment by technician"),
                       ("97155", "38.00", "21.80", "Adaptive behavior treatment, protocol change"),
                       ("97018", "30.00", "9.85", "Paraffin bath"),
                       ("96112", "310.00", "128.60", "Developmental test administration"),
                       ("92610", "230.00", "104.90", "Swallowing function evaluation")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)

CLINIC = ("Bright Steps Pediatric Therapy, PLLC", "2290 Larkspur Commons, Suite 140", "Fernhill, WA 98377")
D = date
J = lambda d: date(2026, 1, d)  # noqa: E731


def S(day, code, units, *mods, month=1):
    return Svc(date(2026, month, day) if month != 12 else date(2025, 12, day), code, Decimal(str(units)), tuple(mods))


PREV: dict[str, Book] = {}  # the first (page-counting) pass of each layout, for payment totals in the furniture


def paid_sum(name: str, only=None) -> Decimal:
    b = PREV.get(name)
    if not b:
        return ZERO
    return sum((Decimal(c["totals"]["paid"]) for c in b.claims if only is None or only(c)), ZERO)


def fm(x, style=",", neg="-"):
    return money(x, style, neg)


class Flow:
    def __init__(self, cv: Canvas, start, bottom: float):
        self.cv, self.start, self.bottom = cv, start, bottom
        self.y = start(True)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.y = self.start(False)
            return True
        return False


def foot(cv: Canvas, npages, text, size=6.5, y=None, x=None, align="r", label="Page {n} of {N}"):
    y = y or cv.H - 22
    if text:
        cv.text(36, y, text, "R", size, gray=0.35)
    if npages:
        cv.text(x or cv.W - 36, y, label.format(n=cv.pages, N=npages), "R", size, align)


# ================================================================================================ z01
def z01(out: Path, npages):
    name = "z01_harborline_eop"
    book = Book(name, "reportlab", "Commercial payer provider Explanation of Payment, portrait, ruled rows, "
                "member responsibility column, remark codes, claims continued across pages.",
                {"money": ",", "date": "mdy4", "units": units_str, "adj": lambda g, c, a: []})
    book.checks = {"nc", "share", "owes"}
    cv = Canvas("reportlab", out / f"{name}.pdf", LETTER, "libsans")
    cols = [("dos", "Service\nDate", 48, "l"), ("code", "Code", 30, "l"), ("mod", "Mod", 32, "l"),
            ("qty", "Qty", 20, "r"), ("billed", "Amount\nCharged", 44, "r"), ("nc", "Not\nCovered", 38, "r"),
            ("disc", "Discount", 40, "r"), ("allowed", "Amount\nAllowed", 42, "r"), ("copay", "Copay", 32, "r"),
            ("ded", "Deduct-\nible", 36, "r"), ("coins", "Coins-\nurance", 36, "r"), ("paid", "Amount\nPaid", 42, "r"),
            ("owes", "Member\nResp.", 40, "r"), ("rmk", "Remark", 34, "l")]
    tb = Table(cv, 48, cols, size=6.8, head_fill=0.9, pad=2.2)

    def start(first):
        cv.page()
        if first:
            cv.text(48, 58, "HARBORLINE", "B", 20)
            cv.text(48, 70, "HEALTH PLANS  ·  Provider Services  ·  PO Box 7731, Tidewater, OR 97190", "R", 7, gray=0.3)
            cv.text(564, 56, "Explanation of Payment", "B", 13, "r")
            cv.text(564, 68, "Please keep this notice with your records", "R", 7, "r")
            cv.text(48, 96, "Pay to:", "B", 7.5)
            for i, s in enumerate(CLINIC):
                cv.text(86, 96 + i * 9.5, s, "R", 7.5)
            cv.rect(360, 86, 204, 52, fill=0.95)
            for i, (k, v) in enumerate((("Payment Number", "EFT 7719002216"), ("Payment Date", "02/03/2026"),
                                        ("Payment Amount", fm(paid_sum(name), "$")), ("Provider NPI", "1487026615"),
                                        ("Tax ID", "XX-XXX4410"))):
                cv.text(366, 96 + i * 9.5, k, "B", 7)
                cv.text(558, 96 + i * 9.5, v, "R", 7, "r")
            y = 156
        else:
            cv.text(48, 50, "HARBORLINE HEALTH PLANS  ·  Explanation of Payment  ·  EFT 7719002216", "B", 8)
            y = 66
        foot(cv, npages, "Harborline Health Plans is an invented name. Questions: 1-800-555-0147.")
        return y

    fl = Flow(cv, start, 792 - 50)
    claims = [
        ("Ivy Marchetti", "BS-30411", "HL26011400817", "HPP 440918271", PlanState(ded_left=Decimal("50"), coins_rate=Decimal("0.2")),
         [S(5, "97530", 3, "GO"), S(5, "97535", 1, "GO"), S(12, "97530", 2, "GO"), S(12, "97110", 1, "GO")]),
        ("Theo Abernathy-Cruz", "BS-30418", "HL26011400822", "HPP 512300846", PlanState(visit_copay=Decimal("30")),
         [S(6, "92523", 1, "GN"), S(8, "92507", 1, "GN"), S(13, "92507", 1, "GN"), S(15, "92507", 1, "GN"),
          S(20, "92507", 1, "GN")]),
        ("Nola Fairweather", "BS-30425", "HL26011600145", "HPP 389174022", PlanState(coins_rate=Decimal("0.1")),
         [S(7, "97166", 1, "GO"), S(9, "97533", 2, "GO"), S(9, "97112", 1, "GO", "59")]),
        ("Ezra Kowalczyk", "BS-30433", "HL26011900562", "HPP 770342119", PlanState(ded_left=Decimal("400")),
         [S(8, "97162", 1, "GP"), S(14, "97110", 2, "GP"), S(14, "97140", 1, "GP", "59"), S(21, "97110", 2, "GP"),
          S(21, "97116", 1, "GP")]),
        ("Ivy Marchetti", "BS-30457", "HL26012200307", "HPP 440918271", PlanState(coins_rate=Decimal("0.2")),
         [S(19, "97530", 3, "GO"), S(26, "97530", 3, "GO"), S(26, "97533", 1, "GO")]),
        ("Milo Haverford", "BS-30462", "HL26012300118", "HPP 605529713", PlanState(visit_copay=Decimal("20")),
         [S(16, "92610", 1, "GN"), S(16, "92526", 1, "GN"), S(23, "92526", 1, "GN"), S(30, "92526", 1, "GN")]),
        ("Theo Abernathy-Cruz", "BS-30470", "HL26012700431", "HPP 512300846", PlanState(visit_copay=Decimal("30")),
         [S(22, "92507", 1, "GN"), S(27, "92507", 1, "GN"), S(29, "92507", 1, "GN")]),
    ]
    denied = {("HL26011600145", "97533"): "HL31", ("HL26012200307", "97533"): "HL31"}
    for ci, (pat, acct, clm, mid, st, svcs) in enumerate(claims):
        for s in svcs:
            key = (clm, s.code)
            if key in denied:
                s.denied = "PR" if ci == 2 else "CO"
                s.remarks = [denied[key]]
            commercial(s, st, "96")
            if s.deductible and not s.remarks:
                s.remarks = ["HL04"]
            if s.copay and not s.remarks:
                s.remarks = ["HL12"]

        def heading(cont=False):
            fl.need(40)
            y = fl.y + 4
            cv.text(48, y + 8, f"Patient: {pat}", "B", 8)
            cv.text(210, y + 8, f"Patient Account #: {acct}", "R", 7.5)
            cv.text(360, y + 8, f"Member ID: {mid}", "R", 7.5)
            cv.text(48, y + 18, f"Claim ID: {clm}" + ("   (continued)" if cont else ""), "B", 7.5)
            cv.text(210, y + 18, "Received: 01/28/2026   Processed: 02/02/2026   Network: In-network", "R", 7.5)
            fl.y = tb.header(y + 22)

        heading()
        for s in svcs:
            vals = {"dos": dfmt(s.dos, "mdy4"), "code": s.code, "mod": " ".join(s.mods), "qty": units_str(s.units),
                    "billed": fm(s.billed), "nc": fm(s.not_covered), "disc": fm(s.discount),
                    "allowed": fm(s.allowed), "copay": fm(s.copay), "ded": fm(s.deductible),
                    "coins": fm(s.coinsurance), "paid": fm(s.paid), "owes": fm(s.owes), "rmk": " ".join(s.remarks)}
            if fl.need(tb.height(vals) + 2):
                heading(True)
            band = tb.row(fl.y, vals)
            fl.y = band[1]
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                              printed=("billed", "not_covered", "discount", "allowed", "copay",
                                                       "deductible", "coinsurance", "paid", "patient_owes"),
                                              remarks=s.remarks))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.need(14)
        tb.row(fl.y, {"dos": "Claim Total", "billed": fm(tot["billed"]), "nc": fm(total(svcs, "not_covered")),
                      "disc": fm(total(svcs, "discount")), "allowed": fm(tot["allowed"]),
                      "copay": fm(total(svcs, "copay")), "ded": fm(total(svcs, "deductible")),
                      "coins": fm(total(svcs, "coinsurance")), "paid": fm(tot["paid"]), "owes": fm(tot["owes"])},
               st="B", fill=0.95)
        fl.y += 16
        book.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(tot["paid"])), "patient_owes": str(q(tot["owes"]))}})
    legend = [("HL04", "Part of this amount counts toward the member's yearly deductible."),
              ("HL12", "A fixed office copay applies to this visit."),
              ("HL31", "This service is not a covered benefit under the member's plan.")]
    fl.need(12 + 10 * len(legend))
    cv.text(48, fl.y + 8, "Remark Code Descriptions", "B", 8)
    for i, (c, t) in enumerate(legend):
        cv.text(48, fl.y + 19 + i * 9.5, c, "B", 7)
        cv.text(80, fl.y + 19 + i * 9.5, t, "R", 7)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z02
def z02(out: Path, npages):
    name = "z02_keystone_remit"
    book = Book(name, "fpdf2", "Commercial payer provider remittance advice, landscape condensed font, shaded claim "
                "bands, Svc From / Svc To, Mod 1 / Mod 2, adjustment codes without amounts, a reversal and its "
                "replacement, claim header repeated on the next page; planted claim-total mismatch.",
                {"money": ",", "date": "mdy2", "units": lambda u: f"{u:.1f}", "adj": lambda g, c, a: [f"{g}-{c}"],
                 "planted_field": "paid"})
    book.checks = {"share", "owes"}
    cv = Canvas("fpdf2", out / f"{name}.pdf", LAND, "dvcond")
    cols = [("ln", "Line", 20, "c"), ("from", "Svc From", 40, "l"), ("to", "Svc To", 40, "l"),
            ("proc", "Proc", 30, "l"), ("m1", "Mod 1", 26, "c"), ("m2", "Mod 2", 26, "c"), ("units", "Units", 26, "r"),
            ("billed", "Submitted\nCharges", 50, "r"), ("neg", "Negotiated\nAmount", 50, "r"),
            ("np", "Not\nPayable", 42, "r"), ("ded", "Deductible", 44, "r"), ("copay", "Copay", 36, "r"),
            ("coins", "Coinsurance", 48, "r"), ("pr", "Patient\nResp", 44, "r"), ("paid", "Payable\nAmount", 50, "r"),
            ("adj", "Adj Codes", 92, "l"), ("rmk", "Remark", 40, "l")]
    tb = Table(cv, 38, cols, size=6.6, head_fill=None, rule=True, pad=1.8)

    def start(first):
        cv.page()
        cv.text(38, 40, "KEYSTONE MUTUAL HEALTH", "B", 13)
        cv.text(38, 50, "Provider Remittance Advice", "R", 8)
        cv.text(754, 40, "Trace No. 1KM0260204556   Payer ID 62871", "R", 7, "r")
        cv.text(754, 50, "Remit date 02/04/2026   Payee: " + CLINIC[0], "R", 7, "r")
        cv.line(38, 56, 754, 56, 1.2)
        foot(cv, npages, "Keystone Mutual Health (invented) · Provider line 1-888-555-0190 · Adjustment and remark "
             "codes are explained at the end of this advice.")
        return 64

    fl = Flow(cv, start, 612 - 40)
    claims = [
        ("MONTOYA-REESE, CALEB", "PCN 88120", "KM26A0190022", "Jorge Montoya-Reese", "1 - Processed as primary",
         PlanState(ded_left=Decimal("120")), [S(6, "97165", 1, "GO"), S(6, "97530", 2, "GO"), S(13, "97530", 3, "GO"),
                                              S(13, "97535", 1, "GO", "59"), S(20, "97530", 3, "GO")]),
        ("LINDQVIST, RAFAEL", "PCN 88133", "KM26A0190031", "Annika Lindqvist", "1 - Processed as primary",
         PlanState(visit_copay=Decimal("25")), [S(7, "92507", 1, "GN"), S(14, "92507", 1, "GN"),
                                                S(21, "92507", 1, "GN"), S(28, "92507", 1, "GN")]),
        ("YOSHIDA, PIPPA", "PCN 88140", "KM26A0190044", "Kenji Yoshida", "1 - Processed as primary",
         PlanState(coins_rate=Decimal("0.3")), [S(8, "97110", 2, "GP"), S(8, "97112", 1, "GP", "59"),
                                                 S(15, "97110", 2, "GP"), S(15, "97140", 1, "GP", "59"),
                                                 S(22, "97110", 2, "GP"), S(22, "97530", 1, "GP")]),
        ("LINDQVIST, RAFAEL", "PCN 87715", "KM25L1230871", "Annika Lindqvist", "22 - Reversal of prior payment",
         PlanState(visit_copay=Decimal("25")), [S(17, "92507", 1, "GN", month=12), S(17, "92526", 1, "GN", month=12)]),
        ("LINDQVIST, RAFAEL", "PCN 87715", "KM26A0190058", "Annika Lindqvist", "1 - Processed as primary",
         PlanState(visit_copay=Decimal("25")), [S(17, "92507", 1, "GN", month=12), S(17, "92526", 1, "GN", month=12)]),
        ("OKAFOR-LIND, AMARA", "PCN 88151", "KM26A0190062", "Chidi Okafor-Lind", "4 - Denied",
         PlanState(), [S(9, "96112", 1), S(9, "97533", 2, "GO")]),
        ("MONTOYA-REESE, CALEB", "PCN 88166", "KM26A0190075", "Jorge Montoya-Reese", "1 - Processed as primary",
         PlanState(), [S(27, "97530", 3, "GO"), S(27, "97533", 1, "GO")]),
    ]
    planted = "KM26A0190044"
    for ci, (pat, pcn, clm, sub, status, st, svcs) in enumerate(claims):
        for s in svcs:
            if status.startswith("4"):
                s.denied = "CO"
                s.remarks = ["N290" if s.code == "96112" else "M62"]
            commercial(s, st, "197")
            if s.denied:
                s.not_covered = s.billed
        if status.startswith("22"):
            svcs[:] = [negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["MA67"]
        shown = pcn.replace("PCN ", "")

        def heading(cont=False):
            fl.need(36)
            y = fl.y + 3
            cv.rect(38, y, 716, 22, fill=0.86, stroke=False)
            cv.text(42, y + 9, f"PATIENT NAME: {pat}", "B", 7)
            cv.text(230, y + 9, f"PATIENT CONTROL NO: {shown}", "R", 7)
            cv.text(380, y + 9, f"KEYSTONE CLAIM NO: {clm}" + (" (CONT.)" if cont else ""), "B", 7)
            cv.text(42, y + 18, f"SUBSCRIBER: {sub.upper()}", "R", 7)
            cv.text(230, y + 18, "PLAN: KM CHOICE PPO 2000", "R", 7)
            cv.text(380, y + 18, f"CLAIM STATUS: {status.upper()}", "R", 7)
            fl.y = tb.header(y + 24)

        heading()
        for i, s in enumerate(svcs, 1):
            m = list(s.mods) + ["", ""]
            adjc = ",".join(f"{g}-{c}" for g, c, a in s.adjs if a)
            vals = {"ln": str(i), "from": dfmt(s.dos, "mdy2"), "to": dfmt(s.dos, "mdy2"), "proc": s.code,
                    "m1": m[0], "m2": m[1], "units": f"{s.units:.1f}", "billed": fm(s.billed), "neg": fm(s.allowed),
                    "np": fm(s.not_covered), "ded": fm(s.deductible), "copay": fm(s.copay), "coins": fm(s.coinsurance),
                    "pr": fm(s.owes), "paid": fm(s.paid), "adj": adjc, "rmk": " ".join(s.remarks)}
            if fl.need(tb.height(vals)):
                heading(True)
            band = tb.row(fl.y, vals)
            fl.y = band[1]
            book.add(cv.pages, band, line_row(
                cv.pages, s, claim_id=shown, payer_claim_id=clm, patient=pat, service_end=s.dos,
                printed=("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "patient_owes",
                         "paid"), adjustments=[(g, c, None) for g, c, a in s.adjs if a], remarks=s.remarks))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        shown_paid = tot["paid"] + (Decimal("10.00") if clm == planted else ZERO)
        fl.need(13)
        tb.row(fl.y, {"from": "CLAIM TOTALS", "billed": fm(tot["billed"]), "neg": fm(tot["allowed"]),
                      "np": fm(total(svcs, "not_covered")), "ded": fm(total(svcs, "deductible")),
                      "copay": fm(total(svcs, "copay")), "coins": fm(total(svcs, "coinsurance")),
                      "pr": fm(tot["owes"]), "paid": fm(shown_paid)}, st="B", rule=False)
        fl.y += 16
        book.claims.append({"claim_id": shown, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(shown_paid)), "patient_owes": str(q(tot["owes"]))}})
        if clm == planted:
            book.findings.append(f"claim-total-mismatch claim {clm}: printed Payable Amount total {q(shown_paid)} "
                                 f"but the lines add up to {q(tot['paid'])}")
    legend = [("CO-45", "Charge above the negotiated amount; provider write-off."),
              ("CO-197", "No approval on file before the service; provider write-off."),
              ("PR-1", "Member deductible."), ("PR-2", "Member coinsurance."), ("PR-3", "Member copay."),
              ("M62", "Approval number missing or not valid."), ("N290", "Rendering clinician not on file."),
              ("MA67", "Earlier payment taken back; see the corrected claim.")]
    fl.need(14 + 9 * 4)
    cv.text(38, fl.y + 8, "CODE LEGEND", "B", 7.5)
    for i, (c, t) in enumerate(legend):
        cv.text(38 + (i % 2) * 360, fl.y + 19 + (i // 2) * 9, f"{c}  {t}", "R", 6.8)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z03
def z03(out: Path, npages):
    name = "z03_sunfield_mco_ra"
    book = Book(name, "reportlab", "Medicaid managed-care plan remittance advice, landscape Courier text rows, claim "
                "row with its totals printed above the detail lines, DOS FROM/TO, three modifier columns, units 4.00, "
                "one CARC with amount per line, RARC, a denial, a void and its replacement.",
                {"money": "", "date": "mdy2", "units": lambda u: f"{u:.2f}",
                 "adj": lambda g, c, a: [f"{g}{c}", money(a, "")]})
    book.checks = {"adj", "share"}
    cv = Canvas("reportlab", out / f"{name}.pdf", LAND, "courier")
    size, lead = 7.2, 9.6
    HDR = (" LN  DOS-FROM DOS-TO   PROC  M1 M2 M3    UNITS     CHARGE    ALLOWED   COPAY       PAID  ADJ-RSN"
           "    ADJ-AMT  RARC")

    def start(first):
        cv.page()
        cv.text(30, 36, "SUNFIELD COMMUNITY HEALTH PLAN - MEDICAID MANAGED CARE", "B", 9)
        cv.text(30, 46, "PROVIDER REMITTANCE ADVICE          RA NBR 0026-0205-1187     PAYMENT DATE 02/05/26", "R", size)
        cv.text(30, 56, f"PAYEE: {CLINIC[0].upper()}   PROV ID 0048831207   NPI 1487026615", "R", size)
        if npages:
            cv.text(762, 36, f"PAGE {cv.pages} OF {npages}", "R", size, "r")
        cv.line(30, 62, 762, 62, 0.6, dash=True)
        cv.text(30, 72, HDR, "B", size)
        cv.line(30, 76, 762, 76, 0.6, dash=True)
        return 86

    fl = Flow(cv, start, 612 - 36)
    claims = [
        ("OKONKWO, SADIE", "BS-40112", "2026012700119", "88A7712903", "PAID",
         [S(5, "97530", 4, "GO", "U1"), S(5, "97535", 1, "GO", "U1"), S(12, "97530", 4, "GO", "U1"),
          S(12, "97112", 2, "GO", "59", "U1"), S(19, "97530", 4, "GO", "U1"), S(26, "97530", 4, "GO", "U1")]),
        ("RIVERA TOLEDO, MATEO", "BS-40118", "2026012700124", "88B0034417", "PAID",
         [S(6, "92507", 1, "GN"), S(13, "92507", 1, "GN"), S(20, "92507", 1, "GN"), S(27, "92507", 1, "GN")]),
        ("BLACKWOOD, HAZEL", "BS-40123", "2026012700131", "88C5590126", "DENIED",
         [S(7, "97167", 1, "GO"), S(7, "97533", 2, "GO")]),
        ("OKONKWO, SADIE", "BS-39870", "2025123000877", "88A7712903", "VOID",
         [S(15, "97530", 4, "GO", "U1", month=12), S(15, "97535", 2, "GO", "U1", month=12)]),
        ("OKONKWO, SADIE", "BS-39870", "2026012700140", "88A7712903", "REPLACEMENT",
         [S(15, "97530", 4, "GO", "U1", month=12), S(15, "97535", 1, "GO", "U1", month=12)]),
        ("NAKAGAWA, BEAU", "BS-40131", "2026012700156", "88D2281045", "PAID",
         [S(8, "97162", 1, "GP"), S(15, "97110", 3, "GP"), S(15, "97116", 1, "GP"), S(22, "97110", 3, "GP"),
          S(22, "97140", 1, "GP", "59"), S(29, "97110", 3, "GP")]),
        ("RIVERA TOLEDO, MATEO", "BS-40140", "2026012700163", "88B0034417", "PAID",
         [S(8, "92523", 1, "GN"), S(29, "92526", 1, "GN")]),
    ]
    for pat, acct, icn, mid, status, svcs in claims:
        for s in svcs:
            if status == "DENIED":
                s.denied = "CO"
                s.remarks = ["N54"]
            medicaid(s, "197")
            if status == "REPLACEMENT" or status == "VOID":
                s.remarks = ["N757"]
        if status == "VOID":
            svcs[:] = [negate(s) for s in svcs]
        tb_ = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        fl.need(3 * lead + lead)
        y = fl.y
        cv.text(30, y, f"ICN {icn}  PAT ACCT {acct:<10} RECIP {pat:<22} MBR ID {mid}  CLAIM STATUS {status}", "B", size)
        cv.text(30, y + lead, f"     CLM CHARGE {money(tb_['billed'], ''):>10}   CLM ALLOWED {money(tb_['allowed'], ''):>10}"
                f"   CLM PAID {money(tb_['paid'], ''):>10}   TPL 0.00   PT LIAB 0.00", "R", size)
        fl.y = y + 2 * lead
        for i, s in enumerate(svcs, 1):
            if fl.need(lead):
                cv.text(30, fl.y, f"ICN {icn}  (CONTINUED)", "B", size)
                fl.y += lead
            m = list(s.mods) + ["", "", ""]
            g, c, a = s.adjs[0] if s.adjs else ("", "", None)
            t = (f" {i:>3} {dfmt(s.dos, 'mdy2'):8} {dfmt(s.dos, 'mdy2'):8} {s.code:5} {m[0]:2} {m[1]:2} {m[2]:2} "
                 f"{s.units:>8.2f} {money(s.billed, ''):>10} {money(s.allowed, ''):>10} {'0.00':>7} "
                 f"{money(s.paid, ''):>10}  {(g + c):8} {(money(a, '') if a is not None else ''):>9}  "
                 f"{' '.join(s.remarks)}")
            cv.text(30, fl.y, t, "R", size)
            band = (fl.y - size, fl.y + 1)
            fl.y += lead
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                              service_end=s.dos, printed=("billed", "allowed", "copay", "paid"),
                                              adjustments=s.adjs[:1], remarks=s.remarks))
        fl.y += lead * 0.6
        book.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                            "totals": {"billed": str(q(tb_["billed"])), "allowed": str(q(tb_["allowed"])),
                                       "paid": str(q(tb_["paid"])), "patient_owes": None}})
    legend = [("N54", "Service needs a plan authorization that was not found."),
              ("N757", "This claim replaces or cancels an earlier one; see the original ICN.")]
    fl.need(lead * 4)
    cv.text(30, fl.y + 4, "REMARK CODE LEGEND", "B", size)
    for i, (c, t) in enumerate(legend):
        cv.text(30, fl.y + 4 + lead * (i + 1), f"{c:6} {t}", "R", size)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z04
def z04(out: Path, npages):
    name = "z04_uniformed_family_remit"
    book = Book(name, "reportlab", "Military-family health program (TRICARE-like) regional contractor provider "
                "remittance, serif, one BOXED block per claim with beneficiary vs sponsor, basic-program and "
                "extended-care (ABA) claims, weekly date ranges, cost-share, reason codes, pages furnished alike.",
                {"money": ",", "date": "mdy2", "units": units_str, "adj": lambda g, c, a: []})
    book.checks = {"share", "owes"}
    cv = Canvas("reportlab", out / f"{name}.pdf", LETTER, "dvserif")
    cols = [("dos", "Date(s) of Service", 82, "l"), ("proc", "Proc", 32, "l"), ("mods", "Mods", 34, "l"),
            ("svcs", "Svcs", 24, "r"), ("billed", "Billed", 46, "r"), ("allowed", "Allowed", 46, "r"),
            ("ded", "Deductible", 48, "r"), ("cs", "Cost-Share", 48, "r"), ("liab", "Pt Liab", 42, "r"),
            ("paid", "Amount Paid", 52, "r"), ("code", "Code", 30, "l")]
    X = 52
    tb = Table(cv, X + 4, cols, size=6.6, head_fill=None, rule=False, pad=1.8)

    def start(first):
        cv.page()
        cv.text(52, 46, "EASTGATE FEDERAL HEALTH SERVICES", "B", 11)
        cv.text(52, 57, "Regional contractor, Uniformed Family Health Program  ·  PO Box 40912, Fort Calder, SC 29088", "R", 6.8, gray=0.3)
        cv.text(560, 46, "PROVIDER REMITTANCE", "B", 10, "r")
        cv.text(560, 57, "Voucher 6604-118270  ·  Issued 02/06/2026", "R", 6.8, "r")
        cv.line(52, 63, 560, 63, 1.5)
        if first:
            cv.text(52, 78, f"{CLINIC[0]}  ·  {CLINIC[1]}  ·  {CLINIC[2]}", "R", 7.5)
            cv.text(52, 88, "Provider No. EF-2209174   Network status: network provider   EFT 0000481177 for "
                    + fm(paid_sum(name), "$"),
                    "R", 7.5)
            y = 100
        else:
            y = 74
        foot(cv, npages, "Eastgate Federal Health Services is an invented contractor. Beneficiaries may not be "
             "billed more than the Pt Liab amount.", size=6)
        return y

    fl = Flow(cv, start, 792 - 44)
    ded = {"Lucas Brennan-Tate": Decimal("50")}
    claims = [
        ("Lucas Brennan-Tate", "SGT Dana Brennan-Tate", "***-**-5518", "BS-51002", "EF26020100417", "Basic",
         [S(5, "97530", 3, "GO"), S(5, "97533", 1, "GO", "59"), S(12, "97530", 3, "GO"), S(19, "97530", 3, "GO"),
          S(26, "97530", 2, "GO")]),
        ("Lucas Brennan-Tate", "SGT Dana Brennan-Tate", "***-**-5518", "BS-51003", "EF26020100418",
         "ECHO (extended care)", [("97153", 28, ("HN",), 5, 9), ("97153", 24, ("HN",), 12, 16),
                                  ("97155", 4, ("HO",), 14, 14), ("97153", 30, ("HN",), 19, 23)]),
        ("Maisie Oduya", "CPT Ikenna Oduya", "***-**-0724", "BS-51010", "EF26020100433", "Basic",
         [S(6, "92523", 1, "GN"), S(8, "92507", 1, "GN"), S(13, "92507", 1, "GN"), S(20, "92507", 1, "GN"),
          S(27, "92507", 1, "GN")]),
        ("Maisie Oduya", "CPT Ikenna Oduya", "***-**-0724", "BS-51011", "EF26020100436", "Basic",
         [S(9, "97165", 1, "GO"), S(9, "96112", 1)]),
        ("Wren Castellanos", "PO2 Ada Castellanos", "***-**-3390", "BS-51019", "EF26020100452",
         "ECHO (extended care)", [("97153", 20, ("HN",), 5, 9), ("97153", 20, ("HN",), 12, 16),
                                  ("97153", 18, ("HN",), 19, 23), ("97155", 3, ("HO",), 21, 21),
                                  ("97153", 20, ("HN",), 26, 30)]),
    ]
    echo_fee = {"Lucas Brennan-Tate": Decimal("35.00"), "Wren Castellanos": Decimal("25.00")}
    for pat, sponsor, ssn, acct, clm, prog, items in claims:
        svcs = []
        for it in items:
            if isinstance(it, Svc):
                s = it
            else:
                s = S(it[3], it[0], it[1], *it[2])
                if it[4] != it[3]:
                    s.end = J(it[4])
            svcs.append(s)
        for s in svcs:
            s.allowed = q(s.billed * Decimal("0.74"))
            if s.code == "96112":
                s.allowed = ZERO
                s.remarks = ["D17"]
                s.paid = ZERO
                continue
            rem = s.allowed
            if prog.startswith("ECHO"):
                fee = echo_fee.get(pat, ZERO)
                s.coinsurance = min(fee, rem)
                echo_fee[pat] = fee - s.coinsurance
                if s.coinsurance:
                    s.remarks = ["E05"]
            else:
                s.deductible = min(ded.get(pat, ZERO), rem)
                ded[pat] = ded.get(pat, ZERO) - s.deductible
                rem -= s.deductible
                s.coinsurance = q(rem * Decimal("0.15")) if pat != "Maisie Oduya" else ZERO
                s.copay = ZERO
                if s.deductible:
                    s.remarks = ["B01"]
            s.paid = s.allowed - s.deductible - s.coinsurance
            s.owes = s.deductible + s.coinsurance
        rows = []
        for s in svcs:
            d = dfmt(s.dos, "mdy2") + (f"-{dfmt(s.end, 'mdy2')}" if s.end else "")
            rows.append({"dos": d, "proc": s.code, "mods": " ".join(s.mods), "svcs": units_str(s.units),
                         "billed": fm(s.billed), "allowed": fm(s.allowed), "ded": fm(s.deductible),
                         "cs": fm(s.coinsurance), "liab": fm(s.owes), "paid": fm(s.paid), "code": " ".join(s.remarks)})
        box_h = 34 + 14 + sum(tb.height(r) for r in rows) + 26
        fl.need(box_h + 8)
        y0 = fl.y
        cv.rect(X, y0, 508, box_h, lw=0.8)
        cv.rect(X, y0, 508, 30, fill=0.93, lw=0.8)
        kv = [("Beneficiary", pat), ("Sponsor", sponsor), ("Sponsor SSN", ssn), ("Claim Number", clm),
              ("Patient Acct No.", acct), ("Program", prog)]
        for i, (k, v) in enumerate(kv):
            xx = X + 6 + (i % 3) * 170
            yy = y0 + 11 + (i // 3) * 12
            cv.text(xx, yy, k + ":", "B", 6.8)
            cv.text(xx + cv.width(k + ":", "B", 6.8) + 4, yy, v, "R", 6.8)
        y = tb.header(y0 + 33)
        cv.line(X + 4, y, X + 504, y, 0.4)
        for s, r in zip(svcs, rows):
            band = tb.row(y, r, rule=False)
            y = band[1]
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                              service_end=s.end, printed=("billed", "allowed", "deductible",
                                                                          "coinsurance", "patient_owes", "paid"),
                                              remarks=s.remarks))
        cv.line(X + 4, y + 1, X + 504, y + 1, 0.4)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        tb.row(y + 2, {"dos": "Claim totals", "billed": fm(tot["billed"]), "allowed": fm(tot["allowed"]),
                       "ded": fm(total(svcs, "deductible")), "cs": fm(total(svcs, "coinsurance")),
                       "liab": fm(tot["owes"]), "paid": fm(tot["paid"])}, st="B", rule=False)
        cv.text(X + 8, y + 22, f"Beneficiary owes provider: ${fm(tot['owes'])}", "I", 6.8)
        fl.y = y0 + box_h + 10
        book.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(tot["paid"])), "patient_owes": str(q(tot["owes"]))}})
    legend = [("B01", "Applied to the family's fiscal-year deductible."),
              ("E05", "Sponsor's monthly extended-care cost-share applied to this month's first services."),
              ("D17", "Testing service not payable on the same day as the evaluation; the beneficiary may not be billed.")]
    fl.need(40)
    cv.text(52, fl.y + 6, "Reason codes used on this voucher", "B", 7.5)
    for i, (c, t) in enumerate(legend):
        cv.text(52, fl.y + 17 + i * 9, f"{c}  {t}", "R", 6.8)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z05
def z05(out: Path, npages):
    name = "z05_northcrest_cob"
    book = Book(name, "fpdf2", "Secondary commercial plan coordination-of-benefits payment explanation to the "
                "provider, core Times, primary carrier's figures printed for reference, adjustments stacked one per "
                "sub-row (CO-45 / OA-23 / PR-1), patient balance.",
                {"money": ",", "date": "mdy4", "units": units_str,
                 "adj": lambda g, c, a: [f"{g}-{c}", money(a, ",")]})
    book.checks = {"adj"}
    cv = Canvas("fpdf2", out / f"{name}.pdf", LETTER, "times")
    cols = [("dos", "Service\nDate", 48, "l"), ("proc", "Procedure", 58, "l"), ("units", "Units", 26, "r"),
            ("billed", "Charges", 46, "r"), ("pa", "Primary\nAllowed", 46, "r"), ("pp", "Primary\nPaid", 46, "r"),
            ("allowed", "Our\nAllowance", 48, "r"), ("paid", "Benefit\nPaid", 46, "r"),
            ("owes", "Patient\nBalance", 46, "r"), ("ac", "Adj.\nCode", 36, "l"), ("aa", "Adj.\nAmount", 44, "r")]
    X = 60
    tb = Table(cv, X, cols, size=7.6, head_fill=None, rule=False, pad=1.6)

    def start(first):
        cv.page()
        cv.text(60, 50, "Northcrest Benefit Administrators", "B", 15)
        cv.text(60, 62, "Third-party administrator for self-funded employer plans", "I", 8)
        cv.text(552, 50, "Coordination of Benefits", "B", 10, "r")
        cv.text(552, 62, "Payment Explanation", "B", 10, "r")
        cv.line(60, 68, 552, 68, 0.8)
        cv.line(60, 70, 552, 70, 0.3)
        if first:
            cv.text(60, 86, "Payee: " + ", ".join(CLINIC), "R", 8)
            cv.text(60, 97, "Check No. 00417725   Check Date 02/09/2026   Check Amount " + fm(paid_sum(name), "$"), "R", 8)
            cv.text(60, 108, "This plan pays as SECONDARY. The primary carrier's figures are shown for reference.",
                    "I", 8)
            y = 122
        else:
            y = 80
        foot(cv, npages, "Northcrest Benefit Administrators (invented). Appeals within 180 days of this notice.",
             size=7)
        return y

    fl = Flow(cv, start, 792 - 44)
    claims = [
        ("Juniper Adeyemi", "Folake Adeyemi", "NB-26-0048811", "20417", "Harborline Health Plans", Decimal("40"),
         [S(5, "97530", 2, "GO"), S(5, "97535", 1, "GO"), S(12, "97530", 3, "GO"), S(19, "97530", 3, "GO")]),
        ("Otis Adeyemi", "Folake Adeyemi", "NB-26-0048812", "20422", "Harborline Health Plans", Decimal("0"),
         [S(6, "92507", 1, "GN"), S(13, "92507", 1, "GN"), S(13, "92526", 1, "GN")]),
        ("Beatrix Vance-Holloway", "Simon Holloway", "NB-26-0049130", "20450", "Keystone Mutual Health",
         Decimal("25"), [S(7, "97110", 2, "GP"), S(7, "97140", 1, "GP", "59"), S(14, "97110", 2, "GP"),
                         S(14, "97018", 1, "GP"), S(21, "97112", 2, "GP")]),
        ("Juniper Adeyemi", "Folake Adeyemi", "NB-26-0049377", "20468", "Harborline Health Plans", Decimal("0"),
         [S(26, "97530", 3, "GO"), S(26, "97533", 1, "GO")]),
    ]
    pr_left = {}
    for pat, ins, clm, acct, primary, d2, svcs in claims:
        pr_left.setdefault(pat, d2)
        for s in svcs:
            s.pa = q(s.billed * Decimal("0.70"))
            s.pp = q(s.pa * Decimal("0.80"))
            if s.code == "97533":
                s.pa = s.pp = ZERO
                s.allowed = ZERO
                s.adjs = [("CO", "96", s.billed)]
                s.remarks = []
                continue
            s.allowed = q(s.billed * Decimal("0.80"))
            dd = min(pr_left[pat], s.allowed - s.pp)
            pr_left[pat] -= dd
            s.paid = s.allowed - s.pp - dd
            s.owes = dd
            s.adjs = [("CO", "45", s.billed - s.allowed), ("OA", "23", s.pp)] + ([("PR", "1", dd)] if dd else [])

        def heading(cont=False):
            fl.need(40)
            y = fl.y + 4
            cv.text(X, y + 8, f"Patient: {pat}", "B", 8.5)
            cv.text(X + 190, y + 8, f"Insured: {ins}", "R", 8)
            cv.text(X + 350, y + 8, f"Claim Number: {clm}" + (" (cont.)" if cont else ""), "B", 8)
            cv.text(X, y + 18, f"Your Account: {acct}", "R", 8)
            cv.text(X + 190, y + 18, f"Primary carrier: {primary}", "R", 8)
            cv.line(X, y + 22, X + 490, y + 22, 0.5)
            fl.y = tb.header(y + 23)
            cv.line(X, fl.y, X + 490, fl.y, 0.5)

        heading()
        for s in svcs:
            first = s.adjs[0]
            vals = {"dos": dfmt(s.dos, "mdy4"), "proc": " ".join((s.code,) + s.mods), "units": units_str(s.units),
                    "billed": fm(s.billed), "pa": fm(s.pa), "pp": fm(s.pp), "allowed": fm(s.allowed),
                    "paid": fm(s.paid), "owes": fm(s.owes), "ac": [f"{g}-{c}" for g, c, a in s.adjs],
                    "aa": [fm(a) for g, c, a in s.adjs]}
            if fl.need(tb.height(vals)):
                heading(True)
            band = tb.row(fl.y, vals, rule=False)
            fl.y = band[1]
            cv.line(X, fl.y, X + 490, fl.y, 0.2, dash=True)
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                              printed=("billed", "allowed", "paid", "patient_owes"),
                                              adjustments=s.adjs))
            del first
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.need(14)
        tb.row(fl.y, {"dos": "Totals", "billed": fm(tot["billed"]), "allowed": fm(tot["allowed"]),
                      "paid": fm(tot["paid"]), "owes": fm(tot["owes"])}, st="B", rule=False)
        fl.y += 20
        book.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(tot["paid"])), "patient_owes": str(q(tot["owes"]))}})
    legend = [("CO-45", "Charges over this plan's allowance; not billable to the patient."),
              ("OA-23", "Amount already paid by the primary carrier."),
              ("PR-1", "Applied to this plan's deductible; the patient may be billed."),
              ("CO-96", "Not a covered service under either plan.")]
    fl.need(50)
    cv.text(X, fl.y + 6, "Explanation of adjustment codes", "B", 8)
    for i, (c, t) in enumerate(legend):
        cv.text(X, fl.y + 17 + i * 10, f"{c}   {t}", "R", 7.5)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z06
def z06(out: Path, npages):
    name = "z06_granite_ridge_wc"
    book = Book(name, "fpdf2", "Workers' compensation carrier medical bill payment notice (teen employee hand "
                "therapy), landscape narrow font, claimant / injury claim / bill ID heading, state fee schedule, "
                "review reduction, allowed, paid, review reason codes, a line denied as unrelated to the injury.",
                {"money": "$", "date": "mdy4", "units": units_str, "adj": lambda g, c, a: []})
    book.checks = {"nc"}
    cv = Canvas("fpdf2", out / f"{name}.pdf", LAND, "libnarrow")
    cols = [("ln", "Ln", 18, "c"), ("dos", "Date of\nService", 50, "l"), ("code", "CPT/\nHCPCS", 40, "l"),
            ("mod", "Mod", 30, "l"), ("units", "Units", 28, "r"), ("billed", "Billed\nAmount", 56, "r"),
            ("fs", "State Fee\nSchedule", 56, "r"), ("red", "Review\nReduction", 56, "r"),
            ("allowed", "Allowed", 56, "r"), ("prev", "Previously\nPaid", 50, "r"), ("paid", "Amount\nPaid", 56, "r"),
            ("rsn", "Reason\nCodes", 60, "l"), ("desc", "Service", 150, "l")]
    X = 36
    tb = Table(cv, X, cols, size=7.4, head_fill=0.82, grid=True, pad=2)
    fee = {"97165": "168.40", "97166": "168.40", "97140": "41.60", "97110": "44.10", "97018": "14.20",
           "97760": "61.30", "L3807": "355.00", "97530": "47.90", "99213": "110.00", "97168": "96.50"}

    def start(first):
        cv.page()
        cv.text(X, 42, "GRANITE RIDGE CASUALTY COMPANY", "B", 14)
        cv.text(X, 54, "Workers' Compensation Medical Bill Payment Notice", "R", 9)
        cv.text(756, 42, "Notice date 02/10/2026", "R", 8, "r")
        cv.text(756, 54, "Pay to: " + CLINIC[0], "R", 8, "r")
        cv.line(X, 60, 756, 60, 1)
        foot(cv, npages, "Reimbursement follows the state medical fee schedule. The injured worker may not be billed "
             "for any balance (invented carrier).", size=7)
        return 70

    fl = Flow(cv, start, 612 - 40)
    bills = [
        ("Delgado-Finch, Rory", "WC-25-118870", "Ferncrest Grocery Co-op", "11/22/2025", "GR260131-0447", "INV-7712",
         [S(6, "97165", 1, "GO"), S(6, "L3807", 1, "RT"), S(6, "97760", 1, "GO"), S(9, "97140", 2, "GO"),
          S(9, "97110", 2, "GO"), S(13, "97140", 2, "GO"), S(13, "97110", 2, "GO"), S(13, "97018", 1, "GO")]),
        ("Delgado-Finch, Rory", "WC-25-118870", "Ferncrest Grocery Co-op", "11/22/2025", "GR260131-0452", "INV-7740",
         [S(16, "97140", 2, "GO"), S(16, "97110", 3, "GO"), S(20, "97140", 1, "GO"), S(20, "97110", 3, "GO"),
          S(20, "97530", 1, "GO"), S(23, "97110", 3, "GO"), S(23, "99213", 1), S(27, "97168", 1, "GO")]),
        ("Paquette, Lena", "WC-26-000413", "Summit Ridge Ice Arena", "01/03/2026", "GR260131-0461", "INV-7751",
         [S(8, "97166", 1, "GO"), S(8, "97760", 1, "GO"), S(12, "97110", 2, "GO"), S(12, "97018", 1, "GO"),
          S(15, "97110", 2, "GO"), S(15, "97140", 1, "GO", "59"), S(22, "97110", 2, "GO"), S(29, "97110", 2, "GO")]),
    ]
    for pat, inj, emp, doi, bill, inv, svcs in bills:
        for s in svcs:
            f = Decimal(fee[s.code]) * s.units
            s.fs = q(f)
            if s.code == "99213":
                s.allowed = ZERO
                s.remarks = ["R22"]
            elif s.code == "97018" and bill.endswith("0461"):
                s.allowed = ZERO
                s.remarks = ["R09"]
            else:
                s.allowed = min(s.billed, s.fs)
                s.remarks = ["R01"] if s.allowed < s.billed else []
            s.discount = s.billed - s.allowed
            s.paid = s.allowed

        def heading(cont=False):
            fl.need(50)
            y = fl.y + 2
            cv.rect(X, y, 720, 26, fill=0.95, stroke=True, lw=0.4)
            cv.text(X + 4, y + 10, f"Claimant: {pat}", "B", 8)
            cv.text(X + 190, y + 10, f"Injury Claim #: {inj}", "R", 8)
            cv.text(X + 350, y + 10, f"Employer: {emp}", "R", 8)
            cv.text(X + 560, y + 10, f"Date of Injury: {doi}", "R", 8)
            cv.text(X + 4, y + 21, f"Bill ID: {bill}" + ("  (continued)" if cont else ""), "B", 8)
            cv.text(X + 190, y + 21, f"Provider Bill #: {inv}", "R", 8)
            cv.text(X + 350, y + 21, "Bill received: 01/30/2026   Reviewed: 02/06/2026", "R", 8)
            fl.y = tb.header(y + 28)

        heading()
        for i, s in enumerate(svcs, 1):
            vals = {"ln": str(i), "dos": dfmt(s.dos, "mdy4"), "code": s.code, "mod": " ".join(s.mods),
                    "units": units_str(s.units), "billed": fm(s.billed, "$"), "fs": fm(s.fs, "$"),
                    "red": fm(s.discount, "$"), "allowed": fm(s.allowed, "$"), "prev": fm(ZERO, "$"),
                    "paid": fm(s.paid, "$"), "rsn": " ".join(s.remarks),
                    "desc": cv.wrap(s.desc, 146, "R", 7.4)}
            if fl.need(tb.height(vals)):
                heading(True)
            band = tb.row(fl.y, vals)
            fl.y = band[1]
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=inv, payer_claim_id=bill, patient=pat,
                                              printed=("billed", "discount", "allowed", "paid"), remarks=s.remarks))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        fl.need(14)
        tb.row(fl.y, {"dos": "Bill totals", "billed": fm(tot["billed"], "$"), "red": fm(total(svcs, "discount"), "$"),
                      "allowed": fm(tot["allowed"], "$"), "paid": fm(tot["paid"], "$")}, st="B", fill=0.9)
        fl.y += 22
        book.claims.append({"claim_id": inv, "payer_claim_id": bill, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(tot["paid"])), "patient_owes": None}})
    legend = [("R01", "Reduced to the state fee schedule maximum for this code."),
              ("R09", "Paraffin treatment not part of the approved treatment plan for this injury."),
              ("R22", "Office visit not related to the accepted work injury; submit to the worker's health plan.")]
    fl.need(44)
    cv.text(X, fl.y + 6, "Review reason codes", "B", 8)
    for i, (c, t) in enumerate(legend):
        cv.text(X, fl.y + 17 + i * 10, f"{c}  {t}", "R", 7.5)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z07
def z07(out: Path, npages):
    name = "z07_clearpath_era_print"
    book = Book(name, "reportlab", "Clearinghouse printable ERA view, portrait, shaded left sidebar with payer / payee "
                "/ payment / provider-level adjustments, claims in the right-hand column, adjustments 'CO-45: 38.40' "
                "stacked inside one cell, RARC, a reversal with negatives and its correction.",
                {"money": ",", "date": "mdy4", "units": units_str,
                 "adj": lambda g, c, a: [f"{g}-{c}: {money(a, ',')}"]})
    book.checks = {"adj"}
    cv = Canvas("reportlab", out / f"{name}.pdf", LETTER, "dvsans")
    cols = [("dos", "Svc Date", 46, "l"), ("proc", "Proc", 28, "l"), ("mods", "Mods", 30, "l"),
            ("units", "Units", 22, "r"), ("billed", "Charge", 42, "r"), ("allowed", "Allowed", 42, "r"),
            ("paid", "Paid", 42, "r"), ("adj", "Adjustments", 100, "l"), ("rarc", "RARC", 36, "l")]
    X = 180
    tb = Table(cv, X, cols, size=6.3, head_fill=0.8, rule=True, pad=1.6)

    def sidebar():
        cv.rect(24, 24, 144, 744, fill=0.92, stroke=False)
        y = 44
        items = [("PAYER", ["Pinecrest Health Insurance Co.", "Payer ID 43391", "PO Box 2230", "Alder Falls, ID 83650"]),
                 ("PAYEE", [CLINIC[0], "NPI 1487026615", "TIN XX-XXX4410"]),
                 ("PAYMENT", ["Method: ACH", "Trace 8801-2260211", "Date: 02/11/2026", "Amount: " + fm(paid_sum(name) + Decimal("2.14"), "$")]),
                 ("PROVIDER ADJUSTMENTS", ["L6 interest  -2.14", "(increases payment)"]),
                 ("VIEW", ["ClearPath Exchange", "Remittance Viewer", "Printable ERA"])]
        for h, ls in items:
            cv.text(30, y, h, "B", 6.8)
            y += 9
            for s in ls:
                cv.text(30, y, s, "R", 6.3)
                y += 8
            y += 7

    def start(first):
        cv.page()
        sidebar()
        cv.text(X, 40, "Electronic Remittance Advice — Claim Detail", "B", 10)
        cv.text(X, 50, "Printed from ClearPath Exchange (invented). Values as sent by the payer in the 835.", "R", 6.3,
                gray=0.35)
        foot(cv, npages, "", size=6.3)
        return 60

    fl = Flow(cv, start, 792 - 40)
    claims = [
        ("HALVERSEN, ODIN", "BS60211", "PHI2602040011", "1 - Processed as Primary", PlanState(ded_left=Decimal("75")),
         [S(5, "97530", 3, "GO", "59"), S(5, "97112", 1, "GO"), S(12, "97530", 3, "GO"), S(19, "97530", 3, "GO")]),
        ("ABERNATHY, QUINN", "BS60219", "PHI2602040019", "1 - Processed as Primary",
         PlanState(visit_copay=Decimal("35")), [S(6, "92523", 1, "GN"), S(13, "92507", 1, "GN"),
                                                S(20, "92507", 1, "GN"), S(27, "92507", 1, "GN")]),
        ("HALVERSEN, ODIN", "BS59804", "PHI2512220507", "22 - Reversal of Previous Payment", PlanState(),
         [S(15, "97530", 3, "GO", month=12), S(15, "97535", 1, "GO", month=12)]),
        ("HALVERSEN, ODIN", "BS59804", "PHI2602040027", "1 - Processed as Primary", PlanState(),
         [S(15, "97530", 3, "GO", month=12), S(15, "97535", 1, "GO", "59", month=12)]),
        ("VELASQUEZ-MOORE, INES", "BS60230", "PHI2602040035", "4 - Denied", PlanState(),
         [S(8, "97166", 1, "GO"), S(8, "96112", 1)]),
        ("ABERNATHY, QUINN", "BS60241", "PHI2602040042", "1 - Processed as Primary",
         PlanState(visit_copay=Decimal("35")), [S(29, "92526", 1, "GN"), S(29, "92507", 1, "GN")]),
    ]
    for pat, pcn, clm, status, st, svcs in claims:
        for s in svcs:
            if status.startswith("4"):
                s.denied = "CO"
                s.remarks = ["N822"] if s.code == "96112" else ["N130"]
            commercial(s, st, "204")
            s.owes = ZERO if s.denied else s.owes
        if status.startswith("22"):
            svcs[:] = [negate(s) for s in svcs]
        tot = {k: total(svcs, k) for k in ("billed", "paid", "owes")}
        fl.need(44)
        y = fl.y + 3
        cv.text(X, y + 8, pat, "B", 7.5)
        cv.text(X + 120, y + 8, f"Patient Ctrl #: {pcn}", "R", 6.6)
        cv.text(X + 240, y + 8, f"Payer Claim #: {clm}", "B", 6.6)
        cv.text(X, y + 17, f"Status: {status}", "R", 6.6)
        cv.text(X + 240, y + 17, f"Charge {fm(tot['billed'])}   Paid {fm(tot['paid'])}   Pt Resp {fm(tot['owes'])}",
                "R", 6.6)
        fl.y = tb.header(y + 21)
        for s in svcs:
            vals = {"dos": dfmt(s.dos, "mdy4"), "proc": s.code, "mods": " ".join(s.mods), "units": units_str(s.units),
                    "billed": fm(s.billed), "allowed": fm(s.allowed), "paid": fm(s.paid),
                    "adj": [f"{g}-{c}: {fm(a)}" for g, c, a in s.adjs if a], "rarc": " ".join(s.remarks)}
            fl.need(tb.height(vals))
            band = tb.row(fl.y, vals)
            fl.y = band[1]
            if s.denied:
                s.deductible = s.copay = s.coinsurance = ZERO
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=pcn, payer_claim_id=clm, patient=pat,
                                              printed=("billed", "allowed", "paid"),
                                              adjustments=[a for a in s.adjs if a[2]], remarks=s.remarks),
                     xr=(X, X + tb.w))
        fl.y += 12
        book.claims.append({"claim_id": pcn, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": None,
                                       "paid": str(q(tot["paid"])), "patient_owes": str(q(tot["owes"]))}})
    legend = [("N130", "Plan benefit limits apply; see the member's plan documents."),
              ("N822", "Procedure code not valid for the clinician type billed.")]
    fl.need(34)
    cv.text(X, fl.y + 4, "Remark codes (RARC) on this remittance", "B", 7)
    for i, (c, t) in enumerate(legend):
        cv.text(X, fl.y + 14 + i * 9, f"{c}  {t}", "R", 6.4)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z08
def z08(out: Path, npages):
    name = "z08_cedar_valley_member_eob"
    book = Book(name, "fpdf2", "Commercial plan member EOB a parent brings in: 'claim at a glance' summary, one "
                "fully ruled grid per claim, wrapped service wording, code without modifiers, no units, "
                "'Jan 5, 2026' dates, note letters, deductible progress box, 2 children.",
                {"money": "$", "date": "mon", "units": units_str, "adj": lambda g, c, a: []})
    book.checks = {"nc", "share", "owes"}
    cv = Canvas("fpdf2", out / f"{name}.pdf", LETTER, "libsans")
    cols = [("dos", "Date", 50, "l"), ("svc", "Service", 92, "l"), ("code", "Code", 30, "l"),
            ("billed", "Amount\nbilled", 46, "r"), ("disc", "Plan\ndiscount", 42, "r"),
            ("allowed", "Allowed\namount", 44, "r"), ("ded", "Deductible", 42, "r"), ("copay", "Copay", 36, "r"),
            ("coins", "Coinsurance", 46, "r"), ("nc", "Not\ncovered", 40, "r"), ("paid", "Plan\npaid", 42, "r"),
            ("owes", "You\nowe", 42, "r"), ("note", "Note", 24, "c")]
    X = 19
    tb = Table(cv, X, cols, size=6.6, head_fill=0.85, grid=True, pad=2.2, lead=8.2)

    claims = [
        ("Leo Brightwater", "CV-26-0114-50871", "Jan 21, 2026", PlanState(ded_left=Decimal("150"), coins_rate=Decimal("0.2")),
         [S(5, "97166", 1), S(5, "97530", 2), S(12, "97530", 3), S(12, "97535", 1), S(19, "97530", 3),
          S(19, "97533", 1)]),
        ("Leo Brightwater", "CV-26-0128-50914", "Feb 2, 2026", PlanState(coins_rate=Decimal("0.2")),
         [S(26, "97530", 3), S(26, "97112", 1)]),
        ("Hattie Brightwater", "CV-26-0121-50902", "Jan 27, 2026", PlanState(visit_copay=Decimal("25")),
         [S(7, "92523", 1), S(9, "92507", 1), S(14, "92507", 1), S(16, "92507", 1), S(21, "92507", 1),
          S(23, "92507", 1), S(28, "92507", 1)]),
    ]
    for pat, clm, rec, st, svcs in claims:
        for s in svcs:
            if s.code == "97533":
                s.denied = "PR"
                s.remarks = ["C"]
            commercial(s, st)
            if s.deductible:
                s.remarks = ["A"]
            elif s.copay:
                s.remarks = ["B"]

    def start(first):
        cv.page()
        cv.text(X, 44, "Cedar Valley Health Plan", "B", 16)
        cv.text(X, 56, "Explanation of Benefits  ·  THIS IS NOT A BILL", "B", 9)
        cv.text(588, 44, "Statement date: February 3, 2026", "R", 8, "r")
        cv.text(588, 56, "Member: Rosalind Brightwater   ID CVH 20887 4410", "R", 8, "r")
        foot(cv, npages, "Cedar Valley Health Plan is an invented plan. Call 1-800-555-0133 (TTY 711) with questions.",
             size=7, label="Page {n} of {N}")
        y = 66
        if first:
            cv.rect(X, 70, 564, 50, fill=0.94, stroke=False)
            cv.text(X + 8, 84, "Your claims at a glance", "B", 9)
            allsv = [s for c in claims for s in c[4]]
            tiles = [("Providers billed", total(allsv, "billed")), ("Your plan paid", total(allsv, "paid")),
                     ("You may owe", total(allsv, "owes"))]
            for i, (k, v) in enumerate(tiles):
                cv.text(X + 8 + i * 185, 100, k, "R", 8)
                cv.text(X + 8 + i * 185, 113, fm(v, "$"), "B", 11)
            y = 130
        return y

    fl = Flow(cv, start, 792 - 46)
    for pat, clm, rec, st, svcs in claims:
        def heading(cont=False):
            fl.need(46)
            y = fl.y + 6
            cv.text(X, y + 9, f"Claim for {pat}" + ("  (continued)" if cont else ""), "B", 9.5)
            cv.text(X, y + 20, f"Claim number {clm}  ·  Provider: Bright Steps Pediatric Therapy  ·  Received {rec}"
                    "  ·  In network", "R", 7.5)
            fl.y = tb.header(y + 24)

        heading()
        for s in svcs:
            vals = {"dos": dfmt(s.dos, "mon"), "svc": cv.wrap(s.desc, 88, "R", 6.6), "code": s.code,
                    "billed": fm(s.billed, "$"), "disc": fm(s.discount, "$"), "allowed": fm(s.allowed, "$"),
                    "ded": fm(s.deductible, "$"), "copay": fm(s.copay, "$"), "coins": fm(s.coinsurance, "$"),
                    "nc": fm(s.not_covered, "$"), "paid": fm(s.paid, "$"), "owes": fm(s.owes, "$"),
                    "note": " ".join(s.remarks)}
            if fl.need(tb.height(vals)):
                heading(True)
            band = tb.row(fl.y, vals)
            fl.y = band[1]
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                              units=False, modifiers=False,
                                              printed=("billed", "discount", "allowed", "deductible", "copay",
                                                       "coinsurance", "not_covered", "paid", "patient_owes"),
                                              remarks=s.remarks))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        fl.need(14)
        tb.row(fl.y, {"svc": "Claim total", "billed": fm(tot["billed"], "$"), "disc": fm(total(svcs, "discount"), "$"),
                      "allowed": fm(tot["allowed"], "$"), "ded": fm(total(svcs, "deductible"), "$"),
                      "copay": fm(total(svcs, "copay"), "$"), "coins": fm(total(svcs, "coinsurance"), "$"),
                      "nc": fm(total(svcs, "not_covered"), "$"), "paid": fm(tot["paid"], "$"),
                      "owes": fm(tot["owes"], "$")}, st="B", fill=0.93)
        fl.y += 14
        book.claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(tot["paid"])), "patient_owes": str(q(tot["owes"]))}})
    legend = [("A", "This amount went toward your deductible."), ("B", "Your plan's office-visit copay."),
              ("C", "Your plan does not cover this service. You may owe the full amount.")]
    fl.need(80)
    y = fl.y + 4
    cv.rect(X, y, 270, 60, stroke=True, lw=0.6)
    cv.text(X + 6, y + 12, "Notes", "B", 8.5)
    for i, (c, t) in enumerate(legend):
        cv.text(X + 6, y + 24 + i * 10, f"{c}  {t}", "R", 6.8)
    cv.rect(X + 290, y, 274, 60, fill=0.94, stroke=False)
    cv.text(X + 296, y + 12, "Your 2026 deductible (family)", "B", 8.5)
    cv.text(X + 296, y + 26, "Met so far: $150.00 of $1,500.00", "R", 7.5)
    cv.rect(X + 296, y + 32, 240, 8, stroke=True, lw=0.4)
    cv.rect(X + 296, y + 32, 24, 8, fill=0.3, stroke=False)
    cv.text(X + 296, y + 52, "Out-of-pocket maximum met: $412.50 of $6,000.00", "R", 7.5)
    book.legend = legend
    book.pages = cv.save()
    return book


# ================================================================================================ z09
def z09(out: Path, npages):
    name = "z09_meadowlark_hmo_eob"
    book = Book(name, "reportlab", "Regional HMO member EOB, serif, a boxed panel per claim with a shaded title "
                "strip, 'When / What you received / Code / Qty' then money, per-visit copay, a no-referral denial the "
                "member does not owe, patients in capitals, year-to-date box.",
                {"money": "$", "date": "mdy2", "units": units_str, "adj": lambda g, c, a: []})
    book.checks = {"share", "owes"}
    cv = Canvas("reportlab", out / f"{name}.pdf", LETTER, "libserif")
    cols = [("dos", "When", 44, "l"), ("what", "What you received", 126, "l"), ("code", "Code", 30, "l"),
            ("qty", "Qty", 20, "r"), ("billed", "Charged", 48, "r"), ("allowed", "HMO rate", 48, "r"),
            ("copay", "Your copay", 46, "r"), ("nc", "Not covered", 48, "r"), ("paid", "Paid by HMO", 50, "r"),
            ("owes", "Your total", 46, "r")]
    X = 52
    tb = Table(cv, X + 4, cols, size=7.2, head_fill=None, rule=True, pad=2)

    def start(first):
        cv.page()
        cv.rect(0, 0, 612, 36, fill=0.25, stroke=False)
        cv.text(52, 24, "MEADOWLARK HMO", "B", 14, gray=1.0)
        cv.text(560, 24, "Member Explanation of Benefits", "R", 9, "r", gray=1.0)
        if first:
            cv.text(52, 56, "Subscriber: Daniel Okoro-Whitfield", "R", 8.5)
            cv.text(52, 67, "Member ID: MHW 7731-0099   Group: Lakeside School District   Period: January 2026", "R", 8.5)
            cv.text(52, 80, "This is not a bill. Keep this notice with your records.", "I", 8.5)
            y = 92
        else:
            y = 50
        foot(cv, npages, "Meadowlark HMO (invented). Member Services 1-855-555-0168.", size=7)
        return y

    fl = Flow(cv, start, 792 - 44)
    claims = [
        ("ZARA OKORO-WHITFIELD", "MH26-004417-01", "00041187", PlanState(visit_copay=Decimal("15")),
         [S(5, "97165", 1, "GO"), S(5, "97530", 2, "GO"), S(12, "97530", 3, "GO"), S(12, "97535", 1, "GO"),
          S(19, "97530", 3, "GO")]),
        ("ZARA OKORO-WHITFIELD", "MH26-004471-01", "00041215", PlanState(visit_copay=Decimal("15")),
         [S(26, "97530", 3, "GO"), S(26, "97112", 1, "GO")]),
        ("ELI OKORO-WHITFIELD", "MH26-004502-01", "00041223", PlanState(visit_copay=Decimal("15")),
         [S(8, "92610", 1, "GN"), S(8, "92526", 1, "GN"), S(15, "92526", 1, "GN"), S(22, "92526", 1, "GN"),
          S(29, "92526", 1, "GN")]),
        ("ELI OKORO-WHITFIELD", "MH26-004519-01", "00041230", PlanState(visit_copay=Decimal("15")),
         [S(14, "96112", 1), S(14, "99213", 1)]),
    ]
    for pat, clm, ref, st, svcs in claims:
        for s in svcs:
            if s.code == "96112":
                s.denied = "CO"
            commercial(s, st)
        rows = []
        for s in svcs:
            rows.append({"dos": dfmt(s.dos, "mdy2"), "what": cv.wrap(s.desc, 122, "R", 7.2), "code": s.code,
                         "qty": units_str(s.units), "billed": fm(s.billed, "$"), "allowed": fm(s.allowed, "$"),
                         "copay": fm(s.copay, "$"), "nc": fm(s.not_covered, "$"), "paid": fm(s.paid, "$"),
                         "owes": fm(s.owes, "$")})
        h = 30 + 18 + sum(tb.height(r) for r in rows) + 16 + (12 if any(s.denied for s in svcs) else 0)
        fl.need(h + 10)
        y0 = fl.y
        cv.rect(X, y0, 514, h, lw=0.7)
        cv.rect(X, y0, 514, 26, fill=0.9, stroke=False)
        cv.text(X + 6, y0 + 11, f"For: {pat}", "B", 8.5)
        cv.text(X + 200, y0 + 11, f"Claim number: {clm}", "R", 8)
        cv.text(X + 6, y0 + 22, "Seen at: Bright Steps Pediatric Therapy (referral on file)", "R", 7.5)
        cv.text(X + 300, y0 + 22, f"Provider's patient no.: {ref}", "R", 7.5)
        y = tb.header(y0 + 28)
        for s, r in zip(svcs, rows):
            band = tb.row(y, r)
            y = band[1]
            book.add(cv.pages, band, line_row(cv.pages, s, claim_id=ref, payer_claim_id=clm, patient=pat,
                                              modifiers=False, printed=("billed", "allowed", "copay", "not_covered",
                                                                         "paid", "patient_owes")))
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        tb.row(y, {"what": "Totals for this claim", "billed": fm(tot["billed"], "$"), "allowed": fm(tot["allowed"], "$"),
                   "copay": fm(total(svcs, "copay"), "$"), "nc": fm(total(svcs, "not_covered"), "$"),
                   "paid": fm(tot["paid"], "$"), "owes": fm(tot["owes"], "$")}, st="B", rule=False)
        if any(s.denied for s in svcs):
            cv.text(X + 8, y + 24, "The testing service needed a referral from the primary care doctor. You do not "
                    "owe this amount; the provider may not bill you.", "I", 7.2)
        fl.y = y0 + h + 12
        book.claims.append({"claim_id": ref, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(tot["paid"])), "patient_owes": str(q(tot["owes"]))}})
    fl.need(50)
    cv.rect(X, fl.y, 250, 40, fill=0.95, stroke=False)
    cv.text(X + 6, fl.y + 13, "Your family's 2026 totals so far", "B", 8.5)
    cv.text(X + 6, fl.y + 25, "Copays paid: $180.00   Out-of-pocket limit: $4,000.00", "R", 7.5)
    book.pages = cv.save()
    return book


# ================================================================================================ z10
def z10(out: Path, npages):
    name = "z10_larchmont_payment_detail"
    book = Book(name, "fpdf2", "Commercial payer provider-portal 'Payment Detail' print, core Helvetica, each "
                "service on two text lines (amounts row, then a grey 'Adjustments:' line with group-reason and "
                "'$' amounts), parentheses for negatives in a recoupment of an earlier claim, interest and "
                "provider-level offset in the payment summary.",
                {"money": "$", "neg": "()", "date": "mdy4", "units": lambda u: f"{u:.2f}",
                 "adj": lambda g, c, a: [f"{g}-{c} {money(a, '$', '()')}"]})
    book.checks = {"adj", "share"}
    cv = Canvas("fpdf2", out / f"{name}.pdf", LETTER, "helvetica")
    cols = [("ln", "Line", 22, "l"), ("dos", "Date of Service", 58, "l"), ("proc", "Procedure", 40, "l"),
            ("mods", "Modifiers", 42, "l"), ("units", "Units", 28, "r"), ("billed", "Billed", 50, "r"),
            ("allowed", "Allowed", 50, "r"), ("ded", "Deductible", 48, "r"), ("coins", "Coinsurance", 52, "r"),
            ("copay", "Copay", 40, "r"), ("paid", "Paid", 50, "r"), ("rmk", "Remark", 40, "l")]
    X = 41
    tb = Table(cv, X, cols, size=7, head_fill=None, rule=False, pad=1.5, head_gray=0.25)

    def start(first):
        cv.page()
        cv.text(X, 40, "Larchmont Health Partners  |  Provider Portal", "B", 9)
        cv.text(571, 40, "Printed 02/12/2026 08:14", "R", 7, "r", gray=0.4)
        cv.line(X, 45, 571, 45, 0.4, gray=0.5)
        y = 54
        if first:
            cv.text(X, 68, "Payment Detail", "B", 16)
            cv.text(X, 82, "Payment #: LHP-EFT-55120984   Issued: 02/11/2026   Payee: " + CLINIC[0], "R", 8)
            cv.rect(X, 90, 530, 40, fill=0.95, stroke=False)
            cv.text(X + 6, 102, "Payment summary", "B", 8)
            pos = paid_sum(name, lambda c: Decimal(c["totals"]["paid"]) >= 0)
            neg = paid_sum(name, lambda c: Decimal(c["totals"]["paid"]) < 0)
            cv.text(X + 6, 114, f"Claims paid {fm(pos, '$')}   Interest $3.22   Offset for prior overpayment "
                    f"{fm(neg, '$', '()')} (claim LHP25129900412)", "R", 7.2)
            cv.text(X + 6, 124, "Net payment " + fm(pos + neg + Decimal("3.22"), "$"), "B", 7.2)
            y = 140
        foot(cv, npages, "Larchmont Health Partners (invented). This print is not a bill.", size=7)
        return y

    fl = Flow(cv, start, 792 - 40)
    claims = [
        ("Ruby Castellano-Ng", "BST-77104", "LHP26013000211", PlanState(ded_left=Decimal("60"), coins_rate=Decimal("0.25")),
         [S(5, "97530", 3, "GO"), S(5, "97110", 1, "GO", "59"), S(12, "97530", 3, "GO"), S(19, "97530", 2, "GO"),
          S(19, "97535", 1, "GO")]),
        ("Felix Moreau-Banks", "BST-77111", "LHP26013000224", PlanState(copay_codes={"92507": Decimal("20")}),
         [S(6, "92507", 1, "GN"), S(13, "92507", 1, "GN"), S(20, "92507", 1, "GN"), S(27, "92507", 1, "GN")]),
        ("Ruby Castellano-Ng", "BST-76620", "LHP25129900412", PlanState(coins_rate=Decimal("0.25")),
         [S(10, "97530", 3, "GO", month=12), S(10, "97112", 2, "GO", month=12)]),
        ("Ada Pemberton", "BST-77130", "LHP26013000239", PlanState(coins_rate=Decimal("0.1")),
         [S(7, "97162", 1, "GP"), S(14, "97110", 3, "GP", "KX"), S(14, "97116", 1, "GP"), S(21, "97110", 3, "GP", "KX"),
          S(21, "97140", 1, "GP", "59"), S(28, "97110", 2, "GP", "CQ"), S(28, "97150", 1, "GP")]),
    ]
    for pat, acct, clm, st, svcs in claims:
        for s in svcs:
            if s.code == "97150":
                s.denied = "CO"
                s.remarks = ["N19"]
            commercial(s, st, "119")
        status = "Paid"
        if clm == "LHP25129900412":
            svcs[:] = [negate(s) for s in svcs]
            status = "Recouped (overpayment: member had other primary coverage)"
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}

        def heading(cont=False):
            fl.need(48)
            y = fl.y + 4
            cv.line(X, y, 571, y, 1.2)
            cv.text(X, y + 11, f"Patient: {pat}", "B", 8.5)
            cv.text(X + 170, y + 11, f"Patient Account: {acct}", "R", 8)
            cv.text(X + 330, y + 11, f"Claim: {clm}" + (" (continued)" if cont else ""), "B", 8)
            cv.text(X, y + 21, f"Claim status: {status}", "R", 7.5)
            fl.y = tb.header(y + 24)
            cv.line(X, fl.y, 571, fl.y, 0.4, gray=0.5)

        heading()
        for i, s in enumerate(svcs, 1):
            vals = {"ln": str(i), "dos": dfmt(s.dos, "mdy4"), "proc": s.code, "mods": ", ".join(s.mods),
                    "units": f"{s.units:.2f}", "billed": fm(s.billed, "$", "()"), "allowed": fm(s.allowed, "$", "()"),
                    "ded": fm(s.deductible, "$", "()"), "coins": fm(s.coinsurance, "$", "()"),
                    "copay": fm(s.copay, "$", "()"), "paid": fm(s.paid, "$", "()"), "rmk": " ".join(s.remarks)}
            adjtxt = "Adjustments: " + "; ".join(f"{g}-{c} {fm(a, '$', '()')}" for g, c, a in s.adjs if a)
            h = tb.height(vals) + 9.5
            if fl.need(h + 2):
                heading(True)
            y0 = fl.y
            tb.row(y0, vals, rule=False)
            cv.text(X + 64, y0 + tb.height(vals) + 6.5, adjtxt, "R", 6.4, gray=0.35)
            fl.y = y0 + h
            cv.line(X, fl.y, 571, fl.y, 0.2, gray=0.7)
            if s.denied:
                s.deductible = s.copay = s.coinsurance = ZERO
            book.add(cv.pages, (y0, fl.y), line_row(
                cv.pages, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                adjustments=[a for a in s.adjs if a[2]], remarks=s.remarks))
        fl.need(14)
        tb.row(fl.y, {"dos": "Claim total", "billed": fm(tot["billed"], "$", "()"),
                      "allowed": fm(tot["allowed"], "$", "()"), "paid": fm(tot["paid"], "$", "()")}, st="B",
               rule=False)
        fl.y += 16
        book.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                            "totals": {"billed": str(q(tot["billed"])), "allowed": str(q(tot["allowed"])),
                                       "paid": str(q(tot["paid"])), "patient_owes": None}})
    legend = [("N19", "Group session billed the same day as individual sessions by the same clinician.")]
    fl.need(24)
    cv.text(X, fl.y + 6, "Remark: N19  " + legend[0][1], "R", 7)
    book.legend = legend
    book.pages = cv.save()
    return book


LAYOUTS = [z01, z02, z03, z04, z05, z06, z07, z08, z09, z10]


def build(out: Path) -> list[Book]:
    books = []
    with tempfile.TemporaryDirectory() as tmp:
        for fn in LAYOUTS:
            first = fn(Path(tmp), None)
            PREV[first.name] = first
            n = first.pages
            b = fn(out, n)
            if b.pages != n:
                raise SystemExit(f"{b.name}: page count changed between passes")
            b.write(out)
            books.append(b)
    return books


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout17_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        raise SystemExit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    books = build(out)
    nlines = sum(len(b.lines) for b in books)
    print(f"wrote {len(books)} PDFs, {nlines} service lines, {sum(b.pages for b in books)} pages to {out}")
    if a.check:
        errs = []
        for b in books:
            errs += check_book(b, out)
        for e in errs:
            print("FAIL", e)
        print(f"check: {len(books) - len({e.split(':')[0] for e in errs})} of {len(books)} files pass, "
              f"{len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
