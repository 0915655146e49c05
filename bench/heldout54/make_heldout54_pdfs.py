"""Write the FIFTY-FOURTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an
independent measurement of the PDF reader on ten layouts, two of each of the five commonest real kinds,
each in a house style of its own. Written without looking at the reader, its tests, docs or accuracy scripts.

Run:  python bench/heldout54/make_heldout54_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout54/make_heldout54_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helpers: bench/heldout54/h54.py (one canvas
API over reportlab and fpdf2, the self-check) and samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt,
truth format; h54 adds a few invented fees for non-therapy codes in memory only).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed; modifiers [] where none are printed; description null
where no wording is printed). claim_id = the provider's own account / patient-control / invoice / visit /
medical-record / hospital-account number, payer_claim_id = the payer's claim number / ICN / CCN, patient
exactly as printed (the person served, never the subscriber or guarantor unless the same person). Where a
layout prints From and Thru dates, service_end = the Thru date. Adjustments are recorded only where the layout
prints a group+reason code with its amount (d2, p1, p2). Claim totals are recorded only where the layout prints
a per-claim total (d1 and s1 print none: all-null totals). Every name, number, payer, provider, address and ID
is invented; descriptions and legends are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness).

Layouts:
  c1  commercial PPO member EOB for a family of three (reportlab, portrait, Liberation Sans 6.4 pt): subscriber box,
      deductible band, grey claim heads "Patient: <name> (Daughter)" / "Claim ID:" / "Provider account no.",
      Service date / Service (wrapped 2-3 line wording) / Code "97530-GO" / Amount billed / Plan discount / Not
      covered / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / What you owe / Notes, no units,
      a not-covered line the member owes, the daughter's claim continues onto page 2 with a "(continued)" line
      and the column header repeated, "Claim total" rows, notes legend
  c2  commercial copay-plan "Health Benefits Statement" grouped by family member (fpdf2, landscape, DejaVu Serif
      Condensed): dark banner, "Services for <name>" sections, one-line claim heads with "Your provider's patient
      number", Proc. / Mod / Qty columns, Charges submitted / Member savings / Plan allowance / Not payable /
      Deductible / Copay / Coinsurance / Plan paid / Your total responsibility / Reason, $35 per-visit copay, a
      not-payable line the member does not owe, four family members; PLANTED claim-total mismatch (the "Your
      total responsibility" total of claim 7Q2K52214 printed 10.00 high)
  m1  Medicare Summary Notice Part B (reportlab, portrait, DejaVu Sans): page-1 deductible and claims boxes, claims by
      provider with grey heads (date span, provider address, referred by, claim number), service DATES as bold
      sub-heads inside the claim, "Service Provided & Billing Code" wording with the code in parentheses, Service
      Approved? Yes/No, Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May
      Be Billed / See Notes Below, a denied service the beneficiary may be billed for, the long rehab claim
      continues onto page 2 with the header repeated, letter notes
  m2  Medicare Advantage HMO monthly member EOB in model-notice wording (fpdf2, portrait, core Helvetica):
      month/year-to-date box, "Part C (medical) claims we processed", grey claim bars with claim number and
      provider, Medical services and supplies / Date of service / Provider's charge / Plan's approved amount /
      Plan's share / Your share / See notes, $25 per-day therapy copay, a non-covered line the member pays, home
      health G-codes, "Total for this claim", numbered notes
  d1  state Medicaid "REMITTANCE ADVICE DETAILS (RAD)" (fpdf2, landscape, Liberation Mono fixed-width):
      *** ADJUSTMENTS / APPROVES / DENIES *** sections, one row per service line with RECIPIENT NAME "LAST, FIRST",
      RECIP ID, MED REC NO, CCN, LN, SERV DATE FROM THRU as MMDDYY, QTY, PROC, MOD, BILLED AMT, PAID AMT, RAD CODE;
      a provider-requested correction printed as two lines (new CCN repaid, original CCN reversed with
      leading-minus amounts), section totals, RAD code messages
  d2  state Medicaid fee-for-service "Provider Remittance Advice" (reportlab, portrait, core Times): grey claim heads
      (ICN, Patient Acct #, Claim Status, Client LAST, FIRST M, Client ID), Ln / From DOS / To DOS / Proc / Mods /
      Units "2.0" / Billed / Allowed / TPL / Copay / Paid / Adj Rsn "CO-45" / Adj Amt / Remark, a 46-line claim
      continued onto page 2 with "*** CLAIM CONTINUED ***" and the head repeated, a denied claim (CO-197), a VOID
      of a December claim with leading-minus amounts, payment summary
  p1  Medicare Part B standard-paper-remit reprint by a clearinghouse (fpdf2, portrait, DejaVu Sans Mono 6.4 pt):
      NAME / MID / ACNT / ICN / ASG / MOA claim lines, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC /
      MODS "GP KX" / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, extra adjustments STACKED under the
      line (CO-45, PR-1, PR-2, CO-253), REM lines, PT RESP + CLAIM TOTALS + NET lines, a CO-50 denial, a claim that
      runs onto page 2 with "(CONT)" on the repeated NAME line, glossary
  p2  practice-management "Insurance Payment Posting Register" of a Medicare payment (reportlab, landscape,
      Liberation Serif): run/user line, deposit batch and EFT trace, grey patient bands with chart and payer ICN,
      Visit # / DOS / CPT / Mod / Units / Charge / Allowed / Deductible / Coins / Paid / Pt Resp / Adjustment
      detail "CO45:118.88 PR1:60.00 PR2:8.22 CO253:0.66" / Rmk, two visits for one patient, a bundled CO-97 line,
      "Visit total" rows, batch totals
  s1  outpatient therapy clinic family statement to a guarantor (fpdf2, portrait, Liberation Sans): address block,
      statement box with amount due, previous balance and payment line, bold invoice heads "Invoice 30418 ·
      Patient: <name> · Billed to <plan>, claim # ...", Date / Code "97166-GO" / Description / Units / Charges /
      Insurance Paid / Insurance Adjustment / Your Balance, three family members, a not-covered line with an
      explanatory sub-line, statement totals and aging
  s2  hospital guarantor "Patient Statement" with itemized outpatient charges (reportlab, portrait, DejaVu Serif):
      page-1 amount-due box and summary of accounts, grey hospital-account heads (patient, service span, primary
      insurance), Date / Rev / Code "97140 GO" / Description / Qty / Amount, insurance payment (with its claim
      number), contractual adjustment and patient balance only per ACCOUNT (line paid / patient_owes null), three
      family members, the longest account continues onto page 2 with the header repeated

The self-check (--check) tests the factory, not the reader: for every truth line, a text row on its page (words
grouped by baseline with pdfplumber) holds its code, modifiers, units and the layout's row amounts; every
printed amount, the service (and end) date, adjustment group-reason and amount, remark codes and the start of
the description are on that page; ids and patient names are in the document; the page count matches; billed -
adjustments = paid where the layout prints every adjustment with its amount (d2, p1, p2); each printed claim
total is in the text and equals the sum of the lines unless it is the declared planted mismatch (which must
really differ).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h54  # noqa: E402  (also puts samples/pdf on sys.path and adds a few invented fees)
from h54 import Doc, wrap  # noqa: E402
from eobgen import (  # noqa: E402
    LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, total,
    truth_line, write_truth,
)

REPO = HERE.parents[1]


def d(m: int, day: int) -> date:
    return date(2026, m, day)


def M(x: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(x, style, neg)


def ctot(svcs, billed=True, allowed=True, paid=True, owes=True) -> dict:
    return claim_totals(total(svcs, "billed") if billed else None, total(svcs, "allowed") if allowed else None,
                        total(svcs, "paid") if paid else None, total(svcs, "owes") if owes else None)


class Flow:
    """A y cursor that starts a new page (and calls on_page) when a block does not fit."""

    def __init__(self, doc: Doc, bottom: float, on_page):
        self.doc, self.bottom, self.on_page = doc, bottom, on_page
        self.y = 0.0
        self.cont = None  # text of the running claim head, for continuation pages

    def start(self) -> None:
        self.doc.new_page()
        self.y = self.on_page(self)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.start()
            return True
        return False


def header_row(doc: Doc, y: float, cols, font: str, size: float, lh: float | None = None) -> float:
    """cols: (title with \\n, x, align). Returns the y below the header."""
    lh = lh or size + 1.5
    n = max(c[0].count("\n") + 1 for c in cols)
    for title, x, al in cols:
        parts = title.split("\n")
        off = n - len(parts)
        for i, t in enumerate(parts):
            doc.text(x, y + (off + i) * lh, t, font, size, al)
    return y + (n - 1) * lh


def cells(doc: Doc, y: float, cols, vals, font: str, size: float) -> None:
    for (title, x, al), v in zip(cols, vals):
        doc.text(x, y, v, font, size, al)


# ================================================================================================ c1
def c1(out: Path, total_pages: int | None = None):
    """Commercial PPO member EOB for a family, reportlab portrait Liberation Sans."""
    doc = Doc("reportlab", out / "c1_member_eob_family.pdf")
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = []
    ilse = [Svc(d(1, 6), "97166", 1, ("GO",), desc=LONG_DESC.get("97166", "OT evaluation, moderate complexity"))]
    for day in (8, 13, 15, 20, 22, 27, 29):
        ilse += [Svc(d(1, day), "97530", 2, ("GO",), desc=LONG_DESC["97530"]),
                 Svc(d(1, day), "97535", 1, ("GO",), desc=LONG_DESC["97535"])]
    ilse.insert(5, Svc(d(1, 13), "97533", 1, ("GO",), desc="Sensory integration activities, each 15 minutes",
                       denied="PR"))
    ilse.append(Svc(d(1, 22), "97112", 1, ("GO", "59"), desc="Neuromuscular re-education, balance and coordination"))
    pieter = [Svc(d(1, 9), "92523", 1, ("GN",)), Svc(d(1, 16), "92507", 1, ("GN",)),
              Svc(d(1, 23), "92507", 1, ("GN",))]
    teo = [Svc(d(1, 12), "97161", 1, ("GP",)), Svc(d(1, 12), "97140", 2, ("GP",), desc=LONG_DESC["97140"]),
           Svc(d(1, 12), "73110", 1, (), desc="X-ray of wrist, three views"),
           Svc(d(1, 19), "97110", 3, ("GP",), desc=LONG_DESC["97110"])]
    spec = [
        ("Pieter Vandermolen", "Son", "Tidewater Speech & Language Group", "TSL-3308", "E26-4471-0131", pieter,
         "01/28/2026", "02/02/2026"),
        ("Teodor Vandermolen", "Self", "Harborview Orthopedic & Hand Center", "HOC-0056219", "E26-4472-0007", teo,
         "01/29/2026", "02/02/2026"),
        ("Ilse Vandermolen", "Daughter", "Northgate Pediatric Therapy LLC", "NPT-77120", "E26-4471-0093", ilse,
         "01/27/2026", "02/02/2026"),
    ]
    for _, _, _, _, _, svcs, _, _ in spec:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["NC"]
            else:
                s.remarks = ["PD"] + (["DD"] if s.deductible else [])
    F, B = "LibSans", "LibSansB"
    X = 36
    cols = [("Service\ndate", X, "l"), ("Service", X + 42, "l"), ("Code", X + 178, "l"),
            ("Amount\nbilled", X + 246, "r"), ("Plan\ndiscount", X + 282, "r"), ("Not\ncovered", X + 316, "r"),
            ("Allowed\namount", X + 352, "r"), ("Deduct-\nible", X + 386, "r"), ("Copay", X + 414, "r"),
            ("Co-\ninsurance", X + 450, "r"), ("Plan\npaid", X + 486, "r"), ("What\nyou owe", X + 522, "r"),
            ("Notes", X + 528, "l")]

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 40, "CEDARLINE", B, 16)
        doc.text(X + doc.width("CEDARLINE ", B, 16), 40, "HEALTH PLAN", F, 16, gray=0.35)
        doc.text(576, 30, "Explanation of Benefits", B, 11, "r")
        doc.text(576, 43, "THIS IS NOT A BILL", B, 8, "r")
        doc.line(X, 50, 576, 50, 1.2)
        doc.text(X, 720 + 40, "Questions about this statement? Member Services 1-800-555-0148 (TTY 711), Mon-Fri 8 a.m.-8 p.m.",
                 F, 6.5)
        doc.text(576, 760, f"Page {p} of {total_pages or '?'}", F, 6.5, "r")
        if p == 1:
            doc.rect(X, 60, 250, 58)
            for i, (k, v) in enumerate((("Subscriber", "Teodor Vandermolen"), ("Member ID", "CXH 884201 77"),
                                        ("Group", "Lakeshore Tool & Die Co. 04471"), ("Statement date", "February 2, 2026"))):
                doc.text(X + 6, 72 + i * 12, k + ":", F, 7.5)
                doc.text(X + 80, 72 + i * 12, v, B, 7.5)
            doc.text(320, 70, "Teodor Vandermolen", F, 8)
            doc.text(320, 80, "4417 Alder Crest Way", F, 8)
            doc.text(320, 90, "Marlow Springs, OR 97999-0412", F, 8)
            doc.rect(X, 126, 540, 34, fill=0.93, stroke=False)
            doc.text(X + 6, 138, "Your 2026 family deductible: $250.00   Met so far: $250.00   Remaining: $0.00", B, 7.5)
            doc.text(X + 6, 150, "Keep this notice with your records. Your providers may bill you only for the amounts shown under"
                     " 'What you owe'.", F, 7)
            return 176
        return 66

    fl = Flow(doc, 712, furniture)
    fl.start()
    lines = []
    for name, rel, prov, acct, clm, svcs, recd, proc in spec:
        fl.need(60)
        doc.rect(X, fl.y, 540, 26, fill=0.88, stroke=False)
        doc.text(X + 4, fl.y + 10, f"Patient: {name} ({rel})", B, 8)
        doc.text(X + 230, fl.y + 10, f"Claim ID: {clm}", B, 8)
        doc.text(X + 390, fl.y + 10, f"Received {recd}  Processed {proc}", F, 7)
        doc.text(X + 4, fl.y + 21, f"Provider: {prov}", F, 7)
        doc.text(X + 230, fl.y + 21, f"Provider account no. {acct}", F, 7)
        doc.text(X + 390, fl.y + 21, "In-network", F, 7)
        fl.y += 40
        fl.cont = (name, clm)

        def colhead():
            y = header_row(doc, fl.y, cols, B, 6.4, 7.5)
            doc.line(X, y + 3, 576, y + 3, 0.6)
            fl.y = y + 12
        colhead()
        for s in svcs:
            dl = wrap(s.desc, 30)
            if fl.need(9 * len(dl) + 4):
                doc.text(X, fl.y, f"Claim ID {clm} for {name} (continued)", B, 7.5)
                fl.y += 12
                colhead()
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy4"), dl[0], code, M(s.billed), M(s.discount), M(s.not_covered), M(s.allowed),
                    M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), " ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, F, 6.4)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=name, units=False,
                                    printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            for extra in dl[1:]:
                fl.y += 7.5
                doc.text(X + 42, fl.y, extra, F, 6.4)
            fl.y += 10
        doc.line(X, fl.y - 6, 576, fl.y - 6, 0.4)
        tv = ["", "Claim total", "", *(M(total(svcs, a)) for a in ("billed", "discount", "not_covered", "allowed",
                                                                  "deductible", "copay", "coinsurance", "paid", "owes")), ""]
        cells(doc, fl.y + 2, cols, tv, B, 6.4)
        fl.y += 24
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name, "totals": ctot(svcs)})
    legend = [("PD", "Your provider is in our network and accepted the allowed amount; the plan discount is not yours to pay."),
              ("DD", "Part of this service counted toward your yearly deductible."),
              ("NC", "Your plan does not cover this service. Because it is not covered, your provider may bill you.")]
    fl.need(60)
    doc.text(X, fl.y, "Notes", B, 8)
    for k, v in legend:
        fl.y += 10
        doc.text(X, fl.y, k, B, 7)
        doc.text(X + 20, fl.y, v, F, 7)
    fl.y += 16
    doc.text(X, fl.y, "Your right to appeal: you may ask us to review any decision on this notice within 180 days.", F, 7)
    pages = doc.save()
    return pages, lines, claims, legend, [], ("c1_member_eob_family", "reportlab",
            "Commercial PPO member EOB for a family (three patients), portrait; long claim continues on page 2.")


# ================================================================================================ c2
def c2(out: Path, total_pages: int | None = None):
    """Commercial member 'Health Benefits Statement' grouped by family member, fpdf2 landscape DejaVu Serif Cond."""
    doc = Doc("fpdf2", out / "c2_benefits_statement.pdf", landscape=True)
    F, B = "DejaSerifC", "DejaSerifCB"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.74"))
    fam = [
        ("Rosa Quintanar-Bell", "Mesa Verde Hand & Upper Limb Therapy", "55102-A", "7Q2K51880", [
            Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97760", 1, ("GO",)),
            Svc(d(1, 5), "L3807", 1, ("RT",)),
            Svc(d(1, 12), "97140", 2, ("GO",)), Svc(d(1, 12), "97110", 2, ("GO",)),
            Svc(d(1, 19), "97140", 2, ("GO",)), Svc(d(1, 19), "97530", 1, ("GO",)),
            Svc(d(1, 19), "97014", 1, ("GO",), denied="CO")]),
        ("Mateo Bell", "Canyon Kids Therapy Collective", "CKT 20931", "7Q2K52214", [
            Svc(d(1, 7), "97167", 1, ("GO",)), Svc(d(1, 14), "97533", 2, ("GO",)),
            Svc(d(1, 14), "97530", 2, ("GO", "59")), Svc(d(1, 21), "97533", 2, ("GO",)),
            Svc(d(1, 21), "97530", 2, ("GO", "59")), Svc(d(1, 28), "97535", 2, ("GO",))]),
        ("Lucia Bell", "Canyon Kids Therapy Collective", "CKT 20944", "7Q2K52215", [
            Svc(d(1, 8), "92523", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)),
            Svc(d(1, 22), "92507", 1, ("GN",)), Svc(d(1, 29), "92507", 1, ("GN",))]),
        ("Andrew Bell", "Desert Bloom Family Medicine", "DBFM-118-0442", "7Q2K53307", [
            Svc(d(1, 9), "99213", 1, ("25",)), Svc(d(1, 9), "E0110", 1, ("NU",))]),
    ]
    for _, _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["Z12"] if s.denied else (["C35"] if s.copay else [])
    X = 28
    cols = [("Date of\nservice", X, "l"), ("Description", X + 44, "l"), ("Proc.", X + 200, "l"),
            ("Mod", X + 232, "l"), ("Qty", X + 266, "r"), ("Charges\nsubmitted", X + 316, "r"),
            ("Member\nsavings", X + 364, "r"), ("Plan\nallowance", X + 412, "r"), ("Not\npayable", X + 458, "r"),
            ("Deductible", X + 508, "r"), ("Copay", X + 546, "r"), ("Coinsurance", X + 600, "r"),
            ("Plan\npaid", X + 646, "r"), ("Your total\nresponsibility", X + 706, "r"), ("Reason", X + 714, "l")]

    def furniture(fl: Flow) -> float:
        doc.rect(0, 0, doc.W, 34, fill=0.22, stroke=False)
        doc.text(X, 22, "SUNDIAL MUTUAL HEALTH", B, 14, gray=1.0)
        doc.text(doc.W - X, 22, "Health Benefits Statement  ·  January 2026", F, 10, "r", gray=1.0)
        doc.text(X, 590, "Sundial Mutual Health, PO Box 7712, Tempe Flats, AZ 85999  ·  This statement is not a bill.", F, 6.5)
        doc.text(doc.W - X, 590, f"Page {doc.page} of {total_pages or '?'}", F, 6.5, "r")
        if doc.page == 1:
            doc.text(X, 52, "Prepared for: Andrew Bell", B, 9)
            doc.text(X, 64, "Member number: SMH-6630-9102-00    Plan: Sundial Copay Select 35    Group: 778102", F, 8)
            doc.text(X + 420, 52, "Family out-of-pocket this year", B, 8)
            doc.text(X + 420, 64, "$1,118.40 of $7,000.00 used", F, 8)
            return 86
        return 52

    fl = Flow(doc, 566, furniture)
    fl.start()
    lines, claims, findings = [], [], []
    for name, prov, acct, clm, svcs in fam:
        fl.need(70)
        doc.line(X, fl.y, doc.W - X, fl.y, 1.0)
        doc.text(X, fl.y + 12, f"Services for {name}", B, 10)
        fl.y += 22
        doc.text(X, fl.y, f"Claim number {clm}   ·   {prov}   ·   Your provider's patient number: {acct}", F, 7.5)
        doc.text(doc.W - X, fl.y, "Received 01/31/2026   Processed 02/02/2026", F, 7.5, "r")
        fl.y += 14
        y = header_row(doc, fl.y, cols, B, 6.6, 7.6)
        doc.line(X, y + 3, doc.W - X, y + 3, 0.5)
        fl.y = y + 12
        for s in svcs:
            if fl.need(10):
                doc.text(X, fl.y, f"{name} - claim {clm}, continued from the previous page", B, 7)
                fl.y += 12
            vals = [dfmt(s.dos, "mdy2"), s.desc, s.code, " ".join(s.mods), str(int(s.units)), M(s.billed, "$"),
                    M(s.discount), M(s.allowed), M(s.not_covered), M(s.deductible), M(s.copay), M(s.coinsurance),
                    M(s.paid), M(s.owes, "$"), " ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, F, 6.8)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=name,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            fl.y += 10
        t = {a: total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")}
        ct = ctot(svcs)
        if clm == "7Q2K52214":  # planted: printed member total 10.00 too high
            printed_owes = t["owes"] + Decimal("10.00")
            findings.append(f"claim-total-mismatch claim {clm}: printed Your total responsibility total "
                            f"{printed_owes} but the lines add up to {t['owes']}")
            ct["patient_owes"] = str(printed_owes)
            t["owes"] = printed_owes
        doc.line(X + 200, fl.y - 6, doc.W - X, fl.y - 6, 0.4)
        cells(doc, fl.y + 2, cols, ["", "Totals for this claim", "", "", "", M(t["billed"], "$"), M(t["discount"]),
                                    M(t["allowed"]), M(t["not_covered"]), M(t["deductible"]), M(t["copay"]),
                                    M(t["coinsurance"]), M(t["paid"]), M(t["owes"], "$"), ""], B, 6.8)
        fl.y += 22
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name, "totals": ct})
    legend = [("C35", "Your plan's office-visit copay for this date applied to this line."),
              ("Z12", "This unattended therapy service is not a benefit of your plan; the in-network provider "
                      "cannot bill you for it.")]
    fl.need(40)
    doc.text(X, fl.y, "Reason codes", B, 8)
    for k, v in legend:
        fl.y += 10
        doc.text(X, fl.y, f"{k}  {v}", F, 7)
    pages = doc.save()
    return pages, lines, claims, legend, findings, ("c2_benefits_statement", "fpdf2",
            "Commercial member benefits statement by family member, landscape; planted member-total mismatch.")


# ================================================================================================ m1
def m1(out: Path, total_pages: int | None = None):
    """Medicare Summary Notice, Part B, reportlab portrait DejaVu Sans."""
    doc = Doc("reportlab", out / "m1_msn_part_b.pdf")
    F, B = "DejaSans", "DejaSansB"
    st = PlanState(ded_left=Decimal("283.00"))
    pat = "Eleanor Q. Whitcombe"
    rehab = []
    for day in (6, 8, 13, 15, 20, 22, 27):
        if day == 6:
            rehab.append(Svc(d(1, day), "97166", 1, ()))
        rehab += [Svc(d(1, day), "97530", 2, ()), Svc(d(1, day), "97535", 1, ())]
        if day in (15, 27):
            rehab.append(Svc(d(1, day), "97112", 1, ()))
    rehab.append(Svc(d(1, 27), "0552T", 1, (), denied="PR"))
    ortho = [Svc(d(1, 9), "99203", 1, ()), Svc(d(1, 9), "73110", 1, ())]
    slp = [Svc(d(1, 21), "92610", 1, ()), Svc(d(1, 28), "92526", 1, ())]
    spec = [("Ridgecrest Bone & Joint Clinic", "88 Commerce Pkwy, Pell City, KY 40999", "", "26-0052-7730-104", ortho),
            ("Larkspur Voice & Swallow Center", "302 Orchard Row, Danforth, KY 40998", "Referred by: Hosea M. Tran",
             "26-0075-1190-227", slp),
            ("Brightwater Outpatient Rehabilitation", "1450 Lantern Hill Rd, Suite 3, Pell City, KY 40999",
             "Referred by: Hosea M. Tran", "26-0061-2284-511", rehab)]
    for *_, svcs in spec:
        for s in svcs:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A"] + (["B"] if s.deductible else []))
    allsv = [s for *_, sv in spec for s in sv]
    X = 40
    cols = [("Service Provided & Billing Code", X, "l"), ("Service\nApproved?", X + 222, "c"),
            ("Amount\nProvider\nCharged", X + 300, "r"), ("Medicare-\nApproved\nAmount", X + 360, "r"),
            ("Amount\nMedicare\nPaid", X + 418, "r"), ("Maximum\nYou May\nBe Billed", X + 478, "r"),
            ("See\nNotes\nBelow", X + 505, "c")]

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 36, "Medicare Summary Notice", B, 15)
        doc.text(X, 50, "for Part B (Medical Insurance)", F, 10)
        doc.text(572, 36, f"{pat}", B, 9, "r")
        doc.text(572, 48, "THIS IS NOT A BILL", B, 9, "r")
        doc.line(X, 58, 572, 58, 1.5)
        doc.text(X, 770, f"{pat}  ·  Medicare Number XXXXXXX4JQ7  ·  Notice date February 2, 2026", F, 6.5)
        doc.text(572, 770, f"Page {p} of {total_pages or '?'}", F, 6.5, "r")
        if p == 1:
            doc.rect(X, 70, 250, 96)
            doc.text(X + 8, 86, "Your Deductible Status", B, 9)
            doc.text(X + 8, 102, "Your deductible is what you must pay for", F, 7.5)
            doc.text(X + 8, 112, "most health services before Medicare pays.", F, 7.5)
            doc.text(X + 8, 128, "Part B Deductible: You have now met", F, 7.5)
            doc.text(X + 8, 138, "$283.00 of your $283.00 deductible for 2026.", F, 7.5)
            doc.rect(X + 266, 70, 266, 96)
            doc.text(X + 274, 86, "Your Claims & Costs This Period", B, 9)
            doc.text(X + 274, 104, "Did Medicare approve all services?", F, 7.5)
            doc.text(X + 520, 104, "NO", B, 8, "r")
            doc.text(X + 274, 116, "Number of services Medicare denied", F, 7.5)
            doc.text(X + 520, 116, "1", B, 8, "r")
            doc.text(X + 274, 134, "Total You May Be Billed", B, 8)
            doc.text(X + 520, 134, M(total(allsv, "owes"), "$"), B, 8, "r")
            doc.text(X, 190, "Your Claims for Part B (Medical Insurance)", B, 11)
            doc.text(X, 204, "Part B covers outpatient care such as therapy, doctor visits and X-rays. Claims are"
                     " listed by provider.", F, 7.5)
            return 224
        return 76

    fl = Flow(doc, 740, furniture)
    fl.start()
    lines, claims = [], []
    for prov, addr, ref, clm, svcs in spec:
        fl.need(80)
        dates = sorted({s.dos for s in svcs})
        head = f"{dfmt(dates[0], 'mon')}" + (f" - {dfmt(dates[-1], 'mon')}" if len(dates) > 1 else "")
        doc.rect(X, fl.y, 532, 38, fill=0.92, stroke=False)
        doc.text(X + 6, fl.y + 12, head, B, 9)
        doc.text(X + 6, fl.y + 24, prov + ", " + addr, F, 7.5)
        doc.text(X + 6, fl.y + 34, (ref + "   " if ref else "") + f"Claim number: {clm}", F, 7.5)
        fl.y += 52

        def colhead():
            y = header_row(doc, fl.y, cols, B, 7, 8)
            doc.line(X, y + 3, 572, y + 3, 0.6)
            fl.y = y + 14
        colhead()
        cur = None
        for s in svcs:
            if fl.need(12 + (12 if s.dos != cur else 0)):
                doc.text(X, fl.y, f"{prov}, claim number {clm} (continued)", B, 8)
                fl.y += 14
                colhead()
                cur = None
            if s.dos != cur:
                doc.text(X, fl.y, dfmt(s.dos, "mon"), B, 7.5)
                fl.y += 11
                cur = s.dos
            vals = [f"{s.desc} ({s.code})", "No" if s.denied else "Yes", M(s.billed, "$"), M(s.allowed, "$"),
                    M(s.paid, "$"), M(s.owes, "$"), ", ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, F, 7)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat, units=False,
                                    modifiers=False, printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=s.remarks))
            fl.y += 11
        doc.line(X, fl.y - 7, 572, fl.y - 7, 0.4)
        cells(doc, fl.y + 2, cols, ["Total for this claim", "", M(total(svcs, "billed"), "$"),
                                    M(total(svcs, "allowed"), "$"), M(total(svcs, "paid"), "$"),
                                    M(total(svcs, "owes"), "$"), ""], B, 7)
        fl.y += 26
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat, "totals": ctot(svcs)})
    legend = [("A", "The amount Medicare paid the provider is 80% of the approved amount, less a small federal"
                    " payment reduction."),
              ("B", "Part of this approved amount was applied to your yearly Part B deductible."),
              ("C", "Medicare does not pay for this laser treatment. You signed a notice before the service, so you"
                    " may be billed.")]
    fl.need(60)
    doc.text(X, fl.y, "Notes for Claims Above", B, 9)
    for k, v in legend:
        fl.y += 11
        doc.text(X, fl.y, k, B, 7.5)
        doc.text(X + 14, fl.y, v, F, 7.2)
    pages = doc.save()
    return pages, lines, claims, legend, [], ("m1_msn_part_b", "reportlab",
            "Medicare Summary Notice Part B, portrait; dates as sub-heads, long claim continues.")


def ma_plan(s: Svc, seen: set, copay: Decimal) -> Svc:
    """Medicare Advantage: plan pays its Medicare-based rate less one per-day copay."""
    from eobgen import SCHED, q
    if s.denied:
        s.not_covered = s.billed
        s.owes = s.billed if s.denied == "PR" else ZERO
        return s
    s.allowed = q(Decimal(SCHED[s.code]) * s.units)
    s.discount = s.billed - s.allowed
    rem = s.allowed
    if s.dos not in seen:
        seen.add(s.dos)
        s.copay = min(copay, rem)
        rem -= s.copay
    s.paid = rem
    s.owes = s.copay
    return s


# ================================================================================================ m2
def m2(out: Path, total_pages: int | None = None):
    """Medicare Advantage HMO member EOB (model-notice wording), fpdf2 portrait core Helvetica."""
    doc = Doc("fpdf2", out / "m2_medicare_advantage_eob.pdf")
    F, B = "Helvetica", "HelveticaB"
    pat = "Walter J. Okonkwo-Reyes"
    ot, seen = [], set()
    for day in (5, 7, 12, 14, 19, 21, 26, 28):
        if day == 5:
            ot.append(Svc(d(1, day), "97165", 1, ("GO",)))
        else:
            ot += [Svc(d(1, day), "97110", 2, ("GO",)), Svc(d(1, day), "97530", 1, ("GO",))]
        if day in (14, 28):
            ot.append(Svc(d(1, day), "97140", 1, ("GO",)))
    for s in ot:
        ma_plan(s, seen, Decimal("25.00"))
    pcp, seen2 = [Svc(d(1, 9), "99213", 1, ()), Svc(d(1, 9), "G0283", 1, (), denied="PR")], set()
    for s in pcp:
        ma_plan(s, seen2, Decimal("10.00"))
    hh, seen3 = [Svc(d(1, 16), "G0151", 1, ()), Svc(d(1, 23), "G0151", 1, ())], set()
    for s in hh:
        ma_plan(s, seen3, ZERO)
    for s in ot + pcp + hh:
        s.remarks = ["3"] if s.denied else (["1"] if s.copay else ["2"])
    spec = [("Stonebridge Occupational Therapy PC", "9FK-26-0018834", ot),
            ("Alderbank Primary Care", "9FK-26-0020117", pcp),
            ("Meadowlight Home Health Agency", "9FK-26-0021960", hh)]
    X = 40
    cols = [("Medical services and supplies", X, "l"), ("Date of\nservice", X + 222, "l"),
            ("Provider's\ncharge", X + 320, "r"), ("Plan's approved\namount", X + 392, "r"),
            ("Plan's\nshare", X + 446, "r"), ("Your\nshare", X + 500, "r"), ("See\nnotes", X + 510, "l")]

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 38, "Evergreen Senior Advantage (HMO)", B, 13)
        doc.text(572, 38, "Explanation of Benefits", B, 11, "r")
        doc.text(572, 50, "for January 2026", F, 9, "r")
        doc.line(X, 58, 572, 58, 0.8)
        doc.text(X, 768, "Evergreen Senior Advantage is an HMO plan with a Medicare contract. H9990-004", F, 6.5)
        doc.text(572, 768, f"Page {p} of {total_pages or '?'}", F, 6.5, "r")
        if p == 1:
            doc.text(X, 76, f"Member name: {pat}", B, 9)
            doc.text(X, 88, "Member ID: ESA-0071-4426    Date of this notice: February 2, 2026", F, 8)
            doc.rect(X, 98, 532, 62)
            doc.text(X + 8, 112, "Your medical costs this month and this year", B, 8.5)
            doc.text(X + 8, 128, "Total you paid or may owe in January:", F, 8)
            doc.text(X + 300, 128, M(total(ot + pcp + hh, "owes"), "$"), B, 8, "r")
            doc.text(X + 8, 140, "Year-to-date toward your $5,900.00 maximum out-of-pocket:", F, 8)
            doc.text(X + 300, 140, M(total(ot + pcp + hh, "owes"), "$"), B, 8, "r")
            doc.text(X + 8, 152, "This notice is not a bill. It lists medical claims we processed for you last month.", F, 7.5)
            doc.text(X, 184, "Part C (medical) claims we processed", B, 11)
            return 204
        return 76

    fl = Flow(doc, 740, furniture)
    fl.start()
    lines, claims = [], []
    for prov, clm, svcs in spec:
        fl.need(70)
        doc.rect(X, fl.y - 10, 532, 14, fill=0.85, stroke=False)
        doc.text(X + 4, fl.y, f"Claim number {clm}", B, 8)
        doc.text(X + 170, fl.y, f"Provider: {prov}", F, 8)
        doc.text(X + 4, fl.y + 13, "Your provider is in the plan's network.", F, 7)
        fl.y += 28

        def colhead():
            y = header_row(doc, fl.y, cols, B, 7, 8)
            doc.line(X, y + 3, 572, y + 3, 0.5)
            fl.y = y + 13
        colhead()
        for s in svcs:
            if fl.need(11):
                doc.text(X, fl.y, f"Claim number {clm} (continued)", B, 8)
                fl.y += 13
                colhead()
            vals = [f"{s.desc} ({s.code})", dfmt(s.dos, "mdy4"), M(s.billed, "$"), M(s.allowed, "$"),
                    M(s.paid, "$"), M(s.owes, "$"), ", ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, F, 7.2)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat, units=False,
                                    modifiers=False, printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=s.remarks))
            fl.y += 10.5
        doc.line(X + 222, fl.y - 7, 572, fl.y - 7, 0.4)
        cells(doc, fl.y + 2, cols, ["Total for this claim", "", M(total(svcs, "billed"), "$"),
                                    M(total(svcs, "allowed"), "$"), M(total(svcs, "paid"), "$"),
                                    M(total(svcs, "owes"), "$"), ""], B, 7.2)
        fl.y += 26
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat, "totals": ctot(svcs)})
    legend = [("1", "You pay a $25.00 copay for each day of outpatient therapy and $10.00 for a primary care visit."),
              ("2", "No copay applies to this service under your plan."),
              ("3", "This service is not covered by your plan. You were told before the visit that you would pay.")]
    fl.need(50)
    doc.text(X, fl.y, "Notes", B, 9)
    for k, v in legend:
        fl.y += 11
        doc.text(X, fl.y, f"{k}  {v}", F, 7.2)
    pages = doc.save()
    return pages, lines, claims, legend, [], ("m2_medicare_advantage_eob", "fpdf2",
            "Medicare Advantage HMO member EOB, portrait; per-day copay, long claim continues.")


# ================================================================================================ d1
def d1(out: Path, total_pages: int | None = None):
    """State Medicaid 'Remittance Advice Details' (RAD-style), fpdf2 landscape Liberation Mono."""
    doc = Doc("fpdf2", out / "d1_medicaid_rad.pdf", landscape=True)
    F, B = "LibMono", "LibMonoB"
    # (section, patient, recip id, med rec no, ccn, svcs, rad code per line)
    kids = {
        "ESPINOZA-HART, NAYELI": ("94417203A", "SKT00418"),
        "PHAM, BAO-AN": ("91102876C", "SKT00502"),
        "OYELARAN, TIMI": ("95530014F", "SKT00377"),
        "MACKAY, SORCHA": ("90076631B", "SKT00611"),
    }
    orig = [Svc(d(1, 6), "97530", 3, ("GO",)), Svc(d(1, 6), "97110", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    newc = [Svc(d(1, 6), "97530", 3, ("GO",)), Svc(d(1, 6), "97110", 2, ("GO",))]
    for s in newc:
        medicaid(s)
    ap1 = [Svc(d(1, 12), "92507", 1, ("GN",)), Svc(d(1, 14), "92507", 1, ("GN",)),
           Svc(d(1, 19), "92507", 1, ("GN",)), Svc(d(1, 21), "92526", 1, ("GN",))]
    ap2 = [Svc(d(1, 13), "97167", 1, ("GO",)), Svc(d(1, 15), "97530", 4, ("GO",)),
           Svc(d(1, 15), "97533", 2, ("GO",)), Svc(d(1, 20), "97530", 4, ("GO",)),
           Svc(d(1, 22), "97535", 2, ("GO",)), Svc(d(1, 27), "97530", 4, ("GO",))]
    den = [Svc(d(1, 16), "97112", 2, ("GP",), denied="CO"), Svc(d(1, 16), "97110", 2, ("GP",), denied="CO")]
    for s in ap1 + ap2:
        medicaid(s)
    for s in den:
        medicaid(s, deny_reason="15")
    for s in newc:
        s.remarks = ["0572"]
    for s in rev:
        s.remarks = ["0572"]
    for s in ap1 + ap2:
        s.remarks = ["0094"] if s.discount else []
    for s in den:
        s.remarks = ["0030"]
    groups = [
        ("ADJUSTMENTS", [("ESPINOZA-HART, NAYELI", "6026019304417", newc), ("ESPINOZA-HART, NAYELI", "6025351102219", rev)]),
        ("APPROVES", [("PHAM, BAO-AN", "6026020511873", ap1), ("OYELARAN, TIMI", "6026020512090", ap2)]),
        ("DENIES", [("MACKAY, SORCHA", "6026021700452", den)]),
    ]
    hdr = (f"{'RECIPIENT NAME':<23}{'RECIP ID':<11}{'MED REC NO':<11}{'CCN':<15}{'LN':<3}{'SERV DATE':<14}{'QTY':>4}  "
           f"{'PROC':<6}{'MOD':<7}{'BILLED AMT':>11}{'PAID AMT':>11}  RAD CODE")
    sub = f"{'':<23}{'':<11}{'':<11}{'':<15}{'':<3}{'FROM   THRU':<14}"
    X, LH, SZ = 24, 9.2, 7.0

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 28, "STATE MEDICAL ASSISTANCE PROGRAM - FISCAL INTERMEDIARY", B, 8)
        doc.text(X, 38, "REMITTANCE ADVICE DETAILS (RAD)", B, 8)
        doc.text(doc.W - X, 28, f"PAGE {p} OF {total_pages or '?'}", F, 7.5, "r")
        doc.text(doc.W - X, 38, "RUN DATE 02/02/26   WARRANT NO 0088127734", F, 7.5, "r")
        doc.text(X, 50, "PROVIDER: SUNKISSED KIDS THERAPY INC      PROVIDER NO 1993047715      PAYEE 00412", F, 7.5)
        doc.text(X, 66, hdr, B, SZ)
        doc.text(X, 66 + LH, sub, B, SZ)
        doc.line(X, 66 + LH + 3, doc.W - X, 66 + LH + 3, 0.5, dash=True)
        return 66 + 2 * LH + 6

    fl = Flow(doc, 560, furniture)
    fl.start()
    lines, claims = [], []
    for sect, cl in groups:
        fl.need(3 * LH)
        doc.text(X, fl.y, f"*** {sect} ***", B, SZ)
        fl.y += LH * 1.4
        sb, sp = ZERO, ZERO
        for pat, ccn, svcs in cl:
            rid, mrn = kids[pat]
            for i, s in enumerate(svcs):
                fl.need(LH)
                row = (f"{pat[:22]:<23}{rid:<11}{mrn:<11}{ccn:<15}{i + 1:02d} "
                       f"{dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {units_txt(s.units):>4}  {s.code:<6}"
                       f"{' '.join(s.mods):<7}{M(s.billed, ''):>11}{M(s.paid, ''):>11}  {' '.join(s.remarks)}")
                doc.text(X, fl.y, row, F, SZ)
                lines.append(truth_line(doc.page, s, claim_id=mrn, payer_claim_id=ccn, patient=pat,
                                        service_end=s.dos, printed=("billed", "paid"), remarks=s.remarks,
                                        description=False))
                fl.y += LH
                sb += s.billed
                sp += s.paid
            claims.append({"claim_id": mrn, "payer_claim_id": ccn, "patient": pat, "totals": claim_totals()})
        fl.y += 3
        doc.text(X, fl.y, f"{'TOTAL ' + sect:<96}{M(sb, ''):>11}{M(sp, ''):>11}", B, SZ)
        fl.y += LH * 1.8
    legend = [("0094", "Paid at the program's maximum rate for this procedure; billed amount reduced."),
              ("0572", "Provider-requested correction: the first line repays the claim, the second recovers the"
                       " earlier payment."),
              ("0030", "No treatment authorization on file for these physical therapy services.")]
    fl.need(LH * 6)
    doc.text(X, fl.y, "RAD CODE MESSAGES", B, SZ)
    for k, v in legend:
        fl.y += LH
        doc.text(X, fl.y, f"{k}  {v.upper()}", F, SZ)
    fl.y += LH * 1.5
    doc.text(X, fl.y, "PROVIDER MEDICAL RECORD NUMBERS ARE PRINTED AS SUBMITTED ON THE CLAIM.", F, SZ)
    pages = doc.save()
    return pages, lines, claims, legend, [], ("d1_medicaid_rad", "fpdf2",
            "State Medicaid remittance advice details, landscape fixed-width, sections, two-line adjustment.")


def units_txt(u: Decimal) -> str:
    from eobgen import units_str
    return units_str(u)


# ================================================================================================ d2
def d2(out: Path, total_pages: int | None = None):
    """State Medicaid fee-for-service provider remittance advice, reportlab portrait core Times."""
    doc = Doc("reportlab", out / "d2_medicaid_ra.pdf")
    F, B = "Times", "TimesB"
    big = []
    for day in (2, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 20, 21, 22, 23, 26, 27, 28, 29, 30):
        big += [Svc(d(1, day), "97530", 2, ("GO",)), Svc(d(1, day), "97112", 1, ("GO",))]
        if day in (2, 9, 16, 23, 30):
            big.append(Svc(d(1, day), "97535", 1, ("GO",)))
    big.insert(0, Svc(d(1, 5), "97168", 1, ("GO",)))
    spec_raw = [
        ("PAID", "2026033004452", "PCN-88419", "AKINYEMI, ZAINAB", "309917731",
         [Svc(d(1, 8), "92523", 1, ("GN",)), Svc(d(1, 15), "92507", 1, ("GN",)), Svc(d(1, 22), "92507", 1, ("GN",))]),
        ("DENIED", "2026033004460", "PCN-88425", "VOSKUIJLEN, ANNEKE", "312200458",
         [Svc(d(1, 13), "97163", 1, ("GP",), denied="CO"), Svc(d(1, 13), "97110", 2, ("GP",), denied="CO")]),
        ("PAID", "2026033004417", "PCN-88412", "BRANNIGAN, COLM T", "311048826", big),
    ]
    spec = []
    for status, icn, acct, pat, cid, svcs in spec_raw:
        for s in svcs:
            medicaid(s)
            s.remarks = ["N4"] if not s.denied else ["M62"]
        spec.append((status, icn, acct, pat, cid, svcs))
    vo = [Svc(d(12, 11).replace(year=2025), "97530", 2, ("GO",)), Svc(d(12, 11).replace(year=2025), "97140", 1, ("GO",))]
    for s in vo:
        medicaid(s)
    vo = [negate(s) for s in vo]
    for s in vo:
        s.remarks = ["N3"]
    spec.append(("VOID", "2026033004488", "PCN-87730", "AKINYEMI, ZAINAB", "309917731", vo))
    X = 36
    cols = [("Ln", X, "l"), ("From DOS", X + 16, "l"), ("To DOS", X + 62, "l"), ("Proc", X + 108, "l"),
            ("Mods", X + 136, "l"), ("Units", X + 188, "r"), ("Billed", X + 232, "r"), ("Allowed", X + 274, "r"),
            ("TPL", X + 300, "r"), ("Copay", X + 330, "r"), ("Paid", X + 372, "r"), ("Adj Rsn", X + 380, "l"),
            ("Adj Amt", X + 450, "r"), ("Remark", X + 458, "l")]

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 34, "DEPARTMENT OF HEALTH AND FAMILY SERVICES - MEDICAL ASSISTANCE", B, 9)
        doc.text(X, 46, "Provider Remittance Advice", B, 12)
        doc.text(576, 34, f"Page {p} of {total_pages or '?'}", F, 8, "r")
        doc.text(576, 46, "RA Number 0004471920   Issue Date 02/02/2026", F, 8, "r")
        doc.text(X, 58, "Payee: Fennimore Valley Rehabilitation LLC   Medicaid Provider ID 440029175   NPI 1670000000", F, 8)
        doc.line(X, 63, 576, 63, 1.0)
        return 80

    fl = Flow(doc, 740, furniture)
    fl.start()
    lines, claims = [], []

    def claimhead(status, icn, acct, pat, cid, cont=False):
        doc.rect(X, fl.y - 9, 540, 24, fill=0.9, stroke=False)
        doc.text(X + 3, fl.y, f"ICN {icn}   Patient Acct # {acct}   Claim Status: {status}" +
                 ("   *** CLAIM CONTINUED ***" if cont else ""), B, 8)
        doc.text(X + 3, fl.y + 11, f"Client: {pat}   Client ID {cid}", F, 8)
        y = header_row(doc, fl.y + 26, cols, B, 7.5)
        doc.line(X, y + 3, 576, y + 3, 0.5)
        fl.y = y + 13

    for status, icn, acct, pat, cid, svcs in spec:
        fl.need(70)
        claimhead(status, icn, acct, pat, cid)
        for i, s in enumerate(svcs):
            if fl.need(11):
                claimhead(status, icn, acct, pat, cid, True)
            adj = s.adjs[0] if s.adjs else None
            vals = [str(i + 1), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    units_txt(s.units) + ".0", M(s.billed), M(s.allowed), "0.00", "0.00", M(s.paid),
                    f"{adj[0]}-{adj[1]}" if adj else "", M(adj[2]) if adj else "", " ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, F, 7.5)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat, service_end=s.dos,
                                    printed=("billed", "allowed", "copay", "paid"), adjustments=s.adjs,
                                    remarks=s.remarks, description=False))
            fl.y += 10.5
        doc.line(X + 188, fl.y - 7, 576, fl.y - 7, 0.4)
        cells(doc, fl.y + 2, cols, ["", "Claim Totals", "", "", "", "", M(total(svcs, "billed")),
                                    M(total(svcs, "allowed")), "0.00", "0.00", M(total(svcs, "paid")), "", "", ""],
              B, 7.5)
        fl.y += 28
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                       "totals": ctot(svcs, owes=False)})
    legend = [("N4", "Paid at the department's maximum allowable fee."),
              ("M62", "Services need prior approval that was not on file."),
              ("N3", "Voided at the provider's request; the earlier payment will be recovered from this RA.")]
    fl.need(60)
    doc.text(X, fl.y, "Remark Code Descriptions", B, 9)
    for k, v in legend:
        fl.y += 11
        doc.text(X, fl.y, f"{k} - {v}", F, 8)
    allp = [s for *_, sv in spec for s in sv]
    fl.y += 18
    pos = total([x for x in allp if x.paid > 0], "paid")
    doc.text(X, fl.y, f"Payment Summary:  Claims paid {M(pos, '$')}   Voids / recoupments "
             f"{M(total(allp, 'paid') - pos, '$')}   Net payment {M(total(allp, 'paid'), '$')}", B, 8.5)
    pages = doc.save()
    return pages, lines, claims, legend, [], ("d2_medicaid_ra", "reportlab",
            "State Medicaid provider remittance advice, portrait; CARC per line, void, claim continues.")


def adjtxt(g: str, c: str, a: Decimal, sep: str = "-") -> str:
    return f"{g}{sep}{c} {M(a)}" if sep != ":" else f"{g}{c}:{M(a)}"


# ================================================================================================ p1
def p1(out: Path, total_pages: int | None = None):
    """Medicare Part B standard-paper-remit reprint from a clearinghouse, fpdf2 portrait DejaVu Sans Mono."""
    doc = Doc("fpdf2", out / "p1_clearinghouse_spr.pdf")
    F, B = "DejaMono", "DejaMonoB"
    st = PlanState(ded_left=Decimal("120.00"))
    a = []
    for day in (5, 7, 9, 12, 14, 16, 19, 21, 26, 28):
        a += [Svc(d(1, day), "97110", 2, ("GP", "KX")), Svc(d(1, day), "97140", 1, ("GP", "KX"))]
        if day in (12, 19, 26):
            a.append(Svc(d(1, day), "97112", 1, ("GP", "KX")))
    a.insert(0, Svc(d(1, 5), "97162", 1, ("GP",)))
    b = [Svc(d(1, 8), "97168", 1, ("GO",)), Svc(d(1, 8), "97535", 2, ("GO",)),
         Svc(d(1, 15), "97535", 2, ("GO",)), Svc(d(1, 15), "97530", 1, ("GO", "CO"))]
    c = [Svc(d(1, 9), "92507", 1, ("GN",)), Svc(d(1, 9), "97129", 1, ("GN",), denied="CO")]
    spec = [("DELACRUZ-MOYO, ESTEBAN", "2HN7VC1RM07", "RVP-40112", "2226033118902", b),
            ("HALVORSEN, ARNE", "8KJ4PX9NE63", "RVP-40118", "2226033119017", c),
            ("HALVORSEN, INGRID", "5WQ2TT8KD41", "RVP-40071", "2226033118840", a)]
    for *_, svcs in spec:
        stx = PlanState(ded_left=st.ded_left)
        for s in svcs:
            medicare(s, stx)
            s.remarks = ["N20"] if s.denied else []
    X, SZ, LH = 22, 6.4, 8.4
    hdr = f"{'PERF PROV':<11}{'SERV DATE':<12}{'POS':<4}{'NOS':>4} {'PROC':<6}{'MODS':<7}{'BILLED':>9}{'ALLOWED':>9}{'DEDUCT':>8}{'COINS':>8} {'GRP/RC-AMT':<16}{'PROV PD':>9}"

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 30, "CLEARPOINT CLAIMS EXCHANGE - PRINTED REMITTANCE (MEDICARE PART B)", B, 7.5)
        doc.text(590, 30, f"PAGE #: {p} OF {total_pages or '?'}", F, SZ, "r")
        doc.text(X, 40, "PAYER: MEDICARE PART B CONTRACTOR, JURISDICTION 99        PROVIDER #: 1881000000", F, SZ)
        doc.text(X, 49, "PAYEE: RIVERPOINT THERAPY ASSOCIATES      CHECK/EFT #: 887012455      DATE: 02/02/2026", F, SZ)
        doc.text(X, 64, hdr, B, SZ)
        doc.line(X, 67, 590, 67, 0.4)
        return 78

    fl = Flow(doc, 760, furniture)
    fl.start()
    lines, claims = [], []
    for pat, mid, acnt, icn, svcs in spec:
        fl.need(LH * 5)
        head = f"NAME {pat:<24}MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01"
        doc.text(X, fl.y, head, B, SZ)
        fl.y += LH
        for s in svcs:
            rows = max(1, len(s.adjs))
            if fl.need(LH * rows):
                doc.text(X, fl.y, head + "  (CONT)", B, SZ)
                fl.y += LH
            g, rc, am = s.adjs[0]
            r = (f"{'1669000000':<11}{s.dos:%m%d} {s.dos:%m%d%y} {'11':<4}{units_txt(s.units):>4} {s.code:<6}"
                 f"{' '.join(s.mods):<7}{M(s.billed, ''):>9}{M(s.allowed, ''):>9}{M(s.deductible, ''):>8}"
                 f"{M(s.coinsurance, ''):>8} {f'{g}-{rc}':<7}{M(am, ''):>9}{M(s.paid, ''):>9}")
            doc.text(X, fl.y, r, F, SZ)
            for g, rc, am in s.adjs[1:]:
                fl.y += LH
                doc.text(X, fl.y, f"{'':<79} {f'{g}-{rc}':<7}{M(am, ''):>9}", F, SZ)
            lines.append(truth_line(doc.page, s, claim_id=acnt, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=[], description=False,
                                    overrides={"remarks": s.remarks}))
            if s.remarks:
                fl.y += LH
                doc.text(X, fl.y, f"{'':<11}REM: {' '.join(s.remarks)}", F, SZ)
            fl.y += LH
        pr = total(svcs, "owes")
        doc.text(X, fl.y, f"{'PT RESP ' + M(pr, ''):<25}{'CLAIM TOTALS':<20}{M(total(svcs, 'billed'), ''):>9}"
                 f"{M(total(svcs, 'allowed'), ''):>9}{M(total(svcs, 'deductible'), ''):>8}"
                 f"{M(total(svcs, 'coinsurance'), ''):>8}{'':<17}{M(total(svcs, 'paid'), ''):>9}", F, SZ)
        fl.y += LH
        doc.text(X, fl.y, f"{'':<87}{'NET':<9}{M(total(svcs, 'paid'), ''):>9}", F, SZ)
        fl.y += LH * 1.8
        claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": pat,
                       "totals": ctot(svcs)})
    allp = [s for *_, sv in spec for s in sv]
    fl.need(LH * 8)
    doc.text(X, fl.y, f"TOTALS: # OF CLAIMS 3   BILLED AMT {M(total(allp, 'billed'), '')}   ALLOWED AMT "
             f"{M(total(allp, 'allowed'), '')}   PROV PD AMT {M(total(allp, 'paid'), '')}", B, SZ)
    legend = [("N20", "Not paid separately when billed with the other service on the same day."),
              ("MA01", "Claim processing notice: you may ask for a redetermination within 120 days.")]
    fl.y += LH * 2
    doc.text(X, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", B, SZ)
    for k, v in [("CO", "Contractual obligation (provider write-off)"), ("PR", "Patient responsibility"),
                 ("45", "Charge above the fee schedule amount"), ("1", "Deductible amount"),
                 ("2", "Coinsurance amount"), ("253", "Sequestration reduction")] + legend:
        fl.y += LH
        doc.text(X, fl.y, f"{k:<6}{v}", F, SZ)
    pages = doc.save()
    return pages, lines, claims, legend, [], ("p1_clearinghouse_spr", "fpdf2",
            "Medicare Part B standard-paper-remit reprint by a clearinghouse, portrait monospace; claim continues.")


# ================================================================================================ p2
def p2(out: Path, total_pages: int | None = None):
    """Practice-management Medicare payment posting register, reportlab landscape Liberation Serif."""
    doc = Doc("reportlab", out / "p2_pm_posting_register.pdf", landscape=True)
    F, B = "LibSerif", "LibSerifB"
    spec = [
        ("Abernathy, Clement", "AB1047", "V-260105-03", "2226034401127",
         [Svc(d(1, 5), "97161", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)), Svc(d(1, 5), "97116", 1, ("GP",))]),
        ("Abernathy, Clement", "AB1047", "V-260112-07", "2226034401219",
         [Svc(d(1, 12), "97110", 3, ("GP", "KX")), Svc(d(1, 12), "97140", 1, ("GP", "59", "KX"))]),
        ("Sorensen-Ito, Margit", "SO2290", "V-260107-11", "2226034402005",
         [Svc(d(1, 7), "97165", 1, ("GO",)), Svc(d(1, 7), "97535", 2, ("GO",)),
          Svc(d(1, 7), "G0283", 1, ("GO",), denied="CO")]),
        ("Mbeki, Josiah", "MB0815", "V-260109-02", "2226034402311",
         [Svc(d(1, 9), "92523", 1, ("GN",)), Svc(d(1, 16), "92507", 1, ("GN",)),
          Svc(d(1, 23), "92507", 1, ("GN", "CQ"))]),
    ]
    led = {}
    for pat, _, _, _, svcs in spec:
        st = led.setdefault(pat, PlanState(ded_left=Decimal("60.00")))
        for s in svcs:
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else []
    X = 30
    cols = [("Visit #", X, "l"), ("DOS", X + 62, "l"), ("CPT", X + 112, "l"), ("Mod", X + 142, "l"),
            ("Units", X + 200, "r"), ("Charge", X + 246, "r"), ("Allowed", X + 290, "r"), ("Deductible", X + 340, "r"),
            ("Coins", X + 382, "r"), ("Paid", X + 426, "r"), ("Pt Resp", X + 470, "r"), ("Adjustment detail", X + 482, "l"),
            ("Rmk", X + 706, "l")]

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 30, "Pinebrook Physical & Occupational Therapy", B, 12)
        doc.text(X, 44, "Insurance Payment Posting Register", F, 10)
        doc.text(doc.W - X, 30, "Run 02/03/2026 07:42  User: kfairbanks", F, 7.5, "r")
        doc.text(doc.W - X, 44, f"Page {p} of {total_pages or '?'}", F, 7.5, "r")
        doc.text(X, 58, "Payer: MEDICARE PART B (MAC JURISDICTION 99)    Deposit batch 26-0203-01    EFT trace 1TRC0088129456"
                 "    Payment date 01/30/2026", F, 8)
        doc.line(X, 63, doc.W - X, 63, 0.8)
        y = header_row(doc, 78, cols, B, 7.5)
        doc.line(X, y + 3, doc.W - X, y + 3, 0.4)
        return y + 14

    fl = Flow(doc, 570, furniture)
    fl.start()
    lines, claims = [], []
    for pat, chart, visit, icn, svcs in spec:
        fl.need(44)
        doc.rect(X, fl.y - 9, doc.W - 2 * X, 13, fill=0.9, stroke=False)
        doc.text(X + 3, fl.y, f"Patient: {pat}   Chart {chart}   Payer ICN {icn}   Claim status: Processed as primary", B, 8)
        fl.y += 13
        for s in svcs:
            fl.need(11)
            det = "  ".join(adjtxt(g, c, a, ":") for g, c, a in s.adjs)
            vals = [visit, dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_txt(s.units), M(s.billed),
                    M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.paid), M(s.owes), det, " ".join(s.remarks)]
            cells(doc, fl.y, cols, vals, F, 7.6)
            lines.append(truth_line(doc.page, s, claim_id=visit, payer_claim_id=icn, patient=pat,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            fl.y += 11
        doc.line(X + 200, fl.y - 8, X + 470, fl.y - 8, 0.3)
        cells(doc, fl.y, cols, ["", "Visit total", "", "", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                                M(total(svcs, "deductible")), M(total(svcs, "coinsurance")), M(total(svcs, "paid")),
                                M(total(svcs, "owes")), "", ""], B, 7.6)
        fl.y += 20
        claims.append({"claim_id": visit, "payer_claim_id": icn, "patient": pat, "totals": ctot(svcs)})
    allp = [s for *_, sv in spec for s in sv]
    fl.need(50)
    doc.text(X, fl.y, f"Batch totals: charges {M(total(allp, 'billed'), '$')}   payments posted "
             f"{M(total(allp, 'paid'), '$')}   transferred to patient {M(total(allp, 'owes'), '$')}", B, 8)
    legend = [("M15", "Payer bundled this code with another service on the same date.")]
    fl.y += 14
    doc.text(X, fl.y, "Rmk M15: payer bundled this code with another service on the same date - write off, do not bill"
             " patient.", F, 7.5)
    pages = doc.save()
    return pages, lines, claims, legend, [], ("p2_pm_posting_register", "reportlab",
            "Practice-management Medicare payment posting register, landscape; adjustment detail per line.")


# ================================================================================================ s1
def s1(out: Path, total_pages: int | None = None):
    """Outpatient therapy clinic family statement to a guarantor, fpdf2 portrait Liberation Sans."""
    doc = Doc("fpdf2", out / "s1_clinic_family_statement.pdf")
    F, B = "LibSans", "LibSansB"
    st = PlanState(ded_left=Decimal("180.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = []
    plan = "Keystone Family Health Plan"
    def v(inv, pat, day, svcs, clm):
        for s in svcs:
            commercial(s, st, deny_reason="204")
        visits.append((inv, pat, clm, svcs))
    v("30418", "Anika Ramaswamy-Cole", 6, [Svc(d(1, 6), "97166", 1, ("GO",)), Svc(d(1, 6), "97530", 1, ("GO",))], "KF2601-88310")
    v("30452", "Dev Ramaswamy-Cole", 7, [Svc(d(1, 7), "92523", 1, ("GN",))], "KF2601-88355")
    v("30467", "Anika Ramaswamy-Cole", 13, [Svc(d(1, 13), "97530", 2, ("GO",)), Svc(d(1, 13), "97535", 1, ("GO",))], "KF2601-90127")
    v("30490", "Dev Ramaswamy-Cole", 14, [Svc(d(1, 14), "92507", 1, ("GN",))], "KF2601-90144")
    v("30511", "Priya Ramaswamy-Cole", 15, [Svc(d(1, 15), "97163", 1, ("GP",)), Svc(d(1, 15), "97140", 2, ("GP",)),
                                            Svc(d(1, 15), "97110", 1, ("GP",))], "KF2601-90302")
    v("30533", "Anika Ramaswamy-Cole", 20, [Svc(d(1, 20), "97530", 2, ("GO",)), Svc(d(1, 20), "97533", 1, ("GO",), denied="PR"),
                                            Svc(d(1, 20), "97112", 1, ("GO",))], "KF2601-92268")
    v("30546", "Dev Ramaswamy-Cole", 21, [Svc(d(1, 21), "92507", 1, ("GN",))], "KF2601-92281")
    v("30560", "Priya Ramaswamy-Cole", 22, [Svc(d(1, 22), "97110", 2, ("GP",)), Svc(d(1, 22), "97140", 1, ("GP",)),
                                            Svc(d(1, 22), "E0110", 1, ("NU",))], "KF2601-92415")
    v("30588", "Anika Ramaswamy-Cole", 27, [Svc(d(1, 27), "97530", 2, ("GO",)), Svc(d(1, 27), "97535", 1, ("GO",))], "KF2601-94033")
    v("30601", "Dev Ramaswamy-Cole", 28, [Svc(d(1, 28), "92507", 1, ("GN",))], "KF2601-94050")
    X = 36
    cols = [("Date", X, "l"), ("Code", X + 46, "l"), ("Description", X + 96, "l"), ("Units", X + 262, "r"),
            ("Charges", X + 316, "r"), ("Insurance\nPaid", X + 370, "r"), ("Insurance\nAdjustment", X + 428, "r"),
            ("Your\nBalance", X + 480, "r")]
    allp = [s for *_, sv in visits for s in sv]
    prev = Decimal("42.50")
    pmt = Decimal("-42.50")
    due = total(allp, "owes")

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 40, "Little Oaks Therapy & Wellness", B, 15)
        doc.text(X, 52, "2210 Birchmont Avenue, Suite 140  ·  Harlan Grove, PA 17999  ·  (717) 555-0193", F, 7.5)
        doc.text(576, 40, "STATEMENT", B, 13, "r")
        doc.text(576, 758, f"Page {p} of {total_pages or '?'}", F, 7, "r")
        doc.text(X, 758, "Billing questions: call our business office Monday-Thursday 9-4. We accept HSA/FSA cards.", F, 7)
        if p == 1:
            doc.text(X, 80, "Priya Ramaswamy-Cole", F, 9)
            doc.text(X, 91, "61 Quarry Lane", F, 9)
            doc.text(X, 102, "Harlan Grove, PA 17999", F, 9)
            doc.rect(350, 66, 226, 56)
            for i, (k, val) in enumerate((("Statement date", "02/02/2026"), ("Account number", "G-004471"),
                                          ("Guarantor", "Priya Ramaswamy-Cole"), ("Amount due", M(due, "$")))):
                doc.text(356, 78 + i * 12, k, F, 8)
                doc.text(570, 78 + i * 12, val, B if k == "Amount due" else F, 8, "r")
            doc.text(X, 142, f"Previous balance {M(prev, '$')}   Payment received 01/09/2026 - thank you "
                     f"{M(pmt, '$', '()')}", F, 8)
            y = 162
        else:
            doc.text(X, 72, "Statement continued  ·  Account G-004471  ·  Priya Ramaswamy-Cole", B, 8)
            y = 90
        y = header_row(doc, y, cols, B, 7.4, 8.4)
        doc.line(X, y + 3, 576, y + 3, 0.6)
        return y + 14

    fl = Flow(doc, 736, furniture)
    fl.start()
    lines, claims = [], []
    for inv, pat, clm, svcs in visits:
        fl.need(14 + 11 * len(svcs))
        doc.text(X, fl.y, f"Invoice {inv}  ·  Patient: {pat}  ·  Billed to {plan}, claim # {clm}", B, 7.6)
        fl.y += 11
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), "-".join((s.code,) + s.mods), s.desc, units_txt(s.units), M(s.billed),
                    M(s.paid), M(s.discount), M(s.owes)]
            cells(doc, fl.y, cols, vals, F, 7.4)
            lines.append(truth_line(doc.page, s, claim_id=inv, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "paid", "discount", "patient_owes")))
            fl.y += 10.5
        if any(s.denied for s in svcs):
            doc.text(X + 96, fl.y, "Your plan did not cover sensory integration; this amount is yours.", F, 7)
            fl.y += 10.5
        fl.y += 4
        claims.append({"claim_id": inv, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals()})
    fl.need(60)
    doc.line(X, fl.y - 4, 576, fl.y - 4, 0.6)
    cells(doc, fl.y + 6, cols, ["", "", "Totals this statement", "", M(total(allp, "billed")), M(total(allp, "paid")),
                                M(total(allp, "discount")), M(due)], B, 7.4)
    fl.y += 26
    for i, (k, val) in enumerate((("Current", M(due)), ("31-60 days", "0.00"), ("61-90 days", "0.00"),
                                  ("Over 90 days", "0.00"))):
        doc.text(X + 50 + i * 70, fl.y, k, B, 7.5, "r")
        doc.text(X + 50 + i * 70, fl.y + 10, val, F, 7.5, "r")
    pages = doc.save()
    return pages, lines, claims, [], [], ("s1_clinic_family_statement", "fpdf2",
            "Therapy clinic family statement to a guarantor, portrait; invoice heads with insurer claim numbers.")


# ================================================================================================ s2
def s2(out: Path, total_pages: int | None = None):
    """Hospital guarantor statement with itemized outpatient charges, reportlab portrait DejaVu Serif."""
    doc = Doc("reportlab", out / "s2_hospital_statement.pdf")
    F, B = "DejaSerif", "DejaSerifB"
    REV = {"97": "0430", "92": "0440", "73": "0320", "99": "0510", "G0": "0420", "L3": "0274"}
    accts = [
        ("H100447291", "Jules Delahaye", "01/08/2026", "Heartland Mutual Insurance", "HMI-26-5520147",
         [Svc(d(1, 8), "99213", 1, ()), Svc(d(1, 8), "73110", 1, ("RT",)), Svc(d(1, 8), "G0283", 1, ())],
         Decimal("0.70"), Decimal("0.00")),
        ("H100448005", "Margaux Delahaye", "01/14/2026 - 01/28/2026", "Heartland Mutual Insurance", "HMI-26-5524410",
         [Svc(d(1, 14), "92610", 1, ("GN",)), Svc(d(1, 21), "92526", 1, ("GN",)), Svc(d(1, 28), "92526", 1, ("GN",))],
         Decimal("0.70"), Decimal("25.00")),
        ("H100447120", "Corinne Delahaye", "01/05/2026 - 01/30/2026", "Heartland Mutual Insurance", "HMI-26-5518830",
         [Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97760", 1, ("GO",)), Svc(d(1, 5), "L3807", 1, ("LT",)),
          Svc(d(1, 12), "97140", 2, ("GO",)), Svc(d(1, 12), "97110", 2, ("GO",)),
          Svc(d(1, 19), "97140", 2, ("GO",)), Svc(d(1, 19), "97530", 2, ("GO",)),
          Svc(d(1, 26), "97110", 3, ("GO",)), Svc(d(1, 26), "97168", 1, ("GO",))]
         + [Svc(d(1, dd), cc, 2, ("GO",)) for dd in (7, 9, 14, 16, 21, 23, 28, 30) for cc in ("97140", "97530")],
         Decimal("0.70"), Decimal("50.00")),
    ]
    X = 40
    cols = [("Date", X, "l"), ("Rev", X + 52, "l"), ("Code", X + 82, "l"), ("Description", X + 138, "l"),
            ("Qty", X + 430, "r"), ("Amount", X + 532, "r")]
    acct_math = []
    for acc, pat, span, ins, clm, svcs, rate, extra in accts:
        from eobgen import q
        billed = total(svcs, "billed")
        allowed = q(billed * rate)
        ins_paid = q(allowed * Decimal("0.85")) - extra
        owes = allowed - ins_paid
        acct_math.append((billed, ins_paid, billed - allowed, owes))
    grand = sum((a[3] for a in acct_math), ZERO)

    def furniture(fl: Flow) -> float:
        p = doc.page
        doc.text(X, 40, "St. Aurelia Regional Medical Center", B, 14)
        doc.text(X, 53, "Patient Financial Services · 900 Cathedral Bluff Road · Oakhollow, MO 64999", F, 7.5)
        doc.text(572, 40, "Patient Statement", B, 11, "r")
        doc.text(572, 53, f"Page {p} of {total_pages or '?'}", F, 7.5, "r")
        doc.line(X, 60, 572, 60, 0.8)
        doc.text(X, 770, "Financial assistance is available. Ask about payment plans: (816) 555-0177. Pay online with your"
                 " guarantor number.", F, 6.8)
        if p == 1:
            doc.text(X, 78, "Guarantor: Corinne Delahaye", B, 8.5)
            doc.text(X, 89, "Guarantor number 7004-118-22", F, 8)
            doc.text(X, 100, "1187 Prairie Wind Court, Oakhollow, MO 64999", F, 8)
            doc.rect(360, 68, 212, 44, fill=0.92)
            doc.text(368, 82, "Statement date  02/02/2026", F, 8)
            doc.text(368, 94, "Please pay by  02/27/2026", F, 8)
            doc.text(368, 106, "Amount due", B, 9)
            doc.text(566, 106, M(grand, "$"), B, 9, "r")
            doc.text(X, 132, "Summary of Your Accounts", B, 10)
            y = 146
            for (acc, pat, span, *_), (b, ip, adj, ow) in zip(accts, acct_math):
                doc.text(X, y, f"{acc}   {pat}   {span}", F, 7.8)
                doc.text(572, y, M(ow, "$"), F, 7.8, "r")
                y += 11
            return y + 16
        return 80

    fl = Flow(doc, 750, furniture)
    fl.start()
    lines, claims = [], []
    for (acc, pat, span, ins, clm, svcs, *_), (b, ip, adj, ow) in zip(accts, acct_math):
        fl.need(60)
        doc.rect(X, fl.y - 10, 532, 26, fill=0.86, stroke=False)
        doc.text(X + 4, fl.y, f"Hospital account {acc}  ·  Patient: {pat}", B, 8.5)
        doc.text(X + 4, fl.y + 12, f"Outpatient services {span}  ·  Primary insurance: {ins}", F, 7.5)
        fl.y += 30

        def colhead():
            header_row(doc, fl.y, cols, B, 7.5)
            doc.line(X, fl.y + 3, 572, fl.y + 3, 0.4)
            fl.y += 13
        colhead()
        for s in svcs:
            if fl.need(11):
                doc.text(X, fl.y, f"Hospital account {acc} (continued)", B, 8)
                fl.y += 12
                colhead()
            cd = s.code + (" " + " ".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy4"), REV[s.code[:2]], cd, s.desc, units_txt(s.units), M(s.billed, "$")]
            cells(doc, fl.y, cols, vals, F, 7.5)
            lines.append(truth_line(doc.page, s, claim_id=acc, payer_claim_id=clm, patient=pat,
                                    printed=("billed",)))
            fl.y += 10.5
        fl.y += 2
        for label, val in (("Total charges", b), (f"{ins} payment - claim {clm}", -ip),
                           ("Insurance contractual adjustment", -adj), ("Account balance - patient responsibility", ow)):
            fl.need(11)
            doc.text(X + 138, fl.y, label, B if label.startswith(("Total", "Account")) else F, 7.5)
            doc.text(X + 532, fl.y, M(val, "$", "()"), B if label.startswith(("Total", "Account")) else F, 7.5, "r")
            fl.y += 10.5
        fl.y += 14
        claims.append({"claim_id": acc, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(billed=b, paid=ip, patient_owes=ow)})
    pages = doc.save()
    return pages, lines, claims, [], [], ("s2_hospital_statement", "reportlab",
            "Hospital guarantor statement, itemized outpatient charges with revenue codes; account-level insurance.")


# ================================================================================================ runner
LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]
# per layout: does every line print all its adjustments with amounts; which amounts must share the service row
META = {
    "c1_member_eob_family": {"full_adj": False, "row_keys": ("billed", "discount", "allowed", "paid", "patient_owes")},
    "c2_benefits_statement": {"full_adj": False, "row_keys": ("billed", "allowed", "paid", "patient_owes"),
                              "n_findings": 1},
    "m1_msn_part_b": {"full_adj": False, "row_keys": ("billed", "allowed", "paid", "patient_owes")},
    "m2_medicare_advantage_eob": {"full_adj": False, "row_keys": ("billed", "allowed", "paid", "patient_owes")},
    "d1_medicaid_rad": {"full_adj": False, "row_keys": ("billed", "paid")},
    "d2_medicaid_ra": {"full_adj": True, "row_keys": ("billed", "allowed", "paid")},
    "p1_clearinghouse_spr": {"full_adj": True, "row_keys": ("billed", "allowed", "deductible", "coinsurance", "paid")},
    "p2_pm_posting_register": {"full_adj": True, "row_keys": ("billed", "allowed", "paid", "patient_owes")},
    "s1_clinic_family_statement": {"full_adj": False, "row_keys": ("billed", "paid", "discount", "patient_owes")},
    "s2_hospital_statement": {"full_adj": False, "row_keys": ("billed",)},
}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout54_"))
    out = out.resolve()
    if (REPO / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for fn in LAYOUTS:
        with tempfile.TemporaryDirectory() as tmp:
            n = fn(Path(tmp))[0]  # first pass: count pages for "Page n of N"
        pages, lines, claims, legend, findings, (name, producer, desc) = fn(out, n)
        assert pages == n, (name, pages, n)
        write_truth(out / f"{name}.pdf", name, producer, pages, desc, lines, claims, legend, findings)
        print(f"{name}: {pages} pages, {len(lines)} lines, {len(claims)} claims ({producer})")
    if "--check" in argv:
        errs = h54.check_folder(out, META)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "PASS" if not errs else f"FAIL ({len(errs)})")
        return 1 if errs else 0
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
