"""Write the THIRTY-EIGHTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five COMMONEST real document kinds (commercial member EOBs, Medicare
Summary Notice / Medicare Advantage member EOBs, state Medicaid remittance advices, Medicare-style paper remits
printed by clearinghouses / practice-management systems, family statements from clinics and hospitals), two of
each, in house styles unlike the 37 earlier sets. Written without looking at the reader or how it reads these.
Run:  python bench/heldout38/make_heldout38_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout38/make_heldout38_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR
Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none are
printed; adjustments only where group/reason codes with amounts are printed); description is null throughout.
claim_id = the provider's own account / patient-control / visit number printed with the claim (null where none),
payer_claim_id = the payer's claim number / ICN / TCN (null where none, e.g. on clinic statements), patient = the
person who got the service exactly as printed (capitals / "LAST, FIRST" where printed so; not the guarantor,
subscriber or member unless the same person). Where a line prints a From and a To date, service_end is the To date.
Reversal lines carry negative amounts (printed with a trailing minus) and positive units as printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Fonts: Liberation / DejaVu TrueType,
core Courier in one layout. Drawing wrapper, truth collector and self-check live in bench/heldout38/h38kit.py.
Layouts (10 files, 217 service lines, 20 pages; a claim continues onto the next page in c1, m1, d1, p1):
  c1  commercial PPO member EOB for a family of four, reportlab portrait Liberation Sans: a grey left SIDEBAR on
      every page (member facts, deductible meter, glossary), main column with claim heads "<Name> - <relation>" /
      Claim # / provider / "Your provider's account no.", columns Date 01/05/26 / Code "97530 GO" / Provider billed /
      Plan discount / Plan allowed / Plan paid / Deductible / Copay / Coinsurance / Not covered / You owe / Note,
      no units, a not-covered orthotic line the member owes, claim totals, 14-line claim continued on page 2
  c2  mutual benefit association "Statement of Health Care Benefits", fpdf2 landscape DejaVu Serif Condensed: boxed
      patient bars, "Claim No. / Provider / Provider Ref." line, ruled grid Service Date 01/05/2026 / Procedure /
      Mod / Units / Amount Charged / Not Covered / Allowed / Deductible / Copay / Coinsurance / Benefit Paid /
      Member Owes / Rmk, three family members, a denied visit the member owes; PLANTED claim-total mismatch
  m1  Medicare Summary Notice Part B, reportlab portrait DejaVu Sans: dashboard page, claim heads with the date,
      claim number and provider address, "Service Provided & Billing Code" wording with "(97110-GP)" on the row,
      Did Medicare Approve? / Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider / Maximum
      You May Be Billed / See Notes, no per-row date (date is in the claim head), a claim running onto the next page
  m2  Medicare Advantage HMO monthly member EOB, fpdf2 portrait Liberation Serif: "claims we processed" per claim
      box, Date "Jan 5, 2026" / Service / Code / Qty / Provider's charge / Plan-approved amount / Plan's share /
      Your share / Notes, $20 per-visit copay, a denied service, totals per claim and year-to-date box
  d1  state Medicaid remittance advice, reportlab landscape core Courier (mainframe print): PAID / DENIED /
      ADJUSTED sections, RECIPIENT NAME "LAST, FIRST" / RECIP ID / ICN / PAT ACCT heads, SVC FROM / SVC TO as
      MMDDYY, PROC / MOD / UNITS "2.00", BILLED / ALLOWED / TPL / PAID, EOB codes, a reversal (trailing minus) and
      its replacement, claim continued on page 2 under repeated column heads
  d2  state Medicaid portal remittance advice, fpdf2 portrait DejaVu Sans Condensed: boxed claim heads (Member /
      Member ID / TCN / Patient Acct No. / Status), Ln / From / To 01/05/2026 / Procedure / Modifiers "GO,59" /
      Units / Billed / Allowed / Paid / Adjustments "CO-45 12.34" stacked / RARC, denied claim, claim totals
  p1  clearinghouse reprint of a Medicare Part B standard paper remit, reportlab landscape Liberation Mono:
      PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS /
      GRP/RC-AMT / PROV PD, NAME "LAST, FIRST" / MID / ACNT / ICN / ASG / MOA heads, extra adjustments on their
      own lines, CLAIM TOTALS rows, claim continued on the next page
  p2  practice-management "ERA payment detail" print of a commercial remit, fpdf2 portrait DejaVu Sans: boxed claim
      panels (Patient "Last, First" / Pt Acct / Payer Claim # / Status), Svc Date / CPT / Mods / Units / Charged /
      Allowed / Deduct / Copay / Coins / Adjustments (stacked "CO-45 12.34") / Paid, a denied claim, a reversal
      and its corrected claim, claim totals
  s1  pediatric therapy clinic family statement, reportlab portrait Liberation Serif: tear-off remittance stub,
      one running table Date / Patient / Visit # / Code / Mod / Units / Charge / Insurance Paid / Ins. Adjust /
      You Paid / Balance, three children, insurance-pending lines, table runs onto page 2 with repeated heads
      (a visit is never split), amount due and aging boxes computed from the Balance column
  s2  hospital outpatient rehab guarantor statement, fpdf2 landscape Liberation Sans Narrow: per hospital account
      panels (Patient / Hospital Account / Admit-Discharge / Insurance), itemised Date / Rev Code / CPT-HCPCS /
      Description / Qty / Charges, then account summary (insurance payments and adjustments as account rows);
      only charges are printed per line, two patients
--check verifies: page counts; for every truth line that its date (or its claim-head date where the kind prints
no per-row date), code, modifiers, units and every non-null amount are on ONE text row of its page (two adjacent
text rows for the MSN wording); claim_id / payer_claim_id / patient printed on or before that page; adjustment
amounts and remark codes printed; billed - adjustments = paid where every adjustment is printed; allowed - member
share = paid where printed; each claim's printed totals are on the page text and equal the sum of its lines
unless a planted mismatch is declared as an expected finding.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h38kit import REPO, Flow, FPen, RLPen, Truth, check_file, write_truth  # noqa: E402
import eobgen  # noqa: E402
from eobgen import PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, total, units_str  # noqa: E402

eobgen.FEE.update({"97533": "98.00", "97162": "240.00", "99214": "210.00", "97035": "45.00", "92610": "260.00"})
eobgen.SCHED.update({"97533": "38.10", "97162": "101.12", "99214": "121.88", "97035": "12.64", "92610": "118.20"})
eobgen.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
                    "99214": "Office visit, established patient, moderate", "97035": "Ultrasound treatment",
                    "92610": "Swallowing function evaluation"})
D = date
Q = Decimal


class Fmt:
    def __init__(self, money, date, units=lambda u: u, code=None, row_date=True):
        self.money, self.date, self.units, self.row_date = money, date, units, row_date
        self.code = code or (lambda ln: [ln["code"]] + ln["modifiers"])


def m_plain(d):
    return money(d, ",", "trail")


LAYOUTS = {}


def layout(name, fmt, span=0):
    def deco(fn):
        LAYOUTS[name] = (fn, fmt, span)
        return fn
    return deco


# ============================================================================ c1 commercial, sidebar, reportlab
@layout("c1", Fmt(lambda d: money(d, ","), lambda d: dfmt(d, "mdy2"), code=lambda ln: [" ".join([ln["code"]] + ln["modifiers"])]))
def c1(path):
    pen = RLPen(path, family="LibSans")
    T = Truth()
    st = PlanState(ded_left=Q("300.00"), coins_rate=Q("0.20"), allowed_rate=Q("0.78"))
    fam = [("Milo Ashcombe", "Son", "TV26-0104-88213", "KPT-55102", "Kestrel Pediatric Therapy",
            [(D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",)),
             (D(2026, 1, 7), "97530", 2, ("GO",)), (D(2026, 1, 7), "97533", 1, ("GO",)),
             (D(2026, 1, 12), "97530", 2, ("GO",)), (D(2026, 1, 12), "97112", 1, ("GO", "59")),
             (D(2026, 1, 14), "97530", 3, ("GO",)), (D(2026, 1, 14), "97535", 1, ("GO",)),
             (D(2026, 1, 19), "97530", 2, ("GO",)), (D(2026, 1, 19), "97533", 1, ("GO",)),
             (D(2026, 1, 21), "97530", 2, ("GO",)), (D(2026, 1, 21), "97110", 1, ("GO", "59")),
             (D(2026, 1, 26), "97530", 2, ("GO",)), (D(2026, 1, 26), "97535", 1, ("GO",))]),
           ("Juniper Ashcombe", "Daughter", "TV26-0109-10447", "SWS-2231", "Songbird Speech Works",
            [(D(2026, 1, 8), "92523", 1, ()), (D(2026, 1, 15), "92507", 1, ()), (D(2026, 1, 22), "92507", 1, ())]),
           ("Priya Ashcombe", "Spouse", "TV26-0113-20988", "4471920", "Northgate Orthopedic & Hand Clinic",
            [(D(2026, 1, 9), "99214", 1, ()), (D(2026, 1, 9), "97760", 1, ("GO",)),
             (D(2026, 1, 9), "L3807", 1, ("RT",), "PR"), (D(2026, 1, 16), "97140", 2, ("GO",))]),
           ("Devon Ashcombe", "Self", "TV26-0120-31502", "PTW-90817", "Pinewood Physical Therapy",
            [(D(2026, 1, 20), "97162", 1, ("GP",)), (D(2026, 1, 20), "97110", 2, ("GP",)),
             (D(2026, 1, 27), "97140", 1, ("GP", "59"))])]
    fam = fam[1:] + fam[:1]  # the long claim comes last and runs onto page 2
    X0, X1 = 168, 594
    cols = [("Date", 44, "l"), ("Code", 50, "l"), ("Provider\nbilled", 36, "r"), ("Plan\ndiscount", 34, "r"),
            ("Plan\nallowed", 34, "r"), ("Plan\npaid", 34, "r"), ("Deduct-\nible", 32, "r"), ("Copay", 26, "r"),
            ("Coin-\nsurance", 32, "r"), ("Not\ncovered", 32, "r"), ("You\nowe", 34, "r"), ("Note", 18, "l")]
    xs = []
    x = X0
    for _, w, a in cols:
        xs.append((x, x + w, a))
        x += w + 2

    def furniture(p):
        p.rect(18, 18, 138, p.h - 36, fill=0.92, stroke=False)
        p.text(24, 36, "TAMARACK VALLEY", 11, True)
        p.text(24, 48, "HEALTH PLAN", 11, True)
        y = 70
        for s in ["Member: Devon Ashcombe", "Member ID: TVH 418 22 7730", "Group: 0088213 Harrow Tool Co.",
                  "Plan: Choice PPO 1500", "Statement date: 02/03/26", "", "Family deductible",
                  "$1,500.00 per year", "", "Words we use", "Plan discount: the part of the", "bill your provider",
                  "agreed to take off.", "Not covered: what this plan", "does not pay for.",
                  "You owe: what the provider", "may bill you.", "", "Questions? 1-800-555-0168", "tamarackvalley.example"]:
            p.text(24, y, s, 7, s in ("Words we use", "Family deductible"))
            y += 10
        p.text(X0, 36, "Explanation of Benefits", 15, True)
        p.text(X1, 36, f"Page {p.page}", 7, align="r")
        p.text(X0, 48, "This is not a bill. It shows how your claims were processed.", 7.5)
        return 66

    def colhead(y):
        for (h, _, _), (a, b, al) in zip(cols, xs):
            for k, part in enumerate(h.split("\n")):
                p = pen
                p.text(b if al == "r" else a, y + 8 + k * 8, part, 6.5, True, "r" if al == "r" else "l")
        pen.line(X0, y + 20, X1, y + 20, 0.6)
        return y + 30

    f = Flow(pen, furniture, pen.h - 40)
    pen.text(X0, f.y, "Your family's plan year so far (2026)", 9, True)
    f.y += 6
    sh = [("Family member", X0 + 4, "l"), ("Deductible met", X0 + 200, "r"), ("of", X0 + 250, "r"),
          ("Out-of-pocket met", X0 + 340, "r"), ("of", X0 + 410, "r")]
    pen.rect(X0, f.y, X1 - X0, 14, fill=0.85, stroke=False)
    for h, x, al in sh:
        pen.text(x, f.y + 10, h, 7, True, al)
    f.y += 14
    for k, (nm, met, oop) in enumerate([("Devon Ashcombe", "186.00", "214.31"), ("Priya Ashcombe", "114.00", "172.56"),
                                        ("Milo Ashcombe", "0.00", "0.00"), ("Juniper Ashcombe", "0.00", "0.00")]):
        for v, (h, x, al) in zip((nm, "$" + met, "$750.00", "$" + oop, "$3,000.00"), sh):
            pen.text(x, f.y + 10, v, 7, False, al)
        pen.line(X0, f.y + 14, X1, f.y + 14, 0.2)
        f.y += 14
    f.y += 24
    for i, (name, rel, clm, acct, prov, rows) in enumerate(fam):
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            commercial(s, st)
            if s.denied:
                s.remarks = ["N4"]
            svcs.append(s)

        def head(y, cont=False):
            pen.rect(X0, y, X1 - X0, 26, fill=0.85, stroke=False)
            pen.text(X0 + 4, y + 10, f"{name} - {rel}" + ("  (continued)" if cont else ""), 8.5, True)
            pen.text(X1 - 4, y + 10, f"Claim # {clm}", 8, True, "r")
            pen.text(X0 + 4, y + 21, f"{prov}    Your provider's account no.: {acct}", 7)
            return colhead(y + 30)
        f.need(90)
        f.y = head(f.y)
        f.repeat = lambda y: head(y, True)
        for s in svcs:
            f.need(13)
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods)] + [money(v, ",") for v in (
                s.billed, s.discount, s.allowed, s.paid, s.deductible, s.copay, s.coinsurance, s.not_covered, s.owes)] \
                + [" ".join(s.remarks)]
            for v, (a, b, al) in zip(vals, xs):
                pen.text(b if al == "r" else a, f.y, v, 6.8, False, "r" if al == "r" else "l")
            T.add(pen.page, s, claim_id=acct, payer_claim_id=clm, patient=name, units=False,
                  printed=("billed", "discount", "allowed", "paid", "deductible", "copay", "coinsurance",
                           "not_covered", "patient_owes"), remarks=s.remarks)
            f.y += 13
        f.repeat = None
        f.need(14)
        pen.line(X0, f.y - 7, X1, f.y - 7, 0.3)
        tots = [money(total(svcs, a), ",") for a in ("billed", "discount", "allowed", "paid", "deductible", "copay",
                                                      "coinsurance", "not_covered", "owes")]
        pen.text(X0, f.y, "Claim totals", 6.8, True)
        for v, (a, b, al) in zip(tots, xs[2:]):
            pen.text(b, f.y, v, 6.8, True, "r")
        T.claim(acct, clm, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        f.y += 12
        pen.text(X0, f.y, f"We paid {money(total(svcs, 'paid'))} to {prov}.", 7)
        f.y += 20
    f.need(40)
    pen.text(X0, f.y, "Notes", 8, True)
    pen.text(X0, f.y + 10, "N4  This item is not a covered benefit under your plan. You are responsible for it.", 7)
    pen.save()
    return T, pen.page, "commercial PPO family member EOB with sidebar"


# ============================================================================ c2 mutual benefit, fpdf2 landscape
@layout("c2", Fmt(lambda d: money(d, ","), lambda d: dfmt(d, "mdy4")))
def c2(path):
    pen = FPen(path, family="DejaSerifCond", landscape=True)
    T = Truth()
    st = PlanState(ded_left=Q("0.00"), coins_rate=Q("0.10"), allowed_rate=Q("0.85"), copay_codes={"99214": Q("35.00")})
    fam = [("Harriet Vandermolen", "Dependent child", "IMB-2601-004417", "CW-18832", "Copperwood Kids OT",
            [(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
             (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97533", 1, ("GO", "59")),
             (D(2026, 1, 20), "97530", 2, ("GO",), "PR")]),
           ("Simon Vandermolen", "Subscriber", "IMB-2601-004802", "77120", "Lakeshore Physical Therapy",
            [(D(2026, 1, 8), "97161", 1, ("GP",)), (D(2026, 1, 8), "97110", 2, ("GP",)),
             (D(2026, 1, 15), "97140", 2, ("GP",)), (D(2026, 1, 15), "97035", 1, ("GP",)),
             (D(2026, 1, 15), "G0283", 1, ("GP",))]),
           ("Ada Vandermolen", "Spouse", "IMB-2601-005130", "FM-3310-2", "Fairmount Family Medicine",
            [(D(2026, 1, 22), "99214", 1, ()), (D(2026, 1, 22), "97760", 1, ("GO",))])]
    cols = [("Service Date", 62, "l"), ("Procedure", 50, "l"), ("Mod", 36, "l"), ("Units", 30, "r"),
            ("Amount Charged", 62, "r"), ("Not Covered", 52, "r"), ("Allowed", 52, "r"), ("Deductible", 50, "r"),
            ("Copay", 44, "r"), ("Coinsurance", 54, "r"), ("Benefit Paid", 56, "r"), ("Member Owes", 56, "r"),
            ("Rmk", 30, "l")]
    X0 = 36
    xs, x = [], X0
    for _, w, a in cols:
        xs.append((x, x + w, a))
        x += w + 4
    X1 = x

    def furniture(p):
        p.text(X0, 40, "IRONWOOD MUTUAL BENEFIT ASSOCIATION", 13, True)
        p.text(X0, 53, "220 Foundry Row, Suite 4  -  Kettle Falls, ST 55012", 7.5)
        p.text(X1, 40, "Statement of Health Care Benefits", 11, True, "r")
        p.text(X1, 53, f"Policyholder: Simon Vandermolen   Certificate No. IMB-66-30418   Page {p.page}", 7.5, align="r")
        p.line(X0, 60, X1, 60, 1)
        return 78

    f = Flow(pen, furniture, pen.h - 44)
    planted = "IMB-2601-004802"
    for name, rel, clm, ref, prov, rows in fam:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            commercial(s, st, deny_reason="119")
            s.remarks = ["V2"] if s.denied else []
            svcs.append(s)
        f.need(60 + 13 * len(svcs))
        pen.rect(X0, f.y, X1 - X0, 15, fill=0.9)
        pen.text(X0 + 4, f.y + 10.5, f"PATIENT: {name.upper()}    RELATIONSHIP: {rel}", 8.5, True)
        f.y += 25
        pen.text(X0, f.y, f"Claim No. {clm}     Provider: {prov}     Provider Ref. {ref}", 7.5)
        f.y += 6
        pen.rect(X0, f.y, X1 - X0, 13, fill=0.8)
        for (h, _, _), (a, b, al) in zip(cols, xs):
            pen.text(b - 2 if al == "r" else a + 2, f.y + 9, h, 6.8, True, "r" if al == "r" else "l")
        f.y += 13
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units)] + [money(v, ",") for v in (
                s.billed, s.not_covered, s.allowed, s.deductible, s.copay, s.coinsurance, s.paid, s.owes)] + [" ".join(s.remarks)]
            pen.rect(X0, f.y, X1 - X0, 13)
            for v, (a, b, al) in zip(vals, xs):
                pen.text(b - 2 if al == "r" else a + 2, f.y + 9, v, 7.2, False, "r" if al == "r" else "l")
            T.add(pen.page, s, claim_id=ref, payer_claim_id=clm, patient=name.upper(),
                  printed=("billed", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
                           "patient_owes"), remarks=s.remarks)
            f.y += 13
        paid = total(svcs, "paid") + (Q("10.00") if clm == planted else 0)
        tots = [total(svcs, "billed"), total(svcs, "not_covered"), total(svcs, "allowed"), total(svcs, "deductible"),
                total(svcs, "copay"), total(svcs, "coinsurance"), paid, total(svcs, "owes")]
        pen.rect(X0, f.y, X1 - X0, 13, fill=0.93)
        pen.text(X0 + 2, f.y + 9, "Claim Total", 7.2, True)
        for v, (a, b, al) in zip(tots, xs[4:]):
            pen.text(b - 2, f.y + 9, money(v, ","), 7.2, True, "r")
        T.claim(ref, clm, name.upper(), billed=tots[0], allowed=tots[2], paid=paid, patient_owes=tots[7])
        if clm == planted:
            T.findings.append(f"claim-total-mismatch claim {clm}: printed Benefit Paid total {paid} but the lines "
                              f"add up to {total(svcs, 'paid')}")
        f.y += 32
    f.need(50)
    pen.text(X0, f.y, "Remark codes", 8, True)
    pen.text(X0, f.y + 11, "V2  Visits beyond the plan-year limit for this therapy; the member is responsible.", 7.5)
    pen.text(X0, f.y + 30, "You may ask for a review of any decision on this statement within 180 days.", 7.5)
    pen.save()
    return T, pen.page, "mutual benefit association statement of benefits"


# ============================================================================ m1 MSN Part B, reportlab
@layout("m1", Fmt(lambda d: money(d, "$"), lambda d: dfmt(d, "month"), row_date=False,
                  code=lambda ln: ["(" + "-".join([ln["code"]] + ln["modifiers"]) + ")"]))
def m1(path):
    pen = RLPen(path, family="DejaSans")
    T = Truth()
    st = PlanState(ded_left=Q("257.00"))
    who = "Rosalind Fairweather"
    claims = [("Willowbend Outpatient Rehab", "1804 Quarry Road, Ashby, ST 55201", "26-0105-412-7781",
               [(D(2026, 1, 5), "97162", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",)),
                (D(2026, 1, 5), "97140", 1, ("GP", "59"))]),
              ("Willowbend Outpatient Rehab", "1804 Quarry Road, Ashby, ST 55201", "26-0112-412-9035",
               [(D(2026, 1, 12), "97110", 2, ("GP",)), (D(2026, 1, 12), "97112", 1, ("GP",)),
                (D(2026, 1, 12), "97140", 1, ("GP", "59")), (D(2026, 1, 12), "97530", 1, ("GP",)),
                (D(2026, 1, 12), "G0283", 1, ("GP",)), (D(2026, 1, 12), "97035", 1, ("GP",), "PR"),
                (D(2026, 1, 12), "97116", 2, ("GP",)), (D(2026, 1, 12), "97535", 1, ("GP",))]),
              ("Harbor Hand & Upper Limb Center", "77 Pier Street, Ashby, ST 55203", "26-0120-518-0446",
               [(D(2026, 1, 20), "97165", 1, ("GO",)), (D(2026, 1, 20), "97760", 1, ("GO",)),
                (D(2026, 1, 20), "L3807", 1, ("RT",))]),
              ("Ashby Speech & Swallow Clinic", "9 Linden Court, Ashby, ST 55201", "26-0128-603-1172",
               [(D(2026, 1, 28), "92610", 1, ("GN",)), (D(2026, 1, 28), "92526", 1, ("GN",)),
                (D(2026, 1, 28), "92507", 1, ("GN", "59")), (D(2026, 1, 28), "97535", 1, ("GO",)),
                (D(2026, 1, 28), "97129", 1, ("GN",))])]
    X0, X1 = 40, 572
    xs = [(X0, 210), (214, 262), (266, 328), (332, 400), (404, 466), (470, 530), (534, 572)]

    def furniture(p):
        p.text(X0, 38, "Medicare Summary Notice for Part B (Medical Insurance)", 12.5, True)
        p.text(X0, 52, f"The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5)
        p.text(X1, 38, f"{who}", 8, True, "r")
        p.text(X1, 70, f"Page {p.page}", 7.5, align="r")
        p.line(X0, 58, X1, 58, 1.2)
        return 84

    f = Flow(pen, furniture, pen.h - 50)
    # dashboard page
    pen.rect(X0, f.y, 250, 150, fill=0.95)
    for k, s in enumerate(["Your Deductible Status", "Your deductible is what you must pay each year",
                           "before Medicare begins to pay.", "", "Part B Deductible: You have now met",
                           "$257.00 of your $257.00 deductible for 2026.", "", "Medicare Number: 5RT4-JK8-QW21",
                           "Notice date: February 9, 2026", "Claims from January 1 - January 31, 2026"]):
        pen.text(X0 + 8, f.y + 16 + k * 12, s, 8, k == 0)
    pen.rect(310, f.y, 262, 150, stroke=True)
    pen.text(318, f.y + 16, "Your Claims & Costs This Period", 9, True)
    pen.text(318, f.y + 34, "Did Medicare approve all services?  NO", 8)
    pen.text(318, f.y + 48, "See the claim for January 12, 2026 (note A).", 7.5)
    pen.text(318, f.y + 66, "Number of providers: 3", 8)
    pen.text(318, f.y + 80, "Number of claims: 4", 8)
    pen.text(X0, f.y + 180, "How to check this notice: compare the services listed with your own records.", 8)
    pen.text(X0, f.y + 194, "If you think Medicare made a mistake, you can file an appeal (see the last page).", 8)
    pen.new_page()
    f.y = furniture(pen)
    pen.text(X0, f.y, "Your Claims for Part B (Medical Insurance)", 11, True)
    f.y += 18
    heads = ["Service Provided & Billing Code", "Did\nMedicare\nApprove?", "Amount\nProvider\nCharged",
             "Medicare-\nApproved\nAmount", "Medicare\nPaid\nProvider", "Maximum\nYou May\nBe Billed", "See\nNotes"]

    def colhead(y):
        for h, (a, b) in zip(heads, xs):
            for k, part in enumerate(h.split("\n")):
                pen.text(a, y + 8 + k * 8.5, part, 6.8, True)
        pen.line(X0, y + 30, X1, y + 30, 0.8)
        return y + 42

    for prov, addr, clm, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            medicare(s, st)
            s.remarks = ["A"] if s.denied else (["B"] if s.deductible else [])
            svcs.append(s)
        dd = dfmt(svcs[0].dos, "month")

        def head(y, cont=False):
            pen.text(X0, y, dd + ("  (continued)" if cont else ""), 9.5, True)
            pen.text(X0, y + 12, f"Claim number {clm}", 8)
            pen.text(230, y, prov, 8.5, True)
            pen.text(230, y + 12, addr, 8)
            return colhead(y + 16)
        f.need(90)
        f.y = head(f.y)
        f.repeat = lambda y: head(y, True)
        for s in svcs:
            code = "(" + "-".join((s.code,) + s.mods) + ")"
            wl = pen.wrap(s.desc + " " + code, 168, 7.6)
            f.need(11 * len(wl) + 4)
            for k, t in enumerate(wl):
                pen.text(X0, f.y + k * 10, t, 7.6)
            ly = f.y + (len(wl) - 1) * 10
            vals = ["No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                    " ".join(s.remarks)]
            for v, (a, b) in zip(vals, xs[1:]):
                pen.text(a, ly, v, 7.6)
            T.add(pen.page, s, claim_id=None, payer_claim_id=clm, patient=who, units=False,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            f.y = ly + 14
        f.repeat = None
        f.need(16)
        pen.line(X0, f.y - 9, X1, f.y - 9, 0.4)
        pen.text(X0, f.y, "Total for this claim", 7.6, True)
        for v, (a, b) in zip((total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")), xs[2:]):
            pen.text(a, f.y, money(v), 7.6, True)
        T.claim(None, clm, who, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        f.y += 28
    f.need(70)
    pen.text(X0, f.y, "Notes for Claims Above", 9, True)
    pen.text(X0, f.y + 13, "A  This service is not payable when given for this reason. You may be billed for it.", 7.6)
    pen.text(X0, f.y + 25, "B  This approved amount was applied toward your yearly deductible.", 7.6)
    pen.new_page()
    furniture(pen)
    pen.text(X0, 100, "How to Handle Denials or File an Appeal", 11, True)
    for k, s in enumerate(["If you disagree with a coverage decision on this notice, you can file an appeal.",
                           "Appeals must be filed within 120 days of the date you receive this notice.",
                           "Circle the service you disagree with and explain why on a separate page."]):
        pen.text(X0, 120 + k * 12, s, 8)
    pen.save()
    return T, pen.page, "Medicare Summary Notice Part B"


# ============================================================================ m2 Medicare Advantage EOB, fpdf2
@layout("m2", Fmt(lambda d: money(d, "$"), lambda d: dfmt(d, "mon"), code=lambda ln: ["-".join([ln["code"]] + ln["modifiers"])]))
def m2(path):
    pen = FPen(path, family="LibSerif")
    T = Truth()
    st = PlanState(allowed_rate=Q("0.62"), visit_copay=Q("20.00"))
    who = "Bernard Oyelaran-Price"
    claims = [("Crestline Therapy Partners", "CTP-0081127", "MA2601-77315-01",
               [(D(2026, 1, 6), "97163", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP",)),
                (D(2026, 1, 8), "97110", 2, ("GP",)), (D(2026, 1, 8), "97140", 1, ("GP", "59")),
                (D(2026, 1, 8), "97116", 1, ("GP",))]),
              ("Crestline Therapy Partners", "CTP-0081390", "MA2601-80022-01",
               [(D(2026, 1, 13), "97110", 2, ("GP",)), (D(2026, 1, 13), "97112", 1, ("GP",)),
                (D(2026, 1, 13), "0552T", 1, ("GP",), "CO"), (D(2026, 1, 15), "97530", 2, ("GP",)),
                (D(2026, 1, 15), "97140", 1, ("GP", "59"))]),
              ("Summit Crest Family Practice", "SCFP-20419", "MA2601-81760-02",
               [(D(2026, 1, 21), "99214", 1, ()), (D(2026, 1, 21), "G0283", 1, ())]),
              ("Northside Speech Services", "NSS-4410", "MA2601-90135-01",
               [(D(2026, 1, 27), "92523", 1, ("GN",)), (D(2026, 1, 29), "92507", 1, ("GN",))])]
    X0, X1 = 42, 570
    cols = [("Date", 62, "l"), ("Service", 150, "l"), ("Code", 56, "l"), ("Qty", 22, "r"), ("Provider's\ncharge", 52, "r"),
            ("Plan-approved\namount", 62, "r"), ("Plan's\nshare", 48, "r"), ("Your\nshare", 46, "r"), ("Notes", 20, "l")]
    xs, x = [], X0 + 4
    for _, w, a in cols:
        xs.append((x, x + w, a))
        x += w + 3

    def furniture(p):
        p.text(X0, 42, "Summit Crest Medicare Advantage (HMO)", 14, True)
        p.text(X0, 56, "Explanation of Benefits for the month of January 2026", 9)
        p.text(X1, 42, f"Member: {who}", 8, align="r")
        p.text(X1, 53, "Member ID: SCM 7702 1184 0", 8, align="r")
        p.text(X1, 64, f"Page {p.page}", 8, align="r")
        p.line(X0, 70, X1, 70, 1)
        return 88

    f = Flow(pen, furniture, pen.h - 48)
    pen.text(X0, f.y, "This is not a bill. Here are the medical claims we processed for you last month.", 9)
    f.y += 20
    for prov, acct, clm, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            commercial(s, st, deny_reason="96")
            s.remarks = ["3"] if s.denied else (["1"] if s.copay else [])
            svcs.append(s)
        h = 48 + 13 * len(svcs) + 16
        f.need(h)
        top = f.y
        pen.rect(X0, top, X1 - X0, h - 4)
        pen.text(X0 + 6, top + 12, f"Claim number {clm}", 9, True)
        pen.text(X0 + 210, top + 12, f"{prov}   (account {acct})", 8.5)
        y = top + 20
        pen.rect(X0, y, X1 - X0, 20, fill=0.88)
        for (hh, _, _), (a, b, al) in zip(cols, xs):
            for k, part in enumerate(hh.split("\n")):
                pen.text(b if al == "r" else a, y + 8 + k * 8, part, 6.8, True, "r" if al == "r" else "l")
        y += 32
        for s in svcs:
            vals = [dfmt(s.dos, "mon"), s.desc[:34], "-".join((s.code,) + s.mods), units_str(s.units), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), ",".join(s.remarks)]
            for v, (a, b, al) in zip(vals, xs):
                pen.text(b if al == "r" else a, y, v, 7.6, False, "r" if al == "r" else "l")
            T.add(pen.page, s, claim_id=acct, payer_claim_id=clm, patient=who,
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            y += 13
        pen.line(X0 + 4, y - 9, X1 - 4, y - 9, 0.3)
        pen.text(xs[1][0], y, "Claim total", 7.6, True)
        for v, (a, b, al) in zip((total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"), total(svcs, "owes")), xs[4:8]):
            pen.text(b, y, money(v), 7.6, True, "r")
        T.claim(acct, clm, who, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                patient_owes=total(svcs, "owes"))
        f.y = top + h + 8
    f.need(80)
    pen.text(X0, f.y, "Notes", 9, True)
    for k, s in enumerate(["1  Your $20.00 copay for an outpatient rehab or office visit.",
                           "3  The plan does not cover this service. The provider agreed not to bill you for it.",
                           "Your year-to-date out-of-pocket spending: $100.00 of your $4,900.00 maximum."]):
        pen.text(X0, f.y + 13 + k * 11, s, 8)
    pen.save()
    return T, pen.page, "Medicare Advantage member EOB"


# ============================================================================ d1 Medicaid RA mainframe, Courier
@layout("d1", Fmt(lambda d: money(d, ",", "trail"), lambda d: dfmt(d, "mdy6"), units=lambda u: f"{Decimal(u):.2f}"))
def d1(path):
    pen = RLPen(path, family="Courier", landscape=True)
    T = Truth()
    X0 = 30
    LH = 9.4
    FS = 7.4

    def furniture(p):
        p.text(X0, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", FS, True)
        p.text(X0, 30 + LH, "REMITTANCE ADVICE                    PROVIDER: LITTLE OAK THERAPY GROUP  PROV ID 0048812210", FS)
        p.text(X0, 30 + 2 * LH, f"RA NUMBER 2026-0206-118      RA DATE 02/06/26      PAGE {p.page:>3}", FS)
        p.text(X0, 30 + 3 * LH, "-" * 150, FS)
        return 30 + 5 * LH

    hdr = "LN  SVC FROM SVC TO   PROC   MOD1 MOD2   UNITS       BILLED    ALLOWED        TPL       PAID  EOB CODES"

    def row(ln, s, neg=False):
        return (f"{ln:>2}  {dfmt(s.dos, 'mdy6')}   {dfmt(s.dos, 'mdy6')}   {s.code:<6} {(s.mods + ('', ''))[0]:<4} "
                f"{(s.mods + ('', ''))[1]:<4} {s.units:>7.2f} {m_plain(s.billed):>12} {m_plain(s.allowed):>10} "
                f"{m_plain(Q(0)):>10} {m_plain(s.paid):>10}  {' '.join(s.remarks)}")

    kids = {"TOBIAS": ("GARCIA-LOWE, TOBIAS", "700012345"), "AMARA": ("GARCIA-LOWE, AMARA", "700012346"),
            "KEONI": ("PAHIA, KEONI", "700455190"), "LUZ": ("OBREGON, LUZ", "700883201")}
    sections = [
        ("CLAIMS PAID", [("TOBIAS", "2226005001234", "LOT-8812-A", [(D(2026, 1, 5), "97165", 1, ("GO",)), (D(2026, 1, 5), "97530", 2, ("GO",)),
            (D(2026, 1, 7), "97530", 3, ("GO",)), (D(2026, 1, 9), "97530", 2, ("GO",)), (D(2026, 1, 9), "97533", 2, ("GO", "59")),
            (D(2026, 1, 12), "97530", 3, ("GO",)), (D(2026, 1, 14), "97530", 2, ("GO",)), (D(2026, 1, 14), "97112", 1, ("GO", "59")),
            (D(2026, 1, 16), "97530", 3, ("GO",)), (D(2026, 1, 19), "97530", 2, ("GO",)), (D(2026, 1, 21), "97535", 2, ("GO",)),
            (D(2026, 1, 23), "97530", 3, ("GO",)), (D(2026, 1, 26), "97530", 2, ("GO",)), (D(2026, 1, 28), "97530", 3, ("GO",)),
            (D(2026, 1, 30), "97530", 2, ("GO",))]),
         ("AMARA", "2226005001302", "LOT-8813-A", [(D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 13), "92507", 1, ("GN",)),
            (D(2026, 1, 20), "92507", 1, ("GN",)), (D(2026, 1, 27), "92507", 1, ("GN",))]),
         ("KEONI", "2226005004410", "LOT-9021-B", [(D(2026, 1, 8), "97161", 1, ("GP",)), (D(2026, 1, 8), "97110", 2, ("GP",)),
            (D(2026, 1, 15), "97110", 2, ("GP",)), (D(2026, 1, 15), "97116", 2, ("GP",)), (D(2026, 1, 22), "97140", 2, ("GP",)),
            (D(2026, 1, 29), "97110", 3, ("GP",))])]),
        ("CLAIMS DENIED", [("LUZ", "2226005007781", "LOT-9340-C", [(D(2026, 1, 10), "97533", 2, ("GO",), "CO"),
            (D(2026, 1, 10), "97530", 2, ("GO",), "CO")])]),
        ("CLAIM ADJUSTMENTS", [("KEONI", "2225336009981", "LOT-8711-B", [(D(2025, 12, 4), "97110", 3, ("GP",)),
            (D(2025, 12, 4), "97140", 2, ("GP",)), (D(2025, 12, 11), "97110", 3, ("GP",)), (D(2025, 12, 11), "97116", 2, ("GP",))], "REV"),
            ("KEONI", "2226005009982", "LOT-8711-B", [(D(2025, 12, 4), "97110", 2, ("GP",)), (D(2025, 12, 4), "97140", 2, ("GP",)),
             (D(2025, 12, 11), "97110", 2, ("GP",)), (D(2025, 12, 11), "97116", 2, ("GP",)), (D(2025, 12, 18), "97110", 2, ("GP",)),
             (D(2025, 12, 18), "97140", 1, ("GP", "59"))])]),
    ]
    f = Flow(pen, furniture, pen.h - 30)
    for sec, claims in sections:
        f.need(60)
        pen.text(X0, f.y, f"*** {sec} ***", FS, True)
        f.y += LH * 1.6
        for c in claims:
            kid, icn, acct, rows = c[:4]
            rev = len(c) > 4
            nm, rid = kids[kid]
            svcs = []
            for r in rows:
                s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
                medicaid(s, deny_reason="204")
                s.remarks = ["0412", "0097"] if s.denied else (["0341"] if s.discount else [])
                if rev:
                    s = negate(s)
                    s.remarks = ["0870"]
                svcs.append(s)

            def head(y, cont=False):
                pen.text(X0, y, f"RECIPIENT NAME {nm:<24} RECIP ID {rid}   ICN {icn}   PAT ACCT {acct}"
                         + ("   (CONTINUED)" if cont else ""), FS)
                pen.text(X0, y + LH, hdr, FS)
                return y + 2 * LH
            f.need(4 * LH)
            f.y = head(f.y)
            f.repeat = lambda y: head(y, True)
            for k, s in enumerate(svcs, 1):
                f.need(LH)
                pen.text(X0, f.y, row(k, s), FS)
                T.add(pen.page, s, claim_id=acct, payer_claim_id=icn, patient=nm, service_end=s.dos,
                      printed=("billed", "allowed", "paid"), remarks=s.remarks)
                f.y += LH
            f.repeat = None
            f.need(2 * LH)
            tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
            pen.text(X0, f.y, f"{'CLAIM TOTAL':<50}{m_plain(tb):>12} {m_plain(ta):>10} {m_plain(Q(0)):>10} {m_plain(tp):>10}", FS, True)
            T.claim(acct, icn, nm, billed=tb, allowed=ta, paid=tp)
            f.y += LH * 2
    f.need(8 * LH)
    for k, s in enumerate(["EOB CODE DESCRIPTIONS", "0341  PAYMENT LIMITED TO THE PROGRAM FEE SCHEDULE RATE.",
                           "0412  SERVICE REQUIRES PRIOR AUTHORIZATION THAT WAS NOT ON FILE FOR THESE DATES.",
                           "0097  RECIPIENT IS ASSIGNED TO A THERAPY PROVIDER OTHER THAN THE BILLING PROVIDER.",
                           "0870  PRIOR PAYMENT TAKEN BACK; CLAIM REPROCESSED UNDER A NEW ICN."]):
        pen.text(X0, f.y + k * LH, s, FS, k == 0)
    pen.save()
    return T, pen.page, "state Medicaid remittance advice (mainframe print)"


# ============================================================================ d2 Medicaid portal RA, fpdf2
@layout("d2", Fmt(lambda d: money(d, "$"), lambda d: dfmt(d, "mdy4"), units=lambda u: f"{Decimal(u):.2f}",
                  code=lambda ln: [ln["code"]] + ([",".join(ln["modifiers"])] if ln["modifiers"] else [])))
def d2(path):
    pen = FPen(path, family="DejaCond")
    T = Truth()
    X0, X1 = 36, 576
    cols = [("Ln", 14, "l"), ("From", 48, "l"), ("To", 48, "l"), ("Procedure", 44, "l"), ("Modifiers", 44, "l"),
            ("Units", 28, "r"), ("Billed", 50, "r"), ("Allowed", 48, "r"), ("Paid", 46, "r"), ("Adjustments", 82, "l"),
            ("RARC", 30, "l")]
    xs, x = [], X0 + 4
    for _, w, a in cols:
        xs.append((x, x + w, a))
        x += w + 4

    def furniture(p):
        p.rect(X0, 30, X1 - X0, 34, fill=0.15, stroke=False)
        p.pdf.set_text_color(255)
        p.pdf.set_font(p.fam, "B", 12)
        p.pdf.text(X0 + 8, 46, "Prairie State Medicaid  |  Provider Remittance Advice")
        p.pdf.set_font(p.fam, "", 7.5)
        p.pdf.text(X0 + 8, 58, "Payee: Brightwater Speech & OT, LLC    NPI 1558402217    Payment date 02/11/2026    EFT 0009184420")
        p.pdf.set_text_color(0)
        p.text(X1, 76, f"Page {p.page}", 7.5, align="r")
        return 88

    claims = [("Nell Araujo", "MID 44018872", "2026041000117", "BW-30021", "Paid",
               [(D(2026, 1, 5), "92523", 1, ("GN",)), (D(2026, 1, 12), "92507", 1, ("GN",)), (D(2026, 1, 19), "92507", 1, ("GN",))]),
              ("Otis Araujo", "MID 44018873", "2026041000118", "BW-30022", "Paid",
               [(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO", "59")), (D(2026, 1, 13), "97530", 3, ("GO",)),
                (D(2026, 1, 13), "97535", 1, ("GO",)), (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97112", 2, ("GO", "59"))]),
              ("Wren Hollister", "MID 52207716", "2026041000131", "BW-30107", "Denied",
               [(D(2026, 1, 8), "92507", 1, ("GN",), "CO"), (D(2026, 1, 15), "92507", 1, ("GN",), "CO")]),
              ("Cyrus Bellamy-Ortiz", "MID 60091145", "2026041000152", "BW-30188", "Paid",
               [(D(2026, 1, 9), "97165", 1, ("GO",)), (D(2026, 1, 9), "97760", 1, ("GO",)), (D(2026, 1, 9), "L3807", 1, ("LT",)),
                (D(2026, 1, 16), "97530", 2, ("GO",)), (D(2026, 1, 23), "97530", 2, ("GO",)), (D(2026, 1, 23), "97140", 1, ("GO", "59")),
                (D(2026, 1, 30), "97530", 2, ("GO",))]),
              ("Mae Lindqvist", "MID 61120084", "2026041000160", "BW-30201", "Paid",
               [(D(2026, 1, 14), "92610", 1, ("GN",)), (D(2026, 1, 21), "92526", 1, ("GN",)), (D(2026, 1, 28), "92526", 1, ("GN",))])]
    f = Flow(pen, furniture, pen.h - 40)
    for name, mid, tcn, acct, status, rows in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            medicaid(s, deny_reason="N/A")
            if s.denied:
                s.adjs = [("CO", "15", s.billed)]
                s.remarks = ["N54"]
            svcs.append(s)
        nrows = sum(max(1, len(s.adjs)) for s in svcs)
        f.need(50 + 10 * nrows + 14)
        pen.rect(X0, f.y, X1 - X0, 26, fill=0.93)
        pen.text(X0 + 6, f.y + 10, f"Member: {name}", 8.5, True)
        pen.text(X0 + 200, f.y + 10, f"Member ID: {mid.split()[1]}", 7.8)
        pen.text(X0 + 340, f.y + 10, f"TCN: {tcn}", 7.8)
        pen.text(X0 + 6, f.y + 21, f"Patient Acct No.: {acct}", 7.8)
        pen.text(X0 + 200, f.y + 21, f"Claim Status: {status}", 7.8)
        f.y += 28
        for (h, _, _), (a, b, al) in zip(cols, xs):
            pen.text(b if al == "r" else a + (12 if h == "Adjustments" else 0), f.y + 8, h, 7, True,
                     "r" if al == "r" else "l")
        pen.line(X0, f.y + 11, X1, f.y + 11, 0.5)
        f.y += 21
        for k, s in enumerate(svcs, 1):
            vals = [str(k), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), f"{s.units:.2f}",
                    money(s.billed), money(s.allowed), money(s.paid)]
            for v, (a, b, al) in zip(vals, xs):
                pen.text(b if al == "r" else a, f.y, v, 7.5, False, "r" if al == "r" else "l")
            for j, (g, c, am) in enumerate(s.adjs):
                pen.text(xs[9][0] + 12, f.y + j * 9, f"{g}-{c} {money(am, ',')}", 7.5)
            pen.text(xs[10][0], f.y, " ".join(s.remarks), 7.5)
            T.add(pen.page, s, claim_id=acct, payer_claim_id=tcn, patient=name, service_end=s.dos,
                  printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks)
            f.y += 9 * max(1, len(s.adjs)) + 2
        pen.line(X0, f.y - 7, X1, f.y - 7, 0.3)
        pen.text(xs[3][0], f.y + 1, "Claim totals", 7.5, True)
        for v, (a, b, al) in zip((total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")), xs[6:9]):
            pen.text(b, f.y + 1, money(v), 7.5, True, "r")
        T.claim(acct, tcn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        f.y += 22
    f.need(60)
    pen.text(X0, f.y, "Adjustment group CO = contractual; reason 45 = above the program's maximum fee; 15 = missing/invalid authorization.", 7.2)
    pen.text(X0, f.y + 11, "RARC N54: the authorization on file does not cover these dates of service.", 7.2)
    pen.save()
    return T, pen.page, "state Medicaid portal remittance advice"


# ============================================================================ p1 SPR reprint, Liberation Mono
SPR = "{:<10}  {:<4} {:<6}  {:<3} {:>3} {:<5} {:<9} {:>9} {:>9} {:>8} {:>8}  {:<7}{:>8} {:>10}"


@layout("p1", Fmt(lambda d: money(d, "", "trail"), lambda d: f"{d:%m%d}", units=lambda u: u))
def p1(path):
    pen = RLPen(path, family="LibMono", landscape=True)
    T = Truth()
    X0, LH, FS = 28, 9.6, 7.3
    st0 = dict(ded_left=Q("0.00"))

    def furniture(p):
        p.text(X0, 28, "RELAYBRIDGE CLAIMS NETWORK - REMITTANCE REPRINT (STANDARD PAPER FORMAT)", FS, True)
        p.text(X0, 28 + LH, "PAYER: HEARTLAND PART B MEDICARE CONTRACTOR, JURISDICTION 9   PAYEE: MEADOWLARK REHAB SERVICES  NPI 1902837465", FS)
        p.text(X0, 28 + 2 * LH, f"CHECK/EFT #: 00061928374   DATE: 02/10/2026                                                 PAGE #: {p.page}", FS)
        p.text(X0, 28 + 4 * LH, SPR.format("PERF PROV", "SERV", "DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED",
                                           "DEDUCT", "COINS", "GRP/RC-", "AMT", "PROV PD"), FS, True)
        p.text(X0, 28 + 5 * LH, "_" * 116, FS)
        return 28 + 7 * LH

    pts = [("ALVAREZ, DORIS", "2QW7TR4HJ81", "MLR-2201-77", "0226008123450", False,
            [(D(2026, 1, 5), "97162", 1, ("GP", "KX")), (D(2026, 1, 5), "97110", 2, ("GP", "KX")), (D(2026, 1, 5), "97140", 1, ("GP", "59")),
             (D(2026, 1, 7), "97112", 1, ("GP", "KX")), (D(2026, 1, 7), "97530", 2, ("GP", "KX"))]),
           ("BRANNIGAN, WALTER", "7MK3PL9XE22", "MLR-2201-81", "0226008123511", True,
            [(D(2026, 1, 6), "97110", 2, ("GP",)), (D(2026, 1, 6), "97112", 1, ("GP",)), (D(2026, 1, 8), "97110", 2, ("GP",)),
             (D(2026, 1, 8), "97116", 1, ("GP",)), (D(2026, 1, 13), "97110", 2, ("GP",)), (D(2026, 1, 13), "97530", 1, ("GP",)),
             (D(2026, 1, 15), "97110", 2, ("GP",)), (D(2026, 1, 15), "97140", 1, ("GP", "59")), (D(2026, 1, 20), "97110", 2, ("GP",)),
             (D(2026, 1, 20), "97112", 1, ("GP",)), (D(2026, 1, 22), "97110", 2, ("GP", "CQ")), (D(2026, 1, 22), "97530", 1, ("GP", "CQ"))]),
           ("CHIU, MARGARET", "4ND8VB2RS07", "MLR-2201-90", "0226008124007", False,
            [(D(2026, 1, 9), "97165", 1, ("GO",)), (D(2026, 1, 9), "97535", 2, ("GO",)), (D(2026, 1, 16), "97530", 2, ("GO",)),
             (D(2026, 1, 16), "97535", 1, ("GO", "CO"))]),
           ("DELACROIX, HENRI", "9AZ5QC6UY34", "MLR-2201-95", "0226008124110", False,
            [(D(2026, 1, 12), "92523", 1, ("GN",)), (D(2026, 1, 19), "92507", 1, ("GN",)), (D(2026, 1, 26), "92507", 1, ("GN",))]),
           ("ESPINOSA, RUTH", "3LP2WE8KD55", "MLR-2201-99", "0226008124388", False,
            [(D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "0552T", 1, ("GP",), "CO")])]
    f = Flow(pen, furniture, pen.h - 28)
    for nm, mid, acnt, icn, ded, rows in pts:
        st = PlanState(ded_left=Q("257.00") if ded else Q("0.00"))
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
            svcs.append(s)

        def head(y, cont=False):
            pen.text(X0, y, f"NAME {nm:<20} MID {mid}  ACNT {acnt:<14} ICN {icn}  ASG Y  MOA MA01"
                     + ("   CONT" if cont else ""), FS)
            return y + LH * 1.3
        f.need(4 * LH)
        f.y = head(f.y)
        f.repeat = lambda y: head(y, True)
        for s in svcs:
            f.need(LH * len(s.adjs))
            a0 = s.adjs[0]
            mods = " ".join(s.mods)
            pen.text(X0, f.y, SPR.format("1417730092", f"{s.dos:%m%d}", f"{s.dos:%m%d%y}", "11", units_str(s.units), s.code,
                                         mods, money(s.billed, ''), money(s.allowed, ''), money(s.deductible, ''),
                                         money(s.coinsurance, ''), f"{a0[0]}-{a0[1]}", money(a0[2], ''),
                                         money(s.paid, '')), FS)
            for g, c, am in s.adjs[1:]:
                f.y += LH
                pen.text(X0, f.y, SPR.format("", "", "", "", "", "", "", "", "", "", "", f"{g}-{c}", money(am, ''), ""), FS)
            rm = "" if not s.remarks else f"   REM: {' '.join(s.remarks)}"
            if rm:
                f.y += LH
                pen.text(X0, f.y, " " * 12 + rm.strip(), FS)
            T.add(pen.page, s, claim_id=acnt, payer_claim_id=icn, patient=nm, service_end=s.dos,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs, remarks=s.remarks)
            f.y += LH
        f.repeat = None
        f.need(3 * LH)
        pr = total(svcs, "deductible") + total(svcs, "coinsurance") + sum((s.owes for s in svcs if s.denied), Q(0))
        co = sum((a[2] for s in svcs for a in s.adjs if a[0] == "CO"), Q(0))
        pen.text(X0, f.y, SPR.format("PT RESP", money(pr, ''), "", "", "", "CLAIM", "TOTALS", money(total(svcs, 'billed'), ''),
                                     money(total(svcs, 'allowed'), ''), money(total(svcs, 'deductible'), ''),
                                     money(total(svcs, 'coinsurance'), ''), "", money(co, ''), money(total(svcs, 'paid'), '')), FS)
        pen.text(X0, f.y + LH, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00       NET {money(total(svcs, 'paid'), ''):>10}", FS)
        T.claim(acnt, icn, nm, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        f.y += LH * 3
    f.need(8 * LH)
    for k, s in enumerate(["GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES",
                           "CO   CONTRACTUAL OBLIGATION - AMOUNT FOR WHICH THE PROVIDER IS FINANCIALLY LIABLE.",
                           "PR   PATIENT RESPONSIBILITY - AMOUNT THAT MAY BE BILLED TO THE PATIENT.",
                           "45   CHARGE ABOVE THE FEE SCHEDULE AMOUNT.   1  DEDUCTIBLE.   2  COINSURANCE.",
                           "253  SEQUESTRATION REDUCTION.   96  SERVICE NOT COVERED.",
                           "N425 STATUTORILY EXCLUDED SERVICE.   MA01 APPEAL RIGHTS NOTICE."]):
        pen.text(X0, f.y + k * LH, s, FS, k == 0)
    pen.save()
    return T, pen.page, "clearinghouse reprint of a Medicare standard paper remit"


# ============================================================================ p2 PM-system ERA print, fpdf2
@layout("p2", Fmt(lambda d: money(d, ",", "trail"), lambda d: dfmt(d, "mdy2")))
def p2(path):
    pen = FPen(path, family="DejaSans")
    T = Truth()
    X0, X1 = 30, 582
    cols = [("Svc Date", 40, "l"), ("CPT", 32, "l"), ("Mods", 34, "l"), ("Units", 24, "r"), ("Charged", 48, "r"),
            ("Allowed", 46, "r"), ("Deduct", 40, "r"), ("Copay", 38, "r"), ("Coins", 38, "r"), ("Adjustments", 86, "l"),
            ("Paid", 46, "r")]
    xs, x = [], X0 + 6
    for _, w, a in cols:
        xs.append((x, x + w, a))
        x += w + 4

    def furniture(p):
        p.text(X0, 34, "ClinicFlow PM", 12, True)
        p.text(X0 + 98, 34, "ERA Payment Detail", 10)
        p.text(X1, 34, f"Printed 02/12/26 09:14   Page {p.page}", 7, align="r")
        p.text(X0, 47, "Practice: Juniper Ridge Therapy Associates   Payer: Sagebrush Health Plan   Check/EFT: EFT 7730019   Amount: see totals", 7)
        p.line(X0, 52, X1, 52, 0.8)
        return 66

    st = PlanState(ded_left=Q("150.00"), coins_rate=Q("0.20"), allowed_rate=Q("0.74"))
    claims = [("Pennington, Lucy", "JRT-100441", "SHP26014400191", "Processed as primary",
               [(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)), (D(2026, 1, 13), "97530", 2, ("GO",)),
                (D(2026, 1, 13), "97533", 1, ("GO", "59"))], None),
              ("Marsh, Dexter", "JRT-100458", "SHP26014400207", "Denied",
               [(D(2026, 1, 7), "97110", 2, ("GP",), "CO"), (D(2026, 1, 7), "97140", 1, ("GP",), "CO")], None),
              ("Quill, Ophelia", "JRT-099870", "SHP25124400915", "Reversal of prior payment",
               [(D(2025, 12, 9), "92507", 1, ("GN",)), (D(2025, 12, 16), "92507", 1, ("GN",))], "rev"),
              ("Quill, Ophelia", "JRT-099870", "SHP26014400311", "Processed as primary (corrected)",
               [(D(2025, 12, 9), "92507", 1, ("GN",)), (D(2025, 12, 16), "92507", 1, ("GN", "KX"))], None),
              ("Abernathy, Cole", "JRT-100502", "SHP26014400342", "Processed as primary",
               [(D(2026, 1, 15), "97162", 1, ("GP",)), (D(2026, 1, 15), "97110", 2, ("GP",)), (D(2026, 1, 22), "97110", 2, ("GP",)),
                (D(2026, 1, 22), "97112", 1, ("GP",)), (D(2026, 1, 22), "97140", 1, ("GP", "59"))], None)]
    f = Flow(pen, furniture, pen.h - 40)
    for nm, acct, pcn, status, rows, rev in claims:
        svcs = []
        for r in rows:
            s = Svc(r[0], r[1], r[2], r[3], denied=r[4] if len(r) > 4 else None)
            commercial(s, st if not rev else PlanState(allowed_rate=Q("0.74")), deny_reason="197")
            if rev:
                s = negate(s)
            svcs.append(s)
        n = sum(len(s.adjs) or 1 for s in svcs)
        h = 44 + 10 * n + 18
        f.need(h + 6)
        top = f.y
        pen.rect(X0, top, X1 - X0, h)
        pen.rect(X0, top, X1 - X0, 16, fill=0.9)
        pen.text(X0 + 6, top + 11, f"Patient: {nm}", 8, True)
        pen.text(X0 + 170, top + 11, f"Pt Acct: {acct}", 7.5)
        pen.text(X0 + 280, top + 11, f"Payer Claim #: {pcn}", 7.5)
        pen.text(X1 - 6, top + 11, f"Status: {status}", 7, align="r")
        y = top + 28
        for (hh, _, _), (a, b, al) in zip(cols, xs):
            pen.text(b if al == "r" else a, y, hh, 6.8, True, "r" if al == "r" else "l")
        y += 12
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units)] + [m_plain(v) for v in (
                s.billed, s.allowed, s.deductible, s.copay, s.coinsurance)]
            for v, (a, b, al) in zip(vals, xs):
                pen.text(b if al == "r" else a, y, v, 7.2, False, "r" if al == "r" else "l")
            pen.text(xs[10][1], y, m_plain(s.paid), 7.2, False, "r")
            for j, (g, c, am) in enumerate(s.adjs):
                pen.text(xs[9][0], y + 10 * j, f"{g}-{c} {m_plain(am)}", 7.2)
            T.add(pen.page, s, claim_id=acct, payer_claim_id=pcn, patient=nm,
                  printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid"), adjustments=s.adjs)
            y += 10 * (len(s.adjs) or 1)
        pen.line(X0 + 6, y - 7, X1 - 6, y - 7, 0.3)
        pen.text(xs[0][0], y + 2, "Claim totals", 7.2, True)
        for v, k in ((total(svcs, "billed"), 4), (total(svcs, "allowed"), 5), (total(svcs, "paid"), 10)):
            pen.text(xs[k][1], y + 2, m_plain(v), 7.2, True, "r")
        T.claim(acct, pcn, nm, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        f.y = top + h + 10
    f.need(50)
    pen.text(X0, f.y, "Reason codes: 45 fee arrangement reduction; 1 deductible; 2 coinsurance; 3 copay; 197 no prior authorization on file.", 7)
    pen.save()
    return T, pen.page, "practice-management ERA payment detail print"


# ============================================================================ s1 clinic family statement, reportlab
@layout("s1", Fmt(lambda d: money(d, "", "()"), lambda d: dfmt(d, "mdy4")))
def s1(path):
    pen = RLPen(path, family="LibSerif")
    T = Truth()
    DUE = ["$0.00"]
    X0, X1 = 34, 578
    cols = [("Date", 50, "l"), ("Patient", 82, "l"), ("Visit #", 44, "l"), ("Code", 30, "l"), ("Mod", 28, "l"),
            ("Units", 22, "r"), ("Charge", 44, "r"), ("Insurance\nPaid", 44, "r"), ("Ins.\nAdjust", 42, "r"),
            ("You\nPaid", 34, "r"), ("Balance", 44, "r")]
    xs, x = [], X0
    for _, w, a in cols:
        xs.append((x, x + w, a))
        x += w + 3

    def colhead(y):
        for (h, _, _), (a, b, al) in zip(cols, xs):
            for k, part in enumerate(h.split("\n")):
                pen.text(b if al == "r" else a, y + 8 + k * 8, part, 7, True, "r" if al == "r" else "l")
        pen.line(X0, y + 20, X1, y + 20, 0.8)
        return y + 30

    def furniture(p):
        p.text(X0, 40, "Little Harbor Pediatric Therapy", 14, True)
        p.text(X0, 52, "410 Seawall Avenue, Suite 2B  -  Port Idris, ST 55310  -  (555) 014-2290", 7.5)
        p.text(X1, 40, "STATEMENT", 12, True, "r")
        p.text(X1, 52, f"Page {p.page} of 2", 7.5, align="r")
        y = 62
        if p.page == 1:
            p.rect(X0, y, X1 - X0, 66)
            for k, (a, b) in enumerate([("Statement date", "02/05/2026"), ("Account no.", "LH-20417"),
                                        ("Amount due", DUE[0]), ("Due by", "03/01/2026")]):
                p.text(X0 + 8 + k * 135, y + 14, a, 7)
                p.text(X0 + 8 + k * 135, y + 27, b, 9, True)
            p.text(X0 + 8, y + 44, "Guarantor: Marisol Ketteridge, 88 Tern Lane, Port Idris, ST 55311", 8)
            p.text(X0 + 8, y + 57, "Please detach and return the top part with your payment.   Amount enclosed: $________", 7.5)
            p.line(X0, y + 74, X1, y + 74, 0.5)
            p.text(X0, y + 84, "- - - - - - - - - - - - - - - - - - - keep the lower part for your records - - - - - - - - - - - - - - - - - - -", 6.5)
            y += 96
        return colhead(y)

    st = PlanState(ded_left=Q("200.00"), coins_rate=Q("0.20"), allowed_rate=Q("0.80"))
    visits = [("Ezra Ketteridge", "V-87410", D(2025, 12, 1), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
              ("Willa Ketteridge", "V-87433", D(2025, 12, 2), [("92507", 1, ("GN",))]),
              ("Ezra Ketteridge", "V-87502", D(2025, 12, 8), [("97530", 2, ("GO",)), ("97533", 1, ("GO", "59"))]),
              ("Willa Ketteridge", "V-87518", D(2025, 12, 9), [("92507", 1, ("GN",))]),
              ("Ezra Ketteridge", "V-87611", D(2025, 12, 15), [("97530", 3, ("GO",))]),
              ("Willa Ketteridge", "V-87640", D(2025, 12, 16), [("92507", 1, ("GN",))]),
              ("Ezra Ketteridge", "V-87702", D(2025, 12, 22), [("97530", 2, ("GO",)), ("97112", 1, ("GO", "59"))]),
              ("Willa Ketteridge", "V-87725", D(2025, 12, 23), [("92507", 1, ("GN",))]),
              ("Ezra Ketteridge", "V-88120", D(2026, 1, 5), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
              ("Willa Ketteridge", "V-88131", D(2026, 1, 6), [("92523", 1, ("GN",))]),
              ("Ezra Ketteridge", "V-88204", D(2026, 1, 12), [("97530", 2, ("GO",)), ("97533", 1, ("GO", "59"))]),
              ("Theo Ketteridge", "V-88219", D(2026, 1, 13), [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]),
              ("Willa Ketteridge", "V-88240", D(2026, 1, 13), [("92507", 1, ("GN",))]),
              ("Ezra Ketteridge", "V-88301", D(2026, 1, 19), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
              ("Theo Ketteridge", "V-88322", D(2026, 1, 20), [("97110", 2, ("GP",)), ("97112", 1, ("GP", "59"))]),
              ("Willa Ketteridge", "V-88350", D(2026, 1, 20), [("92507", 1, ("GN",))]),
              ("Ezra Ketteridge", "V-88411", D(2026, 1, 26), [("97530", 2, ("GO",)), ("97533", 1, ("GO", "59"))]),
              ("Willa Ketteridge", "V-88433", D(2026, 1, 27), [("92507", 1, ("GN",))]),
              ("Theo Ketteridge", "V-88460", D(2026, 1, 27), [("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
              ("Ezra Ketteridge", "V-88502", D(2026, 2, 2), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
              ("Willa Ketteridge", "V-88517", D(2026, 2, 3), [("92507", 1, ("GN",))])]
    pend = {"V-88502", "V-88517"}
    built = []
    for who, vno, dos, rows in visits:
        svcs = []
        for code, u, mods in rows:
            s = Svc(dos, code, u, mods)
            if vno in pend:
                s.paid = s.discount = Q(0)
                s.owes = Q(0)
                s.ptpaid = Q(0)
            else:
                commercial(s, st)
                s.ptpaid = s.copay
                s.owes = s.owes - s.ptpaid
            svcs.append(s)
        built.append((who, vno, svcs))
    due = sum((s.owes for _, v, sv in built for s in sv if v not in pend), Q(0))
    older = sum((s.owes for _, v, sv in built for s in sv if v not in pend and s.dos < D(2026, 1, 1)), Q(0))
    DUE[0] = money(due)
    f = Flow(pen, furniture, pen.h - 180)
    for who, vno, svcs in built:
        T.claim(vno, None, who)
        f.need(13 * len(svcs) + 4)
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), who, vno, s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ""),
                    "pending" if vno in pend else money(s.paid, ""), "" if vno in pend else money(-s.discount, "", "()"),
                    money(-s.ptpaid, "", "()") if s.ptpaid else "", money(s.billed if vno in pend else s.owes, "")]
            for v, (a, b, al) in zip(vals, xs):
                pen.text(b if al == "r" else a, f.y, v, 7.4, False, "r" if al == "r" else "l")
            printed = ("billed",) if vno in pend else ("billed", "paid", "patient_owes")
            T.add(pen.page, s, claim_id=vno, payer_claim_id=None, patient=who, printed=printed)
            f.y += 13
        f.y += 3
    f.need(60)
    pen.line(X0, f.y - 6, X1, f.y - 6, 0.6)
    pen.text(X0, f.y + 4, "Insurance on file: Coastal Keystone PPO, member ID CKP-5501-88210.  Visits marked pending are awaiting the insurer's decision.", 7.2)
    for k, (a, b) in enumerate([("Current", money(due - older)), ("31-60 days", money(older)), ("61-90 days", "$0.00"), ("Over 90", "$0.00"), ("Amount due", money(due))]):
        pen.rect(X0 + k * 108, f.y + 14, 104, 28)
        pen.text(X0 + 6 + k * 108, f.y + 25, a, 7)
        pen.text(X0 + 6 + k * 108, f.y + 37, b, 8.5, True)
    pen.save()
    return T, pen.page, "pediatric therapy clinic family statement"


# ============================================================================ s2 hospital guarantor statement, fpdf2
@layout("s2", Fmt(lambda d: money(d, ","), lambda d: dfmt(d, "mdy2")))
def s2(path):
    pen = FPen(path, family="LibNarrow", landscape=True)
    T = Truth()
    X0, X1 = 36, 756

    def furniture(p):
        p.text(X0, 38, "RIVERBEND REGIONAL MEDICAL CENTER", 14, True)
        p.text(X0, 50, "Outpatient Rehabilitation Services  -  1200 Mill Race Parkway, Dunmore, ST 55420", 8)
        p.text(X1, 38, "Guarantor Statement", 12, True, "r")
        p.text(X1, 50, f"Guarantor: Hollis Brightwater   Guarantor No. 30088127   Page {p.page}", 8, align="r")
        p.line(X0, 56, X1, 56, 1)
        return 74

    accts = [("Lena Brightwater", "HAR 6001234517", "01/05/26 - 01/30/26", "Cobalt Shield PPO",
              [(D(2026, 1, 5), "0434", "97167", 1, ("GO",)), (D(2026, 1, 5), "0434", "97530", 2, ("GO",)),
               (D(2026, 1, 9), "0434", "97530", 2, ("GO",)), (D(2026, 1, 9), "0434", "97535", 1, ("GO",)),
               (D(2026, 1, 14), "0434", "97530", 3, ("GO",)), (D(2026, 1, 14), "0434", "97760", 1, ("GO",)),
               (D(2026, 1, 14), "0274", "L3807", 1, ("RT",)), (D(2026, 1, 21), "0434", "97530", 2, ("GO",)),
               (D(2026, 1, 21), "0434", "97140", 1, ("GO", "59")), (D(2026, 1, 30), "0434", "97168", 1, ("GO",))],
              Q("812.44"), Q("-311.80")),
             ("Rowan Brightwater", "HAR 6001239904", "01/12/26 - 01/26/26", "Cobalt Shield PPO",
              [(D(2026, 1, 12), "0424", "97161", 1, ("GP",)), (D(2026, 1, 12), "0424", "97110", 2, ("GP",)),
               (D(2026, 1, 19), "0424", "97110", 2, ("GP",)), (D(2026, 1, 19), "0424", "97116", 1, ("GP",)),
               (D(2026, 1, 26), "0424", "97110", 2, ("GP",)), (D(2026, 1, 26), "0424", "G0283", 1, ("GP",)),
               (D(2026, 1, 26), "0444", "92610", 1, ("GN",))],
              Q("0.00"), Q("0.00"))]
    cols = [(X0 + 10, "Date"), (X0 + 70, "Rev Code"), (X0 + 130, "CPT/HCPCS"), (X0 + 210, "Description"),
            (X0 + 520, "Qty"), (X0 + 620, "Charges")]
    f = Flow(pen, furniture, pen.h - 40)
    for who, har, span, ins, rows, inspd, adj in accts:
        svcs = [Svc(r[0], r[2], r[3], r[4]) for r in rows]
        f.need(70 + 12 * len(svcs) + 60)
        pen.rect(X0, f.y, X1 - X0, 30, fill=0.92)
        pen.text(X0 + 8, f.y + 12, f"Patient: {who}", 9, True)
        pen.text(X0 + 220, f.y + 12, f"Hospital Account: {har}", 8.5)
        pen.text(X0 + 440, f.y + 12, f"Dates of Service: {span}", 8.5)
        pen.text(X0 + 8, f.y + 24, f"Primary Insurance: {ins}    Account Class: Outpatient Recurring", 8)
        f.y += 44
        for x, h in cols:
            pen.text(x + 60 if h in ("Qty", "Charges") else x, f.y, h, 8, True, "r" if h in ("Qty", "Charges") else "l")
        pen.line(X0, f.y + 4, X1, f.y + 4, 0.5)
        f.y += 16
        for s, r in zip(svcs, rows):
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy2"), r[1], code, s.desc.upper()[:48], units_str(s.units), money(s.billed, ",")]
            for (x, h), v in zip(cols, vals):
                pen.text(x + 60 if h in ("Qty", "Charges") else x, f.y, v, 8, False, "r" if h in ("Qty", "Charges") else "l")
            T.add(pen.page, s, claim_id=har.split()[1], payer_claim_id=None, patient=who, printed=("billed",))
            f.y += 12
        tb = total(svcs, "billed")
        bal = tb - inspd + adj
        for k, (lab, v) in enumerate([("Total Charges", tb), ("Insurance Payments", -inspd), ("Insurance Adjustments", adj),
                                      ("Patient Payments", Q("0.00")), ("Account Balance", bal)]):
            pen.text(X0 + 520, f.y + 6 + k * 11, lab, 8, k in (0, 4))
            pen.text(X0 + 680, f.y + 6 + k * 11, money(v, ","), 8, k in (0, 4), "r")
        if inspd == 0:
            pen.text(X0 + 10, f.y + 6, "Claim sent to your insurance on 02/02/26. No payment is due on this account yet.", 8)
        T.claim(har.split()[1], None, who, billed=tb)
        f.y += 74
    f.need(40)
    pen.text(X0, f.y, "Questions about this bill? Call Patient Financial Services at (555) 017-4400, Monday-Friday 8 a.m. to 5 p.m.", 8)
    pen.text(X0, f.y + 12, "Financial assistance is available to those who qualify. Ask us for an application.", 8)
    pen.save()
    return T, pen.page, "hospital outpatient rehab guarantor statement"


# ============================================================================ main
def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout38_"))
    out = out.resolve()
    if (REPO / "samples").resolve() in [out, *out.parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    nlines = npages = 0
    for name, (fn, fmt, span) in LAYOUTS.items():
        path = out / f"h38_{name}.pdf"
        T, pages, desc = fn(path)
        write_truth(path, f"h38_{name}", "reportlab" if name in ("c1", "m1", "d1", "p1", "s1") else "fpdf2", pages,
                    desc, T.lines, T.claims, [], T.findings)
        if "--check" in argv:
            errs, n, p = check_file(path, fmt, span=1 if name == "m1" else span)
            nlines += n
            npages += p
            print(f"{name}: {n} lines, {p} pages, {len(errs)} problems")
            for e in errs[:12]:
                print("   ", e)
            bad += len(errs)
    print(out)
    if "--check" in argv:
        print(f"total {nlines} lines, {npages} pages; {'OK' if not bad else f'{bad} PROBLEMS'}")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
