"""Write the FORTY-FOURTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two layouts each, in house
styles unlike the earlier sets. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout44/make_heldout44_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout44/make_heldout44_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are <name>.pdf.truth.json), printed
values only, null for what a layout does not print (units null where no quantity is printed, modifiers []
where none are printed, description null where the layout prints no wording); claim_id = the provider's own
account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly
as printed (the person who got the service, not the subscriber or guarantor). Remarks = the note / remark /
EOB codes printed for the line. Adjustments = [group, reason, amount] only where the page prints group/reason
codes for the line. On statements the insurer's write-off column ("Insurance Adjustment") is kept as discount
and the line balance as patient_owes. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). Drawing and check helpers: kit44.py.

Layouts (2 x 5 kinds):
  c1  commercial PPO member EOB, reportlab portrait Liberation Sans: account box, deductible progress line, claims
      summary table, shaded two-line claim heads (patient + relationship, claim number, provider, "Patient account
      #"), "Amount Billed / Network Savings / Not Covered / Allowed Amount / Deductible / Copay / Coinsurance / Plan
      Paid / You Owe / Rmk", "97530 Therapeutic activities" (code inside the service wording, no modifiers, no
      units), a not-covered line the member owes, a rights box on page 1 so the daughter's long claim continues on
      page 2 with its head and column header repeated, three family members
  c2  commercial HMO "Statement of Benefits", fpdf2 landscape DejaVu Serif with a shaded left SIDEBAR on every page
      (subscriber, ID, group, period, phone): per-patient heads with "Claim #" and "Your account no.", Proc / Mod /
      Units columns apart, "01/07/2026", per-visit copays, a CO denial the member does not owe, four family members
  m1  Medicare Summary Notice Part B, reportlab portrait DejaVu Sans Condensed: dashboard page 1 (deductible status,
      approval question, total you may be billed, providers list), then "Your Claims & Costs This Period" with
      provider + address heads, "Service dates: Jan 6, 2026 - Jan 30, 2026  Claim number", date inside the service
      cell "01/06/26  Therapeutic exercises (97110-GP-KX)", Yes/No approval column, comma-separated note letters,
      a long therapy claim continued onto page 3 with "(continued)" and the column header repeated
  m2  Medicare Advantage PPO member EOB, fpdf2 portrait Liberation Serif: "for the month of January 2026", share box,
      grey claim bands (claim number, provider, provider's reference, patient), long service wording WRAPPED onto a
      second line with the billing code "97110 GP CQ" in its own column, per-service copays, 20% on an orthosis,
      a denied test the member pays, "Claim total", numbered notes
  d1  state Medicaid fee-for-service REMITTANCE ADVICE, reportlab landscape core Courier fixed-width text rows:
      running banner and column header on every page, status sections PAID / DENIED / ADJUSTED (VOID /
      REPLACEMENT), "RECIP NAME: LAST, FIRST  RECIP ID  ICN  PAT ACCT", "LN FROM-DOS TO-DOS PROC M1 M2 UNITS BILLED
      ALLOWED TPL-AMT COPAY PAID EOB CODES", MMDDYY dates, 4-digit state EOB codes, void with leading minus, RA summary
  d2  state Medicaid "Provider Remittance Advice", fpdf2 portrait DejaVu Sans: ruled line grids under each claim head
      ("TCN", "Member: Last, First", Member ID, Patient acct #, claim status), "Ln / Date of Svc / Proc / Mod / Units
      / Billed / Allowed / Paid / Adj Grp-Rsn / Adj Amt / RARC", a line denial inside a paid claim, a denied claim,
      a reversal of an earlier TCN with negative amounts, boxed payment summary
  p1  Medicare Part B standard-paper-remit layout REPRINTED by practice-management software, fpdf2 landscape DejaVu
      Sans Mono: NAME / HIC / ACNT / ICN / ASG / MOA claim lines, "PERF PROV SERV DATE POS NOS PROC MODS ...
      GRP/RC-AMT PROV PD" with "0203 020326" dates, the 2nd-4th adjustments stacked on the following text lines,
      remark on its own line, CLAIM TOTALS + PT RESP rows, a claim continued on page 2 under a "(CONT)" line
  p2  clearinghouse printable ERA "Remittance Advice - Claim Detail" of a Medicare Part B payment, reportlab portrait
      core Helvetica: two boxed payer / payment panels, shaded claim bands (patient, patient control #, payer claim
      #, Medicare ID, status), line control numbers, "97530 GO CO", all adjustments inline in one cell ("CO 45 116.30
      PR 2 14.74 CO 253 1.18"), a CO-151 denial, claim totals with patient responsibility
  s1  pediatric therapy clinic FAMILY STATEMENT, reportlab portrait DejaVu Serif: detach stub at the top (guarantor,
      amount due), visit heading rows (child, visit no., insurer + claim no. or "awaiting insurance"), "CPT / Mod"
      glued "97530-GO", Qty, "Charges / Insurance Paid / Insurance Adjustment / Your Balance", a pending visit with
      blank insurance cells, a group session denied to the family, a card payment as a non-service row, aging line,
      three children
  s2  hospital GUARANTOR STATEMENT, fpdf2 portrait Liberation Sans Narrow: per hospital account shaded bands
      (account, patient, service line, insurer, insurance claim #), "Service Date / Rev Code / CPT/HCPCS / Mod /
      Description (capitals) / Units / Charges", insurance payment and contractual adjustment per ACCOUNT (not per
      line; lines carry charges only), a tear-off payment coupon at the foot of page 1 so the second account
      continues on page 2 with its band repeated, two family members

The self-check (--check) tests the factory, not the reader: the page count matches; each truth line's code,
modifiers, units and every non-null amount are found on ONE extracted text row of its page (rows rebuilt from
pdfplumber word positions); its adjustment codes and amounts and its remarks on that row or the next three (paper
remits stack them); service dates on the row or on that page (claim heads); claim ids and patient names in the
document text; billed - discount - not covered = allowed and allowed - deductible - copay - coinsurance = paid
where printed (not where a sequestration cut applies); billed - adjustments = paid where a layout prints every
adjustment (d2, p1, p2); printed claim totals appear in the text and equal the sum of their lines (no mismatch is
planted in this set)."""

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

from eobgen import (DESC, FEE, LONG_DESC, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from kit44 import Doc, check_folder  # noqa: E402

D = date
# codes the shared fee tables lack (our own invented charges and rates, our own words)
FEE.update({"97533": "98.00", "97162": "240.00", "97113": "92.00", "G0151": "140.00", "97750": "88.00"})
SCHED.update({"97533": "38.10", "97162": "101.12", "97113": "35.90", "G0151": "64.20", "97750": "31.44"})
DESC.update({"97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity",
             "97113": "Aquatic therapy", "G0151": "Home health PT visit, 15 min", "97750": "Physical performance test"})


def S(d: date, code: str, units, mods: tuple[str, ...] = (), desc: str = "", denied: str | None = None,
      long: bool = False) -> Svc:
    s = Svc(d, code, Decimal(str(units)), tuple(mods), None, desc, denied)
    if long and code in LONG_DESC:
        s.desc = LONG_DESC[code]
    return s


def cols_header(doc: Doc, y: float, cols, font: str, size: float) -> None:
    for key, head, x, al in cols:
        parts = head.split("|")
        for i, p in enumerate(parts):
            doc.text(x, y + i * (size + 1.5) - (len(parts) - 1) * (size + 1.5), p, font, size, al)


def cols_row(doc: Doc, y: float, cols, vals: dict, font: str, size: float) -> None:
    for key, head, x, al in cols:
        v = vals.get(key)
        if v is not None and v != "":
            doc.text(x, y, v, font, size, al)


class Pager:
    """Keeps y, breaks pages, repeats the running furniture via callbacks."""

    def __init__(self, doc: Doc, top: float, bottom: float, on_new):
        self.doc, self.top, self.bottom, self.on_new = doc, top, bottom, on_new
        self.y = top

    def need(self, h: float, cont=None) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.doc.new_page()
        self.y = self.on_new(self.doc)
        if cont:
            self.y = cont(self.doc, self.y)
        return True


def m(v: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(v, style, neg)


# ================================================================================================== c1
def c1(out: Path) -> tuple[str, int, str]:
    """Commercial PPO member EOB, reportlab portrait Liberation Sans."""
    name = "h44_c1_ppo_member_eob.pdf"
    doc = Doc("reportlab", out / name, fonts=("LibSans", "LibSans-B"))
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"),
                    copay_codes={"99213": Decimal("35.00")})
    claims = [
        dict(patient="Rafael Castellanos", rel="Self", acct="0088127-3", claim="EB26-0121-40587",
             prov="Summit Family Medicine", st=st2, svcs=[S(D(2026, 1, 9), "99213", 1)]),
        dict(patient="Mira Castellanos", rel="Spouse", acct="BPT-55102", claim="EB26-0126-41160",
             prov="Brightwater Physical Therapy", st=st2, svcs=[
                 S(D(2026, 1, 12), "97161", 1), S(D(2026, 1, 12), "97140", 1),
                 S(D(2026, 1, 19), "97110", 3), S(D(2026, 1, 19), "97140", 1)]),
        dict(patient="Wren Castellanos", rel="Daughter", acct="NTK-208841", claim="EB26-0114-39021",
             prov="Northtide Kids Therapy Group", st=st, svcs=[
                 S(D(2026, 1, 6), "97166", 1), S(D(2026, 1, 6), "97530", 2),
                 S(D(2026, 1, 8), "97530", 3), S(D(2026, 1, 8), "97535", 1),
                 S(D(2026, 1, 13), "97530", 3), S(D(2026, 1, 13), "97112", 1),
                 S(D(2026, 1, 15), "97530", 2), S(D(2026, 1, 15), "97535", 2),
                 S(D(2026, 1, 20), "97530", 3), S(D(2026, 1, 22), "97530", 3),
                 S(D(2026, 1, 22), "97533", 1, desc="Sensory integration techniques", denied="PR"),
                 S(D(2026, 1, 27), "97530", 2), S(D(2026, 1, 29), "97110", 2)]),
    ]
    cols = [("date", "Date of|Service", 40, "l"), ("svc", "Service", 88, "l"),
            ("billed", "Amount|Billed", 262, "r"), ("discount", "Network|Savings", 300, "r"),
            ("not_covered", "Not|Covered", 336, "r"), ("allowed", "Allowed|Amount", 377, "r"),
            ("deductible", "Deductible", 419, "r"), ("copay", "Copay", 450, "r"),
            ("coinsurance", "Coinsur-|ance", 488, "r"), ("paid", "Plan|Paid", 526, "r"),
            ("owes", "You|Owe", 560, "r"), ("rem", "Rmk", 568, "l")]
    F, FB = "LibSans", "LibSans-B"

    def furniture(d: Doc) -> float:
        d.text(40, 40, "CORVALLIS MUTUAL HEALTH PLAN", FB, 13)
        d.text(40, 52, "PO Box 48120  ·  Corvallis Junction, OR 97399  ·  Member Services 1-800-555-0174", F, 7.5)
        d.text(572, 40, "Explanation of Benefits", FB, 11, "r")
        d.text(572, 52, "THIS IS NOT A BILL", FB, 8, "r")
        d.hline(40, 572, 58, 1.2)
        d.text(306, 770, f"Rafael Castellanos  ·  Member ID XQM408812276  ·  Page {d.page}", F, 7, "c")
        return 74

    lines_t, claims_t = [], []

    def later(d: Doc) -> float:
        pg.bottom = 735
        return furniture(d)

    pg = Pager(doc, 74, 622, later)
    furniture(doc)
    doc.rect(40, 640, 532, 112, fill=0.96)
    for i, t in enumerate(["Important information about your rights",
                           "If you disagree with how a claim was handled, you may ask us to review it within 180 days of",
                           "this statement. Call Member Services or write to Appeals Unit, PO Box 48190, Corvallis Junction.",
                           "Language help is available at no cost: call the number on your member ID card.",
                           "Keep this statement with your provider bills. Compare the amounts; call us if they differ.",
                           "Corvallis Mutual does not discriminate on the basis of race, color, national origin, age,",
                           "disability or sex in its health programs and activities."]):
        doc.text(48, 654 + 13.5 * i, t, FB if i == 0 else F, 8 if i == 0 else 7.5)
    y = 74
    doc.text(40, y, "Rafael Castellanos", FB, 9)
    for i, t in enumerate(["2218 Larkspur Way", "Ashby Falls, OR 97301"]):
        doc.text(40, y + 11 * (i + 1), t, F, 8.5)
    kv = [("Statement date", "February 3, 2026"), ("Subscriber", "Rafael Castellanos"),
          ("Member ID", "XQM408812276"), ("Group", "CJ-30118 Ashby School District"), ("Plan", "PPO Select 500")]
    doc.rect(340, y - 9, 232, 64, fill=0.93)
    for i, (k, v) in enumerate(kv):
        doc.text(346, y + 2 + 11.5 * i, k, F, 8)
        doc.text(430, y + 2 + 11.5 * i, v, FB, 8)
    y += 70
    doc.text(40, y, "Your deductible and out-of-pocket progress (in-network, 2026)", FB, 9)
    y += 12
    doc.text(40, y, "Family deductible: $500.00 met $250.00 of $1,000.00   ·   Family out-of-pocket: $612.40 of $6,000.00",
             F, 8)
    y += 22
    doc.text(40, y, "Summary of claims processed this period", FB, 9)
    y += 14
    for j, (hd, xx) in enumerate((("Patient", 40), ("Provider", 170), ("Claim number", 330), ("Plan paid", 500),
                                   ("You owe", 572))):
        doc.text(xx, y, hd, FB, 7.5, "l" if j < 3 else "r")
    doc.hline(40, 572, y + 3, 0.4)
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, cl["st"], deny_reason="96")
            s.remarks = ["N7"] if s.denied else (["D2"] if s.deductible else ["A4"])
        y += 11
        for j, (v, xx) in enumerate(((cl["patient"], 40), (cl["prov"], 170), (cl["claim"], 330),
                                     (money(total(cl["svcs"], "paid")), 500), (money(total(cl["svcs"], "owes")), 572))):
            doc.text(xx, y, v, F, 7.5, "l" if j < 3 else "r")
    y += 26
    pg.y = y
    for cl in claims:
        svcs = cl["svcs"]

        def head(d: Doc, yy: float, cont: bool = False, cl=cl) -> float:
            d.rect(40, yy - 9, 532, 24, fill=0.88)
            d.text(44, yy, f"Patient: {cl['patient']} ({cl['rel']})" + ("   - continued from previous page" if cont else ""),
                   FB, 8.5)
            d.text(330, yy, f"Claim number: {cl['claim']}", FB, 8.5)
            d.text(44, yy + 11, f"Provider: {cl['prov']}", F, 8)
            d.text(330, yy + 11, f"Patient account #: {cl['acct']}   Network: In", F, 8)
            yy += 32
            cols_header(d, yy, cols, FB, 7)
            d.hline(40, 572, yy + 3, 0.6)
            return yy + 13

        pg.need(80)
        pg.y = head(doc, pg.y)
        for s in svcs:
            if pg.need(13, lambda d, yy: head(d, yy, True)):
                pass
            vals = {"date": dfmt(s.dos, "mdy2"), "svc": f"{s.code} {s.desc}"[:40], "billed": m(s.billed),
                    "discount": m(s.discount), "not_covered": m(s.not_covered), "allowed": m(s.allowed),
                    "deductible": m(s.deductible), "copay": m(s.copay), "coinsurance": m(s.coinsurance),
                    "paid": m(s.paid), "owes": m(s.owes), "rem": " ".join(s.remarks)}
            s.desc = vals["svc"][len(s.code) + 1:]
            cols_row(doc, pg.y, cols, vals, F, 7.3)
            doc.hline(40, 572, pg.y + 3.5, 0.2)
            lines_t.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["claim"],
                                      patient=cl["patient"], units=False, modifiers=False, remarks=s.remarks,
                                      printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                               "coinsurance", "paid", "patient_owes")))
            pg.y += 13
        pg.need(30)
        tot = {k: m(total(svcs, a)) for k, a in (("billed", "billed"), ("discount", "discount"),
                                                 ("not_covered", "not_covered"), ("allowed", "allowed"),
                                                 ("deductible", "deductible"), ("copay", "copay"),
                                                 ("coinsurance", "coinsurance"), ("paid", "paid"), ("owes", "owes"))}
        tot["svc"] = "Claim totals"
        cols_row(doc, pg.y, cols, tot, FB, 7.3)
        claims_t.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        pg.y += 26
    legend = [("A4", "Your provider is in our network; you are not billed for the network savings."),
              ("D2", "Part or all of this amount counts toward your deductible for the year."),
              ("N7", "This service is not a covered benefit under your plan; the provider may bill you.")]
    pg.need(70)
    doc.text(40, pg.y, "Remark codes", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(40, pg.y + 12 * (i + 1), f"{k}  {v}", F, 8)
    doc.text(40, pg.y + 60, "You have the right to appeal. See the back of the last page or call Member Services.", F, 7.5)
    pages = doc.save()
    write_truth(out / name, "h44_c1", "reportlab", pages, "Commercial PPO member EOB, family of three, claim continued",
                lines_t, claims_t, legend)
    return name, pages, "commercial member EOB"


# ================================================================================================== c2
def c2(out: Path) -> tuple[str, int, str]:
    """Commercial HMO member EOB with a left sidebar, fpdf2 landscape DejaVu Serif."""
    name = "h44_c2_hmo_family_statement_of_benefits.pdf"
    doc = Doc("fpdf2", out / name, landscape=True, fonts=("DjSerif", "DjSerif-B"))
    F, FB = "DjSerif", "DjSerif-B"
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), visit_copay=Decimal("25.00"))
    st_sp = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), visit_copay=Decimal("40.00"))
    claims = [
        dict(patient="Tobias Nakagawa-Reyes", acct="SLS-77310", claim="26-011-004417-00", prov="Saltmarsh Speech & Language",
             st=st, svcs=[S(D(2026, 1, 7), "92523", 1), S(D(2026, 1, 14), "92507", 1, ("GN",)),
                          S(D(2026, 1, 21), "92507", 1, ("GN",)), S(D(2026, 1, 28), "92507", 1, ("GN",))]),
        dict(patient="Ivy Nakagawa-Reyes", acct="SLS-77311", claim="26-011-004418-00", prov="Saltmarsh Speech & Language",
             st=PlanState(ded_left=ZERO, allowed_rate=Decimal("0.74"), visit_copay=Decimal("25.00")), svcs=[S(D(2026, 1, 7), "92507", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",)),
                          S(D(2026, 1, 14), "92526", 1, ("GN",), denied="CO")]),
        dict(patient="Hana Nakagawa-Reyes", acct="V-3390128", claim="26-015-010222-00", prov="Cedar Row Hand Therapy",
             st=st_sp, svcs=[S(D(2026, 1, 9), "97165", 1, ("GO",)), S(D(2026, 1, 9), "97760", 2, ("GO",)),
                             S(D(2026, 1, 9), "L3807", 1, ("RT",)), S(D(2026, 1, 16), "97140", 2, ("GO",)),
                             S(D(2026, 1, 16), "97110", 2, ("GO", "59")), S(D(2026, 1, 23), "97140", 2, ("GO",)),
                             S(D(2026, 1, 23), "97530", 2, ("GO",)), S(D(2026, 1, 30), "97168", 1, ("GO",)),
                             S(D(2026, 1, 30), "97110", 3, ("GO", "KX"))]),
        dict(patient="Dmitri Nakagawa-Reyes", acct="ESM-004471", claim="26-020-019805-00", prov="Eastshore Sports Medicine",
             st=st_sp, svcs=[S(D(2026, 1, 17), "99213", 1, ("25",)), S(D(2026, 1, 17), "97161", 1, ("GP",)),
                             S(D(2026, 1, 17), "97112", 1, ("GP",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, cl["st"], deny_reason="50")
            s.remarks = ["X9"] if s.denied else (["C1"] if s.copay else ["P0"])
    x0 = 190
    cols = [("date", "Service|Date", x0, "l"), ("code", "Proc", x0 + 44, "l"), ("mod", "Mod", x0 + 76, "l"),
            ("units", "Units", x0 + 122, "r"), ("billed", "Provider|Billed", x0 + 172, "r"),
            ("discount", "Plan|Discount", x0 + 222, "r"), ("not_covered", "Not|Covered", x0 + 268, "r"),
            ("allowed", "Allowed|Amount", x0 + 318, "r"), ("copay", "Copay", x0 + 358, "r"),
            ("coinsurance", "Coins.", x0 + 398, "r"), ("deductible", "Deduct.", x0 + 440, "r"),
            ("paid", "Paid by|Plan", x0 + 490, "r"), ("owes", "Your Total|Share", x0 + 545, "r"),
            ("rem", "Notes", x0 + 556, "l")]

    def sidebar(d: Doc) -> float:
        d.rect(24, 24, 150, 564, fill=0.92, stroke=False)
        d.text(32, 46, "HARBORVIEW", FB, 12)
        d.text(32, 60, "HEALTH PARTNERS", FB, 12)
        d.text(32, 74, "HMO Family Plan", F, 8)
        for i, t in enumerate(["Subscriber", "Keiko Nakagawa-Reyes", "", "Subscriber ID", "HVP 6615 0092 01", "",
                               "Group", "Tidewater Port Authority", "", "Period", "01/01/2026 - 01/31/2026", "",
                               "Questions?", "Call 1-888-555-0139", "TTY 711", "Mon-Fri 8 am - 8 pm"]):
            d.text(32, 100 + i * 11, t, FB if i % 3 == 0 else F, 7.5)
        d.text(32, 560, f"Page {d.page}", F, 7.5)
        d.text(x0, 46, "Statement of Benefits", FB, 14)
        d.text(x0, 60, "Claims processed for your family in January 2026. This is not a bill.", F, 8)
        d.hline(x0, 770, 66, 0.8)
        return 84

    sidebar(doc)
    lines_t, claims_t = [], []
    pg = Pager(doc, 84, 575, sidebar)
    for cl in claims:
        svcs = cl["svcs"]

        def head(d: Doc, yy: float, cont: bool = False, cl=cl) -> float:
            d.text(x0, yy, f"{cl['patient']}", FB, 9)
            d.text(x0 + 150, yy, f"Claim # {cl['claim']}" + ("  (continued)" if cont else ""), F, 8)
            d.text(x0 + 300, yy, f"{cl['prov']}  ·  Your account no. {cl['acct']}", F, 8)
            yy += 18
            cols_header(d, yy, cols, FB, 6.5)
            d.hline(x0, 770, yy + 3, 0.5)
            return yy + 12

        pg.need(70)
        pg.y = head(doc, pg.y)
        for s in svcs:
            pg.need(12, lambda d, yy: head(d, yy, True))
            vals = {"date": dfmt(s.dos, "mdy4"), "code": s.code, "mod": " ".join(s.mods), "units": units_str(s.units),
                    "billed": m(s.billed), "discount": m(s.discount), "not_covered": m(s.not_covered),
                    "allowed": m(s.allowed), "copay": m(s.copay), "coinsurance": m(s.coinsurance),
                    "deductible": m(s.deductible), "paid": m(s.paid), "owes": m(s.owes), "rem": " ".join(s.remarks)}
            cols_row(doc, pg.y, cols, vals, F, 6.8)
            lines_t.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["claim"],
                                      patient=cl["patient"], remarks=s.remarks, description=False,
                                      printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                               "coinsurance", "paid", "patient_owes")))
            pg.y += 12
        doc.hline(x0 + 130, 770, pg.y - 8, 0.3)
        tot = {k: m(total(svcs, k if k != "owes" else "owes")) for k in
               ("billed", "discount", "not_covered", "allowed", "copay", "coinsurance", "deductible", "paid", "owes")}
        tot["date"] = "Totals for this claim"
        cols_row(doc, pg.y, cols, tot, FB, 6.8)
        claims_t.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": cl["patient"],
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        pg.y += 24
    legend = [("C1", "A fixed copay applies once per visit day for this kind of visit."),
              ("P0", "Paid at the in-network rate. You do not owe the plan discount."),
              ("X9", "Not medically necessary per plan guidelines; the in-network provider may not bill you.")]
    pg.need(60)
    doc.text(x0, pg.y, "About the notes", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(x0, pg.y + 12 * (i + 1), f"{k}: {v}", F, 7.5)
    pages = doc.save()
    write_truth(out / name, "h44_c2", "fpdf2", pages, "HMO member statement of benefits with sidebar, four family members",
                lines_t, claims_t, legend)
    return name, pages, "commercial member EOB"


# ================================================================================================== m1
def m1(out: Path) -> tuple[str, int, str]:
    """Medicare Summary Notice, Part B, reportlab portrait DejaVu Sans Condensed."""
    name = "h44_m1_medicare_summary_notice.pdf"
    doc = Doc("reportlab", out / name, fonts=("DjCond", "DjCond-B"))
    F, FB = "DjCond", "DjCond-B"
    bene = "ELEANOR V. PRUITT"
    st = PlanState(ded_left=Decimal("120.00"))
    claims = [
        dict(prov="Fenwick Internal Medicine Associates", addr="4 Elm Court, Fenwick, MA 01998", claim="22-2601-519-077-0",
             svcs=[S(D(2026, 1, 12), "99213", 1), S(D(2026, 1, 12), "G0283", 1, ("GP",))]),
        dict(prov="Riverside Occupational Therapy", addr="1400 Mill Rd, Suite 3, Fenwick, MA 01998", claim="22-2601-530-412-0",
             svcs=[S(D(2026, 1, 21), "97166", 1, ("GO",)), S(D(2026, 1, 21), "97535", 2, ("GO",)),
                   S(D(2026, 1, 28), "97535", 2, ("GO",)), S(D(2026, 1, 28), "97530", 2, ("GO",))]),
        dict(prov="Lantern Bay Rehabilitation, LLC", addr="88 Quarry St, Fenwick, MA 01999", claim="22-2601-503-118-0",
             svcs=[S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
                   S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97112", 1, ("GP",)),
                   S(D(2026, 1, 13), "97110", 2, ("GP", "KX")), S(D(2026, 1, 13), "97116", 1, ("GP",)),
                   S(D(2026, 1, 15), "97110", 2, ("GP", "KX")), S(D(2026, 1, 15), "97140", 1, ("GP",)),
                   S(D(2026, 1, 15), "0552T", 1, ("GP",), denied="CO"),
                   S(D(2026, 1, 20), "97110", 2, ("CQ", "GP")), S(D(2026, 1, 20), "97530", 1, ("CQ", "GP")),
                   S(D(2026, 1, 22), "97110", 2, ("CQ", "GP")), S(D(2026, 1, 22), "97116", 1, ("CQ", "GP")),
                   S(D(2026, 1, 27), "97110", 2, ("CQ", "GP", "KX")), S(D(2026, 1, 27), "97112", 1, ("CQ", "GP")),
                   S(D(2026, 1, 29), "97110", 2, ("GP", "KX")), S(D(2026, 1, 29), "97140", 1, ("GP",)),
                   S(D(2026, 1, 30), "97110", 2, ("GP", "KX")), S(D(2026, 1, 30), "97116", 1, ("GP",))]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="50")
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            if "CQ" in s.mods and not s.denied:
                s.remarks = s.remarks + ["D"]
    all_s = [s for cl in claims for s in cl["svcs"]]

    def foot(d: Doc) -> None:
        d.text(40, 768, f"{bene}   |   Medicare Number XXXX-XX4-KT72   |   Page {d.page}", F, 7.5)

    def top(d: Doc) -> float:
        foot(d)
        d.text(40, 44, "Your Claims & Costs This Period", FB, 15)
        d.hline(40, 572, 52, 1.5)
        return 72

    # page 1
    foot(doc)
    doc.text(40, 50, "Medicare Summary Notice", FB, 20)
    doc.text(40, 66, "for Part B (Medical Insurance)", F, 12)
    doc.text(40, 84, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", F, 8)
    doc.text(40, 116, bene, FB, 9.5)
    doc.text(40, 128, "17 WINDROW LANE APT 2", F, 9)
    doc.text(40, 140, "FENWICK MA 01998-2204", F, 9)
    doc.rect(330, 100, 242, 60, fill=0.94)
    doc.text(338, 114, "THIS IS NOT A BILL", FB, 11)
    doc.text(338, 130, "Notice for Eleanor V. Pruitt", F, 8.5)
    doc.text(338, 142, "Medicare Number XXXX-XX4-KT72", F, 8.5)
    doc.text(338, 154, "Date of This Notice: March 2, 2026", F, 8.5)
    doc.text(40, 190, "Your Deductible Status", FB, 11)
    doc.text(40, 204, "Your deductible is what you must pay for most health services before Medicare pays.", F, 8.5)
    doc.text(40, 216, "You have now met your $257.00 Part B deductible for 2026.", FB, 8.5)
    doc.text(40, 246, "Did Medicare Approve All Services?", FB, 11)
    doc.text(40, 260, "NO - Medicare did not approve 1 service. Look for NO in the Service Approved? column.", F, 8.5)
    doc.text(40, 290, "Total You May Be Billed", FB, 11)
    doc.text(572, 290, money(total(all_s, "owes")), FB, 11, "r")
    doc.text(40, 320, "Your Providers & Claims for Claims Dated January 6 - January 28, 2026", FB, 11)
    y = 336
    for cl in claims:
        doc.text(40, y, cl["prov"], F, 8.5)
        doc.text(572, y, dfmt(cl["svcs"][0].dos, "month"), F, 8.5, "r")
        y += 12
    doc.text(40, y + 20, "Be Informed! Review this notice and compare it to your records; report anything you did not get.", F, 8)
    doc.new_page()
    cols = [("svc", "Service Provided & Billing Code", 40, "l"), ("ok", "Service|Approved?", 304, "l"),
            ("billed", "Amount|Provider|Charged", 398, "r"), ("allowed", "Medicare-|Approved|Amount", 448, "r"),
            ("paid", "Amount|Medicare|Paid", 498, "r"), ("owes", "Maximum|You May|Be Billed", 548, "r"),
            ("rem", "See|Notes", 552, "l")]
    lines_t, claims_t = [], []
    pg = Pager(doc, 72, 730, top)
    pg.y = top(doc)
    for cl in claims:
        svcs = cl["svcs"]

        def head(d: Doc, yy: float, cont: bool = False, cl=cl) -> float:
            first, last = cl["svcs"][0].dos, cl["svcs"][-1].dos
            d.text(40, yy, ("(continued) " if cont else "") + f"{cl['prov']}, {cl['addr']}", FB, 9)
            d.text(40, yy + 12, f"Service dates: {dfmt(first, 'mon')} - {dfmt(last, 'mon')}   Claim number: {cl['claim']}",
                   F, 8.5)
            d.text(40, yy + 23, "Referring provider: Dr. Paulina Osterberg", F, 8)
            yy += 48
            cols_header(d, yy, cols, FB, 7.5)
            d.hline(40, 572, yy + 3, 0.8)
            return yy + 14

        pg.need(110)
        pg.y = head(doc, pg.y)
        for s in svcs:
            pg.need(18, lambda d, yy: head(d, yy, True))
            s.desc = f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"
            vals = {"svc": f"{dfmt(s.dos, 'mdy2')}  {s.desc}", "ok": "No" if s.denied else "Yes", "billed": money(s.billed),
                    "allowed": money(s.allowed), "paid": money(s.paid), "owes": money(s.owes),
                    "rem": ", ".join(s.remarks)}
            cols_row(doc, pg.y, cols, vals, F, 8)
            doc.hline(40, 572, pg.y + 6, 0.2)
            lines_t.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=cl["claim"], patient="Eleanor V. Pruitt",
                                      units=False, remarks=s.remarks,
                                      printed=("billed", "allowed", "paid", "patient_owes")))
            pg.y += 18
        pg.need(20)
        cols_row(doc, pg.y, cols, {"svc": "Total for this claim", "billed": money(total(svcs, "billed")),
                                   "allowed": money(total(svcs, "allowed")), "paid": money(total(svcs, "paid")),
                                   "owes": money(total(svcs, "owes"))}, FB, 8)
        claims_t.append({"claim_id": None, "payer_claim_id": cl["claim"], "patient": "Eleanor V. Pruitt",
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        pg.y += 30
    legend = [("A", "The amount Medicare paid the provider is 80% of the approved amount, less a 2% federal payment cut."),
              ("B", "Part of the approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this item because it is not proven to work; you do not owe for it."),
              ("D", "This service was given in part by a therapy assistant; Medicare pays a reduced rate.")]
    pg.need(80)
    doc.text(40, pg.y, "Notes for Your Claims", FB, 11)
    for i, (k, v) in enumerate(legend):
        doc.text(40, pg.y + 14 * (i + 1), f"{k}  {v}", F, 8.5)
    pages = doc.save()
    write_truth(out / name, "h44_m1", "reportlab", pages, "Medicare Summary Notice Part B, claim continued across pages",
                lines_t, claims_t, legend)
    return name, pages, "Medicare Summary Notice"


# ================================================================================================== m2
def m2(out: Path) -> tuple[str, int, str]:
    """Medicare Advantage PPO member EOB, fpdf2 portrait Liberation Serif."""
    name = "h44_m2_medicare_advantage_member_eob.pdf"
    doc = Doc("fpdf2", out / name, fonts=("LibSerif", "LibSerif-B"))
    F, FB = "LibSerif", "LibSerif-B"
    member = "Walter J. Abernathy-Cole"
    copays = {"97110": Decimal("20.00"), "97140": Decimal("20.00"), "97530": Decimal("20.00"), "97112": Decimal("20.00"),
              "97162": Decimal("20.00"), "99213": Decimal("15.00"), "97760": Decimal("20.00"), "97168": Decimal("20.00")}
    claims = [
        dict(prov="Granite Shoals Physical Therapy", claim="MA2601-7708152", acct="GSP-10442", svcs=[
            S(D(2026, 1, 5), "97162", 1, ("GP",)), S(D(2026, 1, 5), "97110", 2, ("GP",), long=True),
            S(D(2026, 1, 7), "97110", 2, ("GP",), long=True), S(D(2026, 1, 7), "97140", 1, ("GP",), long=True),
            S(D(2026, 1, 12), "97112", 2, ("GP",)), S(D(2026, 1, 12), "97140", 1, ("GP",), long=True),
            S(D(2026, 1, 14), "97110", 3, ("GP",), long=True), S(D(2026, 1, 14), "97750", 1, ("GP",), denied="PR"),
            S(D(2026, 1, 19), "97110", 2, ("GP", "CQ"), long=True), S(D(2026, 1, 19), "97530", 1, ("GP", "CQ"), long=True),
            S(D(2026, 1, 21), "97110", 2, ("GP", "CQ"), long=True)]),
        dict(prov="Pell Street Hand & Upper Extremity Clinic", claim="MA2601-7712930", acct="PSH-2288", svcs=[
            S(D(2026, 1, 16), "97760", 1, ("GO",), long=True), S(D(2026, 1, 16), "L3807", 1, ("LT",), long=True),
            S(D(2026, 1, 30), "97168", 1, ("GO",))]),
        dict(prov="Dr. Anika Solberg, MD", claim="MA2601-7730041", acct=None, svcs=[S(D(2026, 1, 26), "99213", 1)]),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            if s.denied:
                s.not_covered = s.billed
                s.owes = s.billed
                s.remarks = ["4"]
                continue
            s.allowed = q(Decimal(SCHED[s.code]) * s.units * Decimal("1.04"))
            cp = copays.get(s.code, ZERO)
            if s.code == "L3807":
                s.coinsurance = q(s.allowed * Decimal("0.20"))
            s.copay = min(cp, s.allowed)
            s.owes = s.copay + s.coinsurance
            s.paid = s.allowed - s.owes
            s.remarks = ["1"] if s.copay else ["2"]
    cols = [("date", "Date of|service", 44, "l"), ("svc", "Service you received", 96, "l"),
            ("code", "Billing|code", 306, "l"), ("billed", "Provider's|charge", 386, "r"), ("allowed", "Plan-|approved|amount", 438, "r"),
            ("paid", "Plan's|share", 486, "r"), ("owes", "Your|share", 528, "r"), ("rem", "See|notes", 540, "l")]

    def top(d: Doc) -> float:
        d.text(44, 40, "Sagebrook Senior Advantage (PPO)", FB, 12)
        d.text(568, 40, "Explanation of Benefits", FB, 12, "r")
        d.text(44, 53, "A Medicare Advantage plan offered by Sagebrook Health Insurance Company", F, 8)
        d.text(568, 53, f"{member}  ·  Member ID SB7731940-01  ·  Page {d.page}", F, 8, "r")
        d.hline(44, 568, 59, 1.0)
        d.text(306, 770, "Sagebrook Health · PO Box 9920 · Rapid Fork, SD 57799 · 1-877-555-0116 (TTY 711), 8 am-8 pm, 7 days",
               F, 7, "c")
        return 80

    y = top(doc)
    doc.text(44, y, "Your Explanation of Benefits (EOB) for Medical Services", FB, 13)
    doc.text(44, y + 14, "for the month of January 2026", F, 10)
    doc.text(44, y + 36, member, FB, 10)
    doc.text(44, y + 48, "602 Cottonwood Terrace", F, 9.5)
    doc.text(44, y + 60, "Rapid Fork, SD 57701", F, 9.5)
    doc.rect(330, y + 26, 238, 74)
    doc.text(338, y + 40, "This is not a bill", FB, 10)
    doc.text(338, y + 54, "It tells you about medical care you received", F, 8.5)
    doc.text(338, y + 65, "and what the plan paid. Keep it for your records.", F, 8.5)
    all_s = [s for cl in claims for s in cl["svcs"]]
    doc.text(338, y + 88, f"Your share this month: {money(total(all_s, 'owes'))}", FB, 9)
    y += 120
    doc.text(44, y, "Part 1: Your medical claims in detail", FB, 11)
    y += 20
    lines_t, claims_t = [], []
    pg = Pager(doc, 80, 735, top)
    pg.y = y
    for cl in claims:
        svcs = cl["svcs"]

        def head(d: Doc, yy: float, cont: bool = False, cl=cl) -> float:
            d.rect(44, yy - 10, 524, 28, fill=0.9, stroke=False)
            d.text(50, yy, f"Claim {cl['claim']}" + ("  (continued from the previous page)" if cont else ""), FB, 9)
            ref = f"  ·  Provider's reference {cl['acct']}" if cl["acct"] else ""
            d.text(50, yy + 12, f"{cl['prov']}  ·  In network{ref}  ·  Patient: {member}", F, 8)
            yy += 44
            cols_header(d, yy, cols, FB, 7.5)
            d.hline(44, 568, yy + 3, 0.5)
            return yy + 13

        pg.need(90)
        pg.y = head(doc, pg.y)
        for s in svcs:
            wl = doc.wrap(s.desc, F, 8, 200)
            pg.need(11 * len(wl) + 3, lambda d, yy: head(d, yy, True))
            vals = {"date": dfmt(s.dos, "mdy2"), "svc": wl[0], "code": s.code + (f" {' '.join(s.mods)}" if s.mods else ""), "billed": money(s.billed), "allowed": money(s.allowed),
                    "paid": money(s.paid), "owes": money(s.owes), "rem": " ".join(s.remarks)}
            cols_row(doc, pg.y, cols, vals, F, 8)
            for i, w in enumerate(wl[1:]):
                doc.text(96, pg.y + 10 * (i + 1), w, F, 8)
            lines_t.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["claim"], patient=member,
                                      units=False, remarks=s.remarks, modifiers=True,
                                      printed=("billed", "allowed", "paid", "patient_owes")))
            pg.y += 10 * len(wl) + 4
        pg.need(16)
        doc.hline(300, 568, pg.y - 8, 0.3)
        cols_row(doc, pg.y, cols, {"svc": "Claim total", "billed": money(total(svcs, "billed")),
                                   "allowed": money(total(svcs, "allowed")), "paid": money(total(svcs, "paid")),
                                   "owes": money(total(svcs, "owes"))}, FB, 8)
        claims_t.append({"claim_id": cl["acct"], "payer_claim_id": cl["claim"], "patient": member,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        pg.y += 28
    legend = [("1", "Your plan's copay for an outpatient therapy or office visit service."),
              ("2", "You pay 20% of the plan-approved amount for this durable medical item."),
              ("4", "The plan does not cover this test; a network provider told you beforehand that you would pay.")]
    pg.need(70)
    doc.text(44, pg.y, "Notes about your claims", FB, 10)
    for i, (k, v) in enumerate(legend):
        doc.text(44, pg.y + 13 * (i + 1), f"Note {k}: {v}", F, 8.5)
    pages = doc.save()
    write_truth(out / name, "h44_m2", "fpdf2", pages, "Medicare Advantage PPO member EOB, wrapped services, claim continued",
                lines_t, claims_t, legend)
    return name, pages, "Medicare Advantage member EOB"


# ================================================================================================== d1
def d1(out: Path) -> tuple[str, int, str]:
    """State Medicaid fee-for-service remittance advice, reportlab landscape core Courier."""
    name = "h44_d1_medicaid_ffs_remittance.pdf"
    doc = Doc("reportlab", out / name, landscape=True)
    F, FB, Z = "Cour", "Cour-B", 7.4
    paid_cl = [
        dict(rec="MBEKI, SIPHO", rid="660184472913", icn="2026031400125", acct="TKC-40012", svcs=[
            S(D(2026, 2, 2), "97530", 3, ("GO",)), S(D(2026, 2, 2), "97535", 1, ("GO",)),
            S(D(2026, 2, 4), "97530", 4, ("GO",)), S(D(2026, 2, 9), "97530", 3, ("GO",)),
            S(D(2026, 2, 9), "97112", 1, ("GO", "59"))]),
        dict(rec="MBEKI, LINDIWE", rid="660184472921", icn="2026031400126", acct="TKC-40013", svcs=[
            S(D(2026, 2, 3), "92507", 1, ("GN",)), S(D(2026, 2, 10), "92507", 1, ("GN",)),
            S(D(2026, 2, 17), "92507", 1, ("GN",)), S(D(2026, 2, 24), "92507", 1, ("GN",))]),
        dict(rec="ALVARADO-PENN, CRUZ", rid="660190035517", icn="2026031400131", acct="TKC-40027", svcs=[
            S(D(2026, 2, 5), "97167", 1, ("GO",)), S(D(2026, 2, 12), "97530", 4, ("GO",)),
            S(D(2026, 2, 12), "97533", 2, ("GO",)), S(D(2026, 2, 19), "97530", 4, ("GO",)),
            S(D(2026, 2, 19), "97533", 2, ("GO",)), S(D(2026, 2, 26), "97530", 4, ("GO",))]),
        dict(rec="OYELARAN, TEMI", rid="660177210084", icn="2026031400140", acct="TKC-40031", svcs=[
            S(D(2026, 2, 6), "92523", 1, ("GN",)), S(D(2026, 2, 13), "92507", 1, ("GN",)),
            S(D(2026, 2, 20), "92507", 1, ("GN",))]),
    ]
    den_cl = [dict(rec="FAIRWEATHER, JUNO", rid="660201188230", icn="2026031400152", acct="TKC-40044", svcs=[
        S(D(2026, 2, 11), "97530", 4, ("GO",), denied="CO"), S(D(2026, 2, 11), "97535", 2, ("GO",), denied="CO")])]
    orig = dict(rec="ALVARADO-PENN, CRUZ", rid="660190035517", icn="2026020700418", acct="TKC-39870",
                svcs=[S(D(2026, 1, 22), "97530", 4, ("GO",)), S(D(2026, 1, 22), "97533", 2, ("GO",))])
    for cl in paid_cl + [orig]:
        for s in cl["svcs"]:
            medicaid(s)
            s.remarks = ["0045"] if s.discount else ["0001"]
    for cl in den_cl:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="15")
            s.remarks = ["0712", "0097"]
    void = dict(orig, icn="2026031450002", svcs=[negate(s) for s in orig["svcs"]])
    for s in void["svcs"]:
        s.remarks = ["0560"]
    repl = dict(orig, icn="2026031450003", svcs=[S(D(2026, 1, 22), "97530", 4, ("GO",)), S(D(2026, 1, 22), "97533", 2, ("GO",))])
    for s in repl["svcs"]:
        medicaid(s)
        s.remarks = ["0561"]
    repl["svcs"][1].allowed = q(repl["svcs"][1].allowed + Decimal("4.20"))
    repl["svcs"][1].paid = repl["svcs"][1].allowed
    repl["svcs"][1].discount = repl["svcs"][1].billed - repl["svcs"][1].allowed
    hdr = "LN  FROM-DOS TO-DOS  PROC   M1 M2  UNITS      BILLED     ALLOWED    TPL-AMT   COPAY        PAID  EOB CODES"

    def fmt(i: int, s: Svc) -> str:
        return (f"{i:02d}  {dfmt(s.dos, 'mdy6')}   {dfmt(s.dos, 'mdy6')}  {s.code}  {(s.mods + ('', ''))[0]:2} "
                f"{(s.mods + ('', ''))[1]:2} {units_str(abs(s.units)):>6} {m(s.billed, ''):>11} {m(s.allowed, ''):>11}"
                f" {'0.00':>10} {'0.00':>7} {m(s.paid, ''):>11}  {' '.join(s.remarks)}")

    def top(d: Doc) -> float:
        d.text(36, 34, "STATE OF NORTH BRANTLEY - DEPARTMENT OF HUMAN SERVICES - MEDICAL ASSISTANCE PROGRAM", FB, 8)
        d.text(36, 44, "REMITTANCE ADVICE                                                          RUN DATE 03/16/2026", FB, Z)
        d.text(756, 34, f"PAGE {d.page:>4}", FB, Z, "r")
        d.text(36, 56, "PAYEE: TIDEMARK KIDS CLINIC PLLC     PROVIDER NO. 0044871203     NPI 1992883710     RA NO. 0003318842",
               F, Z)
        d.hline(36, 756, 61, 0.5, dash=True)
        return 74

    lines_t, claims_t = [], []
    pg = Pager(doc, 74, 570, top)
    pg.y = top(doc)
    sections = [("PAID CLAIMS", paid_cl), ("DENIED CLAIMS", den_cl), ("ADJUSTED CLAIMS (VOID / REPLACEMENT)", [void, repl])]

    def colhead(d: Doc, yy: float) -> float:
        d.text(36, yy, hdr, FB, Z)
        return yy + 11

    for sec, cls in sections:
        pg.need(60)
        doc.text(36, pg.y, f"CLAIM TYPE: PRACTITIONER / THERAPY        STATUS: {sec}", FB, Z)
        pg.y = colhead(doc, pg.y + 12)
        for cl in cls:
            pg.need(40, colhead)
            doc.text(36, pg.y, f"RECIP NAME: {cl['rec']:<22} RECIP ID: {cl['rid']}   ICN: {cl['icn']}   "
                               f"PAT ACCT: {cl['acct']}", FB, Z)
            pg.y += 10
            for i, s in enumerate(cl["svcs"], 1):
                pg.need(10, colhead)
                doc.text(36, pg.y, fmt(i, s), F, Z)
                lines_t.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["icn"], patient=cl["rec"],
                                          remarks=s.remarks, description=False, printed=("billed", "allowed", "paid")))
                pg.y += 10
            svcs = cl["svcs"]
            doc.text(36, pg.y, f"    CLAIM TOTAL{'':27}{m(total(svcs, 'billed'), ''):>11} {m(total(svcs, 'allowed'), ''):>11}"
                               f" {'0.00':>10} {'0.00':>7} {m(total(svcs, 'paid'), ''):>11}", FB, Z)
            claims_t.append({"claim_id": cl["acct"], "payer_claim_id": cl["icn"], "patient": cl["rec"],
                             "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
            pg.y += 16
    all_s = [s for cl in paid_cl + den_cl + [void, repl] for s in cl["svcs"]]
    pg.need(110)
    doc.text(36, pg.y, "RA SUMMARY", FB, Z)
    for i, t in enumerate([f"CLAIMS PAID ......... {len(paid_cl):>4}     AMOUNT {m(sum((total(c['svcs'], 'paid') for c in paid_cl), ZERO), ''):>12}",
                           f"CLAIMS DENIED ....... {len(den_cl):>4}     AMOUNT {'0.00':>12}",
                           f"CLAIMS ADJUSTED ..... {2:>4}     NET    {m(total(void['svcs'] + repl['svcs'], 'paid'), ''):>12}",
                           f"NET PAYMENT THIS RA                {m(total(all_s, 'paid'), ''):>12}   EFT TRACE 7710334218"]):
        doc.text(36, pg.y + 11 * (i + 1), t, F, Z)
    legend = [("0001", "Paid as billed."), ("0045", "Paid at the program's maximum fee for this procedure."),
              ("0097", "Recipient not eligible on the date of service."),
              ("0712", "Prior authorization number missing or does not cover these units."),
              ("0560", "Claim voided at the provider's request."), ("0561", "Replacement of a voided claim.")]
    y = pg.y + 64
    pg.y = y
    pg.need(80)
    doc.text(36, pg.y, "EOB CODE DESCRIPTIONS", FB, Z)
    for i, (k, v) in enumerate(legend):
        doc.text(36, pg.y + 10 * (i + 1), f"{k}  {v}", F, Z)
    pages = doc.save()
    write_truth(out / name, "h44_d1", "reportlab", pages, "State Medicaid FFS RA, status sections, void and replacement",
                lines_t, claims_t, legend)
    return name, pages, "state Medicaid remittance advice"


# ================================================================================================== d2
def d2(out: Path) -> tuple[str, int, str]:
    """State Medicaid remittance advice with ruled line grids, fpdf2 portrait DejaVu Sans."""
    name = "h44_d2_medicaid_ra_ruled_grid.pdf"
    doc = Doc("fpdf2", out / name, fonts=("DjSans", "DjSans-B"))
    F, FB = "DjSans", "DjSans-B"
    cls = [
        dict(mem="Quintero, Alma", mid="KY00917733", tcn="626041700380000", acct="FOR-11873", status="Paid", svcs=[
            S(D(2026, 3, 2), "97161", 1, ("GP",)), S(D(2026, 3, 2), "97110", 2, ("GP",)),
            S(D(2026, 3, 4), "97110", 2, ("GP",)), S(D(2026, 3, 4), "97140", 2, ("GP", "59")),
            S(D(2026, 3, 9), "97116", 2, ("GP",)), S(D(2026, 3, 11), "97110", 3, ("GP",)),
            S(D(2026, 3, 11), "97530", 1, ("GP",)), S(D(2026, 3, 16), "97110", 2, ("CQ",)),
            S(D(2026, 3, 16), "97140", 1, ("CQ",)), S(D(2026, 3, 18), "97110", 2, ("CQ",))]),
        dict(mem="Quintero, Benicio", mid="KY00917741", tcn="626041700380100", acct="FOR-11874", status="Paid", svcs=[
            S(D(2026, 3, 3), "97165", 1, ("GO",)), S(D(2026, 3, 10), "97530", 3, ("GO",)),
            S(D(2026, 3, 10), "97533", 1, ("GO",), denied="CO")]),
        dict(mem="Whitcombe, Della", mid="KY00855120", tcn="626041700380200", acct="FOR-11880", status="Denied", svcs=[
            S(D(2026, 3, 5), "92507", 1, ("GN",), denied="CO"), S(D(2026, 3, 12), "92507", 1, ("GN",), denied="CO")]),
    ]
    for cl in cls:
        for s in cl["svcs"]:
            medicaid(s, deny_reason="204" if cl["status"] == "Paid" else "27")
            s.remarks = (["N20"] if cl["status"] == "Paid" else ["MA61"]) if s.denied else []
    prior = dict(mem="Whitcombe, Della", mid="KY00855120", tcn="626033100145500", acct="FOR-11710", status="Paid",
                 svcs=[S(D(2026, 2, 19), "92507", 1, ("GN",)), S(D(2026, 2, 26), "92507", 1, ("GN",))])
    for s in prior["svcs"]:
        medicaid(s)
    rev = dict(prior, tcn="626041700380300", status="Reversal of 626033100145500", svcs=[negate(s) for s in prior["svcs"]])
    for s in rev["svcs"]:
        s.remarks = ["N383"]
    cls.append(rev)
    X = [36, 58, 118, 160, 196, 226, 282, 334, 386, 444, 500, 576]
    heads = ["Ln", "Date of Svc", "Proc", "Mod", "Units", "Billed", "Allowed", "Paid", "Adj Grp-Rsn", "Adj Amt", "RARC"]

    def top(d: Doc) -> float:
        d.text(36, 40, "Commonwealth of Kestrel Medicaid", FB, 12)
        d.text(36, 53, "Provider Remittance Advice  ·  Fiscal Agent: Bluewater Health Systems", F, 8)
        d.text(576, 40, f"Page {d.page}", F, 8, "r")
        d.text(576, 53, "Remit date 04/17/2026   Remit # 00078120", F, 8, "r")
        d.hline(36, 576, 60, 1.2)
        d.text(36, 72, "Payee: Fallow Oak Rehabilitation Services   Medicaid Provider ID 7700412   NPI 1334902871", F, 7.5)
        return 92

    def grid_head(d: Doc, yy: float) -> float:
        d.rect(X[0], yy - 9, X[-1] - X[0], 12, fill=0.85)
        for i, h in enumerate(heads):
            d.text(X[i] + (12 if i == 8 else 2) if i < 5 or i >= 8 else X[i + 1] - 2, yy, h, FB, 6.6, "l" if i < 5 or i >= 8 else "r")
        return yy + 12

    lines_t, claims_t = [], []
    pg = Pager(doc, 92, 740, top)
    pg.y = top(doc)
    for cl in cls:
        def chead(d: Doc, yy: float, cont: bool = False, cl=cl) -> float:
            d.text(36, yy, f"TCN {cl['tcn']}" + ("  (continued)" if cont else ""), FB, 8)
            d.text(200, yy, f"Member: {cl['mem']}   Member ID {cl['mid']}", F, 8)
            d.text(36, yy + 11, f"Patient acct # {cl['acct']}   Claim status: {cl['status']}   Billing provider NPI 1334902871",
                   F, 7.5)
            return grid_head(d, yy + 26)

        pg.need(70)
        pg.y = chead(doc, pg.y)
        for i, s in enumerate(cl["svcs"], 1):
            adjs = [a for a in s.adjs if a[2]]
            pg.need(12 * max(1, len(adjs)), lambda d, yy: chead(d, yy, True))
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                    m(s.allowed), m(s.paid)]
            a0 = adjs[0] if adjs else None
            vals += [f"{a0[0]}-{a0[1]}" if a0 else "", m(a0[2]) if a0 else "", " ".join(s.remarks)]
            for j, v in enumerate(vals):
                doc.text(X[j] + (12 if j == 8 else 2) if j < 5 or j >= 8 else X[j + 1] - 2, pg.y, v, F, 6.8, "l" if j < 5 or j >= 8 else "r")
            doc.rect(X[0], pg.y - 9, X[-1] - X[0], 12, lw=0.3)
            for xx in X[1:-1]:
                doc.hline(xx, xx, pg.y - 9, 0.3)
            lines_t.append(truth_line(doc.page, s, claim_id=cl["acct"], payer_claim_id=cl["tcn"], patient=cl["mem"],
                                      remarks=s.remarks, description=False, adjustments=adjs,
                                      printed=("billed", "allowed", "paid")))
            pg.y += 12
        svcs = cl["svcs"]
        doc.text(X[5] - 4, pg.y + 2, "Claim totals", FB, 7, "r")
        for j, k in ((5, "billed"), (6, "allowed"), (7, "paid")):
            doc.text(X[j + 1] - 2, pg.y + 2, m(total(svcs, k)), FB, 7, "r")
        claims_t.append({"claim_id": cl["acct"], "payer_claim_id": cl["tcn"], "patient": cl["mem"],
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        pg.y += 26
    all_s = [s for cl in cls for s in cl["svcs"]]
    pg.need(120)
    doc.rect(36, pg.y - 10, 540, 52, fill=0.95)
    doc.text(44, pg.y + 2, "Payment summary", FB, 9)
    doc.text(44, pg.y + 15, f"Claims paid 2 · Claims denied 1 · Claims reversed 1 · Net payment {money(total(all_s, 'paid'))}",
             F, 8)
    doc.text(44, pg.y + 28, "EFT trace number 1KY0417260078120", F, 8)
    legend = [("N20", "Service not paid separately from another service on the same day."),
              ("MA61", "Member's Medicaid ID and name do not match our records."),
              ("N383", "Earlier claim taken back; see the replacement on a later remittance.")]
    y = pg.y + 60
    for i, (k, v) in enumerate(legend):
        doc.text(36, y + 11 * i, f"{k}  {v}", F, 7.5)
    pages = doc.save()
    write_truth(out / name, "h44_d2", "fpdf2", pages, "State Medicaid RA, ruled grid, reversal, denied claim",
                lines_t, claims_t, legend)
    return name, pages, "state Medicaid remittance advice"


# ================================================================================================== p1
def p1(out: Path) -> tuple[str, int, str]:
    """Medicare Part B standard paper remit reprinted by practice-management software, fpdf2 landscape DejaVu Mono."""
    name = "h44_p1_medicare_spr_reprint.pdf"
    doc = Doc("fpdf2", out / name, landscape=True, fonts=("DjMono", "DjMono-B"))
    F, FB, Z = "DjMono", "DjMono-B", 6.9
    st = PlanState(ded_left=Decimal("64.00"))
    cls = [
        dict(nm="GRAYSON, HOLLIS", hic="7QP2WN6XK18", acnt="CWP0010288", icn="0226050318620", svcs=[
            S(D(2026, 2, 3), "97110", 3, ("GP",)), S(D(2026, 2, 3), "97140", 1, ("GP",)),
            S(D(2026, 2, 5), "97110", 3, ("GP",)), S(D(2026, 2, 10), "97110", 2, ("GP", "KX")),
            S(D(2026, 2, 10), "97116", 1, ("GP", "KX"))]),
        dict(nm="LOCKHART, BEA", hic="3XE9TC4MM57", acnt="CWP0010301", icn="0226050318633", svcs=[
            S(D(2026, 2, 4), "97165", 1, ("GO",)), S(D(2026, 2, 11), "97535", 2, ("GO",)),
            S(D(2026, 2, 11), "97530", 2, ("GO",)), S(D(2026, 2, 18), "97535", 2, ("GO",)),
            S(D(2026, 2, 18), "97530", 1, ("GO", "CO")), S(D(2026, 2, 25), "97530", 2, ("GO", "CO")),
            S(D(2026, 2, 25), "0552T", 1, ("GO",), denied="CO")]),
        dict(nm="ESTRADA-VOSS, N", hic="9KR4FH2TT30", acnt="CWP0010317", icn="0226050318654", svcs=[
            S(D(2026, 2, 12), "92523", 1, ("GN",)), S(D(2026, 2, 19), "92507", 1, ("GN",)),
            S(D(2026, 2, 26), "92507", 1, ("GN",))]),
        dict(nm="OKONKWO, FELIX", hic="2BN7VD5HW91", acnt="CWP0010322", icn="0226050318660", svcs=[
            S(D(2026, 2, 9), "97163", 1, ("GP",)), S(D(2026, 2, 9), "G0283", 1, ("GP",)),
            S(D(2026, 2, 16), "97112", 2, ("GP",)), S(D(2026, 2, 16), "97530", 2, ("GP",))]),
    ]
    for cl in cls:
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N130"] if s.denied else []
    hdr = "PERF PROV   SERV DATE   POS NOS PROC  MODS         BILLED    ALLOWED    DEDUCT     COINS     GRP/RC-AMT    PROV PD"

    def row(s: Svc) -> list[str]:
        mods = " ".join(s.mods)
        adj = [f"{g}-{r}" for g, r, a in s.adjs if a]
        amts = [m(a, "") for g, r, a in s.adjs if a]
        first = (f"1588203947  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11 {units_str(s.units):>3} {s.code} {mods:<11} "
                 f"{m(s.billed, ''):>9} {m(s.allowed, ''):>10} {m(s.deductible, ''):>9} {m(s.coinsurance, ''):>9} "
                 f"{adj[0]:>7} {amts[0]:>7} {m(s.paid, ''):>9}")
        rest = [f"{'':86}{a:>7} {b:>7}" for a, b in zip(adj[1:], amts[1:])]
        if s.remarks:
            rest.append(f"{'':14}REM: {' '.join(s.remarks)}")
        return [first] + rest

    def top(d: Doc) -> float:
        d.text(30, 30, "CHESTNUT WHARF PHYSIOTHERAPY  -  ERA REPRINT (SPR FORMAT)          printed by ClinicLedger PM v11.4", FB, Z)
        d.text(30, 42, "MEDICARE PART B  -  NORTHERN PLAINS MEDICARE SERVICES (MAC)     MEDICARE REMITTANCE NOTICE", FB, Z)
        d.text(30, 54, f"PROVIDER #: 1588203947   PAGE #: {d.page}   DATE: 03/06/2026   CHECK/EFT #: 0031188452", F, Z)
        d.hline(30, 762, 58, 0.4)
        d.text(30, 68, hdr, FB, Z)
        return 82

    lines_t, claims_t = [], []
    pg = Pager(doc, 82, 575, top)
    pg.y = top(doc)
    for cl in cls:
        pg.need(30)
        doc.text(30, pg.y, f"NAME {cl['nm']:<18} HIC {cl['hic']}  ACNT {cl['acnt']}   ICN {cl['icn']}  ASG Y  MOA MA01",
                 FB, Z)
        pg.y += 10
        for s in cl["svcs"]:
            rows = row(s)
            pg.need(9.5 * len(rows), lambda d, yy, cl=cl: (d.text(30, yy, f"NAME {cl['nm']:<18} ICN {cl['icn']}  (CONT)", FB, Z),
                                                           yy + 10)[1])
            for k, r in enumerate(rows):
                doc.text(30, pg.y + 9.5 * k, r, F, Z)
            lines_t.append(truth_line(doc.page, s, claim_id=cl["acnt"], payer_claim_id=cl["icn"], patient=cl["nm"],
                                      remarks=s.remarks, description=False, adjustments=[a for a in s.adjs if a[2]],
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
            pg.y += 9.5 * len(rows)
        svcs = cl["svcs"]
        pg.need(24)
        doc.text(30, pg.y, f"PT RESP {m(total(svcs, 'owes'), ''):>9}{'':18}CLAIM TOTALS {m(total(svcs, 'billed'), ''):>9} "
                           f"{m(total(svcs, 'allowed'), ''):>10} {m(total(svcs, 'deductible'), ''):>9} "
                           f"{m(total(svcs, 'coinsurance'), ''):>9} {'':15} {m(total(svcs, 'paid'), ''):>9}", FB, Z)
        doc.text(30, pg.y + 9.5, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00    NET "
                                 f"{m(total(svcs, 'paid'), ''):>9}", F, Z)
        claims_t.append({"claim_id": cl["acnt"], "payer_claim_id": cl["icn"], "patient": cl["nm"],
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        pg.y += 26
    all_s = [s for cl in cls for s in cl["svcs"]]
    pg.need(60)
    doc.text(30, pg.y, f"TOTALS: # OF CLAIMS {len(cls)}   BILLED AMT {m(total(all_s, 'billed'), '')}   ALLOWED AMT "
                       f"{m(total(all_s, 'allowed'), '')}   DEDUCT AMT {m(total(all_s, 'deductible'), '')}   COINS AMT "
                       f"{m(total(all_s, 'coinsurance'), '')}   PROV PD AMT {m(total(all_s, 'paid'), '')}", FB, Z)
    doc.text(30, pg.y + 12, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES - SEE PAYER WEB SITE OR 835 CODE LISTS", F, Z)
    pages = doc.save()
    write_truth(out / name, "h44_p1", "fpdf2", pages, "Medicare SPR reprint by PM software, stacked adjustments, claim across pages",
                lines_t, claims_t, [])
    return name, pages, "Medicare-style paper remit (practice-management reprint)"


# ================================================================================================== p2
def p2(out: Path) -> tuple[str, int, str]:
    """Clearinghouse printable remittance of a Medicare Part B payment, reportlab portrait core Helvetica."""
    name = "h44_p2_clearinghouse_medicare_remit.pdf"
    doc = Doc("reportlab", out / name)
    F, FB = "Helv", "Helv-B"
    st = PlanState(ded_left=ZERO)
    cls = [
        dict(pt="Marguerite Olsson", hic="5HT8QR2JA64", pcn="MBW26-4471", icn="1126060218004", svcs=[
            S(D(2026, 2, 2), "97166", 1, ("GO",)), S(D(2026, 2, 2), "97530", 2, ("GO",)),
            S(D(2026, 2, 6), "97530", 3, ("GO",)), S(D(2026, 2, 6), "97535", 1, ("GO",)),
            S(D(2026, 2, 9), "97530", 2, ("GO",)), S(D(2026, 2, 9), "97112", 1, ("GO",)),
            S(D(2026, 2, 13), "97530", 2, ("GO", "CO")), S(D(2026, 2, 13), "97535", 1, ("GO", "CO")),
            S(D(2026, 2, 16), "97530", 2, ("GO", "CO")), S(D(2026, 2, 20), "97168", 1, ("GO",))]),
        dict(pt="Desmond Achterberg", hic="8UF1LC7NE25", pcn="MBW26-4490", icn="1126060218011", svcs=[
            S(D(2026, 2, 3), "97161", 1, ("GP",)), S(D(2026, 2, 3), "97110", 2, ("GP",)),
            S(D(2026, 2, 10), "97110", 2, ("GP",)), S(D(2026, 2, 10), "97750", 1, ("GP",), denied="CO")]),
        dict(pt="Priya Ramaswamy", hic="4WD6KM9PB13", pcn="MBW26-4502", icn="1126060218029", svcs=[
            S(D(2026, 2, 17), "92523", 1, ("GN",)), S(D(2026, 2, 24), "92507", 1, ("GN",))]),
    ]
    for cl in cls:
        for s in cl["svcs"]:
            medicare(s, st, deny_reason="151")
            s.remarks = ["M86"] if s.denied else (["N640"] if "CO" in s.mods else [])
    cols = [("ctl", "Line Ctl #", 36, "l"), ("dos", "Svc Date", 84, "l"), ("proc", "Proc / Mods", 126, "l"),
            ("units", "Units", 206, "r"), ("billed", "Charged", 250, "r"), ("allowed", "Allowed", 292, "r"),
            ("ded", "Deduct", 326, "r"), ("coins", "Coins", 362, "r"), ("adj", "Adjustments (Grp Rsn Amt)", 370, "l"),
            ("rem", "Remarks", 496, "l"), ("paid", "Paid", 576, "r")]

    def top(d: Doc) -> float:
        d.text(36, 36, "ClearPath Claims Exchange", FB, 13)
        d.text(36, 48, "Remittance Advice - Claim Detail (printable view of ERA 835)", F, 8.5)
        d.text(576, 36, f"Page {d.page}", F, 8, "r")
        d.text(576, 48, "Printed 03/04/2026 10:12", F, 8, "r")
        d.hline(36, 576, 54, 0.8)
        return 70

    y = top(doc)
    doc.rect(36, y - 10, 260, 58)
    doc.rect(316, y - 10, 260, 58)
    for i, (k, v) in enumerate([("Payer", "Medicare Part B - Lakes Region MAC"), ("Payer ID", "04911"),
                                ("Payee", "Meadowbrook Wellness Rehab"), ("Payee NPI", "1720994316")]):
        doc.text(42, y + 2 + 12 * i, k, FB, 7.5)
        doc.text(100, y + 2 + 12 * i, v, F, 7.5)
    all_s = [s for cl in cls for s in cl["svcs"]]
    for i, (k, v) in enumerate([("EFT trace", "1842290077"), ("Payment date", "03/02/2026"),
                                ("Payment amount", money(total(all_s, "paid"))), ("Claims in remit", str(len(cls)))]):
        doc.text(322, y + 2 + 12 * i, k, FB, 7.5)
        doc.text(410, y + 2 + 12 * i, v, F, 7.5)
    lines_t, claims_t = [], []
    pg = Pager(doc, 70, 745, top)
    pg.y = y + 70
    ctl = 300
    for cl in cls:
        svcs = cl["svcs"]

        def head(d: Doc, yy: float, cont: bool = False, cl=cl) -> float:
            d.rect(36, yy - 10, 540, 26, fill=0.9, stroke=False)
            d.text(40, yy, f"Patient: {cl['pt']}", FB, 8)
            d.text(210, yy, f"Patient Control #: {cl['pcn']}", F, 8)
            d.text(390, yy, f"Payer Claim #: {cl['icn']}", F, 8)
            d.text(40, yy + 11, f"Medicare ID: {cl['hic']}   Status: 1 - Processed as primary   Assigned: Yes"
                   + ("   (claim continued)" if cont else ""), F, 7.5)
            yy += 28
            cols_header(d, yy, cols, FB, 6.8)
            d.hline(36, 576, yy + 3, 0.4)
            return yy + 12

        pg.need(80)
        pg.y = head(doc, pg.y)
        for s in svcs:
            pg.need(12, lambda d, yy: head(d, yy, True))
            ctl += 1
            adjs = [a for a in s.adjs if a[2]]
            vals = {"ctl": f"{cl['pcn'][-4:]}-{ctl}", "dos": dfmt(s.dos, "mdy4"), "proc": " ".join((s.code,) + s.mods),
                    "units": units_str(s.units), "billed": m(s.billed), "allowed": m(s.allowed),
                    "ded": m(s.deductible), "coins": m(s.coinsurance),
                    "adj": "  ".join(f"{g} {r} {m(a)}" for g, r, a in adjs), "rem": " ".join(s.remarks),
                    "paid": m(s.paid)}
            cols_row(doc, pg.y, cols[:8], vals, F, 7)
            doc.text(370, pg.y, vals["adj"], F, 6.2)
            doc.text(496, pg.y, vals["rem"], F, 7)
            doc.text(576, pg.y, vals["paid"], F, 7, "r")
            lines_t.append(truth_line(doc.page, s, claim_id=cl["pcn"], payer_claim_id=cl["icn"], patient=cl["pt"],
                                      remarks=s.remarks, description=False, adjustments=adjs,
                                      printed=("billed", "allowed", "deductible", "coinsurance", "paid")))
            pg.y += 12
        pg.need(16)
        doc.hline(206, 576, pg.y - 8, 0.3)
        cols_row(doc, pg.y, cols, {"proc": "Claim totals", "billed": m(total(svcs, "billed")),
                                   "allowed": m(total(svcs, "allowed")), "ded": m(total(svcs, "deductible")),
                                   "coins": m(total(svcs, "coinsurance")), "paid": m(total(svcs, "paid"))}, FB, 7)
        doc.text(370, pg.y, f"Patient responsibility {m(total(svcs, 'owes'))}", F, 7)
        claims_t.append({"claim_id": cl["pcn"], "payer_claim_id": cl["icn"], "patient": cl["pt"],
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        pg.y += 28
    pg.need(50)
    doc.text(36, pg.y, "Codes on this remit: see the 835 code lists published by the code maintainers.", F, 7.5)
    pages = doc.save()
    write_truth(out / name, "h44_p2", "reportlab", pages, "Clearinghouse printable Medicare remit, inline adjustments",
                lines_t, claims_t, [])
    return name, pages, "Medicare-style remit (clearinghouse print)"


# ================================================================================================== s1
def s1(out: Path) -> tuple[str, int, str]:
    """Pediatric therapy clinic family statement, reportlab portrait DejaVu Serif."""
    name = "h44_s1_therapy_clinic_family_statement.pdf"
    doc = Doc("reportlab", out / name, fonts=("DjSerif", "DjSerif-B"))
    F, FB = "DjSerif", "DjSerif-B"
    com = PlanState(ded_left=Decimal("180.00"), allowed_rate=Decimal("0.80"), coins_rate=Decimal("0.10"))
    visits = [
        dict(pt="Oona Brightwell", visit="V-60218", ins="Crestline BlueCare PPO", clm="CBC4471092218",
             plan="com", svcs=[S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97530", 2, ("GO",))]),
        dict(pt="Oona Brightwell", visit="V-60271", ins="Crestline BlueCare PPO", clm="CBC4471093301",
             plan="com", svcs=[S(D(2026, 1, 13), "97530", 3, ("GO",)), S(D(2026, 1, 13), "97533", 1, ("GO",))]),
        dict(pt="Caspian Brightwell", visit="V-60233", ins="Crestline BlueCare PPO", clm="CBC4471092240",
             plan="com", svcs=[S(D(2026, 1, 7), "92523", 1, ("GN",)), S(D(2026, 1, 14), "92507", 1, ("GN",))]),
        dict(pt="Caspian Brightwell", visit="V-60302", ins="Crestline BlueCare PPO", clm=None,
             plan="pending", svcs=[S(D(2026, 1, 21), "92507", 1, ("GN",))]),
        dict(pt="Ferris Brightwell", visit="V-60255", ins="Crestline BlueCare PPO", clm="CBC4471092977",
             plan="com", svcs=[S(D(2026, 1, 9), "97161", 1, ("GP",)), S(D(2026, 1, 9), "97110", 2, ("GP",)),
                               S(D(2026, 1, 16), "97110", 2, ("GP",)), S(D(2026, 1, 16), "97112", 1, ("GP",)),
                               S(D(2026, 1, 23), "97150", 1, ("GP",), denied="PR")]),
        dict(pt="Ferris Brightwell", visit="V-60330", ins="Crestline BlueCare PPO", clm="CBC4471094410",
             plan="com", svcs=[S(D(2026, 1, 30), "97110", 2, ("GP",)), S(D(2026, 1, 30), "97530", 2, ("GP",)),
                               S(D(2026, 1, 30), "97140", 1, ("GP",))]),
    ]
    for v in visits:
        for s in v["svcs"]:
            if v["plan"] == "com":
                commercial(s, com)
            else:
                s.owes = ZERO
    cols = [("date", "Date", 40, "l"), ("desc", "Description", 92, "l"), ("cpt", "CPT / Mod", 282, "l"),
            ("qty", "Qty", 346, "r"), ("chg", "Charges", 400, "r"), ("ins", "Insurance|Paid", 452, "r"),
            ("adj", "Insurance|Adjustment", 510, "r"), ("bal", "Your|Balance", 572, "r")]

    def top(d: Doc) -> float:
        d.text(40, 40, "Little Harbor Pediatric Therapy", FB, 13)
        d.text(40, 53, "310 Ferry Landing Rd, Suite B · Port Wilder, ME 04199 · Billing office (207) 555-0188", F, 7.5)
        d.text(572, 40, "FAMILY STATEMENT", FB, 11, "r")
        d.text(572, 53, f"Account 44-2190 · Page {d.page}", F, 7.5, "r")
        d.hline(40, 572, 59, 0.8)
        d.text(306, 772, "Questions about your bill? Call us before the due date - payment plans are available.", F, 7, "c")
        return 76

    y = top(doc)
    # detachable stub
    doc.rect(40, y - 8, 532, 70, fill=0.95)
    doc.text(48, y + 5, "Please detach and return this portion with your payment", FB, 8)
    for i, t in enumerate(["Guarantor: Simone Brightwell", "61 Tern Hollow Road", "Port Wilder, ME 04199"]):
        doc.text(48, y + 20 + 11 * i, t, F, 8)
    vis_s = [s for v in visits for s in v["svcs"]]
    kv = [("Statement date", "02/10/2026"), ("Account number", "44-2190"), ("Amount due", money(total(vis_s, "owes"))),
          ("Due by", "03/05/2026")]
    for i, (k, v2) in enumerate(kv):
        doc.text(380, y + 5 + 12 * i, k, F, 8)
        doc.text(564, y + 5 + 12 * i, v2, FB, 8, "r")
    doc.hline(40, 572, y + 72, 0.6, dash=True)
    y += 92
    doc.text(40, y, "Account activity since your last statement", FB, 10)
    y += 20
    lines_t, claims_t = [], []

    def colh(d: Doc, yy: float) -> float:
        cols_header(d, yy, cols, FB, 7)
        d.hline(40, 572, yy + 3, 0.5)
        return yy + 14

    pg = Pager(doc, 76, 740, lambda d: colh(d, top(d) + 8))
    pg.y = colh(doc, y)
    for v in visits:
        svcs = v["svcs"]
        pg.need(14 + 12 * len(svcs) + 12)
        doc.text(40, pg.y, f"{v['pt']}  ·  Visit {v['visit']}", FB, 8)
        txt = (f"Billed to {v['ins']} · claim no. {v['clm']}" if v["clm"] else f"Billed to {v['ins']} · awaiting insurance")
        doc.text(250, pg.y, txt, F, 7.5)
        pg.y += 12
        for s in svcs:
            pend = v["plan"] == "pending"
            vals = {"date": dfmt(s.dos, "mdy2"), "desc": s.desc[:42], "cpt": "-".join((s.code,) + s.mods),
                    "qty": units_str(s.units), "chg": m(s.billed), "ins": "" if pend else m(s.paid),
                    "adj": "" if pend else m(s.discount), "bal": m(s.owes)}
            s.desc = vals["desc"]
            cols_row(doc, pg.y, cols, vals, F, 7.3)
            lines_t.append(truth_line(doc.page, s, claim_id=v["visit"], payer_claim_id=v["clm"], patient=v["pt"],
                                      printed=("billed", "patient_owes") if pend else
                                      ("billed", "paid", "discount", "patient_owes")))
            pg.y += 12
        claims_t.append({"claim_id": v["visit"], "payer_claim_id": v["clm"], "patient": v["pt"],
                         "totals": claim_totals()})
        pg.y += 6
    pg.need(40)
    doc.text(92, pg.y, "01/20/26  Payment - thank you (card ending 4410)", F, 7.3)
    doc.text(572, pg.y, "-40.00", F, 7.3, "r")
    pg.y += 20
    doc.hline(300, 572, pg.y - 10, 0.5)
    doc.text(400, pg.y, "Previous balance 40.00", F, 8, "r")
    doc.text(572, pg.y, f"Amount due {money(total(vis_s, 'owes'))}", FB, 8.5, "r")
    pg.y += 30
    pg.need(40)
    doc.text(40, pg.y, "Aging:  Current " + m(total(vis_s, "owes")) + "   31-60 days 0.00   61-90 days 0.00   Over 90 days 0.00",
             F, 8)
    pages = doc.save()
    write_truth(out / name, "h44_s1", "reportlab", pages, "Pediatric therapy family statement, three children, visit rows",
                lines_t, claims_t, [])
    return name, pages, "family statement (therapy clinic)"


# ================================================================================================== s2
def s2(out: Path) -> tuple[str, int, str]:
    """Hospital outpatient-rehab guarantor statement with itemized detail, fpdf2 portrait Liberation Sans Narrow."""
    name = "h44_s2_hospital_guarantor_statement.pdf"
    doc = Doc("fpdf2", out / name, fonts=("LibNarrow", "LibNarrow-B"))
    F, FB = "LibNarrow", "LibNarrow-B"
    accts = [
        dict(pt="Soren Lindqvist", acct="HB20260122081", ins="Granite State Health Plan", clm="GSH26A0021170",
             kind="Outpatient Rehabilitation - Occupational & Speech Therapy", svcs=[
                 (430, S(D(2026, 1, 22), "97165", 1, ("GO",))), (430, S(D(2026, 1, 22), "97530", 2, ("GO",))),
                 (440, S(D(2026, 1, 27), "92523", 1, ("GN",))), (430, S(D(2026, 1, 29), "97530", 3, ("GO",))),
                 (440, S(D(2026, 2, 3), "92507", 1, ("GN",))), (430, S(D(2026, 2, 5), "97535", 2, ("GO",))),
                 (510, S(D(2026, 2, 5), "99213", 1))],
             ins_paid=Decimal("731.90"), contract=Decimal("402.10")),
        dict(pt="Theodora Lindqvist", acct="HB20260114772", ins="Granite State Health Plan", clm="GSH26A0019245",
             kind="Outpatient Rehabilitation - Physical Therapy", svcs=[
                 (420, S(D(2026, 1, 14), "97163", 1, ("GP",))), (420, S(D(2026, 1, 14), "97110", 2, ("GP",))),
                 (420, S(D(2026, 1, 14), "97140", 1, ("GP",))), (420, S(D(2026, 1, 16), "97110", 3, ("GP",))),
                 (420, S(D(2026, 1, 16), "97112", 1, ("GP",))), (420, S(D(2026, 1, 21), "97110", 2, ("GP",))),
                 (420, S(D(2026, 1, 21), "97116", 2, ("GP",))), (420, S(D(2026, 1, 23), "97113", 2, ("GP",))),
                 (420, S(D(2026, 1, 23), "97110", 2, ("GP",))), (420, S(D(2026, 1, 28), "97750", 1, ("GP",))),
                 (420, S(D(2026, 1, 28), "97110", 2, ("GP",))), (420, S(D(2026, 1, 30), "97140", 2, ("GP",))),
                 (420, S(D(2026, 1, 30), "97530", 2, ("GP",))), (420, S(D(2026, 2, 4), "97110", 3, ("GP",))),
                 (420, S(D(2026, 2, 4), "G0283", 1, ("GP",))), (420, S(D(2026, 2, 6), "97110", 2, ("GP",)))],
             ins_paid=Decimal("612.44"), contract=Decimal("905.16")),
    ]

    def top(d: Doc) -> float:
        d.text(40, 40, "ST. ADELAIDE REGIONAL MEDICAL CENTER", FB, 13)
        d.text(40, 52, "Patient Financial Services · 2500 Harbor Crest Blvd · Lowell Point, NH 03099 · 1-866-555-0121", F, 8)
        d.text(572, 40, "Guarantor Statement", FB, 11, "r")
        d.text(572, 52, f"Guarantor no. G-7730184 · Page {d.page}", F, 8, "r")
        d.hline(40, 572, 58, 1.2)
        return 76

    y = top(doc)
    doc.text(40, y, "Annika Lindqvist", FB, 9.5)
    doc.text(40, y + 12, "77 Juniper Bluff Road", F, 9)
    doc.text(40, y + 24, "Lowell Point, NH 03101", F, 9)
    grand = sum((sum((s.billed for _, s in a["svcs"]), ZERO) - a["ins_paid"] - a["contract"] for a in accts), ZERO)
    doc.rect(360, y - 10, 212, 48)
    doc.text(368, y + 2, "Statement date  02/27/2026", F, 8.5)
    doc.text(368, y + 14, "Please pay by  03/24/2026", F, 8.5)
    doc.text(368, y + 28, f"TOTAL AMOUNT DUE  {money(grand)}", FB, 10)
    y += 56
    doc.text(40, y, "Each hospital account below shows the services we billed, what your insurance did, and what is left.",
             F, 8)
    y += 18
    cols = [("date", "Service Date", 44, "l"), ("rev", "Rev Code", 100, "l"), ("cpt", "CPT/HCPCS", 138, "l"),
            ("mod", "Mod", 184, "l"), ("desc", "Description", 210, "l"), ("qty", "Units", 470, "r"),
            ("chg", "Charges", 568, "r")]
    lines_t, claims_t = [], []
    def later(d: Doc) -> float:
        pg.bottom = 740
        return top(d)

    pg = Pager(doc, 76, 528, later)
    pg.y = y
    # tear-off payment coupon at the foot of page 1
    doc.hline(40, 572, 548, 0.6, dash=True)
    doc.text(306, 545, "Detach and return the lower portion with your payment", F, 7, "c")
    doc.rect(40, 560, 532, 196)
    doc.text(48, 576, "ST. ADELAIDE REGIONAL MEDICAL CENTER", FB, 10)
    cp = [("Guarantor", "Annika Lindqvist"), ("Guarantor no.", "G-7730184"), ("Statement date", "02/27/2026"),
          ("Amount due", money(grand)), ("Amount enclosed", "$ ______________")]
    for i, (k, v) in enumerate(cp):
        doc.text(330, 578 + 14 * i, k, F, 8.5)
        doc.text(564, 578 + 14 * i, v, FB, 8.5, "r")
    doc.text(48, 594, "Pay by card: check the box and fill in the back of this coupon", F, 8)
    doc.text(48, 690, "MAIL TO:  St. Adelaide Regional Medical Center", F, 8.5)
    doc.text(48, 702, "          Patient Financial Services, PO Box 55018", F, 8.5)
    doc.text(48, 714, "          Lowell Point, NH 03099-5018", F, 8.5)
    doc.text(48, 744, "0007730184 00000" + m(grand, "").replace(".", "") + " 7", "LibNarrow", 9)
    for a in accts:
        def head(d: Doc, yy: float, cont: bool = False, a=a) -> float:
            d.rect(40, yy - 10, 532, 26, fill=0.88, stroke=False)
            d.text(44, yy, f"Hospital Account {a['acct']}" + ("  (continued)" if cont else ""), FB, 9)
            d.text(240, yy, f"Patient: {a['pt']}", FB, 9)
            d.text(44, yy + 11, f"{a['kind']}  ·  Primary insurance: {a['ins']}  ·  Insurance claim # {a['clm']}", F, 8)
            yy += 28
            cols_header(d, yy, cols, FB, 7.5)
            d.hline(40, 572, yy + 3, 0.4)
            return yy + 13

        pg.need(90)
        pg.y = head(doc, pg.y)
        for rev, s in a["svcs"]:
            pg.need(12, lambda d, yy: head(d, yy, True))
            vals = {"date": dfmt(s.dos, "mdy2"), "rev": f"0{rev}", "cpt": s.code, "mod": " ".join(s.mods),
                    "desc": s.desc.upper(), "qty": units_str(s.units), "chg": m(s.billed)}
            cols_row(doc, pg.y, cols, vals, F, 8)
            s.desc = vals["desc"]
            lines_t.append(truth_line(doc.page, s, claim_id=a["acct"], payer_claim_id=a["clm"], patient=a["pt"],
                                      printed=("billed",)))
            pg.y += 11.5
        svcs = [s for _, s in a["svcs"]]
        tb = total(svcs, "billed")
        pg.need(60)
        rows = [("Total charges", m(tb)), (f"02/19/26  {a['ins']} payment", m(-a["ins_paid"])),
                (f"02/19/26  {a['ins']} contractual adjustment", m(-a["contract"])),
                ("Account balance - patient responsibility", m(tb - a["ins_paid"] - a["contract"]))]
        for i, (k, v) in enumerate(rows):
            doc.text(470, pg.y + 11 * i, k, FB if i in (0, 3) else F, 8, "r")
            doc.text(568, pg.y + 11 * i, v, FB if i in (0, 3) else F, 8, "r")
        claims_t.append({"claim_id": a["acct"], "payer_claim_id": a["clm"], "patient": a["pt"],
                         "totals": claim_totals(billed=tb)})
        pg.y += 62
    pg.need(60)
    doc.text(40, pg.y, "Financial assistance is available to those who qualify. Ask for a plain-language summary.", F, 8)
    doc.text(40, pg.y + 12, "Pay online at the hospital's patient portal with guarantor no. G-7730184.", F, 8)
    pages = doc.save()
    write_truth(out / name, "h44_s2", "fpdf2", pages, "Hospital guarantor statement, itemized by account, account continued",
                lines_t, claims_t, [])
    return name, pages, "family statement (hospital)"


# ================================================================================================== main
LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]
FLAGS = {
    "h44_d2_medicaid_ra_ruled_grid.pdf": {"all_adjustments_printed": True},
    "h44_p1_medicare_spr_reprint.pdf": {"all_adjustments_printed": True},
    "h44_p2_clearinghouse_medicare_remit.pdf": {"all_adjustments_printed": True},
}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout44_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for fn in LAYOUTS:
        name, pages, kind = fn(out)
        t = __import__("json").loads((out / (name + ".truth.json")).read_text())
        spans = sum(1 for c in t["claims"] if len({ln["page"] for ln in t["lines"]
                                                  if (ln["claim_id"], ln["payer_claim_id"]) ==
                                                  (c["claim_id"], c["payer_claim_id"])}) > 1)
        print(f"wrote {name}: {kind}, {pages} pages, {len(t['lines'])} lines, claims across pages: {spans}")
        names.append(name)
    print("folder:", out)
    if "--check" in argv:
        return 1 if check_folder(out, names, FLAGS) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
