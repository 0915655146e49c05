"""Write the 29th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two of
each of the five commonest real kinds (commercial member EOBs; a legacy-format Medicare Summary Notice and a
Medicare Advantage member EOB; state Medicaid remittance advices; Medicare Part B remits reprinted by a
practice-management system / a clearinghouse; family statements from a therapy clinic and a hospital), each in a
house style unlike sets 1-28. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout29/make_heldout29_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout29/make_heldout29_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (written
with samples/pdf/eobgen.write_truth, <name>.pdf.truth.json), printed values only, null for what a layout does not
print (units too); description null throughout. claim_id = the provider's own account / patient-control / visit /
hospital-account number, payer_claim_id = the payer's claim number / ICN / TCN / claim control no., patient
exactly as printed (the person served). Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, seeded
random.Random; pages are recorded and rendered at the end so "Page n of N" is exact). h29kit.py holds the drawing
kit (one top-left API over both producers), the truth collector and the check.

Layouts (10 files, 361 service lines, 23 pages; claims continued across a page break in c1, p1, p2):
  c1  commercial PPO member EOB, fpdf2 portrait Liberation Serif: member box, family summary table (four members,
      deductible met), grey claim bands (Claim Number / Patient (Relationship) / Provider / Patient Account No.),
      Date of Service 01/05/2026 / wrapped Service Description / Procedure / Modifier "97530 GO" / Units / Amount
      Billed / Plan Discount / Not Covered / Allowed Amount / Deductible / Copay / Coinsurance / Plan Paid / Your
      Responsibility / Remark, an excluded 0552T the member owes, a no-approval line the member does not owe,
      Claim Totals + "We paid $x to" lines, a claim continued on page 2 under "(continued)" + repeated header
  c2  employer-plan "Health Care Claims Statement", reportlab landscape DejaVu Sans: dark title band, thin-ruled
      claim heads (name (Relationship) / Claim # / Provider / Provider ref), dates "Jan 6, 2026", code glued with
      hyphens "97140-GP-59", Qty, Charged / Savings / Excluded / Covered by Plan / Deductible / Copay / Coins. /
      Plan Payment / Your Cost / Note, $25 copays on some codes, several claims per person; PLANTED claim-total
      mismatch (one claim's Plan Payment total printed 10.00 too high), 2 pages
  m1  Medicare Summary Notice, "Part B Medical Insurance - Assigned Claims" (legacy layout), reportlab portrait
      DejaVu Serif: claim number + provider + "Referred by" heads, Dates of Service 01/05/26 / Services Provided
      with the quantity first and the code in parentheses "2 Therapeutic exercises (97110)" / Amount Charged /
      Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes Section letters, deductible, a
      denied 0552T, Claim Total rows, 2 pages
  m2  Medicare Advantage HMO member EOB, fpdf2 portrait Liberation Sans: month summary tiles, boxed claim heads
      (Claim number / provider / Provider's account number, one claim without it), Date 1/5/2026 / Service / Code /
      Mod / Qty / Provider charged / Plan-approved / Plan paid / Copay / Not covered / Your share / Notes, $20 copay
      once per visit day, a not-authorized 97533 the member does not owe, 99213 + 97760 claim, Claim total rows
  d1  state Medicaid REMITTANCE AND STATUS REPORT, fpdf2 landscape Liberation Mono fixed columns: PAID / DENIED /
      ADJUSTED sections, "PATIENT NAME LAST, FIRST  MEDICAID NO  PATIENT ACCT" + 24-digit hyphenated CLAIM NUMBER,
      FROM / TO 01052026, TOS/PROC "1 97530", MODS, BILLED QTY / CHARGE, ALLOWED QTY / CHARGE, POS, PAID, 5-digit
      EOB codes, a wholly denied claim, a reversed claim (leading minus amounts) and its replacement, CLAIM TOTAL
      rows, "PAGE n OF N", section and column headers repeated, 3 pages
  d2  state Medicaid "Remittance Advice - Professional Claims", reportlab portrait core Times: shaded boxed member
      heads (Member / Member ID / TCN / Patient Acct / Claim Status / claim Billed-Allowed-Paid), Dtl / First DOS /
      Last DOS / Proc / Mods / Units / Billed Amt / Allowed Amt / TPL Amt / Copay / Paid Amt / stacked "CO 45
      x" "OA 23 x" "PR 3 x" adjustments / RARC, other-insurance (TPL) offsets, $1.00 adult copay, a units-limit
      denial (CO-151, N362)
  p1  practice-management "Remittance Reprint" of a Medicare Part B payment, reportlab landscape Liberation Sans
      Narrow: grey claim rows (LAST, FIRST / Acct / ICN / MBI / Status), Serv Date / CPT / Modifiers "GP CQ" / Units
      / Billed / Allowed / Deductible / Coinsurance / Grp / Rsn / Adj Amt stacked per adjustment / Paid / Pt Resp /
      Remark / Posted, money in parentheses for the reversal of a December claim and its correction, a CO-50 denial,
      Claim total rows, a claim continued across the page break
  p2  clearinghouse "Remittance Advice | Claim Detail View" of a Medicare Part B payment, fpdf2 portrait DejaVu Sans
      Condensed: boxed label-over-value claim heads (Patient "Last, First" / Patient Control No. / Payer Claim
      Control No. / Medicare ID / Claim Status / Total Charge / Claim Payment / Patient Resp.), Ln / Service Date /
      Procedure / Modifiers "GP, CQ" / Units / Submitted / Allowed / Paid / Adjustments "CO-45: $163.88" stacked /
      Remarks, a CO-96 excluded line, a claim continued on page 2
  s1  pediatric therapy clinic FAMILY ACCOUNT STATEMENT as a ledger, reportlab portrait core Helvetica: italic visit
      lines "Visit V-12345 - <child> - billed to <plan>, claim <no.>", each charge followed by its posting rows
      (insurance payment, contractual adjustment) with credits shown negative, Line Balance, three children, Visit
      total rows, amount-due box
  s2  hospital outpatient-rehab PATIENT STATEMENT, fpdf2 portrait Liberation Serif: grey hospital-account heads
      (account / patient LAST, FIRST / insurer + claim no. or "awaiting payment"), Date / Rev / CPT/HCPCS / Mod /
      DESCRIPTION IN CAPITALS / Qty / Charges / Ins. Paid / Ins. Adj. / You Owe, an account pending at the insurer
      ("Pending", "--"), Account totals, 2 pages

Truth decisions: c1/c2/m2 print every member-share part, Plan/Savings discount = discount, Not Covered/Excluded =
not_covered, Your Responsibility/Your Cost/Your share = patient_owes; m1 prints no modifiers and no provider
account (claim_id null), units = the leading quantity in the wording, allowed = Medicare Approved, paid = Medicare
Paid Provider (after the 2% reduction), patient_owes = You May Be Billed; d1 prints billed and allowed quantities
(always equal here; units = billed qty), FROM/TO give service_end, EOB codes are remarks, no patient share, the
reversal keeps positive quantities with negative amounts; d2's TPL amount is only the OA-23 adjustment, Copay the
copay (0.00 printed where none), no patient share (null); p1's Pt Resp is patient_owes; p2 prints no per-line
patient responsibility (null), its claim "Patient Resp." is not a totals field, claim totals = Total Charge and
Claim Payment; s1's insurance payment and contractual adjustment rows are stored as the positive paid / discount
they credit, Line Balance = patient_owes, the visit number is claim_id, visit totals print billed and balance; s2's
pending account has billed only (paid / discount / patient_owes null, payer_claim_id null).

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every
service row (with wrapped wording, posting rows and stacked adjustments); the check reads each written PDF's text
layer with pdfplumber and finds every truth code, modifier, units value, date (and end date), amount, adjustment
group / reason / amount and remark INSIDE that band as whole tokens in the layout's own print format; ids and
patients in the document's text; page counts and every "Page n of N"; arithmetic (billed - adjustments = paid where
every adjustment is printed; billed - discount - not covered = allowed and allowed - deductible - copay -
coinsurance = paid where printed); claim totals printed and equal to the sum of their lines unless the mismatch is
the declared expected finding; claims unique by (claim_id, payer_claim_id); legend codes printed; at least three
files with a claim continued onto the next page, three multi-page files, three or more family members on c1, c2,
s1, s2.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h29kit as K  # noqa: E402
from h29kit import Col, Collector, Doc, Flow, Fmt, Table  # noqa: E402

import eobgen as G  # noqa: E402  (put on the path by h29kit)
from eobgen import PlanState, Svc, dfmt, money, q, truth_line  # noqa: E402

D = Decimal
# a few codes the shared fee schedule lacks (invented amounts, our own wording)
G.FEE.update({"97533": "88.00", "97162": "240.00", "97018": "30.00"})
G.SCHED.update({"97533": "31.90", "97162": "101.12", "97018": "6.10"})
G.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
               "97018": "Paraffin bath"})

DISC = {
    "OT": ("GO", ["97165", "97166", "97167"], ["97530", "97535", "97110", "97140", "97112", "97533"]),
    "PT": ("GP", ["97161", "97162", "97163"], ["97110", "97112", "97140", "97116", "97530", "G0283"]),
    "SLP": ("GN", ["92523"], ["92507", "92526"]),
}


def jan(day: int) -> date:
    return date(2026, 1, day)


def weekdays(start: int, n: int, step: int = 2) -> list[date]:
    out, d = [], jan(start)
    while len(out) < n:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=step)
    return out


def visit(rng: random.Random, disc: str, d: date, first: bool = False, medicare: bool = False,
          assistant: bool = False) -> list[Svc]:
    mod, evals, tx = DISC[disc]
    out: list[Svc] = []
    if first:
        out.append(Svc(d, rng.choice(evals), 1, (mod,)))
        if disc != "SLP":
            out.append(Svc(d, tx[0], 1, (mod,)))
        return out
    if disc == "SLP":
        out.append(Svc(d, "92507", 1, (mod,)))
        if rng.random() < 0.3:
            out.append(Svc(d, "92526", 1, (mod,)))
        return out
    codes = rng.sample(tx, rng.choice([2, 3]))
    for c in codes:
        u = 1 if c == "G0283" else rng.choice([1, 2, 2, 3])
        mods = [mod]
        if c == "97140" and "97530" in codes:
            mods.append("59")
        if medicare and assistant and c != "G0283":
            mods.append("CQ" if mod == "GP" else "CO")
        out.append(Svc(d, c, u, tuple(mods)))
    return out


def ids(rng: random.Random, fmt: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in fmt)


def money_c(d: Decimal) -> str:
    return money(d, ",")


def money_d(d: Decimal) -> str:
    return money(d, "$")


# ======================================================================================= c1 commercial EOB

def lay_c1():
    """Commercial member EOB, fpdf2, portrait Liberation Serif."""
    rng = random.Random(2901)
    doc = Doc("fpdf2", 612, 792)
    col = Collector()
    fam = [("Renata Szabo", "Subscriber", "OT"), ("Milo Szabo", "Son", "SLP"), ("Ines Szabo", "Daughter", "OT"),
           ("Tomas Szabo", "Spouse", "PT")]
    st = PlanState(ded_left=D("180.00"), coins_rate=D("0.20"), allowed_rate=D("0.78"))
    claims = []
    provs = {"OT": ("Brightwater Pediatric Therapy", "BPT-"), "SLP": ("Cedar Lane Speech & Language", "CL"),
             "PT": ("Northfork Physical Therapy", "NF")}
    plan_days = {"Renata Szabo": [5, 7, 9, 12], "Milo Szabo": [6, 8, 13, 15, 20, 22], "Ines Szabo": [5, 12, 14, 16, 19, 21, 23],
                 "Tomas Szabo": [8, 15]}
    for name, rel, disc in fam:
        days = plan_days[name]
        svcs = []
        for i, dd in enumerate(days):
            svcs += visit(rng, disc, jan(dd), first=(i == 0 and name != "Renata Szabo"))
        if name == "Ines Szabo":
            svcs.append(Svc(jan(23), "0552T", 1, ("GO",), denied="PR"))
        if name == "Tomas Szabo":
            svcs.append(Svc(jan(15), "97018", 1, ("GP",), denied="CO"))
        for s in svcs:
            G.commercial(s, st)
        pv, pre = provs[disc]
        claims.append(dict(patient=name, rel=rel, svcs=svcs, prov=pv,
                           acct=pre + ids(rng, "#####"), clm=ids(rng, "E26########")))
    remarks_of = lambda s: (["NC3"] if s.denied == "PR" else ["NA8"] if s.denied == "CO" else
                            (["DD1"] if s.deductible else []) + ["PN2"])
    legend = [("PN2", "The provider is in your network and may not bill you for the plan discount."),
              ("DD1", "Part of this amount was counted toward your annual deductible."),
              ("NC3", "Your plan does not cover this service; the provider may bill you for it."),
              ("NA8", "The provider did not get the approval this service needs. You are not responsible for it.")]
    F, FB, FI = "LSerif", "LSerif-B", "LSerif-I"
    cols = [Col("Date of\nService", 44), Col("Service\nDescription", 84), Col("Procedure /\nModifier", 48),
            Col("Units", 22, "r"), Col("Amount\nBilled", 40, "r"), Col("Plan\nDiscount", 38, "r"),
            Col("Not\nCovered", 36, "r"), Col("Allowed\nAmount", 38, "r"), Col("Deduct-\nible", 34, "r"),
            Col("Copay", 28, "r"), Col("Co-\ninsurance", 38, "r"), Col("Plan\nPaid", 38, "r"),
            Col("Your\nResponsibility", 50, "r"), Col("Remark", 30, "c")]
    t = Table(doc, 22, cols, F, 7.2, head_font=FB, head_size=6.8)

    def furniture(d: Doc, n: int) -> float:
        d.text(22, 40, "HARBORLINE HEALTH PLAN", FB, 15)
        d.text(22, 52, "PO Box 66120, Dunmore Falls, OR 97390  |  Member Services 1-800-555-0144", F, 7.5)
        d.text(590, 40, "Explanation of Benefits", FB, 12, "r")
        d.text(590, 52, "THIS IS NOT A BILL", FB, 8, "r")
        d.line(22, 58, 590, 58, 1.2)
        d.text(22, 770, "Harborline Health Plan is an invented name used for testing. Keep this statement for your records.",
               FI, 6.5)
        d.text(590, 770, lambda p, N: f"Page {p} of {N}", F, 7, "r")
        if n == 1:
            return 66
        d.text(22, 70, "Member: Renata Szabo   Member ID: HHX-448120973   Statement date: 02/03/2026", F, 7.5)
        return 80

    fl = Flow(doc, 66, 750, furniture)
    fl.start()
    y = fl.y
    doc.text(22, y + 14, "RENATA SZABO", F, 9)
    doc.text(22, y + 25, "2284 Quarry Ridge Rd", F, 9)
    doc.text(22, y + 36, "Dunmore Falls OR 97391-4410", F, 9)
    doc.rect(360, y + 4, 230, 58, fill=0.93)
    for i, (k, v) in enumerate([("Member ID", "HHX-448120973"), ("Group", "ALDER VALLEY SCHOOLS 20417"),
                                ("Plan", "Choice PPO 1500"), ("Statement date", "02/03/2026"),
                                ("Claims processed", "01/06/2026 - 01/31/2026")]):
        doc.text(366, y + 15 + i * 10, k, FB, 7.5)
        doc.text(440, y + 15 + i * 10, v, F, 7.5)
    y += 76
    doc.text(22, y, "Summary of claims for your family", FB, 10)
    st2 = Table(doc, 22, [Col("Family member", 140), Col("Claims", 40, "r"), Col("Amount billed", 80, "r"),
                          Col("Plan paid", 80, "r"), Col("Your responsibility", 90, "r"),
                          Col("Deductible met / $1,500", 110, "r")], F, 8, head_font=FB)
    y = st2.draw_head(y + 4, fill=0.88)
    met = D("0.00")
    for c in claims:
        met += G.total(c["svcs"], "deductible")
        y = st2.draw_row(y, [c["patient"], "1", money_c(G.total(c["svcs"], "billed")),
                             money_c(G.total(c["svcs"], "paid")), money_c(G.total(c["svcs"], "owes")),
                             money_c(met) if c is claims[-1] else ""], rule=0.6)
    fl.y = y + 16
    doc.text(22, fl.y, "Claim details", FB, 10)
    fl.y += 6
    for c in claims:
        def head(yy, cont=False, c=c):
            doc.rect(22, yy, 568, 24, fill=0.86, stroke=False)
            doc.text(26, yy + 9, f"Claim Number: {c['clm']}" + ("   (continued)" if cont else ""), FB, 8)
            doc.text(250, yy + 9, f"Patient: {c['patient']} ({c['rel']})", FB, 8)
            doc.text(26, yy + 20, f"Provider: {c['prov']}", F, 7.5)
            doc.text(250, yy + 20, f"Patient Account No.: {c['acct']}", F, 7.5)
            doc.text(470, yy + 20, "Processed: 01/29/2026", F, 7.5)
            return t.draw_head(yy + 26)
        fl.need(90)
        fl.y = head(fl.y)
        fl.cont = lambda yy, c=c: head(yy, True)
        for s in c["svcs"]:
            cells = [dfmt(s.dos, "mdy4"), t.wrap_cell(1, s.desc), f"{s.code} {' '.join(s.mods)}".strip(),
                     K.eobgen.units_str(s.units), money_c(s.billed), money_c(s.discount), money_c(s.not_covered),
                     money_c(s.allowed), money_c(s.deductible), money_c(s.copay), money_c(s.coinsurance),
                     money_c(s.paid), money_c(s.owes), " ".join(remarks_of(s))]
            h = t.row_height(cells)
            fl.need(h)
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.7)
            tr = truth_line(0, s, claim_id=c["acct"], payer_claim_id=c["clm"], patient=c["patient"],
                            printed=K.AMTS, remarks=remarks_of(s), description=False)
            col.add(tr, (doc.page, y0, fl.y))
        fl.cont = None
        sv = c["svcs"]
        tots = [G.total(sv, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        fl.need(14)
        fl.y = t.draw_row(fl.y, ["", "Claim Totals", "", ""] + [money_c(x) for x in tots] + [""], font=FB)
        doc.text(22, fl.y + 9, f"We paid {money_d(tots[7])} to {c['prov']}.", FI, 7.5)
        fl.y += 18
        col.claims.append(dict(claim_id=c["acct"], payer_claim_id=c["clm"], patient=c["patient"],
                               totals=G.claim_totals(tots[0], tots[3], tots[7], tots[8])))
    fl.need(70)
    doc.text(22, fl.y + 8, "Remark codes", FB, 9)
    yy = fl.y + 20
    for k, v in legend:
        doc.text(22, yy, k, FB, 7.5)
        doc.text(50, yy, v, F, 7.5)
        yy += 10
    fmt = Fmt(money_c, lambda d: dfmt(d, "mdy4"), lambda c, m: [c] + list(m))
    return dict(name="h29_c1_harborline_member_eob", layout="c1", doc=doc, col=col, fmt=fmt, legend=legend,
                desc="commercial PPO member EOB (family), fpdf2 portrait Liberation Serif", findings=[],
                check=dict(arith_adj=False, arith_member=True, page_of=True))


# ======================================================================================= c2 commercial EOB

def lay_c2():
    """Commercial member statement, reportlab, landscape DejaVu Sans; planted total mismatch."""
    rng = random.Random(2902)
    doc = Doc("reportlab", 792, 612)
    col = Collector()
    st = PlanState(ded_left=D("0.00"), copay_codes={"97530": D("25.00"), "97110": D("25.00"), "92507": D("25.00"),
                                                      "97112": D("25.00")}, coins_rate=D("0.10"), allowed_rate=D("0.71"))
    people = [("Dashiell Pryce-Owens", "Self", "PT", [5, 7, 12, 14, 19, 21, 26]),
              ("Harriet Pryce-Owens", "Child", "OT", [6, 13, 20, 27]),
              ("Felix Pryce-Owens", "Child", "SLP", [8, 15, 22, 29])]
    claims = []
    for name, rel, disc, days in people:
        # one claim per two visits, as a clinic that bills twice a month would
        for k in range(0, len(days), 4 if disc == "PT" else 2):
            svcs = []
            for dd in days[k:k + (4 if disc == "PT" else 2)]:
                svcs += visit(rng, disc, jan(dd), first=(dd == days[0] and disc != "PT"))
            if name == "Harriet Pryce-Owens" and k == 2:
                svcs.append(Svc(jan(27), "L3807", 1, ("RT",), denied="PR"))
            for s in svcs:
                G.commercial(s, st)
            claims.append(dict(patient=name, rel=rel, svcs=svcs, clm=ids(rng, "26-###-#####-0") + str(len(claims)),
                               acct=ids(rng, "PT######") if disc == "PT" else ids(rng, "######-") + "A",
                               prov={"PT": "Sable Creek Spine & Sport PT", "OT": "Little Harbor OT Collective",
                                     "SLP": "Wordsmith Pediatric Speech, LLC"}[disc]))
    legend = [("K1", "Network rate applied; the savings are not owed by you."),
              ("K4", "Fixed copay for this visit type."),
              ("X2", "This item is excluded under your plan booklet and is your responsibility.")]
    rk = lambda s: ["X2"] if s.denied else (["K1", "K4"] if s.copay else ["K1"])
    F, FB = "DSans", "DSans-B"
    cols = [Col("Date of\nService", 58), Col("Service", 118), Col("Code", 60), Col("Qty", 22, "r"),
            Col("Charged", 50, "r"), Col("Savings", 46, "r"), Col("Excluded", 46, "r"), Col("Covered\nby Plan", 48, "r"),
            Col("Deductible", 48, "r"), Col("Copay", 38, "r"), Col("Coins.", 40, "r"), Col("Plan\nPayment", 50, "r"),
            Col("Your\nCost", 48, "r"), Col("Note", 36, "c")]
    t = Table(doc, 30, cols, F, 6.8, head_font=FB, head_size=6.4)
    pname = "Keystone Mutual Health"

    def furniture(d: Doc, n: int) -> float:
        d.rect(0, 0, 792, 44, fill=0.2, stroke=False)
        d.text(30, 28, pname.upper(), FB, 14, gray=1.0)
        d.text(762, 20, "Health Care Claims Statement", FB, 10, "r", gray=1.0)
        d.text(762, 33, "This is not a bill", F, 8, "r", gray=1.0)
        d.text(30, 596, "Questions? Call 1-866-555-0197 (TTY 711) or visit the member site. Keystone Mutual Health is invented.",
               F, 6)
        d.text(762, 596, lambda p, N: f"Page {p} of {N}", F, 6.5, "r")
        d.text(30, 58, "Subscriber: Dashiell Pryce-Owens     ID: KMH 7730 4419 02     Group: 55810 Tillman Freight Lines     "
                       "Statement period: January 1 - 31, 2026", F, 7)
        return 68

    fl = Flow(doc, 68, 575, furniture)
    fl.start()
    doc.text(30, fl.y + 10, "The claims below were processed for your family this month. Amounts are in US dollars.", F, 7.5)
    fl.y += 18
    planted = claims[4]
    findings = []
    for c in claims:
        def head(yy, cont=False, c=c):
            doc.line(30, yy + 2, 762, yy + 2, 1.0)
            doc.text(30, yy + 13, f"{c['patient']} ({c['rel']})" + ("  - continued" if cont else ""), FB, 8)
            doc.text(250, yy + 13, f"Claim # {c['clm']}", F, 7.5)
            doc.text(400, yy + 13, f"Provider: {c['prov']}", F, 7.5)
            doc.text(640, yy + 13, f"Provider ref: {c['acct']}", F, 7.5)
            return t.draw_head(yy + 17, rule=True)
        fl.need(70)
        fl.y = head(fl.y)
        fl.cont = lambda yy, c=c: head(yy, True)
        for s in c["svcs"]:
            cells = [dfmt(s.dos, "mon"), t.wrap_cell(1, s.desc), "-".join((s.code,) + s.mods),
                     K.eobgen.units_str(s.units), money_c(s.billed), money_c(s.discount),
                     money_c(s.not_covered), money_c(s.allowed), money_c(s.deductible), money_c(s.copay),
                     money_c(s.coinsurance), money_c(s.paid), money_c(s.owes), " ".join(rk(s))]
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.75)
            col.add(truth_line(0, s, claim_id=c["acct"], payer_claim_id=c["clm"], patient=c["patient"],
                               printed=K.AMTS, remarks=rk(s), description=False), (doc.page, y0, fl.y))
        fl.cont = None
        sv = c["svcs"]
        tots = [G.total(sv, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        printed_paid = tots[7] + (D("10.00") if c is planted else 0)
        if c is planted:
            findings.append(f"claim-total-mismatch claim {c['clm']}: printed Plan Payment total "
                            f"{q(printed_paid)} but the lines add up to {q(tots[7])}")
        vals = tots[:7] + [printed_paid, tots[8]]
        fl.need(14)
        fl.y = t.draw_row(fl.y, ["", "Totals for this claim", "", ""] + [money_c(x) for x in vals] + [""], font=FB)
        fl.y += 8
        col.claims.append(dict(claim_id=c["acct"], payer_claim_id=c["clm"], patient=c["patient"],
                               totals=G.claim_totals(tots[0], tots[3], printed_paid, tots[8])))
    fl.need(50)
    doc.text(30, fl.y + 8, "Notes", FB, 8)
    for i, (k, v) in enumerate(legend):
        doc.text(30, fl.y + 19 + 9 * i, f"{k}  {v}", F, 7)
    fmt = Fmt(money_c, lambda d: dfmt(d, "mon"), lambda c, m: ["-".join([c] + list(m))])
    return dict(name="h29_c2_keystone_claims_statement", layout="c2", doc=doc, col=col, fmt=fmt, legend=legend,
                desc="commercial member claims statement (family), reportlab landscape DejaVu Sans, planted mismatch",
                findings=findings, check=dict(arith_adj=False, arith_member=True, page_of=True))


# ======================================================================================= m1 legacy MSN

def lay_m1():
    """Medicare Summary Notice, Part B assigned claims (legacy layout), reportlab portrait DejaVu Serif."""
    rng = random.Random(2903)
    doc = Doc("reportlab", 612, 792)
    col = Collector()
    bene = "Wendell A. Marchetti"
    st = PlanState(ded_left=D("283.00"))
    claims = []
    for prov, disc, days in [("Tamarack Outpatient Rehab", "PT", [5, 7, 9, 12, 14, 16, 19, 21]),
                             ("Brookhaven Hand & Occupational Therapy", "OT", [6, 13, 20]),
                             ("Tamarack Outpatient Rehab", "PT", [23, 26, 28])]:
        svcs = []
        for i, dd in enumerate(days):
            svcs += visit(rng, disc, jan(dd), first=(i == 0 and disc == "PT" and dd == 5), medicare=True,
                          assistant=(dd in (12, 16, 26)))
        if disc == "OT":
            svcs.append(Svc(jan(20), "0552T", 1, ("GO",), denied="PR"))
        for s in svcs:
            G.medicare(s, st)
        claims.append(dict(prov=prov, svcs=svcs, clm=ids(rng, "26-####-###-###")))
    note = lambda s: ["c"] if s.denied else (["a", "b"] if s.deductible else ["a"])
    legend = [("a", "This amount is 80% of what Medicare approved after any deductible, less a 2% federal "
                    "payment reduction."),
              ("b", "Part of this amount went toward your yearly Part B deductible."),
              ("c", "Medicare does not pay for this service because it is not considered reasonable for your "
                    "condition. You may be billed for it.")]
    F, FB, FI = "DSerif", "DSerif-B", "DSerif-I"
    cols = [Col("Dates of\nService", 54), Col("Services Provided", 196), Col("Amount\nCharged", 56, "r"),
            Col("Medicare\nApproved", 56, "r"), Col("Medicare\nPaid\nProvider", 56, "r"),
            Col("You May\nBe Billed", 56, "r"), Col("See\nNotes\nSection", 40, "c")]
    t = Table(doc, 40, cols, F, 7.5, head_font=FB, head_size=7)

    def furniture(d: Doc, n: int) -> float:
        d.text(40, 44, "Medicare Summary Notice", FB, 16)
        d.text(40, 58, "for Part B (Medical Insurance)", F, 9)
        d.text(572, 40, lambda p, N: f"Page {p} of {N}", F, 8, "r")
        d.text(572, 52, "January 31, 2026", F, 8, "r")
        d.line(40, 64, 572, 64, 1.5)
        if n == 1:
            d.text(40, 82, bene.upper(), F, 9)
            d.text(40, 93, "418 LINDEN HOLLOW DR", F, 9)
            d.text(40, 104, "PRESCOTT VALE, WY 82930-2261", F, 9)
            d.rect(330, 72, 242, 60)
            for i, (k, v) in enumerate([("Medicare Number", "7QX4-JN8-RW52"), ("Customer Service Information",
                                         "1-800-555-0163"), ("Be sure to keep this notice", "for your records")]):
                d.text(336, 84 + i * 16, k, FB, 7.5)
                d.text(336, 92 + i * 16, v, F, 7.5)
            d.text(40, 150, "Part B Medical Insurance - Assigned Claims", FB, 11)
            return 160
        d.text(40, 78, f"{bene}   Medicare Number 7QX4-JN8-RW52", F, 8)
        return 88

    fl = Flow(doc, 0, 742, furniture)
    fl.start()
    for c in claims:
        def head(yy, cont=False, c=c):
            doc.text(40, yy + 12, f"Claim number {c['clm']}" + ("  (continued)" if cont else ""), FB, 8)
            doc.text(40, yy + 22, f"{c['prov']}, 77 Foundry Street, Prescott Vale, WY 82931", F, 7.5)
            doc.text(40, yy + 32, "Referred by: Lorna K. Ibsen", F, 7.5)
            return t.draw_head(yy + 36)
        fl.need(80)
        fl.y = head(fl.y)
        fl.cont = lambda yy, c=c: head(yy, True)
        for s in c["svcs"]:
            wd = f"{K.eobgen.units_str(s.units)} {s.desc} ({s.code})"
            cells = [dfmt(s.dos, "mdy2"), t.wrap_cell(1, wd), money_d(s.billed), money_d(s.allowed),
                     money_d(s.paid), money_d(s.owes), " ".join(note(s))]
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells)
            col.add(truth_line(0, s, claim_id=None, payer_claim_id=c["clm"], patient=bene,
                               printed=("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                               remarks=note(s), description=False), (doc.page, y0, fl.y))
        fl.cont = None
        sv = c["svcs"]
        tots = [G.total(sv, a) for a in ("billed", "allowed", "paid", "owes")]
        fl.need(16)
        doc.line(t.xs[2], fl.y + 1, t.x1 - 40, fl.y + 1, 0.5)
        fl.y = t.draw_row(fl.y + 2, ["", "Claim Total"] + [money_d(x) for x in tots] + [""], font=FB)
        fl.y += 10
        col.claims.append(dict(claim_id=None, payer_claim_id=c["clm"], patient=bene,
                               totals=G.claim_totals(tots[0], tots[1], tots[2], tots[3])))
    fl.need(90)
    doc.text(40, fl.y + 8, "Notes Section:", FB, 9)
    yy = fl.y + 20
    for k, v in legend:
        for j, ln in enumerate(K.wrap(f"{k}  {v}", F, 7.5, 520)):
            doc.text(40, yy, ln, F, 7.5)
            yy += 9.5
    doc.text(40, yy + 6, "Deductible Information: You have met the Part B deductible for 2026.", F, 7.5)
    fmt = Fmt(money_d, lambda d: dfmt(d, "mdy2"), lambda c, m: [f"({c})"])
    return dict(name="h29_m1_msn_part_b_assigned", layout="m1", doc=doc, col=col, fmt=fmt, legend=legend,
                desc="Medicare Summary Notice Part B, assigned claims, reportlab portrait DejaVu Serif", findings=[],
                check=dict(arith_adj=False, arith_member=False, page_of=True))


# ======================================================================================= m2 MA member EOB

def lay_m2():
    """Medicare Advantage member EOB, fpdf2 portrait Liberation Sans."""
    rng = random.Random(2904)
    doc = Doc("fpdf2", 612, 792)
    col = Collector()
    member = "Gloria T. Abernathy-Ruiz"
    st = PlanState(visit_copay=D("20.00"), allowed_rate=D("0.46"))
    claims = []
    for prov, disc, days, acct in [("Mesa Verde Therapy Partners", "OT", [5, 7, 9, 12, 14, 16], "MVTP-88120"),
                                   ("Mesa Verde Therapy Partners", "OT", [19, 21, 23], "MVTP-88297"),
                                   ("Clearspring Voice & Swallow Clinic", "SLP", [6, 13, 20, 27], None),
                                   ("Dr. Anselm Okwu, Family Medicine", None, [8], "OKW-2231")]:
        svcs = []
        if disc is None:
            svcs = [Svc(jan(8), "99213", 1, ()), Svc(jan(8), "97760", 1, ("GO",))]
        else:
            for i, dd in enumerate(days):
                svcs += visit(rng, disc, jan(dd), first=(i == 0 and acct == "MVTP-88120"))
        if acct == "MVTP-88297":
            svcs.append(Svc(jan(23), "97533", 2, ("GO",), denied="CO"))
        for s in svcs:
            G.commercial(s, st)
        claims.append(dict(prov=prov, svcs=svcs, acct=acct, clm=ids(rng, "MA26#########")))
    note = lambda s: ["N4"] if s.denied else (["N1"] if s.copay else ["N2"])
    legend = [("N1", "Your plan's copay for an outpatient rehabilitation visit is charged once per day."),
              ("N2", "Paid in full by the plan after the day's copay."),
              ("N4", "Not approved: the plan needed to authorize this service first. You do not owe this amount.")]
    F, FB, FI = "LSans", "LSans-B", "LSans-I"
    cols = [Col("Date", 50), Col("Service you received", 132), Col("Code", 36), Col("Mod", 32), Col("Qty", 22, "r"),
            Col("Provider\ncharged", 48, "r"), Col("Plan-\napproved", 48, "r"), Col("Plan\npaid", 46, "r"),
            Col("Copay", 38, "r"), Col("Not\ncovered", 44, "r"), Col("Your\nshare", 44, "r"), Col("Notes", 28, "c")]
    t = Table(doc, 30, cols, F, 7, head_font=FB, head_size=6.8)

    def furniture(d: Doc, n: int) -> float:
        d.text(30, 40, "Silverpine Medicare Advantage (HMO)", FB, 13)
        d.text(30, 52, "Explanation of Benefits  -  January 2026", F, 9)
        d.text(582, 40, f"Member: {member}", F, 7.5, "r")
        d.text(582, 50, "Member ID: SP-0093-417-22", F, 7.5, "r")
        d.line(30, 58, 582, 58, 0.8)
        d.text(30, 772, "Silverpine Health Plans (invented). Call Member Services at 1-877-555-0110, 8 a.m. - 8 p.m.",
               F, 6.3)
        d.text(582, 772, lambda p, N: f"Page {p} of {N}", F, 6.8, "r")
        return 66

    fl = Flow(doc, 66, 750, furniture)
    fl.start()
    y = fl.y + 6
    doc.rect(30, y, 552, 46, fill=0.92, stroke=False)
    allp = [s for c in claims for s in c["svcs"]]
    for i, (k, v) in enumerate([("Total provider charges this month", money_d(G.total(allp, "billed"))),
                                ("What the plan paid", money_d(G.total(allp, "paid"))),
                                ("What you may owe", money_d(G.total(allp, "owes")))]):
        doc.text(40 + i * 180, y + 18, k, F, 7.5)
        doc.text(40 + i * 180, y + 34, v, FB, 11)
    fl.y = y + 60
    doc.text(30, fl.y, "Your medical claims", FB, 10)
    fl.y += 6
    for c in claims:
        def head(yy, cont=False, c=c):
            doc.rect(30, yy, 552, 22, fill=None)
            doc.text(35, yy + 9, f"Claim number {c['clm']}" + (" (continued)" if cont else ""), FB, 7.5)
            doc.text(200, yy + 9, c["prov"], F, 7.5)
            doc.text(35, yy + 19, ("Provider's account number " + c["acct"]) if c["acct"] else
                     "Provider's account number: not given", F, 7)
            doc.text(400, yy + 19, "Claim processed 01/30/2026", F, 7)
            return t.draw_head(yy + 24, fill=0.85)
        fl.need(70)
        fl.y = head(fl.y)
        fl.cont = lambda yy, c=c: head(yy, True)
        for s in c["svcs"]:
            cells = [dfmt(s.dos, "mdyn"), t.wrap_cell(1, s.desc), s.code, " ".join(s.mods),
                     K.eobgen.units_str(s.units), money_d(s.billed), money_d(s.allowed), money_d(s.paid),
                     money_d(s.copay), money_d(s.not_covered), money_d(s.owes), " ".join(note(s))]
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.8)
            col.add(truth_line(0, s, claim_id=c["acct"], payer_claim_id=c["clm"], patient=member,
                               printed=("billed", "allowed", "paid", "copay", "not_covered", "patient_owes"),
                               remarks=note(s), description=False), (doc.page, y0, fl.y))
        fl.cont = None
        sv = c["svcs"]
        tots = [G.total(sv, a) for a in ("billed", "allowed", "paid", "copay", "not_covered", "owes")]
        fl.need(14)
        fl.y = t.draw_row(fl.y, ["", "Claim total", "", "", ""] + [money_d(x) for x in tots] + [""], font=FB)
        fl.y += 10
        col.claims.append(dict(claim_id=c["acct"], payer_claim_id=c["clm"], patient=member,
                               totals=G.claim_totals(tots[0], tots[1], tots[2], tots[5])))
    fl.need(60)
    doc.text(30, fl.y + 6, "Notes about your claims", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(30, fl.y + 18 + 10 * i, f"{k}: {v}", F, 7.2)
    fmt = Fmt(money_d, lambda d: dfmt(d, "mdyn"), lambda c, m: [c] + list(m))
    return dict(name="h29_m2_silverpine_ma_eob", layout="m2", doc=doc, col=col, fmt=fmt, legend=legend,
                desc="Medicare Advantage HMO member EOB, fpdf2 portrait Liberation Sans", findings=[],
                check=dict(arith_adj=False, arith_member=True, page_of=True))


# ======================================================================================= d1 Medicaid R&S

def lay_d1():
    """State Medicaid remittance & status report, fpdf2 landscape Liberation Mono (fixed columns)."""
    rng = random.Random(2905)
    doc = Doc("fpdf2", 792, 612)
    col = Collector()
    kids = [("QUINTANA, ROSALIE", "OT"), ("BEAUCHAMP, JONAH", "SLP"), ("NAKASHIMA, EIKO", "PT"),
            ("QUINTANA, MATEO", "OT"), ("ODUYA, CHIDERA", "SLP"), ("BEAUCHAMP, LILA", "PT")]
    paid, denied, adjusted = [], [], []
    for i, (nm, disc) in enumerate(kids):
        svcs = []
        for j, dd in enumerate(weekdays(5 + i % 3, 4 if disc != "SLP" else 5, 3)):
            svcs += visit(rng, disc, dd, first=(j == 0 and i in (1, 4)))
        rec = dict(pat=nm, mcd=ids(rng, "5########"), acct=ids(rng, "RT-#####"),
                   icn="100-020-030-2026-0" + ids(rng, "##-#####-###"), svcs=svcs)
        if i == 2:
            for s in svcs:
                s.denied = "CO"
                G.medicaid(s)
            rec["eob"] = ["00419"]
            denied.append(rec)
        else:
            for s in svcs:
                G.medicaid(s)
            paid.append(rec)
    # a claim adjusted: the original reversed (negative) and the replacement
    orig = paid[2]
    rsv = [G.negate(s) for s in orig["svcs"][:3]]
    repl = [Svc(s.dos, s.code, s.units, s.mods) for s in orig["svcs"][:3]]
    repl[-1] = Svc(repl[-1].dos, repl[-1].code, 1, repl[-1].mods)
    for s in repl:
        G.medicaid(s)
    adjusted.append(dict(pat="QUINTANA, MATEO", mcd=orig["mcd"], acct=orig["acct"],
                         icn="100-020-031-2026-021-40022-007", svcs=rsv, rev=True))
    adjusted.append(dict(pat="QUINTANA, MATEO", mcd=orig["mcd"], acct=orig["acct"],
                         icn="100-020-031-2026-021-40022-008", svcs=repl))
    legend = [("00062", "Paid according to the state fee schedule."),
              ("00419", "No prior authorization on file for these dates of service."),
              ("00910", "Claim adjusted: prior payment taken back and claim repaid.")]
    F, FB = "LMono", "LMono-B"
    sz = 7.2
    cw = K.width("0", F, sz)
    # fixed character columns
    layout = [("FROM", 9), ("TO", 9), ("TOS/PROC", 10), ("MODS", 7), ("BILLED", 6), ("BILLED", 11), ("ALLOWED", 6),
              ("ALLOWED", 11), ("POS", 4), ("PAID", 11), ("EOB", 7)]
    head2 = ["DATES OF SVC", "", "", "", "BILLED", "BILLED", "ALLOWED", "ALLOWED", "", "PAID", ""]
    head3 = ["FROM", "TO", "TOS/PROC", "MODS", "QTY", "CHARGE", "QTY", "CHARGE", "POS", "AMOUNT", "EOB"]
    x0 = 30
    xs = []
    x = x0
    for _, w in layout:
        xs.append(x)
        x += w * cw
    right = {4, 5, 6, 7, 9}

    def put(yy, vals, font=F):
        for i, v in enumerate(vals):
            if not v:
                continue
            if i in right:
                doc.text(xs[i] + (layout[i][1] - 1) * cw, yy, v, font, sz, "r")
            else:
                doc.text(xs[i], yy, v, font, sz)

    def furniture(d: Doc, n: int) -> float:
        d.text(30, 30, "STATE OF NORTHRIDGE MEDICAL ASSISTANCE PROGRAM", FB, 8)
        d.text(30, 40, "REMITTANCE AND STATUS REPORT", FB, 8)
        d.text(762, 30, lambda p, N: f"PAGE {p} OF {N}", F, 8, "r")
        d.text(762, 40, "R&S NUMBER 0261488  DATE 02/02/2026", F, 8, "r")
        d.text(30, 52, "PAYEE: KINDLE STREET THERAPY GROUP   PROVIDER NO. 140077215   NPI 1730004419", F, 7.5)
        d.line(30, 56, 762, 56, 0.6)
        return 62

    fl = Flow(doc, 62, 585, furniture)
    fl.start()

    def colhead(yy):
        put(yy + 9, head2, FB)
        put(yy + 18, head3, FB)
        doc.line(30, yy + 21, 762, yy + 21, 0.4)
        return yy + 24

    def section(title, recs):
        fl.need(60)
        doc.text(30, fl.y + 12, f"*** {title} ***", FB, 8)
        fl.y = colhead(fl.y + 14)
        for r in recs:
            def chead(yy, cont=False, r=r):
                doc.text(30, yy + 9, f"PATIENT NAME {r['pat']:<22} MEDICAID NO {r['mcd']}   PATIENT ACCT {r['acct']}"
                         + ("   (CONT)" if cont else ""), FB, sz)
                doc.text(30, yy + 18, f"CLAIM NUMBER {r['icn']}", F, sz)
                return yy + 21
            fl.need(40)
            fl.y = chead(fl.y)
            fl.cont = lambda yy, r=r: chead(colhead(yy), True)
            tb = ta = tp = D("0")
            for s in r["svcs"]:
                eob = r.get("eob") or (["00910"] if r.get("rev") else ["00062"])
                u = K.eobgen.units_str(abs(s.units))
                vals = [dfmt(s.dos, "mdY8"), dfmt(s.dos, "mdY8"), "1 " + s.code, " ".join(s.mods), u,
                        money(s.billed, ""), u if not s.denied else "0", money(s.allowed, ""), "11",
                        money(s.paid, ""), " ".join(eob)]
                fl.need(10)
                y0 = fl.y
                put(fl.y + 8, vals)
                fl.y += 10
                tb += s.billed
                ta += s.allowed
                tp += s.paid
                tr = truth_line(0, s, claim_id=r["acct"], payer_claim_id=r["icn"], patient=r["pat"],
                                printed=("billed", "allowed", "paid"), service_end=s.dos, remarks=eob,
                                description=False, overrides={"units": u})
                col.add(tr, (doc.page, y0, fl.y))
            fl.cont = None
            fl.need(12)
            put(fl.y + 8, ["CLAIM TOTAL", "", "", "", "", money(tb, ""), "", money(ta, ""), "", money(tp, ""), ""], FB)
            fl.y += 14
            col.claims.append(dict(claim_id=r["acct"], payer_claim_id=r["icn"], patient=r["pat"],
                                   totals=G.claim_totals(tb, ta, tp, None)))
    section("PAID OR IN PROCESS CLAIMS - PRACTITIONER", paid)
    section("DENIED CLAIMS - PRACTITIONER", denied)
    section("ADJUSTED CLAIMS - PRACTITIONER", adjusted)
    fl.need(50)
    doc.text(30, fl.y + 10, "EXPLANATION OF BENEFIT CODES", FB, 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(30, fl.y + 20 + 9 * i, f"{k}  {v.upper()}", F, 7)
    fmt = Fmt(lambda d: money(d, ""), lambda d: dfmt(d, "mdY8"), lambda c, m: [c] + list(m),
              end=lambda d: dfmt(d, "mdY8"))
    return dict(name="h29_d1_northridge_medicaid_rs", layout="d1", doc=doc, col=col, fmt=fmt, legend=legend,
                desc="state Medicaid remittance and status report, fpdf2 landscape Liberation Mono", findings=[],
                check=dict(arith_adj=False, arith_member=False, page_of=False))


# ======================================================================================= d2 Medicaid RA (TPL)

def lay_d2():
    """State Medicaid RA with other-insurance (TPL) offsets, reportlab portrait core Times."""
    rng = random.Random(2906)
    doc = Doc("reportlab", 612, 792)
    col = Collector()
    mem = [("Delacroix, Amara", "OT", False, True), ("Whitcombe, Silas", "PT", True, False),
           ("Delacroix, Noel", "SLP", False, False), ("Haverford, June", "PT", True, True),
           ("Ibarra-Lowe, Tess", "OT", False, False)]
    recs = []
    for i, (nm, disc, adult, tpl) in enumerate(mem):
        svcs = []
        for j, dd in enumerate(weekdays(5 + i, 3, 4)):
            svcs += visit(rng, disc, dd, first=(j == 0 and i == 2))
        for s in svcs:
            s.allowed = min(s.billed, q(D(G.SCHED[s.code]) * s.units))
            s.discount = s.billed - s.allowed
            other = q(s.allowed * D("0.55")) if tpl else D("0")
            s.copay = D("1.00") if adult and s is svcs[0] else D("0.00")
            s.paid = s.allowed - other - s.copay
            s.adjs = [("CO", "45", s.discount)]
            if other:
                s.adjs.append(("OA", "23", other))
            if s.copay:
                s.adjs.append(("PR", "3", s.copay))
            s.tpl = other
        if i == 4:
            s = Svc(svcs[-1].dos, "97530", 2, ("GO",))
            s.allowed = D("0.00")
            s.discount = D("0.00")
            s.paid = D("0.00")
            s.copay = D("0.00")
            s.tpl = D("0")
            s.adjs = [("CO", "151", s.billed)]
            s.rmk = ["N362"]
            svcs.append(s)
        recs.append(dict(pat=nm, rid=ids(rng, "NM#########"), acct=ids(rng, "CH-####-##"),
                         tcn=ids(rng, "2026###########"), svcs=svcs))
    legend = [("N362", "Units on this line exceed the number allowed per day."),
              ("MA92", "Other insurance paid part of this service; we paid the balance up to our rate.")]
    F, FB, FI = "Times", "Times-B", "Times-I"
    cols = [Col("Dtl", 16, "c"), Col("First DOS", 44), Col("Last DOS", 44), Col("Proc", 30), Col("Mods", 28),
            Col("Units", 24, "r"), Col("Billed Amt", 46, "r"), Col("Allowed Amt", 46, "r"), Col("TPL Amt", 38, "r"),
            Col("Copay", 30, "r"), Col("Paid Amt", 42, "r"), Col("Adj Grp Rsn  Amount", 92), Col("RARC", 32)]
    t = Table(doc, 34, cols, F, 7.6, head_font=FB, head_size=7.2)

    def furniture(d: Doc, n: int) -> float:
        d.text(34, 38, "Northridge Medicaid Enterprise System", FB, 12)
        d.text(34, 50, "Remittance Advice  -  Professional Claims", F, 9)
        d.text(578, 38, lambda p, N: f"Page {p} of {N}", F, 8, "r")
        d.text(578, 50, "Payment date 02/04/2026   EFT trace 884401275", F, 8, "r")
        d.text(34, 62, "Billing provider: Tidewater Kids Therapy Center   Provider ID 300418877   Payee ID 300418877-01",
               F, 8)
        d.line(34, 66, 578, 66, 1)
        d.text(34, 772, "Northridge Medicaid is an invented program. TPL = amount paid by the member's other insurance.",
               FI, 7)
        return 72

    fl = Flow(doc, 72, 750, furniture)
    fl.start()
    for r in recs:
        sv = r["svcs"]
        tb, ta, tp = (G.total(sv, a) for a in ("billed", "allowed", "paid"))
        status = "Paid" if tp > 0 else "Denied"

        def head(yy, cont=False, r=r):
            doc.rect(34, yy, 544, 26, fill=0.88, stroke=True, lw=0.4)
            doc.text(38, yy + 10, f"Member: {r['pat']}" + ("  (continued)" if cont else ""), FB, 8)
            doc.text(200, yy + 10, f"Member ID: {r['rid']}", F, 8)
            doc.text(340, yy + 10, f"TCN: {r['tcn']}", F, 8)
            doc.text(38, yy + 21, f"Patient Acct: {r['acct']}", F, 8)
            doc.text(200, yy + 21, f"Claim Status: {status}", F, 8)
            doc.text(340, yy + 21, f"Billed {money_c(tb)}   Allowed {money_c(ta)}   Paid {money_c(tp)}", F, 8)
            return t.draw_head(yy + 28, boxed=False)
        fl.need(80)
        fl.y = head(fl.y)
        fl.cont = lambda yy, r=r: head(yy, True)
        for k, s in enumerate(sv, 1):
            rm = getattr(s, "rmk", None) or (["MA92"] if s.tpl else [])
            cells = [str(k), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                     K.eobgen.units_str(s.units), money_c(s.billed), money_c(s.allowed), money_c(s.tpl),
                     money_c(s.copay), money_c(s.paid),
                     [f"{g}   {c:<4} {money_c(a)}" for g, c, a in s.adjs], " ".join(rm)]
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.7)
            col.add(truth_line(0, s, claim_id=r["acct"], payer_claim_id=r["tcn"], patient=r["pat"],
                               printed=("billed", "allowed", "copay", "paid"), service_end=s.dos,
                               adjustments=s.adjs, remarks=rm, description=False), (doc.page, y0, fl.y))
        fl.cont = None
        fl.y += 8
        col.claims.append(dict(claim_id=r["acct"], payer_claim_id=r["tcn"], patient=r["pat"],
                               totals=G.claim_totals(tb, ta, tp, None)))
    fl.need(50)
    doc.text(34, fl.y + 8, "Remark code descriptions", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(34, fl.y + 20 + 10 * i, f"{k}   {v}", F, 8)
    fmt = Fmt(money_c, lambda d: dfmt(d, "mdy4"), lambda c, m: [c] + list(m), end=lambda d: dfmt(d, "mdy4"),
              adj=lambda g, c, a: [g, c, money_c(a)])
    return dict(name="h29_d2_northridge_medicaid_ra_tpl", layout="d2", doc=doc, col=col, fmt=fmt, legend=legend,
                desc="state Medicaid remittance advice with TPL offsets, reportlab portrait Times", findings=[],
                check=dict(arith_adj=True, arith_member=False, page_of=True))


# ======================================================================================= p1 PM remit reprint

def medicare_claims(rng, pats, st_ded):
    out = []
    for nm, disc, days, asst in pats:
        st = PlanState(ded_left=st_ded)
        svcs = []
        for j, dd in enumerate(days):
            svcs += visit(rng, disc, jan(dd), first=(j == 0), medicare=True, assistant=(dd in asst))
        for s in svcs:
            if s.code not in ("97161", "97162", "97163", "97165", "97166", "97167", "92523") and dd > 20:
                s.mods = s.mods + ("KX",)
        out.append(dict(pat=nm, svcs=svcs, st=st))
    return out


def lay_p1():
    """Practice-management reprint of a Medicare Part B remittance, reportlab landscape Liberation Sans Narrow."""
    rng = random.Random(2907)
    doc = Doc("reportlab", 792, 612)
    col = Collector()
    pats = [("HOLLOWAY, BERNICE", "PT", [5, 7, 9, 12, 14], (9,)), ("ARCENEAUX, LUCIEN", "OT", [6, 8, 13], ()),
            ("PEMBERTON, OLIVE", "PT", [21, 23, 26], (23,)), ("STRAND, VICTOR", "SLP", [6, 13, 20], ()),
            ("ABERNATHY, CORA", "OT", [22, 27], ())]
    cl = medicare_claims(rng, pats, D("0.00"))
    cl[0]["st"].ded_left = D("283.00")
    for c in cl:
        if c["pat"] == "STRAND, VICTOR":
            c["svcs"][-1].denied = "CO"
        for s in c["svcs"]:
            G.medicare(s, c["st"])
        c.update(acct=ids(rng, "TR#####"), icn=ids(rng, "226026######") + "0", mbi=ids(rng, "#TX#-Q##-KM##"),
                 status="1 PRIMARY")
    # a reversal of a December claim and its correction
    dec = [Svc(date(2025, 12, 29), "97110", 3, ("GP",)), Svc(date(2025, 12, 29), "97140", 2, ("GP", "59"))]
    for s in dec:
        G.medicare(s, PlanState())
    corr = [Svc(date(2025, 12, 29), "97110", 2, ("GP",)), Svc(date(2025, 12, 29), "97140", 2, ("GP", "59"))]
    for s in corr:
        G.medicare(s, PlanState())
    cl.insert(2, dict(pat="HOLLOWAY, BERNICE", svcs=[G.negate(s) for s in dec], acct="TR40981",
                      icn="2225363110740", mbi=cl[0]["mbi"], status="22 REVERSAL"))
    cl.insert(3, dict(pat="HOLLOWAY, BERNICE", svcs=corr, acct="TR40981", icn="2226027004410",
                      mbi=cl[0]["mbi"], status="1 PRIMARY"))
    for c in cl:
        for s in c["svcs"]:
            s.rmk = ["N115"] if s.denied else (["MA01"] if c["status"].startswith("22") else [])
    legend = [("N115", "Decision based on a local coverage policy; see the contractor's website."),
              ("MA01", "If you disagree with this decision you may appeal in writing.")]
    F, FB, FI = "LNarrow", "LNarrow-B", "LSans-I"
    par = lambda d: money(d, ",", "()")
    cols = [Col("Serv Date", 46), Col("CPT", 34), Col("Modifiers", 52), Col("Units", 26, "r"), Col("Billed", 50, "r"),
            Col("Allowed", 50, "r"), Col("Deductible", 48, "r"), Col("Coinsurance", 50, "r"),
            Col("Grp", 24, "c"), Col("Rsn", 26, "c"), Col("Adj Amt", 48, "r"), Col("Paid", 50, "r"),
            Col("Pt Resp", 46, "r"), Col("Remark", 40), Col("Posted", 36, "c")]
    t = Table(doc, 36, cols, F, 8, head_font=FB, head_size=8)

    def furniture(d: Doc, n: int) -> float:
        d.text(36, 34, "ClinicDesk PM  -  Remittance Reprint", FB, 12)
        d.text(36, 46, "Payer: MEDICARE PART B - JURISDICTION 14 (invented)   Check/EFT# 0009817730   Paid 01/30/2026",
               F, 8)
        d.text(756, 34, "Tamarack Outpatient Rehab", FB, 9, "r")
        d.text(756, 46, "Printed 02/02/2026 by user AMERCER", F, 8, "r")
        d.line(36, 52, 756, 52, 1)
        d.text(756, 590, lambda p, N: f"Page {p} of {N}", F, 8, "r")
        d.text(36, 590, "Reprinted from the electronic remittance on file; the payer's original governs.", FI, 7)
        return 58

    fl = Flow(doc, 58, 572, furniture)
    fl.start()
    fl.y = t.draw_head(fl.y + 2, fill=0.8)
    for c in cl:
        def head(yy, cont=False, c=c):
            doc.rect(36, yy + 1, t.x1 - 36, 13, fill=0.92, stroke=False)
            doc.text(40, yy + 10.5, f"{c['pat']}" + (" (cont)" if cont else ""), FB, 8)
            doc.text(170, yy + 10.5, f"Acct {c['acct']}     ICN {c['icn']}     MBI {c['mbi']}     Status {c['status']}",
                     F, 8)
            return yy + 15
        fl.need(40)
        fl.y = head(fl.y)
        fl.cont = lambda yy, c=c: head(t.draw_head(yy + 2, fill=0.8), True)
        for s in c["svcs"]:
            adjs = [a for a in s.adjs]
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), K.eobgen.units_str(s.units), par(s.billed),
                     par(s.allowed), par(s.deductible), par(s.coinsurance), [g for g, _, _ in adjs],
                     [r for _, r, _ in adjs], [par(a) for _, _, a in adjs], par(s.paid), par(s.owes),
                     " ".join(s.rmk), "Y"]
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.8)
            col.add(truth_line(0, s, claim_id=c["acct"], payer_claim_id=c["icn"], patient=c["pat"],
                               printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                               adjustments=adjs, remarks=s.rmk, description=False), (doc.page, y0, fl.y))
        fl.cont = None
        sv = c["svcs"]
        tots = [G.total(sv, a) for a in ("billed", "allowed", "deductible", "coinsurance")]
        tp, to = G.total(sv, "paid"), G.total(sv, "owes")
        fl.need(13)
        fl.y = t.draw_row(fl.y, ["Claim total", "", "", ""] + [par(x) for x in tots] + ["", "", "", par(tp), par(to),
                                                                                       "", ""], font=FB)
        fl.y += 4
        col.claims.append(dict(claim_id=c["acct"], payer_claim_id=c["icn"], patient=c["pat"],
                               totals=G.claim_totals(tots[0], tots[1], tp, to)))
    fl.need(40)
    doc.text(36, fl.y + 10, "Remark codes on this remittance", FB, 8)
    for i, (k, v) in enumerate(legend):
        doc.text(36, fl.y + 21 + 9 * i, f"{k}  {v}", F, 7.5)
    fmt = Fmt(par, lambda d: dfmt(d, "mdy4"), lambda c, m: [c] + list(m),
              adj=lambda g, c, a: [g, c, par(a)])
    return dict(name="h29_p1_clinicdesk_medicare_reprint", layout="p1", doc=doc, col=col, fmt=fmt, legend=legend,
                desc="practice-management reprint of a Medicare Part B remittance, reportlab landscape Liberation "
                     "Sans Narrow", findings=[], check=dict(arith_adj=True, arith_member=False, page_of=True))


# ======================================================================================= p2 clearinghouse remit

def lay_p2():
    """Clearinghouse claim-by-claim print of a Medicare Part B remittance, fpdf2 portrait DejaVu Sans Condensed."""
    rng = random.Random(2908)
    doc = Doc("fpdf2", 612, 792)
    col = Collector()
    pats = [("Fairweather, Ambrose", "PT", [5, 7, 9, 12, 14, 16, 19, 21, 23], (12, 19)),
            ("Lindqvist, Marta", "OT", [6, 8], ()), ("Okonjo, Paulette", "SLP", [7, 14, 21, 28], ()),
            ("Duquesne, Harold", "PT", [22, 26], (26,)), ("Ferreira, Ines", "OT", [13, 15, 20], ())]
    cl = medicare_claims(rng, pats, D("0.00"))
    cl[1]["st"].ded_left = D("140.00")
    for c in cl:
        if c["pat"] == "Ferreira, Ines":
            c["svcs"].append(Svc(jan(20), "0552T", 1, ("GO",), denied="PR"))
        for s in c["svcs"]:
            G.medicare(s, c["st"], deny_reason="96")
            s.rmk = ["N425"] if s.denied else []
        c.update(pcn=ids(rng, "PC##-#####"), ccn=ids(rng, "5526###########"), mid=ids(rng, "#WK#-E##-NN##"))
    legend = [("N425", "This service is statutorily excluded and not covered by Medicare.")]
    F, FB, FI = "DCond", "DCond-B", "DCond-I"
    cols = [Col("Ln", 16, "c"), Col("Service Date", 52), Col("Procedure", 40), Col("Modifiers", 48),
            Col("Units", 26, "r"), Col("Submitted", 54, "r"), Col("Allowed", 52, "r"), Col("Paid", 50, "r"),
            Col("Adjustments", 134), Col("Remarks", 40)]
    t = Table(doc, 36, cols, F, 7.4, head_font=FB, head_size=7.2)

    def furniture(d: Doc, n: int) -> float:
        d.text(36, 36, "ClearPath Exchange", FB, 13)
        d.text(36, 48, "Remittance Advice  |  Claim Detail View", F, 8.5)
        d.text(576, 36, "Payer: Medicare Part B (J-15 invented)", F, 8, "r")
        d.text(576, 48, "Payee: Riverside Rehabilitation Partners  NPI 1568820035", F, 8, "r")
        d.line(36, 54, 576, 54, 0.8)
        d.text(36, 774, "Generated from ANSI 835 payment 2026-01-29, trace 1EFT00772310. ClearPath is invented.", FI, 6.8)
        d.text(576, 774, lambda p, N: f"Page {p} of {N}", F, 7, "r")
        return 60

    fl = Flow(doc, 60, 752, furniture)
    fl.start()
    for c in cl:
        sv = c["svcs"]
        tb, tp = G.total(sv, "billed"), G.total(sv, "paid")
        pr = G.total(sv, "owes")

        def head(yy, cont=False, c=c, tb=tb, tp=tp, pr=pr):
            doc.rect(36, yy + 2, 540, 34, fill=None, lw=0.6)
            kv = [("Patient", c["pat"] + (" - continued" if cont else "")), ("Patient Control No.", c["pcn"]),
                  ("Payer Claim Control No.", c["ccn"]), ("Medicare ID", c["mid"]),
                  ("Claim Status", "Processed as Primary"), ("Total Charge", money_d(tb)),
                  ("Claim Payment", money_d(tp)), ("Patient Resp.", money_d(pr))]
            for i, (k, v) in enumerate(kv):
                x = 40 + (i % 4) * 135
                yl = yy + 12 + (i // 4) * 17
                doc.text(x, yl, k, FB, 6.3)
                doc.text(x, yl + 8, v, F, 7.3)
            return t.draw_head(yy + 38, rule=True)
        fl.need(80)
        fl.y = head(fl.y)
        fl.cont = lambda yy, c=c: head(yy, True)
        for k, s in enumerate(sv, 1):
            cells = [str(k), dfmt(s.dos, "mdy4"), s.code, ", ".join(s.mods), K.eobgen.units_str(s.units),
                     money_d(s.billed), money_d(s.allowed), money_d(s.paid),
                     [f"{g}-{r}: {money_d(a)}" for g, r, a in s.adjs], " ".join(s.rmk)]
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.75)
            col.add(truth_line(0, s, claim_id=c["pcn"], payer_claim_id=c["ccn"], patient=c["pat"],
                               printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.rmk,
                               description=False), (doc.page, y0, fl.y))
        fl.cont = None
        fl.y += 10
        col.claims.append(dict(claim_id=c["pcn"], payer_claim_id=c["ccn"], patient=c["pat"],
                               totals=G.claim_totals(tb, None, tp, None)))
    fl.need(30)
    doc.text(36, fl.y + 8, "Remark codes", FB, 8)
    for i, (k, v) in enumerate(legend):
        doc.text(36, fl.y + 19 + 9 * i, f"{k}  {v}", F, 7.4)
    fmt = Fmt(money_d, lambda d: dfmt(d, "mdy4"), lambda c, m: [c] + list(m),
              adj=lambda g, c, a: [f"{g}-{c}:", money_d(a)])
    return dict(name="h29_p2_clearpath_medicare_claim_detail", layout="p2", doc=doc, col=col, fmt=fmt,
                legend=legend, desc="clearinghouse claim-detail print of a Medicare Part B remittance, fpdf2 portrait "
                                    "DejaVu Sans Condensed", findings=[],
                check=dict(arith_adj=True, arith_member=False, page_of=True))


# ======================================================================================= s1 clinic ledger

def lay_s1():
    """Therapy clinic family account statement (ledger with posting rows), reportlab portrait core Helvetica."""
    rng = random.Random(2909)
    doc = Doc("reportlab", 612, 792)
    col = Collector()
    st = PlanState(ded_left=D("60.00"), coins_rate=D("0.20"), allowed_rate=D("0.74"))
    kids = [("Ella Brandt", "OT", [5, 12, 19]), ("Owen Brandt", "SLP", [6, 13, 20, 27]), ("Ruby Brandt", "PT", [8, 22])]
    visits = []
    for nm, disc, days in kids:
        for j, dd in enumerate(days):
            svcs = visit(rng, disc, jan(dd), first=(j == 0 and nm == "Ruby Brandt"))
            for s in svcs:
                G.commercial(s, st)
            visits.append(dict(pat=nm, svcs=svcs, vno=ids(rng, "V-#####"), clm=ids(rng, "CH26##########")))
    visits.sort(key=lambda v: (v["svcs"][0].dos, v["pat"]))
    F, FB, FI = "Helv", "Helv-B", "Helv-I"
    cols = [Col("Date", 44), Col("Patient", 58), Col("Description", 178), Col("CPT", 32), Col("Mod", 32),
            Col("Units", 26, "r"), Col("Charges", 50, "r"), Col("Credits", 50, "r"), Col("Line Balance", 60, "r")]
    t = Table(doc, 30, cols, F, 7.3, head_font=FB, head_size=7.3)

    def furniture(d: Doc, n: int) -> float:
        d.text(30, 38, "Fernwood Children's Therapy", FB, 14)
        d.text(30, 50, "3150 Orchard Pike, Suite 4, Halden, MN 55390   (612) 555-0182", F, 8)
        d.text(582, 38, "FAMILY ACCOUNT STATEMENT", FB, 10, "r")
        d.text(582, 50, lambda p, N: f"Page {p} of {N}", F, 8, "r")
        d.line(30, 56, 582, 56, 1)
        if n == 1:
            d.text(30, 74, "Guarantor: Petra Brandt", FB, 9)
            d.text(30, 85, "77 Meadowlark Ct, Halden, MN 55391", F, 8.5)
            d.rect(380, 64, 202, 42, fill=0.9)
            d.text(386, 76, "Account number  FW-00218", F, 8)
            d.text(386, 87, "Statement date  02/05/2026", F, 8)
            d.text(386, 98, "Please pay by  03/01/2026", F, 8)
            return 114
        d.text(30, 68, "Guarantor: Petra Brandt    Account FW-00218 (continued)", F, 8)
        return 74

    fl = Flow(doc, 0, 740, furniture)
    fl.start()
    fl.y = t.draw_head(fl.y, fill=0.82)
    fl.cont = lambda yy: t.draw_head(yy, fill=0.82)
    due = D("0")
    for v in visits:
        fl.need(26)
        doc.text(32, fl.y + 9, f"Visit {v['vno']}  -  {v['pat']}  -  billed to Crestline Health Plan, claim {v['clm']}",
                 FI, 7.3)
        fl.y += 12
        for s in v["svcs"]:
            descs = [s.desc, "   Insurance payment - Crestline Health Plan", "   Insurance adjustment (contract)"]
            cells = [dfmt(s.dos, "mdy4"), v["pat"].split()[0], descs, s.code, " ".join(s.mods),
                     K.eobgen.units_str(s.units), money_c(s.billed), ["", money_c(-s.paid), money_c(-s.discount)],
                     ["", "", money_c(s.owes)]]
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.85)
            due += s.owes
            col.add(truth_line(0, s, claim_id=v["vno"], payer_claim_id=v["clm"], patient=v["pat"],
                               printed=("billed", "paid", "discount", "patient_owes"), description=False,
                               overrides={"patient": v["pat"]}), (doc.page, y0, fl.y))
        sv = v["svcs"]
        tb, tob = G.total(sv, "billed"), G.total(sv, "owes")
        fl.need(12)
        fl.y = t.draw_row(fl.y, ["", "", "Visit total", "", "", "", money_c(tb), "", money_c(tob)], font=FB)
        col.claims.append(dict(claim_id=v["vno"], payer_claim_id=v["clm"], patient=v["pat"],
                               totals=G.claim_totals(tb, None, None, tob)))
    fl.cont = None
    fl.need(60)
    doc.rect(380, fl.y + 8, 202, 30, fill=0.9)
    doc.text(386, fl.y + 27, f"AMOUNT DUE  {money_d(due)}", FB, 10)
    doc.text(30, fl.y + 20, "Credits are shown with a minus sign. Questions about your bill: billing@fernwood.example",
             F, 7.5)
    fmt = Fmt(money_c, lambda d: dfmt(d, "mdy4"), lambda c, m: [c] + list(m))
    return dict(name="h29_s1_fernwood_family_ledger", layout="s1", doc=doc, col=col, fmt=fmt, legend=[],
                desc="therapy clinic family account statement (ledger), reportlab portrait core Helvetica",
                findings=[], check=dict(arith_adj=False, arith_member=False, page_of=True))


# ======================================================================================= s2 hospital statement

def lay_s2():
    """Hospital outpatient family statement, fpdf2 portrait Liberation Serif."""
    rng = random.Random(2910)
    doc = Doc("fpdf2", 612, 792)
    col = Collector()
    st = PlanState(ded_left=D("250.00"), coins_rate=D("0.15"), allowed_rate=D("0.66"))
    accts = []
    REV = {"GP": "0420", "GO": "0430", "GN": "0440"}
    for nm, disc, days, pending in [("GALLAGHER, NORA", "PT", [5, 7, 9, 12, 14, 16, 19, 21], False),
                                    ("GALLAGHER, EAMON", "SLP", [6, 13, 20, 27], False),
                                    ("GALLAGHER, BRIGID", "OT", [26, 28, 30], True)]:
        svcs = []
        for j, dd in enumerate(days):
            svcs += visit(rng, disc, jan(dd), first=(j == 0))
        if not pending:
            for s in svcs:
                G.commercial(s, st)
        accts.append(dict(pat=nm, svcs=svcs, acct=ids(rng, "HA########"), pending=pending,
                          clm=None if pending else ids(rng, "26#####-####")))
    F, FB, FI = "LSerif", "LSerif-B", "LSerif-I"
    cols = [Col("Date", 48), Col("Rev", 26), Col("CPT/HCPCS", 44), Col("Mod", 30), Col("Description", 150),
            Col("Qty", 22, "r"), Col("Charges", 50, "r"), Col("Ins. Paid", 50, "r"), Col("Ins. Adj.", 46, "r"),
            Col("You Owe", 46, "r")]
    t = Table(doc, 34, cols, F, 7.6, head_font=FB, head_size=7.6)

    def furniture(d: Doc, n: int) -> float:
        d.text(34, 40, "St. Columba Regional Medical Center", FB, 13)
        d.text(34, 52, "Outpatient Rehabilitation Services  -  PO Box 1180, Carrow, ME 04211", F, 8)
        d.text(578, 40, "PATIENT STATEMENT", FB, 10, "r")
        d.text(578, 52, lambda p, N: f"Page {p} of {N}", F, 8, "r")
        d.line(34, 58, 578, 58, 0.8)
        d.text(34, 776, "St. Columba Regional Medical Center is an invented name. Financial assistance is available; "
                        "ask us.", FI, 7)
        if n == 1:
            d.text(34, 76, "Guarantor: Declan Gallagher", FB, 9)
            d.text(34, 87, "12 Tern Hollow Rd, Carrow, ME 04212", F, 8.5)
            d.rect(378, 66, 200, 40)
            d.text(384, 78, "Guarantor no. G-5530117", F, 8)
            d.text(384, 89, "Statement date 02/06/2026", F, 8)
            return 116
        return 66

    fl = Flow(doc, 0, 755, furniture)
    fl.start()
    due = D("0")
    for a in accts:
        def head(yy, cont=False, a=a):
            doc.rect(34, yy, 544, 24, fill=0.9, stroke=False)
            doc.text(38, yy + 9, f"Hospital account {a['acct']}   Patient: {a['pat']}" + ("   (continued)" if cont else ""),
                     FB, 8)
            ins = ("Primary insurance: Pinecone Employers Health Trust - awaiting payment" if a["pending"] else
                   f"Primary insurance: Pinecone Employers Health Trust   Claim no. {a['clm']}")
            doc.text(38, yy + 20, ins, F, 7.6)
            return t.draw_head(yy + 25)
        fl.need(70)
        fl.y = head(fl.y)
        fl.cont = lambda yy, a=a: head(yy, True)
        for s in a["svcs"]:
            rev = REV[s.mods[0]] if s.mods else "0510"
            if a["pending"]:
                vals = ["Pending", "", "--"]
            else:
                vals = [money_c(s.paid), money_c(s.discount), money_c(s.owes)]
            cells = [dfmt(s.dos, "mdy4"), rev, s.code, " ".join(s.mods), t.wrap_cell(4, s.desc.upper()),
                     K.eobgen.units_str(s.units), money_c(s.billed)] + vals
            fl.need(t.row_height(cells))
            y0 = fl.y
            fl.y = t.draw_row(fl.y, cells, rule=0.8)
            printed = ("billed",) if a["pending"] else ("billed", "paid", "discount", "patient_owes")
            if not a["pending"]:
                due += s.owes
            col.add(truth_line(0, s, claim_id=a["acct"], payer_claim_id=a["clm"], patient=a["pat"], printed=printed,
                               description=False), (doc.page, y0, fl.y))
        fl.cont = None
        sv = a["svcs"]
        tb = G.total(sv, "billed")
        tp, td, to = (None, None, None) if a["pending"] else (G.total(sv, "paid"), G.total(sv, "discount"),
                                                               G.total(sv, "owes"))
        fl.need(14)
        fl.y = t.draw_row(fl.y, ["", "", "", "", "Account totals", "", money_c(tb)] +
                          [money_c(x) if x is not None else "" for x in (tp, td, to)], font=FB)
        fl.y += 8
        col.claims.append(dict(claim_id=a["acct"], payer_claim_id=a["clm"], patient=a["pat"],
                               totals=G.claim_totals(tb, None, tp, to)))
    fl.need(40)
    doc.rect(378, fl.y + 4, 200, 26, fill=0.85)
    doc.text(384, fl.y + 21, f"Amount due now: {money_d(due)}", FB, 9.5)
    fmt = Fmt(money_c, lambda d: dfmt(d, "mdy4"), lambda c, m: [c] + list(m))
    return dict(name="h29_s2_st_columba_patient_statement", layout="s2", doc=doc, col=col, fmt=fmt, legend=[],
                desc="hospital outpatient rehabilitation patient statement, fpdf2 portrait Liberation Serif",
                findings=[], check=dict(arith_adj=False, arith_member=False, page_of=True))


# ============================================================================================== main

LAYOUTS = [lay_c1, lay_c2, lay_m1, lay_m2, lay_d1, lay_d2, lay_p1, lay_p2, lay_s1, lay_s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout29_"))
    root = Path(__file__).resolve().parents[2]
    if (root / "samples") in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for fn in LAYOUTS:
        m = fn()
        path = out / (m["name"] + ".pdf")
        m["doc"].save(path)
        G.write_truth(path, m["layout"], m["doc"].producer, m["doc"].page, m["desc"], m["col"].lines,
                      m["col"].claims, m["legend"], m["findings"])
        built.append((path, m))
        print(f"{path.name}: {len(m['col'].lines)} lines, {m['doc'].page} pages")
    print(f"wrote {len(built)} PDFs to {out}")
    if "--check" not in argv:
        return 0
    errs: list[str] = []
    spanning = 0
    for path, m in built:
        truth = json.loads(Path(str(path) + ".truth.json").read_text())
        errs += K.check_file(path, truth, m["col"].recs, m["fmt"], npages=m["doc"].page, **m["check"])
        spanning += K.spans_pages(truth)
        if m["layout"] in ("c1", "c2", "s1", "s2"):
            if len({ln["patient"] for ln in truth["lines"]}) < 3:
                errs.append(f"{path.name}: fewer than three family members")
    if spanning < 3:
        errs.append(f"only {spanning} files carry a claim continued onto the next page")
    if sum(1 for _, m in built if m["doc"].page > 1) < 3:
        errs.append("fewer than three multi-page documents")
    for e in errs:
        print("CHECK FAIL:", e)
    print(f"check: {'PASS' if not errs else 'FAIL'} ({len(errs)} problems; {spanning} files with a claim "
          f"continued across pages)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
