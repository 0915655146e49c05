"""Write the THIRTY-FIFTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
independent measurement of the PDF reader on the five commonest real document kinds, two house styles each, none
of them used by sets 1-34. Written without looking at the reader, its tests or its docs.

Run:  python bench/heldout35/make_heldout35_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout35/make_heldout35_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (done by someone else, once)

Refuses to write under samples/. Never commit the PDFs this writes. Drawing helpers and the self-check live in
bench/heldout35/h35kit.py. Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only,
null for what a layout does not print (units null where no quantity is printed); claim_id = the provider's own
account / patient-control / invoice / clinic claim number, payer_claim_id = the payer's claim number / ICN / TCN,
patient exactly as printed (the person served, not the guarantor or subscriber). Adjustments only where a group
and reason code are printed (uncoded "insurance adjustment" columns give []). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (10 files, 337 service lines, 21 pages; a claim continued across a page break in a1, a2, b1, b2, c2, d1,
d2, e2):
  a1  commercial PPO family member EOB, portrait Liberation Sans 6.6 pt (reportlab): member box, family
      deductible / out-of-pocket table (four members), grey claim bars "Patient: <name> (Daughter)" / Claim Number
      / Provider / Provider Acct No. / Processed, Service Dates 01/05/26 / Proc / Mod "GO 59" / Units / Provider
      Billed / Plan Discount / Plan Allowed / Non-Covered / Deductible / Copay / Coinsurance / Paid to Provider /
      Paid to You / Your Responsibility / Remarks, amounts without "$", an out-of-network claim paid to the member
      (Paid to Provider 0.00), a non-covered orthosis and laser line the member owes, a bundled line written off,
      Claim Total rows + "We sent $x to" lines, the spouse's claim continued on page 2 ("- continued from previous
      page" + repeated header), remark legend
  a2  union/association health-fund "Benefit Explanation Statement", landscape DejaVu Serif (fpdf2): dark title
      band, Claimant [Relationship] / Claim ID / Provider Ref. heads, Line / Date of Service 01/06/2026 / Proc:Mod
      glued "97530:GO:KX" / long wrapped Description / Qty "1.0" / Charged / Ineligible / Eligible / Deductible /
      Coins. / Copay / Benefit Paid / Member Owes / Expl., "$" amounts, office copay, an excluded service the
      member owes, a bundled line, header repeated on page 2 without a "continued" mark; PLANTED claim-total
      mismatch (Benefit Paid total of claim BX6-26014-00355 printed 10.00 too high)
  b1  Medicare Summary Notice Part B in the CLASSIC (pre-redesign) layout, portrait DejaVu Sans Condensed
      (reportlab): customer-service block, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS" and "- UNASSIGNED CLAIMS"
      sections, claim heads "Claim number" + provider address + "Referred by", Dates of Service 01/05/26 / Services
      and Service Codes with the NUMBER OF SERVICES before the wording and the code in parentheses ("2 Therapeutic
      exercises (97110)", no modifiers) / Amount Charged / Medicare Approved / Medicare Paid Provider (Paid You in
      the unassigned section) / You May Be Billed / See Notes Section letters, a denied 0552T the beneficiary may be
      billed, "Total for this claim", a claim continued on page 2 under a repeated header, notes and deductible
      sections; no provider account numbers
  b2  Medicare Advantage HMO monthly member EOB, landscape Liberation Sans Narrow (fpdf2): cost box and maximum
      out-of-pocket box, grey provider bars with "Claim number" and (for two of three) "Provider's account number",
      Date of service "Jan 5, 2026" / Service you received / Units / Amount the provider billed / Total cost
      (plan-approved) / Plan's share / Your share / See notes, each service on TWO text lines (wording + amounts,
      then grey "Procedure code 97110  Modifier GP KX"), $20 copay once per day, a bundled line, "Total for this
      provider", a 21-line claim continued on page 2 "(continued)"
  c1  state Medicaid remittance advice, fixed-width DejaVu Sans Mono (reportlab): RA banner on each page, PAID /
      DENIED / ADJUSTED sections, "RECIP: LAST, FIRST  RECIP ID  PAT ACCT  ICN" lines, LN / SVC-FROM / SVC-TO
      010526 as 01/05/26 / PROC / MOD1 / MOD2 / UNITS "2.00" / BILLED / ALLOWED / PAID / ARC "CO-45" + ARC-AMT
      with a second ARC stacked (OA-23 other coverage), 4-digit EOB codes, a no-prior-approval denied claim, a
      void with leading-minus amounts and its replacement, CLAIM TOTAL rows, summary and EOB legend
  c2  state Medicaid provider-portal RA, portrait Liberation Serif (fpdf2): boxed two-row claim heads (Member /
      Member ID / Patient Acct # / TCN / Claim Status / Billed / Allowed / Paid), ruled grid, Dates of Service as
      WEEKLY SPANS "01/05/2026 - 01/09/2026" (service_end), units summed "10.00", Modifiers "GO, U7", Adj Grp/Rsn
      "CO 45" + Adj Amt with stacked OA 23 (other coverage) and CO 119 (units cut) rows, RARC column, a denied
      claim, a claim continued on page 2 "(continued)"
  d1  Medicare Part B STANDARD PAPER REMIT reprinted from the 835 by a practice-management system, portrait core
      Courier (fpdf2): contractor / provider heads, NAME "LAST, FIRST" / MID / ACNT / ICN / ASG / MOA lines, PERF
      PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT with
      PR-1, PR-2, CO-253 stacked below CO-45 / PROV PD, a CO-50 denial, PT RESP + CLAIM TOTALS + NET lines,
      crossover "CLAIM INFORMATION FORWARDED TO" lines, a reversal (MOA MA67, negatives) and its correction, a claim
      continued on page 2 "(CONT)", totals and glossary
  d2  clearinghouse ERA print of a Medicare Part B payment, landscape core Times (reportlab): shaded patient bands
      (Patient "Last, First P" / MBI / Patient Ctrl # / Payer Claim # / Status), Line / Svc Date 01/12/2026 / Proc /
      Mods / Units / Charge / Allowed / Deductible / Coinsurance / Adj Code glued "CO45" + Adj Amt with PR2 / CO253
      stacked / Paid / Remarks / Service wording, assistant (CO modifier) reduced lines, a bundled line, a reversal
      in parentheses, claim totals + patient responsibility, a claim continued on the next page, provider-level
      adjustments, 3 pages
  e1  pediatric therapy clinic FAMILY statement, portrait Liberation Serif (reportlab): tear-off top with amount
      due, italic claim sub-heads "Claim <clinic no.> · <patient> · <therapist> · <insurer> claim # <no.>", Date /
      Patient (first name only) / Description / CPT / Mod / Units / Charges / Insurance Paid / Insurance
      Adjustment / You Paid / Amount Due, $25 copays paid at the visit, a visit still at the insurer printed
      "pending" (truth: paid null), four family members, no per-claim totals, total due + aging table, the activity
      table runs on to page 2 under a repeated heading
  e2  children's hospital outpatient statement, landscape DejaVu Sans (fpdf2): shaded right SIDEBAR with the amount
      due and help text on every page, hospital-account bands (account, patient, department, insurer claim),
      Service Date "06-JAN-2026" / Rev / Code "97530-GO" / upper-case wrapped description / Qty / Charges /
      Insurance Payments / Insurance Adjustments / Patient Balance, a non-covered line, Account totals, two
      children, an account continued onto page 2 "(continued)"

The self-check (--check) tests the factory, not the reader (pdfplumber on the written files): page counts; for
every truth line, its date, code + modifiers, units and every printed amount are found on ONE text line of its
page (or, for two-line services, on neighbouring text lines as the layout prints them), remark codes on the row,
adjustment codes and amounts on the page, claim/payer ids and patients in the text layer; billed - adjustments
= paid where every adjustment is printed with its amount; allowed - deductible - copay - coinsurance = paid where
all are printed; printed claim totals = the sum of their lines (and appear in the text) unless the mismatch is the
planted expected finding, which must really be a mismatch; legend codes printed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    LONG_DESC,
    ZERO,
    PlanState,
    Svc,
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
from h35kit import Doc, Fmt, RowCheck, check_pdf  # noqa: E402
import eobgen  # noqa: E402

# A few more invented fees / schedule amounts and our own short wording for codes eobgen does not carry.
for _c, _fee, _sch, _desc in [
    ("97533", "92.00", "34.10", "Sensory integration techniques"),
    ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
    ("97542", "78.00", "31.26", "Wheelchair management training"),
    ("97750", "118.00", "35.92", "Physical performance testing"),
    ("99214", "240.00", "126.37", "Office visit, established, moderate"),
    ("97035", "45.00", "13.08", "Ultrasound therapy"),
    ("92610", "210.00", "86.72", "Swallowing function evaluation"),
    ("97010", "25.00", "0.00", "Hot or cold packs"),
]:
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _fee, _sch, _desc

BLACK, GREY, DARK = (0, 0, 0), (0.45, 0.45, 0.45), (0.2, 0.2, 0.2)
SHADE, LIGHT = (0.86, 0.86, 0.86), (0.94, 0.94, 0.94)
ALL_AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
            "discount")


def D(day: int, month: int = 1, year: int = 2026) -> date:
    return date(year, month, day)


def S(day, code: str, units, mods: str = "", month: int = 1, year: int = 2026, **kw) -> Svc:
    return Svc(D(day, month, year), code, Decimal(str(units)), tuple(mods.split()), **kw)


class Tab:
    """Columns (heading with '\\n' for stacked words, width, align) drawn from x0."""

    def __init__(self, doc: Doc, x0: float, cols: list, size: float, lead: float):
        self.doc, self.x0, self.cols, self.size, self.lead = doc, x0, cols, size, lead
        self.xs = []
        x = x0
        for _, w, _ in cols:
            self.xs.append(x)
            x += w
        self.x1 = x

    def _cx(self, i: int, align: str) -> float:
        w = self.cols[i][1]
        return {"l": self.xs[i] + 2, "r": self.xs[i] + w - 2, "c": self.xs[i] + w / 2}[align]

    def header(self, y: float, fill=None, style: str = "B", color=BLACK, rule: bool = True, grid: bool = False) -> float:
        d = self.doc
        d.font(style, self.size)
        n = max(len(h.split("\n")) for h, _, _ in self.cols)
        h = n * self.lead + 4
        if fill is not None:
            d.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=grid)
        for i, (head, w, al) in enumerate(self.cols):
            parts = head.split("\n")
            for j, p in enumerate(parts):
                d.text(self._cx(i, al), y + (n - len(parts) + j + 1) * self.lead, p, al, color)
        if grid:
            for x in self.xs[1:]:
                d.vline(x, y, y + h)
        if rule:
            d.hline(self.x0, self.x1, y + h, 0.6)
        return y + h + 1

    def row(self, y: float, cells: list, style: str = "", wrap: int | None = None, color=BLACK,
            fill=None, grid: bool = False, pad: float = 1.5) -> float:
        d = self.doc
        d.font(style, self.size)
        extra = []
        if wrap is not None:
            extra = d.wrap(cells[wrap], self.cols[wrap][1] - 4)
        n = max(1, len(extra))
        h = n * self.lead + pad
        if fill is not None:
            d.rect(self.x0, y, self.x1 - self.x0, h, fill=fill, stroke=False)
        for i, c in enumerate(cells):
            if i == wrap:
                for j, part in enumerate(extra):
                    d.text(self._cx(i, self.cols[i][2]), y + (j + 1) * self.lead - 1, part, self.cols[i][2], color)
            else:
                d.text(self._cx(i, self.cols[i][2]), y + self.lead - 1, c, self.cols[i][2], color)
        if grid:
            d.hline(self.x0, self.x1, y + h, 0.3)
            for x in self.xs + [self.x1]:
                d.vline(x, y, y + h, 0.3)
        return y + h


def lines_sum(svcs, attr):
    return total(svcs, attr)


class Out:
    """Collects truth lines and row checks for one file."""

    def __init__(self, name: str, producer: str, fmt: Fmt):
        self.name, self.producer, self.fmt = name, producer, fmt
        self.lines: list = []
        self.rows: list = []
        self.claims: list = []
        self.findings: list = []
        self.planted: set = set()

    def add(self, page, s, cid, pcid, pat, printed, groups, page_fields=(), adj_complete=False, **kw):
        ln = truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=tuple(printed), **kw)
        self.lines.append(ln)
        self.rows.append(RowCheck(ln, groups, list(page_fields), adj_complete))
        return ln

    def claim(self, cid, pcid, pat, **totals):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": {
            k: (str(q(totals[k])) if totals.get(k) is not None else None)
            for k in ("billed", "allowed", "paid", "patient_owes")}})

    def plant(self, cid, pcid, fieldname, printed, lines_sum_):
        self.findings.append({"kind": "claim_total_mismatch", "claim_id": cid, "payer_claim_id": pcid,
                              "field": fieldname, "printed": str(q(printed)), "lines_sum": str(q(lines_sum_))})
        self.planted.add((pcid or cid, fieldname))


REGISTRY: list = []


def layout(fn):
    REGISTRY.append(fn)
    return fn


# =============================================================================================== a1
@layout
def a1(out_dir: Path):
    """Commercial PPO member EOB (reportlab, Liberation Sans, portrait)."""
    name = "h35_a1_commercial_family_eob.pdf"
    M = lambda d: money(d, ",", "()")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy2"), codemods=lambda c, m: [c] + list(m),
              units=lambda u: u, adj=None)
    o = Out(name, "reportlab", fmt)
    doc = Doc("reportlab", out_dir / name, "LiberationSans")
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    fam = [
        ("Ingrid Solvang", "Self", "Ridgeback Hand & Upper Limb Therapy", "RHT-118204", "26011-0448201", [
            S(5, "97165", 1, "GO"), S(5, "97140", 2, "GO 59"), S(7, "97530", 2, "GO"), S(7, "97110", 1, "GO"),
            S(9, "97760", 1, "GO"), S(9, "L3807", 1, "RT", denied="PR"),
        ]),
        ("Teodor Solvang", "Son", "Little Acorns Pediatric Therapy", "LAP-55031", "26011-0451877", [
            S(6, "92523", 1, "GN"), S(8, "92507", 1, "GN"), S(8, "97533", 1, "GO", denied="CO"),
            S(12, "92507", 1, "GN"), S(13, "97530", 3, "GO"), S(13, "97112", 1, "GO 59"), S(15, "92507", 1, "GN"),
            S(15, "97535", 2, "GO"), S(19, "92507", 1, "GN"), S(20, "97530", 2, "GO"), S(20, "97110", 2, "GO"),
            S(22, "92507", 1, "GN"), S(22, "97535", 1, "GO"),
        ]),
        ("Marit Solvang", "Spouse", "Eastbank Spine & Sport PT", "ESS-90772", "26011-0453310", [
            S(12, "97161", 1, "GP"), S(12, "97110", 2, "GP"), S(14, "97140", 1, "GP"), S(14, "97112", 1, "GP"),
            S(16, "0552T", 1, "", denied="PR"), S(19, "97110", 2, "GP"), S(19, "97140", 1, "GP"),
            S(21, "97530", 1, "GP"), S(21, "97112", 1, "GP"), S(23, "97110", 2, "GP CQ"), S(23, "97035", 1, "GP"),
            S(26, "97110", 2, "GP"), S(26, "97140", 1, "GP"), S(28, "97750", 1, "GP"),
        ]),
        ("Liv Solvang", "Daughter", "Northfork Family Medicine", "NFM-3320198", "26011-0457026", [
            S(21, "99213", 1, "25"), S(21, "97110", 1, "GP"),
        ]),
    ]
    remark_of = {"PR": "NC2", "CO": "BN7"}
    for pat, rel, prov, acct, clm, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96" if s.denied == "PR" else "97")
            s.remarks = [remark_of[s.denied]] if s.denied else (["DD1"] if s.deductible else ["NW3"])
    # ---- page furniture
    W = doc.W
    doc.font("B", 15)
    doc.text(36, 50, "Cedar Hollow Health Plan")
    doc.font("", 7.5)
    doc.text(36, 62, "PO Box 4471 · Cedar Hollow, OR 97340 · Member Services 1-800-555-0147 (TTY 711)")
    doc.font("B", 11)
    doc.text(W - 36, 50, "Explanation of Benefits", "r")
    doc.font("B", 8)
    doc.text(W - 36, 62, "THIS IS NOT A BILL", "r")
    doc.font("", 8)
    for i, t in enumerate(["MARIT SOLVANG", "2207 BRACKEN FERRY RD", "DUNMORE OR 97381-2206"]):
        doc.text(36, 92 + i * 10, t)
    doc.rect(340, 80, 236, 62, fill=LIGHT)
    for i, (k, v) in enumerate([("Subscriber", "Marit Solvang"), ("Member ID", "CHX884201775"),
                                ("Group", "Dunmore Millworks 04417"), ("Statement date", "01/30/2026"),
                                ("Claims processed", "01/01/2026 - 01/29/2026")]):
        doc.font("B", 7.5)
        doc.text(346, 92 + i * 11, k)
        doc.font("", 7.5)
        doc.text(430, 92 + i * 11, v)
    y = 162
    doc.font("B", 9)
    doc.text(36, y, "Where your family stands for 2026 (in-network)")
    y += 6
    t0 = Tab(doc, 36, [("Family member", 150, "l"), ("Deductible\nmet", 80, "r"), ("Deductible\nlimit", 80, "r"),
                       ("Out-of-pocket\nmet", 90, "r"), ("Out-of-pocket\nlimit", 90, "r")], 7.5, 9)
    y = t0.header(y, fill=SHADE)
    for nm, dm, om in [("Marit Solvang", "0.00", "0.00"), ("Ingrid Solvang", "150.00", "0.00"),
                       ("Teodor Solvang", "0.00", "0.00"), ("Liv Solvang", "0.00", "0.00")]:
        y = t0.row(y, [nm, dm, "500.00", om, "3,000.00"])
    doc.font("I", 6.8)
    doc.text(36, y + 9, "Amounts above are before the claims on this statement were added. Family deductible "
                        "limit $1,000.00; family out-of-pocket limit $6,000.00.")
    y += 24
    cols = [("Service\nDates", 40, "l"), ("Proc", 30, "l"), ("Mod", 30, "l"), ("Units", 22, "r"),
            ("Provider\nBilled", 40, "r"), ("Plan\nDiscount", 38, "r"), ("Plan\nAllowed", 38, "r"),
            ("Non-\nCovered", 36, "r"), ("Deduct-\nible", 34, "r"), ("Copay", 30, "r"), ("Co-\ninsurance", 40, "r"),
            ("Paid to\nProvider", 40, "r"), ("Paid\nto You", 32, "r"), ("Your Respon-\nsibility", 50, "r"),
            ("Remarks", 40, "l")]
    tab = Tab(doc, 36, cols, 6.6, 8.2)
    BOTTOM = doc.H - 60

    def footer():
        doc.font("", 6.5)
        doc.text(36, doc.H - 30, "Cedar Hollow Health Plan is an independent licensee. Questions? Call the number "
                                 "on your member ID card.", color=GREY)
        doc.text(W - 36, doc.H - 30, f"Page {doc.page} of 2", "r", GREY)

    for ci, (pat, rel, prov, acct, clm, svcs) in enumerate(fam):
        oon = ci == 3
        if y + 90 > BOTTOM:
            footer()
            doc.new_page()
            y = 50

        def claim_bar(y, cont=False):
            doc.rect(36, y, tab.x1 - 36, 26, fill=SHADE, stroke=False)
            doc.font("B", 7.5)
            doc.text(40, y + 10, f"Patient: {pat} ({rel})" + ("   - continued from previous page" if cont else ""))
            doc.text(300, y + 10, f"Claim Number: {clm}")
            doc.font("", 7)
            doc.text(40, y + 21, f"Provider: {prov}" + ("  (out of network)" if oon else "  (in network)"))
            doc.text(300, y + 21, f"Provider Acct No.: {acct}")
            doc.text(450, y + 21, "Processed 01/2" + str(2 + ci) + "/26")
            return tab.header(y + 29)

        y = claim_bar(y)
        for s in svcs:
            if y + 10 > BOTTOM:
                footer()
                doc.new_page()
                y = claim_bar(50, cont=True)
            to_prov, to_you = (ZERO, s.paid) if oon else (s.paid, ZERO)
            cells = [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.discount),
                     M(s.allowed), M(s.not_covered), M(s.deductible), M(s.copay), M(s.coinsurance), M(to_prov),
                     M(to_you), M(s.owes), " ".join(s.remarks)]
            y = tab.row(y, cells)
            o.add(doc.page, s, acct, clm, pat, ALL_AMTS,
                  [["service_date", "codemods", "units", "billed", "discount", "allowed", "not_covered",
                    "deductible", "copay", "coinsurance", "paid", "patient_owes", "remarks"]],
                  description=False, remarks=s.remarks)
        doc.hline(36, tab.x1, y, 0.6)
        tt = {k: total(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                           "coinsurance", "paid", "owes")}
        tp, ty = (ZERO, tt["paid"]) if oon else (tt["paid"], ZERO)
        y = tab.row(y, ["Claim Total", "", "", "", M(tt["billed"]), M(tt["discount"]), M(tt["allowed"]),
                        M(tt["not_covered"]), M(tt["deductible"]), M(tt["copay"]), M(tt["coinsurance"]), M(tp),
                        M(ty), M(tt["owes"]), ""], style="B")
        doc.font("I", 6.8)
        who = "you" if oon else prov
        doc.text(40, y + 8, f"We sent {money(tt['paid'])} to {who}. Any amount you paid at the visit reduces "
                            "what you still owe.")
        o.claim(acct, clm, pat, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                patient_owes=tt["owes"])
        y += 22
    legend = [("NW3", "Network discount: the provider agreed to this rate; you do not owe the difference."),
              ("DD1", "Part or all of this amount counted toward your deductible."),
              ("NC2", "Your plan does not cover this item; the provider may bill you for it."),
              ("BN7", "Included in another service paid on the same day; you do not owe this amount.")]
    if y + 60 > BOTTOM:
        footer()
        doc.new_page()
        y = 50
    doc.font("B", 8)
    doc.text(36, y + 6, "Remark codes")
    for i, (k, v) in enumerate(legend):
        doc.font("B", 7)
        doc.text(36, y + 18 + i * 9, k)
        doc.font("", 7)
        doc.text(64, y + 18 + i * 9, v)
    footer()
    pages = doc.save()
    write_truth(out_dir / name, "h35_a1", "reportlab", pages,
                "Commercial PPO family EOB, portrait: family deductible table, grey claim bars, 15 columns, "
                "an out-of-network claim paid to the member, a claim continued on page 2.", o.lines, o.claims, legend)
    return o, pages



# =============================================================================================== a2
@layout
def a2(out_dir: Path):
    """Commercial member EOB, association plan (fpdf2, DejaVu Serif, landscape)."""
    name = "h35_a2_association_benefit_statement.pdf"
    M = lambda d: money(d, "$", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy4"), codemods=lambda c, m: [":".join((c,) + tuple(m))],
              units=lambda u: u + ".0" if "." not in u else u)
    o = Out(name, "fpdf2", fmt)
    doc = Doc("fpdf2", out_dir / name, "DejaVuSerif", landscape=True)
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"), copay_codes={"99214": Decimal("30.00")},
                   allowed_rate=Decimal("0.78"))
    claims = [
        ("Bertrand Okafor-Lindqvist", "Member", "Greywater Occupational Therapy LLC", "GWOT-2026-00417",
         "BX6-26014-00291", [S(6, "97166", 1, "GO"), S(6, "97535", 2, "GO"), S(8, "97530", 2, "GO KX"),
                             S(8, "97140", 1, "GO 59"), S(13, "97530", 2, "GO"), S(13, "97535", 1, "GO"),
                             S(15, "97760", 1, "GO"), S(15, "L3807", 1, "LT")]),
        ("Celeste Okafor-Lindqvist", "Spouse", "Harbor Street Internal Medicine", "HSIM 774120",
         "BX6-26014-00318", [S(9, "99214", 1, "25"), S(9, "97110", 1, "GP")]),
        ("Amadou Okafor-Lindqvist", "Child", "Kestrel Speech & Feeding Clinic", "KSF-000981-3",
         "BX6-26014-00355", [S(7, "92610", 1, "GN"), S(7, "92526", 1, "GN"), S(14, "92507", 1, "GN"),
                             S(14, "92526", 1, "GN"), S(21, "92507", 1, "GN"), S(21, "97533", 2, "GO", denied="PR"),
                             S(28, "92507", 1, "GN"), S(28, "92526", 1, "GN")]),
        ("Noemi Okafor-Lindqvist", "Child", "Kestrel Speech & Feeding Clinic", "KSF-000982-1",
         "BX6-26014-00356", [S(7, "97165", 1, "GO"), S(14, "97530", 3, "GO"), S(21, "97530", 3, "GO"),
                             S(21, "97112", 1, "GO 59"), S(28, "97530", 2, "GO"), S(28, "97010", 1, "GO",
                                                                                   denied="CO")]),
    ]
    for _, _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="204" if s.denied == "PR" else "97")
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
            s.remarks = (["X14"] if s.denied == "PR" else ["X22"]) if s.denied else (
                ["D01"] if s.deductible else (["C30"] if s.copay else []))
    W = doc.W
    BOTTOM = doc.H - 46
    cols = [("Line", 24, "c"), ("Date of Service", 62, "l"), ("Proc:Mod", 66, "l"), ("Description", 150, "l"),
            ("Qty", 26, "r"), ("Charged", 52, "r"), ("Ineligible", 50, "r"), ("Eligible", 52, "r"),
            ("Deductible", 50, "r"), ("Coins.", 44, "r"), ("Copay", 40, "r"), ("Benefit\nPaid", 56, "r"),
            ("Member\nOwes", 56, "r"), ("Expl.", 30, "c")]
    tab = Tab(doc, 28, cols, 6.8, 8.6)

    def furniture(first: bool):
        doc.rect(28, 22, W - 56, 30, fill=(0.16, 0.27, 0.38), stroke=False)
        doc.font("B", 13)
        doc.text(38, 42, "TRADESMEN'S MUTUAL BENEFIT ASSOCIATION", color=(1, 1, 1))
        doc.font("", 9)
        doc.text(W - 38, 36, "Benefit Explanation Statement", "r", (1, 1, 1))
        doc.text(W - 38, 47, "Not a request for payment", "r", (1, 1, 1))
        doc.font("", 6.8)
        doc.text(28, doc.H - 24, "TMBA Health Fund · 610 Foundry Row, Suite 300, Lowell Bend, MN 55971 · "
                                 "Benefits office 1-888-555-0162", color=GREY)
        doc.text(W - 28, doc.H - 24, f"Statement No. 0126-448 · Sheet {doc.page}", "r", GREY)
        if not first:
            return 64
        doc.font("", 8)
        for i, t in enumerate(["Bertrand Okafor-Lindqvist", "41 Tamarack Landing", "Lowell Bend MN 55972"]):
            doc.text(38, 72 + i * 10, t)
        for i, (k, v) in enumerate([("Participant no.", "TMB-0090-4471-00"), ("Local / Plan", "Local 118 / Plan C"),
                                    ("Statement date", "February 3, 2026")]):
            doc.font("B", 8)
            doc.text(420, 72 + i * 10, k)
            doc.font("", 8)
            doc.text(510, 72 + i * 10, v)
        doc.font("I", 7.5)
        doc.text(38, 116, "Below are the claims we finished this month for you and your covered dependents. "
                          "Keep this statement with your tax and medical records.")
        return 128

    y = furniture(True)
    for ci, (pat, rel, prov, acct, clm, svcs) in enumerate(claims):
        if y + 60 > BOTTOM:
            doc.new_page()
            y = furniture(False)
        doc.font("B", 8)
        doc.hline(28, tab.x1, y, 1.2)
        doc.text(30, y + 10, f"Claimant: {pat}  [{rel}]")
        doc.text(330, y + 10, f"Claim ID {clm}")
        doc.font("", 7.5)
        doc.text(30, y + 20, f"Provider: {prov}")
        doc.text(330, y + 20, f"Provider Ref. {acct}")
        doc.text(560, y + 20, "Received 01/19/2026   Paid 01/28/2026")
        y = tab.header(y + 24, fill=LIGHT)
        for li, s in enumerate(svcs, 1):
            nwrap = len(doc.wrap(s.desc, 146)) if True else 1
            if y + nwrap * 8.6 + 2 > BOTTOM:
                doc.new_page()
                y = furniture(False)
                y = tab.header(y, fill=LIGHT)
            inel = s.discount + s.not_covered
            cells = [str(li), dfmt(s.dos, "mdy4"), ":".join((s.code,) + s.mods), s.desc,
                     units_str(s.units) + ".0", M(s.billed), M(inel), M(s.allowed), M(s.deductible),
                     M(s.coinsurance), M(s.copay), M(s.paid), M(s.owes), " ".join(s.remarks)]
            doc.font("", 6.8)
            y = tab.row(y, cells, wrap=3)
            doc.hline(28, tab.x1, y, 0.2)
            o.add(doc.page, s, acct, clm, pat, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid",
                                                  "patient_owes"),
                  [["service_date", "codemods", "units", "billed", "allowed", "deductible", "coinsurance", "copay",
                    "paid", "patient_owes"] + (["remarks"] if s.remarks else [])], remarks=s.remarks)
        tt = {k: total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "owes")}
        inel_t = total(svcs, "discount") + total(svcs, "not_covered")
        printed_paid = tt["paid"]
        if ci == 2:  # PLANTED
            printed_paid = tt["paid"] + Decimal("10.00")
            o.plant(acct, clm, "paid", printed_paid, tt["paid"])
        y = tab.row(y + 1, ["", "", "", "Totals for this claim", "", M(tt["billed"]), M(inel_t), M(tt["allowed"]),
                            M(tt["deductible"]), M(tt["coinsurance"]), M(tt["copay"]), M(printed_paid),
                            M(tt["owes"]), ""], style="B")
        o.claim(acct, clm, pat, billed=tt["billed"], allowed=tt["allowed"], paid=printed_paid,
                patient_owes=tt["owes"])
        y += 10
    legend = [("D01", "Applied to the calendar-year deductible."),
              ("C30", "Office visit copayment under Plan C."),
              ("X14", "Sensory integration is excluded under Plan C; you are responsible."),
              ("X22", "Packs are part of the therapy visit and are not paid separately; do not pay this.")]
    if y + 50 > BOTTOM:
        doc.new_page()
        y = furniture(False)
    doc.font("B", 8)
    doc.text(30, y + 6, "Explanation codes")
    for i, (k, v) in enumerate(legend):
        doc.font("", 7.5)
        doc.text(30, y + 17 + i * 9, f"{k}  {v}")
    pages = doc.save()
    write_truth(out_dir / name, "h35_a2", "fpdf2", pages,
                "Association health-fund member benefit statement, landscape serif, dark title band, Proc:Mod codes, "
                "wrapped long descriptions, family of four, header repeated on page 2; planted Benefit Paid "
                "total mismatch.", o.lines, o.claims, legend)
    return o, pages


# =============================================================================================== b1
@layout
def b1(out_dir: Path):
    """Medicare Summary Notice, Part B, classic (pre-redesign) layout (reportlab, DejaVu Sans Condensed)."""
    name = "h35_b1_medicare_summary_notice_classic.pdf"
    M = lambda d: money(d, "$", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy2"), codemods=lambda c, m: [f"({c})"], units=lambda u: u)
    o = Out(name, "reportlab", fmt)
    doc = Doc("reportlab", out_dir / name, "DejaVuSansCondensed")
    pat = "Rosalind Q. Achterberg"
    st = PlanState(ded_left=Decimal("283.00"))
    assigned = [
        ("Brightwater Rehabilitation Associates", "14 Quay Street, Suite 2", "Port Ellery, ME 04116",
         "Dr. Halvard Wexford", "12-26013-448-210", [
             S(2, "97163", 1, "GP"), S(2, "97110", 2, "GP"), S(5, "97110", 2, "GP"), S(5, "97140", 1, "GP"),
             S(7, "97112", 2, "GP"), S(7, "97116", 1, "GP"), S(9, "97110", 2, "GP"), S(9, "97530", 1, "GP"),
             S(12, "97110", 2, "GP"), S(12, "G0283", 1, "GP"), S(14, "97112", 1, "GP"), S(14, "97140", 1, "GP"),
             S(16, "97110", 2, "GP"), S(16, "0552T", 1, "", denied="PR")]),
        ("Seacliff Hand & Occupational Therapy", "220 Ropewalk Lane", "Port Ellery, ME 04116",
         "Dr. Imogen Tallis", "12-26020-119-774", [
             S(15, "97165", 1, "GO"), S(15, "97760", 1, "GO"), S(15, "L3807", 1, "RT"), S(20, "97530", 2, "GO"),
             S(20, "97535", 1, "GO"), S(22, "97530", 2, "GO"), S(22, "97140", 1, "GO"), S(26, "97530", 2, "GO"),
             S(26, "97760", 1, "GO"), S(28, "97530", 2, "GO"), S(28, "97535", 1, "GO"), S(29, "97168", 1, "GO"),
             S(29, "97140", 1, "GO"), S(30, "97530", 2, "GO"), S(30, "97535", 1, "GO"), S(30, "97110", 1, "GO")]),
    ]
    unassigned = [("Harborview Speech Services", "9 Cannery Row", "Dunlin Cove, ME 04118", "Dr. Halvard Wexford",
                   "12-26021-306-502", [S(21, "92523", 1, "GN"), S(23, "92507", 1, "GN"), S(27, "92507", 1, "GN")])]
    assigned.reverse()  # the hand-therapy claim prints first
    assigned.append(("Tidewater Balance & Vestibular Center", "3 Lighthouse Road", "Kestrel Point, ME 04119",
                     "Dr. Oona Pettersen", "12-26027-552-018", [
                         S(26, "97161", 1, "GP"), S(26, "97112", 2, "GP"), S(27, "97112", 2, "GP"),
                         S(27, "97116", 1, "GP"), S(28, "97112", 2, "GP"), S(28, "97530", 1, "GP"),
                         S(29, "97112", 2, "GP"), S(29, "97110", 1, "GP"), S(30, "97112", 2, "GP"),
                         S(30, "97116", 1, "GP")]))
    for grp in (assigned, unassigned):
        for *_, svcs in grp:
            for s in svcs:
                medicare(s, st, deny_reason="96")
    W = doc.W
    BOTTOM = doc.H - 62
    cols = [("Dates of\nService", 52, "l"), ("Services and Service Codes", 200, "l"), ("Amount\nCharged", 56, "r"),
            ("Medicare\nApproved", 58, "r"), ("Medicare\nPaid Provider", 64, "r"), ("You May\nBe Billed", 56, "r"),
            ("See Notes\nSection", 50, "c")]
    tab = Tab(doc, 36, cols, 8, 10)
    total_pages = 3

    def footer():
        doc.font("", 7)
        doc.text(36, doc.H - 34, f"Page {doc.page}", color=GREY)
        doc.text(W - 36, doc.H - 34, "THIS IS NOT A BILL - Keep this notice for your records.", "r", GREY)

    def top_small():
        doc.font("B", 9)
        doc.text(36, 44, "Medicare Summary Notice")
        doc.font("", 8)
        doc.text(W - 36, 44, f"{pat}   Medicare Number 5QW7-PD2-HX41", "r")
        doc.hline(36, W - 36, 50, 0.8)
        return 64

    doc.font("B", 16)
    doc.text(36, 52, "Medicare Summary Notice")
    doc.font("", 9)
    doc.text(36, 66, "February 6, 2026")
    doc.font("B", 8.5)
    doc.text(330, 52, "CUSTOMER SERVICE INFORMATION")
    doc.font("", 8)
    for i, t in enumerate(["Your Medicare Number: 5QW7-PD2-HX41", "If you have questions, write or call:",
                           "Medicare (#07711)", "PO Box 6610", "Augusta Falls, ME 04399-6610",
                           "Local: 1-207-555-0190", "Toll-free: 1-877-555-0133", "TTY: 1-877-555-0134"]):
        doc.text(330, 66 + i * 10, t)
    for i, t in enumerate(["ROSALIND Q ACHTERBERG", "77 WINTERBERRY PT", "PORT ELLERY ME 04116-3308"]):
        doc.text(48, 110 + i * 10, t)
    doc.font("B", 8.5)
    doc.text(36, 162, "This is a summary of claims processed from 01/05/2026 through 02/04/2026.")
    y = 176
    doc.font("B", 9)
    doc.text(36, y, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS")
    y = tab.header(y + 4)
    letters = {"deny": "c", "ded": "a", "kx": "b"}
    notes_used: set = set()

    def run(group, y, unassigned_sec=False):
        for pname, a1_, a2_, ref, clm, svcs in group:
            if y + 50 > BOTTOM:
                footer()
                doc.new_page()
                y = tab.header(top_small())
            doc.font("B", 8)
            doc.text(38, y + 10, f"Claim number {clm}")
            doc.font("", 8)
            doc.text(38, y + 20, f"{pname}, {a1_},")
            doc.text(38, y + 30, a2_)
            doc.text(38, y + 40, f"Referred by: {ref}")
            y += 44
            for s in svcs:
                desc = f"{units_str(s.units)} {s.desc} ({s.code})"
                nl = len(doc.wrap(desc, 196))
                if y + nl * 10 + 2 > BOTTOM:
                    footer()
                    doc.new_page()
                    y = tab.header(top_small())
                    doc.font("I", 8)
                    doc.text(38, y + 9, f"Claim number {clm} (continued)")
                    y += 12
                notes = []
                if s.denied:
                    notes.append("c")
                if s.deductible:
                    notes.append("a")
                if s.code in ("97110", "97530") and s.dos.day >= 20:
                    notes.append("b")
                notes_used.update(notes)
                owes = s.billed if unassigned_sec else s.owes
                if unassigned_sec:
                    s.owes = owes
                y = tab.row(y, [dfmt(s.dos, "mdy2"), desc, M(s.billed), M(s.allowed), M(s.paid), M(owes),
                                ",".join(notes)], wrap=1)
                o.add(doc.page, s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                      [["service_date", "billed", "allowed", "paid", "patient_owes"]],
                      page_fields=["codemods"], modifiers=False)
            tt = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
            doc.hline(tab.xs[2], tab.x1, y, 0.4)
            y = tab.row(y, ["", "Total for this claim", M(tt["billed"]), M(tt["allowed"]), M(tt["paid"]),
                            M(tt["owes"]), ""], style="B") + 6
            o.claim(None, clm, pat, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                    patient_owes=tt["owes"])
        return y

    y = run(assigned, y)
    if y + 80 > BOTTOM:
        footer()
        doc.new_page()
        y = top_small()
    doc.font("B", 9)
    doc.text(36, y + 8, "PART B MEDICAL INSURANCE - UNASSIGNED CLAIMS")
    ucols = list(cols)
    ucols[4] = ("Medicare\nPaid You", 64, "r")
    tab_saved = tab
    tab = Tab(doc, 36, ucols, 8, 10)
    y = tab.header(y + 12)
    y = run(unassigned, y, unassigned_sec=True)
    tab = tab_saved
    legend = [("a", "$283.00 of the approved amounts went toward your yearly Part B deductible, which is now met."),
              ("b", "Your therapy costs this year passed the level at which your provider must show the care is "
                    "needed; the provider did so."),
              ("c", "Medicare does not pay for this item. Because you were told in writing beforehand, you may be "
                    "billed for it.")]
    if y + 70 > BOTTOM:
        footer()
        doc.new_page()
        y = top_small()
    doc.font("B", 9)
    doc.text(36, y + 10, "Notes Section:")
    doc.font("", 8)
    yy = y + 22
    for k, v in legend:
        for j, part in enumerate(doc.wrap(v, W - 100)):
            doc.text(50, yy, (k + "  " if j == 0 else "    ") + part)
            yy += 10
    doc.font("B", 9)
    doc.text(36, yy + 8, "Deductible Information:")
    doc.font("", 8)
    doc.text(50, yy + 20, "You have met the Part B deductible for 2026.")
    footer()
    pages = doc.save()
    write_truth(out_dir / name, "h35_b1", "reportlab", pages,
                "Medicare Summary Notice Part B in the classic layout: assigned and unassigned sections, claim "
                "number / provider / referred-by heads, number of services printed before the wording with the code "
                "in parentheses, notes letters, a claim continued across a page.", o.lines, o.claims, legend)
    return o, pages


# =============================================================================================== b2
@layout
def b2(out_dir: Path):
    """Medicare Advantage HMO member EOB (fpdf2, Liberation Sans Narrow, landscape)."""
    name = "h35_b2_medicare_advantage_monthly_eob.pdf"
    M = lambda d: money(d, "$", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mon"), codemods=lambda c, m: [c] + list(m), units=lambda u: u)
    o = Out(name, "fpdf2", fmt)
    doc = Doc("fpdf2", out_dir / name, "LiberationSansNarrow", landscape=True)
    pat = "Wendell T. Marchetti"
    W = doc.W
    BOTTOM = doc.H - 40
    provs = [
        ("Juniper Ridge Physical Therapy", "JRPT-446812", "MA26-01-0072291", True, [
            S(5, "97162", 1, "GP"), S(5, "97110", 2, "GP"), S(7, "97110", 2, "GP"), S(7, "97140", 1, "GP 59"),
            S(9, "97112", 2, "GP"), S(9, "97110", 1, "GP CQ"), S(12, "97110", 2, "GP CQ"), S(12, "97530", 1, "GP"),
            S(14, "97112", 1, "GP"), S(14, "97140", 1, "GP"), S(16, "97110", 2, "GP KX"), S(16, "97116", 1, "GP KX"),
            S(19, "97110", 2, "GP KX"), S(19, "97035", 1, "GP", denied="CO"), S(21, "97750", 1, "GP"),
            S(23, "97110", 2, "GP KX"), S(23, "97112", 1, "GP KX"), S(26, "97110", 2, "GP KX"),
            S(26, "97140", 1, "GP KX"), S(28, "97110", 2, "GP KX"), S(28, "97530", 1, "GP KX")]),
        ("Sandpiper Occupational Therapy", None, "MA26-01-0079140", True, [
            S(13, "97166", 1, "GO"), S(13, "97535", 1, "GO"), S(20, "97530", 2, "GO"), S(20, "97542", 1, "GO"),
            S(27, "97530", 2, "GO"), S(27, "97535", 1, "GO")]),
        ("Orchard Lane Primary Care", "OLPC 5530081", "MA26-01-0080377", True, [
            S(22, "99214", 1, ""), S(22, "G0283", 1, "")]),
    ]
    copaid: set = set()
    for pname, acct, clm, _, svcs in provs:
        for s in svcs:
            s.allowed = q(Decimal(eobgen.SCHED[s.code]) * s.units)
            if s.denied:
                s.allowed, s.paid, s.owes = ZERO, ZERO, ZERO
                s.remarks = ["E"]
                continue
            key = (s.dos, pname)
            cop = Decimal("30.00") if s.code == "99214" else Decimal("20.00")
            if key not in copaid:
                copaid.add(key)
                s.copay = min(cop, s.allowed)
            s.paid = s.allowed - s.copay
            s.owes = s.copay
            s.remarks = ["A"] if s.copay else []
            if "KX" in s.mods:
                s.remarks.append("C")
    cols = [("Date of\nservice", 62, "l"), ("Service you received", 236, "l"), ("Units", 32, "r"),
            ("Amount the\nprovider billed", 74, "r"), ("Total cost\n(plan-approved)", 74, "r"),
            ("Plan's\nshare", 64, "r"), ("Your\nshare", 62, "r"), ("See\nnotes", 40, "c")]
    tab = Tab(doc, 36, cols, 8, 9.6)

    def furniture(first):
        doc.font("B", 11)
        doc.text(36, 34, "Evergreen Senior Advantage (HMO)")
        doc.font("", 8)
        doc.text(36, 45, "Explanation of Benefits for Medicare Part C medical services · January 2026")
        doc.text(W - 36, 34, f"Member: {pat}", "r")
        doc.text(W - 36, 45, "Member ID: EVS-40771-3302 · H9912-004", "r")
        doc.hline(36, W - 36, 51, 1)
        doc.font("", 7)
        doc.text(36, doc.H - 22, "Evergreen Senior Advantage is an HMO plan with a Medicare contract. Enrollment "
                                 "depends on contract renewal. Y0118_EOB26_M", color=GREY)
        doc.text(W - 36, doc.H - 22, f"Page {doc.page}", "r", GREY)
        return 66

    y = furniture(True)
    doc.rect(36, y, 330, 70, fill=LIGHT)
    doc.font("B", 9)
    doc.text(44, y + 13, "Your total costs for covered medical care")
    doc.font("", 8)
    tot_owes = sum((total(p[4], "owes") for p in provs), ZERO)
    tot_plan = sum((total(p[4], "paid") for p in provs), ZERO)
    for i, (k, v1) in enumerate([("Plan's share this month", tot_plan), ("Your share this month", tot_owes),
                                 ("Your share so far in 2026", tot_owes)]):
        doc.text(44, y + 28 + i * 12, k)
        doc.text(356, y + 28 + i * 12, M(v1), "r")
    doc.rect(386, y, W - 36 - 386, 70)
    doc.font("B", 9)
    doc.text(394, y + 13, "Your maximum out-of-pocket for 2026")
    doc.font("", 8)
    doc.text(394, y + 28, "You have paid $" + f"{tot_owes:,.2f}" + " of your $4,900.00 in-network limit.")
    doc.text(394, y + 40, "After you reach the limit, the plan pays 100% of covered medical costs.")
    y += 86
    doc.font("B", 10)
    doc.text(36, y, "Part C medical claims you had this month, grouped by provider")
    y += 8
    for pname, acct, clm, _, svcs in provs:
        def bar(y, cont=False):
            doc.rect(36, y, tab.x1 - 36, 15, fill=SHADE, stroke=False)
            doc.font("B", 8.5)
            doc.text(40, y + 10.5, pname + (" (continued)" if cont else ""))
            doc.font("", 8)
            extra = f"Claim number {clm}" + (f"   |   Provider's account number {acct}" if acct else "")
            doc.text(tab.x1 - 4, y + 10.5, extra, "r")
            return tab.header(y + 17)
        if y + 45 > BOTTOM:
            doc.new_page()
            y = furniture(False)
        y = bar(y)
        for s in svcs:
            if y + 22 > BOTTOM:
                doc.new_page()
                y = bar(furniture(False), True)
            cells = [dfmt(s.dos, "mon"), s.desc, units_str(s.units), M(s.billed), M(s.allowed), M(s.paid), M(s.owes),
                     " ".join(s.remarks)]
            y = tab.row(y, cells, pad=0)
            doc.font("", 7)
            doc.text(tab.xs[1] + 2, y + 7, "Procedure code " + s.code + (
                "  Modifier " + " ".join(s.mods) if s.mods else ""), color=GREY)
            y += 10
            doc.hline(36, tab.x1, y, 0.2)
            o.add(doc.page, s, acct, clm, pat, ("billed", "allowed", "paid", "patient_owes"),
                  [["service_date", "units", "billed", "allowed", "paid", "patient_owes"] +
                   (["remarks"] if s.remarks else []), ["codemods"]], remarks=s.remarks)
        tt = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        y = tab.row(y + 1, ["", "Total for this provider", "", M(tt["billed"]), M(tt["allowed"]), M(tt["paid"]),
                            M(tt["owes"]), ""], style="B") + 8
        o.claim(acct, clm, pat, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                patient_owes=tt["owes"])
    legend = [("A", "Your copayment for a specialist or therapy visit ($20 per day; $30 for a primary care "
                    "visit with a procedure)."),
              ("C", "Your provider confirmed that therapy beyond the yearly threshold is medically needed."),
              ("E", "This service is bundled into the visit. The provider cannot bill you for it.")]
    if y + 50 > BOTTOM:
        doc.new_page()
        y = furniture(False)
    doc.font("B", 9)
    doc.text(36, y + 4, "Notes about your claims")
    for i, (k, v) in enumerate(legend):
        doc.font("", 8)
        doc.text(40, y + 16 + i * 10, f"{k}   {v}")
    pages = doc.save()
    write_truth(out_dir / name, "h35_b2", "fpdf2", pages,
                "Medicare Advantage HMO monthly member EOB, landscape narrow sans: cost box, provider bars with claim "
                "and account numbers, each service on two text lines (wording and amounts, then grey procedure code "
                "and modifier), $20 copay once per day, a bundled line, a claim continued on the next page.",
                o.lines, o.claims, legend)
    return o, pages


# =============================================================================================== c1
@layout
def c1(out_dir: Path):
    """State Medicaid remittance advice, fixed-width (reportlab, DejaVu Sans Mono, portrait)."""
    name = "h35_c1_medicaid_remittance_fixed.pdf"
    M = lambda d: money(d, ",", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy2"), codemods=lambda c, m: [c] + list(m),
              units=lambda u: f"{Decimal(u):.2f}", adj=lambda g, r, a: [f"{g}-{r}", M(a)])
    o = Out(name, "reportlab", fmt)
    doc = Doc("reportlab", out_dir / name, "DejaVuSansMono")
    FS, LD = 7.0, 9.8
    BOTTOM = doc.H - 46
    paid_claims = [
        ("HOLLOWAY, JUNE A", "88120477310", "WPT-30112", "2026019004417001", [
            S(5, "97530", 2, "GO U1"), S(5, "97535", 1, "GO U1"), S(12, "97530", 3, "GO U1"), S(12, "97112", 1, "GO U1"),
            S(19, "97530", 2, "GO U1"), S(19, "97533", 2, "GO U1"), S(26, "97530", 2, "GO U1"),
            S(26, "97535", 1, "GO U1")]),
        ("PRZYBYLSKI, TOMAS", "88120991045", "WPT-30127", "2026019004417002", [
            S(6, "92523", 1, "GN"), S(8, "92507", 1, "GN"), S(13, "92507", 1, "GN"), S(15, "92507", 1, "GN"),
            S(20, "92507", 1, "GN"), S(22, "92507", 1, "GN"), S(27, "92507", 1, "GN"), S(29, "92507", 1, "GN")]),
        ("HOLLOWAY, REEVE M", "88120477328", "WPT-30113", "2026019004417003", [
            S(5, "97165", 1, "GO"), S(7, "97530", 2, "GO"), S(7, "97110", 1, "GO"), S(14, "97530", 2, "GO"),
            S(14, "97140", 1, "GO 59"), S(21, "97530", 2, "GO"), S(21, "97110", 1, "GO"), S(28, "97530", 2, "GO"),
            S(28, "97760", 1, "GO")]),
        ("OYELARAN, DESTINY", "88121330562", "WPT-30140", "2026019004417004", [
            S(9, "97166", 1, "GO"), S(9, "97535", 2, "GO"), S(16, "97530", 3, "GO"), S(23, "97530", 3, "GO"),
            S(30, "97530", 3, "GO")]),
        ("NAKAMURA-BELL, IRIS", "88122004518", "WPT-30166", "2026019004417005", [
            S(6, "92610", 1, "GN"), S(6, "92526", 1, "GN"), S(13, "92526", 1, "GN"), S(13, "92507", 1, "GN"),
            S(20, "92526", 1, "GN"), S(20, "92507", 1, "GN"), S(27, "92526", 1, "GN"), S(27, "92507", 1, "GN"),
            S(29, "97168", 1, "GO"), S(29, "97530", 2, "GO")]),
    ]
    denied_claims = [("FAIRWEATHER, ABEL", "88119200471", "WPT-30151", "2026019004417011", [
        S(8, "97533", 2, "GO", denied="CO"), S(15, "97533", 2, "GO", denied="CO")])]
    orig = [S(8, "92507", 1, "GN", month=12, year=2025), S(10, "92507", 1, "GN", month=12, year=2025)]
    for s_ in orig:
        medicaid(s_)
    reversal = [negate(s_) for s_ in orig]
    repl = [S(8, "92507", 1, "GN", month=12, year=2025), S(10, "92526", 1, "GN", month=12, year=2025)]
    adj_claims = [("PRZYBYLSKI, TOMAS", "88120991045", "WPT-29870", "2025352007781004", reversal, "VOID"),
                  ("PRZYBYLSKI, TOMAS", "88120991045", "WPT-29870", "2026019004417021", repl, "REPLACEMENT")]
    eob_of = {"45": "0107", "197": "0412", "23": "0233"}
    for grp in (paid_claims, denied_claims):
        for *_, svcs in grp:
            for s_ in svcs:
                medicaid(s_)
    for s_ in repl:
        medicaid(s_)
    for s_ in paid_claims[3][4]:  # other insurance paid first on this child's claim
        tpl = Decimal("20.00")
        s_.paid -= tpl
        s_.adjs.append(("OA", "23", tpl))
    for grp in (paid_claims, denied_claims, adj_claims):
        for c in grp:
            for s_ in c[4]:
                s_.remarks = sorted({eob_of[r] for _, r, a in s_.adjs}) or ["0001"]
                if s_.denied:
                    s_.remarks.append("0520")
    W = doc.W

    def put(y, t, style=""):
        doc.font(style, FS)
        doc.text(30, y, t)
        return y + LD

    def page_head():
        y = 36
        y = put(y, "STATE OF NORTH WINDMERE  DEPT OF FAMILY HEALTH  MEDICAL ASSISTANCE PROGRAM        RUN DATE 01/30/26", "B")
        y = put(y, "REMITTANCE ADVICE                                          RA NUMBER 0004471203     PAYMENT 01/30/26")
        y = put(y, f"PROVIDER: WILLOWMERE PEDIATRIC THERAPY GROUP   NPI 1740882216   PROVIDER ID 7004418821     PAGE {doc.page:>3}")
        y = put(y, "-" * 107)
        y = put(y, f"{'LN':<2} {'SVC-FROM':<8} {'SVC-TO':<8} {'PROC':<5} {'MOD1':<4} {'MOD2':<4} {'UNITS':>6} "
                   f"{'BILLED':>10} {'ALLOWED':>10} {'PAID':>10}  {'ARC':<7} {'ARC-AMT':>10}  EOB", "B")
        y = put(y, "-" * 107)
        return y

    def dline(ln, s_, adj):
        m = list(s_.mods) + ["", ""]
        g = f"{adj[0]}-{adj[1]}" if adj else ""
        a = M(adj[2]) if adj else ""
        return (f"{ln:02d} {dfmt(s_.dos, 'mdy2')} {dfmt(s_.dos, 'mdy2')} {s_.code:<5} {m[0]:<4} {m[1]:<4}"
                f" {s_.units:>6.2f} {M(s_.billed):>10} {M(s_.allowed):>10} {M(s_.paid):>10}  {g:<7} {a:>10}  "
                f"{' '.join(s_.remarks)}")

    y = page_head()
    cont = [None]

    def need(y, h, head=None):
        if y + h > BOTTOM:
            doc.font("", FS)
            doc.text(30, doc.H - 30, "CONTINUED ON NEXT PAGE", color=GREY)
            doc.new_page()
            y = page_head()
            if head:
                y = put(y, head + "   (CLAIM CONTINUED)", "B")
        return y

    def claims_block(y, grp, title):
        y = need(y + 4, 30)
        y = put(y, f"***** {title} *****", "B")
        for c in grp:
            recip, rid, acct, icn, svcs = c[:5]
            status = c[5] if len(c) > 5 else ("DENIED" if svcs[0].denied else "PAID")
            head = f"RECIP: {recip:<20} RECIP ID {rid}  PAT ACCT {acct:<10} ICN {icn}"
            y = need(y + 2, 30)
            y = put(y, head, "B")
            for ln, s_ in enumerate(svcs, 1):
                y = need(y, LD * (len(s_.adjs) or 1), head)
                adjs = s_.adjs or [None]
                y = put(y, dline(ln, s_, adjs[0]))
                o.add(doc.page, s_, acct, icn, recip, ("billed", "allowed", "paid"),
                      [["service_date", "codemods", "units", "billed", "allowed", "paid", "remarks"]],
                      adj_complete=True, adjustments=[list(a) for a in s_.adjs], remarks=s_.remarks,
                      description=False)
                for a in adjs[1:]:
                    y = put(y, " " * 78 + f"{a[0]}-{a[1]:<5} {M(a[2]):>10}")
            tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
            y = put(y, f"{'   CLAIM TOTAL  STATUS ' + status:<43} {M(tb):>10} {M(ta):>10} {M(tp):>10}", "B")
            o.claim(acct, icn, recip, billed=tb, allowed=ta, paid=tp)
        return y

    y = claims_block(y, paid_claims, "PAID CLAIMS")
    y = claims_block(y, denied_claims, "DENIED CLAIMS")
    y = claims_block(y, adj_claims, "ADJUSTED CLAIMS - ORIGINAL ICN 2025352007781004 VOIDED AND REPLACED")
    legend = [("0001", "Processed as billed under the therapy fee schedule."),
              ("0107", "Billed amount above the program maximum; difference written off."),
              ("0412", "No prior approval on file for this service and date."),
              ("0233", "Other coverage paid first; its payment was taken off the program allowance."),
              ("0520", "Provider may not bill the recipient for this denied service.")]
    y = need(y + 6, 80)
    y = put(y, "-" * 107)
    tp_all = sum((total(c[4], "paid") for g in (paid_claims, denied_claims, adj_claims) for c in g), ZERO)
    y = put(y, f"SUMMARY   CLAIMS PAID 5   DENIED 1   ADJUSTED 2   NET PAYMENT {M(tp_all)}   EFT TRACE 0004471203", "B")
    y = put(y, "EOB CODE MESSAGES", "B")
    for k, v in legend:
        y = put(y, f"{k}  {v}")
    pages = doc.save()
    write_truth(out_dir / name, "h35_c1", "reportlab", pages,
                "State Medicaid remittance advice in fixed-width type: paid, denied and adjusted sections, RECIP / "
                "RECIP ID / PAT ACCT / ICN claim lines, MOD1 MOD2, units 2.00, ARC with amount and stacked "
                "second ARC, 4-digit EOB codes, a void with leading minus and its replacement, a claim continued "
                "onto the next page.", o.lines, o.claims, legend)
    return o, pages


# =============================================================================================== c2
@layout
def c2(out_dir: Path):
    """State Medicaid remittance advice from a provider portal, boxed (fpdf2, Liberation Serif, portrait)."""
    name = "h35_c2_medicaid_portal_remittance.pdf"
    M = lambda d: money(d, "$", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy4"), codemods=lambda c, m: [c, ", ".join(m)] if m else [c],
              units=lambda u: f"{Decimal(u):.2f}", adj=lambda g, r, a: [f"{g} {r}", M(a)])
    o = Out(name, "fpdf2", fmt)
    doc = Doc("fpdf2", out_dir / name, "LiberationSerif")
    W = doc.W
    BOTTOM = doc.H - 50

    def span(d1, d2, code, units, mods=""):
        s_ = Svc(D(d1), code, Decimal(str(units)), tuple(mods.split()), end=D(d2))
        return s_

    claims = [
        ("Maribel Castellanos-Ruiz", "720044819903", "BHS-004471", "26027-0000-4471-02", "Paid", [
            span(5, 9, "92507", 3, "GN"), span(12, 16, "92507", 3, "GN"), span(19, 23, "92507", 2, "GN"),
            span(26, 30, "92507", 3, "GN"), span(5, 9, "92526", 2, "GN"), span(12, 16, "92526", 2, "GN")]),
        ("Quentin Abernathy-Sloane", "720051166047", "BHS-004488", "26027-0000-4471-03", "Paid", [
            span(5, 5, "97167", 1, "GO"), span(6, 9, "97530", 8, "GO U7"), span(12, 16, "97530", 10, "GO U7"),
            span(12, 16, "97535", 4, "GO U7"), span(19, 23, "97530", 10, "GO U7"), span(19, 23, "97112", 3, "GO 59"),
            span(26, 30, "97530", 10, "GO U7"), span(26, 30, "97535", 4, "GO U7"), span(26, 30, "97533", 2, "GO"),
            span(7, 7, "97161", 1, "GP"), span(8, 9, "97110", 4, "GP"), span(13, 16, "97110", 6, "GP"),
            span(20, 23, "97110", 6, "GP"), span(20, 23, "97116", 2, "GP"), span(27, 30, "97110", 6, "GP"),
            span(27, 30, "97116", 2, "GP")]),
        ("Ottilie Brandvold", "720038204415", "BHS-004502", "26027-0000-4471-04", "Paid", [
            span(5, 9, "92507", 2, "GN"), span(12, 16, "92507", 2, "GN"), span(13, 13, "92523", 1, "GN"),
            span(19, 23, "92507", 2, "GN"), span(26, 30, "92507", 2, "GN")]),
        ("Soren Achebe-Whitlock", "720047730186", "BHS-004511", "26027-0000-4471-06", "Paid", [
            span(5, 9, "97530", 6, "GO U7"), span(5, 9, "97535", 2, "GO U7"), span(12, 16, "97530", 6, "GO U7"),
            span(12, 16, "97533", 2, "GO"), span(19, 23, "97530", 6, "GO U7"), span(19, 23, "97535", 2, "GO U7"),
            span(26, 30, "97530", 6, "GO U7"), span(26, 30, "97112", 2, "GO 59"), span(6, 9, "92507", 2, "GN"),
            span(13, 16, "92507", 2, "GN"), span(20, 23, "92507", 2, "GN"), span(27, 30, "92507", 2, "GN")]),
        ("Harlan Vu-Esposito", "720060917722", "BHS-004519", "26027-0000-4471-05", "Denied", [
            span(5, 9, "97530", 6, "GO"), span(12, 16, "97530", 6, "GO"), span(12, 16, "97542", 2, "GO")]),
    ]
    for pat, mid, acct, tcn, stat, svcs in claims:
        for s_ in svcs:
            if stat == "Denied":
                s_.denied = "CO"
            medicaid(s_, deny_reason="197")
            s_.remarks = ["N54"] if s_.denied else []
    # other insurance on Ottilie's claim, a units cut on one of Quentin's lines (allowed for fewer units)
    for s_ in claims[2][5]:
        tpl = q(s_.allowed * Decimal("0.25"))
        s_.paid -= tpl
        s_.adjs.append(("OA", "23", tpl))
        s_.remarks = ["N4"]
    cut = claims[1][5][6]
    cut_amt = q(Decimal(eobgen.SCHED[cut.code]) * 2)
    cut.allowed -= cut_amt
    cut.paid -= cut_amt
    cut.adjs.append(("CO", "119", cut_amt))
    cut.remarks = ["N362"]

    def furniture():
        doc.font("B", 12)
        doc.text(36, 40, "Lakeshore State Medicaid · MMIS Provider Portal")
        doc.font("", 8.5)
        doc.text(36, 52, "Remittance Advice (RA) - Claim Detail")
        doc.text(W - 36, 40, "RA date: 02/02/2026", "r")
        doc.text(W - 36, 52, "Payment no.: EFT 6002-118844", "r")
        doc.hline(36, W - 36, 58, 1.5)
        doc.font("", 7)
        doc.text(36, 70, "Payee: Birchline Home & School Therapy Services · Provider ID 100884412 · NPI 1922408817")
        doc.font("I", 7)
        doc.text(36, doc.H - 28, "Printed from the provider portal 02/02/2026 10:14. This remittance is for the payee "
                                 "named above only.", color=GREY)
        doc.text(W - 36, doc.H - 28, f"Page {doc.page}", "r", GREY)
        return 80

    cols = [("Ln", 18, "c"), ("Dates of Service", 98, "l"), ("Proc", 34, "l"), ("Modifiers", 46, "l"),
            ("Units", 32, "r"), ("Billed", 52, "r"), ("Allowed", 52, "r"), ("Paid", 52, "r"),
            ("Adj Grp/Rsn", 52, "l"), ("Adj Amt", 48, "r"), ("RARC", 56, "l")]
    tab = Tab(doc, 36, cols, 7.5, 9.5)
    y = furniture()
    for pat, mid, acct, tcn, stat, svcs in claims:
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))

        def box(y, cont=False):
            doc.rect(36, y, tab.x1 - 36, 30, fill=LIGHT)
            cells = [("Member", pat), ("Member ID", mid), ("Patient Acct #", acct), ("TCN", tcn),
                     ("Claim Status", stat + (" (continued)" if cont else "")), ("Billed", M(tb)),
                     ("Allowed", M(ta)), ("Paid", M(tp))]
            cw = (tab.x1 - 36) / 4
            for k, (lab, val) in enumerate(cells):
                cx, cy = 36 + (k % 4) * cw, y + (k // 4) * 15
                doc.font("B", 7)
                doc.text(cx + 4, cy + 10, lab + ":")
                doc.font("", 7.5)
                doc.text(cx + 6 + doc.width(lab + ":") + 3, cy + 10, val)
            doc.hline(36, tab.x1, y + 15, 0.3)
            return tab.header(y + 32, fill=SHADE, grid=True)
        if y + 80 > BOTTOM:
            doc.new_page()
            y = furniture()
        y = box(y)
        for ln, s_ in enumerate(svcs, 1):
            if y + 10 * max(1, len(s_.adjs)) > BOTTOM:
                doc.new_page()
                y = box(furniture(), cont=True)
            a0 = s_.adjs[0] if s_.adjs else None
            cells = [str(ln), f"{dfmt(s_.dos, 'mdy4')} - {dfmt(s_.end, 'mdy4')}", s_.code, ", ".join(s_.mods),
                     f"{s_.units:.2f}", M(s_.billed), M(s_.allowed), M(s_.paid),
                     f"{a0[0]} {a0[1]}" if a0 else "", M(a0[2]) if a0 else "", " ".join(s_.remarks)]
            y0 = y
            y = tab.row(y, cells)
            for a in s_.adjs[1:]:
                doc.font("", 7.5)
                doc.text(tab.xs[8] + 2, y + 8.5, f"{a[0]} {a[1]}")
                doc.text(tab.xs[10] - 2, y + 8.5, M(a[2]), "r")
                y += 9.5
            doc.hline(36, tab.x1, y + 1, 0.3)
            for x in tab.xs[1:] + [tab.x1, 36]:
                doc.vline(x, y0, y + 1, 0.3)
            y += 1.5
            o.add(doc.page, s_, acct, tcn, pat, ("billed", "allowed", "paid"),
                  [["service_date", "service_end", "codemods", "units", "billed", "allowed", "paid"]
                   + (["remarks"] if s_.remarks else [])],
                  service_end=s_.end, adj_complete=True, adjustments=[list(a) for a in s_.adjs],
                  remarks=s_.remarks, description=False)
        o.claim(acct, tcn, pat, billed=tb, allowed=ta, paid=tp)
        y += 12
    legend = [("N54", "Prior authorization for these dates was not found."),
              ("N4", "Other coverage paid part of this service before Medicaid."),
              ("N362", "Units over the weekly authorized number were not allowed.")]
    if y + 60 > BOTTOM:
        doc.new_page()
        y = furniture()
    doc.font("B", 8)
    doc.text(36, y + 4, "Remark code descriptions (this RA)")
    for k, (c, v) in enumerate(legend):
        doc.font("", 7.5)
        doc.text(40, y + 15 + k * 10, f"{c}: {v}")
    doc.text(40, y + 15 + 3 * 10, "Adjustment groups: CO contractual obligation, OA other adjustment.")
    pages = doc.save()
    write_truth(out_dir / name, "h35_c2", "fpdf2", pages,
                "State Medicaid portal remittance, portrait serif: boxed two-row claim heads (Member / Member ID / "
                "Patient Acct # / TCN / Claim Status / Billed / Allowed / Paid), ruled grid, weekly service spans, "
                "units summed, 'GO, U7' modifiers, stacked adjustment rows (CO 45 + OA 23 / CO 119), a denied claim, "
                "a claim continued on the next page.", o.lines, o.claims, legend)
    return o, pages


# =============================================================================================== d1
@layout
def d1(out_dir: Path):
    """Medicare Part B standard paper remit reprinted by a PM system (fpdf2, core Courier, portrait)."""
    name = "h35_d1_medicare_paper_remit_reprint.pdf"
    M = lambda d: money(d, "", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy6"), codemods=lambda c, m: [c] + list(m),
              units=lambda u: u, adj=lambda g, r, a: [f"{g}-{r}", M(a)])
    o = Out(name, "fpdf2", fmt)
    doc = Doc("fpdf2", out_dir / name, "Courier")
    FS, LD = 7.4, 9.4
    BOTTOM = doc.H - 40
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ("ACHTERBERG, LUCAS", "7TR2KE4AD19", "NRC-22817", "0226029117400", "MA01", "1669420117", [
            S(5, "97162", 1, "GP"), S(5, "97110", 2, "GP"), S(7, "97110", 2, "GP"), S(7, "97140", 1, "GP 59"),
            S(9, "97112", 1, "GP"), S(9, "97530", 1, "GP"), S(12, "97110", 2, "GP CQ"), S(12, "G0283", 1, "GP CQ"),
            S(14, "97110", 2, "GP CQ"), S(14, "97116", 1, "GP CQ")]),
        ("FENWICK-ODUYA, MARGARET", "3XK9WD1PL66", "NRC-22840", "0226029117401", "MA01", "1669420117", [
            S(6, "97165", 1, "GO"), S(8, "97530", 2, "GO"), S(8, "97535", 1, "GO"), S(13, "97530", 2, "GO KX"),
            S(13, "97760", 1, "GO KX"), S(15, "97530", 2, "GO KX"), S(15, "0552T", 1, "GO", denied="CO"),
            S(20, "97530", 2, "GO KX"), S(20, "97140", 1, "GO KX"), S(22, "97535", 2, "GO KX"),
            S(22, "97530", 1, "GO KX"), S(27, "97168", 1, "GO KX")]),
        ("TREMBLAY, JOSEPHINE", "6MN3AE8QJ02", "NRC-22851", "0226029117402", "MA01", "1295077431", [
            S(6, "92523", 1, "GN"), S(13, "92507", 1, "GN"), S(20, "92507", 1, "GN"), S(27, "92507", 1, "GN")]),
    ]
    for *_, svcs in claims:
        for s_ in svcs:
            medicare(s_, st, deny_reason="50")
            st.ded_left = ZERO if st.ded_left < 0 else st.ded_left
    prior = [S(15, "97110", 2, "GP", month=12, year=2025), S(15, "97140", 1, "GP", month=12, year=2025)]
    for s_ in prior:
        medicare(s_, PlanState())
    rev = [negate(s_) for s_ in prior]
    corr = [S(15, "97110", 2, "GP", month=12, year=2025), S(15, "97140", 1, "GP 59", month=12, year=2025)]
    for s_ in corr:
        medicare(s_, PlanState())
    claims.append(("ACHTERBERG, LUCAS", "7TR2KE4AD19", "NRC-21992", "0225355884120", "MA67", "1669420117", rev))
    claims.append(("ACHTERBERG, LUCAS", "7TR2KE4AD19", "NRC-21992", "0226029117403", "MA01", "1669420117", corr))
    line = "-" * 108
    colhead = (f"{'PERF PROV':<10} {'SERV DATE':<11}  POS {'NOS':>3} {'PROC':<5} {'MODS':<10} {'BILLED':>8} "
               f"{'ALLOWED':>8} {'DEDUCT':>7} {'COINS':>7} {'GRP/RC-AMT':<15} {'PROV PD':>9}")

    def put(y, t, style=""):
        doc.font(style, FS)
        doc.text(30, y, t)
        return y + LD

    def head():
        y = 24
        doc.font("I", 6.5)
        doc.text(30, y, "PracticeWave PM 11.4 - ERA reprint in standard paper remittance format - printed 02/02/26 "
                        "08:41 by KREYES", color=GREY)
        y += 14
        y = put(y, f"{'NORTHGATE MEDICARE SERVICES':<40}{'MEDICARE':^30}{'REMITTANCE':>40}", "B")
        y = put(y, f"{'PO BOX 7710':<40}{'PART B':^30}{'NOTICE':>40}", "B")
        y = put(y, "HARBORLINE, WA 98022-7710")
        y = put(y, "")
        y = put(y, "CASCADE BEND REHABILITATION CLINIC")
        y = put(y, "1180 MILLRACE AVE STE 4")
        y = put(y, f"{'CASCADE BEND WA 98040':<50}PROVIDER #: 1669420117")
        y = put(y, f"{'':<50}PAGE #: {doc.page} OF 2")
        y = put(y, f"{'':<50}DATE: 01/30/26     CHECK/EFT #: 558012884")
        y = put(y, line)
        y = put(y, colhead, "B")
        y = put(y, line)
        return y

    def svc_line(s_, adj):
        g = f"{adj[0]}-{adj[1]}" if adj else ""
        return (f"{s_.perf:<10} {s_.dos:%m%d} {s_.dos:%m%d%y}  11 {units_str(s_.units):>3} {s_.code:<5} "
                f"{' '.join(s_.mods):<10} {M(s_.billed):>8} {M(s_.allowed):>8} {M(s_.deductible):>7} "
                f"{M(s_.coinsurance):>7} {g:<6} {M(adj[2]) if adj else '':>8} {M(s_.paid):>9}")

    y = head()
    for nm, mid, acct, icn, moa, perf, svcs in claims:
        hdr = f"NAME {nm:<24} MID {mid}  ACNT {acct:<10}  ICN {icn}  ASG Y  MOA {moa}"
        if y + 5 * LD > BOTTOM:
            doc.new_page()
            y = head()
        y = put(y, hdr, "B")
        for s_ in svcs:
            s_.perf = perf
            if y + LD * len(s_.adjs) > BOTTOM:
                doc.new_page()
                y = head()
                y = put(y, hdr + "  (CONT)", "B")
            y = put(y, svc_line(s_, s_.adjs[0]))
            for a in s_.adjs[1:]:
                y = put(y, " " * 83 + f"{a[0]}-{a[1]:<3} {M(a[2]):>8}")
            o.add(doc.page, s_, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  [["service_date", "units", "codemods", "billed", "allowed", "paid"]],
                  adj_complete=True, adjustments=[list(a) for a in s_.adjs], description=False)
            o.lines[-1]["_cob"] = True  # sequestration: allowed - ded - coins != paid by design
        tt = {k: total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")}
        pr = tt["deductible"] + tt["coinsurance"] + total([x for x in svcs if x.denied == "PR"], "billed")
        y = put(y, f"PT RESP {M(pr):>9}{'CLAIM TOTALS':>30} {M(tt['billed']):>8} {M(tt['allowed']):>8} "
                   f"{M(tt['deductible']):>7} {M(tt['coinsurance']):>7} {'':<15} {M(tt['paid']):>9}")
        if moa == "MA01" and nm != "TREMBLAY, JOSEPHINE":
            y = put(y, "CLAIM INFORMATION FORWARDED TO: EVERGLADE MEDIGAP ASSURANCE CO")
        y = put(y, f"{'NET':>98} {M(tt['paid']):>9}")
        y += 3
        o.claim(acct, icn, nm, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"])
    tot_paid = sum((total(c[6], "paid") for c in claims), ZERO)
    if y + 8 * LD > BOTTOM:
        doc.new_page()
        y = head()
    y = put(y, line)
    y = put(y, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {M(sum((total(c[6], 'billed') for c in claims), ZERO))}"
               f"   PROV PD AMT {M(tot_paid)}   CHECK AMT {M(tot_paid)}", "B")
    y = put(y, line)
    y = put(y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES (WORDING SUPPLIED BY PRACTICEWAVE)", "B")
    legend = [("CO", "Contractual obligation - do not bill the patient."),
              ("PR", "Patient responsibility."), ("MA01", "Appeal rights summary code."),
              ("MA67", "Correction of an earlier claim (reversal)."),
              ("45", "Charge over the fee schedule."), ("1", "Deductible."), ("2", "Coinsurance."),
              ("253", "Sequestration reduction."), ("50", "Not deemed medically necessary by the payer.")]
    for k, v in legend:
        y = put(y, f"{k:<6}{v}")
    pages = doc.save()
    # the private _cob marker stays out of the truth file
    for ln in o.lines:
        ln.pop("_cob", None)
    write_truth(out_dir / name, "h35_d1", "fpdf2", pages,
                "Medicare Part B standard paper remit reprinted by a practice-management system, portrait Courier: "
                "NAME / MID / ACNT / ICN / ASG / MOA lines, SERV DATE 'MMDD MMDDYY', NOS, PROC + MODS, stacked "
                "GRP/RC-AMT (CO-45, PR-1, PR-2, CO-253), a CO-50 denial, PT RESP + CLAIM TOTALS + NET lines, a "
                "reversal (MA67) and its correction, a claim continued across a page, glossary.", o.lines, o.claims,
                legend)
    return o, pages


# =============================================================================================== d2
@layout
def d2(out_dir: Path):
    """Clearinghouse remittance print of a Medicare Part B payment (reportlab, core Times, landscape)."""
    name = "h35_d2_clearinghouse_medicare_remit.pdf"
    M = lambda d: money(d, ",", "()")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy4"), codemods=lambda c, m: [c] + ([" ".join(m)] if m else []),
              units=lambda u: u, adj=lambda g, r, a: [f"{g}{r}", M(a)])
    o = Out(name, "reportlab", fmt)
    doc = Doc("reportlab", out_dir / name, "Times", landscape=True)
    W = doc.W
    BOTTOM = doc.H - 44
    st = PlanState(ded_left=ZERO)
    claims = [
        ("Delacroix, Henri P", "2HV8TN3RW55", "MOS-118822", "22026030551870", [
            S(12, "97110", 3, "GP"), S(12, "97140", 1, "GP 59"), S(14, "97110", 2, "GP"), S(14, "97112", 1, "GP"),
            S(16, "97110", 2, "GP KX"), S(16, "97530", 1, "GP KX"), S(19, "97110", 2, "GP KX"),
            S(19, "97116", 1, "GP KX"), S(21, "97110", 2, "GP KX"), S(21, "97140", 1, "GP KX"),
            S(23, "97110", 2, "GP KX"), S(23, "97035", 1, "GP", denied="CO")]),
        ("Moriarty-Quist, Eileen", "8CE1MK5VF30", "MOS-118840", "22026030551871", [
            S(13, "97166", 1, "GO"), S(13, "97535", 1, "GO"), S(15, "97530", 2, "GO CO"), S(15, "97110", 1, "GO CO"),
            S(20, "97530", 2, "GO"), S(20, "97535", 1, "GO"), S(22, "97530", 2, "GO CO"), S(22, "97112", 1, "GO CO"),
            S(27, "97530", 2, "GO"), S(27, "97760", 1, "GO"), S(29, "97530", 2, "GO CO")]),
        ("Okonkwo, Bartholomew", "4PA6GX2LC71", "MOS-118863", "22026030551872", [
            S(14, "97161", 1, "GP"), S(14, "97110", 2, "GP"), S(21, "97110", 2, "GP CQ"), S(21, "G0283", 1, "GP CQ"),
            S(28, "97110", 2, "GP CQ"), S(28, "97750", 1, "GP")]),
    ]
    for *_, svcs in claims:
        for s_ in svcs:
            medicare(s_, st, deny_reason="97")
            if "CO" in s_.mods:  # assistant services paid at a reduced rate
                red = q(s_.allowed * Decimal("0.15"))
                s_.allowed -= red
                s_.discount += red
                s_.coinsurance = q(s_.allowed * Decimal("0.20"))
                s_.seq = q((s_.allowed - s_.coinsurance) * Decimal("0.02"))
                s_.paid = s_.allowed - s_.coinsurance - s_.seq
                s_.adjs = [("CO", "45", s_.discount), ("PR", "2", s_.coinsurance), ("CO", "253", s_.seq)]
            s_.remarks = ["N640"] if "CO" in s_.mods else (["M15"] if s_.denied else [])
    prior = [S(29, "97110", 2, "GP", month=12, year=2025), S(29, "97112", 1, "GP", month=12, year=2025)]
    for s_ in prior:
        medicare(s_, PlanState())
    claims.insert(2, ("Delacroix, Henri P", "2HV8TN3RW55", "MOS-117604", "22025364118230",
                      [negate(s_) for s_ in prior]))
    cols = [("Line", 26, "c"), ("Svc Date", 50, "l"), ("Proc", 40, "l"), ("Mods", 40, "l"), ("Units", 30, "r"),
            ("Charge", 54, "r"), ("Allowed", 54, "r"), ("Deductible", 50, "r"), ("Coinsurance", 54, "r"),
            ("Adj Code", 44, "l"), ("Adj Amt", 50, "r"), ("Paid", 54, "r"), ("Remarks", 46, "l"),
            ("Service", 124, "l")]
    tab = Tab(doc, 36, cols, 7.8, 9.6)
    grand = sum((total(c[4], "paid") for c in claims), ZERO)

    def furniture():
        doc.font("B", 13)
        doc.text(36, 36, "ClaimBridge Exchange")
        doc.font("", 8)
        doc.text(36, 47, "Electronic Remittance Advice - Payer: Medicare Part B (Jurisdiction 19 contractor)")
        doc.text(W - 36, 36, "Payee: Moss Creek Outpatient Therapy  NPI 1558203347", "r")
        doc.text(W - 36, 47, f"EFT 00991827710  Issued 01/31/2026  Amount {money(grand)}", "r")
        doc.hline(36, W - 36, 53, 0.8)
        doc.font("I", 7)
        doc.text(36, doc.H - 24, "Generated by ClaimBridge Exchange from the payer's 835. Codes are shown as "
                                 "group + reason (e.g. CO45).", color=GREY)
        doc.text(W - 36, doc.H - 24, f"Page {doc.page}", "r", GREY)
        return 66

    y = furniture()
    for nm, mbi, acct, icn, svcs in claims:
        tb, ta, td, tc, tp = (total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        rev = tb < 0

        def band(y, cont=False):
            doc.rect(36, y, tab.x1 - 36, 14, fill=SHADE, stroke=False)
            doc.font("B", 8)
            doc.text(40, y + 10, f"Patient: {nm}   MBI: {mbi}   Patient Ctrl #: {acct}   Payer Claim #: {icn}")
            doc.font("", 8)
            status = "22 Reversal of previous payment" if rev else "1 Processed as primary"
            doc.text(tab.x1 - 4, y + 10, ("continued  " if cont else "") + f"Status: {status}", "r")
            return tab.header(y + 16)
        if y + 70 > BOTTOM:
            doc.new_page()
            y = furniture()
        y = band(y)
        for ln, s_ in enumerate(svcs, 1):
            if y + 9.6 * len(s_.adjs) + 2 > BOTTOM:
                doc.new_page()
                y = band(furniture(), True)
            a0 = s_.adjs[0]
            cells = [str(ln), dfmt(s_.dos, "mdy4"), s_.code, " ".join(s_.mods), units_str(s_.units), M(s_.billed),
                     M(s_.allowed), M(s_.deductible), M(s_.coinsurance), f"{a0[0]}{a0[1]}", M(a0[2]), M(s_.paid),
                     " ".join(s_.remarks), s_.desc]
            y = tab.row(y, cells, pad=0, wrap=13)
            doc.font("", 7.8)
            for a in s_.adjs[1:]:
                doc.text(tab.xs[9] + 2, y + 8.6, f"{a[0]}{a[1]}")
                doc.text(tab.xs[11] - 2, y + 8.6, M(a[2]), "r")
                y += 9.6
            y += 2
            doc.hline(36, tab.x1, y, 0.2)
            o.add(doc.page, s_, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  [["service_date", "codemods", "units", "billed", "allowed", "deductible", "coinsurance", "paid"]
                   + (["remarks"] if s_.remarks else [])], adj_complete=True,
                  adjustments=[list(a) for a in s_.adjs], remarks=s_.remarks)
        y = tab.row(y + 1, ["", "Claim totals", "", "", "", M(tb), M(ta), M(td), M(tc), "", "", M(tp), "", ""],
                    style="B")
        doc.font("", 7.8)
        doc.text(40, y + 8, f"Patient responsibility {M(td + tc)}" + ("   Reversal of payer claim issued "
                                                                      "01/06/2026" if rev else ""))
        y += 20
        o.claim(acct, icn, nm, billed=tb, allowed=ta, paid=tp)
    tp_all = sum((total(c[4], "paid") for c in claims), ZERO)
    if y + 60 > BOTTOM:
        doc.new_page()
        y = furniture()
    doc.font("B", 8.5)
    doc.text(36, y + 4, "Provider-level adjustments")
    doc.font("", 8)
    doc.text(40, y + 16, "WO  Overpayment recovery  0.00      L6  Interest  0.00")
    doc.text(40, y + 28, f"Total paid this remittance {M(tp_all)}")
    legend = [("N640", "Paid at the reduced rate for services furnished in whole or part by an assistant."),
              ("M15", "Separately billed service considered part of another service on the same day.")]
    doc.font("B", 8.5)
    doc.text(36, y + 44, "Remark codes")
    for k, (c, v) in enumerate(legend):
        doc.font("", 8)
        doc.text(40, y + 56 + k * 10, f"{c}   {v}")
    pages = doc.save()
    write_truth(out_dir / name, "h35_d2", "reportlab", pages,
                "Clearinghouse print of a Medicare Part B ERA, landscape Times: shaded patient bands (MBI, patient "
                "control #, payer claim #, status), CPT and Mods apart, adjustment codes glued 'CO45' with further "
                "adjustments stacked beneath, reversal in parentheses, assistant (CO modifier) reduction, a claim "
                "continued on the next page.", o.lines, o.claims, legend)
    return o, pages


# =============================================================================================== e1
@layout
def e1(out_dir: Path):
    """Pediatric therapy clinic family statement (reportlab, Liberation Serif, portrait)."""
    name = "h35_e1_therapy_clinic_family_statement.pdf"
    M = lambda d: money(d, ",", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "mdy2"), codemods=lambda c, m: [c] + list(m), units=lambda u: u)
    o = Out(name, "reportlab", fmt)
    doc = Doc("reportlab", out_dir / name, "LiberationSerif")
    W = doc.W
    BOTTOM = doc.H - 70
    st = PlanState(ded_left=Decimal("90.00"), visit_copay=Decimal("25.00"))
    visits = [  # (clinic claim no., patient, provider, payer claim no. or None if pending, services, paid at visit)
        ("1004812", "Sahana Venkataraman-Hale", "K. Oduya, OTR/L", "PSH26010900447", [
            S(5, "97165", 1, "GO"), S(5, "97535", 1, "GO")], Decimal("25.00")),
        ("1004830", "Arjun Venkataraman-Hale", "M. Lindgren, CCC-SLP", "PSH26011200913", [
            S(6, "92523", 1, "GN")], Decimal("25.00")),
        ("1004851", "Sahana Venkataraman-Hale", "K. Oduya, OTR/L", "PSH26011600218", [
            S(12, "97530", 2, "GO"), S(12, "97533", 1, "GO"), S(12, "97112", 1, "GO 59")], Decimal("25.00")),
        ("1004866", "Arjun Venkataraman-Hale", "M. Lindgren, CCC-SLP", "PSH26011600431", [
            S(13, "92507", 1, "GN"), S(13, "92526", 1, "GN")], ZERO),
        ("1004870", "Meera Venkataraman-Hale", "D. Castellan, PT, DPT", "PSH26012000077", [
            S(14, "97161", 1, "GP"), S(14, "97110", 2, "GP"), S(14, "97140", 1, "GP")], Decimal("25.00")),
        ("1004892", "Sahana Venkataraman-Hale", "K. Oduya, OTR/L", "PSH26012300365", [
            S(19, "97530", 2, "GO"), S(19, "97535", 1, "GO"), S(19, "97533", 1, "GO", denied="PR")], Decimal("25.00")),
        ("1004901", "Meera Venkataraman-Hale", "D. Castellan, PT, DPT", "PSH26012300512", [
            S(21, "97110", 2, "GP"), S(21, "97112", 1, "GP"), S(21, "97035", 1, "GP", denied="CO")], ZERO),
        ("1004917", "Arjun Venkataraman-Hale", "M. Lindgren, CCC-SLP", "PSH26012700118", [
            S(20, "92507", 1, "GN"), S(27, "92507", 1, "GN")], Decimal("25.00")),
        ("1004933", "Priya Venkataraman-Hale", "D. Castellan, PT, DPT", "PSH26012900840", [
            S(26, "97163", 1, "GP"), S(26, "97110", 2, "GP"), S(26, "97140", 1, "GP 59")], Decimal("25.00")),
        ("1004939", "Arjun Venkataraman-Hale", "M. Lindgren, CCC-SLP", "PSH26013000221", [
            S(29, "92507", 1, "GN"), S(29, "92526", 1, "GN")], Decimal("25.00")),
        ("1004941", "Meera Venkataraman-Hale", "D. Castellan, PT, DPT", "PSH26013000236", [
            S(28, "97110", 2, "GP"), S(28, "97112", 1, "GP"), S(28, "97530", 1, "GP"), S(28, "97140", 1, "GP 59")],
         Decimal("25.00")),
        ("1004944", "Priya Venkataraman-Hale", "D. Castellan, PT, DPT", "PSH26013000249", [
            S(28, "97110", 2, "GP"), S(28, "97140", 1, "GP"), S(28, "97035", 1, "GP", denied="CO")],
         Decimal("25.00")),
        ("1004948", "Sahana Venkataraman-Hale", "K. Oduya, OTR/L", None, [
            S(28, "97530", 2, "GO"), S(28, "97760", 1, "GO"), S(28, "L3807", 1, "LT")], Decimal("25.00")),
    ]
    for cno, pat, prov, pcl, svcs, _ in visits:
        for s_ in svcs:
            if pcl is None:
                continue
            commercial(s_, st, deny_reason="204" if s_.denied == "PR" else "97")
    cols = [("Date", 40, "l"), ("Patient", 48, "l"), ("Description", 138, "l"), ("CPT", 30, "l"), ("Mod", 34, "l"),
            ("Units", 26, "r"), ("Charges", 46, "r"), ("Insurance\nPaid", 46, "r"), ("Insurance\nAdjustment", 52, "r"),
            ("You\nPaid", 40, "r"), ("Amount\nDue", 42, "r")]
    tab = Tab(doc, 36, cols, 7.4, 9.2)
    grand_due = ZERO
    rows_data = []
    for cno, pat, prov, pcl, svcs, atv in visits:
        left = atv
        for s_ in svcs:
            if pcl is None:
                s_.pt_paid = min(left, s_.billed)
                left -= s_.pt_paid
                s_.due = s_.billed - s_.pt_paid
                s_.insadj = None
                continue
            s_.insadj = s_.discount + (s_.not_covered if s_.denied == "CO" else ZERO)
            s_.pt_paid = min(left, s_.owes)
            left -= s_.pt_paid
            s_.due = s_.billed - s_.paid - s_.insadj - s_.pt_paid
            assert s_.due == s_.owes - s_.pt_paid
        grand_due += sum((s_.due for s_ in svcs), ZERO)

    def header_block(first):
        doc.font("B", 14)
        doc.text(36, 44, "Tamarind Grove Pediatric Therapy")
        doc.font("", 8)
        doc.text(36, 56, "Occupational · Speech · Physical Therapy   |   4020 Larkspur Commons, Suite B, Elm Hollow, "
                         "KS 66431   |   Billing office (785) 555-0119")
        if not first:
            doc.font("B", 9)
            doc.text(W - 36, 44, "Statement (continued)", "r")
            doc.font("", 8)
            doc.text(W - 36, 68, "Account G-20417 · Venkataraman-Hale family", "r")
            return 78
        doc.rect(360, 70, W - 36 - 360, 74)
        for k, (lab, val) in enumerate([("Account number", "G-20417"), ("Statement date", "02/03/2026"),
                                        ("Amount due", money(grand_due)), ("Please pay by", "02/24/2026"),
                                        ("Amount enclosed", "$ ______________")]):
            doc.font("B", 8)
            doc.text(368, 84 + k * 13, lab)
            doc.font("", 8)
            doc.text(W - 44, 84 + k * 13, val, "r")
        doc.font("", 8.5)
        for k, t in enumerate(["PRIYA VENKATARAMAN-HALE", "1187 SORREL BEND DR", "ELM HOLLOW KS 66432-1187"]):
            doc.text(60, 98 + k * 11, t)
        doc.hline(36, W - 36, 156, 0.6)
        doc.font("I", 7)
        doc.text(W / 2, 164, "- - - - Please detach and return the top portion with your payment - - - -", "c", GREY)
        doc.font("B", 10)
        doc.text(36, 184, "Family Account Activity")
        doc.font("", 7.5)
        doc.text(36, 195, "Guarantor: Priya Venkataraman-Hale   ·   Primary insurance: Prairie Shield Health "
                          "(member ID PSH-8840127-01)   ·   Copay $25.00 per visit")
        return 204

    def footer():
        doc.font("", 7)
        doc.text(36, doc.H - 30, "Questions about this statement? Call (785) 555-0119, Monday-Friday 8:00-4:30. We "
                                 "accept checks, cards, and HSA cards.", color=GREY)
        doc.text(W - 36, doc.H - 30, f"Page {doc.page}", "r", GREY)

    y = tab.header(header_block(True), fill=LIGHT)
    for cno, pat, prov, pcl, svcs, atv in visits:
        first_name = pat.split()[0]
        sub = (f"Claim {cno} · {pat} · {prov} · " +
               (f"Prairie Shield Health claim # {pcl}" if pcl else "Submitted to Prairie Shield Health 02/02/2026 - "
                                                                  "awaiting payment"))
        if y + 40 > BOTTOM:
            footer()
            doc.new_page()
            y = tab.header(header_block(False), fill=LIGHT)
        doc.font("I", 7.2)
        doc.text(38, y + 9, sub, color=DARK)
        y += 12
        for s_ in svcs:
            if y + 20 > BOTTOM:
                footer()
                doc.new_page()
                y = tab.header(header_block(False), fill=LIGHT)
                doc.font("I", 7.2)
                doc.text(38, y + 9, sub + " (continued)", color=DARK)
                y += 12
            pend = pcl is None
            cells = [dfmt(s_.dos, "mdy2"), first_name, s_.desc, s_.code, " ".join(s_.mods), units_str(s_.units),
                     M(s_.billed), "pending" if pend else M(s_.paid), "pending" if pend else M(s_.insadj),
                     M(s_.pt_paid), M(s_.due)]
            y = tab.row(y, cells, wrap=2)
            s_.owes = s_.due
            printed = ("billed", "patient_owes") if pend else ("billed", "paid", "patient_owes")
            o.add(doc.page, s_, cno, pcl, pat, printed,
                  [["service_date", "codemods", "units"] + list(printed)])
        doc.hline(36, tab.x1, y + 1, 0.3)
        y += 3
        tb, tpd, tdue = total(svcs, "billed"), (None if pcl is None else total(svcs, "paid")), total(svcs, "due")
        o.claim(cno, pcl, pat)  # the statement prints no per-claim totals
    y += 4
    doc.font("B", 8.5)
    doc.text(tab.xs[10] - 4, y + 8, "Total amount due", "r")
    doc.text(tab.x1 - 2, y + 8, M(grand_due), "r")
    y += 20
    if y + 50 > BOTTOM:
        footer()
        doc.new_page()
        y = header_block(False)
    acols = [("Current", 90, "r"), ("31-60 days", 90, "r"), ("61-90 days", 90, "r"), ("Over 90 days", 90, "r"),
             ("Total due", 90, "r")]
    at = Tab(doc, 36, acols, 8, 10)
    y = at.header(y, fill=LIGHT, grid=True)
    y = at.row(y, [M(grand_due), "0.00", "0.00", "0.00", M(grand_due)], grid=True)
    footer()
    pages = doc.save()
    write_truth(out_dir / name, "h35_e1", "reportlab", pages,
                "Pediatric therapy clinic family statement, portrait serif: tear-off header with amount due, italic "
                "claim sub-headings (clinic claim no., patient, therapist, insurer claim no.), Date / Patient (first "
                "name) / wrapped Description / CPT / Mod / Units / Charges / Insurance Paid / Insurance Adjustment / "
                "You Paid / Amount Due, copays paid at the visit, a visit awaiting the insurer ('pending'), aging "
                "table, the activity table runs on to page 2 under a repeated heading.", o.lines, o.claims, [])
    return o, pages


# =============================================================================================== e2
@layout
def e2(out_dir: Path):
    """Children's hospital outpatient statement with a right sidebar (fpdf2, DejaVu Sans, landscape)."""
    name = "h35_e2_hospital_outpatient_statement.pdf"
    M = lambda d: money(d, "$", "-")  # noqa: E731
    fmt = Fmt(money=M, date=lambda d: dfmt(d, "dmy"), codemods=lambda c, m: ["-".join((c,) + tuple(m))],
              units=lambda u: u)
    o = Out(name, "fpdf2", fmt)
    doc = Doc("fpdf2", out_dir / name, "DejaVuSans", landscape=True)
    W = doc.W
    BOTTOM = doc.H - 40
    st = PlanState(ded_left=Decimal("400.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.71"))
    REV = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420", "05": "0420"}
    accts = [
        ("HAR 8804471203", "Felix Ambrose-Nakagawa", "Outpatient Rehabilitation - Occupational Therapy",
         "Keystone Family Health Plan", "KFH-26-01-77104382", [
             S(6, "97167", 1, "GO"), S(6, "97535", 2, "GO"), S(8, "97530", 2, "GO"), S(8, "97110", 1, "GO"),
             S(13, "97530", 3, "GO"), S(13, "97112", 1, "GO 59"), S(15, "97530", 2, "GO"), S(15, "97535", 1, "GO"),
             S(20, "97530", 2, "GO"), S(20, "97760", 1, "GO"), S(20, "L3807", 1, "RT"), S(22, "97530", 2, "GO"),
             S(22, "97533", 1, "GO", denied="PR"), S(27, "97530", 2, "GO"), S(27, "97110", 1, "GO"),
             S(29, "97168", 1, "GO")]),
        ("HAR 8804471377", "Lucia Ambrose-Nakagawa", "Outpatient Rehabilitation - Speech Pathology",
         "Keystone Family Health Plan", "KFH-26-01-77109915", [
             S(7, "92523", 1, "GN"), S(14, "92507", 1, "GN"), S(14, "92526", 1, "GN"), S(21, "92507", 1, "GN"),
             S(28, "92507", 1, "GN")]),
        ("HAR 8804471402", "Lucia Ambrose-Nakagawa", "Pediatric Specialty Clinic", "Keystone Family Health Plan",
         "KFH-26-01-77110240", [S(21, "99214", 1, "25"), S(21, "97750", 1, "GP")]),
    ]
    for *_, svcs in accts:
        for s_ in svcs:
            commercial(s_, st, deny_reason="204")
            s_.desc = s_.desc.upper()
    side_x = W - 36 - 176
    grand = sum((total(a[5], "owes") for a in accts), ZERO)

    def furniture(first):
        doc.rect(side_x, 30, 176, doc.H - 70, fill=(0.9, 0.93, 0.96), stroke=False)
        doc.font("B", 9)
        doc.text(side_x + 10, 48, "AMOUNT DUE")
        doc.font("B", 16)
        doc.text(side_x + 10, 68, money(grand))
        doc.font("", 7.5)
        for k, t in enumerate(["Due by 02/20/2026", "", "Guarantor: Renata Ambrose-Nakagawa", "Guarantor no. 40-118832",
                               "Statement date 01/31/2026", "", "Ways to pay", "· Online: pay.staurelian.example",
                               "· Phone: 1-866-555-0178", "· Mail the coupon on the back", "",
                               "Need help paying?", "Ask about our financial", "assistance program before your",
                               "due date.", "", "Billing questions", "1-866-555-0178, option 2"]):
            doc.text(side_x + 10, 86 + k * 10, t)
        doc.font("B", 13)
        doc.text(36, 44, "St. Aurelian Children's Hospital")
        doc.font("", 8)
        doc.text(36, 56, "Patient Financial Services · 700 Lantern Hill Rd · Brookmere, PA 17011")
        doc.font("", 7)
        doc.text(36, doc.H - 24, "Charges are shown by hospital account. Insurance payments and adjustments are shown "
                                 "on the line they apply to.", color=GREY)
        doc.text(side_x - 6, doc.H - 24, f"Page {doc.page}", "r", GREY)
        return 72

    cols = [("Service Date", 60, "l"), ("Rev", 28, "l"), ("Code", 66, "l"), ("Description", 126, "l"),
            ("Qty", 24, "r"), ("Charges", 52, "r"), ("Insurance\nPayments", 56, "r"), ("Insurance\nAdjustments", 60,
                                                                                      "r"),
            ("Patient\nBalance", 52, "r")]
    tab = Tab(doc, 36, cols, 7, 8.6)
    y = furniture(True)
    for har, pat, dept, payer, pcl, svcs in accts:
        def band(y, cont=False):
            doc.rect(36, y, tab.x1 - 36, 24, fill=SHADE, stroke=False)
            doc.font("B", 8)
            doc.text(40, y + 10, f"Hospital Account {har.split()[1]}   Patient: {pat}" + ("   (continued)" if cont
                                                                                         else ""))
            doc.font("", 7.5)
            doc.text(40, y + 20, f"{dept}   ·   Billed to {payer}, claim {pcl}")
            return tab.header(y + 26)
        if y + 60 > BOTTOM:
            doc.new_page()
            y = furniture(False)
        y = band(y)
        for s_ in svcs:
            if y + 20 > BOTTOM:
                doc.new_page()
                y = band(furniture(False), True)
            insadj = s_.discount + (s_.not_covered if s_.denied == "CO" else ZERO)
            assert s_.billed - s_.paid - insadj == s_.owes
            cells = [dfmt(s_.dos, "dmy"), REV[s_.code[:2]], "-".join((s_.code,) + s_.mods), s_.desc,
                     units_str(s_.units), M(s_.billed), M(s_.paid), M(insadj), M(s_.owes)]
            y = tab.row(y, cells, wrap=3)
            o.add(doc.page, s_, har.split()[1], pcl, pat, ("billed", "paid", "patient_owes"),
                  [["service_date", "codemods", "units", "billed", "paid", "patient_owes"]])
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        ta = sum((x.discount + (x.not_covered if x.denied == "CO" else ZERO) for x in svcs), ZERO)
        doc.hline(36, tab.x1, y + 1, 0.4)
        y = tab.row(y + 2, ["", "", "", "Account totals", "", M(tb), M(tp), M(ta), M(to)], style="B") + 10
        o.claim(har.split()[1], pcl, pat, billed=tb, paid=tp, patient_owes=to)
    pages = doc.save()
    write_truth(out_dir / name, "h35_e2", "fpdf2", pages,
                "Children's hospital outpatient statement to a guarantor, landscape, shaded right sidebar with the "
                "amount due on every page, account bands (hospital account, patient, department, insurer claim), "
                "Service Date 06-JAN-2026 / Rev / Code 'CPT-MOD' / upper-case wrapped description / Qty / Charges / "
                "Insurance Payments / Insurance Adjustments / Patient Balance, a not-covered line, "
                "an account continued onto the next page.", o.lines, o.claims, [])
    return o, pages

# ============================================================================================ driver
def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout35_"))
    out = out.resolve()
    if (REPO / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    nlines = npages = 0
    for fn in REGISTRY:
        o, pages = fn(out)
        nlines += len(o.lines)
        npages += pages
        tpath = Path(str(out / o.name) + ".truth.json")
        tr = json.loads(tpath.read_text())
        if o.findings:
            tr["expected_findings"] = o.findings
            tpath.write_text(json.dumps(tr, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if "--check" in argv:
            e = check_pdf(out / o.name, tr, o.rows, o.fmt, o.planted)
            errs += e
        print(f"{o.name}: {len(o.lines)} lines, {pages} pages, {len(o.claims)} claims")
    print(f"{len(REGISTRY)} files, {nlines} service lines, {npages} pages -> {out}")
    if "--check" in argv:
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
