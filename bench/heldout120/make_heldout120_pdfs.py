"""Write the HELD-OUT set 120 of synthetic PDF EOB layouts (with truth files): ten ordinary documents of the five
commonest real kinds (two each: commercial member EOBs, Medicare Summary Notice / Medicare Advantage member EOB,
state Medicaid remittance advices, Medicare-style paper remits from a contractor or a practice-management system,
family statements from a therapy clinic and a hospital), each in a house style of its own.

Run:  python bench/heldout120/make_heldout120_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout120/make_heldout120_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helper: h120kit.py (Doc = page ops drawn by reportlab or fpdf2, "Page n of {NP}" filled at render; the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only, null
for what a layout does not print (units null where no quantity is printed; amounts null where the column is
absent; modifiers [] where the page prints none; adjustments only where group+reason+amount are printed);
claim_id = the provider's own account / invoice / patient-control number, payer_claim_id = the payer's claim
number / ICN / TCN, patient exactly as printed (the person served, never the subscriber / guarantor unless the
same person). service_end only where a different "to" date is printed (a same-day From/To pair -> null).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  c1  commercial member EOB for a family of three (reportlab, portrait Liberation Sans): shaded claim heads
      "Patient / Relationship / Claim number / Patient account", columns Amount billed / Plan discount / Allowed
      amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe / Remark, "97530 GO" over a
      wrapped description, claim total rows, the last claim runs onto page 2 under a repeated head "(continued)",
      remark legend; page-1 family summary
  c2  self-funded employer plan TPA EOB (fpdf2, landscape Liberation Mono, one string per row): CLAIM NO /
      CLAIMANT "LAST, FIRST" / RELATIONSHIP / PATIENT ACCT heads, CHARGES / PPO DISC / NOT COVRD / RSN / ALLOWED /
      DEDUCTIBLE / COPAY / COINS / PAID / PT RESP, MM/DD/YY, CLAIM TOTALS rows, benefits-paid line with check no.;
      PLANTED claim-total mismatch (PAID total 10.00 too high) declared as an expected finding
  m1  Medicare Advantage member EOB (reportlab, portrait DejaVu Sans): monthly summary box, claim heads "Claim
      number ... / provider · NPI", Service provided (code + words, no modifiers, no units) / Date "Jan 6, 2026" /
      Amount the provider billed / Total cost (approved amount) / Plan's share / Your share / Notes, per-visit
      copay, provider-liable denial at $0, a claim continued on page 2, letter notes legend
  m2  Medicare Summary Notice Part B (fpdf2, portrait Liberation Serif, 3 pages): page-1 address / notice box /
      deductible status / claims & costs, then date-headed claim blocks "Claim number 26-....", provider and
      referring doctor, "Therapeutic exercises (97110-GP-KX)" wrapped with the amounts on the code's line,
      Yes/No approval, Maximum You May Be Billed, notes A/B/C, Total for Claim rows; no units printed
  d1  state Medicaid remittance advice (reportlab, landscape DejaVu Sans Mono): banner + PAGE n OF N each page,
      CLAIMS PAID / DENIED / ADJUSTED sections, RECIPIENT "LAST, FIRST" / RECIP ID / ICN / PATIENT ACCT # heads with
      claim billed/paid, LN / FROM DOS / TO DOS / PROC / MODS / UNITS "4.00" / BILLED / ALLOWED / TPL / PAID /
      GRP-CARC / ADJ AMT / RARC, a void with trailing-minus amounts and its replacement, code messages
  d2  state Medicaid portal remittance (fpdf2, portrait DejaVu Sans Condensed, dark title band, boxed rows):
      label-over-value member band (Member / Member ID / TCN / Patient Acct # / Billed / Paid / Status), weekly
      From/To spans with summed units, TPL and Copay columns at 0.00, CARC "CO-45" + Adj Amt, RARC, denials,
      member families, page-2 continuation of a claim under a repeated band
  p1  Medicare Part B standard paper remittance (reportlab, portrait core Courier, 132 columns): PERF PROV / SERV
      DATE "0105 010526" / POS / NOS / PROC / MODS glued "GPKX" / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT /
      PROV PD, further adjustments on continuation rows, NAME / HIC / ACNT / ICN / ASG / MOA heads, PT RESP and
      CLAIM TOTALS, NET rows, sequestration CO-253, a denial with REM row, glossary
  p2  practice-management "Electronic Remittance Detail" of a Medicare contractor 835 (fpdf2, landscape Liberation
      Sans): Patient / Acct # / Payer Claim # / Claim Status heads, Svc Date / Proc / Mod / Units / Charge / Allowed
      / Deduct / Coins / Adjustments "CO-45 12.34  PR-2 5.00" (wrapping onto a second row) / Paid / Remark /
      Balance, claim totals, a status-22 reversal with negative amounts and its correction, claim continued
      on page 2 under a repeated head
  s1  pediatric therapy clinic family statement (reportlab, portrait DejaVu Serif): statement box, patient bands
      for three children, visit heads "Visit / Invoice / Insurance claim", Service "97530-GO Therapeutic ..."
      truncated, Qty / Charge / Ins. Paid / Plan Disc. / Not Covd / Your Part / Status, a visit still pending at the
      insurer (only the charge printed, no payer claim number), visit totals, payment row, detach stub
  s2  hospital family patient statement (fpdf2, portrait Liberation Sans Narrow, grey left sidebar with
      guarantor, amount due and contacts): boxed account heads (Patient "Last, First" / Hospital Account / insurer
      Claim #), Date / Rev / CPT/HCPCS / Description / Qty / Charges only per line (no line payments), account
      summary rows with payments and adjustments in parentheses, an account continued on page 2

The self-check (--check) tests the factory, never the reader: page counts; for every truth line a text row on its
page that carries the code, every modifier, the units and every non-null amount (adjustment reason codes and
amounts on that row or its continuation rows); dates on the page; ids and patient on that or the previous page;
remarks and legend codes printed; arithmetic (billed - adjustments = paid where every adjustment is printed;
billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance (- sequestration) = paid);
claim totals printed and equal to the sum of the lines except the declared planted mismatch; and that at
least three files carry a claim whose rows run onto the next page.
"""

from __future__ import annotations

import json
import sys
import tempfile
import textwrap
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
    units_str,
    write_truth,
)
from h120kit import Doc, check_file  # noqa: E402

# ---------------------------------------------------------------------------------------------- common
EXTRA_FEE = {"97533": "98.00", "97162": "240.00", "97761": "110.00", "97035": "40.00", "97012": "45.00",
             "99214": "210.00", "G0151": "140.00", "G0152": "150.00", "G0153": "155.00", "E0730": "68.00",
             "97018": "30.00", "92610": "260.00", "97164": "150.00"}
EXTRA_SCHED = {"97533": "34.90", "97162": "101.12", "97761": "38.70", "97035": "13.12", "97012": "14.80",
               "99214": "126.90", "G0151": "62.10", "G0152": "61.40", "G0153": "63.80", "E0730": "31.25",
               "97018": "8.75", "92610": "98.60", "97164": "68.30"}
EXTRA_DESC = {"97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity",
              "97761": "Prosthetic training", "97035": "Ultrasound therapy", "97012": "Mechanical traction",
              "99214": "Office visit, established, moderate", "G0151": "Home health PT visit, 15 min",
              "G0152": "Home health OT visit, 15 min", "G0153": "Home health speech therapy, 15 min",
              "E0730": "TENS unit, four lead", "97018": "Paraffin bath", "92610": "Swallowing function evaluation",
              "97164": "PT re-evaluation"}
for _d, _x in ((FEE, EXTRA_FEE), (SCHED, EXTRA_SCHED), (DESC, EXTRA_DESC)):
    for _k, _v in _x.items():
        _d.setdefault(_k, _v)

D = date


def m(x, style=",", neg="-") -> str:
    return money(x, style, neg)


def wrap(s: str, n: int) -> list[str]:
    return textwrap.wrap(s, n) or [""]


def tl(doc, s, cl, printed, **kw) -> dict:
    return truth_line(doc.page, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"), patient=cl.get("pt"),
                      printed=printed, **kw)


def ctot(cl, **kw) -> dict:
    return {"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"), "patient": cl.get("pt"),
            "totals": claim_totals(**kw)}


def svcs(spec, fn):
    """spec: [(date, code, units, mods, denied?)] -> priced Svc list."""
    out = []
    for row in spec:
        dos, code, u, mods = row[:4]
        den = row[4] if len(row) > 4 else None
        out.append(fn(Svc(dos, code, Decimal(str(u)), tuple(mods), denied=den)))
    return out


def ma_price(s: Svc, copaid: set, copay=Decimal("30.00")) -> Svc:
    """Medicare Advantage plan: plan fee schedule, one copay per visit day, provider-liable denials."""
    if s.denied:
        s.adjs = [("CO", "197", s.billed)]
        s.not_covered = s.billed
        return s
    s.allowed = q(Decimal(SCHED[s.code]) * s.units * Decimal("1.03"))
    s.discount = s.billed - s.allowed
    s.copay = ZERO
    if s.dos not in copaid:
        copaid.add(s.dos)
        s.copay = min(copay, s.allowed)
    s.paid = s.allowed - s.copay
    s.owes = s.copay
    s.adjs = [("CO", "45", s.discount)] + ([("PR", "3", s.copay)] if s.copay else [])
    return s


class Flow:
    """Cursor with page breaks: header(doc) draws the page head and returns the first free y."""

    def __init__(self, doc, header, footer, bottom):
        self.doc, self.header, self.footer, self.bottom = doc, header, footer, bottom
        self.y = header(doc)

    def need(self, h, cont=None) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.footer(self.doc)
        self.doc.new_page()
        self.y = self.header(self.doc)
        if cont:
            cont()
        return True
# ------------------------------------------------------------------ 1. commercial member EOB (reportlab)
def lay_c1(out: Path):
    doc = Doc()
    F, B = "LibSans", "LibSans-Bold"
    fam = [
        ("Imogen Castellanos-Reyes", "Self", PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"))),
        ("Theo Castellanos-Reyes", "Son", PlanState(ded_left=ZERO, visit_copay=Decimal("35.00"))),
        ("Pilar Castellanos-Reyes", "Daughter", PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"))),
    ]
    claims = [
        dict(pt=fam[1][0], rel="Son", acct="LKT-88102", icn="2601-88-41275", prov="Lakeshore Kids Therapy, LLC",
             rcv="01/14/2026", proc="01/22/2026", st=fam[1][2],
             spec=[(D(2026, 1, 5), "97165", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]),
                   (D(2026, 1, 8), "97530", 3, ["GO"]), (D(2026, 1, 8), "97533", 1, ["GO", "59"], "PR"),
                   (D(2026, 1, 12), "97535", 2, ["GO"]), (D(2026, 1, 12), "97530", 2, ["GO"])]),
        dict(pt=fam[0][0], rel="Self", acct="0093317", icn="2601-88-50912", prov="Birchline Physical Therapy",
             rcv="01/16/2026", proc="01/23/2026", st=fam[0][2],
             spec=[(D(2026, 1, 7), "97162", 1, ["GP"]), (D(2026, 1, 7), "97140", 2, ["GP"]),
                   (D(2026, 1, 9), "97110", 3, ["GP"]), (D(2026, 1, 9), "97112", 1, ["GP"]),
                   (D(2026, 1, 14), "97110", 2, ["GP"]), (D(2026, 1, 14), "97035", 1, ["GP"], "PR")]),
        dict(pt=fam[2][0], rel="Daughter", acct="LKT-88130", icn="2601-88-52287", prov="Lakeshore Kids Therapy, LLC",
             rcv="01/19/2026", proc="01/26/2026", st=fam[2][2],
             spec=[(D(2026, 1, 13), "92523", 1, ["GN"]), (D(2026, 1, 15), "92507", 1, ["GN"]),
                   (D(2026, 1, 20), "92507", 1, ["GN"]), (D(2026, 1, 22), "92507", 1, ["GN"]),
                   (D(2026, 1, 22), "92526", 1, ["GN", "59"]), (D(2026, 1, 27), "92507", 1, ["GN"]),
                   (D(2026, 1, 29), "92507", 1, ["GN"]), (D(2026, 1, 29), "97129", 1, ["GN"])]),
    ]
    for c in claims:
        c["svcs"] = svcs(c["spec"], lambda s, st=c["st"]: commercial(s, st, deny_reason="96"))
        for s in c["svcs"]:
            if s.denied:
                s.remarks = ["N7"]
            elif s.deductible:
                s.remarks = ["D2"]
            elif s.copay:
                s.remarks = ["C4"]
    cols = [(176, "Units", ""), (214, "Amount", "billed"), (252, "Plan", "discount"), (290, "Allowed", "amount"),
            (328, "Not", "covered"), (364, "Deduct-", "ible"), (398, "Copay", ""), (436, "Coins-", "urance"),
            (476, "Plan", "paid"), (514, "You", "owe")]

    def header(d):
        d.t(36, 44, "NORTHFIELD MUTUAL", B, 15)
        d.t(36, 56, "HEALTH PLAN", F, 8)
        d.t(576, 44, "Explanation of Benefits", B, 13, "r")
        d.t(576, 56, "THIS IS NOT A BILL", B, 8, "r")
        d.t(36, 76, "Member: Imogen Castellanos-Reyes", F, 8)
        d.t(36, 86, "Member ID: NMH 4471 0092 18    Group: 00731 Brightwater Schools PPO", F, 8)
        d.t(576, 76, "Statement date: February 2, 2026", F, 8, "r")
        d.t(576, 86, "Page {p} of {NP}".replace("{p}", str(d.page)), F, 8, "r")
        d.ln(36, 92, 576, 92, 1.2)
        return 106

    def footer(d):
        d.ln(36, 752, 576, 752, 0.4)
        d.t(36, 762, "Questions about this statement? Member Services 1-800-555-0148 (TTY 711), Mon-Fri 8 am - 8 pm.",
            F, 6.5)
        d.t(36, 771, "Northfield Mutual Health Plan, PO Box 4410, Cedar Falls Junction, MN 55099", F, 6.5)

    def colhead(f):
        d = f.doc
        d.box(36, f.y - 8, 540, 20, fill=0.88, stroke=False)
        d.t(40, f.y, "Date of", B, 6.5)
        d.t(40, f.y + 8, "service", B, 6.5)
        d.t(82, f.y, "Service", B, 6.5)
        for x, a, b in cols:
            d.t(x, f.y, a, B, 6.5, "r")
            d.t(x, f.y + 8, b, B, 6.5, "r")
        d.t(522, f.y, "Remark", B, 6.5)
        f.y += 22

    doc_lines, tclaims = [], []
    flow = Flow(doc, header, footer, 740)
    # page-1 summary
    d = doc
    d.t(36, flow.y, "Your claims at a glance", B, 10)
    flow.y += 14
    d.t(40, flow.y, "Family member", B, 7.5)
    for x, h in ((300, "Amount billed"), (380, "Plan paid"), (460, "You owe")):
        d.t(x, flow.y, h, B, 7.5, "r")
    flow.y += 4
    d.ln(36, flow.y, 470, flow.y, 0.4)
    flow.y += 10
    for name, rel, _ in fam:
        mine = [s for c in claims if c["pt"] == name for s in c["svcs"]]
        d.t(40, flow.y, f"{name} ({rel})", F, 7.5)
        d.t(300, flow.y, m(total(mine, "billed"), "$"), F, 7.5, "r")
        d.t(380, flow.y, m(total(mine, "paid"), "$"), F, 7.5, "r")
        d.t(460, flow.y, m(total(mine, "owes"), "$"), F, 7.5, "r")
        flow.y += 11
    flow.y += 6
    d.t(36, flow.y, "Deductible (in network): $500.00 individual / $1,500.00 family.  Out-of-pocket maximum: $3,000.00 "
        "individual.", F, 7)
    flow.y += 22
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for c in claims:
        def claimhead(cont=False, c=c):
            d = flow.doc
            d.box(36, flow.y - 9, 540, 24, fill=0.95, stroke=True, lw=0.4)
            d.t(40, flow.y, f"Patient: {c['pt']}" + ("   (continued)" if cont else ""), B, 8)
            d.t(300, flow.y, f"Relationship: {c['rel']}", F, 7.5)
            d.t(572, flow.y, f"Claim number: {c['icn']}", B, 7.5, "r")
            d.t(40, flow.y + 10, f"Provider: {c['prov']}    Patient account: {c['acct']}    Received {c['rcv']}    "
                f"Processed {c['proc']}    In network", F, 7)
            flow.y += 24
            colhead(flow)
        flow.need(90)
        claimhead()
        for s in c["svcs"]:
            lines = wrap(s.desc, 26)
            if flow.need(10 + 8 * len(lines) + 2, lambda c=c: claimhead(True)):
                pass
            d = flow.doc
            d.t(40, flow.y, dfmt(s.dos, "mdy2"), F, 7)
            d.t(82, flow.y, f"{s.code} {' '.join(s.mods)}", F, 7)
            vals = [units_str(s.units), m(s.billed), m(s.discount), m(s.allowed), m(s.not_covered),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes)]
            for (x, _, _), v in zip(cols, vals):
                d.t(x, flow.y, v, F, 7, "r")
            d.t(524, flow.y, " ".join(s.remarks), F, 7)
            doc_lines.append(tl(d, s, c, printed, remarks=s.remarks))
            for i, w in enumerate(lines):
                d.t(86, flow.y + 8 * (i + 1), w, "LibSans", 6.2)
            flow.y += 8 * (len(lines) + 1) + 2
            d.ln(36, flow.y - 6, 576, flow.y - 6, 0.2, 0.5)
        flow.need(14)
        ss = c["svcs"]
        d = flow.doc
        d.t(82, flow.y, "Claim total", B, 7)
        for (x, _, _), a in zip(cols[1:], ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                           "coinsurance", "paid", "owes")):
            d.t(x, flow.y, m(total(ss, a)), B, 7, "r")
        d.ln(36, flow.y + 4, 576, flow.y + 4, 0.8)
        tclaims.append(ctot(c, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                            patient_owes=total(ss, "owes")))
        flow.y += 14
        d.t(82, flow.y, f"We paid {m(total(ss, 'paid'), '$')} to {c['prov']}.", F, 7)
        flow.y += 20
    legend = [("C4", "A fixed copay per visit day applies under your therapy benefit."),
              ("D2", "This amount counts toward your yearly deductible."),
              ("N7", "Not covered: the plan does not pay for this service under your policy; see your benefit booklet.")]
    flow.need(60)
    d = flow.doc
    d.t(36, flow.y, "Remark codes", B, 9)
    flow.y += 12
    for k, v in legend:
        d.t(40, flow.y, k, B, 7)
        d.t(62, flow.y, v, F, 7)
        flow.y += 10
    flow.y += 6
    d.t(36, flow.y, "You have the right to appeal. Send a written request within 180 days of the statement date.", F, 7)
    footer(flow.doc)
    return doc, "rl", doc_lines, tclaims, legend, [], False, 1


# ------------------------------------------------------------------ 2. TPA member EOB, monospace (fpdf2)
def lay_c2(out: Path):
    doc = Doc(landscape=True)
    F, B, SZ = "LibMono", "LibMono-Bold", 7.2
    emp = "DUNMORE, CASPAR J"
    fam = {"DUNMORE, CASPAR J": ("SELF", PlanState(ded_left=Decimal("150.00"), copay_codes={})),
           "DUNMORE, WILLA": ("SPOUSE", PlanState(ded_left=Decimal("45.00"))),
           "DUNMORE, ROWAN": ("CHILD", PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("20.00"),
                                                                              "92523": Decimal("20.00")}))}
    claims = [
        dict(pt="DUNMORE, WILLA", acct="FPT-30118", icn="26012-00391-00", prov="FERNGATE PHYSICAL THERAPY",
             spec=[(D(2026, 1, 6), "97161", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"]),
                   (D(2026, 1, 8), "97110", 3, ["GP"]), (D(2026, 1, 8), "97140", 1, ["GP", "59"]),
                   (D(2026, 1, 13), "97012", 1, ["GP"], "PR"), (D(2026, 1, 13), "97110", 3, ["GP"]),
                   (D(2026, 1, 15), "97112", 2, ["GP"]), (D(2026, 1, 15), "97140", 2, ["GP"])]),
        dict(pt="DUNMORE, ROWAN", acct="SP2-7716", icn="26012-00455-00", prov="TALKWELL SPEECH STUDIO",
             spec=[(D(2026, 1, 7), "92523", 1, []), (D(2026, 1, 14), "92507", 1, ["GN"]),
                   (D(2026, 1, 21), "92507", 1, ["GN"])]),
        dict(pt="DUNMORE, CASPAR J", acct="88-400217", icn="26012-00502-00", prov="RIVERWALK ORTHOPEDIC GROUP",
             spec=[(D(2026, 1, 9), "99214", 1, []), (D(2026, 1, 9), "97760", 1, ["GO"]),
                   (D(2026, 1, 9), "L3807", 1, ["RT"])]),
        dict(pt="DUNMORE, ROWAN", acct="SP2-7790", icn="26012-00611-00", prov="TALKWELL SPEECH STUDIO",
             spec=[(D(2026, 1, 28), "92507", 1, ["GN"]), (D(2026, 1, 30), "92526", 1, ["GN"], "PR")]),
    ]
    for c in claims:
        st = fam[c["pt"]][1]
        c["svcs"] = svcs(c["spec"], lambda s, st=st: commercial(s, st, deny_reason="204"))
        for s in c["svcs"]:
            s.remarks = ["X04"] if s.denied else (["D11"] if s.deductible else [])
    # column layout (characters)
    hdr = (f"{'DATE OF SVC':<12}{'PROC':<6}{'MOD':<7}{'UNITS':>5}{'CHARGES':>11}{'PPO DISC':>11}{'NOT COVRD':>11}"
           f"{'RSN':>5}{'ALLOWED':>11}{'DEDUCTIBLE':>12}{'COPAY':>9}{'COINS':>10}{'PAID':>11}{'PT RESP':>11}")

    def row(dt, proc, mod, un, vals, rsn):
        a = [f"{v:>11}" for v in vals]
        return (f"{dt:<12}{proc:<6}{mod:<7}{un:>5}{a[0]}{a[1]}{a[2]}{rsn:>5}{a[3]}{vals[4]:>12}{vals[5]:>9}"
                f"{vals[6]:>10}{a[7]}{a[8]}")

    def header(d):
        y = 34
        d.t(30, y, "PINECREST BENEFIT ADMINISTRATORS, INC.", B, 9)
        d.t(762, y, "EXPLANATION OF BENEFITS", B, 9, "r")
        d.t(30, y + 10, "P.O. BOX 2270  WEST HOLLIS, OH 43999       1-866-555-0172", F, SZ)
        d.t(762, y + 10, f"PAGE {d.page} OF {{NP}}", F, SZ, "r")
        d.t(30, y + 24, f"PLAN: HALVERSON TOOL & DIE EMPLOYEE HEALTH PLAN   EMPLOYEE: {emp}   EMPLOYEE ID: XHT00418827"
            "   DATE: 02/02/2026", F, SZ)
        d.ln(30, y + 29, 762, y + 29, 0.6)
        return y + 42

    def footer(d):
        d.t(30, 590, "THIS IS NOT A BILL.  SELF-FUNDED PLAN ADMINISTERED BY PINECREST BENEFIT ADMINISTRATORS, INC.  "
            "THE EMPLOYER PAYS BENEFITS.", F, 6.4)

    flow = Flow(doc, header, footer, 572)
    tlines, tclaims, found = [], [], []
    printed = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for ci, c in enumerate(claims):
        rel = fam[c["pt"]][0]

        def chead(cont=False, c=c, rel=rel):
            d = flow.doc
            d.t(30, flow.y, f"CLAIM NO: {c['icn']}   CLAIMANT: {c['pt']}   RELATIONSHIP: {rel}   PROVIDER: {c['prov']}"
                f"   PATIENT ACCT: {c['acct']}   NETWORK: PPO" + ("   ** CONTINUED **" if cont else ""), B, SZ)
            flow.y += 11
            d.t(30, flow.y, hdr, B, SZ)
            d.ln(30, flow.y + 3, 762, flow.y + 3, 0.3)
            flow.y += 12
        flow.need(60)
        chead()
        for s in c["svcs"]:
            flow.need(10, lambda c=c: chead(True))
            d = flow.doc
            d.t(30, flow.y, row(dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units),
                               [m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed), m(s.deductible),
                                m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes)], " ".join(s.remarks)), F, SZ)
            tlines.append(tl(d, s, c, printed, remarks=s.remarks, description=False))
            flow.y += 10
        flow.need(34)
        ss = c["svcs"]
        tot = {k: total(ss, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                         "coinsurance", "paid", "owes")}
        if ci == 0:  # planted: the printed paid total is 10.00 higher than the lines
            tot["paid"] += Decimal("10.00")
            found.append(f"claim-total-mismatch claim {c['icn']}: printed PAID total {tot['paid']} but the lines "
                         f"add up to {total(ss, 'paid')}")
        d = flow.doc
        d.ln(30, flow.y - 6, 762, flow.y - 6, 0.3)
        d.t(30, flow.y, row("CLAIM TOTALS", "", "", "", [m(tot[k]) for k in ("billed", "discount", "not_covered",
                                                                            "allowed", "deductible", "copay",
                                                                            "coinsurance", "paid", "owes")], ""),
            B, SZ)
        tclaims.append(ctot(c, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                            patient_owes=tot["owes"]))
        flow.y += 11
        d.t(30, flow.y, f"BENEFITS PAID TO: {c['prov']}   CHECK/EFT NO. 00731{4470 + ci}   AMOUNT {m(tot['paid'], '$')}",
            F, SZ)
        flow.y += 20
    legend = [("X04", "SERVICE EXCLUDED UNDER THE PLAN DOCUMENT. MEMBER IS RESPONSIBLE."),
              ("D11", "ALLOWED AMOUNT APPLIED TO THE CALENDAR-YEAR DEDUCTIBLE.")]
    flow.need(40)
    d = flow.doc
    d.t(30, flow.y, "REASON CODE EXPLANATIONS", B, SZ)
    for k, v in legend:
        flow.y += 10
        d.t(30, flow.y, f"{k}  {v}", F, SZ)
    flow.y += 14
    d.t(30, flow.y, "DEDUCTIBLE MET TO DATE: EMPLOYEE 150.00 / 300.00   FAMILY 195.00 / 900.00", F, SZ)
    footer(flow.doc)
    return doc, "fp", tlines, tclaims, legend, found, False, 0
# ------------------------------------------------------------------ 3. Medicare Advantage member EOB (reportlab)
def lay_m1(out: Path):
    doc = Doc()
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    pt = "Augustin P. Vellacourt"
    copaid: set = set()
    claims = [
        dict(icn="2601140087231", prov="Harbor Hand & Upper Limb Therapy", npi="1487705532",
             spec=[(D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 6), "97760", 1, ["GO"]),
                   (D(2026, 1, 6), "L3807", 1, ["RT"]), (D(2026, 1, 9), "97530", 2, ["GO"]),
                   (D(2026, 1, 9), "97140", 1, ["GO"]), (D(2026, 1, 13), "97530", 2, ["GO"]),
                   (D(2026, 1, 13), "97018", 1, ["GO"], "CO"), (D(2026, 1, 16), "97110", 2, ["GO"]),
                   (D(2026, 1, 16), "97530", 1, ["GO"])]),
        dict(icn="2601210044817", prov="Seabright Primary Care Partners", npi="1093318842",
             spec=[(D(2026, 1, 12), "99214", 1, []), (D(2026, 1, 12), "G0283", 1, [])]),
        dict(icn="2601270011902", prov="Harbor Hand & Upper Limb Therapy", npi="1487705532",
             spec=[(D(2026, 1, 20), "97530", 2, ["GO"]), (D(2026, 1, 20), "97535", 1, ["GO", "KX"]),
                   (D(2026, 1, 23), "97168", 1, ["GO"]), (D(2026, 1, 23), "97140", 2, ["GO", "59"]),
                   (D(2026, 1, 26), "97530", 2, ["GO"]), (D(2026, 1, 26), "97110", 1, ["GO"]),
                   (D(2026, 1, 28), "97530", 2, ["GO"]), (D(2026, 1, 28), "97760", 1, ["GO"]),
                   (D(2026, 1, 30), "97530", 2, ["GO"]), (D(2026, 1, 30), "97535", 1, ["GO"]),
                   (D(2026, 1, 30), "97140", 1, ["GO", "59"]), (D(2026, 1, 31), "97530", 2, ["GO"]),
                   (D(2026, 1, 31), "97110", 2, ["GO"]), (D(2026, 1, 31), "97112", 1, ["GO"])]),
    ]
    for c in claims:
        c["pt"], c["acct"] = pt, None
        c["svcs"] = svcs(c["spec"], lambda s: ma_price(s, copaid))
        for s in c["svcs"]:
            s.remarks = ["B"] if s.denied else (["A"] if s.copay else [])

    def header(d):
        d.t(40, 46, "Seabright Health", B, 16)
        d.t(40, 58, "Medicare Advantage", F, 8)
        if d.page == 1:
            d.t(572, 46, "Explanation of Benefits", B, 12, "r")
            d.t(572, 58, "for medical services you got in January 2026", F, 8, "r")
            d.box(40, 70, 250, 56, fill=None, lw=0.6)
            for i, s in enumerate((pt.upper(), "418 MARSHALL CREEK RD APT 2", "SOUTH TILLERY, OR 97999")):
                d.t(48, 84 + 11 * i, s, F, 8)
            d.t(330, 84, "Member: " + pt, F, 8)
            d.t(330, 95, "Member ID: SBH-0074418-01", F, 8)
            d.t(330, 106, "Plan: Seabright Advantage Plus (HMO-POS)", F, 8)
            d.t(330, 117, "Date of this notice: February 4, 2026", F, 8)
            return 146
        d.t(572, 46, f"{pt}  |  Member ID: SBH-0074418-01", F, 7.5, "r")
        d.ln(40, 66, 572, 66, 0.6)
        return 84

    def footer(d):
        d.ln(40, 748, 572, 748, 0.4)
        d.t(40, 760, "Seabright Health Member Services: 1-877-555-0199 (TTY 711), 8 a.m. to 8 p.m., seven days a week.",
            F, 6.5)
        d.t(572, 772, f"Page {d.page} of {{NP}}", F, 6.5, "r")
        d.t(40, 772, "H9999_EOB26_M", F, 6.5)

    flow = Flow(doc, header, footer, 736)
    d = doc
    allsv = [s for c in claims for s in c["svcs"]]
    d.t(40, flow.y, "Your medical claims summary", B, 11)
    flow.y += 16
    d.box(40, flow.y - 10, 532, 50, fill=0.93, stroke=False)
    d.t(210, flow.y, "Total cost", B, 8, "r")
    d.t(330, flow.y, "Plan's share", B, 8, "r")
    d.t(450, flow.y, "Your share", B, 8, "r")
    flow.y += 14
    d.t(48, flow.y, "This month", F, 8)
    d.t(210, flow.y, m(total(allsv, "allowed"), "$"), F, 8, "r")
    d.t(330, flow.y, m(total(allsv, "paid"), "$"), F, 8, "r")
    d.t(450, flow.y, m(total(allsv, "owes"), "$"), F, 8, "r")
    flow.y += 12
    d.t(48, flow.y, "Year to date (2026)", F, 8)
    d.t(210, flow.y, m(total(allsv, "allowed"), "$"), F, 8, "r")
    d.t(330, flow.y, m(total(allsv, "paid"), "$"), F, 8, "r")
    d.t(450, flow.y, m(total(allsv, "owes"), "$"), F, 8, "r")
    flow.y += 28
    d.t(40, flow.y, "Your out-of-pocket maximum for in-network services is $4,900.00. So far you have paid "
        f"{m(total(allsv, 'owes'), '$')} toward it.", F, 7.5)
    flow.y += 24
    d.t(40, flow.y, "Your medical claims in detail", B, 11)
    flow.y += 18
    X = [(40, "Service provided"), (250, "Date"), (348, "Amount the\nprovider billed"),
         (414, "Total cost\n(approved amount)"), (470, "Plan's\nshare"), (520, "Your\nshare"), (528, "Notes")]
    tlines, tclaims = [], []

    def chead(c, cont=False):
        d = flow.doc
        d.t(40, flow.y, f"Claim number {c['icn']}" + ("  (continued)" if cont else ""), B, 8.5)
        flow.y += 11
        d.t(40, flow.y, f"{c['prov']}  ·  NPI {c['npi']}  ·  In network", F, 7.5)
        flow.y += 8
        d.box(40, flow.y, 532, 22, fill=0.85, stroke=False)
        for x, h in X:
            parts = h.split("\n")
            al = "l" if x in (40, 250, 528) else "r"
            for i, p in enumerate(parts):
                d.t(x + (4 if x == 40 else 0), flow.y + 9 + 8 * i, p, B, 6.8, al)
        flow.y += 32

    printed = ("billed", "allowed", "paid", "patient_owes")
    for c in claims:
        flow.need(80)
        chead(c)
        for s in c["svcs"]:
            txt = wrap(f"{s.code} {s.desc}", 40)
            flow.need(10 * len(txt) + 2, lambda c=c: chead(c, True))
            d = flow.doc
            for i, w in enumerate(txt):
                d.t(44, flow.y + 9 * i, w, F, 7.2)
            d.t(250, flow.y, dfmt(s.dos, "mon"), F, 7.2)
            d.t(348, flow.y, m(s.billed, "$"), F, 7.2, "r")
            d.t(414, flow.y, m(s.allowed, "$"), F, 7.2, "r")
            d.t(470, flow.y, m(s.paid, "$"), F, 7.2, "r")
            d.t(520, flow.y, m(s.owes, "$"), F, 7.2, "r")
            d.t(536, flow.y, " ".join(s.remarks), F, 7.2)
            tlines.append(tl(d, s, c, printed, units=False, modifiers=False, remarks=s.remarks))
            flow.y += 9 * len(txt) + 3
            d.ln(40, flow.y - 7, 572, flow.y - 7, 0.2, 0.6)
        flow.need(16)
        ss = c["svcs"]
        d = flow.doc
        d.t(44, flow.y, "Claim total", B, 7.5)
        for x, k in ((348, "billed"), (414, "allowed"), (470, "paid"), (520, "owes")):
            d.t(x, flow.y, m(total(ss, k), "$"), B, 7.5, "r")
        tclaims.append(ctot(c, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                            patient_owes=total(ss, "owes")))
        flow.y += 26
    legend = [("A", "Your plan's copayment for an outpatient therapy visit is $30.00 per visit day."),
              ("B", "The plan did not approve this service. The provider may not bill you for it.")]
    flow.need(50)
    d = flow.doc
    d.t(40, flow.y, "Notes about your claims", B, 9)
    for k, v in legend:
        flow.y += 11
        d.t(44, flow.y, k, B, 7.5)
        d.t(58, flow.y, v, F, 7.5)
    flow.y += 18
    d.t(40, flow.y, "If you disagree with a decision, you can ask for an appeal within 65 days. See your Evidence of "
        "Coverage, Chapter 9.", F, 7.2)
    footer(flow.doc)
    return doc, "rl", tlines, tclaims, legend, [], False, 1


# ------------------------------------------------------------------ 4. Medicare Summary Notice Part B (fpdf2)
def lay_m2(out: Path):
    doc = Doc()
    F, B = "LibSerif", "LibSerif-Bold"
    pt = "WINIFRED A OYELARAN-MOSS"
    st = PlanState(ded_left=Decimal("120.00"))
    claims = [
        dict(icn="26-0106-04471-502", prov="Ferngate Physical Therapy", addr="77 Quarry Lane, Ste 4, Amberlow, PA 19999",
             ref="Dr. Nadia Fenwick", dos=D(2026, 1, 6),
             spec=[(D(2026, 1, 6), "97162", 1, ["GP", "KX"]), (D(2026, 1, 6), "97110", 2, ["GP", "KX"]),
                   (D(2026, 1, 6), "97140", 1, ["GP", "KX"])]),
        dict(icn="26-0113-04502-118", prov="Ferngate Physical Therapy", addr="77 Quarry Lane, Ste 4, Amberlow, PA 19999",
             ref="Dr. Nadia Fenwick", dos=D(2026, 1, 13),
             spec=[(D(2026, 1, 13), "97110", 3, ["GP", "KX"]), (D(2026, 1, 13), "97112", 1, ["GP", "KX"]),
                   (D(2026, 1, 13), "97140", 2, ["GP", "KX", "59"]), (D(2026, 1, 13), "97035", 1, ["GP"], "PR"),
                   (D(2026, 1, 13), "G0283", 1, ["GP", "KX"]), (D(2026, 1, 13), "97116", 1, ["GP", "KX"]),
                   (D(2026, 1, 13), "97530", 1, ["GP", "KX"]), (D(2026, 1, 13), "97018", 1, ["GP"])]),
        dict(icn="26-0121-07730-044", prov="Amberlow Speech & Swallow Center", addr="5 Chapel Row, Amberlow, PA 19999",
             ref="Dr. Nadia Fenwick", dos=D(2026, 1, 21),
             spec=[(D(2026, 1, 21), "92610", 1, ["GN"]), (D(2026, 1, 21), "92526", 1, ["GN"])]),
        dict(icn="26-0127-07761-090", prov="Amberlow Speech & Swallow Center", addr="5 Chapel Row, Amberlow, PA 19999",
             ref="Dr. Nadia Fenwick", dos=D(2026, 1, 27),
             spec=[(D(2026, 1, 27), "92526", 1, ["GN"]), (D(2026, 1, 27), "92507", 1, ["GN"])]),
    ]
    for c in claims:
        c["pt"], c["acct"] = pt, None
        c["svcs"] = svcs(c["spec"], lambda s: medicare(s, st, deny_reason="50"))
        for s in c["svcs"]:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    allsv = [s for c in claims for s in c["svcs"]]

    def header(d):
        if d.page == 1:
            return 40
        d.t(40, 40, f"{pt}", B, 9)
        d.t(572, 40, f"Page {d.page} of {{NP}}", F, 9, "r")
        d.ln(40, 46, 572, 46, 0.8)
        return 66

    def footer(d):
        if d.page == 1:
            d.t(572, 768, "Page 1 of {NP}", F, 9, "r")

    flow = Flow(doc, header, footer, 740)
    d = doc
    d.t(40, 50, "Medicare Summary Notice", B, 20)
    d.t(40, 66, "for Part B (Medical Insurance)", B, 12)
    d.t(40, 82, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", F, 8.5)
    d.t(40, 110, pt, F, 9.5)
    d.t(40, 122, "2208 WINTERBOURNE AVE", F, 9.5)
    d.t(40, 134, "AMBERLOW PA 19999-1420", F, 9.5)
    d.box(330, 96, 242, 92, fill=0.92, stroke=False)
    d.t(338, 110, "Notice for", B, 8.5)
    d.t(338, 121, pt.title(), F, 8.5)
    d.t(338, 136, "Medicare Number   XXXXXXX-4K72", F, 8.5)
    d.t(338, 148, "Date of This Notice   April 1, 2026", F, 8.5)
    d.t(338, 164, "Claims Processed Between", F, 8.5)
    d.t(338, 176, "January 1 - March 31, 2026", F, 8.5)
    d.t(40, 214, "Your Deductible Status", B, 11)
    d.t(40, 228, "Your deductible is what you must pay for most health services before Medicare begins to pay.", F, 8.5)
    d.t(40, 242, f"Part B Deductible: You have now met {m(Decimal('283.00') - st.ded_left, '$')} of your $283.00 "
        "deductible for 2026.", F, 8.5)
    d.t(40, 270, "Your Claims & Costs This Period", B, 11)
    d.t(40, 286, "Did Medicare approve all services?", F, 9)
    d.t(330, 286, "NO", B, 9)
    d.t(40, 300, "Number of services Medicare denied", F, 9)
    d.t(330, 300, str(sum(1 for s in allsv if s.denied)), B, 9)
    d.t(40, 314, "Total you may be billed", F, 9)
    d.t(330, 314, m(total(allsv, "owes"), "$"), B, 9)
    d.t(40, 342, "Providers with claims this period", B, 11)
    for i, (when, prov) in enumerate(((D(2026, 1, 6), claims[0]["prov"]), (D(2026, 1, 21), claims[2]["prov"]))):
        d.t(40, 358 + 13 * i, f"{dfmt(when, 'month')}    {prov}", F, 9)
    d.box(40, 400, 532, 56, fill=None, lw=0.8)
    d.t(48, 414, "THIS IS NOT A BILL.", B, 9)
    d.t(48, 428, "Compare the services you got with the ones listed here. If you have questions, call the provider.", F,
        8.5)
    d.t(48, 442, "Report suspected fraud: 1-800-MEDICARE (1-800-633-4227).", F, 8.5)
    footer(d)
    d.new_page()
    flow.y = header(d)
    d = flow.doc
    d.t(40, flow.y, "Your Claims for Part B (Medical Insurance)", B, 12)
    flow.y += 14
    d.t(40, flow.y, "Part B helps pay for outpatient therapy, doctor visits and medical supplies.", F, 8.5)
    flow.y += 20
    X = [(44, "Service Provided & Billing Code", "l"), (268, "Did Medicare\nApprove?", "c"),
         (356, "Amount\nProvider Charged", "r"), (424, "Medicare-\nApproved Amount", "r"),
         (488, "Amount\nMedicare Paid", "r"), (544, "Maximum You\nMay Be Billed", "r"), (548, "See\nNotes", "l")]
    tlines, tclaims = [], []

    def chead(c, cont=False):
        d = flow.doc
        d.t(40, flow.y, f"{dfmt(c['dos'], 'month')}" + ("  (continued)" if cont else ""), B, 10)
        flow.y += 12
        d.t(40, flow.y, f"Claim number {c['icn']}", F, 8.5)
        flow.y += 11
        d.t(40, flow.y, f"{c['prov']}, {c['addr']}", F, 8.5)
        flow.y += 11
        d.t(40, flow.y, f"Referred by: {c['ref']}", F, 8.5)
        flow.y += 6
        d.box(40, flow.y, 532, 24, fill=0.80, stroke=False)
        for x, h, al in X:
            for i, p in enumerate(h.split("\n")):
                d.t(x, flow.y + 10 + 9 * i, p, B, 7.5, al)
        flow.y += 36

    printed = ("billed", "allowed", "paid", "patient_owes")
    for c in claims:
        flow.need(100)
        chead(c)
        for s in c["svcs"]:
            txt = wrap(f"{s.desc} ({s.code}-{'-'.join(s.mods)})", 44)
            flow.need(11 * len(txt) + 2, lambda c=c: chead(c, True))
            d = flow.doc
            for i, w in enumerate(txt):
                d.t(44, flow.y + 10 * i, w, F, 8)
            # amounts sit on the text line that ends with the billing code (the last line of a wrapped cell)
            yy = flow.y + 10 * (len(txt) - 1)
            d.t(268, yy, "No" if s.denied else "Yes", F, 8, "c")
            d.t(356, yy, m(s.billed, "$"), F, 8, "r")
            d.t(424, yy, m(s.allowed, "$"), F, 8, "r")
            d.t(488, yy, m(s.paid, "$"), F, 8, "r")
            d.t(544, yy, m(s.owes, "$"), F, 8, "r")
            d.t(552, yy, ", ".join(s.remarks), F, 8)
            if f"({s.code}" not in txt[-1]:
                raise SystemExit(f"m2: code split from the amount line: {txt}")
            tlines.append(tl(d, s, c, printed, units=False, remarks=s.remarks))
            flow.y += 10 * len(txt) + 3
        flow.need(14)
        ss = c["svcs"]
        d = flow.doc
        d.ln(40, flow.y - 8, 572, flow.y - 8, 0.5)
        d.t(44, flow.y, f"Total for Claim #{c['icn']}", B, 8)
        for x, k in ((356, "billed"), (424, "allowed"), (488, "paid"), (544, "owes")):
            d.t(x, flow.y, m(total(ss, k), "$"), B, 8, "r")
        tclaims.append(ctot(c, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                            patient_owes=total(ss, "owes")))
        flow.y += 26
    legend = [("A", "Payment is reduced by 2% under federal budget rules; the provider accepts the rest."),
              ("B", "Part of the approved amount went to your Part B deductible."),
              ("C", "Medicare does not cover this service as billed because it was not found needed for your "
                    "condition. You may be billed only if you signed a notice in advance.")]
    flow.need(70)
    d = flow.doc
    d.t(40, flow.y, "Notes for Claims Above", B, 10)
    for k, v in legend:
        for i, w in enumerate(wrap(v, 110)):
            flow.y += 11
            d.t(44, flow.y, f"{k}" if i == 0 else "", B, 8.5)
            d.t(58, flow.y, w, F, 8.5)
    footer(flow.doc)
    return doc, "fp", tlines, tclaims, legend, [], False, 1
# ------------------------------------------------------------------ 5. state Medicaid RA, monospace (reportlab)
def lay_d1(out: Path):
    doc = Doc(landscape=True)
    F, B, SZ = "DejaVuSansMono", "DejaVuSansMono-Bold", 6.6
    recips = [("PARDO, JOAQUIN", "81004712935"), ("PARDO, ELENA", "81004712943"), ("QUILLEN, MAISIE", "81007730216"),
              ("ABERNATHY-LUO, SETH", "81009921574")]
    P = [
        dict(sec="PAID", r=0, acct="CHP-5521", icn="2026027004183",
             spec=[(D(2026, 1, 5), "97530", 4, ["GO", "U1"]), (D(2026, 1, 5), "97535", 2, ["GO"]),
                   (D(2026, 1, 7), "97530", 3, ["GO"]), (D(2026, 1, 7), "97112", 1, ["GO"])]),
        dict(sec="PAID", r=1, acct="CHP-5530", icn="2026027004184",
             spec=[(D(2026, 1, 6), "92507", 1, ["GN"]), (D(2026, 1, 8), "92507", 1, ["GN"]),
                   (D(2026, 1, 13), "92507", 1, ["GN"])]),
        dict(sec="PAID", r=2, acct="CHP-5602", icn="2026027004190",
             spec=[(D(2026, 1, 9), "97166", 1, ["GO"]), (D(2026, 1, 12), "97533", 2, ["GO"]),
                   (D(2026, 1, 14), "97530", 2, ["GO"])]),
        dict(sec="DENIED", r=3, acct="CHP-5611", icn="2026027004202",
             spec=[(D(2026, 1, 10), "97110", 2, ["GP"], "CO"), (D(2026, 1, 10), "97140", 1, ["GP"], "CO")]),
        dict(sec="DENIED", r=2, acct="CHP-5603", icn="2026027004205",
             spec=[(D(2026, 1, 16), "97533", 1, ["GO"], "CO")]),
    ]
    for c in P:
        c["pt"] = recips[c["r"]][0]
        c["rid"] = recips[c["r"]][1]
        c["svcs"] = svcs(c["spec"], lambda s: medicaid(s, deny_reason="29" if s.code == "97533" else "16"))
        for s in c["svcs"]:
            s.remarks = (["N211"] if s.code == "97533" else ["MA130"]) if s.denied else []
    # adjusted: the December claim for Seth is voided and paid again with one more unit
    orig = svcs([(D(2025, 12, 29), "97110", 2, ["GP"]), (D(2025, 12, 29), "97112", 1, ["GP"])], medicaid)
    void = [negate(s) for s in orig]
    repl = svcs([(D(2025, 12, 29), "97110", 3, ["GP"]), (D(2025, 12, 29), "97112", 1, ["GP"])], medicaid)
    for s in void:
        s.remarks = ["N69"]
    A = [dict(sec="ADJUSTED", r=3, acct="CHP-5488", icn="2026027004301", note="VOID OF ICN 2025364008817",
              pt=recips[3][0], rid=recips[3][1], svcs=void),
         dict(sec="ADJUSTED", r=3, acct="CHP-5488", icn="2026027004302", note="REPLACES ICN 2025364008817",
              pt=recips[3][0], rid=recips[3][1], svcs=repl)]
    H = (f"{'LN':<4}{'FROM DOS':<10}{'TO DOS':<10}{'PROC':<7}{'MODS':<10}{'UNITS':>7}{'BILLED AMT':>13}"
         f"{'ALLOWED AMT':>13}{'TPL AMT':>10}{'PAID AMT':>12}  {'GRP-CARC':<10}{'ADJ AMT':>11}  {'RARC':<7}")

    def header(d):
        d.t(396, 30, "STATE OF NEW CALDONIA  -  DEPARTMENT OF HUMAN SERVICES  -  MEDICAL ASSISTANCE PROGRAM", B, 8, "c")
        d.t(396, 40, "R E M I T T A N C E   A D V I C E", B, 8, "c")
        d.t(30, 54, "PROVIDER: CEDAR HOLLOW PEDIATRIC THERAPY     NPI: 1730495821     PAYEE ID: 000448127     "
            "RA NUMBER: 0004871     WARRANT DATE: 01/30/26", F, SZ)
        d.t(762, 54, f"PAGE {d.page:>3} OF {{NP}}", F, SZ, "r")
        d.t(30, 64, "CLAIM TYPE: PROFESSIONAL (CMS-1500)     PAYMENT CYCLE: 2026-05", F, SZ)
        d.ln(30, 69, 762, 69, 0.5)
        return 82

    def footer(d):
        d.t(396, 592, "*** THIS REMITTANCE ADVICE IS YOUR NOTICE OF PAYMENT. RETAIN FOR YOUR RECORDS. ***", F, SZ, "c")

    flow = Flow(doc, header, footer, 574)
    tlines, tclaims = [], []
    sec = None
    for c in P + A:
        if c["sec"] != sec:
            sec = c["sec"]
            flow.need(60)
            flow.y += 4
            flow.doc.t(30, flow.y, f"***** CLAIMS {sec} *****", B, 7.4)
            flow.y += 14
        n = len(c["svcs"])
        flow.need(30 + 9 * n)
        d = flow.doc
        ss = c["svcs"]
        d.t(30, flow.y, f"RECIPIENT: {c['pt']:<22} RECIP ID: {c['rid']}   ICN: {c['icn']}   PATIENT ACCT #: "
            f"{c['acct']:<10} BILLED: {m(total(ss, 'billed'), '', 'trail'):>10}   PAID: {m(total(ss, 'paid'), '', 'trail'):>10}"
            + (f"   {c['note']}" if c.get("note") else ""), B, SZ)
        flow.y += 10
        d.t(30, flow.y, H, F, SZ)
        flow.y += 9
        for i, s in enumerate(ss, 1):
            adj = s.adjs[0] if s.adjs else None
            txt = (f"{i:02d}  {dfmt(s.dos, 'mdy2'):<10}{dfmt(s.dos, 'mdy2'):<10}{s.code:<7}{' '.join(s.mods):<10}"
                   f"{s.units:>7.2f}{m(s.billed, '', 'trail'):>13}{m(s.allowed, '', 'trail'):>13}{'0.00':>10}"
                   f"{m(s.paid, '', 'trail'):>12}  {(adj[0] + '-' + adj[1]) if adj else '':<10}"
                   f"{m(adj[2], '', 'trail') if adj else '':>11}  {' '.join(s.remarks):<7}")
            d.t(30, flow.y, txt, F, SZ)
            tlines.append(tl(d, s, c, ("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                              description=False))
            flow.y += 9
        tclaims.append(ctot(c, billed=total(ss, "billed"), paid=total(ss, "paid")))
        flow.y += 8
    allsv = [s for c in P + A for s in c["svcs"]]
    flow.need(120)
    d = flow.doc
    d.t(30, flow.y, "***** REMITTANCE TOTALS *****", B, 7.4)
    flow.y += 12
    for lab, v in (("CLAIMS PAID", 3), ("CLAIMS DENIED", 2), ("CLAIMS ADJUSTED", 2)):
        d.t(30, flow.y, f"{lab:<20}{v:>6}", F, SZ)
        flow.y += 9
    d.t(30, flow.y, f"{'NET PAYMENT':<20}{m(total(allsv, 'paid'), '', 'trail'):>14}", B, SZ)
    flow.y += 16
    legend = [("MA130", "CLAIM CANNOT BE PAID AS SUBMITTED; CORRECT AND SEND AS A NEW CLAIM."),
              ("N211", "NO APPEAL RIGHTS FOR THIS ADJUDICATION."),
              ("N69", "PRIOR PAYMENT TAKEN BACK; SEE THE REPLACEMENT CLAIM."),
              ("16", "CARC 16: CLAIM IS MISSING INFORMATION NEEDED TO ADJUDICATE."),
              ("29", "CARC 29: FILING LIMIT PASSED."), ("45", "CARC 45: CHARGE OVER THE STATE FEE SCHEDULE.")]
    d.t(30, flow.y, "***** REMARK AND ADJUSTMENT CODE MESSAGES *****", B, 7.4)
    for k, v in legend:
        flow.y += 9
        d.t(30, flow.y, f"{k:<8}{v}", F, SZ)
    footer(flow.doc)
    return doc, "rl", tlines, tclaims, legend, [], True, 0


# ------------------------------------------------------------------ 6. Medicaid portal remittance, boxed (fpdf2)
def lay_d2(out: Path):
    doc = Doc()
    F, B = "DejaVuSansCond", "DejaVuSansCond-Bold"
    wk = lambda a, b: (D(2026, 1, a), D(2026, 1, b))  # noqa: E731
    C = [
        dict(pt="Nakamura-Bell, Iris", mid="7700418822", icn="42026020800114", acct="GHT240091",
             spec=[(wk(5, 9), "97530", 6, ["GO"]), (wk(5, 9), "97110", 4, ["GO"]), (wk(12, 16), "97530", 6, ["GO"]),
                   (wk(12, 16), "97535", 2, ["GO"]), (wk(19, 23), "97530", 5, ["GO"]), (wk(19, 23), "97112", 2, ["GO"]),
                   (wk(26, 30), "97530", 6, ["GO"]), (wk(26, 30), "97535", 2, ["GO"]), (wk(26, 26), "97168", 1, ["GO"]),
                   (wk(12, 16), "97760", 1, ["GO"], "CO")]),
        dict(pt="Nakamura-Bell, Otto", mid="7700418830", icn="42026020800115", acct="GHT240092",
             spec=[(wk(6, 6), "92523", 1, []), (wk(8, 15), "92507", 3, ["GN"]), (wk(20, 29), "92507", 4, ["GN"])]),
        dict(pt="Vasquez-Orr, Delphine", mid="7700593317", icn="42026020800131", acct="GHT240107",
             spec=[(wk(7, 7), "97163", 1, ["GP"]), (wk(9, 23), "97110", 8, ["GP"]), (wk(9, 23), "97116", 4, ["GP"]),
                   (wk(9, 23), "E0730", 1, ["NU"], "CO")]),
        dict(pt="Lindqvist, Arlo", mid="7700664102", icn="42026020800140", acct="GHT240115",
             spec=[(wk(12, 30), "97530", 9, ["GO"]), (wk(12, 30), "97533", 4, ["GO"])]),
        dict(pt="Okafor, Temperance", mid="7700712290", icn="42026020800152", acct="GHT240121",
             spec=[(wk(5, 9), "97110", 4, ["GP"]), (wk(5, 9), "97140", 2, ["GP"]), (wk(12, 16), "97110", 4, ["GP"]),
                   (wk(12, 16), "97140", 2, ["GP"]), (wk(12, 16), "97116", 2, ["GP"]), (wk(19, 23), "97110", 4, ["GP"]),
                   (wk(19, 23), "97140", 2, ["GP"]), (wk(19, 23), "97116", 2, ["GP"]), (wk(26, 30), "97110", 4, ["GP"]),
                   (wk(26, 30), "97140", 2, ["GP"]), (wk(26, 30), "97116", 2, ["GP"]), (wk(30, 30), "97012", 1, ["GP"], "CO"),
                   (wk(5, 30), "97535", 4, ["GP"]), (wk(5, 30), "97112", 3, ["GP"]), (wk(23, 23), "97164", 1, ["GP"])]),
        dict(pt="Okafor, Bartholomew", mid="7700712308", icn="42026020800153", acct="GHT240122",
             spec=[(wk(5, 5), "92523", 1, []), (wk(7, 14), "92507", 3, ["GN"]), (wk(16, 23), "92507", 3, ["GN"]),
                   (wk(26, 30), "92507", 2, ["GN"]), (wk(16, 16), "92526", 1, ["GN"]), (wk(28, 28), "97129", 1, ["GN"])]),
    ]
    for c in C:
        out_s = []
        for (a, b), code, u, mods, *den in c["spec"]:
            s = Svc(a, code, Decimal(u), tuple(mods), end=b, denied=den[0] if den else None)
            s = medicaid(s, deny_reason="96" if code in ("E0730", "97012") else "119")
            s.remarks = (["N130"] if code not in ("E0730", "97012") else ["M86"]) if s.denied else []
            out_s.append(s)
        c["svcs"] = out_s

    def header(d):
        d.box(36, 30, 540, 34, fill=0.25, stroke=False)
        d.t(44, 44, "GRANITE HILLS HEALTH COVERAGE PROGRAM  (Medicaid)", "DejaVuSansCond", 11)
        d.t(44, 57, "Provider Remittance Advice  -  Professional", "DejaVuSansCond", 8)
        d.t(570, 44, "RA #  R2026-0208-0093", "DejaVuSansCond", 8, "r")
        d.t(570, 57, f"Page {d.page} of {{NP}}", "DejaVuSansCond", 8, "r")
        d.t(36, 76, "Payee: Granite Hills Therapy Associates   NPI 1568821047   Provider ID 004418230   Payment date 02/08/2026"
            "   EFT trace 771002640118", F, 7)
        return 94

    def footer(d):
        d.ln(36, 760, 576, 760, 0.3)
        d.t(36, 770, "Questions: Provider Services 1-888-555-0134.  Adjustment reason (CARC) and remark (RARC) codes are "
            "explained at the end of this advice.", F, 6.3)

    flow = Flow(doc, header, footer, 748)
    cols = [(40, "From", "l"), (82, "To", "l"), (124, "Proc", "l"), (156, "Mod", "l"), (200, "Units", "r"),
            (248, "Billed", "r"), (296, "Allowed", "r"), (334, "TPL", "r"), (370, "Copay", "r"),
            (414, "Paid", "r"), (420, "CARC", "l"), (486, "Adj Amt", "r"), (492, "RARC", "l"), (572, "Status", "r")]

    def band(c, cont=False):
        d = flow.doc
        ss = c["svcs"]
        d.box(36, flow.y, 540, 26, fill=0.9, stroke=True, lw=0.5)
        labs = [(40, "Member", c["pt"] + (" (continued)" if cont else "")), (190, "Member ID", c["mid"]),
                (256, "TCN", c["icn"]), (334, "Patient Acct #", c["acct"]),
                (410, "Billed", m(total(ss, "billed"), "$")), (470, "Paid", m(total(ss, "paid"), "$")),
                (528, "Status", "PAID" if total(ss, "paid") else "DENIED")]
        for x, a, b in labs:
            d.t(x, flow.y + 9, a, B, 6.4)
            d.t(x, flow.y + 20, b, F, 7.4)
        flow.y += 26
        d.box(36, flow.y, 540, 13, fill=None, lw=0.4)
        for x, h, al in cols:
            d.t(x, flow.y + 9, h, B, 6.6, al)
        flow.y += 13

    tlines, tclaims = [], []
    for c in C:
        flow.need(70)
        band(c)
        for s in c["svcs"]:
            flow.need(12, lambda c=c: band(c, True))
            d = flow.doc
            d.box(36, flow.y, 540, 12, fill=None, lw=0.3)
            adj = s.adjs[0] if s.adjs else None
            vals = [dfmt(s.dos, "mdy4"), dfmt(s.end, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.2f}",
                    m(s.billed), m(s.allowed), "0.00", "0.00", m(s.paid), f"{adj[0]}-{adj[1]}" if adj else "",
                    m(adj[2]) if adj else "", " ".join(s.remarks), "Denied" if s.denied else "Paid"]
            for (x, _, al), v in zip(cols, vals):
                d.t(x, flow.y + 8.6, v, F, 6.8, al)
            tlines.append(tl(d, s, c, ("billed", "allowed", "paid"), adjustments=s.adjs, remarks=s.remarks,
                             service_end=s.end if s.end != s.dos else None, description=False))
            flow.y += 12
        ss = c["svcs"]
        tclaims.append(ctot(c, billed=total(ss, "billed"), paid=total(ss, "paid")))
        flow.y += 12
    allsv = [s for c in C for s in c["svcs"]]
    flow.need(110)
    d = flow.doc
    d.box(36, flow.y, 260, 46, fill=0.95, lw=0.5)
    d.t(42, flow.y + 12, "Payment summary", B, 8)
    d.t(42, flow.y + 24, f"Claims billed {m(total(allsv, 'billed'), '$')}", F, 7.4)
    d.t(42, flow.y + 35, f"Net payment {m(total(allsv, 'paid'), '$')}", F, 7.4)
    flow.y += 62
    legend = [("45", "Billed amount is over the program's maximum fee."),
              ("96", "Item is not covered by the program for this member."),
              ("119", "The member's benefit limit for the period has been used."),
              ("N130", "Check the program's coverage rules for visit and unit limits."),
              ("M86", "Service is denied because payment already made for a like item.")]
    d.t(36, flow.y, "Code descriptions", B, 8.5)
    for k, v in legend:
        flow.y += 10
        d.t(40, flow.y, k, B, 7)
        d.t(74, flow.y, v, F, 7)
    footer(flow.doc)
    return doc, "fp", tlines, tclaims, legend, [], True, 0
# ------------------------------------------------------------------ 7. Medicare Part B standard paper remit (reportlab)
def lay_p1(out: Path):
    doc = Doc()
    F, B, SZ = "Courier", "Courier-Bold", 6.9
    st = PlanState(ded_left=Decimal("40.00"))
    C = [
        dict(pt="ACHTERBERG, ROS", hic="1EG4TE5MK72", acct="RB-55012", icn="0226012345670", perf="1942000001",
             spec=[(D(2026, 1, 5), "97161", 1, ["GP", "KX"]), (D(2026, 1, 5), "97110", 2, ["GP", "KX"]),
                   (D(2026, 1, 5), "97140", 1, ["GP", "KX"])]),
        dict(pt="BRANNIGAN, TOM", hic="3KW9PL2NH41", acct="RB-55040", icn="0226012345688", perf="1942000001",
             spec=[(D(2026, 1, 6), "97110", 3, ["GP", "CQ"]), (D(2026, 1, 6), "97112", 1, ["GP", "CQ"]),
                   (D(2026, 1, 8), "97110", 2, ["GP", "CQ"]), (D(2026, 1, 8), "G0283", 1, ["GP"])]),
        dict(pt="CHIDOZIE, MARGO", hic="5RT2XA8QC09", acct="RB-55061", icn="0226012345696", perf="1942000019",
             spec=[(D(2026, 1, 7), "97165", 1, ["GO"]), (D(2026, 1, 7), "97530", 2, ["GO"]),
                   (D(2026, 1, 9), "97535", 2, ["GO", "CO"]), (D(2026, 1, 9), "97018", 1, ["GO"], "CO")]),
        dict(pt="DELAROSA, FIN", hic="7HM3ZE4LB26", acct="RB-55077", icn="0226012345701", perf="1942000019",
             spec=[(D(2026, 1, 12), "92507", 1, ["GN"]), (D(2026, 1, 14), "92507", 1, ["GN"]),
                   (D(2026, 1, 14), "92526", 1, ["GN"])]),
        dict(pt="ESTERHAZY, JUNE", hic="2PD8WC1VR55", acct="RB-55090", icn="0226012345719", perf="1942000001",
             spec=[(D(2026, 1, 13), "97110", 2, ["GP", "KX"]), (D(2026, 1, 13), "97140", 2, ["GP", "KX", "59"]),
                   (D(2026, 1, 15), "97110", 2, ["GP", "KX"]), (D(2026, 1, 15), "97116", 1, ["GP", "KX"])]),
        dict(pt="FAIRWEATHER, LOU", hic="9QN6JD3TF80", acct="RB-55102", icn="0226012345727", perf="1942000019",
             spec=[(D(2026, 1, 16), "97166", 1, ["GO"]), (D(2026, 1, 16), "97530", 3, ["GO"])]),
    ]
    for i, c in enumerate(C):
        stx = PlanState(ded_left=Decimal("40.00") if i in (0, 4) else ZERO)
        c["svcs"] = svcs(c["spec"], lambda s, stx=stx: medicare(s, stx, deny_reason="50"))
        for s in c["svcs"]:
            s.remarks = ["N115"] if s.denied else []
    del st
    W = 132

    def header(d):
        d.t(20, 30, f"{'MEDICARE':<20}{'':<30}{'MEDICARE':^32}", B, SZ)
        d.t(20, 38, f"{'KESTREL MEDICARE SERVICES':<50}{'REMITTANCE':^32}", F, SZ)
        d.t(20, 46, f"{'PO BOX 90112':<50}{'NOTICE':^32}", F, SZ)
        d.t(20, 54, f"{'FORT ABERNAW ND 58999':<50}", F, SZ)
        d.t(20, 62, f"{'(866) 555-0100':<50}", F, SZ)
        d.t(20, 76, f"{'RIVERBEND OUTPATIENT REHAB':<50}{'PROVIDER #: 1568000227':<34}{'PAGE #: ' + str(d.page) + ' OF {NP}':>20}",
            F, SZ)
        d.t(20, 84, f"{'2160 MILLRACE DR':<50}{'DATE: 01/28/26':<34}", F, SZ)
        d.t(20, 92, f"{'LOWER BRENNICK PA 19999':<50}{'CHECK/EFT #: 0882277104':<34}", F, SZ)
        d.t(20, 106, f"{'PERF PROV':<11}{'SERV DATE':<12}{'POS':<4}{'NOS':>4} {'PROC':<6}{'MODS':<9}{'BILLED':>9}"
            f"{'ALLOWED':>10}{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<20}{'PROV PD':>10}", B, SZ)
        d.t(20, 114, "_" * W, F, SZ)
        return 128

    def footer(d):
        pass

    flow = Flow(doc, header, footer, 760)
    tlines, tclaims = [], []
    for c in C:
        ss = c["svcs"]
        rows = sum(max(1, len(s.adjs)) for s in ss)
        flow.need(38 + 8 * rows)
        d = flow.doc
        d.t(20, flow.y, f"NAME {c['pt']:<18}HIC {c['hic']:<14}ACNT {c['acct']:<14}ICN {c['icn']:<16}ASG Y MOA MA01",
            F, SZ)
        flow.y += 9
        for s in ss:
            a0 = s.adjs[0]
            mods = "".join(s.mods)
            d.t(20, flow.y, f"{c['perf']:<11}{s.dos:%m%d} {s.dos:%m%d%y}  {'11':<4}{units_str(s.units):>4} "
                f"{s.code:<6}{mods:<9}{m(s.billed, ''):>9}{m(s.allowed, ''):>10}{m(s.deductible, ''):>9}"
                f"{m(s.coinsurance, ''):>9}  {a0[0] + '-' + a0[1]:<9}{m(a0[2], ''):>10}{m(s.paid, ''):>11}", F, SZ)
            tlines.append(tl(d, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                             adjustments=s.adjs, remarks=s.remarks, description=False))
            flow.y += 8
            for g, r, a in s.adjs[1:]:
                d.t(20, flow.y, f"{'':<84}{g + '-' + r:<9}{m(a, ''):>10}", F, SZ)
                flow.y += 8
            if s.remarks:
                d.t(20, flow.y, f"{'':<12}REM: {' '.join(s.remarks)}", F, SZ)
                flow.y += 8
        pr = total(ss, "owes")
        d.t(20, flow.y, f"PT RESP {m(pr, ''):>9}{'':<15}CLAIM TOTALS {m(total(ss, 'billed'), ''):>14}"
            f"{m(total(ss, 'allowed'), ''):>10}{m(total(ss, 'deductible'), ''):>9}{m(total(ss, 'coinsurance'), ''):>9}"
            f"{'':<21}{m(total(ss, 'paid'), ''):>11}", F, SZ)
        flow.y += 8
        d.t(20, flow.y, f"{'ADJ TO TOTALS:':<24}PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
            f"{'NET':>24}{m(total(ss, 'paid'), ''):>21}", F, SZ)
        tclaims.append(ctot(c, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                            patient_owes=pr))
        flow.y += 16
    allsv = [s for c in C for s in c["svcs"]]
    flow.need(70)
    d = flow.doc
    d.t(20, flow.y, f"TOTALS:  # OF CLAIMS {len(C):>3}   BILLED AMT {m(total(allsv, 'billed'), ''):>10}   ALLOWED AMT "
        f"{m(total(allsv, 'allowed'), ''):>10}   DEDUCT AMT {m(total(allsv, 'deductible'), ''):>8}   COINS AMT "
        f"{m(total(allsv, 'coinsurance'), ''):>8}", B, SZ)
    flow.y += 9
    d.t(20, flow.y, f"{'':<9}PROV PD AMT {m(total(allsv, 'paid'), ''):>10}   PROV ADJ AMT 0.00   CHECK AMT "
        f"{m(total(allsv, 'paid'), ''):>10}", B, SZ)
    flow.y += 16
    legend = [("MA01", "IF YOU DISAGREE WITH THE AMOUNT PAID YOU MAY ASK FOR A REDETERMINATION WITHIN 120 DAYS."),
              ("N115", "DECISION BASED ON A LOCAL COVERAGE DETERMINATION FOR THIS SERVICE.")]
    d.t(20, flow.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", B, SZ)
    gl = legend + [("CO", "CONTRACTUAL OBLIGATION - PATIENT IS NOT RESPONSIBLE"), ("PR", "PATIENT RESPONSIBILITY"),
                   ("45", "CHARGE EXCEEDS THE FEE SCHEDULE"), ("253", "2 PCT PAYMENT REDUCTION (SEQUESTRATION)"),
                   ("50", "NOT DEEMED MEDICALLY NECESSARY BY THE PAYER"), ("1", "DEDUCTIBLE"), ("2", "COINSURANCE")]
    for k, v in gl:
        flow.y += 8
        d.t(20, flow.y, f"{k:<6}{v}", F, SZ)
    return doc, "rl", tlines, tclaims, legend, [], True, 3


# ------------------------------------------------------------------ 8. PM-system ERA posting report (fpdf2)
def lay_p2(out: Path):
    doc = Doc(landscape=True)
    F, B = "LibSans", "LibSans-Bold"
    spec = [
        ("Gallo, Desmond", "100422", "22260151877300", D(2026, 1, 5),
         [(D(2026, 1, 5), "97162", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]), (D(2026, 1, 7), "97110", 3, ["GP"]),
          (D(2026, 1, 7), "97140", 1, ["GP", "59"]), (D(2026, 1, 9), "97110", 2, ["GP"]),
          (D(2026, 1, 9), "97112", 2, ["GP"]), (D(2026, 1, 12), "97110", 3, ["GP"]), (D(2026, 1, 12), "97116", 1, ["GP"]),
          (D(2026, 1, 14), "97110", 2, ["GP", "KX"]), (D(2026, 1, 14), "97140", 2, ["GP", "KX"]),
          (D(2026, 1, 16), "97112", 2, ["GP", "KX"]), (D(2026, 1, 16), "97530", 1, ["GP", "KX"]),
          (D(2026, 1, 19), "97110", 3, ["GP", "KX"]), (D(2026, 1, 19), "97035", 1, ["GP"], "CO"),
          (D(2026, 1, 21), "97110", 2, ["GP", "KX"]), (D(2026, 1, 21), "97140", 1, ["GP", "KX"])]),
        ("Hollister, Agnes", "100457", "22260151877318", D(2026, 1, 6),
         [(D(2026, 1, 6), "97167", 1, ["GO"]), (D(2026, 1, 6), "97535", 2, ["GO"]), (D(2026, 1, 8), "97530", 3, ["GO"]),
          (D(2026, 1, 13), "97530", 2, ["GO", "CO"]), (D(2026, 1, 13), "97535", 1, ["GO", "CO"])]),
        ("Okonkwo-Price, Leland", "100503", "22260151877326", D(2026, 1, 8),
         [(D(2026, 1, 8), "92523", 1, ["GN"]), (D(2026, 1, 9), "92610", 1, ["GN"]), (D(2026, 1, 12), "92507", 1, ["GN"]),
          (D(2026, 1, 12), "92526", 1, ["GN"]), (D(2026, 1, 15), "92507", 1, ["GN"]),
          (D(2026, 1, 15), "92526", 1, ["GN"]), (D(2026, 1, 19), "92507", 1, ["GN"]),
          (D(2026, 1, 19), "92526", 1, ["GN"]), (D(2026, 1, 22), "92507", 1, ["GN"]),
          (D(2026, 1, 22), "92526", 1, ["GN"]), (D(2026, 1, 26), "92507", 1, ["GN", "KX"]),
          (D(2026, 1, 26), "92526", 1, ["GN", "KX"]), (D(2026, 1, 29), "92507", 1, ["GN", "KX"]),
          (D(2026, 1, 29), "92526", 1, ["GN", "KX"]), (D(2026, 1, 30), "92507", 1, ["GN", "KX"]),
          (D(2026, 1, 30), "92526", 1, ["GN", "KX"]), (D(2026, 1, 31), "92507", 1, ["GN", "KX"])]),
    ]
    C = []
    for i, (pt, acct, icn, _, sp) in enumerate(spec):
        stx = PlanState(ded_left=Decimal("25.00") if i == 1 else ZERO)
        c = dict(pt=pt, acct=acct, icn=icn, status="1 - Processed as Primary")
        c["svcs"] = svcs(sp, lambda s, stx=stx: medicare(s, stx, deny_reason="50"))
        for s in c["svcs"]:
            s.remarks = ["N386"] if s.denied else (["N520"] if "KX" in s.mods else [])
        C.append(c)
    # a reversal of a December claim and its correction
    o = svcs([(D(2025, 12, 30), "97530", 2, ["GO"]), (D(2025, 12, 30), "97110", 1, ["GO"])],
             lambda s: medicare(s, PlanState()))
    rev = [negate(s) for s in o]
    cor = svcs([(D(2025, 12, 30), "97530", 3, ["GO"]), (D(2025, 12, 30), "97110", 1, ["GO"])],
               lambda s: medicare(s, PlanState()))
    C.append(dict(pt="Hollister, Agnes", acct="100388", icn="22260151877334", status="22 - Reversal of Previous Payment",
                  svcs=rev))
    C.append(dict(pt="Hollister, Agnes", acct="100388", icn="22260151877342", status="1 - Processed as Primary",
                  svcs=cor))
    cols = [(30, "Svc Date", "l"), (78, "Proc", "l"), (108, "Mod", "l"), (156, "Units", "r"), (204, "Charge", "r"),
            (250, "Allowed", "r"), (292, "Deduct", "r"), (334, "Coins", "r"), (344, "Adjustments (Grp-Rsn Amount)", "l"),
            (560, "Paid", "r"), (570, "Remark", "l"), (640, "Balance", "r")]

    def header(d):
        d.t(30, 34, "Clearwater Practice Suite", B, 12)
        d.t(30, 46, "Electronic Remittance Detail  -  posting batch 2026-0129-02", F, 8)
        d.t(762, 34, "Riverbend Outpatient Rehab", B, 9, "r")
        d.t(762, 46, f"Printed 01/29/2026 10:42   Page {d.page} of {{NP}}", F, 7.5, "r")
        d.t(30, 60, "Payer: KESTREL MEDICARE SERVICES (Part B)   Payer ID 12402   Check/EFT 0882277104   "
            "Check date 01/28/2026   Check amount see total", F, 7.5)
        d.ln(30, 65, 762, 65, 0.8)
        return 80

    def footer(d):
        d.t(396, 592, "Report: ERA-DETAIL v7  |  Clearwater Practice Suite  |  Confidential patient information", F, 6.2,
            "c")

    def colh():
        d = flow.doc
        d.ln(30, flow.y - 8, 762, flow.y - 8, 0.3)
        for x, h, al in cols:
            d.t(x, flow.y, h, B, 7, al)
        d.ln(30, flow.y + 3, 762, flow.y + 3, 0.3)
        flow.y += 13

    flow = Flow(doc, header, footer, 574)
    tlines, tclaims = [], []
    for c in C:
        def chead(cont=False, c=c):
            d = flow.doc
            d.t(30, flow.y, f"Patient: {c['pt']}", B, 8)
            d.t(190, flow.y, f"Acct #: {c['acct']}", F, 8)
            d.t(290, flow.y, f"Payer Claim #: {c['icn']}", F, 8)
            d.t(470, flow.y, f"Claim Status: {c['status']}" + ("   - continued from previous page" if cont else ""),
                F, 8)
            flow.y += 14
            colh()
        flow.need(60)
        chead()
        for s in c["svcs"]:
            adj = [f"{g}-{r} {m(a)}" for g, r, a in s.adjs]
            rows = [adj[i:i + 3] for i in range(0, len(adj), 3)] or [[]]
            flow.need(10 * len(rows), lambda c=c: chead(True))
            d = flow.doc
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed),
                    m(s.deductible), m(s.coinsurance), "   ".join(rows[0]), m(s.paid), " ".join(s.remarks),
                    m(s.owes)]
            for (x, _, al), v in zip(cols, vals):
                d.t(x, flow.y, v, F, 7.2, al)
            for r in rows[1:]:
                flow.y += 9
                d.t(344, flow.y, "   ".join(r), F, 7.2)
            tlines.append(tl(d, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                             adjustments=s.adjs, remarks=s.remarks, description=False))
            flow.y += 10
        ss = c["svcs"]
        flow.need(14)
        d = flow.doc
        d.t(30, flow.y, "Claim totals", B, 7.2)
        for x, k in ((204, "billed"), (250, "allowed"), (292, "deductible"), (334, "coinsurance"), (560, "paid"),
                     (640, "owes")):
            d.t(x, flow.y, m(total(ss, k)), B, 7.2, "r")
        tclaims.append(ctot(c, billed=total(ss, "billed"), allowed=total(ss, "allowed"), paid=total(ss, "paid"),
                            patient_owes=total(ss, "owes")))
        flow.y += 20
    allsv = [s for c in C for s in c["svcs"]]
    flow.need(80)
    d = flow.doc
    d.t(30, flow.y, f"Batch total paid: {m(total(allsv, 'paid'), '$')}      Claims: {len(C)}      "
        f"Patient responsibility transferred: {m(total(allsv, 'owes'), '$')}", B, 8)
    flow.y += 16
    legend = [("N386", "Payer coverage policy for this service was applied; see the local policy."),
              ("N520", "Therapy threshold passed; medical necessity attested with the KX modifier.")]
    for k, v in legend:
        d.t(30, flow.y, f"{k}  {v}", F, 7.2)
        flow.y += 10
    footer(flow.doc)
    return doc, "fp", tlines, tclaims, legend, [], True, 1
# ------------------------------------------------------------------ 9. therapy clinic family statement (reportlab)
def lay_s1(out: Path):
    doc = Doc()
    F, B = "DejaVuSerif", "DejaVuSerif-Bold"
    guar = "Marguerite Ferreira-Haas"
    kids = [
        ("Milo Ferreira-Haas", PlanState(ded_left=Decimal("80.00"), coins_rate=Decimal("0.20")),
         [("7720318", "TH26-0107-5512", D(2026, 1, 7), [("97166", 1, ["GO"]), ("97530", 2, ["GO"])]),
          ("7720344", "TH26-0114-6630", D(2026, 1, 14), [("97530", 3, ["GO"]), ("97533", 1, ["GO"])]),
          ("7720371", "TH26-0121-7702", D(2026, 1, 21), [("97530", 2, ["GO"]), ("97535", 1, ["GO"]),
                                                          ("97533", 1, ["GO", "59"])])]),
        ("Clementine Ferreira-Haas", PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("25.00"),
                                                                            "92523": Decimal("40.00")}),
         [("7720326", "TH26-0108-5590", D(2026, 1, 8), [("92523", 1, []), ("92507", 1, ["GN"])]),
          ("7720359", "TH26-0115-6688", D(2026, 1, 15), [("92507", 1, ["GN"])]),
          ("7720388", None, D(2026, 1, 22), [("92507", 1, ["GN"]), ("92526", 1, ["GN"])])]),
        ("Jasper Ferreira-Haas", PlanState(ded_left=ZERO, coins_rate=Decimal("0.20")),
         [("7720333", "TH26-0109-5611", D(2026, 1, 9), [("97161", 1, ["GP"]), ("97110", 2, ["GP"]),
                                                         ("97140", 1, ["GP"], "PR")])]),
    ]
    claims = []
    for name, st, visits in kids:
        for inv, icn, dos, sv in visits:
            c = dict(pt=name, acct=inv, icn=icn, dos=dos)
            c["svcs"] = svcs([(dos, *x) for x in sv], lambda s, st=st: commercial(s, st, deny_reason="96"))
            if icn is None:  # not yet processed by the insurer: full charge pending, nothing paid yet
                for s in c["svcs"]:
                    s.allowed = s.discount = s.paid = s.owes = s.deductible = s.coinsurance = s.copay = ZERO
                    s.adjs = []
            claims.append(c)

    def header(d):
        d.t(40, 48, "Little Compass Therapy", B, 15)
        d.t(40, 60, "Occupational, Speech & Physical Therapy for Kids", F, 7.5)
        d.t(40, 70, "311 Ostrander Way, Suite B  ·  Pell Harbor, WA 98999  ·  (360) 555-0182", F, 7.5)
        d.t(572, 48, "STATEMENT", B, 12, "r")
        d.t(572, 60, f"Page {d.page} of {{NP}}", F, 7.5, "r")
        d.ln(40, 78, 572, 78, 1)
        if d.page > 1:
            d.t(40, 92, f"Guarantor: {guar}    Account 40718", F, 7.5)
            return 110
        return 92

    def footer(d):
        d.t(306, 772, "Thank you for choosing Little Compass. Balances are due within 30 days of the statement date.",
            F, 6.5, "c")

    flow = Flow(doc, header, footer, 748)
    d = doc
    d.t(40, 104, guar.upper(), F, 8.5)
    d.t(40, 115, "62 LARKSPUR TERRACE", F, 8.5)
    d.t(40, 126, "PELL HARBOR WA 98999", F, 8.5)
    allsv = [s for c in claims for s in c["svcs"]]
    pending = [s for c in claims if c["icn"] is None for s in c["svcs"]]
    due = total(allsv, "owes")
    d.box(352, 94, 220, 66, fill=0.93, lw=0.6)
    for i, (a, b) in enumerate((("Statement date", "02/03/2026"), ("Account number", "40718"),
                                ("Amount due now", m(due, "$")), ("Pending insurance", m(total(pending, "billed"), "$")))):
        d.t(360, 108 + 14 * i, a, B if i == 2 else F, 8)
        d.t(566, 108 + 14 * i, b, B if i == 2 else F, 8, "r")
    d.t(40, 180, "Activity by family member. Each visit shows what we billed, what your insurance (Tidewater Health "
        "Plan) paid", F, 7.5)
    d.t(40, 190, "and wrote off, and what is left for you. Visits still with insurance show the charge as pending.", F, 7.5)
    flow.y = 212
    X = [(44, "Date", "l"), (94, "Service", "l"), (290, "Qty", "r"), (336, "Charge", "r"), (386, "Ins. Paid", "r"),
         (436, "Plan Disc.", "r"), (486, "Not Covd", "r"), (530, "Your Part", "r"), (568, "Status", "r")]
    tlines, tclaims = [], []

    def colh():
        d = flow.doc
        for x, h, al in X:
            d.t(x, flow.y, h, B, 7, al)
        d.ln(40, flow.y + 3, 572, flow.y + 3, 0.5)
        flow.y += 12

    cur = None
    for c in claims:
        if c["pt"] != cur:
            cur = c["pt"]
            flow.need(70)
            d = flow.doc
            d.box(40, flow.y - 10, 532, 15, fill=0.82, stroke=False)
            d.t(44, flow.y, f"Patient: {cur}", B, 8.5)
            flow.y += 16
            colh()

        def vhead(cont=False, c=c):
            d = flow.doc
            d.t(44, flow.y, f"Visit {dfmt(c['dos'], 'mdy2')}  ·  Invoice {c['acct']}  ·  " +
                (f"Insurance claim {c['icn']}" if c["icn"] else "Sent to insurance 01/23/26, awaiting reply") +
                ("  (continued)" if cont else ""), "DejaVuSerif", 7)
            flow.y += 10
        flow.need(12 + 10 * len(c["svcs"]))
        vhead()
        for s in c["svcs"]:
            d = flow.doc
            pend = c["icn"] is None
            vals = [dfmt(s.dos, "mdy2"), f"{s.code}{''.join('-' + x for x in s.mods)} {s.desc}"[:44],
                    units_str(s.units), m(s.billed), "" if pend else m(s.paid), "" if pend else m(s.discount),
                    "" if pend else m(s.not_covered), "" if pend else m(s.owes),
                    "Pending" if pend else ("Denied" if s.denied else "Paid")]
            for (x, _, al), v in zip(X, vals):
                d.t(x, flow.y, v, F, 7, al)
            printed = ("billed",) if pend else ("billed", "paid", "discount", "not_covered", "patient_owes")
            tlines.append(tl(d, s, c, printed))
            flow.y += 10
        ss = c["svcs"]
        tclaims.append(ctot(c, billed=total(ss, "billed"), paid=None if c["icn"] is None else total(ss, "paid"),
                            patient_owes=None if c["icn"] is None else total(ss, "owes")))
        d = flow.doc
        d.t(290, flow.y, "Visit total", "DejaVuSerif", 7, "r")
        d.t(336, flow.y, m(total(ss, "billed")), B, 7, "r")
        if c["icn"]:
            d.t(386, flow.y, m(total(ss, "paid")), B, 7, "r")
            d.t(530, flow.y, m(total(ss, "owes")), B, 7, "r")
        flow.y += 14
    flow.need(90)
    d = flow.doc
    flow.y += 6
    d.t(40, flow.y, "Payments received", B, 8)
    flow.y += 11
    d.t(44, flow.y, "01/12/2026   Patient payment - card ending 4471, thank you", F, 7)
    d.t(530, flow.y, "-50.00", F, 7, "r")
    flow.y += 16
    d.t(40, flow.y, f"Amount due now: {m(due - Decimal('50.00'), '$')} (visit balances less the payment above)", B, 8)
    flow.y += 20
    # detach stub
    for x in range(40, 572, 8):
        d.ln(x, flow.y, x + 4, flow.y, 0.4)
    flow.y += 14
    d.t(40, flow.y, "Please detach and return with your payment.   Account 40718   " + guar, F, 7)
    d.t(572, flow.y, f"Amount enclosed $________   Due {m(due - Decimal('50.00'), '$')}", F, 7, "r")
    footer(flow.doc)
    return doc, "rl", tlines, tclaims, [], [], False, 0


# ------------------------------------------------------------------ 10. hospital family statement (fpdf2)
def lay_s2(out: Path):
    doc = Doc()
    F, B = "LibNarrow", "LibNarrow-Bold"
    guar = "Desmond Achebe-Lindgren"
    REV = {"97530": "0430", "97535": "0430", "97167": "0434", "97110": "0420", "97140": "0420", "97163": "0424",
           "92507": "0440", "92523": "0444", "99213": "0510", "L3807": "0274", "97760": "0430", "97116": "0420",
           "92526": "0440", "G0283": "0420", "97129": "0440"}
    accts = [
        dict(pt="Achebe-Lindgren, Desmond", acct="HA-6002281147", icn="TW2601190032117", ins="Tidewater Health Plan",
             st=PlanState(ded_left=Decimal("100.00")),
             spec=[(D(2026, 1, 5), "99213", 1, []), (D(2026, 1, 5), "97163", 1, ["GP"]),
                   (D(2026, 1, 7), "97110", 3, ["GP"]), (D(2026, 1, 7), "97140", 2, ["GP"]),
                   (D(2026, 1, 9), "97110", 2, ["GP"]), (D(2026, 1, 9), "97116", 2, ["GP"]),
                   (D(2026, 1, 12), "97110", 3, ["GP"]), (D(2026, 1, 12), "G0283", 1, ["GP"]),
                   (D(2026, 1, 14), "97110", 2, ["GP"]), (D(2026, 1, 14), "97140", 1, ["GP"])]),
        dict(pt="Achebe-Lindgren, Saoirse", acct="HA-6002281163", icn="TW2601200041180", ins="Tidewater Health Plan",
             st=PlanState(ded_left=ZERO, coins_rate=Decimal("0.20")),
             spec=[(D(2026, 1, 8), "97167", 1, ["GO"]), (D(2026, 1, 8), "97760", 1, ["GO"]),
                   (D(2026, 1, 8), "L3807", 1, ["LT"]), (D(2026, 1, 15), "97530", 2, ["GO"]),
                   (D(2026, 1, 15), "97535", 1, ["GO"]), (D(2026, 1, 22), "97530", 2, ["GO"]),
                   (D(2026, 1, 22), "97140", 1, ["GO"]), (D(2026, 1, 29), "97530", 2, ["GO"]),
                   (D(2026, 1, 29), "97535", 1, ["GO"]), (D(2026, 2, 5), "97530", 2, ["GO"])]),
        dict(pt="Achebe-Lindgren, Kofi", acct="HA-6002281198", icn="TW2601210050029", ins="Tidewater Health Plan",
             st=PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("30.00")}),
             spec=[(D(2026, 1, 13), "92523", 1, []), (D(2026, 1, 20), "92507", 1, ["GN"]),
                   (D(2026, 1, 27), "92507", 1, ["GN"]), (D(2026, 1, 27), "92526", 1, ["GN"]),
                   (D(2026, 1, 29), "92507", 1, ["GN"]), (D(2026, 1, 29), "92526", 1, ["GN"]),
                   (D(2026, 2, 3), "92507", 1, ["GN"]), (D(2026, 2, 3), "92526", 1, ["GN"]),
                   (D(2026, 2, 5), "92507", 1, ["GN"]), (D(2026, 2, 5), "92526", 1, ["GN"]),
                   (D(2026, 2, 10), "92507", 1, ["GN"]), (D(2026, 2, 10), "92526", 1, ["GN"]),
                   (D(2026, 2, 12), "92507", 1, ["GN"]), (D(2026, 2, 12), "92526", 1, ["GN"]),
                   (D(2026, 2, 17), "92507", 1, ["GN"]), (D(2026, 2, 17), "92526", 1, ["GN"])]),
    ]
    for a in accts:
        a["svcs"] = svcs(a["spec"], lambda s, st=a["st"]: commercial(s, st))

    def header(d):
        d.box(0, 0, 150, 792, fill=0.9, stroke=False)
        d.t(20, 44, "St. Anselm", B, 15)
        d.t(20, 58, "Regional Medical Center", F, 9)
        if d.page == 1:
            y = 96
            for s in ("Statement date", "02/05/2026", "", "Guarantor", guar, "Guarantor # G-3310472", "",
                      "Amount due", m(total([s for a in accts for s in a["svcs"]], "owes"), "$"), "",
                      "Due by 03/07/2026", "", "Pay online", "stanselm-pay.example", "", "Billing office",
                      "(503) 555-0161", "Mon-Fri 8:00-4:30", "", "Financial assistance", "may be available;",
                      "ask us for an", "application."):
                d.t(20, y, s, B if s in ("Guarantor", "Amount due", "Pay online", "Billing office",
                                         "Financial assistance") else F, 8.5)
                y += 12
        else:
            d.t(20, 96, "Guarantor", B, 8.5)
            d.t(20, 108, guar, F, 8.5)
        d.t(572, 44, "PATIENT STATEMENT", B, 12, "r")
        d.t(572, 58, f"Page {d.page} of {{NP}}", F, 8, "r")
        d.ln(166, 66, 572, 66, 0.8)
        return 84

    def footer(d):
        d.t(572, 770, "St. Anselm Regional Medical Center  ·  900 Cathedral Hill Rd  ·  Lanewood, OR 97999", F, 7, "r")

    flow = Flow(doc, header, footer, 744)
    X = [(170, "Date", "l"), (212, "Rev", "l"), (238, "CPT/HCPCS", "l"), (288, "Description", "l"),
         (476, "Qty", "r"), (530, "Charges", "r")]
    tlines, tclaims = [], []

    def ahead(a, cont=False):
        d = flow.doc
        d.box(166, flow.y - 10, 406, 28, fill=None, lw=0.6)
        d.t(170, flow.y, f"Patient: {a['pt']}" + ("  (continued)" if cont else ""), B, 9)
        d.t(568, flow.y, f"Hospital Account {a['acct']}", F, 8, "r")
        d.t(170, flow.y + 12, f"Outpatient Rehabilitation  ·  Primary insurance: {a['ins']}  ·  Claim # {a['icn']}",
            F, 8)
        flow.y += 32
        for x, h, al in X:
            d.t(x, flow.y, h, B, 7.8, al)
        d.ln(166, flow.y + 3, 572, flow.y + 3, 0.4)
        flow.y += 13

    for a in accts:
        flow.need(90)
        ahead(a)
        for s in a["svcs"]:
            desc = wrap(s.desc, 40)
            flow.need(10 * len(desc), lambda a=a: ahead(a, True))
            d = flow.doc
            vals = [dfmt(s.dos, "mdy2"), REV[s.code], f"{s.code} {' '.join(s.mods)}".strip(), desc[0],
                    units_str(s.units), m(s.billed)]
            for (x, _, al), v in zip(X, vals):
                d.t(x, flow.y, v, F, 8, al)
            for w in desc[1:]:
                flow.y += 9
                d.t(288, flow.y, w, F, 8)
            tlines.append(truth_line(d.page, s, claim_id=a["acct"], payer_claim_id=a["icn"], patient=a["pt"],
                                     printed=("billed",)))
            flow.y += 11
        ss = a["svcs"]
        flow.need(70)
        d = flow.doc
        rows = [("Total charges", total(ss, "billed")), (f"{a['ins']} payment", -total(ss, "paid")),
                ("Contractual adjustment", -total(ss, "discount")), ("Not covered by plan", -total(ss, "not_covered")),
                ("Patient balance", total(ss, "owes"))]
        for lab, v in rows:
            d.t(476, flow.y, lab, B if lab.startswith(("Total", "Patient")) else F, 8, "r")
            d.t(530, flow.y, m(v, ",", "()"), B if lab.startswith(("Total", "Patient")) else F, 8, "r")
            flow.y += 10
        tclaims.append(dict(claim_id=a["acct"], payer_claim_id=a["icn"], patient=a["pt"],
                            totals=claim_totals(billed=total(ss, "billed"), paid=total(ss, "paid"),
                                                patient_owes=total(ss, "owes"))))
        flow.y += 14
    footer(flow.doc)
    return doc, "fp", tlines, tclaims, [], [], False, 1
# ---------------------------------------------------------------------------------------------- main
LAYOUTS = [
    ("h120_c1_family_member_eob", lay_c1, "commercial member EOB for a family of three"),
    ("h120_c2_tpa_employee_eob", lay_c2, "self-funded plan TPA member EOB, monospace"),
    ("h120_m1_advantage_member_eob", lay_m1, "Medicare Advantage member EOB"),
    ("h120_m2_medicare_summary_notice", lay_m2, "Medicare Summary Notice, Part B"),
    ("h120_d1_medicaid_ra_mono", lay_d1, "state Medicaid remittance advice, fixed width"),
    ("h120_d2_medicaid_portal_ra", lay_d2, "state Medicaid portal remittance advice, boxed"),
    ("h120_p1_part_b_paper_remit", lay_p1, "Medicare Part B standard paper remittance"),
    ("h120_p2_pm_era_detail", lay_p2, "practice-management ERA detail report of a Medicare remit"),
    ("h120_s1_therapy_family_statement", lay_s1, "pediatric therapy clinic family statement"),
    ("h120_s2_hospital_family_statement", lay_s2, "hospital outpatient family statement"),
]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout120_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    split_files = 0
    for name, fn, desc in LAYOUTS:
        pdf = out / f"{name}.pdf"
        doc, prod, lines, claims, legend, found, adj_complete, span = fn(out)
        (doc.render_rl if prod == "rl" else doc.render_fp)(pdf)
        write_truth(pdf, name, "reportlab" if prod == "rl" else "fpdf2", len(doc.pages), desc, lines, claims,
                    legend, found)
        pages = {}
        for ln in lines:
            pages.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        split = [k for k, v in pages.items() if len(v) > 1]
        split_files += bool(split)
        print(f"{pdf.name}: {len(doc.pages)} pages, {len(lines)} lines, {len(claims)} claims, "
              f"{len(split)} claim(s) across pages")
        if check:
            truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
            errs = check_file(pdf, truth, adj_complete, span)
            for e in errs:
                print("   FAIL", e)
            bad += len(errs)
    if check:
        if split_files < 3:
            print(f"FAIL only {split_files} files carry a claim that runs onto the next page")
            bad += 1
        print("check:", "OK" if not bad else f"{bad} problem(s)")
    print(out)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
