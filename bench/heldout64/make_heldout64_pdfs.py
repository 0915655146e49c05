"""Write the 64th held-out set of synthetic PDF EOB layouts (with truth files): ten everyday documents, two of
each of the five commonest real kinds, in house styles of their own.

Run:  python bench/heldout64/make_heldout64_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout64/make_heldout64_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Helpers: bench/heldout64/h64.py (drawing layer for both producers,
page flow, self-check); shared truth/arithmetic helpers imported from samples/pdf/eobgen.py.
Truth format: samples/pdf/eobgen.py (<name>.pdf.truth.json), printed values only, null for what a layout does
not print (units null where no quantity is printed; modifiers [] where none are printed); claim_id = the
provider's account / visit / patient-control number, payer_claim_id = claim number / ICN, patient exactly as
printed (the person served). Everything is invented; descriptions are our own words.

Layouts:
  c1  commercial PPO member EOB, 3 family members (reportlab, portrait DejaVu Serif Condensed): claim head rows
      (Patient (relation) / Claim ID / Patient account #), 13 columns Billed/Discount/Allowed/Not Covered/
      Deductible/Copay/Coinsurance/Plan Paid/Your Share/Remark, MM/DD/YY, no units or modifiers, denied line,
      the son's long claim continues on page 2 with "(continued from previous page)" and the header repeated
  c2  commercial member EOB (fpdf2, landscape Liberation Sans): dark title band, "Jan 5, 2026", "97140 GP 59",
      Units, Ineligible + Rsn letter codes, wrapped descriptions on a second text line, per-visit copay, 4 claims
  m1  Medicare Summary Notice Part B (reportlab, portrait Liberation Sans): page-1 address and facts box, date
      + provider claim bands, "(97110-GP-KX)" after the wording, Service Approved? Yes/NO, notes letters, a
      claim continued on page 2, "Total for Claim"; no provider account number (claim_id null)
  m2  Medicare Advantage PPO member EOB (fpdf2, portrait DejaVu Sans Condensed): cost boxes, Qty, visit copays,
      a 39-line claim, later claims on page 2 under the page banner, a denied item
  d1  state Medicaid RA (fpdf2, landscape core Courier): PAID / DENIED / ADJUSTED sections, MMDDYY, PROC/MOD
      "97530 GO", patient account on the claim's second row, a reversal with trailing-minus amounts and units
      ("3-", "147.40-") and its replacement, CLAIM TOTAL rows, EOB code legend
  d2  state Medicaid provider RA (reportlab, portrait Liberation Serif): shaded boxed beneficiary heads, Ln /
      From DOS / To DOS / Proc / Mods / Units, "Adj: CO-45 (amount)" sub-rows, CARC/RARC column, denied line,
      a 21-line claim continued on page 2 with the header repeated
  p1  Medicare standard-paper-remit reprint by a clearinghouse (reportlab, landscape DejaVu Sans Mono): NAME /
      MID / ACNT / ICN lines, "0105 010526" dates, POS/NOS, stacked GRP/RC-AMT (CO-45, PR-1, PR-2, CO-253),
      PT RESP, CLAIM TOTALS, NET
  p2  practice-management "Insurance Payment Posting Register" of a Medicare deposit (fpdf2, portrait Liberation
      Sans Narrow): patient rows with Acct# and payer claim#, 1/5/2026, Seq column, "CO45 58.15" glued codes,
      CO modifier (assistant) lines, a bundled denial with M15
  s1  therapy clinic family statement (reportlab, portrait Liberation Sans): guarantor box, visit heading rows
      (Visit # + insurer claim), patient per row, glued "97530GO", Insurance Paid / Ins Adj (truth: discount) /
      Your Balance, a family payment row, amount-due box
  s2  hospital itemized family statement (fpdf2, landscape DejaVu Serif Condensed): account bands per family
      member with insurer claim no., "05-JAN-2026", Rev Code / CPT/HCPCS / Qty / Charge, account summaries
      (payments only at account level, so lines carry billed only), two pages

The self-check (--check) tests the factory, not the reader: the truth on disk equals the in-memory truth; page
counts; every line's amounts, code (as the layout prints it with its modifiers), units and date sit on ONE
extracted text row of the truth page (dates printed in a claim band are checked on the page), adjustments and
remarks on that row or the next rows; ids and patients appear in the document; billed - adjustments = paid
where every adjustment is printed; allowed - deductible - copay - coinsurance = paid where printed; printed
claim totals appear and equal the sum of the lines (no planted mismatch in this set). It also reports how many
claims run across pages."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid, medicare, money,  # noqa: E402
                    negate, q, total, truth_line, units_str, write_truth)
from h64 import LAND, LETTER, Flow, check_doc, draw_cells, make_canvas  # noqa: E402

D = Decimal


def S(day, code, units, mods="", month=1, **kw):
    return Svc(date(2026, month, day), code, Decimal(str(units)), tuple(mods.split()), **kw)


def iso(d: str) -> date:
    return date.fromisoformat(d)


def toks(t, M, dt=None, code=None, units=None, fields=(), adj=None):
    """Tokens a printed row must hold, derived from the truth record t."""
    row = [M(Decimal(t[f])) for f in fields if t[f] is not None]
    if code:
        row.append(code(t))
    if units and t["units"] is not None:
        row.append(units(t["units"]))
    if dt:
        row.append(dt(iso(t["service_date"])))
    near = [x for a in t["adjustments"] for x in (adj(a) if adj else [])] + list(t["remarks"])
    return {"row": row, "near": near}


# =============================================================================================== c1
def c1(cv, total_pages):
    """Commercial member EOB, reportlab portrait, DejaVu Serif Condensed."""
    M = lambda d: money(d, "$")  # noqa: E731
    dt = lambda d: dfmt(d, "mdy2")  # noqa: E731
    fam = [("Tomasz Vrabel", "Self", "ACC-30417", "E26A0190034"), ("Ilona Vrabel", "Spouse", "ACC-30418", "E26A0190035"),
           ("Nikolai Vrabel", "Son", "ACC-30422", "E26A0190041")]
    st = {n: PlanState(ded_left=D("60.00"), coins_rate=D("0.20"), allowed_rate=D("0.78")) for n, *_ in fam}
    svcs = {
        fam[0][0]: [S(6, "97161", 1), S(8, "97110", 3), S(8, "97140", 2), S(13, "97110", 3), S(13, "97112", 1)],
        fam[1][0]: [S(7, "99213", 1), S(7, "G0283", 1), S(14, "97530", 2, denied="PR")],
        fam[2][0]: [S(d, c, u) for d in (5, 7, 9, 12, 14, 16, 20, 21, 23, 27, 28, 29, 30) for c, u in (("97530", 2), ("97535", 1), ("97112", 1))] +
                   [S(26, "97168", 1)],
    }
    cols = [(38, "l"), (118, "l"), (34, "l"), (42, "r"), (40, "r"), (42, "r"), (38, "r"), (38, "r"), (32, "r"),
            (40, "r"), (40, "r"), (42, "r"), (26, "c")]
    hdr = [("Service", "Date"), ("Type of", "Service"), ("Proc", "Code"), ("Amount", "Billed"), ("Plan", "Discount"),
           ("Amount", "Allowed"), ("Not", "Covered"), ("Deduct-", "ible"), ("Copay", ""), ("Coin-", "surance"),
           ("Plan", "Paid"), ("Your", "Share"), ("Re-", "mark")]
    X0 = 22

    def head(p):
        cv.text(X0, 34, "GRANITE PEAK HEALTH PLAN", 13, True)
        cv.text(X0, 46, "Explanation of Benefits  -  THIS IS NOT A BILL", 8)
        cv.text(590, 34, f"Page {p} of {total_pages}", 7, al="r")
        cv.text(590, 46, "Statement date: 02/06/26", 7, al="r")
        if p == 1:
            cv.rect(X0, 58, 260, 58)
            for i, s in enumerate(["Subscriber: TOMASZ VRABEL", "Member ID: GPX 4471 0923", "Group: 77120 Harlow Tool & Die",
                                   "Plan: Choice PPO 1500", "Statement period: 01/01/26 - 01/31/26"]):
                cv.text(X0 + 6, 70 + i * 10, s, 7)
            cv.rect(300, 58, 290, 58, fill=0.93)
            cv.text(306, 70, "Questions? Member Services 1-800-555-0164 (TTY 711)", 7, True)
            cv.text(306, 82, "Deductible (in-network): $500.00 individual / $1,000.00 family", 7)
            cv.text(306, 94, "Out-of-pocket maximum: $3,500.00 individual", 7)
            cv.text(306, 106, "Amounts in 'Your Share' are what the provider may bill you.", 7)
            return 132
        return 66

    def colhead(y):
        cv.rect(X0, y - 8, sum(w for w, _ in cols), 19, fill=0.85, stroke=False)
        draw_cells(cv, X0, y, cols, [a for a, _ in hdr], 6.3, True)
        draw_cells(cv, X0, y + 8, cols, [b for _, b in hdr], 6.3, True)

    fl = Flow(cv, 740, head)
    fl.start()
    lines, claims, specs = [], [], []
    rem_of = {"PR": "NC2"}
    for (name, rel, acct, clm), pv in zip(fam, ["Summit Hand & Motion Therapy", "Birchline Family Medicine",
                                               "Lakeview Pediatric Therapy Group"], strict=True):
        ss = [commercial(s, st[name]) for s in svcs[name]]
        for s in ss:
            if s.denied:
                s.remarks = ["NC2"]
        y = fl.take(44)
        cv.line(X0, y, 590, y, 1.2)
        cv.text(X0, y + 11, f"Patient: {name} ({rel})", 8, True)
        cv.text(330, y + 11, f"Claim ID: {clm}", 8, True)
        cv.text(X0, y + 21, f"Provider: {pv}   (in-network)", 7)
        cv.text(330, y + 21, f"Patient account #: {acct}    Received 01/28/26  Processed 02/03/26", 7)
        colhead(y + 33)
        fl.y += 6

        def cont(name=name, clm=clm):
            y2 = fl.take(30)
            cv.text(X0, y2 + 6, f"Patient: {name}  -  Claim ID: {clm}  (continued from previous page)", 7.5, True)
            colhead(y2 + 18)
            fl.y += 4
        fl.cont = cont
        for s in ss:
            y = fl.take(11)
            vals = [dt(s.dos), s.desc[:27], s.code, M(s.billed), M(s.discount), M(s.allowed), M(s.not_covered),
                    M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), " ".join(s.remarks)]
            draw_cells(cv, X0, y + 8, cols, vals, 6.6)
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=clm, patient=name, units=False, modifiers=False,
                           printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                                    "paid", "patient_owes"), remarks=s.remarks,
                           overrides={"description": s.desc[:27]})
            lines.append(t)
            specs.append(toks(t, M, dt, lambda t: t["code"], None,
                              ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                               "paid", "patient_owes")))
        fl.cont = None
        y = fl.take(14)
        cv.line(X0, y + 1, 590, y + 1)
        draw_cells(cv, X0, y + 10, cols, ["", "Claim totals", "", M(total(ss, "billed")), M(total(ss, "discount")),
                                          M(total(ss, "allowed")), M(total(ss, "not_covered")), M(total(ss, "deductible")),
                                          M(total(ss, "copay")), M(total(ss, "coinsurance")), M(total(ss, "paid")),
                                          M(total(ss, "owes")), ""], 6.6, True)
        fl.y += 8
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    legend = [("NC2", "This service is not a covered benefit under your plan; the provider may bill you for it.")]
    y = fl.take(40)
    cv.text(X0, y + 10, "Remark codes", 7.5, True)
    cv.text(X0, y + 21, "NC2  " + legend[0][1], 6.8)
    cv.text(X0, y + 32, "Keep this statement with your records. Payment to the provider was sent by separate check.", 6.8)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M, "cost_share": True}


# =============================================================================================== c2
def c2(cv, total_pages):
    """Commercial member EOB, fpdf2 landscape, Liberation Sans."""
    M = lambda d: money(d, ",")  # noqa: E731
    dt = lambda d: dfmt(d, "mon")  # noqa: E731
    cm = lambda t: " ".join([t["code"], *t["modifiers"]])  # noqa: E731
    fam = [("Rosalind Achterberg", "Employee", "P-88213", "2601-774-0031"),
           ("Felix Achterberg", "Child", "P-88217", "2601-774-0032"),
           ("Greta Achterberg", "Child", "P-88219", "2601-774-0045"),
           ("Rosalind Achterberg", "Employee", "P-88240", "2601-774-0058")]
    st = PlanState(ded_left=D("0"), visit_copay=D("35.00"), allowed_rate=D("0.74"))
    svcs = [
        [S(9, "97110", 2, "GP"), S(9, "97140", 1, "GP 59")],
        [S(5, "92523", 1, "GN"), S(12, "92507", 1, "GN"), S(19, "92507", 1, "GN"), S(26, "92507", 1, "GN")],
        [S(d, c, u, m) for d in (6, 8, 13, 15, 20, 22) for c, u, m in (("97530", 3, "GO"), ("97112", 1, "GO 59"))] +
        [S(27, "97168", 1, "GO"), S(27, "97760", 1, "GO", denied="PR")],
        [S(16, "97110", 3, "GP"), S(16, "97535", 1, "GP", denied="CO")],
    ]
    cols = [(62, "l"), (190, "l"), (66, "l"), (28, "r"), (58, "r"), (58, "r"), (30, "c"), (58, "r"), (52, "r"),
            (46, "r"), (44, "r"), (58, "r"), (56, "r")]
    hdr = ["Service Date", "Description of Service", "Procedure", "Units", "Charges", "Ineligible", "Rsn",
           "Allowed", "Deductible", "Co-pay", "Co-ins", "Benefit Paid", "Member Owes"]
    X0 = 26

    def head(p):
        cv.rect(0, 0, 792, 40, fill=0.25, stroke=False)
        cv.text(X0, 26, "MERIDIAN MUTUAL BENEFIT ASSOCIATION", 14, True)
        cv.text(X0, 54, "EXPLANATION OF BENEFITS", 10, True)
        cv.text(766, 54, f"Page {p} of {total_pages}", 8, al="r")
        cv.text(X0, 66, "Employee: Rosalind Achterberg     ID: MMB-660-41-0927     Group: Tallis County Schools 0412"
                        "     Date issued: Feb 9, 2026", 7.5)
        return 82

    def colhead(y):
        cv.line(X0, y - 9, 766, y - 9, 0.8)
        draw_cells(cv, X0, y, cols, hdr, 6.8, True)
        cv.line(X0, y + 3, 766, y + 3, 0.8)

    fl = Flow(cv, 575, head)
    fl.start()
    lines, claims, specs = [], [], []
    legend = [("X1", "Amount over the negotiated rate; a network provider may not bill you for it."),
              ("X7", "Service not covered by your plan; you may be billed."),
              ("X9", "Bundled with another service on the same day; the provider may not bill you.")]
    for (name, rel, acct, clm), pv, ss in zip(fam, ["Corbel Physical Therapy", "Wren Speech & Language Center",
                                                     "Little Oaks Occupational Therapy", "Corbel Physical Therapy"],
                                               svcs, strict=True):
        ss = [commercial(s, st, deny_reason="96") for s in ss]
        for s in ss:
            s.remarks = ["X7"] if s.denied == "PR" else ["X9"] if s.denied == "CO" else ["X1"]
            if s.denied == "CO":
                s.owes = ZERO
        y = fl.take(36)
        cv.text(X0, y + 10, f"Patient Name: {name}", 8, True)
        cv.text(220, y + 10, f"Relationship: {rel}", 8)
        cv.text(340, y + 10, f"Claim Number: {clm}", 8, True)
        cv.text(520, y + 10, f"Patient Acct: {acct}", 8)
        cv.text(X0, y + 20, f"Provider: {pv} (Participating)", 7.5)
        colhead(y + 31)
        fl.y += 4

        def cont(name=name, clm=clm):
            y2 = fl.take(26)
            cv.text(X0, y2 + 8, f"{name} - Claim Number {clm} (continued)", 8, True)
            colhead(y2 + 20)
            fl.y += 4
        fl.cont = cont
        for s in ss:
            wrap = len(s.desc) > 38
            y = fl.take(19 if wrap else 11)
            d1 = s.desc if not wrap else s.desc[:s.desc.rfind(" ", 0, 38)]
            vals = [dt(s.dos), d1, " ".join([s.code, *s.mods]), units_str(s.units), M(s.billed), M(s.not_covered + s.discount),
                    " ".join(s.remarks), M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes)]
            draw_cells(cv, X0, y + 8, cols, vals, 7)
            if wrap:
                cv.text(X0 + cols[0][0] + 8, y + 16, s.desc[len(d1) + 1:], 7)
            pr = ("billed", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=clm, patient=name, printed=pr, remarks=s.remarks)
            lines.append(t)
            specs.append(toks(t, M, dt, cm, str, pr))
        fl.cont = None
        y = fl.take(16)
        cv.line(X0 + 318, y + 1, 766, y + 1)
        draw_cells(cv, X0, y + 10, cols, ["", "Totals for this claim", "", "", M(total(ss, "billed")),
                                          M(total(ss, "not_covered") + total(ss, "discount")), "", M(total(ss, "allowed")),
                                          M(total(ss, "deductible")), M(total(ss, "copay")), M(total(ss, "coinsurance")),
                                          M(total(ss, "paid")), M(total(ss, "owes"))], 7, True)
        fl.y += 8
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    y = fl.take(50)
    cv.text(X0, y + 10, "Reason Codes", 8, True)
    for i, (k, v) in enumerate(legend):
        cv.text(X0, y + 21 + i * 10, f"{k}  {v}", 7)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M, "cost_share": True}


# =============================================================================================== m1
def m1(cv, total_pages):
    """Medicare Summary Notice Part B, reportlab portrait, Liberation Sans."""
    M = lambda d: money(d, "$")  # noqa: E731
    cm = lambda t: "(" + "-".join([t["code"], *t["modifiers"]]) + ")"  # noqa: E731
    name = "Harriet O. Lindqvist"
    st = PlanState(ded_left=D("40.00"))
    claims_in = [("Ferncliff Outpatient Rehab", "26-0114-55731-00", [S(5, "97163", 1, "GP"), S(5, "97110", 2, "GP")]),
                 ("Ferncliff Outpatient Rehab", "26-0121-55902-00",
                  [S(12, "97110", 2, "GP KX"), S(12, "97140", 1, "GP 59"), S(12, "97112", 1, "GP"),
                   S(12, "G0283", 1, "GP"), S(12, "0552T", 1, "GP", denied="PR")]),
                 ("Dr. Amos K. Pell, MD", "26-0127-60118-00", [S(20, "99213", 1)]),
                 ("Ferncliff Outpatient Rehab", "26-0203-61244-00",
                  [S(26, "97110", 3, "GP KX"), S(26, "97140", 2, "GP"), S(26, "97530", 1, "GP"),
                   S(26, "97116", 2, "GP"), S(26, "97112", 1, "GP CQ")])]
    cols = [(196, "l"), (50, "c"), (64, "r"), (64, "r"), (60, "r"), (68, "r"), (40, "c")]
    hdr = [("Service Provided &", "Billing Code"), ("Service", "Approved?"), ("Amount", "Provider Charged"),
           ("Medicare-", "Approved Amount"), ("Amount", "Medicare Paid"), ("Maximum You", "May Be Billed"),
           ("See Notes", "Below")]
    X0 = 36

    def head(p):
        if p == 1:
            cv.text(X0, 46, "Medicare Summary Notice", 18, True)
            cv.text(X0, 60, "for Part B (Medical Insurance)", 10)
            cv.text(X0, 80, f"Notice for {name}", 9, True)
            cv.text(X0, 92, name.upper(), 8)
            cv.text(X0, 102, "418 OSPREY HOLLOW RD", 8)
            cv.text(X0, 112, "CALDER FALLS, ST 50981-2206", 8)
            cv.rect(330, 72, 246, 70, fill=0.92)
            cv.text(338, 86, "THIS IS NOT A BILL", 9, True)
            cv.text(338, 100, "Medicare Number   XXX-XX-7716K", 8)
            cv.text(338, 112, "Date of This Notice   February 13, 2026", 8)
            cv.text(338, 124, "Claims Processed Between   Jan 1 - Feb 10, 2026", 8)
            cv.text(338, 136, "Customer service: 1-800-555-0148", 8)
            cv.text(X0, 160, "Your Deductible Status: You have now met $257.00 of your $257.00 Part B deductible for 2026.",
                    8)
            cv.text(X0, 178, "Your Claims for Part B (Medical Insurance)", 11, True)
            return 196
        cv.text(X0, 40, f"{name.upper()}", 8)
        cv.text(576, 40, f"Page {p} of {total_pages}", 8, al="r")
        cv.text(X0, 58, "Your Claims for Part B (Medical Insurance) - continued", 11, True)
        return 76

    fl = Flow(cv, 730, head)
    fl.start()
    cv.text(576, 40, f"Page 1 of {total_pages}", 8, al="r")
    lines, claims, specs = [], [], []

    def colhead(y):
        cv.line(X0, y - 9, 576, y - 9, 1)
        draw_cells(cv, X0, y, cols, [a for a, _ in hdr], 6.8, True)
        draw_cells(cv, X0, y + 8, cols, [b for _, b in hdr], 6.8, True)
        cv.line(X0, y + 12, 576, y + 12, 0.5)

    for pv, clm, ss in claims_in:
        ss = [medicare(s, st) for s in ss]
        for s in ss:
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else [])
        d0 = ss[0].dos
        y = fl.take(54)
        cv.rect(X0, y, 540, 16, fill=0.88, stroke=False)
        cv.text(X0 + 4, y + 11, f"{dfmt(d0, 'month')}", 9, True)
        cv.text(X0 + 120, y + 11, pv, 9, True)
        cv.text(X0 + 4, y + 27, f"Claim Number: {clm}   Provider: 2210 Marsh Bend Ave, Calder Falls, ST 50983", 7.5)
        colhead(y + 42)
        fl.y += 4

        def cont(pv=pv, clm=clm, d0=d0):
            y2 = fl.take(34)
            cv.text(X0 + 4, y2 + 10, f"{dfmt(d0, 'month')}  {pv}  (continued)  Claim Number: {clm}", 8.5, True)
            colhead(y2 + 24)
            fl.y += 4
        fl.cont = cont
        for s in ss:
            y = fl.take(20)
            code = "-".join([s.code, *s.mods])
            vals = [f"{s.desc} ({code})", "NO" if s.denied else "Yes", M(s.billed), M(s.allowed), M(s.paid),
                    M(s.owes), ", ".join(s.remarks)]
            if len(vals[0]) > 40:
                words = s.desc.split()
                vals[0] = " ".join(words[:2]) + f" ({code})"
                cv.text(X0 + 8, y + 16, " ".join(words[2:]), 7.3)
            draw_cells(cv, X0, y + 8, cols, vals, 7.3)
            pr = ("billed", "allowed", "paid", "patient_owes")
            t = truth_line(fl.page, s, claim_id=None, payer_claim_id=clm, patient=name, printed=pr, units=False,
                           remarks=s.remarks, description=False)
            lines.append(t)
            sp = toks(t, M, None, cm, None, pr)
            sp["block"] = [dfmt(s.dos, "month")]
            specs.append(sp)
        fl.cont = None
        y = fl.take(18)
        cv.line(X0, y + 1, 576, y + 1)
        draw_cells(cv, X0, y + 11, cols, ["Total for Claim", "", M(total(ss, "billed")), M(total(ss, "allowed")),
                                          M(total(ss, "paid")), M(total(ss, "owes")), ""], 7.5, True)
        fl.y += 6
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    legend = [("A", "This amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service. Because the provider gave you written notice first, "
                    "you may be billed.")]
    y = fl.take(56)
    cv.text(X0, y + 12, "Notes for Your Claims Above", 10, True)
    for i, (k, v) in enumerate(legend):
        cv.text(X0, y + 26 + i * 11, f"{k}  {v}", 7.5)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M}


# =============================================================================================== m2
def m2(cv, total_pages):
    """Medicare Advantage PPO member EOB, fpdf2 portrait, DejaVu Sans Condensed."""
    M = lambda d: money(d, "$")  # noqa: E731
    dt = lambda d: dfmt(d, "mdy4")  # noqa: E731
    cm = lambda t: " ".join([t["code"], *t["modifiers"]])  # noqa: E731
    name = "Cornelius B. Aldana"
    st = PlanState(visit_copay=D("25.00"), allowed_rate=D("0.55"))
    claims_in = [("Saltmarsh Rehabilitation Partners", "MA26-0042-1187",
                  [S(d, c, u, m) for d in (2, 6, 8, 9, 13, 15, 16, 20, 22, 23, 27, 29, 30) for c, u, m in
                   (("97110", 2, "GP"), ("97140", 1, "GP"), ("97530", 1, "GP"))]),
                 ("Bayfront Hand Clinic", "MA26-0042-1310", [S(9, "97165", 1, "GO"), S(9, "97760", 2, "GO"),
                                                             S(9, "L3807", 1, "RT")]),
                 ("Bayfront Hand Clinic", "MA26-0042-1422", [S(23, "97760", 1, "GO"), S(23, "0552T", 1, "GO", denied="CO")])]
    cols = [(58, "l"), (150, "l"), (58, "l"), (28, "r"), (62, "r"), (62, "r"), (58, "r"), (56, "r"), (30, "c")]
    hdr = [("Service", "date"), ("What you received", ""), ("Code", ""), ("Qty", ""), ("Provider", "charged"),
           ("Plan-approved", "amount"), ("Plan's", "share"), ("Your", "share"), ("Note", "")]
    X0 = 28

    def head(p):
        cv.text(X0, 36, "Harborlight Senior Advantage (PPO)", 12, True)
        cv.text(X0, 48, "Explanation of Benefits for medical services, January 2026", 8.5)
        cv.text(584, 36, f"Page {p} of {total_pages}", 7.5, al="r")
        cv.text(584, 48, f"Member: {name}   Member ID: HSA-81-40397", 7.5, al="r")
        cv.line(X0, 56, 584, 56, 1.5)
        if p == 1:
            cv.rect(X0, 66, 270, 62)
            cv.text(X0 + 6, 78, "Your share this month", 8, True)
            cv.text(X0 + 6, 90, "Copays for outpatient rehab visits: $25.00 each", 7)
            cv.text(X0 + 6, 101, "Maximum out-of-pocket (in network): $5,900.00", 7)
            cv.text(X0 + 6, 112, "This is not a bill. Your provider will bill you for your share.", 7)
            cv.rect(310, 66, 274, 62, fill=0.9)
            cv.text(316, 78, "Questions about this notice?", 8, True)
            cv.text(316, 90, "Call Member Services at 1-877-555-0190, 8 a.m. to 8 p.m., 7 days a week.", 6.8)
            cv.text(316, 101, "If you disagree with a decision, you may ask for an appeal within 65 days.", 6.8)
            return 146
        return 70

    def colhead(y):
        cv.rect(X0, y - 9, 556, 20, fill=0.82, stroke=False)
        draw_cells(cv, X0, y, cols, [a for a, _ in hdr], 6.8, True)
        draw_cells(cv, X0, y + 8, cols, [b for _, b in hdr], 6.8, True)

    fl = Flow(cv, 752, head)
    fl.start()
    lines, claims, specs = [], [], []
    for pv, clm, ss in claims_in:
        ss = [commercial(s, st, deny_reason="96") for s in ss]
        for s in ss:
            s.remarks = ["N3"] if s.denied else (["N1"] if s.copay else [])
        y = fl.take(40)
        cv.text(X0, y + 12, f"Claim number {clm}", 9, True)
        cv.text(250, y + 12, f"{pv} (in network)", 8)
        cv.text(X0, y + 23, f"Received 01/27/2026   Processed 02/02/2026   Patient: {name}", 7)
        colhead(y + 34)
        fl.y += 4
        fl.cont = None  # page break inside a claim: rows simply carry on under the page banner, no table header
        for s in ss:
            y = fl.take(11)
            vals = [dt(s.dos), s.desc[:34], " ".join([s.code, *s.mods]), units_str(s.units), M(s.billed), M(s.allowed),
                    M(s.paid), M(s.owes), " ".join(s.remarks)]
            draw_cells(cv, X0, y + 8, cols, vals, 7)
            pr = ("billed", "allowed", "paid", "patient_owes")
            t = truth_line(fl.page, s, claim_id=None, payer_claim_id=clm, patient=name, printed=pr, remarks=s.remarks,
                           overrides={"description": s.desc[:34]})
            lines.append(t)
            specs.append(toks(t, M, dt, cm, str, pr))
        y = fl.take(15)
        cv.line(X0 + 266, y + 1, 584, y + 1)
        draw_cells(cv, X0, y + 10, cols, ["", "Claim total", "", "", M(total(ss, "billed")), M(total(ss, "allowed")),
                                          M(total(ss, "paid")), M(total(ss, "owes")), ""], 7, True)
        fl.y += 8
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": name,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    legend = [("N1", "Your plan's copay for an outpatient rehabilitation visit."),
              ("N3", "Not covered under your plan; the network provider may not bill you for this item.")]
    y = fl.take(44)
    cv.text(X0, y + 12, "Notes", 9, True)
    for i, (k, v) in enumerate(legend):
        cv.text(X0, y + 24 + i * 10, f"{k}: {v}", 7)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M}


# =============================================================================================== d1
def d1(cv, total_pages):
    """State Medicaid RA, fpdf2 landscape, core Courier, status sections."""
    M = lambda d: money(d, ",", "trail")  # noqa: E731
    dt = lambda d: dfmt(d, "mdy6")  # noqa: E731
    cm = lambda t: t["code"] + (" " + " ".join(t["modifiers"]) if t["modifiers"] else "")  # noqa: E731
    kids = [("BRANNIGAN, TESSA", "MC00418827", "TB0105", "2026034100217"),
            ("OYELARAN, DAVID", "MC00977310", "DO0107", "2026034100218"),
            ("FAIRWEATHER, JUNE", "MC01120456", "JF0109", "2026034100219"),
            ("KOWALCZYK, ELI", "MC00652281", "EK0112", "2026034100220")]
    paid = [[S(d, "97530", 2, "GO") for d in (5, 7, 12, 14)] + [S(d, "97535", 1, "GO") for d in (5, 12)],
            [S(6, "92507", 1, "GN"), S(13, "92507", 1, "GN"), S(20, "92507", 1, "GN")],
            [S(d, c, u, "GP") for d in (6, 8, 13, 15, 20, 22, 27, 29) for c, u in (("97110", 2), ("97112", 1))]]
    denied = [S(8, "97165", 1, "GO", denied="CO")]
    orig = [medicaid(S(15, "97530", 3, "GO"))]
    cols = [(140, "l"), (80, "l"), (110, "l"), (56, "l"), (80, "l"), (34, "r"), (66, "r"), (66, "r"), (66, "r"), (46, "l")]
    hdr = ["RECIPIENT NAME", "RECIPIENT NO", "ICN", "SVC DATE", "PROC/MOD", "QTY", "BILLED", "ALLOWED", "PAID", "EOB"]
    X0 = 24
    section = ["PAID CLAIMS"]

    def head(p):
        cv.text(X0, 30, "STATE OF NORTHMARK  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", 8, True)
        cv.text(X0, 41, "REMITTANCE ADVICE    RA NO 0044719   WARRANT/EFT 7700231184   PAY DATE 02/11/26", 8)
        cv.text(768, 30, f"PAGE {p:>3} OF {total_pages:>3}", 8, al="r")
        cv.text(X0, 52, "PAYEE: RIVERSTONE PEDIATRIC THERAPY LLC   PROVIDER NO 0091827745   NPI 1730022914", 8)
        cv.text(X0, 70, f"*** {section[0]} ***", 8, True)
        draw_cells(cv, X0, 84, cols, hdr, 7.5, True)
        draw_cells(cv, X0, 93, cols, ["PATIENT ACCT", "", "", "", "", "", "", "", "", ""], 7.5, True)
        cv.text(X0, 99, "-" * 150, 7.5)
        return 106

    fl = Flow(cv, 580, head)
    fl.start()
    lines, claims, specs = [], [], []

    def claim(kid, ss, icn=None, neg=False, eob_of=lambda s: "0100"):
        nm, rid, acct, icn0 = kid
        icn = icn or icn0
        ss = [negate(s) if neg else (medicaid(s) if not s.paid and not s.adjs else s) for s in ss]
        for i, s in enumerate(ss):
            s.remarks = [eob_of(s)]
            y = fl.take(10)
            vals = [nm if i == 0 else "", rid if i == 0 else "", icn if i == 0 else "", dt(s.dos),
                    s.code + (" " + " ".join(s.mods) if s.mods else ""), units_str(s.units) + ("-" if neg else ""),
                    M(s.billed), M(s.allowed), M(s.paid), " ".join(s.remarks)]
            draw_cells(cv, X0, y + 8, cols, vals, 7.5)
            if i == 1:
                cv.text(X0 + 2, y + 8, acct, 7.5)
            pr = ("billed", "allowed", "paid")
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=icn, patient=nm, printed=pr, remarks=s.remarks,
                           description=False, overrides={"units": units_str(-s.units) if neg else units_str(s.units)})
            lines.append(t)
            specs.append(toks(t, M, dt, cm, None, pr))
            specs[-1]["row"].append(units_str(s.units) + ("-" if neg else ""))
        if len(ss) == 1:
            y = fl.take(10)
            cv.text(X0 + 2, y + 8, acct, 7.5)
        y = fl.take(14)
        draw_cells(cv, X0, y + 8, cols, ["", "", "", "", "", "CLAIM TOTAL", M(total(ss, "billed")),
                                         M(total(ss, "allowed")), M(total(ss, "paid")), ""], 7.5)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
        return ss

    for kid, ss in zip(kids[:3], paid, strict=True):
        claim(kid, ss)
    section[0] = "DENIED CLAIMS"
    y = fl.take(30)
    cv.text(X0, y + 14, "*** DENIED CLAIMS ***", 8, True)
    draw_cells(cv, X0, y + 26, cols, hdr, 7.5, True)
    claim(kids[3], [medicaid(denied[0], deny_reason="197")], eob_of=lambda s: "0417")
    section[0] = "ADJUSTED CLAIMS"
    y = fl.take(30)
    cv.text(X0, y + 14, "*** ADJUSTED CLAIMS  (ORIGINAL CLAIM REVERSED / REPLACEMENT PAID) ***", 8, True)
    draw_cells(cv, X0, y + 26, cols, hdr, 7.5, True)
    claim(kids[0], orig, icn="2025361009921", neg=True, eob_of=lambda s: "0921")
    claim(kids[0], [medicaid(S(15, "97530", 4, "GO"))], icn="2026034100305", eob_of=lambda s: "0922")
    legend = [("0100", "PAID IN FULL AT THE PROGRAM MAXIMUM FEE. RECIPIENT MAY NOT BE BILLED."),
              ("0417", "SERVICE REQUIRES PRIOR APPROVAL. NONE ON FILE FOR THESE DATES."),
              ("0921", "ORIGINAL CLAIM REVERSED AT PROVIDER REQUEST."),
              ("0922", "REPLACEMENT CLAIM PROCESSED FOR REVERSED ICN 2025361009921.")]
    y = fl.take(20 + 10 * len(legend))
    cv.text(X0, y + 12, "EOB CODE DESCRIPTIONS", 8, True)
    for i, (k, v) in enumerate(legend):
        cv.text(X0, y + 23 + i * 10, f"{k}  {v}", 7.5)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M}


# =============================================================================================== d2
def d2(cv, total_pages):
    """State Medicaid provider RA, reportlab portrait, Liberation Serif, boxed claim blocks."""
    M = lambda d: money(d, ",", "()")  # noqa: E731
    dt = lambda d: dfmt(d, "mdy4")  # noqa: E731
    cm = lambda t: t["code"]  # noqa: E731
    adj = lambda a: [f"{a[0]}-{a[1]}", money(D(a[2]), ",", "()")]  # noqa: E731
    mems = [("Wilhelmina Farrow-Diaz", "700219834", "WFD-1102", "226011400317"),
            ("Kasim Ebrahimi", "700451122", "KE-1187", "226011400318"),
            ("Pearl Ndiaye", "700388016", "PN-1203", "226011400319")]
    svcs = [[S(d, c, u, m) for d in (5, 7, 12, 14, 19, 21, 26) for c, u, m in
             (("97530", 2, "GO"), ("97112", 1, "GO"), ("97535", 1, "GO"))],
            [S(9, "92523", 1, "GN"), S(16, "92507", 1, "GN"), S(23, "92526", 1, "GN", denied="CO")],
            [S(13, "97161", 1, "GP"), S(13, "97110", 2, "GP"), S(13, "97140", 1, "GP 59")]]
    cols = [(22, "c"), (62, "l"), (62, "l"), (40, "l"), (32, "r"), (62, "r"), (62, "r"), (56, "r"), (62, "r"), (84, "l")]
    hdr = ["Ln", "From DOS", "To DOS", "Proc", "Mods", "Units", "Billed Amt", "Allowed Amt", "Paid Amt", "CARC / RARC"]
    hdr[4], hdr[5] = "Mods", "Units"
    cols[3], cols[4] = (40, "l"), (50, "l")
    cols[5] = (32, "r")
    X0 = 36

    def head(p):
        cv.text(X0, 40, "Commonwealth Medical Assistance Program", 12, True)
        cv.text(X0, 52, "Provider Remittance Advice - Professional Claims", 9)
        cv.text(576, 40, f"RA Date 02/10/2026   Page {p} of {total_pages}", 8, al="r")
        cv.text(576, 52, "Payee: Hollins Creek Therapy Services  Payee ID 4418820071", 8, al="r")
        cv.line(X0, 58, 576, 58, 1)
        return 68

    fl = Flow(cv, 740, head)
    fl.start()
    lines, claims, specs = [], [], []

    def colhead(y):
        draw_cells(cv, X0, y, cols, hdr, 7.2, True)
        cv.line(X0, y + 3, 576, y + 3, 0.4)

    for (nm, rid, acct, icn), ss in zip(mems, svcs, strict=True):
        ss = [medicaid(s, deny_reason="B7") for s in ss]
        for s in ss:
            s.remarks = ["N54"] if s.denied else []
        y = fl.take(44)
        cv.rect(X0, y + 2, 540, 26, fill=0.9)
        cv.text(X0 + 4, y + 12, f"Beneficiary Name: {nm}", 8, True)
        cv.text(300, y + 12, f"Beneficiary ID: {rid}", 8)
        cv.text(X0 + 4, y + 23, f"Claim ICN: {icn}", 8)
        cv.text(300, y + 23, f"Patient Account #: {acct}    Status: {'Denied' if all(s.denied for s in ss) else 'Paid'}", 8)
        colhead(y + 38)
        fl.y += 4

        def cont(nm=nm, icn=icn):
            y2 = fl.take(26)
            cv.text(X0 + 4, y2 + 10, f"{nm}  ICN {icn}  - continued", 8, True)
            colhead(y2 + 22)
            fl.y += 4
        fl.cont = cont
        for i, s in enumerate(ss):
            y = fl.take(10 if not s.adjs else 19)
            vals = [str(i + 1), dt(s.dos), dt(s.dos), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),
                    M(s.paid), " ".join(s.remarks)]
            draw_cells(cv, X0, y + 8, cols, vals, 7.5)
            if s.adjs:
                cv.text(X0 + 84, y + 16, "Adj: " + "  ".join(f"{g}-{r} {money(a, ',', '()')}" for g, r, a in s.adjs), 7)
            pr = ("billed", "allowed", "paid")
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=icn, patient=nm, printed=pr, remarks=s.remarks,
                           adjustments=s.adjs, service_end=s.dos, description=False)
            lines.append(t)
            sp = toks(t, M, dt, cm, str, pr, adj=adj)
            sp["down"] = 1
            if t["modifiers"]:
                sp["row"].append(" ".join(t["modifiers"]))
            specs.append(sp)
        fl.cont = None
        y = fl.take(16)
        cv.line(X0 + 270, y + 1, 576, y + 1, 0.4)
        draw_cells(cv, X0, y + 10, cols, ["", "", "", "", "", "Claim", M(total(ss, "billed")), M(total(ss, "allowed")),
                                          M(total(ss, "paid")), ""], 7.5, True)
        fl.y += 6
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
    legend = [("N54", "Service is part of another service billed the same day.")]
    y = fl.take(36)
    cv.text(X0, y + 12, "Remark code glossary", 8.5, True)
    cv.text(X0, y + 24, "N54  " + legend[0][1] + "  CARC descriptions are in the provider handbook, Appendix R.", 7.5)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M, "adj_complete": True}


# =============================================================================================== p1
def p1(cv, total_pages):
    """Medicare-style standard paper remit from a clearinghouse, reportlab landscape, DejaVu Sans Mono."""
    M = lambda d: money(d, "", "-")  # noqa: E731
    dt = lambda d: f"{d:%m%d} {d:%m%d%y}"  # noqa: E731
    cm = lambda t: t["code"]  # noqa: E731
    adj = lambda a: [f"{a[0]}-{a[1]}", money(D(a[2]), "", "-")]  # noqa: E731
    pts = [("QUILLFEATHER, AGNES", "1EG4TE5MK72", "QF20260105", "22026013700418"),
           ("MBEKI, SOLOMON", "7KR2WD9PQ41", "MS20260106", "22026013700419"),
           ("DELACROIX, ROMY", "3HN8UC1XA05", "DR20260112", "22026013700420")]
    svcs = [[S(d, c, u, m) for d in (5, 7, 9, 12, 14, 16) for c, u, m in (("97110", 2, "GP KX"), ("97140", 1, "GP"))],
            [S(6, "97165", 1, "GO"), S(6, "97530", 2, "GO")],
            [S(12, "92507", 1, "GN"), S(12, "92526", 1, "GN", denied="CO")]]
    st = [PlanState(ded_left=D("35.00")), PlanState(), PlanState()]
    cols = [(70, "l"), (96, "l"), (28, "l"), (26, "r"), (44, "l"), (54, "l"), (60, "r"), (60, "r"), (54, "r"),
            (54, "r"), (110, "l"), (60, "r")]
    hdr = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
           "GRP/RC-AMT", "PROV PD"]
    X0 = 30

    def head(p):
        cv.text(X0, 30, "LODESTAR CLAIMS EXCHANGE - MEDICARE REMITTANCE (STANDARD PAPER FORMAT REPRINT)", 8.5, True)
        cv.text(762, 30, f"PAGE #: {p} OF {total_pages}", 7.5, al="r")
        cv.text(X0, 42, "MEDICARE PART B  JURISDICTION 9 CONTRACTOR      PROVIDER #: 4480172    NPI 1548833027", 7.5)
        cv.text(X0, 52, "HEATHERLY THERAPY ASSOCIATES PC   PO BOX 3380  MORROW GAP ST 50713     CHECK/EFT #: 000184471203"
                        "   DATE: 02/12/2026", 7.5)
        draw_cells(cv, X0, 70, cols, hdr, 7.2, True)
        cv.text(X0, 77, "-" * 140, 7)
        return 84

    fl = Flow(cv, 580, head)
    fl.start()
    lines, claims, specs = [], [], []
    for (nm, hic, acct, icn), ss, s0 in zip(pts, svcs, st, strict=True):
        ss = [medicare(s, s0) for s in ss]
        for s in ss:
            s.remarks = ["N115"] if s.denied else []
        y = fl.take(22)
        cv.text(X0, y + 9, f"NAME {nm}   MID {hic}   ACNT {acct}   ICN {icn}   ASG Y  MOA MA01", 7.2)
        cv.text(X0, y + 19, "FROM DOS/THRU DOS  CLAIM STATUS 1  PT TYPE 13", 7.2)

        def cont(nm=nm, icn=icn):
            y2 = fl.take(12)
            cv.text(X0, y2 + 9, f"NAME {nm}   ICN {icn}   (CONT)", 7.2)
        fl.cont = cont
        for s in ss:
            n = max(1, len(s.adjs))
            y = fl.take(9 * n + 2)
            a0 = s.adjs[0] if s.adjs else None
            vals = ["1427730185", dt(s.dos), "11", units_str(s.units), s.code, " ".join(s.mods), M(s.billed), M(s.allowed),
                    M(s.deductible), M(s.coinsurance), f"{a0[0]}-{a0[1]}  {M(a0[2])}" if a0 else "", M(s.paid)]
            draw_cells(cv, X0, y + 8, cols, vals, 7.2)
            for k, (g, r, a) in enumerate(s.adjs[1:], 1):
                cv.text(X0 + sum(w for w, _ in cols[:10]) + 2, y + 8 + 9 * k, f"{g}-{r}  {M(a)}", 7.2)
            if s.remarks:
                cv.text(X0 + 100, y + 8 + 9 * max(1, n - 1) if n > 1 else y + 17, "REM: " + " ".join(s.remarks), 7.2)
                fl.y += 9 if n == 1 else 0
            pr = ("billed", "allowed", "deductible", "coinsurance", "paid")
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=icn, patient=nm, printed=pr, remarks=s.remarks,
                           adjustments=s.adjs, description=False)
            lines.append(t)
            sp = toks(t, M, dt, cm, str, pr, adj=adj)
            sp["row"] += ([" ".join(t["modifiers"])] if t["modifiers"] else []) + adj(t["adjustments"][0])
            specs.append(sp)
        fl.cont = None
        y = fl.take(24)
        ad = sum((a for s in ss for _, _, a in s.adjs), ZERO)
        cv.text(X0, y + 9, f"PT RESP {M(total(ss, 'owes'))}", 7.2)
        draw_cells(cv, X0, y + 9, cols, ["", "", "", "", "", "CLAIM TOTALS", M(total(ss, "billed")), M(total(ss, "allowed")),
                                         M(total(ss, "deductible")), M(total(ss, "coinsurance")), M(ad), M(total(ss, "paid"))],
                   7.2, True)
        cv.text(X0, y + 19, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00    NET {M(total(ss, 'paid'))}",
                7.2)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"),
                                              total(ss, "owes"))})
    legend = [("N115", "Decision based on a local coverage determination (see contractor web site).")]
    y = fl.take(34)
    cv.text(X0, y + 10, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", 7.5, True)
    cv.text(X0, y + 20, "CO CONTRACTUAL OBLIGATION  PR PATIENT RESPONSIBILITY  N115 " + legend[0][1], 7.2)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M, "adj_complete": True, "cost_share": False}


# =============================================================================================== p2
def p2(cv, total_pages):
    """Practice-management payment posting register of a Medicare deposit, fpdf2 portrait, Liberation Sans Narrow."""
    M = lambda d: money(d, ",", "()")  # noqa: E731
    dt = lambda d: dfmt(d, "mdyn")  # noqa: E731
    cm = lambda t: t["code"]  # noqa: E731
    adj = lambda a: [f"{a[0]}{a[1]}", money(D(a[2]), ",", "()")]  # noqa: E731
    pts = [("Ostrander, Myles", "100482", "520260130011920"), ("Ostrander, Vivian", "100483", "520260130011921"),
           ("Penhallow, Iris", "100511", "520260130011987"), ("Tavita, Leilani", "100530", "520260130012004")]
    svcs = [[S(5, "97163", 1, "GP"), S(7, "97110", 2, "GP"), S(9, "97110", 2, "GP"), S(9, "97116", 1, "GP")],
            [S(6, "97535", 2, "GO"), S(6, "97530", 1, "GO CO"), S(13, "97530", 2, "GO CO")],
            [S(d, c, u, m) for d in (8, 10, 15, 17, 22, 24) for c, u, m in (("97112", 1, "GP"), ("97110", 2, "GP KX"))] +
            [S(29, "97760", 1, "GP"), S(29, "L3807", 1, "RT")],
            [S(14, "92507", 1, "GN"), S(14, "97129", 1, "GN", denied="CO")]]
    st = [PlanState(ded_left=D("80.00")), PlanState(), PlanState(), PlanState()]
    cols = [(48, "l"), (40, "l"), (44, "l"), (26, "r"), (54, "r"), (54, "r"), (50, "r"), (48, "r"), (44, "r"),
            (54, "r"), (130, "l")]
    hdr = ["DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Seq", "Ins Paid", "Adjustment codes"]
    X0 = 28

    def head(p):
        cv.text(X0, 34, "Kestrel Ridge Therapy  -  Insurance Payment Posting Register", 11, True)
        cv.text(X0, 46, "Payer: MEDICARE PART B (MAC)   Deposit 02/13/2026   EFT trace 1FY0082217744   Batch 2026-0213-02", 7.5)
        cv.text(584, 34, f"Page {p} of {total_pages}", 7.5, al="r")
        cv.text(584, 46, "Printed by: jmarlowe  02/13/2026 16:42", 7.5, al="r")
        cv.rect(X0, 54, 556, 14, fill=0.85, stroke=False)
        draw_cells(cv, X0, 64, cols, hdr, 7.2, True)
        return 74

    fl = Flow(cv, 760, head)
    fl.start()
    lines, claims, specs = [], [], []
    for (nm, acct, icn), ss, s0 in zip(pts, svcs, st, strict=True):
        ss = [medicare(s, s0, deny_reason="97") for s in ss]
        for s in ss:
            s.remarks = ["M15"] if s.denied else []
        y = fl.take(14)
        cv.line(X0, y + 2, 584, y + 2, 0.4)
        cv.text(X0, y + 11, f"{nm}    Acct# {acct}    Payer claim# {icn}", 7.6, True)

        def cont(nm=nm, acct=acct):
            y2 = fl.take(12)
            cv.text(X0, y2 + 9, f"{nm}    Acct# {acct}  (cont'd)", 7.6, True)
        fl.cont = cont
        for s in ss:
            y = fl.take(10)
            codes = "  ".join(f"{g}{r} {M(a)}" for g, r, a in s.adjs) + ("  " + " ".join(s.remarks) if s.remarks else "")
            vals = [dt(s.dos), s.code, " ".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed), M(s.deductible),
                    M(s.coinsurance), M(s.seq), M(s.paid), codes]
            draw_cells(cv, X0, y + 8, cols, vals, 7)
            pr = ("billed", "allowed", "deductible", "coinsurance", "paid")
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=icn, patient=nm, printed=pr, remarks=s.remarks,
                           adjustments=s.adjs, description=False)
            lines.append(t)
            sp = toks(t, M, dt, cm, str, pr, adj=adj)
            sp["row"] += ([" ".join(t["modifiers"])] if t["modifiers"] else []) + sp.pop("near")
            sp["near"] = []
            specs.append(sp)
        fl.cont = None
        y = fl.take(13)
        draw_cells(cv, X0, y + 9, cols, ["", "Claim total", "", "", M(total(ss, "billed")), M(total(ss, "allowed")),
                                         M(total(ss, "deductible")), M(total(ss, "coinsurance")), M(total(ss, "seq")),
                                         M(total(ss, "paid")), ""], 7, True)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(total(ss, "billed"), total(ss, "allowed"), total(ss, "paid"))})
    legend = [("M15", "Billed separately but treated as part of another procedure on this claim.")]
    y = fl.take(30)
    cv.text(X0, y + 12, "Remark codes on this register: M15 - " + legend[0][1], 7)
    cv.text(X0, y + 22, "Posted by batch 2026-0213-02. Contractual write-offs posted to adjustment code WO-MCR.", 7)
    return fl.page, lines, claims, legend, [], {"lines": specs, "money": M, "adj_complete": True}


# =============================================================================================== s1
def s1(cv, total_pages):
    """Therapy clinic family statement, reportlab portrait, Liberation Sans, right sidebar-free ledger."""
    M = lambda d: money(d, ",", "trail")  # noqa: E731
    dt = lambda d: dfmt(d, "mdy4")  # noqa: E731
    cm = lambda t: t["code"] + "".join(t["modifiers"])  # noqa: E731
    kids = [("Juniper Castellanos", "V-40117", "CLM 88012375"), ("Mateo Castellanos", "V-40121", "CLM 88012398"),
            ("Juniper Castellanos", "V-40152", "CLM 88013004"), ("Ava Castellanos", "V-40160", "CLM 88013117")]
    svcs = [[S(5, "97166", 1, "GO"), S(5, "97530", 2, "GO")],
            [S(d, c, u, m) for d in (6, 8) for c, u, m in (("92507", 1, "GN"), ("97129", 1, "GN"))],
            [S(d, "97530", 3, "GO") for d in (12, 14, 19, 21)] + [S(d, "97535", 1, "GO") for d in (12, 19)],
            [S(22, "97110", 2, "GP"), S(22, "97150", 1, "GP", denied="PR")]]
    st = PlanState(ded_left=D("120.00"), coins_rate=D("0.10"), allowed_rate=D("0.70"))
    cols = [(52, "l"), (92, "l"), (132, "l"), (54, "l"), (26, "r"), (50, "r"), (50, "r"), (50, "r"), (50, "r")]
    hdr = [("Date", ""), ("Patient", ""), ("Description", ""), ("CPT", ""), ("Qty", ""), ("Charges", ""),
           ("Insurance", "Paid"), ("Ins Adj /", "Write-off"), ("Your", "Balance")]
    X0 = 28

    def head(p):
        cv.text(X0, 40, "Tidewater Kids Therapy Collaborative", 13, True)
        cv.text(X0, 52, "1907 Larkspur Pkwy, Suite 3  -  Ashbury, ST 50144  -  (555) 014-2290", 7.5)
        cv.text(584, 40, "STATEMENT", 12, True, "r")
        cv.text(584, 52, f"Page {p} of {total_pages}", 7.5, al="r")
        if p == 1:
            cv.text(X0, 80, "Guarantor: Rafael Castellanos", 8.5, True)
            cv.text(X0, 91, "55 Quarry Lane, Ashbury, ST 50146", 8)
            cv.rect(372, 66, 212, 46)
            for i, (a, b) in enumerate([("Statement date", "02/16/2026"), ("Account no.", "G-2207841"),
                                        ("Primary insurance", "Cobalt Health PPO")]):
                cv.text(378, 78 + i * 12, a, 7.5)
                cv.text(578, 78 + i * 12, b, 7.5, True, "r")
            y = 126
        else:
            y = 70
        cv.rect(X0, y - 9, 556, 20, fill=0.88, stroke=False)
        draw_cells(cv, X0, y, cols, [a for a, _ in hdr], 7, True)
        draw_cells(cv, X0, y + 8, cols, [b for _, b in hdr], 7, True)
        return y + 16

    fl = Flow(cv, 720, head)
    fl.start()
    lines, claims, specs = [], [], []
    for (nm, visit, clm), ss in zip(kids, svcs, strict=True):
        ss = [commercial(s, st) for s in ss]
        for s in ss:
            s.discount = s.billed - s.allowed if not s.denied else ZERO
        y = fl.take(13)
        cv.text(X0 + 2, y + 10, f"Visit {visit}   Billed to Cobalt Health PPO {dfmt(ss[0].dos, 'mdy4')}   Ins claim {clm}",
                7.2, True)
        for s in ss:
            y = fl.take(11)
            vals = [dt(s.dos), nm, s.desc[:28], s.code + "".join(s.mods), units_str(s.units), M(s.billed), M(s.paid),
                    M(s.discount), M(s.owes)]
            draw_cells(cv, X0, y + 8, cols, vals, 7.2)
            pr = ("billed", "paid", "discount", "patient_owes")
            t = truth_line(fl.page, s, claim_id=visit, payer_claim_id=clm[4:], patient=nm, printed=pr,
                           overrides={"description": s.desc[:28]})
            lines.append(t)
            specs.append(toks(t, M, dt, cm, str, pr))
        y = fl.take(13)
        draw_cells(cv, X0, y + 9, cols, ["", "", "Visit total", "", "", M(total(ss, "billed")), M(total(ss, "paid")),
                                         M(total(ss, "discount")), M(total(ss, "owes"))], 7.2, True)
        claims.append({"claim_id": visit, "payer_claim_id": clm[4:], "patient": nm,
                       "totals": claim_totals(total(ss, "billed"), None, total(ss, "paid"), total(ss, "owes"))})
    y = fl.take(22)
    cv.text(X0 + 2, y + 10, "02/02/2026   Payment - thank you (check 4471)", 7.2)
    cv.text(X0 + 554, y + 10, M(D("-40.00")), 7.2, al="r")
    y = fl.take(70)
    cv.rect(372, y + 4, 212, 52, fill=0.93)
    cv.text(380, y + 18, "Please pay this amount", 8, True)
    due = sum((l_.owes for l_ in []), ZERO)
    due = sum((D(t["patient_owes"]) for t in lines), ZERO) - D("40.00")
    cv.text(576, y + 34, money(due, "$"), 12, True, "r")
    cv.text(380, y + 48, "Due by 03/10/2026", 7.5)
    cv.text(X0, y + 18, "Insurance has processed the visits above. Questions about your bill? Call (555) 014-2291.", 7.2)
    return fl.page, lines, claims, [], [], {"lines": specs, "money": M}


# =============================================================================================== s2
def s2(cv, total_pages):
    """Hospital itemized family statement, fpdf2 landscape, DejaVu Serif Condensed."""
    M = lambda d: money(d, "$", "()")  # noqa: E731
    dt = lambda d: dfmt(d, "dmy")  # noqa: E731
    cm = lambda t: " ".join([t["code"], *t["modifiers"]])  # noqa: E731
    accts = [("NORBERG, ELSA M", "HA-7730019", "SLH2026-00411"), ("NORBERG, OSKAR J", "HA-7730025", "SLH2026-00452"),
             ("NORBERG, ELSA M", "HA-7730048", "SLH2026-00519")]
    rev = {"97110": "0420", "97140": "0420", "97112": "0420", "97161": "0424", "G0283": "0420", "97530": "0430",
           "97166": "0434", "97535": "0430", "97760": "0430", "L3807": "0274", "92523": "0444", "92507": "0440",
           "99213": "0510"}
    svcs = [[S(7, "97161", 1, "GP")] + [S(d, c, u, "GP") for d in (9, 14, 16, 21, 23, 28, 30)
                                        for c, u in (("97110", 2), ("97140", 1), ("G0283", 1))],
            [S(8, "97166", 1, "GO"), S(8, "97760", 1, "GO"), S(8, "L3807", 1, "RT"), S(15, "97530", 2, "GO")],
            [S(20, "99213", 1), S(20, "92523", 1, "GN"), S(27, "92507", 1, "GN")]]
    ins = [(D("0.52"), D("0.30")), (D("0.48"), D("0.30")), (D("0.50"), D("0.30"))]
    cols = [(80, "l"), (50, "l"), (74, "l"), (270, "l"), (40, "r"), (80, "r")]
    hdr = ["Date", "Rev Code", "CPT/HCPCS", "Description", "Qty", "Charge"]
    X0 = 40

    def head(p):
        cv.text(X0, 36, "SAINT LUCIAN REGIONAL HOSPITAL", 14, True)
        cv.text(X0, 49, "Patient Financial Services  -  400 Harbor Crest Blvd, Port Elwin, ST 50220", 8)
        cv.text(752, 36, "ITEMIZED STATEMENT", 11, True, "r")
        cv.text(752, 49, f"Guarantor: Henrik Norberg   Statement 02/18/2026   Page {p} of {total_pages}", 8, al="r")
        cv.line(X0, 56, 752, 56, 1)
        return 66

    fl = Flow(cv, 570, head)
    fl.start()
    lines, claims, specs = [], [], []

    def colhead(y):
        draw_cells(cv, X0, y, cols, hdr, 7.6, True)
        cv.line(X0, y + 3, X0 + 594, y + 3, 0.5)

    for (nm, acct, icl), ss, (pr_, wr) in zip(accts, svcs, ins, strict=True):
        y = fl.take(40)
        cv.rect(X0, y + 2, 712, 16, fill=0.9, stroke=False)
        cv.text(X0 + 4, y + 13, f"Patient: {nm}     Account: {acct}     Outpatient Rehabilitation     "
                                f"Insurance: Alder Valley Health Plan   Claim No. {icl}", 8, True)
        colhead(y + 32)
        fl.y += 4

        def cont(nm=nm, acct=acct):
            y2 = fl.take(26)
            cv.text(X0 + 4, y2 + 10, f"Patient: {nm}   Account: {acct}   (itemization continued)", 8, True)
            colhead(y2 + 22)
            fl.y += 4
        fl.cont = cont
        for s in ss:
            y = fl.take(11)
            draw_cells(cv, X0, y + 8, cols, [dt(s.dos), rev[s.code], " ".join([s.code, *s.mods]), s.desc,
                                             units_str(s.units), M(s.billed)], 7.6)
            t = truth_line(fl.page, s, claim_id=acct, payer_claim_id=icl, patient=nm, printed=("billed",))
            lines.append(t)
            specs.append(toks(t, M, dt, cm, str, ("billed",)))
        fl.cont = None
        b = total(ss, "billed")
        ip, iw = q(b * pr_), q(b * wr)
        bal = b - ip - iw
        y = fl.take(48)
        for i, (lab, v) in enumerate([("Total charges", b), ("Insurance payments", -ip), ("Insurance adjustments", -iw),
                                      ("Account balance", bal)]):
            cv.text(X0 + 420, y + 10 + i * 10, lab, 7.6, i in (0, 3))
            cv.text(X0 + 594 - 3, y + 10 + i * 10, M(v), 7.6, i in (0, 3), "r")
        claims.append({"claim_id": acct, "payer_claim_id": icl, "patient": nm,
                       "totals": claim_totals(b, None, None, None)})
    y = fl.take(30)
    cv.text(X0, y + 12, "Financial assistance may be available. Call 1-888-555-0172 or visit our billing office.", 7.6)
    return fl.page, lines, claims, [], [], {"lines": specs, "money": M}


# =============================================================================================== main
LAYOUTS = [
    ("c1_granite_peak_member_eob", c1, "reportlab", LETTER, "DejaSerifCond",
     "Commercial PPO member EOB for a family of three, portrait; claim head rows, 13-column grid, claim continued"),
    ("c2_meridian_mutual_eob", c2, "fpdf2", LAND, "LibSans",
     "Commercial member EOB, landscape, dark title band, Units column, code with modifiers, wrapped descriptions"),
    ("m1_msn_part_b", m1, "reportlab", LETTER, "LibSans",
     "Medicare Summary Notice Part B, date in claim band, code in parentheses after the wording, notes letters"),
    ("m2_harborlight_ma_eob", m2, "fpdf2", LETTER, "DejaCond",
     "Medicare Advantage PPO member EOB, per-visit copays, a claim running on to the next page without header"),
    ("d1_northmark_medicaid_ra", d1, "fpdf2", LAND, "Courier",
     "State Medicaid RA, line printer Courier, PAID / DENIED / ADJUSTED sections, trailing-minus reversal"),
    ("d2_commonwealth_medicaid_ra", d2, "reportlab", LETTER, "LibSerif",
     "State Medicaid provider RA, boxed beneficiary heads, From/To DOS, adjustment sub-rows, CARC/RARC"),
    ("p1_lodestar_spr_reprint", p1, "reportlab", LAND, "DejaMono",
     "Medicare standard paper remit reprinted by a clearinghouse, stacked GRP/RC-AMT, claim totals and NET"),
    ("p2_kestrel_posting_register", p2, "fpdf2", LETTER, "LibNarrow",
     "Practice-management payment posting register of a Medicare deposit, adjustment codes glued CO45"),
    ("s1_tidewater_family_statement", s1, "reportlab", LETTER, "LibSans",
     "Therapy clinic family statement, visit heading rows with insurer claim number, glued 97530GO, trailing minus"),
    ("s2_saint_lucian_itemized", s2, "fpdf2", LAND, "DejaSerifCond",
     "Hospital itemized family statement, rev codes, account summaries, itemization continued across pages"),
]


def build(out: Path) -> list[tuple]:
    done = []
    for name, fn, prod, size, font, desc in LAYOUTS:
        path = out / f"{name}.pdf"
        pages = 1
        for _ in range(3):
            cv = make_canvas(prod, str(path), size, font)
            res = fn(cv, pages)
            cv.save()
            if res[0] == pages:
                break
            pages = res[0]
        pages, lines, claims, legend, findings, spec = res
        write_truth(path, name, prod, pages, desc, lines, claims, legend, findings)
        import json
        spec["truth"] = json.loads(json.dumps({"layout": name, "producer": prod, "pages": pages, "description": desc,
                                               "lines": lines, "claims": claims, "legend": [list(x) for x in legend],
                                               "expected_findings": findings}))
        done.append((path, spec))
    return done


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout64_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    done = build(out)
    print(out)
    if "--check" in argv:
        bad = 0
        for path, spec in done:
            errs = check_doc(path, spec)
            tr = spec["truth"]
            print(f"{path.name}: {len(tr['lines'])} lines, {tr['pages']} pages, {len(errs)} problems, {spec.get('continued')} claim(s) across pages")
            for e in errs[:12]:
                print("   ", e)
            bad += len(errs)
        print("CHECK", "OK" if not bad else f"FAILED ({bad})")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
