"""Write the SIXTIETH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written by an
author who did not look at the reader (sets 1-59 came earlier and may have been seen).

Run:  python bench/heldout60/make_heldout60_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout60/make_heldout60_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py writes it: <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units null where no quantity is printed for the line, modifiers []
where none are printed); claim_id = the provider's own account / patient-control / visit number, payer_claim_id =
the payer's claim number / ICN / reference, patient exactly as printed (the person served, never the subscriber,
employee or guarantor unless the same). Adjustments are recorded only where the page prints group + reason codes
with the line; remarks are the note / remark / EOB / message codes printed on the line. A statement's "Ins Adj"
column is the truth discount. Every name, number, payer, provider, address and ID is invented; descriptions are
our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness); pages
print "Page n of N" from a page model laid out before drawing. Helper: bench/heldout60/h60.py (page model, two
renderers, flowing pages with repeated heads, text-line extraction).

Layouts (10 files; counts are printed when the script runs):
  c1  commercial PPO member EOB (reportlab, landscape DejaVu Sans Condensed): subscriber line, "Summary by family
      member", shaded claim heads "Patient: <name> (Daughter) / Claim ID / Provider / Patient Account", columns
      Dates of Service "01/05/26 - 01/05/26" / Service (Procedure Code) "Therapeutic activities (97530-GO)" (wraps) /
      Amount Billed / Plan Discount / Allowed Amount / Not Covered / Deductible / Copay / Coinsurance / Plan Paid /
      Your Share / Remark; three family members; a visit-limit denial the member owes; the long claim continues on
      page 2 with "(continued)" and the column header repeated; claim totals; remark legend
  c2  employer PPO "Statement of Benefits" (fpdf2, portrait Liberation Sans Narrow): "CLAIMS FOR <NAME>" bands, boxed
      claims "Claim no. / Provider / Your provider's patient no.", Svc Date "1/7/26" / Code / Mod "GP,59" / Units
      "1.00" / Billed Charges / Network Discount / Eligible Amount / Member Deductible / Member Copay / Member Coins. /
      Non-Covered / Plan Payment / Member Resp / Rmk, amounts with negatives in parentheses: a REVERSAL of prior
      processing and its corrected claim, a not-covered line, three family members; PLANTED Member Resp total
      mismatch on one claim (declared expected finding)
  m1  Medicare Summary Notice Part B (reportlab, portrait Liberation Sans): deductible and "Your Claims & Costs This
      Period" boxes, provider blocks with "Service date: January 6, 2026" and "Claim number", rows "2 Therapeutic
      exercises (97110-GP)" (quantity first, code and modifiers in parentheses) / Service Approved? / Amount Provider
      Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes "A, B";
      a denied line; no account numbers; notes legend
  m2  Medicare Advantage PPO monthly member EOB (fpdf2, portrait DejaVu Serif Condensed): dark plan banner, "Claims
      for <name>", ruled rows Date of service "01/05/2026" / Medical services and supplies you received / Provider has
      billed the plan / Total cost (plan-approved) / Plan's share / Your share / See notes, the code on a second text
      line "Code 97110 GP", per-visit copay, a not-approved line, a claim continuing on page 2 ("- continued")
  d1  state Medicaid remittance advice, line printer (fpdf2, landscape core Courier): RA banner repeated, CLAIMS
      PAID / DENIED / ADJUSTED sections, "RECIP: LAST, FIRST  RID  ICN  PAT ACCT", LN / FROM DOS "01052026" / THRU
      DOS / PROC / MODS / UNITS "3.0" / BILLED / ALLOWED / PAID / EOB, a reversal with trailing-minus amounts and
      "ORIGINAL ICN ... REVERSED" plus its replacement, "*** CONTINUED ***" when a claim breaks, RA totals, EOB list
  d2  state Medicaid provider-portal "Remittance Advice Report" (reportlab, portrait Liberation Serif): shaded
      two-row claim heads (Member / Claim Number (ICN) / Status / Member ID / Patient Control No.), Ln / From DOS /
      To DOS / Proc / Mods / Units / Billed Amt / Allowed Amt / Paid Amt / Adj Reason "CO-45" / Adj Amt / RARC,
      a duplicate denial, every adjustment printed
  p1  Medicare Part B standard paper remit reprinted by a practice-management system (reportlab, landscape DejaVu
      Sans Mono): NAME / MID / ACNT / ICN / ASG / MOA heads, PERF PROV / SERV DATE "0106 010626" / POS / NOS / PROC /
      MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (extra adjustments stacked below) / PROV PD, "REM: N640"
      rows, PT RESP and CLAIM TOTALS, a claim continuing on page 2 with the column header repeated
  p2  clearinghouse "ERA Detail - Claim Payment Information" (fpdf2, portrait Liberation Sans): shaded claim cards
      (Patient / Patient Control # / Payer Claim # / Claim Status / Charge / Paid / Patient Responsibility), Ln / Svc
      Date / Procedure "HC:97140:GO:59" / Units / Charge / Allowed / Paid / Group / Reason / Adj Amount / Remarks,
      stacked adjustment rows, a bundled denial; patient responsibility printed per claim only
  s1  pediatric therapy clinic family statement (reportlab, portrait DejaVu Sans): right-hand statement sidebar with
      account no. and amount due, guarantor block, "Patient:" bands for three children, visit heads "Visit V-30211 -
      billed to <plan>, claim ...", Date / Code "97530 GO" / Service (long wording, wraps) / Units / Charges / Ins
      Adj / Ins Paid / You Owe, visit totals, a group session the family owes, aging line
  s2  hospital family "PATIENT STATEMENT" (fpdf2, portrait core Times): guarantor line, one shaded account per family
      member (Account / Patient "LAST, FIRST" / insurer claim), itemized Date "01-05-26" / Rev / CPT/HCPCS / Mod /
      Description (capitals) / Qty / Charges, account summary (payments, contractual adjustment, balance) at account
      level only (lines print charges only), a long account continuing onto page 2 with "(continued)" and the header

The self-check (--check) tests the factory, not the reader: page counts; every truth line is found on its page's
text layer (pdfplumber words grouped into text lines) with its code, modifiers, units, date, every non-null amount,
each adjustment code and amount and its remark codes on the SAME text line or the few lines of its own row (wrapped
wording, stacked adjustment rows); m1's date is in its claim heading on the same page; ids, patients, legend codes
and every claim total are printed; arithmetic: allowed - deductible - copay - coinsurance = paid and billed -
discount - not covered = allowed (member EOBs), billed - printed adjustments = paid (d2, p1, p2), allowed = paid
(d1), charges - ins adj - ins paid - you owe = 0 (s1), paid + you may be billed <= approved (m1); claim totals equal
the sum of lines except the planted one, which really differs; at least three files carry a claim continuing
onto the next page.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
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
    total,
    truth_line,
    units_str,
    write_truth,
)
from h60 import Doc, Flow, has, render, text_lines, width  # noqa: E402

# A few extra invented fees for codes outside therapy (hospital and office lines).
for code, fee, sched, desc in (
    ("99214", "235.00", "128.10", "Office visit, established patient, moderate"),
    ("97010", "40.00", "0.00", "Hot or cold pack application"),
    ("A4556", "28.00", "14.62", "Electrode pads, per pair"),
    ("97542", "70.00", "31.20", "Wheelchair management training"),
    ("73110", "310.00", "41.05", "X-ray of wrist, three or more views"),
    ("97033", "78.00", "22.70", "Iontophoresis"),
):
    eobgen.FEE[code], eobgen.SCHED[code], eobgen.DESC[code] = fee, sched, desc

D = lambda m, d: date(2026, m, d)  # noqa: E731
M_DOL = lambda x: money(x, "$")  # noqa: E731
M_COM = lambda x: money(x, ",")  # noqa: E731
M_PAR = lambda x: money(x, ",", "()")  # noqa: E731
M_TRAIL = lambda x: money(x, "", "trail")  # noqa: E731
M_PLAIN = lambda x: money(x, "")  # noqa: E731
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


@dataclass
class Claim:
    patient: str
    claim_id: str | None
    payer_claim_id: str | None
    svcs: list[Svc]
    extra: dict = field(default_factory=dict)


class Book:
    """Collects truth lines and claims for one document."""

    def __init__(self, name, producer, desc, spec):
        self.name, self.producer, self.desc, self.spec = name, producer, desc, spec
        self.lines, self.claims, self.legend, self.findings = [], [], [], []

    def rec(self, page, s, c: Claim, printed, *, units=True, mods=True, adjs=None, remarks=None, descr=True,
            patient=None, claim_id="__", payer_claim_id="__"):
        self.lines.append(truth_line(
            page, s, claim_id=c.claim_id if claim_id == "__" else claim_id,
            payer_claim_id=c.payer_claim_id if payer_claim_id == "__" else payer_claim_id,
            patient=patient or c.patient, printed=printed, units=units, modifiers=mods,
            adjustments=adjs, remarks=remarks, description=descr))

    def claim(self, c: Claim, **tot):
        self.claims.append({"claim_id": c.claim_id, "payer_claim_id": c.payer_claim_id, "patient": c.patient,
                            "totals": claim_totals(**tot)})


def visits(fn, plan, items, **kw) -> list[Svc]:
    """items: (date, code, units, mods[, denied]) -> Svc list through a plan function."""
    out = []
    for it in items:
        dos, code, u, mods = it[:4]
        s = Svc(dos, code, Decimal(str(u)), tuple(mods), denied=it[4] if len(it) > 4 else None)
        out.append(fn(s, plan, **kw) if plan is not None else fn(s, **kw))
    return out


def ot_series(d0: date, n: int, plan_codes) -> list[tuple]:
    out = []
    for i in range(n):
        day = d0 + timedelta(days=7 * (i // 2) + (3 if i % 2 else 0))
        for code, u, mods in plan_codes[i % len(plan_codes)]:
            out.append((day, code, u, mods))
    return out


SPECS: dict[str, dict] = {}
BUILDERS = []


def layout(fn):
    BUILDERS.append(fn)
    return fn


# ============================================================================ c1 commercial member EOB (reportlab)
@layout
def c1(out: Path) -> Book:
    name = "c1_commercial_member_eob"
    bk = Book(name, "reportlab", "commercial PPO member EOB, landscape, family summary then claim tables",
              dict(money=M_DOL, date=lambda d: dfmt(d, "mdy2"), band=2, arith="member"))
    bk.legend = [["PD", "Network discount: your provider agreed to this lower rate; you do not owe it."],
                 ["DD", "Counted toward your calendar-year deductible."],
                 ["NC7", "This therapy visit went past the number of visits your plan covers this year."],
                 ["CI", "Your share of the allowed amount after the deductible."]]
    fam = [("Priya Vantongeren", "Self", "3"), ("Owen Vantongeren", "Son", "1"), ("Lila Vantongeren", "Daughter", "1")]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        Claim("Lila Vantongeren", "BWP-330481", "NF2601190442", visits(commercial, st2, ot_series(D(1, 5), 12, [
            [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], [("97112", 2, ("GO",)), ("97530", 1, ("GO", "59"))]])),
              {"rel": "Daughter", "prov": "Brightwater Pediatric Therapy Group"}),
        Claim("Owen Vantongeren", "BWP-330502", "NF2601220117", visits(commercial, st2, [
            (D(1, 8), "92523", 1, ("GN",)), (D(1, 15), "92507", 1, ("GN",)), (D(1, 22), "92507", 1, ("GN",))]),
              {"rel": "Son", "prov": "Brightwater Pediatric Therapy Group"}),
        Claim("Priya Vantongeren", "ORC-88120", "NF2601290931", visits(commercial, st, [
            (D(1, 12), "97163", 1, ("GP",)), (D(1, 12), "97140", 2, ("GP",)), (D(1, 19), "97110", 3, ("GP",)),
            (D(1, 19), "97033", 1, ("GP",)), (D(1, 26), "97110", 2, ("GP", "KX")), (D(1, 26), "97140", 1, ("GP",), "PR")]),
              {"rel": "Self", "prov": "Orchard Ridge Physical Therapy"}),
    ]
    claims[2].svcs[5] = commercial(Svc(D(1, 26), "97140", Decimal(1), ("GP",), denied="PR"), st, "119")
    doc = Doc(LAND, "DVCond")
    cols = [(30, 72, "l"), (104, 172, "l"), (280, 50, "r"), (334, 46, "r"), (384, 50, "r"), (438, 44, "r"),
            (486, 44, "r"), (534, 40, "r"), (578, 48, "r"), (630, 50, "r"), (684, 52, "r"), (742, 30, "l")]
    labels = ["Dates of Service", "Service (Procedure Code)", "Amount Billed", "Plan Discount", "Allowed Amount",
              "Not Covered", "Deductible", "Copay", "Coinsurance", "Plan Paid", "Your Share", "Remark"]

    def furniture(f: Flow, first, cont):
        f.t(30, "NORTHFIELD MUTUAL", 15, True, y=34)
        f.t(30, "Health Plan of the Lakes", 8, y=45)
        f.t(762, "Explanation of Benefits", 13, True, "r", y=34)
        f.t(762, "THIS IS NOT A BILL  -  Statement date 02/02/26", 8, False, "r", y=46)
        f.line(30, 52, 762, 52, 1.2)
        f.t(30, "Subscriber: Priya Vantongeren   Member ID NFM 4471-20938   Group 0071182 Lakeshore Tool & Die",
            7.5, y=62)
        f.t(762, f"Page {f.page} of {{N}}", 7.5, False, "r", y=590)
        f.t(30, "Northfield Mutual Health Plan, PO Box 7714, Duluth Harbor, MN 55899  -  Member services 1-800-555-0148",
            6.5, y=590)
        f.y = 80
        if cont:
            cont()

    def colhead(f: Flow):
        f.rect(30, f.y - 8, 732, 20, 0.85, False)
        f.cells(cols, labels, 6.6, True, 8)
        f.y += 6

    f = Flow(doc, 80, 570, furniture)
    f.t(30, "Priya Vantongeren", 9, True); f.y += 11
    f.t(30, "2284 Quarry Hill Rd"); f.y += 10
    f.t(30, "Ashby Falls, MN 55602"); f.y += 18
    f.t(30, "Summary by family member", 10, True); f.y += 12
    sc = [(30, 160, "l"), (190, 80, "r"), (270, 80, "r"), (350, 80, "r"), (430, 100, "r")]
    f.cells(sc, ["Family member", "Amount Billed", "Plan Paid", "Your Responsibility", "Claims this period"], 7.5, True)
    f.hr(30, 530, -6)
    for nm, rel, n in [("Priya Vantongeren", "Self", "1"), ("Owen Vantongeren", "Son", "1"),
                       ("Lila Vantongeren", "Daughter", "1")]:
        cs = [c for c in claims if c.patient == nm]
        f.cells(sc, [f"{nm} ({rel})", M_DOL(sum(total(c.svcs, "billed") for c in cs)),
                     M_DOL(sum(total(c.svcs, "paid") for c in cs)), M_DOL(sum(total(c.svcs, "owes") for c in cs)), n], 7.5)
    f.y += 14
    for c in (claims[1], claims[0], claims[2]):
        def head(c=c, contd=False):
            f.rect(30, f.y - 9, 732, 24, 0.93, True)
            f.t(34, f"Patient: {c.patient} ({c.extra['rel']})" + ("  (continued)" if contd else ""), 8, True)
            f.t(300, f"Claim ID: {c.payer_claim_id}", 8, True)
            f.t(470, f"Provider: {c.extra['prov']}", 8)
            f.y += 10
            f.t(34, f"Patient Account: {c.claim_id}   Received 01/30/26   Processed 02/01/26   In-network", 7)
            f.y += 12
            colhead(f)
        f.ensure(80)
        head()
        for s in c.svcs:
            rem = "NC7" if s.denied else ("DD" if s.deductible else ("CI" if s.coinsurance else "PD"))
            dt = dfmt(s.dos, "mdy2")
            vals = [f"{dt} - {dt}", f"{s.desc} ({s.code}-{'-'.join(s.mods)})", M_DOL(s.billed), M_DOL(s.discount),
                    M_DOL(s.allowed), M_DOL(s.not_covered), M_DOL(s.deductible), M_DOL(s.copay),
                    M_DOL(s.coinsurance), M_DOL(s.paid), M_DOL(s.owes), rem]
            if f.ensure(22, cont=lambda c=c: head(c, True)):
                pass
            pg = f.page
            f.cells(cols, vals, 7)
            f.y += 2
            bk.rec(pg, s, c, ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), units=False, remarks=[rem])
        f.hr(30, 762, -7)
        f.cells(cols, ["", "Claim totals", *(M_DOL(total(c.svcs, a)) for a in (
            "billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")), ""],
                7, True)
        bk.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                 patient_owes=total(c.svcs, "owes"))
        f.y += 14
    f.ensure(70)
    f.t(30, "Remark codes", 8.5, True); f.y += 11
    for k, v in bk.legend:
        f.t(30, k, 7, True); f.t(60, v, 7); f.y += 10
    render(doc, out / f"{name}.pdf", "reportlab", "Explanation of Benefits")
    bk.pages = len(doc.pages)
    return bk


def run_table(f: Flow, bk: Book, c: Claim, cols, rows, *, head, size, printed, lead=None, units=True, mods=True,
              need=14, descr=True, gap=1.5, sub=None):
    """Draw service rows (vals, svc, adjs, remarks); head(contd) redraws the claim head on a new page."""
    for vals, s, adjs, rems in rows:
        f.ensure(need, cont=lambda: head(True))
        pg = f.page
        f.cells(cols, vals, size, lead=lead)
        if sub:
            sub(f, s, adjs)
        f.y += gap
        bk.rec(pg, s, c, printed, units=units, mods=mods, adjs=adjs, remarks=rems, descr=descr)


# ============================================================================ c2 commercial member EOB (fpdf2)
@layout
def c2(out: Path) -> Book:
    name = "c2_commercial_statement_of_benefits"
    bk = Book(name, "fpdf2", "employer PPO statement of benefits, portrait, family bands, boxed claims, adjusted claim",
              dict(money=M_PAR, date=lambda d: f"{d.month}/{d.day}/{d:%y}", units=lambda u: f"{u:.2f}", band=1,
                   arith="member"))
    bk.legend = [["R01", "Eligible amount is the network rate for this service."],
                 ["R14", "Applied to the member's deductible."],
                 ["R22", "Service not covered under the plan's rehabilitation benefit."],
                 ["R40", "Claim reprocessed; the earlier payment is reversed on this statement."]]
    st = PlanState(ded_left=Decimal("100.00"), copay_codes={"97110": Decimal("30.00"), "97530": Decimal("30.00"),
                                                            "97140": Decimal("30.00"), "99214": Decimal("40.00")},
                   allowed_rate=Decimal("0.70"))
    stb = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    orig = visits(commercial, stb, [(D(1, 6), "97530", 2, ("GO",)), (D(1, 6), "97010", 1, ("GO",))])
    rev = [negate(x) for x in orig]
    stb2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    corr = visits(commercial, stb2, [(D(1, 6), "97530", 3, ("GO",)), (D(1, 6), "97010", 1, ("GO",), "PR")],
                  deny_reason="96")
    claims = [
        Claim("DANIEL ASHWORTH-PIKE", "88213-A", "6Q0219-883-01", visits(commercial, st, [
            (D(1, 7), "99214", 1, ()), (D(1, 7), "73110", 1, ("RT",)), (D(1, 14), "97110", 2, ("GP",)),
            (D(1, 14), "97140", 1, ("GP", "59")), (D(1, 21), "97110", 2, ("GP",))]), {"prov": "Kestrel Bay Orthopedic Associates"}),
        Claim("MAREN ASHWORTH-PIKE", "T-55102", "6Q0203-117-02", rev, {"prov": "Tidewell Hand & Upper Limb Therapy",
                                                                       "note": "REVERSAL OF PRIOR PROCESSING"}),
        Claim("MAREN ASHWORTH-PIKE", "T-55102", "6Q0203-117-03", corr, {"prov": "Tidewell Hand & Upper Limb Therapy",
                                                                        "note": "CORRECTED CLAIM"}),
        Claim("JUNE ASHWORTH-PIKE", "T-55190", "6Q0227-402-01", visits(commercial, stb, [
            (D(1, 13), "97166", 1, ("GO",)), (D(1, 20), "97530", 2, ("GO",)), (D(1, 20), "97535", 1, ("GO",)),
            (D(1, 27), "97530", 2, ("GO",)), (D(1, 27), "97760", 1, ("GO",))]), {"prov": "Tidewell Hand & Upper Limb Therapy"}),
    ]
    doc = Doc(LETTER, "LibNarrow")
    X = [(28, 34, "l"), (64, 30, "l"), (96, 32, "l"), (130, 26, "r"), (160, 40, "r"), (202, 40, "r"), (244, 40, "r"),
         (286, 38, "r"), (326, 34, "r"), (362, 40, "r"), (404, 38, "r"), (444, 44, "r"), (490, 40, "r"), (536, 40, "l")]
    labels = ["Svc Date", "Code", "Mod", "Units", "Billed Charges", "Network Discount", "Eligible Amount",
              "Member Deductible", "Member Copay", "Member Coins.", "Non- Covered", "Plan Payment", "Member Resp", "Rmk"]

    def furniture(f: Flow, first, cont):
        f.t(28, "Cascade Crest Health Alliance", 14, True, y=36)
        f.t(584, "STATEMENT OF BENEFITS", 11, True, "r", y=34)
        f.t(584, "This is not a bill. Keep for your records.", 7.5, False, "r", y=45)
        f.line(28, 52, 584, 52, 0.8)
        f.t(28, "Employee: GRANT ASHWORTH-PIKE   ID CCH-771-40-2291   Group: Hollins County Schools PPO   "
            "Statement period 01/01/26 - 01/31/26", 7, y=62)
        f.t(306, f"{f.page} of {{N}}", 7, False, "c", y=772)
        f.y = 82
        if cont:
            cont()

    f = Flow(doc, 82, 752, furniture)
    f.t(28, "Questions? Call Member Services at 1-888-555-0172 (TTY 711), Monday-Friday 8 a.m. - 6 p.m.", 7.5)
    f.y += 16
    cur = None
    for c in claims:
        if c.patient != cur:
            f.ensure(70)
            cur = c.patient
            f.rect(28, f.y - 10, 556, 14, 0.25, False)
            f.t(32, f"CLAIMS FOR {c.patient}", 8.5, True)
            f.y += 14

        def head(contd=False, c=c):
            top = f.y - 9
            f.t(32, f"Claim no. {c.payer_claim_id}" + ("  (continued)" if contd else "") +
                (f"   {c.extra['note']}" if "note" in c.extra else ""), 7.5, True)
            f.t(300, f"Provider: {c.extra['prov']}", 7.5)
            f.y += 10
            f.t(32, f"Your provider's patient no.: {c.claim_id}    Processed 01/29/26    Network: In", 7)
            f.y += 10
            f.cells(X, labels, 6.4, True, 7.4)
            f.line(28, f.y - 6, 584, f.y - 6, 0.6)
            f.y += 1
            return top

        f.ensure(70)
        top = head()
        rows = []
        for s in c.svcs:
            rm = ["R22"] if s.denied else (["R40"] if s.billed < 0 else (["R14"] if s.deductible else ["R01"]))
            rows.append(([f"{s.dos.month}/{s.dos.day}/{s.dos:%y}", s.code, ",".join(s.mods), f"{s.units:.2f}",
                          M_PAR(s.billed), M_PAR(s.discount), M_PAR(s.allowed), M_PAR(s.deductible), M_PAR(s.copay),
                          M_PAR(s.coinsurance), M_PAR(s.not_covered), M_PAR(s.paid), M_PAR(s.owes), rm[0]], s, [], rm))
        run_table(f, bk, c, X, rows, head=lambda contd, c=c: head(contd, c), size=7,
                  printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                           "paid", "patient_owes"))
        tot = {a: total(c.svcs, a) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                              "not_covered", "paid", "owes")}
        printed_owes = tot["owes"]
        if c.payer_claim_id == "6Q0227-402-01":
            printed_owes = tot["owes"] + Decimal("10.00")
            bk.findings.append(f"claim-total-mismatch claim {c.payer_claim_id}: printed Member Resp total "
                               f"{printed_owes} but the lines add up to {tot['owes']}")
        f.line(28, f.y - 7, 584, f.y - 7, 0.4)
        f.cells(X, ["Total", "", "", "", *(M_PAR(tot[a]) for a in ("billed", "discount", "allowed", "deductible",
                    "copay", "coinsurance", "not_covered", "paid")), M_PAR(printed_owes), ""], 7, True)
        f.rect(28, top, 556, f.y - top - 5, None, True)
        bk.claim(c, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"], patient_owes=printed_owes)
        f.y += 12
    f.ensure(60)
    f.t(28, "Remark code explanations", 8, True); f.y += 10
    for k, v in bk.legend:
        f.t(28, k, 7, True); f.t(52, v, 7); f.y += 9
    render(doc, out / f"{name}.pdf", "fpdf2", "Statement of Benefits")
    bk.pages = len(doc.pages)
    return bk


# ============================================================================ m1 Medicare Summary Notice (reportlab)
@layout
def m1(out: Path) -> Book:
    name = "m1_medicare_summary_notice"
    bk = Book(name, "reportlab", "Medicare Summary Notice Part B, portrait, provider claim blocks",
              dict(money=M_DOL, date=None, head_date=lambda d: f"{d:%B} {d.day}, {d.year}", band=2, arith="msn",
                   units=lambda u: units_str(u)))
    bk.legend = [["A", "The approved amount is based on Medicare's fee schedule; the provider accepts it."],
                 ["B", "This amount counts toward your Part B deductible for the year."],
                 ["C", "Medicare does not pay for this service as billed; the documentation did not show it was needed."],
                 ["D", "Your 20% coinsurance share of the approved amount."]]
    st = PlanState(ded_left=Decimal("120.00"))
    pat = "ELEANOR B. FITZWATER"
    claims = []
    for i, (dos, items) in enumerate([
        (D(1, 6), [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
        (D(1, 9), [("97110", 3, ("GP",)), ("97112", 1, ("GP",)), ("G0283", 1, ("GP",))]),
        (D(1, 13), [("97110", 2, ("GP", "KX")), ("97116", 2, ("GP",)), ("97140", 1, ("GP",))]),
        (D(1, 16), [("97110", 2, ("GP", "KX")), ("97112", 2, ("GP", "KX")), ("0552T", 1, ("GP",), "PR")]),
        (D(1, 21), [("99213", 1, ()), ("73110", 1, ("LT",))]),
        (D(1, 23), [("97110", 3, ("GP", "CQ")), ("97530", 1, ("GP", "CQ")), ("G0283", 1, ("GP",))]),
    ]):
        svcs = visits(medicare, st, [(dos, *it) for it in items], sequestration=True)
        prov = "Lakemont Physical Therapy Center" if i != 4 else "Harbor Point Orthopedics PC"
        claims.append(Claim(pat, None, f"26-{dos:%m%d}-{4417 + i * 13:04d}-0{i}", svcs, {"prov": prov, "dos": dos}))
    doc = Doc(LETTER, "LibSans")
    cols = [(40, 190, "l"), (236, 52, "c"), (292, 64, "r"), (360, 62, "r"), (426, 60, "r"), (490, 62, "r"), (556, 30, "l")]
    labels = ["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
              "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"]

    def furniture(f: Flow, first, cont):
        f.t(40, "Medicare Summary Notice", 16, True, y=44)
        f.t(40, "for Part B (Medical Services and Supplies)", 9, y=57)
        f.t(572, "ELEANOR B. FITZWATER", 8.5, True, "r", y=44)
        f.t(572, "Medicare Number XXX-XX-7Q4K-M", 8, False, "r", y=56)
        f.line(40, 64, 572, 64, 1.5)
        f.t(40, f"Page {f.page} of {{N}}", 7.5, y=770)
        f.t(572, "Notice date: February 2, 2026", 7.5, False, "r", y=770)
        f.y = 84
        if cont:
            cont()

    f = Flow(doc, 84, 740, furniture)
    f.t(40, "THIS IS NOT A BILL", 12, True); f.y += 16
    f.t(40, "ELEANOR B. FITZWATER", 8.5); f.y += 10
    f.t(40, "41 Marlowe Terrace, Apt 3", 8.5); f.y += 10
    f.t(40, "Port Ellery, ME 04199", 8.5); f.y += 20
    f.rect(40, f.y - 12, 250, 64, 0.92, True)
    f.t(48, "Your Deductible Status", 10, True); f.y += 14
    f.t(48, "Your deductible is what you must pay each year", 7.5); f.y += 10
    f.t(48, "before Medicare pays. You have now met your", 7.5); f.y += 10
    f.t(48, "2026 Part B deductible.", 7.5); f.y += 24
    tb, tp, to = (sum(total(c.svcs, a) for c in claims) for a in ("billed", "paid", "owes"))
    f.rect(310, 200, 262, 64, 0.92, True)
    f.t(318, "Your Claims & Costs This Period", 10, True, y=214)
    f.t(318, f"Did Medicare approve all services?  NO", 7.5, y=228)
    f.t(318, f"Number of services Medicare denied:  1", 7.5, y=238)
    f.t(318, f"Total you may be billed:  {M_DOL(to)}", 7.5, True, y=250)
    f.y = 290
    f.t(40, "Your Claims for Part B (Medical Services and Supplies)", 11, True); f.y += 18
    for c in claims:
        dos = c.extra["dos"]

        def head(contd=False, c=c, dos=dos):
            f.t(40, c.extra["prov"] + (" (continued)" if contd else ""), 9, True)
            f.t(360, f"Service date: {dos:%B} {dos.day}, {dos.year}", 8, True)
            f.y += 11
            f.t(40, "14 Quayside Way, Port Ellery, ME 04199  Referred by: Dr. Ansel Korhonen", 7.5)
            f.t(360, f"Claim number: {c.payer_claim_id}", 8)
            f.y += 12
            f.rect(40, f.y - 8, 532, 20, 0.85, False)
            f.cells(cols, labels, 6.8, True, 8)
            f.y += 4

        f.ensure(110)
        head()
        rows = []
        for s in c.svcs:
            notes = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A", "D"])
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            rows.append(([f"{units_str(s.units)} {s.desc} ({code})", "No" if s.denied else "Yes", M_DOL(s.billed),
                          M_DOL(s.allowed), M_DOL(s.paid), M_DOL(s.owes), ", ".join(notes)], s, [], notes))
        run_table(f, bk, c, cols, rows, head=lambda contd, c=c: head(contd, c), size=7.5, lead=9.5,
                  printed=("billed", "allowed", "paid", "patient_owes"), need=22, gap=3)
        f.hr(40, 572, -8, 0.4)
        f.cells(cols, ["Total for this claim", "", *(M_DOL(total(c.svcs, a)) for a in ("billed", "allowed", "paid",
                                                                                        "owes")), ""], 7.5, True)
        bk.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                 patient_owes=total(c.svcs, "owes"))
        f.y += 16
    f.ensure(80)
    f.t(40, "Notes for Your Claims Above", 10, True); f.y += 13
    for k, v in bk.legend:
        f.t(40, k, 7.5, True); f.t(56, v, 7.5); f.y += 10
    render(doc, out / f"{name}.pdf", "reportlab", "Medicare Summary Notice")
    bk.pages = len(doc.pages)
    return bk


# ============================================================================ m2 Medicare Advantage member EOB (fpdf2)
@layout
def m2(out: Path) -> Book:
    name = "m2_medicare_advantage_eob"
    bk = Book(name, "fpdf2", "Medicare Advantage PPO monthly member EOB, code on a second text line",
              dict(money=M_DOL, date=lambda d: dfmt(d, "mdy4"), band=2, arith="member"))
    bk.legend = [["1", "Your plan's copay for an outpatient rehabilitation visit."],
                 ["2", "Plan-approved amount for an in-network provider."],
                 ["3", "Not covered: this service was not approved in advance. See your appeal rights."]]
    pat_a = pat_b = "Walter J. Brinkerhoff"
    sa = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.52"))
    sb = PlanState(visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.52"))
    claims = [
        Claim(pat_a, None, "MA-0026-118733", visits(commercial, sa, ot_series(D(1, 5), 14, [
            [("97110", 2, ("GP",)), ("97140", 1, ("GP",))], [("97112", 2, ("GP",)), ("97530", 1, ("GP",))]])),
              {"prov": "Saltmarsh Rehabilitation Services"}),
        Claim(pat_b, None, "MA-0026-120415", visits(commercial, sb, [
            (D(1, 14), "97165", 1, ("GO",)), (D(1, 14), "97760", 1, ("GO",)), (D(1, 14), "L3807", 1, ("RT",)),
            (D(1, 28), "97530", 2, ("GO",)), (D(1, 28), "0552T", 1, ("GO",), "PR")], deny_reason="197"),
              {"prov": "Saltmarsh Rehabilitation Services"}),
    ]
    doc = Doc(LETTER, "DVSerifCond")
    cols = [(36, 54, "l"), (92, 196, "l"), (290, 62, "r"), (356, 62, "r"), (422, 54, "r"), (480, 54, "r"),
            (540, 36, "c")]
    labels = ["Date of service", "Medical services and supplies you received", "Provider has billed the plan",
              "Total cost (plan-approved)", "Plan's share", "Your share", "See notes"]

    def furniture(f: Flow, first, cont):
        f.rect(36, 28, 540, 30, 0.2, False)
        f.t(44, "SEAGLASS SENIOR CARE (PPO)  -  a Medicare Advantage plan", 11, True, y=47)
        f.t(36, "Explanation of Benefits for January 2026", 9, True, y=72)
        f.t(576, f"Page {f.page} of {{N}}", 7.5, False, "r", y=72)
        f.t(36, "Member: Walter J. Brinkerhoff   Member ID: SGA-55120-8834-01   This is not a bill.", 7, y=764)
        f.y = 94
        if cont:
            cont()

    f = Flow(doc, 94, 744, furniture)
    for c in claims:
        def head(contd=False, c=c):
            f.t(36, f"Claims for {c.patient}" + ("  - continued" if contd else ""), 9, True); f.y += 11
            f.t(36, f"Provider: {c.extra['prov']}   Claim number: {c.payer_claim_id}   In-network", 7.5); f.y += 11
            f.line(36, f.y - 7, 576, f.y - 7, 0.8)
            f.cells(cols, labels, 6.8, True, 8)
            f.line(36, f.y - 6, 576, f.y - 6, 0.8)
            f.y += 2

        f.ensure(90)
        head()
        rows = []
        for s in c.svcs:
            notes = ["3"] if s.denied else (["1", "2"] if s.copay else ["2"])
            mods = " ".join(s.mods)
            rows.append(([dfmt(s.dos, "mdy4"), s.desc, M_DOL(s.billed), M_DOL(s.allowed), M_DOL(s.paid),
                          M_DOL(s.owes), ", ".join(notes)], s, [], notes))
        for vals, s, _a, notes in rows:
            f.ensure(24, cont=lambda c=c: head(True, c))
            pg = f.page
            f.cells(cols, vals, 7.3, lead=9)
            f.t(92, f"Code {s.code} {' '.join(s.mods)}".rstrip(), 6.5)
            f.y += 9
            f.line(36, f.y - 6.5, 576, f.y - 6.5, 0.2)
            f.y += 1
            bk.rec(pg, s, c, ("billed", "allowed", "paid", "patient_owes"), units=False, remarks=notes)
        f.cells(cols, ["", "Total for this claim", *(M_DOL(total(c.svcs, a)) for a in ("billed", "allowed", "paid",
                                                                                        "owes")), ""], 7.3, True)
        bk.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                 patient_owes=total(c.svcs, "owes"))
        f.y += 14
    f.ensure(60)
    f.t(36, "Notes about your claims", 9, True); f.y += 11
    for k, v in bk.legend:
        f.t(36, k, 7.3, True); f.t(48, v, 7.3); f.y += 9.5
    render(doc, out / f"{name}.pdf", "fpdf2", "Explanation of Benefits")
    bk.pages = len(doc.pages)
    return bk


# ============================================================================ d1 state Medicaid RA, line printer (fpdf2)
@layout
def d1(out: Path) -> Book:
    name = "d1_medicaid_ra_lineprinter"
    bk = Book(name, "fpdf2", "state Medicaid remittance advice, landscape fixed-width, status sections",
              dict(money=M_TRAIL, date=lambda d: dfmt(d, "mdY8"), units=lambda u: f"{u:.1f}", band=1, arith="medicaid"))
    bk.legend = [["0045", "PAYMENT REDUCED TO THE PROGRAM MAXIMUM FEE."],
                 ["0196", "SERVICE REQUIRES AN APPROVED TREATMENT AUTHORIZATION; NONE FOUND FOR THESE DATES."],
                 ["0377", "UNITS ABOVE THE DAILY LIMIT FOR THIS PROCEDURE ARE NOT PAYABLE."],
                 ["0902", "CLAIM ADJUSTMENT: ORIGINAL PAYMENT RECOVERED, SEE REPLACEMENT CLAIM."]]
    kids = [("HOLLOWAY, DESHAWN", "700418823", "BRT4471"), ("NGUYEN-PARR, ANNIKA", "700522190", "BRT4478"),
            ("OYELARAN, TOBI", "700611457", "BRT4490"), ("SZABO, MIKLOS", "700377712", "BRT4502"),
            ("ALDANA, CRISTIAN", "700489963", "BRT4511")]
    mk = lambda items, **kw: visits(medicaid, None, items, **kw)  # noqa: E731
    paid = [
        Claim(kids[0][0], kids[0][2], "2026013004471001", mk(ot_series(D(1, 5), 12, [
            [("97530", 3, ("GO",)), ("97535", 1, ("GO",))], [("97112", 2, ("GO",)), ("97530", 2, ("GO",))]])),
              {"rid": kids[0][1]}),
        Claim(kids[1][0], kids[1][2], "2026013004471002", mk([(D(1, 7), "92523", 1, ("GN",)),
              (D(1, 14), "92507", 1, ("GN",)), (D(1, 21), "92507", 1, ("GN",)), (D(1, 28), "92507", 1, ("GN",))]),
              {"rid": kids[1][1]}),
        Claim(kids[2][0], kids[2][2], "2026013004471003", mk(ot_series(D(1, 6), 12, [
            [("97110", 2, ("GP",)), ("97116", 1, ("GP",))], [("97530", 2, ("GP",)), ("97542", 1, ("GP",))]])),
              {"rid": kids[2][1]}),
    ]
    denied = [Claim(kids[3][0], kids[3][2], "2026013004471004", mk([(D(1, 12), "97167", 1, ("GO",), "CO"),
              (D(1, 12), "97530", 2, ("GO",), "CO")], deny_reason="197"), {"rid": kids[3][1], "eob": "0196"})]
    old = mk([(D(12, 2).replace(year=2025), "97530", 4, ("GO",)), (D(12, 2).replace(year=2025), "97110", 2, ("GO",))])
    new = mk([(D(12, 2).replace(year=2025), "97530", 3, ("GO",)), (D(12, 2).replace(year=2025), "97110", 2, ("GO",))])
    adjusted = [Claim(kids[4][0], kids[4][2], "2026013004471005", [negate(x) for x in old],
                      {"rid": kids[4][1], "eob": "0902", "orig": "2025121809930017"}),
                Claim(kids[4][0], kids[4][2], "2026013004471006", new, {"rid": kids[4][1]})]
    doc = Doc(LAND, "Courier")
    X = [30, 58, 112, 166, 202, 232, 266, 322, 378, 434, 480]
    hdr = ["LN", "FROM DOS", "THRU DOS", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED", "PAID", "EOB"]
    state = {"sect": ""}

    def furniture(f: Flow, first, cont):
        f.t(30, "STATE OF NORTH MERIDIAN  -  DEPARTMENT OF HEALTH SERVICES  -  MEDICAL ASSISTANCE PROGRAM", 8, True, y=30)
        f.t(762, f"PAGE {f.page:>4}", 8, False, "r", y=30)
        f.t(30, "PROVIDER REMITTANCE ADVICE          RA NUMBER 0002261183   RA DATE 01/30/2026   PAYMENT 0041827763", 7.5, y=41)
        f.t(30, "PROVIDER: BRIGHT RIVER THERAPY ASSOCIATES LLC   NPI 1669432017   MEDICAID PROV NO 009044713", 7.5, y=51)
        f.line(30, 56, 762, 56, 0.5)
        f.y = 70
        if cont:
            cont()

    def colhdr(f):
        for x, h in zip(X, hdr):
            f.t(x, h, 7, True)
        f.y += 10

    f = Flow(doc, 70, 580, furniture)
    for sect, cls in (("CLAIMS PAID", paid), ("CLAIMS DENIED", denied), ("CLAIMS ADJUSTED", adjusted)):
        f.ensure(60)
        f.t(30, f"*** {sect} ***", 8, True); f.y += 12
        for c in cls:
            def head(contd=False, c=c):
                f.t(30, f"RECIP: {c.patient:<22} RID: {c.extra['rid']}  ICN: {c.payer_claim_id}  PAT ACCT: {c.claim_id}"
                    + ("   *** CONTINUED ***" if contd else ""), 7.5, True); f.y += 10
                if "orig" in c.extra:
                    f.t(30, f"    ORIGINAL ICN {c.extra['orig']} REVERSED", 7.5); f.y += 10
                colhdr(f)

            f.ensure(40)
            head()
            for i, s in enumerate(c.svcs, 1):
                f.ensure(10, cont=lambda c=c: head(True, c))
                eob = c.extra.get("eob") or ("0045" if s.discount else "")
                vals = [f"{i:02d}", dfmt(s.dos, "mdY8"), dfmt(s.dos, "mdY8"), s.code, " ".join(s.mods),
                        f"{s.units:.1f}", M_TRAIL(s.billed), M_TRAIL(s.allowed), M_TRAIL(s.paid), eob]
                for k, (x, v) in enumerate(zip(X, vals)):
                    f.t(x + (44 if k in (6, 7, 8) else 0), v, 7.2, align="r" if k in (6, 7, 8) else "l")
                bk.rec(f.page, s, c, ("billed", "allowed", "paid"), remarks=[eob] if eob else [], descr=False)
                f.y += 9.5
            f.t(166, "CLAIM TOTAL", 7.2, True)
            for k, a in ((6, "billed"), (7, "allowed"), (8, "paid")):
                f.t(X[k] + 44, M_TRAIL(total(c.svcs, a)), 7.2, True, "r")
            bk.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"))
            f.y += 14
    f.ensure(80)
    allc = paid + denied + adjusted
    f.t(30, f"RA TOTALS  CLAIMS {len(allc)}   BILLED {M_TRAIL(sum(total(c.svcs, 'billed') for c in allc))}"
        f"   NET PAID {M_TRAIL(sum(total(c.svcs, 'paid') for c in allc))}", 7.5, True); f.y += 16
    f.t(30, "EOB CODE MESSAGES", 7.5, True); f.y += 10
    for k, v in bk.legend:
        f.t(30, f"{k}  {v}", 7); f.y += 9
    render(doc, out / f"{name}.pdf", "fpdf2", "Remittance Advice")
    bk.pages = len(doc.pages)
    return bk


# ============================================================================ d2 state Medicaid RA, portal (reportlab)
@layout
def d2(out: Path) -> Book:
    name = "d2_medicaid_ra_portal"
    bk = Book(name, "reportlab", "state Medicaid portal remittance advice, portrait, shaded claim heads, ruled lines",
              dict(money=M_COM, date=lambda d: dfmt(d, "mdy4"), units=lambda u: units_str(u), band=3,
                   arith="adjust", adj=lambda g, r: f"{g}-{r}"))
    bk.legend = [["N130", "Benefit limits for this service were consulted."], ["M86", "Service denied as a duplicate."],
                 ["N54", "Billed amount above the program's fee for the service."]]
    mk = lambda items, **kw: visits(medicaid, None, items, **kw)  # noqa: E731
    claims = [
        Claim("PAXTON, ROSALIND", "SLC-20931", "126030021884", mk([(D(1, 8), "92507", 1, ("GN",)),
              (D(1, 15), "92507", 1, ("GN",)), (D(1, 22), "92507", 1, ("GN",)), (D(1, 22), "92526", 1, ("GN",))])),
        Claim("PAXTON, ELI", "SLC-20932", "126030021885", mk([(D(1, 9), "97165", 1, ("GO",)),
              (D(1, 16), "97530", 2, ("GO",)), (D(1, 16), "97110", 1, ("GO", "59")), (D(1, 23), "97530", 2, ("GO",))])),
        Claim("DRUMMOND, KEZIAH", "SLC-20940", "126030021901", mk([(D(1, 12), "92507", 1, ("GN",)),
              (D(1, 12), "92507", 1, ("GN", "76"), "CO")], deny_reason="18")),
        Claim("FAIRWEATHER, OTIS", "SLC-20955", "126030021922", mk(ot_series(D(1, 5), 6, [
            [("97530", 2, ("GO",)), ("97535", 1, ("GO",))], [("97112", 1, ("GO",)), ("97140", 1, ("GO",))]]))),
    ]
    doc = Doc(LETTER, "LibSerif")
    cols = [(34, 16, "l"), (52, 46, "l"), (100, 46, "l"), (150, 32, "l"), (184, 36, "l"), (222, 24, "r"),
            (250, 48, "r"), (302, 48, "r"), (354, 48, "r"), (408, 40, "l"), (450, 50, "r"), (508, 40, "l")]
    labels = ["Ln", "From DOS", "To DOS", "Proc", "Mods", "Units", "Billed Amt", "Allowed Amt", "Paid Amt",
              "Adj Reason", "Adj Amt", "RARC"]

    def furniture(f: Flow, first, cont):
        f.t(34, "Meridian Plains Medicaid  |  Provider Portal", 12, True, y=40)
        f.t(578, "Remittance Advice Report", 10, True, "r", y=40)
        f.t(34, "Payee: Silver Lantern Communication & Therapy Clinic   Payee ID 55120044   Payment No. EFT 7714092266"
            "   Payment Date 02/03/2026", 7, y=54)
        f.line(34, 60, 578, 60, 1)
        f.t(578, f"Page {f.page} of {{N}}", 7, False, "r", y=772)
        f.t(34, "Printed 02/03/2026 09:14 from the provider portal", 7, y=772)
        f.y = 80
        if cont:
            cont()

    f = Flow(doc, 80, 750, furniture)
    for c in claims:
        def head(contd=False, c=c):
            f.rect(34, f.y - 10, 544, 26, 0.88, True)
            st = "DENIED" if all(s.denied for s in c.svcs) else "PAID"
            f.t(38, f"Member: {c.patient}" + (" (continued)" if contd else ""), 8, True)
            f.t(250, f"Claim Number (ICN): {c.payer_claim_id}", 8)
            f.t(470, f"Status: {st}", 8, True)
            f.y += 11
            f.t(38, "Member ID: 2" + c.payer_claim_id[-6:] + "07", 7.5)
            f.t(250, f"Patient Control No.: {c.claim_id}", 7.5)
            f.t(470, "Claim Type: Professional", 7.5)
            f.y += 14
            f.cells(cols, labels, 6.8, True)
            f.line(34, f.y - 6, 578, f.y - 6, 0.6)

        f.ensure(80)
        head()
        for i, s in enumerate(c.svcs, 1):
            n = max(1, len(s.adjs))
            f.ensure(10 * n + 4, cont=lambda c=c: head(True, c))
            pg = f.page
            rarc = "M86" if s.denied else ("N54" if s.discount else "")
            a0 = s.adjs[0] if s.adjs else None
            f.cells(cols, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                           units_str(s.units), M_COM(s.billed), M_COM(s.allowed), M_COM(s.paid),
                           f"{a0[0]}-{a0[1]}" if a0 else "", M_COM(a0[2]) if a0 else "", rarc], 7.2, lead=9.5)
            for g, r, a in s.adjs[1:]:
                f.cells(cols, ["", "", "", "", "", "", "", "", "", f"{g}-{r}", M_COM(a), ""], 7.2, lead=9.5)
            f.line(34, f.y - 6.5, 578, f.y - 6.5, 0.2)
            f.y += 1
            bk.rec(pg, s, c, ("billed", "allowed", "paid"), adjs=s.adjs, remarks=[rarc] if rarc else [], descr=False)
        f.cells(cols, ["", "", "", "Claim Totals", "", "", M_COM(total(c.svcs, "billed")),
                       M_COM(total(c.svcs, "allowed")), M_COM(total(c.svcs, "paid")), "", "", ""], 7.2, True)
        bk.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"))
        f.y += 14
    f.ensure(60)
    f.t(34, "Remittance Advice Remark Codes on this report", 8, True); f.y += 10
    for k, v in bk.legend:
        f.t(34, k, 7, True); f.t(66, v, 7); f.y += 9
    render(doc, out / f"{name}.pdf", "reportlab", "Remittance Advice Report")
    bk.pages = len(doc.pages)
    return bk


def medicare_claims(seed: int, pats, plan_ded=Decimal("0.00")):
    st = PlanState(ded_left=plan_ded)
    out = []
    for i, (pat, acct, icn, items) in enumerate(pats):
        out.append(Claim(pat, acct, icn, visits(medicare, st, items, sequestration=True)))
    return out


# ============================================================================ p1 Medicare paper remit, PM reprint (reportlab)
@layout
def p1(out: Path) -> Book:
    name = "p1_medicare_spr_pm_reprint"
    bk = Book(name, "reportlab", "Medicare Part B standard paper remit reprinted by a practice-management system",
              dict(money=M_PLAIN, date=lambda d: dfmt(d, "mdy6"), units=lambda u: units_str(u), band=4,
                   arith="adjust", adj=lambda g, r: f"{g}-{r}"))
    bk.legend = [["CO", "CONTRACTUAL OBLIGATION"], ["PR", "PATIENT RESPONSIBILITY"], ["MA01", "APPEAL RIGHTS NOTICE"],
                 ["N640", "EXCEEDS THE THERAPY THRESHOLD WITHOUT THE REQUIRED INDICATOR"]]
    day = lambda m, d, items: [(D(m, d), *it) for it in items]  # noqa: E731
    pats = [
        ("MORROW, ADELINE", "HPT7781", "2226012114470",
         day(1, 6, [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]) + day(1, 8, [("97110", 3, ("GP",)), ("97140", 1, ("GP",))])
         + day(1, 13, [("97110", 2, ("GP",)), ("97112", 2, ("GP",)), ("G0283", 1, ("GP",))])
         + day(1, 15, [("97110", 2, ("GP", "KX")), ("97116", 2, ("GP", "KX")), ("97140", 1, ("GP", "KX"))])
         + day(1, 20, [("97110", 3, ("GP", "KX")), ("97530", 1, ("GP", "KX"))])),
        ("PELLETIER, ROLAND", "HPT7794", "2226012114471",
         day(1, 7, [("97165", 1, ("GO",)), ("97535", 2, ("GO",))]) + day(1, 14, [("97530", 3, ("GO", "CO")),
                                                                                  ("97535", 1, ("GO", "CO"))])),
        ("QUARSHIE, LYDIA", "HPT7802", "2226012114472",
         day(1, 9, [("97110", 2, ("GP",)), ("97033", 1, ("GP",)), ("97010", 1, ("GP",), "CO")])),
        ("MORROW, HAROLD", "HPT7810", "2226012114473", day(1, 21, [("97161", 1, ("GP",)), ("97140", 2, ("GP",))]) + day(1, 23, [("97110", 3, ("GP",))])),
    ]
    claims = medicare_claims(1, pats, Decimal("60.00"))
    claims[2].svcs[2] = medicare(Svc(D(1, 9), "97010", Decimal(1), ("GP",), denied="CO"), PlanState(), deny_reason="97")
    doc = Doc(LAND, "DVMono")
    X = [(28, 58, "l"), (88, 68, "l"), (158, 16, "l"), (178, 16, "r"), (200, 36, "l"), (238, 48, "l"), (288, 52, "r"),
         (344, 52, "r"), (398, 44, "r"), (446, 44, "r"), (498, 88, "l"), (590, 54, "r")]
    H = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
         "GRP/RC-AMT", "PROV PD"]

    def furniture(f: Flow, first, cont):
        f.t(28, "HARBORLINE PRACTICE SUITE - REMITTANCE REPRINT", 7, y=24)
        f.t(764, f"REPRINTED 02/03/2026 08:52   PAGE {f.page} OF {{N}}", 7, False, "r", y=24)
        f.t(396, "NORTHEAST MEDICARE ADMINISTRATIVE CONTRACTOR - PART B", 8, True, "c", y=40)
        f.t(396, "MEDICARE REMITTANCE NOTICE", 8, True, "c", y=50)
        f.t(28, "PROVIDER # 1457392011   TIDEPOOL PHYSICAL & OCCUPATIONAL THERAPY   CHECK/EFT # 883104472   "
            "DATE 01/29/2026", 7, y=64)
        f.line(28, 70, 764, 70, 0.4)
        f.y = 84
        for (x, w, a), h in zip(X, H):
            f.t(x + w if a == "r" else x, h, 7, True, a)
        f.y += 12
        if cont:
            cont()

    f = Flow(doc, 84, 560, furniture)
    for c in claims:
        def head(contd=False, c=c):
            f.t(28, f"NAME {c.patient:<20} MID 5QW2TR8KP{c.claim_id[-2:]}  ACNT {c.claim_id}  ICN {c.payer_claim_id}"
                f"  ASG Y  MOA MA01" + ("  (CONT)" if contd else ""), 7)
            f.y += 10

        f.ensure(50)
        head()
        for s in c.svcs:
            n = max(1, len(s.adjs))
            f.ensure(9 * n + 2, cont=lambda c=c: head(True, c))
            pg = f.page
            a0 = s.adjs[0]
            f.cells(X, ["1457392011", f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", "11", units_str(s.units), s.code,
                        " ".join(s.mods), M_PLAIN(s.billed), M_PLAIN(s.allowed), M_PLAIN(s.deductible),
                        M_PLAIN(s.coinsurance), f"{a0[0]}-{a0[1]} {M_PLAIN(a0[2])}", M_PLAIN(s.paid)], 6.8, lead=9)
            for g, r, a in s.adjs[1:]:
                f.t(498, f"{g}-{r} {M_PLAIN(a)}", 6.8); f.y += 9
            rem = ["N640"] if "KX" in s.mods else []
            if rem:
                f.t(238, "REM: N640", 6.8); f.y += 9
            bk.rec(pg, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjs=s.adjs, remarks=rem,
                   descr=False)
        owes = total(c.svcs, "owes")
        f.t(28, f"PT RESP {M_PLAIN(owes)}", 6.8)
        f.t(200, "CLAIM TOTALS", 6.8)
        for k, a in ((6, "billed"), (7, "allowed"), (8, "deductible"), (9, "coinsurance"), (11, "paid")):
            f.t(X[k][0] + X[k][1], M_PLAIN(total(c.svcs, a)), 6.8, False, "r")
        f.y += 9
        f.t(28, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET {M_PLAIN(total(c.svcs, 'paid'))}",
            6.8)
        bk.claim(c, billed=total(c.svcs, "billed"), allowed=total(c.svcs, "allowed"), paid=total(c.svcs, "paid"),
                 patient_owes=owes)
        f.y += 14
    f.ensure(40)
    f.t(28, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", 7, True); f.y += 10
    for k, v in bk.legend:
        f.t(28, f"{k:<6}{v}", 6.8); f.y += 9
    render(doc, out / f"{name}.pdf", "reportlab", "Medicare Remittance Notice")
    bk.pages = len(doc.pages)
    return bk


# ============================================================================ p2 clearinghouse ERA detail (fpdf2)
@layout
def p2(out: Path) -> Book:
    name = "p2_clearinghouse_era_detail"
    bk = Book(name, "fpdf2", "clearinghouse ERA detail print of a Medicare payment, composite procedure ids",
              dict(money=M_DOL, date=lambda d: dfmt(d, "mdy4"), units=lambda u: units_str(u), band=4,
                   arith="adjust", adj=lambda g, r: f"{g} {r}"))
    bk.legend = [["N130", "Consult plan benefit documents for coverage limits."],
                 ["M80", "Not covered when performed with the other service on this date."]]
    day = lambda m, d, items: [(D(m, d), *it) for it in items]  # noqa: E731
    pats = [("SANTORINI, VERA M", "CLR-66012", "5226020118801", day(1, 12, [("97165", 1, ("GO",)), ("97530", 2, ("GO",))])
             + day(1, 19, [("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97140", 1, ("GO", "59"))])),
            ("BLACKWOOD, AUGUST", "CLR-66020", "5226020118802", day(1, 13, [("92523", 1, ("GN",))])
             + day(1, 27, [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])),
            ("TREMBLAY, NOELLE", "CLR-66031", "5226020118803", day(1, 14, [("99213", 1, ("25",)), ("97760", 2, ("GO",)),
                                                                          ("L3807", 1, ("RT",))])),
            ("SANTORINI, PAUL", "CLR-66044", "5226020118804", day(1, 20, [("97110", 2, ("GP",)), ("97140", 1, ("GP",)),
                                                                         ("97530", 1, ("GP", "59"))]))]
    claims = medicare_claims(2, pats)
    claims[3].svcs[2] = medicare(Svc(D(1, 20), "97530", Decimal(1), ("GP", "59"), denied="CO"), PlanState(),
                                 deny_reason="97")
    doc = Doc(LETTER, "LibSans")
    cols = [(30, 16, "l"), (48, 48, "l"), (98, 78, "l"), (178, 24, "r"), (206, 52, "r"), (262, 52, "r"),
            (318, 50, "r"), (374, 26, "l"), (402, 30, "l"), (434, 50, "r"), (492, 44, "l")]
    labels = ["Ln", "Svc Date", "Procedure", "Units", "Charge", "Allowed", "Paid", "Group", "Reason", "Adj Amount",
              "Remarks"]

    def furniture(f: Flow, first, cont):
        f.t(30, "ClearPath Claims Exchange", 13, True, y=36)
        f.t(582, "ERA Detail - Claim Payment Information", 9, True, "r", y=36)
        f.t(30, "Payer: MEDICARE PART B JURISDICTION 14 (payer ID 14212)   Payee: Windrow Valley Rehab   NPI 1730668215",
            7, y=50)
        f.t(30, "Trace # 1RE0883104473  |  EFT  |  Production date 01/30/2026", 7, y=60)
        f.line(30, 66, 582, 66, 0.8)
        f.t(582, f"Page {f.page} of {{N}}", 7, False, "r", y=776)
        f.y = 84
        if cont:
            cont()

    f = Flow(doc, 84, 756, furniture)
    for c in claims:
        def head(contd=False, c=c):
            top = f.y - 10
            f.rect(30, top, 552, 36, 0.93, True)
            f.t(34, f"Patient: {c.patient}" + ("  (continued)" if contd else ""), 8, True)
            f.t(260, f"Patient Control #: {c.claim_id}", 7.5)
            f.t(430, f"Payer Claim #: {c.payer_claim_id}", 7.5)
            f.y += 11
            f.t(34, "Claim Status: 1 - Processed as Primary", 7.5)
            f.t(260, f"Claim Charge: {M_DOL(total(c.svcs, 'billed'))}", 7.5)
            f.t(430, f"Claim Paid: {M_DOL(total(c.svcs, 'paid'))}", 7.5)
            f.y += 11
            f.t(34, "Rendering NPI 1730668215   Claim frequency 1   Facility code 11", 7)
            f.t(260, f"Patient Responsibility: {M_DOL(total(c.svcs, 'owes'))}", 7.5)
            f.y += 15
            f.cells(cols, labels, 7, True)
            f.line(30, f.y - 6, 582, f.y - 6, 0.5)

        f.ensure(90)
        head()
        for i, s in enumerate(c.svcs, 1):
            n = max(1, len(s.adjs))
            f.ensure(9.5 * n + 3, cont=lambda c=c: head(True, c))
            pg = f.page
            rem = ["M80"] if s.denied else (["N130"] if "KX" in s.mods or s.code == "L3807" else [])
            a0 = s.adjs[0]
            f.cells(cols, [str(i), dfmt(s.dos, "mdy4"), ":".join(("HC", s.code, *s.mods)), units_str(s.units),
                           M_DOL(s.billed), M_DOL(s.allowed), M_DOL(s.paid), a0[0], a0[1], M_DOL(a0[2]),
                           " ".join(rem)], 7.2, lead=9.5)
            for g, r, a in s.adjs[1:]:
                f.t(374, g, 7.2); f.t(402, r, 7.2); f.t(484, M_DOL(a), 7.2, align="r"); f.y += 9.5
            f.y += 2
            bk.rec(pg, s, c, ("billed", "allowed", "paid"), adjs=s.adjs, remarks=rem, descr=False)
        bk.claim(c, billed=total(c.svcs, "billed"), paid=total(c.svcs, "paid"), patient_owes=total(c.svcs, "owes"))
        f.y += 12
    f.ensure(40)
    f.t(30, "Remark code glossary", 8, True); f.y += 10
    for k, v in bk.legend:
        f.t(30, k, 7, True); f.t(62, v, 7); f.y += 9
    render(doc, out / f"{name}.pdf", "fpdf2", "ERA Detail")
    bk.pages = len(doc.pages)
    return bk


# ============================================================================ s1 therapy clinic family statement (reportlab)
@layout
def s1(out: Path) -> Book:
    name = "s1_clinic_family_statement"
    bk = Book(name, "reportlab", "pediatric therapy clinic family statement with account sidebar",
              dict(money=M_COM, date=lambda d: dfmt(d, "mdy4"), units=lambda u: units_str(u), band=2, arith="stmt"))
    st = PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.75"))
    fam = ["Theo Abernathy-Cruz", "Wren Abernathy-Cruz", "Sol Abernathy-Cruz"]
    claims = [
        Claim(fam[0], "V-30211", "CC-71Q3-00418", visits(commercial, st, [
            (D(1, 6), "97530", 2, ("GO",)), (D(1, 6), "97535", 1, ("GO",))])),
        Claim(fam[0], "V-30298", "CC-71Q3-00562", visits(commercial, st, [
            (D(1, 13), "97530", 3, ("GO",)), (D(1, 13), "97112", 1, ("GO", "59"))])),
        Claim(fam[1], "V-30240", "CC-71Q3-00431", visits(commercial, st, [
            (D(1, 8), "92523", 1, ("GN",)), (D(1, 15), "92507", 1, ("GN",)), (D(1, 22), "92507", 1, ("GN",)),
            (D(1, 29), "92507", 1, ("GN",))])),
        Claim(fam[2], "V-30305", "CC-71Q3-00577", visits(commercial, st, [
            (D(1, 14), "97166", 1, ("GO",)), (D(1, 14), "97760", 1, ("GO",)), (D(1, 21), "97530", 2, ("GO",)),
            (D(1, 21), "97150", 1, ("GO",), "PR")], deny_reason="204")),
    ]
    for c in claims:
        for s in c.svcs:
            s.desc = eobgen.LONG_DESC.get(s.code, s.desc)
    doc = Doc(LETTER, "DVSans")
    cols = [(32, 48, "l"), (82, 54, "l"), (138, 150, "l"), (290, 22, "r"), (316, 46, "r"), (366, 46, "r"),
            (416, 46, "r")]
    labels = ["Date", "Code", "Service", "Units", "Charges", "Ins Adj", "Ins Paid"]
    cols.append((466, 40, "r")); labels.append("You Owe")
    due = sum(total(c.svcs, "owes") for c in claims)

    def furniture(f: Flow, first, cont):
        f.t(32, "Little Compass Pediatric Therapy", 13, True, y=40)
        f.t(32, "909 Lantern Row, Suite 4 - Millbrook Crossing, OR 97099 - Billing office (541) 555-0136", 7, y=52)
        f.line(32, 58, 580, 58, 1)
        f.rect(512, 66, 68, 200 if first else 40, 0.9, False)
        f.t(516, "Statement", 7.5, True, y=78)
        f.t(516, f"Page {f.page} of {{N}}", 7, y=90)
        if first:
            f.t(516, "Account No.", 6.5, True, y=108); f.t(516, "G-118420", 7, y=118)
            f.t(516, "Statement date", 6.5, True, y=134); f.t(516, "02/02/2026", 7, y=144)
            f.t(516, "Insurance billed", 6.5, True, y=160); f.t(516, "Cascade Crest", 7, y=170)
            f.t(516, "Amount due", 6.5, True, y=188); f.t(516, M_DOL(due), 9, True, y=200)
            f.t(516, "Due by", 6.5, True, y=216); f.t(516, "02/27/2026", 7, y=226)
            f.t(516, "Pay online at", 6.5, True, y=242); f.t(516, "lcpt.example", 7, y=252)
        f.y = 78
        if cont:
            cont()

    f = Flow(doc, 78, 752, furniture)
    f.t(32, "Guarantor: Marisol Abernathy-Cruz", 8.5, True); f.y += 10
    f.t(32, "52 Fernhollow Court, Millbrook Crossing, OR 97099", 8); f.y += 18
    f.t(32, "Activity since your last statement", 10, True); f.y += 14
    cur = None
    for c in claims:
        if c.patient != cur:
            cur = c.patient
            f.ensure(60)
            f.line(32, f.y - 10, 506, f.y - 10, 0.8)
            f.t(32, f"Patient: {c.patient}", 9, True); f.y += 12

        def head(contd=False, c=c):
            f.t(32, f"Visit {c.claim_id} - billed to Cascade Crest Health Alliance, claim {c.payer_claim_id}"
                + (" (continued)" if contd else ""), 7.2); f.y += 10
            f.cells(cols, labels, 6.8, True)
            f.line(32, f.y - 6.5, 506, f.y - 6.5, 0.3)

        f.ensure(50)
        head()
        rows = [([dfmt(s.dos, "mdy4"), f"{s.code} {' '.join(s.mods)}", s.desc, units_str(s.units), M_COM(s.billed),
                  M_COM(s.discount), M_COM(s.paid), M_COM(s.owes)], s, [], []) for s in c.svcs]
        run_table(f, bk, c, cols, rows, head=lambda contd, c=c: head(contd, c), size=7, lead=8.6,
                  printed=("billed", "discount", "paid", "patient_owes"), need=20, gap=2)
        f.cells(cols, ["", "", "Visit total", "", M_COM(total(c.svcs, "billed")), M_COM(total(c.svcs, "discount")),
                       M_COM(total(c.svcs, "paid")), M_COM(total(c.svcs, "owes"))], 7, True)
        bk.claim(c, billed=total(c.svcs, "billed"), paid=total(c.svcs, "paid"), patient_owes=total(c.svcs, "owes"))
        f.y += 8
    f.ensure(60)
    f.t(32, f"Amount due from you: {M_DOL(due)}", 10, True); f.y += 14
    f.t(32, "Current 0-30: " + M_COM(due) + "    31-60: 0.00    61-90: 0.00    Over 90: 0.00", 7.5); f.y += 12
    f.t(32, "A group session not covered by the plan is billed to you in full. Payment plans are available.", 7)
    render(doc, out / f"{name}.pdf", "reportlab", "Statement")
    bk.pages = len(doc.pages)
    return bk


# ============================================================================ s2 hospital family statement (fpdf2)
@layout
def s2(out: Path) -> Book:
    name = "s2_hospital_family_statement"
    bk = Book(name, "fpdf2", "hospital itemized statement, accounts per family member, charges only per line",
              dict(money=M_COM, date=lambda d: f"{d:%m-%d-%y}", units=lambda u: units_str(u), band=1, arith="none"))
    REV = {"97": "0430", "92": "0440", "97161": "0420", "97110": "0420", "97140": "0420", "97116": "0420",
           "A4556": "0270", "73110": "0320", "99214": "0510"}
    rev = lambda code: REV.get(code, REV.get(code[:2], "0430"))  # noqa: E731
    mk = lambda items: [Svc(d, c, Decimal(str(u)), tuple(m)) for d, c, u, m in items]  # noqa: E731
    accts = [
        Claim("HARTWELL, BEATRIX", "40022817", "WX260114420", mk(ot_series(D(1, 5), 22, [
            [("97165", 1, ("GO",)), ("97530", 2, ("GO",))], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))],
            [("97110", 2, ("GO",)), ("A4556", 1, ())]])), {"ins": "Wexford Union Health Plan", "pay": "612.40"}),
        Claim("HARTWELL, SIMON", "40022931", "WX260121177", mk([
            (D(1, 10), "73110", 1, ("LT",)), (D(1, 10), "99214", 1, ("25",)), (D(1, 17), "97161", 1, ("GP",)),
            (D(1, 17), "97140", 2, ("GP",)), (D(1, 24), "97110", 3, ("GP",)), (D(1, 24), "97116", 1, ("GP",))]),
              {"ins": "Wexford Union Health Plan", "pay": "388.15"}),
    ]
    doc = Doc(LETTER, "Times")
    cols = [(40, 46, "l"), (88, 30, "l"), (120, 40, "l"), (162, 26, "l"), (190, 230, "l"), (424, 26, "r"),
            (454, 62, "r")]
    labels = ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def furniture(f: Flow, first, cont):
        f.t(40, "ST. AURELIAN VALLEY HOSPITAL", 13, True, y=40)
        f.t(40, "Patient Financial Services - 1200 Orchard Bend Parkway, Calder Springs, WI 53999", 7.5, y=51)
        f.t(572, "PATIENT STATEMENT", 11, True, "r", y=40)
        f.t(572, f"Page {f.page} of {{N}}", 7.5, False, "r", y=51)
        f.line(40, 57, 572, 57, 0.6)
        f.t(40, "Guarantor: ROSALIE HARTWELL   Guarantor no. 8841-2207   Statement date 02/02/2026", 7.5, y=68)
        f.y = 88
        if cont:
            cont()

    f = Flow(doc, 88, 740, furniture)
    for c in (accts[1], accts[0]):
        def head(contd=False, c=c):
            f.rect(40, f.y - 10, 532, 26, 0.9, True)
            f.t(44, f"Account {c.claim_id}   Patient: {c.patient}" + ("   (continued)" if contd else ""), 8.5, True)
            f.y += 11
            f.t(44, f"Outpatient Rehabilitation - Primary insurance: {c.extra['ins']}, claim {c.payer_claim_id}", 7.5)
            f.y += 15
            f.cells(cols, labels, 7.5, True)
            f.line(40, f.y - 7, 572, f.y - 7, 0.4)

        f.ensure(80)
        head()
        for s in c.svcs:
            f.ensure(11, cont=lambda c=c: head(True, c))
            pg = f.page
            f.cells(cols, [f"{s.dos:%m-%d-%y}", rev(s.code), s.code, " ".join(s.mods), s.desc.upper(),
                           units_str(s.units), M_COM(s.billed)], 8, lead=11)
            bk.rec(pg, s, c, ("billed",), descr=True)
        tb = total(c.svcs, "billed")
        pay = Decimal(c.extra["pay"])
        adj = q2 = (tb - pay - Decimal("45.00"))
        f.line(40, f.y - 7, 572, f.y - 7, 0.4)
        f.ensure(50)
        for lab, v in (("Total charges", tb), (f"Payment - {c.extra['ins']}", -pay),
                       ("Contractual adjustment", -adj), ("Account balance (patient responsibility)", tb - pay - q2)):
            f.t(190, lab, 7.5, lab.startswith("Account")); f.t(516, M_COM(v) if v >= 0 else M_PAR(v), 7.5,
                                                                 lab.startswith("Account"), "r")
            f.y += 10
        bk.claim(c, billed=tb)
        f.y += 12
    f.ensure(40)
    f.t(40, "Financial assistance may be available. Ask us about payment plans: (608) 555-0190.", 7.5)
    render(doc, out / f"{name}.pdf", "fpdf2", "Patient Statement")
    bk.pages = len(doc.pages)
    return bk


# ================================================================================================ check
AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")


def dec(x):
    return None if x is None else Decimal(x)


def check(out: Path, books: list[Book]) -> list[str]:
    errs: list[str] = []
    for bk in books:
        sp = bk.spec
        pdf = out / f"{bk.name}.pdf"
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = text_lines(pdf)
        alltext = "\n".join("\n".join(p) for p in pages)
        if len(pages) != truth["pages"]:
            errs.append(f"{bk.name}: {len(pages)} pages, truth says {truth['pages']}")
        for n, ln in enumerate(truth["lines"]):
            where = f"{bk.name} line {n} ({ln['code']} {ln['service_date']})"
            plines = pages[ln["page"] - 1]
            dos = date.fromisoformat(ln["service_date"])
            dtok = sp["date"](dos) if sp.get("date") else None
            if dtok is None and not has("\n".join(plines), sp["head_date"](dos)):
                errs.append(f"{where}: heading date not on page")
            toks = [ln["code"], *ln["modifiers"]]
            if ln["units"] is not None:
                toks.append(sp["units"](Decimal(ln["units"])))
            for k in AMTS:
                if ln[k] is not None:
                    toks.append(sp["money"](Decimal(ln[k])))
            for g, r, a in ln["adjustments"]:
                toks.append(sp["adj"](g, r))
                toks.append(sp["money"](Decimal(a)))
            toks += ln["remarks"]
            ok = False
            for i, t in enumerate(plines):
                if not has(t, dtok or ln["code"]):
                    continue
                band = " \n ".join(plines[max(0, i - (0 if dtok else 1)): i + sp["band"]])
                if all(has(band, x) for x in toks):
                    ok = True
                    break
            if not ok:
                errs.append(f"{where}: values not found together on page {ln['page']}: {toks}")
            # arithmetic of the document
            v = {k: dec(ln[k]) for k in AMTS}
            ar = sp["arith"]
            if ar == "member":
                if v["allowed"] - (v["deductible"] or 0) - (v["copay"] or 0) - (v["coinsurance"] or 0) \
                        - (v["not_covered"] or 0) * 0 != v["paid"] and v["allowed"] - v["patient_owes"] != v["paid"]:
                    errs.append(f"{where}: allowed - member share != paid")
                if v["discount"] is not None and v["billed"] - v["discount"] - (v["not_covered"] or 0) != v["allowed"]:
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            elif ar == "adjust":
                if v["billed"] - sum((Decimal(a) for _g, _r, a in ln["adjustments"]), ZERO) != v["paid"]:
                    errs.append(f"{where}: billed - adjustments != paid")
            elif ar == "medicaid":
                if v["allowed"] != v["paid"] or v["allowed"] > v["billed"] if v["billed"] > 0 else False:
                    errs.append(f"{where}: Medicaid allowed/paid inconsistent")
            elif ar == "stmt":
                if v["billed"] - v["discount"] - v["paid"] - v["patient_owes"] != 0:
                    errs.append(f"{where}: charges - adj - ins paid - you owe != 0")
            elif ar == "msn" and v["allowed"] > 0:
                if v["paid"] + v["patient_owes"] > v["allowed"]:
                    errs.append(f"{where}: Medicare paid + you may be billed > approved")
        for c in truth["claims"]:
            key = c["payer_claim_id"] or c["claim_id"]
            mine = [ln for ln in truth["lines"] if (ln["payer_claim_id"], ln["claim_id"], ln["patient"]) ==
                    (c["payer_claim_id"], c["claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{bk.name} claim {key}: no lines")
            planted = any(key in fnd for fnd in truth["expected_findings"])
            for k, tv in c["totals"].items():
                if tv is None:
                    continue
                if all(ln[k] is None for ln in mine):
                    if not has(alltext, sp["money"](Decimal(tv))):
                        errs.append(f"{bk.name} claim {key}: claim-level {k} {tv} not printed")
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                if (s != Decimal(tv)) != (planted and k == "patient_owes"):
                    errs.append(f"{bk.name} claim {key}: total {k} {tv} vs lines {s} (planted={planted})")
                if not has(alltext, sp["money"](Decimal(tv))):
                    errs.append(f"{bk.name} claim {key}: total {k} {tv} not printed")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] is not None and c[k] not in alltext:
                    errs.append(f"{bk.name} claim {key}: {k} {c[k]!r} not in text")
        for code, _ in truth["legend"]:
            if not has(alltext, code):
                errs.append(f"{bk.name}: legend code {code} not printed")
    if len(books) < 10:
        errs.append("fewer than 10 documents")
    if sum(1 for b in books if b.pages > 1) < 3:
        errs.append("fewer than 3 multi-page documents")
    if len({b.producer for b in books}) < 2:
        errs.append("one producer only")
    return errs


def continued_claims(bk: Book) -> int:
    seen: dict = {}
    for ln in bk.lines:
        seen.setdefault((ln["payer_claim_id"], ln["claim_id"]), set()).add(ln["page"])
    return sum(1 for v in seen.values() if len(v) > 1)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout60_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    books = []
    for b in BUILDERS:
        bk = b(out)
        write_truth(out / f"{bk.name}.pdf", bk.name, bk.producer, bk.pages, bk.desc, bk.lines, bk.claims, bk.legend,
                    bk.findings)
        books.append(bk)
        print(f"{bk.name:40s} {bk.producer:9s} pages {bk.pages}  lines {len(bk.lines):3d}  "
              f"claims {len(bk.claims)}  continued {continued_claims(bk)}")
    print(f"wrote {len(books)} PDFs, {sum(len(b.lines) for b in books)} service lines, "
          f"{sum(b.pages for b in books)} pages into {out}")
    if "--check" in argv:
        errs = check(out, books)
        if sum(1 for b in books if continued_claims(b)) < 3:
            errs.append("fewer than 3 files with a claim continuing onto the next page")
        for e in errs[:60]:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
