"""Write the 82nd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds, two of each, in house styles written for this set, for one honest measurement
of the PDF reader on layouts nobody developing it has seen.

Run:  python bench/heldout82/make_heldout82_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout82/make_heldout82_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Helpers: samples/pdf/eobgen.py
(Svc, plan arithmetic, money/dfmt, truth format) and h82lib.py here (a display list rendered by either producer,
text-layer extraction for the check). A few codes the shared tables lack (97533, 97162, 97164, 97035, 97750, 99214,
92610, 97542, 97010) get invented charges and our own wording.

Truth format: the one of samples/pdf (eobgen.write_truth; <name>.pdf.truth.json), printed values only, null for
what a layout does not print (units null where no quantity is printed for the line; modifiers [] when none);
description is null throughout. claim_id = the provider's own account / patient-control / visit / hospital-account
number, payer_claim_id = the payer's claim number / ICN / CCN / insurer claim reference, patient = the person
served, exactly as printed (never the subscriber or guarantor unless the same person). A one-day line has
service_end null even where FROM and TO are both printed; a span prints its TO date as service_end. Adjustments are
recorded only where the layout prints group + reason (with the amount when printed); member EOB / MSN / statement
note letters or codes on a row are remarks. Claim totals as printed (billed/allowed/paid/patient_owes of the claim's
totals row or account summary; PT RESP on the paper remit is the claim patient_owes). No planted mismatches
(expected_findings empty). Every name, number, payer, provider, address and ID is invented.

Layouts (h82_ prefix; 10 files, 265 service lines, 21 pages; a claim continues onto the next page in c1, c2, m1,
d1, d2, s1, s2):
  c1  commercial PPO member EOB for a family of three (reportlab, portrait Liberation Sans): family summary table,
      plan-year progress box, shaded per-claim band "Patient: .. (Daughter) / Claim number / Provider account",
      two-line column heads "Amount billed / Plan discount / Allowed amount / Not covered / Deductible / Copay /
      Coinsurance / Plan paid / You owe / Note", "97112 GO 59" with small wording below, no units, a non-covered
      line the member owes, claim totals, header and band repeated on the continuation page, notes legend
  c2  mutual-benefit association "Statement of Benefits Processed" (fpdf2, landscape DejaVu Serif Condensed, fully
      ruled cell grid): boxed six-cell claim head (Patient / Relationship / Claim Number / Patient Account No. /
      Provider / Received), "Ln / From / To (01-05-2026) / Proc / Mod / Svc Cnt / Charges / Ineligible / Rsn /
      Allowed / Deductible / Co-Pay / Co-Ins / Benefit Paid / Member Resp / Description", date spans, an excluded
      line, "Claim Totals" row, claim box repeated "(continued)" on page 2, reason-code legend
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Sans, 3 pages): page-1 deductible status and
      claims-and-costs boxes, per-provider claim heads with "Claim number", date sub-headings "Jan 5, 2026",
      "Service Provided & Billing Code / Did Medicare Approve the Service? / Amount Provider Charged / Medicare-
      Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes", code inside the wording
      "(97530-GO-KX)" that sometimes wraps to the next text line, a denied "No" line, no units, "Total for Claim
      #..", lettered notes
  m2  Medicare Advantage PPO monthly member EOB (fpdf2, portrait Liberation Sans Narrow + core Helvetica): member
      and plan block, two summary boxes, per-claim shaded head (Claim ID / Provider / patient account), "Date of
      service / Service you received / Amount the provider billed / Plan-approved amount / Plan's share / Your
      share / See note", dates "1/6/2026", "(97110 GP CQ)", per-day visit copay, a bundled zero line, claim totals
  d1  state Medicaid remittance advice, line printer (reportlab, landscape DejaVu Sans Mono, one string per line):
      RA number / pay cycle / warrant-EFT header on every page, CLAIM STATUS: PAID / DENIED / CREDITED sections,
      "BENEFICIARY NAME / BENEFICIARY ID / PATIENT ACCT # / ICN", SVC FROM / SVC TO as MMDDYY with spans, UNITS
      "3.00", BILLED AMT / ALLOWED AMT / TPL AMT / COPAY / PAID AMT / ADJ CODE "CO-45" / ADJ AMT / 4-digit EOB,
      a credited (negated) original claim beside its replacement, CLAIM TOTAL lines, payment summary, EOB legend
  d2  state Medicaid "Remittance and Status Report" (fpdf2, portrait Liberation Sans Narrow, boxed): label-over-
      value claim box (Client Name / Client ID / CCN / Patient Control No. / Claim Billed / Claim Paid / Claim
      Status), ruled line grid "Ln / Svc Date / Proc / Mod 1 / Mod 2 / Qty / Billed Amt / Allowed Amt / Paid Amt /
      Grp / CARC / Adj Amt / RARC / Line Status", client copay as a second stacked adjustment (PR 3), denied lines
      with RARC, claims-in-process section without lines, code legend
  p1  clearinghouse print image of a Medicare Part B standard paper remit (reportlab, portrait core Courier):
      clearinghouse banner box, "PERF PROV / SERV DATE (0105 010526) / POS / NOS / PROC / MODS / BILLED / ALLOWED /
      DEDUCT / COINS / GRP/RC-AMT / PROV PD", NAME / MID / ACNT / ICN / ASG / MOA head, further adjustments stacked
      under the row, "REM:" lines, PT RESP + CLAIM TOTALS + NET lines, a status-22 reversal and its corrected claim,
      totals and glossary
  p2  practice-management "Insurance Payment Posting Detail" of a Medicare deposit (fpdf2, landscape DejaVu Sans):
      shaded claim rows "Acct# / Payer ICN / Claim status", zebra service rows "DOS (01-12-26) / CPT / Modifiers /
      Units 3.0 / Charge / Allowed / Deduct / Coins / Paid / Pt Resp / Adj Grp-Rsn / Adj Amt / Remarks", stacked
      adjustments, a reversal in parentheses, a PR-204 non-covered line, claim totals, deposit totals
  s1  pediatric therapy clinic family STATEMENT (reportlab, portrait Liberation Serif): amount-due box, guarantor
      parent of three children, shaded visit rows "Visit V-.. Patient: .. <insurer> claim ..", "Date / Description
      of service / Code / Units / Charges / Insurance Paid / Ins. Adjustment / Your Portion", visit totals, a family
      payment row, account summary, aging boxes, dashed return slip
  s2  hospital outpatient family statement (fpdf2, portrait DejaVu Sans Condensed): grey right-hand sidebar on page
      1, one boxed hospital account per family member, "Date / Rev / CPT/HCPCS (97140-GP-59) / Description / Qty /
      Charges" (lines print charges only), account summary with the insurer payment (negative), contractual
      adjustment and balance, an account continuing onto page 2, return slip

The self-check (--check) tests the factory, never the reader: page counts and every "Page n of N"; for each truth
line, one text line of its page (pdfplumber) carries all its printed amounts and units in the layout's own formats,
and that line plus the few following text lines of the same row carry the code, modifiers, row date (or the date
heading on the page for the MSN), span end, adjustment codes and amounts and remarks; ids and patients in the
document text; the documents' own arithmetic (billed - discount - not covered = allowed and allowed - deductible -
copay - coinsurance = paid and owes = its parts on member EOBs; allowed - plan share = your share on the MA EOB;
billed - adjustments = paid on remits; charges >= insurance paid + your portion on the clinic statement); claim
totals = sum of the printed line values and printed in the document; legend codes printed; at least three files
with a claim continuing onto the next page; two producers.
"""
# ruff: noqa: B023, E501  (closures are called inside their own loop iteration; long literal rows)

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    DESC,
    FEE,
    SCHED,
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
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from h82lib import Doc, Table, has_tok, page_lines, width, wrap  # noqa: E402

Y = 2026
# Codes the shared tables lack: invented charges / fee-schedule amounts, our own short wording.
for _c, _fee, _sch, _desc in (
        ("97533", "98.00", "34.10", "Sensory integration techniques"),
        ("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
        ("97164", "140.00", "69.90", "PT re-evaluation"),
        ("97035", "45.00", "13.02", "Ultrasound treatment"),
        ("97750", "105.00", "33.85", "Physical performance testing"),
        ("99214", "230.00", "127.61", "Office visit, established, moderate"),
        ("92610", "210.00", "86.40", "Swallowing function evaluation"),
        ("97542", "60.00", "29.14", "Wheelchair management training"),
        ("97010", "25.00", "0.00", "Hot or cold packs")):
    FEE.setdefault(_c, _fee)
    SCHED.setdefault(_c, _sch)
    DESC.setdefault(_c, _desc)


def d(m: int, day: int) -> date:
    return date(Y, m, day)


def svc(dos: date, spec: str, end: date | None = None, denied: str | None = None) -> Svc:
    """spec 'code:units:MOD,MOD'."""
    parts = spec.split(":")
    code, units = parts[0], parts[1]
    mods = tuple(m for m in (parts[2].split(",") if len(parts) > 2 and parts[2] else []))
    return Svc(dos, code, Decimal(units), mods, end, denied=denied)


class Build:
    def __init__(self, name: str, producer: str, landscape: bool, title: str):
        self.name, self.producer, self.title = name, producer, title
        self.doc = Doc(landscape)
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.legend: list[tuple[str, str]] = []

    def add(self, s: Svc, cid, pcid, patient, printed, *, units=True, adjs=None, remarks=None, end=None,
            modifiers=True):
        self.lines.append(truth_line(self.doc.n, s, claim_id=cid, payer_claim_id=pcid, patient=patient,
                                     printed=printed, units=units, modifiers=modifiers, adjustments=adjs,
                                     remarks=remarks, service_end=end, description=False))

    def claim(self, cid, pcid, patient, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": patient,
                            "totals": claim_totals(**tot) if tot else None})

    def write(self, out: Path, desc: str) -> Path:
        pdf = out / f"{self.name}.pdf"
        self.doc.render(pdf, self.producer, self.title)
        write_truth(pdf, self.name, self.producer, self.doc.n, desc, self.lines, self.claims, self.legend)
        return pdf


def footer_all(doc: Doc, fn) -> None:
    n_total = doc.n
    for i in range(1, n_total + 1):
        fn(i, n_total)


# ================================================================================== c1 commercial EOB
def c1(out: Path) -> Path:
    b = Build("h82_c1_commercial_family_eob", "reportlab", False, "Explanation of Benefits")
    doc = b.doc
    F, FS = "LibSans", 7.2
    M = lambda x: money(x, "$")  # noqa: E731
    st = PlanState(ded_left=q("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Ayla Okafor-Lindqvist", "Daughter", "Tidewater Kids Therapy", "TKT-55810", "26-0114-77301", [
            [svc(d(1, 6), "97165:1:GO"), svc(d(1, 6), "97530:2:GO")],
            [svc(d(1, 13), "97530:3:GO"), svc(d(1, 13), "97535:1:GO"), svc(d(1, 20), "97530:3:GO"),
             svc(d(1, 20), "97112:1:GO,59"), svc(d(1, 27), "97530:2:GO"), svc(d(1, 27), "97535:2:GO"),
             svc(d(1, 27), "97760:1:GO", denied="PR")]]),
        ("Bram Okafor-Lindqvist", "Son", "Harbor Lane Speech & Language", "HLS0092", "26-0121-10944", [
            [svc(d(1, 8), "92523:1:GN"), svc(d(1, 8), "92610:1:GN"), svc(d(1, 12), "92507:1:GN"),
             svc(d(1, 15), "92507:1:GN"), svc(d(1, 15), "92526:1:GN"), svc(d(1, 19), "92507:1:GN"),
             svc(d(1, 22), "92507:1:GN"), svc(d(1, 22), "97129:1:GN,59"), svc(d(1, 26), "92507:1:GN"),
             svc(d(1, 29), "92507:1:GN")]]),
        ("Daniel Okafor-Lindqvist", "Self", "Meridian Sports & Spine PT", "MSS-771204", "26-0126-55012", [
            [svc(d(1, 9), "97161:1:GP"), svc(d(1, 9), "97110:2:GP"), svc(d(1, 16), "97110:2:GP"),
             svc(d(1, 16), "97140:1:GP"), svc(d(1, 16), "G0283:1:GP"), svc(d(1, 23), "97110:3:GP"),
             svc(d(1, 23), "97140:2:GP,59"), svc(d(1, 23), "97116:1:GP")]]),
    ]
    claims = []
    seq = 0
    for pat, rel, prov, acct, base, groups in fam:
        for g in groups:
            seq += 1
            pcid = base if len(groups) == 1 else f"{base[:-1]}{seq}"
            for s in g:
                commercial(s, st, deny_reason="204")
            claims.append((pat, rel, prov, f"{acct}-{seq}" if len(groups) > 1 else acct, pcid, g))
    X = 40
    cols = [("date", X, "l"), ("svc", X + 44, "l"), ("billed", X + 172, "r"), ("disc", X + 214, "r"),
            ("allowed", X + 256, "r"), ("nc", X + 298, "r"), ("ded", X + 340, "r"), ("copay", X + 378, "r"),
            ("coins", X + 420, "r"), ("paid", X + 462, "r"), ("owe", X + 504, "r"), ("note", X + 512, "l")]
    tb = Table(doc, cols, F, FS)
    heads = [("Date of", "service"), ("Service provided", "(code, modifiers)"), ("Amount", "billed"),
             ("Plan", "discount"), ("Allowed", "amount"), ("Not", "covered"), ("Deduct-", "ible"),
             ("Copay", ""), ("Co-", "insurance"), ("Plan", "paid"), ("You", "owe"), ("Note", "")]

    def colhead(y):
        doc.rect(X - 4, y - 8, 536, 19, fill=0.88, stroke=False)
        for (k, x, al), (h1, h2) in zip(cols, heads):
            doc.text(x, y, h1, F, 6.4, True, al)
            doc.text(x, y + 8, h2, F, 6.4, True, al)
        return y + 19

    def top(first):
        doc.text(X, 48, "NORTHFIELD CASCADE", "LibSans", 15, True)
        doc.text(X, 60, "HEALTH PLAN", "LibSans", 9, True)
        doc.text(576, 46, "Explanation of Benefits", F, 12, True, "r")
        doc.text(576, 58, "THIS IS NOT A BILL", F, 8, True, "r")
        doc.line(X - 4, 66, 576, 66, 1.2)
        if not first:
            doc.text(X, 78, "Subscriber: Daniel Okafor-Lindqvist    Member ID: NCH 884-20-1173", F, 7.5)
            return 92
        doc.text(X, 80, "Daniel Okafor-Lindqvist", F, 8.5, True)
        for i, t in enumerate(["418 Larkspur Terrace", "Ellsworth Falls, OR 97390"]):
            doc.text(X, 91 + 10 * i, t, F, 8)
        info = [("Statement date", "February 2, 2026"), ("Subscriber", "Daniel Okafor-Lindqvist"),
                ("Member ID", "NCH 884-20-1173"), ("Group", "40917  Pellworth Logistics Inc."),
                ("Plan", "Cascade Choice PPO 1500")]
        for i, (k, v) in enumerate(info):
            doc.text(360, 80 + 10 * i, k + ":", F, 7.5, True)
            doc.text(430, 80 + 10 * i, v, F, 7.5)
        doc.rect(X - 4, 136, 536, 14, fill=0.78, stroke=False)
        doc.text(X, 146, "Your family's claims this period", F, 8.5, True)
        return 164

    def foot(i, n):
        doc.line(X - 4, 752, 576, 752, 0.4, page=i)
        doc.text(X, 762, "Questions? Member Services 1-800-555-0142 (TTY 711), Mon-Fri 8am-6pm. "
                 "Keep this statement for your records.", F, 6.5, page=i)
        doc.text(576, 772, f"Page {i} of {n}", F, 7, page=i, align="r")
        doc.text(X, 772, "NCH-EOB-2026 v3", F, 6, page=i)

    doc.new_page()
    y = top(True)
    # summary table
    sc = [("who", X, "l"), ("rel", X + 150, "l"), ("n", X + 250, "r"), ("b", X + 330, "r"), ("p", X + 410, "r"),
          ("o", X + 490, "r")]
    st_ = Table(doc, sc, F, 7.5)
    st_.row(y, {"who": "Family member", "rel": "Relationship", "n": "Claims", "b": "Billed", "p": "Plan paid",
                "o": "You owe"}, bold=True)
    doc.line(X - 4, y + 3, 576, y + 3, 0.5)
    y += 13
    for pat, rel, *_ in fam:
        cl = [c for c in claims if c[0] == pat]
        ss = [s for c in cl for s in c[5]]
        st_.row(y, {"who": pat, "rel": rel, "n": str(len(cl)), "b": M(total(ss, "billed")),
                    "p": M(total(ss, "paid")), "o": M(total(ss, "owes"))})
        y += 11
    doc.line(X - 4, y - 7, 576, y - 7, 0.3)
    allsv = [s for c in claims for s in c[5]]
    st_.row(y, {"who": "Total", "b": M(total(allsv, "billed")), "p": M(total(allsv, "paid")),
                "o": M(total(allsv, "owes"))}, bold=True)
    y += 12
    # deductible box
    doc.rect(X - 4, y, 536, 30, stroke=True)
    doc.text(X + 2, y + 11, "Plan-year progress (in-network)", F, 7.5, True)
    doc.text(X + 2, y + 23, "Family deductible: $150.00 of $3,000.00 met      Family out-of-pocket maximum: "
             "$512.36 of $7,000.00 met", F, 7.2)
    y += 46
    BOTTOM = 735
    notes = {"D1": "This item is not a covered benefit under your plan; you may be billed for it.",
             "P2": "Multiple therapy services on one day were reviewed together."}
    for pat, rel, prov, acct, pcid, g in claims:
        def band(yy, cont=False):
            doc.rect(X - 4, yy - 9, 536, 24, fill=0.93, stroke=False)
            doc.text(X, yy, f"Patient: {pat} ({rel})" + ("  - continued" if cont else ""), F, 7.8, True)
            doc.text(X + 290, yy, f"Claim number: {pcid}", F, 7.5, True)
            doc.text(X, yy + 10, f"Provider: {prov}   (in-network)    Provider account: {acct}", F, 7.2)
            doc.text(X + 370, yy + 10, "Processed 01/30/26", F, 7.2)
            return colhead(yy + 26)
        if y + 24 + 19 + 17 * 3 > BOTTOM:
            doc.new_page()
            y = top(False)
        y = band(y)
        for s in g:
            if y + 16 > BOTTOM:
                doc.new_page()
                y = top(False)
                y = band(y, cont=True)
            note = "D1" if s.denied else ("P2" if "59" in s.mods else "")
            tb.row(y, {"date": dfmt(s.dos, "mdy2"), "svc": " ".join((s.code,) + s.mods), "billed": M(s.billed),
                       "disc": M(s.discount), "allowed": M(s.allowed), "nc": M(s.not_covered),
                       "ded": M(s.deductible), "copay": M(s.copay), "coins": M(s.coinsurance), "paid": M(s.paid),
                       "owe": M(s.owes), "note": note})
            doc.text(X + 44, y + 7.5, s.desc, F, 5.8)
            b.add(s, acct, pcid, pat, ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                      "coinsurance", "paid", "patient_owes"), units=False,
                  remarks=[note] if note else [])
            doc.line(X - 4, y + 10, 576, y + 10, 0.2, 0.6)
            y += 17
        tb.row(y, {"svc": "Claim total", "billed": M(total(g, "billed")), "disc": M(total(g, "discount")),
                   "allowed": M(total(g, "allowed")), "nc": M(total(g, "not_covered")),
                   "ded": M(total(g, "deductible")), "copay": M(total(g, "copay")),
                   "coins": M(total(g, "coinsurance")), "paid": M(total(g, "paid")), "owe": M(total(g, "owes"))},
               bold=True)
        b.claim(acct, pcid, pat, billed=total(g, "billed"), allowed=total(g, "allowed"), paid=total(g, "paid"),
                patient_owes=total(g, "owes"))
        y += 22
    if y + 40 > BOTTOM:
        doc.new_page()
        y = top(False)
    doc.text(X, y, "Notes", F, 8, True)
    for k, v in notes.items():
        y += 10
        doc.text(X, y, f"{k}   {v}", F, 7)
        b.legend.append((k, v))
    footer_all(doc, foot)
    return b.write(out, "commercial PPO member EOB for a family")


SPECS: dict[str, dict] = {}
SPECS["h82_c1_commercial_family_eob"] = dict(
    money=lambda x: money(x, "$"), date=lambda x: dfmt(x, "mdy2"), where="row", rows=1, footer=True,
    arith=("member",), units=None, adj=None)


# ================================================================================== c2 commercial EOB (grid)
def c2(out: Path) -> Path:
    b = Build("h82_c2_mutual_benefits_statement", "fpdf2", True, "Statement of Benefits Processed")
    doc = b.doc
    F, FS = "DVSerifCond", 7.0
    M = lambda x: money(x, ",")  # noqa: E731
    DT = lambda x: x.strftime("%m-%d-%Y")  # noqa: E731
    st = PlanState(ded_left=q("250.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.84"))
    fam = [
        ("Rosalind Achterberg", "Spouse", "Lakeshore Hand & Upper Extremity Rehab", "LHR-004417", "GRM2601190337", [
            svc(d(1, 5), "97166:1:GO"), svc(d(1, 5), "97760:1:GO"), svc(d(1, 5), "L3807:1:RT"),
            svc(d(1, 7), "97140:2:GO"), svc(d(1, 7), "97110:2:GO"), svc(d(1, 12), "97140:2:GO"),
            svc(d(1, 12), "97530:1:GO,59"), svc(d(1, 14), "97110:3:GO"), svc(d(1, 14), "0552T:1:GO", denied="PR"),
            svc(d(1, 19), "97140:2:GO"), svc(d(1, 19), "97110:2:GO"), svc(d(1, 21), "97168:1:GO")]),
        ("Pieter Achterberg", "Child", "Bayfront Pediatric Therapies", "BPT/77120", "GRM2601260811", [
            svc(d(1, 13), "97167:1:GO"), svc(d(1, 20), "97530:3:GO"), svc(d(1, 27), "97530:3:GO"),
            svc(d(1, 27), "97533:1:GO")]),
        ("Hendrik Achterberg", "Subscriber", "Northgate Physical Therapy Group", "NPT-31908", "GRM2601290042", [
            svc(d(1, 6), "97110:4:GP", end=d(1, 9)), svc(d(1, 6), "97140:4:GP", end=d(1, 9)),
            svc(d(1, 6), "97112:2:GP,KX", end=d(1, 9)), svc(d(1, 13), "97110:3:GP", end=d(1, 15)),
            svc(d(1, 13), "97116:2:GP", end=d(1, 15)), svc(d(1, 20), "97110:4:GP", end=d(1, 23)),
            svc(d(1, 20), "97140:3:GP", end=d(1, 23)), svc(d(1, 20), "97035:2:GP", end=d(1, 23)),
            svc(d(1, 20), "97112:2:GP,KX", end=d(1, 23)), svc(d(1, 27), "97110:4:GP", end=d(1, 30)),
            svc(d(1, 27), "97140:2:GP", end=d(1, 30)), svc(d(1, 27), "97116:2:GP", end=d(1, 30)),
            svc(d(1, 27), "97530:1:GP,59", end=d(1, 27)), svc(d(1, 29), "97164:1:GP"),
            svc(d(1, 29), "97750:2:GP")]),
    ]
    X0, X1 = 30, 762
    cols = [("ln", 30, 16), ("from", 46, 46), ("to", 92, 46), ("proc", 138, 36), ("mod", 174, 36),
            ("cnt", 210, 30), ("chg", 240, 48), ("inel", 288, 44), ("rsn", 332, 24), ("alw", 356, 48),
            ("ded", 404, 44), ("cop", 448, 38), ("coi", 486, 42), ("pd", 528, 50), ("resp", 578, 52),
            ("desc", 630, 132)]
    heads = {"ln": "Ln", "from": "From", "to": "To", "proc": "Proc", "mod": "Mod", "cnt": "Svc Cnt",
             "chg": "Charges", "inel": "Ineligible", "rsn": "Rsn", "alw": "Allowed", "ded": "Deductible",
             "cop": "Co-Pay", "coi": "Co-Ins", "pd": "Benefit Paid", "resp": "Member Resp", "desc": "Description"}
    right = {"cnt", "chg", "inel", "alw", "ded", "cop", "coi", "pd", "resp"}

    def gridrow(y, vals, h=11, bold=False, fill=None):
        if fill is not None:
            doc.rect(X0, y, X1 - X0, h, fill=fill, stroke=False)
        doc.line(X0, y + h, X1, y + h, 0.3)
        for k, x, w in cols:
            if not (vals.get("_span") and k in ("from", "to")):
                doc.line(x, y, x, y + h, 0.3)
            v = vals.get(k)
            if v and k != "_span":
                if k in right:
                    doc.text(x + w - 2, y + h - 3, v, F, FS, bold, "r")
                else:
                    sz = FS if (width(v, F, FS, bold) < w - 4 or vals.get("_span")) else FS * (w - 4) / width(v, F, FS, bold)
                    doc.text(x + 2, y + h - 3, v, F, sz, bold)
        doc.line(X1, y, X1, y + h, 0.3)
        return y + h

    def colhead(y):
        doc.line(X0, y, X1, y, 0.6)
        return gridrow(y, heads, 12, True, 0.85)

    def top(first):
        doc.text(30, 40, "GRANITE RIDGE MUTUAL BENEFIT ASSOCIATION", F, 13, True)
        doc.text(30, 52, "Member Services  PO Box 7710  Concord Falls, NH 03399  |  1-888-555-0179", F, 7.5)
        doc.text(762, 40, "STATEMENT OF BENEFITS PROCESSED", F, 11, True, "r")
        doc.text(762, 52, "This is not a bill. Statement No. 0026-118842", F, 7.5, False, "r")
        doc.line(30, 58, 762, 58, 1.0)
        if not first:
            return 72
        rows = [("Subscriber:", "Hendrik Achterberg"), ("Member No.:", "GRM 5520 1187 03"),
                ("Employer Group:", "Ostrander Marine Supply (G-2291)"), ("Statement Date:", "01/31/2026")]
        for i, (k, v) in enumerate(rows):
            doc.text(30 + 185 * i, 72, k, F, 7.5, True)
            doc.text(30 + 185 * i, 82, v, F, 7.5)
        doc.text(30, 98, "Benefits for the claims below were determined under your plan's terms. Charges above the "
                 "network allowance (Rsn A1) are not your responsibility.", F, 7.2)
        return 110

    def foot(i, n):
        doc.text(30, 588, "GRMBA  SBP-7  01/31/2026", F, 6.5, page=i)
        doc.text(396, 588, f"Page {i} of {n}", F, 7, page=i, align="c")
        doc.text(762, 588, "Retain for tax and flexible-spending records", F, 6.5, page=i, align="r")

    BOTTOM = 572
    doc.new_page()
    y = top(True)
    legend = {"A1": "Amount above the network allowance; provider has agreed not to bill you.",
              "X7": "Service is excluded under your plan; you are responsible for the charge.",
              "K2": "Benefit paid under the habilitative therapy allowance."}
    for pat, rel, prov, acct, pcid, svcs in fam:
        for s in svcs:
            commercial(s, st, deny_reason="96")

        def claimbox(yy, cont=False):
            labels = [("Patient", pat + (" (continued)" if cont else "")), ("Relationship", rel),
                      ("Claim Number", pcid), ("Patient Account No.", acct), ("Provider", prov),
                      ("Received", "01/30/2026")]
            wds = [150, 70, 100, 100, 220, 92]
            x = X0
            doc.rect(X0, yy, X1 - X0, 24, stroke=True)
            for (lab, val), w in zip(labels, wds):
                doc.line(x, yy, x, yy + 24, 0.4)
                doc.text(x + 3, yy + 8, lab, F, 6.2, True)
                doc.text(x + 3, yy + 19, val, F, 7.6)
                x += w
            return colhead(yy + 28)

        need = 28 + 12 + 11 * 3
        if y + need > BOTTOM:
            doc.new_page()
            y = top(False)
        y = claimbox(y)
        for n, s in enumerate(svcs, 1):
            if y + 11 > BOTTOM:
                doc.new_page()
                y = top(False)
                y = claimbox(y, True)
            rsn = "X7" if s.denied else ("K2" if rel == "Child" else "A1")
            inel = s.billed - s.allowed
            y = gridrow(y, {"ln": str(n), "from": DT(s.dos), "to": DT(s.end or s.dos), "proc": s.code,
                            "mod": " ".join(s.mods), "cnt": units_str(s.units), "chg": M(s.billed),
                            "inel": M(inel), "rsn": rsn, "alw": M(s.allowed), "ded": M(s.deductible),
                            "cop": M(s.copay), "coi": M(s.coinsurance), "pd": M(s.paid), "resp": M(s.owes),
                            "desc": s.desc})
            b.add(s, acct, pcid, pat, ("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                      "patient_owes"), remarks=[rsn], end=s.end)
        tot = {k: total(svcs, a) for k, a in (("chg", "billed"), ("alw", "allowed"), ("ded", "deductible"),
                                              ("cop", "copay"), ("coi", "coinsurance"), ("pd", "paid"),
                                              ("resp", "owes"))}
        tv = {k: M(v) for k, v in tot.items()}
        tv["inel"] = M(tot["chg"] - tot["alw"])
        tv["ln"] = "Claim Totals"
        tv["_span"] = True
        y = gridrow(y, tv, 12, True, 0.94)
        b.claim(acct, pcid, pat, billed=tot["chg"], allowed=tot["alw"], paid=tot["pd"], patient_owes=tot["resp"])
        y += 14
    if y + 50 > BOTTOM:
        doc.new_page()
        y = top(False)
    doc.text(30, y, "Reason Code Explanations", F, 8, True)
    for k, v in legend.items():
        y += 10
        doc.text(30, y, f"{k}  -  {v}", F, 7.2)
        b.legend.append((k, v))
    y += 16
    doc.text(30, y, "You may request a review of any decision on this statement within 180 days. Write to the "
             "Appeals Unit at the address above and include the claim number.", F, 7.2)
    footer_all(doc, foot)
    return b.write(out, "mutual benefit association member statement, ruled grid")


SPECS["h82_c2_mutual_benefits_statement"] = dict(
    money=lambda x: money(x, ","), date=lambda x: x.strftime("%m-%d-%Y"), where="row", rows=1, footer=True,
    arith=("member",), units=lambda u: units_str(u), adj=None)


# ================================================================================== m1 Medicare Summary Notice
def m1(out: Path) -> Path:
    b = Build("h82_m1_msn_part_b", "reportlab", False, "Medicare Summary Notice")
    doc = b.doc
    F = "DVSans"
    M = lambda x: money(x, "$")  # noqa: E731
    pat = "ODALYS M FERREIRA-BOONE"
    st = PlanState(ded_left=q("283.00"), coins_rate=Decimal("0.20"))
    claims = [
        ("Riverbend Outpatient Rehabilitation", "(555) 013-4410", "2210 Quarry Road, Suite 4, Hollins Ferry, VA 24019",
         "Imogen Hartsell, OTR/L", "Anselm Voight, MD", "22260190044170", [
             svc(d(1, 5), "97165:1:GO"), svc(d(1, 5), "97535:1:GO"), svc(d(1, 7), "97530:2:GO"),
             svc(d(1, 7), "97110:1:GO"), svc(d(1, 12), "97530:2:GO"), svc(d(1, 12), "97535:1:GO"),
             svc(d(1, 14), "97530:2:GO,KX"), svc(d(1, 14), "97140:1:GO,59"), svc(d(1, 14), "97010:1:GO", denied="CO"),
             svc(d(1, 19), "97530:2:GO,KX"), svc(d(1, 19), "97110:2:GO,KX"), svc(d(1, 21), "97168:1:GO")]),
        ("Bellweather Family Medicine", "(555) 013-7702", "88 Crane Street, Hollins Ferry, VA 24019",
         "Anselm Voight, MD", None, "22260210811290", [svc(d(1, 9), "99214:1:"), svc(d(1, 9), "G0283:1:")]),
        ("Tidemark Speech & Swallow Clinic", "(555) 013-9051", "14 Pier Lane, Hollins Ferry, VA 24019",
         "Marisol Denholm, CCC-SLP", "Anselm Voight, MD", "22260260390551", [
             svc(d(1, 16), "92610:1:GN"), svc(d(1, 23), "92526:1:GN"), svc(d(1, 23), "92507:1:GN,CQ"),
             svc(d(1, 30), "92526:1:GN")]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="96")
    allsv = [s for c in claims for s in c[-1]]
    X = 42

    def foot(i, n):
        doc.line(X, 748, 570, 748, 0.4, page=i)
        doc.text(X, 760, f"{pat}", F, 7, page=i)
        doc.text(306, 760, "Medicare Summary Notice for Part B", F, 7, page=i, align="c")
        doc.text(570, 760, f"Page {i} of {n}", F, 7, True, "r", page=i)

    doc.new_page()
    doc.text(X, 52, "Medicare Summary Notice", F, 18, True)
    doc.text(X, 68, "for Part B (Medical Insurance)", F, 11)
    doc.text(X, 82, "Your record of Part B claims processed November 1, 2025 - January 31, 2026", F, 8)
    doc.text(X, 92, "THIS IS NOT A BILL", F, 8, True)
    doc.rect(356, 40, 214, 66, stroke=True)
    for i, t in enumerate([pat, "Medicare Number XXXX-XXX-RK41", "Notice date: February 6, 2026",
                           "Customer Service: 1-800-555-0199", "TTY: 1-877-555-0148"]):
        doc.text(362, 53 + 11 * i, t, F, 7.5, i == 0)
    for i, t in enumerate([pat, "416 ORCHARD GAP LN", "HOLLINS FERRY VA 24019-3302"]):
        doc.text(X, 120 + 10 * i, t, F, 8)
    y = 170
    doc.rect(X, y, 250, 150, fill=0.93, stroke=False)
    doc.text(X + 8, y + 16, "Your Deductible Status", F, 10, True)
    for i, t in enumerate(["Your deductible is what you pay for covered", "services before Medicare starts to pay.",
                           "", "Part B deductible: You have now met", "$283.00 of your $283.00 deductible for 2026."]):
        doc.text(X + 8, y + 32 + 11 * i, t, F, 7.8)
    doc.text(X + 270, y + 16, "Your Claims & Costs This Period", F, 10, True)
    rows = [("Did Medicare approve all services?", "NO"), ("Number of services Medicare denied", "1"),
            ("", ""), ("Total You May Be Billed", M(total(allsv, "owes")))]
    for i, (k, v) in enumerate(rows):
        doc.text(X + 270, y + 34 + 13 * i, k, F, 8, k.startswith("Total"))
        doc.text(570, y + 34 + 13 * i, v, F, 8, True, "r")
    y += 170
    doc.text(X, y, "Providers with claims this period", F, 10, True)
    for i, c in enumerate(claims):
        ds = sorted({s.dos for s in c[-1]})
        doc.text(X + 8, y + 16 + 12 * i, f"{dfmt(ds[0], 'mon')}" + (f" - {dfmt(ds[-1], 'mon')}" if len(ds) > 1 else ""),
                 F, 8)
        doc.text(X + 170, y + 16 + 12 * i, c[0], F, 8)
    y += 70
    doc.rect(X, y, 528, 96, stroke=True)
    doc.text(X + 8, y + 16, "Help stop fraud: check this notice against your own records.", F, 9, True)
    for i, t in enumerate(["Write down the dates of your visits and compare them with the dates shown on the "
                           "following pages.", "If you see a service you did not receive, call the number above.",
                           "If you disagree with a decision, see the appeal steps on the last page. You have 120 "
                           "days from the date of this notice."]):
        doc.text(X + 8, y + 34 + 13 * i, t, F, 7.6)
    # claim pages
    cols = [("svc", X, "l"), ("appr", X + 212, "c"), ("chg", X + 308, "r"), ("alw", X + 380, "r"),
            ("pd", X + 446, "r"), ("max", X + 506, "r"), ("note", X + 514, "l")]
    tb = Table(doc, cols, F, 7.4)

    def colhead(yy):
        doc.rect(X, yy - 2, 528, 26, fill=0.85, stroke=False)
        hd = [("Service Provided &", "Billing Code"), ("Did Medicare", "Approve the Service?"),
              ("Amount Provider", "Charged"), ("Medicare-", "Approved Amount"), ("Medicare Paid", "Provider"),
              ("Maximum You", "May Be Billed"), ("See", "Notes")]
        for (k, x, al), (h1, h2) in zip(cols, hd):
            xx = x + 6 if k == "svc" else x
            doc.text(xx, yy + 9, h1, F, 6.4, True, al)
            doc.text(xx, yy + 18, h2, F, 6.4, True, al)
        return yy + 36

    def ptop():
        doc.new_page()
        doc.text(X, 50, "Your Claims for Part B (Medical Insurance)", F, 13, True)
        doc.text(X, 63, "Part B helps pay for doctor and therapy services, outpatient care and some supplies.", F, 7.6)
        doc.line(X, 70, 570, 70, 1.0)
        return 90

    BOTTOM = 730
    notes = {"A": "Therapy services above the yearly threshold were reviewed and paid because the provider "
                  "confirmed they were medically necessary.",
             "B": "Your 2026 Part B deductible was applied to this service.",
             "C": "This service is not paid separately when billed with other therapy that day. The provider "
                  "may not bill you for it.",
             "D": "Payment reflects the federal 2% payment reduction.",
             "E": "The service was provided by a therapy assistant; payment is at the reduced rate."}
    y = ptop()
    for prov, phone, addr, sp, ref, pcid, svcs in claims:
        def head(yy, cont=False):
            doc.text(X, yy, f"{prov}, {phone}" + ("   (continued)" if cont else ""), F, 8.6, True)
            doc.text(X, yy + 11, addr, F, 7.6)
            doc.text(X, yy + 21, f"Service Provider: {sp}" + (f"    Referred by: {ref}" if ref else ""), F, 7.6)
            doc.text(X, yy + 31, f"Claim number {pcid}", F, 7.6, True)
            return colhead(yy + 38)
        if y + 120 > BOTTOM:
            y = ptop()
        y = head(y)
        for dos in sorted({s.dos for s in svcs}):
            grp = [s for s in svcs if s.dos == dos]
            if y + 14 + 20 > BOTTOM:
                y = ptop()
                y = head(y, True)
            doc.text(X + 4, y, dfmt(dos, "mon"), F, 7.8, True)
            y += 12
            for s in grp:
                code = "-".join((s.code,) + s.mods)
                parts = wrap(f"{s.desc} ({code})", F, 7.4, 168)
                if y + 11 * len(parts) > BOTTOM:
                    y = ptop()
                    y = head(y, True)
                    doc.text(X + 4, y, dfmt(dos, "mon") + " (continued)", F, 7.8, True)
                    y += 12
                rem = []
                if s.denied:
                    rem = ["C"]
                else:
                    if any(m == "KX" for m in s.mods):
                        rem.append("A")
                    if s.deductible:
                        rem.append("B")
                    if "CQ" in s.mods:
                        rem.append("E")
                    if s.seq:
                        rem.append("D")
                tb.row(y, {"svc": parts[0], "appr": "No" if s.denied else "Yes", "chg": M(s.billed),
                           "alw": M(s.allowed), "pd": M(s.paid), "max": M(s.owes), "note": ", ".join(rem)})
                for j, ptxt in enumerate(parts[1:], 1):
                    doc.text(X + 8, y + 9 * j, ptxt, F, 7.4)
                b.add(s, None, pcid, pat, ("billed", "allowed", "paid", "patient_owes"), units=False, remarks=rem)
                y += 9 * len(parts) + 4
        doc.line(X, y - 4, 570, y - 4, 0.4)
        tb.row(y + 4, {"svc": f"Total for Claim #{pcid}", "chg": M(total(svcs, "billed")),
                       "alw": M(total(svcs, "allowed")), "pd": M(total(svcs, "paid")),
                       "max": M(total(svcs, "owes"))}, bold=True)
        b.claim(None, pcid, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 30
    if y + 110 > BOTTOM:
        y = ptop()
    doc.text(X, y, "Notes for Your Claims Above", F, 10, True)
    y += 6
    for k, v in notes.items():
        for j, ptxt in enumerate(wrap(v, F, 7.6, 500)):
            y += 11
            doc.text(X + 20 if j else X, y, (f"{k}  " if not j else "") + ptxt, F, 7.6)
            if not j:
                pass
        b.legend.append((k, v))
    footer_all(doc, foot)
    return b.write(out, "Medicare Summary Notice, Part B")


SPECS["h82_m1_msn_part_b"] = dict(
    money=lambda x: money(x, "$"), date=lambda x: dfmt(x, "mon"), where="page", rows=2, footer=True,
    arith=(), units=None, adj=None)


# ================================================================================== m2 Medicare Advantage EOB
def m2(out: Path) -> Path:
    b = Build("h82_m2_medicare_advantage_eob", "fpdf2", False, "Explanation of Benefits - Medicare Advantage")
    doc = b.doc
    F, FT = "LibNarrow", "Helvetica"
    M = lambda x: money(x, "$")  # noqa: E731
    DT = lambda x: dfmt(x, "mdyn")  # noqa: E731
    pat = "Cornelius Abernathy-Shaw"
    claims = [
        ("Sandcastle Therapy Partners", "SCT-20011", "26A0119-44713-00", q("25.00"), [
            svc(d(1, 6), "97162:1:GP"), svc(d(1, 6), "97110:2:GP"), svc(d(1, 8), "97110:2:GP"),
            svc(d(1, 8), "97140:1:GP"), svc(d(1, 8), "97112:1:GP"), svc(d(1, 13), "97110:3:GP"),
            svc(d(1, 13), "97116:1:GP"), svc(d(1, 15), "97110:2:GP,CQ"), svc(d(1, 15), "97140:1:GP,CQ"),
            svc(d(1, 15), "97035:1:GP", denied="CO"), svc(d(1, 20), "97110:2:GP"), svc(d(1, 20), "97530:1:GP,59"),
            svc(d(1, 22), "97110:2:GP,CQ"), svc(d(1, 22), "97112:1:GP,CQ"), svc(d(1, 27), "97110:2:GP"),
            svc(d(1, 27), "97140:1:GP"), svc(d(1, 29), "97164:1:GP")]),
        ("Lakeview Primary Care Associates", "LPC 90233", "26A0124-10087-00", q("10.00"), [
            svc(d(1, 12), "99214:1:"), svc(d(1, 12), "G0283:1:")]),
        ("Sandcastle Therapy Partners", "SCT-20011R", "26A0202-51120-00", q("25.00"), [
            svc(d(1, 30), "97542:1:GP"), svc(d(1, 30), "97110:1:GP")]),
    ]
    for _, _, _, cop, svcs in claims:
        st = PlanState(visit_copay=cop, allowed_rate=Decimal("0.52"))
        for s in svcs:
            if s.denied:
                s.not_covered = s.billed
                s.adjs = []
                continue
            s.allowed = q(Decimal(SCHED[s.code]) * s.units)
            rem = s.allowed
            key = s.dos
            if key not in st.copaid:
                st.copaid.add(key)
                s.copay = min(cop, rem)
            s.owes = s.copay
            s.paid = s.allowed - s.owes
    allsv = [s for c in claims for s in c[-1]]
    X = 40
    cols = [("date", X, "l"), ("svc", X + 48, "l"), ("chg", X + 302, "r"), ("alw", X + 368, "r"),
            ("pd", X + 424, "r"), ("you", X + 480, "r"), ("note", X + 492, "l")]
    tb = Table(doc, cols, F, 8)

    def colhead(yy):
        doc.line(X, yy - 2, 572, yy - 2, 0.8)
        hd = [("Date of", "service"), ("Service you received", "(billing code and modifiers)"),
              ("Amount the", "provider billed"), ("Plan-approved", "amount"), ("Plan's", "share"),
              ("Your", "share"), ("See", "note")]
        for (k, x, al), (h1, h2) in zip(cols, hd):
            doc.text(x, yy + 7, h1, FT, 6.6, True, al)
            doc.text(x, yy + 15, h2, FT, 6.6, True, al)
        doc.line(X, yy + 19, 572, yy + 19, 0.4)
        return yy + 30

    def top(first):
        doc.new_page()
        doc.rect(X, 30, 532, 30, fill=0.82, stroke=False)
        doc.text(X + 8, 50, "SUMMIT PINES Medicare Advantage (PPO)", FT, 13, True)
        doc.text(564, 50, "Explanation of Benefits", FT, 10, False, "r")
        if not first:
            doc.text(X, 76, f"Member: {pat}    Member ID: SPM 4471 9920", FT, 7.5)
            return 94
        return 74

    def foot(i, n):
        doc.text(X, 762, "Summit Pines Health Plans is a PPO plan with a Medicare contract. H5821-004  "
                 "Y0000_EOB26_M", FT, 6.2, page=i)
        doc.text(572, 762, f"Page {i} of {n}", FT, 7, page=i, align="r")

    y = top(True)
    doc.text(X, y + 6, f"{pat}", FT, 9, True)
    for i, t in enumerate(["2718 Juniper Switchback", "Cold Harbor Springs, AZ 86336"]):
        doc.text(X, y + 17 + 10 * i, t, FT, 8)
    for i, (k, v) in enumerate([("Member ID", "SPM 4471 9920"), ("Plan", "Summit Pines Classic PPO (H5821-004)"),
                                ("Report period", "January 1 - January 31, 2026"), ("Date mailed", "February 9, 2026")]):
        doc.text(330, y + 6 + 10 * i, k + ":", FT, 7.5, True)
        doc.text(410, y + 6 + 10 * i, v, FT, 7.5)
    y += 56
    doc.text(X, y, "THIS IS NOT A BILL", FT, 10, True)
    y += 10
    for j, (ttl, rows) in enumerate([
        ("Your medical claims this month", [("Total the providers billed", M(total(allsv, "billed"))),
                                           ("Total the plan approved", M(total(allsv, "allowed"))),
                                           ("Total the plan paid", M(total(allsv, "paid"))),
                                           ("Your total share", M(total(allsv, "owes")))]),
        ("Your costs so far in 2026", [("Your in-network out-of-pocket maximum", "$4,900.00"),
                                       ("Amount you have spent toward it", M(total(allsv, "owes"))),
                                       ("Amount left before you reach it", M(q("4900") - total(allsv, "owes"))),
                                       ("", "")])]):
        bx = X + 270 * j
        doc.rect(bx, y, 262, 70, stroke=True, lw=0.8)
        doc.text(bx + 8, y + 14, ttl, FT, 9, True)
        for i, (k, v) in enumerate(rows):
            doc.text(bx + 8, y + 29 + 11 * i, k, F, 8)
            doc.text(bx + 254, y + 29 + 11 * i, v, F, 8, True, "r")
    y += 90
    doc.text(X, y, "Your medical services in detail", FT, 11, True)
    y += 8
    doc.text(X, y + 6, "Below, each claim shows the services billed, what the plan approved and paid, and your "
             "share. Your share is your copayment for the visit.", F, 7.8)
    y += 22
    BOTTOM = 740
    notes = {"N1": "Your copayment for an outpatient therapy visit is $25.00 per day.",
             "N2": "Your copayment for a primary care office visit is $10.00.",
             "N3": "This service is included in another service on the same day. The provider may not bill "
                   "you for it.",
             "N4": "Service by a therapy assistant; the plan approved a reduced amount."}
    for prov, acct, pcid, cop, svcs in claims:
        def head(yy, cont=False):
            doc.rect(X, yy - 10, 532, 26, fill=0.9, stroke=False)
            doc.text(X + 4, yy, f"Claim ID: {pcid}" + ("  (continued)" if cont else ""), FT, 8, True)
            doc.text(X + 200, yy, f"Provider: {prov} (in-network)", FT, 8, True)
            doc.text(X + 4, yy + 11, f"Patient: {pat}     Provider's patient account: {acct}     "
                     "Claim received 01/31/2026, processed 02/04/2026", F, 7.8)
            return colhead(yy + 24)
        if y + 26 + 30 + 28 > BOTTOM:
            y = top(False)
        y = head(y)
        for s in svcs:
            if y + 12 > BOTTOM:
                y = top(False)
                y = head(y, True)
            rem = "N3" if s.denied else ("N4" if "CQ" in s.mods else ("N1" if s.copay and cop == q("25.00") else
                                                                      ("N2" if s.copay else "")))
            tb.row(y, {"date": DT(s.dos), "svc": f"{s.desc} ({' '.join((s.code,) + s.mods)})",
                       "chg": M(s.billed), "alw": M(s.allowed), "pd": M(s.paid), "you": M(s.owes), "note": rem})
            b.add(s, acct, pcid, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                  remarks=[rem] if rem else [])
            y += 12
        doc.line(X, y - 8, 572, y - 8, 0.4)
        tb.row(y, {"svc": "Claim total", "chg": M(total(svcs, "billed")), "alw": M(total(svcs, "allowed")),
                   "pd": M(total(svcs, "paid")), "you": M(total(svcs, "owes"))}, bold=True)
        b.claim(acct, pcid, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 26
    if y + 70 > BOTTOM:
        y = top(False)
    doc.text(X, y, "Notes about your services", FT, 9, True)
    for k, v in notes.items():
        y += 11
        doc.text(X, y, f"{k}: {v}", F, 7.8)
        b.legend.append((k, v))
    y += 20
    doc.text(X, y, "If you disagree with a decision on this notice, you can ask for an appeal within 65 days. "
             "Call Member Services at 1-855-555-0110 (TTY 711).", F, 7.8)
    footer_all(doc, foot)
    return b.write(out, "Medicare Advantage PPO member EOB")


SPECS["h82_m2_medicare_advantage_eob"] = dict(
    money=lambda x: money(x, "$"), date=lambda x: dfmt(x, "mdyn"), where="row", rows=1, footer=True,
    arith=("share",), units=None, adj=None)


# ================================================================================== d1 Medicaid RA (line printer)
def d1(out: Path) -> Path:
    b = Build("h82_d1_medicaid_ra_lineprinter", "reportlab", True, "Remittance Advice")
    doc = b.doc
    F, FS, LH = "DVMono", 6.9, 9.0
    M = lambda x: money(x, ",")  # noqa: E731
    DT = lambda x: dfmt(x, "mdy6")  # noqa: E731
    prov = "WHEATLAND THERAPY COLLECTIVE"
    R = [  # status, beneficiary, bene id, acct, icn, services
        ("PAID", "HALVORSEN, INGRID", "700918842301", "WTC-30041", "2026029004471", [
            svc(d(1, 5), "97530:3:GO", end=d(1, 9)), svc(d(1, 5), "97110:2:GO", end=d(1, 9)),
            svc(d(1, 12), "97530:4:GO", end=d(1, 16)), svc(d(1, 12), "97535:2:GO", end=d(1, 16)),
            svc(d(1, 14), "97168:1:GO")]),
        ("PAID", "OYELARAN, TOMI", "700455019977", "WTC-30057", "2026029004472", [
            svc(d(1, 6), "92523:1:GN"), svc(d(1, 13), "92507:1:GN"), svc(d(1, 20), "92507:1:GN"),
            svc(d(1, 27), "92507:1:GN"), svc(d(1, 27), "92526:1:GN")]),
        ("PAID", "MARCHETTI, LUCA", "700338120045", "WTC-30062", "2026029004473", [
            svc(d(1, 7), "97166:1:GO"), svc(d(1, 7), "97533:2:GO"), svc(d(1, 14), "97533:3:GO"),
            svc(d(1, 14), "97530:1:GO,59"), svc(d(1, 21), "97533:3:GO"), svc(d(1, 21), "97112:1:GO"),
            svc(d(1, 28), "97533:3:GO"), svc(d(1, 28), "97530:2:GO,59")]),
        ("PAID", "BEAUCHAMP, NOELLE", "700771204418", "WTC-29988R", "2026029004475", [
            svc(d(1, 8), "97110:3:GP"), svc(d(1, 8), "97140:2:GP,59"), svc(d(1, 15), "97110:3:GP"),
            svc(d(1, 15), "97116:2:GP")]),
        ("PAID", "HALVORSEN, ANDERS", "700918842318", "WTC-30044", "2026029004478", [
            svc(d(1, 5), "97530:2:GO,CQ", end=d(1, 9)), svc(d(1, 12), "97530:2:GO,CQ", end=d(1, 16)),
            svc(d(1, 19), "97530:3:GO,CQ", end=d(1, 23)), svc(d(1, 26), "97530:2:GO,CQ", end=d(1, 30)),
            svc(d(1, 26), "97535:1:GO,CQ", end=d(1, 30))]),
        ("DENIED", "DUPRE-WATTS, KEZIAH", "700602298810", "WTC-30071", "2026029004480", [
            svc(d(1, 9), "97167:1:GO", denied="CO"), svc(d(1, 9), "97760:1:GO", denied="CO"),
            svc(d(1, 9), "L3807:1:RT", denied="CO")]),
        ("CREDITED", "BEAUCHAMP, NOELLE", "700771204418", "WTC-29988", "2025351007719", [
            svc(d(1, 8), "97110:2:GP"), svc(d(1, 8), "97140:2:GP,59"), svc(d(1, 15), "97110:2:GP"),
            svc(d(1, 15), "97116:2:GP")]),
    ]
    for st_, *_, svcs in R:
        for s in svcs:
            medicaid(s, deny_reason="204")
            s.remarks = ["0954"] if s.denied else (["0118"] if "CQ" in s.mods else ["0001"])
        if st_ == "CREDITED":
            svcs[:] = [(lambda r: (setattr(r, "remarks", ["0627"]), r)[1])(negate(s)) for s in svcs]
    fmt = "{ln:<3} {fr:<8} {to:<8} {pc:<6} {md:<12} {un:>6} {bl:>11} {al:>11} {tpl:>8} {cp:>7} {pd:>11}  {adj:<8} {aa:>9}  {eob}"
    hdr = fmt.format(ln="LN", fr="SVC FROM", to="SVC TO", pc="PROC", md="MODIFIERS", un="UNITS", bl="BILLED AMT",
                     al="ALLOWED AMT", tpl="TPL AMT", cp="COPAY", pd="PAID AMT", adj="ADJ CODE", aa="ADJ AMT",
                     eob="EOB")
    X = 28
    state = {"y": 0}

    def put(s, bold=False):
        doc.text(X, state["y"], s, F, FS, bold)
        state["y"] += LH

    def top():
        doc.new_page()
        state["y"] = 34
        put("PRAIRIE STATE MEDICAL ASSISTANCE PROGRAM" + " " * 22 + "REMITTANCE ADVICE" + " " * 30
            + "RA NUMBER: 0004471902", True)
        put(f"PROVIDER: {prov:<40} NPI: 1306648821   MEDICAID PROVIDER ID: 004418830   PAY CYCLE: W05   "
            "RA DATE: 01/30/2026")
        put("           4410 GRANARY ROW STE 2, CORBIN FLATS, KS 67999        WARRANT/EFT #: 8800441122   "
            "EFT DATE: 02/02/2026")
        put("-" * 150)

    def section(name):
        put("")
        put(f"CLAIM STATUS: {name}", True)

    def claimhead(r, cont=False):
        st_, nm, bid, acct, icn, _ = r
        put(f"BENEFICIARY NAME: {nm:<24} BENEFICIARY ID: {bid}   PATIENT ACCT #: {acct:<11}  ICN: {icn}"
            + ("   *** CONTINUED ***" if cont else ""), True)
        put(hdr)

    BOTTOM = 570
    top()
    order = ["PAID", "DENIED", "CREDITED"]
    counts = {}
    for status in order:
        rs = [r for r in R if r[0] == status]
        if state["y"] + LH * 6 > BOTTOM:
            top()
        section(status)
        counts[status] = (len(rs), sum((total(r[-1], "billed") for r in rs), ZERO),
                          sum((total(r[-1], "paid") for r in rs), ZERO))
        for r in rs:
            _, nm, bid, acct, icn, svcs = r
            if state["y"] + LH * 4 > BOTTOM:
                top()
                section(status)
            claimhead(r)
            for n, s in enumerate(svcs, 1):
                if state["y"] + LH > BOTTOM:
                    top()
                    section(status + " (CONTINUED)")
                    claimhead(r, True)
                adj = s.adjs[0] if s.adjs else None
                put(fmt.format(ln=f"{n:02d}", fr=DT(s.dos), to=DT(s.end or s.dos), pc=s.code, md=" ".join(s.mods),
                               un=f"{s.units:.2f}", bl=M(s.billed), al=M(s.allowed), tpl=M(ZERO), cp=M(ZERO),
                               pd=M(s.paid), adj=f"{adj[0]}-{adj[1]}" if adj else "",
                               aa=M(adj[2]) if adj else "", eob=" ".join(s.remarks)))
                b.add(s, acct, icn, nm, ("billed", "allowed", "copay", "paid"), adjs=s.adjs, remarks=s.remarks,
                      end=s.end if s.end and s.end != s.dos else None)
            put(fmt.format(ln="", fr="", to="", pc="", md="CLAIM TOTAL", un="", bl=M(total(svcs, "billed")),
                           al=M(total(svcs, "allowed")), tpl=M(ZERO), cp=M(ZERO), pd=M(total(svcs, "paid")), adj="",
                           aa="", eob=""), True)
            b.claim(acct, icn, nm, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                    paid=total(svcs, "paid"))
            put("")
    if state["y"] + LH * 16 > BOTTOM:
        top()
    put("")
    put("PAYMENT SUMMARY", True)
    for k in order:
        c, bl, pd = counts[k]
        put(f"  CLAIMS {k:<10} COUNT {c:>3}   BILLED {M(bl):>12}   PAID {M(pd):>12}")
    net = sum((v[2] for v in counts.values()), ZERO)
    put(f"  NET PAYMENT AMOUNT {M(net):>14}      WARRANT/EFT AMOUNT {M(net):>14}")
    put("")
    put("EOB CODE DESCRIPTIONS", True)
    leg = [("0001", "PAID IN FULL AT THE PROGRAM FEE SCHEDULE RATE."),
           ("0118", "SERVICE BY A LICENSED ASSISTANT - PAID AT THE ASSISTANT RATE."),
           ("0954", "PRIOR AUTHORIZATION NOT ON FILE FOR THIS SERVICE."),
           ("0627", "ORIGINAL CLAIM CREDITED - SEE REPLACEMENT CLAIM ON THIS REMITTANCE.")]
    for k, v in leg:
        put(f"  {k}  {v}")
        b.legend.append((k, v))

    def foot(i, n):
        doc.text(764, 594, f"PAGE {i} OF {n}", F, FS, page=i, align="r")
        doc.text(X, 594, "PSMAP-RA-01  RUN 01/30/2026 02:14", F, FS, page=i)
    footer_all(doc, foot)
    return b.write(out, "state Medicaid remittance advice, line printer")


SPECS["h82_d1_medicaid_ra_lineprinter"] = dict(
    money=lambda x: money(x, ","), date=lambda x: dfmt(x, "mdy6"), where="row", rows=1, footer=True,
    arith=("adj",), units=lambda u: f"{u:.2f}", adj=lambda g, c, a: [f"{g}-{c}"] + ([money(a, ",")] if a is not None else []))


# ================================================================================== d2 Medicaid RA (boxed portal)
def d2(out: Path) -> Path:
    b = Build("h82_d2_medicaid_remittance_status", "fpdf2", False, "Remittance and Status Report")
    doc = b.doc
    F, FS = "LibNarrow", 7.4
    M = lambda x: money(x, ",")  # noqa: E731
    DT = lambda x: dfmt(x, "mdy4")  # noqa: E731
    R = [  # client, id, pcn, ccn, copay?, services
        ("Ferreira, Benedita", "E44019823-07", "AC118820", "26029-0411-000217", True, [
            svc(d(1, 6), "97163:1:GP"), svc(d(1, 6), "97110:2:GP"), svc(d(1, 13), "97110:2:GP"),
            svc(d(1, 13), "97140:2:GP"), svc(d(1, 20), "97110:3:GP"), svc(d(1, 20), "97116:1:GP")]),
        ("Nakagawa, Ren", "E44087710-02", "AC118836", "26029-0411-000218", False, [
            svc(d(1, 7), "97166:1:GO"), svc(d(1, 14), "97530:2:GO"), svc(d(1, 14), "97533:2:GO"),
            svc(d(1, 21), "97530:2:GO"), svc(d(1, 21), "97533:2:GO"), svc(d(1, 28), "97530:3:GO"),
            svc(d(1, 28), "97150:1:GO", denied="CO")]),
        ("Ostrowski, Milena", "E44120945-01", "AC118841", "26029-0411-000224", False, [
            svc(d(1, 8), "92523:1:GN"), svc(d(1, 15), "92507:1:GN"), svc(d(1, 22), "92507:1:GN"),
            svc(d(1, 29), "92507:1:GN")]),
        ("Nakagawa, Sora", "E44087710-03", "AC118837", "26029-0411-000219", False, [
            svc(d(1, 7), "92610:1:GN"), svc(d(1, 14), "92526:1:GN"), svc(d(1, 21), "92526:1:GN"),
            svc(d(1, 28), "92526:1:GN"), svc(d(1, 28), "97129:2:GN", denied="CO")]),
        ("Abiodun, Folake", "E44233081-05", "AC118852", "26029-0411-000231", True, [
            svc(d(1, 9), "97161:1:GP"), svc(d(1, 9), "97110:2:GP"), svc(d(1, 16), "97110:2:GP"),
            svc(d(1, 16), "97112:2:GP,59"), svc(d(1, 23), "97110:2:GP"), svc(d(1, 23), "97140:1:GP"),
            svc(d(1, 30), "97110:2:GP"), svc(d(1, 30), "97112:1:GP,59")]),
    ]
    for *_, cp, svcs in R:
        seen = set()
        for s in svcs:
            medicaid(s, deny_reason="B7")
            s.remarks = ["N54"] if s.denied else []
            if cp and not s.denied and s.dos not in seen:
                seen.add(s.dos)
                s.copay = q("3.00")
                s.paid = s.allowed - s.copay
                s.adjs.append(("PR", "3", s.copay))
    X0, X1 = 36, 576
    cols = [("ln", 36, 18), ("dos", 54, 48), ("proc", 102, 36), ("m1", 138, 24), ("m2", 162, 24), ("qty", 186, 26),
            ("bl", 212, 52), ("al", 264, 52), ("pd", 316, 52), ("grp", 368, 24), ("carc", 392, 30),
            ("aa", 422, 48), ("rarc", 470, 34), ("st", 504, 72)]
    heads = {"ln": "Ln", "dos": "Svc Date", "proc": "Proc", "m1": "Mod 1", "m2": "Mod 2", "qty": "Qty",
             "bl": "Billed Amt", "al": "Allowed Amt", "pd": "Paid Amt", "grp": "Grp", "carc": "CARC",
             "aa": "Adj Amt", "rarc": "RARC", "st": "Line Status"}
    right = {"qty", "bl", "al", "pd", "aa"}

    def cells(y, vals, h, bold=False, fill=None, border=True):
        if fill is not None:
            doc.rect(X0, y, X1 - X0, h, fill=fill, stroke=False)
        for k, x, w in cols:
            v = vals.get(k)
            if v:
                if k in right:
                    doc.text(x + w - 3, y + 8.5, v, F, FS, bold, "r")
                else:
                    doc.text(x + 3, y + 8.5, v, F, FS, bold)
            if border:
                doc.line(x, y, x, y + h, 0.3)
        if border:
            doc.line(X1, y, X1, y + h, 0.3)

    def top(first):
        doc.new_page()
        doc.text(36, 40, "COMMONWEALTH OF EASTBROOK", "LibSans", 11, True)
        doc.text(36, 52, "Department of Medical Assistance Services  -  Medicaid Fee-for-Service", F, 8.5)
        doc.text(576, 40, "Remittance and Status Report", "LibSans", 11, True, "r")
        doc.text(576, 52, "Payee: Copperline Rehabilitation Group LLC   Payee ID 330418871", F, 8, False, "r")
        doc.text(576, 62, "Report Date 01/29/2026   Check/EFT No. EFT0098812", F, 8, False, "r")
        doc.line(36, 68, 576, 68, 1.2)
        return 80

    def foot(i, n):
        doc.text(36, 764, "Claims are shown in the order received. Questions: Provider Services 1-800-555-0163.",
                 F, 7, page=i)
        doc.text(576, 764, f"Page {i} of {n}", F, 7.5, True, "r", page=i)

    BOTTOM = 740
    y = top(True)
    doc.text(36, y + 4, "Section 1 - Adjudicated Claims (Paid and Denied)", "LibSans", 9, True)
    y += 14
    for nm, cid, pcn, ccn, cp, svcs in R:
        status = "Paid" if all(not s.denied for s in svcs) else "Partially Paid"

        def box(yy, cont=False):
            doc.rect(X0, yy, X1 - X0, 26, fill=0.92, stroke=True, lw=0.6)
            labs = [("Client Name", nm + (" (cont.)" if cont else "")), ("Client ID", cid),
                    ("Claim Control No. (CCN)", ccn), ("Patient Control No.", pcn),
                    ("Claim Billed", M(total(svcs, "billed"))), ("Claim Paid", M(total(svcs, "paid"))),
                    ("Claim Status", status)]
            wd = [104, 70, 96, 76, 60, 60, 74]
            x = X0
            for (lab, val), w in zip(labs, wd):
                doc.text(x + 3, yy + 9, lab, F, 6.4)
                doc.text(x + 3, yy + 21, val, F, 8, True)
                x += w
            yy += 26
            doc.rect(X0, yy, X1 - X0, 12, fill=0.8, stroke=False)
            cells(yy, heads, 12, True)
            doc.line(X0, yy + 12, X1, yy + 12, 0.3)
            return yy + 12

        if y + 26 + 12 + 3 * 12 > BOTTOM:
            y = top(False)
        y = box(y)
        for n, s in enumerate(svcs, 1):
            h = 12 * max(1, len(s.adjs))
            if y + h > BOTTOM:
                doc.line(X0, y, X1, y, 0.6)
                y = top(False)
                y = box(y, True)
            first = s.adjs[0] if s.adjs else None
            cells(y, {"ln": str(n), "dos": DT(s.dos), "proc": s.code, "m1": s.mods[0] if s.mods else "",
                      "m2": s.mods[1] if len(s.mods) > 1 else "", "qty": units_str(s.units), "bl": M(s.billed),
                      "al": M(s.allowed), "pd": M(s.paid), "grp": first[0] if first else "",
                      "carc": first[1] if first else "", "aa": M(first[2]) if first else "",
                      "rarc": " ".join(s.remarks), "st": "Denied" if s.denied else "Paid"}, h)
            for j, a in enumerate(s.adjs[1:], 1):
                cells(y + 12 * j, {"grp": a[0], "carc": a[1], "aa": M(a[2])}, 0, border=False)
            doc.line(X0, y + h, X1, y + h, 0.3)
            b.add(s, pcn, ccn, nm, ("billed", "allowed", "paid"), adjs=s.adjs, remarks=s.remarks)
            y += h
        cells(y, {"dos": "Claim Totals", "bl": M(total(svcs, "billed")), "al": M(total(svcs, "allowed")),
                  "pd": M(total(svcs, "paid"))}, 12, True, 0.95, border=False)
        doc.line(X0, y + 12, X1, y + 12, 0.6)
        b.claim(pcn, ccn, nm, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        y += 24
    if y + 120 > BOTTOM:
        y = top(False)
    doc.text(36, y, "Section 2 - Claims in Process (no payment yet; shown for information)", "LibSans", 9, True)
    y += 12
    for t in ["Client Name  Nakagawa, Ren   CCN 26029-0411-000240   Patient Control No. AC118860   Billed 570.00   "
              "Status: Pending review"]:
        doc.text(40, y, t, F, 7.6)
        y += 14
    doc.text(36, y, "Section 3 - Code Explanations", "LibSans", 9, True)
    leg = [("N54", "Claim information does not match the authorized service plan."),
           ("B7", "Provider not certified or eligible for this service on the date of service (group CO)."),
           ("45", "Charge exceeds the program fee schedule (group CO)."),
           ("3", "Client copayment amount (group PR).")]
    for k, v in leg:
        y += 11
        doc.text(40, y, f"{k:<5} {v}", F, 7.6)
    b.legend.append(leg[0])
    footer_all(doc, foot)
    return b.write(out, "state Medicaid remittance and status report, boxed")


SPECS["h82_d2_medicaid_remittance_status"] = dict(
    money=lambda x: money(x, ","), date=lambda x: dfmt(x, "mdy4"), where="row", rows=2, footer=True,
    arith=("adj",), units=units_str, adj=lambda g, c, a: [g, c] + ([money(a, ",")] if a is not None else []))


# ================================================================================== p1 clearinghouse SPR print image
def p1(out: Path) -> Path:
    b = Build("h82_p1_clearinghouse_spr_print", "reportlab", False, "Medicare Remittance Notice - print image")
    doc = b.doc
    F, FS, LH = "Courier", 6.9, 8.6
    M = lambda x: money(x, "")  # noqa: E731
    st = PlanState(ded_left=q("120.00"))
    R = [  # name, mid, acnt, icn, perf npi, services, reversal?
        ("LINDQVIST, GRETA", "7TR4QW2KX83", "BHT-40118", "2226018004412", "1558802214", [
            svc(d(1, 5), "97165:1:GO"), svc(d(1, 5), "97760:1:GO"), svc(d(1, 5), "L3807:1:RT"),
            svc(d(1, 8), "97140:2:GO"), svc(d(1, 8), "97110:1:GO")], False),
        ("ASHWORTH, DELPHINE", "2HM9RT6PE14", "BHT-40122", "2226018004413", "1558802214", [
            svc(d(1, 6), "97168:1:GO"), svc(d(1, 6), "97530:2:GO,KX"), svc(d(1, 13), "97530:2:GO,KX"),
            svc(d(1, 13), "97140:1:GO,59"), svc(d(1, 13), "G0283:1:GO", denied="CO"),
            svc(d(1, 20), "97530:2:GO,KX"), svc(d(1, 20), "97110:2:GO,KX"), svc(d(1, 27), "97530:2:GO,KX"),
            svc(d(1, 27), "97535:1:GO,KX")], False),
        ("OKONJO, BARNABY", "5WK2XD8AN70", "BHT-39980", "2225350011871", "1720334916", [
            svc(d(1, 2), "97110:2:GP"), svc(d(1, 2), "97112:1:GP")], True),
        ("OKONJO, BARNABY", "5WK2XD8AN70", "BHT-39980A", "2226018004419", "1720334916", [
            svc(d(1, 2), "97110:2:GP"), svc(d(1, 2), "97112:2:GP")], False),
        ("FAIRWEATHER, MAUDE", "9PL3MN4RT22", "BHT-40131", "2226018004421", "1720334916", [
            svc(d(1, 7), "97161:1:GP"), svc(d(1, 7), "97110:2:GP,CQ"), svc(d(1, 14), "97110:2:GP,CQ"),
            svc(d(1, 14), "97116:2:GP,CQ"), svc(d(1, 21), "97110:3:GP,CQ"), svc(d(1, 21), "97140:1:GP,CQ")], False),
        ("VANTERPOOL, ISAIAH", "3QE8WN5TY61", "BHT-40140", "2226018004427", "1558802214", [
            svc(d(1, 9), "92523:1:GN"), svc(d(1, 16), "92507:1:GN"), svc(d(1, 23), "92507:1:GN"),
            svc(d(1, 30), "92507:1:GN")], False),
    ]
    for r in R:
        for s in r[5]:
            medicare(s, st, deny_reason="97")
            s.remarks = ["M15"] if s.denied else (["N640"] if "CQ" in s.mods else [])
        if r[6]:
            r[5][:] = [negate(s) for s in r[5]]
    fmt = ("{pp:<11} {fd:<4} {td:<6} {pos:<3} {nos:>3}  {proc:<5} {mods:<9} {bl:>9} {al:>9} {dd:>8} {co:>8}  "
           "{grc:<7}{ga:>9} {pd:>9}")
    X = 30
    state = {"y": 0}

    def put(s, bold=False):
        doc.text(X, state["y"], s, F, FS, bold)
        state["y"] += LH

    def top():
        doc.new_page()
        doc.rect(X - 4, 22, 560, 26, fill=0.9, stroke=True)
        doc.text(X + 2, 32, "HARBORLINK CLAIMS EXCHANGE  -  Remittance Print Image (reprinted from 835)", "Helvetica",
                 8, True)
        doc.text(X + 2, 43, "Client: Brightwater Hand & Therapy Services  |  Batch 26-0128-0077  |  Printed 01/29/2026 "
                 "07:41  |  Source payer: Tri-Valley Medicare Administrative Services (Part B)", "Helvetica", 6.5)
        state["y"] = 62
        put("MEDICARE" + " " * 40 + "MEDICARE REMITTANCE")
        put("PART B" + " " * 48 + "NOTICE")
        put("TRI-VALLEY MEDICARE ADMINISTRATIVE SERVICES")
        put("PO BOX 7702")
        put("GRANITE SHOALS, TX 78699" + " " * 44 + "PROVIDER #: 0044188")
        put("BRIGHTWATER HAND & THERAPY SVCS" + " " * 37 + "PAGE #: {PAGE}")
        put("1150 TANNERY CROSSING STE 300" + " " * 39 + "DATE: 01/28/2026")
        put("MILLBROOK HEIGHTS TX 76599" + " " * 42 + "CHECK/EFT #: 0071124490")
        put("")
        put(fmt.format(pp="PERF PROV", fd="SERV", td="DATE", pos="POS", nos="NOS", proc="PROC", mods="MODS",
                       bl="BILLED", al="ALLOWED", dd="DEDUCT", co="COINS", grc="GRP/RC-", ga="AMT", pd="PROV PD"))
        put("_" * 128)

    BOTTOM = 745
    top()
    for name, mid, acnt, icn, npi, svcs, rev in R:
        nlines = 3 + sum(max(1, len(s.adjs)) + (1 if s.remarks else 0) for s in svcs)
        if state["y"] + LH * min(nlines, 8) > BOTTOM:
            top()

        def head(cont=False):
            put(f"NAME {name:<22} MID {mid:<13} ACNT {acnt:<14} ICN {icn}  ASG Y MOA MA01"
                + ("  (CONT)" if cont else ""))
        head()
        if rev:
            put("     CLAIM STATUS 22 - REVERSAL OF PREVIOUS PAYMENT")
        for s in svcs:
            need = max(1, len(s.adjs)) + (1 if s.remarks else 0)
            if state["y"] + LH * need > BOTTOM:
                top()
                head(True)
            a0 = s.adjs[0]
            put(fmt.format(pp=npi, fd=s.dos.strftime("%m%d"), td=dfmt(s.dos, "mdy6"), pos="11", nos=units_str(s.units),
                           proc=s.code, mods=" ".join(s.mods), bl=M(s.billed), al=M(s.allowed), dd=M(s.deductible),
                           co=M(s.coinsurance), grc=f"{a0[0]}-{a0[1]}", ga=M(a0[2]), pd=M(s.paid)))
            for a in s.adjs[1:]:
                put(" " * 88 + f"{a[0]}-{a[1]:<4}{M(a[2]):>9}")
            if s.remarks:
                put("            REM: " + " ".join(s.remarks))
            b.add(s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjs=s.adjs,
                  remarks=s.remarks)
        resp = total(svcs, "deductible") + total(svcs, "coinsurance")
        put(f"PT RESP {M(resp):>9}" + " " * 19 + "CLAIM TOTALS "
            + f"{M(total(svcs, 'billed')):>9} {M(total(svcs, 'allowed')):>9} {M(total(svcs, 'deductible')):>8} "
            + f"{M(total(svcs, 'coinsurance')):>8}  {'':<7}{M(sum((a[2] for s in svcs for a in s.adjs), ZERO)):>9} "
            + f"{M(total(svcs, 'paid')):>9}")
        put(f"ADJ TO TOTALS:  PREV PD {M(ZERO):>8}  INTEREST {M(ZERO):>6}  LATE FILING CHARGE {M(ZERO):>6}"
            + " " * 23 + f"NET {M(total(svcs, 'paid')):>9}")
        b.claim(acnt, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=resp)
        put("")
    if state["y"] + LH * 14 > BOTTOM:
        top()
    allsv = [s for r in R for s in r[5]]
    put("TOTALS: # OF CLAIMS  BILLED AMT  ALLOWED AMT  DEDUCT AMT  COINS AMT  TOTAL RC-AMT  PROV PD AMT  "
        "PROV ADJ AMT  CHECK AMT")
    put(f"        {len(R):>11}  {M(total(allsv, 'billed')):>9}  {M(total(allsv, 'allowed')):>11}  "
        f"{M(total(allsv, 'deductible')):>10}  {M(total(allsv, 'coinsurance')):>9}  "
        f"{M(sum((a[2] for s in allsv for a in s.adjs), ZERO)):>12}  {M(total(allsv, 'paid')):>11}  "
        f"{M(ZERO):>12}  {M(total(allsv, 'paid')):>9}")
    put("")
    put("GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES")
    leg = [("CO", "Contractual obligation: amount the provider may not collect from the patient."),
           ("PR", "Patient responsibility."),
           ("M15", "Separately billed service was bundled into another service on the same day."),
           ("N640", "Payment adjusted for a service furnished in whole or part by a therapy assistant."),
           ("MA01", "Appeal rights notice: you may request a redetermination within 120 days.")]
    for k, v in leg:
        put(f"{k:<6} {v}")
        b.legend.append((k, v))
    n_total = doc.n
    for i, ops in enumerate(doc.pages, 1):
        for j, op in enumerate(ops):
            if op[0] == "t" and "{PAGE}" in op[3]:
                ops[j] = op[:3] + (op[3].replace("{PAGE}", f"{i} OF {n_total}"),) + op[4:]
    return b.write(out, "clearinghouse print image of a Medicare Part B remittance")


SPECS["h82_p1_clearinghouse_spr_print"] = dict(
    money=lambda x: money(x, ""), date=lambda x: dfmt(x, "mdy6"), where="row", rows=5, footer=True,
    arith=("adj",), units=units_str, adj=lambda g, c, a: [f"{g}-{c}"] + ([money(a, "")] if a is not None else []))


# ================================================================================== p2 practice-management posting report
def p2(out: Path) -> Path:
    b = Build("h82_p2_pm_payment_posting", "fpdf2", True, "Insurance Payment Posting Detail")
    doc = b.doc
    F, FS = "DVSans", 6.6
    M = lambda x: money(x, ",", "()")  # noqa: E731
    DT = lambda x: x.strftime("%m-%d-%y")  # noqa: E731
    st = PlanState(ded_left=q("60.00"))
    R = [  # patient, acct, icn, services, status
        ("GRAYSON, Elias", "100442", "2226027114402", [
            svc(d(1, 12), "97110:3:GP,KX"), svc(d(1, 12), "97140:1:GP,59"), svc(d(1, 14), "97110:3:GP,KX"),
            svc(d(1, 14), "97112:1:GP,KX")], "1 - Processed as primary; forwarded to Redwood Medigap"),
        ("TEMPLETON, Ada", "100517", "2226027114405", [
            svc(d(1, 13), "97166:1:GO"), svc(d(1, 13), "97530:2:GO"), svc(d(1, 20), "97530:2:GO"),
            svc(d(1, 20), "97535:2:GO"), svc(d(1, 22), "97530:3:GO"), svc(d(1, 22), "97760:1:GO"),
            svc(d(1, 27), "97530:2:GO,CQ"), svc(d(1, 27), "97535:1:GO,CQ"), svc(d(1, 29), "97530:2:GO,CQ"),
            svc(d(1, 29), "0552T:1:GO", denied="PR")], "1 - Processed as primary"),
        ("MBEKI-HOLLAND, Josephine", "100388", "2225339001276", [
            svc(d(1, 2), "97110:2:GP"), svc(d(1, 2), "97116:1:GP")], "22 - Reversal of previous payment"),
        ("MBEKI-HOLLAND, Josephine", "100388", "2226027114411", [
            svc(d(1, 2), "97110:2:GP"), svc(d(1, 2), "97116:1:GP"), svc(d(1, 2), "97140:1:GP,59")],
         "1 - Processed as primary (corrected claim)"),
        ("QUINTERO, Salvador", "100604", "2226027114418", [
            svc(d(1, 15), "92610:1:GN"), svc(d(1, 21), "92526:1:GN"), svc(d(1, 28), "92526:1:GN"),
            svc(d(1, 28), "97129:1:GN,59")], "1 - Processed as primary"),
    ]
    for pat, acct, icn, svcs, stat in R:
        for s in svcs:
            if s.denied == "PR":
                s.denied = None
                s.not_covered = s.billed
                s.owes = s.billed
                s.adjs = [("PR", "204", s.billed)]
                s.remarks = ["N130"]
                continue
            medicare(s, st)
            s.remarks = ["N640"] if "CQ" in s.mods else []
        if stat.startswith("22"):
            svcs[:] = [negate(s) for s in svcs]
    X0, X1 = 24, 768
    cols = [("dos", 24, "l"), ("cpt", 66, "l"), ("mod", 100, "l"), ("un", 160, "r"), ("chg", 214, "r"),
            ("alw", 266, "r"), ("ded", 312, "r"), ("coi", 358, "r"), ("pd", 412, "r"), ("pr", 462, "r"),
            ("grc", 476, "l"), ("aa", 560, "r"), ("rm", 572, "l"), ("post", 620, "l")]
    heads = {"dos": "DOS", "cpt": "CPT", "mod": "Modifiers", "un": "Units", "chg": "Charge", "alw": "Allowed",
             "ded": "Deduct", "coi": "Coins", "pd": "Paid", "pr": "Pt Resp", "grc": "Adj Grp-Rsn", "aa": "Adj Amt",
             "rm": "Remarks", "post": "Posting"}
    tb = Table(doc, cols, F, FS)

    def top():
        doc.new_page()
        doc.text(24, 30, "LEDGERLINE PRACTICE MANAGER", F, 7, True)
        doc.text(24, 44, "Insurance Payment Posting Detail", F, 12, True)
        doc.text(768, 30, "Cedar Hollow Rehabilitation Associates", F, 7.5, True, "r")
        doc.text(768, 40, "Run by: mhollis   Run date: 02/03/2026 10:12", F, 6.5, False, "r")
        doc.text(24, 57, "Payer: MEDICARE PART B - TRI-VALLEY MAS (Payer ID 04411)    Deposit: EFT 0071128833    "
             "Check date 01/30/2026    Posted to batch 2026-0130-B", F, 7)
        doc.line(24, 62, 768, 62, 0.8)
        doc.rect(24, 66, 744, 12, fill=0.82, stroke=False)
        tb.row(75, heads, bold=True)
        return 90

    def foot(i, n):
        doc.text(24, 596, "Ledgerline PM  rpt PAY-DTL-04  Amounts in parentheses are takebacks.", F, 6, page=i)
        doc.text(768, 596, f"Page {i} of {n}", F, 6.8, True, "r", page=i)

    BOTTOM = 580
    y = top()
    zebra = False
    for pat, acct, icn, svcs, stat in R:
        def head(yy, cont=False):
            doc.rect(X0, yy - 8, X1 - X0, 11, fill=0.9, stroke=False)
            doc.text(26, yy, f"{pat}" + (" (cont'd)" if cont else ""), F, 7, True)
            doc.text(170, yy, f"Acct# {acct}", F, 7)
            doc.text(250, yy, f"Payer ICN {icn}", F, 7)
            doc.text(380, yy, f"Claim status {stat}", F, 7)
            return yy + 12
        if y + 12 + 3 * 10 > BOTTOM:
            y = top()
        y = head(y)
        for s in svcs:
            h = 9.5 * max(1, len(s.adjs))
            if y + h > BOTTOM:
                y = top()
                y = head(y, True)
            if zebra:
                doc.rect(X0, y - 7, X1 - X0, h, fill=0.96, stroke=False)
            zebra = not zebra
            a0 = s.adjs[0]
            tb.row(y, {"dos": DT(s.dos), "cpt": s.code, "mod": " ".join(s.mods), "un": f"{s.units:.1f}",
                       "chg": M(s.billed), "alw": M(s.allowed), "ded": M(s.deductible), "coi": M(s.coinsurance),
                       "pd": M(s.paid), "pr": M(s.owes), "grc": f"{a0[0]}-{a0[1]}", "aa": M(a0[2]),
                       "rm": " ".join(s.remarks), "post": "Auto-posted"})
            for j, a in enumerate(s.adjs[1:], 1):
                tb.row(y + 9.5 * j, {"grc": f"{a[0]}-{a[1]}", "aa": M(a[2])})
            b.add(s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                  adjs=s.adjs, remarks=s.remarks)
            y += h
        doc.line(X0, y - 6, X1, y - 6, 0.3)
        tb.row(y + 1, {"cpt": "Claim Total", "chg": M(total(svcs, "billed")), "alw": M(total(svcs, "allowed")),
                       "ded": M(total(svcs, "deductible")), "coi": M(total(svcs, "coinsurance")),
                       "pd": M(total(svcs, "paid")), "pr": M(total(svcs, "owes"))}, bold=True)
        b.claim(acct, icn, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 18
    if y + 80 > BOTTOM:
        y = top()
    allsv = [s for r in R for s in r[3]]
    doc.text(24, y, f"Deposit totals:  Charges {M(total(allsv, 'billed'))}   Paid {M(total(allsv, 'paid'))}   "
             f"Patient responsibility {M(total(allsv, 'owes'))}   Provider-level adjustments 0.00", F, 7.2, True)
    y += 14
    leg = [("N640", "Assistant-furnished therapy paid at the reduced rate."),
           ("N130", "Plan benefit limits apply; the patient may be billed."),
           ("CO-253", "Federal payment reduction."), ("PR-204", "Service not covered; patient responsibility.")]
    for k, v in leg:
        doc.text(24, y, f"{k:<8} {v}", F, 6.8)
        y += 9
        b.legend.append((k, v))
    footer_all(doc, foot)
    return b.write(out, "practice-management posting detail of a Medicare remittance")


SPECS["h82_p2_pm_payment_posting"] = dict(
    money=lambda x: money(x, ",", "()"), date=lambda x: x.strftime("%m-%d-%y"), where="row", rows=4, footer=True,
    arith=("adj",), units=lambda u: f"{u:.1f}",
    adj=lambda g, c, a: [f"{g}-{c}"] + ([money(a, ",", "()")] if a is not None else []))


# ================================================================================== s1 therapy clinic family statement
def s1(out: Path) -> Path:
    b = Build("h82_s1_clinic_family_statement", "reportlab", False, "Statement")
    doc = b.doc
    F, FS = "LibSerif", 7.8
    M = lambda x: money(x, "$")  # noqa: E731
    DT = lambda x: dfmt(x, "mdy4")  # noqa: E731
    ins = "BluePeak Health PPO"
    st = PlanState(ded_left=q("90.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"),
                   visit_copay=q("20.00"))
    V = [  # visit no, patient, claim no, services
        ("V-88120", "Thea Carvalho-Mbeki", "BP2601055512", [svc(d(1, 5), "97166:1:GO"), svc(d(1, 5), "97530:2:GO")]),
        ("V-88131", "Joaquim Carvalho-Mbeki", "BP2601065530", [svc(d(1, 6), "92523:1:GN"), svc(d(1, 6), "92507:1:GN")]),
        ("V-88164", "Thea Carvalho-Mbeki", "BP2601125561", [svc(d(1, 12), "97530:3:GO"), svc(d(1, 12), "97533:1:GO"),
                                                            svc(d(1, 12), "97535:1:GO")]),
        ("V-88170", "Joaquim Carvalho-Mbeki", "BP2601135577", [svc(d(1, 13), "92507:1:GN"),
                                                               svc(d(1, 13), "92526:1:GN")]),
        ("V-88172", "Lucia Carvalho-Mbeki", "BP2601135580", [svc(d(1, 13), "97165:1:GO"),
                                                             svc(d(1, 13), "97760:1:GO"),
                                                             svc(d(1, 13), "L3807:1:LT")]),
        ("V-88201", "Thea Carvalho-Mbeki", "BP2601195602", [svc(d(1, 19), "97530:3:GO"), svc(d(1, 19), "97112:1:GO,59"),
                                                            svc(d(1, 19), "97533:2:GO", denied="PR")]),
        ("V-88215", "Joaquim Carvalho-Mbeki", "BP2601205618", [svc(d(1, 20), "92507:1:GN"),
                                                               svc(d(1, 20), "97129:1:GN,59")]),
        ("V-88219", "Lucia Carvalho-Mbeki", "BP2601205621", [svc(d(1, 20), "97760:2:GO"),
                                                             svc(d(1, 20), "97110:2:GO")]),
        ("V-88240", "Thea Carvalho-Mbeki", "BP2601265640", [svc(d(1, 26), "97530:3:GO"), svc(d(1, 26), "97535:2:GO"),
                                                            svc(d(1, 26), "97533:2:GO"), svc(d(1, 26), "97112:1:GO,59")]),
        ("V-88251", "Joaquim Carvalho-Mbeki", "BP2601275655", [svc(d(1, 27), "92507:1:GN"),
                                                               svc(d(1, 27), "92526:1:GN"),
                                                               svc(d(1, 27), "92507:1:GN,59")]),
    ]
    for *_, svcs in V:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    allsv = [s for v in V for s in v[-1]]
    paid_by_family = q("120.00")
    due = total(allsv, "owes") - paid_by_family
    X = 40
    cols = [("date", X, "l"), ("desc", X + 52, "l"), ("code", X + 206, "l"), ("qty", X + 268, "r"),
            ("chg", X + 324, "r"), ("ins", X + 384, "r"), ("adj", X + 440, "r"), ("bal", X + 500, "r")]
    tb = Table(doc, cols, F, FS)

    def colhead(yy):
        doc.line(X - 4, yy - 9, 572, yy - 9, 0.8)
        tb.row(yy, {"date": "Date", "desc": "Description of service", "code": "Code", "qty": "Units",
                    "chg": "Charges", "ins": "Insurance Paid", "adj": "Ins. Adjustment", "bal": "Your Portion"},
               bold=True, size=7.2)
        doc.line(X - 4, yy + 4, 572, yy + 4, 0.5)
        return yy + 15

    def top(first):
        doc.new_page()
        doc.text(X, 46, "Willow Creek", F, 17, True)
        doc.text(X, 58, "PEDIATRIC THERAPY  -  OT  |  SPEECH  |  FEEDING", F, 7.5)
        doc.text(X, 68, "90 Quillfeather Lane, Suite 110  -  Ambrose Point, MN 55999  -  (555) 014-2280", F, 7.2)
        doc.text(572, 46, "STATEMENT", F, 14, True, "r")
        if not first:
            doc.text(572, 60, "Account G-30417  -  Ines Carvalho-Mbeki", F, 7.5, False, "r")
            return colhead(96)
        doc.rect(392, 80, 180, 74, stroke=True, lw=0.8)
        for i, (k, v) in enumerate([("Statement date", "02/02/2026"), ("Account number", "G-30417"),
                                    ("Payment due by", "02/27/2026"), ("Amount due", M(due))]):
            doc.text(400, 96 + 15 * i, k, F, 8, i == 3)
            doc.text(564, 96 + 15 * i, v, F, 9 if i == 3 else 8, i == 3, "r")
        doc.text(X, 92, "Ines Carvalho-Mbeki", F, 8.5, True)
        for i, t in enumerate(["Parent/guarantor for Thea, Joaquim and Lucia", "3307 Saltbrush Court",
                               "Ambrose Point, MN 55998"]):
            doc.text(X, 103 + 10 * i, t, F, 8)
        doc.rect(X - 4, 162, 536, 30, fill=0.93, stroke=False)
        doc.text(X, 174, "Your insurance (BluePeak Health PPO) has processed the visits below. The amount in 'Your "
                 "Portion' is your deductible, copay,", F, 7.4)
        doc.text(X, 184, "coinsurance or a non-covered charge. Questions about your bill? Call our billing office at "
                 "(555) 014-2281, Monday-Thursday.", F, 7.4)
        return colhead(210)

    def foot(i, n):
        doc.line(X - 4, 742, 572, 742, 0.4, page=i)
        doc.text(X, 753, "Willow Creek Pediatric Therapy accepts cards, checks and online payment at the patient "
                 "portal. Tax ID 00-0000418.", F, 6.5, page=i)
        doc.text(572, 764, f"Page {i} of {n}", F, 7.2, True, "r", page=i)

    BOTTOM = 728
    y = top(True)
    for vno, pat, clm, svcs in V:
        def head(yy, cont=False):
            doc.rect(X - 4, yy - 8, 536, 11, fill=0.88, stroke=False)
            doc.text(X, yy, f"Visit {vno}   Patient: {pat}   {ins} claim {clm}" + ("  (continued)" if cont else ""),
                     F, 7.6, True)
            return yy + 13
        if y + 13 + 12 * 2 > BOTTOM:
            y = top(False)
        y = head(y)
        for s in svcs:
            if y + 11 > BOTTOM:
                y = top(False)
                y = head(y, True)
            tb.row(y, {"date": DT(s.dos), "desc": s.desc if not s.denied else s.desc + " - not covered",
                       "code": " ".join((s.code,) + s.mods), "qty": units_str(s.units), "chg": M(s.billed),
                       "ins": M(s.paid), "adj": M(s.discount), "bal": M(s.owes)})
            b.add(s, vno, clm, pat, ("billed", "paid", "patient_owes"))
            y += 11
        tb.row(y, {"desc": "Visit total", "chg": M(total(svcs, "billed")), "ins": M(total(svcs, "paid")),
                   "adj": M(total(svcs, "discount")), "bal": M(total(svcs, "owes"))}, bold=True)
        b.claim(vno, clm, pat, billed=total(svcs, "billed"), paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 18
    if y + 110 > BOTTOM:
        y = top(False)
    tb.row(y, {"date": "01/24/2026", "desc": "Payment received - thank you (check 2211)",
               "bal": money(-paid_by_family, "$")})
    y += 20
    doc.text(X, y, "Account summary", F, 9, True)
    rows = [("Total charges this statement", M(total(allsv, "billed"))), ("Insurance payments", M(total(allsv, "paid"))),
            ("Insurance adjustments", M(total(allsv, "discount"))), ("Your portion", M(total(allsv, "owes"))),
            ("Payments received", money(-paid_by_family, "$")), ("Amount due", M(due))]
    for i, (k, v) in enumerate(rows):
        doc.text(X, y + 12 + 10 * i, k, F, 7.8, k == "Amount due")
        doc.text(X + 220, y + 12 + 10 * i, v, F, 7.8, k == "Amount due", "r")
    ag = [("Current", M(due)), ("31-60 days", M(ZERO)), ("61-90 days", M(ZERO)), ("Over 90 days", M(ZERO))]
    for i, (k, v) in enumerate(ag):
        doc.rect(300 + 68 * i, y + 4, 68, 30, stroke=True)
        doc.text(334 + 68 * i, y + 16, k, F, 7, True, "c")
        doc.text(334 + 68 * i, y + 28, v, F, 7.5, False, "c")
    y += 90
    doc.line(X - 4, y, 572, y, 0.6, dash=True)
    doc.text(X, y + 12, "Please detach and return this portion with your payment.   Account G-30417   "
             f"Amount due {M(due)}   Amount enclosed $__________", F, 7.5)
    footer_all(doc, foot)
    return b.write(out, "therapy clinic family statement")


SPECS["h82_s1_clinic_family_statement"] = dict(
    money=lambda x: money(x, "$"), date=lambda x: dfmt(x, "mdy4"), where="row", rows=1, footer=True,
    arith=("stmt",), units=units_str, adj=None)


# ================================================================================== s2 hospital family statement
def s2(out: Path) -> Path:
    b = Build("h82_s2_hospital_family_statement", "fpdf2", False, "Patient Statement")
    doc = b.doc
    F, FS = "DVCond", 7.3
    M = lambda x: money(x, ",")  # noqa: E731
    DT = lambda x: dfmt(x, "mdy2")  # noqa: E731
    REV = {"97": "0434", "92": "0444", "99": "0510", "G0": "0424", "L3": "0274", "0552T": "0434"}
    A = [  # hospital account, patient, insurer, claim ref, plan paid share, services
        ("HA-40077812", "Jonah Pellerin", "Kestrel Health Plan", "KHP-26-0019934", [
            svc(d(1, 6), "97163:1:GP"), svc(d(1, 6), "97110:2:GP"), svc(d(1, 8), "97110:3:GP"),
            svc(d(1, 8), "97140:1:GP"), svc(d(1, 13), "97110:3:GP"), svc(d(1, 13), "97116:2:GP"),
            svc(d(1, 15), "97110:2:GP"), svc(d(1, 15), "97112:1:GP"), svc(d(1, 20), "97110:3:GP"),
            svc(d(1, 20), "97140:2:GP,59"), svc(d(1, 22), "97110:2:GP"), svc(d(1, 22), "97035:1:GP"),
            svc(d(1, 27), "97110:3:GP"), svc(d(1, 27), "97116:1:GP"), svc(d(1, 29), "97164:1:GP")]),
        ("HA-40078106", "Celeste Pellerin", "Kestrel Health Plan", "KHP-26-0021107", [
            svc(d(1, 9), "97165:1:GO"), svc(d(1, 9), "97760:1:GO"), svc(d(1, 9), "L3807:1:RT"),
            svc(d(1, 16), "97530:2:GO"), svc(d(1, 16), "97140:1:GO"), svc(d(1, 23), "97530:2:GO"),
            svc(d(1, 23), "97760:1:GO"), svc(d(1, 30), "97168:1:GO")]),
        ("HA-40079930", "Marguerite Pellerin", "Kestrel Health Plan", "KHP-26-0022840", [
            svc(d(1, 14), "92523:1:GN"), svc(d(1, 21), "92507:1:GN"), svc(d(1, 28), "92507:1:GN"),
            svc(d(1, 28), "92526:1:GN")]),
    ]
    st = PlanState(ded_left=q("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))
    acc = []
    for ha, pat, insr, ref, svcs in A:
        for s in svcs:
            commercial(s, st)
        acc.append((total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount"), total(svcs, "owes")))
    X = 36
    grand = sum((a[3] for a in acc), ZERO)
    SIDE = 430  # right sidebar on page 1

    def top(first):
        doc.new_page()
        doc.text(X, 44, "ST. AURELIA VALLEY HOSPITAL", F, 13, True)
        doc.text(X, 55, "Outpatient Rehabilitation Services  -  1200 Fennimore Parkway, Dunmore Bay, WI 54999", F, 7.3)
        doc.line(X, 61, 576, 61, 1.0)
        if first:
            doc.rect(SIDE, 70, 146, 250, fill=0.9, stroke=False)
            rows = [("Guarantor", "Raymond Pellerin"), ("Guarantor no.", "GU-7741093"), ("Statement date", "02/04/2026"),
                    ("Pay by", "03/06/2026"), ("", ""), ("Total due", M(grand))]
            for i, (k, v) in enumerate(rows):
                doc.text(SIDE + 8, 86 + 22 * i, k, F, 7, True)
                doc.text(SIDE + 8, 96 + 22 * i, v, F, 9 if k == "Total due" else 8, k == "Total due")
            for i, t in enumerate(["Pay online at our patient", "portal, by phone at", "1-844-555-0127, or by mail",
                                   "with the slip on the last page.", "", "Financial assistance is", "available; ask us."]):
                doc.text(SIDE + 8, 234 + 10 * i, t, F, 7)
        return 76

    def foot(i, n):
        doc.text(X, 768, "Hospital accounts are billed separately for each patient. Charges include facility services "
                 "only; therapist fees are not billed separately.", F, 6.3, page=i)
        doc.text(576, 778, f"Page {i} of {n}", F, 7, True, "r", page=i)

    W = [("date", X, "l"), ("rev", X + 42, "l"), ("code", X + 72, "l"), ("desc", X + 126, "l"), ("qty", X + 330, "r"),
         ("chg", X + 386, "r")]
    y = top(True)
    doc.text(X, y + 4, "Raymond Pellerin", F, 8.5, True)
    for i, t in enumerate(["57 Dockside Row", "Dunmore Bay, WI 54998"]):
        doc.text(X, y + 15 + 10 * i, t, F, 8)
    y += 50
    doc.text(X, y, "Summary of your family's hospital accounts", F, 9, True)
    y += 12
    for (ha, pat, *_), (bl, pd, ad, ow) in zip(A, acc):
        doc.text(X, y, f"{pat}", F, 7.6)
        doc.text(X + 120, y, ha, F, 7.6)
        doc.text(X + 380, y, M(ow), F, 7.6, False, "r")
        y += 10
    y += 12
    BOTTOM = 748
    tbl = Table(doc, W, F, FS)
    for (ha, pat, insr, ref, svcs), (bl, pd, ad, ow) in zip(A, acc):
        def head(yy, cont=False):
            ww = 390 if doc.n == 1 else 540
            doc.rect(X, yy - 9, ww, 24, stroke=True, lw=0.6)
            doc.text(X + 4, yy, f"Hospital account {ha}   Patient: {pat}" + ("   (continued)" if cont else ""),
                     F, 7.8, True)
            ds = sorted(s.dos for s in svcs)
            doc.text(X + 4, yy + 10, f"Outpatient therapy series {DT(ds[0])} - {DT(ds[-1])}   Primary insurance: {insr}",
                     F, 7.2)
            tbl.row(yy + 27, {"date": "Date", "rev": "Rev", "code": "CPT/HCPCS", "desc": "Description", "qty": "Qty",
                              "chg": "Charges"}, bold=True)
            doc.line(X, yy + 30, X + 390, yy + 30, 0.4)
            return yy + 40
        if y + 40 + 3 * 10 > BOTTOM:
            y = top(False)
        y = head(y)
        for s in svcs:
            if y + 10 > BOTTOM - 60 and s is svcs[-1] or y + 10 > BOTTOM:
                y = top(False)
                y = head(y, True)
            rev = REV.get(s.code, REV.get(s.code[:2], "0430"))
            tbl.row(y, {"date": DT(s.dos), "rev": rev, "code": "-".join((s.code,) + s.mods), "desc": s.desc,
                        "qty": units_str(s.units), "chg": M(s.billed)})
            b.add(s, ha, ref, pat, ("billed",))
            y += 10
        if y + 60 > BOTTOM:
            y = top(False)
        doc.line(X, y - 6, X + 390, y - 6, 0.4)
        rows = [("Total charges", M(bl)), (f"Payment - {insr} (claim {ref})", money(-pd, ",")),
                ("Contractual adjustment - insurance", money(-ad, ",")), ("Patient payments", M(ZERO)),
                ("Balance due for this account", M(ow))]
        for i, (k, v) in enumerate(rows):
            last = i == len(rows) - 1
            doc.text(X + 126, y + 10 * i, k, F, 7.3, last)
            doc.text(X + 386, y + 10 * i, v, F, 7.3, last, "r")
        b.claim(ha, ref, pat, billed=bl, paid=pd, patient_owes=ow)
        y += 10 * len(rows) + 18
    if y + 60 > BOTTOM:
        y = top(False)
    doc.line(X, y, 576, y, 0.6, dash=True)
    doc.text(X, y + 12, f"RETURN THIS PORTION   Guarantor GU-7741093   Raymond Pellerin   Total due {M(grand)}   "
             "Amount enclosed ________", F, 7.5, True)
    footer_all(doc, foot)
    return b.write(out, "hospital outpatient family statement")


SPECS["h82_s2_hospital_family_statement"] = dict(
    money=lambda x: money(x, ","), date=lambda x: dfmt(x, "mdy2"), where="row", rows=1, footer=True,
    arith=(), units=units_str, adj=None)


# ===================================================================================== self-check
def _D(x):
    return None if x is None else Decimal(x)


def check_one(pdf: Path, spec: dict) -> list[str]:
    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    pages = page_lines(pdf)
    name = pdf.name
    if len(pages) != t["pages"]:
        errs.append(f"{name}: pages {len(pages)} != truth {t['pages']}")
    doc_text = " ".join(" ".join(p) for p in pages)
    doc_text_ns = " ".join(doc_text.split())
    if spec.get("footer"):
        for i, p in enumerate(pages, 1):
            pat = re.compile(rf"\bpage\s*#?:?\s*{i}\s+of\s+{len(pages)}\b", re.I)
            if not any(pat.search(ln) for ln in p):
                errs.append(f"{name}: no 'Page {i} of {len(pages)}' footer")
    M, DT = spec["money"], spec["date"]
    for n, ln in enumerate(t["lines"]):
        tag = f"{name} line {n} ({ln['code']} {ln['service_date']})"
        for k in ("patient", "claim_id", "payer_claim_id"):
            if ln[k] is not None and " ".join(ln[k].split()) not in doc_text_ns:
                errs.append(f"{tag}: {k} {ln[k]!r} not in document text")
        plines = pages[ln["page"] - 1] if ln["page"] - 1 < len(pages) else []
        main = [M(Decimal(ln[k])) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                             "coinsurance", "not_covered", "discount") if ln[k] is not None]
        if ln["units"] is not None:
            main.append(spec["units"](Decimal(ln["units"])))
        anchor = main[0] if main else ln["code"]
        extra = []
        if ln["code"]:
            extra += spec.get("code", lambda c, m: [c] + list(m))(ln["code"], ln["modifiers"])
        if spec["where"] == "row":
            extra.append(DT(date.fromisoformat(ln["service_date"])))
        if ln["service_end"]:
            extra.append(DT(date.fromisoformat(ln["service_end"])))
        for g, c, a in ln["adjustments"]:
            extra += spec["adj"](g, c, None if a is None else Decimal(a))
        extra += ln["remarks"]
        ok = False
        for i, text in enumerate(plines):
            if not has_tok(text, anchor):
                continue
            if not all(has_tok(text, tok) for tok in main):
                continue
            win = " ".join(plines[i:i + spec["rows"]])
            if all(has_tok(win, tok) for tok in extra):
                ok = True
                break
        if not ok:
            errs.append(f"{tag}: row with {main} + {extra} not found on page {ln['page']}")
        if spec["where"] == "page":
            ds = DT(date.fromisoformat(ln["service_date"]))
            if not any(has_tok(x, ds) for x in plines) and not any(has_tok(x, ds) for p in pages for x in p):
                errs.append(f"{tag}: date {ds} not in text")
        # arithmetic
        v = {k: _D(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                    "coinsurance", "not_covered", "discount")}
        z = Decimal("0")
        for rule in spec["arith"]:
            if rule == "member":
                if v["discount"] is not None and v["billed"] - v["discount"] - (v["not_covered"] or z) != v["allowed"]:
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
                parts = sum((v[k] or z) for k in ("deductible", "copay", "coinsurance"))
                if v["allowed"] - parts != v["paid"]:
                    errs.append(f"{tag}: allowed - member share != paid")
                if v["patient_owes"] is not None and v["patient_owes"] not in (parts, parts + (v["not_covered"] or z),
                                                                             v["billed"] if v["allowed"] == z else None):
                    errs.append(f"{tag}: owes != its parts")
            elif rule == "adj":
                if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]):
                    if v["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != v["paid"]:
                        errs.append(f"{tag}: billed - adjustments != paid")
                elif v["billed"] != v["paid"]:
                    errs.append(f"{tag}: no adjustment but billed != paid")
            elif rule == "stmt":
                if v["billed"] - v["paid"] - v["patient_owes"] < z:
                    errs.append(f"{tag}: charges < insurance paid + your portion")
            elif rule == "share":
                if v["allowed"] != z and v["allowed"] - v["paid"] != v["patient_owes"]:
                    errs.append(f"{tag}: allowed - plan paid != your share")
    # claims: totals = sum of lines, printed in the document
    for c in t["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"{name}: claim {key} has no lines")
        for k, v in (c["totals"] or {}).items():
            if v is None:
                continue
            if spec.get("line_sums", True) and k in ("billed", "allowed", "paid", "patient_owes"):
                if all(ln[k] is not None for ln in mine):
                    sm = sum(Decimal(ln[k]) for ln in mine)
                    if sm != Decimal(v):
                        errs.append(f"{name}: claim {key} {k} total {v} != lines {sm}")
            if not has_tok(doc_text, M(Decimal(v))):
                errs.append(f"{name}: claim {key} total {k} {v} not printed")
    for k in (t.get("legend") or []):
        if k[0] not in doc_text:
            errs.append(f"{name}: legend code {k[0]} not printed")
    return errs


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout82_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    pdfs = [fn(out) for fn in LAYOUTS]
    nl = npg = 0
    bad: list[str] = []
    crossing = 0
    for p in pdfs:
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        nl += len(t["lines"])
        npg += t["pages"]
        pages_by_claim: dict = {}
        for ln in t["lines"]:
            pages_by_claim.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
        cross = sum(1 for v in pages_by_claim.values() if len(v) > 1)
        crossing += 1 if cross else 0
        pats = len({ln["patient"] for ln in t["lines"]})
        print(f"{p.name}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims, "
              f"{pats} patients, {cross} claims crossing a page")
        if "--check" in argv:
            bad += check_one(p, SPECS[t["layout"]])
    print(f"{len(pdfs)} files, {nl} service lines, {npg} pages -> {out}")
    if "--check" in argv:
        if crossing < 3:
            bad.append(f"only {crossing} files have a claim continuing onto the next page (need 3)")
        prods = {json.loads(Path(str(p) + '.truth.json').read_text())["producer"] for p in pdfs}
        if len(prods) < 2:
            bad.append("fewer than two producers")
        for e in bad:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if bad else "passed")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
