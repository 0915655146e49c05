"""Write held-out set 208 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written by an
author who has not looked at the reader, its tests or its scores.

Run:  python bench/heldout208/make_heldout208_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout208/make_heldout208_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf
(samples/pdf/eobgen.py write_truth / truth_line, "<name>.pdf.truth.json"), printed values only, null for
what a layout does not print (units null where no quantity is printed)
claim_id = the provider's own
account / patient-control / visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN /
claim reference, patient exactly as printed (the person who got the service, never the guarantor or
subscriber unless the same person). A combined "copay/coinsurance" column is not split into copay or
coinsurance (both null). Adjustments are recorded only where group and reason code are printed for the line.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (kind, vocabulary, producer, complications):
  k1  commercial PPO member EOB, portrait Liberation Serif (reportlab): family claims with "Patient / Relationship /
      Claim no. / Provider / Patient account no." header band, "Date of service / Service / Amount billed /
      Network savings / Allowed amount / Not covered / Deductible / Copay/Coins. / Plan paid / You owe / Note",
      service as "Therapeutic activities 97530-GO", no units, a not-covered PR line, one claim continuing on page
      2 under "continued" with the header repeated, note legend, 3 family members
  k2  commercial HDHP (HSA-qualified) "Claim Detail Statement", landscape DejaVu Sans Condensed (fpdf2): left
      family-deductible / HSA box on page 1, per-member headings, shaded header and ruled rows, "Svc Date / Proc / Mod / Units / Provider
      Charges / Amount Saved / Plan Allowance / Applied to Deductible / Coinsurance / Paid by Plan / Member
      Responsibility / Reason", 4 family members, denied line; PLANTED member-responsibility claim total mismatch
  m1  Medicare Summary Notice (Part B), portrait Liberation Sans (fpdf2): cover page summary, claims from page 2
      with date and provider in a claim heading, rows "Service Provided & Billing Code" as "Manual therapy
      techniques (97140-GP)", Service Approved?, Amount Provider Charged / Medicare-Approved Amount / Medicare Paid
      Provider / Maximum You May Be Billed / See Notes, a not-approved line, letter notes; no provider account
      (claim_id null) and no units; one claim runs over a page break
  m2  Medicare Advantage HMO monthly member EOB, portrait DejaVu Sans (reportlab): two-column page-1 summary
      (claims this month / year to date), claim cards "Claim number / Provider / Received / Processed", rows
      "Date / Service / Qty / Provider's charge / Plan's approved amount / Plan's share / Your share / Note",
      per-visit $40 copay, not-covered line, code in square brackets, claim continued on page 2
  d1  state Medicaid remittance advice, landscape core Courier (reportlab): mainframe banner with payee number,
      RA number, payment date and "PAGE n OF t"; "PAID CLAIMS" / "DENIED CLAIMS" / "CLAIM ADJUSTMENTS"
      sections, recipient line "RECIP NAME / MA ID / TCN / PAT CNTL", detail "SEQ FROM-DOS TO-DOS PROC M1 M2
      UNITS BILLED ALLOWED TPL PAID EXPL", mm/dd/yy, a void with trailing minus and its replacement, a claim
      continued on page 2 under a repeated banner
  d2  Medicaid managed-care remittance statement, portrait Liberation Sans Narrow (fpdf2): boxed claim headers
      "Member / Member ID / Claim # / Patient Acct #", "Ln / From / To / Proc / Modifiers / Units / Billed /
      Allowed / Copay / Paid / Adj / Remark", adjustment "CO-45 12.35" in one cell, a denied line with
      CO-97 and remark M86, claim totals, check summary page
  s1  Medicare-style standard paper remit from a clearinghouse, landscape DejaVu Sans Mono (fpdf2): "NAME / MBI
      / ACNT / ICN / ASG / MOA" heading, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", MMDD MMDDYY dates, extra adjustments stacked on the following text lines, "PT RESP /
      CLAIM TOTALS / NET", a claim continued on page 2 under the repeated header
  s2  practice-management "Insurance Payment Posting Detail" of a Medicare payment, landscape Liberation Sans
      (reportlab): check/EFT banner, claim header "Patient / Acct / Payer Claim # / Status", "DOS / CPT / Mod /
      Units / Charge / Allowed / Deduct / Coins / Adj Code / Adj Amt / Paid / RARC", second and third adjustments
      on their own following rows, claims continued onto page 2 with "(cont.)"
  f1  outpatient therapy clinic family statement, portrait DejaVu Serif (reportlab): remittance stub, guarantor
      account, visit heading "Visit V-... Patient ... Insurance claim ...", rows "Date / Code / Description /
      Units / Charges / Ins. Paid / Adjustments / Your Balance", 3 patients, aging boxes, a visit continued on
      page 2 under a repeated header
  f2  hospital outpatient rehabilitation itemized family statement, portrait Liberation Serif (fpdf2): account
      sections per patient "Hospital Account # / Patient / Service Dates / Primary Insurance / Claim Ref",
      itemised rows "Svc Date / Rev / CPT/HCPCS / Mod / Description / Qty / Charges", account-level insurance
      payment and adjustment rows (no per-line payments: paid null), an account running onto page 2

The self-check (--check) tests the factory, not the reader: page counts; each line's code, modifiers, units and
every printed amount on the SAME text line as the service (adjustments and remarks on that line or the text
lines right under it), dates on the row where the layout prints them per row, ids / patients / descriptions
in the document text; the documents' own arithmetic (billed - adjustments = paid where every adjustment is
printed with its code)
claim totals printed and equal to the sum of the lines unless a planted mismatch
(declared as an expected finding) says otherwise, and the planted one really is a mismatch.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, dfmt, money, q, total, truth_line  # noqa: E402
from h208kit import Writer, check_folder  # noqa: E402

# a few extra codes (our own fees and wording)
for code, fee, sched, desc in (
    ("97035", "48.00", "14.62", "Ultrasound therapy"),
    ("97018", "40.00", "4.11", "Paraffin bath"),
    ("99214", "225.00", "126.30", "Office visit, moderate complexity"),
    ("97533", "92.00", "61.40", "Sensory integration activities"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("G0151", "140.00", "58.90", "Home health physical therapy visit"),
    ("A4570", "18.00", "6.20", "Splint supply"),
):
    G.FEE[code], G.SCHED[code], G.DESC[code] = fee, sched, desc

D = date
META: dict = {}
PAGES: dict = {}


def S(d, code, units=1, mods=(), **kw) -> Svc:
    return Svc(d, code, Decimal(str(units)), tuple(mods), **kw)


def short(t: str, n: int) -> str:
    """Cut a description at a word boundary, as a narrow column would print it."""
    if len(t) <= n:
        return t
    return t[:n].rsplit(" ", 1)[0].rstrip(",;/")


def adjlist(s: Svc):
    return [(g, r, a) for g, r, a in s.adjs if a]


# ============================================================================ k1 commercial PPO EOB
def k1(out: Path):
    name = "k1_ppo_member_eob.pdf"
    w = Writer(out / name, "reportlab", "LiberationSerif")
    fam = [
        ("Marisol T. Quintero", "Self", "CL26-0119-40772", "Brightwater Hand & Upper Limb Therapy", "BW-558102",
         [S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
          S(D(2026, 1, 8), "97140", 1, ("GO", "59")), S(D(2026, 1, 8), "97110", 2, ("GO",)),
          S(D(2026, 1, 13), "97530", 2, ("GO",)), S(D(2026, 1, 13), "97760", 1, ("GO",)),
          S(D(2026, 1, 13), "L3807", 1, ("RT",)), S(D(2026, 1, 15), "97530", 3, ("GO",)),
          S(D(2026, 1, 15), "97018", 1, ("GO",), denied="PR")]),
        ("Tomas R. Quintero", "Son", "CL26-0121-11835", "Little Oaks Pediatric Therapy", "LO-20931",
         [S(D(2026, 1, 9), "92523", 1, ("GN",)), S(D(2026, 1, 16), "92507", 1, ("GN",)),
          S(D(2026, 1, 23), "92507", 1, ("GN",))]),
        ("Ines Quintero-Baird", "Spouse", "CL26-0125-90214", "Riverbend Spine and Sport PT", "RSS-7741-02",
         [S(D(2026, 1, 12), "97162", 1, ("GP",)), S(D(2026, 1, 12), "97112", 1, ("GP",)),
          S(D(2026, 1, 19), "97110", 2, ("GP",)), S(D(2026, 1, 19), "97035", 1, ("GP",)),
          S(D(2026, 1, 22), "97110", 2, ("GP",)), S(D(2026, 1, 22), "97140", 1, ("GP", "59")),
          S(D(2026, 1, 26), "97110", 2, ("GP",)), S(D(2026, 1, 26), "97112", 1, ("GP",)),
          S(D(2026, 1, 29), "97110", 3, ("GP",)), S(D(2026, 1, 29), "97140", 1, ("GP",))]),
    ]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.71"))
    st.copay_codes = {"92507": Decimal("30.00"), "92523": Decimal("30.00")}
    notes = {"PR": "N4", "copay": "C1", "disc": "D7"}
    legend = [("D7", "Your plan's network rate applies; the provider cannot bill you for the savings."),
              ("C1", "A fixed copay applies to this therapy visit under your plan."),
              ("N4", "Your plan does not cover this service; you may be billed for it."),
              ("DD", "Part or all of this amount counts toward your annual deductible.")]
    lines, claims = [], []
    cols = [("Date of\nservice", 40, "l"), ("Service", 88, "l"), ("Amount\nbilled", 262, "r"),
            ("Network\nsavings", 305, "r"), ("Allowed\namount", 348, "r"), ("Not\ncovered", 388, "r"),
            ("Deduct-\nible", 426, "r"), ("Copay/\nCoins.", 464, "r"), ("Plan\npaid", 503, "r"),
            ("You\nowe", 542, "r"), ("Note", 550, "l")]

    def furniture(pg):
        w.t(40, 46, "HARBORLINE HEALTH PLAN", True, 15)
        w.t(40, 60, "PPO Choice 1500  |  P.O. Box 88120, Fairmont, OH 43190  |  1-800-555-0142", False, 8)
        w.t(572, 46, "EXPLANATION OF BENEFITS", True, 11, "r")
        w.t(572, 60, "THIS IS NOT A BILL", True, 9, "r")
        w.hline(40, 572, 68, 1.2)
        w.t(40, 760, "Harborline Health Plan  -  Member services 1-800-555-0142  -  TTY 711", False, 7)
        w.t(572, 760, f"Page {pg} of {PAGES.get(name, 9)}", False, 7, "r")

    def header(y):
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                w.t(x, y + k * 9, part, True, 7, al)
        w.hline(40, 572, y + 13, 0.6)
        return y + 24

    pg = w.page()
    furniture(pg)
    w.t(40, 90, "Subscriber: MARISOL T. QUINTERO", True, 9)
    w.t(40, 102, "Member ID: HBL 448-20-7715    Group: 0772310  Fairmont Tool & Die Employees", False, 8)
    w.t(40, 114, "Statement date: February 6, 2026    Claims processed 01/14/2026 - 02/04/2026", False, 8)
    w.t(380, 90, "MARISOL T QUINTERO", False, 8)
    w.t(380, 100, "1419 CANTERBURY LN", False, 8)
    w.t(380, 110, "FAIRMONT OH 43192-0418", False, 8)
    w.t(40, 134, "Here is how your family's recent claims were processed. Keep this for your records.", False, 8)
    w.box(40, 144, 532, 120, 0.6)
    w.t(48, 160, "Your claims at a glance", True, 10)
    for k, (pn, c1, c2) in enumerate((("Marisol T. Quintero", "1 claim", "Brightwater Hand & Upper Limb Therapy"),
                                      ("Tomas R. Quintero", "1 claim", "Little Oaks Pediatric Therapy"),
                                      ("Ines Quintero-Baird", "1 claim", "Riverbend Spine and Sport PT"))):
        w.t(48, 178 + k * 12, f"{pn:<26}", False, 8)
        w.t(200, 178 + k * 12, c1, False, 8)
        w.t(260, 178 + k * 12, c2, False, 8)
    w.t(48, 222, "Questions about a claim? Call the number on your member card. To appeal a decision, write to us", False, 7.5)
    w.t(48, 232, "within 180 days of this notice at the address above. Language help is available at no cost.", False, 7.5)
    w.t(48, 248, "Your provider may not bill you more than the amount under \"You owe\".", True, 7.5)
    y = 284
    for pat, rel, clm, prov, acct, svcs in fam:
        for s in svcs:
            G.commercial(s, st, deny_reason="204")
        if y > 650:
            w.t(572, 748, "continued on next page", False, 7, "r")
            pg = w.page()
            furniture(pg)
            y = 88
        w.box(40, y, 532, 26, 0.5, 0.9)
        w.t(44, y + 10, f"Patient: {pat}   Relationship: {rel}   Claim no. {clm}", True, 8)
        w.t(44, y + 21, f"Provider: {prov}   Patient account no. {acct}   In network", False, 8)
        y = header(y + 38)
        for s in svcs:
            if y > 735:
                w.t(572, 748, "continued on next page", False, 7, "r")
                pg = w.page()
                furniture(pg)
                w.t(40, 88, f"{pat} - Claim no. {clm} (continued)", True, 8)
                y = header(104)
            note = notes["PR"] if s.denied else (notes["copay"] if s.copay else notes["disc"])
            if s.deductible and not s.denied:
                note += " DD"
            cc = s.copay + s.coinsurance
            vals = [dfmt(s.dos, "mdy2"), f"{short(s.desc, 30)} {s.code}-{'-'.join(s.mods)}", money(s.billed, ","),
                    money(s.discount, ","), money(s.allowed, ","), money(s.not_covered, ","),
                    money(s.deductible, ","), money(cc, ","), money(s.paid, ","), money(s.owes, ","), note]
            for (h, x, al), v in zip(cols, vals):
                w.t(x, y, v, False, 7.3, al)
            lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "paid",
                                             "patient_owes"), adjustments=[], remarks=note.split(),
                                    description=False))
            y += 12
        w.hline(40, 572, y - 7, 0.4)
        tv = [money(total(svcs, a), ",") for a in ("billed", "discount", "allowed", "not_covered", "deductible")]
        tv += [money(total(svcs, "copay") + total(svcs, "coinsurance"), ","), money(total(svcs, "paid"), ","),
               money(total(svcs, "owes"), ",")]
        w.t(88, y + 2, "Claim totals", True, 7.3)
        for (h, x, al), v in zip(cols[2:10], tv):
            w.t(x, y + 2, v, True, 7.3, al)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += 26
    w.t(40, y + 4, "Notes", True, 9)
    for k, (c, txt) in enumerate(legend):
        w.t(40, y + 16 + k * 10, f"{c}  {txt}", False, 7.5)
    y += 16 + len(legend) * 10 + 8
    w.t(40, y, "Deductible met this year: $150.00 of $1,500.00 (individual).  Out-of-pocket met: $412.07 of "
              "$4,000.00.", False, 7.5)
    pages = w.save()
    G.write_truth(out / name, "k1", "reportlab", pages, "commercial PPO member EOB, family claims", lines, claims,
                  legend)
    META[name] = {"date_in_row": True}
    return name, pages, len(lines)


# ============================================================================ k2 HDHP claim detail
def k2(out: Path):
    name = "k2_hdhp_claim_detail.pdf"
    w = Writer(out / name, "fpdf2", "DejaVuSansCondensed", landscape=True, when=FIXED_WHEN)
    members = [
        ("Devon A. Whitlock", "SUB", [("EX-7710-01", "2026A0113883", "Cedar Ridge Occupational Therapy",
                                       [S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 5), "97535", 2, ("GO",)),
                                        S(D(2026, 1, 7), "97530", 3, ("GO", "KX"))])]),
        ("Priya N. Whitlock", "SPS", [("44019-B", "2026A0117702", "Summit Physical Therapy Group",
                                       [S(D(2026, 1, 9), "97161", 1, ("GP",)), S(D(2026, 1, 9), "97110", 3, ("GP",)),
                                        S(D(2026, 1, 14), "97140", 2, ("GP",)),
                                        S(D(2026, 1, 14), "97035", 1, ("GP",), denied="CO")])]),
        ("Aiden Whitlock", "DEP", [("PT882104", "2026A0120415", "Kestrel Kids Therapy Center",
                                    [S(D(2026, 1, 12), "97533", 2, ("GO",)), S(D(2026, 1, 12), "97530", 2, ("GO",)),
                                     S(D(2026, 1, 20), "97533", 2, ("GO",))])]),
        ("Lena Whitlock", "DEP", [("PT882133", "2026A0121190", "Kestrel Kids Therapy Center",
                                   [S(D(2026, 1, 21), "92523", 1), S(D(2026, 1, 28), "92507", 1, ("GN",))])]),
    ]
    lines, claims = [], []
    reason = {"disc": "R12", "ded": "R31", "den": "R88"}
    legend = [("R12", "Amount over the network allowance; not your responsibility."),
              ("R31", "Applied to your annual deductible."),
              ("R88", "Service not covered under this plan as billed; provider write-off.")]
    X0 = 40
    cols = [("Svc Date", X0, "l"), ("Proc", X0 + 50, "l"), ("Mod", X0 + 86, "l"), ("Units", X0 + 140, "r"),
            ("Provider\nCharges", X0 + 200, "r"), ("Amount\nSaved", X0 + 255, "r"),
            ("Plan\nAllowance", X0 + 315, "r"), ("Applied to\nDeductible", X0 + 380, "r"),
            ("Coinsurance", X0 + 440, "r"), ("Paid by\nPlan", X0 + 495, "r"),
            ("Member\nResponsibility", X0 + 565, "r"), ("Reason", X0 + 575, "l")]
    planted = "2026A0117702"

    def furniture(pg):
        w.t(40, 40, "NORTHSTAR MUTUAL BENEFIT CO.", True, 14)
        w.t(40, 53, "HSA Saver 3200 - Claim Detail Statement", False, 9)
        w.t(752, 40, "Statement period 01/01/2026 - 01/31/2026", False, 8, "r")
        w.t(752, 52, "Account holder: DEVON A WHITLOCK   ID NMB0091524407", False, 8, "r")
        w.hline(40, 752, 60, 1)
        w.t(396, 590, f"Northstar Mutual Benefit Co. - 2200 Ledger Way, Ashgrove, MN 55390 - page {pg} of {PAGES.get(name, 9)}",
            False, 7, "c")

    def header(y):
        w.box(X0 - 2, y - 9, 712, 22, 0.4, 0.88)
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                w.t(x, y + k * 8, part, True, 7, al)
        return y + 24

    pg = w.page()
    furniture(pg)
    # sidebar with deductible progress on page 1; table sits below the summary at full width
    w.box(40, 72, 712, 58, 0.5)
    w.t(48, 84, "Family deductible progress", True, 8.5)
    w.t(48, 96, "Family deductible: $6,400.00    Met to date: $1,210.44    Remaining: $5,189.56", False, 8)
    w.t(48, 108, "Your HSA balance on 01/31/2026: $2,044.18  (claims are not paid from your HSA automatically)",
        False, 8)
    w.t(48, 120, "Questions? Call 1-866-555-0171 or visit the member site.", False, 8)
    y = 146
    st = PlanState(ded_left=Decimal("1210.44"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.66"))
    for pat, rel, cl in members:
        for acct, clm, prov, svcs in cl:
            for s in svcs:
                G.commercial(s, st, deny_reason="96")
            if y > 430:
                pg = w.page()
                furniture(pg)
                y = 80
            w.t(40, y, f"{pat}  ({rel})", True, 9)
            w.t(260, y, f"Claim Number: {clm}    Provider: {prov}    Patient Acct: {acct}", False, 8)
            y = header(y + 16)
            for s in svcs:
                rs = reason["den"] if s.denied else (reason["ded"] if s.deductible else reason["disc"])
                vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), G.units_str(s.units),
                        money(s.billed), money(s.discount), money(s.allowed), money(s.deductible),
                        money(s.coinsurance), money(s.paid), money(s.owes), rs]
                for (h, x, al), v in zip(cols, vals):
                    w.t(x, y, v, False, 7.5, al)
                w.hline(X0 - 2, X0 + 710, y + 4, 0.2)
                pr = ("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "patient_owes")
                lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=clm, patient=pat, printed=pr,
                                        remarks=[rs], description=False))
                y += 13
            owes = total(svcs, "owes")
            printed_owes = owes + Decimal("25.00") if clm == planted else owes
            tv = [money(total(svcs, a)) for a in ("billed", "discount", "allowed", "deductible", "coinsurance",
                                                  "paid")] + [money(printed_owes)]
            w.t(X0 + 50, y + 1, "Claim total", True, 7.5)
            for (h, x, al), v in zip(cols[4:11], tv):
                w.t(x, y + 1, v, True, 7.5, al)
            claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                           "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                  total(svcs, "paid"), printed_owes)})
            y += 26
    w.t(40, y + 6, "Reason codes", True, 8)
    for k, (c, t) in enumerate(legend):
        w.t(40, y + 18 + k * 10, f"{c} - {t}", False, 7.5)
    pages = w.save()
    mm = [c for c in claims if c["payer_claim_id"] == planted][0]
    true_owes = q(Decimal(mm["totals"]["patient_owes"]) - Decimal("25.00"))
    finding = (f"claim-total-mismatch claim {planted}: printed Member Responsibility total "
               f"{mm['totals']['patient_owes']} but the lines add up to {true_owes}")
    G.write_truth(out / name, "k2", "fpdf2", pages, "commercial HDHP claim detail statement, family", lines,
                  claims, legend, [finding])
    META[name] = {"date_in_row": True}
    return name, pages, len(lines)


# ============================================================================ m1 Medicare Summary Notice
def m1(out: Path):
    name = "m1_msn_part_b.pdf"
    w = Writer(out / name, "fpdf2", "LiberationSans", when=FIXED_WHEN)
    pat = "ROSALIND E. HARTWELL"
    st = PlanState(ded_left=Decimal("88.00"))
    cl = [
        ("26-015-884102", D(2026, 1, 6), "Greenfield Outpatient Rehab LLC, 300 Mill Race Rd, Dover, DE",
         [S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP", "KX")),
          S(D(2026, 1, 6), "97140", 1, ("GP",))]),
        ("26-020-117395", D(2026, 1, 13), "Greenfield Outpatient Rehab LLC, 300 Mill Race Rd, Dover, DE",
         [S(D(2026, 1, 13), "97110", 2, ("GP",)), S(D(2026, 1, 13), "97112", 1, ("GP",)),
          S(D(2026, 1, 13), "97116", 1, ("GP",)), S(D(2026, 1, 13), "G0283", 1, ("GP",)),
          S(D(2026, 1, 13), "0552T", 1, ("GP",), denied="PR")]),
        ("26-027-330871", D(2026, 1, 20), "Atlantic Hand Therapy Associates, 12 Harbor Sq, Lewes, DE",
         [S(D(2026, 1, 20), "97168", 1, ("GO",)), S(D(2026, 1, 20), "97530", 2, ("GO",)),
          S(D(2026, 1, 20), "97760", 1, ("GO",)), S(D(2026, 1, 20), "97018", 1, ("GO",)),
          S(D(2026, 1, 20), "99213", 1)]),
        ("26-034-562190", D(2026, 1, 27), "Atlantic Hand Therapy Associates, 12 Harbor Sq, Lewes, DE",
         [S(D(2026, 1, 27), "97530", 3, ("GO", "CO")), S(D(2026, 1, 27), "97140", 1, ("GO",))]),
    ]
    for _, _, _, svcs in cl:
        for s in svcs:
            G.medicare(s, st)
            s.mx = s.owes if not s.denied else s.billed  # maximum you may be billed
    legend = [("A", "This approved amount is what Medicare allows for the service; you owe 20% of it after "
                     "the deductible."),
              ("B", "Part of this approved amount was counted toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service. You signed a notice saying you would pay."),
              ("D", "A 2% reduction required by federal law was taken from Medicare's payment.")]

    def furniture(pg, tot):
        w.t(40, 36, "Medicare Summary Notice for Part B (Medical Insurance)", True, 13)
        w.t(40, 50, f"{pat}   |   Notice date: March 2, 2026   |   Medicare Number XXXXXXX7H41", False, 8)
        w.hline(40, 572, 56, 1.5)
        w.t(40, 770, "Need help? Call 1-800-MEDICARE. Be sure to keep this notice for your records.", False, 7)
        w.t(572, 770, f"Page {pg} of {tot}", True, 8, "r")

    TOT = PAGES.get(name, 9)
    pg = w.page()
    furniture(pg, TOT)
    w.t(40, 84, "THIS IS NOT A BILL", True, 12)
    w.t(40, 100, f"{pat}", False, 9)
    w.t(40, 111, "27 SEA OATS COURT", False, 9)
    w.t(40, 122, "REHOBOTH DE 19971-0027", False, 9)
    w.box(330, 76, 242, 100, 0.8)
    w.t(340, 92, "Your Deductible Status", True, 10)
    w.t(340, 106, "Your deductible is what you must pay each year", False, 8)
    w.t(340, 116, "before Medicare begins to pay. You have now met", False, 8)
    w.t(340, 126, "$283.00 of your $283.00 Part B deductible for 2026.", False, 8)
    w.t(340, 146, "Did Medicare approve all services?  NO", True, 8)
    w.t(340, 158, "See page 2 for services not approved.", False, 8)
    allsv = [s for c in cl for s in c[3]]
    w.t(40, 200, "Your Claims & Costs This Period", True, 11)
    w.t(40, 216, "Providers with claims this period:  Greenfield Outpatient Rehab LLC (Jan 6 - Jan 13, 2026)",
        False, 8)
    w.t(40, 227, "Atlantic Hand Therapy Associates (Jan 20 - Jan 27, 2026)", False, 8)
    w.t(40, 244, f"Total you may be billed this period: {money(sum((s.mx for s in allsv), ZERO))}", True, 9)
    w.t(40, 270, "How to check this notice", True, 10)
    for k, t in enumerate(("Do you recognize the name of each provider? Check the dates.",
                           "Did you get the services listed? Do they match those on your receipts and bills?",
                           "If you already paid the bill, did you pay the right amount? See the last column.",
                           "Report anything suspicious to Medicare at 1-800-MEDICARE.")):
        w.t(52, 284 + k * 11, "- " + t, False, 8)
    pg = w.page()
    furniture(pg, TOT)
    w.t(40, 80, "Your Claims for Part B (Medical Insurance)", True, 11)
    w.t(40, 92, "Part B helps pay for doctors, outpatient therapy and other services.", False, 8)
    w.box(40, 102, 532, 150, 0.6)
    w.t(50, 118, "Definitions of columns", True, 9)
    for k, t in enumerate(("Service Approved? tells you if Medicare covered the service.",
                           "Amount Provider Charged is your provider's fee for the service.",
                           "Medicare-Approved Amount is the amount a provider can be paid for a Medicare service.",
                           "Medicare Paid Provider is what Medicare paid your provider after your share.",
                           "Maximum You May Be Billed is the total a provider is allowed to bill you. It can include",
                           "a deductible, coinsurance and other charges not covered.",
                           "See Notes: the letters refer to the notes at the end of this section.")):
        w.t(50, 132 + k * 11, t, False, 7.8)
    cols = [("Service Provided & Billing Code", 40, "l"), ("Service\nApproved?", 300, "c"),
            ("Amount\nProvider\nCharged", 372, "r"), ("Medicare-\nApproved\nAmount", 430, "r"),
            ("Medicare\nPaid\nProvider", 488, "r"), ("Maximum You\nMay Be\nBilled", 545, "r"),
            ("See\nNotes", 552, "l")]

    def header(y):
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                w.t(x, y + k * 8, part, True, 7, al)
        w.hline(40, 572, y + 19, 0.8)
        return y + 30

    lines, claims = [], []
    y = 270
    for clm, dos, prov, svcs in cl:
        if y > 600:
            pg = w.page()
            furniture(pg, TOT)
            y = 80
        w.box(40, y, 532, 30, 0.5, 0.92)
        w.t(46, y + 12, f"{dfmt(dos, 'month')}", True, 9)
        w.t(200, y + 12, f"Claim Number: {clm}", False, 8)
        w.t(46, y + 24, f"{prov}", False, 8)
        y = header(y + 44)
        for s in svcs:
            if y > 690:
                w.box(40, 700, 532, 50, 0.6, 0.95)
                w.t(50, 716, "Be informed! Beware of anyone who offers free services in exchange for your Medicare", False, 7.8)
                w.t(50, 727, "Number. Only give it to doctors and other providers you trust.", False, 7.8)
                w.t(540, 740, "continued", False, 7.5, "r")
                pg = w.page()
                furniture(pg, TOT)
                w.t(40, 80, f"{dfmt(dos, 'month')}  Claim Number: {clm}  (continued)", True, 8.5)
                y = header(94)
            nt = ["C"] if s.denied else (["B", "D"] if s.deductible else ["A", "D"])
            desc = f"{s.desc} ({s.code}{''.join('-' + m for m in s.mods)})"
            vals = [desc, "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.mx), ", ".join(nt)]
            for (h, x, al), v in zip(cols, vals):
                w.t(x, y, v, False, 7.6, al)
            lines.append(truth_line(pg, s, claim_id=None, payer_claim_id=clm, patient=pat, units=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=nt,
                                    overrides={"patient_owes": str(q(s.mx))}))
            y += 13
        w.hline(40, 572, y - 8, 0.4)
        w.t(40, y + 1, "Total for this claim", True, 7.6)
        for (h, x, al), v in zip(cols[2:6], [total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                             sum((s.mx for s in svcs), ZERO)]):
            w.t(x, y + 1, money(v), True, 7.6, al)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              sum((s.mx for s in svcs), ZERO))})
        y += 28
    w.t(40, y + 4, "Notes for Part B", True, 10)
    for k, (c, t) in enumerate(legend):
        w.t(40, y + 18 + k * 11, f"{c}  {t}", False, 7.6)
    pages = w.save()
    G.write_truth(out / name, "m1", "fpdf2", pages, "Medicare Summary Notice Part B", lines, claims, legend)
    META[name] = {"date_in_row": False}
    return name, pages, len(lines)


# ============================================================================ m2 Medicare Advantage EOB
def m2(out: Path):
    name = "m2_ma_hmo_member_eob.pdf"
    w = Writer(out / name, "reportlab", "DejaVuSans")
    pat = "Harold B. Nakamura-Ellis"
    st = PlanState(visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.52"))
    cl = [
        ("MA2601188430", "Lakeshore Therapy Partners", [
            S(D(2026, 1, 7), "97161", 1, ("GP",)), S(D(2026, 1, 7), "97110", 2, ("GP",)),
            S(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 9), "97140", 1, ("GP", "CQ")),
            S(D(2026, 1, 14), "97112", 2, ("GP",)), S(D(2026, 1, 14), "97530", 1, ("GP",)),
            S(D(2026, 1, 16), "97110", 2, ("GP",)), S(D(2026, 1, 16), "97035", 1, ("GP",), denied="PR"),
            S(D(2026, 1, 21), "97116", 2, ("GP",)), S(D(2026, 1, 21), "97110", 1, ("GP",))]),
        ("MA2601204417", "North Shore Family Medicine", [S(D(2026, 1, 22), "99214", 1), S(D(2026, 1, 22), "A4570", 1)]),
        ("MA2601219902", "Lakeshore Therapy Partners", [
            S(D(2026, 1, 28), "97110", 2, ("GP",)), S(D(2026, 1, 28), "97140", 1, ("GP",))]),
    ]
    for _, _, svcs in cl:
        for s in svcs:
            G.commercial(s, st, deny_reason="96")
    legend = [("1", "Your plan's approved amount; network providers agree to accept it."),
              ("2", "You pay a $40 copay for each outpatient therapy visit day."),
              ("3", "This service is not covered by your plan. You may have to pay for it."),
              ("4", "Included in the copay for this visit.")]

    def furniture(pg):
        w.t(40, 40, "Bayfront Senior Advantage (HMO)", True, 14)
        w.t(40, 54, "Your Explanation of Benefits for medical services - January 2026", False, 9)
        w.t(572, 40, "Member: Harold B. Nakamura-Ellis", False, 8, "r")
        w.t(572, 51, "Member ID: BSA-40018275   Plan H9911-004", False, 8, "r")
        w.hline(40, 572, 62, 1)
        w.t(40, 768, "Bayfront Senior Advantage is an HMO plan with a Medicare contract. Y0099_EOB26_M", False, 6.5)
        w.t(572, 768, f"Page {pg} of {PAGES.get(name, 9)}", False, 7, "r")

    cols = [("Date", 40, "l"), ("Service", 88, "l"), ("Qty", 300, "r"), ("Provider's\ncharge", 356, "r"),
            ("Plan's approved\namount", 420, "r"), ("Plan's\nshare", 470, "r"), ("Your\nshare", 520, "r"),
            ("Note", 532, "l")]

    def header(y):
        for h, x, al in cols:
            for k, part in enumerate(h.split("\n")):
                w.t(x, y + k * 8, part, True, 6.8, al)
        w.hline(40, 572, y + 12, 0.5)
        return y + 22

    pg = w.page()
    furniture(pg)
    w.box(40, 72, 258, 92, 0.6)
    w.t(48, 86, "This month", True, 9)
    allsv = [s for c in cl for s in c[2]]
    w.t(48, 100, f"Providers charged: {money(total(allsv, 'billed'))}", False, 8)
    w.t(48, 112, f"Plan approved: {money(total(allsv, 'allowed'))}", False, 8)
    w.t(48, 124, f"Plan paid: {money(total(allsv, 'paid'))}", False, 8)
    w.t(48, 136, f"Your share: {money(total(allsv, 'owes'))}", False, 8)
    w.box(314, 72, 258, 92, 0.6)
    w.t(322, 86, "Year to date (2026)", True, 9)
    w.t(322, 100, "Your out-of-pocket total: $215.00", False, 8)
    w.t(322, 112, "Maximum out-of-pocket: $4,900.00", False, 8)
    w.t(322, 124, "Remaining before maximum: $4,685.00", False, 8)
    w.t(322, 148, "This is not a bill.", True, 8)
    w.box(40, 178, 532, 236, 0.5)
    w.t(48, 194, "Understanding this statement", True, 9.5)
    for k, t in enumerate(("This is a summary of the medical services your providers billed to the plan last month.",
                           "It shows what the plan approved and paid, and what you may owe the provider.",
                           "Compare it with the bills you receive. If something looks wrong, call Member Services.",
                           "", "Your costs for outpatient therapy in 2026", "  Physical, occupational and speech therapy: "
                           "$40 copay per visit day", "  Office visits with a specialist: $40 copay",
                           "  Supplies billed by a doctor's office: covered in full", "",
                           "Your right to appeal", "If we deny payment for a service, you can ask us to look again. "
                           "You must ask within 65 days of this notice.", "Write to: Bayfront Senior Advantage, "
                           "Appeals Unit, PO Box 4471, Calder Bay, FL 33910.", "",
                           "Reminder: keep your receipts. Copays you paid at the visit count toward your maximum.")):
        w.t(48, 210 + k * 13, t, k in (4, 9), 7.8)
    y = 434
    lines, claims = [], []
    cl = cl[1:] + cl[:1]
    for clm, prov, svcs in cl:
        if y > 690:
            pg = w.page()
            furniture(pg)
            y = 80
        w.box(40, y, 532, 24, 0.5, 0.9)
        w.t(46, y + 10, f"Claim number {clm}   Provider: {prov}", True, 8)
        w.t(46, y + 20, "Received 02/02/2026   Processed 02/09/2026   In-network", False, 7.5)
        y = header(y + 36)
        for s in svcs:
            if y > 740:
                w.t(572, 752, "Claim continues on the next page", False, 7, "r")
                pg = w.page()
                furniture(pg)
                w.t(40, 80, f"Claim number {clm} - {prov} (continued)", True, 8)
                y = header(94)
            nt = ["3"] if s.denied else (["2"] if s.copay else (["4"] if not s.owes else ["1"]))
            vals = [dfmt(s.dos, "mdy4"), f"{short(s.desc, 34)} [{s.code}{' ' if s.mods else ''}{' '.join(s.mods)}]",
                    G.units_str(s.units), money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                    " ".join(nt)]
            for (h, x, al), v in zip(cols, vals):
                w.t(x, y, v, False, 7.2, al)
            lines.append(truth_line(pg, s, claim_id=None, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=nt))
            y += 12
        w.hline(300, 572, y - 7, 0.4)
        w.t(88, y + 2, "Claim totals", True, 7.2)
        for (h, x, al), v in zip(cols[3:7], ("billed", "allowed", "paid", "owes")):
            w.t(x, y + 2, money(total(svcs, v)), True, 7.2, al)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              total(svcs, "owes"))})
        y += 26
    w.t(40, y + 2, "Notes", True, 9)
    for k, (c, t) in enumerate(legend):
        w.t(40, y + 14 + k * 10, f"{c}. {t}", False, 7.2)
    pages = w.save()
    G.write_truth(out / name, "m2", "reportlab", pages, "Medicare Advantage HMO member EOB", lines, claims,
                  legend)
    META[name] = {"date_in_row": True}
    return name, pages, len(lines)


# ============================================================================ d1 state Medicaid RA (mainframe)
def d1(out: Path):
    name = "d1_medicaid_ra_mainframe.pdf"
    w = Writer(out / name, "reportlab", "Courier", landscape=True)
    paid = [
        ("WASHBURN, KEELY R", "7104418820", "2602812004410", "KR-0211", [
            S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
            S(D(2026, 1, 7), "97530", 3, ("GO",)), S(D(2026, 1, 7), "97535", 1, ("GO",)),
            S(D(2026, 1, 12), "97530", 3, ("GO", "59")), S(D(2026, 1, 12), "97112", 1, ("GO",)),
            S(D(2026, 1, 14), "97530", 3, ("GO",)), S(D(2026, 1, 14), "97533", 2, ("GO",)),
            S(D(2026, 1, 19), "97530", 3, ("GO",)), S(D(2026, 1, 21), "97530", 3, ("GO",)),
            S(D(2026, 1, 21), "97535", 2, ("GO",)), S(D(2026, 1, 26), "97530", 3, ("GO",)),
            S(D(2026, 1, 26), "97112", 1, ("GO",)), S(D(2026, 1, 28), "97530", 3, ("GO",)),
            S(D(2026, 1, 28), "97533", 2, ("GO",)), S(D(2026, 1, 30), "97168", 1, ("GO",))]),
        ("ORTEGA-LUNA, MATEO", "7109930145", "2602812004411", "KR-0239", [
            S(D(2026, 1, 6), "92523", 1), S(D(2026, 1, 13), "92507", 1, ("GN",)),
            S(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("PIERCE, ANNALISE J", "7100287731", "2602812004412", "KR-0244", [
            S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97140", 1, ("GP",))]),
        ("ZELLNER, RUBY", "7102256619", "2602812004416", "KR-0262", [
            S(D(2026, 1, 9), "97166", 1, ("GO",)), S(D(2026, 1, 9), "97530", 2, ("GO",)),
            S(D(2026, 1, 16), "97530", 2, ("GO",)), S(D(2026, 1, 23), "97530", 2, ("GO", "KX"))]),
        ("ABERNATHY, COLE D", "7108843302", "2602812004417", "KR-0270", [
            S(D(2026, 1, 13), "92507", 1, ("GN",)), S(D(2026, 1, 20), "92507", 1, ("GN",)),
            S(D(2026, 1, 27), "92507", 1, ("GN",)), S(D(2026, 1, 27), "92526", 1, ("GN",)),
            S(D(2026, 1, 29), "92507", 1, ("GN",))]),
    ]
    paid = paid[1:] + paid[:1]
    denied = [("BRANDT, OWEN T", "7106651208", "2602812004413", "KR-0251", [
        S(D(2026, 1, 9), "97530", 4, ("GO",), denied="CO"), S(D(2026, 1, 9), "97760", 1, ("GO",), denied="CO")])]
    orig = [S(D(2025, 12, 15), "97530", 2, ("GO",)), S(D(2025, 12, 15), "97110", 1, ("GO",))]
    repl = [S(D(2025, 12, 15), "97530", 3, ("GO",)), S(D(2025, 12, 15), "97110", 1, ("GO",))]
    for grp in (paid,):
        for c in grp:
            for s in c[4]:
                G.medicaid(s)
    for c in denied:
        for s in c[4]:
            G.medicaid(s, deny_reason="197")
    for s in orig + repl:
        G.medicaid(s)
    void = [G.negate(s) for s in orig]
    adjclaims = [("WASHBURN, KEELY R", "7104418820", "2602812004414", "KR-0188", void, "VOID OF TCN 2535012009933"),
                 ("WASHBURN, KEELY R", "7104418820", "2602812004415", "KR-0188", repl, "REPLACES TCN 2535012009933")]
    expl = {"pay": "0031", "den": "0417", "void": "0502"}
    legend = [("0031", "PAID PER THE STATE THERAPY FEE SCHEDULE. BALANCE NOT BILLABLE TO RECIPIENT."),
              ("0417", "SERVICE REQUIRES A PRIOR APPROVAL NUMBER THAT WAS NOT ON FILE FOR THESE DATES."),
              ("0502", "CLAIM VOIDED AT PROVIDER REQUEST. SEE REPLACEMENT CLAIM.")]
    TOT = PAGES.get(name, 9)
    state = {"pg": 0}

    def banner():
        pg = w.page()
        state["pg"] = pg
        w.t(36, 34, "STATE OF NEW CALDER - DEPARTMENT OF MEDICAL ASSISTANCE", True, 9)
        w.t(756, 34, f"PAGE {pg} OF {TOT}", True, 9, "r")
        w.t(36, 46, "PROVIDER REMITTANCE ADVICE          RA NUMBER 0026128   PAYMENT DATE 02/10/26", False, 8.5)
        w.t(36, 58, "PAYEE 004471093  KINDRED ROOTS PEDIATRIC THERAPY   NPI 1649902217   WARRANT 00991402",
            False, 8.5)
        w.hline(36, 756, 64, 0.8)
        return pg

    def header(y):
        w.t(36, y, f"SEQ {'FROM-DOS':<8} {'TO-DOS':<8} {'PROC':>6} {'M1':>3} {'M2':>2} {'UNITS':>6} {'BILLED':>11} "
                   f"{'ALLOWED':>11} {'TPL':>10} {'PAID':>11}  EXPL", True, 8.5)
        w.t(36, y + 3, "_" * 104, False, 8.5)
        return y + 15

    lines, claims = [], []
    pg = banner()
    y = 84

    def section(title, grp, kind, y):
        nonlocal pg
        if y > 470:
            pg = banner()
            y = 84
        w.t(36, y, f"***  {title}  ***", True, 9)
        y = header(y + 14)
        for c in grp:
            rname, mid, tcn, pcn, svcs = c[:5]
            if y > 520:
                pg = banner()
                y = header(84)
            w.t(36, y, f"RECIP NAME {rname:<22} MA ID {mid}  TCN {tcn}  PAT CNTL {pcn}", False, 8.5)
            if len(c) > 5:
                w.t(560, y, c[5], False, 8.5)
            y += 12
            for n, s in enumerate(svcs, 1):
                if y > 540:
                    w.t(36, y + 4, "CONTINUED ON NEXT PAGE", False, 8)
                    pg = banner()
                    w.t(36, 84, f"RECIP NAME {rname:<22} MA ID {mid}  TCN {tcn}  PAT CNTL {pcn}  (CONT)", False, 8.5)
                    y = header(100)
                ex = expl["den"] if s.denied else (expl["void"] if kind == "void" else expl["pay"])
                u = f"{s.units:.2f}" if s.units >= 0 else f"{abs(s.units):.2f}"
                m1_ = s.mods[0] if s.mods else ""
                m2_ = s.mods[1] if len(s.mods) > 1 else ""
                tx = (f"{n:03d} {dfmt(s.dos, 'mdy2')} {dfmt(s.dos, 'mdy2')} {s.code:>6} {m1_:>3} {m2_:>2} "
                      f"{u:>6} {money(s.billed, '', 'trail'):>11} {money(s.allowed, '', 'trail'):>11} "
                      f"{money(ZERO, ''):>10} {money(s.paid, '', 'trail'):>11}  {ex}")
                w.t(36, y, tx, False, 8.5)
                lines.append(truth_line(pg, s, claim_id=pcn, payer_claim_id=tcn, patient=rname,
                                        service_end=s.dos, printed=("billed", "allowed", "paid"), remarks=[ex],
                                        description=False))
                y += 11
            w.t(36, y, f"{'    CLAIM TOTAL':<42} {money(total(svcs, 'billed'), '', 'trail'):>11} "
                       f"{money(total(svcs, 'allowed'), '', 'trail'):>11} {'0.00':>10} "
                       f"{money(total(svcs, 'paid'), '', 'trail'):>11}", False, 8.5)
            claims.append({"claim_id": pcn, "payer_claim_id": tcn, "patient": rname,
                           "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                  total(svcs, "paid"))})
            y += 18
        return y

    y = section("PAID CLAIMS", paid, "pay", y)
    y = section("DENIED CLAIMS", denied, "den", y)
    y = section("CLAIM ADJUSTMENTS", adjclaims, "void", y)
    allp = [s for c in paid + denied + adjclaims for s in c[4]]
    w.t(36, y + 4, f"TOTAL CLAIMS PAID {money(total(allp, 'paid'), ',', 'trail')}   NET PAYMENT "
                   f"{money(total(allp, 'paid'), ',', 'trail')}", True, 8.5)
    y += 20
    w.t(36, y, "EXPLANATION CODES", True, 8.5)
    for k, (c, t) in enumerate(legend):
        w.t(36, y + 12 + k * 10, f"{c}  {t}", False, 8)
    pages = w.save()
    G.write_truth(out / name, "d1", "reportlab", pages, "state Medicaid remittance advice, mainframe style", lines,
                  claims, legend)
    META[name] = {"date_in_row": True}
    return name, pages, len(lines)


# ============================================================================ d2 Medicaid MCO remittance
def d2(out: Path):
    name = "d2_medicaid_mco_remit.pdf"
    w = Writer(out / name, "fpdf2", "LiberationSansNarrow", when=FIXED_WHEN)
    cl = [
        ("Jasmine K. Okonkwo", "MC0048812377", "MCR26-0031-5510", "SOL-33021", [
            S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
            S(D(2026, 1, 8), "97530", 2, ("GO",)), S(D(2026, 1, 8), "97140", 1, ("GO", "59"))]),
        ("Benjamin Okonkwo", "MC0048812385", "MCR26-0031-5511", "SOL-33022", [
            S(D(2026, 1, 7), "92507", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
            S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 21), "92526", 1, ("GN",), denied="CO")]),
        ("Rhea Valdivia", "MC0051190042", "MCR26-0031-5512", "SOL-33050", [
            S(D(2026, 1, 12), "97161", 1, ("GP",)), S(D(2026, 1, 12), "97110", 3, ("GP",)),
            S(D(2026, 1, 15), "97110", 2, ("GP",)), S(D(2026, 1, 15), "97112", 1, ("GP",))]),
        ("Colton Fairweather", "MC0062207718", "MCR26-0031-5513", "SOL-33061", [
            S(D(2026, 1, 16), "97533", 3, ("GO",)), S(D(2026, 1, 23), "97533", 3, ("GO",)),
            S(D(2026, 1, 23), "97535", 1, ("GO",))]),
    ]
    lines, claims = [], []
    legend = [("N130", "Check the plan's benefit limits for this service."),
              ("M86", "Service denied because it was billed with another service on the same day."),
              ("N381", "Payment follows the contracted Medicaid rate.")]

    def furniture(pg):
        w.t(40, 40, "PRAIRIE HORIZON COMMUNITY HEALTH PLAN", True, 13)
        w.t(40, 52, "Medicaid Managed Care  -  Provider Remittance Statement", False, 9)
        w.t(572, 40, "Check/EFT #: 8820041773", False, 8, "r")
        w.t(572, 51, "Payment Date: 02/12/2026", False, 8, "r")
        w.t(40, 66, "Payee: Solstice Therapy Collaborative   Tax ID XX-XXX4419   Provider # 300918842", False, 8)
        w.hline(40, 572, 72, 1)
        w.t(306, 772, f"Page {pg} of {PAGES.get(name, 9)}", False, 7, "c")

    cols = [("Ln", 44, "l"), ("From", 60, "l"), ("To", 104, "l"), ("Proc", 148, "l"), ("Modifiers", 178, "l"),
            ("Units", 240, "r"), ("Billed", 285, "r"), ("Allowed", 328, "r"), ("Copay", 362, "r"),
            ("Paid", 402, "r"), ("Adj", 410, "l"), ("Remark", 500, "l")]
    pg = w.page()
    furniture(pg)
    y = 90
    for mem, mid, clm, acct, svcs in cl:
        for s in svcs:
            G.medicaid(s, deny_reason="97")
            if not s.denied:
                s.remarks = ["N381"]
            else:
                s.remarks = ["M86"]
        if y + 40 + 13 * len(svcs) > 740:
            pg = w.page()
            furniture(pg)
            y = 90
        w.box(40, y, 532, 26, 0.6, 0.93)
        w.t(46, y + 10, f"Member: {mem}     Member ID: {mid}", True, 8)
        w.t(46, y + 21, f"Claim #: {clm}     Patient Acct #: {acct}     Claim status: Processed", False, 8)
        y += 38
        w.box(40, y - 9, 532, 12, 0.4)
        for h, x, al in cols:
            w.t(x, y, h, True, 7.5, al)
        y += 14
        for n, s in enumerate(svcs, 1):
            adjtxt = "  ".join(f"{g}-{r} {money(a, '')}" for g, r, a in adjlist(s))
            vals = [str(n), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    G.units_str(s.units), money(s.billed, ""), money(s.allowed, ""), "0.00", money(s.paid, ""),
                    adjtxt, " ".join(s.remarks)]
            for (h, x, al), v in zip(cols, vals):
                w.t(x, y, v, False, 7.8, al)
            w.hline(40, 572, y + 3.5, 0.2)
            lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=clm, patient=mem, service_end=s.dos,
                                    printed=("billed", "allowed", "copay", "paid"),
                                    adjustments=adjlist(s), remarks=s.remarks, description=False,
                                    overrides={"copay": "0.00"}))
            y += 12
        w.t(148, y + 2, "Claim Totals", True, 7.8)
        for (h, x, al), k in zip(cols[6:10], ("billed", "allowed", "copay", "paid")):
            w.t(x, y + 2, money(total(svcs, k), ""), True, 7.8, al)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": mem,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 26
    if y > 560:
        pg = w.page()
        furniture(pg)
        y = 90
    allsv = [s for c in cl for s in c[4]]
    w.t(40, y + 6, "Payment Summary", True, 10)
    w.t(40, y + 20, f"Claims on this statement: {len(cl)}    Total billed: {money(total(allsv, 'billed'))}    "
                    f"Total paid: {money(total(allsv, 'paid'))}", False, 8)
    w.t(40, y + 32, "Provider-level adjustments: none    Net check amount: " + money(total(allsv, "paid")), False, 8)
    w.t(40, y + 52, "Remark codes", True, 9)
    for k, (c, t) in enumerate(legend):
        w.t(40, y + 64 + k * 10, f"{c}: {t}", False, 7.8)
    pages = w.save()
    G.write_truth(out / name, "d2", "fpdf2", pages, "Medicaid managed-care remittance statement", lines, claims,
                  legend)
    META[name] = {"date_in_row": True, "full_adjustments": True}
    return name, pages, len(lines)


# ============================================================================ s1 Medicare-style SPR (clearinghouse)
def s1(out: Path):
    name = "s1_clearinghouse_spr.pdf"
    w = Writer(out / name, "fpdf2", "DejaVuSansMono", landscape=True, when=FIXED_WHEN)
    st = PlanState(ded_left=Decimal("40.00"))
    cl = [
        ("HOLLOWAY, PEARL", "4TR7-KP2-MW61", "HP110522", "8226027411300", [
            S(D(2026, 1, 5), "97163", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP", "KX")), S(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 12), "97112", 2, ("GP",)), S(D(2026, 1, 12), "97116", 1, ("GP",)),
            S(D(2026, 1, 14), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 14), "G0283", 1, ("GP",)),
            S(D(2026, 1, 19), "97110", 3, ("GP",)), S(D(2026, 1, 21), "97530", 2, ("GP",))]),
        ("DEMARCO, VINCENT", "7QA2-HX4-TT08", "VD110547", "8226027411301", [
            S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97535", 2, ("GO",)),
            S(D(2026, 1, 13), "97530", 2, ("GO", "CO"))]),
        ("ASHBY, LORETTA M", "2MN9-CC7-LE44", "LA110561", "8226027411302", [
            S(D(2026, 1, 8), "92507", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",))]),
    ]
    for *_, svcs in cl:
        for s in svcs:
            G.medicare(s, st)
    cl = cl[1:] + cl[:1]
    lines, claims = [], []
    TOT = PAGES.get(name, 9)

    def furniture(pg):
        w.t(36, 30, "CLEARPATH EDI SERVICES - MEDICARE PART B REMITTANCE (STANDARD PAPER FORMAT)", True, 8.5)
        w.t(756, 30, f"PAGE #: {pg} OF {TOT}", False, 8, "r")
        w.t(36, 41, "PAYER: JURISDICTION 12 PART B CONTRACTOR (SAMPLE)   PROVIDER #: 0418833   "
                    "MEADOWGATE REHAB SERVICES", False, 7.5)
        w.t(36, 52, "CHECK/EFT #: 880277410   DATE: 02/06/2026   REMIT SEQ 0001", False, 7.5)
        w.hline(36, 756, 57, 0.6)

    hdr = (f"{'PERF PROV':<10}  {'SERV DATE':<11}  POS NOS  {'PROC':<5} {'MODS':<9}{'BILLED':>10}  "
           f"{'ALLOWED':>10} {'DEDUCT':>8} {'COINS':>8}  {'GRP/RC-AMT':<15}  {'PROV PD':>10}")

    def header(y):
        w.t(36, y, hdr, True, 7.5)
        return y + 12

    pg = w.page()
    furniture(pg)
    y = header(72)
    for nm, mbi, acnt, icn, svcs in cl:
        if y > 500:
            pg = w.page()
            furniture(pg)
            y = header(72)
        w.t(36, y, f"NAME {nm:<20} MBI {mbi}  ACNT {acnt}   ICN {icn}  ASG Y  MOA MA01 MA18", False, 7.5)
        y += 12
        for s in svcs:
            if y > 560:
                w.t(36, y + 2, "*** CONTINUED ***", False, 7.5)
                pg = w.page()
                furniture(pg)
                y = header(72)
                w.t(36, y, f"NAME {nm:<20} MBI {mbi}  ACNT {acnt}   ICN {icn}  (CONTINUED)", False, 7.5)
                y += 12
            adjs = adjlist(s)
            mods = " ".join(s.mods)
            first = f"{adjs[0][0]}-{adjs[0][1]}" if adjs else ""
            tx = (f"2188730415  {s.dos:%m%d} {s.dos:%m%d%y}  11  {G.units_str(s.units):>3}  {s.code:<5} {mods:<9}"
                  f"{money(s.billed, ''):>10}  {money(s.allowed, ''):>10} {money(s.deductible, ''):>8} "
                  f"{money(s.coinsurance, ''):>8}  {first:<7}{money(adjs[0][2], ''):>8}  {money(s.paid, ''):>10}")
            w.t(36, y, tx, False, 7.5)
            y += 10
            for g, r, a in adjs[1:]:
                w.t(36, y, " " * 91 + f"{g}-{r:<4}{money(a, ''):>8}", False, 7.5)
                y += 10
            lines.append(truth_line(pg, s, claim_id=acnt, payer_claim_id=icn, patient=nm,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=adjs, description=False))
        pr = total(svcs, "deductible") + total(svcs, "coinsurance")
        w.t(36, y, f"{'PT RESP ' + money(pr, ''):<22}{'CLAIM TOTALS':<27}{money(total(svcs, 'billed'), ''):>10}  "
                   f"{money(total(svcs, 'allowed'), ''):>10} {money(total(svcs, 'deductible'), ''):>8} "
                   f"{money(total(svcs, 'coinsurance'), ''):>8}  {'':>15}  {money(total(svcs, 'paid'), ''):>10}",
            False, 7.5)
        w.t(36, y + 10, f"{'':<104}NET {money(total(svcs, 'paid'), ''):>10}", False, 7.5)
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                              pr)})
        y += 26
    allsv = [s for c in cl for s in c[4]]
    w.t(36, y + 4, "TOTALS:  # OF CLAIMS 3   BILLED AMT " + money(total(allsv, "billed"), "") + "   ALLOWED AMT "
        + money(total(allsv, "allowed"), "") + "   PROV PD AMT " + money(total(allsv, "paid"), "")
        + "   CHECK AMT " + money(total(allsv, "paid"), ""), True, 7.5)
    w.t(36, y + 20, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES - SEE THE CONTRACTOR WEB SITE FOR FULL TEXT.", False,
        7.5)
    pages = w.save()
    G.write_truth(out / name, "s1", "fpdf2", pages, "Medicare-style standard paper remit from a clearinghouse",
                  lines, claims, [])
    META[name] = {"date_in_row": True, "full_adjustments": True}
    return name, pages, len(lines)


# ============================================================================ s2 PM posting detail
def s2(out: Path):
    name = "s2_pm_payment_posting.pdf"
    w = Writer(out / name, "reportlab", "LiberationSans", landscape=True)
    st = PlanState(ded_left=ZERO)
    cl = [
        ("Fitzgerald, Maeve C", "A-10477", "1126027553210", [
            S(D(2026, 1, 6), "97530", 2, ("GO",)), S(D(2026, 1, 6), "97140", 1, ("GO", "59")),
            S(D(2026, 1, 8), "97530", 2, ("GO",)), S(D(2026, 1, 8), "97535", 1, ("GO",)),
            S(D(2026, 1, 13), "97530", 3, ("GO", "KX")), S(D(2026, 1, 13), "97760", 1, ("GO",)),
            S(D(2026, 1, 15), "97530", 2, ("GO",)), S(D(2026, 1, 15), "97018", 1, ("GO",)),
            S(D(2026, 1, 20), "97168", 1, ("GO",))]),
        ("Kowalczyk, Stanley", "A-10502", "1126027553211", [
            S(D(2026, 1, 7), "97162", 1, ("GP",)), S(D(2026, 1, 7), "97110", 2, ("GP",)),
            S(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 9), "97112", 1, ("GP", "CQ"))]),
        ("Nguyen-Park, Iris", "A-10519", "1126027553212", [
            S(D(2026, 1, 12), "92523", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
            S(D(2026, 1, 16), "0552T", 1, ("GN",), denied="CO")]),
    ]
    for *_, svcs in cl:
        for s in svcs:
            G.medicare(s, st, deny_reason="96")
            s.remarks = ["N211"] if s.denied else (["N130"] if s.code == "97530" and "KX" in s.mods else [])
    lines, claims = [], []
    cols = [("DOS", 40, "l"), ("CPT", 96, "l"), ("Mod", 130, "l"), ("Units", 188, "r"), ("Charge", 250, "r"),
            ("Allowed", 310, "r"), ("Deduct", 360, "r"), ("Coins", 410, "r"), ("Adj Code", 430, "l"),
            ("Adj Amt", 530, "r"), ("Paid", 600, "r"), ("RARC", 620, "l")]
    TOT = PAGES.get(name, 9)

    def furniture(pg):
        w.t(40, 36, "TherapyDesk PM  -  Insurance Payment Posting Detail", True, 12)
        w.t(752, 36, f"Printed 02/09/2026 08:14   Page {pg} of {TOT}", False, 8, "r")
        w.t(40, 50, "Practice: Willow Creek Hand & Rehab    Payer: Medicare Part B (Jurisdiction L)    "
                    "EFT Trace 1NPF30817724    Deposit 02/06/2026", False, 8)
        w.hline(40, 752, 56, 1)
        w.t(40, 590, "Posting batch 2026-0206-03  -  posted by front desk user KB", False, 7)

    def header(y):
        w.box(38, y - 9, 716, 13, 0.3, 0.85)
        for h, x, al in cols:
            w.t(x, y, h, True, 7.5, al)
        return y + 14

    pg = w.page()
    furniture(pg)
    y = 76
    for pat, acct, icn, svcs in cl:
        if y > 470:
            pg = w.page()
            furniture(pg)
            y = 76
        w.t(40, y, f"Patient: {pat}    Acct: {acct}    Payer Claim #: {icn}    Status: 1 - Processed as Primary",
            True, 8)
        y = header(y + 16)
        for s in svcs:
            if y > 555:
                pg = w.page()
                furniture(pg)
                w.t(40, 76, f"Patient: {pat}    Acct: {acct}    Payer Claim #: {icn}    (cont.)", True, 8)
                y = header(92)
            adjs = adjlist(s)
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), G.units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                    f"{adjs[0][0]}-{adjs[0][1]}", money(adjs[0][2], ","), money(s.paid, ","), " ".join(s.remarks)]
            for (h, x, al), v in zip(cols, vals):
                w.t(x, y, v, False, 7.8, al)
            y += 11
            for g, r, a in adjs[1:]:
                w.t(430, y, f"{g}-{r}", False, 7.8)
                w.t(530, y, money(a, ","), False, 7.8, "r")
                y += 11
            lines.append(truth_line(pg, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=adjs, remarks=s.remarks, description=False))
        w.hline(40, 752, y - 7, 0.4)
        w.t(96, y + 2, "Claim totals", True, 7.8)
        for (h, x, al), k in zip(cols[4:8] + [cols[10]], ("billed", "allowed", "deductible", "coinsurance", "paid")):
            w.t(x, y + 2, money(total(svcs, k), ","), True, 7.8, al)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                       "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        y += 24
    allsv = [s for c in cl for s in c[3]]
    w.t(40, y + 4, f"Batch total posted: {money(total(allsv, 'paid'))}    Unapplied: $0.00", True, 8.5)
    pages = w.save()
    G.write_truth(out / name, "s2", "reportlab", pages, "practice-management payment posting detail (Medicare)",
                  lines, claims, [])
    META[name] = {"date_in_row": True, "full_adjustments": True}
    return name, pages, len(lines)


# ============================================================================ f1 therapy clinic family statement
def f1(out: Path):
    name = "f1_clinic_family_statement.pdf"
    w = Writer(out / name, "reportlab", "DejaVuSerif")
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.75"))
    visits = [
        ("V-260106-118", "Sofia Marchetti", "BCX2601774410", [
            S(D(2026, 1, 6), "97167", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("V-260109-052", "Sofia Marchetti", "BCX2601790126", [
            S(D(2026, 1, 9), "97530", 2, ("GO",)), S(D(2026, 1, 9), "97533", 2, ("GO",)),
            S(D(2026, 1, 9), "97535", 1, ("GO",))]),
        ("V-260113-077", "Luca Marchetti", "BCX2601802253", [
            S(D(2026, 1, 13), "92523", 1), S(D(2026, 1, 13), "92507", 1, ("GN",))]),
        ("V-260116-031", "Sofia Marchetti", "BCX2601819987", [
            S(D(2026, 1, 16), "97530", 3, ("GO",)), S(D(2026, 1, 16), "97112", 1, ("GO",)),
            S(D(2026, 1, 16), "97140", 1, ("GO", "59"))]),
        ("V-260120-064", "Gianna Marchetti", "BCX2601830412", [
            S(D(2026, 1, 20), "97161", 1, ("GP",)), S(D(2026, 1, 20), "97110", 2, ("GP",)),
            S(D(2026, 1, 20), "97140", 1, ("GP",))]),
        ("V-260123-019", "Luca Marchetti", "BCX2601841006", [
            S(D(2026, 1, 23), "92507", 1, ("GN",)), S(D(2026, 1, 23), "92507", 1, ("GN", "59"))]),
        ("V-260127-090", "Sofia Marchetti", "BCX2601855520", [
            S(D(2026, 1, 27), "97530", 3, ("GO",)), S(D(2026, 1, 27), "97535", 2, ("GO",)),
            S(D(2026, 1, 27), "97018", 1, ("GO",), denied="PR")]),
        ("V-260129-044", "Gianna Marchetti", "BCX2601861174", [
            S(D(2026, 1, 29), "97110", 2, ("GP",)), S(D(2026, 1, 29), "97140", 1, ("GP",)),
            S(D(2026, 1, 29), "97035", 1, ("GP",))]),
        ("V-260203-086", "Sofia Marchetti", "BCX2602011950", [
            S(D(2026, 2, 3), "97530", 3, ("GO",)), S(D(2026, 2, 3), "97533", 2, ("GO",)),
            S(D(2026, 2, 3), "97535", 1, ("GO",)), S(D(2026, 2, 3), "97112", 1, ("GO",)),
            S(D(2026, 2, 3), "97140", 1, ("GO",))]),
        ("V-260205-012", "Luca Marchetti", "BCX2602030338", [S(D(2026, 2, 5), "92507", 1, ("GN",))]),
    ]
    for _, _, _, svcs in visits:
        for s in svcs:
            G.commercial(s, st)
            s.adjamt = s.billed - s.paid - s.owes
    lines, claims = [], []
    cols = [("Date", 40, "l"), ("Code", 92, "l"), ("Description", 150, "l"), ("Units", 330, "r"),
            ("Charges", 384, "r"), ("Ins. Paid", 436, "r"), ("Adjustments", 500, "r"), ("Your Balance", 572, "r")]
    TOT = PAGES.get(name, 9)

    def furniture(pg):
        w.t(40, 40, "Brookhollow Pediatric & Family Therapy", True, 13)
        w.t(40, 53, "4410 Orchard Crest Blvd, Suite 200, Linden Falls, WI 53409   (262) 555-0186", False, 7.5)
        w.t(572, 40, "STATEMENT", True, 12, "r")
        w.t(572, 53, f"Page {pg} of {TOT}", False, 7.5, "r")
        w.hline(40, 572, 60, 1)

    def header(y):
        for h, x, al in cols:
            w.t(x, y, h, True, 7.5, al)
        w.hline(40, 572, y + 4, 0.6)
        return y + 16

    pg = w.page()
    furniture(pg)
    due = sum((s.owes for v in visits for s in v[3]), ZERO)
    # remittance stub
    w.box(40, 70, 532, 84, 0.6)
    w.t(48, 84, "Please detach and return this portion with your payment", False, 7)
    w.t(48, 98, "Guarantor: Daniela Marchetti", True, 8.5)
    w.t(48, 110, "Guarantor Account #: G-0047219", False, 8)
    w.t(48, 122, "Statement Date: 02/15/2026", False, 8)
    w.t(48, 134, "DANIELA MARCHETTI, 88 WREN HOLLOW RD, LINDEN FALLS WI 53411", False, 8)
    w.t(370, 98, "Amount Due:", True, 9)
    w.t(560, 98, money(due), True, 9, "r")
    w.t(370, 112, "Due By: 03/10/2026", False, 8)
    w.t(370, 126, "Amount Enclosed: $__________", False, 8)
    w.t(370, 140, "Pay online or call the billing office.", False, 7.5)
    w.hline(40, 164, 164, 0.3)
    w.t(40, 178, "Account Activity", True, 10)
    y = header(196)
    for vis, pat, ins, svcs in visits:
        if y > 722:
            pg = w.page()
            furniture(pg)
            y = header(80)
        w.t(40, y, f"Visit {vis}   Patient: {pat}   Insurance: Badgerland Health PPO - claim {ins}", True, 7.5)
        y += 12
        for s in svcs:
            if y > 728:
                w.t(572, 756, "Continued on next page", False, 7, "r")
                pg = w.page()
                furniture(pg)
                y = header(80)
                w.t(40, y, f"Visit {vis}   Patient: {pat}  (continued)", True, 7.5)
                y += 12
            vals = [dfmt(s.dos, "mdy4"), f"{s.code}{' ' if s.mods else ''}{' '.join(s.mods)}", short(s.desc, 36),
                    G.units_str(s.units), money(s.billed, ","), money(s.paid, ","),
                    money(s.adjamt, ","), money(s.owes, ",")]
            for (h, x, al), v in zip(cols, vals):
                w.t(x, y, v, False, 7.3, al)
            lines.append(truth_line(pg, s, claim_id=vis, payer_claim_id=ins, patient=pat,
                                    printed=("billed", "paid", "patient_owes"), description=False))
            y += 11
        w.t(330, y, "Visit balance", False, 7.3, "r")
        w.t(572, y, money(total(svcs, "owes"), ","), True, 7.3, "r")
        claims.append({"claim_id": vis, "payer_claim_id": ins, "patient": pat,
                       "totals": claim_totals(patient_owes=total(svcs, "owes"))})
        y += 18
    w.t(40, y + 2, "Payments received: none since last statement", False, 7.5)
    y += 18
    for k, (lab, v) in enumerate((("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90", ZERO))):
        w.box(40 + k * 133, y, 133, 28, 0.5)
        w.t(46 + k * 133, y + 11, lab, True, 7.5)
        w.t(46 + k * 133, y + 23, money(v), False, 8)
    w.t(40, y + 44, "Insurance adjustments are the difference between our charge and your plan's rate; "
                    "they are not owed by you.", False, 6.8)
    pages = w.save()
    G.write_truth(out / name, "f1", "reportlab", pages, "outpatient therapy clinic family statement", lines, claims,
                  [])
    META[name] = {"date_in_row": True}
    return name, pages, len(lines)


# ============================================================================ f2 hospital itemized family statement
def f2(out: Path):
    name = "f2_hospital_rehab_itemized.pdf"
    w = Writer(out / name, "fpdf2", "LiberationSerif", when=FIXED_WHEN)
    REV = {"97": "0430", "92": "0440", "G0": "0420", "A4": "0270", "0552T": "0420"}
    accts = [
        ("HAR 600218874", "Everett J. Lindqvist", "01/05/2026 - 01/30/2026", "CLM-55-2026-019934", [
            S(D(2026, 1, 5), "97163", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP",)), S(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 9), "97116", 2, ("GP",)), S(D(2026, 1, 9), "G0283", 1, ("GP",)),
            S(D(2026, 1, 12), "97110", 3, ("GP",)), S(D(2026, 1, 14), "97112", 2, ("GP",)),
            S(D(2026, 1, 16), "97110", 2, ("GP",)), S(D(2026, 1, 16), "97530", 1, ("GP",)),
            S(D(2026, 1, 21), "97110", 2, ("GP",)), S(D(2026, 1, 23), "97116", 2, ("GP",)),
            S(D(2026, 1, 26), "97110", 3, ("GP",)), S(D(2026, 1, 28), "97112", 2, ("GP",)),
            S(D(2026, 1, 30), "97110", 2, ("GP",)), S(D(2026, 1, 30), "A4570", 1),
            S(D(2026, 1, 30), "97140", 1, ("GP",)), S(D(2026, 1, 30), "97116", 1, ("GP",)),
            S(D(2026, 1, 30), "97035", 1, ("GP",)), S(D(2026, 1, 30), "97018", 1, ("GP",)),
            S(D(2026, 1, 30), "97112", 1, ("GP",)), S(D(2026, 1, 30), "97530", 1, ("GP",))]),
        ("HAR 600219102", "Nora Lindqvist", "01/08/2026 - 01/29/2026", "CLM-55-2026-020117", [
            S(D(2026, 1, 8), "97165", 1, ("GO",)), S(D(2026, 1, 8), "97530", 2, ("GO",)),
            S(D(2026, 1, 15), "97530", 2, ("GO",)), S(D(2026, 1, 15), "97533", 1, ("GO",)),
            S(D(2026, 1, 22), "97530", 2, ("GO",)), S(D(2026, 1, 29), "97535", 2, ("GO",))]),
        ("HAR 600219455", "Everett J. Lindqvist", "01/20/2026", "CLM-55-2026-020561", [
            S(D(2026, 1, 20), "99214", 1)]),
    ]
    lines, claims = [], []
    cols = [("Svc Date", 40, "l"), ("Rev", 92, "l"), ("CPT/HCPCS", 122, "l"), ("Mod", 172, "l"),
            ("Description", 200, "l"), ("Qty", 470, "r"), ("Charges", 560, "r")]
    TOT = PAGES.get(name, 9)

    def furniture(pg):
        w.t(40, 40, "ST. AUDRA REGIONAL MEDICAL CENTER", True, 13)
        w.t(40, 52, "Outpatient Rehabilitation Services  -  Patient Financial Services, 9 Cloister Ave, "
                    "Marlow, NH 03456", False, 7.5)
        w.t(572, 40, "Itemized Statement", True, 10, "r")
        w.t(572, 52, f"Page {pg} of {TOT}", False, 7.5, "r")
        w.hline(40, 572, 58, 1)
        w.t(306, 775, "Financial assistance is available. Ask us about payment plans: (603) 555-0148.", False, 7,
            "c")

    def header(y):
        for h, x, al in cols:
            w.t(x, y, h, True, 8, al)
        w.hline(40, 572, y + 4, 0.5)
        return y + 15

    pg = w.page()
    furniture(pg)
    w.t(40, 78, "Guarantor: Margit Lindqvist    Guarantor #: 3300481    Statement date: 02/18/2026", False, 8.5)
    w.t(40, 90, "This statement lists every charge on the accounts below and the activity from your insurance.",
        False, 8)
    w.box(40, 100, 532, 120, 0.6)
    w.t(48, 116, "Summary of Accounts", True, 10)
    w.t(48, 130, "Account", True, 8)
    w.t(150, 130, "Patient", True, 8)
    w.t(300, 130, "Dates", True, 8)
    w.t(560, 130, "Status", True, 8, "r")
    for k, (har, pat, dates, cref, svcs) in enumerate(accts):
        w.t(48, 144 + k * 12, har.split()[1], False, 8)
        w.t(150, 144 + k * 12, pat, False, 8)
        w.t(300, 144 + k * 12, dates, False, 8)
        w.t(560, 144 + k * 12, "Insurance processed", False, 8, "r")
    w.t(48, 196, "Pay by phone, mail or online. Your balance is shown at the end of this statement.", False, 8)
    y = 236
    accts = [accts[1], accts[0], accts[2]]
    for har, pat, dates, cref, svcs in accts:
        st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.58"))
        for s in svcs:
            G.commercial(s, st)
        if y > 640:
            pg = w.page()
            furniture(pg)
            y = 78
        w.box(40, y, 532, 36, 0.6, 0.92)
        w.t(46, y + 11, f"Hospital Account #: {har.split()[1]}    Patient: {pat}    Service Dates: {dates}", True, 8)
        w.t(46, y + 22, f"Primary Insurance: Granite Shield Health - Open Access     Claim Ref: {cref}", False, 8)
        w.t(46, y + 32, "Account type: Hospital Outpatient Recurring (Rehab)", False, 7.5)
        y = header(y + 50)
        for s in svcs:
            if y > 735:
                w.t(572, 752, "continued on next page", False, 7, "r")
                pg = w.page()
                furniture(pg)
                w.t(40, 76, f"Hospital Account #: {har.split()[1]}   Patient: {pat}   (continued)", True, 8)
                y = header(92)
            rev = REV.get(s.code[:2], "0420") if s.code != "99214" else "0510"
            vals = [dfmt(s.dos, "mdy4"), rev, s.code, " ".join(s.mods), short(G.LONG_DESC.get(s.code, s.desc), 58),
                    G.units_str(s.units), money(s.billed, ",")]
            for (h, x, al), v in zip(cols, vals):
                w.t(x, y, v, False, 7.8, al)
            lines.append(truth_line(pg, s, claim_id=har.split()[1], payer_claim_id=cref, patient=pat,
                                    printed=("billed",), description=False))
            y += 11.5
        y += 2
        w.hline(400, 572, y - 8, 0.4)
        rows = [("Total charges", total(svcs, "billed")),
                ("Granite Shield Health payment 02/11/2026", -total(svcs, "paid")),
                ("Contractual adjustment - Granite Shield Health", -(total(svcs, "billed") - total(svcs, "allowed"))),
                ("Patient balance (coinsurance)", total(svcs, "owes"))]
        for lab, v in rows:
            w.t(470, y, lab, False, 7.8, "r")
            w.t(560, y, money(v, ","), True, 7.8, "r")
            y += 11
        claims.append({"claim_id": har.split()[1], "payer_claim_id": cref, "patient": pat,
                       "totals": claim_totals(billed=total(svcs, "billed"))})
        y += 16
    allsv = [s for a in accts for s in a[4]]
    w.t(40, y + 4, f"Total amount due from guarantor: {money(total(allsv, 'owes'))}", True, 10)
    pages = w.save()
    G.write_truth(out / name, "f2", "fpdf2", pages, "hospital outpatient rehabilitation itemized family statement",
                  lines, claims, [])
    META[name] = {"date_in_row": True}
    return name, pages, len(lines)


LAYOUTS = [k1, k2, m1, m2, d1, d2, s1, s2, f1, f2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout208_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        name, pages, n = f(out)  # first pass counts the pages for the "Page n of t" footers
        PAGES[name] = pages
        name, pages, n = f(out)
        assert pages == PAGES[name]
        tr = json.loads((out / (name + ".truth.json")).read_text())
        spans = sum(1 for c in tr["claims"] if len({ln["page"] for ln in tr["lines"]
                                                   if (ln["claim_id"], ln["payer_claim_id"], ln["patient"])
                                                   == (c["claim_id"], c["payer_claim_id"], c["patient"])}) > 1)
        print(f"{name}: {pages} pages, {n} lines, {len(tr['claims'])} claims, {spans} claim(s) across pages")
    print(out)
    if "--check" in argv:
        probs = check_folder(out, META)
        for p in probs:
            print("CHECK:", p)
        print("check:", "PASS" if not probs else f"FAIL ({len(probs)})")
        return 1 if probs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
