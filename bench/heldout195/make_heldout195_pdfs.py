"""Write held-out set 195 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of the five
commonest real kinds, two of each (commercial member EOBs, Medicare Summary Notice / Medicare Advantage member EOB,
state Medicaid remittance advices, Medicare-style paper remits from a clearinghouse / practice-management system,
family statements from a therapy clinic and a hospital), each in its own house style, written by an author who never
looked at the reader.

Run:  python bench/heldout195/make_heldout195_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout195/make_heldout195_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). h195kit.py (same folder)
holds a page model drawn once and emitted through reportlab or fpdf2, and the text-band probes of the check. A few
codes missing from eobgen's fee schedule are added in memory with invented prices. In m2, r1, r2, f1 and f2 a
page-1 message box (or plain space when small) is sized by a fixed deterministic search so that one claim's rows
run on to the next page.

Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth, <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units null where no quantity is printed for the line; modifiers []
where none are printed). claim_id = the provider's own account / patient-control / visit / hospital-account number
where the page prints one, payer_claim_id = the payer's claim number / ICN / TCN / CCN, patient = the person served
exactly as printed (never the subscriber / guarantor unless the same person). Adjustments only where a group +
reason code is printed on the line; remarks = the note / remark / EOB codes printed on the line. Statement
"adjustment" write-off columns are recorded as discount, insurance payments as paid, line balances as patient_owes.
Claims carry the printed claim totals ("totals"), null where none is printed. No planted mismatch in this set
(expected_findings empty). Every name, number, payer, provider, address and ID is invented; descriptions are our
own words.

Layouts (two of each kind):
  a1  commercial PPO member EOB, portrait core Helvetica: subscriber summary box, one claim bar per family member
      (relationship, plan claim no., provider's account no.), "Service date / What was done / Amount billed /
      Network savings / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan paid / Your
      responsibility / Note", service words on row 1 and "Code 97530 GO" on row 2, no units, three patients,
      a long claim continued on page 2 with the column header repeated, claim totals, notes legend (reportlab)
  a2  commercial HMO member "Health Benefit Statement", landscape Liberation Sans with a left sidebar of
      deductible / out-of-pocket meters on every page, "Date(s) / Procedure / Qty / Charges / Amount Not Allowed
      / Allowed / Ded / Co-Pay / Co-Ins / Paid by Plan / Member Resp / Code", glued "97110GP" procedure cell,
      per-visit copay, a denied line, four family members, totals per claim, code legend (fpdf2)
  m1  Medicare Summary Notice Part B (current design), portrait core Times: page-1 summary and deductible box,
      claims pages with "Service Provided & Billing Code / Amount Provider Charged / Medicare-Approved Amount /
      Medicare Paid Provider / Maximum You May Be Billed / See Notes Below", date of service in the claim heading
      (not per row), wrapped service words with "(97110-GP)", no units, lettered notes, header with name and
      "Page n of N" on every page, a claim continued onto the next page (reportlab)
  m2  Medicare Advantage PPO monthly member EOB, portrait DejaVu Sans, boxed claims: "Claim number / Provider's
      patient ref.", "Date / Service you received / Qty / Provider charged / Plan-approved / Plan paid / You owe /
      Why", per-day specialist copay, a not-covered service, page-1 claim summary and plan-year totals box, a
      claim continued on page 2 under "(continued)" with the header repeated (fpdf2)
  r1  state Medicaid "Remittance and Status" report, landscape core Courier: PAID OR PARTIALLY PAID CLAIMS /
      DENIED CLAIMS / CLAIMS ADJUSTED sections, claim heading rows "PATIENT NAME  MEDICAID NO  PAT ACCT NO  ICN",
      "FROM DATE TO DATE POS NO.SVCS PROC MOD BILLED ALLOWED PAID EOB CODES", MMDDYY dates, a date span with summed
      units, an adjustment whose original is taken back with "-" amounts, claim totals, banner on every page
      (reportlab)
  r2  state Medicaid remittance advice claims detail, portrait DejaVu Sans Mono: claim heading "TCN / RECIP /
      NAME / PAT ACCT", "LN SVC DATE PROC MOD1 MOD2 UNITS BILLED ALLOWED COPAY TPL PAID ADJ", HIPAA group+reason
      glued "CO45" with amount, claim total rows, a claim continued across pages with "*** CONTINUED ***" and the
      header repeated; a "PROVIDER BULLETIN" box on page 1 (fpdf2)
  p1  Medicare standard-paper-remit style print from a clearinghouse, portrait core Courier: "NAME / HIC / ACNT /
      ICN / ASG / MOA" heading, "PERF PROV  SERV DATE  POS  NOS  PROC  MODS  BILLED  ALLOWED  DEDUCT  COINS
      GRP/RC-AMT  PROV PD" with "0105 010526" dates and stacked adjustments "CO-45 / PR-2 / CO-253", "PT RESP",
      "CLAIM TOTALS", "NET", a claim crossing the page break with header repeated (fpdf2)
  p2  practice-management "Remittance Posting Detail" of a Medicare contractor payment, landscape DejaVu Sans
      Condensed, boxed claim cards (Pt Acct # / Payer ICN / Patient / Status), "DOS / Proc / Mod / Units /
      Charged / Allowed / Deduct / Coins / Adj / Adj Amt / RARC / Paid" with each adjustment on its own sub-row, a
      denied line, a reversal with parenthesised negatives and its correction (reportlab)
  f1  outpatient therapy clinic family statement, portrait Liberation Serif: tear-off payment stub, guarantor
      account, visit heading rows with visit number and insurer claim number, "Date / Patient / Code / Description
      / Qty / Charges / Ins Paid / Adjustments / Balance", patient payment rows, four family members, aging box,
      visits continued onto page 2 (reportlab)
  f2  hospital outpatient rehab statement, portrait DejaVu Sans: two-column page-1 header (guarantor / summary),
      one block per hospital account (patient, account no., insurer claim no.), "Date / Rev / CPT-HCPCS / Mod /
      Description / Qty / Charges" item rows, insurance payments and adjustments as account-level transactions,
      account totals, three patients, two pages (fpdf2)

The self-check (--check) tests the factory, not the reader: the page count matches; for every truth line each
printed value (code and modifiers, units, service date, every amount, adjustment codes and amounts, remarks) is
found in the text layer (pdfplumber words) inside the vertical band of that line's own printed row(s), and parses
back to the truth value; claim ids, patients and printed claim totals are found in their claim heading / total
bands; the documents' own arithmetic holds (billed - adjustments = paid where the line prints every adjustment
with its amount; allowed - deductible - copay - coinsurance = paid on covered member-EOB lines; statements:
charges - adjustments - insurance paid = balance; claim totals = sum of lines), claims are unique by (claim_id,
payer_claim_id) and match the lines, and at least three files carry a claim whose rows continue on the next page.
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
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
import h195kit as K  # noqa: E402
from eobgen import ZERO, PlanState, Svc, claim_totals, dfmt, money, q, truth_line, units_str, write_truth  # noqa

G.FEE.update({"97533": "88.00", "97162": "245.00", "97750": "110.00", "99203": "190.00", "97018": "30.00",
              "97010": "20.00", "97035": "40.00", "E0738": "1150.00", "A4556": "18.00", "92610": "230.00"})
G.SCHED.update({"97533": "31.90", "97162": "101.12", "97750": "34.05", "99203": "104.20", "97018": "6.30",
                "97010": "0.00", "97035": "12.10", "E0738": "640.00", "A4556": "9.10", "92610": "95.40"})
G.DESC.update({"97533": "Sensory integration techniques", "97162": "PT evaluation, moderate complexity",
               "97750": "Physical performance test", "99203": "Office visit, new patient",
               "97018": "Paraffin bath", "97010": "Hot or cold packs", "97035": "Ultrasound therapy",
               "E0738": "Upper extremity rehab device", "A4556": "Electrode pads, per pair",
               "92610": "Swallowing function evaluation"})

D = date
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
LAYOUTS = []


def layout(fn):
    LAYOUTS.append(fn)
    return fn


def M(d, style="$", neg="-"):
    return money(d, style, neg)


def adj_fields(s, fmt_amt, sep="-"):
    out = []
    for i, (g, r, a) in enumerate(s.adjs):
        out.append(("adj", f"{g}{sep}{r}", i))
        out.append(("adjamt", fmt_amt(a), i))
    return out


MESSAGES = [
    "Keep this notice for your records. It may help with tax or flexible-spending questions.",
    "Fraud hurts everyone. If a service listed here was not received, call the number above.",
    "You may ask for copies of the documents used to decide these claims at no cost.",
    "Language help is free. Ask member services for an interpreter or a large-print copy.",
    "Address changed? Update it online or by phone so notices reach you on time.",
    "Payments shown were issued electronically to the provider unless noted otherwise.",
    "Questions about a charge? First contact the provider's billing office listed with the claim.",
    "Notices are also available electronically; sign up through the portal.",
]


def pad_block(doc, x, w, pad, title, size=7.5, family=None):
    """An information box of height pad (0 draws nothing): used to vary where page breaks fall."""
    if pad < 36:  # too small for a box: plain space
        doc.y += max(0, pad)
        return
    doc.rect(x, doc.y, w, pad - 6, lw=0.4)
    doc.text(x + 6, doc.y + 12, title, size + 1, True, family=family)
    n = min(len(MESSAGES), int((pad - 26) // (size + 3)))
    for i in range(max(0, n)):
        doc.text(x + 6, doc.y + 24 + i * (size + 3), MESSAGES[i % len(MESSAGES)], size, family=family)
    doc.y += pad


class Out:
    """Collects truth lines and claims for one document."""

    def __init__(self):
        self.lines, self.claims = [], []

    def claim(self, claim_id, pcn, patient, totals=None):
        c = {"claim_id": claim_id, "payer_claim_id": pcn, "patient": patient, "totals": totals}
        self.claims.append(c)
        return c


# ================================================================================================ a1
@layout
def a1(out_dir):
    doc = K.Doc(*LETTER, "Helvetica", top=36, bottom=54)
    o = Out()
    fam = [("Imani R. Pruitt", "Daughter"), ("Darnell Pruitt", "Self"), ("Keon Pruitt", "Son")]
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    claims = [
        (fam[0], "BPT-55102", "NWM2601403381", "Bright Path Pediatric Therapy",
         [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 8), "97533", 1, ("GO",)),
          Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97112", 1, ("GO", "59")),
          Svc(D(2026, 1, 15), "97530", 3, ("GO",)), Svc(D(2026, 1, 15), "97535", 1, ("GO",)),
          Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97533", 1, ("GO",), denied="PR"),
          Svc(D(2026, 1, 22), "97530", 2, ("GO",)), Svc(D(2026, 1, 22), "97110", 1, ("GO",)),
          Svc(D(2026, 1, 27), "97168", 1, ("GO",)), Svc(D(2026, 1, 27), "97530", 2, ("GO",))]),
        (fam[1], "CMS-884120", "NWM2601409920", "Cedar Mill Sports & Spine PT",
         [Svc(D(2026, 1, 9), "97162", 1, ("GP",)), Svc(D(2026, 1, 9), "97140", 2, ("GP",)),
          Svc(D(2026, 1, 16), "97110", 3, ("GP",)), Svc(D(2026, 1, 16), "97035", 1, ("GP",), denied="PR")]),
        (fam[2], "BPT-55187", "NWM2601411054", "Bright Path Pediatric Therapy",
         [Svc(D(2026, 1, 12), "92523", 1, ("GN",)), Svc(D(2026, 1, 19), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 26), "92507", 1, ("GN",))]),
    ]
    cols = [("dos", 36, 44, "L"), ("svc", 80, 124, "L"), ("billed", 206, 44, "R"), ("disc", 252, 42, "R"),
            ("allowed", 296, 42, "R"), ("nc", 340, 40, "R"), ("ded", 382, 38, "R"), ("copay", 422, 34, "R"),
            ("coins", 458, 42, "R"), ("paid", 502, 42, "R"), ("owes", 546, 42, "R"), ("note", 592, 14, "L")]
    heads = [["Service", "date"], ["What was done"], ["Amount", "billed"], ["Network", "savings"],
             ["Allowed", "amount"], ["Not", "covered"], ["Deduct-", "ible"], ["Copay"], ["Co-", "insurance"],
             ["Plan", "paid"], ["Your", "resp."], ["Note"]]

    def furniture():
        doc.new_page()
        doc.text(36, 40, "NORTHWIND MUTUAL", 15, True)
        doc.text(36, 52, "Health Plan  |  PPO Select", 8)
        doc.text(576, 40, "EXPLANATION OF BENEFITS", 11, True, "R")
        doc.text(576, 52, "THIS IS NOT A BILL", 8, True, "R")
        doc.line(36, 60, 576, 60, 1.2)
        doc.text(306, 770, f"Northwind Mutual Health Plan  -  PO Box 7710, Fairhaven, OR 97811  -  Page {doc.pno}", 7,
                 align="C")
        doc.y = 70

    def header():
        doc.rect(36, doc.y, 540, 22, fill=0.88, stroke=False)
        for (k, x, w, al), h in zip(cols, heads):
            for i, s in enumerate(h):
                xx = x + w if al == "R" else x
                doc.text(xx, doc.y + 9 + i * 8, s, 6.5, True, al)
        doc.y += 26

    cur = {}

    def brk():
        furniture()
        doc.text(36, doc.y + 9, f"Claim for {cur['pat']} (continued)  -  Claim no. {cur['pcn']}", 8.5, True)
        doc.y += 14
        header()

    doc.on_break = brk
    furniture()
    doc.rect(36, 70, 300, 70)
    doc.text(44, 82, "Subscriber: Darnell Pruitt", 8.5, True)
    doc.text(44, 94, "Member ID: NWX 448 201 557   Group: 30091-A", 8)
    doc.text(44, 106, "Statement date: February 2, 2026", 8)
    doc.text(44, 118, "Plan year deductible (family): $750.00  Met so far: $600.00", 8)
    doc.text(44, 130, "Questions? Call 1-800-555-0136 (TTY 711)", 8)
    doc.text(350, 82, "DARNELL PRUITT", 8.5)
    doc.text(350, 94, "2214 SE ALDER CREST DR", 8.5)
    doc.text(350, 106, "FAIRHAVEN OR 97812-4410", 8.5)
    doc.y = 152
    doc.text(36, doc.y, "Your claims in detail", 11, True)
    doc.y += 8
    for (pat, rel), acct, pcn, prov, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["D4"]
            elif s.deductible:
                s.remarks = ["A1"]
        cur.update(pat=pat, pcn=pcn)
        doc.need(64)
        doc.rect(36, doc.y, 540, 28, fill=0.95)
        b1 = doc.y + 11
        doc.text(40, b1, f"Claim for {pat} ({rel})", 9, True)
        doc.text(330, b1, f"Claim no. {pcn}", 8.5)
        b2 = doc.y + 23
        doc.text(40, b2, f"Provider: {prov}", 8)
        doc.text(330, b2, f"Provider's account no. {acct}", 8)
        doc.y += 32
        tots = dict(billed=G.total(svcs, "billed"), allowed=G.total(svcs, "allowed"), paid=G.total(svcs, "paid"),
                    patient_owes=G.total(svcs, "owes"))
        c = o.claim(acct, pcn, pat, claim_totals(**tots))
        doc.mark(None, [("id", pat, "patient"), ("id", pcn, "payer_claim_id")], [b1], 9, claim=c)
        doc.mark(None, [("id", acct, "claim_id")], [b2], 8, claim=c)
        header()
        for s in svcs:
            doc.need(22)
            code = " ".join((s.code,) + s.mods)
            v = {"dos": dfmt(s.dos, "mdy4"), "svc": [s.desc if K.width(s.desc, "Helvetica", 7) < 124 else
                                                       s.desc[:30], "Code " + code],
                 "billed": M(s.billed, ","), "disc": M(s.discount, ","), "allowed": M(s.allowed, ","),
                 "nc": M(s.not_covered, ","), "ded": M(s.deductible, ","), "copay": M(s.copay, ","),
                 "coins": M(s.coinsurance, ","), "paid": M(s.paid, ","), "owes": M(s.owes, ","),
                 "note": " ".join(s.remarks)}
            s.desc = v["svc"][0]
            base = K.cols_row(doc, cols, v, 7, 9)
            tl = truth_line(doc.pno, s, claim_id=acct, payer_claim_id=pcn, patient=pat, units=False,
                            printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                     "coinsurance", "paid", "patient_owes"), remarks=s.remarks)
            o.lines.append(tl)
            f = [("date", v["dos"], "%m/%d/%Y"), ("code", "Code " + code, None)]
            for k, fld in (("billed", "billed"), ("disc", "discount"), ("allowed", "allowed"), ("nc", "not_covered"),
                           ("ded", "deductible"), ("copay", "copay"), ("coins", "coinsurance"), ("paid", "paid"),
                           ("owes", "patient_owes")):
                f.append(("amt", v[k], fld))
            f += [("rmk", r, i) for i, r in enumerate(s.remarks)]
            doc.mark(tl, f, base, 7)
            doc.line(36, doc.y, 576, doc.y, 0.2)
        doc.need(14)
        tv = {"svc": "Claim totals", "billed": M(tots["billed"]), "allowed": M(tots["allowed"]),
              "paid": M(tots["paid"]), "owes": M(tots["patient_owes"])}
        base = K.cols_row(doc, cols, tv, 7, 9, bold=True)
        doc.mark(None, [("tot", tv["billed"], "billed"), ("tot", tv["allowed"], "allowed"), ("tot", tv["paid"], "paid"),
                        ("tot", tv["owes"], "patient_owes")], base, 7, claim=c)
        doc.y += 10
    doc.need(70)
    doc.text(36, doc.y + 10, "Notes", 9, True)
    legend = [("A1", "Part of this allowed amount counted toward your plan-year deductible."),
              ("D4", "Your plan does not cover this service for this diagnosis; the provider may bill you.")]
    for i, (k, t) in enumerate(legend):
        doc.text(36, doc.y + 24 + i * 11, f"{k}  {t}", 7.5)
    doc.y += 50
    doc.text(36, doc.y + 10, "You have the right to appeal within 180 days of this notice. See the back page for how.", 7.5)
    return doc, o, legend, "reportlab", "commercial PPO member EOB, Helvetica portrait, family claim bars"


# ================================================================================================ a2
@layout
def a2(out_dir):
    doc = K.Doc(*LAND, "LiberationSans", top=30, bottom=40)
    o = Out()
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.85"))
    claims = [
        ("Marisol Ocampo-Reyes", "Spouse", "TRL-20931", "HB26A0771452", "Tidewater Rehab & Hand Clinic",
         [Svc(D(2026, 1, 7), "97165", 1, ("GO",)), Svc(D(2026, 1, 7), "97018", 1, ("GO",)),
          Svc(D(2026, 1, 14), "97140", 2, ("GO",)), Svc(D(2026, 1, 14), "97110", 2, ("GO",)),
          Svc(D(2026, 1, 14), "97760", 1, ("GO",)), Svc(D(2026, 1, 21), "97140", 2, ("GO",)),
          Svc(D(2026, 1, 21), "97110", 1, ("GO",)), Svc(D(2026, 1, 21), "97018", 1, ("GO",)),
          Svc(D(2026, 1, 28), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 28), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 28), "97760", 1, ("GO",))]),
        ("Tomas Ocampo-Reyes", "Son", "TRL-20977", "HB26A0773318", "Tidewater Rehab & Hand Clinic",
         [Svc(D(2026, 1, 10), "97161", 1, ("GP",)), Svc(D(2026, 1, 10), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 17), "97112", 2, ("GP",)), Svc(D(2026, 1, 17), "97010", 1, ("GP",), denied="CO"),
          Svc(D(2026, 1, 24), "97110", 2, ("GP",)), Svc(D(2026, 1, 24), "97116", 1, ("GP",)),
          Svc(D(2026, 1, 31), "97112", 2, ("GP",)), Svc(D(2026, 1, 31), "97530", 1, ("GP",))]),
        ("Alma Ocampo-Reyes", "Daughter", "SLS-00412", "HB26A0779006", "Sound & Language Studio LLC",
         [Svc(D(2026, 1, 21), "92523", 1, ()), Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
        ("Rafael Ocampo", "Subscriber", "HMG-71105", "HB26A0780142", "Harbor Medical Group",
         [Svc(D(2026, 1, 23), "99213", 1, ()), Svc(D(2026, 1, 23), "L3807", 1, ("RT",))]),
        ("Alma Ocampo-Reyes", "Daughter", "SLS-00455", "HB26A0782290", "Sound & Language Studio LLC",
         [Svc(D(2026, 2, 4), "92507", 1, ("GN",)), Svc(D(2026, 2, 11), "92507", 1, ("GN",)),
          Svc(D(2026, 2, 18), "92507", 1, ("GN",))]),
    ]
    cols = [("dos", 190, 46, "L"), ("proc", 240, 50, "L"), ("desc", 292, 118, "L"), ("qty", 412, 18, "R"),
            ("billed", 434, 46, "R"), ("na", 482, 44, "R"), ("allowed", 528, 44, "R"), ("ded", 574, 30, "R"),
            ("copay", 606, 32, "R"), ("coins", 640, 30, "R"), ("paid", 668, 44, "R"), ("owes", 714, 40, "R"),
            ("code", 762, 16, "L")]
    heads = ["Date(s)", "Procedure", "Description", "Qty", "Charges", "Amt Not Allowed", "Allowed", "Ded",
             "Co-Pay", "Co-Ins", "Paid by Plan", "Member Resp", "Code"]

    def sidebar():
        doc.rect(24, 30, 150, 552, fill=0.94, stroke=False)
        doc.text(32, 48, "Tidewater Health", 12, True)
        doc.text(32, 60, "Partners HMO", 10)
        doc.text(32, 84, "Member: Rafael Ocampo", 7.5)
        doc.text(32, 95, "ID: THP-3390-71826", 7.5)
        doc.text(32, 106, "Group: 5520 Coastal Freight", 7.5)
        doc.text(32, 130, "Your 2026 benefits so far", 8, True)
        for i, (a, b) in enumerate([("Family deductible", "$0 of $0"), ("Out-of-pocket max", "$410.00 of $6,000"),
                                    ("Specialist copay", "$25.00 per visit"), ("Therapy visits used", "9 of 40")]):
            doc.text(32, 146 + i * 24, a, 7.5)
            doc.text(32, 156 + i * 24, b, 7.5, True)
        doc.text(32, 560, "Member Services", 7.5, True)
        doc.text(32, 571, "1-888-555-0174", 7.5)

    def furniture():
        doc.new_page()
        sidebar()
        doc.text(190, 48, "HEALTH BENEFIT STATEMENT", 14, True)
        doc.text(768, 48, f"Statement date 02/03/2026   Page {doc.pno}", 8, align="R")
        doc.text(190, 62, "This statement is not a bill. It shows how your plan handled recent claims.", 8)
        doc.y = 74

    def header():
        doc.line(190, doc.y, 768, doc.y, 0.8)
        for (k, x, w, al), h in zip(cols, heads):
            parts = K.wrap(h, "LiberationSans", 6.5, max(w, 30)) if len(h) > 8 else [h]
            for i, s in enumerate(parts):
                doc.text(x + w if al == "R" else x, doc.y + 9 + i * 7.5, s, 6.5, True, al)
        doc.y += 22
        doc.line(190, doc.y - 3, 768, doc.y - 3, 0.4)

    doc.on_break = lambda: (furniture(), header())
    furniture()
    for pat, rel, acct, pcn, prov, svcs in claims:
        for s in svcs:
            G.commercial(s, st, deny_reason="204")
            if s.denied:
                s.remarks = ["NX"]
            elif s.copay:
                s.remarks = ["CP"]
        doc.need(80)
        b1 = doc.y + 12
        doc.text(190, b1, f"Patient: {pat} ({rel})", 9, True)
        doc.text(470, b1, f"Claim #: {pcn}", 8.5)
        b2 = doc.y + 24
        doc.text(190, b2, f"Provider: {prov}", 8)
        doc.text(470, b2, f"Patient account: {acct}", 8)
        doc.y += 30
        tots = dict(billed=G.total(svcs, "billed"), paid=G.total(svcs, "paid"), patient_owes=G.total(svcs, "owes"))
        c = o.claim(acct, pcn, pat, claim_totals(**tots))
        doc.mark(None, [("id", pat, "patient"), ("id", pcn, "payer_claim_id")], [b1], 9, claim=c)
        doc.mark(None, [("id", acct, "claim_id")], [b2], 8, claim=c)
        header()
        for s in svcs:
            doc.need(20)
            proc = s.code + "".join(s.mods)
            d = K.wrap(s.desc, "LiberationSans", 7, 118)
            s.desc = " ".join(d)
            v = {"dos": dfmt(s.dos, "mdy2"), "proc": proc, "desc": d, "qty": units_str(s.units),
                 "billed": M(s.billed, ","), "na": M(s.discount + s.not_covered, ","), "allowed": M(s.allowed, ","),
                 "ded": M(s.deductible, ","), "copay": M(s.copay, ","), "coins": M(s.coinsurance, ","),
                 "paid": M(s.paid, ","), "owes": M(s.owes, ","), "code": " ".join(s.remarks)}
            base = K.cols_row(doc, cols, v, 7, 8.5)
            tl = truth_line(doc.pno, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                            printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                     "patient_owes"), remarks=s.remarks)
            o.lines.append(tl)
            f = [("date", v["dos"], "%m/%d/%y"), ("glued", proc, None), ("units", v["qty"], None)]
            for k, fld in (("billed", "billed"), ("allowed", "allowed"), ("ded", "deductible"), ("copay", "copay"),
                           ("coins", "coinsurance"), ("paid", "paid"), ("owes", "patient_owes")):
                f.append(("amt", v[k], fld))
            f += [("rmk", r, i) for i, r in enumerate(s.remarks)]
            doc.mark(tl, f, base, 7)
        doc.line(400, doc.y, 768, doc.y, 0.4)
        tv = {"desc": "Claim total", "billed": M(tots["billed"], ","), "paid": M(tots["paid"], ","),
              "owes": M(tots["patient_owes"], ",")}
        base = K.cols_row(doc, cols, tv, 7, 9, bold=True)
        doc.mark(None, [("tot", tv["billed"], "billed"), ("tot", tv["paid"], "paid"), ("tot", tv["owes"], "patient_owes")],
                 base, 7, claim=c)
        doc.y += 12
    legend = [("CP", "A per-visit specialist copay was taken from this service."),
              ("NX", "Not a benefit of your HMO plan; provider contract does not allow billing you.")]
    doc.need(50)
    doc.text(190, doc.y + 10, "Explanation codes", 9, True)
    for i, (k, t) in enumerate(legend):
        doc.text(190, doc.y + 24 + i * 11, f"{k} - {t}", 7.5)
    doc.y += 40
    return doc, o, legend, "fpdf2", "commercial HMO benefit statement, landscape with sidebar"


# ================================================================================================ m1
@layout
def m1(out_dir):
    doc = K.Doc(*LETTER, "Times", top=40, bottom=60)
    o = Out()
    pat = "RUTH A. KESSLER"
    st = PlanState(ded_left=Decimal("95.00"))
    claims = [
        ("Clear Harbor Rehabilitation", "(555) 014-2290", "Lena Voss", D(2026, 1, 5), "2601200041236",
         [Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP", "KX")),
          Svc(D(2026, 1, 5), "97140", 1, ("GP",)), Svc(D(2026, 1, 5), "G0283", 1, ("GP",))]),
        ("Clear Harbor Rehabilitation", "(555) 014-2290", "Lena Voss", D(2026, 1, 8), "2601200058804",
         [Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97112", 1, ("GP",)),
          Svc(D(2026, 1, 8), "97530", 1, ("GP",)), Svc(D(2026, 1, 8), "97116", 1, ("GP", "CQ")),
          Svc(D(2026, 1, 8), "97140", 1, ("GP",)), Svc(D(2026, 1, 8), "G0283", 1, ("GP",)),
          Svc(D(2026, 1, 8), "97035", 1, ("GP",), denied="PR"), Svc(D(2026, 1, 8), "97018", 1, ("GP",))]),
        ("Maplewood Hand Therapy Associates", "(555) 014-8811", "Omar Haddad", D(2026, 1, 12), "2601300107719",
         [Svc(D(2026, 1, 12), "97165", 1, ("GO",)), Svc(D(2026, 1, 12), "97760", 1, ("GO",)),
          Svc(D(2026, 1, 12), "L3807", 1, ("RT",)), Svc(D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("Maplewood Hand Therapy Associates", "(555) 014-8811", "Omar Haddad", D(2026, 1, 19), "2601300144207",
         [Svc(D(2026, 1, 19), "97530", 2, ("GO",)), Svc(D(2026, 1, 19), "97140", 1, ("GO", "59")),
          Svc(D(2026, 1, 19), "97018", 1, ("GO",))]),
    ]
    cols = [("svc", 50, 190, "L"), ("billed", 250, 60, "R"), ("allowed", 318, 62, "R"), ("paid", 388, 62, "R"),
            ("owes", 458, 66, "R"), ("note", 540, 30, "L")]
    heads = [["Service Provided &", "Billing Code"], ["Amount", "Provider", "Charged"], ["Medicare-", "Approved",
             "Amount"], ["Medicare", "Paid", "Provider"], ["Maximum", "You May Be", "Billed"], ["See", "Notes", "Below"]]
    NPAGES = 4

    def furniture():
        doc.new_page()
        doc.text(50, 48, f"{pat}", 9, True)
        doc.text(562, 48, f"Page {doc.pno} of {NPAGES}", 9, align="R")
        doc.line(50, 54, 562, 54, 0.8)
        doc.text(306, 760, "Medicare Summary Notice for Part B (Medical Insurance)", 8, align="C")
        doc.y = 64

    def header():
        doc.rect(50, doc.y, 512, 34, fill=0.85, stroke=False)
        for (k, x, w, al), h in zip(cols, heads):
            for i, s in enumerate(h):
                doc.text(x + w if al == "R" else x, doc.y + 10 + i * 9, s, 8, True, al)
        doc.y += 38

    cur = {}

    def brk():
        furniture()
        doc.text(50, doc.y + 12, f"{cur['prov']} (continued)", 10, True)
        doc.y += 18
        header()

    doc.on_break = brk
    furniture()
    doc.text(50, 84, "Medicare Summary Notice", 20, True)
    doc.text(50, 100, "for Part B (Medical Insurance)", 12)
    doc.text(50, 116, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8)
    doc.rect(50, 128, 250, 80)
    doc.text(58, 142, f"{pat}", 10, True)
    doc.text(58, 155, "1187 WINTERBERRY LN", 9)
    doc.text(58, 167, "LAKE ORSON MN 55318", 9)
    doc.text(58, 190, "Medicare Number  XXXXXXX9K41", 9)
    doc.text(58, 201, "This notice is for claims processed Jan 1 - Mar 31, 2026", 7.5)
    doc.rect(320, 128, 242, 80, fill=0.95)
    doc.text(328, 142, "Your Deductible Status", 10, True)
    doc.text(328, 156, "Your deductible is what you must pay each year for", 8)
    doc.text(328, 166, "Part B services before Medicare begins to pay.", 8)
    doc.text(328, 184, "You have now met $283.00 of your 2026 deductible.", 8, True)
    doc.text(50, 236, "Your Claims & Costs This Period", 13, True)
    doc.text(50, 254, "Did Medicare approve all services?  NO - see claims below.", 9)
    doc.text(50, 268, "Number of providers you saw: 2", 9)
    tot_owe = ZERO
    for c_ in claims:
        for s in c_[5]:
            G.medicare(s, st, sequestration=True, deny_reason="50")
            tot_owe += s.owes
    doc.text(50, 282, f"Total you may be billed: {M(tot_owe)}", 9, True)
    doc.text(50, 310, "Be informed: Keep your receipts and compare this notice with what your providers bill you.", 8)
    furniture()
    for prov, ph, ref, dos, icn, svcs in claims:
        cur["prov"] = prov
        doc.need(120)
        b = [doc.y + 12, doc.y + 24, doc.y + 35]
        doc.text(50, b[0], f"{prov}, {ph}", 10, True)
        doc.text(50, b[1], f"Service Provider Number: {'5541236' if 'Clear' in prov else '5507719'}   Referred by: {ref}", 8.5)
        dstr = dfmt(dos, "mon")
        doc.text(50, b[2], f"Date of Service: {dstr}    Claim Number: {icn}", 8.5)
        hp = doc.pno
        doc.y += 42
        tots = dict(billed=G.total(svcs, "billed"), allowed=G.total(svcs, "allowed"), paid=G.total(svcs, "paid"),
                    patient_owes=G.total(svcs, "owes"))
        c = o.claim(None, icn, pat, claim_totals(**tots))
        doc.mark(None, [("id", icn, "payer_claim_id")], [b[2]], 8.5, claim=c)
        doc.mark(None, [("id", pat, "patient")], [48], 9, claim=c)
        header()
        for s in svcs:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            label = f"{s.desc} ({'-'.join((s.code,) + s.mods)})"
            dl = K.wrap(label, "Times", 9, 185)
            doc.need(11 * len(dl) + 4)
            v = {"svc": dl, "billed": M(s.billed), "allowed": M(s.allowed), "paid": M(s.paid), "owes": M(s.owes),
                 "note": ", ".join(s.remarks)}
            base = K.cols_row(doc, cols, v, 9, 11)
            tl = truth_line(doc.pno, s, claim_id=None, payer_claim_id=icn, patient=pat, units=False,
                            printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            o.lines.append(tl)
            cp = f"({'-'.join((s.code,) + s.mods)})"
            f = [("code", cp, "paren"), ("amt", v["billed"], "billed"), ("amt", v["allowed"], "allowed"),
                 ("amt", v["paid"], "paid"), ("amt", v["owes"], "patient_owes"), ("notes", v["note"], None)]
            doc.mark(tl, f, base, 9)
            doc.mark(tl, [("date", dstr, "%b %d, %Y")], [b[2]], 8.5, page=hp)
            doc.line(50, doc.y, 562, doc.y, 0.3)
        doc.need(14)
        tv = {"svc": "Total for this claim", "billed": M(tots["billed"]), "allowed": M(tots["allowed"]),
              "paid": M(tots["paid"]), "owes": M(tots["patient_owes"])}
        base = K.cols_row(doc, cols, tv, 9, 11, bold=True)
        doc.mark(None, [("tot", tv["billed"], "billed"), ("tot", tv["allowed"], "allowed"), ("tot", tv["paid"], "paid"),
                        ("tot", tv["owes"], "patient_owes")], base, 9, claim=c)
        doc.y += 16
    legend = [("A", "This approved amount is on the fee schedule for this service in your area."),
              ("B", "Some of this approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service as billed. You may be asked to pay the charge.")]
    doc.need(70)
    doc.text(50, doc.y + 12, "Notes for Claims Above", 11, True)
    for i, (k, t) in enumerate(legend):
        doc.text(50, doc.y + 28 + i * 12, f"{k}  {t}", 8.5)
    while doc.pno < NPAGES:
        furniture()
        doc.text(50, 90, "How to Handle Denied Claims or File an Appeal", 13, True)
        doc.text(50, 110, "If you disagree with a coverage decision on this notice, you may file an appeal.", 9)
        doc.text(50, 124, "Your appeal must be received by June 1, 2026.", 9, True)
    return doc, o, legend, "reportlab", "Medicare Summary Notice Part B, Times"


# ================================================================================================ m2
@layout
def m2(out_dir, pad=0):
    doc = K.Doc(*LETTER, "DejaVuSans", top=36, bottom=50)
    o = Out()
    pat = "Harold W. Brandvold"
    claims = [
        ("Summit Ridge Physical Therapy", "SRPT-0091744", "MA26-0311-88420",
         [Svc(D(2026, 1, 6), "97163", 1, ("GP",)), Svc(D(2026, 1, 6), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 9), "97116", 1, ("GP",)),
          Svc(D(2026, 1, 9), "97140", 1, ("GP",)), Svc(D(2026, 1, 9), "G0283", 1, ("GP",))]),
        ("Summit Ridge Physical Therapy", "SRPT-0091802", "MA26-0311-90117",
         [Svc(D(2026, 1, 13), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 13), "97530", 1, ("GP",)),
          Svc(D(2026, 1, 13), "97010", 1, ("GP",), denied="CO"), Svc(D(2026, 1, 16), "97112", 2, ("GP", "CQ")),
          Svc(D(2026, 1, 16), "97140", 1, ("GP",)), Svc(D(2026, 1, 20), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 20), "97116", 1, ("GP", "CQ")), Svc(D(2026, 1, 20), "97140", 1, ("GP",)),
          Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97530", 2, ("GP",)),
          Svc(D(2026, 1, 23), "G0283", 1, ("GP",)), Svc(D(2026, 1, 27), "97110", 3, ("GP",)),
          Svc(D(2026, 1, 27), "97112", 1, ("GP",)), Svc(D(2026, 1, 30), "97110", 2, ("GP", "KX")),
          Svc(D(2026, 1, 30), "97140", 1, ("GP",)), Svc(D(2026, 1, 30), "97530", 1, ("GP",)),
          Svc(D(2026, 1, 30), "G0283", 1, ("GP",)), Svc(D(2026, 1, 31), "97750", 1, ("GP",)),
          Svc(D(2026, 1, 31), "97110", 2, ("GP",)), Svc(D(2026, 1, 31), "97116", 1, ("GP",))]),
        ("Northgate Speech & Swallow Clinic", "NSS-44120", "MA26-0320-01555",
         [Svc(D(2026, 1, 21), "92610", 1, ()), Svc(D(2026, 1, 28), "92526", 1, ()),
          Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
    ]
    copaid = set()
    for _, _, _, svcs in claims:
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.remarks = ["4"]
                continue
            s.allowed = q(Decimal(G.SCHED[s.code]) * s.units) if G.SCHED[s.code] != "0.00" else q(s.billed * Decimal("0.4"))
            s.discount = s.billed - s.allowed
            s.copay = ZERO
            if s.dos not in copaid:
                copaid.add(s.dos)
                s.copay = min(Decimal("30.00"), s.allowed)
                s.remarks = ["1"]
            s.paid = s.allowed - s.copay
            s.owes = s.copay
    cols = [("dos", 48, 50, "L"), ("svc", 100, 178, "L"), ("qty", 282, 22, "R"), ("billed", 310, 58, "R"),
            ("allowed", 372, 58, "R"), ("paid", 434, 54, "R"), ("owes", 492, 46, "R"), ("why", 544, 20, "L")]
    heads = [["Date"], ["Service you received"], ["Qty"], ["Provider", "charged"], ["Plan-", "approved"],
             ["Plan paid"], ["You owe"], ["Why"]]

    def furniture():
        doc.new_page()
        doc.text(48, 44, "PINECREST", 16, True)
        doc.text(48, 56, "Medicare Advantage (PPO)", 8)
        doc.text(564, 44, "Your Explanation of Benefits", 11, True, "R")
        doc.text(564, 56, f"For January 2026   |   {pat}   |   Page {doc.pno}", 7.5, align="R")
        doc.line(48, 62, 564, 62, 1)
        doc.text(48, 770, "Pinecrest Health Plans is an HMO/PPO plan with a Medicare contract. Call 1-877-555-0190, 8am-8pm.", 6.5)
        doc.y = 72

    def header():
        doc.rect(48, doc.y, 516, 22, fill=0.9, stroke=False)
        for (k, x, w, al), h in zip(cols, heads):
            for i, s in enumerate(h):
                doc.text(x + w if al == "R" else x, doc.y + 9 + i * 8, s, 7, True, al)
        doc.y += 25

    cur = {}

    def brk():
        furniture()
        doc.text(52, doc.y + 10, f"{cur['prov']} - claim number {cur['pcn']} (continued)", 8, True)
        doc.y += 16
        header()

    doc.on_break = brk
    furniture()
    doc.rect(48, 72, 516, 60)
    doc.text(56, 86, f"Member: {pat}", 9, True)
    doc.text(56, 99, "Member ID: PCM88012347   Plan: Pinecrest Choice PPO (H5599-014)", 8)
    doc.text(56, 112, "Year-to-date: you paid $150.00 of your $5,900.00 in-network maximum out-of-pocket.", 8)
    doc.text(56, 125, "Claims processed between January 1 and January 31, 2026", 8)
    doc.y = 142
    doc.text(48, doc.y + 10, "Summary of this month's claims", 10, True)
    doc.y += 16
    doc.rect(48, doc.y, 516, 14, fill=0.9, stroke=False)
    for x, h, al in ((52, "Provider", "L"), (260, "Claim number", "L"), (430, "Plan paid", "R"),
                     (500, "You owe", "R")):
        doc.text(x, doc.y + 10, h, 7.5, True, al)
    doc.y += 16
    for prov, acct, pcn, svcs in claims:
        doc.text(52, doc.y + 9, prov, 7.5)
        doc.text(260, doc.y + 9, pcn, 7.5)
        doc.text(430, doc.y + 9, M(G.total(svcs, "paid")), 7.5, align="R")
        doc.text(500, doc.y + 9, M(G.total(svcs, "owes")), 7.5, align="R")
        doc.y += 12
    doc.line(48, doc.y + 2, 564, doc.y + 2, 0.4)
    doc.y += 8
    doc.rect(48, doc.y, 516, 58, fill=0.96)
    doc.text(56, doc.y + 13, "Your 2026 plan-year totals", 9, True)
    for i, (a, b_) in enumerate([("In-network out-of-pocket maximum", "$5,900.00"), ("Amount you have paid so far",
                                                                                     "$150.00"),
                                 ("Remaining before the plan pays 100%", "$5,750.00")]):
        doc.text(56, doc.y + 26 + i * 10, a, 7.5)
        doc.text(400, doc.y + 26 + i * 10, b_, 7.5, align="R")
    doc.y += 64
    pad_block(doc, 48, 516, pad, "Important plan information")
    doc.y += 6
    doc.text(48, doc.y, "Your medical claims in detail", 12, True)
    doc.y += 8
    for prov, acct, pcn, svcs in claims:
        cur.update(prov=prov, pcn=pcn)
        doc.need(90)
        top = doc.y
        b1 = doc.y + 12
        doc.text(52, b1, f"{prov}", 9, True)
        doc.text(560, b1, f"Claim number {pcn}", 8, align="R")
        b2 = doc.y + 24
        doc.text(52, b2, "In-network provider", 7.5)
        doc.text(560, b2, f"Provider's patient ref. {acct}", 7.5, align="R")
        doc.y += 30
        tots = dict(billed=G.total(svcs, "billed"), allowed=G.total(svcs, "allowed"), paid=G.total(svcs, "paid"),
                    patient_owes=G.total(svcs, "owes"))
        c = o.claim(acct, pcn, pat, claim_totals(**tots))
        doc.mark(None, [("id", pcn, "payer_claim_id")], [b1], 9, claim=c)
        doc.mark(None, [("id", acct, "claim_id")], [b2], 7.5, claim=c)
        doc.mark(None, [("id", pat, "patient")], [56], 7.5, claim=c)
        header()
        for s in svcs:
            d = K.wrap(f"{s.desc} ({' '.join((s.code,) + s.mods)})", "DejaVuSans", 7.5, 176)
            doc.need(10.5 * len(d) + 2)
            s.desc = s.desc
            v = {"dos": dfmt(s.dos, "mdy2"), "svc": d, "qty": units_str(s.units), "billed": M(s.billed),
                 "allowed": M(s.allowed), "paid": M(s.paid), "owes": M(s.owes), "why": " ".join(s.remarks)}
            base = K.cols_row(doc, cols, v, 7.5, 10.5)
            tl = truth_line(doc.pno, s, claim_id=acct, payer_claim_id=pcn, patient=pat,
                            printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            o.lines.append(tl)
            code = "(" + " ".join((s.code,) + s.mods) + ")"
            f = [("date", v["dos"], "%m/%d/%y"), ("code", code, "paren"), ("units", v["qty"], None),
                 ("amt", v["billed"], "billed"), ("amt", v["allowed"], "allowed"), ("amt", v["paid"], "paid"),
                 ("amt", v["owes"], "patient_owes")] + [("rmk", r, i) for i, r in enumerate(s.remarks)]
            doc.mark(tl, f, base, 7.5)
        doc.line(48, doc.y, 564, doc.y, 0.3)
        tv = {"svc": "Totals for this claim", "billed": M(tots["billed"]), "allowed": M(tots["allowed"]),
              "paid": M(tots["paid"]), "owes": M(tots["patient_owes"])}
        base = K.cols_row(doc, cols, tv, 7.5, 10, bold=True)
        doc.mark(None, [("tot", tv["billed"], "billed"), ("tot", tv["allowed"], "allowed"), ("tot", tv["paid"], "paid"),
                        ("tot", tv["owes"], "patient_owes")], base, 7.5, claim=c)
        if doc.pno == o.lines[-1]["page"] and top < doc.y:
            pass
        doc.y += 14
    legend = [("1", "Specialist office copay for this date of service ($30.00 per day)."),
              ("4", "Not covered by your plan; the network provider may not bill you for it.")]
    doc.need(50)
    doc.text(48, doc.y + 10, "Why codes", 9, True)
    for i, (k, t) in enumerate(legend):
        doc.text(48, doc.y + 23 + i * 10, f"{k}  {t}", 7)
    return doc, o, legend, "fpdf2", "Medicare Advantage PPO member EOB, DejaVu Sans"


# ================================================================================================ r1
@layout
def r1(out_dir, pad=0):
    doc = K.Doc(*LAND, "Courier", top=30, bottom=40)
    o = Out()
    sz, ld = 7.5, 11.5
    cw = K.width("0", "Courier", sz)

    def at(col):
        return 30 + col * cw

    # (section, patient, medicaid no, acct, icn, [svc...], negative?)
    recips = [
        ("PAID OR PARTIALLY PAID CLAIMS", "LINDQVIST, ELSA M", "600417283", "KT0315", "2026019300451",
         [Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 7), "97530", 2, ("GO",)), Svc(D(2026, 1, 7), "97533", 1, ("GO",))], False),
        ("PAID OR PARTIALLY PAID CLAIMS", "LINDQVIST, JONAH", "600417291", "KT0322", "2026019300467",
         [Svc(D(2026, 1, 6), "92523", 1, ()), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))], False),
        ("PAID OR PARTIALLY PAID CLAIMS", "ABERNATHY-COLE, DESHAWN", "600598114", "KT0330", "2026019300502",
         [Svc(D(2026, 1, 5), "97110", 8, ("GP",), end=D(2026, 1, 16)), Svc(D(2026, 1, 5), "97112", 4, ("GP",), end=D(2026, 1, 16)),
          Svc(D(2026, 1, 8), "97140", 2, ("GP",)), Svc(D(2026, 1, 12), "97530", 2, ("GP",)),
          Svc(D(2026, 1, 14), "97116", 2, ("GP",)), Svc(D(2026, 1, 16), "97750", 1, ("GP",)),
          Svc(D(2026, 1, 19), "97110", 3, ("GP",)), Svc(D(2026, 1, 21), "97140", 2, ("GP",)),
          Svc(D(2026, 1, 23), "97530", 2, ("GP",)), Svc(D(2026, 1, 26), "97112", 2, ("GP",)),
          Svc(D(2026, 1, 28), "97110", 2, ("GP",)), Svc(D(2026, 1, 30), "97530", 1, ("GP",))], False),
        ("DENIED CLAIMS", "OYELARAN, TOBI", "600702448", "KT0341", "2026019300533",
         [Svc(D(2026, 1, 9), "97167", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 9), "97535", 2, ("GO",), denied="CO")], False),
        ("CLAIMS ADJUSTED", "MARCHETTI, GIA", "600388105", "KT0277", "2025351200871",
         [Svc(D(2025, 12, 10), "97530", 2, ("GO",)), Svc(D(2025, 12, 10), "97168", 1, ("GO",))], True),
        ("CLAIMS ADJUSTED", "MARCHETTI, GIA", "600388105", "KT0277", "2026019400012",
         [Svc(D(2025, 12, 10), "97530", 3, ("GO",)), Svc(D(2025, 12, 10), "97168", 1, ("GO",))], False),
    ]
    C = {"from": 0, "to": 10, "pos": 20, "nos": 25, "proc": 34, "mod": 41, "billed": 50, "allowed": 62, "paid": 75,
         "eob": 90}

    def furniture():
        doc.new_page()
        doc.text(at(0), 40, "STATE MEDICAL ASSISTANCE PROGRAM - NORTH PLAINS DEPT OF HUMAN SERVICES", sz, True)
        doc.text(at(0), 50, "REMITTANCE AND STATUS REPORT", sz, True)
        doc.text(at(96), 40, f"PAGE {doc.pno:>4}", sz)
        doc.text(at(96), 50, "R&S NO 0412277", sz)
        doc.text(at(0), 62, "PAYEE: KINDRED TRAILS THERAPY GROUP     PAYEE ID: 1620093418     RUN DATE: 02/03/26", sz)
        doc.line(30, 68, 762, 68, 0.4)
        doc.y = 72

    def header():
        b = doc.y + sz
        for k, t in (("from", "FROM DATE"), ("to", "TO DATE"), ("pos", "POS"), ("nos", "NO.SVCS"), ("proc", "PROC"),
                     ("mod", "MOD"), ("eob", "EOB CODES")):
            doc.text(at(C[k]), b, t, sz)
        for k, t in (("billed", "BILLED AMT"), ("allowed", "ALLOWED AMT"), ("paid", "PAID AMT")):
            doc.text(at(C[k] + 10), b, t, sz, align="R")
        doc.text(at(0), b + ld, "-" * 120, sz)
        doc.y = b + ld + 3

    cur = {"sec": None}

    def brk():
        furniture()
        if cur["sec"]:
            doc.text(at(0), doc.y + sz, f"{cur['sec']} (CONTINUED)", sz, True)
            doc.y += ld + 2
        header()

    doc.on_break = brk
    furniture()
    pad_block(doc, 30, 732, pad, "MESSAGES FROM THE PROGRAM", 7.5, "Courier")
    header()
    for sec, name, mid, acct, icn, svcs, neg in recips:
        for s in svcs:
            G.medicaid(s, deny_reason="96")
            s.remarks = ["00211"] if s.denied else (["00102"] if not neg else ["00530"])
        if neg:
            svcs[:] = [G.negate(s) for s in svcs]
            for s in svcs:
                s.remarks = ["00530"]
        if sec != cur["sec"]:
            cur["sec"] = sec
            doc.need(4 * ld)
            doc.text(at(0), doc.y + sz + 4, f"*** {sec} ***", sz, True)
            doc.y += ld + 6
        doc.need(3 * ld)
        b = doc.y + sz
        doc.text(at(0), b, "PATIENT NAME", sz)
        doc.text(at(26), b, "MEDICAID NO", sz)
        doc.text(at(40), b, "PAT ACCT NO", sz)
        doc.text(at(54), b, "ICN", sz)
        b2 = b + ld
        doc.text(at(0), b2, name, sz, True)
        doc.text(at(26), b2, mid, sz)
        doc.text(at(40), b2, acct, sz)
        doc.text(at(54), b2, icn, sz)
        doc.y = b2 + 4
        tots = dict(billed=G.total(svcs, "billed"), allowed=G.total(svcs, "allowed"), paid=G.total(svcs, "paid"))
        c = o.claim(acct, icn, name, claim_totals(**tots))
        doc.mark(None, [("id", name, "patient"), ("id", acct, "claim_id"), ("id", icn, "payer_claim_id")], [b2], sz,
                 claim=c)
        for s in svcs:
            doc.need(ld + 2)
            bb = doc.y + sz
            end = s.end or s.dos
            vals = {"from": dfmt(s.dos, "mdy6"), "to": dfmt(end, "mdy6"), "pos": "11", "nos": f"{s.units:.1f}"
                    if False else units_str(s.units), "proc": s.code, "mod": " ".join(s.mods),
                    "billed": M(s.billed, ","), "allowed": M(s.allowed, ","), "paid": M(s.paid, ",")}
            for k in ("from", "to", "pos", "nos", "proc", "mod"):
                doc.text(at(C[k]), bb, vals[k], sz)
            for k in ("billed", "allowed", "paid"):
                doc.text(at(C[k] + 10), bb, vals[k], sz, align="R")
            doc.text(at(C["eob"]), bb, " ".join(s.remarks), sz)
            doc.y = bb + 2.5
            tl = truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icn, patient=name,
                            service_end=s.end, printed=("billed", "allowed", "paid"), remarks=s.remarks,
                            description=False)
            o.lines.append(tl)
            f = [("date", vals["from"], "%m%d%y"), ("end", vals["to"], "%m%d%y"), ("code", s.code, None),
                 ("units", vals["nos"], None), ("amt", vals["billed"], "billed"), ("amt", vals["allowed"], "allowed"),
                 ("amt", vals["paid"], "paid")] + [("mod", m, i) for i, m in enumerate(s.mods)] + \
                [("rmk", r, i) for i, r in enumerate(s.remarks)]
            doc.mark(tl, f, [bb], sz)
        doc.need(ld + 4)
        bb = doc.y + sz + 1
        doc.text(at(C["proc"]), bb, "CLAIM TOTALS", sz, True)
        tv = {k: M(tots[k], ",") for k in tots}
        for k in ("billed", "allowed", "paid"):
            doc.text(at(C[k] + 10), bb, tv[k], sz, True, "R")
        doc.mark(None, [("tot", tv[k], k) for k in ("billed", "allowed", "paid")], [bb], sz, claim=c)
        doc.y = bb + ld
    legend = [("00102", "Paid at the program fee schedule rate."),
              ("00211", "Service needs a prior authorization on file; none found for these dates."),
              ("00530", "Earlier payment recovered; claim reprocessed under a new ICN.")]
    doc.need(5 * ld)
    doc.text(at(0), doc.y + sz + 6, "EOB CODE MESSAGES", sz, True)
    for i, (k, t) in enumerate(legend):
        doc.text(at(0), doc.y + sz + 6 + (i + 1) * ld, f"{k}  {t.upper()}", sz)
    return doc, o, legend, "reportlab", "state Medicaid remittance and status report, Courier landscape"


# ================================================================================================ r2
@layout
def r2(out_dir, pad=0):
    doc = K.Doc(*LETTER, "DejaVuSansMono", top=36, bottom=46)
    o = Out()
    sz, ld = 7, 11
    cw = K.width("0", "DejaVuSansMono", sz)

    def at(col):
        return 34 + col * cw

    claims = [
        ("2026-028-004417-00", "880441239", "ZAMORA, LUCIA", "41-0072",
         [Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO", "59")),
          Svc(D(2026, 1, 7), "97530", 2, ("GO",)), Svc(D(2026, 1, 7), "97535", 1, ("GO",)),
          Svc(D(2026, 1, 12), "97530", 2, ("GO",)), Svc(D(2026, 1, 12), "97110", 2, ("GO",)),
          Svc(D(2026, 1, 14), "97530", 2, ("GO",)), Svc(D(2026, 1, 14), "97112", 1, ("GO",)),
          Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 21), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 21), "97535", 1, ("GO",)), Svc(D(2026, 1, 26), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 26), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 28), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 28), "97168", 1, ("GO",))]),
        ("2026-028-004418-00", "880441247", "ZAMORA, MATEO", "41-0073",
         [Svc(D(2026, 1, 8), "92507", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 22), "92526", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("2026-028-004452-00", "880519006", "PETTIGREW, ANNA-LEE", "41-0101",
         [Svc(D(2026, 1, 9), "97161", 1, ("GP",)), Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 9), "A4556", 2, (), denied="CO"), Svc(D(2026, 1, 16), "97116", 2, ("GP",)),
          Svc(D(2026, 1, 16), "97140", 2, ("GP",)), Svc(D(2026, 1, 23), "97110", 3, ("GP",)),
          Svc(D(2026, 1, 23), "97112", 2, ("GP",)), Svc(D(2026, 1, 30), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 30), "97530", 2, ("GP",))]),
        ("2026-028-004460-00", "880602291", "VOSKUIJLEN, PIETER", "41-0108",
         [Svc(D(2026, 1, 13), "97163", 1, ("GP",)), Svc(D(2026, 1, 13), "97750", 1, ("GP",)),
          Svc(D(2026, 1, 20), "97110", 2, ("GP",)), Svc(D(2026, 1, 20), "97116", 1, ("GP",)),
          Svc(D(2026, 1, 27), "97110", 2, ("GP",)), Svc(D(2026, 1, 27), "97530", 2, ("GP",))]),
        ("2026-029-000126-00", "880733512", "BIRDSONG, CALLUM", "41-0114",
         [Svc(D(2026, 1, 6), "92523", 1, ()), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 27), "97533", 1, ("GO",), denied="CO")]),
    ]
    C = {"ln": 0, "dos": 3, "proc": 14, "m1": 20, "m2": 25, "units": 35, "billed": 44, "allowed": 53, "copay": 60,
         "tpl": 66, "paid": 76, "adj": 78}

    def furniture():
        doc.new_page()
        doc.text(at(0), 42, "PRAIRIE STATE MEDICAID  -  MEDICAL ASSISTANCE REMITTANCE ADVICE", sz + 1, True)
        doc.text(at(0), 52, "CLAIMS DETAIL", sz)
        doc.text(at(60), 52, "RA NUMBER 0003318842", sz)
        doc.text(at(0), 62, "PROVIDER: LITTLE OAKS CHILD & ADULT THERAPY  NPI 1437702216   PAY DATE 01/30/2026", sz)
        doc.text(at(84), 42, f"PAGE {doc.pno}", sz, align="R")
        doc.line(34, 68, 578, 68, 0.6)
        doc.y = 72

    def header():
        b = doc.y + sz
        for k, t in (("ln", "LN"), ("dos", "SVC DATE"), ("proc", "PROC"), ("m1", "MOD1"), ("m2", "MOD2")):
            doc.text(at(C[k]), b, t, sz, True)
        for k, t in (("units", "UNITS"), ("billed", "BILLED"), ("allowed", "ALLOWED"), ("copay", "COPAY"),
                     ("tpl", "TPL"), ("paid", "PAID")):
            doc.text(at(C[k]), b, t, sz, True, "R")
        doc.text(at(C["adj"]), b, "ADJ", sz, True)
        doc.line(34, b + 3, 578, b + 3, 0.3)
        doc.y = b + 5

    cur = {}

    def brk():
        furniture()
        doc.text(at(0), doc.y + sz, f"*** CONTINUED *** TCN {cur['tcn']}  {cur['name']}", sz, True)
        doc.y += ld
        header()

    doc.on_break = brk
    furniture()
    pad_block(doc, 34, 544, pad, "PROVIDER BULLETIN", 7, "DejaVuSansMono")
    for tcn, rid, name, acct, svcs in claims:
        for s in svcs:
            G.medicaid(s, deny_reason="16")
        cur.update(tcn=tcn, name=name)
        doc.need(5 * ld)
        doc.rect(34, doc.y + 2, 544, 2 * ld + 3, fill=0.93, stroke=False)
        b = doc.y + sz + 3
        doc.text(at(0), b, f"TCN {tcn}", sz, True)
        doc.text(at(26), b, f"RECIP {rid}", sz)
        doc.text(at(44), b, f"NAME {name}", sz)
        b2 = b + ld
        doc.text(at(0), b2, f"PAT ACCT {acct}", sz)
        doc.text(at(26), b2, "CLAIM TYPE B  PROFESSIONAL", sz)
        doc.text(at(56), b2, "STATUS PAID", sz)
        doc.y = b2 + 4
        tots = dict(billed=G.total(svcs, "billed"), allowed=G.total(svcs, "allowed"), paid=G.total(svcs, "paid"))
        c = o.claim(acct, tcn, name, claim_totals(**tots))
        doc.mark(None, [("id", tcn, "payer_claim_id"), ("id", name, "patient")], [b], sz, claim=c)
        doc.mark(None, [("id", acct, "claim_id")], [b2], sz, claim=c)
        header()
        for i, s in enumerate(svcs, 1):
            nadj = max(1, len(s.adjs))
            doc.need(nadj * ld + 1)
            bb = doc.y + sz
            m = list(s.mods) + ["", ""]
            v = {"ln": f"{i:02d}", "dos": dfmt(s.dos, "mdy4"), "proc": s.code, "m1": m[0], "m2": m[1],
                 "units": f"{s.units:.2f}", "billed": M(s.billed, ""), "allowed": M(s.allowed, ""),
                 "copay": "0.00", "tpl": "0.00", "paid": M(s.paid, "")}
            for k in ("ln", "dos", "proc", "m1", "m2"):
                doc.text(at(C[k]), bb, v[k], sz)
            for k in ("units", "billed", "allowed", "copay", "tpl", "paid"):
                doc.text(at(C[k]), bb, v[k], sz, align="R")
            af = []
            for j, (g, r, a) in enumerate(s.adjs):
                doc.text(at(C["adj"]), bb + j * ld, f"{g}{r}", sz)
                doc.text(at(C["adj"] + 14), bb + j * ld, M(a, ""), sz, align="R")
                af += [("adj", f"{g}{r}", j), ("adjamt", M(a, ""), j)]
            s.copay = ZERO
            tl = truth_line(doc.pno, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                            printed=("billed", "allowed", "paid", "copay"), adjustments=s.adjs, description=False)
            o.lines.append(tl)
            f = [("date", v["dos"], "%m/%d/%Y"), ("code", s.code, None), ("units", v["units"], None),
                 ("amt", v["billed"], "billed"), ("amt", v["allowed"], "allowed"), ("amt", v["paid"], "paid"),
                 ("amt", v["copay"], "copay")] + [("mod", mm, k) for k, mm in enumerate(s.mods)] + af
            base = [bb + j * ld for j in range(nadj)]
            doc.mark(tl, f, base, sz)
            doc.y = base[-1] + 2.5
        doc.need(ld + 4)
        bb = doc.y + sz + 2
        tv = {k: M(tots[k], "") for k in tots}
        doc.text(at(0), bb, "CLAIM TOTAL", sz, True)
        for k in ("billed", "allowed", "paid"):
            doc.text(at(C[k]), bb, tv[k], sz, True, "R")
        doc.mark(None, [("tot", tv[k], k) for k in tots], [bb], sz, claim=c)
        doc.y = bb + ld
    legend = [("CO45", "Charge is above the Medicaid maximum allowable; provider write-off."),
              ("CO16", "Claim line lacks information needed to adjudicate; correct and resubmit.")]
    doc.need(4 * ld)
    doc.text(at(0), doc.y + 12, "ADJUSTMENT REASON SUMMARY", sz, True)
    for i, (k, t) in enumerate(legend):
        doc.text(at(0), doc.y + 12 + (i + 1) * ld, f"{k:<6}{t}", sz)
    return doc, o, legend, "fpdf2", "state Medicaid RA claims detail, DejaVu Sans Mono"


# ================================================================================================ p1
@layout
def p1(out_dir):
    doc = K.Doc(*LETTER, "Courier", top=36, bottom=48)
    o = Out()
    sz, ld = 6.8, 10.2
    cw = K.width("0", "Courier", sz)

    def at(col):
        return 26 + col * cw

    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ("KESSLER, RUTH", "1EG4TE5MK73", "RK00412", "2226019114520", "1588021470",
         [Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP", "KX")),
          Svc(D(2026, 1, 5), "97140", 1, ("GP",))]),
        ("OKAFOR, BENEDICT", "3HX7YU2PQ18", "BO10988", "2226019114612", "1588021470",
         [Svc(D(2026, 1, 6), "97110", 3, ("GP",)), Svc(D(2026, 1, 6), "97112", 1, ("GP",)),
          Svc(D(2026, 1, 8), "97110", 2, ("GP",)), Svc(D(2026, 1, 8), "97530", 1, ("GP",)),
          Svc(D(2026, 1, 13), "97110", 2, ("GP",)), Svc(D(2026, 1, 13), "97140", 1, ("GP", "59")),
          Svc(D(2026, 1, 15), "97110", 2, ("GP",)), Svc(D(2026, 1, 15), "97116", 1, ("GP", "CQ")),
          Svc(D(2026, 1, 20), "97110", 2, ("GP",)), Svc(D(2026, 1, 20), "G0283", 1, ("GP",)),
          Svc(D(2026, 1, 22), "97530", 2, ("GP",)), Svc(D(2026, 1, 22), "97035", 1, ("GP",), denied="CO"),
          Svc(D(2026, 1, 27), "97110", 2, ("GP",)), Svc(D(2026, 1, 27), "97112", 2, ("GP",)),
          Svc(D(2026, 1, 29), "97110", 2, ("GP",)), Svc(D(2026, 1, 29), "97140", 1, ("GP",)),
          Svc(D(2026, 1, 29), "97750", 1, ("GP",))]),
        ("HALVERSEN, GRETA", "6TR2WQ9NN40", "GH20031", "2226019114733", "1766330912",
         [Svc(D(2026, 1, 9), "97165", 1, ("GO",)), Svc(D(2026, 1, 9), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 16), "97535", 2, ("GO",)), Svc(D(2026, 1, 16), "97018", 1, ("GO",))]),
    ]
    C = {"prov": 0, "date": 11, "pos": 23, "nos": 27, "proc": 31, "mods": 37, "billed": 54, "allowed": 63,
         "deduct": 71, "coins": 79, "grp": 83, "pd": 100}

    def furniture():
        doc.new_page()
        doc.text(at(0), 44, "LAKESHORE GOVERNMENT BENEFIT ADMINISTRATORS     MEDICARE PART B", sz)
        doc.text(at(0), 53, "PO BOX 44120  NEW TRENT WI 53099", sz)
        doc.text(at(70), 44, "REMITTANCE", sz, True)
        doc.text(at(70), 53, "NOTICE", sz, True)
        doc.text(at(0), 66, f"BRIGHTWATER REHAB SERVICES LLC        PROVIDER #: 88301442   PAGE #: {doc.pno} OF 2", sz)
        doc.text(at(0), 75, "DATE: 01/29/26   CHECK/EFT #: 00048817723   PRINTED BY CLEARPATH EDI REMIT VIEWER", sz)
        doc.y = 82

    def header():
        b = doc.y + sz
        hdr = (f"{'PERF PROV':<10} {'SERV DATE':<11} {'POS':<3} {'NOS':>3}  {'PROC':<5} {'MODS':<8}{'BILLED':>10}"
               f"{'ALLOWED':>9}{'DEDUCT':>8}{'COINS':>8}  {'GRP/RC-AMT':<16}{'PROV PD':>10}")
        doc.text(at(0), b, hdr, sz)
        doc.text(at(0), b + ld, "_" * len(hdr), sz)
        doc.y = b + ld + 4

    cur = {}

    def brk():
        furniture()
        header()
        doc.text(at(0), doc.y + sz, f"NAME {cur['name']}  (CONT)  ICN {cur['icn']}", sz)
        doc.y += ld + 2

    doc.on_break = brk
    furniture()
    header()
    for name, hic, acnt, icn, npi, svcs in claims:
        for s in svcs:
            G.medicare(s, st, sequestration=True, deny_reason="50")
            if s.denied:
                s.remarks = ["N115"]
        cur.update(name=name, icn=icn)
        doc.need(3 * ld)
        b = doc.y + sz
        doc.text(at(0), b, f"NAME {name:<18} HIC {hic}  ACNT {acnt:<9} ICN {icn}  ASG Y  MOA MA01", sz)
        doc.y = b + 3
        tots = dict(billed=G.total(svcs, "billed"), allowed=G.total(svcs, "allowed"), paid=G.total(svcs, "paid"))
        c = o.claim(acnt, icn, name, claim_totals(**tots))
        doc.mark(None, [("id", name, "patient"), ("id", acnt, "claim_id"), ("id", icn, "payer_claim_id")],
                 [b], sz, claim=c)
        for s in svcs:
            n = len(s.adjs) + (1 if s.remarks else 0)
            doc.need(n * ld + 2)
            bb = doc.y + sz
            dd = f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"
            row = (f"{npi:<10} {dd:<11} {'11':<3} {units_str(s.units):>3}  {s.code:<5} {' '.join(s.mods):<8}"
                   f"{M(s.billed, ''):>10}{M(s.allowed, ''):>9}{M(s.deductible, ''):>8}{M(s.coinsurance, ''):>8}  ")
            af = []
            for j, (g, r, a) in enumerate(s.adjs):
                cell = f"{g}-{r}".ljust(7) + M(a, "").rjust(9)
                if j == 0:
                    doc.text(at(0), bb, row + cell + f"{M(s.paid, ''):>10}", sz)
                else:
                    doc.text(at(C["grp"]), bb + j * ld, cell, sz)
                af += [("adj", f"{g}-{r}", j), ("adjamt", M(a, ""), j)]
            base = [bb + j * ld for j in range(max(1, len(s.adjs)))]
            if s.remarks:
                doc.text(at(C["grp"]), base[-1] + ld, "REM: " + " ".join(s.remarks), sz)
                base.append(base[-1] + ld)
            tl = truth_line(doc.pno, s, claim_id=acnt, payer_claim_id=icn, patient=name,
                            printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                            remarks=s.remarks, description=False)
            o.lines.append(tl)
            f = [("date", dfmt(s.dos, "mdy6"), "%m%d%y"), ("code", s.code, None), ("units", units_str(s.units), None),
                 ("amt", M(s.billed, ""), "billed"), ("amt", M(s.allowed, ""), "allowed"),
                 ("amt", M(s.deductible, ""), "deductible"), ("amt", M(s.coinsurance, ""), "coinsurance"),
                 ("amt", M(s.paid, ""), "paid")] + [("mod", m, k) for k, m in enumerate(s.mods)] + af + \
                [("rmk", r, k) for k, r in enumerate(s.remarks)]
            doc.mark(tl, f, base, sz)
            doc.y = base[-1] + 2.5
        doc.need(3 * ld)
        bb = doc.y + sz
        pr = G.total(svcs, "owes")
        doc.text(at(0), bb, f"PT RESP {M(pr, ''):>9}", sz)
        doc.text(at(C["grp"]), bb, "CLAIM TOTALS", sz)
        tv = {k: M(tots[k], "") for k in tots}
        doc.text(at(0), bb + ld, " " * 46 + f"{tv['billed']:>10}{tv['allowed']:>9}" + " " * 34 + f"{tv['paid']:>10}", sz)
        doc.text(at(0), bb + 2 * ld, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00      NET {tv['paid']:>10}", sz)
        doc.mark(None, [("tot", tv[k], k) for k in tots], [bb + ld], sz, claim=c)
        doc.y = bb + 2 * ld + 8
    doc.need(30)
    doc.text(at(0), doc.y + 10, "TOTALS:  # OF CLAIMS 3   SEE GLOSSARY ON LAST PAGE OF YOUR PAPER NOTICE FOR CODE MEANINGS", sz)
    return doc, o, [], "fpdf2", "Medicare standard paper remit style, Courier"


# ================================================================================================ p2
@layout
def p2(out_dir):
    doc = K.Doc(*LAND, "DejaVuSansCondensed", top=30, bottom=40)
    o = Out()
    sz = 7.2
    st = PlanState(ded_left=ZERO)
    claims = [
        ("ACC-300918", "26019800441100", "Winifred Astorga", "Processed as primary", False,
         [Svc(D(2026, 1, 6), "92610", 1, ("GN",)), Svc(D(2026, 1, 6), "92526", 1, ("GN",)),
          Svc(D(2026, 1, 13), "92526", 1, ("GN",))]),
        ("ACC-300955", "26019800441219", "Leonard Fitch-Amadi", "Processed as primary", False,
         [Svc(D(2026, 1, 7), "97163", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 14), "97110", 2, ("GP",)), Svc(D(2026, 1, 14), "97140", 2, ("GP", "59")),
          Svc(D(2026, 1, 14), "E0738", 1, ("NU",), denied="CO")]),
        ("ACC-300702", "25350800117004", "Corinne Yablonski", "Reversal of previous payment", True,
         [Svc(D(2025, 12, 9), "97530", 2, ("GO",)), Svc(D(2025, 12, 9), "97535", 1, ("GO",))]),
        ("ACC-300702", "26019800441322", "Corinne Yablonski", "Processed as primary (corrected)", False,
         [Svc(D(2025, 12, 9), "97530", 3, ("GO",)), Svc(D(2025, 12, 9), "97535", 1, ("GO",)),
          Svc(D(2025, 12, 9), "97129", 1, ("GO",))]),
    ]
    cols = [("dos", 40, 44, "L"), ("proc", 90, 32, "L"), ("mod", 126, 40, "L"), ("units", 168, 22, "R"),
            ("billed", 196, 52, "R"), ("allowed", 252, 52, "R"), ("ded", 308, 42, "R"), ("coins", 354, 44, "R"),
            ("adj", 410, 44, "L"), ("adjamt", 456, 50, "R"), ("rarc", 516, 40, "L"), ("paid", 560, 52, "R"),
            ("pr", 618, 52, "R")]
    heads = ["DOS", "Proc", "Mod", "Units", "Charged", "Allowed", "Deduct", "Coins", "Adj", "Adj Amt", "RARC",
             "Paid", "Pt Resp"]

    def furniture():
        doc.new_page()
        doc.text(40, 40, "TheraChart PM  -  Remittance Posting Detail", 12, True)
        doc.text(752, 40, f"Printed 02/04/2026 08:12  Page {doc.pno}", 7.5, align="R")
        doc.text(40, 53, "Practice: Riverbend Outpatient Rehab  |  Payer: Medicare Part B (J6 contractor)  |  "
                 "EFT 88104471 dated 01/30/2026  |  Batch 2026-0130-02", 7.5)
        doc.line(40, 58, 752, 58, 1)
        doc.y = 64

    def header():
        doc.rect(40, doc.y, 712, 14, fill=0.85, stroke=False)
        for (k, x, w, al), h in zip(cols, heads):
            doc.text(x + w if al == "R" else x, doc.y + 10, h, 7, True, al)
        doc.y += 16

    doc.on_break = lambda: (furniture(), header())
    furniture()
    for acct, icn, pat, status, rev, svcs in claims:
        for s in svcs:
            G.medicare(s, st, sequestration=True, deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
        if rev:
            svcs[:] = [G.negate(s) for s in svcs]
        rows = sum(max(1, len(s.adjs)) for s in svcs)
        doc.need(40 + rows * 9.5)
        top = doc.y
        b = doc.y + 12
        doc.text(46, b, f"Pt Acct # {acct}", 8, True)
        doc.text(190, b, f"Payer ICN {icn}", 8)
        doc.text(360, b, f"Patient: {pat}", 8, True)
        doc.text(560, b, f"Status: {status}", 8)
        doc.y += 18
        tots = dict(billed=G.total(svcs, "billed"), allowed=G.total(svcs, "allowed"), paid=G.total(svcs, "paid"),
                    patient_owes=G.total(svcs, "owes"))
        c = o.claim(acct, icn, pat, claim_totals(**tots))
        doc.mark(None, [("id", acct, "claim_id"), ("id", icn, "payer_claim_id"), ("id", pat, "patient")], [b], 8, claim=c)
        header()
        fm = lambda d: M(d, ",", "()")  # noqa: E731
        for s in svcs:
            v = {"dos": dfmt(s.dos, "mdy4"), "proc": s.code, "mod": " ".join(s.mods), "units": units_str(s.units),
                 "billed": fm(s.billed), "allowed": fm(s.allowed), "ded": fm(s.deductible), "coins": fm(s.coinsurance),
                 "adj": [f"{g}-{r}" for g, r, a in s.adjs], "adjamt": [fm(a) for g, r, a in s.adjs],
                 "rarc": " ".join(s.remarks), "paid": fm(s.paid), "pr": fm(s.owes)}
            base = K.cols_row(doc, cols, v, sz, 9.5)
            tl = truth_line(doc.pno, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                            printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                            adjustments=s.adjs, remarks=s.remarks, description=False)
            o.lines.append(tl)
            f = [("date", v["dos"], "%m/%d/%Y"), ("code", s.code, None), ("units", v["units"], None),
                 ("amt", v["billed"], "billed"), ("amt", v["allowed"], "allowed"), ("amt", v["ded"], "deductible"),
                 ("amt", v["coins"], "coinsurance"), ("amt", v["paid"], "paid"), ("amt", v["pr"], "patient_owes")]
            f += [("mod", m, k) for k, m in enumerate(s.mods)] + [("rmk", r, k) for k, r in enumerate(s.remarks)]
            for j, (g, r, a) in enumerate(s.adjs):
                f += [("adj", f"{g}-{r}", j), ("adjamt", fm(a), j)]
            doc.mark(tl, f, base, sz)
            doc.line(40, doc.y, 752, doc.y, 0.15)
        tv = {"mod": "Claim total", "billed": fm(tots["billed"]), "allowed": fm(tots["allowed"]),
              "paid": fm(tots["paid"]), "pr": fm(tots["patient_owes"])}
        base = K.cols_row(doc, cols, tv, sz, 10, bold=True)
        doc.mark(None, [("tot", tv["billed"], "billed"), ("tot", tv["allowed"], "allowed"), ("tot", tv["paid"], "paid"),
                        ("tot", tv["pr"], "patient_owes")], base, sz, claim=c)
        doc.rect(40, top, 712, doc.y - top + 3, lw=0.6)
        doc.y += 10
    doc.need(30)
    doc.text(40, doc.y + 10, "Posting summary: 4 claims, 1 reversal. Adjustment groups: CO contractual, PR patient "
             "responsibility. RARC codes per the remittance; see payer glossary.", 7.5)
    return doc, o, [], "reportlab", "PM remittance posting detail of a Medicare payment, DejaVu Sans Condensed"


# ================================================================================================ f1
@layout
def f1(out_dir, pad=0):
    doc = K.Doc(*LETTER, "LiberationSerif", top=30, bottom=56)
    o = Out()
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = [
        ("V-260105-118", "PSH2601A55810", "Nora Halloway-Brecht", [Svc(D(2026, 1, 5), "97166", 1, ("GO",)),
                                                                   Svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("V-260107-204", "PSH2601A56023", "Finn Halloway-Brecht", [Svc(D(2026, 1, 7), "92523", 1, ("GN",))]),
        ("V-260112-077", "PSH2601A58147", "Nora Halloway-Brecht", [Svc(D(2026, 1, 12), "97530", 2, ("GO",)),
                                                                   Svc(D(2026, 1, 12), "97533", 1, ("GO",)),
                                                                   Svc(D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("V-260114-031", "PSH2601A59902", "Finn Halloway-Brecht", [Svc(D(2026, 1, 14), "92507", 1, ("GN",))]),
        ("V-260115-160", "PSH2601A60311", "Edith Halloway", [Svc(D(2026, 1, 15), "97163", 1, ("GP",)),
                                                             Svc(D(2026, 1, 15), "97110", 2, ("GP",)),
                                                             Svc(D(2026, 1, 15), "97140", 1, ("GP",))]),
        ("V-260119-092", "PSH2601A61788", "Nora Halloway-Brecht", [Svc(D(2026, 1, 19), "97530", 3, ("GO",)),
                                                                   Svc(D(2026, 1, 19), "97112", 1, ("GO",))]),
        ("V-260121-140", "PSH2601A62015", "Finn Halloway-Brecht", [Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
                                                                   Svc(D(2026, 1, 21), "92526", 1, ("GN",),
                                                                       denied="PR")]),
        ("V-260122-011", "PSH2601A62450", "Edith Halloway", [Svc(D(2026, 1, 22), "97110", 3, ("GP",)),
                                                             Svc(D(2026, 1, 22), "97116", 1, ("GP",)),
                                                             Svc(D(2026, 1, 22), "97010", 1, ("GP",))]),
        ("V-260126-055", "PSH2601A63904", "Nora Halloway-Brecht", [Svc(D(2026, 1, 26), "97530", 2, ("GO",)),
                                                                   Svc(D(2026, 1, 26), "97168", 1, ("GO",))]),
        ("V-260128-198", "PSH2601A64117", "Gus Brecht", [Svc(D(2026, 1, 28), "97161", 1, ("GP",)),
                                                         Svc(D(2026, 1, 28), "97110", 2, ("GP", "59")),
                                                         Svc(D(2026, 1, 28), "97530", 1, ("GP",))]),
        ("V-260129-020", "PSH2601A64380", "Edith Halloway", [Svc(D(2026, 1, 29), "97110", 2, ("GP",)),
                                                             Svc(D(2026, 1, 29), "97140", 2, ("GP",)),
                                                             Svc(D(2026, 1, 29), "97112", 1, ("GP",)),
                                                             Svc(D(2026, 1, 29), "97530", 1, ("GP",)),
                                                             Svc(D(2026, 1, 29), "97035", 1, ("GP",))]),
        ("V-260130-045", "PSH2601A64802", "Finn Halloway-Brecht", [Svc(D(2026, 1, 30), "92507", 1, ("GN",))]),
        ("V-260130-061", "PSH2601A64833", "Gus Brecht", [Svc(D(2026, 1, 30), "97110", 2, ("GP",)),
                                                         Svc(D(2026, 1, 30), "97140", 1, ("GP",)),
                                                         Svc(D(2026, 1, 30), "97116", 1, ("GP",))]),
    ]
    cols = [("dos", 36, 46, "L"), ("pat", 84, 92, "L"), ("code", 178, 50, "L"), ("desc", 230, 130, "L"),
            ("qty", 360, 18, "R"), ("billed", 382, 48, "R"), ("paid", 434, 48, "R"), ("adj", 486, 48, "R"),
            ("bal", 538, 40, "R")]
    heads = ["Date", "Patient", "Code", "Description", "Qty", "Charges", "Ins Paid", "Adjustments", "Balance"]

    def furniture():
        doc.new_page()
        doc.text(36, 40, "Willow Creek Pediatric & Family Therapy", 13, True)
        doc.text(36, 52, "418 Juniper Row, Suite 200  -  Ashby Falls, VT 05490  -  (555) 017-3322", 8)
        doc.text(576, 40, "STATEMENT", 12, True, "R")
        doc.text(576, 52, f"Account 100482  -  Page {doc.pno} of 2", 8, align="R")
        doc.line(36, 58, 576, 58, 0.8)
        doc.y = 62

    def header():
        doc.line(36, doc.y, 576, doc.y, 0.4)
        for (k, x, w, al), h in zip(cols, heads):
            doc.text(x + w if al == "R" else x, doc.y + 10, h, 7.5, True, al)
        doc.y += 14
        doc.line(36, doc.y, 576, doc.y, 0.4)
        doc.y += 1

    cur = {}

    def brk():
        furniture()
        header()
        doc.text(36, doc.y + 9, f"Visit {cur['v']} continued - {cur['pat']}", 8, True)
        doc.y += 12

    doc.on_break = brk
    furniture()
    # tear-off stub
    doc.rect(36, 64, 540, 78)
    doc.text(44, 78, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", 7, True)
    doc.text(44, 92, "Guarantor: Miriam Halloway", 9)
    doc.text(44, 104, "27 Fieldstone Lane", 9)
    doc.text(44, 116, "Ashby Falls VT 05491", 9)
    doc.text(330, 92, "Account number:", 8)
    doc.text(440, 92, "100482", 9, True)
    doc.text(330, 104, "Statement date:", 8)
    doc.text(440, 104, "February 3, 2026", 9)
    doc.text(330, 116, "Amount due:", 8)
    doc.text(330, 128, "Amount enclosed: $__________", 8)
    doc.line(36, 150, 576, 150, 0.5)
    doc.text(306, 148, "- - - - - - - - - - - - - - - - fold here - - - - - - - - - - - - - - - -", 6, align="C")
    doc.y = 158
    pad_block(doc, 36, 540, pad, "Notes from our billing office")
    header()
    due = ZERO
    for vno, clm, pat, svcs in visits:
        for s in svcs:
            G.commercial(s, st, deny_reason="96")
            s.owes = s.billed - s.discount - s.paid
        cur.update(v=vno, pat=pat)
        doc.need(34)
        b = doc.y + 9
        doc.text(36, b, f"Visit {vno}  -  {pat}  -  billed to Pine State Health, claim {clm}", 8, True)
        doc.y += 12
        c = o.claim(vno, clm, pat)
        doc.mark(None, [("id", vno, "claim_id"), ("id", pat, "patient"), ("id", clm, "payer_claim_id")], [b], 8, claim=c)
        for s in svcs:
            d = K.wrap(s.desc, "LiberationSerif", 8, 126)
            s.desc = " ".join(d)
            doc.need(10 * len(d) + 2)
            v = {"dos": dfmt(s.dos, "mdy2"), "pat": pat.split()[0], "code": " ".join((s.code,) + s.mods), "desc": d,
                 "qty": units_str(s.units), "billed": M(s.billed, ","), "paid": M(s.paid, ","),
                 "adj": M(s.discount, ","), "bal": M(s.owes, ",")}
            base = K.cols_row(doc, cols, v, 8, 10)
            due += s.owes
            tl = truth_line(doc.pno, s, claim_id=vno, payer_claim_id=clm, patient=pat,
                            printed=("billed", "paid", "discount", "patient_owes"))
            o.lines.append(tl)
            f = [("date", v["dos"], "%m/%d/%y"), ("code", v["code"], None), ("units", v["qty"], None),
                 ("amt", v["billed"], "billed"), ("amt", v["paid"], "paid"), ("amt", v["adj"], "discount"),
                 ("amt", v["bal"], "patient_owes")]
            doc.mark(tl, f, base, 8)
        if vno in ("V-260112-077", "V-260122-011"):
            pay = Decimal("25.00")
            b = doc.y + 8
            doc.text(36, b, dfmt(svcs[0].dos + timedelta(days=1), "mdy2"), 8)
            doc.text(230, b, "Patient payment - thank you", 8, False)
            doc.text(578, b, M(-pay, ","), 8, align="R")
            doc.y += 11
            due -= pay
        doc.y += 3
    doc.need(80)
    doc.rect(36, doc.y + 6, 320, 44)
    for i, (a, b_) in enumerate([("Current", M(due)), ("31-60 days", "$0.00"), ("61-90 days", "$0.00"),
                                 ("Over 90", "$0.00")]):
        doc.text(44 + i * 78, doc.y + 22, a, 7.5, True)
        doc.text(44 + i * 78, doc.y + 38, b_, 8)
    doc.text(576, doc.y + 22, "PLEASE PAY THIS AMOUNT", 8, True, "R")
    doc.text(576, doc.y + 38, M(due), 12, True, "R")
    doc.pages[0].append(("t", 440, 116, M(due), 9, True, "L", "LiberationSerif"))
    doc.y += 60
    doc.text(36, doc.y, "Insurance has processed the visits above. Balances shown are your share under your plan.", 7.5)
    return doc, o, [], "reportlab", "therapy clinic family statement, Liberation Serif"


# ================================================================================================ f2
@layout
def f2(out_dir, pad=0):
    doc = K.Doc(*LETTER, "DejaVuSans", top=30, bottom=50)
    o = Out()
    accts = [
        ("HA7001448210", "Beatrix Lund", "Granite Valley Health Plan", "GVH-26-0014731", "Outpatient rehab",
         [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97140", 2, ("GO",)),
          Svc(D(2026, 1, 6), "97760", 1, ("GO",)), Svc(D(2026, 1, 6), "L3807", 1, ("LT",)),
          Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97018", 1, ("GO",)),
          Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97140", 1, ("GO",)),
          Svc(D(2026, 1, 20), "97018", 1, ("GO",)), Svc(D(2026, 1, 27), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 27), "97760", 1, ("GO",)), Svc(D(2026, 1, 27), "97018", 1, ("GO",))],
         Decimal("901.44"), Decimal("720.16")),
        ("HA7001452096", "Sven Lund", "Granite Valley Health Plan", "GVH-26-0015502", "Outpatient speech",
         [Svc(D(2026, 1, 8), "92610", 1, ()), Svc(D(2026, 1, 8), "92526", 1, ("GN",)),
          Svc(D(2026, 1, 15), "92526", 1, ("GN",)), Svc(D(2026, 1, 22), "92507", 1, ("GN",))],
         Decimal("401.20"), Decimal("218.80")),
        ("HA7001460731", "Pia Lund", "Granite Valley Health Plan", "GVH-26-0016944", "Outpatient rehab",
         [Svc(D(2026, 1, 9), "99203", 1, ()), Svc(D(2026, 1, 9), "97161", 1, ("GP",)),
          Svc(D(2026, 1, 9), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 16), "97112", 2, ("GP",)), Svc(D(2026, 1, 23), "97110", 3, ("GP",)),
          Svc(D(2026, 1, 23), "97530", 2, ("GP",)), Svc(D(2026, 1, 30), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 30), "97112", 1, ("GP",)), Svc(D(2026, 1, 30), "97530", 2, ("GP",))],
         Decimal("640.00"), Decimal("561.25")),
    ]
    REV = {"97165": "0434", "97140": "0430", "97760": "0430", "L3807": "0274", "97530": "0430", "97018": "0430",
           "92610": "0444", "92526": "0440", "92507": "0440", "99203": "0510", "97161": "0424", "97110": "0420",
           "97112": "0420"}
    cols = [("dos", 40, 50, "L"), ("rev", 94, 26, "L"), ("code", 124, 38, "L"), ("mod", 164, 22, "L"),
            ("desc", 190, 250, "L"), ("qty", 444, 24, "R"), ("billed", 480, 92, "R")]
    heads = ["Date", "Rev", "HCPCS", "Mod", "Description", "Qty", "Charges"]

    def furniture():
        doc.new_page()
        doc.text(40, 42, "St. Aldric Regional Medical Center", 13, True)
        doc.text(40, 54, "Patient Financial Services  -  900 Ridgeview Pkwy, Harlow, NH 03301", 7.5)
        doc.text(572, 42, f"Page {doc.pno} of 2", 8, align="R")
        doc.line(40, 60, 572, 60, 0.8)
        doc.text(306, 770, "Pay online at our patient portal or call (555) 019-4400, Mon-Fri 8-5.", 7, align="C")
        doc.y = 66

    def header():
        doc.rect(40, doc.y, 532, 14, fill=0.9, stroke=False)
        for (k, x, w, al), h in zip(cols, heads):
            doc.text(x + w if al == "R" else x, doc.y + 10, h, 7, True, al)
        doc.y += 17

    doc.on_break = lambda: (furniture(), header())
    furniture()
    # two-column header
    doc.text(40, 80, "Guarantor", 8, True)
    doc.text(40, 92, "Ingrid Lund", 9)
    doc.text(40, 103, "55 Quarry Hill Road", 9)
    doc.text(40, 114, "Harlow NH 03302", 9)
    doc.text(40, 130, "Guarantor no. G-0048821", 8)
    doc.rect(320, 72, 252, 70, fill=0.95)
    doc.text(328, 86, "Statement summary", 9, True)
    doc.text(328, 100, "Statement date: 02/05/2026", 8)
    doc.text(328, 112, "Accounts on this statement: 3", 8)
    doc.text(328, 124, "Due date: 03/07/2026", 8)
    doc.y = 152
    pad_block(doc, 40, 532, pad, "About this statement")
    due_all = ZERO
    for ha, pat, ins, clm, kind, svcs, ins_paid, ins_adj in accts:
        doc.need(90)
        doc.rect(40, doc.y, 532, 26, fill=0.97)
        b1 = doc.y + 10
        doc.text(44, b1, f"Patient: {pat}", 8.5, True)
        doc.text(350, b1, f"Hospital account: {ha}", 8)
        b2 = doc.y + 21
        doc.text(44, b2, f"{kind}  -  Primary insurance: {ins}", 7.5)
        doc.text(350, b2, f"Insurance claim no.: {clm}", 7.5)
        doc.y += 30
        tb = G.total(svcs, "billed")
        c = o.claim(ha, clm, pat, claim_totals(billed=tb))
        doc.mark(None, [("id", pat, "patient"), ("id", ha, "claim_id")], [b1], 8.5, claim=c)
        doc.mark(None, [("id", clm, "payer_claim_id")], [b2], 7.5, claim=c)
        header()
        for s in svcs:
            doc.need(11)
            v = {"dos": dfmt(s.dos, "mdy4"), "rev": REV[s.code], "code": s.code, "mod": " ".join(s.mods),
                 "desc": s.desc, "qty": units_str(s.units), "billed": M(s.billed, ",")}
            base = K.cols_row(doc, cols, v, 7.5, 10)
            tl = truth_line(doc.pno, s, claim_id=ha, payer_claim_id=clm, patient=pat, printed=("billed",))
            o.lines.append(tl)
            doc.mark(tl, [("date", v["dos"], "%m/%d/%Y"), ("code", s.code, None), ("units", v["qty"], None),
                          ("amt", v["billed"], "billed")] + [("mod", m, k) for k, m in enumerate(s.mods)], base, 7.5)
        doc.line(300, doc.y, 572, doc.y, 0.3)
        bal = tb - ins_paid - ins_adj
        due_all += bal
        rows = [("Total charges", M(tb, ","), True), (f"Insurance payment - {ins}", M(-ins_paid, ","), False),
                ("Insurance contractual adjustment", M(-ins_adj, ","), False), ("Account balance", M(bal, ","), True)]
        for i, (lab, a, bold) in enumerate(rows):
            doc.need(11)
            bb = doc.y + 9
            doc.text(300, bb, lab, 7.5, bold)
            doc.text(572, bb, a, 7.5, bold, "R")
            if i == 0:
                doc.mark(None, [("tot", a, "billed")], [bb], 7.5, claim=c)
            doc.y += 11
        doc.y += 10
    doc.need(40)
    doc.rect(320, doc.y, 252, 26, fill=0.85)
    doc.text(328, doc.y + 17, "Total amount due", 10, True)
    doc.text(566, doc.y + 17, M(due_all), 10, True, "R")
    doc.pages[0].append(("t", 328, 136, f"Amount due: {M(due_all)}", 8, True, "L", "DejaVuSans"))
    doc.y += 36
    return doc, o, [], "fpdf2", "hospital outpatient statement, DejaVu Sans"



# ================================================================================================ main
STATEMENT = {"f1"}


CONTINUE = {"m2", "r1", "r2", "f1", "f2"}  # layouts whose page-1 information box is sized so a claim runs on


def spans(o) -> bool:
    pages: dict = {}
    for ln in o.lines:
        pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    return any(len(v) > 1 for v in pages.values())


def build(fn, out):
    if fn.__name__ not in CONTINUE:
        return fn(out)
    for pad in range(0, 120, 4):
        res = fn(out, pad=pad)
        if spans(res[1]):
            print(f"{fn.__name__}: information box {pad}pt")
            return res
    raise RuntimeError(f"{fn.__name__}: no continued claim")


def write_all(out: Path):
    made = []
    for fn in LAYOUTS:
        doc, o, legend, producer, desc = build(fn, out)
        path = out / f"h195_{fn.__name__}.pdf"
        (K.render_rl if producer == "reportlab" else K.render_fpdf)(doc, path)
        for ln in o.lines:  # a reversed zero prints as 0.00: no "-0.00" in the truth
            for k in G.AMOUNT_KEYS:
                if ln.get(k) == "-0.00":
                    ln[k] = "0.00"
            for a in ln["adjustments"]:
                if a[2] == "-0.00":
                    a[2] = "0.00"
        write_truth(path, fn.__name__, producer, len(doc.pages), desc, o.lines, o.claims, legend)
        made.append((fn.__name__, path, doc, o))
    return made


def check(made) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    continued_files = 0
    for name, path, doc, o in made:
        E = lambda m, name=name: errs.append(f"{name}: {m}")  # noqa: E731
        truth = json.loads(Path(str(path) + ".truth.json").read_text())
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != truth["pages"] or len(pdf.pages) != len(doc.pages):
                E(f"page count {len(pdf.pages)} vs truth {truth['pages']}")
            words = [pg.extract_words(x_tolerance=1.5) for pg in pdf.pages]
        if truth["pages"] < 2:
            E("single page")
        cover: dict[int, set] = {}
        ccover: dict[int, set] = {}
        for mk in doc.marks:
            text = K.band_text(words[mk["page"] - 1], mk["y0"], mk["y1"])
            ln, cl = mk["line"], mk["claim"]
            for kind, printed, arg in mk["fields"]:
                where = f"p{mk['page']} {ln['code'] if ln else 'claim'} {kind} {printed!r}"
                if not K.has(text, printed):
                    E(f"{where} not in band text {text!r}")
                    continue
                try:
                    if kind == "date":
                        ok = K.parse_date(printed, arg) == ln["service_date"]
                    elif kind == "end":
                        ok = K.parse_date(printed, arg) == (ln["service_end"] or ln["service_date"])
                    elif kind == "code":
                        t = printed.strip("()").removeprefix("Code ")
                        toks = [x for x in re.split(r"[\s\-]+", t) if x]
                        ok = toks[0] == ln["code"] and (len(toks) == 1 or toks[1:] == ln["modifiers"])
                        if ok and toks[1:] == ln["modifiers"]:
                            cover.setdefault(id(ln), set()).add(("modsfull", None))
                    elif kind == "glued":
                        ok = printed == ln["code"] + "".join(ln["modifiers"])
                        cover.setdefault(id(ln), set()).add(("modsfull", None))
                    elif kind == "mod":
                        ok = ln["modifiers"][arg] == printed
                    elif kind == "units":
                        ok = K.units_str(Decimal(printed)) == ln["units"] if hasattr(K, "units_str") else \
                            units_str(Decimal(printed)) == ln["units"]
                    elif kind == "amt":
                        ok = ln[arg] is not None and K.parse_money(printed) == Decimal(ln[arg])
                    elif kind == "adj":
                        m = re.fullmatch(r"([A-Z]{2})-?(\w+)", printed)
                        ok = bool(m) and [m.group(1), m.group(2)] == ln["adjustments"][arg][:2]
                    elif kind == "adjamt":
                        ok = K.parse_money(printed) == Decimal(ln["adjustments"][arg][2])
                    elif kind == "rmk":
                        ok = ln["remarks"][arg] == printed
                    elif kind == "notes":
                        ok = printed.split(", ") == ln["remarks"]
                    elif kind == "id":
                        ok = cl[arg] == printed
                    elif kind == "tot":
                        ok = K.parse_money(printed) == Decimal(cl["totals"][arg])
                    else:
                        ok = False
                except Exception as ex:  # noqa: BLE001
                    ok = False
                    E(f"{where} raised {ex!r}")
                if not ok:
                    E(f"{where} does not match truth")
                key = (kind, arg)
                if ln is not None:
                    cover.setdefault(id(ln), set()).add(key)
                    if kind in ("code", "glued"):
                        if ln["page"] != mk["page"]:
                            E(f"{where} truth page {ln['page']} != {mk['page']}")
                if cl is not None:
                    ccover.setdefault(id(cl), set()).add(key)
        for ln in o.lines:
            cv = cover.get(id(ln), set())
            kinds = {k for k, _ in cv}
            tag = f"line {ln['page']} {ln['service_date']} {ln['code']}"
            if "date" not in kinds:
                E(f"{tag}: date not checked")
            if not kinds & {"code", "glued"}:
                E(f"{tag}: code not checked")
            if ("modsfull", None) not in cv and not all(("mod", i) in cv for i in range(len(ln["modifiers"]))):
                E(f"{tag}: modifiers not checked")
            if ln["units"] is not None and ("units", None) not in cv:
                E(f"{tag}: units not checked")
            for k in G.AMOUNT_KEYS:
                if ln.get(k) is not None and ("amt", k) not in cv:
                    E(f"{tag}: {k} not checked")
            for i, a in enumerate(ln["adjustments"]):
                if ("adj", i) not in cv or (a[2] is not None and ("adjamt", i) not in cv):
                    E(f"{tag}: adjustment {i} not checked")
            if ln["remarks"] and not (("notes", None) in cv or all(("rmk", i) in cv for i in range(len(ln["remarks"])))):
                E(f"{tag}: remarks not checked")
            # arithmetic
            d = lambda k, ln=ln: Decimal(ln[k]) if ln.get(k) is not None else None  # noqa: E731
            if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]) and d("billed") is not None \
                    and d("paid") is not None:
                if d("billed") - sum(Decimal(a[2]) for a in ln["adjustments"]) != d("paid"):
                    E(f"{tag}: billed - adjustments != paid")
            if name not in STATEMENT and all(d(k) is not None for k in ("allowed", "paid", "deductible", "coinsurance")):
                if d("allowed") - d("deductible") - (d("copay") or ZERO) - d("coinsurance") != d("paid") \
                        and not ln["adjustments"]:
                    E(f"{tag}: allowed - member share != paid")
            if name in STATEMENT:
                if d("billed") - d("discount") - d("paid") != d("patient_owes"):
                    E(f"{tag}: statement arithmetic")
        keys = [(c["claim_id"], c["payer_claim_id"]) for c in o.claims]
        if len(set(keys)) != len(keys):
            E("claims not unique")
        lkeys = {(ln["claim_id"], ln["payer_claim_id"]) for ln in o.lines}
        if lkeys != set(keys):
            E("claims do not match lines")
        cont = False
        for c in o.claims:
            cv = ccover.get(id(c), set())
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] is not None and ("id", k) not in cv:
                    E(f"claim {c['payer_claim_id']}: {k} not checked")
            ls = [ln for ln in o.lines if (ln["claim_id"], ln["payer_claim_id"]) == (c["claim_id"], c["payer_claim_id"])]
            if any(ln["patient"] != c["patient"] for ln in ls):
                E(f"claim {c['payer_claim_id']}: patient differs from lines")
            if len({ln["page"] for ln in ls}) > 1:
                cont = True
            for k, v in (c["totals"] or {}).items():
                if v is None:
                    continue
                if ("tot", k) not in cv:
                    E(f"claim {c['payer_claim_id']}: total {k} not checked")
                if sum((Decimal(ln[k]) for ln in ls), Decimal("0.00")) != Decimal(v):
                    E(f"claim {c['payer_claim_id']}: lines do not sum to total {k}")
        continued_files += cont
        print(f"{name}: {truth['producer']:9} pages={truth['pages']} lines={len(o.lines)} claims={len(o.claims)}"
              f" patients={len({c['patient'] for c in o.claims})} continued={cont}")
    if continued_files < 3:
        errs.append(f"only {continued_files} files carry a claim continued across pages")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout195_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = write_all(out)
    print(f"wrote {len(made)} PDFs to {out}")
    if "--check" in argv:
        errs = check(made)
        for e in errs:
            print("CHECK FAIL", e)
        print("check:", "FAILED" if errs else "OK", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
