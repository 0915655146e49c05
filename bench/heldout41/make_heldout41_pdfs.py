"""Write the FORTY-FIRST held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest,
independent measurement of the PDF reader on the five commonest real document kinds, two house styles each,
written without looking at the reader, its tests or its scores.

Run:  python bench/heldout41/make_heldout41_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout41/make_heldout41_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py), PRINTED values only, null for what a layout does not print (units null where no
quantity is printed); claim_id = the provider's own account / patient-control / visit / invoice number,
payer_claim_id = the payer's claim number / ICN / TCN / reference, patient = the person served, exactly as
printed (not the guarantor or subscriber unless the same person). Statements: "Insurance adjustment" is
recorded as the line's discount (a write-off printed without a code), "Insurance paid" as paid, the patient
balance as patient_owes. Member EOB / MSN note letters and RA EOB / RARC codes are the line's remarks;
adjustment triplets only where the page prints group + reason + amount. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Helper module: pdfkit41.py (canvas over both producers + table flow).

Layouts (10 files, 299 service lines, 16 pages; a claim continues onto the next page in c1, m2, d1, p1, s2):
  c1  commercial PPO member EOB for a family (reportlab, portrait, Liberation Sans): "Explanation of Benefits"
      banner with member box and plan-year accumulators, per-claim heads "Patient / Relationship / Claim No. /
      Provider / Provider Acct", Date of Service 01/05/2026 / wrapped Service / CPT-HCPCS / Modifier(s) "GO, 59" /
      Amount Billed / Plan Discount / Allowed / Not Covered / Deductible / Copay / Coinsurance / Plan Paid /
      Member Resp. / Remark, no units, a denied line the member owes, long claim continued with header repeated
  c2  commercial HMO family benefit statement (fpdf2, landscape, DejaVu Serif Condensed): boxed claims, Dates
      "Jan 5, 2026", Proc "97110-GP", Units, Provider Charges / Savings / Allowed / Deductible / Copay / Coins. /
      Not Covered / Benefits Paid / You Owe / Code, per-visit copay, four family members, notes legend
  m1  Medicare Summary Notice Part B (reportlab, portrait, core Helvetica): dashboard page, claim heads with claim
      number and provider, Date / Service Provided & Billing Code "(97110)" / Approved? / Amount Provider Charged /
      Medicare-Approved / Medicare Paid / Maximum You May Be Billed / See Notes letters, no units, no modifiers
  m2  Medicare Advantage PPO member EOB (fpdf2, portrait, Liberation Sans Narrow): ruled claim heads with plan
      claim ID and "provider's reference", Date of service / Service / Code / Provider's charge / Plan's allowed
      amount / Plan paid / Copay / Coinsurance / You pay / Notes, $ money, visit copays, claim continued on page 2
  d1  state Medicaid remittance advice (reportlab, landscape, core Courier): PAID / DENIED / VOIDED sections,
      RECIPIENT / MEDICAID ID / PCN / ICN heads, LN / FROM MMDDYY / THRU / PROC / MODS / UNITS "3.000" /
      BILLED / ALLOWED / PAID / ADJ "CO 45" + amount / EOB, a void with trailing minus, claim continued on page 2
  d2  state Medicaid portal remittance (fpdf2, portrait, DejaVu Sans Condensed): gridded claim tables, From / To
      dates 01/05/2026 (service_end set), Proc / Mod / Qty / Charged / Allowed / Adj Code / Adj Amt / Paid / RARC,
      denied claim, claim totals
  p1  clearinghouse printed Medicare Part B remittance (fpdf2, landscape, Liberation Mono): one amount column per
      adjustment (CO-45 / PR-1 / PR-2 / CO-253 / Other), Pat Acct / HICN-MBI / ICN claim heads, "97110:GP:KX",
      units, claim continued on page 2, a denial in the Other column
  p2  practice-management "Insurance Payment Report" (reportlab, portrait, DejaVu Sans): patient heads with
      account and payer claim number, DOS 1/5/2026 / Code / Mod / Units "1.00" / Billed / Allowed / Paid /
      Adjustments "CO-45: 12.34; PR-2: 5.00" / Remark, a reversal in parentheses and its corrected claim
  s1  outpatient therapy clinic family statement (fpdf2, portrait, Liberation Serif): guarantor box, visit rows
      with invoice no. and insurer claim no., Date / Patient / Description / CPT / Mod / Charges / Ins. Paid /
      Ins. Adj. / Your Balance, three children, amount due box
  s2  hospital outpatient rehab itemized statement (reportlab, landscape, DejaVu Serif Condensed): encounter
      accounts per family member, Service Date / Rev / HCPCS / Mod / Description / Qty / Charges / Insurance
      Payments / Adjustments / Patient Balance, insurance reference per account, a 31-line account continued
      onto page 2 WITHOUT a repeated heading

--check verifies: page counts; for each truth line, its printed row (code, date, modifiers, units, amounts,
adjustment text) sits on ONE text line of its page (pdfplumber), each truth amount/code/units value is among
that row's strings; claim ids / payer ids / patients are in the document text; arithmetic: billed - discount -
not covered = allowed and allowed - deductible - copay - coinsurance = paid where printed, billed -
adjustments = paid where adjustments are printed, statements billed - paid - adjustment = balance; claim totals
are the sum of their lines and printed on the page; and which claims cross a page break.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
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
from pdfkit41 import Canvas, Col, Flow  # noqa: E402

# Codes this set uses beyond the shared charge master (invented prices, our own wording).
eobgen.FEE.setdefault("97533", "88.00")
eobgen.SCHED.setdefault("97533", "31.20")
eobgen.DESC.setdefault("97533", "Sensory integration activities")

D = date


def M(x):  # $1,234.50
    return money(x, "$")


def N(x):  # 1,234.50
    return money(x, ",")


def days(start: date, n: int, step=(0, 2, 7, 9, 14, 16, 21, 23, 28, 30)) -> list[date]:
    return [start + timedelta(days=step[i]) for i in range(n)]


def mwf(start: date, n: int) -> list[date]:
    """Monday / Wednesday / Friday therapy days from a Monday."""
    out, d = [], start
    while len(out) < n:
        if d.weekday() in (0, 2, 4):
            out.append(d)
        d += timedelta(days=1)
    return out


def visits(dates, pattern, fn) -> list[Svc]:
    out = []
    for i, d in enumerate(dates):
        for code, u, mods in pattern[i % len(pattern)]:
            out.append(fn(Svc(d, code, Decimal(str(u)), tuple(mods))))
    return out


class Sink:
    def __init__(self):
        self.lines, self.claims, self.tokens = [], [], []


def render(path: Path, producer: str, font: str, landscape: bool, head, foot, body, margins=(40, 40)):
    """Two passes (the second knows the page total). Returns (pages, sink)."""
    total = None
    for _ in range(2):
        cv = Canvas(path, producer, font, landscape)
        fl = Flow(cv, 0, cv.H - margins[1], margins[0], head, foot, total)
        sink = Sink()
        fl.start()
        body(cv, fl, sink)
        fl.finish()
        total = cv.pages
        if _ == 1:
            cv.save()
    sink.tokens = [r[1] for r in fl.rows]
    pages = [r[0] for r in fl.rows]
    assert len(pages) == len(sink.lines), (path.name, len(pages), len(sink.lines))
    for ln, pg in zip(sink.lines, pages):
        ln["page"] = pg
    return total, sink


def add_line(sink, s, cl, printed, **kw):
    sink.lines.append(truth_line(0, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"),
                                 patient=cl.get("patient"), printed=printed, **kw))


def add_claim(sink, cl, svcs, billed=None, allowed=None, paid=None, owes=None):
    sink.claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"), "patient": cl.get("patient"),
                        "totals": claim_totals(billed, allowed, paid, owes)})


def tot(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


def modtxt(s, sep=" "):
    return sep.join(s.mods)


# =============================================================================================== c1
def make_c1(out: Path):
    name = "h41_c1_ppo_member_eob.pdf"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    tamsin = [
        ("Tamsin Aldecott-Ruiz", "Dependent child", "BRK26-0114-00387", "RH-558201", "Brookfield Pediatric Therapy",
         visits(mwf(D(2026, 1, 5), 12), [[("97530", 2, ("GO",)), ("97535", 1, ("GO",)), ("97112", 1, ("GO", "59"))],
                                          [("97530", 3, ("GO",)), ("97110", 1, ("GO",))]], lambda s: commercial(s, st)))]
    fam = [
        ("Wendell Aldecott-Ruiz", "Self", "BRK26-0121-01162", "77304", "Lakeshore Hand & Upper Limb Clinic",
         visits(days(D(2026, 1, 7), 3), [[("97165", 1, ("GO",)), ("97760", 1, ("GO",))], [("97140", 2, ("GO",)),
                                          ("L3807", 1, ("RT",))], [("97110", 2, ("GO", "KX"))]],
                lambda s: commercial(s, st))),
        ("Priya Aldecott-Ruiz", "Spouse", "BRK26-0126-02215", "SPH0094417", "Harbor Speech and Language Center",
         visits(days(D(2026, 1, 12), 2), [[("92523", 1, ()), ("0552T", 1, ())], [("92507", 1, ("GN",))]],
                lambda s: commercial(Svc(s.dos, s.code, s.units, s.mods, denied="PR" if s.code == "0552T" else None),
                                     st))),
    ] + tamsin
    notes = {"A": "Amount above the network rate; the provider may not bill you for it.",
             "B": "Applied to your plan-year deductible.",
             "C": "This service is excluded under your plan; you are responsible for it.",
             "D": "Coinsurance share after deductible."}

    def rmk(s):
        if s.denied:
            return "C"
        r = ["A"]
        if s.deductible:
            r.append("B")
        if s.coinsurance:
            r.append("D")
        return " ".join(r)

    cols = [Col("Date of\nService", 44), Col("Service", 98, wrap=True), Col("CPT/\nHCPCS", 30), Col("Modifier(s)", 40),
            Col("Amount\nBilled", 38, "r"), Col("Plan\nDiscount", 36, "r"), Col("Allowed", 36, "r"),
            Col("Not\nCovered", 34, "r"), Col("Deduct-\nible", 32, "r"), Col("Copay", 26, "r"),
            Col("Coins-\nurance", 32, "r"), Col("Plan\nPaid", 36, "r"), Col("Member\nResp.", 36, "r"),
            Col("Rmk", 22)]

    def head(cv, pg, total):
        cv.text(40, 42, "NORTHWIND MUTUAL HEALTH", 14, True)
        cv.text(40, 54, "PPO Plus Network  |  PO Box 44910, Fairmont, OH 43299", 7)
        cv.text(cv.W - 40, 42, "Explanation of Benefits", 12, True, "r")
        cv.text(cv.W - 40, 54, f"THIS IS NOT A BILL      Page {pg} of {total or '-'}", 7, align="r")
        cv.hline(40, cv.W - 40, 60, 1.2)
        return 66

    def foot(cv, pg, total):
        cv.text(40, cv.H - 24, "Questions? Call Member Services at 1-800-555-0148 (TTY 711), Mon-Fri 8 a.m. - 8 p.m.", 6.5,
                gray=0.3)

    def body(cv, fl, sink):
        cv.rect(40, fl.y + 4, 250, 62)
        for i, t in enumerate(["Member: WENDELL ALDECOTT-RUIZ", "Member ID: NWM884120377", "Group: 0041877  Okafor Logistics LLC",
                               "Statement date: 02/06/2026", "Period: 01/01/2026 - 01/31/2026"]):
            cv.text(46, fl.y + 16 + i * 11, t, 7.5, i == 0)
        cv.rect(306, fl.y + 4, cv.W - 346, 62)
        cv.text(312, fl.y + 16, "Family plan-year totals", 7.5, True)
        for i, t in enumerate(["In-network deductible:  $150.00 met of $1,500.00",
                               "Out-of-pocket maximum:  $612.38 met of $6,000.00",
                               "Coinsurance: you pay 20% after deductible"]):
            cv.text(312, fl.y + 28 + i * 11, t, 7)
        fl.y += 76
        for patient, rel, clm, acct, prov, svcs in fam:
            cl = {"acct": acct, "icn": clm, "patient": patient}
            fl.need(60)
            fl.y += 6
            cv.rect(40, fl.y, cv.W - 80, 14, fill=0.85, stroke=False)
            cv.text(44, fl.y + 10, f"Patient: {patient}   Relationship: {rel}   Claim No. {clm}", 8, True)
            fl.y += 14
            fl.text(f"Provider: {prov}   Provider Acct: {acct}   Network status: In network", 7.5)
            fl.y += 2

            def again(cl=cl, clm=clm, patient=patient):
                fl.text(f"Patient: {patient}   Claim No. {clm} (continued)", 8, True)
                fl.col_head(cols, 6.5)
            fl.on_break = again
            fl.col_head(cols, 6.5)
            for s in svcs:
                fl.row(cols, [dfmt(s.dos, "mdy4"), s.desc, s.code, modtxt(s, ", "), N(s.billed), N(s.discount),
                              N(s.allowed), N(s.not_covered), N(s.deductible), N(s.copay), N(s.coinsurance),
                              N(s.paid), N(s.owes), rmk(s)], 6.5, register=True)
                add_line(sink, s, cl, ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                       "coinsurance", "paid", "patient_owes"), units=False, remarks=rmk(s).split())
            fl.on_break = None
            cv.hline(40, cv.W - 40, fl.y, 0.6)
            fl.row(cols, ["", "Claim totals", "", "", N(tot(svcs, "billed")), N(tot(svcs, "discount")),
                          N(tot(svcs, "allowed")), N(tot(svcs, "not_covered")), N(tot(svcs, "deductible")),
                          N(tot(svcs, "copay")), N(tot(svcs, "coinsurance")), N(tot(svcs, "paid")),
                          N(tot(svcs, "owes")), ""], 6.5, bold=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
            fl.text(f"We paid {M(tot(svcs, 'paid'))} to {prov}.", 7)
        fl.y += 8
        fl.text("Remark codes", 8, True)
        for k, v in notes.items():
            fl.text(f"{k}  {v}", 7)
        return notes

    pages, sink = render(out / name, "reportlab", "LiberationSans", False, head, foot, body)
    return name, "reportlab", pages, "commercial PPO member EOB, family, no units", sink, list(notes.items())


# =============================================================================================== c2
def make_c2(out: Path):
    name = "h41_c2_hmo_benefit_statement.pdf"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.74"))
    fam = [
        ("Oskar Venterpool", "Son", "HM2601-883140", "V-40221", "Sunridge Kids Therapy Group",
         visits(days(D(2026, 1, 6), 4), [[("97530", 2, ("GO",)), ("97112", 1, ("GO",))], [("92507", 1, ("GN",))]],
                lambda s: commercial(s, st))),
        ("Liesl Venterpool", "Daughter", "HM2601-883141", "V-40229", "Sunridge Kids Therapy Group",
         visits(days(D(2026, 1, 8), 3), [[("92523", 1, ("GN",))], [("92507", 1, ("GN",)), ("97129", 1, ("GN",))]],
                lambda s: commercial(s, st))),
        ("Marta Venterpool", "Spouse", "HM2601-902277", None, "Eastgate Physical Therapy",
         visits(days(D(2026, 1, 13), 3), [[("97161", 1, ("GP",)), ("97140", 1, ("GP",))], [("97110", 2, ("GP",)),
                                           ("G0283", 1, ("GP",))], [("97110", 2, ("GP",)), ("97140", 1, ("GP", "59"))]],
                lambda s: commercial(s, st))),
        ("Anders Venterpool", "Subscriber", "HM2601-915006", "EG-11873", "Eastgate Physical Therapy",
         visits([D(2026, 1, 20)], [[("97163", 1, ("GP",)), ("97116", 1, ("GP",)), ("0552T", 1, ())]],
                lambda s: commercial(Svc(s.dos, s.code, s.units, s.mods, denied="CO" if s.code == "0552T" else None),
                                     st, deny_reason="96"))),
    ]
    notes = {"10": "Your $25.00 office visit copay applies once per visit day.",
             "22": "Network pricing applied; the difference is not your responsibility.",
             "41": "Not covered; the provider agreed not to bill you for this service."}

    def code(s):
        return "41" if s.denied else ("10" if s.copay else "22")

    cols = [Col("Dates", 54), Col("Description", 150, wrap=True), Col("Proc", 50), Col("Units", 28, "r"),
            Col("Provider\nCharges", 48, "r"), Col("Savings", 44, "r"), Col("Allowed", 44, "r"),
            Col("Deductible", 44, "r"), Col("Copay", 36, "r"), Col("Coins.", 36, "r"), Col("Not\nCovered", 40, "r"),
            Col("Benefits\nPaid", 44, "r"), Col("You\nOwe", 40, "r"), Col("Code", 26, "c")]

    def head(cv, pg, total):
        cv.rect(36, 24, cv.W - 72, 30, fill=0.2, stroke=False)
        cv.text(46, 44, "CRESTLINE HEALTH PARTNERS HMO", 13, True, gray=1.0)
        cv.text(cv.W - 46, 44, "Benefit Statement", 11, True, "r", gray=1.0)
        cv.text(36, 66, "Prepared for: ANDERS VENTERPOOL   Member No. CHP-3307-2291-00   Statement No. 2026020311", 7.5)
        cv.text(cv.W - 36, 66, f"Page {pg} of {total or '-'}", 7.5, align="r")
        return 72

    def foot(cv, pg, total):
        cv.hline(36, cv.W - 36, cv.H - 30, 0.4)
        cv.text(36, cv.H - 20, "Crestline Health Partners, 900 Quarry Road, Arden Hills, MN 55199.  Keep this statement "
                "for your records.", 6.5)

    def body(cv, fl, sink):
        fl.left = 36
        fl.text("Here is how we processed the claims for your family this month. Amounts are in U.S. dollars.", 8)
        fl.y += 4
        for patient, rel, clm, acct, prov, svcs in fam:
            cl = {"acct": acct, "icn": clm, "patient": patient}
            fl.need(70)
            fl.y += 8
            cv.rect(36, fl.y, cv.W - 72, 26)
            cv.text(42, fl.y + 10, f"{patient} ({rel})", 9, True)
            cv.text(300, fl.y + 10, f"Claim {clm}", 8)
            cv.text(42, fl.y + 21, f"Provider: {prov}" + (f"   Patient account: {acct}" if acct else ""), 7.5)
            cv.text(cv.W - 42, fl.y + 10, "Processed 01/30/2026", 7.5, align="r")
            fl.y += 28
            fl.col_head(cols, 6.8, shade=None)
            for s in svcs:
                fl.row(cols, [dfmt(s.dos, "mon"), s.desc, f"{s.code}-{s.mods[0]}" if s.mods else s.code,
                              units_str(s.units), N(s.billed), N(s.discount), N(s.allowed), N(s.deductible),
                              N(s.copay), N(s.coinsurance), N(s.not_covered), N(s.paid), N(s.owes), code(s)], 6.8,
                       register=True)
                add_line(sink, s, cl, ("billed", "discount", "allowed", "deductible", "copay", "coinsurance",
                                       "not_covered", "paid", "patient_owes"), remarks=[code(s)],
                         overrides={"modifiers": list(s.mods[:1])})
            cv.hline(36, cv.W - 36, fl.y, 0.4)
            fl.row(cols, ["Total", "", "", "", N(tot(svcs, "billed")), N(tot(svcs, "discount")),
                          N(tot(svcs, "allowed")), N(tot(svcs, "deductible")), N(tot(svcs, "copay")),
                          N(tot(svcs, "coinsurance")), N(tot(svcs, "not_covered")), N(tot(svcs, "paid")),
                          N(tot(svcs, "owes")), ""], 6.8, bold=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
        fl.y += 10
        fl.text("What the codes mean", 8.5, True)
        for k, v in notes.items():
            fl.text(f"{k}   {v}", 7.5)

    pages, sink = render(out / name, "fpdf2", "DejaVuSerifCondensed", True, head, foot, body, margins=(36, 36))
    return name, "fpdf2", pages, "commercial HMO family benefit statement", sink, list(notes.items())


# =============================================================================================== m1
def make_m1(out: Path):
    name = "h41_m1_medicare_summary_notice.pdf"
    st = PlanState(ded_left=Decimal("283.00"))
    patient = "CLEMENTINE J. HOLLOWAY"
    claims = [
        ("Riverbend Outpatient Rehabilitation", "26-011-04418-702", "Dr. Anil Sethuraman",
         visits(days(D(2026, 1, 5), 4), [[("97161", 1, ("GP",)), ("97110", 2, ("GP",))],
                                          [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))],
                                          [("97110", 2, ("GP", "KX")), ("97116", 1, ("GP",))],
                                          [("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",))]],
                lambda s: medicare(s, st))),
        ("Meadowlark Hand Therapy", "26-018-11920-331", "Dr. Yvette Okoro",
         visits([D(2026, 1, 14), D(2026, 1, 21)], [[("97165", 1, ("GO",)), ("97760", 1, ("GO",)), ("0552T", 1, ())],
                                                   [("97530", 2, ("GO",)), ("G0283", 1, ())]],
                lambda s: medicare(Svc(s.dos, s.code, s.units, s.mods, denied="PR" if s.code == "0552T" else None), st,
                                   deny_reason="50"))),
    ]
    notes = {"A": "This amount counts toward your Part B deductible.",
             "B": "You may be billed up to 20% of the Medicare-approved amount.",
             "C": "Medicare does not pay for this item or service; the provider may bill you for it.",
             "D": "Payment to the provider was reduced by 2% under federal law."}

    def nt(s):
        if s.denied:
            return "C"
        r = []
        if s.deductible:
            r.append("A")
        if s.coinsurance:
            r.append("B")
        if s.seq:
            r.append("D")
        return ", ".join(r)

    cols = [Col("Date", 46), Col("Service Provided & Billing Code", 170, wrap=True), Col("Service\nApproved?", 46, "c"),
            Col("Amount\nProvider\nCharged", 52, "r"), Col("Medicare-\nApproved\nAmount", 52, "r"),
            Col("Amount\nMedicare\nPaid", 52, "r"), Col("Maximum You\nMay Be\nBilled", 58, "r"),
            Col("See\nNotes", 40, "c")]

    def head(cv, pg, total):
        cv.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 12, True)
        cv.text(40, 52, f"{patient}   Medicare Number XXX-XX-7731A   Notice date February 9, 2026", 7.5)
        cv.text(cv.W - 40, 52, f"Page {pg} of {total or '-'}", 7.5, align="r")
        cv.hline(40, cv.W - 40, 58, 1.0)
        return 64

    def foot(cv, pg, total):
        cv.text(40, cv.H - 22, "THIS IS NOT A BILL  |  Call 1-800-555-0190 with questions  |  Keep this notice for "
                "your records", 6.5)

    def body(cv, fl, sink):
        fl.text("Your Claims & Costs This Period: October 1, 2025 - January 31, 2026", 10, True, dy=18)
        cv.rect(40, fl.y + 6, 260, 70)
        allsv = [s for c in claims for s in c[3]]
        for i, t in enumerate(["Your Deductible Status", "Your deductible is what you must pay each year before",
                               "Medicare begins to pay. You have now met $283.00 of", "your $283.00 Part B deductible for 2026.",
                               ""]):
            cv.text(46, fl.y + 18 + i * 11, t, 7.5, i == 0)
        cv.rect(316, fl.y + 6, cv.W - 356, 70)
        cv.text(322, fl.y + 18, "Did Medicare approve all services?", 7.5, True)
        cv.text(322, fl.y + 30, "NO - one service was not approved. See claim 2.", 7.5)
        cv.text(322, fl.y + 46, "Total you may be billed:", 7.5, True)
        cv.text(cv.W - 46, fl.y + 46, M(tot(allsv, "owes")), 9, True, "r")
        fl.y += 84
        fl.text("Providers with claims this period", 8, True)
        for prov, clm, ref, svcs in claims:
            fl.text(f"{prov}   {dfmt(svcs[0].dos, 'month')} - {dfmt(svcs[-1].dos, 'month')}", 7.5)
        fl.y += 14
        fl.text("Your Claims for Part B (Medical Insurance)", 11, True)
        fl.text("Part B helps pay for outpatient services such as physical, occupational and speech therapy.", 7.5)
        for prov, clm, ref, svcs in claims:
            cl = {"acct": None, "icn": clm, "patient": patient}
            fl.need(90)
            fl.y += 10
            cv.rect(40, fl.y, cv.W - 80, 30, fill=0.9, stroke=False)
            cv.text(46, fl.y + 11, f"{prov}, 4410 Larkspur Ave, Suite 2, Kettering, OH 45429", 8, True)
            cv.text(46, fl.y + 23, f"Referred by: {ref}   Claim number {clm}   Assigned", 7.5)
            fl.y += 32
            fl.col_head(cols, 6.8, shade=None)
            for s in svcs:
                fl.row(cols, [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code})", "No" if s.denied else "Yes",
                              M(s.billed), M(s.allowed), M(s.paid), M(s.owes), nt(s)], 7.2, register=True)
                add_line(sink, s, cl, ("billed", "allowed", "paid", "patient_owes"), units=False, modifiers=False,
                         remarks=nt(s).split(", "))
            cv.hline(40, cv.W - 40, fl.y, 0.6)
            fl.row(cols, ["", "Total for this claim", "", M(tot(svcs, "billed")), M(tot(svcs, "allowed")),
                          M(tot(svcs, "paid")), M(tot(svcs, "owes")), ""], 7.2, bold=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
        fl.y += 10
        fl.text("Notes for Your Claims", 9, True)
        for k, v in notes.items():
            fl.text(f"{k}  {v}", 7.5)

    pages, sink = render(out / name, "reportlab", "Helvetica", False, head, foot, body)
    return name, "reportlab", pages, "Medicare Summary Notice Part B", sink, list(notes.items())


# =============================================================================================== m2
def make_m2(out: Path):
    name = "h41_m2_medicare_advantage_eob.pdf"

    st1 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    # Medicare Advantage: $30 per-day copay on therapy visits, plan pays the rest of the allowed amount.
    seen: set = set()

    def copay_plan(s):
        s = medicare(s, st1, sequestration=False)
        s.desc = eobgen.LONG_DESC.get(s.code, s.desc)
        if s.denied:
            return s
        s.coinsurance = ZERO
        key = s.dos
        s.copay = min(Decimal("30.00"), s.allowed) if key not in seen else ZERO
        seen.add(key)
        s.paid = s.allowed - s.copay
        s.owes = s.copay
        s.adjs = [("CO", "45", s.discount)] + ([("PR", "3", s.copay)] if s.copay else [])
        return s
    patient = "Rosalind T. Quimby"
    claims = [
        ("MA26-0007716-01", "RQ-55120", "Cobblestone Therapy Associates",
         visits(mwf(D(2026, 1, 5), 12), [[("97110", 2, ()), ("97140", 1, ()), ("97530", 1, ()), ("97112", 1, ())],
                                          [("97112", 1, ()), ("97110", 1, ()), ("97116", 1, ()), ("97140", 1, ())]],
                copay_plan)),
        ("MA26-0008102-01", None, "Cobblestone Therapy Associates",
         visits([D(2026, 1, 28)], [[("97163", 1, ()), ("0552T", 1, ())]],
                lambda s: copay_plan(Svc(s.dos, s.code, s.units, denied="CO" if s.code == "0552T" else None)))),
    ]
    for s in claims[1][3]:
        if s.denied:
            s.adjs = [("CO", "197", s.billed)]
    notes = {"1": "Your specialist visit copay is $30.00 per day of therapy.",
             "2": "Prior authorization was not obtained. You do not owe this amount."}
    cols = [Col("Date of\nservice", 44), Col("Service", 120, wrap=True), Col("Code", 32), Col("Provider's\ncharge", 48, "r"),
            Col("Plan's allowed\namount", 54, "r"), Col("Plan paid", 44, "r"), Col("Copay", 36, "r"),
            Col("Coinsurance", 46, "r"), Col("You pay", 42, "r"), Col("Notes", 26, "c")]

    def head(cv, pg, total):
        cv.text(40, 40, "SILVERPINE Medicare Advantage PPO", 13, True)
        cv.text(40, 52, "Explanation of Benefits for Rosalind T. Quimby   Member ID SPA-71002846", 8)
        cv.text(cv.W - 40, 40, "January 2026", 9, True, "r")
        cv.text(cv.W - 40, 52, f"Page {pg} of {total or '-'}", 7.5, align="r")
        cv.hline(40, cv.W - 40, 58, 0.8)
        return 62

    def foot(cv, pg, total):
        cv.text(40, cv.H - 22, "Silverpine Health Plans is an HMO/PPO plan with a Medicare contract. H9901_EOB26_M", 6.5)

    def body(cv, fl, sink):
        cv.rect(40, fl.y + 6, cv.W - 80, 44)
        allsv = [s for c in claims for s in c[3]]
        cv.text(48, fl.y + 20, "Your total costs for medical services this month", 8, True)
        cv.text(48, fl.y + 34, f"Plan paid {M(tot(allsv, 'paid'))}      You paid or may owe {M(tot(allsv, 'owes'))}", 8)
        fl.y += 60
        fl.text("Your medical claims in detail", 10, True)
        for i, (clm, ref, prov, svcs) in enumerate(claims, 1):
            cl = {"acct": ref, "icn": clm, "patient": patient}
            fl.need(60)
            fl.y += 8
            cv.hline(40, cv.W - 40, fl.y, 1.2)
            fl.text(f"Claim {i} of {len(claims)}   Plan claim ID {clm}   {prov} (in network)", 8, True)
            if ref:
                fl.text(f"Provider's reference {ref}   Received 02/02/2026   Processed 02/04/2026", 7.5)

            def again(clm=clm):
                fl.text(f"Claim {clm} continued", 8, True)
                fl.col_head(cols, 6.8, shade=0.93)
            fl.on_break = again
            fl.col_head(cols, 6.8, shade=0.93)
            for s in svcs:
                nt = "2" if s.denied else ("1" if s.copay else "")
                fl.row(cols, [dfmt(s.dos, "mdy2"), s.desc, s.code, M(s.billed), M(s.allowed), M(s.paid), M(s.copay),
                              M(s.coinsurance), M(s.owes), nt], 7, register=True)
                add_line(sink, s, cl, ("billed", "allowed", "paid", "copay", "coinsurance", "patient_owes"),
                         units=False, modifiers=False, remarks=[nt] if nt else [])
            fl.on_break = None
            cv.hline(40, cv.W - 40, fl.y, 0.5)
            fl.row(cols, ["", "Claim total", "", M(tot(svcs, "billed")), M(tot(svcs, "allowed")), M(tot(svcs, "paid")),
                          M(tot(svcs, "copay")), M(tot(svcs, "coinsurance")), M(tot(svcs, "owes")), ""], 7, bold=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"), tot(svcs, "owes"))
        fl.y += 10
        fl.text("Notes", 9, True)
        for k, v in notes.items():
            fl.text(f"{k}.  {v}", 7.5)

    pages, sink = render(out / name, "fpdf2", "LiberationSansNarrow", False, head, foot, body)
    return name, "fpdf2", pages, "Medicare Advantage PPO member EOB", sink, list(notes.items())


# =============================================================================================== d1
def make_d1(out: Path):
    name = "h41_d1_medicaid_ra_courier.pdf"

    def mcd(code, u, mods, d, deny=None):
        return medicaid(Svc(d, code, Decimal(str(u)), tuple(mods), denied="CO" if deny else None),
                        deny_reason=deny or "197")

    paid = [
        ("DUNMORE, KAIYA", "MC40918273", "PC260105A", "2026012004417", [
            mcd(c, u, m, d) for d in mwf(D(2026, 1, 5), 12)
            for c, u, m in (("97530", 3, ("GO", "U1")), ("97110", 1, ("GO",)), ("97535", 2, ("GO",)),
                            ("97112", 1, ("GO", "59")))]),
        ("DUNMORE, ELIAS", "MC40918281", "PC260106B", "2026012004418", [
            mcd(c, u, m, d) for d in days(D(2026, 1, 6), 2) for c, u, m in (("92507", 1, ("GN",)),)]),
    ]
    denied = [("FERRIWEATHER, JOSIAH", "MC51102265", "PC260112C", "2026012004421",
               [mcd("97533", 4, ("GO",), D(2026, 1, 12), deny="15") if False else
                mcd("97112", 2, ("GO",), D(2026, 1, 12), deny="15"),
                mcd("97140", 1, ("GO",), D(2026, 1, 12), deny="15")])]
    orig = [mcd("97530", 2, ("GO",), D(2025, 12, 15)), mcd("97168", 1, ("GO",), D(2025, 12, 15))]
    voided = [("PELLEGRINO, NOOR", "MC38800127", "PC251215D", "2026012004399", [negate(s) for s in orig])]
    eob = {"0045": "Payment is the program's fee schedule amount.",
           "0197": "No prior approval on file for this service.",
           "0015": "Authorized units exceeded for this recipient.",
           "0920": "Claim voided at provider request; replacement follows."}
    cols = [Col("LN", 18), Col("FROM", 40), Col("THRU", 40), Col("PROC", 36), Col("MODS", 46), Col("UNITS", 40, "r"),
            Col("BILLED", 56, "r"), Col("ALLOWED", 56, "r"), Col("PAID", 56, "r"), Col(" ADJ", 50),
            Col("ADJ AMT", 56, "r"), Col(" EOB", 40)]

    def head(cv, pg, total):
        cv.text(36, 34, "STATE OF WESTMARK  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", 9, True)
        cv.text(36, 46, "REMITTANCE ADVICE                 PAYEE: LITTLE OAKS PEDIATRIC THERAPY LLC   PAYEE ID 7004412901", 8)
        cv.text(36, 57, f"RA NUMBER 0002231145   WARRANT DATE 02/06/2026   PAGE {pg:>3} OF {total or 0:>3}", 8)
        cv.hline(36, cv.W - 36, 62, 0.5)
        return 64

    def foot(cv, pg, total):
        cv.text(36, cv.H - 20, "KEEP THIS RA WITH YOUR RECORDS. QUESTIONS: PROVIDER RELATIONS 1-800-555-0137", 7)

    def body(cv, fl, sink):
        fl.left = 36
        for title, group, eobc in (("CLAIMS PAID", paid, "0045"), ("CLAIMS DENIED", denied, None),
                                   ("CLAIMS VOIDED", voided, "0920")):
            fl.y += 6
            fl.text(f"***** {title} *****", 8.5, True)
            for rname, rid, pcn, icn, svcs in group:
                cl = {"acct": pcn, "icn": icn, "patient": rname}
                fl.need(40)
                fl.text(f"RECIPIENT: {rname:<24} MEDICAID ID: {rid}   PCN: {pcn}   ICN: {icn}", 7.5, True)

                def again(rname=rname, icn=icn):
                    fl.text(f"RECIPIENT: {rname} (CONTINUED)   ICN: {icn}", 7.5, True)
                    fl.col_head(cols, 7, shade=None)
                fl.on_break = again
                fl.col_head(cols, 7, shade=None)
                for i, s in enumerate(svcs, 1):
                    trail = lambda x: money(x, "", "trail")  # noqa: E731
                    a = s.adjs[0] if s.adjs else None
                    ec = eobc if not s.denied else "0" + s.adjs[0][1].zfill(3)
                    fl.row(cols, [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods),
                                  f"{s.units:.3f}" if s.units >= 0 else f"{-s.units:.3f}-", trail(s.billed),
                                  trail(s.allowed), trail(s.paid), f" {a[0]} {a[1]}" if a else "",
                                  trail(a[2]) if a else "", " " + ec], 7, register=True)
                    add_line(sink, s, cl, ("billed", "allowed", "paid"), adjustments=s.adjs[:1], remarks=[ec],
                             service_end=s.dos, overrides={"units": units_str(s.units) if s.units >= 0 else
                                                           units_str(s.units)})
                fl.on_break = None
                fl.row(cols, ["", "CLAIM TOTAL", "", "", "", "", money(tot(svcs, "billed"), "", "trail"),
                              money(tot(svcs, "allowed"), "", "trail"), money(tot(svcs, "paid"), "", "trail"), "", "",
                              ""], 7, bold=True)
                add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"))
        fl.y += 8
        fl.text("EOB CODE DESCRIPTIONS", 8, True)
        for k, v in eob.items():
            fl.text(f"{k}  {v.upper()}", 7)

    pages, sink = render(out / name, "reportlab", "Courier", True, head, foot, body, margins=(36, 34))
    # the voided lines print units as "2.000-"; truth records the printed quantity as negative
    return name, "reportlab", pages, "state Medicaid RA, fixed-width", sink, list(eob.items())


# =============================================================================================== d2
def make_d2(out: Path):
    name = "h41_d2_medicaid_portal_ra.pdf"

    def mcd(code, u, mods, d, end=None, deny=None):
        s = Svc(d, code, Decimal(str(u)), tuple(mods), end=end, denied="CO" if deny else None)
        return medicaid(s, deny_reason=deny or "197")

    claims = [
        ("Abernathy-Sole, Quinn", "0917724401", "TCN 26019-000-4471", "QAS-2231", "Paid", [
            mcd("97530", 4, ("GO",), D(2026, 1, 5), D(2026, 1, 9)), mcd("97110", 2, ("GO",), D(2026, 1, 5), D(2026, 1, 9)),
            mcd("97535", 2, ("GO", "59"), D(2026, 1, 7), D(2026, 1, 7))]),
        ("Abernathy-Sole, Ramona", "0917724419", "TCN 26019-000-4472", "RAS-2232", "Paid", [
            mcd("92507", 1, ("GN",), D(2026, 1, 6), D(2026, 1, 6)), mcd("92507", 1, ("GN",), D(2026, 1, 13), D(2026, 1, 13)),
            mcd("92523", 1, ("GN",), D(2026, 1, 6), D(2026, 1, 6))]),
        ("Tiberius, Malcolm", "0920038815", "TCN 26019-000-4480", "MT-0917", "Denied", [
            mcd("97167", 1, ("GO",), D(2026, 1, 8), D(2026, 1, 8), deny="31"),
            mcd("97530", 2, ("GO",), D(2026, 1, 8), D(2026, 1, 8), deny="31")]),
        ("Ostrowski, Lena", "0912250064", "TCN 26019-000-4486", "LO-5560", "Paid", [
            mcd(c, u, m, d, d) for d in days(D(2026, 1, 5), 5) for c, u, m in (("97112", 1, ("GP",)), ("97110", 2, ("GP",)))]),
    ]
    rarc = {"N20": "Service not paid separately.", "M119": "Missing or invalid NDC."}
    cols = [Col("Ln", 16, "c"), Col("From", 48), Col("To", 48), Col("Proc", 34), Col("Mod", 38), Col("Qty", 26, "r"),
            Col("Charged", 50, "r"), Col("Allowed", 50, "r"), Col("Adj Code", 40), Col("Adj Amt", 46, "r"),
            Col("Paid", 50, "r"), Col("RARC", 30)]

    def head(cv, pg, total):
        cv.rect(36, 28, cv.W - 72, 40)
        cv.text(44, 42, "Granite Valley Medicaid  ·  Provider Remittance Advice", 11, True)
        cv.text(44, 56, "Billing Provider: Summit Family Rehab PC   NPI 1992004417   Payment # EFT 00884120   "
                "Date 01/22/2026", 7.5)
        cv.text(cv.W - 44, 42, f"Page {pg} of {total or '-'}", 7.5, align="r")
        return 76

    def foot(cv, pg, total):
        cv.text(36, cv.H - 20, "Printed from the Granite Valley provider portal. Amounts in dollars.", 6.5, gray=0.3)

    def body(cv, fl, sink):
        fl.left = 36
        for mname, mid, tcn, acct, status, svcs in claims:
            icn = tcn.split(" ", 1)[1]
            cl = {"acct": acct, "icn": icn, "patient": mname}
            fl.need(80)
            fl.y += 8
            cv.rect(36, fl.y, cv.W - 72, 24, fill=0.92)
            cv.text(42, fl.y + 10, f"Member: {mname}    Medicaid ID: {mid}    {tcn}", 8, True)
            cv.text(42, fl.y + 20, f"Patient Acct No.: {acct}    Claim Status: {status}", 7.5)
            fl.y += 24
            fl.col_head(cols, 7, shade=0.8)
            for i, s in enumerate(svcs, 1):
                a = s.adjs[0] if s.adjs else None
                rm = "N20" if s.code == "97535" else ""
                fl.row(cols, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.end, "mdy4"), s.code, ",".join(s.mods),
                              units_str(s.units), N(s.billed), N(s.allowed), f"{a[0]}-{a[1]}" if a else "",
                              N(a[2]) if a else "", N(s.paid), rm], 7, register=True, grid=True)
                add_line(sink, s, cl, ("billed", "allowed", "paid"), service_end=s.end, adjustments=s.adjs[:1],
                         remarks=[rm] if rm else [])
            fl.row(cols, ["", "Claim Total", "", "", "", "", N(tot(svcs, "billed")), N(tot(svcs, "allowed")), "", "",
                          N(tot(svcs, "paid")), ""], 7, bold=True, grid=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"))
        fl.y += 10
        fl.text("Remark codes on this remittance", 8, True)
        for k, v in rarc.items():
            fl.text(f"{k}: {v}", 7)

    pages, sink = render(out / name, "fpdf2", "DejaVuSansCondensed", False, head, foot, body)
    return name, "fpdf2", pages, "state Medicaid portal RA", sink, list(rarc.items())


# =============================================================================================== p1
def make_p1(out: Path):
    name = "h41_p1_clearinghouse_medicare_remit.pdf"
    st = PlanState(ded_left=Decimal("120.00"))
    st2 = PlanState(ded_left=ZERO)
    claims = [
        ("BRANNIGAN, THEODORE", "4TR8-QX2-KM61", "ACC-881205", "1126019004410", visits(
            mwf(D(2026, 1, 5), 11), [[("97110", 2, ("GP", "KX")), ("97140", 1, ("GP",)), ("97112", 1, ("GP",)),
                                     ("97116", 1, ("GP",))]],
            lambda s: medicare(s, st))),
        ("MARCHETTI, ILSE", "7HJ2-WB5-PP09", "ACC-881277", "1126019004415", visits(
            [D(2026, 1, 8), D(2026, 1, 15)], [[("97166", 1, ("GO",)), ("97530", 2, ("GO",)), ("G0283", 1, ("GO",))],
                                              [("97535", 1, ("GO",)), ("0552T", 1, ())]],
            lambda s: medicare(Svc(s.dos, s.code, s.units, s.mods, denied="CO" if s.code == "0552T" else None), st2,
                               deny_reason="50"))),
    ][::-1]
    KEYS = [("CO", "45"), ("PR", "1"), ("PR", "2"), ("CO", "253")]
    cols = [Col("DOS", 56), Col("PROC:MOD", 90), Col("UNITS", 36, "r"), Col("CHARGE", 56, "r"), Col("ALLOWED", 56, "r"),
            Col("CO-45", 52, "r"), Col("PR-1", 48, "r"), Col("PR-2", 48, "r"), Col("CO-253", 44, "r"),
            Col("OTHER", 80, "r"), Col("PAID", 56, "r")]

    def head(cv, pg, total):
        cv.text(30, 30, "CLEARPATH EDI SERVICES  -  PROVIDER REMITTANCE PRINT", 10, True)
        cv.text(30, 42, "PAYER: MEDICARE PART B JURISDICTION 9   PAYEE: WILLOWMERE REHAB GROUP   NPI 1548820093", 7.5)
        cv.text(30, 52, "CHECK/EFT 882019933  ISSUED 01/27/2026", 7.5)
        cv.text(cv.W - 30, 30, f"PAGE {pg} OF {total or 0}", 8, align="r")
        cv.hline(30, cv.W - 30, 57, 0.5)
        return 58

    def foot(cv, pg, total):
        cv.text(30, cv.H - 18, "Printed from the 835 by ClearPath EDI. Group/reason columns show amounts by code.", 6.5)

    def body(cv, fl, sink):
        fl.left = 30
        for pname, mbi, acct, icn, svcs in claims:
            cl = {"acct": acct, "icn": icn, "patient": pname}
            fl.need(50)
            fl.y += 6
            fl.text(f"PATIENT: {pname}   MBI: {mbi}   PAT ACCT: {acct}   ICN: {icn}   STATUS: PROCESSED AS PRIMARY",
                    7.5, True)

            def again(pname=pname, icn=icn):
                fl.text(f"PATIENT: {pname}   ICN: {icn}   (CONTINUED)", 7.5, True)
                fl.col_head(cols, 7, shade=None)
            fl.on_break = again
            fl.col_head(cols, 7, shade=None)
            for s in svcs:
                byk = {(g, r): a for g, r, a in s.adjs}
                other = [(g, r, a) for g, r, a in s.adjs if (g, r) not in KEYS]
                fl.row(cols, [dfmt(s.dos, "mdy4"), ":".join((s.code,) + s.mods), units_str(s.units), N(s.billed),
                              N(s.allowed)] + [N(byk[k]) if k in byk else "" for k in KEYS] +
                       [" ".join(f"{g}-{r} {N(a)}" for g, r, a in other), N(s.paid)], 7, register=True)
                add_line(sink, s, cl, ("billed", "allowed", "paid"), adjustments=s.adjs)
            fl.on_break = None
            fl.row(cols, ["CLAIM TOT", "", "", N(tot(svcs, "billed")), N(tot(svcs, "allowed")), "", "", "", "", "",
                          N(tot(svcs, "paid"))], 7, bold=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"))
        fl.y += 8
        fl.text("CODE KEY: CO-45 CHARGE OVER FEE SCHEDULE  PR-1 DEDUCTIBLE  PR-2 COINSURANCE  CO-253 SEQUESTRATION", 6.8)

    pages, sink = render(out / name, "fpdf2", "LiberationMono", True, head, foot, body, margins=(30, 30))
    return name, "fpdf2", pages, "clearinghouse Medicare Part B remit", sink, []


# =============================================================================================== p2
def make_p2(out: Path):
    name = "h41_p2_pm_insurance_payment_report.pdf"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    orig = visits([D(2025, 12, 10)], [[("97530", 2, ("GO",)), ("97110", 1, ("GO",))]], lambda s: commercial(s, st))
    rev = [negate(s) for s in orig]
    corr = visits([D(2025, 12, 10)], [[("97530", 2, ("GO",)), ("97110", 2, ("GO",))]], lambda s: commercial(s, st))
    blocks = [
        ("Fairbairn, Odile", "A-30112", "PRX2601-55870", "Processed as primary", visits(
            days(D(2026, 1, 6), 3), [[("97165", 1, ("GO",)), ("97530", 2, ("GO",))], [("97530", 2, ("GO",)),
                                     ("97535", 1, ("GO", "59"))], [("97530", 2, ("GO",)), ("97110", 1, ("GO",))]],
            lambda s: commercial(s, st))),
        ("Fairbairn, Odile", "A-29877", "PRX2512-40018", "Reversal of prior payment", rev),
        ("Fairbairn, Odile", "A-29877", "PRX2601-55871", "Corrected claim", corr),
        ("Nakashima-Bell, Jun", "A-30140", "PRX2601-55902", "Processed as primary", visits(
            [D(2026, 1, 9), D(2026, 1, 16)], [[("92523", 1, ("GN",))], [("92507", 1, ("GN",))]],
            lambda s: commercial(s, st))),
    ]

    def adjt(s):
        return "; ".join(f"{g}-{r}: {money(a, '', '()')}" for g, r, a in s.adjs)
    cols = [Col("DOS", 48), Col("Code", 34), Col("Mod", 34), Col("Units", 30, "r"), Col("Billed", 50, "r"),
            Col("Allowed", 50, "r"), Col("Paid", 48, "r"), Col("", 8), Col("Adjustments", 182), Col("Remark", 40)]

    def head(cv, pg, total):
        cv.text(40, 36, "Insurance Payment Report", 13, True)
        cv.text(40, 48, "Practice: Kestrel Ridge Occupational Therapy   Payer: Harborline Commercial   Deposit 01/29/2026", 7.5)
        cv.text(cv.W - 40, 36, f"Page {pg}", 8, align="r")
        cv.text(cv.W - 40, 48, "Run by: billing01", 7, align="r")
        cv.hline(40, cv.W - 40, 54, 0.7)
        return 56

    def foot(cv, pg, total):
        cv.text(40, cv.H - 20, "TheraLedger PM  -  report ipr_detail v4.2", 6.5, gray=0.4)

    def body(cv, fl, sink):
        for pname, acct, clm, status, svcs in blocks:
            cl = {"acct": acct, "icn": clm, "patient": pname}
            fl.need(50)
            fl.y += 6
            fl.text(f"Patient: {pname}   Account #: {acct}   Payer Claim #: {clm}   {status}", 8, True)
            fl.y += 4
            fl.col_head(cols, 7, shade=0.9, rule=False)
            for s in svcs:
                rm = "N381" if s.code == "97535" else ""
                fl.row(cols, [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), f"{s.units:.2f}", money(s.billed, ",", "()"),
                              money(s.allowed, ",", "()"), money(s.paid, ",", "()"), "", adjt(s), rm], 7, register=True)
                add_line(sink, s, cl, ("billed", "allowed", "paid"), adjustments=s.adjs, remarks=[rm] if rm else [])
            fl.row(cols, ["", "Totals", "", "", money(tot(svcs, "billed"), ",", "()"),
                          money(tot(svcs, "allowed"), ",", "()"), money(tot(svcs, "paid"), ",", "()"), "", "", ""], 7,
                   bold=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid"))
            cv.hline(40, cv.W - 40, fl.y + 2, 0.3, gray=0.5)
        allsv = [s for b in blocks for s in b[4]]
        fl.y += 8
        fl.text(f"Deposit total paid: {N(tot(allsv, 'paid'))}", 8.5, True)
        fl.text("N381: Consult the plan's contract terms for this service.", 7)

    pages, sink = render(out / name, "reportlab", "DejaVuSans", False, head, foot, body)
    return name, "reportlab", pages, "practice-management insurance payment report", sink, [("N381", "contract terms")]


# =============================================================================================== s1
def make_s1(out: Path):
    name = "h41_s1_clinic_family_statement.pdf"
    st = PlanState(ded_left=Decimal("90.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    kids = [
        ("Juniper Castellanos", [("INV-50211", "HLP-26-7740012", visits([D(2026, 1, 5)], [[("97166", 1, ("GO",)),
                                                                                       ("97530", 2, ("GO",))]],
                                                                       lambda s: commercial(s, st))),
                                 ("INV-50288", "HLP-26-7740391", visits([D(2026, 1, 12)], [[("97530", 2, ("GO",)),
                                                                                        ("97112", 1, ("GO",))]],
                                                                        lambda s: commercial(s, st)))]),
        ("Rafael Castellanos", [("INV-50219", "HLP-26-7740019", visits([D(2026, 1, 6)], [[("92523", 1, ("GN",))]],
                                                                       lambda s: commercial(s, st))),
                                ("INV-50301", "HLP-26-7740402", visits([D(2026, 1, 13)], [[("92507", 1, ("GN",)),
                                                                                       ("97533", 1, ("GN",))]],
                                                                       lambda s: commercial(
                                                                           Svc(s.dos, s.code, s.units, s.mods,
                                                                               desc="Sensory integration activities",
                                                                               denied="PR" if s.code == "97533" else None),
                                                                           st) if s.code == "97533" else commercial(s, st)))]),
        ("Ines Castellanos", [("INV-50330", None, visits([D(2026, 1, 20)], [[("97168", 1, ("GO",)), ("97535", 1, ("GO",))]],
                                                         lambda s: commercial(s, st)))]),
    ]
    cols = [Col("Date", 50), Col("Patient", 92), Col("Description", 130, wrap=True), Col("CPT", 32), Col("Mod", 26),
            Col("Charges", 50, "r"), Col("Ins. Paid", 48, "r"), Col("Ins. Adj.", 48, "r"), Col("Your\nBalance", 48, "r")]

    def head(cv, pg, total):
        cv.text(40, 42, "Tidewater Kids Therapy Center", 15, True)
        cv.text(40, 54, "Occupational · Speech · Feeding     212 Bayfront Drive, Suite 4, Port Calloway, ME 04199", 7.5)
        cv.text(cv.W - 40, 42, "STATEMENT", 12, True, "r")
        cv.text(cv.W - 40, 54, f"Page {pg} of {total or '-'}", 7.5, align="r")
        cv.hline(40, cv.W - 40, 60, 0.8)
        return 64

    def foot(cv, pg, total):
        cv.text(40, cv.H - 22, "Please detach and return the top portion with your payment. We accept cash, check and "
                "cards.", 6.8, gray=0.3)

    def body(cv, fl, sink):
        allsv = [s for _, vs in kids for _, _, sv in vs for s in sv]
        due = tot(allsv, "owes")
        cv.rect(40, fl.y + 6, 240, 58)
        for i, t in enumerate(["Guarantor: Beatriz Castellanos", "Guarantor account: G-118830",
                               "Statement date: 02/03/2026", "Insurance: Helpline Mutual PPO"]):
            cv.text(46, fl.y + 18 + i * 12, t, 8, i == 0)
        cv.rect(cv.W - 220, fl.y + 6, 180, 58, fill=0.92)
        cv.text(cv.W - 212, fl.y + 22, "Amount Due", 9, True)
        cv.text(cv.W - 48, fl.y + 40, M(due), 14, True, "r")
        cv.text(cv.W - 212, fl.y + 56, "Due by 02/24/2026", 7.5)
        fl.y += 74
        fl.col_head(cols, 7.2, shade=0.85)
        for pname, vs in kids:
            for inv, clm, svcs in vs:
                cl = {"acct": inv, "icn": clm, "patient": pname}
                fl.text(f"Visit {inv}  {dfmt(svcs[0].dos, 'mdy2')}" +
                        (f"  - billed to Helpline Mutual, claim {clm}" if clm else "  - insurance pending"), 7.2, True)
                for s in svcs:
                    if clm is None:
                        s.paid = ZERO
                        s.discount = ZERO
                        s.owes = s.billed
                    adj = s.billed - s.paid - s.owes
                    fl.row(cols, [dfmt(s.dos, "mdy2"), pname, s.desc, s.code, " ".join(s.mods), N(s.billed),
                                  N(s.paid), N(adj), N(s.owes)], 7.2, register=True)
                    add_line(sink, s, cl, ("billed", "paid", "patient_owes"), units=False,
                             overrides={"discount": str(adj)})
                add_claim(sink, cl, svcs, tot(svcs, "billed"), None, tot(svcs, "paid"), tot(svcs, "owes"))
                fl.row(cols, ["", "", "Visit total", "", "", N(tot(svcs, "billed")), N(tot(svcs, "paid")),
                              N(tot(svcs, "billed") - tot(svcs, "paid") - tot(svcs, "owes")), N(tot(svcs, "owes"))],
                       7.2, bold=True)
        fl.y += 6
        cv.hline(40, cv.W - 40, fl.y, 0.8)
        fl.text(f"Total amount due from you: {M(due)}", 9, True)
        fl.text("Balances shown are after insurance. Call 207-555-0162 to set up a payment plan.", 7.5)

    pages, sink = render(out / name, "fpdf2", "LiberationSerif", False, head, foot, body)
    return name, "fpdf2", pages, "therapy clinic family statement", sink, []


# =============================================================================================== s2
def make_s2(out: Path):
    name = "h41_s2_hospital_rehab_statement.pdf"
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.25"), allowed_rate=Decimal("0.70"))
    REV = {"97": "0434", "92": "0444", "G0": "0420", "L3": "0274", "99": "0510", "05": "0420"}

    def rev(s):
        for m, r in (("GO", "0434"), ("GP", "0424"), ("GN", "0444")):
            if m in s.mods:
                return r
        return REV[s.code[:2]]
    accts = [
        ("Harlan Westerby", "E0029981401", "Commercial claim ref 7HX-20260115-04", visits(
            mwf(D(2026, 1, 5), 12), [[("97161", 1, ("GP",)), ("97110", 3, ("GP",)), ("97140", 1, ("GP",))]] +
            [[("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97116", 1, ("GP",))],
             [("97110", 3, ("GP",)), ("97140", 1, ("GP",))]] * 6,
            lambda s: commercial(s, st))),
        ("Delphine Westerby", "E0029981522", "Commercial claim ref 7HX-20260120-11", visits(
            [D(2026, 1, 14), D(2026, 1, 21)], [[("97167", 1, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))],
                                               [("97530", 3, ("GO",)), ("99213", 1, ())]],
            lambda s: commercial(s, st))),
    ][::-1]
    cols = [Col("Service Date", 56), Col("Rev", 28), Col("HCPCS", 36), Col("Mod", 26), Col("Description", 170, wrap=True),
            Col("Qty", 24, "r"), Col("Charges", 58, "r"), Col("Insurance\nPayments", 58, "r"),
            Col("Adjustments", 58, "r"), Col("Patient\nBalance", 58, "r")]

    def head(cv, pg, total):
        cv.text(40, 38, "ST. ALDWYN REGIONAL MEDICAL CENTER", 13, True)
        cv.text(40, 50, "Outpatient Rehabilitation Services  ·  1800 Garnet Hill Road, Beldon, PA 17999", 7.5)
        cv.text(cv.W - 40, 38, "Itemized Statement", 11, True, "r")
        cv.text(cv.W - 40, 50, f"Page {pg} of {total or '-'}", 7.5, align="r")
        cv.hline(40, cv.W - 40, 56, 1.0)
        return 58

    def foot(cv, pg, total):
        cv.text(40, cv.H - 20, "Patient Financial Services 1-888-555-0175  ·  Financial assistance is available; ask us.",
                6.8)

    def body(cv, fl, sink):
        fl.text("Guarantor: MAREN WESTERBY   Guarantor No. 5530019   Statement Date 02/10/2026", 8, True, dy=14)
        for pname, acct, ref, svcs in accts:
            icn = ref.rsplit(" ", 1)[1]
            cl = {"acct": acct, "icn": icn, "patient": pname}
            fl.need(60)
            fl.y += 8
            cv.rect(40, fl.y, cv.W - 80, 14, fill=0.88, stroke=False)
            cv.text(44, fl.y + 10, f"Patient: {pname}    Account Number: {acct}    Admit/Svc: Outpatient", 8, True)
            fl.y += 14
            fl.text(f"Primary insurance: Keystone Valley Health Plan   {ref}", 7.5)
            fl.col_head(cols, 7, shade=None)
            for s in svcs:
                adj = s.billed - s.paid - s.owes
                fl.row(cols, [dfmt(s.dos, "mdy4"), rev(s), s.code, " ".join(s.mods), s.desc, units_str(s.units),
                              N(s.billed), N(s.paid), N(adj), N(s.owes)], 7, register=True)
                add_line(sink, s, cl, ("billed", "paid", "patient_owes"), overrides={"discount": str(adj)})
            cv.hline(40, cv.W - 40, fl.y, 0.5)
            fl.row(cols, ["", "", "", "", "Account totals", "", N(tot(svcs, "billed")), N(tot(svcs, "paid")),
                          N(tot(svcs, "billed") - tot(svcs, "paid") - tot(svcs, "owes")), N(tot(svcs, "owes"))], 7,
                   bold=True)
            add_claim(sink, cl, svcs, tot(svcs, "billed"), None, tot(svcs, "paid"), tot(svcs, "owes"))
        allsv = [s for a in accts for s in a[3]]
        fl.y += 8
        fl.text(f"Balance due from guarantor: {M(tot(allsv, 'owes'))}", 9, True)

    pages, sink = render(out / name, "reportlab", "DejaVuSerifCondensed", True, head, foot, body)
    return name, "reportlab", pages, "hospital outpatient rehab itemized statement", sink, []


LAYOUTS = [("c1", make_c1), ("c2", make_c2), ("m1", make_m1), ("m2", make_m2), ("d1", make_d1), ("d2", make_d2),
           ("p1", make_p1), ("p2", make_p2), ("s1", make_s1), ("s2", make_s2)]
TOKENS: dict[str, list] = {}


def build(out: Path) -> list[str]:
    written = []
    for lay, fn in LAYOUTS:
        name, producer, pages, desc, sink, legend = fn(out)
        write_truth(out / name, lay, producer, pages, desc, sink.lines, sink.claims, legend)
        TOKENS[name] = sink.tokens
        written.append(name)
    return written


# ============================================================================================ check
def _norm(t: str) -> str:
    return t.replace("$", "").replace(",", "").replace("(", "").replace(")", "").rstrip("-").lstrip("-").strip()


def check(out: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    tl = tp = 0
    crossing = {}
    for name, toks in TOKENS.items():
        t = json.loads((out / (name + ".truth.json")).read_text())
        with pdfplumber.open(out / name) as pdf:
            if len(pdf.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {t['pages']}")
            texts = [(p.extract_text() or "") for p in pdf.pages]
        tl += len(t["lines"])
        tp += t["pages"]
        alltext = "\n".join(texts)
        for i, (ln, row) in enumerate(zip(t["lines"], toks)):
            lines = texts[ln["page"] - 1].splitlines()
            hit = [x for x in lines if all(r in x for r in row)]
            where = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            if not hit:
                errs.append(f"{where}: row strings not on one text line: {row}")
                continue
            normed = {_norm(r) for r in row} | {_norm(p) for r in row for p in re.split(r"[\s:;,]+", r)}
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                v = ln.get(k)
                if v is not None and _norm(f"{abs(Decimal(v)):,.2f}") not in normed:
                    errs.append(f"{where}: {k} {v} not on its row")
            k0 = lines.index(hit[0])
            near = " ".join(lines[k0:k0 + 3])
            if ln["code"] not in normed and not any(ln["code"] in r for r in row) and f"({ln['code']})" not in near:
                errs.append(f"{where}: code not on its row")
            for m in ln["modifiers"]:
                if not any(m in r for r in row):
                    errs.append(f"{where}: modifier {m} not on its row")
            if ln["units"] is not None and not any(_norm(r).rstrip("0").rstrip(".") == ln["units"].lstrip("-")
                                                   for r in row):
                errs.append(f"{where}: units {ln['units']} not on its row")
            for g, r, a in ln["adjustments"]:
                if a is not None and _norm(f"{abs(Decimal(a)):,.2f}") not in normed:
                    errs.append(f"{where}: adjustment {g}-{r} {a} not on its row")
                if r not in hit[0] and f"{g}-{r}" not in texts[ln["page"] - 1]:
                    errs.append(f"{where}: reason {r} not on its row")
            for rm in ln["remarks"]:
                if rm not in hit[0]:
                    errs.append(f"{where}: remark {rm} not on its row")
            d = date.fromisoformat(ln["service_date"])
            if not any(dfmt(d, s) in hit[0] for s in ("mdy2", "mdy4", "mdy6", "mon", "mdyn")):
                errs.append(f"{where}: date not on its row")
            # arithmetic
            g = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            if ln["adjustments"] and len(ln["adjustments"]) > (0 if t["layout"] in ("p1", "p2") else 0):
                if t["layout"] in ("p1", "p2") or g["allowed"] == g["paid"] or g["paid"] == 0:
                    s = sum(Decimal(a) for _, _, a in ln["adjustments"])
                    if g["billed"] - s != g["paid"]:
                        errs.append(f"{where}: billed - adjustments != paid")
            if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            if None not in (g["allowed"], g["deductible"], g["copay"], g["coinsurance"], g["paid"]):
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    errs.append(f"{where}: allowed - member share != paid")
            if t["layout"].startswith("s") and g["billed"] - g["paid"] - g["discount"] != g["patient_owes"]:
                errs.append(f"{where}: statement line does not balance")
        for c in t["claims"]:
            for v in (c["claim_id"], c["payer_claim_id"], c["patient"]):
                if v is not None and v not in alltext:
                    errs.append(f"{name}: {v} not in the document text")
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{name}: claim without lines {c}")
            if len({ln["page"] for ln in mine}) > 1:
                crossing.setdefault(name, []).append(c["payer_claim_id"] or c["claim_id"])
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
                if s != Decimal(v):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
                if f"{abs(Decimal(v)):,.2f}" not in alltext and f"{abs(Decimal(v)):.2f}" not in alltext:
                    errs.append(f"{name}: claim total {v} not printed")
        if len(toks) != len(t["lines"]):
            errs.append(f"{name}: {len(toks)} rows vs {len(t['lines'])} truth lines")
    producers = {json.loads((out / (n + ".truth.json")).read_text())["producer"] for n in TOKENS}
    if len(producers) < 2:
        errs.append("fewer than two producers")
    if len(crossing) < 3:
        errs.append(f"only {len(crossing)} files have a claim crossing a page break")
    print(f"{len(TOKENS)} files, {tl} lines, {tp} pages; claims crossing a page: {crossing}")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="eob_heldout41_"))
    samples = (REPO / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write under samples/: held-out PDFs must never sit beside the dev samples")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    written = build(out)
    print(out)
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print(f"check: {len(written)} layouts, {len(errs)} problems")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
