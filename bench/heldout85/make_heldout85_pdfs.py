"""Write the 85th held-out set of synthetic PDF EOB layouts (with truth files) into a folder: ten ordinary documents
of the five commonest real kinds, two of each, in house styles meant to differ from the earlier sets, for one honest
measurement of the PDF reader. Written by an independent test author who did not read the reader, its tests, docs or
accuracy harness, and never ran the reader on these files.

Run:  python bench/heldout85/make_heldout85_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout85/make_heldout85_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helper module: bench/heldout85/h85.py (a page
model drawn by reportlab or fpdf2, a row cursor that breaks pages, and the self-check).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py, ``<name>.pdf.truth.json``), printed values only, null
for what a layout does not print (units null where no quantity is printed; service_end only where a different
through-date is printed); claim_id = the provider's own account / patient-control / invoice number, payer_claim_id =
the payer's claim number / ICN / TCN, patient exactly as printed (the person served, never the subscriber or
guarantor). Adjustments only where group + reason + amount are printed for the line; note / EOB / remark codes of
the line as remarks. Reversal amounts printed "95.00-" or "(95.00)" are negative in the truth. Claim totals as
printed (a claim-level-only figure such as "Your responsibility" or PT RESP with no per-line column is left null).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words. Deterministic
(reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (h85_ prefix; two of each kind):
  c1  commercial member EOB for a family of three (reportlab, portrait Liberation Sans): subscriber block and
      deductible box, boxed claim heading "Patient / Claim Number / Provider / Provider Patient Acct", two-line
      column heads Service Dates / Description of Service / Code / Modifier ("97530 GO") / Billed Amount / Allowed
      Amount / Deductible / Copay / Coinsurance / Paid by Plan / Rmk, no units, long descriptions wrapped onto a
      second text row, PR-denied line, "Claim Totals" plus a claim-level "Your responsibility" sentence, the third
      claim continues on page 2 under a repeated "(continued)" heading and column header, remark legend
  c2  mutual-benefit association "Statement of Claims Processed" (fpdf2, landscape DejaVu Serif Condensed, grey left
      sidebar on every page): For / Claim No. / Patient Account No., Date of Service / Procedure / Mod / Units /
      Charge Submitted / Network Reduction / Excluded Amount / Eligible Expense / Applied to Deductible /
      Copayment / Coinsurance / Benefit Paid / Member Balance / Rsn, plain amounts, 4 family members, an excluded
      line, last claim continues on page 2; PLANTED claim-total mismatch (Benefit Paid total 10.00 high on claim 2)
  m1  Medicare Summary Notice Part B (reportlab, portrait DejaVu Sans Condensed): page-1 deductible status and claim
      list, page 2 per-provider blocks with "Claim number", date heading rows ("Jan 5, 2026"), "Service Provided &
      Billing Code" cell "Therapeutic exercises (97110)" wrapped, Service Approved? / Amount Provider Charged /
      Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes (letters), no units,
      no modifiers, no provider account (claim_id null), a denied line, claim totals, notes legend
  m2  Medicare Advantage HMO monthly member EOB (fpdf2, portrait Liberation Serif): monthly cost box, shaded claim
      heads "Claim number ... Provider's patient account", Date of service / Service you received / Code as
      "97530-GO-CO" / Units / Provider charged / Plan approved / Plan paid / Your share / Note, per-visit copay,
      a CO-denied line, wrapped service wording, claim totals
  d1  state Medicaid remittance advice (fpdf2, landscape core Courier): program banner, CLAIMS PAID / CLAIMS DENIED
      / CLAIMS ADJUSTED sections, RECIP / RECIP ID / ICN / PAT ACCT line, LN / FROM DOS / TO DOS / PROC / M1 / M2 /
      UNITS "2.00" / BILLED AMT / ALLOWED AMT / TPL AMT / CO-PAY / PAID AMT / EOB CODES (4-digit), weekly span
      lines (service_end), a reversal with trailing-minus amounts and its replacement on page 2 with the section
      heading repeated, CLAIM TOTAL rows, EOB code legend
  d2  Medicaid managed-care plan "Provider Remittance Advice" (reportlab, portrait Liberation Sans Narrow): boxed
      claim heads Member / Member ID / Claim (TCN) / Patient Control No, shaded column bar Ln / Service Dates /
      Proc / Mods "97140 GP 59" / Units / Billed / Allowed / Paid / Status PAY|DENY / Adj Grp-Rsn "CO-45" / Adj Amount
      / RARC, denials with RARC, claim totals, code glossary; one page
  p1  clearinghouse print image of a Medicare standard paper remit (reportlab, portrait Liberation Mono 6.6 pt):
      NAME / MID / ACNT / ICN / ASG / MOA claim lines, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS
      / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (extra adjustments stacked on following rows) / PROV PD, "REM:"
      row under a denied line, PT RESP (claim-level only) and CLAIM TOTALS rows, the last claim runs onto page 2
      under the repeated page and column header, batch totals
  p2  practice-management "Payment Application Report" of a Medicare deposit (fpdf2, landscape Liberation Sans,
      shaded header bar, hairline rules): patient / Acct# / Payer Claim# heading rows, DOS "01/06/26" / CPT / Mod
      "GP,59" / Units / Charge / Allowed / Deductible / Coins / Adj Code "CO45" / Adj Amt (stacked) / Payment /
      Pt Resp / Remark / Posted, a PR-denied line, a reversal of an older claim in parentheses on page 2
  s1  pediatric therapy clinic family statement (fpdf2, portrait DejaVu Sans): responsible-party and amount boxes,
      per-child heading rows, Date / Invoice / Service / Mod / Description / Qty / Charges / Insurance (credit in
      parentheses, "pending" for unfinished claims) / Adjust. / Balance, 3 children, per-child balance, a payment
      row, no payer claim numbers (null); truth paid = the insurance payment, patient_owes = the row balance,
      billed only for pending rows; adjustments carry no codes so are not truth adjustments
  s2  hospital family statement (reportlab, portrait DejaVu Serif, grey right sidebar with guarantor and contacts):
      one boxed section per patient with Hospital Account and insurer claim no., Date / Rev / CPT / Mod /
      Description / Qty / Amount itemized lines (billed only), account-level insurer payment and contractual rows,
      account balances and amount due

The self-check (--check) tests the factory, not the reader: every truth code, modifier, units value, amount, remark,
adjustment group/reason/amount and the service date (or, for m1, its date heading on the same page) is in the text
layer on the very text rows where that service was drawn; ids and patients are in the document text; page counts
match; billed - adjustments = paid where every adjustment is printed with its amount (d2, p1, p2); allowed -
deductible - copay - coinsurance = paid (or allowed - your share = paid) where printed; claim totals are printed and
equal the sum of the lines except the planted mismatch, which really is one; at least three files have a claim whose
rows cross a page break.
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))
from eobgen import (LONG_DESC, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, total, truth_line, units_str, write_truth)
from h85 import Cursor, Doc, cells, check  # noqa: E402

D = date
ZEROD = Decimal("0.00")


def d(m, dd):
    return date(2026, m, dd)


class Out:
    """Collects truth lines with the rows they were drawn on."""

    def __init__(self):
        self.lines, self.rows, self.claims = [], [], []

    def add(self, tl, page, baselines, sizes):
        self.lines.append(tl)
        self.rows.append((page, list(baselines), list(sizes)))


def mk(dos, code, units, mods=(), **kw):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), **kw)


# =============================================================================================== c1
def c1(out_dir: Path):
    """commercial member EOB, family of three, reportlab portrait Liberation Sans."""
    name = "h85_c1_commercial_family_eob.pdf"
    doc = Doc()
    M = lambda v: money(v, "$")  # noqa: E731
    o = Out()
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), copay_codes={"99213": Decimal("30.00")})
    fam = [
        ("Tomas Okafor-Lisle", "C26-0114-88201", "BPT-30119", "Brightwater Pediatric Therapy", [
            mk(d(1, 5), "97165", 1, ("GO",)), mk(d(1, 5), "97530", 2, ("GO",)),
            mk(d(1, 8), "97530", 3, ("GO",)), mk(d(1, 8), "97535", 1, ("GO",), desc=LONG_DESC["97535"]),
            mk(d(1, 12), "97110", 2, ("GO",), desc=LONG_DESC["97110"]), mk(d(1, 12), "97112", 1, ("GO", "59")),
            mk(d(1, 15), "97530", 2, ("GO",)), mk(d(1, 15), "97140", 1, ("GO", "59"), desc=LONG_DESC["97140"]),
            mk(d(1, 19), "97530", 3, ("GO",)), mk(d(1, 19), "97760", 1, ("GO",), desc=LONG_DESC["97760"], denied="PR"),
            mk(d(1, 22), "97530", 2, ("GO",)), mk(d(1, 22), "97110", 1, ("GO",), desc=LONG_DESC["97110"]),
            mk(d(1, 26), "97530", 3, ("GO",)), mk(d(1, 26), "97168", 1, ("GO",), desc=LONG_DESC["97168"]),
            mk(d(1, 29), "97530", 2, ("GO",)), mk(d(1, 29), "97112", 1, ("GO",)),
        ]),
        ("Amara Okafor-Lisle", "C26-0121-90477", "BPT-30120", "Brightwater Pediatric Therapy", [
            mk(d(1, 6), "92523", 1, ("GN",)), mk(d(1, 13), "92507", 1, ("GN",)), mk(d(1, 13), "92526", 1, ("GN",)),
            mk(d(1, 20), "92507", 1, ("GN",)), mk(d(1, 20), "92526", 1, ("GN",)), mk(d(1, 27), "92507", 1, ("GN",)),
            mk(d(1, 27), "92526", 1, ("GN",)), mk(d(1, 30), "92507", 1, ("GN",)),
        ]),
        ("Renata Okafor-Lisle", "C26-0126-11835", "1188402", "Lakeshore Orthopedic & Hand Clinic", [
            mk(d(1, 22), "99213", 1, ()), mk(d(1, 22), "L3807", 1, ("RT",), desc=LONG_DESC["L3807"]),
            mk(d(1, 22), "97165", 1, ("GO",)), mk(d(1, 22), "97760", 1, ("GO",), desc=LONG_DESC["97760"]),
            mk(d(1, 27), "97530", 2, ("GO",)), mk(d(1, 27), "97140", 1, ("GO",), desc=LONG_DESC["97140"]),
            mk(d(1, 29), "97110", 2, ("GO",)), mk(d(1, 29), "G0283", 1, ("GO",), desc=LONG_DESC["G0283"]),
            mk(d(1, 30), "97530", 2, ("GO",)), mk(d(1, 30), "97535", 1, ("GO",)),
        ]),
    ]
    for _, _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st)
    xs = [40, 92, 262, 340, 392, 440, 480, 520, 560, 575]
    heads1 = ["Service", "Description of Service", "Code /", "Billed", "Allowed", "Deduct-", "Copay", "Co-",
              "Paid by", ""]
    heads2 = ["Dates", "", "Modifier", "Amount", "Amount", "ible", "", "insurance", "Plan", "Rmk"]
    cols = [(40, "l"), (92, "l"), (262, "l"), (382, "r"), (430, "r"), (472, "r"), (506, "r"), (548, "r"),
            (592, "r"), (566, "l")]
    cols = [(40, "l"), (90, "l"), (250, "l"), (330, "r"), (375, "r"), (415, "r"), (450, "r"), (492, "r"),
            (533, "r"), (540, "l")]
    hdr_state = {"claim": None}

    def furniture(pg_label=True):
        doc.text(40, 42, "CEDARLINE HEALTH PLANS", "LSB", 13)
        doc.text(40, 55, "PO Box 44190, Marlow Heights, OR 97390-4190  |  cedarline-example.org  |  1-800-555-0142",
                 "LS", 7)
        doc.text(572, 42, "Explanation of Benefits", "LSB", 11, "r")
        doc.text(572, 55, "THIS IS NOT A BILL", "LSB", 8, "r")
        doc.rule(40, 62, 572, 62, 1.2)
        doc.text(306, 770, "Cedarline Health Plans  -  Member EOB  -  Statement date 02/02/2026", "LS", 6.5, "c")

    def colhead(cur):
        cur.need(24)
        doc.box(38, cur.y - 9, 536, 21, 0.88, 0)
        for (x, al), h1, h2 in zip(cols, heads1, heads2):
            doc.text(x, cur.y, h1, "LSB", 6.8, al)
            doc.text(x, cur.y + 8, h2, "LSB", 6.8, al)
        cur.y += 20

    def claimhead(cur, f, cont=False):
        pat, clm, acct, prov, _ = f
        cur.need(40)
        doc.box(38, cur.y - 10, 536, 26, None, 0.8)
        doc.text(44, cur.y, f"Patient: {pat}" + ("   (continued)" if cont else ""), "LSB", 8)
        doc.text(300, cur.y, f"Claim Number: {clm}", "LS", 8)
        doc.text(44, cur.y + 11, f"Provider: {prov}  (In-Network)", "LS", 7.5)
        doc.text(300, cur.y + 11, f"Provider Patient Acct: {acct}", "LS", 7.5)
        cur.y += 26
        colhead(cur)

    def on_break(cur):
        furniture()
        cur.y = 80
        if hdr_state["claim"] is not None:
            claimhead(cur, hdr_state["claim"], cont=True)

    doc.new_page()
    furniture()
    doc.text(40, 80, "Subscriber: Renata Okafor-Lisle", "LSB", 9)
    doc.text(40, 92, "Member ID: CDX448120735   Group: 0071520 (Marlow Valley School District)", "LS", 8)
    doc.text(40, 104, "Statement date: 02/02/2026    Claims processed 01/01/2026 - 01/31/2026", "LS", 8)
    doc.box(360, 72, 212, 62, 0.95, 0.6)
    doc.text(368, 84, "Your 2026 deductible (family)", "LSB", 8)
    doc.text(368, 96, "Met so far: $150.00 of $1,500.00", "LS", 7.5)
    doc.text(368, 108, "Out-of-pocket max: $6,000.00", "LS", 7.5)
    doc.text(368, 120, "Questions? Call Member Services 1-800-555-0142", "LS", 7)
    cur = Cursor(doc, 80, 740, on_break)
    cur.y = 150
    for f in fam:
        pat, clm, acct, prov, svcs = f
        hdr_state["claim"] = f
        claimhead(cur, f)
        for s in svcs:
            words = s.desc
            wrapped = textwrap.wrap(words, 40)
            two = len(wrapped) > 1
            cur.need(11 + 9 * (len(wrapped) - 1))
            y = cur.y
            rmk = "R4" if s.denied else ("R1" if s.deductible else "")
            vals = [dfmt(s.dos, "mdy2"), wrapped[0], s.code + (" " + " ".join(s.mods) if s.mods else ""),
                    M(s.billed), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), rmk]
            cells(doc, y, cols, vals, "LS", 7)
            bls = [y]
            for extra in wrapped[1:]:
                cur.y += 9
                doc.text(90, cur.y, extra, "LS", 7)
            cur.y += 11
            doc.rule(40, cur.y - 7.5, 572, cur.y - 7.5, 0.2)
            o.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                             printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid"),
                             units=False, remarks=[rmk] if rmk else []), doc.page, bls, [7] * len(bls))
        hdr_state["claim"] = None
        cur.need(28)
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        tdd, tc, tco = total(svcs, "deductible"), total(svcs, "copay"), total(svcs, "coinsurance")
        vals = ["", "Claim Totals", "", M(tb), M(ta), M(tdd), M(tc), M(tco), M(tp), ""]
        cells(doc, cur.y, cols, vals, "LSB", 7)
        towe = total(svcs, "owes")
        doc.text(90, cur.y + 11, f"Your responsibility for this claim: {M(towe)}", "LSB", 7.5)
        o.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(tb, ta, tp, None)})
        cur.y += 30
    cur.need(70)
    doc.text(40, cur.y, "Remark codes", "LSB", 8)
    legend = [("R1", "Part of the allowed amount went toward the deductible."),
              ("R4", "This item is not a covered benefit of your plan; the provider may bill you for it.")]
    for i, (k, v) in enumerate(legend):
        doc.text(40, cur.y + 11 * (i + 1), f"{k}  {v}", "LS", 7.5)
    cur.y += 40
    doc.text(40, cur.y, "You have the right to appeal within 180 days of this notice. See the back page for how.", "LS", 7)
    pages = len(doc.pages)
    # page labels
    for i, ops in enumerate(doc.pages):
        ops.append(("t", 572, 770, f"Page {i + 1} of {pages}", "LS", 6.5, "r"))
    p = out_dir / name
    doc.save_reportlab(p)
    write_truth(p, "h85_c1", "reportlab", pages, "commercial member EOB, family", o.lines, o.claims, legend)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy2"),
                  "allowed_chain": lambda ln: False}


def finish(doc, out_dir, name, producer, layout, descr, o, legend, findings=(), label=None, font="LS", size=6.5):
    pages = len(doc.pages)
    if label:
        for i, ops in enumerate(doc.pages):
            x, y, al = label
            ops.append(("t", x, y, f"Page {i + 1} of {pages}", font, size, al))
    p = out_dir / name
    (doc.save_reportlab if producer == "reportlab" else doc.save_fpdf)(p)
    write_truth(p, layout, producer, pages, descr, o.lines, o.claims, legend, list(findings))
    return pages


# =============================================================================================== c2
def c2(out_dir: Path):
    """mutual-benefit plan 'Statement of Claims Processed', fpdf2 landscape DejaVu Serif Condensed, sidebar."""
    name = "h85_c2_benefit_statement_landscape.pdf"
    doc = Doc(landscape=True)
    M = lambda v: money(v, ",")  # noqa: E731
    o = Out()
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.76"))
    fam = [
        ("Wendell Yarrowby", "JMB-26-0007731", "44021-01", "Tidewater Rehab Associates", [
            mk(d(1, 6), "97161", 1, ("GP",)), mk(d(1, 6), "97110", 2, ("GP",)), mk(d(1, 9), "97110", 2, ("GP",)),
            mk(d(1, 9), "97140", 1, ("GP", "59")), mk(d(1, 13), "97112", 2, ("GP",)), mk(d(1, 13), "G0283", 1, ("GP",)),
        ]),
        ("Priya Yarrowby", "JMB-26-0007795", "44021-02", "Tidewater Rehab Associates", [
            mk(d(1, 7), "97166", 1, ("GO",)), mk(d(1, 7), "97530", 2, ("GO",)), mk(d(1, 14), "97530", 2, ("GO",)),
            mk(d(1, 14), "97535", 1, ("GO",)), mk(d(1, 21), "97530", 3, ("GO",)),
            mk(d(1, 21), "0552T", 1, (), denied="PR"),
        ]),
        ("Jonah Yarrowby", "JMB-26-0008012", "V-618830", "Sandpiper Speech & Language", [
            mk(d(1, 8), "92523", 1, ("GN",)), mk(d(1, 15), "92507", 1, ("GN",)), mk(d(1, 22), "92507", 1, ("GN",)),
            mk(d(1, 29), "92507", 1, ("GN",)),
        ]),
        ("Elsie Yarrowby", "JMB-26-0008150", "V-618842", "Sandpiper Speech & Language", [
            mk(d(1, 8), "92526", 1, ("GN",)), mk(d(1, 15), "92526", 1, ("GN",)), mk(d(1, 15), "92507", 1, ("GN",)),
            mk(d(1, 22), "92526", 1, ("GN",)), mk(d(1, 22), "92507", 1, ("GN",)), mk(d(1, 29), "92526", 1, ("GN",)),
            mk(d(1, 29), "92507", 1, ("GN",)), mk(d(1, 30), "92523", 1, ("GN", "59")),
        ]),
    ]
    for f in fam:
        for s in f[4]:
            commercial(s, st, deny_reason="96")
    X0 = 190
    heads = [("Date of", "Service"), ("Procedure", ""), ("Mod", ""), ("Units", ""), ("Charge", "Submitted"),
             ("Network", "Reduction"), ("Excluded", "Amount"), ("Eligible", "Expense"), ("Applied to", "Deductible"),
             ("Co-", "payment"), ("Co-", "insurance"), ("Benefit", "Paid"), ("Member", "Balance"), ("Rsn", "")]
    cols = [(X0, "l"), (X0 + 44, "l"), (X0 + 84, "l"), (X0 + 136, "r"), (X0 + 184, "r"), (X0 + 230, "r"),
            (X0 + 274, "r"), (X0 + 318, "r"), (X0 + 364, "r"), (X0 + 404, "r"), (X0 + 446, "r"), (X0 + 490, "r"),
            (X0 + 536, "r"), (X0 + 546, "l")]
    F, FB = "DRC", "DRCB"
    state = {"f": None}

    def furniture():
        doc.box(24, 24, 148, 564, 0.9, 0)
        doc.text(32, 46, "Juniper Mutual", FB, 12)
        doc.text(32, 60, "Benefit Association", FB, 10)
        for i, t in enumerate(["Member Services", "1-888-555-0190", "Mon-Fri 8am-6pm", "", "Mail appeals to:",
                               "JMBA Appeals Unit", "PO Box 7720", "Fennick, IA 50399", "", "Plan: Choice 70/30",
                               "Group: 5520-A Harbor Tool Works"]):
            doc.text(32, 84 + 11 * i, t, F, 7)
        doc.text(X0, 44, "STATEMENT OF CLAIMS PROCESSED", FB, 12)
        doc.text(768, 44, "This is not a bill.", F, 8, "r")
        doc.rule(X0, 52, 768, 52, 0.8)

    def colhead(cur):
        cur.need(22)
        for (x, al), (a, b) in zip(cols, heads):
            doc.text(x, cur.y, a, FB, 6.5, al)
            doc.text(x, cur.y + 8, b, FB, 6.5, al)
        doc.rule(X0, cur.y + 11, 768, cur.y + 11, 0.6)
        cur.y += 21

    def claimhead(cur, f, cont=False):
        cur.need(36)
        doc.text(X0, cur.y, f"For: {f[0]}", FB, 8.5)
        doc.text(X0 + 190, cur.y, f"Claim No. {f[1]}" + (" - continued" if cont else ""), F, 8)
        doc.text(X0 + 390, cur.y, f"Provider: {f[3]}", F, 8)
        doc.text(X0 + 190, cur.y + 10, f"Patient Account No. {f[2]}", F, 7.5)
        cur.y += 20
        colhead(cur)

    def on_break(cur):
        furniture()
        if state["f"]:
            claimhead(cur, state["f"], True)

    doc.new_page()
    furniture()
    doc.text(X0, 66, "Member: Wendell Yarrowby     ID: JMX-55102-7741     Statement Date: February 2, 2026", F, 8)
    cur = Cursor(doc, 66, 560, on_break)
    cur.y = 86
    findings = []
    for k, f in enumerate(fam):
        pat, clm, acct, prov, svcs = f
        state["f"] = f
        claimhead(cur, f)
        for s in svcs:
            cur.need(11)
            rsn = "96" if s.denied else ("D1" if s.deductible else "")
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.discount),
                    M(s.not_covered), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid),
                    M(s.owes), rsn]
            cells(doc, cur.y, cols, vals, F, 7)
            o.add(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                             printed=("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                      "coinsurance", "paid", "patient_owes"), remarks=[rsn] if rsn else []),
                  doc.page, [cur.y], [7])
            cur.y += 11
        state["f"] = None
        cur.need(26)
        tp = total(svcs, "paid")
        shown_p = tp + (Decimal("10.00") if k == 1 else 0)
        if k == 1:
            findings.append(f"claim-total-mismatch claim {clm}: printed Benefit Paid total {shown_p} but the lines "
                            f"add up to {tp}")
        doc.rule(X0, cur.y - 7, 768, cur.y - 7, 0.3)
        vals = ["Totals", "", "", "", M(total(svcs, "billed")), M(total(svcs, "discount")),
                M(total(svcs, "not_covered")), M(total(svcs, "allowed")), M(total(svcs, "deductible")),
                M(total(svcs, "copay")), M(total(svcs, "coinsurance")), M(shown_p), M(total(svcs, "owes")), ""]
        cells(doc, cur.y, cols, vals, FB, 7)
        o.claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), shown_p,
                                                total(svcs, "owes"))})
        cur.y += 24
    legend = [("D1", "Amount counted toward the member's calendar-year deductible."),
              ("96", "Service excluded under the plan document; member is responsible.")]
    cur.need(40)
    doc.text(X0, cur.y, "Reason codes:", FB, 7.5)
    for i, (k, v) in enumerate(legend):
        doc.text(X0 + 8, cur.y + 10 * (i + 1), f"{k} - {v}", F, 7)
    pages = finish(doc, out_dir, name, "fpdf2", "h85_c2", "mutual-benefit statement of claims processed", o, legend,
                   findings, label=(768, 580, "r"), font=F)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy4"),
                  "allowed_chain": lambda ln: False}


# =============================================================================================== m1
def m1(out_dir: Path):
    """Medicare Summary Notice Part B, reportlab portrait DejaVu Sans Condensed."""
    name = "h85_m1_medicare_summary_notice.pdf"
    doc = Doc()
    M = lambda v: money(v, "$")  # noqa: E731
    o = Out()
    st = PlanState(ded_left=Decimal("283.00"))
    pat = "GERTRUDE A. MOLLENKAMP"
    provs = [
        ("26-0112-4471-390", "Riverbend Outpatient Therapy, 880 Quarry Ln, Dunmore, PA 18599", [
            mk(d(1, 5), "97163", 1, ("GP",)), mk(d(1, 5), "97110", 2, ("GP",)), mk(d(1, 7), "97110", 2, ("GP", "KX")),
            mk(d(1, 7), "97140", 1, ("GP",)), mk(d(1, 9), "97112", 2, ("GP",)), mk(d(1, 9), "97116", 1, ("GP",)),
            mk(d(1, 12), "97110", 3, ("GP",)), mk(d(1, 12), "G0283", 1, ("GP",)),
            mk(d(1, 14), "97530", 2, ("GP",)), mk(d(1, 14), "0552T", 1, (), denied="PR"),
        ]),
        ("26-0120-5518-022", "Hollis Valley Orthopedics, 41 Mercer St, Dunmore, PA 18599", [
            mk(d(1, 16), "99213", 1, ()), mk(d(1, 16), "L3807", 1, ("RT",)),
        ]),
        ("26-0127-6603-115", "Riverbend Outpatient Therapy, 880 Quarry Ln, Dunmore, PA 18599", [
            mk(d(1, 19), "97110", 2, ("GP", "CQ")), mk(d(1, 19), "97112", 1, ("GP", "CQ")),
            mk(d(1, 21), "97530", 2, ("GP",)),
        ]),
    ]
    for _, _, svcs in provs:
        for s in svcs:
            medicare(s, st)
    F, FB = "DC", "DCB"
    cols = [(54, "l"), (282, "c"), (372, "r"), (432, "r"), (488, "r"), (540, "r"), (546, "l")]

    def top(cur=None):
        doc.text(54, 44, "Medicare Summary Notice for Part B (Medical Insurance)", FB, 12)
        doc.text(54, 58, f"{pat}   |   Notice date: February 2, 2026   |   Medicare number ending in 8K41", F, 7.5)
        doc.rule(54, 64, 558, 64, 1)

    def colhead(cur):
        cur.need(34)
        doc.box(52, cur.y - 9, 518, 30, 0.85, 0)
        hs = [("Service Provided &", "Billing Code"), ("Service", "Approved?"), ("Amount", "Provider Charged"),
              ("Medicare-", "Approved Amount"), ("Amount", "Medicare Paid"), ("Maximum You", "May Be Billed"),
              ("See", "Notes")]
        for (x, al), (a, b) in zip(cols, hs):
            doc.text(x, cur.y, a, FB, 6.8, al)
            doc.text(x, cur.y + 9, b, FB, 6.8, al)
        cur.y += 28

    state = {"p": None, "date": None}

    def on_break(cur):
        top()
        if state["p"]:
            doc.text(54, cur.y, f"{state['p'][1].split(',')[0]} (continued)", FB, 8.5)
            cur.y += 14
            colhead(cur)
            doc.text(54, cur.y, state["date"] + " (continued)", FB, 7.5)
            cur.y += 11

    doc.new_page()
    top()
    doc.text(54, 90, "Your Deductible Status", FB, 10)
    doc.text(54, 104, "Your deductible is what you must pay each year before Medicare starts to pay.", F, 8)
    doc.text(54, 116, "You have now met $283.00 of your $283.00 Part B deductible for 2026.", F, 8)
    doc.text(54, 140, "Your Claims & Costs This Period", FB, 10)
    y = 154
    for clm, prov, svcs in provs:
        doc.text(54, y, f"{prov.split(',')[0]}", F, 8)
        doc.text(400, y, f"Services dated {dfmt(svcs[0].dos, 'mon')}", F, 8)
        y += 11
    doc.text(54, y + 8, "If you have questions, call 1-800-555-0133 (TTY 1-877-555-0148).", F, 8)
    doc.new_page()
    top()
    cur = Cursor(doc, 82, 742, on_break)
    cur.y = 82
    for clm, prov, svcs in provs:
        state["p"] = (clm, prov)
        cur.need(60)
        doc.text(54, cur.y, prov, FB, 8.5)
        doc.text(54, cur.y + 11, f"Claim number {clm}   |   Received Jan {svcs[-1].dos.day + 3}, 2026", F, 7.5)
        cur.y += 24
        colhead(cur)
        last = None
        for s in svcs:
            if s.dos != last:
                cur.need(24)
                state["date"] = dfmt(s.dos, "mon")
                doc.text(54, cur.y, state["date"], FB, 7.5)
                cur.y += 11
                last = s.dos
            dsc = f"{s.desc} ({s.code})"
            two = len(dsc) > 46
            cur.need(20 if two else 11)
            notes = "C" if s.denied else ("A, B" if s.deductible else "A")
            vals = [dsc if not two else dsc[:dsc[:46].rfind(' ')], "No" if s.denied else "Yes", M(s.billed),
                    M(s.allowed), M(s.paid), M(s.owes), notes]
            cells(doc, cur.y, cols, vals, F, 7.3)
            bls = [cur.y]
            if two:
                doc.text(62, cur.y + 9, dsc[dsc[:46].rfind(' ') + 1:], F, 7.3)
                bls.append(cur.y + 9)
                cur.y += 9
            cur.y += 12
            o.add(truth_line(doc.page, s, claim_id=None, payer_claim_id=clm, patient=pat,
                             printed=("billed", "allowed", "paid", "patient_owes"), units=False, modifiers=False,
                             remarks=[n.strip() for n in notes.split(",")]), doc.page, bls, [7.3] * len(bls))
        state["p"] = None
        cur.need(16)
        vals = ["Total for this claim", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                M(total(svcs, "paid")), M(total(svcs, "owes")), ""]
        cells(doc, cur.y, cols, vals, FB, 7.3)
        doc.rule(54, cur.y + 4, 558, cur.y + 4, 0.4)
        o.claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        cur.y += 24
    legend = [("A", "The provider accepted assignment, so you can't be billed above the approved amount."),
              ("B", "Some or all of this approved amount went to your yearly deductible."),
              ("C", "Medicare doesn't cover this item. You may be billed because you signed a waiver.")]
    cur.need(60)
    doc.text(54, cur.y, "Notes for Claims Above", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(54, cur.y + 12 * (i + 1), f"{k}  {v}", F, 7.5)
    finish(doc, out_dir, name, "reportlab", "h85_m1", "Medicare Summary Notice Part B", o, legend,
           label=(558, 770, "r"), font=F)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mon"),
                  "date_in_row": False}


# =============================================================================================== m2
def m2(out_dir: Path):
    """Medicare Advantage HMO member EOB, fpdf2 portrait Liberation Serif."""
    name = "h85_m2_medicare_advantage_eob.pdf"
    doc = Doc()
    M = lambda v: money(v, "$")  # noqa: E731
    o = Out()
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70"))
    pat = "Ignatius P. Threlkeld"
    claims = [
        ("MA260118-00452", "HHT-77031", "Harbor Hand & Upper Limb Therapy", [
            mk(d(1, 6), "97166", 1, ("GO",)), mk(d(1, 6), "97760", 1, ("GO",)), mk(d(1, 6), "L3807", 1, ("LT",)),
            mk(d(1, 9), "97530", 2, ("GO",)), mk(d(1, 9), "97140", 1, ("GO",)),
            mk(d(1, 13), "97530", 2, ("GO", "CO")), mk(d(1, 13), "97110", 1, ("GO", "CO")),
        ]),
        ("MA260125-01980", "HHT-77204", "Harbor Hand & Upper Limb Therapy", [
            mk(d(1, 16), "97530", 2, ("GO",)), mk(d(1, 16), "97535", 1, ("GO",)),
            mk(d(1, 20), "97530", 2, ("GO",)), mk(d(1, 20), "97168", 1, ("GO",)),
            mk(d(1, 23), "97129", 2, ("GO",), denied="CO"),
        ]),
        ("MA260129-02311", "4410982", "Dr. Mirela Santangelo, Primary Care", [mk(d(1, 26), "99213", 1, ())]),
    ]
    for c in claims:
        for s in c[3]:
            commercial(s, st, deny_reason="197")
    F, FB = "LR", "LRB"
    cols = [(46, "l"), (106, "l"), (262, "l"), (318, "r"), (368, "r"), (418, "r"), (466, "r"), (516, "r"),
            (528, "l")]
    hs = [("Date of", "service"), ("Service you received", ""), ("Code", ""), ("Units", ""), ("Provider", "charged"),
          ("Plan", "approved"), ("Plan", "paid"), ("Your", "share"), ("Note", "")]
    state = {"c": None}

    def top():
        doc.text(46, 40, "Evergreen Senior Advantage (HMO)", FB, 12)
        doc.text(46, 53, "Explanation of Benefits for Part C medical services - January 2026", F, 9)
        doc.text(566, 40, pat, F, 8.5, "r")
        doc.text(566, 51, "Member ID: ESA-0039-27715", F, 8, "r")
        doc.rule(46, 60, 566, 60, 0.8)
        doc.text(306, 770, "Evergreen Senior Advantage is an HMO plan with a Medicare contract. H9912_EOB26_M", F, 6.5,
                 "c")

    def colhead(cur):
        cur.need(30)
        for (x, al), (a, b) in zip(cols, hs):
            doc.text(x, cur.y, a, FB, 7.2, al)
            doc.text(x, cur.y + 9, b, FB, 7.2, al)
        doc.rule(46, cur.y + 12, 566, cur.y + 12, 0.6)
        cur.y += 23

    def claimhead(cur, c, cont=False):
        cur.need(46)
        doc.box(46, cur.y - 10, 520, 27, 0.92, 0.4)
        doc.text(52, cur.y, f"Claim number {c[0]}" + ("  (continued from previous page)" if cont else ""), FB, 8.5)
        doc.text(52, cur.y + 11, f"{c[2]}   -   Provider's patient account {c[1]}   -   In network", F, 8)
        cur.y += 30
        colhead(cur)

    def on_break(cur):
        top()
        if state["c"]:
            claimhead(cur, state["c"], True)

    doc.new_page()
    top()
    doc.box(46, 72, 520, 70, None, 0.8)
    doc.text(54, 86, "Your medical costs this month", FB, 9.5)
    allsv = [s for c in claims for s in c[3]]
    doc.text(54, 100, f"Total the plan paid: {M(total(allsv, 'paid'))}", F, 8.5)
    doc.text(54, 112, f"Total your share: {M(total(allsv, 'owes'))}", F, 8.5)
    doc.text(300, 100, "Maximum out-of-pocket for 2026: $4,900.00", F, 8.5)
    doc.text(300, 112, f"Spent so far this year: {M(total(allsv, 'owes'))}", F, 8.5)
    doc.text(54, 130, "This is not a bill. Keep it for your records.", F, 8)
    cur = Cursor(doc, 74, 740, on_break)
    cur.y = 166
    for c in claims:
        state["c"] = c
        claimhead(cur, c)
        for s in c[3]:
            dsc = s.desc
            two = len(dsc) > 30
            cur.need(20 if two else 11)
            note = "N3" if s.denied else ("N1" if s.copay else "")
            first = dsc if not two else dsc[:dsc[:30].rfind(" ")]
            vals = [dfmt(s.dos, "mdy4"), first, "-".join((s.code,) + s.mods), units_str(s.units), M(s.billed),
                    M(s.allowed), M(s.paid), M(s.owes), note]
            cells(doc, cur.y, cols, vals, F, 7.6)
            bls = [cur.y]
            if two:
                doc.text(110, cur.y + 9, dsc[len(first) + 1:], F, 7.6)
                cur.y += 9
            cur.y += 12
            o.add(truth_line(doc.page, s, claim_id=c[1], payer_claim_id=c[0], patient=pat,
                             printed=("billed", "allowed", "paid", "patient_owes"), remarks=[note] if note else []),
                  doc.page, bls, [7.6])
        state["c"] = None
        cur.need(14)
        svcs = c[3]
        vals = ["", "Claim total", "", "", M(total(svcs, "billed")), M(total(svcs, "allowed")),
                M(total(svcs, "paid")), M(total(svcs, "owes")), ""]
        cells(doc, cur.y, cols, vals, FB, 7.6)
        o.claims.append({"claim_id": c[1], "payer_claim_id": c[0], "patient": pat,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        cur.y += 24
    legend = [("N1", "Your share is the office-visit copayment for this date."),
              ("N3", "Not covered under your plan's benefit rules; the network provider cannot bill you.")]
    cur.need(44)
    doc.text(46, cur.y, "Notes", FB, 9)
    for i, (k, v) in enumerate(legend):
        doc.text(46, cur.y + 11 * (i + 1), f"{k}: {v}", F, 7.8)
    finish(doc, out_dir, name, "fpdf2", "h85_m2", "Medicare Advantage HMO member EOB", o, legend,
           label=(566, 782, "r"), font=F)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy4"), "glued": True,
                  "allowed_chain": lambda ln: Decimal(ln["allowed"]) - Decimal(ln["patient_owes"]) == Decimal(ln["paid"])}


# =============================================================================================== d1
def d1(out_dir: Path):
    """State Medicaid RA, fpdf2 landscape core Courier, PAID / DENIED / ADJUSTED sections."""
    name = "h85_d1_medicaid_ra_courier.pdf"
    doc = Doc(landscape=True)
    M = lambda v: money(v, "", "trail")  # noqa: E731
    o = Out()
    F, FB, SZ = "Cour", "CourB", 7.4
    paid = [
        ("LOPEZ-HANNA, MIRA", "71002284516", "2226027004118000", "TC-44810", [
            mk(d(1, 5), "97165", 1, ("GO",)), mk(d(1, 5), "97530", 2, ("GO",)),
            mk(d(1, 6), "97530", 8, ("GO",), end=d(1, 9)), mk(d(1, 12), "97535", 2, ("GO",)),
            mk(d(1, 12), "97112", 2, ("GO", "59")),
        ]),
        ("BRANNIGAN, OSCAR", "71002290038", "2226027004118100", "TC-44833", [
            mk(d(1, 7), "92523", 1, ("GN",)), mk(d(1, 14), "92507", 1, ("GN",)), mk(d(1, 21), "92507", 1, ("GN",)),
            mk(d(1, 28), "92507", 1, ("GN",)),
        ]),
        ("LOPEZ-HANNA, TEO", "71002284524", "2226027004118200", "TC-44811", [
            mk(d(1, 8), "97166", 1, ("GO",)), mk(d(1, 8), "97110", 2, ("GO",)), mk(d(1, 15), "97530", 3, ("GO",)),
            mk(d(1, 15), "97140", 1, ("GO",)), mk(d(1, 22), "97530", 3, ("GO",)), mk(d(1, 22), "97760", 1, ("GO",)),
            mk(d(1, 29), "97530", 3, ("GO",)),
        ]),
        ("ESTRADA-VOLK, RUBEN", "71002295631", "2226027004118250", "TC-44838", [
            mk(d(1, 5), "97161", 1, ("GP",)), mk(d(1, 5), "97110", 2, ("GP",)), mk(d(1, 7), "97110", 3, ("GP",)),
            mk(d(1, 7), "97140", 2, ("GP", "59")), mk(d(1, 12), "97110", 12, ("GP",), end=d(1, 16)),
            mk(d(1, 12), "97116", 4, ("GP",), end=d(1, 16)), mk(d(1, 19), "97110", 3, ("GP",)),
            mk(d(1, 19), "97112", 2, ("GP",)), mk(d(1, 21), "97110", 3, ("GP",)), mk(d(1, 21), "97530", 2, ("GP",)),
            mk(d(1, 26), "97110", 3, ("GP",)), mk(d(1, 26), "G0283", 1, ("GP",)),
        ]),
    ]
    denied = [("QUILLFEATHER, JUNE", "71002301177", "2226027004118300", "TC-44850", [
        mk(d(1, 9), "97129", 2, ("GO",), denied="CO"), mk(d(1, 9), "97150", 1, ("GO",), denied="CO")])]
    orig = mk(d(12, 15) - timedelta(days=365), "97530", 4, ("GO",))
    medicaid(orig)
    adj = [("BRANNIGAN, OSCAR", "71002290038", "2226027004118400", "TC-43907", [negate(orig)]),
           ("BRANNIGAN, OSCAR", "71002290038", "2226027004118401", "TC-43907", [mk(orig.dos, "97530", 3, ("GO",))])]
    for grp in (paid, adj[1:]):
        for c in grp:
            for s in c[4]:
                medicaid(s)
    for c in denied:
        for s in c[4]:
            medicaid(s, deny_reason="204")
    X = [30, 52, 104, 156, 196, 216, 236, 290, 350, 410, 458, 506, 566, 620]
    hs = ["LN", "FROM DOS", "TO DOS", "PROC", "M1", "M2", "UNITS", "BILLED AMT", "ALLOWED AMT", "TPL AMT",
          "CO-PAY", "PAID AMT", "EOB CODES", ""]
    cols = [(X[0], "l"), (X[1], "l"), (X[2], "l"), (X[3], "l"), (X[4], "l"), (X[5], "l"), (X[6] + 28, "r"),
            (X[7] + 40, "r"), (X[8] + 44, "r"), (X[9] + 34, "r"), (X[10] + 30, "r"), (X[11] + 38, "r"),
            (X[12], "l")]
    state = {"sec": None, "c": None}

    def top():
        doc.text(30, 30, "STATE OF NEW CALDERA  DEPARTMENT OF HEALTH AND FAMILY SERVICES  MEDICAL ASSISTANCE PROGRAM",
                 FB, 8)
        doc.text(30, 40, "PROVIDER REMITTANCE ADVICE", FB, 8)
        doc.text(30, 52, "PAYEE: KESTREL CREEK THERAPY GROUP LLC      PROVIDER NO: 0041887203      RA NO: 2026004417"
                 "      WARRANT DATE: 01/30/2026", F, SZ)
        doc.text(30, 60, "-" * 150, F, SZ)

    def colhead(cur):
        cur.need(14)
        cells(doc, cur.y, [(x, a) for x, a in cols], hs, FB, SZ)
        cur.y += 9

    def claimhead(cur, c, cont=False):
        cur.need(34)
        doc.text(30, cur.y, f"RECIP: {c[0]:<22} RECIP ID: {c[1]}   ICN: {c[2]}   PAT ACCT: {c[3]}"
                 + ("   *CONTINUED*" if cont else ""), FB, SZ)
        cur.y += 10
        colhead(cur)

    def on_break(cur):
        top()
        cur.y = 74
        if state["sec"]:
            doc.text(30, cur.y, state["sec"] + " (CONT)", FB, 8)
            cur.y += 12
        if state["c"]:
            claimhead(cur, state["c"], True)

    doc.new_page()
    top()
    cur = Cursor(doc, 74, 560, on_break)
    for sec, grp, eob in (("CLAIMS PAID", paid, None), ("CLAIMS DENIED", denied, "0204"),
                          ("CLAIMS ADJUSTED", adj, None)):
        cur.need(40)
        state["sec"] = sec
        doc.text(30, cur.y, sec, FB, 8)
        cur.y += 12
        for c in grp:
            state["c"] = c
            claimhead(cur, c)
            for i, s in enumerate(c[4], 1):
                cur.need(10)
                codes = "0204 0940" if s.denied else ("0501" if s.paid < 0 else ("0012" if s.discount else ""))
                codes = codes or "0001"
                vals = [f"{i:02d}", dfmt(s.dos, "mdy4"), dfmt(s.end or s.dos, "mdy4"), s.code,
                        s.mods[0] if s.mods else "", s.mods[1] if len(s.mods) > 1 else "",
                        f"{s.units:.2f}" if s.units >= 0 else f"{s.units:.2f}", M(s.billed), M(s.allowed),
                        M(Decimal(0)), M(Decimal(0)), M(s.paid), codes]
                cells(doc, cur.y, cols, vals, F, SZ)
                o.add(truth_line(doc.page, s, claim_id=c[3], payer_claim_id=c[2], patient=c[0],
                                 printed=("billed", "allowed", "paid"), service_end=s.end,
                                 remarks=codes.split()), doc.page, [cur.y], [SZ])
                cur.y += 9.5
            state["c"] = None
            cur.need(12)
            svcs = c[4]
            doc.text(30, cur.y, "CLAIM TOTAL", FB, SZ)
            cells(doc, cur.y, cols[7:12], [M(total(svcs, "billed")), M(total(svcs, "allowed")), M(Decimal(0)),
                                          M(Decimal(0)), M(total(svcs, "paid"))], FB, SZ)
            o.claims.append({"claim_id": c[3], "payer_claim_id": c[2], "patient": c[0],
                             "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"),
                                                    total(svcs, "paid"))})
            cur.y += 16
        state["sec"] = None
    legend = [("0001", "Paid in full at the program rate."), ("0012", "Reduced to the program fee schedule."),
              ("0204", "Service not payable under the member's benefit package."),
              ("0940", "Provider may not bill the member for this denial."),
              ("0501", "Credit: prior payment for this claim recovered; see replacement claim.")]
    cur.need(70)
    doc.text(30, cur.y, "EOB CODE DESCRIPTIONS", FB, 8)
    for i, (k, v) in enumerate(legend):
        doc.text(30, cur.y + 9 * (i + 1), f"{k}  {v}", F, SZ)
    finish(doc, out_dir, name, "fpdf2", "h85_d1", "state Medicaid RA, Courier", o, legend, label=(762, 40, "r"),
           font=F, size=SZ)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": lambda u: f"{u:.2f}", "dfmt": lambda x: dfmt(x, "mdy4")}


# =============================================================================================== d2
def d2(out_dir: Path):
    """Medicaid managed-care RA, reportlab portrait Liberation Sans Narrow, boxed claims, stacked adjustments."""
    name = "h85_d2_medicaid_mco_remit.pdf"
    doc = Doc()
    M = lambda v: money(v, ",")  # noqa: E731
    o = Out()
    F, FB, SZ = "LN", "LNB", 7.4
    claims = [
        ("Delacroix, Amelie R", "CM4410287", "26019E00431", "PCN-8820-01", [
            mk(d(1, 5), "92523", 1, ("GN",)), mk(d(1, 12), "92507", 1, ("GN",)), mk(d(1, 19), "92507", 1, ("GN",)),
            mk(d(1, 26), "92526", 1, ("GN",)),
        ]),
        ("Okonkwo, Bartholomew", "CM4410551", "26019E00432", "PCN-8820-02", [
            mk(d(1, 6), "97163", 1, ("GP",)), mk(d(1, 6), "97110", 3, ("GP",)), mk(d(1, 8), "97110", 3, ("GP",)),
            mk(d(1, 8), "97140", 2, ("GP", "59")), mk(d(1, 13), "97112", 2, ("GP",)), mk(d(1, 13), "97116", 2, ("GP",)),
            mk(d(1, 15), "97110", 3, ("GP",)), mk(d(1, 15), "97530", 2, ("GP",)), mk(d(1, 20), "97110", 3, ("GP",)),
            mk(d(1, 20), "G0283", 1, ("GP",), denied="CO"),
        ]),
        ("Delacroix, Hugo M", "CM4410290", "26019E00433", "PCN-8820-03", [
            mk(d(1, 7), "97167", 1, ("GO",)), mk(d(1, 14), "97530", 3, ("GO",)), mk(d(1, 14), "97535", 1, ("GO",)),
            mk(d(1, 21), "97530", 3, ("GO",)), mk(d(1, 28), "97129", 2, ("GO",)),
        ]),
    ]
    for c in claims:
        for s in c[4]:
            medicaid(s, deny_reason="96")
            if s.denied:
                s.remarks = ["N130"]
    cols = [(44, "l"), (64, "l"), (150, "l"), (220, "r"), (268, "r"), (316, "r"), (362, "r"), (376, "l"),
            (420, "l"), (482, "r"), (500, "l")]
    hs = ["Ln", "Service Dates", "Proc / Mods", "Units", "Billed", "Allowed", "Paid", "Status", "Adj Grp-Rsn",
          "Adj Amount", "RARC"]
    state = {"c": None}

    def top():
        doc.text(44, 40, "BLUE HERON COMMUNITY HEALTH PLAN", FB, 12)
        doc.text(44, 51, "A Medicaid managed care plan of the State of Westmarch", F, 8)
        doc.text(568, 40, "Provider Remittance Advice", FB, 11, "r")
        doc.text(568, 51, "Payee: Lantern Point Rehabilitation  NPI 1942087731  TIN ***4410", F, 7.5, "r")
        doc.text(568, 61, "EFT Trace 9903318822   Payment Date 01/31/2026", F, 7.5, "r")
        doc.rule(44, 67, 568, 67, 1)

    def colhead(cur):
        cur.need(22)
        doc.box(42, cur.y - 8, 528, 12, 0.8, 0)
        cells(doc, cur.y, cols, hs, FB, 7)
        cur.y += 12

    def claimhead(cur, c, cont=False):
        cur.need(50)
        doc.box(42, cur.y - 9, 528, 24, None, 0.9)
        doc.text(48, cur.y, f"Member: {c[0]}", FB, 8)
        doc.text(210, cur.y, f"Member ID: {c[1]}", F, 8)
        doc.text(360, cur.y, f"Claim (TCN): {c[2]}" + ("  cont." if cont else ""), F, 8)
        doc.text(48, cur.y + 10, f"Patient Control No: {c[3]}", F, 7.5)
        doc.text(210, cur.y + 10, "Rendering: T. Vasquez-Moor, PT / CCC-SLP", F, 7.5)
        cur.y += 25
        colhead(cur)

    def on_break(cur):
        top()
        if state["c"]:
            claimhead(cur, state["c"], True)

    doc.new_page()
    top()
    cur = Cursor(doc, 84, 736, on_break)
    for c in claims:
        state["c"] = c
        claimhead(cur, c)
        for i, s in enumerate(c[4], 1):
            adjs = [a for a in s.adjs if a[2]]
            h = 10 * max(1, len(adjs))
            cur.need(h + 1)
            status = "DENY" if s.denied else "PAY"
            vals = [str(i), dfmt(s.dos, "mdy4"), " ".join((s.code,) + s.mods), units_str(s.units), M(s.billed),
                    M(s.allowed), M(s.paid), status,
                    f"{adjs[0][0]}-{adjs[0][1]}" if adjs else "", M(adjs[0][2]) if adjs else "",
                    " ".join(s.remarks)]
            cells(doc, cur.y, cols, vals, F, SZ)
            bls = [cur.y]
            for a in adjs[1:]:
                cur.y += 10
                cells(doc, cur.y, cols[8:10], [f"{a[0]}-{a[1]}", M(a[2])], F, SZ)
                bls.append(cur.y)
            cur.y += 10
            doc.rule(44, cur.y - 7.5, 568, cur.y - 7.5, 0.15)
            o.add(truth_line(doc.page, s, claim_id=c[3], payer_claim_id=c[2], patient=c[0],
                             printed=("billed", "allowed", "paid"), adjustments=adjs, remarks=s.remarks),
                  doc.page, bls, [SZ] * len(bls))
        state["c"] = None
        cur.need(14)
        svcs = c[4]
        doc.text(64, cur.y + 2, "Claim totals", FB, SZ)
        cells(doc, cur.y + 2, cols[4:7], [M(total(svcs, "billed")), M(total(svcs, "allowed")),
                                          M(total(svcs, "paid"))], FB, SZ)
        o.claims.append({"claim_id": c[3], "payer_claim_id": c[2], "patient": c[0],
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        cur.y += 22
    legend = [("CO-45", "Charge above the plan's contracted rate (provider write-off)."),
              ("CO-96", "Service is outside the member's covered benefits."),
              ("N130", "Check the plan's benefit guide for limits that apply to this service.")]
    cur.need(50)
    doc.text(44, cur.y, "Code glossary", FB, 8.5)
    for i, (k, v) in enumerate(legend):
        doc.text(44, cur.y + 10 * (i + 1), f"{k}   {v}", F, 7.5)
    finish(doc, out_dir, name, "reportlab", "h85_d2", "Medicaid MCO remittance", o, legend, label=(306, 770, "c"),
           font=F)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy4"), "all_adj": True}


# =============================================================================================== p1
def p1(out_dir: Path):
    """Clearinghouse print of a Medicare standard paper remit, reportlab portrait Liberation Mono."""
    name = "h85_p1_medicare_paper_remit_mono.pdf"
    doc = Doc()
    M = lambda v: money(v, "")  # noqa: E731
    o = Out()
    F, FB, SZ = "LM", "LMB", 6.6
    st = PlanState(ded_left=Decimal("60.00"))
    claims = [
        ("KOWALCZYK, ANDRIES", "3QX7TR5WK22", "RCH-55102", "0226026118340", [
            mk(d(1, 5), "97161", 1, ("GP",)), mk(d(1, 5), "97110", 2, ("GP",)), mk(d(1, 7), "97140", 1, ("GP",)),
            mk(d(1, 7), "97112", 2, ("GP", "KX"))]),
        ("FAIRWEATHER, LOUELLA", "7HN2KD8MP41", "RCH-55133", "0226026118341", [
            mk(d(1, 6), "97165", 1, ("GO",)), mk(d(1, 6), "97530", 3, ("GO",)), mk(d(1, 8), "97530", 2, ("GO", "CO")),
            mk(d(1, 8), "97535", 1, ("GO", "CO")), mk(d(1, 13), "97530", 3, ("GO",)), mk(d(1, 13), "97760", 1, ("GO",)),
            mk(d(1, 15), "97530", 3, ("GO",)), mk(d(1, 15), "0552T", 1, (), denied="CO")]),
        ("ABERNATHY-SOLE, PIERCE", "5TR9WQ1ZX08", "RCH-55160", "0226026118342", [
            mk(d(1, 9), "92523", 1, ("GN",)), mk(d(1, 16), "92507", 1, ("GN",)), mk(d(1, 23), "92507", 1, ("GN",))]),
        ("KOWALCZYK, ANDRIES", "3QX7TR5WK22", "RCH-55188", "0226026118343", [
            mk(d(1, 12), "97110", 3, ("GP",)), mk(d(1, 12), "G0283", 1, ("GP",)), mk(d(1, 14), "97116", 2, ("GP",)),
            mk(d(1, 14), "97110", 2, ("GP",)), mk(d(1, 19), "97110", 3, ("GP", "KX")),
            mk(d(1, 19), "97140", 1, ("GP", "59")), mk(d(1, 21), "97110", 2, ("GP", "CQ")),
            mk(d(1, 21), "97112", 2, ("GP", "CQ")), mk(d(1, 23), "97530", 2, ("GP",))]),
    ]
    for c in claims:
        for s in c[4]:
            medicare(s, st)
    cols = [(36, "l"), (96, "l"), (152, "l"), (180, "r"), (184, "l"), (216, "l"), (296, "r"), (340, "r"),
            (380, "r"), (420, "r"), (428, "l"), (576, "r")]
    hs = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
          "GRP/RC-AMT", "PROV PD"]

    def top():
        doc.text(36, 36, "SUMMIT GATE CLAIMS EXCHANGE - REMITTANCE PRINT IMAGE", FB, 8)
        doc.text(36, 46, "MEDICARE PART B - JURISDICTION 19 MAC (NORTHERN PLAINS)   MEDICARE REMITTANCE NOTICE", F, SZ)
        doc.text(36, 56, "RUDDY OAK THERAPY & REHAB      NPI: 1366028841   PROVIDER #: RO41172   DATE: 01/29/2026   "
                     "CHECK/EFT #: 118802446", F, SZ)
        doc.rule(36, 61, 576, 61, 0.5)
        cells(doc, 72, cols, hs, FB, SZ)
        doc.rule(36, 76, 576, 76, 0.5)

    doc.new_page()
    top()
    cur = Cursor(doc, 88, 744, lambda c: top())
    cur.y = 88
    allsv = []
    for nm, mid, acnt, icn, svcs in claims:
        cur.need(40)
        doc.text(36, cur.y, f"NAME {nm:<24} MID {mid}  ACNT {acnt}  ICN {icn}  ASG Y  MOA MA01", F, SZ)
        cur.y += 10
        for s in svcs:
            adjs = [a for a in s.adjs if a[2]]
            cur.need(9 * len(adjs) + 2)
            vals = ["1548820713", f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, " ".join(s.mods),
                    M(s.billed), M(s.allowed), M(s.deductible), M(s.coinsurance),
                    f"{adjs[0][0]}-{adjs[0][1]} {M(adjs[0][2])}", M(s.paid)]
            cells(doc, cur.y, cols, vals, F, SZ)
            bls = [cur.y]
            for a in adjs[1:]:
                cur.y += 9
                doc.text(428, cur.y, f"{a[0]}-{a[1]} {M(a[2])}", F, SZ)
                bls.append(cur.y)
            rem = []
            if s.denied:
                cur.y += 9
                doc.text(96, cur.y, "REM: N425 M127", F, SZ)
                bls.append(cur.y)
                rem = ["N425", "M127"]
            cur.y += 10
            o.add(truth_line(doc.page, s, claim_id=acnt, payer_claim_id=icn, patient=nm,
                             printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=adjs,
                             remarks=rem), doc.page, bls, [SZ] * len(bls))
        cur.need(22)
        pr = total(svcs, "owes")
        doc.text(36, cur.y, f"PT RESP {M(pr):>9}", F, SZ)
        doc.text(150, cur.y, "CLAIM TOTALS", F, SZ)
        cells(doc, cur.y, [cols[6], cols[7], cols[8], cols[9], cols[11]],
              [M(total(svcs, "billed")), M(total(svcs, "allowed")), M(total(svcs, "deductible")),
               M(total(svcs, "coinsurance")), M(total(svcs, "paid"))], F, SZ)
        doc.text(440, cur.y + 9, f"NET {M(total(svcs, 'paid'))}", F, SZ)
        o.claims.append({"claim_id": acnt, "payer_claim_id": icn, "patient": nm,
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"))})
        allsv += svcs
        cur.y += 24
    cur.need(50)
    doc.text(36, cur.y, f"TOTALS: # OF CLAIMS {len(claims)}   BILLED AMT {M(total(allsv, 'billed'))}   ALLOWED AMT "
             f"{M(total(allsv, 'allowed'))}   PROV PD AMT {M(total(allsv, 'paid'))}   CHECK AMT "
             f"{M(total(allsv, 'paid'))}", FB, SZ)
    legend = [("MA01", "Appeal rights notice."), ("N425", "Statutorily excluded service."),
              ("M127", "Missing documentation notice.")]
    finish(doc, out_dir, name, "reportlab", "h85_p1", "clearinghouse print of Medicare paper remit", o, legend,
           label=(576, 36, "r"), font=F, size=SZ)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy6"), "all_adj": True}


# =============================================================================================== p2
def p2(out_dir: Path):
    """Practice-management 'Payment Application' report of a Medicare deposit, fpdf2 landscape Liberation Sans."""
    name = "h85_p2_pm_payment_application.pdf"
    doc = Doc(landscape=True)
    M = lambda v: money(v, ",", "()")  # noqa: E731
    o = Out()
    F, FB, SZ = "LS", "LSB", 7
    st = PlanState(ded_left=Decimal("0.00"))
    claims = [
        ("Halvorsen, Britta K", "100457", "22126019004410", [
            mk(d(1, 6), "97530", 3, ("GO",)), mk(d(1, 6), "97535", 1, ("GO",)), mk(d(1, 8), "97530", 2, ("GO",)),
            mk(d(1, 8), "97112", 1, ("GO", "59"))]),
        ("Mbeki-Rowan, Theodore", "100481", "22126019004411", [
            mk(d(1, 7), "97163", 1, ("GP",)), mk(d(1, 7), "97110", 2, ("GP",)), mk(d(1, 9), "97110", 3, ("GP", "KX")),
            mk(d(1, 9), "97140", 1, ("GP", "59")), mk(d(1, 14), "97116", 2, ("GP",)),
            mk(d(1, 14), "97110", 2, ("GP", "CQ")), mk(d(1, 16), "97530", 2, ("GP",)),
            mk(d(1, 16), "97112", 1, ("GP",))]),
        ("Halvorsen, Britta K", "100457", "22126019004412", [mk(d(1, 13), "97168", 1, ("GO",)),
                                                            mk(d(1, 13), "97129", 1, ("GO",), denied="PR")]),
    ]
    for c in claims:
        for s in c[3]:
            medicare(s, st)
    orig = mk(d(12, 30) - timedelta(days=365), "97110", 3, ("GP",))
    medicare(orig, PlanState())
    claims.append(("Quintero, Lucille", "100399", "22126019004299", [negate(orig)]))
    X = [30, 84, 112, 150, 178, 226, 272, 318, 360, 404, 438, 482, 530, 574, 620, 668, 700]
    cols = [(30, "l"), (84, "l"), (114, "l"), (164, "r"), (216, "r"), (262, "r"), (306, "r"), (350, "r"),
            (360, "l"), (430, "r"), (478, "r"), (522, "r"), (534, "l"), (580, "l")]
    hs = [("DOS", ""), ("CPT", ""), ("Mod", ""), ("Units", ""), ("Charge", ""), ("Allowed", ""), ("Deductible", ""),
          ("Coins", ""), ("Adj Code", ""), ("Adj Amt", ""), ("Payment", ""), ("Pt Resp", ""), ("Remark", ""),
          ("Posted", "")]
    state = {"c": None}

    def top():
        doc.text(30, 34, "ThriveLine Practice Manager  -  Payment Application Report", FB, 11)
        doc.text(30, 46, "Practice: Cobalt River Physical & Occupational Therapy   Deposit 26-0131-02   Payer: Medicare "
                 "Part B (MAC J6)   EFT 73310955   Printed 02/02/2026 08:14 by jdrummond", F, 7)
        doc.rule(30, 51, 762, 51, 0.8)

    def colhead(cur):
        cur.need(20)
        doc.box(30, cur.y - 8, 732, 11, 0.9, 0.3)
        cells(doc, cur.y, cols, [h[0] for h in hs], FB, 6.8)
        cur.y += 12

    def claimhead(cur, c, cont=False):
        cur.need(36)
        doc.text(30, cur.y, f"{c[0]}   Acct# {c[1]}   Payer Claim# {c[2]}" + ("   (cont'd)" if cont else ""), FB, 7.8)
        cur.y += 10
        colhead(cur)

    def on_break(cur):
        top()
        if state["c"]:
            claimhead(cur, state["c"], True)

    doc.new_page()
    top()
    cur = Cursor(doc, 66, 560, on_break)
    for c in claims:
        state["c"] = c
        claimhead(cur, c)
        for s in c[3]:
            adjs = [a for a in s.adjs if a[2] and a[0] != "PR"]
            adjs = [a for a in s.adjs if a[2]]
            cur.need(10 * max(1, len(adjs)) + 1)
            rmk = "N130" if s.denied else ("MA01" if s.paid < 0 else "")
            vals = [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),
                    M(s.deductible), M(s.coinsurance), f"{adjs[0][0]}{adjs[0][1]}", M(adjs[0][2]), M(s.paid),
                    M(s.owes), rmk, "Y"]
            cells(doc, cur.y, cols, vals, F, SZ)
            bls = [cur.y]
            for a in adjs[1:]:
                cur.y += 9
                cells(doc, cur.y, cols[8:10], [f"{a[0]}{a[1]}", M(a[2])], F, SZ)
                bls.append(cur.y)
            cur.y += 10
            doc.rule(30, cur.y - 7, 762, cur.y - 7, 0.15)
            o.add(truth_line(doc.page, s, claim_id=c[1], payer_claim_id=c[2], patient=c[0],
                             printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                             adjustments=adjs, remarks=[rmk] if rmk else []), doc.page, bls, [SZ] * len(bls))
        state["c"] = None
        cur.need(16)
        svcs = c[3]
        doc.text(84, cur.y, "Claim total", FB, SZ)
        cells(doc, cur.y, [cols[4], cols[5], cols[6], cols[7], cols[10], cols[11]],
              [M(total(svcs, "billed")), M(total(svcs, "allowed")), M(total(svcs, "deductible")),
               M(total(svcs, "coinsurance")), M(total(svcs, "paid")), M(total(svcs, "owes"))], FB, SZ)
        o.claims.append({"claim_id": c[1], "payer_claim_id": c[2], "patient": c[0],
                         "totals": claim_totals(total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid"),
                                                total(svcs, "owes"))})
        cur.y += 20
    legend = []
    finish(doc, out_dir, name, "fpdf2", "h85_p2", "PM payment application report", o, legend,
           label=(762, 590, "r"), font=F)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy2"), "all_adj": True,
                  "adjfmt": lambda g, c: f"{g}{c}", "glued": True}


# =============================================================================================== s1
def s1(out_dir: Path):
    """Pediatric therapy clinic family statement, fpdf2 portrait DejaVu Sans, running ledger."""
    name = "h85_s1_clinic_family_statement.pdf"
    doc = Doc()
    M = lambda v: money(v, "$", "()")  # noqa: E731
    o = Out()
    F, FB, SZ = "DS", "DSB", 6.6
    st = PlanState(ded_left=Decimal("40.00"), coins_rate=Decimal("0.10"))
    kids = [("Liam Vandermeer", [("INV-20931", [mk(d(1, 5), "97166", 1, ("GO",)), mk(d(1, 5), "97530", 2, ("GO",))]),
                                  ("INV-20977", [mk(d(1, 12), "97530", 3, ("GO",)), mk(d(1, 12), "97112", 1, ("GO",))]),
                                  ("INV-21024", [mk(d(1, 19), "97530", 2, ("GO",)), mk(d(1, 19), "97535", 1, ("GO",))]),
                                  ("INV-21070", [mk(d(1, 26), "97530", 3, ("GO",))])]),
            ("Saoirse Vandermeer", [("INV-20940", [mk(d(1, 6), "92523", 1, ("GN",))]),
                                    ("INV-20988", [mk(d(1, 13), "92507", 1, ("GN",))]),
                                    ("INV-21033", [mk(d(1, 20), "92507", 1, ("GN",))]),
                                    ("INV-21081", [mk(d(1, 27), "92507", 1, ("GN",))])]),
            ("Felix Vandermeer", [("INV-20955", [mk(d(1, 7), "97161", 1, ("GP",)), mk(d(1, 7), "97110", 2, ("GP",))]),
                                  ("INV-21002", [mk(d(1, 14), "97110", 2, ("GP",)), mk(d(1, 14), "97140", 1, ("GP",)),
                                                 mk(d(1, 14), "97150", 1, ("GP",), denied="PR")]),
                                  ("INV-21090", [mk(d(1, 28), "97110", 2, ("GP",)), mk(d(1, 28), "97116", 1, ("GP",))])])]
    pending = {"INV-21070", "INV-21081", "INV-21090"}
    for _, invs in kids:
        for inv, svcs in invs:
            for s in svcs:
                commercial(s, st)
    cols = [(40, "l"), (86, "l"), (146, "l"), (200, "l"), (224, "l"), (384, "r"), (428, "r"), (476, "r"),
            (524, "r"), (572, "r")]
    hs = ["Date", "Invoice", "Service", "Mod", "Description", "Qty", "Charges", "Insurance", "Adjust.", "Balance"]
    page_hdr = {"on": False}

    def top():
        doc.text(40, 44, "Kestrel Kids Therapy Collective", FB, 13)
        doc.text(40, 56, "2290 Orchard Bend Rd, Suite 4  -  Pell Harbor, ME 04988  -  (207) 555-0176", F, 7.5)
        doc.text(572, 44, "STATEMENT", FB, 13, "r")
        doc.text(572, 56, "Statement Date 02/02/2026   Account 55210", F, 7.5, "r")
        doc.rule(40, 62, 572, 62, 0.8)

    def colhead(cur):
        cur.need(20)
        doc.rule(40, cur.y - 8, 572, cur.y - 8, 0.5)
        cells(doc, cur.y, cols, hs, FB, 7)
        doc.rule(40, cur.y + 3, 572, cur.y + 3, 0.5)
        cur.y += 13

    def on_break(cur):
        top()
        cur.y = 78
        colhead(cur)

    doc.new_page()
    top()
    doc.box(40, 74, 250, 58, None, 0.6)
    doc.text(48, 86, "Responsible party", FB, 8)
    for i, t in enumerate(["Simone Vandermeer", "118 Larkspur Way", "Pell Harbor, ME 04988"]):
        doc.text(48, 98 + 10 * i, t, F, 8)
    doc.box(330, 74, 242, 58, 0.93, 0.6)
    doc.text(338, 86, "Please pay this amount", FB, 8)
    doc.text(338, 102, "see account total below", F, 8)
    doc.text(338, 116, "Due by 02/25/2026 - pay online at kestrelkids-example.com/pay", F, 6.8)
    cur = Cursor(doc, 78, 730, on_break)
    cur.y = 150
    colhead(cur)
    acct_bal = ZEROD
    for kid, invs in kids:
        cur.need(30)
        doc.text(40, cur.y, f"Patient: {kid}", FB, 7.5)
        cur.y += 11
        kid_bal = ZEROD
        for inv, svcs in invs:
            for s in svcs:
                cur.need(11)
                pend = inv in pending
                ins = None if pend else s.paid
                adj = None if pend else s.discount
                bal = s.billed if pend else s.owes
                kid_bal += bal
                vals = [dfmt(s.dos, "mdy4"), inv, s.code, " ".join(s.mods), s.desc, units_str(s.units),
                        M(s.billed), "pending" if pend else M(-ins), "" if pend else M(-adj), M(bal)]
                cells(doc, cur.y, cols, vals, F, SZ)
                o.add(truth_line(doc.page, s, claim_id=inv, payer_claim_id=None, patient=kid,
                                 printed=("billed",) if pend else ("billed", "paid", "patient_owes"),
                                 description=True,
                                 overrides={"paid": None if pend else str(s.paid),
                                            "patient_owes": str(bal) if not pend else None}),
                      doc.page, [cur.y], [SZ])
                cur.y += 10.5
            o.claims.append({"claim_id": inv, "payer_claim_id": None, "patient": kid,
                             "totals": claim_totals(None, None, None, None)})
        cur.need(14)
        doc.text(224, cur.y, f"Balance for {kid.split()[0]}", FB, SZ)
        doc.text(572, cur.y, M(kid_bal), FB, SZ, "r")
        acct_bal += kid_bal
        cur.y += 16
    cur.need(30)
    doc.text(224, cur.y, "Payment received 01/22/2026 - thank you", F, SZ)
    doc.text(572, cur.y, M(Decimal("-50.00")), F, SZ, "r")
    cur.y += 12
    doc.text(224, cur.y, "ACCOUNT BALANCE DUE", FB, 8)
    doc.text(572, cur.y, M(acct_bal - Decimal("50.00")), FB, 8, "r")
    cur.y += 20
    cur.need(30)
    doc.text(40, cur.y, "Insurance amounts are shown in parentheses as credits. 'pending' means your insurer has not "
             "finished the claim yet.", F, 6.8)
    finish(doc, out_dir, name, "fpdf2", "h85_s1", "therapy clinic family statement", o, [],
           label=(306, 772, "c"), font=F)

    def mfmt(v):
        return M(v)
    return name, {"rows": o.rows, "mfmt": mfmt, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy4")}


# =============================================================================================== s2
def s2(out_dir: Path):
    """Hospital family statement with right sidebar, reportlab portrait DejaVu Serif; itemized charges per account."""
    name = "h85_s2_hospital_family_statement.pdf"
    doc = Doc()
    M = lambda v: money(v, ",", "()")  # noqa: E731
    o = Out()
    F, FB, SZ = "DR", "DRB", 6.5
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    accts = [
        ("Nora Whitfield-Baines", "HA-7730182", "BM-6617-20441", [
            mk(d(1, 5), "97167", 1, ("GO",)), mk(d(1, 5), "97530", 2, ("GO",)), mk(d(1, 7), "97530", 3, ("GO",)),
            mk(d(1, 7), "97535", 1, ("GO",)), mk(d(1, 9), "97530", 2, ("GO",)), mk(d(1, 9), "97112", 2, ("GO",)),
            mk(d(1, 12), "97530", 3, ("GO",)), mk(d(1, 12), "97760", 1, ("GO",)), mk(d(1, 12), "L3807", 1, ("LT",)),
            mk(d(1, 14), "97530", 2, ("GO",)), mk(d(1, 14), "97140", 1, ("GO",)), mk(d(1, 16), "97168", 1, ("GO",)),
        ]),
        ("Caleb Whitfield-Baines", "HA-7730419", "BM-6617-20902", [
            mk(d(1, 8), "92523", 1, ("GN",)), mk(d(1, 15), "92507", 1, ("GN",)), mk(d(1, 22), "92507", 1, ("GN",)),
            mk(d(1, 22), "92526", 1, ("GN",)), mk(d(1, 27), "92507", 1, ("GN",)), mk(d(1, 27), "92526", 1, ("GN",)),
            mk(d(1, 29), "92507", 1, ("GN",)), mk(d(1, 29), "97129", 2, ("GN",)), mk(d(1, 30), "92507", 1, ("GN",)),
            mk(d(1, 30), "92526", 1, ("GN",)),
        ]),
        ("Harriet Whitfield-Baines", "HA-7731006", "BM-6617-21377", [
            mk(d(1, 20), "99213", 1, ()), mk(d(1, 20), "97161", 1, ("GP",)), mk(d(1, 20), "97110", 2, ("GP",)),
        ]),
    ]
    rev = {"92": "0444", "L3": "0274", "99": "0510", "97161": "0424", "97110": "0420"}
    W = 410

    def rc(code):
        if code in rev:
            return rev[code]
        if code[:2] in rev:
            return rev[code[:2]]
        return "0434"
    cols = [(40, "l"), (88, "l"), (118, "l"), (150, "l"), (176, "l"), (352, "r"), (W - 4, "r")]
    hs = ["Date", "Rev", "CPT", "Mod", "Description", "Qty", "Amount"]
    state = {"a": None}

    def top():
        doc.text(40, 42, "ST. ADELAIDE REGIONAL MEDICAL CENTER", FB, 11)
        doc.text(40, 54, "Patient Financial Services  -  600 Cordwain Ave  -  Brisk Falls, WI 54990", F, 7)
        doc.rule(40, 60, W, 60, 0.8)
        doc.box(W + 12, 30, 572 - W - 12, 720, 0.92, 0)
        side = ["GUARANTOR", "Marcus Whitfield-Baines", "Guarantor No. G-2208841", "", "STATEMENT DATE",
                "February 2, 2026", "", "QUESTIONS?", "Call 1-866-555-0107", "Mon-Fri 7:30-5:00", "", "PAY ONLINE",
                "stadelaide-example.org/pay", "", "Financial assistance", "may be available. Ask",
                "about our discount", "and payment plans."]
        for i, t in enumerate(side):
            doc.text(W + 20, 48 + 11 * i, t, FB if t.isupper() and t else F, 7)

    def colhead(cur):
        cur.need(18)
        cells(doc, cur.y, cols, hs, FB, 6.8)
        doc.rule(40, cur.y + 3, W, cur.y + 3, 0.4)
        cur.y += 12

    def accthead(cur, a, cont=False):
        cur.need(40)
        doc.box(40, cur.y - 9, W - 40, 24, None, 0.7)
        doc.text(45, cur.y, f"Patient: {a[0]}" + (" (continued)" if cont else ""), FB, 7.5)
        doc.text(W - 6, cur.y, f"Hospital Account {a[1]}", F, 7, "r")
        doc.text(45, cur.y + 10, "Outpatient Rehabilitation Services - Jan 2026", F, 7)
        doc.text(W - 6, cur.y + 10, f"Insurer claim no. {a[2]}", F, 7, "r")
        cur.y += 26
        colhead(cur)

    def on_break(cur):
        top()
        if state["a"]:
            accthead(cur, state["a"], True)

    doc.new_page()
    top()
    cur = Cursor(doc, 76, 744, on_break)
    grand = ZEROD
    for a in accts:
        pat, ha, clm, svcs = a
        for s in svcs:
            commercial(s, st)
        state["a"] = a
        accthead(cur, a)
        for s in svcs:
            cur.need(10)
            vals = [dfmt(s.dos, "mdy4"), rc(s.code), s.code, " ".join(s.mods), s.desc, units_str(s.units),
                    M(s.billed)]
            cells(doc, cur.y, cols, vals, F, SZ)
            o.add(truth_line(doc.page, s, claim_id=ha, payer_claim_id=clm, patient=pat, printed=("billed",)),
                  doc.page, [cur.y], [SZ])
            cur.y += 10
        state["a"] = None
        cur.need(50)
        tb, tp, tadj = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "discount")
        bal = tb - tp - tadj
        for lab, v, bold in (("Total charges", tb, True), ("Bluefield Mutual payment 01/28/2026", -tp, False),
                             ("Bluefield Mutual contractual adjustment", -tadj, False),
                             ("Patient balance for this account", bal, True)):
            doc.text(176, cur.y, lab, FB if bold else F, SZ)
            doc.text(W - 4, cur.y, M(v), FB if bold else F, SZ, "r")
            cur.y += 10
        grand += bal
        o.claims.append({"claim_id": ha, "payer_claim_id": clm, "patient": pat,
                         "totals": claim_totals(tb, None, None, None)})
        cur.y += 12
    cur.need(20)
    doc.text(176, cur.y, "AMOUNT DUE FROM GUARANTOR", FB, 7.5)
    doc.text(W - 4, cur.y, M(grand), FB, 7.5, "r")
    finish(doc, out_dir, name, "reportlab", "h85_s2", "hospital family statement", o, [],
           label=(W, 770, "r"), font=F)
    return name, {"rows": o.rows, "mfmt": M, "ufmt": units_str, "dfmt": lambda x: dfmt(x, "mdy4")}


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout85_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    specs = {}
    for f in LAYOUTS:
        n, sp = f(out)
        specs[n] = sp
    print(out)
    if "--check" in argv:
        import json
        errs = check(out, specs)
        nl = npg = 0
        spanning = 0
        for n in specs:
            t = json.loads((out / (n + ".truth.json")).read_text())
            nl += len(t["lines"])
            npg += t["pages"]
            per = {}
            for ln in t["lines"]:
                per.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
            sp_ = sum(1 for v in per.values() if len(v) > 1)
            spanning += 1 if sp_ else 0
            print(f"  {n}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
                  f"{len(t['claims'])} claims, {sp_} claims across pages")
        if spanning < 3:
            errs.append(f"only {spanning} files have a claim crossing a page")
        for e in errs:
            print("CHECK:", e)
        print(f"{len(specs)} files, {nl} lines, {npg} pages: " + ("check OK" if not errs else f"{len(errs)} problems"))
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
