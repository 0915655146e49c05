"""Write the SEVENTY-FIRST held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten
layouts, two of each of the five commonest real document kinds, each in a house style of its own.

Run:  python bench/heldout71/make_heldout71_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout71/make_heldout71_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Drawing goes through bench/heldout71/h71draw.py (one op list, two
producers).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person served, not the subscriber or guarantor). Adjustments only where group + reason + amount are printed;
state EOB codes, MSN note letters and plan note codes go into remarks. Every name, number, payer, provider,
address and ID is invented; service wording is our own.

Layouts:
  c1  commercial member EOB for a family of three (reportlab, portrait DejaVu Sans 6.6 pt): subscriber box,
      per-member summary, ruled claim blocks headed by a two-row label grid, "Amount billed / Network discount /
      Not covered / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / You owe / Notes", code and
      modifier as "97530 GO", no units, claim continues on page 2 under "(continued)" and a repeated header
  c2  employer-plan "Statement of Benefits" (fpdf2, landscape Liberation Serif): "For: <name> (<relation>)" claim
      heads, "Charges / Ineligible / Rsn / Eligible / Deductible / Co-Pay / Coinsurance / Benefit / Your Resp.",
      Mod and Qty columns, a denied line, PLANTED claim-total mismatch (Your Resp.)
  m1  Medicare Summary Notice Part B (fpdf2, portrait DejaVu Serif): page-1 dashboard, claims per provider with
      "Service Provided & Billing Code" text "Therapeutic exercises (97110-GP)", no units, note letters, a denied
      line, "Total for this claim" rows
  m2  Medicare Advantage PPO member EOB (reportlab, landscape DejaVu Sans Condensed): month/year cost strip, claim
      bars "Claim 2 of 3", "Qty", "Provider's charge / Plan-approved amount / Plan's share / Your share", visit
      copays, claim runs on to page 2 with the bar repeated "(continued)"
  d1  state Medicaid remittance advice, line printer (fpdf2, landscape core Courier): banner repeated per page,
      PAID / DENIED / ADJUSTED sections, "LAST, FIRST" recipients, MMDDYY dates, EOB codes, a void with
      trailing-minus amounts and its replacement, a claim continuing over a page break
  d2  state Medicaid provider remittance advice, boxed (reportlab, portrait Liberation Serif): claim boxes
      (Member / Member ID / TCN / Patient Acct / Claim Status), "Dtl / Service Dates / Procedure / Modifiers /
      Units / Billed / Allowed / Paid / Adjustment (Grp Rsn Amount) / RARC", from-thru ranges, claim totals
  p1  clearinghouse "Printable Remittance" of a Medicare payment (reportlab, landscape Liberation Sans): shaded
      claim rows Patient / HIC / Pt Ctrl # / Payer Ctrl #, line grid "Proc/Mods / Units / Billed / Allowed / Deduct /
      Coins / Adj (Grp-CARC Amt) / Remarks / Paid", adjustments stacked on a second text line, provider summary
  p2  practice-management "Payment Posting Detail" of a Medicare deposit (fpdf2, portrait Liberation Sans Narrow):
      batch header, one row per service with Acct / Patient / DOS / CPT / Mod / U / Charge / Allowed / Paid /
      Ded / Coins / Seq / Contr. / Codes, ICN under the patient rows, header repeated on page 2
  s1  pediatric therapy clinic family statement (reportlab, portrait core Helvetica): amount-due box, visit rows
      per child "Date / Patient / Visit # / Description / CPT / Charges / Ins. Paid / Ins. Adj. / Balance",
      insurer claim numbers in "Billed to" lines, detach stub at the bottom
  s2  hospital outpatient family statement (fpdf2, landscape DejaVu Sans Condensed): left shaded sidebar
      (account summary, how to pay), accounts per family member with "Rev / CPT/HCPCS / Description / Qty /
      Charges", insurance payments as non-service rows, account continued on the next page

The self-check (--check) tests the factory, not the reader: each truth line's code, modifiers, units and
printed amounts are on the same extracted text line as the service (adjustment / remark cells may sit on the
next text line of the same service), dates, ids and patients are on the page / in the document, the page
count matches, billed - adjustments = paid where every adjustment is printed, allowed - deductible - copay -
coinsurance = paid and billed - discount - not covered = allowed where printed, statements' charge - ins paid -
ins adj = balance, claim totals = sum of lines unless declared as an expected finding (and that one really is
off), and at least three documents carry a claim whose rows continue onto a next page.
"""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
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
    truth_line,
    units_str,
    write_truth,
)
from h71draw import Doc, render_fpdf, render_reportlab, wrap  # noqa: E402

# codes the shared tables lack
eobgen.FEE.update({"97162": "240.00", "97533": "88.00", "97018": "30.00", "G0151": "140.00", "99214": "210.00"})
eobgen.SCHED.update({"97162": "101.12", "97533": "31.90", "97018": "4.96", "G0151": "51.20", "99214": "125.70"})
eobgen.DESC.update({"97162": "PT evaluation, moderate complexity", "97533": "Sensory integration, each 15 min",
                    "97018": "Paraffin bath", "G0151": "Home health PT visit, 15 min",
                    "99214": "Office visit, est. patient, moderate"})

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Book:
    def __init__(self, name: str, producer: str, description: str, doc: Doc):
        self.name, self.producer, self.description, self.doc = name, producer, description, doc
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.legend: list[tuple[str, str]] = []
        self.findings: list[str] = []
        self.rows: list[tuple[int, list[str], int, int]] = []  # page, tokens, span, line index
        self.page_tokens: list[tuple[int, str]] = []
        self.doc_tokens: list[str] = []
        self.all_adj_printed: set[int] = set()
        self.stmt: list[tuple[int, Decimal, Decimal, Decimal, Decimal]] = []

    def add(self, s: Svc, *, claim_id, pcid, patient, printed, tokens, units=True, mods=True, adjustments=None,
            remarks=None, span=1, date_tok=None, all_adj=False, code=True, overrides=None, end=None):
        page = self.doc.pno
        row = truth_line(page, s, claim_id=claim_id, payer_claim_id=pcid, patient=patient, printed=printed,
                         units=units, modifiers=mods, adjustments=adjustments, remarks=remarks, code=code,
                         overrides=overrides, service_end=end)
        self.lines.append(row)
        self.rows.append((page, [t for t in tokens if t], span, len(self.lines) - 1))
        if date_tok:
            self.page_tokens.append((page, date_tok))
        for t in (claim_id, pcid, patient):
            if t:
                self.doc_tokens.append(t)
        if all_adj:
            self.all_adj_printed.add(len(self.lines) - 1)

    def claim(self, claim_id, pcid, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcid, "patient": patient,
                            "totals": claim_totals(**tot)})

    def write(self, out: Path) -> None:
        pdf = out / f"{self.name}.pdf"
        if self.producer == "reportlab":
            render_reportlab(self.doc, pdf, self.description[:60])
        else:
            render_fpdf(self.doc, pdf, self.description[:60], FIXED_WHEN)
        write_truth(pdf, self.name, self.producer, self.doc.pno, self.description, self.lines, self.claims,
                    self.legend, self.findings)


def sm(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


def m2(d):  # 1,234.50 / -45.00
    return money(d, ",")


def cm(s: Svc, sep=" "):
    return sep.join((s.code,) + s.mods)


# ============================================================================================ c1
def c1() -> Book:
    W, H = LETTER
    doc = Doc(W, H, "DejaVuSans", 6.6, top=46, bottom=50)
    b = Book("c1_commercial_member_eob", "reportlab",
             "Commercial PPO member EOB for a family of three, portrait; ruled claim blocks, no units; a claim "
             "continues on page 2 under a repeated header.", doc)
    L, R = 36, W - 36
    cols = [(L, 44, "l"), (L + 44, 118, "l"), (L + 162, 44, "l"), (L + 206, 36, "r"), (L + 242, 36, "r"),
            (L + 278, 34, "r"), (L + 312, 36, "r"), (L + 348, 34, "r"), (L + 382, 28, "r"), (L + 410, 36, "r"),
            (L + 446, 36, "r"), (L + 482, 34, "r"), (L + 516, 24, "l")]
    heads = [("Date of", "service"), ("Service", "description"), ("Code", ""), ("Amount", "billed"),
             ("Network", "discount"), ("Not", "covered"), ("Allowed", "amount"), ("Deduct-", "ible"),
             ("Copay", ""), ("Coins-", "urance"), ("Plan", "paid"), ("You", "owe"), ("Notes", "")]

    def furniture(d: Doc) -> None:
        d.text(L, "NORTHGATE MUTUAL HEALTH", 12, True, y=30)
        d.text(R, f"Explanation of Benefits  |  Page {d.pno}", 7, align="r", y=30)
        d.hline(L, R, 36, 1.2)
        d.text(L, "THIS IS NOT A BILL", 6, True, y=H - 30)
        d.text(R, "Member services 1-800-555-0147  |  northgatemutual.example", 6, align="r", y=H - 30)

    doc.on_new_page = furniture
    furniture(doc)
    doc.y = 54
    for t in ("Renata Okonkwo-Bell", "1187 Larchmont Terrace", "Ashby Falls, OR 97390"):
        doc.text(L, t, 8)
        doc.down(10)
    doc.box(330, 50, 246, 52)
    for i, (k, v) in enumerate((("Subscriber", "Renata Okonkwo-Bell"), ("Member ID", "NGM448120933"),
                                ("Group", "Lindqvist Tool & Die  #60412"), ("Statement date", "February 9, 2026"))):
        doc.text(336, k, 7, True, y=62 + 11 * i)
        doc.text(420, v, 7, y=62 + 11 * i)
    doc.y = 118
    doc.text(L, "Summary for your family this statement", 9, True)
    doc.down(12)
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("30.00")}, allowed_rate=Decimal("0.81"))
    fam = [
        ("Tobias Bell", "Son", "HB-40771", "NG26010554871",
         "Cedar Lane Pediatric Therapy",
         [commercial(Svc(D(2026, 1, 6), "97166", 1, ("GO",)), st),
          commercial(Svc(D(2026, 1, 6), "97530", 2, ("GO",)), st),
          commercial(Svc(D(2026, 1, 13), "97530", 2, ("GO",)), st),
          commercial(Svc(D(2026, 1, 13), "97535", 1, ("GO", "59")), st),
          commercial(Svc(D(2026, 1, 20), "97530", 2, ("GO",)), st),
          commercial(Svc(D(2026, 1, 20), "97112", 1, ("GO",)), st),
          commercial(Svc(D(2026, 1, 27), "97530", 2, ("GO",)), st),
          commercial(Svc(D(2026, 1, 27), "97533", 1, ("GO",)), st)]),
        ("Renata Okonkwo-Bell", "Self", "77310", "NG26010561102", "Ridgeview Family Medicine",
         [commercial(Svc(D(2026, 1, 8), "99213", 1), st2),
          commercial(Svc(D(2026, 1, 8), "G0283", 1, ("GP",), denied="PR"), st2)]),
        ("Imani Bell", "Daughter", "HB-40772", "NG26010566340", "Cedar Lane Pediatric Therapy",
         [commercial(Svc(D(2026, 1, 14), "92523", 1, ("GN",)), st),
          commercial(Svc(D(2026, 1, 21), "92507", 1, ("GN",)), st),
          commercial(Svc(D(2026, 1, 28), "92507", 1, ("GN",)), st)]),
    ]
    doc.hline(L, R)
    doc.down(9)
    doc.cells([(L, 150, "l"), (L + 150, 100, "l"), (L + 250, 90, "r"), (L + 340, 90, "r"), (L + 430, 90, "r")],
              ["Family member", "Claims", "Amount billed", "Plan paid", "You owe"], bold=True)
    for nm, rel, *_rest in fam:
        sv = _rest[-1]
        doc.down(9)
        doc.cells([(L, 150, "l"), (L + 150, 100, "l"), (L + 250, 90, "r"), (L + 340, 90, "r"), (L + 430, 90, "r")],
                  [f"{nm} ({rel})", "1", money(sm(sv, "billed")), money(sm(sv, "paid")), money(sm(sv, "owes"))])
    doc.down(6)
    doc.hline(L, R)
    doc.down(16)
    b.legend = [("A2", "Network savings: the provider agreed to this discount; you do not pay it."),
                ("D1", "Part or all of this amount counted toward your deductible for the year."),
                ("N4", "This service is excluded under your plan; the provider may bill you.")]

    def colhead(d: Doc) -> None:
        d.box(L, d.y - 8, R - L, 18, fill=0.88)
        d.cells(cols, [h[0] for h in heads], 6, True)
        d.down(7)
        d.cells(cols, [h[1] for h in heads], 6, True)
        d.down(12)

    for ci, (nm, rel, acct, clm, prov, sv) in enumerate(fam):
        doc.need(60)
        y0 = doc.y
        doc.box(L, y0 - 8, R - L, 26)
        doc.text(L + 4, "Patient", 6, True)
        doc.text(L + 4 + 130, "Claim number", 6, True)
        doc.text(L + 4 + 250, "Provider", 6, True)
        doc.text(L + 4 + 420, "Patient account", 6, True)
        doc.down(10)
        doc.text(L + 4, f"{nm} ({rel})", 7.4)
        doc.text(L + 4 + 130, clm, 7.4)
        doc.text(L + 4 + 250, prov, 7.4)
        doc.text(L + 4 + 420, acct, 7.4)
        doc.down(14)
        colhead(doc)
        for k, s in enumerate(sv):
            if ci == 0 and k == 6 and doc.pno == 1:
                doc.new_page()
                doc.y = 54
                doc.text(L, f"{nm} ({rel})  -  claim {clm} (continued)", 7.4, True)
                doc.down(12)
                colhead(doc)
            doc.need(20)
            desc = wrap(s.desc, 114, "DejaVuSans", 6.6)
            note = []
            if s.denied:
                note = ["N4"]
            else:
                note = ["A2"] + (["D1"] if s.deductible else [])
            vals = [dfmt(s.dos, "mdy2"), desc[0], cm(s), m2(s.billed), m2(s.discount), m2(s.not_covered),
                    m2(s.allowed), m2(s.deductible), m2(s.copay), m2(s.coinsurance), m2(s.paid), m2(s.owes),
                    " ".join(note)]
            doc.cells(cols, vals)
            b.add(s, claim_id=acct, pcid=clm, patient=nm, units=False, remarks=note,
                  printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"),
                  tokens=[dfmt(s.dos, "mdy2"), cm(s)])
            for extra in desc[1:]:
                doc.down(7.5)
                doc.text(cols[1][0] + 2, extra)
            doc.down(4)
            doc.hline(L, R, lw=0.2)
            doc.down(8)
        tot = [None, "Claim totals", None] + [m2(sm(sv, a)) for a in ("billed", "discount", "not_covered",
                                                                        "allowed", "deductible", "copay",
                                                                        "coinsurance", "paid", "owes")]
        doc.cells(cols, tot + [None], bold=True)
        b.claim(acct, clm, nm, billed=sm(sv, "billed"), allowed=sm(sv, "allowed"), paid=sm(sv, "paid"),
                patient_owes=sm(sv, "owes"))
        doc.down(22)
    doc.need(50)
    doc.text(L, "Notes", 8, True)
    for k, v in b.legend:
        doc.down(10)
        doc.text(L, k, 7, True)
        doc.text(L + 24, v, 7)
    return b


# ============================================================================================ c2
def c2() -> Book:
    W, H = LAND
    fam = "LiberationSerif"
    doc = Doc(W, H, fam, 8, top=40, bottom=40)
    b = Book("c2_employer_statement_of_benefits", "fpdf2",
             "Employer-plan Statement of Benefits, landscape serif; claim heads per family member; Ineligible/"
             "Eligible; one planted claim-total mismatch.", doc)
    L, R = 30, W - 30

    def furn(d: Doc) -> None:
        d.text(L, "PINEHOLLOW BENEFIT TRUST", 13, True, y=26)
        d.text(L + 230, "administered by Larkspur Claims Services, Inc.", 8, y=26)
        d.text(R, f"STATEMENT OF BENEFITS      Page {d.pno} of 2", 8, True, "r", y=26)
        d.hline(L, R, 32, 0.8)
        d.text(L, "Keep this statement for your records. Questions? Call 1-866-555-0192, Mon-Fri 8-6.", 7,
               y=H - 22)
    doc.on_new_page = furn
    furn(doc)
    doc.y = 50
    doc.text(L, "Employee: Marcus T. Halvorsen      ID: PBT-7730-1146      Plan: Hourly Employees PPO      "
                "Date processed: 02/03/2026", 8.5, True)
    doc.down(16)
    cols = [(L, 56, "l"), (L + 56, 150, "l"), (L + 206, 40, "l"), (L + 246, 24, "c"), (L + 270, 22, "r"),
            (L + 292, 54, "r"), (L + 346, 54, "r"), (L + 400, 24, "c"), (L + 424, 54, "r"), (L + 478, 54, "r"),
            (L + 532, 44, "r"), (L + 576, 54, "r"), (L + 630, 54, "r"), (L + 684, 48, "r")]
    hd = ["Svc Date", "Description", "Procedure", "Mod", "Qty", "Charges", "Ineligible", "Rsn", "Eligible",
          "Deductible", "Co-Pay", "Coinsurance", "Benefit", "Your Resp."]
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    claims = [
        ("Marcus T. Halvorsen", "Employee", "SP-2291", "LCS-26-0118455", "Summit Point Physical Therapy",
         [commercial(Svc(D(2026, 1, 5), "97162", 1, ("GP",)), st),
          commercial(Svc(D(2026, 1, 5), "97110", 2, ("GP",)), st),
          commercial(Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")), st),
          commercial(Svc(D(2026, 1, 9), "97110", 2, ("GP",)), st),
          commercial(Svc(D(2026, 1, 9), "97018", 1, ("GP",), denied="PR"), st)]),
        ("Elsie Halvorsen", "Spouse", "0098172", "LCS-26-0120936", "Brightwater Hand & Upper Limb Clinic",
         [commercial(Svc(D(2026, 1, 12), "97165", 1, ("GO",)), st),
          commercial(Svc(D(2026, 1, 12), "97760", 1, ("GO",)), st),
          commercial(Svc(D(2026, 1, 12), "L3807", 1, ("RT",)), st)]),
        ("Nils Halvorsen", "Dependent", "SP-2310", "LCS-26-0124407", "Summit Point Physical Therapy",
         [commercial(Svc(D(2026, 1, 16), "97161", 1, ("GP",)), st),
          commercial(Svc(D(2026, 1, 16), "97116", 1, ("GP",)), st),
          commercial(Svc(D(2026, 1, 23), "97110", 3, ("GP",)), st),
          commercial(Svc(D(2026, 1, 23), "97112", 1, ("GP",)), st)]),
        ("Nils Halvorsen", "Dependent", "SP-2388", "LCS-26-0131174", "Summit Point Physical Therapy",
         [commercial(Svc(D(2026, 1, 30), "97110", 2, ("GP", "KX")), st),
          commercial(Svc(D(2026, 1, 30), "97530", 1, ("GP",)), st)]),
    ]
    b.legend = [("NC", "Charge is for a service the plan does not include; you are responsible."),
                ("PD", "Charge above the network price; the provider may not bill you for it.")]
    for ci, (nm, rel, acct, clm, prov, sv) in enumerate(claims):
        if ci == 2:
            doc.new_page()
            doc.y = 50
        doc.box(L, doc.y - 9, R - L, 24, fill=0.93)
        doc.text(L + 4, f"For: {nm} ({rel})", 8.5, True)
        doc.text(L + 260, f"Claim #: {clm}", 8.5)
        doc.text(L + 430, f"Provider: {prov}", 8.5)
        doc.down(11)
        doc.text(L + 4, f"Patient account #: {acct}", 7.5)
        doc.text(L + 260, "Network status: In network", 7.5)
        doc.down(15)
        doc.cells(cols, hd, 7.5, True)
        doc.down(3)
        doc.hline(L, R)
        doc.down(10)
        for s in sv:
            rsn = "NC" if s.denied else ("PD" if s.discount else "")
    # Ineligible = discount + not covered
            inel = s.discount + s.not_covered
            d = wrap(s.desc, 146, fam, 8)
            doc.cells(cols, [dfmt(s.dos, "mdy4").replace("/", "-"), d[0], s.code, " ".join(s.mods),
                             units_str(s.units), m2(s.billed), m2(inel), rsn, m2(s.allowed), m2(s.deductible),
                             m2(s.copay), m2(s.coinsurance), m2(s.paid), m2(s.owes)])
            b.add(s, claim_id=acct, pcid=clm, patient=nm, remarks=[rsn] if rsn else [],
                  printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                  tokens=[dfmt(s.dos, "mdy4").replace("/", "-"), s.code, " ".join(s.mods)])
            for extra in d[1:]:
                doc.down(9)
                doc.text(cols[1][0] + 2, extra)
            doc.down(11)
        doc.hline(L, R, lw=0.3)
        doc.down(10)
        owes = sm(sv, "owes")
        printed_owes = owes + Decimal("10.00") if ci == 1 else owes
        if ci == 1:
            b.findings.append(f"claim-total-mismatch claim {clm}: printed Your Resp. total {printed_owes} but the "
                              f"lines add up to {owes}")
        doc.cells(cols, [None, "Claim Totals", None, None, None, m2(sm(sv, "billed")),
                         m2(sm(sv, "discount") + sm(sv, "not_covered")), None, m2(sm(sv, "allowed")),
                         m2(sm(sv, "deductible")), m2(sm(sv, "copay")), m2(sm(sv, "coinsurance")),
                         m2(sm(sv, "paid")), m2(printed_owes)], bold=True)
        b.claim(acct, clm, nm, billed=sm(sv, "billed"), allowed=sm(sv, "allowed"), paid=sm(sv, "paid"),
                patient_owes=printed_owes)
        doc.down(24)
    doc.text(L, "Reason codes", 8, True)
    for k, v in b.legend:
        doc.down(10)
        doc.text(L, f"{k} - {v}", 7.5)
    return b


# ============================================================================================ m1
def m1() -> Book:
    W, H = LETTER
    fam = "DejaVuSerif"
    doc = Doc(W, H, fam, 7.6, top=44, bottom=48)
    b = Book("m1_medicare_summary_notice", "fpdf2",
             "Medicare Summary Notice Part B, portrait serif: dashboard page 1, then claims per provider with the "
             "billing code inside the service wording; no units; note letters.", doc)
    L, R = 40, W - 40
    pat = "GLORIA V. ASHWORTH"

    def furn(d: Doc) -> None:
        d.text(L, "Medicare Summary Notice for Part B (Medical Insurance)", 10, True, y=30)
        d.text(R, f"{pat}  |  Page {d.pno} of 3", 7.5, align="r", y=30)
        d.hline(L, R, 35, 1)
        d.text(L, "THIS IS NOT A BILL", 7, True, y=H - 26)
    doc.on_new_page = furn
    furn(doc)
    doc.y = 60
    doc.text(L, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
             8)
    doc.down(20)
    for t in (pat, "52 QUARRY HOLLOW RD APT 3", "TALLMADGE SPRINGS MN 55921"):
        doc.text(L, t, 8.5)
        doc.down(11)
    doc.box(330, 90, 242, 50)
    doc.text(336, "Notice for " + "Gloria V. Ashworth", 8, True, y=102)
    doc.text(336, "Medicare Number   XXXX-XX8-FT42", 8, y=114)
    doc.text(336, "Date of This Notice   February 14, 2026", 8, y=126)
    doc.text(336, "Claims Processed Between   Nov 14, 2025 - Feb 12, 2026", 7, y=137)
    doc.y = 170
    st = PlanState(ded_left=Decimal("40.00"))
    provs = [
        ("Lakeshore Outpatient Rehabilitation, 1401 Mariner Blvd, Duluth Hts, MN 55803", "26-0190-44127-000",
         "Jan 21, 2026", D(2026, 1, 14),
         [medicare(Svc(D(2026, 1, 14), "97163", 1, ("GP",)), st, False),
          medicare(Svc(D(2026, 1, 14), "97110", 2, ("GP",)), st, False),
          medicare(Svc(D(2026, 1, 14), "97140", 1, ("GP",)), st, False),
          medicare(Svc(D(2026, 1, 14), "0552T", 1, ("GP",), denied="PR"), st, False)]),
        ("Lakeshore Outpatient Rehabilitation, 1401 Mariner Blvd, Duluth Hts, MN 55803", "26-0191-50288-000",
         "Jan 29, 2026", D(2026, 1, 22),
         [medicare(Svc(D(2026, 1, 22), "97110", 2, ("GP", "KX")), st, False),
          medicare(Svc(D(2026, 1, 22), "97112", 1, ("GP",)), st, False),
          medicare(Svc(D(2026, 1, 22), "97530", 1, ("GP", "CQ")), st, False)]),
        ("Harmon Speech & Swallow Services, 88 Depot Street, Tallmadge Springs, MN 55921", "26-0193-61940-000",
         "Feb 3, 2026", D(2026, 1, 27),
         [medicare(Svc(D(2026, 1, 27), "92523", 1, ("GN",)), st, False),
          medicare(Svc(D(2026, 1, 27), "92526", 1, ("GN",)), st, False)]),
    ]
    allsv = [s for p in provs for s in p[4]]
    doc.text(L, "Your Deductible Status", 10, True)
    doc.down(13)
    doc.text(L, "You have now met your Part B deductible for 2026.", 8)
    doc.down(26)
    doc.text(L, "Your Claims & Costs This Period", 10, True)
    doc.down(13)
    doc.text(L, "Did Medicare approve all services?  NO   (See claim details for denied services)", 8)
    doc.down(11)
    doc.text(L, "Number of services Medicare denied:  1", 8)
    doc.down(11)
    doc.text(L, f"The total you may be billed:  {money(sm(allsv, 'owes'))}", 8, True)
    doc.down(26)
    doc.text(L, "Providers with claims this period", 9, True)
    doc.down(12)
    for p in provs:
        doc.text(L + 8, f"{p[3]:%b} {p[3].day}, {p[3].year}    {p[0].split(',')[0]}", 8)
        doc.down(11)
    doc.new_page()
    doc.y = 56
    doc.text(L, "Your Claims for Part B (Medical Insurance)", 11, True)
    doc.down(14)
    doc.text(L, "Part B helps pay for outpatient therapy, doctors' services and supplies. Read the notes for "
                "each claim.", 7.5)
    doc.down(18)
    cols = [(L, 186, "l"), (L + 186, 72, "r"), (L + 258, 76, "r"), (L + 334, 68, "r"), (L + 402, 70, "r"),
            (L + 472, 60, "c")]
    b.legend = [("A", "This amount is the 20 percent coinsurance of the Medicare-approved amount."),
                ("B", "Medicare does not pay for this item or service in this setting; you may be billed."),
                ("C", "Therapy threshold reached; your provider confirmed the services were medically needed.")]
    for pi, (pv, clm, recv, dos, sv) in enumerate(provs):
        if pi == 2:
            doc.new_page()
            doc.y = 56
        doc.box(L, doc.y - 10, R - L, 28, fill=0.9)
        doc.text(L + 4, pv, 8, True)
        doc.down(11)
        doc.text(L + 4, f"Service Date: {dos:%b} {dos.day}, {dos.year}    Claim Number: {clm}    "
                        f"Received: {recv}", 7.5)
        doc.down(16)
        doc.cells(cols, ["Service Provided & Billing Code", "Amount", "Medicare-", "Medicare", "Maximum You",
                         "See Notes"], 7, True)
        doc.down(8)
        doc.cells(cols, [None, "Provider Charged", "Approved Amount", "Paid Provider", "May Be Billed", "Below"],
                  7, True)
        doc.down(4)
        doc.hline(L, R)
        doc.down(11)
        for s in sv:
            text = f"{s.desc} ({cm(s, '-')})"
            ww = wrap(text, 182, fam, 7.6)
            notes = ["B"] if s.denied else (["A", "C"] if "KX" in s.mods else ["A"])
            doc.cells(cols, [ww[0], money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                             ", ".join(notes)])
            b.add(s, claim_id=None, pcid=clm, patient="Gloria V. Ashworth", units=False, remarks=notes,
                  printed=("billed", "allowed", "paid", "patient_owes"),
                  tokens=[s.code], date_tok=f"{dos:%b} {dos.day}, {dos.year}")
            for extra in ww[1:]:
                doc.down(9)
                doc.text(L + 2, extra)
            # code may be in the wrapped line: record the row span
            if len(ww) > 1:
                page, toks, _, idx = b.rows[-1]
                b.rows[-1] = (page, toks, len(ww), idx)
            doc.down(12)
        doc.hline(L, R, lw=0.3)
        doc.down(10)
        doc.cells(cols, ["Total for this claim", money(sm(sv, "billed")), money(sm(sv, "allowed")),
                         money(sm(sv, "paid")), money(sm(sv, "owes")), None], bold=True)
        b.claim(None, clm, "Gloria V. Ashworth", billed=sm(sv, "billed"), allowed=sm(sv, "allowed"),
                paid=sm(sv, "paid"), patient_owes=sm(sv, "owes"))
        doc.down(28)
    doc.text(L, "Notes for Claims Above", 9, True)
    for k, v in b.legend:
        doc.down(11)
        doc.text(L, f"{k}  {v}", 7.5)
    b.doc_tokens.append("Gloria V. Ashworth")
    return b


# ============================================================================================ m2
def m2_ma() -> Book:
    W, H = LAND
    fam = "DejaVuSansCondensed"
    doc = Doc(W, H, fam, 7.4, top=40, bottom=44)
    b = Book("m2_medicare_advantage_member_eob", "reportlab",
             "Medicare Advantage PPO member EOB, landscape condensed sans; claim bars, Qty, visit copays; a "
             "claim continues on page 2 under a repeated bar.", doc)
    L, R = 34, W - 34
    pat = "Desmond R. Whitcombe"

    def furn(d: Doc) -> None:
        d.box(0, 0, W, 30, fill=0.25, stroke=False)
        d.text(L, "BAYSTONE SENIOR CHOICE (PPO)", 12, True, y=20, gray=1.0)
        d.text(R, f"Explanation of Benefits  -  {pat}  -  page {d.pno} of 2", 8, align="r", y=20, gray=1.0)
        d.text(L, "H7719-004  Baystone Health Plans. This notice is not a bill.", 6.5, y=H - 22)
    doc.on_new_page = furn
    furn(doc)
    doc.y = 50
    doc.text(L, f"Your Explanation of Benefits for January 2026   |   Member ID: BSC-508-22-7140   |   "
                f"Member: {pat}", 8.5, True)
    doc.down(16)
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.50"))

    def ma(s: Svc) -> Svc:
        commercial(s, st)
        return s
    claims = [
        ("Foxglove Physical Therapy Group", "BSC26-0044718", "FPT-30918",
         [ma(Svc(D(2026, 1, 7), "97161", 1, ("GP",))), ma(Svc(D(2026, 1, 7), "97110", 2, ("GP",))),
          ma(Svc(D(2026, 1, 12), "97110", 2, ("GP",))), ma(Svc(D(2026, 1, 12), "97140", 1, ("GP", "59"))),
          ma(Svc(D(2026, 1, 12), "97112", 1, ("GP",))),
          ma(Svc(D(2026, 1, 19), "97110", 2, ("GP", "CQ"))), ma(Svc(D(2026, 1, 19), "97116", 1, ("GP", "CQ"))),
          ma(Svc(D(2026, 1, 26), "97110", 2, ("GP", "KX"))), ma(Svc(D(2026, 1, 26), "97530", 1, ("GP",)))]),
        ("Ferncliff Internal Medicine", "BSC26-0051263", "0041127",
         [ma(Svc(D(2026, 1, 15), "99214", 1)), ma(Svc(D(2026, 1, 15), "G0283", 1, ("GP",)))]),
    ]
    tot_all = [s for c in claims for s in c[3]]
    doc.box(L, doc.y - 9, R - L, 30)
    strip = [("Total provider charges", money(sm(tot_all, "billed"))),
             ("Plan-approved amount", money(sm(tot_all, "allowed"))),
             ("Plan's share this month", money(sm(tot_all, "paid"))),
             ("Your share this month", money(sm(tot_all, "owes"))),
             ("Your share so far in 2026", money(sm(tot_all, "owes")))]
    for i, (k, v) in enumerate(strip):
        doc.text(L + 8 + 146 * i, k, 7)
        doc.text(L + 8 + 146 * i, v, 9, True, y=doc.y + 13)
    doc.down(40)
    cols = [(L, 60, "l"), (L + 60, 220, "l"), (L + 280, 70, "l"), (L + 350, 30, "r"), (L + 380, 76, "r"),
            (L + 456, 80, "r"), (L + 536, 70, "r"), (L + 606, 60, "r"), (L + 666, 58, "c")]
    hd1 = ["Service date", "Service you received", "Code", "Qty", "Provider's", "Plan-approved", "Plan's",
           "Your", "Notes"]
    hd2 = [None, None, None, None, "charge", "amount", "share", "share", None]
    b.legend = [("1", "Your plan charges a copay for each outpatient therapy visit."),
                ("2", "This provider is in the plan's network; you pay only your share.")]

    def bar(d: Doc, n: int, cont: bool, prov: str, clm: str, acct: str) -> None:
        d.box(L, d.y - 9, R - L, 14, fill=0.85)
        d.text(L + 4, f"Claim {n} of 2{' (continued)' if cont else ''}   {prov}   Claim number {clm}   "
                      f"Provider's patient no. {acct}", 7.6, True)
        d.down(16)
        d.cells(cols, hd1, 7, True)
        d.down(8)
        d.cells(cols, hd2, 7, True)
        d.down(4)
        d.hline(L, R)
        d.down(10)
    for ci, (prov, clm, acct, sv) in enumerate(claims):
        bar(doc, ci + 1, False, prov, clm, acct)
        for k, s in enumerate(sv):
            if doc.y > H - 70 or (ci == 0 and k == 6):
                doc.new_page()
                doc.y = 50
                bar(doc, ci + 1, True, prov, clm, acct)
            note = "1, 2" if s.copay else "2"
            doc.cells(cols, [dfmt(s.dos, "mdy4"), s.desc, cm(s, "-"), units_str(s.units), money(s.billed),
                             money(s.allowed), money(s.paid), money(s.owes), note])
            b.add(s, claim_id=acct, pcid=clm, patient=pat, remarks=[n.strip() for n in note.split(",")],
                  printed=("billed", "allowed", "paid", "patient_owes"),
                  tokens=[dfmt(s.dos, "mdy4"), cm(s, "-")])
            doc.down(13)
            doc.hline(L, R, y=doc.y - 9, lw=0.2)
        doc.cells(cols, [None, "Claim total", None, None, money(sm(sv, "billed")), money(sm(sv, "allowed")),
                         money(sm(sv, "paid")), money(sm(sv, "owes")), None], bold=True)
        b.claim(acct, clm, pat, billed=sm(sv, "billed"), allowed=sm(sv, "allowed"), paid=sm(sv, "paid"),
                patient_owes=sm(sv, "owes"))
        doc.down(26)
    doc.text(L, "Notes", 8, True)
    for k, v in b.legend:
        doc.down(10)
        doc.text(L, f"{k}  {v}", 7.4)
    return b


# ============================================================================================ d1
def d1() -> Book:
    W, H = LAND
    doc = Doc(W, H, "Courier", 7.5, top=34, bottom=36)
    b = Book("d1_medicaid_ra_line_printer", "fpdf2",
             "State Medicaid remittance advice, line printer landscape Courier; PAID / DENIED / ADJUSTED sections, "
             "void and replacement, a claim continuing over a page break.", doc)
    L = 30
    lh = 9.2

    def furn(d: Doc) -> None:
        d.text(L, "NEW ALDEN DEPARTMENT OF MEDICAL ASSISTANCE          REMITTANCE ADVICE          "
                  f"RA NUMBER 0004471862   DATE 02/06/26   PAGE {d.pno:>3}", y=22)
        d.text(L, "PAYEE: TIDEWATER KIDS THERAPY LLC     PAYEE ID 8810044570     NPI 1730555214", y=22 + lh)
        d.text(L, "-" * 150, y=22 + 2 * lh)
        d.y = 22 + 3 * lh
    doc.on_new_page = furn
    furn(doc)
    hdr = "     LN  FROM    THRU    PROC  MOD       UNITS     BILLED    ALLOWED     PAID    EOB CODES"

    def fmt_line(n, s: Svc, eobs):
        return (f"     {n:02d}  {dfmt(s.dos, 'mdy6')}  {dfmt(s.dos, 'mdy6')}  {s.code} {' '.join(s.mods):<9}"
                f"{units_str(s.units):>6} {money(s.billed, '', 'trail'):>10} {money(s.allowed, '', 'trail'):>10}"
                f" {money(s.paid, '', 'trail'):>9}    {' '.join(eobs)}")

    paid = [
        ("QUINTANA, ROSALIND", "300417729", "2226033001458", "TKT4471",
         [medicaid(Svc(D(2026, 1, 5), "97530", 3, ("GO",))), medicaid(Svc(D(2026, 1, 5), "97535", 1, ("GO",))),
          medicaid(Svc(D(2026, 1, 8), "97530", 3, ("GO",))), medicaid(Svc(D(2026, 1, 8), "97112", 2, ("GO",))),
          medicaid(Svc(D(2026, 1, 12), "97530", 3, ("GO",))), medicaid(Svc(D(2026, 1, 12), "97533", 2, ("GO",))),
          medicaid(Svc(D(2026, 1, 15), "97530", 3, ("GO",))), medicaid(Svc(D(2026, 1, 15), "97110", 2, ("GO",))),
          medicaid(Svc(D(2026, 1, 19), "97530", 3, ("GO",))), medicaid(Svc(D(2026, 1, 19), "97535", 1, ("GO",)))]),
        ("PHAM, BAO", "300561904", "2226033001502", "TKT4490",
         [medicaid(Svc(D(2026, 1, 6), "92507", 1, ("GN",))), medicaid(Svc(D(2026, 1, 13), "92507", 1, ("GN",))),
          medicaid(Svc(D(2026, 1, 20), "92526", 1, ("GN",)))]),
    ]
    denied = [("ORTEGA-MILLS, JUNIPER", "300622310", "2226033001611", "TKT4502",
               [medicaid(Svc(D(2026, 1, 9), "97167", 1, ("GO",), denied="CO")),
                medicaid(Svc(D(2026, 1, 9), "97530", 2, ("GO",), denied="CO"))])]
    orig = [medicaid(Svc(D(2025, 12, 15), "97530", 2, ("GO",))), medicaid(Svc(D(2025, 12, 15), "97140", 1, ("GO",)))]
    repl = [medicaid(Svc(D(2025, 12, 15), "97530", 3, ("GO",))), medicaid(Svc(D(2025, 12, 15), "97140", 1, ("GO",)))]
    adjd = [("HOLLOWAY, THEO", "300298841", "5226033000877", "TKT4311", [negate(s) for s in orig], "VOID OF ICN 2225349004410"),
            ("HOLLOWAY, THEO", "300298841", "2226033001733", "TKT4311", repl, "REPLACES ICN 2225349004410")]
    b.legend = [("0001", "PAID IN FULL AT STATE MAXIMUM"), ("0102", "PRIOR AUTHORIZATION NOT ON FILE FOR DATE OF SERVICE"),
                ("0520", "CLAIM ADJUSTED: UNITS CORRECTED BY PROVIDER")]

    def section(title, claims, eob):
        doc.need(4 * lh)
        doc.text(L, f"*** {title} ***", bold=True)
        doc.down(lh * 1.5)
        for c in claims:
            nm, rid, icn, acct, sv = c[:5]
            doc.need(4 * lh)
            doc.text(L, f"RECIP NAME: {nm:<24} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}")
            if len(c) > 5:
                doc.down(lh)
                doc.text(L, f"     {c[5]}")
            doc.down(lh)
            doc.text(L, hdr)
            doc.down(lh)
            for n, s in enumerate(sv, 1):
                if (nm.startswith("QUINTANA") and n == 8 and doc.new_page() is None) or doc.need(lh * 2):
                    doc.text(L, f"RECIP NAME: {nm:<24} RECIP ID: {rid}   ICN: {icn}   (CONTINUED)")
                    doc.down(lh)
                    doc.text(L, hdr)
                    doc.down(lh)
                doc.text(L, fmt_line(n, s, eob))
                b.add(s, claim_id=acct, pcid=icn, patient=nm, remarks=list(eob), printed=("billed", "allowed", "paid"),
                      tokens=[s.code, dfmt(s.dos, "mdy6")])
                doc.down(lh)
            doc.text(L, f"     CLAIM TOTALS {'':>38}{money(sm(sv, 'billed'), '', 'trail'):>10} "
                        f"{money(sm(sv, 'allowed'), '', 'trail'):>10} {money(sm(sv, 'paid'), '', 'trail'):>9}")
            b.claim(acct, icn, nm, billed=sm(sv, "billed"), allowed=sm(sv, "allowed"), paid=sm(sv, "paid"))
            doc.down(lh * 1.6)
    section("CLAIMS PAID", paid, ["0001"])
    section("CLAIMS DENIED", denied, ["0102"])
    section("CLAIM ADJUSTMENTS", adjd, ["0520"])
    doc.need(5 * lh)
    doc.text(L, "EOB CODE DESCRIPTIONS", bold=True)
    for k, v in b.legend:
        doc.down(lh)
        doc.text(L, f"  {k}  {v}")
    return b


# ============================================================================================ d2
def d2() -> Book:
    W, H = LETTER
    fam = "LiberationSerif"
    doc = Doc(W, H, fam, 7.4, top=44, bottom=46)
    b = Book("d2_medicaid_ra_boxed", "reportlab",
             "State Medicaid provider remittance advice, portrait serif, boxed claim blocks with from-thru dates, "
             "CARC adjustments with amounts and RARCs.", doc)
    L, R = 32, W - 32

    def furn(d: Doc) -> None:
        d.text(L, "Commonwealth of Keswick  -  Department of Health Services", 10, True, y=26)
        d.text(L, "Provider Remittance Advice  -  Rehabilitative and Habilitative Services", 8, y=37)
        d.text(R, f"Page {d.pno} of 2", 8, align="r", y=26)
        d.text(R, "RA date 02/10/2026   Payment 0338162 (EFT)", 7.5, align="r", y=37)
        d.hline(L, R, 42, 1)
        d.y = 56
    doc.on_new_page = furn
    furn(doc)
    doc.text(L, "Provider: Saltmarsh Pediatric Rehab, 19 Weir Lane, Kell Harbor KW 04108     Medicaid Provider ID "
                "KW0077129", 7.6)
    doc.down(16)
    cols = [(L, 20, "c"), (L + 20, 84, "l"), (L + 104, 40, "l"), (L + 144, 38, "l"), (L + 182, 26, "r"),
            (L + 208, 50, "r"), (L + 258, 50, "r"), (L + 308, 50, "r"), (L + 358, 120, "l"), (L + 478, 70, "l")]
    hd = ["Dtl", "Service Dates", "Procedure", "Modifiers", "Units", "Billed", "Allowed", "Paid",
          "Adjustment (Grp Rsn Amount)", "RARC"]
    claims = [
        ("Esperanza Villalobos", "KW40188213", "26041000123", "SPR-118", "Paid",
         [(medicaid(Svc(D(2026, 1, 5), "97530", 4, ("GO",), end=D(2026, 1, 5))), None),
          (medicaid(Svc(D(2026, 1, 5), "97535", 2, ("GO",))), None),
          (medicaid(Svc(D(2026, 1, 12), "97530", 8, ("GO",))), D(2026, 1, 14)),
          (medicaid(Svc(D(2026, 1, 12), "97112", 2, ("GO", "59"))), D(2026, 1, 14))]),
        ("Kofi Aberdeen-Lusk", "KW40217741", "26041000166", "SPR-131", "Paid",
         [(medicaid(Svc(D(2026, 1, 6), "92523", 1, ("GN",))), None),
          (medicaid(Svc(D(2026, 1, 13), "92507", 1, ("GN",))), None),
          (medicaid(Svc(D(2026, 1, 20), "92507", 1, ("GN", "KX"))), None)]),
        ("Kofi Aberdeen-Lusk", "KW40217741", "26041000170", "SPR-132", "Denied",
         [(medicaid(Svc(D(2026, 1, 27), "92507", 2, ("GN",), denied="CO"), "119"), None)]),
        ("Marisol Tengberg", "KW40300955", "26041000201", "SPR-140", "Paid",
         [(medicaid(Svc(D(2026, 1, 7), "97161", 1, ("GP",))), None),
          (medicaid(Svc(D(2026, 1, 7), "97110", 2, ("GP",))), None),
          (medicaid(Svc(D(2026, 1, 21), "97110", 2, ("GP",))), None),
          (medicaid(Svc(D(2026, 1, 21), "97140", 1, ("GP",))), None)]),
        ("Ruairi Castellane", "KW40412296", "26041000245", "SPR-152", "Paid",
         [(medicaid(Svc(D(2026, 1, 8), "97165", 1, ("GO",))), None),
          (medicaid(Svc(D(2026, 1, 15), "97533", 4, ("GO",))), None),
          (medicaid(Svc(D(2026, 1, 22), "97533", 4, ("GO",))), None)]),
    ]
    b.legend = [("45", "Charge exceeds the program's fee schedule"), ("119", "Benefit maximum reached for the period"),
                ("N640", "Units over the yearly limit"), ("MA130", "Claim contains incomplete information")]
    for mem, mid, tcn, acct, status, dl in claims:
        sv = [x[0] for x in dl]
        if tcn == "26041000201":
            doc.new_page()
        hgt = 46 + 12 * len(dl)
        doc.need(hgt + 10)
        y0 = doc.y
        doc.box(L, y0 - 9, R - L, hgt)
        doc.box(L, y0 - 9, R - L, 13, fill=0.9)
        doc.text(L + 4, f"Member: {mem}", 7.6, True)
        doc.text(L + 170, f"Member ID: {mid}", 7.6)
        doc.text(L + 290, f"TCN: {tcn}", 7.6)
        doc.text(L + 410, f"Patient Acct: {acct}", 7.6)
        doc.down(14)
        doc.text(L + 4, f"Claim Status: {status}      Claim type: Professional      Billing NPI 1447555093", 7)
        doc.down(11)
        doc.cells(cols, hd, 6.8, True)
        doc.down(3)
        doc.hline(L, R, lw=0.3)
        doc.down(9)
        for n, (s, end) in enumerate(dl, 1):
            dt = dfmt(s.dos, "mdy4") + (f" - {dfmt(end, 'mdy4')}" if end else "")
            adj = s.adjs[0] if s.adjs else None
            adjtxt = f"{adj[0]} {adj[1]} {m2(adj[2])}" if adj else ""
            rarc = ["N640"] if "KX" in s.mods else (["MA130"] if s.denied else [])
            doc.cells(cols, [str(n), dt, s.code, " ".join(s.mods), units_str(s.units), m2(s.billed),
                             m2(s.allowed), m2(s.paid), adjtxt, " ".join(rarc)])
            toks = [s.code, dfmt(s.dos, "mdy4")] + ([adjtxt] if adjtxt else [])
            b.add(s, claim_id=acct, pcid=tcn, patient=mem, adjustments=s.adjs, remarks=rarc, end=end,
                  printed=("billed", "allowed", "paid"), tokens=toks, all_adj=True)
            doc.down(12)
        doc.text(L + 4, "Claim totals", 7.2, True)
        for i, a in ((5, "billed"), (6, "allowed"), (7, "paid")):
            x, w, _ = cols[i]
            doc.text(x + w - 2, m2(sm(sv, a)), 7.2, True, "r")
        b.claim(acct, tcn, mem, billed=sm(sv, "billed"), allowed=sm(sv, "allowed"), paid=sm(sv, "paid"))
        doc.y = y0 - 9 + hgt + 18
    doc.need(60)
    doc.text(L, "Adjustment reason and remark codes on this advice", 8, True)
    for k, v in b.legend:
        doc.down(10)
        doc.text(L, f"{k}: {v}", 7.2)
    return b


# ============================================================================================ p1
def p1() -> Book:
    W, H = LAND
    fam = "LiberationSans"
    doc = Doc(W, H, fam, 7.2, top=40, bottom=44)
    b = Book("p1_clearinghouse_printable_remit", "reportlab",
             "Clearinghouse printable remittance of a Medicare Part B payment, landscape sans; shaded claim rows, "
             "line grid with stacked adjustments, a claim continuing onto page 2.", doc)
    L, R = 30, W - 30

    def furn(d: Doc) -> None:
        d.text(L, "ClearPath Exchange", 13, True, y=24)
        d.text(L + 130, "Printable Remittance  |  Payer: MEDICARE PART B - JURISDICTION 14 (MAC 14412)", 8, y=24)
        d.text(R, f"Printed 02/11/2026 07:42   Page {d.pno} of 2", 7, align="r", y=24)
        d.hline(L, R, 30, 0.8)
        d.text(L, "Payee: ORCHARD BEND THERAPY ASSOCIATES PC   NPI 1992555308   TIN ***-**-4471   "
                  "Check/EFT # 882604417   Issue date 02/09/2026", 7.2, y=40)
        d.y = 58
    doc.on_new_page = furn
    furn(doc)
    cols = [(L, 56, "l"), (L + 56, 52, "l"), (L + 108, 22, "c"), (L + 130, 74, "l"), (L + 204, 28, "r"),
            (L + 232, 56, "r"), (L + 288, 56, "r"), (L + 344, 50, "r"), (L + 394, 50, "r"), (L + 444, 120, "l"),
            (L + 564, 70, "l"), (L + 634, 96, "r")]
    hd = ["Serv Date", "Rend NPI", "POS", "Proc/Mods", "Units", "Billed", "Allowed", "Deduct", "Coins",
          "Adj (Grp-CARC Amt)", "Remarks", "Paid"]
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ("BRANNIGAN, ODETTE", "6TR4-WX2-KP17", "OBT-55810", "22260380441270",
         [medicare(Svc(D(2026, 1, 5), "97165", 1, ("GO",)), st), medicare(Svc(D(2026, 1, 5), "97530", 2, ("GO",)), st),
          medicare(Svc(D(2026, 1, 9), "97530", 2, ("GO",)), st), medicare(Svc(D(2026, 1, 9), "97535", 1, ("GO",)), st),
          medicare(Svc(D(2026, 1, 14), "97530", 2, ("GO", "CO")), st),
          medicare(Svc(D(2026, 1, 14), "97140", 1, ("GO", "59")), st),
          medicare(Svc(D(2026, 1, 16), "97530", 2, ("GO", "CO")), st),
          medicare(Svc(D(2026, 1, 16), "97168", 1, ("GO",)), st),
          medicare(Svc(D(2026, 1, 21), "97530", 2, ("GO", "KX")), st),
          medicare(Svc(D(2026, 1, 21), "97018", 1, ("GO",)), st)]),
        ("FAIRWEATHER, AMOS J", "3KL9-QM5-TT08", "OBT-55877", "22260380455915",
         [medicare(Svc(D(2026, 1, 12), "97161", 1, ("GP",)), PlanState()),
          medicare(Svc(D(2026, 1, 12), "97110", 2, ("GP",)), PlanState()),
          medicare(Svc(D(2026, 1, 12), "97760", 1, ("GP",), denied="CO"), PlanState(), deny_reason="96")]),
    ]
    b.legend = [("N211", "Alert: this service may not be appealed on these grounds."),
                ("M80", "Not covered when performed during the same session as another listed service.")]
    for ci, (nm, hic, acct, icn, sv) in enumerate(claims):
        def head(cont=False, nm=nm, hic=hic, acct=acct, icn=icn):
            doc.box(L, doc.y - 9, R - L, 24, fill=0.88)
            doc.text(L + 4, f"Patient: {nm}{'  (continued)' if cont else ''}", 7.6, True)
            doc.text(L + 230, f"HIC: {hic}", 7.6)
            doc.text(L + 360, f"Pt Ctrl #: {acct}", 7.6)
            doc.text(L + 500, f"Payer Ctrl #: {icn}", 7.6)
            doc.down(11)
            doc.text(L + 4, "Claim status: 1 - Processed as primary    ASG Y    MOA MA01", 7)
            doc.down(16)
            doc.cells(cols, hd, 7, True)
            doc.down(3)
            doc.hline(L, R)
            doc.down(10)
        head()
        for s in sv:
            if doc.y > H - 80 or (ci == 0 and s is sv[7]):
                doc.new_page()
                head(True)
            adj = [f"{g}-{c} {m2(a)}" for g, c, a in s.adjs]
            rmk = ["M80"] if s.denied else (["N211"] if "KX" in s.mods else [])
            doc.cells(cols, [dfmt(s.dos, "mdy4"), "1558402291", "11", cm(s, " "), units_str(s.units), m2(s.billed),
                             m2(s.allowed), m2(s.deductible), m2(s.coinsurance), "  ".join(adj[:2]), " ".join(rmk),
                             m2(s.paid)])
            span = 1
            if len(adj) > 2:
                doc.down(9)
                doc.text(cols[9][0] + 2, "  ".join(adj[2:]))
                span = 2
            b.add(s, claim_id=acct, pcid=icn, patient=nm, adjustments=s.adjs, remarks=rmk, all_adj=True,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                  tokens=[dfmt(s.dos, "mdy4"), cm(s, " ")] + adj, span=span)
            doc.down(6)
            doc.hline(L, R, lw=0.2)
            doc.down(9)
        doc.cells(cols, ["Claim totals", None, None, None, None, m2(sm(sv, "billed")), m2(sm(sv, "allowed")),
                         m2(sm(sv, "deductible")), m2(sm(sv, "coinsurance")), None, None, m2(sm(sv, "paid"))],
                  bold=True)
        doc.down(10)
        doc.text(L, f"Pt resp {m2(sm(sv, 'deductible') + sm(sv, 'coinsurance'))}", 7)
        b.claim(acct, icn, nm, billed=sm(sv, "billed"), allowed=sm(sv, "allowed"), paid=sm(sv, "paid"))
        doc.down(24)
    allsv = [s for c in claims for s in c[4]]
    doc.text(L, "Provider summary:  Claims 2   Billed " + m2(sm(allsv, "billed")) + "   Paid " +
             m2(sm(allsv, "paid")) + "   Provider adjustments 0.00   Check amount " + m2(sm(allsv, "paid")), 7.6, True)
    doc.down(16)
    for k, v in b.legend:
        doc.text(L, f"{k}  {v}", 7)
        doc.down(9)
    return b


# ============================================================================================ p2
def p2() -> Book:
    W, H = LETTER
    fam = "LiberationSansNarrow"
    doc = Doc(W, H, fam, 7.0, top=40, bottom=44)
    b = Book("p2_pm_payment_posting_detail", "fpdf2",
             "Practice-management payment posting detail of a Medicare deposit, portrait narrow sans, one row per "
             "service, header repeated on page 2.", doc)
    L, R = 24, W - 24
    cols = [(L, 46, "l"), (L + 46, 84, "l"), (L + 130, 40, "l"), (L + 170, 30, "l"), (L + 200, 26, "l"),
            (L + 226, 14, "r"), (L + 240, 40, "r"), (L + 280, 40, "r"), (L + 320, 40, "r"), (L + 360, 34, "r"),
            (L + 394, 34, "r"), (L + 428, 28, "r"), (L + 456, 40, "r"), (L + 496, 68, "l")]
    hd = ["Acct", "Patient", "DOS", "CPT", "Mod", "U", "Charge", "Allowed", "Paid", "Ded", "Coins", "Seq",
          "Contr.", "Codes"]

    def furn(d: Doc) -> None:
        d.text(L, "TheraLedger PM  -  Payment Posting Detail", 11, True, y=24)
        d.text(R, f"Run 02/12/2026 16:05  user: kbrandt   Page {d.pno}", 7, align="r", y=24)
        d.text(L, "Practice: Wrenfield Rehab & Speech, LLC   Batch 2026-0212-03   Payer: Medicare Part B   "
                  "Deposit 02/12/2026   EFT 771045520", 7.2, y=36)
        d.hline(L, R, 41, 0.8)
        d.y = 52
        d.cells(cols, hd, 7, True)
        d.down(3)
        d.hline(L, R, lw=0.4)
        d.down(10)
    doc.on_new_page = furn
    furn(doc)
    people = [("20417", "Okafor, Celestine", "1TW8-JR4-MM12", PlanState(ded_left=Decimal("30.00")),
               [(D(2026, 1, d0), c, u, m) for d0, c, u, m in
                ((6, "97166", 1, ("GO",)), (6, "97530", 2, ("GO",)), (8, "97530", 2, ("GO",)), (8, "97112", 1, ("GO",)),
                 (13, "97530", 2, ("GO", "CO")), (13, "97535", 1, ("GO",)), (15, "97530", 3, ("GO",)),
                 (20, "97530", 2, ("GO", "KX")), (20, "97110", 1, ("GO",)), (22, "97530", 2, ("GO", "KX")))]),
              ("20452", "Lindgren, Harold P", "5PQ2-AD7-XK40", PlanState(),
               [(D(2026, 1, d0), c, u, m) for d0, c, u, m in
                ((7, "97163", 1, ("GP",)), (7, "97110", 2, ("GP",)), (9, "97110", 2, ("GP",)), (9, "97140", 1, ("GP",)),
                 (14, "97116", 2, ("GP", "CQ")), (14, "97110", 2, ("GP", "CQ")), (16, "97110", 2, ("GP",)),
                 (16, "97112", 1, ("GP", "59")))]),
              ("20488", "Nakashima, Etsuko", "8GH3-UV1-RR55", PlanState(),
               [(D(2026, 1, d0), c, u, m) for d0, c, u, m in
                ((12, "92523", 1, ("GN",)), (19, "92507", 1, ("GN",)), (26, "92507", 1, ("GN",)),
                 (26, "92526", 1, ("GN",)))])]
    icns = ["22260400118830", "22260400119245", "22260400120017"]
    grand = []
    for (acct, nm, mbi, st, items), icn in zip(people, icns):
        sv = [medicare(Svc(d0, c, u, m), st) for d0, c, u, m in items]
        grand += sv
        for k, s in enumerate(sv):
            if doc.y > H - 60 or (acct == "20452" and k == 4):
                doc.new_page()
            codes = " ".join(f"{g}{c}" for g, c, _ in s.adjs)
            doc.cells(cols, [acct, nm, dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units),
                             m2(s.billed), m2(s.allowed), m2(s.paid), m2(s.deductible), m2(s.coinsurance),
                             m2(s.seq), m2(s.discount), codes])
            b.add(s, claim_id=acct, pcid=icn, patient=nm, remarks=[], adjustments=s.adjs, all_adj=True,
                  printed=("billed", "allowed", "paid", "deductible", "coinsurance", "discount"),
                  tokens=[acct, dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods)] + [codes])
            doc.down(10)
        doc.text(cols[1][0] + 2, f"ICN {icn}   MBI {mbi}", 6.5)
        doc.cells(cols[6:9], [m2(sm(sv, "billed")), m2(sm(sv, "allowed")), m2(sm(sv, "paid"))], bold=True)
        b.claim(acct, icn, nm, billed=sm(sv, "billed"), allowed=sm(sv, "allowed"), paid=sm(sv, "paid"))
        doc.down(4)
        doc.hline(L, R, lw=0.3)
        doc.down(12)
    doc.text(L, f"Batch totals: charges {m2(sm(grand, 'billed'))}   payments {m2(sm(grand, 'paid'))}   "
                f"contractual {m2(sm(grand, 'discount'))}   patient resp transferred "
                f"{m2(sm(grand, 'deductible') + sm(grand, 'coinsurance'))}", 7.4, True)
    doc.down(14)
    doc.text(L, "Codes column: group + reason as received on the ERA (CO45 contractual, PR1 deductible, PR2 "
                "coinsurance, CO253 sequestration).", 6.8)
    return b


# ============================================================================================ s1
def s1() -> Book:
    W, H = LETTER
    doc = Doc(W, H, "Helvetica", 7.4, top=40, bottom=40)
    b = Book("s1_therapy_clinic_family_statement", "reportlab",
             "Pediatric therapy clinic family statement, portrait Helvetica; amount-due box, visit rows per child "
             "with insurer claim numbers, detach stub.", doc)
    L, R = 36, W - 36
    doc.text(L, "Bramblewood Children's Therapy Center", 13, True, y=40)
    doc.text(L, "2200 Kestrel Parkway, Suite 110  -  Millbrook, IA 50211  -  (515) 555-0186", 7.5, y=52)
    doc.box(380, 30, 196, 62)
    for i, (k, v) in enumerate((("Statement date", "02/15/2026"), ("Account no.", "G-10385"),
                                ("Guarantor", "Celia Marchetti-Roe"), ("Amount due", None), ("Due by", "03/10/2026"))):
        doc.text(386, k, 7.2, True, y=42 + 11 * i)
        if v:
            doc.text(470, v, 7.2, y=42 + 11 * i)
    doc.y = 80
    for t in ("Celia Marchetti-Roe", "415 Ferncroft Drive", "Millbrook, IA 50211"):
        doc.text(L, t, 8)
        doc.down(10)
    doc.down(14)
    cols = [(L, 44, "l"), (L + 44, 96, "l"), (L + 140, 44, "l"), (L + 184, 150, "l"), (L + 334, 56, "l"),
            (L + 390, 44, "r"), (L + 434, 46, "r"), (L + 480, 46, "r"), (L + 526, 14, "r")]
    cols[-1] = (L + 480, 60, "r")
    cols[-2] = (L + 434, 46, "r")
    cols = [(L, 44, "l"), (L + 44, 90, "l"), (L + 134, 40, "l"), (L + 174, 150, "l"), (L + 324, 50, "l"),
            (L + 374, 42, "r"), (L + 416, 42, "r"), (L + 458, 42, "r"), (L + 500, 40, "r")]
    hd = ["Date", "Patient", "Visit #", "Description", "CPT", "Charges", "Ins. Paid", "Ins. Adj.", "Balance"]
    doc.box(L, doc.y - 9, R - L, 13, fill=0.2, stroke=False)
    for (x, w, al), h in zip(cols, hd):
        doc.text(x + (w - 2 if al == "r" else 2), h, 7.2, True, al if al == "r" else "l", gray=1.0)
    doc.down(15)
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    visits = [
        ("Luca Marchetti-Roe", "V-88104", "Otterbrook Health Plan", "OHP2601-7730418", D(2026, 1, 8),
         [Svc(D(2026, 1, 8), "97165", 1, ("GO",)), Svc(D(2026, 1, 8), "97533", 2, ("GO",))]),
        ("Luca Marchetti-Roe", "V-88231", "Otterbrook Health Plan", "OHP2601-7741932", D(2026, 1, 15),
         [Svc(D(2026, 1, 15), "97530", 2, ("GO",)), Svc(D(2026, 1, 15), "97533", 1, ("GO",))]),
        ("Sofia Marchetti-Roe", "V-88260", "Otterbrook Health Plan", "OHP2601-7745506", D(2026, 1, 16),
         [Svc(D(2026, 1, 16), "92523", 1, ("GN",))]),
        ("Sofia Marchetti-Roe", "V-88377", "Otterbrook Health Plan", "OHP2601-7759021", D(2026, 1, 23),
         [Svc(D(2026, 1, 23), "92507", 1, ("GN",)), Svc(D(2026, 1, 23), "97129", 1, ("GN",), denied="PR")]),
        ("Luca Marchetti-Roe", "V-88402", "Otterbrook Health Plan", "OHP2601-7762284", D(2026, 1, 29),
         [Svc(D(2026, 1, 29), "97530", 3, ("GO",))]),
    ]
    due = ZERO
    for pat, visit, ins, clm, dos, sv in visits:
        for s in sv:
            commercial(s, st)
        doc.text(L + 2, f"{dfmt(dos, 'mdy2')}   {pat}   Visit {visit}   Billed to {ins} on "
                        f"{dfmt(D(2026, 1, dos.day + 2), 'mdy2')}   Claim #{clm}", 6.8, True)
        doc.down(11)
        for s in sv:
            insadj = s.discount if not s.denied else ZERO
            bal = s.billed - s.paid - insadj
            due += bal
            doc.cells(cols, [dfmt(s.dos, "mdy2"), pat, visit, s.desc[:38], cm(s, "-"), m2(s.billed), m2(s.paid),
                             m2(insadj), m2(bal)])
            b.add(s, claim_id=visit, pcid=clm, patient=pat, units=False, remarks=[], overrides={
                "patient_owes": str(bal), "description": s.desc[:38].rstrip()}, printed=("billed", "paid"), tokens=[dfmt(s.dos, "mdy2"), cm(s, "-")])
            b.stmt.append((len(b.lines) - 1, s.billed, s.paid, insadj, bal))
            doc.down(11)
        b.claim(visit, clm, pat)
        doc.down(4)
    doc.hline(L, R)
    doc.down(11)
    doc.text(L + 2, "Patient payment received 01/30/2026 - thank you", 7.2)
    doc.text(cols[8][0] + cols[8][1] - 2, "-40.00", 7.2, align="r")
    due -= Decimal("40.00")
    doc.down(14)
    doc.text(L + 2, "PLEASE PAY THIS AMOUNT", 8.5, True)
    doc.text(cols[8][0] + cols[8][1] - 2, money(due), 8.5, True, "r")
    doc.text(470, money(due), 7.2, y=42 + 33)
    doc.down(16)
    doc.text(L, "Current  " + money(due) + "     31-60 days  $0.00     61-90 days  $0.00     Over 90  $0.00", 7.2)
    doc.down(12)
    doc.text(L, "Balances shown are what remains after your insurance processed each visit. Payment plans are "
                "available; call our billing office.", 7)
    y = H - 150
    doc.pages[-1].append(("l", L, y, R, y, 0.6))
    doc.text(W / 2, "- - - - - detach and return this portion with your payment - - - - -", 6.5, align="c", y=y - 4)
    doc.text(L, "Bramblewood Children's Therapy Center  -  PO Box 4471  -  Millbrook, IA 50211", 8, y=y + 20)
    doc.text(L, "Account no. G-10385     Guarantor Celia Marchetti-Roe", 8, y=y + 34)
    doc.text(L, "Amount due " + money(due) + "      Amount enclosed $__________", 8, True, y=y + 48)
    return b


# ============================================================================================ s2
def s2() -> Book:
    W, H = LAND
    fam = "DejaVuSansCondensed"
    doc = Doc(W, H, fam, 7.2, top=40, bottom=40)
    b = Book("s2_hospital_family_statement", "fpdf2",
             "Hospital outpatient family statement, landscape condensed sans with a left shaded sidebar; accounts per "
             "family member with revenue codes; an account continues on the next page.", doc)
    SB = 170
    L, R = SB + 24, W - 28
    accounts = [
        ("Harriet Quillfeather", "HA40099381", "Tamsin Ridge Health Plan", "TRH-26-004471203",
         [(430, Svc(D(2026, 1, 5), "97166", 1, ("GO",))), (430, Svc(D(2026, 1, 5), "97535", 2, ("GO",))),
          (430, Svc(D(2026, 1, 7), "97530", 2, ("GO",))), (430, Svc(D(2026, 1, 7), "97140", 1, ("GO",))),
          (430, Svc(D(2026, 1, 12), "97530", 2, ("GO",))), (430, Svc(D(2026, 1, 12), "97018", 1, ("GO",))),
          (430, Svc(D(2026, 1, 14), "97530", 3, ("GO",))), (430, Svc(D(2026, 1, 19), "97530", 2, ("GO",))),
          (430, Svc(D(2026, 1, 19), "97760", 1, ("GO",))), (274, Svc(D(2026, 1, 19), "L3807", 1, ("LT",))),
          (430, Svc(D(2026, 1, 21), "97530", 2, ("GO",))), (430, Svc(D(2026, 1, 26), "97168", 1, ("GO",))),
          (430, Svc(D(2026, 1, 26), "97530", 2, ("GO",))), (430, Svc(D(2026, 1, 28), "97530", 2, ("GO",))),
          (430, Svc(D(2026, 1, 28), "97112", 1, ("GO",)))],
         Decimal("1204.18"), Decimal("512.40")),
        ("Emmett Quillfeather", "HA40099517", "Tamsin Ridge Health Plan", "TRH-26-004480992",
         [(420, Svc(D(2026, 1, 9), "97161", 1, ("GP",))), (420, Svc(D(2026, 1, 9), "97116", 2, ("GP",))),
          (510, Svc(D(2026, 1, 9), "99213", 1)), (420, Svc(D(2026, 1, 16), "97110", 2, ("GP",)))],
         Decimal("402.55"), Decimal("166.33")),
        ("Wren Quillfeather", "HA40099602", "Tamsin Ridge Health Plan", "TRH-26-004488310",
         [(440, Svc(D(2026, 1, 13), "92523", 1, ("GN",))), (440, Svc(D(2026, 1, 20), "92507", 1, ("GN",))),
          (440, Svc(D(2026, 1, 27), "92507", 1, ("GN", "KX")))],
         Decimal("388.20"), Decimal("131.85")),
    ]
    tot_due = sum((sum((s.billed for _, s in a[4]), ZERO) - a[5] - a[6] for a in accounts), ZERO)

    def furn(d: Doc) -> None:
        d.box(0, 0, SB, H, fill=0.9, stroke=False)
        yy = 36
        for t, sz, bd in (("KINGSMERE VALLEY", 12, True), ("HOSPITAL", 12, True), ("Patient Financial Services", 7.5, False),
                          ("", 7, False), ("ACCOUNT SUMMARY", 8.5, True), ("Guarantor: Bryony Quillfeather", 7.2, False),
                          ("Guarantor no. 7710-3384", 7.2, False), ("Statement date 02/18/2026", 7.2, False),
                          (f"Total due {money(tot_due)}", 9, True), ("", 7, False), ("HOW TO PAY", 8.5, True),
                          ("Online: kvh-pay.example", 7.2, False), ("Phone: 1-877-555-0163", 7.2, False),
                          ("Mail: PO Box 90117, Kingsmere", 7.2, False), ("VT 05822", 7.2, False), ("", 7, False),
                          ("FINANCIAL ASSISTANCE", 8.5, True), ("You may qualify for reduced", 7.2, False),
                          ("charges. Ask us for an", 7.2, False), ("application.", 7.2, False)):
            if t:
                d.text(16, t, sz, bd, y=yy)
            yy += sz + 5
        d.text(L, "Family Statement of Hospital Outpatient Services", 11, True, y=28)
        d.text(R, f"Page {d.pno} of 2", 7.5, align="r", y=28)
        d.hline(L, R, 34, 0.8)
        d.y = 50
    doc.on_new_page = furn
    furn(doc)
    cols = [(L, 56, "l"), (L + 56, 34, "l"), (L + 90, 74, "l"), (L + 164, 240, "l"), (L + 404, 30, "r"),
            (L + 434, 70, "r"), (L + 504, 70, "r")]
    hd = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges", "Balance"]

    def acct_head(nm, acct, ins, clm, cont=False):
        doc.box(L, doc.y - 9, R - L, 13, fill=0.82)
        doc.text(L + 4, f"Patient: {nm}   Account {acct}{'   (continued)' if cont else ''}   Insurance: {ins}", 7.6,
                 True)
        doc.down(15)
        doc.cells(cols, hd, 7, True)
        doc.down(3)
        doc.hline(L, R, lw=0.4)
        doc.down(10)
    for nm, acct, ins, clm, items, inspaid, insadj in accounts:
        doc.need(60)
        acct_head(nm, acct, ins, clm)
        sv = [s for _, s in items]
        for rev, s in items:
            if doc.y > H - 56 or (acct == "HA40099381" and s is sv[10]):
                doc.new_page()
                acct_head(nm, acct, ins, clm, True)
            doc.cells(cols, [dfmt(s.dos, "mdy4"), f"0{rev}", cm(s, " "), s.desc, units_str(s.units), m2(s.billed),
                             None])
            b.add(s, claim_id=acct, pcid=clm, patient=nm, printed=("billed",),
                  tokens=[dfmt(s.dos, "mdy4"), cm(s, " "), f"0{rev}"])
            doc.down(10)
        tb = sm(sv, "billed")
        doc.cells(cols, [None, None, None, "Total charges", None, m2(tb), None], bold=True)
        doc.down(10)
        doc.cells(cols, [dfmt(D(2026, 2, 6), "mdy4"), None, None, f"Insurance payment - {ins} claim {clm}", None,
                         m2(-inspaid), None])
        doc.down(10)
        doc.cells(cols, [dfmt(D(2026, 2, 6), "mdy4"), None, None, "Insurance contractual adjustment", None,
                         m2(-insadj), None])
        doc.down(10)
        doc.cells(cols, [None, None, None, "Account balance", None, None, m2(tb - inspaid - insadj)], bold=True)
        b.claim(acct, clm, nm, billed=tb)
        doc.down(20)
    return b


LAYOUTS = [c1, c2, m1, m2_ma, d1, d2, p1, p2, s1, s2]


# ============================================================================================ check
NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?")


def nums(text: str) -> set[Decimal]:
    out = set()
    for t in NUM.findall(text):
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        v = t.strip("()$-").replace("$", "").replace(",", "")
        try:
            d = Decimal(v)
        except ArithmeticError:
            continue
        out.add(-d if neg else d)
        out.add(d)
    return out


def text_lines(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) < 2.5:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    rows.sort(key=lambda r: r[0])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def check(out: Path, books: list[Book]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    cont_docs = 0
    for b in books:
        pdf = out / f"{b.name}.pdf"
        with pdfplumber.open(pdf) as p:
            pages = [text_lines(pg) for pg in p.pages]
            if len(p.pages) != b.doc.pno:
                errs.append(f"{b.name}: page count {len(p.pages)} != {b.doc.pno}")
        doc_text = "\n".join("\n".join(x) for x in pages)
        for t in b.doc_tokens:
            if t not in doc_text:
                errs.append(f"{b.name}: id/patient {t!r} not in text")
        for pg, t in b.page_tokens:
            if t not in "\n".join(pages[pg - 1]):
                errs.append(f"{b.name}: {t!r} not on page {pg}")
        for pg, toks, span, idx in b.rows:
            ln = b.lines[idx]
            lines = pages[pg - 1]
            found = False
            for i, line in enumerate(lines):
                block = " ".join(lines[i:i + span])
                if not all(t in block for t in toks):
                    continue
                if ln["code"] and ln["code"] not in (line if span == 1 else block):
                    continue
                ns = nums(block)
                ok = all(Decimal(ln[k]) in ns for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                       "copay", "coinsurance", "not_covered", "discount")
                         if ln[k] is not None)
                ok = ok and all(m in block for m in ln["modifiers"]) and all(r in block for r in ln["remarks"])
                ok = ok and (ln["units"] is None or Decimal(ln["units"]) in nums(line))
                ok = ok and all(Decimal(a) in ns and (g + c in block.replace("-", "").replace(" ", ""))
                                for g, c, a in ln["adjustments"])
                if ok:
                    found = True
                    break
            if not found:
                errs.append(f"{b.name}: line {idx} ({ln['code']} {ln['service_date']}) not found on its row, p{pg}")
            if ln["service_end"]:
                e = date.fromisoformat(ln["service_end"])
                if dfmt(e, "mdy4") not in "\n".join(lines):
                    errs.append(f"{b.name}: service_end of line {idx} missing")
        # arithmetic
        for i, ln in enumerate(b.lines):
            g = {k: Decimal(v) if v is not None else None for k, v in ln.items()
                 if k in ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if i in b.all_adj_printed and ln["adjustments"]:
                if g["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != g["paid"]:
                    errs.append(f"{b.name}: line {i} billed - adjustments != paid")
            if None not in (g["allowed"], g["deductible"], g["copay"], g["coinsurance"], g["paid"]):
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    errs.append(f"{b.name}: line {i} allowed - cost share != paid")
            if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"{b.name}: line {i} billed - discount - not covered != allowed")
        for i, bl, pd, adj, bal in b.stmt:
            if bl - pd - adj != bal or Decimal(b.lines[i]["patient_owes"]) != bal:
                errs.append(f"{b.name}: statement row {i} does not balance")
        mism = 0
        for c in b.claims:
            mine = [ln for ln in b.lines if ln["payer_claim_id"] == c["payer_claim_id"]
                    and ln["claim_id"] == c["claim_id"]]
            if not mine:
                errs.append(f"{b.name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                if s != Decimal(v):
                    if any(c["payer_claim_id"] in f and v in f for f in b.findings):
                        mism += 1
                    else:
                        errs.append(f"{b.name}: claim {c['payer_claim_id']} {k} total {v} != {s}")
                elif v not in [str(x) for x in nums(doc_text)] and f"{Decimal(v):,.2f}" not in doc_text:
                    errs.append(f"{b.name}: claim total {v} not printed")
            if len({ln["page"] for ln in mine}) > 1:
                cont_docs += 1 if not getattr(b, "_cont", False) else 0
                b._cont = True  # type: ignore[attr-defined]
        if mism != len(b.findings):
            errs.append(f"{b.name}: {len(b.findings)} planted findings but {mism} real mismatches")
    if cont_docs < 3:
        errs.append(f"only {cont_docs} documents have a claim continuing onto a next page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]).resolve() if args else Path(tempfile.mkdtemp(prefix="heldout71_"))
    if (REPO / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    books = []
    for f in LAYOUTS:
        b = f()
        b.write(out)
        books.append(b)
        print(f"{b.name}.pdf  pages={b.doc.pno}  lines={len(b.lines)}  claims={len(b.claims)}")
    print(out)
    if "--check" in argv:
        errs = check(out, books)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
