"""Write the SIXTY-SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader, written without looking at the reader, its tests, its docs or its results.
Two layouts of each of the five commonest real kinds, each in a house style of its own.

Run:  python bench/heldout66/make_heldout66_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout66/make_heldout66_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: h66.py (drawing layer over
reportlab / fpdf2, and the self-check). Shared helpers (Svc, plan arithmetic, money, dfmt, truth format) are
imported from samples/pdf/eobgen.py; codes it lacks get invented fees and our own short wording here.
Truth format: the one of samples/pdf (<name>.pdf.truth.json), printed values only, null for what a layout does
not print (units null where no quantity is printed); claim_id = the provider's own account / patient-control /
visit / hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN / reference, patient
exactly as printed (the person served, never the subscriber or guarantor unless the same person). Every name,
number, payer, provider, address and ID is invented; descriptions and code legends are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  m1  commercial member EOB "Explanation of Benefits - this is not a bill" to a subscriber for a family of three
      (reportlab, portrait Liberation Serif): shaded "Claim detail for <name> (relationship)" bars with "Claim ID"
      and "Provider account #", columns "Date of service / Service code and description ("97530 GO Therapeutic
      ...") / Units / Provider charged / Plan
      discount / Plan allowed / Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe / Note",
      description wrapped to a second text line, a not-covered line, claim subtotal rows, a claim running onto
      page 2 under a "(continued)" bar and repeated column header, lettered notes legend
  m2  commercial member "Benefit Statement" with a LEFT SIDEBAR (fpdf2, landscape DejaVu Sans): sidebar with
      per-person deductible / out-of-pocket meters, main column claim heads "<name> - <provider> - Claim no. ...
      - Your provider's reference ...", service rows "Jan 5, 2026 / Therapeutic activities (97530-GO)" with no
      units column, "Billed / Discount / Plan's price / Plan paid / Deductible / Copay / Coinsurance / Not
      covered / Your total", a line paid 0.00 (all to deductible), a plan-exclusion denial, totals per claim,
      four family members, six claims running onto page 2 WITHOUT a repeated column header
  n1  Medicare Summary Notice, Part B (reportlab, portrait DejaVu Sans): page 1 summary with "Your Deductible
      Status" and claims-at-a-glance boxes, then per-claim "Claim number / Provider / Service provided & billing
      code / Amount provider charged / Medicare-approved amount / Amount Medicare paid / Maximum you may be billed
      / See notes", each service row "Jan 5, 2026  2 Therapeutic exercises (97110-GP)" (quantity before the
      words), claim-total rows, a denied line, notes A-E legend; page 1 is the summary only, 2 pages
  n2  Medicare Advantage member EOB (fpdf2, portrait Liberation Sans): "Medical claims for <name>" grouped by
      claim with "Claim # / Provider / Received / Processed", columns "Date / Service / Code / Mod / Qty /
      Provider's charge / Plan-approved amount / Plan paid / Your share / Note", KX and CQ modifiers, a line
      the plan denied, continuation of a claim on page 2 with the header repeated, year-to-date box, notes
  r1  state Medicaid remittance advice (reportlab, landscape Courier): "PROVIDER REMITTANCE ADVICE" banner, RA
      number, payment date, claim blocks with labelled head "CLIENT / CLIENT NO / PCN / TCN / CLM STATUS", lines
      "SEQ / SVC DATE / HCPCS / MODS / UNITS / CHARGE / MAX FEE / COPAY / PAID / LINE STATUS / EXPL", parenthesised
      credit amounts for a void and its replacement, a denied claim, adult co-payments, 2 pages, payment summary
      and EXPL legend
  r2  state Medicaid managed-care "Remittance Statement" (fpdf2, portrait DejaVu Serif Condensed): ruled boxes per
      member with "Member / Medicaid ID / Patient control no. / Claim reference", column "Service from / to /
      Procedure / Modifier(s) / Qty / Billed / Approved / Paid / Adj. code / Adj. amount / Remark", adjustment
      code written "CO 45", stacked second adjustment on its own text line, a units cut, a no-authorization
      denial (CO 197 with remark N54), weekly service ranges (from / to), summary box
  p1  clearinghouse human-readable ERA print (reportlab, landscape Liberation Sans Narrow): payer / payee /
      EFT trace block, claim heads "Patient: LAST, FIRST  Patient ctrl #  Payer claim #  Claim status: Processed
      as primary", rows "Svc date / Proc / Mods / Units / Charge / Allowed / Deduct / Coins / Paid / Adjustments
      (grp rsn amt) / RARC", all adjustments (CO 45, PR 1, PR 2, CO 253) as a semicolon list on the row, claim
      totals, a denied line, a claim continued to page 2, CARC legend
  p2  practice-management "Remittance Posting Report" (fpdf2, portrait Courier monospace): check / EFT number,
      grouped by patient with "ACCT# ... CLAIM# ...", rows "DOS MM/DD/YY / CPT / MODS / UNT / BILLED / APPROVED
      / DEDUCT / COINS / PAID / ADJ" with adjustments as "CO45 54.15" stacked one per text line, a reversal
      (negative amounts) and its corrected claim, batch totals, a claim continued onto page 2 under the repeated
      page and column header
  s1  therapy clinic family statement (reportlab, portrait Helvetica): tear-off remittance stub (amount due,
      guarantor, account), "Account activity" table "Date / Patient (first name) / Code / Mod / Units /
      Description / Charges / Insurance paid / Adjustment / Your balance" under visit head rows "Visit V-... -
      <patient> - billed to <insurer>, claim ..." (Adjustment recorded as truth discount), three children and a
      parent, a not-covered line, aging buckets, runs to 2 pages with the column header repeated
  s2  hospital outpatient itemized family statement (fpdf2, portrait Liberation Serif): one "Hospital account"
      per patient with account number, insurer claim reference, "Date / Rev / CPT-HCPCS / Description / Qty /
      Charges" rows (non-therapy codes 36415, 85025, 73110 alongside OT/PT), account charge totals and
      insurance / adjustment summary lines, an account continued onto page 2 WITHOUT repeated header

The self-check (--check) tests the factory, not the reader: for each truth line, a text line on its page holds
the code, the service date and every printed amount, units value, modifier (and the to-date); adjustment codes
and remarks are on the page, adjustment amounts in the text, description start, ids and patients in the
document text; page counts; and the documents' own arithmetic (billed - adjustments = paid where every
adjustment is printed with its amount; allowed - deductible - copay - coinsurance = paid where all printed;
claim totals = sum of lines and printed).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
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
from h66 import FP, RL, check_file, wrap  # noqa: E402

eobgen.FEE.update({"97533": "92.00", "97162": "235.00", "36415": "18.00", "85025": "42.00", "73110": "165.00",
                   "97750": "88.00", "E0730": "145.00", "99203": "210.00", "G0151": "120.00"})
eobgen.SCHED.update({"97533": "34.20", "97162": "101.12", "36415": "3.00", "85025": "7.77", "73110": "35.10",
                     "97750": "33.05", "E0730": "31.40", "99203": "104.80", "G0151": "40.10"})
eobgen.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
                    "36415": "Blood draw from a vein", "85025": "Complete blood count", "73110": "X-ray of wrist",
                    "97750": "Physical performance test", "E0730": "TENS unit, four lead",
                    "99203": "Office visit, new patient", "G0151": "Home health PT visit"})

D = date


def S(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), desc=desc, denied=denied)


def series(days, pairs, month=1, year=2026):
    """Visits on the given days of a month, each with the same (code, units, mods) services."""
    return [S(D(year, month, dd), c, u, m) for dd in days for c, u, m in pairs]


# ------------------------------------------------------------------------------------------------ engine

class Doc:
    """Generic paginated claim/table engine. A layout supplies page furniture, a claim head, columns."""

    def __init__(self, d, *, font, bold, size, row_h, top, bottom, cols, x0):
        self.d, self.font, self.bold, self.size, self.row_h = d, font, bold, size, row_h
        self.top, self.bottom, self.cols, self.x0 = top, bottom, cols, x0
        self.y = top
        self.rows: list = []  # (svc, claim, page)

    def colx(self):
        xs, x = [], self.x0
        for c in self.cols:
            xs.append(x)
            x += c[1]
        return xs, x

    def header(self, shade=None, rule=True, hsize=None):
        d, xs, right = self.d, *self.colx()
        hsize = hsize or self.size
        nlines = max(len(c[0].split("\n")) for c in self.cols)
        h = nlines * (hsize + 1.5) + 4
        if shade is not None:
            d.rect(self.x0, self.y, right - self.x0, h, fill=shade, stroke=False)
        for c, x in zip(self.cols, xs):
            parts = c[0].split("\n")
            for i, p in enumerate(parts):
                yy = self.y + hsize + 1 + (nlines - len(parts) + i) * (hsize + 1.5)
                self._cell(x, c[1], yy, p, c[2], self.bold, hsize)
        self.y += h
        if rule:
            d.line(self.x0, self.y, right, self.y, 0.6)
        self.y += 2

    def _cell(self, x, w, y, s, align, font=None, size=None):
        font, size = font or self.font, size or self.size
        if align == "r":
            self.d.text(x + w - 2, y, s, font, size, "r")
        elif align == "c":
            self.d.text(x + w / 2, y, s, font, size, "c")
        else:
            self.d.text(x + 2, y, s, font, size)

    def need(self, h):
        return self.y + h > self.bottom

    def row(self, vals, *, wrapcol=None, below=(), font=None, rule=None, shade=None):
        """Draw one row; vals is a list of cell strings. The wrap column's extra lines and ``below`` strings
        (x offset, text) go on the following text lines. Returns the height used."""
        d, xs, right = self.d, *self.colx()
        extra = []
        if wrapcol is not None:
            parts = wrap(d, vals[wrapcol], font or self.font, self.size, self.cols[wrapcol][1] - 4)
            vals = list(vals)
            vals[wrapcol] = parts[0]
            extra = parts[1:]
        n = 1 + max(len(extra), len(below))
        if shade is not None:
            d.rect(self.x0, self.y, right - self.x0, n * self.row_h, fill=shade, stroke=False)
        base = self.y + self.size + (self.row_h - self.size) / 2 - 1
        for c, x, v in zip(self.cols, xs, vals):
            if v:
                self._cell(x, c[1], base, v, c[2], font)
        for i, e in enumerate(extra):
            self._cell(xs[wrapcol], self.cols[wrapcol][1], base + (i + 1) * self.row_h, e, "l")
        for i, (col, e) in enumerate(below):
            self._cell(xs[col], 400, base + (i + 1) * self.row_h, e, "l")
        self.y += n * self.row_h
        if rule is not None:
            d.line(self.x0, self.y, right, self.y, 0.3, gray=rule)
        return n * self.row_h


def two_pass(build, path):
    """Render once to count pages, then again with the total known."""
    pages = build(path, None)
    pages2 = build(path, pages)
    assert pages == pages2
    return pages


def finish(path, name, producer, pages, desc, tl, claims, legend, findings=None):
    write_truth(path, name, producer, pages, desc, tl, claims, legend, findings)


# --------------------------------------------------------------------------------------- m1 commercial EOB

def m1(out: Path):
    name = "m1_family_member_eob"
    path = out / f"{name}.pdf"
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    LD = eobgen.LONG_DESC
    claims = [
        dict(patient="Rosalind Achterberg", rel="Self", cid="EB2601-448193-00", acct="HRT-55102",
             prov="Brookside Hand & Upper Limb Therapy",
             svcs=[S(D(2026, 1, 6), "97166", 1, ["GO"]), S(D(2026, 1, 6), "97760", 2, ["GO"], desc=LD["97760"]),
                   S(D(2026, 1, 6), "L3807", 1, ["RT"], desc=LD["L3807"])]),
        dict(patient="Imogen Achterberg", rel="Daughter", cid="EB2602-450011-00", acct="PK-20944",
             prov="Little Oaks Pediatric Therapy",
             svcs=[S(D(2026, 2, 3), "92523", 1, ["GN"]), S(D(2026, 2, 10), "92507", 1, ["GN"]),
                   S(D(2026, 2, 10), "99213", 1, [])]),
        dict(patient="Theo Achterberg", rel="Son", cid="EB2601-448207-00", acct="PK-20931",
             prov="Little Oaks Pediatric Therapy",
             svcs=[S(D(2026, 1, 8), "97530", 3, ["GO"], desc=LD["97530"]), S(D(2026, 1, 8), "97533", 2, ["GO"]),
                   S(D(2026, 1, 15), "97530", 3, ["GO"], desc=LD["97530"]), S(D(2026, 1, 15), "97535", 1, ["GO"], desc=LD["97535"]),
                   S(D(2026, 1, 22), "97530", 2, ["GO"], desc=LD["97530"]), S(D(2026, 1, 22), "97533", 2, ["GO"]),
                   S(D(2026, 1, 22), "0552T", 1, [], denied="PR", desc=LD["0552T"]),
                   S(D(2026, 1, 29), "97530", 3, ["GO"], desc=LD["97530"]), S(D(2026, 1, 29), "97112", 1, ["GO", "59"]),
                   *series((3, 5, 10, 12, 17, 19, 24, 26), (("97530", 2, ("GO",)), ("97533", 1, ("GO",))), month=2)]),
    ]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st)
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else (["B"] if s.copay else []))
    notes = [("A", "Part of this amount counts toward your plan-year deductible."),
             ("B", "Office visits with a specialist carry a fixed copay under your plan."),
             ("C", "Your plan does not cover this service; it is excluded in your benefit booklet, so the full "
                   "charge is yours."),
             ("D", "Amounts in the discount column are savings from the provider's network contract.")]
    result = {}

    def build(p, total_pages):
        d = RL(p)
        cols = [("Date of\nservice", 44, "l"), ("Service code and description", 122, "l"), ("Units", 24, "r"),
                ("Provider\ncharged", 42, "r"), ("Plan\ndiscount", 38, "r"), ("Plan\nallowed", 38, "r"),
                ("Not\ncovered", 36, "r"), ("Deduct-\nible", 34, "r"), ("Copay", 30, "r"), ("Coin-\nsurance", 36, "r"),
                ("Plan\npaid", 38, "r"), ("You\nowe", 38, "r"), ("Note", 22, "c")]
        doc = Doc(d, font="LibSerif", bold="LibSerif-Bold", size=7, row_h=9.5, top=0, bottom=715, cols=cols, x0=36)

        def furniture():
            d.text(36, 40, "CASCADE MERIDIAN HEALTH PLAN", "LibSerif-Bold", 14)
            d.text(36, 52, "PO Box 70418  Tillamook Falls, OR 97099   |   Member services 1-800-555-0148", "LibSerif", 7.5)
            d.text(576, 40, "Explanation of Benefits", "LibSerif-Bold", 12, "r")
            d.text(576, 52, "THIS IS NOT A BILL", "LibSerif-Bold", 8, "r")
            d.line(36, 58, 576, 58, 1.2)
            d.text(36, 752, "Questions about a claim? Call the number on your member ID card. Keep this statement "
                   "with your health records.", "LibSerif", 6.5)
            d.text(576, 762, f"Page {d.page} of {total_pages or 0}", "LibSerif", 7, "r")
            d.text(36, 762, "Statement date: February 14, 2026   Subscriber: Rosalind Achterberg   ID: XCM884120573",
                   "LibSerif", 7)

        furniture()
        d.text(36, 76, "Rosalind Achterberg", "LibSerif", 9)
        d.text(36, 87, "2287 Larkspur Terrace", "LibSerif", 9)
        d.text(36, 98, "Wenatchee Bend, OR 97321", "LibSerif", 9)
        d.rect(340, 68, 236, 58, fill=0.92)
        for i, (k, v) in enumerate([("Member ID", "XCM884120573"), ("Group", "OR-MERIDIAN 55120 Silverpine Mills"),
                                    ("Plan", "Meridian PPO 1500"), ("Period", "Jan 1 - Feb 13, 2026")]):
            d.text(346, 80 + i * 12, k, "LibSerif-Bold", 7.5)
            d.text(400, 80 + i * 12, v, "LibSerif", 7.5)
        d.text(36, 144, "Your family's claims processed this period", "LibSerif-Bold", 10)
        doc.y = 152
        tl, cl = [], []

        def bar(c, cont):
            d.rect(36, doc.y, 540, 22, fill=0.85, stroke=False)
            t = f"Claim detail for {c['patient']} ({c['rel']})" + ("  (continued)" if cont else "")
            d.text(40, doc.y + 9, t, "LibSerif-Bold", 8)
            d.text(572, doc.y + 9, f"Claim ID {c['cid']}", "LibSerif-Bold", 8, "r")
            d.text(40, doc.y + 19, f"Provider: {c['prov']}", "LibSerif", 7)
            d.text(572, doc.y + 19, f"Provider account # {c['acct']}", "LibSerif", 7, "r")
            doc.y += 25
            doc.header(rule=True)

        for c in claims:
            if doc.need(80):
                d.newpage(); furniture(); doc.y = 70
            bar(c, False)
            for s in c["svcs"]:
                if doc.need(22):
                    d.newpage(); furniture(); doc.y = 70
                    bar(c, True)
                vals = [dfmt(s.dos, "mdy2"), f"{' '.join((s.code,) + s.mods)}  {s.desc}", units_str(s.units),
                        money(s.billed, ","), money(s.discount, ","), money(s.allowed, ","), money(s.not_covered, ","),
                        money(s.deductible, ","), money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","),
                        money(s.owes, ","), " ".join(s.remarks)]
                doc.row(vals, wrapcol=1, rule=0.7)
                tl.append(truth_line(d.page, s, claim_id=c["acct"], payer_claim_id=c["cid"], patient=c["patient"],
                                     printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                              "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
            sv = c["svcs"]
            doc.row(["", "Claim subtotal", "", money(total(sv, "billed"), ","), money(total(sv, "discount"), ","),
                     money(total(sv, "allowed"), ","), money(total(sv, "not_covered"), ","),
                     money(total(sv, "deductible"), ","), money(total(sv, "copay"), ","),
                     money(total(sv, "coinsurance"), ","), money(total(sv, "paid"), ","), money(total(sv, "owes"), ","),
                     ""], font="LibSerif-Bold")
            doc.y += 10
            cl.append({"claim_id": c["acct"], "payer_claim_id": c["cid"], "patient": c["patient"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
        if doc.need(70):
            d.newpage(); furniture(); doc.y = 70
        d.text(36, doc.y + 10, "Notes", "LibSerif-Bold", 9)
        for i, (k, v) in enumerate(notes):
            d.text(40, doc.y + 22 + i * 10, f"{k}  {v}", "LibSerif", 7)
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "reportlab", pages, "commercial member EOB, family of three, shaded claim bars",
           result["tl"], result["cl"], notes)
    return path


# ------------------------------------------------------------------------------- m2 benefit statement sidebar

def m2(out: Path):
    name = "m2_benefit_statement_sidebar"
    path = out / f"{name}.pdf"
    sts = {"Marisol Quintanar-Day": PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("35.00")),
           "Everett Day": PlanState(ded_left=Decimal("150.00")),
           "Lucia Day": PlanState(ded_left=Decimal("40.00")),
           "Benito Day": PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"))}
    claims = [
        dict(patient="Everett Day", prov="Northgate Physical Therapy", cid="0260114-77315", ref="NPT-8841-02",
             svcs=[S(D(2026, 1, 12), "97162", 1, ["GP"]), S(D(2026, 1, 12), "97110", 2, ["GP"]),
                   S(D(2026, 1, 19), "97110", 2, ["GP"]), S(D(2026, 1, 19), "97140", 1, ["GP", "59"]),
                   S(D(2026, 1, 26), "97110", 2, ["GP"]), S(D(2026, 1, 26), "G0283", 1, ["GP"])]),
        dict(patient="Lucia Day", prov="Harborview Speech & Feeding Center", cid="0260121-77402", ref="HSF 310077",
             svcs=[S(D(2026, 1, 14), "92523", 1, []), S(D(2026, 1, 21), "92507", 1, []),
                   S(D(2026, 1, 28), "92507", 1, []), S(D(2026, 1, 28), "92526", 1, [], denied="PR")]),
        dict(patient="Marisol Quintanar-Day", prov="Pinecrest Family Medicine", cid="0260130-77951", ref="PFM-004512",
             svcs=[S(D(2026, 1, 30), "99213", 1, []), S(D(2026, 1, 30), "36415", 1, []), S(D(2026, 1, 30), "85025", 1, [])]),
        dict(patient="Benito Day", prov="Northgate Physical Therapy", cid="0260203-78230", ref="NPT-8902-01",
             svcs=[S(D(2026, 2, 2), "97161", 1, ["GP"]), S(D(2026, 2, 2), "97530", 2, ["GP"]),
                   S(D(2026, 2, 9), "97530", 2, ["GP", "CQ"]), S(D(2026, 2, 9), "97112", 1, ["GP", "CQ"])]),
        dict(patient="Everett Day", prov="Northgate Physical Therapy", cid="0260209-78544", ref="NPT-8841-03",
             svcs=series((2, 4, 6, 9, 11, 13), (("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))),
                         month=2)),
        dict(patient="Lucia Day", prov="Harborview Speech & Feeding Center", cid="0260216-79013", ref="HSF 310164",
             svcs=series((4, 6, 11, 13, 18, 20, 25, 27), (("92507", 1, ()), ("97533", 1, ("GO", "59"))), month=2)),
    ]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, sts[c["patient"]])
    result = {}

    def build(p, total_pages):
        d = FP(p, landscape=True)
        cols = [("Date", 54, "l"), ("Service", 152, "l"), ("Billed", 44, "r"), ("Discount", 42, "r"),
                ("Plan's price", 48, "r"), ("Plan paid", 44, "r"), ("Deductible", 44, "r"), ("Copay", 36, "r"),
                ("Coinsurance", 50, "r"), ("Not covered", 48, "r"), ("Your total", 46, "r")]
        doc = Doc(d, font="DejaVuSans", bold="DejaVuSans-Bold", size=6.6, row_h=10, top=0, bottom=560, cols=cols,
                  x0=160)

        def furniture():
            d.rect(0, 0, 148, 612, fill=0.93, stroke=False)
            d.text(14, 34, "Tidewater", "DejaVuSans-Bold", 15)
            d.text(14, 48, "Health Alliance", "DejaVuSans", 10)
            d.text(14, 74, "Benefit Statement", "DejaVuSans-Bold", 9)
            d.text(14, 86, "Not a bill", "DejaVuSans", 7)
            d.text(14, 104, "Subscriber", "DejaVuSans-Bold", 6.5)
            d.text(14, 114, "Marisol Quintanar-Day", "DejaVuSans", 6.5)
            d.text(14, 124, "ID TWH-30-5518204", "DejaVuSans", 6.5)
            d.text(14, 134, "Plan: Tidewater Choice 2500", "DejaVuSans", 6.5)
            d.text(14, 152, "Deductible met so far", "DejaVuSans-Bold", 6.5)
            for i, (n, v) in enumerate([("Marisol", "$2,500 of $2,500"), ("Everett", "$150 of $2,500"),
                                        ("Lucia", "$40 of $2,500"), ("Benito", "$2,500 of $2,500")]):
                d.text(14, 164 + i * 10, f"{n}: {v}", "DejaVuSans", 6.2)
            d.text(14, 214, "Family out-of-pocket", "DejaVuSans-Bold", 6.5)
            d.text(14, 224, "$3,118 of $9,000", "DejaVuSans", 6.2)
            d.text(14, 560, "Call 1-877-555-0190", "DejaVuSans", 6.2)
            d.text(14, 570, "TTY 711, 8 a.m. - 8 p.m.", "DejaVuSans", 6.2)
            d.text(14, 590, f"Page {d.page} of {total_pages or 0}", "DejaVuSans", 6.5)
            d.text(160, 30, "Claims for your family, processed Feb 1 - Feb 15, 2026", "DejaVuSans-Bold", 10)
            d.line(160, 36, 768, 36, 0.8)

        furniture()
        doc.y = 46
        doc.header(shade=0.85)
        tl, cl = [], []
        for c in claims:
            if doc.need(40):
                d.newpage(); furniture(); doc.y = 46
            d.text(162, doc.y + 9, f"{c['patient']} - {c['prov']} - Claim no. {c['cid']} - Your provider's "
                   f"reference {c['ref']}", "DejaVuSans-Bold", 7)
            doc.y += 13
            for s in c["svcs"]:
                if doc.need(12):
                    d.newpage(); furniture(); doc.y = 46
                code = "-".join((s.code,) + s.mods)
                doc.row([dfmt(s.dos, "mon"), f"{s.desc} ({code})", money(s.billed), money(s.discount),
                         money(s.allowed), money(s.paid), money(s.deductible), money(s.copay), money(s.coinsurance),
                         money(s.not_covered), money(s.owes)], rule=0.8)
                tl.append(truth_line(d.page, s, claim_id=c["ref"], payer_claim_id=c["cid"], patient=c["patient"],
                                     units=False, printed=("billed", "discount", "allowed", "paid", "deductible",
                                                           "copay", "coinsurance", "not_covered", "patient_owes")))
            sv = c["svcs"]
            doc.row(["", "Claim total", money(total(sv, "billed")), money(total(sv, "discount")),
                     money(total(sv, "allowed")), money(total(sv, "paid")), money(total(sv, "deductible")),
                     money(total(sv, "copay")), money(total(sv, "coinsurance")), money(total(sv, "not_covered")),
                     money(total(sv, "owes"))], font="DejaVuSans-Bold")
            if any(s.denied for s in sv):
                d.text(162, doc.y + 8, "Feeding therapy is not a covered benefit under this plan (exclusion 14). "
                       "You may be billed for it.", "DejaVuSans", 6.2)
                doc.y += 10
            doc.y += 8
            cl.append({"claim_id": c["ref"], "payer_claim_id": c["cid"], "patient": c["patient"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "fpdf2", pages, "commercial member benefit statement with left sidebar, four family members",
           result["tl"], result["cl"], [])
    return path


# ------------------------------------------------------------------------------------------- n1 MSN Part B

def n1(out: Path):
    name = "n1_medicare_summary_notice"
    path = out / f"{name}.pdf"
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "WALLACE R. FENNIMORE"
    claims = [
        dict(cid="26-012-3310-5597-00", prov="Juniper Creek Rehabilitation Clinic", addr="410 Quarry Rd, Aldenmoor, PA",
             recv="Jan 12, 2026",
             svcs=[S(D(2026, 1, 5), "97163", 1, ["GP"]), S(D(2026, 1, 5), "97110", 2, ["GP"]),
                   S(D(2026, 1, 7), "97110", 2, ["GP"]), S(D(2026, 1, 7), "97140", 1, ["GP", "59"]),
                   S(D(2026, 1, 9), "97116", 2, ["GP"]), S(D(2026, 1, 9), "97530", 1, ["GP"])]),
        dict(cid="26-019-3312-0841-00", prov="Juniper Creek Rehabilitation Clinic", addr="410 Quarry Rd, Aldenmoor, PA",
             recv="Jan 20, 2026",
             svcs=[S(D(2026, 1, 12), "97110", 3, ["GP"]), S(D(2026, 1, 12), "0552T", 1, ["GP"], denied="PR"),
                   S(D(2026, 1, 14), "97110", 2, ["GP", "CQ"]), S(D(2026, 1, 14), "97112", 1, ["GP", "CQ"]),
                   S(D(2026, 1, 16), "97530", 2, ["GP", "CQ"]), S(D(2026, 1, 16), "G0283", 1, ["GP"]),
                   S(D(2026, 1, 19), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 19), "97140", 1, ["GP", "KX"]),
                   *series((21, 23, 26, 28, 30), (("97110", 2, ("GP", "KX")), ("97112", 1, ("GP", "KX"))))]),
        dict(cid="26-027-3318-4470-00", prov="Dr. Anneliese Voss, MD", addr="88 Ferry St, Aldenmoor, PA",
             recv="Jan 28, 2026",
             svcs=[S(D(2026, 1, 22), "99213", 1, []), S(D(2026, 1, 22), "73110", 1, ["RT"])]),
    ]
    for c in claims:
        for s in c["svcs"]:
            medicare(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            if "CQ" in s.mods:
                s.remarks = s.remarks + ["D"]
    notes = [("A", "The provider accepted assignment, so you can't be billed more than the amount shown as the "
                   "maximum you may be billed."),
             ("B", "Some of this approved amount went toward your yearly Part B deductible."),
             ("C", "Medicare does not pay for this experimental service. Your provider gave you a written notice "
                   "before the service, so you may be billed."),
             ("D", "Service given partly by a therapy assistant; payment for it is set at a lower rate."),
             ("E", "A 2% cut in federal payments applies to every Medicare payment this year.")]
    result = {}

    def build(p, total_pages):
        d = RL(p)
        cols = [("Service Provided & Billing Code", 236, "l"), ("Amount\nProvider\nCharged", 62, "r"),
                ("Medicare-\nApproved\nAmount", 62, "r"), ("Amount\nMedicare\nPaid", 60, "r"),
                ("Maximum\nYou May\nBe Billed", 60, "r"), ("See\nNotes", 40, "c")]
        doc = Doc(d, font="DejaVuSans", bold="DejaVuSans-Bold", size=7.2, row_h=11, top=0, bottom=720, cols=cols,
                  x0=36)

        def furniture():
            d.text(36, 36, "Medicare Summary Notice for Part B (Medical Insurance)", "DejaVuSans-Bold", 11)
            d.text(36, 48, f"{pat}   |   Notice date: February 6, 2026", "DejaVuSans", 7.5)
            d.line(36, 54, 576, 54, 1)
            d.text(306, 770, f"Page {d.page} of {total_pages or 0}", "DejaVuSans", 7, "c")

        furniture()
        d.text(36, 74, "The Official Summary of Your Medicare Claims from the Medicare program", "DejaVuSans", 8)
        d.rect(36, 86, 250, 120, fill=0.94)
        d.text(44, 100, "Your Information", "DejaVuSans-Bold", 9)
        for i, t in enumerate([pat, "57 Millbrook Lane", "Aldenmoor, PA 17999", "Medicare number ending in 4KT2",
                               "Claims dated Jan 12 - Jan 28, 2026"]):
            d.text(44, 114 + i * 11, t, "DejaVuSans", 7.5)
        d.rect(300, 86, 276, 120, fill=0.94)
        d.text(308, 100, "Your Deductible Status", "DejaVuSans-Bold", 9)
        d.text(308, 114, "You have now met $120.00 of your $283.00", "DejaVuSans", 7.5)
        d.text(308, 125, "Part B deductible for 2026.", "DejaVuSans", 7.5)
        d.text(308, 146, "Your Claims at a Glance", "DejaVuSans-Bold", 9)
        d.text(308, 160, "Providers with claims this period: 2", "DejaVuSans", 7.5)
        d.text(308, 171, "Did Medicare approve all services? NO", "DejaVuSans", 7.5)
        d.text(308, 182, "Total you may be billed: see each claim", "DejaVuSans", 7.5)
        d.text(36, 230, "Be alert to fraud: compare the services on this notice with your own records.",
               "DejaVuSans-Bold", 8)
        d.text(36, 242, "If you disagree with a decision, you have until June 8, 2026 to ask for a redetermination.",
               "DejaVuSans", 7.5)
        d.newpage(); furniture()
        d.text(36, 76, "Your Claims for Part B (Medical Insurance)", "DejaVuSans-Bold", 10)
        doc.y = 86
        tl, cl = [], []

        def chead(c, cont):
            d.text(36, doc.y + 10, f"{c['prov']}" + (" (continued)" if cont else ""), "DejaVuSans-Bold", 8)
            d.text(36, doc.y + 21, c["addr"], "DejaVuSans", 7)
            d.text(576, doc.y + 10, f"Claim number {c['cid']}", "DejaVuSans", 7.5, "r")
            d.text(576, doc.y + 21, f"Received {c['recv']}", "DejaVuSans", 7, "r")
            doc.y += 26
            doc.header(shade=0.88, rule=False)

        for c in claims:
            if doc.need(90):
                d.newpage(); furniture(); doc.y = 70
            chead(c, False)
            for s in c["svcs"]:
                if doc.need(14):
                    d.newpage(); furniture(); doc.y = 70
                    chead(c, True)
                desc = f"{dfmt(s.dos, 'mon')}  {units_str(s.units)} {s.desc} ({'-'.join((s.code,) + s.mods)})"
                doc.row([desc, money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)],
                        rule=0.75)
                tl.append(truth_line(d.page, s, claim_id=None, payer_claim_id=c["cid"], patient=pat,
                                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            sv = c["svcs"]
            doc.row(["Total for this claim", money(total(sv, "billed")), money(total(sv, "allowed")),
                     money(total(sv, "paid")), money(total(sv, "owes")), "E"], font="DejaVuSans-Bold")
            doc.y += 12
            cl.append({"claim_id": None, "payer_claim_id": c["cid"], "patient": pat,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
        if doc.need(90):
            d.newpage(); furniture(); doc.y = 70
        d.text(36, doc.y + 12, "Notes for Claims Above", "DejaVuSans-Bold", 9)
        yy = doc.y + 26
        for k, v in notes:
            for j, part in enumerate(wrap(d, v, "DejaVuSans", 7, 500)):
                d.text(40 if j == 0 else 52, yy, (f"{k}  " if j == 0 else "") + part, "DejaVuSans", 7)
                yy += 9.5
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "reportlab", pages, "Medicare Summary Notice Part B, one beneficiary, three claims",
           result["tl"], result["cl"], notes)
    return path


# --------------------------------------------------------------------------------- n2 Medicare Advantage EOB

def n2(out: Path):
    name = "n2_medicare_advantage_eob"
    path = out / f"{name}.pdf"
    pat = "Ingrid M. Solberg-Hale"
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("20.00"))
    claims = [
        dict(cid="MA26-0109-224871", prov="Riverbend Outpatient Therapy", recv="01/13/2026", proc="01/21/2026",
             svcs=[S(D(2026, 1, 6), "97165", 1, ["GO"]), S(D(2026, 1, 6), "97535", 1, ["GO"]),
                   S(D(2026, 1, 8), "97530", 2, ["GO"]), S(D(2026, 1, 8), "97535", 1, ["GO", "CO"]),
                   S(D(2026, 1, 13), "97530", 2, ["GO"]), S(D(2026, 1, 13), "97140", 1, ["GO", "59"]),
                   S(D(2026, 1, 15), "97530", 2, ["GO", "CO"]), S(D(2026, 1, 15), "97112", 1, ["GO"]),
                   S(D(2026, 1, 20), "97530", 3, ["GO", "KX"]), S(D(2026, 1, 20), "97760", 1, ["GO", "KX"]),
                   S(D(2026, 1, 22), "97530", 2, ["GO", "KX"]), S(D(2026, 1, 22), "97535", 1, ["GO", "KX"]),
                   S(D(2026, 1, 27), "97530", 2, ["GO", "KX"]), S(D(2026, 1, 27), "97168", 1, ["GO"]),
                   *series((28, 29, 30), (("97530", 2, ("GO", "KX")), ("97535", 1, ("GO", "KX")),
                                          ("97140", 1, ("GO", "KX", "59"))))]),
        dict(cid="MA26-0203-231560", prov="Lakeshore Primary Care", recv="02/04/2026", proc="02/10/2026",
             svcs=[S(D(2026, 2, 2), "99203", 1, []), S(D(2026, 2, 2), "36415", 1, [])]),
        dict(cid="MA26-0130-230114", prov="Riverbend Outpatient Therapy", recv="02/02/2026", proc="02/09/2026",
             svcs=[S(D(2026, 1, 29), "97530", 2, ["GO", "KX"]), S(D(2026, 1, 29), "E0730", 1, ["NU"], denied="CO"),
                   *series((3, 5, 10, 12, 17, 19), (("97530", 2, ("GO", "KX")), ("97535", 1, ("GO", "KX")),
                                                     ("97112", 1, ("GO", "KX"))), month=2)]),
    ]
    for c in claims:
        for s in c["svcs"]:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["4"]
            elif s.copay:
                s.remarks = ["1"]
            else:
                s.remarks = ["2"] if "KX" in s.mods else []
    notes = [("1", "Your share is the plan's outpatient rehabilitation copay for this visit day."),
             ("2", "Therapy above the yearly threshold; your therapist confirmed it is medically needed."),
             ("3", "The amount the plan approved is the plan's contracted rate."),
             ("4", "The plan did not approve this item. Because the provider is in network and did not get approval "
                   "first, you do not have to pay it.")]
    result = {}

    def build(p, total_pages):
        d = FP(p)
        cols = [("Date", 44, "l"), ("Service", 120, "l"), ("Code", 28, "l"), ("Mod", 34, "l"), ("Qty", 20, "r"),
                ("Provider's\ncharge", 50, "r"), ("Plan-approved\namount", 58, "r"), ("Plan\npaid", 46, "r"),
                ("Your\nshare", 44, "r"), ("Note", 26, "c")]
        doc = Doc(d, font="LibSans", bold="LibSans-Bold", size=7, row_h=10.5, top=0, bottom=716, cols=cols, x0=54)

        def furniture():
            d.text(54, 40, "SUNWARD SENIOR ADVANTAGE (HMO-POS)", "LibSans-Bold", 12)
            d.text(54, 52, "Explanation of Benefits for Medicare Advantage members  -  Medical services", "LibSans", 8)
            d.line(54, 58, 558, 58, 0.8)
            d.text(54, 760, "Sunward Health Plans is an HMO-POS plan with a Medicare contract. H9931_EOB26_M",
                   "LibSans", 6)
            d.text(558, 760, f"{d.page}/{total_pages or 0}", "LibSans", 7, "r")

        furniture()
        d.text(54, 78, pat, "LibSans", 9)
        d.text(54, 89, "1203 Aspen Hollow Dr", "LibSans", 9)
        d.text(54, 100, "Cedar Wick, MI 49099", "LibSans", 9)
        d.rect(330, 68, 228, 56)
        d.text(336, 80, "Member ID: SW40218837   Period: January 2026", "LibSans", 7.5)
        d.text(336, 92, "Year-to-date: plan paid $1,962.14", "LibSans", 7.5)
        d.text(336, 104, "You paid toward your $3,900 maximum: $160.00", "LibSans", 7.5)
        d.text(336, 116, "Questions: 1-866-555-0127 (TTY 711)", "LibSans", 7.5)
        d.text(54, 146, f"Medical claims for {pat}", "LibSans-Bold", 10)
        doc.y = 154
        tl, cl = [], []

        def chead(c, cont):
            d.rect(54, doc.y, 504, 14, fill=0.9, stroke=False)
            d.text(58, doc.y + 10, f"Claim # {c['cid']}   Provider: {c['prov']}   Received {c['recv']}   "
                   f"Processed {c['proc']}" + ("   - continued" if cont else ""), "LibSans-Bold", 7)
            doc.y += 16
            doc.header(rule=True)

        for c in claims:
            if doc.need(60):
                d.newpage(); furniture(); doc.y = 70
            chead(c, False)
            for s in c["svcs"]:
                if doc.need(12):
                    d.newpage(); furniture(); doc.y = 70
                    chead(c, True)
                doc.row([dfmt(s.dos, "mdy4"), s.desc, s.code, " ".join(s.mods), units_str(s.units), money(s.billed),
                         money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)], rule=0.8)
                tl.append(truth_line(d.page, s, claim_id=None, payer_claim_id=c["cid"], patient=pat,
                                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            sv = c["svcs"]
            doc.row(["Claim totals", "", "", "", "", money(total(sv, "billed")), money(total(sv, "allowed")),
                     money(total(sv, "paid")), money(total(sv, "owes")), ""], font="LibSans-Bold")
            doc.y += 10
            cl.append({"claim_id": None, "payer_claim_id": c["cid"], "patient": pat,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
        if doc.need(70):
            d.newpage(); furniture(); doc.y = 70
        d.text(54, doc.y + 10, "What the notes mean", "LibSans-Bold", 9)
        yy = doc.y + 22
        for k, v in notes:
            for j, part in enumerate(wrap(d, v, "LibSans", 7, 480)):
                d.text(58 if j == 0 else 70, yy, (f"{k}  " if j == 0 else "") + part, "LibSans", 7)
                yy += 9
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "fpdf2", pages, "Medicare Advantage member EOB, one member, claim continued on page 2",
           result["tl"], result["cl"], notes)
    return path


# ------------------------------------------------------------------------------------ r1 state Medicaid RA

def r1(out: Path):
    name = "r1_medicaid_provider_ra"
    path = out / f"{name}.pdf"
    claims = [
        dict(pt="HOLLOWAY, JUNIPER", mid="310048827561", pcn="KT0105-118", tcn="2026013000417700011", stat="PAID",
             svcs=[S(D(2026, 1, 5), "97165", 1, ["GO", "U1"]), S(D(2026, 1, 5), "97530", 2, ["GO", "U1"]),
                   S(D(2026, 1, 12), "97530", 3, ["GO", "U1"]), S(D(2026, 1, 12), "97533", 1, ["GO", "U1"])]),
        dict(pt="MARCHETTI, ORLANDO", mid="310052290144", pcn="KT0107-122", tcn="2026013000417700012", stat="PAID",
             copay=True,
             svcs=[S(D(2026, 1, 7), "97161", 1, ["GP"]), S(D(2026, 1, 7), "97110", 2, ["GP"]),
                   S(D(2026, 1, 14), "97110", 2, ["GP"]), S(D(2026, 1, 14), "97112", 1, ["GP"]),
                   S(D(2026, 1, 21), "97110", 2, ["GP"]), S(D(2026, 1, 21), "97140", 1, ["GP", "59"]),
                   S(D(2026, 1, 28), "97110", 3, ["GP"]), S(D(2026, 1, 28), "97116", 1, ["GP"]),
                   S(D(2026, 1, 30), "97110", 2, ["GP"]), S(D(2026, 1, 30), "97530", 1, ["GP"])]),
        dict(pt="HOLLOWAY, WREN", mid="310048827579", pcn="KT0109-131", tcn="2026013000417700013", stat="DENIED",
             svcs=[S(D(2026, 1, 9), "92523", 1, ["GN"], denied="CO"), S(D(2026, 1, 16), "92507", 1, ["GN"], denied="CO")]),
        dict(pt="ABERNATHY-COLE, SAGE", mid="310061134402", pcn="KT1215-087", tcn="2026013000417700014",
             stat="VOID", orig="2025122600398100041", void=True,
             svcs=[S(D(2025, 12, 15), "97530", 2, ["GO"]), S(D(2025, 12, 15), "97535", 2, ["GO"])]),
        dict(pt="ABERNATHY-COLE, SAGE", mid="310061134402", pcn="KT1215-087", tcn="2026013000417700015",
             stat="PAID", svcs=[S(D(2025, 12, 15), "97530", 2, ["GO"]), S(D(2025, 12, 15), "97535", 1, ["GO"])]),
        dict(pt="NAKAGAWA, TESSA", mid="310070021956", pcn="KT0120-140", tcn="2026013000417700016", stat="PAID",
             svcs=[S(D(2026, 1, 20), "97166", 1, ["GO"]), S(D(2026, 1, 20), "97530", 2, ["GO"]),
                   S(D(2026, 1, 27), "97530", 2, ["GO"]), S(D(2026, 1, 27), "97760", 1, ["GO"])]),
    ]
    for c in claims:
        new = []
        for s in c["svcs"]:
            medicaid(s)
            if c.get("copay") and not s.denied and s.paid > 3:
                s.copay = Decimal("3.00") if s.code in ("97161",) or s.dos.day in (14, 28) and s.code == "97110" else ZERO
                s.paid -= s.copay
            s.remarks = ["0127"] if s.denied else (["0361"] if s.copay else ["0001"])
            if c.get("void"):
                o = s
                s = negate(o)
                s.copay = -o.copay
                s.remarks = ["0900"]
            new.append(s)
        c["svcs"] = new
    legend = [("0001", "Paid according to the program fee schedule."),
              ("0127", "Prior approval number missing or does not match the service billed."),
              ("0361", "Recipient co-payment taken from this line."),
              ("0900", "Claim voided at the provider's request; a replacement follows.")]
    result = {}

    def build(p, total_pages):
        d = RL(p, landscape=True)
        cols = [("SEQ", 28, "l"), ("SVC DATE", 60, "l"), ("HCPCS", 44, "l"), ("MODS", 54, "l"), ("UNITS", 40, "r"),
                ("CHARGE", 66, "r"), ("MAX FEE", 66, "r"), ("COPAY", 52, "r"), ("PAID", 66, "r"),
                ("LINE STATUS", 80, "c"), ("EXPL", 50, "l")]
        doc = Doc(d, font="Courier", bold="Courier-Bold", size=7.5, row_h=10, top=0, bottom=560, cols=cols, x0=40)

        def furniture():
            d.text(40, 30, "STATE OF NORTH CAROLEIGH  DEPARTMENT OF HEALTH AND FAMILY SERVICES", "Courier-Bold", 9)
            d.text(40, 41, "MEDICAL ASSISTANCE PROGRAM - PROVIDER REMITTANCE ADVICE", "Courier-Bold", 9)
            d.text(752, 30, f"PAGE {d.page} OF {total_pages or 0}", "Courier", 8, "r")
            d.text(752, 41, "RA NO 0004177  PAYMENT DATE 01/30/2026", "Courier", 8, "r")
            d.text(40, 53, "PAYEE: SOUNDVIEW KIDS & ADULT THERAPY LLC   PROVIDER NO 7700218450   NPI 1982004417",
                   "Courier", 8)
            d.line(40, 58, 752, 58, 1)

        furniture()
        doc.y = 64
        tl, cl = [], []

        def chead(c, cont):
            d.text(40, doc.y + 10, f"CLIENT: {c['pt']}   CLIENT NO: {c['mid']}   PCN: {c['pcn']}   TCN: {c['tcn']}"
                   f"   CLM STATUS: {c['stat']}" + ("   (CONT'D)" if cont else ""), "Courier-Bold", 7.5)
            doc.y += 14
            if c.get("orig") and not cont:
                d.text(40, doc.y + 8, f"  VOIDS ORIGINAL TCN {c['orig']}", "Courier", 7.5)
                doc.y += 11
            doc.header(rule=False)
            d.line(40, doc.y - 2, 752, doc.y - 2, 0.4, gray=0.3)

        mny = lambda v: money(v, ",", "()")  # noqa: E731
        for c in claims:
            if doc.need(56):
                d.newpage(); furniture(); doc.y = 64
            chead(c, False)
            for i, s in enumerate(c["svcs"], 1):
                if doc.need(12):
                    d.newpage(); furniture(); doc.y = 64
                    chead(c, True)
                status = "DENIED" if s.denied else ("VOIDED" if c.get("void") else "PAID")
                doc.row([f"{i:02d}", dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.2f}", mny(s.billed),
                         mny(s.allowed), mny(s.copay), mny(s.paid), status, " ".join(s.remarks)])
                tl.append(truth_line(d.page, s, description=False, claim_id=c["pcn"], payer_claim_id=c["tcn"], patient=c["pt"],
                                     printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks))
            sv = c["svcs"]
            doc.row(["", "CLAIM TOTAL", "", "", "", mny(total(sv, "billed")), mny(total(sv, "allowed")),
                     mny(total(sv, "copay")), mny(total(sv, "paid")), "", ""], font="Courier-Bold")
            doc.y += 8
            cl.append({"claim_id": c["pcn"], "payer_claim_id": c["tcn"], "patient": c["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
        if doc.need(90):
            d.newpage(); furniture(); doc.y = 64
        allsv = [s for c in claims for s in c["svcs"]]
        d.text(40, doc.y + 12, f"PAYMENT SUMMARY   CLAIMS: {len(claims)}   TOTAL CHARGES {mny(total(allsv, 'billed'))}"
               f"   TOTAL PAID {mny(total(allsv, 'paid'))}   EFT TRACE 0004177-260130", "Courier-Bold", 7.5)
        d.text(40, doc.y + 30, "EXPLANATION OF EXPL CODES", "Courier-Bold", 7.5)
        for i, (k, v) in enumerate(legend):
            d.text(40, doc.y + 42 + i * 10, f"{k}  {v.upper()}", "Courier", 7.5)
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "reportlab", pages, "state Medicaid provider RA, Courier landscape, void and replacement",
           result["tl"], result["cl"], legend)
    return path


# ------------------------------------------------------------------------ r2 Medicaid managed-care statement

def r2(out: Path):
    name = "r2_medicaid_mco_remittance"
    path = out / f"{name}.pdf"

    def wk(start, code, units, mods=(), denied=None):
        s = S(start, code, units, mods, denied)
        s.end = D(start.year, start.month, start.day + 4)
        return s

    claims = [
        dict(pt="Oyelaran, Bisola", mid="MC7741820093", pcn="SPK-26-00318", ref="G26011588210",
             svcs=[wk(D(2026, 1, 5), "92507", 3, ["GN"]), wk(D(2026, 1, 12), "92507", 3, ["GN"]),
                   wk(D(2026, 1, 19), "92507", 5, ["GN"]), wk(D(2026, 1, 26), "92507", 3, ["GN"])]),
        dict(pt="Oyelaran, Kayode", mid="MC7741820101", pcn="SPK-26-00319", ref="G26011588211",
             svcs=[S(D(2026, 1, 6), "97166", 1, ["GO"]), wk(D(2026, 1, 12), "97530", 6, ["GO"]),
                   wk(D(2026, 1, 19), "97530", 6, ["GO"]), wk(D(2026, 1, 19), "97533", 2, ["GO", "59"])]),
        dict(pt="Fairweather, Dashiell", mid="MC7740033517", pcn="SPK-26-00325", ref="G26011588230",
             svcs=[S(D(2026, 1, 8), "92523", 1, ["GN"], denied="CO"), S(D(2026, 1, 15), "92507", 1, ["GN"], denied="CO")]),
        dict(pt="Zielinski, Marta", mid="MC7752201468", pcn="SPK-26-00331", ref="G26011588244",
             svcs=[S(D(2026, 1, 7), "97161", 1, ["GP"]), wk(D(2026, 1, 12), "97110", 4, ["GP"]),
                   wk(D(2026, 1, 12), "97112", 2, ["GP"]), wk(D(2026, 1, 19), "97110", 4, ["GP"]),
                   wk(D(2026, 1, 26), "97110", 4, ["GP"]), wk(D(2026, 1, 26), "97140", 2, ["GP", "59"])]),
    ]
    for c in claims:
        for s in c["svcs"]:
            medicaid(s)
            if s.denied:
                s.remarks = ["N54"]
            elif s.code == "92507" and s.units == 5:
                cut = q(Decimal(eobgen.SCHED["92507"]) * 2)
                s.allowed -= cut
                s.paid = s.allowed
                s.adjs.append(("CO", "119", cut))
                s.remarks = ["N362"]
    legend = [("CO 45", "Charge is above the plan's contracted rate for this service."),
              ("CO 119", "Part of the units exceed the weekly visit allowance."),
              ("CO 197", "No authorization on file for this service."),
              ("N54", "Authorization number is missing or does not match."),
              ("N362", "Units over the approved number were not paid.")]
    result = {}

    def build(p, total_pages):
        d = FP(p)
        cols = [("Service\nfrom", 44, "l"), ("Service\nto", 44, "l"), ("Procedure", 42, "l"), ("Modifier(s)", 44, "l"),
                ("Qty", 20, "r"), ("Billed", 48, "r"), ("Approved", 48, "r"), ("Paid", 48, "r"), ("Adj.\ncode", 38, "l"),
                ("Adj.\namount", 44, "r"), ("Remark", 96, "l")]
        doc = Doc(d, font="DejaVuSerifCond", bold="DejaVuSerifCond-Bold", size=7, row_h=10, top=0, bottom=720,
                  cols=cols, x0=48)

        def furniture():
            d.text(48, 38, "BAYLEAF COMMUNITY HEALTH PLAN", "DejaVuSerifCond-Bold", 13)
            d.text(48, 50, "A Medicaid managed care plan  -  Provider Remittance Statement", "DejaVuSerifCond", 8)
            d.text(564, 38, f"Page {d.page} of {total_pages or 0}", "DejaVuSerifCond", 8, "r")
            d.text(564, 50, "Statement 26-0131-0442   Check/EFT 88210577   01/31/2026", "DejaVuSerifCond", 7.5, "r")
            d.line(48, 56, 564, 56, 1)
            d.text(48, 768, "Appeals must reach the plan within 60 days of this statement. Bayleaf Community Health "
                   "Plan, PO Box 5520, Marlow Springs, GA 30999.", "DejaVuSerifCond", 6)

        furniture()
        d.rect(48, 64, 516, 44)
        d.text(54, 76, "Pay to: Cardinal Grove Pediatric Therapy   TIN 58-0093317   NPI 1770341129", "DejaVuSerifCond", 7.5)
        d.text(54, 88, "Members on this statement: 4     Claims: 4", "DejaVuSerifCond", 7.5)
        allsv = [s for c in claims for s in c["svcs"]]
        d.text(54, 100, f"Billed {money(total(allsv, 'billed'))}   Approved {money(total(allsv, 'allowed'))}   "
               f"Paid {money(total(allsv, 'paid'))}", "DejaVuSerifCond", 7.5)
        doc.y = 118
        tl, cl = [], []
        for c in claims:
            n = sum(1 + max(0, len(s.adjs) - 1) for s in c["svcs"])
            h = 34 + n * 10 + 14
            if doc.need(h):
                d.newpage(); furniture(); doc.y = 66
            y0 = doc.y
            d.rect(48, doc.y, 516, 13, fill=0.88, stroke=False)
            d.text(52, doc.y + 9.5, f"Member: {c['pt']}    Medicaid ID: {c['mid']}    Patient control no.: {c['pcn']}"
                   f"    Claim reference: {c['ref']}", "DejaVuSerifCond-Bold", 7)
            doc.y += 15
            doc.header(rule=True)
            for s in c["svcs"]:
                a0 = s.adjs[0] if s.adjs else None
                below = [(8, f"{g} {r}") for g, r, a in s.adjs[1:]]
                vals = [dfmt(s.dos, "mdy2"), dfmt(s.end, "mdy2") if s.end else "", s.code, ", ".join(s.mods),
                        units_str(s.units), money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","),
                        f"{a0[0]} {a0[1]}" if a0 else "", money(a0[2], ",") if a0 else "", " ".join(s.remarks)]
                yb = doc.y
                doc.row(vals, below=below)
                for i, (g, r, a) in enumerate(s.adjs[1:], 1):
                    d.text(48 + sum(x[1] for x in cols[:10]) - 2, yb + 7 + (10 - 7) / 2 - 1 + i * 10 + 0,
                           money(a, ","), "DejaVuSerifCond", 7, "r")
                tl.append(truth_line(d.page, s, description=False, claim_id=c["pcn"], payer_claim_id=c["ref"], patient=c["pt"],
                                     service_end=s.end, printed=("billed", "allowed", "paid"),
                                     adjustments=s.adjs, remarks=s.remarks))
            sv = c["svcs"]
            d.line(48, doc.y, 564, doc.y, 0.3)
            doc.row(["Claim totals", "", "", "", "", money(total(sv, "billed"), ","), money(total(sv, "allowed"), ","),
                     money(total(sv, "paid"), ","), "", "", ""], font="DejaVuSerifCond-Bold")
            d.rect(48, y0, 516, doc.y - y0 + 2)
            doc.y += 10
            cl.append({"claim_id": c["pcn"], "payer_claim_id": c["ref"], "patient": c["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
        if doc.need(70):
            d.newpage(); furniture(); doc.y = 66
        d.text(48, doc.y + 10, "Code descriptions", "DejaVuSerifCond-Bold", 8)
        for i, (k, v) in enumerate(legend):
            d.text(52, doc.y + 22 + i * 9.5, f"{k}: {v}", "DejaVuSerifCond", 7)
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "fpdf2", pages, "Medicaid managed-care remittance statement, boxed member blocks, weekly spans",
           result["tl"], result["cl"], legend)
    return path


# ------------------------------------------------------------------------------ p1 clearinghouse ERA print

def p1(out: Path):
    name = "p1_clearinghouse_era_print"
    path = out / f"{name}.pdf"
    st = {k: PlanState(ded_left=Decimal(v)) for k, v in
          (("a", "0"), ("b", "90.00"), ("c", "0"), ("d", "0"))}
    claims = [
        dict(pt="PRESCOTT, AUGUSTINE", pcn="WLR10577", icn="2226015403118", key="a",
             svcs=[S(D(2026, 1, 6), "97110", 2, ["GP"]), S(D(2026, 1, 6), "97140", 1, ["GP", "59"]),
                   S(D(2026, 1, 8), "97110", 2, ["GP"]), S(D(2026, 1, 8), "97112", 1, ["GP"]),
                   S(D(2026, 1, 13), "97110", 2, ["GP", "CQ"]), S(D(2026, 1, 13), "97530", 1, ["GP", "CQ"]),
                   S(D(2026, 1, 15), "97110", 2, ["GP"]), S(D(2026, 1, 15), "G0283", 1, ["GP"]),
                   S(D(2026, 1, 20), "97110", 3, ["GP", "KX"]), S(D(2026, 1, 20), "97140", 1, ["GP", "KX"]),
                   S(D(2026, 1, 22), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 22), "97116", 1, ["GP", "KX"]),
                   S(D(2026, 1, 27), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 27), "97112", 1, ["GP", "KX"]),
                   S(D(2026, 1, 29), "97110", 2, ["GP", "KX"]), S(D(2026, 1, 29), "97140", 1, ["GP", "KX"])]),
        dict(pt="DELACROIX, MINERVA", pcn="WLR10581", icn="2226015403122", key="b",
             svcs=[S(D(2026, 1, 7), "97165", 1, ["GO"]), S(D(2026, 1, 7), "97535", 1, ["GO"]),
                   S(D(2026, 1, 9), "97530", 2, ["GO"]), S(D(2026, 1, 9), "0552T", 1, ["GO"], denied="CO")]),
        dict(pt="OKONJO, BARNABY", pcn="WLR10590", icn="2226015403130", key="c",
             svcs=[S(D(2026, 1, 12), "92523", 1, ["GN"]), S(D(2026, 1, 14), "92507", 1, ["GN"]),
                   S(D(2026, 1, 21), "92507", 1, ["GN"])]),
        dict(pt="VANTERPOOL, ESME", pcn="WLR10602", icn="2226015403141", key="d",
             svcs=[S(D(2026, 1, 16), "97168", 1, ["GO"]), S(D(2026, 1, 16), "97760", 2, ["GO"]),
                   S(D(2026, 1, 16), "L3807", 1, ["LT"]),
                   *series((19, 21, 23, 26, 28, 30), (("97530", 2, ("GO",)), ("97760", 1, ("GO",))))]),
    ]
    for c in claims:
        for s in c["svcs"]:
            medicare(s, st[c["key"]], deny_reason="96")
            s.remarks = ["N425"] if s.denied else (["N640"] if "KX" in s.mods else [])
    legend = [("CO 45", "Billed amount above the fee schedule; provider write-off."),
              ("CO 96", "Service not covered by the program."), ("CO 253", "Federal payment reduction."),
              ("PR 1", "Applied to the patient's deductible."), ("PR 2", "Patient coinsurance."),
              ("N425", "Statutorily excluded service."), ("N640", "Therapy over the yearly threshold, KX attested.")]
    result = {}

    def build(p, total_pages):
        d = RL(p, landscape=True)
        cols = [("Svc date", 52, "l"), ("Proc", 36, "l"), ("Mods", 44, "l"), ("Units", 28, "r"), ("Charge", 50, "r"),
                ("Allowed", 50, "r"), ("Deduct", 44, "r"), ("Coins", 44, "r"), ("Paid", 50, "r"),
                ("Adjustments (grp rsn amt)", 250, "l"), ("RARC", 60, "l")]
        doc = Doc(d, font="LibNarrow", bold="LibNarrow-Bold", size=7.6, row_h=10.5, top=0, bottom=568, cols=cols,
                  x0=36)

        def furniture():
            d.text(36, 30, "ClearPath Claims Exchange - Remittance Detail (835 print view)", "LibNarrow-Bold", 11)
            d.text(756, 30, f"Page {d.page} of {total_pages or 0}", "LibNarrow", 8, "r")
            d.text(36, 42, "Payer: KEYSTONE MEDICARE ADMINISTRATIVE SERVICES (Part B J-Q)   Payer ID 13592", "LibNarrow", 8)
            d.text(36, 52, "Payee: Willow Ridge Rehab Associates   NPI 1336027781   TIN 27-5510384", "LibNarrow", 8)
            d.text(756, 42, "EFT trace 889201455630   Paid 02/03/2026", "LibNarrow", 8, "r")
            d.text(756, 52, "Printed 02/04/2026 08:14 by user KMOSS", "LibNarrow", 8, "r")
            d.line(36, 57, 756, 57, 0.9)

        furniture()
        doc.y = 62
        tl, cl = [], []

        def chead(c, cont):
            d.rect(36, doc.y + 1, 720, 12, fill=0.9, stroke=False)
            d.text(40, doc.y + 10, f"Patient: {c['pt']}   Patient ctrl # {c['pcn']}   Payer claim # {c['icn']}   "
                   "Claim status: Processed as primary   Assigned: Y" + ("   (continued)" if cont else ""),
                   "LibNarrow-Bold", 7.6)
            doc.y += 15
            doc.header(rule=True)

        for c in claims:
            if doc.need(50):
                d.newpage(); furniture(); doc.y = 62
            chead(c, False)
            for s in c["svcs"]:
                if doc.need(12):
                    d.newpage(); furniture(); doc.y = 62
                    chead(c, True)
                adj = "; ".join(f"{g} {r} {money(a, '')}" for g, r, a in s.adjs)
                doc.row([dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ""),
                         money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""), money(s.paid, ""),
                         adj, " ".join(s.remarks)], rule=0.85)
                tl.append(truth_line(d.page, s, description=False, claim_id=c["pcn"], payer_claim_id=c["icn"], patient=c["pt"],
                                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                     adjustments=s.adjs, remarks=s.remarks))
            sv = c["svcs"]
            doc.row(["Claim totals", "", "", "", money(total(sv, "billed"), ""), money(total(sv, "allowed"), ""),
                     money(total(sv, "deductible"), ""), money(total(sv, "coinsurance"), ""),
                     money(total(sv, "paid"), ""), f"Patient responsibility {money(total(sv, 'owes'), '')}", ""],
                    font="LibNarrow-Bold")
            doc.y += 8
            cl.append({"claim_id": c["pcn"], "payer_claim_id": c["icn"], "patient": c["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
        if doc.need(90):
            d.newpage(); furniture(); doc.y = 62
        d.text(36, doc.y + 12, "Code glossary", "LibNarrow-Bold", 8)
        for i, (k, v) in enumerate(legend):
            d.text(40, doc.y + 24 + i * 9.5, f"{k}  {v}", "LibNarrow", 7.5)
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "reportlab", pages, "clearinghouse 835 print view, Medicare Part B, semicolon adjustments",
           result["tl"], result["cl"], legend)
    return path


# ------------------------------------------------------------------------- p2 PM remittance posting report

def p2(out: Path):
    name = "p2_pm_remittance_posting"
    path = out / f"{name}.pdf"
    st = {k: PlanState(ded_left=Decimal(v), allowed_rate=Decimal("0.78")) for k, v in
          (("a", "0"), ("b", "45.00"), ("c", "0"), ("d", "0"))}
    orig = [S(D(2025, 12, 18), "97530", 3, ["GO"]), S(D(2025, 12, 18), "97535", 2, ["GO"])]
    for s in orig:
        commercial(s, PlanState(ded_left=Decimal("0")))
    claims = [
        dict(pt="BRANDT, FELICITY", acct="100482", clm="PRV26A0041187", key="a",
             svcs=[S(D(2026, 1, 5), "97110", 2, ["GP"]), S(D(2026, 1, 5), "97140", 1, ["GP"]),
                   S(D(2026, 1, 12), "97110", 2, ["GP"]), S(D(2026, 1, 12), "97112", 1, ["GP", "59"])]),
        dict(pt="BRANDT, OWEN", acct="100483", clm="PRV26A0041190", key="b",
             svcs=[S(D(2026, 1, 6), "97163", 1, ["GP"]), S(D(2026, 1, 6), "97110", 1, ["GP"]),
                   S(D(2026, 1, 13), "97110", 2, ["GP"]), S(D(2026, 1, 13), "97750", 1, ["GP"]),
                   S(D(2026, 1, 20), "97110", 2, ["GP"]), S(D(2026, 1, 20), "97530", 2, ["GP"]),
                   S(D(2026, 1, 27), "97110", 2, ["GP"]), S(D(2026, 1, 27), "97530", 1, ["GP"])]),
        dict(pt="SANTANGELO, PIA", acct="100517", clm="PRV25L0399021", key="c", rev=True,
             svcs=[negate(s) for s in orig]),
        dict(pt="SANTANGELO, PIA", acct="100517", clm="PRV25L0399021A1", key="c",
             svcs=[S(D(2025, 12, 18), "97530", 3, ["GO"]), S(D(2025, 12, 18), "97535", 1, ["GO"])]),
        dict(pt="ROUSSEAU, CALLUM", acct="100530", clm="PRV26A0041255", key="d",
             svcs=[S(D(2026, 1, 9), "92507", 1, ["GN"]), S(D(2026, 1, 16), "92507", 1, ["GN"]),
                   S(D(2026, 1, 23), "92507", 1, ["GN"]), S(D(2026, 1, 23), "92526", 1, ["GN"], denied="CO")]),
        dict(pt="IBARRA-NILSSON, THEA", acct="100544", clm="PRV26A0041302", key="a",
             svcs=series((5, 7, 12, 14, 19, 21, 26, 28), (("97530", 2, ("GO",)), ("97535", 1, ("GO",))))),
    ]
    for c in claims:
        if not c.get("rev"):
            for s in c["svcs"]:
                commercial(s, st[c["key"]], deny_reason="197")
    result = {}

    def build(p, total_pages):
        d = FP(p)
        cols = [("DOS", 50, "l"), ("CPT", 36, "l"), ("MODS", 40, "l"), ("UNT", 22, "r"), ("BILLED", 52, "r"),
                ("APPROVED", 54, "r"), ("DEDUCT", 46, "r"), ("COINS", 46, "r"), ("PAID", 52, "r"), ("ADJ", 82, "l")]
        doc = Doc(d, font="Courier", bold="Courier-Bold", size=7, row_h=9.2, top=0, bottom=735, cols=cols, x0=40)

        def furniture():
            d.text(40, 32, "ORCHARD LANE THERAPY GROUP          REMITTANCE POSTING REPORT", "Courier-Bold", 8.5)
            d.text(572, 32, f"PAGE {d.page:>3}", "Courier", 8, "r")
            d.text(40, 43, "PAYER: PRAIRIE VISTA BLUE (COMMERCIAL)   EFT# 0094418820   DEPOSIT 02/06/2026", "Courier", 7.5)
            d.text(40, 53, "RUN 02/07/2026 06:02   BATCH 2026-0207-03   POSTED BY: AUTO-ERA", "Courier", 7.5)
            d.line(40, 57, 572, 57, 0.6)
            doc.y = 60
            doc.header(rule=True)

        furniture()
        tl, cl = [], []
        mny = lambda v: money(v, "")  # noqa: E731
        for c in claims:
            if doc.need(40):
                d.newpage(); furniture()
            tag = "  *** REVERSAL OF PRIOR PAYMENT ***" if c.get("rev") else ""
            d.text(40, doc.y + 9, f"PT: {c['pt']:<22} ACCT# {c['acct']}   CLAIM# {c['clm']}{tag}", "Courier-Bold", 7)
            doc.y += 12
            for s in c["svcs"]:
                if doc.need(10 * max(1, len(s.adjs))):
                    d.newpage(); furniture()
                below = [(9, f"{g}{r} {mny(a)}") for g, r, a in s.adjs[1:]]
                a0 = s.adjs[0]
                doc.row([dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units), mny(s.billed),
                         mny(s.allowed), mny(s.deductible), mny(s.coinsurance), mny(s.paid),
                         f"{a0[0]}{a0[1]} {mny(a0[2])}"], below=below)
                tl.append(truth_line(d.page, s, description=False, claim_id=c["acct"], payer_claim_id=c["clm"], patient=c["pt"],
                                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                     adjustments=s.adjs))
            sv = c["svcs"]
            d.line(40, doc.y, 572, doc.y, 0.3)
            doc.row(["CLM TOT", "", "", "", mny(total(sv, "billed")), mny(total(sv, "allowed")),
                     mny(total(sv, "deductible")), mny(total(sv, "coinsurance")), mny(total(sv, "paid")),
                     f"PT RESP {mny(total(sv, 'owes'))}"], font="Courier-Bold")
            doc.y += 6
            cl.append({"claim_id": c["acct"], "payer_claim_id": c["clm"], "patient": c["pt"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"))})
        allsv = [s for c in claims for s in c["svcs"]]
        if doc.need(40):
            d.newpage(); furniture()
        d.text(40, doc.y + 12, f"BATCH TOTALS  BILLED {mny(total(allsv, 'billed'))}  PAID {mny(total(allsv, 'paid'))}"
               f"  CLAIMS {len(claims)}  EFT AMOUNT {mny(total(allsv, 'paid'))}", "Courier-Bold", 7)
        d.text(40, doc.y + 24, "ADJ CODES: CO45 CONTRACT WRITE-OFF  PR1 DEDUCTIBLE  PR2 COINSURANCE  CO197 NO AUTH",
               "Courier", 7)
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "fpdf2", pages, "practice-management remittance posting report, Courier, reversal + correction",
           result["tl"], result["cl"], [("CO45", "contract write-off"), ("PR1", "deductible"),
                                         ("PR2", "coinsurance"), ("CO197", "no authorization")])
    return path


# -------------------------------------------------------------------------- s1 therapy clinic family statement

def s1(out: Path):
    name = "s1_clinic_family_statement"
    path = out / f"{name}.pdf"
    st = {k: PlanState(ded_left=Decimal(v)) for k, v in (("Nadia", "0"), ("Felix", "75.00"), ("Posy", "0"),
                                                          ("Hugo", "0"))}
    visits = [
        ("Felix Ambrose-Kiel", "Felix", "V-30211", "WX7730155", [S(D(2026, 1, 5), "97166", 1, ["GO"]),
                                                                S(D(2026, 1, 5), "97530", 2, ["GO"])]),
        ("Posy Ambrose-Kiel", "Posy", "V-30214", "WX7730162", [S(D(2026, 1, 6), "92523", 1, ["GN"])]),
        ("Felix Ambrose-Kiel", "Felix", "V-30290", "WX7731004", [S(D(2026, 1, 12), "97530", 3, ["GO"]),
                                                                S(D(2026, 1, 12), "97533", 1, ["GO"])]),
        ("Posy Ambrose-Kiel", "Posy", "V-30295", "WX7731010", [S(D(2026, 1, 13), "92507", 1, ["GN"])]),
        ("Hugo Ambrose-Kiel", "Hugo", "V-30302", "WX7731022", [S(D(2026, 1, 14), "97161", 1, ["GP"]),
                                                              S(D(2026, 1, 14), "97110", 2, ["GP"])]),
        ("Felix Ambrose-Kiel", "Felix", "V-30377", "WX7731590", [S(D(2026, 1, 19), "97530", 3, ["GO"]),
                                                                S(D(2026, 1, 19), "97535", 1, ["GO"])]),
        ("Posy Ambrose-Kiel", "Posy", "V-30380", "WX7731598", [S(D(2026, 1, 20), "92507", 1, ["GN"]),
                                                              S(D(2026, 1, 20), "92526", 1, ["GN"], denied="PR")]),
        ("Nadia Ambrose-Kiel", "Nadia", "V-30391", "WX7731655", [S(D(2026, 1, 21), "97140", 2, ["GP"]),
                                                                S(D(2026, 1, 21), "97112", 1, ["GP", "59"])]),
        ("Hugo Ambrose-Kiel", "Hugo", "V-30402", "WX7731700", [S(D(2026, 1, 21), "97110", 2, ["GP"]),
                                                              S(D(2026, 1, 21), "97530", 1, ["GP"])]),
        ("Felix Ambrose-Kiel", "Felix", "V-30455", "WX7732213", [S(D(2026, 1, 26), "97530", 3, ["GO"]),
                                                                S(D(2026, 1, 26), "97533", 2, ["GO"])]),
        ("Posy Ambrose-Kiel", "Posy", "V-30461", "WX7732220", [S(D(2026, 1, 27), "92507", 1, ["GN"])]),
        ("Hugo Ambrose-Kiel", "Hugo", "V-30470", "WX7732241", [S(D(2026, 1, 28), "97110", 2, ["GP"]),
                                                              S(D(2026, 1, 28), "97140", 1, ["GP"])]),
    ]
    for i, dd in enumerate((2, 4, 9, 11, 16, 18, 23, 25)):
        visits.append(("Felix Ambrose-Kiel", "Felix", f"V-30{520 + i * 17}", f"WX77{33010 + i * 211}",
                       series((dd,), (("97530", 3, ("GO",)), ("97533", 1, ("GO",))), month=2)))
        visits.append(("Posy Ambrose-Kiel", "Posy", f"V-30{521 + i * 17}", f"WX77{33012 + i * 211}",
                       series((dd + 1,), (("92507", 1, ("GN",)),), month=2)))
    for _, k, _, _, sv in visits:
        for s in sv:
            commercial(s, st[k])
    result = {}

    def build(p, total_pages):
        d = RL(p)
        cols = [("Date", 40, "l"), ("Patient", 44, "l"), ("Code", 32, "l"), ("Mod", 30, "l"), ("Units", 26, "c"),
                ("Description", 140, "l"), ("Charges", 46, "r"), ("Insurance\npaid", 46, "r"), ("Adjust-\nment", 46, "r"),
                ("Your\nbalance", 46, "r")]
        doc = Doc(d, font="Helvetica", bold="Helvetica-Bold", size=6.8, row_h=9.4, top=0, bottom=720, cols=cols, x0=40)
        allsv = [s for v in visits for s in v[4]]
        due = total(allsv, "owes")

        def furniture(first):
            d.text(40, 36, "Kestrel Point Pediatric & Family Therapy", "Helvetica-Bold", 12)
            d.text(40, 47, "915 Beacon Mill Road, Suite 3  |  Harrow Cove, ME 04999  |  Billing office (207) 555-0163",
                   "Helvetica", 7)
            d.text(572, 36, "STATEMENT", "Helvetica-Bold", 11, "r")
            d.text(572, 47, f"Page {d.page} of {total_pages or 0}", "Helvetica", 7, "r")
            d.line(40, 53, 572, 53, 0.8)
            if not first:
                d.text(40, 64, "Guarantor: Nadia Ambrose-Kiel   Account 44-01877   Statement date 02/10/2026 "
                       "(continued)", "Helvetica", 7)
            d.text(40, 770, "Thank you for choosing Kestrel Point. Payment plans are available - just ask.",
                   "Helvetica-Oblique", 6.5)

        furniture(True)
        d.rect(40, 60, 532, 78)
        d.line(40, 86, 572, 86, 0.4)
        for i, (k, v) in enumerate([("Statement date", "02/10/2026"), ("Account", "44-01877"),
                                    ("Amount due", money(due)), ("Due by", "03/05/2026")]):
            d.text(48 + i * 132, 70, k, "Helvetica", 6.5)
            d.text(48 + i * 132, 81, v, "Helvetica-Bold", 9)
        d.text(48, 98, "Guarantor: Nadia Ambrose-Kiel", "Helvetica", 7.5)
        d.text(48, 108, "61 Tern Hollow Lane, Harrow Cove, ME 04999", "Helvetica", 7.5)
        d.text(330, 98, "Amount enclosed  $ ______________", "Helvetica", 7.5)
        d.text(330, 112, "Please detach and return the top portion with your payment.", "Helvetica", 6.5)
        d.line(40, 146, 572, 146, 0.5, gray=0.4)
        d.text(40, 160, "Account activity", "Helvetica-Bold", 9.5)
        doc.y = 166
        doc.header(shade=0.88, rule=False)
        tl, cl = [], []
        for pat, _, visit, clm, sv in visits:
            if doc.need(10 + 10 * len(sv)):
                d.newpage(); furniture(False); doc.y = 72
                doc.header(shade=0.88, rule=False)
            d.text(42, doc.y + 8, f"Visit {visit}  -  {pat}  -  billed to Wexford Mutual Health, claim {clm}",
                   "Helvetica-Bold", 6.8)
            doc.y += 10
            for s in sv:
                doc.row([dfmt(s.dos, "mdy2"), pat.split()[0], s.code, " ".join(s.mods), units_str(s.units), s.desc,
                         money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")],
                        rule=0.8)
                tl.append(truth_line(d.page, s, claim_id=visit, payer_claim_id=clm, patient=pat,
                                     printed=("billed", "paid", "discount", "patient_owes")))
            cl.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat,
                       "totals": claim_totals(paid=None)})
        if doc.need(80):
            d.newpage(); furniture(False); doc.y = 72
        doc.y += 6
        d.line(40, doc.y, 572, doc.y, 0.8)
        d.text(40, doc.y + 12, f"Totals   Charges {money(total(allsv, 'billed'))}   Insurance paid "
               f"{money(total(allsv, 'paid'))}   Adjustments {money(total(allsv, 'discount'))}   Amount due "
               f"{money(due)}", "Helvetica-Bold", 7.5)
        y = doc.y + 26
        for i, (k, v) in enumerate([("Current", money(due)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                                    ("Over 90", "$0.00")]):
            d.rect(40 + i * 100, y, 96, 26)
            d.text(46 + i * 100, y + 10, k, "Helvetica", 6.5)
            d.text(46 + i * 100, y + 21, v, "Helvetica-Bold", 8)
        d.text(40, y + 44, "Your balance is what remains after Wexford Mutual Health processed each visit. Posy's "
               "feeding session was not covered by the plan.", "Helvetica", 6.8)
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "reportlab", pages, "therapy clinic family statement, four family members, visit head rows",
           result["tl"], result["cl"], [])
    return path


# -------------------------------------------------------------------------- s2 hospital itemized statement

def s2(out: Path):
    name = "s2_hospital_itemized_statement"
    path = out / f"{name}.pdf"
    REV = {"97530": "0434", "97165": "0434", "97535": "0434", "97168": "0434", "97760": "0434", "L3807": "0274",
           "97110": "0424", "97161": "0424", "97116": "0424", "97140": "0424", "92507": "0444", "92523": "0444",
           "36415": "0300", "85025": "0305", "73110": "0320", "97112": "0424", "G0283": "0424"}
    accts = [
        dict(pt="Cordelia Vantongeren", acct="HA20260105-7741", ref="PLC-26-0093381", ins="Lakeland Consolidated Health",
             svcs=[S(D(2026, 1, 5), "73110", 1, ["LT"]), S(D(2026, 1, 5), "36415", 1, []), S(D(2026, 1, 5), "85025", 1, []),
                   S(D(2026, 1, 9), "97165", 1, ["GO"]), S(D(2026, 1, 9), "97760", 2, ["GO"]), S(D(2026, 1, 9), "L3807", 1, ["LT"]),
                   S(D(2026, 1, 16), "97530", 2, ["GO"]), S(D(2026, 1, 16), "97535", 1, ["GO"]),
                   S(D(2026, 1, 23), "97530", 2, ["GO"]), S(D(2026, 1, 23), "97140", 1, ["GO"]),
                   S(D(2026, 1, 30), "97530", 3, ["GO"]), S(D(2026, 1, 30), "97168", 1, ["GO"])]),
        dict(pt="Annika Vantongeren", acct="HA20260112-7812", ref="SC-MCD 2026012288471", ins="StateCare Kids (Medicaid)",
             svcs=[S(D(2026, 1, 12), "92523", 1, ["GN"]), S(D(2026, 1, 19), "92507", 1, ["GN"]),
                   S(D(2026, 1, 26), "92507", 1, ["GN"])]),
        dict(pt="Lars Vantongeren", acct="HA20260108-7790", ref="PLC-26-0094120", ins="Lakeland Consolidated Health",
             svcs=[S(D(2026, 1, 8), "97161", 1, ["GP"]), S(D(2026, 1, 8), "97110", 2, ["GP"]),
                   S(D(2026, 1, 15), "97110", 3, ["GP"]), S(D(2026, 1, 15), "97116", 1, ["GP"]),
                   S(D(2026, 1, 22), "97110", 2, ["GP"]), S(D(2026, 1, 22), "G0283", 1, ["GP"]),
                   S(D(2026, 1, 29), "97110", 2, ["GP"]), S(D(2026, 1, 29), "97112", 1, ["GP"]),
                   *series((2, 5, 9, 12, 16, 19, 23, 26), (("97110", 2, ("GP",)), ("97140", 1, ("GP",)),
                                                          ("97112", 1, ("GP",))), month=2)]),
    ]
    result = {}

    def build(p, total_pages):
        d = FP(p)
        cols = [("Date", 52, "l"), ("Rev", 30, "l"), ("CPT/HCPCS", 56, "l"), ("Description", 250, "l"), ("Qty", 30, "r"),
                ("Charges", 96, "r")]
        doc = Doc(d, font="LibSerif", bold="LibSerif-Bold", size=8, row_h=11, top=0, bottom=730, cols=cols, x0=50)

        def furniture():
            d.text(50, 40, "ST. BRENDAN VALLEY HOSPITAL", "LibSerif-Bold", 14)
            d.text(50, 52, "Patient Financial Services  -  2100 Orchard Crest Blvd, Fallowmere, WI 53999", "LibSerif", 8)
            d.text(564, 40, "Itemized Statement", "LibSerif-Bold", 11, "r")
            d.text(564, 52, f"Page {d.page} of {total_pages or 0}", "LibSerif", 8, "r")
            d.line(50, 58, 564, 58, 1)
            d.text(50, 770, "Financial assistance is available. Ask about our discount program or call (608) 555-0175.",
                   "LibSerif", 7)

        furniture()
        d.text(50, 76, "Guarantor: Cordelia Vantongeren    Guarantor no. G-3381940    Statement date February 12, 2026",
               "LibSerif", 8.5)
        d.text(50, 88, "Family statement - each hospital account is listed separately below.", "LibSerif", 8.5)
        doc.y = 96
        tl, cl = [], []
        grand = ZERO
        for a in accts:
            if doc.need(60):
                d.newpage(); furniture(); doc.y = 68
            d.rect(50, doc.y + 4, 514, 26, fill=0.92, stroke=False)
            d.text(54, doc.y + 15, f"Patient: {a['pt']}    Hospital account: {a['acct']}", "LibSerif-Bold", 8.5)
            d.text(54, doc.y + 26, f"Primary insurance: {a['ins']}    Insurance claim ref: {a['ref']}", "LibSerif", 8)
            doc.y += 32
            doc.header(rule=True)
            for s in a["svcs"]:
                if doc.need(12):
                    d.newpage(); furniture(); doc.y = 68
                code = s.code + (f" {' '.join(s.mods)}" if s.mods else "")
                doc.row([dfmt(s.dos, "mdy4"), REV[s.code], code, s.desc.upper(), units_str(s.units),
                         money(s.billed, ",")])
                tl.append(truth_line(d.page, s, claim_id=a["acct"], payer_claim_id=a["ref"], patient=a["pt"],
                                     printed=("billed",), description=True,
                                     overrides={"description": s.desc.upper()}))
            sv = a["svcs"]
            tb = total(sv, "billed")
            ins = q(tb * Decimal("0.52"))
            adj = q(tb * Decimal("0.31"))
            grand += tb - ins - adj
            d.line(404, doc.y, 564, doc.y, 0.4)
            doc.row(["", "", "", "Total charges this account", "", money(tb, ",")], font="LibSerif-Bold")
            doc.row(["", "", "", f"Payment - {a['ins']}", "", money(-ins, ",", "()")])
            doc.row(["", "", "", "Contractual allowance", "", money(-adj, ",", "()")])
            doc.row(["", "", "", "Account balance", "", money(tb - ins - adj, ",")], font="LibSerif-Bold")
            doc.y += 8
            cl.append({"claim_id": a["acct"], "payer_claim_id": a["ref"], "patient": a["pt"],
                       "totals": claim_totals(billed=tb)})
        if doc.need(30):
            d.newpage(); furniture(); doc.y = 68
        d.line(50, doc.y + 4, 564, doc.y + 4, 1)
        d.text(54, doc.y + 16, "Total amount due from guarantor", "LibSerif-Bold", 9)
        d.text(562, doc.y + 16, money(grand), "LibSerif-Bold", 9, "r")
        d.save()
        result.update(tl=tl, cl=cl)
        return d.page

    pages = two_pass(build, path)
    finish(path, name, "fpdf2", pages, "hospital outpatient itemized family statement, three hospital accounts",
           result["tl"], result["cl"], [])
    return path


LAYOUTS = [m1, m2, n1, n2, r1, r2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout66_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    paths = [f(out) for f in LAYOUTS]
    print(out)
    if "--check" in argv:
        bad = 0
        for p in paths:
            errs = check_file(p)
            import json
            t = json.loads(Path(str(p) + ".truth.json").read_text())
            print(f"{p.name}: {len(t['lines'])} lines, {t['pages']} pages, {'OK' if not errs else 'FAIL'}")
            for e in errs[:15]:
                print("   ", e)
            bad += bool(errs)
        print("check:", "PASS" if not bad else f"FAIL ({bad} files)")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
