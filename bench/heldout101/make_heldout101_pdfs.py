"""Write the set-101 held-out PDF EOB layouts (with truth files): ten invented documents, two of each of the five
commonest real kinds, for a one-time honest measurement of the PDF reader by someone else.

Run:  python bench/heldout101/make_heldout101_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout101/make_heldout101_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py), printed values only, null for what a layout does not print (units null when the page
prints no quantity); claim_id = the provider's own account / patient-control / invoice / visit number,
payer_claim_id = the payer's claim number / ICN / reference, patient exactly as printed (the person served).
Adjustments only where the page prints group + reason (+ amount); remarks = remark / state EOB codes printed in
the line's own remark column (plain-language note letters are not recorded). Every name, number, payer,
provider and ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Helper module: h101kit.py (drawing over both producers + the self-check).

Layouts:
  a1  commercial member EOB, portrait Helvetica: "Provider charges / Member rate reduction / Plan allowance /
      Deductible / Copay / Coinsurance / Not covered / Plan paid / Your responsibility", code-mod "97530-GO" with
      description on a second line, no units, 3 family members, one claim continues on page 2 under a repeated
      header and "(continued)" claim line, a denied line with a numbered plan note, claim totals, rights
      footer box (reportlab)
  a2  commercial "Benefit Statement", landscape DejaVu Sans Condensed, boxed claim panels with a left sidebar
      (deductible/out-of-pocket meters), "Qty", "Price reduction / Covered amount / Plan's share / Your share",
      copay+coinsurance merged column, mods in own column "GO 59", 3 family members (fpdf2)
  a3  Medicare Summary Notice Part B, Liberation Serif portrait: page 1 summary, claims pages with "Service
      Provided & Billing Code" as "Therapeutic activities, 3 units (97530-GO)", "Service Approved? / Amount
      Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See
      Notes", a non-approved line, 3 pages (reportlab)
  a4  Medicare Advantage member EOB, Liberation Sans Narrow portrait: monthly "claims in detail" tables with
      "Provider's charge / Plan's approved amount / Plan paid / You owe", code in parentheses, "Jan 5" style
      dates with year in claim heading, claim continues onto page 2 without repeated header (fpdf2)
  a5  state Medicaid remittance advice, Courier landscape: PAID / DENIED sections, recipient rows "RECIP NAME /
      RECIP ID / ICN / PAT ACCT", line rows with "MMDDYY" dates, units "4.00", 4-digit state EOB codes, claim
      spanning a page break with header repeated, provider payment summary (reportlab)
  a6  state Medicaid remittance statement, DejaVu Sans Mono portrait: "ADJUSTMENTS" section with a reversal
      (trailing minus) and its replacement, "DENIED", dates "01/05/26", mods "GN" (fpdf2)
  a7  Medicare-style standard paper remit printed by a clearinghouse, Liberation Mono landscape: "PERF PROV /
      SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD", extra
      adjustments on following rows, "REM" codes, CO-253, claim across a page break with header repeated (reportlab)
  a8  practice-management "Remittance Detail" print, Liberation Sans landscape ruled grid, patient + acct + payer
      ICN on each row, packed adjustment cell "CO45 58.15 / PR2 23.70", reversal in parentheses and correction
      (fpdf2)
  a9  pediatric therapy clinic family statement, DejaVu Sans portrait with right sidebar "Amount Due": visits by
      child with visit numbers and insurer claim numbers, "Charges / Insurance Paid / Adjustments / Balance",
      units, 3 children, the table continues onto page 2 under a repeated header (reportlab)
  a10 hospital outpatient family statement, Liberation Serif portrait, two-column header: per-account sections
      for two family members, "Rev Cd / HCPCS / Qty / Charges", insurance payments and adjustments as account-level
      rows (lines carry billed only), wrapped long descriptions, three accounts, the last continuing onto
      page 2, planted account-total mismatch as expected finding (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; each truth line's code, modifiers,
units and printed amounts (in the layout's own formatting) on ONE text row of its page; ids and patients in the
document text; remarks on the line's page row; billed - adjustments = paid where all adjustments are printed;
billed - reduction = allowed where printed; claim totals = sum of lines, except planted expected findings,
which must really mismatch.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eobgen import (  # noqa: E402
    ZERO, LONG_DESC, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate,
    total, truth_line, units_str, write_truth,
)
from h101kit import Doc, Flow, check  # noqa: E402

D = date
ROWTOK: dict[str, list] = {}


def mk(rows, fn, *a, **k):
    out = []
    for r in rows:
        dos, code, units = r[0], r[1], r[2]
        mods = tuple(r[3]) if len(r) > 3 else ()
        den = r[4] if len(r) > 4 else None
        out.append(fn(Svc(dos, code, Decimal(str(units)), mods, denied=den), *a, **k))
    return out


class Sink:
    def __init__(self, name):
        self.name, self.lines, self.toks, self.claims = name, [], [], []

    def add(self, page, s, cid, pcid, pat, printed, toks, **kw):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     **kw))
        self.toks.append([t for t in toks if t])

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**tot)})

    def write(self, out, doc, layout, desc, legend=(), findings=None):
        p = out / self.name
        pages = doc.save(p)
        write_truth(p, layout, doc.producer, pages, desc, self.lines, self.claims, list(legend), findings)
        ROWTOK[self.name] = self.toks


def wrap(s, n):
    words, out, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + ([cur] if cur else [])


# ------------------------------------------------------------------------------------------------ a1
def a1(out):
    k = Sink("a1_commercial_member_eob.pdf")
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("Ava Lindqvist", "Dependent", "BPT-55120", "NG2601884712", "Bright Path Therapy Group",
         mk([(D(2026, 1, 5), "97165", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]),
             (D(2026, 1, 7), "97530", 3, ["GO"]), (D(2026, 1, 7), "97535", 1, ["GO"]),
             (D(2026, 1, 12), "97110", 2, ["GO"]), (D(2026, 1, 12), "97112", 1, ["GO", "59"]),
             (D(2026, 1, 14), "97530", 3, ["GO"]), (D(2026, 1, 14), "97140", 1, ["GO", "59"]),
             (D(2026, 1, 16), "0552T", 1, [], "PR")], commercial, st)),
        ("Theo Lindqvist", "Dependent", "BPT-55187", "NG2601884790", "Bright Path Therapy Group",
         mk([(D(2026, 1, 8), "92523", 1, ["GN"]), (D(2026, 1, 15), "92507", 1, ["GN"]),
             (D(2026, 1, 22), "92507", 1, ["GN"])], commercial, st)),
        ("Marta Lindqvist", "Subscriber", "4471-03", "NG2601902255", "Alder Creek Family Medicine",
         mk([(D(2026, 1, 9), "99213", 1, ["25"]), (D(2026, 1, 9), "97161", 1, ["GP"]),
             (D(2026, 1, 13), "97110", 2, ["GP"]), (D(2026, 1, 13), "97140", 1, ["GP"]),
             (D(2026, 1, 20), "97110", 2, ["GP"]), (D(2026, 1, 20), "97116", 1, ["GP"])], commercial, st)),
    ]
    cols = [(36, "Date(s) of\nservice", "L"), (88, "Service\ncode", "L"), (178, "Provider\ncharges", "R"),
            (228, "Member rate\nreduction", "R"), (276, "Plan\nallowance", "R"), (320, "Deductible", "R"),
            (358, "Copay", "R"), (404, "Coinsurance", "R"), (446, "Not\ncovered", "R"), (490, "Plan\npaid", "R"),
            (546, "Your\nresponsibility", "R"), (553, "Note", "L")]
    state = {"cur": None}

    def header(doc, y):
        doc.box(34, y - 9, 544, 22, fill=0.88)
        for x, h, al in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x, y + i * 8, part, 6.6, True, al)
        return y + 24

    def newp(doc, cont):
        doc.t(36, 40, "NORTHGATE HEALTH PLAN", 15, True)
        doc.t(36, 52, "PO Box 60219  Harlow Springs, OR 97390    nghp-member.example    1-800-555-0148", 7.5)
        doc.t(576, 40, "EXPLANATION OF BENEFITS", 11, True, "R")
        doc.t(576, 52, "THIS IS NOT A BILL", 9, True, "R")
        doc.t(576, 62, f"Statement date 01/31/2026   Page {doc.pageno} of {{TOTAL}}", 7.5, align="R")
        doc.hl(36, 576, 68, 1.2)
        doc.box(36, 668, 540, 74, fill=0.95)
        doc.t(44, 682, "Important information about your rights", 8.5, True)
        for i, ln in enumerate(("If you disagree with how a claim was processed, you may ask for a review within 180 days",
                                "of this statement. Send your request with a copy of this page to Appeals, PO Box 60233,",
                                "Harlow Springs, OR 97390. In-network providers may not bill you more than Your responsibility.",
                                "Language help is available at no cost: call 1-800-555-0148 (TTY 711).")):
            doc.t(44, 695 + i * 10.5, ln, 7.2)
        y = 82
        if not cont:
            doc.t(36, y, "Marta Lindqvist", 9, True)
            doc.t(36, y + 11, "2210 Fernhill Court", 8.5)
            doc.t(36, y + 22, "Larkspur Bay, OR 97455", 8.5)
            doc.box(330, y - 10, 246, 46)
            doc.t(338, y, "Subscriber: Marta Lindqvist", 8)
            doc.t(338, y + 11, "Member ID: NGH 8842 1067 00", 8)
            doc.t(338, y + 22, "Group: 0047719  Lumen Optics Cooperative", 8)
            doc.t(338, y + 32, "Plan: Choice PPO 1500", 8)
            y += 56
            doc.t(36, y, "Your plan year to date (2026)", 10, True)
            doc.box(36, y + 6, 540, 62)
            for i, (lab, v1, v2) in enumerate((("Family deductible", "$150.00 met", "of $3,000.00"),
                                               ("Family out-of-pocket maximum", "$412.66 met", "of $7,000.00"),
                                               ("Therapy visits used (OT/PT/ST combined)", "14 used", "of 40"))):
                doc.t(44, y + 20 + i * 14, lab, 8)
                doc.t(420, y + 20 + i * 14, v1, 8, align="R")
                doc.t(500, y + 20 + i * 14, v2, 8)
            y += 86
            doc.t(36, y, "Your claims this period", 11, True)
            y += 8
            doc.hl(36, 576, y)
            y += 16
        else:
            doc.t(36, y, "Claim details (continued)", 10, True)
            y += 18
        return y

    doc = Doc("reportlab", "helv")
    f = Flow(doc, newp, 630)
    for pat, rel, acct, clm, prov, svcs in claims:
        f.need(52)
        y = f.y
        state["cur"] = (pat, rel, acct, clm, prov)
        doc.t(36, y, f"Claim for: {pat} ({rel})", 8.5, True)
        doc.t(300, y, f"Claim number: {clm}", 8.5, True)
        doc.t(36, y + 11, f"Provider: {prov}    Patient account: {acct}", 7.5)
        doc.t(300, y + 11, "Received 01/21/2026   Processed 01/28/2026   In network", 7.5)
        f.y = header(doc, y + 27)
        for s in svcs:
            if f.need(22):
                doc.t(36, f.y, f"Claim for: {pat} ({rel})  Claim number: {clm}  (continued)", 8, True)
                f.y = header(doc, f.y + 14)
            y = f.y
            note = "4" if s.denied else ""
            cells = [dfmt(s.dos, "mdy4"), s.code + "".join("-" + x for x in s.mods), m(s.billed), m(s.discount),
                     m(s.allowed), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.not_covered), m(s.paid),
                     m(s.owes), note]
            for (x, _, al), c in zip(cols, cells):
                doc.t(x, y, c, 7, False, al)
            doc.t(94, y + 8.5, s.desc, 6.2)
            doc.hl(36, 576, y + 12, 0.25)
            k.add(doc.pageno, s, acct, clm, pat, ("billed", "discount", "allowed", "deductible", "copay",
                                                  "coinsurance", "not_covered", "paid", "patient_owes"),
                  cells[:11], units=False)
            f.y += 22
        f.need(14)
        y = f.y
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        ta = total(svcs, "allowed")
        doc.t(88, y, "Claim totals", 7.2, True)
        for x, v in ((178, tb), (276, ta), (490, tp), (546, to)):
            doc.t(x, y, m(v), 7.2, True, "R")
        k.claim(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        f.y += 22
    f.need(60)
    y = f.y
    doc.t(36, y, "Notes", 9, True)
    doc.t(36, y + 11, "4  This service is not a covered benefit under your plan; the provider may bill you for it.", 7.2)
    doc.t(36, y + 21, "Questions? Call Member Services at the number above. You have 180 days to ask for an appeal.", 7.2)
    k.write(out, doc, "a1", "commercial member EOB, family, continued claim", [("4", "not a covered benefit")])


# ------------------------------------------------------------------------------------------------ a2
def a2(out):
    k = Sink("a2_commercial_benefit_statement.pdf")
    m = lambda d: money(d, ",")  # noqa: E731
    st = PlanState(ded_left=ZERO, copay_codes={"97110": Decimal("30.00"), "97530": Decimal("30.00"),
                                              "92507": Decimal("30.00")}, allowed_rate=Decimal("0.76"))
    claims = [
        ("Jonah Whitcombe", "CMB-26-0115-3301", "INV 77310", "Riverbend Hand & Upper Limb Therapy",
         mk([(D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 6), "97760", 1, ["GO"]),
             (D(2026, 1, 6), "L3807", 1, ["RT"]), (D(2026, 1, 13), "97530", 2, ["GO", "59"]),
             (D(2026, 1, 13), "97140", 2, ["GO"])], commercial, st)),
        ("Priya Whitcombe", "CMB-26-0119-0482", "INV 77356", "Riverbend Hand & Upper Limb Therapy",
         mk([(D(2026, 1, 8), "97110", 3, ["GP"]), (D(2026, 1, 8), "97112", 1, ["GP", "KX"]),
             (D(2026, 1, 20), "G0283", 1, ["GP"], "CO")], commercial, st)),
        ("Eli Whitcombe", "CMB-26-0121-7764", "INV 77402", "Tidewater Speech & Language",
         mk([(D(2026, 1, 10), "92523", 1, []), (D(2026, 1, 17), "92507", 1, ["GN"]),
             (D(2026, 1, 24), "92507", 1, ["GN"])], commercial, st)),
    ]
    for c in claims:
        for s in c[4]:
            if s.denied:
                s.discount = s.billed
    doc = Doc("fpdf2", "dejavucond", landscape=True)

    def newp(doc, cont):
        doc.box(24, 24, 150, 560, fill=0.93)
        doc.t(32, 46, "Cascade Mutual", 13, True)
        doc.t(32, 58, "Benefit Association", 10)
        doc.t(32, 84, "Member: Daniel Whitcombe", 7.5)
        doc.t(32, 95, "ID: CMB-410-229-871", 7.5)
        doc.t(32, 106, "Plan: Copay Select 30", 7.5)
        doc.t(32, 130, "Family deductible 2026", 7.5, True)
        doc.t(32, 141, "$0.00 of $0.00 (none)", 7.5)
        doc.t(32, 160, "Family out-of-pocket", 7.5, True)
        doc.t(32, 171, "$210.00 of $6,000.00 met", 7.5)
        doc.t(32, 200, "Questions: 1-888-555-0193", 7.5)
        doc.t(32, 211, "TTY 711, Mon-Fri 8-6", 7.5)
        doc.t(32, 560, f"Page {doc.pageno}", 7.5)
        doc.t(190, 46, "Benefit Statement", 16, True)
        doc.t(190, 60, "Not a bill. Keep this with your records. Issued January 30, 2026.", 8)
        return 80

    f = Flow(doc, newp, 570)
    cols = [(192, "Service date", "L"), (252, "What was done", "L"), (430, "Mods", "L"), (470, "Qty", "R"),
            (515, "Billed", "R"), (560, "Price reduction", "R"), (605, "Covered amount", "R"),
            (650, "Copay/Coins.", "R"), (700, "Plan's share", "R"), (748, "Your share", "R"), (752, "Code", "L")]
    for pat, clm, inv, prov, svcs in claims:
        h = 52 + 13 * len(svcs)
        f.need(h)
        y0 = f.y
        doc.box(188, y0, 588, h - 6)
        doc.t(192, y0 + 12, f"Patient: {pat}", 8.5, True)
        doc.t(380, y0 + 12, f"Claim ID {clm}", 8.5, True)
        doc.t(560, y0 + 12, f"Provider ref: {inv}", 8)
        doc.t(192, y0 + 22, f"{prov}  -  In network  -  Paid to provider", 7)
        y = y0 + 34
        for x, hd, al in cols:
            doc.t(x, y, hd, 6.3, True, al)
        doc.hl(188, 776, y + 3, 0.4)
        y += 13
        for s in svcs:
            cc = s.copay + s.coinsurance
            code = "X2" if s.denied else ""
            cells = [dfmt(s.dos, "mdy2"), f"{s.code} {s.desc}"[:38], " ".join(s.mods), units_str(s.units),
                     m(s.billed), m(s.discount), m(s.allowed), m(cc), m(s.paid), m(s.owes), code]
            for (x, _, al), c in zip(cols, cells):
                doc.t(x, y, c, 6.8, False, al)
            k.add(doc.pageno, s, inv, clm, pat, ("billed", "discount", "allowed", "paid", "patient_owes"),
                  [cells[0], s.code, cells[2], cells[4], cells[5], cells[6], cells[8], cells[9]])
            y += 13
        doc.hl(470, 776, y - 9, 0.4)
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        doc.t(430, y, "Totals", 6.8, True)
        doc.t(515, y, m(tb), 6.8, True, "R")
        doc.t(700, y, m(tp), 6.8, True, "R")
        doc.t(748, y, m(to), 6.8, True, "R")
        k.claim(inv, clm, pat, billed=tb, paid=tp, patient_owes=to)
        f.y = y0 + h + 4
    f.need(30)
    doc.t(192, f.y + 8, "X2  Not covered under your plan for this diagnosis; provider agreed not to bill you.", 7)
    k.write(out, doc, "a2", "commercial benefit statement, boxed claims, sidebar", [("X2", "not covered")])


# ------------------------------------------------------------------------------------------------ a3
def a3(out):
    k = Sink("a3_medicare_summary_notice.pdf")
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=Decimal("40.00"))
    pat = "HAROLD P. QUENNEVILLE"
    claims = [
        ("25-026-01-118-442", "Harborview Rehab Associates", D(2026, 1, 6),
         mk([(D(2026, 1, 6), "97163", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"])], medicare, st)),
        ("25-026-01-131-907", "Harborview Rehab Associates", D(2026, 1, 8),
         mk([(D(2026, 1, 8), "97110", 2, ["GP"]), (D(2026, 1, 8), "97112", 1, ["GP"]),
             (D(2026, 1, 8), "97140", 1, ["GP", "59"])], medicare, st)),
        ("25-026-01-160-018", "Cedar Point Occupational Therapy", D(2026, 1, 13),
         mk([(D(2026, 1, 13), "97165", 1, ["GO"]), (D(2026, 1, 13), "97530", 3, ["GO"]),
             (D(2026, 1, 13), "97535", 1, ["GO", "CO"])], medicare, st)),
        ("25-026-01-188-305", "Cedar Point Occupational Therapy", D(2026, 1, 20),
         mk([(D(2026, 1, 20), "97530", 2, ["GO", "KX"]), (D(2026, 1, 20), "0552T", 1, [], "PR")], medicare, st)),
        ("25-026-01-203-662", "Cedar Point Occupational Therapy", D(2026, 1, 27),
         mk([(D(2026, 1, 27), "97530", 3, ["GO", "KX"]), (D(2026, 1, 27), "97760", 1, ["GO"]),
             (D(2026, 1, 27), "97535", 1, ["GO"])], medicare, st)),
    ]
    doc = Doc("reportlab", "libserif")
    doc.page()
    doc.t(40, 50, "Medicare Summary Notice", 20, True)
    doc.t(40, 66, "for Part B (Medical Insurance)", 12)
    doc.t(40, 84, "The Official Summary of Your Medicare Claims (invented example)", 9)
    doc.t(40, 120, pat, 10, True)
    doc.t(40, 132, "418 WINTERGREEN LN", 10)
    doc.t(40, 144, "MAPLE HOLLOW, VT 05699", 10)
    doc.box(340, 108, 232, 70)
    doc.t(348, 122, "Notice for HAROLD P. QUENNEVILLE", 9, True)
    doc.t(348, 136, "Medicare Number  XXXXXXX8QK5", 9)
    doc.t(348, 150, "Date of This Notice  February 3, 2026", 9)
    doc.t(348, 164, "Claims Processed  January 6 - February 1, 2026", 9)
    doc.t(40, 210, "Your Deductible Status", 12, True)
    doc.t(40, 224, "You have met $40.00 of your Part B deductible for 2026 on the claims in this notice.", 9.5)
    doc.t(40, 254, "Your Claims & Costs This Period", 12, True)
    tb = sum((total(c[3], "billed") for c in claims), ZERO)
    to = sum((total(c[3], "owes") for c in claims), ZERO)
    doc.t(40, 270, "Did Medicare approve all services?  NO - see pages 2-3", 9.5)
    doc.t(40, 284, f"Total you may be billed  {m(to)}", 9.5)
    doc.t(40, 298, f"Total amount providers charged  {m(tb)}", 9.5)
    doc.t(40, 340, "Providers with claims this period", 12, True)
    doc.t(40, 356, "Jan 6 - Jan 8, 2026    Harborview Rehab Associates", 9.5)
    doc.t(40, 370, "Jan 13 - Jan 20, 2026  Cedar Point Occupational Therapy", 9.5)
    doc.t(40, 740, "Page 1 of {TOTAL}", 9)

    def newp(doc, cont):
        doc.t(40, 44, "HAROLD P. QUENNEVILLE", 9)
        doc.t(572, 44, f"Page {doc.pageno} of {{TOTAL}}", 9, align="R")
        doc.t(40, 66, "Your Claims for Part B (Medical Insurance)" + (" (continued)" if cont else ""), 13, True)
        doc.hl(40, 572, 72, 1)
        return 92

    cols = [(40, "Service Provided & Billing Code", "L"), (268, "Service\nApproved?", "C"),
            (350, "Amount\nProvider\nCharged", "R"), (420, "Medicare-\nApproved\nAmount", "R"),
            (490, "Medicare\nPaid\nProvider", "R"), (548, "Maximum\nYou May\nBe Billed", "R"), (570, "See\nNotes", "R")]
    doc.page()
    f_y = newp(doc, False)
    for clm, prov, dos, svcs in claims:
        if f_y + 60 + 22 * len(svcs) > 720:
            doc.page()
            f_y = newp(doc, True)
        y = f_y
        doc.t(40, y, f"{dfmt(dos, 'mon')}", 10, True)
        doc.t(40, y + 12, f"{prov}, 900 Harbor Rd, Suite 4, Maple Hollow, VT 05699", 8.5)
        doc.t(40, y + 23, f"Claim number {clm}", 8.5)
        doc.t(300, y + 23, "Assigned: Yes", 8.5)
        y += 34
        doc.box(38, y - 8, 536, 30, fill=0.9)
        for x, h, al in cols:
            for i, p in enumerate(h.split("\n")):
                doc.t(x, y + i * 8.5, p, 7.3, True, al)
        y += 34
        for s in svcs:
            u = units_str(s.units)
            word = "unit" if u == "1" else "units"
            codetxt = s.code + "".join("-" + x for x in s.mods)
            first = f"{s.desc}, {u} {word} ({codetxt})"
            lines = wrap(first, 46)
            ok = "No" if s.denied else "Yes"
            note = "C" if s.denied else ("A" if s.deductible else "B")
            cells = [m(s.billed), m(s.allowed), m(s.paid), m(s.owes)]
            for i, ln in enumerate(lines):
                doc.t(40, y + i * 10, ln, 8.5)
            # amounts on the row that carries the code
            cy = y + (len(lines) - 1) * 10
            doc.t(268, cy, ok, 8.5, align="C")
            for (x, _, al), c in zip(cols[2:6], cells):
                doc.t(x, cy, c, 8.5, align=al)
            doc.t(566, cy, note, 8.5, align="R")
            doc.hl(40, 572, cy + 4, 0.3)
            k.add(doc.pageno, s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                  [codetxt + ")", f"{u} {word}" if len(lines) == 1 else "", *cells])
            y = cy + 16
        tb2, ta2, tp2, to2 = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.t(40, y, "Total for this claim", 8.5, True)
        for (x, _, al), v in zip(cols[2:6], (tb2, ta2, tp2, to2)):
            doc.t(x, y, m(v), 8.5, True, al)
        k.claim(None, clm, pat, billed=tb2, allowed=ta2, paid=tp2, patient_owes=to2)
        f_y = y + 26
    if f_y > 640:
        doc.page()
        f_y = newp(doc, True)
    doc.t(40, f_y + 10, "Notes for Claims Above", 10, True)
    doc.t(40, f_y + 23, "A  This approved amount went toward your yearly Part B deductible.", 8.5)
    doc.t(40, f_y + 34, "B  Medicare paid 80% of the approved amount after a 2% federal payment reduction.", 8.5)
    doc.t(40, f_y + 45, "C  Medicare does not pay for this item; you may be billed because you signed a notice.", 8.5)
    k.write(out, doc, "a3", "Medicare Summary Notice Part B, 3 pages", [("A", "deductible"), ("B", "80%"),
                                                                       ("C", "not paid")])


# ------------------------------------------------------------------------------------------------ a4
def a4(out):
    k = Sink("a4_medicare_advantage_eob.pdf")
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=ZERO, copay_codes={c: Decimal("20.00") for c in ("97530", "97110", "97112", "97140",
                                                                              "97535", "92507")},
                   allowed_rate=Decimal("0.45"))
    pat = "Rosalind M. Okonkwo-Barrett"
    claims = [
        ("ESA-0126-550178", "Summit Ridge Outpatient Therapy", "SR0091442",
         mk([(D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
             (D(2026, 1, 7), "97110", 2, ["GP"]), (D(2026, 1, 7), "97112", 1, ["GP"]),
             (D(2026, 1, 9), "97140", 1, ["GP"]), (D(2026, 1, 9), "97110", 2, ["GP", "CQ"]),
             (D(2026, 1, 12), "97530", 2, ["GP"]), (D(2026, 1, 12), "97110", 1, ["GP", "CQ"]),
             (D(2026, 1, 14), "97112", 2, ["GP"]), (D(2026, 1, 14), "97140", 1, ["GP"]),
             (D(2026, 1, 16), "97110", 2, ["GP"]), (D(2026, 1, 16), "G0283", 1, ["GP"]),
             (D(2026, 1, 19), "97530", 2, ["GP"]), (D(2026, 1, 19), "97535", 1, ["GP"]),
             (D(2026, 1, 21), "97110", 2, ["GP"]), (D(2026, 1, 21), "97140", 1, ["GP"])], commercial, st)),
        ("ESA-0126-559021", "Lakeside Primary Care Partners", "LPC-2231874",
         mk([(D(2026, 1, 22), "99213", 1, [])], commercial, st)),
        ("ESA-0126-561347", "Summit Ridge Outpatient Therapy", "SR0091517",
         mk([(D(2026, 1, 26), "97110", 2, ["GP"]), (D(2026, 1, 26), "97112", 1, ["GP"]),
             (D(2026, 1, 28), "97530", 2, ["GP"])], commercial, st)),
    ]
    doc = Doc("fpdf2", "libnarrow")

    def newp(doc, cont):
        doc.t(40, 40, "EVERGREEN SENIOR ADVANTAGE (HMO)", 13, True)
        doc.t(40, 53, "Explanation of Benefits for medical services - January 2026", 9)
        doc.t(572, 40, f"{pat}", 9, True, "R")
        doc.t(572, 52, "Member number ESA 0073 5581 21", 8.5, align="R")
        doc.t(572, 63, f"Page {doc.pageno} of {{TOTAL}}", 8.5, align="R")
        doc.hl(40, 572, 70, 1.5)
        return 88

    f = Flow(doc, newp, 730)
    doc.t(40, f.y, "This notice is not a bill. It tells you what your plan paid for the care you received.", 9)
    doc.box(40, f.y + 10, 532, 150, fill=0.95)
    doc.t(50, f.y + 26, "Your plan summary for January 2026", 10, True)
    for i, (lab, v) in enumerate((("Total your providers charged", "see claims below"),
                                  ("Medical out-of-pocket spent this year", "$420.00 of $4,900.00"),
                                  ("Outpatient therapy copay per visit", "$20.00"),
                                  ("Primary care visit copay", "$20.00"),
                                  ("Prior authorization on file", "PA-26-004417 (therapy, 24 visits)"),
                                  ("Your Part D (drug) statement", "mailed separately"))):
        doc.t(50, f.y + 44 + i * 15, lab, 8.5)
        doc.t(560, f.y + 44 + i * 15, v, 8.5, align="R")
    doc.t(40, f.y + 182, "What to do: review each service. If something looks wrong, call us before paying a bill.", 8.5)
    doc.t(40, f.y + 194, "Fraud tip line 1-877-555-0199. Report services you did not receive.", 8.5)
    doc.t(40, f.y + 222, "Part B - Your medical claims in detail", 11, True)
    f.y += 244
    cols = [(40, "Date", "L"), (80, "Service you received", "L"), (340, "Provider's charge", "R"),
            (410, "Plan's approved amount", "R"), (470, "Plan paid", "R"), (530, "You owe", "R"), (540, "See", "L")]

    def hdr(y):
        for x, h, al in cols:
            doc.t(x, y, h, 7.5, True, al)
        doc.hl(40, 572, y + 3, 0.6)
        return y + 13

    for clm, prov, acct, svcs in claims:
        f.need(60)
        doc.t(40, f.y, f"{prov}  -  claim {clm}", 9, True)
        doc.t(40, f.y + 11, f"Provider's patient account {acct}   Processed 01/30/2026   Dates of service in 2026", 8)
        f.y = hdr(f.y + 25)
        for s in svcs:
            f.need(12)
            y = f.y
            cells = [f"{s.dos:%b} {s.dos.day}", f"{s.desc} ({s.code})", m(s.billed), m(s.allowed), m(s.paid),
                     m(s.owes), "1" if s.copay else ""]
            for (x, _, al), c in zip(cols, cells):
                doc.t(x, y, c, 8, False, al)
            k.add(doc.pageno, s, acct, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                  [cells[0], f"({s.code})", *cells[2:6]], units=False, modifiers=False)
            f.y += 12
        f.need(20)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.hl(300, 572, f.y - 8, 0.4)
        doc.t(80, f.y, "Claim total", 8, True)
        for (x, _, al), v in zip(cols[2:6], (tb, ta, tp, to)):
            doc.t(x, f.y, m(v), 8, True, al)
        k.claim(acct, clm, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        f.y += 26
    f.need(40)
    doc.t(40, f.y, "1  Your plan's copayment for outpatient therapy or a primary care visit.", 8)
    doc.t(40, f.y + 11, "Need help? Evergreen Senior Advantage Member Services 1-877-555-0162 (TTY 711).", 8)
    k.write(out, doc, "a4", "Medicare Advantage member EOB, claim runs to page 2", [("1", "copay")])


# ------------------------------------------------------------------------------------------------ a5
def a5(out):
    k = Sink("a5_medicaid_ra_courier.pdf")
    m = lambda d: money(d, ",")  # noqa: E731
    extra = [
        ("HOLLOWAY, REMY", "700233019", "2226020115004391", "RH20044",
         mk([(D(2026, 1, d), c, u, ["GO"]) for d in (5, 12, 19, 26) for c, u in (("97530", 3), ("97535", 1))], medicaid)),
        ("NAKASHIMA-DOYLE, PEARL", "700301552", "2226020115004409", "PN20118",
         mk([(D(2026, 1, d), c, u, ["GP"]) for d in (6, 13, 20, 27) for c, u in (("97110", 2), ("97112", 2))], medicaid)),
        ("ESTRADA, BENICIO", "700377910", "2226020115004412", "BE20170",
         mk([(D(2026, 1, d), "92507", 1, ["GN"]) for d in (7, 14, 21, 28)], medicaid)),
    ]
    paid = extra + [
        ("PELLETIER, JUNIPER", "700418825", "2226020115004417", "JP44812",
         mk([(D(2026, 1, 5), "97530", 4, ["GO"]), (D(2026, 1, 5), "97535", 2, ["GO"]),
             (D(2026, 1, 7), "97530", 4, ["GO"]), (D(2026, 1, 7), "97112", 2, ["GO"]),
             (D(2026, 1, 9), "97530", 4, ["GO"]), (D(2026, 1, 9), "97535", 2, ["GO"]),
             (D(2026, 1, 12), "97530", 4, ["GO"]), (D(2026, 1, 12), "97112", 2, ["GO"]),
             (D(2026, 1, 14), "97530", 4, ["GO"]), (D(2026, 1, 14), "97535", 2, ["GO"]),
             (D(2026, 1, 16), "97530", 4, ["GO"]), (D(2026, 1, 16), "97110", 2, ["GO"])], medicaid)),
        ("PELLETIER, CASSIUS", "700418833", "2226020115004425", "CP44890",
         mk([(D(2026, 1, 6), "92507", 1, ["GN"]), (D(2026, 1, 13), "92507", 1, ["GN"]),
             (D(2026, 1, 20), "92507", 1, ["GN"])], medicaid)),
        ("OYELARAN, TEMI", "700552190", "2226020115004433", "TO10027",
         mk([(D(2026, 1, 8), "97166", 1, ["GO"]), (D(2026, 1, 8), "97530", 2, ["GO"]),
             (D(2026, 1, 15), "97530", 3, ["GO"]), (D(2026, 1, 15), "97140", 1, ["GO", "59"])], medicaid)),
    ]
    denied = [("VANTERPOOL, AUGUSTINE", "700610377", "2226020115004441", "AV30551",
               mk([(D(2026, 1, 10), "97168", 1, ["GO"], "CO"), (D(2026, 1, 10), "97530", 2, ["GO"], "CO")],
                  medicaid))]
    doc = Doc("reportlab", "courier", landscape=True)

    def newp(doc, cont):
        doc.t(30, 30, "LAKESHORE STATE MEDICAL ASSISTANCE PROGRAM", 9, True)
        doc.t(762, 30, f"PAGE {doc.pageno:>4}", 8, align="R")
        doc.t(30, 41, "REMITTANCE ADVICE - PROFESSIONAL SERVICES", 8)
        doc.t(762, 41, "RA DATE 01/30/2026   RA NUMBER 0004471920", 8, align="R")
        doc.t(30, 52, "PROVIDER: WILLOWMERE PEDIATRIC THERAPY LLC   PROV ID 3300917745   PAYEE 3300917745", 8)
        doc.hl(30, 762, 58)
        return 72

    f = Flow(doc, newp, 570)
    cols = [(30, "LN"), (52, "FROM DOS"), (108, "TO DOS"), (164, "PROC"), (210, "MOD"), (262, "UNITS"),
            (352, "BILLED AMT"), (436, "ALLOWED AMT"), (512, "TPL AMT"), (592, "PAID AMT"), (612, "EOB CODES")]

    def hdr(y):
        for x, h in cols:
            doc.t(x, y, h, 7.5, True, "R" if h.endswith("AMT") or h == "UNITS" else "L")
        return y + 12

    def section(title, rows, den):
        f.need(40)
        doc.t(30, f.y, f"*** {title} ***", 8.5, True)
        f.y += 14
        for name, rid, icn, acct, svcs in rows:
            f.need(44)
            doc.t(30, f.y, f"RECIP NAME: {name:<24} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}", 7.5)
            f.y = hdr(f.y + 12)
            for i, s in enumerate(svcs, 1):
                if f.need(11):
                    doc.t(30, f.y, f"RECIP NAME: {name:<24} RECIP ID: {rid}   ICN: {icn}   (CONTINUED)", 7.5)
                    f.y = hdr(f.y + 12)
                eob = ("0270" if s.code == "97168" else "0152") if den else ("0012" if s.discount else "")
                cells = [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods),
                         f"{s.units:.2f}", m(s.billed), m(s.allowed), "0.00", m(s.paid), eob]
                for (x, h), c in zip(cols, cells):
                    doc.t(x, f.y, c, 7.5, False, "R" if h.endswith("AMT") or h == "UNITS" else "L")
                k.add(doc.pageno, s, acct, icn, name, ("billed", "allowed", "paid"),
                      [cells[1], s.code, cells[4], cells[5], cells[6], cells[7], cells[9], eob],
                      remarks=[eob] if eob else [])
                f.y += 11
            tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
            doc.t(164, f.y, "CLAIM TOTAL", 7.5, True)
            doc.t(352, f.y, m(tb), 7.5, True, "R")
            doc.t(436, f.y, m(ta), 7.5, True, "R")
            doc.t(592, f.y, m(tp), 7.5, True, "R")
            k.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)
            f.y += 18

    section("CLAIMS PAID", paid, False)
    section("CLAIMS DENIED", denied, True)
    f.need(80)
    doc.t(30, f.y, "EOB CODE MESSAGES", 8, True)
    doc.t(30, f.y + 11, "0012  PAYMENT LIMITED TO THE PROGRAM FEE SCHEDULE", 7.5)
    doc.t(30, f.y + 21, "0152  RECIPIENT NOT ELIGIBLE ON DATE OF SERVICE", 7.5)
    doc.t(30, f.y + 31, "0270  RE-EVALUATION NOT ALLOWED WITHIN 30 DAYS OF PRIOR EVALUATION", 7.5)
    tp = sum((total(r[4], "paid") for r in paid), ZERO)
    doc.t(30, f.y + 48, f"PAYMENT SUMMARY   CLAIMS PAID {len(paid)}   DENIED 1   NET PAYMENT {m(tp)}   EFT TRACE 91022601300", 7.5, True)
    k.write(out, doc, "a5", "state Medicaid RA, Courier landscape", [("0012", ""), ("0152", ""), ("0270", "")])


# ------------------------------------------------------------------------------------------------ a6
def a6(out):
    k = Sink("a6_medicaid_remittance_statement.pdf")
    m = lambda d: money(d, "", "trail")  # noqa: E731
    orig = mk([(D(2025, 12, 15), "92507", 1, ["GN"]), (D(2025, 12, 15), "92526", 1, ["GN"])], medicaid)
    rev = [negate(s) for s in orig]
    repl = mk([(D(2025, 12, 15), "92507", 1, ["GN"]), (D(2025, 12, 15), "92526", 1, ["GN", "59"])], medicaid)
    blocks = [
        ("PAID", "DELACROIX-HUNT, MILO", "PCM0447120", "2026-015-00881", "SLP-20931",
         mk([(D(2026, 1, 6), "92523", 1, ["GN"]), (D(2026, 1, 13), "92507", 1, ["GN"]),
             (D(2026, 1, 20), "92507", 1, ["GN"]), (D(2026, 1, 27), "92507", 1, ["GN"])], medicaid)),
        ("PAID", "DELACROIX-HUNT, SADIE", "PCM0447139", "2026-015-00882", "SLP-20944",
         mk([(D(2026, 1, 7), "97165", 1, ["GO"]), (D(2026, 1, 7), "97530", 2, ["GO"]),
             (D(2026, 1, 21), "97530", 2, ["GO"])], medicaid)),
        ("ADJUSTMENTS", "BRANNIGAN, FIONA", "PCM0390058", "2025-352-04417", "SLP-20517", rev),
        ("ADJUSTMENTS", "BRANNIGAN, FIONA", "PCM0390058", "2026-015-00883", "SLP-20517", repl),
        ("DENIED", "ASHWORTH, KEENAN", "PCM0512846", "2026-015-00884", "SLP-21002",
         mk([(D(2026, 1, 9), "92507", 1, ["GN"], "CO")], medicaid)),
    ]
    doc = Doc("fpdf2", "dejavumono")

    def newp(doc, cont):
        doc.t(36, 36, "PRAIRIE COMMONWEALTH MEDICAID", 10, True)
        doc.t(36, 48, "Remittance Statement  -  Cycle 2026-04  -  Paid 01/29/2026", 8)
        doc.t(36, 59, "Billing provider: Meadowlark Speech Clinic   NPI 1730458821   Medicaid ID 0099214", 7.5)
        doc.t(576, 36, f"Page {doc.pageno}", 8, align="R")
        doc.hl(36, 576, 65)
        return 80

    f = Flow(doc, newp, 740)
    cols = [(36, "DOS", "L"), (90, "PROC", "L"), (130, "MOD", "L"), (178, "UNT", "R"), (250, "BILLED", "R"),
            (320, "ALLOWED", "R"), (386, "PAID", "R"), (396, "EOB", "L")]
    section = None
    for sec, name, rid, icn, acct, svcs in blocks:
        f.need(60)
        if sec != section:
            section = sec
            doc.t(36, f.y, f"==== {sec} ====", 8.5, True)
            f.y += 14
        doc.t(36, f.y, f"Member: {name}   ID {rid}", 7.5, True)
        doc.t(36, f.y + 10, f"ICN {icn}   Patient Control No {acct}", 7.5)
        if svcs is rev:
            doc.t(330, f.y + 10, "Reverses claim paid 12/31/2025", 7.5)
        elif svcs is repl:
            doc.t(330, f.y + 10, "Replacement for ICN 2025-352-04417", 7.5)
        y = f.y + 24
        for x, h, al in cols:
            doc.t(x, y, h, 7.2, True, al)
        f.y = y + 11
        for s in svcs:
            eob = "E811" if s.denied else ("E302" if sec == "ADJUSTMENTS" else "")
            cells = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                     m(s.allowed), m(s.paid), eob]
            for (x, _, al), c in zip(cols, cells):
                doc.t(x, f.y, c, 7.2, False, al)
            k.add(doc.pageno, s, acct, icn, name, ("billed", "allowed", "paid"),
                  [cells[0], s.code, cells[2], cells[4], cells[5], cells[6], eob], remarks=[eob] if eob else [])
            f.y += 11
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        doc.t(90, f.y, "Claim total", 7.2, True)
        for x, v in ((250, tb), (320, ta), (386, tp)):
            doc.t(x, f.y, m(v), 7.2, True, "R")
        k.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)
        f.y += 20
    f.need(60)
    doc.t(36, f.y, "EOB legend", 8, True)
    doc.t(36, f.y + 11, "E302  Claim adjusted at provider request; see replacement.", 7.2)
    doc.t(36, f.y + 21, "E811  Service exceeds annual visit limit without prior approval.", 7.2)
    k.write(out, doc, "a6", "state Medicaid remittance statement, reversal + replacement",
            [("E302", ""), ("E811", "")])


# ------------------------------------------------------------------------------------------------ a7
def a7(out):
    k = Sink("a7_clearinghouse_spr.pdf")
    m = lambda d: money(d, "")  # noqa: E731
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ("GUTIERREZ-LOWE, BEATRIZ", "1EG4TE5MK73", "HRT-60114", "0226012345670",
         mk([(D(2026, 1, 5), "97110", 2, ["GP"]), (D(2026, 1, 5), "97140", 1, ["GP", "59"]),
             (D(2026, 1, 7), "97110", 2, ["GP"]), (D(2026, 1, 7), "97112", 1, ["GP"]),
             (D(2026, 1, 9), "97110", 2, ["GP", "KX"]), (D(2026, 1, 9), "97530", 1, ["GP"]),
             (D(2026, 1, 12), "97110", 2, ["GP", "KX"]), (D(2026, 1, 12), "97140", 1, ["GP"]),
             (D(2026, 1, 14), "97112", 2, ["GP", "KX"]), (D(2026, 1, 14), "97530", 1, ["GP"])], medicare, st)),
        ("ABERNATHY, CLIVE", "7HW2QN8RT41", "HRT-60131", "0226012345688",
         mk([(D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97535", 2, ["GO"]),
             (D(2026, 1, 8), "97530", 2, ["GO", "CO"]), (D(2026, 1, 10), "97530", 2, ["GO"]),
             (D(2026, 1, 10), "97535", 1, ["GO"]), (D(2026, 1, 13), "97530", 2, ["GO", "CO"]),
             (D(2026, 1, 13), "97110", 1, ["GO"])], medicare, PlanState())),
        ("ABERNATHY, CLIVE", "7HW2QN8RT41", "HRT-60139", "0226012345696",
         mk([(D(2026, 1, 15), "97168", 1, ["GO"], "CO")], medicare, PlanState(), deny_reason="151")),
    ]
    for c in claims:
        for s in c[4]:
            pass
        if c[2] == "HRT-60139":
            c[4][0].remarks = ["N115"]
    doc = Doc("reportlab", "libmono", landscape=True)

    def newp(doc, cont):
        doc.t(30, 28, "TRISTATE MEDICARE SERVICES - JURISDICTION 17          MEDICARE REMITTANCE NOTICE", 8.5, True)
        doc.t(30, 39, "PRINTED BY CLEARPOINT EDI  (835 VIEW)   PROVIDER #: 1457788990   CHECK/EFT #: 00418873215", 7.5)
        doc.t(30, 50, f"HERON RIDGE THERAPY INC          DATE: 01/29/2026                    PAGE #: {doc.pageno} OF {{TOTAL}}", 7.5)
        y = 66
        doc.t(30, y, "PERF PROV  SERV DATE    POS NOS PROC  MODS     BILLED  ALLOWED  DEDUCT   COINS  GRP/RC-AMT       PROV PD", 7.5, True)
        doc.hl(30, 762, y + 4)
        return y + 16

    f = Flow(doc, newp, 560)
    X = dict(perf=30, dfrom=78, dto=110, pos=150, nos=178, proc=196, mods=226, billed=316, allowed=354,
             ded=392, coins=428, grp=438, amt=525, pd=572)
    for name, hic, acnt, icn, svcs in claims:
        f.need(40)
        doc.t(30, f.y, f"NAME  {name:<26} HIC {hic}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01", 7.5)
        f.y += 12
        for s in svcs:
            n_extra = max(0, len(s.adjs) - 1) + (1 if s.remarks else 0)
            if f.need(11 * (1 + n_extra)):
                doc.t(30, f.y, f"NAME  {name:<26} HIC {hic}  ACNT {acnt}  ICN {icn}  (CONT)", 7.5)
                f.y += 12
            g, rc, a = s.adjs[0]
            cells = [(X["perf"], "1457788990", "L"), (X["dfrom"], dfmt(s.dos, "mdy6")[:4], "L"),
                     (X["dto"], dfmt(s.dos, "mdy6"), "L"), (X["pos"], "11", "L"),
                     (X["nos"], units_str(s.units), "L"), (X["proc"], s.code, "L"),
                     (X["mods"], " ".join(s.mods), "L"), (X["billed"], m(s.billed), "R"),
                     (X["allowed"], m(s.allowed), "R"), (X["ded"], m(s.deductible), "R"),
                     (X["coins"], m(s.coinsurance), "R"), (X["grp"], f"{g}-{rc}", "L"), (X["amt"], m(a), "R"),
                     (X["pd"], m(s.paid), "R")]
            for x, c, al in cells:
                doc.t(x, f.y, c, 7.5, False, al)
            k.add(doc.pageno, s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  [dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods), f"{g}-{rc}", m(s.billed), m(s.allowed), m(a),
                   m(s.paid)], adjustments=s.adjs, remarks=s.remarks)
            f.y += 11
            for g2, rc2, a2_ in s.adjs[1:]:
                doc.t(X["grp"], f.y, f"{g2}-{rc2}", 7.5)
                doc.t(X["amt"], f.y, m(a2_), 7.5, align="R")
                f.y += 11
            if s.remarks:
                doc.t(X["proc"], f.y, "REM: " + " ".join(s.remarks), 7.5)
                k.toks[-1] = k.toks[-1]  # remark sits on its own row (checked separately below)
                f.y += 11
        tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        pr = td + tc
        doc.t(30, f.y, f"PT RESP {m(pr):>9}", 7.5)
        doc.t(X["proc"], f.y, "CLAIM TOTALS", 7.5)
        for key, v in (("billed", tb), ("allowed", ta), ("ded", td), ("coins", tc), ("pd", tp)):
            doc.t(X[key], f.y, m(v), 7.5, align="R")
        doc.t(X["pd"] + 10, f.y, f"NET {m(tp)}", 7.5)
        k.claim(acnt, icn, name, billed=tb, allowed=ta, paid=tp)
        f.y += 20
    f.need(60)
    doc.t(30, f.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", 7.5, True)
    doc.t(30, f.y + 11, "CO   CONTRACTUAL OBLIGATION    PR   PATIENT RESPONSIBILITY", 7.5)
    doc.t(30, f.y + 21, "N115 SEE THE LOCAL COVERAGE POLICY FOR THIS SERVICE (OUR SHORT WORDING)", 7.5)
    doc.t(30, f.y + 31, "MA01 YOU MAY ASK FOR A REDETERMINATION WITHIN 120 DAYS (OUR SHORT WORDING)", 7.5)
    k.write(out, doc, "a7", "clearinghouse SPR-style Medicare remit", [("N115", ""), ("MA01", "")])


# ------------------------------------------------------------------------------------------------ a8
def a8(out):
    k = Sink("a8_pm_remittance_detail.pdf")
    m = lambda d: money(d, ",", "()")  # noqa: E731
    st = PlanState(ded_left=ZERO)
    first = mk([(D(2025, 12, 29), "97530", 2, ["GO"]), (D(2025, 12, 29), "97110", 1, ["GO"])], medicare, PlanState())
    rev = [negate(s) for s in first]
    corr = mk([(D(2025, 12, 29), "97530", 3, ["GO"]), (D(2025, 12, 29), "97110", 1, ["GO"])], medicare, PlanState())
    groups = [
        ("Fairweather, Lionel", "TT-118204", "9926010441801",
         mk([(D(2026, 1, 6), "97163", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"]),
             (D(2026, 1, 8), "97110", 2, ["GP"]), (D(2026, 1, 8), "97116", 1, ["GP"])], medicare, st)),
        ("Fairweather, Odette", "TT-118219", "9926010441802",
         mk([(D(2026, 1, 7), "92523", 1, ["GN"]), (D(2026, 1, 14), "92507", 1, ["GN"])], medicare, st)),
        ("Kowalczyk, Irena", "TT-117560", "9925363012201", rev),
        ("Kowalczyk, Irena", "TT-117560", "9926010441803", corr),
        ("Mbeki-Lund, Samuel", "TT-118233", "9926010441804",
         mk([(D(2026, 1, 12), "97129", 2, ["GO"]), (D(2026, 1, 12), "97150", 1, ["GO"])], medicare, st)),
    ]
    doc = Doc("fpdf2", "libsans", landscape=True)
    cols = [(28, 92, "Patient", "L"), (120, 62, "Acct #", "L"), (182, 80, "Payer ICN", "L"),
            (262, 50, "DOS", "L"), (312, 38, "CPT", "L"), (350, 40, "Mod", "L"), (390, 28, "Units", "R"),
            (418, 52, "Charge", "R"), (470, 52, "Allowed", "R"), (522, 46, "Deduct", "R"), (568, 46, "Coins", "R"),
            (614, 110, "Adj Codes", "L"), (724, 44, "Paid", "R")]

    def newp(doc, cont):
        doc.t(28, 34, "TheraTrack PM  |  Remittance Detail", 12, True)
        doc.t(28, 47, "Payer: Tristate Medicare Services (Part B)   ERA received 01/30/2026   EFT 00418901177   "
                      "Practice: Pinecrest Rehab & Speech", 7.5)
        doc.t(768, 34, f"Page {doc.pageno} of {{TOTAL}}", 8, align="R")
        y = 62
        doc.box(28, y, 740, 14, fill=0.85)
        for x, w, h, al in cols:
            doc.t(x + 2 if al == "L" else x + w - 2, y + 10, h, 7, True, al)
        return y + 14

    f = Flow(doc, newp, 560)
    for pat, acct, icn, svcs in groups:
        for s in svcs:
            y = f.y
            adjtxt = " / ".join(f"{g}{r} {m(a)}" for g, r, a in s.adjs)
            cells = [pat, acct, icn, dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units),
                     m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance), adjtxt, m(s.paid)]
            size = 6.8
            for (x, w, _, al), c in zip(cols, cells):
                doc.box(x, y, w, 13, lw=0.3)
                doc.t(x + 2 if al == "L" else x + w - 2, y + 9.5, c, size if len(c) < 34 else 5.6, False, al)
            k.add(doc.pageno, s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  [pat, cells[3], s.code, cells[5], cells[7], cells[8], cells[12]], adjustments=s.adjs)
            f.y += 13
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        y = f.y
        doc.box(28, y, 740, 12, lw=0.3, fill=0.95)
        doc.t(312, y + 9, "Claim total", 6.8, True)
        for x, w, v in ((418, 52, tb), (470, 52, ta), (724, 44, tp)):
            doc.t(x + w - 2, y + 9, m(v), 6.8, True, "R")
        k.claim(acct, icn, pat, billed=tb, allowed=ta, paid=tp)
        f.y += 12
    tp = sum((total(g[3], "paid") for g in groups), ZERO)
    doc.t(28, f.y + 18, f"Remittance total paid {m(tp)}    Claims 5    Posted by: billing@pinecrest (batch 2026-0130-02)", 8, True)
    doc.t(28, f.y + 32, "Irena Kowalczyk: prior claim reversed (payer corrected units on 12/29/2025 visit); "
                        "new claim 9926010441803 replaces it.", 7.5)
    k.write(out, doc, "a8", "PM system remittance detail grid")


# ------------------------------------------------------------------------------------------------ a9
def a9(out):
    k = Sink("a9_therapy_family_statement.pdf")
    m = lambda d: money(d, "$", "()")  # noqa: E731
    st = PlanState(ded_left=Decimal("90.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    visits = [
        ("Wren Castellano-Ibe", "V-30112", "KB60118823",
         mk([(D(2026, 1, 5), "97166", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"])], commercial, st)),
        ("Wren Castellano-Ibe", "V-30198", "KB60119410",
         mk([(D(2026, 1, 12), "97530", 3, ["GO"]), (D(2026, 1, 12), "97535", 1, ["GO"]),
             (D(2026, 1, 12), "97112", 1, ["GO"])], commercial, st)),
        ("Nico Castellano-Ibe", "V-30205", "KB60119455",
         mk([(D(2026, 1, 13), "92523", 1, ["GN"]), (D(2026, 1, 13), "92507", 1, ["GN"])], commercial, st)),
        ("Nico Castellano-Ibe", "V-30260", "KB60120031",
         mk([(D(2026, 1, 20), "92507", 1, ["GN"]), (D(2026, 1, 20), "92526", 1, ["GN"])], commercial, st)),
        ("Wren Castellano-Ibe", "V-30277", "KB60120108",
         mk([(D(2026, 1, 21), "97530", 2, ["GO"]), (D(2026, 1, 21), "97110", 2, ["GO"]),
             (D(2026, 1, 21), "97140", 1, ["GO", "59"]), (D(2026, 1, 21), "97535", 1, ["GO"])], commercial, st)),
        ("Isla Castellano-Ibe", "V-30291", "KB60120177",
         mk([(D(2026, 1, 22), "97165", 1, ["GO"]), (D(2026, 1, 22), "97530", 2, ["GO"]),
             (D(2026, 1, 22), "97760", 1, ["GO"]), (D(2026, 1, 22), "L3807", 1, ["LT"])], commercial, st)),
        ("Isla Castellano-Ibe", "V-30340", "KB60120602",
         mk([(D(2026, 1, 27), "97530", 2, ["GO"]), (D(2026, 1, 27), "97760", 1, ["GO"]),
             (D(2026, 1, 27), "97110", 1, ["GO"])], commercial, st)),
    ]
    doc = Doc("reportlab", "dejavu")
    due = sum((total(v[3], "owes") for v in visits), ZERO)

    def newp(doc, cont):
        doc.t(36, 42, "Little Oak Pediatric Therapy", 15, True)
        doc.t(36, 55, "118 Orchard Row, Suite 2  ·  Brookfield Glen, WI 53999  ·  (414) 555-0177", 7.5)
        doc.box(432, 30, 144, 120 if not cont else 40, fill=0.92)
        doc.t(440, 44, "STATEMENT", 10, True)
        doc.t(440, 56, f"Page {doc.pageno} of {{TOTAL}}", 7.5)
        if not cont:
            doc.t(440, 72, "Guarantor: Adaeze Castellano-Ibe", 7)
            doc.t(440, 84, "Family account: LOP-002714", 7)
            doc.t(440, 96, "Statement date: 02/02/2026", 7)
            doc.t(440, 114, "AMOUNT DUE", 8, True)
            doc.t(568, 114, m(due), 11, True, "R")
            doc.t(440, 128, "Please pay by 02/27/2026", 7)
            doc.t(440, 140, "Pay online: littleoak-pay.example", 7)
            doc.t(36, 82, "Adaeze Castellano-Ibe", 9)
            doc.t(36, 93, "77 Birchmont Lane", 9)
            doc.t(36, 104, "Brookfield Glen, WI 53998", 9)
            doc.box(36, 160, 540, 84)
            doc.t(44, 174, "Messages from our office", 8.5, True)
            for i, ln in enumerate(("Keystone Benefit Plans has processed the visits below. Amounts in the Balance column",
                                    "are your share after insurance. Our new Saturday hours start March 7.",
                                    "Payment plans are available - ask at the front desk or call our billing line.",
                                    "Please update your insurance card at the next visit if your plan changed in January.")):
                doc.t(44, 188 + i * 12, ln, 7.5)
            y = 266
        else:
            y = 90
        cols = [(36, "Date", "L"), (88, "Description", "L"), (262, "CPT", "L"), (322, "Units", "R"),
                (378, "Charges", "R"), (432, "Ins. Paid", "R"), (486, "Adjustment", "R"), (532, "Co-ins/Ded", "R"),
                (576, "Balance", "R")]
        doc.hl(36, 576, y - 9, 0.8)
        for x, h, al in cols:
            doc.t(x, y, h, 7.2, True, al)
        doc.hl(36, 576, y + 4, 0.8)
        return y + 16

    f = Flow(doc, newp, 712)
    for pat, vno, clm, svcs in visits:
        f.need(40)
        doc.t(36, f.y, f"{pat}  —  Visit {vno}  —  billed to Keystone Benefit Plans, claim {clm}", 7.6, True)
        f.y += 12
        for s in svcs:
            f.need(12)
            cpt = s.code + (" " + " ".join(s.mods) if s.mods else "")
            cells = [dfmt(s.dos, "mdy2"), s.desc[:32], cpt, units_str(s.units), m(s.billed), m(-s.paid),
                     m(-s.discount), m(s.deductible + s.coinsurance), m(s.owes)]
            xs = [(36, "L"), (88, "L"), (262, "L"), (322, "R"), (378, "R"), (432, "R"), (486, "R"), (532, "R"),
                  (576, "R")]
            for (x, al), c in zip(xs, cells):
                doc.t(x, f.y, c, 7.2, False, al)
            k.add(doc.pageno, s, vno, clm, pat, ("billed", "discount", "paid", "patient_owes"),
                  [cells[0], cpt, cells[3], cells[4], cells[5], cells[6], cells[8]],
                  overrides={"paid": str(s.paid), "discount": str(s.discount)})
            f.y += 12
        tb, tp, to = (total(svcs, a) for a in ("billed", "paid", "owes"))
        doc.t(262, f.y, "Visit total", 7.2, True)
        doc.t(378, f.y, m(tb), 7.2, True, "R")
        doc.t(432, f.y, m(-tp), 7.2, True, "R")
        doc.t(576, f.y, m(to), 7.2, True, "R")
        k.claim(vno, clm, pat, billed=tb, paid=tp, patient_owes=to)
        f.y += 18
    f.need(50)
    doc.hl(36, 576, f.y - 6, 0.8)
    doc.t(432, f.y + 6, "Family balance due", 8.5, True)
    doc.t(576, f.y + 6, m(due), 8.5, True, "R")
    doc.t(36, f.y + 24, "Insurance payments and contractual adjustments are shown in parentheses.", 7)
    k.write(out, doc, "a9", "therapy clinic family statement, 3 children, continues on page 2")


# ------------------------------------------------------------------------------------------------ a10
def a10(out):
    k = Sink("a10_hospital_family_statement.pdf")
    m = lambda d: money(d, ",")  # noqa: E731
    REV = {"97110": "0420", "97140": "0420", "97112": "0420", "97161": "0424", "97530": "0430", "97166": "0434",
           "97535": "0430", "92507": "0440", "92523": "0444", "99213": "0510", "G0283": "0420"}
    accts = [
        ("Bernadette Solberg-Nakamura", "HA-7719-0042", "MWH2601167890", "Maple West Health Plan",
         [Svc(D(2026, 1, 6), c, Decimal(u), tuple(md)) for c, u, md in
          (("97161", 1, ["GP"]), ("97110", 2, ["GP"]), ("97140", 1, ["GP"]), ("G0283", 1, ["GP"]))]
         + [Svc(D(2026, 1, 8), c, Decimal(u), tuple(md)) for c, u, md in
            (("97110", 3, ["GP"]), ("97112", 1, ["GP", "59"]))]),
        ("Tobias Solberg-Nakamura", "HA-7719-0057", "MWH2601170044", "Maple West Health Plan",
         [Svc(D(2026, 1, 9), c, Decimal(u), tuple(md)) for c, u, md in
          (("97166", 1, ["GO"]), ("97530", 2, ["GO"]), ("97535", 1, ["GO"]))]
         + [Svc(D(2026, 1, 16), c, Decimal(u), tuple(md)) for c, u, md in
            (("97530", 3, ["GO"]), ("92523", 1, ["GN"]), ("92507", 1, ["GN"]))]),
        ("Wilhelmina Solberg-Nakamura", "HA-7719-0061", "MWH2601171203", "Maple West Health Plan",
         [Svc(D(2026, 1, 21), c, Decimal(u), tuple(md)) for c, u, md in
          (("99213", 1, []), ("97140", 2, ["GP"]), ("97110", 2, ["GP"]), ("97112", 1, ["GP"]))]
         + [Svc(D(2026, 1, 23), c, Decimal(u), tuple(md)) for c, u, md in
            (("97140", 2, ["GP"]), ("97110", 3, ["GP"]))]),
    ]
    doc = Doc("fpdf2", "libserif")

    def newp(doc, cont):
        doc.t(40, 42, "St. Brendan Regional Medical Center", 14, True)
        doc.t(40, 55, "Outpatient Rehabilitation Services  ·  2400 Quarry Hill Road  ·  Ashbourne, PA 19999", 8)
        doc.t(572, 42, "Patient Statement", 11, True, "R")
        doc.t(572, 55, f"Page {doc.pageno} of {{TOTAL}}", 8, align="R")
        doc.hl(40, 572, 62, 1)
        if cont:
            return 80
        doc.t(40, 80, "STATEMENT FOR", 7.5, True)
        doc.t(40, 92, "Wilhelmina Solberg-Nakamura", 9.5)
        doc.t(40, 104, "31 Tamarack Street", 9.5)
        doc.t(40, 116, "Ashbourne, PA 19998", 9.5)
        doc.vl(306, 74, 126, 0.5)
        doc.t(318, 80, "ACCOUNT SUMMARY", 7.5, True)
        doc.t(318, 92, "Guarantor no. G-448102", 9)
        doc.t(318, 104, "Statement date 02/02/2026", 9)
        doc.t(318, 116, "Questions: Patient Financial Services (610) 555-0140", 9)
        doc.hl(40, 572, 130, 0.5)
        return 150

    f = Flow(doc, newp, 735)
    cols = [(40, "Date", "L"), (96, "Rev Cd", "L"), (136, "Description", "L"), (372, "HCPCS", "L"),
            (440, "Qty", "R"), (520, "Charges", "R"), (572, "Balance", "R")]
    findings = []
    for pat, acct, clm, plan, svcs in accts:
        f.need(60)
        doc.t(40, f.y, f"Patient: {pat}", 10, True)
        doc.t(320, f.y, f"Account number {acct}", 9, True)
        doc.t(40, f.y + 12, f"Primary insurance: {plan}   Insurance claim no. {clm}   Billed 01/19/2026", 8.5)
        y = f.y + 28
        for x, h, al in cols:
            doc.t(x, y, h, 8, True, al)
        doc.hl(40, 572, y + 4, 0.5)
        f.y = y + 16
        running = ZERO
        for s in svcs:
            long = LONG_DESC.get(s.code)
            lines = wrap(long, 44) if long else [s.desc]
            f.need(11 * len(lines) + 2)
            running += s.billed
            hc = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            cells = [dfmt(s.dos, "mdy4"), REV[s.code], lines[0], hc, units_str(s.units), m(s.billed), m(running)]
            for (x, _, al), c in zip(cols, cells):
                doc.t(x, f.y, c, 8.3, False, al)
            for i, ln in enumerate(lines[1:], 1):
                doc.t(136, f.y + 11 * i, ln, 8.3)
            k.add(doc.pageno, s, acct, clm, pat, ("billed",), [cells[0], hc, cells[4], cells[5]])
            f.y += 11 * len(lines) + 2
        tb = total(svcs, "billed")
        ins = (tb * Decimal("0.55")).quantize(Decimal("0.01"))
        adj = (tb * Decimal("0.30")).quantize(Decimal("0.01"))
        for label, v in ((f"{plan} payment - claim {clm}", -ins), ("Contractual allowance", -adj)):
            f.need(12)
            running += v
            doc.t(40, f.y, "01/28/2026", 8.3)
            doc.t(136, f.y, label, 8.3)
            doc.t(520, f.y, m(v), 8.3, align="R")
            doc.t(572, f.y, m(running), 8.3, align="R")
            f.y += 12
        printed_total = tb
        if pat.startswith("Tobias"):
            printed_total = tb + Decimal("95.00")
            findings.append(f"TOTAL MISMATCH {clm}: account total charges printed {printed_total} but lines sum to {tb}")
        doc.hl(380, 572, f.y - 8, 0.5)
        doc.t(372, f.y + 2, "Total charges", 8.5, True)
        doc.t(520, f.y + 2, m(printed_total), 8.5, True, "R")
        doc.t(372, f.y + 14, "Account balance", 8.5, True)
        doc.t(572, f.y + 14, m(running), 8.5, True, "R")
        k.claim(acct, clm, pat, billed=printed_total)
        f.y += 36
    f.need(40)
    doc.t(40, f.y, "Your insurer has processed these accounts. The balance shown is your responsibility.", 8.5)
    doc.t(40, f.y + 12, "Financial assistance is available; ask for an application.", 8.5)
    k.write(out, doc, "a10", "hospital family statement, planted total mismatch", findings=findings)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout101_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for fn in (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10):
        fn(out)
    print("wrote", out)
    if "--check" in argv:
        bad = check(out, ROWTOK)
        print("CHECK", "OK" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
