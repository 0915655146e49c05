"""Write the FIFTY-EIGHTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, written by an
author who did not look at the reader nor at how it reads these files (sets 1-57 came earlier and may have been
seen while the reader was developed).

Run:  python bench/heldout58/make_heldout58_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout58/make_heldout58_pdfs.py OUT_DIR --check     (also self-check the written files)
      (--only=a1 --only=p2 ... renders a subset while editing; names are the layout functions)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py writes it: <name>.pdf.truth.json), printed values
only, null for what a layout does not print (units null where no quantity is printed; modifiers [] where none
are printed for the line, e.g. the MSN); description is null throughout. claim_id = the provider's own account /
patient-control / med-rec / visit / hospital account number printed with the claim (null on the MSN, which prints
none), payer_claim_id = the payer's claim number / ICN / CCN / TCN (on the statements: the insurer's claim number
the statement prints), patient = the person served exactly as printed (capitals where printed so; never the
subscriber or guarantor unless the same person). Where a line prints a from and a thru date (d1 FDOS/TDOS, d2
ranges, p1 SERV DATE), service_end is the thru date. Adjustments are recorded only where the line prints a group +
reason code (d1, d2, p1, p2); a copay printed only in a COPAY column (d1) is the copay field, not an adjustment.
Remarks are the note / remark / EOB codes printed on the line. A statement's un-coded "Adjust" is the discount
field and its "Balance" is patient_owes (s1). Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no
randomness). Fonts: Liberation / DejaVu TrueType when installed, else PDF core fonts. Drawing helpers (one
top-origin API over both producers) and the text-layer reading for --check live in bench/heldout58/h58kit.py.

Layouts (10 files, 208 service lines, 20 pages):
  a1  commercial PPO member EOB to the subscriber for a family (reportlab, portrait Liberation Sans): family summary,
      shaded claim heads "Patient / Provider / Claim number / Patient account / Received · Processed", Proc. code and
      Mod columns, no units, "Amount billed / Network savings / Plan allowed / Your responsibility {Deductible /
      Coinsur. / Copay / Not cov.} / Plan paid / Total you owe / Note", a not-covered line, three family members,
      the longest claim continues on page 2 under "Claim for ... (continued from page 1)" and a repeated header
  a2  Blue-plan style "Benefit Statement" (fpdf2, landscape DejaVu Serif Condensed, dark title band): claim lines
      "Patient: NAME (01) / Provider / Claim No. / Pt Acct", boxed two-row headings "Service Date / Proc/Mod / Svc
      Count / Charge / Allowed Amount / Member Savings / Deduct-ible / Co-pay / Coins-urance / Non-Covered / Benefit
      Paid / Member Resp / Remark", code and modifier glued by a slash ("97166/GO"), dates 01/06/26, per-visit copay,
      L3807/RT, a not-covered line, three family members; PLANTED claim-total mismatch (Member Resp total of claim
      E6N2026012900902 printed 10.00 too high, declared as an expected finding)
  m1  Medicare Summary Notice Part B, classic pre-redesign print (fpdf2, portrait Liberation Serif): customer-service
      box, messages box, per-claim "Claim Number" + provider address + "Referred by", columns "Dates of Service /
      Services Provided / Amount Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See Notes",
      service count before the wording and the code in parentheses ("2 Manual therapy (97140)"), no modifiers, a
      denied line at $0.00, Claim Total rows, lettered Notes Section; the longest claim continues on page 2
  m2  Medicare Advantage HMO-POS monthly member EOB (reportlab, portrait DejaVu Sans Condensed): "Your costs at a
      glance" month / year-to-date block, ruled claim heads with plan Claim ID, provider and the provider's account
      no., columns "Date of service / Service you received / Code ('97110 GP KX') / Qty / Provider charged / Plan-
      approved / Plan paid / Your share / Notes", long service wording wrapping onto a second text line below the
      amounts, per-visit copay, a not-covered line; the long claim continues on page 2 with a repeated header
  d1  state Medicaid provider remittance advice, line-printer style (reportlab, landscape core Courier): run banner,
      CLAIMS PAID / CLAIMS DENIED / CLAIM ADJUSTMENTS sections, head line "CLIENT NAME LAST, FIRST / CLIENT NO / CCN
      / MED REC NO / STATUS", detail "DTL FDOS TDOS PROC M1 M2 QTY BILLED ALLOWED COPAY PAID CARC/AMT EOB" with MMDDYY
      dates, "CO45 116.30", 4-digit EOB codes, an adult $2.00 copay, a wholly denied claim (CO197), a void with
      trailing-minus amounts and its replacement, a 12-line claim continuing on page 2 "(CONTINUED)", EOB message list
  d2  state Medicaid managed-care plan portal remittance (fpdf2, portrait DejaVu Sans): shaded member panels
      (Member "Last, First" / Medicaid ID / Claim # / Patient Acct / Claim status), shaded two-row grid headings "Ln /
      Dates of Service / Proc / Mods / Units / Billed / Allowed / Cost Share / Paid / Adj Code / Adj Amt / RARC", date
      ranges "01/05/2026-01/30/2026" with summed units, a PR-3 cost share stacked under CO-45 in the adjustment
      cells, a CO-96 denied line, a wholly denied claim (CO-15, N54), claim totals; one page
  p1  Medicare Part B standard paper remittance as re-printed by a clearinghouse ERA viewer (reportlab, landscape
      core Helvetica at fixed columns): "NAME / MID / ACNT / ICN / ASG / MOA" heads, "PERF PROV / SERV DATE (0105
      010526) / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD", every adjustment
      (CO-45, PR-1, PR-2, CO-253) stacked under the line, CNTL # rows carrying the RARC, PT RESP + CLAIM TOTALS + ADJ
      TO TOTALS rows, a CO-50 denial, a reversal (MA67, leading-minus amounts) and its correction, header repeated on
      every page; two claims continue across page breaks with "(CONT'D)" heads; 4 pages
  p2  practice-management "Insurance Payment Detail" of a Medicare Part B deposit (fpdf2, landscape Liberation Sans
      Narrow): flat grid with Patient "Last, First", Acct # and Payer ICN on every row, DOS 1/5/2026, CPT and Mod
      ("GP,KX"), Units, Charge / Allowed / Deduct / Coins / Paid / Pt Resp, adjustments inline "CO-45 100.76; PR-2
      11.85; CO-253 0.95", a bundled supply (A4556, CO-97, M15), claim subtotal rows, deposit totals; one page
  s1  pediatric therapy clinic family statement to the guarantor (fpdf2, portrait DejaVu Sans Mono): detach-and-return
      coupon with amount due, activity table "Date / Patient / Visit / Code / Qty / Charge / Ins Paid / Adjust /
      Balance" in date order, code and modifiers glued by hyphens ("97112-GO-59"), a grey sub-row per visit naming the
      insurer's claim number, a not-covered group-therapy line, card / portal payments as rows without a code, three
      children, page 2 under a repeated header, aging line; no claim totals printed
  s2  community hospital summary statement to a guarantor with three accounts (reportlab, portrait Liberation Serif):
      page-1 right sidebar (amount due, ways to pay, financial help, account list), per-account shaded bars "Account
      HB-... Patient: ...", itemized "Date / Rev / CPT/HCPCS / Mod / Description / Qty / Charges" with descriptions
      wrapping to a second text line, a charge correction printed -40.00, account footers (Total charges, insurer
      payment, "Insurer claim no. ...", contractual adjustment, balance); only charges are per line; the last account
      continues on page 2 under "(continued)" and a repeated header

The self-check (--check) tests the factory, not the reader: page counts; every truth line is found on its page's
text layer (pdfplumber words grouped into text lines) with its code, modifiers, units, service and thru dates,
every non-null amount, each adjustment code and amount and its remark codes on the SAME text line (or, where the
layout stacks cells under the row, the few following text lines: d2 one, p1 three); ids and patients are in the
document's text; printed claim totals are in the text; document arithmetic holds: billed - printed adjustments
(- a copay printed without a code) = paid (d1, d2, p1, p2), billed - savings - not covered = allowed and allowed -
deductible - copay - coinsurance = paid (a1, a2), plan-approved - your share = plan paid on covered lines (m2),
charge - ins paid - adjust = balance (s1), and every claim total equals the sum of its lines except the planted
one, which really differs; claims meant to run across a page break really do (a1, m1, m2, d1, p1, s2).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen  # noqa: E402
from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h58kit import Doc, date_forms, money_values, text_lines  # noqa: E402

# invented fees for the extra codes this set uses
for _c, _fee, _sch, _d in (
        ("97533", "92.00", "34.10", "Sensory integration activities"),
        ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
        ("97035", "45.00", "13.52", "Ultrasound treatment"),
        ("97018", "40.00", "10.15", "Paraffin bath"),
        ("99214", "230.00", "125.30", "Office visit, established, moderate"),
        ("A4556", "18.00", "6.12", "Electrodes, per pair"),
        ("G0151", "120.00", "48.60", "Home health PT visit, per 15 min"),
        ("97750", "110.00", "38.90", "Physical performance test"),
        ("92610", "180.00", "79.45", "Swallowing function evaluation")):
    eobgen.FEE[_c], eobgen.SCHED[_c], eobgen.DESC[_c] = _fee, _sch, _d

D = date


def S(d: date, code: str, units, *mods: str, **kw) -> Svc:
    return Svc(d, code, Decimal(str(units)), tuple(mods), **kw)


def m2(x: Decimal) -> str:
    return money(x, ",")


@dataclass
class Rec:
    name: str
    producer: str
    description: str
    window: int = 0            # following text lines a row may spread over (stacked cells)
    head_dates: bool = False   # dates printed only in a claim head (checked on the page)
    arith: tuple = ()          # "adj" billed-adjs=paid, "plan" commercial, "stmt" statement, "ma" allowed-owes=paid
    span: list = field(default_factory=list)  # payer_claim_ids / claim_ids expected to run across pages
    lines: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    expected: list = field(default_factory=list)
    printed_totals: list = field(default_factory=list)   # strings the page prints as claim totals

    def add(self, page, s, cid, pcid, pat, printed, **kw):
        kw.setdefault("description", False)
        t = truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)
        for k in eobgen.AMOUNT_KEYS:
            if t[k] == "-0.00":
                t[k] = "0.00"
        self.lines.append(t)

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


class Flow:
    """A y cursor that starts a new page (furniture + continuation head) when a block will not fit."""

    def __init__(self, doc: Doc, bottom: float, furniture, cont=None):
        self.doc, self.bottom, self.furniture, self.cont = doc, bottom, furniture, cont
        doc.new_page()
        self.y = furniture(doc, True)
        self.ctx = None

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.furniture(self.doc, False)
            if self.cont and self.ctx is not None:
                self.y = self.cont(self.doc, self.y, self.ctx)
            return True
        return False


# ============================================================================================ a1
def a1(out: Path) -> Rec:
    r = Rec("a1_commercial_family_eob", "reportlab",
            "Commercial PPO member EOB to the subscriber for a family, portrait Liberation Sans; Proc. code and Mod "
            "columns, no units, Your-responsibility group columns, a claim continued on page 2.",
            arith=("plan",))
    doc = Doc("reportlab", out / f"{r.name}.pdf", font="LiberationSans")
    st = PlanState(ded_left=Decimal("125.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [
        ("Teodoro Reyes", "Spouse", "Northgate Orthopedic Rehab", "NOR-5521-06", "26012P077930", [
            S(D(2026, 1, 9), "97162", 1, "GP"), S(D(2026, 1, 9), "97140", 2, "GP", "59"),
            S(D(2026, 1, 16), "97110", 3, "GP", "KX"), S(D(2026, 1, 16), "97035", 1, "GP")]),
        ("Maribel Reyes", "Daughter", "Tidewater Speech & Language", "TSL-77104", "26013P102277", [
            S(D(2026, 1, 8), "92523", 1, "GN"), S(D(2026, 1, 15), "92507", 1, "GN"),
            S(D(2026, 1, 22), "92507", 1, "GN"), S(D(2026, 1, 22), "97129", 1, "GN", denied="PR")]),
        ("Wynn Reyes", "Son", "Brightpath Pediatric Therapy", "BPT-300418", "26011P045512", [
            S(D(2026, 1, 5), "97165", 1, "GO"), S(D(2026, 1, 7), "97530", 2, "GO"), S(D(2026, 1, 7), "97533", 1, "GO"),
            S(D(2026, 1, 12), "97530", 2, "GO"), S(D(2026, 1, 12), "97112", 1, "GO", "59"),
            S(D(2026, 1, 14), "97530", 3, "GO"), S(D(2026, 1, 19), "97530", 2, "GO"), S(D(2026, 1, 19), "97535", 1, "GO"),
            S(D(2026, 1, 21), "97533", 2, "GO"), S(D(2026, 1, 26), "97530", 2, "GO"),
            S(D(2026, 1, 26), "97112", 1, "GO", "59"), S(D(2026, 1, 28), "97168", 1, "GO")]),
    ]
    for f in fam:
        for s in f[5]:
            commercial(s, st)
            if s.denied:
                s.remarks = ["NC4"]
            elif s.deductible:
                s.remarks = ["D1"]
    r.legend = [("D1", "This amount went toward your calendar-year deductible."),
                ("NC4", "Your plan does not cover this service; you may owe the provider the full charge.")]
    cols = [(36, "l"), (88, "l"), (120, "l"), (192, "r"), (236, "r"), (286, "r"), (328, "r"), (366, "r"),
            (406, "r"), (452, "r"), (502, "r"), (546, "r"), (556, "l")]

    def colhead(d, y):
        d.rect(36, y, 540, 30, fill=0.88, stroke=False)
        d.text(390, y + 9, "Your responsibility", 6.5, True, "c")
        d.hline(330, 460, y + 12, 0.4)
        h1 = ["Date of", "Proc.", "", "Amount", "Network", "Plan", "", "", "Copay", "", "Plan", "Total you", ""]
        h2 = ["service", "code", "Mod", "billed", "savings", "allowed", "Deductible", "Coinsur.", "", "Not cov.",
              "paid", "owe", "Note"]
        d.row(y + 19, cols, h1, 6.5, True)
        d.row(y + 27, cols, h2, 6.5, True)
        return y + 40

    def furniture(d, first):
        d.text(36, 44, "LARKSPUR MUTUAL HEALTH", 15, True)
        d.text(36, 56, "PPO Choice 1500 · Group 00-48812-C", 7.5, gray=0.35)
        d.text(576, 44, "Explanation of Benefits", 12, True, "r")
        d.text(576, 56, "THIS IS NOT A BILL", 8, True, "r")
        d.hline(36, 576, 64, 1.2)
        if not first:
            d.text(36, 78, "Odile Brannigan-Reyes · Member ID LMH884120573 · Statement date 02/03/2026", 7.5)
            return 96
        d.text(36, 86, "ODILE BRANNIGAN-REYES", 9, True)
        for i, t in enumerate(["2291 Quillmore Lane", "Fernhaven, OR 97492"]):
            d.text(36, 98 + 11 * i, t, 9)
        d.rect(340, 76, 236, 74, stroke=True)
        for i, (k, v) in enumerate([("Subscriber", "Odile Brannigan-Reyes"), ("Member ID", "LMH884120573"),
                                    ("Statement date", "02/03/2026"), ("Claims processed", "12/29/2025 - 01/31/2026"),
                                    ("Customer care", "1-800-555-0148 (TTY 711)")]):
            d.text(348, 90 + 12 * i, k, 7.5, True)
            d.text(430, 90 + 12 * i, v, 7.5)
        d.text(36, 170, "Summary for your family this period", 10, True)
        y = 184
        for nm, rel, prov, acct, cl, svcs in fam:
            d.text(46, y, f"{nm} ({rel})", 8)
            d.text(300, y, "Plan paid " + money(total(svcs, "paid")), 8, align="r")
            d.text(420, y, "You owe " + money(total(svcs, "owes")), 8, align="r")
            y += 12
        d.text(36, y + 6, "Deductible met to date: $125.00 of $1,500.00 individual · Out-of-pocket: see last page.", 7.5,
               gray=0.3)
        return y + 28

    def cont(d, y, ctx):
        nm, rel, prov, acct, cl = ctx
        d.text(36, y, f"Claim for {nm} (continued from page {d.page - 1})", 9, True)
        return colhead(d, y + 6)

    fl = Flow(doc, 720, furniture, cont)
    for nm, rel, prov, acct, cl, svcs in fam:
        fl.need(100)
        d, y = doc, fl.y
        d.rect(36, y, 540, 28, fill=0.95)
        d.text(42, y + 11, f"Patient: {nm}", 8.5, True)
        d.text(200, y + 11, f"Provider: {prov}", 8)
        d.text(42, y + 22, f"Claim number: {cl}", 7.5)
        d.text(200, y + 22, f"Patient account: {acct}", 7.5)
        d.text(380, y + 22, "Received 01/30/2026 · Processed 02/02/2026", 7.5)
        fl.ctx = (nm, rel, prov, acct, cl)
        fl.y = colhead(d, y + 36)
        for s in svcs:
            fl.need(12)
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), m2(s.billed), m2(s.discount), m2(s.allowed),
                    m2(s.deductible), m2(s.coinsurance), m2(s.copay), m2(s.not_covered), m2(s.paid), m2(s.owes),
                    ",".join(s.remarks)]
            doc.row(fl.y, cols, vals, 7.5)
            r.add(doc.page, s, acct, cl, nm, ("billed", "discount", "allowed", "deductible", "coinsurance", "copay",
                                              "not_covered", "paid", "patient_owes"), units=False, remarks=s.remarks)
            doc.hline(36, 576, fl.y + 3.5, 0.2, 0.6)
            fl.y += 12
        fl.need(14)
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "deductible", "coinsurance", "copay",
                                       "not_covered", "paid", "owes")]
        doc.row(fl.y + 2, cols, ["Claim total", "", ""] + [m2(v) for v in tv] + [""], 7.5, True)
        r.claim(acct, cl, nm, billed=tv[0], allowed=tv[2], paid=tv[7], patient_owes=tv[8])
        fl.y += 26
        fl.ctx = None
    fl.need(60)
    doc.text(36, fl.y, "Notes", 9, True)
    for i, (k, v) in enumerate(r.legend):
        doc.text(36, fl.y + 12 + 10 * i, f"{k}  {v}", 7.5)
    doc.text(36, 770, "Larkspur Mutual Health · PO Box 4410, Salem Ridge, OR 97319 · You may appeal within 180 days.",
             6.5, gray=0.4)
    doc.save()
    r.span = ["26011P045512"]
    r.pages = doc.page
    return r


# ============================================================================================ a2
def a2(out: Path) -> Rec:
    r = Rec("a2_bcbs_style_benefit_statement", "fpdf2",
            "Commercial (Blue-plan style) member benefit statement, landscape DejaVu Serif Condensed; claim blocks with "
            "ruled grid, 'Proc/Mod' glued with a slash, Svc count, per-visit copay, a not-covered line, planted "
            "Member Resp total mismatch on one claim.", arith=("plan",))
    doc = Doc("fpdf2", out / f"{r.name}.pdf", landscape=True, font="DejaVuSerifCondensed")
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
    fam = [
        ("HOLLIS ACHTERBERG", "01", "Cedar Fork Hand Clinic", "CFH0093321", "E6N2026013100417", [
            S(D(2026, 1, 6), "97166", 1, "GO"), S(D(2026, 1, 6), "97760", 1, "GO"), S(D(2026, 1, 6), "L3807", 1, "RT"),
            S(D(2026, 1, 13), "97140", 2, "GO"), S(D(2026, 1, 13), "97018", 1, "GO"),
            S(D(2026, 1, 20), "97110", 2, "GO"), S(D(2026, 1, 20), "97760", 1, "GO")]),
        ("JUNIPER ACHTERBERG", "02", "Lakeshore Kids Rehab", "LKR-44810", "E6N2026012900902", [
            S(D(2026, 1, 8), "97530", 2, "GO"), S(D(2026, 1, 8), "97112", 1, "GO"),
            S(D(2026, 1, 15), "97530", 3, "GO"), S(D(2026, 1, 22), "97530", 2, "GO"),
            S(D(2026, 1, 22), "97533", 1, "GO", denied="PR")]),
        ("CASPIAN ACHTERBERG", "03", "Lakeshore Kids Rehab", "LKR-44872", "E6N2026012900913", [
            S(D(2026, 1, 9), "92523", 1, "GN"), S(D(2026, 1, 16), "92507", 1, "GN"), S(D(2026, 1, 23), "92507", 1, "GN")]),
        ("HOLLIS ACHTERBERG", "01", "Riverbend Family Medicine", "RFM-1180277", "E6N2026012400251", [
            S(D(2026, 1, 2), "99214", 1, "25"), S(D(2026, 1, 2), "97750", 1)]),
    ]
    for f in fam:
        for s in f[5]:
            commercial(s, st)
            s.remarks = ["X47"] if s.denied else (["C02"] if s.copay else [])
    r.legend = [("C02", "Office or therapy visit copayment under your plan."),
                ("X47", "Not a covered benefit under your contract; the member is responsible.")]
    cols = [(28, "l"), (92, "l"), (158, "r"), (212, "r"), (264, "r"), (318, "r"), (368, "r"), (414, "r"), (462, "r"),
            (508, "r"), (562, "r"), (616, "r"), (630, "l")]
    hdr = [("Service", "Date"), ("Proc/Mod", ""), ("Svc", "Count"), ("Charge", ""), ("Allowed", "Amount"),
           ("Member", "Savings"), ("Deduct-", "ible"), ("Co-", "pay"), ("Coins-", "urance"), ("Non-", "Covered"),
           ("Benefit", "Paid"), ("Member", "Resp"), ("Remark", "")]

    def colhead(d, y):
        d.rect(24, y, 744, 24, fill=0.85, stroke=True, lw=0.4)
        d.row(y + 10, cols, [h[0] for h in hdr], 7, True)
        d.row(y + 19, cols, [h[1] for h in hdr], 7, True)
        return y + 34

    def furniture(d, first):
        d.rect(24, 22, 744, 34, fill=0.15, stroke=False)
        d.text(34, 44, "Cascadia Blue Benefit Plans", 16, True, gray=1.0)
        d.text(758, 38, "BENEFIT STATEMENT", 10, True, "r", gray=1.0)
        d.text(758, 50, "This is not a bill", 8, align="r", gray=1.0)
        d.text(758, 590, f"Page {d.page}", 7, align="r")
        d.text(24, 590, "Cascadia Blue Benefit Plans is an independent licensee. Form CB-EOB-7 (rev. 09/25)", 6.5, gray=0.4)
        if not first:
            d.text(24, 72, "Subscriber: HOLLIS ACHTERBERG   Identification No.: XQK 5520 918 44   Statement Date: 02/06/26", 8)
            return 86
        d.text(24, 78, "HOLLIS ACHTERBERG", 9, True)
        d.text(24, 90, "517 W BRACKENRIDGE ST APT 3", 9)
        d.text(24, 102, "GLASS VALLEY WA 98837-2210", 9)
        kv = [("Subscriber", "HOLLIS ACHTERBERG"), ("Identification No.", "XQK 5520 918 44"),
              ("Group No.", "077215 (Ridgeline Aggregates)"), ("Statement Date", "02/06/26")]
        for i, (k, v) in enumerate(kv):
            d.text(470, 78 + 11 * i, k + ":", 8, True)
            d.text(560, 78 + 11 * i, v, 8)
        d.text(24, 132, "Claim activity for members on this contract, processed 01/26/26 through 02/05/26.", 8.5)
        return 148

    def cont(d, y, ctx):
        d.text(28, y, f"{ctx[0]} - Claim No. {ctx[4]} (continued)", 8, True)
        return colhead(d, y + 6)

    fl = Flow(doc, 560, furniture, cont)
    for k, (nm, sfx, prov, acct, cl, svcs) in enumerate(fam):
        fl.need(90)
        d, y = doc, fl.y
        d.text(28, y, f"Patient: {nm}  ({sfx})", 8.5, True)
        d.text(250, y, f"Provider: {prov}", 8)
        d.text(470, y, f"Claim No.: {cl}", 8)
        d.text(640, y, f"Pt Acct: {acct}", 8)
        fl.ctx = (nm, sfx, prov, acct, cl)
        fl.y = colhead(d, y + 6)
        for s in svcs:
            fl.need(13)
            pm = s.code + ("/" + "/".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mdy2"), pm, units_str(s.units), m2(s.billed), m2(s.allowed), m2(s.discount),
                    m2(s.deductible), m2(s.copay), m2(s.coinsurance), m2(s.not_covered), m2(s.paid), m2(s.owes),
                    " ".join(s.remarks)]
            doc.row(fl.y, cols, vals, 7.5)
            doc.hline(24, 768, fl.y + 4, 0.3, 0.5)
            r.add(doc.page, s, acct, cl, nm, ("billed", "allowed", "discount", "deductible", "copay", "coinsurance",
                                              "not_covered", "paid", "patient_owes"), remarks=s.remarks)
            fl.y += 13
        fl.need(16)
        tv = {a: total(svcs, a) for a in ("billed", "allowed", "discount", "deductible", "copay", "coinsurance",
                                          "not_covered", "paid", "owes")}
        owes_printed = tv["owes"] + (Decimal("10.00") if cl == "E6N2026012900902" else ZERO)
        doc.row(fl.y + 2, cols, ["Claim Totals", "", ""] + [m2(tv[a]) for a in ("billed", "allowed", "discount",
                "deductible", "copay", "coinsurance", "not_covered", "paid")] + [m2(owes_printed), ""], 7.5, True)
        if owes_printed != tv["owes"]:
            r.expected.append(f"claim-total-mismatch claim {cl}: printed Member Resp total {m2(owes_printed)} but the "
                              f"lines add up to {m2(tv['owes'])}")
        r.claim(acct, cl, nm, billed=tv["billed"], allowed=tv["allowed"], paid=tv["paid"], patient_owes=owes_printed)
        fl.y += 28
        fl.ctx = None
    fl.need(40)
    doc.text(28, fl.y, "Remark codes", 8.5, True)
    for i, (k, v) in enumerate(r.legend):
        doc.text(28, fl.y + 11 * (i + 1), f"{k} - {v}", 7.5)
    doc.save()
    r.pages = doc.page
    return r


# ============================================================================================ m1
def m1(out: Path) -> Rec:
    r = Rec("m1_msn_part_b_classic", "fpdf2",
            "Medicare Summary Notice, Part B, classic print (fpdf2, portrait Liberation Serif): per-claim blocks with "
            "claim number and referring doctor, 'Dates of Service' column, service count before the wording and the "
            "code in parentheses, Amount Charged / Medicare Approved / Medicare Paid Provider / You May Be Billed / See "
            "Notes Section, a denied line, claim totals, notes section; a claim running onto page 2.")
    doc = Doc("fpdf2", out / f"{r.name}.pdf", font="LiberationSerif")
    pat = "ROSALIND T OKONKWO-BAIRD"
    st = PlanState(ded_left=Decimal("0.00"))
    claims = [
        ("06-26009-551-020", "Harrowgate Internal Medicine, 2 Elm Court, Wichita Falls, KS 67330",
         "Referred by: -", [S(D(2026, 1, 2), "99214", 1, "25")]),
        ("06-26019-104-887", "Prairie Lantern Speech Services, 410 Oak Hollow Rd, Halvorsen, KS 66220",
         "Referred by: Imelda Sorensen, M.D.", [
             S(D(2026, 1, 15), "92610", 1, "GN"), S(D(2026, 1, 22), "92526", 1, "GN"),
             S(D(2026, 1, 29), "92526", 1, "GN")]),
        ("06-26014-338-112", "Stonebridge Hand & Arm Therapy, 88 Mercer Pike, Halvorsen, KS 66218",
         "Referred by: Dashiell Varga, M.D.", [
             S(D(2026, 1, 6), "97165", 1, "GO"), S(D(2026, 1, 6), "97760", 1, "GO"),
             S(D(2026, 1, 6), "L3807", 1, "RT"), S(D(2026, 1, 13), "97140", 2, "GO"),
             S(D(2026, 1, 13), "97110", 2, "GO"), S(D(2026, 1, 20), "97110", 3, "GO"),
             S(D(2026, 1, 20), "G0283", 1, "GO"), S(D(2026, 1, 27), "97530", 2, "GO"),
             S(D(2026, 1, 27), "97035", 1, "GO", denied="CO"),
             S(D(2026, 1, 29), "97140", 1, "GO"), S(D(2026, 1, 29), "97110", 2, "GO"),
             S(D(2026, 1, 30), "97530", 2, "GO"), S(D(2026, 1, 30), "97018", 1, "GO")]),
    ]
    # first claim: deductible already met except a piece on the office visit
    st2 = PlanState(ded_left=Decimal("57.00"))
    for cl in claims:
        for s in cl[3]:
            medicare(s, st2 if s.code == "99214" else st, sequestration=True)
            s.remarks = ["c"] if s.denied else (["a", "b"] if s.deductible else ["a"])
    r.legend = [("a", "This information is being sent to your secondary insurer, if you have one."),
                ("b", "Part of this approved amount went toward your yearly Part B deductible."),
                ("c", "Medicare does not pay for this service when billed this way. The provider may not bill you.")]
    cols = [(40, "l"), (96, "l"), (356, "r"), (412, "r"), (468, "r"), (522, "r"), (548, "l")]

    def colhead(d, y):
        hd = [("Dates of", "Service"), ("Services Provided", ""), ("Amount", "Charged"), ("Medicare", "Approved"),
              ("Medicare Paid", "Provider"), ("You May Be", "Billed"), ("See", "Notes")]
        d.row(y, cols, [h[0] for h in hd], 8, True)
        d.row(y + 10, cols, [h[1] for h in hd], 8, True)
        d.hline(40, 572, y + 14, 0.8)
        return y + 26

    def furniture(d, first):
        d.text(40, 50, "Medicare Summary Notice", 18, True)
        d.text(572, 44, "Page " + str(d.page), 9, align="r")
        d.text(572, 56, "February 3, 2026", 9, align="r")
        d.text(40, 64, "for Part B (Medical Insurance) - Assigned Claims", 10)
        d.hline(40, 572, 72, 1.5)
        if not first:
            d.text(40, 88, f"{pat}   Medicare Number XXXX-XXX-7K41", 8.5)
            return 108
        d.text(40, 92, pat, 10, True)
        d.text(40, 104, "7 BRAMBLE CIRCLE", 10)
        d.text(40, 116, "HALVORSEN KS 66217", 10)
        d.rect(330, 82, 242, 60)
        d.text(338, 96, "CUSTOMER SERVICE INFORMATION", 8, True)
        d.text(338, 108, "Your Medicare Number: XXXX-XXX-7K41", 8)
        d.text(338, 119, "Questions? Call 1-800-MEDICARE (1-800-633-4227)", 8)
        d.text(338, 130, "Ask for Doctor Services.", 8)
        d.text(40, 160, "This is a summary of claims processed from 01/05/2026 through 01/30/2026.", 9.5)
        d.rect(40, 172, 532, 70)
        d.text(48, 186, "Your Messages from Medicare", 9.5, True)
        for i, t in enumerate(["Get a flu shot. It doesn't cost you anything if the provider accepts assignment.",
                               "To report fraud, call 1-800-MEDICARE. Compare the services you were billed for with",
                               "what you received, and ask the provider about anything you do not recognise."]):
            d.text(48, 200 + 12 * i, t, 8.5)
        d.text(40, 262, "PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", 10, True)
        return 282

    def cont(d, y, ctx):
        d.text(40, y, f"Claim Number: {ctx} (continued)", 8.5, True)
        return colhead(d, y + 14)

    fl = Flow(doc, 740, furniture, cont)
    for cn, prov, ref, svcs in claims:
        fl.need(90)
        d, y = doc, fl.y
        d.text(40, y, f"Claim Number: {cn}", 8.5, True)
        d.text(40, y + 11, prov, 8.5)
        d.text(40, y + 22, ref, 8.5)
        fl.ctx = cn
        fl.y = colhead(d, y + 38)
        for s in svcs:
            words = f"{units_str(s.units)} {s.desc} ({s.code})"
            fl.need(14)
            d.row(fl.y, cols, [dfmt(s.dos, "mdy2"), words, money(s.billed), money(s.allowed), money(s.paid),
                               money(s.owes), ",".join(s.remarks)], 9)
            r.add(d.page, s, None, cn, pat, ("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                  remarks=s.remarks)
            fl.y += 14
        fl.need(16)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        d.hline(300, 572, fl.y - 6, 0.5)
        d.row(fl.y + 3, cols, ["", "Claim Total"] + [money(v) for v in tv] + [""], 8.5, True)
        r.claim(None, cn, pat, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        fl.y += 28
        fl.ctx = None
    fl.need(70)
    doc.text(40, fl.y, "Notes Section:", 9.5, True)
    for i, (k, v) in enumerate(r.legend):
        doc.text(40, fl.y + 13 * (i + 1), f"{k}  {v}", 8.5)
    fl.y += 13 * (len(r.legend) + 2)
    doc.text(40, fl.y, "Deductible Information: You have met the Part B deductible for 2026.", 8.5)
    doc.save()
    r.span = ["06-26014-338-112"]
    r.pages = doc.page
    return r


# ============================================================================================ m2
def m2_(out: Path) -> Rec:
    r = Rec("m2_medicare_advantage_eob", "reportlab",
            "Medicare Advantage HMO-POS monthly member EOB (reportlab, portrait DejaVu Sans Condensed): claim heads "
            "with plan claim ID and provider, service wording wrapping onto a second text line under the amounts, "
            "Code and Qty columns, Provider charged / Plan-approved / Plan paid / Your share / Notes, per-visit copay, "
            "a not-covered line, a claim continuing onto page 2, year-to-date panel.", window=0, arith=("ma",))
    doc = Doc("reportlab", out / f"{r.name}.pdf", font="DejaVuSansCondensed")
    pat = "Ignatius Farrow-Lindqvist"
    st = PlanState(ded_left=ZERO, visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.46"))
    claims = [
        ("C26-0121-50014", "Alder Point Occupational Therapy", "APOT-20931", [
            S(D(2026, 1, 19), "97166", 1, "GO"), S(D(2026, 1, 26), "97535", 2, "GO"),
            S(D(2026, 1, 26), "97530", 1, "GO")]),
        ("C26-0117-48820", "Millrace Physical Therapy", "PT-7710-33", [
            S(D(2026, 1, 5), "97162", 1, "GP"), S(D(2026, 1, 5), "97110", 2, "GP"),
            S(D(2026, 1, 7), "97110", 2, "GP"), S(D(2026, 1, 7), "97112", 1, "GP"),
            S(D(2026, 1, 9), "97140", 2, "GP", "59"), S(D(2026, 1, 12), "97110", 3, "GP"),
            S(D(2026, 1, 14), "97116", 2, "GP"), S(D(2026, 1, 14), "97530", 1, "GP"),
            S(D(2026, 1, 16), "97110", 2, "GP", "KX"), S(D(2026, 1, 16), "97035", 1, "GP", denied="PR"),
            S(D(2026, 1, 21), "97112", 2, "GP", "KX"), S(D(2026, 1, 23), "97110", 2, "GP", "KX"),
            S(D(2026, 1, 26), "97140", 1, "GP", "KX"), S(D(2026, 1, 26), "97110", 2, "GP", "KX"),
            S(D(2026, 1, 28), "97112", 2, "GP", "KX"), S(D(2026, 1, 30), "97110", 2, "GP", "KX")]),
    ]
    for cl in claims:
        for s in cl[3]:
            commercial(s, st)
            s.remarks = ["NC"] if s.denied else (["CP"] if s.copay else [])
    allsv = [x for cl in claims for x in cl[3]]
    tb, tp, to = total(allsv, "billed"), total(allsv, "paid"), total(allsv, "owes")
    r.legend = [("CP", "Your plan's copay for an outpatient rehabilitation visit."),
                ("NC", "Our plan does not cover this item. You may have to pay the provider.")]
    cols = [(40, "l"), (98, "l"), (262, "l"), (314, "r"), (378, "r"), (438, "r"), (494, "r"), (542, "r"), (552, "l")]

    def colhead(d, y):
        d.rect(40, y, 532, 26, fill=0.9, stroke=False)
        hd = [("Date of", "service"), ("Service you received", ""), ("Code", ""), ("Qty", ""), ("Provider", "charged"),
              ("Plan-", "approved"), ("Plan", "paid"), ("Your", "share"), ("Notes", "")]
        d.row(y + 10, cols, [h[0] for h in hd], 7.5, True)
        d.row(y + 20, cols, [h[1] for h in hd], 7.5, True)
        return y + 36

    def furniture(d, first):
        d.text(40, 48, "SILVERCREST HEALTH ADVANTAGE (HMO-POS)", 13, True)
        d.text(40, 61, "Your Explanation of Benefits for medical services · January 2026", 9)
        d.text(572, 48, f"Page {d.page}", 8, align="r")
        d.hline(40, 572, 68, 0.8)
        if not first:
            d.text(40, 82, f"Member: {pat} · Member ID 8830-22-1174", 8)
            return 100
        d.text(40, 88, pat.upper(), 9, True)
        d.text(40, 100, "1402 CATTAIL RUN", 9)
        d.text(40, 112, "DOVER BEND, MN 55780", 9)
        d.rect(360, 80, 212, 76)
        d.text(368, 94, "Totals for 2026", 8.5, True)
        for i, (k, v) in enumerate([("You paid this month", money(to)), ("You paid this year", money(to)),
                                    ("Max out-of-pocket", "$4,900.00"), ("Member ID", "8830-22-1174")]):
            d.text(368, 108 + 12 * i, k, 8)
            d.text(564, 108 + 12 * i, v, 8, align="r")
        d.text(40, 176, "Your costs at a glance", 10.5, True)
        d.hline(40, 572, 181, 0.4)
        sm = [("", "This month", "Year to date"), ("Total cost of your medical care", money(tb), money(tb)),
              ("Your plan paid", money(tp), money(tp)), ("You paid (or may be billed)", money(to), money(to))]
        for i, (k, v1, v2) in enumerate(sm):
            d.text(44, 193 + 12 * i, k, 8, i == 0)
            d.text(420, 193 + 12 * i, v1, 8, i == 0, "r")
            d.text(540, 193 + 12 * i, v2, 8, i == 0, "r")
        d.text(40, 260, "Part B medical claims we processed this month", 10.5, True)
        d.text(40, 273, "The table shows what each provider charged and how your plan and you shared the cost.", 8)
        return 290

    def cont(d, y, ctx):
        d.text(40, y, f"Claim ID {ctx[0]} · {ctx[1]} (continued)", 8.5, True)
        return colhead(d, y + 6)

    fl = Flow(doc, 730, furniture, cont)
    for cid, prov, acct, svcs in claims:
        fl.need(100)
        d, y = doc, fl.y
        d.hline(40, 572, y - 2, 1.2)
        d.text(40, y + 10, f"Claim ID {cid}", 9, True)
        d.text(170, y + 10, f"Provider: {prov}", 8.5)
        d.text(40, y + 21, f"Patient: {pat}   Provider's account no.: {acct}   Processed 01/30/2026", 7.5)
        fl.ctx = (cid, prov)
        fl.y = colhead(d, y + 28)
        for s in svcs:
            wl = d.wrap(eobgen.LONG_DESC.get(s.code, s.desc), 158, 7.5)
            fl.need(10 * len(wl) + 4)
            vals = [dfmt(s.dos, "mdy4"), wl[0], " ".join((s.code,) + s.mods), units_str(s.units), money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
            d.row(fl.y, cols, vals, 7.5)
            for k, t in enumerate(wl[1:]):
                d.text(98, fl.y + 9 * (k + 1), t, 7.5)
            r.add(d.page, s, acct, cid, pat, ("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks)
            fl.y += 9 * len(wl) + 4
        fl.need(16)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        d.hline(40, 572, fl.y - 6, 0.4)
        d.row(fl.y + 3, cols, ["", "Totals for this claim", "", ""] + [money(v) for v in tv] + [""], 7.5, True)
        r.claim(acct, cid, pat, billed=tv[0], allowed=tv[1], paid=tv[2], patient_owes=tv[3])
        fl.y += 30
        fl.ctx = None
    fl.need(50)
    doc.text(40, fl.y, "Notes", 9, True)
    for i, (k, v) in enumerate(r.legend):
        doc.text(40, fl.y + 12 * (i + 1), f"{k}  {v}", 7.5)
    doc.text(40, 760, "Silvercrest Health Advantage is an HMO-POS plan with a Medicare contract. H9921_EOB26_M", 6.5,
             gray=0.4)
    doc.save()
    r.span = ["C26-0117-48820"]
    r.pages = doc.page
    return r


# ============================================================================================ d1
def d1(out: Path) -> Rec:
    r = Rec("d1_medicaid_ra_mainframe", "reportlab",
            "State Medicaid provider remittance advice, line-printer style (reportlab, landscape core Courier): "
            "status sections, client head line (CLIENT NAME / CLIENT NO / CCN / MED REC NO), detail lines with DTL, "
            "FDOS-TDOS as MMDDYY, PROC M1 M2, QTY, BILLED / ALLOWED / COPAY / PAID, CARC with amount, EOB codes; "
            "a denied claim, a void with trailing-minus amounts and its replacement, a claim continuing on page 2.",
            arith=("adj",))
    doc = Doc("reportlab", out / f"{r.name}.pdf", landscape=True, font="Courier")

    def mk(svcs, adult=False, deny=None):
        for s in svcs:
            if deny:
                s.denied = "CO"
                medicaid(s, deny_reason=deny)
                s.remarks = ["0192"] if deny == "197" else ["0447"]
                continue
            medicaid(s)
            s.remarks = ["0001"]
            if adult and s.code == "99213":
                s.copay = Decimal("2.00")
                s.paid -= s.copay
                s.adjs.append(("PR", "3", s.copay))
                s.remarks = ["0001", "0310"]
        return svcs
    paid = [
        ("DELACRUZ-ABEBE, TOMAS", "700418823", "2026029004117", "MR44107", mk([
            S(D(2026, 1, 6), "97530", 2, "GO"), S(D(2026, 1, 6), "97535", 1, "GO"),
            S(D(2026, 1, 13), "97530", 3, "GO"), S(D(2026, 1, 20), "97530", 2, "GO"),
            S(D(2026, 1, 20), "97112", 1, "GO", "59")])),
        ("NAKASHIMA, LEILANI", "700562190", "2026029004130", "MR44388", mk([
            S(D(2026, 1, 7), "92507", 1, "GN"), S(D(2026, 1, 14), "92507", 1, "GN"),
            S(D(2026, 1, 21), "92507", 1, "GN"), S(D(2026, 1, 28), "92507", 1, "GN")])),
        ("PELLETIER, ROSEMARY", "700201377", "2026029004152", "MR39021", mk([
            S(D(2026, 1, 9), "99213", 1), S(D(2026, 1, 9), "97110", 2, "GP")], adult=True)),
        ("FITZROY-MBEKI, SAOIRSE", "700640512", "2026029004159", "MR44519", mk([
            S(D(2026, 1, 5), "92523", 1, "GN"), S(D(2026, 1, 8), "92507", 1, "GN"),
            S(D(2026, 1, 12), "92507", 1, "GN"), S(D(2026, 1, 15), "92507", 1, "GN"),
            S(D(2026, 1, 19), "92507", 1, "GN"), S(D(2026, 1, 22), "92507", 1, "GN"),
            S(D(2026, 1, 26), "92507", 1, "GN")])),
        ("OYELARAN, BASIL", "700733054", "2026029004166", "MR44602", mk([
            S(D(2026, 1, 5), "97165", 1, "GO"), S(D(2026, 1, 7), "97530", 2, "GO"),
            S(D(2026, 1, 9), "97530", 2, "GO"), S(D(2026, 1, 12), "97533", 2, "GO"),
            S(D(2026, 1, 14), "97530", 2, "GO"), S(D(2026, 1, 16), "97533", 2, "GO"),
            S(D(2026, 1, 19), "97530", 3, "GO"), S(D(2026, 1, 21), "97533", 2, "GO"),
            S(D(2026, 1, 23), "97530", 2, "GO"), S(D(2026, 1, 26), "97535", 2, "GO"),
            S(D(2026, 1, 28), "97530", 2, "GO"), S(D(2026, 1, 30), "97533", 2, "GO")])),
    ]
    denied = [("SVENSSON, ARLO", "700884415", "2026029004201", "MR44733",
               mk([S(D(2026, 1, 8), "97166", 1, "GO"), S(D(2026, 1, 8), "97530", 2, "GO")], deny="197"))]
    orig = mk([S(D(2025, 12, 15), "97110", 3, "GP"), S(D(2025, 12, 15), "97140", 1, "GP")])
    void = [negate(x) for x in orig]
    for x in void:
        x.remarks = ["0951"]
    repl = mk([S(D(2025, 12, 15), "97110", 2, "GP"), S(D(2025, 12, 15), "97140", 1, "GP", "59")])
    adjusted = [("GRUENWALD, HESTER", "700119842", "2025351007724", "MR38810", void),
                ("GRUENWALD, HESTER", "700119842", "2026029004288", "MR38810", repl)]
    r.legend = [("0001", "Paid at the department's maximum fee."), ("0192", "Prior authorization number missing or not on file."),
                ("0310", "Recipient copayment deducted."), ("0951", "Claim voided at the provider's request; payment recouped."),
                ("0447", "Service not covered for this client's benefit plan.")]

    def hdr(d, y):
        d.text(36, y, "DTL  FDOS    TDOS    PROC   M1  M2     QTY     BILLED    ALLOWED    COPAY       PAID  CARC/AMT       EOB", 7.5, True)
        d.text(36, y + 4, "-" * 126, 7.5)
        return y + 16

    def furniture(d, first):
        d.text(36, 36, "RUN 02/04/26  RPT MMR-0410          STATE OF NEW CAROLANDIA - MEDICAL ASSISTANCE PROGRAM                       PAGE " + f"{d.page:>4}", 7.5)
        d.text(36, 47, "                                        PROVIDER REMITTANCE ADVICE - PROFESSIONAL", 7.5, True)
        d.text(36, 58, "PAYEE: HEARTWOOD CHILDREN'S THERAPY GROUP   PROVIDER NO 0048823610   NPI 1730556281   RA NO 26-0203-05517", 7.5)
        d.text(36, 69, "WARRANT/EFT 0009187745  ISSUE DATE 02/05/26", 7.5)
        return hdr(d, 86)

    def cont(d, y, ctx):
        d.text(36, y, f"CLIENT NAME {ctx[0]:<26} CLIENT NO {ctx[1]}  CCN {ctx[2]}  MED REC NO {ctx[3]}  (CONTINUED)", 7.5)
        return y + 12

    fl = Flow(doc, 550, furniture, cont)

    def section(title, items, status):
        fl.need(40)
        doc.text(36, fl.y, f"*** {title} ***", 7.5, True)
        fl.y += 14
        for nm, cno, ccn, mrn, svcs in items:
            fl.need(40)
            doc.text(36, fl.y, f"CLIENT NAME {nm:<26} CLIENT NO {cno}  CCN {ccn}  MED REC NO {mrn}  STATUS {status}", 7.5)
            fl.ctx = (nm, cno, ccn, mrn)
            fl.y += 12
            for k, s in enumerate(svcs, 1):
                fl.need(11)
                neg = "trail"
                adj = [a for a in s.adjs if a[1] != "3"]
                carc = f"{adj[0][0]}{adj[0][1]} {money(adj[0][2], '', neg)}" if adj else ""
                line = (f"{k:>3}  {dfmt(s.dos, 'mdy6')}  {dfmt(s.dos, 'mdy6')}  {s.code:<5}  {(s.mods + ('', ''))[0]:<2}  "
                        f"{(s.mods + ('', ''))[1]:<2}  {units_str(s.units):>6}  {money(s.billed, '', neg):>9}  "
                        f"{money(s.allowed, '', neg):>9}  {money(s.copay, '', neg):>7}  {money(s.paid, '', neg):>9}  "
                        f"{carc:<14} {' '.join(s.remarks)}")
                doc.text(36, fl.y, line, 7.5)
                r.add(doc.page, s, mrn, ccn, nm, ("billed", "allowed", "copay", "paid"), service_end=s.dos,
                      adjustments=adj, remarks=s.remarks)
                fl.y += 11
            tv = [total(svcs, a) for a in ("billed", "allowed", "copay", "paid")]
            fl.need(12)
            doc.text(36, fl.y, f"{'CLAIM TOTAL':<44}{money(tv[0], '', 'trail'):>9}  {money(tv[1], '', 'trail'):>9}  "
                              f"{money(tv[2], '', 'trail'):>7}  {money(tv[3], '', 'trail'):>9}", 7.5)
            r.claim(mrn, ccn, nm, billed=tv[0], allowed=tv[1], paid=tv[3])
            fl.y += 18
            fl.ctx = None
    section("CLAIMS PAID", paid, "PAID")
    section("CLAIMS DENIED", denied, "DENY")
    section("CLAIM ADJUSTMENTS (VOID / REPLACEMENT)", adjusted, "ADJ")
    fl.need(80)
    doc.text(36, fl.y, "EOB CODE MESSAGES", 7.5, True)
    for i, (k, v) in enumerate(r.legend):
        doc.text(36, fl.y + 11 * (i + 1), f"{k}  {v.upper()}", 7.5)
    doc.save()
    r.span = ["2026029004166"]
    r.pages = doc.page
    return r


# ============================================================================================ d2
def d2(out: Path) -> Rec:
    r = Rec("d2_medicaid_mco_portal_ra", "fpdf2",
            "State Medicaid managed-care plan provider remittance from the plan's portal (fpdf2, portrait DejaVu Sans): "
            "shaded member panels (Member / Medicaid ID / Claim # / Patient Acct / Claim status), ruled line grid with "
            "service date ranges 01/05/2026-01/30/2026 and summed units, Proc + Mods 'GO 59', Billed / Allowed / "
            "Cost share / Paid, Adj Code and Adj Amt columns with a second adjustment stacked under the first, RARC, "
            "a denied line, a wholly denied claim.", window=1, arith=("adj",))
    doc = Doc("fpdf2", out / f"{r.name}.pdf", font="DejaVuSans")

    def span_svc(a, b, code, units, *mods, deny=None, share=ZERO):
        s = S(a, code, units, *mods, end=b)
        if deny:
            s.denied = "CO"
            medicaid(s, deny_reason=deny)
            s.remarks = ["N54"] if deny == "15" else ["M86"]
            return s
        medicaid(s)
        if share:
            s.copay = share
            s.paid -= share
            s.adjs.append(("PR", "3", share))
        return s
    mem = [
        ("Quintero, Marisol", "MC41882093", "2601288450017", "HCT-118204", "Paid", [
            span_svc(D(2026, 1, 5), D(2026, 1, 30), "97530", 10, "GO"),
            span_svc(D(2026, 1, 5), D(2026, 1, 30), "97112", 4, "GO", "59"),
            span_svc(D(2026, 1, 12), D(2026, 1, 12), "97168", 1, "GO")]),
        ("Quintero, Mateo", "MC41882101", "2601288450018", "HCT-118205", "Paid", [
            span_svc(D(2026, 1, 6), D(2026, 1, 27), "92507", 4, "GN"),
            span_svc(D(2026, 1, 6), D(2026, 1, 6), "92523", 1, "GN"),
            span_svc(D(2026, 1, 20), D(2026, 1, 20), "97129", 1, "GN", deny="96")]),
        ("Abernathy, Colm", "MC40017765", "2601288450044", "HCT-117960", "Denied", [
            span_svc(D(2026, 1, 8), D(2026, 1, 29), "97110", 8, "GP"),
            span_svc(D(2026, 1, 8), D(2026, 1, 29), "97140", 4, "GP"),
        ]),
        ("Featherstone, Ora", "MC39940228", "2601288450061", "HCT-119377", "Paid", [
            span_svc(D(2026, 1, 14), D(2026, 1, 14), "97163", 1, "GP", share=Decimal("3.00")),
            span_svc(D(2026, 1, 16), D(2026, 1, 30), "97110", 6, "GP", "CQ"),
            span_svc(D(2026, 1, 16), D(2026, 1, 30), "97116", 3, "GP", "CQ")]),
    ]
    for s in mem[2][5]:
        s.denied = "CO"
        s.allowed = s.discount = s.paid = ZERO
        s.adjs = [("CO", "15", s.billed)]
        s.remarks = ["N54"]
    r.legend = [("N54", "Authorization on file does not match the services billed."),
                ("M86", "Service is part of another service paid the same period."),
                ("MA130", "Claim has unprocessable information; resubmit as a new claim.")]
    cols = [(30, "l"), (56, "l"), (180, "l"), (256, "r"), (314, "r"), (366, "r"), (408, "r"), (454, "r"),
            (462, "l"), (536, "r"), (546, "l")]

    def colhead(d, y):
        d.rect(26, y, 560, 22, fill=0.8, stroke=False)
        h1 = ["Ln", "Dates of Service", "Proc / Mods", "Units", "Billed", "Allowed", "Cost", "Paid", "Adj", "Adj",
              "RARC"]
        h2 = ["", "", "", "", "", "", "Share", "", "Code", "Amt", ""]
        d.row(y + 9, cols, h1, 7, True)
        d.row(y + 18, cols, h2, 7, True)
        return y + 32

    def furniture(d, first):
        d.text(26, 40, "Evergreen Bay Community Health Plan", 14, True)
        d.text(26, 52, "A Medicaid managed care plan · Provider Services 1-866-555-0191", 7.5, gray=0.35)
        d.text(586, 40, "Remittance Advice", 12, True, "r")
        d.text(586, 52, f"Page {d.page}", 7.5, align="r")
        d.hline(26, 586, 60, 0.8)
        d.text(26, 74, "Pay to: Harborline Pediatric & Adult Therapy, 1200 Tidewater Ave, Suite 4, Port Alder, WA 98366", 7.5)
        d.text(26, 85, "Provider ID 4402117  ·  Payment No. EFT-88120445  ·  Payment Date 02/06/2026  ·  Remit ID RA2026-0206-3317", 7.5)
        return 104

    fl = Flow(doc, 750, furniture)
    for nm, mid, cl, acct, status, svcs in mem:
        fl.need(90)
        d, y = doc, fl.y
        d.rect(26, y, 560, 28, fill=0.93)
        d.text(32, y + 11, f"Member: {nm}", 8, True)
        d.text(200, y + 11, f"Medicaid ID: {mid}", 7.5)
        d.text(360, y + 11, f"Claim #: {cl}", 7.5)
        d.text(32, y + 22, f"Patient Acct: {acct}", 7.5)
        d.text(200, y + 22, f"Claim status: {status}", 7.5)
        d.text(360, y + 22, "Received 01/31/2026  Adjudicated 02/03/2026", 7.5)
        fl.y = colhead(d, y + 32)
        for k, s in enumerate(svcs, 1):
            extra = len(s.adjs) - 1
            fl.need(12 + 9 * extra)
            dates = f"{dfmt(s.dos, 'mdy4')}-{dfmt(s.end, 'mdy4')}"
            vals = [str(k), dates, " ".join((s.code,) + s.mods), units_str(s.units), m2(s.billed), m2(s.allowed),
                    m2(s.copay), m2(s.paid), f"{s.adjs[0][0]}-{s.adjs[0][1]}" if s.adjs else "",
                    m2(s.adjs[0][2]) if s.adjs else "", " ".join(s.remarks)]
            d.row(fl.y, cols, vals, 7.5)
            for j, (g, c, a) in enumerate(s.adjs[1:], 1):
                d.row(fl.y + 9 * j, cols, [""] * 8 + [f"{g}-{c}", m2(a), ""], 7.5)
            r.add(d.page, s, acct, cl, nm, ("billed", "allowed", "copay", "paid"), service_end=s.end,
                  adjustments=s.adjs, remarks=s.remarks)
            d.hline(26, 586, fl.y + 4 + 9 * extra, 0.3, 0.5)
            fl.y += 13 + 9 * extra
        tv = [total(svcs, a) for a in ("billed", "allowed", "copay", "paid")]
        fl.need(14)
        d.row(fl.y + 1, cols, ["", "Claim totals", "", ""] + [m2(v) for v in tv] + ["", "", ""], 7.5, True)
        r.claim(acct, cl, nm, billed=tv[0], allowed=tv[1], paid=tv[3])
        fl.y += 24
    fl.need(60)
    doc.text(26, fl.y, "Remark code descriptions", 8, True)
    for i, (k, v) in enumerate(r.legend):
        doc.text(26, fl.y + 11 * (i + 1), f"{k}: {v}", 7.5)
    doc.save()
    r.pages = doc.page
    return r


# ============================================================================================ p1
def p1(out: Path) -> Rec:
    r = Rec("p1_medicare_spr_clearinghouse", "reportlab",
            "Medicare Part B standard paper remittance re-printed by a clearinghouse (reportlab, landscape core "
            "Helvetica at fixed columns): NAME / MID / ACNT / ICN / ASG / MOA claim heads, PERF PROV / SERV DATE / POS "
            "/ NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD with further adjustments "
            "stacked under the line, CNTL # rows, PT RESP and CLAIM TOTALS, a CO-50 denial, a reversal and its "
            "correction, header repeated on each page.", window=3, arith=("adj",))
    doc = Doc("reportlab", out / f"{r.name}.pdf", landscape=True, font="Helvetica")
    st = PlanState(ded_left=ZERO)
    dd = PlanState(ded_left=Decimal("83.00"))
    claims = []

    def cl(name, mid, acnt, icn, moa, svcs, plan=st, deny=None, rev=False):
        for s in svcs:
            if deny:
                s.denied = "CO"
                medicare(s, plan, deny_reason=deny)
                s.remarks = ["N115"]
            else:
                medicare(s, plan)
        if rev:
            svcs[:] = [negate(x) for x in svcs]
        claims.append((name, mid, acnt, icn, moa, svcs))
    cl("HALVERSEN, AUGUSTINE", "3JT7QE2WM58", "BRK2026-0311", "0226027118340", "MA01", [
        S(D(2026, 1, 6), "97162", 1, "GP"), S(D(2026, 1, 6), "97110", 2, "GP"), S(D(2026, 1, 8), "97110", 2, "GP"),
        S(D(2026, 1, 8), "97140", 1, "GP", "59"), S(D(2026, 1, 13), "97112", 2, "GP")], plan=dd)
    cl("MORWENNA, PETRA", "8CX4VN1LD22", "BRK2026-0318", "0226027118355", "MA01", [
        S(D(2026, 1, 7), "97166", 1, "GO"), S(D(2026, 1, 9), "97530", 2, "GO"), S(D(2026, 1, 9), "97535", 1, "GO"),
        S(D(2026, 1, 14), "97530", 3, "GO"), S(D(2026, 1, 16), "97530", 2, "GO"), S(D(2026, 1, 16), "97760", 1, "GO")])
    cl("IBARRA-KOWALCZYK, FELIX", "5HR9AW3TK07", "BRK2026-0320", "0226027118361", "MA01", [
        S(D(2026, 1, 12), "97035", 1, "GP"), S(D(2026, 1, 12), "97018", 1, "GP")], deny="50")
    cl("QUILLON, BEATRIX", "2MN6EP8RW93", "BRK2025-2207", "0225351660712", "MA01 MA67", [
        S(D(2025, 12, 9), "92507", 1, "GN"), S(D(2025, 12, 11), "92507", 1, "GN")], rev=True)
    cl("QUILLON, BEATRIX", "2MN6EP8RW93", "BRK2025-2207", "0226027118378", "MA01 MA67", [
        S(D(2025, 12, 9), "92507", 1, "GN", "KX"), S(D(2025, 12, 11), "92507", 1, "GN", "KX"),
        S(D(2025, 12, 16), "92526", 1, "GN", "KX")])
    cl("TENNYSON, OSWIN", "7PL2QA5YC64", "BRK2026-0333", "0226027118390", "MA01", [
        S(D(2026, 1, 20), "97110", 3, "GP", "CQ"), S(D(2026, 1, 20), "97116", 2, "GP", "CQ"),
        S(D(2026, 1, 22), "97110", 2, "GP", "CQ"), S(D(2026, 1, 22), "G0283", 1, "GP", "CQ"),
        S(D(2026, 1, 27), "97110", 2, "GP", "CQ"), S(D(2026, 1, 27), "97140", 1, "GP", "CQ")])
    r.legend = [("MA01", "Appeal rights notice: you may ask for a redetermination within 120 days."),
                ("MA67", "Correction to a prior claim."), ("N115", "The decision was based on a local coverage determination.")]
    X = dict(pp=30, sd=88, pos=150, nos=172, proc=192, mods=228, billed=318, allowed=372, ded=418, coins=466,
             grp=478, prov=600)

    def hdr(d, y):
        for k, t in (("pp", "PERF PROV"), ("sd", "SERV DATE"), ("pos", "POS"), ("nos", "NOS"), ("proc", "PROC"),
                     ("mods", "MODS"), ("grp", "GRP/RC-AMT")):
            d.text(X[k], y, t, 7.5, True)
        for k, t in (("billed", "BILLED"), ("allowed", "ALLOWED"), ("ded", "DEDUCT"), ("coins", "COINS"),
                     ("prov", "PROV PD")):
            d.text(X[k], y, t, 7.5, True, "r")
        d.hline(30, 760, y + 4, 0.5)
        return y + 16

    def furniture(d, first):
        d.text(30, 34, "MEDICARE PART B - JURISDICTION 14 (MEDICARE ADMINISTRATIVE CONTRACTOR)", 8, True)
        d.text(30, 45, "RIVERSTONE REHABILITATION ASSOCIATES        NPI: 1295004418", 8)
        d.text(30, 56, "4470 CANAL STREET SUITE 210, LOWELL FALLS, ME 04092", 8)
        d.text(760, 34, "MEDICARE REMITTANCE NOTICE", 8, True, "r")
        d.text(760, 45, "DATE: 02/04/2026   CHECK/EFT #: 9100228731", 8, align="r")
        d.text(760, 56, f"PAGE #: {d.page}", 8, align="r")
        d.text(30, 70, "Printed from ClearPath EDI remittance viewer - 835 converted to standard paper format", 6.5,
               gray=0.45)
        return hdr(d, 86)

    def cont(d, y, ctx):
        d.text(30, y, f"NAME {ctx[0]}  MID {ctx[1]}  ACNT {ctx[2]}  ICN {ctx[3]}  (CONT'D)", 7.5)
        return y + 12

    fl = Flow(doc, 560, furniture, cont)
    for name, mid, acnt, icn, moa, svcs in claims:
        fl.need(60)
        d = doc
        d.text(30, fl.y, f"NAME {name}", 7.5)
        d.text(210, fl.y, f"MID {mid}", 7.5)
        d.text(320, fl.y, f"ACNT {acnt}", 7.5)
        d.text(440, fl.y, f"ICN {icn}", 7.5)
        d.text(560, fl.y, f"ASG Y   MOA {moa}", 7.5)
        fl.ctx = (name, mid, acnt, icn)
        fl.y += 12
        for k, s in enumerate(svcs, 1):
            nadj = len(s.adjs)
            fl.need(11 * (nadj + 1) + 2)
            y = fl.y
            d.text(X["pp"], y, "1487220195", 7.5)
            d.text(X["sd"], y, f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}", 7.5)
            d.text(X["pos"], y, "11", 7.5)
            d.text(X["nos"], y, units_str(s.units), 7.5)
            d.text(X["proc"], y, s.code, 7.5)
            d.text(X["mods"], y, " ".join(s.mods), 7.5)
            for key, v in (("billed", s.billed), ("allowed", s.allowed), ("ded", s.deductible), ("coins", s.coinsurance),
                           ("prov", s.paid)):
                d.text(X[key], y, money(v, "", "-"), 7.5, align="r")
            for j, (g, c, a) in enumerate(s.adjs):
                d.text(X["grp"], y + 11 * j, f"{g}-{c}", 7.5)
                d.text(X["grp"] + 76, y + 11 * j, money(a, "", "-"), 7.5, align="r")
            ctl = f"CNTL #: {acnt}-{k:02d}" + ("   " + " ".join(s.remarks) if s.remarks else "")
            d.text(X["sd"], y + 11 * max(1, nadj), ctl, 7, gray=0.3)
            r.add(d.page, s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  service_end=s.dos, adjustments=s.adjs, remarks=s.remarks)
            fl.y += 11 * (max(1, nadj) + 1) + 2
        tv = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        adjt = sum((a for x in svcs for _, _, a in x.adjs), ZERO)
        fl.need(28)
        y = fl.y
        d.text(X["pp"], y, f"PT RESP {money(tv['owes'], '', '-')}", 7.5)
        d.text(X["proc"], y, "CLAIM TOTALS", 7.5)
        for key, v in (("billed", tv["billed"]), ("allowed", tv["allowed"]), ("ded", tv["deductible"]),
                       ("coins", tv["coinsurance"]), ("prov", tv["paid"])):
            d.text(X[key], y, money(v, "", "-"), 7.5, align="r")
        d.text(X["grp"] + 76, y, money(adjt, "", "-"), 7.5, align="r")
        d.text(X["pp"], y + 11, f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET {money(tv['paid'], '', '-')}", 7.5)
        r.claim(acnt, icn, name, billed=tv["billed"], allowed=tv["allowed"], paid=tv["paid"], patient_owes=tv["owes"])
        fl.y += 30
        fl.ctx = None
    fl.need(70)
    doc.text(30, fl.y, "GLOSSARY: Group, Reason, MOA, Remark and Adjustment Codes", 7.5, True)
    for i, (k, v) in enumerate(r.legend + [("CO", "Contractual obligation"), ("PR", "Patient responsibility")]):
        doc.text(30, fl.y + 10 * (i + 1), f"{k:<6} {v}", 7)
    doc.save()
    r.span = ["0226027118355", "0226027118390"]
    r.pages = doc.page
    return r


# ============================================================================================ p2
def p2(out: Path) -> Rec:
    r = Rec("p2_pm_medicare_payment_detail", "fpdf2",
            "Practice-management 'Insurance Payment Detail' of a Medicare Part B payment (fpdf2, landscape Liberation "
            "Sans Narrow): flat grid, patient, account no. and payer ICN on every row, CPT and Mod columns, Units, "
            "Charge / Allowed / Deduct / Coins / Paid / Pt Resp, adjustments inline 'CO-45 100.76; CO-253 0.92', "
            "claim subtotal rows, deposit totals.", arith=("adj",))
    doc = Doc("fpdf2", out / f"{r.name}.pdf", landscape=True, font="LiberationSansNarrow")
    st = PlanState(ded_left=ZERO)
    dd = PlanState(ded_left=Decimal("120.00"))
    rows = [
        ("Lindgren, Aurelio", "100482", "0226030044511", [S(D(2026, 1, 5), "97163", 1, "GP"),
                                                          S(D(2026, 1, 5), "97110", 2, "GP", "KX"),
                                                          S(D(2026, 1, 7), "97110", 2, "GP", "KX"),
                                                          S(D(2026, 1, 7), "97140", 1, "GP", "59")], dd),
        ("Obuya, Henrietta", "100517", "0226030044528", [S(D(2026, 1, 6), "97168", 1, "GO"),
                                                         S(D(2026, 1, 6), "97535", 2, "GO"),
                                                         S(D(2026, 1, 13), "97530", 2, "GO"),
                                                         S(D(2026, 1, 13), "97018", 1, "GO")], st),
        ("Szabo, Clementine", "100533", "0226030044530", [S(D(2026, 1, 9), "92523", 1, "GN"),
                                                          S(D(2026, 1, 16), "92507", 1, "GN"),
                                                          S(D(2026, 1, 23), "92507", 1, "GN")], st),
        ("Varnholt, Ambrose", "100541", "0226030044547", [S(D(2026, 1, 12), "97110", 3, "GP", "CQ"),
                                                          S(D(2026, 1, 12), "97750", 1, "GP"),
                                                          S(D(2026, 1, 14), "97110", 2, "GP", "CQ"),
                                                          S(D(2026, 1, 14), "A4556", 2)], st),
    ]
    for nm, acct, icn, svcs, plan in rows:
        for s in svcs:
            if s.code == "A4556":
                s.denied = "CO"
                medicare(s, plan, deny_reason="97")
                s.remarks = ["M15"]
            else:
                medicare(s, plan)
    r.legend = [("M15", "Separately billed supply was bundled into another service.")]
    cols = [(24, "l"), (108, "l"), (146, "l"), (210, "l"), (256, "l"), (286, "l"), (328, "r"), (374, "r"),
            (418, "r"), (456, "r"), (494, "r"), (538, "r"), (576, "r"), (586, "l"), (734, "l")]
    hd = ["Patient", "Acct #", "Payer ICN", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Paid",
          "Pt Resp", "Adjustments", "Rmk"]

    def colhead(d, y):
        d.rect(20, y - 9, 752, 13, fill=0.82, stroke=False)
        d.row(y, cols, hd, 7, True)
        return y + 13

    def furniture(d, first):
        d.text(24, 32, "TheraLedger PM  ·  Insurance Payment Detail", 12, True)
        d.text(768, 32, f"Page {d.page}", 7.5, align="r")
        d.text(24, 45, "Practice: Kestrel Valley Rehabilitation · Payer: Medicare Part B (Northeast MAC) · Deposit 2026-0219 · "
               "EFT TRN 1MED9100377215 · Posted 02/09/2026 by jsaldana", 7.5)
        d.hline(20, 772, 52, 0.6)
        return colhead(d, 68)

    fl = Flow(doc, 575, furniture)
    grand = {a: ZERO for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
    for nm, acct, icn, svcs, plan in rows:
        for s in svcs:
            fl.need(12)
            adj = "; ".join(f"{g}-{c} {m2(a)}" for g, c, a in s.adjs)
            vals = [nm, acct, icn, dfmt(s.dos, "mdyn"), s.code, ",".join(s.mods), units_str(s.units), m2(s.billed),
                    m2(s.allowed), m2(s.deductible), m2(s.coinsurance), m2(s.paid), m2(s.owes), adj,
                    " ".join(s.remarks)]
            doc.row(fl.y, cols, vals, 7)
            doc.hline(20, 772, fl.y + 3, 0.2, 0.7)
            r.add(doc.page, s, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid",
                                               "patient_owes"), adjustments=s.adjs, remarks=s.remarks)
            fl.y += 12
        tv = {a: total(svcs, a) for a in grand}
        for a in grand:
            grand[a] += tv[a]
        fl.need(14)
        doc.row(fl.y, cols, ["", "", "", "", "Claim subtotal", "", ""] + [m2(tv[a]) for a in ("billed", "allowed",
                "deductible", "coinsurance", "paid", "owes")] + ["", ""], 7, True)
        r.claim(acct, icn, nm, billed=tv["billed"], allowed=tv["allowed"], paid=tv["paid"], patient_owes=tv["owes"])
        fl.y += 18
    fl.need(30)
    doc.row(fl.y, cols, ["Deposit totals", "", "", "", "", "", ""] + [m2(grand[a]) for a in ("billed", "allowed",
            "deductible", "coinsurance", "paid", "owes")] + ["", ""], 7.5, True)
    doc.text(24, fl.y + 16, "M15 - " + r.legend[0][1], 7)
    doc.save()
    r.pages = doc.page
    return r


# ============================================================================================ s1
def s1(out: Path) -> Rec:
    r = Rec("s1_therapy_clinic_family_statement", "fpdf2",
            "Pediatric therapy clinic family statement to the guarantor (fpdf2, portrait DejaVu Sans Mono): tear-off "
            "payment coupon, activity table Date / Patient / Visit / Code / Qty / Charge / Ins Paid / Adjust / Balance "
            "with code and modifier glued by a hyphen ('97530-GO'), an insurance sub-row per visit naming the "
            "insurer's claim number, a not-covered line, patient payments as rows without a code, three children, "
            "activity running onto page 2 with the header repeated.", arith=("stmt",))
    doc = Doc("fpdf2", out / f"{r.name}.pdf", font="DejaVuSansMono")
    st = PlanState(ded_left=Decimal("60.00"), allowed_rate=Decimal("0.80"))
    visits = [
        ("NOOR TALBOT", "V26-00412", "MW2601140331", "Meadowlark Health PPO", [
            S(D(2026, 1, 5), "97166", 1, "GO"), S(D(2026, 1, 5), "97530", 1, "GO")]),
        ("EZRA TALBOT", "V26-00418", "MW2601140347", "Meadowlark Health PPO", [
            S(D(2026, 1, 6), "92523", 1, "GN")]),
        ("NOOR TALBOT", "V26-00455", "MW2601210118", "Meadowlark Health PPO", [
            S(D(2026, 1, 12), "97530", 2, "GO"), S(D(2026, 1, 12), "97533", 1, "GO"),
            S(D(2026, 1, 12), "97112", 1, "GO", "59")]),
        ("EZRA TALBOT", "V26-00461", "MW2601210122", "Meadowlark Health PPO", [
            S(D(2026, 1, 13), "92507", 1, "GN")]),
        ("BENEDIKT TALBOT", "V26-00470", "MW2601210139", "Meadowlark Health PPO", [
            S(D(2026, 1, 14), "97161", 1, "GP"), S(D(2026, 1, 14), "97110", 2, "GP"),
            S(D(2026, 1, 14), "97150", 1, "GP", denied="PR")]),
        ("NOOR TALBOT", "V26-00498", "MW2601280210", "Meadowlark Health PPO", [
            S(D(2026, 1, 19), "97530", 2, "GO"), S(D(2026, 1, 19), "97535", 1, "GO"),
            S(D(2026, 1, 19), "97533", 1, "GO")]),
        ("EZRA TALBOT", "V26-00502", "MW2601280224", "Meadowlark Health PPO", [
            S(D(2026, 1, 20), "92507", 1, "GN"), S(D(2026, 1, 20), "97129", 1, "GN")]),
        ("BENEDIKT TALBOT", "V26-00511", "MW2601280230", "Meadowlark Health PPO", [
            S(D(2026, 1, 21), "97110", 2, "GP"), S(D(2026, 1, 21), "97140", 1, "GP"),
            S(D(2026, 1, 21), "97116", 1, "GP")]),
        ("NOOR TALBOT", "V26-00537", "MW2602040019", "Meadowlark Health PPO", [
            S(D(2026, 1, 26), "97530", 2, "GO"), S(D(2026, 1, 26), "97112", 1, "GO", "59"),
            S(D(2026, 1, 26), "97168", 1, "GO")]),
        ("EZRA TALBOT", "V26-00544", "MW2602040027", "Meadowlark Health PPO", [
            S(D(2026, 1, 27), "92507", 1, "GN")]),
        ("BENEDIKT TALBOT", "V26-00552", "MW2602040031", "Meadowlark Health PPO", [
            S(D(2026, 1, 28), "97110", 2, "GP"), S(D(2026, 1, 28), "97112", 1, "GP")]),
        ("NOOR TALBOT", "V26-00566", "MW2602040046", "Meadowlark Health PPO", [
            S(D(2026, 1, 30), "97530", 2, "GO"), S(D(2026, 1, 30), "97533", 1, "GO"),
            S(D(2026, 1, 30), "97535", 1, "GO")]),
    ]
    for v in visits:
        for s in v[4]:
            commercial(s, st)
    pays = [(D(2026, 1, 15), "Payment - card ending 4417 - thank you", Decimal("-75.00")),
            (D(2026, 1, 29), "Payment - online portal - thank you", Decimal("-50.00"))]
    allsv = [s for v in visits for s in v[4]]
    bal_due = total(allsv, "owes") + sum(p[2] for p in pays)
    cols = [(30, "l"), (84, "l"), (184, "l"), (244, "l"), (320, "r"), (378, "r"), (436, "r"), (494, "r"), (580, "r")]
    hd = ["Date", "Patient", "Visit", "Code", "Qty", "Charge", "Ins Paid", "Adjust", "Balance"]

    def colhead(d, y):
        d.hline(30, 582, y - 9, 0.6)
        d.row(y, cols, hd, 7.5, True)
        d.hline(30, 582, y + 4, 0.6)
        return y + 16

    def furniture(d, first):
        d.text(30, 40, "WILLOWBROOK CHILDREN'S THERAPY CENTER", 11, True)
        d.text(30, 52, "3380 Sparrow Hill Rd · Ashgrove, NC 27519 · Billing office 919-555-0163", 7.5)
        d.text(582, 40, "STATEMENT", 11, True, "r")
        d.text(582, 52, f"Page {d.page}", 7.5, align="r")
        if not first:
            d.text(30, 72, "Guarantor: PRISCILLA TALBOT   Account No. G-20417   Statement date 02/02/2026", 7.5)
            return colhead(d, 94)
        d.rect(30, 62, 552, 92)
        d.text(38, 76, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", 7, True)
        for i, (k, v) in enumerate([("Account No.", "G-20417"), ("Statement date", "02/02/2026"),
                                    ("Amount due", money(bal_due)), ("Due by", "02/27/2026")]):
            d.text(360, 92 + 12 * i, f"{k:<15}{v:>16}", 8)
        d.text(38, 98, "PRISCILLA TALBOT", 8.5)
        d.text(38, 109, "71 CORNFLOWER CT", 8.5)
        d.text(38, 120, "ASHGROVE NC 27519-4410", 8.5)
        d.text(360, 144, "Amount enclosed $ __________", 8)
        d.line(30, 166, 582, 166, 0.5, 0.5)
        d.text(30, 184, "Patients on this account: NOOR TALBOT, EZRA TALBOT, BENEDIKT TALBOT", 7.5)
        d.text(30, 195, "Charges are billed to your insurance first; the balance shown is what insurance left to you.", 7.5)
        return colhead(d, 218)

    fl = Flow(doc, 735, furniture)
    events = []
    for v in visits:
        events.append((v[4][0].dos, 0, v))
    for p in pays:
        events.append((p[0], 1, p))
    events.sort(key=lambda e: (e[0], e[1]))
    for _, kind, ev in events:
        if kind == 1:
            fl.need(12)
            doc.text(30, fl.y, dfmt(ev[0], "mdy2"), 7.5)
            doc.text(84, fl.y, ev[1], 7.5)
            doc.text(580, fl.y, m2(ev[2]), 7.5, align="r")
            fl.y += 14
            continue
        nm, visit, clm, ins, svcs = ev
        fl.need(13 * len(svcs) + 14)
        for s in svcs:
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            doc.row(fl.y, cols, [dfmt(s.dos, "mdy2"), nm, visit, code, units_str(s.units), m2(s.billed), m2(s.paid),
                                 m2(s.discount), m2(s.owes)], 7.5)
            r.add(doc.page, s, visit, clm, nm, ("billed", "paid", "discount", "patient_owes"))
            fl.y += 13
        note = f"  {ins} claim {clm} processed; "
        note += "1 service not covered by plan" if any(s.denied for s in svcs) else "balance is your share"
        doc.text(84, fl.y, note, 6.5, gray=0.35)
        r.claim(visit, clm, nm)
        fl.y += 18
    fl.need(60)
    doc.hline(30, 582, fl.y - 6, 0.6)
    aging = [("Current", bal_due), ("31-60", ZERO), ("61-90", ZERO), ("Over 90", ZERO)]
    for i, (k, v) in enumerate(aging):
        doc.text(30 + 110 * i, fl.y + 6, f"{k}: {money(v)}", 7.5)
    doc.text(580, fl.y + 6, f"AMOUNT DUE {money(bal_due)}", 9, True, "r")
    doc.text(30, fl.y + 24, "Questions about a charge? Call us before the due date. Payment plans are available.", 7)
    doc.save()
    r.span = []
    r.pages = doc.page
    return r


# ============================================================================================ s2
def s2(out: Path) -> Rec:
    r = Rec("s2_hospital_family_summary_statement", "reportlab",
            "Community hospital summary statement for a guarantor with three accounts (reportlab, portrait Liberation "
            "Serif): page-1 right sidebar (amount due, ways to pay, financial help), itemized charges per account "
            "Date / Rev / CPT-HCPCS / Mod / Description / Qty / Charges with wrapped descriptions, a charge correction "
            "printed as a negative, insurance payment and adjustment rows naming the insurer's claim number, account "
            "balances; one account runs onto page 2 with a '(continued)' head.")
    doc = Doc("reportlab", out / f"{r.name}.pdf", font="LiberationSerif")
    accts = [
        ("HB-60218844", "Marguerite Ostrander", "Outpatient Rehabilitation - Hand Therapy", "Pinnacle Employers Health",
         "PEH-26-00718853", [
             (S(D(2026, 1, 8), "97165", 1, "GO"), "0434"), (S(D(2026, 1, 8), "97760", 1, "GO"), "0434"),
             (S(D(2026, 1, 8), "L3807", 1, "LT"), "0274"), (S(D(2026, 1, 15), "97140", 2, "GO"), "0431"),
             (S(D(2026, 1, 15), "97110", 2, "GO"), "0431"), (S(D(2026, 1, 15), "97018", 1, "GO"), "0431"),
             (S(D(2026, 1, 22), "97110", 3, "GO"), "0431"), (S(D(2026, 1, 22), "97035", 1, "GO"), "0431"),
             (S(D(2026, 1, 22), "A4556", 1), "0270")]),
        ("HB-60219355", "Clementina Ostrander", "Outpatient Clinic - Speech Pathology", "Pinnacle Employers Health",
         "PEH-26-00722468", [
             (S(D(2026, 1, 12), "92610", 1, "GN"), "0444"), (S(D(2026, 1, 19), "92526", 1, "GN"), "0440"),
             (S(D(2026, 1, 26), "92526", 1, "GN"), "0440"), (S(D(2026, 1, 26), "99213", 1), "0510")]),
        ("HB-60219107", "Lucius Ostrander", "Outpatient Rehabilitation - Pediatric Therapy",
         "Pinnacle Employers Health", "PEH-26-00721190", [
             (S(D(2026, 1, 9), "97162", 1, "GP"), "0424"), (S(D(2026, 1, 9), "97530", 2, "GP"), "0421"),
             (S(D(2026, 1, 16), "97530", 2, "GP"), "0421"), (S(D(2026, 1, 16), "97112", 1, "GP", "59"), "0421"),
             (S(D(2026, 1, 23), "97530", 3, "GP"), "0421"), (S(D(2026, 1, 23), "97116", 1, "GP"), "0421"),
             (S(D(2026, 1, 30), "97530", 2, "GP"), "0421"), (S(D(2026, 1, 30), "97110", 1, "GP"), "0421")]),
    ]
    # a charge entered twice and reversed on the hand-therapy account
    corr = S(D(2026, 1, 15), "97018", 1, "GO")
    corr.billed = -corr.billed
    accts[0][5].insert(6, (corr, "0431"))
    for a in accts:
        for s, _ in a[5]:
            if s.billed > 0:
                s.desc = eobgen.LONG_DESC.get(s.code, s.desc)
        corr.desc = "Charge correction - paraffin bath entered twice"
    sidebar_x = 420
    cols = [(36, "l"), (80, "l"), (106, "l"), (158, "l"), (184, "l"), (376, "r"), (410, "r")]

    def colhead(d, y):
        d.hline(36, 410, y - 9, 0.5)
        d.row(y, cols, ["Date", "Rev", "CPT/HCPCS", "Mod", "Description", "Qty", "Charges"], 7.5, True)
        d.hline(36, 410, y + 4, 0.5)
        return y + 15

    totals = {a[0]: sum((s.billed for s, _ in a[5]), ZERO) for a in accts}
    pays = {a[0]: q(totals[a[0]] * Decimal("0.52")) for a in accts}
    adjs = {a[0]: q(totals[a[0]] * Decimal("0.31")) for a in accts}
    due = sum(totals[k] - pays[k] - adjs[k] for k in totals)

    def furniture(d, first):
        d.text(36, 44, "St. Aldric Community Hospital", 15, True)
        d.text(36, 57, "Patient Financial Services · 900 Lantern Way · Marrow Bay, OR 97110 · 541-555-0107", 7.5)
        d.hline(36, 576, 64, 1)
        d.text(576, 44, f"Page {d.page}", 8, align="r")
        if not first:
            d.text(36, 80, "Guarantor: Wendell Ostrander · Guarantor No. 7740213 · Statement Date 02/05/2026", 8)
            return 100
        d.text(36, 82, "SUMMARY STATEMENT", 11, True)
        d.text(36, 96, "Guarantor: Wendell Ostrander", 8.5)
        d.text(36, 107, "1166 Heron Point Dr, Marrow Bay, OR 97111", 8.5)
        d.text(36, 118, "Guarantor No. 7740213 · Statement Date 02/05/2026", 8.5)
        d.rect(sidebar_x + 6, 76, 150, 250, fill=0.93, stroke=False)
        sx = sidebar_x + 14
        d.text(sx, 92, "Amount Due", 9, True)
        d.text(sx, 108, money(due), 14, True)
        d.text(sx, 122, "Please pay by 03/02/2026", 7.5)
        for i, t in enumerate(["Ways to pay", "Online: pay.staldric.example", "Phone: 541-555-0107",
                               "Mail: use the enclosed envelope", "", "Need help paying?", "Ask about our financial",
                               "assistance program. Apply", "before or after you receive", "care.", "",
                               "Accounts on this statement", *[a[0] for a in accts]]):
            d.text(sx, 142 + 11 * i, t, 7.5, t in ("Ways to pay", "Need help paying?", "Accounts on this statement"))
        return 140

    def cont(d, y, ctx):
        d.text(36, y, f"Account {ctx[0]} - {ctx[1]} (continued)", 8.5, True)
        return colhead(d, y + 16)

    fl = Flow(doc, 740, furniture, cont)
    for acct, pat, svc, ins, clm, items in accts:
        fl.need(80)
        d = doc
        d.rect(36, fl.y - 10, 374, 26, fill=0.85, stroke=False)
        d.text(40, fl.y, f"Account {acct}   Patient: {pat}", 8.5, True)
        d.text(40, fl.y + 11, f"{svc} · Service dates 01/2026", 7.5)
        fl.ctx = (acct, pat)
        fl.y = colhead(d, fl.y + 32)
        for s, rev in items:
            wl = d.wrap(s.desc, 166, 7.5)
            fl.need(9 * len(wl) + 3)
            d.row(fl.y, cols, [dfmt(s.dos, "mdy2"), rev, s.code, " ".join(s.mods), wl[0], units_str(s.units),
                               money(s.billed, ",", "-")], 7.5)
            for k, t in enumerate(wl[1:], 1):
                d.text(184, fl.y + 9 * k, t, 7.5)
            r.add(d.page, s, acct, clm, pat, ("billed",))
            fl.y += 9 * len(wl) + 3
        fl.need(60)
        y = fl.y + 2
        d.hline(300, 410, y - 8, 0.4)
        rows = [("Total charges", totals[acct]), (f"02/02/26 Payment - {ins}", -pays[acct]),
                (f"Insurer claim no. {clm}", None), ("02/02/26 Contractual adjustment", -adjs[acct]),
                ("Account balance", totals[acct] - pays[acct] - adjs[acct])]
        for i, (k, v) in enumerate(rows):
            d.text(178 if v is not None else 190, y + 11 * i, k, 7.5, i in (0, 4))
            if v is not None:
                d.text(410, y + 11 * i, money(v, ",", "-"), 7.5, i in (0, 4), "r")
        r.claim(acct, clm, pat, billed=totals[acct])
        fl.y = y + 11 * len(rows) + 18
        fl.ctx = None
    doc.text(36, 770, "St. Aldric Community Hospital is a nonprofit hospital. Physician services may be billed "
             "separately.", 6.5, gray=0.4)
    doc.save()
    r.span = ["HB-60219107"]
    r.pages = doc.page
    return r


# ============================================================================================ main + check
LAYOUTS = [a1, a2, m1, m2_, d1, d2, p1, p2, s1, s2]


def amounts_of(t: dict) -> list[Decimal]:
    return [Decimal(t[k]) for k in eobgen.AMOUNT_KEYS if t.get(k) is not None]


def check(out: Path, recs: list[Rec]) -> list[str]:
    errs: list[str] = []
    for r in recs:
        pdf = out / f"{r.name}.pdf"
        pages = text_lines(pdf)
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        if len(pages) != tr["pages"]:
            errs.append(f"{r.name}: {len(pages)} pages, truth says {tr['pages']}")
        doc_text = "\n".join("\n".join(p) for p in pages)
        for i, t in enumerate(tr["lines"]):
            pl = pages[t["page"] - 1]
            dates = date_forms(t["service_date"])
            best = None
            for j, ln in enumerate(pl):
                if t["code"] not in ln:
                    continue
                win = " ".join(pl[j:j + 1 + r.window])
                miss = []
                mv = money_values(win)
                for a in amounts_of(t):
                    if a not in mv:
                        miss.append(f"amount {a}")
                for m in t["modifiers"]:
                    if not any(tok in (m, t["code"] + m, t["code"] + "-" + m) or tok.endswith(m) and t["code"] in tok
                               for tok in ln.replace(",", " ").split()) and f" {m}" not in ln and f"-{m}" not in ln:
                        miss.append(f"modifier {m}")
                if t["units"] is not None:
                    toks = ln.replace("(", " ").replace(")", " ").split()
                    if not any(tok in (t["units"], t["units"] + ".0", t["units"] + ".00", t["units"] + ".000")
                               for tok in toks):
                        miss.append(f"units {t['units']}")
                dwin = "\n".join(pl) if r.head_dates else win
                if not any(f in dwin for f in dates):
                    miss.append("date " + t["service_date"])
                if t["service_end"] and not any(f in dwin for f in date_forms(t["service_end"])):
                    miss.append("end date")
                for g, c, a in t["adjustments"]:
                    if not any(f"{g}{sep}{c}" in win for sep in ("-", "", " ")):
                        miss.append(f"adj {g}{c}")
                    if a is not None and Decimal(a) not in mv and -Decimal(a) not in mv:
                        miss.append(f"adj amount {a}")
                for rm in t["remarks"]:
                    if rm not in win:
                        miss.append(f"remark {rm}")
                if best is None or len(miss) < len(best):
                    best = miss
                if not miss:
                    break
            if best is None:
                errs.append(f"{r.name} line {i}: code {t['code']} not on page {t['page']}")
            elif best:
                errs.append(f"{r.name} line {i} ({t['code']} {t['service_date']} p{t['page']}): missing {best}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if t[k] is not None and t[k] not in doc_text:
                    errs.append(f"{r.name} line {i}: {k} {t[k]!r} not in text")
            # document arithmetic per line
            g = {k: (Decimal(t[k]) if t[k] is not None else None) for k in eobgen.AMOUNT_KEYS}
            if "adj" in r.arith and t["adjustments"] and all(a[2] is not None for a in t["adjustments"]):
                cp = g["copay"] if g["copay"] is not None and not any(a[:2] == ["PR", "3"] for a in t["adjustments"]) \
                    else ZERO
                if g["billed"] - sum(Decimal(a[2]) for a in t["adjustments"]) - cp != g["paid"]:
                    errs.append(f"{r.name} line {i}: billed - adjustments != paid")
            if "plan" in r.arith:
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"{r.name} line {i}: billed - savings - not covered != allowed")
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    errs.append(f"{r.name} line {i}: allowed - member share != paid")
            if "ma" in r.arith and g["allowed"]:
                if g["allowed"] - g["patient_owes"] != g["paid"]:
                    errs.append(f"{r.name} line {i}: approved - your share != plan paid")
            if "stmt" in r.arith:
                if g["billed"] - g["paid"] - (g["discount"] or ZERO) != g["patient_owes"]:
                    errs.append(f"{r.name} line {i}: charge - ins paid - adjustment != balance")
        # claim totals
        planted = {e.split(" claim ")[1].split(":")[0] for e in tr["expected_findings"]}
        for c in tr["claims"]:
            ls = [t for t in tr["lines"] if t["claim_id"] == c["claim_id"] and t["payer_claim_id"] == c["payer_claim_id"]
                  and t["patient"] == c["patient"]]
            if not ls:
                errs.append(f"{r.name}: claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
                continue
            key = c["payer_claim_id"] or c["claim_id"]
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if Decimal(v) not in money_values(doc_text):
                    errs.append(f"{r.name}: claim {key} total {k} {v} not printed")
                vals = [t[k] for t in ls]
                if any(x is None for x in vals):
                    continue
                sm = sum(Decimal(x) for x in vals)
                if key in planted:
                    continue
                if sm != Decimal(v):
                    errs.append(f"{r.name}: claim {key} {k} total {v} != lines {sm}")
            if key in planted:
                diffs = [k for k, v in c["totals"].items() if v is not None and all(t[k] is not None for t in ls)
                         and sum(Decimal(t[k]) for t in ls) != Decimal(v)]
                if not diffs:
                    errs.append(f"{r.name}: planted mismatch on {key} is not a mismatch")
        for key in r.span:
            pg = {t["page"] for t in tr["lines"] if key in (t["payer_claim_id"], t["claim_id"])}
            if len(pg) < 2:
                errs.append(f"{r.name}: claim {key} was meant to run across pages but sits on {sorted(pg)}")
        print(f"  {r.name}: {tr['pages']} pages, {len(tr['lines'])} lines, {len(tr['claims'])} claims")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout58_"))
    if "samples" in out.parts:
        print("refusing to write under samples/ (the reader must not be tuned on these files)")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    only = {a.split("=", 1)[1] for a in argv if a.startswith("--only=")}
    recs = []
    for f in LAYOUTS:
        if only and f.__name__ not in only:
            continue
        r = f(out)
        write_truth(out / f"{r.name}.pdf", r.name, r.producer, r.pages, r.description, r.lines, r.claims, r.legend,
                    r.expected)
        recs.append(r)
    print(f"wrote {len(recs)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, recs)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed", f"({sum(len(r.lines) for r in recs)} lines)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
