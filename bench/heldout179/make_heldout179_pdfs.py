"""Write the held-out set 179 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement of
the PDF reader on ten everyday documents, two of each of the five commonest real kinds, each in a house style of
its own. Written without looking at the reader, its tests or its scores.

Run:  python bench/heldout179/make_heldout179_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout179/make_heldout179_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Helper: bench/heldout179/_pdfkit.py (one page
model drawn by reportlab or fpdf2, and the text-layer reading used by --check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py), printed values only, null for what a layout does not
print (units null where no quantity is printed); claim_id = the provider's own account / patient-control / visit
number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the person served, not
the subscriber or guarantor). Printed negatives (reversals, voids) are negative. A "thru" date printed on a line is
its service_end even when it equals the from date. Claim totals are the printed ones; a hospital statement prints
the insurer's payment as a credit "(203.20)" and its truth total paid is the positive payment. Every name, number,
payer, provider, address and ID is invented; descriptions are our own words. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).

Layouts:
  v1  commercial PPO member EOB for a family (3 members, 5 claims), portrait core Helvetica: "Service date /
      Service (code / modifiers) / Units / Amount billed / Member savings / Plan allowed / Deductible / Copay /
      Coinsurance / Not covered / Plan paid / Your share / Note", two-line column heads on a grey band, "97530 GO",
      "01/06/26", letter notes, a claim running onto page 2 under "(continued)" and a repeated header (reportlab)
  v2  commercial HMO "Statement of Claims Processed", landscape DejaVu Serif with a grey left sidebar (subscriber,
      member number, progress), "Service Date / Description of Service / Procedure / Qty / Billed / Allowed /
      Copay / Not Payable / Plan Paid / You Owe / Rmk", descriptions wrapping to 2 lines, "97533-GO", per-visit
      copay, an excluded service owed in full, 3 children (fpdf2)
  v3  Medicare Summary Notice Part B, Liberation Serif portrait: summary page 1 (deductible, total you may be
      billed, providers), claims from page 2 under date headings "Jan 7, 2026" inside each claim, "Service
      Provided & Billing Code / Did Medicare Approve? / Amount Provider Charged / Medicare-Approved Amount /
      Amount Medicare Paid / Maximum You May Be Billed / See Notes", code in parentheses "(97110-GP-KX)", no
      units, no provider account, a denied item (reportlab)
  v4  Medicare Advantage PPO monthly member EOB mailed to a couple, DejaVu Sans Condensed portrait: cost summary
      box with both member IDs, "Date / Service / Code / Units / Provider charged / Plan approved / Plan paid /
      You owe / Note", "1/5/2026", a 24-line claim that runs onto page 2 WITHOUT a repeated column header,
      a denied re-evaluation (fpdf2)
  v5  state Medicaid remittance advice, mainframe print, landscape core Courier: "RECIPIENT NAME / RECIP ID /
      PAT ACCT / ICN / LN / FROM / THRU / PROC / MODS / UNITS / BILLED / ALLOWED / COPAY / PAID / EOB",
      ids only on a claim's first line, PAID / DENIED / ADJUSTED sections, void with trailing-minus amounts
      "71.30-" and its replacement, 4-digit state EOB codes, PAGE number in the banner (reportlab)
  v6  Medicaid managed-care "Provider Remittance Advice", Liberation Sans portrait, each claim in a box with a
      shaded band (Member / Member ID / Claim Status / Patient Acct # / TCN), "Ln / From / To / Procedure /
      Modifiers / Units / Billed / Allowed / Paid / Adj Rsn / Adj Amt / Remark", "CO-45" stacked under each
      other, a home-health line with a date range, a denied claim (fpdf2)
  v7  clearinghouse reprint of a Medicare Part B standard paper remit, DejaVu Sans Mono portrait: NAME / MID /
      ACNT / ICN / ASG / MOA heading lines, "PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED /
      DEDUCT / COINS / GRP/RC-AMT / PROV PD", "0105 010526" dates, extra adjustments on following lines, PT RESP /
      CLAIM TOTALS / NET, a claim split over the page break with "(CONT)" (reportlab)
  v8  practice-management "ERA Claim Detail" of a Medicare Advantage payment, landscape Liberation Sans Narrow:
      patient heading rows, "Svc Date / CPT/HCPCS / Mod / Units / Charge / Allowed / Deduct / Coins / Adj Code /
      Adj Amt / Paid / Remark / Description", glued "CO45", "GO,KX" modifiers, a reversal with negative amounts
      and its correction, a denied laser line (fpdf2)
  v9  pediatric therapy clinic family statement, DejaVu Sans portrait, grey right sidebar (account, amount due):
      visit heading rows naming the child, visit number and insurer's claim number, "Date / Code / Description /
      Charge / Ins. Paid / Ins. Adj. / You Owe", glued "97166GO", no units, no per-visit totals, 3 children
      (reportlab)
  v10 hospital outpatient guarantor statement for a family, Liberation Serif portrait: shaded account headings
      (Patient / Account No. / insurer claim), "Date / Rev / CPT/HCPCS / Description / Qty / Charges / Payments /
      Adjustments", charges only on the service rows, insurer payment and contractual allowance as separate
      credit rows in parentheses, account totals and patient balance, 3 family members (fpdf2)

The self-check (--check) tests the factory, never the reader: for every truth line, one text row of its page (words
grouped by height, read with pdfplumber) carries its code, modifiers, service date (MSN: on the page), thru date,
units and every printed amount; its adjustment codes with amounts and its remarks sit in its row block; ids,
patients, descriptions, legend codes and printed claim totals are in the document; page counts match; billed -
adjustments = paid where every adjustment is printed; billed - discount - not covered = allowed and allowed -
deductible - copay - coinsurance = paid where printed (member EOBs); lines add up to each printed claim total; at
least three files carry a claim across a page break; two producers; a second run is byte-identical.
"""

from __future__ import annotations

import json
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
    ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, total, truth_line,
    units_str, write_truth,
)
from _pdfkit import Doc, date_forms, numbers, page_lines  # noqa: E402

# A few more invented charges / schedule amounts / short wordings used by this set.
for code, fee, sched, desc in (
    ("97533", "98.00", "38.12", "Sensory integration techniques"),
    ("97162", "235.00", "101.12", "PT evaluation, moderate complexity"),
    ("73110", "145.00", "31.40", "X-ray of wrist, three views"),
    ("36415", "28.00", "3.00", "Blood draw by needle"),
    ("99203", "210.00", "109.80", "Office visit, new patient"),
    ("97018", "40.00", "5.60", "Paraffin bath"),
    ("G0152", "120.00", "44.30", "OT services in home health, each 15 min"),
    ("97164", "150.00", "69.70", "PT re-evaluation"),
):
    eobgen.FEE[code], eobgen.SCHED[code], eobgen.DESC[code] = fee, sched, desc

D = date


class Out:
    """Truth being collected for one PDF, plus what the self-check needs to know about each line."""

    def __init__(self, name: str, layout: str, producer: str, description: str, *, all_adjs: bool = False,
                 date_on_row: bool = True, plan_math: bool = False):
        self.name, self.layout, self.producer, self.description = name, layout, producer, description
        self.all_adjs, self.date_on_row, self.plan_math = all_adjs, date_on_row, plan_math
        self.lines: list[dict] = []
        self.spans: list[int] = []
        self.claims: list[dict] = []
        self.legend: list[tuple[str, str]] = []

    def add(self, page: int, s: Svc, span: int = 1, **kw) -> None:
        self.lines.append(truth_line(page, s, **kw))
        self.spans.append(span)

    def claim(self, claim_id, payer_claim_id, patient, **totals) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**totals)})


def footers(doc: Doc, fn) -> None:
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages):
        doc.pages = doc.pages  # keep
        cur = doc.pages[-1]
        doc.pages.append(ops)  # draw onto page i by making it last temporarily
        fn(doc, i + 1, n)
        doc.pages.pop()
        assert doc.pages[-1] is cur


def mods_sp(s: Svc) -> str:
    return " ".join(s.mods)


# ============================================================================ v1 commercial member EOB
def v1(out_dir: Path) -> Out:
    o = Out("v1_commercial_family_eob", "v1", "reportlab",
            "commercial PPO member EOB for a family, portrait Helvetica, claim sections, notes legend", plan_math=True)
    doc = Doc()
    R, B = "Helvetica", "Helvetica-Bold"
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Marisol Ebbington", "Ebbington Hand & Upper Limb Therapy", "EHT-118204", "7724-0931-5501", [
            Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 6), "97018", 1, ("GO",), denied="PR"),
        ]),
        ("Tobiah Ebbington", "Little Sprouts Speech Studio", "LS-60931", "7724-0944-1028", [
            Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 15), "92507", 1, ("GN",)), Svc(D(2026, 1, 20), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "92507", 1, ("GN",)),
        ]),
        ("Marisol Ebbington", "Ebbington Hand & Upper Limb Therapy", "EHT-118377", "7724-0957-3310", [
            Svc(D(2026, 1, 13), "97530", 2, ("GO",)), Svc(D(2026, 1, 13), "97140", 1, ("GO", "59")),
            Svc(D(2026, 1, 13), "97535", 1, ("GO",)), Svc(D(2026, 1, 20), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97110", 1, ("GO",)), Svc(D(2026, 1, 20), "97760", 1, ("GO",)),
        ]),
        ("Penrose Ebbington", "Valley Crest Physical Therapy", "VCPT-2208-14", "7724-0968-0072", [
            Svc(D(2026, 1, 21), "97162", 1, ("GP",)), Svc(D(2026, 1, 21), "97112", 2, ("GP",)),
            Svc(D(2026, 1, 27), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 27), "G0283", 1, ("GP",), denied="CO"),
        ]),
        ("Tobiah Ebbington", "Little Sprouts Speech Studio", "LS-61188", "7724-0981-6604", [
            Svc(D(2026, 1, 27), "92507", 1, ("GN",)), Svc(D(2026, 1, 29), "92507", 1, ("GN",)),
            Svc(D(2026, 2, 3), "92507", 1, ("GN",)), Svc(D(2026, 2, 5), "92507", 1, ("GN",)),
            Svc(D(2026, 2, 10), "92507", 1, ("GN",)), Svc(D(2026, 2, 12), "92507", 1, ("GN", "KX")),
            Svc(D(2026, 2, 17), "92526", 1, ("GN",)), Svc(D(2026, 2, 19), "92507", 1, ("GN", "KX")),
        ]),
    ]
    o.legend = [("A", "Your plan does not cover this service under your therapy benefit."),
                ("B", "This provider agreed to accept the plan's rate; you do not owe the savings amount."),
                ("C", "The provider may not bill you for this amount.")]
    cols = [(36, "L", "Service\ndate"), (76, "L", "Service\n(code / modifiers)"), (196, "R", "Units"),
            (236, "R", "Amount\nbilled"), (276, "R", "Member\nsavings"), (318, "R", "Plan\nallowed"),
            (356, "R", "Deduct-\nible"), (388, "R", "Copay"), (425, "R", "Coin-\nsurance"),
            (463, "R", "Not\ncovered"), (503, "R", "Plan\npaid"), (545, "R", "Your\nshare"), (576, "R", "Note")]

    def page_top(cont: bool) -> float:
        doc.text(36, 44, "NORTHWAY MUTUAL HEALTH", B, 14)
        doc.text(36, 56, "PPO Choice 2000  |  Group 00418-EB  |  PO Box 7710, Fenwick, OR 97990", R, 7.5)
        doc.text(576, 44, "EXPLANATION OF BENEFITS", B, 10, "R")
        doc.text(576, 56, "This is not a bill", R, 7.5, "R")
        doc.line(36, 62, 576, 62, 1.2)
        if not cont:
            doc.text(36, 80, "Subscriber: Lorcan Ebbington", R, 8.5)
            doc.text(36, 91, "Member ID: NMH448201937   Statement date: 02/03/2026", R, 8.5)
            doc.text(36, 102, "1180 Larchmont Way, Fenwick, OR 97991", R, 8.5)
            doc.rect(356, 70, 220, 42)
            doc.text(362, 81, "Family deductible 2026: $1,500.00", R, 7.5)
            doc.text(362, 92, "Met so far: $1,500.00   Remaining: $0.00", R, 7.5)
            doc.text(362, 103, "Out-of-pocket limit: $6,000.00", R, 7.5)
            doc.text(36, 124, "Claims processed for your family", B, 10)
            return 134
        return 72

    def col_head(y: float) -> float:
        doc.rect(36, y, 540, 20, fill=0.88, stroke=False)
        for x, al, h in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x if al == "L" else x, y + 8 + k * 8, part, B, 6.3, al)
        return y + 27

    y = page_top(False)
    for who, prov, acct, clm, svcs in fam:
        svcs = [commercial(s, st) for s in svcs]
        if y + 70 > 740:
            doc.new_page(); y = page_top(True)
        doc.text(36, y + 9, f"Patient: {who}", B, 8.5)
        doc.text(220, y + 9, f"Provider: {prov} (in network)", R, 8)
        doc.text(36, y + 20, f"Claim number: {clm}    Patient account: {acct}    Received 01/29/2026", R, 7.5)
        y = col_head(y + 25)
        for s in svcs:
            if y + 11 > 740:
                doc.new_page(); y = page_top(True)
                doc.text(36, y + 9, f"Patient: {who} - Claim number: {clm} (continued)", B, 8)
                y = col_head(y + 14)
            note = "A" if s.denied == "PR" else ("C" if s.denied == "CO" else "B")
            vals = [dfmt(s.dos, "mdy2"), f"{s.code} {mods_sp(s)}", units_str(s.units), money(s.billed, ","),
                    money(s.discount, ","), money(s.allowed, ","), money(s.deductible, ","), money(s.copay, ","),
                    money(s.coinsurance, ","), money(s.not_covered, ","), money(s.paid, ","), money(s.owes, ","), note]
            for (x, al, _), v in zip(cols, vals):
                doc.text(x, y, v, R, 7, al)
            o.add(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=who, remarks=[note], description=False,
                  printed=("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "not_covered",
                           "paid", "patient_owes"))
            y += 13
        doc.line(36, y - 7, 576, y - 7, 0.4)
        tv = [money(total(svcs, a), ",") for a in ("billed", "discount", "allowed", "deductible", "copay",
                                                   "coinsurance", "not_covered", "paid", "owes")]
        doc.text(76, y + 2, "Claim totals", B, 7)
        for (x, al, _), v in zip(cols[3:12], tv):
            doc.text(x, y + 2, v, B, 7, al)
        o.claim(acct, clm, who, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 22
    if y + 60 > 740:
        doc.new_page(); y = page_top(True)
    doc.text(36, y + 6, "Notes", B, 8.5)
    for i, (k, t) in enumerate(o.legend):
        doc.text(36, y + 18 + i * 10, f"{k}  {t}", R, 7.5)
    doc.text(36, y + 58, "Questions? Call Member Services at 1-800-555-0143 (TTY 711), Monday-Friday 8 a.m.-6 p.m.", R, 7.5)
    footers(doc, lambda d, i, n: d.text(576, 770, f"Page {i} of {n}", R, 7, "R"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Explanation of Benefits")
    return o


# ============================================================================ v2 commercial EOB, sidebar
def v2(out_dir: Path) -> Out:
    o = Out("v2_commercial_sidebar_eob", "v2", "fpdf2",
            "commercial HMO member EOB, landscape DejaVu Serif, left sidebar, wrapped descriptions", plan_math=True)
    doc = Doc(landscape=True)
    R, B = "DejaVuSerif", "DejaVuSerif-Bold"
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("35.00"), allowed_rate=Decimal("0.74"))
    data = [
        ("Juniper Alcott-Reyes", "Bright Steps Pediatric Therapy", "BSP0048821", "HM26-0119-88410", [
            Svc(D(2026, 1, 9), "97533", 2, ("GO",), desc="Sensory processing activities to improve response to touch, sound and movement"),
            Svc(D(2026, 1, 9), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 16), "97533", 2, ("GO",), desc="Sensory processing activities to improve response to touch, sound and movement"),
            Svc(D(2026, 1, 16), "97535", 1, ("GO",), desc="Training in dressing, feeding and daily self-care routines at home"),
        ]),
        ("Caspian Alcott-Reyes", "Bright Steps Pediatric Therapy", "BSP0048907", "HM26-0121-90233", [
            Svc(D(2026, 1, 12), "92507", 1, ("GN",), desc="Individual speech, language and voice treatment session"),
            Svc(D(2026, 1, 14), "92507", 1, ("GN",), desc="Individual speech, language and voice treatment session"),
            Svc(D(2026, 1, 19), "92507", 1, ("GN",), desc="Individual speech, language and voice treatment session"),
            Svc(D(2026, 1, 21), "92507", 1, ("GN",), desc="Individual speech, language and voice treatment session"),
            Svc(D(2026, 1, 23), "97129", 1, ("GN",), denied="PR", desc="Thinking-skills intervention, first 15 minutes (not a covered benefit)"),
        ]),
        ("Odessa Alcott-Reyes", "Riverbend Orthopedic Associates", "ROA-771045", "HM26-0126-02217", [
            Svc(D(2026, 1, 22), "99203", 1, (), desc="New-patient office visit with the orthopedic specialist"),
            Svc(D(2026, 1, 22), "73110", 1, ("RT",), desc="Wrist imaging, right side, three views"),
            Svc(D(2026, 1, 22), "L3807", 1, ("RT",), desc="Custom-fitted wrist-hand-finger brace, right"),
        ]),
    ]
    o.legend = [("P10", "Payment reflects your plan's contracted rate with this provider."),
                ("P22", "One office copay applies per visit date."),
                ("X41", "Your plan excludes this service; you are responsible for the charge.")]
    x0 = 200
    cols = [(x0, "L", "Service Date"), (x0 + 58, "L", "Description of Service"), (x0 + 228, "L", "Procedure"),
            (x0 + 288, "R", "Qty"), (x0 + 336, "R", "Billed"), (x0 + 382, "R", "Allowed"),
            (x0 + 426, "R", "Copay"), (x0 + 474, "R", "Not Payable"), (x0 + 520, "R", "Plan Paid"),
            (x0 + 566, "R", "You Owe"), (x0 + 572, "L", "Rmk")]

    def sidebar(cont: bool) -> float:
        doc.rect(24, 24, 160, 564, fill=0.93, stroke=False)
        doc.text(32, 44, "Summit Ridge", B, 12)
        doc.text(32, 58, "Health Plan", B, 12)
        doc.text(32, 76, "Statement of Claims", R, 8)
        doc.text(32, 86, "Processed for", R, 8)
        doc.text(32, 104, "Subscriber", B, 7.5)
        doc.text(32, 114, "Wendell Alcott-Reyes", R, 7.5)
        doc.text(32, 128, "Member number", B, 7.5)
        doc.text(32, 138, "SRH 55-310-4472", R, 7.5)
        doc.text(32, 152, "Plan", B, 7.5)
        doc.text(32, 162, "Summit HMO Silver 35", R, 7.5)
        doc.text(32, 176, "Issued", B, 7.5)
        doc.text(32, 186, "February 4, 2026", R, 7.5)
        if not cont:
            doc.text(32, 214, "Your 2026 progress", B, 8)
            doc.text(32, 226, "Deductible  $0.00 of $0.00", R, 7)
            doc.text(32, 236, "Out-of-pocket  $415.00", R, 7)
            doc.text(32, 246, "of $4,500.00", R, 7)
            doc.text(32, 280, "Keep this notice with", R, 7)
            doc.text(32, 290, "your records.", R, 7)
        doc.text(32, 560, "Member Services", B, 7)
        doc.text(32, 570, "1-877-555-0190", R, 7)
        return 40

    def head(y: float) -> float:
        doc.line(x0, y, 768, y, 0.8)
        for x, al, h in cols:
            doc.text(x, y + 10, h, B, 6.5, al)
        doc.line(x0, y + 14, 768, y + 14, 0.4)
        return y + 25

    y = sidebar(False)
    for who, prov, acct, clm, svcs in data:
        svcs = [commercial(s, st, deny_reason="96") for s in svcs]
        if y + 60 > 570:
            doc.new_page(); y = sidebar(True)
        doc.text(x0, y + 10, f"{who}", B, 9.5)
        doc.text(x0, y + 22, f"{prov}   |   Claim # {clm}   |   Provider Patient # {acct}", R, 7.5)
        y = head(y + 28)
        for s in svcs:
            dl = doc.wrap(s.desc, 162, R, 7)
            h = 10 * len(dl) + 2
            if y + h > 570:
                doc.new_page(); y = sidebar(True)
                doc.text(x0, y + 10, f"{who} (continued from previous page)", B, 8.5)
                y = head(y + 16)
            rmk = "X41" if s.denied else ("P22" if s.copay else "P10")
            vals = [dfmt(s.dos, "mdy4"), dl[0], "-".join((s.code,) + s.mods), units_str(s.units),
                    money(s.billed, "$"), money(s.allowed, "$"), money(s.copay, "$"), money(s.not_covered, "$"),
                    money(s.paid, "$"), money(s.owes, "$"), rmk]
            for (x, al, _), v in zip(cols, vals):
                doc.text(x, y, v, R, 7, al)
            for k, part in enumerate(dl[1:], 1):
                doc.text(x0 + 58, y + 10 * k, part, R, 7)
            o.add(doc.page, s, span=len(dl), claim_id=acct, payer_claim_id=clm, patient=who, remarks=[rmk],
                  printed=("billed", "allowed", "copay", "not_covered", "paid", "patient_owes"))
            y += h
        doc.line(x0, y - 6, 768, y - 6, 0.4)
        doc.text(x0 + 58, y + 3, "Totals for this claim", B, 7)
        for (x, al, _), a in zip(cols[4:10], ("billed", "allowed", "copay", "not_covered", "paid", "owes")):
            doc.text(x, y + 3, money(total(svcs, a), "$"), B, 7, al)
        o.claim(acct, clm, who, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 22
    doc.text(x0, y + 6, "Remark codes", B, 8)
    for i, (k, t) in enumerate(o.legend):
        doc.text(x0, y + 18 + i * 10, f"{k}: {t}", R, 7)
    footers(doc, lambda d, i, n: d.text(768, 596, f"Page {i} of {n}", R, 7, "R"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Statement of Claims Processed")
    return o


# ============================================================================ v3 Medicare Summary Notice
def v3(out_dir: Path) -> Out:
    o = Out("v3_medicare_summary_notice", "v3", "reportlab",
            "Medicare Summary Notice Part B, Liberation Serif portrait, dates as group rows", date_on_row=False)
    doc = Doc()
    R, B = "LiberationSerif", "LiberationSerif-Bold"
    who = "ROSALIND T. HAVERSHAM"
    st = PlanState(ded_left=Decimal("40.00"))
    claims = [
        ("26-0107-0831-4417-0", "Tidewater Outpatient Rehab, 40 Quay Street, Port Lamond, ME 04999", "Dr. Anselm Poole", [
            [Svc(D(2026, 1, 7), "97163", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",))],
            [Svc(D(2026, 1, 9), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 9), "97140", 1, ("GP", "59")),
             Svc(D(2026, 1, 9), "97116", 1, ("GP",))],
        ]),
        ("26-0121-0907-5520-0", "Harborlight Hand Therapy, 9 Mill Rd, Port Lamond, ME 04999", "Dr. Greta Lindqvist", [
            [Svc(D(2026, 1, 14), "97168", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 2, ("GO", "CO")),
             Svc(D(2026, 1, 14), "0552T", 1, ("GO",), denied="PR")],
            [Svc(D(2026, 1, 21), "97530", 3, ("GO", "CO")), Svc(D(2026, 1, 21), "97760", 1, ("GO",))],
        ]),
    ]
    o.legend = [("A", "This approved amount is the Medicare fee for the service; the provider accepted it."),
                ("B", "Your share includes the Part B deductible."),
                ("C", "Medicare does not pay for this item; the provider gave you written notice beforehand."),
                ("D", "A 2% federal reduction was applied to the Medicare payment.")]
    # page 1: summary
    doc.text(40, 50, "Medicare Summary Notice for Part B (Medical Insurance)", B, 15)
    doc.text(40, 66, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", R, 9)
    doc.rect(40, 80, 250, 78)
    doc.text(48, 94, who, B, 10)
    doc.text(48, 108, "55 Gannet Hill Road", R, 9)
    doc.text(48, 120, "Port Lamond, ME 04999", R, 9)
    doc.text(48, 140, "Medicare Number  XXXXXXX4R27", R, 9)
    doc.rect(310, 80, 262, 78, fill=0.92)
    doc.text(318, 96, "This notice is for services processed", R, 9)
    doc.text(318, 108, "January 1 - March 31, 2026", B, 9)
    doc.text(318, 126, "THIS IS NOT A BILL", B, 11)
    doc.text(318, 142, "Be informed: check your claims below.", R, 9)
    all_s = [medicare(s, st) for c in claims for day in c[3] for s in day]
    doc.text(40, 186, "Your Deductible Status", B, 11)
    doc.text(40, 200, "You have now met your $283.00 Part B deductible for 2026.", R, 9.5)
    doc.text(40, 226, "Total You May Be Billed", B, 11)
    doc.text(40, 242, money(total(all_s, "owes")), B, 16)
    doc.text(310, 186, "Did Medicare Approve All Services?", B, 11)
    doc.text(310, 200, "NO. Medicare denied 1 service. See claims on the next pages.", R, 9.5)
    doc.text(310, 226, "Providers with Claims This Period", B, 11)
    doc.text(310, 240, "Jan 7, 2026   Tidewater Outpatient Rehab", R, 9)
    doc.text(310, 252, "Jan 14, 2026  Harborlight Hand Therapy", R, 9)
    doc.rect(40, 290, 532, 90)
    doc.text(48, 306, "How to check this notice", B, 10)
    for i, t in enumerate(["Do you recognize the name of each provider? Check the dates.",
                           "Did you get the services listed? Do they match those on your receipts and bills?",
                           "If you want more details, call your provider's office or 1-800-555-0118.",
                           "If you think a claim is wrong, see 'How to handle a disagreement' on the last page."]):
        doc.text(56, 322 + i * 13, "- " + t, R, 9)
    # claim pages
    cols = [(40, "L", "Service Provided &\nBilling Code"), (292, "C", "Did Medicare\nApprove?"),
            (382, "R", "Amount\nProvider\nCharged"), (438, "R", "Medicare-\nApproved\nAmount"),
            (488, "R", "Amount\nMedicare\nPaid"), (534, "R", "Maximum\nYou May\nBe Billed"), (540, "L", "See\nNotes")]

    def top() -> float:
        doc.text(40, 44, f"{who}", B, 9)
        doc.text(572, 44, "Medicare Summary Notice for Part B", R, 9, "R")
        doc.line(40, 50, 572, 50, 1)
        return 66

    def head(y: float) -> float:
        doc.rect(40, y, 532, 34, fill=0.85, stroke=False)
        for x, al, h in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x + (4 if x == 40 else 0), y + 10 + k * 9, part, B, 7.5, al)
        return y + 46

    doc.new_page()
    y = top()
    doc.text(40, y + 4, "Your Claims for Part B (Medical Insurance)", B, 12)
    y += 14
    for clm, prov, ref, days in claims:
        flat = [s for day in days for s in day]
        if y + 120 > 740:
            doc.new_page(); y = top()
        doc.text(40, y + 10, f"{dfmt(days[0][0].dos, 'mon')}", B, 10)
        doc.text(40, y + 24, prov, R, 9)
        doc.text(40, y + 36, f"Referred by: {ref}    Service Provider Claim Number: {clm}", R, 9)
        y = head(y + 42)
        for day in days:
            if y + 14 + 11 * len(day) > 740:
                doc.new_page(); y = top()
                doc.text(40, y + 6, f"Claim Number {clm} (continued)", B, 9)
                y = head(y + 12)
            doc.text(44, y, dfmt(day[0].dos, "mon"), B, 8.5)
            y += 12
            for s in day:
                notes = ["C"] if s.denied else (["A", "B", "D"] if s.deductible else ["A", "D"])
                vals = [f"{s.desc} ({'-'.join((s.code,) + s.mods)})", "No" if s.denied else "Yes",
                        money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ", ".join(notes)]
                for (x, al, _), v in zip(cols, vals):
                    doc.text(x + (12 if x == 40 else 0), y, v, R, 8, al)
                o.add(doc.page, s, claim_id=None, payer_claim_id=clm, patient=who, units=False, remarks=notes,
                      printed=("billed", "allowed", "paid", "patient_owes"))
                y += 12
        doc.line(40, y - 7, 572, y - 7, 0.5)
        doc.text(52, y + 3, "Total for Claim", B, 8)
        for (x, al, _), a in zip(cols[2:6], ("billed", "allowed", "paid", "owes")):
            doc.text(x, y + 3, money(total(flat, a)), B, 8, al)
        o.claim(None, clm, who, billed=total(flat, "billed"), allowed=total(flat, "allowed"),
                paid=total(flat, "paid"), patient_owes=total(flat, "owes"))
        y += 26
    if y + 70 > 740:
        doc.new_page(); y = top()
    doc.text(40, y + 4, "Notes for Claims Above", B, 10)
    for i, (k, t) in enumerate(o.legend):
        doc.text(40, y + 18 + i * 12, f"{k}  {t}", R, 8.5)
    footers(doc, lambda d, i, n: d.text(306, 770, f"Page {i} of {n}", R, 8, "C"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Medicare Summary Notice")
    return o


# ============================================================================ v4 Medicare Advantage EOB
def v4(out_dir: Path) -> Out:
    o = Out("v4_medicare_advantage_eob", "v4", "fpdf2",
            "Medicare Advantage PPO member EOB for a couple, DejaVu Sans Condensed portrait, table runs on")
    doc = Doc()
    R, B = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    data = [
        ("Ignatius Farrow-Blythe", "Larkspur Family Medicine", "LFM-00993", "MA2601240060217", [
            Svc(D(2026, 1, 20), "99213", 1, ()), Svc(D(2026, 1, 20), "36415", 1, ()),
        ]),
        ("Clementine Farrow-Blythe", "Meadowlark Rehabilitation Services", "MRS-5530219", "MA2601190051136", [
            Svc(D(2026, 1, 8), "97165", 1, ("GO",)), Svc(D(2026, 1, 8), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 15), "97535", 2, ("GO", "CO")), Svc(D(2026, 1, 15), "97530", 1, ("GO", "CO")),
            Svc(D(2026, 1, 22), "97150", 1, ("GO",), denied="CO"),
        ]),
        ("Ignatius Farrow-Blythe", "Meadowlark Rehabilitation Services", "MRS-5530172", "MA2601170044281", [
            Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 9), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 9), "97140", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 12), "97116", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 14), "97110", 2, ("GP",)), Svc(D(2026, 1, 14), "97530", 1, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 2, ("GP",)), Svc(D(2026, 1, 16), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 19), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 19), "97112", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 21), "97110", 2, ("GP",)), Svc(D(2026, 1, 21), "97116", 1, ("GP",)),
            Svc(D(2026, 1, 23), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 23), "97140", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 26), "97110", 2, ("GP",)), Svc(D(2026, 1, 26), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 28), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 28), "97530", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 30), "97110", 2, ("GP",)), Svc(D(2026, 1, 30), "97164", 1, ("GP",), denied="CO"),
        ]),
    ]
    o.legend = [("1", "Approved at the plan's contracted rate for in-network providers."),
                ("2", "Your share is the 20% coinsurance for outpatient rehabilitation."),
                ("3", "This service was not approved; the provider may not bill you for it.")]
    cols = [(40, "L", "Date"), (88, "L", "Service"), (250, "L", "Code"), (330, "R", "Units"),
            (388, "R", "Provider\ncharged"), (446, "R", "Plan\napproved"), (504, "R", "Plan\npaid"),
            (556, "R", "You\nowe"), (564, "L", "Note")]

    def top(cont: bool) -> float:
        doc.text(40, 46, "Crestline Medicare Advantage PPO", B, 13)
        doc.text(40, 60, "Explanation of Benefits for January 2026", R, 9.5)
        doc.text(572, 46, "H0000-017", R, 8, "R")
        doc.line(40, 68, 572, 68, 0.8)
        if cont:
            return 82
        doc.text(40, 86, "Mailed to: Ignatius and Clementine Farrow-Blythe, 311 Birchcroft Lane, Eldon Springs, IA 50999", R, 8.5)
        doc.rect(40, 96, 532, 56, fill=0.94)
        doc.text(48, 110, "Your costs this month", B, 9)
        doc.text(48, 124, "Ignatius  -  Member ID CMA-209-77461-01", R, 8.5)
        doc.text(48, 138, "Clementine  -  Member ID CMA-209-77461-02", R, 8.5)
        doc.text(330, 110, "2026 maximum out-of-pocket: $5,900.00", R, 8.5)
        doc.text(330, 124, "Your plan pays first; keep this for your records.", R, 8.5)
        return 172

    def head(y: float) -> float:
        doc.line(40, y, 572, y, 0.6)
        for x, al, h in cols:
            for k, part in enumerate(h.split("\n")):
                doc.text(x, y + 9 + k * 8, part, B, 7, al)
        doc.line(40, y + 21, 572, y + 21, 0.6)
        return y + 31

    y = top(False)
    for who, prov, acct, clm, svcs in data:
        svcs = [medicare(s, st, sequestration=False, deny_reason="197") for s in svcs]
        if y + 70 > 735:
            doc.new_page(); y = top(True)
        doc.text(40, y + 10, f"Claim for {who}", B, 9.5)
        doc.text(40, y + 22, f"{prov}  -  Claim number {clm}  -  Provider's account {acct}", R, 8)
        y = head(y + 28)
        for s in svcs:
            if y + 12 > 735:
                doc.new_page(); y = top(True)   # the table simply runs on; no column header repeated
                doc.text(40, y, f"{who}, claim {clm}, continued", R, 7.5)
                y += 14
            note = "3" if s.denied else "1, 2"
            vals = [dfmt(s.dos, "mdyn"), s.desc, "-".join((s.code,) + s.mods), units_str(s.units),
                    money(s.billed), money(s.allowed), money(s.paid), money(s.owes), note]
            for (x, al, _), v in zip(cols, vals):
                doc.text(x, y, v, R, 7.5, al)
            o.add(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=who, remarks=note.split(", "),
                  printed=("billed", "allowed", "paid", "patient_owes"))
            y += 12
        doc.line(40, y - 7, 572, y - 7, 0.4)
        doc.text(88, y + 3, "Claim total", B, 7.5)
        for (x, al, _), a in zip(cols[4:8], ("billed", "allowed", "paid", "owes")):
            doc.text(x, y + 3, money(total(svcs, a)), B, 7.5, al)
        o.claim(acct, clm, who, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 24
    if y + 50 > 735:
        doc.new_page(); y = top(True)
    doc.text(40, y + 4, "What the notes mean", B, 9)
    for i, (k, t) in enumerate(o.legend):
        doc.text(40, y + 16 + i * 11, f"{k}. {t}", R, 8)
    footers(doc, lambda d, i, n: d.text(572, 765, f"Page {i} of {n}  |  Y0000_EOB26_C", R, 7, "R"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Explanation of Benefits")
    return o


# ============================================================================ v5 Medicaid RA, mainframe
def v5(out_dir: Path) -> Out:
    o = Out("v5_medicaid_ra_mainframe", "v5", "reportlab",
            "state Medicaid remittance advice, Courier landscape, PAID / DENIED / ADJUSTED sections")
    doc = Doc(landscape=True)
    R, B = "Courier", "Courier-Bold"
    fs = 7.6
    cw = fs * 0.6

    def at(col: int, y: float, s: str, f: str = R) -> None:
        doc.text(30 + col * cw, y, s, f, fs)

    paid = [
        ("QUENNELL, ARLO", "640019922", "QA2201", "2126012004417", [
            Svc(D(2026, 1, 6), "97530", 4, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 8), "97530", 4, ("GO",)), Svc(D(2026, 1, 8), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 13), "97530", 4, ("GO",)), Svc(D(2026, 1, 13), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 15), "97530", 4, ("GO",)), Svc(D(2026, 1, 15), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97530", 4, ("GO",)), Svc(D(2026, 1, 20), "97533", 2, ("GO",)),
            Svc(D(2026, 1, 22), "97530", 4, ("GO",)), Svc(D(2026, 1, 22), "97535", 2, ("GO",)),
        ]),
        ("QUENNELL, BEATRIX", "640019930", "QB2204", "2126012004425", [
            Svc(D(2026, 1, 7), "92507", 1, ("GN",)), Svc(D(2026, 1, 9), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 14), "92507", 1, ("GN",)), Svc(D(2026, 1, 16), "92507", 1, ("GN",)),
        ]),
        ("MARTINEAU, SOLEIL", "640107713", "MS0918", "2126012004433", [
            Svc(D(2026, 1, 5), "97166", 1, ("GO",)), Svc(D(2026, 1, 12), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 12), "97112", 1, ("GO", "59")), Svc(D(2026, 1, 19), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 19), "97112", 1, ("GO", "59")), Svc(D(2026, 1, 26), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 26), "97140", 1, ("GO", "59")), Svc(D(2026, 1, 26), "97018", 1, ("GO",)),
            Svc(D(2026, 1, 28), "97530", 3, ("GO",)), Svc(D(2026, 1, 28), "97110", 2, ("GO",)),
        ]),
        ("OYELARAN, TEMI", "640233058", "OT4471", "2126012004441", [
            Svc(D(2026, 1, 20), "97165", 1, ("GO",)), Svc(D(2026, 1, 22), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 27), "97530", 2, ("GO",)), Svc(D(2026, 1, 29), "97530", 2, ("GO",)),
        ]),
    ]
    denied = [("KESWICK, DARIUS", "640551207", "KD0077", "2126012004458", [
        Svc(D(2026, 1, 21), "97530", 4, ("GO",), denied="CO"), Svc(D(2026, 1, 21), "97535", 2, ("GO",), denied="CO")])]
    orig = [medicaid(s) for s in [Svc(D(2025, 12, 16), "92507", 1, ("GN",)), Svc(D(2025, 12, 18), "92507", 1, ("GN",))]]
    repl = [medicaid(s) for s in [Svc(D(2025, 12, 16), "92507", 1, ("GN",)), Svc(D(2025, 12, 18), "92507", 1, ("GN", "KX"))]]
    adjusted = [("QUENNELL, BEATRIX", "640019930", "QB2117", "5126012000093", [negate(s) for s in orig]),
                ("QUENNELL, BEATRIX", "640019930", "QB2117", "2126012004466", repl)]
    o.legend = [("0001", "LINE PAID AT STATE MAXIMUM FEE"), ("0315", "PRIOR AUTHORIZATION NOT ON FILE FOR DATES BILLED"),
                ("0916", "CLAIM VOIDED - SEE REPLACEMENT ICN"), ("0917", "REPLACEMENT OF A PREVIOUSLY PAID CLAIM")]
    BOTTOM = 570

    def top() -> float:
        n = doc.page
        at(0, 30, "DEPARTMENT OF HUMAN SERVICES - STATE OF NORTH ALDER", B)
        at(70, 30, "MEDICAL ASSISTANCE PROGRAM", B)
        at(140, 30, f"PAGE: {n:>4}", B)
        at(0, 40, "REMITTANCE ADVICE             RA NUMBER: 0048812   WARRANT DATE: 02/02/26   PAYEE ID: 210044871")
        at(0, 50, "PAYEE: STONEBRIDGE PEDIATRIC THERAPY LLC   NPI 1992837465   412 FERRY ST, CALDER, NA 58999")
        at(0, 62, "-" * 160)
        return 74

    def colhead(y: float) -> float:
        at(0, y, "RECIPIENT NAME        RECIP ID    PAT ACCT  ICN            LN FROM     THRU     PROC  MODS   UNITS"
                 "    BILLED   ALLOWED  COPAY      PAID  EOB")
        at(0, y + 9, "-" * 160)
        return y + 20

    y = top()

    def section(title: str, claims, status: str) -> None:
        nonlocal y
        if y + 40 > BOTTOM:
            doc.new_page(); y = top()
        at(0, y, f"CLAIM TYPE: PROFESSIONAL     STATUS: {title}", B)
        y = colhead(y + 12)
        for name, rid, pcn, icn, svcs in claims:
            if status == "PAID":
                svcs = [medicaid(s) for s in svcs]
            elif status == "DENIED":
                svcs = [medicaid(s, deny_reason="197") for s in svcs]
            for ln, s in enumerate(svcs, 1):
                if y + 10 > BOTTOM:
                    doc.new_page(); y = top()
                    at(0, y, f"CLAIM TYPE: PROFESSIONAL     STATUS: {title} (CONTINUED)", B)
                    y = colhead(y + 12)
                if status == "DENIED":
                    eob = "0315"
                elif status == "ADJUSTED":
                    eob = "0916" if s.billed < 0 else "0917"
                else:
                    eob = "0001"
                lead = f"{name:<21} {rid:<11} {pcn:<9} {icn:<14}" if ln == 1 else " " * 58
                row = (f"{lead} {ln:>2} {dfmt(s.dos, 'mdy2'):<8} {dfmt(s.dos, 'mdy2'):<8} {s.code:<5} "
                       f"{' '.join(s.mods):<6} {units_str(s.units):>5} {money(s.billed, '', 'trail'):>9} "
                       f"{money(s.allowed, '', 'trail'):>9} {'0.00':>6} {money(s.paid, '', 'trail'):>9}  {eob}")
                at(0, y, row)
                o.add(doc.page, s, claim_id=pcn, payer_claim_id=icn, patient=name, remarks=[eob], service_end=s.dos,
                      printed=("billed", "allowed", "paid"), description=False)
                y += 10
            tb, ta, tp = (money(total(svcs, a), '', 'trail') for a in ("billed", "allowed", "paid"))
            at(0, y, f"{'':<58} CLAIM TOTAL{'':<29} {tb:>9} {ta:>9} {'0.00':>6} {tp:>9}")
            o.claim(pcn, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
            y += 16

    section("PAID", paid, "PAID")
    section("DENIED", denied, "DENIED")
    section("ADJUSTED", adjusted, "ADJUSTED")
    if y + 60 > BOTTOM:
        doc.new_page(); y = top()
    at(0, y, "EOB CODE EXPLANATIONS", B)
    for i, (k, t) in enumerate(o.legend):
        at(0, y + 10 + i * 10, f"{k}  {t}")
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Remittance Advice")
    return o


# ============================================================================ v6 Medicaid MCO RA, boxed
def v6(out_dir: Path) -> Out:
    o = Out("v6_medicaid_mco_ra_boxed", "v6", "fpdf2",
            "Medicaid managed-care remittance advice, Liberation Sans portrait, boxed claims", all_adjs=True)
    doc = Doc()
    R, B = "LiberationSans", "LiberationSans-Bold"
    data = [
        ("Amadi, Chidera", "NM0048812207", "ACC-10442", "26027004418800", "PAID", [
            Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 3, ("GP",)),
            Svc(D(2026, 1, 7), "97140", 1, ("GP", "59"))]),
        ("Amadi, Nkem", "NM0048812215", "ACC-10447", "26027004418818", "PAID", [
            Svc(D(2026, 1, 6), "97530", 2, ("GO",)), Svc(D(2026, 1, 6), "97112", 1, ("GO",))]),
        ("Vasquez-Oduya, Lior", "NM0061190034", "ACC-10452", "26027004418826", "DENIED", [
            Svc(D(2026, 1, 8), "97530", 3, ("GO",), denied="CO"), Svc(D(2026, 1, 8), "97110", 1, ("GO",), denied="CO")]),
        ("Brightwater, Henley", "NM0072201145", "ACC-10460", "26027004418834", "PAID", [
            Svc(D(2026, 1, 9), "G0152", 2, ("GO",), end=D(2026, 1, 16)), Svc(D(2026, 1, 20), "97535", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97530", 2, ("GO",))]),
    ]
    o.legend = [("CO-45", "Charge is above the plan's fee schedule; provider write-off."),
                ("CO-197", "No authorization on file for this service."),
                ("N130", "Review the plan's benefit rules for this service."),
                ("M15", "Payment combined with another service on the same date.")]
    cols = [(46, "L", "Ln"), (62, "L", "From"), (106, "L", "To"), (150, "L", "Procedure"), (196, "L", "Modifiers"),
            (262, "R", "Units"), (312, "R", "Billed"), (362, "R", "Allowed"), (410, "R", "Paid"),
            (420, "L", "Adj Rsn"), (474, "R", "Adj Amt"), (484, "L", "Remark")]

    def top(cont: bool) -> float:
        doc.rect(36, 30, 540, 40)
        doc.text(44, 46, "BLUE HERON COMMUNITY CARE PLAN", B, 12)
        doc.text(44, 60, "Medicaid Managed Care  |  Provider Remittance Advice", R, 8.5)
        doc.text(568, 46, "Check/EFT #: 0007718842", R, 8, "R")
        doc.text(568, 60, "Payment Date: 01/30/2026", R, 8, "R")
        if cont:
            return 84
        doc.text(36, 88, "Pay To: Harrow Lane Pediatric & Adult Rehab   Tax ID XX-XXX4410   NPI 1730048826", R, 8.5)
        doc.text(36, 100, "Remit address: 77 Cobalt Ave, Suite 2, Merritt, NM 87999", R, 8.5)
        return 114

    y = top(False)
    for name, mid, pcn, tcn, status, svcs in data:
        svcs = [medicaid(s, deny_reason="197") for s in svcs]
        rows = []
        for s in svcs:
            adj = [(g, c, a) for g, c, a in s.adjs]
            rmk = ["N130"] if s.denied else (["M15"] if s.code == "97112" else [])
            rows.append((s, adj, rmk))
        h = 44 + sum(11 * max(1, len(a)) for _, a, _ in rows) + 16
        if y + h > 740:
            doc.new_page(); y = top(True)
        doc.rect(36, y, 540, h)
        doc.rect(36, y, 540, 30, fill=0.9)
        doc.text(44, y + 12, f"Member: {name}", B, 8.5)
        doc.text(230, y + 12, f"Member ID: {mid}", R, 8)
        doc.text(400, y + 12, f"Claim Status: {status}", B, 8)
        doc.text(44, y + 24, f"Patient Acct #: {pcn}", R, 8)
        doc.text(230, y + 24, f"TCN: {tcn}", R, 8)
        doc.text(400, y + 24, "Claim Freq: 1 (Original)", R, 8)
        yy = y + 40
        for x, al, t in cols:
            doc.text(x, yy, t, B, 7, al)
        doc.line(40, yy + 3, 572, yy + 3, 0.3)
        yy += 13
        for ln, (s, adj, rmk) in enumerate(rows, 1):
            vals = [str(ln), dfmt(s.dos, "mdy4"), dfmt(s.end or s.dos, "mdy4"), s.code, " ".join(s.mods),
                    units_str(s.units), money(s.billed, ","), money(s.allowed, ","), money(s.paid, ",")]
            for (x, al, _), v in zip(cols, vals):
                doc.text(x, yy, v, R, 7.5, al)
            for k, (g, c, a) in enumerate(adj):
                doc.text(420, yy + 11 * k, f"{g}-{c}", R, 7.5)
                doc.text(474, yy + 11 * k, money(a, ","), R, 7.5, "R")
            if rmk:
                doc.text(484, yy, " ".join(rmk), R, 7.5)
            o.add(doc.page, s, span=max(1, len(adj)), claim_id=pcn, payer_claim_id=tcn, patient=name,
                  service_end=s.end or s.dos, adjustments=adj, remarks=rmk, description=False,
                  printed=("billed", "allowed", "paid"))
            yy += 11 * max(1, len(adj))
        doc.line(40, yy - 6, 572, yy - 6, 0.3)
        doc.text(150, yy + 3, "Claim Totals", B, 7.5)
        for x, a in ((312, "billed"), (362, "allowed"), (410, "paid")):
            doc.text(x, yy + 3, money(total(svcs, a), ","), B, 7.5, "R")
        o.claim(pcn, tcn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"))
        y += h + 12
    if y + 60 > 740:
        doc.new_page(); y = top(True)
    doc.text(36, y + 4, "Adjustment reason and remark code descriptions", B, 8.5)
    for i, (k, t) in enumerate(o.legend):
        doc.text(36, y + 16 + i * 10, f"{k:<8} {t}", R, 7.5)
    footers(doc, lambda d, i, n: d.text(306, 772, f"Page {i} of {n}", R, 7, "C"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Provider Remittance Advice")
    return o


# ============================================================================ v7 Medicare paper remit (SPR)
def v7(out_dir: Path) -> Out:
    o = Out("v7_medicare_spr_clearinghouse", "v7", "reportlab",
            "clearinghouse reprint of a Medicare Part B standard paper remit, DejaVu Sans Mono portrait",
            all_adjs=True)
    doc = Doc()
    R, B = "DejaVuSansMono", "DejaVuSansMono-Bold"
    fs = 6.6
    cw = fs * 0.602

    def at(col: int, y: float, s: str, f: str = R) -> None:
        doc.text(24 + col * cw, y, s, f, fs)

    st = PlanState(ded_left=Decimal("60.00"))
    data = [
        ("WHITCOMBE, OPAL", "1EG4TE5MK72", "WO-33018", "22260270114810", [
            Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 7), "97110", 2, ("GP",)), Svc(D(2026, 1, 7), "97112", 1, ("GP",)),
            Svc(D(2026, 1, 9), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 9), "97140", 1, ("GP", "59"))]),
        ("DEVEREUX, AMBROSE", "3HN7QK2WP19", "DA-33024", "22260270114828", [
            Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97535", 2, ("GO", "CO")),
            Svc(D(2026, 1, 13), "97535", 2, ("GO", "CO")), Svc(D(2026, 1, 13), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 20), "97530", 2, ("GO",)), Svc(D(2026, 1, 20), "97018", 1, ("GO",), denied="CO")]),
        ("WHITCOMBE, OPAL", "1EG4TE5MK72", "WO-33045", "22260270114844", [
            Svc(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 12), "97116", 1, ("GP", "CQ")),
            Svc(D(2026, 1, 14), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 14), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 3, ("GP",))]),
        ("FAIRWEATHER, LUCILLE", "5TR2MV8KD44", "FL-33031", "22260270114836", [
            Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 12), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 15), "92507", 1, ("GN",)), Svc(D(2026, 1, 19), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 22), "92507", 1, ("GN",)), Svc(D(2026, 1, 26), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 29), "92507", 1, ("GN", "KX"))]),
    ]
    BOTTOM = 745
    o.legend = [("MA01", "Appeal rights: see the notice on the last page."), ("N211", "No further appeal of this denial."),
                ("CO-50", "Not deemed medically necessary by the payer."), ("CO-253", "Federal payment reduction.")]

    def top() -> float:
        at(0, 30, "LAKESHORE CLEARINGHOUSE SERVICES - REMITTANCE REPRINT", B)
        at(96, 30, f"PAGE #: {doc.page} OF @@")
        at(0, 40, "MEDICARE PART B - JURISDICTION 9 CONTRACTOR          MEDICARE REMITTANCE NOTICE")
        at(0, 50, "PROVIDER #: 00427781   NPI: 1447720913   GRANITE BAY THERAPY GROUP   DATE: 01/30/26   CHECK/EFT #: 881204771")
        at(0, 64, "PERF PROV   SERV DATE    POS NOS  PROC  MODS     BILLED  ALLOWED   DEDUCT    COINS   GRP/RC-AMT       PROV PD")
        at(0, 72, "-" * 128)
        return 84

    y = top()
    for name, mid, acnt, icn, svcs in data:
        svcs = [medicare(s, st) for s in svcs]
        if y + 30 > BOTTOM:
            doc.new_page(); y = top()
        at(0, y, f"NAME {name:<22} MID {mid:<12} ACNT {acnt:<10} ICN {icn}  ASG Y  MOA MA01")
        y += 10
        for s in svcs:
            nadj = len(s.adjs)
            if y + 10 * nadj > BOTTOM:
                doc.new_page(); y = top()
                at(0, y, f"NAME {name:<22} MID {mid:<12} ACNT {acnt:<10} ICN {icn}  (CONT)")
                y += 10
            g0, c0, a0 = s.adjs[0]
            row = (f"1588204611  {s.dos:%m%d} {s.dos:%m%d%y}  11 {units_str(s.units):>3}  {s.code} {' '.join(s.mods):<6} "
                   f"{money(s.billed, ''):>9}{money(s.allowed, ''):>9}{money(s.deductible, ''):>9}"
                   f"{money(s.coinsurance, ''):>9}   {g0}-{c0:<4}{money(a0, ''):>8}{money(s.paid, ''):>11}")
            at(0, y, row)
            rmk = ["N211"] if s.denied else []
            if rmk:
                at(0, y + 10, "CNTL #: " + acnt + "   REM: N211")
            for k, (g, c, a) in enumerate(s.adjs[1:], 1):
                at(75, y + 10 * k, f"{g}-{c:<4}{money(a, ''):>8}")
            span = max(nadj, 2 if rmk else 1)
            o.add(doc.page, s, span=span, claim_id=acnt, payer_claim_id=icn, patient=name, description=False,
                  adjustments=s.adjs, remarks=rmk,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
            y += 10 * span
        owes = total(svcs, "owes")
        at(0, y, f"PT RESP {money(owes, ''):>9}      CLAIM TOTALS        {money(total(svcs, 'billed'), ''):>9}"
                 f"{money(total(svcs, 'allowed'), ''):>9}{money(total(svcs, 'deductible'), ''):>9}"
                 f"{money(total(svcs, 'coinsurance'), ''):>9}   {'':<13}{money(total(svcs, 'paid'), ''):>11}")
        at(0, y + 10, f"{'':<62}NET {money(total(svcs, 'paid'), ''):>11}")
        o.claim(acnt, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=owes)
        y += 26
    allp = [s for d in data for s in d[4]]
    if y + 70 > BOTTOM:
        doc.new_page(); y = top()
    at(0, y, f"TOTALS:  # OF CLAIMS {len(data)}   BILLED AMT {money(total(allp, 'billed'), '')}   ALLOWED AMT "
             f"{money(total(allp, 'allowed'), '')}   PROV PD AMT {money(total(allp, 'paid'), '')}", B)
    at(0, y + 16, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", B)
    for i, (k, t) in enumerate(o.legend):
        at(0, y + 26 + i * 10, f"{k:<7} {t}")
    n = len(doc.pages)
    for ops in doc.pages:
        for i, op in enumerate(ops):
            if op[0] == "t" and "@@" in op[3]:
                ops[i] = op[:3] + (op[3].replace("@@", str(n)),) + op[4:]
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Medicare Remittance Notice")
    return o


# ============================================================================ v8 PM-system Medicare posting
def v8(out_dir: Path) -> Out:
    o = Out("v8_pm_medicare_era_detail", "v8", "fpdf2",
            "practice-management ERA detail of a Medicare Advantage / Part B payment, landscape Liberation Sans "
            "Narrow, stacked adjustments, reversal and correction", all_adjs=True)
    doc = Doc(landscape=True)
    R, B = "LiberationSansNarrow", "LiberationSansNarrow-Bold"
    st = PlanState(ded_left=ZERO)
    first = [medicare(s, st) for s in [Svc(D(2025, 12, 29), "97530", 2, ("GO",)), Svc(D(2025, 12, 29), "97110", 1, ("GO",))]]
    data = [
        ("Pemberton, Ines", "INS-2291", "112604417730", "Original", [
            medicare(s, st) for s in [Svc(D(2026, 1, 6), "97167", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
                                      Svc(D(2026, 1, 8), "97530", 2, ("GO",)), Svc(D(2026, 1, 8), "97535", 1, ("GO",))]]),
        ("Pemberton, Ines", "INS-2240", "112604417748", "Reversal of 112535509912", [negate(s) for s in first]),
        ("Pemberton, Ines", "INS-2240", "112604417756", "Corrected", [
            medicare(s, st) for s in [Svc(D(2025, 12, 29), "97530", 2, ("GO", "KX")), Svc(D(2025, 12, 29), "97110", 1, ("GO", "KX"))]]),
        ("Salgado, Theo", "INS-2302", "112604417764", "Original", [
            medicare(s, st) for s in [Svc(D(2026, 1, 13), "97161", 1, ("GP",)), Svc(D(2026, 1, 13), "97140", 2, ("GP", "59")),
                                      Svc(D(2026, 1, 15), "97112", 2, ("GP",)),
                                      Svc(D(2026, 1, 15), "0552T", 1, ("GP",), denied="CO")]]),
    ]
    o.legend = [("CO45", "Charges exceed the fee schedule"), ("PR2", "Coinsurance"), ("CO253", "Sequestration"),
                ("CO50", "Non-covered: not medically necessary"), ("MA130", "Claim corrected; see new claim")]
    cols = [(30, "L", "Svc Date"), (84, "L", "CPT/HCPCS"), (130, "L", "Mod"), (176, "R", "Units"), (226, "R", "Charge"),
            (280, "R", "Allowed"), (330, "R", "Deduct"), (380, "R", "Coins"), (392, "L", "Adj Code"), (470, "R", "Adj Amt"),
            (530, "R", "Paid"), (542, "L", "Remark"), (600, "L", "Description")]

    def top(cont: bool) -> float:
        doc.text(30, 36, "PracticeHarbor PM  -  ERA Claim Detail", B, 12)
        doc.text(762, 36, "Printed 02/02/2026 09:14  by  mreyes", R, 7.5, "R")
        doc.text(30, 50, "Practice: Cedar Hollow Occupational Therapy   Payer: Sentinel Medicare Advantage (Payer ID 77431)", R, 8)
        doc.text(30, 62, "Check #: EFT0092284710   Check Date: 01/30/2026   Deposit Batch: 2026-0130-02", R, 8)
        doc.line(30, 68, 762, 68, 0.8)
        return 80

    def head(y: float) -> float:
        doc.rect(30, y, 732, 13, fill=0.86, stroke=False)
        for x, al, t in cols:
            doc.text(x, y + 9.5, t, B, 7.5, al)
        return y + 23

    y = top(False)
    for name, acct, clm, kind, svcs in data:
        need = 40 + 10 * len(svcs[0].adjs)
        if y + need > 575:
            doc.new_page(); y = top(True)
        doc.text(30, y + 8, f"Patient: {name}", B, 8.5)
        doc.text(200, y + 8, f"Acct #: {acct}", R, 8)
        doc.text(300, y + 8, f"Payer Claim #: {clm}", R, 8)
        doc.text(460, y + 8, f"Claim Type: {kind}", R, 8)
        y = head(y + 13)
        for s in svcs:
            rmk = ["MA130"] if s.billed < 0 else []
            vals = [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ",")]
            for (x, al, _), v in zip(cols, vals):
                doc.text(x, y, v, R, 8, al)
            for k, (g, c, a) in enumerate(s.adjs):
                doc.text(392, y + 10 * k, f"{g}{c}", R, 8)
                doc.text(470, y + 10 * k, money(a, ","), R, 8, "R")
            doc.text(530, y, money(s.paid, ","), R, 8, "R")
            if rmk:
                doc.text(542, y, rmk[0], R, 8)
            doc.text(600, y, s.desc, R, 8)
            o.add(doc.page, s, span=len(s.adjs), claim_id=acct, payer_claim_id=clm, patient=name, adjustments=s.adjs,
                  remarks=rmk, printed=("billed", "allowed", "deductible", "coinsurance", "paid"))
            y += 10 * len(s.adjs) + 3
        doc.line(30, y - 8, 762, y - 8, 0.3)
        doc.text(84, y + 2, "Claim Totals:", B, 8)
        for x, a in ((226, "billed"), (280, "allowed"), (330, "deductible"), (380, "coinsurance"), (530, "paid")):
            doc.text(x, y + 2, money(total(svcs, a), ","), B, 8, "R")
        doc.text(600, y + 2, f"Pt Resp: {money(total(svcs, 'owes'), ',')}", B, 8)
        o.claim(acct, clm, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        y += 20
    doc.text(30, y + 4, "Code legend:  " + "   ".join(f"{k} = {t}" for k, t in o.legend), R, 7.5)
    footers(doc, lambda d, i, n: d.text(762, 596, f"Page {i} / {n}", R, 7.5, "R"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "ERA Claim Detail")
    return o


# ============================================================================ v9 therapy clinic statement
def v9(out_dir: Path) -> Out:
    o = Out("v9_therapy_clinic_family_statement", "v9", "reportlab",
            "pediatric therapy clinic family statement, DejaVu Sans portrait, right sidebar, visit rows")
    doc = Doc()
    R, B = "DejaVuSans", "DejaVuSans-Bold"
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Wren Okonkwo-Tate", "V-260106-01", "CLM8841020", [Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97533", 1, ("GO",))]),
        ("Ezra Okonkwo-Tate", "V-260107-03", "CLM8841077", [Svc(D(2026, 1, 7), "92523", 1, ("GN",), desc="Speech-language evaluation")]),
        ("Wren Okonkwo-Tate", "V-260113-02", "CLM8843115", [Svc(D(2026, 1, 13), "97533", 2, ("GO",)), Svc(D(2026, 1, 13), "97530", 1, ("GO",))]),
        ("Ezra Okonkwo-Tate", "V-260114-05", "CLM8843190", [Svc(D(2026, 1, 14), "92507", 1, ("GN",))]),
        ("Maren Okonkwo-Tate", "V-260115-01", "CLM8843266", [Svc(D(2026, 1, 15), "97161", 1, ("GP",)), Svc(D(2026, 1, 15), "97110", 2, ("GP",))]),
        ("Wren Okonkwo-Tate", "V-260120-04", "CLM8845301", [Svc(D(2026, 1, 20), "97533", 2, ("GO",)), Svc(D(2026, 1, 20), "97535", 1, ("GO",))]),
        ("Ezra Okonkwo-Tate", "V-260121-02", "CLM8845378", [Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "97129", 1, ("GN",), denied="PR", desc="Cognitive skills session")]),
        ("Maren Okonkwo-Tate", "V-260122-06", "CLM8845412", [Svc(D(2026, 1, 22), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97140", 1, ("GP",))]),
        ("Wren Okonkwo-Tate", "V-260127-01", "CLM8847555", [Svc(D(2026, 1, 27), "97533", 2, ("GO",)), Svc(D(2026, 1, 27), "97530", 2, ("GO",))]),
        ("Ezra Okonkwo-Tate", "V-260128-03", "CLM8847590", [Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
        ("Maren Okonkwo-Tate", "V-260129-02", "CLM8847633", [Svc(D(2026, 1, 29), "97110", 2, ("GP",)), Svc(D(2026, 1, 29), "97112", 1, ("GP",))]),
    ]
    cols = [(36, "L", "Date"), (86, "L", "Code"), (134, "L", "Description"), (300, "R", "Charge"),
            (348, "R", "Ins. Paid"), (396, "R", "Ins. Adj."), (442, "R", "You Owe")]

    def side(cont: bool) -> float:
        doc.rect(456, 30, 126, 240 if not cont else 80, fill=0.92, stroke=False)
        doc.text(464, 46, "Account", B, 8)
        doc.text(464, 58, "FAM-30917", R, 8)
        doc.text(464, 74, "Statement date", B, 8)
        doc.text(464, 86, "02/05/2026", R, 8)
        if not cont:
            doc.text(464, 102, "Amount due", B, 8)
            doc.text(464, 116, "$@@DUE", B, 12)
            doc.text(464, 134, "Due by 03/01/2026", R, 7.5)
            for i, t in enumerate(["Questions about", "this statement?", "Call our billing", "office at", "(555) 014-7722",
                                   "Mon-Thu 9-4"]):
                doc.text(464, 156 + i * 10, t, R, 7.5)
        doc.text(36, 44, "Kite Hill Children's Therapy", B, 13)
        doc.text(36, 57, "Occupational, Speech & Physical Therapy  |  2040 Orchard Pkwy, Linden Falls, WI 53999", R, 7)
        if cont:
            return 80
        doc.text(36, 82, "Guarantor: Adaeze Okonkwo-Tate", R, 8.5)
        doc.text(36, 94, "48 Heron Bend Ct, Linden Falls, WI 53999", R, 8.5)
        doc.text(36, 106, "Primary insurance: Evergreen Valley Health PPO", R, 8.5)
        doc.text(36, 126, "Family Statement", B, 11)
        return 136

    def head(y: float) -> float:
        doc.line(36, y, 446, y, 0.8)
        for x, al, t in cols:
            doc.text(x, y + 10, t, B, 7.5, al)
        doc.line(36, y + 14, 446, y + 14, 0.4)
        return y + 26

    y = head(side(False))
    allsv = []
    for who, vis, clm, svcs in visits:
        svcs = [commercial(s, st, deny_reason="96") for s in svcs]
        allsv += svcs
        if y + 14 + 12 * len(svcs) > 740:
            doc.new_page(); y = head(side(True))
        doc.text(36, y, f"{who}  -  Visit {vis}  -  insurance claim {clm}", B, 7.5)
        y += 12
        for s in svcs:
            adj = s.billed - s.paid - s.owes
            vals = [dfmt(s.dos, "mdy2"), "".join((s.code,) + s.mods), s.desc, money(s.billed, ","),
                    money(s.paid, ","), money(adj, ","), money(s.owes, ",")]
            for (x, al, _), v in zip(cols, vals):
                doc.text(x, y, v, R, 7.5, al)
            o.add(doc.page, s, claim_id=vis, payer_claim_id=clm, patient=who, units=False,
                  printed=("billed", "paid", "discount", "patient_owes"))
            y += 12
        o.claim(vis, clm, who)  # the statement prints no per-visit subtotal
        y += 4
    due = total(allsv, "owes")
    doc.line(36, y - 4, 446, y - 4, 0.6)
    doc.text(134, y + 6, "Statement totals", B, 7.5)
    for x, v in ((300, total(allsv, "billed")), (348, total(allsv, "paid")), (442, due)):
        doc.text(x, y + 6, money(v, ","), B, 7.5, "R")
    doc.text(36, y + 30, "Payments received after the statement date will show on your next statement.", R, 7)
    for ops in doc.pages:
        for i, op in enumerate(ops):
            if op[0] == "t" and "@@DUE" in op[3]:
                ops[i] = op[:3] + (op[3].replace("$@@DUE", money(due)),) + op[4:]
    footers(doc, lambda d, i, n: d.text(446, 770, f"Page {i} of {n}", R, 7, "R"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Family Statement")
    return o


# ============================================================================ v10 hospital family statement
def v10(out_dir: Path) -> Out:
    o = Out("v10_hospital_family_statement", "v10", "fpdf2",
            "hospital outpatient guarantor statement for a family, Liberation Serif portrait, per-account sections")
    doc = Doc()
    R, B = "LiberationSerif", "LiberationSerif-Bold"
    REV = {"97530": "0430", "97535": "0430", "97165": "0430", "97166": "0430", "97168": "0430", "97110": "0420",
           "97112": "0420", "97162": "0420", "97140": "0420", "92507": "0440", "92523": "0440", "73110": "0320",
           "36415": "0300", "99213": "0510", "L3807": "0274", "97760": "0430"}
    accts = [
        ("Ansel Brightwood-Nye", "HB40093318", "Copperfield Mutual", "CM26A0011742", [
            Svc(D(2026, 1, 3), "73110", 1, ("LT",)), Svc(D(2026, 1, 3), "99213", 1, ()),
            Svc(D(2026, 1, 3), "L3807", 1, ("LT",))]),
        ("Ansel Brightwood-Nye", "HB40093461", "Copperfield Mutual", "CM26A0019055", [
            Svc(D(2026, 1, 12), "97165", 1, ("GO",)), Svc(D(2026, 1, 12), "97760", 1, ("GO", "LT")),
            Svc(D(2026, 1, 19), "97530", 2, ("GO",)), Svc(D(2026, 1, 19), "97110", 1, ("GO",)),
            Svc(D(2026, 1, 26), "97530", 2, ("GO",)), Svc(D(2026, 1, 26), "97535", 1, ("GO",))]),
        ("Petra Brightwood-Nye", "HB40093502", "Copperfield Mutual", "CM26A0020318", [
            Svc(D(2026, 1, 14), "92523", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",)),
            Svc(D(2026, 1, 28), "92507", 1, ("GN",))]),
        ("Simeon Brightwood-Nye", "HB40093577", "Copperfield Mutual", "CM26A0021960", [
            Svc(D(2026, 1, 16), "97162", 1, ("GP",)), Svc(D(2026, 1, 16), "97112", 2, ("GP",)),
            Svc(D(2026, 1, 23), "97112", 2, ("GP",)), Svc(D(2026, 1, 23), "97140", 1, ("GP",)),
            Svc(D(2026, 1, 30), "36415", 1, ())]),
    ]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.70"))

    def top(cont: bool) -> float:
        doc.text(40, 48, "ST. BRENDAN VALLEY HOSPITAL", B, 14)
        doc.text(40, 62, "Patient Financial Services  -  600 Aster Road, Hollins Bay, NC 27999  -  (555) 013-9020", R, 8.5)
        doc.line(40, 70, 572, 70, 1.5)
        if cont:
            doc.text(572, 48, "Statement continued", R, 8.5, "R")
            return 86
        doc.text(40, 90, "Guarantor: Hollis Brightwood-Nye", B, 9.5)
        doc.text(40, 103, "72 Quarry Lane, Hollins Bay, NC 27999", R, 9)
        doc.rect(380, 78, 192, 54)
        doc.text(388, 92, "Guarantor No.  G-7730415", R, 9)
        doc.text(388, 106, "Statement Date  Feb 6, 2026", R, 9)
        doc.text(388, 120, "Balance Due  @@DUE", B, 9)
        return 146

    cols = [(40, "L", "Date"), (96, "L", "Rev"), (126, "L", "CPT/HCPCS"), (186, "L", "Description"),
            (396, "R", "Qty"), (450, "R", "Charges"), (510, "R", "Payments"), (572, "R", "Adjustments")]
    y = top(False)
    due_all = ZERO
    for who, acct, ins, clm, svcs in accts:
        svcs = [commercial(s, st) for s in svcs]
        need = 80
        if y + need > 730:
            doc.new_page(); y = top(True)
        doc.rect(40, y, 532, 28, fill=0.9, stroke=False)
        doc.text(46, y + 11, f"Patient: {who}", B, 9)
        doc.text(300, y + 11, f"Account No. {acct}", B, 9)
        doc.text(46, y + 23, f"Outpatient visit(s) {dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}", R, 8.5)
        doc.text(300, y + 23, f"{ins} claim {clm}", R, 8.5)
        y += 40
        for x, al, t in cols:
            doc.text(x, y, t, B, 8, al)
        y += 12
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), REV[s.code], " ".join((s.code,) + s.mods), s.desc, units_str(s.units),
                    money(s.billed, ",")]
            for (x, al, _), v in zip(cols, vals):
                doc.text(x, y, v, R, 8.5, al)
            o.add(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=who, printed=("billed",))
            y += 13
        paid, disc, owes = total(svcs, "paid"), total(svcs, "discount"), total(svcs, "owes")
        doc.text(40, y, dfmt(D(2026, 2, 2), "mdy2"), R, 8.5)
        doc.text(186, y, f"{ins} payment", R, 8.5)
        doc.text(510, y, money(-paid, ",", "()"), R, 8.5, "R")
        y += 13
        doc.text(40, y, dfmt(D(2026, 2, 2), "mdy2"), R, 8.5)
        doc.text(186, y, "Contractual allowance", R, 8.5)
        doc.text(572, y, money(-disc, ",", "()"), R, 8.5, "R")
        y += 15
        doc.line(380, y - 9, 572, y - 9, 0.4)
        doc.text(186, y, "Account totals", B, 8.5)
        doc.text(450, y, money(total(svcs, "billed"), ","), B, 8.5, "R")
        doc.text(510, y, money(-paid, ",", "()"), B, 8.5, "R")
        doc.text(572, y, money(-disc, ",", "()"), B, 8.5, "R")
        y += 13
        doc.text(186, y, "Patient balance for this account", B, 8.5)
        doc.text(572, y, money(owes), B, 8.5, "R")
        due_all += owes
        o.claim(acct, clm, who, billed=total(svcs, "billed"), paid=paid, patient_owes=owes)
        y += 22
    doc.text(40, y + 4, f"TOTAL AMOUNT DUE FROM GUARANTOR: {money(due_all)}", B, 10)
    doc.text(40, y + 20, "Your insurance has processed these accounts. Financial assistance is available; ask us.", R, 8.5)
    for ops in doc.pages:
        for i, op in enumerate(ops):
            if op[0] == "t" and "@@DUE" in op[3]:
                ops[i] = op[:3] + (op[3].replace("@@DUE", money(due_all)),) + op[4:]
    footers(doc, lambda d, i, n: d.text(306, 770, f"Page {i} of {n}", R, 8, "C"))
    doc.save(out_dir / f"{o.name}.pdf", o.producer, "Patient Statement")
    return o


LAYOUTS = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]


# ================================================================================================ check
def _dec(x):
    return None if x is None else Decimal(x)


def check_one(pdf: Path, o: Out, truth: dict) -> list[str]:
    import re
    errs: list[str] = []
    pages = page_lines(pdf)
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    allnums = numbers(alltext)
    for i, (ln, span) in enumerate(zip(truth["lines"], o.spans)):
        tag = f"line {i} {ln['code']} {ln['service_date']}"
        if not 1 <= ln["page"] <= len(pages):
            errs.append(f"{tag}: bad page"); continue
        plines = pages[ln["page"] - 1]
        forms = date_forms(ln["service_date"])
        found = None
        for j, t in enumerate(plines):
            if ln["code"] not in t:
                continue
            if o.date_on_row and not any(f in t for f in forms):
                continue
            if not all(m in t.replace(ln["code"], " ", 1) for m in ln["modifiers"]):
                continue
            stripped = " ".join(w for w in t.split() if "/" not in w and ln["code"] not in w)
            nums = numbers(stripped)
            want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                            "coinsurance", "not_covered", "discount") if ln[k] is not None]
            if not all(w in nums for w in want):
                continue
            if ln["units"] is not None and Decimal(ln["units"]) not in {abs(n) for n in nums}:
                continue
            if ln["service_end"] and not any(f in t for f in date_forms(ln["service_end"])):
                continue
            found = j
            break
        if found is None:
            errs.append(f"{tag}: no text row on page {ln['page']} carries code, date, units and amounts")
            continue
        block = " ".join(plines[found:found + span])
        bnums = numbers(block)
        for g, c, a in ln["adjustments"]:
            if not re.search(rf"{g}\s*-?\s*{c}\b", block) or (a is not None and Decimal(a) not in bnums):
                errs.append(f"{tag}: adjustment {g}-{c} {a} not in its row block")
        for r in ln["remarks"]:
            if not re.search(rf"(^|[\s,(]){re.escape(r)}($|[\s,)])", block):
                errs.append(f"{tag}: remark {r} not in its row block")
        if ln["description"] and " ".join(ln["description"].split()[:2]) not in alltext:
            errs.append(f"{tag}: description not on the page")
        if not o.date_on_row and not any(f in "\n".join(plines) for f in forms):
            errs.append(f"{tag}: service date not on its page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext:
                errs.append(f"{tag}: {k} {ln[k]} not in the document")
        b, al, pd = _dec(ln["billed"]), _dec(ln["allowed"]), _dec(ln["paid"])
        if o.all_adjs and b is not None and pd is not None:
            if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != pd:
                errs.append(f"{tag}: billed - adjustments != paid")
        if ln["discount"] is not None and ln["not_covered"] is not None and al is not None:
            if b - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != al:
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        if o.plan_math and al is not None and pd is not None:
            shares = sum((Decimal(ln[k]) for k in ("deductible", "copay", "coinsurance") if ln[k] is not None), ZERO)
            if al - shares != pd:
                errs.append(f"{tag}: allowed - member shares != paid")
    for c in truth["claims"]:
        mine = [x for x in truth["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c['payer_claim_id']}: no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in allnums and -Decimal(v) not in allnums:  # a payment may print as a credit
                errs.append(f"claim {c['payer_claim_id']}: printed total {k} {v} not in the text")
            if all(x[k] is not None for x in mine):
                s = sum(Decimal(x[k]) for x in mine)
                if s != Decimal(v):
                    errs.append(f"claim {c['payer_claim_id']}: {k} lines add to {s}, total says {v}")
    for k, _ in truth["legend"]:
        if k not in alltext:
            errs.append(f"legend code {k} not printed")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout179_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    outs = []
    for fn in LAYOUTS:
        o = fn(out)
        pdf = out / f"{o.name}.pdf"
        write_truth(pdf, o.layout, o.producer, Doc.last_pages, o.description, o.lines, o.claims, o.legend)
        outs.append(o)
    print(out)
    if "--check" not in argv:
        return 0
    bad = 0
    multi_claim_pages = 0
    for o in outs:
        pdf = out / f"{o.name}.pdf"
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        errs = check_one(pdf, o, truth)
        spans = {}
        for x in truth["lines"]:
            spans.setdefault((x["claim_id"], x["payer_claim_id"], x["patient"]), set()).add(x["page"])
        cont = any(len(v) > 1 for v in spans.values())
        multi_claim_pages += cont
        pats = {x["patient"] for x in truth["lines"]}
        print(f"{o.name:40s} {o.producer:9s} pages={truth['pages']} lines={len(truth['lines'])} "
              f"claims={len(truth['claims'])} patients={len(pats)} claim-over-page={cont} "
              f"{'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    if multi_claim_pages < 3:
        print(f"only {multi_claim_pages} files carry a claim across a page break (need 3)")
        bad += 1
    if len({o.producer for o in outs}) < 2:
        bad += 1
    # determinism: a second run gives byte-identical files
    import filecmp
    with tempfile.TemporaryDirectory() as t2:
        for fn in LAYOUTS:
            o = fn(Path(t2))
            if not filecmp.cmp(out / f"{o.name}.pdf", Path(t2) / f"{o.name}.pdf", shallow=False):
                print(f"{o.name}: output not deterministic")
                bad += 1
    print("CHECK", "PASSED" if not bad else f"FAILED ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
