"""Write the held-out set 167 of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds
(commercial member EOB; Medicare Advantage EOB / Medicare Summary Notice; state Medicaid remittance advice;
clearinghouse / practice-management Medicare-style paper remit; family statement from a clinic or hospital),
each in a house style of its own. Written by an author independent of the reader (never ran it on these).

Run:  python bench/heldout167/make_heldout167_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout167/make_heldout167_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. h167doc.py (same folder) is a small
drawing helper giving reportlab and fpdf2 one top-down page API.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth / truth_line), printed values only,
null for what a layout does not print (units null where no quantity is printed; modifiers [] where the page
prints none); claim_id = the provider's own account / patient-account / visit number, payer_claim_id = the
payer's claim number / ICN / TCN / insurance claim no., patient exactly as printed (the person served, not the
subscriber or guarantor); null where not printed (the MSN prints no provider account number and names the
beneficiary only in the address block, so patient is null there). Claim totals are the printed per-claim
totals (null where a claim total row has no such figure). Every name, number, payer, provider, address and ID
is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation
date, no randomness).

Layouts:
  c1  commercial PPO member EOB, portrait core Helvetica (reportlab): subscriber + member-ID box, per-patient
      claim heading (claim number, patient account no.), 12 columns "Date of service / Service description /
      Billing code / Amount billed / Network savings / Allowed amount / Deductible / Copay / Coinsurance /
      Plan paid / Your share / Rmk", "97530 GO 59" codes, wrapped descriptions, "Claim totals" rows, 3 family
      members, a claim continues onto page 2 under a repeated column header and "(continued)" heading, a
      non-covered line, remark legend
  c2  commercial HMO "Your Claims Statement", landscape DejaVu Sans (fpdf2): dark banner, family deductible box,
      shaded boxed claim panels, "Service date / What the service was / Code / Qty / Charged / You saved /
      Plan allowed / Plan paid / You pay / Why", "Jan 5, 2026", "97140-GO-59", per-visit copay, a not-covered
      line, letter explanations; PLANTED "You pay" claim-total mismatch on claim E2601-77512-01
  m1  Medicare Advantage (HMO-POS) monthly Part C EOB, portrait Liberation Serif (reportlab): summary box,
      shaded claim heads "Claim number ... / Provider's account number", code in brackets after the service
      name "[97110]", no units, no modifiers, "1/5/2026", "Provider charged / Plan's approved amount / Plan paid
      / You owe or paid", a denied line at $0.00
  m2  Medicare Summary Notice Part B in an all-caps monospace print (fpdf2, DejaVu Sans Mono): claim blocks with
      CLAIM NUMBER / provider / REFERRED BY / DATES OF SERVICE heading, quantity before the description
      "3 THERAPEUTIC ACTIVITIES (97530)", "AMOUNT CHARGED / MEDICARE APPROVED / MEDICARE PAID / YOU MAY BE
      BILLED / SEE NOTES", lettered notes "a,b,d", deductible, a non-covered item, 2 pages
  d1  state Medicaid RA, mainframe style, landscape Liberation Mono (fpdf2): PAID / DENIED / ADJUSTED claim
      sections, RECIP / ID / PAT ACCT / ICN header line, numbered detail lines "FROM THRU" as 010526, units
      "3.00", BILLED / ALLOWED / TPL / CO-PAY / PAID, four-digit EOB codes, a CREDIT claim with trailing-minus
      amounts and its DEBIT replacement, column header repeated on page 2 with a claim running across the break
  d2  Medicaid managed-care plan RA, portrait DejaVu Sans Condensed (reportlab): shaded member bars "Member /
      Member ID / Patient acct / TCN", "Ln / Svc date 05-JAN-2026 / Proc / Mods / Units / Charged / Allowed /
      Paid / Status / Edits", DENY status line, edit-code glossary
  p1  clearinghouse print of a Medicare Part B 835, portrait Courier (reportlab): NAME/MID/ACNT/ICN/ASG/MOA
      claim lines, "0105 010526" dates, glued "97110GPKX", NOS units, DEDUCT and COINS columns, first
      GRP/RC-AMT on the row and further ones on the following text lines, "REM:" lines, PT RESP + CLAIM TOTALS
      + NET rows, a claim running across the page break, glossary
  p2  practice-management "ERA Payment Detail" report, landscape Liberation Sans Narrow (fpdf2): ids on every
      row, patient name only on a claim's first row, "1/5/26", Mod "GP,59", Deduct / Copay / Coins columns,
      adjustments in one cell "CO45 42.00  PR1 50.00  PR3 40.00", a CO96 denial, "Claim" subtotal rows
  s1  therapy clinic family statement to parents, portrait DejaVu Serif (fpdf2): remittance box, per-patient
      groups for 3 children/parent, "Date / Visit # / Code / Description / Qty / Charges / Credits / Balance"
      with a running balance, insurer payment rows naming the claim number and contractual-adjustment rows in
      parentheses (not service lines; line paid null), a visit still pending with insurance (payer claim null)
  s2  hospital statement of accounts, portrait Liberation Sans (reportlab): grey left sidebar (guarantor,
      amount due, page number), boxed account heads "Patient / Account / Insurance claim no.", "Service date /
      Rev / CPT/HCPCS / Description / Qty / Charges", "Jan 5, 2026", per-account charges / payments /
      adjustments / patient balance summary, 3 family members, 2 pages

The self-check (--check) tests the factory, not the reader: for every truth line it finds an unused text line
of its page (pdfplumber) carrying the line's code, modifiers, units, every printed amount and the layout's own
row anchors (date as printed, ids, remark codes, adjustment text); adjustment codes/amounts, remarks and
off-row dates are on the page; ids and patients are in the document; page counts match; billed - adjustments
= paid where the layout prints every adjustment (p1, p2); claim totals are printed and equal the sum of the
lines for every figure the lines carry, except the planted expected finding (which must really differ);
legend entries are printed; and at least three files have a claim whose lines continue onto the next page."""

from __future__ import annotations

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

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h167doc import Doc, Flow  # noqa: E402

D = date


def weekly(days, codes, month=1):
    """One visit per listed day of January 2026, each with the same services (code, units, modifiers)."""
    return [Svc(D(2026, month, d), c, u, mods) for d in days for c, u, mods in codes]

# Codes the shared fee tables lack: our own invented charge, program fee and wording.
import eobgen  # noqa: E402

eobgen.FEE.setdefault("97533", "98.00")
eobgen.SCHED.setdefault("97533", "38.90")
eobgen.DESC.setdefault("97533", "Sensory integration activities")


_MEMO: dict = {}  # figures a first rendering pass learns for the second (e.g. a statement's amount due)


class Rec:
    """Collects the truth of one document plus, per line, strings that must sit on the line's text row."""

    def __init__(self):
        self.lines, self.anchors, self.claims, self.legend, self.findings = [], [], [], [], []
        self.page_anchors = []
        self.adj_complete = False

    def line(self, doc, s, *, row, claim_id, pcid, patient, printed, units=True, modifiers=True,
             adjustments=None, remarks=None, service_end=None, page_text=(), code=True):
        self.lines.append(truth_line(doc.page, s, claim_id=claim_id, payer_claim_id=pcid, patient=patient,
                                     printed=printed, units=units, modifiers=modifiers, adjustments=adjustments,
                                     remarks=remarks, service_end=service_end, code=code))
        self.anchors.append(list(row))
        self.page_anchors.append(list(page_text))

    def claim(self, claim_id, pcid, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcid, "patient": patient,
                            "totals": claim_totals(**tot)})


def cols(doc, y, spec, vals, size=7, bold=False):
    for (x, al), v in zip(spec, vals):
        if v is not None:
            doc.text(x, y, v, size, bold, al)


def m(d, neg="-", style=","):
    return money(d, style, neg)


def two_pass(fn, out: Path, name: str):
    """Render once to count pages, then again with the page total known."""
    rec, pages = fn(out / f"{name}.pdf", None)
    rec, pages2 = fn(out / f"{name}.pdf", pages)
    assert pages == pages2
    return rec, pages


# ============================================================================ c1 commercial member EOB (reportlab)

def c1(path, npages):
    doc = Doc("reportlab", path, "helvetica")
    rec = Rec()
    fam = [("Teodora Halvorsen", "Dependent (daughter)"), ("Ansel Halvorsen", "Dependent (son)"),
           ("Brynja Halvorsen", "Subscriber (self)")]
    X = [(36, "L"), (84, "L"), (196, "L"), (278, "R"), (318, "R"), (358, "R"), (398, "R"), (436, "R"),
         (478, "R"), (520, "R"), (562, "R"), (568, "L")]
    hdr = [["Date of", "Service", "Billing", "Amount", "Network", "Allowed", "Deduct-", "Copay", "Co-", "Plan",
            "Your", "Rmk"],
           ["service", "description", "code", "billed", "savings", "amount", "ible", "", "insurance", "paid",
            "share", ""]]
    state = {"claim": None}

    def colhdr(y):
        doc.rect(34, y - 9, 546, 22, fill=0.88, stroke=False)
        for i, r in enumerate(hdr):
            cols(doc, y + i * 8, X, r, 6.4, True)
        return y + 24

    def on_page(cont):
        doc.text(36, 40, "CEDAR RIDGE HEALTH PLAN", 15, True)
        doc.text(36, 52, "Explanation of Benefits  -  THIS IS NOT A BILL", 8.5)
        doc.text(576, 40, "Statement date: 02/06/2026", 8, False, "R")
        doc.text(576, 52, f"Page {doc.page} of {npages or '?'}", 8, False, "R")
        doc.hline(36, 576, 58, 1.2)
        y = 70
        if not cont:
            doc.text(36, 74, "BRYNJA HALVORSEN", 8.5, True)
            for i, t in enumerate(["2218 Quarry Hollow Rd", "Lake Emmons, MN 55790"]):
                doc.text(36, 84 + 10 * i, t, 8.5)
            doc.rect(330, 66, 246, 56)
            for i, (k, v) in enumerate([("Member ID", "CRX 6604 1187 02"), ("Group", "Fjordline Boatworks 30817"),
                                        ("Plan", "Open Access PPO 1500"), ("Customer service", "1-800-555-0143")]):
                doc.text(336, 78 + 11 * i, k, 7.5, True)
                doc.text(420, 78 + 11 * i, v, 7.5)
            doc.text(36, 138, "This statement shows how we processed claims for you and the family members on "
                     "your plan. Keep it for your records.", 7.5)
            doc.text(36, 148, "Compare it with the bills from your providers; pay them only the amount under "
                     "'Your share'.", 7.5)
            y = 168
        else:
            doc.text(36, 72, "Brynja Halvorsen  -  Member ID CRX 6604 1187 02", 7.5)
            y = 86
            if state["claim"]:
                doc.text(36, y, state["claim"] + " (continued)", 8, True)
                y += 12
        return colhdr(y)

    fl = Flow(doc, 730, on_page)
    claims = [
        (0, "CR26-0112-50431", "BPT-44719", "Brightpath Pediatric Therapy",
         [Svc(D(2026, 1, 6), "97165", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97112", 1, ("GO", "59"))]
         + weekly([16, 20, 23, 27, 30], [("97530", 3, ("GO",)), ("97535", 1, ("GO",))])),
        (1, "CR26-0119-50977", "BPT-44802", "Brightpath Pediatric Therapy",
         [Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 22), "92507", 1, ("GN",)), Svc(D(2026, 1, 22), "97129", 1, ("GN",), denied="PR")]),
        (2, "CR26-0121-51206", "NSR-2026-00318", "North Shore Rehab & Sports Medicine",
         [Svc(D(2026, 1, 9), "97161", 1, ("GP",)), Svc(D(2026, 1, 9), "97140", 2, ("GP",)),
          Svc(D(2026, 1, 16), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 16), "97140", 1, ("GP",)),
          Svc(D(2026, 1, 16), "G0283", 1, ("GP",)), Svc(D(2026, 1, 23), "97110", 2, ("GP",))]
         + weekly([26, 28], [("97110", 2, ("GP",)), ("97140", 1, ("GP",))])
         + weekly([2, 4, 6], [("97110", 2, ("GP",)), ("97112", 1, ("GP",)), ("97140", 1, ("GP",))], month=2)),
    ]
    st = PlanState(ded_left=Decimal("140.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    rec.legend = [("R1", "Your plan's network rate was applied; you save the difference."),
                  ("R7", "This service is not a benefit of your plan. You are responsible for it."),
                  ("R9", "Part of this allowance went toward your calendar-year deductible.")]
    pr = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for pi, pcid, acct, prov, svcs in claims:
        who, rel = fam[pi]
        for s in svcs:
            commercial(s, st)
            s.remarks = ["R7"] if s.denied else (["R1", "R9"] if s.deductible else ["R1"])
        fl.need(60)
        doc.hline(36, 576, fl.y - 8, 0.8)
        head = f"Patient: {who}"
        state["claim"] = head
        doc.text(36, fl.y + 2, head, 8.5, True)
        doc.text(230, fl.y + 2, rel, 7.5)
        doc.text(576, fl.y + 2, f"Claim number {pcid}", 7.5, False, "R")
        doc.text(36, fl.y + 13, f"Provider: {prov}", 7.5)
        doc.text(576, fl.y + 13, f"Patient account no. {acct}", 7.5, False, "R")
        fl.y += 26
        for s in svcs:
            desc = doc.wrap(s.desc, 106, 6.8)
            fl.need(9 * len(desc) + 2)
            code = " ".join((s.code,) + s.mods)
            vals = [dfmt(s.dos, "mdy4"), desc[0], code, m(s.billed), m(s.discount), m(s.allowed), m(s.deductible),
                    m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes), ", ".join(s.remarks)]
            cols(doc, fl.y, X, vals, 6.8)
            rec.line(doc, s, row=[vals[0], code, vals[11]], claim_id=acct, pcid=pcid, patient=who, printed=pr,
                     units=False, remarks=s.remarks)
            for extra in desc[1:]:
                fl.y += 8
                doc.text(84, fl.y, extra, 6.8)
            fl.y += 11
        fl.need(14)
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.hline(250, 576, fl.y - 8, 0.4)
        cols(doc, fl.y, X, ["", "Claim totals", "", m(tb), m(total(svcs, "discount")), m(ta),
                            m(total(svcs, "deductible")), m(total(svcs, "copay")), m(total(svcs, "coinsurance")),
                            m(tp), m(to), ""], 6.8, True)
        rec.claim(acct, pcid, who, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        state["claim"] = None
        fl.y += 22
    fl.need(70)
    doc.text(36, fl.y, "Remark codes", 8, True)
    for c, t in rec.legend:
        fl.y += 10
        doc.text(36, fl.y, c, 7.5, True)
        doc.text(60, fl.y, t, 7.5)
    fl.y += 16
    doc.text(36, fl.y, "Questions or an appeal: write within 180 days to Cedar Ridge Health Plan, Member Appeals, "
             "PO Box 7702, Duluth, MN 55801.", 7)
    doc.close()
    return rec, doc.page


# ============================================================================ c2 commercial member EOB (fpdf2)

def c2(path, npages):
    doc = Doc("fpdf2", path, "dejavu", landscape=True)
    rec = Rec()
    X = [(40, "L"), (118, "L"), (300, "L"), (372, "R"), (440, "R"), (510, "R"), (580, "R"), (650, "R"),
         (720, "R"), (730, "L")]
    H = ["Service date", "What the service was", "Code", "Qty", "Charged", "You saved", "Plan allowed",
         "Plan paid", "You pay", "Why"]

    def on_page(cont):
        doc.rect(0, 0, 792, 46, fill=0.15, stroke=False)
        doc.text(40, 28, "Meridian Bay Health", 16, True, gray=1.0)
        doc.text(752, 22, "Your Claims Statement", 10, True, "R", gray=1.0)
        doc.text(752, 36, "Not a bill", 8, False, "R", gray=1.0)
        doc.text(752, 590, f"Page {doc.page} of {npages or '?'}", 7, False, "R")
        doc.text(40, 590, "Meridian Bay Health Insurance Co.  |  MBH-EOS-4  |  Printed 02/11/2026", 6.5)
        if cont:
            return 72
        doc.text(40, 66, "Prepared for: Ingrid Sokolova-Marsh", 9, True)
        doc.text(40, 78, "4471 Alder Creek Lane, Apt 2B, Fennimore Springs, OR 97390", 8)
        doc.text(40, 90, "Member ID  MBH221904476    Plan  Silver Choice HMO (family)", 8)
        doc.rect(480, 56, 272, 48)
        doc.text(488, 68, "Your family's deductible", 8, True)
        doc.text(488, 80, "$400.00 of $1,000.00 met", 8)
        doc.text(488, 94, "Out-of-pocket: $612.40 of $6,000.00 met", 8)
        return 126

    fl = Flow(doc, 570, on_page)
    st = PlanState(ded_left=Decimal("0"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
    claims = [
        ("Mila Sokolova-Marsh", "child", "E2601-77341-03", "SPK-10284", "Little Harbor Speech Clinic",
         [Svc(D(2026, 1, 7), "92507", 1, ("GN",)), Svc(D(2026, 1, 14), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 14), "92526", 1, ("GN",)), Svc(D(2026, 1, 21), "92507", 1, ("GN",))]),
        ("Rowan Sokolova-Marsh", "spouse", "E2601-77512-01", "HW81230", "Cascade Hand & Upper Limb Center",
         [Svc(D(2026, 1, 12), "97166", 1, ("GO",)), Svc(D(2026, 1, 12), "97760", 1, ("GO",)),
          Svc(D(2026, 1, 12), "L3807", 1, ("RT",)), Svc(D(2026, 1, 19), "97140", 2, ("GO",)),
          Svc(D(2026, 1, 19), "97110", 2, ("GO", "59"))]),
        ("Ingrid Sokolova-Marsh", "self", "E2601-78005-02", "0003391-A", "Cascade Hand & Upper Limb Center",
         [Svc(D(2026, 1, 26), "99213", 1, ()), Svc(D(2026, 1, 26), "0552T", 1, (), denied="PR")]),
        ("Mila Sokolova-Marsh", "child", "E2602-00118-01", "SPK-10391", "Little Harbor Speech Clinic",
         [Svc(D(2026, 1, 28), "92507", 1, ("GN",)), Svc(D(2026, 1, 28), "97530", 2, ("GO",))]),
    ]
    rec.legend = [("A", "Discount from our contract with this provider."),
                  ("B", "Your office-visit copay for this date."),
                  ("C", "Not covered by your plan; the provider may bill you."),
                  ("D", "Paid in full after the network discount.")]
    pr = ("billed", "discount", "allowed", "paid", "patient_owes")
    planted = "E2601-77512-01"
    for who, rel, pcid, acct, prov, svcs in claims:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.copay else ["A", "D"])
        fl.need(70)
        doc.rect(40, fl.y - 10, 712, 30, fill=0.93, stroke=True, lw=0.5)
        doc.text(46, fl.y + 1, f"{who} ({rel})", 9, True)
        doc.text(300, fl.y + 1, f"Seen by: {prov}", 8)
        doc.text(746, fl.y + 1, f"Claim ID {pcid}", 8, False, "R")
        doc.text(46, fl.y + 13, f"Provider's patient account: {acct}", 7.5)
        doc.text(746, fl.y + 13, "Received 01/29/2026  Processed 02/09/2026", 7.5, False, "R")
        fl.y += 34
        cols(doc, fl.y, X, H, 7.5, True)
        doc.hline(40, 752, fl.y + 4, 0.6)
        fl.y += 15
        for s in svcs:
            fl.need(14)
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mon"), s.desc, code, units_str(s.units), m(s.billed, style="$"),
                    m(s.discount, style="$"), m(s.allowed, style="$"), m(s.paid, style="$"), m(s.owes, style="$"),
                    " ".join(s.remarks)]
            cols(doc, fl.y, X, vals, 7.5)
            rec.line(doc, s, row=[vals[0], code, vals[9]], claim_id=acct, pcid=pcid, patient=who, printed=pr,
                     remarks=s.remarks)
            fl.y += 13
        tb, td, ta, tp, to = (total(svcs, a) for a in ("billed", "discount", "allowed", "paid", "owes"))
        shown_to = to + Decimal("10.00") if pcid == planted else to
        doc.hline(300, 752, fl.y - 9, 0.4)
        cols(doc, fl.y, X, ["", "Total for this claim", "", "", m(tb, style="$"), m(td, style="$"),
                            m(ta, style="$"), m(tp, style="$"), m(shown_to, style="$"), ""], 7.5, True)
        rec.claim(acct, pcid, who, billed=tb, allowed=ta, paid=tp, patient_owes=shown_to)
        if pcid == planted:
            rec.findings.append(f"claim-total-mismatch claim {pcid}: printed You pay total {shown_to} but the lines "
                                f"add up to {to}")
        fl.y += 26
    fl.need(60)
    doc.text(40, fl.y, "Why: what the letters mean", 8.5, True)
    for c, t in rec.legend:
        fl.y += 11
        doc.text(40, fl.y, f"{c}  {t}", 7.5)
    doc.close()
    return rec, doc.page


# ============================================================================ m1 Medicare Advantage EOB (reportlab)

def m1(path, npages):
    doc = Doc("reportlab", path, "libserif")
    rec = Rec()
    who = "Cornelius P. Ashworth-Bell"
    X = [(40, "L"), (250, "L"), (345, "R"), (420, "R"), (490, "R"), (560, "R"), (566, "L")]

    def on_page(cont):
        doc.text(40, 42, "Silverpine Senior Advantage (HMO-POS)", 13, True)
        doc.text(40, 56, "Part C Explanation of Benefits for January 2026", 9.5)
        doc.text(572, 42, f"Page {doc.page} of {npages or '?'}", 8, False, "R")
        doc.text(572, 56, "Member number: H7731-0048-2296", 8, False, "R")
        doc.hline(40, 572, 64, 0.8)
        if cont:
            return 84
        doc.text(40, 82, "CORNELIUS P ASHWORTH-BELL", 9, True)
        doc.text(40, 94, "88 Tamarack Court", 9)
        doc.text(40, 106, "Ouray Flats, CO 81427", 9)
        doc.rect(320, 74, 252, 62, fill=0.95)
        doc.text(328, 88, "Your total costs this month", 8.5, True)
        doc.text(328, 102, "Amount your providers charged ...... see below", 8)
        doc.text(328, 114, "What you paid or may owe ............ see below", 8)
        doc.text(328, 128, "Maximum out-of-pocket met: $486.52 of $4,900.00", 8)
        doc.text(40, 156, "Your medical claims in detail", 11, True)
        doc.text(40, 170, "Services are grouped by the provider's claim. The code of each service is shown in "
                 "brackets after its name.", 8)
        return 190

    fl = Flow(doc, 740, on_page)
    st = PlanState(ded_left=Decimal("0"), coins_rate=Decimal("0.20"))
    claims = [
        ("26017 00412 81", "ASB0193", "Timberline Outpatient Therapy", D(2026, 1, 5),
         [Svc(D(2026, 1, 5), "97161", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 5), "97116", 1, ("GP",))]),
        ("26019 00977 40", "ASB0207", "Timberline Outpatient Therapy", D(2026, 1, 12),
         [Svc(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 12), "97140", 1, ("GP",)),
          Svc(D(2026, 1, 12), "G0283", 1, ("GP",))]),
        ("26023 01355 09", "AB-77120-3", "Peak Valley Internal Medicine", D(2026, 1, 14),
         [Svc(D(2026, 1, 14), "99213", 1, ())]),
        ("26027 00210 66", "ASB0221", "Timberline Outpatient Therapy", D(2026, 1, 19),
         [Svc(D(2026, 1, 19), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 19), "97112", 1, ("GP",)),
          Svc(D(2026, 1, 19), "0552T", 1, (), denied="CO")]),
    ]
    pr = ("billed", "allowed", "paid", "patient_owes")
    for pcid, acct, prov, dos, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="96")
        fl.need(80)
        doc.rect(40, fl.y - 11, 532, 28, fill=0.9, stroke=False)
        doc.text(44, fl.y, f"Claim number {pcid}", 8.5, True)
        doc.text(250, fl.y, f"{prov}", 8.5, True)
        doc.text(44, fl.y + 11, f"Patient: {who}", 8)
        doc.text(250, fl.y + 11, f"Provider's account number {acct}   In network", 8)
        fl.y += 30
        cols(doc, fl.y, X, ["Service you received", "Date", "Provider", "Plan's", "Plan", "You owe"], 8, True)
        cols(doc, fl.y + 9, X, ["", "", "charged", "approved amount", "paid", "or paid"], 8, True)
        doc.hline(40, 572, fl.y + 13, 0.5)
        fl.y += 25
        for s in svcs:
            label = f"{s.desc} [{s.code}]"
            lines = doc.wrap(label, 200, 8.5)
            fl.need(11 * len(lines) + 4)
            vals = [lines[0], dfmt(s.dos, "mdyn"), m(s.billed, style="$"), m(s.allowed, style="$"),
                    m(s.paid, style="$"), m(s.owes, style="$")]
            if len(lines) > 1:
                vals[0] = lines[0]
            cols(doc, fl.y, X, vals, 8.5)
            rec.line(doc, s, row=[vals[1], f"[{s.code}]"], claim_id=acct, pcid=pcid,
                     patient=who, printed=pr, units=False, modifiers=False)
            for extra in lines[1:]:
                fl.y += 10
                doc.text(40, fl.y, extra, 8.5)
            fl.y += 13
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        doc.hline(280, 572, fl.y - 9, 0.4)
        cols(doc, fl.y, X, ["Claim total", "", m(tb, style="$"), m(ta, style="$"), m(tp, style="$"),
                            m(to, style="$")], 8.5, True)
        rec.claim(acct, pcid, who, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        fl.y += 28
    fl.need(50)
    doc.text(40, fl.y, "Need help? Call Member Services at 1-877-555-0188 (TTY 711), 8 a.m. to 8 p.m., "
             "7 days a week.", 8)
    doc.text(40, fl.y + 12, "If we denied a service, you have the right to ask us to reconsider. See the back "
             "page for how.", 8)
    doc.close()
    return rec, doc.page


# ============================================================================ m2 Medicare Summary Notice (fpdf2, mono)

def m2(path, npages):
    doc = Doc("fpdf2", path, "dejavumono")
    rec = Rec()
    who = "MARGUERITE O LINDQVIST"
    X = [(36, "L"), (322, "R"), (398, "R"), (474, "R"), (550, "R"), (558, "L")]

    def on_page(cont):
        doc.text(36, 40, "MEDICARE SUMMARY NOTICE", 12, True)
        doc.text(36, 54, "PART B  MEDICAL INSURANCE - ASSIGNED CLAIMS", 8)
        doc.text(576, 40, f"PAGE {doc.page} OF {npages or '?'}", 8, False, "R")
        doc.text(576, 54, "NOTICE DATE: FEBRUARY 3, 2026", 8, False, "R")
        doc.hline(36, 576, 60, 0.8)
        if cont:
            doc.text(36, 74, f"{who}  (CONTINUED)", 8)
            return 92
        for i, t in enumerate([who, "1460 WILLOWBEND RD", "GRANTSVILLE WV 26147"]):
            doc.text(36, 78 + 11 * i, t, 8.5)
        doc.text(330, 78, "CUSTOMER SERVICE INFORMATION", 8, True)
        doc.text(330, 89, "MEDICARE NUMBER: 7TK4-QW2-MM61", 8)
        doc.text(330, 100, "CALL 1-800-555-0122 (TTY 1-877-555-0148)", 8)
        doc.text(36, 130, "BE INFORMED: KEEP THIS NOTICE. COMPARE IT WITH THE BILLS YOU GET.", 8)
        return 152

    fl = Flow(doc, 736, on_page)
    st = PlanState(ded_left=Decimal("86.40"), coins_rate=Decimal("0.20"))
    claims = [
        ("26-011-04873-150", "RIVERSTONE OCCUPATIONAL THERAPY", "DR. HOLLIS BRANDT", D(2026, 1, 6),
         [Svc(D(2026, 1, 6), "97166", 1, ("GO",)), Svc(D(2026, 1, 6), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 6), "97535", 1, ("GO",))]),
        ("26-015-11902-220", "RIVERSTONE OCCUPATIONAL THERAPY", "DR. HOLLIS BRANDT", D(2026, 1, 13),
         [Svc(D(2026, 1, 13), "97530", 3, ("GO",)), Svc(D(2026, 1, 13), "97112", 1, ("GO",)),
          Svc(D(2026, 1, 13), "97760", 1, ("GO",)), Svc(D(2026, 1, 13), "L3807", 1, ("RT",))]),
        ("26-022-30118-075", "RIVERSTONE OCCUPATIONAL THERAPY", "DR. HOLLIS BRANDT", D(2026, 1, 20),
         [Svc(D(2026, 1, 20), "97530", 3, ("GO",)), Svc(D(2026, 1, 20), "97140", 1, ("GO",)),
          Svc(D(2026, 1, 20), "0552T", 1, (), denied="PR")]),
        ("26-029-08814-115", "RIVERSTONE OCCUPATIONAL THERAPY", "DR. HOLLIS BRANDT", D(2026, 1, 27),
         [Svc(D(2026, 1, 27), "97530", 3, ("GO",)), Svc(D(2026, 1, 27), "97535", 1, ("GO",)),
          Svc(D(2026, 1, 27), "97112", 1, ("GO",)), Svc(D(2026, 1, 27), "97140", 1, ("GO",))]),
        ("26-026-00771-310", "GREENBRIER FAMILY MEDICINE", None, D(2026, 1, 22),
         [Svc(D(2026, 1, 22), "99213", 1, ())]),
    ]
    rec.legend = [("a", "THE AMOUNT MEDICARE APPROVED IS WHAT THIS PROVIDER AGREED TO ACCEPT."),
                  ("b", "PART OF THIS APPROVED AMOUNT WENT TO YOUR YEARLY PART B DEDUCTIBLE."),
                  ("c", "MEDICARE DOES NOT PAY FOR THIS ITEM. YOU MAY BE BILLED; SEE YOUR RIGHTS BELOW."),
                  ("d", "YOU PAY 20 PERCENT OF THE APPROVED AMOUNT AFTER YOUR DEDUCTIBLE.")]
    pr = ("billed", "allowed", "paid", "patient_owes")
    for pcid, prov, ref, dos, svcs in claims:
        for s in svcs:
            medicare(s, st)
            s.remarks = ["c"] if s.denied else (["a", "b", "d"] if s.deductible else ["a", "d"])
        fl.need(90)
        doc.text(36, fl.y, f"CLAIM NUMBER: {pcid}", 8, True)
        doc.text(36, fl.y + 10, f"{prov}", 8)
        if ref:
            doc.text(36, fl.y + 20, f"REFERRED BY: {ref}", 8)
            fl.y += 10
        doc.text(36, fl.y + 20, f"DATES OF SERVICE: {dfmt(dos, 'mdy2')}", 8)
        fl.y += 34
        cols(doc, fl.y, X, ["", "AMOUNT", "MEDICARE", "MEDICARE", "YOU MAY", "SEE"], 7.5, True)
        cols(doc, fl.y + 9, X, ["SERVICES PROVIDED", "CHARGED", "APPROVED", "PAID", "BE BILLED", "NOTES"], 7.5,
             True)
        doc.hline(36, 576, fl.y + 13, 0.4)
        fl.y += 24
        for s in svcs:
            label = f"{units_str(s.units)} {s.desc.upper()} ({s.code})"
            lines = doc.wrap(label, 246, 7.5)
            fl.need(10 * len(lines) + 2)
            vals = [lines[0], m(s.billed, style="$"), m(s.allowed, style="$"), m(s.paid, style="$"),
                    m(s.owes, style="$"), ",".join(s.remarks)]
            cols(doc, fl.y, X, vals, 7.5)
            rec.line(doc, s, row=[vals[5], lines[0].split()[0], f"({s.code})"],
                     claim_id=None, pcid=pcid, patient=None, printed=pr, modifiers=False, remarks=s.remarks,
                     page_text=[dfmt(s.dos, "mdy2")])
            for extra in lines[1:]:
                fl.y += 9
                doc.text(36, fl.y, "  " + extra, 7.5)
            fl.y += 11
        tb, ta, tp, to = (total(svcs, a) for a in ("billed", "allowed", "paid", "owes"))
        cols(doc, fl.y, X, ["CLAIM TOTAL", m(tb, style="$"), m(ta, style="$"), m(tp, style="$"),
                            m(to, style="$"), ""], 7.5, True)
        rec.claim(None, pcid, None, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        fl.y += 24
    fl.need(80)
    doc.text(36, fl.y, "NOTES SECTION:", 8, True)
    for c, t in rec.legend:
        fl.y += 10
        doc.text(36, fl.y, f"{c}  {t}", 7)
    fl.y += 16
    doc.text(36, fl.y, "YOUR DEDUCTIBLE STATUS: YOU HAVE NOW MET $283.00 OF THE 2026 PART B DEDUCTIBLE.", 7.5)
    doc.close()
    return rec, doc.page


# ============================================================================ d1 Medicaid RA, mainframe (fpdf2)

def d1(path, npages):
    doc = Doc("fpdf2", path, "libmono", landscape=True)
    rec = Rec()
    sz = 7
    X = [(30, "L"), (52, "L"), (104, "L"), (156, "L"), (204, "L"), (262, "R"), (322, "R"), (382, "R"),
         (432, "R"), (482, "R"), (542, "R"), (556, "L"), (640, "L")]

    def on_page(cont):
        doc.text(30, 30, "STATE OF NORTH PLAINS  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", 8, True)
        doc.text(30, 41, "PROVIDER REMITTANCE ADVICE      RA NUMBER 0004471920      WARRANT DATE 02/04/2026", sz)
        doc.text(762, 30, f"PAGE {doc.page:>4} OF {npages or 0:>4}", sz, False, "R")
        doc.text(30, 52, "PAYEE: PRAIRIE WIND PEDIATRIC THERAPIES LLC    PAYEE ID 300918274    NPI 1487920036", sz)
        doc.hline(30, 762, 57, 0.5)
        cols(doc, 68, X, ["LN", "FROM", "THRU", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED", "TPL", "CO-PAY",
                          "PAID", "EOB", "DESCRIPTION"], sz, True)
        doc.hline(30, 762, 72, 0.5)
        return 84

    fl = Flow(doc, 580, on_page)
    kids = [
        ("TALLCHIEF, WREN A", "NP4410027381", "PWT-90211", "2026034000118", "PAID",
         [Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97112", 1, ("GO", "59")),
          Svc(D(2026, 1, 19), "97530", 3, ("GO",)), Svc(D(2026, 1, 19), "97535", 2, ("GO",)),
          Svc(D(2026, 1, 26), "97530", 4, ("GO",))]
         + weekly([27, 28, 29, 30], [("97530", 3, ("GO",)), ("97112", 1, ("GO",))])),
        ("OYELARAN, DEKLAN", "NP4410093306", "PWT-90240", "2026034000119", "PAID",
         [Svc(D(2026, 1, 6), "92523", 1, ("GN",)), Svc(D(2026, 1, 13), "92507", 1, ("GN",)),
          Svc(D(2026, 1, 20), "92507", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("FAIRWEATHER, LUZ M", "NP4410105527", "PWT-90255", "2026034000120", "PAID",
         [Svc(D(2026, 1, 7), "97161", 1, ("GP",)), Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 14), "97110", 3, ("GP",)), Svc(D(2026, 1, 14), "97116", 2, ("GP",)),
          Svc(D(2026, 1, 21), "97110", 3, ("GP",)), Svc(D(2026, 1, 21), "97140", 1, ("GP",))]
         + weekly([23, 26, 28, 30], [("97110", 2, ("GP",)), ("97116", 1, ("GP",))])
         + weekly([2, 4, 6, 9, 11], [("97110", 3, ("GP",)), ("97140", 1, ("GP", "59"))], month=2)),
        ("TALLCHIEF, WREN A", "NP4410027381", "PWT-90263", "2026034000121", "DENIED",
         [Svc(D(2026, 1, 28), "97168", 1, ("GO",), denied="CO"), Svc(D(2026, 1, 28), "97530", 2, ("GO",),
                                                                     denied="CO")]),
        ("OYELARAN, DEKLAN", "NP4410093306", "PWT-89977", "2026034000122", "ADJUSTED",
         [Svc(D(2026, 1, 2), "92507", 1, ("GN",)), Svc(D(2026, 1, 2), "92526", 1, ("GN",))]),
    ]
    rec.legend = [("0117", "PAID AT THE STATE MAXIMUM FEE FOR THIS PROCEDURE."),
                  ("0482", "PRIOR AUTHORIZATION NUMBER MISSING OR DOES NOT COVER THESE DATES."),
                  ("0905", "ORIGINAL CLAIM RECOUPED; SEE REPLACEMENT CLAIM."),
                  ("0906", "REPLACEMENT CLAIM PROCESSED FOR CORRECTED UNITS.")]
    section = None
    for name, rid, acct, icn, status, svcs in kids:
        groups = []
        if status == "ADJUSTED":
            orig = [medicaid(Svc(s.dos, s.code, s.units, s.mods)) for s in svcs]
            rev = [negate(o) for o in orig]
            newer = [medicaid(Svc(s.dos, s.code, s.units + (1 if s.code == "92507" else 0), s.mods)) for s in svcs]
            for r in rev:
                r.remarks = ["0905"]
            for n in newer:
                n.remarks = ["0906", "0117"]
            groups = [("CREDIT", icn, rev), ("DEBIT", "2026034000123", newer)]
        else:
            for s in svcs:
                medicaid(s, deny_reason="15")
                s.remarks = ["0482"] if s.denied else ["0117"]
            groups = [("", icn, svcs)]
        if status != section:
            fl.need(40)
            fl.y += 4
            doc.text(30, fl.y, f"*** {status} CLAIMS ***", 8, True)
            fl.y += 14
            section = status
        for tag, cicn, ss in groups:
            fl.need(34)
            doc.text(30, fl.y, f"RECIP: {name:<22} ID: {rid}   PAT ACCT: {acct:<10}  ICN: {cicn}"
                     + (f"   {tag}" if tag else ""), sz, True)
            fl.y += 11
            for i, s in enumerate(ss, 1):
                fl.need(10)
                vals = [f"{i:02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods),
                        f"{s.units:.2f}" if s.units >= 0 else f"{-s.units:.2f}-", m(s.billed, "trail", ""),
                        m(s.allowed, "trail", ""), "0.00", "0.00", m(s.paid, "trail", ""), " ".join(s.remarks),
                        s.desc.upper()[:24]]
                cols(doc, fl.y, X, vals, sz)
                rec.line(doc, s, row=[vals[1] + " " + vals[2], s.code, vals[11]], claim_id=acct, pcid=cicn,
                         patient=name, printed=("billed", "allowed", "copay", "paid"), remarks=s.remarks,
                         service_end=s.dos)
                fl.y += 10
            tb, ta, tp = (total(ss, a) for a in ("billed", "allowed", "paid"))
            cols(doc, fl.y, X, ["", "CLAIM TOTAL", "", "", "", "", m(tb, "trail", ""), m(ta, "trail", ""), "0.00",
                                "0.00", m(tp, "trail", ""), "", ""], sz, True)
            rec.claim(acct, cicn, name, billed=tb, allowed=ta, paid=tp)
            fl.y += 16
    fl.need(90)
    doc.text(30, fl.y, "EOB CODE DESCRIPTIONS", 8, True)
    for c, t in rec.legend:
        fl.y += 10
        doc.text(30, fl.y, f"{c}  {t}", sz)
    doc.close()
    return rec, doc.page


# ============================================================================ d2 Medicaid managed-care RA (reportlab)

def d2(path, npages):
    doc = Doc("reportlab", path, "dejavucond")
    rec = Rec()
    X = [(40, "L"), (60, "L"), (122, "L"), (168, "L"), (214, "R"), (268, "R"), (322, "R"), (376, "R"),
         (384, "L"), (424, "L")]

    def on_page(cont):
        doc.rect(36, 30, 540, 40, fill=0.92, stroke=True)
        doc.text(44, 46, "Bluestem Community Care", 13, True)
        doc.text(44, 60, "A health plan serving Medicaid members of the State of Calverton", 7.5)
        doc.text(568, 46, "REMITTANCE ADVICE", 10, True, "R")
        doc.text(568, 60, f"Payment no. EFT 880031457  |  02/05/2026  |  page {doc.page}/{npages or '?'}", 7,
                 False, "R")
        if not cont:
            doc.text(40, 88, "Pay to: Sandhill Speech & Feeding Center, 510 Loess Avenue, Kearn City, CV 68840", 8)
            doc.text(40, 99, "Provider ID 00721904  Tax ID XX-XXX4781", 8)
            y = 118
        else:
            y = 90
        cols(doc, y, X, ["Ln", "Svc date", "Proc", "Mods", "Units", "Charged", "Allowed", "Paid", "Status",
                         "Edits"], 7.5, True)
        doc.hline(36, 576, y + 4, 0.7)
        return y + 16

    fl = Flow(doc, 742, on_page)
    claims = [
        ("Hollis, Arden", "CV88104417", "SSF-3307", "TCN 26035-0081140",
         [Svc(D(2026, 1, 8), "92523", 1, ("GN",)), Svc(D(2026, 1, 8), "92526", 1, ("GN",)),
          Svc(D(2026, 1, 15), "92507", 1, ("GN",)), Svc(D(2026, 1, 15), "92526", 1, ("GN",)),
          Svc(D(2026, 1, 22), "92507", 1, ("GN",))]),
        ("Quispe-Moreau, Ilse", "CV88190052", "SSF-3321", "TCN 26035-0081141",
         [Svc(D(2026, 1, 9), "97166", 1, ("GO",)), Svc(D(2026, 1, 9), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 16), "97530", 2, ("GO",)), Svc(D(2026, 1, 16), "97129", 1, ("GO",), denied="CO")]),
        ("Hollis, Arden", "CV88104417", "SSF-3340", "TCN 26035-0081142",
         [Svc(D(2026, 1, 29), "92507", 1, ("GN", "KX")), Svc(D(2026, 1, 29), "92526", 1, ("GN",))]),
    ]
    rec.legend = [("E101", "Allowed at the plan's Medicaid fee schedule."),
                  ("E214", "Service not covered under the member's benefit package."),
                  ("E330", "Units reduced to the daily limit for this procedure.")]
    for name, mid, acct, tcn, svcs in claims:
        for s in svcs:
            medicaid(s, deny_reason="96")
            s.remarks = ["E214"] if s.denied else ["E101"]
        fl.need(50)
        doc.rect(36, fl.y - 10, 540, 14, fill=0.85, stroke=False)
        doc.text(40, fl.y, f"Member: {name}", 8, True)
        doc.text(190, fl.y, f"Member ID: {mid}", 8)
        doc.text(330, fl.y, f"Patient acct: {acct}", 8)
        doc.text(572, fl.y, tcn, 8, True, "R")
        fl.y += 15
        for i, s in enumerate(svcs, 1):
            fl.need(12)
            vals = [str(i), dfmt(s.dos, "dmy"), s.code, " ".join(s.mods), units_str(s.units), m(s.billed),
                    m(s.allowed), m(s.paid), "DENY" if s.denied else "PAY", " ".join(s.remarks)]
            cols(doc, fl.y, X, vals, 7.5)
            rec.line(doc, s, row=[vals[1], s.code, vals[9]], claim_id=acct, pcid=tcn.split()[1], patient=name,
                     printed=("billed", "allowed", "paid"), remarks=s.remarks)
            fl.y += 11
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        doc.hline(180, 576, fl.y - 8, 0.4)
        cols(doc, fl.y, X, ["", "", "", "Claim", "totals", m(tb), m(ta), m(tp), "", ""], 7.5, True)
        rec.claim(acct, tcn.split()[1], name, billed=tb, allowed=ta, paid=tp)
        fl.y += 22
    fl.need(60)
    doc.text(40, fl.y, "Edit code glossary", 8.5, True)
    for c, t in rec.legend:
        fl.y += 10
        doc.text(40, fl.y, f"{c}   {t}", 7.5)
    doc.close()
    return rec, doc.page


# ============================================================================ p1 clearinghouse Medicare paper remit (reportlab, Courier)

def p1(path, npages):
    doc = Doc("reportlab", path, "courier")
    rec = Rec()
    rec.adj_complete = True
    sz = 6.6
    X = [(30, "L"), (76, "L"), (132, "L"), (162, "R"), (170, "L"), (246, "R"), (290, "R"), (330, "R"),
         (370, "R"), (378, "L"), (470, "R"), (582, "R")]

    def on_page(cont):
        doc.text(30, 30, "CLEARPATH CLAIMS EXCHANGE - PRINTED REMITTANCE (FROM ELECTRONIC 835)", 8, True)
        doc.text(30, 40, "PAYER: NORTHERN TIER MEDICARE ADMINISTRATIVE CONTRACTOR   PART B", sz)
        doc.text(582, 30, f"PAGE #: {doc.page} OF {npages or '?'}", sz, False, "R")
        doc.text(30, 50, "PROVIDER: STILLWATER OUTPATIENT REHAB  NPI 1730448811  CHECK/EFT #: 9930014472"
                 "  DATE: 02/03/2026", sz)
        doc.hline(30, 582, 55)
        cols(doc, 66, X, ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC MODS", "BILLED", "ALLOWED", "DEDUCT",
                          "COINS", "GRP/RC-AMT", "", "PROV PD"], sz, True)
        doc.hline(30, 582, 70)
        return 82

    fl = Flow(doc, 760, on_page)
    st = PlanState(ded_left=Decimal("60.00"))
    pts = [
        ("ESPINOZA-GRANT, LORENA", "5RX8QW4TM22", "SOR260105A", "0226033118400",
         [Svc(D(2026, 1, 5), "97163", 1, ("GP",)), Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
          Svc(D(2026, 1, 5), "97140", 1, ("GP", "59"))]),
        ("MCALLISTER, DUNCAN R", "2HQ7TT1KY58", "SOR260106C", "0226033118401",
         [Svc(D(2026, 1, 6), "97110", 3, ("GP", "KX")), Svc(D(2026, 1, 6), "97112", 1, ("GP",)),
          Svc(D(2026, 1, 6), "97530", 1, ("GP",)), Svc(D(2026, 1, 6), "G0283", 1, ("GP",))]),
        ("ESPINOZA-GRANT, LORENA", "5RX8QW4TM22", "SOR260112A", "0226033118402",
         [Svc(D(2026, 1, 12), "97110", 2, ("GP", "CQ")), Svc(D(2026, 1, 12), "97116", 2, ("GP", "CQ")),
          Svc(D(2026, 1, 12), "97140", 1, ("GP",))]),
        ("WOJCIK, THEA", "9MN3RR6JA10", "SOR260113B", "0226033118403",
         [Svc(D(2026, 1, 13), "97165", 1, ("GO",)), Svc(D(2026, 1, 13), "97530", 2, ("GO",)),
          Svc(D(2026, 1, 13), "97535", 1, ("GO",)), Svc(D(2026, 1, 13), "97760", 1, ("GO",))]),
        ("WOJCIK, THEA", "9MN3RR6JA10", "SOR260116B", "0226033118405",
         weekly([16, 20, 23, 27], [("97530", 2, ("GO",)), ("97535", 1, ("GO",))])),
        ("MCALLISTER, DUNCAN R", "2HQ7TT1KY58", "SOR260113D", "0226033118404",
         [Svc(D(2026, 1, 13), "97110", 2, ("GP", "KX")), Svc(D(2026, 1, 13), "0552T", 1, ("GP",), denied="CO")]),
    ]
    for name, mbi, acct, icn, svcs in pts:
        for s in svcs:
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
        fl.need(40)
        doc.text(30, fl.y, f"NAME {name:<24} MID {mbi}  ACNT {acct}  ICN {icn}  ASG Y  MOA MA01", sz, True)
        fl.y += 11
        for s in svcs:
            adj = s.adjs
            fl.need(9 * max(1, len(adj)) + 2)
            gl = [f"{g}-{c}" for g, c, _ in adj]
            pd = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            vals = ["1588120447", pd, "11", units_str(s.units), s.code + "".join(s.mods), m(s.billed),
                    m(s.allowed), m(s.deductible), m(s.coinsurance), gl[0], m(adj[0][2]), m(s.paid)]
            cols(doc, fl.y, X, vals, sz)
            rec.line(doc, s, row=[pd, s.code + "".join(s.mods), gl[0]], claim_id=acct, pcid=icn, patient=name,
                     printed=("billed", "allowed", "deductible", "coinsurance", "paid"), modifiers=True,
                     adjustments=adj, remarks=s.remarks, service_end=s.dos)
            rec.page_anchors[-1] += [f"{g} {m(a)}" for g, (_, _, a) in zip(gl[1:], adj[1:])]
            for g, (_, _, a) in zip(gl[1:], adj[1:]):
                fl.y += 9
                cols(doc, fl.y, X, [None] * 9 + [g, m(a), None], sz)
            if s.remarks:
                fl.y += 9
                doc.text(76, fl.y, f"REM: {' '.join(s.remarks)}", sz)
            fl.y += 10
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        pt = total(svcs, "owes")
        fl.need(20)
        doc.text(30, fl.y, f"PT RESP {m(pt):>9}", sz)
        cols(doc, fl.y, X, [None, None, None, None, "CLAIM TOTALS", m(tb), m(ta), m(total(svcs, "deductible")),
                            m(total(svcs, "coinsurance")), None, m(sum((a for _, _, a in
                                                                   (x for sv in svcs for x in sv.adjs)), ZERO)),
                            m(tp)], sz)
        fl.y += 9
        doc.text(470, fl.y, f"NET {m(tp)}", sz, False, "R")
        rec.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=pt)
        fl.y += 16
    fl.need(80)
    doc.text(30, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK CODES", sz, True)
    rec.legend = [("CO", "PROVIDER WRITE-OFF OBLIGATION"), ("PR", "AMOUNT THE PATIENT OWES"),
                  ("MA01", "HOW TO ASK FOR A REVIEW OF THIS DECISION (SEE PAYER WEBSITE)"),
                  ("N425", "ITEM NOT PAYABLE FOR THIS BENEFICIARY; NO PATIENT LIABILITY")]
    for c, t in rec.legend:
        fl.y += 9
        doc.text(30, fl.y, f"{c:<6}{t}", sz)
    doc.close()
    return rec, doc.page


# ============================================================================ p2 practice-management ERA report (fpdf2)

def p2(path, npages):
    doc = Doc("fpdf2", path, "libnarrow", landscape=True)
    rec = Rec()
    rec.adj_complete = True
    X = [(30, "L"), (140, "L"), (200, "L"), (282, "L"), (322, "L"), (356, "L"), (392, "R"), (440, "R"),
         (488, "R"), (532, "R"), (572, "R"), (612, "R"), (624, "L"), (762, "R")]
    H = ["Patient", "Acct #", "Payer ICN", "DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Copay",
         "Coins", "Adjustments", "Paid"]

    def on_page(cont):
        doc.text(30, 32, "TherapyDesk PM  -  ERA Payment Detail", 12, True)
        doc.text(30, 45, "Practice: Kestrel Lane Therapy Group   Payer: Great Lakes Mutual (payer ID 61290)   "
                 "Check/EFT: 44018822   Paid 02/10/2026", 7.5)
        doc.text(762, 32, f"Page {doc.page} of {npages or '?'}", 7.5, False, "R")
        doc.text(762, 45, "Run by: jfairbanks  02/11/2026 08:14", 7.5, False, "R")
        y = 62
        doc.hline(30, 762, y - 9, 0.6)
        cols(doc, y, X, H, 7.5, True)
        doc.hline(30, 762, y + 4, 0.6)
        return y + 15

    fl = Flow(doc, 580, on_page)
    st = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.80"),
                   copay_codes={"97161": Decimal("40.00"), "97165": Decimal("40.00")})
    pts = [
        ("Dubois, Simone", "KLT10442", "GLM2603400871", [Svc(D(2026, 1, 5), "97165", 1, ("GO",)),
                                                          Svc(D(2026, 1, 5), "97530", 2, ("GO",))]),
        ("Dubois, Simone", "KLT10458", "GLM2603400872", [Svc(D(2026, 1, 12), "97530", 3, ("GO",)),
                                                          Svc(D(2026, 1, 12), "97533", 1, ("GO",), denied="CO")]),
        ("Nakashima, Reid", "KLT10460", "GLM2603400873", [Svc(D(2026, 1, 7), "97161", 1, ("GP",)),
                                                           Svc(D(2026, 1, 7), "97110", 2, ("GP",)),
                                                           Svc(D(2026, 1, 7), "97140", 1, ("GP", "59"))]),
        ("Obi-Lindgren, Kaja", "KLT10471", "GLM2603400874", [Svc(D(2026, 1, 9), "92507", 1, ("GN",)),
                                                             Svc(D(2026, 1, 16), "92507", 1, ("GN",))]),
        ("Nakashima, Reid", "KLT10488", "GLM2603400875", [Svc(D(2026, 1, 14), "97110", 3, ("GP",)),
                                                           Svc(D(2026, 1, 14), "97112", 1, ("GP",))]),
    ]
    for name, acct, icn, svcs in pts:
        for s in svcs:
            commercial(s, st, deny_reason="96")
        for i, s in enumerate(svcs):
            fl.need(12)
            adjtxt = "  ".join(f"{g}{c} {m(a)}" for g, c, a in s.adjs)
            vals = [name if i == 0 else "", acct, icn, f"{s.dos.month}/{s.dos.day}/{s.dos:%y}", s.code,
                    ",".join(s.mods), units_str(s.units), m(s.billed), m(s.allowed), m(s.deductible), m(s.copay),
                    m(s.coinsurance), adjtxt, m(s.paid)]
            cols(doc, fl.y, X, vals, 7.5)
            rec.line(doc, s, row=[acct, icn, vals[3], _norm(adjtxt)], claim_id=acct, pcid=icn, patient=name,
                     printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid"),
                     adjustments=s.adjs)
            fl.y += 11
        tb, ta, tp = (total(svcs, a) for a in ("billed", "allowed", "paid"))
        cols(doc, fl.y, X, ["", "", "", "", "", "", "Claim", m(tb), m(ta), "", "", "", "", m(tp)], 7.5, True)
        doc.hline(392, 762, fl.y - 8, 0.3, gray=0.5)
        rec.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)
        fl.y += 16
    fl.need(50)
    allp = sum((c["totals"]["paid"] and Decimal(c["totals"]["paid"]) for c in rec.claims), ZERO)
    doc.text(30, fl.y, f"Check total {m(allp)}    Claims on this ERA: {len(rec.claims)}    "
             "Provider-level adjustments: none", 8, True)
    doc.close()
    return rec, doc.page


# ============================================================================ s1 therapy clinic family statement (fpdf2)

def s1(path, npages):
    doc = Doc("fpdf2", path, "dejavuserif")
    rec = Rec()
    X = [(40, "L"), (92, "L"), (150, "L"), (212, "L"), (384, "R"), (450, "R"), (512, "R"), (572, "R")]
    H = ["Date", "Visit #", "Code", "Description", "Qty", "Charges", "Credits", "Balance"]

    def on_page(cont):
        doc.text(40, 40, "Willowmere Children's Therapy", 14, True)
        doc.text(40, 53, "312 Orchard Row, Suite 4  ·  Hadley Brook, VT 05071  ·  (802) 555-0164", 7.5)
        doc.text(572, 40, "FAMILY STATEMENT", 10, True, "R")
        doc.text(572, 53, f"Page {doc.page} of {npages or '?'}", 7.5, False, "R")
        doc.hline(40, 572, 60, 0.8)
        if not cont:
            doc.rect(360, 70, 212, 70)
            for i, (k, v) in enumerate([("Statement date", "02/02/2026"), ("Guarantor account", "G-20931"),
                                        ("Amount due", money(_MEMO.get("s1_due", ZERO))), ("Due by", "02/27/2026")]):
                doc.text(368, 84 + 14 * i, k, 8)
                doc.text(564, 84 + 14 * i, v, 8, True, "R")
            for i, t in enumerate(["To the parent or guardian of:", "Esperanza & Tobias Fennimore-Kaur",
                                   "77 Birchgate Lane", "Hadley Brook, VT 05071"]):
                doc.text(40, 84 + 12 * i, t, 8.5, i == 1)
            y = 170
        else:
            y = 80
        cols(doc, y, X, H, 8, True)
        doc.hline(40, 572, y + 4, 0.5)
        return y + 16

    fl = Flow(doc, 740, on_page)
    st = PlanState(ded_left=Decimal("0"), visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.70"))
    kids = [
        ("Amara Fennimore-Kaur", [
            ("V-118204", "NEPB-7730012", [Svc(D(2026, 1, 6), "97166", 1, ("GO",)),
                                          Svc(D(2026, 1, 6), "97530", 2, ("GO",))]),
            ("V-118377", "NEPB-7730655", [Svc(D(2026, 1, 13), "97530", 3, ("GO",)),
                                          Svc(D(2026, 1, 13), "97533", 1, ("GO",))])]),
        ("Jasper Fennimore-Kaur", [
            ("V-118291", "NEPB-7730418", [Svc(D(2026, 1, 8), "92523", 1, ("GN",))]),
            ("V-118450", "NEPB-7731002", [Svc(D(2026, 1, 15), "92507", 1, ("GN",)),
                                          Svc(D(2026, 1, 15), "92526", 1, ("GN",))])]),
        ("Esperanza Fennimore-Kaur", [
            ("V-118512", None, [Svc(D(2026, 1, 22), "97110", 2, ("GP",)), Svc(D(2026, 1, 22), "97140", 1, ("GP",))])]),
    ]
    bal = Decimal("0.00")
    for who, visits in kids:
        fl.need(30)
        doc.text(40, fl.y, f"Patient: {who}", 9, True)
        fl.y += 14
        for vid, pcid, svcs in visits:
            for s in svcs:
                commercial(s, st)
            for s in svcs:
                fl.need(12)
                bal += s.billed
                desc = doc.wrap(s.desc, 160, 7.5)
                code = f"{s.code} {' '.join(s.mods)}".strip()
                vals = [dfmt(s.dos, "mdy2"), vid, code, desc[0], units_str(s.units), m(s.billed), "", m(bal)]
                cols(doc, fl.y, X, vals, 7.5)
                rec.line(doc, s, row=[vals[0], vid, code, vals[7]], claim_id=vid, pcid=pcid, patient=who,
                         printed=("billed",))
                for extra in desc[1:]:
                    fl.y += 9
                    doc.text(212, fl.y, extra, 7.5)
                fl.y += 11
            tb = total(svcs, "billed")
            if pcid:
                paid, adj = total(svcs, "paid"), total(svcs, "discount")
                for lab, a in ((f"NE Parent Benefit paid - claim {pcid}", paid),
                               ("Insurance contractual adjustment", adj)):
                    fl.need(11)
                    bal -= a
                    cols(doc, fl.y, X, [dfmt(D(2026, 1, 30), "mdy2"), vid, "", lab, "", "", m(-a, "()"), m(bal)],
                         7.5)
                    fl.y += 11
            else:
                fl.need(11)
                cols(doc, fl.y, X, ["", vid, "", "Claim sent to insurance 01/23/26 - pending", "", "", "", ""],
                     7.5)
                fl.y += 11
            rec.claim(vid, pcid, who, billed=None)
            fl.y += 4
        fl.y += 6
    _MEMO["s1_due"] = bal
    fl.need(40)
    doc.hline(40, 572, fl.y - 6, 0.6)
    doc.text(40, fl.y + 4, "Account balance", 9, True)
    doc.text(572, fl.y + 4, m(bal, style="$"), 9, True, "R")
    fl.y += 20
    doc.text(40, fl.y, "Questions about this statement? Our billing office is open weekdays 8:30-4:30. We accept "
             "cards, checks and HSA cards.", 7)
    doc.close()
    return rec, doc.page


# ============================================================================ s2 hospital family statement (reportlab)

def s2(path, npages):
    doc = Doc("reportlab", path, "libsans")
    rec = Rec()
    X = [(170, "L"), (222, "L"), (250, "L"), (302, "L"), (500, "R"), (576, "R")]
    H = ["Service date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]

    def on_page(cont):
        doc.rect(30, 30, 128, 730, fill=0.94, stroke=False)
        doc.text(36, 50, "ST. BRIGID", 12, True)
        doc.text(36, 63, "REGIONAL HEALTH", 12, True)
        doc.text(36, 80, "Patient Financial Services", 7)
        doc.text(36, 90, "1-888-555-0107", 7)
        doc.text(36, 110, "Guarantor", 7, True)
        doc.text(36, 120, "Caspian Odhiambo-Reyes", 7)
        doc.text(36, 130, "Guarantor no. 5503318", 7)
        doc.text(36, 150, "Statement date", 7, True)
        doc.text(36, 160, "February 4, 2026", 7)
        doc.text(36, 180, "Please pay", 7, True)
        doc.text(36, 192, money(_MEMO.get("s2_due", ZERO)), 11, True)
        doc.text(36, 740, f"Page {doc.page} of {npages or '?'}", 7)
        doc.text(170, 48, "Your Statement - Summary of Hospital Accounts", 12, True)
        doc.text(170, 60, "Outpatient rehabilitation services, Lakeside campus", 8)
        doc.hline(170, 576, 66, 0.8)
        return 84 if not cont else 80

    fl = Flow(doc, 740, on_page)
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.65"))
    rev = {"97": "0430", "92": "0440", "G0": "0420", "L3": "0274"}
    accts = [
        ("Noor Odhiambo-Reyes", "HB40028817", "HCN 26A1190553", [
            Svc(D(2026, 1, 5), "97165", 1, ("GO",)), Svc(D(2026, 1, 5), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 7), "97530", 2, ("GO",)), Svc(D(2026, 1, 7), "97140", 1, ("GO",)),
            Svc(D(2026, 1, 12), "97530", 3, ("GO",)), Svc(D(2026, 1, 12), "97760", 1, ("GO",)),
            Svc(D(2026, 1, 12), "L3807", 1, ("LT",)), Svc(D(2026, 1, 14), "97530", 2, ("GO",)),
            Svc(D(2026, 1, 14), "97535", 1, ("GO",)), Svc(D(2026, 1, 19), "97530", 3, ("GO",)),
            Svc(D(2026, 1, 19), "97112", 1, ("GO",)), Svc(D(2026, 1, 21), "97168", 1, ("GO",))]),
        ("Caspian Odhiambo-Reyes", "HB40031264", "HCN 26A1204418", [
            Svc(D(2026, 1, 9), "97161", 1, ("GP",)), Svc(D(2026, 1, 9), "97110", 2, ("GP",)),
            Svc(D(2026, 1, 16), "97110", 3, ("GP",)), Svc(D(2026, 1, 16), "G0283", 1, ("GP",)),
            Svc(D(2026, 1, 23), "97110", 2, ("GP",)), Svc(D(2026, 1, 23), "97116", 2, ("GP",))]
         + weekly([26, 28, 30], [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))])
         + weekly([2, 3], [("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97112", 1, ("GP",))], month=2)),
        ("Soraya Odhiambo-Reyes", "HB40033090", "HCN 26A1215872", [
            Svc(D(2026, 1, 20), "92523", 1, ("GN",)), Svc(D(2026, 1, 27), "92507", 1, ("GN",))]),
    ]
    for who, acct, hcn, svcs in accts:
        for s in svcs:
            commercial(s, st)
        fl.need(70)
        doc.rect(170, fl.y - 10, 406, 26, stroke=True)
        doc.text(176, fl.y, f"Patient: {who}", 8.5, True)
        doc.text(570, fl.y, f"Account {acct}", 8.5, True, "R")
        doc.text(176, fl.y + 11, "Insurance: Harborline Health PPO", 7.5)
        doc.text(570, fl.y + 11, f"Insurance claim no. {hcn.split()[1]}", 7.5, False, "R")
        fl.y += 30
        cols(doc, fl.y, X, H, 7.5, True)
        doc.hline(170, 576, fl.y + 3, 0.4)
        fl.y += 13
        for s in svcs:
            fl.need(11)
            vals = [dfmt(s.dos, "mon"), rev[s.code[:2]], " ".join((s.code,) + s.mods), s.desc,
                    units_str(s.units), m(s.billed, style="$")]
            cols(doc, fl.y, X, vals, 7.5)
            rec.line(doc, s, row=[vals[0], vals[1], vals[2]], claim_id=acct, pcid=hcn.split()[1], patient=who,
                     printed=("billed",))
            fl.y += 10.5
        tb, tp, td, to = (total(svcs, a) for a in ("billed", "paid", "discount", "owes"))
        for lab, v in (("Total charges", tb), ("Insurance payments", -tp), ("Insurance adjustments", -td),
                       ("Patient balance for this account", to)):
            fl.need(11)
            doc.text(296, fl.y + 2, lab, 7.5, lab.startswith("Total") or lab.startswith("Patient"))
            doc.text(576, fl.y + 2, m(v, "()", "$"), 7.5, False, "R")
            fl.y += 10.5
        rec.claim(acct, hcn.split()[1], who, billed=tb, patient_owes=to)
        fl.y += 14
    _MEMO["s2_due"] = sum((Decimal(c["totals"]["patient_owes"]) for c in rec.claims), ZERO)
    fl.need(40)
    doc.text(170, fl.y, "We bill your insurance for you. Balances shown are after your plan processed the account.",
             7.5)
    doc.text(170, fl.y + 10, "Financial assistance may be available; ask us for an application.", 7.5)
    doc.close()
    return rec, doc.page


LAYOUTS = [
    ("h167_c1_member_eob", c1, "reportlab", "commercial member EOB"),
    ("h167_c2_member_claims_statement", c2, "fpdf2", "commercial member EOB"),
    ("h167_m1_ma_part_c_eob", m1, "reportlab", "Medicare Advantage member EOB"),
    ("h167_m2_msn_mono", m2, "fpdf2", "Medicare Summary Notice"),
    ("h167_d1_medicaid_ra_mainframe", d1, "fpdf2", "state Medicaid remittance advice"),
    ("h167_d2_medicaid_mco_ra", d2, "reportlab", "state Medicaid (managed care) remittance advice"),
    ("h167_p1_clearinghouse_spr", p1, "reportlab", "clearinghouse Medicare-style paper remit"),
    ("h167_p2_pm_era_report", p2, "fpdf2", "practice-management ERA payment detail"),
    ("h167_s1_clinic_family_statement", s1, "fpdf2", "therapy clinic family statement"),
    ("h167_s2_hospital_family_statement", s2, "reportlab", "hospital family statement"),
]


def build(out: Path) -> dict:
    recs = {}
    for name, fn, prod, kind in LAYOUTS:
        rec, pages = two_pass(fn, out, name)
        write_truth(out / f"{name}.pdf", name, prod, pages, kind, rec.lines, rec.claims, rec.legend, rec.findings)
        recs[name] = rec
    return recs


# ============================================================================ self-check

def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _amt_forms(a: str) -> list[str]:
    d = abs(Decimal(a))
    return [f"{d:,.2f}", f"{d:.2f}"]


def check(out: Path, recs: dict) -> list[str]:
    import pdfplumber

    errs = []
    spanning = 0
    for name, fn, prod, kind in LAYOUTS:
        pdf = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
        rec = recs[name]
        with pdfplumber.open(pdf) as p:
            pages = [pg.extract_text() or "" for pg in p.pages]
            if len(p.pages) != truth["pages"]:
                errs.append(f"{name}: page count {len(p.pages)} != {truth['pages']}")
        plines = [[_norm(t) for t in pg.splitlines()] for pg in pages]
        alltext = _norm(" ".join(pages))
        used = set()
        for i, (ln, anch, pa) in enumerate(zip(truth["lines"], rec.anchors, rec.page_anchors)):
            pg = ln["page"]
            need = [a for a in anch if a] + [ln["code"]] + ln["modifiers"]
            amts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                    "coinsurance", "not_covered", "discount") if ln[k] is not None]
            found = None
            for j, t in enumerate(plines[pg - 1]):
                if (pg, j) in used or not all(a in t for a in need):
                    continue
                if not all(any(f in t for f in _amt_forms(a)) for a in amts):
                    continue
                if ln["units"] is not None:
                    toks = [x.strip("x,") for x in t.split()]
                    ok = False
                    for x in toks:
                        try:
                            ok = ok or Decimal(x.rstrip("-")) == Decimal(ln["units"]).copy_abs()
                        except Exception:
                            pass
                    if not ok:
                        continue
                found = j
                break
            if found is None:
                errs.append(f"{name}: line {i} ({ln['code']} {ln['service_date']}) not found on page {pg}: {need}")
                continue
            used.add((pg, found))
            ptxt = _norm(pages[pg - 1])
            for a in pa + ln["remarks"] + [g + "-" + c for g, c, _ in ln["adjustments"]] * 0:
                if a not in ptxt:
                    errs.append(f"{name}: line {i}: {a!r} not on page {pg}")
            for g, c, a in ln["adjustments"]:
                if not (f"{g}-{c}" in ptxt or f"{g}{c}" in ptxt):
                    errs.append(f"{name}: line {i}: adjustment {g}{c} not on page")
                if a is not None and not any(f in ptxt for f in _amt_forms(a)):
                    errs.append(f"{name}: line {i}: adjustment amount {a} not on page")
            if rec.adj_complete and ln["billed"] and ln["paid"]:
                s = Decimal(ln["billed"]) - sum((Decimal(a) for _, _, a in ln["adjustments"]), ZERO)
                if s != Decimal(ln["paid"]):
                    errs.append(f"{name}: line {i}: billed - adjustments {s} != paid {ln['paid']}")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and _norm(ln[k]) not in alltext:
                    errs.append(f"{name}: line {i}: {k} {ln[k]!r} not in document")
            for k in ("service_date", "service_end"):
                if ln[k]:
                    assert date.fromisoformat(ln[k])
        # claims: totals = sum of lines unless planted
        span = False
        for c in truth["claims"]:
            ls = [x for x in truth["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                  (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not ls:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
                continue
            if len({x["page"] for x in ls}) > 1:
                span = True
            for k in ("claim_id", "payer_claim_id", "patient"):
                if c[k] and _norm(c[k]) not in alltext:
                    errs.append(f"{name}: claim {k} {c[k]!r} not in document")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not any(f in alltext for f in _amt_forms(v)):
                    errs.append(f"{name}: claim total {k} {v} not printed")
                if all(x[k] is None for x in ls):
                    continue  # a claim-level figure the lines do not carry (e.g. PT RESP)
                sm = sum((Decimal(x[k]) for x in ls if x[k] is not None), ZERO)
                planted = any(str(c["payer_claim_id"]) in f for f in truth["expected_findings"])
                if (sm != Decimal(v)) != (planted and k == "patient_owes"):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} vs lines {sm} (planted={planted})")
        for code, text in truth["legend"]:
            if code not in alltext or _norm(text)[:30] not in alltext:
                errs.append(f"{name}: legend {code} not printed")
        spanning += span
        print(f"{name}: {truth['pages']} pages, {len(truth['lines'])} lines, {len(truth['claims'])} claims, "
              f"claim spans pages: {span}")
    if spanning < 3:
        errs.append(f"only {spanning} files have a claim continuing onto the next page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout167_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    recs = build(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, recs)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "OK")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
