"""Write the FOURTEENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds none of the thirteen earlier sets used (employer on-site clinics,
telehealth platforms, out-of-network claim apps, Medicaid verification notices, EVV home-health remits, university
clinics, occupational-health employer billing, county indigent-care programs, refund letters, bilingual notices).
Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout14/make_heldout14_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout14/make_heldout14_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / visit / session / invoice / encounter
number printed with the claim (null where none is), payer_claim_id = the payer's claim number / ICN / program claim
no. (null where none is), patient = the person who got the service exactly as printed (capitals where printed so;
not the employee, guarantor, account holder or member unless the same person). Where a line prints a from - to
span, service_end is the to date. Every name, number, payer, provider, address and ID is invented; descriptions
(English and Vietnamese) are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date,
no randomness). Fonts: DejaVu / Liberation TrueType when installed, else PDF core fonts. Drawing (one top-origin
API over both producers), the truth collector and the self-check live in bench/heldout14/h14kit.py, which also
adds invented fees for the extra codes (S9128/S9129/S9131, G0151-G0153, T1019, 97545/97546/97750, 80305 ...).

Layouts (10 files, 164 service lines, 16 pages):
  y01 employer ON-SITE health center "Visit and Claim Summary" to an employee (spouse too), portrait core Helvetica:
      one BOXED block per visit (Visit no. / Patient "(Employee)" / Plan claim ref. / "Seen by"), two-line headings
      Center charge / Plan allowance / Paid by plan / Your cost, Code and Modifier apart, Qty, wrapped wording,
      $10 per-visit therapy fee, $0 primary care, an excluded 0552T the employee owes, visit totals, 2 pages (reportlab)
  y02 TELEHEALTH therapy platform monthly session statement to a parent, DejaVu Sans: dark banner, per-child band,
      Session date / Session no. (first row of a session only) / Clinician / Min (minutes, NOT units) / Session fee /
      Plan discount / Insurance paid / Your cost / Status, code + "modifiers GO 95" + insurer claim on a grey SECOND
      text line, a "Not covered" video session, card-charge summary box (fpdf2)
  y03 OUT-OF-NETWORK claims-submission app "Claim outcome report", Liberation Sans: one card per superbill (provider
      invoice, insurer claim no., patient, decision date), "Jan 5, 2026" dates, You paid provider / Northway allowed /
      OON deductible / OON coinsurance / Reimbursed to you / Your net cost, italic wording on a second text line,
      an excluded laser line, card totals, 2 pages (reportlab)
  y04 state Medicaid fee-for-service RECIPIENT EOMB asking the household to verify services, Liberation Serif:
      letter text, provider sections, shaded two-line headings, recipient in capitals and ICN-style "Claim reference"
      on every row with Yes / No tick boxes, dates 1/5/2026, an adult $2.00 co-pay, a $0.00 denied line, return
      form, 2 pages (fpdf2)
  y05 Medicaid managed LTSS plan remittance to a HOME HEALTH agency with EVV match results, landscape DejaVu Sans
      Condensed: member heading rows (LAST, FIRST / member ID / PAT ACCT / CLAIM # / AUTH #), LN / SVC DATE 01/05/26 /
      PROC (S9131, G0152, G0153, T1019, 97535) / MOD / UNITS up to 20 / EVV VISIT ID / EVV RESULT / BILLED / ALLOWED /
      PAID / GRP-RSN / ADJ AMT / MSG, "No visit found" CO-16 denials, a units cut with CO-45 and CO-16 STACKED on a
      sub-row, claim totals, header repeated on page 2, message legend (fpdf2)
  y06 UNIVERSITY speech-language-hearing clinic client statement, DejaVu Serif with a shaded left SIDEBAR: client
      bands, Date / Enc. no. / CPT / Units / Fee / Ins. paid / Ins. adjust. / Sliding fee disc. / You owe, an insured
      child (claim number on an italic second text line) and a self-pay sliding-fee adult printed with dashes (reportlab)
  y07 OCCUPATIONAL-HEALTH clinic employer account statement, fixed-width core Courier capitals: invoice heading rows
      (employee, emp ID, PO, paid/open), DOS / INVOICE / CODE / MOD / QTY / CHARGE / CONTR DISC / NET DUE / PAID /
      BALANCE, 97545/97546/97750/80305/73030, open invoices with PAID 0.00, dashed INV TOTAL rows, aging, PAGE n OF N (fpdf2)
  y08 COUNTY indigent-care (uninsured residents) program provider payment notice, landscape core Times, fully RULED
      grid: program claim no., pat. acct, client "LAST, FIRST" and ID on every row, Billed / Approved / Share of cost /
      Paid, message codes, a "Service from - to" column with one span (service_end), a D44 non-benefit line at 0.00,
      shaded claim totals; PLANTED claim-total mismatch (Paid total of claim 26-0120-00419 printed 10.00 too high)
      (reportlab)
  y09 therapy clinic CREDIT-BALANCE REFUND LETTER to a parent, Liberation Sans: letter text, visit heading rows
      ("Visit V-33018 · Kofi Osei · Sunrise Mutual claim #SM-..."), glued "97530-GO" codes, Our charge / Insurance
      paid / Contract write-off / Your share per EOB / Paid at visit, visit totals, dashed tear-off refund check (fpdf2)
  y10 BILINGUAL English / Vietnamese Medicaid managed-care member EOB, DejaVu Sans: two-language stacked headings
      ("Billed / Số tiền tính"), each service worded in English with the Vietnamese beneath, "97530 GO" code cell, note
      letters A/B/C, a no-prior-approval denial the member does not owe, a $3.00 adult co-pay, claim totals, 2 pages
      (reportlab)

Truth decisions worth knowing: y02's "Min" is session length, so units are null; y02/y03 claim_id is the session
number / provider invoice; y03's patient_owes is the printed "Your net cost" (paid to the provider less reimbursed),
allowed / deductible / coinsurance are Northway's; y04 prints one "Your co-pay" column, kept as both copay and
patient_owes, and has no provider account number (claim_id null) and no claim totals; y06's sliding-fee discount is
a clinic charity write-off and not a truth field, "Ins. adjust." is the truth discount, self-pay rows print dashes
(paid and discount null, payer_claim_id null); y07 is billed to the employer, so patient_owes is null, payer_claim_id
null (the employer PO is not a claim number), allowed = NET DUE, discount = CONTR DISC, BALANCE is not a truth field;
y08's patient_owes is the client Share of cost; y09's "Paid at visit" and refund are not truth fields; y10's note
letters are kept as remarks; y05's EVV message codes are remarks.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service
row (with its second text line or stacked adjustment sub-rows); the check reads each PDF's text layer with pdfplumber
and finds every truth code, modifier, units value, date, amount, adjustment code and amount and remark INSIDE that
band in the layout's own formats; ids and patients in the document's text; page counts and every "Page n of N"
footer; the documents' own arithmetic (billed - adjustments = paid where every adjustment is printed with its
amount; allowed - deductible - copay - coinsurance = paid; billed - discount = allowed; fee - discount - insurance -
your cost = 0; approved - share of cost = paid; billed - reimbursed = net cost); claim totals are printed in their
totals row and equal the sum of their lines, unless the mismatch is the planted expected finding, which must differ.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))  # eobgen, the sample factory's helpers

import h14kit as K  # noqa: E402  (also extends eobgen's invented fee tables)
from eobgen import ZERO, PlanState, Svc, commercial, dfmt, medicaid, money, q, total  # noqa: E402

D = Decimal
d = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def tot(svcs, attr):
    return total(svcs, attr)


# ===================================================================================================== y01
def y01(out: Path, npages):
    """Employer on-site health center visit & claim summary (reportlab, core Helvetica, boxed visits)."""
    name = "y01_onsite_clinic_visit_summary.pdf"
    cv = K.Canvas("reportlab", out / name, LETTER, "helv")
    m = lambda x: money(x, ",")  # noqa: E731
    bk = K.Book(name, "y01_onsite_clinic_visit_summary", "reportlab",
                "Employer on-site health center visit and claim summary to an employee, boxed visits",
                money=m, date=lambda x: dfmt(x, "mdy4"), footer_of=True)
    pc = PlanState(coins_rate=D("0"), allowed_rate=D("0.90"))
    rehab = PlanState(visit_copay=D("10.00"), allowed_rate=D("0.90"))
    MO, IO = "Marcus T. Oyelaran", "Ines Oyelaran"
    visits = [
        ("KH-0104417", "TFP-26-0011842", MO, "Employee", "Dr. Lena Strand, MD", pc,
         [Svc(d(2026, 1, 6), "99203", 1, desc="New patient visit, work-related shoulder pain"),
          Svc(d(2026, 1, 6), "73030", 1, ("RT",), desc="Shoulder x-ray, right, two views")]),
        ("KH-0104452", "TFP-26-0011907", IO, "Spouse", "Avery Klug, PA-C", pc,
         [Svc(d(2026, 1, 8), "99212", 1, desc="Follow-up visit, blood pressure check"),
          Svc(d(2026, 1, 8), "90686", 1, desc="Seasonal flu vaccine"),
          Svc(d(2026, 1, 8), "90471", 1, desc="Giving the vaccine")]),
        ("KH-0104490", "TFP-26-0012213", MO, "Employee", "Rosa Imbert, PT, DPT", rehab,
         [Svc(d(2026, 1, 13), "97161", 1, ("GP",), desc="Physical therapy evaluation, low complexity"),
          Svc(d(2026, 1, 13), "97110", 2, ("GP",), desc="Strengthening and range-of-motion exercise"),
          Svc(d(2026, 1, 13), "97140", 1, ("GP", "59"), desc="Hands-on joint and soft tissue work")]),
        ("KH-0104533", "TFP-26-0012580", MO, "Employee", "Rosa Imbert, PT, DPT", rehab,
         [Svc(d(2026, 1, 20), "97110", 3, ("GP",), desc="Strengthening and range-of-motion exercise"),
          Svc(d(2026, 1, 20), "97112", 1, ("GP",), desc="Balance and movement control training")]),
        ("KH-0104561", "TFP-26-0012744", IO, "Spouse", "Rosa Imbert, PT, DPT", rehab,
         [Svc(d(2026, 1, 22), "97110", 2, ("GP",), desc="Strengthening and range-of-motion exercise"),
          Svc(d(2026, 1, 22), "97140", 1, ("GP",), desc="Hands-on joint and soft tissue work"),
          Svc(d(2026, 1, 22), "0552T", 1, desc="Laser light therapy (not a plan benefit)", denied="PR")]),
        ("KH-0104602", "TFP-26-0013051", MO, "Employee", "Tomas Reyes-Pike, OTR/L", rehab,
         [Svc(d(2026, 1, 27), "97530", 2, ("GO",), desc="Job-task practice: lifting and carrying"),
          Svc(d(2026, 1, 27), "97535", 1, ("GO",), desc="Workstation and self-care training")]),
    ]
    for *_, st, svcs in visits:
        for s in svcs:
            commercial(s, st, deny_reason="96")

    cols = K.cols_from(40, [(54, "l"), (152, "l"), (36, "l"), (38, "l"), (24, "r"), (58, "r"), (58, "r"),
                            (56, "r"), (56, "r")])
    heads = [["Date of", "service"], ["Service provided"], ["Code"], ["Modifier"], ["Qty"], ["Center", "charge"],
             ["Plan", "allowance"], ["Paid by", "plan"], ["Your", "cost"]]

    def page_head(first: bool) -> float:
        cv.text(40, 46, "KEEL & HARBOR", 15, "B")
        cv.text(40, 58, "WORKPLACE HEALTH", 9, "B", gray=0.35)
        cv.text(572, 44, "On-site Health Center at Tidewater Fabrication Co.", 8, align="r")
        cv.text(572, 54, "2200 Slipway Road, Building C  ·  Port Ansel, ME 04187", 8, align="r")
        cv.text(572, 64, "Health Center desk 207-555-0148  ·  Mon-Fri 7:00 am - 5:30 pm", 8, align="r")
        cv.line(40, 72, 572, 72, 1.2)
        if not first:
            cv.text(40, 88, "VISIT AND CLAIM SUMMARY (continued)  ·  Employee: Marcus T. Oyelaran", 9, "B")
            return 104
        cv.text(40, 92, "VISIT AND CLAIM SUMMARY", 13, "B")
        cv.rect(40, 100, 260, 62)
        for i, (a, b) in enumerate([("Employee", MO), ("Employee ID", "TF-208814"), ("Plan", "Tidewater Fabrication Employee Health Plan"),
                                    ("Statement date", "February 3, 2026"), ("Visits from", "01/01/2026 to 01/31/2026")]):
            cv.text(46, 112 + i * 11, a, 7.5, "B")
            cv.text(116, 112 + i * 11, b, 7.5)
        cv.rect(312, 100, 260, 62, fill=0.93)
        msg = ("Visits at your Health Center are billed to the Tidewater Fabrication Employee Health Plan. "
               "Primary care visits, vaccines and x-rays cost you nothing. Physical and occupational therapy "
               "visits carry a $10.00 visit fee. This is not a bill: visit fees are collected at check-in.")
        for i, ln in enumerate(cv.wrap(msg, 252, 7.5)):
            cv.text(318, 112 + i * 9.5, ln, 7.5)
        return 180

    y = page_head(True)
    for vid, ref, pat, rel, clin, st, svcs in visits:
        wrapped = [cv.wrap(s.desc, 152, 7.5) for s in svcs]
        h = 14 + 22 + sum(len(w) * 9.5 + 3 for w in wrapped) + 14 + 8
        if y + h > 740:
            cv.text(306, 770, f"Page {cv.page} of {npages or 0}", 7.5, align="c")
            cv.new_page()
            y = page_head(False)
        top = y
        cv.rect(40, y, 532, 14, fill=0.82, stroke=False)
        cv.text(44, y + 10, f"Visit no. {vid}", 8, "B")
        cv.text(140, y + 10, f"Patient: {pat} ({rel})", 8, "B")
        cv.text(568, y + 10, f"Plan claim ref. {ref}", 8, align="r")
        y += 14
        cv.text(44, y + 9, f"Seen by {clin}", 7, "I", gray=0.3)
        y += 12
        for i, hh in enumerate(heads):
            cv.row(y + 7, [cols[i]], [hh], 6.8, "B", lh=7.5)
        y += 17
        cv.line(40, y, 572, y, 0.4)
        y += 2
        for s, w in zip(svcs, wrapped):
            base = y + 8
            cells = [dfmt(s.dos, "mdy4"), w, s.code, " ".join(s.mods), K.eobgen.units_str(s.units), m(s.billed),
                     m(s.allowed), m(s.paid), m(s.owes)]
            n = cv.row(base, cols, cells, 7.5, lh=9.5)
            bk.add((cv.page, base - 7.5, base + (n - 1) * 9.5 + 1.5), s, claim_id=vid, payer_claim_id=ref,
                   patient=pat, printed=("billed", "allowed", "paid", "patient_owes"))
            y += n * 9.5 + 3
        cv.line(40, y, 572, y, 0.4)
        tb = y + 10
        cv.row(tb, cols, ["", "Visit totals", "", "", "", m(tot(svcs, "billed")), m(tot(svcs, "allowed")),
                          m(tot(svcs, "paid")), m(tot(svcs, "owes"))], 7.5, "B")
        bk.claim(vid, ref, pat, K.eobgen.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                                                      tot(svcs, "owes")), (cv.page, tb - 8, tb + 2))
        cv.rect(40, top, 532, tb + 4 - top)
        y = tb + 14
    if y > 690:
        cv.text(306, 770, f"Page {cv.page} of {npages or 0}", 7.5, align="c")
        cv.new_page()
        y = page_head(False)
    cv.text(40, y + 6, "Questions about a visit? Ask at the Health Center desk. Questions about what the plan paid? "
            "Call Tidewater Plan Services at 1-800-555-0173.", 7.5, "I")
    cv.text(40, y + 18, "Your visit fee: the $10.00 therapy fee applies once per visit date. "
            "Laser light therapy is excluded by the plan and is your cost.", 7.5, "I")
    cv.text(306, 770, f"Page {cv.page} of {npages or 0}", 7.5, align="c")
    return bk, cv.close()


# ===================================================================================================== y02
def y02(out: Path, npages):
    """Telehealth therapy platform monthly session statement to a parent (fpdf2, DejaVu Sans)."""
    name = "y02_telehealth_session_statement.pdf"
    cv = K.Canvas("fpdf2", out / name, LETTER, "DejaVuSans")
    m = lambda x: money(x, "$")  # noqa: E731
    bk = K.Book(name, "y02_telehealth_session_statement", "fpdf2",
                "Telehealth speech/OT platform monthly session statement to the account holder (a parent)",
                money=m, date=lambda x: dfmt(x, "mdy4"), footer_of=True,
                extra_check=lambda ln: None if D(ln["billed"]) - D(ln["discount"]) - D(ln["paid"]) - D(ln["patient_owes"]) == 0
                else "fee - discount - insurance - your cost != 0")
    MA, LU = "Mateo Castellanos-Webb", "Lucía Castellanos-Webb"
    a = PlanState(copay_codes={"92507": D("30.00"), "92523": D("30.00")}, allowed_rate=D("0.78"))
    b = PlanState(ded_left=D("180.00"), allowed_rate=D("0.74"))
    sessions = [
        (MA, "S-260102-0417", "26002E40511", "Kendra Oduya, CCC-SLP", 60, a, [Svc(d(2026, 1, 2), "92523", 1, ("95",))]),
        (MA, "S-260106-0562", "26006E44102", "Kendra Oduya, CCC-SLP", 45, a, [Svc(d(2026, 1, 6), "92507", 1, ("95",))]),
        (MA, "S-260113-0788", "26013E47760", "Kendra Oduya, CCC-SLP", 45, a, [Svc(d(2026, 1, 13), "92507", 1, ("95",))]),
        (MA, "S-260120-0931", "26020E51294", "Jonah Pirelli, CCC-SLP", 45, a, [Svc(d(2026, 1, 20), "92507", 1, ("95",))]),
        (MA, "S-260127-1105", "26027E55018", "Kendra Oduya, CCC-SLP", 45, a, [Svc(d(2026, 1, 27), "92507", 1, ("95",))]),
        (LU, "S-260105-0503", "26005E43377", "Ruth Anand, OTR/L", 75, b,
         [Svc(d(2026, 1, 5), "97165", 1, ("GO", "95")), Svc(d(2026, 1, 5), "97535", 1, ("GO", "95"))]),
        (LU, "S-260112-0716", "26012E46825", "Ruth Anand, OTR/L", 45, b,
         [Svc(d(2026, 1, 12), "97530", 2, ("GO", "95")), Svc(d(2026, 1, 12), "97535", 1, ("GO", "95"))]),
        (LU, "S-260119-0899", "26019E50413", "Ruth Anand, OTR/L", 45, b,
         [Svc(d(2026, 1, 19), "97533", 2, ("GO", "95"), denied="PR")]),
        (LU, "S-260126-1062", "26026E54170", "Ruth Anand, OTR/L", 45, b,
         [Svc(d(2026, 1, 26), "97530", 2, ("GO", "95")), Svc(d(2026, 1, 26), "97110", 1, ("GO", "95"))]),
    ]
    for *_, st, svcs in sessions:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    cols = K.cols_from(36, [(60, "l"), (78, "l"), (112, "l"), (30, "r"), (58, "r"), (58, "r"), (62, "r"), (58, "r"), (24, "l")])
    cols[-1] = (cols[-1][0] + 4, 60, "l")

    def head(first):
        cv.rect(36, 30, 540, 40, fill=0.12, stroke=False)
        cv.text(48, 50, "lumen bridge", 16, "B", gray=1.0)
        cv.text(48, 62, "virtual speech, language & occupational therapy", 7.5, gray=0.85)
        cv.text(564, 48, "Monthly session statement", 10, "B", align="r", gray=1.0)
        cv.text(564, 61, "January 2026", 8, align="r", gray=0.85)
        y = 88
        if first:
            for i, (k, v) in enumerate([("Account holder", "Priya Castellanos-Webb"), ("Account no.", "LB-77310"),
                                        ("Statement date", "02/04/2026"), ("Questions", "care@lumenbridge.example · 1-888-555-0126")]):
                cv.text(36, y + i * 11, k, 7.5, "B")
                cv.text(120, y + i * 11, v, 7.5)
            msg = ("Lumen Bridge is in network with Crestline Health Plan. We bill your plan after each session; "
                   "the amount under Your cost is charged to the card on file once the plan has processed the claim.")
            for i, ln in enumerate(cv.wrap(msg, 230, 7)):
                cv.text(340, y + i * 9, ln, 7, "I")
            y += 52
        return y

    def colhead(y):
        cv.line(36, y - 9, 576, y - 9, 0.3)
        cv.row(y, cols, [["Session", "date"], ["Session no."], ["Clinician"], ["Min"], ["Session", "fee"],
                         ["Plan", "discount"], ["Insurance", "paid"], ["Your", "cost"], ["Status"]], 6.8, "B", lh=8)
        cv.line(36, y + 11, 576, y + 11, 0.3)
        return y + 22

    y = head(True)
    current = None
    for pat, sid, icn, clin, mins, st, svcs in sessions:
        need = 14 * len(svcs) + (40 if pat != current else 0)
        if y + need > 742:
            cv.text(306, 772, f"Page {cv.page} of {npages or 0}", 7, align="c")
            cv.new_page()
            y = head(False)
            current = None
        if pat != current:
            plan = "Speech therapy · Crestline Health Plan PPO" if pat == MA else "Occupational therapy · Crestline Health Plan HDHP"
            cv.rect(36, y, 540, 15, fill=0.9, stroke=False)
            cv.text(40, y + 10.5, f"Sessions for {pat}", 8.5, "B")
            cv.text(572, y + 10.5, plan, 7.5, align="r")
            y = colhead(y + 30)
            current = pat
        for i, s in enumerate(svcs):
            base = y + 7
            status = "Not covered" if s.denied else "Processed"
            cv.row(base, cols, [dfmt(s.dos, "mdy4"), sid if i == 0 else "", clin if i == 0 else "",
                                str(mins) if i == 0 else "", m(s.billed), m(s.discount), m(s.paid), m(s.owes), status], 7)
            sub = f"{s.code} · modifiers {' '.join(s.mods)} · {s.desc.lower()} · insurer claim {icn}"
            cv.text(cols[2][0] + 2, base + 8.5, sub, 6.2, gray=0.4)
            bk.add((cv.page, base - 7, base + 10), s, claim_id=sid, payer_claim_id=icn, patient=pat,
                   printed=("billed", "discount", "paid", "patient_owes"), units=False)
            y += 20
        bk.claim(sid, icn, pat, None)
        cv.line(36, y - 2, 576, y - 2, 0.2, gray=0.6)
    y += 8
    allsv = [s for *_, svcs in sessions for s in svcs]
    cv.rect(330, y, 246, 46)
    for i, (k, v) in enumerate([("Session fees", tot(allsv, "billed")), ("Insurance paid", tot(allsv, "paid")),
                                ("Charged to card ending 4471", tot(allsv, "owes"))]):
        cv.text(338, y + 12 + i * 12, k, 7.5, "B" if i == 2 else "R")
        cv.text(570, y + 12 + i * 12, m(v), 7.5, "B" if i == 2 else "R", align="r")
    cv.text(36, y + 12, "Status 'Not covered': your plan does not cover this service by video visit;", 6.8, "I")
    cv.text(36, y + 21, "the full session fee is your cost. You may appeal to Crestline Health Plan.", 6.8, "I")
    cv.text(306, 772, f"Page {cv.page} of {npages or 0}", 7, align="c")
    return bk, cv.close()


# ===================================================================================================== y03
def y03(out: Path, npages):
    """Out-of-network reimbursement app 'claim outcome report' (reportlab, Liberation Sans, cards)."""
    name = "y03_oon_app_claim_outcomes.pdf"
    cv = K.Canvas("reportlab", out / name, LETTER, "LibSans")
    m = lambda x: money(x, "$")  # noqa: E731
    bk = K.Book(name, "y03_oon_app_claim_outcomes", "reportlab",
                "Out-of-network claims-submission app: claim outcome report for a household, one card per superbill",
                money=m, date=lambda x: dfmt(x, "mon"), footer_of=True,
                extra_check=lambda ln: None if D(ln["billed"]) - D(ln["paid"]) == D(ln["patient_owes"]) else "net cost")
    TH, NO = "Theo Whitfield-Ruiz", "Nora Whitfield-Ruiz"
    st1 = PlanState(ded_left=D("140.00"), coins_rate=D("0.40"), allowed_rate=D("0.62"))
    st2 = PlanState(ded_left=D("0.00"), coins_rate=D("0.40"), allowed_rate=D("0.58"))
    cards = [
        ("Harborview Speech & Feeding, PLLC", "INV-20417", "NW2601187734", TH, "Jan 14, 2026", "Feb 2, 2026", st1,
         [Svc(d(2026, 1, 5), "92523", 1), Svc(d(2026, 1, 7), "92507", 1, ("GN",)),
          Svc(d(2026, 1, 12), "92507", 1, ("GN",)), Svc(d(2026, 1, 12), "92526", 1, ("GN",))]),
        ("Juniper Hand & Upper Limb Therapy", "JH-7730-02", "NW2601190451", NO, "Jan 16, 2026", "Feb 3, 2026", st2,
         [Svc(d(2026, 1, 8), "97166", 1, ("GO",)), Svc(d(2026, 1, 8), "97760", 1, ("GO", "RT")),
          Svc(d(2026, 1, 8), "L3807", 1, ("RT",)), Svc(d(2026, 1, 13), "97140", 2, ("GO",)),
          Svc(d(2026, 1, 13), "0552T", 1, denied="PR")]),
        ("Harborview Speech & Feeding, PLLC", "INV-20488", "NW2601224019", TH, "Jan 28, 2026", "Feb 6, 2026", st1,
         [Svc(d(2026, 1, 19), "92507", 1, ("GN",)), Svc(d(2026, 1, 21), "92507", 1, ("GN",)),
          Svc(d(2026, 1, 26), "92507", 1, ("GN",)), Svc(d(2026, 1, 26), "92526", 1, ("GN",))]),
        ("Juniper Hand & Upper Limb Therapy", "JH-7730-03", "NW2601239906", NO, "Jan 30, 2026", "Feb 6, 2026", st2,
         [Svc(d(2026, 1, 20), "97140", 2, ("GO",)), Svc(d(2026, 1, 20), "97110", 2, ("GO",)),
          Svc(d(2026, 1, 27), "97168", 1, ("GO",)), Svc(d(2026, 1, 27), "97530", 2, ("GO",))]),
    ]
    for *_, st, svcs in cards:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.owes = s.billed - s.paid
    cols = K.cols_from(48, [(62, "l"), (40, "l"), (40, "l"), (30, "r"), (62, "r"), (56, "r"), (56, "r"), (56, "r"),
                            (58, "r"), (56, "r")])

    def head(first):
        cv.text(48, 50, "ClaimKite", 18, "B")
        cv.text(140, 50, "out-of-network claims, filed for you", 8, "I", gray=0.4)
        cv.text(564, 44, "Claim outcome report", 10, "B", align="r")
        cv.text(564, 56, "Household: Dana Whitfield-Ruiz  ·  Member ID NWH-4410-2286-01", 7.5, align="r")
        cv.line(48, 64, 564, 64, 2, gray=0.6)
        if first:
            msg = ("These superbills were filed with Northway Health as out-of-network claims. Northway pays you directly; "
                   "it bases its payment on its own allowed amount, then applies your out-of-network deductible and 40% "
                   "coinsurance. Your net cost is what you paid the provider less what Northway reimbursed.")
            for i, ln in enumerate(cv.wrap(msg, 516, 8)):
                cv.text(48, 82 + i * 10.5, ln, 8)
            return 120
        return 80

    y = head(True)
    for prov, inv, clm, pat, sub, dec, st, svcs in cards:
        h = 50 + 22 + 21 * len(svcs) + 18
        if y + h > 745:
            cv.text(306, 770, f"Page {cv.page} of {npages or 0}  ·  ClaimKite does not decide claims; Northway Health does.", 7, align="c", gray=0.4)
            cv.new_page()
            y = head(False)
        top = y
        cv.rect(40, y, 532, 44, fill=0.95, stroke=False)
        cv.text(48, y + 14, f"Superbill from {prov}", 9.5, "B")
        cv.text(564, y + 14, "Processed", 8.5, "B", align="r")
        cv.text(48, y + 27, f"Patient {pat}   ·   Provider invoice {inv}   ·   Submitted {sub}", 7.8)
        cv.text(48, y + 38, f"Northway claim no. {clm}   ·   Decision {dec}   ·   Paid to: Dana Whitfield-Ruiz", 7.8)
        y += 56
        cv.row(y, cols, [["Date"], ["CPT"], ["Mod"], ["Units"], ["You paid", "provider"], ["Northway", "allowed"],
                         ["OON", "deductible"], ["OON", "coinsurance"], ["Reimbursed", "to you"], ["Your net", "cost"]],
               6.8, "B", lh=8)
        y += 14
        cv.line(48, y, 564, y, 0.3)
        for s in svcs:
            base = y + 10
            cv.row(base, cols, [dfmt(s.dos, "mon"), s.code, " ".join(s.mods), K.eobgen.units_str(s.units), m(s.billed),
                                m(s.allowed), m(s.deductible), m(s.coinsurance), m(s.paid), m(s.owes)], 7.8)
            note = s.desc + ("  —  not eligible: excluded service under your plan" if s.denied else "")
            cv.text(cols[1][0] + 2, base + 9, note, 6.5, "I", gray=0.45)
            bk.add((cv.page, base - 8, base + 11), s, claim_id=inv, payer_claim_id=clm, patient=pat,
                   printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"))
            y += 21
        cv.line(48, y, 564, y, 0.3)
        tb = y + 10
        cv.row(tb, cols, ["Card total", "", "", "", m(tot(svcs, "billed")), m(tot(svcs, "allowed")), "", "",
                          m(tot(svcs, "paid")), m(tot(svcs, "owes"))], 7.8, "B")
        bk.claim(inv, clm, pat, K.eobgen.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"),
                                                      tot(svcs, "owes")), (cv.page, tb - 8, tb + 2))
        cv.rect(40, top, 532, tb + 6 - top, lw=0.8)
        y = tb + 20
    cv.text(48, y + 4, "Out-of-network deductible met so far in 2026: $500.00 of $500.00 (Theo)  ·  $500.00 of $500.00 (Nora)", 7.5)
    cv.text(306, 770, f"Page {cv.page} of {npages or 0}  ·  ClaimKite does not decide claims; Northway Health does.", 7, align="c", gray=0.4)
    return bk, cv.close()


# ===================================================================================================== y04
def y04(out: Path, npages):
    """State Medicaid fee-for-service recipient EOMB with 'did you get this service?' boxes (fpdf2, Liberation Serif)."""
    name = "y04_medicaid_recipient_verification.pdf"
    cv = K.Canvas("fpdf2", out / name, LETTER, "LibSerif")
    m = lambda x: money(x, "$")  # noqa: E731
    bk = K.Book(name, "y04_medicaid_recipient_verification", "fpdf2",
                "State Medicaid fee-for-service recipient explanation of medical benefits asking the household to "
                "confirm each service", money=m, date=lambda x: dfmt(x, "mdyn"), footer_of=True)
    J, E, R = "JONAH A PELLETIER", "EVIE M PELLETIER", "RENEE PELLETIER"
    provs = [
        ("Little Harbor Pediatric Therapy", "114 Quarry Street, Bellmont, NW 59811", [
            (J, "2026-009-0041187", [Svc(d(2026, 1, 5), "97530", 2, ("GO",)), Svc(d(2026, 1, 5), "97535", 1, ("GO",))]),
            (J, "2026-016-0043920", [Svc(d(2026, 1, 12), "97530", 2, ("GO",)), Svc(d(2026, 1, 12), "97112", 1, ("GO",))]),
            (E, "2026-016-0043921", [Svc(d(2026, 1, 12), "92507", 1, ("GN",))]),
            (E, "2026-023-0046258", [Svc(d(2026, 1, 20), "92507", 1, ("GN",)), Svc(d(2026, 1, 20), "92526", 1, ("GN",))]),
        ]),
        ("Bellmont Family Medicine", "9 Courthouse Square, Bellmont, NW 59810", [
            (R, "2026-014-0043116", [Svc(d(2026, 1, 9), "99213", 1)]),
            (J, "2026-014-0043117", [Svc(d(2026, 1, 9), "96110", 1), Svc(d(2026, 1, 9), "99212", 1)]),
        ]),
        ("Westmarch Orthotic & Hand Center", "2100 Mill Road, Suite 4, Carver Falls, NW 59740", [
            (R, "2026-021-0045702", [Svc(d(2026, 1, 16), "97760", 1, ("GO",)), Svc(d(2026, 1, 16), "L3807", 1, ("RT",)),
                                     Svc(d(2026, 1, 16), "97140", 2, ("GO",), denied="CO")]),
        ]),
    ]
    for _, _, claims in provs:
        for pat, icn, svcs in claims:
            for s in svcs:
                medicaid(s)
                if pat == R and s.code in ("99213",) and not s.denied:
                    s.copay = D("2.00")
                    s.paid -= s.copay
                    s.owes = s.copay
    cols = K.cols_from(40, [(92, "l"), (50, "l"), (44, "l"), (30, "l"), (30, "r"), (62, "r"), (62, "r"), (48, "r"),
                            (114, "l")])

    def head(first):
        cv.text(306, 40, "STATE OF NORTH WESTMARCH", 11, "B", align="c")
        cv.text(306, 52, "Department of Human Services  ·  Medical Assistance Program", 9, align="c")
        cv.text(306, 66, "RECIPIENT EXPLANATION OF MEDICAL BENEFITS", 12, "B", align="c")
        cv.line(40, 72, 572, 72, 1)
        if not first:
            cv.text(40, 86, "Case no. 0718-22094-3  ·  continued", 8, "I")
            return 100
        cv.text(40, 90, "RENEE PELLETIER", 9)
        cv.text(40, 101, "48 Alder Lane, Apt 2", 9)
        cv.text(40, 112, "Bellmont, NW 59811", 9)
        for i, (k, v) in enumerate([("Notice date:", "February 5, 2026"), ("Case no.:", "0718-22094-3"),
                                    ("Services paid:", "January 1 - 31, 2026")]):
            cv.text(380, 90 + i * 11, k, 8.5, "B")
            cv.text(460, 90 + i * 11, v, 8.5)
        msg = ("Medicaid paid the providers below for care given to people in your household. This is NOT a bill. "
               "Please look at each service. If someone in your household did NOT get a service, mark NO and send "
               "this page back in the envelope, or call the Program Integrity line at 1-800-555-0190. You do not "
               "need to return this notice if every service is correct.")
        for i, ln in enumerate(cv.wrap(msg, 532, 8.5)):
            cv.text(40, 134 + i * 11, ln, 8.5)
        return 190

    def colhead(y):
        cv.rect(40, y, 532, 20, fill=0.88)
        cv.row(y + 8, cols, [["Person who got", "the service"], ["Date of", "service"], ["Procedure"], ["Mod"],
                             ["Units"], ["Provider", "billed"], ["Medicaid", "paid"], ["Your", "co-pay"],
                             ["Claim reference /", "Did you get this service?"]], 7, "B", lh=8)
        return y + 20

    y = head(True)
    for prov, addr, claims in provs:
        nrows = sum(len(s) for _, _, s in claims)
        if y + 40 + nrows * 24 > 740:
            cv.text(306, 772, f"Page {cv.page} of {npages or 0}", 7.5, align="c")
            cv.new_page()
            y = head(False)
        cv.text(40, y + 10, f"Provider: {prov}", 9, "B")
        cv.text(572, y + 10, addr, 7.5, align="r")
        y = colhead(y + 14)
        for pat, icn, svcs in claims:
            for s in svcs:
                base = y + 9
                cv.row(base, cols, [pat, dfmt(s.dos, "mdyn"),
                                    s.code, " ".join(s.mods), K.eobgen.units_str(s.units), m(s.billed), m(s.paid),
                                    m(s.owes), icn], 7.5)
                cv.rect(cols[8][0] + 4, base + 3, 6, 6)
                cv.text(cols[8][0] + 12, base + 8.5, "Yes", 7)
                cv.rect(cols[8][0] + 34, base + 3, 6, 6)
                cv.text(cols[8][0] + 42, base + 8.5, "No", 7)
                bk.add((cv.page, base - 7.5, base + 9.5), s, claim_id=None, payer_claim_id=icn, patient=pat,
                       printed=("billed", "paid", "copay", "patient_owes"))
                y += 22
                cv.line(40, y, 572, y, 0.3)
            bk.claim(None, icn, pat, None)
        y += 14
    if y > 600:
        cv.text(306, 772, f"Page {cv.page} of {npages or 0}", 7.5, align="c")
        cv.new_page()
        y = head(False)
    cv.rect(40, y, 532, 84)
    cv.text(48, y + 14, "IF A SERVICE IS WRONG", 9, "B")
    for i, ln in enumerate(["Marked NO on any line?  Sign below and return this page.  We will not stop your coverage",
                            "because you reported a problem.  Co-pays: adults pay $2.00 for an office visit; children",
                            "under 19 pay no co-pay.  Services marked Medicaid paid $0.00 were not paid to the provider",
                            "and you do not owe for them."]):
        cv.text(48, y + 28 + i * 11, ln, 8.5)
    cv.text(48, y + 78, "Signature ______________________________    Phone ____________________    Date __________", 8.5)
    cv.text(306, 772, f"Page {cv.page} of {npages or 0}", 7.5, align="c")
    return bk, cv.close()


# ===================================================================================================== y05
def y05(out: Path, npages):
    """Medicaid managed long-term services plan remittance to a home health agency, with EVV match results
    (fpdf2, DejaVu Sans Condensed, landscape)."""
    name = "y05_ltss_home_health_evv_remit.pdf"
    cv = K.Canvas("fpdf2", out / name, LAND, "DejaVuCond")
    m = lambda x: money(x, ",", "-")  # noqa: E731
    bk = K.Book(name, "y05_ltss_home_health_evv_remit", "fpdf2",
                "Medicaid managed LTSS plan provider remittance to a home health agency with EVV match results",
                money=m, date=lambda x: dfmt(x, "mdy2"), footer_of=True,
                adj_tokens=lambda g, r, a: [f"{g}-{r}", m(D(a))])
    members = [
        ("KOWALCZYK, DOROTA", "PC00418822", "CP-260105-11", "2026006000417", "A-55120", [
            (Svc(d(2026, 1, 5), "S9131", 1, ("GP",)), "EV-88012341", "Verified", None),
            (Svc(d(2026, 1, 7), "G0152", 3, ("GO",)), "EV-88019977", "Verified", None),
            (Svc(d(2026, 1, 9), "G0152", 4, ("GO",)), "EV-88026650", "Units mismatch", 3),
            (Svc(d(2026, 1, 9), "T1019", 16, ("U3",)), "EV-88026702", "Verified", None),
            (Svc(d(2026, 1, 12), "T1019", 16, ("U3",)), "EV-88031548", "No visit found", 0),
        ]),
        ("OKAFOR, BENEDICT C", "PC00502761", "CP-260106-04", "2026006000418", "A-55187", [
            (Svc(d(2026, 1, 6), "S9129", 1, ("GO",)), "EV-88015520", "Verified", None),
            (Svc(d(2026, 1, 8), "G0153", 2, ("GN",)), "EV-88021904", "Verified", None),
            (Svc(d(2026, 1, 13), "G0153", 2, ("GN",)), "EV-88033417", "Verified", None),
            (Svc(d(2026, 1, 13), "97535", 2, ("GO",)), "EV-88033450", "Verified", None),
        ]),
        ("LINDQVIST, ASTRID", "PC00377105", "CP-260107-19", "2026007000092", "A-54966", [
            (Svc(d(2026, 1, 7), "G0151", 3, ("GP",)), "EV-88019310", "Verified", None),
            (Svc(d(2026, 1, 14), "G0151", 3, ("GP",)), "EV-88036002", "Late match", None),
            (Svc(d(2026, 1, 14), "T1019", 12, ("U3",)), "EV-88036071", "No visit found", 0),
            (Svc(d(2026, 1, 16), "S9131", 1, ("GP",)), "EV-88041186", "Verified", None),
        ]),
        ("TSOSIE, MARLENE R", "PC00611934", "CP-260112-02", "2026013000211", "A-55302", [
            (Svc(d(2026, 1, 12), "S9128", 1, ("GN",)), "EV-88030127", "Verified", None),
            (Svc(d(2026, 1, 15), "G0153", 3, ("GN",)), "EV-88039455", "Units mismatch", 2),
            (Svc(d(2026, 1, 15), "T1019", 20, ("U3",)), "EV-88039480", "Verified", None),
            (Svc(d(2026, 1, 19), "G0153", 2, ("GN",)), "EV-88046611", "Verified", None),
            (Svc(d(2026, 1, 21), "T1019", 20, ("U3",)), "EV-88050902", "Verified", None),
            (Svc(d(2026, 1, 23), "T1019", 20, ("U3",)), "EV-88055340", "No visit found", 0),
        ]),
        ("KOWALCZYK, DOROTA", "PC00418822", "CP-260119-07", "2026020000388", "A-55120", [
            (Svc(d(2026, 1, 19), "G0152", 3, ("GO",)), "EV-88047008", "Verified", None),
            (Svc(d(2026, 1, 19), "97535", 2, ("GO",)), "EV-88047031", "Verified", None),
            (Svc(d(2026, 1, 21), "T1019", 16, ("U3",)), "EV-88050118", "Late match", None),
            (Svc(d(2026, 1, 23), "G0152", 4, ("GO",)), "EV-88054772", "Verified", None),
            (Svc(d(2026, 1, 26), "S9131", 1, ("GP",)), "EV-88059120", "Verified", None),
        ]),
    ]
    rows = {}
    for _, _, _, _, _, lines in members:
        for s, evv, res, paid_units in lines:
            adjs, rem = [], []
            if paid_units is None:
                medicaid(s)
                adjs = [("CO", "45", s.discount)]
                if res == "Late match":
                    rem = ["E07"]
            elif paid_units == 0:
                s.allowed = ZERO
                s.paid = ZERO
                adjs = [("CO", "16", s.billed)]
                rem = ["E12"]
            else:
                per = D(K.eobgen.FEE[s.code])
                s.allowed = q(D(K.eobgen.SCHED[s.code]) * paid_units)
                s.paid = s.allowed
                cut = q(per * (s.units - paid_units))
                adjs = [("CO", "45", s.billed - cut - s.allowed), ("CO", "16", cut)]
                rem = ["E31"]
            s.adjs = adjs
            rows[id(s)] = (adjs, rem)
    cols = K.cols_from(26, [(22, "r"), (50, "l"), (40, "l"), (30, "l"), (32, "r"), (62, "l"), (62, "l"), (60, "r"),
                            (60, "r"), (60, "r"), (50, "l"), (56, "r"), (40, "l"), (92, "l")])

    def head():
        cv.text(30, 34, "PRAIRIE CROSSING COMMUNITY CARE", 12, "B")
        cv.text(30, 45, "Medicaid Long-Term Services & Supports Plan  ·  Provider Remittance Advice", 8)
        cv.text(762, 34, "PAYEE: CEDAR PORCH HOME HEALTH LLC", 8.5, "B", align="r")
        cv.text(762, 45, "NPI 1992004471  ·  TAX ID 84-2290137  ·  EFT 0006615520  ·  PAID 02/06/26", 8, align="r")
        cv.line(30, 52, 762, 52, 1)
        cv.row(66, cols, [["LN"], ["SVC", "DATE"], ["PROC"], ["MOD"], ["UNITS"], ["EVV VISIT ID"], ["EVV RESULT"],
                          ["BILLED"], ["ALLOWED"], ["PAID"], ["GRP-RSN"], ["ADJ AMT"], ["MSG"], ["DESCRIPTION"]],
               7, "B", lh=8)
        cv.line(30, 78, 762, 78, 0.5)
        return 90

    y = head()
    for mem, mid, acct, icn, auth, lines in members:
        need = 16 + sum(11 * len(rows[id(s)][0]) for s, *_ in lines) + 16
        if y + need > 572:
            cv.text(396, 596, f"Page {cv.page} of {npages or 0}", 7, align="c")
            cv.new_page()
            y = head()
        cv.rect(30, y, 732, 13, fill=0.9, stroke=False)
        cv.text(34, y + 9.5, f"MEMBER: {mem}   MEMBER ID {mid}   PAT ACCT {acct}   CLAIM # {icn}   AUTH # {auth}"
                             "   CLAIM STATUS: PAID", 7.2, "B")
        y += 14
        svcs = []
        for ln_no, (s, evv, res, _pu) in enumerate(lines, 1):
            adjs, rem = rows[id(s)]
            base = y + 8.5
            cv.row(base, cols, [str(ln_no), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), K.eobgen.units_str(s.units),
                                evv, res, m(s.billed), m(s.allowed), m(s.paid), f"{adjs[0][0]}-{adjs[0][1]}",
                                m(adjs[0][2]), " ".join(rem), s.desc], 7)
            for j, (g, r, a) in enumerate(adjs[1:], 1):
                cv.row(base + 10 * j, cols, [""] * 10 + [f"{g}-{r}", m(a), "", ""], 7)
            bot = base + 10 * (len(adjs) - 1) + 2
            bk.add((cv.page, base - 7, bot), s, claim_id=acct, payer_claim_id=icn, patient=mem,
                   printed=("billed", "allowed", "paid"), adjustments=adjs, remarks=rem)
            y += 10 * len(adjs) + 1
            svcs.append(s)
        cv.line(cols[7][0], y + 1, cols[9][0] + 60, y + 1, 0.4)
        tb = y + 10
        cv.row(tb, cols, ["", "", "", "", "", "", "CLAIM TOTALS", m(tot(svcs, "billed")), m(tot(svcs, "allowed")),
                          m(tot(svcs, "paid")), "", "", "", ""], 7, "B")
        bk.claim(acct, icn, mem, K.eobgen.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")),
                 (cv.page, tb - 7, tb + 2))
        y = tb + 10
    if y > 500:
        cv.text(396, 596, f"Page {cv.page} of {npages or 0}", 7, align="c")
        cv.new_page()
        y = head()
    cv.text(30, y + 10, "MESSAGE CODES", 8, "B")
    for i, (c, t) in enumerate([("E07", "EVV record matched after the daily window; paid, please send visits on time."),
                                ("E12", "No EVV visit on file for this member, service and date: line not payable."),
                                ("E31", "EVV visit shows fewer units than billed: paid for the units on the visit record.")]):
        cv.text(30, y + 22 + i * 10, c, 7.5, "B")
        cv.text(60, y + 22 + i * 10, t, 7.5)
    bk.legend = [("E07", "EVV matched late; paid."), ("E12", "No EVV visit on file; not payable."),
                 ("E31", "EVV units fewer than billed; paid for EVV units.")]
    cv.text(396, 596, f"Page {cv.page} of {npages or 0}", 7, align="c")
    return bk, cv.close()


# ===================================================================================================== y06
def y06(out: Path, npages):
    """University speech-language-hearing clinic client statement with a sliding-fee column and a left
    sidebar (reportlab, DejaVu Serif)."""
    name = "y06_university_speech_clinic_statement.pdf"
    cv = K.Canvas("reportlab", out / name, LETTER, "DejaVuSerif")
    m = lambda x: money(x, ",")  # noqa: E731
    bk = K.Book(name, "y06_university_speech_clinic_statement", "reportlab",
                "University speech-language-hearing clinic client statement with insurance activity and sliding fees",
                money=m, date=lambda x: dfmt(x, "mdy2"))
    OB, MS = "Oliver Brandvold", "Margit Solheim"
    st = PlanState(ded_left=D("60.00"), coins_rate=D("0.20"), allowed_rate=D("0.80"))
    encs = [  # patient, enc, insurer claim, svc, slide
        (OB, "E-26-00312", "7730014455", Svc(d(2026, 1, 6), "92523", 1), None),
        (OB, "E-26-00348", "7730016102", Svc(d(2026, 1, 8), "92507", 1), None),
        (OB, "E-26-00391", "7730018870", Svc(d(2026, 1, 13), "92507", 1), None),
        (OB, "E-26-00426", "7730021345", Svc(d(2026, 1, 15), "92508", 1), None),
        (OB, "E-26-00460", "7730023811", Svc(d(2026, 1, 20), "92507", 1), None),
        (MS, "E-26-00331", None, Svc(d(2026, 1, 7), "92610", 1), D("0.40")),
        (MS, "E-26-00377", None, Svc(d(2026, 1, 12), "92526", 1), D("0.40")),
        (MS, "E-26-00409", None, Svc(d(2026, 1, 14), "92526", 1), D("0.40")),
        (MS, "E-26-00447", None, Svc(d(2026, 1, 19), "92507", 1), D("0.40")),
    ]
    slides = {}
    for pat, enc, clm, s, rate in encs:
        if rate is None:
            commercial(s, st)
            slides[enc] = None
        else:
            sl = q(s.billed * rate)
            slides[enc] = sl
            s.owes = s.billed - sl
    sb = 150  # sidebar width
    cols = K.cols_from(40 + sb + 8, [(40, "l"), (50, "l"), (30, "l"), (22, "r"), (40, "r"), (40, "r"), (40, "r"),
                                      (42, "r"), (40, "r")])
    cv.rect(40, 30, sb, 732, fill=0.92, stroke=False)
    side = [("NORTHGATE STATE", "B", 9), ("UNIVERSITY", "B", 9), ("", "R", 6), ("Speech-Language-Hearing", "R", 7.5),
            ("Clinic", "R", 7.5), ("Dept. of Communication", "I", 7), ("Sciences & Disorders", "I", 7),
            ("", "R", 6), ("310 Larch Hall", "R", 7), ("Northgate, OR 97399", "R", 7), ("541-555-0162", "R", 7),
            ("", "R", 10), ("ACCOUNT SUMMARY", "B", 7.5), ("Account  G-04417", "R", 7), ("Guarantor", "R", 7),
            ("  Ingrid Brandvold", "R", 7), ("Statement  02/05/26", "R", 7), ("", "R", 6),
            ("Sliding fee tier", "B", 7), ("  Tier C: 40% off", "R", 7), ("  (Margit Solheim,", "R", 7),
            ("  approved 12/15/25)", "R", 7), ("", "R", 8), ("Services are given by", "I", 6.8),
            ("graduate student", "I", 6.8), ("clinicians under a", "I", 6.8), ("licensed, certified", "I", 6.8),
            ("supervisor.", "I", 6.8)]
    yy = 50
    for t, stl, sz in side:
        cv.text(48, yy, t, sz, stl)
        yy += sz + 4
    x0 = 40 + sb + 8
    cv.text(x0, 50, "CLIENT STATEMENT", 14, "B")
    cv.text(x0, 63, "Spring term 2026  ·  services 01/05/26 - 01/31/26", 8, "I")
    cv.text(x0, 80, "Ingrid Brandvold", 8.5)
    cv.text(x0, 91, "1187 Fernhill Drive", 8.5)
    cv.text(x0, 102, "Northgate, OR 97398", 8.5)
    y = 124
    for pat in (OB, MS):
        mine = [e for e in encs if e[0] == pat]
        cv.rect(x0, y, 572 - x0, 15, fill=0.85, stroke=False)
        extra = "Insurance: Cascade Mutual, policy CM-88120-03" if pat == OB else "Self-pay, sliding fee"
        cv.text(x0 + 4, y + 10.5, f"Client: {pat}", 8.5, "B")
        cv.text(568, y + 10.5, extra, 7, align="r")
        y += 26
        cv.row(y, cols, [["Date"], ["Enc. no."], ["CPT"], ["Units"], ["Fee"], ["Ins.", "paid"], ["Ins.", "adjust."],
                         ["Sliding", "fee disc."], ["You", "owe"]], 6.6, "B", lh=7.5)
        y += 10
        cv.line(x0, y, 572, y, 0.4)
        for pat_, enc, clm, s, rate in mine:
            base = y + 10
            ins = rate is None
            cv.row(base, cols, [dfmt(s.dos, "mdy2"), enc, s.code, K.eobgen.units_str(s.units), m(s.billed),
                                m(s.paid) if ins else "—", m(s.discount) if ins else "—",
                                "—" if ins else m(slides[enc]), m(s.owes)], 7)
            sub = (f"{s.desc}; filed with Cascade Mutual 01/{s.dos.day + 2:02d}/26, claim {clm}" if ins
                   else f"{s.desc}; not billed to insurance")
            cv.text(cols[0][0] + 2, base + 9, sub, 6.3, "I", gray=0.35)
            bk.add((cv.page, base - 7, base + 10), s, claim_id=enc, payer_claim_id=clm, patient=pat,
                   printed=("billed", "paid", "discount", "patient_owes") if ins else ("billed", "patient_owes"))
            bk.claim(enc, clm, pat, None)
            assert s.billed - (s.discount if ins else slides[enc]) - (s.paid if ins else 0) - s.owes == 0
            y += 21
        cv.line(x0, y, 572, y, 0.4)
        y += 12
        cv.text(x0 + 4, y, f"{pat}: you owe", 7.5, "B")
        cv.text(568, y, m(sum((e[3].owes for e in mine), ZERO)), 7.5, "B", align="r")
        y += 22
    due = sum((e[3].owes for e in encs), ZERO)
    cv.rect(x0, y, 572 - x0, 34)
    cv.text(x0 + 8, y + 14, "AMOUNT DUE THIS STATEMENT", 9, "B")
    cv.text(564, y + 14, money(due, "$"), 11, "B", align="r")
    cv.text(x0 + 8, y + 27, "Payment is due before the start of summer session. Pay online or at Larch Hall room 310.", 7, "I")
    return bk, cv.close()


# ===================================================================================================== y07
def y07(out: Path, npages):
    """Occupational-health clinic employer account statement, monospaced (fpdf2, core Courier)."""
    name = "y07_occhealth_employer_statement.pdf"
    cv = K.Canvas("fpdf2", out / name, LETTER, "courier")
    m = lambda x: money(x, ",", "-")  # noqa: E731
    bk = K.Book(name, "y07_occhealth_employer_statement", "fpdf2",
                "Occupational-health clinic employer account statement: invoices per employee, contract discount, "
                "employer payments applied", money=m, date=lambda x: dfmt(x, "mdy2"), footer_of=True)
    invs = [
        ("OC-55120", "HALVORSEN, BRIT", "44817", "PO 7781-A", True,
         [Svc(d(2026, 1, 5), "99203", 1), Svc(d(2026, 1, 5), "80305", 1), Svc(d(2026, 1, 5), "73030", 1, ("LT",))]),
        ("OC-55134", "MBEKI, SIPHO", "45102", "PO 7781-B", True,
         [Svc(d(2026, 1, 6), "97750", 4, ("GP",))]),
        ("OC-55167", "HALVORSEN, BRIT", "44817", "PO 7781-A", True,
         [Svc(d(2026, 1, 12), "97545", 1, ("GP",)), Svc(d(2026, 1, 12), "97546", 2, ("GP",)),
          Svc(d(2026, 1, 14), "97545", 1, ("GP",)), Svc(d(2026, 1, 14), "97546", 2, ("GP",))]),
        ("OC-55190", "DUARTE-LIMA, RAFAEL", "45230", "PO 7790", True,
         [Svc(d(2026, 1, 13), "99212", 1), Svc(d(2026, 1, 13), "97110", 2, ("GP",)),
          Svc(d(2026, 1, 13), "97140", 1, ("GP", "59"))]),
        ("OC-55214", "MBEKI, SIPHO", "45102", "PO 7781-B", False,
         [Svc(d(2026, 1, 20), "97545", 1, ("GP",)), Svc(d(2026, 1, 20), "97546", 3, ("GP",)),
          Svc(d(2026, 1, 22), "97546", 4, ("GP",))]),
        ("OC-55238", "OYELOWO, FUNMI", "45311", "PO 7802", False,
         [Svc(d(2026, 1, 26), "80305", 1), Svc(d(2026, 1, 26), "97750", 6, ("GP",)), Svc(d(2026, 1, 27), "97763", 1, ("GO",))]),
        ("OC-55251", "DUARTE-LIMA, RAFAEL", "45230", "PO 7790", False,
         [Svc(d(2026, 1, 27), "97110", 3, ("GP",)), Svc(d(2026, 1, 27), "97530", 1, ("GP",))]),
        ("OC-55266", "HALVORSEN, BRIT", "44817", "PO 7781-A", False,
         [Svc(d(2026, 1, 28), "97750", 8, ("GP",)), Svc(d(2026, 1, 28), "80305", 1)]),
        ("OC-55270", "PRZYBYLSKI, JAN", "45390", "PO 7815", False,
         [Svc(d(2026, 1, 28), "99203", 1), Svc(d(2026, 1, 28), "73030", 1, ("RT",)), Svc(d(2026, 1, 29), "97161", 1, ("GP",)),
          Svc(d(2026, 1, 29), "97110", 2, ("GP",)), Svc(d(2026, 1, 30), "97140", 1, ("GP",)),
          Svc(d(2026, 1, 30), "97110", 2, ("GP",))]),
        ("OC-55284", "MBEKI, SIPHO", "45102", "PO 7781-B", False,
         [Svc(d(2026, 1, 29), "97545", 1, ("GP",)), Svc(d(2026, 1, 29), "97546", 4, ("GP",)),
          Svc(d(2026, 1, 30), "97546", 4, ("GP",)), Svc(d(2026, 1, 30), "97750", 4, ("GP",))]),
        ("OC-55291", "OYELOWO, FUNMI", "45311", "PO 7802", False,
         [Svc(d(2026, 1, 30), "97110", 2, ("GP",)), Svc(d(2026, 1, 30), "97112", 1, ("GP",)),
          Svc(d(2026, 1, 30), "97530", 2, ("GO",))]),
    ]
    for *_, paid, svcs in invs:
        for s in svcs:
            s.allowed = q(s.billed * D("0.85"))
            s.discount = s.billed - s.allowed
            s.paid = s.allowed if paid else ZERO
    # columns in characters (Courier 7.2 pt: 4.32 pt per character)
    cw = 4.32
    spec = [(10, "l"), (10, "l"), (7, "l"), (7, "l"), (5, "r"), (11, "r"), (11, "r"), (11, "r"), (11, "r"),
            (11, "r"), (28, "l")]
    cols = K.cols_from(36, [(n * cw, a) for n, a in spec])

    def head():
        cv.text(36, 40, "NORTHBANK OCCUPATIONAL HEALTH & REHABILITATION", 10, "B")
        cv.text(36, 51, "1450 CANNERY ROW EAST  RIVERTON WA 98771  BILLING 360-555-0114", 7.5)
        cv.text(576, 40, "EMPLOYER ACCOUNT STATEMENT", 10, "B", align="r")
        cv.text(576, 51, "STMT DATE 02/02/26   ACCT EMP-0907", 7.5, align="r")
        cv.text(36, 66, "BILL TO: GRANITE RIDGE LOGISTICS INC  ATTN RISK & SAFETY  88 DEPOT ST  RIVERTON WA 98772", 7.5)
        cv.line(36, 72, 576, 72, 0.6)
        cv.row(84, cols, ["DOS", "INVOICE", "CODE", "MOD", "QTY", "CHARGE", "CONTR DISC", "NET DUE", "PAID",
                          "BALANCE", "SERVICE"], 7.2, "B")
        cv.text(36, 92, "-" * 125, 7.2)
        return 104

    y = head()
    grand = []
    for inv, emp, eid, po, paid, svcs in invs:
        if y + 22 + 10 * len(svcs) + 14 > 730:
            cv.text(306, 770, f"PAGE {cv.page} OF {npages or 0}", 7.2, align="c")
            cv.new_page()
            y = head()
        cv.text(36, y, f"INVOICE {inv}  EMPLOYEE: {emp}  EMP ID {eid}  {po}  "
                       f"{'PAID 01/30/26 CHK 0044172' if paid else 'OPEN - DUE 02/26/26'}", 7.2, "B")
        y += 11
        for s in svcs:
            bal = s.allowed - s.paid
            cv.row(y, cols, [dfmt(s.dos, "mdy2"), inv, s.code, " ".join(s.mods), K.eobgen.units_str(s.units),
                             m(s.billed), m(s.discount), m(s.allowed), m(s.paid), m(bal), s.desc.upper()[:28]], 7.2)
            bk.add((cv.page, y - 7, y + 2), s, claim_id=inv, payer_claim_id=None, patient=emp,
                   printed=("billed", "discount", "allowed", "paid"))
            y += 10
            grand.append(s)
        cv.row(y, cols, ["", "", "", "", "", "-" * 10, "-" * 10, "-" * 10, "-" * 10, "-" * 10, ""], 7.2)
        y += 9
        cv.row(y, cols, ["", "INV TOTAL", "", "", "", m(tot(svcs, "billed")), m(tot(svcs, "discount")),
                         m(tot(svcs, "allowed")), m(tot(svcs, "paid")), m(tot(svcs, "allowed") - tot(svcs, "paid")), ""], 7.2, "B")
        bk.claim(inv, None, emp, K.eobgen.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")),
                 (cv.page, y - 7, y + 2))
        y += 18
    if y > 650:
        cv.text(306, 770, f"PAGE {cv.page} OF {npages or 0}", 7.2, align="c")
        cv.new_page()
        y = head()
    open_bal = tot(grand, "allowed") - tot(grand, "paid")
    cv.text(36, y, "=" * 125, 7.2)
    cv.text(36, y + 12, f"ACCOUNT TOTALS   CHARGES {m(tot(grand, 'billed'))}   CONTRACT DISCOUNT {m(tot(grand, 'discount'))}"
                        f"   PAYMENTS {m(tot(grand, 'paid'))}   BALANCE DUE {m(open_bal)}", 7.2, "B")
    cv.text(36, y + 28, f"AGING   CURRENT {m(open_bal)}   31-60 0.00   61-90 0.00   OVER 90 0.00", 7.2)
    cv.text(36, y + 44, "CONTRACT: GRANITE RIDGE LOGISTICS EMPLOYER SERVICES AGREEMENT 2025-11, 15% OFF STANDARD FEES.", 7.2)
    cv.text(36, y + 54, "EMPLOYEE VISITS ARE BILLED TO THE EMPLOYER ONLY. DO NOT SEND THIS STATEMENT TO EMPLOYEES.", 7.2)
    cv.text(306, 770, f"PAGE {cv.page} OF {npages or 0}", 7.2, align="c")
    return bk, cv.close()


# ===================================================================================================== y08
def y08(out: Path, npages):
    """County indigent health program provider payment notice, ruled grid with share of cost (reportlab,
    core Times, landscape). PLANTED claim-total mismatch."""
    name = "y08_county_indigent_care_payment_notice.pdf"
    cv = K.Canvas("reportlab", out / name, LAND, "times")
    m = lambda x: money(x, ",", "()")  # noqa: E731
    bk = K.Book(name, "y08_county_indigent_care_payment_notice", "reportlab",
                "County indigent health program provider payment notice with client share of cost, ruled grid",
                money=m, date=lambda x: dfmt(x, "mdy4"), footer_of=True,
                extra_check=lambda ln: None if D(ln["allowed"]) - D(ln["patient_owes"]) == D(ln["paid"]) else "approved - SOC != paid")
    claims = [
        ("26-0113-00271", "VARGA, ILONA", "C-310448", "RV-88102", D("25.00"),
         [(Svc(d(2026, 1, 5), "97161", 1, ("GP",)), None), (Svc(d(2026, 1, 5), "97110", 2, ("GP",)), None),
          (Svc(d(2026, 1, 7), "97110", 2, ("GP",)), None)]),
        ("26-0113-00272", "ACHTERBERG, PIETER", "C-309917", "RV-88117", D("0.00"),
         [(Svc(d(2026, 1, 6), "97165", 1, ("GO",)), None), (Svc(d(2026, 1, 6), "97530", 2, ("GO",)), None),
          (Svc(d(2026, 1, 6), "L3807", 1, ("LT",)), None)]),
        ("26-0120-00418", "VARGA, ILONA", "C-310448", "RV-88164", D("10.00"),
         [(Svc(d(2026, 1, 12), "97750", 3, ("GP",)), d(2026, 1, 14)), (Svc(d(2026, 1, 12), "97112", 1, ("GP",)), None),
          (Svc(d(2026, 1, 14), "97140", 1, ("GP",)), None), (Svc(d(2026, 1, 14), "0552T", 1, denied="CO"), None)]),
        ("26-0120-00419", "NAKAGAWA, REI", "C-311260", "RV-88170", D("15.00"),
         [(Svc(d(2026, 1, 13), "92610", 1, ("GN",)), None), (Svc(d(2026, 1, 15), "92526", 1, ("GN",)), None),
          (Svc(d(2026, 1, 20), "92526", 1, ("GN",)), None), (Svc(d(2026, 1, 22), "92526", 1, ("GN",)), None)]),
        ("26-0127-00533", "ACHTERBERG, PIETER", "C-309917", "RV-88211", D("0.00"),
         [(Svc(d(2026, 1, 20), "97530", 3, ("GO",)), None), (Svc(d(2026, 1, 20), "97535", 1, ("GO",)), None),
          (Svc(d(2026, 1, 27), "97530", 2, ("GO",)), None), (Svc(d(2026, 1, 27), "97760", 1, ("GO",)), None)]),
    ]
    msgs = {}
    for cno, _, _, _, soc, lines in claims:
        left = soc
        for s, _end in lines:
            medicaid(s, deny_reason="96")
            code = ["P01"]
            if s.denied:
                code = ["D44"]
            elif left:
                s.owes = min(left, s.allowed)
                s.paid = s.allowed - s.owes
                left -= s.owes
                code = ["P01", "S02"]
            msgs[id(s)] = code
    cols = K.cols_from(30, [(62, "l"), (44, "l"), (90, "l"), (48, "l"), (36, "l"), (28, "l"), (26, "r"), (58, "r"),
                            (58, "r"), (52, "r"), (58, "r"), (44, "l"), (128, "l")])
    planted = "26-0120-00419"

    def head():
        cv.text(30, 36, "COUNTY OF LOWER ESKER  ·  HEALTH ACCESS PROGRAM", 13, "B")
        cv.text(30, 49, "Claims Unit, 600 Courthouse Annex, Esker Falls, MN 56999  ·  Program for uninsured county residents", 9)
        cv.text(762, 36, "PROVIDER PAYMENT NOTICE", 12, "B", align="r")
        cv.text(762, 49, "Warrant no. 0031877  ·  Warrant date 01/30/2026", 9, align="r")
        cv.text(30, 64, "Pay to: Esker Valley Rehabilitation Associates  ·  Vendor no. V-20466", 9)
        y0 = 74
        cv.rect(30, y0, 732, 22, fill=0.85)
        labels = [["Program", "claim no."], ["Pat. acct"], ["Client"], ["Client ID"], ["Proc"], ["Mod"], ["Qty"],
                  ["Billed"], ["Approved"], ["Share of", "cost"], ["Paid"], ["Msg"], ["Service from - to"]]
        cv.row(y0 + 9, cols, labels, 8, "B", lh=9)
        return y0 + 22

    def grid(y_top, y_bot):
        for x, w, _ in cols[1:]:
            cv.line(x, y_top, x, y_bot, 0.3)

    y = head()
    for cno, client, cid, acct, soc, lines in claims:
        if y + 13 * len(lines) + 14 > 560:
            cv.text(396, 590, f"Page {cv.page} of {npages or 0}", 8, align="c")
            cv.new_page()
            y = head()
        top = y
        svcs = []
        for i, (s, end) in enumerate(lines):
            base = y + 9.5
            span = dfmt(s.dos, "mdy4") + (" - " + dfmt(end, "mdy4") if end else "")
            cv.row(base, cols, [cno, acct, client, cid, s.code, " ".join(s.mods), K.eobgen.units_str(s.units),
                                m(s.billed), m(s.allowed), m(s.owes), m(s.paid), " ".join(msgs[id(s)]), span], 8)
            bk.add((cv.page, base - 8, base + 2.5), s, claim_id=acct, payer_claim_id=cno, patient=client,
                   printed=("billed", "allowed", "paid", "patient_owes"), remarks=msgs[id(s)], service_end=end)
            y += 13
            cv.line(30, y, 762, y, 0.3)
            svcs.append(s)
        tb = y + 9.5
        pt = tot(svcs, "paid") + (D("10.00") if cno == planted else 0)
        cv.rect(30, y, 732, 13, fill=0.95, stroke=False)
        cv.row(tb, cols, ["", "", "Claim total", "", "", "", "", m(tot(svcs, "billed")), m(tot(svcs, "allowed")),
                          m(tot(svcs, "owes")), m(pt), "", ""], 8, "B")
        bk.claim(acct, cno, client, K.eobgen.claim_totals(tot(svcs, "billed"), tot(svcs, "allowed"), pt, tot(svcs, "owes")),
                 (cv.page, tb - 8, tb + 2.5))
        if cno == planted:
            bk.findings.append(K.mismatch(cno, "Paid", pt, tot(svcs, "paid")))
        y += 13
        cv.line(30, y, 762, y, 0.8)
        grid(top, y)
        cv.line(30, top, 30, y, 0.3)
        cv.line(762, top, 762, y, 0.3)
        y += 6
    if y > 480:
        cv.text(396, 590, f"Page {cv.page} of {npages or 0}", 8, align="c")
        cv.new_page()
        y = head()
    cv.text(30, y + 14, "MESSAGE CODES", 9, "B")
    leg = [("P01", "Paid at the Health Access Program rate for this service."),
           ("S02", "Client share of cost taken from this line; collect it from the client."),
           ("D44", "Not a program benefit; the client may not be billed for it.")]
    for i, (c, t) in enumerate(leg):
        cv.text(30, y + 27 + i * 11, c, 8.5, "B")
        cv.text(64, y + 27 + i * 11, t, 8.5)
    bk.legend = leg
    cv.text(396, 590, f"Page {cv.page} of {npages or 0}", 8, align="c")
    return bk, cv.close()


# ===================================================================================================== y09
def y09(out: Path, npages):
    """Therapy clinic credit-balance refund letter with the per-service working and a refund check stub
    (fpdf2, Liberation Sans)."""
    name = "y09_clinic_refund_letter.pdf"
    cv = K.Canvas("fpdf2", out / name, LETTER, "LibSans")
    m = lambda x: money(x, "$")  # noqa: E731
    bk = K.Book(name, "y09_clinic_refund_letter", "fpdf2",
                "Pediatric OT and feeding clinic credit-balance refund letter, estimate collected vs share per EOB",
                money=m, date=lambda x: dfmt(x, "mdy4"), footer_of=True,
                extra_check=lambda ln: None if D(ln["billed"]) - D(ln["discount"]) - D(ln["paid"]) == D(ln["patient_owes"]) else "charge split")
    KO, AM = "Kofi Osei", "Ama Osei"
    st = PlanState(ded_left=D("0.00"), coins_rate=D("0.15"), allowed_rate=D("0.76"))
    visits = [
        ("V-33018", "SM-9920-11734", KO, [(Svc(d(2026, 1, 6), "97530", 3, ("GO",)), D("55.00")),
                                          (Svc(d(2026, 1, 6), "97533", 1, ("GO",)), D("20.00"))]),
        ("V-33057", "SM-9920-12208", AM, [(Svc(d(2026, 1, 9), "92610", 1), D("60.00")),
                                          (Svc(d(2026, 1, 9), "92526", 1, ("GN",)), D("30.00"))]),
        ("V-33102", "SM-9920-12771", KO, [(Svc(d(2026, 1, 13), "97530", 2, ("GO",)), D("40.00")),
                                          (Svc(d(2026, 1, 13), "97112", 1, ("GO",)), D("20.00")),
                                          (Svc(d(2026, 1, 13), "97535", 1, ("GO",)), D("15.00"))]),
        ("V-33149", "SM-9920-13360", AM, [(Svc(d(2026, 1, 16), "92526", 1, ("GN",)), D("30.00"))]),
        ("V-33190", "SM-9920-13902", KO, [(Svc(d(2026, 1, 20), "97530", 3, ("GO",)), D("55.00")),
                                          (Svc(d(2026, 1, 20), "97760", 1, ("GO",)), D("25.00"))]),
    ]
    for *_, lines in visits:
        for s, _c in lines:
            commercial(s, st)
    cols = K.cols_from(40, [(58, "l"), (118, "l"), (56, "l"), (30, "r"), (54, "r"), (56, "r"), (56, "r"), (56, "r"),
                            (48, "r")])

    def foot():
        cv.text(306, 772, f"Willow Lane Pediatric Therapy  ·  Page {cv.page} of {npages or 0}", 7, align="c", gray=0.4)

    cv.text(40, 48, "Willow Lane", 20, "B", gray=0.25)
    cv.text(40, 62, "PEDIATRIC OCCUPATIONAL THERAPY & FEEDING CLINIC", 7.5, "B", gray=0.4)
    cv.text(572, 44, "402 Willow Lane, Suite B", 8, align="r")
    cv.text(572, 54, "Ashbury, NC 27599", 8, align="r")
    cv.text(572, 64, "Billing office 919-555-0137", 8, align="r")
    cv.text(40, 96, "February 9, 2026", 9)
    for i, t in enumerate(["Hannah Osei", "77 Brookstone Court", "Ashbury, NC 27598"]):
        cv.text(40, 116 + i * 11, t, 9)
    cv.text(40, 160, "Re: Refund of your credit balance  ·  Guarantor account WL-18804", 9.5, "B")
    letter = ("Dear Hannah Osei, at each visit we collected an estimate of your share of the cost. Sunrise Mutual "
              "has now processed these visits, and for most services your share on their Explanation of Benefits "
              "came out lower than what you paid. The table below shows each service: our charge, what Sunrise "
              "Mutual paid, our contract write-off, your share as the plan figured it, what you paid at the visit, "
              "and the difference. A refund check for the total is enclosed below.")
    yy = 178
    for ln in cv.wrap(letter, 532, 9):
        cv.text(40, yy, ln, 9)
        yy += 12
    y = yy + 8

    def colhead(y):
        cv.line(40, y - 2, 572, y - 2, 0.6)
        cv.row(y + 8, cols, [["Date"], ["Service"], ["Code"], ["Units"], ["Our", "charge"], ["Insurance", "paid"],
                             ["Contract", "write-off"], ["Your share", "per EOB"], ["Paid at", "visit"]], 7, "B", lh=8)
        cv.line(40, y + 18, 572, y + 18, 0.6)
        return y + 20

    y = colhead(y)
    refund = ZERO
    for vid, clm, pat, lines in visits:
        if y + 16 + 12 * len(lines) + 16 > 740:
            foot()
            cv.new_page()
            y = colhead(50)
        cv.text(42, y + 10, f"Visit {vid}  ·  {pat}  ·  Sunrise Mutual claim #{clm}", 7.8, "B")
        y += 14
        svcs = []
        for s, coll in lines:
            base = y + 8
            cv.row(base, cols, [dfmt(s.dos, "mdy4"), s.desc[:30], "-".join((s.code, *s.mods)), K.eobgen.units_str(s.units),
                                m(s.billed), m(s.paid), m(s.discount), m(s.owes), m(coll)], 7.5)
            bk.add((cv.page, base - 7.5, base + 2.5), s, claim_id=vid, payer_claim_id=clm, patient=pat,
                   printed=("billed", "paid", "discount", "patient_owes"))
            refund += coll - s.owes
            y += 11.5
            svcs.append(s)
        cv.line(cols[4][0], y + 1, 572, y + 1, 0.3)
        tb = y + 10
        cv.row(tb, cols, ["", "Visit total", "", "", m(tot(svcs, "billed")), m(tot(svcs, "paid")),
                          m(tot(svcs, "discount")), m(tot(svcs, "owes")), m(sum((c for _, c in lines), ZERO))], 7.5, "B")
        bk.claim(vid, clm, pat, K.eobgen.claim_totals(billed=tot(svcs, "billed"), paid=tot(svcs, "paid"),
                                                      patient_owes=tot(svcs, "owes")), (cv.page, tb - 7.5, tb + 2.5))
        y = tb + 8
    if y > 600:
        foot()
        cv.new_page()
        y = 50
    cv.text(40, y + 14, f"Total paid at visits less your share per EOB = refund due to you: {m(refund)}", 9, "B")
    cv.text(40, y + 28, "If you would rather keep this credit on your account for future visits, call us before "
            "cashing the check.", 8.5, "I")
    cv.line(40, y + 48, 572, y + 48, 0.6, dash=True)
    cv.text(572, y + 46, "detach here", 6.5, align="r", gray=0.5)
    cv.rect(40, y + 58, 532, 70, fill=0.95)
    cv.text(48, y + 74, "WILLOW LANE PEDIATRIC THERAPY  ·  REFUND CHECK", 9, "B")
    cv.text(48, y + 88, "Check no. 10418     Date 02/09/2026     Account WL-18804", 8.5)
    cv.text(48, y + 102, "Pay to the order of:  Hannah Osei", 8.5)
    cv.text(564, y + 102, m(refund), 12, "B", align="r")
    cv.text(48, y + 118, "Ashbury Community Bank  ·  NOT NEGOTIABLE AFTER 180 DAYS", 7, gray=0.4)
    foot()
    return bk, cv.close()


# ===================================================================================================== y10
VI = {  # our own plain Vietnamese wording for the services used here
    "97530": "Hoạt động trị liệu", "97535": "Tập tự chăm sóc", "92507": "Trị liệu ngôn ngữ",
    "92523": "Đánh giá ngôn ngữ", "97110": "Bài tập trị liệu", "97112": "Tập thăng bằng",
    "97166": "Đánh giá trị liệu nghề nghiệp", "97140": "Trị liệu bằng tay", "99213": "Khám bệnh tái khám",
    "97129": "Trị liệu nhận thức",
}


def y10(out: Path, npages):
    """Bilingual English/Vietnamese Medicaid managed-care member EOB (reportlab, DejaVu Sans)."""
    name = "y10_bilingual_vi_medicaid_mco_eob.pdf"
    cv = K.Canvas("reportlab", out / name, LETTER, "DejaVuSans")
    m = lambda x: money(x, "$")  # noqa: E731
    bk = K.Book(name, "y10_bilingual_vi_medicaid_mco_eob", "reportlab",
                "Bilingual English / Vietnamese Medicaid managed-care member EOB with note letters",
                money=m, date=lambda x: dfmt(x, "mdy4"), footer_of=True)
    BT, LN = "Bao Tran Nguyen", "Linh Nguyen"
    claims = [
        (BT, "BL26A0091472", "PT-00871", "Saigon Street Children's Therapy", [
            (Svc(d(2026, 1, 5), "92523", 1), []), (Svc(d(2026, 1, 7), "92507", 1, ("GN",)), []),
            (Svc(d(2026, 1, 12), "92507", 1, ("GN",)), [])]),
        (BT, "BL26A0104418", "PT-00871", "Saigon Street Children's Therapy", [
            (Svc(d(2026, 1, 14), "97166", 1, ("GO",)), []), (Svc(d(2026, 1, 14), "97535", 2, ("GO",)), []),
            (Svc(d(2026, 1, 21), "97530", 3, ("GO",)), ["B"])]),
        (LN, "BL26A0110265", "88-40112", "Riverside Stroke Recovery Clinic", [
            (Svc(d(2026, 1, 8), "97110", 2, ("GP",)), []), (Svc(d(2026, 1, 8), "97112", 1, ("GP",)), []),
            (Svc(d(2026, 1, 15), "97140", 1, ("GP",)), []), (Svc(d(2026, 1, 15), "97129", 1), ["C"])]),
        (LN, "BL26A0121903", "88-40112", "Riverside Stroke Recovery Clinic", [
            (Svc(d(2026, 1, 22), "97110", 3, ("GP",)), []), (Svc(d(2026, 1, 22), "99213", 1), ["A"])]),
    ]
    for *_, lines in claims:
        for s, notes in lines:
            if "B" in notes:
                s.denied = "CO"
            medicaid(s)
            if "A" in notes:
                s.copay = D("3.00")
                s.paid -= s.copay
                s.owes = s.copay
    cols = K.cols_from(40, [(60, "l"), (168, "l"), (62, "l"), (34, "r"), (62, "r"), (62, "r"), (50, "r"), (34, "l")])

    def head(first):
        cv.text(40, 44, "Bay Lotus Health Plan", 15, "B")
        cv.text(40, 56, "Medicaid managed care  ·  Chương trình Medicaid", 8, gray=0.35)
        cv.text(572, 42, "EXPLANATION OF BENEFITS", 10, "B", align="r")
        cv.text(572, 54, "GIẢI THÍCH QUYỀN LỢI", 9, "B", align="r", gray=0.35)
        cv.line(40, 62, 572, 62, 1.2)
        if not first:
            return 80
        for i, (a, b, v) in enumerate([("Member", "Hội viên", "Linh Nguyen"), ("Member ID", "Số hội viên", "BLH-2207-4415"),
                                       ("Date", "Ngày", "02/06/2026")]):
            cv.text(40, 80 + i * 12, f"{a} / {b}:", 8, "B")
            cv.text(160, 80 + i * 12, v, 8)
        msg_en = "This is not a bill. It shows what we paid for care given to your family."
        msg_vi = "Đây không phải là hóa đơn. Thư này cho biết chương trình đã trả gì cho việc chăm sóc gia đình quý vị."
        cv.rect(300, 74, 272, 36, fill=0.93, stroke=False)
        for i, ln in enumerate(cv.wrap(msg_en, 266, 7.5) + cv.wrap(msg_vi, 266, 7.5)):
            cv.text(304, 84 + i * 9, ln, 7.5, "I" if i >= len(cv.wrap(msg_en, 266, 7.5)) else "R")
        return 126

    y = head(True)
    for pat, clm, acct, prov, lines in claims:
        need = 34 + 22 + 22 * len(lines) + 16
        if y + need > 735:
            cv.text(306, 772, f"Page {cv.page} of {npages or 0}  ·  Trang {cv.page} / {npages or 0}", 7, align="c")
            cv.new_page()
            y = head(False)
        cv.rect(40, y, 532, 28, fill=0.88, stroke=False)
        cv.text(44, y + 11, f"Patient / Bệnh nhân: {pat}", 8.5, "B")
        cv.text(568, y + 11, f"Claim no. / Số hồ sơ: {clm}", 8, align="r")
        cv.text(44, y + 23, f"Provider / Nơi cung cấp: {prov}", 7.5)
        cv.text(568, y + 23, f"Provider's account no. / Số tài khoản: {acct}", 7.5, align="r")
        y += 40
        cv.row(y, cols, [["Date of service", "Ngày dịch vụ"], ["Service", "Dịch vụ"], ["Code", "Mã"], ["Units", "Số lần"],
                         ["Billed", "Số tiền tính"], ["Plan paid", "Chương trình trả"], ["You owe", "Quý vị nợ"],
                         ["Note", "Ghi chú"]], 6.8, "B", lh=8)
        y += 12
        cv.line(40, y, 572, y, 0.4)
        svcs = []
        for s, notes in lines:
            base = y + 10
            cv.row(base, cols, [dfmt(s.dos, "mdy4"), [s.desc, VI[s.code]], " ".join((s.code, *s.mods)),
                                K.eobgen.units_str(s.units), m(s.billed), m(s.paid), m(s.owes), " ".join(notes)], 7.5, lh=9)
            bk.add((cv.page, base - 7.5, base + 11), s, claim_id=acct, payer_claim_id=clm, patient=pat,
                   printed=("billed", "paid", "patient_owes"), remarks=notes)
            y += 22
            svcs.append(s)
        cv.line(40, y, 572, y, 0.4)
        tb = y + 10
        cv.row(tb, cols, ["", "Claim total / Tổng cộng", "", "", m(tot(svcs, "billed")), m(tot(svcs, "paid")),
                          m(tot(svcs, "owes")), ""], 7.5, "B")
        bk.claim(acct, clm, pat, K.eobgen.claim_totals(billed=tot(svcs, "billed"), paid=tot(svcs, "paid"),
                                                       patient_owes=tot(svcs, "owes")), (cv.page, tb - 7.5, tb + 2.5))
        y = tb + 18
    leg = [("A", "Adult office visit co-pay of $3.00.", "Tiền đồng trả $3.00 cho lần khám của người lớn."),
           ("B", "No prior approval on file. You do not owe this amount.", "Không có giấy phép trước. Quý vị không nợ số tiền này."),
           ("C", "Paid as billed; no code modifier needed.", "Đã trả theo hóa đơn.")]
    if y > 660:
        cv.text(306, 772, f"Page {cv.page} of {npages or 0}  ·  Trang {cv.page} / {npages or 0}", 7, align="c")
        cv.new_page()
        y = head(False)
    cv.text(40, y + 4, "Notes / Ghi chú", 8.5, "B")
    for i, (c, en, vi) in enumerate(leg):
        cv.text(40, y + 17 + i * 20, c, 7.5, "B")
        cv.text(54, y + 17 + i * 20, en, 7.5)
        cv.text(54, y + 26 + i * 20, vi, 7.5, "I", gray=0.35)
    bk.legend = [(c, en) for c, en, _ in leg]
    cv.text(306, 772, f"Page {cv.page} of {npages or 0}  ·  Trang {cv.page} / {npages or 0}", 7, align="c")
    return bk, cv.close()


# ========================================================================================================= main
LAYOUTS = [y01, y02, y03, y04, y05, y06, y07, y08, y09, y10]


def build(fn, out: Path):
    _, n = fn(out, None)
    bk, n2 = fn(out, n)
    assert n == n2, fn.__name__
    bk.write(out / bk.name, n2)
    return bk


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write the held-out set 14 PDFs with truth files.")
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files (the factory, not the reader)")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout14_"))
    root = HERE.parent.parent.resolve()
    if (root / "samples") in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    books = [build(fn, out) for fn in LAYOUTS]
    nl = sum(len(b.lines) for b in books)
    npg = sum(b.pages for b in books)
    print(f"wrote {len(books)} PDFs, {nl} service lines, {npg} pages into {out}")
    if a.check:
        errs = []
        for b in books:
            errs += K.check_book(b, out / b.name)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
