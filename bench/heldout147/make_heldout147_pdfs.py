"""Write the HELD-OUT set 147 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on documents nobody developing it has seen. Two layouts of each of the five commonest real kinds,
each in a house style of its own.

Run:  python bench/heldout147/make_heldout147_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout147/make_heldout147_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: h147kit.py (one drawing API
over reportlab and fpdf2, and the self-check). Truth format: the one of samples/pdf (samples/pdf/eobgen.py,
whose helpers are imported), printed values only, null for what a layout does not print (units null where no
quantity is printed); claim_id = the provider's own account / patient-control / visit number, payer_claim_id =
the payer's claim number / ICN / TCN, patient exactly as printed (the person served, not the guarantor or
subscriber). Adjustments are recorded only where the page prints group + reason + amount for the line. Every
name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  c1  commercial plan family member EOB, portrait DejaVu Sans (reportlab): boxed member facts, per-claim
      heading "<patient> - Claim LV...", "Provider / Patient account / Received", 13 columns "Amount billed /
      Plan discount / Allowed amount / Not covered / Deductible / Copay / Co-insurance / Plan paid / Your share /
      Note", "97530 GO 59", italic description on a second line, 3 family members, a not-covered line, the last
      claim runs to page 2 with "(continued)" and the column header repeated, notes legend
  c2  self-funded employer plan claims statement from a TPA, landscape Liberation Sans Narrow (fpdf2): shaded
      "Family member:" bands with "Claim number / Provider's account no.", "What was done" = description +
      "97161-GP", no units, "Jan 21, 2026", "$" amounts, per-visit copay, a not-covered line, claim rows
      continue on page 2 under "Claim detail, continued" WITHOUT a repeated header; PLANTED mismatch in one
      claim's "Total you owe"
  m1  Medicare Advantage HMO monthly member EOB, portrait Liberation Serif (reportlab): "costs at a glance"
      box, "Claim HW-..." blocks, "Provider charged / Plan's approved amount / Plan paid / You owe / Note",
      service text with code in parentheses "(97110-GO-KX)" wrapping so the amounts sit on the last text line,
      a brace (L3807 RT), a denied line the member does not owe, no units, no provider account number
  m2  Medicare Summary Notice Part B, portrait core Helvetica (fpdf2): page-1 deductible / approval / "Total
      You May Be Billed" summary, claims pages "Your Claims & Costs This Period", "Dates of Service / Service
      Provided & Billing Code / Did Medicare Approve? / ... / Maximum You May Be Billed / See Notes", CQ lines,
      a "No" line, notes letters, beneficiary name in capitals, no units
  d1  state Medicaid MMIS paper RA, landscape core Courier print image (reportlab): "RECIP NAME / RECIP ID /
      PAT ACCT / TCN" heads, "LN FROM-DOS TO-DOS PROC MOD1 MOD2 UNITS BILLED ALLOWED TPL-AMT CO-PAY PAID EDIT",
      MMDDYY dates, units "2.00", PAID / DENIED / ADJUSTED sections, a CREDIT claim with trailing-minus
      amounts and its REPLACEMENT, a claim continued on page 2 ("** CONTINUED **" + header), edit legend
  d2  state Medicaid provider-portal RA print, portrait DejaVu Sans Condensed (fpdf2): ruled grid "Ln / Svc
      Date / Proc / Mods / Units / Billed Amt / Approved Amt / Paid Amt / CARC / Adj Amt / RARC / Line Status",
      "Beneficiary Name / Beneficiary ID / Patient Account # / ICN", statuses Paid / Credited / Denied, a
      negative credited claim, a grid that continues on page 2 with "(cont.)" and the header row, claims summary
  r1  Medicare Part B paper-format remittance reprinted by a clearinghouse, landscape Liberation Mono (fpdf2):
      "NAME / MID / ACNT / ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS
      GRP/RC-AMT PROV PD", glued "97110GP", further adjustments on their own text lines under GRP/RC-AMT,
      "REM:" lines, "PT RESP" and "CLAIM TOTALS", a CLM STATUS 22 reversal with "-" amounts and its correction
  r2  practice-management ERA payment-posting report for a Medicare payment, portrait core Helvetica
      (reportlab): shaded patient bands "Patient: Last, First / Acct # / Payer Claim #", "DOS / CPT / Mod /
      Units / Charge / Allowed / Deduct / Coins / Adj Codes / Ins Paid / Pt Resp", adjustments in one cell
      "CO45: 116.30  PR2: 14.74  CO253: 1.18", OT-assistant modifier CO, a reversal in parentheses, a denial
  s1  pediatric therapy clinic family statement, portrait Liberation Sans (reportlab): tear-off remit stub,
      guarantor with 3 children, visit rows "Visit V-... billed to ... insurance claim #...", "1/6/2026",
      "97533-GO-59", "Charges / Insurance paid / Insurance adjustment / Your balance", a payment row (not a
      service), visit totals, page 2 continues under "Statement detail (continued)"
  s2  hospital outpatient-rehab guarantor statement with a left sidebar, portrait DejaVu Serif (fpdf2): two
      patients' accounts, "Date / Rev / CPT/HCPCS / Description / Qty / Charges" with wrapped descriptions,
      "97140 GO 59", account summary with insurance payment and adjustment as "2,120.40-", only charges and
      quantities per line, an account summary continued on page 2

The self-check (--check) tests the factory, not the reader: page counts; every truth code, modifier, units value,
service date and printed amount is on the SAME extracted text line as its service (pdfplumber words grouped by
baseline) on the truth page; adjustment group/reason and amounts, remarks on that page; ids and patients in the
document text; billed - adjustments = paid where the layout prints every adjustment; allowed - deductible - copay
- coinsurance = paid on the member EOBs; claim totals printed and equal to the sum of the lines unless the
mismatch is a planted expected finding."""
from __future__ import annotations

import sys
import tempfile
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
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
from h147kit import TTF, Doc, check_file  # noqa: E402

# A few more invented charges / fee-schedule amounts for codes the shared tables lack.
G.FEE.update({"97533": "98.00", "97162": "235.00", "97035": "45.00", "92610": "185.00", "E0731": "64.00"})
G.SCHED.update({"97533": "38.10", "97162": "101.12", "97035": "14.22", "92610": "80.44", "E0731": "41.60"})
G.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
               "97035": "Ultrasound therapy", "92610": "Swallowing function evaluation",
               "E0731": "Conductive garment for TENS"})

D = date
DJ = TTF + "dejavu/"
LB = TTF + "liberation/"


class Flow:
    """Vertical cursor with page breaks; new_page(doc, cont) draws the page furniture and returns the first y."""

    def __init__(self, doc: Doc, bottom: float, new_page):
        self.doc, self.bottom, self.new_page = doc, bottom, new_page
        self.doc.page()
        self.y = new_page(doc, False)

    def need(self, h: float, cont: bool = True) -> bool:
        if self.y + h > self.bottom:
            self.doc.page()
            self.y = self.new_page(self.doc, cont)
            return True
        return False


def two_pass(render):
    """Render once to learn the page count, then again with it (for 'Page n of N')."""
    n = 0
    for _ in range(2):
        res = render(n)
        n = res[0]
    return res


def tl(page, s, cid, pcid, pat, printed, **kw):
    return truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)


# =============================================================================================== c1
def c1(out: Path):
    """Commercial member EOB, family, portrait reportlab DejaVu Sans."""
    name = "h147_c1_larkspur_family_eob"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, ",")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy2")  # noqa: E731
    fonts = {"R": DJ + "DejaVuSans.ttf", "B": DJ + "DejaVuSans-Bold.ttf", "I": DJ + "DejaVuSans-Oblique.ttf"}
    P1, P2, P3 = "Theo Okonkwo-Reyes", "Mireille Okonkwo-Reyes", "Dana Okonkwo-Reyes"

    def claims():
        st = PlanState(ded_left=q(250), coins_rate=Decimal("0.10"))
        c = [
            (P3, "Cedar Row Physical Therapy", "CRPT 118805", "LV2602-01126", D(2026, 1, 29), [
                Svc(D(2026, 1, 20), "97162", 1, ("GP",)), Svc(D(2026, 1, 20), "97140", 2, ("GP",)),
                Svc(D(2026, 1, 20), "97110", 1, ("GP", "KX")), Svc(D(2026, 1, 27), "97110", 2, ("GP",)),
            ]),
            (P2, "Harbor Light Speech & Language", "HL-7720-3", "LV2601-90457", D(2026, 1, 22), [
                Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
                Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
            ]),
            (P1, "Bright Steps Pediatric Therapy", "BST-40931", "LV2601-88213", D(2026, 1, 14), [
                Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 7), "97533", 2, ("GO",)), Svc(D(2026, 1, 7), "97530", 1, ("GO", "59")),
                Svc(D(2026, 1, 12), "97533", 2, ("GO",)), Svc(D(2026, 1, 12), "97112", 1, ("GO",)),
                Svc(D(2026, 1, 14), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97535", 1, ("GO",)),
                Svc(D(2026, 1, 19), "97533", 2, ("GO",)), Svc(D(2026, 1, 19), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 21), "97533", 1, ("GO",)), Svc(D(2026, 1, 21), "97035", 1, ("GO",), denied="PR"),
                Svc(D(2026, 1, 26), "97530", 2, ("GO",)), Svc(D(2026, 1, 26), "97112", 2, ("GO",)),
            ]),
        ]
        for *_, svcs in c:
            for s in svcs:
                commercial(s, st)
                s.remarks = ["N4"] if s.denied else (["D2"] if s.deductible else [])
        return c

    cols = [("Date of\nservice", 30, "l"), ("Service\ncode", 70, "l"), ("Units", 148, "r"), ("Amount\nbilled", 190, "r"),
            ("Plan\ndiscount", 232, "r"), ("Allowed\namount", 274, "r"), ("Not\ncovered", 314, "r"),
            ("Deduct-\nible", 352, "r"), ("Copay", 388, "r"), ("Co-\ninsurance", 430, "r"),
            ("Plan\npaid", 474, "r"), ("Your\nshare", 518, "r"), ("Note", 532, "l")]

    def render(npages):
        doc = Doc("reportlab", pdf, False, fonts)
        lines, cls = [], []
        cur = {"claim": None}

        def colhdr(y):
            doc.rect(28, y - 9, 556, 22, 0.4, gray=0.88)
            for h, x, al in cols:
                for k, part in enumerate(h.split("\n")):
                    doc.text(x, y + k * 8, part, "B", 6.5, al)
            return y + 24

        def newp(d, cont):
            d.text(30, 40, "LARKSPUR VALLEY HEALTH PLAN", "B", 13)
            d.text(30, 52, "Larkspur Valley Mutual Insurance Co.  |  PO Box 66120, Fennick, OR 97899", "R", 7)
            d.text(582, 40, "EXPLANATION OF BENEFITS", "B", 11, "r")
            d.text(582, 52, "THIS IS NOT A BILL", "B", 8, "r")
            d.text(582, 62, "Statement date: 02/03/26", "R", 7, "r")
            d.hline(28, 584, 68, 1.2)
            d.text(306, 770, f"Page {d.pages} of {npages}", "R", 7, "c")
            d.text(30, 770, "LVHP-EOB-FAM 02/26", "R", 6)
            if d.pages == 1:
                return 80
            d.text(30, 84, f"Subscriber: {P3}    Member ID: LVX 448 20931 01", "R", 7.5)
            y = 100
            if cont and cur["claim"]:
                d.text(30, y, cur["claim"] + "  (continued)", "B", 8)
                y = colhdr(y + 14)
            return y

        fl = Flow(doc, 740, newp)
        y = fl.y
        addr = ["Dana Okonkwo-Reyes", "2281 Quillmark Ave", "Fennick OR 97801"]
        for i, a in enumerate(addr):
            doc.text(40, y + 20 + i * 10, a, "R", 8.5)
        doc.rect(330, y, 254, 70, 0.6)
        facts = [("Subscriber:", P3), ("Member ID:", "LVX 448 20931 01"), ("Group:", "Tillory Foods Co. 08812"),
                 ("Plan:", "LV Choice PPO 2500"), ("Claims in this statement:", "3")]
        for i, (k, v) in enumerate(facts):
            doc.text(338, y + 12 + i * 12, k, "B", 7.5)
            doc.text(450, y + 12 + i * 12, v, "R", 7.5)
        y += 86
        doc.text(30, y, "Your family's claims, in detail", "B", 10)
        y += 12
        for t in textwrap.wrap("Below are the services your family received that we finished processing this "
                               "month. 'Your share' is what the provider may bill you, after our payment. "
                               "Notes are explained at the end of this statement.", 120):
            doc.text(30, y, t, "R", 7.5)
            y += 9
        fl.y = y + 8
        for pat, prov, acct, clm, rcv, svcs in claims():
            fl.need(80, cont=False)
            y = fl.y
            hdr = f"{pat}  -  Claim {clm}"
            cur["claim"] = hdr
            doc.text(30, y, hdr, "B", 8.5)
            doc.text(30, y + 11, f"Provider: {prov}    Patient account: {acct}    Received: {DF(rcv)}", "R", 7.5)
            fl.y = colhdr(y + 24)
            for s in svcs:
                if fl.need(22):
                    pass
                y = fl.y
                vals = [DF(s.dos), " ".join((s.code,) + s.mods), units_str(s.units), M(s.billed), M(s.discount),
                        M(s.allowed), M(s.not_covered), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid),
                        M(s.owes), " ".join(s.remarks)]
                for (h, x, al), v in zip(cols, vals):
                    doc.text(x, y, v, "R", 7, al)
                doc.text(78, y + 8.5, s.desc, "I", 6.3)
                doc.hline(28, 584, y + 12, 0.2)
                lines.append(tl(doc.pages, s, acct, clm, pat,
                                ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                 "coinsurance", "paid", "patient_owes"), remarks=s.remarks))
                fl.y = y + 21
            fl.need(16)
            y = fl.y
            tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                           "coinsurance", "paid", "owes")]
            doc.text(70, y, "Claim total", "B", 7)
            for (h, x, al), v in zip(cols[3:12], tv):
                doc.text(x, y, M(v), "B", 7, al)
            doc.hline(28, 584, y + 4, 0.8)
            cls.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tv[0], tv[2], tv[7], tv[8])})
            fl.y = y + 24
            cur["claim"] = None
        fl.need(70, cont=False)
        y = fl.y
        doc.text(30, y, "Notes", "B", 9)
        legend = [("D2", "This amount counted toward your plan-year deductible."),
                  ("N4", "Your plan does not cover this kind of treatment; you may be billed for it.")]
        for i, (k, v) in enumerate(legend):
            doc.text(30, y + 12 + i * 10, k, "B", 7.5)
            doc.text(50, y + 12 + i * 10, v, "R", 7.5)
        doc.text(30, y + 42, "Questions? Call Member Care at 1-866-555-0142 (TTY 711), weekdays 7 a.m. - 7 p.m.",
                 "R", 7.5)
        doc.save()
        return doc.pages, lines, cls, legend

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "reportlab", pages, "Commercial member EOB for a family (3 members)", lines, cls, legend)
    return pdf, {"money": lambda d: money(d, ","), "date": lambda d: dfmt(d, "mdy2"), "units": units_str,
                 "row_fields": ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                "coinsurance", "paid", "patient_owes"), "member_math": True}


# =============================================================================================== c2
def c2(out: Path):
    """Self-funded employer plan claims statement via a TPA, landscape fpdf2 Liberation Sans Narrow."""
    name = "h147_c2_cobalt_ridge_tpa_statement"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, "$")  # noqa: E731
    DF = lambda d: dfmt(d, "mon")  # noqa: E731
    fonts = {"R": LB + "LiberationSansNarrow-Regular.ttf", "B": LB + "LiberationSansNarrow-Bold.ttf"}
    EMP, SON, DAU = "Priya Venkataraman", "Arjun Venkataraman-Holt", "Leela Venkataraman-Holt"

    def claims():
        st = PlanState(ded_left=q(0), visit_copay=q(30))
        c = [
            (SON, "Kestrel Kids OT Collective", "KK-204417", "CR-26-0041190", [
                Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 1, ("GO",)),
                Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97533", 1, ("GO", "59")),
                Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97535", 1, ("GO",)),
                Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 27), "97112", 1, ("GO",)),
            ]),
            (DAU, "Wren & Alder Speech Clinic", "WA00931", "CR-26-0042007", [
                Svc(D(2026, 1, 9), "92610", 1, ("GN",)), Svc(D(2026, 1, 16), "92526", 1, ("GN",)),
                Svc(D(2026, 1, 23), "92526", 1, ("GN",)), Svc(D(2026, 1, 23), "97129", 1, ("GN",), denied="PR"),
            ]),
            (EMP, "Sable Point Orthopedic Rehab", "SPOR-66120", "CR-26-0043355", [
                Svc(D(2026, 1, 21), "97161", 1, ("GP",)), Svc(D(2026, 1, 21), "97140", 1, ("GP",)),
                Svc(D(2026, 1, 21), "G0283", 1, ("GP",)), Svc(D(2026, 1, 28), "97110", 3, ("GP",)),
                Svc(D(2026, 1, 28), "97140", 1, ("GP", "59")),
            ]),
        ]
        for *_, svcs in c:
            for s in svcs:
                commercial(s, st)
                s.remarks = ["NC3"] if s.denied else (["CP1"] if s.copay else [])
        return c

    # x positions (landscape 792 wide)
    cols = [("Service date", 30, "l"), ("What was done", 92, "l"), ("Amount\ncharged", 330, "r"),
            ("Network\nsavings", 378, "r"), ("Plan\nallows", 424, "r"), ("Not\ncovered", 470, "r"),
            ("Deductible", 520, "r"), ("Copay", 562, "r"), ("Coinsurance", 614, "r"), ("Plan\npaid", 662, "r"),
            ("Total you\nowe", 712, "r"), ("Reason", 726, "l")]
    mismatch = {"clm": "CR-26-0042007", "extra": q(10)}

    def render(npages):
        doc = Doc("fpdf2", pdf, True, fonts, FIXED_WHEN)
        lines, cls, finds = [], [], []

        def colhdr(y):
            doc.hline(28, 764, y - 10, 0.8)
            for h, x, al in cols:
                for k, part in enumerate(h.split("\n")):
                    doc.text(x, y + k * 9, part, "B", 7.5, al)
            doc.hline(28, 764, y + 13, 0.8)
            return y + 26

        def newp(d, cont):
            d.text(30, 36, "Cobalt Ridge Benefit Administrators", "B", 14)
            d.text(30, 48, "Claims administrator for the Marrow Creek School District Employee Health Plan", "R", 8)
            d.text(762, 36, "Claims Statement", "B", 12, "r")
            d.text(762, 48, "Not a bill - keep for your records", "R", 8, "r")
            d.text(396, 590, f"Page {d.pages} of {npages}   |   Statement 2602-118-4471   |   "
                   "Cobalt Ridge BA, 800 Tern Landing Rd, Sallow Bay, WA 98999", "R", 7, "c")
            d.hline(28, 764, 56, 1.5)
            y = 72
            if cont:
                d.text(30, y, "Claim detail, continued from the previous page", "R", 8)
                y += 16
            return y

        fl = Flow(doc, 560, newp)
        y = fl.y
        doc.text(30, y + 6, "Prepared for:", "B", 8.5)
        for i, a in enumerate([EMP, "614 Halyard Court", "Sallow Bay, WA 98920"]):
            doc.text(30, y + 18 + i * 10, a, "R", 8.5)
        doc.rect(300, y - 4, 462, 48, 0.5)
        kv = [("Employee ID", "MCSD-0027714"), ("Coverage", "Employee + Children, Core PPO"),
              ("Statement date", "February 4, 2026"), ("Period", "Jan 1 - Jan 31, 2026")]
        for i, (k, v) in enumerate(kv):
            xx = 308 + (i % 2) * 230
            yy = y + 10 + (i // 2) * 16
            doc.text(xx, yy, k + ":", "B", 8)
            doc.text(xx + 70, yy, v, "R", 8)
        fl.y = y + 66
        for pat, prov, acct, clm, svcs in claims():
            fl.need(70, cont=False)
            y = fl.y
            doc.rect(28, y - 10, 736, 26, 0.3, gray=0.93)
            doc.text(32, y, f"Family member: {pat}", "B", 9)
            doc.text(32, y + 11, f"Claim number {clm}   Provider: {prov}   Provider's account no. {acct}", "R", 8)
            fl.y = colhdr(y + 32)
            for s in svcs:
                fl.need(13)
                y = fl.y
                what = f"{s.desc} {s.code}-{'-'.join(s.mods)}"
                vals = [DF(s.dos), what, M(s.billed), M(s.discount), M(s.allowed), M(s.not_covered), M(s.deductible),
                        M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), " ".join(s.remarks)]
                for (h, x, al), v in zip(cols, vals):
                    doc.text(x, y, v, "R", 8, al)
                lines.append(tl(doc.pages, s, acct, clm, pat,
                                ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                 "coinsurance", "paid", "patient_owes"), units=False, remarks=s.remarks))
                fl.y = y + 13
            fl.need(14)
            y = fl.y
            doc.hline(300, 764, y - 9, 0.4)
            tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                           "coinsurance", "paid", "owes")]
            pr_owes = tv[8] + (mismatch["extra"] if clm == mismatch["clm"] else 0)
            doc.text(92, y, "Totals for this claim", "B", 8)
            for (h, x, al), v in zip(cols[2:11], tv[:8] + [pr_owes]):
                doc.text(x, y, M(v), "B", 8, al)
            cls.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tv[0], tv[2], tv[7], pr_owes)})
            if pr_owes != tv[8]:
                finds.append(f"claim-total-mismatch claim {clm}: printed Total you owe {pr_owes} but the lines "
                             f"add up to {tv[8]}")
            fl.y = y + 26
        fl.need(60, cont=False)
        y = fl.y
        legend = [("CP1", "A fixed copay applies once per visit day."),
                  ("NC3", "Not a covered benefit under your plan; the provider may bill you.")]
        doc.text(30, y, "Reason codes", "B", 9)
        for i, (k, v) in enumerate(legend):
            doc.text(30, y + 12 + i * 10, f"{k}  {v}", "R", 8)
        doc.text(30, y + 40, "To appeal, write within 180 days to Cobalt Ridge BA, Appeals Unit, PO Box 4410, "
                 "Sallow Bay WA 98921.", "R", 8)
        doc.save()
        return doc.pages, lines, cls, legend, finds

    pages, lines, cls, legend, finds = two_pass(render)
    write_truth(pdf, name, "fpdf2", pages, "Self-funded employer plan member claims statement (TPA), family",
                lines, cls, legend, finds)
    return pdf, {"money": M, "date": DF, "units": units_str,
                 "row_fields": ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                "coinsurance", "paid", "patient_owes"), "member_math": True}


# =============================================================================================== m1
def m1(out: Path):
    """Medicare Advantage HMO member EOB, monthly, portrait reportlab Liberation Serif."""
    name = "h147_m1_heronwood_ma_eob"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, "$")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy4")  # noqa: E731
    fonts = {"R": LB + "LiberationSerif-Regular.ttf", "B": LB + "LiberationSerif-Bold.ttf",
             "I": LB + "LiberationSerif-Italic.ttf"}
    MEM = "Gerald Ashcombe-Pryce"

    def claims():
        st = PlanState(ded_left=q(0), coins_rate=Decimal("0.20"))
        c = [
            ("Tidewater Hand & Upper Limb Therapy", "HW-26-0113-55821", "01/22/2026", [
                Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97760", 1, ("GO",)),
                Svc(D(2026, 1, 5), "L3807", 1, ("RT",)), Svc(D(2026, 1, 8), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 8), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 12), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 12), "97110", 1, ("GO",)), Svc(D(2026, 1, 15), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 15), "97035", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 19), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 19), "97110", 2, ("GO", "KX")), Svc(D(2026, 1, 22), "97168", 1, ("GO",)),
            ]),
            ("Ridgeview Family Medicine", "HW-26-0120-60114", "01/27/2026", [
                Svc(D(2026, 1, 14), "99213", 1, ()), Svc(D(2026, 1, 14), "G0283", 1, ()),
            ]),
        ]
        for *_, svcs in c:
            for s in svcs:
                medicare(s, st, sequestration=False, deny_reason="96")
                if s.code in ("97760", "L3807") or s.code.startswith("97"):
                    s.desc = G.LONG_DESC.get(s.code, s.desc)
                s.remarks = ["C"] if s.denied else (["A"] if s.code == "L3807" else [])
        return c

    cols = [("Date of\nservice", 44, "l"), ("Service you received", 100, "l"), ("Provider\ncharged", 372, "r"),
            ("Plan's approved\namount", 436, "r"), ("Plan\npaid", 486, "r"), ("You\nowe", 534, "r"),
            ("Note", 548, "l")]

    def render(npages):
        doc = Doc("reportlab", pdf, False, fonts)
        lines, cls = [], []
        cur = {"c": None}

        def colhdr(y):
            doc.hline(42, 572, y - 10, 0.6)
            for h, x, al in cols:
                for k, part in enumerate(h.split("\n")):
                    doc.text(x, y + k * 9, part, "B", 8, al)
            doc.hline(42, 572, y + 13, 0.6)
            return y + 26

        def newp(d, cont):
            d.text(44, 44, "Heronwood Senior Advantage (HMO)", "B", 15)
            d.text(44, 58, "A Medicare Advantage plan offered by Heronwood Health Partners", "I", 9)
            d.text(570, 44, "Explanation of Benefits", "B", 11, "r")
            d.text(570, 58, "for medical services: January 2026", "R", 9, "r")
            d.hline(42, 572, 66, 2)
            d.text(44, 764, f"{MEM}   Member number H7741-0088315   Page {d.pages} of {npages}", "R", 8)
            d.text(570, 764, "Y9999_EOBMED26_M", "R", 7, "r")
            y = 86
            if cont and cur["c"]:
                d.text(44, y, cur["c"] + " (continued)", "B", 9.5)
                y = colhdr(y + 20)
            return y

        fl = Flow(doc, 735, newp)
        y = fl.y
        doc.text(44, y, "This notice is not a bill.", "B", 11)
        for i, t in enumerate(textwrap.wrap(
                "It tells you about the medical services your plan processed last month, what the plan paid, and "
                "what you may owe the provider. Compare it with the bills and receipts you get. If something "
                "looks wrong, call Member Services at 1-877-555-0190 (TTY 711).", 105)):
            doc.text(44, y + 14 + i * 11, t, "R", 9)
        y += 60
        cl = claims()
        tot_b = sum(total(s, "billed") for *_, s in cl)
        tot_p = sum(total(s, "paid") for *_, s in cl)
        tot_o = sum(total(s, "owes") for *_, s in cl)
        doc.rect(42, y, 530, 74, 0.8)
        doc.text(52, y + 16, "Your costs at a glance", "B", 10)
        rows = [("Total cost of services billed this month", tot_b), ("Heronwood paid", tot_p),
                ("You owe the providers", tot_o)]
        for i, (k, v) in enumerate(rows):
            doc.text(52, y + 32 + i * 13, k, "R", 9)
            doc.text(560, y + 32 + i * 13, M(v), "B", 9, "r")
        doc.text(320, y + 16, "Out-of-pocket maximum used so far: $182.40 of $4,900.00", "R", 8)
        fl.y = y + 96
        doc.text(44, fl.y, "Your medical claims in detail", "B", 12)
        fl.y += 20
        for prov, clm, proc, svcs in cl:
            fl.need(90, cont=False)
            y = fl.y
            head = f"Claim {clm}"
            cur["c"] = head
            doc.text(44, y, head, "B", 9.5)
            doc.text(44, y + 12, f"Provider: {prov} (in network)    Processed {proc}", "R", 9)
            fl.y = colhdr(y + 30)
            for s in svcs:
                svc = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
                wrapped = textwrap.wrap(svc, 58)
                fl.need(12 * len(wrapped) + 4)
                y = fl.y
                # amounts on the LAST text line of the wrapped service, as many plan EOBs align them
                for k, t in enumerate(wrapped):
                    doc.text(100, y + k * 11, t, "R", 8.5)
                yl = y + (len(wrapped) - 1) * 11
                vals = [DF(s.dos), None, M(s.billed), M(s.allowed), M(s.paid), M(s.owes), " ".join(s.remarks)]
                for (h, x, al), v in zip(cols, vals):
                    if v is not None:
                        doc.text(x, yl, v, "R", 8.5, al)
                doc.hline(42, 572, yl + 5, 0.15)
                lines.append(tl(doc.pages, s, None, clm, MEM, ("billed", "allowed", "paid", "patient_owes"),
                                units=False, remarks=s.remarks))
                fl.y = yl + 16
            fl.need(18)
            y = fl.y
            tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
            doc.text(100, y, "Claim total", "B", 8.5)
            for (h, x, al), v in zip(cols[2:6], tv):
                doc.text(x, y, M(v), "B", 8.5, al)
            cls.append({"claim_id": None, "payer_claim_id": clm, "patient": MEM,
                        "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
            fl.y = y + 28
            cur["c"] = None
        fl.need(60, cont=False)
        y = fl.y
        legend = [("A", "Brace or splint supplied by your therapist; covered under durable equipment benefits."),
                  ("C", "Not covered as billed. The in-network provider cannot charge you for this item.")]
        doc.text(44, y, "Notes about your claims", "B", 10)
        for i, (k, v) in enumerate(legend):
            doc.text(44, y + 14 + i * 11, f"{k} - {v}", "R", 8.5)
        doc.save()
        return doc.pages, lines, cls, legend

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "reportlab", pages, "Medicare Advantage HMO monthly member EOB", lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": units_str, "row_fields": ("billed", "allowed", "paid",
                                                                             "patient_owes")}


# =============================================================================================== m2
def m2(out: Path):
    """Medicare Summary Notice Part B, portrait fpdf2 core Helvetica, date column, claim continued."""
    name = "h147_m2_msn_part_b"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, "$")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy2")  # noqa: E731
    fonts = {"R": "Helvetica", "B": "Helvetica-Bold"}
    BEN = "ROSALIND PETTIBONE-MARSH"

    def claims():
        st = PlanState(ded_left=q(96.40), coins_rate=Decimal("0.20"))
        c = [
            ("Rivermouth Outpatient Therapy", "(555) 013-2260", "26-0112-448201-00", [
                Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
                Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97112", 1, ("GP",)),
                Svc(D(2026, 1, 13), "97116", 2, ("GP",)), Svc(D(2026, 1, 13), "97110", 1, ("GP", "CQ")),
                Svc(D(2026, 1, 15), "97116", 2, ("GP", "CQ")), Svc(D(2026, 1, 15), "97140", 1, ("GP",)),
                Svc(D(2026, 1, 20), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 20), "97530", 1, ("GP",)),
                Svc(D(2026, 1, 22), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 22), "0552T", 1, ("GP",),
                                                                   denied="PR"),
            ]),
            ("Lanternfield Speech Services", "(555) 013-7781", "26-0126-901377-00", [
                Svc(D(2026, 1, 21), "92523", 1, ("GN",)), Svc(D(2026, 1, 28), "92507", 1, ("GN",)),
            ]),
        ]
        for *_, svcs in c:
            for s in svcs:
                medicare(s, st, deny_reason="50")
                s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
                if "CQ" in s.mods:
                    s.remarks = s.remarks + ["B"]
        return c

    cols = [("Dates of\nService", 40, "l"), ("Service Provided &\nBilling Code", 84, "l"),
            ("Did Medicare\nApprove?", 286, "c"), ("Amount\nProvider\nCharged", 370, "r"),
            ("Medicare-\nApproved\nAmount", 424, "r"), ("Amount\nMedicare\nPaid", 478, "r"),
            ("Maximum\nYou May\nBe Billed", 530, "r"), ("See\nNotes", 548, "l")]

    def render(npages):
        doc = Doc("fpdf2", pdf, False, fonts, FIXED_WHEN)
        lines, cls = [], []
        cur = {"c": None}

        def colhdr(y):
            doc.rect(38, y - 10, 538, 32, 0.4, gray=0.85)
            for h, x, al in cols:
                for k, part in enumerate(h.split("\n")):
                    doc.text(x, y + k * 8, part, "B", 7, al)
            return y + 32

        def newp(d, cont):
            d.text(40, 40, f"Medicare Summary Notice for {BEN.title()}", "B", 13)
            d.text(40, 54, f"THIS IS NOT A BILL  |  Page {d.pages} of {npages}", "B", 9)
            d.hline(38, 576, 62, 1)
            y = 80
            if d.pages > 1:
                d.text(40, y, "Your Claims & Costs This Period", "B", 12)
                y += 18
                if cont and cur["c"]:
                    d.text(40, y, cur["c"] + " (continued)", "B", 8.5)
                    y = colhdr(y + 18)
            return y

        fl = Flow(doc, 740, newp)
        y = fl.y
        for i, a in enumerate([BEN, "1907 ORCHARD SPUR RD", "MARROWFIELD PA 19999-0142"]):
            doc.text(44, y + i * 11, a, "R", 9)
        doc.rect(330, y - 10, 246, 84, 0.6)
        facts = [("Medicare Number", "XXX-XX-7731A"), ("Date of This Notice", "February 9, 2026"),
                 ("Claims Processed Between", "Nov 9, 2025 - Feb 7, 2026"), ("Customer Service", "1-800-555-0133")]
        for i, (k, v) in enumerate(facts):
            doc.text(338, y + 4 + i * 18, k, "B", 8)
            doc.text(338, y + 13 + i * 18, v, "R", 8)
        y += 96
        cl = claims()
        doc.text(40, y, "Your Deductible Status", "B", 11)
        doc.text(40, y + 13, "Your Part B deductible for 2026 has now been met.", "R", 9)
        doc.text(40, y + 36, "Did Medicare Approve All Services?", "B", 11)
        doc.text(40, y + 49, "NO - Medicare did not approve 1 service. Look for NO on the claim pages.", "R", 9)
        tmax = sum(total(s, "owes") for *_, s in cl)
        doc.text(40, y + 72, "Total You May Be Billed", "B", 11)
        doc.text(40, y + 86, M(tmax), "B", 16)
        doc.text(40, y + 112, "Providers with claims this period:", "B", 9)
        for i, (prov, *_r) in enumerate(cl):
            doc.text(52, y + 125 + i * 11, prov, "R", 9)
        doc.page()
        fl.y = newp(doc, False)
        for prov, phone, clm, svcs in cl:
            fl.need(110, cont=False)
            y = fl.y
            head = f"{prov}, {phone}  -  Claim Number: {clm}"
            cur["c"] = head
            doc.text(40, y, head, "B", 8.5)
            doc.text(40, y + 11, "Provider's address on file; assignment accepted", "R", 8)
            fl.y = colhdr(y + 26)
            for s in svcs:
                fl.need(22)
                y = fl.y
                vals = [DF(s.dos), f"{s.desc} ({'-'.join((s.code,) + s.mods)})", "No" if s.denied else "Yes",
                        M(s.billed), M(s.allowed), M(s.paid), M(s.owes), ", ".join(s.remarks)]
                for (h, x, al), v in zip(cols, vals):
                    doc.text(x, y, v, "R", 7.5, al)
                doc.hline(38, 576, y + 6, 0.2)
                lines.append(tl(doc.pages, s, None, clm, BEN, ("billed", "allowed", "paid", "patient_owes"),
                                units=False, remarks=s.remarks))
                fl.y = y + 17
            fl.need(16)
            y = fl.y
            tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
            doc.text(84, y, "Total for this claim", "B", 7.5)
            for (h, x, al), v in zip(cols[3:7], tv):
                doc.text(x, y, M(v), "B", 7.5, al)
            cls.append({"claim_id": None, "payer_claim_id": clm, "patient": BEN,
                        "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
            fl.y = y + 30
            cur["c"] = None
        fl.need(70, cont=False)
        y = fl.y
        legend = [("A", "This approved amount was applied toward your yearly deductible."),
                  ("B", "Part of this service was given by a therapy assistant, so the payment is adjusted."),
                  ("C", "Medicare does not pay for this item because it is not shown to be medically needed.")]
        doc.text(40, y, "Notes for Claims Above", "B", 10)
        for i, (k, v) in enumerate(legend):
            doc.text(40, y + 14 + i * 11, f"{k}  {v}", "R", 8)
        doc.save()
        return doc.pages, lines, cls, legend

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "fpdf2", pages, "Medicare Summary Notice, Part B", lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": units_str, "row_fields": ("billed", "allowed", "paid",
                                                                             "patient_owes")}


# =============================================================================================== d1
def d1(out: Path):
    """State Medicaid MMIS remittance advice, landscape reportlab Courier, fixed-width print image."""
    name = "h147_d1_westmarch_medicaid_ra"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, "", "trail")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy6")  # noqa: E731
    UN = lambda u: f"{u:.2f}"  # noqa: E731
    fonts = {"R": "Courier", "B": "Courier-Bold"}

    def mk(svcs, deny=None):
        for s in svcs:
            if deny:
                s.denied = "CO"
            medicaid(s, deny_reason="B7" if deny else "197")
            s.remarks = [deny] if deny else (["0261"] if s.discount else [])
            s.copay = q(0)
        return svcs

    paid = [
        ("DUBROVSKA, KATERINA", "700182245103", "JHT26-0331", "2026020118340001", mk([
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 7), "97530", 3, ("GO",)), Svc(D(2026, 1, 9), "97533", 2, ("GO", "59")),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 14), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 16), "97530", 2, ("GO",)), Svc(D(2026, 1, 16), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 21), "97530", 3, ("GO",)), Svc(D(2026, 1, 23), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 26), "97530", 3, ("GO",)), Svc(D(2026, 1, 28), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 30), "97530", 2, ("GO",)), Svc(D(2026, 1, 30), "97110", 1, ("GO",)),
        ])),
        ("OYELARAN, TOBI", "700190038826", "JHT26-0347", "2026020118340002", mk([
            Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",)),
        ])),
        ("OYELARAN, ADA", "700190038834", "JHT26-0348", "2026020118340006", mk(
            [Svc(D(2026, 1, d), c, u, m) for d in (6, 9, 13, 16, 20, 23, 27, 30) for c, u, m in
             (("97530", 2, ("GO",)), ("97533", 1, ("GO", "59")))])),
    ]
    denied = [("QUILLFEATHER, MARA J", "700166402219", "JHT26-0352", "2026020118340003", mk([
        Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 8), "97112", 1, ("GO",))], deny="0488"))]
    orig = mk([Svc(D(2025, 12, 10), "97530", 2, ("GO",)), Svc(D(2025, 12, 10), "97140", 2, ("GO",))])
    credit = [negate(s) for s in orig]
    for s in credit:
        s.copay = q(0)
        s.remarks = ["9921"]
    repl = mk([Svc(D(2025, 12, 10), "97530", 3, ("GO",)), Svc(D(2025, 12, 10), "97140", 2, ("GO",))])
    adjusted = [("BRANNIGAN-OSEI, LUKE", "700172290014", "JHT25-1190", "2026020118340004", credit, "CREDIT"),
                ("BRANNIGAN-OSEI, LUKE", "700172290014", "JHT25-1190", "2026020118340005", repl, "REPLACEMENT")]

    hdr1 = (" LN  FROM-DOS  TO-DOS  PROC   MOD1 MOD2   UNITS     BILLED    ALLOWED     TPL-AMT   CO-PAY"
            "       PAID  EDIT")

    def row(i, s):
        m = list(s.mods) + ["", ""]
        return (f" {i:02d}  {DF(s.dos)}    {DF(s.dos)}  {s.code:<5}  {m[0]:<4} {m[1]:<4} {UN(s.units):>7}"
                f" {M(s.billed):>10} {M(s.allowed):>10} {M(q(0)):>11} {M(s.copay):>8} {M(s.paid):>10}  "
                f"{' '.join(s.remarks)}")

    def render(npages):
        doc = Doc("reportlab", pdf, True, fonts)
        lines, cls = [], []
        cur = {"c": None, "sec": ""}

        def newp(d, cont):
            d.text(36, 34, "STATE OF WESTMARCH                 DEPARTMENT OF HEALTH AND FAMILY SUPPORT", "B", 8.5)
            d.text(36, 45, "MEDICAL ASSISTANCE PROGRAM - MMIS      REMITTANCE ADVICE", "B", 8.5)
            d.text(756, 34, f"RA DATE 02/06/26   PAGE {d.pages:>4} OF {npages:>4}", "R", 8.5, "r")
            d.text(756, 45, "RA NUMBER 0260371   WARRANT 00718820", "R", 8.5, "r")
            d.text(36, 58, "PROVIDER 004418832  JUNCO HILL THERAPY GROUP LLC         NPI 1299004417   "
                           "PROVIDER TYPE 26 OCCUPATIONAL/SPEECH THERAPY", "R", 8)
            d.text(36, 66, "-" * 150, "R", 8)
            y = 80
            if cur["sec"]:
                d.text(36, y, f"CLAIM STATUS: {cur['sec']}", "B", 8)
                y += 12
            if cont and cur["c"]:
                d.text(36, y, cur["c"] + "   ** CONTINUED **", "R", 8)
                d.text(36, y + 10, hdr1, "R", 8)
                y += 22
            return y

        fl = Flow(doc, 560, newp)

        def claim(pat, rid, acct, tcn, svcs, sec, kind=""):
            fl.need(46, cont=False)
            y = fl.y
            head = f"RECIP NAME {pat:<22} RECIP ID {rid}   PAT ACCT {acct:<11} TCN {tcn}"
            cur["c"] = head
            doc.text(36, y, head + (f"   {kind}" if kind else ""), "B", 8)
            doc.text(36, y + 10, hdr1, "R", 8)
            fl.y = y + 22
            for i, s in enumerate(svcs, 1):
                fl.need(11.5)
                doc.text(36, fl.y, row(i, s), "R", 8)
                lines.append(tl(doc.pages, s, acct, tcn, pat, ("billed", "allowed", "copay", "paid"),
                                remarks=s.remarks))
                fl.y += 11.5
            fl.need(12)
            tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
            doc.text(36, fl.y, f"{'':<20}CLAIM TOTAL{'':>23}{M(tb):>10} {M(ta):>10}{'':>21} {M(tp):>10}", "B", 8)
            cls.append({"claim_id": acct, "payer_claim_id": tcn, "patient": pat,
                        "totals": claim_totals(tb, ta, tp, None)})
            fl.y += 20
            cur["c"] = None

        for sec, group in (("PAID", paid), ("DENIED", denied)):
            cur["sec"] = sec
            fl.need(60, cont=False)
            doc.text(36, fl.y, f"CLAIM STATUS: {sec}", "B", 8)
            fl.y += 14
            for c in group:
                claim(*c, sec)
        cur["sec"] = "ADJUSTED"
        fl.need(60, cont=False)
        doc.text(36, fl.y, "CLAIM STATUS: ADJUSTED  (ORIGINAL CLAIM CREDITED, REPLACEMENT CLAIM PAID)", "B", 8)
        fl.y += 14
        for pat, rid, acct, tcn, svcs, kind in adjusted:
            claim(pat, rid, acct, tcn, svcs, "ADJUSTED", kind)
        cur["sec"] = ""
        fl.need(80, cont=False)
        y = fl.y
        legend = [("0261", "PAYMENT LIMITED TO THE PROGRAM FEE SCHEDULE"),
                  ("0488", "SERVICE NEEDS PRIOR APPROVAL; NONE ON FILE FOR THESE DATES"),
                  ("9921", "CREDIT OF A PREVIOUSLY PAID CLAIM; SEE REPLACEMENT")]
        doc.text(36, y, "EDIT CODE MESSAGES", "B", 8)
        for i, (k, v) in enumerate(legend):
            doc.text(36, y + 10 + i * 10, f"  {k}  {v}", "R", 8)
        net = sum(total(c[4], "paid") for c in paid) + sum(total(c[4], "paid") for c in adjusted)
        doc.text(36, y + 50, f"TOTAL NET PAYMENT THIS RA {M(net):>12}", "B", 8)
        doc.save()
        return doc.pages, lines, cls, legend

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "reportlab", pages, "State Medicaid MMIS paper remittance advice", lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": UN, "row_fields": ("billed", "allowed", "copay", "paid")}


# =============================================================================================== d2
def d2(out: Path):
    """State Medicaid web-portal RA print, portrait fpdf2 DejaVu Sans Condensed, boxed grid."""
    name = "h147_d2_keystone_plains_medicaid_ra"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, ",")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy4")  # noqa: E731
    UN = lambda u: f"{u:.1f}"  # noqa: E731
    fonts = {"R": DJ + "DejaVuSansCondensed.ttf", "B": DJ + "DejaVuSansCondensed-Bold.ttf"}

    def mk(svcs, deny=None, rarc=None):
        for s in svcs:
            if deny and s.denied:
                medicaid(s, deny_reason=deny)
                s.remarks = [rarc] if rarc else []
            else:
                medicaid(s)
                s.remarks = []
        return svcs

    credited = []
    for s0 in mk([Svc(D(2025, 12, 29), "97110", 3, ("GP",)), Svc(D(2025, 12, 29), "97112", 1, ("GP",))]):
        r = negate(s0)
        r.remarks = ["N694"]
        credited.append(r)
    beneficiaries = [
        ("Paid", "HOLLOWAY-NNAJI, SIMONE", "KP0044718220", "LPT-88410", "2626037000154", mk([
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 12), "97110", 2, ("GP",)), Svc(D(2026, 1, 12), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 14), "97112", 2, ("GP",)), Svc(D(2026, 1, 14), "97110", 1, ("GP",)),
            Svc(D(2026, 1, 19), "97116", 2, ("GP",)), Svc(D(2026, 1, 19), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 21), "97110", 2, ("GP",)), Svc(D(2026, 1, 21), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 26), "97110", 2, ("GP",)), Svc(D(2026, 1, 26), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 28), "97110", 2, ("GP",)), Svc(D(2026, 1, 28), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 30), "97110", 2, ("GP",)), Svc(D(2026, 1, 30), "97530", 1, ("GP",)),
        ])),
        ("Paid", "HOLLOWAY-NNAJI, DARIUS", "KP0044718238", "LPT-88422", "2626037000162", mk([
            Svc(D(2026, 1, 9), "97163", 1, ("GP",)), Svc(D(2026, 1, 9), "97530", 2, ("GP",)),
            Svc(D(2026, 1, 16), "97530", 2, ("GP",)), Svc(D(2026, 1, 16), "E0731", 1, ("NU",), denied="CO"),
        ], deny="204", rarc="N130")),
        ("Paid", "ABERNATHY, COLE", "KP0051187702", "LPT-88440", "2626037000189", mk(
            [Svc(D(2026, 1, d), c, u, m) for d in (6, 8, 13, 15, 20, 22, 27) for c, u, m in
             (("97110", 2, ("GP", "KX")), ("97112", 1, ("GP",)))])),
        ("Credited", "ABERNATHY, COLE", "KP0051187702", "LPT-87911", "2626001000233", credited),
        ("Denied", "PARADIS, ELODIE", "KP0039102274", "LPT-88437", "2626037000170", mk([
            Svc(D(2026, 1, 13), "97110", 2, ("GP",), denied="CO"), Svc(D(2026, 1, 13), "97140", 1, ("GP",),
                                                                     denied="CO")], deny="27", rarc="N30")),
    ]
    cols = [("Ln", 34, 16), ("Svc Date", 50, 52), ("Proc", 102, 34), ("Mods", 136, 36), ("Units", 172, 30),
            ("Billed Amt", 202, 52), ("Approved Amt", 254, 56), ("Paid Amt", 310, 50), ("CARC", 360, 40),
            ("Adj Amt", 400, 52), ("RARC", 452, 36), ("Line Status", 488, 90)]

    def render(npages):
        doc = Doc("fpdf2", pdf, False, fonts, FIXED_WHEN)
        lines, cls = [], []
        cur = {"c": None}

        def grid_row(y, vals, f="R", h=14, gray=None):
            for (hd, x, w), v in zip(cols, vals):
                doc.rect(x, y, w, h, 0.3, gray=gray)
                if v:
                    right = hd.endswith("Amt") or hd == "Units"
                    doc.text(x + w - 3 if right else x + 3, y + h - 3.5, v, f, 7.5, "r" if right else "l")
            return y + h

        def newp(d, cont):
            d.text(34, 40, "Keystone Plains Medicaid", "B", 14)
            d.text(34, 52, "Department of Human Services - Medical Assistance Payments", "R", 8)
            d.text(578, 40, "Remittance Advice", "B", 11, "r")
            d.text(578, 52, "Printed from the Provider Portal 02/10/2026", "R", 7.5, "r")
            d.rect(34, 60, 544, 30, 0.5)
            for i, (k, v) in enumerate([("Billing Provider ID", "KP-200917743"), ("Billing Provider NPI", "1467720013"),
                                        ("RA Number", "RA-260210-00412"), ("EFT #", "E41188290")]):
                d.text(40 + i * 136, 71, k, "B", 7)
                d.text(40 + i * 136, 83, v, "R", 8)
            d.text(34, 92 + 0, "", "R", 7)
            d.text(306, 770, f"Page {d.pages} of {npages}", "R", 7.5, "c")
            d.text(34, 770, "Lakeshore Pediatric & Adult PT, 44 Millrace Dr, Verrin KP 66999", "R", 7)
            y = 106
            if cont and cur["c"]:
                d.text(34, y, cur["c"] + " (cont.)", "B", 8)
                y = grid_row(y + 6, [c[0] for c in cols], "B", gray=0.86) + 0
            return y

        fl = Flow(doc, 740, newp)
        status_prev = None
        for status, pat, bid, acct, icn, svcs in beneficiaries:
            fl.need(70, cont=False)
            y = fl.y
            if status != status_prev:
                doc.text(34, y + 2, f"Claim Status: {status}", "B", 10)
                y += 16
                status_prev = status
            head = f"Beneficiary Name: {pat}   Beneficiary ID: {bid}   Patient Account #: {acct}   ICN: {icn}"
            cur["c"] = head
            doc.text(34, y, head, "B", 8)
            fl.y = grid_row(y + 6, [c[0] for c in cols], "B", gray=0.86)
            for i, s in enumerate(svcs, 1):
                fl.need(14)
                adj = s.adjs[0] if s.adjs else None
                vals = [str(i), DF(s.dos), s.code, " ".join(s.mods), UN(s.units), M(s.billed), M(s.allowed),
                        M(s.paid), f"{adj[0]}-{adj[1]}" if adj else "", M(adj[2]) if adj else "",
                        " ".join(s.remarks), "Denied" if s.denied else "Paid"]
                fl.y = grid_row(fl.y, vals)
                lines.append(tl(doc.pages, s, acct, icn, pat, ("billed", "allowed", "paid"),
                                adjustments=s.adjs, remarks=s.remarks))
            fl.need(14)
            tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
            fl.y = grid_row(fl.y, ["", "Claim", "Totals", "", "", M(tb), M(ta), M(tp), "", "", "", ""], "B",
                            gray=0.95)
            cls.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                        "totals": claim_totals(tb, ta, tp, None)})
            fl.y += 18
            cur["c"] = None
        fl.need(90, cont=False)
        y = fl.y
        doc.text(34, y, "Claims Summary", "B", 9)
        doc.text(34, y + 12, "Status", "B", 7.5)
        for j, h in enumerate(("Count", "Total Billed", "Total Approved", "Paid")):
            doc.text(150 + j * 80, y + 12, h, "B", 7.5, "r")
        for k, stt in enumerate(("Paid", "Credited", "Denied")):
            grp = [b for b in beneficiaries if b[0] == stt]
            vals = [str(len(grp))] + [M(sum(total(b[5], a) for b in grp)) for a in ("billed", "allowed", "paid")]
            doc.text(34, y + 22 + k * 10, stt, "R", 7.5)
            for j, v in enumerate(vals):
                doc.text(150 + j * 80, y + 22 + k * 10, v, "R", 7.5, "r")
        y += 24
        legend = [("CO-45", "Charge is above the program's maximum rate; difference is written off."),
                  ("CO-204", "Item is not a benefit of the beneficiary's program."),
                  ("CO-27", "Services fall after eligibility ended."),
                  ("N130", "See program benefit limits."), ("N30", "Beneficiary not eligible on this date."),
                  ("N694", "Earlier payment taken back; a corrected claim follows or is pending.")]
        doc.text(34, y + 38, "Code Descriptions", "B", 9)
        for i, (k, v) in enumerate(legend):
            doc.text(34, y + 50 + i * 10, f"{k}  {v}", "R", 7.5)
        doc.save()
        return doc.pages, lines, cls, legend

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "fpdf2", pages, "State Medicaid provider-portal remittance advice", lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": UN, "row_fields": ("billed", "allowed", "paid"),
                 "adj_complete": True, "adj_on_row": True}


# =============================================================================================== r1
def r1(out: Path):
    """Medicare Part B standard-paper-remit reproduction from a clearinghouse, landscape fpdf2 Liberation Mono."""
    name = "h147_r1_clearwater_spr_reprint"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, "", "-")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy6")  # noqa: E731
    fonts = {"R": LB + "LiberationMono-Regular.ttf", "B": LB + "LiberationMono-Bold.ttf"}
    NPI = "1457829301"

    def mk(svcs, ded=0):
        st = PlanState(ded_left=q(ded))
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N115"] if s.denied else []
        return svcs

    claims = [
        ("PETTIBONE, WALTER", "4TR8KL2PN55", "RVT-22015", "2226005512340", "1", mk([
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97140", 1, ("GP", "59")),
            Svc(D(2026, 1, 12), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 12), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 14), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 14), "97116", 1, ("GP", "CQ")),
        ], ded=80)),
        ("ZELINSKI-MORROW, HAZEL", "7WD3QA9RT21", "RVT-22031", "2226005512388", "1", mk([
            Svc(D(2026, 1, 8), "97165", 1, ("GO",)), Svc(D(2026, 1, 8), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 15), "97535", 2, ("GO",)), Svc(D(2026, 1, 15), "0552T", 1, ("GO",), denied="CO"),
        ])),
    ]
    prior = mk([Svc(D(2025, 12, 16), "97530", 2, ("GP",)), Svc(D(2025, 12, 16), "97110", 1, ("GP",))])
    rev = [negate(s) for s in prior]
    corr = mk([Svc(D(2025, 12, 16), "97530", 2, ("GP",)), Svc(D(2025, 12, 16), "97110", 2, ("GP",))])
    claims += [("ACHTERBERG, OTTO", "2HM6PX4LC08", "RVT-21877", "2225349907711", "22", rev),
               ("ACHTERBERG, OTTO", "2HM6PX4LC08", "RVT-21877", "2226005512395", "1", corr)]

    H1 = ("PERF PROV   SERV DATE    POS NOS PROC  MODS       BILLED  ALLOWED   DEDUCT    COINS  GRP/RC-AMT"
          "          PROV PD")

    def render(npages):
        doc = Doc("fpdf2", pdf, True, fonts, FIXED_WHEN)
        lines, cls = [], []
        cur = {"c": None}

        def newp(d, cont):
            d.text(36, 30, "CLEARWATER CLAIMS EXCHANGE - REMITTANCE PRINT (MEDICARE PART B PAPER FORMAT)", "B", 8)
            d.text(36, 40, "PAYER: NORTHERN PLAINS MEDICARE ADMINISTRATIVE SERVICES    PAYEE: RIVERTOP VALLEY THERAPY"
                   f"    NPI {NPI}", "R", 7.5)
            d.text(36, 50, f"CHECK/EFT #: 00091188412   DATE: 02/12/2026   FILE: CCX-835-0212-114   PAGE #: "
                   f"{d.pages} OF {npages}", "R", 7.5)
            d.text(36, 64, H1, "B", 7.5)
            d.text(36, 72, "=" * 118, "R", 7.5)
            y = 84
            if cont and cur["c"]:
                d.text(36, y, cur["c"] + "  (CONT)", "R", 7.5)
                y += 12
            return y

        fl = Flow(doc, 570, newp)
        for pat, mid, acct, icn, st, svcs in claims:
            fl.need(60, cont=False)
            head = f"NAME {pat:<24}MID {mid}  ACNT {acct:<11}ICN {icn}  ASG Y  MOA MA01"
            cur["c"] = head
            doc.text(36, fl.y, head + (f"  CLM STATUS {st}" if st != "1" else ""), "R", 7.5)
            fl.y += 11
            for s in svcs:
                adjs = s.adjs
                fl.need(9.5 * max(1, len(adjs)) + (9.5 if s.remarks else 0))
                a0 = adjs[0]
                mods = "".join(s.mods)
                txt = (f"{NPI}  {s.dos:%m%d} {DF(s.dos)}  11 {units_str(s.units):>3} {s.code}{mods:<8}"
                       f"{M(s.billed):>9}{M(s.allowed):>9}{M(s.deductible):>9}{M(s.coinsurance):>9}"
                       f"  {a0[0]}-{a0[1]:<4}{M(a0[2]):>9}{M(s.paid):>11}")
                doc.text(36, fl.y, txt, "R", 7.5)
                page = doc.pages
                for g, c, a in adjs[1:]:
                    fl.y += 9.5
                    doc.text(36, fl.y, f"{'':90}{g}-{c:<4}{M(a):>9}", "R", 7.5)
                if s.remarks:
                    fl.y += 9.5
                    doc.text(36, fl.y, f"{'':11}REM: {' '.join(s.remarks)}", "R", 7.5)
                lines.append(tl(page, s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                                modifiers=True, adjustments=adjs, remarks=s.remarks))
                fl.y += 9.5
            fl.need(30)
            tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
            tr = total(svcs, "owes")
            doc.text(36, fl.y, f"PT RESP {M(tr):>9}{'':17}CLAIM TOTALS{M(tb):>11}{M(ta):>9}{M(td):>9}{M(tc):>9}"
                     f"{'':17}{M(tp):>11}", "R", 7.5)
            doc.text(36, fl.y + 9.5, f"ADJ TO TOTALS:  PREV PD {M(q(0)):>8}  INTEREST {M(q(0)):>6}  LATE FILING "
                     f"CHARGE {M(q(0)):>6}{'':27}NET{M(tp):>11}", "R", 7.5)
            cls.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                        "totals": claim_totals(tb, ta, tp, tr)})
            fl.y += 24
            cur["c"] = None
        fl.need(70, cont=False)
        y = fl.y
        net = sum(total(c[5], "paid") for c in claims)
        doc.text(36, y, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   PROV PD AMT   CHECK AMT", "B", 7.5)
        doc.text(36, y + 10, f"{'':18}{len(claims):>2}{M(sum(total(c[5], 'billed') for c in claims)):>13}"
                 f"{M(sum(total(c[5], 'allowed') for c in claims)):>14}{M(net):>14}{M(net):>12}", "R", 7.5)
        legend = [("N115", "Decision based on a local coverage policy; see the contractor's website."),
                  ("MA01", "How to ask for a redetermination if you disagree with this decision.")]
        doc.text(36, y + 30, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", "B", 7.5)
        for i, (k, v) in enumerate(legend):
            doc.text(36, y + 40 + i * 9.5, f"{k:<6}{v}", "R", 7.5)
        doc.save()
        return doc.pages, lines, cls, legend

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "fpdf2", pages, "Medicare Part B paper-format remittance reprinted by a clearinghouse",
                lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": units_str,
                 "row_fields": ("billed", "allowed", "deductible", "coinsurance", "paid"), "adj_complete": True}


# =============================================================================================== r2
def r2(out: Path):
    """Practice-management ERA posting report (Medicare-style remit content), portrait reportlab Helvetica."""
    name = "h147_r2_theraledger_era_posting"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, "", "()")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy4")  # noqa: E731
    fonts = {"R": "Helvetica", "B": "Helvetica-Bold"}

    def mk(svcs, ded=0, seq=True):
        st = PlanState(ded_left=q(ded))
        for s in svcs:
            medicare(s, st, sequestration=seq, deny_reason="151")
            s.remarks = ["M86"] if s.denied else []
        return svcs

    claims = [
        ("Ferrante, Lucia A.", "NRP-0048213", "6226004471180", mk([
            Svc(D(2026, 1, 6), "97167", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 9), "97530", 2, ("GO",)), Svc(D(2026, 1, 9), "97535", 1, ("GO", "59")),
            Svc(D(2026, 1, 13), "97530", 2, ("GO", "CO")), Svc(D(2026, 1, 16), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 16), "97112", 1, ("GO",)), Svc(D(2026, 1, 20), "97530", 2, ("GO", "KX")),
            Svc(D(2026, 1, 20), "97535", 1, ("GO", "KX")), Svc(D(2026, 1, 23), "97530", 2, ("GO", "CO")),
            Svc(D(2026, 1, 23), "97168", 1, ("GO",), denied="CO"),
        ], ded=120)),
        ("Grummet, Abel", "NRP-0048230", "6226004471214", mk([
            Svc(D(2026, 1, 12), "97162", 1, ("GP",)), Svc(D(2026, 1, 12), "97140", 2, ("GP",)),
            Svc(D(2026, 1, 19), "97110", 3, ("GP",)), Svc(D(2026, 1, 19), "97116", 1, ("GP", "CQ")),
        ])),
        ("Ostrowska, Helena", "NRP-0047719", "6225350092208", None),
        ("Ostrowska, Helena", "NRP-0047719", "6226004471239", None),
    ]
    orig = mk([Svc(D(2025, 12, 18), "92507", 1, ("GN",)), Svc(D(2025, 12, 18), "92526", 1, ("GN",))])
    rev = [negate(s) for s in orig]
    corr = mk([Svc(D(2025, 12, 18), "92507", 1, ("GN",)), Svc(D(2025, 12, 18), "92526", 1, ("GN", "59"))])
    claims[2] = claims[2][:3] + (rev,)
    claims[3] = claims[3][:3] + (corr,)

    cols = [("DOS", 34, "l"), ("CPT", 82, "l"), ("Mod", 112, "l"), ("Units", 160, "r"), ("Charge", 200, "r"),
            ("Allowed", 240, "r"), ("Deduct", 276, "r"), ("Coins", 310, "r"), ("Adj Codes", 318, "l"),
            ("Ins Paid", 530, "r"), ("Pt Resp", 578, "r")]

    def render(npages):
        doc = Doc("reportlab", pdf, False, fonts)
        lines, cls = [], []
        cur = {"c": None}

        def colhdr(y):
            for h, x, al in cols:
                doc.text(x, y, h, "B", 7, al)
            doc.hline(32, 580, y + 3, 0.5)
            return y + 13

        def newp(d, cont):
            d.text(34, 34, "TheraLedger PM  -  ERA Payment Posting Detail", "B", 10)
            d.text(34, 45, "Practice: Northfork Rehab Partners (Tax ID on file)   Posted by: jwillets   Batch 2602-118",
                   "R", 7.5)
            d.text(578, 34, f"Page {d.pages}/{npages}", "R", 7.5, "r")
            d.text(578, 45, "Run 02/13/2026 08:14", "R", 7.5, "r")
            d.text(34, 56, "Payer: Medicare Part B - Lakes Region MAC    Check/EFT: EFT 0008841120  02/11/2026    "
                   "Payment: see batch total", "R", 7.5)
            d.hline(32, 580, 62, 1)
            y = 76
            if cont and cur["c"]:
                d.text(34, y, cur["c"] + " - continued", "B", 7.5)
                y = colhdr(y + 12)
            return y

        fl = Flow(doc, 750, newp)
        for pat, acct, icn, svcs in claims:
            fl.need(56, cont=False)
            y = fl.y
            status = "Reversal of prior payment" if svcs[0].billed < 0 else "Processed as primary"
            head = f"Patient: {pat}   Acct #: {acct}   Payer Claim #: {icn}"
            cur["c"] = head
            doc.rect(32, y - 9, 548, 13, 0.3, gray=0.9)
            doc.text(34, y, head, "B", 7.5)
            doc.text(578, y, status, "R", 7.5, "r")
            fl.y = colhdr(y + 14)
            for s in svcs:
                fl.need(11)
                y = fl.y
                adjtxt = "  ".join(f"{g}{c}: {M(a)}" for g, c, a in s.adjs)
                if s.remarks:
                    adjtxt += "  RARC " + " ".join(s.remarks)
                vals = [DF(s.dos), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),
                        M(s.deductible), M(s.coinsurance), adjtxt, M(s.paid), M(s.owes)]
                for (h, x, al), v in zip(cols, vals):
                    doc.text(x, y, v, "R", 7, al)
                lines.append(tl(doc.pages, s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance",
                                                                "paid", "patient_owes"),
                                adjustments=s.adjs, remarks=s.remarks))
                fl.y = y + 11
            fl.need(14)
            y = fl.y
            doc.hline(180, 580, y - 8, 0.3)
            tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance")]
            tp, to = total(svcs, "paid"), total(svcs, "owes")
            doc.text(82, y, "Claim totals", "B", 7)
            for (h, x, al), v in zip(cols[4:8], tv):
                doc.text(x, y, M(v), "B", 7, al)
            doc.text(530, y, M(tp), "B", 7, "r")
            doc.text(578, y, M(to), "B", 7, "r")
            cls.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                        "totals": claim_totals(tv[0], tv[1], tp, to)})
            fl.y = y + 22
            cur["c"] = None
        fl.need(80, cont=False)
        y = fl.y
        net = sum(total(c[3], "paid") for c in claims)
        doc.text(34, y, f"Batch total posted to accounts: {M(net)}      Unapplied: 0.00      Provider-level "
                 "adjustments: none", "B", 8)
        legend = [("CO45", "Contracted/fee-schedule write-off"), ("PR1", "Patient deductible"),
                  ("PR2", "Patient coinsurance"), ("CO253", "Federal payment reduction"),
                  ("CO151", "Payer considers the frequency of this service excessive"),
                  ("M86", "Service denied because it was already paid in a related evaluation")]
        doc.text(34, y + 16, "Code key (as set up in TheraLedger)", "B", 7.5)
        for i, (k, v) in enumerate(legend):
            doc.text(34 + (i % 2) * 270, y + 28 + (i // 2) * 10, f"{k} = {v}", "R", 7)
        doc.save()
        return doc.pages, lines, cls, legend

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "reportlab", pages, "Practice-management ERA posting detail for a Medicare payment",
                lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": units_str,
                 "row_fields": ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                 "adj_complete": True, "adj_on_row": True}


# =============================================================================================== s1
def s1(out: Path):
    """Pediatric therapy clinic family statement with tear-off stub, portrait reportlab Liberation Sans."""
    name = "h147_s1_juniper_hollow_family_statement"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, "$")  # noqa: E731
    DF = lambda d: dfmt(d, "mdyn")  # noqa: E731
    fonts = {"R": LB + "LiberationSans-Regular.ttf", "B": LB + "LiberationSans-Bold.ttf",
             "I": LB + "LiberationSans-Italic.ttf"}
    GUAR = "Marisol Achterberg"
    kids = ["Elias Achterberg", "Noor Achterberg", "Wren Achterberg"]

    def visits():
        st = PlanState(ded_left=q(40), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
        v = [
            (kids[0], "V-77210", "BW9928110", D(2026, 1, 8), [
                Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",))]),
            (kids[0], "V-77364", "BW9930482", D(2026, 1, 15), [
                Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97533", 2, ("GO", "59"))]),
            (kids[1], "V-77251", "BW9928977", D(2026, 1, 9), [
                Svc(D(2026, 1, 7), "92523", 1, ("GN",)), Svc(D(2026, 1, 7), "92507", 1, ("GN",))]),
            (kids[1], "V-77420", "BW9931006", D(2026, 1, 16), [
                Svc(D(2026, 1, 14), "92507", 1, ("GN",)), Svc(D(2026, 1, 14), "97129", 1, ("GN",), denied="PR")]),
            (kids[2], "V-77388", "BW9930715", D(2026, 1, 16), [
                Svc(D(2026, 1, 14), "97166", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 1, ("GO",)),
                Svc(D(2026, 1, 14), "97535", 1, ("GO",))]),
            (kids[2], "V-77502", "BW9932241", D(2026, 1, 23), [
                Svc(D(2026, 1, 21), "97530", 2, ("GO",)), Svc(D(2026, 1, 21), "97112", 1, ("GO",)),
                Svc(D(2026, 1, 21), "97760", 1, ("GO",)), Svc(D(2026, 1, 21), "L3807", 1, ("LT",))]),
        ]
        for *_, svcs in v:
            for s in svcs:
                commercial(s, st)
        return v

    cols = [("Date", 40, "l"), ("Code", 88, "l"), ("Description", 150, "l"), ("Qty", 318, "r"),
            ("Charges", 372, "r"), ("Insurance\npaid", 428, "r"), ("Insurance\nadjustment", 486, "r"),
            ("Your\nbalance", 546, "r")]

    def render(npages):
        doc = Doc("reportlab", pdf, False, fonts)
        lines, cls = [], []
        cur = {"c": None}
        vs = visits()
        due = sum(total(s, "owes") for *_, s in vs) - q(25)

        def colhdr(y):
            doc.hline(38, 574, y - 10, 0.5)
            for h, x, al in cols:
                for k, part in enumerate(h.split("\n")):
                    doc.text(x, y + k * 8, part, "B", 7, al)
            doc.hline(38, 574, y + 12, 0.5)
            return y + 24

        def newp(d, cont):
            d.text(306, 770, f"Juniper Hollow Pediatric Therapy  |  Account G-30418  |  Page {d.pages} of {npages}",
                   "R", 7, "c")
            if d.pages == 1:
                return 40
            d.text(40, 40, "Juniper Hollow Pediatric Therapy - Statement detail (continued)", "B", 9)
            y = 62
            if cont and cur["c"]:
                d.text(40, y, cur["c"] + " (continued)", "B", 8)
                y = colhdr(y + 22)
            return y

        fl = Flow(doc, 740, newp)
        # remit stub
        doc.rect(36, 30, 540, 118, 0.6)
        doc.text(44, 48, "Juniper Hollow Pediatric Therapy", "B", 12)
        doc.text(44, 60, "310 Fernbrake Lane, Suite 2  -  Ostley, MN 55999  -  (555) 014-3377", "R", 8)
        stub = [("Statement date", "02/05/2026"), ("Account number", "G-30418"), ("Pay by", "03/07/2026"),
                ("Amount due", M(due))]
        for i, (k, v) in enumerate(stub):
            doc.rect(360, 40 + i * 18, 212, 18, 0.3)
            doc.text(366, 52 + i * 18, k, "R", 7.5)
            doc.text(566, 52 + i * 18, v, "B", 8, "r")
        doc.text(44, 90, "Please detach and return this part with your payment.", "I", 7.5)
        for i, a in enumerate([GUAR.upper(), "58 WINTERBERRY CT", "OSTLEY MN 55990"]):
            doc.text(60, 108 + i * 10, a, "R", 8.5)
        doc.text(366, 126, "Amount enclosed  $ ______________", "R", 8)
        doc.text(36, 160, "- " * 68, "R", 6)
        y = 182
        doc.text(40, y, "Statement for the family of " + GUAR, "B", 10)
        doc.text(40, y + 12, "Insurance on file: Brightwater Health Plan, member BWH 2209 8815 00 (subscriber "
                 "Marisol Achterberg)", "R", 8)
        fl.y = y + 30
        last_pat = None
        for pat, visit, clm, sent, svcs in vs:
            fl.need(64, cont=False)
            y = fl.y
            if pat != last_pat:
                doc.text(40, y, f"Patient: {pat}", "B", 9.5)
                y += 14
                last_pat = pat
            head = f"{pat} - Visit {visit}"
            cur["c"] = head
            doc.text(40, y, f"Visit {visit}  -  billed to Brightwater Health Plan on {DF(sent)}, insurance claim "
                     f"#{clm}", "I", 8)
            fl.y = colhdr(y + 18)
            for s in svcs:
                fl.need(12)
                y = fl.y
                adj = s.billed - s.paid - s.owes
                vals = [DF(s.dos), "-".join((s.code,) + s.mods), s.desc, units_str(s.units), M(s.billed),
                        M(s.paid), M(adj), M(s.owes)]
                for (h, x, al), v in zip(cols, vals):
                    doc.text(x, y, v, "R", 7.5, al)
                lines.append(tl(doc.pages, s, visit, clm, pat, ("billed", "paid", "patient_owes")))
                fl.y = y + 12
            fl.need(14)
            y = fl.y
            tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
            doc.text(150, y, "Visit total", "B", 7.5)
            for x, v in ((372, tb), (428, tp), (486, tb - tp - to), (546, to)):
                doc.text(x, y, M(v), "B", 7.5, "r")
            cls.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tb, None, tp, to)})
            fl.y = y + 20
            cur["c"] = None
        fl.need(90, cont=False)
        y = fl.y
        doc.text(40, y, "Payments received", "B", 9)
        doc.text(40, y + 12, "1/21/2026   Payment at front desk - thank you (card ending 4410)", "R", 8)
        doc.text(546, y + 12, M(q(-25)), "R", 8, "r")
        doc.hline(380, 574, y + 20, 0.6)
        doc.text(380, y + 32, "Total amount due", "B", 10)
        doc.text(572, y + 32, M(due), "B", 10, "r")
        doc.text(40, y + 52, "Questions about this statement? Call our billing office at (555) 014-3378. "
                 "Payment plans are available.", "R", 8)
        doc.save()
        return doc.pages, lines, cls, []

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "reportlab", pages, "Pediatric therapy clinic family statement (guarantor, 3 children)",
                lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": units_str, "row_fields": ("billed", "paid", "patient_owes")}


# =============================================================================================== s2
def s2(out: Path):
    """Hospital outpatient-rehab guarantor statement with a left sidebar, portrait fpdf2 DejaVu Serif."""
    name = "h147_s2_st_aldric_guarantor_statement"
    pdf = out / f"{name}.pdf"
    M = lambda d: money(d, ",", "trail")  # noqa: E731
    DF = lambda d: dfmt(d, "mdy4")  # noqa: E731
    fonts = {"R": DJ + "DejaVuSerif.ttf", "B": DJ + "DejaVuSerif-Bold.ttf", "S": DJ + "DejaVuSans.ttf",
             "SB": DJ + "DejaVuSans-Bold.ttf"}
    GUAR = "Corwin Baptiste-Lund"
    REV = {"97": "0434", "92": "0444", "L3": "0274", "99": "0510", "G0": "0424"}

    def rev(s):
        if s.code.startswith("97") and "GP" in s.mods:
            return "0424"
        if "GN" in s.mods:
            return "0444"
        return REV.get(s.code[:2], "0430")

    accts = [
        ("Mateo Baptiste-Lund", "7300418822", "Crestline Health", "CH26-004471-02", [
            Svc(D(2026, 1, 6), "97167", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97530", 3, ("GO",)), Svc(D(2026, 1, 8), "97535", 1, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 15), "97530", 2, ("GO",)), Svc(D(2026, 1, 15), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 15), "L3807", 1, ("RT",)), Svc(D(2026, 1, 20), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 22), "97530", 2, ("GO",)), Svc(D(2026, 1, 22), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 27), "97530", 3, ("GO",)), Svc(D(2026, 1, 27), "97112", 1, ("GO",)),
            Svc(D(2026, 1, 29), "97530", 2, ("GO",)), Svc(D(2026, 1, 29), "97168", 1, ("GO",)),
            Svc(D(2026, 1, 29), "97140", 1, ("GO", "59")),
        ], q("2120.40"), q("905.10")),
        ("Lucia Baptiste-Lund", "7300419107", "Crestline Health", "CH26-004502-01", [
            Svc(D(2026, 1, 12), "92610", 1, ("GN",)), Svc(D(2026, 1, 19), "92526", 1, ("GN",)),
            Svc(D(2026, 1, 26), "92526", 1, ("GN",)), Svc(D(2026, 1, 26), "97129", 1, ("GN",)),
        ], q("402.52"), q("137.48")),
    ]
    for a in accts:
        for s in a[4]:
            s.desc = G.LONG_DESC.get(s.code, s.desc)

    X0 = 170  # main column starts right of the sidebar
    cols = [("Date", X0, "l"), ("Rev", X0 + 58, "l"), ("CPT/HCPCS", X0 + 86, "l"), ("Description", X0 + 150, "l"),
            ("Qty", X0 + 340, "r"), ("Charges", X0 + 404, "r")]

    def render(npages):
        doc = Doc("fpdf2", pdf, False, fonts, FIXED_WHEN)
        lines, cls = [], []
        cur = {"c": None}

        def colhdr(y):
            doc.rect(X0 - 2, y - 9, 578 - X0, 13, 0.3, gray=0.88)
            for h, x, al in cols:
                doc.text(x, y, h, "SB", 7, al)
            return y + 14

        def sidebar(d):
            d.rect(30, 30, 126, 730, 0.4, gray=0.95)
            side = [("SB", "St. Aldric Regional"), ("SB", "Medical Center"), ("S", "Outpatient Rehabilitation"),
                    ("S", ""), ("SB", "Questions?"), ("S", "Patient Financial"), ("S", "Services"),
                    ("S", "(555) 016-2040"), ("S", "Mon-Fri 8 am - 6 pm"), ("S", ""), ("SB", "Pay online"),
                    ("S", "staldric.example/pay"), ("S", ""), ("SB", "Financial assistance"),
                    ("S", "You may qualify for help"), ("S", "with your bill. Ask us"), ("S", "for an application."),
                    ("S", ""), ("SB", "Guarantor"), ("S", GUAR), ("S", "Guarantor no. G-5518204")]
            for i, (f, t) in enumerate(side):
                d.text(38, 50 + i * 11, t, f, 7.5)

        def newp(d, cont):
            sidebar(d)
            d.text(578, 772, f"Page {d.pages} of {npages}", "S", 7, "r")
            d.text(X0, 48, "Guarantor Statement", "B", 14)
            d.text(X0, 62, "Statement date 02/06/2026   -   Guarantor no. G-5518204", "R", 8)
            d.hline(X0, 578, 68, 1)
            y = 84
            if cont and cur["c"]:
                d.text(X0, y, cur["c"] + " - continued", "B", 8)
                y = colhdr(y + 16) if not cur.get("summary") else y + 20
            return y

        fl = Flow(doc, 745, newp)
        y = fl.y
        for i, a in enumerate([GUAR, "77 Pellham Row", "Dunmoor, NH 03999"]):
            doc.text(X0, y + i * 11, a, "R", 9)
        grand = sum(a[5] for a in accts)
        doc.rect(400, y - 10, 178, 40, 0.6)
        doc.text(408, y + 2, "Total amount you owe", "B", 8.5)
        doc.text(570, y + 20, M(grand), "B", 12, "r")
        fl.y = y + 50
        for pat, acct, ins, clm, svcs, ins_paid, you_owe in accts:
            fl.need(90, cont=False)
            y = fl.y
            head = f"Account {acct}"
            cur["c"] = head
            doc.text(X0, y, f"Account {acct}   Patient: {pat}", "B", 9)
            doc.text(X0, y + 11, f"Outpatient rehab series {DF(svcs[0].dos)} - {DF(svcs[-1].dos)}   Insurance: "
                     f"{ins}, claim no. {clm}", "R", 7.5)
            fl.y = colhdr(y + 28)
            for s in svcs:
                wrapped = textwrap.wrap(s.desc, 44)
                fl.need(10.5 * len(wrapped) + 3)
                y = fl.y
                vals = [DF(s.dos), rev(s), " ".join((s.code,) + s.mods), wrapped[0], units_str(s.units), M(s.billed)]
                for (h, x, al), v in zip(cols, vals):
                    doc.text(x, y, v, "R", 7.5, al)
                for k, t in enumerate(wrapped[1:], 1):
                    doc.text(cols[3][1], y + k * 10, t, "R", 7.5)
                lines.append(tl(doc.pages, s, acct, clm, pat, ("billed",)))
                fl.y = y + 10.5 * len(wrapped) + 2
            cur["summary"] = True
            fl.need(70)
            cur["summary"] = False
            y = fl.y + 4
            tb = total(svcs, "billed")
            adj = tb - ins_paid - you_owe
            summ = [("Total charges", tb), (f"Insurance payment - {ins}", -ins_paid),
                    ("Insurance adjustment", -adj), ("Patient payments", q(0)), ("Account balance", you_owe)]
            doc.hline(X0 + 200, 578, y - 8, 0.4)
            for i, (k, v) in enumerate(summ):
                doc.text(X0 + 204, y + i * 11, k, "B" if i in (0, 4) else "R", 7.5)
                doc.text(X0 + 404, y + i * 11, M(v), "B" if i in (0, 4) else "R", 7.5, "r")
            cls.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                        "totals": claim_totals(tb, None, None, None)})
            fl.y = y + 66
            cur["c"] = None
        fl.need(40, cont=False)
        doc.text(X0, fl.y, "Your insurance has processed every account above. The balance is your share under "
                 "your plan.", "R", 7.5)
        doc.save()
        return doc.pages, lines, cls, []

    pages, lines, cls, legend = two_pass(render)
    write_truth(pdf, name, "fpdf2", pages, "Hospital outpatient rehabilitation guarantor statement (2 patients)",
                lines, cls, legend)
    return pdf, {"money": M, "date": DF, "units": units_str, "row_fields": ("billed",)}


LAYOUTS = [c1, c2, m1, m2, d1, d2, r1, r2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    check = "--check" in argv
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout147_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    errs: list[str] = []
    nlines = npages = 0
    for lay in LAYOUTS:
        pdf, spec = lay(out)
        import json
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        nlines += len(t["lines"])
        npages += t["pages"]
        print(f"{pdf.name}: {t['producer']}, {t['pages']} page(s), {len(t['lines'])} lines, "
              f"{len(t['claims'])} claims")
        if check:
            errs += check_file(pdf, spec)
    print(f"wrote {len(LAYOUTS)} PDFs ({npages} pages, {nlines} service lines) to {out}")
    if check:
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
