"""Write the EIGHTY-NINTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on the five COMMONEST real document kinds, two house styles each (commercial member
EOBs; a Medicare Summary Notice and a Medicare Advantage member EOB; state Medicaid remittance advices; Medicare
remits re-printed by a practice-management system and a clearinghouse; family statements from a therapy clinic
and a hospital). Written without looking at the reader, its tests or how it reads anything here.

Run:  python bench/heldout89/make_heldout89_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout89/make_heldout89_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Helpers: samples/pdf/eobgen.py (Svc, plan arithmetic, money, dfmt, truth
format) and bench/heldout89/h89kit.py (two drawing backends with top-down coordinates, page flow, self-check).

Truth format: the one of samples/pdf (see samples/pdf/eobgen.py): printed values only, null for what a layout
does not print (units null where no quantity is printed; adjustments only where group+reason codes are printed,
with their amounts when printed; remarks = the note / remark / EOB codes printed for the line). claim_id = the
provider's own patient account / control / visit / invoice number; payer_claim_id = the payer's claim number /
ICN / TCN / claim control number; patient = the person who got the service, exactly as printed. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (two per kind, house styles meant to differ from sets 1-88):
  c1  commercial PPO member EOB "Your Claims Detail", portrait reportlab Liberation Sans: subscriber box, one grey
      claim band per claim (patient + relationship, provider, claim no., provider account), columns "Date of
      Service / What was done (code) / Billed by provider / Network price cut / Eligible amount / Not eligible /
      Deductible / Copay / Coinsurance / Plan paid / Your cost / Why", code and modifiers leading the wording
      ("97530 GO 59  Therapeutic activities", wrapped under itself), no units; three family members, a denied service, a claim continues onto page 2 with the
      claim band ("- continued") and column header repeated; letter-coded reasons legend
  c2  employer plan member EOB from an administrator, LANDSCAPE fpdf2 DejaVu Sans Condensed: ruled table with
      "Proc / Mod / Qty" columns, "Charges Submitted / Plan Savings / Ineligible / Covered / Applied to Deductible /
      Copayment / Coinsurance / Benefit Paid / Patient Responsibility / Code", two-line claim heading with
      "Your account # with provider", spouse + two children, a coordinated visit copay, PLANTED claim-total
      mismatch (patient responsibility total printed 10.00 high)
  m1  Medicare Summary Notice for Part B, portrait reportlab DejaVu Sans: dashboard page 1 (did Medicare approve,
      total you may be billed, providers list), claims on pages 2-3 with provider blocks, "Claim number", rows
      "Date / Service Provided & Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved
      Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes", code as "(97110-GP)", one denied
      service, "Total for this claim", lettered notes; one beneficiary, no provider account no., no units
  m2  Medicare Advantage HMO member EOB, portrait fpdf2 Liberation Serif: plan banner, month summary box, per-claim
      heading "Claim number ... | Provider ... | Received ... | Processed ...", rows "Service date / Service (code)
      / Provider's charge / Plan's approved amount / Plan paid / Your share / Note", per-visit copay, a service the
      plan did not cover, claim runs onto page 2 without a repeated header; no units; no provider account no.
  d1  state Medicaid fee-for-service REMITTANCE ADVICE, landscape fpdf2 DejaVu Sans Mono fixed-width rows: headed
      PAID / DENIED / ADJUSTED claim sections, claim line "RECIP NAME / RECIP ID / ICN / PAT ACCT", rows "LN FROM
      TO PROC MOD1 MOD2 UNITS BILLED ALLOWED PAID EOB", dates MMDDYY, a reversed claim printed with trailing
      minus ("95.00-") and its replacement, state 4-digit EOB codes, page header repeated on page 2
  d2  Medicaid & children's-program "Provider Remittance Advice" from a newer claims system, portrait reportlab
      Liberation Sans Narrow, fully RULED grid: boxed claim header (Member / Member No. / TCN / Med Rec No.), rows
      "Ln / Svc Date / Procedure-Modifiers ("97530-GO") / Units "2.00" / Billed / Allowed / TPL / Co-pay / Paid /
      Adj Rsn (CO-45 12.34)", one date-range service, a denied claim, RARC remarks, grid continues on page 2
  p1  Medicare Part B standard paper remit REPRINTED by a practice-management system, portrait fpdf2 core Courier:
      classic "NAME / HIC / ACNT / ICN / ASG / MOA" claim line, rows "PERF PROV  SERV DATE  POS NOS PROC MODS
      BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD" with further GRP/RC lines under the row, "PT RESP / CLAIM
      TOTALS" lines, a reversal (claim status 22) with leading minus, header repeated on each page, a claim
      whose rows continue onto page 2 with no claim line repeated
  p2  clearinghouse "Remittance Advice - Claim Detail" print of a Medicare Part B 835, LANDSCAPE reportlab DejaVu
      Sans Condensed: key:value claim header grid (Patient, Patient Control #, Payer Claim Control #, Status),
      rows "Svc Date / Proc / Mods / Units / Submitted / Allowed / Deductible / Coinsurance / Adjustments / Paid
      / RARC" with all CAS pairs in one cell ("CO-45 $232.60  PR-2 $29.48  CO-253 $2.36"), KX/CQ lines, a
      denied line, claim header box and column header repeated when a claim starts on page 2
  s1  outpatient therapy clinic family STATEMENT to a guarantor, portrait fpdf2 DejaVu Sans with a shaded left
      SIDEBAR (amount due, pay by, account no.): per-child sections, visit rows "Visit / Date / Description / CPT-
      Mod / Qty / Charge / Insurance Paid / Adjustment / Balance", the visit number is the account reference and
      the insurer's claim number is printed under each visit; statement continues to page 2 with "continued"
  s2  community hospital outpatient-rehab ITEMIZED PATIENT STATEMENT, portrait reportlab Liberation Serif:
      account bands (hospital account no., patient, primary insurer and its claim no.), itemised charges "Post
      Date / Svc Date / Rev Code / CPT-HCPCS / Description / Qty / Charges", then account activity rows (payments
      and contractual adjustments, amounts in parentheses) with account balance; line paid/allowed not printed;
      the second account continues onto page 2 under a repeated band "(continued)" and column header

The self-check (--check) tests the factory only: page counts; every truth code, modifier, units value, date and
line amount is found on the SAME text line as its service row (pdfplumber words at the row's baseline), adjustment
codes/amounts and remarks within the service's rows, ids and patients in the document text, legend codes printed;
arithmetic: billed - discount - not covered = allowed where printed, billed - adjustments = paid where all
adjustments are printed with amounts, printed claim totals = sum of lines unless a planted, declared mismatch
(and the planted one really differs); printed claim totals are in the text.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q, total,
    truth_line, units_str, write_truth,
)
from h89kit import LANDSCAPE, LETTER, Flow, FPPage, RLPage, check_doc  # noqa: E402

# A few more invented fees for lines outside the shared charge master.
eobgen.FEE.update({"97035": "45.00", "97018": "30.00", "G0463": "185.00", "97750": "140.00", "92610": "210.00",
                   "97162": "240.00", "95992": "70.00", "E0730": "65.00", "97533": "88.00"})
eobgen.SCHED.update({"97035": "13.21", "97018": "5.02", "G0463": "121.40", "97750": "33.70", "92610": "88.90",
                     "97162": "101.12", "95992": "33.96", "E0730": "28.80", "97533": "30.10"})
eobgen.DESC.update({"97035": "Ultrasound treatment", "97018": "Paraffin bath", "G0463": "Hospital clinic visit",
                    "97750": "Physical performance test", "92610": "Swallowing function evaluation",
                    "97162": "PT evaluation, moderate complexity", "95992": "Canalith repositioning",
                    "E0730": "TENS unit rental", "97533": "Sensory integration activities"})

D = date
U = Decimal


def S(d, code, units, mods=(), denied=None, desc=""):
    return Svc(d, code, U(str(units)), tuple(mods), None, desc, denied)


def txt_code(s: Svc, sep=" ", join=" ") -> str:
    return s.code + (sep + join.join(s.mods) if s.mods else "")


def row(pg, y, cols, vals):
    for (x, al), v in zip(cols, vals):
        if v not in (None, ""):
            pg.text(x, y, v, al)


class Doc:
    """Collects truth while a layout draws."""

    def __init__(self, name, producer, description):
        self.name, self.producer, self.description = name, producer, description
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.legend: list = []
        self.findings: list[str] = []


# ============================================================================================ c1
def c1(out: Path):
    name = "c1_ppo_member_eob.pdf"
    pg = RLPage(out / name, LETTER, "Your Claims Detail")
    doc = Doc(name, "reportlab", "commercial PPO member EOB, letter-coded reasons, 3 family members")
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=U("150.00"), coins_rate=U("0.20"), allowed_rate=U("0.78"))
    claims = [
        ("Ines Calloway-Marsh", "Self", "Harborline Hand & Upper Limb Therapy", "26E0317745", "HUL-004187", [
            S(D(2026, 1, 6), "97165", 1, ("GO",)), S(D(2026, 1, 6), "97760", 1, ("GO",)),
            S(D(2026, 1, 6), "L3807", 1, ("RT",)), S(D(2026, 1, 13), "97140", 2, ("GO",)),
            S(D(2026, 1, 13), "97110", 2, ("GO",)), S(D(2026, 1, 13), "97018", 1, ("GO",), denied="PR"),
            S(D(2026, 1, 20), "97140", 1, ("GO", "59")), S(D(2026, 1, 20), "97530", 2, ("GO",)),
            S(D(2026, 1, 20), "97110", 1, ("GO",))]),
        ("Theo Calloway-Marsh", "Son", "Brightwater Pediatric Speech & OT", "26E0322019", "BPS-77120", [
            S(D(2026, 1, 8), "92523", 1), S(D(2026, 1, 15), "92507", 1), S(D(2026, 1, 22), "92507", 1),
            S(D(2026, 1, 29), "92507", 1), S(D(2026, 1, 29), "97533", 1, ("GN",), denied="PR",
                                               desc="Sensory integration activities")]),
        ("Wren Calloway-Marsh", "Daughter", "Brightwater Pediatric Speech & OT", "26E0322020", "BPS-77121", [
            S(D(2026, 1, 9), "97166", 1, ("GO",)), S(D(2026, 1, 16), "97530", 3, ("GO",)),
            S(D(2026, 1, 16), "97535", 1, ("GO",)), S(D(2026, 1, 23), "97530", 2, ("GO", "59")),
            S(D(2026, 1, 23), "97112", 1, ("GO",)), S(D(2026, 1, 30), "97530", 2, ("GO",)),
            S(D(2026, 1, 30), "97140", 1, ("GO",))]),
    ]
    for wk in range(4):  # twice-weekly OT for Wren through February
        for dd in (3, 5):
            d0 = D(2026, 2, dd + 7 * wk)
            claims[2][5].extend([S(d0, "97530", 2, ("GO",)), S(d0, "97535", 1, ("GO",))])
    claims[0][5].extend([S(D(2026, 1, 27), "97140", 2, ("GO",)), S(D(2026, 1, 27), "97110", 2, ("GO",)),
                         S(D(2026, 1, 27), "97760", 1, ("GO",))])
    for c in claims:
        for s in c[5]:
            commercial(s, st)
    doc.legend = [("A", "In-network price: the provider accepted the plan's eligible amount and cannot bill you "
                   "for the difference."),
                  ("B", "Counted toward your yearly deductible."),
                  ("C", "Your coinsurance share under this plan."),
                  ("D", "This plan does not pay for this item; it is excluded from your benefits."),
                  ("E", "The provider may bill you for the amount shown as Your cost.")]
    F = "LibSans"
    X = [(36, "l"), (82, "l"), (264, "r"), (300, "r"), (336, "r"), (372, "r"), (408, "r"), (438, "r"),
         (478, "r"), (514, "r"), (550, "r"), (556, "l")]

    def furniture(p):
        p.font("LibSans-B", 13)
        p.text(36, 40, "NORTHREACH HEALTH ALLIANCE")
        p.font(F, 7)
        p.text(36, 50, "PPO Plus  |  PO Box 40177, Cedar Falls, IA 50613  |  1-888-555-0192")
        p.font("LibSans-B", 10)
        p.text(576, 40, "Your Claims Detail", "r")
        p.font(F, 7)
        p.text(576, 50, "This is not a bill", "r")
        p.line(36, 56, 576, 56, 1)
        p.text(306, 770, f"Subscriber ID NRX448201937  |  Statement date 02/03/2026  |  Page {p.pages}", "c")
        return 70

    def colhead(p, y):
        p.rect(36, y - 8, 540, 19, fill=0.9, stroke=False)
        p.font("LibSans-B", 6.2)
        heads1 = ["Date of", "What was done", "Billed by", "Network", "Eligible", "Not", "", "", "",
                  "Plan", "Your", "Why"]
        heads2 = ["Service", "(code)", "provider", "price cut", "amount", "eligible", "Deductible", "Copay",
                  "Coinsurance", "paid", "cost", ""]
        row(p, y, X, heads1)
        row(p, y + 8, X, heads2)
        p.font(F, 6.8)
        return y + 18

    y = furniture(pg)
    pg.font(F, 8)
    pg.rect(36, y, 270, 58)
    for i, t in enumerate(["INES CALLOWAY-MARSH", "2214 Larkspur Trail", "Ames, IA 50010", "",
                           "Group: Prairie County Schools 00781"]):
        pg.text(44, y + 12 + i * 10, t)
    pg.rect(318, y, 258, 58)
    ded = U("150.00") - st.ded_left
    for i, t in enumerate(["Plan year 2026 - individual deductible $750.00",
                           f"Met so far (Ines): {m(ded)}", "Out-of-pocket limit $4,500.00",
                           "Claims in this statement: 3", "Questions? Call the number on your ID card."]):
        pg.text(326, y + 12 + i * 10, t)
    fl = Flow(pg, 70, 740, furniture)
    fl.y = y + 74
    for cname, rel, prov, pcid, acct, svcs in claims:
        def band(cont=False, cname=cname, rel=rel, prov=prov, pcid=pcid, acct=acct):
            pg.rect(36, fl.y, 540, 24, fill=0.82, stroke=False)
            pg.font("LibSans-B", 7.5)
            pg.text(40, fl.y + 9, f"Patient: {cname} ({rel})" + ("  - continued" if cont else ""))
            pg.text(572, fl.y + 9, f"Claim no. {pcid}", "r")
            pg.font(F, 7)
            pg.text(40, fl.y + 19, f"Provider: {prov}   Provider account: {acct}")
            pg.text(572, fl.y + 19, "Received 01/31/2026   Processed 02/02/2026", "r")
            fl.y = colhead(pg, fl.y + 36)

        def cont():
            band(True)
        fl.need(70)
        band()
        fl.cont = cont
        for s in svcs:
            fl.need(22)
            pg.font(F, 6.8)
            rk = (["D", "E"] if s.denied else ["A"] + (["B"] if s.deductible else []) +
                  (["C"] if s.coinsurance else []))
            wording = f"{txt_code(s)}  {s.desc}"
            first, rest = wording, ""
            while pg.width(first) > 140:
                cut = first.rfind(" ")
                first, rest = first[:cut], (first[cut + 1:] + " " + rest).strip()
            vals = [dfmt(s.dos, "mdy4"), first, m(s.billed), m(s.discount), m(s.allowed), m(s.not_covered),
                    m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), " ".join(rk)]
            row(pg, fl.y, X, vals)
            y0 = fl.y
            if rest:
                fl.y += 8
                pg.text(82, fl.y, rest)
            fl.anchor(len(doc.lines), y0, fl.y)
            doc.lines.append(truth_line(pg.pages, s, claim_id=acct, payer_claim_id=pcid, patient=cname,
                                        printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                                 "copay", "coinsurance", "paid", "owes", "patient_owes"),
                                        units=False, remarks=rk))
            pg.line(36, fl.y + 3, 576, fl.y + 3, 0.2)
            fl.y += 11
        fl.cont = None
        fl.need(14)
        pg.font("LibSans-B", 6.8)
        tots = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        row(pg, fl.y, X, ["", "Claim totals"] + [m(v) for v in tots] + [""])
        doc.claims.append({"claim_id": acct, "payer_claim_id": pcid, "patient": cname,
                           "totals": claim_totals(tots[0], tots[2], tots[7], tots[8])})
        fl.y += 20
    fl.need(70)
    pg.font("LibSans-B", 8)
    pg.text(36, fl.y, "Why codes")
    pg.font(F, 7)
    for code, t in doc.legend:
        fl.y += 10
        pg.text(40, fl.y, f"{code}  {t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy4"), "units": str}


# ============================================================================================ c2
def c2(out: Path):
    name = "c2_admin_member_eob_landscape.pdf"
    pg = FPPage(out / name, LANDSCAPE, "Explanation of Benefits")
    doc = Doc(name, "fpdf2", "employer plan member EOB from an administrator, landscape, planted total mismatch")
    m = lambda d: money(d, ",")  # noqa: E731
    st = PlanState(ded_left=U("0.00"), visit_copay=U("30.00"), allowed_rate=U("0.74"))
    claims = [
        ("PALOMA ESTRADA-VOSS", "Spouse", "Cobblestone Physical Therapy", "CT-2601-88412", "ESTR0042", [
            S(D(2026, 2, 3), "97161", 1, ("GP",)), S(D(2026, 2, 3), "97110", 2, ("GP",)),
            S(D(2026, 2, 5), "97140", 1, ("GP", "59")), S(D(2026, 2, 5), "97110", 2, ("GP",)),
            S(D(2026, 2, 5), "97035", 1, ("GP",), denied="PR"),
            S(D(2026, 2, 10), "97112", 2, ("GP",)), S(D(2026, 2, 10), "97530", 1, ("GP",))]),
        ("MILO ESTRADA-VOSS", "Child", "Little Oaks Therapy Collective", "CT-2601-90157", "LOT-30871", [
            S(D(2026, 2, 4), "97167", 1, ("GO",)), S(D(2026, 2, 11), "97530", 3, ("GO",)),
            S(D(2026, 2, 11), "97535", 1, ("GO",)), S(D(2026, 2, 18), "97530", 2, ("GO",)),
            S(D(2026, 2, 18), "97112", 1, ("GO", "59"))]),
        ("JUNE ESTRADA-VOSS", "Child", "Little Oaks Therapy Collective", "CT-2601-90158", "LOT-30872", [
            S(D(2026, 2, 6), "92523", 1), S(D(2026, 2, 13), "92507", 1), S(D(2026, 2, 20), "92507", 1),
            S(D(2026, 2, 27), "92507", 1)]),
    ]
    for wk in range(3):
        for dd in (17, 19):
            d0 = D(2026, 2, dd + 7 * wk) if dd + 7 * wk <= 28 else D(2026, 3, dd + 7 * wk - 28)
            claims[0][5].extend([S(d0, "97110", 2, ("GP",)), S(d0, "97140", 1, ("GP",))])
    claims[2][5].extend([S(D(2026, 3, 6), "92507", 1), S(D(2026, 3, 13), "92507", 1)])
    for c in claims:
        for s in c[5]:
            commercial(s, st)
    doc.legend = [("PD1", "Reduced to the network rate agreed by your provider."),
                  ("CP4", "A copayment applies once per visit day."),
                  ("NX7", "Not a covered benefit under your employer's plan; you may be billed.")]
    F = "DjCond"
    X = [(30, "l"), (76, "l"), (204, "l"), (260, "r"), (314, "r"), (366, "r"), (412, "r"), (458, "r"),
         (510, "r"), (556, "r"), (604, "r"), (654, "r"), (718, "r"), (728, "l")]
    H1 = ["Service", "Description", "Proc", "Qty", "Charges", "Plan", "", "", "Applied to", "", "Coinsur-",
          "Benefit", "Patient", ""]
    H2 = ["Date", "", "Mod", "", "Submitted", "Savings", "Ineligible", "Covered", "Deductible", "Copayment",
          "ance", "Paid", "Responsibility", "Code"]

    def furniture(p):
        p.font("DjCond-B", 12)
        p.text(30, 34, "KESTREL BENEFIT ADMINISTRATORS")
        p.font(F, 7)
        p.text(30, 44, "Administrator for the Lakeshore Manufacturing Employee Health Plan  -  1400 Quarry Rd, Suite 6,"
               " Dayton, OH 45402")
        p.font("DjCond-B", 10)
        p.text(762, 34, "EXPLANATION OF BENEFITS", "r")
        p.font(F, 7)
        p.text(762, 44, f"Member: RAFAEL ESTRADA-VOSS   ID KBA-5530918-01   Page {p.pages}", "r")
        p.line(30, 50, 762, 50, 0.8)
        return 64

    def colhead(p, y):
        p.font("DjCond-B", 6.4)
        p.line(30, y - 8, 762, y - 8, 0.4)
        row(p, y, X, H1)
        row(p, y + 8, X, H2)
        p.line(30, y + 11, 762, y + 11, 0.4)
        p.font(F, 6.6)
        return y + 20

    y = furniture(pg)
    pg.font(F, 7.5)
    pg.text(30, y, "This statement explains how your claims were processed. It is not a bill. Keep it with your"
            " records and compare it to the bills you get from your providers.")
    fl = Flow(pg, 64, 580, furniture)
    fl.y = y + 18
    for i, (cname, rel, prov, pcid, acct, svcs) in enumerate(claims):
        def head(cont=False, cname=cname, rel=rel, prov=prov, pcid=pcid, acct=acct):
            pg.font("DjCond-B", 7.5)
            pg.text(30, fl.y, f"Claim ID: {pcid}" + ("   (continued from previous page)" if cont else ""))
            pg.text(300, fl.y, f"Patient: {cname}   Relationship: {rel}")
            pg.font(F, 7)
            pg.text(30, fl.y + 10, f"Provider: {prov}   Your account # with provider: {acct}   Network: In-network")
            fl.y = colhead(pg, fl.y + 26)
        fl.need(70)
        head()
        fl.cont = lambda: head(True)
        for s in svcs:
            fl.need(12)
            rk = ["NX7"] if s.denied else ["PD1"] + (["CP4"] if s.copay else [])
            vals = [dfmt(s.dos, "mdy2"), s.desc, f"{s.code} {' '.join(s.mods)}".strip(), units_str(s.units),
                    m(s.billed), m(s.discount), m(s.not_covered), m(s.allowed), m(s.deductible), m(s.copay),
                    m(s.coinsurance), m(s.paid), m(s.owes), " ".join(rk)]
            pg.font(F, 6.6)
            row(pg, fl.y, X, vals)
            fl.anchor(len(doc.lines), fl.y)
            doc.lines.append(truth_line(pg.pages, s, claim_id=acct, payer_claim_id=pcid, patient=cname,
                                        printed=("billed", "discount", "not_covered", "allowed", "deductible",
                                                 "copay", "coinsurance", "paid", "patient_owes"), remarks=rk))
            fl.y += 10
        fl.cont = None
        tots = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                         "coinsurance", "paid", "owes")]
        printed_owes = tots[8] + (U("10.00") if i == 1 else ZERO)
        if i == 1:
            doc.findings.append(f"claim-total-mismatch claim {pcid}: printed Patient Responsibility total "
                                f"{printed_owes} but the lines add up to {tots[8]}")
        pg.line(30, fl.y - 7, 762, fl.y - 7, 0.3)
        pg.font("DjCond-B", 6.6)
        row(pg, fl.y, X, ["", "Totals for this claim", "", ""] + [m(v) for v in tots[:8]] + [m(printed_owes), ""])
        doc.claims.append({"claim_id": acct, "payer_claim_id": pcid, "patient": cname,
                           "totals": claim_totals(tots[0], tots[3], tots[7], printed_owes)})
        fl.y += 22
    fl.need(50)
    pg.font("DjCond-B", 7.5)
    pg.text(30, fl.y, "Explanation codes")
    pg.font(F, 7)
    for code, t in doc.legend:
        fl.y += 10
        pg.text(30, fl.y, f"{code} - {t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy2"), "units": str}


# ============================================================================================ m1
def m1(out: Path):
    name = "m1_medicare_summary_notice.pdf"
    pg = RLPage(out / name, LETTER, "Medicare Summary Notice")
    doc = Doc(name, "reportlab", "Medicare Summary Notice for Part B, one beneficiary, three claims")
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=U("120.00"))
    patient = "AUGUSTINE P. LEMIEUX"
    claims = [
        ("Pinecrest Outpatient Rehabilitation", "26-0211-4407-1180", [
            S(D(2026, 1, 7), "97163", 1, ("GP",)), S(D(2026, 1, 7), "97110", 2, ("GP",)),
            S(D(2026, 1, 9), "97110", 2, ("GP", "KX")), S(D(2026, 1, 9), "97140", 1, ("GP",)),
            S(D(2026, 1, 9), "G0283", 1, ("GP",)), S(D(2026, 1, 14), "97116", 2, ("GP",)),
            S(D(2026, 1, 14), "97530", 1, ("GP",))]),
        ("Dr. Helena Q. Marchetti", "26-0211-5530-0642", [
            S(D(2026, 1, 12), "99213", 1), S(D(2026, 1, 12), "0552T", 1, denied="PR")]),
        ("Pinecrest Outpatient Rehabilitation", "26-0218-4407-2035", [
            S(D(2026, 1, 16), "97110", 2, ("GP", "CQ")), S(D(2026, 1, 16), "97112", 1, ("GP", "CQ")),
            S(D(2026, 1, 21), "97110", 2, ("GP",)), S(D(2026, 1, 21), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 23), "97530", 2, ("GP",)), S(D(2026, 1, 23), "97112", 1, ("GP",))]),
    ]
    for dd in (26, 28, 30):
        claims[0][2].extend([S(D(2026, 1, dd), "97110", 2, ("GP",)), S(D(2026, 1, dd), "97112", 1, ("GP",))])
    for dd in (2, 4, 6):
        claims[2][2].extend([S(D(2026, 2, dd), "97110", 2, ("GP",)), S(D(2026, 2, dd), "97530", 1, ("GP",))])
    for c in claims:
        for s in c[2]:
            medicare(s, st)
    doc.legend = [("A", "This approved amount is what the Medicare fee schedule allows; the provider accepted it."),
                  ("B", "Part of this amount went to your yearly Part B deductible."),
                  ("C", "Medicare's payment was lowered slightly by a federal budget reduction."),
                  ("D", "Medicare does not pay for this service because it is not proven to work for your "
                   "condition. You signed a notice in advance, so you may be billed."),
                  ("E", "Your provider told Medicare therapy was still medically needed above the yearly amount.")]
    F = "DjSans"
    X = [(40, "l"), (96, "l"), (300, "c"), (356, "r"), (410, "r"), (462, "r"), (522, "r"), (532, "l")]

    def furniture(p):
        p.font("DjSans-B", 9)
        p.text(40, 36, "Medicare Summary Notice for Part B (Medical Insurance)")
        p.font(F, 7)
        p.text(572, 36, f"{patient}   Page {p.pages}", "r")
        p.line(40, 42, 572, 42, 0.6)
        return 58

    furniture(pg)
    pg.font("DjSans-B", 16)
    pg.text(40, 74, "Your Medicare Summary Notice")
    pg.font(F, 8)
    for i, t in enumerate(["The Official Summary of Your Medicare Claims", "Notice for " + patient,
                           "Medicare Number  XXXXXXX-7Q41", "Date of This Notice  March 2, 2026",
                           "Claims Processed Between  December 1, 2025 - February 28, 2026"]):
        pg.text(40, 92 + i * 11, t)
    allb = [s for c in claims for s in c[2]]
    pg.rect(330, 84, 242, 96, fill=0.93)
    pg.font("DjSans-B", 9)
    pg.text(340, 100, "Your Deductible Status")
    pg.font(F, 7.5)
    pg.text(340, 112, f"You have now met {m(U('120.00') - st.ded_left)} of your $283.00 deductible")
    pg.text(340, 122, "for Part B services this year.")
    pg.font("DjSans-B", 9)
    pg.text(340, 140, "Did Medicare approve all services?  No")
    pg.text(340, 152, f"Total You May Be Billed  {m(total(allb, 'owes'))}")
    pg.font("DjSans-B", 9)
    pg.text(40, 200, "Your Claims & Costs This Period")
    pg.font(F, 7.5)
    pg.text(40, 214, "Providers with claims this period:")
    for i, (prov, cn, svcs) in enumerate(claims):
        pg.text(52, 226 + i * 10, f"{dfmt(svcs[0].dos, 'mon')}  -  {prov}")
    pg.text(40, 280, "Be Informed! Review your notice carefully. Report anything you do not recognise to the"
            " phone number on the last page.")
    pg.new_page()
    fl = Flow(pg, 58, 742, furniture)
    fl.y = furniture(pg) + 4
    for prov, cn, svcs in claims:
        def head(cont=False, prov=prov, cn=cn):
            pg.rect(40, fl.y, 532, 30, fill=0.88, stroke=False)
            pg.font("DjSans-B", 8)
            pg.text(46, fl.y + 11, prov + (" (continued)" if cont else ""))
            pg.font(F, 7)
            pg.text(46, fl.y + 22, "Provider address on file  |  Referred by: Dr. Helena Q. Marchetti")
            pg.text(566, fl.y + 11, f"Claim number {cn}", "r")
            pg.text(566, fl.y + 22, "Assigned: Yes", "r")
            fl.y += 44
            pg.font("DjSans-B", 6.2)
            row(pg, fl.y, X, ["", "Service Provided &", "Service", "Amount", "Medicare-", "Amount", "Maximum",
                              "See"])
            row(pg, fl.y + 8, X, ["Date", "Billing Code", "Approved?", "Provider", "Approved", "Medicare",
                                  "You May Be", "Notes"])
            row(pg, fl.y + 16, X, ["", "", "", "Charged", "Amount", "Paid", "Billed", ""])
            pg.line(40, fl.y + 19, 572, fl.y + 19, 0.4)
            fl.y += 30
            pg.font(F, 7)
        fl.need(80)
        head()
        fl.cont = lambda: head(True)
        for s in svcs:
            fl.need(20)
            notes = ["D"] if s.denied else ["A"] + (["B"] if s.deductible else []) + (["C"] if s.seq else []) + (
                ["E"] if "KX" in s.mods else [])
            pg.font(F, 7)
            wording = f"{s.desc} (" + "-".join((s.code,) + s.mods) + ")"
            assert pg.width(wording) < 190, wording
            row(pg, fl.y, X, [dfmt(s.dos, "mdy4"), wording, "No" if s.denied else "Yes", m(s.billed),
                              m(s.allowed), m(s.paid), m(s.owes), ", ".join(notes)])
            fl.anchor(len(doc.lines), fl.y)
            doc.lines.append(truth_line(pg.pages, s, claim_id=None, payer_claim_id=cn, patient=patient,
                                        printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                        remarks=notes))
            pg.line(96, fl.y + 4, 572, fl.y + 4, 0.15)
            fl.y += 13
        fl.cont = None
        pg.font("DjSans-B", 7)
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        pg.line(40, fl.y - 9, 572, fl.y - 9, 0.4)
        row(pg, fl.y, X, ["", "Total for this claim", "", *[m(v) for v in tots], ""])
        doc.claims.append({"claim_id": None, "payer_claim_id": cn, "patient": patient,
                           "totals": claim_totals(*tots)})
        fl.y += 22
    fl.need(90)
    pg.font("DjSans-B", 8)
    pg.text(40, fl.y, "Notes for Claims Above")
    pg.font(F, 7)
    for code, t in doc.legend:
        fl.y += 11
        pg.text(44, fl.y, f"{code}  {t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy4"), "units": str}


# ============================================================================================ m2
def m2(out: Path):
    name = "m2_medicare_advantage_eob.pdf"
    pg = FPPage(out / name, LETTER, "Explanation of Benefits")
    doc = Doc(name, "fpdf2", "Medicare Advantage HMO member EOB, one member, claim runs onto page 2")
    m = lambda d: money(d, "$")  # noqa: E731
    patient = "Rosalind Achterberg"
    st = PlanState(ded_left=ZERO, visit_copay=U("25.00"), allowed_rate=U("0.41"))
    claims = [
        ("Greenhaven Therapy Associates", "MA26-0884-301177", [
            S(D(2026, 3, 2), "97162", 1, ("GP",)), S(D(2026, 3, 2), "97110", 2, ("GP",)),
            S(D(2026, 3, 4), "97110", 2, ("GP",)), S(D(2026, 3, 4), "97140", 1, ("GP",)),
            S(D(2026, 3, 6), "97112", 2, ("GP",)), S(D(2026, 3, 6), "97116", 1, ("GP",)),
            S(D(2026, 3, 9), "97110", 2, ("GP",)), S(D(2026, 3, 9), "97530", 1, ("GP",)),
            S(D(2026, 3, 11), "97110", 1, ("GP", "CQ")), S(D(2026, 3, 11), "97112", 2, ("GP", "CQ")),
            S(D(2026, 3, 13), "97140", 2, ("GP",)), S(D(2026, 3, 13), "E0730", 1, ("RR",), denied="PR"),
            S(D(2026, 3, 16), "97110", 2, ("GP",)), S(D(2026, 3, 16), "97530", 2, ("GP",)),
            S(D(2026, 3, 18), "97110", 2, ("GP",)), S(D(2026, 3, 18), "97116", 1, ("GP",)),
            S(D(2026, 3, 20), "97750", 1, ("GP",)), S(D(2026, 3, 20), "97110", 2, ("GP",))]),
        ("Lindqvist Family Medicine", "MA26-0884-302561", [
            S(D(2026, 3, 5), "99213", 1), S(D(2026, 3, 5), "95992", 1)]),
        ("Greenhaven Therapy Associates", "MA26-0884-309942", [
            S(D(2026, 3, 23), "97110", 2, ("GP",)), S(D(2026, 3, 23), "97140", 1, ("GP",)),
            S(D(2026, 3, 25), "97530", 2, ("GP",)), S(D(2026, 3, 27), "97110", 1, ("GP",))]),
    ]
    claims.append(("Greenhaven Therapy Associates", "MA26-0884-311805", [
        S(D(2026, 3, dd), code, u, ("GP",)) for dd in (24, 26, 30, 31)
        for code, u in (("97110", 2), ("97112", 1), ("97140", 1))]))
    for c in claims:
        for s in c[2]:
            commercial(s, st, deny_reason="96")
    doc.legend = [("1", "You pay a fixed copay once for each day you get outpatient therapy or an office visit."),
                  ("2", "The plan's approved amount is the rate we agreed with this in-network provider."),
                  ("3", "This item was not approved before you got it, so the plan did not cover it. You can ask"
                   " us to reconsider (see 'Your right to appeal').")]
    F = "LibSerif"
    X = [(40, "l"), (96, "l"), (350, "r"), (410, "r"), (470, "r"), (530, "r"), (550, "l")]

    def furniture(p):
        p.rect(40, 24, 532, 26, fill=0.25, stroke=False)
        p.white(True)
        p.font("LibSerif-B", 13)
        p.text(48, 42, "Meridian Shores Medicare Advantage (HMO)")
        p.font(F, 8)
        p.text(564, 42, "Explanation of Benefits for March 2026", "r")
        p.white(False)
        p.font(F, 7.5)
        p.text(40, 62, f"Member: {patient}    Member ID: MSH90412276    Page {p.pages}")
        return 78

    y = furniture(pg)
    pg.rect(40, y, 532, 46)
    pg.font("LibSerif-B", 9)
    pg.text(48, y + 13, "Your total costs for covered services")
    allb = [s for c in claims for s in c[2]]
    pg.font(F, 8)
    pg.text(48, y + 26, f"This month: plan paid {m(total(allb, 'paid'))}; your share {m(total(allb, 'owes'))}.")
    pg.text(48, y + 37, "Out-of-pocket maximum for 2026: $4,900.00. This is not a bill.")
    fl = Flow(pg, 78, 740, furniture)
    fl.y = y + 66
    for prov, cn, svcs in claims:
        pg.font("LibSerif-B", 8.5)
        fl.need(60)
        pg.text(40, fl.y, f"Claim number {cn}  |  Provider: {prov}  |  Received 03/30/2026  |  Processed 04/02/2026")
        fl.y += 12
        pg.font("LibSerif-B", 7.5)
        row(pg, fl.y, X, ["Service date", "Service (code)", "Provider's", "Plan's approved", "Plan", "Your",
                          "Note"])
        row(pg, fl.y + 9, X, ["", "", "charge", "amount", "paid", "share", ""])
        pg.line(40, fl.y + 12, 572, fl.y + 12, 0.4)
        fl.y += 23
        for s in svcs:
            fl.need(12)
            nt = ["3"] if s.denied else ["2"] + (["1"] if s.copay else [])
            pg.font(F, 7.8)
            row(pg, fl.y, X, [dfmt(s.dos, "mdy4"), f"{s.desc} ({'-'.join((s.code,) + s.mods)})", m(s.billed),
                              m(s.allowed), m(s.paid), m(s.owes), ", ".join(nt)])
            fl.anchor(len(doc.lines), fl.y)
            doc.lines.append(truth_line(pg.pages, s, claim_id=None, payer_claim_id=cn, patient=patient,
                                        printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                        remarks=nt))
            fl.y += 11
        pg.font("LibSerif-B", 7.8)
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        pg.line(40, fl.y - 8, 572, fl.y - 8, 0.3)
        row(pg, fl.y, X, ["", "Claim total", *[m(v) for v in tots], ""])
        doc.claims.append({"claim_id": None, "payer_claim_id": cn, "patient": patient,
                           "totals": claim_totals(*tots)})
        fl.y += 22
    fl.need(60)
    pg.font("LibSerif-B", 8.5)
    pg.text(40, fl.y, "Notes about your claims")
    pg.font(F, 7.5)
    for code, t in doc.legend:
        fl.y += 10
        pg.text(44, fl.y, f"{code}. {t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy4"), "units": str}


# ============================================================================================ d1
def d1(out: Path):
    name = "d1_medicaid_ra_fixed.pdf"
    pg = FPPage(out / name, LANDSCAPE, "Remittance Advice")
    doc = Doc(name, "fpdf2", "state Medicaid fee-for-service remittance advice, fixed-width, paid/denied/adjusted")
    m = lambda d: money(d, "", "trail")  # noqa: E731
    du = lambda u: f"{Decimal(u):.1f}"  # noqa: E731
    PROV = "NEW CASCADIA KIDS THERAPY LLC"
    paid = [
        ("OKONJO-BRANDT, LUCA", "70045188231", "2126034001187", "MRV-40017", [
            S(D(2026, 1, 5), "97530", 3, ("GO",)), S(D(2026, 1, 5), "97535", 1, ("GO",)),
            S(D(2026, 1, 12), "97530", 2, ("GO",)), S(D(2026, 1, 12), "97112", 2, ("GO", "59"))]),
        ("OKONJO-BRANDT, AMARA", "70045188249", "2126034001188", "MRV-40018", [
            S(D(2026, 1, 6), "92507", 1, ("GN",)), S(D(2026, 1, 13), "92507", 1, ("GN",)),
            S(D(2026, 1, 20), "92507", 1, ("GN",)), S(D(2026, 1, 20), "92526", 1, ("GN",))]),
        ("FITZWATER, DESMOND", "70051772016", "2126034001231", "MRV-40112", [
            S(D(2026, 1, 7), "97166", 1, ("GO",)), S(D(2026, 1, 14), "97530", 4, ("GO",)),
            S(D(2026, 1, 21), "97530", 3, ("GO",)), S(D(2026, 1, 21), "97140", 1, ("GO", "59")),
            S(D(2026, 1, 28), "97530", 3, ("GO",))]),
        ("NAKAGAWA-REYES, TOBIAS", "70060093384", "2126034001302", "MRV-40156", [
            S(D(2026, 1, 8), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
            S(D(2026, 1, 22), "92507", 1, ("GN",)), S(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("PELLETIER, SIMONE", "70048810075", "2126034001345", "MRV-40171", [
            S(D(2026, 1, 9), "97165", 1, ("GO",)), S(D(2026, 1, 16), "97530", 2, ("GO",)),
            S(D(2026, 1, 16), "97110", 2, ("GO",)), S(D(2026, 1, 23), "97530", 2, ("GO",)),
            S(D(2026, 1, 23), "97760", 1, ("GO",)), S(D(2026, 1, 30), "97530", 3, ("GO",))]),
    ]
    denied = [("FITZWATER, DESMOND", "70051772016", "2126034001410", "MRV-40113", [
        S(D(2026, 1, 14), "97533", 2, ("GO",), denied="CO", desc="Sensory integration"),
        S(D(2026, 1, 14), "97150", 1, ("GO",), denied="CO")])]
    orig = [S(D(2025, 12, 15), "97530", 2, ("GO",)), S(D(2025, 12, 15), "97110", 1, ("GO",))]
    repl = [S(D(2025, 12, 15), "97530", 3, ("GO",)), S(D(2025, 12, 15), "97110", 1, ("GO",))]
    for c in paid:
        for s in c[4]:
            medicaid(s)
            s.remarks = ["0961"] + (["1304"] if s.discount else [])
    for c in denied:
        for s in c[4]:
            medicaid(s, "197")
            s.remarks = ["2017"] if s.code == "97533" else ["2018"]
    for s in orig + repl:
        medicaid(s)
        s.remarks = ["0961", "1304"]
    rev = [negate(s) for s in orig]
    for s in rev:
        s.remarks = ["9930"]
    adjusted = [("PELLETIER, SIMONE", "70048810075", "2226034000917", "MRV-39804", rev, "REVERSAL OF ICN 2125349011542"),
                ("PELLETIER, SIMONE", "70048810075", "2226034000918", "MRV-39804", repl, "REPLACES ICN 2125349011542")]
    doc.legend = [("0961", "PAID AT THE PROGRAM FEE SCHEDULE RATE"),
                  ("1304", "BILLED AMOUNT EXCEEDS PROGRAM MAXIMUM - DIFFERENCE NOT BILLABLE TO RECIPIENT"),
                  ("2017", "SERVICE NEEDS A PRIOR APPROVAL NUMBER ON FILE FOR THIS DATE"),
                  ("2018", "GROUP SESSION NOT PAYABLE ON SAME DAY AS INDIVIDUAL SESSION"),
                  ("9930", "CLAIM REVERSED - SEE REPLACEMENT CLAIM")]
    F = "DjMono"

    def furniture(p):
        p.font("DjMono-B", 8)
        p.text(30, 30, "STATE OF NEW CASCADIA  -  DEPARTMENT OF HEALTH COVERAGE  -  MEDICAL ASSISTANCE PROGRAM")
        p.font(F, 7)
        p.text(30, 40, f"REMITTANCE ADVICE    RA NUMBER 0004418127    RA DATE 02/06/26    PAGE {p.pages:>3}")
        p.text(30, 49, f"PROVIDER: {PROV}   PROVIDER ID 300918442   NPI 1639920417   WARRANT 77102245")
        p.text(30, 62, f"{'LN':>2} {'FROM':<6} {'TO':<6} {'PROC':<5} {'M1':<2} {'M2':<2} {'UNITS':>6} {'BILLED':>10}"
               f" {'ALLOWED':>10} {'PAID':>10}  EOB CODES")
        p.line(30, 65, 762, 65, 0.4)
        return 76

    LH = 9.2
    fl = Flow(pg, 76, 585, furniture)
    fl.y = furniture(pg)
    pg.font(F, 7)
    for title, group in (("*** CLAIMS PAID ***", paid), ("*** CLAIMS DENIED ***", denied),
                         ("*** CLAIMS ADJUSTED ***", adjusted)):
        fl.need(4 * LH)
        pg.font("DjMono-B", 7)
        pg.text(30, fl.y, title)
        pg.font(F, 7)
        fl.y += LH * 1.4
        for c in group:
            rn, rid, icn, acct, svcs = c[:5]
            fl.need(LH * (len(svcs) + 3))
            pg.text(30, fl.y, f"RECIP NAME: {rn:<24} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}"
                    + (f"   {c[5]}" if len(c) > 5 else ""))
            fl.y += LH
            for i, s in enumerate(svcs, 1):
                mods = list(s.mods) + ["", ""]
                t = (f"{i:>2} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code:<5} {mods[0]:<2} {mods[1]:<2}"
                     f" {du(s.units):>6} {m(s.billed):>10} {m(s.allowed):>10} {m(s.paid):>10}  "
                     + " ".join(s.remarks))
                pg.text(30, fl.y, t)
                fl.anchor(len(doc.lines), fl.y)
                doc.lines.append(truth_line(pg.pages, s, claim_id=acct, payer_claim_id=icn, patient=rn,
                                            printed=("billed", "allowed", "paid"), remarks=s.remarks,
                                            description=False, service_end=None))
                fl.y += LH
            tots = [total(svcs, a) for a in ("billed", "allowed", "paid")]
            pg.text(30, fl.y, f"{'':>3}{'CLAIM TOTAL':<32} {m(tots[0]):>10} {m(tots[1]):>10} {m(tots[2]):>10}")
            doc.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": rn,
                               "totals": claim_totals(tots[0], tots[1], tots[2], None)})
            fl.y += LH * 1.6
    fl.need(LH * 9)
    allp = [s for g in (paid, denied, adjusted) for c in g for s in c[4]]
    pg.font("DjMono-B", 7)
    pg.text(30, fl.y, f"PAYMENT SUMMARY   CLAIMS PAID {len(paid):>3}   DENIED {len(denied):>3}   ADJUSTED"
            f" {len(adjusted):>3}   NET PAYMENT {m(total(allp, 'paid')):>10}")
    fl.y += LH * 1.5
    pg.text(30, fl.y, "EOB CODE DESCRIPTIONS")
    pg.font(F, 7)
    for code, t in doc.legend:
        fl.y += LH
        pg.text(30, fl.y, f"{code}  {t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy6"), "units": du}


# ============================================================================================ d2
def d2(out: Path):
    name = "d2_medicaid_kids_remittance_grid.pdf"
    pg = RLPage(out / name, LETTER, "Provider Remittance Advice")
    doc = Doc(name, "reportlab", "Medicaid & children's program provider remittance advice, ruled grid")
    m = lambda d: money(d, ",")  # noqa: E731
    du = lambda u: f"{Decimal(u):.2f}"  # noqa: E731
    claims = [
        ("ABERNATHY-COLE, ISLA M", "K8840217736", "26041000381", "TR-88015", [
            S(D(2026, 2, 2), "97530", 2, ("GO",)), S(D(2026, 2, 2), "97535", 1, ("GO",)),
            S(D(2026, 2, 9), "97530", 3, ("GO",)), S(D(2026, 2, 16), "97530", 2, ("GO",)),
            S(D(2026, 2, 16), "97112", 1, ("GO", "59"))]),
        ("ABERNATHY-COLE, JONAH P", "K8840217744", "26041000382", "TR-88016", [
            S(D(2026, 2, 3), "92523", 1), S(D(2026, 2, 10), "92507", 1), S(D(2026, 2, 17), "92507", 1),
            S(D(2026, 2, 24), "92507", 1)]),
        ("VASQUEZ-LINDGREN, PEARL", "K8852200918", "26041000419", "TR-88102", [
            S(D(2026, 2, 4), "97163", 1, ("GP",)), S(D(2026, 2, 11), "97110", 2, ("GP",)),
            S(D(2026, 2, 11), "97116", 1, ("GP",)), S(D(2026, 2, 18), "97110", 2, ("GP",)),
            S(D(2026, 2, 18), "97140", 1, ("GP", "59")), S(D(2026, 2, 25), "97110", 2, ("GP",))]),
        ("DUBOIS-HART, FELIX", "K8861174402", "26041000457", "TR-88140", [
            S(D(2026, 2, 5), "97166", 1, ("GO",)), S(D(2026, 2, 12), "97530", 2, ("GO",)),
            S(D(2026, 2, 12), "97760", 1, ("GO",)), S(D(2026, 2, 12), "L3807", 1, ("LT",)),
            S(D(2026, 2, 19), "97530", 2, ("GO",)), S(D(2026, 2, 26), "97530", 2, ("GO",))]),
        ("OYELARAN, GRACE", "K8870055129", "26041000462", "TR-88151", [
            S(D(2026, 2, 6), "92610", 1), S(D(2026, 2, 13), "92526", 1, denied="CO"),
            S(D(2026, 2, 20), "92526", 1, denied="CO")]),
    ]
    rng = S(D(2026, 2, 23), "97535", 4, ("GO",))
    rng.end = D(2026, 2, 27)
    claims[0][4].append(rng)
    for c in claims:
        for s in c[4]:
            medicaid(s, "15")
            s.remarks = ["N54"] if s.denied else (["N381"] if s.discount else [])
    doc.legend = [("CO-45", "Amount above the program's maximum for this service; not billable to the member."),
                  ("CO-15", "The authorization number on the claim does not match an approved service."),
                  ("N381", "See your program participation agreement for rate terms."),
                  ("N54", "Authorization on file does not cover these dates.")]
    F = "LibNarrow"
    cols = [36, 54, 128, 190, 222, 264, 306, 338, 370, 412, 498, 576]
    heads = ["Ln", "Svc Date", "Procedure-Mod", "Units", "Billed", "Allowed", "TPL", "Co-pay", "Paid",
             "Adj Rsn / Amount", "RARC"]

    def cellrow(p, y, vals, h=12, bold=False, fill=None):
        if fill is not None:
            p.rect(cols[0], y, cols[-1] - cols[0], h, fill=fill, stroke=False)
        p.font("LibNarrow-B" if bold else F, 7)
        for i, v in enumerate(vals):
            if not v:
                continue
            right = i in (3, 4, 5, 6, 7, 8)
            p.text(cols[i + 1] - 3 if right else cols[i] + 2, y + h - 3.5, v, "r" if right else "l")
        for x in cols:
            p.line(x, y, x, y + h, 0.3)
        p.line(cols[0], y + h, cols[-1], y + h, 0.3)
        return y + h - 3.5

    def furniture(p):
        p.font("LibNarrow-B", 12)
        p.text(36, 36, "BRIGHTPATH MEDICAID & KIDCARE")
        p.font(F, 7.5)
        p.text(36, 46, "Provider Remittance Advice  -  Claims Processing Unit, 88 Capitol Loop, Harlow City, NC 27699")
        p.text(576, 36, f"Remit No. 0004471208   Remit Date 03/06/2026   Page {p.pages}", "r")
        p.text(576, 46, "Payee: Tallgrass Therapy for Kids PLLC   Payee ID 4420918813", "r")
        p.line(36, 52, 576, 52, 1)
        return 66

    def colhead(p, y):
        p.line(cols[0], y, cols[-1], y, 0.3)
        cellrow(p, y, heads, bold=True, fill=0.85)
        return y + 12

    fl = Flow(pg, 66, 750, furniture)
    fl.y = furniture(pg)
    for mem, mid, tcn, mrn, svcs in claims:
        def box(cont=False, mem=mem, mid=mid, tcn=tcn, mrn=mrn):
            pg.rect(36, fl.y, 540, 26)
            pg.line(306, fl.y, 306, fl.y + 26, 0.3)
            pg.line(36, fl.y + 13, 576, fl.y + 13, 0.3)
            pg.font("LibNarrow-B", 7)
            pg.text(40, fl.y + 9.5, f"Member: {mem}" + ("  (continued)" if cont else ""))
            pg.text(310, fl.y + 9.5, f"TCN: {tcn}")
            pg.font(F, 7)
            pg.text(40, fl.y + 22.5, f"Member No.: {mid}   Claim status: {'Denied' if all(s.denied for s in svcs) else 'Paid'}")
            pg.text(310, fl.y + 22.5, f"Med Rec No.: {mrn}   Claim type: Professional")
            fl.y = colhead(pg, fl.y + 30)
        fl.need(26 + 30 + 12 * 3)
        box()
        fl.cont = lambda: box(True)
        for i, s in enumerate(svcs, 1):
            fl.need(12)
            dates = dfmt(s.dos, "mdy2") + (f"-{dfmt(s.end, 'mdy2')}" if s.end else "")
            adj = "  ".join(f"{g}-{c} {m(a)}" for g, c, a in s.adjs)
            base = cellrow(pg, fl.y, [str(i), dates, "-".join((s.code,) + s.mods), du(s.units), m(s.billed),
                                      m(s.allowed), "0.00", "0.00", m(s.paid), adj, " ".join(s.remarks)])
            fl.anchor(len(doc.lines), base)
            doc.lines.append(truth_line(pg.pages, s, claim_id=mrn, payer_claim_id=tcn, patient=mem,
                                        printed=("billed", "allowed", "copay", "paid"), service_end=s.end,
                                        adjustments=s.adjs, remarks=s.remarks, description=False))
            fl.y += 12
        fl.cont = None
        tots = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        cellrow(pg, fl.y, ["", "Claim total", "", "", m(tots[0]), m(tots[1]), "0.00", "0.00", m(tots[2]), "", ""],
                bold=True, fill=0.93)
        doc.claims.append({"claim_id": mrn, "payer_claim_id": tcn, "patient": mem,
                           "totals": claim_totals(tots[0], tots[1], tots[2], None)})
        fl.y += 24
    fl.need(70)
    pg.font("LibNarrow-B", 8)
    pg.text(36, fl.y, "Adjustment and remark codes used on this remittance")
    pg.font(F, 7.5)
    for code, t in doc.legend:
        fl.y += 10
        pg.text(40, fl.y, f"{code}: {t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy2"), "units": du}


# ============================================================================================ p1
def p1(out: Path):
    name = "p1_medicare_spr_pm_reprint.pdf"
    pg = FPPage(out / name, LETTER, "Medicare Remittance Reprint")
    doc = Doc(name, "fpdf2", "Medicare Part B standard paper remit reprinted by practice-management software")
    m = lambda d: money(d, "")  # noqa: E731
    st = PlanState(ded_left=U("60.00"))
    NPI = "1528847720"
    claims = [
        ("HOLLOWAY, BEATRIX", "5TQ2WX8MN41", "PRH-20931", "0226041587220", [
            S(D(2026, 1, 7), "97165", 1, ("GO",)), S(D(2026, 1, 7), "97530", 2, ("GO",)),
            S(D(2026, 1, 9), "97530", 2, ("GO",)), S(D(2026, 1, 9), "97535", 1, ("GO",))]),
        ("KRISTENSEN, ALDO", "8VN4KD2HT16", "PRH-20944", "0226041587231", [
            S(D(2026, 1, 8), "97161", 1, ("GP",)), S(D(2026, 1, 8), "97110", 2, ("GP",)),
            S(D(2026, 1, 12), "97110", 2, ("GP", "KX")), S(D(2026, 1, 12), "97140", 1, ("GP", "59")),
            S(D(2026, 1, 12), "G0283", 1, ("GP",))]),
        ("MBEKI-SORENSEN, RUTH", "3HW9PL5QE72", "PRH-20952", "0226041587248", [
            S(D(2026, 1, 13), "92523", 1, ("GN",)), S(D(2026, 1, 15), "92507", 1, ("GN",)),
            S(D(2026, 1, 20), "92507", 1, ("GN",)), S(D(2026, 1, 22), "92526", 1, ("GN",))]),
        ("HOLLOWAY, BEATRIX", "5TQ2WX8MN41", "PRH-20966", "0226041587259", [
            S(D(2026, 1, 14), "97530", 2, ("GO", "CO")), S(D(2026, 1, 14), "97112", 1, ("GO", "CO")),
            S(D(2026, 1, 16), "97530", 3, ("GO",)), S(D(2026, 1, 16), "97168", 1, ("GO",)),
            S(D(2026, 1, 21), "97530", 2, ("GO",)), S(D(2026, 1, 21), "97140", 1, ("GO",))]),
        ("ODUYA, PATRICK", "6RE3MN7XK05", "PRH-20971", "0226041587263", [
            S(D(2026, 1, 15), "97162", 1, ("GP",)), S(D(2026, 1, 15), "97116", 2, ("GP",)),
            S(D(2026, 1, 19), "97110", 3, ("GP",)), S(D(2026, 1, 19), "97035", 1, ("GP",), denied="CO"),
            S(D(2026, 1, 23), "97110", 2, ("GP",)), S(D(2026, 1, 23), "97112", 2, ("GP",))]),
    ]
    claims[3][4].extend([S(D(2026, 1, 23), "97530", 2, ("GO",)), S(D(2026, 1, 23), "97535", 1, ("GO",)),
                         S(D(2026, 1, 28), "97530", 2, ("GO",)), S(D(2026, 1, 28), "97112", 1, ("GO",))])
    for c in claims:
        for s in c[4]:
            medicare(s, st, deny_reason="96")
            if "KX" in s.mods:
                s.remarks = ["N640"]
    # a reversal of an earlier claim (claim status 22) for the last beneficiary
    prev = [S(D(2025, 12, 29), "97110", 2, ("GP",)), S(D(2025, 12, 29), "97140", 1, ("GP",))]
    for s in prev:
        medicare(s, PlanState(), sequestration=True)
    rev = [negate(s) for s in prev]
    claims.append(("ODUYA, PATRICK", "6RE3MN7XK05", "PRH-20817", "0226041587299", rev))
    doc.legend = [("CO-45", "CHARGE ABOVE THE FEE SCHEDULE AMOUNT"), ("PR-1", "PART B DEDUCTIBLE"),
                  ("PR-2", "PATIENT COINSURANCE"), ("CO-253", "FEDERAL PAYMENT REDUCTION"),
                  ("CO-96", "NOT A COVERED SERVICE - PROVIDER LIABLE"),
                  ("N640", "THERAPY ABOVE THE ANNUAL AMOUNT, KX ATTESTATION ACCEPTED")]
    LH = 8.6

    def furniture(p):
        p.font("Courier", 6.6)
        p.text(36, 30, "CLEARPATH PRACTICE MANAGER 8.4   *** REMITTANCE REPRINT ***   ERA BATCH 55120-A"
               f"        PAGE {p.pages:>2}")
        p.text(36, 40, "MEDICARE PART B  -  NORTHERN PLAINS MAC   P.O. BOX 7713   FARGO ND 58106")
        p.text(36, 49, "PROVIDER # 1528847720   PRAIRIE ROSE REHAB CLINIC    DATE 02/09/2026   CHECK/EFT # 40019277351")
        p.text(36, 63, "PERF PROV  SERV DATE   POS NOS PROC  MODS        BILLED   ALLOWED    DEDUCT     COINS"
               "  GRP/RC-AMT        PROV PD")
        p.line(36, 66, 576, 66, 0.3)
        return 76

    fl = Flow(pg, 76, 752, furniture)
    fl.y = furniture(pg)
    pg.font("Courier", 6.6)
    for pat, hic, acct, icn, svcs in claims:
        fl.need(LH * 4)
        status = "22" if svcs[0].billed < 0 else "1"
        pg.text(36, fl.y, f"NAME {pat:<22} HIC {hic}  ACNT {acct:<10} ICN {icn}  ASG Y  MOA MA01  CLM STATUS {status}")
        fl.y += LH
        for s in svcs:
            fl.need(LH * len(s.adjs))
            g, c, a = s.adjs[0]
            mods = " ".join(s.mods)
            t = (f"{NPI} {s.dos:%m%d} {dfmt(s.dos, 'mdy6')} 11 {units_str(s.units):>3} {s.code:<5} {mods:<8}"
                 f"{m(s.billed):>10}{m(s.allowed):>10}{m(s.deductible):>10}{m(s.coinsurance):>10}  "
                 f"{g}-{c:<4}{m(a):>9}{m(s.paid):>11}")
            pg.text(36, fl.y, t)
            y0 = fl.y
            for g, c, a in s.adjs[1:]:
                fl.y += LH
                pg.text(36, fl.y, f"{'':>96}{g}-{c:<4}{m(a):>9}")
            if s.remarks:
                fl.y += LH
                pg.text(36, fl.y, f"{'':>14}REM: {' '.join(s.remarks)}")
            fl.anchor(len(doc.lines), y0, fl.y)
            doc.lines.append(truth_line(pg.pages, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                        printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                        adjustments=s.adjs, remarks=s.remarks, description=False))
            fl.y += LH
        tots = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        fl.need(LH * 2)
        pg.text(36, fl.y, f"PT RESP {m(tots[5]):>9}{'CLAIM TOTALS':>24}{m(tots[0]):>18}{m(tots[1]):>10}"
                f"{m(tots[2]):>10}{m(tots[3]):>10}{'':>17}{m(tots[4]):>11}")
        fl.y += LH
        pg.text(36, fl.y, f"{'ADJ TO TOTALS:':<16}PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00"
                f"{'NET':>36}{m(tots[4]):>11}")
        doc.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                           "totals": claim_totals(tots[0], tots[1], tots[4], tots[5])})
        fl.y += LH * 2
    fl.need(LH * 10)
    allp = [s for c in claims for s in c[4]]
    pg.text(36, fl.y, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {m(total(allp, 'billed'))}   ALLOWED AMT "
            f"{m(total(allp, 'allowed'))}   PROV PD AMT {m(total(allp, 'paid'))}")
    fl.y += LH * 1.5
    pg.text(36, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
    for code, t in doc.legend:
        fl.y += LH
        pg.text(36, fl.y, f"{code:<8}{t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy6"), "units": str}


# ============================================================================================ p2
def p2(out: Path):
    name = "p2_clearinghouse_medicare_claim_detail.pdf"
    pg = RLPage(out / name, LANDSCAPE, "Remittance Advice - Claim Detail")
    doc = Doc(name, "reportlab", "clearinghouse claim-detail print of a Medicare Part B 835, landscape")
    m = lambda d: money(d, "$")  # noqa: E731
    st = PlanState(ded_left=U("40.00"))
    claims = [
        ("Tamsin Okafor-Bell", "SLT26-00412", "22126055012840", [
            S(D(2026, 2, 2), "92610", 1, ("GN",)), S(D(2026, 2, 4), "92526", 1, ("GN",)),
            S(D(2026, 2, 6), "92526", 1, ("GN",)), S(D(2026, 2, 9), "92507", 1, ("GN",))]),
        ("Cornelius Abara", "SLT26-00418", "22126055012851", [
            S(D(2026, 2, 3), "97167", 1, ("GO",)), S(D(2026, 2, 5), "97530", 2, ("GO",)),
            S(D(2026, 2, 5), "97535", 2, ("GO",)), S(D(2026, 2, 10), "97530", 2, ("GO",)),
            S(D(2026, 2, 10), "97112", 1, ("GO", "59")), S(D(2026, 2, 12), "97530", 3, ("GO",)),
            S(D(2026, 2, 12), "97129", 1, ("GO",)), S(D(2026, 2, 17), "97530", 2, ("GO", "KX")),
            S(D(2026, 2, 17), "97535", 1, ("GO", "KX")), S(D(2026, 2, 19), "97530", 2, ("GO", "KX")),
            S(D(2026, 2, 19), "97140", 1, ("GO", "KX")), S(D(2026, 2, 24), "97530", 2, ("GO", "KX")),
            S(D(2026, 2, 24), "97168", 1, ("GO",))]),
        ("Margarethe Solis-Dunn", "SLT26-00431", "22126055012877", [
            S(D(2026, 2, 11), "97161", 1, ("GP",)), S(D(2026, 2, 13), "97110", 3, ("GP",)),
            S(D(2026, 2, 13), "0552T", 1, ("GP",), denied="CO"), S(D(2026, 2, 18), "97110", 2, ("GP", "CQ")),
            S(D(2026, 2, 18), "97116", 1, ("GP", "CQ")), S(D(2026, 2, 20), "97110", 2, ("GP",)),
            S(D(2026, 2, 20), "97140", 2, ("GP",)), S(D(2026, 2, 25), "97110", 2, ("GP",))]),
        ("Ignatius Broadbent", "SLT26-00437", "22126055012890", [
            S(D(2026, 2, 16), "99213", 1), S(D(2026, 2, 16), "97760", 1, ("GO",)),
            S(D(2026, 2, 16), "L3807", 1, ("RT",))]),
    ]
    for dd in (26, 27):
        claims[2][3].extend([S(D(2026, 2, dd), "97110", 2, ("GP",)), S(D(2026, 2, dd), "97112", 1, ("GP",))])
    for c in claims:
        for s in c[3]:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N386"] if s.denied else (["M136"] if "KX" in s.mods else [])
    doc.legend = [("N386", "Coverage decided under a local coverage policy; see the contractor's website."),
                  ("M136", "KX modifier accepted for therapy above the yearly amount (clearinghouse summary).")]
    F = "DjCond"
    X = [(30, "l"), (82, "l"), (116, "l"), (168, "r"), (214, "r"), (262, "r"), (310, "r"), (362, "r"),
         (376, "l"), (700, "r"), (712, "l")]
    H = ["Svc Date", "Proc", "Mods", "Units", "Submitted", "Allowed", "Deductible", "Coinsurance",
         "Adjustments (Grp-Rsn Amt)", "Paid", "RARC"]

    def furniture(p):
        p.font("DjCond-B", 11)
        p.text(30, 32, "RelayPoint Claims Exchange")
        p.font(F, 7)
        p.text(30, 42, "Remittance Advice - Claim Detail   |   Payer: MEDICARE PART B - GREAT LAKES JURISDICTION   "
               "|   Payee: Shoreline Therapy & Swallowing Center (NPI 1093375520)")
        p.text(762, 32, f"Check/EFT 0088120417   Issued 03/04/2026   Page {p.pages}", "r")
        p.line(30, 48, 762, 48, 0.8)
        return 62

    def colhead(p, y):
        p.rect(30, y - 8, 732, 11, fill=0.88, stroke=False)
        p.font("DjCond-B", 6.8)
        row(p, y, X, H)
        p.font(F, 6.8)
        return y + 13

    fl = Flow(pg, 62, 585, furniture)
    fl.y = furniture(pg)
    for pat, pcn, ccn, svcs in claims:
        def head(cont=False, pat=pat, pcn=pcn, ccn=ccn):
            pg.rect(30, fl.y, 732, 24)
            for x in (213, 396, 579):
                pg.line(x, fl.y, x, fl.y + 24, 0.3)
            pg.line(30, fl.y + 12, 762, fl.y + 12, 0.3)
            pg.font(F, 6.8)
            kv = [("Patient", pat + (" (cont.)" if cont else "")), ("Patient Control #", pcn),
                  ("Payer Claim Control #", ccn), ("Claim Status", "1 - Processed as Primary"),
                  ("Subscriber ID", "MBI on file"), ("Claim Filing", "MB"), ("Rendering NPI", "1447790231"),
                  ("Facility Type", "Office (11)")]
            for i, (k, v) in enumerate(kv):
                x = 34 + (i % 4) * 183
                yy = fl.y + 9 + (i // 4) * 12
                pg.text(x, yy, f"{k}: {v}")
            fl.y = colhead(pg, fl.y + 36)
        fl.need(24 + 36 + 24)
        head()
        fl.cont = lambda: head(True)
        for s in svcs:
            fl.need(11)
            adj = "  ".join(f"{g}-{c} {m(a)}" for g, c, a in s.adjs)
            row(pg, fl.y, X, [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                              m(s.allowed), m(s.deductible), m(s.coinsurance), adj, m(s.paid), " ".join(s.remarks)])
            fl.anchor(len(doc.lines), fl.y)
            doc.lines.append(truth_line(pg.pages, s, claim_id=pcn, payer_claim_id=ccn, patient=pat,
                                        printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                        adjustments=s.adjs, remarks=s.remarks, description=False))
            pg.line(30, fl.y + 3, 762, fl.y + 3, 0.15)
            fl.y += 11
        fl.cont = None
        tots = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")]
        pg.font("DjCond-B", 6.8)
        row(pg, fl.y, X, ["Claim Totals", "", "", "", m(tots[0]), m(tots[1]), m(tots[2]), m(tots[3]),
                          f"Patient Responsibility {m(tots[5])}", m(tots[4]), ""])
        doc.claims.append({"claim_id": pcn, "payer_claim_id": ccn, "patient": pat,
                           "totals": claim_totals(tots[0], tots[1], tots[4], tots[5])})
        fl.y += 22
    fl.need(50)
    pg.font("DjCond-B", 7.5)
    pg.text(30, fl.y, "Remark code summary")
    pg.font(F, 7)
    for code, t in doc.legend:
        fl.y += 10
        pg.text(34, fl.y, f"{code}  {t}")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy4"), "units": str}


# ============================================================================================ s1
def s1(out: Path):
    name = "s1_therapy_clinic_family_statement.pdf"
    pg = FPPage(out / name, LETTER, "Statement")
    doc = Doc(name, "fpdf2", "outpatient therapy clinic family statement with a sidebar, three children")
    m = lambda d: money(d, ",")  # noqa: E731
    st = PlanState(ded_left=U("200.00"), coins_rate=U("0.10"), allowed_rate=U("0.80"))
    kids = [
        ("Nora Whitfield-Ames", [
            ("V-10482", "88412267-01", [S(D(2026, 3, 3), "97166", 1, ("GO",)), S(D(2026, 3, 3), "97530", 1, ("GO",))]),
            ("V-10517", "88412391-01", [S(D(2026, 3, 10), "97530", 2, ("GO",)), S(D(2026, 3, 10), "97535", 1, ("GO",))]),
            ("V-10560", "88412502-01", [S(D(2026, 3, 17), "97530", 2, ("GO",)), S(D(2026, 3, 17), "97112", 1, ("GO", "59"))]),
            ("V-10601", "88412688-01", [S(D(2026, 3, 24), "97530", 2, ("GO",)), S(D(2026, 3, 24), "97760", 1, ("GO",))]),
        ]),
        ("Silas Whitfield-Ames", [
            ("V-10490", "88412270-01", [S(D(2026, 3, 4), "92523", 1)]),
            ("V-10533", "88412405-01", [S(D(2026, 3, 11), "92507", 1), S(D(2026, 3, 11), "97533", 1, ("GO",),
                                                                         denied="PR", desc="Sensory processing session")]),
            ("V-10571", "88412530-01", [S(D(2026, 3, 18), "92507", 1)]),
            ("V-10612", "88412701-01", [S(D(2026, 3, 25), "92507", 1)]),
        ]),
        ("Hazel Whitfield-Ames", [
            ("V-10505", "88412288-01", [S(D(2026, 3, 5), "97161", 1, ("GP",)), S(D(2026, 3, 5), "97110", 1, ("GP",))]),
            ("V-10548", "88412417-01", [S(D(2026, 3, 12), "97110", 2, ("GP",)), S(D(2026, 3, 12), "97116", 1, ("GP",))]),
            ("V-10583", "88412544-01", [S(D(2026, 3, 19), "97110", 2, ("GP",)), S(D(2026, 3, 19), "97140", 1, ("GP",))]),
        ]),
    ]
    for k, (kid, visits) in enumerate(kids):
        base = len(visits)
        for n in range(3):
            first = visits[n % base][2]
            dd = first[0].dos.day + 22 + n * 2
            d0 = D(2026, 4, dd - 31) if dd > 31 else D(2026, 3, dd)
            vno = f"V-{10620 + n * 9 + k * 3}"
            visits.append((vno, f"884130{n}{k}{7 - n}-01", [S(d0, s.code, s.units, s.mods) for s in first]))
    for _, visits in kids:
        for _, _, svcs in visits:
            for s in svcs:
                commercial(s, st)
    F = "DjSans"
    SB = 150  # sidebar right edge
    X = [(160, "l"), (198, "l"), (318, "l"), (372, "r"), (418, "r"), (470, "r"), (520, "r"), (578, "r")]

    def sidebar(p):
        p.rect(20, 20, SB - 20, 752, fill=0.9, stroke=False)
        p.font("DjSans-B", 9)
        p.text(28, 40, "Riverbend Kids")
        p.text(28, 51, "Therapy Center")
        p.font(F, 6.5)
        for i, t in enumerate(["410 Mill Race Ave, Ste 2", "Lowell, MI 49331", "Billing: (616) 555-0148", "",
                               "Account No.", "RKT-0031977", "", "Statement Date", "04/20/2026", "",
                               "Please Pay By", "05/15/2026", "", "Amount Due"]):
            p.text(28, 68 + i * 9, t)
        p.font("DjSans-B", 11)
        p.text(28, 68 + 14 * 9 + 3, m(grand_due))
        p.font(F, 6.5)
        for i, t in enumerate(["Pay online at", "riverbendkids.example/pay", "or call the billing office.",
                               "", "Insurance on file:", "Great Lakes Mutual PPO", "Subscriber:",
                               "Owen Whitfield-Ames"]):
            p.text(28, 220 + i * 9, t)

    def furniture(p):
        p.font("DjSans-B", 10)
        p.text(160, 40, "Family Statement" + ("" if p.pages == 1 else " (continued)"))
        p.font(F, 7)
        p.text(578, 40, f"Guarantor: Owen Whitfield-Ames   Page {p.pages}", "r")
        p.line(160, 46, 578, 46, 0.6)
        if p.pages == 1:
            sidebar(p)
        return 60

    def colhead(p, y):
        p.font("DjSans-B", 6.2)
        row(p, y, X, ["Date", "Description", "CPT-Mod", "Qty", "Charge", "Insurance", "Adjust-", "Balance"])
        row(p, y + 7, X, ["", "", "", "", "", "Paid", "ment", ""])
        p.line(160, y + 10, 578, y + 10, 0.4)
        p.font(F, 6.6)
        return y + 19

    allsv = [s for _, v in kids for _, _, sv in v for s in sv]
    grand_due = total(allsv, "owes") - U("60.00")
    fl = Flow(pg, 60, 740, furniture)
    fl.y = furniture(pg)
    pg.font(F, 7)
    pg.text(160, fl.y, "Insurance has processed the visits below. The balance is your share under your plan.")
    fl.y += 16
    for kid, visits in kids:
        def kidhead(cont=False, kid=kid):
            pg.rect(158, fl.y - 8, 422, 11, fill=0.8, stroke=False)
            pg.font("DjSans-B", 7.5)
            pg.text(162, fl.y, f"Patient: {kid}" + ("  (continued)" if cont else ""))
            fl.y = colhead(pg, fl.y + 14)
        fl.need(70)
        kidhead()
        fl.cont = lambda: kidhead(True)
        sub = ZERO
        for vno, icn, svcs in visits:
            fl.need(12 + 20 * len(svcs))
            pg.font("DjSans-B", 6.6)
            pg.text(160, fl.y, f"Visit {vno}   Great Lakes Mutual claim #{icn}")
            fl.y += 10
            for s in svcs:
                pg.font(F, 6.6)
                words, first, rest = s.desc.split(), "", ""
                for w in words:
                    if not rest and pg.width((first + " " + w).strip()) <= 112:
                        first = (first + " " + w).strip()
                    else:
                        rest = (rest + " " + w).strip()
                row(pg, fl.y, X, [dfmt(s.dos, "mdy2"), first, "-".join((s.code,) + s.mods), units_str(s.units),
                                  m(s.billed), m(s.paid), m(s.discount), m(s.owes)])
                y0 = fl.y
                if rest:
                    fl.y += 8
                    pg.text(198, fl.y, rest)
                fl.anchor(len(doc.lines), y0, fl.y)
                doc.lines.append(truth_line(pg.pages, s, claim_id=vno, payer_claim_id=icn, patient=kid,
                                            printed=("billed", "paid", "discount", "patient_owes")))
                sub += s.owes
                fl.y += 10
            doc.claims.append({"claim_id": vno, "payer_claim_id": icn, "patient": kid,
                               "totals": claim_totals()})
        fl.cont = None
        pg.font("DjSans-B", 7)
        pg.text(578, fl.y, f"Balance for {kid.split()[0]}: {m(sub)}", "r")
        fl.y += 18
    fl.need(40)
    pg.font(F, 7)
    pg.text(160, fl.y, f"03/31/26   Payment received - thank you (card ending 4410)   {m(U('-60.00'))}")
    fl.y += 12
    pg.font("DjSans-B", 8)
    pg.text(578, fl.y, f"Total amount due: {m(grand_due)}", "r")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy2"), "units": str}


# ============================================================================================ s2
def s2(out: Path):
    name = "s2_hospital_itemized_statement.pdf"
    pg = RLPage(out / name, LETTER, "Itemized Patient Statement")
    doc = Doc(name, "reportlab", "community hospital outpatient-rehab itemized statement, two accounts")
    m = lambda d: money(d, ",", "()")  # noqa: E731
    REV = {"97110": "0420", "97140": "0420", "97112": "0420", "97116": "0420", "97163": "0420", "97750": "0420",
           "97165": "0430", "97530": "0430", "97535": "0430", "97760": "0430", "L3807": "0274",
           "92523": "0444", "92507": "0440", "G0463": "0510", "97035": "0420"}
    accts = [
        ("H00488127", "Marisol Quintero-Haas", "Lakeland Mutual Health", "4471-0998123", [
            S(D(2026, 1, 6), "G0463", 1), S(D(2026, 1, 6), "97163", 1, ("GP",)), S(D(2026, 1, 6), "97110", 2, ("GP",)),
            S(D(2026, 1, 8), "97110", 2, ("GP",)), S(D(2026, 1, 8), "97140", 1, ("GP",)),
            S(D(2026, 1, 8), "97035", 1, ("GP",)), S(D(2026, 1, 13), "97110", 2, ("GP",)),
            S(D(2026, 1, 13), "97112", 2, ("GP",)), S(D(2026, 1, 15), "97110", 3, ("GP",)),
            S(D(2026, 1, 15), "97140", 1, ("GP", "59")), S(D(2026, 1, 20), "97116", 2, ("GP",)),
            S(D(2026, 1, 20), "97110", 2, ("GP",)), S(D(2026, 1, 22), "97110", 2, ("GP",)),
            S(D(2026, 1, 22), "97112", 1, ("GP",)), S(D(2026, 1, 27), "97750", 1, ("GP",)),
            S(D(2026, 1, 27), "97110", 2, ("GP",)), S(D(2026, 1, 29), "97110", 2, ("GP",)),
            S(D(2026, 1, 29), "97140", 2, ("GP",))]),
        ("H00488352", "Benicio Quintero-Haas", "Lakeland Mutual Health", "4471-1002876", [
            S(D(2026, 1, 9), "97165", 1, ("GO",)), S(D(2026, 1, 9), "92523", 1, ("GN",)),
            S(D(2026, 1, 16), "97530", 3, ("GO",)), S(D(2026, 1, 16), "92507", 1, ("GN",)),
            S(D(2026, 1, 23), "97530", 2, ("GO",)), S(D(2026, 1, 23), "97535", 1, ("GO",)),
            S(D(2026, 1, 23), "97760", 1, ("GO",)), S(D(2026, 1, 23), "L3807", 1, ("LT",)),
            S(D(2026, 1, 30), "97530", 2, ("GO",)), S(D(2026, 1, 30), "92507", 1, ("GN",))]),
    ]
    F = "LibSerif"
    X = [(40, "l"), (86, "l"), (132, "l"), (162, "l"), (232, "l"), (480, "r"), (572, "r")]

    def furniture(p):
        p.font("LibSerif-B", 14)
        p.text(40, 40, "Saint Aldric Community Hospital")
        p.font(F, 7.5)
        p.text(40, 51, "Patient Financial Services  |  2900 Orchard Bend Rd, Galesburg, IL 61401  |  (309) 555-0170")
        p.font("LibSerif-B", 10)
        p.text(572, 40, "ITEMIZED PATIENT STATEMENT", "r")
        p.font(F, 7.5)
        p.text(572, 51, f"Guarantor: Esteban Quintero-Haas   Guarantor No. G-5510438   Page {p.pages}", "r")
        p.line(40, 57, 572, 57, 0.8)
        return 72

    def colhead(p, y):
        p.font("LibSerif-B", 7.2)
        row(p, y, X, ["Post Date", "Svc Date", "Rev Code", "CPT/HCPCS", "Description", "Qty", "Charges"])
        p.line(40, y + 3, 572, y + 3, 0.4)
        p.font(F, 7.5)
        return y + 13

    fl = Flow(pg, 72, 748, furniture)
    fl.y = furniture(pg)
    pg.font(F, 8)
    pg.text(40, fl.y, "Outpatient Rehabilitation Services - statement of charges and account activity through 02/20/2026")
    fl.y += 18
    st = PlanState(ded_left=U("0.00"), coins_rate=U("0.10"), allowed_rate=U("0.62"))
    for dd in (3, 5, 10, 12, 17, 19, 24, 26):
        accts[0][4].extend([S(D(2026, 2, dd), "97110", 2, ("GP",)), S(D(2026, 2, dd), "97140", 1, ("GP",))])
    for dd in (6, 13, 20):
        accts[1][4].extend([S(D(2026, 2, dd), "97530", 2, ("GO",)), S(D(2026, 2, dd), "92507", 1, ("GN",))])
    for acct, pat, ins, icn, svcs in accts:
        for s in svcs:
            commercial(s, st)

        def band(cont=False, acct=acct, pat=pat, ins=ins, icn=icn, svcs=svcs):
            pg.rect(40, fl.y, 532, 26, fill=0.88, stroke=False)
            pg.font("LibSerif-B", 8)
            pg.text(44, fl.y + 10, f"Hospital Account {acct}   Patient: {pat}" + ("   (continued)" if cont else ""))
            pg.font(F, 7.5)
            pg.text(44, fl.y + 21, f"Service dates {dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}"
                    f"   Primary insurance: {ins}   Insurance claim no. {icn}")
            fl.y = colhead(pg, fl.y + 38)
        fl.need(70)
        band()
        fl.cont = lambda: band(True)
        for s in svcs:
            fl.need(11)
            post = D(s.dos.year, s.dos.month, s.dos.day + 1) if s.dos.day < 28 else s.dos
            row(pg, fl.y, X, [dfmt(post, "mdy4"), dfmt(s.dos, "mdy4"), REV[s.code],
                              " ".join((s.code,) + s.mods), s.desc.upper(), units_str(s.units), m(s.billed)])
            fl.anchor(len(doc.lines), fl.y)
            doc.lines.append(truth_line(pg.pages, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                        printed=("billed",), overrides={"description": s.desc.upper()}))
            fl.y += 10.5
        fl.cont = None
        tb = total(svcs, "billed")
        fl.need(60)
        pg.line(40, fl.y - 7, 572, fl.y - 7, 0.3)
        pg.font("LibSerif-B", 7.5)
        pg.text(232, fl.y, "Total charges")
        pg.text(572, fl.y, m(tb), "r")
        fl.y += 12
        pg.font(F, 7.5)
        for lbl, amt in ((f"Payment - {ins}, claim {icn}", -total(svcs, "paid")),
                         (f"Contractual allowance - {ins}", -total(svcs, "discount")),
                         ("Patient payment - thank you", U("-25.00"))):
            pg.text(86, fl.y, "02/12/2026")
            pg.text(232, fl.y, lbl)
            pg.text(572, fl.y, m(amt), "r")
            fl.y += 10.5
        pg.font("LibSerif-B", 7.5)
        bal = tb - total(svcs, "paid") - total(svcs, "discount") - U("25.00")
        pg.text(232, fl.y, "Account balance")
        pg.text(572, fl.y, m(bal), "r")
        doc.claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                           "totals": claim_totals(tb)})
        fl.y += 24
    pg.font(F, 7)
    fl.need(30)
    pg.text(40, fl.y, "Questions about this statement? Call Patient Financial Services Monday-Friday 8 a.m. - 5 p.m."
            " Financial assistance is available; ask for an application.")
    pg.save()
    return doc, fl.anchors, pg.pages, {"money": m, "date": lambda d: dfmt(d, "mdy4"), "units": str}


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout89_"))
    out = out.resolve()
    if (REPO / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for fn in LAYOUTS:
        snapshot = (dict(eobgen.FEE), dict(eobgen.SCHED))
        doc, anchors, pages, fmt = fn(out)
        eobgen.FEE.clear(), eobgen.FEE.update(snapshot[0])
        eobgen.SCHED.clear(), eobgen.SCHED.update(snapshot[1])
        write_truth(out / doc.name, fn.__name__, doc.producer, pages, doc.description, doc.lines, doc.claims,
                    doc.legend, doc.findings)
        results.append((doc, anchors, fmt))
        print(f"{doc.name}: {pages} pages, {len(doc.lines)} lines, {len(doc.claims)} claims ({doc.producer})")
    print(out)
    if "--check" in argv:
        import json
        problems: list[str] = []
        for doc, anchors, fmt in results:
            truth = json.loads(Path(str(out / doc.name) + ".truth.json").read_text())
            check_doc(out / doc.name, truth, anchors, fmt, problems)
        for p in problems:
            print("PROBLEM", p)
        print("check:", "OK" if not problems else f"{len(problems)} problems")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
