"""Write the 32nd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two of
each of the five commonest real kinds (commercial member EOBs; a Medicare Summary Notice and a Medicare Advantage
member EOB; state Medicaid remittance advices; Medicare Part B remits printed by a practice-management system / a
clearinghouse; family statements from a therapy clinic and a hospital), each in a house style unlike sets 1-31.
Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout32/make_heldout32_pdfs.py OUT_DIR             (writes the PDFs and truth files)
      python bench/heldout32/make_heldout32_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (written
with samples/pdf/eobgen.write_truth, <name>.pdf.truth.json), printed values only, null for what a layout does not
print (units too: no units printed -> null; modifiers [] when none printed); description null throughout.
claim_id = the provider's own account / patient-control / visit / hospital-account number printed with the claim,
payer_claim_id = the payer's claim number / ICN / claim control no., patient = the person served exactly as printed
(not the subscriber or guarantor unless the same person). Where a line prints From and To / Thru, service_end is
that date. Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness; pages are recorded and rendered at
the end so "Page n of N" is exact). h32kit.py holds the drawing kit, the truth collector and the check.

Layouts (6 files so far; claims continued across a page break in c1, m1, d1):
  c1  commercial PPO member "Summary of Health Plan Payments", fpdf2 portrait DejaVu Sans Condensed: member box,
      per-member deductible table (four members), bordered claim bars "<name> (Son) | Claim # | Patient account # |
      Provider", Date 01/05/2026 / wrapped Service / Code "97530 GO" / Amount charged / Network savings / Allowed /
      Deductible / Copay / Coinsurance / Not covered / Plan paid / You owe / Notes, no units, an excluded 0552T the
      member owes, a no-referral line the member does not owe, Claim totals rows, a claim continued on page 2 under
      its repeated bar "(continued)" + header, notes legend
  c2  regional plan "Plan Activity Statement" (narrative style), reportlab landscape Liberation Serif: claim heads
      "Claim No. / Patient / Provider / Your provider's account no.", Date / Procedure and Explanation (code line,
      then wrapped plain explanation sentences) / Amount Charged / Amount Adjusted / What Your Plan Paid / What
      You Owe or May Have Paid / Status (Paid / Denied / Adjusted), three family members, a reprocessed claim whose
      earlier payment is taken back ("Adjusted", leading-minus amounts) and reissued, Claim Totals; PLANTED
      claim-total mismatch (What You Owe total of claim KR2601-0093315 printed 10.00 too high)
  m1  Medicare Summary Notice Part B, reportlab portrait DejaVu Sans: dashboard page, then per-provider claim boxes
      with a shaded LEFT panel (provider, address, claim number, "Referred by") beside the table: Date 01/05/26 /
      Service Provided & Billing Code ("Gait training (97116)") / Service Approved? / Amount Provider Charged /
      Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes, a denied line, Total
      for this claim, a claim continued onto page 3 "(continued)", notes
  m2  Medicare Advantage HMO monthly member EOB, fpdf2 landscape core Helvetica: cost summary strip, ONE flat table
      for the month with the claim number on every row and provider band rows ("Provider's account #"), Service
      date 1/5/26 / Claim number / Service (code) "97110-GP" / Qty / Provider charged / Plan-approved / Plan paid /
      Copay / Not covered / Your share / Notes, $15 copay once per visit day, a not-authorized line the member does
      not owe, provider subtotal rows
  d1  state Medicaid "REMITTANCE ADVICE", reportlab landscape Liberation Sans 7 pt: CLAIMS PAID / CLAIMS DENIED
      sections, bold claim lines "NAME LAST, FIRST  RECIP ID  ICN  PAT ACCT  MRN" with the claim billed / allowed /
      paid at its end, detail lines LI / DATES OF SERVICE 010526 010526 / PROC / MODS "GO U5" / UNITS "3.00" / BILLED
      / ALLOWED / PAID / ADJ (GRP RSN AMT "CO 45 174.45") / EOB 4-digit, a 21-line claim continued onto page 2
      ("CLAIM CONTINUED"), a wholly denied claim (CO 197), EOB legend, 2 pages
  d2  state Medicaid portal "Remittance Advice", fpdf2 portrait DejaVu Serif: RA number box, Claims Summary by status,
      Payment Summary, Claim Detail by status (Paid / Denied / Credited): label:value claim blocks (Beneficiary Name /
      Beneficiary ID / Patient Account # / ICN / Claim Billed / Claim Paid), Line / Svc From / Svc To 01/05/2026 /
      Proc / Mod 1 / Mod 2 / Units "2.00" / Billed / Allowed / Paid / CARC "CO-45" (no amounts) / RARC, a credited
      (voided) claim with leading-minus amounts and its replacement, a bundled CO-97 line, 1 page
  (NOT YET WRITTEN, time ran out: p1 / p2 Medicare Part B remits from a practice-management system and a
   clearinghouse, s1 / s2 family statements from a therapy clinic and a hospital. This set has 6 layouts.)

Truth decisions: c1 prints no units (null), Network savings = discount, You owe = patient_owes (incl. not covered
the member owes), Notes codes remarks; c2 prints no allowed and no units, Amount Adjusted = discount, What You Owe =
patient_owes, the reversal keeps the same code with negative amounts; m1 prints no units, no modifiers and no
provider account (claim_id null), allowed = Medicare-Approved, paid = Amount Medicare Paid (after the 2% reduction),
patient_owes = Maximum You May Be Billed, See Notes letters are remarks, patient = the beneficiary; m2 Plan-approved =
allowed, Your share = patient_owes, claim_id = the provider's account # on the band row, claim totals are not printed (provider subtotals are not claims); d1's ADJ
entries are adjustments with amounts (billed - adjustments = paid), EOB codes remarks, the TO date gives
service_end; d2's CARC codes are adjustments without amounts, RARC remarks, Svc To gives service_end, the credited
claim keeps positive units.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every service
row (with its wrapped text and stacked adjustment / remark lines); the check reads each written PDF's text layer
with pdfplumber and finds every truth date, code, modifier, units value, amount, adjustment and remark INSIDE that
band as whole tokens in the layout's own print format; ids and patients in the document's text; the page count and
every printed "Page n of N"; arithmetic per layout (billed - adjustments = paid where every adjustment is printed
with its amount; billed - discount - not covered = allowed and allowed - deductible - copay - coinsurance = paid where
printed; patient owes = its printed parts); claim totals printed in their totals row and equal to the sum of their
lines unless the mismatch is the declared expected finding; legend codes printed; at least three files with a claim
continued onto the next page.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "samples" / "pdf"))

import eobgen as G  # noqa: E402
from eobgen import ZERO, PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q  # noqa: E402
from h32kit import Band, Collector, Doc, Fmt, check, sw, wrap  # noqa: E402

# Codes the shared fee tables lack (invented charges and rates).
for _c, _fee, _rate, _d in (
    ("97533", "98.00", "31.54", "Sensory integration activities"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("97164", "140.00", "69.32", "PT re-evaluation"),
    ("99214", "230.00", "124.33", "Office visit, established, moderate"),
    ("E0730", "190.00", "41.67", "TENS unit, four lead"),
):
    G.FEE.setdefault(_c, _fee)
    G.SCHED.setdefault(_c, _rate)
    G.DESC.setdefault(_c, _d)

D = date(2026, 1, 5)


def day(n: int) -> date:
    return D + timedelta(days=n)


def T(page, s, **kw):
    kw.setdefault("description", False)
    return G.truth_line(page, s, **kw)


def band(doc: Doc, top_base: float, last_base: float, size: float) -> Band:
    return Band(doc.pno, top_base - size - 0.5, last_base + 1.5)


def cols_header(doc, cols, y, font, size, lead=None, shade=None, x0=None, x1=None):
    """cols: (label, x, align) with label lines split on '|'; x is the left edge (l), right edge (r) or centre."""
    lead = lead or size + 1.2
    n = max(len(c[0].split("|")) for c in cols)
    if shade is not None:
        doc.rect(x0, y - 1, x1 - x0, n * lead + 3, fill=shade, stroke=0)
    for label, x, al in cols:
        parts = label.split("|")
        off = n - len(parts)
        for i, p in enumerate(parts):
            doc.text(x, y + (off + i + 1) * lead - 1.5, p, font, size, al)
    return y + n * lead + 3


def put(doc, cols, y, cells, font, size, lead=None):
    """Draw one row; cells aligned with cols; a cell may be a list of lines. Returns (y_after, last_baseline)."""
    lead = lead or size + 1.5
    nl = 1
    for (label, x, al), c in zip(cols, cells):
        if c is None:
            continue
        lines = c if isinstance(c, list) else [c]
        nl = max(nl, len(lines))
        for i, t in enumerate(lines):
            doc.text(x, y + size + i * lead, t, font, size, al)
    return y + nl * lead + 1.5, y + size + (nl - 1) * lead


# ============================================================================================ c1
def c1(out: Path):
    doc = Doc("fpdf2")
    F, FB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    fm = lambda d: money(d, "$")  # noqa: E731
    fmt = Fmt(money=fm, date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: [" ".join([c] + list(m))])
    col = Collector("h32_c1_summary_health_plan_payments", "fpdf2",
                    "Commercial PPO member Summary of Health Plan Payments, portrait; four family members; "
                    "claim bars, no units; a claim continued on page 2.", fmt)
    col.must_span = True
    col.identities = [
        ("billed-savings-nc=allowed", lambda t: Decimal(t["billed"]) - Decimal(t["discount"])
         - Decimal(t["not_covered"]) == Decimal(t["allowed"])),
        ("allowed-ded-copay-coins=paid", lambda t: Decimal(t["allowed"]) - Decimal(t["deductible"])
         - Decimal(t["copay"]) - Decimal(t["coinsurance"]) == Decimal(t["paid"])),
        ("owes=parts", lambda t: Decimal(t["patient_owes"]) in (
            Decimal(t["deductible"]) + Decimal(t["copay"]) + Decimal(t["coinsurance"]),
            Decimal(t["deductible"]) + Decimal(t["copay"]) + Decimal(t["coinsurance"]) + Decimal(t["not_covered"])))]
    col.legend = [("N12", "Your network provider accepted the allowed amount; you do not pay the savings shown."),
                  ("N31", "Applied to your deductible for this plan year."),
                  ("X07", "Not a covered benefit under your plan. The provider may bill you for it."),
                  ("X22", "No referral was on file. Your in-network provider may not bill you for this service.")]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st3 = PlanState(ded_left=Decimal("0"), copay_codes={"99213": Decimal("30.00")}, allowed_rate=Decimal("0.80"))
    claims = []
    # claim A: Ellis (son) OT
    a = []
    for d_, codes in ((0, [("97165", 1, ("GO",))]), (2, [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                      (7, [("97530", 2, ("GO",)), ("97112", 1, ("GO", "59"))]), (9, [("0552T", 1, ())])):
        for c, u, m in codes:
            s = Svc(day(d_), c, u, m, denied="PR" if c == "0552T" else None)
            commercial(s, st, deny_reason="96")
            s.remarks = ["X07"] if s.denied else (["N12", "N31"] if s.deductible else ["N12"])
            a.append(s)
    claims.append(("Ellis Vance", "Son", "2601-HB-0048812", "BTC-20417", "Brightwater Therapy Collective", a))
    # claim B: Junie (daughter) speech + OT, long
    b = []
    for k in range(12):
        d_ = [0, 1, 3, 7, 8, 10, 14, 15, 17, 21, 22, 24][k]
        b.append(Svc(day(d_), "92507", 1, ("GN",)))
        b.append(Svc(day(d_), "97530" if k % 2 else "97533", 1, ("GO",)))
    b.insert(0, Svc(day(0), "92523", 1, ("GN",)))
    for s in b:
        commercial(s, st2)
        s.remarks = ["N12"]
    b[5] = Svc(b[5].dos, b[5].code, b[5].units, b[5].mods, denied="CO")
    commercial(b[5], st2, deny_reason="197")
    b[5].owes = ZERO
    b[5].remarks = ["X22"]
    claims.append(("Junie Vance", "Daughter", "2601-HB-0051276", "KSS-0093311", "Kestrel Speech & Sensory", b))
    c_ = []
    for s in (Svc(day(2), "99213", 1, ()), Svc(day(2), "97140", 2, ("GP",)), Svc(day(2), "97110", 1, ("GP",))):
        commercial(s, st3)
        s.remarks = ["N12"]
        c_.append(s)
    claims.append(("Maren Vance", "Spouse", "2601-HB-0053390", "NSP-118204", "Northgate Spine & Physio", c_))
    m_ = []
    for s in (Svc(day(6), "97161", 1, ("GP",)), Svc(day(8), "97110", 2, ("GP", "CQ")),
              Svc(day(8), "97140", 1, ("GP",))):
        commercial(s, st2)
        s.remarks = ["N12"]
        m_.append(s)
    claims.append(("Theodore Vance", "Self", "2601-HB-0054471", "NSP-118377", "Northgate Spine & Physio", m_))

    W = 612
    cols = [("Date", 30, "l"), ("Service", 78, "l"), ("Code", 178, "l"), ("Amount|charged", 255, "r"),
            ("Network|savings", 293, "r"), ("Allowed|amount", 331, "r"), ("Deduct-|ible", 365, "r"),
            ("Copay", 397, "r"), ("Coin-|surance", 432, "r"), ("Not|covered", 468, "r"),
            ("Plan|paid", 505, "r"), ("You|owe", 543, "r"), ("Notes", 550, "l")]
    size = 6.6
    bottom = 740

    def furniture(first):
        doc.new_page()
        doc.text(30, 40, "Harborline Blue Mutual", FB, 15)
        doc.text(30, 51, "PO Box 48120  Fall River Junction, MA 02799", F, 7)
        doc.text(582, 38, "Summary of Health Plan Payments", FB, 11, "r")
        doc.text(582, 50, "THIS IS NOT A BILL", FB, 8, "r")
        doc.line(30, 58, 582, 58, 1.2)
        doc.text(30, 770, "Questions? Member Service 1-800-555-0142 (TTY 711), Mon-Fri 8 a.m.-6 p.m.", F, 6.5)
        doc.text(582, 770, "Page {n} of {N}", F, 6.5, "r")
        doc.text(30, 778, "Harborline Blue Mutual is an independent licensee; statement date January 26, 2026.",
                 F, 5.8, gray=0.35)
        return 70 if not first else 70

    y = furniture(True)
    doc.rect(30, y, 260, 58, stroke=0.6)
    for i, t in enumerate(("THEODORE VANCE", "41 Quarry Hill Road", "Dunmore Falls, MA 01977")):
        doc.text(38, y + 14 + i * 11, t, F, 8)
    doc.rect(310, y, 272, 58, fill=0.93, stroke=0.6)
    for i, (k, v) in enumerate((("Subscriber", "Theodore Vance"), ("Member ID", "HBM 7731-0082-4"),
                               ("Group", "Eastmarch Tool & Die, 004417"), ("Plan", "Blue Choice PPO 2500"))):
        doc.text(318, y + 13 + i * 11, k, FB, 7)
        doc.text(390, y + 13 + i * 11, v, F, 7)
    y += 72
    doc.text(30, y, "Your plan year to date (in network)", FB, 9)
    y += 6
    dc = [("Member", 30, "l"), ("Deductible met|of $500 / person", 230, "r"),
          ("Out-of-pocket met|of $3,000 / person", 360, "r"), ("Claims in this|summary", 450, "r")]
    y = cols_header(doc, dc, y, FB, 6.8, shade=0.85, x0=30, x1=582)
    for nm, ded, oop, n in (("Theodore (Self)", "$0.00", "$62.18", "1"), ("Maren (Spouse)", "$0.00", "$30.00", "1"),
                            ("Ellis (Son)", "$250.00", "$324.38", "1"), ("Junie (Daughter)", "$0.00", "$211.40", "1")):
        y, _ = put(doc, dc, y, [nm, ded, oop, n], F, 7)
        doc.line(30, y, 582, y, 0.3, gray=0.6)
    y += 12
    doc.text(30, y, "Claims we processed", FB, 10)
    y += 8

    def head(y):
        return cols_header(doc, cols, y, FB, 6.2, shade=0.82, x0=30, x1=582)

    for name, rel, pcn, acct, prov, svcs in claims:
        if y + 60 > bottom:
            y = furniture(False)
        def bar(y, cont=False):
            doc.rect(30, y, 552, 13, fill=0.95, stroke=0.6)
            doc.text(34, y + 9.3, f"{name} ({rel})" + ("  (continued)" if cont else ""), FB, 7.5)
            doc.text(190, y + 9.3, f"Claim # {pcn}   |   Patient account # {acct}   |   Provider: {prov}", F, 6.8)
            return y + 15
        y = bar(y)
        y = head(y)
        for s in svcs:
            desc = wrap(G.LONG_DESC.get(s.code, s.desc), F, size, 95)
            need = len(desc) * (size + 1.5) + 2
            if y + need > bottom - 30:
                y = furniture(False)
                y = bar(y, True)
                y = head(y)
            cells = [dfmt(s.dos, "mdy4"), desc, " ".join((s.code,) + s.mods), fm(s.billed), fm(s.discount),
                     fm(s.allowed), fm(s.deductible), fm(s.copay), fm(s.coinsurance), fm(s.not_covered),
                     fm(s.paid), fm(s.owes), " ".join(s.remarks)]
            y0 = y
            y, lb = put(doc, cols, y, cells, F, size)
            doc.line(30, y - 0.5, 582, y - 0.5, 0.25, gray=0.7)
            col.add(T(doc.pno, s, claim_id=acct, payer_claim_id=pcn, patient=name, units=False,
                      printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                               "not_covered", "paid", "patient_owes"), remarks=s.remarks),
                    [band(doc, y0 + size, lb, size)])
        tot = {k: sum((getattr(s, k) for s in svcs), ZERO) for k in
               ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered", "paid", "owes")}
        y0 = y
        y, lb = put(doc, cols, y, ["", "Claim totals", "", fm(tot["billed"]), fm(tot["discount"]),
                                   fm(tot["allowed"]), fm(tot["deductible"]), fm(tot["copay"]),
                                   fm(tot["coinsurance"]), fm(tot["not_covered"]), fm(tot["paid"]),
                                   fm(tot["owes"]), ""], FB, size)
        col.set_totals(acct, pcn, band(doc, y0 + size, lb, size), billed=tot["billed"], allowed=tot["allowed"],
                       paid=tot["paid"], patient_owes=tot["owes"])
        doc.text(34, y + 8, f"We paid {fm(tot['paid'])} to {prov}.", F, 6.8)
        y += 20
    if y + 70 > bottom:
        y = furniture(False)
    doc.text(30, y, "Notes", FB, 9)
    y += 4
    for c, t in col.legend:
        y += 10
        doc.text(30, y, c, FB, 7)
        doc.text(55, y, t, F, 7)
    pdf = out / (col.name + ".pdf")
    doc.render(pdf)
    col.write(pdf, doc.pno)
    return pdf, col, doc.pno


# ============================================================================================ c2
def c2(out: Path):
    doc = Doc("reportlab", (792, 612))
    F, FB, FI = "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"
    fm = lambda d: money(d, "$")  # noqa: E731
    fmt = Fmt(money=fm, date=lambda d: dfmt(d, "mdy4"), code=lambda c, m: [c] + list(m))
    col = Collector("h32_c2_plan_activity_statement", "reportlab",
                    "Regional plan Plan Activity Statement, landscape narrative rows; reprocessed claim; planted "
                    "claim-total mismatch.", fmt)
    col.identities = [("billed-adjusted-paid=owe", lambda t: Decimal(t["billed"]) - Decimal(t["discount"])
                       - Decimal(t["paid"]) == Decimal(t["patient_owes"]))]
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    expl = {
        "ded": "The provider accepted our negotiated rate. Part of the allowed amount was applied to your deductible; "
               "10% coinsurance applies to the rest.",
        "coins": "The provider accepted our negotiated rate. You pay 10% coinsurance of the allowed amount.",
        "deny": "Your coverage does not include this service when billed by this type of provider, so no "
                "payment can be made. You are responsible for the amount charged.",
        "rev": "This line takes back our earlier payment on this service. The claim was processed again below.",
    }
    data = []
    # Nora (daughter)
    n1 = [Svc(day(0), "97166", 1, ("GO",)), Svc(day(0), "97530", 2, ("GO",)), Svc(day(2), "97530", 3, ("GO",)),
          Svc(day(2), "97760", 1, ("GO",)), Svc(day(2), "L3807", 1, ("RT",))]
    data.append(("Nora Whitcomb", "K26-0109-33817", "LPT-88120", "Lakeshore Pediatric Therapy", n1, None))
    d1_ = [Svc(day(1), "97163", 1, ("GP",)), Svc(day(3), "97110", 2, ("GP",)), Svc(day(3), "97140", 1, ("GP", "59")),
           Svc(day(3), "0552T", 1, ())]
    data.append(("Declan Whitcomb", "KR2601-0093315", "ACH-55071", "Arrowcreek Hand & Physio", d1_, None))
    p1_ = [Svc(day(-20), "97140", 2, ("GP",)), Svc(day(-20), "97112", 1, ("GP",))]
    data.append(("Priya Anand-Whitcomb", "KR2512-0881402", "ACH-54410", "Arrowcreek Hand & Physio", p1_, "rev"))
    p2_ = [Svc(day(-20), "97140", 2, ("GP",)), Svc(day(-20), "97112", 1, ("GP",)), Svc(day(-20), "97110", 1, ("GP",))]
    data.append(("Priya Anand-Whitcomb", "KR2601-0102277", "ACH-54410", "Arrowcreek Hand & Physio", p2_, None))
    for _n, _c, _a, _p, svcs, kind in data:
        for s in svcs:
            if s.code == "0552T":
                s.denied = "PR"
            commercial(s, st)
            s.status = "Denied" if s.denied else "Paid"
            s.x = "deny" if s.denied else ("ded" if s.deductible else "coins")
    # the reversal: negate the original payment of p1_
    rev = []
    for s in data[2][4]:
        r = negate(s)
        r.status, r.x = "Adjusted", "rev"
        rev.append(r)
    data[2] = data[2][:4] + (rev, "rev")

    cols = [("Date", 36, "l"), ("Procedure and Explanation", 100, "l"), ("Amount|Charged", 470, "r"),
            ("Amount|Adjusted", 535, "r"), ("What Your|Plan Paid", 605, "r"), ("What You Owe or|May Have Paid", 690, "r"),
            ("Status", 705, "l")]
    size = 8
    bottom = 560

    def furniture():
        doc.new_page()
        doc.rect(0, 0, 792, 34, fill=0.2, stroke=0)
        doc.text(36, 22, "KEYSTONE RIDGE HEALTH PLAN", FB, 14, gray=1)
        doc.text(756, 22, "Plan Activity Statement", FB, 12, "r", gray=1)
        doc.text(36, 592, "Keystone Ridge Health Plan  |  200 Lantern Street, Harmonsburg, PA 17399  |  "
                 "1-877-555-0190  |  keystoneridge.example", F, 7)
        doc.text(756, 592, "Page {n} of {N}", F, 7, "r")
        return 48

    y = furniture()
    for i, t in enumerate(("PRIYA ANAND-WHITCOMB", "7 Fernhollow Court", "Millbrook Station, PA 17408")):
        doc.text(36, y + 10 + i * 11, t, F, 9)
    for i, (k, v) in enumerate((("Statement date", "January 28, 2026"), ("Member", "Priya Anand-Whitcomb"),
                               ("Member ID", "KRH-2204-88150"), ("Group", "Tidewater County Schools"))):
        doc.text(470, y + 10 + i * 11, k, FB, 8.5)
        doc.text(560, y + 10 + i * 11, v, F, 8.5)
    y += 60
    doc.text(36, y, "This is not a bill. It shows how we handled claims for you and the family members on your plan.",
             FI, 9)
    y += 10
    owe_plant = "KR2601-0093315"
    for name, pcn, acct, prov, svcs, kind in data:
        if y + 70 > bottom:
            y = furniture()
        doc.line(36, y + 4, 756, y + 4, 1)
        y += 16
        doc.text(36, y, f"Claim No. {pcn}", FB, 9.5)
        doc.text(180, y, f"Patient: {name}", FB, 9.5)
        doc.text(380, y, f"Provider: {prov}", F, 9)
        doc.text(756, y, f"Your provider's account no. {acct}", F, 8.5, "r")
        y += 4
        y = cols_header(doc, cols, y, FB, 7.5)
        doc.line(36, y, 756, y, 0.4)
        for s in svcs:
            lines = [" ".join([s.code] + list(s.mods)) + "  " + s.desc] + wrap(expl[s.x], F, 7.5, 330)
            need = len(lines) * 10 + 4
            if y + need > bottom:
                y = furniture()
                y = cols_header(doc, cols, y, FB, 7.5)
            y0 = y
            doc.text(36, y + size, dfmt(s.dos, "mdy4"), F, size)
            doc.text(100, y + size, lines[0], FB, size)
            for i, t in enumerate(lines[1:]):
                doc.text(108, y + size + (i + 1) * 9.5, t, F, 7.5)
            for (lab, x, al), v in zip(cols[2:6], (s.billed, s.discount, s.paid, s.owes)):
                doc.text(x, y + size, fm(v), F, size, al)
            doc.text(705, y + size, s.status, F, size)
            lb = y + size + (len(lines) - 1) * 9.5
            y = lb + 5
            doc.line(100, y - 1, 756, y - 1, 0.2, gray=0.7)
            col.add(T(doc.pno, s, claim_id=acct, payer_claim_id=pcn, patient=name, units=False,
                      printed=("billed", "discount", "paid", "patient_owes")), [band(doc, y0 + size, lb, size)])
        tb, td, tp, to = (sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "discount", "paid", "owes"))
        to_p = to + Decimal("10.00") if pcn == owe_plant else to
        if pcn == owe_plant:
            col.findings.append(f"claim-total-mismatch claim {pcn}: printed What You Owe total {to_p} "
                                f"but the lines add up to {to}")
        y0 = y
        doc.text(100, y + size, "Claim Totals", FB, size)
        for (lab, x, al), v in zip(cols[2:6], (tb, td, tp, to_p)):
            doc.text(x, y + size, fm(v), FB, size, al)
        col.set_totals(acct, pcn, band(doc, y0 + size, y0 + size, size), billed=tb, paid=tp, patient_owes=to_p)
        y += size + 6
    if y + 60 > bottom:
        y = furniture()
    y += 14
    doc.text(36, y, "If you disagree with how a claim was handled, you may ask for a review within 180 days of this "
             "statement. Call the number below or write to Appeals, PO Box 7720, Harmonsburg, PA 17399.", F, 8)
    pdf = out / (col.name + ".pdf")
    doc.render(pdf)
    col.write(pdf, doc.pno)
    return pdf, col, doc.pno


def fin(doc, col, out):
    pdf = out / (col.name + ".pdf")
    doc.render(pdf)
    col.write(pdf, doc.pno)
    return pdf, col, doc.pno


# ============================================================================================ m1
def m1(out: Path):
    doc = Doc("reportlab")
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    fm = lambda d: money(d, "$")  # noqa: E731
    fmt = Fmt(money=fm, date=lambda d: dfmt(d, "mdy2"), code=lambda c, m: [f"({c})"])
    col = Collector("h32_m1_msn_part_b_left_panel", "reportlab",
                    "Medicare Summary Notice Part B, claim boxes with a shaded left provider panel; claim continued "
                    "onto page 3.", fmt)
    col.must_span = True
    col.identities = [("owes<=billed", lambda t: Decimal(t["patient_owes"]) <= Decimal(t["billed"]))]
    col.legend = [("A", "The amount Medicare paid the provider is 2% less than usual because of a federal law "
                        "that reduces payments."),
                  ("B", "This amount counts toward your Part B deductible for the year."),
                  ("C", "Medicare does not pay for this item or service; you may be billed for it because you "
                        "were told in advance it might not be covered."),
                  ("D", "The provider agreed to accept assignment and may not charge more than the approved amount.")]
    who = "FLORENCE M. DELACROIX"
    st = PlanState(ded_left=Decimal("120.00"))
    claims = []
    for pcn, prov, addr, ref, plan in (
        ("22600512340810", "Cobblestone Rehabilitation Services", "88 Wharf Lane, Port Ellery, ME 04199",
         "Dr. Anselm Rook", [(0, "97161", 1), (0, "97110", 2), (2, "97110", 2), (2, "97140", 1), (7, "97116", 2),
                             (7, "97110", 1), (9, "97112", 2), (9, "G0283", 1)]),
        ("22600698112045", "Tidemark Hand & Upper Limb Clinic", "14 Spindle Row, Port Ellery, ME 04199",
         "Dr. Anselm Rook", [(1, "97165", 1), (1, "97760", 1), (1, "L3807", 1), (3, "97530", 2), (8, "97530", 2),
                             (8, "97140", 1), (10, "97535", 1), (10, "0552T", 1), (14, "97530", 2), (14, "97168", 1),
                             (16, "97530", 2), (16, "97535", 1), (21, "97530", 2), (21, "97112", 1), (23, "97530", 2),
                             (23, "97110", 1), (28, "97530", 2), (28, "97168", 1)]),
        ("22600733019772", "Lindenfall Speech and Swallowing", "301 Quarry Street, Belden, ME 04203",
         "Dr. Miriam Castellane", [(6, "92523", 1), (13, "92507", 1), (20, "92507", 1), (27, "92507", 1)])):
        svcs = []
        for d_, c, u in plan:
            s = Svc(day(d_), c, u, ("GP",) if c.startswith("971") else (), denied="PR" if c == "0552T" else None)
            medicare(s, st, deny_reason="96")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A", "D"])
            svcs.append(s)
        claims.append((pcn, prov, addr, ref, svcs))

    def furniture():
        doc.new_page()
        doc.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 13)
        doc.text(40, 54, f"{who}   |   Medicare Number XXXX-XX4-QP71   |   Notice date February 3, 2026", F, 8)
        doc.line(40, 60, 572, 60, 1.5)
        doc.text(40, 765, "Call 1-800-MEDICARE (1-800-555-0123) with questions. TTY users 1-877-555-0148.", F, 7)
        doc.text(572, 765, "Page {n} of {N}", F, 7, "r")
        return 76

    y = furniture()
    doc.rect(40, y, 250, 120, fill=0.92, stroke=0.8)
    doc.text(50, y + 18, "Did Medicare approve all services?", FB, 9)
    doc.text(50, y + 32, "NO - Medicare denied 1 service. See the", F, 8.5)
    doc.text(50, y + 43, "claim for Tidemark Hand & Upper Limb Clinic.", F, 8.5)
    allsv = [s for c in claims for s in c[4]]
    doc.text(50, y + 64, "Total you can be billed", FB, 9)
    doc.text(50, y + 80, fm(sum((s.owes for s in allsv), ZERO)), FB, 14)
    doc.rect(310, y, 262, 120, stroke=0.8)
    doc.text(320, y + 18, "Your deductible status", FB, 9)
    doc.text(320, y + 32, "You have now met $283.00 of your $283.00 Part B", F, 8)
    doc.text(320, y + 43, "deductible for 2026.", F, 8)
    doc.text(320, y + 64, "Providers with claims this period", FB, 9)
    for i, c in enumerate(claims):
        doc.text(320, y + 78 + i * 11, f"{c[1]}", F, 8)
    y += 140
    doc.text(40, y, "Be informed: keep this notice with your receipts. Compare the dates and services with what "
             "you received.", F, 8)
    size = 7.2
    X0, XT = 30, 150
    cols = [("Date", XT + 4, "l"), ("Service Provided &|Billing Code", 190, "l"), ("Service|Approved?", 362, "c"),
            ("Amount|Provider|Charged", 420, "r"), ("Medicare-|Approved|Amount", 462, "r"),
            ("Amount|Medicare|Paid", 501, "r"), ("Maximum You|May Be|Billed", 545, "r"), ("See|Notes", 552, "l")]
    bottom = 735
    y = furniture()
    doc.text(40, y, "Your Claims & Costs This Period", FB, 11)
    y += 12

    def plines(c, cont):
        return wrap(c[1] + (" (continued)" if cont else ""), FB, 6.8, XT - X0 - 10) + \
            wrap(c[2], F, 6.8, XT - X0 - 10) + ["", "Claim number", c[0], "", "Referred by:", c[3]]

    def panel_h(c, cont):
        return 11 + len(plines(c, cont)) * 9

    def panel(y0, y1, c, cont):
        doc.rect(X0, y0, XT - X0, y1 - y0, fill=0.9, stroke=0.6)
        doc.rect(XT, y0, 582 - XT, y1 - y0, stroke=0.6)
        lines = plines(c, cont)
        nb = len(wrap(c[1] + (" (continued)" if cont else ""), FB, 6.8, XT - X0 - 10))
        for i, t in enumerate(lines):
            doc.text(X0 + 5, y0 + 11 + i * 9, t, FB if i < nb or t in ("Claim number", "Referred by:") else F, 6.8)
        return y1

    for pcn, prov, addr, ref, svcs in claims:
        if y + 110 > bottom:
            y = furniture()
        y0 = y
        cont = False
        y = cols_header(doc, cols, y + 2, FB, 6.4)
        doc.line(XT, y, 582, y, 0.5)
        for s in svcs:
            wd = wrap(f"{G.LONG_DESC.get(s.code, s.desc)} ({s.code})", F, size, 150)
            need = len(wd) * (size + 1.5) + 3
            if y + need > bottom - 14:
                panel(y0, max(y + 4, y0 + panel_h((pcn, prov, addr, ref), cont)), (pcn, prov, addr, ref), cont)
                y = furniture()
                y0, cont = y, True
                y = cols_header(doc, cols, y + 2, FB, 6.4)
                doc.line(XT, y, 582, y, 0.5)
            cells = [dfmt(s.dos, "mdy2"), wd, "No" if s.denied else "Yes", fm(s.billed), fm(s.allowed),
                     fm(s.paid), fm(s.owes), " ".join(s.remarks)]
            yy = y
            y, lb = put(doc, cols, y, cells, F, size)
            doc.line(XT, y - 0.5, 582, y - 0.5, 0.2, gray=0.7)
            col.add(T(doc.pno, s, claim_id=None, payer_claim_id=pcn, patient=who, units=False, modifiers=False,
                      printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks),
                    [band(doc, yy + size, lb, size)])
        tb, ta, tp, to = (sum((getattr(s, k) for s in svcs), ZERO) for k in ("billed", "allowed", "paid", "owes"))
        yy = y
        y, lb = put(doc, cols, y + 1, ["", "Total for this claim", "", fm(tb), fm(ta), fm(tp), fm(to), ""], F, size)
        col.set_totals(None, pcn, band(doc, yy + 1 + size, lb, size), billed=tb, allowed=ta, paid=tp,
                       patient_owes=to)
        y = panel(y0, max(y + 4, y0 + panel_h((pcn, prov, addr, ref), cont)), (pcn, prov, addr, ref), cont)
        y += 12
    if y + 80 > bottom:
        y = furniture()
    doc.text(40, y + 4, "Notes for Your Claims", FB, 10)
    y += 8
    for c, t in col.legend:
        y += 11
        doc.text(40, y, c, FB, 8)
        doc.text(54, y, t[:110], F, 7.4)
        if len(t) > 110:
            y += 9
            doc.text(54, y, t[110:], F, 7.4)
    return fin(doc, col, out)


# ============================================================================================ m2
def m2(out: Path):
    doc = Doc("fpdf2", (792, 612))
    F, FB = "Helvetica", "Helvetica-Bold"
    fm = lambda d: money(d, "$")  # noqa: E731
    fmt = Fmt(money=fm, date=lambda d: dfmt(d, "mdyn").replace("/2026", "/26").replace("/2025", "/25"),
              units=lambda u: G.units_str(u), code=lambda c, m: ["-".join([c] + list(m))])
    col = Collector("h32_m2_ma_hmo_monthly_flat", "fpdf2",
                    "Medicare Advantage HMO monthly member EOB, landscape, one flat table with the claim number "
                    "on every row; $15 visit copay; not-authorized line.", fmt)
    col.identities = [("allowed-copay=paid", lambda t: Decimal(t["allowed"]) - Decimal(t["copay"]) == Decimal(t["paid"])),
                      ("share=copay+nc", lambda t: Decimal(t["patient_owes"]) == Decimal(t["copay"]) + Decimal(t["not_covered"]))]
    col.legend = [("E1", "In-network provider; you pay only your copay for the visit."),
                  ("E4", "No plan authorization was on file. The provider cannot bill you for this service."),
                  ("E9", "Your $15 copay for outpatient rehabilitation is charged once per visit day.")]
    who = "Augustin P. Marchetti"
    provs = [
        ("Sablecrest Outpatient Rehab", "SOR-771043", [
            ("H2601-55-0081147", [(0, "97162", 1, ("GP",)), (0, "97110", 2, ("GP",)), (2, "97110", 2, ("GP", "CQ")),
                                  (2, "97140", 1, ("GP",))]),
            ("H2601-55-0092330", [(7, "97110", 2, ("GP",)), (7, "97112", 1, ("GP",)), (9, "97116", 2, ("GP", "CQ")),
                                  (9, "97110", 1, ("GP",)), (14, "97110", 2, ("GP",)), (14, "97530", 1, ("GP",))])]),
        ("Ridgeway Family Medicine", "RFM-20931", [("H2601-55-0088410", [(3, "99214", 1, ()), (3, "E0730", 1, ("NU",))])]),
        ("Sablecrest Outpatient Rehab", "SOR-771588", [
            ("H2601-55-0101592", [(16, "97110", 2, ("GP",)), (16, "97140", 1, ("GP", "59")), (21, "97110", 2, ("GP",)),
                                  (21, "97112", 1, ("GP",)), (23, "97164", 1, ("GP",)), (23, "97530", 2, ("GP",))])]),
    ]
    seen_days = set()
    rows = []
    for prov, acct, cl in provs:
        for pcn, plan in cl:
            for d_, c, u, m in plan:
                s = Svc(day(d_), c, u, m)
                if c == "E0730":
                    s.denied = "CO"
                    s.not_covered = ZERO
                    s.remarks = ["E4"]
                else:
                    s.allowed = q(Decimal(G.SCHED[c]) * s.units)
                    if c.startswith("97") and s.dos not in seen_days:
                        seen_days.add(s.dos)
                        s.copay = Decimal("15.00")
                        s.remarks = ["E1", "E9"]
                    else:
                        s.remarks = ["E1"]
                    s.paid = s.allowed - s.copay
                    s.owes = s.copay
                rows.append((prov, acct, pcn, s))
    cols = [("Service|date", 30, "l"), ("Claim number", 72, "l"), ("Service you received (code)", 150, "l"),
            ("Qty", 372, "r"), ("Provider|charged", 430, "r"), ("Plan-|approved", 488, "r"), ("Plan|paid", 546, "r"),
            ("Copay", 596, "r"), ("Not|covered", 648, "r"), ("Your|share", 705, "r"), ("Notes", 716, "l")]
    size = 7.5
    bottom = 560

    def furniture(first=False):
        doc.new_page()
        doc.text(30, 36, "SILVERPINE SENIOR ADVANTAGE (HMO)", FB, 14)
        doc.text(762, 34, "Explanation of Benefits", FB, 12, "r")
        doc.text(762, 46, "for services you received in January 2026", F, 8, "r")
        doc.line(30, 52, 762, 52, 1)
        doc.text(30, 590, "Silverpine Health Plans, 5100 Canal Park Drive, Eastbrook, OH 43299  |  Member Services "
                 "1-866-555-0177 (TTY 711), 8 a.m. to 8 p.m., 7 days a week", F, 6.8)
        doc.text(762, 590, "Page {n} of {N}", F, 6.8, "r")
        return 64

    y = furniture(True)
    doc.text(30, y + 8, f"Member: {who}", FB, 9)
    doc.text(250, y + 8, "Member ID: SPA-00418-2267", F, 9)
    doc.text(450, y + 8, "Notice date: February 9, 2026", F, 9)
    y += 18
    tot_all = {k: sum((getattr(r[3], k) for r in rows), ZERO) for k in ("billed", "allowed", "paid", "owes")}
    for i, (k, v) in enumerate((("Providers charged", tot_all["billed"]), ("Plan approved", tot_all["allowed"]),
                               ("Plan paid", tot_all["paid"]), ("Your share this month", tot_all["owes"]))):
        doc.rect(30 + i * 183, y, 175, 34, fill=0.9 if i < 3 else 0.75, stroke=0)
        doc.text(38 + i * 183, y + 12, k, F, 8)
        doc.text(38 + i * 183, y + 27, fm(v), FB, 12)
    y += 46
    doc.text(30, y, "Your medical claims for January", FB, 10)
    y += 4

    def head(y):
        y = cols_header(doc, cols, y, FB, 7, shade=0.8, x0=30, x1=762)
        return y

    y = head(y)
    cur = None
    sub = None

    def subtotal(y, key):
        svc = [r[3] for r in rows if (r[0], r[1]) == key]
        y, _ = put(doc, cols, y, ["", "", f"Subtotal for provider account {key[1]}", "",
                                  fm(sum((s.billed for s in svc), ZERO)), fm(sum((s.allowed for s in svc), ZERO)),
                                  fm(sum((s.paid for s in svc), ZERO)), fm(sum((s.copay for s in svc), ZERO)),
                                  fm(sum((s.not_covered for s in svc), ZERO)), fm(sum((s.owes for s in svc), ZERO)),
                                  ""], FB, 7)
        return y + 3

    for prov, acct, pcn, s in rows:
        if (prov, acct) != cur:
            if cur:
                y = subtotal(y, cur)
            if y + 40 > bottom:
                y = head(furniture())
            cur = (prov, acct)
            doc.rect(30, y, 732, 12, fill=0.93, stroke=0)
            doc.text(34, y + 8.8, f"{prov}  (in network)   Provider's account #: {acct}", FB, 7.5)
            y += 14
        if y + 12 > bottom:
            y = head(furniture())
            doc.text(34, y + 8, f"{prov} (continued)", FB, 7.5)
            y += 11
        wd = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
        cells = [fmt.date(s.dos), pcn, wd, G.units_str(s.units), fm(s.billed), fm(s.allowed), fm(s.paid),
                 fm(s.copay), fm(s.not_covered), fm(s.owes), " ".join(s.remarks)]
        yy = y
        y, lb = put(doc, cols, y, cells, F, size)
        doc.line(30, y - 0.5, 762, y - 0.5, 0.2, gray=0.75)
        col.add(T(doc.pno, s, claim_id=acct, payer_claim_id=pcn, patient=who,
                  printed=("billed", "allowed", "paid", "copay", "not_covered", "patient_owes"), remarks=s.remarks),
                [band(doc, yy + size, lb, size)])
    y = subtotal(y, cur)
    y += 10
    for c, t in col.legend:
        doc.text(30, y, c, FB, 7.5)
        doc.text(48, y, t, F, 7.5)
        y += 10
    return fin(doc, col, out)



def adj_tokens_space(g, c, a):
    return [f"{g} {c}"] + ([money(a, ",")] if a is not None else [])


def adj_tokens_dash(g, c, a):
    return [f"{g}-{c}"] + ([money(a, ",")] if a is not None else [])


def billed_minus_adj(t):
    if any(a is None for _, _, a in t["adjustments"]):
        return True
    return Decimal(t["billed"]) - sum((Decimal(a) for _, _, a in t["adjustments"]), ZERO) == Decimal(t["paid"])


# ============================================================================================ d1
def d1(out: Path):
    doc = Doc("reportlab", (792, 612))
    F, FB = "LiberationSans", "LiberationSans-Bold"
    fm = lambda d: money(d, ",")  # noqa: E731
    fmt = Fmt(money=fm, date=lambda d: dfmt(d, "mdy6"), end_date=lambda d: dfmt(d, "mdy6"),
              units=lambda u: f"{u:.2f}", code=lambda c, m: [c] + list(m), adj=adj_tokens_space)
    col = Collector("h32_d1_medicaid_ra_claim_lines", "reportlab",
                    "State Medicaid remittance advice, landscape; bold claim lines with claim amounts; detail lines "
                    "with ADJ group/reason/amount and EOB codes; paid and denied sections; claim continued.", fmt)
    col.must_span = True
    col.identities = [("billed-adj=paid", billed_minus_adj)]
    col.legend = [("0441", "Payment reduced to the program's maximum fee for this service."),
                  ("1012", "Service needs prior approval; none was found for these dates."),
                  ("0732", "Units over the approved amount for this period were cut back."),
                  ("2230", "Therapy provided in a group; paid at the group rate.")]
    recs = [  # name, recip id, icn, acct, mrn, plan
        ("OYELARAN, TOBI", "100876512204", "2226005001235", "PT4502", "01166",
         [(1, "92523", 1, ("GN",)), (8, "92507", 1, ("GN",)), (15, "92507", 1, ("GN",)), (22, "92507", 1, ("GN",))],
         False),
        ("BRANDT, EVIE", "100553200917", "2226005001240", "PT4388", "00788",
         [(3, "97110", 2, ("GP", "U5")), (3, "97150", 1, ("GP",)), (10, "97110", 2, ("GP", "U5"))], False),
        ("MARSH, LILY", "100234567801", "2226005001234", "PT4471", "00912",
         [(d_, c, u, ("GO", "U5")) for d_ in (0, 2, 7, 9, 14, 16, 21, 23, 28, 30) for c, u in (("97530", 3),
                                                                                          ("97535", 1))]
         + [(31, "97168", 1, ("GO",))], False),
        ("LINDGREN-ABARA, SOLVEIG", "100998120455", "2226005001251", "PT4460", "00871",
         [(d_, c, u, ("GO",)) for d_ in (1, 8, 15, 22, 29) for c, u in (("97530", 2), ("97112", 1), ("97535", 1))],
         False),
        ("KOWALCZYK, JONAH", "100661409821", "2226005002117", "PT4519", "01201",
         [(4, "97533", 2, ("GO",)), (11, "97533", 2, ("GO",))], True),
    ]
    claims = []
    for name, rid, icn, acct, mrn, plan, denied in recs:
        svcs = []
        for d_, c, u, m in plan:
            sv = Svc(day(d_), c, u, m, denied="CO" if denied else None)
            medicaid(sv, deny_reason="197")
            sv.remarks = ["1012"] if denied else (["0441", "2230"] if c == "97150" else ["0441"])
            svcs.append(sv)
        claims.append((name, rid, icn, acct, mrn, svcs, denied))
    cols = [("LI", 40, "r"), ("DATES OF SERVICE|FROM      TO", 50, "l"), ("PROC", 150, "l"), ("MODS", 190, "l"),
            ("UNITS", 255, "r"), ("BILLED|AMT", 310, "r"), ("ALLOWED|AMT", 370, "r"), ("PAID|AMT", 425, "r"),
            ("ADJ|GRP RSN      AMT", 445, "l"), ("EOB", 540, "l")]
    size = 7
    bottom = 560

    def furniture():
        doc.new_page()
        doc.text(30, 30, "COMMONWEALTH OF ALDERMONT - DEPARTMENT OF HEALTH SERVICES - MEDICAL ASSISTANCE PROGRAM", FB, 8.5)
        doc.text(30, 42, "REMITTANCE ADVICE", FB, 12)
        doc.text(762, 30, "RA NO. 0004471920   RA DATE 02/06/2026", F, 7.5, "r")
        doc.text(762, 42, "PAGE {n} OF {N}", F, 7.5, "r")
        doc.text(30, 56, "PROVIDER: HEARTWOOD CHILDREN'S THERAPY LLC   PROVIDER NO. 200845117   NPI 1558024417", F, 7.5)
        doc.text(30, 66, "ADDRESS: 412 KILN STREET SUITE 3, BRACKENRIDGE, AL 36998", F, 7.5)
        doc.line(30, 72, 762, 72, 0.8)
        return 78

    def head(y):
        y = cols_header(doc, cols, y, FB, 6.5)
        doc.line(30, y, 762, y, 0.4)
        return y + 1

    y = furniture()
    section = None
    for name, rid, icn, acct, mrn, svcs, denied in claims:
        sec = "CLAIMS DENIED" if denied else "CLAIMS PAID"
        if y + 50 > bottom:
            y = furniture()
            section = None
        if sec != section:
            section = sec
            y += 6
            doc.text(30, y + 8, f"*** {sec} ***", FB, 8.5)
            y += 12
            y = head(y)
        tb, ta, tp = (sum((getattr(x, k) for x in svcs), ZERO) for k in ("billed", "allowed", "paid"))

        def cline(y, cont=False):
            doc.text(30, y + 8, f"NAME {name}   RECIP ID {rid}   ICN {icn}   PAT ACCT {acct}   MRN {mrn}"
                     + ("   CLAIM CONTINUED" if cont else ""), FB, 7.2)
            if not cont:
                doc.text(762, y + 8, f"CLAIM BILLED {fm(tb)}   ALLOWED {fm(ta)}   PAID {fm(tp)}", FB, 7.2, "r")
            return y + 11

        yc = y
        y = cline(y)
        col_band = band(doc, yc + 8, yc + 8, 7.2)
        for i, sv in enumerate(svcs, 1):
            if y + 10 > bottom:
                y = furniture()
                y = head(y + 4)
                y = cline(y, True)
            a = sv.adjs[0] if sv.adjs else None
            cells = [str(i), f"{dfmt(sv.dos, 'mdy6')}  {dfmt(sv.dos, 'mdy6')}", sv.code, " ".join(sv.mods),
                     f"{sv.units:.2f}", fm(sv.billed), fm(sv.allowed), fm(sv.paid),
                     f"{a[0]} {a[1]}   {fm(a[2])}" if a else "", " ".join(sv.remarks)]
            yy = y
            y, lb = put(doc, cols, y, cells, F, size, 8.5)
            col.add(T(doc.pno, sv, claim_id=acct, payer_claim_id=icn, patient=name, service_end=sv.dos,
                      printed=("billed", "allowed", "paid"), adjustments=sv.adjs, remarks=sv.remarks),
                    [band(doc, yy + size, lb, size)])
        col.set_totals(acct, icn, col_band, billed=tb, allowed=ta, paid=tp)
        y += 6
    y += 10
    doc.text(30, y, "EOB CODE DESCRIPTIONS", FB, 8)
    for c, t in col.legend:
        y += 10
        doc.text(30, y, c, FB, 7)
        doc.text(60, y, t, F, 7)
    return fin(doc, col, out)


# ============================================================================================ d2
def d2(out: Path):
    doc = Doc("fpdf2")
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    fm = lambda d: money(d, ",")  # noqa: E731
    fmt = Fmt(money=fm, date=lambda d: dfmt(d, "mdy4"), end_date=lambda d: dfmt(d, "mdy4"),
              units=lambda u: f"{u:.2f}", code=lambda c, m: [c] + list(m), adj=adj_tokens_dash)
    col = Collector("h32_d2_medicaid_portal_ra", "fpdf2",
                    "State Medicaid portal remittance advice, portrait serif; summary tables; label:value claim "
                    "blocks; CARC without amounts; paid / denied / credited claims.", fmt)
    col.legend = [("N130", "Consult plan benefit documents for coverage limits."),
                  ("M86", "Service denied because payment already made for a similar procedure the same day."),
                  ("N54", "Claim information is inconsistent with pre-certified or authorized services.")]
    recs = [
        ("Paid", "Juniper Abara", "7700418825", "SFT-10441", "2026036104417", [
            (0, "97165", 1, ("GO",)), (0, "97530", 2, ("GO",)), (2, "97530", 2, ("GO",)), (2, "97140", 1, ("GO", "59")),
            (7, "97530", 2, ("GO",)), (7, "97535", 1, ("GO",))], None),
        ("Paid", "Cassius Abara", "7700418833", "SFT-10442", "2026036104418", [
            (1, "92523", 1, ("GN",)), (8, "92507", 1, ("GN",)), (8, "92526", 1, ("GN",)), (15, "92507", 1, ("GN",))],
         "bundle"),
        ("Paid", "Wren Okonkwo-Hale", "7700563310", "SFT-10457", "2026036104502", [
            (3, "97110", 2, ("GP",)), (3, "97112", 1, ("GP",)), (10, "97110", 2, ("GP",)), (10, "97116", 1, ("GP",)),
            (17, "97110", 2, ("GP",)), (17, "97112", 1, ("GP",))], None),
        ("Denied", "Benedikt Sorensen", "7700611902", "SFT-10460", "2026036104519", [
            (4, "97533", 2, ("GO",)), (11, "97533", 2, ("GO",))], "deny"),
        ("Credited", "Juniper Abara", "7700418825", "SFT-10318", "2025351100982", [
            (-21, "97530", 2, ("GO",)), (-21, "97535", 1, ("GO",))], "void"),
        ("Paid", "Juniper Abara", "7700418825", "SFT-10318", "2026036104633", [
            (-21, "97530", 2, ("GO",)), (-21, "97535", 1, ("GO",)), (-21, "97112", 1, ("GO",))], None),
    ]
    claims = []
    for stt, name, bid, acct, icn, plan, kind in recs:
        svcs = []
        for d_, c, u, m in plan:
            sv = Svc(day(d_), c, u, m, denied="CO" if kind == "deny" else None)
            medicaid(sv, deny_reason="197")
            if kind == "bundle" and c == "92526":
                sv = Svc(day(d_), c, u, m, denied="CO")
                medicaid(sv, deny_reason="97")
                sv.remarks = ["M86"]
            elif kind == "deny":
                sv.remarks = ["N54"]
            else:
                sv.remarks = ["N130"] if sv.discount else []
            if kind == "void":
                rem = sv.remarks
                sv = negate(sv)
                sv.remarks = rem
            sv.adjs = [(g, c_, None) for g, c_, _ in sv.adjs]
            svcs.append(sv)
        claims.append((stt, name, bid, acct, icn, svcs))
    size = 6.8
    cols = [("Line", 34, "r"), ("Svc From", 42, "l"), ("Svc To", 92, "l"), ("Proc", 142, "l"), ("Mod 1", 176, "l"),
            ("Mod 2", 202, "l"), ("Units", 250, "r"), ("Billed", 302, "r"), ("Allowed", 352, "r"), ("Paid", 402, "r"),
            ("CARC", 414, "l"), ("RARC", 470, "l"), ("Status", 520, "l")]
    bottom = 750

    def furniture():
        doc.new_page()
        doc.text(30, 36, "Prairie State Medicaid", FB, 14)
        doc.text(30, 48, "Medical Assistance Provider Payment System", F, 7.5)
        doc.text(582, 36, "Remittance Advice", FB, 12, "r")
        doc.text(582, 48, "RA Number 0000318844   RA Date 02/04/2026", F, 7, "r")
        doc.line(30, 54, 582, 54, 1)
        doc.text(30, 775, "Billing Provider: Sundial Family Therapy, PC   Billing Provider ID 0040018876   NPI 1326604192",
                 F, 6.5)
        doc.text(582, 775, "Page {n} of {N}", F, 6.5, "r")
        return 66

    y = furniture()
    doc.text(30, y + 6, "Claims Summary", FB, 9)
    y += 10
    sc = [("Status", 34, "l"), ("Count", 150, "r"), ("Total Billed Amount", 270, "r"), ("Total Paid Amount", 390, "r")]
    y = cols_header(doc, sc, y, FB, 7, shade=0.88, x0=30, x1=400)
    for stt in ("Paid", "Denied", "Credited"):
        cs = [c for c in claims if c[0] == stt]
        y, _ = put(doc, sc, y, [stt, str(len(cs)), fm(sum((x.billed for c in cs for x in c[5]), ZERO)),
                                fm(sum((x.paid for c in cs for x in c[5]), ZERO))], F, 7)
    y += 6
    doc.text(30, y + 6, "Payment Summary", FB, 9)
    net = sum((x.paid for c in claims for x in c[5]), ZERO)
    for i, (k, v) in enumerate((("Total Payment Approved Amount", fm(net)), ("Balance Owed Deduction", "0.00"),
                               ("Warrant/EFT Amount", fm(net)), ("Warrant/EFT #", "EFT 9180042261"))):
        doc.text(40, y + 18 + i * 10, k, F, 7)
        doc.text(260, y + 18 + i * 10, v, F, 7, "r")
    y += 64
    doc.text(30, y, "Claim Detail", FB, 11)
    y += 6
    status = None
    for stt, name, bid, acct, icn, svcs in claims:
        if y + 70 > bottom:
            y = furniture()
        if stt != status:
            status = stt
            doc.rect(30, y + 2, 552, 12, fill=0.3, stroke=0)
            doc.text(36, y + 11, f"{stt} Claims", FB, 8, gray=1)
            y += 16
        tb, tp = (sum((getattr(x, k) for x in svcs), ZERO) for k in ("billed", "paid"))
        kv = [("Beneficiary Name:", name), ("Beneficiary ID:", bid), ("Patient Account #:", acct), ("ICN:", icn),
              ("Claim Billed:", fm(tb)), ("Claim Paid:", fm(tp))]
        yk = y
        for i, (k, v) in enumerate(kv):
            xx = 34 + (i % 3) * 185
            yy = y + 9 + (i // 3) * 10
            doc.text(xx, yy, k, FB, 6.8)
            doc.text(xx + 72, yy, v, F, 6.8)
        y += 24
        y = cols_header(doc, cols, y, FB, 6.5)
        doc.line(30, y, 582, y, 0.4)
        for i, sv in enumerate(svcs, 1):
            cells = [str(i), dfmt(sv.dos, "mdy4"), dfmt(sv.dos, "mdy4"), sv.code,
                     sv.mods[0] if sv.mods else "", sv.mods[1] if len(sv.mods) > 1 else "", f"{sv.units:.2f}",
                     fm(sv.billed), fm(sv.allowed), fm(sv.paid), " ".join(f"{g}-{c}" for g, c, _ in sv.adjs),
                     " ".join(sv.remarks), "Denied" if sv.denied else ("Credited" if stt == "Credited" else "Paid")]
            yy = y
            y, lb = put(doc, cols, y, cells, F, size)
            col.add(T(doc.pno, sv, claim_id=acct, payer_claim_id=icn, patient=name, service_end=sv.dos,
                      printed=("billed", "allowed", "paid"), adjustments=sv.adjs, remarks=sv.remarks),
                    [band(doc, yy + size, lb, size)])
        col.set_totals(acct, icn, Band(doc.pno, yk, yk + 22), billed=tb, paid=tp)
        doc.line(30, y + 2, 582, y + 2, 0.3, gray=0.5)
        y += 8
    y += 8
    doc.text(30, y, "Remark Code Descriptions", FB, 8)
    for c, t in col.legend:
        y += 10
        doc.text(30, y, c, FB, 7)
        doc.text(64, y, t, F, 7)
    return fin(doc, col, out)


# ============================================================================================ main
LAYOUTS = [c1, c2, m1, m2, d1, d2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: make_heldout32_pdfs.py OUT_DIR [--check]")
        return 2
    out = Path(args[0]).resolve()
    samples = (HERE.parents[1] / "samples").resolve()
    if out == samples or samples in out.parents:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nlines = npages = 0
    for fn in LAYOUTS:
        pdf, col, pages = fn(out)
        nlines += len(col.lines)
        npages += pages
        if "--check" in argv:
            errs = check(pdf, col, pages)
            print(f"{pdf.name}: {len(col.lines)} lines, {pages} pages, {len(col.claims)} claims: "
                  + ("OK" if not errs else f"{len(errs)} PROBLEMS"))
            for e in errs[:12]:
                print("   ", e)
            bad += bool(errs)
        else:
            print(pdf)
    print(f"{len(LAYOUTS)} files, {nlines} service lines, {npages} pages" + (
        "; check " + ("FAILED" if bad else "passed") if "--check" in argv else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
