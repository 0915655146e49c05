"""Write the 28th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two of
each of the five commonest real kinds (commercial member EOBs; a Medicare Summary Notice and a Medicare Advantage
member EOB; state Medicaid remittance advices; Medicare Part B remits printed by a clearinghouse / a practice-management
system; family statements from a therapy clinic and a hospital), in house styles unlike sets 1-27. Written without
looking at the reader or at how it reads these files.

Run:  python bench/heldout28/make_heldout28_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout28/make_heldout28_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf
(samples/pdf/eobgen.write_truth; files <name>.pdf.truth.json), printed values only, null for what a layout does not
print (units too: no units printed -> null; modifiers [] when none printed); description is null throughout.
claim_id = the provider's own account / patient-control / visit / encounter number printed with the claim (null where
none is), payer_claim_id = the payer's claim number / ICN (null where none is printed), patient = the person who got
the service exactly as printed (not the subscriber, member or guarantor unless the same person). Where a line prints
From and To dates, service_end is the To date. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words (97533 gets an invented charge and rate). Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness; pages are recorded as drawing operations and rendered at the end, so "Page n of
N" is exact). h28kit.py holds the drawing kit (one top-left API over both producers), the truth collector and the
check.

Layouts (10 files, 260 service lines, 18 pages):
  c1  commercial PPO member EOB, portrait Liberation Serif (reportlab): member box, shaded claim bands "Patient: <name>
      (Daughter)" / Claim ID / Provider / Patient account no., dotted leader rows, two-line headings Service date
      01/05/26 / wrapped Description / Code / Mod "GO 59" / Qty / Billed charges / Network discount / Not covered /
      Allowed amount / Deductible / Copay / Coinsurance / Plan pays / Your share / Note, four family members, deductible
      met in the first claim, office-visit copay, a non-covered 0552T the member owes (N4), a bundled 92526 (B2),
      Claim totals + "Payment of $x was sent to" lines, a claim continued on page 2 under its repeated band
  c2  employer plan member EOB from a TPA, landscape core Helvetica (fpdf2): dark banner, "Claims Summary" table, then
      per claim "<name> - Dependent child" + Claim Number + Provider Claim Ref, fully gridded Date of Service
      01/05/2026 / Procedure / Modifier / Description / Charges / Discount / Not Covered / Allowed / Deductible / Copay /
      Coinsurance / Plan Paid / Remark, no units, no per-line patient share, per-day $25 copay, an excluded 0552T
      (R17), Claim Total rows, a claim continued on page 2 "(continued)"; PLANTED claim-total mismatch (Plan Paid total
      of claim NBA-26-0041230 printed 10.00 too high, in its Claim Total row and in the summary)
  m1  Medicare Summary Notice Part B, portrait DejaVu Serif 8.5 pt (fpdf2): address + boxed facts, provider heads with
      "Claim number ...", ruled grid with the date on every row 01/05/26, wording "Therapeutic exercises (97110-GP-KX)"
      wrapping, Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum
      You May Be Billed / See Notes letters, deductible, a denied 0552T, Total for this claim, second claim continued
      onto page 2 under a repeated head "(continued)", notes
  m2  Medicare Advantage HMO member EOB, landscape Liberation Sans (reportlab): out-of-pocket box, purple provider bars
      with "Claim 2601-HL-... | Provider's account number ...", Date of service "Jan 5, 2026" / What you received /
      Procedure / Modifiers "GP CQ" / Provider's charge / Plan-approved amount / Plan paid / Copay / Coinsurance / Not
      covered / You owe / Note, $20 copay once per visit day, a specialist claim with 20% coinsurance, a non-covered
      0552T, Claim total rows
  d1  state Medicaid "REMITTANCE AND STATUS REPORT", portrait Liberation Mono fixed columns (fpdf2): three-row column
      heading, claim line "LAST, FIRST / ICN 100-2-26-... / MEDICAID NO. / PATIENT ACCT #", detail lines FROM TO
      01052026 01052026 / POS / TOS / PROC / MODS "GO U1" / BILLED QTY "3.0" / BILLED CHARGE / ALLOWED QTY / ALLOWED
      CHARGE / PAID AMOUNT / 5-digit EOB code, an "ADJ RSN: CO-45 174.45" line under each detail, PAID OR ADJUSTED and
      DENIED sections (allowed qty 0.0), CLAIM TOTALS, EOB legend, 1 page
  d2  state Medicaid "Provider Remittance Advice", portrait DejaVu Sans Condensed (reportlab): shaded boxed beneficiary
      heads (Beneficiary / Medicaid ID / ICN / Claim status / Patient Account / original, voids, replaces), Ln / Service
      Date 01/05/2026 / Procedure / Mods / Units "2.00" / Billed / Allowed / Paid / Adj Code "CO45" / Adj Amount /
      Remark / Status (Paid, Denied, Voided), a CO97 bundled line with M86, a VOID claim in parentheses and its
      replacement, a wholly denied claim (CO16, N54), a 21-line claim continued on page 2 "(cont.)", code descriptions
  p1  clearinghouse "Remittance Advice - Claim Detail View" of a Medicare Part B payment, portrait Liberation Sans
      Narrow (reportlab): boxed claim heads (Patient LAST, FIRST / Patient Ctrl # / Payer Claim # / MBI / status with
      crossover), Ln / Service Dates "01/05/2026-01/05/2026" / Proc / Mods / Units / Submitted / Approved / Deductible /
      Coinsurance / Grp / Rsn / Adj Amt with further adjustments stacked on sub-rows / Provider Paid / Remarks, a CO-50
      denial (N130), a reversal (status 22, negatives) and its correction, Claim Totals, glossary
  p2  practice-management "ERA Posting Journal" of a Medicare Part B payment, portrait DejaVu Sans 6.4 pt (fpdf2): grey
      patient/claim bars ("Acct 100482  Claim 2202...  Ins: MCR-B (primary)  2nd: ..."), white-on-black column header,
      DOS 1/5/2026 / CPT / Mod "GO,KX" / Qty "2.00" / Charge / Allowed / Paid / Contr W/O / Seq Red / Ded / Coins /
      Pt Resp / Adj Codes without amounts "CO45 PR2 CO253" / RARC, plain 1234.50 money, a statutorily excluded 0552T,
      Claim rows, a claim continued on page 2 under its repeated bar "(cont'd)"
  s1  pediatric therapy clinic family STATEMENT, portrait core Helvetica (reportlab): account box, one block per visit
      "Visit V-... · <child> · date · Provider", Date / Patient (first name) / Description / Code "97530-GO" / Units /
      Charges / Credits / Pending insurance; insurer payment ("... payment - claim BH...") and contractual adjustment
      printed as separate credit TRANSACTION rows under the services, visit-total line with "Your responsibility",
      three children, two visits still awaiting insurance (charges repeated under Pending insurance), aging strip
  s2  hospital & clinics family statement, portrait Liberation Sans (fpdf2), fully gridded: boxed visit heads (Visit
      No. / patient / department, "Billed to ..., claim ..."), Service Date 06-JAN-2026 / Patient (first name) /
      Description / CPT/HCPCS / Mod / Qty / Charge / a COMBINED "Insurance Pmt/Adj" column (payment + write-off as one
      negative) with a message letter beside it / Patient Payments / Amount Due, a non-covered 0552T, a patient payment
      at the visit, Visit totals, message-code legend, 1 page

Truth decisions worth knowing: c1's Network discount is discount, Not covered not_covered, Your share patient_owes,
Note codes remarks; c2 prints no units and no per-line patient share (null), Remark codes are remarks, its "Provider
Claim Ref" is claim_id; m1 prints no units and no provider account (claim_id null), the modifiers are the ones inside
the code text, allowed = Medicare-Approved, paid = Amount Medicare Paid (after the 2% reduction), patient_owes =
Maximum You May Be Billed, See Notes letters are remarks; m2 prints no units, Plan-approved = allowed, Plan paid =
paid, You owe = patient_owes, payer_claim_id is the number after "Claim"; d1's units are the BILLED QTY (the denied
lines print ALLOWED QTY 0.0), FROM and TO give service_end (same day), its ADJ RSN codes are adjustments with
their printed amounts (billed - adjustments = paid), EOB codes are remarks, no patient share; d2's adjustments are printed with amounts (billed - adjustments =
paid), the void keeps positive units with negative amounts; p1's adjustments carry amounts, the reversal keeps
positive units with negative amounts, no per-line patient share (null); p2's Contr W/O is the discount (a denied
line's whole charge), Seq Red is not a truth field, Pt Resp patient_owes, Adj Codes are adjustments without amounts;
s1 prints only charges per line (billed; paid / discount are visit-level transaction rows, not line values), claim_id
the Visit number, payer_claim_id the insurer's claim number in the payment row (null for visits still at the
insurer), claim totals billed only; s2's combined Insurance Pmt/Adj is neither paid nor discount (null), Amount Due
(after any patient payment) is patient_owes, message letters are remarks, claim_id the Visit No.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every service
row (with its wrapped text, stacked adjustment sub-rows and d1's ADJ RSN line); the check reads each written PDF's
text layer with pdfplumber and finds every truth code, modifier (or glued code-modifier string), units value, date (and
end date), amount, adjustment code (and amount) and remark INSIDE that band as whole tokens in the layout's own
print format; ids and patients in the document's text; the page count and every printed "Page n of N"; the documents'
own arithmetic (billed - adjustments = paid where every adjustment is printed with its amount; allowed - deductible -
copay - coinsurance = paid and billed - discount - not covered = allowed where those are printed); claim totals are
printed inside their totals row and equal the sum of their lines, unless the mismatch is the planted expected finding,
which must really differ and be declared; claims unique by (claim_id, payer_claim_id) and matching the lines; legend
codes printed; at least three files carry a claim whose rows continue onto the next page.
"""

# ruff: noqa: B023  (the per-claim head() closures are called only within their own loop iteration)

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q  # noqa: E402
from h28kit import Col, Collector, Doc, Fmt, Table, check, continued_claims, pick, render_fpdf, render_reportlab  # noqa: E402,E501

# Sensory integrative techniques are not in the sample factory's tables: our own charge, rate and wording.
eobgen.FEE.setdefault("97533", "88.00")
eobgen.SCHED.setdefault("97533", "30.40")
eobgen.DESC.setdefault("97533", "Sensory integration activities")

D = date
P = (612.0, 792.0)
L = (792.0, 612.0)
GREY = (0.86, 0.86, 0.86)
PALE = (0.94, 0.95, 0.97)
DARK = (0.15, 0.22, 0.33)
WHITE = (1, 1, 1)
MID = (0.45, 0.45, 0.45)


def S(dos, code, units, mods=(), **kw):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), **kw)


def sum_(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


def tok_codes_sep(code, mods):
    return [code] + list(mods)


class Flow:
    """Vertical cursor with page breaks; ``furniture`` draws a new page's fixed parts and returns the top y."""

    def __init__(self, doc: Doc, furniture, bottom: float):
        self.doc, self.furniture, self.bottom = doc, furniture, bottom
        self.y = furniture(doc, first=True)

    def fits(self, h):
        return self.y + h <= self.bottom

    def new_page(self):
        self.doc.new_page()
        self.y = self.furniture(self.doc, first=False)


def footer(doc: Doc, left: str, size=6.5, y=None):
    y = y or doc.h - 22
    doc.line(36, y - 9, doc.w - 36, y - 9, lw=0.3, color=MID)
    doc.text(36, y, left, size, color=MID)
    doc.text(doc.w - 36, y, "Page {PAGE} of {PAGES}", size, align="r", color=MID)


# ====================================================================================================== c1
def layout_c1():
    """Commercial member EOB, portrait, Liberation Serif: dotted leader rows, family of four."""
    fam = pick("libserif", "times")
    doc = Doc(*P, fam)
    fm = Fmt(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"), units=lambda u: f"{u.normalize():f}",
             code=tok_codes_sep, remark=lambda r: r)
    col = Collector("h28_c1_commercial_member", "reportlab", "Commercial member EOB (family of four)", fm,
                    member_parts=True, allowed_parts=True)

    def furn(d, first):
        d.text(36, 44, "Cedarline Mutual Health Plan", 16, "B", color=DARK)
        d.text(36, 56, "P.O. Box 44180  ·  Harrow Falls, OR 97404  ·  1-888-555-0143 (TTY 711)", 7, color=MID)
        d.text(d.w - 36, 44, "EXPLANATION OF BENEFITS", 11, "B", "r")
        d.text(d.w - 36, 56, "THIS IS NOT A BILL", 8, "B", "r", color=(0.6, 0.1, 0.1))
        d.line(36, 63, d.w - 36, 63, lw=1.2, color=DARK)
        footer(d, "Cedarline Mutual Health Plan  ·  Statement date 01/30/26  ·  Member ID CMH-884-20-5513")
        if first:
            d.text(36, 82, "Rosalind Achterberg-Feld", 9, "B")
            d.text(36, 93, "2214 Larkspur Terrace", 8)
            d.text(36, 103, "Harrow Falls OR 97405-2214", 8)
            d.rect(330, 74, 246, 54, stroke=(0.4, 0.4, 0.4))
            for k, (a, b) in enumerate([("Subscriber", "Rosalind Achterberg-Feld"), ("Member ID", "CMH-884-20-5513"),
                                        ("Group", "Harrow Falls School District #4 (GR-20417)"),
                                        ("Plan", "Cedarline PPO 1500")]):
                d.text(336, 85 + k * 11, a + ":", 7.5, "B")
                d.text(400, 85 + k * 11, b, 7.5)
            d.text(36, 146, "Your family's claims processed from January 1 through January 28, 2026", 10, "B")
            d.text(36, 158, "Each service is listed with what your provider billed, your plan's share and your share. "
                   "Keep this statement with your records.", 7.5, color=MID)
            return 176
        return 80

    flow = Flow(doc, furn, doc.h - 60)
    cols = [Col("Service\ndate", 38), Col("Description of service", 80), Col("Code", 28), Col("Mod", 28),
            Col("Qty", 18, "r"), Col("Billed\ncharges", 42, "r"), Col("Network\ndiscount", 38, "r"),
            Col("Not\ncovered", 34, "r"), Col("Allowed\namount", 40, "r"), Col("Deduct-\nible", 32, "r"),
            Col("Copay", 30, "r"), Col("Co-\ninsurance", 36, "r"), Col("Plan\npays", 40, "r"),
            Col("Your\nshare", 36, "r"), Col("Note", 20, "c")]
    t = Table(doc, 36, cols, size=7, head_size=6.6, pad=2)
    M = fm.money
    claims = []
    # (patient, relationship, claim id, provider acct, provider, svcs, state)
    st_fam = PlanState(ded_left=Decimal("180.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st_ov = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35.00")},
                      allowed_rate=Decimal("0.80"))
    claims.append(("Theodora Achterberg-Feld", "Daughter", "CM26-0107-55821", "TF-30918",
                   "Bramblewood Pediatric Therapy", [
                       S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
                       S(D(2026, 1, 7), "97530", 3, ("GO",)), S(D(2026, 1, 7), "97535", 1, ("GO",)),
                       S(D(2026, 1, 9), "97112", 2, ("GO", "59")), S(D(2026, 1, 9), "97530", 2, ("GO",)),
                       S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97140", 1, ("GO", "59")),
                       S(D(2026, 1, 14), "97530", 2, ("GO",)), S(D(2026, 1, 14), "0552T", 1, (), denied="PR"),
                       S(D(2026, 1, 16), "97110", 2, ("GO",)), S(D(2026, 1, 16), "97535", 2, ("GO",)),
                   ], st_fam))
    claims.append(("Emil Achterberg-Feld", "Son", "CM26-0112-60477", "TF-30921", "Bramblewood Pediatric Therapy", [
        S(D(2026, 1, 6), "92523", 1, ("GN",)), S(D(2026, 1, 8), "92507", 1, ("GN",)),
        S(D(2026, 1, 13), "92507", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
        S(D(2026, 1, 15), "92526", 1, ("GN",), denied="CO"), S(D(2026, 1, 20), "92507", 1, ("GN",)),
        S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 27), "92507", 1, ("GN",)),
        S(D(2026, 1, 27), "92526", 1, ("GN", "59")),
    ], st_fam))
    claims.append(("Rosalind Achterberg-Feld", "Self", "CM26-0114-61209", "0044718", "Harrow Falls Orthopedic Group", [
        S(D(2026, 1, 8), "99213", 1), S(D(2026, 1, 8), "L3807", 1, ("RT",)),
        S(D(2026, 1, 8), "97760", 1, ("GO",)),
    ], st_ov))
    claims.append(("Piet Achterberg-Feld", "Spouse", "CM26-0120-66350", "HW-5512", "Kestrel Hand & Upper Limb Clinic", [
        S(D(2026, 1, 19), "97168", 1, ("GO",)), S(D(2026, 1, 19), "97140", 2, ("GO",)),
        S(D(2026, 1, 21), "G0283", 1, ("GO",)), S(D(2026, 1, 21), "97110", 3, ("GO",)),
    ], st_fam))
    notes = {"0552T": "N4", "92526": "B2"}
    for pat, rel, cid, acct, prov, svcs, st in claims:
        for s in svcs:
            commercial(s, st, deny_reason="204")
        head_h = 30
        if not flow.fits(head_h + t.header_height() + 30):
            flow.new_page()

        def claim_head(cont=False):
            y = flow.y
            doc.rect(36, y, doc.w - 72, 24, fill=PALE, stroke=(0.55, 0.55, 0.6), lw=0.6)
            doc.text(42, y + 10, f"Patient: {pat} ({rel})" + ("   — continued from previous page" if cont else ""),
                     8.5, "B")
            doc.text(doc.w - 42, y + 10, f"Claim ID: {cid}", 8, "B", "r")
            doc.text(42, y + 20, f"Provider: {prov}   ·   Patient account no.: {acct}   ·   In-network   ·   "
                     f"Received 01/2{len(svcs) % 9}/26", 7)
            flow.y = t.header(y + 28)

        claim_head()
        for s in svcs:
            note = notes.get(s.code, "")
            cells = [dfmt(s.dos, "mdy2"), s.desc, s.code, " ".join(s.mods), f"{s.units.normalize():f}", M(s.billed),
                     M(s.discount), M(s.not_covered), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance),
                     M(s.paid), M(s.owes), note]
            h = t.row_height(cells)
            if not flow.fits(h):
                flow.new_page()
                claim_head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells)
            doc.line(36, flow.y, doc.w - 36, flow.y, lw=0.3, color=(0.6, 0.6, 0.6), dash=True)
            col.line(doc.page, (y0, flow.y), s, claim_id=acct, payer_claim_id=cid, patient=pat,
                     printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), remarks=[note] if note else [])
        tot = [sum_(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                        "coinsurance", "paid", "owes")]
        cells = ["", "Claim totals", "", "", ""] + [M(v) for v in tot] + [""]
        if not flow.fits(t.row_height(cells) + 14):
            flow.new_page()
            claim_head(cont=True)
        y0 = flow.y
        flow.y = t.row(y0, cells, st="B")
        col.claim(acct, cid, pat, {"billed": tot[0], "allowed": tot[3], "paid": tot[7], "patient_owes": tot[8]},
                  band=(doc.page, y0, flow.y))
        doc.text(42, flow.y + 9, f"Payment of {M(tot[7])} was sent to {prov}.", 7, "I")
        flow.y += 22
    col.legend = [("N4", "This service is not a covered benefit under your plan; the amount is your responsibility."),
                  ("B2", "Billed with another service the same day; included in that payment. You do not owe it.")]
    if not flow.fits(40):
        flow.new_page()
    doc.text(36, flow.y + 4, "Notes", 9, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(36, flow.y + 16 + k * 10, c, 7.5, "B")
        doc.text(56, flow.y + 16 + k * 10, txt, 7.5)
    return doc, col, render_reportlab


# ====================================================================================================== c2
def layout_c2():
    """Employer plan member EOB, landscape, core Helvetica: summary table, then claim detail; planted mismatch."""
    doc = Doc(*L, "helv")
    fm = Fmt(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), code=tok_codes_sep)
    col = Collector("h28_c2_employer_member", "fpdf2", "Employer plan member EOB with claims summary", fm,
                    member_parts=True)

    def furn(d, first):
        d.rect(0, 0, d.w, 40, fill=(0.12, 0.35, 0.30), stroke=None)
        d.text(36, 26, "NORTHGATE BENEFIT ADMINISTRATORS", 14, "B", color=WHITE)
        d.text(d.w - 36, 18, "Explanation of Benefits", 11, "B", "r", color=WHITE)
        d.text(d.w - 36, 31, "for the Pellham Logistics Employee Health Plan", 7.5, align="r", color=WHITE)
        footer(d, "Northgate Benefit Administrators · 600 Quarry Row, Suite 12, Linden Park, MN 55121 · "
                  "Questions: 1-800-555-0179  ·  EOB date 02/03/2026")
        return 58

    flow = Flow(doc, furn, doc.h - 44)
    M = fm.money
    st1 = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    st2 = PlanState(ded_left=ZERO, coins_rate=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    claims = [
        ("Jun-ho Baranowski", "Dependent child", "NBA-26-0041187", "PT88104", "Meadowlark Speech & OT Center", [
            S(D(2026, 1, 5), "92507", 1, ("GN",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
            S(D(2026, 1, 12), "92507", 1, ("GN",)), S(D(2026, 1, 12), "97530", 2, ("GO",)),
            S(D(2026, 1, 19), "92507", 1, ("GN",)), S(D(2026, 1, 19), "97533", 2, ("GO",), desc="Sensory integration"),
        ], st2),
        ("Ilse Baranowski", "Spouse", "NBA-26-0041230", "4471-0093", "Linden Park Physical Therapy", [
            S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
            S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97140", 2, ("GP", "59")),
            S(D(2026, 1, 13), "97116", 2, ("GP",)), S(D(2026, 1, 13), "97112", 1, ("GP",)),
        ], st1),
        ("Jun-ho Baranowski", "Dependent child", "NBA-26-0041466", "PT88190", "Meadowlark Speech & OT Center", [
            S(D(2026, 1, 26), "97167", 1, ("GO",)), S(D(2026, 1, 26), "97535", 1, ("GO",)),
            S(D(2026, 1, 28), "97530", 3, ("GO",)), S(D(2026, 1, 28), "0552T", 1, (), denied="CO"),
        ], st2),
        ("Tomasz Baranowski", "Employee", "NBA-26-0041502", "V-220871", "Pellham Occupational Health Clinic", [
            S(D(2026, 1, 21), "99213", 1), S(D(2026, 1, 21), "97140", 1, ("GP",)),
            S(D(2026, 1, 21), "G0283", 1, ("GP",)),
        ], st1),
    ]
    for c in claims:
        for s in c[5]:
            commercial(s, c[6])
    planted_pcid = "NBA-26-0041230"
    # summary table
    doc.text(36, flow.y, "Member: Tomasz Baranowski    Member ID: NBX 0731 9962    Group: 60418-PL    "
             "Coverage: Employee + Family", 8, "B")
    flow.y += 16
    doc.text(36, flow.y, "Claims Summary", 10, "B", color=(0.12, 0.35, 0.30))
    flow.y += 6
    ts = Table(doc, 36, [Col("Patient", 130), Col("Provider", 180), Col("Claim Number", 100),
                         Col("Total Charges", 80, "r"), Col("Plan Paid", 80, "r"), Col("Your Responsibility", 90, "r")],
               size=7.5, head_fill=(0.85, 0.91, 0.89))
    flow.y = ts.header(flow.y)
    for pat, rel, pcid, acct, prov, svcs, _ in claims:
        paid = sum_(svcs, "paid") + (Decimal("10.00") if pcid == planted_pcid else ZERO)
        flow.y = ts.row(flow.y, [pat, prov, pcid, M(sum_(svcs, "billed")), M(paid), M(sum_(svcs, "owes"))],
                        under=(0.7, 0.7, 0.7))
    flow.y += 18
    cols = [Col("Date of Service", 56), Col("Procedure", 46), Col("Modifier", 40), Col("Description", 128),
            Col("Charges", 56, "r"), Col("Discount", 52, "r"), Col("Not Covered", 52, "r"), Col("Allowed", 52, "r"),
            Col("Deductible", 50, "r"), Col("Copay", 44, "r"), Col("Coinsurance", 54, "r"), Col("Plan Paid", 56, "r"),
            Col("Remark", 34, "c")]
    t = Table(doc, 36, cols, size=7.2, head_size=7, grid=True, head_fill=(0.85, 0.91, 0.89))
    for pat, rel, pcid, acct, prov, svcs, _ in claims:
        def head(cont=False):
            doc.text(36, flow.y + 9, f"{pat} - {rel}" + (" (continued)" if cont else ""), 9, "B")
            doc.text(300, flow.y + 9, f"Claim Number {pcid}", 8, "B")
            doc.text(36, flow.y + 20, f"Provider: {prov}    Provider Claim Ref: {acct}    Network status: "
                     f"Participating    Processed 01/3{len(svcs) % 2}/2026", 7.2)
            flow.y = t.header(flow.y + 25)
        if not flow.fits(25 + t.header_height() + 40):
            flow.new_page()
        head()
        for s in svcs:
            rm = "R17" if s.denied else ("C25" if s.copay else "")
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), s.desc, M(s.billed), M(s.discount),
                     M(s.not_covered), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), rm]
            if not flow.fits(t.row_height(cells) + 16):
                flow.new_page()
                head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells)
            col.line(doc.page, (y0, flow.y), s, claim_id=acct, payer_claim_id=pcid, patient=pat, units=False,
                     printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                              "paid"), remarks=[rm] if rm else [])
        tot = [sum_(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                        "coinsurance", "paid")]
        printed_paid = tot[7] + (Decimal("10.00") if pcid == planted_pcid else ZERO)
        cells = ["", "", "", "Claim Total"] + [M(v) for v in tot[:7]] + [M(printed_paid), ""]
        y0 = flow.y
        flow.y = t.row(y0, cells, st="B", fill=(0.95, 0.95, 0.95))
        col.claim(acct, pcid, pat, {"billed": tot[0], "allowed": tot[3], "paid": printed_paid},
                  band=(doc.page, y0, flow.y))
        if pcid == planted_pcid:
            col.findings.append(f"claim-total-mismatch claim {pcid}: printed Plan Paid total {printed_paid:.2f} "
                                f"but the lines add up to {tot[7]:.2f}")
        owes = sum_(svcs, "owes")
        doc.text(36, flow.y + 10, f"Your responsibility for this claim: {M(owes)}  (deductible, copay, coinsurance "
                 "and amounts not covered). The plan's payment goes to the provider.", 7, "I")
        flow.y += 24
    col.legend = [("C25", "A fixed copay applies once per visit day under your plan."),
                  ("R17", "Not payable under the plan's exclusions; the provider agreed not to bill you for it.")]
    if not flow.fits(36):
        flow.new_page()
    doc.text(36, flow.y + 4, "Remark codes:", 8, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(36, flow.y + 15 + k * 10, f"{c}  {txt}", 7.5)
    return doc, col, render_fpdf


# ====================================================================================================== m1
def layout_m1():
    """Medicare Summary Notice Part B, fpdf2 DejaVu Serif, larger type, date on every row."""
    fam = pick("djserif", "times")
    doc = Doc(*P, fam)
    fm = Fmt(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"),
             code=lambda c, m: ["-".join((c,) + tuple(m))], remark=lambda r: r)
    col = Collector("h28_m1_msn_partb", "fpdf2", "Medicare Summary Notice, Part B", fm)
    name = "MARGUERITE D. OYELARAN-HOLT"

    def furn(d, first):
        d.text(36, 44, "Medicare Summary Notice", 18, "B")
        d.text(36, 58, "for Part B (Medical Insurance)", 11)
        d.text(d.w - 36, 44, "The Official Summary of Your Medicare Claims", 8, "I", "r")
        d.text(d.w - 36, 56, "from the Centers for Medicare & Medicaid Services", 8, "I", "r")
        d.line(36, 66, d.w - 36, 66, lw=1.5)
        footer(d, f"{name}   ·   Notice date: February 4, 2026", size=7.5)
        if first:
            d.text(36, 86, name, 10, "B")
            d.text(36, 99, "88 Wickersham Court, Apt 3", 9)
            d.text(36, 111, "Tallow Creek, IA 50337", 9)
            d.rect(330, 76, 246, 70, stroke=(0, 0, 0), lw=1)
            d.text(340, 92, "Medicare Number  XXXX-XX8-41TQ", 9, "B")
            d.text(340, 106, "Claims processed: Jan 2 – Jan 31, 2026", 8.5)
            d.text(340, 120, "Did Medicare approve all services?  NO", 8.5)
            d.text(340, 134, "Total you may be billed: see claims below", 8.5)
            d.text(36, 168, "Your Claims & Costs This Period", 13, "B")
            d.text(36, 182, "Amounts are listed by provider. Check each date and service; call 1-800-MEDICARE if "
                   "something looks wrong.", 8.5, "I")
            return 196
        return 84

    flow = Flow(doc, furn, doc.h - 48)
    M = fm.money
    cols = [Col("Date", 50), Col("Service Provided &\nBilling Code", 176), Col("Service\nApproved?", 52, "c"),
            Col("Amount\nProvider\nCharged", 64, "r"), Col("Medicare-\nApproved\nAmount", 64, "r"),
            Col("Amount\nMedicare\nPaid", 64, "r"), Col("Maximum\nYou May\nBe Billed", 60, "r"), Col("See\nNotes", 30, "c")]
    t = Table(doc, 36, cols, size=8.5, head_size=7.8, lead=11, pad=2.5, grid=True, head_fill=GREY)
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("Fenwick Valley Outpatient Rehabilitation", "(563) 555-0164", "26-0108-41155-0021", [
            S(D(2026, 1, 5), "97161", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP",)), S(D(2026, 1, 7), "97140", 1, ("GP",)),
            S(D(2026, 1, 9), "97112", 2, ("GP",)), S(D(2026, 1, 9), "97116", 1, ("GP",)),
            S(D(2026, 1, 12), "97110", 2, ("GP", "KX")), S(D(2026, 1, 12), "97140", 1, ("GP", "KX")),
            S(D(2026, 1, 14), "97530", 2, ("GP", "KX")), S(D(2026, 1, 14), "0552T", 1, (), denied="PR"),
            S(D(2026, 1, 16), "97110", 2, ("GP", "KX")), S(D(2026, 1, 16), "97112", 1, ("GP", "KX")),
            S(D(2026, 1, 19), "97530", 2, ("GP", "CQ")), S(D(2026, 1, 19), "97110", 1, ("GP", "CQ")),
        ]),
        ("Tallow Creek Hand Therapy, LLC", "(563) 555-0188", "26-0122-47760-0004", [
            S(D(2026, 1, 20), "97165", 1, ("GO",)), S(D(2026, 1, 20), "97760", 1, ("GO",)),
            S(D(2026, 1, 20), "L3807", 1, ("RT",)), S(D(2026, 1, 22), "97140", 2, ("GO",)),
            S(D(2026, 1, 22), "G0283", 1, ("GO",)), S(D(2026, 1, 27), "97140", 2, ("GO",)),
            S(D(2026, 1, 27), "97110", 2, ("GO",)), S(D(2026, 1, 29), "97168", 1, ("GO",)),
            S(D(2026, 1, 29), "97535", 1, ("GO",)),
        ]),
    ]
    for prov, phone, icn, svcs in claims:
        for s in svcs:
            medicare(s, st)

        def head(cont=False):
            doc.text(36, flow.y + 12, prov + ("  (continued)" if cont else ""), 10.5, "B")
            doc.text(36, flow.y + 25, f"{phone}  ·  Claim number {icn}  ·  Assigned", 8.5)
            flow.y = t.header(flow.y + 31)
        if not flow.fits(31 + t.header_height() + 30):
            flow.new_page()
        head()
        for s in svcs:
            approved = "No" if s.denied else "Yes"
            note = "C" if s.denied else ("A" if s.deductible else "B")
            codes = "-".join((s.code,) + s.mods)
            cells = [dfmt(s.dos, "mdy2"), f"{s.desc} ({codes})", approved, M(s.billed), M(s.allowed), M(s.paid),
                     M(s.owes), note]
            if not flow.fits(t.row_height(cells)):
                flow.new_page()
                head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells)
            col.line(doc.page, (y0, flow.y), s, claim_id=None, payer_claim_id=icn, patient=name, units=False,
                     printed=("billed", "allowed", "paid", "patient_owes"), remarks=[note])
        tot = [sum_(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        cells = ["", "Total for this claim", "", *[M(v) for v in tot], ""]
        if not flow.fits(t.row_height(cells)):
            flow.new_page()
            head(cont=True)
        y0 = flow.y
        flow.y = t.row(y0, cells, st="B")
        col.claim(None, icn, name, dict(zip(("billed", "allowed", "paid", "patient_owes"), tot)),
                  band=(doc.page, y0, flow.y))
        flow.y += 16
    col.legend = [("A", "This amount went toward your yearly Part B deductible."),
                  ("B", "Medicare paid 80% of the approved amount after a 2% federal payment reduction."),
                  ("C", "Medicare does not cover this item. The provider may bill you for it.")]
    if not flow.fits(60):
        flow.new_page()
    doc.text(36, flow.y + 6, "Notes for Claims Above", 11, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(36, flow.y + 22 + k * 13, c, 9, "B")
        doc.text(52, flow.y + 22 + k * 13, txt, 9)
    return doc, col, render_fpdf


# ====================================================================================================== m2
def layout_m2():
    """Medicare Advantage member EOB, landscape reportlab Liberation Sans, one flat table per month."""
    fam = pick("libsans", "helv")
    doc = Doc(*L, fam)
    fm = Fmt(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mon"), code=tok_codes_sep, remark=lambda r: r)
    col = Collector("h28_m2_ma_member", "reportlab", "Medicare Advantage HMO member EOB", fm, member_parts=True)
    mem = "Augustin Ferreira-Nkemelu"

    def furn(d, first):
        d.text(36, 40, "Harborlight Senior Advantage (HMO)", 15, "B", color=(0.35, 0.1, 0.35))
        d.text(36, 52, "Your Medicare Advantage health plan  ·  H9917-004", 7.5, color=MID)
        d.text(d.w - 36, 40, "Explanation of Benefits", 13, "B", "r")
        d.text(d.w - 36, 52, "for services processed in January 2026", 8, align="r")
        d.line(36, 58, d.w - 36, 58, lw=2, color=(0.35, 0.1, 0.35))
        footer(d, "Harborlight Health Plans  ·  Member Services 1-866-555-0121 (TTY 711), 8 a.m.-8 p.m., 7 days a week"
                  "  ·  Y0099_EOB26_M")
        if first:
            d.text(36, 76, f"Member: {mem}", 9, "B")
            d.text(36, 88, "Member ID: HSA 551 0297 03   ·   Mailed: February 6, 2026", 8)
            d.rect(520, 66, 236, 44, fill=PALE, stroke=(0.6, 0.6, 0.7))
            d.text(528, 79, "Your out-of-pocket total this year", 8, "B")
            d.text(528, 92, f"{M(oop[0])} of your $4,900.00 maximum", 8)
            d.text(528, 104, "Medical deductible: none under this plan", 7, "I")
            d.text(36, 124, "Section 2: Your medical claims, by provider", 11, "B")
            return 132
        return 70

    M = fm.money
    oop = [ZERO]
    cols = [Col("Date of service", 62), Col("What you received", 170), Col("Procedure", 44), Col("Modifiers", 44),
            Col("Provider's charge", 62, "r"), Col("Plan-approved\namount", 62, "r"), Col("Plan paid", 56, "r"),
            Col("Copay", 48, "r"), Col("Coinsurance", 54, "r"), Col("Not covered", 52, "r"), Col("You owe", 54, "r"),
            Col("Note", 32, "c")]
    t = Table(doc, 36, cols, size=7.5, head_size=7.2, pad=2.2, head_fill=(0.91, 0.87, 0.92))
    stA = PlanState(ded_left=ZERO, coins_rate=ZERO, visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.55"))
    stB = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.60"))
    claims = [
        ("Saltmarsh Therapy Partners", "Claim 2601-HL-338841", "SMT-77120", [
            S(D(2026, 1, 5), "97163", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97112", 1, ("GP",)),
            S(D(2026, 1, 12), "97530", 2, ("GP",)), S(D(2026, 1, 12), "97116", 2, ("GP",)),
            S(D(2026, 1, 15), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 15), "97140", 1, ("GP", "CQ")),
            S(D(2026, 1, 19), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 19), "0552T", 1, (), denied="PR"),
            S(D(2026, 1, 22), "97530", 2, ("GP",)), S(D(2026, 1, 22), "97112", 2, ("GP",)),
            S(D(2026, 1, 26), "97110", 3, ("GP", "KX")), S(D(2026, 1, 26), "97140", 1, ("GP", "KX")),
            S(D(2026, 1, 29), "97530", 2, ("GP", "KX")), S(D(2026, 1, 29), "97116", 1, ("GP", "KX")),
        ], stA),
        ("Dr. Imogen Szczepanik, Orthopedics", "Claim 2601-HL-339907", "IS-2026-0112", [
            S(D(2026, 1, 13), "99213", 1), S(D(2026, 1, 13), "L3807", 1, ("LT",)),
        ], stB),
        ("Saltmarsh Therapy Partners", "Claim 2601-HL-340215", "SMT-77305", [
            S(D(2026, 1, 14), "97166", 1, ("GO",)), S(D(2026, 1, 14), "97535", 2, ("GO",)),
            S(D(2026, 1, 21), "97535", 1, ("GO",)), S(D(2026, 1, 21), "97530", 2, ("GO",)),
        ], stA),
    ]
    for prov, pcid, acct, svcs, st in claims:
        for s in svcs:
            commercial(s, st)
    oop[0] = sum((sum_(c[3], "owes") for c in claims), ZERO)
    flow = Flow(doc, furn, doc.h - 46)
    for prov, pcid, acct, svcs, st in claims:
        if not flow.fits(26 + t.header_height() + 30):
            flow.new_page()

        def head(cont=False):
            doc.rect(36, flow.y, doc.w - 72, 17, fill=(0.35, 0.1, 0.35), stroke=None)
            doc.text(42, flow.y + 12, prov + ("  (continued)" if cont else ""), 8.5, "B", color=WHITE)
            doc.text(doc.w - 42, flow.y + 12, f"{pcid}   |   Provider's account number {acct}", 8, align="r",
                     color=WHITE)
            flow.y = t.header(flow.y + 19)
        head()
        for s in svcs:
            note = "3" if s.denied else ("1" if s.copay else ("2" if s.coinsurance else ""))
            cells = [dfmt(s.dos, "mon"), s.desc, s.code, " ".join(s.mods), M(s.billed), M(s.allowed), M(s.paid),
                     M(s.copay), M(s.coinsurance), M(s.not_covered), M(s.owes), note]
            if not flow.fits(t.row_height(cells) + 14):
                flow.new_page()
                head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells, under=(0.75, 0.7, 0.78))
            col.line(doc.page, (y0, flow.y), s, claim_id=acct, payer_claim_id=pcid.split()[-1], patient=mem,
                     units=False, printed=("billed", "allowed", "paid", "copay", "coinsurance", "not_covered",
                                           "patient_owes"), remarks=[note] if note else [])
        tot = [sum_(svcs, a) for a in ("billed", "allowed", "paid", "copay", "coinsurance", "not_covered", "owes")]
        y0 = flow.y
        flow.y = t.row(y0, ["", "Claim total", "", "", *[M(v) for v in tot], ""], st="B")
        col.claim(acct, pcid.split()[-1], mem, {"billed": tot[0], "allowed": tot[1], "paid": tot[2],
                                                "patient_owes": tot[6]}, band=(doc.page, y0, flow.y))
        flow.y += 14
    col.legend = [("1", "Your plan's copay for an outpatient therapy visit is $20.00 per day."),
                  ("2", "You pay 20% of the plan-approved amount for this specialist item."),
                  ("3", "This service is not covered by Medicare or your plan. You may be billed.")]
    if not flow.fits(48):
        flow.new_page()
    doc.text(36, flow.y + 6, "Notes", 9, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(36, flow.y + 18 + k * 10, f"{c}   {txt}", 7.5)
    return doc, col, render_reportlab


# ====================================================================================================== d1
def layout_d1():
    """State Medicaid remittance & status report, fpdf2 Liberation Mono, two print lines per detail."""
    fam = pick("libmono", "courier")
    doc = Doc(*P, fam)
    sz = 7.0
    cw = doc.tw("0", sz)

    def X(c):
        return 24 + c * cw

    fm = Fmt(money=lambda d: f"{q(d):.2f}" if d >= 0 else f"{abs(q(d)):.2f}-", date=lambda d: dfmt(d, "mdY8"),
             units=lambda u: f"{u:.1f}", code=lambda c, m: [c] + list(m), remark=lambda r: r,
             adj=lambda g, r, a: [f"{g}-{r}"] + ([f"{q(Decimal(a)):.2f}"] if a else []))
    col = Collector("h28_d1_medicaid_rs", "fpdf2", "State Medicaid remittance and status report", fm,
                    adj_complete=True)

    def furn(d, first):
        d.text(X(0), 30, "PRAIRIE STATE MEDICAL ASSISTANCE PROGRAM", sz, "B")
        d.text(X(60), 30, "REMITTANCE AND STATUS REPORT", sz, "B")
        d.text(X(96), 30, "R&S NO. 0048812  PAGE {PAGE} OF {PAGES}", sz)
        d.text(X(0), 40, "PAYEE: WILLOWBEND CHILDREN'S THERAPY COOP    PAYEE ID 7710442019    NPI 1932055718", sz)
        d.text(X(96), 40, "RUN DATE 01/30/2026", sz)
        d.text(X(0), 58, "PATIENT NAME            CLAIM NUMBER (ICN)        MEDICAID NO.   PATIENT ACCT #", sz, "B")
        d.text(X(0), 67, "   SERVICE DATES       POS TOS PROC  MODS   BILLED  BILLED     ALLOWED ALLOWED       PAID"
               "   EOB", sz, "B")
        d.text(X(0), 76, "   FROM     TO                              QTY     CHARGE     QTY     CHARGE      AMOUNT"
               "  CODES", sz, "B")
        d.line(X(0), 80, X(128), 80, lw=0.4)
        return 92

    flow = Flow(doc, furn, doc.h - 30)
    lead = 9.4
    secs = [("PAID OR ADJUSTED CLAIMS", []), ("DENIED CLAIMS", [])]
    kids = [
        ("HALVORSEN-DIOP, ASTRID", "100-2-26-009-00417-001", "520184477302", "WB-10551", [
            S(D(2026, 1, 5), "97530", 3, ("GO", "U1")), S(D(2026, 1, 5), "97535", 1, ("GO", "U1")),
            S(D(2026, 1, 7), "97530", 3, ("GO", "U1")), S(D(2026, 1, 9), "97112", 2, ("GO", "U1")),
            S(D(2026, 1, 12), "97530", 4, ("GO", "U1")), S(D(2026, 1, 14), "97530", 3, ("GO", "U1")),
        ], None),
        ("OKAFOR-LIND, BENEDIKT", "100-2-26-009-00418-001", "520193306118", "WB-10563", [
            S(D(2026, 1, 6), "92523", 1, ("GN",)), S(D(2026, 1, 8), "92507", 1, ("GN",)),
            S(D(2026, 1, 13), "92507", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
            S(D(2026, 1, 20), "92507", 1, ("GN",)), S(D(2026, 1, 22), "92526", 1, ("GN",)),
        ], None),
        ("HALVORSEN-DIOP, MARIT", "100-2-26-009-00421-001", "520184477310", "WB-10570", [
            S(D(2026, 1, 6), "97166", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
            S(D(2026, 1, 13), "97530", 2, ("GO",)), S(D(2026, 1, 13), "97110", 2, ("GO",)),
            S(D(2026, 1, 20), "97530", 2, ("GO",)), S(D(2026, 1, 20), "97110", 2, ("GO",)),
            S(D(2026, 1, 27), "97530", 2, ("GO",)), S(D(2026, 1, 27), "97533", 2, ("GO",), desc="Sensory"),
            S(D(2026, 1, 29), "97530", 2, ("GO",)), S(D(2026, 1, 29), "97535", 2, ("GO",)),
        ], None),
        ("VANTERPOOL, CALLUM", "100-2-26-009-00425-001", "520201144905", "WB-10582", [
            S(D(2026, 1, 16), "97530", 2, ("GO",), denied="CO"), S(D(2026, 1, 16), "97535", 1, ("GO",), denied="CO"),
        ], "DENIED"),
    ]
    for k in kids:
        for s in k[4]:
            medicaid(s, deny_reason="197")
        (secs[1][1] if k[5] else secs[0][1]).append(k)
    M = fm.money
    for title, ks in secs:
        if not flow.fits(lead * 5):
            flow.new_page()
        doc.text(X(0), flow.y, f"CLAIM TYPE: PROFESSIONAL   *** {title} ***", sz, "B")
        flow.y += lead * 1.5
        for name, icn, mid, acct, svcs, _ in ks:
            def head(cont=False):
                doc.text(X(0), flow.y, f"{name:<24}{icn:<26}{mid:<15}{acct}" + ("   CONTINUED" if cont else ""), sz,
                         "B")
                flow.y += lead
            if not flow.fits(lead * 4):
                flow.new_page()
            head()
            for s in svcs:
                if not flow.fits(lead * 2):
                    flow.new_page()
                    head(cont=True)
                eob = "00197" if s.denied else ("00112" if s.discount else "00100")
                aqty = Decimal("0") if s.denied else s.units
                l1 = (f"   {dfmt(s.dos, 'mdY8')} {dfmt(s.dos, 'mdY8')}  11  1  {s.code:<5} {' '.join(s.mods):<6}"
                      f"{s.units:>5.1f}{M(s.billed):>11}{aqty:>8.1f}{M(s.allowed):>11}{M(s.paid):>11}  {eob}")
                y0 = flow.y - sz * 0.88
                doc.text(X(0), flow.y, l1, sz)
                flow.y += lead
                adjs = [("CO", "197", s.billed)] if s.denied else ([("CO", "45", s.discount)] if s.discount else [])
                if adjs:
                    doc.text(X(6), flow.y, "ADJ RSN: " + "  ".join(f"{g}-{r} {M(a)}" for g, r, a in adjs), sz)
                    flow.y += lead
                col.line(doc.page, (y0, flow.y - lead + 2), s, claim_id=acct, payer_claim_id=icn, patient=name,
                         end=s.dos, printed=("billed", "allowed", "paid"), adjustments=adjs,
                         remarks=[eob])
            tot = [sum_(svcs, a) for a in ("billed", "allowed", "paid")]
            y0 = flow.y - sz * 0.88
            doc.text(X(3), flow.y, f"CLAIM TOTALS{'':<29}{M(tot[0]):>11}{'':>8}{M(tot[1]):>11}{M(tot[2]):>11}", sz,
                     "B")
            col.claim(acct, icn, name, {"billed": tot[0], "allowed": tot[1], "paid": tot[2]},
                      band=(doc.page, y0, flow.y + 2))
            flow.y += lead * 1.6
    col.legend = [("00100", "PAID AS BILLED AT THE PROGRAM RATE."), ("00112", "PAYMENT REDUCED TO THE PROGRAM FEE."),
                  ("00197", "NO PRIOR AUTHORIZATION ON FILE FOR THIS SERVICE.")]
    if not flow.fits(lead * 6):
        flow.new_page()
    doc.text(X(0), flow.y, "EOB CODES APPEARING ON THIS REPORT", sz, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(X(0), flow.y + lead * (k + 1), f"{c}  {txt}", sz)
    return doc, col, render_fpdf


# ====================================================================================================== d2
def layout_d2():
    """State Medicaid provider RA, portrait reportlab DejaVu Sans Condensed, status column, a void."""
    fam = pick("djcond", "helv")
    doc = Doc(*P, fam)
    fm = Fmt(money=lambda d: money(d, ",", "()"), date=lambda d: dfmt(d, "mdy4"), units=lambda u: f"{abs(u):.2f}",
             code=tok_codes_sep, adj=lambda g, r, a: [f"{g}{r}"] + ([money(Decimal(a), ",", "()")] if a else []),
             remark=lambda r: r)
    col = Collector("h28_d2_medicaid_ra", "reportlab", "State Medicaid provider remittance advice", fm,
                    adj_complete=True)

    def furn(d, first):
        d.text(36, 38, "Department of Health Services — Medical Assistance Division", 10, "B")
        d.text(36, 50, "Provider Remittance Advice   ·   Payment cycle 2026-04   ·   Warrant/EFT 0009917732", 7.5)
        d.text(d.w - 36, 38, "RA Number 26-0004-18807", 8, "B", "r")
        d.text(d.w - 36, 50, "RA Date 01/27/2026", 7.5, align="r")
        d.line(36, 56, d.w - 36, 56, lw=0.8)
        d.text(36, 68, "Payee: Juniper Ridge Rehabilitation Services   Medicaid Provider ID 0450917   "
               "NPI 1457830066   Taxonomy 225X00000X", 7)
        footer(d, "Keep this advice with your records. Adjustment and remark codes are explained at the end.")
        return 80

    flow = Flow(doc, furn, doc.h - 40)
    M = fm.money
    cols = [Col("Ln", 16), Col("Service Date", 50), Col("Procedure", 40), Col("Mods", 34), Col("Units", 30, "r"),
            Col("Billed", 46, "r"), Col("Allowed", 46, "r"), Col("Paid", 46, "r"), Col("Adj Code", 40),
            Col("Adj Amount", 46, "r"), Col("Remark", 36), Col("Status", 44), Col("", 66)]
    cols = cols[:-1]
    t = Table(doc, 36, cols, size=7, head_size=7, pad=2, rule=True)
    t2 = Table(doc, 36, cols, size=7, head_size=7, pad=2)
    ben = [
        ("Brightwater, Samuel", "77310955120", "JRR-3318", "2026027000533", "PAID", [
            S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
            S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92507", 1, ("GN",)),
        ]),
        ("Brightwater, Samuel", "77310955120", "JRR-3204", "2025351008814", "VOID", [
            S(D(2025, 12, 11), "92507", 1, ("GN",)), S(D(2025, 12, 11), "92526", 1, ("GN",)),
        ]),
        ("Brightwater, Samuel", "77310955120", "JRR-3204", "2026027000561", "PAID", [
            S(D(2025, 12, 11), "92507", 1, ("GN",)), S(D(2025, 12, 11), "92526", 1, ("GN", "59")),
        ]),
        ("Ahlgren-Mbeki, Wren", "77311002264", "JRR-3325", "2026027000578", "DENIED", [
            S(D(2026, 1, 13), "97165", 1, ("GO",), denied="CO"), S(D(2026, 1, 13), "97530", 2, ("GO",), denied="CO"),
        ]),
        ("Quintanilla Roe, Fiadh", "77310948201", "JRR-3301", "2026027000512", "PAID", [
            S(D(2026, 1, 5), "97161", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP",)), S(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 9), "97112", 2, ("GP",)), S(D(2026, 1, 12), "97116", 2, ("GP",)),
            S(D(2026, 1, 12), "97110", 1, ("GP",)), S(D(2026, 1, 14), "97530", 2, ("GP",)),
            S(D(2026, 1, 14), "97140", 1, ("GP", "59"), denied="CO"),
            S(D(2026, 1, 16), "97110", 2, ("GP",)), S(D(2026, 1, 16), "97112", 1, ("GP",)),
            S(D(2026, 1, 19), "97530", 2, ("GP",)), S(D(2026, 1, 19), "97110", 2, ("GP",)),
            S(D(2026, 1, 21), "97116", 1, ("GP",)), S(D(2026, 1, 21), "97112", 2, ("GP",)),
            S(D(2026, 1, 23), "97110", 2, ("GP",)), S(D(2026, 1, 23), "97140", 1, ("GP",)),
            S(D(2026, 1, 26), "97530", 3, ("GP",)), S(D(2026, 1, 26), "97110", 1, ("GP",)),
            S(D(2026, 1, 28), "97530", 2, ("GP",)), S(D(2026, 1, 28), "97112", 1, ("GP",)),
        ]),
    ]
    for b in ben:
        rsn = "16" if b[4] == "DENIED" else "97"
        for i, s in enumerate(b[5]):
            medicaid(s, deny_reason=rsn)
        if b[4] == "VOID":
            b[5][:] = [negate(s) for s in b[5]]
    for name, mid, acct, icn, status, svcs in ben:
        def head(cont=False):
            doc.rect(36, flow.y, doc.w - 72, 28, fill=(0.9, 0.92, 0.95), stroke=(0.5, 0.55, 0.65))
            doc.text(41, flow.y + 10, f"Beneficiary: {name}", 8, "B")
            doc.text(230, flow.y + 10, f"Medicaid ID {mid}", 7.5)
            doc.text(340, flow.y + 10, f"ICN {icn}", 7.5, "B")
            doc.text(doc.w - 41, flow.y + 10, f"Claim status: {status}" + (" (cont.)" if cont else ""), 7.5, "B",
                     "r")
            doc.text(41, flow.y + 22, f"Patient Account {acct}   ·   Claim type: Professional   ·   "
                     + ("Voids ICN 2025351008814 in full" if status == "VOID" else
                        ("Replaces ICN 2025351008814" if acct == "JRR-3204" else "Original claim")), 7)
            flow.y = t.header(flow.y + 30)
        if not flow.fits(30 + t.header_height() + 24):
            flow.new_page()
        head()
        for i, s in enumerate(svcs, 1):
            adjs = [(g, r, a) for g, r, a in s.adjs if a]
            rem = ["N54"] if s.denied and status == "DENIED" else (["M86"] if s.denied else [])
            lstat = "Denied" if s.denied else ("Voided" if status == "VOID" else "Paid")
            first = adjs[0] if adjs else ("", "", None)
            cells = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{abs(s.units):.2f}", M(s.billed),
                     M(s.allowed), M(s.paid), f"{first[0]}{first[1]}", M(first[2]) if first[2] is not None else "",
                     " ".join(rem), lstat]
            extra = [["", "", "", "", "", "", "", "", f"{g}{r}", M(a), "", ""] for g, r, a in adjs[1:]]
            need = t.row_height(cells) * (1 + len(extra))
            if not flow.fits(need + 12):
                flow.new_page()
                head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells)
            for e in extra:
                flow.y = t2.row(flow.y, e)
            doc.line(36, flow.y, doc.w - 36, flow.y, lw=0.2, color=(0.7, 0.7, 0.7))
            col.line(doc.page, (y0, flow.y), s, claim_id=acct, payer_claim_id=icn, patient=name,
                     printed=("billed", "allowed", "paid"), adjustments=adjs, remarks=rem)
        tot = [sum_(svcs, a) for a in ("billed", "allowed", "paid")]
        y0 = flow.y
        flow.y = t.row(y0, ["", "Claim totals", "", "", "", M(tot[0]), M(tot[1]), M(tot[2]), "", "", "", ""], st="B")
        col.claim(acct, icn, name, {"billed": tot[0], "allowed": tot[1], "paid": tot[2]}, band=(doc.page, y0, flow.y))
        flow.y += 12
    col.legend = [("CO45", "Charge is above the program's maximum allowable; provider write-off."),
                  ("CO97", "Included in the payment for another service on the same date."),
                  ("CO16", "Claim is missing information needed to process it."),
                  ("M86", "Service denied because payment was already made for a related procedure that day."),
                  ("N54", "Claim information does not match the beneficiary's record; please correct and resubmit.")]
    if not flow.fits(70):
        flow.new_page()
    doc.text(36, flow.y + 6, "Code Descriptions", 9, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(36, flow.y + 18 + k * 10, c, 7, "B")
        doc.text(70, flow.y + 18 + k * 10, txt, 7)
    return doc, col, render_reportlab


# ====================================================================================================== p1
def layout_p1():
    """Clearinghouse remittance print of a Medicare Part B payment, portrait reportlab Liberation Sans Narrow."""
    fam = pick("libnarrow", "helv")
    doc = Doc(*P, fam)
    fm = Fmt(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "mdy4"), units=lambda u: f"{abs(u).normalize():f}",
             code=tok_codes_sep, adj=lambda g, r, a: [g, r] + ([money(Decimal(a), ",")] if a else []),
             remark=lambda r: r)
    col = Collector("h28_p1_clearinghouse_medicare", "reportlab", "Clearinghouse print of a Medicare Part B remittance",
                    fm, adj_complete=True)

    def furn(d, first):
        d.text(36, 36, "ClaimHarbor Exchange", 13, "B", color=(0.05, 0.3, 0.55))
        d.text(36, 47, "Remittance Advice — Claim Detail View", 8.5)
        d.text(d.w - 36, 36, "Payer: MEDICARE PART B — JURISDICTION 9 (MAC 09102)", 7.5, "B", "r")
        d.text(d.w - 36, 47, "Payee: Cobblestone Therapy Associates PC   NPI 1619027735", 7.5, align="r")
        d.text(d.w - 36, 58, "EFT Trace 1TRC26012890044   Paid 01/28/2026   Payment $2,404.71", 7.5, align="r")
        d.line(36, 64, d.w - 36, 64, lw=0.8, color=(0.05, 0.3, 0.55))
        footer(d, "Printed from ClaimHarbor Exchange by user cobblestone.billing on 01/29/2026 08:14")
        return 76

    flow = Flow(doc, furn, doc.h - 40)
    M = fm.money
    cols = [Col("Ln", 14), Col("Service Dates", 84), Col("Proc", 28), Col("Mods", 36), Col("Units", 24, "r"),
            Col("Submitted", 46, "r"), Col("Approved", 44, "r"), Col("Deductible", 42, "r"),
            Col("Coinsurance", 46, "r"), Col("Grp", 20), Col("Rsn", 22), Col("Adj Amt", 40, "r"),
            Col("Provider Paid", 50, "r"), Col("Remarks", 44)]
    t = Table(doc, 36, cols, size=7, head_size=6.8, pad=1.8, head_fill=(0.86, 0.91, 0.96))
    t2 = Table(doc, 36, cols, size=7, pad=1.2)
    st = PlanState(ded_left=Decimal("64.00"))
    pats = [
        ("Bellweather, Orson J", "CTA-004518", "62026013099104", "4QF7-RT2-KM81", "1", [
            S(D(2026, 1, 5), "97161", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 7), "97110", 2, ("GP",)), S(D(2026, 1, 7), "97140", 1, ("GP",)),
            S(D(2026, 1, 9), "97112", 2, ("GP", "KX")), S(D(2026, 1, 9), "97116", 1, ("GP", "KX")),
            S(D(2026, 1, 12), "97530", 2, ("GP", "KX")), S(D(2026, 1, 12), "G0283", 1, ("GP",), denied="CO"),
        ]),
        ("Sowerby-Adeyemi, Lucille", "CTA-004529", "62026013099117", "8NM2-WE5-PA44", "1", [
            S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",)),
            S(D(2026, 1, 8), "97530", 2, ("GO",)), S(D(2026, 1, 8), "97535", 1, ("GO",)),
            S(D(2026, 1, 13), "97530", 2, ("GO", "CO")), S(D(2026, 1, 13), "97112", 1, ("GO", "CO")),
        ]),
        ("Pemberton, Hollis", "CTA-003977", "62025352087710", "2HC9-TT1-RB06", "22", [
            S(D(2025, 12, 15), "97110", 3, ("GP",)), S(D(2025, 12, 15), "97140", 1, ("GP",)),
        ]),
        ("Pemberton, Hollis", "CTA-003977", "62026013099125", "2HC9-TT1-RB06", "1", [
            S(D(2025, 12, 15), "97110", 3, ("GP", "KX")), S(D(2025, 12, 15), "97140", 1, ("GP", "KX")),
        ]),
        ("Sowerby-Adeyemi, Lucille", "CTA-004560", "62026013099138", "8NM2-WE5-PA44", "1", [
            S(D(2026, 1, 15), "97530", 3, ("GO",)), S(D(2026, 1, 15), "97168", 1, ("GO",)),
            S(D(2026, 1, 20), "97530", 2, ("GO",)), S(D(2026, 1, 20), "97535", 2, ("GO",)),
            S(D(2026, 1, 22), "97530", 2, ("GO",)), S(D(2026, 1, 22), "97110", 2, ("GO",)),
            S(D(2026, 1, 27), "97530", 2, ("GO",)), S(D(2026, 1, 27), "97535", 1, ("GO",)),
        ]),
    ]
    for p in pats:
        for s in p[5]:
            medicare(s, st if p[4] != "22" else PlanState(), deny_reason="50")
        if p[4] == "22":
            p[5][:] = [negate(s) for s in p[5]]
    stat_txt = {"1": "1 - Processed as Primary, Forwarded to Crossover", "22": "22 - Reversal of Previous Payment"}
    for name, acct, icn, mbi, status, svcs in pats:
        def head(cont=False):
            doc.rect(36, flow.y, doc.w - 72, 26, stroke=(0.05, 0.3, 0.55), lw=0.7)
            doc.text(41, flow.y + 10, f"Patient: {name}", 8, "B")
            doc.text(200, flow.y + 10, f"Patient Ctrl #: {acct}", 7.5)
            doc.text(330, flow.y + 10, f"Payer Claim #: {icn}", 7.5, "B")
            doc.text(doc.w - 41, flow.y + 10, "(continued)" if cont else "", 7.5, "I", "r")
            doc.text(41, flow.y + 21, f"MBI {mbi}   ·   Status {stat_txt[status]}   ·   Crossover: Hawkeye "
                     "Medigap Mutual", 7)
            flow.y = t.header(flow.y + 28)
        if not flow.fits(28 + t.header_height() + 60):
            flow.new_page()
        head()
        for i, s in enumerate(svcs, 1):
            adjs = [(g, r, a) for g, r, a in s.adjs if a]
            rem = ["N130"] if s.denied else (["MA01"] if status == "22" else [])
            a0 = adjs[0]
            span = f"{dfmt(s.dos, 'mdy4')}-{dfmt(s.dos, 'mdy4')}"
            cells = [str(i), span, s.code, " ".join(s.mods), f"{abs(s.units).normalize():f}", M(s.billed),
                     M(s.allowed), M(s.deductible), M(s.coinsurance), a0[0], a0[1], M(a0[2]), M(s.paid),
                     " ".join(rem)]
            extra = [["", "", "", "", "", "", "", "", "", g, r, M(a), "", ""] for g, r, a in adjs[1:]]
            if not flow.fits(t.row_height(cells) * (1 + len(extra)) + 14):
                flow.new_page()
                head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells)
            for e in extra:
                flow.y = t2.row(flow.y, e)
            doc.line(36, flow.y, doc.w - 36, flow.y, lw=0.2, color=(0.7, 0.7, 0.7))
            col.line(doc.page, (y0, flow.y), s, claim_id=acct, payer_claim_id=icn, patient=name, end=s.dos,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                     remarks=rem)
        tot = [sum_(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        y0 = flow.y
        flow.y = t.row(y0, ["", "Claim Totals", "", "", "", M(tot[0]), M(tot[1]), M(tot[2]), M(tot[3]), "", "", "",
                            M(tot[4]), ""], st="B", fill=(0.95, 0.96, 0.98))
        col.claim(acct, icn, name, {"billed": tot[0], "allowed": tot[1], "paid": tot[4]}, band=(doc.page, y0, flow.y))
        flow.y += 12
    col.legend = [("N130", "Consult plan benefit documents for coverage limits on this service."),
                  ("MA01", "The earlier payment for this claim has been taken back; see the corrected claim.")]
    if not flow.fits(60):
        flow.new_page()
    doc.text(36, flow.y + 6, "Remark Code Glossary", 8.5, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(36, flow.y + 18 + k * 10, f"{c}: {txt}", 7)
    doc.text(36, flow.y + 44, "Group codes: CO = provider write-off, PR = patient responsibility. Reason 45 = fee "
             "schedule reduction, 1 = deductible, 2 = coinsurance, 253 = federal payment reduction, 50 = not "
             "medically necessary per payer.", 6.8, "I")
    return doc, col, render_reportlab


# ====================================================================================================== p2
def layout_p2():
    """Practice-management posting journal of a Medicare payment, portrait fpdf2 DejaVu Sans, uncoded columns."""
    fam = pick("djsans", "helv")
    doc = Doc(*P, fam)
    fm = Fmt(money=lambda d: f"{q(d):.2f}", date=lambda d: dfmt(d, "mdyn"), units=lambda u: f"{u:.2f}",
             code=tok_codes_sep, adj=lambda g, r, a: [f"{g}{r}"], remark=lambda r: r)
    col = Collector("h28_p2_pm_medicare_journal", "fpdf2", "Practice-management ERA posting journal, Medicare Part B",
                    fm, allowed_parts=True)

    def furn(d, first):
        d.text(36, 34, "Quillfeather PM  ·  ERA Posting Journal", 11, "B")
        d.text(36, 45, "Practice: Lanternfield Occupational & Hand Therapy   Location: Main Street Clinic", 7)
        d.text(d.w - 36, 34, "Batch 26-0131-02", 8, "B", "r")
        d.text(36, 55, "Payer: MEDICARE PART B (MAC J-F)   Check/EFT# 883310457   Deposit 01/31/2026   "
               f"Check amount ${check_amt[0]:,.2f}", 7)
        d.line(36, 60, d.w - 36, 60, lw=0.6)
        footer(d, "Quillfeather PM v11.4  ·  Report ERA-JRNL-07  ·  Run 02/01/2026 06:02  ·  Posted by AUTO", 6.3)
        return 70

    check_amt = [ZERO]
    M = fm.money
    cols = [Col("DOS", 42), Col("CPT", 30), Col("Mod", 36), Col("Qty", 26, "r"), Col("Charge", 40, "r"),
            Col("Allowed", 38, "r"), Col("Paid", 38, "r"), Col("Contr W/O", 40, "r"), Col("Seq Red", 32, "r"),
            Col("Ded", 32, "r"), Col("Coins", 34, "r"), Col("Pt Resp", 38, "r"), Col("Adj Codes", 86),
            Col("RARC", 28)]
    t = Table(doc, 36, cols, size=6.4, head_size=6.3, pad=1.6, head_fill=(0.2, 0.2, 0.2), head_color=WHITE)
    st = PlanState(ded_left=Decimal("40.00"))
    pats = [
        ("Wexley, Annabeth R", "Acct 100482", "100482", "Claim 22026029120551", "22026029120551", [
            S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
            S(D(2026, 1, 7), "97530", 2, ("GO",)), S(D(2026, 1, 7), "97140", 1, ("GO", "59")),
            S(D(2026, 1, 9), "97760", 1, ("GO",)), S(D(2026, 1, 9), "L3807", 1, ("LT",)),
            S(D(2026, 1, 12), "97530", 2, ("GO", "KX")), S(D(2026, 1, 12), "97535", 1, ("GO", "KX")),
            S(D(2026, 1, 14), "97530", 3, ("GO", "KX")), S(D(2026, 1, 14), "0552T", 1, (), denied="CO"),
        ]),
        ("Ingersoll-Tamura, Desmond", "Acct 100517", "100517", "Claim 22026029120568", "22026029120568", [
            S(D(2026, 1, 6), "97168", 1, ("GO",)), S(D(2026, 1, 6), "97110", 2, ("GO",)),
            S(D(2026, 1, 8), "97110", 2, ("GO",)), S(D(2026, 1, 8), "G0283", 1, ("GO",)),
            S(D(2026, 1, 13), "97112", 2, ("GO",)), S(D(2026, 1, 13), "97140", 1, ("GO",)),
        ]),
        ("Wexley, Annabeth R", "Acct 100482", "100482", "Claim 22026029120579", "22026029120579", [
            S(D(2026, 1, 16), "97530", 2, ("GO", "KX")), S(D(2026, 1, 16), "97535", 1, ("GO", "KX")),
            S(D(2026, 1, 21), "97530", 2, ("GO", "KX")), S(D(2026, 1, 21), "97140", 1, ("GO", "KX")),
        ]),
        ("Pryce-Okoro, Gwendolyn", "Acct 100533", "100533", "Claim 22026029120583", "22026029120583", [
            S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
            S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97116", 1, ("GP",)),
            S(D(2026, 1, 12), "97112", 2, ("GP",)), S(D(2026, 1, 12), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 15), "97110", 2, ("GP", "KX")), S(D(2026, 1, 15), "97530", 1, ("GP", "KX")),
            S(D(2026, 1, 19), "97110", 2, ("GP", "KX")), S(D(2026, 1, 19), "97116", 2, ("GP", "KX")),
            S(D(2026, 1, 22), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 22), "97112", 1, ("GP", "CQ")),
            S(D(2026, 1, 26), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 26), "97140", 1, ("GP", "CQ")),
            S(D(2026, 1, 28), "97530", 2, ("GP",)), S(D(2026, 1, 28), "97116", 1, ("GP",)),
        ]),
        ("Ingersoll-Tamura, Desmond", "Acct 100517", "100517", "Claim 22026029120594", "22026029120594", [
            S(D(2026, 1, 20), "97110", 2, ("GO",)), S(D(2026, 1, 20), "97112", 2, ("GO",)),
            S(D(2026, 1, 22), "97110", 2, ("GO",)), S(D(2026, 1, 22), "G0283", 1, ("GO",)),
            S(D(2026, 1, 27), "97140", 2, ("GO",)), S(D(2026, 1, 27), "97535", 1, ("GO",)),
            S(D(2026, 1, 29), "97530", 2, ("GO",)), S(D(2026, 1, 29), "97110", 1, ("GO",)),
        ]),
    ]
    for p in pats:
        for s in p[5]:
            medicare(s, st)
            if s.denied:
                s.discount, s.not_covered = s.billed, ZERO
    check_amt[0] = sum((sum_(p[5], "paid") for p in pats), ZERO)
    flow = Flow(doc, furn, doc.h - 40)
    for name, acctl, acct, icnl, icn, svcs in pats:
        def head(cont=False):
            doc.rect(36, flow.y, doc.w - 72, 13, fill=(0.9, 0.9, 0.9), stroke=None)
            doc.text(40, flow.y + 9.5, f"{name}   {acctl}   {icnl}   Ins: MCR-B (primary)   2nd: Buckeye Senior "
                     "Supplement" + ("   (cont'd)" if cont else ""), 7, "B")
            flow.y = t.header(flow.y + 14)
        if not flow.fits(14 + t.header_height() + 24):
            flow.new_page()
        head()
        for s in svcs:
            codes = [f"{g}{r}" for g, r, a in s.adjs if a]
            rem = "N425" if s.denied else ""
            cells = [dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), f"{s.units:.2f}", M(s.billed), M(s.allowed),
                     M(s.paid), M(s.discount), M(s.seq), M(s.deductible), M(s.coinsurance), M(s.owes), " ".join(codes),
                     rem]
            if not flow.fits(t.row_height(cells) + 12):
                flow.new_page()
                head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells, under=(0.8, 0.8, 0.8))
            col.line(doc.page, (y0, flow.y), s, claim_id=acct, payer_claim_id=icn, patient=name,
                     printed=("billed", "allowed", "paid", "discount", "deductible", "coinsurance", "patient_owes"),
                     adjustments=[(c[:2], c[2:], None) for c in codes], remarks=[rem] if rem else [])
        tot = [sum_(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        y0 = flow.y
        flow.y = t.row(y0, ["", "", "Claim", "", M(tot[0]), M(tot[1]), M(tot[2]), "", "", "", "", M(tot[3]), "", ""],
                       st="B")
        col.claim(acct, icn, name, dict(zip(("billed", "allowed", "paid", "patient_owes"), tot)),
                  band=(doc.page, y0, flow.y))
        flow.y += 10
    col.legend = [("N425", "Statutorily excluded service; see payer's coverage manual.")]
    if not flow.fits(40):
        flow.new_page()
    doc.text(36, flow.y + 8, f"Batch posted: {len(pats)} claims, {len(col.lines)} service lines.   N425: statutorily excluded service; see "
             "payer's coverage manual.", 7, "I")
    return doc, col, render_fpdf


# ====================================================================================================== s1
def layout_s1():
    """Therapy clinic family statement, portrait reportlab core Helvetica, transaction rows under each visit."""
    doc = Doc(*P, "helv")
    fm = Fmt(money=lambda d: money(d, "$"), date=lambda d: dfmt(d, "mdy2"), units=lambda u: f"{u.normalize():f}",
             code=lambda c, m: ["-".join((c,) + tuple(m))])
    col = Collector("h28_s1_clinic_statement", "reportlab", "Therapy clinic family statement", fm)

    def furn(d, first):
        d.text(36, 40, "Sprucewood Kids Therapy Collective", 14, "B", color=(0.1, 0.4, 0.25))
        d.text(36, 52, "1190 Orchard Gate Road · Mill Basin, VT 05661 · Billing office (802) 555-0117", 7.5)
        d.text(d.w - 36, 40, "STATEMENT", 13, "B", "r")
        footer(d, "Guarantor account 55-02918 · Statement date 01/31/26 · Please make checks payable to Sprucewood "
                  "Kids Therapy Collective")
        if first:
            d.rect(36, 64, d.w - 72, 58, stroke=(0.1, 0.4, 0.25), lw=1)
            d.text(44, 78, "Responsible party", 7, color=MID)
            d.text(44, 90, "Ngozi & Halvard Strand-Eze", 9, "B")
            d.text(44, 101, "47 Tamarack Lane", 8)
            d.text(44, 111, "Mill Basin VT 05661", 8)
            for k, (a, b) in enumerate([("Account number", "55-02918"), ("Statement date", "01/31/26"),
                                        ("Due by", "02/25/26"), ("Amount due", M(due_all[0]))]):
                d.text(330, 78 + k * 11, a, 7.5)
                d.text(d.w - 44, 78 + k * 11, b, 8, "B", "r")
            d.text(36, 140, "Account activity", 10, "B")
            d.text(36, 151, "Each visit shows the services billed, what your insurance did with the claim, and what "
                   "is left for you to pay.", 7.5, "I")
            return 160
        return 66

    M = fm.money
    due_all = [ZERO]
    cols = [Col("Date", 44), Col("Patient", 62), Col("Description", 180), Col("Code", 56), Col("Units", 28, "r"),
            Col("Charges", 56, "r"), Col("Credits", 56, "r"), Col("Pending\ninsurance", 58, "r")]
    t = Table(doc, 36, cols, size=7.5, head_size=7, pad=2, head_fill=(0.86, 0.93, 0.88))
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    visits = [
        ("V-260105-118", "Oluwaseun Strand-Eze", "Oluwaseun", D(2026, 1, 5), "Brightmoor Health Plan",
         "BH26011400072", [S(D(2026, 1, 5), "97166", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("V-260107-131", "Liv Strand-Eze", "Liv", D(2026, 1, 7), "Brightmoor Health Plan", "BH26011400094",
         [S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 7), "92507", 1, ("GN",))]),
        ("V-260112-140", "Oluwaseun Strand-Eze", "Oluwaseun", D(2026, 1, 12), "Brightmoor Health Plan",
         "BH26012100318", [S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97112", 1, ("GO", "59")),
                           S(D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("V-260114-152", "Liv Strand-Eze", "Liv", D(2026, 1, 14), "Brightmoor Health Plan", "BH26012100341",
         [S(D(2026, 1, 14), "92507", 1, ("GN",)), S(D(2026, 1, 14), "92526", 1, ("GN",))]),
        ("V-260115-160", "Anders Strand-Eze", "Anders", D(2026, 1, 15), "Brightmoor Health Plan", "BH26012100367",
         [S(D(2026, 1, 15), "97161", 1, ("GP",)), S(D(2026, 1, 15), "97110", 2, ("GP",)),
          S(D(2026, 1, 15), "97140", 1, ("GP",))]),
        ("V-260119-171", "Oluwaseun Strand-Eze", "Oluwaseun", D(2026, 1, 19), "Brightmoor Health Plan",
         "BH26012800410", [S(D(2026, 1, 19), "97530", 2, ("GO",)), S(D(2026, 1, 19), "97533", 2, ("GO",),
                                                                      desc="Sensory processing activities")]),
        ("V-260121-183", "Liv Strand-Eze", "Liv", D(2026, 1, 21), "Brightmoor Health Plan", "BH26012800433",
         [S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 21), "97129", 1, ())]),
        ("V-260126-197", "Oluwaseun Strand-Eze", "Oluwaseun", D(2026, 1, 26), "Brightmoor Health Plan", None,
         [S(D(2026, 1, 26), "97530", 3, ("GO",)), S(D(2026, 1, 26), "97535", 1, ("GO",)),
          S(D(2026, 1, 26), "97110", 1, ("GO",))]),
        ("V-260128-205", "Anders Strand-Eze", "Anders", D(2026, 1, 28), "Brightmoor Health Plan", None,
         [S(D(2026, 1, 28), "97110", 2, ("GP",)), S(D(2026, 1, 28), "97116", 1, ("GP",))]),
    ]
    for v in visits:
        for s in v[6]:
            commercial(s, st)
    due_all[0] = sum((sum_(v[6], "owes") for v in visits if v[5]), ZERO)
    flow = Flow(doc, furn, doc.h - 42)
    for vid, full, first, vdate, ins, pcid, svcs in visits:
        rows = len(svcs) + 4
        if not flow.fits(rows * 13 + 20):
            flow.new_page()
        doc.text(36, flow.y + 9, f"Visit {vid}  ·  {full}  ·  {dfmt(vdate, 'mdy2')}  ·  Provider: "
                 + ("Greer Halloway, OTR/L" if "O" == first[0] else "Dana Pettifer, CCC-SLP" if first == "Liv"
                    else "Marcus Ilunga, PT, DPT"), 8, "B")
        flow.y = t.header(flow.y + 12)
        for s in svcs:
            pend = M(s.billed) if pcid is None else ""
            cells = [dfmt(s.dos, "mdy2"), first, s.desc, "-".join((s.code,) + s.mods), f"{s.units.normalize():f}",
                     M(s.billed), "", pend]
            y0 = flow.y
            flow.y = t.row(y0, cells)
            col.line(doc.page, (y0, flow.y), s, claim_id=vid, payer_claim_id=pcid, patient=full, printed=("billed",))
        paid, disc, owes = sum_(svcs, "paid"), sum_(svcs, "discount") + sum_(svcs, "not_covered"), sum_(svcs, "owes")
        if pcid:
            for txt, amt_ in ((f"{ins} payment - claim {pcid}", paid), (f"{ins} contractual adjustment", disc)):
                flow.y = t.row(flow.y, ["01/2" + str(len(pcid) % 9) + "/26", "", txt, "", "", "", M(-amt_), ""],
                               color=(0.25, 0.25, 0.25))
        tb = sum_(svcs, "billed")
        y0 = flow.y
        resp = M(owes) if pcid else "$0.00 (awaiting insurance)"
        flow.y = t.row(y0, ["", "", f"Visit total charges {M(tb)}   ·   Your responsibility for this visit: {resp}",
                            "", "", "", "", ""], st="B")
        doc.line(36, flow.y + 2, doc.w - 36, flow.y + 2, lw=0.4, color=(0.6, 0.6, 0.6))
        col.claim(vid, pcid, full, {"billed": tb}, band=(doc.page, y0, flow.y))
        flow.y += 10
    if not flow.fits(60):
        flow.new_page()
    doc.rect(36, flow.y + 4, doc.w - 72, 40, fill=PALE, stroke=None)
    doc.text(44, flow.y + 18, f"Current    {M(due_all[0])}      31-60 days    $0.00      61-90 days    $0.00      Over 90    "
             "$0.00", 8)
    doc.text(44, flow.y + 32, "Questions about your bill? Call (802) 555-0117, Monday-Friday 8:30-4:30. Payment plans "
             "are available.", 7.5, "I")
    return doc, col, render_reportlab


# ====================================================================================================== s2
def layout_s2():
    """Hospital statement with combined 'Insurance Pmt/Adj' column and letter codes, fpdf2 Liberation Sans."""
    fam = pick("libsans", "helv")
    doc = Doc(*P, fam)
    fm = Fmt(money=lambda d: money(d, ","), date=lambda d: dfmt(d, "dmy"), units=lambda u: f"{u.normalize():f}",
             code=tok_codes_sep, remark=lambda r: r)
    col = Collector("h28_s2_hospital_statement", "fpdf2", "Hospital family statement of physician & therapy services",
                    fm)

    def furn(d, first):
        d.text(36, 38, "ST. BRENDAN VALLEY HOSPITAL & CLINICS", 12, "B")
        d.text(36, 49, "Statement of Hospital and Clinic Services", 9)
        d.text(d.w - 36, 38, "Guarantor No. G-00731884", 8, "B", "r")
        d.text(d.w - 36, 49, "Statement Date 28-JAN-2026", 8, align="r")
        d.line(36, 55, d.w - 36, 55, lw=1)
        footer(d, "St. Brendan Valley Hospital & Clinics · Patient Financial Services · 2400 Abbey Road · Cold Spring, "
                  "MT 59917 · (406) 555-0150")
        if first:
            d.text(36, 72, "Responsible party: Cormac Ivanova-Reyes", 8.5, "B")
            d.text(36, 83, "512 Ridge Pass Drive, Cold Spring MT 59917", 8)
            d.rect(360, 62, 216, 34, fill=(0.93, 0.93, 0.93), stroke=None)
            d.text(368, 75, "Amount Due", 8)
            d.text(568, 75, M(due_all[0]), 11, "B", "r")
            d.text(368, 89, "Please pay by 20-FEB-2026", 7.5)
            d.text(36, 112, "Line-by-line summary of charges. Letter codes beside the insurance column are messages from "
                   "your insurance company; see the back of the last page.", 7, "I")
            return 122
        return 66

    M = fm.money
    due_all = [ZERO]
    cols = [Col("Service\nDate", 54), Col("Patient", 62), Col("Description", 130), Col("CPT/\nHCPCS", 36),
            Col("Mod", 28), Col("Qty", 22, "r"), Col("Charge", 48, "r"), Col("Insurance\nPmt/Adj", 52, "r"),
            Col("", 16, "c"), Col("Patient\nPayments", 46, "r"), Col("Amount\nDue", 46, "r")]
    t = Table(doc, 36, cols, size=7, head_size=6.8, pad=2, grid=True, head_fill=(0.88, 0.88, 0.88))
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.66"))
    encs = [
        ("E26-0007712", "Cormac Ivanova-Reyes", "Outpatient Rehabilitation", "Mountain Crest Insurance", "MC-7730019-01", [
            S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
            S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97140", 2, ("GP", "59")),
            S(D(2026, 1, 8), "G0283", 1, ("GP",)), S(D(2026, 1, 13), "97112", 2, ("GP",)),
            S(D(2026, 1, 13), "97110", 1, ("GP",)), S(D(2026, 1, 15), "97530", 2, ("GP",)),
            S(D(2026, 1, 15), "97140", 1, ("GP",)), S(D(2026, 1, 20), "97110", 2, ("GP",)),
            S(D(2026, 1, 20), "97116", 1, ("GP",)), S(D(2026, 1, 22), "97530", 2, ("GP",)),
            S(D(2026, 1, 22), "0552T", 1, (), denied="PR"),
        ]),
        ("E26-0007790", "Saoirse Ivanova-Reyes", "Pediatric Therapy Clinic", "Mountain Crest Insurance",
         "MC-7730142-01", [
            S(D(2026, 1, 9), "97167", 1, ("GO",)), S(D(2026, 1, 9), "97530", 2, ("GO",)),
            S(D(2026, 1, 16), "97530", 2, ("GO",)), S(D(2026, 1, 16), "97535", 1, ("GO",)),
            S(D(2026, 1, 23), "97530", 3, ("GO",)), S(D(2026, 1, 23), "97112", 1, ("GO",)),
         ]),
        ("E26-0007815", "Kasimir Ivanova-Reyes", "Orthopedic Clinic", "Mountain Crest Insurance", "MC-7730208-01", [
            S(D(2026, 1, 14), "99213", 1), S(D(2026, 1, 14), "L3807", 1, ("LT",)),
            S(D(2026, 1, 14), "97760", 1, ("GO",)),
        ]),
    ]
    for e in encs:
        for s in e[5]:
            commercial(s, st, deny_reason="96")
    ptpay = {("E26-0007790", 0): Decimal("20.00")}
    due_all[0] = sum((sum_(e[5], "owes") for e in encs), ZERO) - sum(ptpay.values(), ZERO)
    flow = Flow(doc, furn, doc.h - 42)
    total_due = ZERO
    for enc, pat, dept, ins, pcid, svcs in encs:
        def head(cont=False):
            doc.rect(36, flow.y, doc.w - 72, 24, fill=(0.97, 0.97, 0.97), stroke=(0.5, 0.5, 0.5), lw=0.4)
            doc.text(41, flow.y + 10, f"Visit No. {enc}   Patient: {pat}   {dept}" + ("   (continued)" if cont else ""),
                     8, "B")
            doc.text(41, flow.y + 20, f"Billed to {ins}, claim {pcid}. Insurance has processed this visit.", 7)
            flow.y = t.header(flow.y + 25)
        if not flow.fits(25 + t.header_height() + 30):
            flow.new_page()
        head()
        for i, s in enumerate(svcs):
            insamt = -(s.paid + s.discount + (s.not_covered if s.denied != "PR" else ZERO))
            pp = ptpay.get((enc, i), ZERO)
            due = s.owes - pp
            letter = "N" if s.denied else ("D" if s.deductible else "C")
            cells = [dfmt(s.dos, "dmy"), pat.split()[0], s.desc, s.code, " ".join(s.mods), f"{s.units.normalize():f}",
                     M(s.billed), M(insamt), letter, M(-pp) if pp else "", M(due)]
            if not flow.fits(t.row_height(cells) + 14):
                flow.new_page()
                head(cont=True)
            y0 = flow.y
            flow.y = t.row(y0, cells)
            s.owes = due
            total_due += due
            col.line(doc.page, (y0, flow.y), s, claim_id=enc, payer_claim_id=pcid, patient=pat,
                     printed=("billed", "patient_owes"), remarks=[letter])
        tb, to = sum_(svcs, "billed"), sum_(svcs, "owes")
        y0 = flow.y
        flow.y = t.row(y0, ["", "", "Visit totals", "", "", "", M(tb), "", "", "", M(to)], st="B")
        col.claim(enc, pcid, pat, {"billed": tb, "patient_owes": to}, band=(doc.page, y0, flow.y))
        flow.y += 12
    assert total_due == due_all[0], total_due
    col.legend = [("C", "Your plan paid its share after its contracted discount; the balance is your coinsurance."),
                  ("D", "Part or all of this charge was applied to your annual deductible."),
                  ("N", "Your plan does not cover this service. You are responsible for the charge.")]
    if not flow.fits(50):
        flow.new_page()
    doc.text(36, flow.y + 6, "Insurance message codes", 8.5, "B")
    for k, (c, txt) in enumerate(col.legend):
        doc.text(36, flow.y + 18 + k * 10, f"{c} = {txt}", 7.2)
    return doc, col, render_fpdf


LAYOUTS = [layout_c1, layout_c2, layout_m1, layout_m2, layout_d1, layout_d2, layout_p1, layout_p2, layout_s1,
           layout_s2]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout28_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    cont = 0
    nlines = npages = 0
    for fn in LAYOUTS:
        doc, col, render = fn()
        pdf = out / f"{col.name}.pdf"
        render(doc, pdf)
        col.write(pdf, len(doc.pages))
        nlines += len(col.lines)
        npages += len(doc.pages)
        cont += continued_claims(col)
        msg = f"{pdf.name}: {len(doc.pages)} pages, {len(col.lines)} lines, {len(col.claims)} claims"
        if a.check:
            errs = check(pdf, col)
            bad += len(errs)
            msg += "  OK" if not errs else f"  {len(errs)} PROBLEMS"
            for e in errs[:12]:
                msg += "\n    " + e
        print(msg)
    print(f"{len(LAYOUTS)} files, {nlines} service lines, {npages} pages, {cont} files with a claim continued "
          f"onto the next page -> {out}")
    if a.check:
        if cont < 3:
            print("check: fewer than three files carry a continued claim")
            bad += 1
        print("check:", "PASSED" if not bad else f"FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
