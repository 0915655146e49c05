"""Write the TWENTY-THIRD held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five COMMONEST real document kinds, two house styles each: commercial
member EOBs, Medicare Summary Notice / Medicare Advantage member EOB, state Medicaid remittance advices,
Medicare-style paper remits re-printed by clearinghouse / practice-management software, and family statements from
a hospital and a therapy practice. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout23/make_heldout23_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout23/make_heldout23_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (someone else runs this, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth; files <name>.pdf.truth.json), printed
values only, null for what a layout does not print (units too: no units printed -> null; modifiers [] when none
printed); description is null throughout. claim_id = the provider's own account / patient-control / hospital-account
/ invoice number printed with the claim (null where none is), payer_claim_id = the payer's claim number / ICN / TCN
(null where none is printed), patient = the person who got the service exactly as printed (not the subscriber or
guarantor unless the same person). Where a line prints From and To (or SPR "MMDD MMDDYY"), service_end is the To
date. Every name, number, payer, provider, address and ID is invented; descriptions are our own words (or the sample
factory's). Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness; a first pass
counts pages for "Page n of N"). Fonts: Liberation / DejaVu TrueType, else PDF core fonts. Drawing (one top-left API
over both producers), the truth collector and the self-check live in bench/heldout23/h23kit.py.

Layouts (10 files, 188 service lines, 19 pages):
  c1  national-carrier commercial member EOB, portrait Liberation Sans 6.6 pt: grey claim bars "Patient: <name>
      (son) / Claim number / Provider's patient account / In network / Processed", 14 columns Date of service
      01/05/2026 / wrapped Service description / Code "97530-GO" / Units / Amount charged / Network savings / Not
      covered / Amount allowed / Deductible / Copay / Coinsurance / Plan paid / Your responsibility / Remark, a no-
      approval denial the member does not owe and non-covered lines the member owes, Claim total rows, a claim
      continued on page 2 with "(continued)" and a repeated header, remark legend, 2 pages (reportlab)
  c2  regional plan member EOB, landscape DejaVu Serif, dark title band and dark claim bars in white text (PATIENT /
      CLAIM NUMBER / PROVIDER / YOUR ACCOUNT NO. AT PROVIDER), fully gridded: Service Date 05-JAN-2026 / Description /
      Procedure "97110 GP" / Provider Billed / Plan Allowance / Not Covered / Applied to Deductible / Copayment /
      Coinsurance / Total Your Cost / Plan Payment / Expl., no units, office-visit copay, totals per claim and a
      "Payment of $x was sent to" line; PLANTED claim-total mismatch (Plan Payment total of claim PV260122-01377
      printed 10.00 too high), 2 pages (fpdf2)
  m1  Medicare Summary Notice for Part B (redesigned-notice style), DejaVu Sans: page 1 address, notice box,
      deductible status and provider list; "Your Claims & Costs This Period" claim blocks whose DATE is printed only
      in the block heading ("Jan 5, 2026" + claim number + provider address), Service Provided & Billing Code with
      "(97530-GO)" inside the wording / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount
      Medicare Paid / Maximum You May Be Billed / See Notes letters, a denied 0552T the beneficiary may be billed,
      "Total for this claim" rows, notes legend, 3 pages (reportlab)
  m2  Medicare Advantage PPO monthly member EOB, landscape Liberation Sans Narrow: out-of-pocket box, one flat table
      grouped by claim with the claim number and provider (+ "Acct ...") only on a claim's first row, Service Date
      1/5/2026 / Service / Code / Modifier "GO,KX" / Qty / Provider Billed / Plan Allowed / Deductible / Copay /
      Coinsurance / Plan Paid / You Owe / Note, $40 copay once per visit day, an out-of-network claim with deductible
      and 30% coinsurance, CO (assistant) and KX modifiers, claim totals, notes, 2 pages (fpdf2)
  d1  state Medicaid PRACTITIONER remittance advice, landscape core Courier fixed columns: OFFICE ACCOUNT NUMBER /
      DATE OF SERVICE 01/05/26 / TCN / CLIENT ID / CLIENT NAME "LAST, FIRST" / PROC / MOD / UNITS / AMOUNT CHARGED /
      AMOUNT PAID / STATUS / ERRORS (5-digit edit codes), one row per line with the ids repeated, sections PAID /
      DENIED / PENDED (no paid amount) / ADJUSTMENTS (original claim with leading-minus amounts, adjusted claim with a
      new TCN), section totals only, edit legend, 1 page (fpdf2)
  d2  state Medicaid "Remittance Advice Report", portrait Liberation Sans: payment box, BOXED claim headers (Member
      Name / Member ID / Patient Acct # / ICN / Claim Status / Claim Billed / Claim Allowed / Claim Paid), Ln / From DOS
      / To DOS 01/05/2026 / Proc / Modifiers / Units "4.00" / Billed Amt / Allowed Amt / TPL Amt / Copay / Paid Amt /
      Adj Reason stacked "CO 45 $x" + "OA 23 $20.00" + "PR 3 $3.00" / RARC, other-insurance (TPL) claim, adult $3.00
      copays, CO-197 denials and a fully denied claim, summary and code legend, 2 pages (reportlab)
  p1  Medicare Part B STANDARD PAPER REMIT re-printed by a clearinghouse ERA viewer, landscape Liberation Mono: NAME /
      MID / ACNT / ICN / ASG / MOA lines, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS "GP 59 KX" /
      BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, further adjustments stacked under GRP/RC-AMT, CNTL # /
      REM lines, PT RESP + CLAIM TOTALS and ADJ TO TOTALS ... NET lines, a reversed December claim (negatives) and its
      correction under a new ICN, a CO-50 denial, glossary, 3 pages (reportlab)
  p2  practice-management "Insurance Payment Report - ERA 835 detail" of a Medicare payment, landscape DejaVu Sans:
      white-on-dark column header, grey claim bands (Patient "Last, First" / Acct / ICN / masked MBI / Claim status
      with crossover), Svc Date 1/5/2026 / CPT / Mod "GP, CQ" / Units "2.0" / Billed / Allowed / Deduct / Coins /
      Pt Resp / Paid / RARC / Description, each service followed by an italic "Adj: CO45 111.80   PR2 20.22   CO253
      1.62" line, a reversal in parentheses and its corrected claim, a CO-97 denial, claim totals, 2 pages (fpdf2)
  s1  children's hospital GUARANTOR statement, portrait Liberation Serif, LEDGER style: hospital-account bands
      (account, patient, department), charge rows Date / Description / CPT/HCPCS "97530 GO" / Qty / Charges / running
      Balance, then italic insurance payment ("Payment - <plan> - Claim <no.>") and contractual adjustment rows,
      "Total charges this account" and "Your balance" rows, an account still at the insurer, total due box (reportlab)
  s2  private pediatric therapy practice family ACCOUNT STATEMENT, portrait DejaVu Sans Condensed: one invoice per
      visit (Invoice no. heading), Date 01/05/26 / Client (first name) / Service / CPT / Mod / Units / Fee / Ins. Paid /
      Ins. Adj. / Client Paid / Balance, a grey line under each invoice naming the client in full, the insurer and its
      claim number, commercial copays paid at the visit, Medicaid visits, a group session the family owes, invoice
      totals, aging line and amount due (fpdf2)

Truth decisions worth knowing: m1 prints no units and no provider account (claim_id null); its allowed is the
Medicare-approved amount, paid the amount Medicare paid (after the 2% reduction), patient_owes "Maximum You May Be
Billed", the note letters are remarks, and each line's date comes from its claim block heading; m2's claim_id is the
"Acct" under the provider on a claim's first row; d1 prints no allowed amount and no claim totals, its ERRORS codes are
remarks, pended lines print only the charge (paid null), the original (voided) claim keeps positive units with negative
amounts; d2's TPL amount is not a truth field (it is printed as the OA-23 adjustment) and the copay column is copay
(patient_owes null); p1 prints no per-line patient responsibility (patient_owes null; PT RESP is the claim total's
patient_owes) and its CNTL # is not an id field; p2's Pt Resp is patient_owes; s1 prints only charges per line (paid /
allowed null; the insurance rows are account-level, not service lines), claim_id is the hospital account, payer_claim_id
the claim number printed in the payment row (null for the account still at the insurer), claim totals = total charges;
s2's "Ins. Adj." is the discount, "Balance" the patient_owes (after what was paid at the visit; "Client Paid" is not a
truth field), claim_id the invoice number, patient the full name on the insurer line.

The self-check (--check) tests the factory, not the reader: the generator keeps the vertical band of every service
row (with wrapped text, stacked adjustment lines, CNTL lines or the italic adjustment line); the check reads each
written PDF's text layer with pdfplumber and finds every truth code, modifier, units value, date (and end date),
amount, adjustment code and amount and remark INSIDE that band as whole tokens in the layout's own print format (m1:
the date inside its claim heading band); ids and patients in the document's text; the page count and every printed
"Page n of N"; the documents' own arithmetic (billed - adjustments = paid where every adjustment is printed with its
amount; allowed - deductible - copay - coinsurance = paid for the commercial and MA layouts; billed - discount - not
covered = allowed where printed; s2 fee - ins paid - ins adj - client paid = balance); claim totals are printed in
their totals row and equal the sum of their lines, unless the mismatch is the planted expected finding, which must
really differ; claims are unique by (claim_id, payer_claim_id).
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h23kit as K  # noqa: E402
from h23kit import LAND, LETTER, Col, Doc, Fmt, Rec, Table  # noqa: E402

import eobgen as G  # noqa: E402  (samples/pdf/eobgen.py, put on the path by h23kit)
from eobgen import Svc, PlanState, q, money, dfmt, units_str  # noqa: E402

ZERO = Decimal("0.00")
D = lambda m, d, y=2026: date(y, m, d)  # noqa: E731
M2 = lambda x: money(Decimal(x), ",")  # noqa: E731
M3 = lambda x: money(Decimal(x), "$")  # noqa: E731


def tl(page, s, cid, pcid, pat, printed, **kw):
    return G.truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                        description=False, **kw)


def T(**kw):
    return G.claim_totals(**kw)


class Flow:
    """Vertical flow with page breaks: on_page(doc) draws the running head and returns the first y."""

    def __init__(self, doc: Doc, on_page, bottom: float, on_foot=None):
        self.d, self.on_page, self.bottom, self.on_foot = doc, on_page, bottom, on_foot
        self.y = on_page(doc, first=True)

    def finish(self) -> None:
        if self.on_foot:
            self.on_foot(self.d)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            if self.on_foot:
                self.on_foot(self.d)
            self.d.new_page()
            self.y = self.on_page(self.d, first=False)
            return True
        return False


def footer(d: Doc, n: int | None, text: str, st="R", sz=6.5, y=None):
    y = y or d.H - 22
    d.hline(30, d.W - 30, y - 9, lw=0.3, gray=0.5)
    d.text(30, y, text, st, sz, gray=0.3)
    if n:
        d.text(d.W - 30, y, f"Page {d.page} of {n}", st, sz, "r")


# ================================================================================================ c1
def c1(out: Path, n: int | None = None):
    """National-carrier commercial member EOB, portrait, 14 tight columns."""
    path = out / "h23_c1_commercial_member_eob.pdf"
    d = Doc("reportlab", path, LETTER, "libsans")
    rec = Rec()
    fmt = Fmt(money=lambda x: M2(x), date=lambda x: dfmt(x, "mdy4"),
              code=lambda c, m: ["-".join([c, *m])], units=lambda u: u, remark=None)
    cols = [Col("date", "Date of\nservice", 42), Col("svc", "Service\ndescription", 86), Col("code", "Code", 50),
            Col("units", "Units", 22, "r"), Col("billed", "Amount\ncharged", 40, "r"),
            Col("disc", "Network\nsavings", 38, "r"), Col("nc", "Not\ncovered", 36, "r"),
            Col("allowed", "Amount\nallowed", 40, "r"), Col("ded", "Deduct-\nible", 36, "r"),
            Col("copay", "Copay", 30, "r"), Col("coins", "Coinsur-\nance", 36, "r"),
            Col("paid", "Plan\npaid", 38, "r"), Col("owes", "Your\nresponsi-\nbility", 42, "r"),
            Col("rmk", "Re-\nmark", 24, "c")]
    tb = Table(d, 30, cols, sz=6.6, hsz=6.3, head_fill=0.86)

    def head(doc, first):
        doc.text(30, 40, "CEDARLINE", "B", 17)
        doc.text(30, 51, "HEALTH INSURANCE COMPANY", "R", 7, gray=0.3)
        doc.text(doc.W - 30, 38, "Explanation of Benefits", "B", 13, "r")
        doc.text(doc.W - 30, 50, "THIS IS NOT A BILL", "B", 8, "r")
        doc.hline(30, doc.W - 30, 58, lw=1.2)
        if first:
            doc.text(30, 76, "MARISOL QUINTERO-HALE", "R", 8)
            doc.text(30, 86, "4418 WINDLASS CT APT 2", "R", 8)
            doc.text(30, 96, "BRAMBLE HARBOR, MD 21990-4410", "R", 8)
            for i, (k, v) in enumerate((("Subscriber", "Marisol Quintero-Hale"), ("Member ID", "CDL 884 201 773"),
                                        ("Group", "Harbor Lights School District 00417"),
                                        ("Statement date", "January 24, 2026"),
                                        ("Customer service", "1-800-555-0162 (TTY 711)"))):
                doc.text(340, 74 + i * 10, k + ":", "B", 7)
                doc.text(420, 74 + i * 10, v, "R", 7)
            doc.rect(30, 126, doc.W - 60, 44, fill=0.95)
            doc.text(38, 138, "Summary of claims on this statement", "B", 8)
            doc.text(38, 150, "Amount charged by providers: see each claim below. Your plan paid providers directly.",
                     "R", 7)
            doc.text(38, 160, "Deductible met this plan year (family): $300.00 of $1,500.00.   "
                              "Out-of-pocket met: $612.40 of $6,000.00.", "R", 7)
            return 184
        doc.text(30, 72, "Marisol Quintero-Hale  -  Member ID CDL 884 201 773  -  continued", "I", 7)
        return 84

    fl = Flow(d, head, d.H - 48, lambda doc: footer(doc, n, "Cedarline Health Insurance Company - P.O. Box 7710 - "
                                                         "Bramble Harbor, MD 21991"))
    plan = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        ("Teodoro Quintero-Hale", "son", "26-0107-448120", "Tidewater Kids Therapy", "TKT-20931", [
            Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",)),
            Svc(D(1, 7), "97530", 3, ("GO",)), Svc(D(1, 7), "97535", 1, ("GO", "59")),
            Svc(D(1, 9), "97533", 2, ("GO",)), Svc(D(1, 9), "97110", 1, ("GO",))]),
        ("Bea Quintero-Hale", "daughter", "26-0112-448901", "Coralbend Speech & Language", "CSL-7714", [
            Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 8), "92507", 1, ("GN",)),
            Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 13), "97150", 1, ("GN",), denied="CO"),
            Svc(D(1, 15), "92507", 1, ("GN",))]),
        ("Teodoro Quintero-Hale", "son", "26-0119-450377", "Tidewater Kids Therapy", "TKT-21088", [
            Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97112", 1, ("GO",)),
            Svc(D(1, 14), "97530", 2, ("GO",)), Svc(D(1, 14), "97533", 2, ("GO",)),
            Svc(D(1, 16), "97530", 3, ("GO", "KX")), Svc(D(1, 16), "0552T", 1, (), denied="PR"),
            Svc(D(1, 19), "97530", 2, ("GO", "KX")), Svc(D(1, 19), "97140", 2, ("GO", "59"))]),
        ("Marisol Quintero-Hale", "self", "26-0121-451006", "Northpoint Hand & Upper Limb Clinic", "NHU-3307", [
            Svc(D(1, 10), "99213", 1), Svc(D(1, 10), "97760", 1, ("GO",)), Svc(D(1, 10), "L3807", 1, ("RT",)),
            Svc(D(1, 17), "97760", 1, ("GO",)), Svc(D(1, 17), "97140", 1, ("GO",)),
            Svc(D(1, 17), "97018", 1, ("GO",), denied="PR")]),
    ]
    rmk_of = {"CO": "Q4", "PR": "Q7"}
    for pat, rel, pcid, prov, acct, svcs in claims:
        for s in svcs:
            G.commercial(s, plan, deny_reason="96")
        fl.need(26 + tb.height({"a": ""}) * 3)
        d.rect(30, fl.y, tb.width, 24, fill=0.93, stroke=False)
        d.text(34, fl.y + 9, f"Patient: {pat} ({rel})", "B", 7.6)
        d.text(300, fl.y + 9, f"Claim number: {pcid}", "B", 7.6)
        d.text(34, fl.y + 19, f"Provider: {prov}   |   Provider's patient account: {acct}   |   In network"
                              f"   |   Processed 01/{20 + len(svcs) % 4}/2026", "R", 6.8)
        fl.y = tb.header(fl.y + 26)
        for s in svcs:
            cells = {"date": dfmt(s.dos, "mdy4"), "svc": d.wrap(G.LONG_DESC.get(s.code, s.desc), 82, "R", 6.6),
                     "code": "-".join([s.code, *s.mods]), "units": units_str(s.units), "billed": M2(s.billed),
                     "disc": M2(s.discount), "nc": M2(s.not_covered), "allowed": M2(s.allowed),
                     "ded": M2(s.deductible), "copay": M2(s.copay), "coins": M2(s.coinsurance), "paid": M2(s.paid),
                     "owes": M2(s.owes), "rmk": rmk_of.get(s.denied or "", "")}
            if fl.need(tb.height(cells)):
                d.text(30, fl.y + 8, f"Claim {pcid} for {pat} (continued)", "B", 7)
                fl.y = tb.header(fl.y + 12)
            fl.y, band = tb.row(fl.y, cells, rule="line")
            rec.line(tl(band[0], s, acct, pcid, pat, ("billed", "discount", "not_covered", "allowed", "deductible",
                                                      "copay", "coinsurance", "paid", "patient_owes"),
                        remarks=[rmk_of[s.denied]] if s.denied else []), band)
        tot = {k: G.total(svcs, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                              "coinsurance", "paid", "owes")}
        fl.need(14)
        fl.y, band = tb.row(fl.y, {"svc": "Claim total", "billed": M2(tot["billed"]), "disc": M2(tot["discount"]),
                                   "nc": M2(tot["not_covered"]), "allowed": M2(tot["allowed"]),
                                   "ded": M2(tot["deductible"]), "copay": M2(tot["copay"]),
                                   "coins": M2(tot["coinsurance"]), "paid": M2(tot["paid"]), "owes": M2(tot["owes"])},
                            st="B", fill=0.95)
        rec.claim(acct, pcid, pat, T(billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                                     patient_owes=tot["owes"]), band)
        fl.y += 10
    legend = [("Q4", "This service was not approved before it was given; the provider may not bill you for it."),
              ("Q7", "Your plan does not cover this service. You are responsible for the amount charged.")]
    fl.need(60)
    d.text(30, fl.y + 8, "Remark codes", "B", 8)
    for i, (c, t) in enumerate(legend):
        d.text(30, fl.y + 20 + i * 10, c, "B", 7)
        d.text(52, fl.y + 20 + i * 10, t, "R", 7)
    d.text(30, fl.y + 48, "Questions or an appeal: you have 180 days from the date of this statement to ask us to "
                          "review a decision.", "I", 6.8)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_c1", producer="reportlab",
                                        description="Commercial member EOB, portrait, 14 columns.",
                                        legend=legend, page_of_n=True)



# ================================================================================================ c2
def c2(out: Path, n: int | None = None):
    """Regional plan member EOB, landscape serif, dark claim bars, no units; planted total mismatch."""
    path = out / "h23_c2_regional_plan_member_eob.pdf"
    d = Doc("fpdf2", path, LAND, "djserif", "times")
    rec = Rec()
    fmt = Fmt(money=lambda x: M3(x), date=lambda x: dfmt(x, "dmy"), code=lambda c, m: [" ".join([c, *m])])
    cols = [Col("date", "Service Date", 62), Col("svc", "Description of Service", 150),
            Col("code", "Procedure", 62), Col("billed", "Provider\nBilled", 56, "r"),
            Col("allowed", "Plan\nAllowance", 56, "r"), Col("nc", "Not\nCovered", 50, "r"),
            Col("ded", "Applied to\nDeductible", 56, "r"), Col("copay", "Copayment", 52, "r"),
            Col("coins", "Coinsurance", 56, "r"), Col("owes", "Total\nYour Cost", 54, "r"),
            Col("paid", "Plan\nPayment", 56, "r"), Col("ex", "Expl.", 32, "c")]
    tb = Table(d, 30, cols, sz=7.2, hsz=6.8, grid=True, head_fill=0.9)

    def head(doc, first):
        doc.rect(0, 0, doc.W, 46, fill=0.18, stroke=False)
        doc.text(30, 28, "Pinegate Mutual Health Plan", "B", 16, white=True)
        doc.text(doc.W - 30, 22, "YOUR HEALTH CARE CLAIMS STATEMENT", "B", 10, "r", white=True)
        doc.text(doc.W - 30, 35, "This is not a bill. Keep it with your records.", "I", 7.5, "r", white=True)
        if first:
            doc.text(30, 66, "Prepared for: LEIF SOLBERG-ARANDA", "B", 8.5)
            doc.text(30, 77, "Member number: PGM-55-0193847-02   Plan: Pinegate Choice PPO 2500", "R", 7.5)
            doc.text(30, 87, "Statement period: 01/01/2026 - 01/31/2026   Issued: 02/03/2026", "R", 7.5)
            doc.rect(470, 56, 292, 40, fill=0.94)
            doc.text(478, 68, "Your plan year so far (individual / family)", "B", 7.5)
            doc.text(478, 79, "Deductible met: $212.40 of $2,500.00  /  $640.11 of $5,000.00", "R", 7)
            doc.text(478, 89, "Out-of-pocket met: $488.20 of $7,000.00  /  $1,120.66 of $14,000.00", "R", 7)
            return 108
        return 60

    fl = Flow(d, head, d.H - 40, lambda doc: footer(doc, n, "Pinegate Mutual Health Plan - 200 Alder Row - "
                                                         "Caspian Falls, OR 97499 - 1-888-555-0117"))
    fam = PlanState(ded_left=Decimal("320.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.74"),
                    copay_codes={"99213": Decimal("35.00"), "99214": Decimal("35.00")})
    claims = [
        ("Iker Solberg-Aranda", "PV260113-00418", "Alder Creek Pediatric Therapy", "R-55102", [
            Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)),
            Svc(D(1, 8), "97530", 3, ("GO",)), Svc(D(1, 8), "97112", 1, ("GO",)),
            Svc(D(1, 13), "97530", 2, ("GO",)), Svc(D(1, 13), "97533", 1, ("GO",))]),
        ("Leif Solberg-Aranda", "PV260115-00972", "Basalt Ridge Orthopaedics", "BRO-884210", [
            Svc(D(1, 7), "99214", 1), Svc(D(1, 7), "97161", 1, ("GP",)), Svc(D(1, 9), "97110", 3, ("GP",)),
            Svc(D(1, 9), "97140", 1, ("GP", "59")), Svc(D(1, 9), "G0283", 1, ("GP",), denied="PR")]),
        ("Iker Solberg-Aranda", "PV260122-01377", "Alder Creek Pediatric Therapy", "R-55388", [
            Svc(D(1, 15), "97530", 3, ("GO",)), Svc(D(1, 15), "97535", 1, ("GO",)),
            Svc(D(1, 20), "97530", 2, ("GO",)), Svc(D(1, 20), "97533", 2, ("GO",)),
            Svc(D(1, 22), "97530", 3, ("GO",)), Svc(D(1, 22), "97150", 1, ("GO",), denied="CO")]),
        ("Noemi Solberg-Aranda", "PV260126-01650", "Quillfeather Speech Clinic", "QSC-2291", [
            Svc(D(1, 14), "92610", 1, ("GN",)), Svc(D(1, 16), "92526", 1, ("GN",)),
            Svc(D(1, 21), "92526", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",))]),
    ]
    ex_of = {"PR": "N3", "CO": "P1"}
    planted = "PV260122-01377"
    for pat, pcid, prov, acct, svcs in claims:
        for s in svcs:
            G.commercial(s, fam, deny_reason="96")
        fl.need(60)
        d.rect(30, fl.y, tb.width, 26, fill=0.3, stroke=False)
        d.text(36, fl.y + 10, f"PATIENT  {pat}", "B", 8, white=True)
        d.text(250, fl.y + 10, f"CLAIM NUMBER  {pcid}", "B", 8, white=True)
        d.text(36, fl.y + 21, f"PROVIDER  {prov}", "R", 7.2, white=True)
        d.text(250, fl.y + 21, f"YOUR ACCOUNT NO. AT PROVIDER  {acct}", "R", 7.2, white=True)
        d.text(560, fl.y + 21, "NETWORK  In network", "R", 7.2, white=True)
        fl.y = tb.header(fl.y + 26)
        for s in svcs:
            cells = {"date": dfmt(s.dos, "dmy"), "svc": d.wrap(s.desc, 144, "R", 7.2),
                     "code": " ".join([s.code, *s.mods]), "billed": M3(s.billed), "allowed": M3(s.allowed),
                     "nc": M3(s.not_covered), "ded": M3(s.deductible), "copay": M3(s.copay),
                     "coins": M3(s.coinsurance), "owes": M3(s.owes), "paid": M3(s.paid),
                     "ex": ex_of.get(s.denied or "", "")}
            fl.y, band = tb.row(fl.y, cells)
            rec.line(tl(band[0], s, acct, pcid, pat, ("billed", "allowed", "not_covered", "deductible", "copay",
                                                      "coinsurance", "patient_owes", "paid"),
                        units=False, remarks=[ex_of[s.denied]] if s.denied else []), band)
        tot = {k: G.total(svcs, k) for k in ("billed", "allowed", "not_covered", "deductible", "copay",
                                              "coinsurance", "owes", "paid")}
        shown_paid = tot["paid"] + (Decimal("10.00") if pcid == planted else ZERO)
        fl.y, band = tb.row(fl.y, {"svc": "Totals for this claim", "billed": M3(tot["billed"]),
                                   "allowed": M3(tot["allowed"]), "nc": M3(tot["not_covered"]),
                                   "ded": M3(tot["deductible"]), "copay": M3(tot["copay"]),
                                   "coins": M3(tot["coinsurance"]), "owes": M3(tot["owes"]),
                                   "paid": M3(shown_paid)}, st="B", fill=0.93)
        rec.claim(acct, pcid, pat, T(billed=tot["billed"], allowed=tot["allowed"], paid=shown_paid,
                                     patient_owes=tot["owes"]), band)
        if pcid == planted:
            rec.findings.append(f"claim-total-mismatch claim {pcid}: printed Plan Payment (paid) total "
                                f"{shown_paid} but the lines add up to {tot['paid']}")
        d.text(30, fl.y + 9, f"Payment of {M3(tot['paid'])} was sent to {prov}.", "I", 7)
        fl.y += 18
    legend = [("N3", "Not a covered benefit under your plan; the amount billed is yours to pay."),
              ("P1", "Same-day group session billed with individual therapy; the provider must write it off.")]
    fl.need(40)
    d.text(30, fl.y + 6, "Explanation codes", "B", 8)
    for i, (c, t) in enumerate(legend):
        d.text(30, fl.y + 18 + i * 10, f"{c}  -  {t}", "R", 7.2)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_c2", producer="fpdf2", legend=legend, page_of_n=True,
                                        description="Regional plan member EOB, landscape serif, gridded claims.")


# ================================================================================================ m1
def m1(out: Path, n: int | None = None):
    """Medicare Summary Notice, Part B, redesigned-notice style."""
    path = out / "h23_m1_medicare_summary_notice.pdf"
    d = Doc("reportlab", path, LETTER, "djsans", "helv")
    rec = Rec()
    fmt = Fmt(money=lambda x: M3(x), date=lambda x: dfmt(x, "mon"), code=lambda c, m: ["-".join([c, *m])])
    cols = [Col("svc", "Service Provided &\nBilling Code", 196), Col("ok", "Service\nApproved?", 50, "c"),
            Col("billed", "Amount\nProvider\nCharged", 62, "r"), Col("allowed", "Medicare-\nApproved\nAmount", 62, "r"),
            Col("paid", "Amount\nMedicare\nPaid", 62, "r"), Col("owes", "Maximum\nYou May Be\nBilled", 66, "r"),
            Col("notes", "See\nNotes", 44, "c")]
    tb = Table(d, 36, cols, sz=7.6, hsz=7, pad=3)
    pat = "Rosalind T. Achterberg"

    def head(doc, first):
        doc.text(36, 44, "Medicare Summary Notice", "B", 17)
        doc.text(36, 57, "for Part B (Medical Insurance)", "R", 10)
        doc.text(doc.W - 36, 44, "THIS IS NOT A BILL", "B", 10, "r")
        if first:
            doc.text(36, 80, "ROSALIND T ACHTERBERG", "R", 8.5)
            doc.text(36, 91, "77 LANTERN MILL RD", "R", 8.5)
            doc.text(36, 102, "OSPREY GAP, WV 25999", "R", 8.5)
            doc.rect(330, 70, 246, 58, fill=0.93)
            doc.text(338, 83, f"Notice for {pat}", "B", 8.5)
            doc.text(338, 96, "Medicare Number  XXXXXXX-TE72", "R", 8)
            doc.text(338, 108, "Date of This Notice  February 12, 2026", "R", 8)
            doc.text(338, 120, "Claims Processed Between  Jan 1 - Jan 31, 2026", "R", 8)
            return 142
        doc.text(36, 70, f"{pat}  -  Medicare Number XXXXXXX-TE72", "R", 7.5)
        doc.hline(36, doc.W - 36, 76, lw=1)
        d.text(36, 92, "Your Claims & Costs This Period", "B", 12)
        return 102

    def foot(doc):
        doc.hline(36, doc.W - 36, doc.H - 36, lw=0.4)
        doc.text(36, doc.H - 24, "Need help? Call 1-800-555-0190. TTY users call 1-877-555-0148.", "R", 7)
        doc.text(doc.W - 36, doc.H - 24, f"Page {doc.page} of {n}" if n else "", "R", 7, "r")

    fl = Flow(d, head, d.H - 50, foot)
    st = PlanState(ded_left=Decimal("145.00"))
    claims = [  # (provider, claim number, date, services)
        ("Osprey Gap Outpatient Therapy, 14 Furnace St, Osprey Gap, WV 25999", "12-26006-448-120", D(1, 5), [
            Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",)), Svc(D(1, 5), "97535", 1, ("GO",))]),
        ("Osprey Gap Outpatient Therapy, 14 Furnace St, Osprey Gap, WV 25999", "12-26013-448-903", D(1, 12), [
            Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97110", 1, ("GO", "CQ"))]),
        ("Kestrel Valley Hand Therapy, 903 Rail Yard Ave, Marlow, WV 25990", "12-26015-772-014", D(1, 14), [
            Svc(D(1, 14), "97760", 1, ("GO",)), Svc(D(1, 14), "L3807", 1, ("RT",)),
            Svc(D(1, 14), "0552T", 1, (), denied="PR")]),
        ("Osprey Gap Outpatient Therapy, 14 Furnace St, Osprey Gap, WV 25999", "12-26020-449-377", D(1, 19), [
            Svc(D(1, 19), "97530", 3, ("GO", "KX")), Svc(D(1, 19), "97112", 1, ("GO", "KX")),
            Svc(D(1, 19), "97535", 1, ("GO", "KX"))]),
        ("Brightwater Family Medicine, 2 Quarry Ln, Osprey Gap, WV 25999", "12-26022-101-556", D(1, 21), [
            Svc(D(1, 21), "99213", 1), Svc(D(1, 21), "G0283", 1, ("GP",))]),
    ]
    totb = ZERO
    first_claims = True
    for prov, pcid, dos, svcs in claims:
        for s in svcs:
            G.medicare(s, st, deny_reason="96")
        if first_claims:
            # page 1 summary, then the claims pages
            d.text(36, fl.y + 4, "Your Deductible Status", "B", 10)
            d.text(36, fl.y + 18, "Your deductible is what you must pay each year before Medicare begins to pay.",
                   "R", 8)
            d.text(36, fl.y + 30, "Part B Deductible: You have now met $283.00 of your $283.00 deductible for 2026.",
                   "R", 8)
            d.text(36, fl.y + 54, "Your Providers & Claims for This Period", "B", 10)
            for i, pv in enumerate(sorted({c[0].split(",")[0] for c in claims})):
                d.text(48, fl.y + 68 + i * 11, f"- {pv}", "R", 8)
            d.text(36, fl.y + 126, "Be Informed! Check that you got the services listed. Report anything you did "
                                   "not get to 1-800-555-0190.", "I", 8)
            foot(d)
            d.new_page()
            fl.y = head(d, first=False)
            first_claims = False
        fl.need(64)
        d.rect(36, fl.y, tb.width, 30, fill=0.9, stroke=False)
        d.text(42, fl.y + 12, dfmt(dos, "mon"), "B", 9)
        d.text(150, fl.y + 12, f"Claim number {pcid}", "B", 8.5)
        d.text(42, fl.y + 25, prov, "R", 7.6)
        dband = (d.page, fl.y, fl.y + 30)
        fl.y = tb.header(fl.y + 32)
        for s in svcs:
            notes = []
            if s.denied:
                notes.append("C")
            else:
                if s.deductible:
                    notes.append("A")
                if s.coinsurance:
                    notes.append("B")
            code = "-".join([s.code, *s.mods])
            cells = {"svc": d.wrap(f"{s.desc} ({code})", 190, "R", 7.6), "ok": "No" if s.denied else "Yes",
                     "billed": M3(s.billed), "allowed": M3(s.allowed), "paid": M3(s.paid), "owes": M3(s.owes),
                     "notes": ", ".join(notes)}
            fl.y, band = tb.row(fl.y, cells, rule="dot")
            rec.line(tl(band[0], s, None, pcid, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                        remarks=notes), band, date_band=dband)
        tot = {k: G.total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        totb += tot["owes"]
        fl.y, band = tb.row(fl.y, {"svc": "Total for this claim", "billed": M3(tot["billed"]),
                                   "allowed": M3(tot["allowed"]), "paid": M3(tot["paid"]), "owes": M3(tot["owes"])},
                            st="B")
        rec.claim(None, pcid, pat, T(billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                                     patient_owes=tot["owes"]), band)
        fl.y += 12
    legend = [("A", "This amount went toward your yearly Part B deductible."),
              ("B", "Medicare pays 80% of the approved amount after the deductible; the rest is your coinsurance."),
              ("C", "Medicare does not pay for this item. You signed a notice saying you would pay if it was not "
                    "covered."),
              ("D", "A 2% federal payment reduction was applied to the amount paid to the provider.")]
    fl.need(70)
    d.text(36, fl.y + 6, "Notes for Claims Above", "B", 10)
    for i, (c, t) in enumerate(legend):
        d.text(40, fl.y + 20 + i * 11, c, "B", 8)
        d.text(54, fl.y + 20 + i * 11, t, "R", 7.6)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_m1", producer="reportlab", legend=legend, page_of_n=True,
                                        description="Medicare Summary Notice Part B, claim blocks dated in the "
                                                    "heading.")


# ================================================================================================ m2
def m2(out: Path, n: int | None = None):
    """Medicare Advantage PPO monthly member EOB, landscape narrow font, flat claim-grouped table."""
    path = out / "h23_m2_medicare_advantage_member_eob.pdf"
    d = Doc("fpdf2", path, LAND, "libnarrow", "helv")
    rec = Rec()
    fmt = Fmt(money=lambda x: M3(x), date=lambda x: dfmt(x, "mdyn"), code=lambda c, m: [c] + ([",".join(m)] if m else []),
              units=lambda u: u)
    cols = [Col("claim", "Claim Number", 74), Col("prov", "Provider", 118), Col("date", "Service Date", 48),
            Col("svc", "Service", 112), Col("code", "Code", 32), Col("mod", "Modifier", 40), Col("qty", "Qty", 22, "r"),
            Col("billed", "Provider\nBilled", 48, "r"), Col("allowed", "Plan\nAllowed", 46, "r"),
            Col("ded", "Deductible", 44, "r"), Col("copay", "Copay", 38, "r"), Col("coins", "Coinsurance", 46, "r"),
            Col("paid", "Plan Paid", 46, "r"), Col("owes", "You Owe", 44, "r"), Col("note", "Note", 24, "c")]
    tb = Table(d, 28, cols, sz=7.4, hsz=7.4, head_fill=0.82)
    pat = "Dolores Fenwick-Ibarra"

    def head(doc, first):
        doc.text(28, 36, "Harborlight Medicare Advantage (PPO)", "B", 15)
        doc.text(28, 48, "Explanation of Benefits - Part C medical services - January 2026", "R", 9)
        doc.text(doc.W - 28, 36, "This is not a bill", "B", 9, "r")
        doc.text(doc.W - 28, 48, f"Member: {pat}   Member ID: HLM 40071928 01", "R", 8, "r")
        doc.hline(28, doc.W - 28, 54, lw=1.2)
        y = 60
        if first:
            doc.rect(28, 60, 360, 40, fill=0.95)
            doc.text(34, 72, "Your out-of-pocket costs in 2026", "B", 8)
            doc.text(34, 83, "In-network maximum: $5,900.00   Met so far: $318.40", "R", 7.6)
            doc.text(34, 93, "Out-of-network deductible: $500.00   Met so far: $500.00", "R", 7.6)
            doc.text(400, 72, "How to read this statement", "B", 8)
            doc.text(400, 83, "Each claim is listed with its services. \"You Owe\" is the most the provider can", "R", 7.6)
            doc.text(400, 93, "bill you. Notes are explained at the end of this statement.", "R", 7.6)
            y = 108
        return tb.header(y)

    fl = Flow(d, head, d.H - 42, lambda doc: footer(doc, n, "Harborlight Health Plans - Medicare Advantage PPO - "
                                                         "H9999-014 - Member Services 1-855-555-0133 (TTY 711)"))
    inn = PlanState(visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.52"))
    oon = PlanState(ded_left=Decimal("110.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.50"))
    claims = [
        ("MA26010700441", "Kelp Harbor Rehab Services", "KHR-118204", inn, [
            Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97535", 2, ("GO",)),
            Svc(D(1, 7), "97530", 2, ("GO",)), Svc(D(1, 7), "97110", 1, ("GO", "CO"))]),
        ("MA26011400873", "Kelp Harbor Rehab Services", "KHR-118377", inn, [
            Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97535", 1, ("GO",)),
            Svc(D(1, 14), "97530", 2, ("GO", "KX")), Svc(D(1, 14), "97112", 1, ("GO", "KX")),
            Svc(D(1, 14), "0552T", 1, (), denied="PR")]),
        ("MA26011601102", "Tamsin Orr, OTR/L (out of network)", "ORR-2026-014", oon, [
            Svc(D(1, 9), "97760", 1, ("GO",)), Svc(D(1, 9), "L3807", 1, ("LT",)),
            Svc(D(1, 16), "97763", 1, ("GO",)), Svc(D(1, 16), "97140", 2, ("GO",))]),
        ("MA26012301566", "Kelp Harbor Rehab Services", "KHR-118590", inn, [
            Svc(D(1, 19), "97530", 2, ("GO", "KX")), Svc(D(1, 19), "97535", 1, ("GO", "KX")),
            Svc(D(1, 21), "97168", 1, ("GO",)), Svc(D(1, 21), "97530", 2, ("GO", "KX")),
            Svc(D(1, 21), "97150", 1, ("GO",), denied="CO")]),
        ("MA26012601790", "Seabright Primary Care", "SPC-77310", inn, [
            Svc(D(1, 22), "99214", 1), Svc(D(1, 22), "G0283", 1, ("GP",))]),
    ]
    for pcid, prov, acct, st, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="96")
        fl.need(tb.height({"a": ["", ""]}) * 2)
        for i, s in enumerate(svcs):
            note = {"PR": "D", "CO": "E"}.get(s.denied or "", "A" if s.copay else ("B" if s.deductible else ""))
            cells = {"date": dfmt(s.dos, "mdyn"), "svc": d.wrap(s.desc, 108, "R", 7.4), "code": s.code,
                     "mod": ",".join(s.mods), "qty": units_str(s.units), "billed": M3(s.billed),
                     "allowed": M3(s.allowed), "ded": M3(s.deductible), "copay": M3(s.copay),
                     "coins": M3(s.coinsurance), "paid": M3(s.paid), "owes": M3(s.owes), "note": note}
            if i == 0:
                cells["claim"] = pcid
                cells["prov"] = [prov] if d.width(prov, "R", 7.4) < 112 else d.wrap(prov, 112, "R", 7.4)
                cells["prov"] = cells["prov"] + [f"Acct {acct}"]
            if fl.need(tb.height(cells)):
                cells["claim"] = pcid
                cells["prov"] = ["(continued)", f"Acct {acct}"]
            fl.y, band = tb.row(fl.y, cells, rule="dot")
            rec.line(tl(band[0], s, acct, pcid, pat, ("billed", "allowed", "deductible", "copay", "coinsurance",
                                                      "paid", "patient_owes"), remarks=[note] if note else []), band)
        tot = {k: G.total(svcs, k) for k in ("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                              "owes")}
        fl.y, band = tb.row(fl.y, {"svc": "Claim total", "billed": M3(tot["billed"]), "allowed": M3(tot["allowed"]),
                                   "ded": M3(tot["deductible"]), "copay": M3(tot["copay"]),
                                   "coins": M3(tot["coinsurance"]), "paid": M3(tot["paid"]),
                                   "owes": M3(tot["owes"])}, st="B", rule="line")
        rec.claim(acct, pcid, pat, T(billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                                     patient_owes=tot["owes"]), band)
        fl.y += 6
    legend = [("A", "Your in-network copay for this visit day."),
              ("B", "Applied to your out-of-network deductible."),
              ("D", "Not covered by your plan. You may owe the provider for this item."),
              ("E", "Billed on the same day as individual therapy; the provider may not bill you.")]
    fl.need(60)
    d.text(28, fl.y + 10, "Notes", "B", 9)
    for i, (c, t) in enumerate(legend):
        d.text(28, fl.y + 22 + i * 10, f"{c}   {t}", "R", 7.6)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_m2", producer="fpdf2", legend=legend, page_of_n=True,
                                        description="Medicare Advantage PPO member EOB, landscape, flat table.")


# ================================================================================================ d1
def d1(out: Path, n: int | None = None):
    """State Medicaid practitioner remittance advice, fixed-width status sections, one row per line."""
    path = out / "h23_d1_state_medicaid_ra_practitioner.pdf"
    d = Doc("fpdf2", path, LAND, "courier", "courier")
    rec = Rec()
    fmt = Fmt(money=lambda x: money(Decimal(x), ""), date=lambda x: dfmt(x, "mdy2"), code=lambda c, m: [c, *m],
              units=lambda u: u, remark=None)
    sz = 7
    cw = d.width("0", "R", sz)
    # fixed character columns: (key, heading, chars, align)
    spec = [("acct", "OFFICE ACCOUNT", 14, "l"), ("dos", "DATE OF", 9, "l"), ("tcn", "TCN", 17, "l"),
            ("cid", "CLIENT ID", 10, "l"), ("name", "CLIENT NAME", 21, "l"), ("proc", "PROC", 6, "l"),
            ("mod", "MOD", 7, "l"), ("units", "UNITS", 6, "r"), ("chg", "AMOUNT", 11, "r"), ("pd", "AMOUNT", 11, "r"),
            ("status", " STATUS", 8, "l"), ("err", "ERRORS", 16, "l")]
    sub = {"acct": "NUMBER", "dos": "SERVICE", "chg": "CHARGED", "pd": "PAID"}
    cols = [Col(k, h + ("\n" + sub[k] if k in sub else "\n"), (c + 1) * cw, a) for k, h, c, a in spec]
    tb = Table(d, 30, cols, sz=sz, hsz=sz, hst="R", pad=1.2)

    def head(doc, first):
        doc.text(30, 30, "NORTH CASCADIA MEDICAL ASSISTANCE PROGRAM", "B", 8)
        doc.text(30, 40, "REMITTANCE ADVICE - PRACTITIONER", "B", 8)
        doc.text(430, 30, "PROV ID: 03318842   NPI: 1639002714", "R", 7)
        doc.text(430, 40, "PEBBLE CREEK PEDIATRIC THERAPY LLC", "R", 7)
        doc.text(430, 50, "RA NO: 0002461   RA DATE: 01/26/26", "R", 7)
        doc.text(doc.W - 30, 30, f"PAGE {doc.page} OF {n}" if n else "", "R", 7, "r")
        doc.hline(30, doc.W - 30, 56, lw=0.6)
        return tb.header(60)

    fl = Flow(d, head, d.H - 36)
    clients = {"VANTERPOOL, ISAIAH": "NC40018823", "OYELARAN, TEMI": "NC40233107", "BRISBOIS, JUNO": "NC39988410",
               "MCALLISTER, FINN R": "NC40511006"}
    # (status, acct, tcn, client, [Svc], errors per line)
    paid = [
        ("PBC-10041", "26011000412000", "VANTERPOOL, ISAIAH", [(Svc(D(1, 5), "97530", 4, ("GO",)), ""),
                                                              (Svc(D(1, 5), "97535", 1, ("GO",)), ""),
                                                              (Svc(D(1, 7), "97530", 4, ("GO",)), "")]),
        ("PBC-10057", "26011000412100", "OYELARAN, TEMI", [(Svc(D(1, 6), "92523", 1, ("GN",)), ""),
                                                           (Svc(D(1, 8), "92507", 1, ("GN",)), ""),
                                                           (Svc(D(1, 13), "92507", 1, ("GN",)), "")]),
        ("PBC-10063", "26012000518300", "BRISBOIS, JUNO", [(Svc(D(1, 9), "97110", 3, ("GP",)), ""),
                                                           (Svc(D(1, 9), "97112", 1, ("GP",)), ""),
                                                           (Svc(D(1, 9), "97140", 2, ("GP", "59")), "00242")]),
        ("PBC-10071", "26012000518400", "MCALLISTER, FINN R", [(Svc(D(1, 12), "97166", 1, ("GO",)), ""),
                                                               (Svc(D(1, 12), "97530", 3, ("GO",)), ""),
                                                               (Svc(D(1, 14), "97533", 2, ("GO",)), ""),
                                                               (Svc(D(1, 14), "97530", 2, ("GO",)), "")]),
    ]
    denied = [
        ("PBC-10058", "26011000412200", "OYELARAN, TEMI", [(Svc(D(1, 15), "92526", 1, ("GN",), denied="CO"),
                                                            "00197 01480")]),
        ("PBC-10072", "26012000518500", "MCALLISTER, FINN R", [(Svc(D(1, 16), "97150", 1, ("GO",), denied="CO"),
                                                                "00610"),
                                                               (Svc(D(1, 16), "97530", 2, ("GO",), denied="CO"),
                                                                "00610")]),
    ]
    pended = [("PBC-10079", "26019000622100", "VANTERPOOL, ISAIAH", [(Svc(D(1, 19), "97530", 4, ("GO",)), "00901"),
                                                                    (Svc(D(1, 19), "97760", 1, ("GO",)), "00901")])]
    orig = ("PBC-09918", "25352000311700", "BRISBOIS, JUNO", [(Svc(D(12, 15, 2025), "97110", 4, ("GP",)), "")])
    adj = ("PBC-09918", "26019000622500", "BRISBOIS, JUNO", [(Svc(D(12, 15, 2025), "97110", 3, ("GP",)), "00122")])

    def section(title, items, status, mode="normal"):
        fl.need(40)
        d.text(30, fl.y + 12, f"*** {title} ***", "B", 7.5)
        fl.y += 16
        sum_c = sum_p = ZERO
        count = 0
        for acct, tcn, name, rows in items:
            count += 1
            for s, err in rows:
                G.medicaid(s)
                sign = Decimal(-1) if mode == "void" else Decimal(1)
                s.billed, s.paid = s.billed * sign, s.paid * sign
                cells = {"acct": acct, "dos": dfmt(s.dos, "mdy2"), "tcn": tcn, "cid": clients[name], "name": name,
                         "proc": s.code, "mod": " ".join(s.mods), "units": units_str(s.units),
                         "chg": money(s.billed, ""), "pd": "" if mode == "pend" else money(s.paid, ""),
                         "status": " " + status, "err": err}
                fl.need(tb.height(cells))
                fl.y, band = tb.row(fl.y, cells)
                rec.line(tl(band[0], s, acct, tcn, name, ("billed",) if mode == "pend" else ("billed", "paid"),
                            remarks=err.split()), band)
                sum_c += s.billed
                sum_p += s.paid if mode != "pend" else ZERO
            rec.claim(acct, tcn, name, T(), None)
        fl.need(14)
        xs = dict(zip([c.key for c in cols], tb.xs()))
        d.hline(xs["chg"], xs["status"], fl.y + 2, lw=0.4)
        d.text(30, fl.y + 10, f"TOTAL {title}: {count} CLAIMS", "B", sz)
        d.text(xs["pd"] - 2, fl.y + 10, money(sum_c, ""), "B", sz, "r")
        if mode != "pend":
            d.text(xs["status"] - 2, fl.y + 10, money(sum_p, ""), "B", sz, "r")
        fl.y += 18

    section("PAID CLAIMS", paid, "PAID")
    section("DENIED CLAIMS", denied, "DENY")
    section("PENDED CLAIMS", pended, "PEND", "pend")
    section("ADJUSTMENTS - ORIGINAL CLAIMS", [orig], "ORIG", "void")
    section("ADJUSTMENTS - ADJUSTED CLAIMS", [adj], "ADJ")
    legend = [("00122", "UNITS REDUCED TO THE NUMBER ON THE CORRECTED CLAIM."),
              ("00197", "NO PRIOR AUTHORIZATION ON FILE FOR THIS SERVICE."),
              ("00242", "SEPARATE-SERVICE MODIFIER REVIEWED AND ACCEPTED."),
              ("00610", "GROUP AND INDIVIDUAL THERAPY SAME DAY - NOT PAYABLE."),
              ("00901", "CLAIM HELD FOR MEDICAL REVIEW. DO NOT RESUBMIT."),
              ("01480", "SERVICE LIMIT FOR THE BENEFIT YEAR REACHED.")]
    fl.need(20 + 9 * len(legend))
    d.text(30, fl.y + 10, "EDIT DESCRIPTIONS", "B", 7.5)
    for i, (c, t) in enumerate(legend):
        d.text(30, fl.y + 22 + i * 9, f"{c}  {t}", "R", sz)
    fl.y += 22 + 9 * len(legend)
    fl.need(30)
    d.text(30, fl.y + 10, "PAYMENT SUMMARY:  EFT NO 9100244617   NET PAYMENT AMOUNT SEE SUMMARY PAGE", "B", sz)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_d1", producer="fpdf2", legend=legend, page_of_n=True,
                                        description="State Medicaid practitioner RA, fixed-width, status sections.")


# ================================================================================================ d2
def d2(out: Path, n: int | None = None):
    """State Medicaid remittance advice report, portrait, boxed claim headers, stacked CARC rows, TPL and copay."""
    path = out / "h23_d2_state_medicaid_ra_claim_blocks.pdf"
    d = Doc("reportlab", path, LETTER, "libsans", "helv")
    rec = Rec()
    fmt = Fmt(money=lambda x: M3(x), date=lambda x: dfmt(x, "mdy4"), end=lambda x: dfmt(x, "mdy4"),
              code=lambda c, m: [c] + ([" ".join(m)] if m else []), units=lambda u: f"{Decimal(u):.2f}",
              adj=lambda g, r, a: [f"{g} {r} {M3(a)}"])
    cols = [Col("ln", "Ln", 16), Col("from", "From DOS", 46), Col("to", "To DOS", 46), Col("proc", "Proc", 30),
            Col("mod", "Modifiers", 38), Col("units", "Units", 28, "r"), Col("billed", "Billed Amt", 50, "r"),
            Col("allowed", "Allowed Amt", 50, "r"), Col("tpl", "TPL Amt", 42, "r"), Col("copay", "Copay", 36, "r"),
            Col("paid", "Paid Amt", 46, "r"), Col("adj", "Adj Reason", 82), Col("rarc", "RARC", 30)]
    tb = Table(d, 30, cols, sz=6.8, hsz=6.8, head_fill=0.88)

    def head(doc, first):
        doc.text(30, 36, "Lakeland State Department of Health Services", "B", 11)
        doc.text(30, 47, "Medicaid Management Information System - Remittance Advice Report", "R", 8)
        doc.text(doc.W - 30, 36, "RA Number 2026012700318", "R", 7.5, "r")
        doc.text(doc.W - 30, 46, "RA Date 01/27/2026", "R", 7.5, "r")
        doc.text(doc.W - 30, 56, "Payee: Willowmere Pediatric Rehab  Payee ID 4100027731", "R", 7.5, "r")
        doc.hline(30, doc.W - 30, 62, lw=1)
        if first:
            doc.rect(30, 70, 300, 36, fill=0.95)
            doc.text(36, 82, "Payment: EFT 0099182736   Issue date 01/28/2026", "R", 7.5)
            doc.text(36, 93, "Claims paid this cycle: see the Remittance Summary at the end.", "R", 7.5)
            doc.text(30, 124, "PAID AND DENIED CLAIMS", "B", 9)
            return 132
        return 72

    fl = Flow(d, head, d.H - 44, lambda doc: footer(doc, n, "Questions: Provider Services 1-800-555-0171. Remark "
                                                         "and reason code definitions follow the claims."))
    claims = [  # member, member id, acct, icn, tpl (per line), copay per line, services
        ("HOLLOWAY, JASPER T", "700118402", "WPR-58811", "2226011000412", ZERO, ZERO, [
            Svc(D(1, 5), "97530", 4, ("GO",)), Svc(D(1, 5), "97112", 1, ("GO",)),
            Svc(D(1, 7), "97530", 4, ("GO",)), Svc(D(1, 7), "97535", 1, ("GO",))]),
        ("AGUILAR-ROSS, MAYA", "700226915", "WPR-58824", "2226011000419", Decimal("20.00"), ZERO, [
            Svc(D(1, 6), "92507", 1, ("GN",)), Svc(D(1, 8), "92507", 1, ("GN",)),
            Svc(D(1, 13), "92507", 1, ("GN",))]),
        ("HOLLOWAY, RENATA", "700118400", "WPR-58830", "2226012000633", ZERO, Decimal("3.00"), [
            Svc(D(1, 9), "97163", 1, ("GP",)), Svc(D(1, 9), "97110", 2, ("GP",)),
            Svc(D(1, 14), "97110", 3, ("GP",)), Svc(D(1, 14), "97140", 1, ("GP", "59"))]),
        ("PELLETIER, NOAH", "700390044", "WPR-58847", "2226012000640", ZERO, ZERO, [
            Svc(D(1, 12), "97165", 1, ("GO",)), Svc(D(1, 12), "97533", 2, ("GO",)),
            Svc(D(1, 15), "97533", 2, ("GO",)), Svc(D(1, 15), "97150", 1, ("GO",), denied="CO"),
            Svc(D(1, 20), "97530", 3, ("GO",)), Svc(D(1, 20), "97760", 1, ("GO",), denied="CO")]),
        ("AGUILAR-ROSS, MAYA", "700226915", "WPR-58851", "2226019000102", ZERO, ZERO, [
            Svc(D(1, 21), "92610", 1, ("GN",), denied="CO")]),
    ]
    legend = [("45", "Charge is more than the program's fee schedule amount."),
              ("23", "Another payer already paid part of this service."),
              ("3", "Member co-payment."),
              ("197", "No prior authorization on file."),
              ("N130", "Check the program's benefit limits for this service."),
              ("M80", "Not paid when done on the same day as another service.")]
    for name, mid, acct, icn, tpl, cop, svcs in claims:
        rows = []
        for i, s in enumerate(svcs):
            G.medicaid(s, deny_reason="197")
            adjs = list(s.adjs)
            line_tpl = tpl if not s.denied else ZERO
            line_cop = cop if (not s.denied and i in (0, 2)) else ZERO
            if line_tpl:
                adjs.append(("OA", "23", line_tpl))
            if line_cop:
                s.copay = line_cop
                adjs.append(("PR", "3", line_cop))
            s.paid = s.allowed - line_tpl - line_cop
            rarc = "M80" if s.code == "97150" else ("N130" if s.denied else "")
            rows.append((s, adjs, line_tpl, rarc))
        status = "DENIED" if all(s.denied for s in svcs) else "PAID"
        tb_b, tb_a, tb_p = G.total(svcs, "billed"), G.total(svcs, "allowed"), G.total(svcs, "paid")
        fl.need(70)
        d.rect(30, fl.y, tb.width, 30, fill=0.92)
        d.text(35, fl.y + 11, f"Member Name: {name}", "B", 7.4)
        d.text(220, fl.y + 11, f"Member ID: {mid}", "R", 7.4)
        d.text(330, fl.y + 11, f"Patient Acct #: {acct}", "R", 7.4)
        d.text(460, fl.y + 11, f"ICN: {icn}", "R", 7.4)
        d.text(35, fl.y + 23, f"Claim Status: {status}", "B", 7.4)
        d.text(220, fl.y + 23, f"Claim Billed: {M3(tb_b)}", "R", 7.4)
        d.text(330, fl.y + 23, f"Claim Allowed: {M3(tb_a)}", "R", 7.4)
        d.text(460, fl.y + 23, f"Claim Paid: {M3(tb_p)}", "R", 7.4)
        cband = (d.page, fl.y, fl.y + 30)
        rec.claim(acct, icn, name, T(billed=tb_b, allowed=tb_a, paid=tb_p), cband)
        fl.y = tb.header(fl.y + 32)
        for ln, (s, adjs, line_tpl, rarc) in enumerate(rows, 1):
            cells = {"ln": str(ln), "from": dfmt(s.dos, "mdy4"), "to": dfmt(s.dos, "mdy4"), "proc": s.code,
                     "mod": " ".join(s.mods), "units": f"{s.units:.2f}", "billed": M3(s.billed),
                     "allowed": M3(s.allowed), "tpl": M3(line_tpl), "copay": M3(s.copay), "paid": M3(s.paid),
                     "adj": [f"{g} {r} {M3(a)}" for g, r, a in adjs], "rarc": rarc}
            fl.need(tb.height(cells))
            fl.y, band = tb.row(fl.y, cells, rule="dot")
            rec.line(tl(band[0], s, acct, icn, name, ("billed", "allowed", "copay", "paid"), service_end=s.dos,
                        adjustments=adjs, remarks=[rarc] if rarc else []), band)
        fl.y += 10
    fl.need(90)
    d.text(30, fl.y + 8, "Remittance Summary", "B", 9)
    alls = [s for c in claims for s in c[6]]
    d.text(30, fl.y + 20, f"Claims: {len(claims)}   Billed: {M3(G.total(alls, 'billed'))}   "
                          f"Paid: {M3(G.total(alls, 'paid'))}", "R", 7.5)
    d.text(30, fl.y + 38, "Reason and Remark Codes", "B", 8)
    for i, (c, t) in enumerate(legend):
        d.text(30, fl.y + 50 + i * 9, f"{c}: {t}", "R", 7)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_d2", producer="reportlab", legend=legend, page_of_n=True,
                                        arith_allowed=False,
                                        description="State Medicaid RA report, boxed claim headers, stacked CARCs.")


# ================================================================================================ p1
def p1(out: Path, n: int | None = None):
    """Medicare standard paper remittance as re-printed by a clearinghouse, landscape monospaced."""
    path = out / "h23_p1_medicare_spr_clearinghouse.pdf"
    d = Doc("reportlab", path, LAND, "libmono", "courier")
    rec = Rec()
    mfmt = lambda x: money(Decimal(x), "")  # noqa: E731
    fmt = Fmt(money=mfmt, date=lambda x: x.strftime("%m%d"), end=lambda x: x.strftime("%m%d%y"),
              code=lambda c, m: [c, *m], units=lambda u: u, adj=lambda g, r, a: [f"{g}-{r}", mfmt(a)])
    sz = 7.2
    cw = d.width("0", "R", sz)
    X = lambda c: 28 + c * cw  # noqa: E731

    def head(doc, first):
        doc.rect(28, 18, doc.W - 56, 16, fill=0.9, stroke=False)
        doc.text(32, 29, "CLEARPATH EDI  -  ERA PRINT VIEW (STANDARD PAPER REMIT FORMAT)  -  printed 01/27/2026",
                 "R", 6.8)
        doc.text(X(0), 48, "TRI-RIVER MEDICARE SERVICES        MEDICARE PART B             REMITTANCE", "B", sz)
        doc.text(X(0), 57, "PO BOX 6620                                                     NOTICE", "R", sz)
        doc.text(X(0), 66, "CANTON FALLS OH 45999", "R", sz)
        doc.text(X(0), 79, "LANTERN BAY THERAPY ASSOCIATES", "R", sz)
        doc.text(X(70), 79, "NPI #: 1881093557", "R", sz)
        doc.text(X(70), 88, f"PAGE #: {doc.page} OF {n}" if n else "PAGE #:", "R", sz)
        doc.text(X(70), 97, "DATE: 01/23/26", "R", sz)
        doc.text(X(70), 106, "CHECK/EFT #: 880041226", "R", sz)
        doc.text(X(0), 124, "PERF PROV   SERV DATE   POS NOS  PROC  MODS     BILLED   ALLOWED    DEDUCT     COINS"
                            "   GRP/RC-AMT         PROV PD", "R", sz)
        doc.hline(28, doc.W - 28, 128, lw=0.4, dash=True)
        return 140

    fl = Flow(d, head, d.H - 36, lambda doc: doc.text(X(0), doc.H - 20, "CLEARPATH EDI - this print reproduces "
                                                                        "the payer's 835; it is not a check.", "I", 6))
    lead = 9.2
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ("ACHTERBERG, ROSALIND T", "1EG4TE5MK72", "LBT-44102", "0226006123450", "1", [
            Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 3, ("GO",)),
            Svc(D(1, 5), "97535", 1, ("GO",))]),
        ("DUNMORE, CYRIL", "3KP9WX2RT15", "LBT-44118", "0226006123511", "1", [
            Svc(D(1, 6), "97161", 1, ("GP",)), Svc(D(1, 6), "97110", 2, ("GP",)),
            Svc(D(1, 8), "97110", 3, ("GP", "KX")), Svc(D(1, 8), "97140", 1, ("GP", "59", "KX")),
            Svc(D(1, 8), "G0283", 1, ("GP",))]),
        ("OKAFOR-LINDQVIST, BEATRIX", "7TM2QA8CV40", "LBT-43906", "0225351099812", "22", [
            Svc(D(12, 15, 2025), "97530", 2, ("GO",)), Svc(D(12, 15, 2025), "97112", 1, ("GO",))]),
        ("OKAFOR-LINDQVIST, BEATRIX", "7TM2QA8CV40", "LBT-43906", "0226013770204", "1", [
            Svc(D(12, 15, 2025), "97530", 3, ("GO",)), Svc(D(12, 15, 2025), "97112", 1, ("GO",))]),
        ("DUNMORE, CYRIL", "3KP9WX2RT15", "LBT-44131", "0226013770388", "1", [
            Svc(D(1, 13), "97110", 2, ("GP", "CQ")), Svc(D(1, 13), "97116", 2, ("GP", "CQ")),
            Svc(D(1, 13), "0552T", 1, ("GP",), denied="CO")]),
        ("ACHTERBERG, ROSALIND T", "1EG4TE5MK72", "LBT-44150", "0226020881076", "1", [
            Svc(D(1, 12), "97530", 3, ("GO", "KX")), Svc(D(1, 12), "97760", 1, ("GO", "KX")),
            Svc(D(1, 14), "97530", 2, ("GO", "KX")), Svc(D(1, 14), "97168", 1, ("GO",))]),
    ]
    rev_st = PlanState(ded_left=ZERO)
    net = ZERO
    for name, mid, acct, icn, status, svcs in claims:
        for s in svcs:
            G.medicare(s, rev_st if status == "22" or s.dos.year == 2025 else st, deny_reason="50")
        if status == "22":
            svcs[:] = [G.negate(s) for s in svcs]
        fl.need(lead * (4 + 2 * len(svcs)))
        moa = "MA01 MA18" if status == "1" else "MA01 MA15"
        d.text(X(0), fl.y, f"NAME {name:<26} MID {mid}  ACNT {acct:<10} ICN {icn}  ASG Y  MOA {moa}", "B", sz)
        fl.y += lead
        for s in svcs:
            top = fl.y - lead + 2
            adjs = s.adjs
            first = adjs[0]
            line = (f"{'1457720938':<11} {s.dos:%m%d} {s.dos:%m%d%y} {'11':>3} {units_str(s.units):>3}  "
                    f"{s.code:<5} {' '.join(s.mods):<8}{mfmt(s.billed):>9} {mfmt(s.allowed):>9} "
                    f"{mfmt(s.deductible):>9} {mfmt(s.coinsurance):>9}   {first[0] + '-' + first[1]:<6}"
                    f"{mfmt(first[2]):>9}  {mfmt(s.paid):>9}")
            d.text(X(0), fl.y, line, "R", sz)
            fl.y += lead
            for g, r, a in adjs[1:]:
                d.text(X(84), fl.y, f"{g + '-' + r:<6}{mfmt(a):>9}", "R", sz)
                fl.y += lead
            rem = "N640" if s.denied else ("" if not s.deductible else "")
            d.text(X(0), fl.y, f"CNTL #: {acct}-{s.code}" + (f"   REM: {rem}" if rem else ""), "R", sz)
            fl.y += lead
            band = (d.page, top, fl.y - lead + 2)
            rec.line(tl(d.page, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                        service_end=s.dos, adjustments=adjs, remarks=[rem] if rem else []), band)
        tot = {k: G.total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        adj_tot = sum((a for s in svcs for _g, _r, a in s.adjs), ZERO)
        ty = fl.y
        d.text(X(0), fl.y, f"PT RESP {mfmt(tot['owes']):>10}{'':>8}CLAIM TOTALS{mfmt(tot['billed']):>13} "
                           f"{mfmt(tot['allowed']):>9} {mfmt(tot['deductible']):>9} {mfmt(tot['coinsurance']):>9}"
                           f"   {'':<6}{mfmt(adj_tot):>9}  {mfmt(tot['paid']):>9}", "B", sz)
        rec.claim(acct, icn, name, T(billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                                     patient_owes=tot["owes"]), (d.page, ty - lead + 2, ty + 2))
        fl.y += lead
        d.text(X(0), fl.y, f"ADJ TO TOTALS: PREV PD {mfmt(ZERO):>9}  INTEREST {mfmt(ZERO):>6}  LATE FILING CHARGE "
                           f"{mfmt(ZERO):>6}{'':>21}NET {mfmt(tot['paid']):>9}", "R", sz)
        net += tot["paid"]
        fl.y += lead * 2
    legend = [("CO-45", "Charge is above the fee schedule; the provider writes off the difference."),
              ("PR-1", "Deductible amount."), ("PR-2", "Coinsurance amount."),
              ("CO-253", "Federal payment reduction (2%)."), ("CO-50", "Not medically necessary for this payer."),
              ("MA15", "This claim was split or corrected; a new ICN was assigned."),
              ("N640", "Exceeds or is outside the coverage rules for this service.")]
    fl.need(lead * (4 + len(legend)))
    d.text(X(0), fl.y, f"TOTALS: # OF CLAIMS {len(claims)}   PROV PD AMT {mfmt(net)}   CHECK AMT {mfmt(net)}", "B", sz)
    fl.y += lead * 2
    d.text(X(0), fl.y, "GLOSSARY: GROUP, REASON, MOA AND REMARK CODES", "B", sz)
    for c, t in legend:
        fl.y += lead
        d.text(X(0), fl.y, f"{c:<8}{t.upper()}", "R", sz)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_p1", producer="reportlab", legend=legend, page_of_n=False,
                                        arith_allowed=False,
                                        description="Medicare standard paper remit re-printed by a clearinghouse.")


# ================================================================================================ p2
def p2(out: Path, n: int | None = None):
    """Practice-management 'Insurance Payment Report' of a Medicare ERA, landscape, adjustments on a 2nd line."""
    path = out / "h23_p2_pm_medicare_remit_report.pdf"
    d = Doc("fpdf2", path, LAND, "djsans", "helv")
    rec = Rec()
    pm = lambda x: money(Decimal(x), ",", "()")  # noqa: E731
    fmt = Fmt(money=pm, date=lambda x: dfmt(x, "mdyn"), code=lambda c, m: [c] + ([", ".join(m)] if m else []),
              units=lambda u: f"{Decimal(u):.1f}", adj=lambda g, r, a: [f"{g}{r} {pm(a)}"])
    cols = [Col("date", "Svc Date", 56), Col("cpt", "CPT", 40), Col("mod", "Mod", 56), Col("units", "Units", 34, "r"),
            Col("billed", "Billed", 60, "r"), Col("allowed", "Allowed", 60, "r"), Col("ded", "Deduct", 54, "r"),
            Col("coins", "Coins", 54, "r"), Col("owes", "Pt Resp", 56, "r"), Col("paid", "Paid", 60, "r"),
            Col("rmk", "RARC", 40), Col("desc", "Description", 166)]
    tb = Table(d, 28, cols, sz=7, hsz=7, head_fill=0.2, head_white=True)

    def head(doc, first):
        doc.text(28, 32, "Insurance Payment Report - ERA 835 detail", "B", 12)
        doc.text(28, 44, "Payer: TRI-RIVER MEDICARE SERVICES (Part B)   Check/EFT 880041390   Deposit 01/30/2026",
                 "R", 7.5)
        doc.text(doc.W - 28, 32, "Juniper Reach Therapy Group", "B", 9, "r")
        doc.text(doc.W - 28, 44, "Run by: billing02   Report date 01/30/2026", "R", 7.5, "r")
        return tb.header(54)

    fl = Flow(d, head, d.H - 40, lambda doc: footer(doc, n, "RehabLedger PM v8.4 - Insurance Payment Report - "
                                                         "confidential patient information"))
    st = PlanState(ded_left=ZERO)
    claims = [
        ("Whitcombe, Agnes", "JRT-20155", "0226020990417", "1 - Processed as primary; forwarded to Keel Mutual Medigap",
         [Svc(D(1, 7), "97167", 1, ("GO",)), Svc(D(1, 7), "97530", 2, ("GO",)), Svc(D(1, 9), "97530", 3, ("GO",)),
          Svc(D(1, 9), "97535", 1, ("GO", "59"))]),
        ("Faraday, Lionel", "JRT-20160", "0226020990533", "1 - Processed as primary",
         [Svc(D(1, 8), "97162", 1, ("GP",)), Svc(D(1, 8), "97110", 3, ("GP",)), Svc(D(1, 8), "97116", 1, ("GP",)),
          Svc(D(1, 10), "97110", 2, ("GP", "CQ")), Svc(D(1, 10), "97112", 2, ("GP", "CQ"))]),
        ("Whitcombe, Agnes", "JRT-19877", "0225348221904", "22 - Reversal of previous payment",
         [Svc(D(12, 10, 2025), "97530", 3, ("GO",)), Svc(D(12, 10, 2025), "97140", 1, ("GO",))]),
        ("Whitcombe, Agnes", "JRT-19877", "0226020990702", "1 - Processed as primary (corrected claim)",
         [Svc(D(12, 10, 2025), "97530", 3, ("GO",)), Svc(D(12, 10, 2025), "97140", 1, ("GO", "59"))]),
        ("Tenorio, Marguerite", "JRT-20171", "0226020990866", "1 - Processed as primary",
         [Svc(D(1, 14), "92523", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)),
          Svc(D(1, 16), "92526", 1, ("GN",), denied="CO")]),
        ("Faraday, Lionel", "JRT-20188", "0226020991020", "1 - Processed as primary",
         [Svc(D(1, 15), "97110", 3, ("GP", "KX")), Svc(D(1, 15), "97140", 2, ("GP", "KX")),
          Svc(D(1, 15), "G0283", 1, ("GP",)), Svc(D(1, 20), "97164", 1, ("GP",)),
          Svc(D(1, 20), "97110", 2, ("GP", "KX"))]),
    ]
    legend = [("N122", "Add-on code cannot be billed by itself."), ("M86", "Service denied because payment "
                                                                            "already made for same/similar service.")]
    for pat, acct, icn, status, svcs in claims:
        for s in svcs:
            G.medicare(s, st, deny_reason="97")
        if status.startswith("22"):
            svcs[:] = [G.negate(s) for s in svcs]
        fl.need(80)
        d.rect(28, fl.y, tb.width, 22, fill=0.9, stroke=False)
        d.text(32, fl.y + 9, f"Patient: {pat}", "B", 7.6)
        d.text(190, fl.y + 9, f"Acct: {acct}", "R", 7.6)
        d.text(300, fl.y + 9, f"ICN: {icn}", "R", 7.6)
        d.text(450, fl.y + 9, f"MBI: {'*' * 7}{acct[-4:]}", "R", 7.6)
        d.text(32, fl.y + 19, f"Claim status: {status}", "R", 7)
        fl.y += 24
        for s in svcs:
            rm = "M86" if s.denied else ""
            adjtxt = "Adj: " + "   ".join(f"{g}{r} {pm(a)}" for g, r, a in s.adjs)
            cells = {"date": dfmt(s.dos, "mdyn"), "cpt": s.code, "mod": ", ".join(s.mods),
                     "units": f"{s.units:.1f}", "billed": pm(s.billed), "allowed": pm(s.allowed),
                     "ded": pm(s.deductible), "coins": pm(s.coinsurance), "owes": pm(s.owes), "paid": pm(s.paid),
                     "rmk": rm, "desc": s.desc}
            fl.need(22)
            fl.y, band = tb.row(fl.y, cells)
            d.text(28 + 56 + 40 + 56 + 34 + 2, fl.y + 6, adjtxt, "I", 6.6, gray=0.3)
            fl.y += 9
            d.hline(28, 28 + tb.width, fl.y, lw=0.2, gray=0.6)
            rec.line(tl(band[0], s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "patient_owes",
                                                     "paid"), adjustments=s.adjs, remarks=[rm] if rm else []),
                     (band[0], band[1], fl.y))
        tot = {k: G.total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "owes", "paid")}
        fl.y, band = tb.row(fl.y, {"mod": "Claim total", "billed": pm(tot["billed"]), "allowed": pm(tot["allowed"]),
                                   "ded": pm(tot["deductible"]), "coins": pm(tot["coinsurance"]),
                                   "owes": pm(tot["owes"]), "paid": pm(tot["paid"])}, st="B")
        rec.claim(acct, icn, pat, T(billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                                    patient_owes=tot["owes"]), band)
        fl.y += 8
    fl.need(40)
    d.text(28, fl.y + 8, "Provider-level adjustments (PLB):  none this payment.", "R", 7.4)
    d.text(28, fl.y + 20, "Remark codes:  " + "   ".join(f"{c} = {t}" for c, t in legend), "R", 6.8)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_p2", producer="fpdf2", legend=legend, page_of_n=True,
                                        arith_allowed=False,
                                        description="Practice-management insurance payment report of a Medicare ERA.")


# ================================================================================================ s1
def s1(out: Path, n: int | None = None):
    """Children's hospital guarantor statement, ledger style: charges, then insurance payment / adjustment rows."""
    path = out / "h23_s1_hospital_guarantor_statement.pdf"
    d = Doc("reportlab", path, LETTER, "libserif", "times")
    rec = Rec()
    fmt = Fmt(money=lambda x: money(Decimal(x), ",", "()"), date=lambda x: dfmt(x, "mdy4"),
              code=lambda c, m: [c, *m], units=lambda u: u)
    mm = lambda x: money(Decimal(x), ",", "()")  # noqa: E731
    cols = [Col("date", "Date", 52), Col("desc", "Description", 206), Col("code", "CPT/HCPCS", 56),
            Col("qty", "Qty", 26, "r"), Col("chg", "Charges", 62, "r"), Col("ins", "Insurance\nPayments", 62, "r"),
            Col("adj", "Adjustments", 62, "r"), Col("bal", "Balance", 26 + 0, "r")]
    cols[-1].w = 552 - sum(c.w for c in cols[:-1])
    tb = Table(d, 30, cols, sz=7.6, hsz=7.4, grid=False, head_fill=0.9)

    def head(doc, first):
        doc.text(30, 42, "Marrowstone Children's Hospital", "B", 15)
        doc.text(30, 54, "Patient Financial Services - 1200 Seawall Blvd, Port Ellery, ME 04999", "R", 8)
        doc.text(doc.W - 30, 42, "STATEMENT", "B", 12, "r")
        doc.text(doc.W - 30, 54, f"Page {doc.page} of {n}" if n else "", "R", 8, "r")
        doc.hline(30, doc.W - 30, 60, lw=0.8)
        if first:
            doc.text(30, 78, "Guarantor: PRIYA RAMAN-COSTA", "B", 8.5)
            doc.text(30, 89, "61 Chandlery Row", "R", 8.5)
            doc.text(30, 100, "Port Ellery, ME 04998", "R", 8.5)
            doc.rect(350, 68, 232, 48, fill=0.94)
            for i, (k, v) in enumerate((("Guarantor no.", "G-7720413"), ("Statement date", "02/02/2026"),
                                        ("Amount due", "see Total due below"), ("Due by", "02/27/2026"))):
                doc.text(358, 79 + i * 10, k, "B", 7.6)
                doc.text(450, 79 + i * 10, v, "R", 7.6)
            return tb.header(128)
        return tb.header(70)

    fl = Flow(d, head, d.H - 40, lambda doc: footer(doc, None, "Questions about this statement? Call 207-555-0144. "
                                                            "Financial assistance is available; ask us."))
    plan = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"))
    accounts = [
        ("40018872", "Mila Raman-Costa", "Outpatient Rehabilitation - Occupational Therapy", "Sable Coast Health Plan",
         "SCH-2601-558201", [Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",)),
                             Svc(D(1, 8), "97530", 3, ("GO",)), Svc(D(1, 8), "97533", 1, ("GO",)),
                             Svc(D(1, 12), "97530", 2, ("GO",)), Svc(D(1, 12), "97535", 2, ("GO",))]),
        ("40019105", "Arjun Raman-Costa", "Outpatient Rehabilitation - Speech Pathology", "Sable Coast Health Plan",
         "SCH-2601-561733", [Svc(D(1, 6), "92523", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)),
                             Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 20), "92526", 1, ("GN",))]),
        ("40019560", "Mila Raman-Costa", "Outpatient Rehabilitation - Occupational Therapy", "Sable Coast Health Plan",
         None, [Svc(D(1, 15), "97530", 3, ("GO",)), Svc(D(1, 15), "97760", 1, ("GO",)),
                Svc(D(1, 15), "L3807", 1, ("LT",)), Svc(D(1, 22), "97530", 2, ("GO",)),
                Svc(D(1, 22), "97140", 1, ("GO", "59"))]),
        ("40019711", "Arjun Raman-Costa", "Clinic Visit - Developmental Pediatrics", "Sable Coast Health Plan",
         "SCH-2601-570045", [Svc(D(1, 21), "99214", 1, ("25",)), Svc(D(1, 21), "97110", 1, ("GP",))]),
    ]
    due = ZERO
    for har, pat, dept, ins, pcid, svcs in accounts:
        fl.need(60)
        d.rect(30, fl.y, 552, 14, fill=0.85, stroke=False)
        d.text(34, fl.y + 10, f"Hospital Account {har}   Patient: {pat}   {dept}", "B", 7.8)
        fl.y += 16
        bal = ZERO
        for s in svcs:
            if pcid:
                G.commercial(s, plan)
            bal += s.billed
            cells = {"date": dfmt(s.dos, "mdy4"), "desc": s.desc.upper(), "code": " ".join([s.code, *s.mods]),
                     "qty": units_str(s.units), "chg": mm(s.billed), "bal": mm(bal)}
            fl.y, band = tb.row(fl.y, cells)
            rec.line(tl(band[0], s, har, pcid, pat, ("billed",)), band)
        tot_b = G.total(svcs, "billed")
        if pcid:
            paid, wo = G.total(svcs, "paid"), G.total(svcs, "discount")
            for txt, col, amt in ((f"Payment - {ins} - Claim {pcid}", "ins", -paid),
                                  (f"Contractual adjustment - {ins}", "adj", -wo)):
                bal += amt
                fl.y, _b = tb.row(fl.y, {"date": "01/29/2026", "desc": txt, col: mm(amt), "bal": mm(bal)}, st="I")
        else:
            fl.y, _b = tb.row(fl.y, {"date": "01/26/2026", "desc": f"Billed to {ins} - awaiting payment"}, st="I")
        fl.y, band = tb.row(fl.y, {"desc": "Total charges this account", "chg": mm(tot_b)}, st="B")
        rec.claim(har, pcid, pat, T(billed=tot_b), band)
        yours = bal if pcid else ZERO
        fl.y, _b = tb.row(fl.y, {"desc": "Your balance this account" if pcid else "Insurance pending - nothing due "
                                 "yet", "bal": mm(yours)}, st="B", rule="line")
        due += yours
        fl.y += 8
    fl.need(40)
    d.rect(350, fl.y, 232, 20, fill=0.9)
    d.text(358, fl.y + 13, "Total due", "B", 9)
    d.text(574, fl.y + 13, mm(due), "B", 9, "r")
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_s1", producer="reportlab", legend=[], page_of_n=True,
                                        description="Children's hospital guarantor statement, ledger style.")


# ================================================================================================ s2
def s2(out: Path, n: int | None = None):
    """Private pediatric therapy practice family statement, invoice per visit, insurer line under each invoice."""
    path = out / "h23_s2_therapy_clinic_family_statement.pdf"
    d = Doc("fpdf2", path, LETTER, "djcond", "helv")
    rec = Rec()
    fmt = Fmt(money=lambda x: M3(x), date=lambda x: dfmt(x, "mdy2"), code=lambda c, m: [c] + ([" ".join(m)] if m else []),
              units=lambda u: u)
    cols = [Col("date", "Date", 40), Col("client", "Client", 62), Col("svc", "Service", 128), Col("cpt", "CPT", 30),
            Col("mod", "Mod", 34), Col("units", "Units", 26, "r"), Col("fee", "Fee", 46, "r"),
            Col("ins", "Ins. Paid", 46, "r"), Col("adj", "Ins. Adj.", 46, "r"), Col("cp", "Client\nPaid", 44, "r"),
            Col("bal", "Balance", 50, "r")]
    tb = Table(d, 30, cols, sz=7.3, hsz=7.2, head_fill=0.88)

    def head(doc, first):
        doc.text(30, 40, "Sprout & Sparrow Pediatric Therapy", "B", 14)
        doc.text(30, 52, "Occupational - Speech - Physical Therapy  |  88 Tannery Lane, Suite 3, Greyfield, VT 05999",
                 "R", 7.5)
        doc.text(doc.W - 30, 40, "Account Statement", "B", 11, "r")
        if first:
            doc.text(30, 74, "Hollis & Wren Abernathy-Sato", "B", 8.5)
            doc.text(30, 85, "19 Millrace Road, Greyfield, VT 05998", "R", 8)
            doc.rect(380, 64, 202, 46, fill=0.95)
            doc.text(388, 76, "Account #: F-00872", "R", 8)
            doc.text(388, 87, "Statement date: 02/01/2026", "R", 8)
            doc.text(388, 100, "Please pay:", "B", 9)
            return tb.header(122)
        doc.text(30, 66, "Account F-00872 - continued", "I", 7.5)
        return tb.header(72)

    fl = Flow(d, head, d.H - 44, lambda doc: footer(doc, n, "Pay online at our family portal or call 802-555-0109. "
                                                         "Thank you for trusting us with your children's care."))
    comm = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.80"))
    visits = [  # invoice, client, insurer, claim no, medicaid?, svcs
        ("INV-30412", "Ezra Abernathy-Sato", "Greenmantle Health (PPO)", "GMH26A0044178", False,
         [Svc(D(1, 5), "97166", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",))]),
        ("INV-30418", "Lulu Abernathy-Sato", "Green Mountain Kids Medicaid", "2226008100455", True,
         [Svc(D(1, 6), "92523", 1, ("GN",))]),
        ("INV-30433", "Ezra Abernathy-Sato", "Greenmantle Health (PPO)", "GMH26A0046012", False,
         [Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97533", 1, ("GO",))]),
        ("INV-30440", "Lulu Abernathy-Sato", "Green Mountain Kids Medicaid", "2226015100871", True,
         [Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 13), "92526", 1, ("GN",))]),
        ("INV-30451", "Ezra Abernathy-Sato", "Greenmantle Health (PPO)", "GMH26A0048830", False,
         [Svc(D(1, 19), "97530", 2, ("GO",)), Svc(D(1, 19), "97112", 1, ("GO",)),
          Svc(D(1, 19), "97150", 1, ("GO",), denied="PR")]),
        ("INV-30458", "Lulu Abernathy-Sato", "Green Mountain Kids Medicaid", "2226022100391", True,
         [Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 27), "92507", 1, ("GN",))]),
        ("INV-30466", "Ezra Abernathy-Sato", "Greenmantle Health (PPO)", "GMH26A0051207", False,
         [Svc(D(1, 26), "97530", 3, ("GO",)), Svc(D(1, 26), "97535", 1, ("GO", "59"))]),
    ]
    extra: list[str] = []
    due = ZERO
    for inv, client, ins, pcid, mcd, svcs in visits:
        fl.need(60)
        d.text(30, fl.y + 10, f"Invoice {inv}", "B", 7.8)
        fl.y += 13
        tots = dict(fee=ZERO, ins=ZERO, adj=ZERO, cp=ZERO, bal=ZERO)
        for s in svcs:
            if mcd:
                G.medicaid(s)
            else:
                G.commercial(s, comm, deny_reason="96")
            cp = s.copay  # paid at the visit
            bal = s.owes - cp
            s.owes = bal
            for k, v in (("fee", s.billed), ("ins", s.paid), ("adj", s.discount), ("cp", cp), ("bal", bal)):
                tots[k] += v
            if s.billed - s.paid - s.discount - cp - bal != 0:
                extra.append(f"s2 {inv} {s.code}: fee - ins paid - ins adj - client paid != balance")
            cells = {"date": dfmt(s.dos, "mdy2"), "client": client.split()[0], "svc": d.wrap(s.desc, 122, "R", 7.3), "cpt": s.code,
                     "mod": " ".join(s.mods), "units": units_str(s.units), "fee": M3(s.billed), "ins": M3(s.paid),
                     "adj": M3(s.discount), "cp": M3(cp), "bal": M3(bal)}
            fl.y, band = tb.row(fl.y, cells, rule="dot")
            rec.line(tl(band[0], s, inv, pcid, client, ("billed", "paid", "discount", "patient_owes")), band)
        fl.y, band = tb.row(fl.y, {"svc": "Invoice total", "fee": M3(tots["fee"]), "ins": M3(tots["ins"]),
                                   "adj": M3(tots["adj"]), "cp": M3(tots["cp"]), "bal": M3(tots["bal"])}, st="B")
        rec.claim(inv, pcid, client, T(billed=tots["fee"], paid=tots["ins"], patient_owes=tots["bal"]), band)
        d.text(34, fl.y + 7, f"Client: {client}  -  Billed to {ins}, claim {pcid}, processed "
                             f"{dfmt(svcs[0].dos.replace(day=min(28, svcs[0].dos.day + 9)), 'mdy2')}", "I", 6.8,
               gray=0.35)
        fl.y += 16
        due += tots["bal"]
    fl.need(40)
    d.rect(380, fl.y, 202, 18, fill=0.9)
    d.text(388, fl.y + 12, "Amount due now", "B", 8.5)
    d.text(576, fl.y + 12, M3(due), "B", 8.5, "r")
    d.text(30, fl.y + 12, "Aging:  current " + M3(due) + "   31-60 days $0.00   61-90 days $0.00", "R", 7.3)
    fl.finish()
    d.save()
    return path, d.page, rec, fmt, dict(layout="h23_s2", producer="fpdf2", legend=[], page_of_n=True,
                                        extra_check=lambda: extra,
                                        description="Pediatric therapy practice family statement, invoices.")


# ================================================================================================ driver
LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def build(out: Path, check: bool) -> int:
    out = out.resolve()
    if "samples" in out.parts:
        print("refusing to write under samples/ (the reader must not be tuned on held-out files)")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    n_lines = n_pages = 0
    for fn in LAYOUTS:
        _p, pages, _r, _f, _m = fn(out, None)  # first pass: count pages for "Page n of N"
        path, pages2, rec, fmt, meta = fn(out, pages)
        if pages2 != pages:
            errs.append(f"{path.name}: page count changed between passes")
        G.write_truth(path, meta["layout"], meta["producer"], pages2, meta["description"], rec.truth, rec.claims,
                      meta["legend"], rec.findings)
        n_lines += len(rec.truth)
        n_pages += pages2
        print(f"{path.name}: {len(rec.truth)} lines, {len(rec.claims)} claims, {pages2} pages")
        if check:
            errs += K.check(path, rec, fmt, pages2, meta.get("page_of_n", False), meta.get("arith_allowed", True),
                            meta.get("arith_adj", True))
            errs += meta.get("extra_check", lambda: [])()
    print(f"{len(LAYOUTS)} files, {n_lines} service lines, {n_pages} pages -> {out}")
    if check:
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "OK" if not errs else f"{len(errs)} problem(s)")
        return 1 if errs else 0
    return 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if args:
        out = Path(args[0])
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout23_"))
    return build(out, "--check" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
