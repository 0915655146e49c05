"""Write the HUNDREDTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: two layouts of
each of the five commonest real kinds, each in a house style of its own, for an honest measurement of the PDF
reader on documents nobody developing it has seen.

Run:  python bench/heldout100/make_heldout100_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout100/make_heldout100_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed); claim_id = the provider's own account / patient
control / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person who got the service, not the subscriber or guarantor). Adjustments are recorded only where the layout
prints group+reason codes with amounts; member documents that print only dollar columns get []. Every name,
number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic output
(reportlab invariant=1, fpdf2 fixed creation date, no randomness). Drawing kit: h100page.py.

Layouts:
  a1  commercial member EOB, portrait Helvetica: subscriber letter, "Claim for <patient>" sections, columns
      "Date of Service / Service / Code / Qty / Amount Billed / Network Discount / Allowed Amount / Not Covered /
      Deductible / Copay / Coinsurance / Plan Paid / You Owe / Note", 3 family members, one long claim runs
      onto page 2 with the header repeated and "(continued)", lettered notes legend (reportlab)
  a2  commercial member EOB "Health Statement", landscape DejaVu Sans Condensed: boxed per-claim panels,
      "Provider Charged / Your Plan's Price / Plan Paid / What You Owe", CPT shown as "97530 GO", no quantity,
      a denied service, three family members, PLANTED claim-total mismatch (fpdf2)
  m1  Medicare Summary Notice (Part B), portrait Liberation Sans: "Your Claims & Costs This Period",
      "Service Provided & Billing Code" with code in parentheses "(97530-GO)", "Service Approved? / Amount
      Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See
      Notes", date of service in the claim heading, a claim continues on page 2 (reportlab)
  m2  Medicare Advantage member EOB, portrait Liberation Serif: "Your medical claims", per-visit copay,
      "Qty / Provider's charge / Plan's allowed / Plan paid / Your share", a non-covered service, ruled (fpdf2)
  d1  state Medicaid remittance advice, landscape Courier: "PAID CLAIMS / DENIED CLAIMS" sections, ICN, PAT
      ACCT, recipient "LAST, FIRST", "LN FROM-DOS TO-DOS PROC MD1 MD2 UNITS BILLED ALLOWED PAID ADJ", "CO-45"
      adjustments on the row, several recipients, header repeated on each page, claim split across a page
      (reportlab)
  d2  state Medicaid remittance advice, portrait Liberation Sans Narrow, boxed: TCN / Original TCN, "Claim
      Status: PAID / DENIED / ADJUSTED", a reversal printed with minus signs and its replacement, EOB codes,
      member IDs, several members (fpdf2)
  r1  Medicare-style standard paper remit from a clearinghouse, portrait Liberation Mono: "NAME / MID / ACNT /
      ICN / ASG / MOA", "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD",
      MMDD MMDDYY dates, extra adjustment codes stacked under the first, PT RESP / CLAIM TOTALS, continues to
      page 2 (reportlab)
  r2  practice-management system ERA print, portrait DejaVu Sans: "Patient Control #", "Payer Claim Control
      #", "Svc Date / CPT-Mod / Units / Charge / Allowed / Adjustments / Paid / RARC", adjustments "CO-45 17.10"
      in one cell, a zero-pay line, multiple claims and patients (fpdf2)
  s1  outpatient therapy clinic family statement, portrait DejaVu Serif, with a tear-off remittance stub:
      guarantor, "Visit #" groups naming the patient and the insurer's claim number, "Date / Code / Description /
      Units / Charges / Insurance Paid / Adjustments / Your Balance", three children, wrapped descriptions, rows
      continue on page 2 with no repeated header (reportlab)
  s2  hospital outpatient rehabilitation family statement, landscape core Helvetica: account per visit, "Rev
      Code / HCPCS / Mod / Qty / Charges", insurance payments and adjustments summarised per account (not per
      line), several family members, continuation page (fpdf2)

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value and amount
(and, where the layout prints them on the row, date and adjustment amounts) is on ONE text line of its page
(pdfplumber), remarks / dates / ids / patients are in the page or document text, page counts match, at least
three documents carry a claim whose rows continue onto the next page, and the document's own arithmetic holds
(billed - adjustments = paid where adjustments are printed; billed - discount - not covered = allowed and
allowed - deductible - copay - coinsurance = paid where printed; claim totals = sum of lines unless a planted
mismatch is declared, and the planted one really is off).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, truth_line, units_str, write_truth, LONG_DESC)
from h100page import Doc, Flow  # noqa: E402

import eobgen  # noqa: E402

# Codes the shared fee tables lack (invented amounts, our own words).
eobgen.FEE.update({"97533": "88.00", "97162": "235.00"})
eobgen.SCHED.update({"97533": "31.90", "97162": "101.12"})
eobgen.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity"})

D = date
FMT: dict[str, dict] = {}  # layout -> formatting used, for the self-check
MULTI = ("a1", "m1", "d1", "r1", "s1", "s2")  # layouts expected to carry a claim that continues on a page


def mk(kind, rows, st=None, deny_reason=None):
    out = []
    for r in rows:
        dos, code, units, mods = r[:4]
        denied = r[4] if len(r) > 4 else None
        s = Svc(dos, code, Decimal(str(units)), tuple(mods), denied=denied)
        if kind == "com":
            commercial(s, st, **({"deny_reason": deny_reason} if deny_reason else {}))
        elif kind == "mcr":
            medicare(s, st, **({"deny_reason": deny_reason} if deny_reason else {}))
        else:
            medicaid(s, **({"deny_reason": deny_reason} if deny_reason else {}))
        out.append(s)
    return out


def tot(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), ZERO)


class Book:
    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def claim(self, cid, pcid, pat, **totals):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**totals)})


# =============================================================================================== a1
def a1():
    name = "a1"
    m = lambda d: money(d, ",")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy4"), "date_row": True, "units": True, "adj_row": True}
    doc = Doc("Helvetica")
    cols = [(36, "Date of", "Service", "l"), (80, "Service", "", "l"), (166, "Code", "", "l"), (220, "Qty", "", "r"),
            (262, "Amount", "Billed", "r"), (302, "Network", "Discount", "r"), (340, "Allowed", "Amount", "r"),
            (374, "Not", "Covered", "r"), (410, "Deduct-", "ible", "r"), (440, "Copay", "", "r"),
            (476, "Coin-", "surance", "r"), (510, "Plan", "Paid", "r"), (546, "You", "Owe", "r"), (556, "Note", "", "l")]

    def header(doc, y):
        doc.box(36, y - 9, 540, 22, fill=0.88)
        for x, a, b, al in cols:
            doc.t(x, y, a, 6.5, True, al)
            if b:
                doc.t(x, y + 8, b, 6.5, True, al)
        return y + 20

    state = {"claim": None}

    def on_page(doc, cont):
        doc.t(36, 40, "NORTHSTAR MUTUAL HEALTH", 14, True)
        doc.t(36, 52, "PO Box 77120  Bramwell Falls, MN 55480   nmhealth-members.example", 7)
        doc.t(576, 40, "EXPLANATION OF BENEFITS", 10, True, "r")
        doc.t(576, 52, "THIS IS NOT A BILL", 8, True, "r")
        doc.t(36, 760, "Questions? Call Member Services at 1-800-555-0143 (TTY 711), Monday-Friday 7 am-8 pm.", 7)
        doc.t(576, 760, f"Page {doc.pageno} of {{NP}}", 7, False, "r")
        y = 70
        if not cont:
            doc.t(36, 78, "Daniel Okafor-Reyes", 9, True)
            doc.t(36, 89, "4410 Larkspur Trail", 8)
            doc.t(36, 99, "Edenvale, MN 55302", 8)
            doc.box(360, 68, 216, 48)
            for i, (k, v) in enumerate((("Subscriber", "Daniel Okafor-Reyes"), ("Member ID", "NMH 8830-41726"),
                                        ("Group", "OKR-220457 Teamsters Local"), ("Statement date", "02/06/2026"))):
                doc.t(366, 78 + i * 10, k + ":", 7.5, True)
                doc.t(440, 78 + i * 10, v, 7.5)
            doc.t(36, 132, "Here is how your plan handled recent claims for you and your family. You may owe the", 8)
            doc.t(36, 142, "provider the amounts shown under You Owe. Please wait for the provider's bill before paying.", 8)
            y = 164
        elif state["claim"]:
            doc.t(36, 80, state["claim"] + " (continued)", 9, True)
            y = 96
        return header(doc, y)

    f = Flow(doc, on_page, 700)
    bk = Book()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    fam = [
        ("Theo Okafor-Reyes", "Lakeside Speech & Language Center", "EF2601-45002", "LSL-007731",
         [(D(2026, 1, 7), "92523", 1, []), (D(2026, 1, 14), "92507", 1, ["GN"]),
          (D(2026, 1, 21), "92507", 1, ["GN"])]),
        ("Daniel Okafor-Reyes", "Edenvale Orthopedic & Spine", "EF2601-45390", None,
         [(D(2026, 1, 9), "99213", 1, []), (D(2026, 1, 9), "97161", 1, ["GP"]),
          (D(2026, 1, 16), "97110", 2, ["GP"]), (D(2026, 1, 16), "97140", 1, ["GP"])]),
        ("Amara Okafor-Reyes", "Bright Paths Pediatric Therapy", "EF2601-44718", "BPT-20931",
         [(D(2026, 1, 5), "97165", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]),
          (D(2026, 1, 8), "97530", 3, ["GO"]), (D(2026, 1, 8), "97535", 1, ["GO"]),
          (D(2026, 1, 12), "97530", 2, ["GO"]), (D(2026, 1, 12), "97112", 1, ["GO", "59"]),
          (D(2026, 1, 15), "97530", 3, ["GO"]), (D(2026, 1, 19), "97530", 2, ["GO"]),
          (D(2026, 1, 19), "97535", 1, ["GO"]), (D(2026, 1, 22), "97530", 3, ["GO"]),
          (D(2026, 1, 22), "97140", 1, ["GO", "59"]), (D(2026, 1, 26), "97530", 2, ["GO"]),
          (D(2026, 1, 26), "97129", 1, ["GO"], "PR")]),
    ]
    notes = {"PR": "A"}
    for pat, prov, icn, acct, rows in fam:
        svcs = mk("com", rows, st)
        title = f"Claim for {pat} - {prov}"
        y = f.take(30, keep=20)
        doc.t(36, y + 12, title, 9, True)
        doc.t(36, y + 23, f"Claim number {icn}   " + (f"Patient account {acct}   " if acct else "")
              + "Received 01/29/2026   Processed 02/03/2026", 7)
        state["claim"] = title
        for ri, s in enumerate(svcs):
            if pat == "Amara Okafor-Reyes" and ri == 9:  # the page is full here: the claim continues overleaf
                f.break_page()
            y = f.take(11)
            vals = [dfmt(s.dos, "mdy4"), (s.desc if len(s.desc) <= 20 else s.desc[:s.desc.rfind(" ", 0, 19)] + "..."), "-".join((s.code,) + s.mods), units_str(s.units),
                    m(s.billed), m(s.discount), m(s.allowed), m(s.not_covered), m(s.deductible), m(s.copay),
                    m(s.coinsurance), m(s.paid), m(s.owes), notes.get(s.denied or "", "")]
            for (x, _, _, al), v in zip(cols, vals):
                doc.t(x, y + 8, v, 6.5, False, al)
            bk.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                       printed=("billed", "discount", "allowed", "not_covered", "deductible",
                                                "copay", "coinsurance", "paid", "patient_owes"),
                                       remarks=["A"] if s.denied else [], description=False))
        y = f.take(14)
        doc.hl(y + 2, 36, 576)
        tv = [tot(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                      "coinsurance", "paid", "owes")]
        doc.t(82, y + 11, "Claim total", 6.5, True)
        for (x, _, _, al), v in zip(cols[4:13], tv):
            doc.t(x, y + 11, m(v), 6.5, True, al)
        bk.claim(acct, icn, pat, billed=tv[0], allowed=tv[2], paid=tv[7], patient_owes=tv[8])
        state["claim"] = None
        f.take(8)
    y = f.take(40)
    doc.t(36, y + 12, "Notes", 8, True)
    doc.t(36, y + 23, "A  The plan does not cover this service under your benefits; the provider may bill you for it.", 7)
    doc.t(36, y + 33, "Appeal rights: you have 180 days from this notice to ask us to review a decision.", 7)
    return name, "reportlab", doc, bk, [["A", "Service not covered under the member's benefits."]]


# =============================================================================================== a2
def a2():
    name = "a2"
    m = lambda d: money(d, "$")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mon"), "date_row": True, "units": False, "adj_row": True}
    doc = Doc("DejaVuSansCondensed", landscape=True)
    bk = Book()

    def on_page(doc, cont):
        doc.box(0, 0, 792, 46, lw=0, fill=0.85)
        doc.t(36, 26, "Cedar Ridge Health Plan", 16, True)
        doc.t(36, 38, "Health Statement for the Vasquez-Lindqvist family", 8)
        doc.t(756, 26, "Statement period Jan 1 - Jan 31, 2026", 8, False, "r")
        doc.t(756, 38, "Plan: Cedar Ridge Choice PPO 2500  |  ID CRH-55-201-7748", 8, False, "r")
        doc.t(36, 590, "This is not a bill. Cedar Ridge Health Plan, 900 Quarry Street, Saltmarsh, OR 97301.  "
              "Member services 1-888-555-0172.", 7)
        doc.t(756, 590, f"{doc.pageno}/{{NP}}", 7, False, "r")
        return 60

    f = Flow(doc, on_page, 560)
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.30"))
    cols = [(46, "Service date", "l"), (130, "What was done", "l"), (320, "Code", "l"), (450, "Provider Charged", "r"),
            (540, "Your Plan's Price", "r"), (620, "Plan Paid", "r"), (700, "What You Owe", "r"), (712, "Note", "l")]
    claims = [
        ("Lucía Vasquez-Lindqvist", "Harborview Hand & Upper Limb Therapy", "CR26-0114-88301", "HV-41907",
         [(D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 6), "97760", 1, ["GO"]), (D(2026, 1, 6), "L3807", 1, ["RT"]),
          (D(2026, 1, 13), "97140", 2, ["GO"]), (D(2026, 1, 13), "97110", 2, ["GO"])], None),
        ("Mateo Vasquez-Lindqvist", "Saltmarsh Kids Therapy Collective", "CR26-0120-90455", "SKT-3310",
         [(D(2026, 1, 8), "97530", 3, ["GO"]), (D(2026, 1, 8), "97533", 2, ["GO"], "CO"),
          (D(2026, 1, 15), "97530", 3, ["GO"]), (D(2026, 1, 15), "97112", 1, ["GO"])], "mismatch"),
        ("Ingrid Vasquez-Lindqvist", "Coastline Physical Therapy", "CR26-0127-91118", "CPT00452",
         [(D(2026, 1, 20), "97162", 1, ["GP"]), (D(2026, 1, 23), "97110", 3, ["GP", "KX"]),
          (D(2026, 1, 23), "97116", 1, ["GP"]), (D(2026, 1, 27), "97110", 2, ["GP", "KX"]),
          (D(2026, 1, 27), "G0283", 1, ["GP"])], None),
    ]
    for pat, prov, icn, acct, rows, plant in claims:
        svcs = mk("com", rows, st, deny_reason="96")
        n = len(svcs)
        y = f.take(44 + 13 * n + 20)
        doc.box(36, y, 720, 44 + 13 * n + 14)
        doc.t(46, y + 14, f"{pat}", 10, True)
        doc.t(300, y + 14, f"Provider: {prov}", 8)
        doc.t(746, y + 14, f"Claim # {icn}", 8, False, "r")
        doc.t(46, y + 25, f"Provider's account # {acct}   Paid to provider on Feb 2, 2026", 7)
        for x, h, al in cols:
            doc.t(x, y + 38, h, 7, True, al)
        doc.hl(y + 41, 40, 752)
        yy = y + 52
        for s in svcs:
            vals = [dfmt(s.dos, "mon"), s.desc[:34], " ".join((s.code,) + s.mods), m(s.billed), m(s.allowed),
                    m(s.paid), m(s.owes), "N7" if s.denied else ""]
            for (x, _, al), v in zip(cols, vals):
                doc.t(x, yy, v, 7.5, False, al)
            bk.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                       printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                       remarks=["N7"] if s.denied else [], description=False))
            yy += 13
        tb, ta, tp, to = (tot(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        shown = to + Decimal("10.00") if plant else to
        doc.hl(yy - 8, 400, 752)
        doc.t(320, yy + 2, "Totals", 7.5, True)
        for (x, _, al), v in zip(cols[3:7], (tb, ta, tp, shown)):
            doc.t(x, yy + 2, m(v), 7.5, True, al)
        bk.claim(acct, icn, pat, billed=tb, allowed=ta, paid=tp, patient_owes=shown)
        if plant:
            bk.findings.append(f"claim-total-mismatch claim {icn}: printed What You Owe total {q(shown)} but the "
                               f"lines add up to {q(to)}")
        f.take(8)
    y = f.take(30)
    doc.t(36, y + 10, "N7  Not covered: this service is not payable when billed with the services above on the same day.",
          7.5)
    doc.t(36, y + 22, "Your plan's price is what in-network providers agreed to accept. Deductible met so far: "
          "$60.00 of $2,500.00.", 7.5)
    return name, "fpdf2", doc, bk, [["N7", "Not payable with the other services billed the same day."]]


# =============================================================================================== m1
def m1():
    name = "m1"
    m = lambda d: money(d, "$")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy2"), "date_row": False, "units": False,
                 "adj_row": True}
    doc = Doc("LiberationSans")
    bk = Book()
    pat = "HAROLD J. FENWICK-MOSS"
    state = {"claim": None}
    cols = [(40, "Service Provided & Billing Code", "", "l"), (272, "Service", "Approved?", "c"),
            (350, "Amount Provider", "Charged", "r"), (420, "Medicare-", "Approved Amount", "r"),
            (488, "Amount Medicare", "Paid", "r"), (552, "Maximum You", "May Be Billed", "r"), (558, "See", "Notes", "l")]

    def head(doc, y):
        doc.hl(y - 10, 36, 576, 1)
        for x, a, b, al in cols:
            doc.t(x, y, a, 7, True, al)
            if b:
                doc.t(x, y + 9, b, 7, True, al)
        doc.hl(y + 13, 36, 576, 1)
        return y + 24

    def on_page(doc, cont):
        doc.t(36, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        doc.t(36, 54, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 7.5)
        doc.t(36, 770, f"{pat}   |   Medicare Number XXX-XX-7142A   |   Page {doc.pageno} of {{NP}}", 7)
        if not cont:
            doc.box(36, 66, 250, 70)
            doc.t(44, 80, pat, 9, True)
            doc.t(44, 92, "218 Old Mill Pike Apt 4", 8)
            doc.t(44, 103, "Greyhaven, PA 17044", 8)
            doc.t(44, 124, "Notice for Harold Fenwick-Moss, dated February 3, 2026", 7)
            doc.box(300, 66, 276, 70, fill=0.93)
            doc.t(308, 80, "Your Deductible Status", 8, True)
            doc.t(308, 92, "You have met $283.00 of your $283.00 Part B deductible for 2026.", 7)
            doc.t(308, 110, "This notice covers claims processed Nov 3, 2025 - Feb 1, 2026.", 7)
            doc.t(36, 160, "Your Claims & Costs This Period", 11, True)
            return head(doc, 184)
        y = 80
        if state["claim"]:
            doc.t(36, y, state["claim"] + " (continued)", 8, True)
            y += 16
        return head(doc, y + 4)

    f = Flow(doc, on_page, 720)
    st = PlanState(ded_left=Decimal("0.00"))
    claims = [
        ("Greyhaven Rehabilitation Associates, 40 Foundry Rd, Greyhaven, PA 17044", "22601034417720PA", D(2026, 1, 6),
         [("97163", 1, ["GP"]), ("97110", 2, ["GP"]), ("97140", 1, ["GP", "59"])]),
        ("Greyhaven Rehabilitation Associates, 40 Foundry Rd, Greyhaven, PA 17044", "22601104420931PA", D(2026, 1, 9),
         [("97110", 3, ["GP"]), ("97112", 1, ["GP"]), ("97116", 1, ["GP"]), ("G0283", 1, ["GP"])]),
        ("Allegheny Valley Occupational Therapy, 9 Tannery Sq, Harlow, PA 17050", "22601164429015PA", D(2026, 1, 13),
         [("97165", 1, ["GO"]), ("97530", 2, ["GO"]), ("97535", 2, ["GO"]), ("97760", 1, ["GO"]),
          ("L3807", 1, ["RT"]), ("97140", 1, ["GO", "59"]), ("97129", 1, ["GO"], "CO"), ("97110", 1, ["GO"]),
          ("97112", 1, ["GO"])]),
        ("Allegheny Valley Occupational Therapy, 9 Tannery Sq, Harlow, PA 17050", "22601234431802PA", D(2026, 1, 20),
         [("97530", 3, ["GO", "KX"]), ("97535", 1, ["GO", "KX"]), ("97168", 1, ["GO"]), ("97530", 2, ["GO", "CO"]),
          ("97110", 2, ["GO", "CO"]), ("99213", 1, [])]),
        ("Harlow Family Medicine, 112 Market St, Harlow, PA 17050", "22601274433518PA", D(2026, 1, 27),
         [("99213", 1, []), ("G0283", 1, ["GP"], "PR")]),
    ]
    for prov, icn, dos, rows in claims:
        svcs = mk("mcr", [(dos,) + r for r in rows], st, deny_reason="97")
        title = f"Claim number {icn}"
        y = f.take(36, keep=24)
        doc.t(40, y + 10, f"Date of service {dfmt(dos, 'mdy2')}   {title}", 8, True)
        doc.t(40, y + 21, f"Service provider: {prov}", 7.5)
        doc.t(40, y + 31, "Referred by: Nadia Osei-Brandt", 7.5)
        state["claim"] = f"Date of service {dfmt(dos, 'mdy2')}   {title}"
        for ri, s in enumerate(svcs):
            if icn == "22601164429015PA" and ri == 6:  # the page is full here: the claim continues overleaf
                f.break_page()
            y = f.take(12)
            mods = "-".join((s.code,) + s.mods)
            appr = "No" if s.denied else "Yes"
            note = "B" if s.denied else ("A" if s.seq else "")
            mayb = s.owes
            vals = [f"{s.desc[:34]} ({mods})", appr, m(s.billed), m(s.allowed), m(s.paid), m(mayb), note]
            for (x, _, _, al), v in zip(cols, vals):
                doc.t(x, y + 8, v, 7, False, al)
            bk.lines.append(truth_line(f.page, s, claim_id=None, payer_claim_id=icn, patient="HAROLD J. FENWICK-MOSS",
                                       printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                       remarks=[note] if note else [], description=False))
        y = f.take(14)
        doc.hl(y + 1, 300, 576)
        tv = [tot(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.t(40, y + 10, "Total for this claim", 7, True)
        for (x, _, _, al), v in zip(cols[2:6], tv):
            doc.t(x, y + 10, m(v), 7, True, al)
        bk.claim(None, icn, pat, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        state["claim"] = None
        f.take(6)
    y = f.take(44)
    doc.t(36, y + 10, "Notes for Your Claims", 9, True)
    doc.t(36, y + 22, "A  Medicare's payment was lowered by 2% because of a federal spending cut (sequestration).", 7)
    doc.t(36, y + 32, "B  This service is not paid separately; it is bundled with another service that day.", 7)
    doc.t(36, y + 42, "If you disagree with a decision, you may file an appeal within 120 days of the date of this notice.", 7)
    return name, "reportlab", doc, bk, [["A", "Payment reduced by the federal spending cut."],
                                        ["B", "Bundled with another service on the same date."]]


# =============================================================================================== m2
def m2():
    name = "m2"
    m = lambda d: money(d, "$")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdyn"), "date_row": True, "units": True, "adj_row": True}
    doc = Doc("LiberationSerif")
    bk = Book()
    pat = "Rosemarie Taggart-Obi"

    def on_page(doc, cont):
        doc.t(40, 44, "Bluewater Senior Advantage (HMO)", 15, True)
        doc.t(40, 58, "Explanation of Benefits - Part C (medical) services for January 2026", 9)
        doc.t(572, 44, "Member: Rosemarie Taggart-Obi", 8, False, "r")
        doc.t(572, 56, "Member ID: BWS 0091-4471-02", 8, False, "r")
        doc.hl(66, 40, 572, 1.2)
        doc.t(40, 760, "Bluewater Senior Advantage is an HMO plan with a Medicare contract. H9901_EOB26_M", 7)
        doc.t(572, 760, f"Page {doc.pageno} of {{NP}}", 7, False, "r")
        return 84

    f = Flow(doc, on_page, 730)
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.64"))
    cols = [(40, "Date", "l"), (92, "Service code", "l"), (164, "Description", "l"), (330, "Qty", "r"),
            (386, "Provider's charge", "r"), (444, "Plan's allowed", "r"), (500, "Plan paid", "r"),
            (548, "Your share", "r"), (554, "Nt", "l")]
    y = f.take(40)
    doc.t(40, y + 10, "Your medical claims this month", 11, True)
    doc.t(40, y + 24, "Each claim lists what the provider charged, what the plan approved and paid, and your share.", 8)
    claims = [
        ("Westbrook Outpatient Therapy", "BW-M-26011200418",
         [(D(2026, 1, 5), "97163", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
          (D(2026, 1, 7), "97110", 2, ["GP"]), (D(2026, 1, 7), "97116", 1, ["GP"]),
          (D(2026, 1, 7), "97140", 1, ["GP", "59"])]),
        ("Westbrook Outpatient Therapy - OT", "BW-M-26011900736",
         [(D(2026, 1, 12), "97165", 1, ["GO"]), (D(2026, 1, 12), "97535", 2, ["GO"]),
          (D(2026, 1, 14), "97530", 2, ["GO"]), (D(2026, 1, 14), "0552T", 1, ["GO"], "PR")]),
        ("Dr. Ansel Whitcombe, Internal Medicine", "BW-M-26012600951",
         [(D(2026, 1, 21), "99213", 1, []), (D(2026, 1, 21), "G0283", 1, [])]),
    ]
    for prov, icn, rows in claims:
        svcs = mk("com", rows, st)
        y = f.take(30 + 13 * len(svcs) + 18)
        doc.t(40, y + 12, f"Claim {icn}  -  {prov}", 9, True)
        doc.t(40, y + 23, f"Patient: {pat}     Claim processed 1/30/2026", 8)
        yh = y + 36
        for x, h, al in cols:
            doc.t(x, yh, h, 7, True, al)
        doc.hl(yh + 3, 40, 572)
        yy = yh + 14
        for s in svcs:
            vals = [dfmt(s.dos, "mdyn"), " ".join((s.code,) + s.mods), s.desc[:30], units_str(s.units),
                    m(s.billed), m(s.allowed), m(s.paid), m(s.owes), "1" if s.denied else ""]
            for (x, _, al), v in zip(cols, vals):
                doc.t(x, yy, v, 7.5, False, al)
            bk.lines.append(truth_line(f.page, s, claim_id=None, payer_claim_id=icn, patient=pat,
                                       printed=("billed", "allowed", "paid", "patient_owes"),
                                       remarks=["1"] if s.denied else [], description=False))
            yy += 13
        tv = [tot(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.hl(yy - 9, 340, 572)
        doc.t(164, yy, "Claim totals", 7.5, True)
        for (x, _, al), v in zip(cols[4:8], tv):
            doc.t(x, yy, m(v), 7.5, True, al)
        bk.claim(None, icn, pat, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        f.y = yy + 14
    y = f.take(40)
    doc.t(40, y + 10, "Note 1: This service is not a covered benefit of your plan. You may have to pay the provider.", 8)
    doc.t(40, y + 22, "Your specialist copay is $25.00 per visit. Out-of-pocket maximum used so far: $150.00 of $4,900.00.", 8)
    return name, "fpdf2", doc, bk, [["1", "Not a covered benefit; member may be billed."]]


# =============================================================================================== d1
def d1():
    name = "d1"
    m = lambda d: money(d, ",")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy6"), "date_row": True, "units": True, "adj_row": True}
    doc = Doc("Courier", landscape=True)
    bk = Book()
    state = {"sect": "PAID CLAIMS", "claim": None}

    def on_page(doc, cont):
        doc.t(36, 34, "STATE OF NEW CALDER  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", 8, True)
        doc.t(36, 44, "REMITTANCE ADVICE          RA NUMBER 0002611847          PAYMENT DATE 02/04/26", 8)
        doc.t(756, 34, f"PAGE {doc.pageno:>4}", 8, False, "r")
        doc.t(36, 56, "PROVIDER: RIVERBEND CHILDREN'S THERAPY LLC    NPI 1659043382    PROVIDER ID 004417093", 8)
        doc.t(36, 74, f"*** {state['sect']} ***", 8, True)
        doc.t(36, 88, "ICN               RECIPIENT NAME            RECIP ID     PAT ACCT       CLAIM BILLED  "
              "CLAIM PAID", 7.5)
        doc.t(36, 98, "  LN FROM   TO     PROC  MD1 MD2  UNITS     BILLED    ALLOWED       PAID  ADJ-RSN  ADJ-AMT  EOB",
              7.5)
        doc.t(36, 104, "-" * 120, 7.5)
        y = 116
        if cont and state["claim"]:
            doc.t(36, y, state["claim"] + "  (CONT)", 7.5)
            y += 11
        return y

    f = Flow(doc, on_page, 570)
    recips = [
        ("PELLETIER, JOSIE", "NC4418023", "RCT-10442", "2026030117001", [
            (D(2026, 1, 6), "97530", 4, ["GO"]), (D(2026, 1, 6), "97535", 1, ["GO"]),
            (D(2026, 1, 13), "97530", 4, ["GO"]), (D(2026, 1, 13), "97112", 2, ["GO"]),
            (D(2026, 1, 20), "97530", 4, ["GO"]), (D(2026, 1, 27), "97530", 3, ["GO"])]),
        ("NGUYEN-BRAXTON, ELI", "NC7700314", "RCT-10459", "2026030117002", [
            (D(2026, 1, 7), "92523", 1, ["GN"]), (D(2026, 1, 14), "92507", 1, ["GN"]),
            (D(2026, 1, 21), "92507", 1, ["GN"]), (D(2026, 1, 28), "92507", 1, ["GN"])]),
        ("ABERNATHY, KOA", "NC2290571", "RCT-10463", "2026030117003", [
            (D(2026, 1, 5), "97166", 1, ["GO"]), (D(2026, 1, 8), "97530", 3, ["GO"]),
            (D(2026, 1, 8), "97140", 1, ["GO", "59"]), (D(2026, 1, 12), "97530", 3, ["GO"]),
            (D(2026, 1, 15), "97530", 3, ["GO"]), (D(2026, 1, 19), "97530", 3, ["GO"]),
            (D(2026, 1, 22), "97110", 2, ["GO"]), (D(2026, 1, 26), "97530", 3, ["GO"]),
            (D(2026, 1, 29), "97530", 3, ["GO"])]),
        ("PELLETIER, MARCUS", "NC4418031", "RCT-10470", "2026030117004", [
            (D(2026, 1, 9), "97161", 1, ["GP"]), (D(2026, 1, 16), "97110", 3, ["GP"]),
            (D(2026, 1, 16), "97116", 1, ["GP"]), (D(2026, 1, 23), "97110", 3, ["GP"]),
            (D(2026, 1, 30), "97150", 2, ["GP"])]),
        ("OYELARAN, MIRIAM", "NC9012266", "RCT-10488", "2026030117005", [
            (D(2026, 1, 12), "97165", 1, ["GO"]), (D(2026, 1, 19), "97530", 4, ["GO"]),
            (D(2026, 1, 26), "97530", 4, ["GO"])]),
    ]
    denied = [
        ("ABERNATHY, KOA", "NC2290571", "RCT-10466", "2026030117101", [
            (D(2026, 1, 10), "97530", 2, ["GO"], "CO"), (D(2026, 1, 10), "97535", 1, ["GO"], "CO")], "A1"),
        ("SANTORO, BELLA", "NC3345120", "RCT-10491", "2026030117102", [
            (D(2026, 1, 21), "92526", 1, ["GN"], "CO")], "B7"),
    ]
    rarc = {"A1": "N30", "B7": "M62"}

    def emit(recs, sect, reason):
        for nm, rid, acct, icn, rows, *eob in recs:
            svcs = mk("mcd", rows, deny_reason=reason)
            tb, tp = tot(svcs, "billed"), tot(svcs, "paid")
            head = f"{icn:<17} {nm:<25} {rid:<12} {acct:<14} {m(tb):>12}  {m(tp):>10}"
            y = f.take(11, keep=11)
            doc.t(36, y + 8, head, 7.5)
            state["claim"] = f"{icn:<17} {nm:<25} {rid:<12} {acct:<14}"
            for i, s in enumerate(svcs, 1):
                if acct == "RCT-10463" and i == 6:  # page full: the claim continues overleaf
                    f.break_page()
                y = f.take(10)
                adj = s.adjs[0] if s.adjs else None
                code = eob[0] if eob else ("0045" if adj else "0000")
                rem = [rarc[code]] if eob else []
                row = (f"  {i:>2} {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')} {s.code} {(s.mods + ('', ''))[0]:<3} "
                       f"{(s.mods + ('', ''))[1]:<3} {units_str(s.units):>5} {m(s.billed):>10} {m(s.allowed):>10} "
                       f"{m(s.paid):>10}  {(adj[0] + '-' + adj[1]) if adj else '':<7} "
                       f"{m(adj[2]) if adj else '':>8}  {code} {' '.join(rem)}")
                doc.t(36, y + 8, row, 7.5)
                bk.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                           printed=("billed", "allowed", "paid"), service_end=s.dos,
                                           adjustments=s.adjs, remarks=rem, description=False))
            bk.claim(acct, icn, nm, billed=tb, paid=tp)
            state["claim"] = None
            f.take(5)

    emit(recipients := recips, "PAID CLAIMS", None)
    state["sect"] = "DENIED CLAIMS"
    y = f.take(22)
    doc.t(36, y + 14, "*** DENIED CLAIMS ***", 8, True)
    emit(denied[:1], "DENIED CLAIMS", "204")
    emit(denied[1:], "DENIED CLAIMS", "B7")
    y = f.take(60)
    n = len(recipients)
    doc.t(36, y + 10, f"CLAIMS PAID {n}   CLAIMS DENIED 2   TOTAL PAID "
          f"{m(sum((q(x['totals']['paid']) for x in bk.claims), ZERO))}", 8, True)
    doc.t(36, y + 24, "EOB CODE LEGEND", 8, True)
    doc.t(36, y + 34, "0045 PAID AT STATE MAXIMUM FEE; DIFFERENCE IS NOT BILLABLE TO THE RECIPIENT", 7.5)
    doc.t(36, y + 44, "A1   NO PRIOR AUTHORIZATION ON FILE FOR THESE DATES     B7  RENDERING PROVIDER NOT ENROLLED", 7.5)
    return name, "reportlab", doc, bk, [["0045", "Paid at the state maximum fee."],
                                        ["A1", "No prior authorization on file."], ["B7", "Provider not enrolled."]]


# =============================================================================================== d2
def d2():
    name = "d2"
    m = lambda d: money(d, ",", "-")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy4"), "date_row": True, "units": True, "adj_row": True}
    doc = Doc("LiberationSansNarrow")
    bk = Book()

    def on_page(doc, cont):
        doc.box(36, 30, 540, 44)
        doc.t(44, 46, "Prairie State Medicaid Management Information System", 11, True)
        doc.t(44, 58, "Provider Remittance Advice  -  Warrant 88120457  -  Issued 01/30/2026", 8)
        doc.t(568, 46, "Payee: Two Rivers Rehab & Speech", 8, False, "r")
        doc.t(568, 58, "Payee ID 300884126  |  Cycle 2026-05", 8, False, "r")
        doc.t(306, 770, f"Page {doc.pageno}", 7, False, "c")
        return 88

    f = Flow(doc, on_page, 740)
    cols = [(42, "Ln", "l"), (58, "Svc Date", "l"), (112, "Proc", "l"), (142, "Mod", "l"), (184, "Units", "r"),
            (236, "Billed", "r"), (290, "Allowed", "r"), (340, "Paid", "r"), (352, "Adj Rsn", "l"),
            (438, "Adj Amt", "r"), (448, "EOB", "l")]
    base = [(D(2026, 1, 6), "97530", 4, ["GO"]), (D(2026, 1, 6), "97535", 2, ["GO"])]
    orig = mk("mcd", base)
    rev = [negate(s) for s in orig]
    repl = mk("mcd", [(D(2026, 1, 6), "97530", 4, ["GO"]), (D(2026, 1, 6), "97535", 2, ["GO"]),
                      (D(2026, 1, 6), "97112", 1, ["GO"])])
    blocks = [
        ("PAID", "Wren Castellano-Diaz", "PS00718832", "TRR-55012", "2026021300441", None,
         mk("mcd", [(D(2026, 1, 8), "92507", 1, ["GN"]), (D(2026, 1, 15), "92507", 1, ["GN"]),
                    (D(2026, 1, 22), "92507", 1, ["GN"]), (D(2026, 1, 22), "92526", 1, ["GN"])]), ""),
        ("ADJUSTED", "Ari Castellano-Diaz", "PS00718840", "TRR-54907", "2026021300442", "2025353108876", rev,
         "Reversal of original claim"),
        ("ADJUSTED", "Ari Castellano-Diaz", "PS00718840", "TRR-54907", "2026021300443", "2025353108876", repl,
         "Replacement claim"),
        ("DENIED", "Jonah Whitfeather", "PS00902215", "TRR-55031", "2026021300444", None,
         mk("mcd", [(D(2026, 1, 14), "97167", 1, ["GO"], "CO"), (D(2026, 1, 14), "97530", 2, ["GO"], "CO")],
            deny_reason="16"), "Claim denied"),
        ("PAID", "Jonah Whitfeather", "PS00902215", "TRR-55040", "2026021300445", None,
         mk("mcd", [(D(2026, 1, 21), "97167", 1, ["GO"]), (D(2026, 1, 21), "97530", 2, ["GO"]),
                    (D(2026, 1, 28), "97530", 3, ["GO"]), (D(2026, 1, 28), "97140", 1, ["GO", "59"])]), ""),
    ]
    for status, pat, mid, acct, tcn, otcn, svcs, note in blocks:
        h = 48 + 12 * len(svcs) + 14
        y = f.take(h + 8)
        doc.box(36, y, 540, h)
        doc.box(36, y, 540, 14, fill=0.9)
        doc.t(42, y + 10, f"Claim Status: {status}", 8, True)
        doc.t(200, y + 10, f"TCN {tcn}", 8, True)
        if otcn:
            doc.t(330, y + 10, f"Original TCN {otcn}", 8)
        doc.t(568, y + 10, note, 7.5, False, "r")
        doc.t(42, y + 26, f"Member: {pat}     Member ID: {mid}     Patient Acct #: {acct}", 8)
        for x, hd, al in cols:
            doc.t(x, y + 40, hd, 7.5, True, al)
        yy = y + 52
        for i, s in enumerate(svcs, 1):
            adj = " ".join(f"{g}-{c}" for g, c, _ in s.adjs)
            aam = " ".join(m(a) for _, _, a in s.adjs)
            eob = "402" if s.denied else ("110" if s.paid else "")
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                    m(s.allowed), m(s.paid), adj, aam, eob]
            for (x, _, al), v in zip(cols, vals):
                doc.t(x, yy, v, 7.5, False, al)
            bk.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=tcn, patient=pat,
                                       printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                       remarks=[eob] if eob else [], description=False))
            yy += 12
        tb, ta, tp = tot(svcs, "billed"), tot(svcs, "allowed"), tot(svcs, "paid")
        doc.hl(yy - 8, 150, 570)
        doc.t(112, yy + 2, "Claim Totals", 7.5, True)
        for (x, _, al), v in zip((cols[5], cols[6], cols[7]), (tb, ta, tp)):
            doc.t(x, yy + 2, m(v), 7.5, True, al)
        bk.claim(acct, tcn, pat, billed=tb, allowed=ta, paid=tp)
    y = f.take(40)
    doc.t(36, y + 10, "EOB 110  Paid according to the Medicaid fee schedule.   EOB 402  Recipient had other coverage on "
          "the date of service; bill the primary payer first.", 7)
    doc.t(36, y + 22, "Net payment this warrant: " + m(sum((q(c["totals"]["paid"]) for c in bk.claims), ZERO)), 8, True)
    return name, "fpdf2", doc, bk, [["110", "Paid per fee schedule."], ["402", "Other coverage on file."]]


# =============================================================================================== r1
def r1():
    name = "r1"
    m = lambda d: money(d, "")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy6"), "date_row": True, "units": True, "adj_row": False}
    doc = Doc("LiberationMono")
    bk = Book()

    def on_page(doc, cont):
        doc.t(36, 34, "MEDICARE PART B  -  KEYSTONE-ATLANTIC ADMINISTRATIVE CONTRACTOR", 8, True)
        doc.t(36, 44, "PRINTED BY CLEARPATH CLAIMS EXCHANGE FROM 835 TRN 1EFT62019934     PAID 02/05/2026", 7)
        doc.t(576, 34, f"PAGE #: {doc.pageno} OF {{NP}}", 7, False, "r")
        doc.t(36, 56, "PROVIDER #: 88201733   SUMMIT RIDGE THERAPY GROUP   1200 CANAL WAY   LOCK HAVEN NJ 08099", 7)
        doc.t(36, 72, "PERF PROV  SERV DATE   POS NOS PROC  MODS   BILLED ALLOWED DEDUCT  COINS GRP/RC-AMT  PROV PD", 7)
        doc.t(36, 78, "-" * 96, 7)
        return 92

    f = Flow(doc, on_page, 670)  # generous bottom margin (the remit prints a tear-off area)
    st = PlanState(ded_left=Decimal("40.00"))
    pats = [
        ("QUINTANA, BEATRIZ", "4TF7-KD2-QX81", "SRT88412", "0226034511207", [
            (D(2026, 1, 5), "97110", 3, ["GP", "KX"]), (D(2026, 1, 5), "97140", 1, ["GP", "59"]),
            (D(2026, 1, 5), "97112", 1, ["GP"]), (D(2026, 1, 5), "G0283", 1, ["GP"])]),
        ("HOLLOWAY, SEAMUS", "7AN2-PE6-RT44", "SRT88430", "0226034511208", [
            (D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97530", 2, ["GO"]),
            (D(2026, 1, 6), "97535", 1, ["GO", "CO"])]),
        ("DUBROVNIK, ALMA", "2GH9-WM1-LC07", "SRT88455", "0226034511209", [
            (D(2026, 1, 7), "97110", 2, ["GP", "CQ"]), (D(2026, 1, 7), "97116", 1, ["GP", "CQ"]),
            (D(2026, 1, 7), "97140", 1, ["GP"]), (D(2026, 1, 7), "97530", 1, ["GP", "CQ"]),
            (D(2026, 1, 7), "97150", 1, ["GP"], "CO")]),
        ("OKONKWO-HALE, RUTH", "9CV3-TT5-MB62", "SRT88471", "0226034511210", [
            (D(2026, 1, 8), "92507", 1, ["GN"]), (D(2026, 1, 8), "92526", 1, ["GN"])]),
        ("QUINTANA, BEATRIZ", "4TF7-KD2-QX81", "SRT88498", "0226034511211", [
            (D(2026, 1, 12), "97110", 3, ["GP", "KX"]), (D(2026, 1, 12), "97140", 1, ["GP", "59"]),
            (D(2026, 1, 12), "97112", 2, ["GP", "KX"]), (D(2026, 1, 12), "97530", 2, ["GP", "KX"])]),
        ("VANTERPOOL, CEDRIC", "5JL8-QA3-NX19", "SRT88502", "0226034511212", [
            (D(2026, 1, 13), "97163", 1, ["GP"]), (D(2026, 1, 13), "97110", 2, ["GP"]),
            (D(2026, 1, 13), "97140", 2, ["GP", "59"]), (D(2026, 1, 13), "97116", 1, ["GP"]),
            (D(2026, 1, 13), "97112", 1, ["GP"])]),
    ]
    for nm, mid, acct, icn, rows in pats:
        svcs = mk("mcr", rows, st, deny_reason="97")
        y = f.take(22, keep=12)
        doc.t(36, y + 8, f"NAME {nm:<20} MID {mid}  ACNT {acct}  ICN {icn}  ASG Y MOA MA01", 7)
        for ri, s in enumerate(svcs):
            adjs = s.adjs
            h = 10 * max(1, len(adjs))
            y = f.take(h)
            first = f"{adjs[0][0]}-{adjs[0][1]}" if adjs else ""
            dd = f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"
            row = (f"1629044817 {dd} 11 {units_str(s.units):>3} {s.code} {' '.join(s.mods):<6}"
                   f"{m(s.billed):>7} {m(s.allowed):>7} {m(s.deductible):>6} {m(s.coinsurance):>6} "
                   f"{first:<6} {m(adjs[0][2]) if adjs else '':>7} {m(s.paid):>7}")
            doc.t(36, y + 8, row, 7)
            for k, (g, c, a) in enumerate(adjs[1:], 1):
                doc.t(36, y + 8 + 10 * k, " " * 71 + f"{g + '-' + c:<6} {m(a):>7}", 7)
            rem = ["N211"] if s.denied else []
            if rem:
                y2 = f.take(10)
                doc.t(36, y2 + 8, "  REM: N211", 7)
            bk.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=nm,
                                       printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                       adjustments=adjs, remarks=rem, description=False))
        tv = [tot(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid")]
        y = f.take(22)
        doc.t(36, y + 8, f"PT RESP {m(tot(svcs, 'owes')):>8}", 7)
        doc.t(36, y + 18, f"CLAIM TOTALS {'':<32}{m(tv[0]):>7} {m(tv[1]):>7} {m(tv[2]):>6} {m(tv[3]):>6} "
              f"{'':<6} {m(tot(svcs, 'billed') - tot(svcs, 'paid')):>7} {m(tv[4]):>7}   NET {m(tv[4])}", 7)
        bk.claim(acct, icn, nm, billed=tv[0], allowed=tv[1], paid=tv[4])
        f.take(6)
    y = f.take(30)
    doc.t(36, y + 8, f"TOTALS: # OF CLAIMS {len(pats)}   PROVIDER PAID "
          f"{m(sum((q(c['totals']['paid']) for c in bk.claims), ZERO))}   CHECK/EFT # 1EFT62019934", 7, True)
    doc.t(36, y + 20, "GLOSSARY: CO/PR group codes, reason codes and remark codes as listed in the 835 standard.", 7)
    return name, "reportlab", doc, bk, []


# =============================================================================================== r2
def r2():
    name = "r2"
    m = lambda d: money(d, "$")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy4"), "date_row": True, "units": True, "adj_row": True}
    doc = Doc("DejaVuSans")
    bk = Book()

    def on_page(doc, cont):
        doc.t(36, 36, "TheraDesk PM  |  Electronic Remittance Detail", 11, True)
        doc.t(36, 48, "Practice: Juniper Lane Pediatric OT & PT   Payer: Granite Peak Health Insurance Co.", 7)
        doc.t(36, 58, "Check/EFT: 0004471920   Payment date: 02/03/2026   Printed by: front desk (mkeller)", 7)
        doc.t(576, 36, f"Pg {doc.pageno}", 7, False, "r")
        doc.hl(64, 36, 576, 1)
        return 76

    f = Flow(doc, on_page, 750)
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"))
    cols = [(40, "Svc Date", "l"), (96, "CPT-Mod", "l"), (180, "Units", "r"), (230, "Charge", "r"), (280, "Allowed", "r"),
            (290, "Adjustments", "l"), (510, "Paid", "r"), (520, "RARC", "l")]
    claims = [
        ("Penelope Ashgrove", "JL-260105-01", "GP26A0094471",
         [(D(2026, 1, 5), "97166", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]),
          (D(2026, 1, 5), "97535", 1, ["GO"])]),
        ("Felix Ashgrove", "JL-260105-02", "GP26A0094472",
         [(D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
          (D(2026, 1, 5), "97760", 1, ["GP"], "CO")]),
        ("Dmitri Kalnins", "JL-260109-04", "GP26A0095120",
         [(D(2026, 1, 9), "97530", 3, ["GO", "59"]), (D(2026, 1, 9), "97112", 1, ["GO"]),
          (D(2026, 1, 9), "97140", 1, ["GO", "59"])]),
        ("Saoirse Mbeki-Lund", "JL-260112-07", "GP26A0095688",
         [(D(2026, 1, 12), "92507", 1, ["GN"]), (D(2026, 1, 12), "92526", 1, ["GN"]),
          (D(2026, 1, 16), "92507", 1, ["GN"])]),
    ]
    for pat, acct, icn, rows in claims:
        svcs = mk("com", rows, st, deny_reason="204")
        y = f.take(50 + 12 * len(svcs))
        doc.box(36, y, 540, 26, fill=0.94)
        doc.t(40, y + 10, f"Patient: {pat}", 8, True)
        doc.t(250, y + 10, f"Patient Control #: {acct}", 7.5)
        doc.t(40, y + 21, f"Payer Claim Control #: {icn}", 7.5)
        doc.t(250, y + 21, "Claim status: 1 - Processed as primary", 7.5)
        for x, h, al in cols:
            doc.t(x, y + 36, h, 7, True, al)
        doc.hl(y + 39, 36, 576)
        yy = y + 49
        for s in svcs:
            adj = "  ".join(f"{g}-{c} {m(a)}" for g, c, a in s.adjs)
            rem = ["N130"] if s.denied else []
            vals = [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), units_str(s.units), m(s.billed),
                    m(s.allowed), adj, m(s.paid), " ".join(rem)]
            for (x, _, al), v in zip(cols, vals):
                doc.t(x, yy, v, 7, False, al)
            bk.lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                       printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=rem,
                                       description=False))
            yy += 12
        tb, ta, tp, to = (tot(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.t(96, yy, "Claim totals", 7, True)
        for (x, _, al), v in zip((cols[3], cols[4], cols[6]), (tb, ta, tp)):
            doc.t(x, yy, m(v), 7, True, al)
        doc.t(290, yy, f"Patient resp {m(to)}", 7, True)
        bk.claim(acct, icn, pat, billed=tb, allowed=ta, paid=tp)
        f.y = yy + 14
    y = f.take(30)
    doc.t(36, y + 10, "Remark N130: consult the plan's benefit documents for coverage limits.", 7)
    doc.t(36, y + 22, "Total paid " + m(sum((q(c["totals"]["paid"]) for c in bk.claims), ZERO)), 8, True)
    return name, "fpdf2", doc, bk, [["N130", "See plan benefit documents."]]


# =============================================================================================== s1
def s1():
    name = "s1"
    m = lambda d: money(d, "$")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy2"), "date_row": True, "units": True, "adj_row": True}
    doc = Doc("DejaVuSerif")
    bk = Book()

    def on_page(doc, cont):
        doc.t(36, 40, "Little Oak Pediatric Therapy", 14, True)
        doc.t(36, 52, "2207 Meadowlark Blvd, Suite 110  |  Fernhill, WI 53711  |  (608) 555-0188", 7)
        doc.t(576, 40, "STATEMENT", 12, True, "r")
        doc.t(576, 770, f"Page {doc.pageno}", 7, False, "r")
        doc.t(36, 770, "Guarantor account 500218  -  Priya & Jonas Halvorsen-Adeyemi", 7)
        if cont:
            return 74
        doc.box(36, 62, 540, 70)
        doc.t(44, 76, "Please detach and return this portion with your payment", 7)
        doc.t(44, 90, "Priya Halvorsen-Adeyemi", 8, True)
        doc.t(44, 100, "731 Birchwood Court", 8)
        doc.t(44, 110, "Fernhill, WI 53713", 8)
        for i, (k, v) in enumerate((("Statement date", "02/05/2026"), ("Account", "500218"),
                                    ("Amount due", "see below"), ("Amount enclosed", "$__________"))):
            doc.t(380, 78 + i * 12, k, 7.5, True)
            doc.t(470, 78 + i * 12, v, 7.5)
        doc.t(36, 142, "- - - - - - - - - - - - - - - - - - - - - - - - fold here - - - - - - - - - - - - - - - - - - - -", 7)
        y = 160
        for x, a, al in cols:
            doc.t(x, y, a, 7, True, al)
        doc.hl(y + 4, 36, 576, 0.8)
        return y + 14

    cols = [(36, "Date", "l"), (78, "Code", "l"), (138, "Description", "l"), (330, "Units", "r"), (390, "Charges", "r"),
            (452, "Insurance Paid", "r"), (512, "Adjustments", "r"), (572, "Your Balance", "r")]
    f = Flow(doc, on_page, 740)
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"))
    visits = [
        ("Freya Halvorsen-Adeyemi", "V-60112", "WH26010611932", [
            (D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97530", 2, ["GO"]),
            (D(2026, 1, 6), "97110", 1, ["GO"])]),
        ("Freya Halvorsen-Adeyemi", "V-60177", "WH26011312208", [
            (D(2026, 1, 13), "97530", 3, ["GO"]), (D(2026, 1, 13), "97535", 1, ["GO"]),
            (D(2026, 1, 13), "97140", 1, ["GO", "59"])]),
        ("Soren Halvorsen-Adeyemi", "V-60190", "WH26011412377", [
            (D(2026, 1, 14), "92523", 1, ["GN"]), (D(2026, 1, 21), "92507", 1, ["GN"]),
            (D(2026, 1, 28), "92507", 1, ["GN"])]),
        ("Kaia Halvorsen-Adeyemi", "V-60204", "WH26011512480", [
            (D(2026, 1, 15), "97161", 1, ["GP"]), (D(2026, 1, 15), "97110", 2, ["GP"]),
            (D(2026, 1, 15), "97116", 1, ["GP"]), (D(2026, 1, 22), "97110", 2, ["GP"]),
            (D(2026, 1, 22), "97112", 1, ["GP"]), (D(2026, 1, 22), "97140", 1, ["GP"]),
            (D(2026, 1, 29), "97110", 2, ["GP"]), (D(2026, 1, 29), "97530", 1, ["GP"])]),
        ("Freya Halvorsen-Adeyemi", "V-60255", "WH26012012911", [
            (D(2026, 1, 20), "97530", 3, ["GO"]), (D(2026, 1, 20), "97760", 1, ["GO"]),
            (D(2026, 1, 20), "L3807", 1, ["LT"]), (D(2026, 1, 27), "97530", 3, ["GO"]),
            (D(2026, 1, 27), "97535", 1, ["GO"]), (D(2026, 1, 27), "97533", 1, ["GO"], "PR")]),
        ("Soren Halvorsen-Adeyemi", "V-60301", "WH26013013355", [
            (D(2026, 1, 30), "92507", 1, ["GN"]), (D(2026, 1, 30), "92526", 1, ["GN"])]),
    ]
    grand = ZERO
    for pat, visit, icn, rows in visits:
        svcs = mk("com", rows, st)
        y = f.take(14, keep=14)
        doc.t(36, y + 10, f"Visit # {visit}   Patient: {pat}   Billed to Wisconsin Heartland Health, claim # {icn}",
              7.5, True)
        for ri, s in enumerate(svcs):
            if visit == "V-60204" and ri == 5:  # the page is full here: the claim continues overleaf
                f.break_page()
            adjamt = s.billed - s.paid - s.owes
            long = LONG_DESC.get(s.code)
            desc = long if long else s.desc
            parts = [desc] if len(desc) <= 42 else [desc[:desc.rfind(" ", 0, 42)], desc[desc.rfind(" ", 0, 42) + 1:]]
            y = f.take(11 * len(parts))
            vals = [dfmt(s.dos, "mdy2"), " ".join((s.code,) + s.mods), parts[0], units_str(s.units), m(s.billed),
                    m(s.paid), m(adjamt), m(s.owes)]
            for (x, _, al), v in zip(cols, vals):
                doc.t(x, y + 8, v, 7, False, al)
            if len(parts) > 1:
                doc.t(138, y + 18, parts[1][:44], 7)
            bk.lines.append(truth_line(f.page, s, claim_id=visit, payer_claim_id=icn, patient=pat,
                                       printed=("billed", "paid", "patient_owes"), description=False))
        tb, tp, to = tot(svcs, "billed"), tot(svcs, "paid"), tot(svcs, "owes")
        grand += to
        y = f.take(13)
        doc.hl(y + 1, 340, 576)
        doc.t(138, y + 10, "Visit total", 7, True)
        for (x, _, al), v in zip((cols[4], cols[5], cols[6], cols[7]), (tb, tp, tb - tp - to, to)):
            doc.t(x, y + 10, m(v), 7, True, al)
        bk.claim(visit, icn, pat, billed=tb, paid=tp, patient_owes=to)
        f.take(4)
    y = f.take(40)
    doc.box(370, y, 206, 30, fill=0.92)
    doc.t(378, y + 12, "PLEASE PAY THIS AMOUNT", 8, True)
    doc.t(568, y + 24, m(grand), 10, True, "r")
    doc.t(36, y + 12, "Adjustments are the insurer's network discount and items it did not cover.", 7)
    return name, "reportlab", doc, bk, []


# =============================================================================================== s2
def s2():
    name = "s2"
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    FMT[name] = {"money": m, "date": lambda d: dfmt(d, "mdy4"), "date_row": True, "units": True, "adj_row": True}
    doc = Doc("Helvetica", landscape=True)
    bk = Book()
    state = {"acct": None}

    def on_page(doc, cont):
        doc.t(36, 34, "ST. BRENDAN'S REGIONAL MEDICAL CENTER", 13, True)
        doc.t(36, 46, "Patient Financial Services  |  PO Box 6140, Marrow Point, KY 40601  |  1-877-555-0196", 7)
        doc.t(756, 34, "Family Account Statement", 10, True, "r")
        doc.t(756, 46, "Guarantor: Celeste Dunmore-Achebe   Guarantor # 77120045   Statement date 02/07/2026", 7,
              False, "r")
        doc.t(756, 592, f"Page {doc.pageno} of {{NP}}", 7, False, "r")
        doc.t(36, 592, "Financial assistance may be available. Ask us or visit stbrendans-help.example.", 7)
        y = 66
        for x, h, al in cols:
            doc.t(x, y, h, 7.5, True, al)
        doc.hl(y + 4, 36, 756, 0.8)
        y += 16
        if cont and state["acct"]:
            doc.t(36, y, state["acct"] + " - continued from previous page", 7.5, True)
            y += 12
        return y

    cols = [(36, "Date", "l"), (96, "Rev Code", "l"), (146, "HCPCS", "l"), (196, "Mod", "l"), (236, "Description", "l"),
            (520, "Qty", "r"), (600, "Charges", "r"), (680, "Payments/Adj", "r"), (756, "Balance", "r")]
    f = Flow(doc, on_page, 560)
    accts = [
        ("Noor Dunmore-Achebe", "HAR 100448213", "ICN 5526013000914", "OUTPATIENT OCCUPATIONAL THERAPY", [
            (D(2026, 1, 5), "97165", 1, ["GO"]), (D(2026, 1, 5), "97530", 2, ["GO"]), (D(2026, 1, 7), "97530", 3, ["GO"]),
            (D(2026, 1, 7), "97535", 1, ["GO"]), (D(2026, 1, 9), "97530", 3, ["GO"]), (D(2026, 1, 9), "97112", 1, ["GO"]),
            (D(2026, 1, 12), "97530", 3, ["GO"]), (D(2026, 1, 12), "97140", 1, ["GO", "59"]),
            (D(2026, 1, 14), "97530", 2, ["GO"]), (D(2026, 1, 14), "97760", 1, ["GO"]),
            (D(2026, 1, 14), "L3807", 1, ["RT"]), (D(2026, 1, 16), "97530", 3, ["GO"]),
            (D(2026, 1, 19), "97530", 3, ["GO"]), (D(2026, 1, 19), "97535", 1, ["GO"]),
            (D(2026, 1, 21), "97530", 3, ["GO"]), (D(2026, 1, 23), "97168", 1, ["GO"])]),
        ("Celeste Dunmore-Achebe", "HAR 100451077", "Claim 7HB260118422", "OUTPATIENT PHYSICAL THERAPY", [
            (D(2026, 1, 13), "97161", 1, ["GP"]), (D(2026, 1, 13), "97110", 2, ["GP"]),
            (D(2026, 1, 20), "97110", 3, ["GP"]), (D(2026, 1, 20), "G0283", 1, ["GP"]),
            (D(2026, 1, 27), "97110", 2, ["GP"]), (D(2026, 1, 27), "97140", 1, ["GP"])]),
        ("Idris Dunmore-Achebe", "HAR 100455310", "ICN 5526020701377", "OUTPATIENT SPEECH THERAPY", [
            (D(2026, 1, 22), "92523", 1, []), (D(2026, 1, 29), "92507", 1, []), (D(2026, 1, 29), "92526", 1, [])]),
    ]
    rev = {"97165": "0434", "97168": "0434", "97530": "0431", "97535": "0431", "97112": "0431", "97140": "0431",
           "97760": "0431", "L3807": "0274", "97161": "0424", "97110": "0421", "G0283": "0421", "92523": "0444",
           "92507": "0441", "92526": "0441"}
    for pat, har, payref, title, rows in accts:
        svcs = mk("mcd", rows)
        y = f.take(24, keep=12)
        hd = f"{har}   Patient: {pat}   {title}"
        doc.t(36, y + 10, hd, 8, True)
        state["acct"] = f"{har}   Patient: {pat}"
        payer = "State Medicaid" if payref.startswith("ICN") else "Bluegrass Commonwealth Health"
        doc.t(36, y + 20, f"Billed to {payer} ({payref})", 7)
        for ri, s in enumerate(svcs):
            if har == "HAR 100448213" and ri == 11:  # the page is full here: the claim continues overleaf
                f.break_page()
            y = f.take(11)
            vals = [dfmt(s.dos, "mdy4"), rev[s.code], s.code, " ".join(s.mods), s.desc.upper()[:48],
                    units_str(s.units), m(s.billed)]
            for (x, _, al), v in zip(cols, vals):
                doc.t(x, y + 8, v, 7.5, False, al)
            bk.lines.append(truth_line(f.page, s, claim_id=har.split()[1], payer_claim_id=payref.split()[1],
                                       patient=pat, printed=("billed",), description=False))
        tb, tp = tot(svcs, "billed"), tot(svcs, "paid")
        y = f.take(36)
        doc.t(236, y + 9, "TOTAL CHARGES", 7.5, True)
        doc.t(600, y + 9, m(tb), 7.5, True, "r")
        doc.t(236, y + 19, f"{payer.upper()} PAYMENT 02/02/2026", 7.5)
        doc.t(680, y + 19, m(-tp), 7.5, False, "r")
        doc.t(236, y + 29, "CONTRACTUAL ADJUSTMENT", 7.5)
        doc.t(680, y + 29, m(-(tb - tp)), 7.5, False, "r")
        doc.t(756, y + 29, m(ZERO), 7.5, True, "r")
        bk.claim(har.split()[1], payref.split()[1], pat, billed=tb)
        state["acct"] = None
        f.take(6)
    y = f.take(30)
    doc.t(36, y + 10, "AMOUNT DUE FROM YOU: 0.00   Thank you. No payment is due at this time.", 8, True)
    return name, "fpdf2", doc, bk, []


LAYOUTS = [a1, a2, m1, m2, d1, d2, r1, r2, s1, s2]
KIND = {"a": "commercial member EOB", "m": "Medicare member notice", "d": "state Medicaid remittance advice",
        "r": "Medicare-style paper remit", "s": "family statement"}


def build(out: Path) -> list[Path]:
    paths = []
    for fn in LAYOUTS:
        name, producer, doc, bk, legend = fn()
        path = out / f"heldout100_{name}.pdf"
        pages = doc.render(path, producer)
        write_truth(path, name, producer, pages, KIND[name[0]], bk.lines, bk.claims, legend, bk.findings)
        paths.append(path)
    return paths


# ============================================================================================ check
def check(paths: list[Path]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    multi = 0
    for path in paths:
        t = json.loads(Path(str(path) + ".truth.json").read_text())
        fm = FMT[t["layout"]]
        m = fm["money"]
        with pdfplumber.open(path) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
            if len(pdf.pages) != t["pages"]:
                errs.append(f"{path.name}: pages {len(pdf.pages)} != {t['pages']}")
        alltext = "\n".join(texts)
        tag = path.name
        for i, ln in enumerate(t["lines"]):
            page = texts[ln["page"] - 1]
            toks = [ln["code"]] + ln["modifiers"]
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    toks.append(m(Decimal(ln[k])))
            if ln["units"] is not None:
                toks.append(ln["units"])
            dtok = fm["date"](date.fromisoformat(ln["service_date"]))
            if fm["date_row"]:
                toks.append(dtok)
            elif dtok not in page:
                errs.append(f"{tag} line {i}: date {dtok} not on page")
            if fm["adj_row"]:
                toks += [m(Decimal(a)) for _, _, a in ln["adjustments"]]
            else:
                for g, c, a in ln["adjustments"]:
                    if m(Decimal(a)) not in page:
                        errs.append(f"{tag} line {i}: adj {a} not on page")
            if not any(all(tk in row for tk in toks) for row in page.split("\n")):
                errs.append(f"{tag} line {i} p{ln['page']}: no single text line holds {toks}")
            for r in ln["remarks"]:
                if r not in page:
                    errs.append(f"{tag} line {i}: remark {r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{tag} line {i}: {k} {ln[k]} not in document")
            b, p = Decimal(ln["billed"]), ln["paid"]
            if ln["adjustments"] and p is not None:
                if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != Decimal(p):
                    errs.append(f"{tag} line {i}: billed - adjustments != paid")
            if ln["allowed"] is not None and ln["discount"] is not None:
                nc = Decimal(ln["not_covered"] or "0")
                if b - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]):
                    errs.append(f"{tag} line {i}: billed - discount - not covered != allowed")
            if ln["allowed"] is not None and ln["deductible"] is not None and p is not None:
                share = sum(Decimal(ln[k] or "0") for k in ("deductible", "copay", "coinsurance"))
                if Decimal(ln["allowed"]) - share != Decimal(p) and not ln["adjustments"]:
                    errs.append(f"{tag} line {i}: allowed - share != paid")
        # claims: totals and continuation
        planted = " ".join(t["expected_findings"])
        seen_multi = False
        for c in t["claims"]:
            mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{tag}: claim {c['payer_claim_id']} has no lines")
                continue
            if len({ln["page"] for ln in mine}) > 1:
                seen_multi = True
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if m(Decimal(v)) not in alltext:
                    errs.append(f"{tag}: claim {c['payer_claim_id']} total {k} {v} not printed")
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
                key = c["payer_claim_id"] or c["claim_id"]
                if s != Decimal(v) and f"claim {key}" not in planted:
                    errs.append(f"{tag}: claim {key} {k} total {v} != lines {s}")
                if s == Decimal(v) and f"claim {key}" in planted and k == "patient_owes":
                    errs.append(f"{tag}: planted mismatch on {key} is not off")
        if seen_multi:
            multi += 1
        elif t["layout"] in MULTI:
            errs.append(f"{tag}: expected a claim continuing onto the next page")
        if t["pages"] < 1:
            errs.append(f"{tag}: no pages")
        print(f"{tag}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims,"
              f" {len({ln['patient'] for ln in t['lines']})} patients")
    if multi < 3:
        errs.append(f"only {multi} documents carry a claim continuing onto another page")
    return errs


def main(argv: list[str]) -> int:
    import tempfile
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout100_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    paths = build(out)
    print(f"wrote {len(paths)} PDFs to {out}")
    if "--check" in argv:
        errs = check(paths)
        for e in errs:
            print("CHECK:", e)
        print("check", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
