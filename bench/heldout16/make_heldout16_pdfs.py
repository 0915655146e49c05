# ruff: noqa: B023
"""Write the SIXTEENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the COMMONEST documents families and small therapy clinics receive (commercial,
Medicaid and Medicare Advantage member EOBs, commercial and Medicaid provider remittances, clinic statements), each
drawn in a house style (headings, claim-heading phrasing, id labels, column order, fonts, spacing) unlike the fifteen
earlier sets. Ordinary geometry, no tricks. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout16/make_heldout16_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout16/make_heldout16_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / patient-control / visit / reference number
printed with the claim, payer_claim_id = the payer's claim number / ICN / TCN, patient = the person who got the
service exactly as printed (capitals where printed so; not the subscriber, employee, participant or guarantor
unless the same person). Where a line prints From and To (or a "from-to" range), service_end is the To date.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: Liberation / DejaVu TrueType when
installed, else PDF core fonts. One top-left drawing API over both producers, the table drawer, the truth collector
and the self-check live in bench/heldout16/h16kit.py (which also adds invented fees for a few extra codes).

Layouts (10 files, 200 service lines, 20 pages):
  z01 national carrier member EOB, house style D, portrait Liberation Sans: "Your claims at a glance" box, shaded
      claim bars "Claim for <patient> / Provider: ..." with "Claim ID ... · Patient account ... · Received ... ·
      Processed ...", Service date / What was done (wrapping) / Code "97110-GO-59" / Provider billed / Plan discount /
      Plan allowed / Deductible / Copay / Coinsurance / Not covered / Plan paid / Your share / Notes, no units, dates
      01/05/2026, a no-approval denial the member does not owe and a visit-limit denial the member owes, claim total
      rows, a claim continued on page 2 under "(continued)", notes legend (reportlab)
  z02 TPA "Statement of Claims Processed" for an employer plan, landscape Liberation Serif: claim heading in label:value
      pairs (Patient / Relationship / Claim No. / Provider / Provider Ref. No. / Received), From / To / Service / Proc /
      Mod / Qty / Charges / PPO Discount / Ineligible / Rsn / Allowable / Deductible / Copay / Co-Ins / Paid at (80%) /
      Payment / Member Owes, dates 01/05/26, a member-liable and a provider-liable ineligible line, Claim Totals, the
      table continued on page 2 under the repeated claim heading (fpdf2)
  z03 Medicaid managed-care MEMBER EOB to a parent, DejaVu Sans under a dark banner: one BOXED card per claim ("Services
      for <NAME IN CAPITALS>" / "Claim number ..." / "Provider's patient no. ..."), Date 1/6/2026 / Service / Code "97530
      GO" / Units / Provider billed / Plan paid / You may owe / Reason letter, no-prior-approval denials at $0.00,
      card totals, fraud and appeal box (fpdf2)
  z04 Medicare Advantage HMO monthly member EOB, DejaVu Serif: page 1 two columns (claims summary table left, shaded
      out-of-pocket box with a meter right), then "Claim details" per provider with claim number and provider account,
      Date 01/05/26 / Services you got / Code "97110-GP-KX" / Units / Billed by provider / Plan-approved / Plan's share /
      Your share / Notes, $20 copay once per visit day, CQ and KX modifiers, a non-covered 0552T the member owes (reportlab)
  z05 commercial insurer PROVIDER REMITTANCE ADVICE, portrait DejaVu Sans Condensed 7 pt, no rules: shaded claim rows
      "PATIENT: LAST, FIRST  MEMBER  PT ACCT  CLAIM" + "RECD ... CLAIM STATUS: ...", LN / DATES OF SERVICE "01/05/26-
      01/05/26" / PROC / MOD / UNITS / CHARGE / ALLOWED / DEDUCT / COINS / COPAY / ADJ RSN / ADJ AMT / RMK / PAID, further
      adjustments STACKED on sub-rows, a reversal (status 22, leading minus) and its replacement, CO-97 and CO-197
      denials, CLAIM TOTAL rows with patient responsibility beneath, header repeated on page 2, code legend (reportlab)
  z06 state Medicaid fee-for-service REMITTANCE ADVICE, landscape Liberation Mono fixed-width lines: "TCN ... RECIP LAST,
      FIRST  RECIP ID ... MED REC NO ... CLAIM STATUS ...", DTL 001 / FROM-DOS / TO-DOS 01-05-26 / PROC / MODIFIERS /
      UNITS "2.0" / BILLED AMT / ALLOWED / TPL AMT / CO-PAY / PAID AMT / ADJ codes without amounts / 3-digit EOB, other
      insurance (TPL) claims, adult $3.00 co-pays, a void with trailing-minus amounts and its replacement, a denied claim,
      CLAIM TOTAL lines, PAGE n OF N (fpdf2)
  z07 therapy clinic family STATEMENT with a tear-off remittance slip at the TOP and a shaded account-summary SIDEBAR on
      the right, Liberation Sans Narrow: visit heading rows "01/05/26 Visit 30551 · <child> · with <therapist>" plus
      "Billed to <plan> on ... · claim no. ...", Date / Code glued "97530GO" / Description / Charges / Ins. Paid / Ins.
      Adj. / Pt. Paid / Balance, visit totals, two children, continued on page 2 (reportlab)
  z08 Blue-plan PROVIDER CLAIM SUMMARY, landscape DejaVu Sans, fully gridded: shaded two-row claim labels (Patient Name /
      Patient Acct No. / Subscriber ID / Claim Number / Received / Claim Status), Service Dates 01/05/2026 / Procedure /
      Modifiers / Days/Units / Submitted / Allowed / Non-Covered / Deductible / Copay / Coinsurance / COB / Payment / Pt
      Liability / Codes (group-reason codes without amounts), CO-204 and PR-204 lines, Claim Totals; PLANTED claim-total
      mismatch (Payment total of claim 26019A4401983 printed 10.00 too high) (fpdf2)
  z09 self-funded county employees' trust member EOB from a TPA, core Times, fully RULED grid: boxed six-cell claim
      heading (Patient / Claim Number / Date Received / Provider / Patient Account / Date Processed), Date of Service /
      Description of Service (code + modifiers on the first text line, wording wrapping below) / Charge / Network
      Savings / Excluded / Rsn / Covered / Ded. / Co-pay / % / Benefit / Patient Resp., coinsurance shown only as a
      percentage, a member-liable excluded group session, totals rows, "Benefit of $x paid to ..." lines (reportlab)
  z10 Medicaid & CHIP managed-care plan PROVIDER PAYMENT REGISTER, landscape Liberation Sans, zebra rows: one spanning
      claim row ("Claim ... Member ... Member ID ... Patient Control No. ... Program ... Status ..." with the claim's
      Billed and Paid at its right end), Line / DOS 1/5/2026 / CPT/HCPCS / Mod 1 / Mod 2 / Units "2.00" / Rendering /
      Billed / Allowed / Paid / Member Resp / Adjustment ("CO-45 $116.30", a CHIP "PR-3 $5.00" stacked beneath) / Remark,
      a void in parentheses and its replacement, a CO-197 denial (reportlab)

Truth decisions worth knowing: z02's "Paid at" percentage is not a truth field, the Rsn code is kept as a remark;
z04's allowed is the Plan-approved amount, paid the Plan's share, patient_owes Your share, and the patient is the
member; z05 prints no per-line patient responsibility (patient_owes null, claim totals without it); z06's TPL amount
is not a truth field (its OA-23 code is kept without an amount), copay is the printed CO-PAY, its EOB codes are
remarks, the void keeps positive units with negative amounts; z07's discount is the uncoded "Ins. Adj." write-off,
paid = "Ins. Paid", patient_owes = the printed Balance (after what the family paid at the visit; "Pt. Paid" is not a
truth field), claim_id = the visit number; z08's adjustments are codes without amounts and COB (all 0.00) is not a
truth field; z09's coinsurance is printed only as a percentage (coinsurance null), discount = Network Savings,
not_covered = Excluded; z10's claim totals are the Billed / Paid printed on the claim row.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service
row (with its wrapped text lines or stacked adjustment sub-rows); the check reads each PDF's text layer with
pdfplumber and finds every truth code, modifier (or the glued code+modifiers), units value, date, amount,
adjustment code and amount and remark INSIDE that band in the layout's own formats; ids and patients in the
document's text; page counts and every "Page n of N" footer; the documents' own arithmetic where the layout prints
the parts (billed - adjustments = paid where every adjustment is printed with its amount; billed - discount - not
covered = allowed; allowed - deductible - copay - coinsurance = paid; patient owes = its parts (+ a member-liable
not-covered amount); charge - insurance paid - write-off >= balance); claim totals are printed in their totals row
and equal the sum of their lines, unless the mismatch is the planted expected finding, which must really differ."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h16kit as K  # noqa: E402
from eobgen import PlanState, Svc, commercial, medicaid, money, negate, total  # noqa: E402
from h16kit import Doc, Table, Truth, q  # noqa: E402

ZERO = Decimal("0.00")
J = lambda d: date(2026, 1, d)  # noqa: E731

# Our own short wording for each service (not any code set's descriptor).
WORDS = {
    "97165": "Occupational therapy evaluation, lower complexity", "97166": "OT evaluation, mid complexity",
    "97167": "OT evaluation, higher complexity", "97168": "OT plan-of-care re-check",
    "97530": "Functional task practice, one-on-one", "97110": "Exercise for strength and motion",
    "97112": "Balance and coordination retraining", "97140": "Hands-on joint and soft tissue work",
    "97535": "Daily living skills coaching", "97533": "Sensory processing techniques",
    "92507": "Speech and language therapy visit", "92523": "Speech sound and language assessment",
    "97161": "Physical therapy evaluation, lower complexity", "97162": "PT evaluation, mid complexity",
    "97163": "PT evaluation, higher complexity", "99213": "Clinic visit, returning patient",
    "99214": "Clinic visit, returning patient, longer", "G0283": "Electrical muscle stimulation, unattended",
    "L3807": "Wrist and hand splint, fitted by clinician", "97760": "Splint fitting and use training",
    "97116": "Walking and gait practice", "92610": "Swallow function assessment", "97150": "Small-group therapy",
    "0552T": "Low-level light therapy", "97750": "Physical performance testing", "97018": "Paraffin bath", "92526": "Feeding and swallowing therapy",
}


def S(d: int, code: str, units, mods: str = "", denied: str | None = None, month: int = 1) -> Svc:
    return Svc(date(2026, month, d), code, Decimal(str(units)), tuple(mods.split()), desc=WORDS[code], denied=denied)


def m_dollar(v):
    return money(v, "$")


def m_comma(v):
    return money(v, ",")


def u_plain(u: Decimal) -> str:
    return K.eobgen.units_str(u)


def two_pass(fn, out: Path):
    """Draw once to learn the page count, then again with 'Page n of N' right."""
    n = fn(out, None)[0]
    return fn(out, n)


# =====================================================================================================
# z01 national carrier member EOB (reportlab, Liberation Sans, portrait)
# =====================================================================================================

def z01(out: Path, npages):
    path = out / "z01_carrier_member_eob.pdf"
    t = Truth("z01_carrier_member_eob", "reportlab", money=m_dollar, date=lambda d: d.strftime("%m/%d/%Y"),
              arith=("disc", "share", "owes"))
    st_child = PlanState(ded_left=Decimal("250"), allowed_rate=Decimal("0.78"))
    st_child2 = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.80"))
    st_mom = PlanState(ded_left=Decimal("120"), allowed_rate=Decimal("0.76"), copay_codes={"99213": Decimal("35")})
    claims = [
        dict(pat="Noor Lindqvist-Osei", prov="Bright Path Pediatric Therapy", cid="88102-NL", pcid="26A0114-55871",
             rec="01/14/2026", proc="01/21/2026", svcs=[
                 commercial(S(5, "97165", 1, "GO"), st_child), commercial(S(5, "97530", 2, "GO"), st_child),
                 commercial(S(7, "97530", 3, "GO"), st_child), commercial(S(7, "97535", 2, "GO"), st_child),
                 commercial(S(7, "97533", 1, "GO", denied="CO"), st_child),
                 commercial(S(9, "97530", 2, "GO"), st_child), commercial(S(9, "97110", 1, "GO 59"), st_child)]),
        dict(pat="Noor Lindqvist-Osei", prov="Clearwater Speech & Language", cid="CSL-20931", pcid="26A0120-60412",
             rec="01/30/2026", proc="02/03/2026", svcs=[
                 commercial(S(8, "92523", 1), st_child2), commercial(S(15, "92507", 1, "GN"), st_child2),
                 commercial(S(22, "92507", 1, "GN"), st_child2),
                 commercial(S(29, "92507", 1, "GN", denied="PR"), st_child2)]),
        dict(pat="Marguerite Osei-Lindqvist", prov="Summit Hand & Upper Limb Clinic", cid="SH-440915",
             pcid="26A0123-61187", rec="01/26/2026", proc="02/02/2026", svcs=[
                 commercial(S(12, "99213", 1), st_mom), commercial(S(12, "97760", 1, "GO"), st_mom),
                 commercial(S(12, "L3807", 1, "RT"), st_mom), commercial(S(19, "97140", 2, "GO"), st_mom),
                 commercial(S(19, "97110", 2, "GO"), st_mom), commercial(S(19, "G0283", 1, "GO"), st_mom)]),
    ]
    legend = [("DA", "Part of this amount counts toward your yearly deductible."),
              ("CP", "Your plan asks for a fixed copay for this kind of visit."),
              ("PA", "The provider did not get our approval first. You do not owe this amount."),
              ("VL", "You have used all the visits your plan allows this year for this therapy. You may owe this."),
              ("ND", "Your provider is in our network and agreed to our rate; you are not billed the discount.")]

    def notes(s):
        r = []
        if s.denied == "CO":
            return ["PA"]
        if s.denied == "PR":
            return ["VL"]
        r.append("ND")
        if s.deductible:
            r.append("DA")
        if s.copay:
            r.append("CP")
        return r

    d = Doc(path, "reportlab")
    cols = [("Service\ndate", 44, "l"), ("What was done", 92, "l"), ("Code", 44, "l"), ("Provider\nbilled", 36, "r"),
            ("Plan\ndiscount", 36, "r"), ("Plan\nallowed", 36, "r"), ("Deductible", 36, "r"), ("Copay", 32, "r"),
            ("Coinsur-\nance", 38, "r"), ("Not\ncovered", 36, "r"), ("Plan\npaid", 36, "r"), ("Your\nshare", 36, "r"),
            ("Notes", 26, "l")]
    tb = Table(d, 42, cols, font="LS", size=6.8, hfont="LSB", hsize=6.3, pad=2.2, header_fill=0.9, rules="h")
    BOTTOM = 792 - 64

    def furniture():
        d.text(42, 40, "CRESTLINE HEALTH", "LSB", 15)
        d.text(42, 52, "Explanation of Benefits  \u2014  THIS IS NOT A BILL", "LS", 8.5)
        d.text(570, 40, "Statement date 02/04/2026", "LS", 8, "r")
        d.text(570, 51, "Member ID CHX-4471029-03   Group 00719-PPO", "LS", 8, "r")
        d.line(42, 58, 570, 58, 1.2)
        d.text(42, 792 - 40, "Crestline Health Insurance Co. \u00b7 PO Box 90411, Larkfield, OR 97399 \u00b7 Member services "
               "1-800-555-0142", "LS", 6.5, gray=0.3)
        if npages:
            d.text(570, 792 - 40, f"Page {d.page} of {npages}", "LS", 7, "r")
        d.text(42, 792 - 31, "Form CH-EOB-0126", "LS", 6, gray=0.4)
        return 72

    y = furniture()
    d.text(42, y + 10, "Marguerite Osei-Lindqvist", "LSB", 9)
    for i, s_ in enumerate(["2217 Fernhollow Road", "Larkfield, OR 97301"]):
        d.text(42, y + 21 + 10 * i, s_, "LS", 8.5)
    d.text(330, y + 10, "Plan: Crestline Choice PPO 1500 (employer group)", "LS", 8)
    d.text(330, y + 21, "Subscriber: Marguerite Osei-Lindqvist", "LS", 8)
    y += 52
    d.rect(42, y, 528, 108, fill=0.95, stroke=0.6)
    d.text(52, y + 15, "Your claims at a glance", "LSB", 10)
    allsv = [s for c in claims for s in c["svcs"]]
    glance = [("Providers billed", total(allsv, "billed")), ("Your plan's discounts", total(allsv, "discount")),
              ("Crestline paid", total(allsv, "paid")), ("Your share (what you may owe)", total(allsv, "owes"))]
    for i, (lab, v) in enumerate(glance):
        d.text(52, y + 34 + 15 * i, lab, "LS", 8.5)
        d.text(300, y + 34 + 15 * i, m_dollar(v), "LSB", 8.5, "r")
    d.text(330, y + 34, "Deductible met so far (in network):", "LS", 8)
    d.text(330, y + 46, "Noor $250.00 of $1,500.00   \u00b7   Marguerite $120.00 of $1,500.00", "LS", 7.5)
    d.text(330, y + 64, "Out-of-pocket limit: $4,000.00 per person", "LS", 8)
    d.text(330, y + 82, "Keep this for your records. Compare it with", "LS", 7.5, gray=0.3)
    d.text(330, y + 92, "any bill you get from your providers.", "LS", 7.5, gray=0.3)
    y += 126

    for c in claims:
        def heading(y, cont=False):
            d.rect(42, y, 528, 24, fill=(0.86, 0.91, 0.96), stroke=None)
            d.text(46, y + 9, f"Claim for {c['pat']}" + ("  (continued)" if cont else ""), "LSB", 8.5)
            d.text(566, y + 9, f"Provider: {c['prov']}", "LS", 8, "r")
            d.text(46, y + 20, f"Claim ID {c['pcid']}   \u00b7   Patient account {c['cid']}   \u00b7   Received {c['rec']}"
                   f"   \u00b7   Processed {c['proc']}", "LS", 7.2)
            return tb.header(y + 26)

        if y + 90 > BOTTOM:
            d.new_page()
            y = furniture() + 6
        y = heading(y)
        for s in c["svcs"]:
            code = "-".join((s.code,) + s.mods)
            cells = [s.dos.strftime("%m/%d/%Y"), s.desc, code] + [m_dollar(v) for v in (
                s.billed, s.discount, s.allowed, s.deductible, s.copay, s.coinsurance, s.not_covered, s.paid,
                s.owes)] + [" ".join(notes(s))]
            if y + tb.height(cells) > BOTTOM:
                d.new_page()
                y = heading(furniture() + 6, cont=True)
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["pat"], units=False,
                  printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                           "paid", "patient_owes"), remarks=notes(s))
        sv = c["svcs"]
        cells = ["", "Claim total", ""] + [m_dollar(total(sv, a)) for a in (
            "billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid", "owes")] + [""]
        band = tb.row(y, cells, font="LSB", fill=0.95)
        y = band[2] + 14
        t.claim(c["cid"], c["pcid"], c["pat"], K.eobgen.claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                                      total(sv, "paid"), total(sv, "owes")), band)
    if y + 20 + 12 * len(legend) > BOTTOM:
        d.new_page()
        y = furniture() + 6
    d.text(42, y + 4, "What the notes mean", "LSB", 9)
    for i, (k, v) in enumerate(legend):
        d.text(42, y + 18 + 11 * i, k, "LSB", 7.5)
        d.text(64, y + 18 + 11 * i, v, "LS", 7.5)
    y += 24 + 11 * len(legend)
    d.text(42, y + 6, "Questions or want to appeal? You have 180 days from the statement date to ask us to review "
           "a decision. Call the number below or write to us.", "LS", 7, gray=0.25)
    pages = d.close()
    if npages:
        t.write(path, pages, "Commercial member EOB, carrier house style D", legend)
    return pages, path, t



# =====================================================================================================
# z02 TPA "Statement of Claims Processed" (fpdf2, Liberation Serif, landscape)
# =====================================================================================================

def z02(out: Path, npages):
    path = out / "z02_tpa_statement_of_claims.pdf"
    t = Truth("z02_tpa_statement_of_claims", "fpdf2", money=m_comma, date=lambda d: d.strftime("%m/%d/%y"),
              units=u_plain, arith=("disc", "share", "owes", "adj"))
    stT = PlanState(ded_left=Decimal("200"), allowed_rate=Decimal("0.81"))
    stI = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.79"))
    stM = PlanState(ded_left=Decimal("60"), allowed_rate=Decimal("0.84"), copay_codes={"99214": Decimal("30")})
    claims = [
        dict(pat="Teodora Vance", rel="Daughter", pcid="2601-0098231-00", prov="Kestrel Kids Therapy Group",
             cid="7731-22", rec="01/16/26", svcs=[
                 commercial(S(6, "97166", 1, "GO"), stT), commercial(S(6, "97530", 2, "GO"), stT),
                 commercial(S(8, "97530", 2, "GO"), stT), commercial(S(8, "97112", 1, "GO"), stT),
                 commercial(S(13, "97530", 2, "GO"), stT), commercial(S(13, "97535", 1, "GO"), stT),
                 commercial(S(15, "97530", 3, "GO"), stT), commercial(S(15, "97533", 1, "GO", denied="PR"), stT)]),
        dict(pat="Ilse Vance", rel="Spouse", pcid="2601-0101744-00", prov="Riverside Motion Physical Therapy",
             cid="RMPT-55016", rec="01/20/26", svcs=[
                 commercial(S(7, "97162", 1, "GP"), stI), commercial(S(7, "97110", 2, "GP"), stI),
                 commercial(S(12, "97110", 2, "GP"), stI), commercial(S(12, "97140", 1, "GP 59"), stI),
                 commercial(S(12, "97112", 1, "GP"), stI), commercial(S(14, "97110", 2, "GP"), stI),
                 commercial(S(14, "97140", 1, "GP 59"), stI), commercial(S(14, "97018", 1, "GP", denied="CO"), stI)]),
        dict(pat="Marcus Vance", rel="Employee", pcid="2601-0104420-00", prov="Harwell Valley Orthopedics",
             cid="HVO-118830", rec="01/23/26", svcs=[
                 commercial(S(9, "99214", 1, "25"), stM), commercial(S(9, "97760", 1, "GO"), stM),
                 commercial(S(9, "L3807", 1, "LT"), stM)]),
        dict(pat="Teodora Vance", rel="Daughter", pcid="2601-0107715-00", prov="Kestrel Kids Therapy Group",
             cid="7731-29", rec="01/27/26", svcs=[
                 commercial(S(20, "97530", 2, "GO"), stT), commercial(S(20, "97112", 1, "GO"), stT),
                 commercial(S(22, "97530", 2, "GO"), stT), commercial(S(22, "97535", 1, "GO"), stT)]),
    ]
    for c in claims:
        for s in c["svcs"]:
            s.code_rsn = "X14" if s.denied == "PR" else ("X22" if s.denied == "CO" else "P01")
    legend = [("P01", "Amount above the network fee; the provider agreed to write it off."),
              ("X14", "Over the yearly visit allowance for this therapy. The member is responsible."),
              ("X22", "Service is part of another service on the same day; provider may not bill the member.")]
    d = Doc(path, "fpdf2", landscape=True)
    cols = [("From", 40, "l"), ("To", 40, "l"), ("Service", 110, "l"), ("Proc", 34, "l"), ("Mod", 30, "l"),
            ("Qty", 22, "r"), ("Charges", 46, "r"), ("PPO\nDiscount", 44, "r"), ("Ineligible", 44, "r"),
            ("Rsn", 26, "c"), ("Allowable", 46, "r"), ("Deductible", 44, "r"), ("Copay", 36, "r"),
            ("Co-Ins", 40, "r"), ("Paid\nat", 28, "r"), ("Payment", 46, "r"), ("Member\nOwes", 46, "r")]
    tb = Table(d, 30, cols, font="LR", size=7.6, hfont="LRB", hsize=7.2, pad=2.4, rules="h")
    BOTTOM = 612 - 50

    def furniture():
        d.text(30, 36, "SUMMIT RIDGE BENEFIT ADMINISTRATORS", "LRB", 13)
        d.text(30, 48, "Third-party administrator for the Harwell Tool & Die Employee Health Plan", "LRI", 8.5)
        d.text(762, 34, "STATEMENT OF CLAIMS PROCESSED", "LRB", 11, "r")
        d.text(762, 46, "Employee: Marcus Vance     Employee ID: HTD-00381     Statement: 01/30/26", "LR", 8, "r")
        d.line(30, 54, 762, 54, 0.8)
        d.text(30, 612 - 28, "Summit Ridge Benefit Administrators \u00b7 1140 Quarry Street, Suite 300, Danbury Falls, "
               "PA 18901 \u00b7 (610) 555-0177", "LR", 7)
        if npages:
            d.text(762, 612 - 28, f"Page {d.page} of {npages}", "LR", 7.5, "r")
        return 66

    y = furniture()
    d.text(30, y + 8, "This statement shows how your plan handled claims received for you and your family. "
           "Payments were sent to the providers shown. Amounts in 'Member Owes' may be billed to you by the "
           "provider.", "LR", 8)
    y += 20
    for c in claims:
        def heading(y, cont=False):
            d.text(30, y + 9, "Patient:", "LRB", 8)
            d.text(66, y + 9, c["pat"] + (" (continued)" if cont else ""), "LR", 8)
            d.text(200, y + 9, "Relationship:", "LRB", 8)
            d.text(254, y + 9, c["rel"], "LR", 8)
            d.text(330, y + 9, "Claim No.:", "LRB", 8)
            d.text(374, y + 9, c["pcid"], "LR", 8)
            d.text(30, y + 20, "Provider:", "LRB", 8)
            d.text(66, y + 20, c["prov"], "LR", 8)
            d.text(200, y + 20, "Provider Ref. No.:", "LRB", 8)
            d.text(272, y + 20, c["cid"], "LR", 8)
            d.text(330, y + 20, "Received:", "LRB", 8)
            d.text(374, y + 20, c["rec"], "LR", 8)
            d.text(440, y + 20, "Network: PPO (in network)", "LR", 8)
            return tb.header(y + 26)

        if y + 80 > BOTTOM:
            d.new_page()
            y = furniture()
        y = heading(y)
        for s in c["svcs"]:
            pct = "" if s.denied else ("100%" if s.copay else "80%")
            cells = [s.dos.strftime("%m/%d/%y"), s.dos.strftime("%m/%d/%y"), s.desc, s.code, " ".join(s.mods),
                     u_plain(s.units)] + [m_comma(v) for v in (s.billed, s.discount, s.not_covered)] + [s.code_rsn] + \
                [m_comma(v) for v in (s.allowed, s.deductible, s.copay, s.coinsurance)] + [pct] + \
                [m_comma(s.paid), m_comma(s.owes)]
            if y + tb.height(cells) > BOTTOM:
                d.new_page()
                y = heading(furniture(), cont=True)
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["pat"], end=s.dos,
                  printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), remarks=[s.code_rsn])
        sv = c["svcs"]
        cells = ["", "", "Claim Totals", "", "", ""] + [m_comma(total(sv, a)) for a in ("billed", "discount",
                                                                                      "not_covered")] + [""] + \
            [m_comma(total(sv, a)) for a in ("allowed", "deductible", "copay", "coinsurance")] + \
            ["", m_comma(total(sv, "paid")), m_comma(total(sv, "owes"))]
        band = tb.row(y, cells, font="LRB")
        y = band[2] + 12
        t.claim(c["cid"], c["pcid"], c["pat"], K.eobgen.claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                                      total(sv, "paid"), total(sv, "owes")), band)
    if y + 60 > BOTTOM:
        d.new_page()
        y = furniture()
    d.text(30, y + 6, "Reason codes", "LRB", 8.5)
    for i, (k, v) in enumerate(legend):
        d.text(30, y + 18 + 10 * i, f"{k}  {v}", "LR", 7.5)
    d.text(30, y + 56, "You may ask for a full and fair review of any claim within 180 days. Write to the Appeals "
           "Unit at the address below.", "LRI", 7.5)
    pages = d.close()
    if npages:
        t.write(path, pages, "TPA statement of claims processed, landscape", legend)
    return pages, path, t


# =====================================================================================================
# z03 Medicaid managed-care MEMBER EOB with one boxed card per claim (fpdf2, DejaVu Sans)
# =====================================================================================================

def z03(out: Path, npages):
    path = out / "z03_medicaid_mco_member_eob.pdf"
    t = Truth("z03_medicaid_mco_member_eob", "fpdf2", money=m_dollar, date=lambda d: f"{d.month}/{d.day}/{d.year}",
              units=u_plain, arith=())
    claims = [
        dict(pat="JAYLEN OKAFOR-BRIGGS", pcid="60126-004417-3", prov="Little Oaks Therapy Center", cid="LOT-7781",
             svcs=[S(6, "97530", 2, "GO"), S(6, "97535", 1, "GO"), S(8, "97530", 2, "GO"), S(8, "97533", 1, "GO"),
                   S(13, "97530", 3, "GO"), S(15, "97530", 2, "GO"), S(15, "97110", 1, "GO 59", denied="CO")]),
        dict(pat="JAYLEN OKAFOR-BRIGGS", pcid="60126-004590-1", prov="Sound Steps Speech Clinic", cid="SS-30418",
             svcs=[S(7, "92523", 1, "GN"), S(14, "92507", 1, "GN"), S(21, "92507", 1, "GN"),
                   S(28, "92507", 1, "GN")]),
        dict(pat="AMARA OKAFOR-BRIGGS", pcid="60126-004702-8", prov="Little Oaks Therapy Center", cid="LOT-7790",
             svcs=[S(9, "97161", 1, "GP"), S(9, "97110", 2, "GP"), S(16, "97110", 2, "GP"), S(16, "97116", 1, "GP"),
                   S(23, "97110", 2, "GP"), S(23, "97112", 1, "GP", denied="CO")]),
    ]
    for c in claims:
        for s in c["svcs"]:
            medicaid(s)
            s.why = "B" if s.denied else "A"
    legend = [("A", "Paid at the Medicaid rate. Your provider accepted this as payment in full."),
              ("B", "The provider needed our approval before this service and did not get it. The provider cannot "
                    "bill you for it.")]
    d = Doc(path, "fpdf2")
    cols = [("Date", 52, "l"), ("Service", 150, "l"), ("Code", 58, "l"), ("Units", 28, "r"),
            ("Provider\nbilled", 60, "r"), ("Plan\npaid", 56, "r"), ("You may\nowe", 56, "r"), ("Reason", 60, "c")]
    X = 46
    tb = Table(d, X, cols, font="DV", size=7.4, hfont="DVB", hsize=6.8, pad=2.6, rules="h")
    BOTTOM = 792 - 58

    def furniture():
        d.rect(0, 0, 612, 64, fill=(0.12, 0.36, 0.33), stroke=None)
        d.text(X, 30, "Riverbend Community Care Plan", "DVB", 15, gray=1.0)
        d.text(X, 46, "A Medicaid health plan  \u00b7  Member Explanation of Benefits (EOB)", "DV", 8.5, gray=1.0)
        d.text(566, 30, "This is not a bill", "DVB", 10, "r", gray=1.0)
        d.text(X, 792 - 30, "Riverbend Community Care Plan \u00b7 Member Services 1-877-555-0190 (TTY 711) \u00b7 "
               "8 a.m. to 8 p.m., seven days a week", "DV", 6.6)
        if npages:
            d.text(566, 792 - 30, f"Page {d.page} of {npages}", "DV", 7, "r")
        return 80

    y = furniture()
    d.text(X, y + 8, "To the parent or guardian of: Jaylen and Amara Okafor-Briggs", "DVB", 9)
    d.text(X, y + 20, "Mailing date: February 6, 2026     Case number: 7702-5514-0", "DV", 8)
    d.text(X, y + 36, "We paid for the services below. You do not need to pay anything unless the 'You may owe' "
           "column shows", "DV", 8)
    d.text(X, y + 47, "an amount. If a provider asks you to pay for a service we paid, please call us.", "DV", 8)
    y += 62
    for c in claims:
        def card_top(y, cont=False):
            d.rect(X, y, 520, 30, fill=0.9, stroke=None)
            d.text(X + 5, y + 11, f"Services for {c['pat']}" + (" (continued)" if cont else ""), "DVB", 8.6)
            d.text(X + 515, y + 11, f"Claim number {c['pcid']}", "DVB", 8.6, "r")
            d.text(X + 5, y + 24, f"Provider: {c['prov']}   \u00b7   Provider's patient no. {c['cid']}", "DV", 7.6)
            return tb.header(y + 32)

        if y + 100 > BOTTOM:
            d.new_page()
            y = furniture()
        top = y
        y = card_top(y)
        for s in c["svcs"]:
            cells = [f"{s.dos.month}/{s.dos.day}/{s.dos.year}", s.desc, " ".join((s.code,) + s.mods),
                     u_plain(s.units), m_dollar(s.billed), m_dollar(s.paid), m_dollar(ZERO), s.why]
            if y + tb.height(cells) > BOTTOM:
                d.rect(X, top, 520, y - top + 2, stroke=0.8)
                d.new_page()
                y = top = furniture()
                y = card_top(y, cont=True)
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["pat"],
                  printed=("billed", "paid", "patient_owes"), remarks=[s.why])
        sv = c["svcs"]
        band = tb.row(y, ["", "Totals for this claim", "", "", m_dollar(total(sv, "billed")),
                          m_dollar(total(sv, "paid")), m_dollar(ZERO), ""], font="DVB", line_below=False)
        y = band[2]
        t.claim(c["cid"], c["pcid"], c["pat"], K.eobgen.claim_totals(billed=total(sv, "billed"),
                                                                      paid=total(sv, "paid"), patient_owes=ZERO), band)
        d.rect(X, top, 520, y - top + 2, stroke=0.8)
        y += 16
    if y + 120 > BOTTOM:
        d.new_page()
        y = furniture()
    d.text(X, y + 6, "Reason codes", "DVB", 9)
    yy = y + 18
    for k, v in legend:
        for i, ln in enumerate(d.wrap(f"{k} \u2013 {v}", 500, "DV", 7.8)):
            d.text(X, yy, ln, "DV", 7.8)
            yy += 10
    yy += 8
    d.rect(X, yy, 520, 56, fill=0.96, stroke=0.5)
    d.text(X + 6, yy + 14, "Help stop fraud", "DVB", 8.5)
    d.text(X + 6, yy + 27, "If you see a service your child did not get, call our Program Integrity line at "
           "1-877-555-0193.", "DV", 7.6)
    d.text(X + 6, yy + 39, "You have the right to ask for an appeal within 60 days of a decision you disagree with.",
           "DV", 7.6)
    pages = d.close()
    if npages:
        t.write(path, pages, "Medicaid managed-care member EOB with claim cards", legend)
    return pages, path, t



# =====================================================================================================
# z04 Medicare Advantage HMO monthly member EOB, two-column first page (reportlab, DejaVu Serif)
# =====================================================================================================

def ma_line(s: Svc, seen: set, copay: Decimal) -> Svc:
    if s.denied:
        s.not_covered = s.billed
        s.owes = s.billed
        return s
    s.allowed = q(Decimal(K.eobgen.SCHED[s.code]) * s.units)
    s.discount = s.billed - s.allowed
    if s.dos not in seen:
        seen.add(s.dos)
        s.copay = min(copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    return s


def z04(out: Path, npages):
    path = out / "z04_ma_member_eob.pdf"
    t = Truth("z04_ma_member_eob", "reportlab", money=m_dollar, date=lambda d: d.strftime("%m/%d/%y"),
              units=u_plain, arith=())
    pat = "Harold T. Beaumont"
    a, b, c3 = set(), set(), set()
    claims = [
        dict(prov="Lakeshore Rehab Associates", pcid="MA2601-8830412", cid="LRA-55910", svcs=[
            ma_line(S(5, "97162", 1, "GP"), a, Decimal("20")), ma_line(S(5, "97110", 2, "GP"), a, Decimal("20")),
            ma_line(S(7, "97110", 2, "GP"), a, Decimal("20")), ma_line(S(7, "97112", 1, "GP"), a, Decimal("20")),
            ma_line(S(7, "97140", 1, "GP 59"), a, Decimal("20")), ma_line(S(12, "97110", 2, "GP CQ"), a, Decimal("20")),
            ma_line(S(12, "97116", 1, "GP CQ"), a, Decimal("20")), ma_line(S(14, "97110", 2, "GP KX"), a, Decimal("20")),
            ma_line(S(14, "G0283", 1, "GP"), a, Decimal("20"))]),
        dict(prov="Northgate Family Medicine", pcid="MA2601-8841177", cid="NFM-2210448", svcs=[
            ma_line(S(9, "99214", 1), b, Decimal("10"))]),
        dict(prov="Lakeshore Rehab Associates", pcid="MA2601-8857030", cid="LRA-55977", svcs=[
            ma_line(S(19, "97110", 2, "GP KX"), c3, Decimal("20")), ma_line(S(19, "97530", 1, "GP"), c3, Decimal("20")),
            ma_line(S(19, "0552T", 1, denied="PR"), c3, Decimal("20")),
            ma_line(S(21, "97110", 2, "GP KX"), c3, Decimal("20")), ma_line(S(21, "97112", 1, "GP"), c3, Decimal("20")),
            ma_line(S(26, "97110", 2, "GP KX"), c3, Decimal("20")), ma_line(S(26, "97140", 1, "GP"), c3, Decimal("20"))]),
    ]

    def notes(s):
        if s.denied:
            return ["2"]
        r = []
        if s.copay:
            r.append("1")
        if "KX" in s.mods:
            r.append("3")
        return r

    legend = [("1", "Your plan's copay for an outpatient therapy or doctor visit on this day."),
              ("2", "This service is not a covered benefit of your plan. You may have to pay for it."),
              ("3", "Your therapist told us this care is still medically needed past the yearly therapy amount.")]
    d = Doc(path, "reportlab")
    X = 40
    BOTTOM = 792 - 60

    def furniture():
        d.text(X, 40, "Bayview Senior Advantage (HMO)", "DSB", 14)
        d.text(X, 53, "Explanation of Benefits for January 2026 \u2014 not a bill", "DS", 8.5)
        d.text(572, 40, pat, "DSB", 9, "r")
        d.text(572, 52, "Member number  BSA-660184427", "DS", 8, "r")
        d.line(X, 60, 572, 60, 0.7)
        d.text(X, 792 - 34, "Bayview Senior Advantage is an HMO plan with a Medicare contract. Call Member Services "
               "at 1-866-555-0128 (TTY 711).", "DS", 6.5)
        d.text(X, 792 - 25, "Y0099_EOB26_M", "DS", 6, gray=0.4)
        if npages:
            d.text(572, 792 - 34, f"Page {d.page} of {npages}", "DS", 7.5, "r")
        return 74

    y = furniture()
    d.text(X, y + 10, "Your claims this month", "DSB", 10.5)
    sm = Table(d, X, [("Provider", 130, "l"), ("Claim number", 80, "l"), ("Plan's share", 52, "r"),
                      ("Your share", 50, "r")], font="DS", size=7.3, hfont="DSB", hsize=7, rules="h")
    yy = sm.header(y + 16)
    for c in claims:
        yy = sm.row(yy, [c["prov"], c["pcid"], m_dollar(total(c["svcs"], "paid")),
                         m_dollar(total(c["svcs"], "owes"))])[2]
    d.rect(370, y, 202, 176, fill=(0.93, 0.95, 0.9), stroke=0.6)
    d.text(378, y + 16, "Your out-of-pocket costs", "DSB", 9)
    spent = sum(total(c["svcs"], "owes") for c in claims)
    d.text(378, y + 32, f"So far in 2026 you have paid {m_dollar(spent)}", "DS", 7.6)
    d.text(378, y + 43, "toward your $4,200.00 yearly limit.", "DS", 7.6)
    d.rect(378, y + 52, 186, 8, fill=1.0, stroke=0.4)
    d.rect(378, y + 52, 186 * float(spent / Decimal("4200")), 8, fill=(0.3, 0.5, 0.3), stroke=None)
    for i, ln in enumerate(["Therapy visits are covered after a", "$20 copay per day. Once your costs reach",
                            "the yearly limit, you pay nothing more", "for covered medical services this year.",
                            "", "Questions about a claim? Call the number", "at the bottom of the page."]):
        d.text(378, y + 76 + 11 * i, ln, "DS", 7.4)
    y = max(yy, y + 176) + 22
    d.text(X, y, "Claim details", "DSB", 11)
    y += 10
    cols = [("Date", 42, "l"), ("Services you got", 150, "l"), ("Code", 62, "l"), ("Units", 26, "r"),
            ("Billed by\nprovider", 54, "r"), ("Plan-\napproved", 52, "r"), ("Plan's\nshare", 50, "r"),
            ("Your\nshare", 48, "r"), ("Notes", 48, "c")]
    tb = Table(d, X, cols, font="DS", size=7.2, hfont="DSB", hsize=6.8, pad=2.3, header_fill=0.88, rules="h")
    for c in claims:
        def heading(y, cont=False):
            d.text(X, y + 10, f"{c['prov']}" + ("  (continued)" if cont else ""), "DSB", 8.6)
            d.text(X, y + 21, f"Claim number {c['pcid']}   \u00b7   Your provider's account no. {c['cid']}   \u00b7   "
                   f"Patient: {pat}", "DS", 7.3)
            return tb.header(y + 25)

        if y + 90 > BOTTOM:
            d.new_page()
            y = furniture()
        y = heading(y)
        for s in c["svcs"]:
            cells = [s.dos.strftime("%m/%d/%y"), s.desc, "-".join((s.code,) + s.mods), u_plain(s.units),
                     m_dollar(s.billed), m_dollar(s.allowed), m_dollar(s.paid), m_dollar(s.owes), ", ".join(notes(s))]
            if y + tb.height(cells) > BOTTOM:
                d.new_page()
                y = heading(furniture(), cont=True)
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=pat,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=notes(s))
        sv = c["svcs"]
        band = tb.row(y, ["", "Claim total", "", "", m_dollar(total(sv, "billed")), m_dollar(total(sv, "allowed")),
                          m_dollar(total(sv, "paid")), m_dollar(total(sv, "owes")), ""], font="DSB")
        y = band[2] + 14
        t.claim(c["cid"], c["pcid"], pat, K.eobgen.claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                                 total(sv, "paid"), total(sv, "owes")), band)
    if y + 60 > BOTTOM:
        d.new_page()
        y = furniture()
    d.text(X, y + 4, "Notes", "DSB", 9)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 17 + 11 * i, f"{k}.  {v}", "DS", 7.4)
    pages = d.close()
    if npages:
        t.write(path, pages, "Medicare Advantage HMO monthly member EOB", legend)
    return pages, path, t


# =====================================================================================================
# z05 commercial insurer provider remittance advice, adjustments stacked (reportlab, DejaVu Sans Condensed)
# =====================================================================================================

def z05(out: Path, npages):
    path = out / "z05_commercial_provider_remit.pdf"
    t = Truth("z05_commercial_provider_remit", "reportlab", money=m_comma,
              date=lambda d: d.strftime("%m/%d/%y"), units=u_plain, arith=("adj", "share"))
    s1 = PlanState(ded_left=Decimal("75"), allowed_rate=Decimal("0.74"))
    s2 = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.77"), visit_copay=Decimal("25"))
    s3 = PlanState(ded_left=Decimal("500"), allowed_rate=Decimal("0.72"))
    orig = [commercial(S(6, "97530", 2, "GO"), PlanState(allowed_rate=Decimal("0.77"), visit_copay=Decimal("25"))),
            commercial(S(6, "97140", 1, "GO"), PlanState(allowed_rate=Decimal("0.77")))]
    claims = [
        dict(pat="LINDGREN, SOFIA", mid="W88120-01", cid="SL0041", pcid="2601230447109", rec="01/12/26",
             status="1 PROCESSED AS PRIMARY", svcs=[
                 commercial(S(5, "97165", 1, "GO"), s1), commercial(S(5, "97530", 2, "GO"), s1),
                 commercial(S(7, "97530", 2, "GO"), s1), commercial(S(7, "97112", 1, "GO 59"), s1),
                 commercial(S(9, "97530", 3, "GO"), s1), commercial(S(9, "97535", 1, "GO"), s1)]),
        dict(pat="ABERNATHY, COLE", mid="W31775-02", cid="CA2207", pcid="2601090318844", rec="01/08/26",
             status="22 REVERSAL OF PRIOR PAYMENT", svcs=[negate(x) for x in orig]),
        dict(pat="ABERNATHY, COLE", mid="W31775-02", cid="CA2207", pcid="2601230451276", rec="01/20/26",
             status="1 PROCESSED AS PRIMARY", svcs=[
                 commercial(S(6, "97530", 2, "GO"), s2), commercial(S(6, "97140", 1, "GO 59"), s2),
                 commercial(S(13, "97530", 2, "GO"), s2), commercial(S(13, "97533", 2, "GO"), s2),
                 commercial(S(13, "97110", 1, "GO", denied="CO"), s2, deny_reason="97")]),
        dict(pat="PRZYBYLSKI, HANNA", mid="W60413-01", cid="HP1190", pcid="2601230455031", rec="01/15/26",
             status="1 PROCESSED AS PRIMARY", svcs=[
                 commercial(S(8, "92523", 1, "GN"), s3), commercial(S(15, "92507", 1, "GN"), s3),
                 commercial(S(22, "92507", 1, "GN"), s3),
                 commercial(S(29, "92507", 1, "GN", denied="CO"), s3, deny_reason="197")]),
    ]
    for c in claims:
        for s in c["svcs"]:
            s.rmk = "M15" if s.denied == "CO" and s.code == "97110" else ("N54" if s.denied else "")
    legend = [("CO-45", "Charge is above the contracted fee; write off the difference."),
              ("CO-97", "Paid as part of another service on the same date."),
              ("CO-197", "No approval on file before the service; do not bill the patient."),
              ("PR-1", "Applied to the member's deductible."), ("PR-2", "Member coinsurance."),
              ("PR-3", "Member copayment."), ("M15", "Separately billed service was bundled."),
              ("N54", "Approval requirement not met for these dates.")]
    d = Doc(path, "reportlab")
    cols = [("LN", 16, "l"), ("DATES OF SERVICE", 74, "l"), ("PROC", 30, "l"), ("MOD", 34, "l"), ("UNITS", 24, "r"),
            ("CHARGE", 44, "r"), ("ALLOWED", 44, "r"), ("DEDUCT", 40, "r"), ("COINS", 38, "r"), ("COPAY", 36, "r"),
            ("ADJ RSN", 36, "l"), ("ADJ AMT", 42, "r"), ("RMK", 32, "l"), ("PAID", 44, "r")]
    X = 39
    tb = Table(d, X, cols, font="DC", size=7, hfont="DCB", hsize=6.6, pad=1.6, rules=None)
    BOTTOM = 792 - 54

    def furniture():
        d.text(X, 38, "ALDERGATE MUTUAL INSURANCE CO.", "DCB", 12)
        d.text(X, 49, "PO Box 7720  Stonebridge, MN 55490   Provider Services 1-800-555-0166", "DC", 7.5)
        d.text(573, 38, "PROVIDER REMITTANCE ADVICE", "DCB", 11, "r")
        if npages:
            d.text(573, 49, f"Page {d.page} of {npages}", "DC", 7.5, "r")
        d.text(X, 64, "PAYEE: FOXGLOVE PEDIATRIC REHAB LLC     NPI 1730048812     TIN XX-XXX4417", "DC", 7.5)
        d.text(X, 74, "PAYMENT NO. EFT 000418823     PAYMENT DATE 01/23/2026     PAYMENT AMOUNT "
               f"{m_dollar(sum(total(c['svcs'], 'paid') for c in claims))}", "DC", 7.5)
        y = tb.header(82)
        d.line(X, y, X + tb.width, y, 0.9)
        return y + 2

    y = furniture()
    for c in claims:
        if y + 70 > BOTTOM:
            d.new_page()
            y = furniture()
        d.rect(X, y + 2, tb.width, 22, fill=0.92, stroke=None)
        d.text(X + 2, y + 11, f"PATIENT: {c['pat']}   MEMBER: {c['mid']}   PT ACCT: {c['cid']}   CLAIM: {c['pcid']}",
               "DCB", 7.2)
        d.text(X + 2, y + 21, f"RECD {c['rec']}   CLAIM STATUS: {c['status']}", "DC", 7)
        y += 27
        for n, s in enumerate(c["svcs"], 1):
            adjs = s.adjs or [("", "", None)]
            first = adjs[0]
            rng = f"{s.dos:%m/%d/%y}-{s.dos:%m/%d/%y}"
            cells = [str(n), rng, s.code, " ".join(s.mods), u_plain(s.units)] + [m_comma(v) for v in (
                s.billed, s.allowed, s.deductible, s.coinsurance, s.copay)] + \
                [f"{first[0]}-{first[1]}", m_comma(first[2]), s.rmk, m_comma(s.paid)]
            h = tb.height(cells) * len(adjs)
            if y + h > BOTTOM:
                d.new_page()
                y = furniture()
                d.text(X + 2, y + 9, f"PATIENT: {c['pat']}   CLAIM: {c['pcid']}   (CONTINUED)", "DCB", 7.2)
                y += 12
            bands = [tb.row(y, cells, line_below=False)]
            y = bands[0][2]
            for g, r, a in adjs[1:]:
                band = tb.row(y, [""] * 10 + [f"{g}-{r}", m_comma(a), "", ""], line_below=False)
                bands.append(band)
                y = band[2]
            t.add([(bands[0][0], bands[0][1], bands[-1][2])], s, claim_id=c["cid"], payer_claim_id=c["pcid"],
                  patient=c["pat"], end=s.dos, printed=("billed", "allowed", "deductible", "coinsurance", "copay",
                                                        "paid"),
                  adjustments=s.adjs, remarks=[s.rmk] if s.rmk else [])
        sv = c["svcs"]
        d.line(X + 164, y + 1, X + tb.width, y + 1, 0.4)
        band = tb.row(y + 1, ["", "CLAIM TOTAL", "", "", ""] + [m_comma(total(sv, k)) for k in (
            "billed", "allowed", "deductible", "coinsurance", "copay")] + ["", "", "", m_comma(total(sv, "paid"))],
            font="DCB", line_below=False)
        d.text(X + 2, band[2] + 8, f"PATIENT RESPONSIBILITY {m_comma(total(sv, 'owes'))}", "DC", 6.8)
        y = band[2] + 14
        t.claim(c["cid"], c["pcid"], c["pat"], K.eobgen.claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                                      total(sv, "paid")), band)
    if y + 30 + 9 * len(legend) > BOTTOM:
        d.new_page()
        y = furniture()
    d.line(X, y + 2, X + tb.width, y + 2, 0.6)
    d.text(X, y + 13, "ADJUSTMENT REASON AND REMARK CODES ON THIS REMITTANCE", "DCB", 7.5)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 24 + 9 * i, k, "DCB", 6.8)
        d.text(X + 40, y + 24 + 9 * i, v, "DC", 6.8)
    pages = d.close()
    if npages:
        t.write(path, pages, "Commercial provider remittance advice, stacked adjustments, reversal", legend)
    return pages, path, t


# =====================================================================================================
# z06 state Medicaid fee-for-service remittance advice, fixed-width print (fpdf2, Liberation Mono, landscape)
# =====================================================================================================

def z06(out: Path, npages):
    path = out / "z06_state_medicaid_ra.pdf"
    mneg = lambda v: money(v, "", "trail")  # noqa: E731
    t = Truth("z06_state_medicaid_ra", "fpdf2", money=mneg, date=lambda d: d.strftime("%m-%d-%y"),
              units=lambda u: f"{u:.1f}", arith=("adj",))
    def mc(s, tpl=ZERO, copay=ZERO, eob="011"):
        medicaid(s)
        s.tpl, s.copay_ = tpl, copay
        s.eob = eob
        if tpl or copay:
            s.paid = s.allowed - tpl - copay
            if tpl:
                s.adjs.append(("OA", "23", tpl))
            if copay:
                s.adjs.append(("PR", "3", copay))
                s.copay = copay
        if s.denied:
            s.eob = "254"
        return s
    voided = [mc(S(7, "97530", 3, "GO")), mc(S(7, "97535", 2, "GO"))]
    claims = [
        dict(pat="OKONJO, PRECIOUS", rid="310447201", cid="4471-A", pcid="2602601004513", status="PAID", svcs=[
            mc(S(5, "97166", 1, "GO U1")), mc(S(5, "97530", 2, "GO")), mc(S(12, "97530", 2, "GO")),
            mc(S(12, "97533", 2, "GO")), mc(S(19, "97530", 3, "GO")), mc(S(19, "97112", 1, "GO"))]),
        dict(pat="VILLANUEVA, MATEO", rid="310882650", cid="4502-C", pcid="2602601004520", status="PAID", svcs=[
            mc(S(6, "92507", 1, "GN"), tpl=Decimal("40.00"), eob="192"), mc(S(13, "92507", 1, "GN"), tpl=Decimal("40.00"),
                                                                        eob="192"),
            mc(S(20, "92507", 1, "GN"), tpl=Decimal("40.00"), eob="192")]),
        dict(pat="HALVORSEN, GRETA", rid="311004877", cid="4519-B", pcid="2602601004538", status="PAID", svcs=[
            mc(S(8, "97161", 1, "GP"), copay=Decimal("3.00"), eob="301"), mc(S(8, "97110", 2, "GP")),
            mc(S(15, "97110", 2, "GP"), copay=Decimal("3.00"), eob="301"), mc(S(15, "97140", 1, "GP 59")),
            mc(S(22, "97110", 3, "GP"), copay=Decimal("3.00"), eob="301"),
            mc(S(22, "97018", 1, "GP", denied="CO"))]),
        dict(pat="OKONJO, PRECIOUS", rid="310447201", cid="4471-A", pcid="2602601004497", status="ADJUSTED - VOID OF "
             "TCN 2601401003388", svcs=[negate(x) for x in voided]),
        dict(pat="OKONJO, PRECIOUS", rid="310447201", cid="4471-A", pcid="2602601004498", status="ADJUSTED - "
             "REPLACEMENT", svcs=[mc(S(7, "97530", 2, "GO")), mc(S(7, "97535", 2, "GO"))]),
        dict(pat="SAWYER, LIAM", rid="311355208", cid="4540-D", pcid="2602601004577", status="PAID", svcs=[
            mc(S(5, "92523", 1, "GN")), mc(S(12, "92507", 1, "GN")), mc(S(14, "92507", 1, "GN")),
            mc(S(19, "92507", 1, "GN")), mc(S(21, "92507", 1, "GN")), mc(S(26, "92507", 1, "GN"))]),
        dict(pat="DUBOIS-KANE, ELLIOT", rid="311270914", cid="4533-A", pcid="2602601004561", status="DENIED", svcs=[
            mc(S(9, "97530", 2, "GO", denied="CO"), eob="254"), mc(S(9, "97112", 1, "GO", denied="CO"), eob="254")]),
    ]
    for x in claims[3]["svcs"]:
        x.eob, x.tpl, x.copay_ = "011", ZERO, ZERO
    legend = [("011", "Paid at the program's maximum fee for this procedure."),
              ("192", "Other insurance paid first; this payment is the remaining program amount."),
              ("254", "Prior authorization number missing or does not cover these dates."),
              ("301", "Recipient co-payment deducted from this detail.")]
    d = Doc(path, "fpdf2", landscape=True)
    Z, X = 7.9, 30
    lead = 11.6
    BOTTOM = 612 - 44
    hdr = f"{'DTL':<4}{'FROM-DOS':<9}{'TO-DOS':<9}{'PROC':<7}{'MODIFIERS':<12}{'UNITS':>6}{'BILLED AMT':>12}" \
          f"{'ALLOWED':>11}{'TPL AMT':>10}{'CO-PAY':>9}{'PAID AMT':>11}  {'ADJ':<14}{'EOB':<4}"

    def furniture():
        d.text(X, 34, "STATE OF NEW CALDONIA  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", "LMB", 8.4)
        d.text(X, 45, "REMITTANCE ADVICE - PROFESSIONAL SERVICES", "LMB", 8.4)
        d.text(762, 34, "RUN DATE 01/27/26", "LM", 7.6, "r")
        if npages:
            d.text(762, 45, f"PAGE {d.page} OF {npages}", "LM", 7.6, "r")
        d.text(X, 58, "PROVIDER 0041177320  HEARTWOOD THERAPY SERVICES INC     WARRANT/EFT 7008815    "
               "PAYMENT DATE 01/27/26", "LM", Z)
        d.line(X, 63, 762, 63, 0.5, dash=True)
        return 70

    y = furniture()
    for c in claims:
        if y + 5 * lead > BOTTOM:
            d.new_page()
            y = furniture()
        y += lead
        d.text(X, y, f"TCN {c['pcid']}  RECIP {c['pat']:<22} RECIP ID {c['rid']}  MED REC NO {c['cid']}  "
               f"CLAIM STATUS {c['status']}", "LMB", Z)
        y += lead
        d.text(X, y, hdr, "LM", Z)
        for n, s in enumerate(c["svcs"], 1):
            if y + lead > BOTTOM:
                d.new_page()
                y = furniture() + lead
                d.text(X, y, f"TCN {c['pcid']}  RECIP {c['pat']}  (CONTINUED)", "LMB", Z)
                y += lead
                d.text(X, y, hdr, "LM", Z)
            y += lead
            adj = " ".join(f"{g}-{r}" for g, r, a in s.adjs) if not s.denied else f"{s.adjs[0][0]}-{s.adjs[0][1]}"
            row = f"{n:03d} {s.dos:%m-%d-%y} {s.dos:%m-%d-%y} {s.code:<6} {' '.join(s.mods):<12}" \
                  f"{s.units:>6.1f}{mneg(s.billed):>12}{mneg(s.allowed):>11}{mneg(s.tpl):>10}{mneg(s.copay_):>9}" \
                  f"{mneg(s.paid):>11}  {adj:<14}{s.eob:<4}"
            d.text(X, y, row, "LM", Z)
            band = (d.page, y - Z, y + 2)
            prn = ("billed", "allowed", "paid", "copay")
            t.add([band], s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["pat"], end=s.dos,
                  printed=prn, adjustments=[(g, r, None) for g, r, a in s.adjs], remarks=[s.eob])
        sv = c["svcs"]
        y += lead
        tot = f"{'':<4}{'CLAIM TOTAL':<43}{mneg(total(sv, 'billed')):>12}{mneg(total(sv, 'allowed')):>11}" \
              f"{mneg(sum((x.tpl for x in sv), ZERO)):>10}{mneg(sum((x.copay_ for x in sv), ZERO)):>9}" \
              f"{mneg(total(sv, 'paid')):>11}"
        d.text(X, y, tot, "LMB", Z)
        t.claim(c["cid"], c["pcid"], c["pat"], K.eobgen.claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                                      total(sv, "paid")), (d.page, y - Z, y + 2))
        y += 4
    if y + lead * (len(legend) + 3) > BOTTOM:
        d.new_page()
        y = furniture()
    y += lead * 2
    d.text(X, y, "EOB CODE MESSAGES", "LMB", Z)
    for k, v in legend:
        y += lead
        d.text(X, y, f"{k}  {v.upper()}", "LM", Z)
    pages = d.close()
    if npages:
        t.write(path, pages, "State Medicaid fee-for-service remittance advice, fixed-width", legend)
    return pages, path, t



# =====================================================================================================
# z07 therapy clinic family statement with a top remittance slip and a right sidebar (reportlab, Liberation)
# =====================================================================================================

def z07(out: Path, npages):
    path = out / "z07_clinic_family_statement.pdf"
    t = Truth("z07_clinic_family_statement", "reportlab", money=m_comma, date=lambda d: d.strftime("%m/%d/%y"),
              arith=("stmt",))
    stM = PlanState(ded_left=Decimal("90"), allowed_rate=Decimal("0.80"), visit_copay=Decimal("25"))
    stD = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.80"), visit_copay=Decimal("25"))
    visits = [
        dict(pat="Maya Castellanos", visit="30551", who="R. Fenwick, OTR/L", billed_on="01/06/26",
             pcid="PHP60106118273", svcs=[commercial(S(5, "97165", 1, "GO"), stM),
                                          commercial(S(5, "97530", 2, "GO"), stM)]),
        dict(pat="Diego Castellanos", visit="30562", who="L. Amadi, CCC-SLP", billed_on="01/07/26",
             pcid="PHP60107120915", svcs=[commercial(S(6, "92523", 1), stD)]),
        dict(pat="Maya Castellanos", visit="30604", who="R. Fenwick, OTR/L", billed_on="01/09/26",
             pcid="PHP60109124480", svcs=[commercial(S(8, "97530", 2, "GO"), stM),
                                          commercial(S(8, "97533", 1, "GO"), stM),
                                          commercial(S(8, "97535", 1, "GO"), stM)]),
        dict(pat="Diego Castellanos", visit="30611", who="L. Amadi, CCC-SLP", billed_on="01/14/26",
             pcid="PHP60114127702", svcs=[commercial(S(13, "92507", 1), stD)]),
        dict(pat="Maya Castellanos", visit="30655", who="J. Ortiz, COTA", billed_on="01/16/26",
             pcid="PHP60116130021", svcs=[commercial(S(15, "97530", 2, "GO CO"), stM),
                                          commercial(S(15, "97110", 1, "GO CO", denied="PR"), stM)]),
        dict(pat="Diego Castellanos", visit="30671", who="L. Amadi, CCC-SLP", billed_on="01/21/26",
             pcid="PHP60121133148", svcs=[commercial(S(20, "92507", 1), stD)]),
        dict(pat="Maya Castellanos", visit="30702", who="R. Fenwick, OTR/L", billed_on="01/23/26",
             pcid="PHP60123135567", svcs=[commercial(S(22, "97530", 3, "GO"), stM),
                                          commercial(S(22, "97112", 1, "GO"), stM)]),
        dict(pat="Diego Castellanos", visit="30740", who="L. Amadi, CCC-SLP", billed_on="01/28/26",
             pcid="PHP60128138830", svcs=[commercial(S(27, "92507", 1), stD)]),
        dict(pat="Maya Castellanos", visit="30751", who="R. Fenwick, OTR/L", billed_on="01/30/26",
             pcid="PHP60130140017", svcs=[commercial(S(29, "97530", 2, "GO"), stM),
                                          commercial(S(29, "97535", 1, "GO"), stM),
                                          commercial(S(29, "97140", 1, "GO 59"), stM)]),
        dict(pat="Diego Castellanos", visit="30768", who="L. Amadi, CCC-SLP", billed_on="02/04/26",
             pcid="PHP60204142295", svcs=[commercial(S(3, "92507", 1, month=2), stD),
                                          commercial(S(3, "92610", 1, month=2, denied="CO"), stD)]),
        dict(pat="Maya Castellanos", visit="30790", who="J. Ortiz, COTA", billed_on="02/06/26",
             pcid="PHP60206144410", svcs=[commercial(S(5, "97530", 2, "GO CO", month=2), stM),
                                          commercial(S(5, "97112", 1, "GO CO", month=2), stM)]),
    ]
    for v in visits:
        for s in v["svcs"]:
            s.ptpaid = s.copay
            s.bal = s.owes - s.ptpaid
            s.insadj = s.discount + (s.not_covered if s.denied == "CO" else ZERO)
    allsv = [s for v in visits for s in v["svcs"]]
    due = total(allsv, "bal")
    d = Doc(path, "reportlab")
    X, TW = 36, 404
    cols = [("Date", 38, "l"), ("Code", 46, "l"), ("Description", 110, "l"), ("Charges", 42, "r"),
            ("Ins. Paid", 42, "r"), ("Ins. Adj.", 42, "r"), ("Pt. Paid", 40, "r"), ("Balance", 44, "r")]
    tb = Table(d, X, cols, font="LN", size=7.8, hfont="LNB", hsize=7.6, pad=2.2, rules="h")
    BOTTOM = 792 - 52

    def sidebar(top):
        x0 = 452
        d.rect(x0, top, 124, 792 - 52 - top, fill=(0.95, 0.93, 0.88), stroke=None)
        yy = top + 16
        d.text(x0 + 8, yy, "Account summary", "LSB", 8.5)
        rows = [("Previous balance", ZERO), ("New charges", total(allsv, "billed")),
                ("Insurance payments", -total(allsv, "paid")), ("Insurance adjustments", -total(allsv, "insadj")),
                ("Your payments", -total(allsv, "ptpaid")), ("Amount due", due)]
        for i, (k, v) in enumerate(rows):
            yy += 13
            d.text(x0 + 8, yy, k, "LSB" if k == "Amount due" else "LN", 7.6)
            d.text(x0 + 118, yy, money(v, "$"), "LSB" if k == "Amount due" else "LN", 7.6, "r")
        yy += 24
        d.text(x0 + 8, yy, "Aging", "LSB", 8.5)
        for i, (k, v) in enumerate([("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO),
                                    ("Over 90", ZERO)]):
            yy += 12
            d.text(x0 + 8, yy, k, "LN", 7.4)
            d.text(x0 + 118, yy, money(v, "$"), "LN", 7.4, "r")
        yy += 24
        d.text(x0 + 8, yy, "Questions?", "LSB", 8.5)
        for ln in ["Billing office: (503) 555-0119", "Mon-Fri 8:30-4:30", "", "We bill your insurance first.",
                   "What is left after your", "plan pays is shown under", "Balance."]:
            yy += 11
            d.text(x0 + 8, yy, ln, "LN", 7.4)

    def furniture(first=False):
        d.text(X, 40, "Fernwood Pediatric Therapy, PLLC", "LSB", 13)
        d.text(X, 52, "4410 SE Alder Court, Suite 2  \u00b7  Milbrook, OR 97222  \u00b7  Tax ID 93-0000417", "LN", 8)
        d.text(576, 40, "STATEMENT", "LSB", 13, "r")
        if npages:
            d.text(576, 52, f"Page {d.page} of {npages}", "LN", 8, "r")
        y = 62
        if first:
            d.rect(X, 66, 540, 86, fill=None, stroke=0.6)
            d.text(X + 8, 82, "Guarantor", "LNB", 7.6)
            d.text(X + 8, 94, "Alicia Castellanos", "LS", 8.5)
            d.text(X + 8, 105, "96 Brookmere Lane", "LS", 8.5)
            d.text(X + 8, 116, "Milbrook, OR 97267", "LS", 8.5)
            for i, (k, v) in enumerate([("Account no.", "G-10442"), ("Statement date", "02/16/26"),
                                        ("Amount due", money(due, "$")), ("Due by", "03/13/26")]):
                d.text(300, 82 + 14 * i, k, "LNB", 7.8)
                d.text(380, 82 + 14 * i, v, "LS", 8.5)
            d.text(460, 82, "Amount enclosed", "LNB", 7.6)
            d.rect(460, 88, 108, 18, stroke=0.6)
            d.text(X + 8, 144, "Please detach and return the top portion with your payment. Make checks payable "
                   "to Fernwood Pediatric Therapy.", "LN", 7.2)
            d.line(X, 160, 576, 160, 0.6, dash=True)
            d.text(X, 172, "Account G-10442  \u00b7  Castellanos family", "LSB", 9)
            y = 182
        sidebar(y)
        d.text(X, 792 - 30, "Thank you for choosing Fernwood. Payment plans are available; please ask.", "LN", 7.4)
        return y

    y = furniture(first=True)
    y = tb.header(y)
    for v in visits:
        def vhead(y, cont=False):
            d.rect(X, y, TW, 23, fill=0.9, stroke=None)
            d.text(X + 3, y + 9, f"{v['svcs'][0].dos:%m/%d/%y}  Visit {v['visit']} \u00b7 {v['pat']} \u00b7 with "
                   f"{v['who']}" + (" (continued)" if cont else ""), "LNB", 7.8)
            d.text(X + 3, y + 19, f"Billed to Pinecrest Health Plan on {v['billed_on']} \u00b7 claim no. {v['pcid']}",
                   "LN", 7.2)
            return y + 24

        need = 24 + sum(tb.height(["x"] * 2 + [s.desc] + ["x"] * 5) for s in v["svcs"]) + 16
        if y + need > BOTTOM:
            d.new_page()
            y = tb.header(furniture())
        y = vhead(y)
        for s in v["svcs"]:
            code = "".join((s.code,) + s.mods)
            cells = [s.dos.strftime("%m/%d/%y"), code, s.desc] + [m_comma(x) for x in (
                s.billed, s.paid, s.insadj, s.ptpaid, s.bal)]
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=v["visit"], payer_claim_id=v["pcid"], patient=v["pat"], units=False,
                  printed=("billed", "paid"), overrides={"discount": str(q(s.insadj)), "patient_owes": str(q(s.bal))})
        sv = v["svcs"]
        band = tb.row(y, ["", "", "Visit total", m_comma(total(sv, "billed")), m_comma(total(sv, "paid")),
                          m_comma(total(sv, "insadj")), m_comma(total(sv, "ptpaid")), m_comma(total(sv, "bal"))],
                      font="LNB")
        y = band[2] + 6
        t.claim(v["visit"], v["pcid"], v["pat"], K.eobgen.claim_totals(billed=total(sv, "billed"),
                                                                        paid=total(sv, "paid"),
                                                                        patient_owes=total(sv, "bal")), band)
    d.text(X, y + 14, f"Amount due from you now: {money(due, '$')}", "LSB", 9.5)
    pages = d.close()
    if npages:
        t.write(path, pages, "Therapy clinic family statement with payment slip and sidebar", [])
    return pages, path, t


# =====================================================================================================
# z08 Blue-plan provider claim summary, landscape, two-row claim labels; PLANTED total mismatch (fpdf2, DejaVu)
# =====================================================================================================

def z08(out: Path, npages):
    path = out / "z08_blue_provider_claim_summary.pdf"
    t = Truth("z08_blue_provider_claim_summary", "fpdf2", money=m_comma, date=lambda d: d.strftime("%m/%d/%Y"),
              units=u_plain, arith=("disc", "share", "owes"))
    sA = PlanState(ded_left=Decimal("150"), allowed_rate=Decimal("0.70"))
    sB = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.73"), copay_codes={"97530": Decimal("30"),
                                                                             "97161": Decimal("30")})
    sC = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.71"))
    claims = [
        dict(pat="Ivy Rosales", acct="ROS-60218", sub="KBX900417722", pcid="26019A4400712", rec="01/14/2026",
             status="Paid", svcs=[commercial(S(5, "97530", 2, "GO"), sA), commercial(S(5, "97140", 1, "GO 59"), sA),
                                  commercial(S(7, "97530", 2, "GO"), sA), commercial(S(7, "97760", 1, "GO"), sA),
                                  commercial(S(7, "L3807", 1, "LT"), sA)]),
        dict(pat="Benjamin Achterberg", acct="ACH-11905", sub="KBX902266014", pcid="26019A4401983",
             rec="01/15/2026", status="Paid", svcs=[
                 commercial(S(6, "97161", 1, "GP"), sB), commercial(S(6, "97110", 2, "GP"), sB),
                 commercial(S(8, "97530", 2, "GP"), sB), commercial(S(8, "97110", 1, "GP"), sB),
                 commercial(S(13, "97530", 2, "GP"), sB), commercial(S(13, "97116", 1, "GP"), sB),
                 commercial(S(15, "97530", 2, "GP"), sB), commercial(S(15, "G0283", 1, "GP", denied="CO"), sB)]),
        dict(pat="Ivy Rosales", acct="ROS-60244", sub="KBX900417722", pcid="26023A4409236", rec="01/21/2026",
             status="Paid", svcs=[commercial(S(12, "97530", 2, "GO"), sA), commercial(S(12, "97140", 1, "GO"), sA),
                                  commercial(S(14, "97530", 3, "GO"), sA),
                                  commercial(S(14, "97018", 1, "GO", denied="PR"), sA)]),
        dict(pat="Wren Takahashi-Moore", acct="TAK-33017", sub="KBX905530981", pcid="26023A4410058",
             rec="01/22/2026", status="Paid", svcs=[
                 commercial(S(9, "92523", 1, "GN"), sC), commercial(S(16, "92507", 1, "GN"), sC),
                 commercial(S(23, "92507", 1, "GN"), sC), commercial(S(30, "92507", 1, "GN"), sC)]),
    ]
    PLANT = 1  # Benjamin's claim: Payment total printed 10.00 too high

    def codes(s):
        return [(g, r, None) for g, r, a in s.adjs]

    legend = [("CO-45", "Charges exceed the fee schedule / contracted amount."),
              ("CO-204", "Service not covered under the member's benefit plan; provider liability."),
              ("PR-204", "Service not covered under the member's benefit plan; member liability."),
              ("PR-1", "Deductible."), ("PR-2", "Coinsurance."), ("PR-3", "Copayment.")]
    d = Doc(path, "fpdf2", landscape=True)
    X = 36
    cols = [("Service Dates", 52, "l"), ("Procedure", 42, "l"), ("Modifiers", 42, "l"), ("Days/\nUnits", 32, "r"),
            ("Submitted", 50, "r"), ("Allowed", 48, "r"), ("Non-Covered", 50, "r"), ("Deductible", 48, "r"),
            ("Copay", 40, "r"), ("Coinsurance", 50, "r"), ("COB", 38, "r"), ("Payment", 50, "r"),
            ("Pt Liability", 52, "r"), ("Codes", 96, "l")]
    tb = Table(d, X, cols, font="DV", size=6.8, hfont="DVB", hsize=6.4, pad=2.2, header_fill=(0.82, 0.88, 0.95),
               rules="grid")
    W = tb.width
    BOTTOM = 612 - 48

    def furniture():
        d.text(X, 34, "KEYSTONE BLUE PLAN", "DVB", 13)
        d.text(X, 45, "An independent licensee of a national association of plans (invented)", "DV", 6.8)
        d.text(X + W, 32, "Provider Claim Summary", "DVB", 11, "r")
        d.text(X + W, 44, "Remittance for NPI 1295037714  \u00b7  Brightwater Therapy Partners", "DV", 7.4, "r")
        d.text(X + W, 54, "Check/EFT No. 40018822751   Issue Date 01/26/2026", "DV", 7.4, "r")
        d.line(X, 59, X + W, 59, 1.0)
        d.text(X, 612 - 26, "Keystone Blue Plan \u00b7 Provider Service Center 1-800-555-0181 \u00b7 Claims: PO Box "
               "3300, Harrowgate, PA 17001", "DV", 6.6)
        if npages:
            d.text(X + W, 612 - 26, f"Page {d.page} of {npages}", "DV", 7, "r")
        return 70

    y = furniture()
    for ci, c in enumerate(claims):
        def chead(y, cont=False):
            labels = [("Patient Name", 150), ("Patient Acct No.", 100), ("Subscriber ID", 100),
                      ("Claim Number", 110), ("Received", 80), ("Claim Status", 80), ("", W - 620)]
            vals = [c["pat"] + (" (cont.)" if cont else ""), c["acct"], c["sub"], c["pcid"], c["rec"], c["status"], ""]
            d.rect(X, y, W, 24, fill=0.93, stroke=0.4)
            xx = X
            for (lab, w), v in zip(labels, vals):
                d.text(xx + 3, y + 9, lab, "DVB", 6.4, gray=0.3)
                d.text(xx + 3, y + 20, v, "DV", 7.4)
                xx += w
            return tb.header(y + 26)

        if y + 90 > BOTTOM:
            d.new_page()
            y = furniture()
        y = chead(y)
        for s in c["svcs"]:
            cells = [s.dos.strftime("%m/%d/%Y"), s.code, " ".join(s.mods), u_plain(s.units)] + [m_comma(v) for v in (
                s.billed, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, ZERO, s.paid, s.owes)] + \
                [", ".join(f"{g}-{r}" for g, r, a in s.adjs)]
            if y + tb.height(cells) > BOTTOM:
                d.new_page()
                y = chead(furniture(), cont=True)
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=c["acct"], payer_claim_id=c["pcid"], patient=c["pat"],
                  printed=("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                           "patient_owes"), adjustments=codes(s))
        sv = c["svcs"]
        paid_printed = total(sv, "paid") + (Decimal("10.00") if ci == PLANT else ZERO)
        band = tb.row(y, ["Claim Totals", "", "", ""] + [m_comma(v) for v in (
            total(sv, "billed"), total(sv, "allowed"), total(sv, "not_covered"), total(sv, "deductible"),
            total(sv, "copay"), total(sv, "coinsurance"), ZERO, paid_printed, total(sv, "owes"))] + [""],
            font="DVB", fill=0.96)
        y = band[2] + 12
        t.claim(c["acct"], c["pcid"], c["pat"], K.eobgen.claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                                       paid_printed, total(sv, "owes")), band)
        if ci == PLANT:
            t.expected.append(f"claim-total-mismatch claim {c['pcid']}: printed Payment total {q(paid_printed)} "
                              f"but the lines add up to {q(total(sv, 'paid'))}")
    if y + 70 > BOTTOM:
        d.new_page()
        y = furniture()
    d.text(X, y + 4, "Claim adjustment codes used in this summary", "DVB", 7.8)
    for i, (k, v) in enumerate(legend):
        d.text(X + (i % 2) * 360, y + 16 + 10 * (i // 2), f"{k}  {v}", "DV", 6.8)
    pages = d.close()
    if npages:
        t.write(path, pages, "Blue-plan provider claim summary, landscape, planted total mismatch", legend)
    return pages, path, t



# =====================================================================================================
# z09 self-funded county trust member EOB from a TPA, fully ruled grid (reportlab, core Times)
# =====================================================================================================

def z09(out: Path, npages):
    path = out / "z09_trust_member_eob.pdf"
    t = Truth("z09_trust_member_eob", "reportlab", money=m_comma, date=lambda d: d.strftime("%m/%d/%y"),
              arith=("disc",))
    sE = PlanState(ded_left=Decimal("100"), allowed_rate=Decimal("0.83"), copay_codes={"99213": Decimal("25")})
    sA = PlanState(ded_left=Decimal("180"), allowed_rate=Decimal("0.80"))
    claims = [
        dict(pat="Arjun Ramaswamy-Hart", prov="Tall Pines Children's Therapy", cid="TP-208817", pcid="MPA-26-0031847",
             rec="01/15/26", done="01/22/26", svcs=[
                 commercial(S(5, "97167", 1, "GO"), sA), commercial(S(5, "97530", 2, "GO"), sA),
                 commercial(S(8, "97530", 2, "GO"), sA), commercial(S(8, "97533", 1, "GO"), sA),
                 commercial(S(12, "97530", 2, "GO"), sA), commercial(S(12, "97112", 1, "GO 59"), sA),
                 commercial(S(14, "97530", 2, "GO"), sA), commercial(S(14, "97150", 1, "GO", denied="PR"), sA)]),
        dict(pat="Devi Ramaswamy-Hart", prov="Cedar Run Physical Therapy", cid="CRPT-44129", pcid="MPA-26-0033502",
             rec="01/19/26", done="01/27/26", svcs=[
                 commercial(S(9, "99213", 1), sE), commercial(S(9, "97161", 1, "GP"), sE),
                 commercial(S(13, "97110", 2, "GP"), sE), commercial(S(13, "97140", 1, "GP"), sE),
                 commercial(S(16, "97110", 2, "GP"), sE), commercial(S(16, "97750", 1, "GP"), sE)]),
        dict(pat="Arjun Ramaswamy-Hart", prov="Tall Pines Children's Therapy", cid="TP-209140", pcid="MPA-26-0036015",
             rec="01/29/26", done="02/03/26", svcs=[
                 commercial(S(19, "97530", 2, "GO"), sA), commercial(S(19, "97535", 1, "GO"), sA),
                 commercial(S(21, "97530", 3, "GO"), sA), commercial(S(26, "97530", 2, "GO"), sA),
                 commercial(S(26, "97533", 1, "GO", denied="CO"), sA)]),
    ]
    for c in claims:
        for s in c["svcs"]:
            s.rsn = "" if not s.denied else ("E7" if s.denied == "PR" else "E2")
    legend = [("E2", "Billed with another service the same day; included in that payment. Not your bill."),
              ("E7", "Group sessions are not a benefit of this plan. You are responsible for this charge.")]
    d = Doc(path, "reportlab")
    X = 38
    cols = [("Date of\nService", 40, "l"), ("Description of Service", 112, "l"), ("Charge", 44, "r"),
            ("Network\nSavings", 44, "r"), ("Excluded", 42, "r"), ("Rsn", 22, "c"), ("Covered", 44, "r"),
            ("Ded.", 38, "r"), ("Co-pay", 36, "r"), ("%", 24, "r"), ("Benefit", 44, "r"), ("Patient\nResp.", 46, "r")]
    tb = Table(d, X, cols, font="Times-Roman", size=7.8, hfont="Times-Bold", hsize=7.4, pad=2.4,
               header_fill=0.85, rules="grid")
    W = tb.width
    BOTTOM = 792 - 56

    def furniture():
        d.text(X, 40, "MERIDIAN PLAINS ADMINISTRATORS", "Times-Bold", 14)
        d.text(X, 52, "Claims administrator for the Dunmore County Employees' Benefit Trust", "Times-Italic", 9)
        d.text(X + W, 40, "EXPLANATION OF BENEFITS", "Times-Bold", 12, "r")
        d.text(X + W, 52, "Participant: Devi Ramaswamy-Hart   SSN xxx-xx-6120", "Times-Roman", 8.5, "r")
        d.line(X, 58, X + W, 58, 1.4)
        d.text(X, 792 - 34, "Meridian Plains Administrators, Inc. \u00b7 2020 Prairie Gate Blvd, Dunmore, KS 66700 "
               "\u00b7 Customer Care (785) 555-0102", "Times-Roman", 7.5)
        if npages:
            d.text(X + W, 792 - 34, f"Page {d.page} of {npages}", "Times-Roman", 8, "r")
        return 70

    y = furniture()
    d.text(X, y + 8, "This is not a bill. It explains how the Trust handled claims for you and your dependents. "
           "Providers in the network have agreed", "Times-Roman", 8.6)
    d.text(X, y + 19, "not to bill you for the Network Savings. Questions? Call the number at the bottom of this "
           "page.", "Times-Roman", 8.6)
    y += 32
    for c in claims:
        def box(y, cont=False):
            cells = [("Patient", c["pat"] + (" (continued)" if cont else "")), ("Claim Number", c["pcid"]),
                     ("Date Received", c["rec"]), ("Provider", c["prov"]), ("Patient Account", c["cid"]),
                     ("Date Processed", c["done"])]
            widths = [200, 160, W - 360]
            for i, (lab, v) in enumerate(cells):
                cx = X + sum(widths[:i % 3])
                cy = y + 22 * (i // 3)
                d.rect(cx, cy, widths[i % 3], 22, stroke=0.5)
                d.text(cx + 3, cy + 8, lab, "Times-Bold", 6.8)
                d.text(cx + 3, cy + 18, v, "Times-Roman", 8.4)
            return tb.header(y + 46)

        if y + 110 > BOTTOM:
            d.new_page()
            y = furniture()
        y = box(y)
        for s in c["svcs"]:
            pct = "" if s.denied else ("100%" if s.copay else "80%")
            cells = [s.dos.strftime("%m/%d/%y"), [" ".join((s.code,) + s.mods)] + d.wrap(s.desc, 106, "Times-Roman",
                                                                                        7.8),
                     m_comma(s.billed), m_comma(s.discount), m_comma(s.not_covered), s.rsn, m_comma(s.allowed),
                     m_comma(s.deductible), m_comma(s.copay), pct, m_comma(s.paid), m_comma(s.owes)]
            if y + tb.height(cells) > BOTTOM:
                d.new_page()
                y = box(furniture(), cont=True)
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["pat"], units=False,
                  printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "paid",
                           "patient_owes"), remarks=[s.rsn] if s.rsn else [])
        sv = c["svcs"]
        band = tb.row(y, ["", "Totals", m_comma(total(sv, "billed")), m_comma(total(sv, "discount")),
                          m_comma(total(sv, "not_covered")), "", m_comma(total(sv, "allowed")),
                          m_comma(total(sv, "deductible")), m_comma(total(sv, "copay")), "",
                          m_comma(total(sv, "paid")), m_comma(total(sv, "owes"))], font="Times-Bold", fill=0.93)
        y = band[2] + 8
        d.text(X, y + 6, f"Benefit of {m_dollar(total(sv, 'paid'))} paid to {c['prov']}.", "Times-Italic", 8)
        y += 18
        t.claim(c["cid"], c["pcid"], c["pat"], K.eobgen.claim_totals(total(sv, "billed"), total(sv, "allowed"),
                                                                      total(sv, "paid"), total(sv, "owes")), band)
    if y + 50 > BOTTOM:
        d.new_page()
        y = furniture()
    d.text(X, y + 6, "Reason codes", "Times-Bold", 9)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 18 + 11 * i, f"{k}   {v}", "Times-Roman", 8.2)
    d.text(X, y + 46, "Deductible satisfied to date: Devi $100.00 of $600.00; Arjun $180.00 of $600.00.",
           "Times-Roman", 8.2)
    pages = d.close()
    if npages:
        t.write(path, pages, "Self-funded trust member EOB from a TPA, ruled grid", legend)
    return pages, path, t


# =====================================================================================================
# z10 Medicaid/CHIP managed-care plan provider payment register, landscape zebra (reportlab, Liberation Sans)
# =====================================================================================================

def z10(out: Path, npages):
    path = out / "z10_mco_provider_payment_register.pdf"
    mp = lambda v: money(v, "$", "()")  # noqa: E731
    t = Truth("z10_mco_provider_payment_register", "reportlab", money=mp, date=lambda d: f"{d.month}/{d.day}/{d.year}",
              units=lambda u: f"{u:.2f}", arith=("adj",))

    def mc(s, chip_copay=ZERO, seen=None, rmk=""):
        medicaid(s)
        s.rmk = rmk or ("N54" if s.denied else "")
        if chip_copay and not s.denied and s.dos not in seen:
            seen.add(s.dos)
            s.copay = chip_copay
            s.paid -= chip_copay
            s.owes = chip_copay
            s.adjs.append(("PR", "3", chip_copay))
        return s

    sc = set()
    orig = [mc(S(6, "97530", 3, "GO")), mc(S(6, "97110", 2, "GO"))]
    claims = [
        dict(pat="Ana Lucía Ferreira", mid="TK0048813", cid="FPT-31207", pcid="2026012700917", status="PAID",
             prog="Medicaid", rend="M. Okoye, OT", svcs=[
                 mc(S(5, "97165", 1, "GO")), mc(S(5, "97530", 2, "GO")), mc(S(7, "97530", 2, "GO")),
                 mc(S(7, "97533", 1, "GO")), mc(S(12, "97530", 2, "GO")), mc(S(12, "97535", 2, "GO")),
                 mc(S(14, "97530", 3, "GO"))]),
        dict(pat="Tobias Reinholt", mid="TK0051276", cid="FPT-31230", pcid="2026012700944", status="PAID",
             prog="CHIP", rend="S. Patel, PT", svcs=[
                 mc(S(8, "97162", 1, "GP"), Decimal("5"), sc), mc(S(8, "97110", 2, "GP"), Decimal("5"), sc),
                 mc(S(15, "97110", 2, "GP"), Decimal("5"), sc), mc(S(15, "97112", 1, "GP 59"), Decimal("5"), sc),
                 mc(S(22, "97110", 2, "GP"), Decimal("5"), sc), mc(S(22, "97140", 1, "GP"), Decimal("5"), sc)]),
        dict(pat="Ana Lucía Ferreira", mid="TK0048813", cid="FPT-31188", pcid="2026011400262", status="ADJUSTED (VOID)",
             prog="Medicaid", rend="M. Okoye, OT", svcs=[negate(x) for x in orig]),
        dict(pat="Ana Lucía Ferreira", mid="TK0048813", cid="FPT-31188", pcid="2026012700958", status="PAID",
             prog="Medicaid", rend="M. Okoye, OT", svcs=[mc(S(6, "97530", 2, "GO")), mc(S(6, "97110", 2, "GO"))]),
        dict(pat="Kaia Blackfeather", mid="TK0060339", cid="FPT-31251", pcid="2026012700971", status="PARTIAL",
             prog="Medicaid", rend="R. Dunleavy, SLP", svcs=[
                 mc(S(9, "92523", 1, "GN")), mc(S(16, "92507", 1, "GN")), mc(S(23, "92507", 1, "GN")),
                 mc(S(23, "92526", 1, "GN", denied="CO")), mc(S(30, "92507", 1, "GN"))]),
    ]
    for x in claims[2]["svcs"]:
        x.rmk = "N522"
    legend = [("CO-45", "Billed amount is above the plan's fee; write-off."), ("PR-3", "Member CHIP copayment."),
              ("CO-197", "Prior authorization was not on file for this service."),
              ("N54", "Authorization did not include this service."), ("N522", "Claim voided; see replacement.")]
    d = Doc(path, "reportlab", landscape=True)
    X = 40
    cols = [("Line", 22, "c"), ("DOS", 48, "l"), ("CPT/HCPCS", 48, "l"), ("Mod 1", 28, "l"), ("Mod 2", 28, "l"),
            ("Units", 32, "r"), ("Rendering", 86, "l"), ("Billed", 56, "r"), ("Allowed", 56, "r"), ("Paid", 56, "r"),
            ("Member Resp", 54, "r"), ("Adjustment", 110, "l"), ("Remark", 52, "l")]
    tb = Table(d, X, cols, font="LS", size=7.2, hfont="LSB", hsize=7, pad=2.4, header_fill=(0.78, 0.84, 0.9),
               rules="h", zebra=0.95)
    W = tb.width
    BOTTOM = 612 - 50

    def furniture():
        d.text(X, 36, "Tidewater Kids Health Plan", "LSB", 14)
        d.text(X, 48, "Medicaid & CHIP managed care  \u00b7  Provider Payment Register", "LS", 8.5)
        d.text(X + W, 34, "Brackish Bay Pediatric Therapy", "LSB", 9, "r")
        d.text(X + W, 45, "Provider ID 0087731  \u00b7  Payment 01/29/2026  \u00b7  EFT TRN 1TK260129004471", "LS", 7.5,
               "r")
        d.line(X, 54, X + W, 54, 0.8)
        d.text(X, 612 - 28, "Tidewater Kids Health Plan Provider Relations \u00b7 1-888-555-0135 \u00b7 "
               "Corrected claims: submit within 120 days of this register.", "LS", 6.8)
        if npages:
            d.text(X + W, 612 - 28, f"Page {d.page} of {npages}", "LS", 7.2, "r")
        return tb.header(62)

    y = furniture()
    for c in claims:
        def crow(y, cont=False):
            sv = c["svcs"]
            d.rect(X, y, W, 14, fill=(0.9, 0.93, 0.97), stroke=None)
            d.text(X + 3, y + 10, f"Claim {c['pcid']}   Member: {c['pat']}   Member ID: {c['mid']}   "
                   f"Patient Control No.: {c['cid']}   Program: {c['prog']}   Status: {c['status']}"
                   + ("   (continued)" if cont else ""), "LSB", 7.2)
            if not cont:
                d.text(X + W - 3, y + 10, f"Billed {mp(total(sv, 'billed'))}   Paid {mp(total(sv, 'paid'))}", "LSB",
                       7.2, "r")
            return y + 15

        if y + 50 > BOTTOM:
            d.new_page()
            y = furniture()
        top = y
        y = crow(y)
        t.claim(c["cid"], c["pcid"], c["pat"], K.eobgen.claim_totals(billed=total(c["svcs"], "billed"),
                                                                      paid=total(c["svcs"], "paid")),
                (d.page, top, y))
        for n, s in enumerate(c["svcs"], 1):
            adj = [f"{g}-{r} {mp(a)}" for g, r, a in s.adjs]
            cells = [str(n), f"{s.dos.month}/{s.dos.day}/{s.dos.year}", s.code,
                     s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.2f}", c["rend"],
                     mp(s.billed), mp(s.allowed), mp(s.paid), mp(s.owes), adj or [""], s.rmk]
            if y + tb.height(cells) > BOTTOM:
                d.new_page()
                y = crow(furniture(), cont=True)
            band = tb.row(y, cells)
            y = band[2]
            t.add([band], s, claim_id=c["cid"], payer_claim_id=c["pcid"], patient=c["pat"],
                  printed=("billed", "allowed", "paid", "patient_owes"), adjustments=s.adjs,
                  remarks=[s.rmk] if s.rmk else [])
        y += 6
    if y + 70 > BOTTOM:
        d.new_page()
        y = furniture()
    allsv = [s for c in claims for s in c["svcs"]]
    d.text(X, y + 8, f"Register total: billed {mp(total(allsv, 'billed'))}   paid {mp(total(allsv, 'paid'))}   "
           f"claims {len(claims)}", "LSB", 8)
    for i, (k, v) in enumerate(legend):
        d.text(X, y + 22 + 10 * i, f"{k}  {v}", "LS", 7.2)
    pages = d.close()
    if npages:
        t.write(path, pages, "Medicaid/CHIP managed-care provider payment register, landscape", legend)
    return pages, path, t


# =====================================================================================================

LAYOUTS = [z01, z02, z03, z04, z05, z06, z07, z08, z09, z10]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout16_"))
    samples = (K.ROOT / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/: the reader must not be tuned on held-out files", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    done = [two_pass(fn, out) for fn in LAYOUTS]
    nlines = sum(len(t.lines) for _, _, t in done)
    print(f"wrote {len(done)} PDFs, {nlines} service lines, {sum(p for p, _, _ in done)} pages into {out}")
    if not check:
        return 0
    bad = 0
    for pages, path, t in done:
        errs = K.check_file(path, t)
        print(f"{'ok  ' if not errs else 'FAIL'} {path.name}: {len(t.lines)} lines, {pages} pages")
        for e in errs[:30]:
            print("      " + e)
        bad += bool(errs)
    print("check passed" if not bad else f"check FAILED for {bad} file(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
