"""Write the THIRTY-THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on house styles nobody developing it has seen, two of each of the five commonest
real kinds (commercial member EOBs, Medicare Summary Notice / Medicare Advantage member EOB, state Medicaid
remittance advices, Medicare-style remits printed by clearinghouses / practice-management systems, family
statements from therapy clinics / hospitals). (bench/heldout/ .. heldout31/ came earlier.)

Run:  python bench/heldout33/make_heldout33_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout33/make_heldout33_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; <name>.pdf.truth.json), printed values only,
null for what a layout does not print (units too); description is null throughout. claim_id = the provider's own
account / patient-control / visit / invoice number, payer_claim_id = the payer's claim number / ICN / TCN, patient
= the person who got the service, exactly as printed. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). Drawing, truth and check helpers live in bench/heldout33/h33kit.py.

Layouts (10 files):
  c1  commercial member "Claims Statement" (reportlab, Liberation Sans, portrait): claims summary table on page 1,
      claim heads "Claim for <NAME> (daughter)" + claim number + provider's account number, Service dates 01/05/26 /
      wrapped Type of service / Procedure "97530 GO" / Amount billed / Discounts / Amount allowed / Copay /
      Deductible / Coins. % / Coinsurance / What your plan paid / What I owe / See notes, four family members, no
      units, a member-owed non-covered 0552T, a bundled 97010 written off, office copay, a claim continued on
      page 2 under a repeated head, notes legend
  c2  commercial family EOB (fpdf2, Liberation Serif, landscape): dark patient bars, claim line (Claim Number /
      Provider / Provider Acct#), each service on TWO text lines (Line / Date 01/12/2026 / Description / Code/Mod
      "97140/GP/59" / Units / Billed Charges / Network Discount / Not Covered / Allowed Amount / Paid by Plan /
      Remarks, then "Member share: Deductible / Copay / Coinsurance / You owe"), a visit-limit denial the member
      owes, claim continued onto page 2; PLANTED claim-total mismatch (Paid by Plan total of LHA-2601-0045117
      printed 10.00 too high)
  m1  Medicare Summary Notice, Part B, quarterly (reportlab, core Helvetica): dashboard page, provider heads with
      address / referring doctor / claim number, each DATE printed once as a bold sub-heading row ("Jan 5, 2026")
      above its services, "Therapeutic exercises (97110)", Service Approved? Yes/No, no units, no modifiers, no
      provider account, KX-threshold note, a denied 0552T, "Total for this claim", a claim continued on page 2
  m2  Medicare Advantage HMO-POS member EOB (fpdf2, DejaVu Sans): dark title band, two-column first page (costs
      box + tips panel), claim bars "Claim 1 of 3", Date 01-06-26 / wording "(97110)" / Mod / Qty / Provider billed /
      Plan-approved / Plan paid / a "Your share" group: total FIRST, then Copay / Coinsurance / Not covered, $20
      copay once per day, DME coinsurance, a not-authorized line the member does not owe, a non-covered 0552T
  d1  state Medicaid provider RA (reportlab, core Times, landscape): PAID / DENIED / CREDITED / ADJUSTED sections,
      "Beneficiary Name / Beneficiary ID / Patient Account # / TCN" heading rows, Ln / Svc From / Svc To 01/05/26 /
      Procedure / Modifiers "GO U1" / Units "3.00" / Billed Amt / Approved Amt / Copay / Paid Amt / 4-digit EOB
      codes, an adult $2.00 copay, a credited December claim in parentheses and its adjusted replacement, claim
      and section totals, a claim continued on page 2 under a repeated header
  d2  state Medicaid RA as ONE FLAT fixed-width listing (fpdf2, core Courier): recipient name, recipient ID, patient
      account, ICN and status on every row, FROM/THRU MMDDYY, UNITS "2.0", a void with trailing-minus amounts and
      its replacement, a denied claim, CLAIM TOTAL rows, 3-digit EOB codes
  p1  practice-management "Remittance Detail by Claim" of a Medicare Part B payment (reportlab, DejaVu Sans
      Condensed): grey claim rows (NAME / MBI / Pat Ctrl # / ICN / Status), one adjustment column per GROUP
      ("Contractual (CO)", "Patient resp. (PR)", "Other (OA/PI)") with "45: 63.68" reason:amount pairs stacked in
      the cell, Deduct / Coins columns, a reversal in parentheses and its correction, a CO-96 denial
  p2  clearinghouse provider copy of a Medicare Part B remit (fpdf2, core Helvetica, landscape): bold claim lines
      (Patient Name / HIC-MBI / Patient Acct / ICN / status 19 forwarded to supplemental / charge), Rend NPI /
      From / To 01/12/2026 / POS / Proc / Mod 1 / Mod 2 / Units / Submitted / Allowed / Deductible / Co-Ins /
      Adj Grp/Rsn and Adj Amt stacked pairs / Paid / RARC, a bundled CO-97 line
  s1  pediatric therapy clinic family statement (fpdf2, DejaVu Sans): one flat table with patient name and clinic
      visit # on every row, wrapped service wording, glued "97530-GO", Units, Charges / Ins Paid / Adjustment /
      You Owe, the insurer's claim number on a visit's first row, three children, tear-off payment stub
  s2  hospital guarantor statement with visit blocks (reportlab, core Times): charges only per line (Date / wording
      in capitals / Code "97110 GP" / Qty / Amount), insurance payment (with the claim number), contractual
      adjustment and "Amount you owe for this visit" printed once per visit, mother, son and daughter

Truth decisions: c1 prints no units and no not-covered column (not_covered null; the member-owed line shows
allowed 0.00 and What I owe = billed; the bundled line's whole charge is in Discounts); c2's Member share line
gives deductible / copay / coinsurance / patient_owes; m1's allowed = Medicare-Approved, paid = Amount Medicare
Paid, patient_owes = Maximum You May Be Billed, note letters are remarks, claim_id null; m2's Your share total is
patient_owes; d1 / d2 print no patient share (null), d1's Copay is copay, EOB codes are remarks, voids keep
positive units with negative amounts; p1 / p2 print no per-line patient responsibility (null) and every adjustment
with its amount; s1's Adjustment = discount, You Owe = patient_owes, claim_id = visit #, payer_claim_id = the
insurer's claim number, no claim totals printed; s2 lines carry billed only (paid / adjustment are visit-level),
claim totals = Total charges (billed) only.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of each service
row (wrapped lines and stacked cells included; for m1 also the band of the date sub-heading); the check reads each
PDF's text layer with pdfplumber and finds every truth code, modifier (separate or in the layout's glued form),
units value, date, amount, adjustment and remark as whole tokens INSIDE that band; ids and patients in the
document's text; the page count; the documents' arithmetic (billed - adjustments = paid where every adjustment is
printed; allowed - deductible - copay - coinsurance = paid for member EOBs; billed - discount - not covered =
allowed where printed; patient owes = its printed parts); claim totals printed and equal to the sum of their lines
except the declared planted mismatch (which must really differ); claims unique; legend codes printed; at least
three files with a claim continued onto the next page; at least ten files.
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

import eobgen  # noqa: E402
from eobgen import PlanState, Svc, commercial, dfmt, medicaid, medicare, money, negate, q, total  # noqa: E402
from h33kit import Col, Doc, Fmt, Layout, Table, check_file  # noqa: E402

# A few more invented charges / fee-schedule amounts and our own short wording.
for _c, _fee, _sch, _d in (
    ("97533", "98.00", "38.10", "Sensory integration, each 15 min"),
    ("97018", "30.00", "5.20", "Paraffin bath"),
    ("99214", "220.00", "127.50", "Office visit, established, moderate"),
    ("97542", "85.00", "33.10", "Wheelchair management training"),
    ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
    ("97164", "140.00", "70.20", "PT re-evaluation"),
    ("92610", "260.00", "84.40", "Swallowing function evaluation"),
    ("97010", "25.00", "0.00", "Hot or cold packs"),
    ("97763", "125.00", "52.60", "Orthotic/prosthetic follow-up training"),
):
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _fee, _sch, _d

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
Z = Decimal("0.00")


def D(m: int, d: int, y: int = 2026) -> date:
    return date(y, m, d)


def S(dos: date, code: str, units=1, mods=(), desc: str = "", denied: str | None = None) -> Svc:
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


def two_pass(build):
    """Render once to learn the page count, then again with 'Page n of N' right."""
    lay = build(None)
    n = lay.pages
    lay = build(n)
    assert lay.pages == n, (lay.name, lay.pages, n)
    return lay


class Flow:
    """Page flow shared by the table layouts: furniture on every page, claim heads, rows, totals."""

    def __init__(self, doc: Doc, lay: Layout, top_fn, foot_fn, bottom: float):
        self.doc, self.lay, self.top_fn, self.foot_fn, self.bottom = doc, lay, top_fn, foot_fn, bottom
        self.pno = 0
        self.y = 0.0

    def new_page(self) -> float:
        if self.pno:
            self.foot_fn(self.pno)
        self.doc.page()
        self.pno += 1
        self.y = self.top_fn(self.pno)
        return self.y

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False

    def finish(self) -> None:
        self.foot_fn(self.pno)
        self.doc.save()
        self.lay.pages = self.doc.pages

    def claims(self, tb: Table, claims, head, cells, add, tot=None, after=None, min_first=40, row_kw=None):
        """head(y, cl, cont) -> y; cells(s, cl) -> list; add(s, cl) -> kwargs for Layout.add;
        tot(cl) -> cells or None; after(y, cl) -> y."""
        for cl in claims:
            self.need(min_first)
            self.y = head(self.y, cl, False)
            for s in cl["svcs"]:
                cs = cells(s, cl)
                n = max(len(c) if isinstance(c, list) else 1 for c in cs)
                if self.need(n * tb.lh + 2):
                    self.y = head(self.y, cl, True)
                self.y, t0, t1 = tb.row(self.y, cs, **(row_kw(s, cl) if row_kw else {}))
                self.lay.add(self.pno, s, (t0, t1), **add(s, cl))
            if tot:
                tc = tot(cl)
                if tc is not None:
                    self.need(tb.lh + 2)
                    self.y, _, _ = tb.row(self.y, tc, style="B", fill=0.92)
            if after:
                self.y = after(self.y, cl)


# =========================================================================================== c1
def c1(out: Path, total_pages):
    """Commercial member EOB: 'Claims Statement', reportlab portrait Liberation Sans."""
    W, H = LETTER
    path = out / "h33_c1_claims_statement.pdf"
    doc = Doc(path, "reportlab", W, H, "LiberationSans")
    money_ = lambda d: money(d, "$", "-")  # noqa: E731
    lay = Layout("h33_c1_claims_statement", "reportlab",
                 "Commercial plan member 'Claims Statement' for a family: summary table on page 1, then claim "
                 "details with 'Type of service' wording, 'Procedure' 97530 GO, Coins. % column, What I owe.",
                 Fmt(money=money_, date=lambda d: dfmt(d, "mdy2")), share_parts=True)
    lay.legend = [("N14", "Part of this amount was applied to your deductible."),
                  ("N22", "Your plan does not cover this service; the provider may bill you for it."),
                  ("N31", "Included in the payment for another service that day. Do not pay the provider for it."),
                  ("N40", "Fixed copay for an office visit; the plan paid the rest of the allowed amount."),
                  ("N05", "In-network provider: you are not billed for the discount.")]
    fam = {"Elena": "ELENA M. PELLETIER", "Daniel": "DANIEL K. PELLETIER", "Maya": "MAYA PELLETIER",
           "Owen": "OWEN PELLETIER"}
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99214": Decimal("35.00")},
                   allowed_rate=Decimal("0.78"))
    claims = []
    # claim 1: Maya, OT
    svcs = [S(D(1, 5), "97165", 1, ("GO",)), S(D(1, 5), "97530", 2, ("GO",)), S(D(1, 7), "97530", 3, ("GO",)),
            S(D(1, 7), "97535", 1, ("GO",)), S(D(1, 12), "97530", 2, ("GO",)), S(D(1, 12), "97533", 2, ("GO",))]
    claims.append(dict(pt=fam["Maya"], rel="daughter", cno="26-0107-88213", acct="55120-3",
                       prov="Bright Harbor Pediatric Therapy", svcs=svcs))
    # claim 2: Daniel, hand therapy + doctor
    svcs = [S(D(1, 6), "99214"), S(D(1, 6), "L3807", 1, ("RT",)), S(D(1, 6), "97760", 2, ("GO",)),
            S(D(1, 9), "0552T", 1, (), denied="PR"), S(D(1, 9), "97140", 1, ("GO", "59")),
            S(D(1, 9), "97110", 2, ("GO",))]
    claims.append(dict(pt=fam["Daniel"], rel="self", cno="26-0109-90455", acct="HX-771042",
                       prov="Tidewater Hand & Wrist Center", svcs=svcs))
    # claim 3: Owen, speech, long
    svcs = [S(D(1, 5), "92523", 1, ("GN",))]
    for d in (6, 8, 13, 15, 20, 22, 27, 29):
        svcs.append(S(D(1, d), "92507", 1, ("GN",)))
        if d in (8, 15, 22, 29):
            svcs.append(S(D(1, d), "92526", 1, ("GN",)))
    svcs.append(S(D(1, 30), "97533", 1, ("GO",)))
    claims.append(dict(pt=fam["Owen"], rel="son", cno="26-0131-10277", acct="55120-7",
                       prov="Bright Harbor Pediatric Therapy", svcs=svcs))
    # claim 4: Elena, PT with a bundled pack
    svcs = [S(D(1, 14), "97161", 1, ("GP",)), S(D(1, 14), "97010", 1, ("GP",), denied="CO"),
            S(D(1, 16), "97110", 2, ("GP",)), S(D(1, 16), "97140", 1, ("GP",)), S(D(1, 16), "97112", 1, ("GP",))]
    claims.append(dict(pt=fam["Elena"], rel="spouse", cno="26-0119-31408", acct="0088125",
                       prov="Northfield Spine & Sport PT", svcs=svcs))
    for cl in claims:
        for s in cl["svcs"]:
            commercial(s, st)
            if s.denied == "CO":
                s.discount = s.billed
                s.remarks = ["N31"]
            elif s.denied == "PR":
                s.remarks = ["N22"]
            elif s.copay:
                s.remarks = ["N40"]
            elif s.deductible:
                s.remarks = ["N14"]
            else:
                s.remarks = ["N05"]

    cols = [Col("Service\ndates", 38), Col("Type of service", 82), Col("Procedure", 46),
            Col("Amount\nbilled", 44, "R"), Col("Discounts", 42, "R"), Col("Amount\nallowed", 44, "R"),
            Col("Copay", 34, "R"), Col("Deductible", 40, "R"), Col("Coins.\n%", 26, "R"),
            Col("Coinsurance", 44, "R"), Col("What your\nplan paid", 44, "R"), Col("What I\nowe", 38, "R"),
            Col("See\nnotes", 26, "C")]
    tb = Table(doc, 30, cols, 6.6, 8.2)
    pno = [0]

    def footer():
        doc.hline(30, W - 30, H - 40, 0.4)
        doc.text(30, H - 28, "Northgate Mutual Health Company  ·  This is not a bill  ·  Keep for your records", 6.5)
        doc.text(W - 30, H - 28, f"Page {pno[0]} of {total_pages or 0}", 6.5, "", "R")

    def newpage(cont_title=None):
        if pno[0]:
            footer()
        doc.page()
        pno[0] += 1
        doc.text(30, 40, "NORTHGATE MUTUAL", 15, "B")
        doc.text(30, 52, "HEALTH COMPANY", 9, "B", gray=0.35)
        doc.text(W - 30, 40, "CLAIMS STATEMENT", 13, "B", "R")
        doc.text(W - 30, 52, "Statement date 01/31/26  ·  Member ID NMH448201773", 7, "", "R")
        doc.hline(30, W - 30, 60, 1.2)
        return 72

    def heading(y):
        return tb.header(y, fill=0.88)

    y = newpage()
    doc.text(30, y + 8, "DANIEL K. PELLETIER", 9, "B")
    for i, t in enumerate(("2291 Quarry Lane", "Ashford Springs, NE 68019")):
        doc.text(30, y + 19 + i * 10, t, 8)
    doc.rect(330, y, 252, 52, fill=0.95)
    for i, (k, v) in enumerate((("Plan", "Northgate Choice PPO 1500"), ("Group", "EMPLOYER GRP 40215"),
                                ("Claims processed", "01/01/26 - 01/31/26"),
                                ("Family deductible met", "$1,350.00 of $3,000.00"))):
        doc.text(338, y + 11 + i * 11, k, 7.5, "B")
        doc.text(450, y + 11 + i * 11, v, 7.5)
    y += 66
    doc.text(30, y, "Claims summary", 11, "B")
    y += 6
    st_ = Table(doc, 30, [Col("Claim number", 80), Col("Patient", 120), Col("Provider", 160),
                          Col("Amount billed", 66, "R"), Col("Plan paid", 62, "R"), Col("What I owe", 64, "R")],
                7.5, 10)
    y = st_.header(y, fill=None)
    for cl in claims:
        y, _, _ = st_.row(y, [cl["cno"], cl["pt"], cl["prov"], money_(total(cl["svcs"], "billed")),
                              money_(total(cl["svcs"], "paid")), money_(total(cl["svcs"], "owes"))], rule="dash")
    y += 10
    doc.text(30, y + 6, "What I owe is what the providers may bill you after this plan paid. Notes are explained "
                        "at the end of this statement.", 7)
    y += 22
    doc.text(30, y, "Claim details", 11, "B")
    y += 8
    bottom = H - 60
    for cl in claims:
        if y + 60 > bottom:
            y = newpage()
        def chead(y, cont=False):
            doc.text(30, y + 9, f"Claim for {cl['pt']} ({cl['rel']})" + ("  (continued)" if cont else ""), 8.5, "B")
            doc.text(W - 30, y + 9, f"Claim number {cl['cno']}  ·  Processed 01/2{len(cl['svcs']) % 9}/26", 7.5,
                     "", "R")
            doc.text(30, y + 20, f"Provider: {cl['prov']}  ·  Provider's account number {cl['acct']}  ·  "
                                 "In network", 7.5)
            return heading(y + 25)
        y = chead(y)
        for s in cl["svcs"]:
            desc = doc.wrap(s.desc, 82 - 5, 6.6)
            h = len(desc) * 8.2 + 2
            if y + h > bottom:
                y = newpage()
                y = chead(y, True)
            cov = "0%" if s.copay or s.denied else "20%"
            cells = [dfmt(s.dos, "mdy2"), desc, " ".join((s.code,) + s.mods), money_(s.billed), money_(s.discount),
                     money_(s.allowed), money_(s.copay), money_(s.deductible), cov, money_(s.coinsurance),
                     money_(s.paid), money_(s.owes), " ".join(s.remarks)]
            y, t0, t1 = tb.row(y, cells, rule="solid")
            lay.add(pno[0], s, (t0, t1), claim_id=cl["acct"], payer_claim_id=cl["cno"], patient=cl["pt"],
                    printed=("billed", "discount", "allowed", "copay", "deductible", "coinsurance", "paid",
                             "patient_owes"), units=False, remarks=s.remarks)
        sv = cl["svcs"]
        y, _, _ = tb.row(y, ["", "Claim total", "", money_(total(sv, "billed")), money_(total(sv, "discount")),
                             money_(total(sv, "allowed")), money_(total(sv, "copay")),
                             money_(total(sv, "deductible")), "", money_(total(sv, "coinsurance")),
                             money_(total(sv, "paid")), money_(total(sv, "owes")), ""], style="B", fill=0.93)
        lay.totals(cl["acct"], cl["cno"], billed=total(sv, "billed"), allowed=total(sv, "allowed"),
                   paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        doc.text(30, y + 9, f"We sent {money_(total(sv, 'paid'))} to {cl['prov']}.", 7, "I")
        y += 20
    if y + 90 > bottom:
        y = newpage()
    doc.text(30, y + 6, "Notes", 10, "B")
    y += 12
    for code, txt in lay.legend:
        doc.text(30, y + 6, code, 7.5, "B")
        doc.text(60, y + 6, txt, 7.5)
        y += 11
    footer()
    doc.save()
    lay.pages = doc.pages
    return lay


# =========================================================================================== c2
def c2(out: Path, total_pages):
    """Commercial member EOB, fpdf2 landscape Liberation Serif, two text lines per service."""
    W, H = LAND
    name = "h33_c2_lakeshore_family_eob"
    doc = Doc(out / (name + ".pdf"), "fpdf2", W, H, "LiberationSerif")
    m = lambda d: money(d, ",", "-")  # noqa: E731
    lay = Layout(name, "fpdf2", "Commercial member EOB for a family, grouped by patient; each service on two text "
                 "lines (charges row, then a 'Member share' breakdown line).",
                 Fmt(money=m, date=lambda d: dfmt(d, "mdy4"), glue=lambda c, ms: "/".join([c] + ms)),
                 share_parts=True)
    lay.legend = [("RM02", "Applied to the member's calendar-year deductible."),
                  ("RM12", "Member coinsurance at the in-network level."),
                  ("RM19", "Office visit copayment."),
                  ("RM44", "Visit limit for this therapy has been reached for the year; not covered."),
                  ("RM51", "Network discount: the provider agreed not to bill this amount.")]
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.15"), copay_codes={"99214": Decimal("40.00")},
                   allowed_rate=Decimal("0.81"))
    groups = []
    g1 = [dict(cno="LHA-2601-0045117", acct="RR-22841", prov="Riverbend Rehab Associates", svcs=[
        S(D(1, 12), "97162", 1, ("GP",)), S(D(1, 12), "97110", 2, ("GP",)), S(D(1, 14), "97110", 2, ("GP",)),
        S(D(1, 14), "97140", 1, ("GP", "59")), S(D(1, 19), "97112", 1, ("GP",)), S(D(1, 19), "97110", 1, ("GP",)),
        S(D(1, 21), "97530", 2, ("GP",)), S(D(1, 21), "97140", 1, ("GP", "59")), S(D(1, 26), "97164", 1, ("GP",)),
        S(D(1, 26), "97110", 2, ("GP",)), S(D(1, 28), "97542", 1, ("GP",)), S(D(1, 28), "97116", 2, ("GP",))])]
    g2 = [dict(cno="LHA-2601-0045260", acct="00071-TB", prov="Kestrel Pediatric OT", svcs=[
        S(D(1, 8), "97166", 1, ("GO",)), S(D(1, 8), "97533", 1, ("GO",)), S(D(1, 15), "97530", 3, ("GO",)),
        S(D(1, 15), "97535", 1, ("GO",)), S(D(1, 22), "97530", 3, ("GO",)), S(D(1, 22), "97533", 2, ("GO",))]),
          dict(cno="LHA-2601-0045301", acct="M-601144", prov="Lakeshore Family Medicine", svcs=[
              S(D(1, 9), "99214")])]
    g3 = [dict(cno="LHA-2601-0045388", acct="ST-3092", prov="Clearwater Speech & Language", svcs=[
        S(D(1, 6), "92523", 1, ("GN",)), S(D(1, 13), "92507", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",)),
        S(D(1, 27), "92507", 1, ("GN",), denied="PR")])]
    groups = [("GRACE T. BELLWEATHER", "Subscriber", g1), ("THEO BELLWEATHER", "Son", g2),
              ("RUTH A. BELLWEATHER", "Spouse", g3)]
    for _, _, gl in groups:
        for cl in gl:
            for sv in cl["svcs"]:
                commercial(sv, st, deny_reason="119")
                sv.remarks = (["RM44"] if sv.denied else ["RM19"] if sv.copay else
                              ["RM02"] if sv.deductible else ["RM12"])
    planted = g1[0]
    cols = [Col("Line", 24), Col("Date of Service", 62), Col("Description of Service", 160),
            Col("Code/Mod", 62), Col("Units", 30, "R"), Col("Billed Charges", 64, "R"),
            Col("Network Discount", 66, "R"), Col("Not Covered", 56, "R"), Col("Allowed Amount", 64, "R"),
            Col("Paid by Plan", 60, "R"), Col("Remarks", 44, "C")]
    tb = Table(doc, 36, cols, 7.6, 9.6)

    def top(pno):
        doc.text(36, 38, "LAKESHORE HEALTH ALLIANCE", 14, "B")
        doc.text(36, 50, "Group Health Benefits  ·  PO Box 7719  ·  Harlow Bay, MI 49091", 7.5)
        doc.text(W - 36, 38, "EXPLANATION OF BENEFITS", 12, "B", "R")
        doc.text(W - 36, 50, "THIS IS NOT A BILL", 8, "B", "R")
        doc.hline(36, W - 36, 56, 0.8)
        y = 64
        if pno == 1:
            doc.rect(36, y, 300, 46)
            for i, t in enumerate(("Subscriber: GRACE T. BELLWEATHER", "Member ID: LHA7730219405",
                                   "Group: Marrow County Schools  ·  Plan: Alliance PPO Gold",
                                   "Date prepared: 02/03/2026")):
                doc.text(42, y + 11 + i * 10, t, 7.6)
            doc.rect(W - 336, y, 300, 46, fill=0.94)
            doc.text(W - 330, y + 11, "Deductible (individual)   $200.00 met of $750.00", 7.6)
            doc.text(W - 330, y + 21, "Out-of-pocket (family)     $1,184.22 of $9,000.00", 7.6)
            doc.text(W - 330, y + 31, "Questions? Member Services 1-800-555-0148 (TTY 711)", 7.6)
            y += 56
        return y

    def foot(pno):
        doc.text(36, H - 24, "Lakeshore Health Alliance administers this plan. Remarks are explained on the last page.",
                 6.8)
        doc.text(W - 36, H - 24, f"Page {pno} of {total_pages or 0}", 6.8, "", "R")

    fl = Flow(doc, lay, top, foot, H - 40)
    fl.new_page()
    for pt, rel, gl in groups:
        fl.need(70)

        def head(y, cl, cont, pt=pt, rel=rel):
            doc.rect(36, y, W - 72, 13, fill=0.25, stroke=False)
            doc.text(40, y + 9.5, f"Patient: {pt} ({rel})" + ("  - continued" if cont else ""), 8.2, "B", gray=1.0)
            y += 16
            doc.text(36, y + 8, f"Claim Number: {cl['cno']}     Provider: {cl['prov']}     Provider Acct#: "
                                f"{cl['acct']}     Received 01/30/2026", 7.6, "B")
            return tb.header(y + 11, fill=None)

        def cells(sv, cl):
            i = cl["svcs"].index(sv) + 1
            share = (f"Member share:  Deductible {m(sv.deductible)}   Copay {m(sv.copay)}   Coinsurance "
                     f"{m(sv.coinsurance)}   You owe {m(sv.owes)}")
            return [str(i), dfmt(sv.dos, "mdy4"), [sv.desc, share], "/".join((sv.code,) + sv.mods),
                    str(sv.units), m(sv.billed), m(sv.discount), m(sv.not_covered), m(sv.allowed), m(sv.paid),
                    " ".join(sv.remarks)]

        def add(sv, cl, pt=pt):
            return dict(claim_id=cl["acct"], payer_claim_id=cl["cno"], patient=pt, remarks=sv.remarks,
                        printed=("billed", "discount", "not_covered", "allowed", "paid", "deductible", "copay",
                                 "coinsurance", "patient_owes"))

        def tot(cl):
            sv = cl["svcs"]
            paid = total(sv, "paid") + (Decimal("10.00") if cl is planted else Z)
            lay.totals(cl["acct"], cl["cno"], billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=paid)
            return ["", "", "Claim Totals", "", "", m(total(sv, "billed")), m(total(sv, "discount")),
                    m(total(sv, "not_covered")), m(total(sv, "allowed")), m(paid), ""]

        def after(y, cl):
            doc.text(40, y + 10, f"Member share for this claim: {m(total(cl['svcs'], 'owes'))}.  Payment of "
                                 f"{m(total(cl['svcs'], 'paid'))} was sent to {cl['prov']}.", 7.4, "I")
            return y + 18

        fl.claims(tb, gl, head, cells, add, tot, after, min_first=80,
                  row_kw=lambda sv, cl: dict(rule="dash", styles={}))
    sv = planted["svcs"]
    lay.findings = [f"claim-total-mismatch claim {planted['cno']}: printed paid total "
                    f"{q(total(sv, 'paid') + Decimal('10.00'))} (Paid by Plan) but the lines add up to "
                    f"{q(total(sv, 'paid'))}"]
    fl.need(80)
    y = fl.y + 6
    doc.text(36, y, "Remark codes", 9, "B")
    for code, txt in lay.legend:
        y += 10
        doc.text(36, y, code, 7.5, "B")
        doc.text(70, y, txt, 7.5)
    fl.finish()
    return lay


# =========================================================================================== m1
def m1(out: Path, total_pages):
    """Medicare Summary Notice, Part B, reportlab portrait core Helvetica, dates as sub-heading rows."""
    W, H = LETTER
    name = "h33_m1_msn_part_b_quarter"
    doc = Doc(out / (name + ".pdf"), "reportlab", W, H, "Helvetica")
    m = lambda d: money(d, "$", "-")  # noqa: E731
    dstyle = lambda d: f"{d:%b} {d.day}, {d.year}"  # noqa: E731
    lay = Layout(name, "reportlab", "Medicare Summary Notice for Part B for one beneficiary, quarterly: claims "
                 "grouped by provider, each date of service printed once as a sub-heading above its services.",
                 Fmt(money=m, date=dstyle))
    lay.legend = [("A", "Payment for this service was reduced 2% under federal law."),
                  ("B", "This amount counts toward your Part B deductible."),
                  ("C", "Medicare does not pay for this item or service; you may be billed for it."),
                  ("D", "Your therapy costs this year are above the amount that calls for a medical-necessity "
                        "review; the provider confirmed the services were needed.")]
    bene = "VERONICA L. STAPLETON-REYES"
    st = PlanState(ded_left=Decimal("110.00"))
    provs = [
        dict(prov="Harbor Point Hand Therapy", addr="4410 Wharf St, Ste 2, Port Lindell, OR 97015",
             ref="Referred by: Nadia Oyelowo, MD", cno="22-26-019-448-120", svcs=[
                 S(D(1, 5), "97165", 1, ("GO",)), S(D(1, 5), "L3807", 1, ("RT",)), S(D(1, 8), "97760", 2, ("GO",)),
                 S(D(1, 8), "97018", 1, ("GO",)), S(D(1, 8), "0552T", 1, (), denied="PR")]),
        dict(prov="Alder Ridge Outpatient Physical Therapy", addr="77 Fairgrounds Rd, Port Lindell, OR 97016",
             ref="Referred by: Tomasz Ridley, DO", cno="22-26-027-103-554", svcs=[
                 S(D(1, 12), "97161", 1, ("GP",)), S(D(1, 12), "97110", 2, ("GP",)),
                 S(D(1, 14), "97110", 2, ("GP",)), S(D(1, 14), "97140", 1, ("GP",)), S(D(1, 14), "97116", 1, ("GP",)),
                 S(D(1, 19), "97110", 2, ("GP", "KX")), S(D(1, 19), "97112", 1, ("GP", "KX")),
                 S(D(1, 21), "97530", 2, ("GP", "KX")), S(D(1, 21), "97140", 1, ("GP", "KX")),
                 S(D(1, 26), "97110", 3, ("GP", "KX")), S(D(1, 26), "G0283", 1, ("GP",)),
                 S(D(1, 28), "97164", 1, ("GP", "KX")), S(D(1, 28), "97116", 2, ("GP", "KX"))]),
        dict(prov="Cedar Hollow Internal Medicine", addr="12 Birch Ct, Lindell Falls, OR 97019",
             ref="", cno="22-26-033-871-006", svcs=[S(D(2, 3), "99214")]),
    ]
    for pv in provs:
        for sv in pv["svcs"]:
            medicare(sv, st)
            r = []
            if sv.denied:
                r = ["C"]
            else:
                if sv.deductible:
                    r.append("B")
                if "KX" in sv.mods:
                    r.append("D")
                r.append("A")
            sv.remarks = r
    cols = [Col("Service Provided & Billing Code", 196), Col("Service\nApproved?", 50, "C"),
            Col("Amount\nProvider\nCharged", 64, "R"), Col("Medicare-\nApproved\nAmount", 64, "R"),
            Col("Amount\nMedicare\nPaid", 64, "R"), Col("Maximum You\nMay Be\nBilled", 66, "R"),
            Col("See\nNotes", 40, "C")]
    tb = Table(doc, 36, cols, 8, 10.5)

    def top(pno):
        doc.text(36, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 13, "B")
        doc.text(36, 53, f"{bene}  ·  Notice date: April 3, 2026", 8.5)
        doc.text(W - 36, 53, f"Page {pno} of {total_pages or 0}", 8.5, "", "R")
        doc.hline(36, W - 36, 60, 1.5)
        return 70

    def foot(pno):
        doc.text(36, H - 26, "Not a bill. Keep this notice and compare it with the statements and receipts you get "
                             "from your providers.", 7)

    fl = Flow(doc, lay, top, foot, H - 44)
    fl.new_page()
    y = fl.y
    doc.text(36, y + 12, "Medicare Number: XXX-XX-7Q41", 9)
    doc.text(36, y + 24, "This notice covers claims processed January 1 - March 31, 2026.", 9)
    doc.text(36, y + 50, bene, 9, "B")
    doc.text(36, y + 61, "880 Kestrel Way", 9)
    doc.text(36, y + 72, "Port Lindell, OR 97015-2204", 9)
    doc.rect(330, y + 36, 246, 108)
    doc.text(340, y + 52, "Your Deductible Status", 10, "B")
    doc.text(340, y + 66, "Your deductible is what you must pay for", 8)
    doc.text(340, y + 76, "services each year before Medicare pays.", 8)
    doc.text(340, y + 92, "Part B deductible: You have now met $257.00 of", 8)
    doc.text(340, y + 102, "your $257.00 deductible for 2026.", 8)
    doc.text(340, y + 124, "Be alert to fraud: compare every line below", 8, "I")
    doc.text(340, y + 134, "with the care you remember getting.", 8, "I")
    allsv = [sv for pv in provs for sv in pv["svcs"]]
    doc.text(36, y + 166, "Your Claims & Costs This Period", 11, "B")
    for i, (k, v) in enumerate((("Providers with claims", str(len(provs))), ("Total charged by providers",
                                m(total(allsv, "billed"))), ("Total Medicare paid", m(total(allsv, "paid"))),
                                ("Total you may be billed", m(total(allsv, "owes"))))):
        doc.text(36, y + 182 + i * 13, k, 9)
        doc.text(300, y + 182 + i * 13, v, 9, "B", "R")
    fl.y = y + 250
    doc.text(36, fl.y, "Part B Medical Insurance - Assigned Claims", 11, "B")
    fl.y += 8
    for pv in provs:
        fl.need(90)

        def head(y, cont):
            doc.rect(36, y, W - 72, 28 if not cont else 14, fill=0.9, stroke=False)
            doc.text(40, y + 10, pv["prov"] + (" (claim continued)" if cont else ""), 9, "B")
            doc.text(W - 40, y + 10, f"Claim number {pv['cno']}", 8, "", "R")
            if not cont:
                doc.text(40, y + 22, pv["addr"] + ("    " + pv["ref"] if pv["ref"] else ""), 7.5)
                y += 14
            return tb.header(y + 16, fill=None)

        fl.y = head(fl.y, False)
        last = None
        for sv in pv["svcs"]:
            if fl.need(2 * tb.lh + 4):
                fl.y = head(fl.y, True)
                last = None
            if sv.dos != last:
                fl.y, d0, d1 = tb.row(fl.y, [dstyle(sv.dos)], style="B")
                dband = (fl.pno, d0, d1)
                last = sv.dos
            cells = [f"{sv.desc} ({sv.code})", "No" if sv.denied else "Yes", m(sv.billed), m(sv.allowed),
                     m(sv.paid), m(sv.owes), " ".join(sv.remarks)]
            fl.y, t0, t1 = tb.row(fl.y, cells)
            lay.add(fl.pno, sv, (t0, t1), claim_id=None, payer_claim_id=pv["cno"], patient=bene,
                    printed=("billed", "allowed", "paid", "patient_owes"), units=False, modifiers=False,
                    remarks=sv.remarks, date_band=dband)
        sv = pv["svcs"]
        fl.need(tb.lh + 4)
        doc.hline(36, W - 36, fl.y, 0.6)
        fl.y, _, _ = tb.row(fl.y, ["Total for this claim", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                                   m(total(sv, "paid")), m(total(sv, "owes")), ""], style="B")
        lay.totals(None, pv["cno"], billed=total(sv, "billed"), allowed=total(sv, "allowed"),
                   paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        fl.y += 12
    fl.need(80)
    doc.text(36, fl.y + 4, "Notes for Claims Above", 10, "B")
    fl.y += 6
    for code, txt in lay.legend:
        fl.need(12)
        fl.y += 11
        doc.text(36, fl.y, code, 8, "B")
        doc.text(52, fl.y, txt, 8)
    fl.finish()
    return lay


# =========================================================================================== m2
def m2(out: Path, total_pages):
    """Medicare Advantage member EOB, fpdf2 portrait DejaVu Sans, two-column first page."""
    W, H = LETTER
    name = "h33_m2_ma_hmo_pos_eob"
    doc = Doc(out / (name + ".pdf"), "fpdf2", W, H, "DejaVuSans")
    m = lambda d: money(d, "$", "-")  # noqa: E731
    lay = Layout(name, "fpdf2", "Medicare Advantage HMO-POS monthly member EOB: first page in two columns, claims "
                 "with a 'Your share' group over Total / Copay / Coinsurance / Not covered.",
                 Fmt(money=m, date=lambda d: d.strftime("%m-%d-%y")))
    lay.legend = [("M2", "Specialist visit copay, charged once per day."),
                  ("M7", "The plan did not approve this service in advance. You do not owe this amount."),
                  ("M9", "Not a covered benefit of your plan. The provider may bill you."),
                  ("M11", "Paid in full by your plan at the plan-approved amount."),
                  ("M4", "Medical equipment: you pay 20% of the plan-approved amount.")]
    member = "LORRAINE V. ACHTERBERG"
    claims = [
        dict(prov="Cascade Rehabilitation Services", cno="H26-01-7735120", acct="00-44810", svcs=[
            S(D(1, 6), "97161", 1, ("GP",)), S(D(1, 6), "97110", 2, ("GP",))] + [
            S(D(1, d), c, u, ("GP",)) for d in (8, 13, 15, 20, 22) for c, u in (("97110", 2), ("97112", 1),
                                                                                 ("97140", 1))]),
        dict(prov="Summit Hand & Orthotics", cno="H26-01-7741009", acct="SHO-20931", svcs=[
            S(D(1, 9), "97165", 1, ("GO",)), S(D(1, 9), "L3807", 1, ("LT",)), S(D(1, 9), "97760", 1, ("GO",)),
            S(D(1, 16), "97763", 1, ("GO",)), S(D(1, 16), "0552T", 1, (), denied="PR")]),
        dict(prov="Valley Swallow & Voice Clinic", cno="H26-01-7750288", acct="VSV-1187", svcs=[
            S(D(1, 23), "92610", 1, ("GN",)), S(D(1, 27), "92526", 1, ("GN",), denied="CO")]),
    ]
    seen = set()
    for cl in claims:
        for sv in cl["svcs"]:
            if sv.denied:
                sv.not_covered = sv.billed if sv.denied == "PR" else Z
                sv.owes = sv.billed if sv.denied == "PR" else Z
                sv.remarks = ["M9" if sv.denied == "PR" else "M7"]
                continue
            sv.allowed = q(Decimal(eobgen.SCHED[sv.code]) * sv.units)
            key = (cl["cno"], sv.dos)
            if key not in seen:
                seen.add(key)
                sv.copay = min(Decimal("20.00"), sv.allowed)
                sv.remarks = ["M2"]
            else:
                sv.remarks = ["M11"]
            if sv.code == "L3807":
                sv.copay = Z
                sv.coinsurance = q(sv.allowed * Decimal("0.20"))
                sv.remarks = ["M4"]
            sv.paid = sv.allowed - sv.copay - sv.coinsurance
            sv.owes = sv.copay + sv.coinsurance
    lay.share_parts = True
    cols = [Col("Date", 40), Col("Service you received", 128), Col("Mod", 26), Col("Qty", 20, "R"),
            Col("Provider\nbilled", 46, "R"), Col("Plan-\napproved", 46, "R"), Col("Plan\npaid", 44, "R"),
            Col("Your share\ntotal", 46, "R"), Col("\nCopay", 38, "R"), Col("Coins-\nurance", 40, "R"),
            Col("Not\ncovered", 40, "R"), Col("Note", 26, "C")]
    tb = Table(doc, 36, cols, 6.8, 8.6)

    def top(pno):
        doc.rect(0, 0, W, 50, fill=0.15, stroke=False)
        doc.text(36, 24, "SUMMIT RIDGE MEDICARE ADVANTAGE (HMO-POS)", 12, "B", gray=1.0)
        doc.text(36, 38, "Explanation of Benefits for January 2026  ·  This is not a bill", 8, "", gray=1.0)
        doc.text(W - 36, 38, f"{member}  ·  Member ID SRM-884120377  ·  Page {pno} of {total_pages or 0}", 7, "",
                 "R", gray=1.0)
        return 64

    def foot(pno):
        doc.text(36, H - 22, "Summit Ridge Health Plan is an HMO-POS plan with a Medicare contract. Call 1-888-555-"
                             "0193 (TTY 711), 8 a.m. - 8 p.m., 7 days a week.", 6.5)

    fl = Flow(doc, lay, top, foot, H - 38)
    y = fl.new_page()
    # two columns on page 1
    allsv = [sv for cl in claims for sv in cl["svcs"]]
    doc.text(36, y + 10, "Your costs at a glance", 10, "B")
    doc.rect(36, y + 16, 262, 74)
    for i, (k, a, b) in enumerate((("", "This month", "Year to date"),
                                   ("Plan paid", m(total(allsv, "paid")), m(total(allsv, "paid"))),
                                   ("Your share", m(total(allsv, "owes")), m(total(allsv, "owes"))),
                                   ("Toward your $4,900.00 limit", m(total(allsv, "copay") + total(allsv, "coinsurance")),
                                    m(total(allsv, "copay") + total(allsv, "coinsurance"))))):
        doc.text(42, y + 30 + i * 15, k, 7.5, "B" if i == 0 else "")
        doc.text(220, y + 30 + i * 15, a, 7.5, "B" if i == 0 else "", "R")
        doc.text(290, y + 30 + i * 15, b, 7.5, "B" if i == 0 else "", "R")
    doc.text(318, y + 10, "Good to know", 10, "B")
    doc.rect(318, y + 16, 258, 74, fill=0.94)
    for i, t in enumerate(("Your share is what you may owe the provider.",
                           "Check each service against your own records.",
                           "Therapy visits need a referral from your",
                           "primary care doctor. Ask us about a",
                           "review if you disagree with a decision.")):
        doc.text(324, y + 30 + i * 12, t, 7.5)
    fl.y = y + 104
    doc.text(36, fl.y, "Your medical claims processed in January", 10, "B")
    fl.y += 6

    def head(y, cl, cont):
        i = claims.index(cl) + 1
        doc.rect(36, y, W - 72, 24, fill=0.87, stroke=False)
        doc.text(40, y + 10, f"Claim {i} of {len(claims)}: {cl['prov']}" + ("  (continued)" if cont else ""),
                 8, "B")
        doc.text(40, y + 20, f"Claim number {cl['cno']}   |   Provider's patient account {cl['acct']}   |   In "
                             "network", 7)
        y += 26
        doc.text(36 + 40 + 128 + 26 + 20 + 46 * 2 + 44 + 4, y + 7, "- - - - - - - - -  Your share  - - - - - - - - -",
                 6.2, "B")
        return tb.header(y + 8, fill=None)

    def cells(sv, cl):
        return [sv.dos.strftime("%m-%d-%y"), doc.wrap(f"{sv.desc} ({sv.code})", 124, 6.8), " ".join(sv.mods),
                str(sv.units), m(sv.billed), m(sv.allowed), m(sv.paid), m(sv.owes), m(sv.copay), m(sv.coinsurance),
                m(sv.not_covered), " ".join(sv.remarks)]

    def add(sv, cl):
        return dict(claim_id=cl["acct"], payer_claim_id=cl["cno"], patient=member, remarks=sv.remarks,
                    printed=("billed", "allowed", "paid", "patient_owes", "copay", "coinsurance", "not_covered"))

    def tot(cl):
        sv = cl["svcs"]
        lay.totals(cl["acct"], cl["cno"], billed=total(sv, "billed"), allowed=total(sv, "allowed"),
                   paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        return ["", "Total for this claim", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                m(total(sv, "paid")), m(total(sv, "owes")), m(total(sv, "copay")), m(total(sv, "coinsurance")),
                m(total(sv, "not_covered")), ""]

    fl.claims(tb, claims, head, cells, add, tot, lambda y, cl: y + 12, min_first=70,
              row_kw=lambda sv, cl: dict(rule="solid"))
    fl.need(70)
    doc.text(36, fl.y + 4, "Notes", 9, "B")
    for code, txt in lay.legend:
        fl.y += 11
        doc.text(36, fl.y + 4, code, 7.5, "B")
        doc.text(62, fl.y + 4, txt, 7.5)
    fl.finish()
    return lay


# =========================================================================================== d1
def d1(out: Path, total_pages):
    """State Medicaid RA, reportlab landscape core Times: status sections, beneficiary rows, 4-digit EOBs."""
    W, H = LAND
    name = "h33_d1_medicaid_ra_westmarch"
    doc = Doc(out / (name + ".pdf"), "reportlab", W, H, "Times")
    m = lambda d: money(d, ",", "()")  # noqa: E731
    lay = Layout(name, "reportlab", "State Medicaid provider remittance advice: PAID / DENIED / CREDITED / "
                 "ADJUSTED sections, beneficiary heading rows, Approved Amt and program copay, 4-digit EOB codes.",
                 Fmt(money=m, date=lambda d: dfmt(d, "mdy2"), units=lambda u: f"{Decimal(u):.2f}"))
    lay.legend = [("0001", "Paid according to the program fee schedule."),
                  ("0262", "Recipient copayment deducted from the payment."),
                  ("0417", "Prior authorization required and not on file for these dates."),
                  ("0730", "Credit: the earlier claim is taken back in full."),
                  ("0731", "Adjustment: the claim was paid again with corrected information.")]
    kids = [("BRANDT, ELLIOT J", "40091877210", "LOT-26-0113"), ("NAKASHIMA-ROE, PIPER", "40088120455", "LOT-26-0119"),
            ("QUILLEN, MARCUS D", "40070033918", "LOT-26-0124"), ("ABERNATHY, JUNE", "40112900471", "LOT-26-0131"),
            ("QUILLEN, TESSA R", "40070033926", "LOT-26-0125")]
    tcn = iter([f"26014100558{n:05d}" for n in (1201, 1202, 1203, 1204, 1205, 1206, 1207)])
    secs = {"PAID": [], "DENIED": [], "CREDITED": [], "ADJUSTED": []}
    for (nm, rid, acct), plan in zip(kids[:3], ((("97530", 3, ("GO", "U1")), ("97535", 1, ("GO", "U1")),
                                                ("97533", 2, ("GO", "U1"))),
                                               (("92507", 1, ("GN",)), ("92526", 1, ("GN",))),
                                               (("97110", 2, ("GP",)), ("97112", 1, ("GP",)),
                                                ("97140", 1, ("GP",))))):
        sv = []
        for d in (5, 12, 19, 26):
            for c, u, md in plan:
                sv.append(medicaid(S(D(1, d), c, u, md)))
        secs["PAID"].append(dict(pt=nm, rid=rid, acct=acct, tcn=next(tcn), svcs=sv))
    # adult with a program copay
    sv = [medicaid(S(D(1, 7), "97168", 1, ("GO",))), medicaid(S(D(1, 7), "97530", 2, ("GO",)))]
    sv[0].copay = Decimal("2.00")
    sv[0].paid -= sv[0].copay
    secs["PAID"].append(dict(pt="ABERNATHY, JUNE", rid=kids[3][1], acct=kids[3][2], tcn=next(tcn), svcs=sv))
    secs["DENIED"].append(dict(pt="QUILLEN, TESSA R", rid=kids[4][1], acct=kids[4][2], tcn=next(tcn), svcs=[
        medicaid(S(D(1, 9), "97530", 2, ("GO",), denied="CO"), "197"), medicaid(S(D(1, 9), "97533", 1, ("GO",),
                                                                                denied="CO"), "197")]))
    orig = [medicaid(S(D(12, 15, 2025), "92507", 1, ("GN",))), medicaid(S(D(12, 15, 2025), "92526", 1, ("GN",)))]
    secs["CREDITED"].append(dict(pt="NAKASHIMA-ROE, PIPER", rid=kids[1][1], acct="LOT-25-1215",
                                 tcn="25350200711004410", svcs=[negate(x) for x in orig]))
    secs["ADJUSTED"].append(dict(pt="NAKASHIMA-ROE, PIPER", rid=kids[1][1], acct="LOT-25-1215", tcn=next(tcn),
                                 svcs=[medicaid(S(D(12, 15, 2025), "92507", 1, ("GN", "U4"))),
                                       medicaid(S(D(12, 15, 2025), "92526", 1, ("GN",)))]))
    for k, cls in secs.items():
        for cl in cls:
            for x in cl["svcs"]:
                x.remarks = {"PAID": ["0001"], "DENIED": ["0417"], "CREDITED": ["0730"], "ADJUSTED": ["0731"]}[k]
            for x in cl["svcs"]:
                if x.copay:
                    x.remarks = ["0001", "0262"]
    cols = [Col("Ln", 22), Col("Svc From", 44), Col("Svc To", 44), Col("Procedure", 50), Col("Modifiers", 50),
            Col("Units", 34, "R"), Col("Billed Amt", 58, "R"), Col("Approved Amt", 62, "R"), Col("Copay", 40, "R"),
            Col("Paid Amt", 58, "R"), Col("EOB Codes", 60)]
    tb = Table(doc, 36, cols, 8.4, 10.4)

    def top(pno):
        doc.text(W / 2, 32, "STATE OF WESTMARCH  ·  DEPARTMENT OF HUMAN SERVICES  ·  MEDICAL ASSISTANCE PROGRAM",
                 9, "B", "C")
        doc.text(W / 2, 46, "PROVIDER REMITTANCE ADVICE", 12, "B", "C")
        doc.text(36, 62, "Provider: LITTLE OAKS THERAPY COLLECTIVE   Provider ID: 0074418200   NPI: 1598822049", 8.4)
        doc.text(W - 36, 62, f"RA Number: 2026-011604   RA Date: 01/16/2026   Page {pno} of {total_pages or 0}",
                 8.4, "", "R")
        doc.hline(36, W - 36, 68, 1.0)
        return 74

    def foot(pno):
        doc.text(36, H - 22, "Warrant/EFT # 0048827715 issued 01/16/2026. Direct questions to Provider Services, "
                             "1-877-555-0160.", 7.5)

    fl = Flow(doc, lay, top, foot, H - 40)
    fl.new_page()
    for sec, cls in secs.items():
        fl.need(70)
        fl.y += 4
        doc.text(36, fl.y + 10, f"CLAIM TYPE: PROFESSIONAL        CLAIM STATUS: {sec}", 9.5, "B")
        fl.y += 14

        def head(y, cl, cont):
            y = tb.header(y, fill=0.88) if (cont or cl is cls[0]) else y
            doc.text(40, y + 10, f"Beneficiary Name: {cl['pt']}    Beneficiary ID: {cl['rid']}    Patient Account #: "
                                 f"{cl['acct']}    TCN: {cl['tcn']}" + ("    (continued)" if cont else ""), 8.4, "B")
            return y + 14

        def cells(x, cl):
            return [str(cl["svcs"].index(x) + 1), dfmt(x.dos, "mdy2"), dfmt(x.dos, "mdy2"), x.code, " ".join(x.mods),
                    f"{x.units:.2f}", m(x.billed), m(x.allowed), m(x.copay), m(x.paid), " ".join(x.remarks)]

        def add(x, cl):
            return dict(claim_id=cl["acct"], payer_claim_id=cl["tcn"], patient=cl["pt"], remarks=x.remarks,
                        service_end=x.dos, printed=("billed", "allowed", "copay", "paid"))

        def tot(cl):
            sv = cl["svcs"]
            lay.totals(cl["acct"], cl["tcn"], billed=total(sv, "billed"), allowed=total(sv, "allowed"),
                       paid=total(sv, "paid"))
            return ["", "", "", "Claim Total", "", "", m(total(sv, "billed")), m(total(sv, "allowed")),
                    m(total(sv, "copay")), m(total(sv, "paid")), ""]

        fl.claims(tb, cls, head, cells, add, tot, lambda y, cl: y + 6, min_first=50)
        allsv = [x for cl in cls for x in cl["svcs"]]
        fl.need(14)
        doc.text(36, fl.y + 9, f"TOTAL {sec} CLAIMS: {len(cls)}    BILLED {m(total(allsv, 'billed'))}    PAID "
                               f"{m(total(allsv, 'paid'))}", 8.4, "B")
        fl.y += 16
    fl.need(80)
    doc.text(36, fl.y + 8, "EXPLANATION OF BENEFIT CODES", 9, "B")
    for code, txt in lay.legend:
        fl.y += 11
        doc.text(36, fl.y + 8, code, 8.4)
        doc.text(70, fl.y + 8, txt, 8.4)
    fl.finish()
    return lay


def _simple(name, producer, family, size, desc, fmt, cols, claims, *, title, sub, cells, printed, ids,
            totals_cells, totals_kw, lh, land=False, legend=(), head_text=None, adj=None, units=True, mods=True,
            adj_complete=False, share_parts=False, row_kw=None, x0=32, fill=0.86, tail=None, after=None):
    """Shared body of the provider-side / statement layouts: title block, claim heads, one row per service."""

    def build(out: Path, total_pages):
        W, H = LAND if land else LETTER
        doc = Doc(out / (name + ".pdf"), producer, W, H, family)
        lay = Layout(name, producer, desc, fmt, adj_complete=adj_complete, share_parts=share_parts)
        lay.legend = list(legend)
        tb = Table(doc, x0, cols, size, lh)

        def top(pno):
            doc.text(x0, 34, title, 12, "B")
            doc.text(x0, 46, sub, 7.5)
            doc.text(W - x0, 34, f"Page {pno} of {total_pages or 0}", 8, "", "R")
            doc.hline(x0, W - x0, 52, 0.9)
            return tb.header(60, fill=fill)

        def foot(pno):
            doc.text(x0, H - 20, f"{name.upper()}  ·  printed 02/02/2026", 6.5, gray=0.3)

        fl = Flow(doc, lay, top, foot, H - 40)
        fl.new_page()

        def head(y, cl, cont):
            if cont:
                y += 0
            return head_text(doc, tb, y, cl, cont)

        def add(sv, cl):
            cid, pid, pt = ids(cl)
            return dict(claim_id=cid, payer_claim_id=pid, patient=pt, printed=printed, units=units, modifiers=mods,
                        remarks=sv.remarks, adjustments=adj(sv) if adj else None,
                        service_end=sv.end)

        def tot(cl):
            cid, pid, _ = ids(cl)
            lay.totals(cid, pid, **totals_kw(cl))
            return totals_cells(cl)

        fl.claims(tb, claims, head, lambda sv, cl: cells(doc, sv, cl), add, tot, (lambda y, cl: after(doc, tb, y, cl)) if after else (lambda y, cl: y + 6),
                  min_first=44, row_kw=row_kw)
        if tail:
            tail(doc, fl, lay)
        elif lay.legend:
            fl.need(14 + 11 * len(lay.legend))
            doc.text(x0, fl.y + 10, "Code explanations", 8.5, "B")
            for code, txt in lay.legend:
                fl.y += 10
                doc.text(x0, fl.y + 10, code, 7.2, "B")
                doc.text(x0 + 44, fl.y + 10, txt, 7.2)
            fl.y += 16
        fl.finish()
        return lay
    return build


# =========================================================================================== d2
def d2_build():
    m = lambda d: money(d, "", "trail")  # noqa: E731
    recips = [("OYELARAN, DEVON", "7720041188", "BH-3310"), ("PRZYBYLSKI, ANYA", "7720041196", "BH-3318"),
              ("SOTO RIVAS, MATEO", "7720053301", "BH-3322"), ("OYELARAN, KEZIAH", "7720041170", "BH-3311")]
    claims = []
    icn = 3026015000410
    plans = [[("92507", 1, ("GN",))] * 1 + [("92526", 1, ("GN",))], [("97530", 2, ("GO",)), ("97110", 1, ("GO",))],
             [("97110", 2, ("GP",)), ("97116", 1, ("GP",))], [("92507", 1, ("GN", "UA"))]]
    for (nm, rid, acct), pl, days in zip(recips, plans, ((5, 7, 12, 14, 19, 21, 26, 28), (6, 13, 20, 27),
                                                         (8, 15, 22), (9, 16, 23, 30))):
        sv = [medicaid(S(D(1, d), c, u, md)) for d in days for c, u, md in pl]
        icn += 1
        claims.append(dict(pt=nm, rid=rid, acct=acct, icn=str(icn), status="PAID", svcs=sv))
    sv = [medicaid(S(D(1, 10), "97533", 2, ("GO",), denied="CO"), "197"),
          medicaid(S(D(1, 10), "97530", 2, ("GO",), denied="CO"), "197")]
    claims.append(dict(pt="PRZYBYLSKI, ANYA", rid="7720041196", acct="BH-3319", icn=str(icn + 1), status="DENIED",
                       svcs=sv))
    orig = [medicaid(S(D(12, 29, 2025), "97110", 3, ("GP",)))]
    claims.append(dict(pt="SOTO RIVAS, MATEO", rid="7720053301", acct="BH-3290", icn="3025363000987",
                       status="VOID", svcs=[negate(x) for x in orig]))
    claims.append(dict(pt="SOTO RIVAS, MATEO", rid="7720053301", acct="BH-3290", icn=str(icn + 2),
                       status="REPLACE", svcs=[medicaid(S(D(12, 29, 2025), "97110", 2, ("GP",)))]))
    for cl in claims:
        for x in cl["svcs"]:
            x.end = x.dos
            x.remarks = {"PAID": ["102"], "DENIED": ["417"], "VOID": ["801"], "REPLACE": ["802"]}[cl["status"]]
    cols = [Col("RECIPIENT NAME", 100), Col("RECIP ID", 48), Col("PAT ACCT", 40), Col("ICN", 60), Col("ST", 34),
            Col("LN", 14, "R"), Col("FROM", 30), Col("THRU", 30), Col("PROC", 26), Col("MODS", 30),
            Col("UNITS", 26, "R"), Col("BILLED", 40, "R"), Col("ALLOWED", 40, "R"), Col("PAID", 40, "R"),
            Col("EOB", 22)]

    def head_text(doc, tb, y, cl, cont):
        return y

    def cells(doc, x, cl):
        return [cl["pt"], cl["rid"], cl["acct"], cl["icn"], cl["status"], str(cl["svcs"].index(x) + 1),
                dfmt(x.dos, "mdy6"), dfmt(x.dos, "mdy6"), x.code, " ".join(x.mods), f"{x.units:.1f}", m(x.billed),
                m(x.allowed), m(x.paid), " ".join(x.remarks)]

    return _simple(
        "h33_d2_medicaid_ra_flat", "fpdf2", "Courier", 5.6,
        "State Medicaid remittance advice printed as one flat fixed-width listing: recipient name, ID, patient "
        "account and ICN on EVERY row, MMDDYY from/thru, units 2.0, trailing-minus void and its replacement, "
        "CLAIM TOTAL rows, header repeated on each page.",
        Fmt(money=m, date=lambda d: dfmt(d, "mdy6"), units=lambda u: f"{Decimal(u):.1f}"), cols, claims,
        title="BAYSHORE STATE MEDICAID - REMITTANCE ADVICE (PROFESSIONAL)",
        sub="PAYEE: BLUE HERON THERAPY GROUP PLLC   PAYEE ID 300418822   RA NO 0000551207   ISSUE DATE 01/23/26   "
            "EFT 00071120455",
        cells=cells, printed=("billed", "allowed", "paid"), ids=lambda cl: (cl["acct"], cl["icn"], cl["pt"]),
        totals_cells=lambda cl: ["", "", "", cl["icn"], "", "", "", "", "", "CLAIM TOTAL", "",
                                 m(total(cl["svcs"], "billed")), m(total(cl["svcs"], "allowed")),
                                 m(total(cl["svcs"], "paid")), ""],
        totals_kw=lambda cl: dict(billed=total(cl["svcs"], "billed"), allowed=total(cl["svcs"], "allowed"),
                                  paid=total(cl["svcs"], "paid")),
        lh=8.0, legend=[("102", "PAID AT STATE FEE SCHEDULE"), ("417", "NO PRIOR AUTHORIZATION ON FILE"),
                        ("801", "VOID OF PRIOR PAYMENT"), ("802", "REPLACEMENT CLAIM, UNITS CORRECTED")],
        head_text=head_text, x0=30, fill=None)


# =========================================================================================== p1
def p1_build():
    m = lambda d: money(d, ",", "()")  # noqa: E731
    pts = [("RAMIREZ-COLE, VIVIAN", "5TK9QW2MF61", "HT-260105-07"), ("LUNDQVIST, AXEL P", "2RM4JD8XK20",
                                                                        "HT-260106-02"),
           ("OKORO, BEATRICE", "7HN3VP5TC48", "HT-260107-11"), ("FAIRWEATHER, GLENN", "9AC6LW1RZ33", "HT-251215-04")]
    st = PlanState(ded_left=Decimal("40.00"))
    claims = []
    for i, (nm, mbi, acct) in enumerate(pts[:3]):
        sv = [medicare(S(D(1, 5 + i), c, u, md), st) for c, u, md in (("97165", 1, ("GO",)), ("97530", 2, ("GO",)),
                                                                       ("97140", 1, ("GO", "59")),
                                                                       ("97535", 1, ("GO", "CO")))]
        claims.append(dict(pt=nm, mbi=mbi, acct=acct, icn=f"22260100{771040 + i}", status="1 PRIMARY", svcs=sv))
    sv = [medicare(S(D(1, 9), "97110", 2, ("GO", "KX")), st), medicare(S(D(1, 9), "0552T", 1, (), denied="CO"), st,
                                                                       deny_reason="96")]
    claims.append(dict(pt="OKORO, BEATRICE", mbi="7HN3VP5TC48", acct="HT-260109-03", icn="2226010771050",
                       status="1 PRIMARY", svcs=sv))
    orig = [medicare(S(D(12, 15, 2025), "97530", 3, ("GO",)), PlanState()),
            medicare(S(D(12, 15, 2025), "97760", 1, ("GO",)), PlanState())]
    claims.append(dict(pt=pts[3][0], mbi=pts[3][1], acct=pts[3][2], icn="2225349661201", status="22 REVERSAL",
                       svcs=[negate(x) for x in orig]))
    claims.append(dict(pt=pts[3][0], mbi=pts[3][1], acct=pts[3][2], icn="2226010771061", status="1 PRIMARY",
                       svcs=[medicare(S(D(12, 15, 2025), "97530", 2, ("GO",)), PlanState()),
                             medicare(S(D(12, 15, 2025), "97760", 1, ("GO",)), PlanState())]))
    for cl in claims:
        for x in cl["svcs"]:
            x.remarks = ["N130"] if "KX" in x.mods else ["M86"] if x.denied else []

    def grp(x, g):
        return [f"{r}: {m(a)}" for gg, r, a in x.adjs if gg == g]

    cols = [Col("Svc Date", 36), Col("Proc", 28), Col("Mods", 34), Col("Units", 24, "R"), Col("Billed", 44, "R"),
            Col("Allowed", 42, "R"), Col("Deduct", 36, "R"), Col("Coins", 36, "R"), Col("Contractual\n(CO)", 56, "R"),
            Col("Patient resp.\n(PR)", 54, "R"), Col("Other\n(OA/PI)", 40, "R"), Col("Prov Paid", 44, "R"),
            Col("RARC", 30)]

    def head_text(doc, tb, y, cl, cont):
        doc.rect(tb.x0, y, tb.width, 12, fill=0.9, stroke=False)
        doc.text(tb.x0 + 3, y + 8.5, f"{cl['pt']}   MBI {cl['mbi']}   Pat Ctrl # {cl['acct']}   ICN {cl['icn']}   "
                                     f"Status {cl['status']}" + ("   (cont.)" if cont else ""), 6.8, "B")
        return y + 13

    def cells(doc, x, cl):
        return [dfmt(x.dos, "mdy2"), x.code, " ".join(x.mods), f"{x.units:.1f}", m(x.billed), m(x.allowed),
                m(x.deductible), m(x.coinsurance), grp(x, "CO"), grp(x, "PR"), grp(x, "OA"), m(x.paid),
                " ".join(x.remarks)]

    return _simple(
        "h33_p1_pm_medicare_remit", "reportlab", "DejaVuSansCondensed", 6.4,
        "Practice-management print of a Medicare Part B remittance: grey claim rows, adjustments in one column per "
        "GROUP (CO / PR / OA) as 'reason: amount' stacked in the cell, parentheses for the reversal.",
        Fmt(money=m, date=lambda d: dfmt(d, "mdy2"), units=lambda u: f"{Decimal(u):.1f}",
            adj=lambda g, r, a: [f"{r}: {m(Decimal(a))}"]), cols, claims,
        title="Medicare Part B - Remittance Detail by Claim",
        sub="TheraLedger Practice Manager  ·  Payer: Medicare Part B, Jurisdiction 14  ·  EFT 883100244 of 01/21/2026"
            "  ·  Payee: Greywater Hand Therapy LLC, NPI 1730559914",
        cells=cells, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
        ids=lambda cl: (cl["acct"], cl["icn"], cl["pt"]),
        totals_cells=lambda cl: ["Claim totals", "", "", "", m(total(cl["svcs"], "billed")),
                                 m(total(cl["svcs"], "allowed")), "", "", "", "", "", m(total(cl["svcs"], "paid")), ""],
        totals_kw=lambda cl: dict(billed=total(cl["svcs"], "billed"), allowed=total(cl["svcs"], "allowed"),
                                  paid=total(cl["svcs"], "paid")),
        lh=8.2, adj=lambda x: x.adjs, adj_complete=True, row_kw=lambda x, cl: dict(rule="dash"),
        legend=[("N130", "Therapy threshold passed; modifier KX on file."), ("M86", "Not payable: the laser "
                "treatment is excluded from Part B coverage.")], head_text=head_text)


# =========================================================================================== p2
def p2_build():
    m = lambda d: money(d, ",", "-")  # noqa: E731
    st = PlanState(ded_left=Z)
    pts = [("HOLLOWAY, MIRIAM", "3QF7TR2KN55", "CLX00418"), ("VANTERPOOL, SILAS", "8WD2HM6PB19", "CLX00422"),
           ("ESPINOZA-TATE, ROSA", "1KL8XC4GJ70", "CLX00431")]
    claims = []
    for i, (nm, mbi, acct) in enumerate(pts):
        sv = [medicare(S(D(1, 12 + i), c, u, md), st) for c, u, md in (("97161", 1, ("GP",)), ("97110", 3, ("GP", "KX")),
                                                                        ("97112", 1, ("GP", "KX")),
                                                                        ("97116", 1, ("GP", "CQ")))]
        if i == 2:
            sv.append(medicare(S(D(1, 14), "97010", 1, ("GP",), denied="CO"), st, deny_reason="97"))
        claims.append(dict(pt=nm, mbi=mbi, acct=acct, icn=f"1126020{448100 + i}", svcs=sv))
    for cl in claims:
        for x in cl["svcs"]:
            x.end = x.dos
            x.remarks = ["N20"] if x.denied else ["MA01"]
    cols = [Col("Rend NPI", 44), Col("From", 42), Col("To", 42), Col("POS", 20), Col("Proc", 26), Col("Mod 1", 24),
            Col("Mod 2", 24), Col("Units", 24, "R"), Col("Submitted", 46, "R"), Col("Allowed", 42, "R"),
            Col("Deductible", 42, "R"), Col("Co-Ins", 38, "R"), Col("Adj Grp/Rsn", 50), Col("Adj Amt", 40, "R"),
            Col("Paid", 42, "R"), Col("RARC", 30)]

    def head_text(doc, tb, y, cl, cont):
        sv = cl["svcs"]
        doc.text(tb.x0, y + 9, f"Patient Name: {cl['pt']}   HIC/MBI: {cl['mbi']}   Patient Acct: {cl['acct']}   ICN: "
                               f"{cl['icn']}   Claim Status: 19 Processed as Primary, Forwarded to SUPPLEMENTAL   "
                               f"Claim Charge {m(total(sv, 'billed'))}", 7, "B")
        doc.hline(tb.x0, tb.x0 + tb.width, y + 12, 0.4)
        return y + 14

    def cells(doc, x, cl):
        return ["1306648812", dfmt(x.dos, "mdy4"), dfmt(x.dos, "mdy4"), "11", x.code,
                x.mods[0] if x.mods else "", x.mods[1] if len(x.mods) > 1 else "", f"{x.units:.0f}", m(x.billed),
                m(x.allowed), m(x.deductible), m(x.coinsurance), [f"{g}-{r}" for g, r, _ in x.adjs],
                [m(a) for _, _, a in x.adjs], m(x.paid), " ".join(x.remarks)]

    return _simple(
        "h33_p2_clearinghouse_medicare_remit", "fpdf2", "Helvetica", 6.6,
        "Clearinghouse provider copy of a Medicare Part B remittance, landscape: Rend NPI / From / To / POS / Proc / "
        "Mod 1 / Mod 2 columns, adjustment group-reason and amount stacked as pairs, crossover status.",
        Fmt(money=m, date=lambda d: dfmt(d, "mdy4"), adj=lambda g, r, a: [f"{g}-{r}", m(Decimal(a))]),
        cols, claims, title="REMITTANCE ADVICE - MEDICARE PART B (PROVIDER COPY)",
        sub="Northpass Claims Exchange  ·  Payee: Sable Creek Physical Therapy, NPI 1306648812, TIN XX-XXX4471  ·  "
            "Check/EFT 0091177340  ·  Paid 02/04/2026",
        cells=cells, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
        ids=lambda cl: (cl["acct"], cl["icn"], cl["pt"]),
        totals_cells=lambda cl: ["", "", "", "", "Claim Totals:", "", "", "", m(total(cl["svcs"], "billed")),
                                 m(total(cl["svcs"], "allowed")), m(total(cl["svcs"], "deductible")),
                                 m(total(cl["svcs"], "coinsurance")), "", "", m(total(cl["svcs"], "paid")), ""],
        totals_kw=lambda cl: dict(billed=total(cl["svcs"], "billed"), allowed=total(cl["svcs"], "allowed"),
                                  paid=total(cl["svcs"], "paid")),
        lh=8.0, land=True, adj=lambda x: x.adjs, adj_complete=True, row_kw=lambda x, cl: dict(rule="dash"),
        legend=[("MA01", "Appeal rights: ask for a redetermination within 120 days."),
                ("N20", "Not paid separately; included with another service that day.")],
        head_text=head_text, x0=28)


# =========================================================================================== s1
def s1_build():
    m = lambda d: money(d, "$", "-")  # noqa: E731
    kids = ["Ava Thornquist", "Milo Thornquist", "Juniper Thornquist"]
    st = PlanState(ded_left=Z, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    claims, v = [], 40210
    for k, (kid, plan) in enumerate(zip(kids, ((("97530", 2, ("GO",)), ("97533", 1, ("GO",))),
                                              (("92507", 1, ("GN",)),), (("97110", 2, ("GP",)),
                                                                          ("97112", 1, ("GP",)))))):
        for d in (5, 12, 19, 26) if k != 2 else (7, 21):
            v += 1
            sv = [commercial(S(D(1, d + k), c, u, md), st) for c, u, md in plan]
            claims.append(dict(pt=kid, inv=str(v), ins=f"Prairie Mutual #PM26{v}7", svcs=sv,
                               pid=f"PM26{v}7"))
    for cl in claims:
        for x in cl["svcs"]:
            x.remarks = []
    cols = [Col("Date", 40), Col("Patient", 72), Col("Visit #", 34), Col("Service", 110), Col("Code", 48),
            Col("Units", 24, "R"), Col("Charges", 44, "R"), Col("Ins Paid", 44, "R"), Col("Adjustment", 46, "R"),
            Col("You Owe", 44, "R"), Col("Insurance / claim", 92)]

    def head_text(doc, tb, y, cl, cont):
        return y

    def cells(doc, x, cl):
        first = x is cl["svcs"][0]
        return [dfmt(x.dos, "mdy2"), cl["pt"], cl["inv"], doc.wrap(x.desc, 104, 6.6), f"{x.code}-{'-'.join(x.mods)}", str(x.units),
                m(x.billed), m(x.paid), m(x.discount), m(x.owes), cl["ins"] if first else ""]

    def tail(doc, fl, lay):
        allsv = [x for cl in claims for x in cl["svcs"]]
        fl.need(130)
        y = fl.y + 14
        doc.hline(32, 580, y, 0.6, dash=True)
        doc.text(306, y + 10, "Please detach and return this portion with your payment", 7, "I", "C")
        doc.rect(32, y + 18, 548, 90)
        for i, t in enumerate(("WILLOW & WREN PEDIATRIC THERAPY", "Guarantor: Colette Thornquist",
                               "Account: WW-008841", "Statement date: 02/05/2026")):
            doc.text(40, y + 32 + i * 12, t, 8, "B" if i == 0 else "")
        for i, (k, val) in enumerate((("Current", m(total(allsv, "owes"))), ("31-60 days", "$0.00"),
                                      ("61-90 days", "$0.00"), ("Amount due", m(total(allsv, "owes"))))):
            doc.text(360, y + 32 + i * 12, k, 8, "B" if i == 3 else "")
            doc.text(560, y + 32 + i * 12, val, 8, "B" if i == 3 else "", "R")
        doc.text(360, y + 90, "Amount enclosed: $______________", 8)
        fl.y = y + 112

    return _simple(
        "h33_s1_therapy_family_statement", "fpdf2", "DejaVuSans", 6.6,
        "Pediatric therapy clinic statement to a guarantor: one flat table with the patient name and the clinic's "
        "visit number on every row, insurer claim number on a visit's first row, tear-off payment stub at the end.",
        Fmt(money=m, date=lambda d: dfmt(d, "mdy2"), glue=lambda c, ms: "-".join([c] + ms)), cols, claims,
        title="WILLOW & WREN PEDIATRIC THERAPY - STATEMENT",
        sub="118 Larkspur Ave, Ste 300, Greenmoor, WI 53098  ·  Billing office (608) 555-0172  ·  Guarantor: Colette "
            "Thornquist  ·  Account WW-008841",
        cells=cells, printed=("billed", "paid", "discount", "patient_owes"),
        ids=lambda cl: (cl["inv"], cl["pid"], cl["pt"]),
        totals_cells=lambda cl: None, totals_kw=lambda cl: {}, lh=8.4, head_text=head_text,
        row_kw=lambda x, cl: dict(rule="solid" if x is cl["svcs"][-1] else None), tail=tail)


# =========================================================================================== s2
def s2_build():
    m = lambda d: money(d, ",", "-")  # noqa: E731
    visits = [
        dict(pt="Renata Okafor-Lind", acct="74-1100853", ins="Ridgeway Health Plan claim 26A0118273",
             pid="26A0118273", span="01/05/2026 - 01/28/2026",
             svcs=[S(D(1, d), c, u, md) for d in (5, 7, 12, 14, 19, 21, 26, 28) for c, u, md in
                   (("97110", 2, ("GP",)), ("97140", 1, ("GP",)))]),
        dict(pt="Isaac Okafor-Lind", acct="74-1100871", ins="Ridgeway Health Plan claim 26A0120554",
             pid="26A0120554", span="01/09/2026 - 01/23/2026",
             svcs=[S(D(1, 9), "97166", 1, ("GO",)), S(D(1, 16), "97530", 2, ("GO",)), S(D(1, 23), "97530", 2, ("GO",))]),
        dict(pt="Nia Okafor-Lind", acct="74-1100902", ins="Ridgeway Health Plan claim 26A0121960",
             pid="26A0121960", span="01/14/2026 - 01/14/2026",
             svcs=[S(D(1, 14), "92523", 1, ("GN",)), S(D(1, 14), "99213", 1, ())]),
    ]
    for vv in visits:
        for x in vv["svcs"]:
            x.remarks = []
            vv["paid"] = q(total(vv["svcs"], "billed") * Decimal("0.52"))
            vv["adj"] = q(total(vv["svcs"], "billed") * Decimal("0.31"))
    cols = [Col("Date", 60), Col("Description", 220), Col("Code", 70), Col("Qty", 36, "R"), Col("Amount", 80, "R")]

    def head_text(doc, tb, y, cl, cont):
        doc.hline(tb.x0, tb.x0 + tb.width, y + 2, 1.0)
        doc.text(tb.x0, y + 14, f"Outpatient Rehabilitation  {cl['span']}" + ("  (continued)" if cont else ""), 9.5, "B")
        doc.text(tb.x0, y + 25, f"Patient: {cl['pt']}    Hospital account: {cl['acct']}", 8.5)
        return y + 30

    def cells(doc, x, cl):
        return [dfmt(x.dos, "mdy4"), x.desc.upper(), " ".join((x.code,) + x.mods), str(x.units), m(x.billed)]

    def totals_cells(cl):
        return ["", "Total charges", "", "", m(total(cl["svcs"], "billed"))]

    def after(doc, tb, y, cl):
        bill = total(cl["svcs"], "billed")
        owe = bill - cl["paid"] - cl["adj"]
        for lab, val, st_ in ((f"Insurance payment - {cl['ins']}", -cl["paid"], ""),
                              ("Insurance contractual adjustment", -cl["adj"], ""),
                              ("Amount you owe for this visit", owe, "B")):
            y, _, _ = tb.row(y, ["", lab, "", "", m(val)], style=st_)
        return y + 10

    b = _simple(
        "h33_s2_hospital_visit_statement", "reportlab", "Times", 8.2,
        "Hospital guarantor statement with visit blocks: line items show charges only; insurance payments and "
        "adjustments are printed once per visit below the charges.",
        Fmt(money=m, date=lambda d: dfmt(d, "mdy4")), cols, visits,
        title="ST. BRENDAN REGIONAL MEDICAL CENTER  -  Guarantor Statement",
        sub="Guarantor: Renata Okafor-Lind  ·  Guarantor account 5518820  ·  Statement date 02/10/2026  ·  "
            "Pay online or call (802) 555-0134",
        cells=cells, printed=("billed",), ids=lambda cl: (cl["acct"], cl["pid"], cl["pt"]),
        totals_cells=totals_cells, totals_kw=lambda cl: dict(billed=total(cl["svcs"], "billed")), lh=10.4,
        head_text=head_text, x0=60, fill=None, after=after)

    def build(out, tp):
        lay = b(out, tp)
        return lay
    return build


# =========================================================================================== main
LAYOUTS = [c1, c2, m1, m2, d1, d2_build(), p1_build(), p2_build(), s1_build(), s2_build()]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout33_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for fn in LAYOUTS:
        lay = two_pass(lambda tp, fn=fn: fn(out, tp))
        pdf = out / (lay.name + ".pdf")
        lay.write(pdf)
        made.append((pdf, lay))
        print(f"{pdf.name}: {len(lay.lines)} lines, {lay.pages} pages")
    print(f"{len(made)} files, {sum(len(l.lines) for _, l in made)} lines, {sum(l.pages for _, l in made)} pages"
          f" -> {out}")
    if "--check" in argv:
        bad = 0
        for pdf, lay in made:
            errs = check_file(pdf, lay)
            cont = continued(lay)
            print(f"check {pdf.name}: {'OK' if not errs else f'{len(errs)} problem(s)'}"
                  + (f"; claims across a page break: {cont}" if cont else ""))
            for e in errs[:25]:
                print("   ", e)
            bad += len(errs)
        ncont = sum(1 for _, lay in made if continued(lay))
        if ncont < 3:
            print(f"only {ncont} files have a claim continued onto the next page")
            bad += 1
        if len(made) < 10:
            print("fewer than 10 files")
            bad += 1
        print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad})")
        return 1 if bad else 0
    return 0


def continued(lay: Layout) -> int:
    pages: dict = {}
    for ln in lay.lines:
        pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    return sum(1 for v in pages.values() if len(v) > 1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
