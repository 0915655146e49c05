"""Write the EIGHTY-SEVENTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on the five COMMONEST real document kinds, two house styles each (member EOBs
from commercial plans; Medicare Summary Notice / Medicare Advantage member EOB; state Medicaid remittance advices;
Medicare-style paper remits printed by a clearinghouse or practice-management system; family statements from a
therapy clinic and a hospital). Written by an author independent of the reader.

Run:  python bench/heldout87/make_heldout87_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout87/make_heldout87_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (samples/pdf/eobgen.py write_truth, ``<name>.pdf.truth.json``), printed
values only, null for what a layout does not print (units null where no quantity is printed); claim_id = the
provider's own account / patient-control / visit / invoice number, payer_claim_id = the payer's claim number /
ICN / TCN, patient exactly as printed (the person who got the service, not the subscriber or guarantor unless the
same). Adjustments are [group, reason, amount] as printed (amount null when the page prints the code alone);
remarks are the note / EOB / remark codes printed on the service row. Every name, number, payer, provider,
address and ID is invented; descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2
fixed creation date, no randomness). Each claim record carries "totals" = the claim totals the page prints.

Layouts:
  k01 commercial plan member EOB for a family, portrait core Helvetica: member box, "Claim summary" bar, claim
      heads "Patient / Provider / Claim number / Patient account", two-text-line service rows (code + modifiers
      "97530 GO" on the money line, own-words description under it), Amount billed / Plan discount / Not covered /
      Allowed amount / Deductible / Copay / Coinsurance / Plan paid / Your share / Notes, letter notes, a denied
      group session, one claim continued onto page 2 under "(continued)" with the column heads repeated (reportlab)
  k02 commercial plan monthly member "Claims Statement" for a household, landscape DejaVu Sans with a shaded left
      sidebar (deductible / out-of-pocket meters per person), person bands, "97112-GP" codes, Units, Billed / Plan
      rate / Plan paid / Your cost / Why, an adjusted claim printed as a reversal (leading minus) and its
      re-processing, ruled rows (fpdf2)
  k03 Medicare Summary Notice Part B, portrait Liberation Serif: page-1 notice with deductible and "total you may
      be billed" boxes, claims pages headed by provider and claim number, "Service Provided & Billing Code" with the
      code "(97110-GP)" in the wording, Service Approved? Yes/No, Amount Provider Charged / Medicare-Approved
      Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes "A, B, D", a denied line, a claim all
      to the deductible (Medicare paid $0.00), notes legend on its own page (reportlab)
  k04 Medicare Advantage (HMO) member EOB, portrait Liberation Sans: grey claim boxes "Claim ID ... Received ...",
      Date of service / Service / Units / Provider's charge / Plan's approved amount / Plan's share / Your share /
      Reason, per-visit therapy copay, a non-covered service, year-to-date box; a claim's rows continue on page 2
      with the heads repeated (fpdf2)
  k05 state Medicaid fee-for-service REMITTANCE ADVICE, landscape core Courier fixed columns: status sections
      (PAID / DENIED / ADJUSTMENTS), claim heads "RECIPIENT / RECIP ID / PAT ACCT / ICN", FROM / TO dates "010526",
      MOD columns, UNITS "4.00", BILLED / ALLOWED / TPL / COPAY / PAID, adjustment codes without amounts "CO45",
      state EOB codes; a claim continues on page 2 under the repeated page header "(CONTINUED)"; a credit / debit
      pair for an adjusted claim (reportlab)
  k06 state Medicaid "Remittance Statement" from a newer MMIS, portrait DejaVu Sans Condensed, ruled claim boxes:
      TCN / member / member ID / patient control no. header grid, service rows with Proc / Mods / Units / Billed /
      Allowed / Paid and a second text line "Adj CO-45 37.04 | RARC N20" under each service, member copay lines,
      claim totals inside each box (fpdf2)
  k07 clearinghouse "print image" of a Medicare Part B standard paper remit, portrait core Courier 7 pt: PERF PROV /
      SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD,
      claim line "NAME ... HIC ... ACNT ... ICN ... ASG Y MOA", extra adjustments stacked on the next text line,
      PT RESP and CLAIM TOTALS lines, a claim split across pages with the heads repeated (reportlab)
  k08 practice-management system "ERA Payment Detail" print, landscape Liberation Sans Narrow, fully gridded: ids
      and patient on each claim's first row, DOS "1/5/2026", Proc / Mod / Units / Charge / Allowed / Ded / Coins /
      Copay / Adj codes in one cell ("CO-45 54.15; PR-3 25.00") / Paid, claim subtotal rows, column heads repeated
      on page 2 (fpdf2)
  k09 outpatient therapy clinic FAMILY STATEMENT to a guarantor, portrait DejaVu Sans: tear-off coupon at the top,
      visit heading rows "Visit V-... billed to ... claim ...", Date / Patient / Service / CPT / Units / Charge /
      Ins. paid / Ins. adjust. / Your portion, visit payments as non-service rows, one visit continued onto page 2
      without repeated heads, aging strip (reportlab)
  k10 community hospital PATIENT STATEMENT to a guarantor, portrait DejaVu Serif with a right sidebar (amount due,
      how to pay, financial help): account bands "Hospital account / Patient / Visit date", Date / Rev code /
      Description / CPT-HCPCS / Mod / Qty / Charges, claim-level "Insurance payment - claim ..." and adjustment
      rows, imaging, clinic visit and orthosis lines beside therapy (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; for every truth line one extracted text
line of its page holds the code, every modifier, every printed amount and the units; the service date (and end
date) is on its page; ids and patients are in the document's text; adjustment codes and amounts and remarks are on
the page; the documents' own arithmetic holds (billed - discount - not covered = allowed; allowed - deductible -
copay - coinsurance = paid where all are printed; charge - ins adjust - ins paid = your portion; billed -
adjustments = paid in the remits that print every adjustment with its amount); claim totals equal the sum of
their lines and are printed; the layouts meant to carry a claim across a page break really do.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

import eobgen as E  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
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
    write_truth,
)
from h87 import FDoc, RLDoc, Table, check_file  # noqa: E402

# extra invented charges for the non-therapy lines of this set
E.FEE.update({"73110": "240.00", "97161": "220.00", "97162": "240.00", "G0151": "150.00", "97750": "140.00",
              "97542": "60.00", "A4556": "18.00"})
E.SCHED.update({"73110": "38.20", "97162": "101.12", "G0151": "62.90", "97750": "33.10", "97542": "14.80",
                "A4556": "4.12"})
E.DESC.update({"73110": "X-ray of wrist, 3 or more views", "97162": "PT evaluation, moderate complexity",
               "G0151": "Home health PT visit, each 15 min", "97750": "Physical performance test",
               "97542": "Wheelchair management training", "A4556": "Electrode pads, per pair"})

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
J = 2026


def D(day: int, month: int = 1) -> date:
    return date(J, month, day)


def S(day: int, code: str, units, mods=(), denied=None, desc=None) -> Svc:
    return Svc(D(day), code, Decimal(str(units)), tuple(mods), None, desc or "", denied)


def codemods(s: Svc, sep: str = " ", glue: str = " ") -> str:
    return s.code + (glue + sep.join(s.mods) if s.mods else "")


class Out:
    def __init__(self):
        self.lines: list[dict] = []
        self.claims: list[dict] = []

    def add(self, d, s: Svc, cid, pcid, pat, printed, **kw) -> None:
        self.lines.append(truth_line(d.page, s, claim_id=cid, payer_claim_id=pcid, patient=pat,
                                     printed=printed, **kw))

    def claim(self, cid, pcid, pat, **totals) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": {k: v for k, v in claim_totals(**totals).items() if v is not None}})


# ============================================================================================ k01
def k01(out_dir: Path) -> tuple[str, str]:
    name = "k01_commercial_member_eob_family"
    path = out_dir / f"{name}.pdf"
    d = RLDoc(path, LETTER)
    o = Out()
    st_t, st_p, st_i = PlanState(ded_left=q(120)), PlanState(ded_left=ZERO), \
        PlanState(ded_left=q(40), copay_codes={"99213": q(35)})
    claims = [
        ("Tobias Valdana", "Northgate Kids Therapy", "EC2601-558120", "NKT-40417", st_t, [
            S(5, "97165", 1, ("GO",)), S(5, "97530", 2, ("GO",)), S(7, "97530", 3, ("GO",)),
            S(7, "97535", 1, ("GO", "59")), S(12, "97110", 2, ("GO",)), S(12, "97530", 2, ("GO",))]),
        ("Pia Valdana", "Bellhaven Speech & Language", "EC2601-558377", "BSL-2210-07", st_p, [
            S(6, "92523", 1, ("GN",)), S(8, "92507", 1, ("GN",)), S(13, "92507", 1, ("GN",)),
            S(13, "97150", 1, ("GN",), denied="PR"), S(15, "92507", 1, ("GN",)), S(20, "92507", 1, ("GN",)),
            S(22, "92507", 1, ("GN",))]),
        ("Ines Valdana", "Riverside Orthopaedic Associates", "EC2601-559004", "ROA-775031", st_i, [
            S(9, "99213", 1, ()), S(9, "73110", 1, ("RT",)), S(16, "97161", 1, ("GP",)),
            S(16, "97140", 2, ("GP", "59")), S(16, "97110", 2, ("GP", "KX"))]),
    ]
    for _, _, _, _, st, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="204")
    printed = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    F, B = "Helvetica", "Helvetica-Bold"
    cols = [("date", "Date of\nservice", 40, "l"), ("svc", "Service", 88, "l"),
            ("billed", "Amount\nbilled", 228, "r"), ("disc", "Plan\ndiscount", 272, "r"),
            ("nc", "Not\ncovered", 312, "r"), ("allowed", "Allowed\namount", 358, "r"),
            ("ded", "Deduct-\nible", 398, "r"), ("copay", "Copay", 432, "r"), ("coins", "Co-\ninsurance", 478, "r"),
            ("paid", "Plan\npaid", 518, "r"), ("owes", "Your\nshare", 556, "r"), ("notes", "Notes", 566, "l")]
    tb = Table(cols, F, 7.2, B)

    def furniture() -> float:
        d.text(40, 40, "CEDARLINE MUTUAL HEALTH", B, 15)
        d.text(40, 54, "PO Box 40918  Harwick, OR 97390-0918   |   Member services 1-888-555-0143", F, 7.5)
        d.text(572, 40, "Explanation of Benefits", B, 12, "r")
        d.text(572, 54, "THIS IS NOT A BILL", B, 8, "r")
        d.text(572, 770, f"Page {d.page} of 2", F, 7, "r")
        d.text(40, 770, "Statement date 02/02/2026   Member ID CMH 884-20-1176", F, 7)
        d.line(40, 62, 572, 62, 1.2)
        return 78

    def heads(y: float) -> float:
        d.rect(38, y - 17, 536, 22, fill=0.88, stroke=False)
        y2 = tb.header(d, y - 8, 6.8)
        return y2 + 12

    y = furniture()
    d.text(40, y + 6, "Ines Valdana", B, 9)
    for i, s in enumerate(["2218 Wicklow Terrace", "Harwick, OR 97391"]):
        d.text(40, y + 18 + 10 * i, s, F, 8)
    d.rect(330, y - 4, 242, 62)
    for i, (a, b) in enumerate([("Subscriber", "Ines Valdana"), ("Group", "Pellham Tool & Die - 40771"),
                                ("Plan", "Cedarline PPO 1500"), ("Covered family", "Ines, Tobias, Pia")]):
        d.text(336, y + 8 + 13 * i, a, B, 7.5)
        d.text(410, y + 8 + 13 * i, b, F, 7.5)
    y += 74
    d.rect(40, y, 532, 16, fill=0.2, stroke=False)
    d.text(46, y + 11, "Claim summary for services processed 01/05/2026 - 01/30/2026", B, 8.5, gray=1.0)
    y += 30
    allsv = [s for c in claims for s in c[5]]
    for i, (a, v) in enumerate([("Amount billed", total(allsv, "billed")), ("Plan paid", total(allsv, "paid")),
                                ("Your share", total(allsv, "owes"))]):
        d.text(60 + 170 * i, y, a, F, 8)
        d.text(60 + 170 * i, y + 13, money(v), B, 11)
    y += 36
    bottom = 745
    for pat, prov, clno, acct, st, svcs in claims:
        if y + 80 > bottom:
            d.new_page()
            y = furniture()
        d.text(40, y, f"Patient: {pat}", B, 9)
        d.text(230, y, f"Provider: {prov}", F, 8)
        y += 12
        d.text(40, y, f"Claim number {clno}", F, 7.5)
        d.text(230, y, f"Patient account {acct}     Network: In-network", F, 7.5)
        y = heads(y + 20)
        for s in svcs:
            if y + 20 > bottom:
                d.new_page()
                y = furniture()
                d.text(40, y, f"Patient: {pat}  (continued)", B, 9)
                d.text(230, y, f"Claim number {clno}", F, 7.5)
                y = heads(y + 20)
            notes = []
            if s.denied:
                notes.append("D")
            else:
                notes.append("A")
                if s.deductible:
                    notes.append("B")
                if s.copay:
                    notes.append("C")
            tb.row(d, y, {"date": dfmt(s.dos, "mdy2"), "svc": codemods(s), "billed": money(s.billed, ","),
                          "disc": money(s.discount, ","), "nc": money(s.not_covered, ","),
                          "allowed": money(s.allowed, ","), "ded": money(s.deductible, ","),
                          "copay": money(s.copay, ","), "coins": money(s.coinsurance, ","),
                          "paid": money(s.paid, ","), "owes": money(s.owes, ","), "notes": " ".join(notes)})
            d.text(88, y + 8.5, s.desc, F, 6.3, gray=0.35)
            o.add(d, s, acct, clno, pat, printed, units=False, remarks=notes)
            y += 20
        d.line(40, y - 8, 572, y - 8, 0.4)
        tot = {"billed": total(svcs, "billed"), "paid": total(svcs, "paid"), "owes": total(svcs, "owes"),
               "allowed": total(svcs, "allowed")}
        tb.row(d, y, {"svc": "Claim totals", "billed": money(tot["billed"], ","),
                      "allowed": money(tot["allowed"], ","), "paid": money(tot["paid"], ","),
                      "owes": money(tot["owes"], ",")}, font=B)
        o.claim(acct, clno, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                patient_owes=tot["owes"])
        y += 26
    legend = [("A", "Your plan's network price is lower than the amount billed; you do not owe the difference."),
              ("B", "Part of the allowed amount counts toward your yearly deductible."),
              ("C", "A fixed copay applies to this office visit."),
              ("D", "Group sessions are not a covered benefit under this plan; the provider may bill you.")]
    if y + 70 > bottom:
        d.new_page()
        y = furniture()
    d.text(40, y, "Notes", B, 9)
    for i, (k, v) in enumerate(legend):
        d.text(40, y + 12 + 10 * i, k, B, 7.5)
        d.text(54, y + 12 + 10 * i, v, F, 7.5)
    d.save()
    write_truth(path, name, "reportlab", d.page, "commercial member EOB, family, continued claim", o.lines,
                o.claims, legend)
    return name, "reportlab"


# ============================================================================================ k02
def k02(out_dir: Path) -> tuple[str, str]:
    name = "k02_commercial_claims_statement_sidebar"
    path = out_dir / f"{name}.pdf"
    d = FDoc(path, LAND, FIXED_WHEN)
    o = Out()
    F = "DejaVuSans"
    st = {"Marcus Ebbesen": PlanState(ded_left=q(0), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74")),
          "Lena Ebbesen": PlanState(ded_left=q(200), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74")),
          "Otto Ebbesen": PlanState(ded_left=q(0), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))}
    people = [
        ("Otto Ebbesen", [
            ("Tamarack Pediatric Rehab", "LHA-26-0114-3381", [
                S(6, "97112", 2, ("GP",)), S(6, "97530", 1, ("GP",)), S(8, "97112", 2, ("GP",)),
                S(8, "97116", 1, ("GP",))]),
            ("Tamarack Pediatric Rehab", "LHA-26-0121-0457", [
                S(13, "97530", 2, ("GP",)), S(15, "97110", 2, ("GP",)), S(15, "97760", 1, ("GP",))])]),
        ("Lena Ebbesen", [
            ("Foxglove Hand & Upper Limb", "LHA-26-0119-2260", [
                S(12, "97165", 1, ("GO",)), S(12, "97760", 1, ("GO",)), S(12, "L3807", 1, ("RT",)),
                S(19, "97140", 1, ("GO",)), S(19, "97110", 2, ("GO",))])]),
        ("Marcus Ebbesen", [
            ("Westbrook Family Medicine", "LHA-26-0107-9915", [S(7, "99213", 1, ()), S(7, "G0283", 1, ())])]),
    ]
    # an earlier claim for Otto, reversed and re-processed with an added modifier
    old = [S(29, "97530", 3, ("GP",), None), S(29, "97112", 1, ("GP",))]
    for s in old:
        s.dos = date(2025, 12, 29)
    tmp = PlanState(ded_left=q(0), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74"))
    for s in old:
        commercial(s, tmp)
    rev = [negate(s) for s in old]
    redo = [Svc(date(2025, 12, 29), "97530", Decimal(3), ("GP", "59")), Svc(date(2025, 12, 29), "97112",
                                                                             Decimal(1), ("GP",))]
    for s in redo:
        commercial(s, PlanState(ded_left=q(0), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.74")))
    people[0][1].append(("Tamarack Pediatric Rehab", "LHA-25-1230-7702 (adjusted)", rev))
    people[0][1].append(("Tamarack Pediatric Rehab", "LHA-26-0126-0013", redo))
    for pat, cl in people:
        for _, _, svcs in cl:
            for s in svcs:
                if s.billed > 0 and not s.adjs:
                    commercial(s, st[pat])
    printed = ("billed", "allowed", "paid", "patient_owes")
    X0 = 190
    cols = [("date", "Date", X0 + 8, "l"), ("svc", "What was done", X0 + 56, "l"), ("code", "Code", X0 + 236, "l"),
            ("units", "Units", X0 + 312, "r"), ("billed", "Billed", X0 + 372, "r"),
            ("allowed", "Plan rate", X0 + 432, "r"), ("paid", "Plan paid", X0 + 490, "r"),
            ("owes", "Your cost", X0 + 548, "r"), ("why", "Why", X0 + 560, "l")]
    tb = Table(cols, F, 7.4, "DejaVuSans-Bold")

    def furniture() -> float:
        d.rect(0, 0, 172, 612, fill=0.92, stroke=False)
        d.text(16, 40, "Larkspur", "DejaVuSans-Bold", 17)
        d.text(16, 58, "Health Alliance", "DejaVuSans-Bold", 11)
        d.text(X0 + 8, 40, "Claims Statement", "DejaVuSans-Bold", 15)
        d.text(X0 + 8, 56, "For claims we finished between January 1 and January 31, 2026. Not a bill.", F, 8)
        d.text(770, 40, "Subscriber: Marcus Ebbesen", F, 8, "r")
        d.text(770, 52, "ID LHA7 20913 88", F, 8, "r")
        d.text(770, 590, f"Page {d.page} of 2", F, 7, "r")
        y = 96
        d.text(16, y, "Your 2026 deductible", "DejaVuSans-Bold", 8.5)
        for n, (who, met) in enumerate([("Marcus", "500.00 of 500.00"), ("Lena", "200.00 of 500.00"),
                                        ("Otto", "500.00 of 500.00"), ("Family", "1,200.00 of 1,500.00")]):
            d.text(16, y + 14 + 24 * n, who, F, 7.5)
            d.rect(16, y + 17 + 24 * n, 140, 5, fill=1.0)
            d.text(16, y + 30 + 24 * n, met, F, 6.5, gray=0.3)
        y += 130
        d.text(16, y, "Out-of-pocket limit", "DejaVuSans-Bold", 8.5)
        d.text(16, y + 13, "Family: 1,486.22 of 6,000.00", F, 7.5)
        d.text(16, y + 40, "Questions? 1-800-555-0188", F, 7.5)
        d.text(16, y + 52, "larkspurhealth.example", F, 7.5)
        return 84

    y = furniture()
    for pat, cl in people:
        if y + 60 > 560:
            d.new_page()
            y = furniture()
        d.rect(X0, y, 590, 15, fill=0.25, stroke=False)
        d.text(X0 + 6, y + 11, f"Care for {pat}", "DejaVuSans-Bold", 8.5, gray=1.0)
        y += 28
        y = tb.header(d, y, 7) + 4
        d.line(X0, y, 780, y, 0.8)
        y += 11
        for prov, clno, svcs in cl:
            if y + 40 > 560:
                d.new_page()
                y = furniture()
                d.text(X0 + 6, y, f"Care for {pat} (continued)", "DejaVuSans-Bold", 8.5)
                y = tb.header(d, y + 16, 7) + 4
                d.line(X0, y, 780, y, 0.8)
                y += 11
            d.text(X0 + 8, y, f"{prov}  -  Claim {clno}", "DejaVuSans-Bold", 7.4)
            y += 12
            for s in svcs:
                why = "R1" if s.billed < 0 else ("M4" if s.deductible else "M1")
                tb.row(d, y, {"date": dfmt(s.dos, "mdy2"), "svc": s.desc[:38], "code": codemods(s, "-", "-"),
                              "units": E.units_str(s.units), "billed": money(s.billed, ","),
                              "allowed": money(s.allowed, ","), "paid": money(s.paid, ","),
                              "owes": money(s.owes, ","), "why": why})
                s.desc = s.desc[:38]
                o.add(d, s, None, clno, pat, printed, remarks=[why])
                d.line(X0, y + 4, 780, y + 4, 0.2, gray=0.6)
                y += 13
            tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
            tb.row(d, y, {"svc": "Claim total", "billed": money(tot["billed"], ","),
                          "allowed": money(tot["allowed"], ","), "paid": money(tot["paid"], ","),
                          "owes": money(tot["owes"], ",")}, font="DejaVuSans-Bold")
            o.claim(None, clno, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                    patient_owes=tot["owes"])
            y += 18
        y += 6
    legend = [("M1", "Paid at your plan's in-network rate after your share."),
              ("M4", "Some of this amount went to your deductible."),
              ("R1", "We re-processed this claim; the earlier payment is taken back here and paid again below.")]
    d.text(X0 + 8, y, "Why codes", "DejaVuSans-Bold", 8)
    for i, (k, v) in enumerate(legend):
        d.text(X0 + 8, y + 12 + 10 * i, f"{k}  {v}", F, 7)
    d.save()
    write_truth(path, name, "fpdf2", d.page, "commercial member claims statement with sidebar", o.lines,
                o.claims, legend)
    return name, "fpdf2"


# ============================================================================================ k03
def k03(out_dir: Path) -> tuple[str, str]:
    name = "k03_medicare_summary_notice"
    path = out_dir / f"{name}.pdf"
    d = RLDoc(path, LETTER)
    o = Out()
    F, B = "LiberationSerif", "LiberationSerif-Bold"
    pat = "GERALD F. ASHBY"
    st = PlanState(ded_left=q(283))
    claims = [
        ("Jan 6, 2026", "Quarry Hill Rehab Services", "14 Mill Pond Rd, Dunmore, VT 05641", "14-26-006-00418-71", [
            S(6, "97161", 1, ("GP",)), S(6, "97110", 2, ("GP",)), S(6, "97140", 1, ("GP",))]),
        ("Jan 13, 2026", "Quarry Hill Rehab Services", "14 Mill Pond Rd, Dunmore, VT 05641", "14-26-013-00977-02", [
            S(13, "97110", 2, ("GP", "KX")), S(13, "97112", 1, ("GP",)), S(13, "97530", 1, ("GP",)),
            S(13, "97150", 1, ("GP",), denied="CO")]),
        ("Jan 14, 2026", "Elmcrest Hand Center", "9 Orchard Sq, Barrow, VT 05655", "14-26-016-01142-33", [
            S(14, "97165", 1, ("GO",)), S(14, "97760", 1, ("GO",)), S(14, "L3807", 1, ("RT", "KX"))]),
        ("Jan 20, 2026", "Dunmore Speech Associates", "220 Main St, Dunmore, VT 05641", "14-26-022-00260-14", [
            S(20, "92523", 1, ("GN",)), S(20, "92507", 1, ("GN",))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            medicare(s, st)
    W = {"97161": "Physical therapy evaluation", "97110": "Therapeutic exercises",
         "97140": "Hands-on manual therapy", "97112": "Balance and coordination retraining",
         "97530": "Functional activities", "97150": "Therapy in a group", "97165": "Occupational therapy evaluation",
         "97760": "Splint or brace fitting and training", "L3807": "Hand and wrist brace, fitted",
         "92523": "Speech and language evaluation", "92507": "Speech therapy session"}
    allsv = [s for c in claims for s in c[4]]

    def furniture(first: bool) -> float:
        d.text(40, 42, "Medicare Summary Notice for Part B (Medical Insurance)", B, 14)
        d.text(40, 56, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
               "Services", F, 8.5)
        d.line(40, 62, 572, 62, 1.5)
        d.text(572, 772, f"Page {d.page} of 3", F, 8, "r")
        d.text(40, 772, f"{pat}  |  Medicare Number XXXXXXX-HK27", F, 8)
        return 82

    y = furniture(True)
    d.text(40, y, pat, B, 11)
    d.text(40, y + 13, "58 BIRCH HOLLOW LN", F, 10)
    d.text(40, y + 26, "DUNMORE VT 05641-2207", F, 10)
    d.rect(340, y - 10, 232, 96)
    d.text(348, y + 4, "Dates of Service: January 1 - March 31, 2026", B, 9)
    d.text(348, y + 20, "Medicare Number: XXXXXXX-HK27", F, 9)
    d.text(348, y + 36, "If you have questions, call 1-800-555-0112", F, 9)
    d.text(348, y + 52, "Ask for a large-print or audio copy", F, 9)
    y += 110
    d.rect(40, y, 250, 110, fill=0.93)
    d.text(50, y + 18, "Your Deductible Status", B, 12)
    d.text(50, y + 38, "You have now met $283.00 of your", F, 10)
    d.text(50, y + 52, "$283.00 Part B deductible for 2026.", F, 10)
    d.rect(310, y, 262, 110, fill=0.93)
    d.text(320, y + 18, "Total You May Be Billed", B, 12)
    d.text(320, y + 44, money(total(allsv, "owes")), B, 20)
    d.text(320, y + 66, "Did Medicare Approve All Services? NO", F, 10)
    d.text(320, y + 82, "Number of Services Medicare Denied: 1", F, 10)
    y += 140
    d.text(40, y, "Your Providers & Suppliers for This Period", B, 11)
    for i, prov in enumerate(["Quarry Hill Rehab Services", "Elmcrest Hand Center", "Dunmore Speech Associates"]):
        d.text(52, y + 16 + 13 * i, prov, F, 10)
    y += 80
    d.text(40, y, "Be Informed: Keep this notice with your records. Compare the services here with the receipts", F,
           9.5)
    d.text(40, y + 12, "and bills you got. Report anything you did not get to the fraud line.", F, 9.5)
    cols = [("svc", "Service Provided &\nBilling Code", 40, "l"), ("ok", "Service\nApproved?", 262, "c"),
            ("billed", "Amount\nProvider\nCharged", 350, "r"), ("allowed", "Medicare-\nApproved\nAmount", 410, "r"),
            ("paid", "Amount\nMedicare\nPaid", 466, "r"), ("owes", "Maximum\nYou May\nBe Billed", 524, "r"),
            ("notes", "See\nNotes", 540, "l")]
    tb = Table(cols, F, 9, B)
    d.new_page()
    y = furniture(False)
    d.text(40, y, "Your Claims & Costs This Period", B, 13)
    y += 22
    for dt, prov, addr, clno, svcs in claims:
        if y + 130 > 740:
            d.new_page()
            y = furniture(False)
        d.rect(40, y - 11, 532, 32, fill=0.9, stroke=False)
        d.text(46, y, f"{dt}", B, 10.5)
        d.text(140, y, prov, B, 10.5)
        d.text(46, y + 13, f"Claim number {clno}   |   {addr}", F, 8.5)
        y += 36
        y = tb.header(d, y, 8.5) + 4
        d.line(40, y, 572, y, 0.8)
        y += 12
        for s in svcs:
            notes = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])
            if s.seq:
                notes.append("D")
            tb.row(d, y, {"svc": f"{W[s.code]} ({codemods(s, '-', '-')})", "ok": "No" if s.denied else "Yes",
                          "billed": money(s.billed), "allowed": money(s.allowed), "paid": money(s.paid),
                          "owes": money(s.owes), "notes": ", ".join(notes)})
            s.desc = W[s.code]
            o.add(d, s, None, clno, pat, ("billed", "allowed", "paid", "patient_owes"), units=False,
                  remarks=notes)
            y += 15
        d.line(40, y - 9, 572, y - 9, 0.4)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        tb.row(d, y, {"svc": "Total for this claim", "billed": money(tot["billed"]),
                      "allowed": money(tot["allowed"]), "paid": money(tot["paid"]), "owes": money(tot["owes"])},
               font=B)
        o.claim(None, clno, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                patient_owes=tot["owes"])
        y += 30
    legend = [("A", "This amount was approved; you may owe the coinsurance shown."),
              ("B", "This approved amount went toward your yearly Part B deductible."),
              ("C", "Medicare does not pay for this service as billed. You do not owe the provider for it."),
              ("D", "A 2% federal payment reduction was applied to what Medicare paid.")]
    if d.page < 3:
        d.new_page()
        y = furniture(False)
    d.text(40, y, "Notes for Claims Above", B, 12)
    for i, (k, v) in enumerate(legend):
        d.text(40, y + 16 + 13 * i, f"{k}   {v}", F, 9.5)
    d.save()
    write_truth(path, name, "reportlab", d.page, "Medicare Summary Notice Part B", o.lines, o.claims, legend)
    return name, "reportlab"


# ============================================================================================ k04
def k04(out_dir: Path) -> tuple[str, str]:
    name = "k04_medicare_advantage_member_eob"
    path = out_dir / f"{name}.pdf"
    d = FDoc(path, LETTER, FIXED_WHEN)
    o = Out()
    F, B = "LiberationSans", "LiberationSans-Bold"
    pat = "Dolores M. Tremaine"
    st = PlanState(ded_left=ZERO, visit_copay=q(25), allowed_rate=Decimal("0.48"))
    claims = [
        ("2026-014-88310", "01/14/2026", "Saltmarsh Outpatient Therapy", [
            S(5, "97162", 1, ("GP",)), S(5, "97110", 2, ("GP",)), S(7, "97110", 2, ("GP",)),
            S(7, "97140", 1, ("GP",)), S(9, "97112", 2, ("GP",)), S(9, "97530", 1, ("GP", "CQ")),
            S(12, "97110", 2, ("GP", "CQ")), S(12, "97116", 1, ("GP",)), S(14, "97110", 2, ("GP",)),
            S(14, "97750", 1, ("GP",)), S(16, "97112", 2, ("GP", "CQ")), S(16, "A4556", 2, (), denied="PR"),
            S(19, "97110", 2, ("GP", "KX")), S(19, "97530", 2, ("GP", "KX"))]),
        ("2026-027-11906", "01/27/2026", "Saltmarsh Outpatient Therapy", [
            S(21, "97168", 1, ("GO",)), S(21, "97535", 2, ("GO",)), S(23, "97535", 2, ("GO", "CO")),
            S(23, "97530", 1, ("GO",)), S(26, "97535", 2, ("GO", "CO")), S(26, "97530", 2, ("GO",)),
            S(28, "97535", 1, ("GO",))]),
        ("2026-021-04472", "01/21/2026", "Harbor Point Medical Group", [S(15, "99213", 1, ()),
                                                                        S(15, "G0283", 1, ("GP",))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    cols = [("date", "Date of\nservice", 40, "l"), ("svc", "Service", 92, "l"), ("units", "Units", 300, "r"),
            ("billed", "Provider's\ncharge", 358, "r"), ("allowed", "Plan's\napproved\namount", 412, "r"),
            ("paid", "Plan's\nshare", 462, "r"), ("owes", "Your\nshare", 512, "r"), ("why", "Reason", 528, "l")]
    tb = Table(cols, F, 8, B)

    def furniture() -> float:
        d.text(40, 44, "Heronwood Senior Advantage (HMO)", B, 14)
        d.text(40, 58, "Explanation of Benefits for Medicare Advantage Part C medical services", F, 9)
        d.text(572, 44, "January 2026", B, 10, "r")
        d.line(40, 66, 572, 66, 1)
        d.text(40, 768, "Heronwood Health Plan is an HMO plan with a Medicare contract. H9917_EOB26_M", F, 7)
        d.text(572, 768, f"Page {d.page} of 2", F, 7, "r")
        return 86

    def heads(y: float) -> float:
        y = tb.header(d, y, 7.5) + 4
        d.line(40, y, 572, y, 0.6)
        return y + 12

    y = furniture()
    d.text(40, y, pat, B, 10)
    d.text(40, y + 12, "1175 Gull Cove Dr Apt 4", F, 9)
    d.text(40, y + 24, "Port Lisle, ME 04589", F, 9)
    d.rect(330, y - 10, 242, 62, fill=0.95)
    d.text(338, y + 4, "Your plan spending this year", B, 9)
    d.text(338, y + 18, "You paid so far: $491.13 of your $4,900.00 limit", F, 8)
    d.text(338, y + 30, "Member ID H9917-400-58825", F, 8)
    d.text(338, y + 42, "Member services 1-877-555-0176 (TTY 711)", F, 8)
    y += 76
    d.rect(40, y - 8, 532, 118, fill=0.97)
    d.text(48, y + 6, "Important information about your benefits", B, 10)
    msgs = ["This is not a bill. It tells you what your plan covered for the services listed below.",
            "Outpatient therapy visits have a $25.00 copay per day, no matter how many services you get that day.",
            "Physical, occupational and speech therapy count toward your yearly out-of-pocket limit.",
            "If you disagree with a decision on a claim, you may ask us to review it (an appeal) within 65 days",
            "of the date on this notice. See the back page or call Member Services to start an appeal.",
            "Keep this notice with your records. Compare it with the bills and receipts from your providers.",
            "If something looks wrong or you did not get a service listed here, call us right away."]
    for i, m in enumerate(msgs):
        d.text(48, y + 22 + 12 * i, m, F, 8.5)
    y += 130
    for clno, recd, prov, svcs in claims:
        if y + 80 > 740:
            d.new_page()
            y = furniture()
        d.rect(40, y - 11, 532, 30, fill=0.85, stroke=False)
        d.text(46, y, f"Claim ID {clno}   Received {recd}", B, 9)
        d.text(46, y + 12, f"Provider: {prov}  (in network)", F, 8.5)
        y = heads(y + 34)
        for s in svcs:
            if y + 14 > 740:
                d.new_page()
                y = furniture()
                d.text(46, y, f"Claim ID {clno} (continued)", B, 9)
                y = heads(y + 20)
            why = "NC" if s.denied else ("CP" if s.copay else "AP")
            tb.row(d, y, {"date": dfmt(s.dos, "mdy4"), "svc": f"{s.desc[:34]} {codemods(s, ' ', ' ')}",
                          "units": E.units_str(s.units), "billed": money(s.billed), "allowed": money(s.allowed),
                          "paid": money(s.paid), "owes": money(s.owes), "why": why})
            s.desc = s.desc[:34]
            o.add(d, s, None, clno, pat, ("billed", "allowed", "paid", "patient_owes"), remarks=[why])
            d.line(40, y + 5, 572, y + 5, 0.2, gray=0.7)
            y += 17
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        d.line(40, y - 9, 572, y - 9, 0.4)
        tb.row(d, y, {"svc": "Claim total", "billed": money(tot["billed"]), "allowed": money(tot["allowed"]),
                      "paid": money(tot["paid"]), "owes": money(tot["owes"])}, font=B)
        o.claim(None, clno, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"],
                patient_owes=tot["owes"])
        y += 30
    legend = [("AP", "Approved and paid under your plan."), ("CP", "Your therapy visit copay applies."),
              ("NC", "This item is not covered by your plan; you can ask us for a coverage decision.")]
    d.text(40, y, "Reason codes", B, 9)
    for i, (k, v) in enumerate(legend):
        d.text(40, y + 12 + 11 * i, f"{k}  {v}", F, 8)
    d.save()
    write_truth(path, name, "fpdf2", d.page, "Medicare Advantage member EOB", o.lines, o.claims, legend)
    return name, "fpdf2"


# ============================================================================================ k05
def k05(out_dir: Path) -> tuple[str, str]:
    name = "k05_medicaid_ffs_ra_courier"
    path = out_dir / f"{name}.pdf"
    d = RLDoc(path, LAND)
    o = Out()
    F, B, Z = "Courier", "Courier-Bold", 7.6
    cw = 0.6 * Z  # Courier advance

    def col(n: int) -> float:
        return 30 + n * cw

    paid = [
        ("QUINTERO, ALMA R", "70012345691", "PTC88213-04", "2226005001234", [
            S(5, "97530", 4, ("GO",)), S(5, "97535", 2, ("GO",)), S(7, "97530", 4, ("GO",)),
            S(9, "97530", 3, ("GO",)), S(12, "97166", 1, ("GO",)), S(12, "97530", 2, ("GO",)),
            S(14, "97530", 4, ("GO",)), S(16, "97535", 2, ("GO", "59")), S(19, "97530", 4, ("GO",)),
            S(21, "97530", 4, ("GO",)), S(23, "97110", 2, ("GO",))]),
        ("NAKASHIMA-BELL, JUNO", "70019918820", "PTC90177-01", "2226005001235", [
            S(6, "92507", 1, ("GN",)), S(8, "92507", 1, ("GN",)), S(13, "92507", 1, ("GN",)),
            S(15, "92526", 1, ("GN",)), S(20, "92507", 1, ("GN",))]),
        ("ORTEGA, SAMUEL", "70020077413", "PTC90410-02", "2226005001236", [
            S(7, "97112", 2, ("GP",)), S(7, "97116", 2, ("GP",)), S(14, "97112", 2, ("GP",)),
            S(14, "97542", 1, ("GP",))]),
        ("PRZYBYLSKI, HANNA E", "70024450087", "PTC90433-01", "2226005001237", [
            S(5, "97161", 1, ("GP",)), S(5, "97110", 3, ("GP",)), S(7, "97110", 3, ("GP",)),
            S(7, "97140", 2, ("GP", "59")), S(9, "97110", 3, ("GP",)), S(9, "97112", 1, ("GP",)),
            S(12, "97110", 3, ("GP",)), S(12, "97116", 2, ("GP",)), S(14, "97110", 3, ("GP", "CQ")),
            S(14, "97140", 2, ("GP", "CQ")), S(16, "97110", 3, ("GP",)), S(16, "97112", 2, ("GP",)),
            S(19, "97110", 3, ("GP", "KX")), S(19, "97530", 2, ("GP", "KX"))]),
    ]
    denied = [("WHITFIELD, DARIUS", "70033010985", "PTC90512-01", "2226005001240", [
        S(8, "97530", 4, ("GO",), denied="CO"), S(8, "97165", 1, ("GO",), denied="CO")])]
    orig = [S(15, "97110", 3, ("GP",), None), S(15, "97140", 2, ("GP",))]
    for s in orig:
        s.dos = date(2025, 12, 15)
        medicaid(s)
    credit = [negate(s) for s in orig]
    debit = [Svc(date(2025, 12, 15), "97110", Decimal(4), ("GP",)), Svc(date(2025, 12, 15), "97140", Decimal(2),
                                                                        ("GP",))]
    adjusted = [("ORTEGA, SAMUEL", "70020077413", "PTC88001-09", "2225349007781", credit, "CREDIT"),
                ("ORTEGA, SAMUEL", "70020077413", "PTC88001-09", "2226005001250", debit, "DEBIT")]
    for grp in (paid, denied):
        for *_, svcs in grp:
            for s in svcs:
                medicaid(s, deny_reason="204")
    for s in debit:
        medicaid(s)
    hdr = ("LN  FROM    TO      PROC  MOD MOD   UNITS      BILLED     ALLOWED    TPL AMT   COPAY    PAID AMT"
           "  ADJ CODES   EOB")
    # column positions (characters) for right-aligned money fields
    pos = {"ln": 0, "from": 4, "to": 12, "proc": 20, "m1": 26, "m2": 30, "units": 41, "billed": 53, "allowed": 65,
           "tpl": 75, "copay": 83, "paid": 95, "adj": 97, "eob": 109}

    def furniture() -> float:
        d.text(30, 30, "DEPARTMENT OF MEDICAL ASSISTANCE SERVICES - STATE OF NORTH LACONIA", B, 9)
        d.text(30, 41, "MEDICAID MANAGEMENT INFORMATION SYSTEM          REMITTANCE ADVICE", B, 9)
        d.text(762, 30, f"PAGE {d.page:>4} OF 2", F, Z, "r")
        d.text(762, 41, "RA NUMBER 0061174     RA DATE 01/30/26", F, Z, "r")
        d.text(30, 56, "PROVIDER: LINDEN STREET THERAPY GROUP LLC    MEDICAID PROVIDER NO 300418872   NPI 1588004417",
               F, Z)
        d.line(30, 62, 762, 62, 0.6)
        return 78

    def heads(y: float) -> float:
        d.text(30, y, hdr, B, Z)
        d.text(30, y + 8, "-" * 118, F, Z)
        return y + 18

    def money_at(y: float, key: str, v: Decimal) -> None:
        d.text(col(pos[key]), y, money(v, ","), F, Z, "r")

    y = furniture()
    d.rect(30, y - 8, 732, 96)
    ann = ["* PROVIDER ANNOUNCEMENTS *",
           "EFFECTIVE 03/01/26 OUTPATIENT THERAPY SERVICES BEYOND 24 VISITS PER BENEFIT YEAR NEED A PRIOR AUTHORIZATION.",
           "SUBMIT REQUESTS THROUGH THE PROVIDER PORTAL AT LEAST 10 BUSINESS DAYS BEFORE THE PLANNED START DATE.",
           "CLAIMS FOR RECIPIENTS WITH OTHER COVERAGE MUST SHOW THE OTHER PAYER'S PAYMENT OR DENIAL (TPL AMT).",
           "QUESTIONS ABOUT THIS REMITTANCE: PROVIDER SERVICES 1-800-555-0190, 7 AM - 6 PM, MONDAY - FRIDAY.",
           "WARRANT NO 11830276   WARRANT DATE 01/30/26   WARRANT AMOUNT SEE SUMMARY PAGE",
           "PAYMENTS ARE SUBJECT TO RECOVERY IF A LATER REVIEW FINDS THE SERVICE WAS NOT MEDICALLY NEEDED.",
           "KEEP THIS REMITTANCE ADVICE FOR YOUR RECORDS."]
    for i, a in enumerate(ann):
        d.text(36, y + 4 + 10 * i, a, B if i == 0 else F, Z)
    y += 104

    def put_claim(y: float, rec, status: str) -> float:
        pat, rid, acct, icn, svcs = rec[:5]
        tag = rec[5] if len(rec) > 5 else ""
        if y + 40 > 575:
            d.new_page()
            y = heads(furniture())
        d.text(30, y, f"RECIPIENT: {pat:<22} RECIP ID: {rid}   PAT ACCT: {acct:<12}  ICN: {icn}   {tag}", B, Z)
        y += 11
        for i, s in enumerate(svcs, 1):
            if y + 12 > 575:
                d.new_page()
                y = heads(furniture())
                d.text(30, y, f"RECIPIENT: {pat:<22} RECIP ID: {rid}   ICN: {icn}   (CONTINUED)", B, Z)
                y += 11
            eob = "0000" if not s.denied else "0218"
            if s.billed < 0:
                eob = "0931"
            adj = "CO45" if s.discount else ("CO204" if s.denied else "")
            d.text(col(pos["ln"]), y, f"{i:>2}", F, Z)
            d.text(col(pos["from"]), y, dfmt(s.dos, "mdy6"), F, Z)
            d.text(col(pos["to"]), y, dfmt(s.dos, "mdy6"), F, Z)
            d.text(col(pos["proc"]), y, s.code, F, Z)
            for k, m in zip(("m1", "m2"), s.mods):
                d.text(col(pos[k]), y, m, F, Z)
            d.text(col(pos["units"]), y, f"{s.units:.2f}" if s.units >= 0 else f"{s.units:.2f}", F, Z, "r")
            for k, v in (("billed", s.billed), ("allowed", s.allowed), ("tpl", ZERO), ("copay", ZERO),
                         ("paid", s.paid)):
                money_at(y, k, v)
            d.text(col(pos["adj"]), y, adj, F, Z)
            d.text(col(pos["eob"]), y, eob, F, Z)
            adjs = [[adj[:2], adj[2:], None]] if adj else []
            o.add(d, s, acct, icn, pat, ("billed", "allowed", "paid"), adjustments=[tuple(a) for a in adjs],
                  remarks=[eob], description=False)
            y += 10
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        d.text(col(pos["to"]), y, "CLAIM TOTAL", B, Z)
        for k, v in tot.items():
            money_at(y, k, v)
        o.claim(acct, icn, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"])
        return y + 16

    for title, grp in (("*** PAID CLAIMS ***", paid), ("*** DENIED CLAIMS ***", denied),
                       ("*** ADJUSTED CLAIMS ***", adjusted)):
        if y + 50 > 575:
            d.new_page()
            y = furniture()
        d.text(30, y, f"CLAIM TYPE: PROFESSIONAL       STATUS: {title}", B, Z)
        y = heads(y + 12)
        for rec in grp:
            y = put_claim(y, rec, title)
        y += 4
    legend = [("0000", "PROCESSED AT THE PROGRAM FEE SCHEDULE"), ("0218", "SERVICE NEEDS A PRIOR AUTHORIZATION"),
              ("0931", "PRIOR PAYMENT RECOVERED - CLAIM REPROCESSED")]
    if y + 50 > 575:
        d.new_page()
        y = furniture()
    d.text(30, y, "EOB CODE LEGEND", B, Z)
    for i, (k, v) in enumerate(legend):
        d.text(30, y + 10 * (i + 1), f"{k}  {v}", F, Z)
    d.save()
    write_truth(path, name, "reportlab", d.page, "state Medicaid FFS remittance advice, Courier", o.lines,
                o.claims, legend)
    return name, "reportlab"


# ============================================================================================ k06
def k06(out_dir: Path) -> tuple[str, str]:
    name = "k06_medicaid_remittance_statement_boxed"
    path = out_dir / f"{name}.pdf"
    d = FDoc(path, LETTER, FIXED_WHEN)
    o = Out()
    F, B = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    claims = [
        ("3026011400017", "Abernathy, Colette", "KC4410027", "CTR-5512", [
            S(5, "97110", 2, ("GP",)), S(5, "97140", 1, ("GP",)), S(12, "97110", 2, ("GP",)),
            S(12, "97112", 1, ("GP",))], q(3)),
        ("3026011400018", "Brightwater, Sage", "KC4410874", "CTR-5530", [
            S(6, "92523", 1, ("GN",)), S(13, "92507", 1, ("GN",)), S(20, "92507", 1, ("GN", "KX"))], ZERO),
        ("3026011400019", "Castellano, Ruben", "KC4419301", "CTR-5538", [
            S(7, "97167", 1, ("GO",)), S(7, "97530", 2, ("GO",)), S(14, "97530", 2, ("GO",)),
            S(14, "97129", 1, ("GO",)), S(21, "97530", 2, ("GO",), denied="CO")], q(3)),
        ("3026011400020", "Duvall, Tamsin", "KC4420056", "CTR-5541", [
            S(8, "97161", 1, ("GP",)), S(8, "97116", 2, ("GP",)), S(15, "97116", 2, ("GP",)),
            S(22, "97110", 3, ("GP", "KX"))], ZERO),
        ("3026011400021", "Eklund, Marguerite", "KC4420991", "CTR-5549", [
            S(9, "97165", 1, ("GO",)), S(9, "97535", 2, ("GO",)), S(16, "97535", 2, ("GO",))], q(3)),
    ]
    for *_, svcs, cop in claims:
        for i, s in enumerate(svcs):
            medicaid(s, deny_reason="119")
            if s.denied:
                s.remarks = ["N362"]
            elif i == 0 and cop:
                s.paid -= cop
                s.adjs.append(("PR", "3", cop))
                s.copay = cop
                s.remarks = ["N20"] if s.discount else []
            elif s.discount:
                s.remarks = []
    cols = [("ln", "Ln", 46, "l"), ("dos", "Service date", 62, "l"), ("proc", "Proc", 122, "l"),
            ("mods", "Mods", 152, "l"), ("units", "Units", 206, "r"), ("billed", "Billed", 262, "r"),
            ("allowed", "Allowed", 318, "r"), ("copay", "Copay", 362, "r"), ("paid", "Paid", 418, "r"),
            ("desc", "Description", 430, "l")]
    tb = Table(cols, F, 8, B)

    def furniture() -> float:
        d.rect(40, 30, 532, 34, fill=0.15, stroke=False)
        d.text(50, 46, "KESTREL STATE HEALTH CARE AUTHORITY", B, 12, gray=1.0)
        d.text(50, 58, "Medical Assistance Program  -  Remittance Statement", F, 8.5, gray=1.0)
        d.text(562, 46, f"Page {d.page} of 2", F, 8, "r", gray=1.0)
        d.text(40, 770, "Payment questions: Provider Contact Center 1-866-555-0129, option 3. Keep this statement "
               "for 7 years.", F, 7)
        return 82

    y = furniture()
    d.rect(40, y - 10, 260, 58)
    for i, (a, b) in enumerate([("Payee", "Cobblestone Rehabilitation Center"), ("Payee ID", "MAP 7002281-004"),
                                ("NPI", "1744002918"), ("Address", "87 Wren Hollow Rd, Fairlee KS 66001")]):
        d.text(46, y + 2 + 12 * i, a, B, 7.5)
        d.text(100, y + 2 + 12 * i, b, F, 7.5)
    d.rect(312, y - 10, 260, 58)
    allsv = [s for c in claims for s in c[4]]
    for i, (a, b) in enumerate([("Statement no.", "RS-2026-0129-4471"), ("Payment date", "01/29/2026"),
                                ("EFT trace", "EFT 900218837"), ("Amount paid", money(total(allsv, "paid")))]):
        d.text(318, y + 2 + 12 * i, a, B, 7.5)
        d.text(400, y + 2 + 12 * i, b, F, 7.5)
    y += 66
    for tcn, pat, mid, pcn, svcs, cop in claims:
        h = 58 + 24 * len(svcs)
        if y + h > 750:
            d.new_page()
            y = furniture()
        top = y
        d.rect(40, top, 532, 16, fill=0.85, stroke=False)
        status = "PAID" if any(not s.denied for s in svcs) else "DENIED"
        for x, (a, b) in zip((46, 170, 300, 430), [("TCN", tcn), ("Member", pat), ("Member ID", mid),
                                                     ("Patient control no.", pcn)]):
            d.text(x, top + 11, f"{a}: {b}", B if a == "Member" else F, 7.5)
        y = top + 30
        y = tb.header(d, y, 7.5) + 3
        d.line(40, y, 572, y, 0.4)
        y += 11
        for i, s in enumerate(svcs, 1):
            tb.row(d, y, {"ln": str(i), "dos": dfmt(s.dos, "mdy4"), "proc": s.code, "mods": " ".join(s.mods),
                          "units": E.units_str(s.units), "billed": money(s.billed, ","),
                          "allowed": money(s.allowed, ","), "copay": money(s.copay, ","), "paid": money(s.paid, ","),
                          "desc": s.desc[:30]})
            adj = "   ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs) or "none"
            rk = f"   |   RARC {' '.join(s.remarks)}" if s.remarks else ""
            d.text(62, y + 10, f"Adj {adj}{rk}", F, 7, gray=0.3)
            s.desc = s.desc[:30]
            o.add(d, s, pcn, tcn, pat, ("billed", "allowed", "copay", "paid"), adjustments=s.adjs,
                  remarks=s.remarks)
            y += 24
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        d.line(40, y - 9, 572, y - 9, 0.4)
        tb.row(d, y, {"dos": f"Claim {status}", "billed": money(tot["billed"], ","),
                      "allowed": money(tot["allowed"], ","), "paid": money(tot["paid"], ",")}, font=B)
        o.claim(pcn, tcn, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"])
        y += 8
        d.rect(40, top, 532, y - top)
        y += 18
    legend = [("N20", "Member copay for the visit was taken from this line."),
              ("N362", "Units over the prior-approved number of visits.")]
    d.text(40, y, "Remark codes on this statement", B, 8)
    for i, (k, v) in enumerate(legend):
        d.text(40, y + 11 * (i + 1), f"{k}  {v}", F, 7.5)
    d.save()
    write_truth(path, name, "fpdf2", d.page, "state Medicaid remittance statement, boxed", o.lines, o.claims,
                legend)
    return name, "fpdf2"


# ============================================================================================ k07
def k07(out_dir: Path) -> tuple[str, str]:
    name = "k07_clearinghouse_medicare_spr_print"
    path = out_dir / f"{name}.pdf"
    d = RLDoc(path, LETTER)
    o = Out()
    F, B, Z = "Courier", "Courier-Bold", 7.0
    cw = 0.6 * Z

    def X(n: int) -> float:
        return 24 + n * cw

    st = {}
    claims = [
        ("ALDRIDGE, MARTHA", "1EG4TE5MK73", "88213-01", "0226012345670", [
            S(5, "97161", 1, ("GP",)), S(5, "97110", 3, ("GP",)), S(7, "97110", 3, ("GP",)),
            S(7, "97140", 1, ("GP", "59")), S(9, "97110", 2, ("GP",)), S(9, "97112", 2, ("GP",)),
            S(12, "97110", 3, ("GP", "KX")), S(12, "97530", 1, ("GP",)), S(14, "97112", 2, ("GP", "CQ")),
            S(14, "97110", 2, ("GP", "CQ")), S(16, "97116", 2, ("GP",)), S(16, "97110", 2, ("GP",)),
            S(19, "97530", 2, ("GP", "KX")), S(19, "97140", 1, ("GP",)), S(21, "97110", 3, ("GP", "KX")),
            S(21, "97112", 1, ("GP",)), S(23, "97110", 2, ("GP",)), S(23, "97750", 1, ("GP",))]),
        ("BOURNE, WALLACE T", "2HY7UN3PQ18", "88240-02", "0226012345688", [
            S(6, "97165", 1, ("GO",)), S(6, "97535", 2, ("GO",)), S(13, "97535", 2, ("GO",)),
            S(13, "97530", 1, ("GO",))]),
        ("CHO, EUNICE", "3KM2WE8RT41", "88255-01", "0226012345696", [
            S(8, "92523", 1, ("GN",)), S(15, "92507", 1, ("GN",)), S(15, "97150", 1, ("GN",), denied="CO")]),
        ("DELACROIX, PIERRE", "4TR9XC1VB52", "88261-03", "0226012345704", [
            S(12, "97163", 1, ("GP",)), S(12, "G0283", 1, ("GP",)), S(20, "97110", 2, ("GP",))]),
    ]
    deds = {"ALDRIDGE, MARTHA": q(0), "BOURNE, WALLACE T": q(110.5), "CHO, EUNICE": q(0),
            "DELACROIX, PIERRE": q(283)}
    for pat, *_, svcs in claims:
        st[pat] = PlanState(ded_left=deds[pat])
        for s in svcs:
            medicare(s, st[pat], deny_reason="96")
    hdr1 = ("PERF PROV   SERV DATE    POS NOS  PROC  MODS      BILLED    ALLOWED    DEDUCT     COINS"
            "   GRP/RC-AMT      PROV PD")
    P = {"perf": 0, "date": 12, "pos": 25, "nos": 31, "proc": 34, "mods": 40, "billed": 58, "allowed": 69,
         "ded": 79, "coins": 89, "grp": 92, "pd": 114}

    def furniture() -> float:
        d.text(24, 30, "TIDEWATER CLAIMS EXCHANGE - REMITTANCE PRINT IMAGE (FROM 835)", B, 8)
        d.text(24, 40, "PAYER: MEDICARE PART B - CASCADE JURISDICTION MAC        PAYER ID 04412", F, Z)
        d.text(24, 50, "PAYEE: HARBORVIEW PHYSICAL THERAPY PC           NPI 1932207718", F, Z)
        d.text(588, 30, f"PAGE #: {d.page} OF 2", F, Z, "r")
        d.text(588, 40, "REMIT DATE: 01/28/2026", F, Z, "r")
        d.text(588, 50, "CHECK/EFT #: 000914478226", F, Z, "r")
        d.text(24, 66, hdr1, B, Z)
        d.text(24, 75, "NAME                HIC              ACNT              ICN                 ASG  MOA", B, Z)
        d.text(24, 82, "-" * 136, F, Z)
        return 96

    y = furniture()
    d.text(24, y, "*" * 60, F, Z)
    d.text(24, y + 9, "* BULLETIN: THERAPY THRESHOLD AMOUNTS FOR 2026 ARE POSTED ON THE CONTRACTOR SITE *", F, Z)
    d.text(24, y + 18, "*" * 60, F, Z)
    y += 34
    bottom = 760

    def mline(y, s: Svc) -> None:
        d.text(X(P["perf"]), y, "1932207718", F, Z)
        d.text(X(P["date"]), y, f"{s.dos:%m%d} {s.dos:%m%d%y}", F, Z)
        d.text(X(P["pos"]), y, "11", F, Z)
        d.text(X(P["nos"]) + 2 * cw, y, E.units_str(s.units), F, Z, "r")
        d.text(X(P["proc"]), y, s.code, F, Z)
        d.text(X(P["mods"]), y, " ".join(s.mods), F, Z)
        for k, v in (("billed", s.billed), ("allowed", s.allowed), ("ded", s.deductible), ("coins", s.coinsurance)):
            d.text(X(P[k]), y, f"{v:.2f}", F, Z, "r")
        g, c, a = s.adjs[0]
        d.text(X(P["grp"]), y, f"{g}-{c}", F, Z)
        d.text(X(P["grp"]) + 17 * cw, y, f"{a:.2f}", F, Z, "r")
        d.text(X(P["pd"]) + 8 * cw, y, f"{s.paid:.2f}", F, Z, "r")

    for pat, hic, acnt, icn, svcs in claims:
        if y + 40 > bottom:
            d.new_page()
            y = furniture()
        d.text(24, y, f"NAME {pat:<17} HIC {hic:<12} ACNT {acnt:<12} ICN {icn:<15} ASG Y  MOA MA01", F, Z)
        y += 10
        for s in svcs:
            need = 9 * len(s.adjs)
            if y + need > bottom:
                d.new_page()
                y = furniture()
                d.text(24, y, f"NAME {pat:<17} HIC {hic:<12} ACNT {acnt:<12} ICN {icn}  (CONT)", F, Z)
                y += 10
            mline(y, s)
            for g, c, a in s.adjs[1:]:
                y += 9
                d.text(X(P["grp"]), y, f"{g}-{c}", F, Z)
                d.text(X(P["grp"]) + 17 * cw, y, f"{a:.2f}", F, Z, "r")
            rm = ["N640"] if s.code == "97110" and "KX" in s.mods else []
            if rm:
                d.text(X(P["pd"]) + 10 * cw, y, "N640", F, Z)
            o.add(d, s, acnt, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=s.adjs, remarks=rm, description=False)
            y += 10
        pr = total(svcs, "owes")
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid")}
        adj_tot = sum((a for s in svcs for g, c, a in s.adjs), ZERO)
        d.text(24, y, f"PT RESP {pr:>9.2f}", F, Z)
        d.text(X(P["proc"]) - 10 * cw, y, "CLAIM TOTALS", F, Z)
        for k, key in (("billed", "billed"), ("allowed", "allowed"), ("ded", "deductible"), ("coins", "coinsurance")):
            d.text(X(P[k]), y, f"{tot[key]:.2f}", F, Z, "r")
        d.text(X(P["grp"]) + 17 * cw, y, f"{adj_tot:.2f}", F, Z, "r")
        d.text(X(P["pd"]) + 8 * cw, y, f"{tot['paid']:.2f}", F, Z, "r")
        d.text(24, y + 9, f"ADJ TO TOTALS: PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00   NET "
               f"{tot['paid']:.2f}", F, Z)
        o.claim(acnt, icn, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"])
        y += 24
    legend = [("CO-45", "Charge above the fee schedule; provider write-off"), ("PR-1", "Deductible amount"),
              ("PR-2", "Coinsurance amount"), ("CO-253", "Federal payment reduction"),
              ("CO-96", "Service not payable under the benefit"), ("N640", "Therapy amount over the yearly threshold; "
                                                                           "medical necessity attested")]
    if y + 70 > bottom:
        d.new_page()
        y = furniture()
    d.text(24, y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", B, Z)
    for i, (k, v) in enumerate(legend):
        d.text(24, y + 9 * (i + 1), f"{k:<8}{v}", F, Z)
    d.save()
    write_truth(path, name, "reportlab", d.page, "clearinghouse print image of a Medicare SPR", o.lines, o.claims,
                legend)
    return name, "reportlab"


# ============================================================================================ k08
def k08(out_dir: Path) -> tuple[str, str]:
    name = "k08_pm_system_era_payment_detail"
    path = out_dir / f"{name}.pdf"
    d = FDoc(path, LAND, FIXED_WHEN)
    o = Out()
    F, B = "LiberationSansNarrow", "LiberationSansNarrow-Bold"
    stA = PlanState(ded_left=q(75), copay_codes={"97110": q(25), "92507": q(25)}, allowed_rate=Decimal("0.78"))
    claims = [
        ("Fairweather, Nolan", "A100872", "HP2601160044", [
            S(5, "97110", 2, ("GP",)), S(5, "97140", 1, ("GP", "59")), S(5, "97112", 1, ("GP",))]),
        ("Fairweather, Nolan", "A100873", "HP2601160045", [S(12, "97110", 2, ("GP",)), S(12, "97530", 1, ("GP",))]),
        ("Gutierrez, Ana Lucia", "A100901", "HP2601160102", [
            S(6, "92523", 1, ("GN",)), S(13, "92507", 1, ("GN",)), S(13, "92507", 1, ("GN", "59"), denied="CO")]),
        ("Hollis, Brennan", "A100915", "HP2601160230", [
            S(7, "97166", 1, ("GO",)), S(7, "97535", 2, ("GO",)), S(14, "97530", 3, ("GO",)),
            S(14, "97535", 1, ("GO",)), S(21, "97530", 3, ("GO",)), S(21, "97129", 1, ("GO",))]),
        ("Ivers, Delphine", "A100933", "HP2601160318", [S(8, "99213", 1, ("25",)), S(8, "97140", 2, ("GP",))]),
        ("Jablonski, Theo", "A100940", "HP2601160411", [
            S(9, "97161", 1, ("GP",)), S(9, "97110", 2, ("GP",)), S(16, "97110", 2, ("GP",)),
            S(16, "97116", 1, ("GP",)), S(23, "97110", 2, ("GP",)), S(23, "G0283", 1, ("GP",))]),
        ("Kowalczyk, Irene", "A100962", "HP2601160527", [
            S(12, "97165", 1, ("GO",)), S(12, "97760", 1, ("GO",)), S(12, "L3807", 1, ("RT",)),
            S(19, "97760", 1, ("GO",)), S(26, "97140", 1, ("GO",))]),
        ("Lindqvist, Oskar", "A100977", "HP2601160590", [
            S(13, "92523", 1, ("GN",)), S(20, "92507", 1, ("GN",)), S(27, "92507", 1, ("GN",)),
            S(27, "92526", 1, ("GN",))]),
        ("Mbeki-Arden, Joy", "A100981", "HP2601160644", [
            S(14, "97162", 1, ("GP",)), S(14, "97110", 2, ("GP",)), S(21, "97110", 3, ("GP", "KX")),
            S(21, "97112", 1, ("GP",)), S(28, "97110", 2, ("GP",))]),
    ]
    for *_, svcs in claims:
        for s in svcs:
            commercial(s, stA, deny_reason="97")
    cols = [("pat", "Patient", 22, "l"), ("acct", "Acct #", 112, "l"), ("icn", "Payer Claim #", 152, "l"),
            ("dos", "DOS", 214, "l"), ("proc", "Proc", 256, "l"), ("mod", "Mod", 288, "l"),
            ("units", "Units", 338, "r"), ("billed", "Charge", 386, "r"), ("allowed", "Allowed", 430, "r"),
            ("ded", "Ded", 466, "r"), ("coins", "Coins", 502, "r"), ("copay", "Copay", 538, "r"),
            ("adj", "Adj Codes", 546, "l"), ("paid", "Paid", 770, "r")]
    tb = Table(cols, F, 7.6, B)
    edges = [20, 110, 150, 212, 254, 286, 318, 342, 390, 434, 470, 506, 542, 728, 772]

    def grid(y0: float, y1: float) -> None:
        for x in edges:
            d.line(x, y0, x, y1, 0.3)

    def furniture() -> float:
        d.text(20, 30, "Cairnwood Practice Manager  -  ERA Payment Detail", B, 12)
        d.text(20, 43, "Practice: Millrace Rehab & Speech  |  Payer: Halcyon Point Health Plan (payer ID 58802)  |  "
               "EFT 4471902266  |  Paid 01/27/2026", F, 8)
        d.text(772, 30, f"Page {d.page} of 2", F, 8, "r")
        d.text(772, 590, "Report run 02/02/2026 09:30 by billing.office", F, 7, "r")
        return 62

    def heads(y: float) -> float:
        d.rect(20, y, 752, 14, fill=0.8)
        tb.header(d, y + 10, 7.6)
        return y + 14

    y = heads(furniture())
    bottom = 575
    for pat, acct, icn, svcs in claims:
        if y + 14 * (len(svcs) + 1) > bottom:
            d.new_page()
            y = heads(furniture())
        y0 = y
        for i, s in enumerate(svcs):
            adj = "; ".join(f"{g}-{c} {money(a, ',')}" for g, c, a in s.adjs)
            vals = {"dos": dfmt(s.dos, "mdyn"), "proc": s.code, "mod": " ".join(s.mods),
                    "units": E.units_str(s.units), "billed": money(s.billed, ","), "allowed": money(s.allowed, ","),
                    "ded": money(s.deductible, ","), "coins": money(s.coinsurance, ","),
                    "copay": money(s.copay, ","), "adj": adj, "paid": money(s.paid, ",")}
            if i == 0:
                vals.update(pat=pat, acct=acct, icn=icn)
            tb.row(d, y + 10, vals)
            d.line(20, y + 14, 772, y + 14, 0.3)
            o.add(d, s, acct, icn, pat, ("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                  adjustments=s.adjs, description=False)
            y += 14
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid")}
        d.rect(20, y, 752, 14, fill=0.93)
        tb.row(d, y + 10, {"dos": "Claim subtotal", "billed": money(tot["billed"], ","),
                           "allowed": money(tot["allowed"], ","), "paid": money(tot["paid"], ",")}, font=B)
        grid(y0, y)
        o.claim(acct, icn, pat, billed=tot["billed"], allowed=tot["allowed"], paid=tot["paid"])
        y += 20
    allsv = [s for c in claims for s in c[3]]
    d.text(20, y + 8, f"Batch total paid {money(total(allsv, 'paid'))}   Claims {len(claims)}   Lines {len(allsv)}",
           B, 8.5)
    legend = [("CO-45", "contractual"), ("PR-1", "deductible"), ("PR-2", "coinsurance"), ("PR-3", "copay"),
              ("CO-97", "bundled into another service")]
    d.text(20, y + 22, "Adj code key: " + "   ".join(f"{k} {v}" for k, v in legend), F, 7.5)
    d.save()
    write_truth(path, name, "fpdf2", d.page, "PM-system ERA payment detail, gridded", o.lines, o.claims, legend)
    return name, "fpdf2"


# ============================================================================================ k09
MSGH = 34


def k09(out_dir: Path) -> tuple[str, str]:
    name = "k09_therapy_clinic_family_statement"
    path = out_dir / f"{name}.pdf"
    d = RLDoc(path, LETTER)
    o = Out()
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    st = {"Adele Marchbanks": PlanState(ded_left=q(60), allowed_rate=Decimal("0.80")),
          "Quinn Marchbanks": PlanState(ded_left=q(0), allowed_rate=Decimal("0.80"),
                                        copay_codes={"97530": q(30), "97165": q(30)}),
          "Ruby Marchbanks": PlanState(ded_left=q(0), allowed_rate=Decimal("0.80"))}
    visits = [
        ("V-260105-11", "Quinn Marchbanks", "Fernhill Mutual", "FM-77120931", [
            S(5, "97165", 1, ("GO",)), S(5, "97530", 2, ("GO",))], q(30)),
        ("V-260107-04", "Ruby Marchbanks", "Fernhill Mutual", "FM-77121408", [
            S(7, "92523", 1, ("GN",)), S(7, "92507", 1, ("GN",))], ZERO),
        ("V-260109-02", "Adele Marchbanks", "Fernhill Mutual", "FM-77122004", [
            S(9, "97161", 1, ("GP",)), S(9, "97140", 2, ("GP",)), S(9, "97110", 2, ("GP",)),
            S(9, "G0283", 1, ("GP",))], ZERO),
        ("V-260112-09", "Quinn Marchbanks", "Fernhill Mutual", "FM-77123377", [
            S(12, "97530", 3, ("GO",)), S(12, "97535", 1, ("GO", "59")), S(12, "97150", 1, ("GO",), denied="PR")],
         q(30)),
        ("V-260114-06", "Ruby Marchbanks", "Fernhill Mutual", "FM-77124015", [
            S(14, "92507", 1, ("GN",)), S(14, "92526", 1, ("GN",))], ZERO),
        ("V-260116-03", "Adele Marchbanks", "Fernhill Mutual", "FM-77124820", [
            S(16, "97110", 3, ("GP",)), S(16, "97112", 2, ("GP",)), S(16, "97140", 1, ("GP",)),
            S(16, "97530", 1, ("GP",)), S(16, "97116", 1, ("GP",))], ZERO),
        ("V-260121-07", "Quinn Marchbanks", "Fernhill Mutual", "FM-77126191", [
            S(21, "97530", 2, ("GO",)), S(21, "97110", 1, ("GO",))], q(30)),
        ("V-260123-01", "Adele Marchbanks", "Fernhill Mutual", "FM-77127044", [
            S(23, "97110", 2, ("GP",)), S(23, "97140", 2, ("GP",)), S(23, "97112", 1, ("GP",)),
            S(23, "97750", 1, ("GP",))], ZERO),
        ("V-260126-05", "Ruby Marchbanks", "Fernhill Mutual", "FM-77128310", [
            S(26, "92507", 1, ("GN",)), S(26, "92526", 1, ("GN",))], ZERO),
        ("V-260128-08", "Quinn Marchbanks", "Fernhill Mutual", "FM-77129002", [
            S(28, "97168", 1, ("GO",)), S(28, "97530", 2, ("GO",)), S(28, "97535", 1, ("GO",)),
            S(28, "97129", 1, ("GO",)), S(28, "97110", 1, ("GO",))], q(30)),
        ("V-260130-02", "Adele Marchbanks", "Fernhill Mutual", "FM-77130118", [
            S(30, "97110", 2, ("GP",)), S(30, "97530", 2, ("GP",))], ZERO),
    ]
    for _, pat, _, _, svcs, _ in visits:
        for s in svcs:
            commercial(s, st[pat], deny_reason="204")
    cols = [("date", "Date", 40, "l"), ("pat", "Patient", 84, "l"), ("svc", "Service", 160, "l"),
            ("cpt", "CPT", 292, "l"), ("units", "Units", 352, "r"), ("billed", "Charge", 404, "r"),
            ("paid", "Ins. paid", 452, "r"), ("adj", "Ins. adjust.", 506, "r"), ("owes", "Your portion", 572, "r")]
    tb = Table(cols, F, 7.3, B)

    def furniture() -> float:
        d.text(40, 770, "Juniper Lane Therapy  |  Billing questions 503-555-0162, Mon-Fri 8-4  |  Statement "
               "date 01/31/2026", F, 6.8, gray=0.3)
        d.text(572, 770, f"Page {d.page} of 2", F, 6.8, "r")
        return 50

    y = furniture()
    # tear-off coupon
    d.text(40, y, "JUNIPER LANE THERAPY", B, 13)
    d.text(40, y + 12, "OT  |  PT  |  Speech  -  4410 Alder Ct, Suite 2, Brookmere, OR 97045", F, 7.5)
    allsv = [s for v in visits for s in v[4]]
    copays = sum((v[5] for v in visits), ZERO)
    due = total(allsv, "owes") - copays
    d.rect(360, y - 10, 212, 64)
    for i, (a, b) in enumerate([("Account no.", "JLT-30377"), ("Statement date", "01/31/2026"),
                                ("Amount due", money(due)), ("Pay by", "02/25/2026")]):
        d.text(366, y + 3 + 13 * i, a, F, 8)
        d.text(566, y + 3 + 13 * i, b, B, 8, "r")
    d.text(40, y + 34, "Keisha Marchbanks", F, 9)
    d.text(40, y + 45, "61 Sorrel Way, Brookmere, OR 97045", F, 8)
    d.text(40, y + 64, "Amount enclosed $ ____________     Card no. ____________________  Exp ____", F, 8)
    y += 78
    d.line(40, y, 572, y, 0.7)
    d.text(306, y + 8, "- - - please detach and return the top part with your payment - - -", F, 6.5, "c")
    y += 20
    d.rect(40, y, 532, MSGH, fill=0.95)
    d.text(48, y + 12, "Message from our billing office", B, 8)
    d.text(48, y + 24, "Your plan has processed the visits below. Copays collected at check-in are shown as "
           "payments.", F, 7.5)
    y += MSGH + 22
    d.text(40, y, "Account activity", B, 11)
    d.text(572, y, "Guarantor: Keisha Marchbanks", F, 8, "r")
    y += 16
    y = tb.header(d, y, 7.3) + 3
    d.line(40, y, 572, y, 0.8)
    y += 12
    d.text(160, y, "Previous balance", F, 7.3)
    d.text(572, y, "0.00", F, 7.3, "r")
    y += 14
    bottom = 748
    for vno, pat, ins, clm, svcs, cop in visits:
        if y + 30 > bottom:
            d.new_page()
            y = furniture() + 20
        d.rect(40, y - 9, 532, 12, fill=0.9, stroke=False)
        d.text(44, y, f"Visit {vno}  -  {pat}  -  billed to {ins}, claim {clm}", B, 7.3)
        y += 14
        for s in svcs:
            if y + 12 > bottom:
                d.new_page()
                y = furniture() + 20
            tb.row(d, y, {"date": dfmt(s.dos, "mdy2"), "pat": pat.split()[0], "svc": s.desc[:27],
                          "cpt": codemods(s, " ", " "), "units": E.units_str(s.units),
                          "billed": money(s.billed, ","), "paid": money(s.paid, ","),
                          "adj": money(s.discount, ","), "owes": money(s.owes, ",")})
            s.desc = s.desc[:27]
            o.add(d, s, vno, clm, pat, ("billed", "paid", "discount", "patient_owes"))
            y += 14
        tot = {k: total(svcs, k) for k in ("billed", "paid", "owes")}
        tb.row(d, y, {"svc": "Visit total", "billed": money(tot["billed"], ","), "paid": money(tot["paid"], ","),
                      "owes": money(tot["owes"], ",")}, font=B)
        o.claim(vno, clm, pat, billed=tot["billed"], paid=tot["paid"], patient_owes=tot["owes"])
        if cop:
            y += 12
            tb.row(d, y, {"date": dfmt(svcs[0].dos, "mdy2"), "svc": "Copay received - thank you",
                          "owes": money(-cop, ",")})
        y += 18
    d.rect(40, y, 532, 30, fill=0.95)
    for i, (a, b) in enumerate([("Current", money(due)), ("31-60 days", "0.00"), ("61-90 days", "0.00"),
                                ("Over 90", "0.00"), ("Amount due", money(due))]):
        d.text(50 + 106 * i, y + 12, a, F, 7.5)
        d.text(50 + 106 * i, y + 24, b, B, 8)
    d.save()
    write_truth(path, name, "reportlab", d.page, "therapy clinic family statement", o.lines, o.claims, [])
    return name, "reportlab"


# ============================================================================================ k10
def k10(out_dir: Path) -> tuple[str, str]:
    name = "k10_hospital_patient_statement_sidebar"
    path = out_dir / f"{name}.pdf"
    d = FDoc(path, LETTER, FIXED_WHEN)
    o = Out()
    F, B = "DejaVuSerif", "DejaVuSerif-Bold"
    REV = {"97": "0430", "92": "0440", "73": "0320", "99": "0510", "L3": "0274", "G0": "0420"}

    def rev(s: Svc) -> str:
        for m, r in (("GP", "0420"), ("GO", "0430"), ("GN", "0440")):
            if m in s.mods:
                return r
        return REV.get(s.code[:2], "0430")

    accts = [
        ("HA-600118842", "Sofia Marchetti", "Jan 6, 2026", "Beacon Vale Insurance Co.", "BVI-26-0219044", [
            S(6, "99213", 1, ()), S(6, "73110", 1, ("LT",)), S(6, "97165", 1, ("GO",)),
            S(6, "97760", 1, ("GO",)), S(6, "L3807", 1, ("LT",))]),
        ("HA-600121570", "Sofia Marchetti", "Jan 13-27, 2026", "Beacon Vale Insurance Co.", "BVI-26-0288310", [
            S(13, "97140", 2, ("GO",)), S(13, "97110", 2, ("GO",)), S(20, "97140", 2, ("GO",)),
            S(20, "97530", 1, ("GO",)), S(27, "97110", 3, ("GO",)), S(27, "97168", 1, ("GO",))]),
        ("HA-600122904", "Ren Marchetti", "Jan 15, 2026", "Beacon Vale Insurance Co.", "BVI-26-0301777", [
            S(15, "97161", 1, ("GP",)), S(15, "97112", 2, ("GP",)), S(15, "97116", 1, ("GP",))]),
        ("HA-600124417", "Ren Marchetti", "Jan 22-29, 2026", "Beacon Vale Insurance Co.", "BVI-26-0345120", [
            S(22, "97112", 2, ("GP",)), S(22, "97110", 2, ("GP",)), S(29, "97112", 2, ("GP",)),
            S(29, "97530", 2, ("GP",))]),
        ("HA-600125093", "Lucia Marchetti", "Jan 26, 2026", "Beacon Vale Insurance Co.", "BVI-26-0362095", [
            S(26, "99213", 1, ("25",)), S(26, "97163", 1, ("GP",)), S(26, "97140", 2, ("GP",)),
            S(26, "97110", 1, ("GP",))]),
        ("HA-600126650", "Ren Marchetti", "Jan 30, 2026", "Beacon Vale Insurance Co.", "BVI-26-0377410", [
            S(30, "97112", 2, ("GP",)), S(30, "97116", 2, ("GP",)), S(30, "97750", 1, ("GP",)),
            S(30, "A4556", 2, ())]),
    ]
    stp = PlanState(ded_left=q(250), allowed_rate=Decimal("0.66"))
    for *_, svcs in accts:
        for s in svcs:
            commercial(s, stp)
    cols = [("date", "Date", 40, "l"), ("rev", "Rev", 88, "l"), ("desc", "Description", 116, "l"),
            ("cpt", "CPT/HCPCS", 294, "l"), ("mod", "Mod", 346, "l"), ("qty", "Qty", 384, "r"),
            ("billed", "Charges", 430, "r")]
    tb = Table(cols, F, 7.3, B)
    SX = 444

    def furniture(first: bool) -> float:
        d.text(40, 40, "Saint Brennock Community Hospital", B, 13)
        d.text(40, 53, "Patient Financial Services  |  200 Quayside Blvd, Millbourne, WA 98277", F, 7.5)
        d.text(40, 64, "Guarantor: Lucia Marchetti   |   Guarantor no. G-0091274   |   Statement 01/31/2026", F, 7.5)
        d.line(40, 70, 430, 70, 1)
        d.rect(SX, 30, 128, 735, fill=0.9, stroke=False)
        d.text(SX + 8, 48, "Amount due", B, 10)
        d.text(SX + 8, 66, money(due), B, 14)
        d.text(SX + 8, 80, "Due by 02/26/2026", F, 7.5)
        side = ["", "How to pay", "Online: pay.stbrennock.example", "Phone: 360-555-0107",
                "Mail the slip on the back", "", "Need help paying?", "Ask about our financial", "assistance program.",
                "", "Insurance questions?", "Call 360-555-0149", "Mon-Fri 7:30-5:00"]
        for i, t in enumerate(side):
            d.text(SX + 8, 104 + 11 * i, t, B if t in ("How to pay", "Need help paying?", "Insurance questions?")
                   else F, 7)
        d.text(430, 775, f"Page {d.page} of 2", F, 7, "r")
        return 92

    allsv = [s for a in accts for s in a[5]]
    due = total(allsv, "owes")
    y = furniture(True)
    bottom = 745
    for acct, pat, when, ins, clm, svcs in accts:
        if y + 60 + 12 * len(svcs) > bottom:
            d.new_page()
            y = furniture(False)
        d.rect(40, y - 10, 390, 26, fill=0.82, stroke=False)
        d.text(44, y, f"Hospital account {acct}", B, 8)
        d.text(230, y, f"Patient: {pat}", B, 8)
        d.text(44, y + 11, f"Outpatient rehabilitation  |  Visit date(s) {when}", F, 7.3)
        y += 28
        y = tb.header(d, y, 7.3) + 3
        d.line(40, y, 430, y, 0.5)
        y += 11
        for s in svcs:
            tb.row(d, y, {"date": dfmt(s.dos, "mdy4"), "rev": rev(s), "desc": s.desc[:38], "cpt": s.code,
                          "mod": " ".join(s.mods), "qty": E.units_str(s.units), "billed": money(s.billed, ",")})
            s.desc = s.desc[:38]
            o.add(d, s, acct, clm, pat, ("billed",))
            y += 12
        tot = total(svcs, "billed")
        d.line(300, y - 9, 430, y - 9, 0.4)
        d.text(116, y, "Total charges", B, 7.3)
        d.text(430, y, money(tot, ","), B, 7.3, "r")
        y += 12
        d.text(116, y, f"{ins} payment, claim {clm}", F, 7.3)
        d.text(430, y, money(-total(svcs, "paid"), ","), F, 7.3, "r")
        y += 12
        d.text(116, y, "Insurance contractual adjustment", F, 7.3)
        d.text(430, y, money(-total(svcs, "discount") - sum((s.not_covered for s in svcs if s.denied == "CO"), ZERO),
                             ","), F, 7.3, "r")
        y += 12
        d.text(116, y, "Balance for this account", B, 7.3)
        d.text(430, y, money(total(svcs, "owes"), ","), B, 7.3, "r")
        o.claim(acct, clm, pat, billed=tot)
        y += 26
    d.text(40, y, "Your insurance has processed every account above. The balance is what your plan says you", F, 7.5)
    d.text(40, y + 10, "owe: deductible, copays and coinsurance.", F, 7.5)
    d.save()
    write_truth(path, name, "fpdf2", d.page, "community hospital patient statement with sidebar", o.lines, o.claims,
                [])
    return name, "fpdf2"


LAYOUTS = [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10]
ADJ_COMPLETE = {"k06_medicaid_remittance_statement_boxed", "k07_clearinghouse_medicare_spr_print",
                "k08_pm_system_era_payment_detail"}
MUST_SPAN = {"k01_commercial_member_eob_family", "k04_medicare_advantage_member_eob", "k05_medicaid_ffs_ra_courier",
             "k07_clearinghouse_medicare_spr_print", "k09_therapy_clinic_family_statement"}


def main(argv: list[str]) -> int:
    import json

    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout87_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    names = [f(out)[0] for f in LAYOUTS]
    print(out)
    if "--check" not in argv:
        return 0
    bad = 0
    nl = np = 0
    for n in names:
        pdf = out / f"{n}.pdf"
        errs = check_file(pdf, adj_complete=n in ADJ_COMPLETE)
        t = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
        spans = [c for c in t["claims"] if len({ln["page"] for ln in t["lines"] if ln["claim_id"] == c["claim_id"]
                                                and ln["payer_claim_id"] == c["payer_claim_id"]}) > 1]
        if n in MUST_SPAN and not spans:
            errs.append("no claim continues onto the next page")
        if t["pages"] < 2:
            errs.append("single page")
        pats = {ln["patient"] for ln in t["lines"]}
        nl += len(t["lines"])
        np += t["pages"]
        print(f"{'ok  ' if not errs else 'FAIL'} {n}: {len(t['lines'])} lines, {t['pages']} pages, "
              f"{len(t['claims'])} claims, {len(pats)} patients, spanning claims {len(spans)}")
        for e in errs[:12]:
            print("     ", e)
        bad += bool(errs)
    print(f"{len(names)} files, {nl} lines, {np} pages; {'ALL OK' if not bad else f'{bad} FAILED'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
