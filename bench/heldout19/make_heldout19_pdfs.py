"""Write the NINETEENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the EVERYDAY PROVIDER REMITTANCES a pediatric therapy clinic's billing office reads
every week (commercial payment advices, Medicaid fee-for-service and managed-care RAs, a Medicare-style paper remit, a
clearinghouse ERA print, a secondary payer, workers' compensation, a therapy network), each in a house style unlike
the earlier sets. Ordinary geometry. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout19/make_heldout19_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout19/make_heldout19_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / patient-control / invoice / claim number
printed with the claim, payer_claim_id = the payer's claim number / ICN / claim control no. / bill review ID /
network reference, patient = the person who got the service exactly as printed (capitals where printed so; not the
subscriber, insured or member unless the same person). Where a line prints From and To (or "from-to" / MMDD MMDDYY),
service_end is the To date. Every name, number, payer, provider, address and ID is invented; descriptions are our own
words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness; a first pass counts
pages for "Page n of N"). Fonts: Liberation / DejaVu TrueType when installed, else PDF core fonts. Drawing (one
top-left API over both producers), the truth collector and the self-check live in bench/heldout19/h19kit.py.

Layouts (10 files, 187 service lines, 18 pages):
  l01 commercial payer VIRTUAL-CARD "Payment Advice", portrait Liberation Sans: card box (masked card number, expiry,
      card amount, payment ID), boxed two-line claim headings (PATIENT NAME / PATIENT ACCT # / CLAIM #; SUBSCRIBER /
      MEMBER ID / NETWORK), DOS 01/05/26 / PROC / MOD / UNITS / CHARGED / ALLOWED / DEDUCT / COPAY / COINS / PT RESP /
      PAID / RMK, a line fully applied to the deductible (paid 0.00), a no-approval denial, CLAIM TOTAL rows, a claim
      continued on page 2 under "(continued)", remark legend (reportlab)
  l02 state Medicaid fee-for-service "REMITTANCE ADVICE", landscape DejaVu Sans Condensed: sections by CLAIM STATUS
      (PAID / DENIED / IN PROCESS) and RENDERING PROVIDER, a RECIPIENT "LAST, FIRST" / RECIP ID / PAT ACCT / ICN line per
      claim, LN / SVC DATE 01-05-2026 / PROC / MOD1 / MOD2 / UNITS "4.00" / BILLED / ALLOWED / CO-PAY / PAID / STATUS /
      4-digit EOB, a denied line inside a paid claim, suspended claims printed with billed amounts only, claim totals,
      remittance summary and EOB legend, "PAGE n OF N" (fpdf2)
  l03 Medicare Advantage plan remit in the Medicare STANDARD-PAPER-REMIT style, landscape core Courier: NAME / MID /
      ACNT / ICN / ASG / MOA line, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS apart ("GP KX") /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, further adjustments stacked on following text lines
      (CO-59 multiple-procedure reduction, PR-1, PR-2, CO-253), CNTL/REM lines, PT RESP + CLAIM TOTALS and NET lines,
      a CO-50 denial, glossary, 3 pages (fpdf2)
  l04 commercial insurer "Explanation of Provider Payment", portrait DejaVu Serif: boxed 2x4 label-over-value claim
      heading, LETTERED three-line column headings with formulas ((A) Billed / (B) Not Allowed / (C) Allowed A - B /
      (D) Deductible / (E) Copay / (F) Coinsurance / (G) Paid C - D - E - F / (H) Member Owes), From and To columns
      01/05/2026, Procedure / Mod / Units, message codes, shaded claim totals, a no-approval denial; PLANTED claim-total
      mismatch (Member Owes total of claim C26012P0045602 printed 5.00 too high) (reportlab)
  l05 clearinghouse printable ERA "Remittance Detail", portrait Liberation Sans: shaded claim box (Patient LAST, FIRST /
      Patient Control # / Payer Claim Control # / Claim Status "1 - Processed as Primary" / Patient Resp), Svc Date /
      Procedure / Modifiers "GO 59" / Units / Charge / Allowed / Paid / Remarks, each service followed by a small
      Adjustment Group / Reason / Amount sub-table (group and reason in separate columns), a denied claim, a reversal
      (status 22) with leading-minus amounts and its correction, claim totals, provider adjustments (fpdf2)
  l06 workers' compensation carrier "Medical Payment Voucher and Explanation of Review", landscape Liberation Serif:
      boxed bill heading (Claimant LAST, FIRST / WC Claim No. / Employer / Date of Injury / Bill Review ID / Provider
      Invoice No.), Ln / Date of Svc / Proc / Mod / Units / Billed Charge / Fee Schedule Allowance / Network (PPO)
      Reduction / Recommended Allowance / Amount Paid / EOR Codes / Service wording, L3807 RT and 99213, an
      unrelated-body-part denial and a duplicate line at $0.00, dashed row rules, bill totals (fpdf2)
  l07 commercial SECONDARY payer remittance (coordination of benefits), portrait core Helvetica, fully ruled grid:
      boxed claim heading (Patient vs Insured, Claim No., Your Patient No., Primary Carrier), Date of Service / Proc
      Code / Mod / Units / Billed / Other Carrier Paid / Our Allowed / Normal Benefit / Paid This Plan / Patient Resp.
      / Rsn, lines the primary excluded, a line where the primary paid more than our allowance (reportlab)
  l08 Medicaid managed-care plan "Provider Remittance Advice", landscape DejaVu Sans Condensed: shaded claim row
      (Member LAST, FIRST / Member # / Claim # / Pt Acct # / Status), Ln / From / Thru / Service Code / Modifiers
      "GO,59" / Units / Billed / Allowed / Member Liability / Paid / Adj Code "CO-45" / Adj Amt / Expl, an italic
      explanation sentence under every service, a void with negative amounts and its replacement, a denied claim,
      claim totals (reportlab)
  l09 therapy network manager "Provider Payment Statement - Per-Visit Rate", portrait Liberation Sans Narrow with a
      shaded right SIDEBAR (payment information, network messages): one heading per visit carrying the service date
      (printed only there), Network Ref # and "Your Claim #", rows Code / Mod / Units / Billed / Visit Rate / Member
      Copay / Paid / Note, the visit rate on the first line and $0.00 "included" lines, a visit beyond the
      authorization at $0.00, visit totals (reportlab)
  l10 Medicare Advantage plan "Explanation of Payment for Non-Contracted Providers", portrait core Helvetica: shaded
      claim heading (Member LAST, FIRST / Member ID / Claim Number / Patient Account / Claim Status), Dates of Service
      "01/05/26-01/05/26" in one cell, glued Proc-Mod "97110-GP-KX", Qty, Amount Billed / Medicare Allowable /
      Deductible / Coinsurance / Seq. Reduction / Plan Payment / Member Liability, adjustment codes without amounts,
      a CO-50 denial, claim totals, waiver-of-liability text (fpdf2)

Truth decisions worth knowing: l02's suspended (IN PROCESS) lines print only billed (allowed / copay / paid null)
and its CO-PAY column of 0.00 is kept as copay 0.00; l02/l03/l09 EOB / remark / note codes are remarks; l03 prints
no per-line patient responsibility (patient_owes null; the claim's PT RESP is not a totals field), its SERV DATE
"0105 010526" is from MMDD and thru MMDDYY, so service_end is set; l04's "(B) Not Allowed" is the discount; l05 and
l03 print every adjustment with its amount, patient responsibility only per claim (line patient_owes null); l06's
allowed is the Recommended Allowance, Fee Schedule Allowance and Network Reduction are not truth fields (discount
null), patient_owes null (nothing is billed to the worker), claim_id = Provider Invoice No., payer_claim_id = Bill
Review ID (the WC claim number identifies the injury); l07's allowed / paid / patient_owes are THIS plan's (Our
Allowed, Paid This Plan, Patient Resp.), Other Carrier Paid and Normal Benefit are not truth fields; l08's Member
Liability 0.00 is patient_owes, its Expl code a remark, the void keeps positive units with negative amounts; l09's
allowed is the Visit Rate, copay the Member Copay, the date comes from the visit heading, claim_id = "Your Claim #",
payer_claim_id = Network Ref #; l10's Seq. Reduction is not a truth field, adjustments are codes without amounts.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service
row (with stacked adjustment lines or sub-table rows); the check reads each PDF's text layer with pdfplumber and
finds every truth code, modifier (or the glued code+modifiers), units value, date, amount, adjustment code and
amount and remark INSIDE that band as whole tokens in the layout's own formats (l09: the date on the page, from its
visit heading); ids and patients in the document's text; each printed claim total inside its totals row; page
counts and every "Page n of N"; the documents' own arithmetic where the layout prints the parts (billed -
adjustments = paid where every adjustment is printed with its amount; allowed - deductible - copay - coinsurance =
paid; patient owes = deductible + copay + coinsurance; billed - discount - not covered = allowed); claim totals equal
the sum of their lines, unless the mismatch is the planted expected finding, which must really differ and be declared.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, q, units_str, write_truth  # noqa: E402
from h19kit import LANDSCAPE, LETTER, Band, Col, Doc, Layout, check_layout, draw_cols, draw_heads, line_row  # noqa: E402

D = Decimal
# invented fees / program rates for a few codes the shared charge master lacks
eobgen.FEE.update({"97533": "88.00", "97162": "230.00", "97150": "55.00", "G0283": "35.00"})
eobgen.SCHED.update({"97533": "30.10", "97162": "101.12"})
eobgen.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity"})


def d(m: int, dd: int, y: int = 2026) -> date:
    return date(y, m, dd)


def S(m, dd, code, units, mods=(), denied=None, y=2026) -> Svc:
    return Svc(d(m, dd, y), code, D(str(units)), tuple(mods), denied=denied)


def mny(style=",", neg="-"):
    return lambda v: money(v, style, neg)


def mods_tokens(row, joiner=None):
    if joiner is None:
        return list(row["modifiers"])
    return [joiner.join(row["modifiers"])] if row["modifiers"] else []


GREY = (0.88, 0.88, 0.88)
LIGHT = (0.95, 0.95, 0.95)


# =============================================================================================== L01
def l01(out: Path) -> Layout:
    """Commercial payer's VIRTUAL CARD payment advice (reportlab, Liberation Sans, portrait)."""
    name = "l01_virtual_card_payment_advice"
    lay = Layout(
        name,
        "reportlab",
        "",
        mny(","),
        lambda x: dfmt(x, "mdy2"),
        lambda r: [r["code"], *r["modifiers"], r["units"], *r["remarks"]],
        ("share", "owes"),
    )
    lay.page_of = True
    st1 = PlanState(ded_left=D("250.00"), coins_rate=D("0.20"))
    st2 = PlanState(ded_left=ZERO, copay_codes={"92507": D("30.00"), "92523": D("30.00")})
    st3 = PlanState(ded_left=D("40.00"), coins_rate=D("0.10"))
    st4 = PlanState(ded_left=ZERO, coins_rate=D("0.20"))
    claims = [
        (
            "Jayden Okafor",
            "Adaeze Okafor",
            "HLX604418827",
            "OK-40211",
            "HH2601058331",
            st1,
            [
                S(1, 5, "97165", 1, ["GO"]),
                S(1, 5, "97530", 2, ["GO"]),
                S(1, 7, "97530", 3, ["GO"]),
                S(1, 7, "97110", 1, ["GO", "59"]),
                S(1, 9, "97535", 2, ["GO"]),
            ],
        ),
        (
            "Mila Restrepo",
            "Mila Restrepo",
            "HLX771020345",
            "RE-38810",
            "HH2601061190",
            st2,
            [S(1, 6, "92523", 1, ["GN"]), S(1, 8, "92507", 1, ["GN"]), S(1, 13, "92507", 1, ["GN"])],
        ),
        (
            "Theo Lindqvist",
            "Karin Lindqvist",
            "HLX558301992",
            "LI-39977",
            "HH2601063402",
            st3,
            [
                S(1, 6, "97162", 1, ["GP"]),
                S(1, 6, "97112", 2, ["GP"]),
                S(1, 8, "97140", 1, ["GP", "59"]),
                S(1, 8, "97110", 2, ["GP"]),
                S(1, 8, "97533", 1, ["GP"], denied="CO"),
                S(1, 12, "97112", 2, ["GP"]),
                S(1, 12, "97110", 2, ["GP", "KX"]),
            ],
        ),
        (
            "Aria Benitez-Cole",
            "Ramon Benitez",
            "HLX230117764",
            "BE-41102",
            "HH2601066785",
            st4,
            [
                S(1, 9, "97166", 1, ["GO"]),
                S(1, 9, "97530", 2, ["GO"]),
                S(1, 14, "97530", 2, ["GO"]),
                S(1, 14, "97535", 1, ["GO"]),
                S(1, 16, "97530", 3, ["GO", "CO"]),
            ],
        ),
        (
            "Wren Achterberg",
            "Wren Achterberg",
            "HLX998120433",
            "AC-41390",
            "HH2601069014",
            st4,
            [
                S(1, 12, "97168", 1, ["GO"]),
                S(1, 12, "97530", 2, ["GO", "59"]),
                S(1, 15, "97530", 2, ["GO"]),
                S(1, 15, "97112", 1, ["GO"]),
                S(1, 19, "97530", 2, ["GO"]),
                S(1, 19, "97140", 1, ["GO", "59"]),
                S(1, 21, "97530", 3, ["GO"]),
            ],
        ),
    ]
    for c in claims:
        for s in c[6]:
            commercial(s, c[5], deny_reason="197")
            s.remarks = (
                ["D7"]
                if s.denied
                else (["K2"] if s.deductible and not s.paid else (["K1"] if s.deductible else ["P1"]))
            )
    pay_total = sum(s.paid for c in claims for s in c[6])
    cols = [
        Col("dos", "DOS", 42),
        Col("proc", "PROC", 34),
        Col("mod", "MOD", 36),
        Col("units", "UNITS", 28, "R"),
        Col("billed", "CHARGED", 52, "R"),
        Col("allowed", "ALLOWED", 50, "R"),
        Col("ded", "DEDUCT", 44, "R"),
        Col("copay", "COPAY", 40, "R"),
        Col("coins", "COINS", 42, "R"),
        Col("owes", "PT RESP", 46, "R"),
        Col("paid", "PAID", 48, "R"),
        Col("rmk", "RMK", 28, "C"),
    ]
    X0 = 36

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("reportlab", out / f"{name}.pdf", LETTER, "LibSans")
        M = lay.money

        def footer():
            doc.line(36, 756, 576, 756, 0.4)
            doc.text(
                36,
                768,
                "Harborline Health Plans  |  Provider Service 1-800-555-0147  |  Virtual card questions: "
                "1-800-555-0199",
                "R",
                6.5,
            )
            doc.text(576, 768, f"Page {doc.page} of {npages}", "R", 6.5, "R")

        def colhead(y):
            doc.rect(X0, y - 9, 540, 13, fill=GREY, stroke=False)
            draw_heads(doc, X0, y, cols, "B", 6.5)
            return y + 12

        # page 1 furniture
        doc.text(36, 48, "HARBORLINE", "B", 20, color=(0.1, 0.25, 0.45))
        doc.text(36, 60, "HEALTH PLANS", "B", 8, color=(0.1, 0.25, 0.45))
        doc.text(576, 44, "PAYMENT ADVICE", "B", 13, "R")
        doc.text(576, 56, "Virtual Card Payment - Explanation of Payment", "R", 8, "R")
        doc.text(576, 67, "Payment date 01/27/2026", "R", 8, "R")
        y = 96
        for t in (
            "Little Sprouts Pediatric Therapy",
            "Attn: Billing Office",
            "2210 Orchard Bend Rd, Suite 4",
            "Fairhaven, MN 55390",
        ):
            doc.text(36, y, t, "R", 9)
            y += 11
        doc.rect(330, 84, 246, 96, fill=LIGHT)
        info = [
            ("Card number", "XXXX XXXX XXXX 4417"),
            ("Expires", "04/2026"),
            ("Security code", "see secure link"),
            ("Card amount", money(pay_total, "$")),
            ("Payment ID", "VCP-26012-77315"),
            ("Payee NPI / TIN", "1558307741 / XX-XXX4410"),
        ]
        yy = 98
        for k, v in info:
            doc.text(338, yy, k, "R", 8)
            doc.text(568, yy, v, "B", 8, "R")
            yy += 13
        y = (
            doc.para(
                36,
                196,
                "This payment was issued as a single-use virtual card. Enter the card for the exact card "
                "amount through your card terminal. Processing fees set by your merchant bank may apply. To receive "
                "future payments by direct deposit (ACH) instead, call the number below or enroll on the provider "
                "portal; there is no cost to switch.",
                540,
                "R",
                8,
            )
            + 8
        )
        for ci, (pat, sub, mid, acct, clm, st, svcs) in enumerate(claims):
            need = 40 + 12 * min(3, len(svcs))
            if y + need > 740:
                footer()
                doc.new_page()
                y = 50
            doc.rect(X0, y - 10, 540, 28, fill=None, lw=0.6)
            doc.text(X0 + 4, y, f"PATIENT NAME  {pat}", "B", 8)
            doc.text(X0 + 210, y, f"PATIENT ACCT #  {acct}", "R", 8)
            doc.text(X0 + 380, y, f"CLAIM #  {clm}", "B", 8)
            doc.text(X0 + 4, y + 12, f"SUBSCRIBER  {sub}", "R", 7.5)
            doc.text(X0 + 210, y + 12, f"MEMBER ID  {mid}", "R", 7.5)
            doc.text(X0 + 380, y + 12, "NETWORK  In network (PPO)", "R", 7.5)
            y += 30
            y = colhead(y)
            for s in svcs:
                if y + 12 > 740:
                    footer()
                    doc.new_page()
                    y = 50
                    doc.text(X0, y, f"{pat}  -  claim {clm} (continued)", "B", 8)
                    y += 14
                    y = colhead(y)
                vals = {
                    "dos": lay.date(s.dos),
                    "proc": s.code,
                    "mod": " ".join(s.mods),
                    "units": units_str(s.units),
                    "billed": M(s.billed),
                    "allowed": M(s.allowed),
                    "ded": M(s.deductible),
                    "copay": M(s.copay),
                    "coins": M(s.coinsurance),
                    "owes": M(s.owes),
                    "paid": M(s.paid),
                    "rmk": " ".join(s.remarks),
                }
                draw_cols(doc, X0, y, cols, vals, "R", 7.5)
                lay.add(
                    Band(doc.page, y - 8, y + 2),
                    line_row(
                        doc.page,
                        claim_id=acct,
                        payer_claim_id=clm,
                        patient=pat,
                        dos=s.dos,
                        end=None,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        amounts={
                            "billed": s.billed,
                            "allowed": s.allowed,
                            "deductible": s.deductible,
                            "copay": s.copay,
                            "coinsurance": s.coinsurance,
                            "patient_owes": s.owes,
                            "paid": s.paid,
                        },
                    ),
                )
                y += 12
            doc.line(X0, y - 8, X0 + 540, y - 8, 0.4)
            tot = {
                k: sum(getattr(s, a) for s in svcs)
                for k, a in (
                    ("billed", "billed"),
                    ("allowed", "allowed"),
                    ("ded", "deductible"),
                    ("copay", "copay"),
                    ("coins", "coinsurance"),
                    ("owes", "owes"),
                    ("paid", "paid"),
                )
            }
            vals = {k: M(v) for k, v in tot.items()}
            vals["dos"] = "CLAIM TOTAL"
            draw_cols(doc, X0, y + 2, cols, vals, "B", 7.5)
            lay.claim(
                Band(doc.page, y - 6, y + 4),
                acct,
                clm,
                pat,
                {
                    "billed": str(q(tot["billed"])),
                    "allowed": str(q(tot["allowed"])),
                    "paid": str(q(tot["paid"])),
                    "patient_owes": str(q(tot["owes"])),
                },
            )
            y += 22
        if y + 90 > 740:
            footer()
            doc.new_page()
            y = 50
        doc.text(36, y, "REMARK CODES", "B", 8)
        y += 11
        for k, v in lay.legend:
            doc.text(36, y, k, "B", 7.5)
            doc.text(60, y, v, "R", 7.5)
            y += 10
        y += 6
        doc.text(36, y, f"TOTAL PAID THIS ADVICE  {money(pay_total, '$')}", "B", 9)
        footer()
        return doc

    lay.legend = [
        ["P1", "Paid under your network agreement."],
        ["K1", "Part of the allowance was applied to the member's annual deductible."],
        ["K2", "The full allowance was applied to the deductible; no plan payment is due."],
        ["D7", "No approval on file for this service; provider write-off, member may not be billed."],
    ]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "Commercial payer virtual-card payment advice: card box, boxed two-line claim headings, "
        "DOS / PROC / MOD / UNITS / CHARGED / ALLOWED / DEDUCT / COPAY / COINS / PT RESP / PAID / RMK, "
        "claim totals, continued claim on page 2."
    )
    return lay


# =============================================================================================== L02
def l02(out: Path) -> Layout:
    """State Medicaid fee-for-service RA sorted by rendering provider, with an in-process section (fpdf2)."""
    name = "l02_medicaid_ffs_ra_by_rendering"
    lay = Layout(
        name,
        "fpdf2",
        "",
        mny(","),
        lambda x: x.strftime("%m-%d-%Y"),
        lambda r: [r["code"], *r["modifiers"], f"{D(r['units']):.2f}", *r["remarks"]],
    )
    lay.page_of = True
    R1 = ("LEAH BRANDT, OTR/L", "1942207713")
    R2 = ("SAMIR OYELARAN, CCC-SLP", "1225590381")
    R3 = ("JUNE HATHAWAY, PT, DPT", "1679934420")
    data = [
        (
            R1,
            "PAID",
            [
                (
                    "PHAM, LINH",
                    "51200873341",
                    "LP-3309",
                    "2601200041877",
                    [
                        S(1, 5, "97530", 4, ["GO"]),
                        S(1, 5, "97535", 2, ["GO"]),
                        S(1, 12, "97530", 4, ["GO"]),
                        S(1, 12, "97533", 2, ["GO"]),
                    ],
                ),
                (
                    "ABERNATHY, COLE",
                    "51200912004",
                    "LP-3341",
                    "2601200041878",
                    [
                        S(1, 6, "97167", 1, ["GO"]),
                        S(1, 13, "97530", 3, ["GO"]),
                        S(1, 13, "97110", 2, ["GO", "59"], denied="CO"),
                    ],
                ),
            ],
        ),
        (
            R2,
            "PAID",
            [
                (
                    "SOTO-REYES, MARISOL",
                    "51200455918",
                    "LP-3290",
                    "2601200041902",
                    [S(1, 7, "92523", 1, ["GN"]), S(1, 14, "92507", 1, ["GN"]), S(1, 21, "92507", 1, ["GN"])],
                ),
                (
                    "NGUYEN, BAO",
                    "51200733260",
                    "LP-3302",
                    "2601200041903",
                    [S(1, 8, "92507", 1, ["GN"]), S(1, 8, "92526", 1, ["GN"]), S(1, 15, "92507", 1, ["GN"])],
                ),
            ],
        ),
        (
            R3,
            "PAID",
            [
                (
                    "WHITLOCK, ISAIAH",
                    "51200610087",
                    "LP-3318",
                    "2601200041955",
                    [
                        S(1, 6, "97161", 1, ["GP"]),
                        S(1, 9, "97110", 3, ["GP"]),
                        S(1, 9, "97112", 1, ["GP"]),
                        S(1, 16, "97116", 2, ["GP"]),
                        S(1, 16, "97110", 2, ["GP", "CQ"]),
                    ],
                ),
            ],
        ),
        (
            R1,
            "DENIED",
            [
                (
                    "KOWALCZYK, ZOFIA",
                    "51200188820",
                    "LP-3355",
                    "2601200042011",
                    [S(1, 9, "97530", 4, ["GO"], denied="CO"), S(1, 9, "97535", 1, ["GO"], denied="CO")],
                ),
            ],
        ),
        (
            R2,
            "IN PROCESS",
            [
                (
                    "ADEBAYO, TOMI",
                    "51200820476",
                    "LP-3361",
                    "2601200042150",
                    [S(1, 19, "92507", 1, ["GN"]), S(1, 22, "92507", 1, ["GN"])],
                ),
            ],
        ),
        (
            R1,
            "IN PROCESS",
            [
                (
                    "PHAM, LINH",
                    "51200873341",
                    "LP-3377",
                    "2601200042151",
                    [S(1, 19, "97530", 4, ["GO"]), S(1, 19, "97535", 2, ["GO"])],
                ),
            ],
        ),
    ]
    for _, status, cl in data:
        for c in cl:
            for s in c[4]:
                if status == "IN PROCESS":
                    s.remarks = ["3150"]
                    continue
                medicaid(s, "197")
                s.remarks = ["2204"] if s.denied else ["1021"]
    lay.legend = [
        ["1021", "PAID AT THE PROGRAM MAXIMUM FEE. THE BALANCE IS NOT BILLABLE TO THE RECIPIENT."],
        ["2204", "SERVICE REQUIRES PRIOR APPROVAL. NONE FOUND FOR THE RECIPIENT, PROVIDER AND DATE."],
        ["3150", "CLAIM SUSPENDED FOR MANUAL REVIEW. NO ACTION NEEDED; IT WILL APPEAR ON A LATER RA."],
    ]
    cols = [
        Col("ln", "LN", 22, "R"),
        Col("dos", "SVC DATE", 58),
        Col("proc", "PROC", 38),
        Col("m1", "MOD1", 30),
        Col("m2", "MOD2", 30),
        Col("units", "UNITS", 36, "R"),
        Col("billed", "BILLED", 60, "R"),
        Col("allowed", "ALLOWED", 60, "R"),
        Col("copay", "CO-PAY", 46, "R"),
        Col("paid", "PAID", 60, "R"),
        Col("status", "STATUS", 62, "C"),
        Col("eob", "EOB", 36, "C"),
    ]
    X0 = 36

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("fpdf2", out / f"{name}.pdf", LANDSCAPE, "DVCond")
        M = lay.money

        def head():
            doc.text(36, 34, "DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", "B", 10)
            doc.text(36, 46, "REMITTANCE ADVICE - PROFESSIONAL SERVICES", "R", 8.5)
            doc.text(756, 34, f"PAGE {doc.page} OF {npages}", "B", 8.5, "R")
            doc.text(756, 46, "RA NUMBER 0004471902   RA DATE 01-28-2026", "R", 8, "R")
            doc.text(
                36, 58, "PAYEE: LITTLE SPROUTS PEDIATRIC THERAPY LLC   PAYEE ID 0098813402   NPI 1558307741", "R", 8
            )
            doc.line(36, 64, 756, 64, 0.6)
            return 78

        def sect(y, title, rend):
            doc.rect(X0, y - 9, 720, 12, fill=GREY, stroke=False)
            doc.text(X0 + 3, y, f"CLAIM STATUS: {title}", "B", 8)
            doc.text(X0 + 250, y, f"RENDERING PROVIDER: {rend[0]}   NPI {rend[1]}", "B", 8)
            y += 13
            draw_heads(doc, X0, y, cols, "B", 7)
            doc.line(X0, y + 3, X0 + 720, y + 3, 0.3)
            return y + 13

        y = head()
        for rend, status, cl in data:
            if y + 70 > 570:
                doc.new_page()
                y = head()
            y = sect(y, status, rend)
            for recip, rid, acct, icn, svcs in cl:
                if y + 24 + 11 * min(2, len(svcs)) > 570:
                    doc.new_page()
                    y = head()
                    y = sect(y, status + " (CONTINUED)", rend)
                doc.text(X0 + 3, y, f"RECIPIENT: {recip}", "B", 7.5)
                doc.text(X0 + 210, y, f"RECIP ID: {rid}", "R", 7.5)
                doc.text(X0 + 350, y, f"PAT ACCT: {acct}", "R", 7.5)
                doc.text(X0 + 490, y, f"ICN: {icn}", "B", 7.5)
                y += 11
                for i, s in enumerate(svcs, 1):
                    pend = status == "IN PROCESS"
                    vals = {
                        "ln": f"{i:02d}",
                        "dos": lay.date(s.dos),
                        "proc": s.code,
                        "m1": s.mods[0] if s.mods else "",
                        "m2": s.mods[1] if len(s.mods) > 1 else "",
                        "units": f"{s.units:.2f}",
                        "billed": M(s.billed),
                        "allowed": None if pend else M(s.allowed),
                        "copay": None if pend else M(ZERO),
                        "paid": None if pend else M(s.paid),
                        "status": "SUSPENDED" if pend else ("DENIED" if s.denied else "PAID"),
                        "eob": " ".join(s.remarks),
                    }
                    draw_cols(doc, X0, y, cols, vals, "R", 7.5)
                    am = (
                        {"billed": s.billed}
                        if pend
                        else {"billed": s.billed, "allowed": s.allowed, "copay": ZERO, "paid": s.paid}
                    )
                    lay.add(
                        Band(doc.page, y - 8, y + 2),
                        line_row(
                            doc.page,
                            claim_id=acct,
                            payer_claim_id=icn,
                            patient=recip,
                            dos=s.dos,
                            end=None,
                            code=s.code,
                            mods=s.mods,
                            units=s.units,
                            remarks=s.remarks,
                            amounts=am,
                        ),
                    )
                    y += 11
                tb = sum(s.billed for s in svcs)
                if status == "IN PROCESS":
                    draw_cols(doc, X0, y, cols, {"dos": "CLAIM TOTAL", "billed": M(tb)}, "B", 7.5)
                    lay.claim(
                        Band(doc.page, y - 8, y + 2),
                        acct,
                        icn,
                        recip,
                        {"billed": str(q(tb)), "allowed": None, "paid": None, "patient_owes": None},
                    )
                else:
                    ta = sum(s.allowed for s in svcs)
                    tp = sum(s.paid for s in svcs)
                    draw_cols(
                        doc,
                        X0,
                        y,
                        cols,
                        {"dos": "CLAIM TOTAL", "billed": M(tb), "allowed": M(ta), "copay": M(ZERO), "paid": M(tp)},
                        "B",
                        7.5,
                    )
                    lay.claim(
                        Band(doc.page, y - 8, y + 2),
                        acct,
                        icn,
                        recip,
                        {"billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None},
                    )
                y += 16
        if y + 120 > 570:
            doc.new_page()
            y = head()
        y += 6
        doc.text(36, y, "REMITTANCE SUMMARY", "B", 9)
        y += 13
        paid = sum(s.paid for _, st, cl in data if st != "IN PROCESS" for c in cl for s in c[4])
        for k, v in (
            ("CLAIMS PAID", "5"),
            ("CLAIMS DENIED", "1"),
            ("CLAIMS IN PROCESS", "2"),
            ("NET PAYMENT (EFT 0004471902)", M(paid)),
        ):
            doc.text(40, y, k, "R", 8)
            doc.text(300, y, v, "B", 8, "R")
            y += 11
        y += 8
        doc.text(36, y, "EXPLANATION OF BENEFIT (EOB) CODES", "B", 8.5)
        y += 12
        for k, v in lay.legend:
            doc.text(40, y, k, "B", 7.5)
            doc.text(72, y, v, "R", 7.5)
            y += 10
        return doc

    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "State Medicaid FFS remittance advice, landscape, sections by claim status and rendering "
        "provider; recipient/ICN heading line per claim; LN / SVC DATE 01-05-2026 / PROC / MOD1 / MOD2 / "
        "UNITS 4.00 / BILLED / ALLOWED / CO-PAY / PAID / STATUS / EOB; a denied claim; suspended claims "
        "printed with billed only; claim totals; summary and EOB legend."
    )
    return lay


# =============================================================================================== L03
def mppr_medicare(svcs: list[Svc], st: PlanState) -> None:
    """Medicare-style pricing with a multiple-procedure reduction (CO-59) on the 2nd+ timed lines of a day."""
    seen: set = set()
    for s in svcs:
        if s.denied:
            medicare(s, st, deny_reason="50")
            continue
        full = q(D(eobgen.SCHED[s.code]) * s.units)
        red = ZERO
        if s.dos in seen and s.code not in ("97165", "97166", "97167", "97168", "97161", "97162", "97163"):
            red = q(full * D("0.08"))
        seen.add(s.dos)
        s.allowed = full - red
        s.discount = s.billed - full
        rem = s.allowed
        s.deductible = min(st.ded_left, rem)
        st.ded_left -= s.deductible
        rem -= s.deductible
        s.coinsurance = q(rem * D("0.20"))
        rem -= s.coinsurance
        s.seq = q(rem * D("0.02"))
        s.paid = rem - s.seq
        s.owes = s.deductible + s.coinsurance
        s.adjs = [("CO", "45", s.discount)]
        if red:
            s.adjs.append(("CO", "59", red))
        if s.deductible:
            s.adjs.append(("PR", "1", s.deductible))
        if s.coinsurance:
            s.adjs.append(("PR", "2", s.coinsurance))
        if s.seq:
            s.adjs.append(("CO", "253", s.seq))


def l03(out: Path) -> Layout:
    """Medicare Advantage plan standard-paper-remit style print (fpdf2, core Courier, landscape)."""
    name = "l03_medicare_style_paper_remit"
    lay = Layout(
        name,
        "fpdf2",
        "",
        mny(""),
        lambda x: x.strftime("%m%d%y"),
        lambda r: [
            r["code"],
            *r["modifiers"],
            r["units"],
            *[f"{g}-{c}" for g, c, _ in r["adjustments"]],
            *r["remarks"],
        ],
        ("adj",),
    )
    lay.page_of = True
    npi_a, npi_b = "1942207713", "1679934420"
    claims = [
        (
            "DELACROIX, MARCUS",
            "4TW8KD2RM61",
            "MD-20931",
            "2026015501183",
            npi_b,
            D("0"),
            [
                S(1, 5, "97110", 3, ["GP", "KX"]),
                S(1, 5, "97140", 1, ["GP", "59"]),
                S(1, 5, "97112", 2, ["GP"]),
                S(1, 8, "97110", 3, ["GP", "KX"]),
                S(1, 8, "97530", 1, ["GP"]),
            ],
        ),
        (
            "FONTAINE, GRETA",
            "7QN3AX5PL20",
            "GF-20944",
            "2026015501184",
            npi_a,
            D("80.00"),
            [
                S(1, 6, "97166", 1, ["GO"]),
                S(1, 6, "97530", 2, ["GO"]),
                S(1, 9, "97530", 3, ["GO"]),
                S(1, 9, "97535", 1, ["GO"]),
                S(1, 9, "G0283", 1, ["GO"], denied="CO"),
            ],
        ),
        (
            "OYELOWO, SAMUEL",
            "2HB9ME4TK37",
            "SO-20958",
            "2026015501197",
            npi_b,
            D("0"),
            [
                S(1, 7, "97162", 1, ["GP"]),
                S(1, 7, "97110", 2, ["GP", "CQ"]),
                S(1, 12, "97116", 2, ["GP", "CQ"]),
                S(1, 12, "97110", 2, ["GP", "CQ"]),
            ],
        ),
        (
            "MARSH-TILLEY, ADA",
            "9KC4RW1NX55",
            "AM-20967",
            "2026015501202",
            npi_a,
            D("0"),
            [
                S(1, 13, "97530", 2, ["GO", "KX"]),
                S(1, 13, "97140", 1, ["GO", "59"]),
                S(1, 15, "97530", 2, ["GO", "KX"]),
                S(1, 15, "97535", 2, ["GO"]),
            ],
        ),
    ]
    for c in claims:
        mppr_medicare(c[6], PlanState(ded_left=c[5]))
        for s in c[6]:
            s.remarks = (
                ["N130"] if s.denied else (["N640"] if any(g == "CO" and r == "59" for g, r, _ in s.adjs) else [])
            )
    lay.legend = [
        ["CO-45", "Charge exceeds the plan's fee schedule; provider write-off."],
        ["CO-59", "Reduced under the multiple-procedure rule for therapy services on one day."],
        ["CO-50", "Not considered medically necessary by the plan."],
        ["CO-253", "Federal payment reduction (sequestration)."],
        ["PR-1", "Deductible amount."],
        ["PR-2", "Coinsurance amount."],
        ["N130", "Consult plan benefit documents for coverage limits."],
        ["N640", "Payment was reduced; see the multiple-procedure reduction."],
    ]
    M = lay.money
    FS = 7.2

    def row(npi, dos, pos, nos, proc, mods, b, a, de, co, grp, amt, pd):
        return (
            f"{npi:<11} {dos.strftime('%m%d')} {lay.date(dos)} {pos:>3} {nos:>4}  {proc:<6}{mods:<9}"
            f"{b:>10}{a:>10}{de:>9}{co:>9}  {grp:<7}{amt:>9}{pd:>11}"
        )

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("fpdf2", out / f"{name}.pdf", LANDSCAPE, "Courier")
        y = 0

        def head():
            t = doc.text
            t(36, 36, "NORTHSTAR SENIOR ADVANTAGE PLAN            PROVIDER REMITTANCE NOTICE", "B", 8.5)
            t(756, 36, f"PAGE {doc.page} OF {npages}", "B", 8.5, "R")
            t(36, 47, "PO BOX 4471  ST CLOUD MN 56302", "R", FS)
            t(
                36,
                56,
                "LITTLE SPROUTS PEDIATRIC THERAPY (ADULT CLINIC)  NPI 1558307741  DATE 01/26/26  CHECK/EFT# 88120476",
                "R",
                FS,
            )
            t(
                36,
                72,
                f"{'PERF PROV':<11} {'SERV DATE':<11} {'POS':>3} {'NOS':>4}  {'PROC':<6}{'MODS':<9}{'BILLED':>10}"
                f"{'ALLOWED':>10}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<16}{'PROV PD':>11}",
                "B",
                FS,
            )
            doc.line(36, 76, 756, 76, 0.4)
            return 90

        y = head()
        for nm, mid, acnt, icn, npi, _, svcs in claims:
            need = 12 * (1 + sum(len(s.adjs) for s in svcs[:2])) + 30
            if y + need > 560:
                doc.new_page()
                y = head()
            doc.text(36, y, f"NAME {nm:<20} MID {mid}  ACNT {acnt:<10} ICN {icn}  ASG Y  MOA MA01", "R", FS)
            y += 10
            for s in svcs:
                h = 9.5 * len(s.adjs)
                if y + h > 560:
                    doc.new_page()
                    y = head()
                    doc.text(36, y, f"NAME {nm:<20} (CONTINUED)", "R", FS)
                    y += 10
                g, r, a = s.adjs[0]
                doc.text(
                    36,
                    y,
                    row(
                        npi,
                        s.dos,
                        "11",
                        units_str(s.units),
                        s.code,
                        " ".join(s.mods),
                        M(s.billed),
                        M(s.allowed),
                        M(s.deductible),
                        M(s.coinsurance),
                        f"{g}-{r}",
                        M(a),
                        M(s.paid),
                    ),
                    "R",
                    FS,
                )
                top = y - 7
                for g2, r2, a2 in s.adjs[1:]:
                    y += 9.5
                    doc.text(36, y, " " * 89 + f"{g2 + '-' + r2:<7}{M(a2):>9}", "R", FS)
                if s.remarks:
                    y += 9.5
                    doc.text(
                        36,
                        y,
                        f"{'':<11} CNTL #{acnt}{s.dos.strftime('%d')}{s.code}   REM: {' '.join(s.remarks)}",
                        "R",
                        FS,
                    )
                lay.add(
                    Band(doc.page, top, y + 2),
                    line_row(
                        doc.page,
                        claim_id=acnt,
                        payer_claim_id=icn,
                        patient=nm,
                        dos=s.dos,
                        end=s.dos,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        adjustments=[(g2, r2, a2) for g2, r2, a2 in s.adjs],
                        amounts={
                            "billed": s.billed,
                            "allowed": s.allowed,
                            "deductible": s.deductible,
                            "coinsurance": s.coinsurance,
                            "paid": s.paid,
                        },
                    ),
                )
                y += 10.5
            tb, ta, td, tc, tp = (
                sum(getattr(s, k) for s in svcs) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")
            )
            tr = td + tc
            doc.text(
                36,
                y,
                f"{'PT RESP ' + M(tr):<30}{'CLAIM TOTALS':>19}{M(tb):>10}{M(ta):>10}{M(td):>9}"
                f"{M(tc):>9}" + " " * 18 + f"{M(tp):>11}",
                "R",
                FS,
            )
            lay.claim(
                Band(doc.page, y - 7, y + 2),
                acnt,
                icn,
                nm,
                {"billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None},
            )
            y += 10
            doc.text(
                36,
                y,
                f"{'ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00':<101}NET {M(tp):>11}",
                "R",
                FS,
            )
            y += 17
        if y + 110 > 570:
            doc.new_page()
            y = head()
        doc.text(36, y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", "B", FS)
        y += 11
        for k, v in lay.legend:
            doc.text(36, y, f"{k:<8}{v}", "R", FS)
            y += 9.5
        return doc

    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "Medicare Advantage plan remittance in the Medicare standard-paper-remit style, Courier, "
        "landscape: NAME/MID/ACNT/ICN/ASG/MOA claim line, PERF PROV / SERV DATE 'MMDD MMDDYY' / POS / "
        "NOS / PROC / MODS apart / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, further "
        "adjustments stacked on following text lines (CO-59 multiple-procedure cut, PR-1, PR-2, CO-253), "
        "CNTL/REM lines, PT RESP + CLAIM TOTALS, NET lines, a CO-50 denial, glossary."
    )
    return lay


# =============================================================================================== L04
def l04(out: Path) -> Layout:
    """Commercial 'Explanation of Provider Payment' with LETTERED columns and printed formulas (reportlab)."""
    name = "l04_lettered_column_provider_eop"
    lay = Layout(
        name,
        "reportlab",
        "",
        mny(","),
        lambda x: dfmt(x, "mdy4"),
        lambda r: [r["code"], *r["modifiers"], r["units"], *r["remarks"]],
        ("share", "owes", "discount"),
    )
    lay.page_of = True
    st = {
        k: PlanState(
            ded_left=v,
            coins_rate=D("0.20"),
            copay_codes={"97165": D("25.00"), "97166": D("25.00"), "92523": D("25.00")},
        )
        for k, v in (("a", D("0")), ("b", D("120.00")), ("c", D("0")), ("d", D("0")), ("e", D("35.00")))
    }
    claims = [
        (
            "Odalys Ferreira",
            "Paulo Ferreira",
            "CRD88120443-02",
            "Little Sprouts Pediatric Therapy",
            "FE-7731",
            "C26012P0044913",
            st["a"],
            [
                S(1, 5, "97165", 1, ["GO"]),
                S(1, 5, "97530", 2, ["GO"]),
                S(1, 8, "97530", 3, ["GO"]),
                S(1, 8, "97535", 1, ["GO", "59"]),
                S(1, 12, "97530", 2, ["GO"]),
                S(1, 12, "97533", 2, ["GO"], denied="CO"),
            ],
        ),
        (
            "Kenji Albright",
            "Naomi Albright",
            "CRD55071398-01",
            "Little Sprouts Pediatric Therapy",
            "AL-7750",
            "C26012P0045127",
            st["b"],
            [
                S(1, 6, "92523", 1, ["GN"]),
                S(1, 13, "92507", 1, ["GN"]),
                S(1, 20, "92507", 1, ["GN"]),
                S(1, 27, "92507", 1, ["GN"]),
            ],
        ),
        (
            "Saoirse Nwachukwu",
            "Saoirse Nwachukwu",
            "CRD31900257-00",
            "Little Sprouts Pediatric Therapy",
            "NW-7768",
            "C26012P0045388",
            st["c"],
            [
                S(1, 7, "97161", 1, ["GP"]),
                S(1, 7, "97110", 2, ["GP"]),
                S(1, 9, "97112", 2, ["GP", "59"]),
                S(1, 9, "97140", 1, ["GP"]),
                S(1, 14, "97110", 3, ["GP"]),
                S(1, 14, "97116", 1, ["GP"]),
            ],
        ),
        (
            "Beau Castellanos",
            "Marta Castellanos",
            "CRD77213046-03",
            "Little Sprouts Pediatric Therapy",
            "CA-7794",
            "C26012P0045602",
            st["e"],
            [
                S(1, 9, "97166", 1, ["GO"]),
                S(1, 9, "97530", 2, ["GO"]),
                S(1, 16, "97530", 2, ["GO"]),
                S(1, 16, "97140", 1, ["GO", "59"]),
                S(1, 23, "97530", 3, ["GO"]),
                S(1, 23, "97535", 2, ["GO"]),
                S(1, 30, "97530", 2, ["GO"]),
            ],
        ),
    ]
    for c in claims:
        for s in c[7]:
            commercial(s, c[6], deny_reason="197")
            if s.denied:
                s.discount, s.not_covered = s.billed, ZERO
            s.remarks = ["47"] if s.denied else (["12", "20"] if s.deductible else (["31"] if s.copay else ["12"]))
    PL = "C26012P0045602"
    cols = [
        Col("ln", "Ln", 14, "R"),
        Col("from", "From", 42),
        Col("to", "To", 42),
        Col("proc", "Procedure", 34),
        Col("mod", "Mod", 28),
        Col("units", "Units", 22, "R"),
        Col("b", "(A)\nBilled", 38, "R"),
        Col("na", "(B)\nNot\nAllowed", 36, "R"),
        Col("al", "(C)\nAllowed\nA - B", 38, "R"),
        Col("de", "(D)\nDeduct-\nible", 34, "R"),
        Col("cp", "(E)\nCopay", 32, "R"),
        Col("ci", "(F)\nCo-\ninsurance", 36, "R"),
        Col("pd", "(G) Paid\nC - D -\nE - F", 38, "R"),
        Col("ow", "(H)\nMember\nOwes", 36, "R"),
        Col("msg", "Msg", 30, "C"),
    ]
    X0 = 34
    W = sum(c.w for c in cols)

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        lay.expected.clear()
        lay.planted.clear()
        doc = Doc("reportlab", out / f"{name}.pdf", LETTER, "DVSerif")
        M = lay.money

        def furniture():
            doc.text(34, 40, "Cardinal Mutual Benefit Company", "B", 13)
            doc.text(34, 52, "Explanation of Provider Payment", "I", 9)
            doc.text(578, 40, "Payment No. 0019947120   Issued 01/29/2026", "R", 8, "R")
            doc.text(578, 52, "Payee: Little Sprouts Pediatric Therapy   TIN XX-XXX4410", "R", 8, "R")
            doc.line(34, 58, 578, 58, 0.8)
            doc.text(306, 770, f"Page {doc.page} of {npages}", "R", 7, "C")
            doc.text(34, 770, "Cardinal Mutual Benefit Company  ·  PO Box 30077  ·  Lansing, MI 48909", "R", 6.5)

        def heads(y):
            doc.rect(X0, y - 8, W, 32, fill=LIGHT, stroke=False)
            last = draw_heads(doc, X0, y, cols, "B", 6.2, 7.4)
            doc.line(X0, last + 4, X0 + W, last + 4, 0.5)
            return last + 14

        furniture()
        y = 74
        y = (
            doc.para(
                34,
                y,
                "This explanation lists the claims included in the payment above. Columns are lettered so "
                "that each amount can be traced: the allowed amount (C) is the billed amount less the amount not "
                "allowed under your agreement, and the plan payment (G) is the allowed amount less the member's "
                "deductible, copay and coinsurance.",
                544,
                "R",
                7.8,
            )
            + 8
        )
        for pat, sub, mid, prov, acct, clm, _, svcs in claims:
            if y + 110 > 745:
                doc.new_page()
                furniture()
                y = 74
            doc.rect(X0, y, W, 40, fill=None, lw=0.6)
            doc.line(X0, y + 20, X0 + W, y + 20, 0.3)
            cells = [("Patient", pat), ("Patient Account No.", acct), ("Claim No.", clm), ("Received", "01/16/2026")]
            cells2 = [("Subscriber", sub), ("Member ID", mid), ("Provider", prov), ("Processed", "01/27/2026")]
            for row_i, cl in enumerate((cells, cells2)):
                for i, (k, v) in enumerate(cl):
                    xx = X0 + 4 + i * (W / 4)
                    doc.text(xx, y + 7 + row_i * 20, k.upper(), "R", 5.5, color=(0.35, 0.35, 0.35))
                    doc.text(xx, y + 16 + row_i * 20, v, "B" if k in ("Patient", "Claim No.") else "R", 7.5)
            y = heads(y + 52)
            for i, s in enumerate(svcs, 1):
                if y + 12 > 745:
                    doc.new_page()
                    furniture()
                    y = 74
                    doc.text(X0, y, f"Claim No. {clm}  ·  {pat}  (continued)", "B", 7.5)
                    y = heads(y + 14)
                vals = {
                    "ln": str(i),
                    "from": lay.date(s.dos),
                    "to": lay.date(s.dos),
                    "proc": s.code,
                    "mod": " ".join(s.mods),
                    "units": units_str(s.units),
                    "b": M(s.billed),
                    "na": M(s.discount),
                    "al": M(s.allowed),
                    "de": M(s.deductible),
                    "cp": M(s.copay),
                    "ci": M(s.coinsurance),
                    "pd": M(s.paid),
                    "ow": M(s.owes),
                    "msg": " ".join(s.remarks),
                }
                draw_cols(doc, X0, y, cols, vals, "R", 6.6)
                doc.line(X0, y + 3.5, X0 + W, y + 3.5, 0.2)
                lay.add(
                    Band(doc.page, y - 7, y + 2),
                    line_row(
                        doc.page,
                        claim_id=acct,
                        payer_claim_id=clm,
                        patient=pat,
                        dos=s.dos,
                        end=s.dos,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        amounts={
                            "billed": s.billed,
                            "discount": s.discount,
                            "allowed": s.allowed,
                            "deductible": s.deductible,
                            "copay": s.copay,
                            "coinsurance": s.coinsurance,
                            "paid": s.paid,
                            "patient_owes": s.owes,
                        },
                    ),
                )
                y += 11.5
            t = {
                k: sum(getattr(s, a) for s in svcs)
                for k, a in (
                    ("b", "billed"),
                    ("na", "discount"),
                    ("al", "allowed"),
                    ("de", "deductible"),
                    ("cp", "copay"),
                    ("ci", "coinsurance"),
                    ("pd", "paid"),
                    ("ow", "owes"),
                )
            }
            printed_ow = t["ow"] + (D("5.00") if clm == PL else ZERO)
            vals = {k: M(v) for k, v in t.items()}
            vals["ow"] = M(printed_ow)
            vals["from"] = "Claim totals"
            doc.rect(X0, y - 8, W, 11, fill=GREY, stroke=False)
            draw_cols(doc, X0, y, cols, vals, "B", 6.6)
            lay.claim(
                Band(doc.page, y - 7, y + 2),
                acct,
                clm,
                pat,
                {
                    "billed": str(q(t["b"])),
                    "allowed": str(q(t["al"])),
                    "paid": str(q(t["pd"])),
                    "patient_owes": str(q(printed_ow)),
                },
            )
            if clm == PL:
                lay.planted.add((clm, "patient_owes"))
                lay.expected.append(
                    f"claim-total-mismatch claim {clm}: printed Member Owes total {q(printed_ow)} "
                    f"but the lines add up to {q(t['ow'])}"
                )
            y += 24
        if y + 80 > 745:
            doc.new_page()
            furniture()
            y = 74
        doc.text(34, y, "Message codes", "B", 8)
        y += 11
        for k, v in lay.legend:
            doc.text(40, y, k, "B", 7.2)
            doc.text(60, y, v, "R", 7.2)
            y += 9.5
        return doc

    lay.legend = [
        ["12", "Allowed at the rate in your participation agreement."],
        ["20", "Applied to the member's calendar-year deductible."],
        ["31", "The member's office copay for this service was taken."],
        ["47", "Service needs advance approval; none was received. Do not bill the member."],
    ]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "Commercial insurer 'Explanation of Provider Payment', portrait DejaVu Serif: boxed 2x4 "
        "label-over-value claim heading, lettered three-line column headings with formulas ((A) Billed, "
        "(B) Not Allowed, (C) Allowed A - B, ... (G) Paid C - D - E - F, (H) Member Owes), From/To, "
        "Procedure and Mod apart, Units, message codes, shaded claim totals, a no-approval denial, "
        "claim continued on page 2. PLANTED: claim C26012P0045602 Member Owes total printed 5.00 high."
    )
    return lay


# =============================================================================================== L05
def l05(out: Path) -> Layout:
    """Clearinghouse 'Remittance Detail' print with an adjustment sub-table under each service (fpdf2)."""
    name = "l05_clearinghouse_remit_detail"
    lay = Layout(
        name,
        "fpdf2",
        "",
        mny(","),
        lambda x: dfmt(x, "mdy4"),
        lambda r: [
            r["code"],
            *mods_tokens(r, " "),
            r["units"],
            *[t for g, c, _ in r["adjustments"] for t in (g, c)],
            *r["remarks"],
        ],
        ("adj",),
    )
    st1 = PlanState(ded_left=ZERO, coins_rate=D("0.20"))
    st2 = PlanState(ded_left=D("60.00"), coins_rate=D("0.20"))
    c1 = [S(1, 5, "97530", 3, ["GO", "59"]), S(1, 5, "97535", 1, ["GO"]), S(1, 7, "97530", 2, ["GO"])]
    c2 = [S(1, 6, "92523", 1, ["GN"]), S(1, 13, "92507", 1, ["GN"])]
    c3 = [S(1, 8, "97112", 2, ["GP"], denied="CO"), S(1, 8, "97110", 2, ["GP"], denied="CO")]
    c4o = [S(12, 29, "97530", 4, ["GO"], y=2025), S(12, 29, "97110", 1, ["GO"], y=2025)]
    c4r = [S(12, 29, "97530", 3, ["GO"], y=2025), S(12, 29, "97110", 1, ["GO"], y=2025)]
    c5 = [
        S(1, 9, "97166", 1, ["GO"]),
        S(1, 9, "97530", 2, ["GO", "KX"]),
        S(1, 14, "97530", 2, ["GO"]),
        S(1, 14, "97110", 1, ["GO", "59"]),
    ]
    for s in c1 + c5:
        commercial(s, st1)
    for s in c2:
        commercial(s, st2)
    for s in c3:
        commercial(s, st1, deny_reason="197")
    stx = PlanState(copay_codes={"97530": D("20.00")})
    for s in c4o:
        commercial(s, stx)
    c4o = [eobgen.negate(s) for s in c4o]
    sty = PlanState(copay_codes={"97530": D("20.00")})
    for s in c4r:
        commercial(s, sty)
    for s in c1 + c2 + c5 + c4r:
        s.remarks = []
    c3[0].remarks = ["N54"]
    c3[1].remarks = ["N54"]
    claims = [
        ("OKONJO, CHIDI", "LSP44120", "80126011800442", "1 - Processed as Primary", c1),
        ("PARISI, LUCA", "LSP44137", "80126011800519", "1 - Processed as Primary", c2),
        ("HALVORSEN, INGRID", "LSP44153", "80126011800601", "4 - Denied", c3),
        ("TRAN, MAI", "LSP43988", "80125123100077", "22 - Reversal of Previous Payment", c4o),
        ("TRAN, MAI", "LSP43988", "80126011800688", "1 - Processed as Primary", c4r),
        ("BJORKLUND, ELSA", "LSP44171", "80126011800702", "1 - Processed as Primary", c5),
    ]
    cols = [
        Col("dos", "Svc Date", 62),
        Col("proc", "Procedure", 56),
        Col("mod", "Modifiers", 52),
        Col("units", "Units", 32, "R"),
        Col("b", "Charge", 62, "R"),
        Col("al", "Allowed", 62, "R"),
        Col("pd", "Paid", 62, "R"),
        Col("rk", "Remarks", 50, "C"),
    ]
    X0 = 40
    W = 540

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("fpdf2", out / f"{name}.pdf", LETTER, "LibSans")
        M = lay.money

        def furniture():
            doc.text(40, 38, "ClaimBridge Exchange", "B", 12, color=(0.05, 0.35, 0.3))
            doc.text(40, 49, "Remittance Detail  -  835 print", "R", 8)
            doc.text(580, 38, "Payer: Meridian Crest Insurance Co.", "R", 8, "R")
            doc.text(580, 49, "Trace/EFT # 1MC0001887342   Payment date 01/23/2026", "R", 8, "R")
            doc.line(40, 55, 580, 55, 0.6)
            doc.text(580, 772, f"Page {doc.page} of {npages}", "R", 7, "R")
            doc.text(
                40,
                772,
                "Printed from ClaimBridge Exchange remittance viewer. Amounts as received from the payer.",
                "I",
                6.5,
            )

        furniture()
        y = 70
        doc.text(40, y, "Payee: Little Sprouts Pediatric Therapy   NPI 1558307741   Payer ID 60071", "R", 8)
        y += 16
        for pat, pcn, icn, status, svcs in claims:
            if y + 95 > 750:
                doc.new_page()
                furniture()
                y = 70
            doc.rect(X0, y, W, 30, fill=LIGHT, stroke=True, lw=0.4)
            tb, ta, tp = (sum(getattr(s, k) for s in svcs) for k in ("billed", "allowed", "paid"))
            tr = sum(s.owes for s in svcs)
            doc.text(X0 + 5, y + 11, f"Patient: {pat}", "B", 8)
            doc.text(X0 + 190, y + 11, f"Patient Control #: {pcn}", "R", 8)
            doc.text(X0 + 360, y + 11, f"Payer Claim Control #: {icn}", "R", 8)
            doc.text(X0 + 5, y + 24, f"Claim Status: {status}", "R", 8)
            doc.text(X0 + 360, y + 24, f"Patient Resp: {M(tr)}", "R", 8)
            y += 44
            draw_heads(doc, X0, y, cols, "B", 7.2)
            doc.line(X0, y + 3, X0 + 438, y + 3, 0.4)
            y += 13
            for s in svcs:
                need = 11 * (2 + len(s.adjs))
                if y + need > 750:
                    doc.new_page()
                    furniture()
                    y = 70
                    doc.text(X0, y, f"{pat}  {icn}  (continued)", "B", 8)
                    y += 14
                    draw_heads(doc, X0, y, cols, "B", 7.2)
                    y += 13
                vals = {
                    "dos": lay.date(s.dos),
                    "proc": s.code,
                    "mod": " ".join(s.mods),
                    "units": units_str(s.units),
                    "b": M(s.billed),
                    "al": M(s.allowed),
                    "pd": M(s.paid),
                    "rk": " ".join(s.remarks),
                }
                draw_cols(doc, X0, y, cols, vals, "R", 7.8)
                top = y - 8
                y += 10
                doc.text(X0 + 70, y, "Adjustment", "I", 6.5, color=(0.3, 0.3, 0.3))
                doc.text(X0 + 130, y, "Group", "I", 6.5, color=(0.3, 0.3, 0.3))
                doc.text(X0 + 170, y, "Reason", "I", 6.5, color=(0.3, 0.3, 0.3))
                doc.text(X0 + 262, y, "Amount", "I", 6.5, "R", color=(0.3, 0.3, 0.3))
                for g, r, a in s.adjs:
                    y += 9
                    doc.text(X0 + 130, y, g, "R", 7.2)
                    doc.text(X0 + 170, y, r, "R", 7.2)
                    doc.text(X0 + 262, y, M(a), "R", 7.2, "R")
                lay.add(
                    Band(doc.page, top, y + 2),
                    line_row(
                        doc.page,
                        claim_id=pcn,
                        payer_claim_id=icn,
                        patient=pat,
                        dos=s.dos,
                        end=None,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        adjustments=s.adjs,
                        amounts={"billed": s.billed, "allowed": s.allowed, "paid": s.paid},
                    ),
                )
                y += 13
            doc.line(X0, y - 8, X0 + 438, y - 8, 0.4)
            draw_cols(doc, X0, y, cols, {"dos": "Claim Totals", "b": M(tb), "al": M(ta), "pd": M(tp)}, "B", 7.8)
            lay.claim(
                Band(doc.page, y - 8, y + 2),
                pcn,
                icn,
                pat,
                {"billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None},
            )
            y += 20
        if y + 90 > 750:
            doc.new_page()
            furniture()
            y = 70
        doc.text(40, y, "Provider Adjustments", "B", 8.5)
        y += 12
        doc.text(46, y, "L6  Interest on late claims   FCN 80126011800442   0.00", "R", 7.5)
        y += 16
        doc.text(40, y, "Remark codes", "B", 8.5)
        y += 12
        for k, v in lay.legend:
            doc.text(46, y, k, "B", 7.5)
            doc.text(80, y, v, "R", 7.5)
            y += 10
        return doc

    lay.legend = [["N54", "Claim information does not match the authorization on file (our own wording)."]]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.page_of = True
    lay.description = (
        "Clearinghouse printable ERA 'Remittance Detail', portrait Liberation Sans: shaded claim box "
        "(Patient LAST, FIRST / Patient Control # / Payer Claim Control # / Claim Status / Patient Resp), "
        "Svc Date 01/05/2026 / Procedure / Modifiers / Units / Charge / Allowed / Paid / Remarks, each "
        "service followed by an Adjustment Group / Reason / Amount sub-table, a denied claim, a reversal "
        "with negatives and its correction, claim totals, provider adjustments."
    )
    return lay


def _flow_table(
    doc, lay, *, name_row, cols, X0, W, bottom, furniture, top, size=7.2, heads_size=6.6, rowh=11.0, shade_heads=GREY
):
    """Shared paging state for the simple ruled/unruled tables of l06-l10."""
    st = {"y": top}

    def heads():
        y = st["y"]
        n = max(len(c.head.split("\n")) for c in cols)
        if shade_heads:
            doc.rect(X0, y - heads_size - 2, W, n * heads_size * 1.15 + 5, fill=shade_heads, stroke=False)
        last = draw_heads(doc, X0, y, cols, "B", heads_size)
        st["y"] = last + rowh + 2

    def room(h, cont_label=None):
        if st["y"] + h > bottom:
            doc.new_page()
            furniture()
            st["y"] = top
            if cont_label:
                doc.text(X0, st["y"], cont_label, "B", size)
                st["y"] += rowh + 2
                heads()
            return True
        return False

    return st, heads, room


# =============================================================================================== L06
def l06(out: Path) -> Layout:
    """Workers' compensation TPA medical payment voucher with explanation of review (fpdf2, landscape serif)."""
    name = "l06_workers_comp_payment_voucher"
    lay = Layout(
        name,
        "fpdf2",
        "",
        mny("$"),
        lambda x: dfmt(x, "mdy4"),
        lambda r: [r["code"], *r["modifiers"], r["units"], *r["remarks"]],
    )
    lay.page_of = True
    bills = [
        (
            "BECKETT, JONAH",
            "WC-26-004417",
            "Pine Hollow Grocers",
            "12/02/2025",
            "BR2601180077",
            "INV-55012",
            [
                S(1, 5, "97165", 1, ["GO"]),
                S(1, 5, "L3807", 1, ["RT"]),
                S(1, 5, "97760", 1, ["GO", "RT"]),
                S(1, 8, "97140", 2, ["GO"]),
                S(1, 8, "97110", 2, ["GO", "59"]),
                S(1, 8, "99213", 1, []),
            ],
        ),
        (
            "SANDOVAL, PRISCILLA",
            "WC-25-118930",
            "Tri-County Lumber Co.",
            "10/14/2025",
            "BR2601180091",
            "INV-55027",
            [
                S(1, 6, "97168", 1, ["GO"]),
                S(1, 6, "97530", 2, ["GO"]),
                S(1, 9, "97530", 2, ["GO"]),
                S(1, 9, "G0283", 1, ["GO"]),
                S(1, 9, "G0283", 1, ["GO"]),
            ],
        ),
        (
            "MCALLISTER, DEV",
            "WC-26-000382",
            "Northfield School District",
            "01/02/2026",
            "BR2601180104",
            "INV-55040",
            [
                S(1, 12, "97166", 1, ["GO"]),
                S(1, 12, "97140", 1, ["GO"]),
                S(1, 14, "97110", 3, ["GO"]),
                S(1, 14, "97530", 1, ["GO"]),
                S(1, 16, "97110", 3, ["GO"]),
                S(1, 16, "97535", 2, ["GO"]),
            ],
        ),
    ]
    fee = {
        "97165": "132.40",
        "97166": "132.40",
        "97168": "88.10",
        "L3807": "352.00",
        "97760": "58.20",
        "97140": "36.90",
        "97110": "38.15",
        "99213": "96.30",
        "97530": "41.75",
        "G0283": "14.60",
        "97535": "40.05",
    }
    for b in bills:
        for i, s in enumerate(b[6]):
            fs = min(s.billed, q(D(fee[s.code]) * s.units))
            ppo = q(fs * D("0.05"))
            rec = fs - ppo
            rem = ["R1", "P5"]
            if s.code == "99213":
                rec, ppo, rem = ZERO, ZERO, ["U4"]
            if b[4] == "BR2601180091" and i == 4:
                rec, ppo, rem = ZERO, ZERO, ["D2"]
            s.fs, s.ppo, s.allowed, s.paid, s.remarks = fs, ppo, rec, rec, rem
    cols = [
        Col("ln", "Ln", 20, "R"),
        Col("dos", "Date of Svc", 60),
        Col("proc", "Proc", 40),
        Col("mod", "Mod", 40),
        Col("units", "Units", 32, "R"),
        Col("b", "Billed\nCharge", 64, "R"),
        Col("fs", "Fee Schedule\nAllowance", 70, "R"),
        Col("ppo", "Network (PPO)\nReduction", 70, "R"),
        Col("rec", "Recommended\nAllowance", 72, "R"),
        Col("pd", "Amount\nPaid", 64, "R"),
        Col("eor", "EOR\nCodes", 50, "C"),
        Col("dsc", "Service", 138),
    ]
    X0, W = 36, sum(c.w for c in cols)

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("fpdf2", out / f"{name}.pdf", LANDSCAPE, "LibSerif")
        M = lay.money

        def furniture():
            doc.text(36, 36, "GRANITE VALLEY EMPLOYERS MUTUAL", "B", 12)
            doc.text(
                36, 48, "Workers' Compensation Claims  -  Medical Payment Voucher and Explanation of Review", "R", 8.5
            )
            doc.text(756, 36, "Check No. 000771204   Check Date 01/30/2026", "R", 8.5, "R")
            doc.text(756, 48, "Payee: Little Sprouts Pediatric Therapy  FEIN XX-XXX4410", "R", 8.5, "R")
            doc.line(36, 54, 756, 54, 0.7)
            doc.text(396, 590, f"Page {doc.page} of {npages}", "R", 7.5, "C")

        furniture()
        st, heads, room = _flow_table(
            doc,
            lay,
            name_row=None,
            cols=cols,
            X0=X0,
            W=W,
            bottom=565,
            furniture=furniture,
            top=72,
            size=7.8,
            heads_size=7,
        )
        for clmt, wc, emp, doi, brid, inv, svcs in bills:
            room(90)
            y = st["y"]
            doc.rect(X0, y - 10, W, 26, fill=None, lw=0.6)
            doc.text(X0 + 5, y, f"Claimant: {clmt}", "B", 8.5)
            doc.text(X0 + 200, y, f"WC Claim No.: {wc}", "R", 8.5)
            doc.text(X0 + 380, y, f"Employer: {emp}", "R", 8.5)
            doc.text(X0 + 600, y, f"Date of Injury: {doi}", "R", 8.5)
            doc.text(X0 + 5, y + 12, f"Bill Review ID: {brid}", "B", 8.5)
            doc.text(X0 + 200, y + 12, f"Provider Invoice No.: {inv}", "R", 8.5)
            doc.text(X0 + 380, y + 12, "Review date: 01/27/2026   Jurisdiction: state fee schedule", "R", 8.5)
            st["y"] = y + 34
            heads()
            for i, s in enumerate(svcs, 1):
                room(12, f"Claimant {clmt}  -  Bill Review ID {brid} (continued)")
                y = st["y"]
                vals = {
                    "ln": str(i),
                    "dos": lay.date(s.dos),
                    "proc": s.code,
                    "mod": " ".join(s.mods),
                    "units": units_str(s.units),
                    "b": M(s.billed),
                    "fs": M(s.fs),
                    "ppo": M(s.ppo),
                    "rec": M(s.allowed),
                    "pd": M(s.paid),
                    "eor": " ".join(s.remarks),
                    "dsc": s.desc[:30],
                }
                draw_cols(doc, X0, y, cols, vals, "R", 7.8)
                doc.line(X0, y + 3.5, X0 + W, y + 3.5, 0.2, dash=True)
                lay.add(
                    Band(doc.page, y - 8, y + 2),
                    line_row(
                        doc.page,
                        claim_id=inv,
                        payer_claim_id=brid,
                        patient=clmt,
                        dos=s.dos,
                        end=None,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        amounts={"billed": s.billed, "allowed": s.allowed, "paid": s.paid},
                    ),
                )
                st["y"] += 12.5
            y = st["y"]
            tb, ta, tp = (sum(getattr(s, k) for s in svcs) for k in ("billed", "allowed", "paid"))
            draw_cols(
                doc,
                X0,
                y,
                cols,
                {
                    "dos": "Bill Totals",
                    "b": M(tb),
                    "fs": M(sum(s.fs for s in svcs)),
                    "ppo": M(sum(s.ppo for s in svcs)),
                    "rec": M(ta),
                    "pd": M(tp),
                },
                "B",
                7.8,
            )
            lay.claim(
                Band(doc.page, y - 8, y + 2),
                inv,
                brid,
                clmt,
                {"billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None},
            )
            st["y"] += 24
        room(80)
        y = st["y"]
        doc.text(36, y, "Explanation of Review codes", "B", 8.5)
        y += 12
        for k, v in lay.legend:
            doc.text(40, y, k, "B", 8)
            doc.text(64, y, v, "R", 8)
            y += 10.5
        y += 4
        doc.text(36, y, "The injured worker may not be billed for any amount above the recommended allowance.", "I", 8)
        return doc

    lay.legend = [
        ["R1", "Reimbursed at the state medical fee schedule amount."],
        ["P5", "Network (PPO) contract reduction taken after the fee schedule."],
        ["U4", "Service is not related to the accepted body part; no payment."],
        ["D2", "Same service, date and units already reviewed on this bill; duplicate line."],
    ]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "Workers' compensation TPA medical payment voucher and explanation of review, landscape "
        "Liberation Serif: boxed bill heading (claimant, WC claim no., employer, date of injury, bill "
        "review ID, provider invoice no.), Billed Charge / Fee Schedule Allowance / Network (PPO) "
        "Reduction / Recommended Allowance / Amount Paid, EOR codes, an unrelated-body-part denial and "
        "a duplicate line at $0.00, bill totals."
    )
    return lay


# =============================================================================================== L07
def l07(out: Path) -> Layout:
    """Commercial SECONDARY payer remittance (coordination of benefits), ruled grid (reportlab, core Helvetica)."""
    name = "l07_secondary_cob_remittance"
    lay = Layout(
        name,
        "reportlab",
        "",
        mny(","),
        lambda x: dfmt(x, "mdy2"),
        lambda r: [r["code"], *r["modifiers"], r["units"], *r["remarks"]],
    )
    lay.page_of = True
    claims = [
        (
            "Ella Marchetti",
            "Paolo Marchetti",
            "SRB-2026-0118-4471",
            "EM-30218",
            "Harborline Health Plans",
            [
                S(1, 5, "97530", 3, ["GO"]),
                S(1, 5, "97535", 1, ["GO"]),
                S(1, 7, "97530", 2, ["GO"]),
                S(1, 7, "97533", 2, ["GO"]),
                S(1, 12, "97530", 3, ["GO", "59"]),
            ],
        ),
        (
            "Rafael Ibanez-Quinn",
            "Lourdes Quinn",
            "SRB-2026-0118-4502",
            "RI-30244",
            "Meridian Crest Insurance Co.",
            [
                S(1, 6, "92523", 1, ["GN"]),
                S(1, 13, "92507", 1, ["GN"]),
                S(1, 20, "92507", 1, ["GN"]),
                S(1, 20, "92526", 1, ["GN"]),
            ],
        ),
        (
            "Hazel Oduya",
            "Kwame Oduya",
            "SRB-2026-0118-4519",
            "HO-30251",
            "Cardinal Mutual Benefit Company",
            [
                S(1, 8, "97162", 1, ["GP"]),
                S(1, 8, "97110", 2, ["GP"]),
                S(1, 13, "97112", 2, ["GP"]),
                S(1, 13, "97140", 1, ["GP", "59"]),
                S(1, 15, "97110", 2, ["GP"]),
                S(1, 15, "97116", 1, ["GP"]),
                S(1, 20, "97110", 3, ["GP"]),
            ],
        ),
    ]
    for _, _, clm, _, _, svcs in claims:
        for i, s in enumerate(svcs):
            s.allowed = q(s.billed * D("0.80"))
            prim = q(s.billed * D("0.70") * D("0.80"))
            if s.code in ("97533", "92526"):
                prim = ZERO  # primary plan excludes it
            if clm.endswith("4519") and i == 6:
                prim = q(s.allowed * D("1.05"))
            s.prim = prim
            s.normal = q(s.allowed * D("0.90"))
            s.paid = max(ZERO, min(s.normal, s.allowed - prim))
            s.owes = max(ZERO, s.allowed - prim - s.paid)
            s.remarks = ["C4"] if prim == ZERO else (["C9"] if s.paid == ZERO else ["C1"])
    cols = [
        Col("dos", "Date of\nService", 42),
        Col("proc", "Proc\nCode", 32),
        Col("mod", "Mod", 30),
        Col("units", "Units", 24, "R"),
        Col("b", "Billed", 46, "R"),
        Col("pp", "Other\nCarrier\nPaid", 46, "R"),
        Col("al", "Our\nAllowed", 46, "R"),
        Col("nb", "Normal\nBenefit", 46, "R"),
        Col("pd", "Paid This\nPlan", 46, "R"),
        Col("ow", "Patient\nResp.", 44, "R"),
        Col("rs", "Rsn", 26, "C"),
    ]
    X0, W = 56, sum(c.w for c in cols)

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("reportlab", out / f"{name}.pdf", LETTER, "Helvetica")
        M = lay.money

        def furniture():
            doc.text(56, 42, "SUMMIT RIDGE BENEFIT PLAN", "B", 12)
            doc.text(56, 54, "Provider Remittance  -  Secondary Coverage (Coordination of Benefits)", "R", 8.5)
            doc.text(556, 42, "Remit No. SR-0126-33190", "R", 8, "R")
            doc.text(556, 54, "Date 01/28/26", "R", 8, "R")
            doc.line(56, 60, 556, 60, 0.7)
            doc.text(306, 770, f"Page {doc.page} of {npages}", "R", 7, "C")

        def grid_row(y, vals, style="R", h=12, fill=None):
            if fill:
                doc.rect(X0, y - 9, W, h, fill=fill, stroke=False)
            x = X0
            for c in cols:
                doc.rect(x, y - 9, c.w, h, fill=None, lw=0.3)
                x += c.w
            draw_cols(doc, X0, y, cols, vals, style, 7)

        def heads(y):
            doc.rect(X0, y - 8, W, 30, fill=GREY, stroke=True, lw=0.3)
            x = X0
            for c in cols:
                doc.line(x, y - 8, x, y + 22, 0.3)
                x += c.w
            draw_heads(doc, X0, y, cols, "B", 6.4, 7.4)
            return y + 34

        furniture()
        y = 76
        y = (
            doc.para(
                56,
                y,
                "When this plan is secondary, we figure our normal benefit first and then pay the lesser of "
                "that benefit or our allowed amount less what the other carrier paid. The patient owes any allowed "
                "amount that neither plan paid.",
                500,
                "R",
                7.8,
            )
            + 8
        )
        for pat, ins, clm, acct, prim, svcs in claims:
            if y + 100 > 745:
                doc.new_page()
                furniture()
                y = 76
            doc.rect(X0, y - 9, W, 26, fill=None, lw=0.6)
            doc.text(X0 + 4, y, f"Patient: {pat}", "B", 7.8)
            doc.text(X0 + 170, y, f"Insured: {ins}", "R", 7.8)
            doc.text(X0 + 320, y, f"Claim No.: {clm}", "B", 7.8)
            doc.text(X0 + 4, y + 12, f"Your Patient No.: {acct}", "R", 7.8)
            doc.text(X0 + 170, y + 12, f"Primary Carrier: {prim}", "R", 7.8)
            y = heads(y + 30)
            for s in svcs:
                if y + 12 > 745:
                    doc.new_page()
                    furniture()
                    y = 76
                    doc.text(X0, y, f"Claim No. {clm}  {pat}  (continued)", "B", 7.8)
                    y = heads(y + 16)
                vals = {
                    "dos": lay.date(s.dos),
                    "proc": s.code,
                    "mod": " ".join(s.mods),
                    "units": units_str(s.units),
                    "b": M(s.billed),
                    "pp": M(s.prim),
                    "al": M(s.allowed),
                    "nb": M(s.normal),
                    "pd": M(s.paid),
                    "ow": M(s.owes),
                    "rs": " ".join(s.remarks),
                }
                grid_row(y, vals)
                lay.add(
                    Band(doc.page, y - 8, y + 2),
                    line_row(
                        doc.page,
                        claim_id=acct,
                        payer_claim_id=clm,
                        patient=pat,
                        dos=s.dos,
                        end=None,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        amounts={"billed": s.billed, "allowed": s.allowed, "paid": s.paid, "patient_owes": s.owes},
                    ),
                )
                y += 12
            t = {
                k: sum(getattr(s, a) for s in svcs)
                for k, a in (
                    ("b", "billed"),
                    ("pp", "prim"),
                    ("al", "allowed"),
                    ("nb", "normal"),
                    ("pd", "paid"),
                    ("ow", "owes"),
                )
            }
            v = {k: M(x) for k, x in t.items()}
            v["dos"] = "Totals"
            grid_row(y, v, "B", fill=LIGHT)
            lay.claim(
                Band(doc.page, y - 8, y + 2),
                acct,
                clm,
                pat,
                {
                    "billed": str(q(t["b"])),
                    "allowed": str(q(t["al"])),
                    "paid": str(q(t["pd"])),
                    "patient_owes": str(q(t["ow"])),
                },
            )
            y += 26
        doc.text(56, y, "Reason codes", "B", 8)
        y += 11
        for k, v in lay.legend:
            doc.text(60, y, k, "B", 7.2)
            doc.text(80, y, v, "R", 7.2)
            y += 9.5
        return doc

    lay.legend = [
        ["C1", "Paid as secondary: our allowed amount less the other carrier's payment."],
        ["C4", "The other carrier paid nothing for this service; our normal benefit was paid."],
        ["C9", "The other carrier's payment is more than our allowed amount; no further payment."],
    ]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "Commercial secondary-payer remittance (coordination of benefits), portrait core Helvetica, fully "
        "ruled grid: boxed claim heading (Patient vs Insured, Claim No., Your Patient No., Primary "
        "Carrier), Billed / Other Carrier Paid / Our Allowed / Normal Benefit / Paid This Plan / Patient "
        "Resp. / Rsn, lines the primary excluded, a line where the primary paid more than our allowance."
    )
    return lay


# =============================================================================================== L08
def l08(out: Path) -> Layout:
    """Medicaid managed-care plan RA with an italic explanation line under every service (reportlab, landscape)."""
    name = "l08_medicaid_mco_ra_explained"
    lay = Layout(
        name,
        "reportlab",
        "",
        mny(","),
        lambda x: dfmt(x, "mdy4"),
        lambda r: [
            r["code"],
            *mods_tokens(r, ","),
            r["units"],
            *[f"{g}-{c}" for g, c, _ in r["adjustments"]],
            *r["remarks"],
        ],
        ("adj",),
    )
    lay.page_of = True
    void_o = [S(12, 15, "97530", 4, ["GO"], y=2025), S(12, 15, "97535", 2, ["GO"], y=2025)]
    void_r = [S(12, 15, "97530", 3, ["GO"], y=2025), S(12, 15, "97535", 2, ["GO"], y=2025)]
    claims = [
        (
            "LOPEZ, ANA SOFIA",
            "BM40018833",
            "BMH26011400218",
            "LS-61022",
            "PAID",
            [
                S(1, 5, "97530", 4, ["GO"]),
                S(1, 5, "97112", 1, ["GO", "59"]),
                S(1, 12, "97530", 4, ["GO"]),
                S(1, 12, "97533", 2, ["GO"]),
            ],
        ),
        (
            "GRAYHAWK, ELI",
            "BM40027410",
            "BMH26011400231",
            "LS-61037",
            "PAID",
            [
                S(1, 6, "92507", 1, ["GN"]),
                S(1, 13, "92507", 1, ["GN"]),
                S(1, 13, "92526", 1, ["GN"], denied="CO"),
                S(1, 20, "92507", 1, ["GN"]),
            ],
        ),
        ("LOPEZ, ANA SOFIA", "BM40018833", "BMH25121900877", "LS-60514", "ADJUSTED - VOID", void_o),
        ("LOPEZ, ANA SOFIA", "BM40018833", "BMH26011400245", "LS-60514", "ADJUSTED - REPLACEMENT", void_r),
        (
            "FITZROY-ADAMU, NIA",
            "BM40033095",
            "BMH26011400266",
            "LS-61050",
            "PAID",
            [
                S(1, 7, "97163", 1, ["GP"]),
                S(1, 9, "97110", 3, ["GP"]),
                S(1, 9, "97116", 2, ["GP"]),
                S(1, 14, "97110", 3, ["GP"]),
                S(1, 14, "97140", 1, ["GP", "59"]),
            ],
        ),
        (
            "OSEI, KOFI",
            "BM40041176",
            "BMH26011400280",
            "LS-61063",
            "DENIED",
            [S(1, 8, "97167", 1, ["GO"], denied="CO"), S(1, 8, "97530", 2, ["GO"], denied="CO")],
        ),
    ]
    expl = {
        "A4": "Paid at the plan's Medicaid fee schedule; the rest is a contract write-off.",
        "B7": "No prior authorization found for this member, service and date. Do not bill the member.",
        "V2": "Claim voided; the earlier payment is taken back and replaced by the corrected claim.",
        "R3": "Replacement claim paid with the corrected units.",
    }
    for *_, status, svcs in claims:
        for s in svcs:
            medicaid(s, "197")
            s.adjs = [(g, r, a) for g, r, a in s.adjs]
            s.remarks = ["B7"] if s.denied else (["R3"] if "REPLACEMENT" in status else ["A4"])
    for c in (claims[2],):
        neg = [eobgen.negate(s) for s in c[5]]
        for s in neg:
            s.remarks = ["V2"]
        claims[2] = (*c[:5], neg)
    cols = [
        Col("ln", "Ln", 18, "R"),
        Col("fr", "From", 52),
        Col("th", "Thru", 52),
        Col("cd", "Service Code", 52),
        Col("md", "Modifiers", 50),
        Col("un", "Units", 30, "R"),
        Col("b", "Billed", 62, "R"),
        Col("al", "Allowed", 62, "R"),
        Col("ml", "Member\nLiability", 52, "R"),
        Col("pd", "Paid", 62, "R"),
        Col("ac", "Adj Code", 46, "C"),
        Col("aa", "Adj Amt", 58, "R"),
        Col("ex", "Expl", 30, "C"),
    ]
    X0, W = 40, sum(c.w for c in cols)

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("reportlab", out / f"{name}.pdf", LANDSCAPE, "DVCond")
        M = mny(",")

        def furniture():
            doc.text(40, 40, "Bright Meadows Health Plan", "B", 14, color=(0.15, 0.4, 0.2))
            doc.text(40, 52, "Medicaid & Children's Health Program  ·  Provider Remittance Advice", "R", 8.5)
            doc.text(752, 40, "Payment #  EFT 77402195   Payment date 01/22/2026", "R", 8, "R")
            doc.text(752, 52, "Provider: Little Sprouts Pediatric Therapy   NPI 1558307741", "R", 8, "R")
            doc.line(40, 58, 752, 58, 0.7)
            doc.text(752, 590, f"Page {doc.page} of {npages}", "R", 7, "R")

        furniture()
        st, heads, room = _flow_table(
            doc,
            lay,
            name_row=None,
            cols=cols,
            X0=X0,
            W=W,
            bottom=572,
            furniture=furniture,
            top=76,
            size=7.6,
            heads_size=6.8,
        )
        for mem, mid, clm, acct, status, svcs in claims:
            room(70)
            y = st["y"]
            doc.rect(X0, y - 9, W, 13, fill=(0.86, 0.92, 0.87), stroke=False)
            doc.text(X0 + 4, y, f"Member: {mem}", "B", 7.8)
            doc.text(X0 + 170, y, f"Member # {mid}", "R", 7.8)
            doc.text(X0 + 290, y, f"Claim # {clm}", "B", 7.8)
            doc.text(X0 + 440, y, f"Pt Acct # {acct}", "R", 7.8)
            doc.text(X0 + 560, y, f"Status: {status}", "B", 7.8)
            st["y"] = y + 16
            heads()
            for i, s in enumerate(svcs, 1):
                room(24, f"Claim # {clm}  {mem}  (continued)")
                y = st["y"]
                g, r, a = s.adjs[0] if s.adjs else ("", "", None)
                vals = {
                    "ln": str(i),
                    "fr": lay.date(s.dos),
                    "th": lay.date(s.dos),
                    "cd": s.code,
                    "md": ",".join(s.mods),
                    "un": units_str(s.units),
                    "b": M(s.billed),
                    "al": M(s.allowed),
                    "ml": M(ZERO),
                    "pd": M(s.paid),
                    "ac": f"{g}-{r}" if g else "",
                    "aa": M(a) if a is not None else "",
                    "ex": " ".join(s.remarks),
                }
                draw_cols(doc, X0, y, cols, vals, "R", 7.6)
                doc.text(X0 + 74, y + 10, f"{s.remarks[0]}: {expl[s.remarks[0]]}", "I", 6.8, color=(0.3, 0.3, 0.3))
                lay.add(
                    Band(doc.page, y - 8, y + 2),
                    line_row(
                        doc.page,
                        claim_id=acct,
                        payer_claim_id=clm,
                        patient=mem,
                        dos=s.dos,
                        end=s.dos,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        adjustments=s.adjs,
                        amounts={"billed": s.billed, "allowed": s.allowed, "patient_owes": ZERO, "paid": s.paid},
                    ),
                )
                st["y"] += 23
            y = st["y"]
            tb, ta, tp = (sum(getattr(s, k) for s in svcs) for k in ("billed", "allowed", "paid"))
            doc.line(X0, y - 10, X0 + W, y - 10, 0.4)
            draw_cols(
                doc, X0, y, cols, {"fr": "Claim Totals", "b": M(tb), "al": M(ta), "ml": M(ZERO), "pd": M(tp)}, "B", 7.6
            )
            lay.claim(
                Band(doc.page, y - 8, y + 2),
                acct,
                clm,
                mem,
                {"billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": "0.00"},
            )
            st["y"] += 22
        return doc

    lay.legend = [[k, v] for k, v in expl.items()]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "Medicaid managed-care plan provider remittance advice, landscape DejaVu Sans Condensed: shaded "
        "claim row (Member LAST, FIRST / Member # / Claim # / Pt Acct # / Status), Ln / From / Thru / "
        "Service Code / Modifiers 'GO,59' / Units / Billed / Allowed / Member Liability / Paid / Adj Code "
        "'CO-45' / Adj Amt / Expl, an italic explanation sentence under every service, a void with "
        "negative amounts and its replacement, a denied claim, claim totals."
    )
    return lay


# =============================================================================================== L09
def l09(out: Path) -> Layout:
    """Therapy network manager per-visit-rate payment statement with a right-hand sidebar (reportlab)."""
    name = "l09_therapy_network_per_visit_statement"
    lay = Layout(
        name,
        "reportlab",
        "",
        mny("$"),
        lambda x: dfmt(x, "mdy4"),
        lambda r: [r["code"], *r["modifiers"], r["units"], *r["remarks"]],
        ("share",),
    )
    lay.date_in_band = False
    visits = [
        (
            "Kaia Morrow-Ellis",
            "LRN-26-0058813",
            "71420",
            "A-55120",
            "5 of 24",
            d(1, 5),
            D("20.00"),
            [S(1, 5, "97530", 3, ["GO"]), S(1, 5, "97535", 1, ["GO"]), S(1, 5, "97112", 1, ["GO", "59"])],
        ),
        (
            "Kaia Morrow-Ellis",
            "LRN-26-0058840",
            "71446",
            "A-55120",
            "6 of 24",
            d(1, 12),
            D("20.00"),
            [S(1, 12, "97530", 2, ["GO"]), S(1, 12, "97533", 2, ["GO"])],
        ),
        (
            "Dominic Szabo",
            "LRN-26-0058902",
            "71458",
            "A-55208",
            "1 of 12",
            d(1, 6),
            D("0.00"),
            [S(1, 6, "97161", 1, ["GP"]), S(1, 6, "97110", 2, ["GP"])],
        ),
        (
            "Dominic Szabo",
            "LRN-26-0058977",
            "71483",
            "A-55208",
            "2 of 12",
            d(1, 13),
            D("0.00"),
            [S(1, 13, "97110", 2, ["GP"]), S(1, 13, "97116", 1, ["GP"]), S(1, 13, "97140", 1, ["GP", "59"])],
        ),
        (
            "Amara Whitfield",
            "LRN-26-0059011",
            "71490",
            "A-54977",
            "13 of 12",
            d(1, 8),
            D("20.00"),
            [S(1, 8, "97530", 2, ["GO"]), S(1, 8, "97110", 1, ["GO"])],
        ),
        (
            "Amara Whitfield",
            "LRN-26-0059030",
            "71502",
            "A-55321",
            "1 of 16",
            d(1, 15),
            D("20.00"),
            [S(1, 15, "97168", 1, ["GO"]), S(1, 15, "97530", 2, ["GO"])],
        ),
    ]
    rate = {"97161": D("118.00"), "97168": D("96.00")}
    for _, ref, _, _, used, _, cop, svcs in visits:
        over = used.startswith("13 of 12")
        vr = rate.get(svcs[0].code, D("74.00"))
        for i, s in enumerate(svcs):
            if over:
                s.allowed, s.copay, s.paid, s.remarks = ZERO, ZERO, ZERO, ["V9"]
            elif i == 0:
                s.allowed, s.copay, s.paid, s.remarks = vr, cop, vr - cop, ["V1"]
            else:
                s.allowed, s.copay, s.paid, s.remarks = ZERO, ZERO, ZERO, ["V2"]
    cols = [
        Col("cd", "Code", 36),
        Col("md", "Mod", 34),
        Col("un", "Units", 26, "R"),
        Col("b", "Billed", 54, "R"),
        Col("vr", "Visit Rate", 54, "R"),
        Col("cp", "Member\nCopay", 46, "R"),
        Col("pd", "Paid", 54, "R"),
        Col("nt", "Note", 30, "C"),
    ]
    X0, W = 36, sum(c.w for c in cols)
    SB = 420

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("reportlab", out / f"{name}.pdf", LETTER, "LibNarrow")
        M = lay.money
        tot_paid = sum(s.paid for v in visits for s in v[7])

        def furniture():
            doc.text(36, 42, "LAKESHORE REHAB NETWORK", "B", 14, color=(0.1, 0.3, 0.5))
            doc.text(36, 54, "Therapy network for Evergreen Family Health Plan members", "I", 8)
            doc.text(36, 70, "PROVIDER PAYMENT STATEMENT  -  PER-VISIT RATE", "B", 10)
            doc.rect(SB, 80, 156, 660, fill=(0.93, 0.95, 0.97), stroke=False)
            yy = 96
            doc.text(SB + 8, yy, "Payment information", "B", 9)
            yy += 14
            for k, v in (
                ("Statement date", "01/26/2026"),
                ("Check number", "50031877"),
                ("Amount", M(tot_paid)),
                ("Provider", "Little Sprouts Ped. Therapy"),
                ("Network ID", "LRN-P-04418"),
            ):
                doc.text(SB + 8, yy, k, "R", 7.5)
                yy += 9.5
                doc.text(SB + 8, yy, v, "B", 8)
                yy += 13
            yy += 6
            doc.text(SB + 8, yy, "Network messages", "B", 9)
            yy += 13
            yy = doc.para(
                SB + 8,
                yy,
                "Each visit is paid one rate for all timed and untimed codes on that date. Lines "
                "after the first show $0.00 with note V2; they are included in the visit rate and may not "
                "be billed to the member.",
                140,
                "R",
                7.5,
            )
            yy = doc.para(
                SB + 8,
                yy + 6,
                "Request more visits at least five business days before the last authorized visit.",
                140,
                "R",
                7.5,
            )
            doc.text(306, 770, f"Page {doc.page} of {npages}", "R", 7, "C")

        furniture()
        y = 96
        for pat, ref, pcl, auth, used, dos, cop, svcs in visits:
            if y + 40 + 12 * len(svcs) > 740:
                doc.new_page()
                furniture()
                y = 96
            doc.line(X0, y - 10, X0 + W, y - 10, 0.8)
            doc.text(X0, y, f"Visit {lay.date(dos)}  -  {pat}", "B", 8.5)
            y += 11
            doc.text(X0, y, f"Network Ref # {ref}   Your Claim # {pcl}   Auth {auth} (visit {used})", "R", 7.5)
            y += 13
            draw_heads(doc, X0, y, cols, "B", 6.8)
            y += 8 if any("\n" in c.head for c in cols) else 0
            doc.line(X0, y + 3, X0 + W, y + 3, 0.3)
            y += 12
            for s in svcs:
                vals = {
                    "cd": s.code,
                    "md": " ".join(s.mods),
                    "un": units_str(s.units),
                    "b": M(s.billed),
                    "vr": M(s.allowed),
                    "cp": M(s.copay),
                    "pd": M(s.paid),
                    "nt": " ".join(s.remarks),
                }
                draw_cols(doc, X0, y, cols, vals, "R", 8)
                lay.add(
                    Band(doc.page, y - 8, y + 2),
                    line_row(
                        doc.page,
                        claim_id=pcl,
                        payer_claim_id=ref,
                        patient=pat,
                        dos=dos,
                        end=None,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        remarks=s.remarks,
                        amounts={"billed": s.billed, "allowed": s.allowed, "copay": s.copay, "paid": s.paid},
                    ),
                )
                y += 11.5
            tb, ta, tc, tp = (sum(getattr(s, k) for s in svcs) for k in ("billed", "allowed", "copay", "paid"))
            draw_cols(
                doc, X0, y, cols, {"cd": "Visit total", "b": M(tb), "vr": M(ta), "cp": M(tc), "pd": M(tp)}, "B", 8
            )
            lay.claim(
                Band(doc.page, y - 8, y + 2),
                pcl,
                ref,
                pat,
                {"billed": str(q(tb)), "allowed": str(q(ta)), "paid": str(q(tp)), "patient_owes": None},
            )
            y += 24
        if y + 60 > 740:
            doc.new_page()
            furniture()
            y = 96
        doc.text(X0, y, "Notes", "B", 8.5)
        y += 11
        for k, v in lay.legend:
            doc.text(X0, y, k, "B", 7.5)
            y = doc.para(X0 + 22, y, v, W - 22, "R", 7.5)
        return doc

    lay.legend = [
        ["V1", "Paid at the network per-visit rate, less the member's visit copay."],
        ["V2", "Included in the per-visit rate for this date; no separate payment."],
        ["V9", "Visit is beyond the authorized number of visits; not payable, do not bill the member."],
    ]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.page_of = True
    lay.description = (
        "Therapy network manager 'Provider Payment Statement - Per-Visit Rate', portrait Liberation Sans "
        "Narrow with a shaded right SIDEBAR (payment information, messages) on every page: a heading per "
        "visit with the service date ONLY there, network ref # and the provider's claim #, rows Code / "
        "Mod / Units / Billed / Visit Rate / Member Copay / Paid / Note, the visit rate on the first line "
        "and $0.00 included lines, a visit beyond authorization at $0.00, visit totals."
    )
    return lay


# =============================================================================================== L10
def l10(out: Path) -> Layout:
    """Medicare Advantage plan EOP for NON-CONTRACTED providers (fpdf2, core Helvetica)."""
    name = "l10_ma_noncontracted_provider_eop"
    lay = Layout(
        name,
        "fpdf2",
        "",
        mny("$"),
        lambda x: dfmt(x, "mdy2"),
        lambda r: [
            f"{r['code']}" + "".join(f"-{m}" for m in r["modifiers"]),
            r["units"],
            *[f"{g}-{c}" for g, c, _ in r["adjustments"]],
            "-".join(dfmt(date.fromisoformat(r[k]), "mdy2") for k in ("service_date", "service_end")),
        ],
        ("owes",),
    )
    lay.page_of = True
    lay.date_fields = ()
    claims = [
        (
            "HOLLIS, GRANT T",
            "EVA190044817",
            "EA2601210033",
            "GH-51877",
            "PAID",
            D("0"),
            [
                S(1, 5, "97110", 3, ["GP"]),
                S(1, 5, "97112", 1, ["GP"]),
                S(1, 7, "97110", 2, ["GP", "KX"]),
                S(1, 7, "97140", 1, ["GP", "59"]),
            ],
        ),
        (
            "VANTERPOOL, CELESTE",
            "EVA190051206",
            "EA2601210047",
            "CV-51890",
            "PAID",
            D("120.00"),
            [
                S(1, 6, "97166", 1, ["GO"]),
                S(1, 6, "97530", 2, ["GO"]),
                S(1, 9, "97530", 2, ["GO"]),
                S(1, 9, "97535", 1, ["GO"]),
                S(1, 9, "0552T", 1, ["GO"], denied="CO"),
            ],
        ),
        (
            "ABERCROMBIE, JUDE",
            "EVA190062330",
            "EA2601210052",
            "JA-51904",
            "PAID",
            D("0"),
            [
                S(1, 12, "92507", 1, ["GN"]),
                S(1, 14, "92507", 1, ["GN"]),
                S(1, 19, "92507", 1, ["GN"]),
                S(1, 21, "92507", 1, ["GN"]),
                S(1, 21, "92526", 1, ["GN"]),
            ],
        ),
    ]
    for c in claims:
        st = PlanState(ded_left=c[5])
        for s in c[6]:
            medicare(s, st, sequestration=True, deny_reason="50")
    cols = [
        Col("ds", "Dates of Service", 70),
        Col("pm", "Proc-Mod", 58),
        Col("qt", "Qty", 22, "R"),
        Col("b", "Amount\nBilled", 50, "R"),
        Col("al", "Medicare\nAllowable", 50, "R"),
        Col("de", "Deductible", 46, "R"),
        Col("ci", "Coinsurance", 50, "R"),
        Col("sq", "Seq.\nReduction", 42, "R"),
        Col("pd", "Plan\nPayment", 48, "R"),
        Col("ml", "Member\nLiability", 46, "R"),
        Col("ac", "Adjustment Codes", 86),
    ]
    X0, W = 30, sum(c.w for c in cols)

    def render(npages: int) -> Doc:
        lay.lines.clear()
        lay.bands.clear()
        lay.claims.clear()
        lay.claim_bands.clear()
        doc = Doc("fpdf2", out / f"{name}.pdf", LETTER, "Helvetica")
        M = lay.money

        def furniture():
            doc.text(30, 40, "Evergreen Advantage (HMO-POS)", "B", 13)
            doc.text(30, 52, "Explanation of Payment for Non-Contracted Providers", "R", 8.5)
            doc.text(582, 40, "Payment date 01/30/2026   Check # 2290417", "R", 8, "R")
            doc.text(582, 52, "Payee: Little Sprouts Therapy Group (adult program)   NPI 1558307741", "R", 8, "R")
            doc.line(30, 58, 582, 58, 0.7)
            doc.text(582, 772, f"Page {doc.page} of {npages}", "R", 7, "R")

        furniture()
        y = 74
        y = (
            doc.para(
                30,
                y,
                "You are not contracted with Evergreen Advantage. We paid these claims at the amount Original "
                "Medicare would pay, less the member's cost share. You may collect from the member only the "
                "amount shown as Member Liability.",
                552,
                "R",
                7.8,
            )
            + 10
        )
        for mem, mid, clm, acct, status, _, svcs in claims:
            if y + 100 > 745:
                doc.new_page()
                furniture()
                y = 74
            doc.rect(X0, y - 10, W, 26, fill=GREY, stroke=False)
            doc.text(X0 + 4, y, f"Member: {mem}", "B", 7.8)
            doc.text(X0 + 170, y, f"Member ID: {mid}", "R", 7.8)
            doc.text(X0 + 310, y, f"Claim Number: {clm}", "B", 7.8)
            doc.text(X0 + 4, y + 11, f"Patient Account: {acct}", "R", 7.8)
            doc.text(X0 + 170, y + 11, "Rendering: Leah Brandt, OTR/L", "R", 7.8)
            doc.text(X0 + 310, y + 11, f"Claim Status: {status}", "R", 7.8)
            y += 30
            last = draw_heads(doc, X0, y, cols, "B", 6.4)
            doc.line(X0, last + 3, X0 + W, last + 3, 0.4)
            y = last + 13
            for s in svcs:
                adj = " ".join(f"{g}-{r}" for g, r, _ in s.adjs)
                vals = {
                    "ds": f"{lay.date(s.dos)}-{lay.date(s.dos)}",
                    "pm": s.code + "".join(f"-{m}" for m in s.mods),
                    "qt": units_str(s.units),
                    "b": M(s.billed),
                    "al": M(s.allowed),
                    "de": M(s.deductible),
                    "ci": M(s.coinsurance),
                    "sq": M(s.seq),
                    "pd": M(s.paid),
                    "ml": M(s.owes),
                    "ac": adj,
                }
                draw_cols(doc, X0, y, cols, vals, "R", 7.2)
                lay.add(
                    Band(doc.page, y - 8, y + 2),
                    line_row(
                        doc.page,
                        claim_id=acct,
                        payer_claim_id=clm,
                        patient=mem,
                        dos=s.dos,
                        end=s.dos,
                        code=s.code,
                        mods=s.mods,
                        units=s.units,
                        adjustments=[(g, r, None) for g, r, _ in s.adjs],
                        amounts={
                            "billed": s.billed,
                            "allowed": s.allowed,
                            "deductible": s.deductible,
                            "coinsurance": s.coinsurance,
                            "paid": s.paid,
                            "patient_owes": s.owes,
                        },
                    ),
                )
                y += 11.5
            t = {
                k: sum(getattr(s, a) for s in svcs)
                for k, a in (
                    ("b", "billed"),
                    ("al", "allowed"),
                    ("de", "deductible"),
                    ("ci", "coinsurance"),
                    ("sq", "seq"),
                    ("pd", "paid"),
                    ("ml", "owes"),
                )
            }
            v = {k: M(x) for k, x in t.items()}
            v["ds"] = "Claim Total"
            doc.line(X0, y - 8, X0 + W, y - 8, 0.3)
            draw_cols(doc, X0, y, cols, v, "B", 7.2)
            lay.claim(
                Band(doc.page, y - 8, y + 2),
                acct,
                clm,
                mem,
                {
                    "billed": str(q(t["b"])),
                    "allowed": str(q(t["al"])),
                    "paid": str(q(t["pd"])),
                    "patient_owes": str(q(t["ml"])),
                },
            )
            y += 26
        if y + 120 > 745:
            doc.new_page()
            furniture()
            y = 74
        doc.text(30, y, "Adjustment codes", "B", 8)
        y += 11
        for k, v in lay.legend:
            doc.text(34, y, k, "B", 7.2)
            doc.text(80, y, v, "R", 7.2)
            y += 9.5
        y += 8
        doc.text(30, y, "Waiver of liability and appeal rights", "B", 8)
        y += 11
        doc.para(
            30,
            y,
            "To appeal a payment as a non-contracted provider you must file within 60 days of this notice "
            "and include a signed waiver of liability holding the member harmless for the services in dispute.",
            552,
            "R",
            7.2,
        )
        return doc

    lay.legend = [
        ["CO-45", "Billed amount is above the Original Medicare allowable; write-off."],
        ["CO-50", "Not medically necessary under Medicare coverage rules."],
        ["CO-253", "Federal sequestration payment reduction."],
        ["PR-1", "Member deductible."],
        ["PR-2", "Member coinsurance."],
    ]
    doc = render(0)
    n = doc.save()
    doc = render(n)
    lay.pages = doc.save()
    lay.description = (
        "Medicare Advantage plan 'Explanation of Payment for Non-Contracted Providers', portrait core "
        "Helvetica: shaded claim heading (Member LAST, FIRST / Member ID / Claim Number / Patient Account "
        "/ Claim Status), Dates of Service '01/05/26-01/05/26', glued Proc-Mod '97110-GP-KX', Qty, "
        "Billed / Medicare Allowable / Deductible / Coinsurance / Seq. Reduction / Plan Payment / Member "
        "Liability, adjustment codes without amounts, a CO-50 denial, claim totals, waiver text."
    )
    return lay


# =============================================================================================== main
LAYOUTS = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout19_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    o = out.resolve()
    if o == samples or samples in o.parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    nlines = npages = 0
    for f in LAYOUTS:
        lay = f(out)
        pdf = out / f"{lay.name}.pdf"
        write_truth(
            pdf, lay.name, lay.producer, lay.pages, lay.description, lay.lines, lay.claims, lay.legend, lay.expected
        )
        nlines += len(lay.lines)
        npages += lay.pages
        if a.check:
            e = check_layout(lay, pdf)
            errs += e
            print(
                f"{lay.name}: {len(lay.lines)} lines, {len(lay.claims)} claims, {lay.pages} pages, "
                f"{'OK' if not e else str(len(e)) + ' PROBLEMS'}"
            )
    print(f"{len(LAYOUTS)} files, {nlines} service lines, {npages} pages -> {out}")
    if a.check:
        for e in errs:
            print("  " + e)
        print("CHECK", "PASSED" if not errs else f"FAILED ({len(errs)})")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
