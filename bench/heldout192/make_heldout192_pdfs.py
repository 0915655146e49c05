"""Write held-out set 192 of synthetic PDF EOB layouts (with truth files) into a folder: ten everyday documents,
two of each of the five commonest real kinds, each in a house style of its own, for one honest measurement of
the PDF reader. Written without looking at the reader, its tests or its scores.

Run:  python bench/heldout192/make_heldout192_pdfs.py [OUT_DIR]          (default: a new temp folder, printed)
      python bench/heldout192/make_heldout192_pdfs.py OUT_DIR --check    (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Drawing goes through h192engine.py (pages recorded as operations, then written
with reportlab or fpdf2). Truth format: the one of samples/pdf/eobgen.py, printed values only, null for what a
layout does not print (units null where no quantity is printed; description null where none is printed);
claim_id = the provider's own account / patient-control / visit-group / hospital-account number, payer_claim_id
= the payer's claim number / ICN / TCN, patient exactly as printed (the person served). Claim "totals" carry
only the per-claim totals the page prints. Adjustments are [group, reason, amount] where the page prints the
amount, amount null where only the code is printed. A "To DOS" equal to the "From DOS" gives service_end null.
Statement "insurance adjustment" columns are recorded as discount. No planted mismatch (expected_findings empty).
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  cm1  commercial member EOB, portrait Liberation Sans (reportlab): grey claim bands "Claim # / Patient (rel) /
       Provider / Your provider's account #", "Service date / What you received / Service code / Submitted
       charges / Plan savings / Not covered / Allowed by plan / Deductible / Copay / Coinsurance / Plan paid /
       You owe / Remark", code glued "97535-GO-59", no units, 3 family members, a 31-line claim continued on
       page 2 with "(continued)" and the header repeated, a non-covered laser line, claim totals, remark legend
  cm2  commercial "Benefits Explanation Statement", landscape DejaVu Sans Condensed with a grey left sidebar of
       plan-year meters on every page (fpdf2): "Amount Charged / Ineligible / Network Savings / Covered Amount /
       Deductible / Copay / Coinsurance / Benefit Paid / Your Responsibility / Msg", Proc. / Mod "GO 59" / Units,
       "Jan 6, 2026", per-visit copay, header at each page top, 3 family members
  msn1 Medicare Summary Notice Part B, portrait DejaVu Serif (reportlab): summary page 1, claims from page 2
       under provider headings, "Service Provided & Billing Code" as "words (97110-GP)", "Did Medicare Approve?",
       Maximum You May Be Billed, note letters, a 53-line claim continued onto page 3 with repeated header
  ma1  Medicare Advantage HMO member EOB, portrait core Helvetica, ruled grid (fpdf2): shaded claim boxes
       "Claim ID / Provider / Your provider's reference", "Date of service / Service / Procedure code / Mod / Qty
       / Provider's charge / Plan-approved / Plan's share / Your share / Why?", "1/7/2026", visit copay, a
       non-covered line, out-of-pocket box
  mcd1 state Medicaid remittance advice, portrait Liberation Mono (reportlab): PAID CLAIMS / ADJUSTED CLAIMS -
       CREDIT / - DEBIT sections, "RECIP: ... ID ... PAT ACCT ... ICN" claim lines, LN / DOS MMDDYY / PROC / MOD /
       UNITS "2.00" / BILLED / ALLOWED / PAID / ADJ "CO45" / ADJ AMT / 4-digit EOB codes, trailing-minus credit
       and its debit, a 41-line claim continued onto page 2 ("*CONTINUED*", header repeated), claim totals
  mcd2 state Medicaid provider-portal "Remittance Advice - Claim Detail", landscape DejaVu Sans, boxed grid
       (fpdf2): claim bars "ICN / Client / Client ID / Provider Claim Ref / Claim Status", From DOS / To DOS
       (mm/dd/yyyy), Units "2.0", wrapped description, "CO-45 12.34" adjustment cell, RARC, line status, a fully
       denied claim (CO-16)
  spr1 clearinghouse reprint of a Medicare standard paper remit, landscape core Courier (reportlab): NAME / MID /
       ACNT / ICN / ASG / MOA claim lines, PERF PROV / SERV DATE "0105 010526" / POS / NOS / PROC / MODS / BILLED
       / ALLOWED / DEDUCT / COINS / GRP/RC-AMT (every adjustment with amount) / RARC / PROV PD, PT RESP and CLAIM
       TOTALS lines, a 48-line claim running onto page 2 under the page heading with "(CONT)"
  pm1  practice-management "Payment Posting Journal" of a Medicare remit, portrait Liberation Sans Narrow (fpdf2):
       claim bands "Pt / Acct# / Payer ICN", Ln / DOS "1/6/2026" / CPT / Mods "GP/KX" / Qty / Charge / Allowed /
       Ded / Coins / Paid / Pt Resp / Adj Codes (codes only) / Rmk, a reversal in parentheses and its
       replacement, claim subtotals
  fs1  pediatric therapy clinic family statement, portrait Liberation Serif (reportlab): guarantor address and
       amount-due box with a detach line, "Patient:" heading per child (3 children) naming the visit group and
       the insurer's claim, Date / Code "97530-GO" / wrapped Description / Charges / Insurance Paid / Insurance
       Adjustment / Your Balance, subtotals, no units
  fs2  hospital itemized outpatient-rehab statement for a family, landscape DejaVu Serif (fpdf2): one hospital
       account per family member with the insurer's claim number, "12-JAN-2026", Rev Code / CPT/HCPCS / Mod /
       Qty / upper-case wrapped Description / Charges / Ins Payments / Contractual Adj / Patient Due, header at
       each page top, account totals

The self-check (--check) tests the factory, not the reader: page counts; for every truth line, its code,
modifiers, printed date, units, every printed amount, remarks and adjustment codes/amounts on ONE text line of
its page (pdfplumber text lines); description words on the page; ids and patients in the document text; the
documents' arithmetic (billed - adjustments = paid where every adjustment amount is printed; billed - discount -
not covered = allowed; allowed - deductible - copay - coinsurance = paid, the 2% payment reduction aside;
statement rows balance); claim totals equal the sum of lines and are printed; at least three files carry a
claim whose rows run onto the next page."""

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
    total,
    truth_line,
    units_str,
    write_truth,
)
from h192engine import Col, Doc, Flow, data_row, header_row  # noqa: E402

D = date

import eobgen  # noqa: E402

eobgen.FEE.update({"97533": "90.00", "97162": "235.00", "92508": "70.00", "97542": "60.00"})
eobgen.SCHED.update({"97533": "33.10", "97162": "101.12", "92508": "24.80", "97542": "25.40"})
eobgen.DESC.update({"97533": "Sensory integration activities", "97162": "PT evaluation, moderate complexity",
                    "92508": "Group speech treatment", "97542": "Wheelchair skills training"})


def svcs(spec, plan=None, st=None):
    """spec rows: (date, code, units, mods[, denied])"""
    out = []
    for r in spec:
        s = Svc(r[0], r[1], r[2], tuple(r[3]), denied=r[4] if len(r) > 4 else None)
        if len(r) > 5:
            s.desc = r[5]
        if plan == "com":
            commercial(s, st)
        elif plan == "mcr":
            medicare(s, st)
        elif plan == "mcd":
            medicaid(s)
        out.append(s)
    return out


def series(start_days, code_sets, mods_by_code, month=1):
    rows = []
    for d in start_days:
        for code, u in code_sets:
            rows.append((D(2026, month, d), code, u, mods_by_code.get(code, ())))
    return rows


def footer_pages(doc: Doc, fmt, y=None, x=None, size=7, style="R", align="R"):
    n = len(doc.pages)
    for i in range(1, n + 1):
        doc.text(x if x is not None else doc.W - doc.m, y if y is not None else doc.H - 20, fmt(i, n), style,
                 size, align, page=i)


META = {}  # layout -> dict(money=fn, date=fn, units=fn, mods=fn, adj=fn, date_on_row=bool)


def claims_run(doc, flow, x, cols, claims, *, size, lh, head_size=None, fill=None, box=False, grid=False,
               head_mode="claim", claim_head, claim_foot=None, truth_kw, row_style="R", gap=6):
    """Lay out claims. head_mode: 'claim' header under each claim heading and repeated on continuation;
    'claim_once' header under the heading only (continuation pages carry none); 'page' header drawn by
    the page-start callback."""
    lines = []
    hs = head_size or size
    for cl in claims:
        flow.cont = None
        flow.need(lh * 6)
        flow.y = claim_head(doc, flow.y, cl, False)
        if head_mode in ("claim", "claim_once"):
            flow.y = header_row(doc, x, flow.y, cols, hs, lh, fill, box)

        def cont(y, cl=cl):
            y = claim_head(doc, y, cl, True)
            if head_mode == "claim":
                y = header_row(doc, x, y, cols, hs, lh, fill, box)
            return y
        flow.cont = cont if head_mode != "claim_once" else (lambda y: y)
        for s in cl["svcs"]:
            pg = data_row(doc, flow, x, cols, s, size, lh, row_style, grid)
            lines.append(truth_line(pg, s, claim_id=cl.get("cid"), payer_claim_id=cl.get("pcid"),
                                    patient=cl.get("patient"), **truth_kw(cl, s)))
        flow.cont = None
        if claim_foot:
            flow.need(lh * 3)
            flow.y = claim_foot(doc, flow.y, cl)
        flow.y += gap
    return lines


def claim_rec(cl, printed_totals):
    t = {k: None for k in ("billed", "allowed", "paid", "patient_owes")}
    attr = {"billed": "billed", "allowed": "allowed", "paid": "paid", "patient_owes": "owes"}
    for k in printed_totals:
        t[k] = total(cl["svcs"], attr[k])
    return {"claim_id": cl.get("cid"), "payer_claim_id": cl.get("pcid"), "patient": cl.get("patient"),
            "totals": claim_totals(**t)}


def adjs_all(s):
    return [(g, c, a) for g, c, a in s.adjs if a]


# ------------------------------------------------------------------ 1. commercial member EOB (reportlab)

def lay_cm1():
    doc = Doc("libsans")
    m = lambda d: money(d, "$")  # noqa: E731
    META["cm1"] = dict(money=m, date=lambda d: dfmt(d, "mdy2"), units=None)
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"))
    kid = series([5, 7, 9, 12, 14, 16, 19, 21, 23, 26], [("97530", 2), ("97535", 1), ("97112", 1)],
                 {"97530": ("GO",), "97535": ("GO", "59"), "97112": ("GO",)})
    kid = [(D(2026, 1, 5), "97166", 1, ("GO",))] + kid
    claims = [
        dict(cid="HPT-55120", pcid="BWH26-0114-3381", patient="Mateo Okafor-Reyes", rel="Son",
             prov="Harborview Pediatric Therapy", svcs=svcs(kid, "com", st)),
        dict(cid="HPT-55187", pcid="BWH26-0121-0442", patient="Lucia Okafor-Reyes", rel="Daughter",
             prov="Harborview Pediatric Therapy",
             svcs=svcs([(D(2026, 1, 8), "92523", 1, ()), (D(2026, 1, 15), "92507", 1, ("GN",)),
                        (D(2026, 1, 22), "92507", 1, ("GN",))], "com", st)),
        dict(cid="00871-3", pcid="BWH26-0127-7719", patient="Dana Okafor-Reyes", rel="Self",
             prov="Tidewater Spine & Sport PT",
             svcs=svcs([(D(2026, 1, 9), "97161", 1, ("GP",)), (D(2026, 1, 9), "97110", 2, ("GP",)),
                        (D(2026, 1, 9), "0552T", 1, (), "PR"), (D(2026, 1, 16), "97140", 1, ("GP", "59")),
                        (D(2026, 1, 16), "97110", 2, ("GP",))], "com", st)),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            s.remarks = ["R7"] if s.denied else (["R2"] if s.deductible else [])
    cols = [
        Col("Service\ndate", 36, lambda s: dfmt(s.dos, "mdy2")),
        Col("What you received", 104, lambda s: s.desc, wrap=True),
        Col("Service\ncode", 50, lambda s: "-".join([s.code, *s.mods])),
        Col("Submitted\ncharges", 38, lambda s: m(s.billed), "R"),
        Col("Plan\nsavings", 34, lambda s: m(s.discount), "R"),
        Col("Not\ncovered", 34, lambda s: m(s.not_covered), "R"),
        Col("Allowed\nby plan", 34, lambda s: m(s.allowed), "R"),
        Col("Deduct-\nible", 32, lambda s: m(s.deductible), "R"),
        Col("Copay", 28, lambda s: m(s.copay), "R"),
        Col("Co-\ninsurance", 34, lambda s: m(s.coinsurance), "R"),
        Col("Plan\npaid", 36, lambda s: m(s.paid), "R"),
        Col("You\nowe", 36, lambda s: m(s.owes), "R"),
        Col("Remark", 28, lambda s: " ".join(s.remarks), "C"),
    ]
    x = doc.m

    def start(doc, p):
        doc.text(x, 40, "BRIGHTWATER HEALTH PLAN", "B", 14)
        doc.text(x, 52, "PO Box 40917  Fenwick, OR 97390  |  Member Services 1-800-555-0147", "R", 7)
        doc.text(doc.W - x, 40, "Explanation of Benefits", "B", 11, "R")
        doc.text(doc.W - x, 52, "THIS IS NOT A BILL", "B", 8, "R")
        if p == 1:
            doc.rect(x, 62, doc.W - 2 * x, 52)
            doc.text(x + 6, 74, "Subscriber: Dana Okafor-Reyes", "B", 8)
            doc.text(x + 6, 86, "Member ID: BWH 660-41-2298    Group: 12244-OR  (Calder Freight Lines)", "R", 7.5)
            doc.text(x + 6, 98, "Statement date: February 3, 2026    Claims processed 01/14/2026 - 02/01/2026", "R", 7.5)
            doc.text(x + 6, 110, "Family deductible met: $650.00 of $1,500.00    Out-of-pocket met: $1,204.16 of "
                     "$6,000.00", "R", 7.5)
            return 128
        doc.text(x, 70, "Subscriber: Dana Okafor-Reyes   Member ID: BWH 660-41-2298", "R", 7.5)
        return 82

    def head(doc, y, cl, cont):
        doc.rect(x, y, doc.W - 2 * x, 24, fill=0.88, stroke=False)
        t = f"Claim # {cl['pcid']}" + ("  (continued)" if cont else "")
        doc.text(x + 4, y + 10, t, "B", 8)
        doc.text(x + 200, y + 10, f"Patient: {cl['patient']} ({cl['rel']})", "B", 8)
        doc.text(x + 4, y + 20, f"Provider: {cl['prov']}   Your provider's account #: {cl['cid']}   "
                 "Network status: In network", "R", 7)
        return y + 28

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.line(x, y, doc.W - x, y)
        doc.text(x + 2, y + 9, "Claim totals", "B", 7)
        cx = x + 36 + 104 + 50
        for c, key in zip(cols[3:12], ["billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                       "coinsurance", "paid", "owes"]):
            doc.text(cx + c.w - 2, y + 9, m(total(ss, key)), "B", 6.5, "R")
            cx += c.w
        return y + 14

    flow = Flow(doc, start, doc.H - 60)
    lines = claims_run(doc, flow, x, cols, claims, size=6.5, lh=8.5, head_size=6.2, fill=None, box=True,
                       claim_head=head, claim_foot=foot,
                       truth_kw=lambda cl, s: dict(printed=("billed", "discount", "not_covered", "allowed",
                                                            "deductible", "copay", "coinsurance", "paid",
                                                            "patient_owes"), units=False, remarks=s.remarks))
    flow.need(60)
    y = flow.y + 6
    doc.text(x, y, "Remark codes", "B", 8)
    legend = [("R2", "Part of this amount counted toward your deductible."),
              ("R7", "Your plan does not cover this service; you may be billed for it.")]
    for i, (c, t) in enumerate(legend):
        doc.text(x, y + 11 * (i + 1), f"{c}  {t}", "R", 7)
    footer_pages(doc, lambda i, n: f"Page {i} of {n}")
    for i in range(1, len(doc.pages) + 1):
        doc.text(doc.m, doc.H - 20, "Questions or an appeal? Call the number on your member card within 180 days.",
                 "R", 6.5, page=i)
    cls = [claim_rec(cl, ("billed", "allowed", "paid", "patient_owes")) for cl in claims]
    return doc, "reportlab", lines, cls, legend, "commercial member EOB, 3 family members, continued claim"


# --------------------------------------------- 2. commercial member EOB, landscape with sidebar (fpdf2)

def lay_cm2():
    doc = Doc("djcond", landscape=True, margin=28)
    m = lambda d: money(d, ",")  # noqa: E731
    META["cm2"] = dict(money=m, date=lambda d: dfmt(d, "mon"), units=units_str, mods=None)
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"))
    st2 = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"))
    claims = [
        dict(cid="ACR-2026-01187", pcid="E26011800455", patient="Ishaan Anand-Whitcomb", rel="Son",
             prov="Alder Creek Rehabilitation",
             svcs=svcs([(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97530", 1, ("GO",)),
                        (D(2026, 1, 13), "97530", 2, ("GO",)), (D(2026, 1, 13), "97112", 1, ("GO", "59")),
                        (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97533", 1, ("GO",)),
                        (D(2026, 1, 27), "97530", 2, ("GO",)), (D(2026, 1, 27), "97535", 1, ("GO",)),
                        (D(2026, 2, 3), "97530", 2, ("GO",)), (D(2026, 2, 3), "97533", 1, ("GO",)),
                        (D(2026, 2, 10), "97530", 2, ("GO",)), (D(2026, 2, 10), "97168", 1, ("GO",))],
                       "com", st)),
        dict(cid="ACR-2026-01203", pcid="E26012200981", patient="Priya Anand-Whitcomb", rel="Self",
             prov="Alder Creek Rehabilitation",
             svcs=svcs([(D(2026, 1, 8), "97162", 1, ("GP",)), (D(2026, 1, 8), "97140", 1, ("GP",)),
                        (D(2026, 1, 15), "97110", 3, ("GP",)), (D(2026, 1, 15), "97116", 1, ("GP",)),
                        (D(2026, 1, 15), "G0283", 1, ("GP",), "PR")], "com", st2)),
        dict(cid="77410", pcid="E26012600112", patient="Rohan Whitcomb", rel="Spouse",
             prov="Northgate Hand & Upper Limb Clinic",
             svcs=svcs([(D(2026, 1, 21), "99213", 1, ()), (D(2026, 1, 21), "97760", 1, ("GO",)),
                        (D(2026, 1, 21), "L3807", 1, ("RT",)), (D(2026, 1, 28), "97760", 2, ("GO", "KX"))],
                       "com", st2)),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            if s.code == "97533":
                pass
    for cl in claims:
        for s in cl["svcs"]:
            s.remarks = ["N14"] if s.denied else (["C3"] if s.copay else [])
    cols = [
        Col("Date of Service", 58, lambda s: dfmt(s.dos, "mon")),
        Col("Service", 112, lambda s: s.desc, wrap=True),
        Col("Proc.", 32, lambda s: s.code),
        Col("Mod", 34, lambda s: " ".join(s.mods)),
        Col("Units", 24, lambda s: units_str(s.units), "R"),
        Col("Amount\nCharged", 44, lambda s: m(s.billed), "R"),
        Col("Ineligible", 40, lambda s: m(s.not_covered), "R"),
        Col("Network\nSavings", 40, lambda s: m(s.discount), "R"),
        Col("Covered\nAmount", 40, lambda s: m(s.allowed), "R"),
        Col("Deductible", 42, lambda s: m(s.deductible), "R"),
        Col("Copay", 32, lambda s: m(s.copay), "R"),
        Col("Coinsurance", 46, lambda s: m(s.coinsurance), "R"),
        Col("Benefit\nPaid", 40, lambda s: m(s.paid), "R"),
        Col("Your\nResponsibility", 52, lambda s: m(s.owes), "R"),
        Col("Msg", 22, lambda s: " ".join(s.remarks), "C"),
    ]
    x = 28 + 110 + 8

    def start(doc, p):
        doc.rect(28, 28, 110, doc.H - 70, fill=0.9, stroke=False)
        doc.text(34, 44, "Cascadia Mutual", "B", 11)
        doc.text(34, 56, "Benefit Plans", "B", 11)
        yy = 80
        for t in ["Member: Priya Anand-Whitcomb", "ID: CMX 4471902-01", "Group: 80914 Lumen Labs",
                  "Plan: Open Access PPO", "", "Plan year 2026 so far", "Deductible (family)", "  $75.00 of $1,000",
                  "Out-of-pocket (family)", "  $392.63 of $7,500", "", "Questions?", "1-888-555-0193",
                  "TTY 711", "cascadiamutual.example"]:
            doc.text(34, yy, t, "B" if t in ("Plan year 2026 so far", "Questions?") else "R", 7)
            yy += 10
        doc.text(x, 44, "Benefits Explanation Statement", "B", 13)
        doc.text(x, 56, "Statement date: Feb 4, 2026    This is not a bill. Keep it with your records.", "R", 7.5)
        y = 66
        return header_row(doc, x, y, cols, 6.3, 8, fill=0.8)

    def head(doc, y, cl, cont):
        t = (f"Patient: {cl['patient']}   Relationship: {cl['rel']}   Claim Number: {cl['pcid']}   "
             f"Provider: {cl['prov']}   Patient Account No.: {cl['cid']}")
        if cont:
            doc.text(x, y + 9, "Claim Number " + cl["pcid"] + " continued from previous page", "B", 7)
            return y + 13
        doc.text(x, y + 9, t, "B", 7)
        doc.line(x, y + 12, doc.W - 28, y + 12, 0.3)
        return y + 14

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.text(x + 2, y + 8, "Total for this claim", "B", 6.5)
        cx = x + sum(c.w for c in cols[:5])
        for c, k in zip(cols[5:14], ["billed", "not_covered", "discount", "allowed", "deductible", "copay",
                                     "coinsurance", "paid", "owes"]):
            doc.text(cx + c.w - 2, y + 8, m(total(ss, k)), "B", 6.5, "R")
            cx += c.w
        return y + 12

    flow = Flow(doc, start, doc.H - 90)
    # a long first claim forces a page turn: add more visits
    lines = claims_run(doc, flow, x, cols, claims, size=6.5, lh=8, head_mode="page", claim_head=head,
                       claim_foot=foot, truth_kw=lambda cl, s: dict(printed=(
                           "billed", "not_covered", "discount", "allowed", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), remarks=s.remarks))
    legend = [("C3", "A fixed copay applies once per visit."), ("N14", "Service excluded under your plan terms.")]
    flow.need(40)
    doc.text(x, flow.y + 8, "Message codes:  " + "   ".join(f"{c} - {t}" for c, t in legend), "R", 6.5)
    footer_pages(doc, lambda i, n: f"Page {i} of {n}", y=doc.H - 24)
    cls = [claim_rec(cl, ("billed", "allowed", "paid", "patient_owes")) for cl in claims]
    return doc, "fpdf2", lines, cls, legend, "commercial member benefits statement with sidebar, 3 family members"


# ------------------------------------------------------------------ 3. Medicare Summary Notice (reportlab)

def lay_msn1():
    doc = Doc("djserif")
    m = lambda d: money(d, "$")  # noqa: E731
    META["msn1"] = dict(money=m, date=lambda d: dfmt(d, "mdy2"), units=None,
                        mods=lambda c, ms: "-".join([c, *ms]))
    st = PlanState(ded_left=Decimal("120.00"))
    rows = series([5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30, 31],
                  [("97110", 2), ("97112", 1), ("97140", 1), ("97116", 1)],
                  {"97110": ("GP",), "97112": ("GP", "KX"), "97140": ("GP", "59"), "97116": ("GP",)})
    rows = [(D(2026, 1, 2), "97163", 1, ("GP",))] + rows
    c1 = svcs(rows, "mcr", st)
    c2 = svcs([(D(2026, 1, 13), "92507", 1, ("GN",)), (D(2026, 1, 20), "92507", 1, ("GN",)),
               (D(2026, 1, 20), "97129", 1, ("GN",), "PR", "Cognitive skills treatment")], "mcr", st)
    for s in c1 + c2:
        s.remarks = ["C"] if s.denied else (["A"] if s.deductible else ["B"])
    pat = "Wendell P. Stroud"
    claims = [dict(cid=None, pcid="26-01610-07736", patient=pat, prov="Prairie Voice & Swallow Center",
                   addr="88 Sumner Ave, Fallow Creek, KS 66019", svcs=c2),
              dict(cid=None, pcid="26-01504-39211", patient=pat, prov="Riverbend Outpatient Rehab",
                   addr="410 Mill Race Rd, Fallow Creek, KS 66019", svcs=c1)]
    cols = [
        Col("Service Date", 52, lambda s: dfmt(s.dos, "mdy2")),
        Col("Service Provided & Billing Code", 176, lambda s: f"{s.desc} ({'-'.join([s.code, *s.mods])})"),
        Col("Did Medicare\nApprove?", 50, lambda s: "No" if s.denied else "Yes", "C"),
        Col("Amount\nProvider\nCharged", 54, lambda s: m(s.billed), "R"),
        Col("Medicare-\nApproved\nAmount", 54, lambda s: m(s.allowed), "R"),
        Col("Amount\nMedicare Paid\nProvider", 58, lambda s: m(s.paid), "R"),
        Col("Maximum You\nMay Be\nBilled", 56, lambda s: m(s.owes), "R"),
        Col("See\nNotes", 40, lambda s: " ".join(s.remarks), "C"),
    ]
    x = doc.m
    pages_first = {"done": False}

    def start(doc, p):
        doc.text(x, 40, "Medicare Summary Notice", "B", 16)
        doc.text(x, 54, f"for Part B (Medical Services and Supplies)     {pat}", "R", 9)
        doc.text(doc.W - x, 40, "Page-top notice date: February 6, 2026", "R", 7, "R")
        if p == 1 and not pages_first["done"]:
            pages_first["done"] = True
            y = 76
            doc.rect(x, y, 250, 150)
            doc.text(x + 8, y + 16, "Your Deductible Status", "B", 10)
            doc.text(x + 8, y + 32, "You have met $120.00 of your $257.00", "R", 8)
            doc.text(x + 8, y + 44, "Part B deductible for 2026.", "R", 8)
            doc.text(x + 8, y + 68, "Total You May Be Billed", "B", 10)
            doc.text(x + 8, y + 84, m(total(c1 + c2, "owes")), "B", 12)
            doc.rect(x + 270, y, doc.W - 2 * x - 270, 150)
            for i, t in enumerate(["Your Medicare Number: 7TQ2-MW4-LX81", "Mailing address on file:",
                                   "Wendell P. Stroud", "1907 Larkspur Ct", "Fallow Creek, KS 66019", "",
                                   "Customer Service: 1-800-555-0102", "This notice is not a bill."]):
                doc.text(x + 278, y + 16 + 12 * i, t, "R", 8)
            doc.text(x, y + 176, "Providers with claims this period", "B", 10)
            doc.text(x, y + 190, "Jan 2, 2026 - Jan 31, 2026  Riverbend Outpatient Rehab", "R", 8)
            doc.text(x, y + 202, "Jan 13, 2026 - Jan 20, 2026  Prairie Voice & Swallow Center", "R", 8)
            doc.text(x, y + 226, "Did Medicare approve all services?  NO - see page 3 or later notes.", "R", 8)
            return 99999.0
        return 70

    def head(doc, y, cl, cont):
        if cont:
            doc.text(x, y + 10, f"{cl['prov']} (continued)    Claim number {cl['pcid']}", "B", 8.5)
            return y + 16
        doc.text(x, y + 10, f"{cl['prov']}, {cl['addr']}", "B", 8.5)
        doc.text(x, y + 22, f"Claim number {cl['pcid']}     Assigned: Yes     Processed Jan 29, 2026", "R", 7.5)
        return y + 28

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.line(x, y, doc.W - x, y)
        doc.text(x + 2, y + 10, "Total for this claim", "B", 7.5)
        cx = x + 52 + 176 + 50
        for c, k in zip(cols[3:7], ["billed", "allowed", "paid", "owes"]):
            doc.text(cx + c.w - 2, y + 10, m(total(ss, k)), "B", 7.5, "R")
            cx += c.w
        return y + 16

    flow = Flow(doc, start, doc.H - 56)
    flow.y = 99999.0
    lines = claims_run(doc, flow, x, cols, claims, size=7.5, lh=11, head_size=7, box=True, claim_head=head,
                       claim_foot=foot, gap=12, truth_kw=lambda cl, s: dict(
                           printed=("billed", "allowed", "paid", "patient_owes"), units=False, remarks=s.remarks))
    legend = [("A", "Some of the approved amount went toward your yearly deductible."),
              ("B", "Medicare paid 80% of the approved amount less a 2% federal payment reduction."),
              ("C", "This service is not covered; the provider told you in advance that you would pay.")]
    flow.need(70)
    doc.text(x, flow.y + 10, "Notes for Claims Above", "B", 10)
    for i, (c, t) in enumerate(legend):
        doc.text(x, flow.y + 24 + 11 * i, f"{c}  {t}", "R", 7.5)
    footer_pages(doc, lambda i, n: f"Page {i} of {n}", y=doc.H - 24)
    cls = [claim_rec(cl, ("billed", "allowed", "paid", "patient_owes")) for cl in claims]
    return doc, "reportlab", lines, cls, legend, "Medicare Summary Notice Part B, claim continued over a page"


# ------------------------------------------------------ 4. Medicare Advantage member EOB (fpdf2, boxed)

def lay_ma1():
    doc = Doc("helv", margin=40)
    m = lambda d: money(d, "$")  # noqa: E731
    META["ma1"] = dict(money=m, date=lambda d: dfmt(d, "mdyn"), units=lambda u: units_str(u), mods=None)
    st = PlanState(visit_copay=Decimal("25.00"), allowed_rate=Decimal("0.55"))
    pat = "Loretta M. Vasquez-Pike"
    claims = [
        dict(cid="SB-118204", pcid="MA2602-0418827", patient=pat, prov="Silverbirch Therapy Partners",
             svcs=svcs([(D(2026, 1, 7), "97166", 1, ("GO",)), (D(2026, 1, 7), "97535", 1, ("GO",)),
                        (D(2026, 1, 14), "97530", 2, ("GO", "CO")), (D(2026, 1, 14), "97535", 1, ("GO",)),
                        (D(2026, 1, 21), "97530", 2, ("GO",)), (D(2026, 1, 21), "97542", 1, ("GO",), "CO")],
                       "com", st)),
        dict(cid="44021-B", pcid="MA2602-0431150", patient=pat, prov="Lakemont Orthopedic Associates",
             svcs=svcs([(D(2026, 1, 16), "99213", 1, ()), (D(2026, 1, 16), "G0283", 1, ("GP",)),
                        (D(2026, 1, 23), "97110", 2, ("GP", "CQ"))], "com", st)),
    ]
    for cl in claims:
        for s in cl["svcs"]:
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else ["2"])
    cols = [
        Col("Date of\nservice", 48, lambda s: dfmt(s.dos, "mdyn")),
        Col("Service", 130, lambda s: s.desc, wrap=True),
        Col("Procedure\ncode", 46, lambda s: s.code),
        Col("Mod", 32, lambda s: " ".join(s.mods)),
        Col("Qty", 22, lambda s: units_str(s.units), "R"),
        Col("Provider's\ncharge", 48, lambda s: m(s.billed), "R"),
        Col("Plan-\napproved", 46, lambda s: m(s.allowed), "R"),
        Col("Plan's\nshare", 46, lambda s: m(s.paid), "R"),
        Col("Your\nshare", 46, lambda s: m(s.owes), "R"),
        Col("Why?", 28, lambda s: " ".join(s.remarks), "C"),
    ]
    x = 40

    def start(doc, p):
        doc.text(x, 46, "EVERGREEN SENIOR ADVANTAGE (HMO)", "B", 12)
        doc.text(x, 58, "Your Explanation of Benefits for January 2026", "R", 9)
        doc.text(doc.W - x, 46, f"Member: {pat}", "R", 8, "R")
        doc.text(doc.W - x, 58, "Member ID: EVS-30017725", "R", 8, "R")
        if p == 1:
            doc.rect(x, 70, doc.W - 2 * x, 58, fill=0.93)
            doc.text(x + 8, 84, "Your total costs for covered drugs and medical care so far in 2026", "B", 8)
            allsv = [s for cl in claims for s in cl["svcs"]]
            doc.text(x + 8, 98, f"Medical services this month: you owe {m(total(allsv, 'owes'))}   Plan paid "
                     f"{m(total(allsv, 'paid'))}", "R", 8)
            doc.text(x + 8, 110, f"Maximum out-of-pocket: {m(total(allsv, 'owes') + Decimal('40.00'))} of "
                     "$4,900.00 met", "R", 8)
            doc.text(x + 8, 122, "This is not a bill. Your providers may send you a bill for your share.", "R", 7)
            return 140
        return 74

    def head(doc, y, cl, cont):
        doc.rect(x, y, doc.W - 2 * x, 26, fill=0.85)
        doc.text(x + 6, y + 11, f"Claim ID: {cl['pcid']}   Provider: {cl['prov']}", "B", 8)
        doc.text(x + 6, y + 22, f"Your provider's reference: {cl['cid']}   Status: Processed", "R", 7.5)
        return y + 28

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.rect(x, y, doc.W - 2 * x, 12)
        doc.text(x + 4, y + 9, "Claim totals", "B", 7)
        cx = x + sum(c.w for c in cols[:5])
        for c, k in zip(cols[5:9], ["billed", "allowed", "paid", "owes"]):
            doc.text(cx + c.w - 2, y + 9, m(total(ss, k)), "B", 7, "R")
            cx += c.w
        return y + 14

    flow = Flow(doc, start, doc.H - 70)
    lines = claims_run(doc, flow, x, cols, claims, size=7, lh=9, head_size=6.8, box=True, grid=True,
                       claim_head=head, claim_foot=foot, gap=14, truth_kw=lambda cl, s: dict(
                           printed=("billed", "allowed", "paid", "patient_owes"), remarks=s.remarks))
    legend = [("1", "Your plan's copay for an outpatient rehabilitation visit."),
              ("2", "Covered in full after the visit copay."),
              ("4", "Not covered by the plan; the provider agreed not to bill you.")]
    flow.need(60)
    doc.text(x, flow.y + 10, "Why? - notes about your claims", "B", 9)
    for i, (c, t) in enumerate(legend):
        doc.text(x, flow.y + 24 + 11 * i, f"{c}.  {t}", "R", 7.5)
    footer_pages(doc, lambda i, n: f"Page {i} of {n}  |  H9921_EOB26 accepted", y=doc.H - 28)
    cls = [claim_rec(cl, ("billed", "allowed", "paid", "patient_owes")) for cl in claims]
    return doc, "fpdf2", lines, cls, legend, "Medicare Advantage member EOB, boxed"


# ------------------------------------------------- 5. state Medicaid RA, monospace portrait (reportlab)

def lay_mcd1():
    doc = Doc("libmono", margin=30)
    m = lambda d: money(d, "", "trail")  # noqa: E731
    META["mcd1"] = dict(money=m, date=lambda d: dfmt(d, "mdy6"), units=lambda u: f"{u:.2f}", mods=None,
                        adj=lambda g, c, a: [f"{g}{c}", m(a)])
    a = svcs(series([5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30],
                    [("97530", 2), ("97110", 1)],
                    {"97530": ("GO",), "97110": ("GO", "59")}), "mcd")
    a = svcs([(D(2026, 1, 5), "97167", 1, ("GO",))], "mcd") + a
    b = svcs([(D(2026, 1, 8), "92507", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
              (D(2026, 1, 15), "92508", 1, ("GN",), "CO")], "mcd")
    e = svcs(series([6, 13, 20, 27], [("97112", 1), ("97140", 1), ("97110", 2)],
                    {"97112": ("GP",), "97140": ("GP",), "97110": ("GP", "CQ")}), "mcd")
    orig = svcs([(D(2025, 12, 11), "97112", 2, ("GP",)), (D(2025, 12, 11), "97140", 1, ("GP",))], "mcd")
    rev = [negate(s) for s in orig]
    repl = svcs([(D(2025, 12, 11), "97112", 2, ("GP",)), (D(2025, 12, 11), "97140", 1, ("GP", "59"))], "mcd")
    for s in a + b + e + rev + repl:
        s.remarks = ["0931"] if s.denied else (["0003"] if s.paid < 0 else ["0102"])
    claims = [
        dict(sec="PAID CLAIMS", cid="TRC104502", pcid="2226012004423", patient="OYELARAN, TEMI",
             rid="400992031", svcs=b),
        dict(sec="PAID CLAIMS", cid="TRC104510", pcid="2226012004431", patient="LINDQVIST, ANSEL",
             rid="402877140", svcs=e),
        dict(sec="PAID CLAIMS", cid="TRC104481", pcid="2226012004417", patient="BRANDT, KESTREL",
             rid="400118273", svcs=a),
        dict(sec="ADJUSTED CLAIMS - CREDIT", cid="TRC103877", pcid="5226012000871", patient="FAIRWEATHER, JUNO",
             rid="401230554", svcs=rev),
        dict(sec="ADJUSTED CLAIMS - DEBIT", cid="TRC103877", pcid="5226012000872", patient="FAIRWEATHER, JUNO",
             rid="401230554", svcs=repl),
    ]
    W = [18, 46, 36, 34, 36, 50, 50, 50, 38, 50, 34]
    cols = [Col("LN", W[0], lambda s: "", "L"),
            Col("DOS", W[1], lambda s: dfmt(s.dos, "mdy6")),
            Col("PROC", W[2], lambda s: s.code),
            Col("MOD", W[3], lambda s: " ".join(s.mods)),
            Col("UNITS", W[4], lambda s: f"{s.units:.2f}", "R"),
            Col("BILLED", W[5], lambda s: m(s.billed), "R"),
            Col("ALLOWED", W[6], lambda s: m(s.allowed), "R"),
            Col("PAID", W[7], lambda s: m(s.paid), "R"),
            Col(" ADJ", W[8], lambda s: " ".join(f"{g}{c}" for g, c, _ in adjs_all(s))),
            Col("ADJ AMT", W[9], lambda s: " ".join(m(v) for _, _, v in adjs_all(s)), "R"),
            Col("EOB", W[10], lambda s: " ".join(s.remarks), "R")]
    # line numbers per claim
    for cl in claims:
        for i, s in enumerate(cl["svcs"], 1):
            s._ln = f"{i:02d}"
    cols[0].fn = lambda s: s._ln
    x = 30
    cur = {"sec": None}

    def start(doc, p):
        doc.text(x, 34, "STATE OF NORTH ALDER - MEDICAL ASSISTANCE PROGRAM", "B", 9)
        doc.text(x, 45, "REMITTANCE ADVICE     PROVIDER: 0071125 ALDERWOOD CHILD THERAPY LLC", "R", 7.5)
        doc.text(x, 55, "RA NUMBER: 0004418  RA DATE: 01/23/26  PAYMENT: EFT 880021457", "R", 7.5)
        doc.text(doc.W - x, 34, f"PAGE {p:>3}", "R", 7.5, "R")
        doc.line(x, 60, doc.W - x, 60)
        return 64

    def head(doc, y, cl, cont):
        if cl["sec"] != cur["sec"] and not cont:
            cur["sec"] = cl["sec"]
            doc.text(x, y + 12, f"*** {cl['sec']} ***", "B", 8)
            y += 16
        doc.text(x, y + 9, f"RECIP: {cl['patient']:<20} ID: {cl['rid']}  PAT ACCT: {cl['cid']}  "
                 f"ICN: {cl['pcid']}" + ("  *CONTINUED*" if cont else ""), "R", 7.2)
        return y + 11

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.text(x + W[0] + W[1], y + 8, "CLAIM TOTAL", "B", 7)
        cx = x + sum(W[:5])
        for w, k in zip(W[5:8], ["billed", "allowed", "paid"]):
            doc.text(cx + w - 2, y + 8, m(total(ss, k)), "B", 7, "R")
            cx += w
        return y + 12

    flow = Flow(doc, start, doc.H - 50)
    lines = claims_run(doc, flow, x, cols, claims, size=7.2, lh=10, claim_head=head, claim_foot=foot, gap=4,
                       truth_kw=lambda cl, s: dict(printed=("billed", "allowed", "paid"), adjustments=adjs_all(s),
                                                   remarks=s.remarks, description=False))
    legend = [("0102", "Paid at the program fee schedule."), ("0931", "Group session not a covered benefit."),
              ("0003", "Credit of an earlier payment; see the debit that replaces it.")]
    flow.need(60)
    doc.text(x, flow.y + 10, "EOB CODE DESCRIPTIONS", "B", 8)
    for i, (c, t) in enumerate(legend):
        doc.text(x, flow.y + 20 + 9 * i, f"{c}  {t}", "R", 7)
    cls = [claim_rec(cl, ("billed", "allowed", "paid")) for cl in claims]
    return doc, "reportlab", lines, cls, legend, "state Medicaid RA, credit/debit adjustment, continued claim"


# --------------------------------------- 6. state Medicaid provider-portal RA, landscape boxed (fpdf2)

def lay_mcd2():
    doc = Doc("djsans", landscape=True, margin=30)
    m = lambda d: money(d, ",")  # noqa: E731
    META["mcd2"] = dict(money=m, date=lambda d: dfmt(d, "mdy4"), units=lambda u: f"{u:.1f}", mods=None,
                        adj=lambda g, c, a: [f"{g}-{c}", m(a)])
    c1 = svcs([(D(2026, 1, 12), "97165", 1, ("GO",)), (D(2026, 1, 12), "97533", 2, ("GO",)),
               (D(2026, 1, 19), "97533", 2, ("GO",)), (D(2026, 1, 19), "97530", 1, ("GO", "59")),
               (D(2026, 1, 26), "97533", 2, ("GO",))], "mcd")
    c2 = svcs([(D(2026, 1, 14), "92523", 1, ("GN",)), (D(2026, 1, 21), "92507", 1, ("GN",)),
               (D(2026, 1, 28), "92507", 1, ("GN",))], "mcd")
    c3 = svcs([(D(2026, 1, 9), "97161", 1, ("GP",), "CO"), (D(2026, 1, 9), "97110", 2, ("GP",), "CO")], "mcd",
              )
    for s in c3:
        s.adjs = [("CO", "16", s.billed)]
        s.remarks = ["M51"]
    for s in c1 + c2:
        s.remarks = ["N130"] if s.code == "97533" else []
    claims = [
        dict(cid="PF-0098812", pcid="1026014503328", patient="Ximena Castellanos-Hart", mid="NA72104498",
             status="Paid", svcs=c1),
        dict(cid="PF-0098813", pcid="1026014503329", patient="Benedikt Castellanos-Hart", mid="NA72104512",
             status="Paid", svcs=c2),
        dict(cid="PF-0098840", pcid="1026014503441", patient="Odalys Fenwick", mid="NA70933167",
             status="Denied", svcs=c3),
    ]
    cols = [
        Col("Ln", 20, lambda s: s._ln),
        Col("From DOS", 54, lambda s: dfmt(s.dos, "mdy4")),
        Col("To DOS", 54, lambda s: dfmt(s.dos, "mdy4")),
        Col("Procedure", 46, lambda s: s.code),
        Col("Modifiers", 44, lambda s: " ".join(s.mods)),
        Col("Units", 30, lambda s: f"{s.units:.1f}", "R"),
        Col("Description", 126, lambda s: s.desc, wrap=True),
        Col("Billed Amt", 50, lambda s: m(s.billed), "R"),
        Col("Allowed Amt", 54, lambda s: m(s.allowed), "R"),
        Col("Paid Amt", 48, lambda s: m(s.paid), "R"),
        Col("Adjustment", 70, lambda s: "  ".join(f"{g}-{c} {m(a)}" for g, c, a in adjs_all(s))),
        Col("RARC", 36, lambda s: " ".join(s.remarks)),
        Col("Line Status", 50, lambda s: "Denied" if s.denied else "Paid"),
    ]
    for cl in claims:
        for i, s in enumerate(cl["svcs"], 1):
            s._ln = str(i)
    x = 30
    tw = sum(c.w for c in cols)

    def start(doc, p):
        doc.text(x, 40, "North Alder Medicaid Provider Portal", "B", 12)
        doc.text(x, 53, "Remittance Advice - Claim Detail      Payee: Meadowlark Speech & OT Group   NPI 1902847716  "
                 "  Payment date 02/02/2026   Check/EFT 0001187402", "R", 7.5)
        doc.line(x, 58, x + tw, 58, 1)
        return 66

    def head(doc, y, cl, cont):
        doc.rect(x, y, tw, 15, fill=0.9)
        doc.text(x + 4, y + 10.5, f"ICN {cl['pcid']}   Client: {cl['patient']}   Client ID: {cl['mid']}   "
                 f"Provider Claim Ref: {cl['cid']}   Claim Status: {cl['status']}", "B", 7)
        return y + 17

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.rect(x, y, tw, 12)
        doc.text(x + 4, y + 9, "Claim Totals", "B", 7)
        cx = x + sum(c.w for c in cols[:7])
        for c, k in zip(cols[7:10], ["billed", "allowed", "paid"]):
            doc.text(cx + c.w - 2, y + 9, m(total(ss, k)), "B", 7, "R")
            cx += c.w
        return y + 14

    flow = Flow(doc, start, doc.H - 50)
    lines = claims_run(doc, flow, x, cols, claims, size=7, lh=9, head_size=6.8, fill=0.97, box=True, grid=True,
                       claim_head=head, claim_foot=foot, gap=10,
                       truth_kw=lambda cl, s: dict(printed=("billed", "allowed", "paid"), adjustments=adjs_all(s),
                                                   remarks=s.remarks))
    legend = [("N130", "Benefit limits apply; check the member's remaining visits."),
              ("M51", "Procedure code missing or invalid for the billed diagnosis."),
              ("CO-16", "Claim lacks information needed to decide it."),
              ("CO-45", "Charge exceeds the program fee schedule.")]
    flow.need(60)
    doc.text(x, flow.y + 10, "Code glossary", "B", 8)
    for i, (c, t) in enumerate(legend):
        doc.text(x, flow.y + 21 + 9 * i, f"{c}: {t}", "R", 7)
    footer_pages(doc, lambda i, n: f"Page {i} of {n}", y=doc.H - 22)
    cls = [claim_rec(cl, ("billed", "allowed", "paid")) for cl in claims]
    return doc, "fpdf2", lines, cls, legend, "Medicaid portal RA, boxed claims, denied claim"


# ----------------------------- 7. clearinghouse reprint of a Medicare standard paper remit (reportlab)

def lay_spr1():
    doc = Doc("courier", landscape=True, margin=28)
    m = lambda d: money(d, "")  # noqa: E731
    META["spr1"] = dict(money=m, date=lambda d: dfmt(d, "mdy6"), units=lambda u: units_str(u), mods=None,
                        adj=lambda g, c, a: [f"{g}-{c}", m(a)])
    st1 = PlanState(ded_left=Decimal("0.00"))
    st2 = PlanState(ded_left=Decimal("60.00"))
    st3 = PlanState(ded_left=Decimal("0.00"))
    r1 = series([5, 6, 7, 9, 12, 13, 14, 16, 19, 20, 21, 23, 26, 27, 28, 30],
                [("97110", 2), ("97140", 1), ("97112", 1)], {"97110": ("GP",), "97140": ("GP", "59"),
                                                             "97112": ("GP", "KX")})
    c1 = svcs(r1, "mcr", st1)
    c2 = svcs([(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 8), "97530", 3, ("GO", "KX")),
               (D(2026, 1, 13), "97530", 2, ("GO", "CO")), (D(2026, 1, 13), "97150", 1, ("GO",), "CO")],
              "mcr", st2)
    c3 = svcs([(D(2026, 1, 15), "92507", 1, ("GN",)), (D(2026, 1, 22), "92526", 1, ("GN",))], "mcr", st3)
    for s in c1 + c2 + c3:
        s.remarks = ["N20"] if s.denied else []
    claims = [
        dict(cid="QH26-00417", pcid="0226027104180", patient="HOLLOWAY, ARTEMUS", mid="3NK8WD2PX40", svcs=c1),
        dict(cid="QH26-00433", pcid="0226027104199", patient="MIRANDA-SOLE, BEATRIZ", mid="6RT2EJ7LM19", svcs=c2),
        dict(cid="QH26-00451", pcid="0226027104207", patient="ODUYA, CLEMENT", mid="1FA4HC9QN55", svcs=c3),
    ]
    npi = "1740228813"
    W = [64, 78, 26, 26, 40, 44, 54, 54, 50, 50, 160, 30, 54]
    cols = [Col("PERF PROV", W[0], lambda s: npi),
            Col("SERV DATE", W[1], lambda s: f"{s.dos:%m%d} {dfmt(s.dos, 'mdy6')}"),
            Col("POS", W[2], lambda s: "11"),
            Col("NOS", W[3], lambda s: units_str(s.units), "R"),
            Col(" PROC", W[4], lambda s: " " + s.code),
            Col("MODS", W[5], lambda s: " ".join(s.mods)),
            Col("BILLED", W[6], lambda s: m(s.billed), "R"),
            Col("ALLOWED", W[7], lambda s: m(s.allowed), "R"),
            Col("DEDUCT", W[8], lambda s: m(s.deductible), "R"),
            Col("COINS", W[9], lambda s: m(s.coinsurance), "R"),
            Col("  GRP/RC-AMT", W[10], lambda s: "  " + "  ".join(f"{g}-{c} {m(a)}" for g, c, a in adjs_all(s))),
            Col("RARC", W[11], lambda s: " ".join(s.remarks)),
            Col("PROV PD", W[12], lambda s: m(s.paid), "R")]
    x = 28

    def start(doc, p):
        doc.text(x, 30, "PINNACLE CLAIMS EXCHANGE - REMITTANCE REPRINT (STANDARD PAPER FORMAT)", "B", 8)
        doc.text(x, 40, "PAYER: GREAT PLAINS MEDICARE SERVICES, JURISDICTION 7B      PROVIDER #: 1740228813 "
                 "QUAIL HOLLOW REHAB INC", "R", 7)
        doc.text(x, 50, "CHECK/EFT #: 990014477302   DATE: 02/03/2026   REMIT SEQ 000311", "R", 7)
        doc.text(doc.W - x, 30, f"PAGE #: {p} OF @N@", "R", 7, "R")
        y = 54
        doc.line(x, y, doc.W - x, y)
        return header_row(doc, x, y, cols, 7, 9, style="B")

    def head(doc, y, cl, cont):
        doc.text(x, y + 9, f"NAME {cl['patient']:<22} MID {cl['mid']}  ACNT {cl['cid']}  ICN {cl['pcid']}  "
                 f"ASG Y MOA MA01" + ("  (CONT)" if cont else ""), "R", 7)
        return y + 11

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.text(x, y + 8, f"PT RESP {m(total(ss, 'owes'))}", "R", 7)
        doc.text(x + W[0] + W[1] + W[2], y + 8, "CLAIM TOTALS", "R", 7)
        cx = x + sum(W[:6])
        for w, k in zip(W[6:10], ["billed", "allowed", "deductible", "coinsurance"]):
            doc.text(cx + w - 2, y + 8, m(total(ss, k)), "R", 7, "R")
            cx += w
        doc.text(doc.W - x, y + 8, m(total(ss, "paid")), "R", 7, "R")
        return y + 11

    flow = Flow(doc, start, doc.H - 40)
    lines = claims_run(doc, flow, x, cols, claims, size=7, lh=9.5, head_mode="page", claim_head=head,
                       claim_foot=foot, gap=6, truth_kw=lambda cl, s: dict(
                           printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                           adjustments=adjs_all(s), remarks=s.remarks, description=False))
    # page-number fix-up
    n = len(doc.pages)
    for pg in doc.pages:
        for i, op in enumerate(pg):
            if op[0] == "t" and "@N@" in op[3]:
                pg[i] = op[:3] + (op[3].replace("@N@", str(n)),) + op[4:]
    legend = [("N20", "Service not paid separately when billed with the other services of the day.")]
    flow.need(40)
    doc.text(x, flow.y + 10, "GLOSSARY: N20 " + legend[0][1] + "  CO-45, PR-1, PR-2, CO-253 per standard "
             "adjustment lists.", "R", 6.5)
    cls = [claim_rec(cl, ("billed", "allowed", "paid", "patient_owes")) for cl in claims]
    return doc, "reportlab", lines, cls, legend, "clearinghouse reprint of a Medicare standard paper remit"


# ---------------------------------- 8. practice-management payment posting report, portrait (fpdf2)

def lay_pm1():
    doc = Doc("libnarrow", margin=30)
    m = lambda d: money(d, ",", "()")  # noqa: E731
    META["pm1"] = dict(money=m, date=lambda d: dfmt(d, "mdyn"), units=lambda u: units_str(u),
                       mods=lambda c, ms: "/".join(ms) if ms else None, adj=lambda g, c, a: [f"{g}{c}"])
    st = PlanState(ded_left=Decimal("45.00"))
    c1 = svcs([(D(2026, 1, 6), "97161", 1, ("GP",)), (D(2026, 1, 6), "97110", 2, ("GP", "KX")),
               (D(2026, 1, 8), "97112", 2, ("GP",)), (D(2026, 1, 8), "97116", 1, ("GP",)),
               (D(2026, 1, 13), "97110", 2, ("GP", "CQ")), (D(2026, 1, 13), "0552T", 1, (), "CO")], "mcr", st)
    c2 = svcs([(D(2026, 1, 7), "97168", 1, ("GO",)), (D(2026, 1, 7), "97535", 2, ("GO",)),
               (D(2026, 1, 14), "97535", 2, ("GO",)), (D(2026, 1, 14), "97530", 1, ("GO",))], "mcr",
              PlanState())
    prior = svcs([(D(2025, 12, 17), "97530", 2, ("GO",))], "mcr", PlanState())
    rv = [negate(prior[0])]
    c3 = rv + svcs([(D(2025, 12, 17), "97530", 2, ("GO", "KX"))], "mcr", PlanState())
    for s in c1 + c2 + c3:
        s.remarks = ["N425"] if s.denied else (["MA67"] if s.paid < 0 else [])
    claims = [
        dict(cid="CH-30118", pcid="2126013308221", patient="PETTIGREW, ELOISE M", svcs=c1),
        dict(cid="CH-30125", pcid="2126013308240", patient="NAKASHIMA, ORVILLE", svcs=c2),
        dict(cid="CH-29871", pcid="2126013308255", patient="ABERNATHY-COLE, RUTH", svcs=c3),
    ]
    for cl in claims:
        for i, s in enumerate(cl["svcs"], 1):
            s._ln = str(i)
    cols = [Col("Ln", 16, lambda s: s._ln),
            Col("DOS", 44, lambda s: dfmt(s.dos, "mdyn")),
            Col("CPT", 30, lambda s: s.code),
            Col("Mods", 36, lambda s: "/".join(s.mods)),
            Col("Qty", 18, lambda s: units_str(s.units), "R"),
            Col("Charge", 44, lambda s: m(s.billed), "R"),
            Col("Allowed", 42, lambda s: m(s.allowed), "R"),
            Col("Ded", 34, lambda s: m(s.deductible), "R"),
            Col("Coins", 36, lambda s: m(s.coinsurance), "R"),
            Col("Paid", 42, lambda s: m(s.paid), "R"),
            Col("Pt Resp", 38, lambda s: m(s.owes), "R"),
            Col("Adj Codes", 86, lambda s: " ".join(f"{g}{c}" for g, c, _ in adjs_all(s))),
            Col("Rmk", 32, lambda s: " ".join(s.remarks)),
            Col("Posted", 34, lambda s: "Y")]
    x = 30
    tw = sum(c.w for c in cols)

    def start(doc, p):
        doc.text(x, 36, "TherapyDesk PM  -  Payment Posting Journal", "B", 11)
        doc.text(x, 48, "Practice: Cedar Hollow Therapy Associates    Payer: Medicare Part B (Heartland Admin "
                 "Contractor)    EFT# 0309917724    Deposit 02/04/2026    Batch 26-0204-02", "R", 7)
        doc.text(doc.W - x, 36, "Run 02/05/2026 07:14", "R", 7, "R")
        return header_row(doc, x, 56, cols, 7, 9, fill=0.82, box=True)

    def head(doc, y, cl, cont):
        doc.rect(x, y, tw, 12, fill=0.94, stroke=False)
        doc.text(x + 3, y + 9, f"Pt: {cl['patient']}    Acct#: {cl['cid']}    Payer ICN: {cl['pcid']}    "
                 "Crossover: none", "B", 7)
        return y + 14

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.text(x + 20, y + 8, "Claim subtotal", "B", 7)
        cx = x + sum(c.w for c in cols[:5])
        for c, k in zip(cols[5:11], ["billed", "allowed", "deductible", "coinsurance", "paid", "owes"]):
            doc.text(cx + c.w - 2, y + 8, m(total(ss, k)), "B", 7, "R")
            cx += c.w
        doc.line(x, y + 11, x + tw, y + 11, 0.3)
        return y + 14

    flow = Flow(doc, start, doc.H - 40)
    lines = claims_run(doc, flow, x, cols, claims, size=7, lh=9, head_mode="page", claim_head=head,
                       claim_foot=foot, gap=4, truth_kw=lambda cl, s: dict(
                           printed=("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                           adjustments=[(g, c, None) for g, c, _ in adjs_all(s)], remarks=s.remarks,
                           description=False))
    legend = [("N425", "Service is statutorily excluded."), ("MA67", "Correction to an earlier claim.")]
    allsv = [s for cl in claims for s in cl["svcs"]]
    flow.need(30)
    doc.text(x, flow.y + 10, f"Batch total paid: {m(total(allsv, 'paid'))}    Remark codes: N425 = excluded "
             "service; MA67 = correction to a prior claim", "B", 7)
    footer_pages(doc, lambda i, n: f"Page {i} of {n}", y=doc.H - 20)
    cls = [claim_rec(cl, ("billed", "allowed", "paid", "patient_owes")) for cl in claims]
    return doc, "fpdf2", lines, cls, legend, "PM payment posting journal of a Medicare remit"


# ------------------------------------------------- 9. therapy clinic family statement (reportlab)

def lay_fs1():
    doc = Doc("libserif", margin=40)
    m = lambda d: money(d, "$")  # noqa: E731
    META["fs1"] = dict(money=m, date=lambda d: dfmt(d, "mdy4"), units=None, mods=None)
    st = PlanState(ded_left=Decimal("200.00"), coins_rate=Decimal("0.20"))
    kids = [("Noor Ketteridge", "Cedar Mutual", [
        (D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO",)),
        (D(2026, 1, 13), "97530", 2, ("GO",)), (D(2026, 1, 13), "97533", 1, ("GO",)),
        (D(2026, 1, 20), "97530", 2, ("GO",)), (D(2026, 1, 20), "97533", 1, ("GO",)),
        (D(2026, 1, 27), "97530", 2, ("GO",)), (D(2026, 1, 27), "97535", 1, ("GO", "59"))]),
        ("Silas Ketteridge", "Cedar Mutual", [
            (D(2026, 1, 8), "92523", 1, ()), (D(2026, 1, 15), "92507", 1, ("GN",)),
            (D(2026, 1, 22), "92507", 1, ("GN",)), (D(2026, 1, 29), "92507", 1, ("GN",))]),
        ("Wren Ketteridge", "Cedar Mutual", [
            (D(2026, 1, 9), "97165", 1, ("GO",)), (D(2026, 1, 9), "97760", 1, ("GO",)),
            (D(2026, 1, 9), "L3807", 1, ("LT",)), (D(2026, 1, 16), "97760", 1, ("GO",)),
            (D(2026, 1, 16), "0552T", 1, (), "PR")])]
    claims = []
    for i, (pat, ins, rows) in enumerate(kids):
        ss = svcs(rows, "com", st)
        for s in ss:
            if s.code in LONG_DESC:
                s.desc = LONG_DESC[s.code]
        claims.append(dict(cid=f"V-{61204 + 37 * i}", pcid=f"CM-{8830021 + 4417 * i}", patient=pat, ins=ins,
                           svcs=ss))
    cols = [Col("Date", 50, lambda s: dfmt(s.dos, "mdy4")),
            Col("Code", 52, lambda s: "-".join([s.code, *s.mods])),
            Col("Description", 170, lambda s: s.desc, wrap=True),
            Col("Charges", 52, lambda s: m(s.billed), "R"),
            Col("Insurance\nPaid", 52, lambda s: m(s.paid), "R"),
            Col("Insurance\nAdjustment", 56, lambda s: m(s.billed - s.paid - s.owes), "R"),
            Col("Your\nBalance", 52, lambda s: m(s.owes), "R")]
    x = 40
    tw = sum(c.w for c in cols)
    allsv = [s for cl in claims for s in cl["svcs"]]

    def start(doc, p):
        doc.text(x, 44, "Little Lanterns Pediatric Therapy", "B", 14)
        doc.text(x, 56, "2250 Orchard Bend Rd, Suite 4   Millbrook, VT 05655   (802) 555-0176", "R", 8)
        doc.text(doc.W - x, 44, "STATEMENT", "B", 12, "R")
        if p == 1:
            doc.rect(doc.W - x - 190, 62, 190, 58)
            for i, t in enumerate(["Statement date: 02/05/2026", "Guarantor account: G-20417",
                                   f"Amount due: {m(total(allsv, 'owes'))}", "Please pay by 03/01/2026"]):
                doc.text(doc.W - x - 184, 75 + 13 * i, t, "B" if "due" in t else "R", 8.5)
            for i, t in enumerate(["Marisol Ketteridge", "58 Fenner Hill Rd", "Millbrook, VT 05655"]):
                doc.text(x, 80 + 12 * i, t, "R", 9)
            doc.line(x, 128, doc.W - x, 128, 0.3)
            doc.text(x, 138, "- - - - - detach and return the upper portion with your payment - - - - -", "R", 7)
            y = 150
        else:
            doc.text(x, 70, "Guarantor account: G-20417   Marisol Ketteridge   (continued)", "R", 8)
            y = 80
        return y

    def head(doc, y, cl, cont):
        if cont:
            return y
        doc.text(x, y + 12, f"Patient: {cl['patient']}", "B", 9)
        doc.text(x + 200, y + 12, f"Visit group {cl['cid']} - billed to {cl['ins']}, claim {cl['pcid']}", "R",
                 8)
        return y + 16

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.line(x + 272, y, x + tw, y, 0.3)
        doc.text(x + 272 - 4, y + 10, f"Subtotal for {cl['patient']}", "B", 8, "R")
        cx = x + 272
        for c, k in zip(cols[3:], ["billed", "paid", None, "owes"]):
            v = total(ss, k) if k else total(ss, "billed") - total(ss, "paid") - total(ss, "owes")
            doc.text(cx + c.w - 2, y + 10, m(v), "B", 8, "R")
            cx += c.w
        return y + 16

    flow = Flow(doc, start, doc.H - 60)
    lines = claims_run(doc, flow, x, cols, claims, size=8, lh=10, head_size=7.5, fill=0.88, head_mode="claim_once",
                       claim_head=head, claim_foot=foot, gap=8, truth_kw=lambda cl, s: dict(
                           printed=("billed", "paid", "discount", "patient_owes"), units=False, remarks=[]))
    flow.need(40)
    doc.text(x, flow.y + 12, f"Total amount due: {m(total(allsv, 'owes'))}", "B", 10)
    doc.text(x, flow.y + 26, "Your insurer's share is shown as paid; adjustments are the discount your plan "
             "negotiated or amounts we will not bill.", "R", 7.5)
    footer_pages(doc, lambda i, n: f"Page {i} of {n}", y=doc.H - 28)
    cls = [claim_rec(cl, ("billed", "paid", "patient_owes")) for cl in claims]
    return doc, "reportlab", lines, cls, [], "therapy clinic family statement, 3 children"


# ------------------------------------------- 10. hospital itemized family statement (fpdf2, landscape)

def lay_fs2():
    doc = Doc("djserif", landscape=True, margin=32)
    m = lambda d: money(d, ",", "trail")  # noqa: E731
    META["fs2"] = dict(money=m, date=lambda d: dfmt(d, "dmy"), units=lambda u: units_str(u), mods=None)
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.15"))
    fam = [("BALLANTYNE, THEODORE J", "HA7700481", "LM-260119-0044", [
        (D(2026, 1, 12), "97163", 1, ("GP",)), (D(2026, 1, 12), "97110", 3, ("GP",)),
        (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "97140", 2, ("GP", "59")),
        (D(2026, 1, 16), "97110", 2, ("GP",)), (D(2026, 1, 16), "G0283", 1, ("GP",)),
        (D(2026, 1, 19), "97116", 2, ("GP",)), (D(2026, 1, 21), "97116", 2, ("GP",)),
        (D(2026, 1, 23), "97110", 2, ("GP",)), (D(2026, 1, 23), "97140", 1, ("GP",))]),
        ("BALLANTYNE, GRETA", "HA7700502", "LM-260122-0190", [
            (D(2026, 1, 15), "97167", 1, ("GO",)), (D(2026, 1, 15), "97535", 2, ("GO",)),
            (D(2026, 1, 22), "97535", 2, ("GO",)), (D(2026, 1, 22), "97129", 1, ("GO",), "PR")]),
        ("BALLANTYNE, ARLO", "HA7700519", "LM-260126-0311", [
            (D(2026, 1, 20), "92523", 1, ()), (D(2026, 1, 27), "92507", 1, ("GN",))])]
    rev = {"971": "0420", "G02": "0420", "975": "0430", "971x": "0430", "921": "0440", "925": "0440"}

    def revc(s):
        if s.code.startswith("92"):
            return "0440"
        if "GO" in s.mods:
            return "0430"
        return "0420"
    _ = rev
    claims = []
    for pat, acct, icl, rows in fam:
        claims.append(dict(cid=acct, pcid=icl, patient=pat, svcs=svcs(rows, "com", st)))
    cols = [Col("Svc Date", 58, lambda s: dfmt(s.dos, "dmy")),
            Col("Rev Code", 40, revc),
            Col("CPT/HCPCS", 52, lambda s: s.code),
            Col("Mod", 40, lambda s: " ".join(s.mods)),
            Col("Qty", 26, lambda s: units_str(s.units), "R"),
            Col("Description", 170, lambda s: s.desc.upper(), wrap=True),
            Col("Charges", 58, lambda s: m(s.billed), "R"),
            Col("Ins Payments", 62, lambda s: m(s.paid), "R"),
            Col("Contractual Adj", 68, lambda s: m(s.discount), "R"),
            Col("Patient Due", 60, lambda s: m(s.owes), "R")]
    x = 32
    tw = sum(c.w for c in cols)
    allsv = [s for cl in claims for s in cl["svcs"]]

    def start(doc, p):
        doc.text(x, 36, "ST. ODILE REGIONAL MEDICAL CENTER", "B", 13)
        doc.text(x, 48, "Patient Financial Services  |  900 Quarry Hill Blvd, Harlan Falls, WI 54022  |  "
                 "(608) 555-0138", "R", 7.5)
        doc.text(doc.W - x, 36, "ITEMIZED STATEMENT - OUTPATIENT REHABILITATION", "B", 9, "R")
        doc.text(doc.W - x, 48, "Guarantor: NADINE BALLANTYNE   Guarantor No. 300912   Statement date 05-FEB-2026",
                 "R", 7.5, "R")
        y = 56
        if p == 1:
            doc.rect(x, y, tw, 26, fill=0.92)
            doc.text(x + 6, y + 11, f"Balance due from you: {m(total(allsv, 'owes'))}     Due by 07-MAR-2026", "B", 9)
            doc.text(x + 6, y + 22, "Primary insurance: Lakemark Mutual PPO (claims shown per hospital account). "
                     "Denied services are your responsibility.", "R", 7)
            y += 32
        return header_row(doc, x, y, cols, 7, 9, fill=None, box=True)

    def head(doc, y, cl, cont):
        doc.text(x, y + 10, f"Hospital Account {cl['cid']}   Patient: {cl['patient']}   Insurance claim "
                 f"{cl['pcid']}" + ("   - continued" if cont else ""), "B", 7.5)
        return y + 13

    def foot(doc, y, cl):
        ss = cl["svcs"]
        doc.text(x + 4, y + 9, "Account totals", "B", 7.5)
        cx = x + sum(c.w for c in cols[:6])
        for c, v in zip(cols[6:], [total(ss, "billed"), total(ss, "paid"), total(ss, "discount"),
                                   total(ss, "owes")]):
            doc.text(cx + c.w - 2, y + 9, m(v), "B", 7.5, "R")
            cx += c.w
        doc.line(x, y + 12, x + tw, y + 12, 0.3)
        return y + 15

    flow = Flow(doc, start, doc.H - 44)
    lines = claims_run(doc, flow, x, cols, claims, size=7.2, lh=9, head_mode="page", claim_head=head,
                       claim_foot=foot, gap=6, truth_kw=lambda cl, s: dict(
                           printed=("billed", "paid", "discount", "patient_owes"), remarks=[]))
    footer_pages(doc, lambda i, n: f"Page {i} of {n}", y=doc.H - 22)
    cls = [claim_rec(cl, ("billed", "paid", "patient_owes")) for cl in claims]
    return doc, "fpdf2", lines, cls, [], "hospital itemized outpatient-rehab statement for a family"


LAYOUTS = [("h192_cm1_member_eob", lay_cm1), ("h192_cm2_member_eob", lay_cm2), ("h192_msn1_medicare", lay_msn1),
           ("h192_ma1_advantage_eob", lay_ma1), ("h192_mcd1_medicaid_ra", lay_mcd1),
           ("h192_mcd2_medicaid_ra", lay_mcd2), ("h192_spr1_paper_remit", lay_spr1),
           ("h192_pm1_posting_journal", lay_pm1), ("h192_fs1_clinic_statement", lay_fs1),
           ("h192_fs2_hospital_statement", lay_fs2)]


def build(out: Path) -> list[Path]:
    paths = []
    for name, fn in LAYOUTS:
        doc, prod, lines, claims, legend, desc = fn()
        p = out / f"{name}.pdf"
        doc.save(p, prod, name)
        write_truth(p, name, prod, len(doc.pages), desc, lines, claims, legend, [])
        paths.append(p)
    return paths


# ------------------------------------------------------------------------------------------- check

def _norm(t: str) -> str:
    return " ".join(t.split())


def check(out: Path, paths: list[Path]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    spanning = 0
    for p in paths:
        tr = json.loads(Path(str(p) + ".truth.json").read_text())
        key = p.stem.split("_")[1]
        meta = {"adj": lambda g, c, a: [], **META[key]}
        with pdfplumber.open(p) as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{p.name}: pages {len(pdf.pages)} != {tr['pages']}")
            plines = [[_norm(ln["text"]) for ln in pg.extract_text_lines()] for pg in pdf.pages]
            ptext = [_norm(pg.extract_text() or "") for pg in pdf.pages]
        doc_text = " ".join(ptext)
        m = meta["money"]
        by_claim: dict = {}
        for i, ln in enumerate(tr["lines"]):
            toks = [ln["code"], *ln["modifiers"], meta["date"](date.fromisoformat(ln["service_date"]))]
            if ln["units"] is not None:
                toks.append(meta["units"](Decimal(ln["units"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None:
                    toks.append(m(Decimal(ln[k])))
            toks += ln["remarks"]
            for g, c, a in ln["adjustments"]:
                toks += meta["adj"](g, c, Decimal(a) if a is not None else None)
            pg = ln["page"]
            if not any(all(t in row for t in toks) for row in plines[pg - 1]):
                errs.append(f"{p.name}: line {i} tokens {toks} not on one row of page {pg}")
            for w in (ln["description"] or "").split():
                if w not in ptext[pg - 1] and w.upper() not in ptext[pg - 1]:
                    errs.append(f"{p.name}: line {i} description word {w!r} not on page {pg}")
            # the document's own arithmetic
            D0 = lambda k, ln=ln: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
            adj = ln["adjustments"]
            if adj and all(a is not None for _, _, a in adj) and D0("billed") is not None:
                if D0("billed") - sum(Decimal(a) for _, _, a in adj) != D0("paid"):
                    errs.append(f"{p.name}: line {i} billed - adjustments != paid")
            if all(D0(k) is not None for k in ("billed", "discount", "not_covered", "allowed")):
                if D0("billed") - D0("discount") - D0("not_covered") != D0("allowed"):
                    errs.append(f"{p.name}: line {i} billed - discount - not covered != allowed")
            if D0("allowed") is not None and D0("paid") is not None and D0("deductible") is not None:
                rest = D0("allowed") - D0("deductible") - (D0("copay") or ZERO) - (D0("coinsurance") or ZERO)
                diff = rest - D0("paid")
                if diff != 0 and not (key in ("pm1", "spr1") and 0 <= abs(diff) <= abs(rest) * Decimal("0.021")):
                    errs.append(f"{p.name}: line {i} allowed - cost share != paid ({diff})")
            if D0("billed") is not None and D0("paid") is not None and D0("discount") is not None \
                    and D0("patient_owes") is not None and key in ("fs1", "fs2"):
                if D0("billed") - D0("paid") - D0("discount") - D0("patient_owes") not in (ZERO,):
                    if not (D0("discount") == 0 and D0("paid") == 0):
                        errs.append(f"{p.name}: line {i} statement row does not balance")
            ck = (ln["claim_id"], ln["payer_claim_id"])
            by_claim.setdefault(ck, []).append(ln)
        for ck, lns in by_claim.items():
            if len({x["page"] for x in lns}) > 1:
                spanning += 1
                break
        for cl in tr["claims"]:
            for k in ("claim_id", "payer_claim_id", "patient"):
                if cl[k] is not None and _norm(cl[k]) not in doc_text:
                    errs.append(f"{p.name}: {k} {cl[k]!r} not in text")
            lns = by_claim.get((cl["claim_id"], cl["payer_claim_id"]), [])
            if not lns:
                errs.append(f"{p.name}: claim {cl['payer_claim_id']} has no lines")
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                vals = [x[k] for x in lns]
                s = sum((Decimal(x) for x in vals if x is not None), ZERO)
                if None not in vals and s != Decimal(v):
                    errs.append(f"{p.name}: claim {cl['payer_claim_id']} {k} total {v} != lines {s}")
                if m(Decimal(v)) not in doc_text:
                    errs.append(f"{p.name}: claim total {m(Decimal(v))} not printed")
        for ln in tr["lines"]:
            if ln["patient"] is not None and ln["patient"] not in [c["patient"] for c in tr["claims"]]:
                errs.append(f"{p.name}: line patient not a claim patient")
    if spanning < 3:
        errs.append(f"only {spanning} files carry a claim running onto the next page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout192_"))
    if (REPO / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    paths = build(out)
    print(f"wrote {len(paths)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out, paths)
        for e in errs:
            print("CHECK:", e)
        if errs:
            print(f"check FAILED ({len(errs)} problems)")
            return 1
        n = sum(len(json.loads(Path(str(p) + '.truth.json').read_text())['lines']) for p in paths)
        pg = sum(json.loads(Path(str(p) + '.truth.json').read_text())['pages'] for p in paths)
        print(f"check passed: {len(paths)} files, {n} service lines, {pg} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
