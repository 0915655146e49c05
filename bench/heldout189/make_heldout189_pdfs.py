"""Write the 189th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten documents, two
of each of the five commonest real kinds (commercial member EOBs, Medicare Summary Notice / Medicare Advantage
member EOB, state Medicaid remittance advices, Medicare-style remits from a practice-management system or a
clearinghouse, family statements from a therapy clinic and a hospital), each in a house style of its own.

Run:  python bench/heldout189/make_heldout189_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout189/make_heldout189_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (by the person measuring the reader, not by this author)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Helper module: bench/heldout189/pdfkit189.py (one list of drawing operations rendered by reportlab or fpdf2,
plus the text-row extraction used by --check). Plan arithmetic and the truth format come from
samples/pdf/eobgen.py (imported; a few extra codes are added to its invented fee tables at run time).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity prints); claim_id = the provider's own account / patient-control /
invoice number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person
who got the service; "LAST, FIRST" or "LAST FIRST" where the page prints it so). Every name, number, payer,
provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  k1  commercial member EOB to a subscriber, portrait Liberation Sans: shaded claim bands "Patient: ... (Daughter)
      / Provider / Claim number / Patient account", two-line column heads "Service date / Service code / Units /
      Amount billed / Network discount / Allowed amount / Not covered / Deductible / Copay / Coinsurance / Plan
      paid / Your cost / Remark", code and modifiers spaced ("97535 GO 59"), each service with a second small
      description line, a not-covered line, three family members, a long OT claim running onto page 2 with the
      band "continued from previous page" and the column heads repeated, remark legend (reportlab)
  k2  union/trust-fund "Benefit Statement", portrait core Times: boxed claim heads (Patient / Claim # / Provider /
      "Your provider's acct #"), "Date / Service / Code / Qty / Billed / Plan Discount / Not Covered / Plan Paid /
      You Owe / Note", long descriptions wrapping onto a second line, hyphen-joined "97166-GO" and "L3807-RT",
      a denied evaluation, numeric notes; PLANTED claim-total mismatch in one "You Owe" total (fpdf2)
  m1  Medicare Summary Notice Part B, portrait core Times: deductible and "Total You May Be Billed" boxes, claims
      per provider with "Claim Number:", date sub-headings "Jan 5, 2026", service rows "2 Therapeutic exercises
      (97110-GP-KX)" (leading count = units), "Service Approved?" Yes/No, $ amounts, notes letters, provider
      account not printed (claim_id null), notes on page 2 (reportlab)
  m2  Medicare Advantage PPO monthly member EOB, landscape Liberation Sans with a grey left sidebar (member, plan,
      out-of-pocket): "Date of service / What was done / Proc / Mod / Qty / Amount billed / Plan approved / Plan
      paid / Copay / Coins. / Your total share / Note", modifiers comma-joined "GP,KX" / "GP,CQ", per-visit copay,
      truncated descriptions, a CO-denied test, a 26-line claim running onto page 2 with NO repeated heading (fpdf2)
  r1  state Medicaid provider remittance advice, landscape DejaVu Sans Condensed: RA number / pay cycle heading
      on every page, PAID / DENIED / CREDITED sections, grey claim bars "Beneficiary Name / Beneficiary ID /
      Patient Account # / ICN / Status", "Ln / Svc Date From / Svc Date To / Procedure / Modifiers / Units /
      Billed Amt / Approved Amt / TPL Amt / Copay Amt / Paid Amt / Adj Grp/Rsn ("CO/45") / Adj Amt / Remark",
      weekly date spans with summed units, a credited (reversed) claim with leading-minus amounts, claims
      summary; a long claim continued on page 2 with the bar "(cont.)" and column heads repeated (reportlab)
  r2  state Medicaid practitioner remittance statement, portrait DejaVu Sans Mono, all caps: one row per service
      with CLIENT NAME ("CALLOWAY JUNE") / CLIENT ID / OFFICE ACCT NO / DATE OF SERVICE (mm/dd/yy) / TCN /
      PROC/MOD / UNITS / CHARGED / PAID / STATUS / ERRORS (5-digit edit codes), original claims then an
      ADJUSTMENTS / VOIDS section with a void row "-160.00", no per-claim totals (fpdf2)
  p1  practice-management "ERA REMITTANCE REPORT" of a Medicare Part B payment, portrait Liberation Mono: "PT: LAST,
      FIRST  ACCT#  PAYER CLM#" and "CLM STATUS: 1 PROCESSED AS PRIMARY" heads, "FROM THRU CPT MODS UNT CHARGE
      ALLOWED DEDUCT COINS PAID" rows, adjustments on their own "ADJ: CO-45 ... PR-2 ... CO-253 ..." sub-row with
      the remark, CLAIM TOTAL and PATIENT RESP rows, a status-22 reversal claim with leading minus (reportlab)
  p2  clearinghouse "Electronic Remittance Advice - Provider Copy" of a Medicare payment, landscape Liberation Sans,
      full ruled grid: payee / payment boxes, boxed claim strip (Patient Name / Patient Ctrl No / Payer Claim Ctrl
      No / Claim Status / Charge / Payment / Pt Resp), "Line / Service Date / Procedure / Modifiers / Units /
      Billed / Allowed / Deductible / Coinsurance / Adj Group / Reason / Adj Amount / RARC / Paid", each adjustment
      on its own row inside the line's cell, CO modifier with RARC, a bundled denial, a 14-line claim continued on
      page 2 with the strip "(continued)" and grid heads repeated (fpdf2)
  s1  pediatric therapy clinic guarantor statement, portrait core Helvetica: logo text and a boxed statement panel,
      a flat ledger "Date / Patient / Inv # / Code / Description / Units / Charge / Ins. Paid / Ins. Adj. / Balance"
      for three children, glued "97535GO59", truncated descriptions, a denied line left to the family, card
      payments as non-service rows in parentheses, Amount Due; no payer claim numbers (reportlab)
  s2  hospital "Family Statement", portrait DejaVu Sans: one account per family member (shaded head with Patient /
      Account # / dates / insurer claim #), "Service Date / Rev / CPT/HCPCS / Mod / Description / Qty / Charges",
      long descriptions wrapping, line charges only, insurer payment / contractual adjustment / balance at account
      level, a 24-line OT account continued on page 2 with its head "(continued)" and the columns repeated (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line ONE text row of its
page (pdfplumber words grouped by baseline) that holds its code, modifiers, units and every printed amount, with
its adjustment group/reason/amount and remark codes on that row or the three rows under it; service dates on
the page; ids and patient in the document's text; the documents' own arithmetic (billed - discount - not
covered = allowed; allowed - deductible - copay - coinsurance = paid where printed and no sequestration;
billed - discount - paid = you owe on covered lines; billed - adjustments = paid where every adjustment prints
with its amount); printed claim totals equal the sum of their lines except the one planted mismatch, which is
declared; at least five claims run over a page break in the layouts meant to; two producers; multi-page files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as G  # noqa: E402
from eobgen import Svc, PlanState, commercial, medicare, medicaid, negate, money, dfmt, units_str  # noqa: E402
from pdfkit189 import Doc, Cols, render_reportlab, render_fpdf, page_lines, amounts_in, numbers_in  # noqa: E402

D = Decimal
# a few extra codes, our own prices and words
G.FEE.update({"97533": "98.00", "97018": "30.00", "99214": "210.00", "97162": "235.00", "97542": "88.00",
              "97750": "140.00", "92610": "260.00", "97164": "120.00"})
G.SCHED.update({"97533": "39.10", "97018": "4.52", "99214": "121.40", "97162": "101.12", "97542": "33.05",
                "97750": "36.20", "92610": "118.77", "97164": "68.80"})
G.DESC.update({"97533": "Sensory integration techniques", "97018": "Paraffin bath", "99214": "Office visit, moderate",
               "97162": "PT evaluation, moderate complexity", "97542": "Wheelchair management training",
               "97750": "Physical performance test", "92610": "Swallowing function evaluation",
               "97164": "PT re-evaluation"})
LONG = dict(G.LONG_DESC)
LONG.update({"97533": "Sensory integration activities to improve response to touch and movement, per 15 min",
             "92507": "Individual speech, language and voice treatment session",
             "97112": "Neuromuscular re-education for balance, coordination and posture, each 15 minutes",
             "92610": "Clinical evaluation of swallowing function, bedside study",
             "97542": "Wheelchair management and propulsion training, each 15 minutes"})


def d(m, dd):
    return date(2026, m, dd)


def wrap(text, n):
    words, out, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return out


class Rec:
    def __init__(self):
        self.lines, self.claims, self.meta = [], [], []

    def add(self, doc, s, claim, printed, **kw):
        all_adj = kw.pop("all_adj", False)
        row = G.truth_line(doc.page, s, claim_id=claim["claim_id"], payer_claim_id=claim["payer_claim_id"],
                           patient=claim["patient"], printed=printed, **kw)
        self.lines.append(row)
        self.meta.append({"all_adj": all_adj})
        return row

    def claim(self, c, totals=None):
        self.claims.append({"claim_id": c["claim_id"], "payer_claim_id": c["payer_claim_id"],
                            "patient": c["patient"], "totals": totals or G.claim_totals()})


def cl(claim_id, payer_claim_id, patient):
    return {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient}


def footers(doc, fmt, font, size=7, y=None, x=None, align="r"):
    n = len(doc.pages)
    for i, pg in enumerate(doc.pages, 1):
        pg.append(("t", x if x is not None else doc.w - 36, y if y is not None else doc.h - 24,
                   fmt.format(i=i, n=n), font, size, align))


def M(v, neg="-"):
    return money(v, ",", neg)


def tot(svcs, attr):
    return sum((getattr(s, attr) for s in svcs), D("0"))


# ====================================================================================== k1 commercial EOB
def lay_k1():
    doc = Doc(612, 792, top=40, bottom=56)
    R = Rec()
    F, B = "LibSans", "LibSans-B"
    cols = Cols([("dt", "Service\ndate", 36, "l"), ("svc", "Service\ncode", 78, "l"), ("u", "Units", 142, "r"),
                 ("bil", "Amount\nbilled", 186, "r"), ("dis", "Network\ndiscount", 226, "r"),
                 ("alw", "Allowed\namount", 266, "r"), ("nc", "Not\ncovered", 302, "r"),
                 ("ded", "Deduct-\nible", 340, "r"), ("cop", "Copay", 374, "r"), ("coi", "Coins-\nurance", 412, "r"),
                 ("pp", "Plan\npaid", 452, "r"), ("yc", "Your\ncost", 492, "r"), ("rm", "Remark", 504, "l")],
                F, B, 6.8)
    doc.text(36, 52, "SUMMIT CREST", B, 17)
    doc.text(36, 64, "HEALTH PLAN  |  PPO Select", F, 8)
    doc.text(576, 50, "Explanation of Benefits", B, 14, "r")
    doc.text(576, 63, "THIS IS NOT A BILL", B, 9, "r")
    doc.text(36, 96, "HAROLD VANCE-OKAFOR", F, 9)
    doc.text(36, 107, "2290 QUILLMARK TERRACE APT 4", F, 9)
    doc.text(36, 118, "FENWICK HOLLOW, OR 97499", F, 9)
    doc.rect(350, 84, 226, 58)
    for i, (a, b) in enumerate([("Statement date", "February 3, 2026"), ("Subscriber", "Harold Vance-Okafor"),
                                ("Member ID", "SCX448201937"), ("Group", "77120  Lakeview Tool & Die"),
                                ("Member services", "1-800-555-0142")]):
        doc.text(356, 95 + i * 10.5, a + ":", B, 7.5)
        doc.text(440, 95 + i * 10.5, b, F, 7.5)
    doc.rect(36, 152, 540, 34, fill=0.93, stroke=False)
    doc.text(42, 164, "Family deductible (in network): $1,500.00   Met so far: $1,350.00   Remaining: $150.00", F, 8)
    doc.text(42, 177, "Family out-of-pocket maximum: $6,000.00   Met so far: $1,912.40", F, 8)
    doc.y = 206
    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), copay_codes={"99213": D("35.00")})
    claims = [
        (cl("BWT-30118", "2603188041201", "Nora Vance-Okafor"), "Daughter", "Brightwater Pediatric Therapy",
         [Svc(d(1, 5), "97165", 1, ("GO",)), Svc(d(1, 5), "97530", 2, ("GO",)),
          Svc(d(1, 8), "97530", 3, ("GO",)), Svc(d(1, 8), "97533", 2, ("GO",), denied="PR"),
          Svc(d(1, 12), "97530", 2, ("GO",)), Svc(d(1, 12), "97535", 2, ("GO", "59")),
          Svc(d(1, 15), "97530", 3, ("GO",)), Svc(d(1, 15), "97112", 1, ("GO",)),
          Svc(d(1, 19), "97530", 2, ("GO",)), Svc(d(1, 19), "97110", 2, ("GO", "59")),
          Svc(d(1, 22), "97530", 3, ("GO",)), Svc(d(1, 22), "97140", 1, ("GO",))]),
        (cl("RV-771204", "2603188055902", "Harold Vance-Okafor"), "Subscriber", "Ridgeview Family Medicine",
         [Svc(d(1, 14), "99213", 1), Svc(d(1, 14), "G0283", 1)]),
        (cl("CSP-0091847", "2603188067313", "Tobias Vance-Okafor"), "Son", "Cascade Sports & Spine PT",
         [Svc(d(1, 9), "97161", 1, ("GP",)), Svc(d(1, 9), "97110", 2, ("GP",)), Svc(d(1, 16), "97110", 2, ("GP",)),
          Svc(d(1, 16), "97140", 1, ("GP", "59")), Svc(d(1, 23), "97112", 2, ("GP",)),
          Svc(d(1, 23), "97018", 1, ("GP",), denied="CO")]),
    ]
    rem = {"97533": ["S14"], "97018": ["S22"], "97165": [], "99213": ["S03"]}
    for c, rel, prov, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = list(rem.get(s.code, []))

        def band(cont=False):
            doc.rect(36, doc.y - 9, 540, 24, fill=0.86, stroke=False)
            doc.text(40, doc.y, f"Patient: {c['patient']} ({rel})" + ("   - continued from previous page" if cont else ""), B, 8)
            doc.text(340, doc.y, f"Provider: {prov}", F, 8)
            doc.text(40, doc.y + 11, f"Claim number: {c['payer_claim_id']}    Patient account: {c['claim_id']}"
                     "    Processed: 01/29/26    In network", F, 7.5)
            doc.y += 28
            cols.header(doc)
            doc.line(36, doc.y - 6, 576, doc.y - 6, 0.4)
            doc.y += 3

        def newpage():
            doc.new_page()
            doc.text(36, 40, "Summit Crest Health Plan  -  Explanation of Benefits  -  Member ID SCX448201937", F, 7.5)
            doc.y = 62

        if not doc.room(90):
            newpage()
        band()
        for s in svcs:
            if not doc.room(22):
                newpage()
                band(cont=True)
            cols.row(doc, {"dt": dfmt(s.dos, "mdy2"), "svc": " ".join((s.code,) + s.mods), "u": units_str(s.units),
                           "bil": M(s.billed), "dis": M(s.discount), "alw": M(s.allowed), "nc": M(s.not_covered),
                           "ded": M(s.deductible), "cop": M(s.copay), "coi": M(s.coinsurance), "pp": M(s.paid),
                           "yc": M(s.owes), "rm": " ".join(s.remarks)}, lead=8.5)
            doc.text(78, doc.y, s.desc, F, 6.3)
            doc.y += 10
            R.add(doc, s, c, ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                              "paid", "patient_owes"), remarks=s.remarks)
        doc.line(36, doc.y - 6, 576, doc.y - 6, 0.4)
        T = {k: tot(svcs, k) for k in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                      "coinsurance", "paid", "owes")}
        cols.row(doc, {"dt": "Claim totals", "bil": M(T["billed"]), "dis": M(T["discount"]), "alw": M(T["allowed"]),
                       "nc": M(T["not_covered"]), "ded": M(T["deductible"]), "cop": M(T["copay"]),
                       "coi": M(T["coinsurance"]), "pp": M(T["paid"]), "yc": M(T["owes"])}, font=B, lead=20)
        R.claim(c, G.claim_totals(T["billed"], T["allowed"], T["paid"], T["owes"]))
    legend = [("S03", "Your plan sets a fixed copay for this kind of office visit."),
              ("S14", "This therapy technique is not a covered benefit under your plan; the provider may bill you."),
              ("S22", "Included in the payment for another service that day; the provider may not bill you.")]
    if not doc.room(80):
        doc.new_page()
    doc.y += 6
    doc.text(36, doc.y, "Remark codes", B, 9)
    doc.y += 12
    for k, v in legend:
        doc.text(36, doc.y, k, B, 7.5)
        doc.text(64, doc.y, v, F, 7.5)
        doc.y += 10
    doc.y += 6
    doc.text(36, doc.y, "You have 180 days from the date of this statement to ask us to review any decision shown above.", F, 7.5)
    footers(doc, "Page {i} of {n}", F)
    return doc, "reportlab", R, legend, [], "commercial member EOB, portrait Liberation Sans, shaded claim bands"


# ====================================================================================== k2 commercial EOB
def lay_k2():
    doc = Doc(612, 792, top=42, bottom=60)
    R = Rec()
    F, B = "Times-Roman", "Times-Bold"
    cols = Cols([("dt", "Date", 40, "l"), ("svc", "Service", 84, "l"), ("code", "Code", 232, "l"), ("q", "Qty", 290, "r"),
                 ("bil", "Billed", 338, "r"), ("dis", "Plan Discount", 392, "r"), ("nc", "Not Covered", 444, "r"),
                 ("pp", "Plan Paid", 494, "r"), ("yo", "You Owe", 540, "r"), ("nt", "Note", 548, "l")], F, B, 8)
    doc.text(40, 50, "Riverbend Mutual Benefit Association", B, 15)
    doc.text(40, 63, "Employee Health Trust  -  Benefit Statement for Members", F, 9)
    doc.text(572, 50, "Benefit Statement", B, 12, "r")
    doc.text(572, 62, "Keep for your records. This is not a bill.", F, 8, "r")
    doc.line(40, 72, 572, 72, 1.2)
    doc.text(40, 90, "Prepared for: Celeste Adeyemi-Bergstrom", F, 9)
    doc.text(40, 101, "Member no. RMB-0633-817-20     Plan: Trust Plan B (PPO)     Statement period: 01/01/2026 - 01/31/2026", F, 9)
    doc.text(40, 112, "Family members covered: Celeste, Lucas, Ines and Marcus Adeyemi-Bergstrom", F, 9)
    doc.y = 134
    st = PlanState(ded_left=D("0"), coins_rate=D("0.10"), allowed_rate=D("0.78"))
    claims = [
        (cl("NHT88213", "RB-26-0093321", "Lucas Adeyemi-Bergstrom"), "Northfield Hand & Upper Limb Therapy",
         [Svc(d(1, 6), "97166", 1, ("GO",)), Svc(d(1, 6), "97760", 2, ("GO",)), Svc(d(1, 6), "L3807", 1, ("RT",)),
          Svc(d(1, 13), "97140", 2, ("GO",)), Svc(d(1, 13), "97110", 2, ("GO",)), Svc(d(1, 20), "97530", 2, ("GO",))]),
        (cl("SPK-5520147", "RB-26-0097014", "Ines Adeyemi-Bergstrom"), "Speakwell Language Center",
         [Svc(d(1, 7), "92523", 1), Svc(d(1, 14), "92507", 1, ("GN",)), Svc(d(1, 21), "92507", 1, ("GN",)),
          Svc(d(1, 28), "92507", 1, ("GN",)), Svc(d(1, 28), "92610", 1, denied="PR")]),
        (cl("NHT88296", "RB-26-0101877", "Marcus Adeyemi-Bergstrom"), "Northfield Hand & Upper Limb Therapy",
         [Svc(d(1, 22), "97165", 1, ("GO",)), Svc(d(1, 22), "97112", 2, ("GO",))]),
    ]
    notes = {"L3807": ["4"], "92610": ["9"]}
    findings = []
    for ci, (c, prov, svcs) in enumerate(claims):
        for s in svcs:
            commercial(s, st, deny_reason="50")
            s.remarks = notes.get(s.code, [])
            s.desc = LONG.get(s.code, s.desc)
        if not doc.room(80):
            doc.new_page()
        doc.rect(40, doc.y - 10, 532, 28)
        doc.text(46, doc.y, f"Patient: {c['patient']}", B, 9)
        doc.text(300, doc.y, f"Claim # {c['payer_claim_id']}", B, 9)
        doc.text(46, doc.y + 12, f"Provider: {prov}     Your provider's acct #: {c['claim_id']}", F, 8.5)
        doc.y += 34
        cols.header(doc)
        doc.line(40, doc.y - 7, 572, doc.y - 7, 0.5)
        doc.y += 3
        for s in svcs:
            parts = wrap(s.desc, 34)
            if not doc.room(10 * len(parts) + 4):
                doc.new_page()
                cols.header(doc)
                doc.y += 3
            cols.row(doc, {"dt": dfmt(s.dos, "mdy4"), "svc": parts[0], "code": "-".join((s.code,) + s.mods),
                           "q": units_str(s.units), "bil": M(s.billed), "dis": M(s.discount), "nc": M(s.not_covered),
                           "pp": M(s.paid), "yo": M(s.owes), "nt": ",".join(s.remarks)}, lead=10)
            R.add(doc, s, c, ("billed", "discount", "not_covered", "paid", "patient_owes"), remarks=s.remarks)
            for p in parts[1:]:
                doc.text(84, doc.y, p, F, 8)
                doc.y += 10
            doc.y += 2
        T = {k: tot(svcs, k) for k in ("billed", "discount", "not_covered", "paid", "owes")}
        owes_printed = T["owes"]
        if ci == 1:
            owes_printed = T["owes"] + D("10.00")
            findings.append(f"claim-total-mismatch claim {c['payer_claim_id']}: printed You Owe total "
                            f"{owes_printed:.2f} but the lines add up to {T['owes']:.2f}")
        doc.line(300, doc.y - 7, 572, doc.y - 7, 0.5)
        cols.row(doc, {"code": "Claim total", "bil": M(T["billed"]), "dis": M(T["discount"]), "nc": M(T["not_covered"]),
                       "pp": M(T["paid"]), "yo": M(owes_printed)}, font=B, lead=22)
        R.claim(c, G.claim_totals(T["billed"], None, T["paid"], owes_printed))
    legend = [("4", "Supply item priced from the plan's device fee list."),
              ("9", "The plan did not find this evaluation medically needed; you may be billed for it.")]
    doc.text(40, doc.y, "Notes", B, 10)
    doc.y += 12
    for k, v in legend:
        doc.text(40, doc.y, f"{k}  {v}", F, 8.5)
        doc.y += 11
    footers(doc, "Riverbend Mutual Benefit Association   |   Page {i} of {n}", F, 7.5, x=306, align="c")
    return doc, "fpdf2", R, legend, findings, "commercial benefit statement, portrait Times, boxed claim heads"


# ====================================================================================== m1 MSN
def lay_m1():
    doc = Doc(612, 792, top=40, bottom=60)
    R = Rec()
    F, B = "Times-Roman", "Times-Bold"
    pt = "Eulalia M. Brandvold"
    doc.text(40, 52, "Medicare Summary Notice for Part B (Medical Insurance)", B, 15)
    doc.text(40, 68, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", F, 9)
    doc.text(40, 92, "EULALIA M. BRANDVOLD", F, 10)
    doc.text(40, 104, "88 WINTERGREEN LOOP", F, 10)
    doc.text(40, 116, "HALVERSEN, MN 56099", F, 10)
    doc.rect(360, 80, 212, 62)
    doc.text(368, 92, "Notice for " + pt, B, 9)
    doc.text(368, 104, "Medicare Number  XXXX-XX4-MK72", F, 9)
    doc.text(368, 116, "Date of This Notice  February 9, 2026", F, 9)
    doc.text(368, 128, "Claims Processed Between", F, 9)
    doc.text(368, 139, "November 10, 2025 - February 8, 2026", F, 9)
    st = PlanState(ded_left=D("120.00"), coins_rate=D("0.20"))
    claims = [
        ("Larkspur Lane Rehabilitation, 402 Depot St, Halversen, MN 56099", "26-01903-448-210",
         [Svc(d(1, 5), "97163", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)),
          Svc(d(1, 7), "97110", 2, ("GP",)), Svc(d(1, 7), "97112", 1, ("GP",)), Svc(d(1, 7), "97140", 1, ("GP", "59")),
          Svc(d(1, 12), "97110", 2, ("GP", "KX")), Svc(d(1, 12), "97116", 2, ("GP", "KX")),
          Svc(d(1, 12), "0552T", 1, ("GP",), denied="PR")]),
        ("Northwoods Occupational Therapy Associates, 17 Pine Ct, Lakeport, MN 56102", "26-02114-390-077",
         [Svc(d(1, 20), "97167", 1, ("GO",)), Svc(d(1, 20), "97535", 2, ("GO",)),
          Svc(d(1, 27), "97530", 3, ("GO", "KX")), Svc(d(1, 27), "97760", 1, ("GO",)),
          Svc(d(1, 27), "L3807", 1, ("RT",))]),
    ]
    note = {"0552T": ["C"], "97140": ["B"], "L3807": ["D"]}
    doc.y = 162
    doc.rect(40, doc.y, 250, 60)
    doc.text(48, doc.y + 14, "Your Deductible Status", B, 11)
    doc.text(48, doc.y + 28, "Your deductible is what you must pay for", F, 9)
    doc.text(48, doc.y + 39, "most health services before Medicare begins", F, 9)
    doc.text(48, doc.y + 50, "to pay. You have now met your 2026 deductible.", F, 9)
    allsv = [s for _, _, sv in claims for s in sv]
    for _, _, sv in claims:
        for s in sv:
            medicare(s, st, deny_reason="96")
            s.remarks = note.get(s.code, []) + (["A"] if s.deductible else [])
    doc.rect(320, doc.y, 252, 60)
    doc.text(328, doc.y + 14, "Total You May Be Billed", B, 11)
    doc.text(564, doc.y + 14, money(tot(allsv, "owes")), B, 11, "r")
    doc.text(328, doc.y + 32, "Did Medicare Approve All Services?  NO", B, 10)
    doc.text(328, doc.y + 46, "Number of Claims Processed  2", F, 10)
    doc.y += 86
    doc.text(40, doc.y, "Your Claims & Costs This Period", B, 13)
    doc.y += 18
    cols = Cols([("sv", "Service Provided &\nBilling Code", 40, "l"), ("ap", "Service\nApproved?", 306, "c"),
                 ("ch", "Amount\nProvider\nCharged", 384, "r"), ("ma", "Medicare-\nApproved\nAmount", 440, "r"),
                 ("mp", "Medicare\nPaid\nProvider", 496, "r"), ("mx", "Maximum\nYou May\nBe Billed", 548, "r"),
                 ("nt", "See\nNotes", 556, "l")], F, B, 8.5)
    for prov, icn, svcs in claims:
        def head(cont=False):
            doc.text(40, doc.y, prov.split(",")[0] + (" (continued)" if cont else ""), B, 10)
            if not cont:
                doc.y += 11
                doc.text(40, doc.y, ", ".join(prov.split(",")[1:]).strip(), F, 9)
            doc.y += 11
            doc.text(40, doc.y, f"Claim Number: {icn}", F, 9)
            doc.y += 16
            cols.header(doc, lead=9.5)
            doc.line(40, doc.y - 6, 572, doc.y - 6, 0.8)
            doc.y += 4
        if not doc.room(120):
            doc.new_page()
        head()
        cur = None
        for s in svcs:
            label = f"{units_str(s.units)} {s.desc} ({'-'.join((s.code,) + s.mods)})"
            parts = wrap(label, 60) if len(label) > 60 else [label]
            need = 12 * len(parts) + (14 if s.dos != cur else 0)
            if not doc.room(need):
                doc.new_page()
                head(cont=True)
                cur = None
            if s.dos != cur:
                doc.text(40, doc.y, dfmt(s.dos, "mon"), B, 9)
                doc.y += 12
                cur = s.dos
            # the code and money sit on the line that ends with the code in brackets
            for p in parts[:-1]:
                doc.text(48, doc.y, p, F, 9)
                doc.y += 11
            cols.row(doc, {"sv": "", "ap": "No" if s.denied else "Yes", "ch": money(s.billed), "ma": money(s.allowed),
                           "mp": money(s.paid), "mx": money(s.owes), "nt": ", ".join(s.remarks)}, size=9, lead=0)
            doc.text(48, doc.y, parts[-1], F, 9)
            doc.y += 12
            R.add(doc, s, cl(None, icn, pt), ("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks,
                  description=True, overrides={"description": label.rsplit(" (", 1)[0].split(" ", 1)[1]})
        doc.line(40, doc.y - 7, 572, doc.y - 7, 0.5)
        T = {k: tot(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        cols.row(doc, {"sv": f"Total for Claim {icn}", "ch": money(T["billed"]), "ma": money(T["allowed"]),
                       "mp": money(T["paid"]), "mx": money(T["owes"])}, font=B, size=9, lead=24)
        R.claim(cl(None, icn, pt), G.claim_totals(T["billed"], T["allowed"], T["paid"], T["owes"]))
    legend = [("A", "This approved amount went toward your yearly Part B deductible."),
              ("B", "A separate procedure was done at the same visit, so it was paid on its own."),
              ("C", "Medicare does not pay for this treatment; you signed a notice saying you would pay."),
              ("D", "The device price comes from the supplier fee list for your state.")]
    if not doc.room(110):
        doc.new_page()
    doc.text(40, doc.y, "Notes for Claims Above", B, 12)
    doc.y += 14
    for k, v in legend:
        doc.text(40, doc.y, f"{k}  {v}", F, 9)
        doc.y += 12
    doc.y += 8
    doc.text(40, doc.y, "If you disagree with a decision, you may file an appeal within 120 days of the date of this notice.", F, 9)
    footers(doc, "Page {i} of {n}", F, 8, y=770)
    for i, pg in enumerate(doc.pages):
        pg.append(("t", 40, 770, "EULALIA M. BRANDVOLD  |  Medicare Number XXXX-XX4-MK72", F, 8, "l"))
    return doc, "reportlab", R, legend, [], "Medicare Summary Notice Part B, portrait Times"


# ====================================================================================== m2 MA EOB
def lay_m2():
    doc = Doc(792, 612, top=40, bottom=48)
    R = Rec()
    F, B = "LibSans", "LibSans-B"
    pt = "Bartholomew K. Iwasaki-Lund"
    X0 = 218

    def sidebar(first):
        doc.rect(28, 30, 176, 552, fill=0.92, stroke=False)
        doc.text(36, 50, "CARDINAL RIDGE", B, 13)
        doc.text(36, 62, "Medicare Advantage (PPO)", F, 9)
        y = 86
        for a, b in [("Member", pt), ("Member ID", "CRM 6620 1187 03"), ("Plan", "H9917-004 Cardinal Choice"),
                     ("Statement", "January 2026")]:
            doc.text(36, y, a, B, 8)
            doc.text(36, y + 10, b, F, 8)
            y += 26
        if first:
            y += 6
            doc.text(36, y, "Your out-of-pocket costs", B, 9)
            for a, b in [("This month", "$160.00"), ("Year to date", "$160.00"), ("Yearly limit", "$5,900.00")]:
                y += 12
                doc.text(36, y, a, F, 8)
                doc.text(196, y, b, F, 8, "r")
            y += 26
            doc.text(36, y, "Questions? Call Member Services", B, 8)
            doc.text(36, y + 10, "1-866-555-0177 (TTY 711)", F, 8)
            doc.text(36, y + 20, "8 a.m. - 8 p.m., 7 days a week", F, 8)

    cols = Cols([("dt", "Date of\nservice", X0, "l"), ("sv", "What was done", X0 + 46, "l"), ("cd", "Proc", X0 + 206, "l"),
                 ("md", "Mod", X0 + 236, "l"), ("q", "Qty", X0 + 278, "r"), ("bil", "Amount\nbilled", X0 + 322, "r"),
                 ("alw", "Plan\napproved", X0 + 366, "r"), ("pp", "Plan\npaid", X0 + 408, "r"),
                 ("cp", "Copay", X0 + 446, "r"), ("ci", "Coins.", X0 + 484, "r"), ("yo", "Your total\nshare", X0 + 528, "r"),
                 ("nt", "Note", X0 + 536, "l")], F, B, 7.6)
    sidebar(True)
    doc.text(X0, 50, "Your Explanation of Benefits", B, 15)
    doc.text(X0, 64, "Medical claims we processed in January 2026. This is not a bill.", F, 9)
    doc.y = 88
    st = PlanState(visit_copay=D("20.00"), allowed_rate=D("0.47"))
    claims = [
        (cl("0048-2261", "2026-01-455731-00", pt), "Brookfield Internal Medicine (in network)",
         [Svc(d(1, 2), "99214", 1), Svc(d(1, 2), "G0283", 1)]),
        (cl("LOR-77120", "2026-01-448190-00", pt), "Larchmont Outpatient Rehab (in network)",
         [Svc(d(1, 5), "97162", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)),
          Svc(d(1, 7), "97110", 2, ("GP",)), Svc(d(1, 7), "97112", 2, ("GP",)), Svc(d(1, 7), "97140", 1, ("GP", "59")),
          Svc(d(1, 9), "97110", 3, ("GP",)), Svc(d(1, 9), "97116", 1, ("GP",)),
          Svc(d(1, 12), "97110", 2, ("GP",)), Svc(d(1, 12), "97112", 2, ("GP",)), Svc(d(1, 12), "G0283", 1, ("GP",)),
          Svc(d(1, 14), "97110", 2, ("GP", "CQ")), Svc(d(1, 14), "97530", 1, ("GP", "CQ")),
          Svc(d(1, 16), "97110", 2, ("GP", "CQ")), Svc(d(1, 16), "97116", 2, ("GP",)),
          Svc(d(1, 19), "97110", 2, ("GP",)), Svc(d(1, 19), "97140", 1, ("GP", "59")),
          Svc(d(1, 21), "97164", 1, ("GP",)), Svc(d(1, 21), "97750", 1, ("GP",), denied="CO"),
          Svc(d(1, 23), "97110", 2, ("GP", "KX")), Svc(d(1, 23), "97112", 1, ("GP", "KX")),
          Svc(d(1, 26), "97110", 2, ("GP", "KX")), Svc(d(1, 26), "97530", 2, ("GP", "KX")),
          Svc(d(1, 28), "97110", 2, ("GP", "KX")), Svc(d(1, 28), "97116", 1, ("GP", "KX")),
          Svc(d(1, 30), "97110", 2, ("GP", "KX")), Svc(d(1, 30), "97140", 1, ("GP", "KX"))]),
    ]
    for c, prov, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="151")
            s.remarks = ["7"] if s.denied else (["3"] if "CQ" in s.mods else [])
        if not doc.room(60):
            doc.new_page()
            sidebar(False)
        doc.line(X0, doc.y - 10, 764, doc.y - 10, 1.0)
        doc.text(X0, doc.y, f"Claim {c['payer_claim_id']}", B, 9.5)
        doc.text(X0 + 150, doc.y, f"Provider: {prov}", F, 8.5)
        doc.text(X0 + 400, doc.y, f"Provider ref: {c['claim_id']}", F, 8.5)
        doc.y += 11
        doc.text(X0, doc.y, f"Patient: {pt}     Status: Processed 02/02/2026", F, 8)
        doc.y += 16
        cols.header(doc, lead=8.6)
        doc.y += 3
        for s in svcs:
            if not doc.room(14):
                doc.new_page()
                sidebar(False)
                doc.y = 50  # the rows simply carry on, no repeated heading
            cols.row(doc, {"dt": dfmt(s.dos, "mdy4"), "sv": s.desc[:30], "cd": s.code, "md": ",".join(s.mods),
                           "q": units_str(s.units), "bil": money(s.billed), "alw": money(s.allowed),
                           "pp": money(s.paid), "cp": money(s.copay), "ci": money(s.coinsurance), "yo": money(s.owes),
                           "nt": ",".join(s.remarks)}, lead=14)
            R.add(doc, s, c, ("billed", "allowed", "paid", "copay", "coinsurance", "patient_owes"),
                  remarks=s.remarks, overrides={"description": s.desc[:30]})
        T = {k: tot(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        doc.line(X0 + 280, doc.y - 7, 764, doc.y - 7, 0.5)
        cols.row(doc, {"sv": "Claim total", "bil": money(T["billed"]), "alw": money(T["allowed"]),
                       "pp": money(T["paid"]), "yo": money(T["owes"])}, font=B, lead=24)
        R.claim(c, G.claim_totals(T["billed"], T["allowed"], T["paid"], T["owes"]))
    legend = [("3", "Service given by a therapy assistant; the plan pays a reduced rate."),
              ("7", "Testing on the same day as a re-evaluation is part of the re-evaluation; do not pay this."),
              ]
    doc.text(X0, doc.y, "Notes", B, 10)
    doc.y += 12
    for k, v in legend:
        doc.text(X0, doc.y, f"{k}   {v}", F, 8)
        doc.y += 11
    footers(doc, "Page {i} of {n}", F, 7.5, x=764, y=596)
    return doc, "fpdf2", R, legend, [], "Medicare Advantage member EOB, landscape Liberation Sans, left sidebar"


# ====================================================================================== r1 Medicaid RA
def lay_r1():
    doc = Doc(792, 612, top=36, bottom=40)
    R = Rec()
    F, B = "DVCond", "DVCond-B"
    cols = Cols([("ln", "Ln", 40, "l"), ("fr", "Svc Date\nFrom", 58, "l"), ("to", "Svc Date\nTo", 108, "l"),
                 ("pc", "Procedure", 158, "l"), ("md", "Modifiers", 206, "l"), ("u", "Units", 270, "r"),
                 ("bil", "Billed Amt", 326, "r"), ("ap", "Approved Amt", 386, "r"), ("tpl", "TPL Amt", 432, "r"),
                 ("cp", "Copay Amt", 478, "r"), ("pd", "Paid Amt", 532, "r"), ("ag", "Adj Grp/Rsn", 548, "l"),
                 ("aa", "Adj Amt", 656, "r"), ("rk", "Remark", 670, "l")], F, B, 7.4)

    def page_head():
        doc.text(40, 44, "COMMONWEALTH OF EASTMARCH  -  MEDICAL ASSISTANCE PROGRAM", B, 11)
        doc.text(40, 56, "Provider Remittance Advice", F, 9)
        doc.text(752, 44, "RA Number 2026021400177", F, 8, "r")
        doc.text(752, 55, "RA Date 02/14/2026   Pay Cycle W07", F, 8, "r")
        doc.text(40, 70, "Billing Provider: Tidewater Children's Therapy Cooperative   Billing Provider ID 0049921003"
                 "   NPI 1548203391", F, 8)
        doc.line(40, 76, 752, 76, 0.8)
        doc.y = 92

    page_head()
    paid = [
        (cl("EM-55342", "2126039004421", "HOLLOWAY, ABEL"), "700418839",
         [(Svc(d(1, 7), "92523", 1, ("GN",)), None), (Svc(d(1, 14), "92507", 4, ("GN",)), d(1, 28))]),
        (cl("EM-55377", "2126039004436", "ESPINAL-ROURKE, TEO"), "700522016",
         [(Svc(d(1, 8), "97161", 1, ("GP",)), None), (Svc(d(1, 13), "97110", 6, ("GP",)), d(1, 27)),
          (Svc(d(1, 13), "97116", 4, ("GP",)), d(1, 27)), (Svc(d(1, 13), "97018", 3, ("GP",)), d(1, 27))]),
        (cl("EM-55363", "2126039004429", "PAKKALA, WILHELMINA"), "700471195",
         [(Svc(d(1, 6), "97163", 1, ("GP",)), None), (Svc(d(1, 7), "97110", 4, ("GP",)), d(1, 21)),
          (Svc(d(1, 7), "97116", 2, ("GP",)), d(1, 21))]),
        (cl("EM-55310", "2126039004417", "HOLLOWAY, JUNIPER"), "700418822",
         [(Svc(d(1, 5), "97166", 1, ("GO",)), None)] +
         [(Svc(d(1, a), c_, u_, m_), d(1, a + 4)) for a in (5, 12, 19, 26)
          for c_, u_, m_ in (("97530", 8, ("GO",)), ("97533", 4, ("GO",)), ("97535", 3, ("GO", "59")),
                             ("97112", 2, ("GO",)))] + [(Svc(d(1, 30), "97168", 1, ("GO",)), None)]),
    ]
    denied = [(cl("EM-55390", "2126039004502", "MBEKI-STRAND, ODALYS"), "700611474",
               [(Svc(d(1, 9), "97533", 4, ("GO",), denied="CO"), None),
                (Svc(d(1, 9), "97530", 2, ("GO", "59"), denied="CO"), None)])]
    orig = [(Svc(d(12, 1), "92507", 1, ("GN",)), None), (Svc(d(12, 8), "92507", 1, ("GN",)), None)]
    for s, _ in orig:
        s.dos = date(2025, 12, s.dos.day)
        medicaid(s)
    credit = [(cl("EM-54901", "2126039004610", "HOLLOWAY, ABEL"), "700418839", [(negate(s), e) for s, e in orig])]
    for grp in (paid, denied):
        for _, _, lines in grp:
            for s, _ in lines:
                medicaid(s, deny_reason="96" if s.code == "97533" else "B15")
    for s, _ in [x for _, _, ls in denied for x in ls]:
        s.remarks = ["N54"] if s.code == "97533" else ["M80"]
    for s, _ in [x for _, _, ls in paid for x in ls]:
        if s.code == "97018":
            s.remarks = ["N20"]
    summary = []
    for title, grp, status in (("PAID CLAIMS", paid, "Paid"), ("DENIED CLAIMS", denied, "Denied"),
                               ("CREDITED CLAIMS (REVERSALS OF EARLIER PAYMENTS)", credit, "Credited")):
        if not doc.room(80):
            doc.new_page()
            page_head()
        doc.text(40, doc.y, title, B, 9.5)
        doc.y += 14
        cnt, tb, ta = 0, D("0"), D("0")
        for c, bid, lines in grp:
            def chead(cont=False):
                doc.rect(40, doc.y - 9, 712, 13, fill=0.9, stroke=False)
                doc.text(44, doc.y, f"Beneficiary Name: {c['patient']}", B, 7.6)
                doc.text(236, doc.y, f"Beneficiary ID: {bid}", F, 7.6)
                doc.text(360, doc.y, f"Patient Account #: {c['claim_id']}", F, 7.6)
                doc.text(510, doc.y, f"ICN: {c['payer_claim_id']}", F, 7.6)
                doc.text(640, doc.y, f"Status: {status}" + ("  (cont.)" if cont else ""), F, 7.6)
                doc.y += 15
                cols.header(doc, lead=8.4)
                doc.line(40, doc.y - 6, 752, doc.y - 6, 0.4)
                doc.y += 2
            if not doc.room(60):
                doc.new_page()
                page_head()
            chead()
            for i, (s, end) in enumerate(lines, 1):
                if not doc.room(13):
                    doc.new_page()
                    page_head()
                    chead(cont=True)
                a = s.adjs[0] if s.adjs else None
                cols.row(doc, {"ln": str(i), "fr": dfmt(s.dos, "mdy4"), "to": dfmt(end or s.dos, "mdy4"), "pc": s.code,
                               "md": " ".join(s.mods), "u": units_str(abs(s.units)), "bil": M(s.billed),
                               "ap": M(s.allowed), "tpl": M(D(0)), "cp": M(s.copay), "pd": M(s.paid),
                               "ag": f"{a[0]}/{a[1]}" if a else "", "aa": M(a[2]) if a else "",
                               "rk": " ".join(s.remarks)}, lead=13)
                R.add(doc, s, c, ("billed", "allowed", "copay", "paid"), service_end=end, adjustments=s.adjs,
                      remarks=s.remarks, description=False, all_adj=True)
            svcs = [s for s, _ in lines]
            T = {k: tot(svcs, k) for k in ("billed", "allowed", "paid")}
            doc.line(280, doc.y - 7, 540, doc.y - 7, 0.4)
            cols.row(doc, {"md": "Claim Totals", "bil": M(T["billed"]), "ap": M(T["allowed"]), "pd": M(T["paid"])},
                     font=B, lead=18)
            R.claim(c, G.claim_totals(T["billed"], T["allowed"], T["paid"], None))
            cnt += 1
            tb += T["billed"]
            ta += T["allowed"]
        summary.append((status, cnt, tb, ta))
    if not doc.room(90):
        doc.new_page()
        page_head()
    doc.text(40, doc.y, "CLAIMS SUMMARY", B, 9.5)
    doc.y += 12
    for i, h in enumerate(("Status", "Count", "Total Billed Amount", "Total Approved Amount")):
        doc.text([40, 160, 290, 420][i], doc.y, h, B, 8, "l" if i == 0 else "r")
    doc.y += 11
    for st_, n, tb, ta in summary:
        doc.text(40, doc.y, st_, F, 8)
        doc.text(160, doc.y, str(n), F, 8, "r")
        doc.text(290, doc.y, M(tb), F, 8, "r")
        doc.text(420, doc.y, M(ta), F, 8, "r")
        doc.y += 10
    legend = [("N54", "Program rule: this technique is not in the therapy benefit for this age group."),
              ("M80", "Not paid when billed alongside the denied service on the same date."),
              ("N20", "Paid at the modality rate; no separate payment for the supply.")]
    doc.y += 6
    for k, v in legend:
        doc.text(40, doc.y, f"{k}  {v}", F, 7.5)
        doc.y += 10
    footers(doc, "Page {i} of {n}", F, 7.5, x=752, y=594)
    return doc, "reportlab", R, legend, [], "state Medicaid RA, landscape DejaVu Sans Condensed"


# ====================================================================================== r2 Medicaid RA
def lay_r2():
    doc = Doc(612, 792, top=36, bottom=44)
    R = Rec()
    F, B = "DVMono", "DVMono-B"
    sz = 6.6
    cols = Cols([("nm", "CLIENT NAME", 28, "l"), ("cid", "CLIENT ID", 118, "l"), ("oan", "OFFICE ACCT NO", 166, "l"),
                 ("dos", "DATE OF\nSERVICE", 230, "l"), ("tcn", "TCN", 270, "l"), ("pc", "PROC/MOD", 344, "l"),
                 ("u", "UNITS", 410, "r"), ("ch", "CHARGED", 456, "r"), ("pd", "PAID", 500, "r"),
                 ("stt", "STATUS", 506, "l"), ("er", "ERRORS", 538, "l")], F, B, sz)

    def page_head():
        doc.text(28, 40, "STATE OF NORTH WESSEX  DEPARTMENT OF FAMILY HEALTH  MEDICAL ASSISTANCE", B, 8)
        doc.text(28, 50, "REMITTANCE STATEMENT - PRACTITIONER CLAIMS", F, 8)
        doc.text(584, 40, f"CYCLE 1447   DATE 02/18/26", F, 7, "r")
        doc.text(28, 62, "PROV ID 02288157  RIVERSTONE SPEECH AND OCCUPATIONAL THERAPY LLC  NPI 1720049983", F, 7)
        doc.line(28, 67, 584, 67, 0.5)
        doc.y = 80
        cols.header(doc, lead=8)
        doc.line(28, doc.y - 5, 584, doc.y - 5, 0.5)
        doc.y += 3

    page_head()
    fam = [("CALLOWAY JUNE", "QK48815R", "RSOT-1182"), ("CALLOWAY PERRIN", "QK48816R", "RSOT-1183"),
           ("VANTERPOOL ASA", "ZM10427T", "RSOT-1207"), ("OYELARAN-DUFF MIRA", "PL33081S", "RSOT-1215")]
    plan = [
        (0, "2605300118470", [("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",)),
                              ("92526", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (1, "2605300118471", [("97165", 1, ("GO",)), ("97530", 2, ("GO",)), ("97530", 2, ("GO",)), ("97530", 3, ("GO",)),
                              ("97533", 2, ("GO",)), ("97530", 2, ("GO",)), ("97535", 2, ("GO",)), ("97530", 2, ("GO",))]),
        (2, "2605300118502", [("97162", 1, ("GP",)), ("97110", 2, ("GP",)), ("97112", 2, ("GP",)), ("97110", 2, ("GP",)),
                              ("97140", 1, ("GP", "59"))]),
        (3, "2605300118533", [("92523", 1, ()), ("92507", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",)),
                              ("92507", 1, ("GN",))]),
    ]
    days = [5, 7, 12, 14, 19, 21, 26, 28]
    total_c, total_p = D("0"), D("0")
    groups = []
    for k, (fi, tcn, items) in enumerate(plan):
        nm, cid, oan = fam[fi]
        c = cl(oan, tcn, nm)
        svcs = []
        for j, (code, u, mods) in enumerate(items):
            s = Svc(d(1, days[j] + (k % 2)), code, u, mods, denied="CO" if code in ("97533",) else None)
            medicaid(s, deny_reason="96")
            s.remarks = ["00254"] if s.denied else ([] if s.paid == s.billed else ["00342"])
            svcs.append(s)
        groups.append((c, cid, svcs, "ORIGINAL CLAIMS"))
    void_src = Svc(date(2025, 12, 16), "92507", 1, ("GN",))
    medicaid(void_src)
    void = negate(void_src)
    void.remarks = ["00187"]
    groups.append((cl("RSOT-1099", "2605300118611", "CALLOWAY JUNE"), "QK48815R", [void], "ADJUSTMENTS / VOIDS"))
    section = None
    for c, cid, svcs, sec in groups:
        if sec != section:
            if not doc.room(24):
                doc.new_page()
                page_head()
            doc.text(28, doc.y + 2, f"*** {sec} ***", B, 7)
            doc.y += 13
            section = sec
        for s in svcs:
            if not doc.room(10):
                doc.new_page()
                page_head()
            cols.row(doc, {"nm": c["patient"], "cid": cid, "oan": c["claim_id"], "dos": dfmt(s.dos, "mdy2"),
                           "tcn": c["payer_claim_id"], "pc": " ".join((s.code,) + s.mods), "u": units_str(abs(s.units)),
                           "ch": money(s.billed, "", "-"), "pd": money(s.paid, "", "-"),
                           "stt": "VOID" if s.billed < 0 else ("DENY" if s.denied else "PAID"),
                           "er": " ".join(s.remarks)}, size=sz, lead=9.6)
            R.add(doc, s, c, ("billed", "paid"), remarks=s.remarks, description=False)
        R.claim(c)
        total_c += tot(svcs, "billed")
        total_p += tot(svcs, "paid")
    doc.y += 8
    doc.text(28, doc.y, f"TOTAL CHARGED {money(total_c, '', '-')}    TOTAL PAID {money(total_p, '', '-')}"
             f"    NET PAYMENT {money(total_p, '', '-')}", B, 7)
    doc.y += 16
    legend = [("00254", "SERVICE TYPE NOT IN THE CLIENT'S APPROVED TREATMENT PLAN"),
              ("00342", "PAID AT THE PROGRAM FEE, LOWER THAN THE AMOUNT CHARGED"),
              ("00187", "EARLIER PAYMENT TAKEN BACK AT PROVIDER REQUEST")]
    if not doc.room(50):
        doc.new_page()
        page_head()
    doc.text(28, doc.y, "ERROR CODE DESCRIPTIONS", B, 7)
    doc.y += 10
    for k, v in legend:
        doc.text(28, doc.y, f"{k}  {v}", F, 6.8)
        doc.y += 9
    footers(doc, "PAGE {i:>3} OF {n:>3}", F, 7, x=584, y=50)
    return doc, "fpdf2", R, legend, [], "state Medicaid practitioner remittance statement, portrait DejaVu Sans Mono"


# ====================================================================================== p1 PM remit
def lay_p1():
    doc = Doc(612, 792, top=36, bottom=44)
    R = Rec()
    F, B = "LibMono", "LibMono-B"
    sz = 7.2
    cw = sz * 0.6

    def at(col):
        return 30 + col * cw

    def head():
        doc.text(at(0), 40, "OAKHOLLOW PRACTICE SYSTEMS  v11.4            ERA REMITTANCE REPORT", B, sz)
        doc.text(at(0), 50, "PAYER : MIDLANDS MEDICARE SERVICES - PART B     PAYER ID 04412", F, sz)
        doc.text(at(0), 60, "PAYEE : CEDARLINE THERAPY GROUP PC             NPI 1396620078", F, sz)
        doc.text(at(0), 70, "EFT # : 8840221573        EFT DATE: 02/10/2026  EFT AMT: see totals", F, sz)
        doc.line(30, 75, 582, 75, 0.5)
        doc.text(at(0), 86, "FROM       THRU       CPT   MODS   UNT   CHARGE  ALLOWED  DEDUCT    COINS     PAID", B, sz)
        doc.line(30, 90, 582, 90, 0.5)
        doc.y = 102

    head()
    st = PlanState(ded_left=D("45.00"))
    claims = [
        (cl("CTG-4410", "5526019004471", "WHITCOMB, ELEANOR R"), "1", "PROCESSED AS PRIMARY",
         [Svc(d(1, 6), "97110", 3, ("GP", "KX")), Svc(d(1, 6), "97140", 1, ("GP", "59")),
          Svc(d(1, 8), "97110", 2, ("GP", "KX")), Svc(d(1, 8), "97112", 2, ("GP", "KX")),
          Svc(d(1, 13), "97110", 2, ("GP", "CQ")), Svc(d(1, 13), "97530", 1, ("GP", "CQ"))]),
        (cl("CTG-4427", "5526019004522", "DOUCETTE, RAYMOND"), "1", "PROCESSED AS PRIMARY",
         [Svc(d(1, 7), "97168", 1, ("GO",)), Svc(d(1, 7), "97535", 2, ("GO",)),
          Svc(d(1, 14), "97530", 2, ("GO",)), Svc(d(1, 14), "97760", 1, ("GO",))]),
        (cl("CTG-4431", "5526019004538", "PALLISER-NGATA, HOPE"), "1", "PROCESSED AS PRIMARY",
         [Svc(d(1, 9), "92523", 1, ("GN",)), Svc(d(1, 16), "92507", 1, ("GN",)), Svc(d(1, 23), "92507", 1, ("GN",)),
          Svc(d(1, 23), "92526", 1, ("GN",), denied="CO")]),
    ]
    for c, _, _, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["M15"]
    prev = [Svc(date(2025, 12, 10), "97110", 2, ("GP",)), Svc(date(2025, 12, 10), "97112", 1, ("GP",))]
    for s in prev:
        medicare(s, PlanState())
        s.remarks = ["MA67"]
    claims.append((cl("CTG-3988", "5525349001187", "WHITCOMB, ELEANOR R"), "22", "REVERSAL OF PRIOR PAYMENT",
                   [negate(s) for s in prev]))
    for c, code, status, svcs in claims:
        if not doc.room(60):
            doc.new_page()
            head()
        doc.text(at(0), doc.y, f"PT: {c['patient']:<24} ACCT#: {c['claim_id']:<10} PAYER CLM#: {c['payer_claim_id']}", B, sz)
        doc.y += 10
        doc.text(at(0), doc.y, f"    CLM STATUS: {code} {status}   MBI: ****-***-{c['payer_claim_id'][-4:]}", F, sz)
        doc.y += 12
        for s in svcs:
            need = 10 + 10 * ((len(s.adjs) + 2) // 3)
            if not doc.room(need):
                doc.new_page()
                head()
                doc.text(at(0), doc.y, f"PT: {c['patient']:<24} ACCT#: {c['claim_id']:<10} (CONTINUED)", B, sz)
                doc.y += 12
            mods = " ".join(s.mods)
            line = (f"{dfmt(s.dos, 'mdy4')} {dfmt(s.dos, 'mdy4')} {s.code:<5} {mods:<6} {units_str(abs(s.units)):>3}"
                    f" {money(s.billed, '', '-'):>8} {money(s.allowed, '', '-'):>8} {money(s.deductible, '', '-'):>7}"
                    f" {money(s.coinsurance, '', '-'):>8} {money(s.paid, '', '-'):>8}")
            doc.text(at(0), doc.y, line, F, sz)
            doc.y += 10
            adjs = [f"{g}-{r} {money(a, '', '-')}" for g, r, a in s.adjs]
            for i in range(0, len(adjs), 3):
                tail = ("   RMK " + " ".join(s.remarks)) if (i == 0 and s.remarks) else ""
                doc.text(at(0), doc.y, "      ADJ: " + "   ".join(adjs[i:i + 3]) + tail, F, sz)
                doc.y += 10
            R.add(doc, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks, description=False, all_adj=True)
        T = {k: tot(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        doc.text(at(0), doc.y, f"CLAIM TOTAL                           {money(T['billed'], '', '-'):>8} "
                 f"{money(T['allowed'], '', '-'):>8} {money(T['deductible'], '', '-'):>7} "
                 f"{money(T['coinsurance'], '', '-'):>8} {money(T['paid'], '', '-'):>8}", B, sz)
        doc.y += 10
        doc.text(at(0), doc.y, f"PATIENT RESP {money(T['owes'], '', '-')}", F, sz)
        doc.y += 16
        R.claim(c, G.claim_totals(T["billed"], T["allowed"], T["paid"], T["owes"]))
    legend = [("M15", "BUNDLED WITH ANOTHER SERVICE BILLED THE SAME DAY"),
              ("MA67", "CORRECTED CLAIM; THE FIRST PAYMENT IS TAKEN BACK")]
    if not doc.room(50):
        doc.new_page()
        head()
    doc.text(at(0), doc.y, "REMARK CODE GLOSSARY", B, sz)
    doc.y += 10
    for k, v in legend:
        doc.text(at(0), doc.y, f"{k:<6}{v}", F, sz)
        doc.y += 10
    footers(doc, "PAGE {i} OF {n}", F, sz, x=582, y=40)
    return doc, "reportlab", R, legend, [], "PM-system ERA remittance report, portrait Liberation Mono"


# ====================================================================================== p2 clearinghouse remit
def lay_p2():
    doc = Doc(792, 612, top=36, bottom=40)
    R = Rec()
    F, B = "LibSans", "LibSans-B"
    X = [34, 56, 108, 150, 196, 226, 280, 332, 380, 428, 470, 500, 556, 606, 658]
    heads = ["Line", "Service Date", "Procedure", "Modifiers", "Units", "Billed", "Allowed", "Deductible",
             "Coinsurance", "Adj Group", "Reason", "Adj Amount", "RARC", "Paid"]

    def grid_header():
        doc.rect(34, doc.y - 9, 724, 13, fill=0.85)
        for i, h in enumerate(heads):
            xr = X[i + 1] - 3
            if i in (4, 5, 6, 7, 8, 11, 13):
                doc.text(xr if i != 13 else 754, doc.y, h, B, 7, "r")
            else:
                doc.text(X[i] + 3, doc.y, h, B, 7)
        doc.y += 13

    def top():
        doc.text(34, 46, "TRELLISGATE CLAIMS NETWORK", B, 12)
        doc.text(34, 57, "Electronic Remittance Advice  -  Provider Copy", F, 8.5)
        doc.text(758, 46, "Payer: Medicare Part B - Eastern Plains Contractor", F, 8, "r")
        doc.text(758, 57, "Trace No. 1TRG26020500419   Payment Date 02/05/2026", F, 8, "r")
        doc.line(34, 63, 758, 63, 1)
        doc.y = 80

    top()
    doc.rect(34, 70, 350, 40)
    doc.text(40, 81, "PAYEE", B, 7)
    doc.text(40, 92, "Marrowstone Rehab & Wellness LLC   NPI 1184470326", F, 8.5)
    doc.text(40, 103, "1907 Foundry Row, Suite 300, Pell City, KS 66299", F, 8.5)
    doc.rect(394, 70, 364, 40)
    doc.text(400, 81, "PAYMENT", B, 7)
    doc.text(400, 92, "Method: ACH   Check/EFT No. 004418820   Claims in this remittance: 3", F, 8.5)
    doc.y = 126
    st = PlanState(ded_left=D("0"))
    claims = [
        (cl("MRW-260105-08", "22603700118204", "Quennell, Agatha B"), "1 - Processed as Primary",
         [Svc(d(1, 5), "97163", 1, ("GP",)), Svc(d(1, 5), "97110", 2, ("GP",)), Svc(d(1, 7), "97110", 2, ("GP",)),
          Svc(d(1, 7), "97112", 2, ("GP",)), Svc(d(1, 9), "97110", 2, ("GP",)), Svc(d(1, 9), "97116", 2, ("GP",)),
          Svc(d(1, 12), "97110", 2, ("GP", "KX")), Svc(d(1, 12), "97140", 1, ("GP", "59")),
          Svc(d(1, 14), "97110", 2, ("GP", "KX")), Svc(d(1, 14), "97112", 1, ("GP", "KX")),
          Svc(d(1, 16), "97110", 2, ("GP", "KX")), Svc(d(1, 16), "97530", 2, ("GP", "KX")),
          Svc(d(1, 19), "97110", 2, ("GP", "KX")), Svc(d(1, 19), "97116", 1, ("GP", "KX"))]),
        (cl("MRW-260112-02", "22603700118377", "Fairweather, Odell"), "1 - Processed as Primary",
         [Svc(d(1, 12), "97166", 1, ("GO",)), Svc(d(1, 12), "97535", 2, ("GO",)),
          Svc(d(1, 15), "97530", 2, ("GO", "CO")), Svc(d(1, 15), "G0283", 1, ("GO",), denied="CO")]),
        (cl("MRW-260120-11", "22603700118412", "Quennell, Harlan T"), "1 - Processed as Primary",
         [Svc(d(1, 20), "92610", 1, ("GN",)), Svc(d(1, 22), "92526", 1, ("GN",)), Svc(d(1, 27), "92507", 1, ("GN",))]),
    ]
    for c, _, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="97")
            if "CO" in s.mods:
                s.remarks = ["N809"]
            if s.denied:
                s.remarks = ["M15"]
    for c, status, svcs in claims:
        def strip(cont=False):
            T = {k: tot(svcs, k) for k in ("billed", "paid", "owes")}
            doc.rect(34, doc.y - 10, 724, 28)
            labels = [("Patient Name", c["patient"], 38), ("Patient Ctrl No", c["claim_id"], 190),
                      ("Payer Claim Ctrl No", c["payer_claim_id"], 300), ("Claim Status", status, 420),
                      ("Charge", M(T["billed"]), 540), ("Payment", M(T["paid"]), 610), ("Pt Resp", M(T["owes"]), 690)]
            if cont:
                labels = labels[:4] + [("", "(continued)", 540)]
            for lab, val, x in labels:
                doc.text(x, doc.y - 1, lab, F, 6.5)
                doc.text(x, doc.y + 11, val, B, 8.5)
            doc.y += 30
            grid_header()
            return T
        if not doc.room(70):
            doc.new_page()
            top()
        T = strip()
        for i, s in enumerate(svcs, 1):
            nrow = max(1, len(s.adjs))
            if not doc.room(11 * nrow):
                doc.new_page()
                top()
                strip(cont=True)
            y0 = doc.y
            vals = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), M(s.billed),
                    M(s.allowed), M(s.deductible), M(s.coinsurance)]
            for k, v in enumerate(vals):
                if k in (4, 5, 6, 7, 8):
                    doc.text(X[k + 1] - 3, doc.y, v, F, 7.4, "r")
                else:
                    doc.text(X[k] + 3, doc.y, v, F, 7.4)
            doc.text(X[12] + 3, doc.y, " ".join(s.remarks), F, 7.4)
            doc.text(754, doc.y, M(s.paid), F, 7.4, "r")
            for g, r, a in s.adjs:
                doc.text(X[9] + 3, doc.y, g, F, 7.4)
                doc.text(X[10] + 3, doc.y, r, F, 7.4)
                doc.text(X[12] - 3, doc.y, M(a), F, 7.4, "r")
                doc.y += 10
            if not s.adjs:
                doc.y += 10
            doc.line(34, doc.y - 7.5, 758, doc.y - 7.5, 0.25)
            for xx in X[1:14]:
                doc.line(xx, y0 - 9, xx, doc.y - 7.5, 0.25)
            R.add(doc, s, c, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks, description=False, all_adj=True)
        doc.y += 12
        R.claim(c, G.claim_totals(T["billed"], None, T["paid"], T["owes"]))
    legend = [("N809", "Service by a therapy assistant; paid at the reduced assistant rate."),
              ("M15", "Bundled into another service paid on this claim.")]
    if not doc.room(40):
        doc.new_page()
        top()
    doc.text(34, doc.y, "Remark codes used on this remittance", B, 8.5)
    doc.y += 11
    for k, v in legend:
        doc.text(34, doc.y, f"{k}   {v}", F, 8)
        doc.y += 10
    footers(doc, "Trellisgate Claims Network  -  page {i} of {n}", F, 7, x=758, y=598)
    return doc, "fpdf2", R, legend, [], "clearinghouse ERA provider copy, landscape Liberation Sans, ruled grid"


# ====================================================================================== s1 clinic statement
def lay_s1():
    doc = Doc(612, 792, top=40, bottom=60)
    R = Rec()
    F, B = "Helvetica", "Helvetica-Bold"
    cols = Cols([("dt", "Date", 36, "l"), ("pt", "Patient", 80, "l"), ("inv", "Inv #", 160, "l"), ("cd", "Code", 200, "l"),
                 ("ds", "Description", 250, "l"), ("u", "Units", 388, "r"), ("ch", "Charge", 432, "r"),
                 ("ip", "Ins. Paid", 476, "r"), ("ia", "Ins. Adj.", 520, "r"), ("bal", "Balance", 572, "r")], F, B, 7.5)

    def head(first):
        doc.text(36, 52, "Little Compass", B, 18)
        doc.text(36, 64, "Pediatric Therapy Center  -  OT  |  PT  |  Speech", F, 8.5)
        doc.text(36, 75, "61 Heron Bluff Road, Marlow Springs, NC 28799   (828) 555-0163", F, 8)
        if first:
            doc.rect(380, 40, 196, 80)
            for i, (a, b) in enumerate([("Statement Date", "02/06/2026"), ("Guarantor Account", "G-20417"),
                                        ("Amount Due", "see below"), ("Due By", "03/01/2026")]):
                doc.text(388, 54 + i * 15, a, F, 8)
                doc.text(568, 54 + i * 15, b, B, 9, "r")
            doc.text(36, 104, "Statement for the family of:", F, 8)
            doc.text(36, 116, "Dana and Miguel Ferreira", B, 10)
            doc.text(36, 128, "418 Cobble Lane, Marlow Springs, NC 28799", F, 9)
            doc.y = 154
        else:
            doc.text(576, 52, "Guarantor Account G-20417 (continued)", F, 8, "r")
            doc.y = 100
        doc.rect(36, doc.y - 9, 540, 13, fill=0.88, stroke=False)
        cols.header(doc)
        doc.y += 3

    head(True)
    st = PlanState(ded_left=D("60.00"), coins_rate=D("0.20"), allowed_rate=D("0.74"))
    kids = ["Sofia Ferreira", "Mateo Ferreira", "Lucia Ferreira"]
    plan = [
        (d(1, 6), 0, "44120", [("97165", 1, ("GO",)), ("97530", 2, ("GO",))]),
        (d(1, 6), 1, "44121", [("92523", 1, ())]),
        (d(1, 9), 0, "44162", [("97530", 3, ("GO",)), ("97533", 1, ("GO",))]),
        (d(1, 13), 1, "44199", [("92507", 1, ("GN",))]),
        (d(1, 13), 2, "44200", [("97161", 1, ("GP",)), ("97110", 2, ("GP",))]),
        (d(1, 16), 0, "44237", [("97530", 2, ("GO",)), ("97535", 1, ("GO", "59"))]),
        (d(1, 20), 1, "44270", [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
        (d(1, 20), 2, "44271", [("97110", 2, ("GP",)), ("97112", 1, ("GP",))]),
        (d(1, 23), 0, "44305", [("97530", 3, ("GO",)), ("97760", 1, ("GO",)), ("L3807", 1, ("LT",))]),
        (d(1, 27), 1, "44340", [("92507", 1, ("GN",))]),
        (d(1, 27), 2, "44341", [("97110", 2, ("GP",)), ("97140", 1, ("GP",))]),
        (d(1, 30), 0, "44377", [("97168", 1, ("GO",)), ("97530", 2, ("GO",))]),
    ]
    bal = D("0")
    for k, (dos, ki, inv, items) in enumerate(plan):
        c = cl(inv, None, kids[ki])
        svcs = []
        for code, u, mods in items:
            s = Svc(dos, code, u, mods, denied="PR" if code == "97533" else None)
            commercial(s, st, deny_reason="96")
            svcs.append(s)
        for s in svcs:
            if not doc.room(12):
                doc.new_page()
                head(False)
            adj = s.billed - s.paid - s.owes
            cols.row(doc, {"dt": dfmt(s.dos, "mdy4"), "pt": c["patient"], "inv": inv,
                           "cd": "".join((s.code,) + s.mods), "ds": s.desc[:30], "u": units_str(s.units),
                           "ch": M(s.billed), "ip": M(s.paid), "ia": M(adj), "bal": M(s.owes)}, lead=11)
            R.add(doc, s, c, ("billed", "patient_owes"), description=True,
                  overrides={"paid": G.amt(s.paid), "description": s.desc[:30]})
            bal += s.owes
        R.claim(c)
        if k in (3, 8):
            amtp = D("50.00") if k == 3 else D("75.00")
            doc.text(36, doc.y, dfmt(dos + __import__("datetime").timedelta(days=1), "mdy4"), F, 7.5)
            doc.text(80, doc.y, "Payment received - thank you (card ending 4471)", F, 7.5)
            doc.text(572, doc.y, M(-amtp, "()"), F, 7.5, "r")
            doc.y += 11
            bal -= amtp
    doc.line(36, doc.y - 6, 576, doc.y - 6, 0.8)
    doc.y += 6
    doc.text(432, doc.y, "Amount Due", B, 10)
    doc.text(572, doc.y, money(bal), B, 10, "r")
    doc.y += 22
    doc.text(36, doc.y, "Insurance on file: Blue Meridian Health (PPO) - subscriber Miguel Ferreira. Balances shown are "
             "what your plan says is your share.", F, 7.5)
    doc.y += 10
    doc.text(36, doc.y, "Questions about this statement? Call our billing office, Mon-Fri 8:30-4:30.", F, 7.5)
    footers(doc, "Page {i} of {n}", F, 7.5)
    return doc, "reportlab", R, [], [], "pediatric therapy clinic family statement, portrait Helvetica ledger"


# ====================================================================================== s2 hospital statement
def lay_s2():
    doc = Doc(612, 792, top=40, bottom=64)
    R = Rec()
    F, B = "DVSans", "DVSans-B"
    cols = Cols([("dt", "Service Date", 40, "l"), ("rv", "Rev", 104, "l"), ("cd", "CPT/HCPCS", 132, "l"),
                 ("md", "Mod", 184, "l"), ("ds", "Description", 214, "l"), ("q", "Qty", 478, "r"),
                 ("ch", "Charges", 572, "r")], F, B, 7.2)

    def top(first):
        doc.text(40, 52, "ST. ALDRIC REGIONAL MEDICAL CENTER", B, 12)
        doc.text(40, 64, "Patient Financial Services  |  PO Box 7710, Greyhaven, PA 17999", F, 7.5)
        doc.text(572, 52, "Family Statement", B, 11, "r")
        doc.text(572, 64, "Statement date 02/11/2026   Guarantor no. 3300-8812", F, 7.5, "r")
        doc.line(40, 70, 572, 70, 1)
        doc.y = 88 if not first else 88

    top(True)
    doc.text(40, doc.y, "Guarantor: Priya Okonkwo-Hale   |   Family members on this statement: Priya, Felix and Rowan "
             "Okonkwo-Hale", F, 8)
    doc.y += 22
    REV = {"97": "0430", "92": "0440", "L3": "0274", "99": "0510", "G0": "0420"}
    accts = [
        (cl("HB26010883", "KM7702201905", "Rowan Okonkwo-Hale"), "Keystone Mutual", "01/14/2026 - 01/28/2026",
         "Outpatient speech therapy",
         [Svc(d(1, 14), "92610", 1), Svc(d(1, 14), "92526", 1, ("GN",)), Svc(d(1, 21), "92526", 1, ("GN",)),
          Svc(d(1, 28), "92507", 1, ("GN",))], D("0.58"), D("0.30")),
        (cl("HB26011207", "KM7702214433", "Priya Okonkwo-Hale"), "Keystone Mutual", "01/21/2026",
         "Outpatient clinic visit", [Svc(d(1, 21), "99213", 1), Svc(d(1, 21), "G0283", 1)], D("0.55"), D("0.35")),
        (cl("HB26010551", "KM7702194468", "Felix Okonkwo-Hale"), "Keystone Mutual", "01/05/2026 - 01/30/2026",
         "Outpatient occupational therapy series",
         [Svc(d(1, 5), "97166", 1, ("GO",)), Svc(d(1, 5), "97760", 2, ("GO",)), Svc(d(1, 5), "L3807", 1, ("RT",)),
          Svc(d(1, 8), "97110", 2, ("GO",)), Svc(d(1, 8), "97140", 1, ("GO",)), Svc(d(1, 12), "97110", 2, ("GO",)),
          Svc(d(1, 12), "97530", 2, ("GO",)), Svc(d(1, 15), "97110", 2, ("GO",)), Svc(d(1, 15), "97018", 1, ("GO",)),
          Svc(d(1, 19), "97530", 2, ("GO",)), Svc(d(1, 19), "97140", 1, ("GO",)), Svc(d(1, 22), "97110", 2, ("GO",)),
          Svc(d(1, 22), "97535", 1, ("GO",)), Svc(d(1, 26), "97530", 3, ("GO",)), Svc(d(1, 26), "97760", 1, ("GO",)),
          Svc(d(1, 29), "97110", 2, ("GO",)), Svc(d(1, 29), "97140", 1, ("GO",)), Svc(d(1, 30), "97168", 1, ("GO",))] +
         [Svc(d(1, x), "97530", 2, ("GO",)) for x in (6, 9, 13, 16, 20, 23)],
         D("0.61"), D("0.27")),
    ]
    total_bal = D("0")
    for c, ins, span, kind, svcs, pay_r, adj_r in accts:
        def ahead(cont=False):
            doc.rect(40, doc.y - 10, 532, 26, fill=0.9, stroke=False)
            doc.text(44, doc.y, f"Patient: {c['patient']}", B, 8.5)
            doc.text(250, doc.y, f"Account #: {c['claim_id']}" + ("  (continued)" if cont else ""), B, 8.5)
            doc.text(568, doc.y, span, F, 8, "r")
            doc.text(44, doc.y + 11, f"{kind}   |   Insurance: {ins}, claim # {c['payer_claim_id']}", F, 7.5)
            doc.y += 30
            cols.header(doc)
            doc.line(40, doc.y - 6, 572, doc.y - 6, 0.4)
            doc.y += 3
        if not doc.room(90):
            doc.new_page()
            top(False)
        ahead()
        for s in svcs:
            s.desc = LONG.get(s.code, s.desc)
            parts = wrap(s.desc, 52)
            if not doc.room(10 * len(parts) + 2):
                doc.new_page()
                top(False)
                ahead(cont=True)
            cols.row(doc, {"dt": dfmt(s.dos, "mdy4"), "rv": REV[s.code[:2]], "cd": s.code, "md": " ".join(s.mods),
                           "ds": parts[0], "q": units_str(s.units), "ch": M(s.billed)}, lead=9.6)
            for p in parts[1:]:
                doc.text(214, doc.y, p, F, 7.2)
                doc.y += 9.6
            doc.y += 1.5
            R.add(doc, s, c, ("billed",), description=True)
        bil = tot(svcs, "billed")
        pay = G.q(bil * pay_r)
        adj = G.q(bil * adj_r)
        balance = bil - pay - adj
        total_bal += balance
        if not doc.room(56):
            doc.new_page()
            top(False)
        doc.line(300, doc.y - 6, 572, doc.y - 6, 0.4)
        for lab, v in [("Total charges", M(bil)), (f"Less {ins} payment", M(pay)),
                       ("Less contractual adjustment", M(adj)), ("Account balance", M(balance))]:
            doc.text(380, doc.y + 2, lab, B if lab.startswith("Account") else F, 7.8)
            doc.text(572, doc.y + 2, v, B if lab.startswith("Account") else F, 7.8, "r")
            doc.y += 10
        doc.y += 14
        R.claim(c, G.claim_totals(bil, None, pay, balance))
    if not doc.room(40):
        doc.new_page()
        top(False)
    doc.rect(330, doc.y - 10, 242, 18)
    doc.text(336, doc.y + 2, "PLEASE PAY THIS AMOUNT", B, 9)
    doc.text(566, doc.y + 2, money(total_bal), B, 9, "r")
    doc.y += 24
    doc.text(40, doc.y, "Financial assistance may be available. Ask us about payment plans.", F, 7.5)
    footers(doc, "Page {i} of {n}", F, 7, x=306, y=770, align="c")
    return doc, "fpdf2", R, [], [], "hospital family statement, portrait DejaVu Sans, accounts per family member"


# ====================================================================================== driver
LAYOUTS = [
    ("h189_k1_commercial_family_eob", lay_k1), ("h189_k2_commercial_benefit_statement", lay_k2),
    ("h189_m1_msn_part_b", lay_m1), ("h189_m2_medicare_advantage_eob", lay_m2),
    ("h189_r1_medicaid_ra_landscape", lay_r1), ("h189_r2_medicaid_practitioner_remit", lay_r2),
    ("h189_p1_pm_era_report", lay_p1), ("h189_p2_clearinghouse_era", lay_p2),
    ("h189_s1_therapy_family_statement", lay_s1), ("h189_s2_hospital_family_statement", lay_s2),
]
# layouts where one claim's rows must run over a page break
MUST_SPAN = {"h189_k1_commercial_family_eob", "h189_m2_medicare_advantage_eob", "h189_r1_medicaid_ra_landscape",
             "h189_p2_clearinghouse_era", "h189_s2_hospital_family_statement"}


def build(out: Path) -> list[tuple[str, list]]:
    made = []
    for name, fn in LAYOUTS:
        doc, producer, R, legend, findings, desc = fn()
        path = out / f"{name}.pdf"
        (render_reportlab if producer == "reportlab" else render_fpdf)(doc, path, name)
        G.write_truth(path, name, producer, len(doc.pages), desc, R.lines, R.claims, legend, findings)
        made.append((name, R.meta))
    return made


DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def _has_code(line: str, code: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(code), line) is not None


def check(out: Path, made) -> list[str]:
    errs = []
    spans = 0
    for name, meta in made:
        pdf = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pages = page_lines(pdf)
        if len(pages) != t["pages"]:
            errs.append(f"{name}: page count {len(pages)} != {t['pages']}")
        alltext = " ".join(" ".join(p) for p in pages)
        alltext_n = re.sub(r"\s+", " ", alltext)
        for i, (ln, m) in enumerate(zip(t["lines"], meta)):
            where = f"{name} line {i} ({ln['code']} {ln['service_date']})"
            plines = pages[ln["page"] - 1]
            amts = [Decimal(ln[k]) for k in G.AMOUNT_KEYS if ln[k] is not None]
            cands = []
            for j, row in enumerate(plines):
                if not _has_code(row, ln["code"]):
                    continue
                if any(md not in row for md in ln["modifiers"]):
                    continue
                have = amounts_in(row)
                if any(a not in have for a in amts):
                    continue
                if ln["units"] is not None and Decimal(ln["units"]) not in numbers_in(row):
                    continue
                cands.append(j)
            if not cands:
                errs.append(f"{where}: no single text row holds code, modifiers, units and amounts")
                continue
            best = None
            for hit in cands:
                block = " ".join(plines[hit:hit + 4])
                bam = amounts_in(block)
                e2 = []
                for g, r, a in ln["adjustments"]:
                    if not re.search(re.escape(g) + r"[\s/\-]?" + re.escape(r) + r"(?![0-9A-Z])", block):
                        e2.append(f"{where}: adjustment {g}-{r} not by its row")
                    if a is not None and Decimal(a) not in bam:
                        e2.append(f"{where}: adjustment amount {a} not by its row")
                for rk in ln["remarks"]:
                    if not re.search(r"(?<![0-9A-Za-z])" + re.escape(rk) + r"(?![0-9A-Za-z])", block):
                        e2.append(f"{where}: remark {rk} not by its row")
                if best is None or len(e2) < len(best):
                    best = e2
            errs.extend(best)
            ptext = " ".join(plines)
            for key in ("service_date", "service_end"):
                if ln[key]:
                    dd = date.fromisoformat(ln[key])
                    if not any(dfmt(dd, st) in ptext for st in DATE_STYLES):
                        errs.append(f"{where}: {key} not on page")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and ln[key] not in alltext_n:
                    errs.append(f"{where}: {key} {ln[key]!r} not in document text")
            if ln["description"] and ln["description"][:14] not in ptext:
                errs.append(f"{where}: description not on page")
            # the document's own arithmetic
            v = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in G.AMOUNT_KEYS}
            if m["all_adj"]:
                if v["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != v["paid"]:
                    errs.append(f"{where}: billed - adjustments != paid")
            if None not in (v["billed"], v["discount"], v["not_covered"], v["allowed"]):
                if v["billed"] - v["discount"] - v["not_covered"] != v["allowed"]:
                    errs.append(f"{where}: billed - discount - not covered != allowed")
            if v["allowed"] is not None and v["paid"] is not None and (v["copay"] is not None or v["coinsurance"] is not None) \
                    and not any(r == "253" for _, r, _ in ln["adjustments"]):
                share = sum((v[k] or Decimal(0)) for k in ("deductible", "copay", "coinsurance"))
                if v["allowed"] - share != v["paid"]:
                    errs.append(f"{where}: allowed - patient shares != paid")
            if None not in (v["billed"], v["discount"], v["not_covered"], v["paid"], v["patient_owes"]) and not v["not_covered"]:
                if v["billed"] - v["discount"] - v["paid"] != v["patient_owes"]:
                    errs.append(f"{where}: billed - discount - paid != you owe")
        # claim totals
        declared = " ".join(t["expected_findings"])
        mism = 0
        for c in t["claims"]:
            rows = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not rows:
                errs.append(f"{name}: claim {c} has no lines")
                continue
            if len({r["page"] for r in rows}) > 1:
                spans += 1 if name in MUST_SPAN else 0
                c["_span"] = True
            for k, tv in c["totals"].items():
                if tv is None or any(r[k] is None for r in rows):
                    continue
                if not any(Decimal(tv) == a for a in amounts_in(alltext)):
                    errs.append(f"{name}: claim total {k} {tv} not printed")
                s = sum(Decimal(r[k]) for r in rows)
                if s != Decimal(tv):
                    mism += 1
                    key = c["payer_claim_id"] or c["claim_id"]
                    if key not in declared or f"{s:.2f}" not in declared:
                        errs.append(f"{name}: claim {key} {k} total {tv} != lines {s} and not declared")
        if mism != len(t["expected_findings"]):
            errs.append(f"{name}: {mism} total mismatches but {len(t['expected_findings'])} declared")
        if name in MUST_SPAN and not any(c.get("_span") for c in t["claims"]):
            errs.append(f"{name}: no claim runs over a page break")
        if len(t["lines"]) < 5:
            errs.append(f"{name}: too few lines")
    producers = {json.loads(Path(str(out / f'{n}.pdf') + '.truth.json').read_text())["producer"] for n, _ in made}
    if len(producers) < 2:
        errs.append("fewer than two producers")
    multi = sum(1 for n, _ in made if json.loads(Path(str(out / f'{n}.pdf') + '.truth.json').read_text())["pages"] > 1)
    if multi < 3:
        errs.append("fewer than three multi-page documents")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="heldout189_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    made = build(out)
    print(out)
    for n, _ in made:
        t = json.loads(Path(str(out / f"{n}.pdf") + ".truth.json").read_text())
        print(f"  {n}.pdf  {t['producer']:<9} pages={t['pages']} lines={len(t['lines'])} claims={len(t['claims'])}")
    if a.check:
        errs = check(out, made)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
