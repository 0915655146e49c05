"""Write the HELD-OUT set 198 of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on house styles nobody developing it has seen.

Run:  python bench/heldout198/make_heldout198_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout198/make_heldout198_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient
exactly as printed (the person who got the service, not the subscriber or guarantor). Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Drawing kit and self-check live in h198kit.py.

Layouts (two of each of the five commonest kinds, each in a house style of its own):
  a1  commercial member EOB "Claims Statement" for a family of three, portrait Liberation Serif (reportlab):
      page-1 family summary table and a right-hand "How to read" sidebar, claim headings "Patient / Claim # /
      Provider's acct #", columns "Date(s) / Service code / Provider charged / Amount you saved / Plan's allowed
      amount / Not covered / Your deductible / Your copay / Your coinsurance / What your plan paid / What you
      owe / Note", code with spaced modifiers "97530 GO", no units, a denied line, a 42-line claim continued on
      page 2 with "(continued)" and the column heads repeated, note legend
  a2  commercial indemnity-style member EOB, landscape DejaVu Sans Condensed (fpdf2): "Type of service / Dates /
      Proc / Qty / Charges submitted / Not covered / Rsn / Covered charges / Deductible / Copay / Pct / Benefit
      payable / Patient resp.", a "Pct" paid-at column ("80%"), four family members, wrapped type-of-service,
      claim totals; PLANTED claim-total mismatch in one "Patient resp." total (declared)
  b1  Medicare Summary Notice Part B, portrait core Times (fpdf2): page-1 "Your Claims & Costs This Period"
      summary, claims pages grouped by provider with claim number and date heading rows per visit, "Service
      Provided & Billing Code" as "words (97110-GP)", "Did Medicare Approve?", no units, note letters, a
      claim running onto page 3 with "(continued)"
  b2  Medicare Advantage member EOB mailed to a couple, portrait DejaVu Sans (reportlab): per-member sections,
      claim rows "Claim number / Provider / Provider's ref.", "Date / Service (code) / Units / Amount billed /
      Plan approved / Plan paid / You may owe / Note", per-visit-day copay, a not-covered line, year-to-date box
  c1  state Medicaid remittance statement, landscape Liberation Mono (reportlab): banner with RA number and
      warrant, ORIGINAL CLAIMS PAID / DENIED / VOIDS AND REPLACEMENTS sections, "RECIPIENT / RECIP NO / ICN /
      PATIENT NO" claim lines, "LN FROM-DOS THRU-DOS PROC MOD QTY CHARGE ALLOWED PT-LIAB PAID EOB", patient
      liability (spend-down) reductions, a void with trailing minus and its replacement, a claim continued on
      page 2 with "CONTINUED" and header repeated, EOB legend
  c2  state Medicaid portal "Remittance Advice" print, portrait Liberation Sans Narrow (fpdf2): boxed claim heads
      "Client / Client No. / ICN / Patient Acct / Status", detail "Dtl / First DOS / Last DOS / Procedure /
      Modifiers / Units / Billed / Allowed / Grp / CARC / Adj Amt / Paid / RARC", every adjustment printed, a
      denied claim, claim totals
  d1  clearinghouse remit print of a Medicare Part B payment, portrait DejaVu Sans Mono (fpdf2): labelled claim
      block "Patient / MBI / Pat Ctl # / Payer Claim # / Claim Status", rows "Svc Date / Rend NPI / POS / Units /
      Proc-Mods / Billed / Allowed / Deduct / Coins / Adj Grp-Rsn / Adj Amt / Paid", extra adjustments on the
      rows below, claim totals, a claim continued over the page under the repeated header
  d2  practice-management "Insurance Payment Allocation" of a Medicare remit, landscape Liberation Sans Narrow
      (reportlab): ids on every row, "Chg # / Patient / Acct / DOS / CPT / Mods / Units / Charge / Allowed / Ded
      (PR-1) / Coins (PR-2) / W/O (CO-45) / Seq (CO-253) / Paid / RARC", a reversal (status 22) in parentheses
      and its replacement, batch totals
  e1  therapy clinic family statement, portrait Liberation Sans (fpdf2): amount-due sidebar and aging, three
      children, "Date / Patient / Visit # / Description / CPT / Units / Charge / Ins. Paid / Ins. Adj. / Your
      Resp." rows, insurer's claim number in visit heading rows, patient payments as non-service rows, rows
      running onto page 2 WITHOUT a repeated column header
  e2  hospital outpatient family statement, portrait DejaVu Serif (reportlab): one hospital account per family
      member (Account No. / Patient / Insurance / claim ref.), itemised "Svc Date / Rev / CPT-HCPCS / Mod /
      Description / Qty / Charges", charges only per line, insurance payments and adjustments at account level,
      an X-ray and an office visit among the therapy lines, an account continued on page 2 with header repeated

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value and amount
is on ONE text row of its page (pdfplumber words grouped by baseline), adjustment amounts and remarks on that
row or the next three, service dates on the page, ids / patients / descriptions in the document text, the page
count matches, at least three files carry a claim whose rows run onto the next page, and the documents' own
arithmetic holds (billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance = paid
where all printed; billed - adjustments = paid where every adjustment is printed with its amount; claim totals =
sum of lines unless the planted mismatch, which is declared as an expected finding and really is one).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str,
)
from eobgen import write_truth as _write_truth  # noqa: E402
from h198kit import Doc, check_file, wrap  # noqa: E402

# a few more invented fees / schedule amounts and our own wording
for code, fee, sch, desc in (
    ("97533", "90.00", "30.10", "Sensory integration activities"),
    ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
    ("97542", "80.00", "30.50", "Wheelchair management training"),
    ("73110", "145.00", "38.20", "X-ray of wrist, three or more views"),
    ("97763", "100.00", "45.10", "Orthotic or prosthetic follow-up visit"),
    ("E0730", "180.00", "95.00", "TENS unit, four lead"),
    ("99203", "210.00", "110.44", "Office visit, new patient"),
):
    eobgen.FEE[code], eobgen.SCHED[code], eobgen.DESC[code] = fee, sch, desc

J = 2026


def _clean(x):
    """A reversed zero is printed as 0.00, so the truth says "0.00", never "-0.00"."""
    if isinstance(x, dict):
        return {k: _clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_clean(v) for v in x]
    return "0.00" if x == "-0.00" else x


def write_truth(path, layout, producer, pages, description, lines, claims, legend, expected_findings=None):
    _write_truth(path, layout, producer, pages, description, _clean(lines), _clean(claims), legend,
                 expected_findings)


def d(m: int, dd: int) -> date:
    return date(J, m, dd)


def mk(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


def series(days, pattern):
    """Visits on the given days, each with the pattern's services [(code, units, mods)]."""
    return [mk(dd, c, u, m) for dd in days for c, u, m in pattern]


PRINTED_ALL = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
               "discount")


class Flow:
    """Top-down writer with page breaks: furniture(doc) draws page furniture and returns the first free y."""

    def __init__(self, doc: Doc, bottom: float, furniture):
        self.doc, self.bottom, self.furniture = doc, bottom, furniture
        self.y = furniture(doc, 1)
        self.broke = False

    def need(self, h: float, again=None) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.furniture(self.doc, self.doc.page)
            if again:
                again()
            return True
        return False


def cols_x(x0, widths):
    xs, x = [], x0
    for w in widths:
        xs.append((x, x + w))
        x += w
    return xs


def head_row(doc, y, heads, xs, aligns, font, size, lines=2, fill=None, box=False):
    lh = size + 1.5
    if fill is not None:
        doc.rect(xs[0][0] - 2, y - size - 1, xs[-1][1] - xs[0][0] + 4, lh * lines + 3, fill=fill, stroke=box)
    for h, (a, b), al in zip(heads, xs, aligns):
        parts = h.split("|")
        for k, p in enumerate(parts):
            yy = y + lh * (lines - len(parts) + k)
            doc.text(b - 3 if al == "r" else a + 3, yy, p, font, size, "r" if al == "r" else "l")
    return y + lh * lines + 3


def cells(doc, y, vals, xs, aligns, font, size):
    for v, (a, b), al in zip(vals, xs, aligns):
        if v is None or v == "":
            continue
        doc.text(b - 3 if al == "r" else a + 3, y, v, font, size, "r" if al == "r" else "l")


# ======================================================================================= a1 commercial EOB

def layout_a1(out: Path) -> tuple[str, int, bool]:
    name = "a1_commercial_claims_statement"
    doc = Doc()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    subscriber = "Roberta M. Castellane"
    claims = [
        {"patient": "Nico Castellane", "rel": "Son", "claim": "PCX-2026-0118-40317", "acct": "HB-77120",
         "prov": "Harborview Pediatric Therapy Group",
         "svcs": series([d(1, 2), d(1, 6), d(1, 8), d(1, 13), d(1, 15), d(1, 20), d(1, 22), d(1, 27), d(1, 29),
                         d(1, 30)],
                        [("97530", 2, ("GO",)), ("97533", 1, ("GO",)), ("97112", 1, ("GO",)),
                         ("97535", 1, ("GO", "59"))])
         + [mk(d(1, 29), "97168", 1, ("GO",))] + [mk(d(1, 29), "0552T", 1, (), "PR")]},
        {"patient": "Roberta M. Castellane", "rel": "Self", "claim": "PCX-2026-0121-11840", "acct": "AC-5531-02",
         "prov": "Lakeshore Hand & Upper Limb Clinic",
         "svcs": [mk(d(1, 9), "97166", 1, ("GO",)), mk(d(1, 9), "97760", 1, ("GO",)),
                  mk(d(1, 9), "L3807", 1, ("RT",)), mk(d(1, 16), "97140", 2, ("GO", "59")),
                  mk(d(1, 16), "97110", 2, ("GO",))]},
        {"patient": "Lucia Castellane", "rel": "Daughter", "claim": "PCX-2026-0126-02254", "acct": "HB-77341",
         "prov": "Harborview Pediatric Therapy Group",
         "svcs": [mk(d(1, 12), "92523", 1, ("GN",)), mk(d(1, 19), "92507", 1, ("GN",)),
                  mk(d(1, 26), "92507", 1, ("GN",))]},
    ]
    claims = [claims[1], claims[0], claims[2]]
    notes = {"X1": "Your plan's network price applies; you are not billed for the amount you saved.",
             "X4": "Applied to your calendar-year deductible.",
             "X7": "This service is excluded under your plan. Your provider may bill you for it.",
             "X9": "Your share is coinsurance: a percentage of the allowed amount."}
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["X7"]
            else:
                s.remarks = ["X1"] + (["X4"] if s.deductible else []) + (["X9"] if s.coinsurance else [])
    heads = ["Date(s)", "Service|code", "Provider|charged", "Amount|you saved", "Plan's|allowed amt",
             "Not|covered", "Your|deductible", "Your|copay", "Your|coinsurance", "What your|plan paid",
             "What|you owe", "Note"]
    widths = [44, 56, 46, 46, 48, 38, 44, 34, 50, 46, 40, 44]
    xs = cols_x(30, widths)
    al = ["l", "l"] + ["r"] * 9 + ["l"]

    def furniture(doc, n):
        doc.text(30, 40, "PINECREST MUTUAL HEALTH PLAN", "lserifb", 15)
        doc.text(30, 53, "Claims Statement  -  This is not a bill", "lserif", 9)
        doc.text(582, 40, f"Page {n} of {{N}}", "lserif", 8, "r")
        doc.text(582, 52, "Statement date: February 3, 2026", "lserif", 8, "r")
        doc.line(30, 60, 582, 60, 1.2)
        doc.text(30, 760, "Pinecrest Mutual Health Plan  -  PO Box 40913  -  Tallbridge, OR 97355  -  "
                 "Member services 1-888-555-0143 (TTY 711)", "lserif", 7)
        return 76

    f = Flow(doc, 740, furniture)
    y = f.y
    doc.text(30, y, subscriber.upper(), "lserifb", 9)
    doc.text(30, y + 11, "2207 Quarry Ridge Lane", "lserif", 9)
    doc.text(30, y + 22, "Tallbridge, OR 97356", "lserif", 9)
    doc.text(30, y + 40, "Subscriber ID: PMH 447 210 983    Group: 22104-OR    Plan: Pinecrest Choice PPO 1500",
             "lserif", 8)
    # sidebar
    doc.rect(410, y - 10, 172, 150, fill=0.93, stroke=True)
    doc.text(416, y + 2, "How to read this statement", "lserifb", 9)
    for k, t in enumerate(["Provider charged is the full", "bill. Amount you saved is the", "network discount. What you",
                           "owe is your deductible, copay", "and coinsurance plus anything", "not covered. Keep this",
                           "statement with your records.", "", "Questions? Call the number", "on the back of your ID card."]):
        doc.text(416, y + 16 + 11 * k, t, "lserif", 8)
    y += 62
    doc.text(30, y, "Summary of claims in this statement", "lserifb", 10)
    y += 14
    for k, cl in enumerate(claims):
        doc.text(30, y + 11 * k, f"{cl['patient']} ({cl['rel']})", "lserif", 8)
        doc.text(190, y + 11 * k, cl["claim"], "lserif", 8)
        doc.text(400, y + 11 * k, money(total(cl["svcs"], "owes")), "lserif", 8, "r")
    y += 11 * len(claims) + 30
    f.y = y
    lines, ctruth = [], []
    for cl in claims:
        def heading(cont=False):
            doc.rect(28, f.y - 10, 556, 26, fill=0.88, stroke=False)
            doc.text(32, f.y, f"Patient: {cl['patient']} ({cl['rel']})" + ("  (continued)" if cont else ""),
                     "lserifb", 8.5)
            doc.text(300, f.y, f"Claim #: {cl['claim']}", "lserif", 8.5)
            doc.text(32, f.y + 11, f"Provider: {cl['prov']}", "lserif", 8.5)
            doc.text(300, f.y + 11, f"Provider's acct #: {cl['acct']}", "lserif", 8.5)
            f.y = head_row(doc, f.y + 30, heads, xs, al, "lserifb", 7)
            doc.line(30, f.y - 8, 582, f.y - 8, 0.6)

        f.need(80)
        heading()
        for s in cl["svcs"]:
            if f.need(12):
                heading(True)
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), money(s.billed, ","),
                    money(s.discount, ","), money(s.allowed, ","), money(s.not_covered, ","),
                    money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                    money(s.owes, ","), " ".join(s.remarks)]
            cells(doc, f.y, vals, xs, al, "lserif", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["claim"],
                                    patient=cl["patient"], units=False, description=False,
                                    printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                             "copay", "coinsurance", "paid", "patient_owes"),
                                    adjustments=[], remarks=s.remarks))
            f.y += 11
        sv = cl["svcs"]
        f.need(14)
        doc.line(30, f.y - 7, 582, f.y - 7, 0.4)
        vals = ["Claim total", "", money(total(sv, "billed"), "$"), money(total(sv, "discount"), "$"),
                money(total(sv, "allowed"), "$"), money(total(sv, "not_covered"), "$"),
                money(total(sv, "deductible"), "$"), money(total(sv, "copay"), "$"),
                money(total(sv, "coinsurance"), "$"), money(total(sv, "paid"), "$"), money(total(sv, "owes"), "$"), ""]
        cells(doc, f.y + 2, vals, xs, al, "lserifb", 7.5)
        f.y += 30
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    f.need(80)
    doc.text(30, f.y, "Notes", "lserifb", 9)
    f.y += 12
    for k, v in notes.items():
        doc.text(30, f.y, k, "lserifb", 8)
        doc.text(52, f.y, v, "lserif", 8)
        f.y += 11
    pages = doc.render(out / f"{name}.pdf", "reportlab")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Commercial member EOB (claims statement) for a family of three, portrait, family summary and "
                "sidebar on page 1, claims with totals, long claim continued with header repeated.",
                lines, ctruth, list(notes.items()))
    return name, pages, False


# ======================================================================================= a2 indemnity EOB

def layout_a2(out: Path) -> tuple[str, int, bool]:
    name = "a2_indemnity_member_eob"
    doc = Doc(landscape=True)
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.85"),
                   copay_codes={"99213": Decimal("30.00"), "99203": Decimal("30.00")})
    tos = {"97110": "Physical therapy - exercise program", "97112": "Physical therapy - balance and nerve retraining",
           "97140": "Physical therapy - hands-on treatment", "97161": "Physical therapy evaluation",
           "99213": "Office visit", "99203": "Office visit, new patient", "97530": "Occupational therapy activities",
           "97165": "Occupational therapy evaluation", "97116": "Physical therapy - walking training",
           "E0730": "Durable medical equipment", "92507": "Speech therapy session"}
    claims = [
        {"patient": "WENDELL OKONKWO-PRATT", "claim": "0026-1140-77812", "acct": "OP88214",
         "prov": "Riverbend Orthopaedic & Spine Therapy",
         "svcs": [mk(d(1, 5), "97161", 1, ("GP",)), mk(d(1, 5), "97110", 2, ("GP",)),
                  mk(d(1, 7), "97110", 2, ("GP",)), mk(d(1, 7), "97140", 1, ("GP", "59")),
                  mk(d(1, 12), "97112", 1, ("GP",)), mk(d(1, 12), "E0730", 1, ("NU",), "PR")]},
        {"patient": "ADAEZE OKONKWO-PRATT", "claim": "0026-1142-03390", "acct": "FM-20931",
         "prov": "Cedar Lane Family Medicine", "svcs": [mk(d(1, 8), "99203", 1)]},
        {"patient": "KOFI OKONKWO-PRATT", "claim": "0026-1149-55021", "acct": "KT-4471",
         "prov": "Little Steps Occupational Therapy",
         "svcs": series([d(1, 9), d(1, 16), d(1, 23)], [("97530", 3, ("GO",))]) + [mk(d(1, 9), "97165", 1, ("GO",))]},
        {"patient": "AMARA OKONKWO-PRATT", "claim": "0026-1150-60114", "acct": "ST-0917",
         "prov": "Clearvoice Speech Services", "svcs": [mk(d(1, 14), "92507", 1, ("GN",)),
                                                       mk(d(1, 21), "92507", 1, ("GN",))]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st, deny_reason="204")
            s.remarks = ["D2"] if s.denied else []
    heads = ["Type of service", "Dates", "Proc", "Qty", "Charges|submitted", "Not|covered", "Rsn", "Covered|charges",
             "Deductible", "Copay", "Pct", "Benefit|payable", "Patient|resp."]
    widths = [170, 52, 46, 26, 56, 50, 26, 56, 54, 44, 30, 56, 56]
    xs = cols_x(26, widths)
    al = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"]
    mismatch = claims[0]
    extra = Decimal("15.00")

    def furniture(doc, n):
        doc.text(26, 34, "GRANITE STATE TEACHERS' BENEFIT TRUST", "dcondb", 13)
        doc.text(26, 46, "Administered by Northwall Claims Services, Inc.", "dcond", 8)
        doc.text(766, 34, "EXPLANATION OF BENEFITS", "dcondb", 11, "r")
        doc.text(766, 46, f"Date issued 02/04/2026    Page {n} of {{N}}", "dcond", 8, "r")
        doc.text(26, 62, "Employee: OLUWASEUN PRATT    Employee ID: GST-004417829    Group: 7710 Harrow Valley "
                 "School District", "dcond", 8)
        doc.line(26, 68, 766, 68, 0.8)
        doc.text(26, 590, "Keep this form for tax and other insurance records. To appeal, write within 180 days to "
                 "Northwall Claims Services, PO Box 1188, Concord Falls, NH 03390.", "dcond", 6.5)
        return 84

    f = Flow(doc, 570, furniture)
    lines, ctruth = [], []
    for cl in claims:
        sv = cl["svcs"]
        rows = []
        for s in sv:
            rows.append((s, wrap(tos[s.code], 38)))
        h = 44 + sum(10 * len(w) for _, w in rows) + 16
        f.need(h)
        doc.text(26, f.y, f"Patient: {cl['patient']}", "dcondb", 8.5)
        doc.text(250, f.y, f"Claim no. {cl['claim']}", "dcond", 8.5)
        doc.text(420, f.y, f"Provider: {cl['prov']}", "dcond", 8.5)
        doc.text(660, f.y, f"Pat. acct {cl['acct']}", "dcond", 8.5)
        f.y = head_row(doc, f.y + 14, heads, xs, al, "dcondb", 7, fill=0.9)
        for s, wl in rows:
            pct = "" if s.denied or s.code in st.copay_codes else "80%"
            vals = [wl[0], dfmt(s.dos, "mdy2"), s.code, units_str(s.units), money(s.billed, ","),
                    money(s.not_covered + s.discount, ","), "D2" if s.denied else "", money(s.allowed, ","),
                    money(s.deductible, ","), money(s.copay, ","), pct, money(s.paid, ","), money(s.owes, ",")]
            cells(doc, f.y, vals, xs, al, "dcond", 7.5)
            for k, extra_line in enumerate(wl[1:], 1):
                doc.text(xs[0][0] + 1, f.y + 9 * k, extra_line, "dcond", 7.5)
            # Not covered here is discount + excluded; the page has no separate allowed-reduction column.
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["claim"],
                                    patient=cl["patient"], modifiers=False, description=False,
                                    printed=("billed", "allowed", "deductible", "copay", "paid", "patient_owes"),
                                    overrides={"not_covered": str(q(s.not_covered + s.discount))},
                                    remarks=s.remarks))
            f.y += 10 * len(wl)
        owes = total(sv, "owes") + (extra if cl is mismatch else ZERO)
        vals = ["Totals", "", "", "", money(total(sv, "billed"), ","),
                money(total(sv, "not_covered") + total(sv, "discount"), ","), "", money(total(sv, "allowed"), ","),
                money(total(sv, "deductible"), ","), money(total(sv, "copay"), ","), "", money(total(sv, "paid"), ","),
                money(owes, ",")]
        doc.line(26, f.y - 7, 766, f.y - 7, 0.4)
        cells(doc, f.y + 1, vals, xs, al, "dcondb", 7.5)
        f.y += 26
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), owes)})
    legend = [("D2", "Durable equipment must be approved before purchase; no benefits are payable without approval."),
              ("80%", "Percent of covered charges paid by the plan after the deductible.")]
    f.need(40)
    doc.text(26, f.y, "Reason codes:  D2 - " + legend[0][1], "dcond", 7.5)
    doc.text(26, f.y + 11, "Pct: " + legend[1][1], "dcond", 7.5)
    pages = doc.render(out / f"{name}.pdf", "fpdf2")
    ls = total(mismatch["svcs"], "owes")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Indemnity-style commercial member EOB for a trust-fund plan, four family members, landscape; "
                "Not covered column includes the network reduction; Pct column.",
                lines, ctruth, legend,
                [f"claim-total-mismatch claim {mismatch['claim']}: printed Patient resp. total {q(ls + extra)} but "
                 f"the lines add up to {q(ls)}"])
    return name, pages, False


# ======================================================================================= b1 MSN

def layout_b1(out: Path) -> tuple[str, int, bool]:
    name = "b1_medicare_summary_notice"
    doc = Doc()
    ben = "EUGENIA R. HOLLOWAY"
    st = PlanState(ded_left=Decimal("257.00"))
    claims = [
        {"claim": "26012300417520", "prov": "Fairhaven Outpatient Rehabilitation", "ref": "Dr. Miles Atwater",
         "svcs": series([d(1, 2), d(1, 5), d(1, 7), d(1, 9), d(1, 12), d(1, 14), d(1, 16), d(1, 20), d(1, 22),
                         d(1, 26), d(1, 28), d(1, 30)],
                        [("97110", 3, ("GP", "KX")), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "59")),
                         ("97116", 1, ("GP", "CQ"))])},
        {"claim": "26013100922841", "prov": "Northpoint Hand Therapy Associates", "ref": "Dr. Priya Venkatesan",
         "svcs": [mk(d(1, 21), "97165", 1, ("GO",)), mk(d(1, 21), "97760", 1, ("GO",)),
                  mk(d(1, 21), "0552T", 1, (), "PR")]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    words = {"97110": "Therapeutic exercises", "97112": "Balance/nerve retraining", "97140": "Manual therapy",
             "97116": "Walking training", "97165": "OT evaluation, simple", "97760": "Orthotic training",
             "0552T": "Laser light therapy"}
    for cl in claims:
        for s in cl["svcs"]:
            s.desc = words[s.code]

    def furniture(doc, n):
        doc.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", "timesb", 13)
        doc.text(40, 54, f"{ben}    |    Page {n} of {{N}}", "times", 9)
        doc.line(40, 60, 572, 60, 1)
        doc.text(306, 770, "THIS IS NOT A BILL", "timesb", 8, "c")
        return 78

    f = Flow(doc, 740, furniture)
    allsv = [s for cl in claims for s in cl["svcs"]]
    doc.text(40, 80, "The Official Summary of Your Medicare Claims from the Department of Medicare Services",
             "times", 9)
    doc.rect(40, 92, 250, 150, fill=0.94)
    doc.text(48, 108, ben, "timesb", 10)
    doc.text(48, 121, "418 Larkspur Court, Apt 2", "times", 9)
    doc.text(48, 133, "Millbrook, PA 17402-3319", "times", 9)
    doc.text(48, 155, "Medicare Number: XXXXXXX4QK7", "times", 9)
    doc.text(48, 167, "Date of This Notice: February 10, 2026", "times", 9)
    doc.text(48, 179, "Claims Processed Between: Jan 1 - Jan 31, 2026", "times", 9)
    doc.rect(310, 92, 262, 150, fill=None)
    doc.text(318, 108, "Your Claims & Costs This Period", "timesb", 10)
    doc.text(318, 124, "Did Medicare approve all services?", "times", 9)
    doc.text(564, 124, "NO", "timesb", 9, "r")
    doc.text(318, 138, "Number of services Medicare denied", "times", 9)
    doc.text(564, 138, "1", "timesb", 9, "r")
    doc.text(318, 152, "Total you may be billed", "times", 9)
    doc.text(564, 152, money(total(allsv, "owes")), "timesb", 9, "r")
    doc.text(318, 174, "Your Deductible Status: you have met", "times", 9)
    doc.text(318, 186, "the Part B deductible for 2026.", "times", 9)
    doc.text(40, 266, "Providers with claims this period", "timesb", 10)
    for k, cl in enumerate(claims):
        doc.text(40, 280 + 12 * k, f"{dfmt(cl['svcs'][0].dos, 'mon')} - {cl['prov']}", "times", 9)
    doc.text(40, 330, "If you disagree with a decision, you can file an appeal. See page {N}.", "times", 9)
    doc.new_page()
    f.y = furniture(doc, 2)
    heads = ["Service Provided & Billing Code", "Did Medicare|Approve?", "Amount|Provider Charged",
             "Medicare-|Approved Amount", "Medicare Paid|Provider", "Maximum You|May Be Billed", "See|Notes"]
    xs = cols_x(40, [170, 56, 66, 70, 64, 68, 38])
    al = ["l", "l", "r", "r", "r", "r", "l"]
    lines, ctruth = [], []
    for cl in claims:
        def heading(cont=False):
            doc.text(40, f.y, cl["prov"] + (" (continued)" if cont else ""), "timesb", 10)
            doc.text(40, f.y + 12, f"Claim number {cl['claim']}    Referred by: {cl['ref']}    "
                     "Provider accepts assignment", "times", 8.5)
            f.y = head_row(doc, f.y + 28, heads, xs, al, "timesb", 8, fill=0.88)

        f.need(90)
        heading()
        last = None
        for s in cl["svcs"]:
            if f.need(26 if s.dos != last else 13):
                heading(True)
                last = None
            if s.dos != last:
                doc.text(40, f.y, dfmt(s.dos, "mdy4"), "timesb", 8.5)
                f.y += 12
                last = s.dos
            tag = "-".join((s.code,) + s.mods)
            vals = [f"{s.desc} ({tag})", "No" if s.denied else "Yes", money(s.billed), money(s.allowed),
                    money(s.paid), money(s.owes), ",".join(s.remarks)]
            cells(doc, f.y, vals, xs, al, "times", 8.5)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cl["claim"], patient=ben,
                                    units=False, printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=s.remarks))
            f.y += 12
        sv = cl["svcs"]
        f.need(14)
        doc.line(40, f.y - 8, 572, f.y - 8, 0.5)
        cells(doc, f.y + 2, ["Total for Claim " + cl["claim"], "", money(total(sv, "billed")),
                             money(total(sv, "allowed")), money(total(sv, "paid")), money(total(sv, "owes")), ""],
              xs, al, "timesb", 8.5)
        f.y += 30
        ctruth.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": ben,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    legend = [("A", "The amount Medicare paid the provider is after the 20% coinsurance and a 2% federal reduction."),
              ("B", "This amount counts toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item because it is not proven effective. You may be billed.")]
    f.need(60)
    doc.text(40, f.y, "Notes for Claims Above", "timesb", 10)
    f.y += 13
    for k, v in legend:
        doc.text(40, f.y, f"{k}  {v}", "times", 8.5)
        f.y += 11
    pages = doc.render(out / f"{name}.pdf", "fpdf2")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Medicare Summary Notice Part B, summary page then claims grouped by provider with date rows; "
                "no units; a claim runs across pages.", lines, ctruth, legend)
    return name, pages, False


# ======================================================================================= b2 MA EOB

def layout_b2(out: Path) -> tuple[str, int, bool]:
    name = "b2_medicare_advantage_couple_eob"
    doc = Doc()
    members = [
        {"patient": "Theodore J. Marchetti", "id": "H8812-0471-02", "claims": [
            {"claim": "MA26-0041187", "prov": "Summit Ridge Physical Therapy", "ref": "SRPT-30917",
             "svcs": [mk(d(1, 6), "97162", 1, ("GP",)), mk(d(1, 6), "97110", 2, ("GP",)),
                      mk(d(1, 8), "97110", 2, ("GP",)), mk(d(1, 8), "97530", 1, ("GP",)),
                      mk(d(1, 13), "97110", 2, ("GP", "CQ")), mk(d(1, 13), "G0283", 1, ("GP",)),
                      mk(d(1, 13), "97542", 1, ("GP",), "CO")]},
            {"claim": "MA26-0043302", "prov": "Valley Crest Primary Care", "ref": "VC-118204",
             "svcs": [mk(d(1, 19), "99213", 1)]}]},
        {"patient": "Rosalind A. Marchetti", "id": "H8812-0471-01", "claims": [
            {"claim": "MA26-0044915", "prov": "Summit Ridge Physical Therapy", "ref": "SRPT-30988",
             "svcs": [mk(d(1, 14), "97161", 1, ("GP",)), mk(d(1, 14), "97140", 1, ("GP",)),
                      mk(d(1, 21), "97140", 1, ("GP",)), mk(d(1, 21), "97112", 2, ("GP", "KX"))]}]},
    ]
    copay = Decimal("25.00")
    for m in members:
        for cl in m["claims"]:
            seen = set()
            for s in cl["svcs"]:
                if s.denied:
                    s.not_covered = s.billed
                    s.remarks = ["N3"]
                    continue
                s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units)
                if s.dos not in seen:
                    seen.add(s.dos)
                    s.copay = min(copay, s.allowed)
                    s.remarks = ["N1"]
                else:
                    s.remarks = ["N2"]
                s.owes = s.copay
                s.paid = s.allowed - s.copay
    heads = ["Date", "Service (code)", "Units", "Amount|billed", "Plan|approved", "Plan|paid", "You may|owe", "Note"]
    xs = cols_x(36, [54, 196, 34, 58, 58, 56, 56, 28])
    al = ["l", "l", "r", "r", "r", "r", "r", "l"]

    def furniture(doc, n):
        doc.rect(36, 28, 540, 34, fill=0.15, stroke=False)
        doc.text(44, 44, "Aspen Trail Medicare Advantage (HMO)", "dsansb", 11)
        doc.text(44, 56, "Part C Explanation of Benefits for January 2026", "dsans", 8)
        doc.text(576, 80, f"Page {n} of {{N}}", "dsans", 7.5, "r")
        doc.text(36, 772, "Aspen Trail Health Plans is an HMO plan with a Medicare contract. H8812_EOB26_M",
                 "dsans", 6.5)
        return 96

    f = Flow(doc, 750, furniture)
    doc.text(36, 96, "Theodore J. Marchetti and Rosalind A. Marchetti", "dsansb", 9)
    doc.text(36, 108, "61 Birchknoll Road, Dunmore Falls, CO 81522", "dsans", 8)
    doc.rect(360, 88, 216, 62)
    doc.text(368, 100, "Your plan-year totals so far", "dsansb", 8)
    f.y = 130
    lines, ctruth = [], []
    ytd = []
    for m in members:
        f.need(60)
        doc.text(36, f.y, f"Medical claims for {m['patient']}", "dsansb", 10)
        doc.text(576, f.y, f"Member ID {m['id']}", "dsans", 8, "r")
        doc.line(36, f.y + 4, 576, f.y + 4, 1)
        f.y += 18
        for cl in m["claims"]:
            sv = cl["svcs"]
            f.need(40 + 12 * len(sv))
            doc.text(36, f.y, f"Claim number {cl['claim']}   Provider: {cl['prov']}   Provider's ref. {cl['ref']}",
                     "dsans", 7.5)
            f.y = head_row(doc, f.y + 13, heads, xs, al, "dsansb", 7, fill=0.9)
            for s in sv:
                vals = [dfmt(s.dos, "mon"), f"{s.desc} ({' '.join((s.code,) + s.mods)})", units_str(s.units),
                        money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ",".join(s.remarks)]
                cells(doc, f.y, vals, xs, al, "dsans", 7)
                lines.append(truth_line(doc.page, s, claim_id=cl["ref"], payer_claim_id=cl["claim"],
                                        patient=m["patient"], printed=("billed", "allowed", "paid", "patient_owes"),
                                        remarks=s.remarks))
                f.y += 11
            doc.line(36, f.y - 7, 576, f.y - 7, 0.4)
            cells(doc, f.y + 1, ["", "Claim total", "", money(total(sv, "billed")), money(total(sv, "allowed")),
                                 money(total(sv, "paid")), money(total(sv, "owes")), ""], xs, al, "dsansb", 7)
            f.y += 24
            ctruth.append({"claim_id": cl["ref"], "payer_claim_id": cl["claim"], "patient": m["patient"],
                           "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                  total(sv, "owes"))})
        ytd.append((m["patient"], sum((total(cl["svcs"], "owes") for cl in m["claims"]), ZERO)))
    # fill the plan-year box on page 1
    keep = doc.pages
    for k, (p, v) in enumerate(ytd):
        keep[0].append(("t", 368, 113 + 11 * k, f"{p.split()[0]}: you paid {money(v)} of $4,900.00 max", "dsans",
                        7.5, "l"))
    legend = [("N1", "Your $25.00 specialist or office copay for this visit day."),
              ("N2", "No further copay: already charged once for this day."),
              ("N3", "Not covered: this training is part of another service billed the same day. Provider may "
                     "not bill you.")]
    f.need(50)
    doc.text(36, f.y, "Notes", "dsansb", 9)
    for k, (c, v) in enumerate(legend):
        doc.text(36, f.y + 12 + 11 * k, f"{c}  {v}", "dsans", 7.5)
    pages = doc.render(out / f"{name}.pdf", "reportlab")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Medicare Advantage HMO member EOB mailed to a couple, per-member sections, visit-day copay.",
                lines, ctruth, legend)
    return name, pages, False


# ======================================================================================= c1 Medicaid RA

def layout_c1(out: Path) -> tuple[str, int, bool]:
    name = "c1_medicaid_remittance_statement"
    doc = Doc(landscape=True)
    recips = [
        ("DELACROIX, JUNE", "77120455901", "MP-3301"), ("FARROW, MALIK", "77120611884", "MP-3317"),
        ("ISHIKAWA-BELL, NORA", "77120902263", "MP-3342"), ("QUINTERO, ELIAS", "77121005518", "MP-3350"),
    ]
    icn = iter(f"2026-034-{n:06d}" for n in range(88101, 88200))
    paid = []
    for k, (nm, rid, pat) in enumerate(recips):
        if k == 0:
            sv = series([d(1, n) for n in (5, 7, 9, 12, 14, 16, 20, 22, 26, 28)],
                        [("97530", 2, ("GO",)), ("97110", 1, ("GO",)), ("97535", 1, ("GO",))])
        elif k == 1:
            sv = [mk(d(1, 8), "92523", 1, ("GN",)), mk(d(1, 15), "92507", 1, ("GN",)),
                  mk(d(1, 22), "92507", 1, ("GN",))]
        elif k == 2:
            sv = [mk(d(1, 6), "97166", 1, ("GO",)), mk(d(1, 13), "97530", 3, ("GO",)),
                  mk(d(1, 20), "97530", 3, ("GO",))]
        else:
            sv = [mk(d(1, 9), "97162", 1, ("GP",)), mk(d(1, 9), "97116", 2, ("GP",))]
        for s in sv:
            medicaid(s)
            s.remarks = ["0031"]
        paid.insert(0, {"nm": nm, "rid": rid, "pat": pat, "icn": next(icn), "svcs": sv, "liab": ZERO})
    # spend-down (patient liability) on Quintero's claim, first line
    ql = paid[0]["svcs"][0]
    ql_liab = Decimal("40.00")
    ql.owes = ql_liab
    ql.paid = ql.allowed - ql_liab
    ql.remarks = ["0031", "0415"]
    denied = {"nm": "FARROW, MALIK", "rid": "77120611884", "pat": "MP-3318", "icn": next(icn),
              "svcs": [mk(d(1, 29), "97533", 2, ("GO",), "CO"), mk(d(1, 29), "97530", 2, ("GO",), "CO")]}
    for s in denied["svcs"]:
        medicaid(s, deny_reason="15")
        s.remarks = ["0622"]
    orig = [mk(d(12, 10).replace(year=2025), "97530", 2, ("GO",)), mk(d(12, 10).replace(year=2025), "97140", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    void = {"nm": "ISHIKAWA-BELL, NORA", "rid": "77120902263", "pat": "MP-3120", "icn": "2025-351-041872",
            "svcs": [negate(s) for s in orig]}
    for s in void["svcs"]:
        s.remarks = ["0870"]
    repl_s = [mk(d(12, 10).replace(year=2025), "97530", 3, ("GO",)), mk(d(12, 10).replace(year=2025), "97140", 1, ("GO",))]
    for s in repl_s:
        medicaid(s)
        s.remarks = ["0871"]
    repl = {"nm": "ISHIKAWA-BELL, NORA", "rid": "77120902263", "pat": "MP-3120", "icn": next(icn), "svcs": repl_s}
    W = 132

    def fmt(ln, s, first):
        dt = dfmt(s.dos, "mdy2")
        m = "".join(s.mods[:1])
        am = lambda v: money(v, ",", "trail")  # noqa: E731
        return (f"  {ln:>2}  {dt:<8} {dt:<8} {s.code:<6} {m:<3} {units_str(s.units):>5} {am(s.billed):>10} "
                f"{am(s.allowed):>10} {am(s.owes):>9} {am(s.paid):>10}  {' '.join(s.remarks)}")

    colhead = ("  LN  FROM-DOS THRU-DOS PROC   MOD   QTY     CHARGE    ALLOWED   PT-LIAB       PAID  EOB")

    def furniture(doc, n):
        doc.text(30, 30, "STATE OF WESTMARCH - DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", "lmonob", 8)
        doc.text(30, 41, f"REMITTANCE STATEMENT          RA NO 0004417732   WARRANT 88120447   DATE 02/06/26"
                 f"          PAGE {n:>3} OF {{N}}", "lmono", 8)
        doc.text(30, 52, "PROVIDER: BRIGHTFIELD CHILD & FAMILY THERAPY LLC   PROV NO 500912877   NPI 1902837465",
                 "lmono", 8)
        doc.line(30, 57, 762, 57, 0.6)
        doc.text(30, 68, colhead, "lmonob", 8)
        doc.line(30, 72, 762, 72, 0.6)
        return 84

    f = Flow(doc, 585, furniture)
    lines, ctruth = [], []

    def claim(c, section):
        def hdr(cont=False):
            doc.text(30, f.y, f"RECIPIENT: {c['nm']:<22} RECIP NO: {c['rid']}  ICN: {c['icn']}  PATIENT NO: "
                     f"{c['pat']}" + ("  CONTINUED" if cont else ""), "lmono", 8)
            f.y += 11

        f.need(30)
        hdr()
        for i, s in enumerate(c["svcs"], 1):
            if f.need(11):
                hdr(True)
            doc.text(30, f.y, fmt(i, s, True), "lmono", 8)
            lines.append(truth_line(doc.page, s, claim_id=c["pat"], payer_claim_id=c["icn"], patient=c["nm"],
                                    modifiers=True, description=False,
                                    printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=s.remarks, service_end=s.dos))
            f.y += 11
        sv = c["svcs"]
        am = lambda v: money(v, ",", "trail")  # noqa: E731
        doc.text(30, f.y, f"      CLAIM TOTAL{'':<21}{am(total(sv, 'billed')):>10} {am(total(sv, 'allowed')):>10}"
                 f" {am(total(sv, 'owes')):>9} {am(total(sv, 'paid')):>10}", "lmonob", 8)
        f.y += 16
        ctruth.append({"claim_id": c["pat"], "payer_claim_id": c["icn"], "patient": c["nm"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})

    for title, group in (("*** ORIGINAL CLAIMS PAID ***", paid), ("*** CLAIMS DENIED ***", [denied]),
                         ("*** VOIDS AND REPLACEMENTS ***", [void, repl])):
        f.need(40)
        doc.text(30, f.y, title, "lmonob", 8)
        f.y += 14
        for c in group:
            claim(c, title)
    legend = [("0031", "PAID IN FULL AT THE PROGRAM RATE. RECIPIENT MAY NOT BE BILLED FOR THE DIFFERENCE."),
              ("0415", "RECIPIENT SPEND-DOWN LIABILITY DEDUCTED. COLLECT THIS AMOUNT FROM THE RECIPIENT."),
              ("0622", "SERVICE NOT COVERED FOR THIS AGE GROUP WITHOUT AN APPROVED PLAN OF CARE."),
              ("0870", "VOID OF A PREVIOUSLY PAID CLAIM. AMOUNTS SHOWN ARE TAKEN BACK."),
              ("0871", "REPLACEMENT CLAIM PAID WITH CORRECTED UNITS.")]
    f.need(80)
    doc.text(30, f.y, "EOB CODE MESSAGES", "lmonob", 8)
    for k, (c, v) in enumerate(legend):
        doc.text(30, f.y + 11 * (k + 1), f"{c}  {v}", "lmono", 8)
    pages = doc.render(out / f"{name}.pdf", "reportlab")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "State Medicaid remittance statement, landscape monospace, sections, spend-down liability, void "
                "and replacement with trailing-minus credits, claim continued with header repeated.",
                lines, ctruth, legend)
    return name, pages, False


# ======================================================================================= c2 Medicaid portal RA

def layout_c2(out: Path) -> tuple[str, int, bool]:
    name = "c2_medicaid_portal_ra"
    doc = Doc()
    claims = [
        {"nm": "Beaumont, Ezra", "no": "MA0091177342", "icn": "5126037004471", "acct": "ZT-10844",
         "svcs": [mk(d(1, 7), "97530", 3, ("GO", "U1")), mk(d(1, 7), "97535", 1, ("GO",)),
                  mk(d(1, 14), "97530", 3, ("GO", "U1")), mk(d(1, 14), "97112", 2, ("GO",))]},
        {"nm": "Szymanski, Hallie", "no": "MA0091320458", "icn": "5126037004472", "acct": "ZT-10851",
         "svcs": [mk(d(1, 8), "92523", 1, ("GN",)), mk(d(1, 15), "92507", 1, ("GN", "U1")),
                  mk(d(1, 22), "92507", 1, ("GN", "U1")), mk(d(1, 29), "92526", 1, ("GN",))]},
        {"nm": "Beaumont, Ezra", "no": "MA0091177342", "icn": "5126037004480", "acct": "ZT-10860",
         "svcs": [mk(d(1, 21), "97760", 2, ("GO",), "CO"), mk(d(1, 21), "L3807", 1, ("LT",), "CO")]},
        {"nm": "Adeyemi, Tobias", "no": "MA0092004116", "icn": "5126037004485", "acct": "ZT-10872",
         "svcs": [mk(d(1, 12), "97161", 1, ("GP",)), mk(d(1, 12), "97110", 2, ("GP",)),
                  mk(d(1, 19), "97110", 2, ("GP",)), mk(d(1, 19), "97140", 1, ("GP", "59"))]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="197")
            s.remarks = ["N54"] if s.denied else []
    heads = ["Dtl", "First DOS", "Last DOS", "Procedure", "Modifiers", "Units", "Billed", "Allowed", "Grp", "CARC",
             "Adj Amt", "Paid", "RARC"]
    xs = cols_x(30, [20, 48, 48, 44, 44, 30, 50, 50, 24, 30, 48, 50, 36])
    al = ["l", "l", "l", "l", "l", "r", "r", "r", "l", "l", "r", "r", "l"]

    def furniture(doc, n):
        doc.text(30, 34, "Commonwealth of Eastvale Medicaid - Provider Portal", "narrowb", 12)
        doc.text(30, 46, "Remittance Advice  |  Payment # EFT0051184730  |  Payment date 02/09/2026", "narrow", 8.5)
        doc.text(582, 34, "Printed 02/09/2026 08:14", "narrow", 7.5, "r")
        doc.text(582, 46, f"Page {n} of {{N}}", "narrow", 7.5, "r")
        doc.text(30, 60, "Billing provider: Tidewater Kids Therapy Center  |  Provider ID 3007719204", "narrow", 8)
        doc.line(30, 66, 582, 66, 0.8)
        doc.text(30, 770, "This remittance is for the payment shown above. Claim adjustment reason codes are the "
                 "national codes; see the legend for remark codes.", "narrow", 6.5)
        return 82

    f = Flow(doc, 748, furniture)
    lines, ctruth = [], []
    for cl in claims:
        sv = cl["svcs"]
        status = "Denied" if all(s.denied for s in sv) else "Paid"
        f.need(60 + 11 * len(sv))
        doc.rect(30, f.y - 10, 552, 26, fill=0.9)
        doc.text(34, f.y, f"Client: {cl['nm']}", "narrowb", 8)
        doc.text(200, f.y, f"Client No.: {cl['no']}", "narrow", 8)
        doc.text(360, f.y, f"ICN: {cl['icn']}", "narrow", 8)
        doc.text(34, f.y + 11, f"Patient Acct: {cl['acct']}", "narrow", 8)
        doc.text(200, f.y + 11, f"Status: {status}", "narrow", 8)
        f.y = head_row(doc, f.y + 30, heads, xs, al, "narrowb", 7.5, lines=1)
        doc.line(30, f.y - 7, 582, f.y - 7, 0.4)
        for i, s in enumerate(sv, 1):
            g, c, a = s.adjs[0] if s.adjs else ("", "", None)
            vals = [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    units_str(s.units), money(s.billed, ","), money(s.allowed, ","), g, c,
                    money(a, ",") if a is not None else "", money(s.paid, ","), " ".join(s.remarks)]
            cells(doc, f.y, vals, xs, al, "narrow", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["nm"],
                                    description=False, printed=("billed", "allowed", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, service_end=s.dos))
            f.y += 11
        doc.line(30, f.y - 7, 582, f.y - 7, 0.4)
        adj = sum((a for s in sv for _, _, a in s.adjs), ZERO)
        cells(doc, f.y + 1, ["", "Claim totals", "", "", "", "", money(total(sv, "billed"), ","),
                             money(total(sv, "allowed"), ","), "", "", money(adj, ","), money(total(sv, "paid"), ","),
                             ""], xs, al, "narrowb", 7.5)
        f.y += 30
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["nm"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)})
    legend = [("N54", "The billed service needs a prior approval number that was not on the claim.")]
    f.need(30)
    doc.text(30, f.y, "Remark codes: N54 - " + legend[0][1], "narrow", 8)
    pages = doc.render(out / f"{name}.pdf", "fpdf2")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "State Medicaid provider-portal remittance advice, boxed claim heads, Grp/CARC/Adj Amt columns, "
                "a denied claim.", lines, ctruth, legend)
    return name, pages, True


# ======================================================================================= d1 clearinghouse remit

def layout_d1(out: Path) -> tuple[str, int, bool]:
    name = "d1_clearinghouse_medicare_remit"
    doc = Doc()
    st = PlanState(ded_left=Decimal("0.00"))
    st2 = PlanState(ded_left=Decimal("120.00"))
    claims = [
        {"nm": "PEMBERTON, ALICE", "mbi": "5QK2TR8WN41", "ctl": "AP2026-0144", "icn": "2226028311470",
         "npi": "1548209377", "st": st,
         "svcs": series([d(1, n) for n in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)],
                        [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",)), ("97530", 1, ("GP",))])},
        {"nm": "ROURKE, DESMOND", "mbi": "8FD4HJ2VM07", "ctl": "AP2026-0152", "icn": "2226028311492",
         "npi": "1548209377", "st": st2,
         "svcs": [mk(d(1, 13), "97163", 1, ("GP",)), mk(d(1, 13), "97112", 2, ("GP",)),
                  mk(d(1, 20), "97112", 2, ("GP", "CQ"))]},
        {"nm": "VANTERHOLT, GRETA", "mbi": "2MX7KP4AB58", "ctl": "AP2026-0160", "icn": "2226028311510",
         "npi": "1730066182", "st": st,
         "svcs": [mk(d(1, 15), "97165", 1, ("GO",)), mk(d(1, 15), "97535", 2, ("GO",)),
                  mk(d(1, 22), "0552T", 1, (), "CO")]},
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, cl["st"], deny_reason="96")
            s.remarks = ["N425"] if s.denied else []
    heads = ["Svc Date", "Rend NPI", "POS", "Units", "Proc-Mods", "Billed", "Allowed", "Deduct", "Coins",
             "Adj", "Adj Amt", "Paid"]
    xs = cols_x(24, [52, 64, 24, 32, 76, 50, 48, 44, 42, 44, 48, 48])
    al = ["l", "l", "l", "l", "l", "r", "r", "r", "r", "l", "r", "r"]

    def furniture(doc, n):
        doc.text(24, 30, "CLEARPATH CLAIMS EXCHANGE - REMITTANCE VIEWER PRINT", "dmonob", 9)
        doc.text(24, 41, "Payer: Keystone Plains Medicare Administrative Contractor (Part B)   Check/EFT: 0912883471",
                 "dmono", 7)
        doc.text(24, 51, "Payee: Ridgeway Therapy Partners PC   Payee NPI 1548209377   Issued 02/05/2026", "dmono", 7)
        doc.text(588, 30, f"Pg {n}/{{N}}", "dmono", 7.5, "r")
        doc.line(24, 56, 588, 56, 0.7)
        head_row(doc, 68, heads, xs, al, "dmonob", 6.8, lines=1)
        doc.line(24, 72, 588, 72, 0.4)
        return 84

    f = Flow(doc, 760, furniture)
    lines, ctruth = [], []
    for cl in claims:
        def hdr(cont=False):
            doc.text(24, f.y, f"Patient: {cl['nm']}   MBI: {cl['mbi']}   Pat Ctl #: {cl['ctl']}", "dmonob", 7)
            doc.text(24, f.y + 10, f"Payer Claim #: {cl['icn']}   Claim Status: 1 Processed as Primary"
                     + ("   (continued)" if cont else ""), "dmono", 7)
            f.y += 22

        f.need(50)
        hdr()
        for s in cl["svcs"]:
            extra = s.adjs[1:]
            if f.need(10 * (1 + len(extra))):
                hdr(True)
            g, c, a = s.adjs[0]
            vals = [dfmt(s.dos, "mdy2"), cl["npi"], "11", units_str(s.units), "-".join((s.code,) + s.mods),
                    money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                    f"{g}-{c}", money(a, ""), money(s.paid, "")]
            cells(doc, f.y, vals, xs, al, "dmono", 6.8)
            if s.remarks:
                doc.text(588, f.y + 10, "RARC " + " ".join(s.remarks), "dmono", 6.8, "r")
            for k, (g2, c2, a2) in enumerate(extra, 1):
                doc.text(xs[9][0] + 3, f.y + 9 * k, f"{g2}-{c2}", "dmono", 6.8)
                doc.text(xs[10][1] - 3, f.y + 9 * k, money(a2, ""), "dmono", 6.8, "r")
            lines.append(truth_line(doc.page, s, claim_id=cl["ctl"], payer_claim_id=cl["icn"], patient=cl["nm"],
                                    description=False,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks))
            f.y += 9 * max(1, len(extra) + 1) + (10 if s.remarks and not extra else 2)
        sv = cl["svcs"]
        f.need(12)
        doc.text(24, f.y, "CLAIM TOTALS", "dmonob", 6.8)
        cells(doc, f.y, ["", "", "", "", "", money(total(sv, "billed"), ""), money(total(sv, "allowed"), ""),
                         money(total(sv, "deductible"), ""), money(total(sv, "coinsurance"), ""), "", "",
                         money(total(sv, "paid"), "")], xs, al, "dmonob", 6.8)
        doc.text(24, f.y + 10, f"PT RESP {money(total(sv, 'owes'), '')}", "dmono", 6.8)
        f.y += 26
        ctruth.append({"claim_id": cl["ctl"], "payer_claim_id": cl["icn"], "patient": cl["nm"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)})
    legend = [("N425", "Statutorily excluded service (see remark).")]
    pages = doc.render(out / f"{name}.pdf", "fpdf2")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Clearinghouse remittance viewer print of a Medicare Part B payment, monospace, extra adjustments "
                "stacked under the row, claim continued under the repeated header.", lines, ctruth, legend)
    return name, pages, True


# ======================================================================================= d2 PM allocation

def layout_d2(out: Path) -> tuple[str, int, bool]:
    name = "d2_pm_payment_allocation"
    doc = Doc(landscape=True)
    st = PlanState(ded_left=Decimal("0.00"))
    pats = [("Harlan Whitcombe", "WH10442"), ("Ines Barroso-Lind", "BA20917"), ("Cyrus Okafor-Hale", "OK33108")]
    icn = iter(f"0226034{n:07d}" for n in range(5501120, 5501200))
    chg = iter(range(718201, 718400))
    rows = []  # (patient, acct, icn, svc, status)
    claims = []
    plan = [
        (0, [(d(1, 6), "97110", 3, ("GP", "KX")), (d(1, 6), "97140", 1, ("GP", "59")), (d(1, 8), "97110", 3, ("GP", "KX")),
             (d(1, 8), "97116", 1, ("GP",))]),
        (1, [(d(1, 7), "97166", 1, ("GO",)), (d(1, 7), "97530", 2, ("GO",)), (d(1, 14), "97530", 2, ("GO", "CO")),
             (d(1, 14), "97535", 1, ("GO", "CO"))]),
        (2, [(d(1, 9), "92523", 1, ("GN",)), (d(1, 16), "92507", 1, ("GN",))]),
    ]
    for pi, items in plan:
        sv = [mk(a, b, c, m) for a, b, c, m in items]
        for s in sv:
            medicare(s, st)
            s.remarks = ["N781"] if "CO" in s.mods else []
        claims.append({"nm": pats[pi][0], "acct": pats[pi][1], "icn": next(icn), "svcs": sv, "status": "1"})
    orig = [mk(d(12, 18).replace(year=2025), "97112", 2, ("GP",)), mk(d(12, 18).replace(year=2025), "97110", 1, ("GP",))]
    for s in orig:
        medicare(s, st)
    claims.append({"nm": pats[0][0], "acct": "WH10398", "icn": "0225352" + "4410087",
                   "svcs": [negate(s) for s in orig], "status": "22"})
    corr = [mk(d(12, 18).replace(year=2025), "97112", 2, ("GP",)), mk(d(12, 18).replace(year=2025), "97110", 2, ("GP",))]
    for s in corr:
        medicare(s, st)
    claims.append({"nm": pats[0][0], "acct": "WH10398", "icn": next(icn), "svcs": corr, "status": "1"})
    heads = ["Chg #", "Patient", "Acct", "Payer ICN", "St", "DOS", "CPT", "Mods", "Units", "Charge", "Allowed",
             "Ded|(PR-1)", "Coins|(PR-2)", "W/O|(CO-45)", "Seq|(CO-253)", "Paid", "RARC"]
    xs = cols_x(22, [36, 78, 42, 66, 16, 44, 32, 40, 26, 46, 44, 40, 42, 44, 42, 46, 36])
    al = ["l", "l", "l", "l", "l", "l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "l"]

    def m(v):
        return money(v, ",", "()")

    def furniture(doc, n):
        doc.text(22, 32, "Insurance Payment Allocation", "narrowb", 13)
        doc.text(22, 45, "TheraLedger PM  |  Practice: Bluewater Rehab Collective  |  Deposit batch 2026-02-05-03  "
                 "|  Payer: Medicare Part B (J-Region contractor)  |  EFT trace 1EFT772019443", "narrow", 8)
        doc.text(770, 32, f"Page {n} of {{N}}", "narrow", 8, "r")
        doc.rect(22, 54, 748, 22, fill=0.86, stroke=True)
        head_row(doc, 63, heads, xs, al, "narrowb", 7, lines=2)
        return 90

    f = Flow(doc, 580, furniture)
    lines, ctruth = [], []
    for cl in claims:
        sv = cl["svcs"]
        for s in sv:
            f.need(11)
            adjd = {(g, c): a for g, c, a in s.adjs}
            vals = [str(next(chg)), cl["nm"], cl["acct"], cl["icn"], cl["status"], dfmt(s.dos, "mdy2"), s.code,
                    "/".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed), m(s.deductible),
                    m(s.coinsurance), m(adjd.get(("CO", "45"), ZERO)), m(adjd.get(("CO", "253"), ZERO)), m(s.paid),
                    " ".join(s.remarks)]
            cells(doc, f.y, vals, xs, al, "narrow", 7.5)
            doc.line(22, f.y + 3, 770, f.y + 3, 0.2)
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["nm"],
                                    description=False, printed=("billed", "allowed", "deductible", "coinsurance",
                                                                "paid"),
                                    adjustments=s.adjs, remarks=s.remarks))
            f.y += 11
        f.need(11)
        cells(doc, f.y, ["", "", "", "", "", "", "", "Claim", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                         m(total(sv, "deductible")), m(total(sv, "coinsurance")), "", "", m(total(sv, "paid")), ""],
              xs, al, "narrowb", 7.5)
        f.y += 16
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["nm"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)})
    allsv = [s for cl in claims for s in cl["svcs"]]
    f.need(40)
    doc.line(22, f.y - 8, 770, f.y - 8, 1)
    cells(doc, f.y + 2, ["", "Batch totals", "", "", "", "", "", "", "", m(total(allsv, "billed")),
                         m(total(allsv, "allowed")), m(total(allsv, "deductible")), m(total(allsv, "coinsurance")), "",
                         "", m(total(allsv, "paid")), ""], xs, al, "narrowb", 7.5)
    doc.text(22, f.y + 22, "St: 1 = processed as primary, 22 = reversal of previous payment.  N781 - our note: "
             "assistant-delivered therapy paid at the reduced rate.", "narrow", 7.5)
    legend = [("N781", "Assistant-delivered therapy paid at the reduced rate.")]
    pages = doc.render(out / f"{name}.pdf", "reportlab")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Practice-management insurance payment allocation of a Medicare remit, landscape, ids on every row, "
                "reversal in parentheses and its replacement.", lines, ctruth, legend)
    return name, pages, True


# ======================================================================================= e1 clinic statement

def layout_e1(out: Path) -> tuple[str, int, bool]:
    name = "e1_therapy_clinic_family_statement"
    doc = Doc()
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    kids = [("Maya Lindqvist-Roe", "Maya"), ("Jonah Lindqvist-Roe", "Jonah"), ("Pia Lindqvist-Roe", "Pia")]
    visits = []
    vno = iter(range(60410, 60500))
    clno = iter(range(88140, 88300))
    plan = {0: [(d(1, n), [("97530", 2, ("GO",)), ("97533", 1, ("GO",))]) for n in (5, 8, 12, 15, 19, 22, 26, 29)],
            1: [(d(1, n), [("92507", 1, ("GN",))]) for n in (6, 13, 20, 27)] + [(d(1, 6), [("92523", 1, ("GN",))])],
            2: [(d(1, n), [("97110", 2, ("GP",)), ("97116", 1, ("GP",)), ("97112", 1, ("GP",))])
                for n in (7, 9, 14, 16, 21, 23, 28, 30)]}
    for ki, vs in plan.items():
        for dos, items in sorted(vs, key=lambda x: x[0]):
            sv = [mk(dos, c, u, m) for c, u, m in items]
            for s in sv:
                commercial(s, st)
            visits.append({"pt": kids[ki][0], "first": kids[ki][1], "visit": f"V{next(vno)}",
                           "claim": f"SHC-{next(clno)}-26", "svcs": sv})
    heads = ["Date", "Patient", "Visit #", "Description", "CPT", "Units", "Charge", "Ins. Paid", "Ins. Adj.",
             "Your Resp."]
    xs = cols_x(24, [46, 36, 40, 150, 56, 26, 44, 44, 44, 46])
    al = ["l", "l", "l", "l", "l", "r", "r", "r", "r", "r"]
    allsv = [s for v in visits for s in v["svcs"]]
    paid_by_family = Decimal("45.00")
    due = total(allsv, "owes") - paid_by_family

    def furniture(doc, n):
        doc.text(24, 36, "Little Lanterns Pediatric Therapy", "lsansb", 13)
        doc.text(24, 48, "905 Juniper Mill Road, Suite 3 - Ashgrove, MN 55901 - Billing office (507) 555-0188",
                 "lsans", 7.5)
        doc.text(24, 62, f"Statement date 02/02/2026   Guarantor: Henrik Lindqvist-Roe   Account G-22018   "
                 f"Page {n} of {{N}}", "lsans", 7.5)
        doc.line(24, 68, 450, 68, 0.8)
        if n > 1:
            return 82
        # sidebar (page 1 only)
        doc.rect(460, 30, 128, 150, fill=0.92)
        doc.text(468, 46, "AMOUNT DUE", "lsansb", 10)
        doc.text(580, 64, money(due), "lsansb", 12, "r")
        doc.text(468, 82, "Due by 02/25/2026", "lsans", 8)
        doc.text(468, 100, "Aging", "lsansb", 8)
        doc.text(468, 112, "Current", "lsans", 7.5)
        doc.text(580, 112, money(due), "lsans", 7.5, "r")
        doc.text(468, 123, "31-60 days", "lsans", 7.5)
        doc.text(580, 123, "$0.00", "lsans", 7.5, "r")
        doc.text(468, 134, "61-90 days", "lsans", 7.5)
        doc.text(580, 134, "$0.00", "lsans", 7.5, "r")
        doc.text(468, 156, "Pay online: lanternspay.example", "lsans", 6.5)
        return 82

    f = Flow(doc, 752, furniture)
    head_row(doc, 200, heads, xs, al, "lsansb", 7, lines=1)
    doc.line(24, 204, 450 + 138, 204, 0.5)
    f.y = 216
    lines, ctruth = [], []
    for v in visits:
        sv = v["svcs"]
        f.need(12)
        doc.text(24, f.y, f"{v['pt']} - visit {v['visit']} billed to Northstar Health Plan, claim {v['claim']}",
                 "lsansb", 7)
        f.y += 11
        for s in sv:
            f.need(11)
            vals = [dfmt(s.dos, "mdy2"), v["first"], v["visit"], s.desc, "-".join((s.code,) + s.mods),
                    units_str(s.units), money(s.billed, ","), money(s.paid, ","), money(s.discount, ","),
                    money(s.owes, ",")]
            cells(doc, f.y, vals, xs, al, "lsans", 7)
            lines.append(truth_line(doc.page, s, claim_id=v["visit"], payer_claim_id=v["claim"], patient=v["pt"],
                                    printed=("billed", "paid", "patient_owes"), adjustments=[], remarks=[]))
            f.y += 11
        ctruth.append({"claim_id": v["visit"], "payer_claim_id": v["claim"], "patient": v["pt"],
                       "totals": claim_totals(None, None, None, None)})
        f.y += 3
    f.need(30)
    doc.text(24, f.y, "01/30/26", "lsans", 7)
    doc.text(xs[3][0] + 1, f.y, "Payment - thank you (card ending 4471)", "lsans", 7)
    doc.text(xs[9][1] - 2, f.y, money(-paid_by_family, ",", "()"), "lsans", 7, "r")
    f.y += 16
    doc.line(24, f.y - 8, 588, f.y - 8, 0.6)
    doc.text(24, f.y + 2, "Account totals", "lsansb", 7.5)
    cells(doc, f.y + 2, ["", "", "", "", "", "", money(total(allsv, "billed"), ","), money(total(allsv, "paid"), ","),
                         money(total(allsv, "discount"), ","), money(due, ",")], xs, al, "lsansb", 7)
    pages = doc.render(out / f"{name}.pdf", "fpdf2")
    write_truth(out / f"{name}.pdf", name, "fpdf2", pages,
                "Pediatric therapy clinic family statement, three children, amount-due sidebar, visit heading rows "
                "with the insurer's claim number, rows run onto page 2 without a repeated column header.",
                lines, ctruth, [])
    return name, pages, False


# ======================================================================================= e2 hospital statement

def layout_e2(out: Path) -> tuple[str, int, bool]:
    name = "e2_hospital_family_statement"
    doc = Doc()
    rev = {"97110": "0420", "97112": "0420", "97140": "0420", "97116": "0420", "97161": "0420", "97530": "0430",
           "97165": "0430", "97535": "0430", "97760": "0430", "L3807": "0274", "92507": "0440", "92523": "0440",
           "73110": "0320", "99213": "0510", "G0283": "0420"}
    accts = [
        {"pt": "Calloway, Bettina R", "acct": "HA40019275", "ins": "Prairie Shield PPO", "ref": "PSP26A0117734",
         "svcs": [mk(d(1, 5), "99213", 1), mk(d(1, 5), "73110", 1, ("LT",)), mk(d(1, 6), "97165", 1, ("GO",)),
                  mk(d(1, 6), "97760", 2, ("GO",)), mk(d(1, 6), "L3807", 1, ("LT",))]
         + series([d(1, n) for n in (9, 11, 13, 16, 18, 20, 23, 25, 27, 30)],
                  [("97530", 2, ("GO",)), ("97110", 1, ("GO",)), ("97140", 1, ("GO", "59"))])},
        {"pt": "Calloway, Rhys T", "acct": "HA40019288", "ins": "Prairie Shield PPO", "ref": "PSP26A0120951",
         "svcs": [mk(d(1, 12), "97161", 1, ("GP",)), mk(d(1, 12), "97110", 2, ("GP",)),
                  mk(d(1, 19), "97112", 2, ("GP",)), mk(d(1, 19), "G0283", 1, ("GP",))]},
        {"pt": "Calloway, Wren E", "acct": "HA40019301", "ins": "Prairie Shield PPO", "ref": "PSP26A0121460",
         "svcs": [mk(d(1, 14), "92523", 1, ("GN",)), mk(d(1, 21), "92507", 1, ("GN",))]},
    ]
    accts = accts[1:] + accts[:1]  # the long account comes last and runs over the page
    heads = ["Svc Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]
    xs = cols_x(40, [56, 34, 60, 40, 250, 30, 62])
    al = ["l", "l", "l", "l", "l", "r", "r"]
    acc_tot = []
    for a in accts:
        b = total(a["svcs"], "billed")
        ins = q(b * Decimal("0.52"))
        adj = q(b * Decimal("0.33"))
        acc_tot.append((b, ins, adj, b - ins - adj))
    due = sum((t[3] for t in acc_tot), ZERO)

    def furniture(doc, n):
        doc.text(40, 38, "St. Aldric Regional Medical Center", "dserifb", 13)
        doc.text(40, 51, "Outpatient Rehabilitation & Imaging  -  Patient Financial Services  -  (319) 555-0126",
                 "dserif", 7.5)
        doc.text(572, 38, "STATEMENT", "dserifb", 11, "r")
        doc.text(572, 51, f"Page {n} of {{N}}", "dserif", 7.5, "r")
        doc.line(40, 58, 572, 58, 1)
        doc.text(306, 772, "Charges are itemised by hospital account. Insurance activity is shown once per account.",
                 "dserif", 6.5, "c")
        return 74

    f = Flow(doc, 748, furniture)
    doc.text(40, 78, "Guarantor: Marcus Calloway    Statement date: 02/06/2026    Guarantor no. 7730184",
             "dserif", 8)
    doc.rect(400, 88, 172, 44)
    doc.text(408, 102, "Total due from you", "dserif", 8)
    doc.text(564, 102, money(due), "dserifb", 10, "r")
    doc.text(408, 122, "Please pay by 03/01/2026", "dserif", 7.5)
    f.y = 150
    lines, ctruth = [], []
    for a, (b, ins, adj, bal) in zip(accts, acc_tot):
        def hdr(cont=False):
            doc.rect(40, f.y - 10, 532, 26, fill=0.9, stroke=False)
            doc.text(44, f.y, f"Account No. {a['acct']}   Patient: {a['pt']}" + ("  (continued)" if cont else ""),
                     "dserifb", 8)
            doc.text(44, f.y + 11, f"Insurance: {a['ins']}   Insurance claim ref. {a['ref']}", "dserif", 7.5)
            f.y = head_row(doc, f.y + 30, heads, xs, al, "dserifb", 7.5, lines=1)
            doc.line(40, f.y - 7, 572, f.y - 7, 0.4)

        f.need(70)
        hdr()
        for s in a["svcs"]:
            if f.need(11):
                hdr(True)
            vals = [dfmt(s.dos, "mdy4"), rev[s.code], s.code, " ".join(s.mods), s.desc, units_str(s.units),
                    money(s.billed, ",")]
            cells(doc, f.y, vals, xs, al, "dserif", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=a["acct"], payer_claim_id=a["ref"], patient=a["pt"],
                                    printed=("billed",), adjustments=[], remarks=[]))
            f.y += 11
        f.need(50)
        doc.line(40, f.y - 7, 572, f.y - 7, 0.4)
        for k, (lab, v) in enumerate((("Total charges", b), (f"{a['ins']} payment", -ins),
                                      ("Contractual adjustment", -adj), ("Account balance", bal))):
            doc.text(470, f.y + 11 * k, lab, "dserifb" if k in (0, 3) else "dserif", 7.5, "r")
            doc.text(570, f.y + 11 * k, money(v, ",", "trail"), "dserifb" if k in (0, 3) else "dserif", 7.5, "r")
        f.y += 56
        ctruth.append({"claim_id": a["acct"], "payer_claim_id": a["ref"], "patient": a["pt"],
                       "totals": claim_totals(b, None, None, None)})
    pages = doc.render(out / f"{name}.pdf", "reportlab")
    write_truth(out / f"{name}.pdf", name, "reportlab", pages,
                "Hospital outpatient family statement, one account per family member, charges only per line, "
                "insurance activity per account, account continued with header repeated.", lines, ctruth, [])
    return name, pages, False


LAYOUTS = [layout_a1, layout_a2, layout_b1, layout_b2, layout_c1, layout_c2, layout_d1, layout_d2, layout_e1,
           layout_e2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout198_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = [fn(out) for fn in LAYOUTS]
    print(f"wrote {len(made)} PDFs to {out}")
    if not check:
        return 0
    import json
    bad, crossing = [], 0
    for nm, pages, strict in made:
        p = out / f"{nm}.pdf"
        errs = check_file(p, strict)
        tr = json.loads(Path(str(p) + ".truth.json").read_text())
        spans = {}
        for ln in tr["lines"]:
            spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        crosses = any(len(v) > 1 for v in spans.values())
        crossing += crosses
        print(f"  {nm}: {pages} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims"
              f"{', claim crosses a page' if crosses else ''}: {'OK' if not errs else f'{len(errs)} problems'}")
        bad += errs
    if crossing < 3:
        bad.append(f"only {crossing} files carry a claim running onto the next page")
    for e in bad[:60]:
        print("   ", e)
    print("CHECK", "PASSED" if not bad else "FAILED")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
