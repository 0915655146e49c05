"""Write the held-out set 142 of synthetic PDF EOB layouts (with truth files) into a folder: ten documents of the
five commonest real kinds (two each), written independently of the PDF reader (nothing under src/eobreader/
other than model.py, nor its tests, docs or accuracy scripts, was read while writing this).

Run:  python bench/heldout142/make_heldout142_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout142/make_heldout142_pdfs.py OUT_DIR --check     (also self-check the written files)

Refuses to write under samples/. Never commit the PDFs this writes. Drawing goes through h142kit.py (one op
list per page, rendered by reportlab with invariant=1 or by fpdf2 with a fixed creation date: deterministic).
Truth format: the one of samples/pdf (samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed, modifiers [] where none are printed); claim_id = the
provider's own account / patient-control / visit / PCN number, payer_claim_id = the payer's claim number /
ICN / TCN, patient exactly as printed (the person served, not the subscriber or guarantor). Every name,
number, payer, provider, address and ID is invented; descriptions are our own words.

Layouts:
  c1  commercial member EOB, portrait core Helvetica: "Amount billed / Plan discount / Not covered / Allowed
      amount / Deductible / Copay / Coinsurance / Plan paid / What you owe", "97530 Therapeutic activities" as
      code + words (no units, no modifiers printed), 3 family members, wrapped descriptions, a 26-line claim
      continued on page 2 with a "(continued)" heading and the column header repeated (reportlab)
  c2  commercial "Benefit Statement" for a family, landscape DejaVu Serif: "97530-GO-59" hyphen-joined, Units,
      Network Discount / Amount Not Covered / Covered Amount / Benefits Paid / Your Responsibility, payer
      reason codes as line remarks, an excluded service, a PLANTED claim-total mismatch (Benefits Paid +10.00)
      (fpdf2)
  m1  Medicare Advantage (HMO-POS) Part C member EOB, portrait Liberation Serif: "Jan 5, 2026" dates, Code
      column "97110 GP KX", Qty, "Provider charged / Plan approved / Plan paid / Your share", claim ID and
      provider's account # per claim (reportlab)
  m2  Medicare Summary Notice, Part B assigned claims, portrait Liberation Sans: "1 Therapeutic activities
      (97530)" (count before words, code in parentheses, no modifiers), "Amount Charged / Medicare Approved /
      Medicare Paid Provider / You May Be Billed", notes at the end, a denied service (fpdf2)
  md1 state Medicaid remittance advice, landscape core Courier: recipient / RECIP ID / ICN / PCN claim
      headings, FROM/THRU DOS "010526", MODS, UNITS, "ADJ GRP-RSN AMT" with extra adjustments on sub-rows,
      RMK column, a denied group-therapy line, a void (trailing-minus amounts) and its replacement, header
      repeated on page 2 (reportlab)
  md2 state Medicaid "Provider Remittance Statement", portrait DejaVu Sans Condensed: Member / Medicaid ID /
      TCN / Patient Acct heading, Service From / To, Modifiers "GP, 59", Units "2.00", TPL Amt, "CO45 12.00"
      adjustment codes glued, a denied line (fpdf2)
  r1  clearinghouse Medicare-style standard paper remit, portrait core Courier: NAME / MID / ACNT / ICN / ASG /
      MOA claim lines, "PERF PROV  SERV DATE  POS  NOS  PROC  MODS  BILLED  ALLOWED  DEDUCT  COINS
      GRP/RC-AMT  PROV PD", "0106 010626" dates, extra CARCs on following rows, claim totals (reportlab)
  r2  practice-management "ERA Detail Report", landscape Liberation Sans Narrow: Mod 1 / Mod 2 columns,
      "1/12/2026" dates, one adjustment per sub-row (Adj Grp/Rsn + Adj Amt), Pt Resp, parenthesised negatives
      for a status-22 reversal followed by its corrected claim, two pages (fpdf2)
  s1  pediatric therapy clinic family statement, portrait DejaVu Sans: guarantor box, per-patient sections,
      visit heading rows with the insurer's claim number, "97530 GO", Charges / Insurance paid / Adjustments /
      Patient responsibility (no units; the Adjustments column is the contractual write-off, recorded as
      discount), a patient payment row, aging box (reportlab)
  s2  hospital outpatient-rehab guarantor statement, portrait Liberation Serif: account boxes for two family
      members, Date / Rev / Code / Description / Qty / Charges with long wrapped descriptions, payment and
      contractual rows per account, trailing-minus credits, an account continued on page 2 (fpdf2)

The self-check (--check) tests the factory, not the reader: page counts; every truth line is matched to its
own text row on its page (pdfplumber words grouped by baseline) holding its code, modifiers, units, service
date and every printed amount (sign included), with adjustment codes/amounts and remarks on that row or the
rows just below it; ids and patients are in the document's text; billed - adjustments = paid where the
adjustments are printed; billed - discount - not covered = allowed where printed; claim totals are printed and
equal the sum of their lines, except the planted mismatch, which really differs and is declared.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (LONG_DESC, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h142kit import Doc, Table  # noqa: E402

D = date
LAND = (792, 612)
PORT = (612, 792)


def sv(dos, code, units, mods=(), denied=None, desc=""):
    return Svc(dos, code, Decimal(str(units)), tuple(mods), None, desc, denied)


class Truth:
    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def add(self, page, s, cid, pcid, pat, printed, **kw):
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw))

    def claim(self, cid, pcid, pat, svcs, fields, paid_override=None):
        t = {k: (total(svcs, "owes" if k == "patient_owes" else k) if k in fields else None)
             for k in ("billed", "allowed", "paid", "patient_owes")}
        if paid_override is not None:
            t["paid"] = paid_override
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**t)})


# =============================================================================================== c1
def c1(out: Path):
    """Commercial member EOB, portrait Helvetica, family of three, a claim continued on page 2."""
    d = Doc("reportlab", PORT, top=48, bottom=64)
    tr = Truth()
    M = lambda x: money(x, "$")  # noqa: E731
    cols = [(40, "l"), (88, "l"), (268, "r"), (306, "r"), (344, "r"), (382, "r"), (420, "r"), (456, "r"),
            (494, "r"), (534, "r"), (574, "r")]
    heads = [("Date of", "service"), ("Service", "(procedure code)"), ("Amount", "billed"), ("Plan", "discount"),
             ("Not", "covered"), ("Allowed", "amount"), ("Deduct-", "ible"), ("Copay", ""), ("Co-", "insurance"),
             ("Plan", "paid"), ("What you", "owe")]
    tb = Table(d, cols, "Helvetica", 7.2, 10.5)

    def header(doc):
        doc.text(40, 40, "BLUEWATER MUTUAL HEALTH PLAN", "Helvetica-Bold", 13)
        doc.text(40, 52, "Explanation of Benefits  -  THIS IS NOT A BILL", "Helvetica", 8.5)
        doc.text(572, 40, "Statement date: February 6, 2026", "Helvetica", 8, "r")
        doc.text(572, 52, "Page {PAGE} of {PAGES}", "Helvetica", 8, "r")
        doc.line(40, 58, 572, 58, 1.2)
        doc.text(40, doc.h - 36, "Questions? Call Member Services at 1-800-555-0148 (TTY 711), Monday-Friday 8 a.m. to 8 p.m.",
                 "Helvetica", 7)
        doc.text(572, doc.h - 36, "BMH-EOB-7 (01/26)", "Helvetica", 7, "r")
        doc.y = 72

    d.header = header
    d.new_page()
    d.rect(40, 72, 260, 70)
    for i, s in enumerate(["Subscriber: Dana R. Okafor", "Member ID: BWM-48217-006", "Group: 771204  Kestrel Valley Schools",
                           "Plan: Choice PPO 1500"]):
        d.text(48, 86 + 14 * i, s, "Helvetica", 8.5)
    d.rect(312, 72, 260, 70)
    d.text(320, 86, "Dana R. Okafor", "Helvetica", 9)
    d.text(320, 98, "2291 Foxglove Lane", "Helvetica", 9)
    d.text(320, 110, "Port Amesbury, OR 97077-4410", "Helvetica", 9)
    d.y = 162
    d.text(40, d.y, "Claims in this statement", "Helvetica-Bold", 10)
    d.y += 14
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    st2 = PlanState(ded_left=ZERO, copay_codes={"99213": Decimal("30.00")}, allowed_rate=Decimal("0.78"))
    claims = [
        ("Theo Okafor", "son", "Lakeshore Pediatric Therapy", "LPT-10552", "2026-0114-88310",
         [commercial(sv(D(2026, 1, 5), "97166", 1, ("GO",)), st), commercial(sv(D(2026, 1, 5), "97530", 2, ("GO",)), st),
          commercial(sv(D(2026, 1, 8), "97530", 3, ("GO",)), st), commercial(sv(D(2026, 1, 8), "97112", 1, ("GO",)), st)]),
        ("Dana R. Okafor", "self", "Northgate Family Medicine", "NFM-220871", "2026-0116-40275",
         [commercial(sv(D(2026, 1, 9), "99213", 1), st2), commercial(sv(D(2026, 1, 9), "G0283", 1, (), "PR"), st2, "96")]),
    ]
    big = []
    for i in range(13):
        dd = D(2026, 1, 12) + timedelta(days=i + i // 5 * 2)
        big.append(commercial(sv(dd, "92507", 1, ("GN",)), st))
        big.append(commercial(sv(dd, "97535", 1 + i % 2, ("GO",)), st))
    claims.append(("Ava Okafor", "daughter", "Bright Harbor Speech & OT", "BH-3390-17", "2026-0123-11942", big))

    def colhead():
        for (x, al), (a, b) in zip(cols, heads):
            d.text(x, d.y, a, "Helvetica-Bold", 6.8, al)
            d.text(x, d.y + 8, b, "Helvetica-Bold", 6.8, al)
        d.line(40, d.y + 11, 574, d.y + 11, 0.4)
        d.y += 21

    P = ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes")
    for pat, rel, prov, acct, clm, svcs in claims:
        d.need(60)
        d.rect(40, d.y - 9, 534, 24, 0.3, fill=0.92)
        d.text(44, d.y, f"Patient: {pat} ({rel})    Provider: {prov}", "Helvetica-Bold", 8)
        d.text(44, d.y + 10, f"Claim number: {clm}    Patient account: {acct}    Network status: In-network", "Helvetica", 7.5)
        d.y += 26
        colhead()
        for s in svcs:
            desc = d.wrap(f"{s.code} {s.desc}", "Helvetica", 7.2, 140)
            if d.need(10.5 * len(desc) + 4):
                d.text(44, d.y, f"Patient: {pat} - claim {clm} (continued)", "Helvetica-Bold", 8)
                d.y += 14
                colhead()
            tr.add(d.pno, s, acct, clm, pat, P, modifiers=False, units=False, description=False)
            tb.row([dfmt(s.dos, "mdy2"), desc[0], M(s.billed), M(s.discount), M(s.not_covered), M(s.allowed),
                    M(s.deductible), M(s.copay), M(s.coinsurance), M(s.paid), M(s.owes)])
            for extra in desc[1:]:
                tb.row(["", extra])
        d.line(40, d.y - 7, 574, d.y - 7, 0.4)
        tb.row(["", "Claim totals", *[M(total(svcs, "owes" if k == "patient_owes" else k)) for k in P]], font="Helvetica-Bold")
        tr.claim(acct, clm, pat, svcs, ("billed", "allowed", "paid", "patient_owes"))
        d.y += 10
    d.need(60)
    d.text(40, d.y, "Your deductible and out-of-pocket progress (2026)", "Helvetica-Bold", 9)
    d.y += 12
    for s in ["Individual deductible (Dana): $0.00 of $1,500.00 met", "Family deductible: $120.00 of $3,000.00 met",
              "Family out-of-pocket maximum: $412.08 of $7,000.00 met"]:
        d.text(48, d.y, s, "Helvetica", 8)
        d.y += 11
    pages = len(d.pages)
    d.save(out / "c1_member_eob.pdf", "Explanation of Benefits")
    write_truth(out / "c1_member_eob.pdf", "c1", "reportlab", pages, "commercial member EOB, family", tr.lines,
                tr.claims, [])


def grid_layout(out, name, producer, size, font, bold, fsize, title_lines, cols, heads, claims, fmt, printed,
                tkw, claim_head, totals_fields, footer, findings=None, sub_rows=None, legend=(), desc_w=None,
                total_row=None, paid_override=None):
    """A shared table engine: per-claim heading lines, one row per service (+ optional wrapped / sub rows),
    column header repeated on every page, claim totals row."""
    d = Doc(producer, size, top=40, bottom=56)
    tr = Truth()
    W = size[0]

    def colhead():
        for (x, al), h in zip(cols, heads):
            for k, part in enumerate(h.split("|")):
                d.text(x, d.y + k * (fsize + 1), part, bold, fsize, al)
        nh = max(len(h.split("|")) for h in heads)
        d.y += nh * (fsize + 1) + 1
        d.line(cols[0][0], d.y - fsize + 1, W - 36, d.y - fsize + 1, 0.5)
        d.y += 4

    def header(doc):
        y = 40
        for s, f, z, al in title_lines:
            x = 36 if al == "l" else W - 36 if al == "r" else W / 2
            doc.text(x, y, s, f, z, al)
            y += z + 3 if al != "r" else 0
        doc.line(36, y, W - 36, y, 0.8)
        doc.text(W / 2, doc.h - 30, footer, font, 7, "c")
        doc.y = y + 16

    d.header = header
    d.new_page()
    tb = Table(d, cols, font, fsize, fsize * 1.45)
    for ci, (heads_lines, cid, pcid, pat, svcs) in enumerate(claims):
        d.need(60)
        for hl in heads_lines:
            d.text(36, d.y, hl, bold if hl is heads_lines[0] else font, fsize + 0.5)
            d.y += fsize + 4
        colhead()
        for s in svcs:
            cells, extra = fmt(s)
            subs = sub_rows(s) if sub_rows else []
            if d.need(tb.lead * (1 + len(extra) + len(subs))):
                d.text(36, d.y, claim_head(cid, pcid, pat), bold, fsize + 0.5)
                d.y += fsize + 4
                colhead()
            tr.add(d.pno, s, cid, pcid, pat, printed, **tkw)
            tb.row(cells)
            for e in extra + subs:
                tb.row(e)
        if total_row:
            po = paid_override(ci, svcs) if paid_override else None
            d.line(cols[0][0], d.y - fsize, W - 36, d.y - fsize, 0.3)
            tb.row(total_row(svcs, po), font=bold)
            tr.claim(cid, pcid, pat, svcs, totals_fields, po)
            if po is not None:
                tr.findings.append({"kind": "claim_total_mismatch", "claim_id": cid, "payer_claim_id": pcid,
                                    "field": "paid", "printed": str(q(po)), "lines_sum": str(q(total(svcs, "paid")))})
        d.y += 8
    return d, tr


def fin(out, name, producer, d, tr, desc, legend=()):
    pages = len(d.pages)
    d.save(out / f"{name}.pdf", desc)
    write_truth(out / f"{name}.pdf", name.split("_")[0], producer, pages, desc, tr.lines, tr.claims, legend,
                tr.findings)


# =============================================================================================== c2
def c2(out):
    st = PlanState(ded_left=Decimal("75.00"), coins_rate=Decimal("0.10"), visit_copay=ZERO, allowed_rate=Decimal("0.85"))
    ppl = [("Maya Lindqvist-Ruiz", "CHP8834102", "RVT-5512", [(D(2026, 1, 6), "97165", 1, ("GO",)), (D(2026, 1, 6), "97530", 2, ("GO", "59")),
            (D(2026, 1, 13), "97530", 3, ("GO",)), (D(2026, 1, 13), "97140", 1, ("GO", "59"))]),
           ("Tomas Lindqvist-Ruiz", "CHP8834177", "RVT-5530", [(D(2026, 1, 7), "97161", 1, ("GP",)), (D(2026, 1, 7), "97110", 2, ("GP",)),
            (D(2026, 1, 14), "97110", 2, ("GP",)), (D(2026, 1, 14), "0552T", 1, (), "PR")]),
           ("Elin Lindqvist-Ruiz", "CHP8834190", "RVT-5541", [(D(2026, 1, 9), "92523", 1, ("GN",)), (D(2026, 1, 16), "92507", 1, ("GN",))])]
    claims = []
    for pat, clm, acct, rows in ppl:
        svcs = [commercial(sv(*r), st, "B7") for r in rows]
        for s in svcs:
            s.remarks = ["PX4"] if s.denied else (["DD1"] if s.deductible else [])
        claims.append(([f"Patient: {pat}    Claim Number: {clm}    Provider Ref (Patient Acct): {acct}",
                        "Provider: Riverstone Rehab Collective, Building C, 18 Quarry Road    Received 01/20/2026    Processed 01/27/2026"],
                       acct, clm, pat, svcs))
    xs = [(36, "l"), (100, "l"), (196, "r"), (256, "r"), (316, "r"), (378, "r"), (436, "r"), (494, "r"), (540, "r"),
          (604, "r"), (662, "r"), (718, "r"), (726, "l")]
    heads = ["Service|Date", "Procedure", "Units", "Amount|Charged", "Network|Discount", "Amount Not|Covered",
             "Covered|Amount", "Deductible", "Copay", "Coinsurance", "Benefits|Paid", "Your|Share", "Reason|Codes"]
    N = lambda x: money(x, ",")  # noqa: E731
    fmt = lambda s: ([dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), units_str(s.units), N(s.billed), N(s.discount),  # noqa: E731
                      N(s.not_covered), N(s.allowed), N(s.deductible), N(s.copay), N(s.coinsurance), N(s.paid), N(s.owes),
                      " ".join(s.remarks)], [])
    tot = lambda v, po: ["Claim Total", "", "", N(total(v, "billed")), N(total(v, "discount")), N(total(v, "not_covered")),  # noqa: E731
                         N(total(v, "allowed")), N(total(v, "deductible")), N(total(v, "copay")), N(total(v, "coinsurance")),
                         N(po if po is not None else total(v, "paid")), N(total(v, "owes")), ""]
    d, tr = grid_layout(out, "c2", "fpdf2", LAND, "DejaVuSerif", "DejaVuSerif-Bold", 7.5,
                        [("Cordillera Health Partners", "DejaVuSerif-Bold", 14, "l"),
                         ("Benefit Statement for Claims Processed  |  Member: Jonas Lindqvist-Ruiz  |  ID CHX-220-48817-01", "DejaVuSerif", 8.5, "l")],
                        xs, heads, claims, fmt, ("billed", "discount", "not_covered", "allowed", "deductible", "copay",
                                                 "coinsurance", "paid", "patient_owes"),
                        dict(description=False, remarks=None), lambda c, p, n: f"Patient: {n}    Claim Number: {p} (continued)",
                        ("billed", "allowed", "paid", "patient_owes"), "This statement is not a bill.  Cordillera Health Partners, PO Box 7720, Saltridge NM 87120.  Page {PAGE} of {PAGES}",
                        total_row=tot, paid_override=lambda ci, v: total(v, "paid") + Decimal("10.00") if ci == 1 else None)
    for ln, s in zip(tr.lines, [s for c in claims for s in c[4]]):
        ln["remarks"] = list(s.remarks)
    d.need(60)
    for t in ["Reason codes:  DD1 - amount applied to the calendar-year deductible.", "PX4 - service is excluded under your plan; you may be billed the full charge."]:
        d.text(36, d.y, t, "DejaVuSerif", 7.5)
        d.y += 11
    fin(out, "c2_benefit_statement", "fpdf2", d, tr, "commercial member EOB for a family", [("DD1", "deductible"), ("PX4", "excluded")])


def _adj(s):
    return " ".join(f"{g}-{c} {money(a, ',', 'trail')}" for g, c, a in s.adjs[:1])


def _more_adj(s, n_cols, col):
    rows = []
    for g, c, a in s.adjs[1:]:
        r = [""] * n_cols
        r[col] = f"{g}-{c} {money(a, ',', 'trail')}"
        rows.append(r)
    return rows


# =============================================================================================== m1
def m1(out):
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    pat = "HAROLD P WEATHERBY"
    data = [("SGB-26-0105-3318", "WPT-7701", [(D(2026, 1, 5), "97163", 1, ("GP",)), (D(2026, 1, 5), "97110", 2, ("GP",))]),
            ("SGB-26-0112-3402", "WPT-7745", [(D(2026, 1, 12), "97110", 3, ("GP", "KX")), (D(2026, 1, 12), "97140", 1, ("GP",)),
                                              (D(2026, 1, 12), "97116", 1, ("CQ",))]),
            ("SGB-26-0119-3530", "WPT-7790", [(D(2026, 1, 19), "97530", 2, ("GP",)), (D(2026, 1, 19), "G0283", 1, ("GP",))])]
    claims = []
    for clm, acct, rows in data:
        svcs = [medicare(sv(*r), st, sequestration=False) for r in rows]
        claims.append(([f"Claim ID {clm}  -  Westbrook Physical Therapy, 40 Cannery Row, Tillamook Bay OR 97141",
                        f"Patient: {pat}    Provider's account #: {acct}    Status: Approved"], acct, clm, pat, svcs))
    for i in range(4):
        dd = D(2026, 1, 21) + timedelta(days=2 * i)
        claims[-1][4].append(medicare(sv(dd, "97110", 2, ("GP", "KX")), st, sequestration=False))
    xs = [(36, "l"), (98, "l"), (282, "l"), (364, "r"), (428, "r"), (488, "r"), (536, "r"), (578, "r")]
    heads = ["Date of|service", "Service you received", "Code", "Qty", "Provider|charged", "Plan|approved", "Plan|paid", "Your|share"]
    M = lambda x: money(x, "$")  # noqa: E731
    fmt = lambda s: ([dfmt(s.dos, "mon"), s.desc, s.code + " " + " ".join(s.mods), units_str(s.units), M(s.billed), M(s.allowed),  # noqa: E731
                      M(s.paid), M(s.owes)], [])
    tot = lambda v, po: ["", "Claim total", "", "", M(total(v, "billed")), M(total(v, "allowed")), M(total(v, "paid")), M(total(v, "owes"))]  # noqa: E731
    d, tr = grid_layout(out, "m1", "reportlab", PORT, "LiberationSerif-Regular", "LiberationSerif-Bold", 8.5,
                        [("Sagebrook Medicare Choice (HMO-POS)", "LiberationSerif-Bold", 15, "l"),
                         ("Part C Explanation of Benefits  -  Your medical claims processed in January 2026", "LiberationSerif-Regular", 10, "l"),
                         ("Member: Harold P. Weatherby   Member ID: SGB061193427", "LiberationSerif-Regular", 9, "l")],
                        xs, heads, claims, fmt, ("billed", "allowed", "paid", "patient_owes"), dict(description=False),
                        lambda c, p, n: f"Claim ID {p} (continued from previous page)", ("billed", "allowed", "paid", "patient_owes"),
                        "Sagebrook Medicare Choice is an HMO-POS plan with a Medicare contract.  H9931_EOB26  Page {PAGE} of {PAGES}",
                        total_row=tot)
    fin(out, "m1_ma_eob", "reportlab", d, tr, "Medicare Advantage member EOB")


# =============================================================================================== m2
def m2(out):
    st = PlanState(ded_left=Decimal("100.00"))
    pat = "Rosalind M. Achterberg"
    data = [("12-26008-442-610", [(D(2026, 1, 6), "97168", 1, ()), (D(2026, 1, 6), "97530", 2, ())]),
            ("12-26015-118-204", [(D(2026, 1, 13), "97535", 2, ()), (D(2026, 1, 13), "97760", 1, ()), (D(2026, 1, 13), "L3807", 1, ())]),
            ("12-26022-907-388", [(D(2026, 1, 20), "97530", 3, ()), (D(2026, 1, 20), "0552T", 1, (), "PR")])]
    claims = []
    for clm, rows in data:
        svcs = [medicare(sv(*r), st) for r in rows]
        claims.append(([f"Claim number {clm}", "Harbor Light Hand Therapy, 9 Wickham Pier Road, Nantasket MA 02045",
                        "Referred by: Imogen Castellane, MD"], None, clm, pat, svcs))
    xs = [(36, "l"), (96, "l"), (376, "r"), (436, "r"), (500, "r"), (566, "r")]
    heads = ["Dates of|Service", "Services Provided", "Amount|Charged", "Medicare|Approved", "Medicare|Paid Provider", "You May|Be Billed"]
    M = lambda x: money(x, "$")  # noqa: E731
    fmt = lambda s: ([dfmt(s.dos, "mdy2"), f"{units_str(s.units)} {s.desc} ({s.code})", M(s.billed), M(s.allowed), M(s.paid), M(s.owes)], [])  # noqa: E731
    tot = lambda v, po: ["", "Claim total", M(total(v, "billed")), M(total(v, "allowed")), M(total(v, "paid")), M(total(v, "owes"))]  # noqa: E731
    d, tr = grid_layout(out, "m2", "fpdf2", PORT, "LiberationSans-Regular", "LiberationSans-Bold", 8,
                        [("Medicare Summary Notice", "LiberationSans-Bold", 16, "l"),
                         ("for Part B (Medical Insurance) - Assigned Claims", "LiberationSans-Regular", 10, "l"),
                         (f"{pat}   Medicare Number ****-***-QX41   Notice date February 3, 2026", "LiberationSans-Regular", 8.5, "l")],
                        xs, heads, claims, fmt, ("billed", "allowed", "paid", "patient_owes"), dict(description=False, modifiers=False),
                        lambda c, p, n: f"Claim number {p} continued", ("billed", "allowed", "paid", "patient_owes"),
                        "THIS IS NOT A BILL - Keep this notice for your records.   Page {PAGE} of {PAGES}", total_row=tot)
    d.need(50)
    for t in ["Notes for claims above:", "A  This information is being sent to your secondary insurer.",
              "B  The laser treatment is not covered; you may be billed for it."]:
        d.text(36, d.y, t, "LiberationSans-Regular", 8)
        d.y += 11
    fin(out, "m2_msn", "fpdf2", d, tr, "Medicare Summary Notice Part B")


# =============================================================================================== md1
def md1(out):
    rec = [("PELLETIER, JUNE A", "710023845512", "JP0105", [(D(2026, 1, 5), "92507", 1, ("GN",)), (D(2026, 1, 7), "92507", 1, ("GN",)),
            (D(2026, 1, 12), "92507", 1, ("GN",)), (D(2026, 1, 14), "92526", 1, ("GN",))]
            + [(D(2026, 1, 16) + timedelta(days=k), "92507", 1, ("GN",)) for k in range(0, 12, 2)]),
           ("AKINDELE, SAMUEL", "710045118720", "SA0108", [(D(2026, 1, 8), "97530", 3, ("GO",)), (D(2026, 1, 8), "97110", 2, ("GO", "59")),
            (D(2026, 1, 15), "97530", 2, ("GO",)), (D(2026, 1, 15), "97112", 1, ("GO",))]),
           ("NGUYEN-BAKER, LILA", "710067740031", "LN0109", [(D(2026, 1, 9), "97129", 2, ("GN",)), (D(2026, 1, 9), "97150", 1, ("GO",), "CO")])]
    claims = []
    icn = 2026020100417
    for k, (name, rid, pcn, rows) in enumerate(rec * 2):
        svcs = [medicaid(sv(*r)) for r in rows]
        if k >= 3:
            svcs = [medicaid(sv(r[0] + timedelta(days=28), *r[1:])) for r in rows if len(r) == 4]
        for s in svcs:
            s.remarks = ["N130"] if s.denied else []
        icn += 37
        pcn2 = pcn if k < 3 else pcn[:2] + str(int(pcn[2:]) + 28).zfill(4)
        claims.append(([f"RECIPIENT: {name}   RECIP ID: {rid}   ICN: {icn}   PCN (PAT ACCT): {pcn2}"], pcn2, str(icn), name, svcs))
    # a reversal of an earlier payment and its replacement
    old = [medicaid(sv(D(2025, 12, 29), "97530", 2, ("GO",)))]
    claims.append((["*** ADJUSTED CLAIMS ***  RECIPIENT: AKINDELE, SAMUEL   RECIP ID: 710045118720   ICN: 2026020199001 (VOID OF 2025123100877)   PCN: SA1229"],
                   "SA1229", "2026020199001", "AKINDELE, SAMUEL", [negate(old[0])]))
    claims.append((["RECIPIENT: AKINDELE, SAMUEL   RECIP ID: 710045118720   ICN: 2026020199002 (REPLACES 2025123100877)   PCN: SA1229"],
                   "SA1229", "2026020199002", "AKINDELE, SAMUEL", [medicaid(sv(D(2025, 12, 29), "97530", 3, ("GO",)))]))
    xs = [(30, "l"), (50, "l"), (104, "l"), (158, "l"), (196, "l"), (252, "r"), (300, "r"), (360, "r"), (420, "r"), (430, "l"), (540, "l")]
    heads = ["LN", "FROM DOS", "THRU DOS", "PROC", "MODS", "UNITS", "BILLED", "ALLOWED", "PAID", "ADJ GRP-RSN AMT", "RMK"]
    lnno = {}

    def fmt(s):
        lnno[id(s)] = lnno.get("n", 0) + 1
        return [f"{len(lnno):02d}", dfmt(s.dos, "mdy6"), dfmt(s.dos, "mdy6"), s.code, " ".join(s.mods), units_str(s.units),
                money(s.billed, "", "trail"), money(s.allowed, "", "trail"), money(s.paid, "", "trail"), _adj(s), " ".join(s.remarks)], []
    tot = lambda v, po: ["", "CLAIM TOTAL", "", "", "", "", money(total(v, "billed"), "", "trail"), money(total(v, "allowed"), "", "trail"),  # noqa: E731
                         money(total(v, "paid"), "", "trail"), "", ""]
    d, tr = grid_layout(out, "md1", "reportlab", LAND, "Courier", "Courier-Bold", 7.5,
                        [("STATE OF WESTMARCH  DEPARTMENT OF HUMAN SERVICES  MEDICAL ASSISTANCE PROGRAM", "Courier-Bold", 9, "l"),
                         ("REMITTANCE ADVICE   RA NO 0004417   RA DATE 03/02/2026   PROVIDER: CLEARBROOK THERAPY ASSOCIATES  NPI 1928374650",
                          "Courier", 7.5, "l"),
                         ("CLAIM TYPE: PROFESSIONAL   PAGE {PAGE} OF {PAGES}", "Courier", 7.5, "l")],
                        xs, heads, claims, fmt, ("billed", "allowed", "paid"), dict(description=False),
                        lambda c, p, n: f"ICN {p} {n} (CONTINUED)", ("billed", "allowed", "paid"),
                        "WESTMARCH MAP - PROVIDER SERVICES 1-888-555-0190", total_row=tot, sub_rows=lambda s: _more_adj(s, 11, 9))
    for ln, s in zip(tr.lines, [s for c in claims for s in c[4]]):
        ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
        ln["remarks"] = list(s.remarks)
    fin(out, "md1_medicaid_ra", "reportlab", d, tr, "state Medicaid RA, fixed width",
        [("N130", "benefit limit reached")])


# =============================================================================================== md2
def md2(out):
    kids = [("Beatriz Solano", "LM40021877", "BS-118", [(D(2026, 1, 6), "97166", 1, ("GO",)), (D(2026, 1, 6), "97535", 2, ("GO",)),
             (D(2026, 1, 20), "97535", 2, ("GO",))]),
            ("Mateo Solano", "LM40021894", "MS-119", [(D(2026, 1, 7), "92523", 1, ("GN",)), (D(2026, 1, 21), "92507", 1, ("GN",)),
             (D(2026, 1, 21), "97129", 1, ("GN",), "CO")]),
            ("Wendell Ashgrove", "LM38877012", "WA-204", [(D(2026, 1, 8), "97110", 2, ("GP",)), (D(2026, 1, 8), "97140", 2, ("GP", "59"))])]
    claims = []
    for k, (pat, mid, acct, rows) in enumerate(kids):
        svcs = [medicaid(sv(*r), "B5") for r in rows]
        tcn = f"26{k + 1:02d}8{k * 7 + 30:03d}00{k + 4}"
        claims.append(([f"Member: {pat}   Medicaid ID: {mid}   TCN: {tcn}   Patient Acct: {acct}   Status: PAID"], acct, tcn, pat, svcs))
    xs = [(36, "l"), (90, "l"), (142, "l"), (186, "l"), (246, "r"), (300, "r"), (352, "r"), (398, "r"), (446, "r"), (456, "l")]
    heads = ["Service|From", "Service|To", "Proc", "Modifiers", "Units", "Billed Amt", "Allowed Amt", "TPL Amt", "Paid Amt", "Adj Codes"]
    N = lambda x: money(x, ",")  # noqa: E731
    fmt = lambda s: ([dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, ", ".join(s.mods), units_str(s.units) + ".00",  # noqa: E731
                      N(s.billed), N(s.allowed), "0.00", N(s.paid), "  ".join(f"{g}{c} {N(a)}" for g, c, a in s.adjs)], [])
    tot = lambda v, po: ["Claim Totals", "", "", "", "", N(total(v, "billed")), N(total(v, "allowed")), "0.00", N(total(v, "paid")), ""]  # noqa: E731
    d, tr = grid_layout(out, "md2", "fpdf2", PORT, "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", 7.5,
                        [("Lakemont Department of Health Services - Medicaid Program", "DejaVuSansCondensed-Bold", 12, "l"),
                         ("Provider Remittance Statement   Payment date 01/30/2026   EFT trace 0000930417", "DejaVuSansCondensed", 8.5, "l"),
                         ("Payee: Pinecrest Children's Therapy Center   Provider ID 0048812   Page {PAGE} of {PAGES}", "DejaVuSansCondensed", 8.5, "l")],
                        xs, heads, claims, fmt, ("billed", "allowed", "paid"), dict(description=False),
                        lambda c, p, n: f"TCN {p} {n} continued", ("billed", "allowed", "paid"),
                        "Adjustment group codes: CO contractual obligation. Keep this statement with your records.", total_row=tot)
    for ln, s in zip(tr.lines, [s for c in claims for s in c[4]]):
        ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
    fin(out, "md2_medicaid_rs", "fpdf2", d, tr, "state Medicaid remittance statement")


# =============================================================================================== r1
def r1(out):
    st = PlanState(ded_left=Decimal("40.00"))
    pts = [("WEATHERBY, HAROLD", "4TX8KL2MN61", "RHT20419", "2226012345670", [(D(2026, 1, 6), "97110", 2, ("GP", "KX")), (D(2026, 1, 6), "97112", 1, ("GP",)),
            (D(2026, 1, 8), "97110", 2, ("GP", "KX")), (D(2026, 1, 8), "97140", 1, ("GP",)), (D(2026, 1, 13), "97110", 3, ("GP", "KX")),
            (D(2026, 1, 13), "97530", 1, ("GP",)), (D(2026, 1, 15), "97110", 2, ("GP", "KX")), (D(2026, 1, 15), "97116", 1, ("GP", "KX")),
            (D(2026, 1, 20), "97110", 2, ("GP", "KX")), (D(2026, 1, 22), "97110", 2, ("GP", "KX")), (D(2026, 1, 22), "97140", 1, ("GP",)),
            (D(2026, 1, 27), "97110", 2, ("GP", "KX")), (D(2026, 1, 27), "97112", 2, ("GP",))]
           + [(D(2026, 1, 29) + timedelta(days=k // 2 * 2), ("97110", "97140")[k % 2], 2 - k % 2, (("GP", "KX"), ("GP",))[k % 2])
              for k in range(10)]),
           ("QUARLES, BENEDICT", "7WQ3HN8PR22", "RHT20433", "2226012345671", [(D(2026, 1, 7), "97165", 1, ("GO",)), (D(2026, 1, 7), "97530", 2, ("GO",)),
            (D(2026, 1, 14), "97535", 2, ("GO", "CO"))])]
    claims = []
    for name, mid, acct, icn, rows in pts[::-1]:
        svcs = [medicare(sv(*r), st) for r in rows]
        claims.append(([f"NAME {name}   MID {mid}   ACNT {acct}   ICN {icn}   ASG Y   MOA MA01"], acct, icn, name, svcs))
    xs = [(30, "l"), (80, "l"), (150, "l"), (172, "l"), (196, "l"), (232, "l"), (300, "r"), (350, "r"), (396, "r"), (440, "r"), (452, "l"), (582, "r")]
    heads = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "COINS", "GRP/RC-AMT", "PROV PD"]
    N = lambda x: money(x, "")  # noqa: E731
    fmt = lambda s: (["1447702918", s.dos.strftime("%m%d") + " " + dfmt(s.dos, "mdy6"), "11", units_str(s.units), s.code,  # noqa: E731
                      " ".join(s.mods), N(s.billed), N(s.allowed), N(s.deductible), N(s.coinsurance), _adj(s), N(s.paid)], [])
    tot = lambda v, po: ["CLAIM TOTALS", "", "", "", "", "", N(total(v, "billed")), N(total(v, "allowed")), N(total(v, "deductible")),  # noqa: E731
                         N(total(v, "coinsurance")), "", N(total(v, "paid"))]
    d, tr = grid_layout(out, "r1", "reportlab", PORT, "Courier", "Courier-Bold", 7,
                        [("CROSSWIND CLAIMS EXCHANGE - MEDICARE PART B STANDARD-FORMAT REMITTANCE", "Courier-Bold", 8.5, "l"),
                         ("PROVIDER # 1447702918  RIDGELINE HAND & THERAPY   CHECK/EFT # 884120193   DATE 02/13/2026   PAGE #: {PAGE} OF {PAGES}", "Courier", 7, "l")],
                        xs, heads, claims, fmt, ("billed", "allowed", "deductible", "coinsurance", "paid"), dict(description=False),
                        lambda c, p, n: f"NAME {n}   ACNT {c}   ICN {p}   (CONT)", ("billed", "allowed", "paid"),
                        "PRINTED FROM 835 BY CROSSWIND CLAIMS EXCHANGE - FOR PROVIDER USE ONLY", total_row=tot,
                        sub_rows=lambda s: _more_adj(s, 12, 10))
    for ln, s in zip(tr.lines, [s for c in claims for s in c[4]]):
        ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
    fin(out, "r1_paper_remit", "reportlab", d, tr, "clearinghouse Medicare-style paper remit")


# =============================================================================================== r2
def r2(out):
    st = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"))
    pts = [("Okonkwo, Adaeze", "30458", "MCR26011700551", [(D(2026, 1, 12), "97167", 1, ("GO",)), (D(2026, 1, 12), "97530", 2, ("GO", "KX")),
            (D(2026, 1, 12), "97535", 1, ("GO", "59"))]),
           ("Fairbanks, Lionel", "30471", "MCR26011700582", [(D(2026, 1, 13), "92507", 1, ("GN",)), (D(2026, 1, 15), "92507", 1, ("GN",)),
            (D(2026, 1, 15), "92526", 1, ("GN", "59"))]),
           ("Delgado-Price, Irene", "30502", "MCR26011700617", [(D(2026, 1, 14), "97112", 2, ("GP", "CQ")), (D(2026, 1, 14), "97110", 2, ("GP", "CQ"))])]
    claims = []
    for pat, acct, clm, rows in pts:
        svcs = [medicare(sv(*r), st) for r in rows]
        claims.append(([f"Patient: {pat}    Acct #: {acct}    Payer Claim #: {clm}    Claim Status: 1 - Processed as Primary"],
                       acct, clm, pat, svcs))
    old = medicare(sv(D(2025, 12, 30), "97530", 3, ("GO",)), PlanState())
    claims.append((["Patient: Okonkwo, Adaeze    Acct #: 29977    Payer Claim #: MCR25123100904    Claim Status: 22 - Reversal of Previous Payment"],
                   "29977", "MCR25123100904", "Okonkwo, Adaeze", [negate(old)]))
    claims.append((["Patient: Okonkwo, Adaeze    Acct #: 29977    Payer Claim #: MCR26011700990    Claim Status: 1 - Processed as Primary (corrected)"],
                   "29977", "MCR26011700990", "Okonkwo, Adaeze", [medicare(sv(D(2025, 12, 30), "97530", 2, ("GO",)), PlanState())]))
    xs = [(36, "l"), (92, "l"), (132, "l"), (156, "l"), (196, "r"), (252, "r"), (306, "r"), (356, "r"), (404, "r"), (416, "l"),
          (490, "r"), (504, "l"), (610, "r"), (666, "r")]
    heads = ["Svc Date", "Code", "Mod 1", "Mod 2", "Units", "Charge", "Allowed", "Deductible", "Coins", "Adj Grp/Rsn", "Adj Amt",
             "Remark", "Pt Resp", "Paid"]
    P = lambda x: money(x, ",", "()")  # noqa: E731

    def fmt(s):
        g, c, a = s.adjs[0]
        m = list(s.mods) + ["", ""]
        return [dfmt(s.dos, "mdyn"), s.code, m[0], m[1], units_str(s.units), P(s.billed), P(s.allowed), P(s.deductible),
                P(s.coinsurance), f"{g}-{c}", P(a), " ".join(s.remarks), P(s.owes), P(s.paid)], []

    def subs(s):
        return [["", "", "", "", "", "", "", "", "", f"{g}-{c}", P(a), "", "", ""] for g, c, a in s.adjs[1:]]
    tot = lambda v, po: ["Claim Total", "", "", "", "", P(total(v, "billed")), P(total(v, "allowed")), P(total(v, "deductible")),  # noqa: E731
                         P(total(v, "coinsurance")), "", "", "", P(total(v, "owes")), P(total(v, "paid"))]
    d, tr = grid_layout(out, "r2", "fpdf2", LAND, "LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", 8,
                        [("TheraTrack PM  -  ERA Detail Report", "LiberationSansNarrow-Bold", 13, "l"),
                         ("Payer: Medicare Part B - Jurisdiction 16 (paper copy)   Check/EFT #: 0517733902   Paid 01/29/2026   Practice: Summit Step Rehab Group",
                          "LiberationSansNarrow-Regular", 8.5, "l")],
                        xs, heads, claims, fmt, ("billed", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                        dict(description=False), lambda c, p, n: f"Patient: {n}  Acct #: {c}  (continued)",
                        ("billed", "allowed", "paid", "patient_owes"), "Report run 01/30/2026 08:14 by front desk   Page {PAGE} of {PAGES}",
                        total_row=tot, sub_rows=subs)
    for ln, s in zip(tr.lines, [s for c in claims for s in c[4]]):
        ln["adjustments"] = [[g, c, str(q(a))] for g, c, a in s.adjs]
    fin(out, "r2_pm_era_report", "fpdf2", d, tr, "practice-management Medicare-style remit print")


# =============================================================================================== s1
def s1(out):
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.80"))
    fam = [("Arjun Venkataraman", [("V-88213", "26011400917", D(2026, 1, 6), [("97530", 2, ("GO",)), ("97112", 1, ("GO",))]),
                                   ("V-88247", "26012100455", D(2026, 1, 13), [("97530", 3, ("GO",)), ("97535", 1, ("GO",))])]),
           ("Kavya Venkataraman", [("V-88230", "26011400981", D(2026, 1, 8), [("92523", 1, ("GN",))]),
                                   ("V-88266", "26012200102", D(2026, 1, 15), [("92507", 1, ("GN",)), ("92526", 1, ("GN",))]),
                                   ("V-88291", "26012900377", D(2026, 1, 22), [("92507", 1, ("GN",))])])]
    d = Doc("reportlab", PORT, top=40, bottom=60)
    tr = Truth()
    F, B = "DejaVuSans", "DejaVuSans-Bold"
    M = lambda x: money(x, "$")  # noqa: E731

    def header(doc):
        doc.text(36, 42, "Little Oaks Pediatric Therapy", B, 13)
        doc.text(36, 54, "312 Juniper Mill Road, Suite 4  -  Brackenridge, CO 80911  -  (719) 555-0164", F, 7.5)
        doc.text(576, 42, "STATEMENT", B, 12, "r")
        doc.text(576, 54, "Page {PAGE} of {PAGES}", F, 7.5, "r")
        doc.line(36, 60, 576, 60, 1)
        doc.text(306, doc.h - 28, "Thank you for trusting us with your family's care. Please call our billing office with questions.", F, 6.8, "c")
        doc.y = 76
    d.header = header
    d.new_page()
    d.rect(36, 70, 540, 64)
    for i, t in enumerate(["Guarantor: Priya Venkataraman", "Account No. LOPT-40518", "14 Sparrowhawk Court",
                           "Brackenridge, CO 80913"]):
        d.text(44, 84 + 13 * i, t, F, 8)
    for i, t in enumerate(["Statement date: 02/04/2026", "Payment due by: 02/25/2026", "Primary insurance: Bluewater Mutual"]):
        d.text(330, 84 + 13 * i, t, F, 8)
    d.y = 150
    xs = [(36, "l"), (88, "l"), (150, "l"), (340, "r"), (424, "r"), (490, "r"), (576, "r")]
    tb = Table(d, xs, F, 7.5, 11)
    allsv = []
    for pat, vis in fam:
        d.need(40)
        d.text(36, d.y, f"Patient: {pat}", B, 9)
        d.y += 14
        tb.row(["Date", "Code", "Description", "Charges", "Insurance paid", "Adjustments", "Patient responsibility"], font=B)
        for vno, clm, dos, rows in vis:
            svcs = [commercial(sv(dos, c, u, m), st) for c, u, m in rows]
            if d.need(14 + 11 * (len(svcs) + 1)):
                tb.row([f"{pat} (continued)"], font=B)
            tb.row(["", f"Visit {vno}  -  billed to Bluewater Mutual, claim {clm}"], font=B)
            for s in svcs:
                tr.add(d.pno, s, vno, clm, pat, ("billed", "discount", "paid", "patient_owes"), units=False, description=False)
                tb.row([dfmt(s.dos, "mdy2"), f"{s.code} {' '.join(s.mods)}", s.desc, M(s.billed), M(s.paid), M(s.discount), M(s.owes)])
            tr.claim(vno, clm, pat, svcs, ("billed", "paid", "patient_owes"))
            tb.row(["", "", "Visit total", M(total(svcs, "billed")), M(total(svcs, "paid")), M(total(svcs, "discount")), M(total(svcs, "owes"))])
            allsv += svcs
        d.y += 6
    tb.row([dfmt(D(2026, 1, 27), "mdy2"), "", "Payment received - thank you (card ending 4471)", "", "", "", "-$50.00"])
    d.y += 10
    d.need(60)
    due = total(allsv, "owes") - Decimal("50.00")
    d.rect(316, d.y - 10, 260, 46)
    d.text(324, d.y + 4, "Current    31-60    61-90    Over 90", F, 7.5)
    d.text(324, d.y + 16, f"{M(due)}    $0.00    $0.00    $0.00", F, 7.5)
    d.text(324, d.y + 30, f"AMOUNT DUE NOW: {M(due)}", B, 9)
    fin(out, "s1_clinic_statement", "reportlab", d, tr, "therapy clinic family statement")


# =============================================================================================== s2
def s2(out):
    accts = [("4400187723", "Lucía Ferreira", "Crestline Health", "CRH-77201948", [
        (D(2026, 1, 5), "0434", "97167", 1, ("GO",)), (D(2026, 1, 5), "0434", "97530", 2, ("GO",)), (D(2026, 1, 7), "0434", "97530", 3, ("GO",)),
        (D(2026, 1, 7), "0434", "97760", 1, ("GO",)), (D(2026, 1, 7), "0274", "L3807", 1, ("RT",)), (D(2026, 1, 12), "0434", "97530", 2, ("GO",)),
        (D(2026, 1, 12), "0434", "97140", 1, ("GO", "59")), (D(2026, 1, 14), "0434", "97535", 2, ("GO",)), (D(2026, 1, 19), "0434", "97530", 3, ("GO",)),
        (D(2026, 1, 21), "0434", "97530", 2, ("GO",)), (D(2026, 1, 21), "0434", "97110", 1, ("GO",)), (D(2026, 1, 23), "0434", "97168", 1, ("GO",))]
        + [(D(2026, 1, 26) + timedelta(days=k // 3 * 2), "0434", ("97530", "97140", "97535")[k % 3], 2 - k % 3 // 2, ("GO",))
           for k in range(9)]),
        ("4400188140", "Rafael Ferreira", "Crestline Health", "CRH-77203311", [
        (D(2026, 1, 9), "0424", "97163", 1, ("GP",)), (D(2026, 1, 9), "0424", "97110", 2, ("GP",)), (D(2026, 1, 16), "0424", "97116", 2, ("GP",)),
        (D(2026, 1, 16), "0424", "G0283", 1, ("GP",))])]
    d = Doc("fpdf2", PORT, top=40, bottom=60)
    tr = Truth()
    F, B = "LiberationSerif-Regular", "LiberationSerif-Bold"
    N = lambda x: money(x, ",", "trail")  # noqa: E731

    def header(doc):
        doc.text(306, 40, "ST. BRENDAN REGIONAL MEDICAL CENTER", B, 13, "c")
        doc.text(306, 52, "Outpatient Rehabilitation Services  -  Patient Financial Services, 600 Larkspur Blvd, Galloway Falls, WI 54460", F, 7.5, "c")
        doc.line(36, 58, 576, 58, 0.6)
        doc.line(36, 60, 576, 60, 0.6)
        doc.text(576, doc.h - 28, "Page {PAGE} of {PAGES}", F, 7.5, "r")
        doc.text(36, doc.h - 28, "Guarantor: Marisol Ferreira   Statement 02/10/2026", F, 7.5)
        doc.y = 76
    d.header = header
    d.new_page()
    for i, t in enumerate(["Marisol Ferreira", "88 Tamarack Lane", "Galloway Falls, WI 54461"]):
        d.text(50, 84 + 12 * i, t, F, 9)
    d.rect(360, 74, 216, 46)
    d.text(368, 88, "Guarantor No. G-2209417", F, 8.5)
    d.text(368, 100, "Statement Date 02/10/2026", F, 8.5)
    d.text(368, 112, "Please pay this amount: see totals below", F, 8.5)
    d.y = 140
    xs = [(36, "l"), (90, "l"), (120, "l"), (160, "l"), (366, "r"), (440, "r")]
    tb = Table(d, xs, F, 8, 11.5)

    def colhead():
        tb.row(["Date", "Rev", "Code", "Description", "Qty", "Charges"], font=B)
        d.line(36, d.y - 8, 576, d.y - 8, 0.4)
        d.y += 2
    for acct, pat, ins, clm, rows in accts[::-1]:
        d.need(60)
        d.rect(36, d.y - 10, 540, 28, 0.4, fill=0.9)
        d.text(42, d.y, f"Account {acct}   Patient: {pat}   Outpatient rehabilitation visits", B, 8.5)
        d.text(42, d.y + 11, f"Insurance: {ins}   Claim {clm}", F, 8)
        d.y += 28
        colhead()
        svcs = []
        for dos, rev, code, u, mods in rows:
            s = sv(dos, code, u, mods, desc=LONG_DESC.get(code, ""))
            lines_ = d.wrap(s.desc, F, 8, 190)
            if d.need(11.5 * len(lines_)):
                d.text(42, d.y, f"Account {acct}   {pat}   (continued)", B, 8.5)
                d.y += 14
                colhead()
            tr.add(d.pno, s, acct, clm, pat, ("billed",), modifiers=True, description=False)
            tb.row([dfmt(dos, "mdy2"), rev, f"{code} {' '.join(mods)}", lines_[0], units_str(s.units), N(s.billed)])
            for x in lines_[1:]:
                tb.row(["", "", "", x])
            svcs.append(s)
        tb_ = total(svcs, "billed")
        ins_paid = q(tb_ * Decimal("0.52"))
        adj = q(tb_ * Decimal("0.36"))
        tb.row(["", "", "", "Total charges", "", N(tb_)], font=B)
        tb.row([dfmt(D(2026, 2, 3), "mdy2"), "", "", f"Payment - {ins}", "", N(-ins_paid)])
        tb.row([dfmt(D(2026, 2, 3), "mdy2"), "", "", "Contractual allowance", "", N(-adj)])
        tb.row(["", "", "", "Account balance - your share", "", N(tb_ - ins_paid - adj)], font=B)
        tr.claim(acct, clm, pat, svcs, ("billed",))
        d.y += 10
    fin(out, "s2_hospital_statement", "fpdf2", d, tr, "hospital outpatient family statement")


# =============================================================================================== check
def _rows(page):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0] - w["top"]) < 2.5:
            rows[-1][1].append(w)
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows]


def _amt_in(a: str, text: str) -> bool:
    v = Decimal(a)
    body = [f"{abs(v):,.2f}", f"{abs(v):.2f}"]
    for b in body:
        for m in re.finditer(re.escape(b), text):
            pre, post = text[max(0, m.start() - 2):m.start()], text[m.end():m.end() + 1]
            if post[:1].isdigit() or (m.start() > 0 and text[m.start() - 1].isdigit()):
                continue
            neg = "-" in pre[-2:] or "(" in pre[-2:] or post == "-"
            if (v < 0) == neg or v == 0:
                return True
    return False


def _date_in(dt: str, text: str) -> bool:
    x = date.fromisoformat(dt)
    forms = {dfmt(x, s) for s in ("mdy2", "mdy4", "mdy6", "mdY8", "mon", "month", "mdyn", "iso", "dmy")}
    forms.add(f"{x.month}/{x.day}/{x:%y}")
    return any(f in text for f in forms)


def check(out: Path) -> int:
    import pdfplumber
    bad = 0
    for tf in sorted(out.glob("*.truth.json")):
        tr = json.loads(tf.read_text())
        pdf_path = Path(str(tf)[: -len(".truth.json")])
        errs = []
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"pages {len(pdf.pages)} != {tr['pages']}")
            rows = [_rows(p) for p in pdf.pages]
            alltext = "\n".join("\n".join(r) for r in rows)
        used = set()
        for i, ln in enumerate(tr["lines"]):
            pr = rows[ln["page"] - 1]
            ok = False
            for ri, row in enumerate(pr):
                if (ln["page"], ri) in used or ln["code"] not in row:
                    continue
                after = " ".join(pr[ri:ri + 4])
                if not all(_amt_in(ln[k], row) for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                         "copay", "coinsurance", "not_covered", "discount") if ln[k] is not None):
                    continue
                if any(m not in row for m in ln["modifiers"]):
                    continue
                if ln["units"] is not None and not re.search(r"(?<![\d.,$])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d,]|\.\d*[1-9])", row):
                    continue
                if not _date_in(ln["service_date"], row):
                    continue
                if ln["service_end"] and not _date_in(ln["service_end"], row):
                    continue
                if any(not (re.search(rf"{g}\W?{c}\b", after) and _amt_in(a, after)) for g, c, a in ln["adjustments"]):
                    continue
                if any(r not in after for r in ln["remarks"]):
                    continue
                used.add((ln["page"], ri))
                ok = True
                break
            if not ok:
                errs.append(f"line {i} ({ln['code']} {ln['service_date']} p{ln['page']}) not found on one row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"line {i} {k} {ln[k]!r} not in text")
            if ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
                if q(Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])) != Decimal(ln["paid"]):
                    errs.append(f"line {i} billed - adjustments != paid")
            if ln["allowed"] is not None and ln["discount"] is not None and ln["not_covered"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != Decimal(ln["allowed"]):
                    errs.append(f"line {i} billed - discount - not covered != allowed")
        planted = {(f["claim_id"], f["payer_claim_id"], f["field"]) for f in tr["expected_findings"]}
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"claim {c['claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if not _amt_in(v, alltext):
                    errs.append(f"claim {c['claim_id']} total {k} {v} not printed")
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
                if (q(s) == Decimal(v)) == ((c["claim_id"], c["payer_claim_id"], k) in planted):
                    errs.append(f"claim {c['claim_id']} {k}: lines {s} vs total {v} (planted={k in planted})")
        for f in tr["expected_findings"]:
            if not any((c["claim_id"], c["payer_claim_id"]) == (f["claim_id"], f["payer_claim_id"]) for c in tr["claims"]):
                errs.append("finding without claim")
        cont = sum(len({ln["page"] for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"]) ==
                        (c["claim_id"], c["payer_claim_id"])}) > 1 for c in tr["claims"])
        print(f"{pdf_path.name}: {len(tr['lines'])} lines, {tr['pages']} pages, claims continued across pages {cont}, "
              f"{'OK' if not errs else 'FAIL'}")
        for e in errs[:12]:
            print("   ", e)
        bad += bool(errs)
    return bad


LAYOUTS = [c1, c2, m1, m2, md1, md2, r1, r2, s1, s2]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout142_"))
    if "samples" in out.resolve().parts:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print("wrote", out)
    if "--check" in argv:
        sys.exit(1 if check(out) else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
