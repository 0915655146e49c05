"""Write the TWENTY-SIXTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five COMMONEST real document kinds, two house styles each (commercial member
EOBs; a Medicare Summary Notice and a Medicare Advantage member EOB; state Medicaid remittance advices; Medicare-style
remits re-printed by practice-management / clearinghouse software; family statements from a therapy clinic and a
hospital). Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout26/make_heldout26_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout26/make_heldout26_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth; files <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none printed);
description is null throughout. claim_id = the provider's own account / patient-control / claim (ticket) / encounter
number printed with the claim (null where none is), payer_claim_id = the payer's claim number / ICN (null where none
is printed), patient = the person who got the service exactly as printed (not the subscriber, employee or guarantor
unless the same person). Where a line prints From and To (or a from-thru span), service_end is the To date. Every
name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness; pages are recorded as drawing operations and
rendered at the end, so "Page n of N" is exact). Fonts: DejaVu / Liberation TrueType when installed, else PDF core
fonts. Drawing (one top-left API over both producers), the truth collector and the self-check: h26kit.py.

Layouts (10 files, 233 service lines, 16 pages):
  c1  commercial PPO member EOB, portrait DejaVu Sans Condensed: address + facts box, family deductible / out-of-
      pocket table (three members), grey claim bands "Claim for: <name> (Daughter)" / Claim number / Provider's
      patient account / Processed, TWO-LINE service cells (wording, then an italic "Code 97530  Mod GO 59  Units 3"
      line), Date of service 01/05/26 / Amount billed / Plan discount / Allowed amount / Not covered / Deductible /
      Copay / Coinsurance / Plan paid / You owe / Notes, non-covered lines the member owes (X7), claim totals and
      "We sent $x to ..." lines, a claim continued on page 2 under a "- continued" band, notes legend (reportlab)
  c2  school-employees' plan "STATEMENT OF BENEFITS" from a TPA, landscape core Helvetica, flat table: claim no. and
      patient stacked in the first column and provider and patient account no. in the second, on a claim's first row
      only (repeated with "(cont.)" after a page break), Service From-Thru "01/06/2026-01/06/2026", Proc over Mod in
      one cell, Qty "2.00", Charges / PPO Reduction / Ineligible / Rsn / Eligible / Deductible / Copay / Coins / Plan
      Paid / Member Owes, an excluded 0552T the member owes, Claim subtotal rows; PLANTED claim-total mismatch (Plan
      Paid subtotal of claim CBA2601-004655 printed 10.00 too high), reason legend (fpdf2)
  m1  Medicare Summary Notice for Part B, portrait Liberation Serif: deductible box, providers-with-claims list, boxed
      provider claim heads (address, "Referred by", Claim Number), DATE SUB-HEADINGS inside each claim ("Services on
      January 5, 2026"), the quantity and code inside the wording ("Therapeutic exercises, 2 units (97110)"), Service
      Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be
      Billed / See Notes letters, a denied 0552T the beneficiary may be billed, "Total for this claim", a claim
      continued on page 2 "(claim continued)", notes (reportlab)
  m2  Medicare Advantage PPO (MA-PD) monthly member EOB, portrait DejaVu Sans: dark title band, Section 1 month / year-
      to-date costs, Section 2 grey provider heads (Claim number, Provider's account number, one claim without it),
      Date 1/5/2026 / Service you received / Code / Modifier "97110 / GP CQ" / Qty / Provider charged / Plan-approved
      / Plan paid / Copay / Not covered / Your share / Note, $40 copay once per visit day, a non-covered 0552T, Claim
      total rows, Section 3 Part D drug totals (no lines), notes (fpdf2)
  d1  state Medicaid REMITTANCE ADVICE, landscape DejaVu Sans Mono fixed columns: "*** PAID CLAIMS / DENIED CLAIMS /
      CLAIM ADJUSTMENTS ***", bold NAME "LAST, FIRST" / PAT ACCT NO / ICN / MRN / RECIP ID head lines, LN / DATES OF
      SVC "010526-010926" spans / PROC / MODS "GO U1" / UNITS "8.0" / BILLED / ALLOWED / PAID / 4-digit EOB, a
      no-authorization denied claim, a voided claim (leading minus) and its re-processed claim under a new ICN,
      CLAIM TOTAL rows, EOB legend, "PAGE n" (reportlab)
  d2  Medicaid & KidsCare "Remittance Advice", landscape Liberation Serif: boxed label-over-value beneficiary heads
      (Beneficiary Name "Last, First" / Beneficiary ID / Patient Account # / ICN / Claim Status / Billed / Paid),
      grey column header, Ln / Svc From / Svc To 01/05/2026 / Procedure / Modifiers / Units "2.00" / Billed Amount /
      Approved / Paid Amount / Adj Group/Reason "CO-45" + Adj Amount with further adjustments stacked (adult $2.00
      "PR-3" copay) / Remark / Line Status, a same-day-duplicate denial and a no-authorization denied claim, Claim
      Totals, a claim continued on page 2 "(continued)" (fpdf2)
  p1  practice-management "Remittance Detail (835)" of a Medicare Part B payment, landscape Liberation Sans: grey
      claim rows (Patient "LAST, FIRST" / Acct # / ICN / MBI / Status with crossover), Svc Date 1/6/2026 / CPT / Mods
      / Units / Billed / Allowed / Deduct / Coins / FOUR Adj n + Amt n PAIRS ACROSS the row ("CO-45 118.88", "PR-1",
      "PR-2", "CO-253") / Pt Resp / Paid / RARC, plain 1234.50 money, a reversal with leading minus and its correction,
      a CO-97 bundled line, claim totals, glossary (reportlab)
  p2  clearinghouse "ERA Remittance Report" of a Medicare Part B payment, portrait DejaVu Sans: key/value claim boxes
      (Patient Name / Patient Control # / Payer Claim # / Member ID / Claim Status / Claim Charge / Claim Payment /
      Patient Responsibility), Line Ctrl # (not units) / Service Date / Proc / Mods "97530 GO KX" / Units / Charge /
      Allowed / Paid / Remarks, each service followed by italic "Adj CO 45  <our wording>  $x" sub-rows, money in
      parentheses for the reversal and its correction, a CO-97 line, a claim continued on page 2 (fpdf2)
  s1  pediatric therapy clinic family STATEMENT, portrait Liberation Sans: detachable stub box (amount due), ONE flat
      activity table for three children with the patient's full name and the clinic's Claim # on every row, Date /
      Code / Mod / Qty / Description / Charge / Ins. Paid / Ins. Adj. / Your Share, an italic insurer line under each
      claim, a claim still at the insurer ("pending" / "--"), a card payment row, aging line (fpdf2)
  s2  hospital GUARANTOR STATEMENT, portrait DejaVu Serif: grey encounter bands (Encounter no. / patient / department
      + "Billed to <plan>, claim <no.>"), Date "Jan 5, 2026" / Chg Code (chargemaster, not CPT) / CPT/HCPCS / Mod /
      Description in capitals / Qty / Charges / Insurance Paid and Adjustments printed as credits with TRAILING minus
      ("124.64-") / Your Portion, father, mother and son, Encounter totals, total-due box (reportlab)

Truth decisions worth knowing: c1's Plan discount is discount, Not covered not_covered, You owe patient_owes; c2's
PPO Reduction is discount, Ineligible not_covered, Eligible allowed, Rsn codes remarks, its From-Thru gives
service_end (same day); m1 prints no modifiers and no provider account (claim_id null), units are the "n units" in the
wording, the date comes from the sub-heading (the check's band includes it), allowed = Medicare-Approved, paid =
Amount Medicare Paid (after the 2% reduction), patient_owes = Maximum You May Be Billed; m2's Plan-approved is allowed,
Your share patient_owes, one claim prints no provider account (claim_id null); d1 prints no patient share, EOB codes
are remarks, the void keeps positive units with negative amounts, its span lines give service_end; d2's Approved is
allowed, the $2.00 copay is only the PR-3 adjustment (patient_owes null); p1's Pt Resp is patient_owes; p2 prints no
per-line patient responsibility (null; the claim's Patient Responsibility is not a totals field) and its Line Ctrl #
is not an id; s1's Ins. Adj. is the discount, Your Share patient_owes, payer_claim_id null (the insurer's claim number
is not printed), the pending claim has paid / discount / patient_owes null; s2's credits are stored as the positive
paid / discount they represent (the page prints them "124.64-" as credits to the account), Your Portion patient_owes,
claim_id the encounter number.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every service
row (with its second text line, stacked adjustment sub-rows, and for m1 the date sub-heading); the check reads each
written PDF's text layer with pdfplumber and finds every truth code, modifier, units value, date (and end date), amount,
adjustment group, reason and amount, and remark INSIDE that band as whole tokens in the layout's own print format; ids
and patients in the document's text; the page count and every printed "Page n of N"; the documents' own arithmetic
(billed - adjustments = paid where every adjustment is printed with its amount; allowed - deductible - copay -
coinsurance = paid and billed - discount - not covered = allowed where those are printed); claim totals are printed
and equal the sum of their lines, unless the mismatch is the planted expected finding, which must really differ and
be declared; claims unique by (claim_id, payer_claim_id) and matching the lines; legend codes printed; at least three
files carry a claim whose rows continue onto the next page.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h26kit as K  # noqa: E402
from h26kit import G  # noqa: E402

Svc, PlanState, money, dfmt = G.Svc, G.PlanState, G.money, G.dfmt
D = Decimal


def d(day: int, month: int = 1, year: int = 2026) -> date:
    return date(year, month, day)


class Flow:
    """Vertical cursor over pages: top() draws a new page's furniture and returns the first free y."""

    def __init__(self, doc: K.Doc, top, bottom: float):
        self.doc, self.top, self.bottom, self.y = doc, top, bottom, 0.0

    def start(self) -> None:
        self.doc.new_page()
        self.y = self.top()

    def fit(self, h: float, on_break=None) -> bool:
        if self.y + h > self.bottom:
            self.start()
            if on_break:
                on_break()
            return True
        return False


def cols(x0: float, spec: list) -> list:
    """spec: (title, width, align) -> (title, x, width, align)."""
    out, x = [], x0
    for title, w, al in spec:
        out.append((title, x, w, al))
        x += w
    return out


def cell_x(c) -> float:
    _, x, w, al = c
    return x + w - 2 if al == "r" else (x + w / 2 if al == "c" else x + 2)


def draw_cells(doc: K.Doc, cs: list, vals: list, y: float, size: float, style: str = "", color: float = 0.0):
    for c, v in zip(cs, vals):
        if v is None or v == "":
            continue
        doc.t(cell_x(c), y, v, size, style, c[3], color)


def draw_head(doc: K.Doc, cs: list, y: float, size: float, style: str = "B", color: float = 0.0) -> float:
    """Titles may hold '\n' for two-line headings; returns the height used."""
    n = max(len(c[0].split("\n")) for c in cs)
    for c in cs:
        parts = c[0].split("\n")
        off = (n - len(parts)) * (size + 1)
        for i, p in enumerate(parts):
            doc.t(cell_x(c), y + off + i * (size + 1), p, size, style, c[3], color)
    return n * (size + 1)


# =============================================================================================== c1
def lay_c1(out: Path):
    """Commercial member EOB, reportlab, DejaVu Sans Condensed, portrait, two-line service cells."""
    doc = K.Doc("reportlab", "dejavu-cond")
    mfmt = lambda v: money(v, "$")  # noqa: E731
    book = K.Book("h26_c1_commercial_member_eob", "commercial member EOB", "reportlab",
                  "Northgate Mutual member EOB for a family of three, two-line service cells, claim continued",
                  K.Fmt(money=mfmt, date=lambda x: dfmt(x, "mdy2"), units=lambda u: G.units_str(u)),
                  rules=("share", "disc"), page_of_n=True)
    book.legend = [("D1", "Applied to the deductible for this patient."),
                   ("K4", "In-network discount; you do not owe this amount."),
                   ("X7", "Not a covered benefit under this plan; the provider may bill you."),
                   ("C2", "Office visit copayment applies.")]
    L, R = 36.0, 576.0
    sz = 6.6
    C = cols(L, [("Date of\nservice", 38, "l"), ("Service provided", 118, "l"), ("Amount\nbilled", 42, "r"),
                 ("Plan\ndiscount", 40, "r"), ("Allowed\namount", 40, "r"), ("Not\ncovered", 38, "r"),
                 ("Deduct-\nible", 36, "r"), ("Copay", 32, "r"), ("Coins-\nurance", 36, "r"),
                 ("Plan\npaid", 40, "r"), ("You\nowe", 40, "r"), ("", 6, "l"), ("Notes", 34, "l")])

    def top():
        doc.t(L, 30, "NORTHGATE MUTUAL", 13, "B")
        doc.t(L, 45, "health plan", 8, "I", color=0.35)
        doc.t(R, 30, "Explanation of Benefits", 11, "B", "r")
        doc.t(R, 44, "THIS IS NOT A BILL", 8, "B", "r")
        doc.hl(L, R, 58, 1.2)
        doc.t(L, 760, "Northgate Mutual Health Plan  |  PO Box 40217, Cedar Falls Junction, OR 97009  |  "
                      "Member services 1-800-555-0143 (TTY 711)", 6, color=0.4)
        doc.t(R, 760, f"Page {doc.pno} of {{NPAGES}}", 6.5, "", "r")
        return 66.0

    fl = Flow(doc, top, 740)
    fl.start()
    y = fl.y
    doc.t(L, y + 4, "DANA WHITCOMBE-RUIZ", 8, "B")
    for i, s in enumerate(["2281 Alder Crest Lane", "Millbrook, OR 97011"]):
        doc.t(L, y + 15 + i * 10, s, 8)
    doc.box(330, y, 246, 52, fill=0.93)
    info = [("Statement date", "January 24, 2026"), ("Subscriber", "Dana Whitcombe-Ruiz"),
            ("Member ID", "NMH 884 20 1163"), ("Group", "Tallis Freight Co. - PPO 1500")]
    for i, (k, v) in enumerate(info):
        doc.t(338, y + 5 + i * 11, k, 7, "B")
        doc.t(420, y + 5 + i * 11, v, 7)
    y += 62
    doc.t(L, y, "Where your family stands this plan year (in-network)", 8, "B")
    y += 12
    dc = cols(L, [("Family member", 150, "l"), ("Deductible met", 90, "r"), ("Deductible limit", 90, "r"),
                  ("Out-of-pocket met", 90, "r"), ("Out-of-pocket limit", 90, "r")])
    doc.hl(L, R, y - 2, 0.4)
    y += draw_head(doc, dc, y, 6.6) + 2
    for nm, a, b in [("Dana Whitcombe-Ruiz", "412.70", "1,500.00"), ("Maya Whitcombe-Ruiz", "1,500.00", "1,500.00"),
                     ("Theo Whitcombe-Ruiz", "0.00", "1,500.00")]:
        draw_cells(doc, dc, [nm, "$" + a, "$" + b, "$" + a, "$4,000.00"], y, 6.6)
        y += 9
    doc.hl(L, R, y, 0.4)
    fl.y = y + 14

    families = [
        ("Maya Whitcombe-Ruiz", "Daughter", "NM26011400871", "Riverbend Pediatric Therapy", "RPT-88213",
         "01/21/26", PlanState(ded_left=D("160.00")),
         [(d(5), "97165", 1, ("GO",)), (d(5), "97530", 2, ("GO",)), (d(7), "97530", 3, ("GO",)),
          (d(7), "97535", 1, ("GO", "59")), (d(12), "97530", 2, ("GO",)), (d(12), "97110", 2, ("GO",)),
          (d(14), "97530", 3, ("GO",)), (d(14), "97112", 1, ("GO",)), (d(19), "97530", 2, ("GO",)),
          (d(19), "97535", 1, ("GO", "59")), (d(21), "97530", 3, ("GO",)), (d(21), "97140", 1, ("GO", "59")),
          (d(26), "97530", 2, ("GO",)), (d(26), "97110", 1, ("GO",))], {}),
        ("Theo Whitcombe-Ruiz", "Son", "NM26011600214", "Lakeshore Speech & Language Group", "LSL-40517",
         "01/22/26", PlanState(ded_left=D("0.00")),
         [(d(6), "92523", 1, ("GN",)), (d(8), "92507", 1, ("GN",)), (d(13), "92507", 1, ("GN",)),
          (d(13), "92526", 1, ("GN",)), (d(20), "92507", 1, ("GN",)), (d(22), "92507", 1, ("GN",)),
          (d(27), "92507", 1, ("GN",)), (d(27), "92526", 1, ("GN",)), (d(29), "92507", 1, ("GN",)),
          (d(3, 2), "92507", 1, ("GN",))], {3: "PR", 7: "PR"}),
        ("Dana Whitcombe-Ruiz", "Self", "NM26012000988", "Harborview Orthopedic Hand Center", "HOHC-7731-02",
         "01/23/26", PlanState(ded_left=D("1087.30"), copay_codes={"99213": D("30.00")}),
         [(d(9), "99213", 1, ()), (d(9), "97760", 1, ("GO",)), (d(9), "L3807", 1, ("RT",)),
          (d(16), "97140", 2, ("GO", "59")), (d(16), "97110", 1, ("GO",))], {}),
    ]
    for pat, rel, pcn, prov, acct, proc, st, items, denied in families:
        key = book.claim(acct, pcn, pat)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=denied.get(i))
            G.commercial(s, st)
            svcs.append(s)

        def band(cont=False):
            y = fl.y
            doc.box(L, y, R - L, 22, fill=0.88, stroke=False)
            doc.t(L + 4, y + 3, f"Claim for: {pat} ({rel})" + ("  - continued" if cont else ""), 7.4, "B")
            doc.t(R - 4, y + 3, f"Claim number {pcn}", 7.4, "B", "r")
            doc.t(L + 4, y + 13, f"Provider: {prov}   Provider's patient account: {acct}   In network", 6.6)
            doc.t(R - 4, y + 13, f"Processed {proc}", 6.6, "", "r")
            y += 26
            y += draw_head(doc, C, y, 6.2) + 2
            doc.hl(L, R, y, 0.5)
            fl.y = y + 3

        fl.fit(60)
        band()
        for s in svcs:
            notes = []
            if s.denied:
                notes = ["X7"]
            else:
                if s.deductible:
                    notes.append("D1")
                if s.copay:
                    notes.append("C2")
                notes.append("K4")
            s.remarks = notes
            if fl.fit(20):
                band(cont=True)
            y = fl.y
            draw_cells(doc, C, [dfmt(s.dos, "mdy2"), G.DESC[s.code], mfmt(s.billed), mfmt(s.discount),
                                mfmt(s.allowed), mfmt(s.not_covered), mfmt(s.deductible), mfmt(s.copay),
                                mfmt(s.coinsurance), mfmt(s.paid), mfmt(s.owes), "", " ".join(notes)], y, sz)
            second = f"Code {s.code}" + (f"  Mod {' '.join(s.mods)}" if s.mods else "") + f"  Units {G.units_str(s.units)}"
            doc.t(C[1][1] + 2, y + sz + 2, second, 6.0, "I", color=0.3)
            book.add(s, key, doc.pno, y, y + 2 * sz + 3,
                     ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                      "patient_owes"), remarks=notes)
            fl.y = y + 2 * sz + 7
            doc.hl(L, R, fl.y - 2, 0.2, 0.6)
        fl.fit(14)
        y = fl.y
        tot = {k: G.total(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible",
                                              "copay", "coinsurance", "paid", "owes")}
        draw_cells(doc, C, ["", "Claim totals", mfmt(tot["billed"]), mfmt(tot["discount"]), mfmt(tot["allowed"]),
                            mfmt(tot["not_covered"]), mfmt(tot["deductible"]), mfmt(tot["copay"]),
                            mfmt(tot["coinsurance"]), mfmt(tot["paid"]), mfmt(tot["owes"])], y, sz, "B")
        book.set_totals(key, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                        patient_owes=tot["owes"])
        doc.t(L + 40, y + 10, f"We sent {mfmt(tot['paid'])} to {prov} on {proc}.", 6.4, "I")
        fl.y = y + 26
    fl.fit(60)
    y = fl.y
    doc.t(L, y, "What the notes mean", 8, "B")
    for i, (c, txt) in enumerate(book.legend):
        doc.t(L, y + 12 + i * 9, c, 6.8, "B")
        doc.t(L + 24, y + 12 + i * 9, txt, 6.8)
    return book, doc


# =============================================================================================== c2
def lay_c2(out: Path):
    """Employer-plan statement of claims, fpdf2, core Helvetica, landscape, flat rows, planted mismatch."""
    doc = K.Doc("fpdf2", "helvetica", landscape=True)
    mf = lambda v: money(v, ",")  # noqa: E731
    df = lambda x: dfmt(x, "mdy4")  # noqa: E731
    book = K.Book("h26_c2_employer_plan_statement", "commercial member EOB", "fpdf2",
                  "TPA statement of benefits for an employee's family, flat table with claim subtotals",
                  K.Fmt(money=mf, date=df, units=lambda u: f"{u:.2f}"), rules=("share", "disc"))
    book.legend = [("P10", "Network price reduction - member not responsible."),
                   ("E22", "Benefit excluded under the plan document; member responsible."),
                   ("D05", "Amount applied to the annual deductible."),
                   ("C15", "Coinsurance at 20 percent after deductible.")]
    L, R = 28.0, 764.0
    sz = 6.4
    C = cols(L, [("Claim No. /\nPatient", 96, "l"), ("Provider /\nPt Acct No.", 112, "l"), ("Service\nFrom-Thru", 82, "l"),
                 ("Proc /\nMod", 56, "l"), ("Qty", 26, "r"), ("Charges", 44, "r"), ("PPO\nReduction", 44, "r"),
                 ("Ineligible", 42, "r"), ("Rsn", 24, "l"), ("Eligible", 42, "r"), ("Deductible", 42, "r"),
                 ("Copay", 34, "r"), ("Coins", 36, "r"), ("Plan\nPaid", 44, "r"), ("Member\nOwes", 42, "r")])

    def top():
        doc.t(L, 24, "CASCADE BENEFIT ADMINISTRATORS", 12, "B")
        doc.t(L, 38, "Third-party administrator for the Orrin Valley Schools Employee Health Plan", 7)
        doc.t(R, 24, "STATEMENT OF BENEFITS", 11, "B", "r")
        doc.t(R, 38, "Employee: PRIYA NATARAJAN-COLE   ID: OVS-0047721   Statement 02/03/2026", 7, "", "r")
        doc.hl(L, R, 50, 0.8)
        y = 56 + draw_head(doc, C, 56, 6.2)
        doc.hl(L, R, y + 1, 0.8)
        doc.t(R, 596, f"Page {doc.pno}", 6.5, "", "r")
        doc.t(L, 596, "Questions? Call 1-888-555-0186 weekdays 7 am - 6 pm. Keep this statement for your tax records.",
              6.2)
        return y + 5

    fl = Flow(doc, top, 560)
    fl.start()
    claims = [
        ("Priya Natarajan-Cole", "CBA2601-004417", "Summit Hand & Upper Limb Therapy", "SH-102948",
         PlanState(ded_left=D("300.00")),
         [(d(6), "97165", 1, ("GO",)), (d(6), "97760", 2, ("GO",)), (d(6), "L3807", 1, ("LT",)),
          (d(13), "97140", 1, ("GO",)), (d(13), "97110", 2, ("GO",)), (d(20), "97530", 2, ("GO",))], {}),
        ("Leela Natarajan-Cole", "CBA2601-004502", "Bright Steps Pediatric Therapy", "BSPT-5519",
         PlanState(ded_left=D("0.00")),
         [(d(7), "97166", 1, ("GO",)), (d(9), "97530", 3, ("GO",)), (d(14), "97530", 3, ("GO",)),
          (d(14), "0552T", 1, ()), (d(16), "97112", 2, ("GO",)), (d(21), "97530", 2, ("GO",)),
          (d(23), "97535", 1, ("GO", "59")), (d(28), "97530", 3, ("GO",)), (d(30), "97110", 2, ("GO",))], {3: "PR"}),
        ("Arjun Natarajan-Cole", "CBA2601-004655", "Westgate Physical Therapy", "WPT-88310-1",
         PlanState(ded_left=D("0.00"), copay_codes={"99213": D("25.00")}),
         [(d(8), "97161", 1, ("GP",)), (d(8), "97110", 2, ("GP",)), (d(15), "97140", 1, ("GP", "59")),
          (d(15), "97116", 2, ("GP",)), (d(22), "97110", 3, ("GP",)), (d(22), "G0283", 1, ("GP",)),
          (d(29), "97110", 2, ("GP",)), (d(29), "97112", 1, ("GP",))], {}),
        ("Leela Natarajan-Cole", "CBA2602-000318", "Bright Steps Pediatric Therapy", "BSPT-5604",
         PlanState(ded_left=D("0.00")),
         [(d(2, 2), "97530", 3, ("GO",)), (d(4, 2), "97530", 2, ("GO",)), (d(4, 2), "97535", 1, ("GO",))], {}),
    ]
    planted_claim = "CBA2601-004655"
    for pat, pcn, prov, acct, st, items, denied in claims:
        key = book.claim(acct, pcn, pat)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=denied.get(i))
            G.commercial(s, st, deny_reason="204")
            svcs.append(s)
        first = True
        for s in svcs:
            rsn = "E22" if s.denied else ("P10" if s.discount else "")
            s.remarks = [rsn] if rsn else []
            broke = fl.fit(18)
            y = fl.y
            if first or broke:
                id1, id2 = pcn + ("" if first else " (cont.)"), pat
                p1, p2 = prov, acct
            else:
                id1 = id2 = p1 = p2 = ""
            draw_cells(doc, C, [id1, p1, f"{df(s.dos)}-{df(s.dos)}", s.code, f"{s.units:.2f}", mf(s.billed),
                                mf(s.discount), mf(s.not_covered), rsn, mf(s.allowed), mf(s.deductible),
                                mf(s.copay), mf(s.coinsurance), mf(s.paid), mf(s.owes)], y, sz)
            draw_cells(doc, C, [id2, p2, "", " ".join(s.mods)], y + sz + 2, sz)
            book.add(s, key, doc.pno, y, y + 2 * sz + 2,
                     ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                      "patient_owes"), remarks=s.remarks, service_end=s.dos)
            first = False
            fl.y = y + 2 * sz + 6
        fl.fit(14)
        y = fl.y
        tot = {k: G.total(svcs, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                              "coinsurance", "paid", "owes")}
        paid_print = tot["paid"] + (D("10.00") if pcn == planted_claim else 0)
        doc.hl(C[5][1], R, y - 1, 0.3)
        draw_cells(doc, C, ["", "", "Claim subtotal", "", "", mf(tot["billed"]), mf(tot["discount"]),
                            mf(tot["not_covered"]), "", mf(tot["allowed"]), mf(tot["deductible"]), mf(tot["copay"]),
                            mf(tot["coinsurance"]), mf(paid_print), mf(tot["owes"])], y + 1, sz, "B")
        book.set_totals(key, billed=tot["billed"], allowed=tot["allowed"], paid=paid_print,
                        patient_owes=tot["owes"])
        if pcn == planted_claim:
            book.planted.add(key)
            book.findings.append(f"claim-total-mismatch claim {pcn}: printed Plan Paid total {paid_print} but the "
                                 f"lines add up to {tot['paid']}")
        fl.y = y + 18
    fl.fit(50)
    y = fl.y
    doc.t(L, y, "Reason codes", 7.5, "B")
    for i, (c, t) in enumerate(book.legend):
        doc.t(L, y + 11 + i * 9, c, 6.5, "B")
        doc.t(L + 26, y + 11 + i * 9, t, 6.5)
    return book, doc


# =============================================================================================== m1
def lay_m1(out: Path):
    """Medicare Summary Notice Part B, reportlab, Liberation Serif, date sub-headings, units in wording."""
    doc = K.Doc("reportlab", "lib-serif", fallback="times")
    mf = lambda v: money(v, "$")  # noqa: E731
    book = K.Book("h26_m1_medicare_summary_notice", "Medicare Summary Notice", "reportlab",
                  "MSN Part B with per-date sub-headings inside each claim, quantity in the service wording",
                  K.Fmt(money=mf, date=lambda x: dfmt(x, "month"), units=lambda u: f"{G.units_str(u)} unit" +
                        ("s" if u != 1 else "")), page_of_n=True)
    book.legend = [("A", "This amount counts toward your Part B deductible."),
                   ("B", "The approved amount was reduced by 2% under federal budget rules."),
                   ("C", "Medicare does not pay for this service because it is not considered reasonable and "
                         "necessary."),
                   ("D", "Your supplemental insurer has been sent this claim.")]
    L, R = 42.0, 570.0
    bene = "WINIFRED A. HOLLOWAY"

    def top():
        doc.t(L, 32, "Medicare Summary Notice for Part B (Medical Insurance)", 12, "B")
        doc.t(L, 48, f"{bene}   |   Notice date: February 6, 2026   |   Medicare Number XXXX-XX7-MK42", 8)
        doc.hl(L, R, 60, 1.0)
        doc.t((L + R) / 2, 766, f"Page {doc.pno} of {{NPAGES}}", 8, "", "c")
        return 70.0

    fl = Flow(doc, top, 735)
    fl.start()
    y = fl.y
    doc.t(L, y, bene, 9, "B")
    doc.t(L, y + 12, "41 Quarry Hill Road, Apt 3", 9)
    doc.t(L, y + 24, "Fennimore Springs, WI 53811", 9)
    doc.box(330, y - 4, 240, 84, fill=0.92)
    doc.t(338, y, "Your Deductible Status", 9, "B")
    doc.t(338, y + 13, "Your deductible is what you must pay for", 8)
    doc.t(338, y + 23, "services each year before Medicare pays.", 8)
    doc.t(338, y + 37, "Part B Deductible: You have now met", 8)
    doc.t(338, y + 47, "your deductible for 2026.", 8)
    doc.t(338, y + 63, "Claims period: January 1 - March 31, 2026", 8, "I")
    y += 96
    doc.t(L, y, "Providers with claims this period", 10, "B")
    provs = [("Meadowlark Outpatient Rehabilitation", "January 5 - January 21, 2026"),
             ("Fennimore Hand & Occupational Therapy", "January 8 - January 22, 2026")]
    for i, (p, dt) in enumerate(provs):
        doc.t(L + 10, y + 14 + i * 12, p, 9)
        doc.t(L + 260, y + 14 + i * 12, dt, 9)
    y += 48
    doc.t(L, y, "How to check this notice: review the services below; if you have questions, call 1-800-555-0122.", 8.5, "I")
    fl.y = y + 20

    st = PlanState(ded_left=D("61.00"))
    claims = [
        ("Meadowlark Outpatient Rehabilitation", "2210 Mill Pond Road, Fennimore Springs, WI 53811",
         "26-0114-88471-002", "Referred by: Tobias Lindqvist",
         [(d(5), "97161", 1, ()), (d(5), "97110", 2, ()), (d(7), "97110", 2, ()), (d(7), "97112", 1, ()),
          (d(12), "97140", 1, ()), (d(12), "97110", 2, ()), (d(14), "97116", 2, ()), (d(14), "G0283", 1, ()),
          (d(19), "97110", 2, ()), (d(19), "97112", 1, ()), (d(21), "97110", 3, ()), (d(21), "0552T", 1, ())],
         {11: "PR"}),
        ("Fennimore Hand & Occupational Therapy", "77 Depot Street, Fennimore Springs, WI 53811",
         "26-0120-55190-004", "Referred by: Hanna Obiora",
         [(d(8), "97165", 1, ()), (d(8), "97760", 1, ()), (d(15), "97530", 2, ()), (d(15), "97535", 1, ()),
          (d(22), "97530", 2, ()), (d(22), "97140", 1, ())], {}),
    ]
    cw = cols(L, [("Service Provided & Billing Code", 178, "l"), ("Service\nApproved?", 50, "c"),
                  ("Amount\nProvider\nCharged", 62, "r"), ("Medicare-\nApproved\nAmount", 62, "r"),
                  ("Amount\nMedicare\nPaid", 60, "r"), ("Maximum\nYou May\nBe Billed", 62, "r"),
                  ("See\nNotes", 54, "c")])
    part_shown = False
    for prov, addr, pcn, ref, items, denied in claims:
        key = book.claim(None, pcn, bene)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=denied.get(i))
            G.medicare(s, st)
            s.remarks = (["C"] if s.denied else (["A"] if s.deductible else []) + ["B"])
            svcs.append(s)

        def head(cont=False):
            nonlocal part_shown
            if not part_shown:
                doc.t(L, fl.y, "Your Claims & Costs This Period - Part B Medical Insurance, Assigned Claims", 10.5, "B")
                fl.y += 18
                part_shown = True
            y = fl.y
            doc.box(L, y, R - L, 36, fill=0.9, stroke=True)
            doc.t(L + 6, y + 4, prov + ("  (claim continued)" if cont else ""), 9.5, "B")
            doc.t(L + 6, y + 16, addr, 8)
            doc.t(L + 6, y + 26, ref, 8)
            doc.t(R - 6, y + 4, "Claim Number", 8, "", "r")
            doc.t(R - 6, y + 15, pcn, 9, "B", "r")
            y += 42
            y += draw_head(doc, cw, y, 7.2, "B") + 2
            doc.hl(L, R, y, 0.6)
            fl.y = y + 4

        fl.fit(100)
        head()
        cur_date = None
        date_band = None
        for s in svcs:
            wording = f"{G.DESC[s.code]}, {G.units_str(s.units)} unit{'s' if s.units != 1 else ''} ({s.code})"
            parts = doc.wrap(wording, 172, 8)
            h = len(parts) * 10 + 3
            need_date = s.dos != cur_date
            if fl.fit(h + (14 if need_date else 0)):
                head(cont=True)
                need_date = True
            y = fl.y
            if need_date:
                doc.t(L + 2, y, f"Services on {dfmt(s.dos, 'month')}", 8.5, "B")
                date_band = (doc.pno, y, y + 9)
                y += 13
                cur_date = s.dos
            for i, p in enumerate(parts):
                doc.t(L + 8, y + i * 10, p, 8)
            draw_cells(doc, cw, ["", "No" if s.denied else "Yes", mf(s.billed), mf(s.allowed), mf(s.paid),
                                 mf(s.owes), ", ".join(s.remarks)], y, 8)
            book.add(s, key, doc.pno, y, y + h - 3, ("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                     remarks=s.remarks, extra_bands=[date_band] if date_band[0] != doc.pno or date_band[1] < y else [])
            fl.y = y + h
        fl.fit(16)
        y = fl.y
        doc.hl(L, R, y - 1, 0.6)
        tb, ta, tp, to = (G.total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        draw_cells(doc, cw, ["Total for this claim", "", mf(tb), mf(ta), mf(tp), mf(to), ""], y + 2, 8, "B")
        book.set_totals(key, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        fl.y = y + 24
    fl.fit(70)
    y = fl.y
    doc.t(L, y, "Notes for Claims Above", 10, "B")
    for i, (c, t) in enumerate(book.legend):
        doc.t(L, y + 14 + i * 11, c, 8.5, "B")
        doc.t(L + 14, y + 14 + i * 11, t, 8.5)
    return book, doc


# =============================================================================================== m2
def lay_m2(out: Path):
    """Medicare Advantage PPO member EOB, fpdf2, DejaVu Sans, sections, Part D summary without lines."""
    doc = K.Doc("fpdf2", "dejavu")
    mf = lambda v: money(v, "$")  # noqa: E731
    df = lambda x: dfmt(x, "mdyn")  # noqa: E731
    book = K.Book("h26_m2_medicare_advantage_eob", "Medicare Advantage member EOB", "fpdf2",
                  "MA-PD monthly EOB, sectioned, code and modifiers 'code / mods', Part D totals only",
                  K.Fmt(money=mf, date=df, units=lambda u: G.units_str(u)), rules=("share",), page_of_n=True)
    book.legend = [("1", "Plan-approved amount is what network providers agreed to accept."),
                   ("2", "A per-visit copay for outpatient rehabilitation applies."),
                   ("3", "This item is not covered by the plan. You may have to pay the provider."),
                   ("4", "Covered in full after your copay for the visit.")]
    L, R = 34.0, 578.0
    member = "Harold J. Pemberton-Ames"
    sz = 6.5

    def top():
        doc.box(L, 24, R - L, 30, fill=0.15, stroke=False)
        doc.t(L + 8, 29, "Larchmont Senior Advantage (PPO)", 11, "B", color=1.0)
        doc.t(L + 8, 43, "Your Explanation of Benefits for January 2026 - this is not a bill", 7.5, "", color=1.0)
        doc.t(R - 8, 34, f"Member: {member}", 7.5, "B", "r", color=1.0)
        doc.t(L, 764, "Larchmont Health Plans, PO Box 8812, Ridgecrest, PA 15902. H9917-004. Call 1-866-555-0170 "
                      "(TTY 711), 8 am - 8 pm, 7 days a week.", 6)
        doc.t(R, 764, f"Page {doc.pno} of {{NPAGES}}", 6.5, "", "r")
        return 64.0

    fl = Flow(doc, top, 744)
    fl.start()
    y = fl.y
    doc.t(L, y, "HAROLD J PEMBERTON-AMES", 8, "B")
    doc.t(L, y + 10, "908 Fairhaven Court", 8)
    doc.t(L, y + 20, "Ridgecrest, PA 15904", 8)
    doc.t(330, y, "Member ID: LSA-20417738", 7.5)
    doc.t(330, y + 10, "Plan: Senior Advantage Choice PPO", 7.5)
    doc.t(330, y + 20, "Statement period: 01/01/2026 - 01/31/2026", 7.5)
    y += 40
    doc.t(L, y, "Section 1  Your costs this month and this year", 9, "B")
    y += 13
    sc = cols(L, [("", 200, "l"), ("This month", 100, "r"), ("Year to date", 100, "r")])
    for i, row in enumerate([("Total charged by providers", "$2,961.00", "$2,961.00"),
                             ("Plan paid", "$1,083.06", "$1,083.06"),
                             ("Your out-of-pocket costs (toward $4,900 limit)", "$410.00", "$410.00"),
                             ("Prescription drug total cost (Part D)", "$188.40", "$188.40")]):
        draw_cells(doc, sc, list(row), y + i * 10, 7)
    y += 48
    doc.t(L, y, "Section 2  Your medical claims processed this month", 9, "B")
    fl.y = y + 14
    C = cols(L, [("Date", 40, "l"), ("Service you received", 112, "l"), ("Code / Modifier", 60, "l"),
                 ("Qty", 22, "r"), ("Provider\ncharged", 44, "r"), ("Plan-\napproved", 44, "r"),
                 ("Plan\npaid", 42, "r"), ("Copay", 36, "r"), ("Not\ncovered", 40, "r"), ("Your\nshare", 42, "r"),
                 ("Note", 62, "l")])
    st = PlanState(visit_copay=D("40.00"), allowed_rate=D("0.62"))
    claims = [
        ("Crestline Rehabilitation Associates", "LSA-C-2601-337150", "CRA-004419",
         [(d(5), "97161", 1, ("GP",)), (d(5), "97110", 2, ("GP",)), (d(5), "97140", 1, ("GP", "59")),
          (d(7), "97110", 2, ("GP",)), (d(7), "97112", 1, ("GP",)), (d(9), "97110", 2, ("GP", "CQ")),
          (d(9), "97116", 1, ("GP", "CQ")), (d(12), "97110", 3, ("GP",)), (d(12), "0552T", 1, ()),
          (d(14), "97112", 2, ("GP", "KX")), (d(14), "97110", 1, ("GP", "KX"))], {8: "PR"}),
        ("Ridgecrest Hand Therapy & Splinting", "LSA-C-2601-338902", "RHT 26-0091",
         [(d(16), "97165", 1, ("GO",)), (d(16), "97760", 1, ("GO",)), (d(16), "L3807", 1, ("RT",)),
          (d(20), "97530", 2, ("GO",)), (d(20), "97140", 1, ("GO",)), (d(23), "97530", 2, ("GO",))], {}),
        ("Fairhaven Family Medicine", "LSA-C-2601-340017", None,
         [(d(26), "99213", 1, ())], {}),
    ]
    for prov, pcn, acct, items, denied in claims:
        key = book.claim(acct, pcn, member)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=denied.get(i))
            G.commercial(s, st, deny_reason="96")
            s.remarks = ["3"] if s.denied else (["2"] if s.copay else ["4"])
            svcs.append(s)

        def head(cont=False):
            y = fl.y
            doc.box(L, y, R - L, 20, fill=0.9, stroke=False)
            doc.t(L + 5, y + 3, prov + (" (continued)" if cont else ""), 7.5, "B")
            doc.t(L + 5, y + 12, f"Claim number: {pcn}" + (f"    Provider's account number: {acct}" if acct else ""),
                  6.5)
            y += 24
            y += draw_head(doc, C, y, 6.3, "B")
            doc.hl(L, R, y + 1, 0.5)
            fl.y = y + 4

        fl.fit(60)
        head()
        for s in svcs:
            if fl.fit(12):
                head(True)
            y = fl.y
            cm = s.code + (" / " + " ".join(s.mods) if s.mods else "")
            draw_cells(doc, C, [df(s.dos), G.DESC[s.code][:26], cm, G.units_str(s.units), mf(s.billed),
                                mf(s.allowed), mf(s.paid), mf(s.copay), mf(s.not_covered), mf(s.owes),
                                ", ".join(s.remarks)], y, sz)
            book.add(s, key, doc.pno, y, y + sz, ("billed", "allowed", "paid", "copay", "not_covered",
                                                   "patient_owes"), remarks=s.remarks)
            fl.y = y + sz + 4
        fl.fit(14)
        y = fl.y
        tb, ta, tp, tc, tn, to = (G.total(svcs, k) for k in ("billed", "allowed", "paid", "copay", "not_covered",
                                                               "owes"))
        doc.hl(L, R, y - 1, 0.4)
        draw_cells(doc, C, ["", "Claim total", "", "", mf(tb), mf(ta), mf(tp), mf(tc), mf(tn), mf(to)], y + 1, sz, "B")
        book.set_totals(key, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        fl.y = y + 20
    fl.fit(110)
    y = fl.y
    doc.t(L, y, "Section 3  Your Part D prescription drug costs", 9, "B")
    doc.t(L, y + 12, "Drug payment stage: Initial Coverage. Pharmacy claims this month: 3. Total drug cost $188.40; "
                     "plan paid $158.40; you paid $30.00.", 7)
    y += 32
    doc.t(L, y, "Section 4  What the notes mean", 9, "B")
    for i, (c, t) in enumerate(book.legend):
        doc.t(L, y + 13 + i * 10, c, 7, "B")
        doc.t(L + 12, y + 13 + i * 10, t, 7)
    return book, doc


# =============================================================================================== d1
def lay_d1(out: Path):
    """State Medicaid RA, reportlab, DejaVu Sans Mono, landscape, claim header lines above details."""
    doc = K.Doc("reportlab", "dejavu-mono", landscape=True, fallback="courier")
    mf = lambda v: money(v, ",")  # noqa: E731
    df = lambda x: dfmt(x, "mdy6")  # noqa: E731
    book = K.Book("h26_d1_medicaid_ra_mono", "state Medicaid remittance advice", "reportlab",
                  "Medicaid RA: NAME / PAT ACCT NO / ICN / MRN / RECIP ID headers, MMDDYY-MMDDYY spans, EOB codes",
                  K.Fmt(money=mf, date=df, units=lambda u: f"{u:.1f}"))
    book.legend = [("0000", "Claim detail paid as billed or at the maximum fee."),
                   ("6512", "Units reduced to the fee-schedule maximum for the span."),
                   ("2017", "Service requires prior authorization; none on file for these dates."),
                   ("9930", "Mass adjustment: claim voided and re-processed.")]
    L = 30.0
    sz = 6.8
    cw = 4.1  # approx advance of the mono font at 6.8 pt
    hdr = ("LN  DATES OF SVC    PROC  MODS   UNITS     BILLED    ALLOWED       PAID  EOB")
    pos = {"ln": 0, "dt": 4, "proc": 20, "mods": 26, "units": 38, "billed": 52, "allowed": 63, "paid": 74, "eob": 76}

    def top():
        doc.t(L, 22, "STATE OF NORTH PLAINS MEDICAL ASSISTANCE PROGRAM", 9, "B")
        doc.t(L, 34, "REMITTANCE ADVICE        RA NUMBER 2604117   RA DATE 01/30/26   PAYEE ID 300418829", 7.5)
        doc.t(L, 44, "PAYEE: PRAIRIE ROSE THERAPY SERVICES, 1180 GRANGE AVE, MINOT FALLS NP 58720", 7.5)
        doc.t(760, 22, f"PAGE {doc.pno:>3}", 8, "", "r")
        doc.hl(L, 762, 56, 0.5)
        return 62.0

    def line_text(ln, s, eob):
        cells = [f"{ln:03d}", f"{df(s.dos)}-{df(s.end or s.dos)}", s.code, " ".join(s.mods),
                 f"{s.units:.1f}", mf(s.billed), mf(s.allowed), mf(s.paid)]
        txt = f"{cells[0]:<4}{cells[1]:<16}{cells[2]:<6}{cells[3]:<7}{cells[4]:>5}{cells[5]:>11}{cells[6]:>11}" \
              f"{cells[7]:>11}  {eob}"
        return txt

    fl = Flow(doc, top, 580)
    fl.start()
    sections = {
        "PAID CLAIMS": [
            ("OKONJO, ADAEZE", "PRT-11802", "2026013000412", "MR77102", "700118420931",
             [(d(5), "97530", 4, ("GO",), None), (d(5), "97535", 1, ("GO", "U1"), None),
              (d(6), "97530", 8, ("GO",), d(9)), (d(12), "97530", 8, ("GO",), d(16)),
              (d(12), "97110", 4, ("GO",), d(16))], {}),
            ("PETRAKIS, NIKO", "PRT-11815", "2026013000437", "MR77240", "700118555102",
             [(d(7), "92507", 1, ("GN",), None), (d(9), "92507", 1, ("GN",), None), (d(14), "92507", 1, ("GN",), None),
              (d(16), "92507", 1, ("GN",), None), (d(21), "92507", 1, ("GN",), None),
              (d(23), "92507", 1, ("GN",), None), (d(26), "92526", 1, ("GN",), None),
              (d(28), "92507", 1, ("GN",), None), (d(30), "92507", 1, ("GN",), None),
              (d(19), "92526", 2, ("GN",), d(23)), (d(26), "92507", 2, ("GN", "U1"), d(30)),
              (d(12), "92523", 1, ("GN",), None), (d(13), "92526", 1, ("GN",), None),
              (d(15), "92507", 1, ("GN",), None), (d(20), "92507", 1, ("GN",), None),
              (d(22), "92507", 1, ("GN",), None)], {}),
        ],
        "DENIED CLAIMS": [
            ("WHITEHORSE, TALLULAH", "PRT-11829", "2026013000455", "MR77311", "700119004417",
             [(d(8), "97165", 1, ("GO",), None), (d(8), "97530", 3, ("GO",), None)], {0: "CO", 1: "CO"}),
        ],
        "CLAIM ADJUSTMENTS": [
            ("OKONJO, ADAEZE", "PRT-11742", "2026012100981", "MR77102", "700118420931",
             [(d(29, 12, 2025), "97530", 4, ("GO",), None), (d(29, 12, 2025), "97112", 2, ("GO",), None)], {"void": 1}),
            ("OKONJO, ADAEZE", "PRT-11742", "2026013000502", "MR77102", "700118420931",
             [(d(29, 12, 2025), "97530", 4, ("GO",), None), (d(29, 12, 2025), "97112", 2, ("GO",), None)], {}),
        ],
    }
    for sec, claims in sections.items():
        fl.fit(60)
        doc.t(L, fl.y, f"*** {sec} ***", 8, "B")
        fl.y += 12
        for name, acct, icn, mrn, rid, items, flags in claims:
            key = book.claim(acct, icn, name)
            svcs = []
            for i, (dos, code, u, mods, end) in enumerate(items):
                s = Svc(dos, code, D(u), mods, end=end, denied=flags.get(i))
                G.medicaid(s, deny_reason="197")
                if flags.get("void"):
                    s = G.negate(s)
                    s.end = end
                svcs.append(s)

            def head(cont=False):
                y = fl.y
                doc.t(L, y, f"NAME {name:<24} PAT ACCT NO {acct:<11} ICN {icn}  MRN {mrn}  RECIP ID {rid}"
                      + ("  (CONTINUED)" if cont else ""), sz, "B")
                doc.t(L, y + 9, hdr, sz)
                fl.y = y + 20

            fl.fit(40)
            head()
            for ln, s in enumerate(svcs, 1):
                eob = "2017" if s.denied else ("9930" if flags.get("void") else ("6512" if s.end else "0000"))
                s.remarks = [eob]
                if fl.fit(10):
                    head(True)
                y = fl.y
                doc.t(L, y, line_text(ln, s, eob), sz)
                book.add(s, key, doc.pno, y, y + sz, ("billed", "allowed", "paid"), remarks=[eob],
                         service_end=s.end or s.dos)
                fl.y = y + 9
            tb, ta, tp = (G.total(svcs, k) for k in ("billed", "allowed", "paid"))
            y = fl.y
            doc.t(L, y, f"{'':<4}{'CLAIM TOTAL':<29}{'':>5}{mf(tb):>11}{mf(ta):>11}{mf(tp):>11}", sz, "B")
            book.set_totals(key, billed=tb, allowed=ta, paid=tp)
            fl.y = y + 16
    fl.fit(60)
    y = fl.y
    doc.t(L, y, "EOB CODE   DESCRIPTION", sz, "B")
    for i, (c, t) in enumerate(book.legend):
        doc.t(L, y + 10 + i * 9, f"{c}       {t}", sz)
    return book, doc


# =============================================================================================== d2
def lay_d2(out: Path):
    """State Medicaid RA, fpdf2, Liberation Serif, landscape, boxed beneficiary header, gridded lines."""
    doc = K.Doc("fpdf2", "lib-serif", landscape=True, fallback="times")
    mf = lambda v: money(v, "$")  # noqa: E731
    df = lambda x: dfmt(x, "mdy4")  # noqa: E731
    book = K.Book("h26_d2_medicaid_ra_grid", "state Medicaid remittance advice", "fpdf2",
                  "Medicaid RA with boxed beneficiary header, From/To columns, stacked CARC rows, $2 copay",
                  K.Fmt(money=mf, date=df, units=lambda u: f"{u:.2f}"), rules=("adj",), page_of_n=True)
    book.legend = [("N130", "Consult plan benefit documents for coverage limits."),
                   ("N54", "Authorization on file does not match the services billed."),
                   ("M86", "Service denied because payment already made for same/similar procedure.")]
    L, R = 30.0, 762.0
    sz = 7.0
    C = cols(L, [("Ln", 22, "c"), ("Svc From", 56, "l"), ("Svc To", 56, "l"), ("Procedure", 50, "l"),
                 ("Modifiers", 52, "l"), ("Units", 36, "r"), ("Billed Amount", 64, "r"), ("Approved", 60, "r"),
                 ("Paid Amount", 60, "r"), ("Adj Group/Reason", 72, "l"), ("Adj Amount", 60, "r"),
                 ("Remark", 52, "l"), ("Line Status", 92, "l")])

    def top():
        doc.t(L, 22, "Lakeland Department of Health Services - Medicaid & KidsCare", 12, "B")
        doc.t(L, 38, "Remittance Advice  |  Billing Provider: Tidewater Speech & Occupational Therapy LLC  |  NPI "
                     "1477309921  |  RA # 000918276  |  Warrant/EFT Date 02/06/2026", 7.5)
        doc.t(R, 22, f"Page {doc.pno} of {{NPAGES}}", 8, "", "r")
        doc.hl(L, R, 50, 1.0)
        return 58.0

    fl = Flow(doc, top, 578)
    fl.start()
    claims = [
        ("Marchetti, Gianna", "LDH0041177201", "TSOT-20931", "2026031004470", "Paid",
         [(d(5), "97166", 1, ("GO",)), (d(5), "97530", 2, ("GO",)), (d(12), "97530", 3, ("GO",)),
          (d(12), "97535", 1, ("GO", "59")), (d(19), "97530", 3, ("GO",)), (d(26), "97530", 2, ("GO",))], {}, False),
        ("Fairweather, Desmond", "LDH0039905512", "TSOT-20958", "2026031004488", "Paid",
         [(d(6), "92507", 1, ("GN",)), (d(8), "92507", 1, ("GN",)), (d(8), "92526", 1, ("GN",)),
          (d(13), "92507", 1, ("GN",))], {2: "CO"}, True),
        ("Ashby-Lund, Pearl", "LDH0044102277", "TSOT-20977", "2026031004503", "Denied",
         [(d(14), "97110", 2, ("GO",)), (d(14), "97140", 1, ("GO", "59"))], {0: "CO", 1: "CO"}, True),
        ("Marchetti, Gianna", "LDH0041177201", "TSOT-21004", "2026031004519", "Paid",
         [(d(2, 2), "97530", 3, ("GO",)), (d(2, 2), "97112", 1, ("GO",)), (d(4, 2), "97530", 3, ("GO",)),
          (d(4, 2), "97110", 2, ("GO",)), (d(9, 2), "97530", 2, ("GO",)), (d(9, 2), "97535", 1, ("GO",)),
          (d(11, 2), "97530", 3, ("GO",)), (d(11, 2), "97140", 1, ("GO",)), (d(16, 2), "97530", 2, ("GO",))],
         {}, False),
    ]
    for name, mid, acct, icn, status, items, denied, adult in claims:
        key = book.claim(acct, icn, name)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            dn = denied.get(i)
            s = Svc(dos, code, D(u), mods, denied=dn)
            G.medicaid(s, deny_reason="119" if (dn and code == "92526") else "197")
            if adult and not dn:
                s.paid -= D("2.00")
                s.adjs.append(("PR", "3", D("2.00")))
            s.remarks = (["M86"] if s.adjs and s.adjs[0][1] == "119" else ["N54"]) if dn else (
                ["N130"] if s.discount else [])
            svcs.append(s)
        tb, ta, tp = (G.total(svcs, k) for k in ("billed", "allowed", "paid"))

        def head(cont=False):
            y = fl.y
            doc.box(L, y, R - L, 26, fill=0.9)
            labels = [("Beneficiary Name", name), ("Beneficiary ID", mid), ("Patient Account #", acct), ("ICN", icn),
                      ("Claim Status", status + (" (continued)" if cont else "")), ("Billed", mf(tb)),
                      ("Paid", mf(tp))]
            x = L + 4
            for lab, v in labels:
                doc.t(x, y + 3, lab, 6.2, "B")
                doc.t(x, y + 13, v, 7.4)
                x += 106
            y += 30
            doc.box(L, y, R - L, 12, fill=0.8)
            draw_head(doc, C, y + 2, 6.8, "B")
            fl.y = y + 15

        fl.fit(70)
        head()
        for ln, s in enumerate(svcs, 1):
            h = len(s.adjs) * (sz + 2) + 3
            if fl.fit(h):
                head(True)
            y = fl.y
            g0, r0, a0 = s.adjs[0] if s.adjs else ("", "", None)
            draw_cells(doc, C, [str(ln), df(s.dos), df(s.dos), s.code, " ".join(s.mods), f"{s.units:.2f}",
                                mf(s.billed), mf(s.allowed), mf(s.paid), f"{g0}-{r0}" if g0 else "",
                                mf(a0) if a0 is not None else "", " ".join(s.remarks),
                                "Denied" if s.denied else "Paid"], y, sz)
            for j, (g, r, a) in enumerate(s.adjs[1:], 1):
                draw_cells(doc, C[9:11], [f"{g}-{r}", mf(a)], y + j * (sz + 2), sz)
            book.add(s, key, doc.pno, y, y + h - 3, ("billed", "allowed", "paid"), adjustments=s.adjs,
                     remarks=s.remarks, service_end=s.dos)
            doc.hl(L, R, y + h - 1, 0.2, 0.5)
            fl.y = y + h + 1
        fl.fit(14)
        y = fl.y
        draw_cells(doc, C, ["", "Claim Totals", "", "", "", "", mf(tb), mf(ta), mf(tp)], y, sz, "B")
        book.set_totals(key, billed=tb, allowed=ta, paid=tp)
        fl.y = y + 20
    fl.fit(50)
    y = fl.y
    doc.t(L, y, "Remark codes on this remittance", 8, "B")
    for i, (c, t) in enumerate(book.legend):
        doc.t(L, y + 11 + i * 10, f"{c}   {t}", 7)
    return book, doc


# =============================================================================================== p1
def lay_p1(out: Path):
    """Practice-management Medicare remittance, reportlab, Liberation Sans, landscape, adjustment pairs across."""
    doc = K.Doc("reportlab", "lib-sans", landscape=True)
    mf = lambda v: money(v, "")  # noqa: E731
    df = lambda x: dfmt(x, "mdyn")  # noqa: E731
    book = K.Book("h26_p1_pm_medicare_remit", "Medicare-style remit (practice management)", "reportlab",
                  "PM reprint of a Part B remit, four Adj Grp-Rsn/Amt pairs across the row, reversal and correction",
                  K.Fmt(money=mf, date=df, units=lambda u: G.units_str(u)), rules=("adj",))
    book.legend = [("N130", "Check plan benefit limits."), ("MA18", "Claim information was sent to the supplemental "
                   "insurer."), ("N20", "Service not paid separately."), ("MA01", "Appeal rights explained.")]
    L, R = 26.0, 766.0
    sz = 6.6
    C = cols(L, [("Svc Date", 44, "l"), ("CPT", 34, "l"), ("Mods", 40, "l"), ("Units", 26, "r"), ("Billed", 46, "r"),
                 ("Allowed", 46, "r"), ("Deduct", 40, "r"), ("Coins", 40, "r"), ("Adj 1", 38, "c"), ("Amt 1", 40, "r"),
                 ("Adj 2", 38, "c"), ("Amt 2", 38, "r"), ("Adj 3", 38, "c"), ("Amt 3", 38, "r"), ("Adj 4", 38, "c"),
                 ("Amt 4", 36, "r"), ("Pt Resp", 40, "r"), ("Paid", 44, "r"), ("RARC", 36, "l")])

    def top():
        doc.t(L, 20, "TheraLedger Practice Manager  -  Remittance Detail (835)", 10, "B")
        doc.t(L, 33, "Practice: Willowbend Rehab & Hand Therapy   Payer: Medicare Part B - Jurisdiction 8 (MAC)   "
                     "Check/EFT: 889104427   Paid 02/09/2026", 7)
        doc.t(R, 20, f"Printed 02/10/2026 8:14 AM   Page {doc.pno} of {{NPAGES}}", 6.5, "", "r")
        doc.box(L, 44, R - L, 11, fill=0.82, stroke=False)
        draw_head(doc, C, 46, 6.4, "B")
        return 62.0

    book.page_of_n = True
    fl = Flow(doc, top, 580)
    fl.start()
    st1, st2 = PlanState(ded_left=D("70.00")), PlanState()
    claims = [
        ("BRANNIGAN, EDWIN", "WB-30871", "2226034118830", "1EG4TE5MK72", "1 - Processed as Primary, forwarded to "
         "Keystone Supplemental", st1,
         [(d(6), "97161", 1, ("GP",)), (d(6), "97110", 2, ("GP",)), (d(8), "97110", 2, ("GP", "KX")),
          (d(8), "97140", 1, ("GP", "59")), (d(13), "97112", 2, ("GP",)), (d(13), "97110", 1, ("GP", "CQ")),
          (d(15), "97116", 2, ("GP",)), (d(15), "G0283", 1, ("GP",)), (d(20), "97110", 2, ("GP",)),
          (d(20), "97140", 1, ("GP", "59")), (d(22), "97112", 2, ("GP", "KX")), (d(22), "97110", 2, ("GP", "KX")),
          (d(27), "97110", 2, ("GP",)), (d(27), "97116", 1, ("GP",)), (d(29), "97110", 3, ("GP", "KX")),
          (d(29), "97112", 1, ("GP",))], "MA18", {}),
        ("SOLBERG, INGRID", "WB-30744", "2225358702210", "7KM2WQ3RT40", "22 - Reversal of previous payment", st2,
         [(d(15, 12, 2025), "97165", 1, ("GO",)), (d(15, 12, 2025), "97760", 1, ("GO",))], "MA01", {"rev": 1}),
        ("SOLBERG, INGRID", "WB-30744", "2226034118907", "7KM2WQ3RT40", "1 - Processed as Primary", st2,
         [(d(15, 12, 2025), "97165", 1, ("GO",)), (d(15, 12, 2025), "97760", 1, ("GO", "KX"))], "MA01", {}),
        ("DUARTE, FELIPE", "WB-30902", "2226034119044", "3PX8NN6VY21", "1 - Processed as Primary", st2,
         [(d(9), "97165", 1, ("GO",)), (d(9), "97530", 2, ("GO",)), (d(9), "97150", 1, ("GO",)),
          (d(16), "97530", 2, ("GO",))], "N130", {2: "CO"}),
    ]
    for name, acct, icn, mbi, status, st, items, rarc, flags in claims:
        key = book.claim(acct, icn, name)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=flags.get(i))
            G.medicare(s, st, deny_reason="97")
            if flags.get("rev"):
                s = G.negate(s)
            s.remarks = ["N20"] if s.denied else [rarc]
            svcs.append(s)

        def head(cont=False):
            y = fl.y
            doc.box(L, y, R - L, 12, fill=0.93, stroke=False)
            doc.t(L + 3, y + 2.5, f"Patient: {name}   Acct #: {acct}   ICN: {icn}   MBI: {mbi}   Status: {status}"
                  + ("   (continued)" if cont else ""), 7, "B")
            fl.y = y + 15

        fl.fit(40)
        head()
        for s in svcs:
            if fl.fit(10):
                head(True)
            y = fl.y
            adj = []
            for g, r, a in s.adjs[:4]:
                adj += [f"{g}-{r}", mf(a)]
            adj += [""] * (8 - len(adj))
            draw_cells(doc, C, [df(s.dos), s.code, " ".join(s.mods), G.units_str(s.units), mf(s.billed),
                                mf(s.allowed), mf(s.deductible), mf(s.coinsurance)] + adj +
                       [mf(s.owes), mf(s.paid), " ".join(s.remarks)], y, sz)
            book.add(s, key, doc.pno, y, y + sz, ("billed", "allowed", "deductible", "coinsurance", "patient_owes",
                                                   "paid"), adjustments=s.adjs, remarks=s.remarks)
            doc.hl(L, R, y + sz + 2, 0.15, 0.7)
            fl.y = y + sz + 4
        tb, ta, to, tp = (G.total(svcs, k) for k in ("billed", "allowed", "owes", "paid"))
        y = fl.y
        draw_cells(doc, C, ["Claim totals", "", "", "", mf(tb), mf(ta), mf(G.total(svcs, "deductible")),
                            mf(G.total(svcs, "coinsurance"))] + [""] * 8 + [mf(to), mf(tp)], y + 1, sz, "B")
        book.set_totals(key, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        fl.y = y + 18
    fl.fit(60)
    y = fl.y
    doc.t(L, y, "Remark code glossary (practice's own wording)", 7.5, "B")
    for i, (c, t) in enumerate(book.legend):
        doc.t(L, y + 11 + i * 9, f"{c}  {t}", 6.8)
    return book, doc


# =============================================================================================== p2
def lay_p2(out: Path):
    """Clearinghouse ERA remittance report, fpdf2, DejaVu Sans, portrait, adjustment sub-rows with wording."""
    doc = K.Doc("fpdf2", "dejavu")
    mf = lambda v: money(v, "$", "()")  # noqa: E731
    df = lambda x: dfmt(x, "mdy4")  # noqa: E731
    book = K.Book("h26_p2_clearinghouse_era_report", "Medicare-style remit (clearinghouse)", "fpdf2",
                  "Clearinghouse ERA report: key/value claim blocks, service rows with adjustment sub-rows",
                  K.Fmt(money=mf, date=df, units=lambda u: G.units_str(u)), rules=("adj",), page_of_n=True)
    book.legend = [("N130", "Benefit limits apply; see plan documents."),
                   ("M15", "Separately billed services were bundled."),
                   ("MA130", "Claim has incomplete information; resubmit as a new claim.")]
    WORDS = {"45": "Charge above fee schedule / contracted amount", "1": "Deductible amount",
             "2": "Coinsurance amount", "253": "Sequestration - reduction in federal payment",
             "97": "Included in another service paid on this date", "16": "Claim lacks information needed"}
    L, R = 34.0, 578.0
    sz = 6.8
    C = cols(L, [("Line Ctrl #", 66, "l"), ("Service Date", 62, "l"), ("Proc / Mods", 96, "l"), ("Units", 34, "r"),
                 ("Charge", 66, "r"), ("Allowed", 66, "r"), ("Paid", 66, "r"), ("Remarks", 88, "l")])

    def top():
        doc.t(L, 24, "ClaimBridge Exchange", 12, "B")
        doc.t(L, 39, "ERA Remittance Report  -  Payer: Medicare Part B (Great Lakes)  -  Payee: Oakmere Therapy "
                     "Partners", 7.2)
        doc.t(L, 49, "Trace # 1EFT0029981744   Payment Date 01/30/2026   Payment Amount $2,318.64   Method ACH", 7.2)
        doc.t(R, 24, f"Page {doc.pno} of {{NPAGES}}", 7.2, "", "r")
        doc.hl(L, R, 60, 0.8)
        return 68.0

    fl = Flow(doc, top, 748)
    fl.start()
    st = PlanState(ded_left=D("30.00"))
    claims = [
        ("Ruth Castellanos", "OTP26-0051", "22260280451100", "3TT9RD5XW17", "Processed as Primary",
         [(d(5), "97165", 1, ("GO",)), (d(5), "97530", 2, ("GO", "KX")), (d(7), "97530", 2, ("GO",)),
          (d(7), "97535", 1, ("GO",)), (d(12), "97530", 3, ("GO", "KX")), (d(12), "97140", 1, ("GO", "59")),
          (d(14), "97530", 2, ("GO",)), (d(14), "97535", 1, ("GO", "CO")), (d(19), "97530", 2, ("GO",)),
          (d(19), "97112", 1, ("GO",)), (d(21), "97530", 2, ("GO",)), (d(21), "97140", 1, ("GO",)),
          (d(21), "97168", 1, ("GO",))], {11: "CO"}, False),
        ("Bernard Oyelaran", "OTP26-0044", "22260150033700", "6QW2AA8KM33", "Reversal of Previous Payment",
         [(d(29, 12, 2025), "97110", 2, ("GP",)), (d(29, 12, 2025), "97116", 1, ("GP",))], {}, True),
        ("Bernard Oyelaran", "OTP26-0044", "22260280451322", "6QW2AA8KM33", "Processed as Primary",
         [(d(29, 12, 2025), "97110", 2, ("GP", "KX")), (d(29, 12, 2025), "97116", 1, ("GP", "KX"))], {}, False),
        ("Lorraine Vickery", "OTP26-0058", "22260280451487", "5NB4CV7JH08", "Processed as Primary",
         [(d(8), "92523", 1, ("GN",)), (d(15), "92507", 1, ("GN",)), (d(22), "92507", 1, ("GN",))], {}, False),
    ]
    lc = 880100
    for name, acct, icn, mbi, status, items, denied, rev in claims:
        key = book.claim(acct, icn, name)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=denied.get(i))
            G.medicare(s, st, deny_reason="97")
            if rev:
                s = G.negate(s)
            s.remarks = ["M15"] if s.denied else (["N130"] if "KX" in s.mods else [])
            svcs.append(s)
        tb, tp, to = (G.total(svcs, k) for k in ("billed", "paid", "owes"))

        def head(cont=False):
            y = fl.y
            doc.box(L, y, R - L, 34, fill=0.94)
            kv = [("Patient Name", name), ("Patient Control #", acct), ("Payer Claim #", icn),
                  ("Member ID", mbi), ("Claim Status", status), ("Claim Charge", mf(tb)), ("Claim Payment", mf(tp)),
                  ("Patient Responsibility", mf(to))]
            for i, (k, v) in enumerate(kv):
                cx = L + 6 + (i % 2) * 272
                cy = y + 3 + (i // 2) * 7.6
                doc.t(cx, cy, k + ":", 6.2, "B")
                doc.t(cx + 92, cy, v + (" (continued)" if cont and i == 0 else ""), 6.2)
            y += 38
            y += draw_head(doc, C, y, 6.5, "B")
            doc.hl(L, R, y + 1, 0.5)
            fl.y = y + 4

        fl.fit(80)
        head()
        nonlocal_lc = [lc]
        for s in svcs:
            h = (1 + len(s.adjs)) * (sz + 2.5)
            if fl.fit(h + 2):
                head(True)
            y = fl.y
            nonlocal_lc[0] += 1
            draw_cells(doc, C, [str(nonlocal_lc[0]), df(s.dos), s.code + (" " + " ".join(s.mods) if s.mods else ""),
                                G.units_str(s.units), mf(s.billed), mf(s.allowed), mf(s.paid),
                                " ".join(s.remarks)], y, sz)
            for j, (g, r, a) in enumerate(s.adjs, 1):
                yy = y + j * (sz + 2.5)
                doc.t(C[1][1] + 2, yy, f"Adj {g} {r}", 6.2, "I", color=0.25)
                doc.t(C[2][1] + 10, yy, WORDS.get(r, ""), 6.2, "I", color=0.25)
                doc.t(C[4][1] + C[4][2] - 2, yy, mf(a), 6.2, "I", "r", color=0.25)
            book.add(s, key, doc.pno, y, y + h - 2, ("billed", "allowed", "paid"), adjustments=s.adjs,
                     remarks=s.remarks)
            fl.y = y + h + 2
            doc.hl(L, R, fl.y - 2, 0.15, 0.6)
        lc = nonlocal_lc[0]
        book.set_totals(key, billed=tb, paid=tp)
        fl.y += 10
    fl.fit(50)
    y = fl.y
    doc.t(L, y, "Remark codes", 8, "B")
    for i, (c, t) in enumerate(book.legend):
        doc.t(L, y + 11 + i * 9, f"{c}  {t}", 6.8)
    return book, doc


# =============================================================================================== s1
def lay_s1(out: Path):
    """Therapy clinic family statement, fpdf2, Liberation Sans, flat activity table with a patient column."""
    doc = K.Doc("fpdf2", "lib-sans")
    mf = lambda v: money(v, ",")  # noqa: E731
    df = lambda x: dfmt(x, "mdy4")  # noqa: E731
    book = K.Book("h26_s1_clinic_family_statement", "therapy clinic family statement", "fpdf2",
                  "Pediatric therapy family statement, one activity table for three children, pending claim",
                  K.Fmt(money=mf, date=df, units=lambda u: G.units_str(u)), page_of_n=True)
    L, R = 30.0, 582.0
    sz = 6.8
    C = cols(L, [("Date", 46, "l"), ("Patient", 96, "l"), ("Claim #", 34, "l"), ("Code", 30, "l"), ("Mod", 30, "l"),
                 ("Qty", 20, "r"), ("Description", 92, "l"), ("Charge", 46, "r"), ("Ins. Paid", 46, "r"),
                 ("Ins. Adj.", 46, "r"), ("Your Share", 56, "r")])

    def top():
        doc.t(L, 26, "Sprout & Sparrow Pediatric Therapy", 13, "B")
        doc.t(L, 42, "415 Birchwood Parkway, Suite 2, Alder Bay, MN 55790  -  (218) 555-0147  -  billing@sproutsparrow.example",
              7)
        doc.t(R, 26, f"Page {doc.pno} of {{NPAGES}}", 7, "", "r")
        doc.hl(L, R, 54, 0.8)
        if doc.pno == 1:
            return 62.0
        doc.t(L, 60, "Guarantor: Elena Castellano-Reyes   Account 10-44821   Statement date 02/05/2026", 7.5, "B")
        y = 74 + draw_head(doc, C, 74, 6.8, "B")
        doc.hl(L, R, y + 1, 0.5)
        return y + 5

    fl = Flow(doc, top, 740)
    fl.start()
    y = fl.y
    doc.t(L, y, "ELENA CASTELLANO-REYES", 8.5, "B")
    doc.t(L, y + 11, "1902 Larkspur Way", 8.5)
    doc.t(L, y + 22, "Alder Bay, MN 55791", 8.5)
    doc.box(360, y - 2, 222, 62)
    for i, (k, v) in enumerate([("Statement date", "02/05/2026"), ("Account number", "10-44821"),
                                ("Amount due", "$418.86"), ("Due by", "02/25/2026"), ("Amount enclosed", "$ ________")]):
        doc.t(366, y + 2 + i * 11, k, 7.5, "B")
        doc.t(576, y + 2 + i * 11, v, 7.5, "", "r")
    y += 72
    doc.t(L, y, "Please detach and return the portion above with your payment. Thank you!", 7, "I")
    doc.hl(L, R, y + 10, 0.5, 0.5)
    y += 18
    doc.t(L, y, "Account activity", 9, "B")
    y += 13
    y += draw_head(doc, C, y, 6.8, "B")
    doc.hl(L, R, y + 1, 0.5)
    fl.y = y + 5
    stA = PlanState(ded_left=D("85.00"), visit_copay=D("0"), coins_rate=D("0.10"))
    visits = [
        ("Ivy Castellano-Reyes", "48811", stA, [(d(6), "97165", 1, ("GO",)), (d(6), "97530", 2, ("GO",))], None),
        ("Mateo Castellano-Reyes", "48812", stA, [(d(7), "92523", 1, ("GN",))], None),
        ("Ivy Castellano-Reyes", "48830", stA, [(d(13), "97530", 3, ("GO",)), (d(13), "97535", 1, ("GO",))], None),
        ("Mateo Castellano-Reyes", "48834", stA, [(d(14), "92507", 1, ("GN",)), (d(14), "92526", 1, ("GN",))],
         {1: "PR"}),
        ("Sofia Castellano-Reyes", "48840", stA, [(d(15), "97166", 1, ("GO",)), (d(15), "97112", 2, ("GO",)),
                                                   (d(15), "97110", 1, ("GO",))], None),
        ("Ivy Castellano-Reyes", "48851", stA, [(d(20), "97530", 3, ("GO",)), (d(20), "97140", 1, ("GO", "59"))], None),
        ("Mateo Castellano-Reyes", "48855", stA, [(d(21), "92507", 1, ("GN",))], None),
        ("Sofia Castellano-Reyes", "48860", stA, [(d(22), "97530", 2, ("GO",)), (d(22), "97150", 1, ("GO",))],
         {1: "PR"}),
        ("Ivy Castellano-Reyes", "48872", stA, [(d(27), "97530", 3, ("GO",)), (d(27), "97110", 1, ("GO",))], None),
        ("Mateo Castellano-Reyes", "48876", stA, [(d(28), "92507", 1, ("GN",))], None),
        ("Sofia Castellano-Reyes", "48880", stA, [(d(29), "97530", 3, ("GO",)), (d(29), "97535", 1, ("GO",)),
                                                   (d(29), "97112", 1, ("GO",))], None),
        ("Mateo Castellano-Reyes", "48884", stA, [(d(30), "92507", 1, ("GN",))], None),
        ("Sofia Castellano-Reyes", "48890", stA, [(d(2, 2), "97530", 3, ("GO",)), (d(2, 2), "97110", 2, ("GO",)),
                                                   (d(2, 2), "97535", 1, ("GO",))], None),
        ("Mateo Castellano-Reyes", "48893", stA, [(d(2, 2), "92507", 1, ("GN",))], None),
        ("Ivy Castellano-Reyes", "48899", stA, [(d(3, 2), "97530", 3, ("GO",)), (d(3, 2), "97168", 1, ("GO",))],
         "pending"),
    ]
    due = D("0")
    for pat, claim, st, items, flag in visits:
        key = book.claim(claim, None, pat)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=(flag or {}).get(i) if isinstance(flag, dict) else None)
            if flag != "pending":
                G.commercial(s, st)
            svcs.append(s)
        for s in svcs:
            fl.fit(11)
            y = fl.y
            desc = G.DESC[s.code] if len(G.DESC[s.code]) <= 24 else G.DESC[s.code][:24].rsplit(" ", 1)[0].rstrip(",")
            if flag == "pending":
                vals = ["pending", "pending", "--"]
                printed = ("billed",)
            else:
                vals = [mf(s.paid), mf(s.discount), mf(s.owes)]
                printed = ("billed", "paid", "discount", "patient_owes")
                due += s.owes
            draw_cells(doc, C, [df(s.dos), pat, claim, s.code,
                                " ".join(s.mods), G.units_str(s.units), desc, mf(s.billed)] + vals, y, sz)
            book.add(s, key, doc.pno, y, y + sz, printed)
            fl.y = y + sz + 4
        if flag == "pending":
            fl.fit(11)
            doc.t(C[6][1] + 2, fl.y, "Submitted to Evergreen Heartland Health 02/04/2026 - awaiting their decision",
                  6.4, "I", color=0.35)
            fl.y += 11
        else:
            fl.fit(11)
            doc.t(C[6][1] + 2, fl.y, "Evergreen Heartland Health processed this claim", 6.2, "I", color=0.35)
            fl.y += 10
    fl.fit(30)
    y = fl.y
    doc.t(C[6][1] + 2, y, "Payment - thank you (card ending 4471)", sz)
    doc.t(C[10][1] + C[10][2] - 2, y, "-150.00", sz, "", "r")
    y += 14
    doc.hl(L, R, y - 2, 0.5)
    doc.t(C[6][1] + 2, y, "Amount due now", 8, "B")
    doc.t(C[10][1] + C[10][2] - 2, y, mf(due - D("150.00")), 8, "B", "r")
    y += 16
    now = due - D("150.00")
    doc.t(L, y, f"Current  {money(now - D('150.00'))}   31-60 days  $150.00   61-90 days  $0.00   Over 90  $0.00", 7)
    ops = doc.pages[0]
    for i, op in enumerate(ops):  # the stub at the top shows the amount due, known only now
        if op[0] == "t" and op[3] == "$418.86":
            ops[i] = op[:3] + (money(now),) + op[4:]
    doc.t(L, y + 11, "Patient names on this statement: Ivy, Mateo and Sofia Castellano-Reyes.", 7)
    return book, doc


# =============================================================================================== s2
def lay_s2(out: Path):
    """Hospital guarantor statement, reportlab, DejaVu Serif, encounter blocks with line-level insurance."""
    doc = K.Doc("reportlab", "dejavu-serif", fallback="times")
    mf = lambda v: money(v, ",", "trail")  # noqa: E731
    df = lambda x: dfmt(x, "mon")  # noqa: E731
    book = K.Book("h26_s2_hospital_statement", "hospital family statement", "reportlab",
                  "Hospital guarantor statement, encounter blocks, Chg Code + CPT + Mod, line-level insurance",
                  K.Fmt(money=mf, date=df, units=lambda u: G.units_str(u)), page_of_n=True)
    L, R = 34.0, 578.0
    sz = 6.4
    C = cols(L, [("Date", 50, "l"), ("Chg Code", 42, "l"), ("CPT/HCPCS", 44, "l"), ("Mod", 34, "l"),
                 ("Description", 126, "l"), ("Qty", 22, "r"), ("Charges", 50, "r"), ("Insurance\nPaid", 56, "r"),
                 ("Adjust-\nments", 56, "r"), ("Your\nPortion", 64, "r")])

    def top():
        doc.t(L, 26, "St. Brendan Valley Hospital", 13, "B")
        doc.t(L, 42, "Patient Financial Services  |  600 Cathedral Hill Drive, Brendan Falls, IA 52101", 7.2)
        doc.t(R, 26, "GUARANTOR STATEMENT", 10, "B", "r")
        doc.t(R, 42, f"Page {doc.pno} of {{NPAGES}}", 7.2, "", "r")
        doc.hl(L, R, 54, 1.0)
        doc.t(L, 768, "Questions about this bill? Call Patient Financial Services at (319) 555-0192. Financial "
                      "assistance may be available.", 6.2, "I")
        return 62.0

    fl = Flow(doc, top, 745)
    fl.start()
    y = fl.y
    doc.t(L, y, "SAMUEL OKONKWO-HART", 8.5, "B")
    doc.t(L, y + 11, "33 Prairie Wind Court", 8.5)
    doc.t(L, y + 22, "Brendan Falls, IA 52102", 8.5)
    doc.box(350, y - 2, 228, 50, fill=0.92)
    for i, (k, v) in enumerate([("Guarantor account", "G-0077120"), ("Statement date", "Feb 12, 2026"),
                                ("Total amount due", "see below")]):
        doc.t(356, y + 3 + i * 13, k, 7.6, "B")
        doc.t(572, y + 3 + i * 13, v, 7.6, "", "r")
    fl.y = y + 62
    CDM = {"97110": "42011100", "97112": "42011120", "97140": "42011400", "97530": "43075300", "97535": "43075350",
           "97165": "43071650", "97116": "42011160", "92507": "44025070", "92523": "44025230", "L3807": "27438070",
           "97760": "43077600", "99213": "51099213", "97161": "42071610", "G0283": "42002830"}
    encounters = [
        ("Samuel Okonkwo-Hart", "7700124519", "Outpatient Physical Therapy", "Heartland Mutual PPO",
         "HMP-2602-118847", PlanState(ded_left=D("0"), coins_rate=D("0.20")),
         [(d(5), "97161", 1, ("GP",)), (d(5), "97110", 2, ("GP",)), (d(7), "97110", 2, ("GP",)),
          (d(7), "97140", 1, ("GP", "59")), (d(12), "97112", 2, ("GP",)), (d(12), "G0283", 1, ("GP",)),
          (d(14), "97116", 2, ("GP",)), (d(14), "97110", 1, ("GP",))], {}),
        ("Lucia Okonkwo-Hart", "7700125063", "Outpatient Occupational Therapy - Hand Clinic", "Heartland Mutual PPO",
         "HMP-2602-120311", PlanState(ded_left=D("400.00"), coins_rate=D("0.20")),
         [(d(9), "99213", 1, ()), (d(9), "97165", 1, ("GO",)), (d(9), "97760", 1, ("GO",)),
          (d(9), "L3807", 1, ("LT",)), (d(16), "97140", 1, ("GO",)), (d(16), "97530", 2, ("GO",)),
          (d(23), "97530", 2, ("GO",)), (d(23), "97535", 1, ("GO",)), (d(30), "97530", 2, ("GO",)),
          (d(30), "97140", 1, ("GO",)), (d(30), "97110", 1, ("GO",))], {}),
        ("Mateo Okonkwo-Hart", "7700125871", "Outpatient Speech Therapy", "Heartland Mutual PPO",
         "HMP-2602-121950", PlanState(ded_left=D("0"), coins_rate=D("0.20")),
         [(d(13), "92523", 1, ("GN",)), (d(20), "92507", 1, ("GN",)), (d(27), "92507", 1, ("GN",))], {}),
    ]
    grand = D("0")
    for pat, enc, dept, ins, pcn, st, items, denied in encounters:
        key = book.claim(enc, pcn, pat)
        svcs = []
        for i, (dos, code, u, mods) in enumerate(items):
            s = Svc(dos, code, D(u), mods, denied=denied.get(i))
            G.commercial(s, st)
            svcs.append(s)
        span = f"{df(svcs[0].dos)} - {df(svcs[-1].dos)}"

        def head(cont=False):
            y = fl.y
            doc.box(L, y, R - L, 24, fill=0.88, stroke=False)
            doc.t(L + 4, y + 3, f"Encounter {enc}  -  {pat}  -  {dept}" + ("  (continued)" if cont else ""), 7.6, "B")
            doc.t(L + 4, y + 14, f"Service dates {span}.  Billed to {ins}, claim {pcn}.", 6.6, "I")
            y += 28
            y += draw_head(doc, C, y, 6.4, "B")
            doc.hl(L, R, y + 1, 0.4)
            fl.y = y + 4

        fl.fit(70)
        head()
        for s in svcs:
            if fl.fit(11):
                head(True)
            y = fl.y
            draw_cells(doc, C, [df(s.dos), CDM[s.code], s.code, " ".join(s.mods), G.DESC[s.code][:30].upper(),
                                G.units_str(s.units), mf(s.billed), mf(-s.paid) if s.paid else mf(s.paid),
                                mf(-s.discount) if s.discount else mf(s.discount), mf(s.owes)], y, sz)
            book.add(s, key, doc.pno, y, y + sz, ("billed", "patient_owes"),
                     overrides={"paid": G.amt(s.paid), "discount": G.amt(s.discount)})
            fl.y = y + sz + 4.5
        fl.fit(14)
        y = fl.y
        tb, tp, tdc, to = (G.total(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        grand += to
        doc.hl(C[6][1], R, y - 1, 0.4)
        draw_cells(doc, C, ["", "", "", "", "Encounter totals", "", mf(tb), mf(-tp), mf(-tdc), mf(to)], y + 1, sz, "B")
        book.set_totals(key, billed=tb, paid=tp, patient_owes=to)
        fl.y = y + 22
    fl.fit(40)
    y = fl.y
    doc.box(330, y, 248, 22, fill=0.85)
    doc.t(336, y + 6, "Total amount due from guarantor", 8, "B")
    doc.t(572, y + 6, mf(grand), 9, "B", "r")
    return book, doc


LAYOUTS = [lay_c1, lay_c2, lay_m1, lay_m2, lay_d1, lay_d2, lay_p1, lay_p2, lay_s1, lay_s2]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout26_"))
    repo = Path(__file__).resolve().parents[2]
    if (repo / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nlines = npages = spans = 0
    for lay in LAYOUTS:
        book, doc = lay(out)
        pdf = book.write(out, doc)
        data = json.loads(Path(str(pdf) + ".truth.json").read_text())
        nlines += len(data["lines"])
        npages += data["pages"]
        sp = K.spans_pages(data)
        spans += 1 if sp else 0
        msg = f"{pdf.name}: {len(data['lines'])} lines, {data['pages']} pages, {len(data['claims'])} claims, " \
              f"{sp} claim(s) across a page break"
        if a.check:
            errs = K.check_book(book, pdf)
            msg += "  OK" if not errs else f"  {len(errs)} PROBLEM(S)"
            for e in errs[:25]:
                msg += "\n    " + e
            bad += bool(errs)
        print(msg)
    print(f"{len(LAYOUTS)} files, {nlines} lines, {npages} pages, {spans} files with a claim across a page break -> {out}")
    if a.check:
        if spans < 3:
            print("CHECK: fewer than three files carry a claim across a page break")
            bad += 1
        print("CHECK", "PASSED" if not bad else "FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
