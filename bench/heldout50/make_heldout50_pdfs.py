"""Write the FIFTIETH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten documents of the five commonest real kinds, two of each, in house styles
written without looking at the reader.

Run:  python bench/heldout50/make_heldout50_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout50/make_heldout50_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient-
control / visit / hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly
as printed (the person who got the service, not the subscriber or guarantor). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Helper module: h50kit.py (drawing, truth, check).

Layouts (kind - vocabulary - producer - complications):
  c1  commercial member EOB from a TPA for a self-funded employer plan, portrait Liberation Sans: "Provider
      Charges / Plan Discount / Not Covered / Plan Allowance / Deductible / Copay / Coinsurance / Plan Payment /
      Member Resp. / Remark", "97530-GO", Qty, description on a second text line, employee + son + daughter, the
      son's claim runs onto page 2 with "(continued)" bar and repeated header, a not-covered line (reportlab)
  c2  commercial EPO member EOB, landscape DejaVu Serif with a shaded left SIDEBAR (member, deductible meter,
      legend): "Amount Billed / Network Savings / Amount Allowed / Not Covered / Plan Paid / Deductible / Copay /
      Coinsurance / What You Owe", "97110 GP", no units, four family members, a reprocessed claim with the
      reversed original in "-$" amounts, PLANTED What-You-Owe total mismatch (fpdf2)
  m1  Medicare Summary Notice Part B for a QMB beneficiary, portrait DejaVu Sans: dashboard page, claims by date
      with "Claim number", "Therapeutic exercises (97110)", "Service Approved?", "Maximum You May Be Billed"
      $0.00 (QMB), note letters, a denied service, quarterly period (reportlab)
  m2  Medicare Advantage dual-eligible (D-SNP) member EOB, portrait core Helvetica: Part 1 summary with
      year-to-date, Part 2 claims "Amount billed / Plan approved / Plan paid / Medicaid paid / Your share", Qty,
      the long therapy claim continues on page 2 under a repeated header, a denied line (fpdf2)
  r1  state Medicaid remittance advice, landscape core Courier (line-printer look): PAID / DENIED / ADJUSTED
      sections, recipient rows with RECIP ID / PATIENT ACCT / ICN, detail "LN FROM TO PROC M1 M2 UNITS BILLED
      ALLOWED COPAY TPL PAID EOB", dates 010626, a TPL-reduced claim, a credit (trailing-minus) and its re-bill,
      a claim continued on the next page, EOB code legend, payment summary (fpdf2)
  r2  state Medicaid remittance advice, portrait DejaVu Sans Condensed, BOXED claim blocks headed by TCN,
      "Billed Amt / Allowed Amt / TPL Amt / Copay Amt / Paid Amt", adjustments "CO-45 232.60 OA-23 40.00" in
      one cell, RARC column, adult copay (PR-3), a denied claim, financial-transactions section (reportlab)
  p1  Medicare paper remit in the standard-paper-remit columns as printed by a CLEARINGHOUSE ERA print utility,
      portrait DejaVu Sans Mono: NAME / MID / ACNT / ICN / ASG / MOA heads, "PERF PROV SERV DATE POS NOS PROC
      MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", extra adjustments on their own lines, REM lines, a
      reversal (claim status 22, leading minus) and its correction, PT RESP / CLAIM TOTALS / NET (fpdf2)
  p2  practice-management "ERA Posting Detail" for a Medicare remit, landscape Liberation Sans Narrow, ruled
      grid with shaded claim rows, "1/6/2026" dates, adjustments stacked inside the Adj cells, RARC column,
      crossover note, post status column, a denied line (reportlab)
  s1  pediatric therapy clinic family statement, portrait Liberation Serif: detachable remittance stub, visit
      heading rows with the insurer's claim number, "Charge / Insurance Paid / Ins. Adjustment / Your Balance",
      three children, patient payments as non-service rows, an insurance-pending visit, aging boxes (fpdf2)
  s2  hospital guarantor summary statement, portrait core Times: two-column top (account summary + "Ways to
      pay"), per hospital account itemised charges with revenue codes, CPT/HCPCS, Mod, Qty, Charges only;
      insurance payments / adjustments as account rows; one account continues on page 2 (reportlab)

Truth decisions: member EOBs / MSN / statements carry no adjustment codes (none are printed); a statement's
"Ins. Adjustment" (s1) and EOB "Plan Discount" / "Network Savings" are the discount; MSN "Maximum You May Be
Billed", D-SNP "Your share", statement "Your Balance" and EOB "Member Resp." / "What You Owe" are patient_owes;
remark / note / EOB / RARC codes are remarks; SPR per-line patient responsibility is not printed (null); s2
prints charges only per line (other amounts null); m1 prints no account number, units or modifiers.

The self-check (--check) tests the factory, not the reader: page counts; every truth code, modifier, units
value and amount is on ONE text row of the stated page (pdfplumber text layer); dates, remarks and adjustment
codes and amounts on that page; ids and patients in the document; legend codes printed; arithmetic (billed -
discount - not covered = allowed; allowed - deductible - copay - coinsurance = paid where no other payer or
payment reduction shares the line; billed - adjustments = paid where every adjustment is printed; per-layout
identities such as charge - insurance paid - adjustment = balance); claim totals printed and equal to the sum
of their lines unless the mismatch is the declared expected finding, which must really differ.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h50kit import Doc, G, Truth, check_file  # noqa: E402

Svc, PlanState, money, dfmt, q, ZERO = G.Svc, G.PlanState, G.money, G.dfmt, G.q, G.ZERO

# A few extra invented charges / fee-schedule amounts for codes the shared factory does not carry.
for _c, _fee, _sch, _d in (
        ("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
        ("97533", "92.00", "31.90", "Sensory integration activities"),
        ("97035", "45.00", "13.20", "Ultrasound therapy"),
        ("29125", "160.00", "62.40", "Forearm splint application"),
        ("99203", "210.00", "112.30", "Office visit, new patient"),
        ("97750", "110.00", "36.10", "Physical performance testing"),
        ("92610", "185.00", "79.40", "Swallowing function evaluation"),
):
    G.FEE.setdefault(_c, _fee)
    G.SCHED.setdefault(_c, _sch)
    G.DESC.setdefault(_c, _d)


def S(m: int, d: int, code: str, u, mods=(), **kw) -> Svc:
    return Svc(date(2026, m, d), code, Decimal(str(u)), tuple(mods), **kw)


def tot(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


def two_pass(build):
    """Run a layout once to count pages, then again with the page total known."""
    def run(out: Path):
        n = build(out, None)
        n2 = build(out, n)
        assert n == n2, (n, n2)
        return n2
    return run


CHECK_OPTS: dict[str, dict] = {n: {"plan_only": False} for n in (
    "r1_medicaid_ra_lineprinter", "r2_medicaid_ra_tcn", "p1_clearinghouse_spr", "p2_pms_era_posting")}
CHECK_OPTS["s1_pediatric_family_statement"] = {"custom": lambda t, p: s1_custom(t, p)}


# ============================================================================================ c1
C1_COLS = [("dates", "Service\nDates", 44, "l"), ("proc", "Procedure", 52, "l"), ("qty", "Qty", 20, "r"),
           ("billed", "Provider\nCharges", 46, "r"), ("discount", "Plan\nDiscount", 44, "r"),
           ("not_covered", "Not\nCovered", 42, "r"), ("allowed", "Plan\nAllowance", 46, "r"),
           ("deductible", "Deductible", 44, "r"), ("copay", "Copay", 36, "r"),
           ("coinsurance", "Coinsurance", 46, "r"), ("paid", "Plan\nPayment", 46, "r"),
           ("owes", "Member\nResp.", 44, "r"), ("remark", "Remark", 30, "l")]


def c1_data():
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    dana = [S(1, 5, "97161", 1, ("GP",)), S(1, 5, "97110", 2, ("GP",)), S(1, 5, "97140", 1, ("GP",)),
            S(1, 12, "97110", 3, ("GP",)), S(1, 12, "97140", 1, ("GP", "59"))]
    owen = [S(1, 6, "97165", 1, ("GO",)), S(1, 6, "97530", 2, ("GO",)),
            S(1, 13, "97530", 3, ("GO",)), S(1, 13, "97533", 1, ("GO", "59")),
            S(1, 20, "97530", 3, ("GO",)), S(1, 20, "97112", 1, ("GO",)),
            S(1, 27, "97530", 2, ("GO",)), S(1, 27, "97533", 2, ("GO",), denied="PR"),
            S(1, 27, "97535", 1, ("GO",)), S(2, 3, "97530", 3, ("GO",)), S(2, 3, "97112", 1, ("GO", "59")),
            S(2, 10, "97530", 3, ("GO", "KX")), S(2, 10, "97535", 1, ("GO",))]
    maeve = [S(1, 8, "92523", 1, ("GN",)), S(1, 15, "92507", 1, ("GN",)), S(1, 22, "92507", 1, ("GN",)),
             S(1, 29, "92507", 1, ("GN", "KX"))]
    claims = [
        ("Dana R. Whitcomb (Self)", "Dana R. Whitcomb", "Northgate Physical Therapy", "26-009-1187-00", "NPT-7741-2",
         dana),
        ("Owen Whitcomb (Son)", "Owen Whitcomb", "Lakeside Pediatric Therapy", "26-011-0482-00", "LPT-30917", owen),
        ("Maeve Whitcomb (Daughter)", "Maeve Whitcomb", "Talk Tree Speech & Language", "26-014-2290-00",
         "TT-004418", maeve),
    ]
    for *_, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="204")
            s.remarks = ["R4"] if s.denied else (["R2"] if s.deductible else ["R1"])
            if s.coinsurance and not s.deductible:
                s.remarks = ["R1", "R3"]
    return claims


def build_c1(out: Path, npages):
    path = out / "c1_tpa_claims_statement.pdf"
    d = Doc("reportlab", path, title="Claims Statement")
    F, FB = "LiberationSans", "LiberationSans-Bold"
    tr = Truth("c1_tpa_claims_statement", "reportlab",
               "TPA self-funded plan claims statement, three family members, claim continued onto page 2")
    claims = c1_data()
    xs, x = [], 30
    for c in C1_COLS:
        xs.append(x)
        x += c[2]

    def furniture():
        d.page()
        d.t(30, 40, "MERIDIAN BENEFIT ADMINISTRATORS", FB, 13)
        d.t(30, 52, "Claims administrator for the Harlow Tool & Die Co. Employee Health Plan (self-funded)", F, 7.5)
        d.t(582, 40, "CLAIMS STATEMENT", FB, 12, "r")
        d.t(582, 52, "THIS IS NOT A BILL", FB, 8, "r")
        d.hl(30, 582, 58, 1.2)
        d.t(30, 770, "Meridian Benefit Administrators processes claims for your employer's plan; it does not insure "
            "the plan. Keep this statement for your records.", F, 6.5, gray=0.3)
        d.t(582, 780, f"Page {d.pageno} of {npages or 0}", F, 7, "r")

    def colhead(y):
        d.box(30, y, 552, 20, fill=0.85, stroke=False)
        for (k, h, w, al), x0 in zip(C1_COLS, xs):
            for i, part in enumerate(h.split("\n")):
                xx = x0 + w - 2 if al == "r" else x0 + 2
                d.t(xx, y + 8 + i * 8, part, FB, 6.3, al)
        return y + 28

    furniture()
    d.t(30, 76, "Dana R. Whitcomb", F, 9)
    d.t(30, 87, "1187 Sorrel Ridge Dr", F, 9)
    d.t(30, 98, "Harlow, IN 46999", F, 9)
    d.box(330, 68, 252, 62)
    for i, (a, b) in enumerate((("Employee:", "Dana R. Whitcomb"), ("Member ID:", "HTD4471902"),
                                ("Group:", "HTD-0042 Harlow Tool & Die"), ("Statement date:", "02/18/2026"),
                                ("Customer service:", "1-800-555-0173"))):
        d.t(336, 79 + i * 11, a, FB, 7.5)
        d.t(420, 79 + i * 11, b, F, 7.5)
    allsv = [s for *_, sv in claims for s in sv]
    d.t(30, 146, "Summary of claims on this statement", FB, 9)
    summ = (("Total provider charges", tot(allsv, "billed")), ("Total plan payment", tot(allsv, "paid")),
            ("Total member responsibility", tot(allsv, "owes")))
    for i, (a, v) in enumerate(summ):
        d.t(30 + i * 184, 160, a, F, 7.5)
        d.t(30 + i * 184, 172, money(v), FB, 10)
    d.t(30, 188, "2026 family deductible: $500.00   Met to date: $500.00   Family out-of-pocket maximum: "
        "$6,000.00   Met to date: $1,146.35", F, 7)
    d.box(30, 198, 552, 58, fill=0.97)
    d.t(36, 210, "Messages from your plan", FB, 8)
    for i, m in enumerate(("Starting March 1, 2026, therapy visits beyond 30 per year need a treatment plan on file "
                           "before the visit. Your provider can send it to us.",
                           "Your plan covers a yearly wellness visit at no cost when you use an in-network doctor.",
                           "Save money: ask your therapist whether a home exercise program can replace some visits.")):
        d.t(36, 222 + i * 10, m, F, 7)
    y = 268
    bottom = 740

    for label, patient, prov, clm, acct, svcs in claims:
        if y + 90 > bottom:
            furniture()
            y = 74
        d.box(30, y, 552, 26, fill=0.93)
        d.t(34, y + 10, f"Patient: {label}", FB, 7.5)
        d.t(200, y + 10, f"Provider: {prov}", F, 7.5)
        d.t(420, y + 10, f"Claim #: {clm}", FB, 7.5)
        d.t(34, y + 21, f"Patient Acct #: {acct}", F, 7.5)
        d.t(200, y + 21, "Network status: In network", F, 7.5)
        d.t(420, y + 21, "Processed: 02/16/2026", F, 7.5)
        y = colhead(y + 30)
        for s in svcs:
            if y + 22 > bottom:
                furniture()
                y = 74
                d.box(30, y, 552, 14, fill=0.93)
                d.t(34, y + 10, f"Patient: {label}   Claim #: {clm}   (continued)", FB, 7.5)
                y = colhead(y + 18)
            vals = {"dates": dfmt(s.dos, "mdy2"), "proc": "-".join((s.code,) + s.mods),
                    "qty": G.units_str(s.units), "remark": " ".join(s.remarks)}
            for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                      "paid", "owes"):
                vals[k] = money(getattr(s, k), ",")
            for (k, h, w, al), x0 in zip(C1_COLS, xs):
                d.t(x0 + w - 2 if al == "r" else x0 + 2, y, vals[k], F, 6.8, al)
            d.t(xs[1] + 2, y + 8, s.desc, F, 6.0, gray=0.35)
            tr.line(d.pageno, s, claim_id=acct, payer_claim_id=clm, patient=patient,
                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks)
            y += 19
        d.hl(30, 582, y - 7, 0.6)
        vals = {k: money(tot(svcs, k), ",") for k in ("billed", "discount", "not_covered", "allowed", "deductible",
                                                       "copay", "coinsurance", "paid", "owes")}
        d.t(32, y + 2, "Claim Totals", FB, 6.8)
        for (k, h, w, al), x0 in zip(C1_COLS, xs):
            if k in vals:
                d.t(x0 + w - 2, y + 2, vals[k], FB, 6.8, "r")
        tr.claim(acct, clm, patient, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                 paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes"))
        y += 22
    legend = [("R1", "The plan discount is the amount your provider agreed to accept below its charge."),
              ("R2", "This amount counts toward your calendar-year deductible."),
              ("R3", "Your plan pays 80% of the allowance after the deductible; you pay the rest."),
              ("R4", "Benefit limit for this kind of therapy has been used up for the year; the charge is yours.")]
    if y + 70 > bottom:
        furniture()
        y = 74
    d.t(30, y + 4, "Remark Code Explanations", FB, 8)
    for i, (c, tx) in enumerate(legend):
        d.t(30, y + 16 + i * 10, c, FB, 7)
        d.t(56, y + 16 + i * 10, tx, F, 7)
    tr.legend = legend
    d.t(30, y + 64, "You may ask for a review of any decision within 180 days of this statement. Write to "
        "Meridian Benefit Administrators, Appeals Unit, PO Box 55190, Harlow, IN 46999.", F, 6.5)
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ c2
def c2_data():
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    stv = PlanState(ded_left=ZERO, visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.70"))
    nora = [S(1, 7, "97166", 1, ("GO",)), S(1, 7, "97760", 1, ("GO",)), S(1, 7, "L3807", 1, ("RT",)),
            S(1, 14, "97760", 2, ("GO",)), S(1, 14, "97140", 1, ("GO",))]
    for s in nora:
        s.desc = G.LONG_DESC.get(s.code, s.desc)
    ama = [S(1, 9, "97161", 1, ("GP",)), S(1, 9, "97110", 2, ("GP",)), S(1, 16, "97112", 2, ("GP",)),
           S(1, 16, "97110", 1, ("GP", "59")), S(1, 23, "97750", 1, ("GP",), denied="PR")]
    yaw = [S(1, 12, "92507", 1, ("GN",)), S(1, 19, "92507", 1, ("GN",))]
    kofi = [S(1, 21, "99213", 1), S(1, 21, "29125", 1, ("LT",))]
    for s in nora + ama + yaw:
        G.commercial(s, st, deny_reason="96")
    for s in kofi:
        G.commercial(s, stv)
    # reprocessed December claim: the original reversed, then paid again with a corrected allowance
    orig = S(1, 2, "97530", 2, ("GO",))
    G.commercial(orig, PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.60")))
    rev = G.negate(orig)
    redo = S(1, 2, "97530", 2, ("GO",))
    G.commercial(redo, PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74")))
    for s in nora + ama + yaw + kofi + [rev, redo]:
        s.remarks = ["N3"] if s.denied else (["D1"] if s.deductible else (["C2"] if s.copay else ["S1"]))
    rev.remarks, redo.remarks = ["X7"], ["X8"]
    return [
        ("Nora Adeyemi-Cross", "Brightwater Hand & Upper Limb Therapy", "8K3XW09D2214", "BW-2026-00815", nora),
        ("Ama Adeyemi-Cross", "Summit Kids Physical Therapy", "8K3XW11F0930", "SKPT-61200", ama),
        ("Yaw Adeyemi-Cross", "Clearvoice Speech Studio", "8K3XW12A4471", "CV-3391", yaw),
        ("Kofi Adeyemi-Cross", "Pinecrest Orthopedic Associates", "8K3XW14C0028", "POA-118204", kofi),
        ("Nora Adeyemi-Cross", "Brightwater Hand & Upper Limb Therapy", "8K3XW15R0007", "BW-2025-00790",
         [rev, redo]),
    ]


C2_COLS = [("date", "Date of\nService", 42, "l"), ("desc", "Service\nDescription", 96, "l"),
           ("code", "Service\nCode", 44, "l"), ("billed", "Amount\nBilled", 40, "r"),
           ("discount", "Network\nSavings", 40, "r"), ("allowed", "Amount\nAllowed", 40, "r"),
           ("not_covered", "Not\nCovered", 38, "r"), ("paid", "Plan\nPaid", 40, "r"),
           ("deductible", "Deduct-\nible", 36, "r"), ("copay", "Copay", 34, "r"),
           ("coinsurance", "Coin-\nsurance", 38, "r"), ("owes", "What\nYou Owe", 40, "r"), ("note", "Note", 22, "l")]


def build_c2(out: Path, npages):
    path = out / "c2_epo_sidebar_eob.pdf"
    d = Doc("fpdf2", path, landscape=True, title="Explanation of Benefits")
    F = "DejaVuSerif"
    FB = "DejaVuSerif-Bold"
    tr = Truth("c2_epo_sidebar_eob", "fpdf2", "EPO member EOB with sidebar, four family members, reprocessed claim,"
               " planted total mismatch")
    claims = c2_data()
    X0 = 212
    xs, x = [], X0
    for c in C2_COLS:
        xs.append(x)
        x += c[2]
    XR = x

    def sidebar(first):
        d.box(20, 20, 178, 572, fill=0.92, stroke=False)
        d.t(30, 44, "PINECREST", FB, 14)
        d.t(30, 58, "HEALTH PLAN", F, 10)
        d.t(30, 80, "Explanation of Benefits", FB, 9)
        d.t(30, 92, "THIS IS NOT A BILL", FB, 7.5)
        info = [("Subscriber", "Kofi Adeyemi-Cross"), ("Member ID", "PHX 880 417 22"), ("Plan", "Pinecrest EPO 2500"),
                ("Group", "Lanternfield Schools #4471"), ("Statement date", "February 20, 2026")]
        for i, (a, b) in enumerate(info):
            d.t(30, 114 + i * 22, a, F, 6.5, gray=0.35)
            d.t(30, 123 + i * 22, b, F, 7.5)
        if first:
            d.t(30, 240, "Your 2026 family deductible", FB, 7.5)
            d.box(30, 246, 150, 8, fill=1.0)
            d.box(30, 246, 102, 8, fill=0.45, stroke=False)
            d.t(30, 264, "$1,700.00 met of $2,500.00", F, 7)
            d.t(30, 284, "Out-of-pocket maximum", FB, 7.5)
            d.box(30, 290, 150, 8, fill=1.0)
            d.box(30, 290, 31, 8, fill=0.45, stroke=False)
            d.t(30, 308, "$1,964.20 met of $9,400.00", F, 7)
            d.t(30, 336, "Questions?", FB, 7.5)
            for i, s in enumerate(("Call Member Services at", "1-800-555-0148 (TTY 711),", "Mon-Fri 8 a.m. to 8 p.m.",
                                   "or sign in to your member", "account online.")):
                d.t(30, 348 + i * 10, s, F, 7)
        else:
            d.t(30, 240, "What the notes mean", FB, 7.5)
            yy = 254
            for c, tx in NOTES_C2:
                lines = d.wrap(tx, F, 6.5, 130)
                d.t(30, yy, c, FB, 6.5)
                for j, ln in enumerate(lines):
                    d.t(48, yy + j * 8.5, ln, F, 6.5)
                yy += 8.5 * len(lines) + 5
        d.t(XR, 600, f"Page {d.pageno} of {npages or 0}", F, 7, "r")

    def colhead(y):
        d.hl(X0, XR, y - 2, 0.8)
        for (k, h, w, al), x0 in zip(C2_COLS, xs):
            for i, part in enumerate(h.split("\n")):
                d.t(x0 + w - 2 if al == "r" else x0 + (6 if k == "note" else 1), y + 7 + i * 7.5, part, FB, 6, al)
        d.hl(X0, XR, y + 19, 0.8)
        return y + 28

    d.page()
    sidebar(True)
    d.t(X0, 40, "Claims processed for your family", FB, 11)
    d.t(X0, 54, "January 20, 2026 through February 19, 2026", F, 8)
    y = 72
    bottom = 570
    allrows = []
    for n_, (patient, prov, clm, acct, svcs) in enumerate(claims):
        need = 46 + 18 * len(svcs)
        if y + need > bottom:
            d.page()
            sidebar(False)
            y = 40
        d.box(X0, y, XR - X0, 15, fill=0.8, stroke=False)
        head = f"Patient: {patient}  |  Provider: {prov}  |  Claim ID {clm}  |  Patient account no. {acct}"
        hs = 6.8
        while d.width(head, FB, hs) > XR - X0 - 8:
            hs -= 0.1
        d.t(X0 + 4, y + 10, head, FB, hs)
        y += 17
        if n_ == 4:
            d.t(X0 + 4, y + 6, "This claim was reprocessed. The original payment is reversed below and the "
                "service is paid again at the corrected network rate.", F, 6.5)
            y += 10
        y = colhead(y + 4)
        for s in svcs:
            desc = d.wrap(s.desc, F, 6.3, C2_COLS[1][2] - 4)
            vals = {"date": dfmt(s.dos, "mdy2"), "code": " ".join((s.code,) + s.mods), "note": " ".join(s.remarks)}
            for k in ("billed", "discount", "allowed", "not_covered", "paid", "deductible", "copay", "coinsurance",
                      "owes"):
                vals[k] = money(getattr(s, k), "$")
            for (k, h, w, al), x0 in zip(C2_COLS, xs):
                if k == "desc":
                    for j, ln in enumerate(desc):
                        d.t(x0 + 1, y + j * 7.5, ln, F, 6.3)
                else:
                    d.t(x0 + w - 2 if al == "r" else x0 + (6 if k == "note" else 1), y, vals[k], F, 6.3, al)
            tr.line(d.pageno, s, claim_id=acct, payer_claim_id=clm, patient=patient, units=False,
                    printed=("billed", "discount", "allowed", "not_covered", "paid", "deductible", "copay",
                             "coinsurance", "patient_owes"), remarks=s.remarks)
            y += max(1, len(desc)) * 7.5 + 4
        totals = {k: tot(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "paid", "deductible",
                                             "copay", "coinsurance", "owes")}
        printed_owes = totals["owes"]
        if clm == "8K3XW11F0930":
            printed_owes = totals["owes"] + Decimal("10.00")
            tr.findings.append(f"claim-total-mismatch claim {clm}: printed What You Owe total "
                               f"{printed_owes:.2f} but the lines add up to {totals['owes']:.2f}")
        d.hl(X0, XR, y - 5, 0.5)
        d.t(xs[1] + 1, y + 3, "Claim totals", FB, 6.5)
        for (k, h, w, al), x0 in zip(C2_COLS, xs):
            if k in totals:
                v = printed_owes if k == "owes" else totals[k]
                d.t(x0 + w - 2, y + 3, money(v, "$"), FB, 6.3, "r")
        tr.claim(acct, clm, patient, billed=totals["billed"], allowed=totals["allowed"], paid=totals["paid"],
                 patient_owes=printed_owes)
        allrows.append(totals)
        y += 22
    tr.legend = NOTES_C2
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


NOTES_C2 = [("S1", "Network savings: the provider agreed to this lower rate with Pinecrest."),
            ("D1", "Part or all of the allowed amount went to your deductible."),
            ("C2", "A flat copay applies to this office visit; the plan paid the rest."),
            ("N3", "Not covered: testing of this kind needs approval before the visit. You may owe the charge."),
            ("X7", "Reversal of the earlier payment for this service."),
            ("X8", "Service paid again after the provider's rate was corrected.")]


# ============================================================================================ m1
M1_NOTES = [("A", "This amount is what Medicare approves for the service; the provider agreed to accept it."),
            ("B", "Medicare paid 80% of the approved amount after the deductible, less a 2% federal payment cut."),
            ("C", "You are in the Qualified Medicare Beneficiary (QMB) program. You do not owe the deductible or "
                  "coinsurance for this service. The provider may not bill you."),
            ("D", "Part of the approved amount went to your yearly Part B deductible; as a QMB you do not pay it."),
            ("E", "Medicare does not pay for this service because the records did not show it was needed. You do "
                  "not owe anything because the provider did not give you a written notice first.")]


def m1_data():
    st = PlanState(ded_left=Decimal("283.00"), coins_rate=Decimal("0.20"))
    rb, hp = ("Riverbend Outpatient Rehabilitation", "4410 Quarry Rd, Elmstead, OH 45990", "(555) 014-2290"), \
        ("Harrow Park Hand Therapy", "19 Linden Ct, Suite 3, Elmstead, OH 45991", "(555) 014-7718")
    claims = [
        (date(2026, 1, 8), rb, "Priya Lantz", "26008-41877-201", [S(1, 8, "97167", 1), S(1, 8, "97535", 1)]),
        (date(2026, 1, 22), rb, "Priya Lantz", "26022-41877-944",
         [S(1, 22, "97530", 2), S(1, 22, "97110", 1), S(1, 22, "97535", 1)]),
        (date(2026, 2, 12), hp, "Tomas Erdely", "26043-50120-118",
         [S(2, 12, "97168", 1), S(2, 12, "97760", 1), S(2, 12, "97140", 1), S(2, 12, "97533", 1, denied="CO")]),
        (date(2026, 3, 5), rb, "Priya Lantz", "26064-41877-530", [S(3, 5, "97530", 3), S(3, 5, "G0283", 1)]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            G.medicare(s, st)
            s.owes = ZERO  # QMB: the notice prints $0.00 as the most the member may be billed
            s.remarks = ["E"] if s.denied else (["A", "D", "C"] if s.deductible else ["A", "B", "C"])
    return claims


def build_m1(out: Path, npages):
    path = out / "m1_msn_qmb.pdf"
    d = Doc("reportlab", path, title="Medicare Summary Notice")
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    tr = Truth("m1_msn_qmb", "reportlab", "Medicare Summary Notice Part B, QMB beneficiary, quarterly, a denial")
    claims = m1_data()
    patient = "Rosalind T. Okonjo-Bray"

    def foot():
        d.t(40, 770, "Rosalind T. Okonjo-Bray", F, 7.5)
        d.t(306, 770, "Medicare Summary Notice for Part B", F, 7.5, "c")
        d.t(572, 770, f"Page {d.pageno} of {npages or 0}", F, 7.5, "r")

    d.page()
    d.t(40, 50, "Medicare Summary Notice", FB, 18)
    d.t(40, 66, "for Part B (Medical Insurance)", F, 11)
    d.t(40, 84, "Your statement of Part B claims for the quarter. THIS IS NOT A BILL.", F, 8.5)
    d.t(40, 120, "ROSALIND T. OKONJO-BRAY", F, 9)
    d.t(40, 131, "77 ALDER HOLLOW LN APT 2B", F, 9)
    d.t(40, 142, "ELMSTEAD OH 45990-1127", F, 9)
    d.box(330, 104, 242, 70, fill=0.93)
    for i, (a, b) in enumerate((("Medicare Number", "XXX-XX-7Q42"), ("Date of this notice", "April 6, 2026"),
                                ("Claims processed from", "January 1 - March 31, 2026"),
                                ("Customer service", "1-800-555-0192 (TTY 711)"))):
        d.t(338, 118 + i * 15, a, F, 7.5)
        d.t(564, 118 + i * 15, b, FB, 7.5, "r")
    d.box(40, 196, 250, 150)
    d.t(50, 214, "Your Deductible Status", FB, 11)
    for i, s_ in enumerate(("Your deductible is what you must pay for",
                            "covered services each year before Medicare",
                            "pays. As a QMB member, the state pays it.",
                            "", "You have met the Part B deductible", "of $283.00 for 2026.")):
        d.t(50, 232 + i * 12, s_, F, 8)
    d.box(310, 196, 262, 150)
    d.t(320, 214, "Your Claims & Costs This Period", FB, 11)
    d.t(320, 236, "Did Medicare approve all services?", F, 8.5)
    d.t(562, 236, "NO", FB, 9, "r")
    d.t(320, 252, "Number of services Medicare denied", F, 8.5)
    d.t(562, 252, "1", FB, 9, "r")
    d.t(320, 268, "See claims starting on page 2.", F, 8)
    d.t(320, 296, "Total You May Be Billed", FB, 10)
    d.t(562, 296, "$0.00", FB, 14, "r")
    d.t(320, 314, "You are a Qualified Medicare Beneficiary.", F, 7.5)
    d.t(320, 325, "Providers may not bill you for Part B cost sharing.", F, 7.5)
    d.t(40, 372, "Providers with Claims This Period", FB, 11)
    for i, (dt, prov, *_r) in enumerate(claims):
        d.t(40, 390 + i * 14, f"{dt:%B} {dt.day}, {dt.year}", F, 8.5)
        d.t(190, 390 + i * 14, prov[0], F, 8.5)
    d.box(40, 470, 532, 84, fill=0.96)
    d.t(50, 488, "Be alert to fraud", FB, 10)
    for i, s_ in enumerate(("Check this notice against your own calendar. If a service is listed that you did not get,",
                            "call the customer service number above. Never give your Medicare Number to someone who",
                            "calls you unexpectedly offering free equipment or tests.")):
        d.t(50, 504 + i * 12, s_, F, 8)
    foot()

    cols = [("Service Provided & Billing Code", 40, "l"), ("Service\nApproved?", 268, "c"),
            ("Amount\nProvider\nCharged", 356, "r"), ("Medicare-\nApproved\nAmount", 420, "r"),
            ("Medicare\nPaid", 480, "r"), ("Maximum You\nMay Be\nBilled", 540, "r"), ("See\nNotes", 572, "r")]

    def newpage():
        d.page()
        d.t(40, 46, "Your Claims for Part B (Medical Insurance)", FB, 13)
        d.t(40, 60, "Part B covers services from doctors, therapists and other outpatient providers.", F, 8)
        foot()
        return 82

    y = newpage()
    bottom = 740
    for dt, prov, ref, clm, svcs in claims:
        if y + 70 + 14 * len(svcs) > bottom:
            y = newpage()
        d.hl(40, 572, y, 1.0)
        d.t(40, y + 14, f"{dt:%B} {dt.day}, {dt.year}", FB, 10)
        d.t(40, y + 27, f"{prov[0]}, {prov[2]}", F, 8)
        d.t(40, y + 37, prov[1], F, 8)
        d.t(330, y + 27, f"Referred by: {ref}", F, 8)
        d.t(330, y + 37, f"Claim number {clm}", F, 8)
        y += 48
        d.box(40, y, 532, 30, fill=0.88, stroke=False)
        for h, x, al in cols:
            for i, part in enumerate(h.split("\n")):
                d.t(x + (4 if al == "l" else 0), y + 9 + i * 8, part, FB, 6.8, al)
        y += 42
        for s in svcs:
            d.t(44, y, f"{s.desc} ({s.code})", F, 7.8)
            d.t(268, y, "No" if s.denied else "Yes", F, 7.8, "c")
            for (h, x, al), v in zip(cols[2:6], (s.billed, s.allowed, s.paid, s.owes)):
                d.t(x, y, money(v), F, 7.8, "r")
            d.t(572, y, ", ".join(s.remarks), F, 7.8, "r")
            tr.line(d.pageno, s, claim_id=None, payer_claim_id=clm, patient=patient, units=False, modifiers=False,
                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            y += 14
        d.hl(40, 572, y - 9, 0.4)
        d.t(44, y + 1, "Total for this claim", FB, 7.8)
        for (h, x, al), k in zip(cols[2:6], ("billed", "allowed", "paid", "owes")):
            d.t(x, y + 1, money(tot(svcs, k)), FB, 7.8, "r")
        tr.claim(None, clm, patient, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                 paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes"))
        y += 22
    if y + 160 > bottom:
        y = newpage()
    d.t(40, y + 10, "Notes for Claims Above", FB, 11)
    y += 26
    for c, tx in M1_NOTES:
        lines = d.wrap(tx, F, 8, 500)
        d.t(40, y, c, FB, 8)
        for j, ln in enumerate(lines):
            d.t(58, y + j * 11, ln, F, 8)
        y += 11 * len(lines) + 4
    tr.legend = M1_NOTES
    d.t(40, y + 12, "How to appeal: ask for a review within 120 days of the date of this notice. Circle the "
        "services you disagree with and sign the form on the last page.", F, 7.5)
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ m2
M2_NOTES = [("1", "Your plan paid its share; Medicaid paid the rest of the approved amount. You owe nothing."),
            ("2", "Paid under your plan's in-network therapy benefit."),
            ("3", "Not paid: the plan needed a referral on file for this service. The provider may not bill you."),
            ("4", "Approved amount for covered equipment, fitted in the office.")]


def m2_data():
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    ther = [S(1, 6, "97166", 1, ("GO",))]
    for dd in (8, 13, 15, 20, 22, 27):
        ther.append(S(1, dd, "97530", 2 if dd % 2 else 3, ("GO",)))
        ther.append(S(1, dd, "97535" if dd < 20 else "97112", 1, ("GO",)))
    ther.append(S(1, 29, "97533", 1, ("GO",), denied="CO"))
    ther.append(S(1, 29, "97168", 1, ("GO",)))
    pcp = [S(1, 9, "99213", 1), S(1, 9, "29125", 1, ("RT",))]
    dme = [S(1, 14, "L3807", 1, ("RT",)), S(1, 14, "97760", 1, ("GO",))]
    for s in ther + pcp + dme:
        G.medicare(s, st, sequestration=False, deny_reason="197")
        s.owes = ZERO
        s.remarks = ["3"] if s.denied else (["4", "1"] if s.code == "L3807" else (["2", "1"] if s.code.startswith("97") else ["1"]))
    return [("Dr. Imelda Sorensen, Family Medicine", "26-0116-102277", "SOR-55710", pcp),
            ("Bayline Orthotics & Bracing", "26-0121-009314", "BOB-7720-1", dme),
            ("Cedar Point Therapy Group", "26-0113-448120", "CPT-88172", ther)]


def build_m2(out: Path, npages):
    path = out / "m2_dsnp_member_eob.pdf"
    d = Doc("fpdf2", path, title="Explanation of Benefits")
    F, FB = "Helvetica", "Helvetica-Bold"
    tr = Truth("m2_dsnp_member_eob", "fpdf2",
               "Medicare Advantage D-SNP member EOB, Medicaid share column, long claim continued on page 2")
    claims = m2_data()
    patient = "Teodoro Vance-Ilunga"
    allsv = [s for *_, sv in claims for s in sv]
    cols = [("Date", 40, "l", 48), ("Service", 88, "l", 150), ("Code", 238, "l", 52), ("Qty", 300, "r", 20),
            ("Amount\nbilled", 352, "r", 0), ("Plan\napproved", 404, "r", 0), ("Plan\npaid", 452, "r", 0),
            ("Medicaid\npaid", 500, "r", 0), ("Your\nshare", 540, "r", 0), ("Note", 548, "l", 0)]

    def furniture():
        d.page()
        d.box(40, 28, 532, 30, fill=0.25, stroke=False)
        d.t(48, 47, "HARBOR CREST DUAL ADVANTAGE (HMO D-SNP)", FB, 11, gray=1.0)
        d.t(564, 47, "Explanation of Benefits", F, 9, "r", gray=1.0)
        d.t(40, 758, "Harbor Crest Dual Advantage is an HMO D-SNP plan with a Medicare contract and a contract "
            "with the state Medicaid program. H9988_EOB26_M", F, 6.5, gray=0.35)
        d.t(572, 772, f"Page {d.pageno} of {npages or 0}", F, 7, "r")

    def colhead(y):
        d.hl(40, 572, y, 0.8)
        for h, x, al, _w in cols:
            for i, part in enumerate(h.split("\n")):
                d.t(x, y + 9 + i * 8, part, FB, 7, al)
        d.hl(40, 572, y + 22, 0.5)
        return y + 33

    furniture()
    d.t(40, 80, "TEODORO VANCE-ILUNGA", F, 9)
    d.t(40, 91, "2204 BRACKEN WAY UNIT 6", F, 9)
    d.t(40, 102, "PORT ELLERY ME 04999", F, 9)
    for i, (a, b) in enumerate((("Member name", patient), ("Member ID", "HCD-90017244"),
                                ("Claims processed", "January 1 - January 31, 2026"), ("Date sent", "February 9, 2026"))):
        d.t(340, 80 + i * 11, a, F, 7.5)
        d.t(572, 80 + i * 11, b, FB, 7.5, "r")
    d.t(40, 132, "This is not a bill. It tells you what we and Medicaid paid for your covered services.", FB, 9)
    d.t(40, 156, "Part 1: Summary of your medical claims", FB, 11)
    heads = ("", "Amount providers billed", "Plan's share", "Medicaid's share", "Your share")
    ytd_b, ytd_p, ytd_m = tot(allsv, "billed") + Decimal("412.00"), tot(allsv, "paid") + Decimal("171.22"), \
        tot(allsv, "coinsurance") + Decimal("42.81")
    rows = (("This month", tot(allsv, "billed"), tot(allsv, "paid"), tot(allsv, "coinsurance"), ZERO),
            ("Year to date (2026)", ytd_b, ytd_p, ytd_m, ZERO))
    for i, h in enumerate(heads):
        d.t(40 + i * 110 + (100 if i else 0), 174, h, FB, 7.5, "r" if i else "l")
    for r, row in enumerate(rows):
        d.t(40, 188 + r * 12, row[0], F, 8)
        for i, v in enumerate(row[1:], start=1):
            d.t(40 + i * 110 + 100, 188 + r * 12, money(v), F, 8, "r")
    d.box(40, 222, 532, 34, fill=0.95)
    d.t(48, 235, "Did you know? Your plan includes rides to therapy visits at no cost. Call 1-800-555-0131 two days", F, 8)
    d.t(48, 246, "before your visit to schedule a ride.", F, 8)
    d.t(40, 276, "Part 2: Your medical claims, one claim at a time", FB, 11)
    y = 290
    bottom = 735
    for prov, clm, acct, svcs in claims:
        if y + 90 > bottom:
            furniture()
            y = 76
        d.box(40, y, 532, 24, fill=0.9, stroke=False)
        d.t(44, y + 10, f"Claim number {clm}", FB, 8)
        d.t(200, y + 10, f"Provider: {prov} (in network)", F, 8)
        d.t(44, y + 20, f"Patient account number: {acct}", F, 7.5)
        d.t(200, y + 20, "Claim received January 30, 2026    Processed February 4, 2026", F, 7.5)
        y = colhead(y + 28)
        for s in svcs:
            if y + 12 > bottom:
                furniture()
                y = 76
                d.t(40, y, f"Claim number {clm} (continued)  -  {prov}", FB, 8)
                y = colhead(y + 6)
            vals = [dfmt(s.dos, "mon"), s.desc, " ".join((s.code,) + s.mods), G.units_str(s.units),
                    money(s.billed), money(s.allowed), money(s.paid), money(s.coinsurance), money(s.owes),
                    ", ".join(s.remarks)]
            for (h, x, al, _w), v in zip(cols, vals):
                d.t(x, y, v, F, 7.3, al)
            tr.line(d.pageno, s, claim_id=acct, payer_claim_id=clm, patient=patient,
                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            y += 15
        d.hl(40, 572, y - 10, 0.4)
        d.t(88, y + 1, "Claim total", FB, 7.3)
        for (h, x, al, _w), k in zip(cols[4:9], ("billed", "allowed", "paid", "coinsurance", "owes")):
            d.t(x, y + 1, money(tot(svcs, k)), FB, 7.3, "r")
        tr.claim(acct, clm, patient, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"),
                 paid=tot(svcs, "paid"), patient_owes=tot(svcs, "owes"))
        y += 24
    if y + 90 > bottom:
        furniture()
        y = 76
    d.t(40, y, "Notes about your claims", FB, 9)
    for i, (c, tx) in enumerate(M2_NOTES):
        d.t(40, y + 13 + i * 11, c, FB, 7.5)
        d.t(54, y + 13 + i * 11, tx, F, 7.5)
    tr.legend = M2_NOTES
    d.t(40, y + 70, "If you disagree with a decision, you can ask for an appeal within 65 days. Call Member "
        "Services at 1-800-555-0131, 7 days a week.", F, 7.5)
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ r1
R1_EOB = [("0102", "PAID AT THE PROGRAM MAXIMUM FEE. DIFFERENCE IS NOT BILLABLE TO THE RECIPIENT."),
          ("0215", "OTHER INSURANCE PAYMENT SUBTRACTED FROM THE PROGRAM ALLOWANCE."),
          ("0417", "SERVICE NEEDS A PRIOR APPROVAL NUMBER THAT IS NOT ON FILE FOR THESE DATES."),
          ("0640", "THERAPY UNITS OVER THE DAILY LIMIT FOR THIS PROCEDURE."),
          ("0900", "CREDIT: PRIOR PAYMENT TAKEN BACK. SEE THE RE-BILLED CLAIM BELOW."),
          ("0901", "RE-BILLED CLAIM PAID AFTER CORRECTION OF UNITS.")]


def r1_data():
    lila = []
    for dd in (5, 6, 8, 12, 13, 15, 19, 20, 22, 26, 27, 29):
        lila.append(S(1, dd, "97530", 3 if dd % 2 else 4, ("GO",)))
        lila.append(S(1, dd, "97533" if dd < 15 else "97112", 1, ("GO",)))
    for sv in lila:
        G.medicaid(sv)
        sv.remarks = ["0102"]
        sv.tpl = ZERO
    jos = [S(1, 7, "92523", 1, ("GN",)), S(1, 14, "92507", 1, ("GN",)), S(1, 21, "92507", 1, ("GN",)),
           S(1, 28, "92507", 1, ("GN",))]
    for i, sv in enumerate(jos):
        G.medicaid(sv)
        sv.tpl = Decimal("40.00") if i in (1, 2) else ZERO
        sv.paid = sv.allowed - sv.tpl
        sv.remarks = ["0102", "0215"] if sv.tpl else ["0102"]
    maya = [S(1, 12, "97166", 1, ("GO",)), S(1, 12, "97530", 2, ("GO",)), S(1, 12, "97535", 1, ("GO",))]
    quinn = [S(1, 16, "92507", 1, ("GN",)), S(1, 23, "92507", 1, ("GN",)), S(1, 30, "92507", 1, ("GN",)),
             S(1, 30, "97530", 6, ("GO",))]
    for sv in maya + quinn:
        G.medicaid(sv)
        sv.remarks = ["0102"]
        sv.tpl = ZERO
    quinn[-1].allowed = q(Decimal(G.SCHED["97530"]) * 4)
    quinn[-1].paid = quinn[-1].allowed
    quinn[-1].remarks = ["0102", "0640"]
    ada = [S(1, 9, "97165", 1, ("GO",), denied="CO"), S(1, 9, "97530", 2, ("GO",), denied="CO")]
    for sv in ada:
        G.medicaid(sv, deny_reason="197")
        sv.remarks = ["0417"]
        sv.tpl = ZERO
    old = [S(12, 18, "97530", 4, ("GO",)), S(12, 18, "97110", 5, ("GO",))]
    for sv in old:
        sv.dos = date(2025, 12, 18)
        G.medicaid(sv)
    cred = [G.negate(sv) for sv in old]
    for sv in cred:
        sv.remarks = ["0900"]
        sv.tpl = ZERO
    new = [S(12, 18, "97530", 4, ("GO",)), S(12, 18, "97110", 4, ("GO",))]
    for sv in new:
        sv.dos = date(2025, 12, 18)
        G.medicaid(sv)
        sv.remarks = ["0901"]
        sv.tpl = ZERO
    return [
        ("PAID", [("BELLAMY, JOSIAH T", "44190058812", "KV-10513", "2026033000418", jos),
                  ("ESPINAL-OKORO, MAYA", "44190070145", "KV-10530", "2026033000421", maya),
                  ("FAIRWEATHER, QUINN A", "44190033908", "KV-10544", "2026033000422", quinn),
                  ("ACOSTA-WREN, LILA M", "44190027731", "KV-10482", "2026033000417", lila)]),
        ("DENIED", [("CHO-MARQUEZ, ADA", "44190061190", "KV-10520", "2026033000419", ada)]),
        ("ADJUSTED", [("DUVALL, REMY K", "44190012264", "KV-09877", "2025352000882", cred),
                      ("DUVALL, REMY K", "44190012264", "KV-09877", "2026033000420", new)]),
    ]


def build_r1(out: Path, npages):
    path = out / "r1_medicaid_ra_lineprinter.pdf"
    d = Doc("fpdf2", path, landscape=True, title="Remittance Advice")
    F, FS = "Courier", 7.4
    tr = Truth("r1_medicaid_ra_lineprinter", "fpdf2",
               "state Medicaid RA, line-printer style, paid/denied/adjusted sections, claim continued on page 2")
    sections = r1_data()
    LH = 11.0
    state = {"y": 0.0, "section": ""}
    H1 = f"{'RECIPIENT NAME':<24}{'RECIP ID':<14}{'PATIENT ACCT':<15}{'ICN':<16}"
    H2 = (f"  {'LN':<3}{'FROM':<7}{'TO':<7}{'PROC':<6}{'M1':<3}{'M2':<3}{'UNITS':>7}{'BILLED':>11}{'ALLOWED':>11}"
          f"{'COPAY':>8}{'TPL':>9}{'PAID':>11}  EOB CODES")

    def w(txt, bold=False):
        d.t(26, state["y"], txt, "Courier-Bold" if bold else F, FS)
        state["y"] += LH

    def page_head():
        d.page()
        state["y"] = 34
        w(f"NEW ALDEN MEDICAL ASSISTANCE PROGRAM{'':<22}REMITTANCE ADVICE{'':<30}RUN DATE 02/06/26   PAGE {d.pageno:>3}"
          f" OF {npages or 0:>3}", True)
        w(f"PROVIDER: KESTREL VALLEY PEDIATRIC THERAPY LLC{'':<8}PROVIDER NO 7004418201{'':<5}RA NO 0004471822"
          f"{'':<5}WARRANT NO 88120447")
        w("-" * 150)

    def section_head(name, cont=False):
        w(f"CLAIM TYPE: PROFESSIONAL   CLAIM STATUS: {name}{'  (CONTINUED)' if cont else ''}", True)
        w(H1)
        w(H2)
        w("-" * 150)

    def need(n):
        if state["y"] + n * LH > 570:
            page_head()
            return True
        return False

    def m(v):
        return money(v, ",", "trail")

    page_head()
    for name, claims in sections:
        need(8)
        state["y"] += 4
        section_head(name)
        for rname, rid, acct, icn, svcs in claims:
            if need(3):
                section_head(name, True)
            w(f"{rname:<24}{rid:<14}{acct:<15}{icn:<16}", True)
            for i, sv in enumerate(svcs, start=1):
                if need(2):
                    section_head(name, True)
                    w(f"{rname:<24}{rid:<14}{acct:<15}{icn:<16}  CLAIM CONTINUED", True)
                w(f"  {i:02d} {dfmt(sv.dos, 'mdy6'):<7}{dfmt(sv.dos, 'mdy6'):<7}{sv.code:<6}"
                  f"{(sv.mods + ('', ''))[0]:<3}{(sv.mods + ('', ''))[1]:<3}{sv.units:>7.2f}{m(sv.billed):>11}"
                  f"{m(sv.allowed):>11}{m(ZERO):>8}{m(sv.tpl):>9}{m(sv.paid):>11}  {' '.join(sv.remarks)}")
                sv.copay = ZERO
                tr.line(d.pageno, sv, claim_id=acct, payer_claim_id=icn, patient=rname, service_end=sv.dos,
                        printed=("billed", "allowed", "copay", "paid"), remarks=sv.remarks)
            tb, ta, tt, tp = (tot(svcs, k) for k in ("billed", "allowed", "tpl", "paid"))
            w(f"  {'CLAIM TOTAL':<39}{m(tb):>11}{m(ta):>11}{m(ZERO):>8}{m(tt):>9}{m(tp):>11}")
            tr.claim(acct, icn, rname, billed=tb, allowed=ta, paid=tp)
            state["y"] += 3
    allsv = [sv for _, cl in sections for *_, svs in cl for sv in svs]
    need(6 + len(R1_EOB))
    w("-" * 150)
    w("PAYMENT SUMMARY", True)
    npaid = sum(1 for nm, cl in sections for c in cl if nm != "DENIED" and tot(c[4], "paid") > 0)
    w(f"  CLAIMS PAID   {npaid:>3}   BILLED {m(sum((sv.billed for sv in allsv if sv.billed > 0), ZERO)):>11}"
      f"   PAID {m(sum((sv.paid for sv in allsv if sv.paid > 0), ZERO)):>11}")
    w(f"  CREDITS         1   AMOUNT {m(sum((sv.paid for sv in allsv if sv.paid < 0), ZERO)):>11}")
    w(f"  NET PAYMENT THIS WARRANT {m(tot(allsv, 'paid')):>13}")
    state["y"] += 4
    w("EOB CODE   DESCRIPTION", True)
    for c, tx in R1_EOB:
        w(f"  {c}     {tx}")
    tr.legend = R1_EOB
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ r2
R2_RARC = [("N54", "The claim did not carry the information needed to decide it."),
           ("MA130", "Claim cannot be appealed as sent; correct it and send it again."),
           ("N381", "Rate set by the state's contract with you.")]


def r2_data():
    imani = [S(1, 5, "97161", 1, ("GP",)), S(1, 5, "97110", 2, ("GP",)), S(1, 12, "97110", 2, ("GP",)),
             S(1, 12, "97140", 1, ("GP", "59")), S(1, 19, "97112", 2, ("GP",)), S(1, 19, "97110", 1, ("GP",))]
    seen = set()
    for sv in imani:
        G.medicaid(sv)
        sv.tpl = ZERO
        if sv.dos not in seen:
            seen.add(sv.dos)
            sv.copay = Decimal("1.00")
            sv.paid -= sv.copay
            sv.adjs.append(("PR", "3", sv.copay))
        sv.remarks = ["N381"]
    bast = [S(1, 6, "92523", 1, ("GN",)), S(1, 13, "92507", 1, ("GN",)), S(1, 20, "92507", 1, ("GN",)),
            S(1, 20, "92526", 1, ("GN",))]
    for i, sv in enumerate(bast):
        G.medicaid(sv)
        sv.tpl = Decimal("40.00") if i in (1, 2) else ZERO
        if sv.tpl:
            sv.paid -= sv.tpl
            sv.adjs.append(("OA", "23", sv.tpl))
        sv.remarks = []
    luc = [S(1, 8, "97165", 1, ("GO",), denied="CO"), S(1, 8, "97530", 2, ("GO",), denied="CO")]
    for sv in luc:
        G.medicaid(sv, deny_reason="16")
        sv.tpl = ZERO
        sv.remarks = ["N54", "MA130"]
    wes = [S(1, 14, "97166", 1, ("GO",)), S(1, 14, "97530", 2, ("GO",)), S(1, 21, "97530", 3, ("GO",)),
           S(1, 21, "97535", 1, ("GO", "CO"))]
    for sv in wes:
        G.medicaid(sv)
        sv.tpl = ZERO
        sv.remarks = ["N381"]
    return [("Imani Q. Strachan-Dell", "9021774436", "TSO-55021", "2603400115520001", "Paid", imani),
            ("Bastian Oyelaran-Pike", "9021880017", "TSO-55102", "2603400115520002", "Paid", bast),
            ("Lucinda Farro", "9021903345", "TSO-55117", "2603400115520003", "Denied", luc),
            ("Wesley Jun-Abara", "9021650078", "TSO-55140", "2603400115520004", "Paid", wes)]


def build_r2(out: Path, npages):
    path = out / "r2_medicaid_ra_tcn.pdf"
    d = Doc("reportlab", path, title="Provider Remittance Advice")
    F, FB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    tr = Truth("r2_medicaid_ra_tcn", "reportlab",
               "state Medicaid RA, boxed claim blocks by TCN, TPL and copay adjustments, a denied claim")
    claims = r2_data()
    cols = [("Ln", 14, "l"), ("Svc Date", 46, "l"), ("Procedure", 38, "l"), ("Mod", 30, "l"), ("Units", 24, "r"),
            ("Billed Amt", 42, "r"), ("Allowed Amt", 44, "r"), ("TPL Amt", 34, "r"), ("Copay Amt", 38, "r"),
            ("Paid Amt", 40, "r"), ("Adjustments (Grp-CARC Amt)", 140, "l"), ("RARC", 42, "l")]
    xs, x = [], 44
    for c in cols:
        xs.append(x)
        x += c[1]

    def furniture():
        d.page()
        d.t(40, 40, "Commonwealth of Wexford", FB, 12)
        d.t(40, 53, "Department of Medical Assistance Services  -  Provider Remittance Advice", F, 8.5)
        d.t(572, 40, f"Page {d.pageno} of {npages or 0}", F, 8, "r")
        d.box(40, 62, 532, 40)
        for i, (a, b) in enumerate((("Payee", "Tidewater Speech & Occupational Therapy"), ("NPI", "1902847361"),
                                    ("Remittance #", "202605-118834"))):
            d.t(46, 74 + i * 11, a, FB, 7.5)
            d.t(110, 74 + i * 11, b, F, 7.5)
        for i, (a, b) in enumerate((("Payment date", "02/04/2026"), ("EFT trace", "9918004471"),
                                    ("Payment amount", money(sum((sv.paid for *_, svs in claims for sv in svs), ZERO)
                                                             - Decimal("64.20"))))):
            d.t(380, 74 + i * 11, a, FB, 7.5)
            d.t(566, 74 + i * 11, b, F, 7.5, "r")
        return 116

    y = furniture()
    bottom = 735
    for rname, rid, acct, tcn, status, svcs in claims:
        h = 60 + 13 * len(svcs)
        if y + h > bottom:
            y = furniture()
        d.box(40, y, 532, h)
        d.box(40, y, 532, 14, fill=0.86)
        d.t(44, y + 10, f"TCN {tcn}", FB, 7.5)
        d.t(160, y + 10, f"Recipient: {rname}", FB, 7.5)
        d.t(330, y + 10, f"Medicaid ID {rid}", F, 7.5)
        d.t(440, y + 10, f"Patient Acct: {acct}", F, 7.5)
        d.t(44, y + 24, f"Claim status: {status}    Claim type: Professional    Billing provider: 1902847361", F, 7)
        yy = y + 36
        for (hh, ww, al), x0 in zip(cols, xs):
            d.t(x0 + ww - 2 if al == "r" else x0 + (6 if hh.startswith("Adj") else 0), yy, hh, FB, 6.3, al)
        d.hl(42, 570, yy + 3, 0.4)
        yy += 13
        for i, sv in enumerate(svcs, start=1):
            vals = [str(i), dfmt(sv.dos, "mdy4"), sv.code, " ".join(sv.mods), G.units_str(sv.units),
                    money(sv.billed, ","), money(sv.allowed, ","), money(sv.tpl, ","), money(sv.copay, ","),
                    money(sv.paid, ","), "  ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in sv.adjs),
                    " ".join(sv.remarks)]
            for (hh, ww, al), x0, v in zip(cols, xs, vals):
                d.t(x0 + ww - 2 if al == "r" else x0 + (6 if hh.startswith("Adj") else 0), yy, v, F, 6.8, al)
            tr.line(d.pageno, sv, claim_id=acct, payer_claim_id=tcn, patient=rname,
                    printed=("billed", "allowed", "copay", "paid"), adjustments=sv.adjs, remarks=sv.remarks)
            yy += 13
        d.hl(42, 570, yy - 9, 0.4)
        d.t(xs[1], yy + 1, "Claim totals", FB, 6.8)
        for k, ci in (("billed", 5), ("allowed", 6), ("tpl", 7), ("copay", 8), ("paid", 9)):
            d.t(xs[ci] + cols[ci][1] - 2, yy + 1, money(tot(svcs, k), ","), FB, 6.8, "r")
        tr.claim(acct, tcn, rname, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"))
        y += h + 10
    if y + 150 > bottom:
        y = furniture()
    d.t(40, y + 8, "Financial Transactions", FB, 9)
    d.box(40, y + 14, 532, 30)
    d.t(46, y + 26, "Recoupment  Ref 2025-RC-004471   Overpayment recovered from this payment   Balance left 0.00",
        F, 7.2)
    d.t(566, y + 26, "-64.20", F, 7.2, "r")
    d.t(46, y + 38, "Net payment this remittance", FB, 7.2)
    allsv = [sv for *_, svs in claims for sv in svs]
    d.t(566, y + 38, money(tot(allsv, "paid") - Decimal("64.20"), ","), FB, 7.2, "r")
    y += 60
    d.t(40, y, "Claims Payment Summary", FB, 9)
    for i, (a, b) in enumerate((("Claims paid", "3"), ("Claims denied", "1"),
                                ("Total billed", money(tot(allsv, "billed"), ",")),
                                ("Total paid", money(tot(allsv, "paid"), ",")))):
        d.t(46, y + 13 + i * 11, a, F, 7.5)
        d.t(200, y + 13 + i * 11, b, F, 7.5, "r")
    y += 66
    d.t(40, y, "Remittance Advice Remark Codes on this remittance", FB, 9)
    for i, (c, tx) in enumerate(R2_RARC):
        d.t(46, y + 13 + i * 11, c, FB, 7.5)
        d.t(90, y + 13 + i * 11, tx, F, 7.5)
    tr.legend = R2_RARC
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ p1
P1_GLOSS = [("CO", "Contractual obligation: provider write-off, not billable to the patient."),
            ("PR", "Patient responsibility."),
            ("MA01", "Claim outcome message: you may ask for a review of this decision in writing."),
            ("MA15", "Claim outcome message: this claim was split or reversed; see the related claim."),
            ("M80", "Not paid separately when done on the same day as another listed service."),
            ("N115", "Local coverage rules were applied; see the contractor's website.")]


def p1_data():
    def run(svcs, ded, remarks=None):
        st = PlanState(ded_left=Decimal(ded), coins_rate=Decimal("0.20"))
        for sv in svcs:
            G.medicare(sv, st, deny_reason="96")
            sv.remarks = list(remarks or [])
        return svcs
    har = run([S(1, 6, "97161", 1, ("GP",)), S(1, 6, "97110", 3, ("GP",)), S(1, 6, "97140", 1, ("GP", "59")),
               S(1, 9, "97110", 2, ("GP", "KX")), S(1, 9, "G0283", 1, ("GP",))], "0")
    edi = run([S(1, 7, "97165", 1, ("GO",)), S(1, 7, "97530", 2, ("GO",)), S(1, 7, "97535", 1, ("GO",))], "120.00")
    pie = run([S(1, 12, "92523", 1, ("GN",)), S(1, 14, "92507", 1, ("GN",)),
               S(1, 14, "97533", 1, ("GN",), denied="CO")], "0")
    pie[2].remarks = ["M80", "N115"]
    old = run([S(12, 29, "97110", 4, ("GP",)), S(12, 29, "97112", 1, ("GP",))], "0")
    for sv in old:
        sv.dos = date(2025, 12, 29)
    rev = [G.negate(sv) for sv in old]
    new = run([S(12, 29, "97110", 3, ("GP",)), S(12, 29, "97112", 1, ("GP",))], "0")
    for sv in new:
        sv.dos = date(2025, 12, 29)
    return [("OKAFOR-LINDQVIST, HAROLD", "7HT4RV2WQ61", "NPT-20455", "2226034001770", "1", "MA01", "1730052241", har),
            ("BRANDT-MOSELEY, EDITH", "3QW8EN5UX07", "NPT-20461", "2226034001771", "1", "MA01", "1730052241", edi),
            ("VOSKUIJLEN, PIETER", "5FJ2AK9RT44", "NPT-20470", "2226034001772", "1", "MA01", "1730099183", pie),
            ("DAHL, MARGIT", "8MP6TY1CV35", "NPT-20398", "2225363008814", "22", "MA15", "1730052241", rev),
            ("DAHL, MARGIT", "8MP6TY1CV35", "NPT-20398", "2226034001773", "1", "MA01", "1730052241", new)]


def build_p1(out: Path, npages):
    path = out / "p1_clearinghouse_spr.pdf"
    d = Doc("fpdf2", path, title="ERA Print")
    F, FB, FS, LH = "DejaVuSansMono", "DejaVuSansMono-Bold", 6.6, 10.6
    tr = Truth("p1_clearinghouse_spr", "fpdf2",
               "clearinghouse print of a Medicare standard paper remit, reversal and correction, two pages")
    claims = p1_data()
    st = {"y": 0.0}

    def w(txt, bold=False):
        d.t(36, st["y"], txt, FB if bold else F, FS)
        st["y"] += LH

    def m(v):
        return money(v, "", "-")

    COLS = (f"{'PERF PROV':<11}{'SERV DATE':<13}{'POS':<4}{'NOS':>4} {'PROC':<6}{'MODS':<10}{'BILLED':>10}"
            f"{'ALLOWED':>10}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<15}{'PROV PD':>9}")

    def head():
        d.page()
        st["y"] = 30
        d.box(30, 18, 552, 16, fill=0.9, stroke=False)
        d.t(36, 29, "ClearPath Exchange  |  ERA Print Utility v7.2  |  Format: Medicare standard paper remit  |  "
            "Batch 2026-0206-0042", F, 6.3)
        st["y"] = 48
        w(f"{'LAKEVIEW MEDICARE ADMINISTRATIVE SERVICES':<60}MEDICARE")
        w(f"{'PO BOX 77120':<60}REMITTANCE")
        w(f"{'FAIRMONT, WV 26999':<60}ADVICE")
        w("")
        w(f"{'NORTHGATE PHYSICAL THERAPY':<40}PROVIDER #: 4419820017    PAGE #: {d.pageno} OF {npages or 0}")
        w(f"{'2050 TILLER AVE':<40}DATE: 02/05/26           CHECK/EFT #: 0007741920")
        w(f"{'HARLOW, IN 46999':<40}")
        w("")
        w(COLS, True)
        w("")

    def adj_txt(g, c, a):
        return f"{g}-{c:<4}{m(a):>9}"

    head()
    for name, mid, acct, icn, status, moa, npi, svcs in claims:
        need = 5 + len(svcs) * 2
        if st["y"] + need * LH > 760:
            head()
        w(f"NAME {name:<26} MID {mid}  ACNT {acct:<11} ICN {icn}  ASG Y  MOA {moa}  STATUS {status}")
        for sv in svcs:
            dt = f"{sv.dos:%m%d} {dfmt(sv.dos, 'mdy6')}"
            first = adj_txt(*sv.adjs[0]) if sv.adjs else ""
            w(f"{npi:<11}{dt:<13}{'11':<4}{G.units_str(sv.units):>4} {sv.code:<6}{' '.join(sv.mods):<10}"
              f"{m(sv.billed):>10}{m(sv.allowed):>10}{m(sv.deductible):>9}{m(sv.coinsurance):>9}  {first:<15}"
              f"{m(sv.paid):>9}")
            for g, c, a in sv.adjs[1:]:
                w(f"{'':<86}{adj_txt(g, c, a)}")
            if sv.remarks:
                w(f"{'':<11}CNTL #: {acct}-{sv.code}   REM: {' '.join(sv.remarks)}")
            tr.line(d.pageno, sv, claim_id=acct, payer_claim_id=icn, patient=name, service_end=sv.dos,
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=sv.adjs,
                    remarks=sv.remarks)
        tb, ta, tdd, tc, tp = (tot(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        ta_adj = sum((a for sv in svcs for _, _, a in sv.adjs), ZERO)
        owes = tdd + tc
        w(f"PT RESP {m(owes):>9}{'':<11}CLAIM TOTALS{'':<4}{m(tb):>10}{m(ta):>10}{m(tdd):>9}{m(tc):>9}"
          f"  {'':<6}{m(ta_adj):>9}{m(tp):>9}")
        w(f"ADJ TO TOTALS:   PREV PD {m(ZERO):>8}   INTEREST {m(ZERO):>6}   LATE FILING CHARGE {m(ZERO):>6}"
          f"{'':<16}NET {m(tp):>9}")
        if status == "1" and name.startswith("BRANDT"):
            w("CLAIM INFORMATION FORWARDED TO: HEARTLAND SENIOR SUPPLEMENT CO")
        tr.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=owes)
        w("")
    allsv = [sv for *_, svs in claims for sv in svs]
    if st["y"] + 14 * LH > 760:
        head()
    w("TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   TOTAL RC-AMT   PROV PD AMT"
      "   PROV ADJ AMT   CHECK AMT", True)
    tadj = sum((a for sv in allsv for _, _, a in sv.adjs), ZERO)
    w(f"{'':<9}{len(claims):>11}{m(tot(allsv, 'billed')):>13}{m(tot(allsv, 'allowed')):>14}"
      f"{m(tot(allsv, 'deductible')):>13}{m(tot(allsv, 'coinsurance')):>12}{m(tadj):>15}"
      f"{m(tot(allsv, 'paid')):>14}{m(Decimal('18.40')):>15}{m(tot(allsv, 'paid') - Decimal('18.40')):>12}")
    w("PROVIDER ADJ DETAILS:  PLB REASON CODE   FCN              HIC           AMOUNT")
    w(f"{'':<23}WO                2225300117745    3QW8EN5UX07   {m(Decimal('18.40')):>8}")
    w("")
    w("GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", True)
    for c, tx in P1_GLOSS:
        w(f"{c:<6}{tx}")
    tr.legend = P1_GLOSS
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ p2
P2_RARC = [("N386", "Decision based on a national coverage determination; see the contractor."),
           ("N640", "Exceeds the daily unit limit for this code."),
           ("MA18", "Claim details sent on to the patient's supplemental insurer.")]


def p2_data():
    def run(svcs, ded):
        st = PlanState(ded_left=Decimal(ded), coins_rate=Decimal("0.20"))
        for sv in svcs:
            G.medicare(sv, st, deny_reason="151")
            sv.remarks = []
        return svcs
    ber = run([S(1, 6, "97162", 1, ("GP",)), S(1, 6, "97110", 2, ("GP",)), S(1, 8, "97110", 2, ("GP", "CQ")),
               S(1, 8, "97116", 1, ("GP", "CQ")), S(1, 13, "97140", 1, ("GP",)), S(1, 13, "97035", 1, ("GP",))], "95.50")
    for sv in ber:
        sv.remarks = ["MA18"]
    wal = run([S(1, 7, "97167", 1, ("GO",)), S(1, 7, "97535", 2, ("GO",)), S(1, 9, "97530", 3, ("GO", "KX")),
               S(1, 9, "97530", 2, ("GO", "59"), denied="CO")], "0")
    wal[3].remarks = ["N640"]
    gre = run([S(1, 15, "92610", 1, ("GN",)), S(1, 15, "92526", 1, ("GN",))], "0")
    ost = run([S(1, 20, "97161", 1, ("GP",)), S(1, 20, "97750", 1, ("GP",), denied="CO"), S(1, 22, "97110", 3, ("GP",))],
              "283.00")
    ost[1].remarks = ["N386"]
    return [("HOLLIS, BERNADETTE", "TL-44019", "2226035117702", "1 - Processed as primary",
             "Crossover: Buckeye Senior Supplement", ber),
            ("PRZYBYLSKI, WALTER", "TL-44027", "2226035117703", "1 - Processed as primary", "", wal),
            ("NAKASHIMA-GREER, JUNE", "TL-44031", "2226035117704", "1 - Processed as primary", "", gre),
            ("OSTERGAARD, LEIF", "TL-44040", "2226035117705", "1 - Processed as primary", "", ost)]


def build_p2(out: Path, npages):
    path = out / "p2_pms_era_posting.pdf"
    d = Doc("reportlab", path, landscape=True, title="ERA Posting Detail")
    F, FB = "LiberationSansNarrow", "LiberationSansNarrow-Bold"
    tr = Truth("p2_pms_era_posting", "reportlab",
               "practice-management ERA posting detail for a Medicare remit, ruled grid, stacked adjustments")
    claims = p2_data()
    cols = [("Line", 28, "c"), ("DOS", 52, "l"), ("CPT", 40, "l"), ("Mod", 44, "l"), ("Units", 30, "r"),
            ("Charge", 52, "r"), ("Allowed", 52, "r"), ("Deduct", 48, "r"), ("Coins", 48, "r"),
            ("Adj Grp/Rsn", 56, "l"), ("Adj Amt", 52, "r"), ("Paid", 52, "r"), ("RARC", 50, "l"),
            ("Post Status", 108, "l")]
    X0 = 30
    xs, x = [], X0
    for c in cols:
        xs.append(x)
        x += c[1]
    XR = x

    def furniture():
        d.page()
        d.t(X0, 34, "TheraLedger PM", FB, 13)
        d.t(X0 + 100, 34, "ERA Posting Detail (835)", F, 11)
        d.t(XR, 34, f"Printed 02/10/2026 4:12 PM   Page {d.pageno} of {npages or 0}", F, 8, "r")
        d.t(X0, 48, "Practice: Hollis Bend Therapy Associates   |   Payer: Lakeview Medicare Administrative Services "
            "(Part B)   |   EFT 0008812455   |   Deposit date 02/10/2026   |   Posted by: jmorrow", F, 8)
        return 60

    def colhead(y):
        d.box(X0, y, XR - X0, 14, fill=0.75)
        for (h, w, al), x0 in zip(cols, xs):
            d.t(x0 + w / 2 if al == "c" else (x0 + w - 3 if al == "r" else x0 + 3), y + 10, h, FB, 7.5, al)
        for x0 in xs[1:]:
            d.vl(x0, y, y + 14, 0.3)
        return y + 14

    y = colhead(furniture())
    bottom = 560
    for li, (pat, acct, icn, status, xover, svcs) in enumerate(claims):
        if y + 70 > bottom:
            y = colhead(furniture())
        d.box(X0, y, XR - X0, 14, fill=0.9)
        d.t(X0 + 3, y + 10, f"Patient: {pat}     Acct #: {acct}     Payer ICN: {icn}     Claim status: {status}"
            + (f"     {xover}" if xover else ""), FB, 7.5)
        y += 14
        for i, sv in enumerate(svcs, start=1):
            h = 12 * max(1, len(sv.adjs)) + 2
            if y + h > bottom:
                y = colhead(furniture())
                d.box(X0, y, XR - X0, 14, fill=0.9)
                d.t(X0 + 3, y + 10, f"Patient: {pat}     Acct #: {acct}     Payer ICN: {icn}     (continued)", FB, 7.5)
                y += 14
            d.box(X0, y, XR - X0, h)
            for x0 in xs[1:]:
                d.vl(x0, y, y + h, 0.3)
            post = "Denial - work queue" if sv.denied else ("Posted, balance to secondary" if xover else "Posted")
            vals = [str(i), dfmt(sv.dos, "mdyn"), sv.code, " ".join(sv.mods), G.units_str(sv.units),
                    money(sv.billed, ","), money(sv.allowed, ","), money(sv.deductible, ","),
                    money(sv.coinsurance, ","), "", "", money(sv.paid, ","), " ".join(sv.remarks), post]
            for (hh, w, al), x0, v in zip(cols, xs, vals):
                d.t(x0 + w / 2 if al == "c" else (x0 + w - 3 if al == "r" else x0 + 3), y + 10, v, F, 7.5, al)
            for j, (g, c, a) in enumerate(sv.adjs):
                d.t(xs[9] + 3, y + 10 + 12 * j, f"{g}-{c}", F, 7.5)
                d.t(xs[10] + cols[10][1] - 3, y + 10 + 12 * j, money(a, ","), F, 7.5, "r")
            tr.line(d.pageno, sv, claim_id=acct, payer_claim_id=icn, patient=pat,
                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=sv.adjs,
                    remarks=sv.remarks)
            y += h
        d.box(X0, y, XR - X0, 13, fill=0.97)
        d.t(xs[1] + 3, y + 9.5, "Claim total", FB, 7.5)
        for k, ci in (("billed", 5), ("allowed", 6), ("deductible", 7), ("coinsurance", 8), ("paid", 11)):
            d.t(xs[ci] + cols[ci][1] - 3, y + 9.5, money(tot(svcs, k), ","), FB, 7.5, "r")
        tr.claim(acct, icn, pat, billed=tot(svcs, "billed"), allowed=tot(svcs, "allowed"), paid=tot(svcs, "paid"))
        y += 21
    allsv = [sv for *_, svs in claims for sv in svs]
    if y + 80 > bottom:
        y = furniture()
    d.t(X0, y + 8, f"Batch totals:   Charges {money(tot(allsv, 'billed'))}    Allowed {money(tot(allsv, 'allowed'))}"
        f"    Paid {money(tot(allsv, 'paid'))}    Claims 4    Lines {len(allsv)}", FB, 8)
    d.t(X0, y + 24, "Remark codes in this remittance", FB, 8)
    for i, (c, tx) in enumerate(P2_RARC):
        d.t(X0, y + 36 + i * 10, c, FB, 7.5)
        d.t(X0 + 36, y + 36 + i * 10, tx, F, 7.5)
    tr.legend = P2_RARC
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ s1
def s1_data():
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.71"))
    v = [
        ("V-88012", "Juniper Castellano-Reyes", "2601KM77013", "01/08/2026",
         [S(1, 6, "97166", 1, ("GO",)), S(1, 6, "97530", 2, ("GO",))]),
        ("V-88047", "Juniper Castellano-Reyes", "2601KM80295", "01/15/2026",
         [S(1, 13, "97530", 2, ("GO",)), S(1, 13, "97533", 1, ("GO", "59")), S(1, 13, "97535", 1, ("GO",))]),
        ("V-88051", "Mateo Castellano-Reyes", "2601KM80311", "01/16/2026",
         [S(1, 14, "92523", 1, ("GN",))]),
        ("V-88066", "Lucia Castellano-Reyes", "2601KM81740", "01/21/2026",
         [S(1, 19, "97161", 1, ("GP",)), S(1, 19, "97110", 2, ("GP",)), S(1, 19, "97750", 1, ("GP",), denied="PR")]),
        ("V-88093", "Mateo Castellano-Reyes", "2601KM84402", "01/28/2026",
         [S(1, 26, "92507", 1, ("GN",)), S(1, 26, "92526", 1, ("GN",))]),
        ("V-88154", "Mateo Castellano-Reyes", None, "02/06/2026",
         [S(2, 4, "92507", 1, ("GN",))]),
    ]
    for vid, who, clm, filed, svcs in v:
        for sv in svcs:
            if clm:
                G.commercial(sv, st)
    return v


def s1_custom(truth, pages):
    probs = []
    for ln in truth["lines"]:
        if ln["paid"] is None:
            continue
        if Decimal(ln["billed"]) - Decimal(ln["paid"]) - Decimal(ln["discount"]) != Decimal(ln["patient_owes"]):
            probs.append(f"s1 line {ln['code']}: charge - insurance paid - adjustment != balance")
    return probs


def build_s1(out: Path, npages):
    path = out / "s1_pediatric_family_statement.pdf"
    d = Doc("fpdf2", path, title="Family Statement")
    F, FB = "LiberationSerif", "LiberationSerif-Bold"
    tr = Truth("s1_pediatric_family_statement", "fpdf2",
               "pediatric therapy clinic family statement, three children, payments, a pending visit")
    visits = s1_data()
    done = [sv for vid, who, clm, f_, svs in visits if clm for sv in svs]
    payments = [(date(2026, 1, 20), "Patient payment - thank you (card ending 4471)", Decimal("75.00")),
                (date(2026, 2, 2), "Patient payment - thank you (check 1182)", Decimal("50.00"))]
    pending_total = sum((sv.billed for vid, who, clm, f_, svs in visits if not clm for sv in svs), ZERO)
    due = tot(done, "owes") - sum((a for *_, a in payments), ZERO)
    cols = [("Date", 40, "l", 50), ("Description", 92, "l", 168), ("CPT / Mods", 262, "l", 62),
            ("Units", 346, "r", 0), ("Charge", 402, "r", 0), ("Insurance\nPaid", 456, "r", 0),
            ("Ins.\nAdjustment", 512, "r", 0), ("Your\nBalance", 572, "r", 0)]

    def colhead(y):
        d.hl(40, 572, y, 0.8)
        for h, x, al, _w in cols:
            for i, part in enumerate(h.split("\n")):
                d.t(x, y + 9 + i * 8.5, part, FB, 7.5, al)
        d.hl(40, 572, y + 22, 0.5)
        return y + 32

    def foot():
        d.t(306, 772, f"Little Harbor Kids Therapy  -  Account G-20417  -  Page {d.pageno} of {npages or 0}", F, 7,
            "c")

    d.page()
    foot()
    d.t(40, 44, "Little Harbor Kids Therapy", FB, 14)
    d.t(40, 57, "Occupational, Physical & Speech Therapy for Children", F, 8.5)
    d.t(40, 68, "218 Wharf Street, Port Ellery, ME 04999   |   (555) 017-3300", F, 8.5)
    d.t(40, 98, "MARISOL CASTELLANO-REYES", F, 9.5)
    d.t(40, 110, "41 SEA GRASS LANE", F, 9.5)
    d.t(40, 122, "PORT ELLERY ME 04999", F, 9.5)
    lab = (("Statement Date", "02/12/2026"), ("Account No.", "G-20417"), ("Amount Due", money(due)),
           ("Please Pay By", "03/05/2026"), ("Amount Enclosed", "$ __________"))
    for i, (a, b) in enumerate(lab):
        d.box(360, 34 + i * 20, 100, 20, fill=0.9)
        d.box(460, 34 + i * 20, 112, 20)
        d.t(366, 48 + i * 20, a, FB, 8)
        d.t(566, 48 + i * 20, b, F, 9, "r")
    d.t(40, 150, "Please detach and return the top portion with your payment. Make checks payable to "
        "Little Harbor Kids Therapy.", F, 7.5)
    for xx in range(40, 572, 8):
        d.hl(xx, xx + 4, 160, 0.5)
    d.t(40, 180, "Family statement for the Castellano-Reyes family", FB, 11)
    d.t(40, 193, "Guarantor: Marisol Castellano-Reyes    Insurance on file: Keystone Meridian Health Plan, "
        "member ID KMH 7730 4419 01", F, 8)
    y = colhead(204)
    bottom = 700
    for vid, who, clm, filed, svcs in visits:
        if y + 30 + 14 * len(svcs) > bottom:
            d.page()
            foot()
            d.t(40, 44, "Little Harbor Kids Therapy  -  Family statement (continued)", FB, 10)
            y = colhead(56)
        d.box(40, y - 9, 532, 13, fill=0.93, stroke=False)
        filed_txt = (f"filed to Keystone Meridian Health Plan {filed}, claim {clm}" if clm else
                     f"filed to Keystone Meridian Health Plan {filed}, insurance pending")
        d.t(44, y, f"Visit {vid}   {who}   {filed_txt}", FB, 7.8)
        y += 14
        for sv in svcs:
            vals = [dfmt(sv.dos, "mdy4"), sv.desc, " ".join((sv.code,) + sv.mods), G.units_str(sv.units),
                    money(sv.billed, ",")]
            if clm:
                vals += [money(sv.paid, ","), money(sv.discount, ","), money(sv.owes, ",")]
            else:
                vals += ["pending", "", ""]
            for (h, x, al, _w), v in zip(cols, vals):
                d.t(x, y, v, F, 7.8, al)
            if clm:
                tr.line(d.pageno, sv, claim_id=vid, payer_claim_id=clm, patient=who,
                        printed=("billed", "paid", "discount", "patient_owes"))
            else:
                tr.line(d.pageno, sv, claim_id=vid, payer_claim_id=None, patient=who, printed=("billed",))
            y += 13
        d.t(92, y, "Visit total", FB, 7.8)
        d.t(cols[4][1], y, money(tot(svcs, "billed"), ","), FB, 7.8, "r")
        if clm:
            for (h, x, al, _w), k in zip(cols[5:], ("paid", "discount", "owes")):
                d.t(x, y, money(tot(svcs, k), ","), FB, 7.8, "r")
            tr.claim(vid, clm, who, billed=tot(svcs, "billed"), paid=tot(svcs, "paid"),
                     patient_owes=tot(svcs, "owes"))
        else:
            tr.claim(vid, None, who, billed=tot(svcs, "billed"))
        y += 20
    if y + 120 > bottom:
        d.page()
        foot()
        y = 60
    d.t(40, y, "Payments received", FB, 9)
    y += 13
    for dt, tx, a in payments:
        d.t(40, y, dfmt(dt, "mdy4"), F, 7.8)
        d.t(92, y, tx, F, 7.8)
        d.t(572, y, money(-a, ",", "()"), F, 7.8, "r")
        y += 12
    y += 10
    heads = ("Current", "31-60 days", "61-90 days", "Over 90 days", "Amount Due")
    ag = (due - Decimal("36.63"), Decimal("36.63"), ZERO, ZERO, due)
    for i, (h, v) in enumerate(zip(heads, ag)):
        d.box(40 + i * 106.4, y, 106.4, 30, fill=0.9 if i == 4 else None)
        d.t(40 + i * 106.4 + 53.2, y + 11, h, FB, 7.5, "c")
        d.t(40 + i * 106.4 + 53.2, y + 24, money(v), F, 9, "c")
    y += 46
    for m_ in ("Visits still with insurance are not part of the amount due. We will bill you for any balance "
               f"after the plan decides ({money(pending_total)} pending).",
               "Questions about this statement? Call our billing office at (555) 017-3301, Monday to Thursday."):
        d.t(40, y, m_, F, 7.5)
        y += 11
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ s2
def s2_data():
    isaac = []
    for dd in (5, 7, 12, 14, 19, 21, 26, 28):
        isaac.append(S(1, dd, "97530", 3 if dd % 7 else 2, ("GO",)))
        isaac.append(S(1, dd, "97112" if dd < 19 else "97110", 1, ("GP",)))
    for dd in (2, 4, 9, 11):
        isaac.append(S(2, dd, "97530", 2, ("GO",)))
        isaac.append(S(2, dd, "97110", 1, ("GP",)))
    isaac.insert(0, S(1, 5, "97167", 1, ("GO",)))
    isaac.insert(1, S(1, 5, "97163", 1, ("GP",)))
    helena = [S(1, 9, "97162", 1, ("GP",)), S(1, 9, "97140", 1, ("GP",)), S(1, 16, "97110", 3, ("GP",)),
              S(1, 16, "97035", 1, ("GP",)), S(1, 23, "97110", 2, ("GP",)), S(1, 23, "L3807", 1, ("LT",))]
    pilar = [S(2, 3, "92523", 1, ("GN",)), S(2, 10, "92507", 1, ("GN",))]
    rev = {"97530": "0430", "97167": "0430", "97163": "0420", "97112": "0420", "97110": "0420", "97162": "0420",
           "97140": "0420", "97035": "0420", "L3807": "0274", "92523": "0440", "92507": "0440"}
    return rev, [
        ("4400718823", "Isaac Marsh-Oduya", "Prairie State Mutual", "PSM-26-0091772", isaac, True),
        ("4400719407", "Helena Marsh-Oduya", "Prairie State Mutual", "PSM-26-0093310", helena, True),
        ("4400721150", "Pilar Marsh-Oduya", "Prairie State Mutual", None, pilar, False),
    ]


def build_s2(out: Path, npages):
    path = out / "s2_hospital_summary_statement.pdf"
    d = Doc("reportlab", path, title="Hospital Statement")
    F, FB = "Times-Roman", "Times-Bold"
    tr = Truth("s2_hospital_summary_statement", "reportlab",
               "hospital guarantor statement, itemised outpatient rehab charges, account continued on page 2")
    rev, accts = s2_data()
    fin = {}
    for har, who, ins, clm, svcs, done in accts:
        b = tot(svcs, "billed")
        if done:
            paid, adj = q(b * Decimal("0.52")), q(b * Decimal("0.33"))
            fin[har] = (b, paid, adj, ZERO, b - paid - adj)
        else:
            fin[har] = (b, ZERO, ZERO, ZERO, b)
    due = sum((v[4] for h, v in fin.items() if h != "4400721150"), ZERO)

    def foot():
        d.t(40, 770, "St. Brigid Valley Hospital  |  Guarantor No. 7004182  |  Para ayuda en espanol, llame al "
            "(555) 018-6400.", F, 7.5)
        d.t(572, 770, f"Page {d.pageno} of {npages or 0}", F, 8, "r")

    d.page()
    foot()
    d.t(40, 48, "ST. BRIGID VALLEY HOSPITAL", FB, 15)
    d.t(40, 61, "Patient Financial Services  |  800 Orchard Avenue, Calloway, KS 67999", F, 9)
    d.t(40, 96, "HELENA MARSH-ODUYA", F, 10)
    d.t(40, 108, "3306 PRAIRIE SMOKE RD", F, 10)
    d.t(40, 120, "CALLOWAY KS 67999-4410", F, 10)
    for i, (a, b) in enumerate((("Guarantor", "Helena Marsh-Oduya"), ("Guarantor No.", "7004182"),
                                ("Statement date", "02/14/2026"), ("Amount due now", money(due)),
                                ("Due by", "03/10/2026"))):
        d.t(40, 146 + i * 13, a, FB, 9)
        d.t(140, 146 + i * 13, b, F, 9)
    d.box(390, 84, 182, 130, fill=0.94)
    d.t(400, 100, "Ways to pay", FB, 11)
    for i, s_ in enumerate(("Online: use the patient portal,", "guarantor no. 7004182.", "Phone: (555) 018-6400",
                            "Mon-Fri 8:00 am - 5:00 pm", "Mail: the payment slip on the", "last page with a check.",
                            "Financial assistance may be", "available. Ask us about it.")):
        d.t(400, 116 + i * 12, s_, F, 8.5)
    d.t(40, 236, "Summary of your accounts", FB, 11)
    sh = [("Hospital Account", 40, "l"), ("Patient", 118, "l"), ("Charges", 300, "r"), ("Insurance Paid", 370, "r"),
          ("Adjustments", 440, "r"), ("You Paid", 500, "r"), ("Balance", 572, "r")]
    d.hl(40, 572, 242, 0.7)
    for h, x, al in sh:
        d.t(x, 252, h, FB, 8.5, al)
    d.hl(40, 572, 256, 0.5)
    y = 268
    for har, who, *_r in accts:
        b, p_, a_, yp, bal = fin[har]
        vals = (har, who, money(b, ","), money(-p_, ",", "()"), money(-a_, ",", "()"), money(yp, ","),
                money(bal, ","))
        for (h, x, al), v in zip(sh, vals):
            d.t(x, y, v, F, 8.5, al)
        y += 12
    d.t(118, y + 2, "Pilar's account is still with insurance and is not part of the amount due.", F, 8)
    y += 20
    d.box(40, y, 532, 40)
    d.t(48, y + 13, "Important message", FB, 9)
    d.t(48, y + 25, "Your insurer has paid its share of the accounts marked above. The remaining balance is your "
        "responsibility under your plan's", F, 8)
    d.t(48, y + 35, "deductible and coinsurance. Call us if you would like to set up a monthly payment plan.", F, 8)
    y += 60
    cols = [("Date", 40, "l"), ("Rev Code", 98, "l"), ("Description", 140, "l"), ("CPT/HCPCS", 330, "l"),
            ("Mod", 386, "l"), ("Qty", 428, "r"), ("Charges", 492, "r"), ("Payments &\nAdjustments", 572, "r")]

    def colhead(y):
        d.hl(40, 572, y, 0.7)
        for h, x, al in cols:
            for i, part in enumerate(h.split("\n")):
                d.t(x, y + 10 + i * 9, part, FB, 8.5, al)
        d.hl(40, 572, y + 24, 0.5)
        return y + 34

    bottom = 728
    for har, who, ins, clm, svcs, done in accts:
        if y + 100 > bottom:
            d.page()
            foot()
            y = 50
        d.box(40, y, 532, 28, fill=0.88, stroke=False)
        d.t(44, y + 11, f"Hospital Account {har}    Patient: {who}    Outpatient Rehabilitation Services", FB, 9)
        d.t(44, y + 23, f"Insurance: {ins}" + (f", claim no. {clm}" if clm else ", claim sent 02/11/2026") +
            f"    Service dates {dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}", F, 8.5)
        y = colhead(y + 32)
        for sv in svcs:
            if y + 14 > bottom:
                d.page()
                foot()
                y = 50
                d.t(40, y, f"Hospital Account {har} - {who} (continued)", FB, 9)
                y = colhead(y + 6)
            vals = (dfmt(sv.dos, "mdy4"), rev[sv.code], sv.desc, sv.code, " ".join(sv.mods), G.units_str(sv.units),
                    money(sv.billed, ","), "")
            for (h, x, al), v in zip(cols, vals):
                d.t(x, y, v, F, 8.5, al)
            tr.line(d.pageno, sv, claim_id=har, payer_claim_id=clm, patient=who, printed=("billed",))
            y += 12.5
        b, p_, a_, yp, bal = fin[har]
        rows = [("Total charges", money(b, ","), "")]
        if done:
            rows += [(f"02/13/2026  Payment - {ins}", "", money(-p_, ",", "()")),
                     (f"02/13/2026  Contractual adjustment - {ins}", "", money(-a_, ",", "()"))]
        else:
            rows += [("Billed to insurance 02/11/2026 - awaiting payment", "", "")]
        rows += [("Account balance", "", money(bal, ","))]
        if y + 13 * len(rows) > bottom:
            d.page()
            foot()
            y = 50
        d.hl(330, 572, y - 8, 0.4)
        for a, b_, c_ in rows:
            d.t(140, y, a, FB if a.startswith(("Total", "Account")) else F, 8.5)
            d.t(492, y, b_, FB, 8.5, "r")
            d.t(572, y, c_, F, 8.5, "r")
            y += 12.5
        tr.claim(har, clm, who, billed=b)
        y += 14
    n = d.save()
    if npages:
        tr.write(path, n)
    return n


# ============================================================================================ main
def layouts():
    return [(n, f) for n, f in (
        ("c1_tpa_claims_statement", build_c1), ("c2_epo_sidebar_eob", build_c2),
        ("m1_msn_qmb", globals().get("build_m1")), ("m2_dsnp_member_eob", globals().get("build_m2")),
        ("r1_medicaid_ra_lineprinter", globals().get("build_r1")), ("r2_medicaid_ra_tcn", globals().get("build_r2")),
        ("p1_clearinghouse_spr", globals().get("build_p1")), ("p2_pms_era_posting", globals().get("build_p2")),
        ("s1_pediatric_family_statement", globals().get("build_s1")),
        ("s2_hospital_summary_statement", globals().get("build_s2"))) if f]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout50_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, build in layouts():
        n = two_pass(build)(out)
        print(f"wrote {name}.pdf ({n} pages)")
        if "--check" in argv:
            probs = check_file(out / f"{name}.pdf", **CHECK_OPTS.get(name, {}))
            for p in probs:
                print(f"  CHECK {name}: {p}")
            bad += len(probs)
    print(out)
    if "--check" in argv:
        print("check:", "PASS" if not bad else f"FAIL ({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
