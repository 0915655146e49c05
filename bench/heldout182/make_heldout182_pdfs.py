"""Write the 182nd held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on the five commonest real document kinds, two house styles each, in styles
not used by the earlier sets.

Run:  python bench/heldout182/make_heldout182_pdfs.py OUT_DIR            (write the PDFs + truth files)
      python bench/heldout182/make_heldout182_pdfs.py OUT_DIR --check    (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Deterministic (reportlab invariant=1,
fpdf2 fixed creation date, no randomness). Helper: bench/heldout182/pdfkit182.py (page API + table flow).
Truth format: that of samples/pdf/eobgen.py (write_truth / truth_line), printed values only, null for what a
layout does not print (units null where no quantity is printed); claim_id = provider's account / patient
control / visit / invoice number, payer_claim_id = payer's claim number / ICN / TCN / reference, patient = the
person served exactly as printed. Invented names, numbers, payers, providers; descriptions in our own words.

Layouts (planned two each of: commercial member EOB, Medicare Summary Notice / MA member EOB, state Medicaid RA,
Medicare-style paper remit from a clearinghouse / PM system, family statement):
  k01 commercial member EOB, portrait core Helvetica (reportlab): page-1 two-box summary (this claim period /
      plan-year progress), per-claim grey band "Patient: ... (Dependent)  Claim No.  Provider Acct", columns
      "Date of Service / Service / Amount Charged / Network Reduction / Allowed / Deductible / Copay /
      Coinsurance / Plan Paid / Your Responsibility / Rmk", "97530 GO" with our description on a small second
      line, no units, three family members, a claim that runs onto page 2 under "(continued)" + repeated
      header, remark legend
  k02 commercial "Statement of Benefits Processed", landscape Liberation Serif (fpdf2): boxed claim frames,
      "From / Thru / Proc / Mod / Qty / Billed / Savings / Not Covered / Deductible / Copay / Coins / Benefit
      Paid / Member Owes / Code", service ranges on some lines, "1/5/2026", a denied line the member owes,
      ruled rows, header repeated on the next page WITHOUT a continued banner, three family members
  k03 Medicare Summary Notice Part B, portrait DejaVu Sans (fpdf2): summary page with claims starting below it, with
      "Claim number", "Service Provided & Billing Code / Benefit Approved? / Amount Provider Charged /
      Medicare-Approved Amount / Amount Medicare Paid / Maximum You May Be Billed / See Notes", code
      "(97110-GP)" after the words, no units, no provider account, a "No" line, notes section, 2 pages
  k04 Medicare Advantage HMO member EOB, portrait DejaVu Serif (reportlab): couple's EOB, claim header
      "Claim ID / Provider / Received", "Date / Service / Code / Qty / Provider Charged / Plan Approved / Plan
      Paid / Your Share / Note", "Jan 5, 2026" dates, visit copay, claim continued to page 2, PLANTED claim
      total mismatch in "Your Share"
  k05 state Medicaid remittance advice, portrait Liberation Mono (reportlab): banner with payee / RA number /
      "PAGE n OF N", sections CLAIMS PAID / CLAIMS DENIED / CLAIMS ADJUSTED, claim line "CLIENT / CLIENT ID /
      PCN / TCN", detail "DOS PROC MOD UNITS BILLED ALLOWED TPL PAID EOB", 4-digit EOB codes, a void printed
      with trailing minus and its replacement, a claim continued over a page with header repeated
  k06 Medicaid managed-care remittance, portrait core Helvetica (fpdf2): one grey-banded box per claim
      ("Recipient / Recipient ID / ICN / Patient Account / Status"), "Ln / Service Dates / Procedure / Modifiers
      / Units / Charge / Allowed / Paid / Adj Group-Reason / Adj Amt / RARC", ranges "01/05/2026-01/09/2026",
      every adjustment printed, a denied claim
  k07 clearinghouse reprint of a Medicare Part B standard paper remit, portrait core Courier (fpdf2): "NAME /
      MID / ACNT / ICN / ASG / MOA", "PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED / ALLOWED /
      DEDUCT / COINS / GRP/RC-AMT / PROV PD", MMDD MMDDYY dates, extra adjustments on continuation text lines,
      "PT RESP" + "CLAIM TOTALS", column header in the page banner (page 2 holds the glossary)
  (k08 PM-system remit report, k09 therapy-clinic family statement and k10 hospital family statement were
  planned but not written within the time box: this set holds 7 layouts; the remit-from-PM-system and
  family-statement kinds are NOT covered here.)

The self-check (--check) tests the factory, not the reader: page counts; every truth line's code, modifiers,
units and printed amounts on ONE text line of its page (pdfplumber); service dates, remarks and adjustment
amounts on the page; ids and patients in the document; billed - adjustments = paid where a layout prints every
adjustment; allowed - deductible - copay - coinsurance (- seq) = paid where printed; claim totals = sum of
lines except the planted, declared mismatch (which must really be off).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, total, truth_line, units_str, write_truth)
from pdfkit182 import Claim, Col, Spec, render2  # noqa: E402

DESC_EXTRA = {"97533": ("Sensory integration activities", "82.00", "31.90"),
              "97163": None}
import eobgen  # noqa: E402
eobgen.FEE.setdefault("97533", "88.00"); eobgen.SCHED.setdefault("97533", "31.90")
eobgen.DESC.setdefault("97533", "Sensory integrative techniques")
eobgen.FEE.setdefault("97162", "240.00"); eobgen.SCHED.setdefault("97162", "101.12")
eobgen.DESC.setdefault("97162", "PT evaluation, moderate complexity")
eobgen.FEE.setdefault("E0730", "145.00"); eobgen.SCHED.setdefault("E0730", "44.60")
eobgen.DESC.setdefault("E0730", "TENS unit rental, four lead")


def D(m: int, d: int) -> date:
    return date(2026, m, d)


def svcs(model, items, st=None):
    out = []
    for it in items:
        (m, d), code, u, mods = it[:4]
        denied = it[4] if len(it) > 4 else None
        end = it[5] if len(it) > 5 else None
        s = Svc(D(m, d), code, Decimal(str(u)), tuple(mods), end, denied=denied)
        if model == "commercial":
            commercial(s, st, deny_reason="96")
        elif model == "medicare":
            medicare(s, st, deny_reason="50")
        else:
            medicaid(s, deny_reason="16" if denied else "197")
        out.append(s)
    return out


M = lambda d, st="$": money(d, st, "-")  # noqa: E731
LAYOUTS = {}


def layout(name, datefmt):
    def deco(f):
        LAYOUTS[name] = (f, datefmt)
        return f
    return deco


def finish(out: Path, name: str, spec: Spec, claims: list[Claim], printed, desc: str, legend, *,
           units=True, adjs=None, remarks=None, totals=None, findings=None, end_of=None, desc_on=True):
    path = out / f"{name}.pdf"
    pages, placed = render2(spec, path, claims)
    lines = []
    for page, cl, s in placed:
        lines.append(truth_line(page, s, claim_id=cl.claim_id, payer_claim_id=cl.pcn,
                                patient=cl.printed_patient or cl.patient, printed=printed,
                                service_end=end_of(s) if end_of else None, units=units,
                                adjustments=adjs(s) if adjs else [], remarks=remarks(s) if remarks else [],
                                description=desc_on))
    cls = []
    for cl in claims:
        t = totals(cl) if totals else {}
        cls.append({"claim_id": cl.claim_id, "payer_claim_id": cl.pcn, "patient": cl.printed_patient or cl.patient,
                    "totals": claim_totals(**t)})
    write_truth(path, name, spec.producer, pages, desc, lines, cls, legend, findings or [])
    return path


# ------------------------------------------------------------------------------------------------ k01
@layout("h182_k01_commercial_member_eob", "mdy2")
def k01(out: Path):
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st.copay_codes = {"99213": Decimal("30.00")}
    fam = "Vossberg"
    C = [
        Claim("Harriet Vossberg", "TRC-558104", "26A0113F40871", svcs("commercial", [
            ((1, 6), "97165", 1, ["GO"]), ((1, 6), "97535", 2, ["GO"]), ((1, 13), "97530", 2, ["GO"]),
            ((1, 13), "97140", 1, ["GO", "59"])], st), {"prov": "Tallgrass Rehab & Hand Clinic", "rel": "Self"}),
        Claim("Emil Vossberg", "TRC-558231", "26A0120F41302", svcs("commercial", [
            ((1, 8), "97161", 1, ["GP"]), ((1, 8), "97110", 3, ["GP"]), ((1, 15), "97112", 2, ["GP"]),
            ((1, 15), "97760", 1, ["GP"], "PR"), ((1, 15), "99213", 1, [])], st),
            {"prov": "Tallgrass Rehab & Hand Clinic", "rel": "Spouse"}),
        Claim("Greta Vossberg", "WPS-00917", "26A0127F42955", svcs("commercial", [
            ((1, d), c, u, ["GO"]) for d, c, u in [(5, "97166", 1), (5, "97533", 2), (7, "97530", 3),
                                                   (9, "97530", 2), (9, "97535", 1), (12, "97533", 2),
                                                   (14, "97530", 3), (16, "97112", 2), (19, "97530", 2),
                                                   (21, "97533", 2), (23, "97535", 2), (26, "97530", 3),
                                                   (28, "97168", 1), (30, "97530", 2)]], st),
            {"prov": "Willowpoint Pediatric Services", "rel": "Daughter"}),
    ]
    for cl in C:
        for s in cl.svcs:
            if s.denied:
                s.remarks = ["N7"]
            else:
                s.remarks = ["D1"] if s.deductible else (["C2"] if s.copay else [])

    def ph(doc, n):
        doc.text(36, 48, "CARDINAL RIDGE HEALTH PLAN", 15, bold=True)
        doc.text(36, 62, "PO Box 48820  Carrolton Falls, NE 68901   Member Services 1-800-555-0142", 7.5)
        doc.text(576, 48, "EXPLANATION OF BENEFITS", 12, bold=True, align="r")
        doc.text(576, 62, "THIS IS NOT A BILL", 9, bold=True, align="r")
        doc.line(36, 70, 576, 70, 1.2)
        doc.text(36, 84, f"Subscriber: Harriet Vossberg     Member ID: CRX884120577     Group: 30418 Lakeshore Mills"
                          f"     Statement date: 02/03/26", 7.5)
        y = 96
        if doc.page == 1:
            doc.rect(36, y, 262, 78); doc.rect(314, y, 262, 78)
            doc.text(44, y + 13, "This statement covers", 9, bold=True)
            doc.text(322, y + 13, "Your 2026 plan-year progress", 9, bold=True)
            rows = [("Total charged by providers", M(sum(total(c.svcs, "billed") for c in C))),
                    ("Your plan paid", M(sum(total(c.svcs, "paid") for c in C))),
                    ("Your total responsibility", M(sum(total(c.svcs, "owes") for c in C)))]
            for i, (a, b) in enumerate(rows):
                doc.text(44, y + 30 + i * 13, a, 8); doc.text(290, y + 30 + i * 13, b, 8, align="r")
            prog = [("Family deductible met", "$120.00 of $1,500.00"),
                    ("Family out-of-pocket met", M(sum(total(c.svcs, "owes") for c in C)) + " of $6,000.00"),
                    ("Therapy visits used (PT/OT/ST)", "21 of 60")]
            for i, (a, b) in enumerate(prog):
                doc.text(322, y + 30 + i * 13, a, 8); doc.text(568, y + 30 + i * 13, b, 8, align="r")
            y += 92
        return y + 8

    def ch(doc, y, cl, cont):
        doc.rect(36, y, 540, 26 if not cont else 14, fill=0.88, stroke=False)
        if cont:
            doc.text(40, y + 10, f"Patient: {cl.patient} - Claim No. {cl.pcn} (continued)", 8, bold=True)
            return y + 28
        doc.text(40, y + 10, f"Patient: {cl.patient} ({cl.info['rel']})", 8.5, bold=True)
        doc.text(572, y + 10, f"Claim No. {cl.pcn}", 8.5, bold=True, align="r")
        doc.text(40, y + 21, f"Provider: {cl.info['prov']}     Provider Acct: {cl.claim_id}     "
                              f"Network status: In network", 7.5)
        return y + 40

    def cf(doc, y, cl):
        doc.line(36, y - 6, 576, y - 6, 0.4)
        doc.text(40, y + 2, "Claim totals", 7.5, bold=True)
        for col, attr in ((190, "billed"), (236, "discount"), (278, "allowed"), (318, "deductible"),
                          (352, "copay"), (400, "coinsurance"), (444, "paid"), (500, "owes")):
            doc.text(col, y + 2, M(total(cl.svcs, attr)), 7.5, bold=True, align="r")
        return y + 14

    cols = [Col(["Date of", "Service"], 40, "l", lambda s: dfmt(s.dos, "mdy2")),
            Col(["", "Service"], 82, "l", lambda s: " ".join((s.code,) + s.mods)),
            Col(["Amount", "Charged"], 190, "r", lambda s: M(s.billed)),
            Col(["Network", "Reduction"], 236, "r", lambda s: M(s.discount)),
            Col(["", "Allowed"], 278, "r", lambda s: M(s.allowed)),
            Col(["", "Deductible"], 318, "r", lambda s: M(s.deductible)),
            Col(["", "Copay"], 352, "r", lambda s: M(s.copay)),
            Col(["", "Coinsurance"], 400, "r", lambda s: M(s.coinsurance)),
            Col(["Plan", "Paid"], 444, "r", lambda s: M(s.paid)),
            Col(["Your", "Responsibility"], 500, "r", lambda s: M(s.owes)),
            Col(["", "Rmk"], 512, "l", lambda s: " ".join(s.remarks))]
    legend = [("D1", "Part of this amount counted toward your deductible."),
              ("C2", "A fixed copay for an office visit applies to this service."),
              ("N7", "Not covered by your plan: no benefit for this supply. The provider may bill you.")]

    def end(doc, y, n):
        doc.text(36, y + 6, "Remark codes", 9, bold=True)
        for i, (a, b) in enumerate(legend):
            doc.text(40, y + 20 + i * 11, f"{a}  {b}", 7.5)
        doc.text(36, y + 62, "To appeal, write within 180 days of this statement. Language help: 1-800-555-0142.", 7)
        return y + 70

    def ft(doc, n):
        doc.line(36, 752, 576, 752, 0.4)
        doc.text(36, 764, "Cardinal Ridge Health Plan  -  EOB CRX884120577-260203", 7, gray=0.3)
        doc.text(576, 764, f"Page {doc.page} of {n}", 7, align="r")

    spec = Spec("reportlab", "Helvetica", False, 7.6, cols, ph, ch, cf, ft, bottom=735, desc2=lambda s: s.desc,
                desc2_x=82, end_doc=end)
    for cl in C:
        pass
    return finish(out, "h182_k01_commercial_member_eob", spec, C,
                  ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                  "commercial member EOB, family of three, continued claim", legend, units=False,
                  remarks=lambda s: s.remarks,
                  totals=lambda cl: dict(billed=total(cl.svcs, "billed"), allowed=total(cl.svcs, "allowed"),
                                         paid=total(cl.svcs, "paid"), patient_owes=total(cl.svcs, "owes")))


def std_totals(cl):
    return dict(billed=total(cl.svcs, "billed"), allowed=total(cl.svcs, "allowed"), paid=total(cl.svcs, "paid"),
                patient_owes=total(cl.svcs, "owes"))


def simple_footer(label, x_right=576, y=762, left=36):
    def ft(doc, n):
        doc.text(left, y, label, 7, gray=0.3)
        doc.text(x_right, y, f"Page {doc.page} of {n}", 7, align="r")
    return ft


# ------------------------------------------------------------------------------------------------ k02
@layout("h182_k02_commercial_benefit_statement", "mdyn")
def k02(out: Path):
    st = PlanState(ded_left=Decimal("250.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    st.copay_codes = {"92507": Decimal("25.00"), "92523": Decimal("25.00")}
    C = [
        Claim("Dolores Quintanar", "QV20260105-1", "SB-7730-118840", svcs("commercial", [
            ((1, 5), "97163", 1, ["GP"]), ((1, 7), "97110", 2, ["GP"], None, D(1, 9)),
            ((1, 7), "97140", 2, ["GP"], None, D(1, 9)), ((1, 12), "G0283", 1, ["GP"], "PR"),
            ((1, 14), "97116", 2, ["GP", "KX"])], st), {"prov": "Ridgeview Physical Therapy", "recv": "1/20/2026"}),
        Claim("Teo Quintanar", "SLH-40177", "SB-7730-119022", svcs("commercial", [
            ((1, 6), "92523", 1, ["GN"]), ((1, 13), "92507", 1, ["GN"]), ((1, 20), "92507", 1, ["GN"]),
            ((1, 27), "92507", 1, ["GN"])], st), {"prov": "Speech & Language Hub", "recv": "1/29/2026"}),
        Claim("Ines Quintanar", "SLH-40178", "SB-7730-119023", svcs("commercial", [
            ((1, 6), "92523", 1, ["GN"]), ((1, 8), "92526", 1, ["GN"]), ((1, 13), "92507", 1, ["GN"]),
            ((1, 15), "92526", 1, ["GN"]), ((1, 20), "92507", 1, ["GN"]), ((1, 22), "92526", 1, ["GN"]),
            ((1, 27), "92507", 1, ["GN"]), ((1, 29), "92526", 1, ["GN"]), ((2, 3), "92507", 1, ["GN"]),
            ((2, 5), "92526", 1, ["GN"]), ((2, 10), "92507", 1, ["GN"]), ((2, 12), "92526", 1, ["GN"]),
            ((2, 17), "92507", 1, ["GN"]), ((2, 19), "92526", 1, ["GN"]), ((2, 24), "92507", 1, ["GN"])], st),
            {"prov": "Speech & Language Hub", "recv": "2/5/2026"}),
    ]
    for cl in C:
        for s in cl.svcs:
            s.remarks = ["X4"] if s.denied else (["P1"] if s.deductible else [])
    W = 756

    def ph(doc, n):
        doc.text(36, 44, "Sagebrook Mutual", 18, bold=True)
        doc.text(36, 58, "Benefit Plans for Working Families", 8, gray=0.35)
        doc.text(W, 42, "Statement of Benefits Processed", 12, bold=True, align="r")
        doc.text(W, 56, "Keep this notice for your records. This is not a bill.", 8, align="r")
        doc.text(36, 78, "Primary member: Dolores Quintanar    Member number: SMB-44019-00    Plan: Choice Network 2500"
                          "    Date issued: 2/6/2026", 8)
        doc.line(36, 84, W, 84, 0.8)
        return 100

    def ch(doc, y, cl, cont):
        if cont:
            return y
        doc.rect(36, y - 10, W - 36, 30)
        doc.text(42, y, f"Patient: {cl.patient}", 9, bold=True)
        doc.text(300, y, f"Claim reference: {cl.pcn}", 9, bold=True)
        doc.text(W - 6, y, f"Received {cl.info['recv']}", 8, align="r")
        doc.text(42, y + 13, f"Provider: {cl.info['prov']}    Patient account: {cl.claim_id}", 8)
        return y + 36

    cols = [Col(["From"], 42, "l", lambda s: dfmt(s.dos, "mdyn")),
            Col(["Thru"], 96, "l", lambda s: dfmt(s.end or s.dos, "mdyn")),
            Col(["Proc"], 150, "l", lambda s: s.code), Col(["Mod"], 190, "l", lambda s: " ".join(s.mods)),
            Col(["Qty"], 250, "r", lambda s: units_str(s.units)),
            Col(["Billed"], 310, "r", lambda s: M(s.billed)), Col(["Savings"], 362, "r", lambda s: M(s.discount)),
            Col(["Not Covered"], 426, "r", lambda s: M(s.not_covered)),
            Col(["Deductible"], 484, "r", lambda s: M(s.deductible)), Col(["Copay"], 532, "r", lambda s: M(s.copay)),
            Col(["Coins"], 580, "r", lambda s: M(s.coinsurance)),
            Col(["Benefit Paid"], 648, "r", lambda s: M(s.paid)), Col(["Member Owes"], 712, "r", lambda s: M(s.owes)),
            Col(["Code"], 724, "l", lambda s: " ".join(s.remarks))]

    def cf(doc, y, cl):
        doc.text(150, y, "Claim total", 8, bold=True)
        for x, a in ((310, "billed"), (362, "discount"), (426, "not_covered"), (484, "deductible"), (532, "copay"),
                     (580, "coinsurance"), (648, "paid"), (712, "owes")):
            doc.text(x, y, M(total(cl.svcs, a)), 8, bold=True, align="r")
        doc.line(36, y + 5, W, y + 5, 1)
        return y + 12

    legend = [("P1", "Applied to your annual deductible."), ("X4", "This item is excluded from your plan's coverage.")]

    def end(doc, y, n):
        doc.text(36, y + 8, "Explanation codes:  " + "   ".join(f"{a} - {b}" for a, b in legend), 8)
        return y + 20

    spec = Spec("fpdf2", "LibSerif", True, 8.5, cols, ph, ch, cf, simple_footer("Sagebrook Mutual  |  SBP-2026-0206-44019", W, 586),
                bottom=560, row_h=13, repeat_head=True, row_rule=True, right=W, end_doc=end)
    return finish(out, "h182_k02_commercial_benefit_statement", spec, C,
                  ("billed", "discount", "not_covered", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                  "commercial statement of benefits, landscape, three family members", legend,
                  remarks=lambda s: s.remarks, end_of=lambda s: s.end or s.dos, desc_on=False,
                  totals=lambda cl: dict(billed=total(cl.svcs, "billed"), paid=total(cl.svcs, "paid"),
                                         patient_owes=total(cl.svcs, "owes")))


# ------------------------------------------------------------------------------------------------ k03
@layout("h182_k03_medicare_summary_notice", "month")
def k03(out: Path):
    st = PlanState(ded_left=Decimal("74.00"))
    C = [
        Claim("Florence Ashdown", None, "26-0119-330-481-20", svcs("medicare", [
            ((1, 5), "97162", 1, ["GP"]), ((1, 5), "97110", 2, ["GP"]), ((1, 5), "97140", 1, ["GP"])], st),
            {"prov": "Marrow Creek Physical Therapy, 1180 Dune Rd, Pell City, OR 97001", "date": D(1, 5)}),
        Claim("Florence Ashdown", None, "26-0126-330-502-11", svcs("medicare", [
            ((1, 12), "97110", 2, ["GP", "KX"]), ((1, 12), "97112", 1, ["GP"]), ((1, 12), "G0283", 1, ["GP"]),
            ((1, 12), "0552T", 1, ["GP"], "PR")], st),
            {"prov": "Marrow Creek Physical Therapy, 1180 Dune Rd, Pell City, OR 97001", "date": D(1, 12)}),
        Claim("Florence Ashdown", None, "26-0202-330-633-07", svcs("medicare", [
            ((1, 21), "97168", 1, ["GO"]), ((1, 21), "97535", 2, ["GO"]), ((1, 21), "97530", 1, ["GO", "CO"])], st),
            {"prov": "Lakeland Home Therapy Group, 44 Orchard Ave, Pell City, OR 97001", "date": D(1, 21)}),
        Claim("Florence Ashdown", None, "26-0202-330-640-19", svcs("medicare", [
            ((1, 28), "99213", 1, []), ((1, 28), "L3807", 1, ["RT"])], st),
            {"prov": "Cedar Point Orthopedics, 9 Bayview Ct, Newcombe, OR 97003", "date": D(1, 28)}),
    ]
    for cl in C:
        cl.printed_patient = "FLORENCE ASHDOWN"
        for s in cl.svcs:
            s.remarks = ["C"] if s.denied else (["A", "B"] if s.deductible else ["A"])

    def ph(doc, n):
        if doc.page == 1:
            doc.text(36, 46, "Medicare Summary Notice for Part B (Medical Insurance)", 14, bold=True)
            doc.text(36, 62, "The Official Summary of Your Medicare Claims", 9)
            doc.rect(36, 74, 250, 62)
            for i, t in enumerate(["FLORENCE ASHDOWN", "77 GULLWING LN", "PELL CITY OR 97001-4410",
                                   "Medicare Number XXXXXXX4HK2"]):
                doc.text(44, 88 + i * 12, t, 8.5)
            doc.rect(310, 74, 266, 150, fill=0.93)
            doc.text(318, 90, "Your Deductible Status", 10, bold=True)
            doc.text(318, 104, "You have now met your 2026 Part B deductible.", 8)
            doc.text(318, 128, "Total You May Be Billed", 10, bold=True)
            doc.text(568, 128, M(sum(total(c.svcs, "owes") for c in C)), 10, bold=True, align="r")
            doc.text(318, 150, "Providers with claims this period", 9, bold=True)
            for i, t in enumerate(["Jan 5, 2026 - Marrow Creek Physical Therapy",
                                   "Jan 21, 2026 - Lakeland Home Therapy Group",
                                   "Jan 28, 2026 - Cedar Point Orthopedics"]):
                doc.text(318, 164 + i * 12, t, 8)
            doc.text(36, 160, "THIS IS NOT A BILL", 11, bold=True)
            doc.text(36, 176, "This notice shows claims from Jan 1 - Mar 31, 2026.", 8)
            doc.text(36, 190, "If you disagree with a decision, see page " + str(max(n, 1)) + " to appeal.", 8)
            return 250
        doc.text(36, 40, "FLORENCE ASHDOWN", 8, bold=True)
        doc.text(576, 40, "Medicare Summary Notice for Part B", 8, align="r")
        doc.text(36, 62, "Your Claims & Costs This Period", 13, bold=True)
        return 86

    def ch(doc, y, cl, cont):
        doc.line(36, y - 10, 576, y - 10, 1.4)
        doc.text(36, y, dfmt(cl.info["date"], "month"), 10, bold=True)
        doc.text(36, y + 12, cl.info["prov"], 8)
        doc.text(576, y, f"Claim number {cl.pcn}", 8, align="r")
        doc.text(576, y + 12, "Total you may be billed: " + M(total(cl.svcs, "owes")), 8, bold=True, align="r")
        return y + 30

    cols = [Col(["Service Provided & Billing Code"], 36, "l",
                lambda s: f"{s.desc[:34]} ({'-'.join((s.code,) + s.mods)})"),
            Col(["Benefit", "Approved?"], 270, "c", lambda s: "No" if s.denied else "Yes"),
            Col(["Amount", "Provider", "Charged"], 340, "r", lambda s: M(s.billed)),
            Col(["Medicare-", "Approved", "Amount"], 402, "r", lambda s: M(s.allowed)),
            Col(["Amount", "Medicare", "Paid"], 460, "r", lambda s: M(s.paid)),
            Col(["Maximum You", "May Be", "Billed"], 528, "r", lambda s: M(s.owes)),
            Col(["See", "Notes"], 550, "l", lambda s: ", ".join(s.remarks))]

    def cf(doc, y, cl):
        doc.text(36, y, "Total for this claim", 8, bold=True)
        for x, a in ((340, "billed"), (402, "allowed"), (460, "paid"), (528, "owes")):
            doc.text(x, y, M(total(cl.svcs, a)), 8, bold=True, align="r")
        return y + 16

    legend = [("A", "The amount Medicare paid the provider is 80% of the approved amount, less a 2% reduction."),
              ("B", "This approved amount has been applied toward your deductible."),
              ("C", "This item is not covered because it is considered investigational. You may be billed.")]

    def end(doc, y, n):
        doc.text(36, y + 10, "Notes for Claims Above", 11, bold=True)
        for i, (a, b) in enumerate(legend):
            doc.text(36, y + 26 + i * 12, f"{a}  {b}", 8)
        doc.text(36, y + 70, "How to appeal: circle the items you disagree with, explain why, and mail this notice", 8)
        doc.text(36, y + 82, "to the contractor address on page 1 within 120 days.", 8)
        return y + 90

    def ft(doc, n):
        doc.text(306, 770, f"Page {doc.page} of {n}", 8, align="c")

    spec = Spec("fpdf2", "DejaVuSans", False, 7.8, cols, ph, ch, cf, ft, bottom=700, row_h=12, head_h=9,
                repeat_head=True, end_doc=end, claim_gap=14)
    return finish(out, "h182_k03_medicare_summary_notice", spec, C, ("billed", "allowed", "paid", "patient_owes"),
                  "Medicare Summary Notice Part B, four claims, one beneficiary", legend, units=False,
                  remarks=lambda s: s.remarks, desc_on=False, totals=std_totals)


# ------------------------------------------------------------------------------------------------ k04
@layout("h182_k04_medicare_advantage_eob", "mon")
def k04(out: Path):
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.52"))
    st2 = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.52"))
    C = [
        Claim("Walter Prynne", "HLM-700314", "MA26-0041-88213", svcs("commercial", [
            ((1, d), c, u, m) for d, c, u, m in [(6, "97163", 1, ["GP"]), (6, "97110", 2, ["GP"]),
                                                  (8, "97110", 2, ["GP"]), (8, "97140", 1, ["GP", "59"]),
                                                  (13, "97110", 2, ["GP"]), (13, "97116", 1, ["GP"]),
                                                  (15, "97112", 2, ["GP"]), (15, "97140", 1, ["GP", "59"]),
                                                  (20, "97110", 2, ["GP", "CQ"]), (20, "97116", 2, ["GP", "CQ"]),
                                                  (22, "97112", 2, ["GP", "CQ"]), (22, "97140", 1, ["GP", "CQ"]),
                                                  (27, "97110", 3, ["GP"]), (29, "97116", 2, ["GP"])]] + [
            ((2, d), c, u, m) for d, c, u, m in [(3, "97110", 2, ["GP"]), (3, "97140", 1, ["GP", "59"]),
                                                  (5, "97112", 2, ["GP"]), (5, "97116", 1, ["GP"]),
                                                  (10, "97110", 2, ["GP", "CQ"]), (10, "97112", 1, ["GP", "CQ"]),
                                                  (12, "97110", 2, ["GP"]), (12, "97116", 2, ["GP"]),
                                                  (17, "97110", 2, ["GP", "KX"]), (19, "97112", 2, ["GP", "KX"]),
                                                  (24, "97110", 2, ["GP", "KX"]), (26, "97140", 1, ["GP", "KX"])]], st),
            {"prov": "Harbor Hills Outpatient Rehab", "recv": D(3, 2)}),
        Claim("Alma Prynne", "NSC-22871", "MA26-0043-10457", svcs("commercial", [
            ((1, 9), "97166", 1, ["GO"]), ((1, 9), "97535", 2, ["GO"]), ((1, 16), "97530", 2, ["GO"]),
            ((1, 16), "97168", 1, ["GO"], "CO"), ((1, 23), "97530", 2, ["GO"]), ((1, 23), "E0730", 1, ["RR"])], st2),
            {"prov": "Northshore Occupational Care", "recv": D(2, 4)}),
    ]
    C.reverse()
    for cl in C:
        for s in cl.svcs:
            s.remarks = ["4"] if s.denied else (["1"] if s.copay else ["2"])
    planted = C[0]
    real = total(planted.svcs, "owes")
    shown = real + Decimal("20.00")

    def ph(doc, n):
        doc.text(36, 44, "Harborlight Senior Advantage (HMO-POS)", 13, bold=True)
        doc.text(36, 58, "Explanation of Benefits for medical services, January and February 2026", 9)
        doc.text(576, 44, "Not a bill", 10, bold=True, align="r")
        doc.text(576, 58, f"Notice date Feb 10, 2026   Page {doc.page} of {n}", 8, align="r")
        doc.line(36, 66, 576, 66, 0.8)
        if doc.page == 1:
            doc.text(36, 84, "Walter Prynne  Member ID H4471-0082-01        Alma Prynne  Member ID H4471-0082-02", 8.5)
            doc.text(36, 98, "1220 Pilot Hill Dr, Port Saxby, ME 04410", 8)
            doc.rect(36, 108, 540, 44, fill=0.95)
            doc.text(44, 122, "Your 2026 maximum out-of-pocket: $4,900.00 each.  Amounts you paid so far this year "
                              "count toward it.", 8)
            doc.text(44, 138, "Questions? Member Services 1-888-555-0199 (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 8)
            return 172
        return 84

    def ch(doc, y, cl, cont):
        if cont:
            doc.text(36, y, f"{cl.patient} - Claim ID {cl.pcn} (continued from previous page)", 8.5, bold=True)
            return y + 16
        doc.line(36, y - 9, 576, y - 9, 0.3)
        doc.text(36, y, f"Claim ID {cl.pcn}", 9.5, bold=True)
        doc.text(260, y, f"Member: {cl.patient}", 9.5, bold=True)
        doc.text(36, y + 13, f"Provider: {cl.info['prov']}  (provider account {cl.claim_id})", 8)
        doc.text(576, y + 13, "Received " + dfmt(cl.info["recv"], "mon"), 8, align="r")
        return y + 30

    cols = [Col(["Date"], 36, "l", lambda s: dfmt(s.dos, "mon")),
            Col(["Service"], 104, "l", lambda s: s.desc[:26]), Col(["Code"], 240, "l", lambda s: " ".join((s.code,) + s.mods)),
            Col(["Qty"], 318, "r", lambda s: units_str(s.units)),
            Col(["Provider", "Charged"], 372, "r", lambda s: M(s.billed)),
            Col(["Plan", "Approved"], 426, "r", lambda s: M(s.allowed)),
            Col(["Plan", "Paid"], 476, "r", lambda s: M(s.paid)),
            Col(["Your", "Share"], 528, "r", lambda s: M(s.owes)), Col(["Note"], 546, "l", lambda s: ",".join(s.remarks))]

    def cf(doc, y, cl):
        owes = shown if cl is planted else total(cl.svcs, "owes")
        doc.line(330, y - 7, 576, y - 7, 0.4)
        doc.text(240, y + 1, "Claim total", 8, bold=True)
        for x, v in ((372, total(cl.svcs, "billed")), (426, total(cl.svcs, "allowed")), (476, total(cl.svcs, "paid")),
                     (528, owes)):
            doc.text(x, y + 1, M(v), 8, bold=True, align="r")
        return y + 16

    legend = [("1", "Your plan's $20.00 copay for an outpatient rehabilitation visit."),
              ("2", "Covered in full after your visit copay."),
              ("4", "Not allowed: billed on the same day as another evaluation. The provider cannot bill you.")]

    def end(doc, y, n):
        doc.text(36, y + 8, "Notes", 10, bold=True)
        for i, (a, b) in enumerate(legend):
            doc.text(36, y + 22 + i * 11, f"{a}  {b}", 8)
        return y + 60

    spec = Spec("reportlab", "DejaVuSerif", False, 7.6, cols, ph, ch, cf, simple_footer("HSA-EOB-H4471-0082  2026-01"),
                bottom=640, row_h=12, end_doc=end)
    pcn = planted.pcn
    finding = (f"claim-total-mismatch claim {pcn}: printed Your Share total {shown} but the lines add up to {real}")
    return finish(out, "h182_k04_medicare_advantage_eob", spec, C, ("billed", "allowed", "paid", "patient_owes"),
                  "Medicare Advantage member EOB for a couple, continued claim, planted total mismatch", legend,
                  remarks=lambda s: s.remarks, desc_on=True,
                  totals=lambda cl: dict(billed=total(cl.svcs, "billed"), allowed=total(cl.svcs, "allowed"),
                                         paid=total(cl.svcs, "paid"),
                                         patient_owes=shown if cl is planted else total(cl.svcs, "owes")),
                  findings=[finding])


# ------------------------------------------------------------------------------------------------ k05
@layout("h182_k05_medicaid_ra_mono", "mdy2")
def k05(out: Path):
    def md(items):
        return svcs("medicaid", items)
    long = md([((1, d), c, u, m) for d, c, u, m in [(5, "92523", 1, ["GN"]), (6, "92507", 1, ["GN"]),
               (7, "92526", 1, ["GN"]), (8, "92507", 1, ["GN"]), (12, "92507", 1, ["GN"]), (13, "92526", 1, ["GN"]),
               (14, "92507", 1, ["GN"]), (15, "92526", 1, ["GN"]), (19, "92507", 1, ["GN"]), (20, "92526", 1, ["GN"]),
               (21, "92507", 1, ["GN"]), (22, "92526", 1, ["GN"]), (26, "92507", 1, ["GN"]), (27, "92526", 1, ["GN"]),
               (28, "92507", 1, ["GN"]), (29, "92526", 1, ["GN"])]])
    old = md([((12, 15), "97530", 4, ["GO"]), ((12, 15), "97535", 2, ["GO"])])
    for s in old:
        s.dos = date(2025, 12, 15)
    void = [negate(s) for s in old]
    repl = md([((1, 1), "97530", 3, ["GO"]), ((1, 1), "97535", 2, ["GO"])])
    for s in repl:
        s.dos = date(2025, 12, 15)
    C = [
        Claim("RUIZ-HOLM, MATEO", "PCN8840211", "2026027100331", md([((1, 6), "97530", 4, ["GO"]),
              ((1, 6), "97112", 2, ["GO"]), ((1, 13), "97530", 4, ["GO"]), ((1, 13), "97533", 2, ["GO"])]),
              section="CLAIMS PAID"),
        Claim("TRAN, BAO", "PCN8840217", "2026027100348", long, section="CLAIMS PAID"),
        Claim("OYELARAN, FUNMI", "PCN8840226", "2026027100355", md([((1, 9), "97110", 3, ["GP"]),
              ((1, 9), "97140", 2, ["GP"], "CO"), ((1, 16), "97110", 3, ["GP"])]), section="CLAIMS PAID"),
        Claim("PIETRASZEK, LENA", "PCN8840230", "2026027100362", md([((1, 14), "97165", 1, ["GO"], "CO"),
              ((1, 14), "97166", 1, ["GO"], "CO")]), section="CLAIMS DENIED"),
        Claim("RUIZ-HOLM, MATEO", "PCN8831977", "2026027100379", void, section="CLAIMS ADJUSTED"),
        Claim("RUIZ-HOLM, MATEO", "PCN8831977", "2026027100386", repl, section="CLAIMS ADJUSTED"),
    ]
    for cl in C:
        for s in cl.svcs:
            s.remarks = ["0152"] if s.denied else (["0003"] if s.discount else ["0001"])
    C[3].svcs[1].remarks = ["0152", "0418"]
    for s in C[4].svcs:
        s.remarks = ["0990"]
    TM = lambda d: money(d, "", "trail")  # noqa: E731

    def ph(doc, n):
        doc.text(36, 36, "STATE OF NORTH PRAIRIE  DEPT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", 8, bold=True)
        doc.text(36, 47, "REMITTANCE ADVICE                 RA NUMBER 0004417829      RA DATE 02/06/26", 8)
        doc.text(576, 47, f"PAGE {doc.page:>3} OF {n:>3}", 8, align="r")
        doc.text(36, 58, "PAYEE: KESTREL VALLEY THERAPY COOP   PROVIDER NO 100287734   NPI 1881046235", 8)
        doc.line(36, 64, 576, 64, 0.5)
        return 80

    def sh(doc, y, t):
        doc.text(36, y, f"*** {t} ***", 8.5, bold=True)
        return y + 14

    def ch(doc, y, cl, cont):
        tag = " (CONT)" if cont else ""
        doc.text(36, y, f"CLIENT: {cl.patient:<20} CLIENT ID: {'NP' + cl.claim_id[-6:] + '4'}  PCN: {cl.claim_id}"
                          f"  TCN: {cl.pcn}{tag}", 7.4)
        return y + 12

    cols = [Col(["DOS"], 44, "l", lambda s: dfmt(s.dos, "mdy2")), Col(["PROC"], 92, "l", lambda s: s.code),
            Col(["MOD"], 128, "l", lambda s: " ".join(s.mods)), Col(["UNITS"], 196, "r", lambda s: f"{s.units:.1f}"),
            Col(["BILLED"], 258, "r", lambda s: TM(s.billed)), Col(["ALLOWED"], 320, "r", lambda s: TM(s.allowed)),
            Col(["TPL"], 370, "r", lambda s: TM(ZERO)), Col(["PAID"], 430, "r", lambda s: TM(s.paid)),
            Col(["EOB"], 450, "l", lambda s: " ".join(s.remarks))]

    def cf(doc, y, cl):
        doc.text(92, y, "CLAIM TOTAL", 7.4)
        for x, a in ((258, "billed"), (320, "allowed"), (430, "paid")):
            doc.text(x, y, TM(total(cl.svcs, a)), 7.4, align="r")
        return y + 10

    legend = [("0001", "PAID IN FULL AT PROGRAM RATE"), ("0003", "PAID AT MAXIMUM PROGRAM FEE"),
              ("0152", "SERVICE NEEDS PRIOR APPROVAL NOT ON FILE"), ("0418", "EVALUATION LIMIT FOR PERIOD REACHED"),
              ("0990", "CLAIM VOIDED - SEE REPLACEMENT")]

    def end(doc, y, n):
        doc.text(36, y + 6, "EOB CODE MESSAGES", 8, bold=True)
        for i, (a, b) in enumerate(legend):
            doc.text(36, y + 18 + i * 10, f"{a}  {b}", 7.4)
        paid = sum(total(c.svcs, "paid") for c in C)
        doc.text(36, y + 76, f"TOTAL PAYMENT THIS RA: {TM(paid)}    EFT TRACE 8800412776", 8, bold=True)
        return y + 84

    spec = Spec("reportlab", "LibMono", False, 7.4, cols, ph, ch, cf, lambda d, n: None, bottom=330, row_h=10,
                head_h=9, section_head=sh, end_doc=end, claim_gap=6)
    return finish(out, "h182_k05_medicaid_ra_mono", spec, C, ("billed", "allowed", "paid"),
                  "state Medicaid RA, mono print, paid/denied/adjusted sections, void + replacement", legend,
                  remarks=lambda s: s.remarks, desc_on=False,
                  totals=lambda cl: dict(billed=total(cl.svcs, "billed"), allowed=total(cl.svcs, "allowed"),
                                         paid=total(cl.svcs, "paid")))


def all_adjs(s):
    return [list(a) for a in s.adjs]


# ------------------------------------------------------------------------------------------------ k06
@layout("h182_k06_medicaid_mco_remit", "mdy4")
def k06(out: Path):
    md = lambda items: svcs("medicaid", items)  # noqa: E731
    C = [
        Claim("Keziah Mondragon", "KM-2026-0104", "60260330011842", md([((1, 5), "97110", 2, ["GP"], None, D(1, 9)),
              ((1, 5), "97140", 2, ["GP"], None, D(1, 9)), ((1, 12), "97530", 2, ["GP", "59"])]), {"st": "PAID"}),
        Claim("Desmond Achterberg", "DA-2026-0117", "60260330011859", md([((1, 7), "97167", 1, ["GO"]),
              ((1, 14), "97535", 3, ["GO"]), ((1, 14), "97533", 2, ["GO"]), ((1, 21), "97530", 3, ["GO"]),
              ((1, 28), "97535", 2, ["GO"])]), {"st": "PAID"}),
        Claim("Priya Vantongeren", "PV-2026-0122", "60260330011866", md([((1, 8), "92523", 1, ["GN"], "CO"),
              ((1, 8), "92507", 1, ["GN"], "CO")]), {"st": "DENIED"}),
        Claim("Samuel Iwu-Bright", "SI-2026-0130", "60260330011873", md([((1, 20), "97161", 1, ["GP"]),
              ((1, 20), "97110", 3, ["GP"]), ((1, 27), "97112", 2, ["GP"]), ((1, 27), "G0283", 1, ["GP"])]), {"st": "PAID"}),
    ]
    for cl in C:
        for s in cl.svcs:
            s.remarks = ["N54"] if s.denied else []
    C[0].svcs[2].remarks = ["M80"]

    def ph(doc, n):
        doc.text(36, 42, "Bluestem Community Health Plan", 13, bold=True)
        doc.text(36, 54, "A Medicaid managed care plan of the State of Calder", 8)
        doc.text(576, 42, "Provider Remittance Advice", 11, bold=True, align="r")
        doc.text(576, 54, "Payment date 02/09/2026   Check/EFT 000771904", 8, align="r")
        doc.text(36, 70, "Pay to: Sunfield Family Rehabilitation LLC, 310 Mill St, Orrin, CA 96001    Provider ID 4400128", 8)
        return 92

    def ch(doc, y, cl, cont):
        doc.rect(36, y - 10, 540, 28, fill=0.85, stroke=True)
        doc.text(42, y, f"Recipient: {cl.patient}", 8, bold=True)
        doc.text(250, y, f"Recipient ID: {'CA' + cl.pcn[-7:]}", 8)
        doc.text(420, y, f"Status: {cl.info['st']}", 8, bold=True)
        doc.text(42, y + 12, f"ICN: {cl.pcn}", 8)
        doc.text(250, y + 12, f"Patient Account: {cl.claim_id}", 8)
        return y + 32

    def rng(s):
        return dfmt(s.dos, "mdy4") + ("-" + dfmt(s.end, "mdy4") if s.end else "")

    adj1 = lambda s: (f"{s.adjs[0][0]}-{s.adjs[0][1]}" if s.adjs else "")  # noqa: E731
    cols = [Col(["Ln"], 42, "l", lambda s: str(s._ln)), Col(["Service Dates"], 58, "l", rng),
            Col(["Procedure"], 160, "l", lambda s: s.code), Col(["Modifiers"], 206, "l", lambda s: " ".join(s.mods)),
            Col(["Units"], 276, "r", lambda s: units_str(s.units)), Col(["Charge"], 330, "r", lambda s: M(s.billed, ",")),
            Col(["Allowed"], 382, "r", lambda s: M(s.allowed, ",")), Col(["Paid"], 428, "r", lambda s: M(s.paid, ",")),
            Col(["Adj Grp-Rsn"], 440, "l", adj1),
            Col(["Adj Amt"], 536, "r", lambda s: M(s.adjs[0][2], ",") if s.adjs else ""),
            Col(["RARC"], 544, "l", lambda s: " ".join(s.remarks))]
    for cl in C:
        for i, s in enumerate(cl.svcs, 1):
            s._ln = i

    def cf(doc, y, cl):
        doc.text(160, y, "Claim totals:", 8, bold=True)
        for x, a in ((330, "billed"), (382, "allowed"), (428, "paid")):
            doc.text(x, y, M(total(cl.svcs, a), ","), 8, bold=True, align="r")
        doc.line(36, y + 6, 576, y + 6, 0.3)
        return y + 16

    legend = [("CO-45", "Charge exceeds the plan's fee schedule."), ("CO-16", "Claim lacks information needed to pay."),
              ("N54", "Claim information does not match the authorization on file."),
              ("M80", "Separately reported service on the same day.")]

    def end(doc, y, n):
        doc.text(36, y + 8, "Glossary of codes on this remittance", 9, bold=True)
        for i, (a, b) in enumerate(legend):
            doc.text(36, y + 22 + i * 11, f"{a}: {b}", 7.5)
        return y + 70

    spec = Spec("fpdf2", "Helvetica", False, 7.6, cols, ph, ch, cf,
                simple_footer("Bluestem Community Health Plan - remittance 000771904"), bottom=730, row_h=12,
                head_fill=0.95, end_doc=end, claim_gap=12)
    return finish(out, "h182_k06_medicaid_mco_remit", spec, C, ("billed", "allowed", "paid"),
                  "Medicaid managed-care remittance, boxed claims", legend, adjs=all_adjs,
                  remarks=lambda s: s.remarks, desc_on=False, end_of=lambda s: s.end,
                  totals=lambda cl: dict(billed=total(cl.svcs, "billed"), allowed=total(cl.svcs, "allowed"),
                                         paid=total(cl.svcs, "paid")))


# ------------------------------------------------------------------------------------------------ k07
def spr_date(d):
    return d.strftime("%m%d") + " " + d.strftime("%m%d%y")


@layout("h182_k07_clearinghouse_spr", "spr")
def k07(out: Path):
    st = PlanState(ded_left=Decimal("40.00"))
    mk = lambda items: svcs("medicare", items, st)  # noqa: E731
    C = [
        Claim("HARTLEY, JUNE", "OT22910", "2226010433120", mk([((1, 5), "97165", 1, ["GO"]),
              ((1, 5), "97530", 2, ["GO"]), ((1, 7), "97530", 2, ["GO", "KX"])])),
        Claim("BOSWORTH, ELIAS", "OT22944", "2226010433137", mk([((1, d), c, u, m) for d, c, u, m in [
            (6, "97161", 1, ["GP"]), (6, "97110", 2, ["GP"]), (8, "97110", 2, ["GP"]), (8, "97140", 1, ["GP"]),
            (13, "97112", 2, ["GP"]), (13, "97110", 1, ["GP", "CQ"]), (15, "97116", 2, ["GP", "CQ"]),
            (15, "97140", 1, ["GP"]), (20, "97110", 2, ["GP"]), (20, "97112", 1, ["GP"]), (22, "97116", 2, ["GP"]),
            (22, "97140", 1, ["GP"]), (27, "97110", 2, ["GP", "KX"]), (27, "97112", 2, ["GP", "KX"]),
            (29, "97110", 2, ["GP", "KX"])]])),
        Claim("NAKAMURA-REED, SOL", "OT23001", "2226010433144", mk([((1, 12), "92523", 1, ["GN"]),
              ((1, 19), "92507", 1, ["GN"]), ((1, 26), "92526", 1, ["GN"], "CO")])),
    ]
    spec_rows = {}

    def ph(doc, n):
        doc.text(36, 34, "TIDEWATER CLAIMS EXCHANGE - REMITTANCE REPRINT FOR PAPER POSTING", 7.5)
        doc.text(36, 46, "MEDICARE PART B  JURISDICTION 12           MEDICARE REMITTANCE NOTICE", 7.5)
        doc.text(36, 58, "SEASHELL REHAB PARTNERS                  PROVIDER #: 3319044", 7.5)
        doc.text(36, 70, "22 HARBORVIEW WAY                        PAGE #: " + f"{doc.page} OF {n}", 7.5)
        doc.text(36, 82, "NORFOLK BAY VA 23502                     DATE: 02/05/2026   CHECK/EFT #: 0099331875", 7.5)
        doc.text(36, 100, "PERF PROV  SERV DATE   POS NOS PROC  MODS     BILLED  ALLOWED  DEDUCT   COINS"
                          "  GRP/RC-AMT       PROV PD", 7.2)
        doc.line(36, 104, 576, 104, 0.4)
        return 118

    def ch(doc, y, cl, cont):
        if cont:
            doc.text(36, y, f"NAME {cl.patient} (CONT) ICN {cl.pcn}", 7.2)
            return y + 11
        doc.text(36, y, f"NAME {cl.patient:<20} MID 1EG4TE5MK{cl.pcn[-2:]}  ACNT {cl.claim_id}  ICN {cl.pcn}"
                          f"  ASG Y MOA MA01", 7.2)
        return y + 11

    def rowtxt(s):
        a = s.adjs
        first = f"{a[0][0]}-{a[0][1]} {money(a[0][2], '')}" if a else ""
        return (f"1447720091 {spr_date(s.dos)} 11 {units_str(s.units):>3} {s.code} {' '.join(s.mods):<8}"
                f"{money(s.billed, ''):>8} {money(s.allowed, ''):>8} {money(s.deductible, ''):>7}"
                f" {money(s.coinsurance, ''):>7}  {first:<15} {money(s.paid, ''):>8}")

    cols = [Col([""], 36, "l", rowtxt)]
    for cl in C:
        for s in cl.svcs:
            s.remarks = ["N130"] if s.denied else []

    def cf(doc, y, cl):
        bl = []
        for s in cl.svcs:
            for g, r, a in s.adjs[1:]:
                bl.append(f"{g}-{r} {money(a, '')}")
        if bl:
            doc.text(36, y, "ADDL ADJ: " + "  ".join(bl[:6]), 7)
            for i in range(6, len(bl), 6):
                y += 10
                doc.text(36, y, "          " + "  ".join(bl[i:i + 6]), 7)
            y += 10
        owes = total(cl.svcs, "owes")
        doc.text(36, y, f"PT RESP {money(owes, ''):>8}   CLAIM TOTALS {money(total(cl.svcs, 'billed'), ''):>9}"
                          f" {money(total(cl.svcs, 'allowed'), ''):>8} {money(total(cl.svcs, 'deductible'), ''):>7}"
                          f" {money(total(cl.svcs, 'coinsurance'), ''):>7}  NET {money(total(cl.svcs, 'paid'), ''):>8}", 7.2)
        return y + 14

    legend = [("CO-45", "Charge over the fee schedule amount."), ("CO-253", "Federal payment reduction."),
              ("PR-1", "Deductible."), ("PR-2", "Coinsurance."), ("CO-50", "Not deemed medically necessary."),
              ("N130", "Consult plan benefit documents for coverage limits.")]

    def end(doc, y, n):
        doc.text(36, y + 4, "GLOSSARY: " + "  ".join(f"{a} {b}" for a, b in legend[:3]), 6.8)
        doc.text(36, y + 14, "          " + "  ".join(f"{a} {b}" for a, b in legend[3:]), 6.8)
        return y + 24

    spec = Spec("fpdf2", "Courier", False, 7.2, cols, ph, ch, cf, lambda d, n: None, bottom=470, row_h=10,
                head_rule=False, end_doc=end)
    spec.cols = cols
    # column header is in the page header; colheads prints an empty heading line
    return finish(out, "h182_k07_clearinghouse_spr", spec, C,
                  ("billed", "allowed", "deductible", "coinsurance", "paid"),
                  "clearinghouse reprint of a Medicare standard paper remit, continued claim", legend,
                  adjs=all_adjs, remarks=lambda s: [], desc_on=False,
                  totals=lambda cl: dict(billed=total(cl.svcs, "billed"), allowed=total(cl.svcs, "allowed"),
                                         paid=total(cl.svcs, "paid")))


# ------------------------------------------------------------------------------------------------ check
def _norm_tokens(line: str) -> set:
    out = set()
    for t in line.replace(",", "").split():
        t = t.strip("$()").rstrip("-").lstrip("-").strip("$")
        for pre in ("CO-", "PR-", "OA-"):
            pass
        out.add(t)
    return out


def _date_variants(d: date, style: str) -> list:
    if style == "spr":
        return [spr_date(d)]
    return [dfmt(d, style)]


def check(out: Path) -> list:
    import pdfplumber
    errs = []
    for name, (_, dstyle) in LAYOUTS.items():
        pdf_path = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        if len(pages) != t["pages"]:
            errs.append(f"{name}: pages {len(pages)} != {t['pages']}")
        alltext = "\n".join(pages)
        for i, ln in enumerate(t["lines"]):
            ptxt = pages[ln["page"] - 1]
            rows = [r for r in ptxt.split("\n") if ln["code"] in r.split() or f"({ln['code']}" in r
                    or f"{ln['code']}-" in r]
            need = [abs(Decimal(ln[k])) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                                   "coinsurance", "not_covered", "discount") if ln[k] is not None]
            ok = False
            for r in rows:
                toks = _norm_tokens(r)
                if not all(f"{a:.2f}" in toks for a in need):
                    continue
                if ln["units"] is not None and not ({ln["units"], f"{Decimal(ln['units']):.1f}"} & toks):
                    continue
                if not all(m in r for m in ln["modifiers"]):
                    continue
                ok = True
                break
            if not ok:
                errs.append(f"{name} line {i}: no text row with code/amounts/units/mods on page {ln['page']}")
            if not any(v in ptxt for v in _date_variants(date.fromisoformat(ln["service_date"]), dstyle)):
                errs.append(f"{name} line {i}: date not on page")
            if ln["service_end"] and not any(v in ptxt for v in _date_variants(date.fromisoformat(ln["service_end"]),
                                                                               dstyle)):
                errs.append(f"{name} line {i}: end date not on page")
            for r in ln["remarks"]:
                if r not in ptxt:
                    errs.append(f"{name} line {i}: remark {r} not on page")
            for g, c, a in ln["adjustments"]:
                if f"{abs(Decimal(a)):.2f}" not in ptxt.replace(",", "") or c not in ptxt:
                    errs.append(f"{name} line {i}: adjustment {g}-{c} {a} not on page")
            if ln["adjustments"] and ln["paid"] is not None:
                if Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"]) != Decimal(ln["paid"]):
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if ln["allowed"] is not None and ln["paid"] is not None and ln["deductible"] is not None:
                seq = sum((Decimal(a[2]) for a in ln["adjustments"] if a[1] == "253"), Decimal(0))
                if ln["allowed"] != "0.00" and (Decimal(ln["allowed"]) - Decimal(ln["deductible"])
                                                - Decimal(ln["copay"] or 0) - Decimal(ln["coinsurance"] or 0) - seq
                                                != Decimal(ln["paid"])):
                    errs.append(f"{name} line {i}: allowed arithmetic")
        for v in {x for ln in t["lines"] for x in (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) if x}:
            if v not in alltext:
                errs.append(f"{name}: id/patient {v!r} not in text")
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                     and ln["claim_id"] == c["claim_id"]]
            for k, v in c["totals"].items():
                if v is None:
                    continue
                ssum = sum((Decimal(ln[k]) for ln in lines if ln[k] is not None), Decimal(0))
                mism = ssum != Decimal(v)
                declared = f"claim {c['payer_claim_id']}" in planted
                if mism and not declared:
                    errs.append(f"{name}: claim {c['payer_claim_id']} total {k} {v} != {ssum}")
                if declared and k == "patient_owes" and not mism:
                    errs.append(f"{name}: planted mismatch not real")
                if f"{abs(Decimal(v)):.2f}" not in alltext.replace(",", ""):
                    errs.append(f"{name}: claim total {k} {v} not printed")
    return errs


def main(argv: list) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        import tempfile
        out = Path(tempfile.mkdtemp(prefix="heldout182_"))
    else:
        out = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in [out, *out.parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, (f, _) in LAYOUTS.items():
        f(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        errs = check(out)
        for e in errs:
            print("CHECK:", e)
        n = sum(len(json.loads(Path(str(out / f'{k}.pdf') + '.truth.json').read_text())['lines']) for k in LAYOUTS)
        print(f"check: {'OK' if not errs else 'FAILED'} ({n} lines)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
