"""Write the THIRTY-SEVENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten house styles of the five commonest real document kinds, written without
looking at the reader (only samples/pdf/eobgen.py, src/eobreader/model.py and earlier generators' docstrings).

Run:  python bench/heldout37/make_heldout37_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout37/make_heldout37_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. h37doc.py (same folder) holds the small page
model both producers draw from (reportlab and fpdf2 each write their own PDFs from it) and the self-check.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / invoice /
patient-control / hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly
as printed (the person who got the service, not the guarantor or policyholder unless the same). service_end is
set where the page prints a "to"/"thru" date. A reversal prints negative units ("2-") and amounts with a trailing
minus; truth carries them negative. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date).

Layouts (10 files, 285 service lines, 21 pages; claims continued across a page break in c1, m1, m2, d1, s2):
  c1  commercial PPO member EOB for a family of four, reportlab portrait DejaVu Serif Condensed 6.5 pt: member
      facts box, "Summary of claims processed this period", grey bands "Claim for: <name> (Daughter)" / Claim
      number / Provider's patient account, Date of service 01/05/2026 / wrapped Service / Code / Mod "GO 59" /
      Units / Amount billed / Network discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance /
      Plan paid / You owe / Note, $25 per-visit copay, a bundled write-off (N2) and an excluded 0552T the member
      owes (N4), Claim total rows + "We paid $x to" lines, a 16-line claim continued on page 2 under its band
      marked "(continued)" and a repeated heading, notes legend
  c2  regional mutual "HEALTH BENEFIT STATEMENT" to a policyholder, fpdf2 landscape Liberation Serif: dark title
      band, year-to-date accumulator box, "PATIENT: <NAME>  RELATIONSHIP: DEPENDENT CHILD" rules, one-line claim
      heads "Claim ... | provider | Your provider's reference ...", fully gridded Service Date 05-Jan-26 /
      Procedure glued "97110-GO-59" / Description / Qty "2.0" / Charges / Network Savings / Not Payable / Covered
      Amount / Deductible / Copay / Co-ins / Benefit Paid / Patient Resp. / Code, amounts without $; PLANTED
      claim-total mismatch (Benefit Paid total of claim 7741-026-01388 printed 10.00 too high)
  m1  Medicare Summary Notice for Part B, fpdf2 portrait DejaVu Sans: page 1 only address, facts box, deductible
      status and providers with amounts; then grey provider bands (address, "Referred by", Claim number), a
      reading-help box, Date 1/5/26 / "Therapeutic exercises (97110-GP-KX)" / Service Approved? / Amount Provider
      Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes letters,
      no units, deductible, a denied 0552T she may be billed, a bundled denial she is not, "Total for this
      claim", a 19-line claim continued onto page 3 "(continued)", notes
  m2  Medicare Advantage HMO-POS monthly member EOB, reportlab landscape Liberation Sans: dark title band, cost
      box (month / year), ruled claim heads "Claim 2 of 3: <provider>" + "Claim ID ... | Provider's account
      number ...", Date of service "Jan 05, 2026" / What you received / Code / Modifiers "97110 / GP CQ" / Units /
      Provider charged / Plan-approved amount / Plan paid / Your copay / Your coinsurance / Not covered / Your
      share / Note, $15 per-day copay, a no-authorization denial he does not owe, a non-covered line he does,
      a 26-line claim continued on page 2, shaded claim totals
  d1  state Medicaid REMITTANCE ADVICE, reportlab portrait core Courier fixed-width text rows: banner messages,
      PAID / DENIED / ADJUSTED sections, "RECIP: LAST, FIRST  RECIP ID  PAT ACCT  ICN  TYPE" claim lines, LN /
      SVC FROM-THRU "01/05/26-01/05/26" / PROC / MODIFIERS / UNITS "3.00" / BILLED / ALLOWED / PAID / GRP RSN /
      ADJ AMOUNT / RMK, siblings, a VOID claim with trailing-minus amounts and its replacement, CLAIM TOTALS,
      section and column heading repeated on page 2 "(CONTINUED)" inside a claim, RA summary, code list
  d2  state Medicaid MMIS "Provider Remittance Advice", fpdf2 landscape DejaVu Sans Condensed: boxed label-over-
      value claim heads (Member name / Medicaid ID / Patient account no. / TCN / Claim status / Billed / Paid),
      gridded Ln / Dates of service "01/05/2026 - 01/05/2026" / Procedure / Mod 1 / Mod 2 / Mod 3 / Units "1.00" /
      Billed / Allowed / TPL / Paid / Adj group / reason "CO / 45" / Adj amount / Remark / Line status, a partly
      paid claim (units limit) and a denied claim, claim totals, glossary
  p1  Medicare Part B standard paper remit REPRINTED by practice-management software, fpdf2 portrait core Courier
      under a Helvetica software banner: PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED /
      ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, first adjustment on the line and PR-2 / CO-253 on the
      following text lines, NAME / MID / ACNT / ICN / ASG / MOA claim lines, PT RESP + CLAIM TOTALS + NET, a
      reversal (CLAIM STATUS 22, "2-" units, trailing minus) and its correction, payment TOTALS, glossary
  p2  clearinghouse "Remittance Advice Report" of a Medicare Part B 835, reportlab landscape DejaVu Sans: payment
      strip, shaded claim bands (Patient LAST, FIRST / Patient ctrl # / Payer claim # / Member ID / Status /
      claim charge, paid, patient resp), Line / Svc date 01-05-2026 / "Proc : Mods" glued "97530:GO:KX" / Units
      "2.0" / Charge / Allowed / Deductible / Coinsurance / Adjustment 1..4 "CO-45  111.80" / Paid / RARC,
      a PR-96 non-covered line, claim totals, two-column code key
  s1  pediatric therapy clinic family STATEMENT to a guarantor, reportlab portrait Liberation Sans Narrow: amount-
      due box, per-child grey bands (discipline, insurer), visit heading rows "Visit 01/05/2026 - Invoice #40218 -
      Insurance claim HH26A0117732", Date / Service / CPT-Mod "97530-GO" / Units / Charge / Ins. Paid / Ins. Adj.
      / Pt. Paid / Your Balance, copays collected at check-in, one child with deductible and coinsurance, a
      non-covered line the family owes and a bundled write-off, Visit total rows, balance per child, messages
  s2  hospital ITEMIZED STATEMENT to a guarantor (mother and son), fpdf2 portrait DejaVu Serif: boxed hospital
      header, amount-due panel, boxed account heads (patient + relationship, hospital account, service period,
      insurance claim no.), Date 01/07/26 / Rev / CPT/HCPCS / Mod / DESCRIPTION IN CAPITALS / Qty / Amount:
      charges only per line, then PAYMENT and CONTRACTUAL ADJUSTMENT rows with trailing minus and the account
      balance (not service lines), a 16-line account continued on page 2 "- continued", revenue-code note

Truth per kind: member EOBs / MSN / statements carry no adjustment codes (none are printed); s1's "Ins. Adj." is
recorded as discount and "Your Balance" as patient_owes; s2 lines carry only billed (the statement prints no
per-line payment). Claim totals are what the total row prints (s1: visit totals; p1: PT RESP as patient_owes).

The self-check (--check) tests the factory, not the reader: it extracts each page's text lines with pdfplumber
and, for every truth line, finds a text line on the truth's page holding the printed date and code and requires
the code, each modifier, the units and every non-null amount on that SAME text line (adjustment group/reason
and amounts, and remarks, on that line or the lines the layout prints beneath it); claim ids and patients are in
the document's text; page counts match; billed - adjustments = paid where every adjustment is printed; allowed -
deductible - copay - coinsurance = paid where all are printed; each claim's printed totals equal the sum of its
lines (and are printed), except the planted mismatch, which must differ in exactly one total.
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
    FIXED_WHEN,
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    medicaid,
    medicare,
    money,
    negate,
    q,
    total,
    truth_line,
    write_truth,
)
from h37doc import Doc, check_file, render_fpdf, render_reportlab, wrap  # noqa: E402

# a few codes the shared charge master lacks (invented charges / rates, our own wording)
for _c, _fee, _rate, _desc in (
        ("97533", "98.00", "35.10", "Sensory integration techniques"),
        ("97162", "230.00", "101.12", "PT evaluation, moderate complexity"),
        ("97035", "45.00", "14.20", "Ultrasound therapy"),
        ("99214", "215.00", "121.40", "Office visit, established, moderate"),
        ("97018", "30.00", "6.35", "Paraffin bath"),
        ("A4466", "48.00", "22.80", "Elastic support garment"),
        ("G0151", "140.00", "62.90", "Home health PT visit, 15 min")):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _rate)
    eobgen.DESC.setdefault(_c, _desc)

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
FULL = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes")


def D(m: int, d: int) -> date:
    return date(2026, m, d) if m <= 6 else date(2025, m, d)


def S(m, d, code, units, mods="", **kw) -> Svc:
    return Svc(D(m, d), code, Decimal(str(units)), tuple(mods.split()), **kw)


class Table:
    """Columns: (heading lines, width, align). Draws a heading band and rows; repeats the heading (and calls
    on_break) when a row does not fit on the page."""

    def __init__(self, d: Doc, x0, cols, size=7.0, hsize=None, lead=None, grid=False, hfill=0.85, rules=False,
                 on_break=None, hbold=True, pad=2.0):
        self.d, self.x0, self.cols, self.size = d, x0, cols, size
        self.hsize = hsize or size
        self.lead = lead or size * 1.22
        self.grid, self.hfill, self.rules, self.on_break, self.hbold, self.pad = grid, hfill, rules, on_break, hbold, pad
        self.xs = []
        x = x0
        for c in cols:
            self.xs.append(x)
            x += c[1]
        self.x1 = x

    def head(self):
        d = self.d
        n = max(len(c[0].split("\n")) for c in self.cols)
        h = n * self.hsize * 1.15 + 4
        if not d.room(h + self.lead + 4):
            d.new_page()
        if self.hfill is not None:
            d.rect(self.x0, d.y, self.x1 - self.x0, h, fill=self.hfill, stroke=self.grid)
        for c, x in zip(self.cols, self.xs):
            parts = c[0].split("\n")
            yy = d.y + h - 3 - (len(parts) - 1) * self.hsize * 1.15
            for p in parts:
                self._cell(x, c, yy, p, self.hsize, self.hbold)
                yy += self.hsize * 1.15
            if self.grid:
                d.line(x, d.y, x, d.y + h)
        if self.grid:
            d.line(self.x1, d.y, self.x1, d.y + h)
        if self.hfill is None:
            d.line(self.x0, d.y + h, self.x1, d.y + h, 0.8)
        d.y += h

    def _cell(self, x, c, y, s, size, bold):
        a = c[2]
        if a == "R":
            self.d.text(x + c[1] - self.pad, y, s, size, bold, "R")
        elif a == "C":
            self.d.text(x + c[1] / 2, y, s, size, bold, "C")
        else:
            self.d.text(x + self.pad, y, s, size, bold)

    def row(self, vals, wrapcols=(), bold=False, fill=None, size=None):
        """Returns (page, extra text lines below the first)."""
        d = self.d
        size = size or self.size
        cells = []
        for c, v in zip(self.cols, vals):
            v = "" if v is None else str(v)
            i = self.cols.index(c)
            cells.append(wrap(v, d.fam, size, c[1] - 2 * self.pad, bold) if i in wrapcols else [v])
        n = max(len(x) for x in cells)
        h = n * self.lead + 3
        if not d.room(h):
            d.new_page()
            if self.on_break:
                self.on_break()
            self.head()
        if fill is not None:
            d.rect(self.x0, d.y, self.x1 - self.x0, h, fill=fill, stroke=False)
        for c, x, lines in zip(self.cols, self.xs, cells):
            yy = d.y + self.lead
            for ln in lines:
                self._cell(x, c, yy, ln, size, bold)
                yy += self.lead
        if self.grid:
            for x in self.xs + [self.x1]:
                d.line(x, d.y, x, d.y + h)
            d.line(self.x0, d.y + h, self.x1, d.y + h)
        elif self.rules:
            d.line(self.x0, d.y + h, self.x1, d.y + h, 0.25)
        d.y += h
        return d.pno, n - 1


class Out:
    """Collects truth for one file."""

    def __init__(self):
        self.lines, self.meta, self.claims = [], [], []

    def add(self, page, s, meta, **kw):
        row = truth_line(page, s, **kw)
        for k, v in row.items():
            if v == "-0.00":
                row[k] = "0.00"
        row["adjustments"] = [[g, c, "0.00" if a == "-0.00" else a] for g, c, a in row["adjustments"]]
        self.lines.append(row)
        self.meta.append(meta)

    def claim(self, claim_id, payer_claim_id, patient, billed=None, allowed=None, paid=None, owes=None):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(billed, allowed, paid, owes)})


def mc(x):
    return money(x, ",")


def md(x):
    return money(x, "$")


LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


# ============================================================================ c1 commercial member EOB (reportlab)
@layout
def c1():
    W, H = LETTER
    rel = {"Rosalind Achterberg": "Self", "Tobias Achterberg": "Spouse", "Wren Achterberg": "Daughter",
           "Ezra Achterberg": "Son"}

    def header(d):
        d.text(36, 40, "LARCHMONT BENEFIT HEALTH", 13, True)
        d.text(36, 52, "PPO Choice 1500  |  Group 0074412 - Ostrander Millworks, Inc.", 7.2)
        d.text(W - 36, 40, "Explanation of Benefits", 12, True, "R")
        d.text(W - 36, 52, "THIS IS NOT A BILL", 7.5, True, "R")
        d.line(36, 58, W - 36, 58, 1.2)
        d.y = 72 if d.pno > 1 else 70

    def footer(d, i, n):
        d.text(36, H - 24, "Larchmont Benefit Health, PO Box 66120, Sioux Crossing, ND 58099  |  Member services "
               "1-888-555-0143 (TTY 711)", 6.5)
        d.text(W - 36, H - 24, f"Page {i} of {n}", 6.5, False, "R")
        if i > 1:
            d.text(36, 68, "Rosalind Achterberg  -  Member ID LBH448190317  -  Statement date 02/09/2026", 6.8)

    d = Doc(W, H, "dvserifc", 70, 40, header, footer)
    o = Out()
    d.text(36, 84, "ROSALIND ACHTERBERG", 8.5, True)
    for i, t in enumerate(("2218 Wexford Lane", "Maple Prairie, ND 58102")):
        d.text(36, 95 + 10 * i, t, 8)
    d.rect(330, 76, W - 366, 58, fill=0.93)
    for i, (k, v) in enumerate((("Member ID", "LBH448190317"), ("Subscriber", "Rosalind Achterberg"),
                                ("Statement date", "February 9, 2026"), ("Claims period", "Jan 1 - Jan 31, 2026"))):
        d.text(338, 88 + 12 * i, k, 7.2, True)
        d.text(430, 88 + 12 * i, v, 7.2)

    plans = {"Wren Achterberg": PlanState(ded_left=ZERO, visit_copay=Decimal("25.00")),
             "Ezra Achterberg": PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20")),
             "Rosalind Achterberg": PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20")),
             "Tobias Achterberg": PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("30.00")},
                                            coins_rate=Decimal("0.10"))}
    claims = [
        ("Ezra Achterberg", "Bellhaven Speech & Language", "E2601-31102-00", "BSL-20931",
         [S(1, 6, "92523", 1, "GN"), S(1, 13, "92507", 1, "GN"), S(1, 20, "92507", 1, "GN"),
          S(1, 27, "92507", 1, "GN"), S(1, 27, "92526", 1, "GN", denied="CO")]),
        ("Rosalind Achterberg", "Halvorsen Hand & Upper Limb Clinic", "E2601-33870-01", "HH-004417",
         [S(1, 9, "97165", 1, "GO"), S(1, 9, "L3807", 1, "RT", desc=eobgen.LONG_DESC["L3807"]),
          S(1, 9, "97760", 1, "GO"), S(1, 16, "97140", 2, "GO 59"), S(1, 16, "97110", 2, "GO"),
          S(1, 16, "0552T", 1, "", denied="PR"), S(1, 23, "97140", 2, "GO"), S(1, 23, "97018", 1, "GO")]),
        ("Wren Achterberg", "Tidewater Kids Therapy Group", "E2601-30457-00", "TKT-88412",
         [S(1, 5, "97165", 1, "GO"), S(1, 5, "97530", 2, "GO"), S(1, 7, "97530", 3, "GO"), S(1, 7, "97533", 1, "GO"),
          S(1, 12, "97530", 3, "GO"), S(1, 12, "97112", 1, "GO 59"), S(1, 14, "97530", 2, "GO"),
          S(1, 14, "97535", 2, "GO", desc=eobgen.LONG_DESC["97535"]), S(1, 19, "97530", 3, "GO"),
          S(1, 19, "97533", 1, "GO"), S(1, 21, "97530", 3, "GO"), S(1, 21, "97110", 1, "GO 59"),
          S(1, 26, "97530", 2, "GO"), S(1, 26, "97535", 1, "GO"), S(1, 28, "97530", 3, "GO"),
          S(1, 28, "97533", 1, "GO")]),
        ("Tobias Achterberg", "Northgate Family Medicine", "E2601-35519-00", "NFM-7730281",
         [S(1, 8, "99213", 1), S(1, 8, "97110", 2, "GP"), S(1, 8, "97140", 1, "GP")]),
    ]
    notes = {"CO": "N2", "PR": "N4"}
    legend = [("N1", "Your share reflects the per-visit copayment for outpatient therapy at an in-network provider."),
              ("N2", "Billed with another service on the same day; the plan pays for the combined service only. "
                     "The provider may not bill you for this amount."),
              ("N4", "This service is excluded under your plan. You may owe the provider the full billed amount."),
              ("N7", "Applied to your calendar-year deductible.")]
    for pat, prov, cn, acct, svcs in claims:
        for s in svcs:
            commercial(s, plans[pat])
            if s.denied:
                s.remarks = [notes[s.denied]]
            elif s.deductible:
                s.remarks = ["N7"]
            elif s.copay and plans[pat].visit_copay:
                s.remarks = ["N1"]

    # summary of claims
    d.y = 150
    d.text(36, d.y, "Summary of claims processed this period", 9, True)
    d.y += 6
    st = Table(d, 36, [("Patient", 120, "L"), ("Provider", 170, "L"), ("Claim number", 90, "L"),
                       ("Amount billed", 60, "R"), ("Plan paid", 55, "R"), ("You owe", 45, "R")], 7, hfill=0.88)
    st.head()
    for pat, prov, cn, acct, svcs in claims:
        st.row([pat, prov, cn, md(total(svcs, "billed")), md(total(svcs, "paid")), md(total(svcs, "owes"))])
    d.y += 14
    d.text(36, d.y, "Claim details", 9, True)
    d.y += 8
    cols = [("Date of\nservice", 40, "L"), ("Service", 88, "L"), ("Code", 26, "L"), ("Mod", 26, "L"),
            ("Units", 20, "R"), ("Amount\nbilled", 38, "R"), ("Network\ndiscount", 36, "R"),
            ("Allowed\namount", 38, "R"), ("Not\ncovered", 32, "R"), ("Deduct-\nible", 34, "R"),
            ("Copay", 28, "R"), ("Coin-\nsurance", 36, "R"), ("Plan\npaid", 36, "R"), ("You\nowe", 34, "R"),
            ("Note", 20, "C")]
    for pat, prov, cn, acct, svcs in claims:
        def band(cont=False, pat=pat, prov=prov, cn=cn, acct=acct):
            d.rect(36, d.y, 552, 24, fill=0.8, stroke=False)
            d.text(40, d.y + 9, f"Claim for: {pat} ({rel[pat]}){'  (continued)' if cont else ''}", 7.6, True)
            d.text(330, d.y + 9, f"Claim number {cn}", 7.2, True)
            d.text(40, d.y + 19, f"Provider: {prov}  (in network)", 7)
            d.text(330, d.y + 19, f"Provider's patient account {acct}   Processed 02/06/2026", 7)
            d.y += 26
        d.need(60)
        band()
        t = Table(d, 36, cols, 6.5, 6.3, hfill=0.92, rules=True, on_break=lambda b=band: b(True))
        t.head()
        for s in svcs:
            ds = s.dos.strftime("%m/%d/%Y")
            pg, ex = t.row([ds, s.desc, s.code, " ".join(s.mods), str(s.units), md(s.billed), md(s.discount),
                            md(s.allowed), md(s.not_covered), md(s.deductible), md(s.copay), md(s.coinsurance),
                            md(s.paid), md(s.owes), " ".join(s.remarks)], wrapcols=(1,))
            o.add(pg, s, {"date": ds, "code": s.code}, claim_id=acct, payer_claim_id=cn, patient=pat, printed=FULL,
                  remarks=s.remarks)
        tt = {a: total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                           "coinsurance", "paid", "owes")}
        t.row(["", "Claim total", "", "", "", md(tt["billed"]), md(tt["discount"]), md(tt["allowed"]),
               md(tt["not_covered"]), md(tt["deductible"]), md(tt["copay"]), md(tt["coinsurance"]), md(tt["paid"]),
               md(tt["owes"]), ""], bold=True, size=6.0)
        o.claim(acct, cn, pat, tt["billed"], tt["allowed"], tt["paid"], tt["owes"])
        d.need(12)
        d.y += 9
        d.text(40, d.y, f"We paid {md(tt['paid'])} to {prov} on 02/06/2026 (payment 00882{cn[-8:-3]}).", 6.8)
        d.y += 12
    d.need(70)
    d.y += 4
    d.text(36, d.y, "Notes on your claims", 8.5, True)
    for code, txt in legend:
        d.need(10)
        d.y += 10
        d.text(36, d.y, code, 7, True)
        d.text(56, d.y, txt, 7)
    d.y += 6
    d.para(36, "You have the right to appeal any decision on these claims within 180 days of the date of this "
           "statement. Call the number on your member ID card or write to the address below.", 540, 7)
    return dict(name="h37_c1_commercial_family_eob", producer="reportlab", doc=d, out=o, legend=legend,
                desc="commercial PPO member EOB for a family of four, portrait; claim bands, 15 columns, "
                     "a therapy claim continued on page 2", findings=[], adj=False)


# ================================================================ c2 commercial member EOB, landscape (fpdf2)
@layout
def c2():
    W, H = LAND

    def header(d):
        d.rect(36, 28, W - 72, 30, fill=0.25, stroke=False)
        d.text(46, 48, "KESTREL VALLEY MUTUAL", 14, True, gray=1.0)
        d.text(W - 46, 41, "HEALTH BENEFIT STATEMENT", 10, True, "R", gray=1.0)
        d.text(W - 46, 52, "Keep for your records - this is not a bill", 7, False, "R", gray=1.0)
        d.y = 70

    def footer(d, i, n):
        d.line(36, H - 34, W - 36, H - 34, 0.4)
        d.text(36, H - 24, "Kestrel Valley Mutual Insurance Co. - 900 Granary Row, Fenwick, OR 97409 - "
               "Questions: 1-866-555-0178, Mon-Fri 7am-7pm PT", 6.5)
        d.text(W - 36, H - 24, f"Sheet {i} of {n}", 6.5, True, "R")

    d = Doc(W, H, "lserif", 70, 40, header, footer)
    o = Out()
    d.text(36, 84, "Policyholder: GRETCHEN OYELARAN-BRANDT", 8.5, True)
    d.text(36, 95, "Policy No. KVM-55-2093817   Plan: Silver Select Open Access   Issued: 02/11/2026", 7.5)
    d.text(36, 106, "1407 Juniper Bluff Rd, Fenwick, OR 97412", 7.5)
    d.rect(470, 76, W - 506, 44, fill=0.94)
    d.text(478, 87, "Plan year 2026 to date", 7.5, True)
    d.text(478, 98, "Family deductible:   $450.00 of $1,500.00 met", 7.2)
    d.text(478, 109, "Family out-of-pocket:   $731.64 of $6,000.00 met", 7.2)
    fam = [("GRETCHEN OYELARAN-BRANDT", "POLICYHOLDER"), ("MILO OYELARAN-BRANDT", "DEPENDENT CHILD"),
           ("JUNE OYELARAN-BRANDT", "DEPENDENT CHILD")]
    pl = {fam[0][0]: PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.30")),
          fam[1][0]: PlanState(ded_left=ZERO, copay_codes={"97530": Decimal("20.00"), "97110": Decimal("20.00")},
                               coins_rate=Decimal("0.30")),
          fam[2][0]: PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.30"))}
    data = {
        fam[0][0]: [("Cascade Hand Therapy Associates", "7741-026-00913", "CHT-219004",
                     [S(1, 6, "97165", 1, "GO"), S(1, 6, "97760", 1, "GO"), S(1, 13, "97140", 2, "GO"),
                      S(1, 13, "97110", 1, "GO"), S(1, 13, "97035", 1, "GO", denied="PR"),
                      S(1, 20, "97140", 2, "GO"), S(1, 20, "97018", 1, "GO")])],
        fam[1][0]: [("Little Oaks Pediatric Therapy", "7741-026-01388", "LOPT 55-0127",
                     [S(1, 5, "97530", 3, "GO"), S(1, 5, "97110", 1, "GO 59"), S(1, 12, "97530", 3, "GO"),
                      S(1, 12, "97533", 1, "GO"), S(1, 19, "97530", 2, "GO"), S(1, 19, "97110", 2, "GO 59"),
                      S(1, 26, "97530", 3, "GO")]),
                    ("Fenwick Pediatrics, LLC", "7741-026-02215", "FP88301",
                     [S(1, 15, "99214", 1), S(1, 15, "97110", 1, "GP")])],
        fam[2][0]: [("Little Oaks Pediatric Therapy", "7741-026-01392", "LOPT 55-0128",
                     [S(1, 7, "92523", 1, "GN"), S(1, 14, "92507", 1, "GN"), S(1, 21, "92507", 1, "GN"),
                      S(1, 28, "92507", 1, "GN")])],
    }
    legend = [("X3", "Amount above the network fee agreed by this provider; you are not responsible for it."),
              ("X9", "Not a covered benefit under your policy; the provider may bill you."),
              ("D1", "Applied toward the deductible."), ("C2", "Office or therapy copayment.")]
    cols = [("Service\nDate", 44, "L"), ("Procedure", 52, "L"), ("Description", 150, "L"), ("Qty", 24, "R"),
            ("Charges", 50, "R"), ("Network\nSavings", 46, "R"), ("Not\nPayable", 44, "R"),
            ("Covered\nAmount", 50, "R"), ("Deductible", 46, "R"), ("Copay", 38, "R"), ("Co-ins", 40, "R"),
            ("Benefit\nPaid", 50, "R"), ("Patient\nResp.", 50, "R"), ("Code", 36, "C")]
    d.y = 128
    planted = "7741-026-01388"
    findings = []
    for pat, relation in fam:
        d.need(70)
        d.y += 6
        d.text(36, d.y + 8, f"PATIENT: {pat}", 8.5, True)
        d.text(330, d.y + 8, f"RELATIONSHIP: {relation}", 8, True)
        d.line(36, d.y + 11, W - 36, d.y + 11, 1.0)
        d.y += 14
        for prov, cn, ref, svcs in data[pat]:
            for s in svcs:
                commercial(s, pl[pat])
                s.remarks = (["X9"] if s.denied else []) + (["D1"] if s.deductible else []) + \
                    (["C2"] if s.copay else []) + (["X3"] if s.discount and not s.deductible and not s.copay else [])
                s.remarks = s.remarks[:1]
            d.need(40)
            d.text(36, d.y + 9, f"Claim {cn}  |  {prov}  |  Your provider's reference: {ref}  |  Received "
                   f"01/30/2026", 7.4)
            d.y += 12
            t = Table(d, 36, cols, 7, 6.8, hfill=0.88, grid=True)
            t.head()
            for s in svcs:
                ds = f"{s.dos.day:02d}-{s.dos:%b}-{s.dos:%y}"
                code = "-".join((s.code,) + s.mods)
                pg, ex = t.row([ds, code, s.desc, f"{s.units:.1f}", mc(s.billed), mc(s.discount), mc(s.not_covered),
                                mc(s.allowed), mc(s.deductible), mc(s.copay), mc(s.coinsurance), mc(s.paid),
                                mc(s.owes), " ".join(s.remarks)], wrapcols=(2,))
                o.add(pg, s, {"date": ds, "code": code}, claim_id=ref, payer_claim_id=cn, patient=pat, printed=FULL,
                      remarks=s.remarks)
            tt = {a: total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                               "coinsurance", "paid", "owes")}
            shown = dict(tt)
            if cn == planted:
                shown["paid"] = tt["paid"] + Decimal("10.00")
                findings.append(f"claim-total-mismatch claim {cn}: printed Benefit Paid total {q(shown['paid'])} "
                                f"but the lines add up to {q(tt['paid'])}")
            t.row(["", "", "Claim Totals", "", *[mc(shown[a]) for a in ("billed", "discount", "not_covered",
                   "allowed", "deductible", "copay", "coinsurance", "paid", "owes")], ""], bold=True)
            o.claim(ref, cn, pat, shown["billed"], shown["allowed"], shown["paid"], shown["owes"])
            d.y += 8
    d.need(60)
    d.y += 6
    d.text(36, d.y, "EXPLANATION CODES", 8, True)
    for c, txt in legend:
        d.y += 10
        d.text(36, d.y, c, 7.2, True)
        d.text(60, d.y, txt, 7.2)
    return dict(name="h37_c2_mutual_benefit_statement", producer="fpdf2", doc=d, out=o, legend=legend,
                desc="regional mutual member benefit statement, landscape; patient sections, gridded claim tables, "
                     "planted claim-total mismatch", findings=findings, adj=False)


# ======================================================================= m1 Medicare Summary Notice (fpdf2)
@layout
def m1():
    W, H = LETTER
    ben = "HARRIET V. LINDQVIST"

    def header(d):
        if d.pno == 1:
            d.text(40, 46, "Medicare Summary Notice", 18, True)
            d.text(40, 60, "for Part B (Medical Insurance)", 11)
            d.text(W - 40, 46, "The Official Summary of Your", 7.5, False, "R")
            d.text(W - 40, 56, "Medicare Claims from the Centers for", 7.5, False, "R")
            d.text(W - 40, 66, "Medicare & Medicaid Services", 7.5, False, "R")
            d.line(40, 72, W - 40, 72, 2.0)
            d.y = 84
        else:
            d.text(40, 40, f"{ben}", 8, True)
            d.text(W - 40, 40, "Medicare Summary Notice for Part B - February 20, 2026", 7.5, False, "R")
            d.line(40, 45, W - 40, 45, 0.8)
            d.y = 56

    def footer(d, i, n):
        d.text(W / 2, H - 26, f"Page {i} of {n}", 7.5, False, "C")

    d = Doc(W, H, "dvsans", 84, 44, header, footer)
    o = Out()
    d.text(40, 96, ben, 9, True)
    d.text(40, 108, "3316 Tamarack Hollow Rd", 8.5)
    d.text(40, 119, "Pinecrest Falls, MN 55931-4420", 8.5)
    d.rect(330, 84, W - 370, 62, fill=0.92, stroke=False)
    for i, (k, v) in enumerate((("Medicare Number", "XXXX-XX4-HT71"), ("Date of this notice", "February 20, 2026"),
                                ("Claims processed between", "November 20, 2025 - February 18, 2026"))):
        d.text(338, 98 + 16 * i, k, 7.5, True)
        d.text(338, 106 + 16 * i, v, 7.5)
    d.y = 170
    d.text(40, d.y, "Your Deductible Status", 11, True)
    d.y += 4
    d.para(40, "Your deductible is what you must pay for most health services before Medicare begins to pay. "
           "Part B deductible: You have now met $142.00 of your $283.00 deductible for 2026.", 250, 8.2)
    y0 = d.y
    d.y = 170
    d.text(320, d.y, "Your Claims & Costs This Period", 11, True)
    claims = [
        ("North Shore Hand & Occupational Therapy", "88 Commerce Ave, Two Rivers, MN 55940",
         "Dr. Imelda Stavros", "2260124471029", "yes",
         [S(1, 21, "97165", 1, "GO"), S(1, 21, "97760", 1, "GO"), S(1, 21, "L3807", 1, "RT", desc="Wrist-hand orthosis, fitted"),
          S(1, 28, "97530", 2, "GO"), S(1, 28, "97535", 1, "GO")]),
        ("Pinecrest Falls Family Clinic", "12 Elm Court, Pinecrest Falls, MN 55931", None, "2260130928815",
         "yes", [S(1, 30, "99213", 1), S(1, 30, "97018", 1, "GO", denied="CO")]),
        ("Lakeshore Outpatient Rehabilitation", "4410 Harbor View Dr, Suite 120, Pinecrest Falls, MN 55931",
         "Dr. Imelda Stavros", "2260118330417", "yes",
         [S(1, 6, "97162", 1, "GP"), S(1, 6, "97110", 2, "GP KX"), S(1, 8, "97110", 2, "GP"),
          S(1, 8, "97112", 1, "GP"), S(1, 8, "97140", 1, "GP 59"), S(1, 13, "97110", 2, "GP"),
          S(1, 13, "97116", 1, "GP"), S(1, 13, "97140", 1, "GP 59"), S(1, 15, "97110", 2, "GP CQ"),
          S(1, 15, "97112", 1, "GP CQ"), S(1, 20, "97110", 2, "GP"), S(1, 20, "97116", 1, "GP"),
          S(1, 20, "0552T", 1, "GP", denied="PR"), S(1, 22, "97110", 2, "GP CQ"), S(1, 22, "97140", 1, "GP CQ"),
          S(1, 27, "97110", 2, "GP"), S(1, 27, "97112", 1, "GP"), S(1, 29, "97110", 2, "GP CQ"),
          S(1, 29, "G0283", 1, "GP")]),
    ]
    st = PlanState(ded_left=Decimal("141.00"), coins_rate=Decimal("0.20"))
    for *_, svcs in claims:
        for s in svcs:
            medicare(s, st)
            s.remarks = ["B"] if s.denied == "PR" else ["C"] if s.denied == "CO" else (["A"] if s.deductible else [])
    d.y = 180
    for prov, addr, ref, cn, _, svcs in claims:
        d.y += 11
        d.text(320, d.y, prov, 8, True)
        d.text(W - 40, d.y, md(total(svcs, "owes")), 8, True, "R")
    d.y += 6
    d.para(320, "The amount listed is the maximum you may be billed. See page 2 and beyond for details.", 250, 7.5)
    d.y = max(d.y, y0) + 18
    d.rect(40, d.y, W - 80, 66, fill=None)
    d.y += 14
    d.text(50, d.y, "How to Check This Notice", 9.5, True)
    d.y += 2
    d.para(50, "Do you recognize the name of each doctor or provider? Check the dates. Did you have an appointment "
           "that day? Did you get the services listed? Do they match those listed on your receipts and bills? If you "
           "think a provider billed for services you didn't get, call 1-800-555-0190 (the claims helpline for this "
           "notice).", W - 100, 8)
    d.y += 24
    d.text(40, d.y, "Get help with this notice: call 1-800-555-0190 (TTY 1-877-555-0148), or visit the help desk at "
           "any county senior office.", 8)
    d.new_page()
    d.text(40, d.y + 6, "Your Claims for Part B (Medical Insurance)", 12, True)
    d.y += 14
    d.para(40, "Part B Medical Insurance helps pay for doctors' services, therapy, diagnostic tests and durable "
           "medical equipment. Your claims are listed below by the provider who billed them.", W - 80, 7.8)
    d.y += 8
    d.rect(40, d.y, W - 80, 58, fill=0.96)
    d.y += 4
    for tx in ("Service Approved? tells you whether Medicare covered the service.",
               "Maximum You May Be Billed is the most a provider who accepts assignment can bill you: your "
               "deductible and coinsurance, plus any service Medicare does not cover.",
               "If you have other insurance, it may pay some or all of the amount in that column."):
        d.para(50, tx, W - 100, 7.6)
    d.y += 16
    cols = [("Date", 40, "L"), ("Service Provided & Billing Code", 178, "L"), ("Service\nApproved?", 46, "C"),
            ("Amount\nProvider\nCharged", 56, "R"), ("Medicare-\nApproved\nAmount", 56, "R"),
            ("Amount\nMedicare\nPaid", 56, "R"), ("Maximum You\nMay Be\nBilled", 70, "R"), ("See\nNotes", 30, "C")]
    for prov, addr, ref, cn, _, svcs in claims:
        def band(cont=False, prov=prov, addr=addr, ref=ref, cn=cn):
            d.rect(40, d.y, W - 80, 30, fill=0.88, stroke=False)
            d.text(46, d.y + 11, prov + (" (continued)" if cont else ""), 8.5, True)
            d.text(W - 46, d.y + 11, f"Claim number {cn}", 7.8, True, "R")
            d.text(46, d.y + 23, addr + (f"   Referred by: {ref}" if ref else ""), 7.2)
            d.y += 32
        d.need(90)
        band()
        t = Table(d, 40, cols, 7.6, 7.0, lead=12.5, hfill=None, rules=True, on_break=lambda b=band: b(True))
        t.head()
        for s in svcs:
            ds = f"{s.dos.month}/{s.dos.day}/{s.dos:%y}"
            codep = "-".join((s.code,) + s.mods)
            pg, ex = t.row([ds, f"{s.desc} ({codep})", "No" if s.denied else "Yes", md(s.billed), md(s.allowed),
                            md(s.paid), md(s.owes), ", ".join(s.remarks)])
            o.add(pg, s, {"date": ds, "code": codep}, claim_id=None, payer_claim_id=cn, patient=ben, units=False,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
        tt = {a: total(svcs, a) for a in ("billed", "allowed", "paid", "owes")}
        t.row(["", "Total for this claim", "", md(tt["billed"]), md(tt["allowed"]), md(tt["paid"]), md(tt["owes"]),
               ""], bold=True)
        o.claim(None, cn, ben, tt["billed"], tt["allowed"], tt["paid"], tt["owes"])
        d.y += 14
    legend = [("A", "This amount was applied to your yearly Part B deductible."),
              ("B", "Medicare does not pay for this item or service. You may be billed for it."),
              ("C", "Payment for this service is included in the payment for another service you got the same "
                    "day. The provider may not bill you for it.")]
    d.need(80)
    d.text(40, d.y, "Notes for Claims Above", 10, True)
    for c, txt in legend:
        d.y += 12
        d.text(40, d.y, c, 8, True)
        d.text(56, d.y, txt, 7.8)
    d.y += 18
    d.para(40, "Medicare payments to providers were reduced by 2% under federal law. This reduction is already "
           "included in the Amount Medicare Paid column.", W - 80, 7.8)
    return dict(name="h37_m1_medicare_summary_notice", producer="fpdf2", doc=d, out=o, legend=legend,
                desc="Medicare Summary Notice Part B; summary first page, provider claim bands, code in the "
                     "wording, a therapy claim continued onto the next page", findings=[], adj=False)


# ============================================================ m2 Medicare Advantage member EOB, landscape (reportlab)
@layout
def m2():
    W, H = LAND
    mem = "Bartholomew Essien-Cartwright"

    def header(d):
        d.rect(32, 24, W - 64, 26, fill=0.3, stroke=False)
        d.text(42, 41, "RIVERBEND SENIOR ADVANTAGE (HMO-POS)", 11, True, gray=1.0)
        d.text(W - 42, 41, "Explanation of Benefits  -  Medical Services  -  January 2026", 9, False, "R", gray=1.0)
        d.y = 62
        if d.pno > 1:
            d.text(32, 60, f"{mem}  |  Member ID RSA-0447-18820  |  continued", 7)
            d.y = 68

    def footer(d, i, n):
        d.text(32, H - 20, "Riverbend Health Plans is an HMO-POS plan with a Medicare contract. Y0091_EOB26_C  "
               "Member Services 1-877-555-0162 (TTY 711), 8 a.m.-8 p.m., 7 days a week.", 6.4)
        d.text(W - 32, H - 20, f"Page {i} of {n}", 7, True, "R")

    d = Doc(W, H, "lsans", 62, 34, header, footer)
    o = Out()
    d.text(32, 74, mem.upper(), 8.5, True)
    d.text(32, 85, "61 Old Quarry Lane, Apt 4B, Riverbend, ME 04901", 7.6)
    d.text(32, 96, "Member ID RSA-0447-18820    Plan H9921-004", 7.6)
    pl_t = PlanState(ded_left=ZERO, visit_copay=Decimal("15.00"), allowed_rate=Decimal("0.45"))
    pl_s = PlanState(ded_left=ZERO, copay_codes={"99214": Decimal("40.00")}, coins_rate=Decimal("0.20"),
                     allowed_rate=Decimal("0.55"))
    claims = [
        ("Kennebec Valley Occupational Therapy", "MA26-0113-77210", "KVOT-30118", pl_t,
         [S(1, 7, "97166", 1, "GO"), S(1, 7, "97535", 1, "GO"), S(1, 9, "97530", 2, "GO"),
          S(1, 9, "97535", 1, "GO"), S(1, 14, "97530", 2, "GO KX"), S(1, 14, "97533", 1, "GO", denied="CO")]),
        ("Riverbend Physical Therapy & Balance Center", "MA26-0120-81344", "RPT 004-2291", pl_t,
         [S(1, 5, "97163", 1, "GP"), S(1, 5, "97110", 2, "GP"), S(1, 7, "97110", 2, "GP"), S(1, 7, "97116", 1, "GP"),
          S(1, 7, "97112", 1, "GP"), S(1, 12, "97110", 2, "GP CQ"), S(1, 12, "97116", 1, "GP CQ"),
          S(1, 12, "97140", 1, "GP 59"), S(1, 14, "97110", 2, "GP"), S(1, 14, "97112", 1, "GP"),
          S(1, 16, "97110", 2, "GP"), S(1, 16, "97112", 1, "GP"), S(1, 16, "97140", 1, "GP 59"),
          S(1, 19, "97110", 3, "GP KX"), S(1, 19, "97116", 1, "GP KX"), S(1, 21, "97110", 2, "GP CQ"),
          S(1, 21, "97140", 1, "GP 59"), S(1, 21, "G0283", 1, "GP"), S(1, 26, "97110", 2, "GP"),
          S(1, 26, "97112", 1, "GP"), S(1, 26, "0552T", 1, "GP", denied="PR"), S(1, 28, "97110", 2, "GP KX"),
          S(1, 28, "97116", 1, "GP KX"), S(1, 30, "97110", 2, "GP"), S(1, 30, "97140", 1, "GP"),
          S(1, 30, "97035", 1, "GP")]),
        ("Somerset Internal Medicine Associates", "MA26-0127-90561", None, pl_s,
         [S(1, 22, "99214", 1), S(1, 22, "G0283", 1)]),
    ]
    for *_, pl, svcs in claims:
        for s in svcs:
            commercial(s, pl, deny_reason="197")
            if s.denied == "CO":
                s.remarks = ["3"]
            elif s.denied == "PR":
                s.remarks = ["4"]
            elif s.copay:
                s.remarks = ["1"]
            elif s.coinsurance:
                s.remarks = ["2"]
    allsv = [s for *_, svcs in claims for s in svcs]
    d.rect(430, 70, W - 462, 52, fill=0.93)
    d.text(438, 82, "Your costs for medical care", 8, True)
    d.text(610, 82, "January", 7.4, True, "R")
    d.text(W - 40, 82, "2026 so far", 7.4, True, "R")
    for i, (k, a) in enumerate((("Amount providers charged", "billed"), ("Plan paid", "paid"), ("Your share", "owes"))):
        d.text(438, 94 + 10 * i, k, 7.4)
        d.text(610, 94 + 10 * i, md(total(allsv, a)), 7.4, False, "R")
        d.text(W - 40, 94 + 10 * i, md(total(allsv, a)), 7.4, False, "R")
    d.y = 140
    d.text(32, d.y, "Your medical claims this month", 10, True)
    d.y += 6
    cols = [("Date of service", 62, "L"), ("What you received", 170, "L"), ("Code / Modifiers", 74, "L"),
            ("Units", 28, "R"), ("Provider\ncharged", 52, "R"), ("Plan-approved\namount", 58, "R"),
            ("Plan\npaid", 50, "R"), ("Your\ncopay", 44, "R"), ("Your\ncoinsurance", 52, "R"),
            ("Not covered", 50, "R"), ("Your share", 50, "R"), ("Note", 38, "C")]
    for n, (prov, cn, acct, pl, svcs) in enumerate(claims, 1):
        def band(cont=False, n=n, prov=prov, cn=cn, acct=acct):
            d.line(32, d.y, W - 32, d.y, 1.4)
            d.text(32, d.y + 11, f"Claim {n} of {len(claims)}{'  (continued)' if cont else ''}:  {prov}", 8.2, True)
            d.text(W - 32, d.y + 11, f"Claim ID {cn}" + (f"   |   Provider's account number {acct}" if acct else ""),
                   7.4, False, "R")
            d.y += 15
        d.need(60)
        d.y += 6
        band()
        t = Table(d, 32, cols, 7.1, 6.8, hfill=0.9, rules=True, on_break=lambda b=band: b(True))
        t.head()
        for s in svcs:
            ds = f"{s.dos:%b} {s.dos.day:02d}, {s.dos.year}"
            cm = s.code + (" / " + " ".join(s.mods) if s.mods else "")
            pg, ex = t.row([ds, s.desc, cm, str(s.units), md(s.billed), md(s.allowed), md(s.paid), md(s.copay),
                            md(s.coinsurance), md(s.not_covered), md(s.owes), ", ".join(s.remarks)], wrapcols=(1,))
            o.add(pg, s, {"date": ds, "code": s.code}, claim_id=acct, payer_claim_id=cn, patient=mem,
                  printed=("billed", "allowed", "paid", "copay", "coinsurance", "not_covered", "patient_owes"),
                  remarks=s.remarks)
        tt = {a: total(svcs, a) for a in ("billed", "allowed", "paid", "copay", "coinsurance", "not_covered", "owes")}
        t.row(["Claim total", "", "", "", *[md(tt[a]) for a in ("billed", "allowed", "paid", "copay", "coinsurance",
                                                                "not_covered", "owes")], ""], bold=True, fill=0.95)
        o.claim(acct, cn, mem, tt["billed"], tt["allowed"], tt["paid"], tt["owes"])
    legend = [("1", "Your plan's copayment for an outpatient therapy visit is $15.00 per day."),
              ("2", "You pay 20% of the plan-approved amount for this service."),
              ("3", "The provider did not get our approval first. You do not have to pay for this service."),
              ("4", "This service is not covered by your plan. You may have to pay the provider for it.")]
    d.need(70)
    d.y += 12
    d.text(32, d.y, "Notes", 9, True)
    for c, txt in legend:
        d.y += 10
        d.text(32, d.y, c, 7.4, True)
        d.text(46, d.y, txt, 7.4)
    d.y += 6
    d.para(32, "If you disagree with a decision on this statement you can ask for an appeal. You have 65 days from "
           "the date of this statement to ask. See your Evidence of Coverage, Chapter 9.", W - 64, 7.4)
    return dict(name="h37_m2_medicare_advantage_eob", producer="reportlab", doc=d, out=o, legend=legend,
                desc="Medicare Advantage HMO-POS member EOB, landscape; claim rules with claim id and account, "
                     "per-day copay, a long claim continued on page 2", findings=[], adj=False)


# ====================================================== d1 state Medicaid remittance advice, fixed-width (reportlab)
@layout
def d1():
    W, H = LETTER
    FS, LD = 7.0, 10.0
    sec: list = []
    colhead = (" LN  SVC FROM-THRU         PROC  MODIFIERS    UNITS      BILLED     ALLOWED        PAID  GRP RSN  "
               "ADJ AMOUNT  RMK")

    def header(d):
        d.text(36, 36, "STATE OF NEW HARTFORD - DEPARTMENT OF HEALTH AND FAMILY SERVICES", FS, True)
        d.text(36, 36 + LD, "MEDICAL ASSISTANCE PROGRAM           REMITTANCE ADVICE", FS, True)
        d.text(36, 36 + 2 * LD, "PAYEE: CLEARWATER CHILDREN'S THERAPY LLC      PAYEE ID 2290018833   NPI 1487203361", FS)
        d.text(36, 36 + 3 * LD, "RA NUMBER 0004471906   RA DATE 02/10/2026   WARRANT/EFT 88019237", FS)
        d.text(36, 36 + 4 * LD, "-" * 128, FS)
        d.y = 36 + 5 * LD
        if d.pno > 1 and sec:
            d.y += LD
            d.text(36, d.y, f"CLAIM STATUS: {sec[0]} (CONTINUED)", FS, True)
            d.y += LD
            d.text(36, d.y, colhead, FS, True)

    def footer(d, i, n):
        d.text(W - 36, 36, f"PAGE {i:>3} OF {n:>3}", FS, True, "R")

    d = Doc(W, H, "courier", 80, 40, header, footer)
    o = Out()

    def put(s, bold=False):
        d.need(LD)
        d.y += LD
        d.text(36, d.y, s, FS, bold)
        return d.pno

    pats = [("VASQUEZ-HOLM, ADRIAN", "400918772", "CCT2601-118"), ("VASQUEZ-HOLM, LENA", "400918773", "CCT2601-119"),
            ("ODUYA, SAMSON", "401337240", "CCT2601-131"), ("PRZYBYLSKI, NORA J", "402556019", "CCT2601-140"),
            ("TRAN-MCALLISTER, KAI", "400077351", "CCT2601-152")]
    plans = {
        0: [S(1, 5, "97530", 3, "GO"), S(1, 5, "97533", 1, "GO"), S(1, 7, "97530", 3, "GO"), S(1, 7, "97112", 1, "GO"),
            S(1, 12, "97530", 3, "GO"), S(1, 12, "97533", 1, "GO"), S(1, 14, "97530", 2, "GO"),
            S(1, 14, "97535", 1, "GO"), S(1, 19, "97530", 3, "GO"), S(1, 19, "97533", 1, "GO"),
            S(1, 21, "97530", 3, "GO"), S(1, 21, "97110", 1, "GO 59"), S(1, 26, "97530", 3, "GO"),
            S(1, 26, "97533", 1, "GO"), S(1, 28, "97530", 2, "GO"), S(1, 28, "97535", 1, "GO"),
            S(1, 30, "97530", 3, "GO"), S(1, 30, "97533", 1, "GO"), S(1, 30, "97112", 1, "GO 59")],
        1: [S(1, 6, "92523", 1, "GN"), S(1, 13, "92507", 1, "GN"), S(1, 20, "92507", 1, "GN"),
            S(1, 27, "92507", 1, "GN")],
        2: [S(1, 8, "97161", 1, "GP"), S(1, 8, "97110", 2, "GP"), S(1, 15, "97110", 2, "GP"),
            S(1, 15, "97116", 1, "GP"), S(1, 22, "97110", 2, "GP"), S(1, 22, "97140", 1, "GP 59")],
        3: [S(1, 9, "97165", 1, "GO"), S(1, 9, "97530", 2, "GO"), S(1, 16, "97530", 3, "GO"),
            S(1, 16, "97760", 1, "GO")],
        4: [S(1, 10, "92507", 1, "GN"), S(1, 17, "92507", 1, "GN"), S(1, 17, "92526", 1, "GN")],
    }
    denied = [(3, [S(1, 23, "97530", 3, "GO", denied="CO"), S(1, 23, "97533", 1, "GO", denied="CO")]),
              (4, [S(1, 24, "92507", 1, "GN", denied="CO")])]
    icn = iter(f"2026041{n:04d}{k:05d}" for n, k in ((77, 31201), (77, 31202), (78, 40117), (78, 40118),
                                                       (79, 51003), (80, 11214), (80, 11215), (81, 66001),
                                                       (81, 66002)))

    def claim(pi, svcs, kind):
        name, rid, acct = pats[pi]
        cn = next(icn)
        put(f"RECIP: {name:<26} RECIP ID: {rid}   PAT ACCT: {acct:<12}  ICN: {cn}   TYPE: {kind}")
        for n, s in enumerate(svcs, 1):
            ds = f"{s.dos:%m/%d/%y}-{s.dos:%m/%d/%y}"
            mods = " ".join(s.mods)
            adj = s.adjs[0] if s.adjs else None
            a = f"{adj[0]:<3} {adj[1]:<4} {money(adj[2], ',', 'trail'):>11}" if adj else " " * 20
            rmk = " ".join(s.remarks)
            pg = put(f" {n:02d}  {ds:<19} {s.code:<5} {mods:<11} {s.units:>7.2f} {money(s.billed, ',', 'trail'):>11} "
                     f"{money(s.allowed, ',', 'trail'):>11} {money(s.paid, ',', 'trail'):>11}  {a}  {rmk}")
            o.add(pg, s, {"date": ds, "code": s.code}, claim_id=acct, payer_claim_id=cn, patient=name,
                  service_end=s.dos, printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks)
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        put(f"{'':>27}{'CLAIM TOTALS':<23} {money(tb, ',', 'trail'):>11} {money(ta, ',', 'trail'):>11} "
            f"{money(tp, ',', 'trail'):>11}", True)
        put("")
        o.claim(acct, cn, name, tb, ta, tp, None)

    put("*** BANNER MESSAGES ***", True)
    for msg in ("EFFECTIVE 03/01/2026 THE DEPARTMENT WILL REQUIRE THE RENDERING PROVIDER NPI ON ALL THERAPY CLAIM",
                "LINES BILLED UNDER A GROUP PAYEE. CLAIMS WITHOUT IT WILL DENY WITH REMARK N290.",
                "",
                "PEDIATRIC THERAPY PRIOR AUTHORIZATIONS ISSUED BEFORE 07/01/2025 EXPIRE ON THEIR END DATE AND ARE",
                "NOT EXTENDED AUTOMATICALLY. SUBMIT RENEWALS THROUGH THE PROVIDER PORTAL 30 DAYS BEFORE EXPIRY.",
                "",
                "THE 2026 THERAPY FEE SCHEDULE UPDATE IS LOADED FOR DATES OF SERVICE ON OR AFTER 01/01/2026. CLAIMS",
                "ALREADY PAID AT THE 2025 RATES WILL BE REPROCESSED AUTOMATICALLY AND APPEAR IN THE ADJUSTED",
                "SECTION OF A FUTURE REMITTANCE. NO ACTION IS NEEDED.",
                "",
                "PAYEES STILL RECEIVING PAPER WARRANTS MUST ENROLL IN EFT BY 06/30/2026.",
                "",
                "QUESTIONS ABOUT THIS REMITTANCE: PROVIDER RELATIONS 1-877-555-0119, OPTION 3.",
                "*** END OF BANNER MESSAGES ***", ""):
        put(msg)
    sec[:] = ["PAID"]
    put("CLAIM STATUS: PAID", True)
    put(colhead, True)
    for pi in (1, 2, 3, 4, 0):
        for s in plans[pi]:
            medicaid(s)
        claim(pi, plans[pi], "PROF")
    sec[:] = ["DENIED"]
    put("CLAIM STATUS: DENIED", True)
    put(colhead, True)
    for pi, svcs in denied:
        for s in svcs:
            medicaid(s)
            s.remarks = ["N54"]
        claim(pi, svcs, "PROF")
    sec[:] = ["ADJUSTED"]
    put("CLAIM STATUS: ADJUSTED (ORIGINAL CLAIM REVERSED / REPLACEMENT PAID)", True)
    put(colhead, True)
    orig = [S(12, 29, "97530", 3, "GO"), S(12, 29, "97112", 1, "GO")]
    for s in orig:
        medicaid(s)
    claim(2, [negate(s) for s in orig], "VOID")
    repl = [S(12, 29, "97530", 4, "GO"), S(12, 29, "97112", 1, "GO")]
    for s in repl:
        medicaid(s)
    claim(2, repl, "REPL")
    sec.clear()
    put("")
    put("RA SUMMARY          CLAIMS   BILLED AMOUNT    PAID AMOUNT", True)
    allp = [s for pi in range(5) for s in plans[pi]]
    put(f"PAID                    {5:>3}   {money(total(allp, 'billed'), ','):>13}  {money(total(allp, 'paid'), ','):>13}")
    put(f"DENIED                  {2:>3}   {money(sum((total(v, 'billed') for _, v in denied), ZERO), ','):>13}  "
        f"{'0.00':>13}")
    put("")
    legend = [("CO 45", "charge exceeds the state maximum fee; provider write-off"),
              ("CO 197", "prior authorization was not on file for these dates of service"),
              ("N54", "the units authorized for this recipient are used up for the period")]
    put("ADJUSTMENT REASON AND REMARK CODES ON THIS RA", True)
    for c, t in legend:
        put(f"  {c:<8} {t.upper()}")
    return dict(name="h37_d1_medicaid_ra_fixed", producer="reportlab", doc=d, out=o, legend=legend,
                desc="state Medicaid remittance advice, fixed-width portrait; PAID / DENIED / ADJUSTED sections, "
                     "trailing-minus reversal, a long claim continued on the next page", findings=[], adj=True)


# ==================================================== d2 state Medicaid remittance advice, boxed landscape (fpdf2)
@layout
def d2():
    W, H = LAND

    def header(d):
        d.text(30, 34, "Commonwealth of Aldermoor", 11, True)
        d.text(30, 46, "Medicaid Management Information System - Provider Remittance Advice", 8.5)
        d.text(W - 30, 34, "Remittance Advice", 12, True, "R")
        d.text(W - 30, 46, "Payment date 02/13/2026   RA # 26-044-0019381", 8, False, "R")
        d.rect(30, 52, W - 60, 22, fill=0.94)
        d.text(36, 66, "Billing provider: Summit Ridge Speech & Occupational Therapy, PLLC    Medicaid provider no. "
               "0091422-003    Taxonomy 225X00000X", 7.6)
        d.y = 84

    def footer(d, i, n):
        d.text(30, H - 22, "Aldermoor Department of Medical Assistance - Provider Services 1-844-555-0107 - "
               "This remittance is a record of adjudicated claims, not a bill.", 6.5)
        d.text(W - 30, H - 22, f"Page {i} of {n}", 7, True, "R")

    d = Doc(W, H, "dvsansc", 84, 34, header, footer)
    o = Out()
    members = [("HOLLOWAY, PRIYA", "M00447120938", "SRS-10442"), ("OKONKWO, DANIEL", "M00510677214", "SRS-10457"),
               ("OKONKWO, ESTHER", "M00510677215", "SRS-10458"), ("BRANDVOLD, LIAM T", "M00622104471", "SRS-10463"),
               ("ZHOU, ANNIKA", "M00781230056", "SRS-10471")]
    claims = [
        (0, "2604400718820", "Paid", [S(1, 5, "92507", 1, "GN"), S(1, 12, "92507", 1, "GN"),
                                      S(1, 19, "92507", 1, "GN"), S(1, 26, "92507", 1, "GN")]),
        (1, "2604400718821", "Paid", [S(1, 6, "97166", 1, "GO"), S(1, 6, "97530", 2, "GO"),
                                      S(1, 13, "97530", 3, "GO"), S(1, 13, "97535", 1, "GO"),
                                      S(1, 20, "97530", 3, "GO U1"), S(1, 20, "97112", 1, "GO 59")]),
        (2, "2604400718822", "Paid", [S(1, 6, "92523", 1, "GN"), S(1, 13, "92507", 1, "GN"),
                                      S(1, 13, "92526", 1, "GN 59"), S(1, 20, "92507", 1, "GN")]),
        (3, "2604400718830", "Partially paid", [S(1, 8, "97530", 4, "GO"), S(1, 8, "97533", 2, "GO"),
                                                S(1, 15, "97530", 4, "GO"), S(1, 15, "97533", 2, "GO", denied="CO"),
                                                S(1, 22, "97530", 4, "GO"), S(1, 22, "97150", 1, "GO")]),
        (4, "2604400718841", "Denied", [S(1, 9, "97165", 1, "GO", denied="CO"),
                                        S(1, 9, "97530", 2, "GO", denied="CO")]),
        (0, "2604400718850", "Paid", [S(1, 28, "92507", 1, "GN"), S(1, 30, "92507", 1, "GN TL")]),
    ]
    for mi, tcn, st, svcs in claims:
        for s in svcs:
            if s.denied:
                medicaid(s, "16" if st == "Denied" else "119")
                s.remarks = ["M51"] if st == "Denied" else ["N362"]
            else:
                medicaid(s)
    cols = [("Ln", 20, "C"), ("Dates of service", 84, "L"), ("Procedure", 48, "L"), ("Mod 1", 30, "C"),
            ("Mod 2", 30, "C"), ("Mod 3", 30, "C"), ("Units", 34, "R"), ("Billed amount", 64, "R"),
            ("Allowed amount", 64, "R"), ("TPL amount", 52, "R"), ("Paid amount", 62, "R"), ("Adj group / reason", 66, "C"),
            ("Adj amount", 58, "R"), ("Remark", 42, "C"), ("Line status", 48, "L")]
    d.y = 92
    for mi, tcn, st, svcs in claims:
        name, mid, acct = members[mi]
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")

        def box(cont=False, name=name, mid=mid, acct=acct, tcn=tcn, st=st, tb=tb, tp=tp):
            d.rect(30, d.y, W - 60, 28, fill=None, lw=0.7)
            lab = [("Member name", name + (" (cont.)" if cont else ""), 36), ("Medicaid ID", mid, 190),
                   ("Patient account no.", acct, 300), ("TCN", tcn, 410), ("Claim status", st, 510),
                   ("Billed", md(tb), 600), ("Paid", md(tp), 690)]
            for lb, v, x in lab:
                d.text(x, d.y + 10, lb, 6.4, False, gray=0.35)
                d.text(x, d.y + 22, v, 7.8, True)
            d.y += 30
        d.need(80)
        box()
        t = Table(d, 30, cols, 7.2, 6.6, hfill=0.88, grid=True, on_break=lambda b=box: b(True))
        t.head()
        for n, s in enumerate(svcs, 1):
            ds = f"{s.dos:%m/%d/%Y} - {s.dos:%m/%d/%Y}"
            mods = list(s.mods) + ["", "", ""]
            adj = s.adjs[0] if s.adjs else None
            pg, ex = t.row([str(n), ds, s.code, mods[0], mods[1], mods[2], f"{s.units:.2f}", md(s.billed),
                            md(s.allowed), md(ZERO), md(s.paid), f"{adj[0]} / {adj[1]}" if adj else "",
                            md(adj[2]) if adj else "", " ".join(s.remarks), "Denied" if s.denied else "Paid"])
            o.add(pg, s, {"date": ds, "code": s.code}, claim_id=acct, payer_claim_id=tcn, patient=name,
                  service_end=s.dos, printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks)
        t.row(["", "Claim totals", "", "", "", "", "", md(tb), md(ta), md(ZERO), md(tp), "",
               md(total([a for s in svcs for a in [s]], "billed") - tp), "", ""], bold=True, fill=0.96)
        o.claim(acct, tcn, name, tb, ta, tp, None)
        d.y += 10
    legend = [("CO / 45", "Billed charge is above the program's fee schedule amount."),
              ("CO / 16", "Claim lacks information needed for adjudication."),
              ("CO / 119", "Benefit maximum for this period has been reached."),
              ("M51", "Procedure code missing or not valid for the billing provider's specialty."),
              ("N362", "Units on this line go beyond the number allowed for the service period.")]
    d.need(80)
    d.text(30, d.y + 4, "Adjustment and remark code glossary", 8.5, True)
    d.y += 6
    for c, txt in legend:
        d.y += 10
        d.text(36, d.y, c, 7.2, True)
        d.text(100, d.y, txt, 7.2)
    return dict(name="h37_d2_medicaid_ra_boxed", producer="fpdf2", doc=d, out=o, legend=legend,
                desc="state Medicaid MMIS remittance advice, landscape; boxed label-over-value claim heads, gridded "
                     "lines with Mod 1/2/3, partial denial and a denied claim", findings=[], adj=True)


# ============================================ p1 Medicare standard paper remit reprinted by a PM system (fpdf2)
@layout
def p1():
    W, H = LETTER
    FS, LD = 7.0, 9.0

    def header(d):
        d.text(30, 30, "MEDCANVAS PRACTICE SUITE  -  REMITTANCE REPRINT (STANDARD PAPER REMIT FORMAT)", 7.5, True,
               fam="helv")
        d.text(W - 30, 30, "Printed 02/12/2026 08:41 by JLOPEZ", 7, False, "R", fam="helv")
        d.line(30, 34, W - 30, 34, 0.6)
        rows = ["CENTRAL PLAINS MEDICARE ADMINISTRATORS            MEDICARE",
                "PO BOX 40117                                      REMITTANCE",
                "OMAHA CROSSING NE 68199                           NOTICE",
                "PROVIDER #: 1588302147   LINDGREN OUTPATIENT REHAB LLC     DATE: 02/09/2026   CHECK/EFT #: 0900446127",
                "",
                f"{'PERF PROV':<12}{'SERV DATE':<11}  POS NOS {'PROC':<5} {'MODS':<8} {'BILLED':>9} {'ALLOWED':>9} "
                f"{'DEDUCT':>8} {'COINS':>8}  {'GRP/RC-AMT':<16} {'PROV PD':>9}"]
        y = 46
        for r in rows:
            d.text(30, y, r, FS, r.startswith("PERF"))
            y += LD
        d.text(30, y - 4, "_" * 118, FS)
        d.y = y + 2

    def footer(d, i, n):
        d.text(W - 30, 46, f"PAGE #: {i} OF {n}", FS, False, "R")
        d.text(30, H - 22, "MedCanvas Practice Suite v9.2 - reprint of the payer's 835 for practice records; "
               "amounts as received.", 6.4, fam="helv")

    d = Doc(W, H, "courier", 100, 36, header, footer)
    o = Out()

    def put(sx, bold=False):
        d.need(LD)
        d.y += LD
        d.text(30, d.y, sx, FS, bold)
        return d.pno

    bens = [("HARTWELL, EUGENIA", "7TK2QF4WN81", "LOR-22019"), ("BASTIDAS, ROMAN", "3MV8HX1RC22", "LOR-22031"),
            ("NAKASHIMA, FLORENCE", "5EA4TT9KD07", "LOR-22044"), ("DUVALL, CORNELIUS P", "9QG6WE2NB54", "LOR-22050")]
    st = {i: PlanState(ded_left=Decimal(x), coins_rate=Decimal("0.20")) for i, x in enumerate(("0", "90", "0", "0"))}
    claims = [
        (0, "0226019443871", "1", [S(1, 5, "97110", 2, "GP"), S(1, 5, "97140", 1, "GP 59"), S(1, 5, "97112", 1, "GP")]),
        (0, "0226019443872", "1", [S(1, 7, "97110", 2, "GP KX"), S(1, 7, "97116", 1, "GP KX"),
                                   S(1, 9, "97110", 2, "GP KX"), S(1, 9, "97140", 1, "GP CQ")]),
        (1, "0226020118405", "1", [S(1, 6, "97165", 1, "GO"), S(1, 6, "97530", 2, "GO"), S(1, 13, "97530", 2, "GO"),
                                   S(1, 13, "97535", 1, "GO"), S(1, 13, "97018", 1, "GO", denied="CO"),
                                   S(1, 20, "97530", 3, "GO CQ"), S(1, 20, "97760", 1, "GO")]),
        (2, "0226021776330", "1", [S(1, 8, "92523", 1, "GN"), S(1, 15, "92507", 1, "GN"), S(1, 22, "92507", 1, "GN"),
                                   S(1, 22, "92526", 1, "GN")]),
        (3, "0226022904517", "1", [S(1, 12, "97161", 1, "GP"), S(1, 12, "97110", 2, "GP"), S(1, 14, "97110", 2, "GP"),
                                   S(1, 14, "97112", 1, "GP"), S(1, 14, "0552T", 1, "GP", denied="PR"),
                                   S(1, 19, "97110", 2, "GP"), S(1, 19, "97116", 1, "GP"),
                                   S(1, 21, "97110", 2, "GP CQ"), S(1, 21, "97140", 1, "GP CQ"),
                                   S(1, 26, "97110", 3, "GP KX"), S(1, 26, "G0283", 1, "GP")]),
    ]
    # a reversal of an earlier claim and its correction
    prior = [S(12, 16, "97530", 2, "GO"), S(12, 16, "97535", 1, "GO")]
    for s in prior:
        medicare(s, PlanState(ded_left=ZERO))
    rev = [negate(s) for s in prior]
    corr = [S(12, 16, "97530", 3, "GO"), S(12, 16, "97535", 1, "GO")]
    for s in corr:
        medicare(s, PlanState(ded_left=ZERO))
    claims.insert(3, (1, "0225350772101", "22", rev))
    claims.insert(4, (1, "0226026002988", "1", corr))
    for bi, icn, stc, svcs in claims:
        if stc == "1" and svcs is not corr:
            for s in svcs:
                medicare(s, st[bi])
    totals = {k: ZERO for k in ("billed", "allowed", "deductible", "coinsurance", "paid")}
    for bi, icn, stc, svcs in claims:
        name, mid, acct = bens[bi]
        d.need(LD * 5)
        put("")
        put(f"NAME {name:<21} MID {mid}  ACNT {acct:<10} ICN {icn}  ASG Y MOA MA01"
            + ("  CLAIM STATUS 22" if stc == "22" else ""), True)
        for s in svcs:
            neg = "trail"
            ds = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            adjs = s.adjs or []
            first = f"{adjs[0][0]}-{adjs[0][1]:<4}{money(adjs[0][2], '', neg):>9}" if adjs else " " * 16
            units = -s.units if stc == "22" else s.units
            ustr = f"{abs(units):>3}" + ("-" if units < 0 else " ")
            pg = put(f"1588302147  {ds}  11 {ustr} {s.code} {' '.join(s.mods):<8} {money(s.billed, '', neg):>9} "
                     f"{money(s.allowed, '', neg):>9} {money(s.deductible, '', neg):>8} {money(s.coinsurance, '', neg):>8}"
                     f"  {first} {money(s.paid, '', neg):>9}")
            for g, c, a in adjs[1:]:
                put(f"{'':>87}{g}-{c:<4}{money(a, '', neg):>9}")
            s_units = s
            o.add(pg, s_units, {"date": ds, "code": s.code, "extra": max(0, len(adjs) - 1)}, claim_id=acct,
                  payer_claim_id=icn, patient=name, service_end=s.dos,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                  overrides={"units": format(units.normalize(), "f")} if stc == "22" else None)
        tt = {k: total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        for k in totals:
            totals[k] += tt[k]
        put(f"PT RESP {money(tt['owes'], '', 'trail'):>9}{'':>9}CLAIM TOTALS {money(tt['billed'], '', 'trail'):>12} "
            f"{money(tt['allowed'], '', 'trail'):>9} {money(tt['deductible'], '', 'trail'):>8} "
            f"{money(tt['coinsurance'], '', 'trail'):>8}{'':>19}{money(tt['paid'], '', 'trail'):>9}")
        put(f"{'':>40}NET {money(tt['paid'], '', 'trail'):>9}")
        o.claim(acct, icn, name, tt["billed"], tt["allowed"], tt["paid"], tt["owes"])
    put("")
    put(f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {money(totals['billed'], '')}   ALLOWED AMT "
        f"{money(totals['allowed'], '')}   DEDUCT AMT {money(totals['deductible'], '')}", True)
    put(f"         COINS AMT {money(totals['coinsurance'], '')}   PROV PD AMT {money(totals['paid'], '')}   "
        f"CHECK AMT {money(totals['paid'], '')}", True)
    put("")
    legend = [("CO-45", "CHARGE EXCEEDS FEE SCHEDULE / MAXIMUM ALLOWABLE"), ("PR-1", "DEDUCTIBLE AMOUNT"),
              ("PR-2", "COINSURANCE AMOUNT"), ("CO-253", "SEQUESTRATION - REDUCTION IN FEDERAL PAYMENT"),
              ("CO-50", "NOT PAYABLE AS BILLED - MEDICAL NEED NOT SHOWN; PROVIDER LIABLE"),
              ("PR-50", "NOT PAYABLE AS BILLED - MEDICAL NEED NOT SHOWN; BENEFICIARY NOTIFIED IN ADVANCE")]
    put("GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", True)
    for c, t in legend:
        put(f"{c:<8}{t}")
    return dict(name="h37_p1_pm_standard_paper_remit", producer="fpdf2", doc=d, out=o, legend=legend,
                desc="Medicare Part B standard paper remit reprinted by practice-management software, fixed-width; "
                     "extra adjustments on following lines, a reversal (status 22) and its correction",
                findings=[], adj=True)


# ================================= p2 clearinghouse printable remittance of a Medicare Part B payment (reportlab)
@layout
def p2():
    W, H = LAND

    def header(d):
        d.text(30, 32, "ClaimBridge Exchange", 13, True)
        d.text(30, 43, "Remittance Advice Report  |  835 Health Care Claim Payment/Advice  |  Provider copy", 7.5)
        d.text(W - 30, 32, "Payer: MEDICARE PART B - GREAT LAKES JURISDICTION (CENTRAL PLAINS MAC)", 7.5, True, "R")
        d.text(W - 30, 43, "Payee: Willowmere Therapy Partners, Inc.   NPI 1730996248   TIN ***-**-4471", 7.5, False, "R")
        d.line(30, 48, W - 30, 48, 1.0)
        d.y = 58

    def footer(d, i, n):
        d.text(30, H - 20, "Report run 02/11/2026 06:02 CT  |  Batch 26042-0188  |  For questions about payment amounts "
               "contact the payer; for report problems contact ClaimBridge support.", 6.3)
        d.text(W - 30, H - 20, f"{i} / {n}", 7, True, "R")

    d = Doc(W, H, "dvsans", 58, 32, header, footer)
    o = Out()
    pats = [("ABERNATHY, CLEMENTINE", "WTP260104A", "1EG4TE5MK73"), ("OYELOWO, DESMOND", "WTP260107C", "8JR2NU6PX15"),
            ("SZCZEPANSKI, HEDDA", "WTP260111B", "2AD9CV3KT48"), ("MARLOWE, AUGUSTINE", "WTP260114D", "6HN3RL8QW90")]
    stp = {i: PlanState(ded_left=Decimal(x)) for i, x in enumerate(("0", "40", "0", "0"))}
    claims = [
        (0, "22026037441100", "Processed as primary", [S(1, 5, "97165", 1, "GO"), S(1, 5, "97530", 2, "GO"),
                                                       S(1, 12, "97530", 3, "GO KX"), S(1, 12, "97535", 1, "GO")]),
        (1, "22026037441215", "Processed as primary, forwarded to supplemental",
         [S(1, 6, "97161", 1, "GP"), S(1, 6, "97110", 2, "GP"), S(1, 13, "97110", 2, "GP CQ"),
          S(1, 13, "97116", 1, "GP CQ"), S(1, 13, "97035", 1, "GP")]),
        (2, "22026037441309", "Processed as primary", [S(1, 8, "92523", 1, "GN"), S(1, 15, "92507", 1, "GN"),
                                                       S(1, 22, "92507", 1, "GN"), S(1, 22, "92526", 1, "GN")]),
        (3, "22026037441422", "Processed as primary", [S(1, 9, "97140", 2, "GP 59"), S(1, 9, "97110", 2, "GP"),
                                                       S(1, 9, "0552T", 1, "GP", denied="PR")]),
        (0, "22026037441587", "Processed as primary", [S(1, 19, "97530", 3, "GO KX"), S(1, 19, "97533", 1, "GO"),
                                                       S(1, 26, "97530", 2, "GO KX"), S(1, 26, "97760", 1, "GO")]),
        (1, "22026037441690", "Processed as primary", [S(1, 20, "97110", 3, "GP KX"), S(1, 20, "97112", 1, "GP"),
                                                       S(1, 27, "97110", 2, "GP"), S(1, 27, "G0283", 1, "GP")]),
    ]
    for pi, icn, stt, svcs in claims:
        for s in svcs:
            medicare(s, stp[pi], deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
            elif "KX" in s.mods:
                s.remarks = ["N640"]
    paid_all = sum((total(sv, "paid") for *_, sv in claims), ZERO)
    d.rect(30, 58, W - 60, 30, fill=0.93, stroke=False)
    for i, (k, v) in enumerate((("Payment method", "ACH"), ("Trace / EFT #", "1T09004461288"),
                                ("Payment date", "02/10/2026"), ("Payment amount", md(paid_all)),
                                ("Claims in payment", str(len(claims))))):
        d.text(38 + 148 * i, 70, k, 6.4, gray=0.35)
        d.text(38 + 148 * i, 82, v, 8, True)
    cols = [("Line", 24, "C"), ("Svc date", 50, "L"), ("Proc : Mods", 78, "L"), ("Units", 30, "R"),
            ("Charge", 52, "R"), ("Allowed", 52, "R"), ("Deductible", 50, "R"), ("Coinsurance", 54, "R"),
            ("Adjustment 1", 74, "L"), ("Adjustment 2", 66, "L"), ("Adjustment 3", 66, "L"), ("Adjustment 4", 60, "L"),
            ("Paid", 52, "R"), ("RARC", 40, "C")]
    d.y = 100
    grand = ZERO
    for pi, icn, stt, svcs in claims:
        name, ctrl, mbi = pats[pi]
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        grand += tp

        def band(cont=False, name=name, ctrl=ctrl, mbi=mbi, icn=icn, stt=stt, tb=tb, tp=tp, to=to):
            d.rect(30, d.y, W - 60, 26, fill=0.82, stroke=False)
            d.text(36, d.y + 10, f"Patient: {name}" + ("   (claim continued)" if cont else ""), 7.8, True)
            d.text(300, d.y + 10, f"Patient ctrl #: {ctrl}", 7.4)
            d.text(460, d.y + 10, f"Payer claim #: {icn}", 7.4)
            d.text(36, d.y + 21, f"Member ID: {mbi}    Status: {stt}", 7)
            d.text(W - 36, d.y + 21, f"Charge {md(tb)}    Paid {md(tp)}    Patient resp {md(to)}", 7, True, "R")
            d.y += 28
        d.need(70)
        band()
        t = Table(d, 30, cols, 6.9, 6.5, hfill=0.95, rules=True, on_break=lambda b=band: b(True), pad=4)
        t.head()
        for n, s in enumerate(svcs, 1):
            ds = s.dos.strftime("%m-%d-%Y")
            pm = ":".join((s.code,) + s.mods)
            adj = [f"{g}-{c}  {money(a, ',')}" for g, c, a in s.adjs] + ["", "", "", ""]
            pg, ex = t.row([str(n), ds, pm, f"{s.units:.1f}", money(s.billed, ","), money(s.allowed, ","),
                            money(s.deductible, ","), money(s.coinsurance, ","), adj[0], adj[1], adj[2], adj[3],
                            money(s.paid, ","), " ".join(s.remarks)])
            o.add(pg, s, {"date": ds, "code": s.code}, claim_id=ctrl, payer_claim_id=icn, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks)
        t.row(["", "Claim totals", "", "", money(tb, ","), money(ta, ","), money(total(svcs, "deductible"), ","),
               money(total(svcs, "coinsurance"), ","), "", "", "", "", money(tp, ","), ""], bold=True)
        o.claim(ctrl, icn, name, tb, ta, tp, to)
        d.y += 10
    d.need(90)
    d.text(30, d.y + 4, f"Payment total: {md(grand)}   Provider-level adjustments: none", 8.5, True)
    d.y += 18
    legend = [("CO-45", "Contracted / fee schedule reduction"), ("PR-1", "Patient deductible"),
              ("PR-2", "Patient coinsurance"), ("CO-253", "Federal payment reduction (sequestration)"),
              ("PR-96", "Service not covered by the plan"),
              ("N640", "Therapy threshold exceeded; medical-necessity modifier on file"),
              ("N425", "Statutorily excluded item or service")]
    d.text(30, d.y, "Code key (summarised by ClaimBridge)", 8, True)
    for i, (c, txt) in enumerate(legend):
        x = 30 + (i % 2) * 360
        if i % 2 == 0:
            d.y += 10
        d.text(x, d.y, c, 7, True)
        d.text(x + 44, d.y, txt, 7)
    return dict(name="h37_p2_clearinghouse_remit_report", producer="reportlab", doc=d, out=o, legend=legend,
                desc="clearinghouse printable remittance report of a Medicare Part B payment, landscape; shaded "
                     "claim bands, up to four adjustment columns per line, RARCs", findings=[], adj=True)


# ====================================================== s1 pediatric therapy clinic family statement (reportlab)
@layout
def s1():
    W, H = LETTER
    guar = "Dominic Castellanos-Reid"

    def header(d):
        d.text(40, 44, "Sprouting Steps", 16, True)
        d.text(40, 56, "Pediatric Occupational, Physical & Speech Therapy", 8)
        d.text(40, 66, "725 Larkspur Commons, Suite 3  |  Brandywine Hollow, VT 05470  |  (802) 555-0136", 7.5)
        d.text(W - 40, 44, "STATEMENT", 14, True, "R")
        d.line(40, 72, W - 40, 72, 0.8)
        d.y = 84

    def footer(d, i, n):
        d.text(40, H - 26, "Balances are due within 30 days of the statement date. Pay online at our patient "
               "portal, by phone, or by check made out to Sprouting Steps.", 6.8)
        d.text(W - 40, H - 26, f"Page {i} of {n}", 7, False, "R")

    d = Doc(W, H, "lnarrow", 84, 40, header, footer)
    o = Out()
    d.text(40, 96, "Guarantor", 7, False, gray=0.4)
    d.text(40, 108, guar.upper(), 9, True)
    d.text(40, 119, "41 Foxglove Terrace", 8.5)
    d.text(40, 130, "Brandywine Hollow, VT 05470", 8.5)
    kids = [("Ines Castellanos-Reid", "Occupational therapy", "Harborline Health", "HHL"),
            ("Mateo Castellanos-Reid", "Speech therapy", "Harborline Health", "HHL"),
            ("Sofia Castellanos-Reid", "Physical therapy", "Harborline Health", "HHL")]
    visits = {
        0: [("40218", "HH26A0117732", [S(1, 5, "97165", 1, "GO"), S(1, 5, "97530", 2, "GO")]),
            ("40266", "HH26A0119054", [S(1, 12, "97530", 3, "GO"), S(1, 12, "97533", 1, "GO")]),
            ("40301", "HH26A0121486", [S(1, 19, "97530", 2, "GO"), S(1, 19, "97535", 1, "GO"),
                                       S(1, 19, "97112", 1, "GO 59")]),
            ("40355", "HH26A0124410", [S(1, 26, "97530", 3, "GO"), S(1, 26, "97533", 1, "GO", denied="CO")])],
        1: [("40224", "HH26A0117790", [S(1, 6, "92523", 1, "GN")]),
            ("40279", "HH26A0119377", [S(1, 13, "92507", 1, "GN")]),
            ("40312", "HH26A0121902", [S(1, 20, "92507", 1, "GN"), S(1, 20, "92526", 1, "GN", denied="PR")]),
            ("40368", "HH26A0124655", [S(1, 27, "92507", 1, "GN")])],
        2: [("40240", "HH26A0118021", [S(1, 8, "97161", 1, "GP"), S(1, 8, "97110", 2, "GP")]),
            ("40327", "HH26A0122218", [S(1, 22, "97110", 2, "GP"), S(1, 22, "97116", 1, "GP"),
                                       S(1, 22, "97140", 1, "GP 59")])],
    }
    pls = {0: PlanState(ded_left=ZERO, visit_copay=Decimal("30.00")),
           1: PlanState(ded_left=ZERO, visit_copay=Decimal("30.00")),
           2: PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"))}
    allb = ZERO
    for k in visits:
        for inv, cn, svcs in visits[k]:
            for s in svcs:
                commercial(s, pls[k])
                s.ins_adj = s.discount + (s.billed if s.denied == "CO" else ZERO)
                s.pt_paid = s.copay  # copays collected at the visit
                s.bal = s.owes - s.pt_paid
                allb += s.bal
    d.rect(360, 88, W - 400, 56, fill=0.9, stroke=False)
    for i, (k, v) in enumerate((("Statement date", "02/14/2026"), ("Account number", "G-0088137"),
                                ("Amount due", md(allb)), ("Please pay by", "03/16/2026"))):
        d.text(368, 100 + 12 * i, k, 7.6, i == 2)
        d.text(W - 48, 100 + 12 * i, v, 7.6, i == 2, "R")
    d.y = 160
    d.para(40, "Below is the activity on your family's account for services in January 2026. Each visit shows the "
           "claim we sent to your insurance, what your insurance paid and adjusted, and any amount left for you. "
           "Copays collected at check-in are shown as patient paid.", W - 80, 7.8)
    d.y += 8
    cols = [("Date", 46, "L"), ("Service", 150, "L"), ("CPT-Mod", 58, "L"), ("Units", 28, "R"),
            ("Charge", 50, "R"), ("Ins. Paid", 50, "R"), ("Ins. Adj.", 50, "R"), ("Pt. Paid", 46, "R"),
            ("Your Balance", 54, "R")]
    for k, (pat, disc, ins, _) in enumerate(kids):
        d.need(80)
        d.y += 6
        d.rect(40, d.y, W - 80, 16, fill=0.78, stroke=False)
        d.text(46, d.y + 11.5, f"Patient: {pat}", 8.5, True)
        d.text(W - 46, d.y + 11.5, f"{disc}  |  Primary insurance: {ins}", 7.5, False, "R")
        d.y += 18
        t = Table(d, 40, cols, 7.4, 7.2, hfill=None, rules=False)
        t.head()
        sub = ZERO
        for inv, cn, svcs in visits[k]:
            d.need(40)
            d.y += 10
            d.text(44, d.y, f"Visit {svcs[0].dos:%m/%d/%Y}  -  Invoice #{inv}  -  Insurance claim {cn}, processed "
                   f"02/0{len(svcs) + 2}/2026", 7.2, True, gray=0.25)
            d.y += 2
            for s in svcs:
                ds = s.dos.strftime("%m/%d/%Y")
                cm = "-".join((s.code,) + s.mods)
                pg, ex = t.row([ds, s.desc, cm, str(s.units), md(s.billed), md(s.paid), md(s.ins_adj),
                                md(s.pt_paid), md(s.bal)], wrapcols=(1,))
                o.add(pg, s, {"date": ds, "code": cm}, claim_id=inv, payer_claim_id=cn, patient=pat,
                      printed=("billed", "paid", "discount", "patient_owes"),
                      overrides={"discount": str(q(s.ins_adj)), "patient_owes": str(q(s.bal))})
            vb, vp, vo = total(svcs, "billed"), total(svcs, "paid"), sum((s.bal for s in svcs), ZERO)
            t.row(["", "Visit total", "", "", md(vb), md(vp), md(sum((s.ins_adj for s in svcs), ZERO)),
                   md(total(svcs, "pt_paid")), md(vo)], bold=True)
            d.line(40, d.y, W - 40, d.y, 0.3)
            o.claim(inv, cn, pat, vb, None, vp, vo)
            sub += vo
        d.y += 12
        d.text(W - 44, d.y, f"Balance for {pat.split()[0]}: {md(sub)}", 8, True, "R")
        d.y += 4
    d.need(100)
    d.y += 16
    d.text(40, d.y, "Messages", 9, True)
    d.y += 2
    d.para(40, "The 01/20/2026 feeding session for Mateo was not covered by Harborline Health under your plan; the "
           "full charge is your responsibility. The 01/26/2026 sensory integration session for Ines was bundled by "
           "your insurer and written off; you do not owe it.", W - 80, 7.8)
    d.y += 6
    d.para(40, "Questions about this statement? Call our billing office at (802) 555-0137, Monday to Thursday, "
           "8:30 to 4:30. Payment plans are available.", W - 80, 7.8)
    return dict(name="h37_s1_therapy_family_statement", producer="reportlab", doc=d, out=o, legend=[],
                desc="pediatric therapy clinic family statement to a guarantor; three children, visit heading rows "
                     "with invoice and insurance claim numbers, charge / ins paid / ins adj / pt paid / balance",
                findings=[], adj=False)


# ==================================================== s2 hospital itemized statement to a guarantor (fpdf2)
@layout
def s2():
    W, H = LETTER
    guar = "Philippa Moorcroft-Adeyemi"

    def header(d):
        d.rect(36, 30, W - 72, 40, fill=None, lw=1.0)
        d.text(46, 48, "St. Brendan's Regional Medical Center", 12, True)
        d.text(46, 61, "Patient Financial Services  -  1900 Quayside Blvd, Port Alderney, WA 98371", 7.5)
        d.text(W - 46, 48, "ITEMIZED STATEMENT", 11, True, "R")
        d.text(W - 46, 61, "Statement date 02/16/2026", 7.5, False, "R")
        d.y = 84

    def footer(d, i, n):
        d.text(36, H - 24, "Financial assistance is available for those who qualify. Ask for a plain-language "
               "summary or call (360) 555-0184.", 6.6)
        d.text(W - 36, H - 24, f"Page {i} of {n}", 7, False, "R")

    d = Doc(W, H, "dvserif", 84, 40, header, footer)
    o = Out()
    d.text(36, 96, "Guarantor: " + guar.upper(), 8.5, True)
    d.text(36, 108, "5512 Kittiwake Ridge Rd, Port Alderney, WA 98372", 8)
    d.text(36, 120, "Guarantor number 30017745", 8)
    accts = [
        ("Philippa Moorcroft-Adeyemi", "Self", "H00913325870", "Cascadia Employees Health Plan", "CEH-26-0194418",
         "Outpatient rehabilitation - Hand therapy", "01/07/2026 - 01/28/2026",
         [S(1, 7, "97165", 1, "GO"), S(1, 7, "97760", 1, "GO"), S(1, 7, "L3807", 1, "RT"),
          S(1, 14, "97140", 2, "GO"), S(1, 14, "97110", 2, "GO"), S(1, 14, "97018", 1, "GO"),
          S(1, 21, "97140", 2, "GO"), S(1, 21, "97110", 1, "GO"), S(1, 21, "97035", 1, "GO"),
          S(1, 28, "97140", 1, "GO"), S(1, 28, "97110", 2, "GO"), S(1, 28, "97168", 1, "GO")]),
        ("Rowan Moorcroft-Adeyemi", "Son", "H00913327730", "Cascadia Employees Health Plan", "CEH-26-0209983",
         "Hospital outpatient clinic visit", "01/22/2026",
         [S(1, 22, "99214", 1), S(1, 22, "97760", 1, "GO")]),
        ("Rowan Moorcroft-Adeyemi", "Son", "H00913326114", "Cascadia Employees Health Plan", "CEH-26-0201157",
         "Outpatient rehabilitation - Pediatric PT/OT", "01/09/2026 - 01/30/2026",
         [S(1, 9, "97162", 1, "GP"), S(1, 9, "97110", 2, "GP"), S(1, 9, "97116", 1, "GP"),
          S(1, 12, "97110", 2, "GP"), S(1, 12, "97530", 1, "GP"), S(1, 12, "97112", 1, "GP"),
          S(1, 16, "97110", 2, "GP"), S(1, 16, "97112", 1, "GP"), S(1, 16, "97530", 1, "GP"),
          S(1, 23, "97110", 2, "GP"), S(1, 23, "97116", 1, "GP"), S(1, 23, "97530", 2, "GP 59"),
          S(1, 30, "97110", 2, "GP"), S(1, 30, "97112", 1, "GP"), S(1, 30, "97530", 2, "GP 59"),
          S(1, 30, "A4466", 1, "")]),
    ]
    rev = {"97165": "0434", "97760": "0434", "L3807": "0274", "97140": "0434", "97110": "0424", "97018": "0434",
           "97035": "0424", "97168": "0434", "97162": "0424", "97116": "0424", "97112": "0424", "97530": "0434",
           "A4466": "0270", "99214": "0510"}
    for *_, svcs in accts:
        for s in svcs:
            if s.code in ("97530",) and "GP" in s.mods:
                rev[s.code] = "0424"
    pl = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    due = ZERO
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, pl)
        due += total(svcs, "owes")
    d.rect(360, 88, W - 396, 44, fill=0.92, stroke=False)
    d.text(368, 102, "Total amount you owe", 8, True)
    d.text(W - 44, 102, md(due), 10, True, "R")
    d.text(368, 116, "Due date", 7.6)
    d.text(W - 44, 116, "03/18/2026", 7.6, False, "R")
    d.text(368, 127, "Accounts on this statement", 7.6)
    d.text(W - 44, 127, str(len(accts)), 7.6, False, "R")
    d.y = 150
    cols = [("Date", 50, "L"), ("Rev", 30, "L"), ("CPT/HCPCS", 50, "L"), ("Mod", 30, "L"), ("Description", 210, "L"),
            ("Qty", 30, "R"), ("Amount", 70, "R")]
    for pat, relation, acct, ins, cn, kind, period, svcs in accts:
        def box(cont=False, pat=pat, relation=relation, acct=acct, ins=ins, cn=cn, kind=kind, period=period):
            d.rect(36, d.y, W - 72, 34, fill=0.95, lw=0.6)
            d.text(42, d.y + 11, f"Patient: {pat} ({relation})" + ("  - continued" if cont else ""), 8.4, True)
            d.text(W - 42, d.y + 11, f"Hospital account {acct}", 8, True, "R")
            d.text(42, d.y + 22, f"{kind}   Dates of service {period}", 7.2)
            d.text(42, d.y + 31, f"Primary insurance {ins}   Insurance claim no. {cn}", 7.2)
            d.y += 38
        d.need(75)
        box()
        t = Table(d, 36, cols, 7.2, 7.0, hfill=None, rules=False, on_break=lambda b=box: b(True))
        t.head()
        for s in svcs:
            ds = s.dos.strftime("%m/%d/%y")
            pg, ex = t.row([ds, rev[s.code], s.code, " ".join(s.mods), s.desc.upper(), str(s.units), m2s(s.billed)],
                           wrapcols=(4,))
            o.add(pg, s, {"date": ds, "code": s.code}, claim_id=acct, payer_claim_id=cn, patient=pat,
                  printed=("billed",))
        tb = total(svcs, "billed")
        tp, tadj, tow = total(svcs, "paid"), total(svcs, "discount") + total(svcs, "not_covered"), total(svcs, "owes")
        t.row(["", "", "", "", "TOTAL CHARGES", "", m2s(tb)], bold=True)
        t.row(["02/06/26", "", "", "", f"PAYMENT - {ins.upper()}", "", m2s(-tp)])
        t.row(["02/06/26", "", "", "", "CONTRACTUAL ADJUSTMENT - PLAN AGREEMENT", "", m2s(-tadj)])
        t.row(["", "", "", "", "ACCOUNT BALANCE - PATIENT RESPONSIBILITY", "", m2s(tow)], bold=True)
        d.line(36, d.y, W - 36, d.y, 0.8)
        d.y += 14
        o.claim(acct, cn, pat, tb, None, None, None)
    d.need(60)
    d.y += 6
    d.para(36, "Revenue codes: 0270 medical supplies; 0274 orthotic devices; 0424 physical therapy evaluation or "
           "treatment; 0434 occupational therapy evaluation or treatment; 0510 clinic visit.", W - 72, 7.4)
    d.para(36, "Your insurance has processed every account above. The balance shown is your deductible and "
           "coinsurance under your plan.", W - 72, 7.4)
    return dict(name="h37_s2_hospital_itemized_statement", producer="fpdf2", doc=d, out=o, legend=[],
                desc="hospital outpatient itemized statement to a guarantor; boxed account heads with hospital "
                     "account and insurance claim numbers, revenue codes, charges only per line, payment and "
                     "adjustment rows, an account continued on the next page", findings=[], adj=False)


def m2s(x):
    return money(x, ",", "trail")


# ============================================================================================== main
def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout37_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nl = npg = 0
    for fn in LAYOUTS:
        r = fn()
        d = r["doc"]
        d.finish()
        path = out / (r["name"] + ".pdf")
        title = r["name"]
        if r["producer"] == "reportlab":
            render_reportlab(d, path, title)
        else:
            render_fpdf(d, path, title, FIXED_WHEN)
        o = r["out"]
        write_truth(path, r["name"], r["producer"], len(d.pages), r["desc"], o.lines, o.claims, r["legend"],
                    r["findings"])
        nl += len(o.lines)
        npg += len(d.pages)
        msg = f"{path.name}: {r['producer']}, {len(d.pages)} pages, {len(o.lines)} lines, {len(o.claims)} claims"
        if check:
            errs = check_file(path, o.meta, r["adj"])
            cont = {}
            for c in o.claims:
                pgs = {ln["page"] for ln in o.lines if ln["payer_claim_id"] == c["payer_claim_id"]
                       and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]}
                if len(pgs) > 1:
                    cont[c["payer_claim_id"] or c["claim_id"]] = sorted(pgs)
            msg += f", claims across pages: {cont or 'none'}"
            if errs:
                bad += 1
                msg += "\n   " + "\n   ".join(errs[:25])
            else:
                msg += "  OK"
        print(msg)
    print(f"{len(LAYOUTS)} files, {nl} lines, {npg} pages -> {out}")
    if check:
        print("CHECK", "FAILED" if bad else "PASSED")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
