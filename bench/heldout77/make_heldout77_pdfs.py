"""Write the SEVENTY-SEVENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five commonest real document kinds, two house styles each, written
without looking at the reader. (Earlier sets bench/heldout*/ came before and may have been looked at.)

Run:  python bench/heldout77/make_heldout77_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout77/make_heldout77_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py; files are ``<name>.pdf.truth.json``), printed
values only, null for what a layout does not print (units null where no quantity is printed for the line);
claim_id = the provider's own account / patient-control / visit / invoice number, payer_claim_id = the payer's
claim number / ICN / TCN / reference, patient exactly as printed (the person who got the service, not the
subscriber or guarantor unless the same person). Adjustments only where the page prints a group+reason code
for the line (member-style "Deductible / Copay" columns are amounts, not adjustments). service_end only where
a different through-date is printed. Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date).

Layouts (h77_ prefix; two of each of the five commonest kinds):
  a1 commercial plan member EOB for a family, portrait Liberation Serif: two boxes on page 1 (member / plan-year
     totals), "Claim for: NAME (Relationship)" heads, "Service (code)" with modifiers in parentheses, no units,
     "Amount Billed / Plan Discount / Allowed Amount / Not Covered / Deductible / Copay / Coinsurance / Plan Paid
     / You Owe / Note", wrapped descriptions, a claim running on to page 2 under a repeated "(continued)" head
     and column header, lettered notes (reportlab)
  a2 commercial plan member EOB, landscape DejaVu Sans Condensed, one ruled box per claim: "97110-GP", units,
     "Charges / Savings / Allowed / Copay / Deductible / Coinsurance / Not Covered / Plan Paid / Member
     Responsibility / Reason", a prior claim reversed (leading minus) and reprocessed, a denied line, PLANTED
     claim-total mismatch in one claim (fpdf2)
  b1 Medicare Summary Notice for Part B, portrait core Helvetica: dashboard page, then per-provider claim heads
     with the date and claim number, "Service Provided & Billing Code / Did Medicare Approve / Amount Provider
     Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes", codes in
     parentheses, no units, a denied line, claims continuing to page 3 (reportlab)
  b2 Medicare Advantage HMO member EOB, portrait Liberation Sans: member box, per-visit copay, "Amount the
     provider billed / Total cost (approved amount) / Plan's share / Your share", "x 3" units, "01/13/26" per row,
     a not-covered line, two-column notes footer (fpdf2)
  c1 state Medicaid remittance advice, landscape core Courier (mainframe print): PAID / DENIED / ADJUSTED
     sections, recipient head rows with TCN and patient account, FROM/TO "010626" dates, MOD columns, units,
     "BILLED / ALLOWED / TPL / COPAY / PAID / EOB", credits with trailing minus, header repeated on every page
     and one claim continuing across a page break (fpdf2)
  c2 state Medicaid managed-care remittance advice, portrait Liberation Sans, fully ruled grid per claim: ICN,
     member id, patient account, line number, "97140/GP/59" procedure-modifier cell, CARC "CO-45" and RARC
     columns with amounts, a denied claim, code legend (reportlab)
  d1 clearinghouse print of a Medicare-style standard paper remit, landscape Liberation Mono: NAME / MID / ACNT
     / ICN / ASG / MOA heads, "PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT /
     COINS / GRP/RC-AMT / PROV PD", extra GRP/RC rows under a line, "LAST, FIRST" names, a date-span line
     ("0113 011626"), PT RESP / CLAIM TOTALS rows, column header repeated on page 2 (fpdf2)
  d2 practice-management "Payment Posting Detail" from an ERA, landscape DejaVu Sans: check / EFT head, shaded
     claim bars, "Charge / Allowed / Deduct / Coins / Copay / Adjustments / Paid / Pt Resp", adjustments stacked
     as "CO-45 28.40" lines in one cell, a bundled zero-pay line, a reversal in parentheses (reportlab)
  e1 therapy clinic family statement, portrait Liberation Sans Narrow: remittance stub with dashed tear line,
     guarantor and three patients, visit heads with visit number and insurer claim number, "Charge / Insurance
     Paid / Insurance Adjustment / Patient Paid / Balance", glued "97530GO" and Qty, payment rows (reportlab)
  e2 hospital guarantor statement for a family, portrait DejaVu Serif Condensed: account sections per patient
     with itemised charges (date, rev code, CPT/HCPCS, description, qty, amount), insurance payment and
     adjustment rows at account level only (line paid null), account continuing onto the next page (fpdf2)
  (claims whose rows run across a page break: a1, b1, c1, e2; --check prints the count per file)

The self-check (--check) tests the factory, not the reader: page count; every truth code, modifier, units value
and amount is on the SAME extracted text row as its service (pdfplumber words grouped by baseline); the date
on that row (or on the page where the layout prints it in a claim head); adjustment codes/amounts and remarks
on the page; ids and patients in the document text; the documents' own arithmetic (billed - adjustments = paid
where every adjustment is printed; billed - discount - not covered = allowed and allowed - deductible - copay -
coinsurance = paid where printed); claim totals = sum of lines and printed, unless declared as a planted
expected finding (which must really mismatch).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import h77kit as K  # noqa: E402
from eobgen import (  # noqa: E402
    DESC, FEE, SCHED, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money, negate, q,
    total, truth_line, write_truth,
)

FEE.update({"97533": "92.00", "97162": "240.00", "97750": "110.00", "A4556": "18.00", "99214": "210.00",
            "97018": "30.00", "97010": "20.00", "92610": "240.00"})
SCHED.update({"97533": "34.10", "97162": "101.12", "97750": "39.40", "A4556": "6.12", "99214": "128.45",
              "97018": "5.36", "97010": "0.00", "92610": "98.77"})
DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
             "97750": "Physical performance testing", "A4556": "Electrodes, per pair",
             "99214": "Office visit, established, moderate", "97018": "Paraffin bath",
             "97010": "Hot or cold packs", "92610": "Swallowing function evaluation"})

D = date
GREY = (0.88, 0.88, 0.88)
DARK = (0.25, 0.25, 0.3)


def sv(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


def cols_header(doc, y, cols, font, size, lead=None):
    """cols: list of (heading, x, align). Heading may hold '\\n'; returns y below the header."""
    lead = lead or size * 1.15
    n = max(len(h.split("\n")) for h, _, _ in cols)
    for h, x, al in cols:
        parts = h.split("\n")
        off = n - len(parts)
        for i, p in enumerate(parts):
            doc.text(x, y + (off + i) * lead, p, font, size, al)
    return y + (n - 1) * lead


def row(doc, y, cols, vals, font, size):
    for (_, x, al), v in zip(cols, vals):
        if v is not None and v != "":
            doc.text(x, y, v, font, size, al)


class Rec:
    def __init__(self):
        self.lines, self.claims = [], []

    def line(self, doc, s, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(doc.page_no, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                     printed=printed, **kw))

    def claim(self, cid, pcid, pat, svcs, printed):
        f = {k: (total(svcs, "owes" if k == "patient_owes" else k) if k in printed else None)
             for k in ("billed", "allowed", "paid", "patient_owes")}
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**f)})
        return f


# ============================================================================ a1 commercial member EOB (reportlab)
def lay_a1(out: Path):
    doc, R = K.Doc(), Rec()
    F, B, S = "LSerif", "LSerif-B", 7.2
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("35")})
    claims = [
        ("Marguerite Okonkwo-Hale", "Self", "Northbank Orthopedic & Hand Clinic", "2026-0114-88231", "NOH-554019",
         [sv(D(2026, 1, 8), "99213", 1, ("25",)), sv(D(2026, 1, 8), "97760", 1, ("GO",)),
          sv(D(2026, 1, 8), "L3807", 1, ("RT",))]),
        ("Desmond Okonkwo-Hale", "Spouse", "Brightwater Physical Therapy", "2026-0121-90412", "BWPT-20771",
         [sv(D(2026, 1, 5), "97161", 1, ("GP",))] + [
             sv(D(2026, 1, d), c, u, m, dn) for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26)
             for c, u, m, dn in (("97110", 2, ("GP",), None),
                                 ("97140" if d % 2 else "97112", 1, ("GP", "59") if d % 2 else ("GP",), None))] + [
             sv(D(2026, 1, 14), "0552T", 1, (), "PR"), sv(D(2026, 1, 28), "97116", 2, ("GP", "CQ"))]),
        ("Ivy Okonkwo-Hale", "Daughter", "Little Otters Pediatric Therapy", "2026-0126-91007", "LOPT-3318",
         [sv(D(2026, 1, 13), "97166", 1, ("GO",)), sv(D(2026, 1, 20), "97533", 2, ("GO",)),
          sv(D(2026, 1, 20), "97530", 2, ("GO",))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["C"]
            elif s.deductible:
                s.remarks = ["A"]
            elif s.copay:
                s.remarks = ["B"]
    x0, x1 = 36, 576
    C = [("Service Date", x0, "l"), ("Service", x0 + 50, "l"), ("Amount\nBilled", 300, "r"),
         ("Plan\nDiscount", 334, "r"), ("Allowed\nAmount", 368, "r"), ("Not\nCovered", 400, "r"),
         ("Deductible", 437, "r"), ("Copay", 464, "r"), ("Coinsurance", 505, "r"), ("Plan\nPaid", 534, "r"),
         ("You\nOwe", 560, "r"), ("Note", 564, "l")]

    def table_head(fl):
        doc.rect(x0, fl.y - 9, x1 - x0, 20, fill=GREY, stroke=False)
        fl.y = cols_header(doc, fl.y, C, B, 6.4) + 13

    def on_new(fl, first):
        doc.text(x0, 40, "CEDAR RIDGE HEALTH PLAN", B, 15)
        doc.text(x0, 52, "PO Box 40417  Harlow Junction, WI 53980-0417   |   Member Services 1-800-555-0143", F, 7.5)
        doc.text(x1, 40, "Explanation of Benefits", B, 12, "r")
        doc.text(x1, 52, "THIS IS NOT A BILL", B, 8, "r")
        doc.line(x0, 58, x1, 58, 1.2)
        doc.text(x1, 770, f"Page {doc.page_no} of {{NP}}", F, 7, "r")
        doc.text(x0, 770, "CRHP-EOB-F11  Statement date 01/30/2026", F, 7)
        if first:
            doc.rect(x0, 66, 250, 78)
            for i, t in enumerate(["Marguerite Okonkwo-Hale", "2290 Tamarack Bend Rd", "Fennimore Falls, WI 53809",
                                   "Member ID: CRH448120937   Group: 0075512", "Plan: Cedar Choice PPO 1500"]):
                doc.text(x0 + 8, 80 + i * 13, t, B if i == 0 else F, 8.5)
            doc.rect(300, 66, 276, 78, fill=(0.95, 0.95, 0.95))
            doc.text(308, 80, "Your plan year so far (family)", B, 8.5)
            for i, (a, b) in enumerate([("Deductible met", "$1,340.00 of $3,000.00"),
                                        ("Out-of-pocket met", "$2,108.44 of $7,000.00"),
                                        ("Visits used (therapy)", "14 of 40")]):
                doc.text(308, 96 + i * 13, a, F, 8)
                doc.text(568, 96 + i * 13, b, F, 8, "r")
            doc.text(x0, 162, "Here is how your plan processed the claims below. Keep this page for your records.",
                     F, 8.5)
            fl.y = 182
        else:
            fl.y = 74
            if fl.claim:
                doc.text(x0, fl.y, f"Claim for: {fl.claim} (continued)", B, 8.5)
                fl.y += 14
                table_head(fl)

    fl = K.Flow(doc, 74, 730, on_new)
    fl.start()
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")
    printed_t = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                 "patient_owes")
    claims = [claims[0], claims[2], claims[1]]  # the long spouse claim last: it runs on to page 2
    for pat, rel, prov, pcid, cid, svcs in claims:
        fl.claim = None
        fl.need(60)
        doc.line(x0, fl.y - 8, x1, fl.y - 8, 0.8)
        doc.text(x0, fl.y, f"Claim for: {pat} ({rel})", B, 8.5)
        doc.text(x1, fl.y, f"Claim No. {pcid}", B, 8.5, "r")
        fl.y += 11
        doc.text(x0, fl.y, f"Provider: {prov}   Patient Account No. {cid}   Received 01/20/2026   "
                           "Processed 01/27/2026   In-network", F, 7.5)
        fl.y += 14
        fl.claim = pat
        table_head(fl)
        for s in svcs:
            paren = f"({' '.join((s.code,) + s.mods)})"
            parts = K.wrap(s.desc, F, S, 128)
            if K.width(parts[-1] + " " + paren, F, S) <= 128:
                parts[-1] += " " + paren
            else:
                parts.append(paren)
            fl.need(len(parts) * 9 + 2)
            vals = [dfmt(s.dos, "mdy4"), parts[0]] + [money(getattr(s, a), ",") for a in
                                                      ("billed", "discount", "allowed", "not_covered", "deductible",
                                                       "copay", "coinsurance", "paid", "owes")] + [
                ",".join(s.remarks)]
            row(doc, fl.y, C, vals, F, S)
            R.line(doc, s, cid, pcid, pat, printed_t, units=False, remarks=s.remarks)
            # wrapped rest of the description; the code sits in parentheses at its end
            for p in parts[1:]:
                fl.y += 8.5
                doc.text(x0 + 50, fl.y, p, F, S)
            fl.y += 13
        fl.claim = None
        R.claim(cid, pcid, pat, svcs, printed_t)
        doc.line(250, fl.y - 7, x1, fl.y - 7, 0.5)
        tv = ["", "Claim Total"] + [money(total(svcs, a), ",") for a in printed] + [""]
        row(doc, fl.y + 1, C, tv, B, S)
        fl.y += 22
    fl.need(80)
    doc.text(x0, fl.y, "Notes", B, 9)
    legend = [("A", "Amount counted toward your deductible."), ("B", "Your fixed office-visit copay applies."),
              ("C", "This service is not a covered benefit under your plan; you may be billed for it.")]
    for i, (k, v) in enumerate(legend):
        doc.text(x0, fl.y + 12 + i * 10, f"{k}   {v}", F, 7.5)
    doc.text(x0, fl.y + 52, "You have the right to appeal within 180 days. Call Member Services for help in any "
                            "language.", F, 7.5)
    return doc, R, legend, [], "reportlab", "mdy4", True, {"allowed": True}


# ============================================================================ a2 commercial member EOB (fpdf2)
def lay_a2(out: Path):
    doc, R = K.Doc(landscape=True), Rec()
    F, B, S = "DCond", "DCond-B", 7.3
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.78"),
                   visit_copay=Decimal("25.00"))
    orig = [sv(D(2025, 12, 15), "92507", 1, ("GN",)), sv(D(2025, 12, 15), "92526", 1, ("GN",))]
    st0 = PlanState(coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.70"), visit_copay=Decimal("25.00"))
    for s in orig:
        commercial(s, st0)
    rev = [negate(s) for s in orig]
    claims = [
        ("Noor Reyes-Lindqvist", "Daughter", "Tidewater Speech & Feeding Center", "ASM5509120347", "TSF-61208",
         rev, "Reversal of claim processed 12/29/2025 (contract rate corrected)"),
        ("Noor Reyes-Lindqvist", "Daughter", "Tidewater Speech & Feeding Center", "ASM5509120348", "TSF-61208",
         [sv(D(2025, 12, 15), "92507", 1, ("GN",)), sv(D(2025, 12, 15), "92526", 1, ("GN",))],
         "Reprocessed claim"),
        ("Sami Reyes-Lindqvist", "Son", "Tidewater Speech & Feeding Center", "ASM5601060911", "TSF-61877",
         [sv(D(2026, 1, 6), "92523", 1, ("GN",)), sv(D(2026, 1, 13), "92507", 1, ("GN",)),
          sv(D(2026, 1, 20), "92507", 1, ("GN",)), sv(D(2026, 1, 20), "97129", 2, ("GN",), "PR")], ""),
        ("Bartholomew Reyes-Lindqvist", "Subscriber", "Granite Peak Sports Rehab", "ASM5601130388", "GPSR-0091143",
         [sv(D(2026, 1, 9), "97162", 1, ("GP",)), sv(D(2026, 1, 9), "97110", 3, ("GP", "KX")),
          sv(D(2026, 1, 9), "G0283", 1, ("GP",)), sv(D(2026, 1, 16), "97110", 2, ("GP",)),
          sv(D(2026, 1, 16), "97112", 1, ("GP",)), sv(D(2026, 1, 23), "97140", 2, ("GP",)),
          sv(D(2026, 1, 23), "97530", 1, ("GP",))], ""),
    ]
    for _, _, _, _, _, svcs, _ in claims[1:]:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["NC4"] if s.denied else (["CP1"] if s.copay else [])
    x0, x1 = 30, 762
    C = [("Date of\nService", x0 + 6, "l"), ("Procedure\nCode", 88, "l"), ("Units", 160, "r"),
         ("Charges", 222, "r"), ("Savings", 280, "r"), ("Allowed", 338, "r"), ("Copay", 390, "r"),
         ("Deductible", 446, "r"), ("Coinsurance", 506, "r"), ("Not\nCovered", 560, "r"),
         ("Plan Paid", 620, "r"), ("Member\nResponsibility", 690, "r"), ("Reason", 706, "l")]
    A = ("billed", "discount", "allowed", "copay", "deductible", "coinsurance", "not_covered", "paid", "owes")

    def on_new(fl, first):
        doc.rect(x0, 24, x1 - x0, 30, fill=(0.16, 0.33, 0.45), stroke=False)
        doc.text(x0 + 10, 44, "SUMMIT MEADOW BENEFITS", B, 14, color=(1, 1, 1))
        doc.text(x1 - 10, 44, "Explanation of Benefits  -  This is not a bill", B, 10, "r", color=(1, 1, 1))
        doc.text(x0, 590, f"Subscriber: Bartholomew Reyes-Lindqvist   ID SMB-77104452-01   Page {doc.page_no}", F, 7)
        doc.text(x1, 590, "Questions? 1-888-555-0172  |  TTY 711  |  smbenefits.example", F, 7, "r")
        if first:
            for i, t in enumerate(["Bartholomew Reyes-Lindqvist", "61 Quarry Lantern Way", "Port Ellery, ME 04988"]):
                doc.text(x0, 74 + i * 11, t, B if i == 0 else F, 9)
            for i, t in enumerate(["Statement date: January 31, 2026", "Group: Harborline Fabrication Co. (HF2290)",
                                   "Plan: Summit Meadow Copay Plus"]):
                doc.text(470, 74 + i * 11, t, F, 8.5)
            fl.y = 118

    fl = K.Flow(doc, 70, 570, on_new)
    fl.start()
    planted = []
    for n, (pat, rel, prov, pcid, cid, svcs, note) in enumerate(claims):
        h = 48 + 11 * len(svcs) + (11 if note else 0)
        fl.need(h + 6)
        top = fl.y
        doc.rect(x0, top, x1 - x0, h)
        doc.rect(x0, top, x1 - x0, 15, fill=GREY)
        doc.text(x0 + 6, top + 11, f"Patient: {pat}   Relationship: {rel}   Provider: {prov}", B, 7.8)
        doc.text(x1 - 6, top + 11, f"Claim #: {pcid}   Patient Acct: {cid}", B, 7.8, "r")
        y = top + 15
        if note:
            doc.text(x0 + 6, y + 9, note, F, 7.2)
            y += 11
        y = cols_header(doc, y + 9, C, B, 6.8) + 3
        doc.line(x0, y, x1, y, 0.4)
        y += 9
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), "-".join((s.code,) + s.mods), K.units_fmt(s.units)] + \
                   [money(getattr(s, a), "$") for a in A] + [" ".join(s.remarks)]
            row(doc, y, C, vals, F, S)
            R.line(doc, s, cid, pcid, pat, tuple(a if a != "owes" else "patient_owes" for a in A),
                   remarks=s.remarks)
            y += 11
        doc.line(x0, y - 7, x1, y - 7, 0.4)
        tots = [total(svcs, a) for a in A]
        pr = ("billed", "allowed", "paid", "patient_owes")
        R.claim(cid, pcid, pat, svcs, pr)
        if n == 2:  # planted: printed member responsibility total off by ten dollars
            tots[-1] += Decimal("10.00")
            R.claims[-1]["totals"]["patient_owes"] = str(q(tots[-1]))
            planted.append(f"claim-total-mismatch claim {pcid}: printed Member Responsibility total "
                           f"{q(tots[-1])} but the lines add up to {q(tots[-1] - 10)}")
        row(doc, y + 2, C, ["", "Claim totals", ""] + [money(t, "$") for t in tots] + [""], B, S)
        fl.y = top + h + 14
    fl.need(60)
    legend = [("CP1", "Your plan's per-visit copay was applied to the first service that day."),
              ("NC4", "Service not covered under your benefit plan; member is responsible.")]
    doc.text(x0, fl.y, "Reason codes", B, 8.5)
    for i, (k, v) in enumerate(legend):
        doc.text(x0, fl.y + 11 + 10 * i, f"{k}  {v}", F, 7.5)
    return doc, R, legend, planted, "fpdf2", "mdy2", True, {"allowed": True}


# ============================================================================ b1 MSN Part B (reportlab)
def lay_b1(out: Path):
    doc, R = K.Doc(), Rec()
    F, B = "Helvetica", "Helvetica-Bold"
    st = PlanState(ded_left=Decimal("0"))
    pat = "HOLLIS T VANDERMEER"
    provs = [
        ("Lakeshore Hand & Upper Limb Therapy", "1209 Wexford Pier Rd, Sable Bay, MI 49911",
         [("12-2600-61-047110", D(2026, 1, 6), [sv(D(2026, 1, 6), "97165", 1, ("GO",)),
                                              sv(D(2026, 1, 6), "97530", 2, ("GO",))]),
          ("12-2600-68-051224", D(2026, 1, 13), [sv(D(2026, 1, 13), "97530", 2, ("GO", "KX")),
                                               sv(D(2026, 1, 13), "97140", 1, ("GO",)),
                                               sv(D(2026, 1, 13), "97018", 1, ("GO",))]),
          ("12-2600-75-060981", D(2026, 1, 20), [sv(D(2026, 1, 20), "97760", 2, ("GO", "KX")),
                                               sv(D(2026, 1, 20), "L3807", 1, ("RT",)),
                                               sv(D(2026, 1, 20), "0552T", 1, (), "PR")])]),
        ("Cobalt Ridge Family Medicine", "44 Ferncliff Ave, Sable Bay, MI 49911",
         [("12-2600-72-055302", D(2026, 1, 16), [sv(D(2026, 1, 16), "99214", 1, ()),
                                               sv(D(2026, 1, 16), "G0283", 1, ("GP",))])]),
        ("Harborlight Speech Services", "8 Mill Race Ln, Port Aldous, MI 49920",
         [("12-2600-79-062117", D(2026, 1, 22), [sv(D(2026, 1, 22), "92610", 1, ("GN",)),
                                               sv(D(2026, 1, 22), "92526", 1, ("GN",)),
                                               sv(D(2026, 1, 22), "97535", 1, ("GN",))])]),
    ]
    allsvc = []
    for _, _, cl in provs:
        for _, _, svcs in cl:
            for s in svcs:
                medicare(s, st, deny_reason="50")
                s.remarks = ["C"] if s.denied else (["A"] if "KX" in s.mods else [])
                allsvc.append(s)
    x0, x1 = 40, 572
    C = [("Service Provided & Billing Code", x0 + 4, "l"), ("Did Medicare\nApprove the\nService?", 262, "c"),
         ("Amount\nProvider\nCharged", 345, "r"), ("Medicare-\nApproved\nAmount", 410, "r"),
         ("Amount\nMedicare\nPaid", 470, "r"), ("Maximum\nYou May Be\nBilled", 532, "r"),
         ("See\nNotes\nBelow", 540, "l")]

    def on_new(fl, first):
        doc.text(x0, 40, "Medicare Summary Notice for Part B (Medical Insurance)", B, 13)
        doc.text(x0, 54, f"{pat}", F, 9)
        doc.text(x1, 54, "THIS IS NOT A BILL", B, 9, "r")
        doc.line(x0, 60, x1, 60, 1.5)
        doc.text(x1, 770, f"Page {doc.page_no} of {{NP}}", F, 8, "r")
        doc.text(x0, 770, "Questions? Call 1-800-555-0199   Medicare Number 4TQ9-XR2-MK71", F, 8)
        if first:
            y = 84
            for t in [pat, "318 Cormorant Hollow Dr", "Sable Bay, MI 49911-2604"]:
                doc.text(x0, y, t, F, 10)
                y += 13
            doc.rect(330, 74, 242, 70)
            for i, t in enumerate(["Notice for January 2026", "Medicare Number 4TQ9-XR2-MK71",
                                   "Processed: January 2 - March 31, 2026", "Date of notice: April 3, 2026"]):
                doc.text(338, 90 + i * 14, t, B if i == 0 else F, 9)
            doc.rect(x0, 170, x1 - x0, 130, fill=(0.95, 0.95, 0.95))
            doc.text(x0 + 10, 190, "Your Deductible Status", B, 11)
            doc.text(x0 + 10, 206, "You have met your Part B deductible for 2026.", F, 9)
            doc.text(x0 + 10, 232, "Your Claims & Costs This Period", B, 11)
            doc.text(x0 + 10, 248, "Did Medicare approve all services?  NO - Medicare denied 1 service.", F, 9)
            doc.text(x0 + 10, 262, f"Total you may be billed: {money(total(allsvc, 'owes'))}", F, 9)
            doc.text(x0 + 10, 276, "Providers with claims this period: 3 (see pages 2-3)", F, 9)
            doc.text(x0, 330, "Be informed: Look for this notice in your mailbox every 3 months if you use services.",
                     F, 9)
            fl.y = 10000  # force claims to begin on page 2
        else:
            fl.y = 84
            doc.text(x0, fl.y, "Your Claims for Part B (Medical Insurance)", B, 11)
            fl.y += 18
            if fl.claim:
                doc.text(x0, fl.y, f"{fl.claim} (continued)", B, 9)
                fl.y += 10
                fl.y = cols_header(doc, fl.y + 8, C, B, 7) + 12

    fl = K.Flow(doc, 84, 740, on_new)
    fl.start()
    pr = ("billed", "allowed", "paid", "patient_owes")
    for prov, addr, cl in provs:
        for num, dd, svcs in cl:
            fl.claim = None
            fl.need(60 + 12 * len(svcs))
            doc.rect(x0, fl.y, x1 - x0, 38, fill=GREY, stroke=False)
            doc.text(x0 + 6, fl.y + 12, f"{dfmt(dd, 'month')}", B, 9.5)
            doc.text(x0 + 6, fl.y + 24, f"{prov}, {addr}", F, 8)
            doc.text(x0 + 6, fl.y + 34, f"Claim Number: {num}   Service provider: {prov}", F, 8)
            fl.y += 50
            fl.claim = f"{dfmt(dd, 'month')} {prov}"
            fl.y = cols_header(doc, fl.y, C, B, 7) + 12
            for s in svcs:
                fl.need(12)
                code = "-".join((s.code,) + s.mods)
                extra = f" on {dfmt(s.dos, 'mdy2')}" if s.dos != dd else ""
                vals = [f"{s.desc}{extra} ({code})", "No" if s.denied else "Yes", money(s.billed),
                        money(s.allowed), money(s.paid), money(s.owes), " ".join(s.remarks)]
                row(doc, fl.y, C, vals, F, 7.4)
                R.line(doc, s, None, num, pat, pr, units=False, remarks=s.remarks)
                fl.y += 12
            R.claim(None, num, pat, svcs, pr)
            doc.line(x0, fl.y - 8, x1, fl.y - 8, 0.5)
            row(doc, fl.y + 1, C, ["Total for this claim", "", money(total(svcs, "billed")),
                                   money(total(svcs, "allowed")), money(total(svcs, "paid")),
                                   money(total(svcs, "owes")), ""], B, 7.4)
            fl.y += 24
    fl.claim = None
    fl.need(60)
    legend = [("A", "Your provider documented that therapy above the annual threshold was needed."),
              ("C", "Medicare does not pay for this service because it is not proven to help your condition. "
                    "You may be billed if you signed a notice before the service.")]
    doc.text(x0, fl.y, "Notes for Claims Above", B, 9.5)
    y = fl.y + 12
    for k, v in legend:
        y = doc.para(x0 + 14, y, v, F, 8, 500)
        doc.text(x0, y - 9.6 * len(K.wrap(v, F, 8, 500)), k, B, 8)
        y += 3
    return doc, R, legend, [], "reportlab", lambda d: dfmt(d, "month"), False, {}


# ============================================================================ b2 MA member EOB (fpdf2)
def lay_b2(out: Path):
    doc, R = K.Doc(), Rec()
    F, B = "LSans", "LSans-B"
    st = PlanState(allowed_rate=Decimal("0.46"), visit_copay=Decimal("30.00"))
    pat = "Constance Abernathy-Ruiz"
    cl = [("Willowmere Outpatient Therapy", "HCMA-26-0008841", [sv(D(2026, 1, 6), "97163", 1, ("GP",)),
                                                                 sv(D(2026, 1, 6), "97110", 2, ("GP",))]),
          ("Willowmere Outpatient Therapy", "HCMA-26-0009317", [sv(D(2026, 1, 13), "97110", 3, ("GP", "CQ")),
                                                                 sv(D(2026, 1, 13), "97112", 1, ("GP", "CQ")),
                                                                 sv(D(2026, 1, 13), "97010", 1, ("GP",), "CO")]),
          ("Dr. Emeka Strand-Hollis, Family Practice", "HCMA-26-0010562", [sv(D(2026, 1, 21), "99213", 1, ()),
                                                                            sv(D(2026, 1, 21), "A4556", 2, ())])]
    for _, _, svcs in cl:
        for s in svcs:
            commercial(s, st, deny_reason="97")
            s.remarks = ["2"] if s.denied else (["1"] if s.copay else [])
    x0, x1 = 40, 572
    C = [("Medical services you received", x0 + 4, "l"), ("Amount the\nprovider billed", 340, "r"),
         ("Total cost\n(approved amount)", 420, "r"), ("Plan's\nshare", 478, "r"), ("Your\nshare", 530, "r"),
         ("See\nnote", 540, "l")]

    def on_new(fl, first):
        doc.text(x0, 42, "Harbor Crest Medicare Advantage (HMO)", B, 14)
        doc.text(x0, 56, "Your Explanation of Benefits (EOB) for medical care, January 2026", F, 9)
        doc.text(x1, 774, f"Page {doc.page_no} of {{NP}}", F, 7.5, "r")
        doc.text(x0, 774, "H9917_EOB26_M  Harbor Crest Health is an HMO plan with a Medicare contract.", F, 7)
        if first:
            doc.rect(x0, 70, x1 - x0, 60)
            doc.text(x0 + 8, 84, f"Member name: {pat}", B, 9)
            doc.text(x0 + 8, 98, "Member ID: HC-3304-81762     Plan: Harbor Crest Value (HMO)", F, 9)
            doc.text(x0 + 8, 112, "This is not a bill. It explains the medical services we processed in January.",
                     F, 9)
            doc.text(x0 + 8, 124, "Out-of-pocket spent this year: $180.00 of $4,900.00 maximum", F, 8.5)
            fl.y = 154
        else:
            fl.y = 80

    fl = K.Flow(doc, 80, 740, on_new)
    fl.start()
    doc.text(x0, fl.y, "Details about your medical claims", B, 11)
    fl.y += 20
    pr = ("billed", "allowed", "paid", "patient_owes")
    for prov, num, svcs in cl:
        fl.need(50 + 22 * len(svcs))
        doc.rect(x0, fl.y - 11, x1 - x0, 16, fill=GREY, stroke=False)
        doc.text(x0 + 4, fl.y, f"{prov}   Claim number {num}   Date processed 01/28/26", B, 8.5)
        fl.y += 16
        fl.y = cols_header(doc, fl.y, C, B, 7.5) + 12
        for s in svcs:
            code = " ".join((s.code,) + s.mods)
            vals = [f"{dfmt(s.dos, 'mdy2')} {s.desc} ({code}) x {K.units_fmt(s.units)}", money(s.billed),
                    money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            row(doc, fl.y, C, vals, F, 7.6)
            R.line(doc, s, None, num, pat, pr, remarks=s.remarks)
            fl.y += 13
        R.claim(None, num, pat, svcs, pr)
        doc.line(x0, fl.y - 9, x1, fl.y - 9, 0.5)
        row(doc, fl.y, C, ["Claim total", money(total(svcs, "billed")), money(total(svcs, "allowed")),
                           money(total(svcs, "paid")), money(total(svcs, "owes")), ""], B, 7.6)
        fl.y += 26
    fl.need(80)
    legend = [("1", "Your plan copay for an outpatient therapy or office visit is $30.00 per day."),
              ("2", "This charge is part of another service you got that day; you do not owe anything for it.")]
    doc.line(x0, fl.y, x1, fl.y, 1)
    doc.text(x0, fl.y + 14, "Notes", B, 9)
    for i, (k, v) in enumerate(legend):
        xx = x0 if i == 0 else 310
        doc.text(xx, fl.y + 28, k, B, 8)
        doc.para(xx + 12, fl.y + 28, v, F, 8, 240)
    return doc, R, legend, [], "fpdf2", "mdy2", True, {}


# ============================================================================ c1 Medicaid RA, Courier (fpdf2)
def lay_c1(out: Path):
    doc, R = K.Doc(landscape=True), Rec()
    F, B, S = "Courier", "Courier-Bold", 7.6
    cw = K.width("0", F, S)
    x0 = 28

    def X(col):
        return x0 + col * cw

    C = [("LN", X(0), "l"), ("FROM", X(4), "l"), ("TO", X(11), "l"), ("PROC", X(18), "l"), ("MD1", X(25), "l"),
         ("MD2", X(29), "l"), ("UNITS", X(39), "r"), ("BILLED", X(50), "r"), ("ALLOWED", X(60), "r"),
         ("TPL", X(68), "r"), ("COPAY", X(75), "r"), ("PAID", X(85), "r"), ("EOB", X(87), "l"),
         ("STATUS", X(93), "l")]
    kids = [("WINTERBOURNE, ELIAS", "7730019824"), ("WINTERBOURNE, MAISIE", "7730019832"),
            ("ODUYA, KAYODE", "6651200478"), ("PELLETIER-STRAND, ROWAN", "5519983306"),
            ("ABERNATHY, JUNE", "7730020511")]
    paid = [
        (kids[0], "2026013000117", "PAC49021", [
            sv(D(2026, 1, 5), "92507", 1, ("GN",)), sv(D(2026, 1, 7), "92507", 1, ("GN",)),
            sv(D(2026, 1, 9), "92507", 1, ("GN",)), sv(D(2026, 1, 12), "92507", 1, ("GN",)),
            sv(D(2026, 1, 12), "92526", 1, ("GN",)), sv(D(2026, 1, 14), "92507", 1, ("GN",)),
            sv(D(2026, 1, 16), "92507", 1, ("GN",)), sv(D(2026, 1, 19), "92507", 1, ("GN",)),
            sv(D(2026, 1, 21), "92507", 1, ("GN",)), sv(D(2026, 1, 23), "92507", 1, ("GN",)),
            sv(D(2026, 1, 26), "92507", 1, ("GN",)), sv(D(2026, 1, 28), "92526", 1, ("GN",))]),
        (kids[1], "2026013000118", "PAC49022", [
            sv(D(2026, 1, 6), "97165", 1, ("GO",)), sv(D(2026, 1, 8), "97530", 3, ("GO",)),
            sv(D(2026, 1, 15), "97533", 2, ("GO",)), sv(D(2026, 1, 15), "97530", 2, ("GO", "59")),
            sv(D(2026, 1, 22), "97530", 3, ("GO",)), sv(D(2026, 1, 29), "97535", 2, ("GO",))]),
        (kids[2], "2026013000121", "PAC49107", [
            sv(D(2026, 1, 7), "97161", 1, ("GP",)), sv(D(2026, 1, 14), "97110", 2, ("GP",)),
            sv(D(2026, 1, 14), "97116", 2, ("GP",)), sv(D(2026, 1, 21), "97110", 2, ("GP",)),
            sv(D(2026, 1, 21), "97112", 2, ("GP",))]),
        (kids[4], "2026013000126", "PAC49164", [
            sv(D(2026, 1, d), c, u, m) for d in (5, 6, 8, 12, 13, 15, 19, 20, 22)
            for c, u, m in (("97530", 2, ("GO",)), ("97112", 1, ("GO",))) if not (c == "97112" and d % 3)]),
    ]
    denied = [(kids[3], "2026013000140", "PAC49230", [sv(D(2026, 1, 9), "97167", 1, ("GO",), "CO"),
                                                       sv(D(2026, 1, 9), "97530", 2, ("GO",), "CO")])]
    old = [sv(D(2025, 12, 10), "97530", 4, ("GO",)), sv(D(2025, 12, 10), "97140", 2, ("GO",))]
    for s in old:
        medicaid(s)
        s.allowed = q(s.allowed * Decimal("0.9"))
        s.paid = s.allowed
    adjusted = [(kids[1], "2025121800342", "PAC48855", [negate(s) for s in old], "CREDIT"),
                (kids[1], "2026013000151", "PAC48855", [sv(D(2025, 12, 10), "97530", 4, ("GO",)),
                                                        sv(D(2025, 12, 10), "97140", 2, ("GO",))], "DEBIT")]
    for _, _, _, svcs in paid:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0361"] if s.discount else []
    for _, _, _, svcs in denied:
        for s in svcs:
            medicaid(s, "15")
            s.remarks = ["0512"]
    for s in adjusted[1][3]:
        medicaid(s)
        s.remarks = ["0361"]
    for s in adjusted[0][3]:
        s.remarks = ["0901"]
    section = {"v": "CLAIMS PAID"}
    pr = ("billed", "allowed", "copay", "paid")  # the COPAY column is printed (0.00 for these recipients)

    def amt(d):
        return money(d, ",", "trail")

    def on_new(fl, first):
        doc.text(x0, 30, "STATE OF NORTH TALLMADGE  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", B, 8.5)
        doc.text(x0, 41, "REMITTANCE ADVICE", B, 8.5)
        doc.text(X(60), 41, f"RA NUMBER 0004418827   RA DATE 01/30/26   PAGE {doc.page_no:>4} OF {{NP}}", F, 7.6)
        doc.text(x0, 52, "PROVIDER: BLUE HERON PEDIATRIC THERAPY GROUP  PROVIDER ID 100477215  NPI 1396022814",
                 F, 7.6)
        doc.text(x0, 63, "ADDRESS:  77 CANAL SHOALS RD  LOWER FENWICK NT 60991", F, 7.6)
        doc.line(x0, 68, 764, 68, 0.6)
        doc.text(x0, 79, f"*** {section['v']} ***", B, 7.6)
        y = cols_header(doc, 92, C, B, 7.2)
        doc.text(x0, y + 9, "-" * 120, F, 7.6)
        fl.y = y + 20
        if not first and fl.claim:
            doc.text(x0, fl.y, fl.claim + "  (CONTINUED)", B, 7.6)
            fl.y += 11

    fl = K.Flow(doc, 100, 560, on_new)
    fl.start()

    def claim_block(kid, tcn, acct, svcs, tag=""):
        fl.claim = None
        fl.need(34)
        head = f"RECIP: {kid[0]:<26} ID: {kid[1]}  TCN: {tcn}  PAT ACCT: {acct}"
        doc.text(x0, fl.y, head + (f"  {tag}" if tag else ""), B, 7.6)
        fl.y += 11
        fl.claim = f"RECIP: {kid[0]}  TCN: {tcn}"
        for i, s in enumerate(svcs, 1):
            fl.need(11)
            vals = [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code,
                    s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                    f"{K.units_fmt(s.units)}.00" if s.units > 0 else "", amt(s.billed), amt(s.allowed),
                    "0.00", "0.00", amt(s.paid), " ".join(s.remarks),
                    "DENIED" if s.denied else ("PAID" if s.billed >= 0 else "REVERSED")]
            row(doc, fl.y, C, vals, F, S)
            R.line(doc, s, acct, tcn, kid[0], pr, remarks=s.remarks, description=False)
            fl.y += 11
        fl.claim = None
        R.claim(acct, tcn, kid[0], svcs, ("billed", "allowed", "paid"))
        row(doc, fl.y, C, ["", "", "", "CLAIM TOTAL", "", "", "", amt(total(svcs, "billed")),
                           amt(total(svcs, "allowed")), "0.00", "0.00", amt(total(svcs, "paid")), "", ""], B, S)
        fl.y += 18

    for kid, tcn, acct, svcs in paid:
        claim_block(kid, tcn, acct, svcs)
    section["v"] = "CLAIMS DENIED"
    fl.need(1000)
    for kid, tcn, acct, svcs in denied:
        claim_block(kid, tcn, acct, svcs)
    section["v"] = "CLAIMS ADJUSTED"
    doc.text(x0, fl.y, f"*** {section['v']} ***", B, 7.6)
    fl.y += 14
    for kid, tcn, acct, svcs, tag in adjusted:
        claim_block(kid, tcn, acct, svcs, tag)
    fl.need(60)
    legend = [("0361", "PAYMENT REDUCED TO THE PROGRAM MAXIMUM FEE."), ("0512", "NO PRIOR APPROVAL ON FILE FOR "
                                                                              "THIS EVALUATION."),
              ("0901", "ORIGINAL CLAIM TAKEN BACK; SEE REPLACEMENT CLAIM.")]
    doc.text(x0, fl.y, "EOB CODE DESCRIPTIONS", B, 7.6)
    for i, (k, v) in enumerate(legend):
        doc.text(x0, fl.y + 11 * (i + 1), f"{k}  {v}", F, 7.6)
    return doc, R, legend, [], "fpdf2", "mdy6", True, {}


# ============================================================================ c2 Medicaid MCO RA (reportlab)
def lay_c2(out: Path):
    doc, R = K.Doc(), Rec()
    F, B, S = "LSans", "LSans-B", 7.4
    cl = [
        ("Talia Fairweather-Obi", "M00412276", "2600904410021", "FWO-7781", [
            sv(D(2026, 1, 8), "97166", 1, ("GO",)), sv(D(2026, 1, 8), "97530", 2, ("GO",)),
            sv(D(2026, 1, 15), "97530", 2, ("GO",)), sv(D(2026, 1, 15), "97140", 1, ("GO", "59"))]),
        ("Jonah Pemberton", "M00388105", "2600904410022", "PEM-1120", [
            sv(D(2026, 1, 12), "92523", 1, ("GN",)), sv(D(2026, 1, 19), "92507", 1, ("GN",))]),
        ("Jonah Pemberton", "M00388105", "2600904410023", "PEM-1121", [
            sv(D(2026, 1, 26), "92507", 1, ("GN",), "CO"), sv(D(2026, 1, 26), "97535", 2, ("GN",), "CO")]),
        ("Aurelio Dusenbury", "M00459930", "2600904410030", "DUS-0456", [
            sv(D(2026, 1, 9), "97163", 1, ("GP",)), sv(D(2026, 1, 16), "97110", 3, ("GP",)),
            sv(D(2026, 1, 16), "97750", 2, ("GP",)), sv(D(2026, 1, 23), "97110", 2, ("GP", "CQ"))]),
    ]
    for _, _, _, _, svcs in cl:
        for s in svcs:
            medicaid(s, "96")
            s.remarks = ["N130"] if s.denied else (["N381"] if "CQ" in s.mods else [])
    x0, x1 = 36, 576
    xs = [x0, 58, 110, 186, 216, 262, 308, 352, 398, 480, 530, x1]
    heads = ["Line", "Date of\nService", "Proc / Mods", "Units", "Billed", "Allowed", "Paid", "Status",
             "Adj Reason\n(Grp-CARC Amt)", "RARC"]

    def on_new(fl, first):
        doc.text(x0, 42, "RIVERGATE COMMUNITY HEALTH PLAN", B, 13)
        doc.text(x0, 55, "A Medicaid managed care plan of the Commonwealth of Avonhurst", F, 8)
        doc.text(x1, 42, "PROVIDER REMITTANCE ADVICE", B, 10, "r")
        doc.text(x1, 55, f"Page {doc.page_no}", F, 8, "r")
        doc.line(x0, 62, x1, 62, 1)
        if first:
            info = [("Payee", "Avonhurst Kids Rehab Collective"), ("Payee NPI", "1638804275"),
                    ("Tax ID", "XX-XXX4117"), ("Payment #", "EFT 000931884"), ("Payment Date", "01/30/2026"),
                    ("Payment Amount", "see page 2 summary")]
            for i, (a, b) in enumerate(info):
                xx = x0 if i % 2 == 0 else 310
                doc.text(xx, 78 + (i // 2) * 12, f"{a}:", B, 8)
                doc.text(xx + 80, 78 + (i // 2) * 12, b, F, 8)
            fl.y = 124
        else:
            fl.y = 80

    fl = K.Flow(doc, 80, 740, on_new)
    fl.start()
    pr = ("billed", "allowed", "paid")
    grand = []
    for n, (pat, mid, icn, acct, svcs) in enumerate(cl):
        nadj = sum(max(1, len(s.adjs)) for s in svcs)
        h = 30 + 12 * nadj + 14 + 14
        fl.need(h + 10)
        top = fl.y
        doc.rect(x0, top, x1 - x0, 14, fill=GREY)
        doc.text(x0 + 4, top + 10, f"Member: {pat}   Member ID: {mid}   ICN: {icn}   Pt Acct #: {acct}", B, 7.8)
        y = top + 14
        hy = y
        y = cols_header(doc, y + 9, [(h_, xs[i] + 3, "l") for i, h_ in enumerate(heads)], B, 6.8) + 5
        doc.line(x0, y, x1, y, 0.5)
        for i, s in enumerate(svcs, 1):
            y += 9.5
            st = "Denied" if s.denied else "Paid"
            vals = [str(i), dfmt(s.dos, "mdy4"), "/".join((s.code,) + s.mods), K.units_fmt(s.units),
                    money(s.billed, ","), money(s.allowed, ","), money(s.paid, ","), st]
            for j, v in enumerate(vals):
                al = "r" if j in (3, 4, 5, 6) else "l"
                doc.text(xs[j + 1] - 3 if al == "r" else xs[j] + 3, y, v, F, S, al)
            for k, (g, c, a) in enumerate(s.adjs or [("", "", None)]):
                if g:
                    doc.text(xs[8] + 3, y + 10 * k, f"{g}-{c}", F, S)
                    doc.text(xs[9] - 3, y + 10 * k, money(a, ","), F, S, "r")
            doc.text(xs[9] + 3, y, " ".join(s.remarks), F, S)
            y += 10 * (max(1, len(s.adjs)) - 1) + 3
            doc.line(x0, y, x1, y, 0.3)
            R.line(doc, s, acct, icn, pat, pr, adjustments=s.adjs, remarks=s.remarks, description=False)
        y += 10
        tt = R.claim(acct, icn, pat, svcs, pr)
        grand.append(tt)
        doc.text(xs[2] + 3, y, "Claim Total", B, S)
        for j, k in ((4, "billed"), (5, "allowed"), (6, "paid")):
            doc.text(xs[j + 1] - 3, y, money(tt[k], ","), B, S, "r")
        y += 4
        doc.rect(x0, top, x1 - x0, y - top, lw=0.8)
        for xx in xs[1:-1]:
            doc.line(xx, hy, xx, y - 14, 0.3)
        fl.y = y + 16
    fl.need(110)
    doc.text(x0, fl.y, "Payment Summary", B, 9.5)
    doc.text(x0, fl.y + 13, f"Claims billed {money(sum(t['billed'] for t in grand))}    Allowed "
                            f"{money(sum(t['allowed'] for t in grand))}    Paid {money(sum(t['paid'] for t in grand))}",
             F, 8)
    legend = [("CO-45", "Charge is more than the plan's fee for this service."),
              ("CO-96", "Service is not covered for this member on this date."),
              ("N130", "Check your member's benefit limits before billing again."),
              ("N381", "Payment reflects the assistant-level rate.")]
    y = fl.y + 32
    doc.text(x0, y, "Codes used on this remittance", B, 8.5)
    for i, (k, v) in enumerate(legend):
        doc.text(x0, y + 12 * (i + 1), k, B, 7.5)
        doc.text(x0 + 40, y + 12 * (i + 1), v, F, 7.5)
    return doc, R, legend, [], "reportlab", "mdy4", True, {"adjs": True}


# ============================================================================ d1 SPR-style clearinghouse (fpdf2)
def lay_d1(out: Path):
    doc, R = K.Doc(landscape=True), Rec()
    F, B, S = "LMono", "LMono-B", 7.4
    cw = K.width("0", F, S)
    x0 = 26

    def X(c):
        return x0 + c * cw

    st = PlanState(ded_left=Decimal("40.00"))
    C = [("PERF PROV", X(0), "l"), ("SERV DATE", X(11), "l"), ("POS", X(23), "l"), ("NOS", X(30), "r"),
         ("PROC", X(32), "l"), ("MODS", X(38), "l"), ("BILLED", X(59), "r"), ("ALLOWED", X(69), "r"),
         ("DEDUCT", X(78), "r"), ("COINS", X(87), "r"), ("GRP/RC-AMT", X(89), "l"), ("PROV PD", X(119), "r")]
    pts = [
        ("MARCHETTI, ADELE", "8WR2-KT5-JX93", "CFT-100812", "2226008101773", [
            (sv(D(2026, 1, 5), "97530", 2, ("GO",)), None), (sv(D(2026, 1, 5), "97535", 1, ("GO",)), None),
            (sv(D(2026, 1, 7), "97530", 2, ("GO",)), None), (sv(D(2026, 1, 7), "97140", 1, ("GO", "59")), None),
            (sv(D(2026, 1, 12), "97530", 2, ("GO", "KX")), None), (sv(D(2026, 1, 12), "97112", 1, ("GO",)), None),
            (sv(D(2026, 1, 14), "97530", 2, ("GO", "KX")), None), (sv(D(2026, 1, 16), "97535", 2, ("GO", "KX")),
                                                                    None)]),
        ("OYELARAN, THEODORE", "3NP6-QA1-HF27", "CFT-100845", "2226008101905", [
            (sv(D(2026, 1, 6), "97163", 1, ("GP",)), None), (sv(D(2026, 1, 6), "97110", 2, ("GP",)), None),
            (sv(D(2026, 1, 13), "97110", 6, ("GP", "CQ")), D(2026, 1, 16)),
            (sv(D(2026, 1, 13), "0552T", 1, (), "CO"), None)]),
        ("FINNEGAN-ROSS, MAE", "6TY4-EE8-LL02", "CFT-100870", "2226008102044", [
            (sv(D(2026, 1, 8), "92610", 1, ("GN",)), None), (sv(D(2026, 1, 8), "92526", 1, ("GN",)), None),
            (sv(D(2026, 1, 15), "92526", 1, ("GN",)), None)]),
    ]
    for *_, items in pts:
        for s, _ in items:
            medicare(s, st, deny_reason="50")
            s.remarks = ["N115"] if s.denied else []
    pr = ("billed", "allowed", "deductible", "coinsurance", "paid")
    npi = "1417739550"

    def on_new(fl, first):
        doc.text(x0, 28, "CLEARPATH EXCHANGE  -  REMITTANCE PRINT (STANDARD PAPER FORMAT)", B, 8.5)
        doc.text(X(120), 28, f"PAGE #: {doc.page_no} OF {{NP}}", F, S, "r")
        doc.text(x0, 40, "PAYER: NORTHGATE GOVERNMENT HEALTH SERVICES  MEDICARE PART B  JURISDICTION 14", F, S)
        doc.text(x0, 50, "PROVIDER: CRANEFIELD THERAPY ASSOCIATES   NPI #: 1417739550   PROVIDER #: 00T44187",
                 F, S)
        doc.text(x0, 60, "CHECK/EFT #: 0000719920   DATE: 01/28/2026   REMIT SEQ: 3", F, S)
        doc.line(x0, 66, 766, 66, 0.5)
        for h, x, al in C:
            doc.text(x, 78, h, B, S, al)
        doc.text(x0, 88, "_" * 120, F, S)
        fl.y = 102

    fl = K.Flow(doc, 102, 560, on_new)
    fl.start()
    for name, mid, acnt, icn, items in pts:
        fl.need(36)
        doc.text(x0, fl.y, f"NAME {name:<22} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01 MA18", F, S)
        fl.y += 12
        svcs = []
        for s, end in items:
            fl.need(10 + 10 * (len(s.adjs) - 1))
            d2 = dfmt(end or s.dos, "mdy6")
            vals = [npi, f"{s.dos:%m%d} {d2}", "11", K.units_fmt(s.units), s.code, " ".join(s.mods),
                    money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                    f"{s.adjs[0][0]}-{s.adjs[0][1]}  {money(s.adjs[0][2], ''):>9}", money(s.paid, "")]
            row(doc, fl.y, C, vals, F, S)
            if s.remarks:
                doc.text(X(121), fl.y, "REM: " + " ".join(s.remarks), F, 6.5)
            R.line(doc, s, acnt, icn, name, pr, adjustments=s.adjs, remarks=s.remarks, description=False,
                   service_end=end)
            for g, c, a in s.adjs[1:]:
                fl.y += 10
                doc.text(X(89), fl.y, f"{g}-{c}  {money(a, ''):>9}", F, S)
            fl.y += 11
            svcs.append(s)
        R.claim(acnt, icn, name, svcs, ("billed", "allowed", "paid"))
        pt = total(svcs, "deductible") + total(svcs, "coinsurance")
        doc.text(x0, fl.y, f"PT RESP {money(pt, ''):>9}", F, S)
        row(doc, fl.y, C, ["", "", "", "", "CLAIM TOTALS", "", money(total(svcs, "billed"), ""),
                           money(total(svcs, "allowed"), ""), money(total(svcs, "deductible"), ""),
                           money(total(svcs, "coinsurance"), ""), "", money(total(svcs, "paid"), "")], F, S)
        doc.text(x0, fl.y + 10, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00   NET "
                                f"{money(total(svcs, 'paid'), '')}", F, S)
        fl.y += 26
    fl.need(50)
    legend = [("N115", "Local coverage policy applies; see contractor website.")]
    doc.text(x0, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", B, S)
    doc.text(x0, fl.y + 10, "CO   CONTRACTUAL OBLIGATION        PR   PATIENT RESPONSIBILITY", F, S)
    doc.text(x0, fl.y + 20, "N115 " + legend[0][1].upper(), F, S)
    return doc, R, legend, [], "fpdf2", lambda d: f"{d:%m%d}", True, {"adjs": True}


# ============================================================================ d2 PM payment posting (reportlab)
def lay_d2(out: Path):
    doc, R = K.Doc(landscape=True), Rec()
    F, B, S = "DSans", "DSans-B", 6.8
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74"))
    orig = [sv(D(2025, 12, 18), "97110", 3, ("GP",)), sv(D(2025, 12, 18), "97140", 1, ("GP",))]
    for s in orig:
        commercial(s, PlanState(coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.74")))
    cl = [
        ("Ostrowski, Benedikt", "100234", "7F2600911850", [
            sv(D(2026, 1, 7), "97161", 1, ("GP",)), sv(D(2026, 1, 7), "97110", 2, ("GP",)),
            sv(D(2026, 1, 7), "97140", 1, ("GP", "59"))]),
        ("Ostrowski, Benedikt", "100234", "7F2512202207", [negate(s) for s in orig]),
        ("Quintero-Blake, Sofia", "100517", "7F2600911862", [
            sv(D(2026, 1, 9), "97168", 1, ("GO",)), sv(D(2026, 1, 9), "97530", 3, ("GO",)),
            sv(D(2026, 1, 9), "97010", 1, ("GO",), "CO"), sv(D(2026, 1, 16), "97530", 2, ("GO",)),
            sv(D(2026, 1, 16), "97535", 2, ("GO",))]),
        ("Haverford, Linnea", "100688", "7F2600911901", [
            sv(D(2026, 1, 12), "92523", 1, ("GN",)), sv(D(2026, 1, 20), "92507", 1, ("GN",)),
            sv(D(2026, 1, 27), "92507", 1, ("GN",))]),
    ]
    for i, (_, _, _, svcs) in enumerate(cl):
        if i == 1:
            continue
        for s in svcs:
            commercial(s, st, deny_reason="97")
            if s.denied:
                s.adjs = [("CO", "97", s.billed)]
                s.owes = Decimal("0")
                s.remarks = ["M15"]
    x0, x1 = 30, 762
    C = [("DOS", x0 + 4, "l"), ("Proc", 82, "l"), ("Mods", 116, "l"), ("Units", 168, "r"), ("Charge", 226, "r"),
         ("Allowed", 282, "r"), ("Deduct", 332, "r"), ("Coins", 378, "r"), ("Copay", 420, "r"),
         ("Adjustments", 436, "l"), ("Paid", 560, "r"), ("Pt Resp", 612, "r"), ("Remarks", 628, "l")]
    pr = ("billed", "allowed", "deductible", "coinsurance", "copay", "paid", "patient_owes")

    def m(d):
        return money(d, ",", "()")

    def on_new(fl, first):
        doc.text(x0, 34, "TheraLedger PM", B, 12)
        doc.text(x0 + 112, 34, "Payment Posting Detail - Electronic Remittance (835)", F, 10)
        doc.text(x1, 34, f"Printed 01/29/2026 08:14   Page {doc.page_no}", F, 7, "r")
        doc.text(x0, 48, "Practice: Fenwick Lane Rehabilitation, LLC   User: jmarsh   Batch: ERA-26-0129-02", F, 7.5)
        doc.line(x0, 53, x1, 53, 0.8)
        if first:
            doc.rect(x0, 60, x1 - x0, 30, fill=(0.95, 0.95, 0.97))
            doc.text(x0 + 6, 72, "Payer: Bluewater Mutual Insurance Co.   Payer ID 61477   EFT Trace 1BW0098813224"
                                 "   Check Date 01/27/2026", F, 7.5)
            doc.text(x0 + 6, 84, "Payment method ACH   Claims in this payment: 4   Provider adjustments (PLB): none",
                     F, 7.5)
            fl.y = 108
        else:
            fl.y = 70

    fl = K.Flow(doc, 70, 570, on_new)
    fl.start()
    for pat, acct, icn, svcs in cl:
        nrow = sum(max(1, len(s.adjs)) for s in svcs)
        fl.need(40 + 9 * nrow)
        doc.rect(x0, fl.y - 10, x1 - x0, 14, fill=(0.82, 0.86, 0.92), stroke=False)
        status = "Status 22 - Reversal of previous payment" if svcs[0].billed < 0 else "Status 1 - Processed as primary"
        doc.text(x0 + 4, fl.y, f"Patient: {pat}   Acct #: {acct}   Payer Claim #: {icn}   {status}", B, 7.2)
        fl.y += 14
        for h, x, al in C:
            doc.text(x, fl.y, h, B, 6.6, al)
        doc.line(x0, fl.y + 3, x1, fl.y + 3, 0.3)
        fl.y += 12
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), K.units_fmt(abs(s.units)), m(s.billed),
                    m(s.allowed), m(s.deductible), m(s.coinsurance), m(s.copay), "", m(s.paid), m(s.owes),
                    " ".join(s.remarks)]
            row(doc, fl.y, C, vals, F, S)
            for k, (g, c, a) in enumerate(s.adjs):
                doc.text(436, fl.y + 8.5 * k, f"{g}-{c}", F, S)
                doc.text(505, fl.y + 8.5 * k, m(a), F, S, "r")
            R.line(doc, s, acct, icn, pat, pr, adjustments=s.adjs, remarks=s.remarks, description=False)
            fl.y += 8.5 * max(1, len(s.adjs)) + 3
        R.claim(acct, icn, pat, svcs, ("billed", "allowed", "paid", "patient_owes"))
        doc.line(200, fl.y - 7, x1, fl.y - 7, 0.3)
        row(doc, fl.y + 1, C, ["", "Claim totals", "", "", m(total(svcs, "billed")), m(total(svcs, "allowed")),
                               m(total(svcs, "deductible")), m(total(svcs, "coinsurance")), m(total(svcs, "copay")),
                               "", m(total(svcs, "paid")), m(total(svcs, "owes")), ""], B, S)
        fl.y += 24
    legend = [("M15", "Separately billed services were bundled into another service on the claim."),
              ("CO-97", "Bundled into another service paid on this claim.")]
    fl.need(40)
    doc.text(x0, fl.y, "Remark and adjustment codes", B, 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(x0, fl.y + 10 * (i + 1), f"{k}: {v}", F, 7)
    return doc, R, legend, [], "reportlab", "mdy4", True, {"adjs": True, "allowed": True}


# ============================================================================ e1 clinic family statement (reportlab)
def lay_e1(out: Path):
    doc, R = K.Doc(), Rec()
    F, B, S = "LNarrow", "LNarrow-B", 8.2
    st = PlanState(ded_left=Decimal("90.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Mateo Castellanos-Weir", "V-30211", "PNW-8840021573", [sv(D(2025, 12, 29), "97166", 1, ("GO",)),
                                                                 sv(D(2025, 12, 29), "97530", 2, ("GO",))]),
        ("Mateo Castellanos-Weir", "V-30388", "PNW-8840022019", [sv(D(2026, 1, 5), "97530", 3, ("GO",)),
                                                                 sv(D(2026, 1, 5), "97533", 1, ("GO",))]),
        ("Lila Castellanos-Weir", "V-30402", "PNW-8840022107", [sv(D(2026, 1, 6), "92523", 1, ("GN",))]),
        ("Lila Castellanos-Weir", "V-30560", "PNW-8840022650", [sv(D(2026, 1, 13), "92507", 1, ("GN",)),
                                                                sv(D(2026, 1, 13), "92507", 1, ("GN", "59"))]),
        ("Priya Castellanos-Weir", "V-30577", None, [sv(D(2026, 1, 14), "97140", 2, ("GP",)),
                                                    sv(D(2026, 1, 14), "97110", 1, ("GP",))]),
    ]
    for i, (_, _, _, svcs) in enumerate(visits):
        for s in svcs:
            commercial(s, st)
            s.ptpaid = Decimal("0")
            if i == 4:  # not yet billed to insurance; self-pay estimate
                s.paid = Decimal("0")
                s.discount = Decimal("0")
                s.owes = s.billed
    x0, x1 = 40, 572
    C = [("Date", x0, "l"), ("Code", 86, "l"), ("Qty", 134, "r"), ("Description", 142, "l"),
         ("Charge", 342, "r"), ("Insurance\nPaid", 396, "r"), ("Insurance\nAdjustment", 452, "r"),
         ("Patient\nPaid", 500, "r"), ("Balance", 566, "r")]

    def on_new(fl, first):
        doc.text(x0, 40, "Pinewild Family Therapy Center", B, 14)
        doc.text(x0, 52, "OT  |  PT  |  Speech   -   902 Larchmont Sq, Suite 3, Emberly, OR 97499   (541) 555-0118",
                 F, 8)
        doc.text(x1, 40, "STATEMENT", B, 13, "r")
        doc.text(x1, 770, f"Page {doc.page_no} of {{NP}}", F, 8, "r")
        if first:
            doc.rect(330, 62, 242, 66)
            for i, (a, b) in enumerate([("Guarantor", "Priya Castellanos-Weir"), ("Guarantor Acct", "G-004418"),
                                        ("Statement Date", "02/02/2026"), ("Amount Due", money(sum(total(v[3], "owes") for v in visits) - Decimal("40.00"))),
                                        ("Pay By", "02/27/2026")]):
                doc.text(338, 75 + 12 * i, a, B, 8)
                doc.text(420, 75 + 12 * i, b, F, 8)
            for i, t in enumerate(["Priya Castellanos-Weir", "5510 Juniper Terrace Ct", "Emberly, OR 97499"]):
                doc.text(x0, 84 + 12 * i, t, F, 9.5)
            doc.text(x0, 140, "Please detach and return the top portion with your payment. Amount enclosed: $________",
                     F, 8)
            for xx in range(int(x0), int(x1), 8):
                doc.line(xx, 150, xx + 4, 150, 0.6)
            doc.text(x0, 170, "Account activity for your family", B, 10)
            fl.y = 190
        else:
            doc.line(x0, 60, x1, 60, 0.6)
            fl.y = 80

    fl = K.Flow(doc, 80, 740, on_new)
    fl.start()
    pr = ("billed", "paid", "patient_owes")
    prt = ("patient_owes",)
    for pat, vno, icl, svcs in visits:
        fl.need(40 + 12 * len(svcs) + 12)
        doc.text(x0, fl.y, f"Patient: {pat}   Visit #{vno}", B, 8.6)
        doc.text(x1, fl.y, f"Insurance: Pacific Northwind Health - claim {icl}" if icl else
                 "Not yet billed to insurance", F, 8, "r")
        fl.y += 6
        fl.y = cols_header(doc, fl.y + 9, C, B, 7.4) + 3
        doc.line(x0, fl.y, x1, fl.y, 0.4)
        fl.y += 10
        for s in svcs:
            vals = [dfmt(s.dos, "mdy4"), s.code + "".join(s.mods), K.units_fmt(s.units), s.desc,
                    money(s.billed, ","), money(s.paid, ","), money(s.discount, ","), money(s.ptpaid, ","),
                    money(s.owes, ",")]
            row(doc, fl.y, C, vals, F, S)
            R.line(doc, s, vno, icl, pat, pr)
            fl.y += 11
        R.claim(vno, icl, pat, svcs, prt)
        doc.text(142, fl.y, "Visit balance", B, S)
        doc.text(566, fl.y, money(total(svcs, "owes"), ","), B, S, "r")
        fl.y += 20
    fl.need(60)
    doc.text(x0, fl.y, "01/20/2026", F, S)
    doc.text(142, fl.y, "Patient payment - thank you (card ending 4471)", F, S)
    doc.text(566, fl.y, "-40.00", F, S, "r")
    fl.y += 14
    due = sum(total(v[3], "owes") for v in visits) - Decimal("40.00")
    doc.rect(380, fl.y, 192, 20, fill=GREY)
    doc.text(388, fl.y + 14, "TOTAL AMOUNT DUE", B, 9)
    doc.text(566, fl.y + 14, money(due), B, 9, "r")
    doc.text(x0, fl.y + 40, "Questions about your bill? Call our billing office Mon-Fri 8-4:30. Payment plans are "
                            "available.", F, 8)
    return doc, R, [], [], "reportlab", "mdy4", True, {}


# ============================================================================ e2 hospital family statement (fpdf2)
def lay_e2(out: Path):
    doc, R = K.Doc(), Rec()
    F, B, S = "DSerifC", "DSerifC-B", 7.4
    rev = {"97530": "0434", "97535": "0434", "97165": "0434", "97166": "0434", "97533": "0434", "97140": "0424",
           "97110": "0424", "97112": "0424", "97161": "0424", "97116": "0424", "92507": "0444", "92523": "0444",
           "92526": "0444", "A4556": "0270", "L3807": "0274", "97760": "0434", "99213": "0510"}
    accts = [
        ("Oliver Nakamura-Brandt", "40039918", "Keystone Valley Health", "KVH26A0077141", [
            sv(D(2026, 1, 5), "97165", 1, ("GO",)), sv(D(2026, 1, 5), "97530", 2, ("GO",)),
            sv(D(2026, 1, 7), "97530", 2, ("GO",)), sv(D(2026, 1, 7), "97533", 2, ("GO",)),
            sv(D(2026, 1, 9), "97530", 3, ("GO",)), sv(D(2026, 1, 12), "97530", 2, ("GO",)),
            sv(D(2026, 1, 12), "97535", 1, ("GO",)), sv(D(2026, 1, 14), "97530", 2, ("GO",)),
            sv(D(2026, 1, 16), "97533", 2, ("GO",)), sv(D(2026, 1, 19), "97530", 2, ("GO",)),
            sv(D(2026, 1, 21), "97530", 2, ("GO",)), sv(D(2026, 1, 21), "97760", 1, ("GO",)),
            sv(D(2026, 1, 21), "L3807", 1, ("LT",)), sv(D(2026, 1, 23), "97530", 2, ("GO",)),
            sv(D(2026, 1, 23), "97535", 1, ("GO",))]),
        ("Hana Nakamura-Brandt", "40040227", "Keystone Valley Health", "KVH26A0079930", [
            sv(D(2026, 1, 8), "92523", 1, ("GN",))] + [
            sv(D(2026, 1, d), "92507", 1, ("GN",)) for d in (12, 13, 15, 19, 20, 22, 26, 27)] + [
            sv(D(2026, 1, 29), "92526", 1, ("GN",)), sv(D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("Kenji Nakamura-Brandt", "40041560", "Keystone Valley Health", "KVH26A0081205", [
            sv(D(2026, 1, 20), "99213", 1, ()), sv(D(2026, 1, 20), "97161", 1, ("GP",)),
            sv(D(2026, 1, 20), "97110", 2, ("GP",)), sv(D(2026, 1, 22), "97110", 2, ("GP",)),
            sv(D(2026, 1, 22), "97140", 1, ("GP",)), sv(D(2026, 1, 22), "A4556", 2, ()),
            sv(D(2026, 1, 27), "97116", 2, ("GP",)), sv(D(2026, 1, 27), "97110", 1, ("GP",)),
            sv(D(2026, 1, 29), "97110", 2, ("GP",)), sv(D(2026, 1, 29), "97112", 1, ("GP",))]),
    ]
    x0, x1 = 40, 572
    C = [("Date", x0 + 4, "l"), ("Rev", 92, "l"), ("CPT/HCPCS", 122, "l"), ("Description", 186, "l"),
         ("Qty", 470, "r"), ("Amount", 566, "r")]

    def on_new(fl, first):
        doc.rect(x0, 26, 160, 50, fill=None)
        doc.text(x0 + 8, 44, "MERCY VALE", B, 12)
        doc.text(x0 + 8, 57, "Children's & Family Hospital", F, 8.5)
        doc.text(x0 + 8, 68, "Patient Financial Services", F, 7.5)
        doc.text(x1, 44, "GUARANTOR STATEMENT", B, 12, "r")
        doc.text(x1, 57, f"Statement date 02/03/2026   Page {doc.page_no} of {{NP}}", F, 8, "r")
        doc.text(x1, 68, "Guarantor: Daniel Nakamura-Brandt   Guarantor # 8810447", F, 8, "r")
        doc.text(x0, 770, "Mercy Vale Hospital  |  3100 Orchard Spire Blvd, Halden Cross, PA 17099  |  "
                          "Billing (717) 555-0164", F, 7)
        if first:
            doc.text(x0, 100, "Summary of hospital services for your family. Insurance has processed the accounts "
                              "below unless noted.", F, 8.5)
            fl.y = 124
        else:
            fl.y = 96
            if fl.claim:
                doc.rect(x0, fl.y - 10, x1 - x0, 14, fill=GREY, stroke=False)
                doc.text(x0 + 4, fl.y, fl.claim + " (continued from previous page)", B, 8)
                fl.y += 14
                for h, x, al in C:
                    doc.text(x, fl.y, h, B, 7.2, al)
                doc.line(x0, fl.y + 3, x1, fl.y + 3, 0.4)
                fl.y += 13

    fl = K.Flow(doc, 96, 745, on_new)
    fl.start()
    grand = Decimal("0")
    for pat, acct, ins, icl, svcs in accts:
        fl.claim = None
        fl.need(80)
        doc.rect(x0, fl.y - 10, x1 - x0, 14, fill=GREY, stroke=False)
        head = f"Account {acct}  -  Patient: {pat}"
        doc.text(x0 + 4, fl.y, head + "  -  Outpatient Rehabilitation", B, 8)
        fl.y += 12
        doc.text(x0 + 4, fl.y, f"Primary insurance: {ins}   Insurance claim no. {icl}   Admit/visit type: "
                               "Recurring outpatient", F, 7.4)
        fl.y += 14
        fl.claim = head
        for h, x, al in C:
            doc.text(x, fl.y, h, B, 7.2, al)
        doc.line(x0, fl.y + 3, x1, fl.y + 3, 0.4)
        fl.y += 13
        for s in svcs:
            fl.need(11)
            vals = [dfmt(s.dos, "mdy4"), rev[s.code], " ".join((s.code,) + s.mods), s.desc,
                    K.units_fmt(s.units), money(s.billed, ",")]
            row(doc, fl.y, C, vals, F, S)
            R.line(doc, s, acct, icl, pat, ("billed",))
            fl.y += 12.5
        fl.claim = None
        R.claim(acct, icl, pat, svcs, ("billed",))
        b = total(svcs, "billed")
        ipay = q(b * Decimal("0.52"))
        iadj = q(b * Decimal("0.33"))
        due = b - ipay - iadj
        grand += due
        fl.need(50)
        for lab, v in [("Total charges", b), (f"Payment - {ins}", -ipay), (f"Contractual adjustment - {ins}", -iadj),
                       ("Amount due from you for this account", due)]:
            doc.text(186, fl.y, lab, B if lab.startswith(("Total", "Amount")) else F, S)
            doc.text(566, fl.y, money(v, ","), B if lab.startswith(("Total", "Amount")) else F, S, "r")
            fl.y += 10
        fl.y += 12
    fl.need(40)
    doc.rect(360, fl.y, 212, 22, fill=(0.9, 0.9, 0.9))
    doc.text(368, fl.y + 15, "Please pay this amount", B, 9)
    doc.text(566, fl.y + 15, money(grand), B, 9, "r")
    return doc, R, [], [], "fpdf2", "mdy4", True, {}


LAYOUTS = {
    "h77_a1_commercial_family_eob": (lay_a1, "Commercial plan member EOB for a family, serif, boxed header, "
                                             "code in parentheses, continued claim on page 2."),
    "h77_a2_commercial_boxed_eob": (lay_a2, "Commercial member EOB, landscape condensed, ruled box per claim, "
                                            "reversal and reprocessing, planted total mismatch."),
    "h77_b1_msn_part_b": (lay_b1, "Medicare Summary Notice Part B, dashboard then claims by provider/date."),
    "h77_b2_ma_hmo_member_eob": (lay_b2, "Medicare Advantage HMO member EOB with copays and units as x N."),
    "h77_c1_medicaid_ra_courier": (lay_c1, "State Medicaid RA in mainframe Courier, paid/denied/adjusted "
                                           "sections."),
    "h77_c2_medicaid_mco_ra": (lay_c2, "Medicaid managed-care RA, ruled grid per claim with CARC/RARC."),
    "h77_d1_clearinghouse_spr": (lay_d1, "Clearinghouse standard-paper-remit print, monospace landscape."),
    "h77_d2_pm_posting_detail": (lay_d2, "Practice-management ERA posting detail with stacked adjustments."),
    "h77_e1_clinic_family_statement": (lay_e1, "Therapy clinic family statement with visit heads."),
    "h77_e2_hospital_guarantor_statement": (lay_e2, "Hospital guarantor statement with itemised charges."),
}


def build(out: Path) -> dict:
    info = {}
    for name, (fn, desc) in LAYOUTS.items():
        doc, R, legend, planted, producer, dstyle, on_row, arith = fn(out)
        pdf = out / f"{name}.pdf"
        doc.save(pdf, producer, name)
        write_truth(pdf, name, producer, doc.page_no, desc, R.lines, R.claims, legend, planted)
        fmt = dstyle if callable(dstyle) else (lambda d, s=dstyle: dfmt(d, s))
        info[name] = (fmt, on_row, arith)
    return info


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout77_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    info = build(out)
    print(out)
    if "--check" in argv:
        bad = 0
        import json
        for name, (fmt, on_row, arith) in info.items():
            errs = K.check_file(out / f"{name}.pdf", fmt, on_row, arith)
            t = json.loads((out / f"{name}.pdf.truth.json").read_text())
            print(f"{name}: {len(t['lines'])} lines, {t['pages']} pages, {len(t['claims'])} claims, "
                  f"{len(getattr(K.check_file, 'spanning', []))} claim(s) across a page break: "
                  f"{'OK' if not errs else 'FAIL'}")
            for e in errs[:12]:
                print("   ", e)
            bad += bool(errs)
        print("CHECK", "PASSED" if not bad else f"FAILED ({bad} files)")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
