"""Write the 152nd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: an honest
measurement of the PDF reader on ten everyday documents, two of each of the five commonest real kinds, each in
a house style of its own. Written without looking at the reader, its tests or its scores.

Run:  python bench/heldout152/make_heldout152_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout152/make_heldout152_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed; modifiers [] where none are printed); claim_id = the
provider's own account / patient-control / visit number, payer_claim_id = the payer's claim number / ICN /
TCN / claim control number, patient exactly as printed (the person served, never the guarantor or
subscriber unless the same person). Every name, number, payer, provider, address and ID is invented;
descriptions are our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date,
no randomness). Helper module: pens.py (one pen over both producers, page-flow with breaks).

Layouts:
  v1  commercial member EOB, portrait core Helvetica: "Amount Billed / Network Discount / Allowed Amount / Not
      Covered / Deductible / Copay / Coinsurance / Plan Paid / Your Share / Remark", "code + long description"
      wrapping onto 2-3 text lines, family of three (subscriber, son, daughter), a denied visit-limit line,
      plan-year box, column header repeated and "(continued)" claim line on page 2 (reportlab)
  v2  self-funded employer plan "Statement of Benefits" from a TPA, landscape DejaVu Serif Condensed: shaded
      claim bands "Patient / Relationship / Claim Number / Provider Account Number", "97140 - GP 59", Svc Count,
      Ineligible Charges, per-visit copay, a non-covered line; PLANTED Member Liability total off by $10 on the
      first claim (fpdf2)
  v3  Medicare Summary Notice Part B, Liberation Serif portrait: deductible / "Be Informed!" boxes, per-line
      count prefixed to the service words "2 Therapeutic exercises (97110)", Service Approved? Yes/No, letter
      notes "A, B, D", one beneficiary, three claims, no provider account printed (reportlab)
  v4  Medicare Advantage PPO monthly member EOB, Liberation Sans Narrow portrait: "Jan 6, 2026", code and
      modifiers in parentheses "(97530 GO CO)", Provider charged / Amount the plan approved / Plan's share / Your
      share, a denied prior-auth line with $0 share, numbered notes (fpdf2)
  v5  state Medicaid remittance advice, mainframe print, core Courier: PAID and DENIED sections, recipient / ID /
      ICN / patient account on the first line of each claim only, MMDDYY dates, 4-digit EOB codes, column
      header repeated on page 2 with the continued claim's ids reprinted (reportlab)
  v6  Medicaid managed-care portal RA, landscape DejaVu Sans Condensed: boxed "Claim Status: PAID / DENIED /
      REVERSAL / ADJUSTED" heads with TCN, member copay, CARC "CO-45" with the "PR-3" adjustment stacked on the
      next text line, a reversed prior claim in leading-minus amounts and its replacement (fpdf2)
  v7  Medicare Part B paper-remit format printed by a practice-management system, Liberation Mono: NAME / MID /
      ACNT / ICN claim lines, "0105 010526" service dates, NOS units, GRP/RC-AMT with CO-45, PR-1, PR-2,
      CO-253 stacked one per text line, PT RESP / CLAIM TOTALS / NET, claim continued on page 2 (fpdf2)
  v8  clearinghouse "Remittance Detail Report" of a Medicare payment, landscape Liberation Sans: DOS "1/5/2026",
      separate CPT / Mod / Units, adjustment amounts in Contractual / Seq Red / Other Adj columns and the codes
      glued "CO45 PR2 CO253", per-patient claim totals, header repeated and "(continued)" line on page 2
      (reportlab)
  v9  pediatric therapy clinic family statement with a left sidebar (guarantor, account, amount due), DejaVu
      Sans: three children, visit rows "Visit V-60311 - billed to ..., claim # ...", glued "97530GO", Charges /
      Ins. Paid / Adjust. / You Owe with visit totals, no units printed (reportlab)
  v10 hospital patient statement for a guarantor, Liberation Serif: accounts per patient and service type,
      revenue code column, upper-case wrapped descriptions, CPT/HCPCS with modifiers, Qty, charges only per
      line; payments and contractual adjustments at account level in trailing-minus form (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts and producers; for every truth line,
a text line on its page (pdfplumber words grouped by baseline) that carries its code, its date as printed,
every non-null amount, units, modifiers and remarks, with adjustment codes and amounts on that line or the
stacked lines right under it; ids and patient on the line's page or the one before; the documents' own
arithmetic (billed - adjustments = paid where every adjustment is printed; billed - discount - not covered =
allowed and allowed - deductible - copay - coinsurance = paid on the plan layouts; billed - ins paid - adjust
= you owe on the statement); claim totals = sum of lines (and printed) unless a planted mismatch is declared,
and the planted one really is a mismatch; at least three files with a claim that runs onto the next page.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (  # noqa: E402
    FIXED_WHEN,
    LONG_DESC,
    ZERO,
    PlanState,
    Svc,
    amt,
    claim_totals,
    commercial,
    dfmt,
    medicaid,
    medicare,
    money,
    negate,
    total,
    truth_line,
    units_str,
    write_truth,
)
from eobgen import DESC, FEE, SCHED  # noqa: E402
from pens import Flow, Pen  # noqa: E402

FEE.setdefault("97533", "98.00")
SCHED.setdefault("97533", "38.12")
DESC.setdefault("97533", "Sensory integration")

D = Decimal


def d(m: int, dd: int) -> date:
    return date(2026, m, dd)


def visits(days, combos, mods=(), month: int = 1) -> list[Svc]:
    """Service lines for visits on the given days of the month; combos: per visit a list of (code, units),
    cycled through the visits."""
    out = []
    for i, dd in enumerate(days):
        for code, u in combos[i % len(combos)]:
            out.append(S(date(2026, month, dd), code, u, mods))
    return out


def S(dos: date, code: str, units, mods=(), desc: str = "", denied: str | None = None) -> Svc:
    return Svc(dos, code, D(str(units)), tuple(mods), None, desc, denied)


class Doc:
    """Collects the truth of one PDF while it is drawn. date_fmt: how the layout prints a service date (used by
    --check to find it on the service's text line). adj_complete: every adjustment of a line is printed with its
    amount (so billed - adjustments = paid must hold). stmt: a statement whose line arithmetic is
    billed - paid - other adjustments = patient_owes (adj_col holds the printed adjustment column)."""

    def __init__(self, name: str, producer: str, desc: str, date_fmt, adj_complete: bool = False,
                 plan_math: bool = False):
        self.name, self.producer, self.desc, self.date_fmt = name, producer, desc, date_fmt
        self.adj_complete, self.plan_math = adj_complete, plan_math
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.legend: list[tuple[str, str]] = []
        self.findings: list[str] = []
        self.stmt_adj: dict[int, Decimal] = {}

    def line(self, page: int, s: Svc, cid, pcid, pat, printed, desc: str | None = None, **kw) -> None:
        if desc is not None:
            kw.setdefault("overrides", {})["description"] = desc
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw))

    def claim(self, cid, pcid, pat, **totals) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat,
                            "totals": claim_totals(**totals)})


def cells(pen: Pen, y: float, cols, vals, size: float, bold: bool = False) -> None:
    for (x, al), v in zip(cols, vals):
        pen.text(x, y, v, size, bold, al)


def wrap(pen: Pen, s: str, width: float, size: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pen.width(t, size, bold) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def two_pass(fn):
    """Draw once to learn the page count, then again with 'of N' known."""
    pen, doc = fn(0)
    n = pen.page
    pen, doc = fn(n)
    return pen, doc, n


# ============================================================================================== layouts

def v1(total_pages: int):
    """Commercial member EOB, reportlab Helvetica portrait."""
    pen = Pen("reportlab", False, "Helvetica", FIXED_WHEN)
    doc = Doc("v1_commercial_member_eob", "reportlab", "commercial member EOB, family, repeated header",
              lambda x: dfmt(x, "mdy2"), plan_math=True)
    fam = [
        ("Corinne A. Vasquez-Pell", "Subscriber", "NL-552180-01", "Tidewater Hand & Upper Limb Therapy",
         [[S(d(1, 6), "97165", 1), S(d(1, 6), "97140", 2), S(d(1, 13), "97530", 3), S(d(1, 13), "97760", 1),
           S(d(1, 13), "L3807", 1)]], "TW-30918"),
        ("Mateo J. Vasquez-Pell", "Son", "NL-552180-03", "Littlesteps Pediatric Therapy Group",
         [[S(d(1, 7), "92507", 1), S(d(1, 14), "92507", 1), S(d(1, 21), "92507", 1),
           S(d(1, 28), "92507", 1, denied="PR")],
          visits([5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30],
                 [[("97530", 2), ("97112", 1)], [("97530", 2), ("97535", 1)], [("97530", 3)]])], "LS-7721"),
        ("Ines R. Vasquez-Pell", "Daughter", "NL-552180-04", "Northgate Family Medicine",
         [[S(d(1, 12), "99213", 1)]], "NFM-000415"),
    ]
    st = PlanState(ded_left=D("150.00"), coins_rate=D("0.20"), copay_codes={"99213": D("30.00")})
    claims = []
    n = 0
    for who, rel, mid, prov, groups, acct in fam:
        for g in groups:
            n += 1
            svcs = [commercial(s, st, deny_reason="119") for s in g]
            for s in svcs:
                if s.denied:
                    s.remarks = ["N7"]
                elif s.deductible:
                    s.remarks = ["D1"]
                elif s.code == "L3807":
                    s.remarks = ["S4"]
            claims.append((who, rel, mid, prov, f"{acct}-{n:02d}", f"E26{n:02d}0{n * 7 + 40113}", svcs))
    doc.legend = [("D1", "Part of this allowed amount counted toward your deductible for the plan year."),
                  ("N7", "This visit is past the number of speech therapy visits your plan covers in a year."),
                  ("S4", "Supply item priced from the plan's durable equipment fee list.")]
    L, R = 30, 582
    cols = [(L, "L"), (L + 40, "L"), (268, "R"), (304, "R"), (340, "R"), (374, "R"), (406, "R"), (440, "R"),
            (474, "R"), (510, "R"), (550, "R"), (R, "R")]
    heads = [("Date of", "Service"), ("Service", "(code)"), ("Amount", "Billed"), ("Network", "Discount"),
             ("Allowed", "Amount"), ("Not", "Covered"), ("Deduct-", "ible"), ("Copay", ""),
             ("Co-", "insurance"), ("Plan", "Paid"), ("Your", "Share"), ("Re-", "mark")]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.text(L, 40, "NORTHLIGHT HEALTH PLAN", 15, True)
        p.text(L, 52, "P.O. Box 88104  Harwick, ME 04093   Member Services 1-800-555-0142", 7)
        p.text(R, 40, "EXPLANATION OF BENEFITS", 11, True, "R")
        p.text(R, 52, "THIS IS NOT A BILL", 8, True, "R")
        p.hline(L, R, 58, 1.2)
        if not cont:
            p.text(L, 74, "Corinne A. Vasquez-Pell", 9, True)
            p.text(L, 85, "41 Quarry Ridge Lane", 8)
            p.text(L, 95, "Harwick, ME 04091", 8)
            p.text(360, 74, "Statement date:  02/02/26", 8)
            p.text(360, 85, "Subscriber ID:  NL-552180", 8)
            p.text(360, 95, "Group: Harwick Mills Employee Plan  #0044710", 8)
            p.rect(L, 104, R - L, 40, 0.5, 0.93)
            p.text(L + 6, 116, "Your plan year so far (family)", 8, True)
            p.text(L + 6, 128, "Deductible met: $150.00 of $1,500.00     Out-of-pocket met: $0.00 of $6,000.00", 8)
            p.text(L + 6, 139, "Amounts shown under Your Share are what you may owe the provider. Please wait for "
                   "their bill.", 7)
            f.y = 160
        else:
            p.text(L, 72, "Subscriber: Corinne A. Vasquez-Pell   ID NL-552180   Statement date 02/02/26", 8)
            f.y = 86
        for (x, al), (a, b) in zip(cols, heads):
            p.text(x, f.y, a, 6.6, True, al)
            p.text(x, f.y + 8, b, 6.6, True, al)
        p.hline(L, R, f.y + 11, 0.7)
        f.y += 22

    def footer(f: Flow) -> None:
        p = f.pen
        p.hline(L, R, 760, 0.4)
        p.text(L, 770, "Questions? Call 1-800-555-0142 (TTY 711), Mon-Fri 8am-6pm. Northlight Health Plan, "
               "Harwick, ME.", 6.5)
        p.text(R, 770, f"Page {p.page} of {total_pages or '?'}", 7, False, "R")

    f = Flow(pen, 735, header, footer)
    sz = 6.8
    for who, rel, mid, prov, acct, clm, svcs in claims:
        f.need(60)
        pen.text(L, f.y, f"Patient: {who} ({rel})   Member ID: {mid}", 8, True)
        pen.text(L, f.y + 10, f"Provider: {prov}    Claim number: {clm}    Patient account: {acct}    "
                 f"Processed 01/3{len(acct) % 2}/26", 7.2)
        f.y += 22
        for i, s in enumerate(svcs):
            desc = LONG_DESC.get(s.code, s.desc)
            parts = wrap(pen, f"{s.code} {desc}", 120, sz)
            if f.need(10 * len(parts) + 4):
                pen.text(L, f.y, f"Patient: {who} ({rel}) - Claim number: {clm} (continued)", 8, True)
                f.y += 13
            vals = [dfmt(s.dos, "mdy2"), parts[0], money(s.billed, ","), money(s.discount, ","),
                    money(s.allowed, ","), money(s.not_covered, ","), money(s.deductible, ","),
                    money(s.copay, ","), money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","),
                    " ".join(s.remarks)]
            cells(pen, f.y, cols, vals, sz)
            doc.line(f.page, s, acct, clm, who,
                     ("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                      "paid", "patient_owes"), units=False, modifiers=False, remarks=s.remarks,
                     desc=" ".join(parts)[len(s.code) + 1:])
            for extra in parts[1:]:
                f.y += 8.5
                pen.text(L + 46, f.y, extra, sz)
            f.y += 11
        pen.hline(200, R, f.y - 7, 0.4)
        tt = [total(svcs, a) for a in ("billed", "discount", "allowed", "not_covered", "deductible", "copay",
                                      "coinsurance", "paid", "owes")]
        cells(pen, f.y + 1, [cols[1]] + cols[2:11], ["Claim totals"] + [money(t, "$") for t in tt], sz, True)
        doc.claim(acct, clm, who, billed=tt[0], allowed=tt[2], paid=tt[7], patient_owes=tt[8])
        f.y += 20
    f.need(70)
    pen.text(L, f.y, "Remark codes on this statement", 8, True)
    f.y += 11
    for c, t in doc.legend:
        pen.text(L, f.y, c, 7, True)
        pen.text(L + 24, f.y, t, 7)
        f.y += 9.5
    f.y += 6
    pen.text(L, f.y, "You have the right to appeal. Write to Northlight Appeals Unit, P.O. Box 88190, Harwick, "
             "ME 04093 within 180 days of this notice.", 7)
    f.finish()
    return pen, doc


def v2(total_pages: int):
    """Self-insured plan member EOB via a TPA, fpdf2 DejaVu Serif Condensed landscape."""
    pen = Pen("fpdf2", True, "DejaVuSerifCondensed", FIXED_WHEN)
    doc = Doc("v2_tpa_member_statement", "fpdf2", "self-funded plan statement of benefits, landscape",
              lambda x: dfmt(x, "mdy4"), plan_math=True)
    st = PlanState(ded_left=D("0.00"), visit_copay=D("25.00"))
    data = [
        ("Beatrix Oyelaran", "Employee", "Meadowlark Rehabilitation LLC", "MRL0098213",
         [S(d(1, 5), "97163", 1, ["GP"]), S(d(1, 7), "97110", 3, ["GP"]), S(d(1, 7), "97140", 1, ["GP", "59"]),
          S(d(1, 12), "97110", 2, ["GP"]), S(d(1, 12), "97112", 2, ["GP"]), S(d(1, 14), "97110", 2, ["GP"]),
          S(d(1, 14), "97116", 1, ["GP"]), S(d(1, 19), "97110", 2, ["GP", "KX"]),
          S(d(1, 19), "G0283", 1, ["GP"], denied="CO")]
         + visits([21, 23, 26, 28, 30], [[("97110", 2), ("97112", 1)], [("97110", 2), ("97140", 1)]], ["GP"])),
        ("Kwame Oyelaran", "Spouse", "Cobalt Ridge Speech & Voice", "CRS-55120",
         [S(d(1, 8), "92523", 1, ["GN"]), S(d(1, 15), "92507", 1, ["GN"]), S(d(1, 22), "92507", 1, ["GN"])]),
        ("Adaeze Oyelaran", "Child", "Meadowlark Rehabilitation LLC", "MRL0098377",
         [S(d(1, 20), "97166", 1, ["GO"]), S(d(1, 27), "97530", 2, ["GO"]), S(d(1, 27), "97535", 1, ["GO"])]),
    ]
    L, R = 28, 764
    cols = [(L, "L"), (92, "L"), (222, "L"), (310, "R"), (358, "R"), (408, "R"), (458, "R"), (508, "R"),
            (556, "R"), (604, "R"), (656, "R"), (708, "R"), (R, "R")]
    heads = [("Date(s) of", "Service"), ("Description", ""), ("Procedure /", "Modifiers"), ("Svc", "Count"),
             ("Charges", "Submitted"), ("Network", "Savings"), ("Ineligible", "Charges"), ("Covered", "Charges"),
             ("Applied to", "Deductible"), ("Copay", "Amount"), ("Benefit", "Paid"), ("Member", "Liability"),
             ("Reason", "")]
    doc.legend = [("R12", "Your plan pays in full after the per-visit copay for in-network therapy."),
                  ("R40", "This service is not a covered benefit under your plan document."),
                  ("R77", "Visit limit override approved; see your plan's therapy visit limits.")]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.text(L, 36, "Granite Loom Benefits Administrators", 14, True)
        p.text(L, 48, "Claims administrator for the Thornbury Textile Co. Employee Health Benefit Plan", 8)
        p.text(R, 36, "Statement of Benefits", 13, True, "R")
        p.text(R, 48, "Not a bill - keep for your records", 8, False, "R")
        p.hline(L, R, 54, 0.8)
        if not cont:
            p.text(L, 70, "Beatrix Oyelaran", 9, True)
            p.text(L, 80, "2207 Larkspur Court, Apt 3", 8)
            p.text(L, 90, "Fenwood, OH 43512", 8)
            p.text(500, 70, "Participant ID:  TTC-000-77-4410", 8)
            p.text(500, 80, "Statement Date:  February 2, 2026", 8)
            p.text(500, 90, "Plan Number:  501", 8)
            f.y = 112
        else:
            f.y = 70
        for (x, al), (a, b) in zip(cols, heads):
            p.text(x, f.y, a, 7, True, al)
            p.text(x, f.y + 8.5, b, 7, True, al)
        p.hline(L, R, f.y + 12, 0.6)
        f.y += 24

    def footer(f: Flow) -> None:
        p = f.pen
        p.text(L, 590, "Granite Loom Benefits Administrators, 600 Canal Street, Fenwood OH 43510 - "
               "1-888-555-0177", 6.5)
        p.text(R, 590, f"Page {p.page} of {total_pages or '?'}", 7, False, "R")

    f = Flow(pen, 560, header, footer)
    sz = 7.2
    for k, (who, rel, prov, acct, g) in enumerate(data):
        svcs = []
        for s in g:
            commercial(s, st, deny_reason="96")
            s.remarks = ["R40"] if s.denied else (["R77"] if "KX" in s.mods else ["R12"])
            svcs.append(s)
        clm = f"2026{k + 3}1{k * 37 + 88:03d}5{k}"
        f.need(50)
        pen.rect(L, f.y - 9, R - L, 13, 0.3, 0.9)
        pen.text(L + 4, f.y, f"Patient: {who}   Relationship: {rel}   Provider: {prov}   Claim Number: {clm}"
                 f"   Provider Account Number: {acct}   Received: 01/2{k}/2026", 7.4, True)
        f.y += 15
        for s in svcs:
            f.need(12)
            vals = [dfmt(s.dos, "mdy4"), s.desc[:24], s.code + (" - " + " ".join(s.mods) if s.mods else ""),
                    units_str(s.units), money(s.billed, "$"), money(s.discount, "$"), money(s.not_covered, "$"),
                    money(s.allowed, "$"), money(s.deductible, "$"), money(s.copay, "$"), money(s.paid, "$"),
                    money(s.owes, "$"), s.remarks[0]]
            cells(pen, f.y, cols, vals, sz)
            doc.line(f.page, s, acct, clm, who, ("billed", "discount", "not_covered", "allowed", "deductible",
                                                "copay", "paid", "patient_owes"), remarks=s.remarks,
                     desc=s.desc[:24])
            f.y += 11.5
        f.need(14)
        tt = {a: total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                         "paid", "owes")}
        printed_owes = tt["owes"]
        if k == 0:  # planted: the printed member-liability total is off by $10
            printed_owes = tt["owes"] + D("10.00")
            doc.findings.append(f"claim-total-mismatch claim {clm}: printed Member Liability total "
                                f"{amt(printed_owes)} but the lines add up to {amt(tt['owes'])}")
        pen.hline(270, R, f.y - 8, 0.4)
        cells(pen, f.y, [(96, "L")] + cols[4:12],
              ["Claim Total"] + [money(tt[a], "$") for a in ("billed", "discount", "not_covered", "allowed",
                                                            "deductible", "copay", "paid")]
              + [money(printed_owes, "$")], sz, True)
        doc.claim(acct, clm, who, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                  patient_owes=printed_owes)
        f.y += 20
    f.need(50)
    pen.text(L, f.y, "Reason Code Explanations", 8, True)
    f.y += 10
    for c, t in doc.legend:
        pen.text(L, f.y, f"{c} - {t}", 7)
        f.y += 9
    f.finish()
    return pen, doc


def v3(total_pages: int):
    """Medicare Summary Notice, Part B, reportlab Liberation Serif portrait."""
    pen = Pen("reportlab", False, "LiberationSerif", FIXED_WHEN)
    doc = Doc("v3_msn_part_b", "reportlab", "Medicare Summary Notice Part B, one beneficiary, many claims",
              lambda x: dfmt(x, "mdy4"))
    who = "WENDELL P. ACHTERBERG"
    st = PlanState(ded_left=D("257.00"))
    claims_in = [
        ("Riverbend Outpatient Therapy", "26-014-0077-3120-00", "Referred by: Lucia Farrant",
         [S(d(1, 5), "97161", 1), S(d(1, 5), "97110", 2), S(d(1, 8), "97110", 3), S(d(1, 8), "97140", 1),
          S(d(1, 12), "97110", 2), S(d(1, 12), "97112", 2), S(d(1, 15), "97110", 2), S(d(1, 15), "97116", 1),
          S(d(1, 19), "97110", 3), S(d(1, 19), "97140", 1), S(d(1, 22), "97112", 2),
          S(d(1, 22), "G0283", 1, denied="PR")]),
        ("Elmhurst Valley Medical Associates", "26-020-0518-0044-00", "",
         [S(d(1, 9), "99213", 1)]),
        ("Riverbend Outpatient Therapy", "26-029-0077-4415-00", "Referred by: Lucia Farrant",
         [S(d(1, 26), "97110", 2), S(d(1, 26), "97530", 2), S(d(1, 29), "97110", 2), S(d(1, 29), "97530", 1)]),
    ]
    doc.legend = [("A", "Medicare set the approved amount for this service; your provider accepted it, so you "
                        "are not charged more than the amount shown."),
                  ("B", "Part of the approved amount went toward your yearly Part B deductible."),
                  ("C", "Medicare does not pay for this service when billed this way. You may be billed; ask "
                        "your provider."),
                  ("D", "Payments are lowered by 2% under federal budget law.")]
    L, R = 44, 568
    cols = [(L, "L"), (L + 56, "L"), (296, "C"), (366, "R"), (424, "R"), (474, "R"), (530, "R"), (R, "R")]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.text(L, 44, "Medicare Summary Notice", 18, True)
        p.text(L, 58, "for Part B (Medical Insurance)", 11)
        p.text(R, 44, who, 9, True, "R")
        p.text(R, 56, "Medicare Number  XXXXXXX4KT2", 8, False, "R")
        p.text(R, 67, "Notice date  February 2, 2026", 8, False, "R")
        p.hline(L, R, 74, 1.5)
        if not cont:
            p.text(L, 92, "Your Claims & Costs This Period  (January 1 - January 31, 2026)", 11, True)
            p.rect(L, 100, 250, 64, 0.6)
            p.text(L + 8, 114, "Your Deductible Status", 9, True)
            p.text(L + 8, 127, "Your deductible is what you must pay each year", 7.5)
            p.text(L + 8, 137, "before Medicare starts to pay.", 7.5)
            p.text(L + 8, 152, "You have now met $257.00 of your $257.00 deductible.", 7.5)
            p.rect(L + 264, 100, R - L - 264, 64, 0.6)
            p.text(L + 272, 114, "Be Informed!", 9, True)
            p.text(L + 272, 127, "Check each service below. If you do not recognise a", 7.5)
            p.text(L + 272, 137, "provider or a date, call 1-800-555-0199 and report it.", 7.5)
            f.y = 186
        else:
            f.y = 94
        p.text(L, f.y + 9, "Date of", 7.5, True)
        p.text(L, f.y + 18, "Service", 7.5, True)
        p.text(L + 56, f.y + 18, "Service Provided & Billing Code", 7.5, True)
        for (x, al), hh in zip(cols[2:], [("", "Service", "Approved?"), ("Amount", "Provider", "Charged"),
                                          ("", "Medicare-", "Approved"), ("", "Medicare", "Paid"),
                                          ("Maximum", "You May", "Be Billed"), ("", "See", "Notes")]):
            for k, t in enumerate(hh):
                p.text(x, f.y + 9 * k, t, 7.5, True, al)
        p.hline(L, R, f.y + 22, 0.8)
        f.y += 34

    def footer(f: Flow) -> None:
        p = f.pen
        p.text(L, 768, "Get your Medicare Summary Notices electronically. Visit the secure member site to sign "
               "up.", 7)
        p.text(R, 768, f"Page {p.page} of {total_pages or '?'}", 8, False, "R")

    f = Flow(pen, 742, header, footer)
    sz = 8
    for prov, clm, ref, g in claims_in:
        svcs = [medicare(s, st, deny_reason="96") for s in g]
        for s in svcs:
            s.remarks = ["C"] if s.denied else (["A", "B", "D"] if s.deductible else ["A", "D"])
        f.need(46)
        pen.text(L, f.y, prov, 9, True)
        pen.text(L, f.y + 11, f"Claim number {clm}   {ref}".strip(), 8)
        f.y += 24
        for s in svcs:
            if f.need(12):
                pen.text(L, f.y, f"{prov} - claim number {clm}, continued", 8.5, True)
                f.y += 14
            vals = [dfmt(s.dos, "mdy4"), f"{units_str(s.units)} {s.desc} ({s.code})", "No" if s.denied else "Yes",
                    money(s.billed), money(s.allowed), money(s.paid), money(s.owes), ", ".join(s.remarks)]
            cells(pen, f.y, cols, vals, sz)
            doc.line(f.page, s, None, clm, who, ("billed", "allowed", "paid", "patient_owes"), modifiers=False,
                     remarks=s.remarks)
            f.y += 12
        tt = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        pen.hline(300, R, f.y - 8, 0.5)
        cells(pen, f.y, [(L + 56, "L")] + cols[3:7], ["Total for this claim"] + [money(t) for t in tt], sz, True)
        doc.claim(None, clm, who, billed=tt[0], allowed=tt[1], paid=tt[2], patient_owes=tt[3])
        f.y += 22
    f.need(90)
    pen.text(L, f.y, "Notes for Claims Above", 10, True)
    f.y += 13
    for c, t in doc.legend:
        for i, part in enumerate(wrap(pen, t, R - L - 20, 8)):
            if i == 0:
                pen.text(L, f.y, c, 8, True)
            pen.text(L + 16, f.y, part, 8)
            f.y += 10
    f.finish()
    return pen, doc


def v4(total_pages: int):
    """Medicare Advantage member EOB, fpdf2 Liberation Sans Narrow portrait."""
    pen = Pen("fpdf2", False, "LiberationSansNarrow", FIXED_WHEN)
    doc = Doc("v4_medicare_advantage_eob", "fpdf2", "Medicare Advantage PPO member EOB, monthly",
              lambda x: dfmt(x, "mon"))
    who = "Rosalind M. Okonkwo-Barrie"
    cop = {"97110": D("20.00"), "97530": D("20.00"), "97140": D("20.00"), "97112": D("20.00"),
           "97535": D("20.00"), "97168": D("20.00"), "97165": D("20.00"), "L3807": D("0.00")}
    st = PlanState(ded_left=ZERO, copay_codes=cop, allowed_rate=D("0.46"))
    claims_in = [
        ("Stonebridge Hand Therapy Center", "SHT-2026-00417", "MA2601-88213-07",
         [S(d(1, 6), "97165", 1, ["GO"]), S(d(1, 6), "97760", 1, ["GO"]), S(d(1, 6), "L3807", 1, ["RT"]),
          S(d(1, 9), "97530", 2, ["GO"]), S(d(1, 9), "97140", 1, ["GO", "59"]),
          S(d(1, 13), "97530", 2, ["GO", "CO"]), S(d(1, 13), "97110", 1, ["GO", "CO"]),
          S(d(1, 16), "97530", 2, ["GO"]), S(d(1, 16), "97535", 1, ["GO"]),
          S(d(1, 20), "97530", 2, ["GO", "CO"]), S(d(1, 20), "97112", 1, ["GO", "CO"]),
          S(d(1, 23), "97530", 3, ["GO"])]
         + visits([24, 26, 28], [[("97530", 2), ("97110", 1)], [("97530", 2), ("97112", 1)]], ["GO"])),
        ("Stonebridge Hand Therapy Center", "SHT-2026-00533", "MA2602-10472-02",
         [S(d(1, 27), "97530", 2, ["GO"]), S(d(1, 27), "97140", 1, ["GO"]), S(d(1, 30), "97168", 1, ["GO"])]
         + visits([30], [[("97530", 2), ("97535", 1)]], ["GO"])),
        ("Linden Square Primary Care", "LSPC-771094", "MA2601-90553-11",
         [S(d(1, 14), "99213", 1), S(d(1, 14), "G0283", 1, denied="CO")]),
    ]
    st.copay_codes["99213"] = D("10.00")
    doc.legend = [("1", "Your copay for an outpatient therapy visit is $20 per service line."),
                  ("2", "Supplies fitted by a therapist have no copay under your plan."),
                  ("3", "Not paid: this service was not approved in advance. You do not owe this amount."),
                  ("4", "Provided by a therapy assistant; the plan pays at the assistant rate.")]
    L, R = 36, 576
    cols = [(L, "L"), (L + 60, "L"), (360, "R"), (420, "R"), (476, "R"), (530, "R"), (R, "R")]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.rect(L, 30, R - L, 30, 0.8, 0.88)
        p.text(L + 8, 50, "BAYSHORE SENIOR ADVANTAGE (PPO)", 14, True)
        p.text(R - 8, 50, "Your Explanation of Benefits for January 2026", 9, True, "R")
        if not cont:
            p.text(L, 80, who, 10, True)
            p.text(L, 91, "708 Heron Bluff Road", 8.5)
            p.text(L, 101, "Calder Point, FL 33950", 8.5)
            p.text(340, 80, "Member ID:  BSA40771925", 8.5)
            p.text(340, 91, "Plan: H5599-012", 8.5)
            p.text(340, 101, "Date of this notice: February 2, 2026", 8.5)
            p.rect(L, 112, R - L, 52, 0.5)
            p.text(L + 8, 125, "Your total costs this year for covered medical services", 9, True)
            p.text(L + 8, 138, "You have paid $300.00 toward your $4,900.00 in-network maximum out-of-pocket "
                   "amount.", 8.5)
            p.text(L + 8, 150, "This notice is not a bill. It explains how your plan processed claims from the "
                   "past month.", 8.5)
            p.text(L, 182, "Part C (medical) claims processed in January", 11, True)
            f.y = 200
        else:
            p.text(L, 76, f"{who} - Member ID BSA40771925 - January 2026 (continued)", 8.5)
            f.y = 92
        heads = [("Date", ""), ("Service you received (code)", ""), ("Provider", "charged"),
                 ("Amount the", "plan approved"), ("Plan's", "share"), ("Your", "share"), ("See", "note")]
        for (x, al), (a, b) in zip(cols, heads):
            p.text(x, f.y, a, 8, True, al)
            p.text(x, f.y + 9, b, 8, True, al)
        p.hline(L, R, f.y + 12, 0.7)
        f.y += 24

    def footer(f: Flow) -> None:
        p = f.pen
        p.hline(L, R, 758, 0.4)
        p.text(L, 768, "Bayshore Senior Advantage is a PPO plan with a Medicare contract. Member Services "
               "1-877-555-0160, TTY 711, 8 a.m. - 8 p.m. daily.", 7)
        p.text(R, 778, f"Page {p.page} of {total_pages or '?'}", 7.5, False, "R")

    f = Flow(pen, 738, header, footer)
    sz = 8.4
    for prov, acct, clm, g in claims_in:
        svcs = []
        for s in g:
            commercial(s, st, deny_reason="197")
            if s.denied:
                s.owes = ZERO
                s.remarks = ["3"]
            elif s.code == "L3807":
                s.remarks = ["2"]
            elif "CO" in s.mods:
                s.remarks = ["1", "4"]
            elif s.copay:
                s.remarks = ["1"]
            svcs.append(s)
        f.need(40)
        pen.text(L, f.y, f"Claim {clm}   {prov}   Your account with this provider: {acct}", 9, True)
        f.y += 14
        for s in svcs:
            if f.need(12):
                pen.text(L, f.y, f"Claim {clm} continued from previous page", 8.5, True)
                f.y += 13
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            vals = [dfmt(s.dos, "mon"), f"{s.desc} ({code})", money(s.billed), money(s.allowed), money(s.paid),
                    money(s.owes), " ".join(s.remarks)]
            cells(pen, f.y, cols, vals, sz)
            doc.line(f.page, s, acct, clm, who, ("billed", "allowed", "paid", "patient_owes"), units=False,
                     remarks=s.remarks)
            f.y += 12
        tt = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        pen.hline(300, R, f.y - 8, 0.4)
        cells(pen, f.y, [(L + 60, "L")] + cols[2:6], ["Claim total"] + [money(t) for t in tt], sz, True)
        doc.claim(acct, clm, who, billed=tt[0], allowed=tt[1], paid=tt[2], patient_owes=tt[3])
        f.y += 22
    f.need(70)
    pen.text(L, f.y, "Notes about your claims", 10, True)
    f.y += 12
    for c, t in doc.legend:
        pen.text(L, f.y, f"{c}", 8, True)
        pen.text(L + 14, f.y, t, 8)
        f.y += 10
    f.finish()
    return pen, doc


def v5(total_pages: int):
    """State Medicaid remittance advice, mainframe print, reportlab core Courier portrait."""
    pen = Pen("reportlab", False, "Courier", FIXED_WHEN)
    doc = Doc("v5_medicaid_ra_mainframe", "reportlab", "state Medicaid RA, fixed-width, EOB codes",
              lambda x: dfmt(x, "mdy6"))
    recips = [
        ("TOLLIVER, JASPER K", "7100448213", "PT10044", [
            S(d(1, 5), "97530", 3, ["GO"]), S(d(1, 5), "97535", 1, ["GO"]), S(d(1, 7), "97530", 2, ["GO"]),
            S(d(1, 7), "97112", 2, ["GO"]), S(d(1, 12), "97530", 3, ["GO"]), S(d(1, 14), "97530", 2, ["GO"]),
            S(d(1, 14), "97110", 2, ["GO"]), S(d(1, 19), "97530", 3, ["GO"]), S(d(1, 21), "97530", 2, ["GO"]),
            S(d(1, 21), "97535", 2, ["GO"])] + visits([23, 26, 28, 30], [[("97530", 3), ("97535", 1)],
                                                                       [("97530", 2), ("97112", 2)]], ["GO"])),
        ("AMBROSE-KALU, LILA", "7100519964", "PT10102", [
            S(d(1, 6), "92523", 1, ["GN"]), S(d(1, 13), "92507", 1, ["GN"]), S(d(1, 20), "92507", 1, ["GN"]),
            S(d(1, 27), "92507", 1, ["GN"])]),
        ("DUMONT, ELISE R", "7100630071", "PT10131", [
            S(d(1, 8), "97166", 1, ["GO"]), S(d(1, 8), "97530", 2, ["GO"]), S(d(1, 15), "97530", 3, ["GO"]),
            S(d(1, 15), "97140", 1, ["GO", "59"])] + visits([20, 22, 27, 29], [[("97530", 3)],
                                                                             [("97530", 2), ("97110", 1)]], ["GO"])),
        ("BRANNIGAN, COLM T", "7100702218", "PT10160", visits([5, 12, 19, 26], [[("92507", 1)]], ["GN"])),
        ("FIGUEROA-NYE, TESS", "7100715582", "PT10164", visits([7, 9, 14, 16, 21, 23, 28, 30],
                                                              [[("97530", 2), ("97112", 1)]], ["GO"])),
        ("OYELOWO, SAFIYA", "7100744051", "PT10177",
         [S(d(1, 6), "97165", 1, ["GO"])] + visits([6, 13, 20, 27], [[("97530", 2), ("97535", 1)]], ["GO"])),
        ("TOLLIVER, MAISIE A", "7100448230", "PT10045", [
            S(d(1, 9), "97530", 4, ["GO"], denied="CO"), S(d(1, 9), "97533", 1, ["GO"], desc="Sensory integration",
                                                            denied="CO")]),
    ]
    doc.legend = [("0031", "PAID AT STATE MAXIMUM FEE"), ("0122", "UNITS OVER DAILY LIMIT - PRIOR AUTH REQUIRED"),
                  ("0845", "SERVICE NOT ON APPROVED TREATMENT PLAN"), ("0010", "PAID AS BILLED")]
    W = 117  # characters

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        y = 36
        for ln in [f"{'STATE OF NORTH CASCADIA':<42}{'HEALTH COVERAGE ADMINISTRATION':<62}PAGE {p.page:>4}",
                   f"{'MEDICAL ASSISTANCE PROGRAM':<46}{'REMITTANCE ADVICE':<50}RUN DATE 02/02/26",
                   "PROVIDER: KESTREL KIDS THERAPY PLLC        PROV ID 0091847720     RA NBR 0000618832  "
                   "WARRANT 44190217",
                   "-" * W,
                   f"{'RECIPIENT NAME':<20}  {'RECIP ID':<10}  {'ICN':<15}  {'PAT ACCT':<8} {'SVC-DATE':<8} "
                   f"{'PROC':<5} {'MODS':<5} {'UNITS':>5} {'BILLED':>8} {'ALLOWED':>8} {'PAID':>7}  EOB",
                   "-" * W]:
            p.text(24, y, ln, 7.8)
            y += 10
        f.y = y + 4

    def footer(f: Flow) -> None:
        f.pen.text(24, 770, "*** CONFIDENTIAL RECIPIENT INFORMATION ***" + " " * 50 +
                   f"PAGE {f.pen.page} OF {total_pages or '?'}", 7.8)

    f = Flow(pen, 745, header, footer)
    sections = [("CLAIMS PAID", [r for r in recips if r[2] != "PT10045"]), ("CLAIMS DENIED", [r for r in recips if r[2] == "PT10045"])]
    icn_n = 2026033000410
    for title, group in sections:
        f.need(30)
        pen.text(24, f.y, f"*** {title} ***", 7.8, True)
        f.y += 12
        for name, rid, acct, g in group:
            icn_n += 17
            icn = f"{icn_n}00"
            svcs = []
            for s in g:
                medicaid(s, deny_reason="198")
                if s.denied:
                    s.remarks = ["0122"] if s.code == "97530" else ["0845"]
                else:
                    s.remarks = ["0031"] if s.discount else ["0010"]
                svcs.append(s)
            f.need(20)
            first = True
            for s in svcs:
                if f.need(10):
                    first = True
                lead = f"{name[:20]:<20}  {rid:<10}  {icn:<15}  {acct:<8}" if first else " " * 59
                first = False
                mods = " ".join(s.mods)
                ln = (f"{lead} {dfmt(s.dos, 'mdy6'):<8} {s.code:<5} {mods:<5} {units_str(s.units):>5} "
                      f"{money(s.billed, ''):>8} {money(s.allowed, ''):>8} {money(s.paid, ''):>7}  {s.remarks[0]}")
                pen.text(24, f.y, ln, 7.8)
                doc.line(f.page, s, acct, icn, name, ("billed", "allowed", "paid"), remarks=s.remarks,
                         description=False)
                f.y += 10
            tt = [total(svcs, a) for a in ("billed", "allowed", "paid")]
            pen.text(24, f.y, f"{'':<59} {'CLAIM TOTAL':<26} {money(tt[0], ''):>8} {money(tt[1], ''):>8} "
                     f"{money(tt[2], ''):>7}", 7.8)
            doc.claim(acct, icn, name, billed=tt[0], allowed=tt[1], paid=tt[2])
            f.y += 15
    f.need(80)
    pen.text(24, f.y, "-" * W, 7.8)
    f.y += 10
    pen.text(24, f.y, "EOB CODE MESSAGES", 7.8, True)
    f.y += 10
    for c, t in doc.legend:
        pen.text(24, f.y, f"{c}  {t}", 7.8)
        f.y += 10
    f.finish()
    return pen, doc


def v6(total_pages: int):
    """State Medicaid provider RA from a web portal, fpdf2 DejaVu Sans Condensed landscape, adjustments stacked."""
    pen = Pen("fpdf2", True, "DejaVuSansCondensed", FIXED_WHEN)
    doc = Doc("v6_medicaid_ra_portal", "fpdf2", "Medicaid managed-care RA, CARC stacked, reversal/replacement",
              lambda x: dfmt(x, "mdy4"), adj_complete=True, plan_math=True)

    def mc(s: Svc, copay: D = ZERO) -> Svc:
        medicaid(s, deny_reason="15")
        if copay and not s.denied:
            s.copay = copay
            s.paid -= copay
            s.owes = copay
            s.adjs.append(("PR", "3", copay))
        return s

    orig = [mc(S(date(2025, 12, 29), "97110", 2, ["GP"]), D("3.00")), mc(S(date(2025, 12, 29), "97140", 2, ["GP"]))]
    rev = [negate(s) for s in orig]
    repl = [mc(S(date(2025, 12, 29), "97110", 3, ["GP"]), D("3.00")), mc(S(date(2025, 12, 29), "97140", 2, ["GP"]))]
    claims_in = [
        ("PAID", "Harlan Q. Besseler", "880214765", "BRC-20113", "3126011004471", [
            mc(S(d(1, 6), "97161", 1, ["GP"]), D("3.00")), mc(S(d(1, 6), "97110", 2, ["GP"])),
            mc(S(d(1, 8), "97110", 2, ["GP"]), D("3.00")), mc(S(d(1, 8), "97112", 2, ["GP"])),
            mc(S(d(1, 13), "97110", 3, ["GP"]), D("3.00")), mc(S(d(1, 13), "97116", 1, ["GP"]))]),
        ("PAID", "Yesenia Caraballo-Ruiz", "880377120", "BRC-20188", "3126012009935", [
            mc(S(d(1, 7), "97163", 1, ["GP"])), mc(S(d(1, 7), "97530", 2, ["GP"])),
            mc(S(d(1, 14), "97530", 2, ["GP", "CQ"])), mc(S(d(1, 14), "97110", 2, ["GP", "CQ"]))]),
        ("DENIED", "Otto Lindgren-Shaw", "880511406", "BRC-20204", "3126012011762", [
            mc(S(d(1, 9), "97140", 1, ["GP"], denied="CO")), mc(S(d(1, 9), "97110", 4, ["GP"], denied="CO"))]),
        ("REVERSAL", "Harlan Q. Besseler", "880214765", "BRC-19877", "3125363008120", rev),
        ("ADJUSTED", "Harlan Q. Besseler", "880214765", "BRC-19877", "3126015000318", repl),
    ]
    for _, _, _, _, _, g in claims_in:
        for s in g:
            s.remarks = ["N362"] if s.denied else (["MA01"] if s.billed < 0 else [])
    doc.legend = [("CO-45", "Charge is above the program's fee schedule amount"),
                  ("PR-3", "Member copayment"), ("CO-15", "Authorization number missing or not valid"),
                  ("N362", "Units exceed those authorized"), ("MA01", "Prior payment taken back; see replacement")]
    L, R = 26, 766
    cols = [(L, "L"), (L + 22, "L"), (L + 78, "L"), (206, "L"), (272, "R"), (322, "R"), (374, "R"),
            (420, "R"), (472, "R"), (498, "L"), (590, "R"), (606, "L")]
    heads = ["Ln", "Svc Date", "Description", "Proc / Mod", "Units", "Billed", "Allowed", "Copay", "Paid",
             "Adj Grp-Rsn", "Adj Amt", "Remark"]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.text(L, 36, "Piedmont Crescent Health Partners  |  Medicaid Managed Care", 12, True)
        p.text(L, 48, "Provider Remittance Advice - printed from the provider portal", 8)
        p.text(R, 36, "Payment 02/02/2026   EFT Trace 11-55820931", 8, False, "R")
        p.text(R, 48, "Payee: Brookfall Rehab Center  NPI 1093857712  Tax ID 55-1938002", 8, False, "R")
        p.hline(L, R, 54, 1)
        f.y = 70
        for (x, al), h in zip(cols, heads):
            p.text(x, f.y, h, 7.4, True, al)
        p.hline(L, R, f.y + 4, 0.5)
        f.y += 16

    def footer(f: Flow) -> None:
        f.pen.text(L, 592, "Provider portal - remittance print  |  Keep for your records", 6.5)
        f.pen.text(R, 592, f"Page {f.pen.page} of {total_pages or '?'}", 7, False, "R")

    f = Flow(pen, 566, header, footer)
    sz = 7.4
    for status, who, mid, acct, icn, svcs in claims_in:
        f.need(44)
        pen.rect(L, f.y - 9, R - L, 24, 0.5, 0.94)
        pen.text(L + 4, f.y, f"Claim Status: {status}    TCN {icn}    Member: {who}    Medicaid ID {mid}", 7.8, True)
        extra = "   Replaces TCN 3125363008120" if status == "ADJUSTED" else ""
        pen.text(L + 4, f.y + 10, f"Patient Control No. {acct}    Billing Provider: Brookfall Rehab Center{extra}",
                 7.4)
        f.y += 26
        for i, s in enumerate(svcs, 1):
            f.need(12 + 9 * max(0, len(s.adjs) - 1))
            adj = s.adjs or []
            vals = [str(i), dfmt(s.dos, "mdy4"), s.desc[:22], f"{s.code} {' '.join(s.mods)}", units_str(s.units),
                    money(s.billed, ","), money(s.allowed, ","), money(s.copay, ","), money(s.paid, ","),
                    f"{adj[0][0]}-{adj[0][1]}" if adj else "", money(adj[0][2], ",") if adj else "",
                    " ".join(s.remarks)]
            cells(pen, f.y, cols, vals, sz)
            doc.line(f.page, s, acct, icn, who, ("billed", "allowed", "copay", "paid"), adjustments=s.adjs,
                     remarks=s.remarks, desc=s.desc[:22])
            for g, c, a in adj[1:]:
                f.y += 9
                cells(pen, f.y, cols[9:11], [f"{g}-{c}", money(a, ",")], sz)
            f.y += 12
        tt = [total(svcs, a) for a in ("billed", "allowed", "copay", "paid")]
        pen.hline(230, R, f.y - 8, 0.4)
        cells(pen, f.y, [(L + 78, "L")] + cols[5:9], ["Claim totals"] + [money(t, ",") for t in tt], sz, True)
        doc.claim(acct, icn, who, billed=tt[0], allowed=tt[1], paid=tt[3])
        f.y += 20
    f.need(70)
    pen.text(L, f.y, "Adjustment and remark codes used on this remittance", 8, True)
    f.y += 10
    for c, t in doc.legend:
        pen.text(L, f.y, f"{c}: {t}", 7.4)
        f.y += 9
    f.finish()
    return pen, doc


def v7(total_pages: int):
    """Medicare standard-style paper remittance printed by a practice-management system, fpdf2 LiberationMono."""
    pen = Pen("fpdf2", False, "LiberationMono", FIXED_WHEN)
    doc = Doc("v7_medicare_paper_remit_pm", "fpdf2", "Medicare paper-style remit, stacked CARCs, PM print",
              lambda x: f"{x:%m%d} {x:%m%d%y}", adj_complete=True)
    pats = [
        ("MCCALLISTER, DOROTHY", "8WQ4TE2RN61", "HP-00917", [
            S(d(1, 5), "97110", 2, ["GP"]), S(d(1, 5), "97140", 1, ["GP"]), S(d(1, 7), "97110", 2, ["GP", "KX"]),
            S(d(1, 7), "97112", 1, ["GP", "KX"])], D("60.00")),
        ("PRZYBYLSKI, ANTON", "3JK7MM1YU22", "HP-01044", [
            S(d(1, 6), "97166", 1, ["GO"]), S(d(1, 6), "97530", 2, ["GO"]), S(d(1, 9), "97530", 2, ["GO", "CO"]),
            S(d(1, 9), "97535", 1, ["GO", "CO"])], ZERO),
        ("NAKASHIMA-LORD, FAYE", "5PL2XC8WE09", "HP-01102", [
            S(d(1, 12), "92507", 1, ["GN"]), S(d(1, 12), "92526", 1, ["GN"]),
            S(d(1, 16), "G0283", 1, ["GP"], denied="CO")], ZERO),
        ("MCCALLISTER, DOROTHY", "8WQ4TE2RN61", "HP-00958", [
            S(d(1, 12), "97110", 3, ["GP", "KX"]), S(d(1, 12), "97116", 1, ["GP", "KX"]),
            S(d(1, 14), "97110", 2, ["GP", "KX"]), S(d(1, 14), "97140", 1, ["GP", "KX"]),
            S(d(1, 19), "97110", 2, ["GP", "KX"]), S(d(1, 19), "97112", 2, ["GP", "KX"])]
         + visits([21, 23, 26], [[("97110", 2), ("97140", 1)]], ["GP", "KX"]), ZERO),
        ("ABERNATHY-COLE, ROY", "6TR9WE3QA44", "HP-01163", visits([13, 15, 20, 22, 27],
                                                                  [[("97110", 2), ("97116", 1)]], ["GP"]), D("40.00")),
    ]
    W = 106

    def row(npi="", dates="", pos="", nos="", proc="", mods="", billed="", allowed="", ded="", coins="", grp="",
            adj="", pd=""):
        return (f"{npi:<10}  {dates:<11}  {pos:<2} {nos:>3}  {proc:<5} {mods:<6} {billed:>8} {allowed:>8} "
                f"{ded:>7} {coins:>7}  {grp:<7}{adj:>8}  {pd:>8}").rstrip()

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        y = 34
        rows = ["PRACTICEHARBOR PM   -   ELECTRONIC REMITTANCE PRINT (MEDICARE PART B FORMAT)",
                "PAYER: SOUTHERN PLAINS MEDICARE SERVICES, JURISDICTION 7       PAYER PHONE 1-866-555-0148",
                "PROVIDER: CEDAR HOLLOW THERAPY ASSOCIATES        NPI 1558004721",
                f"CHECK/EFT #: 990210558      REMIT DATE: 02/02/2026      PAGE #: {p.page} OF {total_pages or '?'}",
                "=" * W,
                row("PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS",
                    "GRP/RC", "-AMT", "PROV PD"),
                "=" * W]
        for ln in rows:
            p.text(22, y, ln, 7.4, ln.startswith("PRACTICE"))
            y += 9
        f.y = y + 5

    def footer(f: Flow) -> None:
        f.pen.text(22, 772, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES ON LAST PAGE", 7.4)

    f = Flow(pen, 748, header, footer)
    icn0 = 2226009118430
    npi = "1770412256"
    for k, (name, mbi, acct, g, ded) in enumerate(pats):
        st = PlanState(ded_left=ded)
        svcs = [medicare(s, st, deny_reason="96") for s in g]
        icn = str(icn0 + k * 311)
        f.need(60)
        pen.text(22, f.y, f"NAME {name:<24} MID {mbi}  ACNT {acct:<9} ICN {icn}  ASG Y  MOA MA01", 7.4)
        f.y += 10
        for s in svcs:
            f.need(9 * len(s.adjs) + 4)
            mods = " ".join(s.mods)
            g0, r0, a0 = s.adjs[0]
            ln = row(npi, f"{s.dos:%m%d} {s.dos:%m%d%y}", "11", units_str(s.units), s.code, mods, money(s.billed, ""),
                     money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""), f"{g0}-{r0}",
                     money(a0, ""), money(s.paid, ""))
            pen.text(22, f.y, ln, 7.4)
            doc.line(f.page, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                     adjustments=s.adjs, description=False)
            for gg, rr, aa in s.adjs[1:]:
                f.y += 9
                pen.text(22, f.y, row(grp=f"{gg}-{rr}", adj=money(aa, "")), 7.4)
            f.y += 10
        tt = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        pen.text(22, f.y, f"{'PT RESP ' + money(tt['owes'], ''):<34}{'CLAIM TOTALS':<12}"
                 + row(billed=money(tt["billed"], ""), allowed=money(tt["allowed"], ""),
                       ded=money(tt["deductible"], ""), coins=money(tt["coinsurance"], ""),
                       pd=money(tt["paid"], ""))[46:], 7.4)
        f.y += 9
        pen.text(22, f.y, f"{'':<86}{'NET':<12}{money(tt['paid'], ''):>8}", 7.4)
        doc.claim(acct, icn, name, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                  patient_owes=tt["owes"])
        f.y += 16
    f.need(80)
    pen.text(22, f.y, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", 7.4, True)
    f.y += 10
    for ln in ["CO  PROVIDER WRITE-OFF (CONTRACTUAL)", "PR  PATIENT RESPONSIBILITY",
               "45  AMOUNT OVER THE FEE SCHEDULE", "1   DEDUCTIBLE", "2   COINSURANCE",
               "253 PAYMENT REDUCED UNDER FEDERAL BUDGET LAW", "96  SERVICE NOT COVERED AS BILLED",
               "MA01 YOU MAY ASK FOR A REVIEW OF THIS DECISION IN WRITING"]:
        pen.text(22, f.y, ln, 7.4)
        f.y += 9
    f.finish()
    return pen, doc


def v8(total_pages: int):
    """Clearinghouse 'Remittance Detail Report' of a Medicare payment, reportlab Liberation Sans landscape."""
    pen = Pen("reportlab", True, "LiberationSans", FIXED_WHEN)
    doc = Doc("v8_clearinghouse_remit_report", "reportlab", "clearinghouse remittance detail report, Medicare",
              lambda x: dfmt(x, "mdyn"), adj_complete=True)
    pats = [
        ("Gallagher, Theodora", "GAL4471", "1126029004418", [
            S(d(1, 5), "97163", 1, ["GP"]), S(d(1, 5), "97110", 2, ["GP"]), S(d(1, 8), "97110", 2, ["GP"]),
            S(d(1, 8), "97140", 2, ["GP"]), S(d(1, 12), "97110", 3, ["GP"]), S(d(1, 12), "97116", 1, ["GP"]),
            S(d(1, 15), "97110", 2, ["GP", "CQ"]), S(d(1, 15), "97112", 2, ["GP", "CQ"]),
            S(d(1, 19), "97110", 2, ["GP"]), S(d(1, 19), "97140", 1, ["GP"]), S(d(1, 22), "97110", 2, ["GP"]),
            S(d(1, 22), "97112", 1, ["GP"]), S(d(1, 26), "97110", 3, ["GP", "KX"]),
            S(d(1, 26), "97140", 1, ["GP", "KX"]), S(d(1, 29), "97110", 2, ["GP", "KX"]),
            S(d(1, 29), "97530", 2, ["GP", "KX"])], D("120.00")),
        ("Osei-Lambert, Cyrus", "OSE0935", "1126029004506", [
            S(d(1, 7), "97167", 1, ["GO"]), S(d(1, 7), "97535", 2, ["GO"]), S(d(1, 14), "97530", 3, ["GO"]),
            S(d(1, 14), "97535", 1, ["GO"])], ZERO),
        ("Vukovic, Jelena", "VUK2208", "1126029004611", [
            S(d(1, 20), "92523", 1, ["GN"]), S(d(1, 27), "92507", 1, ["GN"]),
            S(d(1, 27), "97129", 2, ["GN"], denied="CO")], ZERO),
        ("Featherstone, Arlo", "FEA1164", "1126029004730", [S(d(1, 6), "97161", 1, ["GP"])]
         + visits([6, 9, 13, 16, 20, 23, 27, 30], [[("97110", 2), ("97140", 1)], [("97110", 2), ("97112", 1)]],
                  ["GP"]), D("257.00")),
    ]
    L, R = 24, 768
    cols = [(L, "L"), (L + 46, "L"), (L + 80, "L"), (L + 124, "R"), (222, "R"), (268, "R"), (312, "R"),
            (354, "R"), (402, "R"), (444, "R"), (488, "R"), (534, "R"), (546, "L"), (R, "R")]
    heads = [("DOS", ""), ("CPT", ""), ("Mod", ""), ("Units", ""), ("Charge", ""), ("Allowed", ""),
             ("Deduct", ""), ("Coins", ""), ("Contractual", "CO-45"), ("Seq Red", "CO-253"), ("Other Adj", ""),
             ("Ins Paid", ""), ("Adj Codes", ""), ("Pt Resp", "")]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.text(L, 34, "ClaimBridge Exchange", 13, True)
        p.text(L, 46, "Remittance Detail Report", 10)
        p.text(R, 34, "Payer: Great Lakes Medicare Administrative Contractor", 8, False, "R")
        p.text(R, 45, "Payee: Lakeview Rehabilitation Partners  NPI 1881204470", 8, False, "R")
        p.text(R, 56, "Check/EFT 0004419283   Paid 02/02/2026   Report run 02/03/2026 07:14", 8, False, "R")
        p.hline(L, R, 62, 0.8)
        f.y = 78
        for (x, al), (a, b) in zip(cols, heads):
            p.text(x, f.y, a, 7.2, True, al)
            p.text(x, f.y + 8, b, 6.4, False, al)
        p.hline(L, R, f.y + 11, 0.5)
        f.y += 22

    def footer(f: Flow) -> None:
        f.pen.text(L, 594, "ClaimBridge Exchange - confidential health information - do not redistribute", 6.5)
        f.pen.text(R, 594, f"Page {f.pen.page} of {total_pages or '?'}", 7, False, "R")

    f = Flow(pen, 570, header, footer)
    sz = 7.2
    for name, acct, icn, g, ded in pats:
        st = PlanState(ded_left=ded)
        svcs = [medicare(s, st, deny_reason="50") for s in g]
        f.need(40)
        hd = f"Patient: {name}    Patient Acct #: {acct}    Payer Claim Control #: {icn}    Claim status: " \
             f"Processed as primary"
        pen.text(L, f.y, hd, 7.8, True)
        f.y += 12
        for s in svcs:
            if f.need(11):
                pen.text(L, f.y, f"Patient: {name}  Acct # {acct}  (continued)", 7.8, True)
                f.y += 12
            co45 = sum((a for g_, r, a in s.adjs if (g_, r) == ("CO", "45")), ZERO)
            seq = sum((a for g_, r, a in s.adjs if r == "253"), ZERO)
            other = sum((a for g_, r, a in s.adjs if r not in ("45", "253", "1", "2")), ZERO)
            codes = " ".join(f"{g_}{r}" for g_, r, _ in s.adjs)
            vals = [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.deductible, ","), money(s.coinsurance, ","), money(co45, ","),
                    money(seq, ","), money(other, ","), money(s.paid, ","), codes, money(s.owes, ",")]
            cells(pen, f.y, cols, vals, sz)
            doc.line(f.page, s, acct, icn, name, ("billed", "allowed", "deductible", "coinsurance", "paid",
                                                 "patient_owes"), adjustments=s.adjs, description=False)
            f.y += 11
        tt = {a: total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance", "paid", "owes")}
        pen.hline(L, R, f.y - 8, 0.3)
        cells(pen, f.y, [(L + 46, "L"), cols[4], cols[5], cols[6], cols[7], cols[11], cols[13]],
              ["Claim totals", money(tt["billed"], ","), money(tt["allowed"], ","), money(tt["deductible"], ","),
               money(tt["coinsurance"], ","), money(tt["paid"], ","), money(tt["owes"], ",")], sz, True)
        doc.claim(acct, icn, name, billed=tt["billed"], allowed=tt["allowed"], paid=tt["paid"],
                  patient_owes=tt["owes"])
        f.y += 20
    f.need(40)
    pen.text(L, f.y, "Adjustment code key:  CO45 charge exceeds fee schedule   PR1 deductible   PR2 coinsurance   "
             "CO253 sequestration   CO50 not deemed medically necessary by payer", 7)
    f.finish()
    return pen, doc


def v9(total_pages: int):
    """Therapy clinic family statement with a left sidebar, reportlab DejaVu Sans portrait."""
    pen = Pen("reportlab", False, "DejaVuSans", FIXED_WHEN)
    doc = Doc("v9_clinic_family_statement", "reportlab", "pediatric therapy clinic family statement, sidebar",
              lambda x: dfmt(x, "mdy2"))
    st = PlanState(ded_left=D("200.00"), coins_rate=D("0.10"))
    kids = [
        ("Priya Halvorsen", [
            ("V-60311", "CM7750213", [S(d(1, 5), "97530", 2, ["GO"]), S(d(1, 5), "97535", 1, ["GO"])]),
            ("V-60348", "CM7750388", [S(d(1, 12), "97530", 3, ["GO"])]),
            ("V-60402", "CM7750519", [S(d(1, 19), "97530", 2, ["GO"]), S(d(1, 19), "97112", 1, ["GO"])])]),
        ("Soren Halvorsen", [
            ("V-60317", "CM7750244", [S(d(1, 6), "92523", 1, ["GN"])]),
            ("V-60355", "CM7750402", [S(d(1, 13), "92507", 1, ["GN"])]),
            ("V-60410", "CM7750536", [S(d(1, 20), "92507", 1, ["GN"])])]),
        ("Annika Halvorsen", [
            ("V-60330", "CM7750301", [S(d(1, 8), "97167", 1, ["GO"]), S(d(1, 8), "97530", 1, ["GO"])])]),
    ]
    for _, visits in kids:
        for _, _, g in visits:
            for s in g:
                commercial(s, st)
    grand = sum((s.owes for _, visits in kids for _, _, g in visits for s in g), ZERO)
    LX, L, R = 24, 168, 588
    cols = [(L, "L"), (L + 40, "L"), (L + 86, "L"), (452, "R"), (498, "R"), (544, "R"), (R, "R")]
    heads = ["Date", "Code", "Description", "Charges", "Ins. Paid", "Adjust.", "You Owe"]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.rect(LX, 30, 132, 732, 0.4, 0.95)
        p.text(LX + 8, 50, "Wildflower", 13, True)
        p.text(LX + 8, 64, "Children's Therapy", 10, True)
        p.text(LX + 8, 84, "1190 Orchard Mill Rd", 7)
        p.text(LX + 8, 93, "Suite 4", 7)
        p.text(LX + 8, 102, "Brenton, WI 53410", 7)
        p.text(LX + 8, 114, "Billing office", 7)
        p.text(LX + 8, 123, "(608) 555-0193", 7)
        p.text(LX + 8, 150, "Guarantor", 7, True)
        p.text(LX + 8, 160, "Margit Halvorsen", 7)
        p.text(LX + 8, 172, "Family account", 7, True)
        p.text(LX + 8, 182, "WCT-004127", 7)
        p.text(LX + 8, 194, "Statement date", 7, True)
        p.text(LX + 8, 204, "02/02/26", 7)
        if not cont:
            p.rect(LX + 6, 220, 120, 44, 0.8)
            p.text(LX + 12, 234, "Amount due", 8, True)
            p.text(LX + 12, 252, money(grand), 11, True)
        p.text(LX + 8, 300, "Insurance on file", 7, True)
        p.text(LX + 8, 310, "Cormorant Mutual", 7)
        p.text(LX + 8, 319, "Health PPO", 7)
        p.text(L, 48, "Family Statement", 15, True)
        p.text(R, 48, f"Page {p.page} of {total_pages or '?'}", 7.5, False, "R")
        p.text(L, 62, "Services for each child are grouped by visit. Insurance has processed every visit below.",
               7.2)
        p.hline(L, R, 68, 0.8)
        f.y = 84
        for (x, al), h in zip(cols, heads):
            p.text(x, f.y, h, 7.6, True, al)
        p.hline(L, R, f.y + 4, 0.4)
        f.y += 16

    def footer(f: Flow) -> None:
        f.pen.text(L, 776, "Please make checks payable to Wildflower Children's Therapy. Questions about "
                   "insurance? Call us.", 6.8)

    f = Flow(pen, 752, header, footer)
    sz = 7.4
    for kid, visits in kids:
        f.need(40)
        pen.text(L, f.y, f"Patient: {kid}", 9, True)
        f.y += 13
        for visit, clm, g in visits:
            svcs = g
            f.need(14 + 11 * len(svcs))
            pen.text(L + 6, f.y, f"Visit {visit}  -  billed to Cormorant Mutual, claim # {clm}", 7.2)
            f.y += 11
            for s in svcs:
                f.need(11)
                vals = [dfmt(s.dos, "mdy2"), f"{s.code}{s.mods[0]}", s.desc[:34], money(s.billed, ","),
                        money(s.paid, ","), money(s.discount, ","), money(s.owes, ",")]
                cells(pen, f.y, cols, vals, sz)
                doc.line(f.page, s, visit, clm, kid, ("billed", "paid", "patient_owes"), units=False,
                         desc=s.desc[:34])
                doc.stmt_adj[len(doc.lines) - 1] = s.discount
                f.y += 11
            tt = [total(svcs, a) for a in ("billed", "paid", "discount", "owes")]
            cells(pen, f.y, [(L + 86, "L"), cols[3], cols[4], cols[5], cols[6]],
                  ["Visit total", money(tt[0], ","), money(tt[1], ","), money(tt[2], ","),
                   money(tt[3], ",")], sz, True)
            doc.claim(visit, clm, kid, billed=tt[0], paid=tt[1], patient_owes=tt[3])
            f.y += 16
    f.need(40)
    pen.hline(L, R, f.y - 6, 0.8)
    pen.text(L, f.y + 4, "Balance due from guarantor", 9, True)
    pen.text(R, f.y + 4, money(grand), 9, True, "R")
    f.finish()
    return pen, doc


def v10(total_pages: int):
    """Hospital outpatient statement for a family, fpdf2 Liberation Serif portrait."""
    pen = Pen("fpdf2", False, "LiberationSerif", FIXED_WHEN)
    doc = Doc("v10_hospital_family_statement", "fpdf2", "hospital outpatient statement, rev codes, accounts",
              lambda x: dfmt(x, "mdy4"))
    st = PlanState(ded_left=D("400.00"), coins_rate=D("0.20"))
    accts = [
        ("Gideon Farrow-Tate", "40017765", "PHX26-0117-33016", "Outpatient Rehabilitation", [
            ("0434", S(d(1, 5), "97167", 1, ["GO"])), ("0434", S(d(1, 5), "97530", 2, ["GO"])),
            ("0434", S(d(1, 8), "97530", 3, ["GO"])), ("0434", S(d(1, 8), "97140", 1, ["GO", "59"])),
            ("0434", S(d(1, 12), "97530", 2, ["GO"])), ("0434", S(d(1, 12), "97535", 2, ["GO"])),
            ("0274", S(d(1, 12), "L3807", 1, ["LT"])), ("0434", S(d(1, 15), "97530", 2, ["GO"])),
            ("0434", S(d(1, 15), "97112", 1, ["GO"])), ("0434", S(d(1, 19), "97530", 3, ["GO"])),
            ("0434", S(d(1, 22), "97530", 2, ["GO"])), ("0434", S(d(1, 22), "97535", 1, ["GO"]))]
         + [("0434", s) for s in visits([26, 28, 30], [[("97530", 2), ("97140", 1, )], [("97530", 3)]], ["GO"])]),
        ("Lucia Farrow-Tate", "40018802", "PHX26-0121-40877", "Outpatient Speech Pathology", [
            ("0444", S(d(1, 9), "92523", 1, ["GN"])), ("0444", S(d(1, 16), "92507", 1, ["GN"])),
            ("0444", S(d(1, 23), "92507", 1, ["GN"])), ("0444", S(d(1, 30), "92526", 1, ["GN"]))]),
        ("Wren Farrow-Tate", "40018955", "PHX26-0124-41302", "Outpatient Physical Therapy", [
            ("0424", S(d(1, 10), "97161", 1, ["GP"]))] + [("0421", s) for s in visits(
                [13, 17, 20, 24, 27, 31], [[("97110", 2), ("97112", 1)], [("97110", 3)]], ["GP"])]),
        ("Gideon Farrow-Tate", "40019116", "PHX26-0128-51220", "Clinic Visit", [
            ("0510", S(d(1, 26), "99213", 1))]),
    ]
    L, R = 40, 572
    cols = [(L, "L"), (L + 58, "L"), (L + 90, "L"), (L + 290, "L"), (460, "R"), (R, "R")]
    heads = ["Date", "Rev", "Description", "CPT/HCPCS", "Qty", "Charges"]

    def header(f: Flow, cont: bool) -> None:
        p = f.pen
        p.text(L, 42, "St. Anselm Lakeshore Hospital", 16, True)
        p.text(L, 56, "Patient Financial Services  |  2300 Breakwater Avenue, Port Huron Bay, MI 48061", 8)
        p.text(R, 42, "PATIENT STATEMENT", 10, True, "R")
        p.text(R, 56, f"Page {p.page} of {total_pages or '?'}", 8, False, "R")
        p.hline(L, R, 62, 1)
        if not cont:
            p.text(L, 80, "Guarantor: Renata Farrow-Tate", 9, True)
            p.text(L, 91, "55 Tamarack Lane, Port Huron Bay, MI 48060", 8.5)
            p.text(360, 80, "Guarantor no.:  G-0771903", 8.5)
            p.text(360, 91, "Statement date:  02/02/2026", 8.5)
            p.text(360, 102, "Please pay by:  03/04/2026", 8.5)
            f.y = 124
        else:
            f.y = 78
        for (x, al), h in zip(cols, heads):
            p.text(x, f.y, h, 8.5, True, al)
        p.hline(L, R, f.y + 4, 0.5)
        f.y += 16

    def footer(f: Flow) -> None:
        f.pen.text(L, 770, "Financial assistance may be available. Ask about our payment plans: "
                   "(810) 555-0166.", 7.5)

    f = Flow(pen, 748, header, footer)
    sz = 8.4
    for who, acct, clm, svc_type, items in accts:
        svcs = []
        for rev, s in items:
            commercial(s, st)
            svcs.append((rev, s))
        f.need(44)
        pen.text(L, f.y, f"Account {acct}   Patient: {who}   {svc_type}", 9, True)
        f.y += 13
        for rev, s in svcs:
            parts = wrap(pen, s.desc.upper(), 190, sz)
            if f.need(11 * len(parts)):
                pen.text(L, f.y, f"Account {acct} (continued)", 9, True)
                f.y += 13
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            cells(pen, f.y, cols, [dfmt(s.dos, "mdy4"), rev, parts[0], code, units_str(s.units),
                                   money(s.billed, ",")], sz)
            doc.line(f.page, s, acct, clm, who, ("billed",), desc=" ".join(parts))
            for extra in parts[1:]:
                f.y += 10
                pen.text(L + 90, f.y, extra, sz)
            f.y += 12
        tb = sum((s.billed for _, s in svcs), ZERO)
        paid = sum((s.paid for _, s in svcs), ZERO)
        disc = sum((s.discount for _, s in svcs), ZERO)
        owes = tb - paid - disc
        f.need(50)
        pen.hline(L + 290, R, f.y - 8, 0.4)
        for lab, v in [("Total charges", tb),
                       (f"Payment - Tern Valley Health Plan, claim {clm}", -paid),
                       ("Contractual adjustment - Tern Valley Health Plan", -disc),
                       ("Account balance (your responsibility)", owes)]:
            pen.text(L + 90, f.y, lab, sz, lab.startswith(("Total", "Account")))
            pen.text(R, f.y, money(v, ",", "trail"), sz, lab.startswith(("Total", "Account")), "R")
            f.y += 11
        doc.claim(acct, clm, who, billed=tb, paid=paid, patient_owes=owes)
        f.y += 10
    f.finish()
    return pen, doc


LAYOUTS = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10]


# ============================================================================================== writing

def write_all(out: Path) -> dict[str, Doc]:
    out.mkdir(parents=True, exist_ok=True)
    docs = {}
    for fn in LAYOUTS:
        pen, doc, n = two_pass(fn)
        path = out / f"{doc.name}.pdf"
        pen.save(path)
        write_truth(path, doc.name, doc.producer, n, doc.desc, doc.lines, doc.claims, doc.legend, doc.findings)
        docs[doc.name] = doc
    return docs


# ============================================================================================== check

MONEY_RE = re.compile(r"^\(?-?\$?(\d{1,3}(,\d{3})*|\d+)\.\d\d\)?-?$")


def parse_money(w: str) -> Decimal | None:
    w = w.strip(",;")
    if not MONEY_RE.match(w):
        return None
    neg = w.startswith("(") or w.startswith("-") or w.endswith("-") or w.startswith("(-")
    v = D(w.strip("()$-").replace(",", "").replace("$", ""))
    return -v if neg else v


def text_lines(page) -> list[tuple[str, list[str]]]:
    words = sorted(page.extract_words(keep_blank_chars=False, x_tolerance=1.5), key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        if rows and abs(rows[-1][0]["top"] - w["top"]) < 2.5:
            rows[-1].append(w)
        else:
            rows.append([w])
    out = []
    for r in rows:
        r.sort(key=lambda w: w["x0"])
        toks = [w["text"] for w in r]
        out.append((" ".join(toks), toks))
    return out


def check(out: Path, docs: dict[str, Doc]) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    producers, spans, nlines, npages = set(), 0, 0, 0
    for name, doc in docs.items():
        pdf_path = out / f"{name}.pdf"
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        producers.add(truth["producer"])
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"{name}: {len(pdf.pages)} pages, truth says {truth['pages']}")
            pages = [text_lines(p) for p in pdf.pages]
            ptext = [p.extract_text() or "" for p in pdf.pages]
            meta = pdf.metadata or {}
        npages += truth["pages"]
        nlines += len(truth["lines"])
        want = {"reportlab": "reportlab", "fpdf2": "fpdf"}[truth["producer"]]
        if want not in str(meta.get("Producer", "")).lower():
            errs.append(f"{name}: producer is {meta.get('Producer')!r}, truth says {truth['producer']}")
        for i, ln in enumerate(truth["lines"]):
            tag = f"{name} line {i} ({ln['code']} {ln['service_date']})"
            pg = ln["page"] - 1
            rows = pages[pg]
            dstr = doc.date_fmt(date.fromisoformat(ln["service_date"]))
            ok = False
            why = "no text line with code and date"
            for j, (txt, toks) in enumerate(rows):
                if ln["code"] not in txt or dstr not in txt:
                    continue
                moneys = {m for m in (parse_money(t) for t in toks) if m is not None}
                plain = set()
                for t in toks:
                    try:
                        if re.fullmatch(r"\d+(\.\d+)?", t):
                            plain.add(D(t).normalize())
                    except Exception:
                        pass
                words = set(re.split(r"[^A-Za-z0-9]+", txt))
                bad = [k for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                   "coinsurance", "not_covered", "discount")
                       if ln[k] is not None and D(ln[k]) not in moneys]
                if ln["units"] is not None and D(ln["units"]).normalize() not in plain:
                    bad.append("units")
                glued = txt.replace(" ", "")
                bad += [f"mod {m}" for m in ln["modifiers"] if m not in words and ln["code"] + m not in glued]
                bad += [f"remark {r}" for r in ln["remarks"] if r not in words]
                block = rows[j:j + 2 + len(ln["adjustments"])]
                btxt = " ".join(t for t, _ in block)
                bmon = {m for _, tk in block for m in (parse_money(t) for t in tk) if m is not None}
                for g, c, a in ln["adjustments"]:
                    if not re.search(rf"\b{g}\s?-?\s?{c}\b", btxt) or (a is not None and D(a) not in bmon):
                        bad.append(f"adj {g}-{c} {a}")
                if ln["description"] and ln["description"].split()[0] not in txt:
                    bad.append("description")
                if not bad:
                    ok = True
                    break
                why = f"missing {bad} on: {txt[:140]}"
            if not ok:
                errs.append(f"{tag}: {why}")
            near = ptext[pg] + (ptext[pg - 1] if pg else "")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in near:
                    errs.append(f"{tag}: {k} {ln[k]!r} not printed on its page or the one before")
            # the document's own arithmetic
            v = {k: (D(ln[k]) if ln[k] is not None else None) for k in ln if k in (
                "billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                "discount")}
            if doc.adj_complete and ln["adjustments"]:
                if v["billed"] - sum(D(a) for _, _, a in ln["adjustments"]) != v["paid"]:
                    errs.append(f"{tag}: billed - adjustments != paid")
            if doc.plan_math:
                if v["discount"] is not None and v["billed"] - v["discount"] - (v["not_covered"] or 0) != v["allowed"]:
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
                share = [v[k] for k in ("deductible", "copay", "coinsurance") if v[k] is not None]
                if share and v["allowed"] - sum(share) != v["paid"]:
                    errs.append(f"{tag}: allowed - member share != paid")
            if i in doc.stmt_adj and v["billed"] - v["paid"] - doc.stmt_adj[i] != v["patient_owes"]:
                errs.append(f"{tag}: statement line arithmetic")
        spanned = False
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{name}: claim {c['payer_claim_id']} has no lines")
                continue
            if len({ln["page"] for ln in mine}) > 1:
                spanned = True
            for k, tv in c["totals"].items():
                if tv is None or any(ln[k] is None for ln in mine):
                    continue
                s = sum(D(ln[k]) for ln in mine)
                planted = [x for x in truth["expected_findings"] if str(c["payer_claim_id"]) in x]
                if planted:
                    if s == D(tv) and k == "patient_owes":
                        errs.append(f"{name}: planted mismatch is not a mismatch")
                elif s != D(tv):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {k} total {tv} != lines {s}")
                if not any(D(tv) in {m for m in (parse_money(t) for t in toks) if m is not None}
                           for rows in pages for _, toks in rows):
                    errs.append(f"{name}: claim total {k} {tv} not printed")
        spans += spanned
        print(f"  {name:34s} {truth['producer']:9s} pages={truth['pages']} lines={len(truth['lines'])} "
              f"claims={len(truth['claims'])} spans_pages={spanned}")
    if spans < 3:
        errs.append(f"only {spans} files carry a claim that continues onto the next page")
    if len(producers) < 2:
        errs.append("fewer than two producers")
    print(f"  total: {len(docs)} files, {npages} pages, {nlines} service lines, {spans} files with page-spanning claims")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout152_"))
    res = out.resolve()
    if (REPO / "samples").resolve() in (res, *res.parents):
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    docs = write_all(out)
    print(out)
    if "--check" in argv:
        errs = check(out, docs)
        for e in errs:
            print("CHECK FAIL:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
