"""Write the FORTY-SECOND held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest,
one-time measurement of the PDF reader on house styles nobody developing it has seen. Written independently of the
reader (its code, tests and scores were not looked at).

Run:  python bench/heldout42/make_heldout42_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout42/make_heldout42_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), PRINTED values only, null for what a layout does
not print (units null where no quantity is printed, modifiers [] where none are printed); claim_id = the
provider's own account / patient-control / visit / invoice number, payer_claim_id = the payer's claim number /
ICN / TCN, patient exactly as printed (the person who got the service, not the guarantor or subscriber unless the
same). Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness). Page engine in
h42engine.py (same folder).

Layouts (two of each of the five commonest kinds):
  c1  commercial PPO member EOB for a family of three, reportlab portrait DejaVu Serif 7 pt: subscriber box,
      "plan at a glance" table, shaded claim bars "Claim for <patient>", columns Date / Service (code + words) /
      Charged / Network savings / Not covered / Allowed / Deductible / Copay / Coinsurance / Plan paid / You owe /
      Note, no units or modifiers printed, one claim continues on page 2 under a repeated column header and a
      "(continued)" bar, lettered notes legend, claim totals rows
  c2  regional plan member "BENEFIT EXPLANATION", fpdf2 landscape Liberation Mono 7 pt (monospace, upper case):
      PATIENT / RELATIONSHIP / CLAIM NO / PROVIDER ACCT heads, SVC DATE "01/06/2026" / CODE / MOD "GO,59" / QTY
      "2.0" / BILLED / INELIGIBLE / RSN / ALLOWED / DEDUCT / COPAY / COINS / PLAN PAID / MEMBER RESP, ruled, a
      denied line, a reprocessed claim printed with trailing-minus reversal lines, three family members
  m1  Medicare Summary Notice Part B, fpdf2 portrait DejaVu Sans: dashboard page 1 (deductible, claims this
      period), claims pages: provider block with "Date of service" and claim number, rows "Words (97110)" / Service
      Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be
      Billed / See Notes, the claims on their own page after the dashboard, claim totals, numbered notes
  m2  Medicare Advantage PPO monthly member EOB, reportlab landscape Liberation Sans: month / year-to-date cost box,
      per-claim boxes with Claim ID and provider, Date / Service / Code / Amount billed / Plan-allowed / Plan paid /
      Deductible / Copay / Coinsurance / Your share / Remark, per-visit copays, a denied line, 99213 and G0283
  d1  state Medicaid REMITTANCE ADVICE, reportlab landscape core Courier 7 pt (mainframe print): RA banner per page,
      CLAIMS PAID / CLAIMS DENIED sections, claim head rows (recipient name, recipient ID, patient account, ICN),
      detail rows "01 010526 010526 97530 GO 4.00 ..." with CARC "CO-45" + amount and EOB code, six lines to the
      inch, a long claim crossing the page break with the column heads repeated, section and net totals
  d2  state Medicaid provider-portal remittance advice, fpdf2 portrait DejaVu Sans Condensed: boxed claim cards
      (Member / Member ID / TCN / Patient Acct / Claim status), Ln / From / To / Proc / Mods / Units / Billed /
      Allowed / TPL / Paid / Adj / Remark, RARC codes, other-insurance (TPL) reduced line, a denied claim, legend
  p1  Medicare Part B standard paper remit printed by a clearinghouse, fpdf2 portrait core Courier 6.6 pt:
      NAME / MID / ACNT / ICN / ASG / MOA claim heads, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC /
      MODS / BILLED / ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, extra adjustment codes on follow-on rows, a
      provider messages, a claim continuing on page 2 under repeated heads, a reversal (claim status 22) with
      negative amounts
  p2  practice-management "ERA Posting Detail" of a Medicare Part B payment, reportlab portrait Liberation Serif
      7.2 pt: check box, shaded patient bands (patient, account, payer ICN), DOS / CPT / Mod / Units / Charge /
      Allowed / Deduct / Coins / Contractual / Seq Red / Paid / Codes (the codes' amounts are the named columns)
  s1  pediatric therapy clinic FAMILY STATEMENT, reportlab portrait DejaVu Sans 7 pt: amount-due box, guarantor,
      three children, visit heads "Visit V-... billed to <plan>, claim ...", Date / Patient / Code / Service / Units
      / Charge / Ins Paid / Ins Adj / Balance with credits as "-124.64", glued "97530-GO-59", visit totals, a patient
      payment as a non-service row, two pages (a visit head "continued" would repeat if a visit crossed the break)
  s2  hospital PATIENT STATEMENT to a guarantor, fpdf2 portrait Liberation Serif: account blocks (hospital account
      number, patient, service dates), Date / Rev / CPT-HCPCS / Description / Qty / Charges, insurance payment and
      contractual rows below the charges, a radiology line (73110), two patients (mother and son)

The self-check (--check) tests the factory, not the reader: each truth line's code, amounts and units appear on ONE
text line of its page (pdfplumber words grouped by baseline), its modifiers, date, remarks and adjustment codes on
its page, ids and patients in the document's text, page counts match, and the documents' own arithmetic holds
(billed - discount - not covered = allowed; allowed - deductible - copay - coinsurance = paid where printed and no
other payer shares the line; billed - adjustments = paid where every adjustment is printed with its amount;
printed claim totals = sum of their lines).
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
    ZERO,
    PlanState,
    Svc,
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
from h42engine import LAND, LETTER, Flow, render_fpdf, render_rl  # noqa: E402

# A few extra codes (our own fees, schedule amounts and words).
eobgen.FEE.update({"73110": "185.00", "97533": "98.00", "97162": "240.00", "97113": "92.00", "G0151": "140.00"})
eobgen.SCHED.update({"73110": "34.20", "97533": "31.60", "97162": "101.12", "97113": "36.44", "G0151": "58.90"})
eobgen.DESC.update({"73110": "X-ray of wrist, three views", "97533": "Sensory integration techniques",
                    "97162": "PT evaluation, moderate complexity", "97113": "Aquatic therapy",
                    "G0151": "Home health PT visit, per 15 min"})

D = date


def M(x, neg="-", style=","):
    return money(x, style, neg)


def S(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


# =============================================================================================== c1
def lay_c1():
    f = Flow(LETTER, "dejavuserif", 7.0, 13.0, margin=34)
    W = f.W
    lines, claims = [], []
    f.footer = lambda p, n: [("t", W / 2, f.H - 30, f"Northwind Mutual Health  |  Statement 4471-0926  |  Page {p} of {n}",
                              "c", False, 6.2, True)]
    f.text(34, "NORTHWIND MUTUAL HEALTH", b=True, z=13, h=16)
    f.text(34, "PO Box 88120, Larch Falls, MN 55990   ·   Member services 1-800-555-0142")
    f.box(380, 30, W - 34, 100)
    y0 = f.y
    f.y = 36
    for s in ("Subscriber: Theo Vance", "Member ID: NWM 300 418 227", "Group: Fairmont Tool & Die 04410",
              "Plan: Choice PPO 1500", "Statement date: February 2, 2026"):
        f.text(388, s)
    f.y = max(y0, f.y) + 14
    f.text(34, "Explanation of Benefits", b=True, z=11, h=15)
    f.text(34, "This is not a bill. It explains how we processed claims for you and your family. Keep it with your records.")
    f.gap(6)
    fam0 = [
        ("Maya Vance", "Daughter", "NWM26-0114-00382", "LPT-88310", "Lakeshore Pediatric Therapy",
         [S(D(2026, 1, 6), "97165", 1), S(D(2026, 1, 6), "97530", 2), S(D(2026, 1, 8), "97530", 3),
          S(D(2026, 1, 8), "97535", 1), S(D(2026, 1, 13), "97530", 2), S(D(2026, 1, 13), "97112", 1),
          S(D(2026, 1, 15), "97530", 3), S(D(2026, 1, 15), "97533", 1, denied="PR"),
          S(D(2026, 1, 20), "97530", 2), S(D(2026, 1, 20), "97535", 1), S(D(2026, 1, 22), "97530", 3),
          S(D(2026, 1, 22), "97112", 1), S(D(2026, 1, 27), "97530", 2), S(D(2026, 1, 27), "97168", 1),
          S(D(2026, 1, 29), "97530", 3), S(D(2026, 1, 29), "97535", 1), S(D(2026, 2, 3), "97530", 2),
          S(D(2026, 2, 3), "97112", 1), S(D(2026, 2, 5), "97530", 3), S(D(2026, 2, 5), "97535", 1),
          S(D(2026, 2, 10), "97530", 2), S(D(2026, 2, 10), "97533", 1, denied="PR")], None),
        ("Theo Vance", "Self", "NWM26-0121-01977", "HRC-550127", "Harbor Ridge Clinic",
         [S(D(2026, 1, 9), "99213", 1), S(D(2026, 1, 9), "73110", 1)], None),
        ("Ruth Vance", "Spouse", "NWM26-0128-02210", "ALR-7719", "Alder Rehab & Hand Center",
         [S(D(2026, 1, 20), "97168", 1), S(D(2026, 1, 20), "97140", 2), S(D(2026, 1, 22), "97110", 2)], None),
    ]
    fam = [fam0[1], fam0[2], fam0[0]]
    st = PlanState(ded_left=Decimal("160.00"), copay_codes={"99213": Decimal("30.00")})
    notes = {"A": "Counts toward your deductible.", "B": "Office visit copay.",
             "C": "Not a covered benefit under your plan; the provider may bill you."}
    for _pat, _rel, _clm, _acct, _prov, _svcs, _brk in fam:
        for _s in _svcs:
            commercial(_s, st, deny_reason="96")
    dm = {p_[0]: sum((x.deductible for x in p_[5]), ZERO) for p_ in fam}
    om = {p_[0]: sum((x.deductible + x.copay + x.coinsurance for x in p_[5]), ZERO) for p_ in fam}
    f.text(34, "Your plan at a glance (plan year 2026)", b=True, z=8.5, h=13)
    for a, b_, c, d_ in (("Family member", "Deductible met / $1,500", "Out-of-pocket met / $5,000", "Claims this statement"),
                         *[(n_, money(dm[n_], "$"), money(om[n_], "$"), "1") for n_ in dm],
                         ("Family total", money(sum(dm.values(), ZERO), "$"), money(sum(om.values(), ZERO), "$"),
                          "3")):
        f.row([(40, a), (170, b_), (300, c), (440, d_)], b=a in ("Family member", "Family total"))
    f.gap(4)
    for msg in ("Save on therapy visits: members who use a network clinic pay no more than their coinsurance after the "
                "deductible.",
                "Prior approval is needed after the 30th therapy visit in a plan year. Your provider asks us for it.",
                "Sign in to NorthwindMutual.example to see all your claims and go paperless."):
        f.text(34, msg)
    f.gap(8)
    X = [34, 70, 206, 248, 290, 326, 364, 404, 438, 478, 518, 556]
    heads = ["Date", "Service", "Charged", "Network", "Not", "Allowed", "Deductible", "Copay", "Coins-", "Plan",
             "You owe", "Note"]
    heads2 = ["", "", "", "savings", "covered", "", "", "", "urance", "paid", "", ""]
    R = [False, False, True, True, True, True, True, True, True, True, True, False]

    def hdr(fl):
        for hh in (heads, heads2):
            fl.row([((X[i + 1] - 4) if R[i] else X[i], h, "r" if R[i] else "l") for i, h in enumerate(hh)], b=True,
                   h=9)
        fl.rule(lw=0.6)

    for pat, rel, clm, acct, prov, svcs, brk in fam:
        f.need(60)
        bar = f"Claim for {pat} ({rel})   ·   {prov}   ·   Claim number {clm}   ·   Provider ref. {acct}"
        f.row([(38, bar)], b=True, band=True, h=12)

        def contbar(fl, bar=bar):
            fl.row([(38, bar + "   (continued)")], b=True, band=True, h=12)

        hdr(f)
        f.rep = [contbar, hdr]
        for i, s in enumerate(svcs):
            note = "C" if s.denied else ("A" if s.deductible else ("B" if s.copay else ""))
            if s.code == "97535":
                s.desc = "Home-management training"
            vals = [dfmt(s.dos, "mdy2"), f"{s.code} {s.desc}", M(s.billed), M(s.discount), M(s.not_covered),
                    M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes), note]
            f.row([((X[k + 1] - 4) if R[k] else X[k], v, "r" if R[k] else "l") for k, v in enumerate(vals)])
            lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    modifiers=False, printed=("billed", "discount", "not_covered", "allowed",
                                                              "deductible", "copay", "coinsurance", "paid",
                                                              "patient_owes"),
                                    remarks=[note] if note else []))
        f.rep = None
        f.rule(lw=0.3)
        tot = {k: total(svcs, k) for k in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                            "coinsurance", "paid", "owes")}
        vals = ["", "Claim totals", M(tot["billed"]), M(tot["discount"]), M(tot["not_covered"]), M(tot["allowed"]),
                M(tot["deductible"]), M(tot["copay"]), M(tot["coinsurance"]), M(tot["paid"]), M(tot["owes"]), ""]
        f.row([((X[k + 1] - 4) if R[k] else X[k], v, "r" if R[k] else "l") for k, v in enumerate(vals)], b=True)
        f.gap(8)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(tot["billed"]), "allowed": str(tot["allowed"]), "paid": str(tot["paid"]),
            "patient_owes": str(tot["owes"])}})
    f.need(60)
    f.text(34, "Notes", b=True, z=8)
    for k, v in notes.items():
        f.text(40, f"{k}  {v}")
    f.gap(6)
    f.text(34, "Questions or an appeal? Call the number above within 180 days of this statement.")
    return f, render_rl, "reportlab", lines, claims, list(notes.items()), [], "commercial PPO member EOB (family)"


# =============================================================================================== c2
def lay_c2():
    f = Flow(LAND, "libmono", 7.0, 10.0, margin=30)
    W = f.W
    lines, claims = [], []

    def banner(fl):
        fl.text(30, "GRANITE PEAK HEALTH PLAN                      BENEFIT EXPLANATION                 "
                    "THIS IS NOT A BILL", b=True, z=8)
        fl.text(30, "MEMBER: DANIEL KRALL   MEMBER NO: GPH-7730-1184-01   GROUP: 20977 CEDAR COUNTY SCHOOLS   "
                    "ISSUED: 02/03/2026")
        fl.rule(lw=1.0, gap=5)
    f.banner = banner
    f.footer = lambda p, n: [("t", W - 30, f.H - 28, f"PAGE {p} OF {n}", "r", False, 6.5, False),
                             ("t", 30, f.H - 28, "GPHP-EOB-LTR 11/25", "l", False, 6.5, False)]
    f.new_page.__func__  # noqa: B018 (banner drawn from the next page on)
    f.pages[0] = []
    f.y = f.top
    banner(f)
    cols = [(30, "SVC DATE", "l"), (96, "CODE", "l"), (132, "MOD", "l"), (200, "QTY", "r"), (252, "BILLED", "r"),
            (310, "INELIGIBLE", "r"), (318, "RSN", "l"), (390, "ALLOWED", "r"), (440, "DEDUCT", "r"),
            (486, "COPAY", "r"), (532, "COINS", "r"), (596, "PLAN PAID", "r"), (662, "MEMBER RESP", "r")]

    def hdr(fl):
        fl.row([(x, h, a) for x, h, a in cols], b=True)
        fl.rule(lw=0.5)

    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"))
    fam = [
        ("ODETTE KRALL", "DAUGHTER", "GP26A0140778", "KT40221", "KESTREL THERAPY GROUP",
         [S(D(2026, 1, 6), "92523", 1, ("GN",)), S(D(2026, 1, 8), "92507", 1, ("GN",)),
          S(D(2026, 1, 13), "92507", 1, ("GN",)), S(D(2026, 1, 15), "92526", 1, ("GN",), denied="CO")]),
        ("DANIEL KRALL", "SUBSCRIBER", "GP26A0151203", "KT40388", "KESTREL THERAPY GROUP",
         [S(D(2026, 1, 7), "97161", 1, ("GP",)), S(D(2026, 1, 7), "97110", 2, ("GP",)),
          S(D(2026, 1, 9), "97140", 1, ("GP", "59")), S(D(2026, 1, 9), "97530", 2, ("GP",))]),
        ("IRIS KRALL", "SPOUSE", "GP26A0163390", "SM-11820", "SUMMIT HAND & UPPER LIMB",
         [S(D(2026, 1, 12), "97166", 1, ("GO",)), S(D(2026, 1, 12), "97760", 1, ("GO",)),
          S(D(2026, 1, 12), "L3807", 1, ("RT",)), S(D(2026, 1, 19), "97530", 2, ("GO", "59"))]),
    ]
    rsn = {"CO": "X7"}
    for pat, rel, clm, acct, prov, svcs in fam:
        f.need(70)
        f.text(30, f"PATIENT: {pat:<16} RELATIONSHIP: {rel:<11} CLAIM NO: {clm}   PROVIDER ACCT: {acct}", b=True)
        f.text(30, f"PROVIDER: {prov}   NETWORK: IN-NETWORK   RECEIVED: 01/27/2026   PROCESSED: 02/02/2026")
        hdr(f)
        f.rep = [hdr]
        for s in svcs:
            commercial(s, st, deny_reason="204")
            r = rsn.get(s.denied or "", "P1" if s.discount else "")
            vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), f"{s.units:.1f}", M(s.billed),
                    M(s.not_covered + s.discount), r, M(s.allowed), M(s.deductible), M(s.copay), M(s.coinsurance),
                    M(s.paid), M(s.owes)]
            f.row([(c[0], v, c[2]) for c, v in zip(cols, vals)])
            lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                             "patient_owes"), remarks=[r] if r else []))
        f.rep = None
        f.rule(lw=0.3)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        f.row([(30, "CLAIM TOTAL"), (252, M(tot["billed"]), "r"), (390, M(tot["allowed"]), "r"),
               (596, M(tot["paid"]), "r"), (662, M(tot["owes"]), "r")], b=True)
        f.gap(8)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(tot["billed"]), "allowed": str(tot["allowed"]), "paid": str(tot["paid"]),
            "patient_owes": str(tot["owes"])}})
    # reprocessed claim: reversal of an earlier payment and the corrected payment
    orig = [S(D(2025, 12, 16), "97110", 2, ("GP",)), S(D(2025, 12, 16), "97112", 1, ("GP",))]
    for s in orig:
        commercial(s, PlanState(coins_rate=Decimal("0.10")))
    rev = [negate(s) for s in orig]
    new = [S(D(2025, 12, 16), "97110", 2, ("GP",)), S(D(2025, 12, 16), "97112", 2, ("GP",))]
    for s in new:
        commercial(s, PlanState(coins_rate=Decimal("0.10")))
    for label, clm, grp in (("ADJUSTMENT - PRIOR PAYMENT REVERSED", "GP25L1190442", rev),
                            ("ADJUSTMENT - CLAIM REPROCESSED (UNITS CORRECTED)", "GP26A0170015", new)):
        f.need(60)
        f.text(30, f"PATIENT: DANIEL KRALL     RELATIONSHIP: SUBSCRIBER  CLAIM NO: {clm}   PROVIDER ACCT: KT39950",
               b=True)
        f.text(30, label)
        hdr(f)
        for s in grp:
            vals = [dfmt(s.dos, "mdy4"), s.code, ",".join(s.mods), f"{s.units:.1f}", M(s.billed, "trail"),
                    M(s.not_covered + s.discount, "trail"), "P1", M(s.allowed, "trail"), M(s.deductible, "trail"),
                    M(s.copay, "trail"), M(s.coinsurance, "trail"), M(s.paid, "trail"), M(s.owes, "trail")]
            f.row([(c[0], v, c[2]) for c, v in zip(cols, vals)])
            lines.append(truth_line(f.page, s, claim_id="KT39950", payer_claim_id=clm, patient="DANIEL KRALL",
                                    printed=("billed", "allowed", "deductible", "copay", "coinsurance", "paid",
                                             "patient_owes"), remarks=["P1"]))
        tot = {k: total(grp, k) for k in ("billed", "allowed", "paid", "owes")}
        f.rule(lw=0.3)
        f.row([(30, "CLAIM TOTAL"), (252, M(tot["billed"], "trail"), "r"), (390, M(tot["allowed"], "trail"), "r"),
               (596, M(tot["paid"], "trail"), "r"), (662, M(tot["owes"], "trail"), "r")], b=True)
        f.gap(8)
        claims.append({"claim_id": "KT39950", "payer_claim_id": clm, "patient": "DANIEL KRALL", "totals": {
            "billed": str(tot["billed"]), "allowed": str(tot["allowed"]), "paid": str(tot["paid"]),
            "patient_owes": str(tot["owes"])}})
    legend = [("P1", "AMOUNT ABOVE THE NETWORK RATE; YOU DO NOT OWE IT."),
              ("X7", "SERVICE NEEDS PRIOR APPROVAL THAT WAS NOT ON FILE. PROVIDER MAY NOT BILL YOU.")]
    f.need(40)
    f.text(30, "REASON CODES", b=True)
    for k, v in legend:
        f.text(30, f"{k:<5}{v}")
    return f, render_fpdf, "fpdf2", lines, claims, legend, [], "regional plan member benefit explanation (mono)"


# =============================================================================================== m1
def lay_m1():
    f = Flow(LETTER, "dejavu", 7.6, 11.5, margin=40)
    W = f.W
    lines, claims = [], []
    pat = "ELEANOR B. HASKETT"
    f.footer = lambda p, n: [("t", 40, f.H - 30, "ELEANOR B. HASKETT", "l", False, 6.5, True),
                             ("t", W - 40, f.H - 30, f"Page {p} of {n}", "r", False, 6.5, True)]
    f.text(40, "Medicare Summary Notice for Part B (Medical Insurance)", b=True, z=13, h=18)
    f.text(40, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           z=7.5)
    f.gap(8)
    f.box(40, f.y - 2, 300, f.y + 80)
    y = f.y
    for s in (pat, "1418 ORCHARD RUN LN", "WEST BRANNOCK OR 97999"):
        f.text(48, s)
    f.y = y
    for s in ("Medicare Number XXXX-XX7731", "Date of this notice: February 4, 2026",
              "Claims processed: November 5, 2025 - February 3, 2026"):
        f.text(320, s)
    f.y = y + 92
    f.text(40, "Your Deductible Status", b=True, z=10, h=14)
    f.text(40, "Your deductible is what you must pay for services each year before Medicare begins to pay.")
    f.text(40, "Part B deductible: You have now met $120.00 of your $257.00 deductible for 2026.")
    f.gap(8)
    f.text(40, "Your Claims & Costs This Period", b=True, z=10, h=14)
    f.text(40, "Did Medicare approve all services?  NO - see claims where a service was not approved.")
    f.text(40, "Number of services Medicare denied: 1")
    f.gap(10)
    f.text(40, "Be informed! Report suspected fraud by calling 1-800-555-0199.", z=7)
    f.new_page()
    st = PlanState(ded_left=Decimal("120.00"))
    data = [
        ("Riverbend Outpatient Therapy, LLC", "250 Fenwick Ave, Suite 3, West Brannock OR 97998",
         "26-011-04982-770", D(2026, 1, 5),
         [("97161", 1, ("GP",)), ("97110", 2, ("GP",)), ("97140", 1, ("GP",)), ("97530", 2, ("GP",))]),
        ("Riverbend Outpatient Therapy, LLC", "250 Fenwick Ave, Suite 3, West Brannock OR 97998",
         "26-020-11307-112", D(2026, 1, 12),
         [("97110", 3, ("GP", "KX")), ("97112", 1, ("GP", "KX")), ("97116", 1, ("GP", "KX")),
          ("97140", 1, ("GP", "KX")), ("G0283", 1, ("GP",)), ("97530", 1, ("GP", "KX")), ("97535", 1, ("GP",))]),
        ("Cascade Hand Specialists", "9 Quarry Rd, Tillman OR 97990", "26-027-30055-020", D(2026, 1, 21),
         [("97166", 1, ("GO",)), ("97760", 1, ("GO",)), ("0552T", 1, ())]),
    ]
    X = [40, 270, 330, 392, 452, 516, 560]
    heads = [("Service Provided &", "Billing Code"), ("Service", "Approved?"), ("Amount", "Provider Charged"),
             ("Medicare-", "Approved Amount"), ("Amount", "Medicare Paid"), ("Maximum You", "May Be Billed"),
             ("See", "Notes")]

    def hdr(fl):
        for k in (0, 1):
            fl.row([(X[0], heads[0][k])] + [(X[i], heads[i][k]) for i in range(1, 7)], b=True, z=6.8, h=9)
        fl.rule(lw=0.8)

    f.text(40, "Your Claims for Part B (Medical Insurance)", b=True, z=11, h=16)
    f.text(40, "Part B covers outpatient care, therapy and supplies. Notes are explained at the end.", z=7)
    f.gap(6)
    notes = {"1": "You have met part of your yearly deductible with this service.",
             "2": "Therapy above the yearly threshold was reviewed and approved as medically needed.",
             "3": "Medicare does not pay for this item because it is considered unproven; you may be billed."}
    for prov, addr, clm, dos, items in data:
        f.need(90)
        top = f.y

        def head(fl, cont=False, prov=prov, addr=addr, clm=clm, dos=dos):
            fl.row([(44, f"{dfmt(dos, 'month')}" + ("  (continued)" if cont else ""))], b=True, z=8.5, h=12)
            fl.row([(44, prov), (330, f"Claim number {clm}")], b=True)
            fl.row([(44, addr), (330, "Referred by: Dana Whitcomb")])
        head(f)
        f.box(40, top - 3, W - 40, f.y + 1, lw=0.5)
        f.gap(4)
        hdr(f)
        f.rep = [lambda fl, head=head: head(fl, True), hdr]
        svcs = []
        for i, (code, u, mods) in enumerate(items):
            s = S(dos, code, u, mods, denied="PR" if code == "0552T" else None)
            medicare(s, st)
            note = "3" if s.denied else ("1" if s.deductible else ("2" if "KX" in mods else ""))
            f.row([(X[0], f"{s.desc} ({code})"), (X[1], "No" if s.denied else "Yes"), (X[2], M(s.billed, style="$")),
                   (X[3], M(s.allowed, style="$")), (X[4], M(s.paid, style="$")), (X[5], M(s.owes, style="$")),
                   (X[6], note)])
            svcs.append(s)
            lines.append(truth_line(f.page, s, claim_id=None, payer_claim_id=clm, patient=pat, units=False,
                                    modifiers=False, printed=("billed", "allowed", "paid", "patient_owes"),
                                    remarks=[note] if note else []))
        f.rep = None
        f.rule(lw=0.4)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        f.row([(X[0], "Total for this claim"), (X[2], M(tot["billed"], style="$")),
               (X[3], M(tot["allowed"], style="$")), (X[4], M(tot["paid"], style="$")),
               (X[5], M(tot["owes"], style="$"))], b=True)
        f.gap(12)
        claims.append({"claim_id": None, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(tot["billed"]), "allowed": str(tot["allowed"]), "paid": str(tot["paid"]),
            "patient_owes": str(tot["owes"])}})
    f.need(60)
    f.text(40, "Notes for Part B", b=True, z=9, h=13)
    for k, v in notes.items():
        f.text(44, f"{k}  {v}")
    return f, render_fpdf, "fpdf2", lines, claims, list(notes.items()), [], "Medicare Summary Notice Part B"


# =============================================================================================== m2
def lay_m2():
    f = Flow(LAND, "libsans", 7.2, 11.0, margin=36)
    W = f.W
    lines, claims = [], []
    pat = "Walter J. Ortega"
    f.footer = lambda p, n: [("t", 36, f.H - 28, "Y8123_EOB26_M  Cobalt Coast Medicare Advantage (PPO)", "l", False,
                              6.2, True), ("t", W - 36, f.H - 28, f"Page {p} of {n}", "r", False, 6.2, True)]
    f.box(36, 30, W - 36, 58, fill=0.82)
    f.pages[-1].append(("t", 44, 36, "Cobalt Coast Medicare Advantage (PPO)  -  Explanation of Benefits", "l", True,
                        12, False))
    f.y = 66
    f.text(36, f"Member: {pat}    Member ID: CCM448210937    Plan: H8123-004    For claims processed in January 2026",
           b=True)
    f.text(36, "This notice is not a bill. It tells you what your plan paid and what your share is for care you got.")
    f.gap(6)
    f.box(36, f.y - 2, 420, f.y + 48, lw=0.6)
    for a, b_, c in (("Your costs", "This month", "Year to date"), ("Total billed by providers", "@B", "@B"),
                     ("Plan paid", "@P", "@P"), ("Your share (toward $4,900 max)", "@O", "@O")):
        f.row([(42, a), (260, b_), (340, c)], b=(a == "Your costs"))
    f.gap(12)
    X = [42, 96, 270, 330, 392, 450, 504, 550, 600, 650, 700]
    heads = ["Date", "Service", "Code", "Amount billed", "Plan-allowed", "Plan paid", "Deductible", "Copay",
             "Coinsurance", "Your share", "Remark"]
    R = [False, False, False, True, True, True, True, True, True, True, False]

    def cells(vals):
        return [((X[k + 1] - 6) if R[k] else X[k], v, "r" if R[k] else "l") for k, v in enumerate(vals)]

    st = PlanState(visit_copay=Decimal("20.00"))
    data = [
        ("CCM-26-0087731-01", "PV-30418", "Brightwater Physical Therapy", [
            S(D(2026, 1, 7), "97162", 1), S(D(2026, 1, 7), "97110", 2), S(D(2026, 1, 7), "97140", 1),
            S(D(2026, 1, 9), "97110", 2), S(D(2026, 1, 9), "97112", 1), S(D(2026, 1, 9), "G0283", 1)]),
        ("CCM-26-0090412-01", "PV-30577", "Brightwater Physical Therapy", [
            S(D(2026, 1, 14), "97110", 2), S(D(2026, 1, 14), "97113", 2, denied="CO"),
            S(D(2026, 1, 16), "97530", 2), S(D(2026, 1, 16), "97116", 1)]),
        ("CCM-26-0101155-01", "0042-771", "Dr. Priya Anand, Family Medicine", [S(D(2026, 1, 20), "99213", 1)]),
    ]
    for clm, acct, prov, svcs in data:
        f.need(80)
        top = f.y
        f.row([(42, f"Claim ID: {clm}"), (220, f"Provider: {prov}"), (470, f"Patient account: {acct}"),
               (620, "Status: Processed")], b=True, band=True, h=13)
        f.row(cells(heads), b=True)
        f.rule(lw=0.5)
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.adjs = []
            rm = "N1" if s.denied else ("C1" if s.copay else "")
            f.row(cells([dfmt(s.dos, "mdy4"), s.desc, s.code, M(s.billed, style="$"), M(s.allowed, style="$"),
                         M(s.paid, style="$"), M(s.deductible, style="$"), M(s.copay, style="$"),
                         M(s.coinsurance, style="$"), M(s.owes, style="$"), rm]))
            lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=clm, patient=pat, units=False,
                                    modifiers=False, printed=("billed", "allowed", "paid", "deductible", "copay",
                                                              "coinsurance", "patient_owes"),
                                    remarks=[rm] if rm else []))
        f.rule(lw=0.3)
        tot = {k: total(svcs, k) for k in ("billed", "allowed", "paid", "owes")}
        f.row(cells(["", "Claim total", "", M(tot["billed"], style="$"), M(tot["allowed"], style="$"),
                     M(tot["paid"], style="$"), "", "", "", M(tot["owes"], style="$"), ""]), b=True)
        f.box(36, top - 2, W - 36, f.y, lw=0.5)
        f.gap(10)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(tot["billed"]), "allowed": str(tot["allowed"]), "paid": str(tot["paid"]),
            "patient_owes": str(tot["owes"])}})
    fill = {"@B": money(sum(Decimal(c["totals"]["billed"]) for c in claims), "$"),
            "@P": money(sum(Decimal(c["totals"]["paid"]) for c in claims), "$"),
            "@O": money(sum(Decimal(c["totals"]["patient_owes"]) for c in claims), "$")}
    f.pages[0] = [op[:3] + (fill[op[3]],) + op[4:] if op[0] == "t" and op[3] in fill else op for op in f.pages[0]]
    legend = [("C1", "Your plan's $20 copay for an outpatient therapy visit, charged once per visit day."),
              ("N1", "This service is not covered by your plan. You do not owe the provider for it.")]
    f.need(50)
    f.text(36, "Remark codes", b=True)
    for k, v in legend:
        f.text(36, f"{k}   {v}")
    return f, render_rl, "reportlab", lines, claims, legend, [], "Medicare Advantage PPO member EOB"


# =============================================================================================== d1
def lay_d1():
    f = Flow(LAND, "courier", 7.0, 12.0, margin=28)  # six lines to the inch, as the line printer wrote it
    W = f.W
    lines, claims = [], []
    f.footer = None
    state = {"n": 0}

    def banner(fl):
        state["n"] += 1
        fl.text(28, "DEPARTMENT OF FAMILY HEALTH SERVICES      STATE MEDICAL ASSISTANCE PROGRAM      "
                    f"REMITTANCE ADVICE              PAGE {state['n']:>4}")
        fl.text(28, "PROVIDER: WILLOWMERE CHILDREN'S THERAPY   PROV NO 0048812207   NPI 1730000418   "
                    "RA NO 2026-0204-118    RA DATE 02/04/26")
        fl.text(28, "=" * 150)
    f.banner = banner
    f.pages[0] = []
    f.y = f.top
    banner(f)
    cols = "      LN  FROM   THRU    PROC  MODS     UNITS      BILLED     ALLOWED        PAID   ADJ CODE  ADJ AMT   EOB"

    def hdr(fl):
        fl.text(28, "RECIPIENT NAME           RECIPIENT ID    PAT ACCT NO     ICN                  "
                    "CLAIM BILLED  CLAIM PAID", b=True)
        fl.text(28, cols, b=True)
        fl.text(28, "-" * 150)
    sections = [
        ("CLAIMS PAID", [
            ("ZAMORA, MATEO", "QM40771261", "WCT-10823", "2226030118451", [
                ("92523", 1, ("GN",)), ("92507", 1, ("GN",)), ("92507", 1, ("GN",))]),
            ("PHAM, SOPHIE", "QM51902288", "WCT-10840", "2226031120077", [
                ("97166", 1, ("GO",)), ("97530", 3, ("GO",)), ("97140", 2, ("GO", "59")), ("97110", 2, ("GO",))]),
            ("ZAMORA, LUCIA", "QM40771253", "WCT-10822", "2226030118450", [
                ("97165", 1, ("GO",)), ("97530", 4, ("GO",)), ("97535", 2, ("GO",)), ("97530", 4, ("GO",)),
                ("97112", 2, ("GO",)), ("97530", 3, ("GO", "59")), ("97533", 2, ("GO",)), ("97535", 1, ("GO",)),
                ("97530", 4, ("GO",)), ("97110", 2, ("GO",)), ("97530", 4, ("GO",)), ("97535", 2, ("GO",)),
                ("97530", 3, ("GO",)), ("97112", 1, ("GO",)), ("97535", 2, ("GO",)), ("97530", 4, ("GO",)),
                ("97533", 2, ("GO",)), ("97110", 1, ("GO",)), ("97530", 4, ("GO",)), ("97535", 2, ("GO",)),
                ("97112", 2, ("GO",)), ("97530", 3, ("GO",)), ("97535", 1, ("GO",)), ("97530", 4, ("GO",)),
                ("97110", 2, ("GO",)), ("97530", 4, ("GO", "59")), ("97112", 1, ("GO",)), ("97530", 3, ("GO",)),
                ("97535", 2, ("GO",)), ("97530", 4, ("GO",)), ("97533", 1, ("GO",))]),
        ]),
        ("CLAIMS DENIED", [
            ("ODUYA, KEMI", "QM60014475", "WCT-10851", "2226031120310", [("97530", 4, ("GO",)),
                                                                           ("97535", 2, ("GO",))]),
        ]),
    ]
    day0 = D(2026, 1, 5)
    grand = ZERO
    for sec, cl in sections:
        f.text(28, f"*** {sec} ***", b=True)
        f.gap(3)
        hdr(f)
        f.rep = [hdr]
        sect_paid = ZERO
        for name, rid, acct, icn, items in cl:
            svcs = []
            for i, (code, u, mods) in enumerate(items):
                dos = D(2026, 1, 5 + (i // 3) * 2) if sec == "CLAIMS PAID" else D(2026, 1, 21)
                s = S(dos, code, u, mods, denied="CO" if sec == "CLAIMS DENIED" else None)
                medicaid(s, deny_reason="15")
                svcs.append(s)
            tb, tp = total(svcs, "billed"), total(svcs, "paid")
            f.need(30)
            f.text(28, f"{name:<24} {rid:<15} {acct:<15} {icn:<20} {M(tb):>12}  {M(tp):>10}", b=True)
            for i, s in enumerate(svcs, 1):
                d = dfmt(s.dos, "mdy6")
                adj = s.adjs[0] if s.adjs else None
                ac = f"{adj[0]}-{adj[1]}" if adj else ""
                aa = M(adj[2]) if adj else ""
                eob = "0615" if s.denied else ("0001" if not s.discount else "0045")
                f.text(28, f"      {i:02d}  {d} {d}  {s.code} {' '.join(s.mods):<8} {s.units:>5.2f} "
                           f"{M(s.billed):>11} {M(s.allowed):>11} {M(s.paid):>11}   {ac:<8} {aa:>8}   {eob}")
                lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                        printed=("billed", "allowed", "paid"), service_end=s.dos,
                                        adjustments=[list(a) for a in s.adjs], remarks=[eob]))
            f.gap(3)
            claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name, "totals": {
                "billed": str(tb), "allowed": None, "paid": str(tp), "patient_owes": None}})
            sect_paid += tp
        f.rep = None
        f.text(28, f"{'':<60}{sec} TOTAL PAID {M(sect_paid):>12}", b=True)
        f.gap(8)
        grand += sect_paid
    f.text(28, f"{'':<60}NET PAYMENT THIS RA {M(grand):>12}     EFT NO 000771042", b=True)
    f.gap(6)
    legend = [("0001", "DETAIL PAID AS BILLED."), ("0045", "PAID AT THE PROGRAM FEE; BALANCE NOT BILLABLE."),
              ("0615", "CLAIM RECEIVED PAST THE FILING LIMIT.")]
    f.text(28, "EOB CODE MESSAGES", b=True)
    for k, v in legend:
        f.text(28, f"  {k}  {v}")
    return f, render_rl, "reportlab", lines, claims, legend, [], "state Medicaid remittance advice (mainframe)"


# =============================================================================================== d2
def lay_d2():
    f = Flow(LETTER, "dejavucond", 7.0, 10.4, margin=32)
    W = f.W
    lines, claims = [], []
    f.footer = lambda p, n: [("t", W / 2, f.H - 26, f"Remittance Advice 0007741920 - Page {p} of {n}", "c", False,
                              6.4, True)]
    f.box(32, 28, W - 32, 70, fill=0.9)
    f.y = 33
    f.text(40, "Bluestem State Medicaid  -  Provider Portal", b=True, z=11, h=15)
    f.text(40, "Remittance Advice (Professional)    RA Number 0007741920    Payment date 02/06/2026    "
               "Payee: Prairie Lantern Speech & OT, Provider ID 5520198")
    f.text(40, "Payment method: EFT    EFT trace 88200417    Amount: see Payment Summary")
    f.y = 82
    X = [36, 52, 100, 148, 184, 222, 258, 300, 340, 376, 414, 524, 580]
    heads = ["Ln", "From", "To", "Proc", "Mods", "Units", "Billed", "Allowed", "TPL", "Paid", "Adj", "Remark"]
    R = [False, False, False, False, False, True, True, True, True, True, False, False]

    def cells(vals):
        return [((X[k + 1] - 6) if R[k] else X[k], v, "r" if R[k] else "l") for k, v in enumerate(vals)]

    data = [
        ("Lina Osei", "BSM0044187201", "2026037004211", "PL-2201", "Paid", None, [
            (D(2026, 1, 6), "92523", 1, ("GN",)), (D(2026, 1, 8), "92507", 1, ("GN",)),
            (D(2026, 1, 13), "92507", 1, ("GN",)), (D(2026, 1, 15), "92526", 1, ("GN",))]),
        ("Kofi Osei", "BSM0044187219", "2026037004212", "PL-2202", "Paid", "97530", [
            (D(2026, 1, 7), "97167", 1, ("GO",)), (D(2026, 1, 7), "97530", 2, ("GO",)),
            (D(2026, 1, 9), "97530", 3, ("GO",)), (D(2026, 1, 9), "97112", 1, ("GO", "59"))]),
        ("Hattie Brennan", "BSM0051900334", "2026037004388", "PL-2240", "Denied", None, [
            (D(2026, 1, 12), "97530", 2, ("GO",)), (D(2026, 1, 12), "97535", 1, ("GO",))]),
        ("Amara Lindqvist", "BSM0060228815", "2026037004390", "PL-2255", "Paid", None, [
            (D(2026, 1, 14), "97166", 1, ("GO",)), (D(2026, 1, 16), "97530", 2, ("GO",)),
            (D(2026, 1, 16), "97140", 1, ("GO",)), (D(2026, 1, 21), "97530", 2, ("GO",)),
            (D(2026, 1, 21), "97110", 1, ("GO",))]),
    ]
    for name, mid, tcn, acct, status, tplcode, items in data:
        svcs = []
        for dos, code, u, mods in items:
            s = S(dos, code, u, mods, denied="CO" if status == "Denied" else None)
            medicaid(s, deny_reason="29")
            svcs.append(s)
        tpl = {}
        for s in svcs:
            if tplcode and s.code == tplcode and s.dos == D(2026, 1, 9):
                t = Decimal("40.00")
                tpl[id(s)] = t
                s.paid -= t
                s.adjs.append(("OA", "23", t))
        f.need(40 + 11 * len(svcs))
        top = f.y
        f.row([(40, f"Member: {name}"), (170, f"Member ID: {mid}"), (300, f"TCN: {tcn}"),
               (430, f"Patient Acct: {acct}")], b=True, h=12)
        f.row([(40, f"Claim status: {status}"), (170, "Billing NPI 1992000553"),
               (300, "Rendering: Prairie Lantern Speech & OT"), (470, "Claim type: Professional")], h=12)
        f.rule(x0=36, x1=W - 36, lw=0.4)
        f.row(cells(heads), b=True)
        for i, s in enumerate(svcs, 1):
            adj = "  ".join(f"{g}-{r} {M(a)}" for g, r, a in s.adjs)
            rm = "N381" if s.denied else ("MA92" if id(s) in tpl else "")
            f.row(cells([str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                         units_str(s.units), M(s.billed), M(s.allowed), M(tpl.get(id(s), ZERO)), M(s.paid), adj,
                         rm]))
            lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                                    printed=("billed", "allowed", "paid"), service_end=s.dos,
                                    adjustments=[list(a) for a in s.adjs], remarks=[rm] if rm else []))
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        f.row(cells(["", "", "", "", "", "Claim", M(tb), M(ta), "", M(tp), "", ""]), b=True)
        f.box(34, top - 3, W - 34, f.y, lw=0.6)
        f.gap(9)
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name, "totals": {
            "billed": str(tb), "allowed": str(ta), "paid": str(tp), "patient_owes": None}})
    legend = [("MA92", "Another insurer paid first; their payment was subtracted."),
              ("N381", "See the claim-level reason; contact provider services for details.")]
    f.need(60)
    f.text(36, "Payment Summary", b=True, z=8.5)
    f.text(36, f"Claims paid: 3    Claims denied: 1    Net payment: {money(sum(Decimal(c['totals']['paid']) for c in claims), '$')}")
    f.gap(5)
    f.text(36, "Remark code glossary", b=True)
    for k, v in legend:
        f.text(36, f"{k}  {v}")
    f.text(36, "Adjustment groups: CO contractual, OA other, PR patient. Reasons: 45 above fee, 23 other payer, "
               "29 filing limit.")
    return f, render_fpdf, "fpdf2", lines, claims, legend, [], "state Medicaid provider-portal RA"


# =============================================================================================== p1
def lay_p1():
    f = Flow(LETTER, "courier", 6.6, 9.0, margin=30)
    lines, claims = [], []
    state = {"n": 0}

    def banner(fl):
        state["n"] += 1
        fl.text(30, "CLEARPATH EXCHANGE - PROVIDER REMITTANCE (PRINTED FROM ERA)            "
                    f"PAGE #: {state['n']}", b=True)
        fl.text(30, "PAYER: MEDICARE PART B - JURISDICTION 9 CONTRACTOR      PROVIDER #: 0391775    "
                    "CHECK/EFT #: 0008841120   DATE: 02/05/2026")
        fl.text(30, "PAYEE: OAKHOLLOW REHABILITATION PARTNERS  77 SEXTANT WAY  BRIGHTMOOR, NV 89499")
        fl.text(30, "-" * 112)

    def heads(fl):
        fl.text(30, "PERF PROV   SERV DATE    POS NOS  PROC  MODS        BILLED   ALLOWED    DEDUCT     COINS"
                    "  GRP/RC-AMT       PROV PD", b=True)
        fl.text(30, "-" * 112)
    f.banner = banner
    f.pages[0] = []
    f.y = f.top
    banner(f)
    f.text(30, "___________________________________________________ NOTICE: ELECTRONIC COPY OF YOUR 835 _____")
    for msg in ("PROVIDER MESSAGES:",
                "  THERAPY CLAIMS ABOVE THE ANNUAL THRESHOLD MUST CARRY THE KX MODIFIER WHEN THE RECORD SUPPORTS IT.",
                "  SERVICES BY AN ASSISTANT (CQ/CO) ARE PAID AT A REDUCED RATE OF THE FEE SCHEDULE AMOUNT.",
                "  THE 2 PERCENT PAYMENT REDUCTION (CO-253) CONTINUES FOR DATES OF SERVICE IN 2026.",
                "  VERIFY PATIENT ELIGIBILITY BEFORE EACH PLAN-OF-CARE RECERTIFICATION.",
                "  QUESTIONS ON THIS REMIT: CLEARPATH SUPPORT 1-888-555-0107, OPTION 3."):
        f.text(30, msg)
    f.gap(4)
    heads(f)
    st = PlanState(ded_left=Decimal("60.00"))
    perf = "1447710023"
    data = [
        ("HOLLOWAY, GRACE", "3YT8KW4PL21", "OHR41127", "2226035108820", [
            ("97162", 1, ("GP",), 5), ("97110", 2, ("GP",), 5), ("97140", 1, ("GP",), 5), ("97110", 2, ("GP", "KX"), 7),
            ("97112", 1, ("GP", "KX"), 7), ("97530", 2, ("GP", "KX"), 7), ("97110", 3, ("GP", "KX"), 9),
            ("97116", 1, ("GP", "KX"), 9), ("G0283", 1, ("GP",), 9), ("97110", 2, ("GP", "CQ", "KX"), 12),
            ("97140", 1, ("GP", "CQ", "KX"), 12), ("97530", 2, ("GP", "CQ", "KX"), 12),
            ("97110", 2, ("GP", "CQ", "KX"), 14), ("97112", 1, ("GP", "CQ", "KX"), 14)]),
        ("PRUITT, LEONARD", "5NB2QR7MX66", "OHR41190", "2226035108901", [
            ("97165", 1, ("GO",), 8), ("97535", 2, ("GO",), 8), ("97530", 2, ("GO",), 15)]),
        ("ASHWORTH, DELIA", "8KM4VT2RE09", "OHR41212", "2226036110455", [
            ("97168", 1, ("GO",), 13), ("97530", 3, ("GO", "CO"), 16), ("97110", 2, ("GO", "CO"), 16)]),
    ]
    net = ZERO

    def claim_block(name, mid, acct, icn, svcs, status):
        nonlocal net
        f.need(50)
        f.text(30, f"NAME {name:<20} MID {mid}  ACNT {acct:<10} ICN {icn}  ASG Y MOA MA01"
                   + ("  CLAIM STATUS 22 (REVERSAL)" if status == 22 else ""), b=True)
        for s in svcs:
            adjs = s.adjs
            first = adjs[0]
            mm = " ".join(s.mods)
            f.text(30, f"{perf}  {s.dos:%m%d} {dfmt(s.dos, 'mdy6')}  11 {units_str(abs(s.units)):>3}  {s.code} "
                       f"{mm:<10} {M(s.billed):>9} {M(s.allowed):>9} {M(s.deductible):>9} {M(s.coinsurance):>9}"
                       f"  {first[0]}-{first[1]:<4}{M(first[2]):>8} {M(s.paid):>10}")
            for g, r, a in adjs[1:]:
                f.text(30, f"{'':<100}{g}-{r:<4}{M(a):>8}")
            f.text(30, f"{'':<14}CNTL #: {acct}-{svcs.index(s) + 1:02d}")
        tb, ta, td, tc, tp = (total(svcs, k) for k in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        f.text(30, f"PT RESP {M(td + tc):>9}          CLAIM TOTALS  {'':<14}{M(tb):>9} {M(ta):>9} {M(td):>9} "
                   f"{M(tc):>9}  {'':<16}{M(tp):>10}", b=True)
        f.text(30, f"{'':<80}NET {M(tp):>10}")
        f.gap(5)
        net += tp
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name, "totals": {
            "billed": str(tb), "allowed": str(ta), "paid": str(tp), "patient_owes": None}})

    for name, mid, acct, icn, items in data:
        svcs = []
        for code, u, mods, day in items:
            s = S(D(2026, 1, day), code, u, mods)
            medicare(s, st)
            svcs.append(s)
        f.rep = [heads]
        for s in svcs:
            lines.append(truth_line(0, s, claim_id=acct, payer_claim_id=icn, patient=name, service_end=s.dos,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=[list(a) for a in s.adjs], description=False))
        n0 = len(lines) - len(svcs)
        # rows are emitted in claim_block; page numbers fixed up from the flow afterwards
        pages_before = f.page
        marks = []
        orig_text = f.text

        def tracking_text(x, s_, b=False, z=None, h=None, marks=marks):
            orig_text(x, s_, b=b, z=z, h=h)
            marks.append(f.page)
        f.text = tracking_text
        claim_block(name, mid, acct, icn, svcs, 1)
        f.text = orig_text
        del pages_before
        # service rows are at positions: head, then per service (1 + extra adjs + cntl)
        k = 1
        for j, s in enumerate(svcs):
            lines[n0 + j]["page"] = marks[k]
            k += 1 + (len(s.adjs) - 1) + 1
        f.rep = None
    # reversal of a December claim
    old = [S(D(2025, 12, 18), "97110", 2, ("GP",)), S(D(2025, 12, 18), "97140", 1, ("GP",))]
    for s in old:
        medicare(s, PlanState())
    rev = [negate(s) for s in old]
    n0 = len(lines)
    for s in rev:
        lines.append(truth_line(f.page, s, claim_id="OHR40877", payer_claim_id="2225352100640",
                                patient="BRANDT, OSCAR", service_end=s.dos,
                                printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                adjustments=[list(a) for a in s.adjs], description=False))
    claim_block("BRANDT, OSCAR", "2HW6CJ8TN40", "OHR40877", "2225352100640", rev, 22)
    for j in range(len(rev)):
        lines[n0 + j]["page"] = f.page
    for r in lines:
        pass
    f.text(30, "-" * 112)
    f.text(30, f"TOTALS:  # OF CLAIMS 4   NET PROV PD {M(net):>10}   PROV ADJ AMT 0.00   CHECK AMT {M(net):>10}", b=True)
    f.gap(4)
    legend = [("MA01", "Appeal rights message on file (see glossary)."), ("CO-253", "Federal payment reduction."),
              ("CO-45", "Above the fee schedule."), ("PR-2", "Coinsurance."), ("PR-1", "Deductible.")]
    f.text(30, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", b=True)
    for k, v in legend:
        f.text(30, f"{k:<8}{v}")
    return f, render_fpdf, "fpdf2", lines, claims, legend, [], "clearinghouse Medicare Part B standard paper remit"


# =============================================================================================== p2
def lay_p2():
    f = Flow(LETTER, "libserif", 7.2, 10.6, margin=34)
    W = f.W
    lines, claims = [], []
    f.footer = lambda p, n: [("t", 34, f.H - 28, "TallyCare PM 9.4  -  ERA Posting Detail  -  printed 02/06/2026 "
                              "08:14 by jmarsh", "l", False, 6.2, True),
                             ("t", W - 34, f.H - 28, f"Page {p} of {n}", "r", False, 6.2, True)]
    f.text(34, "ERA Posting Detail", b=True, z=12, h=16)
    f.text(34, "Practice: Fernhill Physical & Occupational Therapy   Tax ID XX-XXX4410   NPI 1285503317")
    f.gap(4)
    f.box(34, f.y - 2, 330, f.y + 46, lw=0.6)
    for s in ("Payer: Medicare Part B (Region 4 MAC)", "Check/EFT: EFT 9103388270   Paid 02/05/2026",
              "Check amount: see batch total", "Batch: ERA-2602-0031"):
        f.text(40, s)
    f.gap(12)
    X = [34, 80, 116, 160, 184, 224, 262, 298, 330, 376, 408, 446, 500]
    heads = ["DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Contractual", "Seq Red",
             "Paid", "Codes"]
    R = [False, False, False, True, True, True, True, True, True, True, True, False]

    def cells(vals):
        return [((X[k + 1] - 6) if R[k] else X[k], v, "r" if R[k] else "l") for k, v in enumerate(vals)]

    st = PlanState(ded_left=Decimal("0.00"))
    data = [
        ("Beaumont, Clara", "FH-2026-0411", "2226040125570", [
            (6, "97161", 1, ("GP",)), (6, "97110", 2, ("GP",)), (8, "97110", 2, ("GP",)),
            (8, "97140", 1, ("GP", "59"))]),
        ("Nakamura, Hideo", "FH-2026-0418", "2226040125601", [
            (7, "97165", 1, ("GO",)), (7, "97530", 2, ("GO",)), (9, "97535", 2, ("GO",)),
            (14, "97530", 3, ("GO", "KX"))]),
        ("Delacroix, Yvette", "FH-2026-0420", "2226041127740", [
            (12, "92523", 1, ("GN",)), (15, "92507", 1, ("GN",)), (20, "92507", 1, ("GN", "KX")),
            (20, "97129", 2, ("GN",))]),
        ("Okafor, Samuel", "FH-2026-0433", "2226041127781", [
            (13, "97163", 1, ("GP",)), (13, "97116", 2, ("GP",)), (16, "97110", 2, ("GP", "CQ")),
            (16, "97112", 1, ("GP", "CQ")), (21, "97110", 2, ("GP", "CQ")), (21, "G0283", 1, ("GP",))]),
    ]
    tot_paid = ZERO
    for name, acct, icn, items in data:
        svcs = []
        for day, code, u, mods in items:
            s = S(D(2026, 1, day), code, u, mods)
            medicare(s, st)
            svcs.append(s)
        f.need(40)
        f.row([(38, f"Patient: {name}"), (200, f"Acct #: {acct}"), (330, f"Payer ICN: {icn}"),
               (480, "Status: Processed as primary")], b=True, band=True, h=12)
        f.row(cells(heads), b=True)
        f.rule(lw=0.4)
        for s in svcs:
            codes = " ".join(f"{g}{r}" for g, r, a in s.adjs)
            f.row(cells([dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), M(s.billed),
                         M(s.allowed), M(s.deductible), M(s.coinsurance), M(s.discount), M(s.seq), M(s.paid), codes]))
            lines.append(truth_line(f.page, s, claim_id=acct, payer_claim_id=icn, patient=name, description=False,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=[list(a) for a in s.adjs]))
        tb, ta, tp = total(svcs, "billed"), total(svcs, "allowed"), total(svcs, "paid")
        f.rule(lw=0.3)
        f.row(cells(["Claim", "", "", "", M(tb), M(ta), M(total(svcs, "deductible")), M(total(svcs, "coinsurance")),
                     M(total(svcs, "discount")), M(total(svcs, "seq")), M(tp), ""]), b=True)
        f.gap(8)
        tot_paid += tp
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name, "totals": {
            "billed": str(tb), "allowed": str(ta), "paid": str(tp), "patient_owes": None}})
    f.row([(34, "Batch total paid"), (X[11] - 6, M(tot_paid), "r")], b=True)
    f.gap(8)
    legend = [("CO45", "Contractual: charge over the allowed amount (Contractual column)."),
              ("PR1", "Deductible (Deduct column)."), ("PR2", "Coinsurance (Coins column)."),
              ("CO253", "Sequestration reduction (Seq Red column).")]
    f.text(34, "Code key", b=True)
    for k, v in legend:
        f.text(34, f"{k}  {v}")
    return f, render_rl, "reportlab", lines, claims, legend, [], "practice-management ERA posting detail (Medicare)"


# =============================================================================================== s1
def lay_s1():
    f = Flow(LETTER, "dejavu", 7.2, 14.0, margin=34)
    W = f.W
    lines, claims = [], []
    f.footer = lambda p, n: [("t", W / 2, f.H - 26, f"Little Sprouts Pediatric Therapy  ·  Statement 58820  ·  "
                              f"Page {p} of {n}", "c", False, 6.2, True)]
    f.text(34, "Little Sprouts Pediatric Therapy", b=True, z=13, h=17)
    f.text(34, "Occupational · Speech · Physical Therapy     31 Meadowlark Ct, Fenbrook, VT 05999    (802) 555-0181")
    f.gap(6)
    f.box(400, 72, W - 34, 130, lw=0.8)
    y = f.y
    for s in ("Guarantor: Jonah Reyes", "142 Thistle Hollow Rd", "Fenbrook, VT 05999", "Guarantor #: G-10442"):
        f.text(34, s)
    f.y = 78
    f.text(408, "Statement date: 02/03/2026", b=True)
    f.text(408, "Amount due: $213.18", b=True, z=9, h=13)
    f.text(408, "Due by: 02/28/2026")
    f.text(408, "Pay online: sprouts-pay.example")
    f.y = max(y + 50, f.y + 12)
    X = [34, 82, 126, 196, 330, 356, 404, 452, 500, 578]
    heads = ["Date", "Patient", "Code", "Service", "Units", "Charge", "Ins Paid", "Ins Adj", "Balance"]
    R = [False, False, False, False, True, True, True, True, True]

    def cells(vals):
        return [((X[k + 1] - 6) if R[k] else X[k], v, "r" if R[k] else "l") for k, v in enumerate(vals)]

    f.row(cells(heads), b=True)
    f.rule(lw=0.7)
    st = PlanState(ded_left=Decimal("95.00"), coins_rate=Decimal("0.20"))
    visits = [
        ("Ava Reyes", "V-20410", "BHP-7709-31452", [(6, "97166", 1, ("GO",)), (6, "97530", 2, ("GO",)),
                                                  (8, "97530", 3, ("GO",)), (8, "97533", 1, ("GO",))]),
        ("Eli Reyes", "V-20418", "BHP-7709-31460", [(7, "92523", 1, ("GN",)), (9, "92507", 1, ("GN",)),
                                                  (14, "92507", 1, ("GN",)), (16, "92507", 1, ("GN",)),
                                                  (21, "92507", 1, ("GN",)), (23, "92507", 1, ("GN",)),
                                                  (23, "97129", 1, ("GN",)), (28, "92507", 1, ("GN",))]),
        ("Noor Reyes", "V-20433", "BHP-7709-31528", [(12, "97161", 1, ("GP",)), (12, "97110", 2, ("GP",)),
                                                   (15, "97112", 1, ("GP",)), (15, "97530", 2, ("GP",)),
                                                   (20, "97110", 2, ("GP",)), (20, "97116", 1, ("GP",)),
                                                   (22, "97530", 2, ("GP",)), (22, "97110", 1, ("GP",)),
                                                   (26, "97110", 2, ("GP",)), (26, "97112", 1, ("GP",)),
                                                   (28, "97530", 2, ("GP",)), (28, "97116", 1, ("GP",)),
                                                   (29, "97110", 2, ("GP",)), (29, "97140", 1, ("GP", "59")),
                                                   (30, "97530", 2, ("GP",)), (30, "97110", 1, ("GP",))]),
        ("Ava Reyes", "V-20451", "BHP-7709-31603", [(27, "97530", 2, ("GO", "59")), (27, "97535", 1, ("GO",))]),
    ]
    for pat, visit, clm, items in visits:
        svcs = []
        for day, code, u, mods in items:
            s = S(D(2026, 1, day), code, u, mods)
            commercial(s, st)
            svcs.append(s)
        f.need(30)
        f.row([(34, f"Visit {visit} for {pat}  —  billed to Bayview Health Plan 01/29/2026, claim {clm}")], b=True,
              band=True, h=12)
        f.rep = [lambda fl, visit=visit: fl.row([(34, f"Visit {visit} (continued)")], b=True, h=12)]
        for j, s in enumerate(svcs):
            bal = s.billed - s.paid - s.discount
            code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
            f.row(cells([dfmt(s.dos, "mdy2"), pat.split()[0], code, s.desc[:27], units_str(s.units), M(s.billed),
                         M(-s.paid), M(-s.discount), M(bal)]))
            s.owes = bal
            lines.append(truth_line(f.page, s, claim_id=visit, payer_claim_id=clm, patient=pat,
                                    printed=("billed", "paid", "discount", "patient_owes")))
            lines[-1]["patient"] = pat
        f.rep = None
        tb, tp, td, to = (total(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        f.row(cells(["", "", "", "Visit total", "", M(tb), M(-tp), M(-td), M(to)]), b=True)
        f.rule(lw=0.3)
        claims.append({"claim_id": visit, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(tb), "allowed": None, "paid": str(tp), "patient_owes": str(to)}})
    f.row(cells(["01/30/26", "", "", "Payment - thank you (card)", "", "", "", "", "-50.00"]))
    f.gap(6)
    f.text(34, "Ins Paid and Ins Adj are shown as credits (minus). Your plan's adjustment is not owed by you.", z=6.5)
    f.text(34, "Patients on this statement: Ava Reyes, Eli Reyes, Noor Reyes.", z=6.5)
    # the statement's printed balance after the card payment (informational)
    f.text(34, f"Total balance on account: {money(sum(Decimal(c['totals']['patient_owes']) for c in claims) - 50, '$')}",
           b=True)
    # make the 'Amount due' box honest
    due = money(sum(Decimal(c["totals"]["patient_owes"]) for c in claims) - 50, "$")
    for i, op in enumerate(f.pages[0]):
        if op[0] == "t" and op[3].startswith("Amount due:"):
            f.pages[0][i] = op[:3] + (f"Amount due: {due}",) + op[4:]
    for ln in lines:
        ln["service_end"] = None
    return f, render_rl, "reportlab", lines, claims, [], [], "pediatric therapy clinic family statement"


# =============================================================================================== s2
def lay_s2():
    f = Flow(LETTER, "libserif", 7.6, 11.0, margin=38)
    W = f.W
    lines, claims = [], []
    f.footer = lambda p, n: [("t", 38, f.H - 28, "St. Brendan Regional Medical Center - Patient Financial Services "
                              "(555) 010-4400", "l", False, 6.4, True),
                             ("t", W - 38, f.H - 28, f"Page {p} of {n}", "r", False, 6.4, True)]
    f.text(38, "ST. BRENDAN REGIONAL MEDICAL CENTER", b=True, z=12.5, h=16)
    f.text(38, "600 Cloister Avenue  ·  Marrowgate, PA 19999")
    f.gap(4)
    f.text(38, "PATIENT STATEMENT", b=True, z=10, h=14)
    f.box(360, 38, W - 38, 98, lw=0.7)
    y = f.y
    f.y = 44
    for s in ("Guarantor: Carla Mendes", "Guarantor account: 40017726", "Statement date: 02/05/2026",
              "Please pay: see account totals"):
        f.text(368, s)
    f.y = max(y, 104)
    f.text(38, "Carla Mendes", b=True)
    f.text(38, "77 Lantern Row, Apt 2   Marrowgate, PA 19999")
    f.gap(10)
    X = [40, 96, 128, 184, 420, 470, 574]
    heads = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]
    R = [False, False, False, False, True, True]

    def cells(vals):
        return [((X[k + 1] - 6) if R[k] else X[k], v, "r" if R[k] else "l") for k, v in enumerate(vals)]

    rev = {"97110": "0420", "97140": "0420", "97161": "0420", "97116": "0420", "G0283": "0420", "73110": "0320",
           "97165": "0430", "97530": "0430", "97535": "0430", "92507": "0440", "92523": "0440"}
    accts = [
        ("6600281455", "Tomas Mendes", "HPA-26-0033817", [
            (D(2026, 1, 5), "97165", 1, ()), (D(2026, 1, 5), "97530", 2, ("GO",)), (D(2026, 1, 7), "97530", 3, ("GO",)),
            (D(2026, 1, 7), "97535", 1, ("GO",)), (D(2026, 1, 12), "92523", 1, ("GN",)),
            (D(2026, 1, 14), "92507", 1, ("GN",)), (D(2026, 1, 14), "97530", 2, ("GO",)),
            (D(2026, 1, 19), "97530", 2, ("GO",)), (D(2026, 1, 19), "92507", 1, ("GN",)),
            (D(2026, 1, 21), "97530", 2, ("GO",)), (D(2026, 1, 21), "97535", 1, ("GO",)),
            (D(2026, 1, 26), "92507", 1, ("GN",)), (D(2026, 1, 26), "97530", 2, ("GO",))]),
        ("6600283019", "Carla Mendes", "HPA-26-0035102", [
            (D(2026, 1, 9), "73110", 1, ("RT",)), (D(2026, 1, 9), "97161", 1, ("GP",)),
            (D(2026, 1, 9), "97140", 2, ("GP",)), (D(2026, 1, 16), "97110", 2, ("GP",)),
            (D(2026, 1, 16), "G0283", 1, ("GP",)), (D(2026, 1, 23), "97110", 3, ("GP",)),
            (D(2026, 1, 23), "97116", 1, ("GP",))]),
    ]
    st = PlanState(coins_rate=Decimal("0.15"))
    for hacct, pat, clm, items in accts:
        svcs = []
        for dos, code, u, mods in items:
            s = S(dos, code, u, mods)
            commercial(s, st)
            svcs.append(s)
        first, last = svcs[0].dos, svcs[-1].dos
        f.need(70)

        def head(fl, cont=False, hacct=hacct, pat=pat, first=first, last=last):
            fl.row([(40, f"Hospital Account # {hacct}" + (" (continued)" if cont else "")), (220, f"Patient: {pat}"),
                    (380, f"Outpatient Rehabilitation  {dfmt(first, 'mdy4')} - {dfmt(last, 'mdy4')}")], b=True,
                   band=True, h=13)
            fl.row(cells(heads), b=True)
            fl.rule(lw=0.5)
        head(f)
        f.rep = [lambda fl, head=head: head(fl, True)]
        for j, s in enumerate(svcs):
            hc = s.code + (" " + " ".join(s.mods) if s.mods else "")
            f.row(cells([dfmt(s.dos, "mdy4"), rev[s.code], hc, s.desc, units_str(s.units), M(s.billed, style="$")]))
            lines.append(truth_line(f.page, s, claim_id=hacct, payer_claim_id=clm, patient=pat, printed=("billed",)))
        f.rep = None
        tb, tp, td, to = (total(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        f.rule(lw=0.3)
        f.row(cells(["", "", "", "Total charges", "", M(tb, style="$")]), b=True)
        f.row(cells([dfmt(D(2026, 2, 2), "mdy4"), "", "", f"Insurance payment - Keystone Valley Health, claim {clm}",
                     "", M(-tp, style="$")]))
        f.row(cells([dfmt(D(2026, 2, 2), "mdy4"), "", "", "Contractual adjustment - Keystone Valley Health", "",
                     M(-td, style="$")]))
        f.row(cells(["", "", "", "Account balance (your deductible, copay and coinsurance)", "", M(to, style="$")]),
              b=True)
        f.gap(10)
        claims.append({"claim_id": hacct, "payer_claim_id": clm, "patient": pat, "totals": {
            "billed": str(tb), "allowed": None, "paid": None, "patient_owes": None}})
    f.need(40)
    f.text(38, "Questions about your bill? Financial assistance is available; ask for an application.", z=7)
    return f, render_fpdf, "fpdf2", lines, claims, [], [], "hospital patient statement to a guarantor"


LAYOUTS = {"h42_c1_member_eob": lay_c1, "h42_c2_member_mono": lay_c2, "h42_m1_msn": lay_m1,
           "h42_m2_ma_eob": lay_m2, "h42_d1_medicaid_ra": lay_d1, "h42_d2_medicaid_portal": lay_d2,
           "h42_p1_spr_clearinghouse": lay_p1, "h42_p2_pm_posting": lay_p2, "h42_s1_family_statement": lay_s1,
           "h42_s2_hospital_statement": lay_s2}


# =============================================================================================== check
def _page_lines(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) < 2.0:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def _amount_forms(a: str) -> list[str]:
    d = Decimal(a)
    b = f"{abs(d):,.2f}"
    return [b, b.replace(",", "")]


def _has_amount(line: str, a: str) -> bool:
    toks = line.replace("$", " ").replace("(", " ").replace(")", " ").split()
    toks = [t.rstrip("-").lstrip("-") for t in toks]
    return any(f in toks for f in _amount_forms(a))


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [dfmt(d, s) for s in ("mdy2", "mdy4", "mdyn", "mon", "month", "mdy6", "mdY8")]


def check(out: Path) -> list[str]:
    errs = []
    for name in LAYOUTS:
        pdf = out / f"{name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        pl = _page_lines(pdf)
        if len(pl) != tr["pages"]:
            errs.append(f"{name}: pages {len(pl)} != {tr['pages']}")
        doc = "\n".join("\n".join(p) for p in pl)
        for i, ln in enumerate(tr["lines"]):
            tag = f"{name} line {i} ({ln['code']} p{ln['page']})"
            page = pl[ln["page"] - 1]
            ptxt = "\n".join(page)
            need = [a for a in (ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                                "coinsurance", "not_covered", "discount")) if a is not None]
            ok = False
            for row in page:
                if ln["code"] not in row:
                    continue
                if not all(_has_amount(row, a) for a in need):
                    continue
                if ln["units"] is not None and not any(t.rstrip("0").rstrip(".") == ln["units"] or t == ln["units"]
                                                       for t in row.split()):
                    continue
                if ln["modifiers"] and not all(m in row for m in ln["modifiers"]):
                    continue
                ok = True
                break
            if not ok:
                errs.append(f"{tag}: no single text line carries code+amounts+units+mods")
            if not any(df in ptxt for df in _date_forms(ln["service_date"])):
                errs.append(f"{tag}: date not on page")
            for r in ln["remarks"]:
                if r not in ptxt:
                    errs.append(f"{tag}: remark {r} not on page")
            for g, c, a in ln["adjustments"]:
                if g not in ptxt or c not in ptxt or (a is not None and not any(_has_amount(x, a) for x in page)):
                    errs.append(f"{tag}: adjustment {g}-{c} {a} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doc:
                    errs.append(f"{tag}: {k} {ln[k]} not in document")
            # arithmetic
            A = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if A["discount"] is not None and A["not_covered"] is not None and A["allowed"] is not None:
                if A["billed"] - A["discount"] - A["not_covered"] != A["allowed"]:
                    errs.append(f"{tag}: billed-discount-not covered != allowed")
            if A["allowed"] is not None and A["paid"] is not None and A["deductible"] is not None \
                    and A["coinsurance"] is not None and not ln["adjustments"]:
                cp = A["copay"] or ZERO
                if A["allowed"] - A["deductible"] - cp - A["coinsurance"] != A["paid"]:
                    errs.append(f"{tag}: allowed - patient share != paid")
            if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]):
                if A["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != A["paid"]:
                    errs.append(f"{tag}: billed - adjustments != paid")
        planted = {(f["claim_id"], f.get("field")) for f in tr["expected_findings"]}
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and
                    ln["payer_claim_id"] == c["payer_claim_id"]]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                if (s != Decimal(v)) != ((c["claim_id"], k) in planted):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {v} vs lines {s}")
                if not any(_has_amount(row, v) for p in pl for row in p):
                    errs.append(f"{name}: claim total {k} {v} not printed")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout42_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in LAYOUTS.items():
        f, render, producer, lines, claims, legend, findings, desc = fn()
        path = out / f"{name}.pdf"
        render(f, path)
        write_truth(path, name, producer, f.page, desc, lines, claims, legend, findings)
        print(f"{name}: {f.page} pages, {len(lines)} lines, {len(claims)} claims ({producer})")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
