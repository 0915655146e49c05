"""Write the 184th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of
the five commonest real kinds, two of each (commercial member EOBs, Medicare Summary Notice / Medicare
Advantage member EOB, state Medicaid remittance advices, Medicare-style paper remits from a clearinghouse or
practice-management system, family statements from a therapy clinic and a hospital), each in a house style of
its own, written by an author who never looked at the reader.

Run:  python bench/heldout184/make_heldout184_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout184/make_heldout184_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). h184kit.py (same folder) records drawing operations
once and emits them through reportlab or fpdf2, and groups pdfplumber words into text lines for the check.

Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth, <name>.pdf.truth.json), printed
values only, null for what a layout does not print (units null where no quantity is printed; modifiers []
where none are printed). claim_id = the provider's own account / patient-control / visit number where the page
prints one, payer_claim_id = the payer's claim number / ICN / TCN, patient = the person served exactly as
printed. Claim totals are recorded only where printed and only for fields that lines also print. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  l1  commercial PPO member EOB for a family of three (subscriber + two dependants): "Amount billed / Plan
      discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / You owe / Note",
      code + description in one wrapped cell, shaded two-line header, plan-year accumulator box, a claim that
      runs onto page 2 with "(continued)" and the header repeated, note legend, denied orthotic line
      (reportlab, Helvetica, portrait)
  l2  self-funded employer plan EOB from a TPA, sections per family member ("Services for ... (Dependent)"),
      "Provider's claim #" column (= claim_id) and payer claim heading rows, "Your savings / Not allowed / Plan
      allowed / Co-pay / Co-insurance / Plan paid / Reason", "Jan 8, 2026", "$" amounts, code + modifiers inside
      the service text ("97140 GP 59 Manual therapy"), a denied line, per-claim "What you may owe" sentence
      (fpdf2, DejaVu Serif, landscape)
  l3  state Medicaid RA, monospace: PAID / DENIED / ADJUSTED CLAIMS sections, recipient heading row with
      recipient ID, ICN and patient account, "LN FROM THRU PROC MOD MOD UNITS BILLED ALLOWED TPL AMT COPAY PAID
      EOB", MMDDYY dates, 4-digit state EOB codes as remarks, a voided claim with trailing-minus credits and its
      replacement, a long claim continued on page 2 under a repeated header, summary + EOB code legend
      (reportlab, Courier, landscape)
  l4  Medicaid managed-care plan provider remittance: shaded member/TCN/patient-account band per claim, boxed
      claims, "Service Dates" as from-to, Qty "2.00", "Adj Grp/Rsn" + "Adj Amt" (CO-45 / CO-B15), RARC column,
      a denied group-therapy line, a long claim continued on page 2 (fpdf2, Liberation Sans, portrait)
  l5  Medicare Part B standard-paper-remit style print reprinted by a clearinghouse: NAME/HIC/ACNT/ICN/ASG/MOA
      claim heading, "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
      stacked CO-45 / PR-1 / PR-2 / CO-253 adjustment rows, CQ and KX modifiers, CNTL/REM line on a denied line,
      PT RESP + CLAIM TOTALS + NET rows, a claim continued on page 2 (reportlab, DejaVu Sans Mono)
  l6  practice-management "ERA Posting Detail" report: one ruled row per service with patient, account, payer
      ICN, DOS, CPT, Mod, Un, Charge, Allowed, Deduct, Coins, Contract, Adj codes ("CO45 PR1 PR2"), Paid,
      Pt Resp; a take-back claim with amounts in parentheses and its corrected claim (fpdf2, core Helvetica,
      landscape)
  l7  Medicare Summary Notice, Part B: deductible status box, provider blocks with claim number, date sub-rows
      ("Jan 6, 2026"), "Service Provided & Billing Code" with the code in parentheses, "Service Approved?
      Yes/No", three-line column headings, lettered notes, a claim continued on page 2 (reportlab, Liberation
      Serif)
  l8  Medicare Advantage (HMO-POS) monthly member EOB: grey right-hand sidebar (member, OOP to date), claim
      heading rows with provider account where printed, "97110-GP Therapeutic exercises" wrapped service text,
      "1/9/2026", visit copay, orthosis with RT (fpdf2, DejaVu Sans)
  l9  pediatric therapy clinic family statement to a guarantor: three children, visit numbers (= claim_id),
      glued "97530-GO", Qty, "Charge / Ins Paid / Adjust / You Owe", account-summary sidebar, a family payment
      row, tear-off remittance stub (reportlab, DejaVu Sans Condensed)
  l10 hospital outpatient rehab guarantor statement: one account per family member (account = claim_id,
      insurer claim number printed in the account's payment row = payer_claim_id), "Date / Rev / CPT/HCPCS / Mod
      / Description / Qty / Charges", upper-case descriptions, account-level payment, allowance and balance
      rows (lines carry charges only), a long account continued on page 2 (fpdf2, Liberation Serif)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line, one text line
of its page (pdfplumber words grouped by baseline) holds its code, modifiers, units, date and every printed
amount as formatted; remarks, adjustment codes and amounts on the page; claim ids and patients in the
document; billed - adjustments = paid where every adjustment is printed (l4, l5, l6); billed - discount - not
covered - deductible - copay - coinsurance = paid and billed - discount - not covered = allowed on the member
EOBs (l1, l2); claim totals = sum of lines and are printed; the claims list matches the lines' claim keys.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from h184kit import Doc, page_lines, sw, wrap  # noqa: E402

from samples.pdf.eobgen import (  # noqa: E402
    DESC, FEE, LONG_DESC, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)

# Codes the shared fee tables lack: our own invented charges, fees and wording.
for _c, _f, _sch, _d in (("97533", "98.00", "34.10", "Sensory integration techniques"),
                         ("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
                         ("97750", "140.00", "36.02", "Physical performance test"),
                         ("A4467", "42.00", "18.30", "Compression garment, each")):
    FEE.setdefault(_c, _f)
    SCHED.setdefault(_c, _sch)
    DESC.setdefault(_c, _d)

D = lambda m, d: date(2026, m, d)  # noqa: E731


def M(x: Decimal, style: str = ",", neg: str = "-") -> str:
    return money(x, style, neg)


class Book:
    def __init__(self) -> None:
        self.lines: list = []
        self.claims: list = []
        self.checks: list = []   # (page, [tokens on one text line], [tokens anywhere on the page])
        self.sums: list = []     # (line index, arithmetic kind)

    def add(self, page: int, s: Svc, cl: dict, printed: tuple, row: list, *, units=True, mods=True,
            adjs=None, remarks=None, desc: str | None = None, page_tokens=(), arith=None, code=True) -> None:
        t = truth_line(page, s, claim_id=cl["cid"], payer_claim_id=cl["pcid"], patient=cl["pat"],
                       printed=printed, units=units, modifiers=mods, adjustments=adjs, remarks=remarks,
                       code=code)
        t["description"] = desc
        self.lines.append(t)
        self.checks.append((page, [str(x) for x in row], [str(x) for x in page_tokens]))
        if arith:
            self.sums.append((len(self.lines) - 1, arith))

    def claim(self, cl: dict, billed=None, allowed=None, paid=None, owes=None) -> None:
        self.claims.append({"claim_id": cl["cid"], "payer_claim_id": cl["pcid"], "patient": cl["pat"],
                            "totals": claim_totals(billed, allowed, paid, owes)})


def C(cid, pcid, pat) -> dict:
    return {"cid": cid, "pcid": pcid, "pat": pat}


def cells(doc: Doc, cols: list, y: float, vals: list) -> None:
    for (x, w, al), v in zip(cols, vals):
        if v is None or v == "":
            continue
        if al == "r":
            doc.text(x + w - 2, y, v, "r")
        elif al == "c":
            doc.text(x + w / 2, y, v, "c")
        else:
            doc.text(x + 2, y, v)


def colx(widths: list, x0: float, aligns: str) -> list:
    out, x = [], x0
    for w, a in zip(widths, aligns):
        out.append((x, w, {"l": "l", "r": "r", "c": "c"}[a]))
        x += w
    return out


def S(dos, code, units, mods=(), denied=None, desc=None) -> Svc:
    s = Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied)
    if desc:
        s.desc = desc
    return s


# =============================================================================== L1 commercial member EOB
def l1():
    """Commercial member EOB, family of three, portrait Helvetica, claim runs onto page 2 (reportlab)."""
    doc, bk = Doc(612, 792), Book()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = "ROSALIND OKONKWO-BRANDT"
    claims = [
        ("ELI OKONKWO-BRANDT", "BH26-0113-77201", "Lakeshore Kids Therapy Group",
         [S(D(1, 6), "97165", 1), S(D(1, 6), "97530", 2), S(D(1, 13), "97530", 3), S(D(1, 13), "97535", 1),
          S(D(1, 20), "97530", 3), S(D(1, 20), "97112", 1), S(D(1, 27), "97530", 2), S(D(1, 27), "97535", 2),
          S(D(2, 3), "97530", 3), S(D(2, 3), "97110", 1), S(D(2, 10), "97530", 2), S(D(2, 10), "97112", 2),
          S(D(2, 17), "97530", 3), S(D(2, 17), "97760", 1, denied="PR")]),
        ("NADIA OKONKWO-BRANDT", "BH26-0121-40117", "Fairmount Speech & Language",
         [S(D(1, 9), "92523", 1), S(D(1, 16), "92507", 1), S(D(1, 23), "92507", 1)]),
        ("ROSALIND OKONKWO-BRANDT", "BH26-0128-05562", "Meridian Hand & Upper Limb Clinic",
         [S(D(1, 21), "99213", 1), S(D(1, 21), "L3807", 1), S(D(1, 28), "97140", 2), S(D(1, 28), "97110", 2)]),
    ]
    notes = {"PR": "K2"}
    for _, _, _, sv in claims:
        for s in sv:
            s.desc = LONG_DESC.get(s.code, s.desc)
            commercial(s, st)
            s.remarks = [notes[s.denied]] if s.denied else (["A7"] if s.deductible else [])
    widths = [44, 150, 42, 40, 42, 36, 40, 34, 42, 42, 40, 24]
    cols = colx(widths, 18, "llrrrrrrrrrc")
    heads1 = ["Date of", "Service", "Amount", "Plan", "Allowed", "Not", "Deduct-", "Copay", "Coinsur-", "Plan",
              "You", "Note"]
    heads2 = ["service", "", "billed", "discount", "amount", "covered", "ible", "", "ance", "paid", "owe", ""]
    bottom = 730

    def header(first: bool) -> float:
        doc.new_page()
        doc.font("helv-b", 15)
        doc.text(18, 40, "BRIGHTHAVEN HEALTH")
        doc.font("helv", 8)
        doc.text(18, 52, "PO Box 40277  Milwaukee Junction, WI 53299  |  Member Services 1-800-555-0148 (TTY 711)")
        doc.font("helv-b", 11)
        doc.text(594, 40, "EXPLANATION OF BENEFITS", "r")
        doc.font("helv", 8)
        doc.text(594, 52, "THIS IS NOT A BILL", "r")
        doc.line(18, 60, 594, 60, 1.2)
        if first:
            doc.font("helv", 8.5)
            for i, s in enumerate([fam, "2217 Cobblestone Lane", "Ashby Falls, WI 53088"]):
                doc.text(40, 84 + i * 11, s)
            box = [("Subscriber", fam), ("Member ID", "BHW 448 902 117"), ("Group", "HARBORLINE LOGISTICS 00731"),
                   ("Statement date", "02/24/2026"), ("Plan", "Brighthaven Choice PPO 1500")]
            doc.rect(330, 72, 264, 66)
            for i, (k, v) in enumerate(box):
                doc.font("helv", 8)
                doc.text(336, 84 + i * 12, k + ":")
                doc.font("helv-b", 8)
                doc.text(410, 84 + i * 12, v)
            doc.font("helv", 8)
            doc.rect(18, 148, 576, 54, fill=0.95)
            doc.font("helv-b", 8)
            doc.text(24, 160, "Your 2026 plan year so far (in network)")
            doc.font("helv", 7.5)
            doc.text(24, 173, "Family deductible: $150.00 met of $3,000.00        Family out-of-pocket maximum: "
                              "$1,013.37 met of $7,000.00")
            doc.text(24, 185, "Individual deductible: $150.00 met of $1,500.00 (ELI)        Amounts shown are "
                              "as of the statement date.")
            doc.text(24, 197, "Keep this notice for your records. It explains claims we processed for you and "
                              "the members of your family.")
            return 222
        doc.font("helv", 8)
        doc.text(18, 74, f"{fam}   Member ID BHW 448 902 117   Statement date 02/24/2026")
        return 90

    def colheads(y: float) -> float:
        doc.rect(18, y - 9, 576, 22, fill=0.88, stroke=False)
        doc.font("helv-b", 6.5)
        cells(doc, cols, y, heads1)
        cells(doc, cols, y + 8, heads2)
        return y + 22

    def footer():
        doc.font("helv", 7)
        doc.text(18, 770, "Brighthaven Health is the plan administrator. Questions about a claim? Call the number "
                          "on your ID card.")
        doc.text(594, 770, f"Page {doc.pno} of {{NP}}", "r")

    y = header(True)
    for pat, clno, prov, sv in claims:
        if y + 70 > bottom:
            footer()
            y = header(False)
        cl = C(None, clno, pat)
        doc.font("helv-b", 8.5)
        doc.text(18, y, f"Patient: {pat}")
        doc.text(250, y, f"Claim number: {clno}")
        doc.font("helv", 8)
        doc.text(18, y + 11, f"Provider: {prov}  (in network)")
        doc.text(594, y + 11, f"Received 02/{(sv[0].dos.day % 9) + 10:02d}/2026", "r")
        y = colheads(y + 26)
        doc.font("helv", 7)
        for s in sv:
            dl = wrap(f"{s.code} {s.desc}", "helv", 7, widths[1] - 4)
            if y + 9 * len(dl) > bottom - 20:
                footer()
                y = header(False)
                doc.font("helv-b", 8.5)
                doc.text(18, y, f"Patient: {pat}   Claim number: {clno}  (continued)")
                y = colheads(y + 16)
                doc.font("helv", 7)
            vals = [dfmt(s.dos, "mdy2"), dl[0], M(s.billed), M(s.discount), M(s.allowed), M(s.not_covered),
                    M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), " ".join(s.remarks)]
            cells(doc, cols, y, vals)
            for k, extra in enumerate(dl[1:]):
                doc.text(cols[1][0] + 2, y + 8 * (k + 1), extra)
            adjs = []
            bk.add(doc.pno, s, cl, ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                    "coinsurance", "paid", "patient_owes"),
                   [dfmt(s.dos, "mdy2"), s.code] + vals[2:], units=False, mods=False, adjs=adjs,
                   remarks=s.remarks, desc=s.desc, arith="member")
            y += 8 * len(dl) + 3
        doc.line(18, y - 4, 594, y - 4)
        doc.font("helv-b", 7)
        tv = ["", "Claim totals", M(total(sv, "billed")), M(total(sv, "discount")), M(total(sv, "allowed")),
              M(total(sv, "not_covered")), M(total(sv, "deductible")), M(total(sv, "copay")),
              M(total(sv, "coinsurance")), M(total(sv, "paid")), M(total(sv, "owes")), ""]
        cells(doc, cols, y + 4, tv)
        bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))
        y += 24
    legend = [("A7", "Part of this amount went toward your calendar-year deductible."),
              ("K2", "Orthotic training is not a covered benefit under your plan; the provider may bill you.")]
    if y + 60 > bottom:
        footer()
        y = header(False)
    doc.font("helv-b", 8)
    doc.text(18, y + 6, "Notes")
    doc.font("helv", 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(18, y + 18 + i * 10, f"{k}  {v}")
    footer()
    return doc, "reportlab", bk, legend, "commercial member EOB for a family of three, portrait Helvetica"


# =============================================================================== L2 commercial member EOB (fpdf2)
def l2():
    """Self-funded employer plan EOB from a TPA, landscape DejaVu Serif, sections per family member (fpdf2)."""
    doc, bk = Doc(792, 612), Book()
    st = PlanState(ded_left=Decimal("0.00"), allowed_rate=Decimal("0.70"), copay_codes={"99213": Decimal("35.00")},
                   coins_rate=Decimal("0.10"))
    members = [
        ("Tobias Marchetti-Hale", "Self", [
            ("CB-6011-20944", "Northgate Physical Therapy", "NPT-118204",
             [S(D(1, 8), "97161", 1, ("GP",)), S(D(1, 8), "97110", 2, ("GP",)),
              S(D(1, 15), "97110", 2, ("GP",)), S(D(1, 15), "97140", 1, ("GP", "59"))])]),
        ("Wren Marchetti-Hale", "Dependent", [
            ("CB-6014-55013", "Sprout & Speak Therapy Collective", "SST-90217",
             [S(D(1, 12), "92507", 1, ("GN",)), S(D(1, 19), "92507", 1, ("GN",)),
              S(D(1, 26), "92507", 1, ("GN",)), S(D(1, 26), "97533", 1, ("GO",), denied="CO")]),
            ("CB-6019-31870", "Elm Street Family Medicine", "EFM-44120",
             [S(D(1, 29), "99213", 1)])]),
        ("Josephine Marchetti-Hale", "Spouse", [
            ("CB-6022-08341", "Northgate Physical Therapy", "NPT-118390",
             [S(D(2, 2), "97163", 1, ("GP",)), S(D(2, 2), "97530", 2, ("GP",)),
              S(D(2, 9), "97530", 2, ("GP",)), S(D(2, 9), "97112", 1, ("GP",))])]),
    ]
    for _, _, cls in members:
        for *_, sv in cls:
            for s in sv:
                commercial(s, st, deny_reason="96")
                s.remarks = ["X17"] if s.denied else []
    widths = [96, 56, 168, 58, 58, 56, 52, 50, 56, 62, 50]
    cols = colx(widths, 24, "llllrrrrrrc")
    H = ["Provider's claim #", "Date", "Service (code / modifiers)", "Amount billed", "Your savings",
         "Not allowed", "Plan allowed", "Co-pay", "Co-insurance", "Plan paid", "Reason"]
    y = 0

    def page(first: bool) -> float:
        doc.new_page()
        doc.font("dvs-b", 14)
        doc.text(24, 36, "Cobalt Bay Benefit Trust")
        doc.font("dvs", 7.5)
        doc.text(24, 47, "Self-funded medical plan for employees of Tidewater Ceramics Co.")
        doc.text(24, 57, "Administered by Anchorline Plan Services, PO Box 7712, Portside, ME 04199")
        doc.font("dvs-b", 10)
        doc.text(768, 36, "Explanation of Benefits", "r")
        doc.font("dvs", 7.5)
        doc.text(768, 47, "Statement issued February 20, 2026  -  page %d of {NP}" % doc.pno, "r")
        doc.line(24, 62, 768, 62, 0.8)
        if first:
            doc.font("dvs", 8)
            doc.text(24, 76, "Employee: TOBIAS MARCHETTI-HALE     Participant ID: CBT-00581-266     "
                             "Coverage: Employee + Family, Copay Plan")
            doc.rect(560, 68, 208, 40)
            doc.font("dvs-b", 7.5)
            doc.text(566, 79, "Family out-of-pocket this year")
            doc.font("dvs", 7.5)
            doc.text(566, 91, "$412.36 of $6,000.00")
            doc.text(566, 102, "Questions: 1-877-555-0193, Mon-Fri 8-6")
            return 124
        return 78

    def colhead(yy: float) -> float:
        doc.line(24, yy - 9, 768, yy - 9, 0.6)
        doc.font("dvs-b", 6.8)
        cells(doc, cols, yy, H)
        doc.line(24, yy + 4, 768, yy + 4, 0.6)
        return yy + 15

    y = page(True)
    for who, rel, cls in members:
        if y > 470:
            y = page(False)
        doc.rect(24, y - 10, 744, 14, fill=0.9, stroke=False)
        doc.font("dvs-b", 8.5)
        doc.text(28, y, f"Services for {who} ({rel})")
        y = colhead(y + 18)
        for pclaim, prov, acct, sv in cls:
            cl = C(acct, pclaim, who)
            doc.font("dvs", 7.5)
            doc.text(28, y, f"Claim {pclaim}   {prov}")
            y += 11
            doc.font("dvs", 7)
            for s in sv:
                svc = f"{s.code} {' '.join(s.mods)}".strip() + " " + s.desc
                dl = wrap(svc, "dvs", 7, widths[2] - 4)
                vals = [acct, dfmt(s.dos, "mon"), dl[0], M(s.billed, "$"), M(s.discount, "$"),
                        M(s.not_covered, "$"), M(s.allowed, "$"), M(s.copay, "$"), M(s.coinsurance, "$"),
                        M(s.paid, "$"), " ".join(s.remarks)]
                cells(doc, cols, y, vals)
                for k, e in enumerate(dl[1:]):
                    doc.text(cols[2][0] + 2, y + 8.5 * (k + 1), e)
                bk.add(doc.pno, s, cl, ("billed", "discount", "not_covered", "allowed", "copay", "coinsurance",
                                        "paid"), [acct, dfmt(s.dos, "mon"), s.code] + list(s.mods) + vals[3:],
                       units=False, remarks=s.remarks, desc=s.desc, arith="member")
                y += 8.5 * len(dl) + 3
            doc.font("dvs-b", 7)
            owes = total(sv, "owes")
            cells(doc, cols, y, ["", "", "Claim total", M(total(sv, "billed"), "$"), M(total(sv, "discount"), "$"),
                                 M(total(sv, "not_covered"), "$"), M(total(sv, "allowed"), "$"),
                                 M(total(sv, "copay"), "$"), M(total(sv, "coinsurance"), "$"),
                                 M(total(sv, "paid"), "$"), ""])
            doc.font("dvs", 7)
            doc.text(28, y + 10, f"What you may owe the provider for this claim: {M(owes, '$')}")
            bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)
            y += 24
        y += 6
    legend = [("X17", "The plan does not cover this service for this diagnosis under the plan document; "
                      "the provider agreed not to bill you for it.")]
    doc.font("dvs-b", 8)
    doc.text(24, y + 4, "Reason codes")
    doc.font("dvs", 7.5)
    doc.text(24, y + 15, "X17  " + legend[0][1])
    doc.text(24, 590, "Appeal rights: you may ask for a review within 180 days of this statement. See the back of "
                      "your plan booklet for how to appeal.")
    return doc, "fpdf2", bk, legend, "self-funded employer plan member EOB, landscape DejaVu Serif"


# =============================================================================== L3 Medicaid RA, Courier landscape
def l3():
    """State Medicaid remittance advice, monospace, PAID / DENIED / ADJUSTED sections (reportlab Courier)."""
    doc, bk = Doc(792, 612), Book()
    recips = [
        ("DELACROIX, AMARI J", "7701458829", "2026034118700001", "WPT0441",
         [x for k, (m_, d_) in enumerate([(1, d) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)]
                                         + [(2, d) for d in (2, 4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 27)])
          for x in ([S(D(m_, d_), "97530", 3 + k % 2, ("GO",))]
                    + ([S(D(m_, d_), ("97535", "97112", "97533")[k % 3], 1 + k % 2, ("GO",))]
                       if k % 4 != 3 else []))]),
        ("FONTENOT, LILIANA R", "7709912034", "2026034118700002", "WPT0467", [
            S(D(1, 6), "92523", 1, ("GN",)), S(D(1, 13), "92507", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",)),
            S(D(1, 27), "92507", 1, ("GN",))]),
        ("ABERNATHY, KOFI", "7703377161", "2026034118700003", "WPT0472", [
            S(D(1, 9), "97166", 1, ("GO",)), S(D(1, 16), "97110", 3, ("GO",)), S(D(1, 23), "97140", 2, ("GO", "59"))]),
        ("ROUSSEL, MAELYNN", "7708820005", "2026034118700004", "WPT0489", [
            S(D(1, 8), "97530", 4, ("GO",)), S(D(1, 15), "97530", 4, ("GO",))]),
    ]
    denied = [("BOUDREAUX, TEAGAN", "7702200874", "2026034118700005", "WPT0490",
               [S(D(1, 10), "97168", 1, ("GO",), denied="CO"), S(D(1, 10), "97530", 2, ("GO",), denied="CO")])]
    old = [S(D(12, 2), "97530", 3, ("GO",)), S(D(12, 2), "97110", 1, ("GO",))]
    old = [s for s in old]
    for s in old:
        s.dos = date(2025, 12, 2)
    recips = recips[1:3] + recips[:1] + recips[3:]
    for *_, sv in recips:
        for s in sv:
            medicaid(s)
            s.remarks = ["0004"] if s.discount else []
    for *_, sv in denied:
        for s in sv:
            medicaid(s)
            s.remarks = ["0841", "1127"]
    for s in old:
        medicaid(s)
    rev = [negate(s) for s in old]
    for s in rev:
        s.remarks = ["0960"]
    repl = [S(date(2025, 12, 2), "97530", 3, ("GO", "KX")), S(date(2025, 12, 2), "97110", 2, ("GO",))]
    for s in repl:
        medicaid(s)
        s.remarks = ["0961"]
    adjd = [("GUIDRY, SOLANGE M", "7704512210", "2025348220100017", "WPT0398", rev),
            ("GUIDRY, SOLANGE M", "7704512210", "2026034118700006", "WPT0398", repl)]

    def m(x):
        return money(x, ",", "trail")

    hdr = ("LN  FROM   THRU   PROC  MOD MOD " + "UNITS".rjust(6) + " " + "BILLED".rjust(11) + " "
           + "ALLOWED".rjust(11) + " " + "TPL AMT".rjust(9) + " " + "COPAY".rjust(6) + " " + "PAID".rjust(11)
           + "  EOB")

    def fmt(i, s):
        mods = list(s.mods) + ["", ""]
        return (f"{i:02d}  {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code} {mods[0]:<3} {mods[1]:<3} "
                f"{units_str(s.units):>6} {m(s.billed):>11} {m(s.allowed):>11} {'0.00':>9} {'0.00':>6} "
                f"{m(s.paid):>11}  {' '.join(s.remarks)}")

    def top():
        doc.new_page()
        doc.font("cour-b", 9)
        doc.text(36, 34, "PELICAN STATE DEPARTMENT OF HEALTH SERVICES   MEDICAL ASSISTANCE PROGRAM")
        doc.font("cour", 8)
        doc.text(36, 46, "REMITTANCE ADVICE  -  PROFESSIONAL CLAIMS                 RA NUMBER 0004411872   "
                         "RUN DATE 03/10/26   PAGE %4d" % doc.pno)
        doc.text(36, 56, "PROVIDER: WILLOWBEND PEDIATRIC THERAPY LLC     PROVIDER NO 0087726    "
                         "NPI 1992004418   PAYMENT CYCLE 2026-05")
        doc.line(36, 60, 756, 60)
        return 72

    def colh(y, sect):
        doc.font("cour-b", 7.5)
        doc.text(36, y, f"*** {sect} ***")
        doc.font("cour", 7.5)
        doc.text(36, y + 10, "RECIPIENT NAME               RECIPIENT ID   ICN               PAT ACCT NO")
        doc.text(36, y + 19, hdr)
        doc.text(36, y + 27, "-" * 118)
        return y + 37

    y = top()
    sections = [("PAID CLAIMS", recips), ("DENIED CLAIMS", denied), ("ADJUSTED CLAIMS", adjd)]
    for sect, grp in sections:
        if y > 520:
            y = top()
        y = colh(y, sect)
        for name, rid, icn, acct, sv in grp:
            if y > 540:
                y = top()
                y = colh(y, sect + " (CONTINUED)")
            cl = C(acct, icn, name)
            doc.font("cour-b", 7.5)
            doc.text(36, y, f"{name:<28} {rid:<14} {icn}  {acct}")
            y += 10
            doc.font("cour", 7.5)
            for i, s in enumerate(sv, 1):
                if y > 560:
                    doc.font("cour", 7.5)
                    doc.text(36, y + 4, "CLAIM CONTINUED ON NEXT PAGE")
                    y = top()
                    y = colh(y, sect + " (CONTINUED)")
                    doc.font("cour-b", 7.5)
                    doc.text(36, y, f"{name:<28} {rid:<14} {icn}  {acct}  CONTINUED")
                    y += 10
                    doc.font("cour", 7.5)
                doc.text(36, y, fmt(i, s))
                bk.add(doc.pno, s, cl, ("billed", "allowed", "paid"),
                       [f"{i:02d}", dfmt(s.dos, "mdy6"), s.code, units_str(s.units), m(s.billed), m(s.allowed),
                        m(s.paid)] + list(s.mods) + s.remarks, remarks=s.remarks, desc=None)
                y += 9.5
            doc.text(36, y, f"{'CLAIM TOTAL':<38} {m(total(sv, 'billed')):>11} {m(total(sv, 'allowed')):>11}"
                            f" {'0.00':>9} {'0.00':>6} {m(total(sv, 'paid')):>11}")
            bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)
            y += 15
    allsv = [s for _, g in sections for *_, sv in g for s in sv]
    if y > 470:
        y = top()
    doc.font("cour-b", 8)
    doc.text(36, y + 6, "*** SUMMARY ***")
    doc.font("cour", 7.5)
    doc.text(36, y + 17, f"CLAIMS PAID {len(recips):>4}   DENIED {len(denied):>4}   ADJUSTED {len(adjd):>4}")
    doc.text(36, y + 27, f"TOTAL PAYMENT THIS RA {m(total(allsv, 'paid')):>12}    EFT TRACE 26034900117")
    legend = [("0004", "Paid at the program's maximum fee for this procedure."),
              ("0841", "Recipient had no active therapy prior authorization on the date of service."),
              ("1127", "Resubmit with the authorization number once it is approved."),
              ("0960", "Claim credited (voided) to allow a replacement claim."),
              ("0961", "Replacement claim paid.")]
    doc.font("cour-b", 8)
    doc.text(36, y + 44, "EOB CODE DESCRIPTIONS")
    doc.font("cour", 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(36, y + 55 + 9.5 * i, f"{k}  {v.upper()}")
    return doc, "reportlab", bk, legend, "state Medicaid remittance advice, monospace Courier landscape"


# =============================================================================== L4 managed-Medicaid RA, boxed
def l4():
    """Medicaid managed-care plan provider remittance, boxed claims, CARC/RARC per line (fpdf2 Liberation Sans)."""
    doc, bk = Doc(612, 792), Book()
    data = [
        ("Jazmine Tallchief", "MCD448120733", "26040-770-01125", "SSC-30817", [
            S(D(1, 6), "92523", 1, ("GN",)), S(D(1, 8), "92507", 1, ("GN",)), S(D(1, 13), "92507", 1, ("GN",)),
            S(D(1, 15), "92507", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",)), S(D(1, 22), "92507", 1, ("GN",)),
            S(D(1, 27), "92507", 1, ("GN",)), S(D(1, 29), "92507", 1, ("GN",)), S(D(1, 29), "97533", 2, ("GO",)),
            S(D(2, 3), "92507", 1, ("GN",)), S(D(2, 5), "92507", 1, ("GN",)), S(D(2, 10), "92507", 1, ("GN",)),
            S(D(2, 12), "92507", 1, ("GN",)), S(D(2, 12), "97533", 2, ("GO",)), S(D(2, 17), "92507", 1, ("GN",)),
            S(D(2, 19), "92507", 1, ("GN",)), S(D(2, 19), "97530", 2, ("GO", "59"))]
         + [S(D(m_, d_), "92507", 1, ("GN",)) for m_, d_ in ((2, 24), (2, 26), (3, 3), (3, 5), (3, 10), (3, 12),
                                                              (3, 17), (3, 19), (3, 24), (3, 26))]),
        ("Osei Tallchief", "MCD448120741", "26040-770-01126", "SSC-30822", [
            S(D(1, 7), "97165", 1, ("GO",)), S(D(1, 14), "97530", 3, ("GO",)),
            S(D(1, 21), "97530", 3, ("GO",)), S(D(1, 21), "97150", 1, ("GO",), denied="CO")]),
        ("Priscilla Vang", "MCD300981146", "26040-770-01131", "SSC-30840", [
            S(D(1, 9), "97162", 1, ("GP",)), S(D(1, 9), "97110", 2, ("GP",)), S(D(1, 16), "97116", 2, ("GP", "CQ"))]),
        ("Dmitri Okafor-Lund", "MCD512200388", "26040-770-01137", "SSC-30851", [
            S(D(2, 2), "97167", 1, ("GO",)), S(D(2, 9), "97530", 2, ("GO",)), S(D(2, 9), "97112", 1, ("GO", "59")),
            S(D(2, 16), "97530", 2, ("GO",)), S(D(2, 23), "97535", 2, ("GO",))]),
        ("Ximena Roldan", "MCD300417725", "26040-770-01142", "SSC-30866", [
            S(D(2, 4), "92523", 1, ("GN",)), S(D(2, 11), "92507", 1, ("GN",)), S(D(2, 18), "92507", 1, ("GN",)),
            S(D(2, 25), "92526", 1, ("GN",))]),
    ]
    data = data[1:] + data[:1]
    for *_, sv in data:
        for s in sv:
            medicaid(s, deny_reason="B15")
            s.remarks = ["N20"] if s.denied else (["N381"] if s.discount else [])
    widths = [22, 96, 42, 40, 28, 52, 52, 56, 48, 52, 40]
    cols = colx(widths, 30, "llllrrrlrrl")
    H = ["Ln", "Service Dates", "Proc", "Mods", "Qty", "Billed Amt", "Allowed Amt", "Adj Grp/Rsn", "Adj Amt",
         "Paid Amt", "RARC"]

    def top() -> float:
        doc.new_page()
        doc.rect(30, 26, 552, 44, fill=0.93)
        doc.font("ls-b", 13)
        doc.text(38, 44, "Prairie Wind Community Care")
        doc.font("ls", 7.5)
        doc.text(38, 56, "A managed care plan serving State Medicaid and CHIP members  |  Provider Services "
                         "1-888-555-0162")
        doc.font("ls-b", 10)
        doc.text(574, 44, "Provider Remittance Advice", "r")
        doc.font("ls", 7.5)
        doc.text(574, 56, f"Page {doc.pno} of {{NP}}", "r")
        doc.font("ls", 7.5)
        doc.text(34, 84, "Pay to: Sunflower Speech & Sensory Center  |  Provider ID 40077218  |  NPI 1568802213  |  "
                         "Remit date 04/02/2026  |  EFT 0002611847")
        return 104

    def colhead(yy: float) -> float:
        doc.font("ls-b", 6.8)
        cells(doc, cols, yy, H)
        doc.line(30, yy + 3, 582, yy + 3, 0.4)
        return yy + 12

    y = top()
    for name, mid, tcn, acct, sv in data:
        cl = C(acct, tcn, name)
        y0 = y
        doc.rect(30, y - 10, 552, 26, fill=0.85, stroke=False)
        doc.font("ls-b", 7.5)
        doc.text(34, y, f"Member: {name}")
        doc.text(200, y, f"Member ID: {mid}")
        doc.text(340, y, f"TCN: {tcn}")
        doc.font("ls", 7.5)
        doc.text(34, y + 11, f"Patient Acct #: {acct}     Claim status: Processed as primary     "
                             "Rendering NPI 1730095516")
        y = colhead(y + 28)
        doc.font("ls", 7)
        for i, s in enumerate(sv, 1):
            nrow = max(1, len(s.adjs))
            if y + 9 * nrow > 740:
                doc.rect(30, y0 - 10, 552, y - y0 + 6)
                doc.font("ls", 7)
                doc.text(34, y + 6, "Continued on next page")
                y = top()
                y0 = y
                doc.rect(30, y - 10, 552, 14, fill=0.85, stroke=False)
                doc.font("ls-b", 7.5)
                doc.text(34, y, f"Member: {name}   TCN: {tcn}   Patient Acct #: {acct}   (continued)")
                y = colhead(y + 14)
                doc.font("ls", 7)
            ad = s.adjs or [None]
            vals = [str(i), dfmt(s.dos, "mdy4") + "-" + dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                    units_str(s.units) + ".00", M(s.billed), M(s.allowed),
                    f"{ad[0][0]}-{ad[0][1]}" if ad[0] else "", M(ad[0][2]) if ad[0] else "", M(s.paid),
                    " ".join(s.remarks)]
            cells(doc, cols, y, vals)
            for k, a in enumerate(ad[1:], 1):
                cells(doc, cols[7:9], y + 9 * k, [f"{a[0]}-{a[1]}", M(a[2])])
            row = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units) + ".00", M(s.billed),
                   M(s.allowed), M(s.paid)] + s.remarks
            if ad[0]:
                row += [f"{ad[0][0]}-{ad[0][1]}", M(ad[0][2])]
            bk.add(doc.pno, s, cl, ("billed", "allowed", "paid"), row,
                   adjs=[[g, c, a] for g, c, a in s.adjs], remarks=s.remarks, desc=None, arith="adj")
            y += 9 * nrow + 2
        doc.font("ls-b", 7)
        cells(doc, cols, y + 2, ["", "Claim totals", "", "", "", M(total(sv, "billed")), M(total(sv, "allowed")),
                                 "", "", M(total(sv, "paid")), ""])
        doc.rect(30, y0 - 10, 552, y - y0 + 16)
        bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)
        y += 30
    legend = [("N381", "Paid under the plan's contracted Medicaid rate."),
              ("N20", "Group sessions on the same day as individual therapy are not separately payable."),
              ("B15", "Service must be billed with a qualifying companion service.")]
    doc.font("ls-b", 7.5)
    doc.text(34, y, "Remark and reason code glossary")
    doc.font("ls", 7)
    for i, (k, v) in enumerate(legend):
        doc.text(34, y + 11 + 9 * i, f"{k}: {v}")
    return doc, "fpdf2", bk, legend, "managed-care Medicaid provider remittance, boxed claims, Liberation Sans"


# =============================================================================== L5 Medicare SPR via clearinghouse
def l5():
    """Medicare Part B standard-paper-remit style print from a clearinghouse, DejaVu Sans Mono (reportlab)."""
    doc, bk = Doc(612, 792), Book()
    st = PlanState(ded_left=Decimal("0.00"))
    pts = [
        ("HOLLOWAY, BERNICE", "5TR8WQ2KD61", "HRP-7720114", "2226041337520", [
            S(D(1, 5), "97163", 1, ("GP",)), S(D(1, 5), "97110", 2, ("GP",)), S(D(1, 7), "97110", 2, ("GP",)),
            S(D(1, 7), "97140", 1, ("GP", "59")), S(D(1, 12), "97116", 2, ("GP",)),
            S(D(1, 14), "97110", 2, ("GP", "KX")), S(D(1, 14), "97530", 1, ("GP", "KX")),
            S(D(1, 19), "97110", 2, ("GP", "KX")), S(D(1, 21), "97112", 2, ("GP", "KX")),
            S(D(1, 26), "97110", 2, ("CQ", "GP", "KX")), S(D(1, 28), "97530", 2, ("CQ", "GP", "KX")),
            S(D(2, 2), "97110", 2, ("GP", "KX")), S(D(2, 2), "97140", 1, ("GP", "KX", "59")),
            S(D(2, 4), "97116", 2, ("GP", "KX")), S(D(2, 9), "97110", 2, ("CQ", "GP", "KX")),
            S(D(2, 11), "97530", 2, ("GP", "KX"))]),
        ("ESPINOZA, RAFAEL T", "7HJ2MM4XN08", "HRP-7720131", "2226041337521", [
            S(D(1, 9), "97166", 1, ("GO",)), S(D(1, 16), "97535", 2, ("GO",)), S(D(1, 23), "97535", 2, ("GO",)),
            S(D(1, 23), "G0283", 1, ("GO",), denied="CO")]),
        ("PELLETIER, ODETTE", "2KQ9VA7TC35", "HRP-7720158", "2226041337522", [
            S(D(1, 13), "92523", 1, ("GN",)), S(D(1, 20), "92507", 1, ("GN",))]),
    ]
    pts = pts[1:] + pts[:1]
    ded = {"HRP-7720131": Decimal("60.00")}
    for _, _, acct, _, sv in pts:
        st.ded_left = ded.get(acct, ZERO)
        for s in sv:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N657"] if s.denied else []
    FONT, SZ = "dvm", 6.6

    def m(x):
        return money(x, "", "-")

    def top():
        doc.new_page()
        doc.font("dvm-b", 8)
        doc.text(30, 30, "MEDICARE PART B - REMITTANCE ADVICE (PAPER FORMAT)")
        doc.font(FONT, SZ)
        doc.text(30, 41, "REPRINTED BY KESTREL GATEWAY CLAIMS EXCHANGE FROM 835 FILE KGX-88410273")
        doc.text(30, 50, "JURISDICTION 9 CONTRACTOR - NORTHERN PLAINS MEDICARE SERVICES")
        doc.text(582, 30, f"PAGE #: {doc.pno} OF {{NP}}", "r")
        doc.text(582, 41, "DATE: 02/24/2026", "r")
        doc.text(582, 50, "CHECK/EFT #: 0071184530", "r")
        doc.text(30, 64, "PROVIDER #: 4418820   HARROW RIDGE PHYSICAL & OCCUPATIONAL THERAPY   NPI 1447730985")
        doc.text(30, 80, "PERF PROV   SERV DATE   POS NOS  PROC MODS          BILLED   ALLOWED   DEDUCT"
                         "     COINS  GRP/RC-AMT        PROV PD")
        doc.text(30, 88, "_" * 112)
        return 102

    y = top()
    for name, hic, acct, icn, sv in pts:
        if y > 640:
            y = top()
        cl = C(acct, icn, name)
        doc.font(FONT, SZ)
        doc.text(30, y, f"NAME {name:<22} HIC {hic}   ACNT {acct}   ICN {icn}   ASG Y  MOA MA01 MA18")
        y += 11
        for s in sv:
            need = 8.5 * len(s.adjs) + 2
            if y + need > 730:
                doc.text(30, y + 4, "CLAIM CONTINUED")
                y = top()
                doc.text(30, y, f"NAME {name:<22} HIC {hic}   ACNT {acct}   ICN {icn}   (CONT)")
                y += 11
            mods = " ".join(s.mods)
            ad0 = s.adjs[0]
            lead = (f"1730095516  {s.dos:%m%d} {s.dos:%m%d%y}  11 {units_str(s.units):>3}  {s.code} {mods:<9}"
                    f"{m(s.billed):>10}{m(s.allowed):>10}{m(s.deductible):>9}{m(s.coinsurance):>10}  "
                    f"{ad0[0]}-{ad0[1]:<4}{m(ad0[2]):>9}{m(s.paid):>11}")
            doc.text(30, y, lead)
            for k, a in enumerate(s.adjs[1:], 1):
                doc.text(30, y + 8.5 * k, " " * 86 + f"{a[0]}-{a[1]:<4}{m(a[2]):>9}")
            if s.remarks:
                doc.text(30, y + 8.5 * len(s.adjs), " " * 12 + "CNTL #:" + f"{acct}-{s.dos:%m%d}" + "   REM: "
                         + " ".join(s.remarks))
                need += 8.5
            bk.add(doc.pno, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   [f"{s.dos:%m%d} {s.dos:%m%d%y}", s.code, mods, m(s.billed), m(s.allowed), m(s.deductible),
                    m(s.coinsurance), m(s.paid), f"{ad0[0]}-{ad0[1]}"],
                   adjs=[[g, c, a] for g, c, a in s.adjs], remarks=s.remarks, desc=None, arith="adj")
            y += need
        resp = total(sv, "owes")
        doc.text(30, y, f"PT RESP {m(resp):>9}{'':15}CLAIM TOTALS {m(total(sv, 'billed')):>10}"
                        f"{m(total(sv, 'allowed')):>10}{m(total(sv, 'deductible')):>9}{m(total(sv, 'coinsurance')):>10}"
                        f"{'':17}{m(total(sv, 'paid')):>11}")
        doc.text(30, y + 8.5, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00"
                              f"{'':18}NET {m(total(sv, 'paid')):>11}")
        bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), None)
        y += 26
    allsv = [s for *_, sv in pts for s in sv]
    if y > 680:
        y = top()
    doc.font(FONT, SZ)
    doc.text(30, y, "TOTALS:  # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  PROV PD AMT  CHECK AMT")
    doc.text(30, y + 9, f"{len(pts):>20}{m(total(allsv, 'billed')):>12}{m(total(allsv, 'allowed')):>13}"
                        f"{m(total(allsv, 'deductible')):>12}{m(total(allsv, 'coinsurance')):>11}"
                        f"{m(total(allsv, 'paid')):>13}{m(total(allsv, 'paid')):>11}")
    legend = [("N657", "Bill this service under the correct place-of-service or with a covered companion code.")]
    doc.text(30, y + 26, "GLOSSARY: N657 - " + legend[0][1])
    return doc, "reportlab", bk, legend, "Medicare standard paper remit reprinted by a clearinghouse, DejaVu Mono"


# =============================================================================== L6 PM system ERA posting report
def l6():
    """Practice-management 'ERA posting detail' report, landscape ruled grid, core Helvetica (fpdf2)."""
    doc, bk = Doc(792, 612), Book()
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.74"))
    rows = [
        ("Greaves, Hollis", "ACC-220871", "MHP-9930018842", [
            S(D(1, 12), "97161", 1, ("GP",)), S(D(1, 12), "97110", 2, ("GP",)), S(D(1, 14), "97140", 2, ("GP",))]),
        ("Greaves, Marigold", "ACC-220872", "MHP-9930018857", [
            S(D(1, 13), "97166", 1, ("GO",)), S(D(1, 13), "97530", 2, ("GO",)),
            S(D(1, 20), "97530", 3, ("GO",)), S(D(1, 20), "97760", 1, ("GO",))]),
        ("Ibarra, Teodoro", "ACC-220915", "MHP-9930019120", [
            S(D(1, 15), "97162", 1, ("GP",)), S(D(1, 15), "97750", 1, ("GP",)), S(D(1, 22), "97112", 2, ("GP",)),
            S(D(1, 22), "97110", 1, ("GP",)), S(D(1, 29), "97112", 2, ("GP",)), S(D(1, 29), "A4467", 2, ())]),
        ("Nakashima, Iris", "ACC-221004", "MHP-9930019366", [
            S(D(1, 21), "92523", 1, ("GN",)), S(D(1, 28), "92507", 1, ("GN",))]),
    ]
    for _, _, _, sv in rows:
        for s in sv:
            commercial(s, st)
    # a take-back of an earlier overpaid visit, printed in parentheses, and its corrected payment
    old = S(D(1, 5), "97530", 3, ("GO",))
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.74"))
    commercial(old, st2)
    rev = negate(old)
    new = S(D(1, 5), "97530", 2, ("GO",))
    commercial(new, st2)
    rows.append(("Greaves, Marigold", "ACC-220640", "MHP-9930017002R", [rev]))
    rows.append(("Greaves, Marigold", "ACC-220640", "MHP-9930017002C", [new]))
    widths = [90, 58, 80, 40, 32, 30, 20, 46, 46, 40, 40, 44, 56, 46, 44]
    cols = colx(widths, 20, "lllllllrrrrrlrr")
    H = ["Patient", "Acct #", "Payer ICN", "DOS", "CPT", "Mod", "Un", "Charge", "Allowed", "Deduct", "Coins",
         "Contract", "Adj codes", "Paid", "Pt Resp"]

    def m(x):
        return money(x, ",", "()")

    def top():
        doc.new_page()
        doc.font("helv-b", 11)
        doc.text(20, 30, "TheraLedger PM  -  ERA Posting Detail")
        doc.font("helv", 7.5)
        doc.text(20, 42, "Practice: Quarry Hill Rehabilitation Associates   |   Payer: MAPLEHURST HEALTH PARTNERS (60331)"
                         "   |   EFT 882040117 dated 02/06/2026   |   Batch 4471")
        doc.text(772, 30, f"Printed 02/09/2026 08:14   Page {doc.pno}/{{NP}}", "r")
        yy = 58
        doc.rect(20, yy - 9, sum(widths), 13, fill=0.8)
        doc.font("helv-b", 7)
        cells(doc, cols, yy, H)
        return yy + 14

    y = top()
    doc.font("helv", 7)
    for pat, acct, icn, sv in rows:
        cl = C(acct, icn, pat)
        for s in sv:
            if y > 560:
                y = top()
                doc.font("helv", 7)
            codes = " ".join(f"{g}{c}" for g, c, a in s.adjs if a)
            vals = [pat, acct, icn, dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units),
                    m(s.billed), m(s.allowed), m(s.deductible), m(s.coinsurance), m(s.discount), codes, m(s.paid),
                    m(s.owes)]
            cells(doc, cols, y, vals)
            doc.line(20, y + 3, 20 + sum(widths), y + 3, 0.2)
            bk.add(doc.pno, s, cl, ("billed", "allowed", "deductible", "coinsurance", "discount", "paid",
                                    "patient_owes"), [acct, icn, dfmt(s.dos, "mdy2"), s.code, units_str(s.units)]
                   + list(s.mods) + vals[7:12] + vals[13:],
                   adjs=[[g, c, a] for g, c, a in s.adjs if a], desc=None, arith="adj")
            y += 11.5
        doc.font("helv-b", 7)
        cells(doc, cols, y, ["", "", f"Claim {icn} total", "", "", "", "", m(total(sv, "billed")),
                             m(total(sv, "allowed")), "", "", "", "", m(total(sv, "paid")), m(total(sv, "owes"))])
        bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))
        doc.font("helv", 7)
        y += 15
    allsv = [s for *_, sv in rows for s in sv]
    doc.font("helv-b", 7.5)
    doc.text(20, y + 6, f"Batch totals:  Charges {m(total(allsv, 'billed'))}   Paid {m(total(allsv, 'paid'))}"
                        f"   Patient responsibility {m(total(allsv, 'owes'))}")
    doc.font("helv", 7)
    doc.text(20, y + 18, "Adj codes: CO45 contract write-off, PR1 deductible, PR2 coinsurance. Negative amounts "
                         "in parentheses are a payer take-back (claim reversal).")
    return doc, "fpdf2", bk, [], "practice-management ERA posting detail, landscape ruled grid, core Helvetica"


# =============================================================================== L7 Medicare Summary Notice
def l7():
    """Medicare Summary Notice (Part B), beneficiary notice with claim blocks, Liberation Serif (reportlab)."""
    doc, bk = Doc(612, 792), Book()
    ben = "CORNELIUS A. VANTERPOOL"
    st = PlanState(ded_left=Decimal("283.00"))
    blocks = [
        ("Harrow Ridge Physical & Occupational Therapy", "26-021-0448-7730-00",
         [S(D(1, 6), "97162", 1), S(D(1, 6), "97110", 2), S(D(1, 8), "97110", 2), S(D(1, 8), "97140", 1),
          S(D(1, 13), "97116", 2), S(D(1, 15), "97110", 2), S(D(1, 15), "97530", 1)]),
        ("Bayview Internal Medicine Group", "26-027-0113-2041-00", [S(D(1, 20), "99213", 1)]),
        ("Harrow Ridge Physical & Occupational Therapy", "26-035-0448-7782-00",
         [S(D(1, 20), "97110", 2), S(D(1, 22), "97112", 2), S(D(1, 27), "97110", 2), S(D(1, 27), "97760", 1),
          S(D(1, 29), "G0283", 1, denied="PR"), S(D(1, 29), "97110", 2)]),
    ]
    for _, _, sv in blocks:
        for s in sv:
            medicare(s, st)
            s.desc = {"97110": "Therapeutic exercises, each 15 minutes",
                      "97140": "Hands-on (manual) therapy, each 15 minutes",
                      "97116": "Walking (gait) training, each 15 minutes",
                      "97530": "Functional activities, each 15 minutes",
                      "97112": "Balance and coordination retraining, each 15 minutes",
                      "97162": "Physical therapy evaluation, moderate complexity",
                      "99213": "Office visit, established patient",
                      "97760": "Brace fitting and training, each 15 minutes",
                      "G0283": "Electrical stimulation, unattended"}[s.code]
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    cols = colx([222, 54, 64, 70, 64, 64, 40], 30, "lcrrrrc")
    H1 = ["Service Provided &", "Service", "Amount", "Medicare-", "Medicare", "Maximum", "See"]
    H2 = ["Billing Code", "Approved?", "Provider", "Approved", "Paid", "You May", "Notes"]
    H3 = ["", "", "Charged", "Amount", "Provider", "Be Billed", "Below"]

    def top(first):
        doc.new_page()
        doc.font("lr-b", 16)
        doc.text(30, 44, "Medicare Summary Notice")
        doc.font("lr", 9)
        doc.text(30, 58, "for Part B (Medical Insurance)")
        doc.text(582, 44, f"{ben}", "r")
        doc.text(582, 56, "Medicare Number  XXX-XX-7K42", "r")
        doc.text(582, 68, f"Page {doc.pno} of {{NP}}", "r")
        doc.line(30, 76, 582, 76, 1.0)
        if first:
            doc.font("lr-b", 10)
            doc.text(30, 94, "The Official Summary of Your Medicare Claims from the Medicare Program")
            doc.font("lr", 8.5)
            doc.text(30, 108, "Notice for " + ben + ", 41 Gullwing Terrace, Port Amity, OR 97399   |   "
                              "Dates of service: January 6 - January 29, 2026")
            doc.rect(30, 118, 552, 46, fill=0.93)
            doc.font("lr-b", 9)
            doc.text(38, 131, "Your Deductible Status")
            doc.font("lr", 8.5)
            doc.text(38, 144, "Your deductible is what you must pay each year for Part B services before Medicare "
                              "pays its share.")
            doc.text(38, 156, "You have now met $283.00 of your $283.00 Part B deductible for 2026.")
            doc.font("lr-b", 11)
            doc.text(30, 184, "Your Claims & Costs This Period")
            return 204
        doc.font("lr-b", 10)
        doc.text(30, 94, "Your Claims & Costs This Period (continued)")
        return 112

    def colhead(y):
        doc.rect(30, y - 10, 578 - 30 + 4, 32, fill=0.85, stroke=False)
        doc.font("lr-b", 7.8)
        cells(doc, cols, y, H1)
        cells(doc, cols, y + 9, H2)
        cells(doc, cols, y + 18, H3)
        return y + 34

    y = top(True)
    for prov, clno, sv in blocks:
        if y > 600:
            y = top(False)
        cl = C(None, clno, ben)
        doc.font("lr-b", 9)
        doc.text(30, y, prov)
        doc.font("lr", 8.5)
        doc.text(30, y + 12, f"Claim number {clno}   |   Provider's address: 900 Sentry Row, Port Amity, OR 97398")
        y = colhead(y + 30)
        cur = None
        for s in sv:
            if y > 710:
                doc.font("lr", 8)
                doc.text(30, y, "This claim continues on the next page.")
                y = top(False)
                doc.font("lr-b", 9)
                doc.text(30, y, f"{prov} - claim number {clno} (continued)")
                y = colhead(y + 18)
                cur = None
            if s.dos != cur:
                doc.font("lr-b", 8.5)
                doc.text(32, y, dfmt(s.dos, "mon"))
                y += 12
                cur = s.dos
            doc.font("lr", 8.5)
            label = f"{s.desc} ({s.code})"
            dl = wrap(label, "lr", 8.5, 212)
            vals = [dl[0], "No" if s.denied else "Yes", M(s.billed, "$"), M(s.allowed, "$"), M(s.paid, "$"),
                    M(s.owes, "$"), ", ".join(s.remarks)]
            cells(doc, cols, y, vals)
            for k, e in enumerate(dl[1:], 1):
                doc.text(cols[0][0] + 10, y + 10 * k, e)
            row = [(f"({s.code})" if len(dl) == 1 else ""), vals[1]] + vals[2:]
            bk.add(doc.pno, s, cl, ("billed", "allowed", "paid", "patient_owes"), [r for r in row if r],
                   units=False, mods=False, remarks=s.remarks, desc=s.desc, page_tokens=[dfmt(s.dos, "mon")])
            y += 10 * len(dl) + 4
        doc.line(30, y - 6, 582, y - 6)
        doc.font("lr-b", 8.5)
        cells(doc, cols, y + 4, ["Total for this claim", "", M(total(sv, "billed"), "$"),
                                 M(total(sv, "allowed"), "$"), M(total(sv, "paid"), "$"), M(total(sv, "owes"), "$"),
                                 ""])
        bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))
        y += 30
    legend = [("A", "Your provider accepted Medicare's approved amount as full payment for this service."),
              ("B", "Part of the approved amount counted toward your yearly Part B deductible."),
              ("C", "Medicare does not cover this service in this setting. You signed a waiver, so you may be "
                    "charged.")]
    if y > 660:
        y = top(False)
    doc.font("lr-b", 10)
    doc.text(30, y, "Notes for Claims Above")
    doc.font("lr", 8.5)
    for i, (k, v) in enumerate(legend):
        doc.text(30, y + 14 + 12 * i, f"{k}  {v}")
    doc.font("lr", 7.5)
    doc.text(30, 770, "To report fraud call 1-800-555-0177. Keep this notice: it is not a bill. Compare it with the "
                      "statements you get from your providers.")
    return doc, "reportlab", bk, legend, "Medicare Summary Notice, Part B, Liberation Serif"


# =============================================================================== L8 Medicare Advantage member EOB
def l8():
    """Medicare Advantage (Part C) monthly member EOB with a side summary column, DejaVu Sans (fpdf2)."""
    doc, bk = Doc(612, 792), Book()
    mem = "Gwendolyn P. Aldridge-Sato"
    st = PlanState(allowed_rate=Decimal("0.52"), visit_copay=Decimal("25.00"))
    claims = [
        ("2601-PT-0088417", "Cedar Point Outpatient Therapy", "CPT-55180",
         [S(D(1, 7), "97161", 1, ("GP",)), S(D(1, 9), "97110", 3, ("GP",)), S(D(1, 9), "97140", 1, ("GP",)),
          S(D(1, 14), "97110", 2, ("GP",)), S(D(1, 14), "97112", 2, ("GP",))]),
        ("2601-OT-0091250", "Cedar Point Outpatient Therapy", "CPT-55214",
         [S(D(1, 16), "97165", 1, ("GO",)), S(D(1, 21), "97535", 2, ("GO",)), S(D(1, 21), "97530", 1, ("GO",)),
          S(D(1, 28), "97760", 1, ("GO",)), S(D(1, 28), "L3807", 1, ("RT",))]),
        ("2601-MD-0090033", "Juniper Valley Primary Care", None, [S(D(1, 23), "99213", 1)]),
    ]
    for *_, sv in claims:
        for s in sv:
            commercial(s, st)
    X0, W = 26, 400

    def top():
        doc.new_page()
        doc.font("dv-b", 13)
        doc.text(X0, 38, "Juniper Ridge Medicare Advantage (HMO-POS)")
        doc.font("dv", 7.5)
        doc.text(X0, 50, "Your Explanation of Benefits for medical services  -  January 2026  -  This is not a bill")
        doc.text(586, 38, f"Page {doc.pno} of {{NP}}", "r")
        doc.line(X0, 57, 586, 57, 1.0)
        # sidebar
        doc.rect(440, 68, 146, 210, fill=0.94)
        doc.font("dv-b", 7.5)
        doc.text(446, 82, "Member")
        doc.font("dv", 7)
        for i, t in enumerate([mem, "Member ID  JRM-40227-6611", "Plan H9977-014", "",
                               "Your out-of-pocket so far", "in 2026: $150.00", "Maximum: $4,900.00", "",
                               "Questions? Member Services", "1-866-555-0124 (TTY 711)", "8 a.m.-8 p.m., 7 days"]):
            doc.text(446, 94 + 10 * i, t)
        return 78

    y = top()
    doc.font("dv", 7.5)
    for t in ["This summary shows the medical claims we processed for you in January. Your share is what you",
              "may owe the provider. If you already paid it at the visit, you owe nothing more."]:
        doc.text(X0, y, t)
        y += 10
    y += 8
    cols = colx([128, 48, 56, 60, 54, 54], X0, "llrrrr")
    for clno, prov, acct, sv in claims:
        cl = C(acct, clno, mem)
        if y > 640:
            y = top()
        doc.font("dv-b", 8)
        doc.text(X0, y, f"Claim {clno}")
        doc.font("dv", 7)
        doc.text(X0, y + 10, f"{prov}" + (f"  -  provider account {acct}" if acct else "") + "  -  in network")
        y += 24
        doc.font("dv-b", 6.5)
        cells(doc, cols, y, ["Medical service", "Date", "Provider", "Plan's approved", "Plan's", "Your share"])
        cells(doc, cols, y + 8, ["(code)", "", "charged", "amount", "payment", ""])
        doc.line(X0, y + 11, X0 + W, y + 11, 0.5)
        y += 21
        doc.font("dv", 7)
        for s in sv:
            lab = f"{s.code}{'-' + s.mods[0] if s.mods else ''} {s.desc}"
            dl = wrap(lab, "dv", 7, 124)
            vals = [dl[0], dfmt(s.dos, "mdyn"), M(s.billed, "$"), M(s.allowed, "$"), M(s.paid, "$"),
                    M(s.owes, "$")]
            cells(doc, cols, y, vals)
            for k, e in enumerate(dl[1:], 1):
                doc.text(cols[0][0] + 2, y + 8.5 * k, e)
            last = dl[-1]
            on_first = s.code in dl[0]
            bk.add(doc.pno, s, cl, ("billed", "allowed", "paid", "patient_owes"),
                   ([s.code] if on_first else []) + vals[1:], units=False, desc=s.desc,
                   page_tokens=[s.code] + list(s.mods))
            y += 8.5 * len(dl) + 3
        doc.line(X0, y - 5, X0 + W, y - 5, 0.5)
        doc.font("dv-b", 7)
        cells(doc, cols, y + 3, ["Claim total", "", M(total(sv, "billed"), "$"), M(total(sv, "allowed"), "$"),
                                 M(total(sv, "paid"), "$"), M(total(sv, "owes"), "$")])
        bk.claim(cl, total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes"))
        y += 26
    doc.font("dv", 6.8)
    doc.text(X0, 760, "Juniper Ridge Health Plans is an HMO-POS plan with a Medicare contract. Enrollment depends "
                      "on contract renewal.")
    return doc, "fpdf2", bk, [], "Medicare Advantage member EOB with sidebar, DejaVu Sans"


# =============================================================================== L9 therapy clinic family statement
def l9():
    """Pediatric therapy clinic family statement to a guarantor, right-hand sidebar and tear-off stub (reportlab)."""
    doc, bk = Doc(612, 792), Book()
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-330187", "Ava Solberg", [S(D(1, 5), "97166", 1, ("GO",)), S(D(1, 5), "97533", 1, ("GO",))]),
        ("V-330215", "Mateo Solberg", [S(D(1, 6), "92523", 1, ("GN",))]),
        ("V-330244", "Ava Solberg", [S(D(1, 12), "97530", 2, ("GO",)), S(D(1, 12), "97533", 1, ("GO",))]),
        ("V-330261", "Mateo Solberg", [S(D(1, 13), "92507", 1, ("GN",))]),
        ("V-330290", "Ava Solberg", [S(D(1, 19), "97530", 2, ("GO",)), S(D(1, 19), "97112", 1, ("GO", "59"))]),
        ("V-330302", "Mateo Solberg", [S(D(1, 20), "92507", 1, ("GN",)), S(D(1, 20), "92526", 1, ("GN",))]),
        ("V-330339", "Ava Solberg", [S(D(1, 26), "97530", 3, ("GO",))]),
        ("V-330351", "Mateo Solberg", [S(D(1, 27), "92507", 1, ("GN",))]),
        ("V-330377", "Lucia Solberg", [S(D(1, 29), "97161", 1, ("GP",)), S(D(1, 29), "97110", 2, ("GP",))]),
    ]
    for _, _, sv in visits:
        for s in sv:
            commercial(s, st)
    cols = colx([36, 56, 38, 44, 74, 18, 38, 38, 36, 40], 24, "lllllrrrrr")
    H = ["Date", "Patient", "Visit #", "Code", "Description", "Qty", "Charge", "Ins Paid", "Adjust", "You Owe"]
    bal = sum((s.owes for *_, sv in visits for s in sv), ZERO)
    paid_by_family = Decimal("60.00")

    def side():
        doc.rect(450, 60, 140, 300, fill=0.92, stroke=False)
        doc.font("dvc-b", 8)
        doc.text(456, 76, "Account summary")
        doc.font("dvc", 7.5)
        items = [("Guarantor", "Renata Solberg"), ("Family account", "WC-0047712"), ("Statement date", "02/14/2026"),
                 ("Primary insurance", "Larkspur Health PPO"), ("Previous balance", "$0.00"),
                 ("New charges", M(total([s for *_, v in visits for s in v], "billed"), "$")),
                 ("Family payments", "-" + M(paid_by_family, "$")), ("Amount due", M(bal - paid_by_family, "$")),
                 ("Due by", "03/10/2026")]
        for i, (k, v) in enumerate(items):
            doc.text(456, 92 + 28 * i, k)
            doc.font("dvc-b", 8.5)
            doc.text(456, 103 + 28 * i, v)
            doc.font("dvc", 7.5)

    def top():
        doc.new_page()
        doc.font("dvc-b", 14)
        doc.text(24, 36, "Willow Creek Pediatric Therapy")
        doc.font("dvc", 7.5)
        doc.text(24, 47, "Occupational - Speech - Physical Therapy  |  318 Alder Mill Rd, Suite 4, Brookhollow, MN 55987"
                         "  |  Billing office (507) 555-0139")
        doc.text(590, 36, f"Page {doc.pno} of {{NP}}", "r")
        side()
        doc.font("dvc-b", 9)
        doc.text(24, 70, "FAMILY STATEMENT")
        doc.font("dvc", 7.5)
        doc.text(24, 81, "Renata Solberg, 5590 Prairie Smoke Ct, Brookhollow, MN 55987")
        yy = 100
        doc.line(24, yy - 9, 440, yy - 9, 0.6)
        doc.font("dvc-b", 6.8)
        cells(doc, cols, yy, H)
        doc.line(24, yy + 3, 440, yy + 3, 0.6)
        return yy + 13

    y = top()
    doc.font("dvc", 6.8)
    for vid, pat, sv in visits:
        cl = C(vid, None, pat)
        for s in sv:
            if y > 700:
                doc.text(24, y, "Continued on next page")
                y = top()
                doc.font("dvc", 6.8)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            dl = wrap(s.desc, "dvc", 6.8, 70)
            vals = [dfmt(s.dos, "mdy4").replace("/2026", "/26"), pat, vid, code, dl[0], units_str(s.units),
                    M(s.billed), M(s.paid), M(s.discount), M(s.owes)]
            cells(doc, cols, y, vals)
            for k, e in enumerate(dl[1:], 1):
                doc.text(cols[4][0] + 2, y + 7.5 * k, e)
            bk.add(doc.pno, s, cl, ("billed", "paid", "discount", "patient_owes"),
                   [vals[0], pat, vid, code, units_str(s.units)] + vals[6:], desc=s.desc)
            y += 7.5 * max(2, len(dl)) + 4
        bk.claim(cl)
    y += 4
    doc.font("dvc", 6.8)
    doc.text(cols[0][0] + 2, y, "02/02/26")
    doc.text(cols[4][0] + 2, y, "Payment - thank you (card)")
    doc.text(cols[9][0] + cols[9][1] - 2, y, "-" + M(paid_by_family), "r")
    y += 14
    doc.font("dvc-b", 7.5)
    doc.text(24, y, f"Amount due from family: {M(bal - paid_by_family, '$')}")
    # tear-off stub
    doc.line(24, 712, 590, 712, 0.4)
    doc.font("dvc", 6.5)
    doc.text(24, 720, "Please detach and return this portion with your payment.")
    doc.font("dvc-b", 8)
    doc.text(24, 736, "Account WC-0047712   Renata Solberg")
    doc.text(590, 736, f"Amount due {M(bal - paid_by_family, '$')}   Amount enclosed $________", "r")
    doc.font("dvc", 6.5)
    doc.text(24, 750, "Make checks payable to Willow Creek Pediatric Therapy, PO Box 118, Brookhollow, MN 55987")
    return doc, "reportlab", bk, [], "therapy clinic family statement with sidebar and stub, DejaVu Sans Condensed"


# =============================================================================== L10 hospital guarantor statement
def l10():
    """Hospital outpatient rehab guarantor statement, accounts per family member, Liberation Serif (fpdf2)."""
    doc, bk = Doc(612, 792), Book()
    accts = [
        ("40018833", "Jonah Whitcombe", "HMP-26-0117-8820", [
            S(D(1, 5), "97163", 1, ("GP",)), S(D(1, 5), "97110", 2, ("GP",)), S(D(1, 7), "97110", 3, ("GP",)),
            S(D(1, 7), "97140", 1, ("GP", "59")), S(D(1, 9), "97116", 2, ("GP",)), S(D(1, 12), "97110", 2, ("GP",)),
            S(D(1, 12), "97112", 2, ("GP",)), S(D(1, 14), "97530", 2, ("GP",)), S(D(1, 16), "97110", 3, ("GP",)),
            S(D(1, 19), "97116", 2, ("GP",)), S(D(1, 19), "G0283", 1, ("GP",)), S(D(1, 21), "97110", 2, ("GP",)),
            S(D(1, 23), "97112", 2, ("GP",)), S(D(1, 26), "97110", 3, ("GP",)), S(D(1, 26), "97140", 2, ("GP", "59")),
            S(D(1, 28), "97530", 2, ("GP",)), S(D(1, 30), "97750", 1, ("GP",)), S(D(1, 30), "97110", 2, ("GP",))]
         + [x for k, d_ in enumerate((2, 4, 6, 9, 11, 13))
            for x in (S(D(2, d_), "97110", 2 + k % 2, ("GP",)), S(D(2, d_), ("97112", "97116", "97530")[k % 3], 2,
                                                                  ("GP",)), S(D(2, d_), "97140", 1, ("GP", "59")))]),
        ("40018907", "Hazel Whitcombe", "HMP-26-0121-4471", [
            S(D(1, 8), "97167", 1, ("GO",)), S(D(1, 15), "97530", 3, ("GO",)), S(D(1, 15), "97535", 1, ("GO",)),
            S(D(1, 22), "97530", 3, ("GO",)), S(D(1, 22), "L3807", 1, ("LT",))]),
        ("40019015", "Silas Whitcombe", "HMP-26-0129-0093", [
            S(D(1, 27), "92523", 1, ("GN",)), S(D(1, 27), "92507", 1, ("GN",))]),
    ]
    accts = accts[1:2] + accts[:1] + accts[2:]
    rev = {"97": "0420", "92": "0440", "L3": "0274", "G0": "0420"}
    rev_pt = lambda s: "0430" if "GO" in s.mods else rev[s.code[:2]]  # noqa: E731
    cols = colx([54, 34, 50, 34, 210, 30, 62], 40, "llllllr")
    H = ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"]

    def top(first):
        doc.new_page()
        doc.font("lr-b", 14)
        doc.text(40, 40, "St. Brigid Regional Medical Center")
        doc.font("lr", 8)
        doc.text(40, 51, "Outpatient Rehabilitation Services  -  2400 Cathedral Bluff Drive, Linden Bay, VT 05899")
        doc.text(572, 40, f"Statement date: 02/18/2026", "r")
        doc.text(572, 51, f"Page {doc.pno} of {{NP}}", "r")
        doc.line(40, 58, 572, 58, 0.8)
        if first:
            doc.font("lr-b", 10)
            doc.text(40, 76, "GUARANTOR STATEMENT")
            doc.font("lr", 8.5)
            doc.text(40, 89, "Guarantor: Marcus Whitcombe     Guarantor no. G-7730418     "
                             "5 Quarry Lane, Linden Bay, VT 05899")
            doc.text(40, 101, "Insurance on file: Hemlock Mutual Plan (HMP), member ID HMW88021457")
            return 124
        return 76

    y = top(True)
    for acct, pat, icn, sv in accts:
        cl = C(acct, icn, pat)
        if y > 640:
            y = top(False)
        doc.rect(40, y - 10, 532, 14, fill=0.9, stroke=False)
        doc.font("lr-b", 9)
        doc.text(44, y, f"Account {acct}   Patient: {pat}   Outpatient, {dfmt(sv[0].dos, 'mdy4')} - "
                        f"{dfmt(sv[-1].dos, 'mdy4')}")
        y += 16
        doc.font("lr-b", 8)
        cells(doc, cols, y, H)
        doc.line(40, y + 3, 572, y + 3, 0.4)
        y += 13
        doc.font("lr", 8)
        for s in sv:
            if y > 715:
                doc.text(44, y, "(continued on next page)")
                y = top(False)
                doc.font("lr-b", 9)
                doc.text(44, y, f"Account {acct}   Patient: {pat}   (continued)")
                y += 14
                doc.font("lr-b", 8)
                cells(doc, cols, y, H)
                doc.line(40, y + 3, 572, y + 3, 0.4)
                y += 13
                doc.font("lr", 8)
            vals = [dfmt(s.dos, "mdy4"), rev_pt(s), s.code, " ".join(s.mods), s.desc.upper(), units_str(s.units),
                    M(s.billed)]
            cells(doc, cols, y, vals)
            bk.add(doc.pno, s, cl, ("billed",), [vals[0], vals[1], s.code, units_str(s.units), M(s.billed)]
                   + list(s.mods), desc=s.desc.upper())
            y += 12.5
        # account activity (not line level)
        pay = q(total(sv, "billed") * Decimal("0.46"))
        adj = q(total(sv, "billed") * Decimal("0.41"))
        due = total(sv, "billed") - pay - adj
        doc.line(40, y - 6, 572, y - 6, 0.4)
        doc.font("lr-b", 8)
        cells(doc, cols, y + 2, ["", "", "", "", "Total charges", "", M(total(sv, "billed"))])
        doc.font("lr", 8)
        cells(doc, cols, y + 13, [dfmt(D(2, 9), "mdy4"), "", "", "", f"Hemlock Mutual Plan payment  claim {icn}",
                                  "", "-" + M(pay)])
        cells(doc, cols, y + 24, [dfmt(D(2, 9), "mdy4"), "", "", "", "Contractual allowance - Hemlock Mutual", "",
                                  "-" + M(adj)])
        doc.font("lr-b", 8)
        cells(doc, cols, y + 35, ["", "", "", "", "Account balance - patient responsibility", "", M(due)])
        bk.claim(cl, total(sv, "billed"), None, None, None)
        y += 56
    doc.font("lr", 7.5)
    doc.text(40, 768, "Financial assistance is available. Call Patient Financial Services at (802) 555-0186, "
                      "Mon-Fri 8:00-4:30.")
    return doc, "fpdf2", bk, [], "hospital outpatient rehab guarantor statement, Liberation Serif"


# ==================================================================================== MAIN
REGISTRY = [
    ("h184_l1_brighthaven_member_eob", l1),
    ("h184_l2_cobaltbay_trust_eob", l2),
    ("h184_l3_pelican_medicaid_ra", l3),
    ("h184_l4_prairiewind_mco_remit", l4),
    ("h184_l5_kestrel_medicare_spr", l5),
    ("h184_l6_theraledger_era_posting", l6),
    ("h184_l7_medicare_summary_notice", l7),
    ("h184_l8_juniper_ma_eob", l8),
    ("h184_l9_willowcreek_family_stmt", l9),
    ("h184_l10_stbrigid_guarantor_stmt", l10),
]


def build(out: Path) -> list:
    made = []
    for name, fn in REGISTRY:
        doc, producer, bk, legend, desc = fn()
        pdf = out / f"{name}.pdf"
        if producer == "reportlab":
            doc.save_reportlab(pdf, name)
        else:
            doc.save_fpdf(pdf, name)
        write_truth(pdf, name, producer, len(doc.pages), desc, bk.lines, bk.claims, legend,
                    getattr(bk, "findings", []))
        made.append((pdf, bk))
    return made


def _d(x):
    return Decimal(x) if x is not None else None


def check(made: list) -> list:
    errs = []
    for pdf, bk in made:
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pl = page_lines(pdf)
        if len(pl) != tr["pages"]:
            errs.append(f"{pdf.name}: pages {len(pl)} != {tr['pages']}")
        alltext = " ".join(" ".join(p) for p in pl)
        squeezed = alltext.replace(" ", "")
        for i, (ln, (page, row, ptoks)) in enumerate(zip(tr["lines"], bk.checks)):
            lines = pl[page - 1]
            # every truth value of the line must be among the tokens checked on its row / page
            need = [ln["code"]] if ln["code"] else []
            need += [m for m in ln["modifiers"]]
            if ln["units"] is not None:
                need.append(ln["units"])
            rowtxt = [x for x in lines if all(t in x for t in row)]
            if not rowtxt:
                errs.append(f"{pdf.name} line {i} p{page}: no text line holds all of {row}")
                continue
            for t in need:
                if not any(t in r for r in rowtxt):
                    errs.append(f"{pdf.name} line {i}: {t!r} not on its row")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                v = ln[k]
                if v is None:
                    continue
                a = f"{abs(Decimal(v)):,.2f}"
                if not any(a in r for r in rowtxt) and a not in " ".join(lines):
                    errs.append(f"{pdf.name} line {i}: {k} {v} not on page {page}")
                elif not any(a in r for r in rowtxt) and k not in getattr(bk, "offrow", ()):
                    errs.append(f"{pdf.name} line {i}: {k} {v} not on its row")
            ptext = " ".join(lines)
            for t in ptoks:
                if t not in ptext:
                    errs.append(f"{pdf.name} line {i}: page token {t!r} missing on p{page}")
            for g, c, a in ln["adjustments"]:
                if a is not None and f"{abs(Decimal(a)):,.2f}" not in ptext and f"{abs(Decimal(a)):.2f}" not in ptext:
                    errs.append(f"{pdf.name} line {i}: adjustment {g}-{c} {a} not on page")
                if c not in ptext:
                    errs.append(f"{pdf.name} line {i}: adjustment code {c} not on page")
            for r in ln["remarks"]:
                if r not in ptext:
                    errs.append(f"{pdf.name} line {i}: remark {r} not on page")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and ln[key].replace(" ", "") not in squeezed:
                    errs.append(f"{pdf.name} line {i}: {key} {ln[key]!r} not in document")
            if ln["description"] and ln["description"].split()[0] not in ptext:
                errs.append(f"{pdf.name} line {i}: description not on page")
        # arithmetic
        for idx, kind in bk.sums:
            ln = tr["lines"][idx]
            b, p = _d(ln["billed"]), _d(ln["paid"])
            if kind == "adj":
                s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
                if b - s != p:
                    errs.append(f"{pdf.name} line {idx}: billed {b} - adj {s} != paid {p}")
            elif kind == "member":
                parts = [ln[k] for k in ("discount", "not_covered", "deductible", "copay", "coinsurance")]
                s = sum((Decimal(x) for x in parts if x is not None), Decimal(0))
                if b - s != p:
                    errs.append(f"{pdf.name} line {idx}: billed {b} - reductions {s} != paid {p}")
                if ln["allowed"] is not None and ln["discount"] is not None and ln["not_covered"] is not None:
                    if b - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != Decimal(ln["allowed"]):
                        errs.append(f"{pdf.name} line {idx}: billed - discount - not covered != allowed")
        planted = {f.split()[2] for f in tr["expected_findings"]}
        for cl in tr["claims"]:
            mine = [x for x in tr["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                    (cl["claim_id"], cl["payer_claim_id"], cl["patient"])]
            if not mine:
                errs.append(f"{pdf.name}: claim {cl} has no lines")
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(x[k]) for x in mine if x[k] is not None), Decimal(0))
                ident = cl["payer_claim_id"] or cl["claim_id"]
                if s != Decimal(v) and ident not in planted:
                    errs.append(f"{pdf.name}: claim {ident} {k} total {v} != lines {s}")
                if Decimal(v) and f"{abs(Decimal(v)):,.2f}" not in alltext and f"{abs(Decimal(v)):.2f}" not in alltext:
                    errs.append(f"{pdf.name}: claim {ident} {k} total {v} not printed")
            ident = cl["payer_claim_id"] or cl["claim_id"]
            if ident in planted:
                tv = cl["totals"]
                ok = any(tv[k] is not None and sum((Decimal(x[k]) for x in mine if x[k] is not None),
                                                   Decimal(0)) != Decimal(tv[k]) for k in tv)
                if not ok:
                    errs.append(f"{pdf.name}: planted mismatch on {ident} is not a mismatch")
        keys = {(x["claim_id"], x["payer_claim_id"], x["patient"]) for x in tr["lines"]}
        ckeys = {(c["claim_id"], c["payer_claim_id"], c["patient"]) for c in tr["claims"]}
        if keys != ckeys:
            errs.append(f"{pdf.name}: claims list does not match line keys")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout184_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = build(out)
    nl = sum(len(bk.lines) for _, bk in made)
    print(f"wrote {len(made)} PDFs ({nl} service lines) to {out}")
    if a.check:
        errs = check(made)
        for pdf, bk in made:
            tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
            span = sum(1 for c in tr["claims"] if len({x["page"] for x in tr["lines"] if (x["claim_id"],
                       x["payer_claim_id"], x["patient"]) == (c["claim_id"], c["payer_claim_id"], c["patient"])}) > 1)
            print(f"  {pdf.name}: {tr['pages']} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims "
                  f"({span} across a page break), producer {tr['producer']}")
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
