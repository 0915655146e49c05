"""Write the 30th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten layouts, two of
each of the five commonest real kinds (commercial member EOBs; a Medicare Summary Notice and a Medicare Advantage
member EOB; state Medicaid remittance advices; Medicare Part B remits printed by a clearinghouse / a
practice-management system; family statements from a therapy clinic and a hospital), in house styles unlike
sets 1-29. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout30/make_heldout30_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout30/make_heldout30_pdfs.py OUT_DIR --check     (also self-check the written files)
      (--only=PREFIX writes just the layouts whose name starts with PREFIX)

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf
(samples/pdf/eobgen.write_truth; files <name>.pdf.truth.json), printed values only, null for what a layout does
not print (units too: no units printed -> null; modifiers [] when none printed); description null throughout.
claim_id = the provider's own account / patient-account / PCN / visit / hospital-account number printed with the
claim (null where none is), payer_claim_id = the payer's claim number / ICN (null where none is printed), patient
= the person who got the service exactly as printed (not the subscriber or guarantor). Where a line prints From
and To dates (or a from-to range), service_end is the To date. Every name, number, payer, provider, address and ID
is invented; service wording is the sample factory's or our own. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness; pages are recorded as drawing operations and rendered at the end, so "Page n of N"
is exact). h30kit.py holds the drawing kit (one top-left API over both producers), truth helpers and the check.

Layouts (10 files, 303 service lines, 19 pages; claims continued across a page break in c1, m1, d1):
  c1  commercial PPO member EOB, reportlab portrait Liberation Sans Narrow: member box, "plan year at a glance"
      table for four family members, ruled two-line claim boxes (Patient (Relationship) / Claim # / Provider /
      Patient Account # / Received / Processed / Network), Dates of Service as a range "01/05/26-01/05/26", Service
      Code with SLASH-joined modifiers "97530/GO/59", No. of Svcs, Charges / Allowed Amount / Not Covered Amount /
      Reason Code / Deductible / Copay / Coinsurance / Paid by Plan / Your Responsibility, an excluded 0552T the
      member owes and a no-approval 97533 written off, Claim Totals + "We sent a payment of" lines, a 12-visit claim
      continued on page 2 under "(continued)" and a repeated heading, reason-code legend
  c2  TPA "FAMILY CLAIM STATEMENT" for a self-funded employer plan, fpdf2 landscape Liberation Sans: ONE flat
      table with Patient "Last, First" / Claim No. / Pt Acct on EVERY row, Svc Date "1/5/26", CPT and Mod apart,
      Qty, Billed / Savings / Excluded / Repriced / Ded / Copay / Coins / Paid / Member Owes / Exp, bold Claim Total
      rows, four family members, 99214 + L3807-RT + 97760 claim with a $40 office copay, excluded 0552T; PLANTED
      claim-total mismatch (Paid total of claim SBA26-0114-0772 printed 10.00 too high)
  m1  Medicare Summary Notice for Part B, LARGE-PRINT edition, reportlab portrait DejaVu Sans 10.5-15 pt: address +
      notice box, deductible status, "Be Informed!", shaded provider heads with address and Claim number, Date
      01/05/26 / Service Provided & Billing Code "Therapeutic exercises (97110)" wrapping / Approved? Yes-No /
      Provider Charged / Medicare Approved / Medicare Paid / You May Be Billed / Notes letters, KX-threshold note,
      denied 0552T the beneficiary may be billed, "Total for this claim", a claim continued across a page break
      "(claim continued)", notes, 3 pages
  m2  Medicare Advantage PPO member EOB, fpdf2 portrait Liberation Serif: cost box (this month / year to date),
      grey provider bars "(in network)/(out of network)" + Claim / provider account number, Date of service
      "01-05-2026" / Service you received / Code (Modifier) "97110 (GP, KX)" / Units / Charged / Approved / Plan paid
      / a "Your cost:" group over Deductible / Copay / Coinsurance / Not covered / Your share / Notes, $25 copay once
      per visit day, an out-of-network hand-clinic claim (deductible + 30%), a non-covered 0552T, CQ and KX
      modifiers, Claim total rows, 2 pages
  d1  state Medicaid REMITTANCE ADVICE, reportlab portrait Liberation Serif 7 pt, TWO-TIER column heading (claim
      tier: RECIPIENT NAME "LAST FIRST MI" / RECIPIENT ID / PATIENT ACCT # / ICN / CLAIM BILLED / CLAIM ALLOWED /
      CLAIM PAID / STATUS; detail tier indented: LN / FROM DOS / TO DOS / PROCEDURE / MODIFIERS "GO U1" / UNITS BILLED
      / UNITS ALLOWED "2.0" / BILLED / ALLOWED / COPAY / PAID / EOB 3-digit), PAID / DENIED / ADJUSTED CLAIMS sections,
      a no-authorization denied claim (allowed units 0.0), a December claim CREDIT (leading minus) and its DEBIT with
      a same-day duplicate denied, a 34-line claim continued on page 2 "(CONTINUED)", EOB legend
  d2  state Medicaid "PROVIDER REMITTANCE ADVICE - PROFESSIONAL" MMIS print, fpdf2 landscape core Courier: claim line
      "ICN ... RECIP ... LAST, FIRST ... PCN ... STATUS", LN / FROM / THRU 01/05/2026 / PROC / M1 / M2 / M3 / M4 /
      UNITS "2.00" / SUBMITTED / ALLOWED / TPL/OI / COPAY / PAID / ARC "CO45" + ARC AMT with a second ARC stacked
      (OA23 other-insurance, PR3 $2.00 copay) / RMK, a wholly denied claim (CO197, N54), CLAIM TOTAL rows, 2 pages
  r1  clearinghouse "Remittance Advice - Provider Copy" of a Medicare Part B 835, reportlab portrait Liberation Sans:
      bold claim lines "Pt: LAST, FIRST M  MBI  Acct  ICN  Status: 1 PRIMARY / 22 REVERSAL" (+ crossover), Svc Date
      "010526" / Proc / Mods "97110 GP KX" / Units / Billed / Allowed / Deduct / Coins / Paid / Pt Resp / Adjustments
      "CO45 100.76  PR2 11.85  CO253 0.94" wrapping in one cell / RARC, money in parentheses for a reversed December
      claim and its correction, CO-96 and CO-97 denials, Claim Totals rows, remark legend, 1 page
  r2  practice-management "Payment Posting Detail" of the same kind of Medicare Part B ERA, fpdf2 landscape DejaVu Sans
      Condensed 6.4 pt under a dark title band: flat rows with Patient "Okonjo, Wendell P" / Acct # / Payer ICN on
      every row, DOS "1/5/2026" / CPT / Mods "GP,KX" / Qty / Charge / Allowed / Ded / Coins / Ins Paid / Adjustments
      "CO-45 100.76" stacked one per text line / Pt Resp / Xfer 2nd (crossover share moved to the Medigap payer) /
      RARC, plain 1234.50 money with leading minus for the reversal, Claim subtotal rows, 2 pages
  s1  pediatric therapy clinic FAMILY STATEMENT, fpdf2 portrait DejaVu Serif: guarantor and statement box, grey band
      per child (three children, commercial and Medicaid), italic visit lines "Visit V-... - claim ... processed by
      <insurer>" or "awaiting their decision", Svc Date / Procedure with code-modifier GLUED TO THE WORDING
      ("97530-GO Therapeutic activities") / Qty / Amount / Ins Paid / Write-Off / Your Portion, pending visits
      ("pending" / "--"), Visit total rows, copay-paid notes, amount-due box and aging line, 2 pages
  s2  hospital SUMMARY STATEMENT + ITEMIZED DETAIL to a guarantor, reportlab portrait Liberation Sans Narrow: page 1
      a summary of four accounts (no service lines), then grey account bands (Account / Patient "LAST, FIRST" /
      department / insurer + claim, or "claim in process"), Post Date AND Svc Date on every row, Rev / CPT/HCPCS /
      Mod / DESCRIPTION IN CAPITALS / Units / Charges / Ins Payment / Ins Adjust / Patient Balance, father, mother,
      daughter and son, 99213 + L3807, an account still at the insurer (charges only), Account totals rows

Truth decisions: c1 prints no discount (null; Allowed Amount and Not Covered Amount are printed), Reason Code is a
remark, the range gives service_end; c2's Savings = discount, Excluded = not_covered, Repriced = allowed, Exp codes
remarks; m1 prints no units, no modifiers and no provider account (claim_id null), allowed = Medicare Approved, paid
= Medicare Paid (after the 2% reduction), patient_owes = You May Be Billed, patient = the beneficiary named on the
notice; m2 Approved = allowed, Your share = patient_owes (incl. not covered); d1's units are UNITS BILLED (a denied
line prints UNITS ALLOWED 0.0), EOB codes remarks, claim totals are the claim-tier amounts printed ABOVE the details,
the CREDIT keeps positive units with negative amounts, no patient share; d2's TPL/OI is printed only as the OA23
adjustment (not a truth field), COPAY is copay, billed - ARC amounts = paid; r1/r2 print every adjustment with its
amount; r2's Pt Resp (what stays with the patient after the Xfer 2nd column) is patient_owes, Xfer 2nd is not a truth
field, its claim subtotals print billed / allowed / paid only; s1's Write-Off = discount, Your Portion =
patient_owes (before the copay paid at the visit), claim_id the visit number, payer_claim_id the insurer's claim
number (null while pending; pending lines have billed only); s2's Ins Adjust = discount, Patient Balance =
patient_owes, Post Date is not a truth field, the page-1 summary rows are not service lines.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every
service row (with wrapped wording and stacked adjustment lines); the check reads each written PDF's text layer with
pdfplumber and finds every truth code / modifier (in the layout's own glued or separate form), units value, date
(and end date), amount, adjustment code and amount and remark INSIDE that row's band as whole tokens in the layout's
print format; ids and patients in the document's text; the page count and every printed "Page n of N"; arithmetic
(billed - adjustments = paid where every adjustment is printed with its amount; allowed - deductible - copay -
coinsurance = paid and patient owes = its printed parts for member EOBs; billed - discount - not covered = allowed
where printed; statements: charge - paid - write-off >= balance); claim totals are printed in their totals row and
equal the sum of their lines unless the mismatch is the declared expected finding, which must really differ; claims
unique by (claim_id, payer_claim_id) and matching their lines' patient; legend codes printed; at least three files
with a claim continued onto the next page.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h30kit as K  # noqa: E402
from h30kit import Doc, Fmt, Rec, font_set, row, wrap, width  # noqa: E402

E = K.eobgen
Svc, money, dfmt, q, ZERO = E.Svc, E.money, E.dfmt, E.q, E.ZERO
for _c, _fee, _sch, _d in (("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
                          ("97533", "92.00", "31.66", "Sensory integration activities"),
                          ("97018", "30.00", "4.48", "Paraffin bath"),
                          ("99214", "230.00", "125.40", "Office visit, established, moderate"),
                          ("97542", "85.00", "30.12", "Wheelchair management training")):
    E.FEE.setdefault(_c, _fee)
    E.SCHED.setdefault(_c, _sch)
    E.DESC.setdefault(_c, _d)

D0 = date(2026, 1, 5)


def d(day: int, month: int = 1, year: int = 2026) -> date:
    return date(year, month, day)


def iso(s: str) -> date:
    return date.fromisoformat(s)


def mdy2(s): return dfmt(iso(s), "mdy2")
def mdy4(s): return dfmt(iso(s), "mdy4")
def mdy6(s): return dfmt(iso(s), "mdy6")
def mdyn(s): return dfmt(iso(s), "mdyn")
def mdy_dash(s): return iso(s).strftime("%m-%d-%Y")
def mdyshort(s):
    x = iso(s)
    return f"{x.month}/{x.day}/{x:%y}"


def dollars(v): return money(v, "$")
def plain(v): return money(v, ",")
def bare(v): return money(v, "")
def paren(v): return money(v, ",", "()")


class Table:
    """Columns: (heading lines, width, align). Rows wrap inside their cells."""

    def __init__(self, doc: Doc, x0: float, cols: list, size: float, lead: float | None = None):
        self.doc, self.x0, self.cols, self.size = doc, x0, cols, size
        self.lead = lead or size * 1.25
        self.xs = []
        x = x0
        for _, w, _ in cols:
            self.xs.append(x)
            x += w
        self.x1 = x

    def header(self, y: float, role: str = "B", shade: float | None = None, rules: bool = True) -> float:
        n = max(len(h) for h, _, _ in self.cols)
        h = n * self.lead + 3
        if shade is not None:
            self.doc.rect(self.x0, y, self.x1 - self.x0, h, fill=shade, stroke=False)
        for (heads, w, al), x in zip(self.cols, self.xs):
            for i, t in enumerate(heads):
                yy = y + 1.5 + (n - len(heads) + i) * self.lead
                self.cell(x, w, al, yy, t, role)
        if rules:
            self.doc.line(self.x0, y + h, self.x1, y + h, 0.6)
        return y + h + 1.5

    def cell(self, x, w, al, y, t, role="R", size=None):
        size = size or self.size
        if al == "R":
            self.doc.text(x + w - 2, y, t, role, size, "R")
        elif al == "C":
            self.doc.text(x + w / 2, y, t, role, size, "C")
        else:
            self.doc.text(x + 2, y, t, role, size)

    def lines_of(self, cells: list) -> list[list[str]]:
        out = []
        for (heads, w, al), c in zip(self.cols, cells):
            if isinstance(c, list):
                out.append(c)
            elif c is None or c == "":
                out.append([])
            else:
                out.append(wrap(str(c), self.doc.fonts["R"], self.size, w - 4))
        return out

    def height(self, cells: list) -> float:
        return max(1, *[len(x) for x in self.lines_of(cells)]) * self.lead

    def row(self, y: float, cells: list, role: str = "R", rule: float | None = None) -> float:
        ls = self.lines_of(cells)
        for (heads, w, al), x, lines in zip(self.cols, self.xs, ls):
            for i, t in enumerate(lines):
                self.cell(x, w, al, y + i * self.lead, t, role)
        y1 = y + max(1, *[len(x) for x in ls]) * self.lead
        if rule is not None:
            self.doc.line(self.x0, y1 + 0.5, self.x1, y1 + 0.5, 0.3, rule)
        return y1 + 1


def footer_page(doc: Doc, text: str, size: float = 7, role: str = "R", y: float | None = None):
    y = doc.H - 28 if y is None else y
    doc.text(36, y, text, role, size)
    doc.text(doc.W - 36, y, f"Page {doc.page_no} of {{N}}", role, size, "R")


LAYOUTS = {}


def layout(fn):
    LAYOUTS[fn.__name__] = fn
    return fn


# ============================================================== c1 commercial member EOB (reportlab)
@layout
def c1_member_eob(out: Path):
    fonts = font_set("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic")
    doc = Doc("reportlab", fonts)
    fmt = Fmt(money=dollars, date=mdy2, code=lambda c, m: ["/".join([c, *m])])
    rec = Rec("c1", "c1_member_eob", fmt, arith={"share": True, "owes": True})
    rec.legend = [["K12", "This service is not a benefit of your plan; you are responsible for it."],
                  ["K31", "Your plan needed approval before this visit and none was on file; the provider may not bill you."],
                  ["K40", "The plan applied the amount to your deductible."]]
    S = 7.2
    cols = [(["Dates of", "Service"], 62, "L"), (["Service", "Code"], 52, "L"), (["No. of", "Svcs"], 26, "R"),
            (["", "Charges"], 40, "R"), (["Allowed", "Amount"], 40, "R"), (["Not Covered", "Amount"], 42, "R"),
            (["Reason", "Code"], 28, "C"), (["", "Deductible"], 40, "R"), (["", "Copay"], 34, "R"),
            (["", "Coinsurance"], 42, "R"), (["Paid by", "Plan"], 40, "R"), (["Your", "Responsibility"], 50, "R")]
    T = Table(doc, 36, cols, S, 9)
    fam = [("Darius Haddad", "Self"), ("Leila Haddad", "Spouse"), ("Noor Haddad", "Daughter"), ("Sami Haddad", "Son")]
    sts = {n: E.PlanState(ded_left=Decimal(x), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
           for n, x in (("Darius Haddad", "0"), ("Leila Haddad", "150"), ("Noor Haddad", "250"), ("Sami Haddad", "0"))}
    claims = []

    def mk(name, cno, acct, prov, visits, copay_state=None, deny=None):
        st = copay_state or sts[name]
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if deny and code in deny:
                    s.denied = deny[code][0]
                    E.commercial(s, st)
                    s.remarks = [deny[code][1]]
                    if s.denied == "CO":
                        s.not_covered = ZERO
                        s.owes = ZERO
                        s.discount = s.billed
                else:
                    E.commercial(s, st)
                    if s.deductible:
                        s.remarks = ["K40"]
                svcs.append(s)
        claims.append((name, cno, acct, prov, svcs))

    rel = dict(fam)
    mk("Darius Haddad", "2601-55-00388-1", "MRC-771204", "Mesa Ridge Clinic - Dr. Ines Caldera",
       [(d(6), [("99213", 1, ()), ("97110", 1, ("GP",))])],
       copay_state=E.PlanState(visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.78")))
    mk("Noor Haddad", "2601-55-00417-3", "BHP-48815", "Bright Harbor Pediatric Therapy",
       [(d(5), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
        (d(7), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
        (d(12), [("97530", 2, ("GO", "59")), ("97112", 1, ("GO",)), ("97533", 1, ("GO",))]),
        (d(14), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
        (d(19), [("97530", 2, ("GO",)), ("97533", 2, ("GO",)), ("0552T", 1, ())]),
        (d(21), [("97530", 3, ("GO",)), ("97110", 1, ("GO",))]),
        (d(26), [("97530", 2, ("GO", "59")), ("97140", 1, ("GO",)), ("97535", 1, ("GO",))]),
        (d(28), [("97168", 1, ("GO",)), ("97530", 2, ("GO",))])],
       deny={"0552T": ("PR", "K12"), "97533": ("CO", "K31")})
    mk("Leila Haddad", "2601-55-00452-0", "LSP-30871", "Lantern Street Physical Therapy",
       [(d(8), [("97161", 1, ("GP",)), ("97140", 2, ("GP",)), ("97110", 1, ("GP",))]),
        (d(15), [("97140", 1, ("GP",)), ("97110", 2, ("GP",)), ("97112", 1, ("GP",))]),
        (d(22), [("97140", 1, ("GP",)), ("97110", 2, ("GP",)), ("97116", 1, ("GP",))]),
        (d(29), [("97140", 1, ("GP", "59")), ("97110", 2, ("GP",)), ("97018", 1, ("GP",))])])
    mk("Sami Haddad", "2601-55-00460-9", "BHP-48822", "Bright Harbor Pediatric Therapy",
       [(d(9), [("92523", 1, ())]), (d(16), [("92507", 1, ())]), (d(23), [("92507", 1, ()), ("92526", 1, ())])],
       deny={"92526": ("PR", "K12")})

    state = {"y": 0.0}

    def furniture(first=False):
        doc.new_page()
        doc.text(36, 30, "KESTREL BLUE", "B", 16)
        doc.text(36, 48, "HEALTH PLAN", "R", 9, gray=0.35)
        doc.text(doc.W - 36, 30, "Explanation of Benefits", "B", 13, "R")
        doc.text(doc.W - 36, 46, "THIS IS NOT A BILL", "B", 8, "R")
        doc.line(36, 62, doc.W - 36, 62, 1.2)
        footer_page(doc, "Kestrel Blue Health Plan  |  PO Box 60418, Tallwood, OR 97499  |  Member Services 1-800-555-0142"
                         "  |  TTY 711", 6.5)
        state["y"] = 70

    furniture(True)
    y = 72
    for i, t in enumerate(["DARIUS HADDAD", "418 QUARRY BEND RD", "FALLON CREEK OR 97433"]):
        doc.text(48, y + 10 + i * 10, t, "R", 8.5)
    box = [("Statement date", "January 29, 2026"), ("Subscriber", "Darius Haddad"),
           ("Member ID", "KBH 884 102 775"), ("Group", "0078812  Meridian Tile Works"),
           ("Plan", "Blue Select PPO 2500")]
    doc.rect(330, y, 246, 62, fill=0.93)
    for i, (k, v) in enumerate(box):
        doc.text(338, y + 6 + i * 11, k, "B", 7.5)
        doc.text(420, y + 6 + i * 11, v, "R", 7.5)
    y += 76
    doc.text(36, y, "Your plan year 2026 at a glance", "B", 10)
    y += 14
    acc = Table(doc, 36, [(["Family member"], 120, "L"), (["Deductible met", "(in network)"], 90, "R"),
                          (["Deductible", "limit"], 70, "R"), (["Out-of-pocket met"], 90, "R"), (["Out-of-pocket", "limit"], 80, "R")], 7.5, 9)
    y = acc.header(y, shade=0.88)
    met = {"Darius Haddad": "2,500.00", "Leila Haddad": "2,350.00", "Noor Haddad": "2,250.00", "Sami Haddad": "2,500.00"}
    for n, r in fam:
        y = acc.row(y, [f"{n} ({r})", "$" + met[n], "$2,500.00", "$" + met[n], "$6,000.00"], rule=0.7)
    y += 8
    doc.text(36, y, "Claims processed since your last statement", "B", 10)
    y += 16

    def claim_head(y, name, cno, acct, prov, cont=False):
        doc.rect(36, y, T.x1 - 36, 24, fill=None, lw=0.7)
        doc.text(40, y + 3, f"Patient: {name} ({rel[name]})" + ("  (continued)" if cont else ""), "B", 7.8)
        doc.text(200, y + 3, f"Claim #: {cno}", "B", 7.8)
        doc.text(330, y + 3, f"Provider: {prov}", "R", 7.8)
        doc.text(40, y + 13, f"Patient Account #: {acct}", "R", 7.5)
        doc.text(200, y + 13, "Received: 01/27/26", "R", 7.5)
        doc.text(300, y + 13, "Processed: 01/28/26", "R", 7.5)
        doc.text(400, y + 13, "Network: Participating", "R", 7.5)
        return T.header(y + 27, rules=True)

    bottom = doc.H - 48
    for name, cno, acct, prov, svcs in claims:
        if y + 24 + 27 + 3 * 9 > bottom:
            furniture()
            y = state["y"] + 6
        y = claim_head(y, name, cno, acct, prov)
        for s in svcs:
            if y + 10 > bottom:
                furniture()
                y = claim_head(state["y"] + 6, name, cno, acct, prov, cont=True)
            cells = [f"{dfmt(s.dos, 'mdy2')}-{dfmt(s.dos, 'mdy2')}", "/".join([s.code, *s.mods]), E.units_str(s.units),
                     dollars(s.billed), dollars(s.allowed), dollars(s.not_covered), " ".join(s.remarks),
                     dollars(s.deductible), dollars(s.copay), dollars(s.coinsurance), dollars(s.paid), dollars(s.owes)]
            y0 = y
            y = T.row(y, cells, rule=0.75)
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=cno, patient=name, end=s.dos,
                        printed=("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                                 "patient_owes"), remarks=s.remarks), doc.page_no, y0, y)
        if y + 12 > bottom:
            furniture()
            y = state["y"] + 6
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                                 ("patient_owes", "owes"))}
        y0 = y
        doc.line(36, y, T.x1, y, 0.8)
        y = T.row(y + 1.5, ["Claim Totals", "", "", dollars(tot["billed"]), dollars(tot["allowed"]),
                            dollars(E.total(svcs, "not_covered")), "", dollars(E.total(svcs, "deductible")),
                            dollars(E.total(svcs, "copay")), dollars(E.total(svcs, "coinsurance")),
                            dollars(tot["paid"]), dollars(tot["patient_owes"])], role="B")
        rec.claim(acct, cno, name, E.claim_totals(**tot), (doc.page_no, y0, y))
        doc.text(40, y + 1, f"We sent a payment of {dollars(tot['paid'])} to {prov}.", "I", 7.2)
        y += 18
    if y + 60 > bottom:
        furniture()
        y = state["y"] + 6
    doc.text(36, y, "Reason codes", "B", 9)
    y += 13
    for c, t in rec.legend:
        doc.text(40, y, c, "B", 7.5)
        doc.text(70, y, t, "R", 7.5)
        y += 10
    doc.text(36, y + 6, "You have the right to appeal. Call us or write to the address below within 180 days of this statement.", "I", 7.2)
    return doc, rec, "commercial PPO member EOB"


# ===================================================== c2 TPA family claim statement, flat table (fpdf2)
@layout
def c2_family_claim_statement(out: Path):
    fonts = font_set("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic")
    doc = Doc("fpdf2", fonts, landscape=True)
    fmt = Fmt(money=plain, date=mdyshort, units=lambda u: u)
    rec = Rec("c2", "c2_family_claim_statement", fmt, arith={"share": True, "owes": True, "disc": True})
    rec.legend = [["X2", "Excluded: this service is not covered under the plan document."],
                  ["X5", "Allowed amount set by the preferred provider network agreement."],
                  ["X9", "Applied to the per-person deductible."]]
    S = 6.6
    cols = [(["Patient"], 86, "L"), (["Claim No."], 62, "L"), (["Pt Acct"], 44, "L"), (["Svc Date"], 34, "L"),
            (["CPT"], 30, "L"), (["Mod"], 30, "L"), (["Qty"], 18, "R"), (["Billed"], 42, "R"), (["Savings"], 40, "R"),
            (["Excluded"], 40, "R"), (["Repriced"], 42, "R"), (["Ded"], 38, "R"), (["Copay"], 32, "R"),
            (["Coins"], 36, "R"), (["Paid"], 42, "R"), (["Member", "Owes"], 42, "R"), (["Exp"], 24, "C")]
    T = Table(doc, 36, cols, S, 8.4)
    ppl = {"Brandt, Elise": "0", "Brandt, Tobias": "300", "Oyelaran-Brandt, Kemi": "200", "Brandt, Milo": "120"}
    st = {n: E.PlanState(ded_left=Decimal(v), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.74"),
                         copay_codes={"99213": Decimal("40.00"), "99214": Decimal("40.00")}) for n, v in ppl.items()}
    plan = [("Brandt, Tobias", "SBA26-0114-0772", "KL10082", [(d(6), [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]),
                                                            (d(13), [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))])]),
            ("Brandt, Tobias", "SBA26-0121-0190", "KL10082", [(d(20), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)),
                                                                      ("0552T", 1, ())])]),
            ("Oyelaran-Brandt, Kemi", "SBA26-0115-3301", "PW-5527", [(d(7), [("97166", 1, ("GO",)), ("97530", 2, ("GO",))]),
                                                                    (d(14), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
                                                                    (d(21), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
                                                                    (d(23), [("97530", 2, ("GO",)), ("97535", 1, ("GO",))]),
                                                                    (d(26), [("97530", 3, ("GO", "59")), ("97112", 1, ("GO",))]),
                                                                    (d(29), [("97168", 1, ("GO",)), ("97530", 2, ("GO",))])]),
            ("Brandt, Elise", "SBA26-0116-0448", "HV-220931", [(d(8), [("99214", 1, ()), ("L3807", 1, ("RT",)),
                                                                      ("97760", 1, ("GO",))])]),
            ("Brandt, Milo", "SBA26-0120-1177", "PW-5531", [(d(9), [("92523", 1, ())]), (d(16), [("92507", 1, ())]),
                                                           (d(23), [("92507", 1, ()), ("92507", 1, ("59",))]),
                                                           (d(30), [("92507", 1, ())])]),
            ("Oyelaran-Brandt, Kemi", "SBA26-0128-0056", "PW-5527", [(d(28), [("97530", 3, ("GO",)), ("97533", 1, ("GO",))])])]
    mismatch = "SBA26-0114-0772"

    def furniture():
        doc.new_page()
        doc.rect(36, 24, doc.W - 72, 34, fill=0.9, stroke=False)
        doc.text(44, 30, "SAGEBRUSH BENEFIT ADMINISTRATORS", "B", 12)
        doc.text(44, 45, "Third-party administrator for the Northfield Cold Storage Employee Health Plan", "R", 7.5)
        doc.text(doc.W - 44, 30, "FAMILY CLAIM STATEMENT", "B", 11, "R")
        doc.text(doc.W - 44, 45, "This is not a bill.  Keep for your records.", "I", 7.5, "R")
        footer_page(doc, "Sagebrush Benefit Administrators  ·  2210 Old Mill Pkwy, Boise Flats, ID 83799  ·  "
                         "1-888-555-0176  ·  Plan No. 501", 6.5)
        return 64

    y = furniture()
    lab = [("Employee", "ELISE BRANDT"), ("Employee ID", "NCS-0048817"), ("Statement period", "01/01/2026 - 01/31/2026"),
           ("Statement date", "02/03/2026")]
    for i, (k, v) in enumerate(lab):
        doc.text(44 + i * 175, y + 4, k, "B", 7)
        doc.text(44 + i * 175, y + 13, v, "R", 8)
    y += 30
    doc.text(36, y, "Claims processed this period for you and your covered dependents (Exp codes are explained on the last page)",
             "I", 7.2)
    y = T.header(y + 12, shade=0.82)
    bottom = doc.H - 44
    for who, cno, acct, visits in plan:
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if code == "0552T":
                    s.denied = "PR"
                E.commercial(s, st[who])
                s.remarks = ["X2"] if s.denied else (["X9"] if s.deductible else ["X5"])
                svcs.append(s)
        for s in svcs:
            if y + 9 > bottom:
                y = T.header(furniture() + 4, shade=0.82)
            cells = [who, cno, acct, mdyshort(s.dos.isoformat()), s.code, " ".join(s.mods), E.units_str(s.units),
                     plain(s.billed), plain(s.discount), plain(s.not_covered), plain(s.allowed), plain(s.deductible),
                     plain(s.copay), plain(s.coinsurance), plain(s.paid), plain(s.owes), " ".join(s.remarks)]
            y0 = y
            y = T.row(y, cells, rule=0.8)
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=cno, patient=who,
                        printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                                 "paid", "patient_owes"), remarks=s.remarks), doc.page_no, y0, y)
        if y + 10 > bottom:
            y = T.header(furniture() + 4, shade=0.82)
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                                 ("patient_owes", "owes"))}
        shown_paid = tot["paid"] + (Decimal("10.00") if cno == mismatch else 0)
        y0 = y
        y = T.row(y, ["", "Claim Total", "", "", "", "", "", plain(tot["billed"]), plain(E.total(svcs, "discount")),
                      plain(E.total(svcs, "not_covered")), plain(tot["allowed"]), plain(E.total(svcs, "deductible")),
                      plain(E.total(svcs, "copay")), plain(E.total(svcs, "coinsurance")), plain(shown_paid),
                      plain(tot["patient_owes"]), ""], role="B")
        doc.line(36, y, T.x1, y, 0.9)
        t = dict(tot)
        t["paid"] = shown_paid
        rec.claim(acct, cno, who, E.claim_totals(**t), (doc.page_no, y0, y))
        if cno == mismatch:
            rec.findings.append(f"claim-total-mismatch claim {cno}: printed Paid total {bare(shown_paid)} but the "
                                f"lines add up to {bare(tot['paid'])}")
        y += 4
    if y + 70 > bottom:
        y = furniture()
    y += 10
    doc.text(36, y, "Explanation (Exp) codes", "B", 8.5)
    for i, (c, t) in enumerate(rec.legend):
        doc.text(40, y + 13 + i * 10, c, "B", 7.2)
        doc.text(62, y + 13 + i * 10, t, "R", 7.2)
    doc.text(36, y + 50, "Your plan's appeal rights and the plan's non-discrimination notice are enclosed.", "I", 7)
    return doc, rec, "TPA family claim statement (commercial self-funded plan)"


# ============================================================ m1 Medicare Summary Notice, LARGE PRINT (reportlab)
@layout
def m1_msn_large_print(out: Path):
    fonts = font_set("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")
    doc = Doc("reportlab", fonts)
    fmt = Fmt(money=dollars, date=mdy2, code=lambda c, m: [f"({c})"])
    rec = Rec("m1", "m1_msn_large_print", fmt)
    rec.legend = [["A", "This approved amount went toward your yearly Part B deductible."],
                  ["B", "Medicare does not pay for this item or service. You may be billed for it."],
                  ["C", "The therapy amount this year is above the threshold; the provider confirmed it was needed."]]
    who = "Marguerite A. Tolliver"
    st = E.PlanState(ded_left=Decimal("283.00"))
    S = 10.5
    cols = [(["Date"], 62, "L"), (["Service Provided", "& Billing Code"], 148, "L"), (["Approved?"], 58, "C"),
            (["Provider", "Charged"], 66, "R"), (["Medicare", "Approved"], 64, "R"), (["Medicare", "Paid"], 62, "R"),
            (["You May", "Be Billed"], 64, "R"), (["Notes"], 36, "C")]
    T = Table(doc, 36, cols, S, 13)
    claims = [("Lakeshore Rehab Partners", "4410 Harbor View Dr, Suite 2, Port Alder, WA 98399", "26-005-11873-400",
               [(d(5), [("97162", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
                (d(7), [("97110", 2, ("GP",)), ("97112", 1, ("GP",))]),
                (d(9), [("97110", 2, ("GP",)), ("97116", 1, ("GP",)), ("0552T", 1, ())]),
                (d(12), [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "KX"))]),
                (d(14), [("97110", 2, ("GP", "KX")), ("97530", 1, ("GP", "KX"))]),
                (d(16), [("97110", 2, ("GP", "KX")), ("97112", 1, ("GP", "KX"))]),
                (d(19), [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP", "KX"))]),
                (d(21), [("97110", 2, ("GP", "KX")), ("97116", 1, ("GP", "KX"))])]),
              ("Alder Point Family Medicine", "88 Tamarack St, Port Alder, WA 98399", "26-008-20455-311",
               [(d(8), [("99213", 1, ())])]),
              ("Cedar Sound Hand & Occupational Therapy", "1200 Ferry Terminal Rd, Kingsmoor, WA 98397",
               "26-016-30912-205", [(d(15), [("97165", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("RT",))]),
                                    (d(22), [("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("G0283", 1, ("GO",))])])]

    def furniture():
        doc.new_page()
        doc.text(36, 30, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 15)
        doc.text(36, 50, "LARGE PRINT EDITION", "B", 11, gray=0.3)
        doc.text(doc.W - 36, 50, who.upper(), "R", 10.5, "R")
        doc.line(36, 68, doc.W - 36, 68, 1.5)
        footer_page(doc, "Medicare Summary Notice  ·  January 31, 2026", 10)
        return 78

    y = furniture()
    y += 6
    for i, t in enumerate([who.upper(), "2716 SPINNAKER LN", "PORT ALDER WA 98399-1107"]):
        doc.text(36, y + i * 15, t, "R", 12)
    doc.rect(330, y - 4, 246, 100, fill=0.92)
    for i, t in enumerate(["THIS IS NOT A BILL", "Notice for " + who, "Medicare Number XXXXXXX-KT42",
                           "Date of this notice: January 31, 2026", "Claims period: Oct 31, 2025 - Jan 30, 2026"]):
        doc.text(338, y + 4 + i * 18, t, "B" if i == 0 else "R", 11 if i == 0 else 10)
    y += 116
    doc.text(36, y, "Your Deductible Status", "B", 13)
    doc.text(36, y + 20, "Your deductible is what you must pay for most health services before", "R", 11)
    doc.text(36, y + 35, "Medicare begins to pay. Part B deductible: you have now met $283.00", "R", 11)
    doc.text(36, y + 50, "of your $283.00 deductible for 2026.", "R", 11)
    y += 78
    doc.text(36, y, "Be Informed!", "B", 13)
    for i, t in enumerate(["Check this notice against the dates and services you remember.",
                           "If you did not get a service listed here, call 1-800-555-0190.",
                           "Keep your notices with your health records."]):
        doc.text(48, y + 20 + i * 16, "• " + t, "R", 11)
    y += 80
    doc.text(36, y, "Your Claims & Costs This Period", "B", 14)
    y += 26
    bottom = doc.H - 50
    for prov, addr, cno, visits in claims:
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if code == "0552T":
                    s.denied = "PR"
                E.medicare(s, st)
                s.remarks = ["B"] if s.denied else (["A"] if s.deductible else (["C"] if "KX" in mods else []))
                svcs.append(s)

        def head(y, cont=False):
            doc.rect(36, y, T.x1 - 36, 34 if not cont else 20, fill=0.9, stroke=False)
            doc.text(42, y + 4, prov + (" (claim continued)" if cont else ""), "B", 11.5)
            if not cont:
                doc.text(42, y + 19, addr, "R", 10)
            doc.text(T.x1 - 6, y + 4, f"Claim number {cno}", "R", 10.5, "R")
            return T.header(y + (38 if not cont else 24))
        if y + 90 > bottom:
            y = furniture()
        y = head(y)
        for s in svcs:
            wording = f"{s.desc} ({s.code})"
            cells = [dfmt(s.dos, "mdy2"), wording, "No" if s.denied else "Yes", dollars(s.billed), dollars(s.allowed),
                     dollars(s.paid), dollars(s.owes), " ".join(s.remarks)]
            if y + T.height(cells) > bottom:
                y = head(furniture())
            y0 = y
            y = T.row(y, cells, rule=0.6)
            rec.add(row(doc.page_no, s, claim_id=None, payer_claim_id=cno, patient=who, units=False, modifiers=False,
                        printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks), doc.page_no, y0, y)
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                                 ("patient_owes", "owes"))}
        if y + 16 > bottom:
            y = furniture()
        y0 = y
        y = T.row(y + 1, ["", "Total for this claim", "", dollars(tot["billed"]), dollars(tot["allowed"]),
                          dollars(tot["paid"]), dollars(tot["patient_owes"]), ""], role="B")
        doc.line(36, y, T.x1, y, 1)
        rec.claim(None, cno, who, E.claim_totals(**tot), (doc.page_no, y0, y))
        y += 22
    if y + 90 > bottom:
        y = furniture()
    doc.text(36, y, "Notes for Your Claims", "B", 13)
    y += 20
    for c, t in rec.legend:
        lines = wrap(t, fonts["R"], 11, 480)
        doc.text(40, y, c, "B", 11)
        for i, l in enumerate(lines):
            doc.text(64, y + i * 14, l, "R", 11)
        y += 14 * len(lines) + 4
    return doc, rec, "Medicare Summary Notice, Part B, large print"


# ============================================================ m2 Medicare Advantage PPO member EOB (fpdf2)
def code_paren(c, m):
    return [f"{c} ({', '.join(m)})" if m else c]


@layout
def m2_ma_ppo_eob(out: Path):
    fonts = font_set("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic")
    doc = Doc("fpdf2", fonts)
    fmt = Fmt(money=dollars, date=mdy_dash, code=code_paren)
    rec = Rec("m2", "m2_ma_ppo_eob", fmt, arith={"share": True, "owes": True})
    rec.legend = [["N1", "In-network specialist visit: you pay a fixed copay for the day."],
                  ["N4", "Out-of-network provider: your deductible and 30% coinsurance apply."],
                  ["N7", "Not a covered Medicare Advantage benefit. You are responsible for this amount."]]
    who = "Rosalind Achterberg"
    S = 7.3
    cols = [(["Date of", "service"], 44, "L"), (["Service you received"], 92, "L"), (["Code (Modifier)"], 60, "L"),
            (["Units"], 22, "R"), (["Charged"], 38, "R"), (["Approved"], 38, "R"), (["Plan paid"], 38, "R"),
            (["Your cost:", "Deductible"], 38, "R"), (["", "Copay"], 30, "R"), (["", "Coinsurance"], 40, "R"),
            (["", "Not covered"], 40, "R"), (["Your", "share"], 36, "R"), (["Notes"], 22, "C")]
    T = Table(doc, 36, cols, S, 9)
    inn = E.PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.50"))
    oon = E.PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.55"))
    claims = [("ALDER CREEK THERAPY GROUP", "in network", "26A0105-0311", "AC-22817", inn,
               [(d(5), [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]), (d(7), [("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
                (d(9), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("0552T", 1, ())]),
                (d(12), [("97110", 2, ("GP", "KX")), ("97116", 1, ("GP", "KX"))]),
                (d(14), [("97110", 1, ("GP", "CQ")), ("97140", 1, ("GP", "CQ"))]),
                (d(16), [("97110", 2, ("GP", "CQ")), ("97530", 1, ("GP", "CQ"))]),
                (d(20), [("97110", 2, ("GP",)), ("97112", 1, ("GP",))]),
                (d(22), [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]),
                (d(26), [("97110", 2, ("GP",)), ("97116", 1, ("GP",))]),
                (d(28), [("97110", 2, ("GP",)), ("97530", 1, ("GP",))])]),
              ("WILLET BAY HAND CLINIC", "out of network", "26A0119-0774", "WB-4471", oon,
               [(d(19), [("97165", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))]),
                (d(27), [("97530", 2, ("GO",)), ("97018", 1, ("GO",))])]),
              ("CORMORANT PRIMARY CARE", "in network", "26A0108-0090", "CPC-90214", E.PlanState(
                  visit_copay=Decimal("10.00"), allowed_rate=Decimal("0.50")), [(d(8), [("99214", 1, ())])])]

    def furniture():
        doc.new_page()
        doc.text(36, 26, "Cypress Crest Medicare Advantage (PPO)", "B", 14)
        doc.text(36, 44, "Explanation of Benefits  -  your Part C medical claims for January 2026", "I", 9)
        doc.text(doc.W - 36, 26, "H9921-004", "R", 8, "R")
        doc.line(36, 58, doc.W - 36, 58, 0.8)
        footer_page(doc, "Cypress Crest Health Plans, Inc. is an HMO/PPO plan with a Medicare contract. "
                         "Member Services 1-866-555-0123 (TTY 711), 8 a.m.-8 p.m.", 6.8)
        return 66

    y = furniture()
    for i, t in enumerate([who.upper(), "97 BRIGANTINE COURT", "SALT MEADOW OR 97466"]):
        doc.text(44, y + 8 + i * 11, t, "R", 9)
    doc.rect(320, y, 256, 84, fill=None, lw=0.9)
    doc.text(328, y + 5, "Your costs at a glance", "B", 9.5)
    rows_ = [("", "This month", "Year to date"), ("Providers billed", "", ""), ("Plan paid", "", ""), ("You paid / owe", "", "")]
    y_box = y
    y += 96
    doc.text(36, y, f"Member: {who}  ·  Member number C44180297  ·  Plan: Cypress Crest Choice PPO  ·  "
                    "Notice date: February 4, 2026", "R", 8)
    y += 14
    for t in ["This notice explains the medical claims we processed for you last month. It is not a bill. Compare it with",
              "the receipts and statements you got from your providers. If something looks wrong, call Member Services.",
              "Your 2026 in-network out-of-pocket maximum is $4,900.00; amounts in the \"Your share\" column count toward it."]:
        doc.text(36, y, t, "R", 8)
        y += 10.5
    y += 10
    bottom = doc.H - 46
    sums = {"billed": ZERO, "paid": ZERO, "owes": ZERO}
    for prov, net, cno, acct, st, visits in claims:
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if code == "0552T":
                    s.denied = "PR"
                E.commercial(s, st)
                s.remarks = ["N7"] if s.denied else (["N4"] if st is oon else (["N1"] if s.copay else []))
                svcs.append(s)

        def head(y, cont=False):
            doc.rect(36, y, T.x1 - 36, 22, fill=0.86, stroke=False)
            doc.text(40, y + 3, f"{prov} ({net})" + ("  - claim continued from the previous page" if cont else ""), "B", 8.5)
            doc.text(40, y + 13, f"Claim {cno}   ·   Your account number with this provider: {acct}   ·   "
                                 "Processed 01/30/2026", "R", 7.5)
            return T.header(y + 25)
        if y + 60 > bottom:
            y = furniture()
        y = head(y)
        for s in svcs:
            cells = [dfmt(s.dos, "mdy4").replace("/", "-"), s.desc, code_paren(s.code, s.mods)[0], E.units_str(s.units),
                     dollars(s.billed), dollars(s.allowed), dollars(s.paid), dollars(s.deductible), dollars(s.copay),
                     dollars(s.coinsurance), dollars(s.not_covered), dollars(s.owes), " ".join(s.remarks)]
            if y + T.height(cells) > bottom:
                y = head(furniture(), cont=True)
            y0 = y
            y = T.row(y, cells, rule=0.75)
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=cno, patient=who,
                        printed=("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered",
                                 "patient_owes"), remarks=s.remarks), doc.page_no, y0, y)
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                                 ("patient_owes", "owes"))}
        for k, a in (("billed", "billed"), ("paid", "paid"), ("owes", "owes")):
            sums[k] += E.total(svcs, a)
        if y + 12 > bottom:
            y = furniture()
        y0 = y
        y = T.row(y + 1, ["", "Claim total", "", "", dollars(tot["billed"]), dollars(tot["allowed"]), dollars(tot["paid"]),
                          dollars(E.total(svcs, "deductible")), dollars(E.total(svcs, "copay")),
                          dollars(E.total(svcs, "coinsurance")), dollars(E.total(svcs, "not_covered")),
                          dollars(tot["patient_owes"]), ""], role="B")
        doc.line(36, y, T.x1, y, 0.9)
        rec.claim(acct, cno, who, E.claim_totals(**tot), (doc.page_no, y0, y))
        y += 14
    # summary box on page 1 (drawn last so the figures are known)
    page1 = doc.pages[0]
    for i, (a, b, c) in enumerate(rows_):
        if i == 1:
            b, c = dollars(sums["billed"]), dollars(sums["billed"])
        elif i == 2:
            b, c = dollars(sums["paid"]), dollars(sums["paid"])
        elif i == 3:
            b, c = dollars(sums["owes"]), dollars(sums["owes"])
        yy = y_box + 20 + i * 14
        for xx, t, al in ((328, a, "L"), (480, b, "R"), (568, c, "R")):
            w = width(t, fonts["B" if i == 0 else "R"], 8.5)
            page1.append(("t", xx - (w if al == "R" else 0), yy + 8.5 * 0.8, t, fonts["B" if i == 0 else "R"], 8.5, 0.0))
    if y + 60 > bottom:
        y = furniture()
    doc.text(36, y + 4, "What the notes mean", "B", 9)
    for i, (c, t) in enumerate(rec.legend):
        doc.text(40, y + 18 + i * 11, c, "B", 8)
        doc.text(60, y + 18 + i * 11, t, "R", 8)
    return doc, rec, "Medicare Advantage PPO member EOB"


# ===================================================== d1 state Medicaid RA, two-tier headings (reportlab)
@layout
def d1_medicaid_ra_two_tier(out: Path):
    fonts = font_set("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic")
    doc = Doc("reportlab", fonts)
    fmt = Fmt(money=plain, date=mdy2, units=lambda u: f"{Decimal(u):.1f}")
    rec = Rec("d1", "d1_medicaid_ra_two_tier", fmt)
    rec.legend = [["218", "Paid at the program's maximum fee for this procedure."],
                  ["340", "No prior authorization on file for these dates of service."],
                  ["412", "Same service already paid for this recipient on this date."],
                  ["905", "Claim cancelled; see the replacement claim in this section."]]
    S = 7.0
    ccols = [(["RECIPIENT NAME"], 118, "L"), (["RECIPIENT ID"], 62, "L"), (["PATIENT ACCT #"], 66, "L"),
             (["ICN"], 80, "L"), (["CLAIM BILLED"], 56, "R"), (["CLAIM ALLOWED"], 60, "R"), (["CLAIM PAID"], 50, "R"),
             (["STATUS"], 48, "C")]
    dcols = [(["LN"], 18, "L"), (["FROM DOS"], 42, "L"), (["TO DOS"], 42, "L"), (["PROCEDURE"], 46, "L"),
             (["MODIFIERS"], 48, "L"), (["UNITS", "BILLED"], 30, "R"), (["UNITS", "ALLOWED"], 34, "R"),
             (["BILLED"], 48, "R"), (["ALLOWED"], 48, "R"), (["COPAY"], 36, "R"), (["PAID"], 48, "R"),
             (["EOB"], 48, "C")]
    TC = Table(doc, 36, ccols, S, 8.6)
    TD = Table(doc, 54, dcols, S, 8.6)

    def furniture(section):
        doc.new_page()
        doc.text(doc.W / 2, 26, "STATE OF NORTH CASCADIA  -  DEPARTMENT OF HEALTH SERVICES", "B", 9, "C")
        doc.text(doc.W / 2, 38, "MEDICAL ASSISTANCE PROGRAM  -  REMITTANCE ADVICE", "B", 9, "C")
        doc.text(36, 56, "PROVIDER: WILLOWBEND PEDIATRIC THERAPY LLC", "R", 7.5)
        doc.text(36, 66, "NPI: 1740388215    PROVIDER ID: 00482201    TAXONOMY: 225X00000X", "R", 7.5)
        doc.text(doc.W - 36, 56, "RA NUMBER: 2026-0204-118", "R", 7.5, "R")
        doc.text(doc.W - 36, 66, "PAYMENT DATE: 02/04/26    EFT: 700094411", "R", 7.5, "R")
        doc.text(doc.W - 36, 76, f"PAGE {doc.page_no} OF {{N}}", "R", 7.5, "R")
        doc.line(36, 86, doc.W - 36, 86, 1)
        y = TC.header(92, shade=0.88, rules=False)
        y = TD.header(y, shade=0.94)
        doc.text(36, y + 2, f"*** {section} ***", "B", 8)
        return y + 14

    kids = {"HADDAD NOOR M": ("0044188270", "BHP-48815"), "OKAFOR TEMI A": ("0051930418", "WPT-3381"),
            "OKAFOR CHIDI O": ("0051930426", "WPT-3382"), "VASQUEZ LUNA R": ("0060213357", "WPT-3417"),
            "PELLETIER JONAH": ("0058820104", "WPT-3429")}
    icn = iter(f"26028{n:08d}" for n in (400120, 400121, 400122, 400133, 400134, 400141, 400142, 400155))
    paid_claims = [("OKAFOR TEMI A", [(d(dd), [("97530", 2, ("GO", "U1")), ("97535", 1, ("GO", "U1"))])
                                      for dd in (5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 20, 21, 22, 23, 26, 27, 28)]),
                   ("OKAFOR CHIDI O", [(d(dd), [("92507", 1, ("GN",))]) for dd in (6, 13, 20, 27)]),
                   ("VASQUEZ LUNA R", [(d(8), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97530", 1, ("GP",))]),
                                       (d(15), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97530", 1, ("GP", "59"))])])]
    denied_claims = [("PELLETIER JONAH", [(d(9), [("97533", 2, ("GO",)), ("97530", 2, ("GO",))])])]
    bottom = doc.H - 40
    y = furniture("PAID CLAIMS")
    section = "PAID CLAIMS"

    def emit(name, svcs, status, icn_no, sec, dup=None):
        nonlocal y, section
        rid, acct = kids[name]
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"))}
        if sec != section:
            section = sec
            if y + 40 > bottom:
                y = furniture(sec)
            else:
                doc.text(36, y + 4, f"*** {sec} ***", "B", 8)
                y += 16
        if y + 30 > bottom:
            y = furniture(sec)
        y0 = y
        y = TC.row(y, [name, rid, acct, icn_no, plain(tot["billed"]), plain(tot["allowed"]), plain(tot["paid"]), status],
                   role="B")
        rec.claim(acct, icn_no, name, E.claim_totals(**tot), (doc.page_no, y0, y))
        for i, s in enumerate(svcs, 1):
            if y + 10 > bottom:
                y = furniture(sec)
                y = TC.row(y, [name + " (CONTINUED)", rid, acct, icn_no, "", "", "", ""], role="B")
            ua = ZERO if s.denied else s.units
            cells = [f"{i:02d}", dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods),
                     f"{s.units:.1f}", f"{ua:.1f}", plain(s.billed), plain(s.allowed), plain(s.copay), plain(s.paid),
                     " ".join(s.remarks)]
            y0 = y
            y = TD.row(y, cells)
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=icn_no, patient=name, end=s.dos,
                        printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks), doc.page_no, y0, y)
        doc.line(36, y + 1, TD.x1, y + 1, 0.4, 0.5)
        y += 5

    for name, visits in paid_claims:
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = E.medicaid(Svc(dos, code, u, mods))
                s.remarks = ["218"]
                svcs.append(s)
        emit(name, svcs, "PAID", next(icn), "PAID CLAIMS")
    for name, visits in denied_claims:
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                s.denied = "CO"
                E.medicaid(s)
                s.remarks = ["340"]
                svcs.append(s)
        emit(name, svcs, "DENIED", next(icn), "DENIED CLAIMS")
    # adjustment: the earlier claim of Noor is cancelled (credit) and re-processed (debit)
    base = [Svc(d(29, 12, 2025), "97530", 3, ("GO",)), Svc(d(29, 12, 2025), "97165", 1, ("GO",)),
            Svc(d(31, 12, 2025), "97530", 3, ("GO",))]
    for s in base:
        E.medicaid(s)
    credit = [E.negate(s) for s in base]
    for s in credit:
        s.remarks = ["905"]
    emit("HADDAD NOOR M", credit, "CREDIT", "26028" + "00388105", "ADJUSTED CLAIMS")
    debit = [Svc(s.dos, s.code, s.units, s.mods) for s in base]
    for s in debit:
        E.medicaid(s)
        s.remarks = ["218"]
    debit[2].denied = "CO"
    debit[2].allowed = debit[2].paid = debit[2].discount = ZERO
    E.medicaid(debit[2])
    debit[2].remarks = ["412"]
    emit("HADDAD NOOR M", debit, "DEBIT", next(icn), "ADJUSTED CLAIMS")
    if y + 70 > bottom:
        y = furniture("EOB CODE DESCRIPTIONS")
    y += 8
    doc.text(36, y, "EOB CODE DESCRIPTIONS", "B", 8)
    for i, (c, t) in enumerate(rec.legend):
        doc.text(40, y + 12 + i * 10, c, "B", 7.2)
        doc.text(64, y + 12 + i * 10, t, "R", 7.2)
    return doc, rec, "state Medicaid remittance advice"


# ===================================================== d2 state Medicaid RA, MMIS print (fpdf2, Courier)
@layout
def d2_medicaid_ra_mmis(out: Path):
    fonts = font_set("Courier", "Courier-Bold", "Courier-Oblique")
    doc = Doc("fpdf2", fonts, landscape=True)
    fmt = Fmt(money=bare, date=mdy4, units=lambda u: f"{Decimal(u):.2f}", adj=lambda g, r, a: [f"{g}{r}", bare(a)])
    rec = Rec("d2", "d2_medicaid_ra_mmis", fmt, arith={"all_adj": True})
    rec.legend = [["N54", "Authorization on file does not match the services billed."],
                  ["M86", "Same or similar service already paid for this period."],
                  ["N130", "See the program's coverage rules for limits on this service."]]
    S = 7.0
    cols = [(["LN"], 18, "L"), (["FROM"], 50, "L"), (["THRU"], 50, "L"), (["PROC"], 34, "L"), (["M1"], 18, "L"),
            (["M2"], 18, "L"), (["M3"], 18, "L"), (["M4"], 18, "L"), (["UNITS"], 32, "R"), (["SUBMITTED"], 52, "R"),
            (["ALLOWED"], 48, "R"), (["TPL/OI"], 42, "R"), (["COPAY"], 38, "R"), (["PAID"], 48, "R"),
            (["ARC"], 40, "L"), (["ARC AMT"], 44, "R"), (["RMK"], 36, "L")]
    T = Table(doc, 36, cols, S, 8.4)

    def furniture():
        doc.new_page()
        doc.text(36, 24, "STATE OF WESTMARK  MEDICAID MANAGEMENT INFORMATION SYSTEM", "B", 8)
        doc.text(36, 34, "PROVIDER REMITTANCE ADVICE - PROFESSIONAL", "B", 8)
        doc.text(doc.W - 36, 24, f"PAGE {doc.page_no} OF {{N}}", "R", 7, "R")
        doc.text(doc.W - 36, 34, "RUN DATE 02/06/2026   REMIT NO 0000771350", "R", 7, "R")
        doc.text(36, 48, "PAYEE: CEDAR SOUND HAND & OCCUPATIONAL THERAPY   NPI 1194022876   MEDICAID PROV 7700413", "R", 7)
        doc.text(36, 58, "WARRANT/EFT: E0031887204   PAY DATE 02/06/2026", "R", 7)
        doc.line(36, 68, doc.W - 36, 68, 0.6)
        return T.header(72, rules=True)

    recips = [("OKAFOR, TEMI A", "W0051930418", "TT-3381"), ("GALLOWAY, REESE", "W0072281930", "TT-3405"),
              ("NAKASHIMA, PIA L", "W0069944017", "TT-3412"), ("DUBOIS, ARLO", "W0071100562", "TT-3420")]
    plan = [(0, "2026-019-004512", "PAID", [(d(dd), [("97530", 2, ("GO", "U2")), ("97110", 1, ("GO", "U2"))])
                                           for dd in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)], None),
            (1, "2026-019-004518", "PAID", [(d(6), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
                                           (d(13), [("97530", 3, ("GO",)), ("97533", 1, ("GO",))]),
                                           (d(20), [("97530", 3, ("GO",)), ("97533", 1, ("GO",))]),
                                           (d(27), [("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97533", 1, ("GO",))])],
             "tpl"),
            (2, "2026-019-004533", "PAID", [(d(8), [("97760", 1, ("GO", "RT")), ("L3807", 1, ("RT",))]),
                                           (d(22), [("97140", 1, ("GO", "59")), ("97110", 2, ("GO",)), ("97535", 1, ("GO",))])],
             "copay"),
            (3, "2026-019-004540", "DENIED", [(d(9), [("97530", 2, ("GO",)), ("97542", 1, ("GO",))])], "deny")]
    y = furniture()
    bottom = doc.H - 36
    for ri, icn_no, status, visits, kind in plan:
        name, rid, acct = recips[ri]
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if kind == "deny":
                    s.denied = "CO"
                    E.medicaid(s, deny_reason="197")
                    s.remarks = ["N54"]
                else:
                    E.medicaid(s)
                    s.tpl = ZERO
                    if kind == "tpl" and s.paid:
                        s.tpl = q(s.allowed * Decimal("0.40"))
                        s.paid -= s.tpl
                        s.adjs.append(("OA", "23", s.tpl))
                    if kind == "copay" and s.code != "L3807" and s.paid:
                        s.copay = Decimal("2.00") if s.code in ("97760", "97140") else ZERO
                        if s.copay:
                            s.paid -= s.copay
                            s.adjs.append(("PR", "3", s.copay))
                    if s.code == "97533":
                        s.remarks = ["N130"]
                svcs.append(s)

        def head(y, cont=False):
            doc.text(36, y, f"ICN {icn_no}  RECIP {rid}  {name}  PCN {acct}  STATUS {status}" + ("  (CONT)" if cont else ""),
                     "B", 7.2)
            return y + 11
        if y + 40 > bottom:
            y = furniture()
        y = head(y)
        for i, s in enumerate(svcs, 1):
            adjs = s.adjs or [("", "", None)]
            cells = [f"{i:03d}", dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, *(list(s.mods) + ["", "", "", ""])[:4],
                     f"{s.units:.2f}", bare(s.billed), bare(s.allowed), bare(getattr(s, "tpl", ZERO)), bare(s.copay),
                     bare(s.paid), [f"{g}{r}" for g, r, _ in s.adjs], [bare(a) for *_, a in s.adjs], " ".join(s.remarks)]
            if y + T.height(cells) > bottom:
                y = head(furniture(), cont=True)
            y0 = y
            y = T.row(y, cells)
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=icn_no, patient=name, end=s.dos,
                        units=True, printed=("billed", "allowed", "copay", "paid"),
                        adjustments=s.adjs, remarks=s.remarks, overrides={"units": E.units_str(s.units)}),
                    doc.page_no, y0, y)
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"))}
        if y + 12 > bottom:
            y = furniture()
        y0 = y
        y = T.row(y, ["", "CLAIM TOTAL", "", "", "", "", "", "", "", bare(tot["billed"]), bare(tot["allowed"]),
                      bare(sum((getattr(s, "tpl", ZERO) for s in svcs), ZERO)), bare(E.total(svcs, "copay")),
                      bare(tot["paid"]), "", "", ""], role="B")
        rec.claim(acct, icn_no, name, E.claim_totals(**tot), (doc.page_no, y0, y))
        doc.text(36, y, "-" * 150, "R", 6)
        y += 10
    if y + 50 > bottom:
        y = furniture()
    doc.text(36, y + 4, "REMARK CODES THIS REMITTANCE", "B", 7.2)
    for i, (c, t) in enumerate(rec.legend):
        doc.text(40, y + 16 + i * 9, f"{c:<6}{t.upper()}", "R", 6.8)
    return doc, rec, "state Medicaid remittance advice (MMIS print)"


def medicare_claims(seed_ded: str):
    """Medicare Part B payment for one therapy practice: claims of several beneficiaries."""
    st = {}
    plan = [("OKONJO, WENDELL P", "1EG4TE5MK72", "40877", "2226005123450",
             [(d(5), [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
              (d(7), [("97110", 2, ("GP",)), ("97112", 1, ("GP",))]),
              (d(9), [("97110", 2, ("GP", "KX")), ("97116", 1, ("GP", "KX")), ("0552T", 1, ())])], "283.00"),
            ("FERREIRA, LUCINDA", "3KD8NW2PX41", "40902", "2226005123611",
             [(d(6), [("97165", 1, ("GO",)), ("97535", 1, ("GO",))]),
              (d(13), [("97530", 2, ("GO", "CQ")), ("97535", 1, ("GO", "CQ"))]),
              (d(20), [("97530", 2, ("GO",)), ("97140", 1, ("GO", "59"))])], "0"),
            ("BRANDVOLD, AUGUST", "7TR3HQ6VC09", "40915", "2226005124077",
             [(d(8), [("92523", 1, ("GN",)), ("92507", 1, ("GN",))]),
              (d(15), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))])], "120.00")]
    claims = []
    for name, mbi, acct, icn_no, visits, ded in plan:
        s_ = E.PlanState(ded_left=Decimal(ded))
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if code == "0552T":
                    s.denied = "CO"
                    E.medicare(s, s_, deny_reason="96")
                    s.remarks = ["N130"]
                elif code == "92526" and dos == d(15):
                    s.denied = "CO"
                    E.medicare(s, s_, deny_reason="97")
                    s.remarks = ["M86"]
                else:
                    E.medicare(s, s_)
                svcs.append(s)
        claims.append(("1 PRIMARY", name, mbi, acct, icn_no, svcs))
    # a December claim taken back and paid again
    prev = [Svc(d(29, 12, 2025), "97110", 3, ("GP",)), Svc(d(29, 12, 2025), "97112", 1, ("GP",))]
    s_ = E.PlanState()
    for s in prev:
        E.medicare(s, s_)
    rev = [E.negate(s) for s in prev]
    claims.append(("22 REVERSAL", "MARCHETTI, SILVIO", "5HN2WK8RT33", "40711", "2225351077810", rev))
    again = [Svc(d(29, 12, 2025), "97110", 3, ("GP",)), Svc(d(29, 12, 2025), "97112", 1, ("GP", "KX"))]
    for s in again:
        E.medicare(s, E.PlanState())
    claims.append(("1 PRIMARY", "MARCHETTI, SILVIO", "5HN2WK8RT33", "40711", "2226005128904", again))
    return claims


# ======================================= r1 clearinghouse Medicare Part B remittance, provider copy (reportlab)
@layout
def r1_clearinghouse_remit(out: Path):
    fonts = font_set("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic")
    doc = Doc("reportlab", fonts)
    fmt = Fmt(money=paren, date=mdy6, code=lambda c, m: [" ".join([c, *m])],
              adj=lambda g, r, a: [f"{g}{r} {paren(a)}"])
    rec = Rec("r1", "r1_clearinghouse_remit", fmt, arith={"all_adj": True})
    rec.legend = [["N130", "Check the coverage rules for this service."], ["M86", "Paid already as part of a same-day service."],
                  ["MA01", "Appeal rights explained on the back of the original notice."]]
    S = 6.8
    cols = [(["Svc Date"], 34, "L"), (["Proc / Mods"], 64, "L"), (["Units"], 22, "R"), (["Billed"], 42, "R"),
            (["Allowed"], 40, "R"), (["Deduct"], 36, "R"), (["Coins"], 34, "R"), (["Paid"], 40, "R"),
            (["Pt Resp"], 36, "R"), (["Adjustments (Grp/Rsn Amt)"], 126, "L"), (["RARC"], 30, "L")]
    T = Table(doc, 36, cols, S, 8.6)

    def furniture():
        doc.new_page()
        doc.text(36, 26, "ClearPath Exchange", "B", 13)
        doc.text(36, 42, "Remittance Advice - Provider Copy", "R", 9)
        doc.text(doc.W - 36, 26, "Payer: Western Plains Medicare Services (Part B)", "R", 7.5, "R")
        doc.text(doc.W - 36, 36, "Payee: Lakeshore Rehab Partners   NPI 1558204419", "R", 7.5, "R")
        doc.text(doc.W - 36, 46, "EFT Trace 88200417361   Paid 02/03/2026", "R", 7.5, "R")
        doc.line(36, 58, doc.W - 36, 58, 0.8)
        footer_page(doc, "Printed from the 835 received 02/03/2026 11:42. Not an original Medicare notice.", 6.5)
        return T.header(62, shade=0.85)

    y = furniture()
    bottom = doc.H - 44
    for status, name, mbi, acct, icn_no, svcs in medicare_claims("x"):
        def head(y, cont=False):
            doc.text(36, y + 2, f"Pt: {name}   MBI: {mbi}   Acct: {acct}   ICN: {icn_no}   Status: {status}" +
                     ("   (CONTINUED)" if cont else "   Crossed over to: Harborview Mutual Medigap" if status.startswith("1")
                      and name.startswith("OKONJO") else ""), "B", 7.2)
            return y + 13
        if y + 40 > bottom:
            y = furniture()
        y = head(y)
        for s in svcs:
            adj = " ".join(f"{g}{r} {paren(a)}" for g, r, a in s.adjs)
            cells = [dfmt(s.dos, "mdy6"), " ".join([s.code, *s.mods]), E.units_str(s.units), paren(s.billed),
                     paren(s.allowed), paren(s.deductible), paren(s.coinsurance), paren(s.paid), paren(s.owes),
                     [x for x in wrap_adj(s.adjs)], " ".join(s.remarks)]
            if y + T.height(cells) > bottom:
                y = head(furniture(), True)
            y0 = y
            y = T.row(y, cells, rule=0.8)
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=icn_no, patient=name,
                        printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                        adjustments=s.adjs, remarks=s.remarks), doc.page_no, y0, y)
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"),
                                                 ("patient_owes", "owes"))}
        y0 = y
        y = T.row(y, ["Claim Totals:", "", "", paren(tot["billed"]), paren(tot["allowed"]),
                      paren(E.total(svcs, "deductible")), paren(E.total(svcs, "coinsurance")), paren(tot["paid"]),
                      paren(tot["patient_owes"]), "", ""], role="B")
        rec.claim(acct, icn_no, name, E.claim_totals(**tot), (doc.page_no, y0, y))
        y += 9
    y += 6
    doc.text(36, y, "Remark codes", "B", 8)
    for i, (c, t) in enumerate(rec.legend):
        doc.text(40, y + 12 + i * 9, f"{c}  {t}", "R", 7)
    return doc, rec, "clearinghouse print of a Medicare Part B remittance"


def wrap_adj(adjs):
    out, cur = [], ""
    for g, r, a in adjs:
        t = f"{g}{r} {paren(a)}"
        if cur and len(cur) + len(t) > 30:
            out.append(cur)
            cur = t
        else:
            cur = (cur + "  " + t).strip()
    if cur:
        out.append(cur)
    return out


# ================================== r2 practice-management payment posting detail, Medicare Part B (fpdf2)
@layout
def r2_pm_posting_detail(out: Path):
    fonts = font_set("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique")
    doc = Doc("fpdf2", fonts, landscape=True)
    fmt = Fmt(money=bare, date=mdyn, code=lambda c, m: [c] + ([",".join(m)] if m else []),
              adj=lambda g, r, a: [f"{g}-{r} {bare(a)}"])
    rec = Rec("r2", "r2_pm_posting_detail", fmt, arith={"all_adj": True})
    S = 6.4
    cols = [(["Patient"], 88, "L"), (["Acct #"], 30, "L"), (["Payer ICN"], 62, "L"), (["DOS"], 38, "L"),
            (["CPT"], 30, "L"), (["Mods"], 34, "L"), (["Qty"], 18, "R"), (["Charge"], 38, "R"), (["Allowed"], 36, "R"),
            (["Ded"], 32, "R"), (["Coins"], 30, "R"), (["Ins Paid"], 36, "R"), (["Adjustments"], 78, "L"),
            (["Pt Resp"], 34, "R"), (["Xfer 2nd"], 34, "R"), (["RARC"], 28, "L")]
    T = Table(doc, 32, cols, S, 8.0)

    def furniture():
        doc.new_page()
        doc.rect(32, 22, T.x1 - 32, 30, fill=0.15, stroke=False)
        doc.text(40, 28, "TheraLedger PM  -  Payment Posting Detail", "B", 11, gray=1.0)
        doc.text(40, 42, "ERA batch 000418  |  Payer: MEDICARE PART B (Western Plains)  |  Check/EFT 88200417361  |  "
                         "Deposit 02/03/2026", "R", 7, gray=1.0)
        doc.text(32, 60, "Practice: Lakeshore Rehab Partners  ·  Posted by: jmcallister  ·  Run 02/04/2026 08:15", "R", 7)
        doc.text(T.x1, 60, f"Page {doc.page_no} of {{N}}", "R", 7, "R")
        return T.header(70, shade=0.82)

    y = furniture()
    bottom = doc.H - 30
    for status, name, mbi, acct, icn_no, svcs in medicare_claims("y"):
        pname = " ".join(w for w in name.title().split())
        for s in svcs:
            xfer = (s.deductible + s.coinsurance) if name.startswith("OKONJO") else ZERO
            cells = [pname, acct, icn_no, dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), E.units_str(s.units),
                     bare(s.billed), bare(s.allowed), bare(s.deductible), bare(s.coinsurance), bare(s.paid),
                     [f"{g}-{r} {bare(a)}" for g, r, a in s.adjs], bare(s.owes - xfer), bare(xfer), " ".join(s.remarks)]
            if y + T.height(cells) > bottom:
                y = furniture()
            y0 = y
            y = T.row(y, cells, rule=0.8)
            overrides = {"patient_owes": str(q(s.owes - xfer))}
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=icn_no, patient=pname,
                        printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                        adjustments=s.adjs, remarks=s.remarks, overrides=overrides), doc.page_no, y0, y)
        if y + 10 > bottom:
            y = furniture()
        tot = {k: E.total(svcs, a) for k, a in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"))}
        y0 = y
        y = T.row(y, ["", "", "Claim subtotal", "", "", "", "", bare(tot["billed"]), bare(tot["allowed"]), "", "",
                      bare(tot["paid"]), "", "", "", ""], role="B")
        doc.line(32, y, T.x1, y, 0.7)
        rec.claim(acct, icn_no, pname, E.claim_totals(**tot), (doc.page_no, y0, y))
        y += 3
    doc.text(32, y + 8, "Xfer 2nd = patient share moved to the secondary payer on file (crossover). Adjustments are posted "
                        "as received on the 835 (group-reason amount).", "I", 6.8)
    return doc, rec, "practice-management posting report of a Medicare Part B remittance"


# ================================================== s1 pediatric therapy clinic family statement (fpdf2)
@layout
def s1_clinic_family_statement(out: Path):
    fonts = font_set("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic")
    doc = Doc("fpdf2", fonts)
    fmt = Fmt(money=dollars, date=mdy4, code=lambda c, m: ["-".join([c, *m])])
    rec = Rec("s1", "s1_clinic_family_statement", fmt, arith={"balance": True})
    S = 7.0
    cols = [(["Svc Date"], 52, "L"), (["Procedure"], 190, "L"), (["Qty"], 22, "R"), (["Amount"], 50, "R"),
            (["Ins Paid"], 50, "R"), (["Write-Off"], 50, "R"), (["Your Portion"], 58, "R")]
    T = Table(doc, 44, cols, S, 9)
    kids = [("Temi Okafor", "Harborline Health PPO", "HL", E.PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.80"))),
            ("Chidi Okafor", "Westmark Medicaid", "MCD", None),
            ("Ada Okafor", "Harborline Health PPO", "HL", E.PlanState(ded_left=Decimal("180.00"), allowed_rate=Decimal("0.80")))]
    visits = {"Temi Okafor": [("V-20418", d(5), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))], "HL26010900231"),
                              ("V-20466", d(12), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))], "HL26011600518"),
                              ("V-20511", d(19), [("97530", 2, ("GO", "59")), ("97112", 1, ("GO",)), ("97533", 1, ("GO",))], "HL26012300044"),
                              ("V-20560", d(26), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))], None)],
              "Chidi Okafor": [("V-20421", d(6), [("92523", 1, ())], "2026-019-004377"),
                               ("V-20470", d(13), [("92507", 1, ())], "2026-019-004391"),
                               ("V-20515", d(20), [("92507", 1, ()), ("92526", 1, ())], "2026-026-000812"),
                               ("V-20563", d(27), [("92507", 1, ())], None)],
              "Ada Okafor": [("V-20430", d(7), [("97161", 1, ("GP",)), ("97110", 2, ("GP",))], "HL26011300902"),
                             ("V-20478", d(14), [("97110", 2, ("GP",)), ("97116", 1, ("GP",)), ("97150", 1, ("GP",))], "HL26012000117"),
                             ("V-20530", d(21), [("97110", 2, ("GP",)), ("97530", 1, ("GP",)), ("97140", 1, ("GP",))], "HL26012700348")]}

    def furniture():
        doc.new_page()
        doc.text(44, 28, "Willowbend Pediatric Therapy", "B", 14)
        doc.text(44, 46, "Occupational · Speech · Physical Therapy   |   5120 Larkspur Ave, Fallon Creek, OR 97433   |   (541) 555-0164",
                 "R", 7)
        doc.text(doc.W - 44, 28, "FAMILY STATEMENT", "B", 11, "R")
        doc.line(44, 58, doc.W - 44, 58, 1)
        footer_page(doc, "Questions about your bill? billing@willowbend.example  ·  Pay online at willowbend.example/pay",
                    6.8)
        return 66

    y = furniture()
    doc.text(44, y + 6, "Guarantor:  ADAEZE OKAFOR", "B", 8.5)
    for i, t in enumerate(["1733 Sorrel Way", "Fallon Creek, OR 97433"]):
        doc.text(44, y + 18 + i * 10, t, "R", 8)
    doc.rect(340, y, 228, 56, fill=0.93)
    info = [("Statement date", "02/05/2026"), ("Account number", "G-55104"), ("Amount due", "{DUE}"),
            ("Please pay by", "02/25/2026")]
    for i, (k, v) in enumerate(info):
        doc.text(348, y + 6 + i * 12, k, "B", 8)
        doc.text(560, y + 6 + i * 12, v, "R", 8, "R")
    due_op = doc.pages[-1][-1]
    y += 70
    bottom = doc.H - 46
    due = ZERO
    for kid, ins, kind, st in kids:
        def band(y, cont=False):
            doc.rect(44, y, T.x1 - 44, 14, fill=0.82, stroke=False)
            doc.text(48, y + 3, f"{kid}" + ("  (continued)" if cont else f"   ·   Insurance: {ins}"), "B", 8)
            return T.header(y + 16)
        if y + 60 > bottom:
            y = furniture()
        y = band(y)
        for vno, dos, items, claimno in visits[kid]:
            svcs = []
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if claimno is None:
                    pass
                elif kind == "MCD":
                    if code == "92526":
                        s.denied = "CO"
                        E.medicaid(s)
                        s.discount = s.billed
                    else:
                        E.medicaid(s)
                else:
                    if code == "97533":
                        s.denied = "PR"
                    E.commercial(s, st)
                svcs.append(s)
            if y + 24 > bottom:
                y = band(furniture(), cont=True)
            note = (f"Visit {vno}  -  claim {claimno} processed by {ins}" if claimno else
                    f"Visit {vno}  -  billed to {ins} on 01/29/2026, awaiting their decision")
            doc.text(48, y + 1, note, "I", 7)
            y += 11
            for s in svcs:
                pending = claimno is None
                proc = "-".join([s.code, *s.mods]) + "  " + s.desc
                cells = [dfmt(s.dos, "mdy4"), proc, E.units_str(s.units), dollars(s.billed),
                         "pending" if pending else dollars(s.paid), "--" if pending else dollars(s.discount),
                         "--" if pending else dollars(s.owes)]
                if y + T.height(cells) > bottom:
                    y = band(furniture(), cont=True)
                y0 = y
                y = T.row(y, cells, rule=0.8)
                printed = ("billed",) if pending else ("billed", "paid", "discount", "patient_owes")
                rec.add(row(doc.page_no, s, claim_id=vno, payer_claim_id=claimno, patient=kid, printed=printed),
                        doc.page_no, y0, y)
            tot = {"billed": E.total(svcs, "billed")}
            if claimno:
                tot.update(paid=E.total(svcs, "paid"), patient_owes=E.total(svcs, "owes"))
                due += tot["patient_owes"]
            y0 = y
            y = T.row(y, ["", "Visit total", "", dollars(tot["billed"]), dollars(tot["paid"]) if claimno else "pending",
                          dollars(E.total(svcs, "discount")) if claimno else "--",
                          dollars(tot["patient_owes"]) if claimno else "--"], role="B")
            rec.claim(vno, claimno, kid, E.claim_totals(**tot), (doc.page_no, y0, y))
            if claimno and kind == "HL" and svcs[0].copay:
                doc.text(T.x1 - 2, y, f"Copay paid at visit {dollars(svcs[0].copay)} - thank you", "I", 6.8, "R")
                due -= svcs[0].copay
                y += 10
            y += 5
    due_op_idx = [i for i, op in enumerate(doc.pages[0]) if op[0] == "t" and op[3] == "{DUE}"][0]
    op = doc.pages[0][due_op_idx]
    txt = dollars(due)
    doc.pages[0][due_op_idx] = ("t", 560 - width(txt, op[4], op[5]), op[2], txt, op[4], op[5], op[6])
    if y + 30 > bottom:
        y = furniture()
    doc.rect(T.x1 - 200, y + 6, 200, 18, fill=0.9)
    doc.text(T.x1 - 196, y + 10, "Amount due now", "B", 8.5)
    doc.text(T.x1 - 6, y + 10, dollars(due), "B", 8.5, "R")
    doc.text(44, y + 34, "Current: " + dollars(due) + "   31-60 days: $0.00   61-90 days: $0.00   Over 90: $0.00", "R", 7)
    return doc, rec, "pediatric therapy clinic family statement"


# =================================================== s2 hospital summary + itemized statement (reportlab)
@layout
def s2_hospital_itemized_statement(out: Path):
    fonts = font_set("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic")
    doc = Doc("reportlab", fonts)
    fmt = Fmt(money=plain, date=mdy4)
    rec = Rec("s2", "s2_hospital_itemized_statement", fmt, arith={"balance": True})
    S = 7.4
    cols = [(["Post Date"], 44, "L"), (["Svc Date"], 44, "L"), (["Rev"], 24, "L"), (["CPT/HCPCS"], 42, "L"),
            (["Mod"], 30, "L"), (["Description"], 128, "L"), (["Units"], 24, "R"), (["Charges"], 46, "R"),
            (["Ins Payment"], 46, "R"), (["Ins Adjust"], 46, "R"), (["Patient Balance"], 52, "R")]
    T = Table(doc, 36, cols, S, 9.2)
    rev = {"97": "0430", "92": "0440", "97161": "0420", "97110": "0420", "97140": "0420", "97112": "0420",
           "97116": "0420", "99213": "0510", "L3807": "0274"}
    st_ = {"N": E.PlanState(ded_left=Decimal("0"), allowed_rate=Decimal("0.66")),
           "L": E.PlanState(ded_left=Decimal("150"), allowed_rate=Decimal("0.66")),
           "D": E.PlanState(ded_left=Decimal("0"), allowed_rate=Decimal("0.66"), copay_codes={"99213": Decimal("40.00")})}
    accts = [("7700418822", "HADDAD, NOOR", "N", "Outpatient Rehabilitation - Pediatric OT", "2601-55-00571-2",
              [(d(5), [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]), (d(12), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))]),
               (d(19), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]), (d(26), [("97530", 3, ("GO",)), ("97168", 1, ("GO",))])]),
             ("7700419305", "HADDAD, LEILA", "L", "Outpatient Rehabilitation - Physical Therapy", "2601-55-00602-7",
              [(d(6), [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
               (d(13), [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97140", 1, ("GP", "59"))]),
               (d(20), [("97110", 2, ("GP",)), ("97116", 1, ("GP",))]), (d(27), [("97110", 3, ("GP",)), ("97140", 1, ("GP",))])]),
             ("7700420117", "HADDAD, DARIUS", "D", "Hand Clinic - Orthopedics", "2601-55-00615-4",
              [(d(8), [("99213", 1, ()), ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))]),
               (d(22), [("97530", 2, ("GO",)), ("97760", 1, ("GO",))])]),
             ("7700421950", "HADDAD, SAMI", "N", "Outpatient Rehabilitation - Speech", None,
              [(d(9), [("92523", 1, ())]), (d(16), [("92507", 1, ())]), (d(23), [("92507", 1, ())]), (d(30), [("92507", 1, ())])])]

    def furniture(title):
        doc.new_page()
        doc.text(36, 26, "ST. BRIGID REGIONAL MEDICAL CENTER", "B", 13)
        doc.text(36, 42, "Patient Financial Services  ·  900 Cathedral Hill Rd, Tallwood, OR 97499  ·  (503) 555-0188", "R", 7.5)
        doc.text(doc.W - 36, 26, title, "B", 10, "R")
        doc.line(36, 54, doc.W - 36, 54, 1)
        footer_page(doc, "Guarantor DARIUS HADDAD  ·  Guarantor No. 0033187  ·  Statement date 02/06/2026", 7)
        return 62

    # page 1: summary of accounts (no service lines)
    y = furniture("SUMMARY STATEMENT")
    for i, t in enumerate(["DARIUS HADDAD", "418 QUARRY BEND RD", "FALLON CREEK OR 97433"]):
        doc.text(48, y + 10 + i * 11, t, "R", 9)
    data = []
    for acct, pat, key, dept, cno, visits in accts:
        svcs = []
        for dos, items in visits:
            for code, u, mods in items:
                s = Svc(dos, code, u, mods)
                if cno:
                    E.commercial(s, st_[key])
                svcs.append(s)
        data.append((acct, pat, dept, cno, svcs))
    y += 60
    sm = Table(doc, 36, [(["Account"], 70, "L"), (["Patient"], 90, "L"), (["Service dates"], 110, "L"),
                         (["Charges"], 60, "R"), (["Insurance"], 60, "R"), (["Adjustments"], 60, "R"), (["Balance"], 60, "R")],
               8, 10)
    y = sm.header(y, shade=0.88)
    grand = ZERO
    for acct, pat, dept, cno, svcs in data:
        bal = E.total(svcs, "owes") if cno else E.total(svcs, "billed")
        grand += bal if cno else ZERO
        y = sm.row(y, [acct, pat, f"{dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}",
                       plain(E.total(svcs, "billed")), plain(-E.total(svcs, "paid")) if cno else "pending",
                       plain(-E.total(svcs, "discount")) if cno else "0.00", plain(bal) if cno else "in process"], rule=0.7)
    doc.rect(376, y + 10, 200, 22, fill=0.9)
    doc.text(382, y + 16, "PLEASE PAY THIS AMOUNT", "B", 9)
    doc.text(570, y + 16, "$" + plain(grand), "B", 9, "R")
    doc.text(36, y + 50, "Itemized detail for each account follows. Accounts still being processed by your insurance are not "
                         "due yet.", "I", 8)
    y = furniture("ITEMIZED DETAIL")
    bottom = doc.H - 44
    for acct, pat, dept, cno, svcs in data:
        def band(y, cont=False):
            doc.rect(36, y, T.x1 - 36, 24, fill=0.86, stroke=False)
            doc.text(40, y + 3, f"Account {acct}   Patient: {pat}   {dept}" + ("   (continued)" if cont else ""), "B", 7.8)
            doc.text(40, y + 13, f"Insurance: Kestrel Blue Health Plan, claim {cno}" if cno else
                     "Insurance: Kestrel Blue Health Plan - claim in process, no payment received yet", "R", 7.4)
            return T.header(y + 27)
        if y + 60 > bottom:
            y = furniture("ITEMIZED DETAIL")
        y = band(y)
        for s in svcs:
            post = s.dos + timedelta(days=2)
            cells = [dfmt(post, "mdy4"), dfmt(s.dos, "mdy4"), rev.get(s.code, rev.get(s.code[:2], "0430")), s.code,
                     " ".join(s.mods), s.desc.upper(), E.units_str(s.units), plain(s.billed),
                     plain(s.paid) if cno else "", plain(s.discount) if cno else "", plain(s.owes) if cno else ""]
            if y + T.height(cells) > bottom:
                y = band(furniture("ITEMIZED DETAIL"), True)
            y0 = y
            y = T.row(y, cells, rule=0.8)
            rec.add(row(doc.page_no, s, claim_id=acct, payer_claim_id=cno, patient=pat,
                        printed=("billed", "paid", "discount", "patient_owes") if cno else ("billed",)), doc.page_no, y0, y)
        tot = {"billed": E.total(svcs, "billed")}
        if cno:
            tot.update(paid=E.total(svcs, "paid"), patient_owes=E.total(svcs, "owes"))
        if y + 12 > bottom:
            y = furniture("ITEMIZED DETAIL")
        y0 = y
        y = T.row(y, ["", "", "", "", "", "Account totals", "", plain(tot["billed"]), plain(tot["paid"]) if cno else "",
                      plain(E.total(svcs, "discount")) if cno else "", plain(tot["patient_owes"]) if cno else ""], role="B")
        doc.line(36, y, T.x1, y, 0.9)
        rec.claim(acct, cno, pat, E.claim_totals(**tot), (doc.page_no, y0, y))
        y += 10
    return doc, rec, "hospital summary and itemized statement to a guarantor"


# ============================================================================================= driver
def continued_claims(rec: Rec) -> int:
    pages = {}
    for ln in rec.lines:
        pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    return sum(1 for v in pages.values() if len(v) > 1)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    do_check = "--check" in argv
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout30_"))
    samples = (Path(__file__).resolve().parents[2] / "samples").resolve()
    if out == samples or samples in out.parents:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    only = [a.split("=", 1)[1] for a in argv if a.startswith("--only=")]
    bad = 0
    n_lines = n_pages = n_cont = 0
    for name, fn in LAYOUTS.items():
        if only and not any(name.startswith(o) for o in only):
            continue
        doc, rec, desc = fn(out)
        path = out / f"{name}.pdf"
        doc.render(path)
        E.write_truth(path, name, doc.producer, doc.page_no, desc, rec.lines, rec.claims, rec.legend, rec.findings)
        cc = continued_claims(rec)
        n_lines += len(rec.lines)
        n_pages += doc.page_no
        n_cont += 1 if cc else 0
        msg = f"{name}: {len(rec.lines)} lines, {len(rec.claims)} claims, {doc.page_no} pages, {cc} continued"
        if do_check:
            errs = K.check(rec, path, doc.page_no)
            msg += "  CHECK " + ("ok" if not errs else f"FAILED ({len(errs)})")
            for e in errs[:15]:
                msg += "\n    " + e
            bad += bool(errs)
        print(msg)
    print(f"{out}: {n_lines} lines, {n_pages} pages, {n_cont} files with a claim continued across pages")
    if do_check and not only and n_cont < 3:
        print("CHECK FAILED: fewer than three files continue a claim onto the next page")
        bad += 1
    if do_check:
        print("check:", "PASSED" if not bad else "FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
