"""Write the 117th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten documents, two of
each of the five commonest real kinds (commercial member EOBs; a Medicare Summary Notice and a Medicare Advantage
member EOB; state Medicaid remittance advices; Medicare-style paper remits from a clearinghouse and a
practice-management system; family statements from a therapy clinic and a hospital), each in its own house style.

Run:  python bench/heldout117/make_heldout117_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout117/make_heldout117_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (written by samples/pdf/eobgen.py's write_truth, ``<name>.pdf.truth.json``),
printed values only, null for what a layout does not print (units null where no quantity is printed);
claim_id = the provider's own account / patient-control / visit / hospital-account number, payer_claim_id = the
payer's claim number / ICN / TCN, patient exactly as printed (the person who got the service, never the
guarantor or subscriber unless the same person). service_end = the printed THRU date wherever a layout prints
a from/thru pair (even when equal to the from date), else null. Reversal lines carry negative amounts (and
negative units where the quantity is printed negative). Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, no randomness). The helper module h117kit.py holds the two-producer page model and the self-check.

Layouts:
  l1  commercial plan member EOB, portrait Liberation Sans: "Amount billed / Plan discount / Allowed amount / Your
      deductible / Your copay / Your coinsurance / Not covered / Plan paid / You owe / Notes", shaded claim boxes
      with patient (relationship), claim number and provider's patient account no., code and modifiers spaced
      ("97110 GO 59") over a small wrapped description, numeric notes, three family members, a claim continuing
      on page 2 under a repeated heading marked "continued", a not-covered line (reportlab)
  l2  commercial PPO member claims statement, landscape DejaVu Sans Condensed: banner per family member, claim
      title line "Claim N | provider | Provider account", separate Code / Mod ("GP KX") / Qty columns, per-visit
      copay, a reversed claim with leading-minus amounts and quantity plus its corrected replacement, a denied
      experimental service (fpdf2)
  l3  Medicare Summary Notice Part B, portrait DejaVu Serif: address block beside a boxed deductible/approval/
      total panel, provider + "Claim Number" heads, "Service Date" column, code in brackets after the description
      "(97110-GP-KX)", three-line headings "Amount Provider Charged / Medicare-Approved Amount / Amount Medicare
      Paid / Maximum You May Be Billed / See Notes", letter notes, a claim continuing onto page 2 (reportlab)
  l4  Medicare Advantage member EOB, portrait Liberation Serif: month and year-to-date boxes side by side,
      shaded "Claim number - provider" bars, "Jan 5, 2026" dates, code column before the description (no
      modifiers or units printed), "Provider charged / Plan's approved amount / Plan paid / Your share / Note",
      per-visit copay, a denied prior-authorisation service (fpdf2)
  l5  state Medicaid remittance advice, landscape Liberation Sans Narrow: ruled grid, PAID / DENIED section bars,
      "Member Name LAST, FIRST / Member ID / TCN / Patient Acct #" heads, Ln / Date of Svc / Proc / Mod 1 / Mod 2
      / Units "3.00" / Billed / Allowed / TPL / Copay / Paid / "CO 45" + Adj Amt / Remark, a claim continuing on
      page 2 under its repeated heading, a fully denied claim, summary and code panels side by side (reportlab)
  l6  state Medicaid remittance advice, line-printer style portrait DejaVu Sans Mono: banner on every page,
      PAID - ORIGINAL / VOID (CREDIT) / REPLACEMENT sections, "RECIP LAST, FIRST RID PCN ICN", FROM and THRU
      MMDDYY with multi-day spans and summed units, a void with trailing minus ("380.00-", units kept positive "4.00") and
      ORIGINAL ICN, four-digit EOB codes with messages, remittance totals (fpdf2)
  l7  Medicare Part B standard paper remit reprinted by a clearinghouse, portrait core Courier: column line on
      every page, NAME / HIC / ACNT / ICN / ASG / MOA, SERV DATE "MMDD MMDDYY", NOS, modifiers in 3-wide slots,
      first adjustment on the line and the rest below under GRP/RC-AMT, CNTL #/REM lines, PT RESP + CLAIM
      TOTALS, a denied service, glossary (reportlab)
  l8  practice-management system "Remittance Detail Report (from ERA)", landscape Liberation Sans: payer bars with
      EFT/check, shaded claim heads "Patient: Last, First  Acct #  Payer Claim #  Status", "1/5/2026" dates,
      mods "GP,CQ", units "2.0", all adjustments inline in one cell ("CO-45 100.76  PR-2 11.85  CO-253 0.95"),
      a Medigap crossover section paying the coinsurance with OA-23, a denied service (fpdf2)
  l9  pediatric therapy clinic family statement to a guarantor, portrait core Helvetica: tear-off stub and
      statement box, family panel, "Visit V-nnnnn  Billed to <plan> <date>, claim <no>" heading rows, Patient
      column naming three children, "97140 GO 59", Units, "Charges / Ins. Paid / Ins. Adj. / You Owe" (Ins. Adj.
      is truth's discount), payments as rows with no code, a visit pending with insurance, aging boxes (reportlab)
  l10 hospital guarantor statement, portrait DejaVu Sans: per-account shaded heads (patient, hospital account,
      series, insurer claim no.), Date / Rev / CPT/HCPCS / Mod / Description / Qty / Charges only, a reversed
      duplicate charge "85.00CR", account summary (insurance payment, contractual adjustment, patient payment,
      balance) below the items, a 21-line account continuing onto page 2, an account not yet processed (fpdf2)

The self-check (--check) tests the factory, not the reader: it writes the set twice and compares bytes
(determinism); extracts every page's text lines with pdfplumber and, for each truth line, finds a text row on
the truth page holding its code and service date that also holds every printed amount, the units, every
modifier and the printed thru date, with adjustment codes + amounts and remark codes on that row or the few
text lines below it; ids and patients appear in the document's text; page counts match; and the documents'
own arithmetic holds: allowed - deductible - copay - coinsurance = paid where those are printed (not for the
Medicare remits, whose sequestration sits in the adjustments), billed - adjustments = paid where every
adjustment is printed with its amount (l5, l7, l8), every printed claim total is in the text and equals the
sum of its lines (no planted mismatches in this set).
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

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    SCHED,
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
    write_truth,
)
from h117kit import Doc, check_pdf  # noqa: E402

D = date
LETTER = (612, 792)
LAND = (792, 612)
ALL_AMTS = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid",
            "patient_owes")
CHECK_OPTS: dict[str, dict] = {}
# codes the shared fee tables lack (our own invented amounts and words)
for _c, _f, _s, _d in (("97533", "98.00", "40.10", "Sensory integration techniques"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("97035", "40.00", "13.20", "Ultrasound therapy")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _s)
    DESC.setdefault(_c, _d)


def m(d: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(d, style, neg)


class Flow:
    """A running y position; ``need`` starts a new page (furniture + continuation) when a block won't fit."""

    def __init__(self, doc: Doc, furniture, bottom: float):
        self.doc, self.furn, self.bottom = doc, furniture, bottom
        self.cont = None
        doc.new_page()
        self.y = furniture(doc, 1)

    def need(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.doc.new_page()
        self.y = self.furn(self.doc, self.doc.page)
        if self.cont:
            self.cont()
        return True


def cols(doc: Doc, y: float, spec, vals, f="R", size=7.0):
    """spec: list of (x, align); vals: strings (None/'' skipped)."""
    for (x, al), v in zip(spec, vals):
        if v not in (None, ""):
            doc.text(x, y, v, f, size, al)


def heads(doc: Doc, y: float, spec, labels, f="B", size=6.5, lead=7.5):
    """Column headings over several text lines ('Amount\\nbilled'), bottom-aligned at y."""
    for (x, al), lab in zip(spec, labels):
        parts = lab.split("\n")
        for i, p in enumerate(parts):
            doc.text(x, y - (len(parts) - 1 - i) * lead, p, f, size, al)


def S(dos, code, units=1, mods=(), **kw) -> Svc:
    return Svc(dos, code, Decimal(str(units)), tuple(mods), **kw)


# ============================================================================ L1 commercial member EOB
def l1_member_eob(out: Path) -> None:
    name = "h117_l1_member_eob_portrait"
    doc = Doc(out / f"{name}.pdf", "reportlab", LETTER, {"R": "LiberationSans", "B": "LiberationSans-Bold"})
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    subscriber = "RENATA OKONKWO-BELL"
    claims = [
        dict(pat="Tobias Okonkwo-Bell", rel="Son", prov="Brightwater Pediatric Therapy", acct="BWPT-44817",
             clm="EA26-0119-30472", recv="01/22/26", proc="01/29/26", svcs=[
                 S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 7), "97530", 3, ("GO",)),
                 S(D(2026, 1, 7), "97535", 1, ("GO",)), S(D(2026, 1, 12), "97530", 2, ("GO",)),
                 S(D(2026, 1, 12), "97110", 1, ("GO", "59")), S(D(2026, 1, 14), "97530", 2, ("GO",)),
                 S(D(2026, 1, 14), "97112", 1, ("GO",)), S(D(2026, 1, 19), "97530", 3, ("GO",)),
                 S(D(2026, 1, 21), "97530", 2, ("GO",)), S(D(2026, 1, 21), "97140", 1, ("GO", "59")),
                 S(D(2026, 1, 26), "97530", 2, ("GO",)), S(D(2026, 1, 26), "97535", 1, ("GO",)),
                 S(D(2026, 1, 28), "97168", 1, ("GO",))]),
        dict(pat="Iris Okonkwo-Bell", rel="Daughter", prov="Lakeshore Speech & Language Group", acct="LSL0093321",
             clm="EA26-0123-11809", recv="01/26/26", proc="02/02/26", svcs=[
                 S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
                 S(D(2026, 1, 15), "97129", 1, ("GN",), denied="PR"), S(D(2026, 1, 22), "92507", 1, ("GN",))]),
        dict(pat="Renata Okonkwo-Bell", rel="Self", prov="Cedar Hollow Orthopedic Associates", acct="CHO-778102",
             clm="EA26-0127-55230", recv="01/28/26", proc="02/03/26", svcs=[
                 S(D(2026, 1, 20), "99213", 1), S(D(2026, 1, 20), "97161", 1, ("GP",)),
                 S(D(2026, 1, 20), "L3807", 1, ("RT",)), S(D(2026, 1, 27), "97110", 2, ("GP",)),
                 S(D(2026, 1, 27), "G0283", 1, ("GP",))]),
    ]
    legend = [("21", "Your provider is in our network. The plan discount is the part of the bill you do not pay."),
              ("34", "This amount counts toward your yearly deductible."),
              ("58", "Your share after the deductible is 20% of the allowed amount."),
              ("77", "Your plan does not cover this service. The provider may bill you for it.")]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            s.remarks = (["21"] if s.discount else []) + (["34"] if s.deductible else []) + \
                (["58"] if s.coinsurance else []) + (["77"] if s.denied else [])
    spec = [(36, "l"), (74, "l"), (244, "r"), (282, "r"), (320, "r"), (358, "r"), (388, "r"), (428, "r"),
            (462, "r"), (500, "r"), (536, "r"), (544, "l")]
    labels = ["Date of\nservice", "Service", "Amount\nbilled", "Plan\ndiscount", "Allowed\namount", "Your\ndeductible",
              "Your\ncopay", "Your\ncoinsurance", "Not\ncovered", "Plan\npaid", "You\nowe", "Notes"]

    def furniture(doc: Doc, pg: int) -> float:
        doc.text(36, 40, "Aspen Meadow Health Plan", "B", 15)
        doc.text(36, 52, "PO Box 40217  Fort Calder, CO 80931  |  Member Services 1-800-555-0148 (TTY 711)", "R", 7)
        doc.text(576, 40, "EXPLANATION OF BENEFITS", "B", 10, "r")
        doc.text(576, 52, "THIS IS NOT A BILL", "B", 8, "r")
        doc.line(36, 58, 576, 58, 1.2)
        doc.text(36, 70, f"Subscriber: {subscriber}    Member ID: AMH 771 204 9935    Group: 0048812 (Vela Logistics LLC)",
                 "R", 7.5)
        doc.text(576, 70, "Statement date: 02/05/2026", "R", 7.5, "r")
        doc.text(306, 770, "Aspen Meadow Health Plan is an independent licensee. Keep this statement for your records.",
                 "R", 6.5, "c")
        doc.text(576, 780, f"Page {pg} of {{PAGES}}", "R", 7, "r")
        return 86

    fl = Flow(doc, furniture, 745)
    # summary box, page 1 only
    doc.rect(36, fl.y, 540, 62, 0.8, 0.93)
    allsv = [s for cl in claims for s in cl["svcs"]]
    doc.text(46, fl.y + 14, "Your claims at a glance (claims processed 01/01/2026 - 02/04/2026)", "B", 9)
    summ = [("Amount billed", total(allsv, "billed")), ("Plan discount", total(allsv, "discount")),
            ("Plan paid", total(allsv, "paid")), ("You owe", total(allsv, "owes"))]
    for i, (k, v) in enumerate(summ):
        doc.text(60 + i * 130, fl.y + 32, k, "R", 8)
        doc.text(60 + i * 130, fl.y + 48, money(v), "B", 12)
    fl.y += 74
    doc.text(36, fl.y, "Deductible met so far this plan year: family $250.00 of $1,500.00. Out-of-pocket limit: $6,000.00.",
             "R", 7.5)
    fl.y += 18
    lines, ctruth = [], []
    for cl in claims:
        def head(cl=cl, cont=False):
            doc.rect(36, fl.y, 540, 26, 0.5, 0.86)
            doc.text(40, fl.y + 10, f"Patient: {cl['pat']} ({cl['rel']})" + ("  - continued" if cont else ""), "B", 8)
            doc.text(300, fl.y + 10, f"Claim number: {cl['clm']}", "B", 8)
            doc.text(40, fl.y + 21, f"Provider: {cl['prov']}   Patient account no.: {cl['acct']}", "R", 7)
            doc.text(572, fl.y + 21, f"Received {cl['recv']}   Processed {cl['proc']}", "R", 7, "r")
            fl.y += 44
            heads(doc, fl.y - 4, spec, labels)
            doc.line(36, fl.y, 576, fl.y, 0.6)
            fl.y += 10
        fl.need(100)
        head()
        fl.cont = lambda cl=cl: head(cl, True)
        for s in cl["svcs"]:
            wrapped = doc.wrap(s.desc, 100, "R", 6)
            fl.need(9 + 7 * len(wrapped))
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods)] + [
                m(getattr(s, a)) for a in ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                           "not_covered", "paid", "owes")] + [", ".join(s.remarks)]
            cols(doc, fl.y, spec, vals, "R", 7)
            for i, w in enumerate(wrapped):
                doc.text(74, fl.y + 7 * (i + 1), w, "R", 6)
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["clm"], patient=cl["pat"],
                                    printed=ALL_AMTS, units=False, remarks=s.remarks))
            fl.y += 9 + 7 * len(wrapped)
            doc.line(36, fl.y - 6, 576, fl.y - 6, 0.2, 0.6)
        fl.cont = None
        fl.need(20)
        sv = cl["svcs"]
        tv = ["", "Claim totals"] + [m(total(sv, a)) for a in ("billed", "discount", "allowed", "deductible", "copay",
                                                             "coinsurance", "not_covered", "paid", "owes")]
        cols(doc, fl.y, spec, tv, "B", 7)
        fl.y += 20
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["clm"], "patient": cl["pat"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    fl.need(20 + 11 * len(legend))
    doc.text(36, fl.y, "Notes", "B", 9)
    fl.y += 12
    for k, v in legend:
        doc.text(40, fl.y, k, "B", 7)
        doc.text(60, fl.y, v, "R", 7)
        fl.y += 10
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages,
                "Commercial plan member EOB, portrait Liberation Sans: shaded claim heading boxes (patient + "
                "relationship, claim number, provider account no.), two-line column headings, code and modifiers "
                "spaced ('97110 GO 59') over a small wrapped description, numeric note codes, claim totals row, a "
                "claim continuing onto page 2 under a repeated heading marked 'continued'; three family members.",
                lines, ctruth, legend)


# ============================================================================ L2 commercial member EOB (landscape)
def l2_member_claims_statement(out: Path) -> None:
    name = "h117_l2_member_claims_statement"
    doc = Doc(out / f"{name}.pdf", "fpdf2", LAND, {"R": "DejaVuSansCondensed", "B": "DejaVuSansCondensed-Bold"})
    st = PlanState(ded_left=Decimal("150.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
    orig = [S(D(2026, 1, 6), "97530", 2, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",))]
    st0 = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
    for s in orig:
        commercial(s, st0)
    members = [
        ("MATEO RUIZ-ALCANTARA", "Dependent", [
            dict(clm="7730-26-002201-00", prov="Mercy Lane Therapy Center", acct="00-55127", note="Reversed: provider sent a corrected claim",
                 svcs=[negate(s) for s in orig], rev=True),
            dict(clm="7730-26-002201-01", prov="Mercy Lane Therapy Center", acct="00-55127", note="Corrected claim",
                 svcs=[S(D(2026, 1, 6), "97530", 3, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",))]),
            dict(clm="7730-26-004518-00", prov="Mercy Lane Therapy Center", acct="00-55163", note="Processed",
                 svcs=[S(D(2026, 1, 13), "97530", 2, ("GP", "KX")), S(D(2026, 1, 13), "97112", 1, ("GP", "KX")),
                       S(D(2026, 1, 20), "97530", 2, ("GP", "KX")), S(D(2026, 1, 20), "97140", 1, ("GP", "59")),
                       S(D(2026, 1, 27), "97530", 3, ("GP", "KX")), S(D(2026, 1, 27), "97116", 1, ("GP",))]),
        ]),
        ("ELENA RUIZ-ALCANTARA", "Dependent", [
            dict(clm="7730-26-003877-00", prov="Harborview Hand & Upper Limb", acct="HV2026-0412", note="Processed",
                 svcs=[S(D(2026, 1, 9), "97166", 1, ("GO",)), S(D(2026, 1, 9), "97760", 1, ("GO",)),
                       S(D(2026, 1, 9), "L3807", 1, ("LT",)), S(D(2026, 1, 16), "97140", 2, ("GO",)),
                       S(D(2026, 1, 16), "0552T", 1, (), denied="PR"), S(D(2026, 1, 23), "97530", 2, ("GO",)),
                       S(D(2026, 1, 23), "97535", 1, ("GO",))]),
        ]),
        ("PALOMA RUIZ-ALCANTARA", "Subscriber", [
            dict(clm="7730-26-005090-00", prov="Westgate Family Medicine", acct="WFM-88314", note="Processed",
                 svcs=[S(D(2026, 1, 22), "99213", 1), S(D(2026, 1, 22), "G0283", 1)]),
        ]),
    ]
    for _, _, cls in members:
        for cl in cls:
            if not cl.get("rev"):
                for s in cl["svcs"]:
                    commercial(s, st, deny_reason="96")
            for s in cl["svcs"]:
                s.remarks = ["R7"] if cl.get("rev") else (["X2"] if s.denied else (["C1"] if s.copay else []) +
                                                          (["D4"] if s.deductible else []))
    legend = [("C1", "A fixed copay applies once per visit day for this kind of care."),
              ("D4", "Applied to the family deductible for this plan year."),
              ("R7", "We took back the earlier processing of this claim; the corrected claim follows."),
              ("X2", "Experimental or investigational under your plan terms. You may be billed.")]
    spec = [(36, "l"), (92, "l"), (252, "l"), (290, "l"), (336, "r"), (384, "r"), (430, "r"), (476, "r"),
            (524, "r"), (566, "r"), (616, "r"), (664, "r"), (714, "r"), (722, "l")]
    labels = ["Service\ndate", "Description", "Code", "Mod", "Qty", "Charged", "Discount", "Allowed", "Deductible",
              "Copay", "Coinsurance", "Plan paid", "Member\npays", "Reason"]

    def furniture(doc: Doc, pg: int) -> float:
        doc.rect(36, 24, 720, 30, 0, 0.82)
        doc.text(46, 44, "NORTHFIELD MUTUAL  benefit plans", "B", 14)
        doc.text(746, 36, "Claims Statement for the period January 1 - January 31, 2026", "B", 8, "r")
        doc.text(746, 47, "This is not a bill.  Questions? 1-888-555-0177", "R", 7, "r")
        doc.text(36, 68, "Subscriber: Paloma Ruiz-Alcantara   ID: NMB-4471-0092-01   Plan: Choice PPO 1500", "R", 7.5)
        doc.text(756, 68, f"Page {pg} of {{PAGES}}", "R", 7.5, "r")
        doc.text(396, 592, "Northfield Mutual Benefit Plans  -  2200 Quarry Street, Suite 400, Halvern, OH 43902", "R", 6.5, "c")
        return 84

    fl = Flow(doc, furniture, 570)
    lines, ctruth = [], []

    def table_head(title: str) -> None:
        doc.text(36, fl.y, title, "B", 8)
        fl.y += 20
        heads(doc, fl.y, spec, labels, "B", 6.8)
        doc.line(36, fl.y + 3, 756, fl.y + 3, 0.7)
        fl.y += 13

    for pat, rel, cls in members:
        fl.need(90)
        doc.rect(36, fl.y, 720, 15, 0, 0.85)
        doc.text(40, fl.y + 11, f"Claims for {pat} ({rel})", "B", 9)
        fl.y += 28
        for cl in cls:
            title = f"Claim {cl['clm']}   |   {cl['prov']}   |   Provider account {cl['acct']}   |   {cl['note']}"
            fl.need(60)
            table_head(title)
            fl.cont = lambda title=title: table_head(title + "  (continued)")
            for s in cl["svcs"]:
                wr = doc.wrap(s.desc, 150, "R", 7)
                fl.need(10 * len(wr) + 3)
                vals = [dfmt(s.dos, "mdy4"), wr[0], s.code, " ".join(s.mods), str(s.units.normalize()) if s.units >= 0 else "",
                        *[m(getattr(s, a)) for a in ("billed", "discount", "allowed", "deductible", "copay",
                                                     "coinsurance", "paid", "owes")], " ".join(s.remarks)]
                if cl.get("rev"):
                    vals[4] = "-" + str(s.units.normalize())
                cols(doc, fl.y, spec, vals, "R", 7)
                for i, w in enumerate(wr[1:]):
                    doc.text(92, fl.y + 9 * (i + 1), w, "R", 7)
                lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["clm"], patient=pat,
                                        printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                                 "paid", "patient_owes"),
                                        remarks=s.remarks,
                                        overrides={"units": "-" + str(s.units.normalize())} if cl.get("rev") else None))
                fl.y += 9 * len(wr) + 3
            fl.cont = None
            sv = cl["svcs"]
            fl.need(24)
            doc.line(336, fl.y - 6, 714, fl.y - 6, 0.4)
            cols(doc, fl.y + 2, spec, ["", "Total for this claim", "", "", "",
                                       *[m(total(sv, a)) for a in ("billed", "discount", "allowed", "deductible", "copay",
                                                                   "coinsurance", "paid", "owes")]], "B", 7)
            fl.y += 22
            ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["clm"], "patient": pat,
                           "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                                  total(sv, "owes"))})
    fl.need(16 + 10 * len(legend))
    doc.text(36, fl.y, "Reason codes used on this statement", "B", 8)
    fl.y += 11
    for k, v in legend:
        doc.text(36, fl.y, f"{k}  {v}", "R", 7)
        fl.y += 10
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages,
                "Commercial PPO member claims statement, landscape DejaVu Sans Condensed: banner per family member, "
                "'Claim N | provider | Provider account' title over each table, separate Code / Mod / Qty columns, "
                "per-visit copay, a reversed claim printed with leading-minus amounts and quantity and its corrected "
                "replacement, a denied experimental service, reason-code legend; the table runs onto page 2.",
                lines, ctruth, legend)


# ============================================================================ L3 Medicare Summary Notice
def l3_msn(out: Path) -> None:
    name = "h117_l3_medicare_summary_notice"
    doc = Doc(out / f"{name}.pdf", "reportlab", LETTER, {"R": "DejaVuSerif", "B": "DejaVuSerif-Bold"})
    bene = "WINIFRED A. CALLOWAY"
    st = PlanState(ded_left=Decimal("120.00"))
    claims = [
        dict(clm="26-012-7713-0450-00", prov="Stillwater Outpatient Rehabilitation", addr="88 Tanner Mill Road, Bexley, OH 43209",
             ref="Referred by: Marcus Eidel, MD", svcs=[
                 S(D(2026, 1, 6), "97161", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
                 S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97140", 1, ("GP",)),
                 S(D(2026, 1, 13), "97112", 2, ("GP",)), S(D(2026, 1, 13), "97116", 1, ("GP",)),
                 S(D(2026, 1, 15), "97110", 2, ("GP", "KX")), S(D(2026, 1, 15), "97530", 1, ("GP",)),
                 S(D(2026, 1, 20), "97110", 2, ("GP", "KX")), S(D(2026, 1, 20), "G0283", 1, ("GP",)),
                 S(D(2026, 1, 22), "97112", 2, ("GP", "KX")), S(D(2026, 1, 22), "97140", 1, ("GP", "CQ"))]),
        dict(clm="26-019-4402-1187-00", prov="Lorain Valley Speech Associates", addr="1400 Depot Street, Suite 2, Bexley, OH 43209",
             ref="Referred by: Marcus Eidel, MD", svcs=[
                 S(D(2026, 1, 14), "92523", 1, ("GN",)), S(D(2026, 1, 21), "92507", 1, ("GN",)),
                 S(D(2026, 1, 21), "97129", 1, ("GN",), denied="CO"), S(D(2026, 1, 23), "92526", 1, ("GN",)),
                 S(D(2026, 1, 26), "92507", 1, ("GN",)), S(D(2026, 1, 26), "92526", 1, ("GN",)),
                 S(D(2026, 1, 28), "92507", 1, ("GN",)), S(D(2026, 1, 30), "92507", 1, ("GN",)),
                 S(D(2026, 1, 30), "92526", 1, ("GN", "59"))]),
        dict(clm="26-027-0918-3356-00", prov="Bexley Primary Care Group", addr="210 Collins Avenue, Bexley, OH 43209",
             ref="", svcs=[S(D(2026, 1, 27), "99213", 1)]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st)
            s.remarks = (["A"] if s.deductible else []) + (["B"] if not s.denied else ["D", "E"]) + \
                (["C"] if "KX" in s.mods else [])
    legend = [("A", "This amount was applied to your Part B deductible for the year."),
              ("B", "Medicare approved this service. You may owe the 20% coinsurance that is left after Medicare pays."),
              ("C", "Your provider told Medicare that therapy beyond the yearly amount was medically needed."),
              ("D", "Medicare does not pay for this service when it is billed this way."),
              ("E", "The provider may not bill you for this denied service. If you paid, you should get a refund.")]
    spec = [(40, "l"), (112, "l"), (360, "r"), (420, "r"), (478, "r"), (534, "r"), (544, "l")]
    labels = ["Service\nDate", "Service Provided &\nBilling Code", "Amount\nProvider\nCharged", "Medicare-\nApproved\nAmount",
              "Amount\nMedicare\nPaid", "Maximum\nYou May\nBe Billed", "See\nNotes"]
    allsv = [s for cl in claims for s in cl["svcs"]]

    def furniture(doc: Doc, pg: int) -> float:
        doc.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 12)
        doc.text(40, 54, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                 "R", 7)
        doc.line(40, 60, 572, 60, 1.5)
        doc.text(572, 752, f"{bene}  |  Page {pg} of {{PAGES}}", "R", 7.5, "r")
        doc.text(40, 752, "Notice date: February 9, 2026", "R", 7.5)
        return 76

    fl = Flow(doc, furniture, 728)
    # page 1: left address block + right dashboard
    y = fl.y
    for i, t in enumerate([bene, "417 Quarry Ridge Lane", "Bexley, OH 43209-1151"]):
        doc.text(40, y + 14 + 11 * i, t, "R", 9)
    doc.text(40, y + 62, "Medicare Number  XXXXXXX4YF27", "R", 8)
    doc.text(40, y + 74, "Date of This Notice  February 9, 2026", "R", 8)
    doc.text(40, y + 86, "Claims Processed Between  November 10, 2025 - February 6, 2026", "R", 8)
    doc.rect(330, y, 242, 150, 1.0, None)
    doc.text(340, y + 16, "Your Deductible Status", "B", 9)
    doc.text(340, y + 30, "You have now met $120.00 of your $283.00 Part B", "R", 7.5)
    doc.text(340, y + 40, "deductible for 2026.", "R", 7.5)
    doc.text(340, y + 60, "Did Medicare approve all services?", "B", 9)
    doc.text(340, y + 74, "NO. Medicare denied 1 service. See notes D and E.", "R", 7.5)
    doc.text(340, y + 94, "Total You May Be Billed", "B", 9)
    doc.text(562, y + 94, money(total(allsv, "owes")), "B", 11, "r")
    doc.text(340, y + 114, "Providers with claims this period", "B", 8)
    for i, cl in enumerate(claims):
        doc.text(344, y + 126 + 9 * i, f"{cl['prov']}", "R", 7)
    fl.y = y + 170
    doc.text(40, fl.y, "Your Claims & Costs This Period", "B", 12)
    fl.y += 14
    doc.text(40, fl.y, "This notice lists each service your providers billed to Medicare. The notes for each service are",
             "R", 8)
    doc.text(40, fl.y + 10, "explained at the end of this notice.", "R", 8)
    fl.y += 30
    lines, ctruth = [], []
    for cl in claims:
        def head(cl=cl, cont=False):
            doc.line(40, fl.y, 572, fl.y, 0.8)
            doc.text(40, fl.y + 12, cl["prov"] + (" (continued)" if cont else ""), "B", 9)
            doc.text(572, fl.y + 12, f"Claim Number: {cl['clm']}", "R", 8, "r")
            if not cont:
                doc.text(40, fl.y + 23, cl["addr"], "R", 7.5)
                if cl["ref"]:
                    doc.text(40, fl.y + 33, cl["ref"], "R", 7.5)
            fl.y += 62 if not cont else 44
            heads(doc, fl.y, spec, labels, "B", 6.8, 8)
            doc.line(40, fl.y + 3, 572, fl.y + 3, 0.4)
            fl.y += 13
        fl.need(130)
        head()
        fl.cont = lambda cl=cl: head(cl, True)
        for s in cl["svcs"]:
            fl.need(14)
            svc = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            cols(doc, fl.y, spec, [dfmt(s.dos, "mdy4"), svc, money(s.billed), money(s.allowed), money(s.paid),
                                   money(s.owes), ", ".join(s.remarks)], "R", 7.3)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cl["clm"], patient=bene,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=s.remarks))
            fl.y += 13
        fl.cont = None
        sv = cl["svcs"]
        fl.need(20)
        doc.line(300, fl.y - 7, 572, fl.y - 7, 0.4)
        cols(doc, fl.y + 3, spec, ["", "Total for this claim", money(total(sv, "billed")), money(total(sv, "allowed")),
                                   money(total(sv, "paid")), money(total(sv, "owes"))], "B", 7.3)
        fl.y += 26
        ctruth.append({"claim_id": None, "payer_claim_id": cl["clm"], "patient": bene,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    fl.need(30 + 22 * len(legend))
    doc.text(40, fl.y, "Notes for Claims Above", "B", 10)
    fl.y += 14
    for k, v in legend:
        doc.text(40, fl.y, k, "B", 8)
        for w in doc.wrap(v, 500, "R", 7.5):
            doc.text(56, fl.y, w, "R", 7.5)
            fl.y += 10
        fl.y += 3
    fl.need(60)
    doc.rect(40, fl.y, 532, 48, 0.6, 0.95)
    doc.text(48, fl.y + 14, "How to Handle Denials or File an Appeal", "B", 9)
    doc.text(48, fl.y + 27, "If you disagree with a coverage decision, you may file an appeal within 120 days of the", "R", 7.5)
    doc.text(48, fl.y + 37, "date of this notice. Circle the services you disagree with and explain why on the form.", "R", 7.5)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages,
                "Medicare Summary Notice Part B, portrait DejaVu Serif: page-1 address block with a boxed deductible / "
                "approval / total-you-may-be-billed panel, provider name and 'Claim Number' over three-line column "
                "headings, a Service Date column, code and modifiers inside brackets after the description "
                "('(97110-GP-KX)'), letter notes, a long claim continuing onto page 2 with its provider line repeated "
                "and '(continued)', a denied service the provider may not bill.",
                lines, ctruth, legend)


# ============================================================================ L4 Medicare Advantage member EOB
def l4_ma_eob(out: Path) -> None:
    name = "h117_l4_medicare_advantage_eob"
    doc = Doc(out / f"{name}.pdf", "fpdf2", LETTER, {"R": "LiberationSerif", "B": "LiberationSerif-Bold"})
    member = "Teodoro L. Vasquez-Brandt"
    claims = [
        dict(clm="MA-2601-0884217", prov="Greyhaven Physical Therapy", copay=Decimal("25.00"), svcs=[
            S(D(2026, 1, 5), "97161", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",)),
            S(D(2026, 1, 9), "97110", 2, ("GP",)), S(D(2026, 1, 9), "97140", 1, ("GP",)),
            S(D(2026, 1, 12), "97116", 2, ("GP",)), S(D(2026, 1, 12), "97112", 1, ("GP",))]),
        dict(clm="MA-2601-0913365", prov="Greyhaven Physical Therapy", copay=Decimal("25.00"), svcs=[
            S(D(2026, 1, 16), "97110", 2, ("GP",)), S(D(2026, 1, 16), "0552T", 1, (), denied="CO"),
            S(D(2026, 1, 19), "97530", 2, ("GP",)), S(D(2026, 1, 19), "G0283", 1, ("GP",)),
            S(D(2026, 1, 23), "97110", 3, ("GP",))]),
        dict(clm="MA-2601-0950072", prov="Dr. Anneliese Korhonen", copay=Decimal("10.00"), svcs=[
            S(D(2026, 1, 21), "99213", 1)]),
        dict(clm="MA-2601-0971540", prov="Tidewell Hand Therapy", copay=Decimal("25.00"), svcs=[
            S(D(2026, 1, 26), "97165", 1, ("GO",)), S(D(2026, 1, 26), "97760", 1, ("GO",)),
            S(D(2026, 1, 26), "L3807", 1, ("RT",)), S(D(2026, 1, 29), "97530", 2, ("GO",))]),
    ]
    for cl in claims:
        seen = set()
        for s in cl["svcs"]:
            if s.denied:
                s.not_covered = s.billed
                s.remarks = ["4"]
                continue
            s.allowed = min(s.billed, q(Decimal(SCHED_MA[s.code]) * s.units))
            s.copay = ZERO if s.dos in seen else min(cl["copay"], s.allowed)
            seen.add(s.dos)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
            s.remarks = ["1"] + (["2"] if s.copay else [])
    legend = [("1", "This is the amount our plan agreed with the provider. You do not pay the difference."),
              ("2", "Your copayment for this type of visit. It counts toward your yearly out-of-pocket maximum."),
              ("4", "This service needed approval from the plan before you got it. The provider may not bill you.")]
    spec = [(40, "l"), (100, "l"), (134, "l"), (380, "r"), (440, "r"), (498, "r"), (550, "r"), (556, "l")]
    labels = ["Date of\nservice", "Code", "Service", "Provider\ncharged", "Plan's\napproved\namount", "Plan\npaid",
              "Your\nshare", "Note"]
    allsv = [s for cl in claims for s in cl["svcs"]]

    def furniture(doc: Doc, pg: int) -> float:
        doc.text(40, 42, "Harbor Crest Medicare Advantage (HMO-POS)", "B", 13)
        doc.text(40, 55, "Your Explanation of Benefits for Medical Services, January 2026", "R", 9)
        doc.text(572, 42, f"Page {pg} of {{PAGES}}", "R", 8, "r")
        doc.text(572, 55, "Member ID: H7728-004-51913", "R", 8, "r")
        doc.line(40, 62, 572, 62, 0.8)
        doc.text(40, 770, "Harbor Crest Health is an HMO-POS plan with a Medicare contract. Enrollment depends on contract "
                 "renewal.  H7728_EOB26_M", "R", 6.5)
        return 80

    fl = Flow(doc, furniture, 740)
    y = fl.y
    doc.text(40, y, f"Prepared for: {member}", "B", 10)
    doc.text(40, y + 12, "55 Lantern Cove Drive, Port Aubrey, ME 04109", "R", 8.5)
    doc.text(40, y + 34, "This is not a bill. It tells you about the medical care you got and what our plan paid.", "R", 8.5)
    y += 50
    # two-column summary boxes
    for i, (title, rows) in enumerate((("This month", [("Total provider charges", total(allsv, "billed")),
                                                       ("Plan paid", total(allsv, "paid")),
                                                       ("Your share", total(allsv, "owes"))]),
                                        ("Year to date (2026)", [("Your share so far", total(allsv, "owes")),
                                                                 ("Out-of-pocket maximum", Decimal("4900.00")),
                                                                 ("Left before you reach it", Decimal("4900.00") - total(allsv, "owes"))]))):
        x = 40 + i * 272
        doc.rect(x, y, 260, 64, 0.8, None)
        doc.text(x + 8, y + 14, title, "B", 9.5)
        for j, (k, v) in enumerate(rows):
            doc.text(x + 8, y + 30 + 12 * j, k, "R", 8.5)
            doc.text(x + 250, y + 30 + 12 * j, money(v), "R", 8.5, "r")
    fl.y = y + 88
    doc.text(40, fl.y, "Your medical claims in detail", "B", 11)
    fl.y += 14
    lines, ctruth = [], []
    for cl in claims:
        def head(cl=cl, cont=False):
            doc.rect(40, fl.y, 532, 14, 0, 0.9)
            doc.text(44, fl.y + 10, f"Claim number {cl['clm']}  -  {cl['prov']}" + ("  (continued)" if cont else ""), "B", 8.5)
            fl.y += 38
            heads(doc, fl.y, spec, labels, "B", 7, 8)
            doc.line(40, fl.y + 3, 572, fl.y + 3, 0.5)
            fl.y += 13
        fl.need(90)
        head()
        fl.cont = lambda cl=cl: head(cl, True)
        for s in cl["svcs"]:
            fl.need(13)
            cols(doc, fl.y, spec, [dfmt(s.dos, "mon"), s.code, s.desc, money(s.billed), money(s.allowed), money(s.paid),
                                   money(s.owes), ", ".join(s.remarks)], "R", 7.8)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cl["clm"], patient=member,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False, modifiers=False,
                                    remarks=s.remarks))
            fl.y += 12
        fl.cont = None
        sv = cl["svcs"]
        fl.need(22)
        doc.line(330, fl.y - 7, 572, fl.y - 7, 0.4)
        cols(doc, fl.y + 2, spec, ["", "", "Claim total", money(total(sv, "billed")), money(total(sv, "allowed")),
                                   money(total(sv, "paid")), money(total(sv, "owes"))], "B", 7.8)
        fl.y += 24
        ctruth.append({"claim_id": None, "payer_claim_id": cl["clm"], "patient": member,
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"),
                                              total(sv, "owes"))})
    fl.need(24 + 12 * len(legend))
    doc.text(40, fl.y, "What the notes mean", "B", 9.5)
    fl.y += 12
    for k, v in legend:
        doc.text(40, fl.y, f"Note {k}: {v}", "R", 7.8)
        fl.y += 11
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages,
                "Medicare Advantage member EOB, portrait Liberation Serif: monthly and year-to-date summary boxes side "
                "by side, shaded 'Claim number - provider' bars, 'Jan 5, 2026' dates, code in its own column before the "
                "description (no modifiers, no units printed), per-visit copay as Your share, a denied "
                "prior-authorisation service with zero owed, numbered notes.",
                lines, ctruth, legend)


SCHED_MA = {"97161": "104.40", "97110": "30.55", "97140": "27.95", "97116": "30.90", "97112": "34.60",
            "0552T": "0.00", "97530": "38.05", "G0283": "10.70", "99213": "91.20", "97165": "101.35",
            "97760": "42.50", "L3807": "297.60"}


# ============================================================================ L5 state Medicaid RA (ruled grid)
def l5_medicaid_grid(out: Path) -> None:
    name = "h117_l5_medicaid_ra_grid"
    doc = Doc(out / f"{name}.pdf", "reportlab", LAND, {"R": "LiberationSansNarrow", "B": "LiberationSansNarrow-Bold"})
    claims = [
        dict(pat="ORTEGA, LUCIA M", mid="720044519302", tcn="26021800310447", acct="PT-ORT-0126", status="PAID", svcs=[
            S(D(2026, 1, 5), "97165", 1, ("GO",)), S(D(2026, 1, 5), "97530", 2, ("GO",)),
            S(D(2026, 1, 8), "97530", 3, ("GO",)), S(D(2026, 1, 8), "97535", 1, ("GO",)),
            S(D(2026, 1, 12), "97530", 3, ("GO",)), S(D(2026, 1, 12), "97112", 1, ("GO",)),
            S(D(2026, 1, 15), "97530", 3, ("GO",)), S(D(2026, 1, 15), "97110", 1, ("GO", "59")),
            S(D(2026, 1, 19), "97530", 3, ("GO",)), S(D(2026, 1, 19), "97535", 2, ("GO",)),
            S(D(2026, 1, 22), "97530", 3, ("GO",)), S(D(2026, 1, 22), "97140", 1, ("GO", "59")),
            S(D(2026, 1, 26), "97530", 3, ("GO",)), S(D(2026, 1, 26), "97533", 1, ("GO",), denied="CO"),
            S(D(2026, 1, 29), "97530", 3, ("GO",)), S(D(2026, 1, 29), "97168", 1, ("GO",))]),
        dict(pat="BRANNIGAN, KEIRA", mid="720031877645", tcn="26021800310512", acct="PT-BRA-0131", status="PAID", svcs=[
            S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
            S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 28), "92507", 1, ("GN",))]),
        dict(pat="ABERNATHY-COLE, DESHAWN", mid="720058812210", tcn="26021800310588", acct="PT-ABE-0119",
             status="DENIED", svcs=[S(D(2026, 1, 9), "97166", 1, ("GO",), denied="CO"),
                                    S(D(2026, 1, 9), "97530", 2, ("GO",), denied="CO")]),
        dict(pat="NGUYEN-PRICE, TAVI", mid="720062290114", tcn="26021800310601", acct="PT-NGU-0140", status="PAID", svcs=[
            S(D(2026, 1, 13), "97161", 1, ("GP",)), S(D(2026, 1, 13), "97110", 2, ("GP",)),
            S(D(2026, 1, 20), "97110", 2, ("GP",)), S(D(2026, 1, 20), "97116", 1, ("GP",)),
            S(D(2026, 1, 22), "97110", 2, ("GP",)), S(D(2026, 1, 22), "97035", 1, ("GP",)),
            S(D(2026, 1, 27), "97110", 2, ("GP",)), S(D(2026, 1, 27), "97116", 2, ("GP",)),
            S(D(2026, 1, 29), "97162", 1, ("GP",))]),
    ]
    claims = [claims[1], claims[3], claims[0], claims[2]]
    for cl in claims:
        for s in cl["svcs"]:
            if cl["status"] == "DENIED":
                medicaid(s, deny_reason="B7")
                s.remarks = ["N570"]
            elif s.denied:
                medicaid(s, deny_reason="197")
                s.remarks = ["N54"]
            else:
                medicaid(s)
                s.remarks = []
    spec = [(40, "c"), (52, "l"), (104, "l"), (140, "l"), (168, "l"), (222, "r"), (272, "r"), (322, "r"), (362, "r"),
            (400, "r"), (450, "r"), (458, "l"), (526, "r"), (534, "l")]
    labels = ["Ln", "Date of Svc", "Proc", "Mod 1", "Mod 2", "Units", "Billed Amt", "Allowed Amt", "TPL Amt", "Copay",
              "Paid Amt", "Adj Grp/Rsn", "Adj Amt", "Remark"]
    grid_x = [34, 48, 100, 136, 164, 196, 226, 276, 326, 366, 404, 454, 494, 530, 570]

    def furniture(doc: Doc, pg: int) -> float:
        doc.text(40, 36, "STATE OF WESTMARK  |  DEPARTMENT OF HEALTH AND FAMILY SERVICES", "B", 11)
        doc.text(40, 48, "Medical Assistance Program  -  Provider Remittance Advice", "R", 9)
        doc.text(752, 36, "RA No. 0006713328", "B", 9, "r")
        doc.text(752, 48, f"Page {pg} of {{PAGES}}", "R", 9, "r")
        doc.rect(40, 56, 712, 30, 0.6, 0.94)
        doc.text(46, 68, "Payee: KINDLE CREEK PEDIATRIC THERAPY LLC", "B", 8)
        doc.text(46, 80, "Payee ID: 4100882716   NPI: 1730498852   Taxonomy: 225X00000X", "R", 8)
        doc.text(440, 68, "Payment date: 02/18/2026", "R", 8)
        doc.text(440, 80, "EFT trace: 3300918274   Payment amount: see summary", "R", 8)
        doc.text(396, 592, "Keep this advice with your records. Claims questions: Provider Relations 1-877-555-0164.",
                 "R", 7, "c")
        return 100

    fl = Flow(doc, furniture, 560)
    lines, ctruth = [], []
    last = None
    for cl in claims:
        if cl["status"] != last:
            fl.need(90)
            doc.rect(40, fl.y, 712, 14, 0, 0.8)
            doc.text(396, fl.y + 10, f"{cl['status']} CLAIMS", "B", 9, "c")
            fl.y += 22
            last = cl["status"]

        def head(cl=cl, cont=False):
            doc.text(40, fl.y + 8, f"Member Name: {cl['pat']}", "B", 8)
            doc.text(200, fl.y + 8, f"Member ID: {cl['mid']}", "R", 8)
            doc.text(320, fl.y + 8, f"TCN: {cl['tcn']}", "R", 8)
            doc.text(440, fl.y + 8, f"Patient Acct #: {cl['acct']}", "R", 8)
            doc.text(580, fl.y + 8, "Claim Type: Professional" + ("   (continued)" if cont else ""), "R", 8)
            fl.y += 14
            doc.rect(34, fl.y, 536, 13, 0.5, 0.9)
            cols(doc, fl.y + 9, spec, labels, "B", 7)
            fl.y += 13
        fl.need(60)
        head()
        fl.cont = lambda cl=cl: head(cl, True)
        for n, s in enumerate(cl["svcs"], 1):
            fl.need(12)
            adj = s.adjs[0] if s.adjs else None
            cols(doc, fl.y + 9, spec, [str(n), dfmt(s.dos, "mdy4"), s.code, s.mods[0] if s.mods else "",
                                       s.mods[1] if len(s.mods) > 1 else "", f"{s.units:.2f}", m(s.billed), m(s.allowed),
                                       "0.00", "0.00", m(s.paid), f"{adj[0]} {adj[1]}" if adj else "",
                                       m(adj[2]) if adj else "", " ".join(s.remarks)], "R", 7.5)
            for x in grid_x:
                doc.line(x, fl.y, x, fl.y + 12, 0.3, 0.5)
            doc.line(34, fl.y + 12, 570, fl.y + 12, 0.3, 0.5)
            lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["tcn"], patient=cl["pat"],
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                                    description=False))
            fl.y += 12
        fl.cont = None
        sv = cl["svcs"]
        fl.need(20)
        doc.text(52, fl.y + 10, "Claim Totals", "B", 7.5)
        for (x, _), v in zip(spec[6:11], [total(sv, "billed"), total(sv, "allowed"), ZERO, ZERO, total(sv, "paid")]):
            doc.text(x, fl.y + 10, m(v), "B", 7.5, "r")
        fl.y += 24
        ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["tcn"], "patient": cl["pat"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)})
    # side panel of codes on the last page
    legend = [("CO 45", "Charge is above the program's maximum fee."), ("CO 197", "No prior approval on file for this service."),
              ("CO B7", "Provider was not enrolled for this service on the date it was given."),
              ("N54", "Approval on file does not match the service billed."),
              ("N570", "Enrollment record missing or not current.")]
    allsv = [s for cl in claims for s in cl["svcs"]]
    fl.need(110)
    doc.rect(40, fl.y, 340, 96, 0.6, None)
    doc.text(48, fl.y + 13, "Remittance Summary", "B", 9)
    for i, (k, v) in enumerate([("Claims paid", "3"), ("Claims denied", "1"), ("Total billed", m(total(allsv, "billed"))),
                                ("Total paid", m(total(allsv, "paid"))), ("Net payment", m(total(allsv, "paid")))]):
        doc.text(48, fl.y + 28 + 12 * i, k, "R", 8)
        doc.text(370, fl.y + 28 + 12 * i, v, "R", 8, "r")
    doc.rect(396, fl.y, 356, 96, 0.6, None)
    doc.text(404, fl.y + 13, "Adjustment and Remark Codes on This Advice", "B", 9)
    for i, (k, v) in enumerate(legend):
        doc.text(404, fl.y + 28 + 12 * i, f"{k}  {v}", "R", 7.5)
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages,
                "State Medicaid remittance advice, landscape Liberation Sans Narrow: boxed payee panel, PAID / DENIED "
                "section bars, one-line claim heading (Member Name LAST, FIRST / Member ID / TCN / Patient Acct #), "
                "shaded ruled grid with Ln, Date of Svc, Proc, Mod 1, Mod 2, Units '3.00', TPL and Copay zero columns, "
                "'CO 45' group/reason with its amount, remark codes; a 16-line claim continues onto page 2 with its "
                "heading and grid header repeated; a fully denied claim; summary and code panels side by side.",
                lines, ctruth, legend)


# ============================================================================ L6 state Medicaid RA (line printer)
def l6_medicaid_lineprinter(out: Path) -> None:
    name = "h117_l6_medicaid_ra_mono"
    doc = Doc(out / f"{name}.pdf", "fpdf2", LETTER, {"R": "DejaVuSansMono", "B": "DejaVuSansMono-Bold"})
    SZ, LEAD, X = 6.9, 9.6, 30

    def d6(d):
        return dfmt(d, "mdy6")

    def mk(pat, rid, pcn, icn, rows, kind="ORIG"):
        svcs = []
        for dos, end, code, u, mods, *den in rows:
            s = S(dos, code, u, mods, end=end, denied="CO" if den else None)
            medicaid(s, deny_reason="96")
            svcs.append(s)
        return dict(pat=pat, rid=rid, pcn=pcn, icn=icn, svcs=svcs, kind=kind)

    J = lambda d: D(2026, 1, d)  # noqa: E731
    orig = [
        mk("HOLLOWAY, JUNIE R", "908824113", "SSO-24117", "2026044180021001", [
            (J(5), J(5), "92523", 1, ("GN",)), (J(7), J(7), "92507", 1, ("GN",)), (J(9), J(9), "92507", 1, ("GN",)),
            (J(12), J(16), "92507", 3, ("GN",)), (J(20), J(23), "92507", 2, ("GN",)), (J(26), J(30), "92507", 3, ("GN",)),
            (J(26), J(26), "92526", 1, ("GN",))]),
        mk("PETTIGREW, AMOS", "908830561", "SSO-24133", "2026044180021002", [
            (J(6), J(6), "97165", 1, ("GO",)), (J(6), J(6), "97530", 2, ("GO",)), (J(8), J(8), "97530", 3, ("GO",)),
            (J(13), J(15), "97530", 5, ("GO",)), (J(13), J(15), "97535", 2, ("GO",)), (J(20), J(22), "97530", 6, ("GO",)),
            (J(20), J(22), "97112", 2, ("GO",)), (J(27), J(29), "97530", 6, ("GO",)), (J(27), J(29), "97533", 2, ("GO",), 1),
            (J(27), J(29), "97110", 2, ("GO", "59"))]),
        mk("OYELARAN, TEMI", "908817740", "SSO-24150", "2026044180021003", [
            (J(14), J(14), "97166", 1, ("GO",)), (J(14), J(14), "97760", 1, ("GO",)), (J(21), J(21), "97140", 2, ("GO",)),
            (J(21), J(21), "97530", 2, ("GO",)), (J(28), J(28), "97530", 2, ("GO",)), (J(28), J(28), "97535", 1, ("GO",))]),
        mk("VANTERPOOL, ROSALIND", "908841902", "SSO-24162", "2026044180021004", [
            (J(15), J(15), "92523", 1, ("GN",)), (J(22), J(22), "92507", 1, ("GN",)), (J(29), J(29), "92507", 1, ("GN",))]),
        mk("HOLLOWAY, BEAU T", "908824114", "SSO-24118", "2026044180021005", [
            (J(5), J(5), "92523", 1, ("GN",)), (J(12), J(12), "92507", 1, ("GN",)), (J(19), J(19), "92507", 1, ("GN",)),
            (J(26), J(26), "92507", 1, ("GN",))]),
    ]
    prev = mk("MARCHETTI, LIO", "908809335", "SSO-23984", "2026044180021101", [
        (D(2025, 12, 8), D(2025, 12, 12), "97530", 4, ("GO",)), (D(2025, 12, 8), D(2025, 12, 12), "97535", 2, ("GO",))],
        "VOID")
    prev["svcs"] = [negate(s) for s in prev["svcs"]]
    prev["orig_icn"] = "2025351180014417"
    repl = mk("MARCHETTI, LIO", "908809335", "SSO-23984", "2026044180021102", [
        (D(2025, 12, 8), D(2025, 12, 12), "97530", 6, ("GO",)), (D(2025, 12, 8), D(2025, 12, 12), "97535", 2, ("GO",))],
        "REPL")
    repl["orig_icn"] = "2025351180014417"
    for cl in orig + [repl]:
        for s in cl["svcs"]:
            s.remarks = ["0931"] if s.denied else (["0102"] if s.discount else ["0100"])
            if cl["kind"] == "REPL":
                s.remarks.append("0488")
    for s in prev["svcs"]:
        s.remarks = ["0487"]
    legend = [("0100", "PAID IN FULL AT BILLED AMOUNT."), ("0102", "PAID AT THE PROGRAM MAXIMUM FEE FOR THIS PROCEDURE."),
              ("0487", "CLAIM VOIDED AT PROVIDER REQUEST. PRIOR PAYMENT RECOVERED."),
              ("0488", "REPLACEMENT OF A PREVIOUSLY PAID CLAIM."),
              ("0931", "SERVICE LIMIT FOR THIS PROCEDURE REACHED FOR THE AUTHORIZATION PERIOD.")]
    colhead = "  LN FROM   THRU   PROC  MODS    UNITS       BILLED      ALLOWED         PAID  EOB CODES"

    def furniture(doc: Doc, pg: int) -> float:
        y = 36
        for t in (f"{'WESTERN PLAINS MEDICAL ASSISTANCE - MMIS':<58}{'REMITTANCE ADVICE':<30}PAGE {pg:>4} OF {{PAGES}}",
                  f"{'PAYEE 0088140221  SUNNYFIELD SPEECH & OT CLINIC':<58}{'RA NO  2605100334':<30}RUN DATE 02/20/26",
                  f"{'      1190 ORCHARD WAY  NEW HALLE NE 68501':<58}{'WARRANT 00417729':<30}NPI 1588023417",
                  "=" * 122):
            doc.text(X, y, t, "R", SZ)
            y += LEAD
        doc.text(X, 760, "*** THIS ADVICE LISTS CLAIMS FINALIZED IN THIS CYCLE. RETAIN FOR 6 YEARS. ***", "R", SZ)
        return y + LEAD

    fl = Flow(doc, furniture, 742)
    lines, ctruth = [], []

    def put(t, f="R"):
        doc.text(X, fl.y, t, f, SZ)
        fl.y += LEAD

    sections = [("CLAIMS PAID - ORIGINAL", orig), ("CLAIMS ADJUSTED - VOID (CREDIT)", [prev]),
                ("CLAIMS ADJUSTED - REPLACEMENT", [repl])]
    for title, cls in sections:
        fl.need(LEAD * 6)
        put(f"*** {title} ***", "B")
        fl.y += LEAD / 2
        for cl in cls:
            def head(cl=cl, cont=False):
                put(f"RECIP {cl['pat']:<24} RID {cl['rid']:<11} PCN {cl['pcn']:<11} ICN {cl['icn']}"
                    + ("   (CONTINUED)" if cont else ""), "B")
                if cl.get("orig_icn") and not cont:
                    put(f"      ORIGINAL ICN {cl['orig_icn']}")
                put(colhead)
            fl.need(LEAD * 5)
            head()
            fl.cont = lambda cl=cl: head(cl, True)
            for n, s in enumerate(cl["svcs"], 1):
                fl.need(LEAD)
                u = f"{abs(s.units):.2f}" + ("-" if s.units < 0 else "")
                put(f"  {n:02d} {d6(s.dos)} {d6(s.end)} {s.code:<5} {' '.join(s.mods):<6} {u:>7} "
                    f"{m(s.billed, ',', 'trail'):>12} {m(s.allowed, ',', 'trail'):>12} {m(s.paid, ',', 'trail'):>12}  "
                    f"{' '.join(s.remarks)}")
                lines.append(truth_line(doc.page, s, claim_id=cl["pcn"], payer_claim_id=cl["icn"], patient=cl["pat"],
                                        printed=("billed", "allowed", "paid"), service_end=s.end, remarks=s.remarks,
                                        description=False))
            fl.cont = None
            sv = cl["svcs"]
            fl.need(LEAD * 2)
            put(f"{'':<25}CLAIM TOTAL  {m(total(sv, 'billed'), ',', 'trail'):>12} {m(total(sv, 'allowed'), ',', 'trail'):>12} "
                f"{m(total(sv, 'paid'), ',', 'trail'):>12}", "B")
            fl.y += LEAD / 2
            ctruth.append({"claim_id": cl["pcn"], "payer_claim_id": cl["icn"], "patient": cl["pat"],
                           "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)})
    allsv = [s for cl in orig + [prev, repl] for s in cl["svcs"]]
    fl.need(LEAD * (10 + len(legend)))
    put("=" * 122)
    put("REMITTANCE TOTALS", "B")
    put(f"  ORIGINAL CLAIMS PAID ....... {len(orig):>4}      AMOUNT {m(total([s for c in orig for s in c['svcs']], 'paid'), ',', 'trail'):>12}")
    put(f"  VOIDS ...................... {1:>4}      AMOUNT {m(total(prev['svcs'], 'paid'), ',', 'trail'):>12}")
    put(f"  REPLACEMENTS ............... {1:>4}      AMOUNT {m(total(repl['svcs'], 'paid'), ',', 'trail'):>12}")
    put(f"  NET WARRANT AMOUNT ...................... {m(total(allsv, 'paid'), ',', 'trail'):>12}", "B")
    fl.y += LEAD
    put("EOB CODE MESSAGES", "B")
    for k, v in legend:
        put(f"  {k}  {v}")
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages,
                "State Medicaid remittance advice in line-printer style, portrait DejaVu Sans Mono: banner with run date "
                "and payee on every page, sections PAID - ORIGINAL / VOID (CREDIT) / REPLACEMENT, 'RECIP LAST, FIRST RID "
                "PCN ICN' claim lines, FROM and THRU as MMDDYY with spans of several days and summed units, units '3.00', "
                "void printed with trailing minus ('380.00-', units kept positive '4.00') and its ORIGINAL ICN, four-digit EOB codes "
                "with a message list, a claim continuing on page 2 with '(CONTINUED)' and the column line repeated.",
                lines, ctruth, legend)


# ============================================================================ L7 clearinghouse standard paper remit
def l7_clearinghouse_spr(out: Path) -> None:
    name = "h117_l7_clearinghouse_spr"
    doc = Doc(out / f"{name}.pdf", "reportlab", LETTER, {"R": "Courier", "B": "Courier-Bold"})
    SZ, LEAD, X = 6.6, 8.8, 28
    J = lambda d: D(2026, 1, d)  # noqa: E731
    claims = [
        dict(pat="FAIRWEATHER, GLENN", hic="5JK8TR2WM41", acnt="RVR7731-01", icn="1226033104417", svcs=[
            S(J(6), "97162", 1, ("GP",)), S(J(6), "97110", 2, ("GP",)), S(J(8), "97110", 2, ("GP",)),
            S(J(8), "97140", 1, ("GP", "59")), S(J(13), "97112", 2, ("GP",)), S(J(13), "97530", 1, ("GP",))]),
        dict(pat="OSTROWSKI, HELENA", hic="2PQ9VN6XA08", acnt="RVR7745-01", icn="1226033104502", svcs=[
            S(J(7), "97165", 1, ("GO",)), S(J(7), "97535", 2, ("GO",)), S(J(14), "97530", 2, ("GO", "KX")),
            S(J(14), "97535", 1, ("GO", "CO")), S(J(21), "97530", 2, ("GO", "KX"))]),
        dict(pat="MBEKI, TOBIAS", hic="8RF3DW5YC66", acnt="RVR7760-01", icn="1226033104630", svcs=[
            S(J(9), "92523", 1, ("GN",)), S(J(16), "92507", 1, ("GN",)), S(J(16), "0552T", 1, (), denied="CO")]),
        dict(pat="ST. CLAIR, DOROTHEA", hic="4HN2KE7PU19", acnt="RVR7788-02", icn="1226033104711", svcs=[
            S(J(12), "97110", 3, ("GP", "CQ")), S(J(12), "G0283", 1, ("GP",)), S(J(15), "97110", 3, ("GP", "CQ")),
            S(J(15), "97116", 1, ("GP", "CQ")), S(J(20), "97110", 2, ("GP", "CQ")), S(J(20), "97140", 2, ("GP",))]),
    ]
    for i, cl in enumerate(claims):
        stc = PlanState(ded_left=Decimal("95.00") if i == 0 else ZERO)
        for s in cl["svcs"]:
            medicare(s, stc, deny_reason="50")
            s.remarks = ["N130"] if s.denied else (["MA130"] if "KX" in s.mods else [])
    hdr = (f"{'PERF PROV':<12}{'SERV DATE':<13}{'POS':<4}{'NOS':>3}  {'PROC':<6}{'MODS':<9}{'BILLED':>10} {'ALLOWED':>10} "
           f"{'DEDUCT':>9} {'COINS':>9}  {'GRP/RC-AMT':<16} {'PROV PD':>10}")

    def furniture(doc: Doc, pg: int) -> float:
        y = 34
        for t, f in ((f"CLEARPATH HEALTH EXCHANGE - REMITTANCE REPRINT (835 TO STANDARD PAPER FORMAT)   PAGE #: {pg} OF {{PAGES}}", "B"),
                     ("MEDICARE PART B - JURISDICTION 9 CONTRACTOR", "R"),
                     ("PO BOX 30912  CAMBRAY  FL 32301-0912          PROVIDER REMITTANCE ADVICE   DATE: 02/13/2026", "R"),
                     ("RIVERRUN REHAB PARTNERS                        NPI #: 1427750396", "R"),
                     ("2250 SAWGRASS BLVD STE 110                     CHECK/EFT #: 882201473   REMIT #: 00007713", "R"),
                     ("MILLBANK FL 32955", "R"), ("", "R"), (hdr, "B"), ("-" * 118, "R")):
            doc.text(X, y, t, f, SZ)
            y += LEAD
        doc.text(X, 766, "REPRINTED BY CLEARPATH HEALTH EXCHANGE FROM THE PAYER'S ELECTRONIC REMITTANCE. AMOUNTS AS RECEIVED.",
                 "R", 6)
        return y + LEAD / 2

    fl = Flow(doc, furniture, 748)
    lines, ctruth = [], []

    def put(t, f="R"):
        doc.text(X, fl.y, t, f, SZ)
        fl.y += LEAD

    for cl in claims:
        sv = cl["svcs"]
        n_extra = sum(max(0, len(s.adjs) - 1) for s in sv)
        fl.need(LEAD * (len(sv) + n_extra + 6))
        put(f"NAME {cl['pat']:<22} HIC {cl['hic']}  ACNT {cl['acnt']:<12} ICN {cl['icn']}  ASG Y  MOA MA01")
        for s in sv:
            a0 = s.adjs[0]
            put(f"1588206470  {s.dos:%m%d} {s.dos:%m%d%y}  11  {units_n(s.units):>3}  {s.code:<5} {''.join(f'{x:<3}' for x in s.mods):<9}"
                f"{m(s.billed, ''):>10} {m(s.allowed, ''):>10} {m(s.deductible, ''):>9} {m(s.coinsurance, ''):>9}  "
                f"{a0[0]}-{a0[1]:<5}{m(a0[2], ''):>8} {m(s.paid, ''):>10}")
            for g, rc, a in s.adjs[1:]:
                put(f"{'':<92}{g}-{rc:<5}{m(a, ''):>8}")
            if s.remarks:
                put(f"CNTL #: {cl['acnt']}-{sv.index(s) + 1:02d}  REM: {' '.join(s.remarks)}")
            lines.append(truth_line(doc.page, s, claim_id=cl["acnt"], payer_claim_id=cl["icn"], patient=cl["pat"],
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    service_end=s.dos, adjustments=s.adjs, remarks=s.remarks, description=False))
        pr = total(sv, "owes")
        put(f"{'PT RESP ' + m(pr, ''):<37}CLAIM TOTALS{m(total(sv, 'billed'), ''):>10} {m(total(sv, 'allowed'), ''):>10} "
            f"{m(total(sv, 'deductible'), ''):>9} {m(total(sv, 'coinsurance'), ''):>9}  {'':<16} {m(total(sv, 'paid'), ''):>10}", "B")
        put(f"ADJ TO TOTALS:  PREV PD  0.00   INTEREST  0.00   LATE FILING CHARGE  0.00          NET {m(total(sv, 'paid'), ''):>10}")
        fl.y += LEAD / 2
        ctruth.append({"claim_id": cl["acnt"], "payer_claim_id": cl["icn"], "patient": cl["pat"],
                       "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), pr)})
    allsv = [s for cl in claims for s in cl["svcs"]]
    fl.need(LEAD * 16)
    put("TOTALS:  # OF   BILLED      ALLOWED     DEDUCT      COINS       TOTAL-RC-AMT   PROV-PD     PROV-ADJ   CHECK-AMT", "B")
    put(f"         CLAIMS {m(total(allsv, 'billed'), ''):>10} {m(total(allsv, 'allowed'), ''):>11} {m(total(allsv, 'deductible'), ''):>10} "
        f"{m(total(allsv, 'coinsurance'), ''):>10}  {m(total(allsv, 'billed') - total(allsv, 'paid'), ''):>13}  "
        f"{m(total(allsv, 'paid'), ''):>10}  {'0.00':>9}  {m(total(allsv, 'paid'), ''):>9}")
    put(f"         {len(claims)}")
    fl.y += LEAD
    put("GLOSSARY: GROUP, REASON, MOA, REMARK CODES", "B")
    legend = [("CO", "Contractual obligation: amounts the provider may not collect from the patient."),
              ("PR", "Patient responsibility."),
              ("45", "Charge is over the fee schedule amount for this service."),
              ("1", "Deductible amount."), ("2", "Coinsurance amount."),
              ("50", "Not deemed medically necessary by the payer for this claim."),
              ("253", "Sequestration - federal payment reduction."),
              ("MA01", "Appeal rights: you may request a redetermination within 120 days."),
              ("MA130", "Claim contains therapy over the annual threshold with the KX attestation."),
              ("N130", "Consult plan benefit documents for coverage limits.")]
    for k, v in legend:
        put(f"{k:<6}{v}")
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages,
                "Medicare Part B standard paper remit reprinted by a clearinghouse, portrait core Courier: clearinghouse "
                "banner over payer and provider block, column line repeated on every page, NAME / HIC / ACNT / ICN / ASG / "
                "MOA claim line, SERV DATE 'MMDD MMDDYY', NOS count, modifiers in 3-wide slots after the code, first "
                "adjustment on the line and the rest on following lines under GRP/RC-AMT, CNTL #/REM lines, PT RESP and "
                "CLAIM TOTALS, ADJ TO TOTALS, a denied service, glossary.",
                lines, ctruth, legend)


def units_n(u: Decimal) -> str:
    return format(u.normalize(), "f")


# ============================================================================ L8 practice-management ERA detail report
def l8_pm_era_report(out: Path) -> None:
    name = "h117_l8_pm_remittance_detail"
    doc = Doc(out / f"{name}.pdf", "fpdf2", LAND, {"R": "LiberationSans", "B": "LiberationSans-Bold"})
    J = lambda d: D(2026, 1, d)  # noqa: E731
    prim = [
        dict(pat="Halvorsen, Margit", acct="100447", clm="22260351004213", svcs=[
            S(J(5), "97163", 1, ("GP",)), S(J(5), "97110", 2, ("GP",)), S(J(7), "97110", 2, ("GP",)),
            S(J(7), "97112", 1, ("GP",))]),
        dict(pat="Halvorsen, Per", acct="100448", clm="22260351004214", svcs=[
            S(J(6), "97165", 1, ("GO",)), S(J(6), "97530", 2, ("GO",)), S(J(13), "97530", 2, ("GO",)),
            S(J(13), "97535", 1, ("GO",))]),
        dict(pat="Quarshie, Abena", acct="100512", clm="22260351004388", svcs=[
            S(J(8), "92523", 1, ("GN",)), S(J(15), "92507", 1, ("GN",)), S(J(22), "92507", 1, ("GN",)),
            S(J(22), "97129", 1, ("GN", "59"), denied="CO")]),
        dict(pat="Delacroix-Imhoff, Sabine", acct="100530", clm="22260351004402", svcs=[
            S(J(12), "97140", 2, ("GP", "CQ")), S(J(12), "97110", 1, ("GP", "CQ")), S(J(14), "G0283", 1, ("GP",)),
            S(J(14), "97110", 2, ("GP", "CQ"))]),
    ]
    for i, cl in enumerate(prim):
        st = PlanState(ded_left=Decimal("60.00") if i == 1 else ZERO)
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="151")
            s.remarks = ["M86"] if s.denied else []
    # the Medigap crossover pays the coinsurance on two of those claims
    sec = []
    for cl, clm in ((prim[0], "MG-6610-2258-01"), (prim[3], "MG-6610-2291-01")):
        svcs = []
        for p in cl["svcs"]:
            s = S(p.dos, p.code, p.units, p.mods)
            s.allowed, s.paid = p.allowed, p.coinsurance + p.deductible
            s.adjs = [("OA", "23", s.billed - s.paid)]
            s.remarks = ["MA18"]
            svcs.append(s)
        sec.append(dict(pat=cl["pat"], acct=cl["acct"], clm=clm, svcs=svcs))
    spec = [(36, "l"), (84, "l"), (122, "l"), (176, "r"), (230, "r"), (280, "r"), (334, "r"), (390, "r"), (400, "l"),
            (646, "r"), (656, "l")]
    labels = ["DOS", "CPT", "Mods", "Units", "Charges", "Allowed", "Deductible", "Coinsurance", "Adjustments (group-reason amount)",
              "Paid", "Remarks"]

    def furniture(doc: Doc, pg: int) -> float:
        doc.text(36, 34, "TheraLedger PM", "B", 13)
        doc.text(140, 34, "Remittance Detail Report (from ERA)", "R", 10)
        doc.text(756, 30, "Cedar Fork Rehabilitation, PLLC  -  Tax ID XX-XXX4419", "R", 7.5, "r")
        doc.text(756, 40, f"Printed 02/16/2026 08:14 by mkowalczyk   Page {pg} of {{PAGES}}", "R", 7.5, "r")
        doc.line(36, 46, 756, 46, 1.0)
        doc.text(36, 590, "Report: ERA-DET-03  |  Filter: deposit date 02/13/2026 - 02/16/2026  |  Sort: payer, check, patient",
                 "R", 6.5)
        return 62

    fl = Flow(doc, furniture, 565)
    lines, ctruth = [], []
    for payer, chk, date_, cls in (("Medicare Part B - Great Lakes Contractor (J8)", "EFT 7002418853", "02/13/2026", prim),
                                   ("Keystone Senior Supplement Plan F (crossover)", "Check 0019928", "02/16/2026", sec)):
        allsv = [s for c in cls for s in c["svcs"]]
        fl.need(120)
        doc.rect(36, fl.y, 720, 28, 0.8, 0.9)
        doc.text(42, fl.y + 11, f"Payer: {payer}", "B", 9)
        doc.text(42, fl.y + 23, f"{chk}   Issue date {date_}   Payment amount {money(total(allsv, 'paid'))}   "
                 f"Claims {len(cls)}", "R", 8)
        fl.y += 40
        for cl in cls:
            sv = cl["svcs"]
            fl.need(50 + 12 * len(sv))
            doc.rect(36, fl.y, 720, 13, 0.4, 0.96)
            doc.text(40, fl.y + 9.5, f"Patient: {cl['pat']}     Acct #: {cl['acct']}     Payer Claim #: {cl['clm']}     "
                     f"Status: {'1 - Processed as Primary' if cls is prim else '2 - Processed as Secondary'}", "B", 7.5)
            fl.y += 24
            cols(doc, fl.y, spec, labels, "B", 7)
            doc.line(36, fl.y + 3, 756, fl.y + 3, 0.4)
            fl.y += 13
            for s in sv:
                cols(doc, fl.y, spec, [dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), f"{s.units:.1f}", m(s.billed),
                                       m(s.allowed), m(s.deductible), m(s.coinsurance),
                                       "  ".join(f"{g}-{r} {m(a)}" for g, r, a in s.adjs), m(s.paid),
                                       " ".join(s.remarks)], "R", 7.3)
                lines.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["clm"], patient=cl["pat"],
                                        printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                        adjustments=s.adjs, remarks=s.remarks, description=False))
                fl.y += 11
            doc.line(150, fl.y - 7, 756, fl.y - 7, 0.3)
            pr = total(sv, "owes") if cls is prim else ZERO
            cols(doc, fl.y + 1, spec, ["", "Claim totals", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                                       m(total(sv, "deductible")), m(total(sv, "coinsurance")),
                                       f"Patient responsibility {m(pr)}", m(total(sv, "paid"))], "B", 7.3)
            fl.y += 20
            ctruth.append({"claim_id": cl["acct"], "payer_claim_id": cl["clm"], "patient": cl["pat"],
                           "totals": claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)})
    legend = [("CO-45", "Contractual reduction to the fee schedule"), ("CO-253", "Federal sequestration reduction"),
              ("PR-1", "Applied to deductible"), ("PR-2", "Coinsurance"), ("CO-151", "Frequency not supported by the documentation"),
              ("OA-23", "Reduced by what the prior payer allowed or paid"), ("M86", "Service denied because a related service was paid"),
              ("MA18", "Claim was forwarded to the supplemental insurer")]
    fl.need(24 + 10 * ((len(legend) + 1) // 2))
    doc.text(36, fl.y, "Code legend", "B", 8)
    fl.y += 11
    for i, (k, v) in enumerate(legend):
        doc.text(36 + 360 * (i % 2), fl.y + 10 * (i // 2), f"{k}  {v}", "R", 7)
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages,
                "Practice-management system's remittance detail report built from Medicare ERAs, landscape Liberation "
                "Sans: user/print-time banner, payer bar with EFT or check and payment amount, shaded one-line claim "
                "heading (Patient Last, First / Acct # / Payer Claim # / Status), 'M/D/YYYY' dates, modifiers joined by "
                "commas, units '2.0', every adjustment inline in one cell ('CO-45 100.76  PR-2 11.85  CO-253 0.95'), "
                "a Medigap crossover section paying the coinsurance with OA-23, a denied service, code legend.",
                lines, ctruth, legend)


# ============================================================================ L9 therapy clinic family statement
def l9_clinic_statement(out: Path) -> None:
    name = "h117_l9_clinic_family_statement"
    doc = Doc(out / f"{name}.pdf", "reportlab", LETTER, {"R": "Helvetica", "B": "Helvetica-Bold"})
    J = lambda d: D(2026, 1, d)  # noqa: E731
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = [
        dict(v="V-20931", pat="Ingrid Solberg-Ames", dos=J(5), clm="PH2601994412", sent="01/07/2026", svcs=[
            S(J(5), "97166", 1, ("GO",)), S(J(5), "97530", 2, ("GO",))]),
        dict(v="V-20958", pat="Soren Solberg-Ames", dos=J(6), clm="PH2601995087", sent="01/08/2026", svcs=[
            S(J(6), "92523", 1, ("GN",)), S(J(6), "92507", 1, ("GN",))]),
        dict(v="V-21014", pat="Ingrid Solberg-Ames", dos=J(12), clm="PH2602001553", sent="01/14/2026", svcs=[
            S(J(12), "97530", 3, ("GO",)), S(J(12), "97533", 1, ("GO",)), S(J(12), "97535", 1, ("GO",))]),
        dict(v="V-21040", pat="Maja Solberg-Ames", dos=J(13), clm="PH2602002219", sent="01/15/2026", svcs=[
            S(J(13), "97161", 1, ("GP",)), S(J(13), "97110", 2, ("GP",)), S(J(13), "97035", 1, ("GP",), denied="PR")]),
        dict(v="V-21077", pat="Soren Solberg-Ames", dos=J(20), clm="PH2602010876", sent="01/21/2026", svcs=[
            S(J(20), "92507", 1, ("GN",)), S(J(20), "92526", 1, ("GN",))]),
        dict(v="V-21102", pat="Ingrid Solberg-Ames", dos=J(26), clm="PH2602018430", sent="01/27/2026", svcs=[
            S(J(26), "97530", 3, ("GO",)), S(J(26), "97112", 1, ("GO",)), S(J(26), "97140", 1, ("GO", "59"))]),
        dict(v="V-21139", pat="Maja Solberg-Ames", dos=J(28), clm=None, sent="01/29/2026", pending=True, svcs=[
            S(J(28), "97110", 2, ("GP",)), S(J(28), "97116", 1, ("GP",))]),
    ]
    for vi in visits:
        for s in vi["svcs"]:
            if not vi.get("pending"):
                commercial(s, st)
    payments = {J(12): ("Payment - thank you (card ending 4417)", Decimal("-75.00")),
                J(26): ("Payment - thank you (check 2208)", Decimal("-40.00"))}
    spec = [(40, "l"), (92, "l"), (196, "l"), (252, "l"), (388, "r"), (436, "r"), (484, "r"), (526, "r"), (572, "r")]
    labels = ["Date", "Patient", "Code", "Description", "Units", "Charges", "Ins. Paid", "Ins. Adj.", "You Owe"]
    allsv = [s for vi in visits for s in vi["svcs"] if not vi.get("pending")]
    due = total(allsv, "owes") + sum(a for _, a in payments.values())

    def furniture(doc: Doc, pg: int) -> float:
        doc.text(40, 756, "Questions about your bill? Call our billing office at (541) 555-0193, Mon-Fri 8:00-4:30.",
                 "R", 7)
        doc.text(572, 756, f"Page {pg} of {{PAGES}}", "R", 7, "r")
        if pg > 1:
            doc.text(40, 40, "Little Otter Therapy Works  -  Statement for account 55-01873 (continued)", "B", 9)
            doc.line(40, 46, 572, 46, 0.6)
            return 64
        return 40

    fl = Flow(doc, furniture, 730)
    y = fl.y
    doc.text(40, y + 6, "Little Otter Therapy Works", "B", 16)
    doc.text(40, y + 18, "Pediatric Occupational, Speech & Physical Therapy", "R", 8)
    doc.text(40, y + 28, "940 Riverbend Parkway, Suite 3  |  Corvane, OR 97331", "R", 8)
    doc.rect(372, y - 6, 200, 70, 0.8, None)
    for i, (k, v) in enumerate((("Statement Date", "02/06/2026"), ("Account No.", "55-01873"),
                                ("Please Pay By", "03/01/2026"), ("Amount Due", money(due)))):
        doc.text(380, y + 8 + 15 * i, k, "R", 8)
        doc.text(564, y + 8 + 15 * i, v, "B", 9 if k == "Amount Due" else 8, "r")
    y += 80
    doc.text(40, y, "KRISTIN SOLBERG-AMES", "R", 9)
    doc.text(40, y + 11, "2716 HAWTHORN CT", "R", 9)
    doc.text(40, y + 22, "CORVANE OR 97330-4402", "R", 9)
    doc.text(372, y, "Amount enclosed: $ ______________", "R", 9)
    doc.text(372, y + 14, "Make checks payable to Little Otter Therapy Works", "R", 7)
    y += 38
    for x in range(40, 572, 8):
        doc.line(x, y, x + 4, y, 0.5)
    doc.text(306, y + 9, "Please detach and return the top portion with your payment", "R", 6.5, "c")
    y += 24
    doc.rect(40, y, 532, 46, 0.5, 0.94)
    doc.text(48, y + 13, "Family members on this account:  Ingrid, Soren and Maja Solberg-Ames", "B", 8)
    doc.text(48, y + 26, "Insurance on file:  Pinecrest Health Plan, member KSA-7712904 (primary)", "R", 8)
    doc.text(48, y + 38, "Amounts under You Owe are what your plan says is your share after it processed each visit.", "R", 8)
    fl.y = y + 64
    lines, ctruth = [], []

    def thead():
        doc.text(40, fl.y, "Account Activity", "B", 10)
        fl.y += 16
        cols(doc, fl.y, spec, labels, "B", 7.5)
        doc.line(40, fl.y + 3, 572, fl.y + 3, 0.8)
        fl.y += 14

    thead()
    fl.cont = thead
    done_pay = set()
    for vi in visits:
        for d_, (txt, a) in payments.items():
            if d_ < vi["dos"] and d_ not in done_pay:
                done_pay.add(d_)
                fl.need(14)
                cols(doc, fl.y, spec, [dfmt(d_, "mdy4"), "", "", txt, "", "", "", "", m(a)], "R", 7.5)
                fl.y += 14
        fl.need(16 + 11 * len(vi["svcs"]))
        ins = (f"Billed to Pinecrest Health Plan {vi['sent']}, claim {vi['clm']}" if vi["clm"]
               else f"Billed to Pinecrest Health Plan {vi['sent']} - pending insurance")
        doc.text(40, fl.y, f"Visit {vi['v']}   {ins}", "B", 7.5)
        fl.y += 11
        for s in vi["svcs"]:
            base = [dfmt(s.dos, "mdy4"), vi["pat"], " ".join((s.code,) + s.mods), "", units_n(s.units), m(s.billed)]
            tail = ["Pending"] if vi.get("pending") else [m(s.paid), m(s.discount), m(s.owes)]
            wr = doc.wrap(s.desc, 110, "R", 7.5)
            fl.need(11 * len(wr))
            cols(doc, fl.y, spec, base + tail, "R", 7.5)
            for i, w in enumerate(wr):
                doc.text(252, fl.y + 9 * i, w, "R", 7.5)
            fl.y += 9 * (len(wr) - 1)
            pr = ("billed",) if vi.get("pending") else ("billed", "paid", "discount", "patient_owes")
            lines.append(truth_line(doc.page, s, claim_id=vi["v"], payer_claim_id=vi["clm"], patient=vi["pat"],
                                    printed=pr))
            fl.y += 11
        fl.y += 5
        ctruth.append({"claim_id": vi["v"], "payer_claim_id": vi["clm"], "patient": vi["pat"],
                       "totals": claim_totals(None, None, None, None)})
    fl.cont = None
    fl.need(80)
    doc.line(40, fl.y, 572, fl.y, 0.8)
    fl.y += 14
    allb = [s for vi in visits for s in vi["svcs"]]
    cols(doc, fl.y, spec, ["", "", "", "Totals this statement", "", m(total(allb, "billed")), m(total(allsv, "paid")),
                           m(total(allsv, "discount")), m(due)], "B", 7.5)
    fl.y += 22
    for i, (k, v) in enumerate((("Current", due), ("31-60 days", ZERO), ("61-90 days", ZERO), ("Over 90 days", ZERO))):
        doc.rect(40 + i * 133, fl.y, 125, 30, 0.5, None)
        doc.text(48 + i * 133, fl.y + 11, k, "R", 7.5)
        doc.text(158 + i * 133, fl.y + 24, money(v), "B", 8.5, "r")
    pages = doc.save()
    write_truth(doc.path, name, "reportlab", pages,
                "Pediatric therapy clinic statement to a parent (guarantor), portrait core Helvetica: tear-off stub with "
                "statement box and dashed cut line, family-members panel, 'Visit V-nnnnn  Billed to <plan> <date>, "
                "claim <no>' heading rows, Patient column naming three children, code and modifiers spaced ('97140 GO "
                "59'), Units, Charges / Ins. Paid / Ins. Adj. / You Owe, patient payments as rows without a code, a "
                "visit still pending with insurance (only the charge printed), aging boxes; no per-visit totals.",
                lines, ctruth, [])


# ============================================================================ L10 hospital family statement
def l10_hospital_statement(out: Path) -> None:
    name = "h117_l10_hospital_guarantor_statement"
    doc = Doc(out / f"{name}.pdf", "fpdf2", LETTER, {"R": "DejaVuSans", "B": "DejaVuSans-Bold"})
    J = lambda d: D(2026, 1, d)  # noqa: E731
    REV = {"97": "0430", "92": "0440", "G0": "0420", "L3": "0274", "99": "0510"}

    def rev(code: str, mods) -> str:
        if "GP" in mods:
            return "0420"
        return REV.get(code[:2], "0430")

    accts = [
        dict(acct="HA-6640192", pat="Wren Castellano-Hart", kind="Outpatient rehabilitation series",
             period="01/05/26 - 01/30/26", ins="Summit Valley Health Alliance", clm="SVH26-0481-7730",
             svcs=[S(J(5), "97167", 1, ("GO",)), S(J(5), "97530", 2, ("GO",)), S(J(7), "97530", 3, ("GO",)),
                   S(J(7), "97535", 1, ("GO",)), S(J(9), "97530", 3, ("GO",)), S(J(9), "97112", 1, ("GO",)),
                   S(J(12), "97530", 3, ("GO",)), S(J(12), "97140", 1, ("GO", "59")), S(J(14), "97530", 3, ("GO",)),
                   S(J(14), "97535", 2, ("GO",)), S(J(16), "97530", 3, ("GO",)), S(J(16), "97112", 1, ("GO",)),
                   S(J(21), "97530", 3, ("GO",)), S(J(21), "97760", 1, ("GO",)), S(J(21), "L3807", 1, ("RT",)),
                   S(J(23), "97530", 2, ("GO",)), S(J(23), "97533", 1, ("GO",)), S(J(28), "97530", 3, ("GO",)),
                   S(J(28), "97535", 1, ("GO",)), S(J(30), "97168", 1, ("GO",))],
             credit=(J(9), "97112", ("GO",)), ins_paid=Decimal("1468.22"), ins_adj=Decimal("902.43"),
             pt_paid=Decimal("100.00")),
        dict(acct="HA-6640355", pat="Julian Castellano-Hart", kind="Outpatient speech therapy",
             period="01/08/26 - 01/29/26", ins="Summit Valley Health Alliance", clm="SVH26-0493-1182",
             svcs=[S(J(8), "92523", 1, ("GN",)), S(J(15), "92507", 1, ("GN",)), S(J(22), "92507", 1, ("GN",)),
                   S(J(22), "92526", 1, ("GN",)), S(J(29), "92507", 1, ("GN",))],
             credit=None, ins_paid=Decimal("512.60"), ins_adj=Decimal("265.15"), pt_paid=ZERO),
        dict(acct="HA-6641027", pat="Marisol Castellano-Hart", kind="Outpatient physical therapy",
             period="01/19/26 - 01/26/26", ins="Summit Valley Health Alliance", clm=None,
             svcs=[S(J(19), "97163", 1, ("GP",)), S(J(19), "97110", 2, ("GP",)), S(J(26), "97110", 2, ("GP",)),
                   S(J(26), "G0283", 1, ("GP",))],
             credit=None, ins_paid=None, ins_adj=None, pt_paid=ZERO),
    ]
    accts = [accts[2], accts[1], accts[0]]
    for a in accts:
        if a["credit"]:
            d_, c_, mods = a["credit"]
            orig = next(s for s in a["svcs"] if s.dos == d_ and s.code == c_)
            cr = negate(orig)
            cr.desc = "Charge reversed - entered in error"
            i = a["svcs"].index(orig)
            a["svcs"].insert(i + 1, cr)
    spec = [(40, "l"), (92, "l"), (124, "l"), (178, "l"), (208, "l"), (470, "r"), (572, "r")]
    labels = ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def furniture(doc: Doc, pg: int) -> float:
        doc.text(40, 40, "ST. AUDRA VALLEY MEDICAL CENTER", "B", 12)
        doc.text(40, 51, "Patient Financial Services  |  PO Box 8810, Larkspur Falls, WA 98801  |  (509) 555-0121", "R", 7)
        doc.text(572, 40, "GUARANTOR STATEMENT", "B", 10, "r")
        doc.text(572, 51, f"Guarantor #: G-0083317   Page {pg} of {{PAGES}}", "R", 7, "r")
        doc.line(40, 57, 572, 57, 0.8)
        doc.text(306, 770, "St. Audra Valley Medical Center is a nonprofit hospital. Financial assistance is available; "
                 "ask us for an application.", "R", 6.3, "c")
        return 74

    fl = Flow(doc, furniture, 700)
    y = fl.y
    doc.text(40, y + 6, "ROSALIND CASTELLANO-HART", "R", 9)
    doc.text(40, y + 17, "88 SILVERBELL LANE", "R", 9)
    doc.text(40, y + 28, "LARKSPUR FALLS WA 98802", "R", 9)
    # right panel: summary
    doc.rect(330, y - 4, 242, 78, 0.6, 0.95)
    doc.text(338, y + 8, "Statement summary", "B", 8.5)
    bal = []
    for a in accts:
        tb = total(a["svcs"], "billed")
        a["balance"] = tb - (a["ins_paid"] or ZERO) - (a["ins_adj"] or ZERO) - a["pt_paid"]
        bal.append(a["balance"])
    for i, (k, v) in enumerate((("Statement date", "02/10/2026"), ("Accounts on this statement", str(len(accts))),
                                ("Balance due now", money(sum((a["balance"] for a in accts if a["ins_paid"] is not None), ZERO))),
                                ("Waiting on insurance", money(sum((a["balance"] for a in accts if a["ins_paid"] is None), ZERO))))):
        doc.text(338, y + 22 + 12 * i, k, "R", 7.5)
        doc.text(564, y + 22 + 12 * i, v, "B", 7.5, "r")
    fl.y = y + 92
    lines, ctruth = [], []
    for a in accts:
        def head(a=a, cont=False):
            doc.rect(40, fl.y, 532, 26, 0.4, 0.88)
            doc.text(44, fl.y + 10, f"Patient: {a['pat']}   Hospital account: {a['acct']}" + ("  (continued)" if cont else ""),
                     "B", 7.8)
            ins = f"{a['ins']}  claim no. {a['clm']}" if a["clm"] else f"{a['ins']}  (claim not yet processed)"
            doc.text(44, fl.y + 21, f"{a['kind']}  {a['period']}   Insurance: {ins}", "R", 7)
            fl.y += 38
            cols(doc, fl.y, spec, labels, "B", 7)
            doc.line(40, fl.y + 3, 572, fl.y + 3, 0.5)
            fl.y += 12
        fl.need(120)
        head()
        fl.cont = lambda a=a: head(a, True)
        for s in a["svcs"]:
            fl.need(11)
            cols(doc, fl.y, spec, [dfmt(s.dos, "mdy2"), rev(s.code, s.mods), s.code, " ".join(s.mods), s.desc,
                                   units_n(abs(s.units)) if s.units > 0 else units_n(-s.units),
                                   m(s.billed, ",", "trail") if s.billed >= 0 else f"{-s.billed:,.2f}CR"], "R", 7)
            lines.append(truth_line(doc.page, s, claim_id=a["acct"], payer_claim_id=a["clm"], patient=a["pat"],
                                    printed=("billed",), overrides={"units": units_n(abs(s.units))}))
            fl.y += 10.5
        fl.cont = None
        tb = total(a["svcs"], "billed")
        rows = [("Total charges", m(tb))]
        if a["ins_paid"] is not None:
            rows += [(f"Insurance payment - {a['ins']}", m(-a["ins_paid"])),
                     ("Insurance contractual adjustment", m(-a["ins_adj"]))]
        else:
            rows += [("Insurance payment pending", "")]
        if a["pt_paid"]:
            rows.append(("Patient payment received 01/22/26 - thank you", m(-a["pt_paid"])))
        rows.append(("Account balance" + (" (you owe)" if a["ins_paid"] is not None else " (not yet due)"), m(a["balance"])))
        fl.need(12 * len(rows) + 14)
        doc.line(330, fl.y - 6, 572, fl.y - 6, 0.4)
        for k, v in rows:
            doc.text(336, fl.y + 2, k, "B" if k.startswith(("Total", "Account")) else "R", 7)
            doc.text(572, fl.y + 2, v, "B" if k.startswith(("Total", "Account")) else "R", 7, "r")
            fl.y += 11
        fl.y += 14
        ctruth.append({"claim_id": a["acct"], "payer_claim_id": a["clm"], "patient": a["pat"],
                       "totals": claim_totals(tb, None, None, None)})
    fl.need(50)
    doc.text(40, fl.y, "Messages", "B", 8.5)
    doc.text(40, fl.y + 12, "Your insurance has paid its share on two accounts. The balances shown are your share under your plan.",
             "R", 7.3)
    doc.text(40, fl.y + 22, "A charge on account HA-6640192 was reversed because it was entered twice; it is shown as a credit (CR).",
             "R", 7.3)
    pages = doc.save()
    write_truth(doc.path, name, "fpdf2", pages,
                "Hospital guarantor statement to a parent, portrait DejaVu Sans: shaded account heading per family member "
                "(Patient / Hospital account / service series / insurer and claim no.), itemized charges with revenue "
                "code, CPT/HCPCS, Mod, Description, Qty and Charges only, a reversed duplicate charge printed '85.00CR', "
                "account summary lines (insurance payment, contractual adjustment, patient payment, balance) below the "
                "items, a 21-line account continuing onto page 2 under a repeated heading, an account not yet processed.",
                lines, ctruth, [])


LAYOUTS = [
    (l1_member_eob, {}), (l2_member_claims_statement, {}), (l3_msn, {}), (l4_ma_eob, {}),
    (l5_medicaid_grid, {"full_adj": True}), (l6_medicaid_lineprinter, {}),
    (l7_clearinghouse_spr, {"full_adj": True, "share_check": False}),
    (l8_pm_era_report, {"full_adj": True, "share_check": False}),
    (l9_clinic_statement, {}), (l10_hospital_statement, {}),
]


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    before = set(out.glob("*.pdf"))
    for fn, _ in LAYOUTS:
        fn(out)
    return sorted(set(out.glob("*.pdf")) - before) or sorted(out.glob("h117_*.pdf"))


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout117_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    build(out)
    pdfs = sorted(out.glob("h117_*.pdf"))
    print(f"wrote {len(pdfs)} PDFs to {out}")
    if not check:
        return 0
    bad = 0
    import hashlib
    import json
    with tempfile.TemporaryDirectory() as t2:
        build(Path(t2))
        for p in pdfs:
            for suf in ("", ".truth.json"):
                a = Path(str(p) + suf).read_bytes()
                b = (Path(t2) / (p.name + suf)).read_bytes()
                if hashlib.sha256(a).digest() != hashlib.sha256(b).digest():
                    print(f"NOT DETERMINISTIC: {p.name}{suf}")
                    bad += 1
    nl = npg = 0
    for p in pdfs:
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        fn_opts = next((o for f, o in LAYOUTS if t["layout"] == LAYOUT_NAMES[f.__name__]), {})
        errs = check_pdf(p, **fn_opts)
        nl += len(t["lines"])
        npg += t["pages"]
        print(f"{'ok ' if not errs else 'BAD'} {p.name}: {len(t['lines'])} lines, {len(t['claims'])} claims, "
              f"{t['pages']} pages, {t['producer']}")
        for e in errs:
            print("    " + e)
        bad += len(errs)
    if len(pdfs) < 10:
        print("fewer than 10 PDFs")
        bad += 1
    print(f"total {nl} lines on {npg} pages; {'CHECK PASSED' if not bad else f'CHECK FAILED ({bad} problems)'}")
    return 1 if bad else 0


LAYOUT_NAMES = {
    "l1_member_eob": "h117_l1_member_eob_portrait", "l2_member_claims_statement": "h117_l2_member_claims_statement",
    "l3_msn": "h117_l3_medicare_summary_notice", "l4_ma_eob": "h117_l4_medicare_advantage_eob",
    "l5_medicaid_grid": "h117_l5_medicaid_ra_grid", "l6_medicaid_lineprinter": "h117_l6_medicaid_ra_mono",
    "l7_clearinghouse_spr": "h117_l7_clearinghouse_spr", "l8_pm_era_report": "h117_l8_pm_remittance_detail",
    "l9_clinic_statement": "h117_l9_clinic_family_statement",
    "l10_hospital_statement": "h117_l10_hospital_guarantor_statement",
}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
