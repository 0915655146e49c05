"""Write held-out set 150 of synthetic PDF EOB layouts (with truth files) into a folder: an independent,
one-time measurement of the PDF reader on layouts its developers have not seen.

Run:  python bench/heldout150/make_heldout150_pdfs.py OUT_DIR            (writes 10 PDFs + truth files)
      python bench/heldout150/make_heldout150_pdfs.py OUT_DIR --check    (also self-check what was written)

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic output (reportlab
invariant=1, fpdf2 fixed creation date, no randomness).
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py, whose helpers are imported): printed values
only, null for what a layout does not print (units null where no quantity is printed for the line);
claim_id = the provider's own account / patient-control / visit / invoice number, payer_claim_id = the payer's
claim number / ICN / TCN, patient = the person who got the service, exactly as printed (never the guarantor
or subscriber unless the same person). Adjustments are listed only where the page prints group+reason codes;
remarks are the note / remark / EOB codes printed on the line. Every name, number, payer, provider, address
and ID is invented; service descriptions are our own words.

Layouts (two of each of the five commonest real kinds):
  c1  commercial member EOB for a family (reportlab, portrait core Helvetica): "Amount Billed / Member Discount /
      Allowed Amount / Not Covered / Deductible / Copay / Coinsurance / Plan Paid / You Owe / Remark", code and
      modifiers in one "Code" cell "97530 GO", no units printed, claim blocks per family member, a claim whose
      rows run onto page 2 under a repeated header with "(continued)", letter remark legend
  c2  commercial member EOB, landscape fpdf2 DejaVu Sans Condensed: "Provider billed / Plan discount / Plan
      allowed / Not covered / Deductible / Copay / Coinsurance / Plan paid / Your responsibility", "Qty"
      column, dates "Jan 5, 2026", "97530-GO" leading wrapped two-line descriptions, a denied (not covered)
      line, "See note N" on the text line under a service, shaded claim band "Claim for <name> (relationship)"
  m1  Medicare Summary Notice Part B (fpdf2, portrait Liberation Serif): page-1 notice with deductible box,
      claims pages with "Service Provided & Billing Code / Service Approved? / Amount Provider Charged /
      Medicare-Approved Amount / Medicare Paid Provider / Maximum You May Be Billed / See Notes Below",
      quantity leading the service text "2 Therapeutic exercises (97110-GP-KX)", denied line "No", a claim
      continued onto the next page under a repeated header, letter notes legend
  m2  Medicare Advantage HMO member EOB (reportlab, portrait core Times): left sidebar with plan contact facts
      on page 1, claims table "Date / Service (code) / Provider's charge / Plan's approved amount / Plan's
      share / Your share" with per-visit copay, "Claim ID" and "Provider's account #" in claim heads
  d1  state Medicaid remittance advice, mainframe print (reportlab, landscape Courier monospace): sections PAID
      / DENIED / ADJUSTED claims, "RECIPIENT / RECIP ID / PAT ACCT / ICN" heads, FROM/THRU MMDDYY, MOD1 MOD2,
      UNITS "4.00", EOB codes, a reversal with trailing-minus amounts and its replacement, header on every page
  d2  state Medicaid provider remittance statement (fpdf2, portrait Liberation Sans Narrow, boxed rows): TCN,
      member ID, "Ln / Svc Date / Procedure / Mods / Units / Billed / Allowed / Paid / Status / CARC / RARC",
      adjustment group-reason with amount in the row ("CO-45 12.00"), a denied line, a claim across pages
  r1  Medicare-style standard paper remittance from a clearinghouse (reportlab, portrait Courier, one string per
      line): "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED DEDUCT COINS GRP/RC-AMT PROV PD", NAME/HIC/
      ACNT/ICN claim heads, stacked GRP/RC rows, PT RESP and CLAIM TOTALS, a claim running across a page break
  r2  practice-management ERA posting report (fpdf2, landscape Liberation Sans, ruled grid): "DOS / CPT / Mod /
      Units / Charge / Allowed / Deduct / Coins / Copay / Paid / Adj Grp-Rsn / Adj Amt / Rmk", extra
      adjustment rows below a service, claim heads with "Pt Acct" and "Payer ICN", two payers' checks
  s1  therapy clinic family statement (reportlab, portrait DejaVu Sans, right sidebar with amount due): visit
      heading rows with visit number and insurer claim number, "Date / Patient / Code / Description / Charges /
      Ins. Paid / Adjust. / Your Balance", payments as non-service rows, three family members
  s2  children's hospital outpatient-rehab guarantor statement (fpdf2, portrait DejaVu Serif): hospital account
      per patient visit series, "Date / Rev / Description / CPT-HCPCS / Qty / Charges" lines, account-level
      insurance payment and adjustment rows, siblings, an account continued on the next page

The self-check (--check) tests the factory, never the reader: page count; every truth code, modifier, units
value and printed amount is on ONE text line of its page (the service's row); service dates, remark codes,
adjustment codes/amounts on the line's page; ids and patient names in the document's text; arithmetic:
billed - adjustments = paid where the page prints every adjustment, allowed - deductible - copay - coinsurance
= paid where printed (sequestration aside), claim totals = sum of lines; at least three files carry a claim whose
rows continue onto a following page.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    LONG_DESC,
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
from h150kit import Doc, Flow, wrap  # noqa: E402


def D(m: int, d: int) -> date:
    return date(2026, m, d)


def S(code, units, m, d, mods=(), **kw) -> Svc:
    return Svc(D(m, d), code, Decimal(str(units)), tuple(mods), **kw)


CARRIES: dict = {}  # layout -> set of claims whose rows continue onto a next page


def note_span(layout: str, key: str, page: int, pages_seen: dict) -> None:
    pages_seen.setdefault(key, set()).add(page)
    if len(pages_seen[key]) > 1:
        CARRIES.setdefault(layout, set()).add(key)


# =========================================================================================== c1
def c1(out: Path):
    doc = Doc("reportlab", fonts={"R": "Helvetica", "B": "Helvetica-Bold"})
    L = 36

    def head(d: Doc) -> float:
        d.text(L, 40, "NORTHLOCH HEALTH ALLIANCE", "B", 14)
        d.text(L, 52, "Explanation of Benefits  -  This is not a bill", "R", 8.5)
        d.text(576, 40, "Statement date: 02/09/2026", "R", 8, "r")
        d.text(576, 52, "Member ID: NHA 00481 7720 01", "R", 8, "r")
        d.text(306, 770, "Page {PAGE} of {PAGES}   |   Questions? Call Member Care 1-800-555-0144, TTY 711", "R", 7, "c")
        d.hline(L, 576, 60, 1.2)
        if d.page == 1:
            y = 84
            for t in ("TOMASZ KERRIGAN", "2290 ALDERWOOD LANE APT 4", "FERNVALE OR 97399-1120"):
                d.text(L, y, t, "R", 9)
                y += 11
            d.rect(340, 74, 236, 64, 0.6)
            d.text(348, 88, "Plan: NorthLoch Choice PPO 2500", "B", 8)
            d.text(348, 100, "Group: 77210-CASCADE MILLWORKS", "R", 8)
            d.text(348, 112, "Subscriber: Tomasz Kerrigan", "R", 8)
            d.text(348, 124, "Period covered: 01/01/2026 - 01/31/2026", "R", 8)
            d.text(L, 160, "Claims processed for you and your covered family members", "B", 10)
            d.text(L, 172, "Amounts are in U.S. dollars. \"You Owe\" is what your provider may bill you after we pay.", "R", 8)
            return 192
        return 80

    fl = Flow(doc, 700, head)
    X = [L, 78, 128]
    RX = [262, 302, 340, 376, 412, 444, 480, 516, 552]
    H1 = ["Amount", "Member", "Allowed", "Not", "Deduct-", "Copay", "Coinsur-", "Plan", "You"]
    H2 = ["Billed", "Discount", "Amount", "Covered", "ible", "", "ance", "Paid", "Owe"]

    def thead(y: float, cont: str | None = None) -> float:
        if cont:
            doc.text(L, y, cont, "B", 8.5)
            y += 12
        doc.rect(L, y - 9, 540, 22, 0.5, fill=0.88)
        doc.text(X[0] + 2, y, "Service", "B", 6.8)
        doc.text(X[0] + 2, y + 9, "Date", "B", 6.8)
        doc.text(X[1] + 2, y, "Code", "B", 6.8)
        doc.text(X[2] + 2, y, "Description", "B", 6.8)
        for rx, a, b in zip(RX, H1, H2):
            doc.text(rx - 2, y, a, "B", 6.8, "r")
            doc.text(rx - 2, y + 9, b, "B", 6.8, "r")
        doc.text(574, y, "Rmk", "B", 6.8, "r")
        return y + 24

    st = {
        "Tomasz Kerrigan": PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78")),
        "Ines Kerrigan": PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("35.00")}, allowed_rate=Decimal("0.78")),
        "Priya Kerrigan": PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78")),
        "Anders Kerrigan": PlanState(ded_left=ZERO, copay_codes={"92507": Decimal("20.00")}, allowed_rate=Decimal("0.78")),
    }
    claims_def = [
        ("Ines Kerrigan", "Spouse", "Fernvale Family Medicine", "NLH2601190311", "FFM-881204", [
            S("99213", 1, 1, 12), S("G0283", 1, 1, 12),
        ]),
        ("Anders Kerrigan", "Son", "Fernvale Speech Works", "NLH2601237730", "FSW-4417", [
            S("92523", 1, 1, 14, ["GN"]), S("92507", 1, 1, 21, ["GN"]), S("92507", 1, 1, 28, ["GN"]),
            S("92507", 1, 2, 4, ["GN"]), S("92526", 1, 2, 4, ["GN"]), S("92507", 1, 2, 11, ["GN"]),
        ]),
        ("Priya Kerrigan", "Daughter", "Bright Steps Pediatric Therapy", "NLH2601184007", "BSPT-55102", [
            S("97165", 1, 1, 6, ["GO"]), S("97530", 2, 1, 6, ["GO"]), S("97535", 1, 1, 8, ["GO"]),
            S("97530", 3, 1, 8, ["GO"]), S("92507", 1, 1, 9, ["GN"]), S("97112", 2, 1, 13, ["GO", "59"]),
            S("97530", 2, 1, 13, ["GO"]), S("92507", 1, 1, 16, ["GN"]), S("97535", 2, 1, 20, ["GO"]),
            S("97530", 2, 1, 20, ["GO"]), S("97129", 1, 1, 22, ["GN"], denied="PR"),
            S("97112", 1, 1, 27, ["GO"]), S("97530", 3, 1, 27, ["GO"]), S("97168", 1, 1, 29, ["GO"]),
            S("97530", 2, 1, 30, ["GO"]), S("97535", 1, 1, 30, ["GO"]), S("92507", 1, 1, 30, ["GN"]),
        ]),
        ("Tomasz Kerrigan", "Self", "Cascade Hand & Upper Limb Clinic", "NLH2601262258", "CHUL-20931", [
            S("97166", 1, 1, 19, ["GO"]), S("97760", 1, 1, 19, ["GO", "KX"]), S("L3807", 1, 1, 19, ["RT"]),
            S("97140", 2, 1, 26, ["GO", "59"]), S("97110", 2, 1, 26, ["GO"]), S("97530", 1, 2, 2, ["GO"]),
            S("97140", 1, 2, 2, ["GO"]), S("97110", 2, 2, 2, ["GO"]), S("97760", 1, 2, 4, ["GO"]),
            S("97530", 2, 2, 4, ["GO"]),
        ]),
    ]
    remarks = {"97129": ["D4"], "L3807": ["B2"], "97112": ["A7"]}
    lines, claims, seen = [], [], {}
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for pat, rel, prov, pcn, acct, svcs in claims_def:
        for s in svcs:
            commercial(s, st[pat], deny_reason="96")
            s.remarks = remarks.get(s.code, []) if (s.code != "97112" or "59" in s.mods) else []
        fl.need(60)
        y = fl.y + 6
        doc.text(L, y, f"Patient: {pat} ({rel})", "B", 9)
        doc.text(300, y, f"Claim Number: {pcn}", "R", 8.5)
        y += 11
        doc.text(L, y, f"Provider: {prov}", "R", 8.5)
        doc.text(300, y, f"Patient Account: {acct}", "R", 8.5)
        doc.text(576, y, "Network: In-network", "R", 8, "r")
        fl.y = thead(y + 14)
        fl.cont = lambda yy, p=pat, c=pcn: thead(yy + 4, f"{p} - Claim {c} (continued)")
        for s in svcs:
            fl.need(13)
            y = fl.y
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid,
                    s.owes]
            doc.text(X[0] + 2, y, dfmt(s.dos, "mdy2"), "R", 7.5)
            doc.text(X[1] + 2, y, " ".join((s.code,) + s.mods), "R", 7.5)
            doc.text(X[2] + 2, y, s.desc[:22], "R", 6.8)
            for rx, v in zip(RX, vals):
                doc.text(rx - 2, y, money(v, ","), "R", 7.5, "r")
            if s.remarks:
                doc.text(574, y, s.remarks[0], "B", 7.5, "r")
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=pcn, patient=pat, printed=printed,
                                    units=False, remarks=s.remarks, overrides={"description": s.desc[:22]}))
            note_span("c1", pcn, doc.page, seen)
            fl.y += 13
        fl.cont = None
        fl.need(16)
        y = fl.y
        doc.hline(226, 576, y - 8, 0.5)
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                        "coinsurance", "paid", "owes")]
        doc.text(X[2] + 2, y, "Claim Totals", "B", 7.5)
        for rx, v in zip(RX, tv):
            doc.text(rx - 2, y, money(v, ","), "B", 7.5, "r")
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tv[0], tv[2], tv[7], total(svcs, "owes"))})
        fl.y += 18
    legend = [("A7", "Billed with a separate-session modifier; reviewed and allowed."),
              ("B2", "Brace or splint supply paid at the plan's supply rate."),
              ("D4", "This service is not a covered benefit under your plan; you may be billed.")]
    fl.need(20 + 11 * len(legend))
    doc.text(L, fl.y + 6, "Remark codes", "B", 9)
    fl.y += 18
    for k, v in legend:
        doc.text(L, fl.y, k, "B", 8)
        doc.text(L + 24, fl.y, v, "R", 8)
        fl.y += 11
    return doc, lines, claims, legend, [], "commercial member EOB for a family (NorthLoch)"


# =========================================================================================== c2
def c2(out: Path):
    doc = Doc("fpdf2", landscape=True, fonts={"R": "DejaVuSansCond", "B": "DejaVuSansCond-Bold"})
    L, R = 30, 762

    def head(d: Doc) -> float:
        d.rect(L, 22, R - L, 30, 0.5, fill=0.92)
        d.text(L + 8, 42, "Cobalt Valley Benefit Plans", "B", 15)
        d.text(R - 8, 34, "EXPLANATION OF BENEFITS", "B", 9, "r")
        d.text(R - 8, 46, "THIS IS NOT A BILL", "R", 8, "r")
        d.text(396, 596, "Cobalt Valley Benefit Plans, PO Box 4410, Larkspur Junction, NM 87999  -  page {PAGE} of {PAGES}",
               "R", 7, "c")
        if d.page == 1:
            d.text(L, 72, "Primary member: Dana Ostrowski", "B", 9.5)
            d.text(L, 84, "Member number: CVB-553-02-8814    Group: 4020 Quarry Ridge School District", "R", 8.5)
            d.text(L, 96, "Processed between January 20, 2026 and February 6, 2026", "R", 8.5)
            d.text(470, 72, "Deductible met (family): $1,180.00 of $3,000.00", "R", 8.5)
            d.text(470, 84, "Out-of-pocket met (family): $1,642.15 of $7,000.00", "R", 8.5)
            return 118
        return 70

    fl = Flow(doc, 570, head)
    X = [L, 96, 262, 292, 346, 400, 454, 504, 552, 596, 646, 700, R]
    HD = ["Dates of service", "Service", "Qty", "Provider\nbilled", "Plan\ndiscount", "Plan\nallowed", "Not\ncovered",
          "Deductible", "Copay", "Coinsurance", "Plan\npaid", "Your\nresponsibility"]

    def thead(y: float) -> float:
        doc.hline(L, R, y - 9, 0.8)
        for i, h in enumerate(HD):
            parts = h.split("\n")
            for j, p in enumerate(parts):
                if i < 3:
                    doc.text(X[i] + 2, y + 9 * j, p, "B", 7.5, "l" if i < 2 else "l")
                else:
                    doc.text(X[i + 1] - 4, y + 9 * j, p, "B", 7.5, "r")
        doc.hline(L, R, y + 13, 0.8)
        return y + 25

    st = {"Mateo Ostrowski": PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.74")),
          "Lena Ostrowski": PlanState(ded_left=ZERO, coins_rate=Decimal("0.30"), allowed_rate=Decimal("0.74")),
          "Dana Ostrowski": PlanState(ded_left=ZERO, visit_copay=Decimal("40.00"), allowed_rate=Decimal("0.74"))}
    cl = [
        ("Mateo Ostrowski", "son", "Quarry Ridge Speech & Language Center", "7Q-2601-448812", "00R8821", [
            S("92523", 1, 1, 7, ["GN"]), S("92507", 1, 1, 14, ["GN"]), S("92507", 1, 1, 21, ["GN"]),
            S("97129", 2, 1, 21, ["GN"], denied="PR"), S("92507", 1, 1, 28, ["GN"]),
        ]),
        ("Lena Ostrowski", "daughter", "Larkspur Pediatric OT Partners", "7Q-2601-451097", "LPOT-61470", [
            S("97166", 1, 1, 9, ["GO"]), S("97530", 3, 1, 9, ["GO"]), S("97535", 2, 1, 16, ["GO"]),
            S("97760", 1, 1, 16, ["GO"]), S("97110", 2, 1, 23, ["GO", "59"]), S("97530", 2, 1, 23, ["GO"]),
        ]),
        ("Dana Ostrowski", "self", "Mesa Verde Orthopedic & Hand", "7Q-2602-002317", "MVO-339018", [
            S("99213", 1, 1, 27), S("97140", 2, 1, 27, ["GP"]), S("L3807", 1, 1, 27, ["LT"]),
        ]),
    ]
    notes = {"97129": "3", "97760": "1", "L3807": "1", "97110": "2"}
    lines, claims, seen = [], [], {}
    printed = ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid",
               "patient_owes")
    for pat, rel, prov, pcn, acct, svcs in cl:
        for s in svcs:
            commercial(s, st[pat], deny_reason="B7")
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
            s.remarks = [notes[s.code]] if s.code in notes else []
        fl.need(70)
        y = fl.y
        doc.rect(L, y - 10, R - L, 14, 0.4, fill=0.82)
        doc.text(L + 4, y, f"Claim for {pat} ({rel})", "B", 9)
        doc.text(300, y, f"Claim no. {pcn}", "B", 8.5)
        doc.text(470, y, f"Provider account {acct}", "R", 8.5)
        doc.text(R - 4, y, "Received Jan 30, 2026", "R", 8, "r")
        y += 14
        doc.text(L + 4, y, f"Provided by {prov}  (in network)", "R", 8.5)
        fl.y = thead(y + 16)
        fl.cont = lambda yy: thead(yy + 9)
        for s in svcs:
            dl = wrap(f"{'-'.join((s.code,) + s.mods)}  {s.desc}", "DejaVuSansCond", 7.5, X[2] - X[1] - 4)
            fl.need(11 * len(dl) + 2)
            y = fl.y
            doc.text(X[0] + 2, y, dfmt(s.dos, "mon"), "R", 7.5)
            for j, t in enumerate(dl):
                doc.text(X[1] + 2, y + 10 * j, t, "R", 7.5)
            doc.text(X[2] + 2, y, units_str(s.units), "R", 7.5)
            vals = [s.billed, s.discount, s.allowed, s.not_covered, s.deductible, s.copay, s.coinsurance, s.paid, s.owes]
            for i, v in enumerate(vals):
                doc.text(X[i + 4] - 4, y, money(v, "$"), "R", 7.5, "r")
            ln = truth_line(doc.page, s, claim_id=acct, payer_claim_id=pcn, patient=pat, printed=printed,
                            remarks=s.remarks)
            lines.append(ln)
            note_span("c2", pcn, doc.page, seen)
            fl.y += 10 * len(dl) + 3
            if s.remarks:
                doc.text(X[1] + 2, fl.y, f"See note {s.remarks[0]}", "R", 6.8)
                fl.y += 10
        fl.cont = None
        fl.need(16)
        y = fl.y + 2
        doc.hline(X[3], R, y - 9, 0.4)
        doc.text(X[1] + 2, y, "Total for this claim", "B", 7.8)
        tv = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                        "coinsurance", "paid", "owes")]
        for i, v in enumerate(tv):
            doc.text(X[i + 4] - 4, y, money(v, "$"), "B", 7.8, "r")
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": pat,
                       "totals": claim_totals(tv[0], tv[2], tv[7], tv[8])})
        fl.y += 22
    legend = [("1", "Custom-fitted supplies and training are paid once per limb per year."),
              ("2", "Separate-session modifier accepted after review of the visit record."),
              ("3", "Cognitive therapy is excluded under this plan. The provider may bill you for this amount.")]
    fl.need(16 + 11 * len(legend))
    doc.text(L, fl.y, "Notes", "B", 9)
    fl.y += 12
    for k, v in legend:
        doc.text(L, fl.y, f"{k}.  {v}", "R", 8)
        fl.y += 11
    # the remark marks are printed in the row below as "See note N"; truth remarks reflect them
    return doc, lines, claims, legend, [], "commercial member EOB, landscape (Cobalt Valley)"


# =========================================================================================== m1
def m1(out: Path):
    doc = Doc("fpdf2", fonts={"R": "LibSerif", "B": "LibSerif-Bold"})
    L, R = 40, 572
    ben = "HELEN M VASQUEZ-ORR"

    def head(d: Doc) -> float:
        d.text(L, 44, "Medicare Summary Notice for Part B (Medical Insurance)", "B", 14)
        d.text(L, 60, f"{ben}   |   Notice date: February 3, 2026   |   Medicare Number: 5RQ8-WT2-MK47", "R", 9)
        d.hline(L, R, 68, 1.5)
        d.text(L, 770, "Helen M Vasquez-Orr", "R", 8)
        d.text(306, 770, "Page {PAGE} of {PAGES}", "B", 8.5, "c")
        d.text(R, 770, "1-800-MEDICARE (1-800-633-4227)", "R", 8, "r")
        if d.page == 1:
            d.text(L, 92, "THIS IS NOT A BILL", "B", 16)
            d.text(L, 108, "The amount listed in the \"Maximum You May Be Billed\" column is the most a provider", "R", 9.5)
            d.text(L, 120, "can bill you for the services on this notice.", "R", 9.5)
            d.rect(L, 134, 250, 92, 0.8)
            d.text(L + 8, 150, "Your Deductible Status", "B", 11)
            d.text(L + 8, 166, "Your deductible is what you must pay for", "R", 9)
            d.text(L + 8, 178, "most health services before Medicare pays.", "R", 9)
            d.text(L + 8, 196, "You have now met $88.00 of your $283.00", "R", 9)
            d.text(L + 8, 208, "Part B deductible for 2026.", "R", 9)
            d.rect(310, 134, 262, 92, 0.8)
            d.text(318, 150, "Your Claims & Costs This Period", "B", 11)
            d.text(318, 166, "Did Medicare approve all services?       NO", "R", 9)
            d.text(318, 180, "Number of services Medicare denied        1", "R", 9)
            d.text(318, 194, "See claims on the following pages for details.", "R", 9)
            d.text(L, 250, "Providers with claims this period", "B", 11)
            d.text(L, 264, "January 5, 2026 - January 30, 2026:  Brookhollow Outpatient Rehabilitation", "R", 9.5)
            d.text(L, 277, "January 14, 2026:  Westmere Speech & Swallowing Clinic", "R", 9.5)
            d.rect(L, 292, R - L, 96, 0.6)
            d.text(L + 8, 308, "How to Check This Notice", "B", 11)
            for i, s_ in enumerate(("Do you recognize the name of each provider? Check the dates.",
                                    "Did you get the services listed? Do they match those listed on your receipts and bills?",
                                    "If you already paid the bill, did you pay the right amount? Check the maximum you may be",
                                    "billed. If you have questions, call your provider's billing office or 1-800-MEDICARE.",
                                    "Report anything suspicious: Medicare Fraud & Abuse line, 1-800-MEDICARE.")):
                d.text(L + 8, 323 + 12 * i, s_, "R", 9)
            d.text(L, 414, "Your Claims for Part B (Medical Insurance)", "B", 13)
            d.text(L, 428, "Part B helps pay for doctors' services, outpatient therapy, and medical supplies.", "R", 9)
            return 452
        return 90

    fl = Flow(doc, 745, head)

    def thead(y: float) -> float:
        doc.rect(L, y - 10, R - L, 34, 0.4, fill=0.9)
        doc.text(L + 4, y, "Service Provided &", "B", 8)
        doc.text(L + 4, y + 10, "Billing Code", "B", 8)
        for x, h, a in ((318, "Service|Approved?", "c"), (384, "Amount|Provider|Charged", "r"),
                        (444, "Medicare-|Approved|Amount", "r"), (500, "Medicare|Paid|Provider", "r"),
                        (546, "Maximum|You May|Be Billed", "r"), (550, "See|Notes|Below", "l")):
            for j, part in enumerate(h.split("|")):
                doc.text(x, y + 9 * j, part, "B", 7.2, a)
        return y + 36

    st = PlanState(ded_left=Decimal("195.00"))
    cl = [
        ("Westmere Speech & Swallowing Clinic", "1208 Oriel Avenue, Ashby Falls, PA 19998",
         "12601900110764", D(1, 14), [
             S("92523", 1, 1, 14, ["GN"]), S("92526", 1, 1, 14, ["GN"]),
         ]),
        ("Brookhollow Outpatient Rehabilitation", "44 Tamarind Court, Suite 2, Ashby Falls, PA 19999",
         "12601600482210", D(1, 5), [
             S("97161", 1, 1, 5, ["GP"]), S("97110", 2, 1, 5, ["GP", "KX"]), S("97140", 1, 1, 5, ["GP"]),
             S("97112", 2, 1, 7, ["GP"]), S("97110", 2, 1, 7, ["GP"]), S("97116", 2, 1, 12, ["GP"]),
             S("97530", 1, 1, 12, ["GP", "CQ"]), S("97110", 3, 1, 16, ["GP", "CQ"]),
             S("G0283", 1, 1, 16, ["GP"], denied="CO"), S("97112", 2, 1, 21, ["GP", "CQ"]),
             S("97140", 2, 1, 23, ["GP", "59"]), S("97110", 2, 1, 26, ["GP", "KX"]),
             S("97112", 1, 1, 26, ["GP"]), S("97116", 2, 1, 28, ["GP", "CQ"]), S("97110", 2, 1, 30, ["GP", "KX"]),
             S("97530", 2, 1, 30, ["GP"]), S("97140", 1, 1, 30, ["GP"]),
         ]),
    ]
    notes = {"KX": "A", "CQ": "B", "G0283": "C", "92523": "D"}
    lines, claims, seen = [], [], {}
    for prov, addr, icn, first, svcs in cl:
        for s in svcs:
            medicare(s, st, deny_reason="50")
            s.remarks = sorted({notes[k] for k in (s.code,) + s.mods if k in notes})
        fl.need(80)
        y = fl.y
        doc.text(L, y, f"{dfmt(first, 'month')}", "B", 10.5)
        y += 13
        doc.text(L, y, prov, "B", 9.5)
        doc.text(330, y, f"Claim Number: {icn}", "R", 9)
        y += 11
        doc.text(L, y, addr, "R", 9)
        doc.text(330, y, "Referred by: Priyanka Dunmore", "R", 9)
        fl.y = thead(y + 18)
        fl.cont = lambda yy, p=prov, c=icn: thead(
            (doc.text(L, yy, f"{p}, claim {c} (continued)", "B", 9.5) or yy) + 18)
        for s in svcs:
            desc = f"{units_str(s.units)} {s.desc} ({'-'.join((s.code,) + s.mods)})"
            dl = wrap(desc, "LibSerif", 8, 222)
            fl.need(10 * len(dl) + 4)
            y = fl.y
            doc.text(L + 4, y, dfmt(s.dos, "mdy2"), "R", 8)
            for j, t in enumerate(dl):
                doc.text(L + 46, y + 10 * j, t, "R", 8)
            doc.text(318, y, "No" if s.denied else "Yes", "R", 8, "c")
            for rx, v in zip([384, 442, 500, 544], [s.billed, s.allowed, s.paid, s.owes]):
                doc.text(rx, y, money(v, "$"), "R", 8, "r")
            doc.text(552, y, ", ".join(s.remarks), "R", 8)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=icn, patient=ben,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
            note_span("m1", icn, doc.page, seen)
            fl.y += 10 * len(dl) + 4
        fl.cont = None
        fl.need(16)
        y = fl.y + 2
        doc.hline(L, R, y - 9, 0.6)
        doc.text(L + 4, y, "Total for Claim", "B", 8.5)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        for rx, v in zip([384, 442, 500, 544], tv):
            doc.text(rx, y, money(v, "$"), "B", 8.5, "r")
        claims.append({"claim_id": None, "payer_claim_id": icn, "patient": ben,
                       "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
        fl.y += 26
    legend = [("A", "Your provider told us these therapy services are medically needed above the yearly amount."),
              ("B", "Part of this service was furnished by a therapy assistant, so the approved amount is lower."),
              ("C", "Medicare does not pay for this item in this setting. You do not owe anything for it."),
              ("D", "This evaluation is paid once for this plan of care.")]
    fl.need(20 + 12 * len(legend))
    doc.text(L, fl.y, "Notes for Claims Above", "B", 11)
    fl.y += 14
    for k, v in legend:
        doc.text(L, fl.y, f"{k}", "B", 9)
        doc.text(L + 14, fl.y, v, "R", 8.5)
        fl.y += 12
    return doc, lines, claims, legend, [], "Medicare Summary Notice Part B"


# =========================================================================================== m2
def m2(out: Path):
    doc = Doc("reportlab", fonts={"R": "Times-Roman", "B": "Times-Bold"})
    L, R = 36, 576
    mem = "Gerald T. Abernathy"

    def head(d: Doc) -> float:
        d.text(L, 44, "SILVERSTREAM SENIOR CARE (HMO)", "B", 15)
        d.text(L, 58, "A Medicare Advantage plan offered by Silverstream Health Cooperative", "R", 9)
        d.text(R, 44, "Explanation of Benefits", "B", 12, "r")
        d.text(R, 58, "January 2026 claims", "R", 9, "r")
        d.hline(L, R, 66, 1)
        d.text(L, 772, "Y9999_EOB26_C  |  Silverstream Senior Care (HMO)  |  " + mem, "R", 7)
        d.text(R, 772, "Page {PAGE} of {PAGES}", "R", 8, "r")
        if d.page == 1:
            d.rect(L, 78, 150, 200, 0.6, fill=0.94)
            y = 94
            for t, f in (("Member", "B"), (mem, "R"), ("Member ID: SSC40017725", "R"), ("", "R"),
                         ("Questions?", "B"), ("Member Services", "R"), ("1-888-555-0172 (TTY 711)", "R"),
                         ("8 a.m. - 8 p.m., 7 days", "R"), ("", "R"), ("Plan year totals", "B"),
                         ("Medical deductible: $0.00", "R"), ("Out-of-pocket spent: $312.50", "R"),
                         ("Out-of-pocket limit: $4,900.00", "R")):
                d.text(L + 8, y, t, f, 9)
                y += 13
            d.text(200, 94, "This is not a bill.", "B", 11)
            for i, t in enumerate(("This notice lists the medical services your plan processed for you in January",
                                   "2026. It shows what your providers charged, what the plan approved, what the",
                                   "plan paid, and your share. Keep it with your records. If a provider asks you to",
                                   "pay more than \"Your share\", call us.")):
                d.text(200, 110 + 12 * i, t, "R", 9.5)
            d.text(200, 178, "This month in brief", "B", 10.5)
            d.text(200, 194, "Provider charges: see claims below", "R", 9.5)
            d.text(200, 207, "Your copays this month are shown per visit.", "R", 9.5)
            return 306
        return 88

    fl = Flow(doc, 748, head)
    RX = [376, 452, 508, 574]

    def thead(y: float) -> float:
        doc.hline(L, R, y - 10, 0.8)
        doc.text(L + 2, y, "Date of", "B", 8.5)
        doc.text(L + 2, y + 10, "service", "B", 8.5)
        doc.text(96, y, "Service and code", "B", 8.5)
        for rx, a, b in zip(RX, ("Provider's", "Plan's approved", "Plan's", "Your"),
                            ("charge", "amount", "share", "share")):
            doc.text(rx, y, a, "B", 8.5, "r")
            doc.text(rx, y + 10, b, "B", 8.5, "r")
        doc.hline(L, R, y + 14, 0.8)
        return y + 26

    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.52"))
    cl = [
        ("Tri-County Physical & Occupational Therapy", "TCPOT-0099812", "SSC-26-0114-55803", [
            S("97163", 1, 1, 8, ["GP"]), S("97110", 2, 1, 8, ["GP"]), S("97530", 2, 1, 13, ["GO"]),
            S("97535", 1, 1, 13, ["GO"]), S("97112", 2, 1, 15, ["GP", "CQ"]),
        ]),
        ("Abernathy-area Primary Care (Dr. Sona Reyes)", "RSC7730142", "SSC-26-0121-60117", [
            S("99213", 1, 1, 20), S("G0283", 1, 1, 20, ["GP"]),
        ]),
        ("Tri-County Physical & Occupational Therapy", "TCPOT-0100470", "SSC-26-0128-61342", [
            S("97110", 3, 1, 22, ["GP", "KX"]), S("97140", 1, 1, 22, ["GP"]), S("97530", 2, 1, 27, ["GO"]),
            S("97760", 1, 1, 27, ["GO"], denied="CO"),
        ]),
    ]
    lines, claims, seen = [], [], {}
    for prov, acct, cid, svcs in cl:
        for s in svcs:
            commercial(s, st, deny_reason="N1")
            s.adjs = []
        fl.need(60)
        y = fl.y
        doc.rect(L, y - 10, R - L, 26, 0.6)
        doc.text(L + 6, y, f"Claim ID: {cid}", "B", 9)
        doc.text(250, y, f"Provider's account #: {acct}", "R", 9)
        doc.text(R - 6, y, "Status: Processed", "R", 8.5, "r")
        doc.text(L + 6, y + 11, f"{prov}  -  in network", "R", 9)
        fl.y = thead(y + 32)
        for s in svcs:
            fl.need(13)
            y = fl.y
            doc.text(L + 2, y, dfmt(s.dos, "mdyn"), "R", 8.5)
            doc.text(96, y, f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})"[:62], "R", 8.5)
            share = s.owes
            for rx, v in zip(RX, (s.billed, s.allowed, s.paid, share)):
                doc.text(rx, y, money(v, "$"), "R", 8.5, "r")
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=cid, patient=mem,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False))
            note_span("m2", cid, doc.page, seen)
            fl.y += 13
        fl.need(30)
        y = fl.y
        doc.hline(300, R, y - 9, 0.5)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.text(96, y, "Claim totals", "B", 8.5)
        for rx, v in zip(RX, tv):
            doc.text(rx, y, money(v, "$"), "B", 8.5, "r")
        den = [s for s in svcs if s.denied]
        if den:
            doc.text(96, y + 12, "The plan did not approve the orthotic training on 1/27/2026: it needs a prior", "R", 8.5)
            doc.text(96, y + 23, "authorization. Your provider cannot bill you for it.", "R", 8.5)
            fl.y += 22
        claims.append({"claim_id": acct, "payer_claim_id": cid, "patient": mem,
                       "totals": claim_totals(tv[0], tv[1], tv[2], tv[3])})
        fl.y += 24
    fl.need(40)
    doc.text(L, fl.y, "Your right to appeal", "B", 10)
    doc.text(L, fl.y + 12, "If you disagree with a decision on this notice you may ask for a plan reconsideration within 65", "R", 8.5)
    doc.text(L, fl.y + 23, "days of the date of this notice. Call Member Services or write to the address on the back.", "R", 8.5)
    return doc, lines, claims, [], [], "Medicare Advantage member EOB"


# =========================================================================================== d1
def d1(out: Path):
    doc = Doc("reportlab", landscape=True, fonts={"R": "Courier", "B": "Courier-Bold"})
    L = 30
    FS = 7.6

    def head(d: Doc) -> float:
        rows = ["RUN DATE 02/04/26            STATE OF NORTH ALDER - MEDICAL ASSISTANCE PROGRAM                    PAGE {PAGE}",
                "RA NUMBER 0004418732                  REMITTANCE ADVICE - PROFESSIONAL                     WARRANT 70991244",
                "PAYEE: WILLOWBEND CHILD DEVELOPMENT & THERAPY    PROVIDER NO 300028814    NPI 1999000417    PAY DATE 02/06/26",
                "-" * 124]
        for i, r in enumerate(rows):
            d.text(L, 30 + 10 * i, r, "B" if i < 2 else "R", FS)
        d.text(L, 590, "NORTH ALDER DEPT OF HEALTH SERVICES  FISCAL AGENT PO BOX 9061 GLENMARA NA 00099   PROVIDER RELATIONS 1-866-555-0190", "R", 6.8)
        return 80

    fl = Flow(doc, 575, head)
    COLH = (f" {'LN':<2}  {'FROM':<6}  {'THRU':<6}  {'PROC':<6} {'MOD1':<4} {'MOD2':<4} {'UNITS':>7} {'BILLED':>11}"
            f" {'ALLOWED':>11} {'TPL AMT':>11}{'CO-PAY':>9} {'PAID':>11}  EOB")

    def tot(b, a, p) -> str:
        f = lambda v: money(v, ",", "trail")  # noqa: E731
        return f"{'':<21}{'CLAIM TOTAL':<24} {f(b):>11} {f(a):>11} {'':>11}{'':>9} {f(p):>11}"

    def row(s: Svc, ln: int, neg: bool = False) -> str:
        def m(v):
            return money(v, ",", "trail").rjust(11) if v < 0 or neg else money(v, ",").rjust(11)
        mods = list(s.mods) + ["", ""]
        thru = s.end or s.dos
        return (f" {ln:02d}  {dfmt(s.dos, 'mdy6')}  {dfmt(thru, 'mdy6')}  {s.code:<6} {mods[0]:<4} {mods[1]:<4} "
                f"{format(s.units, '.2f').rjust(7)} {m(s.billed)} {m(s.allowed)} {m(ZERO)}"
                f"{m(ZERO)[2:]:>9} {m(s.paid)}  {' '.join(s.remarks)}")

    def sec(title: str) -> None:
        fl.need(40)
        doc.text(L, fl.y, f"*** {title} ***", "B", FS)
        fl.y += 12
        doc.text(L, fl.y, COLH, "B", FS)
        fl.y += 12
        fl.cont = lambda yy, t=title: (doc.text(L, yy, f"*** {t} (CONTINUED) ***", "B", FS),
                                       doc.text(L, yy + 12, COLH, "B", FS))[0] or yy + 24

    cls = [
        ("PAID", "QUINTERO, ANALIA R", "710442981", "WCD-10771", "2026032118877", [
            S("97165", 1, 1, 6, ["GO"]), S("97530", 4, 1, 6, ["GO"]), S("97530", 4, 1, 13, ["GO"]),
            S("97535", 2, 1, 13, ["GO"]), S("97530", 4, 1, 20, ["GO"]), S("97112", 2, 1, 20, ["GO", "59"]),
            S("97530", 4, 1, 27, ["GO"]), S("97535", 2, 1, 27, ["GO"]),
        ]),
        ("PAID", "QUINTERO, MATEUS J", "710442999", "WCD-10772", "2026032118901", [
            S("92523", 1, 1, 8, ["GN"]), S("92507", 1, 1, 15, ["GN"]), S("92507", 1, 1, 22, ["GN"]),
            S("92507", 1, 1, 29, ["GN"]),
        ]),
        ("PAID", "BELLAMY-HART, JONAH", "705518230", "WCD-10790", "2026033220014", [
            S("97161", 1, 1, 9, ["GP"]), S("97110", 3, 1, 9, ["GP"]), S("97116", 2, 1, 16, ["GP"]),
            S("97110", 3, 1, 23, ["GP"]), S("97140", 2, 1, 23, ["GP"]),
        ]),
        ("DENIED", "OYELARAN, TEMI", "709913446", "WCD-10801", "2026034100551", [
            S("97530", 4, 1, 12, ["GO"], denied="CO"), S("97535", 2, 1, 12, ["GO"], denied="CO"),
        ]),
    ]
    eob = {"97112": ["0614"], "92523": ["0230"]}
    lines, claims, seen = [], [], {}
    cur = None
    for status, name, rid, acct, icn, svcs in cls:
        for s in svcs:
            medicaid(s, deny_reason="197")
            s.remarks = ["0571"] if s.denied else (eob.get(s.code, ["0001"]) if s.code in eob else [])
            if s.denied:
                s.paid = ZERO
        if status != cur:
            sec(f"{status} CLAIMS")
            cur = status
        fl.need(40)
        doc.text(L, fl.y, f"RECIPIENT {name:<24} RECIP ID {rid}   PAT ACCT {acct:<10}  ICN {icn}   CLAIM STATUS {status}", "R", FS)
        fl.y += 11
        for i, s in enumerate(svcs, 1):
            fl.need(11)
            doc.text(L, fl.y, row(s, i), "R", FS)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "paid"), remarks=s.remarks, description=False))
            note_span("d1", icn, doc.page, seen)
            fl.y += 11
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.text(L, fl.y, tot(*tv), "B", FS)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[2], None)})
        fl.y += 16
    # adjusted: void of an earlier payment and its replacement
    sec("ADJUSTED CLAIMS")
    orig = [S("97530", 3, 12, 16, ["GO"]), S("97110", 2, 12, 16, ["GO"])]
    for s in orig:
        s.dos = date(2025, 12, 16)
        medicaid(s)
    void = [negate(s) for s in orig]
    for s in void:
        s.remarks = ["0903"]
    repl = [S("97530", 4, 12, 16, ["GO"]), S("97110", 2, 12, 16, ["GO"])]
    for s in repl:
        s.dos = date(2025, 12, 16)
        medicaid(s)
        s.remarks = ["0904"]
    for label, icn, svcs, neg in (("VOID OF ICN 2025351099120", "2026035000318", void, True),
                                  ("REPLACEMENT", "2026035000319", repl, False)):
        fl.need(40)
        nm = "SAYRE, LUCIANA P"
        doc.text(L, fl.y, f"RECIPIENT {nm:<24} RECIP ID 712004558   PAT ACCT WCD-09981   ICN {icn}   {label}", "R", FS)
        fl.y += 11
        for i, s in enumerate(svcs, 1):
            fl.need(11)
            doc.text(L, fl.y, row(s, i, neg), "R", FS)
            ln = truth_line(doc.page, s, claim_id="WCD-09981", payer_claim_id=icn, patient=nm,
                            printed=("billed", "allowed", "paid"), remarks=s.remarks, description=False)
            lines.append(ln)
            fl.y += 11
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        doc.text(L, fl.y, tot(*tv), "B", FS)
        claims.append({"claim_id": "WCD-09981", "payer_claim_id": icn, "patient": nm,
                       "totals": claim_totals(tv[0], tv[1], tv[2], None)})
        fl.y += 16
    fl.cont = None
    allp = sum((Decimal(c["totals"]["paid"]) for c in claims), ZERO)
    legend = [("0001", "Paid at the program's maximum fee for this procedure."),
              ("0230", "Evaluation limited to one per recipient per twelve months."),
              ("0571", "Recipient was not eligible on the date of service."),
              ("0614", "Same-day procedure pair allowed with the distinct-service modifier."),
              ("0903", "Earlier payment recovered: claim voided at provider request."),
              ("0904", "Replacement claim processed for the voided claim.")]
    fl.need(30 + 10 * len(legend))
    doc.text(L, fl.y, f"TOTAL CLAIMS {len(claims):>3}     NET PAYMENT THIS RA {money(allp, ',')}", "B", FS)
    fl.y += 16
    doc.text(L, fl.y, "EOB CODE MESSAGES", "B", FS)
    fl.y += 11
    for k, v in legend:
        doc.text(L, fl.y, f"{k}  {v.upper()}", "R", FS)
        fl.y += 10
    return doc, lines, claims, legend, [], "state Medicaid remittance advice (mainframe print)"


# =========================================================================================== d2
def d2(out: Path):
    doc = Doc("fpdf2", fonts={"R": "LibNarrow", "B": "LibNarrow-Bold"})
    L, R = 32, 580

    def head(d: Doc) -> float:
        d.text(L, 40, "Department of Human Services  |  Medical Assistance Program", "B", 12)
        d.text(L, 53, "PROVIDER REMITTANCE STATEMENT", "B", 10)
        d.text(R, 40, "Cycle 2026-05  |  Paid 02/05/2026", "R", 8.5, "r")
        d.text(R, 53, "EFT trace 1B44019273", "R", 8.5, "r")
        d.text(L, 66, "Payee: Riverbirch Pediatric Therapies LLC  |  Medicaid ID 0041187300  |  NPI 1998877665", "R", 8.5)
        d.hline(L, R, 72, 1)
        d.text(R, 776, "Statement page {PAGE} / {PAGES}", "R", 7.5, "r")
        d.text(L, 776, "Keep for your records. Adjustment reason codes are standard claim adjustment codes.", "R", 7.5)
        return 92

    fl = Flow(doc, 752, head)
    GX = [L, 52, 104, 152, 196, 226, 276, 326, 376, 414, 486, 530, R]
    HD = ["Ln", "Svc Date", "Procedure", "Mods", "Units", "Billed", "Allowed", "Paid", "Status", "CARC / Amt", "RARC", ""]

    def thead(y: float) -> float:
        doc.rect(L, y - 10, R - L, 14, 0.5, fill=0.85)
        for i, h in enumerate(HD[:11]):
            if 5 <= i <= 7:
                doc.text(GX[i + 1] - 3, y, h, "B", 8, "r")
            else:
                doc.text(GX[i] + 3, y, h, "B", 8)
        return y + 14

    cls = [
        ("HOLLOWAY, BRIAR K", "M88301274", "RPT-24031", "2026-034-771205-00", [
            S("97166", 1, 1, 5, ["GO"]), S("97530", 3, 1, 5, ["GO"]), S("97535", 2, 1, 7, ["GO"]),
            S("97530", 3, 1, 12, ["GO"]), S("97140", 1, 1, 12, ["GO", "59"], denied="CO"),
            S("97530", 3, 1, 14, ["GO"]), S("97535", 2, 1, 19, ["GO"]), S("97530", 3, 1, 21, ["GO"]),
            S("97112", 2, 1, 26, ["GO"]), S("97530", 3, 1, 28, ["GO"]),
        ]),
        ("HOLLOWAY, CASPIAN D", "M88301290", "RPT-24032", "2026-034-771206-00", [
            S("92523", 1, 1, 6, ["GN"]), S("92507", 1, 1, 13, ["GN"]), S("92507", 1, 1, 20, ["GN"]),
            S("92526", 1, 1, 27, ["GN"]),
        ]),
        ("ANWAR, SELIM", "M90112458", "RPT-24040", "2026-035-102334-00", [
            S("97163", 1, 1, 8, ["GP"]), S("97110", 2, 1, 8, ["GP"]), S("97116", 2, 1, 15, ["GP"]),
            S("97110", 2, 1, 22, ["GP"]), S("97760", 1, 1, 22, ["GP"]), S("L3807", 1, 1, 22, ["RT"]),
        ]),
        ("FENWICK-ORTIZ, JUNE", "M87660019", "RPT-24055", "2026-036-009981-00", [
            S("97165", 1, 1, 16, ["GO"]), S("97530", 2, 1, 16, ["GO"]), S("97150", 2, 1, 23, ["GO"]),
        ]),
        ("DUBROVNIK, ILSE M", "M86002341", "RPT-24061", "2026-036-010244-00", [
            S("97166", 1, 1, 19, ["GO"]), S("97530", 3, 1, 19, ["GO"]), S("97535", 2, 1, 21, ["GO"]),
            S("97530", 3, 1, 26, ["GO"]), S("97110", 2, 1, 26, ["GO"]), S("97530", 3, 1, 28, ["GO"]),
            S("97112", 2, 1, 28, ["GO", "59"]), S("97530", 3, 1, 30, ["GO"]),
        ]),
    ]
    rarc = {"97140": ["N19"], "92526": ["M86"], "L3807": ["N362"]}
    lines, claims, seen = [], [], {}
    for name, mid, acct, tcn, svcs in cls:
        for s in svcs:
            medicaid(s, deny_reason="B15")
            if s.denied:
                s.paid = ZERO
            s.remarks = rarc.get(s.code, [])
        fl.need(60)
        y = fl.y
        doc.rect(L, y - 10, R - L, 26, 0.8)
        doc.text(L + 4, y, f"TCN {tcn}", "B", 9)
        doc.text(210, y, f"Member: {name}", "B", 9)
        doc.text(400, y, f"Member ID {mid}", "R", 9)
        doc.text(L + 4, y + 11, f"Patient Acct {acct}", "R", 8.5)
        doc.text(210, y + 11, "Claim type: Professional (837P)   Billing/rendering NPI 1998877665", "R", 8.5)
        fl.y = thead(y + 30)
        fl.cont = lambda yy, t=tcn, n=name: thead((doc.text(L, yy, f"TCN {t}  {n}  - continued", "B", 8.5) or yy) + 16)
        for i, s in enumerate(svcs, 1):
            extra = max(0, len(s.adjs) - 1)
            fl.need(13 + 11 * extra)
            y = fl.y
            doc.rect(L, y - 9, R - L, 13 + 11 * extra, 0.3)
            doc.text(GX[0] + 3, y, str(i), "R", 8)
            doc.text(GX[1] + 3, y, dfmt(s.dos, "mdy4"), "R", 8)
            doc.text(GX[2] + 3, y, s.code, "R", 8)
            doc.text(GX[3] + 3, y, " ".join(s.mods), "R", 8)
            doc.text(GX[4] + 3, y, f"{s.units:.1f}", "R", 8)
            for j, v in enumerate((s.billed, s.allowed, s.paid)):
                doc.text(GX[6 + j] - 3, y, money(v, ","), "R", 8, "r")
            doc.text(GX[8] + 3, y, "DENIED" if s.denied else "PAID", "B" if s.denied else "R", 8)
            for k, (g, c, a) in enumerate(s.adjs):
                doc.text(GX[9] + 3, y + 11 * k, f"{g}-{c}  {money(a, ',')}", "R", 8)
            doc.text(GX[10] + 3, y, " ".join(s.remarks), "R", 8)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=tcn, patient=name,
                                    printed=("billed", "allowed", "paid"), adjustments=s.adjs,
                                    remarks=s.remarks, description=False))
            note_span("d2", tcn, doc.page, seen)
            fl.y += 13 + 11 * extra
        fl.cont = None
        fl.need(16)
        tv = [total(svcs, a) for a in ("billed", "allowed", "paid")]
        y = fl.y + 1
        doc.text(GX[2] + 3, y, "Claim totals", "B", 8.5)
        for j, v in enumerate(tv):
            doc.text(GX[6 + j] - 3, y, money(v, ","), "B", 8.5, "r")
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": name,
                       "totals": claim_totals(tv[0], tv[1], tv[2], None)})
        fl.y += 24
    legend = [("N19", "The procedure code was not billed under the correct program rules for this setting."),
              ("M86", "Service is not separately paid on the same day as the evaluation."),
              ("N362", "Units or items exceed what the program allows per date without review.")]
    fl.need(20 + 11 * len(legend))
    doc.text(L, fl.y, "Remark code glossary", "B", 9)
    fl.y += 12
    for k, v in legend:
        doc.text(L, fl.y, f"{k}: {v}", "R", 8)
        fl.y += 11
    return doc, lines, claims, legend, [], "state Medicaid provider remittance statement"


# =========================================================================================== r1
def r1(out: Path):
    doc = Doc("reportlab", fonts={"R": "Courier", "B": "Courier-Bold"})
    L, FS = 24, 6.9

    def head(d: Doc) -> float:
        rows = ["TIDEWATER CLAIMS EXCHANGE - PAPER REMITTANCE RENDERING OF 835 FILE TCX2602040117",
                "MEDICARE PART B  JURISDICTION 99 CONTRACTOR 19999          REMITTANCE ADVICE",
                "SANDPIPER REHABILITATION GROUP PC                  PROVIDER # 1994001122      PAGE #: {PAGE} OF {PAGES}",
                "881 HARBORVIEW ROAD STE 12                         DATE: 02/04/2026           CHECK/EFT #: 0081122554",
                "GULLPORT, ME 04999",
                (f"{'PERF PROV':<12} {'SERV DATE':<11}  {'POS':<3}{'NOS':>3}  {'PROC':<5} {'MODS':<8} {'BILLED':>9}"
                 f" {'ALLOWED':>9} {'DEDUCT':>7} {'COINS':>7}   {'GRP/RC-AMT':<15}  {'PROV PD':>9}"),
                "_" * 118]
        for i, r in enumerate(rows):
            d.text(L, 36 + 10 * i, r, "B" if i in (0, 5) else "R", FS)
        return 112

    fl = Flow(doc, 760, head)
    st = PlanState(ded_left=Decimal("40.00"))
    cls = [
        ("TRASK, EDMUND", "7HQ2JK9PL40", "SRG-0045521", "0226030118850", "1881002233", [
            S("97161", 1, 1, 5, ["GP"]), S("97110", 3, 1, 5, ["GP", "KX"]), S("97140", 2, 1, 5, ["GP", "59"]),
            S("97112", 2, 1, 7, ["GP"]), S("97110", 2, 1, 7, ["GP", "CQ"]), S("97116", 2, 1, 12, ["GP"]),
            S("97110", 3, 1, 14, ["GP", "KX"]), S("97140", 1, 1, 14, ["GP"]), S("97112", 2, 1, 19, ["GP", "CQ"]),
            S("97110", 2, 1, 21, ["GP"]), S("G0283", 1, 1, 21, ["GP"]), S("97530", 2, 1, 26, ["GP"]),
        ]),
        ("LOWRY, MAEVE A", "2WE7TY4QR18", "SRG-0045530", "0226030118902", "1881002288", [
            S("97165", 1, 1, 9, ["GO"]), S("97530", 2, 1, 9, ["GO"]), S("97535", 2, 1, 16, ["GO", "CO"]),
            S("97760", 1, 1, 16, ["GO"], denied="CO"),
        ]),
        ("PELLETIER, ROLAND", "9MN4BV2CX77", "SRG-0045544", "0226031120051", "1881002233", [
            S("97163", 1, 1, 13, ["GP"]), S("97110", 2, 1, 13, ["GP"]), S("97530", 2, 1, 20, ["GP"]),
        ]),
    ]
    rarc = {"97760": ["N386"], "G0283": ["M80"]}
    lines, claims, seen = [], [], {}
    for name, hic, acct, icn, perf, svcs in cls:
        st2 = PlanState(ded_left=st.ded_left) if name.startswith("TRASK") else PlanState()
        for s in svcs:
            medicare(s, st2, deny_reason="96")
            s.remarks = rarc.get(s.code, [])
        fl.need(50)
        doc.text(L, fl.y, f"NAME {name:<18} HIC {hic}  ACNT {acct}   ICN {icn}  ASG Y MOA MA01 MA18", "R", FS)
        fl.y += 11
        fl.cont = lambda yy, n=name, i=icn: (doc.text(L, yy, f"NAME {n:<18} ICN {i}  (CONTINUED)", "R", FS) and False) or yy + 11
        for s in svcs:
            n = len(s.adjs)
            fl.need(10 * max(1, n) + (10 if s.remarks else 0))
            y = fl.y
            g0 = f"{s.adjs[0][0]}-{s.adjs[0][1]}" if s.adjs else ""
            a0 = money(s.adjs[0][2], "") if s.adjs else ""
            txt = (f"{perf:<12} {dfmt(s.dos, 'mdy6')[:4]} {dfmt(s.dos, 'mdy6')}  11 {units_str(s.units):>3}  {s.code} "
                   f"{' '.join(s.mods):<8} {money(s.billed, ''):>9} {money(s.allowed, ''):>9} {money(s.deductible, ''):>7}"
                   f" {money(s.coinsurance, ''):>7}   {g0:<7}{a0:>8}  {money(s.paid, ''):>9}")
            doc.text(L, y, txt, "R", FS)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=name,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            note_span("r1", icn, doc.page, seen)
            for g, c, a in s.adjs[1:]:
                y += 10
                doc.text(L, y, " " * 87 + f"{g}-{c}".ljust(7) + money(a, "").rjust(8), "R", FS)
            if s.remarks:
                y += 10
                doc.text(L, y, " " * 13 + "REM: " + " ".join(s.remarks), "R", FS)
            fl.y = y + 10
        fl.cont = None
        tb, ta, td, tc, tp = (total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid"))
        tadj = sum((a for s in svcs for g, c, a in s.adjs if g == "CO"), ZERO)
        fl.need(32)
        doc.text(L, fl.y, f"PT RESP {money(td + tc, ''):>9}" + " " * 12 + f"CLAIM TOTALS {money(tb, ''):>14} {money(ta, ''):>9}"
                 f" {money(td, ''):>7} {money(tc, ''):>7}   {'':<7}{money(tadj, ''):>8}  {money(tp, ''):>9}", "R", FS)
        fl.y += 10
        doc.text(L, fl.y, f"ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00{'NET':>28} {money(tp, ''):>9}", "R", FS)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": name,
                       "totals": claim_totals(tb, ta, tp, None)})
        fl.y += 20
    tp = sum((Decimal(c["totals"]["paid"]) for c in claims), ZERO)
    fl.need(60)
    doc.text(L, fl.y, "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   DEDUCT AMT   COINS AMT   PROV PD AMT   CHECK AMT", "B", FS)
    fl.y += 10
    tb = sum((Decimal(c["totals"]["billed"]) for c in claims), ZERO)
    ta = sum((Decimal(c["totals"]["allowed"]) for c in claims), ZERO)
    doc.text(L, fl.y, f"{len(claims):>19}   {money(tb, ''):>12}  {money(ta, ''):>12}" + " " * 28 + f"{money(tp, ''):>12}  {money(tp, ''):>10}", "R", FS)
    fl.y += 18
    legend = [("MA01", "Appeal rights: you may ask for a redetermination within the stated time."),
              ("MA18", "Claim details were sent on to the supplemental insurer."),
              ("N386", "Decision follows a local coverage policy; see the contractor website."),
              ("M80", "Not payable with another service on the same day.")]
    doc.text(L, fl.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", "B", FS)
    fl.y += 10
    for k, v in legend:
        fl.need(10)
        doc.text(L, fl.y, f"{k:<6}{v}", "R", FS)
        fl.y += 10
    return doc, lines, claims, legend, [], "Medicare-style standard paper remittance from a clearinghouse"


# =========================================================================================== r2
def r2(out: Path):
    doc = Doc("fpdf2", landscape=True, fonts={"R": "LibSans", "B": "LibSans-Bold"})
    L, R = 28, 764

    def head(d: Doc) -> float:
        d.text(L, 36, "Juniper Lane Therapy Group", "B", 13)
        d.text(L, 49, "ERA Posting Detail  -  run 02/07/2026 08:14  by user mcorrow", "R", 8.5)
        d.text(R, 36, "TheraLedger PM v11.4", "R", 8, "r")
        d.text(R, 49, "Page {PAGE} of {PAGES}", "R", 8, "r")
        d.hline(L, R, 56, 0.8)
        return 76

    fl = Flow(doc, 580, head)
    CX = [L, 90, 134, 178, 208, 262, 316, 362, 406, 450, 504, 572, 626, 680]
    HD = ["DOS", "CPT", "Mod", "Units", "Charge", "Allowed", "Deduct", "Coins", "Copay", "Paid", "Adj Grp-Rsn",
          "Adj Amt", "Rmk"]

    def thead(y: float) -> float:
        doc.rect(L, y - 10, CX[13] - L, 14, 0.5, fill=0.9)
        for i, h in enumerate(HD):
            if 4 <= i <= 9 or i == 11:
                doc.text(CX[i + 1] - 3, y, h, "B", 7.8, "r")
            else:
                doc.text(CX[i] + 3, y, h, "B", 7.8)
        for x in CX:
            doc.vline(x, y - 10, y + 4, 0.3)
        return y + 14

    payers = [
        ("Brightwater Mutual Insurance Co.", "EFT 4410093381", "02/05/2026", PlanState(ded_left=Decimal("75.00"),
                                                                                         coins_rate=Decimal("0.10"),
                                                                                         allowed_rate=Decimal("0.80")), [
            ("Castellano, Rosa", "JLT-118203", "BMI26030440127", [
                S("97166", 1, 1, 6, ["GO"]), S("97530", 2, 1, 6, ["GO"]), S("97110", 2, 1, 13, ["GO"]),
                S("97530", 2, 1, 13, ["GO"]), S("97140", 1, 1, 20, ["GO", "59"]), S("97530", 2, 1, 20, ["GO"]),
                S("97535", 2, 1, 27, ["GO"]), S("97530", 2, 1, 27, ["GO"]),
            ]),
            ("Castellano, Dario", "JLT-118210", "BMI26030440128", [
                S("92507", 1, 1, 8, ["GN"]), S("92507", 1, 1, 15, ["GN"]), S("97129", 1, 1, 15, ["GN"], denied="CO"),
            ]),
        ]),
        ("Keystone Lakes Health Plan", "CHK 000719902", "02/06/2026", PlanState(visit_copay=Decimal("30.00"),
                                                                                 allowed_rate=Decimal("0.85")), [
            ("Nakashima, Eli", "JLT-118244", "KL-2026-0131-88120", [
                S("97163", 1, 1, 10, ["GP"]), S("97110", 3, 1, 10, ["GP"]), S("97112", 2, 1, 17, ["GP"]),
                S("97110", 2, 1, 17, ["GP"]), S("97140", 2, 1, 24, ["GP"]), S("97116", 1, 1, 24, ["GP"]),
                S("97110", 2, 1, 31, ["GP"]), S("97112", 1, 1, 31, ["GP"]),
            ]),
        ]),
    ]
    rmk = {"97129": ["N130"], "97140": ["M15"]}
    lines, claims, seen = [], [], {}
    for pname, chk, pdate, st, cls in payers:
        fl.need(70)
        doc.text(L, fl.y, f"Payer: {pname}", "B", 10)
        doc.text(360, fl.y, f"{chk}   Paid {pdate}", "R", 9)
        fl.y += 16
        ptot = ZERO
        for pat, acct, icn, svcs in cls:
            for s in svcs:
                commercial(s, st, deny_reason="96")
                s.remarks = rmk.get(s.code, [])
            fl.need(50)
            y = fl.y
            doc.text(L, y, f"Patient: {pat}", "B", 8.5)
            doc.text(220, y, f"Pt Acct: {acct}", "R", 8.5)
            doc.text(380, y, f"Payer ICN: {icn}", "R", 8.5)
            doc.text(600, y, "Status: Processed as Primary", "R", 8.5)
            fl.y = thead(y + 16)
            fl.cont = lambda yy, p=pat, a=acct: thead((doc.text(L, yy, f"Patient: {p}  Pt Acct: {a}  (cont'd)", "B", 8.5) or yy) + 16)
            for s in svcs:
                n = max(1, len(s.adjs))
                fl.need(12 * n)
                y = fl.y
                doc.hline(L, CX[13], y - 9, 0.3)
                doc.text(CX[0] + 3, y, dfmt(s.dos, "mdy4"), "R", 8)
                doc.text(CX[1] + 3, y, s.code, "R", 8)
                doc.text(CX[2] + 3, y, ",".join(s.mods), "R", 8)
                doc.text(CX[3] + 3, y, units_str(s.units), "R", 8)
                for i, v in enumerate((s.billed, s.allowed, s.deductible, s.coinsurance, s.copay, s.paid)):
                    doc.text(CX[5 + i] - 3, y, money(v, ","), "R", 8, "r")
                for k, (g, c, a) in enumerate(s.adjs):
                    doc.text(CX[10] + 3, y + 12 * k, f"{g}-{c}", "R", 8)
                    doc.text(CX[12] - 3, y + 12 * k, money(a, ","), "R", 8, "r")
                doc.text(CX[12] + 3, y, " ".join(s.remarks), "R", 8)
                lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pat,
                                        printed=("billed", "allowed", "deductible", "coinsurance", "copay", "paid"),
                                        adjustments=s.adjs, remarks=s.remarks, description=False))
                note_span("r2", icn, doc.page, seen)
                fl.y += 12 * n
            fl.cont = None
            fl.need(16)
            y = fl.y
            doc.hline(L, CX[13], y - 9, 0.8)
            tv = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "copay", "paid")]
            doc.text(CX[1] + 3, y, "Claim total", "B", 8)
            for i, v in enumerate(tv):
                doc.text(CX[5 + i] - 3, y, money(v, ","), "B", 8, "r")
            pr = tv[2] + tv[3] + tv[4]
            doc.text(CX[10] + 3, y, f"Pt resp {money(pr, ',')}", "B", 8)
            claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pat,
                           "totals": claim_totals(tv[0], tv[1], tv[5], None)})
            ptot += tv[5]
            fl.y += 22
        fl.need(20)
        doc.text(L, fl.y, f"{pname} - total posted {money(ptot, '$')}   ({chk})", "B", 9)
        fl.y += 24
    legend = [("M15", "Separately billed service treated as part of another service."),
              ("N130", "Check plan benefit documents for coverage limits.")]
    fl.need(40)
    doc.text(L, fl.y, "Remark codes on this report", "B", 9)
    fl.y += 12
    for k, v in legend:
        doc.text(L, fl.y, f"{k}  {v}", "R", 8)
        fl.y += 11
    return doc, lines, claims, legend, [], "practice-management ERA posting report"


# =========================================================================================== s1
def s1(out: Path):
    doc = Doc("reportlab", fonts={"R": "DejaVuSans", "B": "DejaVuSans-Bold"})
    L, R, SB = 30, 582, 440  # sidebar from SB to R on page 1

    def head(d: Doc) -> float:
        d.text(L, 40, "Little Otter Therapy Collective", "B", 13)
        d.text(L, 52, "Pediatric OT • PT • Speech   |   310 Fennel Street, Marrow Bay, WA 98999   |   (360) 555-0117", "R", 7.5)
        d.hline(L, R, 58, 0.8)
        d.text(306, 776, "Statement for account 66120  •  page {PAGE} of {PAGES}  •  Questions about this bill? billing@littleotter.example", "R", 6.8, "c")
        if d.page == 1:
            d.rect(SB, 68, R - SB, 150, 0.8, fill=0.93)
            y = 84
            for t, f, z in (("STATEMENT", "B", 11), ("Statement date 02/10/2026", "R", 8), ("Account no. 66120", "R", 8),
                            ("", "R", 8), ("Amount due", "B", 9), (money(due, "$"), "B", 16), ("", "R", 8),
                            ("Please pay by 03/05/2026", "R", 8), ("Pay online: littleotter.example/pay", "R", 7.5),
                            ("or call (360) 555-0117", "R", 7.5)):
                d.text(SB + 8, y, t, f, z)
                y += 13 if z < 16 else 17
            y = 84
            for t in ("Guarantor:", "Corinne Vollmer-Sands", "77 Gullwing Terrace", "Marrow Bay, WA 98999"):
                d.text(L, y, t, "B" if t.endswith(":") else "R", 9)
                y += 12
            d.text(L, 150, "Patients on this account: Elias Vollmer-Sands, Sofie Vollmer-Sands, Corinne Vollmer-Sands", "R", 7.5)
            d.text(L, 164, "Insurance: Harborstone Health (primary)  •  Member ID HH8820144-01", "R", 7.5)
            d.text(L, 178, "Your balance is what remains after your insurance processed each visit.", "R", 7.5)
            return 236
        return 76

    st = PlanState(ded_left=Decimal("100.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    visits = [
        ("Elias Vollmer-Sands", "V-30218", "HH-9910441", [S("97165", 1, 1, 6, ["GO"]), S("97530", 2, 1, 6, ["GO"])]),
        ("Sofie Vollmer-Sands", "V-30231", "HH-9910502", [S("92523", 1, 1, 7, ["GN"])]),
        ("Elias Vollmer-Sands", "V-30277", "HH-9913120", [S("97530", 3, 1, 13, ["GO"]), S("97535", 1, 1, 13, ["GO"])]),
        ("Corinne Vollmer-Sands", "V-30290", "HH-9913377", [S("97140", 2, 1, 15, ["GP"]), S("97110", 2, 1, 15, ["GP"])]),
        ("Sofie Vollmer-Sands", "V-30302", "HH-9914001", [S("92507", 1, 1, 21, ["GN"]),
                                                           S("97129", 1, 1, 21, ["GN"], denied="PR")]),
        ("Elias Vollmer-Sands", "V-30340", "HH-9916218", [S("97530", 2, 1, 27, ["GO"]), S("97112", 1, 1, 27, ["GO"])]),
    ]
    for _p, _v, _c, _svcs in visits:
        for s in _svcs:
            commercial(s, st, deny_reason="204")
    due = sum((s.owes for v in visits for s in v[3]), ZERO)
    fl = Flow(doc, 750, head)
    CX = [L, 84, 160, 214, 370, 424, 478, 526, R]

    def thead(y: float) -> float:
        doc.hline(L, R, y - 10, 0.6)
        for i, h in enumerate(["Date", "Patient", "Code", "Description", "Charges", "Ins. Paid", "Adjust.", "Your Balance"]):
            if i >= 4:
                doc.text(CX[i + 1] - 2, y, h, "B", 7.5, "r")
            else:
                doc.text(CX[i] + 2, y, h, "B", 7.5)
        doc.hline(L, R, y + 4, 0.6)
        return y + 16

    fl.y = thead(fl.y)
    fl.cont = thead
    lines, claims = [], []
    bal = Decimal("25.00")
    fl.need(13)
    doc.text(CX[3] + 2, fl.y, "Previous balance", "R", 7.5)
    doc.text(R - 2, fl.y, money(bal, "$"), "R", 7.5, "r")
    fl.y += 13
    fl.need(13)
    doc.text(CX[0] + 2, fl.y, dfmt(D(1, 3), "mdy2"), "R", 7.5)
    doc.text(CX[3] + 2, fl.y, "Payment - thank you (card ending 4471)", "R", 7.5)
    doc.text(R - 2, fl.y, money(Decimal("-25.00"), "$", "()"), "R", 7.5, "r")
    fl.y += 15
    bal = ZERO
    for pat, vis, icl, svcs in visits:
        fl.need(30)
        doc.rect(L, fl.y - 9, R - L, 12, 0.2, fill=0.95)
        doc.text(L + 2, fl.y, f"Visit {vis}  •  {pat}  •  billed to Harborstone Health, claim {icl}", "B", 7.2)
        fl.y += 13
        for s in svcs:
            fl.need(12)
            y = fl.y
            doc.text(CX[0] + 2, y, dfmt(s.dos, "mdy2"), "R", 7.5)
            doc.text(CX[1] + 2, y, pat.split()[0], "R", 7.5)
            doc.text(CX[2] + 2, y, s.code + "".join(s.mods), "R", 7.5)
            doc.text(CX[3] + 2, y, s.desc[:30], "R", 7.2)
            for i, v in enumerate((s.billed, s.paid, s.discount, s.owes)):
                doc.text(CX[i + 5] - 2, y, money(v, "$", "()"), "R", 7.5, "r")
            row = truth_line(doc.page, s, claim_id=vis, payer_claim_id=icl, patient=pat,
                             printed=("billed", "paid", "discount", "patient_owes"), units=False,
                             overrides={"description": s.desc[:30]})
            lines.append(row)
            bal += s.owes
            fl.y += 12
        claims.append({"claim_id": vis, "payer_claim_id": icl, "patient": pat,
                       "totals": claim_totals(None, None, None, None)})
        fl.y += 3
    fl.cont = None
    fl.need(40)
    doc.hline(CX[4], R, fl.y - 8, 0.8)
    doc.text(CX[3] + 2, fl.y + 2, "Amount due", "B", 9)
    doc.text(R - 2, fl.y + 2, money(bal, "$"), "B", 9, "r")
    fl.y += 20
    doc.text(L, fl.y, "Harborstone Health applied your deductible and coinsurance as shown. Denied services the plan", "R", 7.5)
    doc.text(L, fl.y + 10, "does not cover are your responsibility. Ask about our prompt-pay and hardship programs.", "R", 7.5)
    assert bal == due
    return doc, lines, claims, [], [], "therapy clinic family statement"


# =========================================================================================== s2
def s2(out: Path):
    doc = Doc("fpdf2", fonts={"R": "DejaVuSerif", "B": "DejaVuSerif-Bold"})
    L, R = 36, 576

    def head(d: Doc) -> float:
        d.text(L, 42, "Saint Bramwell Children's Hospital", "B", 13)
        d.text(L, 55, "Outpatient Rehabilitation Services  ·  1500 Larchmont Parkway, Oak Hollow, OH 45999", "R", 7.5)
        d.text(R, 42, "GUARANTOR STATEMENT", "B", 10, "r")
        d.text(R, 55, "Guarantor no. G-4471209", "R", 7.5, "r")
        d.hline(L, R, 62, 1.2)
        d.text(L, 772, "Customer service 1-877-555-0163, Mon-Fri 8-5  ·  Financial assistance is available", "R", 6.8)
        d.text(R, 772, "{PAGE} of {PAGES}", "R", 7, "r")
        if d.page == 1:
            d.text(L, 84, "Abigail Prentiss-Moore", "R", 9)
            d.text(L, 96, "4120 Tansy Hollow Road", "R", 9)
            d.text(L, 108, "Oak Hollow, OH 45999-2281", "R", 9)
            d.rect(360, 74, 216, 50, 0.8)
            d.text(368, 88, "Statement date:  02/12/2026", "R", 8.5)
            d.text(368, 101, "Total amount due:  see last page", "R", 8.5)
            d.text(368, 114, "Due date:  03/09/2026", "R", 8.5)
            return 150
        return 84

    fl = Flow(doc, 748, head)
    CX = [L, 100, 136, 330, 400, 440, R]

    def thead(y: float) -> float:
        doc.hline(L, R, y - 10, 0.4)
        for x, h, a in ((CX[0], "Date", "l"), (CX[1], "Rev", "l"), (CX[2], "Description", "l"),
                        (CX[3], "CPT/HCPCS", "l"), (CX[5] - 4, "Qty", "r"), (R - 2, "Charges", "r")):
            doc.text(x + (2 if a == "l" else 0), y, h, "B", 7.8, a)
        doc.hline(L, R, y + 4, 0.4)
        return y + 16

    rev = {"97": "0430", "92": "0440", "L3": "0274", "G0": "0420", "99": "0510"}
    rev.update({"97161": "0420", "97163": "0420", "97110": "0420", "97116": "0420", "97140": "0420",
                "97112": "0420"})
    accts = [
        ("Oliver Prentiss-Moore", "HAR 500381172", "Buckeye Family Health Plan", "BFHP-26-004418190", [
            S("97167", 1, 1, 5, ["GO"]), S("97530", 4, 1, 5, ["GO"]), S("97535", 2, 1, 5, ["GO"]),
            S("97530", 3, 1, 12, ["GO"]), S("97112", 2, 1, 12, ["GO"]), S("97530", 3, 1, 19, ["GO"]),
            S("97760", 1, 1, 19, ["GO"]), S("L3807", 1, 1, 19, ["LT"]), S("97530", 3, 1, 26, ["GO"]),
            S("97535", 2, 1, 26, ["GO"]), S("97530", 3, 1, 30, ["GO"]),
        ]),
        ("Hazel Prentiss-Moore", "HAR 500381240", "Buckeye Family Health Plan", "BFHP-26-004420077", [
            S("92523", 1, 1, 8, ["GN"]), S("92507", 1, 1, 15, ["GN"]), S("92526", 1, 1, 15, ["GN"]),
            S("92507", 1, 1, 22, ["GN"]), S("92507", 1, 1, 29, ["GN"]),
        ]),
        ("Abigail Prentiss-Moore", "HAR 500382019", "Buckeye Family Health Plan", "BFHP-26-004421903", [
            S("97163", 1, 1, 20, ["GP"]), S("97110", 2, 1, 20, ["GP"]), S("99213", 1, 1, 20),
            S("97140", 2, 1, 27, ["GP"]), S("97116", 2, 1, 27, ["GP"]),
        ]),
    ]
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.70"))
    lines, claims, seen = [], [], {}
    due = ZERO
    for pat, har, ins, icl, svcs in accts:
        for s in svcs:
            commercial(s, st)
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
        fl.need(80)
        y = fl.y
        doc.rect(L, y - 11, R - L, 28, 0.6, fill=0.9)
        doc.text(L + 6, y, f"Patient: {pat}", "B", 9)
        doc.text(300, y, f"Hospital account: {har}", "B", 8.5)
        doc.text(L + 6, y + 12, f"Outpatient therapy series {dfmt(svcs[0].dos, 'mdy4')} - {dfmt(svcs[-1].dos, 'mdy4')}", "R", 8)
        doc.text(300, y + 12, f"{ins} claim {icl}", "R", 8)
        fl.y = thead(y + 32)
        fl.cont = lambda yy, p=pat, h=har: thead((doc.text(L, yy, f"{p}  ·  {h}  (continued from previous page)", "B", 8.5) or yy) + 16)
        for s in svcs:
            dl = wrap(s.desc, "DejaVuSerif", 7.5, CX[3] - CX[2] - 8)
            fl.need(10 * len(dl) + 3)
            y = fl.y
            doc.text(CX[0] + 2, y, dfmt(s.dos, "mdy4"), "R", 7.5)
            doc.text(CX[1] + 2, y, rev.get(s.code, rev[s.code[:2]]), "R", 7.5)
            for j, t in enumerate(dl):
                doc.text(CX[2] + 2, y + 10 * j, t, "R", 7.5)
            doc.text(CX[3] + 2, y, s.code + (" " + " ".join(s.mods) if s.mods else ""), "R", 7.5)
            doc.text(CX[5] - 4, y, units_str(s.units), "R", 7.5, "r")
            doc.text(R - 2, y, money(s.billed, ","), "R", 7.5, "r")
            lines.append(truth_line(doc.page, s, claim_id=har, payer_claim_id=icl, patient=pat, printed=("billed",)))
            note_span("s2", har, doc.page, seen)
            fl.y += 10 * len(dl) + 3
        fl.cont = None
        tb, tp, td, to = (total(svcs, a) for a in ("billed", "paid", "discount", "owes"))
        fl.need(60)
        y = fl.y + 2
        doc.hline(CX[3], R, y - 9, 0.4)
        for lab, v in (("Total charges", tb), (f"{ins} payment", -tp), (f"{ins} contractual adjustment", -td),
                       ("Patient responsibility for this account", to)):
            doc.text(CX[2] + 2, y, lab, "B" if lab.startswith(("Total", "Patient")) else "R", 7.8)
            doc.text(R - 2, y, money(v, ",", "trail"), "B" if lab.startswith(("Total", "Patient")) else "R", 7.8, "r")
            y += 11
        due += to
        claims.append({"claim_id": har, "payer_claim_id": icl, "patient": pat,
                       "totals": claim_totals(tb, None, None, None)})
        fl.y = y + 14
    fl.need(40)
    doc.rect(340, fl.y - 11, R - 340, 18, 0.9)
    doc.text(348, fl.y + 1, "TOTAL AMOUNT DUE", "B", 9)
    doc.text(R - 6, fl.y + 1, money(due, "$"), "B", 10, "r")
    return doc, lines, claims, [], [], "children's hospital outpatient-rehab guarantor statement"


# ========================================================================================= driver
LAYOUTS = [("c1", c1), ("c2", c2), ("m1", m1), ("m2", m2), ("d1", d1), ("d2", d2), ("r1", r1), ("r2", r2),
           ("s1", s1), ("s2", s2)]
ADJ_COMPLETE = {"d2", "r1", "r2"}  # layouts printing every adjustment with group, reason and amount


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    CARRIES.clear()
    for name, fn in LAYOUTS:
        doc, lines, claims, legend, findings, desc = fn(out)
        path = out / f"h150_{name}.pdf"
        n = doc.render(path)
        write_truth(path, f"h150_{name}", doc.producer, n, desc, lines, claims, legend, findings)
        paths.append(path)
    return paths


MONEY = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def money_vals(text: str) -> set:
    out = set()
    for m in MONEY.finditer(text):
        tok = m.group(0)
        neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-")
        v = Decimal(tok.strip("()-$").replace("$", "").replace(",", ""))
        out.add(-v if neg else v)
    return out


def text_lines(page) -> list[str]:
    words = sorted(page.extract_words(keep_blank_chars=False, x_tolerance=1.5), key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list] = []
    for w in words:
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 1.6:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def check(paths: list[Path]) -> int:
    import pdfplumber
    bad = 0
    date_styles = ("mdy2", "mdy4", "mdy6", "mon", "month", "mdyn")

    def fail(msg):
        nonlocal bad
        bad += 1
        print("FAIL", msg)

    total_lines = 0
    for path in paths:
        t = json.loads(Path(str(path) + ".truth.json").read_text())
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != t["pages"]:
                fail(f"{path.name} pages {len(pdf.pages)} != {t['pages']}")
            ptext = [p.extract_text() or "" for p in pdf.pages]
            plines = [text_lines(p) for p in pdf.pages]
        alltext = "\n".join(ptext)
        name = t["layout"].split("_")[1]
        for ln in t["lines"]:
            total_lines += 1
            pg = ln["page"] - 1
            tag = f"{path.name} p{ln['page']} {ln['code']} {ln['service_date']}"
            amts_ = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                              "coinsurance", "not_covered", "discount") if ln[k] is not None]
            ok = False
            for row in plines[pg]:
                if ln["code"] not in row:
                    continue
                vals = money_vals(row)
                if not all(a in vals for a in amts_):
                    continue
                if any(not re.search(rf"(?<![A-Z]){m}(?![A-Z])", row) for m in ln["modifiers"]):
                    continue
                if ln["units"] is not None:
                    toks = set()
                    for tok in row.split():
                        tok = tok.lstrip("x")
                        if re.fullmatch(r"\d+(\.\d+)?", tok):
                            toks.add(Decimal(tok))
                    if Decimal(ln["units"]) not in toks:
                        continue
                ok = True
                break
            if not ok:
                fail(f"{tag}: no single text row holds code, modifiers, units and amounts")
            d = date.fromisoformat(ln["service_date"])
            if not any(dfmt(d, s) in ptext[pg] or dfmt(d, s) in " ".join(plines[pg]) for s in date_styles):
                fail(f"{tag}: service date not on page")
            if ln["service_end"]:
                e = date.fromisoformat(ln["service_end"])
                if not any(dfmt(e, s) in ptext[pg] for s in date_styles):
                    fail(f"{tag}: service end not on page")
            for r in ln["remarks"]:
                if not re.search(rf"\b{re.escape(r)}\b", ptext[pg]):
                    fail(f"{tag}: remark {r} not on page")
            pvals = money_vals(ptext[pg])
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"\b{g}\s*-?\s*{c}\b", ptext[pg]):
                    fail(f"{tag}: adjustment {g}-{c} not on page")
                if a is not None and Decimal(a) not in pvals and -Decimal(a) not in pvals:
                    fail(f"{tag}: adjustment amount {a} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    fail(f"{tag}: {k} {ln[k]!r} not in document text")
            if ln["description"] and ln["description"].split()[0] not in ptext[pg]:
                fail(f"{tag}: description not on page")
            g = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    fail(f"{tag}: billed - discount - not covered != allowed")
            shares = [g[k] for k in ("deductible", "copay", "coinsurance") if g[k] is not None]
            if g["allowed"] is not None and g["paid"] is not None and shares and not ln["remarks"] == ["x"]:
                rest = g["allowed"] - sum(shares)
                if rest != g["paid"] and q(rest * Decimal("0.98")) != g["paid"]:
                    fail(f"{tag}: allowed - patient share != paid")
            if name in ADJ_COMPLETE and ln["adjustments"] and g["billed"] is not None and g["paid"] is not None:
                if g["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != g["paid"]:
                    fail(f"{tag}: billed - adjustments != paid")
        for c in t["claims"]:
            cl = [x for x in t["lines"] if x["claim_id"] == c["claim_id"] and x["payer_claim_id"] == c["payer_claim_id"]]
            if not cl:
                fail(f"{path.name}: claim {c['payer_claim_id']} has no lines")
            for k, v in c["totals"].items():
                vals = [x[k] for x in cl]
                if v is None or not vals or None in vals:
                    continue
                s = sum(Decimal(x) for x in vals)
                if s != Decimal(v):
                    key = c["payer_claim_id"] or c["claim_id"]
                    if not any(key in f for f in t["expected_findings"]):
                        fail(f"{path.name}: claim {key} {k} total {v} != lines {s}")
                if Decimal(v) not in money_vals(alltext) and -Decimal(v) not in money_vals(alltext):
                    fail(f"{path.name}: claim {c['payer_claim_id']} total {k} {v} not printed")
            if c["patient"] and c["patient"] not in alltext:
                fail(f"{path.name}: claim patient {c['patient']} not printed")
        spans = {}
        for x in t["lines"]:
            spans.setdefault((x["claim_id"], x["payer_claim_id"]), set()).add(x["page"])
        carried = [k for k, v in spans.items() if len(v) > 1]
        print(f"{path.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims,"
              f" patients {len({x['patient'] for x in t['lines']})}, claims across pages {len(carried)}")
    files_carrying = sum(1 for p in paths if any(
        len({x["page"] for x in json.loads(Path(str(p) + ".truth.json").read_text())["lines"]
             if (x["claim_id"], x["payer_claim_id"]) == k}) > 1
        for k in {(x["claim_id"], x["payer_claim_id"])
                  for x in json.loads(Path(str(p) + ".truth.json").read_text())["lines"]}))
    if files_carrying < 3:
        fail(f"only {files_carrying} files carry a claim across a page break")
    producers = {json.loads(Path(str(p) + ".truth.json").read_text())["producer"] for p in paths}
    if len(producers) < 2:
        fail("fewer than two producers")
    print(f"{len(paths)} files, {total_lines} lines, {files_carrying} files with a claim across pages;",
          "CHECK PASSED" if not bad else f"CHECK FAILED ({bad} problems)")
    return bad


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if args:
        out = Path(args[0]).resolve()
    else:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout150_"))
    if (ROOT / "samples").resolve() in (out, *out.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    paths = build(out)
    print(f"wrote {len(paths)} PDFs to {out}")
    if "--check" in argv:
        return 1 if check(paths) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
