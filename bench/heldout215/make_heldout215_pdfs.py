"""Write held-out set 215 of synthetic PDF EOB layouts (with truth files) into a folder: an independent
measurement of the PDF reader on ten layouts nobody developing it has seen, two of each of the five commonest
real document kinds.

Run:  python bench/heldout215/make_heldout215_pdfs.py OUT_DIR            (writes the PDFs and truth files)
      python bench/heldout215/make_heldout215_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (run by the measurer, not by this set's author)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness). Truth format: the one of samples/pdf (see
samples/pdf/eobgen.py), printed values only, null for what a layout does not print (units null where no
quantity is printed for the line; adjustments [] where the page prints no group/reason codes, even if it prints
an unexplained adjustment amount); claim_id = the provider's own account / patient-control / visit / hospital
account number (null where not printed, as on the Medicare Summary Notice); payer_claim_id = the payer's claim
number / ICN / TCN; patient = the person who got the service exactly as printed (not the subscriber or
guarantor). Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts (set 215):
  a1 commercial member EOB, portrait Helvetica, "This is not a bill" summary box, per-claim heading naming the
     family member, "Amount billed / Plan discount / Allowed amount / Not covered / Deductible / Copay /
     Coinsurance / Plan paid / Your cost / Notes", code as "97530-GO", no units; one claim runs on to page 2
     with a "(continued)" heading and repeated column header; lettered notes legend (reportlab)
  a2 commercial member EOB, landscape DejaVu Sans Condensed, left sidebar with deductible / out-of-pocket
     meters, main table "Service dates / Code / Mod / Qty / Amount billed / Member rate / Not covered /
     Deductible / Copay / Coinsurance / Plan's share / Your share / Reason", "Jan 5, 2026" dates, patient
     account printed per claim, a denied claim, three family members (fpdf2)
  a3 Medicare Summary Notice (Part B), portrait Times, page-1 summary then claim pages, "Service Provided &
     Billing Code" with the code in parentheses "(97110-GP)", "Amount Provider Charged / Medicare-Approved
     Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes", no units, lettered notes, a
     non-covered line (reportlab)
  a4 Medicare Advantage member EOB, portrait Liberation Serif, "Your medical claims this month", per-visit
     copay, "Provider charged / Plan approved / Plan paid / Your copay / You owe", units column, one claim
     continues on page 2 with "(continued from page 1)" and repeated header (fpdf2)
  a5 state Medicaid remittance advice, landscape Courier mainframe print, PAID / DENIED / ADJUSTED sections,
     claim heading lines "RECIP NAME / RECIP ID / ICN / PAT ACCT", MMDDYY dates, "CO 45 174.45" adjustment
     cells, trailing-minus reversal, a claim continuing on the next page under the repeated header (reportlab)
  a6 state Medicaid provider remittance, portrait DejaVu Sans, boxed claim blocks "TCN / Member Name / Member
     ID / Patient Control #", grid table "Ln / DOS From / DOS To / Procedure / Mod / Units / Billed / Allowed /
     TPL / Paid / EOB", state EOB codes only (no CARCs), other-insurance (TPL) amount, a denied claim (fpdf2)
  a7 clearinghouse reprint of a Medicare-style standard paper remit, portrait Courier: "PERF PROV / SERV DATE /
     POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD", "NAME / MID / ACNT /
     ICN / ASG / MOA" claim lines, extra adjustments on stacked rows, PT RESP and CLAIM TOTALS rows, a claim
     whose rows continue onto page 2 (reportlab)
  a8 practice-management "ERA payment detail" print, landscape Liberation Sans Narrow, shaded claim bars,
     adjustment group/reason/amount as stacked sub-rows, a reversal in parentheses and its correction,
     provider-level adjustment section, header repeated per page (fpdf2)
  a9 pediatric therapy clinic family statement, portrait Liberation Serif with a right-hand sidebar (amount
     due, pay-by, contact), visit headings naming the child and the insurer's claim number, code + "x3" and
     the description wrapped to a second row, "Charge / Ins. paid / Adjust. / You owe", payments as
     non-service rows (reportlab)
  a10 hospital guarantor statement, portrait DejaVu Sans, one hospital account per family member, "Date /
     Rev / Code / Description / Qty / Charges" rows, insurance payment and contractual adjustment only at
     account level (line paid null), PLANTED account-total mismatch on one account (fpdf2)

The self-check (--check) tests the factory, not the reader: the page count, that every line's date, code,
modifiers, units and printed amounts are on one text row of its page (pdfplumber words grouped by baseline),
its adjustment codes and amounts and remarks on that row or the rows just under it, ids and patients in the
document text, and the documents' own arithmetic (billed - discount - not covered = allowed, allowed -
deductible - copay - coinsurance = paid where printed; billed - adjustments = paid where every adjustment is
printed; claim totals = the sum of the lines unless the planted mismatch is declared, and it really differs).
"""

from __future__ import annotations

import json
from textwrap import wrap
import sys as _sys
_sys.dont_write_bytecode = True
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (DESC, FEE, SCHED, ZERO, PlanState, Svc, amt, claim_totals, commercial, dfmt, medicaid, medicare,  # noqa: E402
                    money, negate, q, total, truth_line, units_str, write_truth)
from h215page import Doc, has, read_rows, render_fpdf, render_reportlab  # noqa: E402

D = date
FEE.setdefault("97533", "90.00")
SCHED.setdefault("97533", "31.20")
DESC.setdefault("97533", "Sensory integration activities")
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
ALL_AMTS = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
            "patient_owes")


def sv(d, code, u, mods=(), desc="", denied=None):
    return Svc(d, code, Decimal(str(u)), tuple(mods), None, desc, denied)


class Out:
    """Collects truth lines/claims for one layout."""

    def __init__(self, name, producer, desc, fmt):
        self.name, self.producer, self.desc, self.fmt = name, producer, desc, fmt
        self.lines, self.claims, self.legend, self.findings = [], [], [], []

    def line(self, page, s, cid, pcid, pat, printed, units=True, adjs=None, remarks=None, mods=True):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     units=units, modifiers=mods, adjustments=adjs, remarks=remarks,
                                     description=False))

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


# ================================================================================================ a1
def a1():
    m = lambda d: money(d, "$")  # noqa: E731
    o = Out("a1_commercial_member_eob", "reportlab", "Commercial member EOB, portrait, notes letters",
            {"date": lambda d: dfmt(d, "mdy2"), "money": m, "units": None, "adj": None})
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    fam = [
        ("Theo Ostrander", "BH-55077", "CLH26-0109-77102", "Bright Harbor Pediatric Therapy", [
            sv(D(2025, 12, 29), "97165", 1, ("GO",)), sv(D(2025, 12, 29), "97530", 2, ("GO",)),
            sv(D(2025, 12, 31), "97530", 2, ("GO",)), sv(D(2025, 12, 31), "97535", 1, ("GO",)),
            sv(D(2026, 1, 2), "97530", 3, ("GO",)), sv(D(2026, 1, 2), "97112", 1, ("GO", "59"))]),
        ("Ruby Ostrander", "BH-55121", "CLH26-0121-90044", "Bright Harbor Pediatric Therapy", [
            sv(D(2026, 1, 8), "92523", 1, ("GN",)), sv(D(2026, 1, 15), "92507", 1, ("GN",))]),
        ("Miriam Ostrander", None, "CLH26-0126-10382", "Lakeshore Family Medicine", [
            sv(D(2026, 1, 19), "99213", 1, ("25",)), sv(D(2026, 1, 19), "G0283", 1)]),
        ("Ezra Ostrander", None, "CLH26-0127-10511", "Kestrel Sports & Spine PT", [
            sv(D(2026, 1, 20), "97161", 1, ("GP",)), sv(D(2026, 1, 20), "97110", 2, ("GP",)),
            sv(D(2026, 1, 22), "97110", 2, ("GP",)), sv(D(2026, 1, 22), "97140", 1, ("GP", "59"))]),
        ("Theo Ostrander", "BH-55120", "CLH26-0202-88217", "Bright Harbor Pediatric Therapy", [
            sv(D(2026, 1, 5), "97168", 1, ("GO",)), sv(D(2026, 1, 7), "97530", 2, ("GO",)),
            sv(D(2026, 1, 7), "97535", 1, ("GO",)), sv(D(2026, 1, 9), "97530", 3, ("GO",)),
            sv(D(2026, 1, 9), "97112", 1, ("GO", "59")), sv(D(2026, 1, 12), "97530", 2, ("GO",)),
            sv(D(2026, 1, 12), "97110", 2, ("GO",)), sv(D(2026, 1, 14), "97530", 3, ("GO",)),
            sv(D(2026, 1, 14), "97140", 1, ("GO", "59")), sv(D(2026, 1, 16), "97535", 2, ("GO",)),
            sv(D(2026, 1, 16), "97760", 1, ("GO",), denied="PR")]),
    ]
    for _, _, _, _, svcs in fam:
        for s in svcs:
            commercial(s, st)
            if s.denied:
                s.remarks = ["K4"]
            elif s.deductible:
                s.remarks = ["K1"]
    W, H = LETTER
    cols = [(40, "l"), (86, "l"), (176, "r"), (222, "r"), (268, "r"), (312, "r"), (356, "r"), (394, "r"),
            (438, "r"), (484, "r"), (528, "r"), (540, "l")]

    def furn(doc, p):
        doc.at(40, 50, "CEDARLINE HEALTH PLAN", s="b", z=15)
        doc.at(40, 63, "PO Box 41870  Brannock, OR 97412   Member services 1-800-555-0143", z=7.5)
        doc.at(572, 50, "Explanation of Benefits", "r", "b", 12)
        doc.at(572, 63, f"Page {p} of {{NP}}", "r", z=8)
        doc.line(40, 70, 572, 70, 1.2)
        return 80

    def colhead(doc):
        y = doc.y
        doc.rect(38, y, 536, 22, fill=0.88)
        for (x, a), t1, t2 in zip(cols, ["Date of", "Service", "Amount", "Plan", "Allowed", "Not", "Deduct-",
                                          "Copay", "Co-", "Plan", "Your", "Notes"],
                                  ["service", "code", "billed", "discount", "amount", "covered", "ible", "",
                                   "insurance", "paid", "cost", ""]):
            doc.at(x, y + 9, t1, a, "b", 7)
            doc.at(x, y + 18, t2, a, "b", 7)
        doc.y += 25

    doc = Doc(W, H, "helv", 8, furniture=furn, bottom=60)
    doc.at(40, doc.y + 10, "Subscriber: MIRIAM OSTRANDER", s="b", z=9)
    doc.at(40, doc.y + 22, "Member ID: CDL882041177   Group: 50917-OR   Statement date: 02/02/2026", z=8)
    doc.at(40, doc.y + 34, "7 Kettle Rock Lane, Brannock OR 97415", z=8)
    doc.rect(360, doc.y, 212, 56)
    doc.at(366, doc.y + 12, "THIS IS NOT A BILL", s="b", z=10)
    allsv = [s for f in fam for s in f[4]]
    doc.at(366, doc.y + 26, f"Total billed by providers: {m(total(allsv, 'billed'))}", z=8)
    doc.at(366, doc.y + 37, f"Total paid by your plan: {m(total(allsv, 'paid'))}", z=8)
    doc.at(366, doc.y + 48, f"Your total cost: {m(total(allsv, 'owes'))}", z=8)
    doc.gap(66)
    for pat, acct, clm, prov, svcs in fam:
        if DEBUG:
            print("a1 claim", clm, doc.page, doc.y)
        doc.ensure(60)
        doc.row([(40, f"Claim for {pat}", "l", "b"), (300, f"Claim number {clm}", "l", "b")], z=9)
        doc.row([(40, f"Provided by: {prov}"), (300, f"Your provider's account #: {acct}" if acct else
                                                   "Received 01/27/2026")], z=8)
        doc.header = None
        colhead(doc)

        def rep(d, pat=pat, clm=clm):
            d.row([(40, f"Claim for {pat} (continued)  -  Claim number {clm}", "l", "b")], z=9)
            colhead(d)
        doc.header = rep
        for s in svcs:
            vals = [dfmt(s.dos, "mdy2"), "-".join((s.code,) + s.mods), m(s.billed), m(s.discount), m(s.allowed),
                    m(s.not_covered), m(s.deductible), m(s.copay), m(s.coinsurance), m(s.paid), m(s.owes),
                    " ".join(s.remarks)]
            pg = doc.row([(x, v, a) for (x, a), v in zip(cols, vals)], h=13)
            o.line(pg, s, acct, clm, pat, ALL_AMTS, units=False, remarks=s.remarks)
        doc.header = None
        doc.rule(40, 572, 0.4)
        doc.gap(2)
        tv = ["Claim total", "", m(total(svcs, "billed")), m(total(svcs, "discount")), m(total(svcs, "allowed")),
              m(total(svcs, "not_covered")), m(total(svcs, "deductible")), m(total(svcs, "copay")),
              m(total(svcs, "coinsurance")), m(total(svcs, "paid")), m(total(svcs, "owes")), ""]
        doc.row([(x, v, a, "b") for (x, a), v in zip(cols, tv)], h=18)
        o.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    o.legend = [("K1", "Part of this allowed amount counted toward your deductible."),
                ("K4", "Your plan does not cover this item; you may be billed for it.")]
    doc.gap(8)
    doc.row([(40, "Notes", "l", "b")])
    for c, t in o.legend:
        doc.row([(40, c), (60, t)])
    doc.row([(40, "To appeal, write to us within 180 days of this statement. Keep this notice for your records.")],
            z=7)
    return o, doc, render_reportlab


# ================================================================================================ a2
def a2():
    m = lambda d: money(d, ",")  # noqa: E731
    o = Out("a2_commercial_family_eob_sidebar", "fpdf2", "Commercial member EOB with sidebar, landscape",
            {"date": lambda d: dfmt(d, "mon"), "money": m, "units": units_str, "adj": None})
    st = PlanState(ded_left=Decimal("40.00"), visit_copay=Decimal("35.00"))
    fam = [
        ("Ada Kowalczyk-Reyes", "7730-12", "JM2601-004417", "Northfork Rehab & Hand Center", [
            sv(D(2026, 1, 6), "97161", 1, ("GP",)), sv(D(2026, 1, 6), "97110", 2, ("GP",)),
            sv(D(2026, 1, 13), "97110", 2, ("GP",)), sv(D(2026, 1, 13), "97140", 1, ("GP", "59")),
            sv(D(2026, 1, 13), "97112", 1, ("GP", "CQ"))]),
        ("Tomas Kowalczyk-Reyes", "7730-15", "JM2601-004502", "Northfork Rehab & Hand Center", [
            sv(D(2026, 1, 8), "97166", 1, ("GO",)), sv(D(2026, 1, 8), "97530", 2, ("GO",)),
            sv(D(2026, 1, 15), "97530", 3, ("GO",)), sv(D(2026, 1, 15), "97535", 1, ("GO",))]),
        ("Lena Kowalczyk-Reyes", "88341", "JM2601-004777", "Quill Street Speech Studio", [
            sv(D(2026, 1, 20), "92507", 1, ("GN",), denied="CO"), sv(D(2026, 1, 27), "92507", 1, ("GN",),
                                                                     denied="CO")]),
    ]
    for *_, svcs in fam:
        for s in svcs:
            commercial(s, st)
            s.remarks = ["D7"] if s.denied else (["B2"] if s.deductible else [])
    W, H = LAND
    X = [268, 300, 346, 400, 452, 500, 544, 582, 630, 682, 734, 740]
    heads = ["Code", "Mod", "Qty", "Amount billed", "Member rate", "Not covered", "Deductible", "Copay",
             "Coinsurance", "Plan's share", "Your share", "Reason"]

    def furn(doc, p):
        doc.rect(0, 0, 196, H, fill=0.93)
        doc.at(16, 40, "Juniper Mutual", s="b", z=16)
        doc.at(16, 56, "Benefits Company", s="b", z=11)
        doc.at(16, 80, "Explanation of Benefits", z=9)
        doc.at(16, 92, "Statement period 01/01/2026-01/31/2026", z=7)
        if p == 1:
            y = 120
            for t, v in [("Family deductible", "$500.00"), ("Met so far", "$460.00"),
                         ("Out-of-pocket limit", "$6,000.00"), ("Met so far", "$1,127.40")]:
                doc.at(16, y, t, z=7.5)
                doc.at(182, y, v, "r", "b", 7.5)
                y += 13
            doc.at(16, y + 14, "Questions? Call 1-888-555-0171", z=7)
            doc.at(16, y + 25, "or visit members.junipermutual.example", z=7)
        doc.at(16, H - 30, f"Page {p}", z=7)
        doc.at(214, 40, "Subscriber: Pawel Kowalczyk-Reyes    Member ID: JMB-4471902-01    Plan: Juniper Choice PPO 2500",
               z=8)
        doc.line(214, 48, W - 24, 48, 0.8)
        return 58

    def colhead(doc):
        doc.row([(214, "Service dates", "l", "b")] + [(x, h, "l" if i in (0, 1, 11) else "r", "b")
                                                      for i, (x, h) in enumerate(zip([X[0]] + X[1:12], heads))],
                z=7, h=12)
        doc.rule(214, W - 24, 0.4)
        doc.gap(3)

    doc = Doc(W, H, "dejavucond", 7.5, furniture=furn, bottom=40)
    for pat, acct, clm, prov, svcs in fam:
        doc.ensure(70)
        doc.gap(6)
        doc.row([(214, f"Patient: {pat}", "l", "b"), (400, f"Claim ID: {clm}", "l", "b"),
                 (560, f"Patient account: {acct}")], z=8.5)
        doc.row([(214, f"Provider: {prov} (in network)"), (560, "Processed 01/30/2026")], z=7.5)
        colhead(doc)
        for s in svcs:
            cells = [(214, dfmt(s.dos, "mon")), (X[0], s.code), (X[1], " ".join(s.mods)),
                     (X[2], units_str(s.units), "r")]
            for x, v in zip(X[3:11], [s.billed, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance,
                                      s.paid, s.owes]):
                cells.append((x, m(v), "r"))
            cells.append((X[11], " ".join(s.remarks)))
            pg = doc.row(cells, h=12)
            o.line(pg, s, acct, clm, pat, ("billed", "allowed", "not_covered", "deductible", "copay",
                                           "coinsurance", "paid", "patient_owes"), remarks=s.remarks)
        doc.rule(340, W - 24, 0.3)
        doc.row([(214, "Totals for this claim", "l", "b")] +
                [(x, m(total(svcs, a)), "r", "b") for x, a in
                 zip(X[3:11], ["billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
                               "owes"])], h=14)
        o.claim(acct, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    o.legend = [("B2", "Amount applied to your annual deductible."),
                ("D7", "Visit limit for this therapy reached; provider may not bill you (network agreement).")]
    doc.gap(10)
    doc.row([(214, "Reason codes", "l", "b")])
    for c, t in o.legend:
        doc.row([(214, c, "l", "b"), (236, t)])
    return o, doc, render_fpdf


# ================================================================================================ a3
def a3():
    m = lambda d: money(d, "$")  # noqa: E731
    o = Out("a3_medicare_summary_notice", "reportlab", "Medicare Summary Notice Part B",
            {"date": lambda d: dfmt(d, "mon"), "money": m, "units": None, "adj": None})
    st = PlanState(ded_left=Decimal("60.00"))
    pat = "HAROLD P. VANDERMEER"
    claims = [
        ("26019880412730", "Tamarack Outpatient Therapy, 1450 Sedge Rd, Coyle MN 55810", [
            sv(D(2025, 12, 2), "97161", 1, ("GP", "KX")), sv(D(2025, 12, 2), "97110", 2, ("GP", "KX")),
            sv(D(2025, 12, 4), "97110", 2, ("GP", "KX")), sv(D(2025, 12, 4), "97116", 1, ("GP", "KX")),
            sv(D(2025, 12, 9), "97112", 2, ("GP", "KX")), sv(D(2025, 12, 9), "97140", 1, ("GP", "KX"))]),
        ("26020231177054", "Tamarack Outpatient Therapy, 1450 Sedge Rd, Coyle MN 55810", [
            sv(D(2025, 12, 11), "97110", 2, ("GP", "CQ")), sv(D(2025, 12, 11), "97530", 1, ("GP", "CQ")),
            sv(D(2025, 12, 16), "0552T", 1, ("GP",), denied="PR")]),
        ("26021006620918", "Birchwood Hand & Upper Limb Clinic, 88 Ore Dock St, Coyle MN 55811", [
            sv(D(2025, 12, 18), "97167", 1, ("GO",)), sv(D(2025, 12, 18), "97760", 1, ("GO",)),
            sv(D(2025, 12, 18), "L3807", 1, ("RT",))]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=True)
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
    W, H = LETTER
    short = {"97161": "Physical therapy evaluation", "97110": "Strength and motion exercises",
             "97116": "Walking training", "97112": "Balance and coordination retraining",
             "97140": "Hands-on therapy", "97530": "Functional activities", "0552T": "Laser light therapy",
             "97167": "Occupational therapy evaluation", "97760": "Orthotic fitting and training",
             "L3807": "Custom-fitted wrist-hand brace"}

    def furn(doc, p):
        doc.at(40, 46, "Medicare Summary Notice", s="b", z=18, font="times")
        doc.at(40, 60, "for Part B (Medical Insurance)", z=11, font="times")
        doc.at(572, 46, pat, "r", "b", 9)
        doc.at(572, 60, f"Page {p} of {{NP}}", "r", z=9)
        doc.line(40, 68, 572, 68, 1.5)
        return 80

    doc = Doc(W, H, "times", 9.5, furniture=furn, bottom=56)
    allsv = [s for c in claims for s in c[2]]
    doc.row([(40, "THIS IS NOT A BILL", "l", "b")], z=13)
    doc.row([(40, "The notice shows all your services or supplies that providers billed to Medicare in the"
                  " 3-month period")])
    doc.row([(40, "Oct 1 - Dec 31, 2025, what Medicare paid, and the maximum you may be billed.")])
    doc.gap(8)
    doc.rect(40, doc.y, 250, 150)
    doc.at(48, doc.y + 16, "Your Deductible Status", s="b", z=11)
    doc.at(48, doc.y + 32, "Your deductible is what you must pay for", z=9)
    doc.at(48, doc.y + 44, "most health services before Medicare begins", z=9)
    doc.at(48, doc.y + 56, "to pay. You have now met your Part B deductible.", z=9)
    doc.at(48, doc.y + 84, "Medicare Number  XXXX-XXX-7Q41", z=9)
    doc.at(48, doc.y + 98, "2214 Alder Bluff Court, Coyle MN 55812", z=9)
    doc.rect(310, doc.y, 262, 150)
    doc.at(318, doc.y + 16, "Your Claims & Costs This Period", s="b", z=11)
    doc.at(318, doc.y + 36, "Did Medicare approve all services?", z=9)
    doc.at(564, doc.y + 36, "NO", "r", "b", 9)
    doc.at(318, doc.y + 52, "Number of services Medicare denied", z=9)
    doc.at(564, doc.y + 52, "1", "r", "b", 9)
    doc.at(318, doc.y + 72, "Total you may be billed", z=9)
    doc.at(564, doc.y + 72, m(total(allsv, "owes")), "r", "b", 9)
    doc.at(318, doc.y + 96, "Providers with claims this period:", z=9)
    doc.at(318, doc.y + 110, "Tamarack Outpatient Therapy", z=9)
    doc.at(318, doc.y + 122, "Birchwood Hand & Upper Limb Clinic", z=9)
    doc.gap(160)
    doc.row([(40, "If you disagree with a decision, see the appeal instructions on the last page.")])
    doc.new_page()
    doc.row([(40, "Your Claims for Part B (Medical Insurance)", "l", "b")], z=13)
    doc.row([(40, "Part B helps pay for outpatient therapy, doctor visits and medical equipment.")])
    doc.gap(6)
    X = [350, 408, 464, 520, 530]

    def colhead(doc):
        y = doc.y
        doc.rect(40, y, 532, 34, fill=0.9)
        for x, (a, b, c) in zip([48] + X, [("Service Provided &", "Billing Code", ""),
                                          ("Amount", "Provider", "Charged"), ("Medicare-", "Approved", "Amount"),
                                          ("Medicare", "Paid", "Provider"), ("Maximum", "You May", "Be Billed"),
                                          ("See", "Notes", "Below")]):
            al = "l" if x in (48, 530) else "r"
            doc.at(x, y + 10, a, al, "b", 8)
            doc.at(x, y + 20, b, al, "b", 8)
            doc.at(x, y + 30, c, al, "b", 8)
        doc.y += 38

    for clm, prov, svcs in claims:
        doc.ensure(110)
        doc.row([(40, f"{prov.split(',')[0]}, {dfmt(svcs[0].dos, 'mon')} - {dfmt(svcs[-1].dos, 'mon')}", "l",
                  "b")], z=10.5)
        doc.row([(40, f"Provider's address: {prov.split(', ', 1)[1]}")], z=9)
        doc.row([(40, f"Claim number: {clm}   Assigned: Yes")], z=9)
        colhead(doc)
        for s in svcs:
            pg = doc.row([(48, f"{dfmt(s.dos, 'mon')}  {short[s.code]} ({'-'.join((s.code,) + s.mods)})"),
                          (X[0], m(s.billed), "r"), (X[1], m(s.allowed), "r"), (X[2], m(s.paid), "r"),
                          (X[3], m(s.owes), "r"), (X[4], ", ".join(s.remarks))], h=14)
            o.line(pg, s, None, clm, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                   remarks=s.remarks)
        doc.rule(40, 572, 0.6)
        doc.row([(48, "Total for this claim", "l", "b"), (X[0], m(total(svcs, "billed")), "r", "b"),
                 (X[1], m(total(svcs, "allowed")), "r", "b"), (X[2], m(total(svcs, "paid")), "r", "b"),
                 (X[3], m(total(svcs, "owes")), "r", "b")], h=22)
        o.claim(None, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    o.legend = [("A", "Medicare paid 80% of the approved amount after a small federal payment reduction."),
                ("B", "Some of this approved amount went toward your yearly Part B deductible."),
                ("C", "Medicare does not cover this experimental service. You signed a notice, so you may be billed.")]
    doc.ensure(80)
    doc.row([(40, "Notes for Part B", "l", "b")], z=11)
    for c, t in o.legend:
        doc.row([(40, c, "l", "b"), (54, t)])
    while doc.page < 3:
        doc.new_page()
    doc.row([(40, "How to Handle Disputes", "l", "b")], z=11)
    doc.row([(40, "You may ask for an appeal within 120 days of the date you get this notice.")])
    return o, doc, render_reportlab


# ================================================================================================ a4
def a4():
    m = lambda d: money(d, "$")  # noqa: E731
    o = Out("a4_medicare_advantage_eob", "fpdf2", "Medicare Advantage member EOB",
            {"date": lambda d: dfmt(d, "mdy4"), "money": m, "units": units_str, "adj": None})
    pat = "Eleanor Q. Fitzwater"
    st = PlanState(allowed_rate=Decimal("0.55"), visit_copay=Decimal("25.00"))
    claims = [
        ("EF-30377", "MA26A0019543", "Greystone Rehab Associates", [
            sv(D(2026, 1, 21), "97168", 1, ("GO",)), sv(D(2026, 1, 21), "97535", 2, ("GO",)),
            sv(D(2026, 1, 23), "97530", 2, ("GO",))]),
        ("44190-3", "MA26A0020118", "Dr. Pilar Esquivel-Hart, Internal Medicine", [
            sv(D(2026, 1, 26), "99213", 1)]),
        ("HW-6610", "MA26A0021007", "Wickham Hand Therapy & Orthotics", [
            sv(D(2026, 1, 8), "97165", 1, ("GO",)), sv(D(2026, 1, 8), "97760", 1, ("GO",)),
            sv(D(2026, 1, 8), "L3807", 1, ("LT",)), sv(D(2026, 1, 15), "97140", 2, ("GO",)),
            sv(D(2026, 1, 15), "97110", 1, ("GO",))]),
        ("EF-30281", "MA26A0011920", "Greystone Rehab Associates", [
            sv(D(2026, 1, 5), "97163", 1, ("GP",)), sv(D(2026, 1, 5), "97110", 2, ("GP", "KX")),
            sv(D(2026, 1, 7), "97110", 2, ("GP", "KX")), sv(D(2026, 1, 7), "97112", 1, ("GP", "KX")),
            sv(D(2026, 1, 9), "97116", 2, ("GP", "KX")), sv(D(2026, 1, 9), "97140", 1, ("GP", "KX")),
            sv(D(2026, 1, 12), "97110", 2, ("GP", "KX")), sv(D(2026, 1, 12), "97530", 1, ("GP", "KX")),
            sv(D(2026, 1, 14), "97112", 2, ("GP", "CQ")), sv(D(2026, 1, 14), "G0283", 1, ("GP",)),
            sv(D(2026, 1, 16), "97110", 3, ("GP", "CQ")), sv(D(2026, 1, 16), "97116", 1, ("GP", "CQ")),
            sv(D(2026, 1, 19), "97110", 2, ("GP", "CQ")), sv(D(2026, 1, 19), "97112", 1, ("GP", "CQ"))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st)
    W, H = LETTER
    X = [40, 108, 150, 250, 290, 356, 416, 470, 520, 572]

    def furn(doc, p):
        doc.at(40, 44, "Riverbend Senior Advantage (HMO)", s="b", z=14)
        doc.at(40, 58, "A Medicare Advantage plan offered by Riverbend Health Cooperative", z=8)
        doc.at(572, 44, "Explanation of Benefits", "r", "b", 11)
        doc.at(572, 58, f"January 2026  |  Page {p} of {{NP}}", "r", z=8)
        doc.line(40, 66, 572, 66, 1)
        doc.at(40, H - 28, "Riverbend Health Cooperative, 600 Millrace Blvd, Harlan Falls, ME 04910   TTY 711", z=7)
        return 76

    def colhead(doc):
        doc.rect(40, doc.y, 532, 13, fill=0.85)
        doc.row([(X[0] + 2, "Date", "l", "b"), (X[1], "Code", "l", "b"), (X[2], "Modifier", "l", "b"),
                 (X[3], "Units", "r", "b"), (X[4] + 66, "Provider charged", "r", "b"),
                 (X[6], "Plan approved", "r", "b"), (X[7], "Plan paid", "r", "b"), (X[8], "Your copay", "r", "b"),
                 (X[9] - 2, "You owe", "r", "b")], z=7.5, h=16)

    doc = Doc(W, H, "libserif", 8.5, furniture=furn, bottom=50)
    doc.row([(40, f"Member: {pat}", "l", "b"), (330, "Member ID: RBV-70228814", "l")], z=10)
    doc.row([(40, "19 Quarry Hill Rd, Harlan Falls, ME 04911"), (330, "This is not a bill.", "l", "b")])
    doc.gap(6)
    doc.rect(40, doc.y, 532, 96)
    doc.row([(48, "Your costs so far in 2026", "l", "b")], z=10, h=18)
    for a, b, c in [("What you paid for covered medical services", "$325.00", "$325.00"),
                    ("Maximum out-of-pocket (in network)", "$4,900.00", ""),
                    ("Amount left before you reach the maximum", "$4,575.00", ""),
                    ("Outpatient therapy visits used (no visit limit)", "13", "13")]:
        doc.row([(48, a), (420, b, "r"), (540, c, "r")], h=15)
    doc.row([(420, "This year", "r", "b"), (540, "This month", "r", "b")], z=7.5, h=15)
    doc.gap(6)
    doc.row([(40, "Your medical claims this month", "l", "b")], z=12)
    doc.row([(40, "Each claim below lists the services your provider billed and what you owe.")])
    for cid, clm, prov, svcs in claims:
        if DEBUG:
            print("a4 claim", clm, doc.page, doc.y)
        doc.ensure(60)
        doc.gap(6)
        doc.row([(40, f"Claim {clm}", "l", "b"), (180, f"Provider: {prov}"), (440, f"Patient acct {cid}")], z=9)
        doc.header = None
        colhead(doc)

        def rep(d, clm=clm):
            d.row([(40, f"Claim {clm} (continued from page {d.page - 1})", "l", "b")], z=9)
            colhead(d)
        doc.header = rep
        for s in svcs:
            pg = doc.row([(X[0] + 2, dfmt(s.dos, "mdy4")), (X[1], s.code), (X[2], " ".join(s.mods)),
                          (X[3], units_str(s.units), "r"), (X[4] + 66, m(s.billed), "r"),
                          (X[6], m(s.allowed), "r"), (X[7], m(s.paid), "r"), (X[8], m(s.copay), "r"),
                          (X[9] - 2, m(s.owes), "r")], h=15)
            o.line(pg, s, cid, clm, pat, ("billed", "allowed", "paid", "copay", "patient_owes"))
        doc.header = None
        doc.rule(40, 572, 0.4)
        doc.row([(X[0] + 2, "Claim totals", "l", "b"), (X[4] + 66, m(total(svcs, "billed")), "r", "b"),
                 (X[6], m(total(svcs, "allowed")), "r", "b"), (X[7], m(total(svcs, "paid")), "r", "b"),
                 (X[8], m(total(svcs, "copay")), "r", "b"), (X[9] - 2, m(total(svcs, "owes")), "r", "b")], h=16)
        o.claim(cid, clm, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
    doc.gap(8)
    doc.row([(40, "Your therapy visits use a $25.00 copay per visit day.", "l", "b")])
    doc.row([(40, "If you think we made a mistake, you may ask for a redetermination within 65 days.")])
    return o, doc, render_fpdf


# ================================================================================================ a5
def a5():
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    adjf = lambda g, r, a: f"{g} {r} {m(a)}"  # noqa: E731
    o = Out("a5_medicaid_ra_mainframe", "reportlab", "State Medicaid RA, Courier landscape",
            {"date": lambda d: dfmt(d, "mdy6"), "money": m, "units": units_str, "adj": adjf})
    kids = [
        ("LUNDQUIST, MAE", "700412395", "WF10442", "2626012004417", [
            sv(D(2026, 1, 5), "97530", 3, ("GO",)), sv(D(2026, 1, 5), "97535", 1, ("GO",)),
            sv(D(2026, 1, 12), "97530", 3, ("GO",)), sv(D(2026, 1, 12), "97112", 1, ("GO", "59")),
            sv(D(2026, 1, 19), "97530", 2, ("GO",)), sv(D(2026, 1, 19), "97535", 2, ("GO",))]),
        ("OKONJO, DESMOND", "700588140", "WF10518", "2626012004533", [
            sv(D(2026, 1, 6), "92523", 1, ("GN",)), sv(D(2026, 1, 13), "92507", 1, ("GN",)),
            sv(D(2026, 1, 20), "92507", 1, ("GN",)), sv(D(2026, 1, 27), "92507", 1, ("GN",))]),
        ("PRZYBYLSKI, ANYA", "701093366", "WF10603", "2626013009102", [
            sv(D(2026, 1, 7), "97166", 1, ("GO",)), sv(D(2026, 1, 14), "97530", 2, ("GO",)),
            sv(D(2026, 1, 14), "97110", 2, ("GO",)), sv(D(2026, 1, 21), "97530", 3, ("GO",)),
            sv(D(2026, 1, 21), "97140", 1, ("GO", "59")), sv(D(2026, 1, 28), "97530", 3, ("GO",)),
            sv(D(2026, 1, 28), "97535", 1, ("GO",))]),
        ("HOLLOWAY, JASPER", "700770021", "WF10655", "2626013009188", [
            sv(D(2026, 1, 8), "97162" if False else "97161", 1, ("GP",)), sv(D(2026, 1, 15), "97110", 3, ("GP",)),
            sv(D(2026, 1, 15), "97116", 1, ("GP",)), sv(D(2026, 1, 22), "97110", 2, ("GP",)),
            sv(D(2026, 1, 22), "97112", 2, ("GP",))]),
        ("FITZROY, WILLA", "701338860", "WF10671", "2626013009240", [
            sv(D(2026, 1, 6), "97530", 2, ("GO",)), sv(D(2026, 1, 6), "97533", 1, ("GO",)),
            sv(D(2026, 1, 13), "97530", 3, ("GO",)), sv(D(2026, 1, 20), "97530", 3, ("GO",)),
            sv(D(2026, 1, 20), "97535", 1, ("GO",)), sv(D(2026, 1, 27), "97530", 2, ("GO",))]),
        ("DELACOURT, RAFAEL", "700921457", "WF10688", "2626014000119", [
            sv(D(2026, 1, 8), "92507", 1, ("GN",)), sv(D(2026, 1, 8), "92526", 1, ("GN",)),
            sv(D(2026, 1, 15), "92507", 1, ("GN",)), sv(D(2026, 1, 15), "92526", 1, ("GN",)),
            sv(D(2026, 1, 22), "92507", 1, ("GN",)), sv(D(2026, 1, 29), "92507", 1, ("GN",)),
            sv(D(2026, 1, 29), "92526", 1, ("GN",))]),
    ]
    denied = [("TREMBLAY, ROSALIND", "701250498", "WF10702", "2626014001276", [
        sv(D(2026, 1, 9), "97760", 1, ("GO",), denied="CO"), sv(D(2026, 1, 9), "L3807", 1, ("LT",), denied="CO")])]
    orig = [sv(D(2025, 12, 15), "97530", 2, ("GO",)), sv(D(2025, 12, 15), "97110", 1, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    corr = [sv(D(2025, 12, 15), "97530", 3, ("GO",)), sv(D(2025, 12, 15), "97110", 1, ("GO",))]
    for *_, svcs in kids:
        for s in svcs:
            medicaid(s)
            s.remarks = ["0401"]
    for *_, svcs in denied:
        for s in svcs:
            medicaid(s, deny_reason="204")
            s.remarks = ["1172"]
    for s in corr:
        medicaid(s)
        s.remarks = ["0401"]
    for s in rev:
        s.remarks = ["0722"]
    W, H = LAND

    def furn(doc, p):
        doc.at(30, 34, "STATE OF WESTMARCH  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", s="b")
        doc.at(30, 45, "REMITTANCE ADVICE   RA NO 0004417829   WARRANT 55120983   PAYMENT DATE 02/02/26")
        doc.at(30, 56, "PROVIDER: WILLOWFERN PEDIATRIC THERAPY LLC   NPI 1992837465   PROV NO 000733120")
        doc.at(762, 34, f"PAGE {p:>4}", "r")
        return 70

    def colhead(doc):
        doc.row([(30, "LN  FROM   TO      PROC   MODS       UNITS     BILLED    ALLOWED       PAID"
                      "   ADJ GRP RSN AMT      EOB")], s="b")
        doc.row([(30, "-" * 124)])

    doc = Doc(W, H, "courier", 7.6, furniture=furn, bottom=36)
    doc.header = colhead

    def section(title, groups, status):
        doc.ensure(60, False)
        doc.gap(4)
        doc.row([(30, f"CLAIM TYPE: PROFESSIONAL    STATUS: {title}")], s="b")
        colhead(doc)
        for name, rid, acct, icn, svcs in groups:
            if DEBUG:
                print("a5 claim", icn, doc.page, doc.y)
            doc.ensure(30)
            doc.row([(30, f"RECIP NAME: {name:<22} RECIP ID: {rid}   ICN: {icn}   PAT ACCT: {acct}")], s="b")
            for i, s in enumerate(svcs, 1):
                a0 = adjf(*s.adjs[0]) if s.adjs else ""
                t = (f"{i:02d}  {dfmt(s.dos, 'mdy6')} {dfmt(s.dos, 'mdy6')}  {s.code:<6} {' '.join(s.mods):<10}"
                     f"{units_str(s.units):>5} {m(s.billed):>10} {m(s.allowed):>10} {m(s.paid):>10}   "
                     f"{a0:<20} {' '.join(s.remarks)}")
                pg = doc.row([(30, t)], need=10.3 * len(s.adjs))
                o.line(pg, s, acct, icn, name, ("billed", "allowed", "paid"), adjs=s.adjs, remarks=s.remarks)
                for g, r, a in s.adjs[1:]:
                    doc.row([(30, " " * 89 + adjf(g, r, a))])
            tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
            doc.row([(30, f"{'':<39}CLAIM TOTAL {m(tb):>10} {m(ta):>10} {m(tp):>10}")])
            o.claim(acct, icn, name, billed=tb, allowed=ta, paid=tp)

    section("PAID", kids, "PAID")
    section("DENIED", denied, "DENIED")
    section("ADJUSTED (ORIGINAL CLAIM REVERSED)", [("OKONJO, DESMOND", "700588140", "WF10390", "2625350007714",
                                                     rev)], "ADJ")
    section("ADJUSTED (REPLACEMENT CLAIM)", [("OKONJO, DESMOND", "700588140", "WF10390", "2626027000311", corr)],
            "ADJ")
    o.legend = [("0401", "Paid at the program's fee schedule rate."),
                ("1172", "Service needs prior authorization, none on file."),
                ("0722", "Earlier payment taken back; see replacement claim.")]
    doc.ensure(60, False)
    doc.gap(6)
    allp = [s for g in kids + denied for s in g[4]] + rev + corr
    doc.row([(30, f"PAYMENT SUMMARY   CLAIMS PAID {len(kids) + 1:>3}   DENIED {len(denied):>3}   "
                  f"NET PAYMENT {m(total(allp, 'paid')):>12}")], s="b")
    doc.row([(30, "EOB CODE MESSAGES")], s="b")
    for c, t in o.legend:
        doc.row([(30, f"{c}  {t.upper()}")])
    return o, doc, render_reportlab


# ================================================================================================ a6
def a6():
    m = lambda d: money(d, ",")  # noqa: E731
    o = Out("a6_medicaid_ra_boxed", "fpdf2", "State Medicaid provider remittance, boxed claims",
            {"date": lambda d: dfmt(d, "mdy4"), "money": m, "units": lambda u: f"{u:.2f}", "adj": None})
    claims = [
        ("GRAYSON-VOSS, NELL", "QM44819027", "NV-2026-0107", "20260140081126", "PAID", Decimal("0"), [
            sv(D(2026, 1, 7), "97165", 1, ("GO",)), sv(D(2026, 1, 7), "97530", 2, ("GO",)),
            sv(D(2026, 1, 14), "97530", 3, ("GO",)), sv(D(2026, 1, 14), "97533", 1, ("GO",), "Sensory integration")]),
        ("ABERNETHY, CALLUM", "QM44900351", "CA-2026-0109", "20260140081233", "PAID", Decimal("20.00"), [
            sv(D(2026, 1, 9), "92507", 1, ("GN",)), sv(D(2026, 1, 16), "92507", 1, ("GN",)),
            sv(D(2026, 1, 16), "92526", 1, ("GN",))]),
        ("SANDOVAL-IKEDA, PIA", "QM45012844", "PS-2026-0113", "20260150002215", "DENIED", Decimal("0"), [
            sv(D(2026, 1, 13), "97167", 1, ("GO",), denied="CO"), sv(D(2026, 1, 13), "97535", 2, ("GO",),
                                                                     denied="CO")]),
        ("GRAYSON-VOSS, NELL", "QM44819027", "NV-2026-0121", "20260150002380", "PAID", Decimal("0"), [
            sv(D(2026, 1, 21), "97530", 3, ("GO",)), sv(D(2026, 1, 21), "97535", 1, ("GO",)),
            sv(D(2026, 1, 28), "97530", 2, ("GO",)), sv(D(2026, 1, 28), "97112", 1, ("GO", "59"))]),
    ]
    tpl_lines = {}
    for *_, tpl, svcs in claims:
        for i, s in enumerate(svcs):
            s.billed = q(Decimal(FEE[s.code]) * s.units)
            medicaid(s, deny_reason="197")
            s.remarks = ["E718"] if s.denied else ["E001"]
            if tpl and i == 0:
                s.paid = s.allowed - tpl
                s.remarks = ["E001", "E240"]
                tpl_lines[id(s)] = tpl
    W, H = LETTER
    G = [36, 54, 110, 166, 214, 256, 290, 346, 402, 446, 502, 576]
    heads = ["Ln", "DOS From", "DOS To", "Procedure", "Mod", "Units", "Billed", "Allowed", "TPL", "Paid", "EOB"]

    def furn(doc, p):
        doc.rect(36, 30, 540, 40)
        doc.at(44, 46, "COMMONWEALTH OF EASTFIELD - MEDICAID MANAGEMENT INFORMATION SYSTEM", s="b", z=9)
        doc.at(44, 60, "Provider Remittance Advice   Payee: Harborlight Kids Therapy   Payee ID 40028817   RA# 2026-0202-118",
               z=7)
        doc.at(568, 46, f"Page {p} of {{NP}}", "r", z=7)
        return 80

    def grid_row(doc, vals, bold=False, fill=None):
        y = doc.y
        if fill is not None:
            doc.rect(G[0], y, G[-1] - G[0], 13, fill=fill)
        for i, v in enumerate(vals):
            a = "r" if 5 <= i <= 9 else "l"
            x = G[i + 1] - 3 if a == "r" else G[i] + 3
            if v:
                doc.at(x, y + 9.5, v, a, "b" if bold else "", 7)
        for x in G:
            doc.line(x, y, x, y + 13, 0.3)
        doc.line(G[0], y + 13, G[-1], y + 13, 0.3)
        doc.y += 13
        return doc.page

    doc = Doc(W, H, "dejavu", 7, furniture=furn, bottom=50)
    for name, mid, pcn, tcn, status, tpl, svcs in claims:
        doc.ensure(40 + 13 * (len(svcs) + 2))
        y = doc.y
        doc.rect(36, y, 540, 26, fill=0.9)
        doc.at(42, y + 10, f"TCN: {tcn}", s="b", z=7.5)
        doc.at(200, y + 10, f"Member Name: {name}", s="b", z=7.5)
        doc.at(420, y + 10, f"Claim Status: {status}", s="b", z=7.5)
        doc.at(42, y + 21, f"Member ID: {mid}", z=7)
        doc.at(200, y + 21, f"Patient Control #: {pcn}", z=7)
        doc.at(420, y + 21, "Claim Type: Professional", z=7)
        doc.line(36, y, 576, y, 0.3)
        doc.y += 26
        grid_row(doc, heads, True, 0.95)
        for i, s in enumerate(svcs, 1):
            t = tpl_lines.get(id(s), ZERO)
            pg = grid_row(doc, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                                f"{s.units:.2f}", m(s.billed), m(s.allowed), m(t), m(s.paid), " ".join(s.remarks)])
            o.line(pg, s, pcn, tcn, name, ("billed", "allowed", "paid"), remarks=s.remarks)
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        grid_row(doc, ["", "Claim Totals", "", "", "", "", m(tb), m(ta), m(tpl), m(tp), ""], True)
        o.claim(pcn, tcn, name, billed=tb, allowed=ta, paid=tp)
        doc.gap(10)
    o.legend = [("E001", "Priced at the state maximum allowable for the procedure."),
                ("E240", "Other insurance (TPL) payment deducted from the allowed amount."),
                ("E718", "Therapy units exceed the prior-approved amount for this period.")]
    if doc.page < 2:
        doc.new_page()
    doc.row([(36, "Remittance Summary", "l", "b")], z=9)
    allp = [s for c in claims for s in c[6]]
    doc.row([(36, f"Claims paid: 3   Claims denied: 1   Total billed: {m(total(allp, 'billed'))}   "
                  f"Total paid: {m(total(allp, 'paid'))}")])
    doc.gap(6)
    doc.row([(36, "Explanation of EOB Codes", "l", "b")], z=9)
    for c, t in o.legend:
        doc.row([(36, c, "l", "b"), (70, t)])
    return o, doc, render_fpdf


# ================================================================================================ a7
def a7():
    m = lambda d: money(d, ",", "-")  # noqa: E731
    adjf = lambda g, r, a: f"{g}-{r} {m(a)}"  # noqa: E731
    o = Out("a7_clearinghouse_spr", "reportlab", "Clearinghouse Medicare-style paper remit, Courier",
            {"date": lambda d: dfmt(d, "mdy6"), "money": m, "units": units_str, "adj": adjf})
    st = PlanState(ded_left=Decimal("0.00"))
    bens = [
        ("QUINTANILLA, ROSA", "5RT8VW2KD41", "SP-80114", "0226019004112", "1073310092", [
            sv(D(2026, 1, 5), "97530", 3, ("GO",)), sv(D(2026, 1, 5), "97535", 1, ("GO",)),
            sv(D(2026, 1, 7), "97530", 2, ("GO", "KX")), sv(D(2026, 1, 7), "97112", 1, ("GO", "59")),
            sv(D(2026, 1, 9), "97530", 2, ("GO", "KX")), sv(D(2026, 1, 9), "97140", 1, ("GO", "59")),
            sv(D(2026, 1, 12), "97530", 3, ("GO", "KX")), sv(D(2026, 1, 12), "97535", 2, ("GO", "KX"))]),
        ("BERGSTROM, AXEL", "7MN2QA4HL90", "SP-80131", "0226019004160", "1073310092", [
            sv(D(2026, 1, 6), "97162" if False else "97163", 1, ("GP",)), sv(D(2026, 1, 6), "97110", 2, ("GP",)),
            sv(D(2026, 1, 8), "97110", 2, ("GP", "CQ")), sv(D(2026, 1, 8), "97116", 1, ("GP", "CQ"))]),
        ("NAKASHIMA-BELL, JUNE", "2WE6KU7TR33", "SP-80177", "0226020001884", "1088204471", [
            sv(D(2026, 1, 13), "92507", 1, ("GN",)), sv(D(2026, 1, 13), "92526", 1, ("GN",)),
            sv(D(2026, 1, 20), "92507", 1, ("GN",))]),
        ("FAIRWEATHER, OTIS", "9HJ3PL8XC12", "SP-80203", "0226020001902", "1073310092", [
            sv(D(2026, 1, 14), "97110", 3, ("GP",)), sv(D(2026, 1, 14), "0552T", 1, ("GP",), denied="CO"),
            sv(D(2026, 1, 16), "97140", 2, ("GP",))]),
        ("LINDQVIST, SAGA", "4PO1ZX6NB27", "SP-80219", "0226021007345", "1088204471", [
            sv(D(2026, 1, 15), "97168", 1, ("GO",)), sv(D(2026, 1, 15), "97530", 2, ("GO",)),
            sv(D(2026, 1, 22), "97530", 3, ("GO",)), sv(D(2026, 1, 22), "97535", 1, ("GO",)),
            sv(D(2026, 1, 29), "97530", 2, ("GO",))]),
    ]
    for i, (*_, svcs) in enumerate(bens):
        for s in svcs:
            st.ded_left = Decimal("45.00") if (i == 1 and s is svcs[0]) else ZERO
            medicare(s, st, deny_reason="96")
            if s.denied:
                s.remarks = ["N425"]
    W, H = LETTER

    def furn(doc, p):
        doc.at(24, 30, "TALLGRASS CLAIMS EXCHANGE - REMITTANCE REPRINT (FROM 835)    MEDICARE PART B", s="b")
        doc.at(24, 40, "PAYER: NORTHERN PLAINS MEDICARE CONTRACTOR JURISDICTION 9    PROVIDER # 7720144   "
                       "CHECK/EFT # 991004827")
        doc.at(24, 50, "PROVIDER: PRAIRIEWIND THERAPY GROUP   210 SILO ST   BRECKEN ND 58201   DATE 02/02/26")
        doc.at(588, 30, f"PAGE #: {p} OF {{NP}}", "r")
        return 62

    def colhead(doc):
        doc.row([(24, "PERF PROV  SERV DATE    POS NOS PROC  MODS         BILLED   ALLOWED   DEDUCT    COINS "
                      " GRP/RC-AMT        PROV PD")], s="b")
        doc.row([(24, "_" * 118)])

    doc = Doc(W, H, "courier", 7.0, furniture=furn, bottom=40)
    doc.header = colhead
    colhead(doc)
    for name, mid, acnt, icn, perf, svcs in bens:
        if DEBUG:
            print("a7 claim", icn, doc.page, doc.y)
        doc.ensure(24)
        doc.gap(3)
        doc.row([(24, f"NAME {name:<22} MID {mid}  ACNT {acnt:<10} ICN {icn}  ASG Y MOA MA01")])
        for s in svcs:
            a0 = adjf(*s.adjs[0])
            t = (f"{perf}  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11 {units_str(s.units):>3} {s.code:<5} "
                 f"{' '.join(s.mods):<8} {m(s.billed):>9} {m(s.allowed):>9} {m(s.deductible):>8} "
                 f"{m(s.coinsurance):>8}  {a0:<16} {m(s.paid):>9}")
            pg = doc.row([(24, t)], need=9.45 * (len(s.adjs) + bool(s.remarks)))
            for g, r, a in s.adjs[1:]:
                doc.row([(24, " " * 83 + adjf(g, r, a))])
            if s.remarks:
                doc.row([(24, f"{'':<11}CNTL #{acnt}  REM: {' '.join(s.remarks)}")])
            o.line(pg, s, acnt, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                   adjs=s.adjs, remarks=s.remarks)
        pr = total(svcs, "owes")
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        doc.row([(24, f"{'PT RESP ' + m(pr):<34}CLAIM TOTALS {m(tb):>9} {m(ta):>9} "
                      f"{m(total(svcs, 'deductible')):>8} {m(total(svcs, 'coinsurance')):>8}  {'':<16} {m(tp):>9}")])
        doc.row([(24, f"{'NET':>102} {m(tp):>9}")])
        o.claim(acnt, icn, name, billed=tb, allowed=ta, paid=tp, patient_owes=pr)
    allp = [s for b in bens for s in b[5]]
    doc.ensure(50)
    doc.gap(6)
    doc.row([(24, f"TOTALS:  # OF CLAIMS {len(bens)}   BILLED AMT {m(total(allp, 'billed'))}   ALLOWED AMT "
                  f"{m(total(allp, 'allowed'))}   PROV PD AMT {m(total(allp, 'paid'))}")], s="b")
    o.legend = [("N425", "Statutorily excluded service; no payment under this benefit."), ("MA01", "Appeal rights notice.")]
    doc.row([(24, "GLOSSARY: N425  SERVICE EXCLUDED BY LAW FROM THIS BENEFIT.  MA01  YOU MAY ASK FOR A REVIEW.")])
    return o, doc, render_reportlab


# ================================================================================================ a8
def a8():
    m = lambda d: money(d, ",", "()")  # noqa: E731
    adjf = lambda g, r, a: f"{g}-{r} {m(a)}"  # noqa: E731
    o = Out("a8_pm_era_payment_detail", "fpdf2", "Practice-management ERA payment detail, landscape",
            {"date": lambda d: dfmt(d, "mdy4"), "money": m, "units": lambda u: f"{u:.2f}", "adj": adjf})
    st = PlanState(ded_left=Decimal("75.00"), copay_codes={"97110": Decimal("20.00")})
    claims = [
        ("GARZA-HOLT, BENNY", "40917", "2026012874410", "1 - Processed as Primary", [
            sv(D(2026, 1, 6), "97161", 1, ("GP",)), sv(D(2026, 1, 6), "97110", 2, ("GP",)),
            sv(D(2026, 1, 6), "97140", 1, ("GP", "59"))]),
        ("GARZA-HOLT, BENNY", "40966", "2026012874522", "1 - Processed as Primary", [
            sv(D(2026, 1, 13), "97110", 2, ("GP",)), sv(D(2026, 1, 13), "97112", 2, ("GP",)),
            sv(D(2026, 1, 13), "97530", 1, ("GP",))]),
        ("MBEKI, THANDIWE", "41002", "2026013300188", "1 - Processed as Primary", [
            sv(D(2026, 1, 8), "97166", 1, ("GO",)), sv(D(2026, 1, 8), "97530", 2, ("GO",)),
            sv(D(2026, 1, 15), "97530", 3, ("GO",)), sv(D(2026, 1, 15), "97535", 1, ("GO",)),
            sv(D(2026, 1, 22), "97530", 2, ("GO",)), sv(D(2026, 1, 22), "97760", 1, ("GO",)),
            sv(D(2026, 1, 22), "L3807", 1, ("RT",))]),
        ("ROURKE, DECLAN", "41055", "2026013300240", "4 - Denied", [
            sv(D(2026, 1, 9), "97150", 2, ("GP",), denied="CO")]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="119")
            if s.denied:
                s.remarks = ["N640"]
    origs = [sv(D(2025, 12, 18), "97530", 2, ("GO",)), sv(D(2025, 12, 18), "97535", 1, ("GO",))]
    st2 = PlanState()
    for s in origs:
        commercial(s, st2)
    rev = [negate(s) for s in origs]
    corr = [sv(D(2025, 12, 18), "97530", 2, ("GO", "59")), sv(D(2025, 12, 18), "97535", 2, ("GO",))]
    for s in corr:
        commercial(s, st2)
    claims += [("MBEKI, THANDIWE", "40511", "2025352009917", "22 - Reversal of Previous Payment", rev),
               ("MBEKI, THANDIWE", "40511", "2026030114462", "1 - Processed as Primary (corrected)", corr)]
    W, H = LAND
    X = [30, 92, 130, 190, 240, 296, 350, 398, 446, 494, 556, 610, 676, 700]
    heads = ["Svc Date", "Proc", "Mod", "Units", "Charged", "Allowed", "Deduct", "CoIns", "CoPay", "Adj Grp/Rsn",
             "Adj Amt", "Paid", "Remark"]
    al = ["l", "l", "l", "r", "r", "r", "r", "r", "r", "l", "r", "r", "l"]

    def furn(doc, p):
        doc.at(30, 34, "Clinicflow PM  -  ERA Payment Detail", s="b", z=12)
        doc.at(30, 48, "Payer: Halberd Mutual Insurance Co.   Payer ID 61207   EFT Trace 1HM0202260044183   "
                       "Check Date 02/02/2026   Payee: Summit Crest Physical & Hand Therapy NPI 1487720936", z=7.5)
        doc.at(762, 34, f"Page {p}", "r", z=8)
        doc.at(30, H - 22, "Printed 02/03/2026 08:14 by user jmorrow  -  Report RPT-ERA-07", z=6.5)
        return 60

    def colhead(doc):
        doc.rect(28, doc.y, 736, 12, fill=0.82)
        doc.row([(x, h, a, "b") for x, h, a in zip(X, heads, al)], z=7.5, h=14)

    doc = Doc(W, H, "libnarrow", 8, furniture=furn, bottom=44)
    doc.header = colhead
    colhead(doc)
    for name, acct, icn, status, svcs in claims:
        doc.ensure(44)
        tb, tp = total(svcs, "billed"), total(svcs, "paid")
        doc.rect(28, doc.y, 736, 13, fill=0.93)
        doc.row([(30, f"Patient: {name}", "l", "b"), (200, f"Acct #: {acct}"), (290, f"Payer Claim #: {icn}"),
                 (430, f"Status: {status}"), (620, f"Charge {m(tb)}"), (762, f"Paid {m(tp)}", "r")], h=15)
        for s in svcs:
            a0 = s.adjs[0]
            vals = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), f"{s.units:.2f}", m(s.billed), m(s.allowed),
                    m(s.deductible), m(s.coinsurance), m(s.copay), f"{a0[0]}-{a0[1]}", m(a0[2]), m(s.paid),
                    " ".join(s.remarks)]
            pg = doc.row([(x, v, a) for x, v, a in zip(X, vals, al)], h=12, need=12 + 11 * (len(s.adjs) - 1))
            for g, r, a in s.adjs[1:]:
                doc.row([(X[9], f"{g}-{r}"), (X[10], m(a), "r")], h=11)
            o.line(pg, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                   adjs=s.adjs, remarks=s.remarks)
        doc.rule(30, 762, 0.3)
        doc.gap(3)
        o.claim(acct, icn, name, billed=tb, paid=tp)
    doc.ensure(60, False)
    doc.gap(6)
    doc.row([(30, "Provider Level Adjustments", "l", "b")], z=9)
    doc.row([(30, "L6 Interest"), (200, "Ref 2026INT0044"), (330, "4.18", "r")])
    doc.row([(30, "WO Overpayment recovery"), (200, "Ref 2025352009917"), (330, "(0.00)", "r")])
    allp = [s for c in claims for s in c[4]]
    doc.row([(30, f"Claims: {len(claims)}   Total charged {m(total(allp, 'billed'))}   Total paid "
                  f"{m(total(allp, 'paid'))}   Provider adjustments 4.18", "l", "b")])
    o.legend = [("N640", "Service requires a visit limit exception, not on file."),
                ("N522", "Duplicate of a previously processed line.")]
    doc.row([(30, "Remark codes: N640 - visit limit exception not on file.")])
    return o, doc, render_fpdf


# ================================================================================================ a9
def a9():
    m = lambda d: money(d, ",", "-")  # noqa: E731
    o = Out("a9_clinic_family_statement", "reportlab", "Pediatric therapy clinic family statement with sidebar",
            {"date": lambda d: dfmt(d, "mdy4"), "money": m, "units": lambda u: "x" + units_str(u), "adj": None})
    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.10"))
    from eobgen import LONG_DESC
    visits = [
        ("V-88124", "Milo Abernathy-Lutz", "Cascade Bluewater claim 6M2601A77", "6M2601A77", [
            sv(D(2026, 1, 6), "97166", 1, ("GO",)), sv(D(2026, 1, 6), "97530", 2, ("GO",))]),
        ("V-88190", "Milo Abernathy-Lutz", "Cascade Bluewater claim 6M2601C02", "6M2601C02", [
            sv(D(2026, 1, 13), "97530", 3, ("GO",)), sv(D(2026, 1, 13), "97535", 1, ("GO",)),
            sv(D(2026, 1, 13), "97140", 1, ("GO", "59"))]),
        ("V-88215", "June Abernathy-Lutz", "Cascade Bluewater claim 6M2601D51", "6M2601D51", [
            sv(D(2026, 1, 14), "92523", 1, ("GN",)), sv(D(2026, 1, 21), "92507", 1, ("GN",))]),
        ("V-88302", "June Abernathy-Lutz", "Cascade Bluewater claim 6M2602A19", "6M2602A19", [
            sv(D(2026, 1, 28), "92507", 1, ("GN",)), sv(D(2026, 1, 28), "97533", 1, ("GO",))]),
        ("V-88317", "Milo Abernathy-Lutz", "Cascade Bluewater claim 6M2602B40", "6M2602B40", [
            sv(D(2026, 1, 27), "97530", 2, ("GO",)), sv(D(2026, 1, 27), "97110", 2, ("GO",)),
            sv(D(2026, 1, 27), "97760", 1, ("GO",), denied="PR")]),
    ]
    for *_, svcs in visits:
        for s in svcs:
            commercial(s, st)
    W, H = LETTER
    X = [40, 98, 262, 310, 358, 406]

    def furn(doc, p):
        doc.rect(424, 0, 188, H, fill=0.94)
        doc.at(40, 46, "Maple Fern Pediatric Therapy", s="b", z=15)
        doc.at(40, 60, "318 Orchard Row, Suite 2  |  Tillbury, WI 53590  |  (608) 555-0119", z=7.5)
        doc.at(436, 46, "STATEMENT", s="b", z=13)
        doc.at(436, 62, f"Page {p} of {{NP}}", z=8)
        if p == 1:
            y = 92
            for a, b in [("Statement date", "02/02/2026"), ("Account no.", "G-20417"),
                         ("Guarantor", "Corinne Abernathy-Lutz"), ("Amount due", "see total"),
                         ("Please pay by", "02/27/2026")]:
                doc.at(436, y, a, z=8)
                doc.at(436, y + 11, b, s="b", z=10)
                y += 30
            doc.at(436, y + 10, "Pay online: maplefern.example/pay", z=7.5)
            doc.at(436, y + 22, "Billing questions: Mon-Thu 9-4", z=7.5)
            doc.at(436, y + 34, "Payment plans are available.", z=7.5)
        doc.line(40, 70, 412, 70, 1)
        return 80

    def colhead(doc):
        doc.row([(X[0], "Date", "l", "b"), (X[1], "Service", "l", "b"), (X[2], "Charge", "r", "b"),
                 (X[3], "Ins. paid", "r", "b"), (X[4], "Adjust.", "r", "b"), (X[5], "You owe", "r", "b")], z=8)
        doc.rule(40, 412, 0.5)
        doc.gap(2)

    doc = Doc(W, H, "libserif", 8.5, furniture=furn, bottom=54)
    doc.row([(40, "Corinne Abernathy-Lutz", "l", "b")], z=9.5)
    doc.row([(40, "1120 Wren Hollow Dr, Tillbury WI 53591")])
    doc.gap(6)
    doc.header = colhead
    colhead(doc)
    grand = ZERO
    for vid, pat, ins, clm, svcs in visits:
        doc.ensure(50)
        doc.gap(4)
        doc.row([(40, f"Visit {vid}  -  Patient: {pat}", "l", "b")], z=8.5)
        doc.row([(40, f"Billed to {ins}", "l", "")], z=7.5)
        for s in svcs:
            adj = s.billed - s.paid - s.owes
            pg = doc.row([(X[0], dfmt(s.dos, "mdy4")), (X[1], f"{s.code} {' '.join(s.mods)} x{units_str(s.units)}"),
                          (X[2], m(s.billed), "r"), (X[3], m(s.paid), "r"), (X[4], m(adj), "r"),
                          (X[5], m(s.owes), "r")], h=11, need=11 + 10 * len(wrap(LONG_DESC.get(s.code, s.desc), 52)))
            for part in wrap(LONG_DESC.get(s.code, s.desc), 52):
                doc.row([(X[1] + 8, part)], z=7.5, h=10)
            o.line(pg, s, vid, clm, pat, ("billed", "patient_owes"))
            o.lines[-1]["paid"] = amt(s.paid)
        vo = total(svcs, "owes")
        grand += vo
        doc.row([(X[1], "Visit totals", "l", "b"), (X[2], m(total(svcs, "billed")), "r", "b"),
                 (X[3], m(total(svcs, "paid")), "r", "b"),
                 (X[4], m(total(svcs, "billed") - total(svcs, "paid") - vo), "r", "b"), (X[5], m(vo), "r", "b")],
                h=13)
        o.claim(vid, clm, pat, billed=total(svcs, "billed"), paid=total(svcs, "paid"), patient_owes=vo)
    doc.gap(4)
    doc.row([(X[0], "01/30/2026"), (X[1], "Payment received - thank you (card ending 4471)"),
             (X[5], m(Decimal("-40.00")), "r")])
    doc.header = None
    doc.rule(40, 412, 0.8)
    doc.row([(X[1], "Total amount due", "l", "b"), (X[5], m(grand - Decimal("40.00")), "r", "b")], z=10, h=16)
    doc.row([(40, "Insurance payments and plan adjustments are already subtracted. Amounts you owe reflect your deductible,")],
            z=7)
    doc.row([(40, "coinsurance and services your plan does not cover.")], z=7)
    return o, doc, render_reportlab


# ================================================================================================ a10
def a10():
    m = lambda d: money(d, "$", "()")  # noqa: E731
    o = Out("a10_hospital_guarantor_statement", "fpdf2", "Hospital guarantor statement, accounts per family member",
            {"date": lambda d: dfmt(d, "mdy4"), "money": m, "units": units_str, "adj": None})
    rev = {"97166": "0434", "97530": "0434", "97535": "0434", "97110": "0424", "97161": "0424", "97112": "0424",
           "92523": "0444", "92507": "0444", "99213": "0510", "G0283": "0420", "97116": "0424", "97168": "0434"}
    hdesc = {"97166": "OT EVAL MOD COMPLEX", "97530": "OT THERAPEUTIC ACTIVITY 15M", "97535": "OT SELF CARE TRNG 15M",
             "97110": "PT THER EXERCISE 15M", "97161": "PT EVAL LOW COMPLEX", "97112": "PT NEUROMUSC REED 15M",
             "92523": "SLP EVAL SPEECH/LANG", "92507": "SLP TREATMENT INDIV", "99213": "CLINIC VISIT EST LVL3",
             "G0283": "E-STIM UNATTENDED", "97116": "PT GAIT TRAINING 15M", "97168": "OT RE-EVALUATION"}
    accts = [
        ("1000448213", "Iris Nguyen-Ferris", "Northgate Health Plan", "NG88412207731", [
            sv(D(2026, 1, 5), "97166", 1, ("GO",)), sv(D(2026, 1, 5), "97530", 2, ("GO",)),
            sv(D(2026, 1, 12), "97530", 3, ("GO",)), sv(D(2026, 1, 12), "97535", 2, ("GO",)),
            sv(D(2026, 1, 19), "97530", 2, ("GO",)), sv(D(2026, 1, 19), "97168", 1, ("GO",))], ZERO),
        ("1000448587", "Wallace Nguyen-Ferris", "Northgate Health Plan", "NG88412209940", [
            sv(D(2026, 1, 8), "97161", 1, ("GP",)), sv(D(2026, 1, 8), "97110", 2, ("GP",)),
            sv(D(2026, 1, 8), "G0283", 1, ("GP",)), sv(D(2026, 1, 15), "97110", 3, ("GP",)),
            sv(D(2026, 1, 15), "97112", 1, ("GP",)), sv(D(2026, 1, 15), "97116", 1, ("GP",))], Decimal("10.00")),
        ("1000449012", "Kai Nguyen-Ferris", "Northgate Health Plan", "NG88412211156", [
            sv(D(2026, 1, 21), "92523", 1, ("GN",)), sv(D(2026, 1, 28), "92507", 1, ("GN",)),
            sv(D(2026, 1, 28), "99213", 1)], ZERO),
    ]
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.62"))
    for *_, svcs, _ in accts:
        for s in svcs:
            commercial(s, st)
    W, H = LETTER

    def furn(doc, p):
        doc.at(36, 42, "ST. ADALBERT REGIONAL MEDICAL CENTER", s="b", z=12)
        doc.at(36, 55, "Patient Financial Services  |  4000 Lindgren Parkway  |  Vossberg, IA 50319", z=7)
        doc.at(576, 42, "Patient Statement", "r", "b", 11)
        doc.at(576, 55, f"Page {p} of {{NP}}", "r", z=7)
        doc.line(36, 62, 576, 62, 0.8)
        doc.at(306, H - 24, "Financial assistance is available. Ask us or visit stadalbert.example/help", "c", z=6.5)
        return 72

    X = [40, 104, 140, 188, 470, 570]

    def colhead(doc):
        doc.row([(X[0], "Date", "l", "b"), (X[1], "Rev", "l", "b"), (X[2], "Code", "l", "b"),
                 (X[3], "Description", "l", "b"), (X[4], "Qty", "r", "b"), (X[5], "Charges", "r", "b")], z=7.5)
        doc.rule(36, 576, 0.3)
        doc.gap(2)

    doc = Doc(W, H, "dejavu", 7.5, furniture=furn, bottom=50)
    doc.rect(36, doc.y, 540, 40)
    doc.at(44, doc.y + 13, "Guarantor: Wallace Nguyen-Ferris", s="b", z=9)
    doc.at(44, doc.y + 26, "Guarantor #: 7701-55208   Statement date 02/02/2026", z=7.5)
    doc.at(44, doc.y + 36, "58 Foxglove Ct, Vossberg IA 50320", z=7.5)
    doc.gap(50)
    balance_all = ZERO
    for acct, pat, ins, clm, svcs, plant in accts:
        doc.ensure(110)
        doc.rect(36, doc.y, 540, 14, fill=0.88)
        doc.row([(40, f"Hospital Account {acct}", "l", "b"), (220, f"Patient: {pat}", "l", "b"),
                 (420, "Outpatient Rehabilitation")], z=8, h=17)
        colhead(doc)
        for s in svcs:
            pg = doc.row([(X[0], dfmt(s.dos, "mdy4")), (X[1], rev[s.code]),
                          (X[2], s.code + (" " + " ".join(s.mods) if s.mods else "")),
                          (X[3], hdesc[s.code]), (X[4], units_str(s.units), "r"), (X[5], m(s.billed), "r")], h=11)
            o.line(pg, s, acct, clm, pat, ("billed",))
        tb = total(svcs, "billed")
        printed = tb + plant
        tp = total(svcs, "paid")
        adj = total(svcs, "discount")
        bal = printed - tp - adj
        balance_all += bal
        doc.rule(360, 576, 0.3)
        doc.row([(X[3], "Total charges", "l", "b"), (X[5], m(printed), "r", "b")])
        doc.row([(X[3], f"{dfmt(D(2026, 1, 30), 'mdy4')}  {ins} payment - claim {clm}"), (X[5], m(-tp), "r")])
        doc.row([(X[3], f"{dfmt(D(2026, 1, 30), 'mdy4')}  {ins} contractual adjustment"), (X[5], m(-adj), "r")])
        doc.row([(X[3], "Patient balance for this account", "l", "b"), (X[5], m(bal), "r", "b")], h=18)
        o.claim(acct, clm, pat, billed=printed, paid=tp, patient_owes=bal)
        if plant:
            o.findings.append(f"claim-total-mismatch claim {acct}: printed Total charges {amt(printed)} but the "
                              f"lines add up to {amt(tb)}")
    doc.ensure(40)
    doc.rule(36, 576, 1)
    doc.row([(X[3], "AMOUNT DUE FROM GUARANTOR", "l", "b"), (X[5], m(balance_all), "r", "b")], z=9, h=16)
    doc.row([(40, "Rev = revenue code. Your insurer's explanation of benefits shows how each charge was processed.")],
            z=7)
    return o, doc, render_fpdf


DEBUG = False
LAYOUTS = [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10]


# ============================================================================================ check
def check_one(pdf: Path, o: Out, npages: int) -> list[str]:
    errs = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    rows = read_rows(pdf)
    if len(rows) != npages or truth["pages"] != npages:
        errs.append(f"page count {len(rows)} vs {npages}")
    alltext = "\n".join("\n".join(r) for r in rows)
    f = o.fmt
    used = set()
    for i, ln in enumerate(truth["lines"]):
        pr = rows[ln["page"] - 1]
        d = date.fromisoformat(ln["service_date"])
        toks = [f["date"](d), ln["code"]] + ln["modifiers"]
        if ln["units"] is not None:
            toks.append(f["units"](Decimal(ln["units"])))
        for k in ALL_AMTS:
            if ln[k] is not None:
                toks.append(f["money"](Decimal(ln[k])))
        hit = None
        for j, r in enumerate(pr):
            if (ln["page"], j) not in used and all(has(r, t) for t in toks):
                hit = j
                break
        if hit is None:
            errs.append(f"line {i}: no row on page {ln['page']} with {toks}")
            continue
        used.add((ln["page"], hit))
        block = " ".join(pr[hit:hit + 4])
        for g, rc, a in ln["adjustments"]:
            if not has(block, f["adj"](g, rc, Decimal(a))):
                errs.append(f"line {i}: adjustment {g} {rc} {a} not near its row")
        for rm in ln["remarks"]:
            if not has(block, rm):
                errs.append(f"line {i}: remark {rm} not near its row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext:
                errs.append(f"line {i}: {k} {ln[k]} not in text")
        # arithmetic
        g = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in ALL_AMTS}
        if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
            if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                errs.append(f"line {i}: billed - discount - not covered != allowed")
        if g["allowed"] is not None and g["paid"] is not None and None not in (g["deductible"], g["coinsurance"]):
            share = g["deductible"] + g["coinsurance"] + (g["copay"] or ZERO)
            seq = sum((Decimal(a) for gg, rc, a in ln["adjustments"] if rc == "253"), ZERO)
            if g["allowed"] - share - seq != g["paid"]:
                errs.append(f"line {i}: allowed - shares != paid")
        if ln["adjustments"] and g["billed"] is not None and g["paid"] is not None:
            if g["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != g["paid"]:
                errs.append(f"line {i}: billed - adjustments != paid")
    planted = {fi.split()[2].rstrip(":") for fi in truth["expected_findings"]}
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"] and
                ln["payer_claim_id"] == c["payer_claim_id"]]
        if not mine:
            errs.append(f"claim {c['claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None or any(ln[k] is None for ln in mine):
                continue
            if not has(alltext, f["money"](Decimal(v))):
                errs.append(f"claim {c['claim_id']} total {k} {v} not printed")
            s = sum(Decimal(ln[k]) for ln in mine)
            if (s != Decimal(v)) != (k == "billed" and c["claim_id"] in planted):
                errs.append(f"claim {c['claim_id']} {k}: lines {s} vs total {v}")
    return errs


def continued_claims(truth) -> int:
    by = {}
    for ln in truth["lines"]:
        by.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    return sum(1 for v in by.values() if len(v) > 1)


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    check = "--check" in argv
    bad = 0
    spans = 0
    for fn in LAYOUTS:
        o, doc, render = fn()
        pdf = out / f"{o.name}.pdf"
        render(doc, pdf, title=o.name)
        write_truth(pdf, o.name, o.producer, len(doc.pages), o.desc, o.lines, o.claims, o.legend, o.findings)
        msg = f"{pdf.name}: {len(o.lines)} lines, {len(o.claims)} claims, {len(doc.pages)} pages"
        if check:
            errs = check_one(pdf, o, len(doc.pages))
            sp = continued_claims(json.loads(Path(str(pdf) + ".truth.json").read_text()))
            spans += 1 if sp else 0
            msg += f", claims over a page break {sp}, " + ("OK" if not errs else f"{len(errs)} problems")
            for e in errs[:12]:
                msg += "\n    " + e
            bad += bool(errs)
        print(msg)
    if check:
        if spans < 3:
            print(f"only {spans} files carry a claim continuing onto the next page (need 3)")
            bad += 1
        print("CHECK", "PASSED" if not bad else "FAILED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
