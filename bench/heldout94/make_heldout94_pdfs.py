"""Write held-out set 94 of synthetic PDF EOB layouts (with truth files) into a folder: the layouts the PDF
reader is judged on, written without looking at the reader (sets 1-91 came earlier).

Run:  python bench/heldout94/make_heldout94_pdfs.py OUT_DIR            (writes the PDFs + truth)
      python bench/heldout94/make_heldout94_pdfs.py OUT_DIR --check    (also self-checks the written files)

Refuses to write under samples/. Never commit the PDFs. Deterministic (reportlab invariant=1, fpdf2 fixed
creation date, no randomness). Truth format: samples/pdf/eobgen.py, printed values only, null for what the
layout does not print (units null where no quantity is printed); claim_id = provider's own account / patient
control / visit number, payer_claim_id = payer's claim number / ICN, patient = the person served, as printed.
service_end is null when the page prints one date (or the same from/thru date). A statement's unlabelled
"Adjustment" column (write-off with no reason code) is recorded as discount, with no adjustments entry.
Every name, number, payer, provider and ID is invented; descriptions are our own words.

Layouts (two of each of the five commonest kinds; house styles new to this set):
  c1  commercial member EOB, "Claim detail" per family member, service cell "Description (code-mod)", no units,
      10 amount columns, letter remark codes, 3 members, one claim runs to page 2 with header repeated (reportlab,
      Liberation Serif portrait)
  c2  commercial member "Health Benefit Statement", landscape with a left accumulator sidebar, boxed claims,
      Proc/Mod/Qty columns, a denied line, member responsibility, 3 members (fpdf2, DejaVu Sans Condensed)
  m1  Medicare Advantage member monthly EOB: Plan's share / Your share, claim-number headings, no units, notes
      column, year-to-date box (reportlab, core Helvetica)
  m2  Medicare Summary Notice Part B: date in claim heading, "N units" inside the service cell with code in
      parentheses, Service Approved? column, notes letters, notes legend on page 2 (fpdf2, DejaVu Serif)
  d1  state Medicaid remittance advice, monospace landscape: PAID / DENIED / ADJUSTED sections, recipient
      header rows, numbered detail lines, EOB codes, reversal amounts with trailing minus, header repeated on
      every page, each section on its own page (fpdf2, core Courier)
  d2  state Medicaid provider remittance statement: shaded claim rows, Dtl lines with group-reason codes and
      amounts on the row, TPL column, denied detail, claim totals (reportlab, Liberation Sans Narrow)
  r1  practice-management "Remittance Detail Report" of a Medicare Part B payment: boxed claims, adjustment codes
      with amounts in one small-print cell on the row, deduct/coins columns, one page (reportlab, DejaVu Sans)
  r2  clearinghouse print of a Medicare standard paper remittance: NAME/HIC/ACNT/ICN header, MMDD MMDDYY
      dates, extra GRP/RC-AMT on the following text lines, CLAIM TOTALS, a reversal with negative amounts
      (fpdf2, Liberation Mono)
  s1  therapy clinic family statement: detachable stub, visit headings with invoice and insurer claim numbers,
      Charge / Ins. Paid / Adjust. / Pt. Paid / Balance per line, 3 children, one page (reportlab, DejaVu Sans
      Condensed)
  s2  hospital outpatient-rehab family statement, landscape with a left sidebar: per-patient accounts, revenue
      code and CPT/HCPCS columns, Qty, charges only per line with insurance and adjustments at account level,
      two pages (fpdf2, Liberation Sans)

--check tests the factory, not the reader: page counts; every printed truth value (date, code, modifiers,
units, amounts) on the SAME extracted text line as its service (dates printed in a claim heading: on the
page), adjustment and remark codes on that line or the next two, ids and patient names on the page;
arithmetic: billed - discount - not_covered = allowed, allowed - deductible - copay - coinsurance = paid where
printed; billed - adjustments = paid where every adjustment is printed with its amount; claim totals = sum of
lines.
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
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h94kit import Doc, render_fpdf, render_reportlab, width  # noqa: E402

D = lambda m, d: date(2026, m, d)  # noqa: E731


class Out:
    """Collects truth lines plus, for --check, the tokens each line must show on its text row."""

    def __init__(self):
        self.lines, self.claims, self.spec = [], [], []

    def add(self, doc, s, row=None, *, ctx=(), near=(), _r=None, **kw):
        row = _r if row is None else row
        self.lines.append(truth_line(doc.page, s, **kw))
        self.spec.append({"page": doc.page, "row": [x for x in row if x], "ctx": list(ctx), "near": list(near)})

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})


def save(out_dir, name, doc, producer, o, legend, desc, full_adj=False):
    p = out_dir / f"{name}.pdf"
    (render_reportlab if producer == "reportlab" else render_fpdf)(doc, p, desc)
    write_truth(p, name, producer, len(doc.pages), desc, o.lines, o.claims, legend)
    side = {"spec": o.spec, "full_adj": full_adj}
    return p, side


def m2(d):  # plain 1,234.56
    return money(d, ",")


# ------------------------------------------------------------------------------------------- c1
def c1(out):
    doc = Doc(False, "LiberationSerif", 7.6)
    o = Out()
    B = "LiberationSerif-Bold"
    st = {"M": PlanState(ded_left=q(150), coins_rate=Decimal("0.20")), "F": PlanState(ded_left=q(0)),
          "K": PlanState(ded_left=q(40), visit_copay=q(25))}
    claims = [
        ("Halvorsen, Tobias", "F", "Northgate Family Medicine", "CL2601-4502-17", "NFM88120",
         [Svc(D(1, 8), "99213", 1), Svc(D(1, 8), "G0283", 1, ("GP",), denied="PR")]),
        ("Halvorsen, Ingrid", "M", "Stillwater Hand & Upper Limb Clinic", "CL2601-4533-40", "SHU-30771",
         [Svc(D(1, 9), "97166", 1, ("GO",)), Svc(D(1, 9), "L3807", 1, ("RT",)),
          Svc(D(1, 16), "97140", 2, ("GO",)), Svc(D(1, 16), "97110", 2, ("GO",))]),
        ("Halvorsen, Noor", "K", "Riverbend Pediatric Therapy", "CL2601-4471-09", "RPT-55102",
         [Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)),
          Svc(D(1, 13), "97530", 3, ("GO",)), Svc(D(1, 13), "97535", 1, ("GO",)),
          Svc(D(1, 20), "97530", 2, ("GO",)), Svc(D(1, 20), "97112", 2, ("GO", "59")),
          Svc(D(1, 27), "97530", 3, ("GO",)), Svc(D(1, 27), "97140", 1, ("GO", "59")),
          Svc(D(1, 27), "97760", 1, ("GO",)),
          Svc(D(1, 29), "97530", 2, ("GO",)), Svc(D(1, 29), "97535", 1, ("GO",)),
          Svc(D(1, 30), "97530", 2, ("GO",)), Svc(D(1, 30), "97112", 1, ("GO",))]),
    ]
    xs = [(36, "l"), (92, "l"), (300, "r"), (338, "r"), (376, "r"), (412, "r"), (450, "r"), (482, "r"),
          (518, "r"), (552, "r"), (580, "r")]
    heads = ["Service date", "Service (code-modifier)", "Billed", "Plan disc.", "Allowed", "Not cov.",
             "Deduct.", "Copay", "Coins.", "Plan paid", "You owe"]

    def top(first):
        doc.t(36, 40, "CEDARLINE HEALTH PLAN", B, 15)
        doc.t(36, 52, "PO Box 7710, Marrow Falls, OR 97388   Member services 1-800-555-0143", size=7.5)
        doc.t(576, 40, "Explanation of Benefits", B, 12, "r")
        doc.t(576, 52, "THIS IS NOT A BILL", B, 8, "r")
        doc.t(576, 62, f"Page {doc.page} of #PAGES#", size=7.5, align="r")
        doc.l(36, 68, 576, 68, 1.2)
        doc.y = 80

    def header():
        doc.r(34, doc.y - 9, 544, 22, 0.88, 0)
        doc.row(xs, heads[:2] + [""] * 9, y=doc.y, font=B)
        for (x, al), h in zip(xs[2:], heads[2:]):
            a, _, b = h.partition(" ")
            doc.t(x, doc.y, a, B, 7, al)
            if b:
                doc.t(x, doc.y + 9, b, B, 7, al)
        doc.t(582, doc.y, "Rmk", B, 6.5)
        doc.y += 20

    top(True)
    doc.t(36, doc.y, "Subscriber: INGRID HALVORSEN", B, 9)
    doc.t(36, doc.y + 11, "2290 Larchmont Terrace, Bellwick, OR 97412")
    doc.t(360, doc.y, "Member ID: CHX 448120937", B)
    doc.t(360, doc.y + 11, "Group: Tillamere School District 14  (Group 002211)")
    doc.t(360, doc.y + 22, "Statement date: February 2, 2026")
    doc.y += 40
    doc.r(36, doc.y, 540, 46, None, 0.6)
    doc.t(44, doc.y + 12, "Family summary for this statement", B, 8.5)
    yy = doc.y + 24
    for nm, *_ in claims:
        pass
    doc.t(44, yy, "Claims shown: 3     People covered: Ingrid, Tobias and Noor Halvorsen")
    doc.t(44, yy + 11, "Your plan year deductible: $500.00 individual / $1,000.00 family. Amounts you owe are "
                       "billed by your provider.")
    doc.y += 64
    doc.t(36, doc.y, "Understanding this statement", B, 9)
    for k, t in enumerate(["Billed is what the provider charged. Plan discount is the savings from our network contract.",
                           "Allowed is the amount the plan recognises for the service. Deductible, copay and coinsurance",
                           "are your share of the allowed amount. Not covered amounts are listed with a remark code.",
                           "You owe is the most the provider can bill you for these services.",
                           "Keep this statement with your records. Compare it with the bills you receive from providers."]):
        doc.t(36, doc.y + 12 + 10 * k, t, size=7.5)
    doc.y += 76
    doc.t(36, doc.y, "Plan year accumulators (in network)", B, 9)
    for k, t in enumerate(["Member            Deductible met        Out-of-pocket met",
                           "Ingrid            $150.00 of $500.00    $409.76 of $3,000.00",
                           "Tobias            $500.00 of $500.00    $812.40 of $3,000.00",
                           "Noor              $460.00 of $500.00    $1,045.00 of $3,000.00",
                           "Family            $1,110.00 of $1,000.00  $2,267.16 of $6,000.00"]):
        doc.t(36, doc.y + 12 + 10 * k, t, "Courier", 7.2)
    doc.y += 80
    legend = [("A1", "Amount above the plan's contracted rate; the provider may not bill you for it."),
              ("B4", "This service is not a benefit of your plan."),
              ("C2", "Visit copay applied once per day of service.")]
    for pat, key, prov, pcl, acct, svcs in claims:
        for s in svcs:
            commercial(s, st[key])
        if doc.page == 1 and doc.y > 600:
            pass
        doc.t(36, doc.y, f"Patient: {pat}", B, 8.5)
        doc.t(200, doc.y, f"Provider: {prov}", size=7.8)
        doc.y += 10
        doc.t(36, doc.y, f"Claim number: {pcl}", size=7.8)
        doc.t(200, doc.y, f"Patient account no.: {acct}", size=7.8)
        doc.t(400, doc.y, "Network status: In network", size=7.8)
        doc.y += 12
        header()
        for i, s in enumerate(svcs):
            if doc.y > 740:
                doc.t(306, 760, "Continued on next page", size=7, align="c")
                doc.new_page()
                top(False)
                doc.t(36, doc.y, f"Patient: {pat}  (continued)", B, 8.5)
                doc.t(250, doc.y, f"Claim number: {pcl}", size=7.8)
                doc.y += 12
                header()
            svc = f"{s.desc} ({s.code}{''.join('-' + m for m in s.mods)})"
            rmk = "B4" if s.denied else ("C2" if s.copay else ("A1" if s.discount else ""))
            s.remarks = [rmk] if rmk else []
            vals = [m2(s.billed), m2(s.discount), m2(s.allowed), m2(s.not_covered), m2(s.deductible),
                    m2(s.copay), m2(s.coinsurance), m2(s.paid), m2(s.owes)]
            doc.row(xs, [dfmt(s.dos, "mdy4"), svc] + vals, font=None)
            doc.t(584, doc.y, rmk, size=7)
            o.add(doc, s, [dfmt(s.dos, "mdy4"), s.code + "".join("-" + m for m in s.mods)] + vals,
                  near=s.remarks, claim_id=acct, payer_claim_id=pcl, patient=pat,
                  printed=("billed", "discount", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                           "paid", "patient_owes"), units=False, remarks=s.remarks)
            doc.l(36, doc.y + 4, 576, doc.y + 4, 0.2)
            doc.y += 14
        tots = [m2(total(svcs, a)) for a in ("billed", "discount", "allowed", "not_covered", "deductible",
                                               "copay", "coinsurance", "paid", "owes")]
        doc.row(xs, ["Claim total", ""] + tots, font=B)
        o.claim(acct, pcl, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        doc.y += 22
    doc.t(36, doc.y, "Remark codes", B, 8.5)
    for k, (c, t) in enumerate(legend):
        doc.t(36, doc.y + 11 * (k + 1), f"{c}  {t}", size=7.5)
    doc.t(36, 770, "To appeal a decision on this statement, write to Cedarline Appeals Unit within 180 days.",
          size=7)
    return doc, o, legend, "commercial member EOB, three family members, claim continues to page 2"


# ------------------------------------------------------------------------------------------- c2
def c2(out):
    doc = Doc(True, "DejaVuSansCondensed", 7.4)
    B = "DejaVuSansCondensed-Bold"
    o = Out()
    st = {"p": PlanState(ded_left=q(0), coins_rate=Decimal("0.10")), "s": PlanState(ded_left=q(75)),
          "d": PlanState(ded_left=q(0), copay_codes={"92507": q(30), "92523": q(30)})}
    claims = [
        ("Ansel Brightwater", "son", "s", "Cobalt Creek Speech Center", "5529-0087-11", "CCS-7710-2",
         [Svc(D(1, 5), "92523", 1, ("GN",)), Svc(D(1, 12), "92507", 1, ("GN",)), Svc(D(1, 19), "92507", 1, ("GN",)),
          Svc(D(1, 26), "92507", 1, ("GN",)), Svc(D(1, 26), "97129", 2, ("GN",), denied="PR")]),
        ("Odile Brightwater", "daughter", "d", "Cobalt Creek Speech Center", "5529-0091-04", "CCS-7744-0",
         [Svc(D(1, 7), "92507", 1, ("GN",)), Svc(D(1, 14), "92507", 1, ("GN",)), Svc(D(1, 21), "92526", 1, ("GN",))]),
        ("Perrin Brightwater", "self", "p", "Meadowlark Physical Therapy", "5529-0102-56", "MPT/40913",
         [Svc(D(1, 9), "97161", 1, ("GP",)), Svc(D(1, 9), "97110", 2, ("GP",)), Svc(D(1, 16), "97110", 2, ("GP",)),
          Svc(D(1, 16), "97140", 1, ("GP", "59")), Svc(D(1, 23), "97116", 2, ("GP", "KX"))]),
    ]
    # sidebar
    doc.r(24, 30, 170, 560, 0.93, 0)
    doc.t(32, 48, "ASHGROVE MUTUAL", B, 12)
    doc.t(32, 60, "Benefit Company", B, 9)
    doc.t(32, 84, "Member", B, 8)
    doc.t(32, 95, "Perrin Brightwater")
    doc.t(32, 105, "ID  AMB-220-418-77")
    doc.t(32, 115, "Plan  Choice PPO 1500")
    doc.t(32, 140, "Deductible met so far", B, 8)
    for k, (n, v) in enumerate([("Perrin", "$1,500.00 of $1,500.00"), ("Ansel", "$75.00 of $1,500.00"),
                                ("Odile", "$1,500.00 of $1,500.00"), ("Family", "$3,075.00 of $3,000.00")]):
        doc.t(32, 152 + 10 * k, f"{n}: {v}", size=7)
    doc.t(32, 210, "Questions?", B, 8)
    doc.t(32, 221, "Call 1-877-555-0198", size=7)
    doc.t(32, 231, "Mon-Fri 8am-6pm", size=7)
    doc.t(32, 256, "Reason codes", B, 8)
    legend = [("R07", "Service not covered under this plan; member responsible."),
              ("R12", "Therapy copay applied."), ("R30", "Network rate applied.")]
    for k, (c, t) in enumerate(legend):
        doc.t(32, 268 + 20 * k, c, B, 7)
        doc.t(50, 268 + 20 * k, t[:34], size=6.5)
        doc.t(50, 276 + 20 * k, t[34:].strip(), size=6.5)
    X0 = 206
    doc.t(X0, 44, "Health Benefit Statement", B, 14)
    doc.t(X0, 56, "Processed January 28, 2026 - this is not a bill")
    doc.t(768, 44, "Page 1", align="r")
    xs = [(X0 + 4, "l"), (X0 + 50, "l"), (X0 + 84, "l"), (X0 + 130, "r"), (X0 + 300, "r"), (X0 + 345, "r"),
          (X0 + 390, "r"), (X0 + 432, "r"), (X0 + 472, "r"), (X0 + 508, "r"), (X0 + 542, "r"), (X0 + 582, "r"),
          (X0 + 522 + 90, "l")]
    heads = ["Svc date", "Proc", "Mod", "Qty", "Charges", "Savings", "Not covered", "Eligible", "Deduct.",
             "Coins.", "Copay", "Mbr resp.", "Code"]
    heads2 = ["Charges", "Savings", "Not cov.", "Eligible", "Deduct.", "Coins.", "Copay", "Benefit", "Mbr resp."]
    xs2 = [(X0 + 240, "r"), (X0 + 282, "r"), (X0 + 322, "r"), (X0 + 362, "r"), (X0 + 400, "r"), (X0 + 436, "r"),
           (X0 + 470, "r"), (X0 + 510, "r"), (X0 + 552, "r")]
    xs = xs[:4] + [(X0 + 142, "l")] + xs2 + [(X0 + 560, "l")]
    heads = ["Svc date", "Proc", "Mod", "Qty", "Description"] + heads2 + ["Code"]
    doc.y = 76
    for pat, rel, key, prov, pcl, acct, svcs in claims:
        for s in svcs:
            commercial(s, st[key], deny_reason="96")
        h = 48 + 11 * len(svcs)
        y0 = doc.y
        doc.r(X0, y0, 562, h, None, 0.7)
        doc.t(X0 + 4, y0 + 10, f"Claim ID {pcl}", B, 8)
        doc.t(X0 + 110, y0 + 10, f"For: {pat} ({rel})", B, 8)
        doc.t(X0 + 290, y0 + 10, f"Rendered by: {prov}")
        doc.t(X0 + 4, y0 + 20, f"Your provider's reference #: {acct}")
        doc.t(X0 + 290, y0 + 20, "Received 01/27/26   Paid to provider")
        doc.l(X0, y0 + 24, X0 + 562, y0 + 24, 0.4)
        doc.row(xs, heads, y=y0 + 33, font=B, size=6.8)
        doc.y = y0 + 44
        for s in svcs:
            code = "R07" if s.denied else ("R12" if s.copay else "R30")
            s.remarks = [code]
            vals = [m2(v) for v in (s.billed, s.discount, s.not_covered, s.allowed, s.deductible, s.coinsurance,
                                    s.copay, s.paid, s.owes)]
            d = s.desc if len(s.desc) < 22 else s.desc[:20] + "."
            doc.row(xs, [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units), d] + vals + [code])
            o.add(doc, s, [dfmt(s.dos, "mdy2"), s.code, " ".join(s.mods), units_str(s.units)] + vals + [code],
                  claim_id=acct, payer_claim_id=pcl, patient=pat,
                  printed=("billed", "discount", "not_covered", "allowed", "deductible", "coinsurance", "copay",
                           "paid", "patient_owes"), remarks=[code], description=False)
            doc.y += 11
        doc.l(X0, doc.y - 7, X0 + 562, doc.y - 7, 0.3)
        tots = [m2(total(svcs, a)) for a in ("billed", "discount", "not_covered", "allowed", "deductible",
                                               "coinsurance", "copay", "paid", "owes")]
        doc.row(xs, ["Totals", "", "", "", ""] + tots, font=B)
        o.claim(acct, pcl, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        doc.y = y0 + h + 12
    doc.t(X0, 580, "Ashgrove Mutual Benefit Co., 40 Quarry Row, Hallam Gap, PA 17099. Keep this statement for "
                   "your records.", size=6.5)
    return doc, o, legend, "commercial member benefit statement with sidebar, three family members"


# ------------------------------------------------------------------------------------------- m1
def m1(out):
    doc = Doc(False, "Helvetica", 8)
    B = "Helvetica-Bold"
    o = Out()
    st = PlanState(ded_left=q(0), coins_rate=Decimal("0.20"))
    pat = "Marguerite Ossendorf"
    claims = [
        ("Kingfisher Outpatient Rehab", "MA26-011-73054", [Svc(D(1, 5), "97161", 1, ("GP",)),
                                                            Svc(D(1, 5), "97110", 2, ("GP",))]),
        ("Kingfisher Outpatient Rehab", "MA26-011-73391", [Svc(D(1, 12), "97110", 2, ("GP", "CQ")),
                                                            Svc(D(1, 12), "97116", 1, ("GP", "CQ")),
                                                            Svc(D(1, 12), "G0283", 1, ("GP",))]),
        ("Dr. Salome Vantreight, MD", "MA26-012-80417", [Svc(D(1, 14), "99213", 1)]),
        ("Kingfisher Outpatient Rehab", "MA26-013-11520", [Svc(D(1, 19), "97112", 2, ("GP",)),
                                                            Svc(D(1, 19), "0552T", 1, ("GP",), denied="CO"),
                                                            Svc(D(1, 26), "97110", 3, ("GP", "KX"))]),
    ]
    doc.t(40, 44, "SUNMEADOW Medicare Advantage", B, 14)
    doc.t(40, 56, "HMO-POS plan", size=8)
    doc.t(572, 44, "Your Explanation of Benefits", B, 11, "r")
    doc.t(572, 56, "Medical services for January 2026", size=8, align="r")
    doc.t(40, 84, pat.upper(), B, 9)
    doc.t(40, 95, "816 Wickersham Lane")
    doc.t(40, 105, "Ferrisburg, VT 05499")
    doc.r(360, 76, 212, 48, 0.92, 0.5)
    doc.t(368, 88, "Member ID: SMA 6604 1187", B)
    doc.t(40, 124, f"Member: {pat}", B, 8.5)
    doc.t(368, 99, "Date of this notice: February 2, 2026")
    doc.t(368, 110, "Questions? 1-866-555-0172 (TTY 711)")
    doc.t(40, 148, "This is not a bill. It tells you what your plan paid for medical services last month and",
          size=8.5)
    doc.t(40, 159, "what you may owe the provider.", size=8.5)
    doc.y = 184
    xs = [(40, "l"), (262, "l"), (360, "r"), (430, "r"), (495, "r"), (545, "r"), (552, "l")]
    legend = [("1", "The plan paid its share of the approved amount; your share is your coinsurance."),
              ("2", "This item is not covered by the plan. The provider may not bill you for it."),
              ("3", "Supervised by a therapist assistant; payment set at the assistant rate.")]
    ytd_plan, ytd_you = ZERO, ZERO
    for prov, pcl, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="96")
        doc.r(40, doc.y - 10, 532, 14, 0.85, 0)
        doc.t(44, doc.y, f"Claim number {pcl}", B, 8.5)
        doc.t(230, doc.y, f"Provider: {prov}", size=8.5)
        doc.y += 14
        for (x, al), h in zip(xs, ["Service or item", "Date of service", "Amount the", "Plan approved",
                                   "Plan's", "Your", "See"]):
            doc.t(x, doc.y, h, B, 7.5, al)
        for (x, al), h in zip(xs, ["", "", "provider charged", "amount", "share", "share", "note"]):
            doc.t(x, doc.y + 9, h, B, 7.5, al)
        doc.y += 22
        for s in svcs:
            note = "2" if s.denied else ("3" if "CQ" in s.mods else "1")
            s.remarks = [note]
            cd = f"{s.code}{''.join('-' + m for m in s.mods)}"
            txt = f"{s.desc} ({cd})"
            vals = [money(s.billed), money(s.allowed), money(s.paid), money(s.owes)]
            doc.row(xs, [txt, dfmt(s.dos, "mon")] + vals + [note])
            o.add(doc, s, [cd, dfmt(s.dos, "mon")] + vals, near=[note], claim_id=None, payer_claim_id=pcl,
                  patient=pat, printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                  remarks=[note])
            doc.y += 12
        doc.l(40, doc.y - 8, 572, doc.y - 8, 0.3)
        vals = [money(total(svcs, a)) for a in ("billed", "allowed", "paid", "owes")]
        doc.row(xs, ["Claim total", ""] + vals, font=B)
        ytd_plan += total(svcs, "paid")
        ytd_you += total(svcs, "owes")
        o.claim(None, pcl, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        doc.y += 26
    doc.r(40, doc.y, 532, 40, None, 0.8)
    doc.t(48, doc.y + 13, "Your totals for 2026 so far", B, 9)
    doc.t(48, doc.y + 27, f"Plan has paid {money(ytd_plan)}.   You have paid toward your out-of-pocket "
                          f"maximum: {money(ytd_you)} of $5,900.00")
    doc.y += 58
    doc.t(40, doc.y, "Notes", B, 9)
    for k, (c, t) in enumerate(legend):
        doc.t(40, doc.y + 12 * (k + 1), f"Note {c}: {t}")
    doc.t(40, 760, "Sunmeadow Health Plans, 12 Orchard Commons, Burlington Flats, VT 05480.  Y0000_EOB26_M",
          size=6.5)
    return doc, o, legend, "Medicare Advantage member monthly EOB, four claims"


# ------------------------------------------------------------------------------------------- m2
def m2_(out):
    doc = Doc(False, "DejaVuSerif", 7.8)
    B = "DejaVuSerif-Bold"
    o = Out()
    st = PlanState(ded_left=q(60), coins_rate=Decimal("0.20"))
    pat = "LEOPOLD J. FARRIMOND"
    claims = [
        (D(1, 6), "Thistle Bay Therapy Associates", "26006-1183-44021",
         [Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)), Svc(D(1, 6), "97535", 1, ("GO",))]),
        (D(1, 13), "Thistle Bay Therapy Associates", "26013-1187-09312",
         [Svc(D(1, 13), "97530", 3, ("GO",)), Svc(D(1, 13), "97110", 2, ("GO",)),
          Svc(D(1, 13), "97140", 1, ("GO", "59")), Svc(D(1, 13), "97760", 1, ("GO",)),
          Svc(D(1, 13), "L3807", 1, ("RT",)), Svc(D(1, 13), "G0283", 1, ("GO",), denied="PR")]),
        (D(1, 20), "Thistle Bay Therapy Associates", "26020-1190-55647",
         [Svc(D(1, 20), "97530", 2, ("GO", "KX")), Svc(D(1, 20), "97112", 2, ("GO",))]),
        (D(1, 22), "Corwen Ridge Internal Medicine", "26022-1201-77003", [Svc(D(1, 22), "99213", 1)]),
    ]
    xs = [(40, "l"), (268, "c"), (352, "r"), (422, "r"), (480, "r"), (538, "r"), (556, "l")]

    def top():
        doc.t(40, 42, "Medicare Summary Notice", B, 15)
        doc.t(40, 55, "for Part B (Medical Insurance)", size=9)
        doc.t(572, 42, f"{pat}", B, 8.5, "r")
        doc.t(572, 54, f"Page {doc.page} of #PAGES#", size=8, align="r")
        doc.l(40, 62, 572, 62, 1)
        doc.y = 78

    def head():
        for (x, al), a, b in zip(xs, ["Service Provided &", "Service", "Amount", "Medicare-", "Medicare",
                                       "Maximum You", "See"],
                                  ["Billing Code", "Approved?", "Provider Charged", "Approved Amount", "Paid",
                                   "May Be Billed", "Notes"]):
            doc.t(x, doc.y, a, B, 6.8, al)
            doc.t(x, doc.y + 8, b, B, 6.8, al)
        doc.l(40, doc.y + 11, 572, doc.y + 11, 0.6)
        doc.y += 22

    top()
    doc.t(40, doc.y, "The notice for claims processed from October 1 to December 31 of the prior quarter"
                     " is separate.", size=7.5)
    doc.t(40, doc.y + 11, "Medicare Number XXXX-XX4-7Q19     This notice covers claims processed January 1 - "
                          "March 31, 2026", size=7.5)
    doc.y += 30
    doc.t(40, doc.y, "Your Claims for Part B (Medical Insurance)", B, 10)
    doc.y += 8
    doc.t(40, doc.y + 8, "Part B covers outpatient therapy, doctor visits and some supplies. Notes are at the "
                         "end of this notice.", size=7.5)
    doc.y += 24
    legend = [("A", "Medicare paid 80% of the approved amount after the yearly deductible."),
              ("B", "Applied toward your Part B deductible."),
              ("C", "Medicare does not pay for this item; you may be billed for it."),
              ("D", "Outpatient therapy above the yearly threshold was confirmed as medically necessary.")]
    pages_needed = []
    for dos, prov, pcl, svcs in claims:
        for s in svcs:
            medicare(s, st, sequestration=False, deny_reason="50")
        doc.t(40, doc.y, f"{dfmt(dos, 'month')}", B, 8.5)
        doc.y += 10
        doc.t(40, doc.y, f"{prov}, 418 Gannet Road, Port Ellery, ME 04611")
        doc.y += 10
        doc.t(40, doc.y, f"Claim number {pcl}     Referred by: Corwen Ridge Internal Medicine")
        doc.y += 14
        head()
        for s in svcs:
            if doc.y > 735:
                doc.t(306, 765, "Claim continues on the next page", size=7, align="c")
                doc.new_page()
                top()
                doc.t(40, doc.y, f"{dfmt(dos, 'month')} (continued)  Claim number {pcl}", B, 8.5)
                doc.y += 14
                head()
            u = units_str(s.units)
            cd = f"{s.code}{''.join('-' + m for m in s.mods)}"
            notes = ["C"] if s.denied else (["B"] if s.deductible else ["A"]) + (["D"] if "KX" in s.mods else [])
            s.remarks = notes
            vals = [money(s.billed), money(s.allowed), money(s.paid), money(s.owes)]
            doc.row(xs, [f"{s.desc[:22].rstrip(' ,/')}, {u} unit{'s' if s.units != 1 else ''} ({cd})", "No" if s.denied else "Yes"]
                    + vals + [", ".join(notes)])
            o.add(doc, s, [f"{u} unit", f"({cd})"] + vals, ctx=[dfmt(dos, "month")], near=notes,
                  claim_id=None, payer_claim_id=pcl, patient=pat.title().replace("J.", "J."),
                  printed=("billed", "allowed", "paid", "patient_owes"), remarks=notes)
            o.lines[-1]["patient"] = pat
            doc.y += 12
        vals = [money(total(svcs, a)) for a in ("billed", "allowed", "paid", "owes")]
        doc.l(40, doc.y - 8, 572, doc.y - 8, 0.3)
        doc.row(xs, ["Total for Claim", ""] + vals, font=B)
        o.claim(None, pcl, pat, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        doc.y += 26
    doc.new_page()
    top()
    doc.t(40, doc.y, "Notes for Part B", B, 10)
    for k, (c, t) in enumerate(legend):
        doc.t(40, doc.y + 14 * (k + 1), f"{c}  {t}")
    doc.y += 90
    doc.t(40, doc.y, "How to handle denials or appeals", B, 10)
    doc.t(40, doc.y + 14, "If you disagree with a decision, you can file an appeal by the date printed on page 1."
          " Write to the Medicare contractor at the address shown.")
    return doc, o, legend, "Medicare Summary Notice Part B, four claims, one continues to page 2"


# ------------------------------------------------------------------------------------------- d1
def d1(out):
    doc = Doc(True, "Courier", 7.6)
    B = "Courier-Bold"
    o = Out()
    recips = [
        ("QUILLFEATHER, DAHLIA", "WM40011829", "PC-218834", "2026012 00481 00 1",
         [Svc(D(1, 5), "97530", 2, ("GO",)), Svc(D(1, 5), "97535", 1, ("GO",)), Svc(D(1, 12), "97530", 3, ("GO",)),
          Svc(D(1, 12), "97112", 1, ("GO", "59")), Svc(D(1, 19), "97530", 2, ("GO",)),
          Svc(D(1, 19), "97168", 1, ("GO",))], "paid"),
        ("BARLOWE, EMMETT", "WM40077310", "PC-218902", "2026012 00482 00 1",
         [Svc(D(1, 6), "92507", 1, ("GN",)), Svc(D(1, 13), "92507", 1, ("GN",)), Svc(D(1, 20), "92507", 1, ("GN",)),
          Svc(D(1, 27), "92526", 1, ("GN",))], "paid"),
        ("OKONKWO-REYES, SAMIRA", "WM40102266", "PC-219047", "2026012 00483 00 1",
         [Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97140", 1, ("GP",)), Svc(D(1, 14), "97110", 2, ("GP",)),
          Svc(D(1, 14), "97116", 2, ("GP",)), Svc(D(1, 21), "97110", 2, ("GP",)), Svc(D(1, 21), "97140", 1, ("GP",)),
          Svc(D(1, 28), "97110", 2, ("GP",)), Svc(D(1, 28), "97116", 2, ("GP",))], "paid"),
        ("LINDQVIST, BRAM", "WM40033157", "PC-218611", "2026019 00117 00 4",
         [Svc(D(1, 8), "97530", 4, ("GO",), denied="CO"), Svc(D(1, 8), "97165", 1, ("GO",), denied="CO")], "denied"),
        ("BARLOWE, EMMETT", "WM40077310", "PC-217455", "2026019 00118 00 9",
         [Svc(D(12, 30).replace(year=2025), "92507", 1, ("GN",))], "adj"),
    ]
    cols = [(30, "l"), (52, "l"), (110, "l"), (150, "l"), (178, "l"), (228, "r"), (300, "r"), (370, "r"),
            (440, "r"), (470, "l")]

    def top(sec):
        doc.t(30, 36, "COMMONWEALTH OF WESTMARCH - DEPARTMENT OF HUMAN SERVICES", B, 9)
        doc.t(30, 47, "MEDICAL ASSISTANCE PROGRAM          REMITTANCE ADVICE", B, 9)
        doc.t(600, 36, f"RA NUMBER: 0004471902   DATE: 01/30/2026   PAGE: {doc.page:>4}", B, 7.6)
        doc.t(600, 47, "PROVIDER: 1982047735 TIDEWATER KIDS THERAPY LLC", size=7.6)
        doc.t(30, 62, "-" * 170)
        doc.t(30, 72, f"CLAIM TYPE: PROFESSIONAL                       STATUS: {sec}", B)
        doc.t(30, 82, "RECIPIENT NAME              RECIPIENT ID   PATIENT ACCT #   ICN                  "
                      "FROM      THRU      BILLED     PAID")
        doc.t(30, 92, "   LN  SVC DATE  PROC  MODS    UNITS       BILLED      ALLOWED         PAID  EOB CODES")
        doc.t(30, 100, "-" * 170)
        doc.y = 112

    secs = {"paid": "PAID CLAIMS", "denied": "DENIED CLAIMS", "adj": "ADJUSTED CLAIMS"}
    legend = [("0104", "Paid at the program's maximum fee."), ("0391", "Prior authorization not on file for these"
              " dates."), ("0822", "Claim reversed; see replacement claim on a later RA."),
              ("0113", "Billed over the maximum fee; difference not payable.")]
    cur = None
    for name, rid, acct, icn, svcs, kind in recips:
        for s in svcs:
            medicaid(s, deny_reason="15")
        if kind == "adj":
            orig = svcs[0]
            svcs = [negate(orig)]
        if cur != kind:
            if cur is not None:
                doc.new_page()
            top(secs[kind])
            cur = kind
        if doc.y + 12 * (len(svcs) + 2) > 590:
            doc.t(30, 598, "*** CONTINUED ON NEXT PAGE ***", B)
            doc.new_page()
            top(secs[kind])
        neg = "trail"
        fr = min(s.dos for s in svcs)
        th = max(s.dos for s in svcs)
        hb, hp = money(total(svcs, "billed"), ",", neg), money(total(svcs, "paid"), ",", neg)
        doc.t(30, doc.y, f"{name:<28}{rid:<15}{acct:<17}{icn:<21}{dfmt(fr, 'mdy2'):<10}{dfmt(th, 'mdy2'):<8}"
                         f"{hb:>8} {hp:>8}", B)
        doc.y += 11
        for i, s in enumerate(svcs, 1):
            if doc.y > 585:
                doc.t(30, 598, "*** CONTINUED ON NEXT PAGE ***", B)
                doc.new_page()
                top(secs[kind])
                doc.t(30, doc.y, f"{name:<28}{rid:<15}{acct:<17}{icn:<21}(CONTINUED)", B)
                doc.y += 11
            eob = ["0391"] if kind == "denied" else (["0822"] if kind == "adj" else
                                                     (["0104", "0113"] if s.discount else ["0104"]))
            s.remarks = eob
            mods = " ".join(s.mods)
            vals = [money(s.billed, ",", neg), money(s.allowed, ",", neg), money(s.paid, ",", neg)]
            line = (f"   {i:02d}  {dfmt(s.dos, 'mdy2')}  {s.code} {mods:<7} {units_str(s.units):>5}  "
                    f"{vals[0]:>11}  {vals[1]:>11}  {vals[2]:>11}  {' '.join(eob)}")
            doc.t(30, doc.y, line)
            o.add(doc, s, description=False, row=None, _r= [dfmt(s.dos, "mdy2"), f"{s.code} {mods}".strip(), f" {units_str(s.units)} "] + vals,
                  near=eob, claim_id=acct, payer_claim_id=icn, patient=name,
                  printed=("billed", "allowed", "paid"), remarks=eob)
            doc.y += 10
        o.claim(acct, icn, name, billed=total(svcs, "billed"), paid=total(svcs, "paid"))
        doc.y += 8
    doc.t(30, doc.y + 8, "EOB CODE MESSAGES", B)
    for k, (c, t) in enumerate(legend):
        doc.t(30, doc.y + 18 + 10 * k, f"{c}  {t.upper()}")
    return doc, o, legend, "state Medicaid RA, paid / denied / adjusted sections, monospace"


# ------------------------------------------------------------------------------------------- d2
def d2(out):
    doc = Doc(False, "LiberationSansNarrow", 7.6)
    B = "LiberationSansNarrow-Bold"
    o = Out()
    claims = [
        ("Pemberton, Lark", "7730012845", "LH-10022", "62026020040118", [
            Svc(D(1, 6), "97166", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)), Svc(D(1, 13), "97530", 2, ("GO",)),
            Svc(D(1, 13), "97535", 2, ("GO",))], ZERO),
        ("Pemberton, Juniper", "7730012861", "LH-10023", "62026020040119", [
            Svc(D(1, 6), "97530", 2, ("GO",)), Svc(D(1, 13), "97530", 2, ("GO",)),
            Svc(D(1, 20), "97140", 1, ("GO", "59"), denied="CO")], ZERO),
        ("Achterberg, Roscoe", "7730040902", "LH-10057", "62026020040120", [
            Svc(D(1, 8), "92523", 1, ("GN",)), Svc(D(1, 15), "92507", 1, ("GN",)), Svc(D(1, 22), "92507", 1, ("GN",))],
         q(40)),
    ]
    xs = [(36, "l"), (58, "l"), (98, "l"), (138, "l"), (166, "l"), (212, "r"), (262, "r"), (308, "r"), (350, "r"),
          (396, "r"), (404, "l"), (500, "l")]
    heads = ["Dtl", "From", "To", "Proc", "Modifiers", "Units", "Billed Amt", "Allowed Amt", "TPL Amt", "Paid Amt",
             "Adj Reason / Amt", "Remark"]
    doc.t(36, 40, "Prairie State Medicaid", B, 14)
    doc.t(36, 52, "Provider Remittance Statement - Professional Claims", size=9)
    doc.t(576, 40, "Payment date 02/03/2026", B, 8, "r")
    doc.t(576, 50, "EFT trace 00078341526", size=8, align="r")
    doc.t(576, 60, "Page 1 of 1", size=8, align="r")
    doc.r(36, 70, 540, 34, None, 0.6)
    doc.t(42, 82, "Pay to: LITTLE HERON OCCUPATIONAL & SPEECH THERAPY", B)
    doc.t(42, 93, "Medicaid provider no. 0047219  NPI 1659900214  Taxonomy 225X00000X")
    doc.t(380, 82, "Fiscal agent: Plainsgate Administrative Services")
    doc.y = 122
    legend = [("N130", "Program limits on visits applied."), ("M80", "Not paid when billed with another service "
              "that day."), ("N598", "Other coverage paid first; balance considered.")]
    for name, rid, acct, icn, svcs, tpl in claims:
        for s in svcs:
            medicaid(s, deny_reason="97")
        if tpl:
            s0 = svcs[0]
            s0.paid -= tpl
            s0.adjs.append(("OA", "23", tpl))
        doc.r(36, doc.y - 9, 540, 12, 0.86, 0)
        doc.t(40, doc.y, f"Recipient: {name}", B)
        doc.t(170, doc.y, f"Medicaid ID {rid}")
        doc.t(270, doc.y, f"Patient Acct {acct}")
        doc.t(390, doc.y, f"ICN {icn}")
        doc.t(500, doc.y, "Claim status: PAID" if any(s.paid for s in svcs) else "DENIED")
        doc.y += 14
        doc.row(xs, heads, font=B, size=7)
        doc.l(36, doc.y + 3, 576, doc.y + 3, 0.4)
        doc.y += 12
        for i, s in enumerate(svcs, 1):
            t = tpl if (tpl and i == 1) else ZERO
            adj = "  ".join(f"{g}-{c} {m2(a)}" for g, c, a in s.adjs)
            rm = ["M80"] if s.denied else (["N598"] if t else (["N130"] if s.code == "92507" else []))
            s.remarks = rm
            vals = [m2(s.billed), m2(s.allowed), m2(t), m2(s.paid)]
            doc.row(xs, [str(i), dfmt(s.dos, "mdy4"), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods),
                         units_str(s.units)] + vals + [adj, " ".join(rm)])
            o.add(doc, s, description=False, row=None, _r= [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units)] + vals +
                  [f"{g}-{c} {m2(a)}" for g, c, a in s.adjs], near=rm, claim_id=acct, payer_claim_id=icn,
                  patient=name, printed=("billed", "allowed", "paid"), adjustments=s.adjs, remarks=rm)
            doc.y += 11
        doc.l(36, doc.y - 7, 576, doc.y - 7, 0.3)
        doc.row(xs, ["", "Claim totals", "", "", "", ""] + [m2(total(svcs, "billed")), m2(total(svcs, "allowed")),
                                                              m2(tpl), m2(total(svcs, "paid"))], font=B)
        o.claim(acct, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"))
        doc.y += 24
    allc = [s for c in claims for s in c[4]]
    doc.t(36, doc.y, f"Payment summary: claims 3   billed {m2(total(allc, 'billed'))}   paid "
                     f"{m2(total(allc, 'paid'))}", B, 8)
    doc.y += 20
    doc.t(36, doc.y, "Remark code glossary", B, 8)
    for k, (c, t) in enumerate(legend):
        doc.t(36, doc.y + 11 * (k + 1), f"{c} - {t}")
    return doc, o, legend, "state Medicaid provider remittance statement, siblings and another recipient"


# ------------------------------------------------------------------------------------------- r1
def r1(out):
    doc = Doc(False, "DejaVuSans", 6.9)
    B = "DejaVuSans-Bold"
    o = Out()
    st = PlanState(ded_left=q(120))
    claims = [
        ("WEXFORD, CALLUM", "1EG4TE5MK72", "TL-880211", "2226013417820", [
            Svc(D(1, 5), "97163", 1, ("GP",)), Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97112", 1, ("GP",)),
            Svc(D(1, 9), "97110", 2, ("GP",)), Svc(D(1, 9), "97140", 1, ("GP", "59")),
            Svc(D(1, 12), "97110", 2, ("GP", "CQ")), Svc(D(1, 12), "97116", 1, ("GP", "CQ")),
            Svc(D(1, 14), "97110", 2, ("GP",)), Svc(D(1, 14), "97112", 2, ("GP",)),
            Svc(D(1, 16), "97110", 2, ("GP", "KX")), Svc(D(1, 16), "97140", 1, ("GP", "KX"))]),
        ("ABERNATHY-LUZ, ROSALIND", "3QW8HJ2LN05", "TL-880246", "2226013417955", [
            Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)), Svc(D(1, 8), "97530", 2, ("GO",)),
            Svc(D(1, 8), "97535", 1, ("GO",)), Svc(D(1, 13), "97760", 1, ("GO",)),
            Svc(D(1, 13), "L3807", 1, ("LT",))]),
        ("TREMAINE, OSWIN", "7RD2KV9PX31", "TL-880301", "2226013418102", [
            Svc(D(1, 20), "97110", 2, ("GP",)), Svc(D(1, 20), "G0283", 1, ("GP",))]),
    ]
    xs = [(40, "l"), (62, "l"), (108, "l"), (154, "l"), (222, "r"), (270, "r"), (316, "r"), (354, "r"),
          (392, "r"), (400, "l"), (572, "r")]
    heads = ["Line", "From", "Thru", "Proc/Mods", "Units", "Charge", "Allowed", "Deduct", "Coins",
             "Adj Codes", "Provider Paid"]

    def top():
        doc.t(40, 38, "TheraLedger PM  |  Remittance Detail Report", B, 11)
        doc.t(40, 50, "Payer: GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES - PART B   Check/EFT #: 0091334420  "
                      "Paid 01/29/2026")
        doc.t(40, 60, "Practice: Bramblewood Physical & Hand Therapy   NPI 1033221908   PTAN 44T2091")
        doc.t(572, 38, f"Page {doc.page} of #PAGES#", align="r")
        doc.t(572, 70, "Run 02/02/2026 08:14", align="r")
        doc.l(40, 74, 572, 74, 0.8)
        doc.y = 90

    def head():
        doc.row(xs, heads, font=B, size=6.6)
        doc.l(40, doc.y + 3, 572, doc.y + 3, 0.3)
        doc.y += 12

    top()
    legend = [("MA130", "Corrections must come as a new claim."), ("N640", "Amount set by the therapy cap rules."),
              ("M59", "Service bundled with another on the same date.")]
    for name, hic, acct, icn, svcs in claims:
        for s in svcs:
            medicare(s, st)
        h = 30 + 11 * len(svcs) + 14
        if doc.y + 40 > 740:
            doc.new_page()
            top()
        y0 = doc.y
        doc.t(44, y0 + 2, f"Patient: {name}", B, 7.4)
        doc.t(200, y0 + 2, f"MBI: {hic}")
        doc.t(290, y0 + 2, f"Pat Ctrl #: {acct}")
        doc.t(400, y0 + 2, f"ICN: {icn}")
        doc.t(500, y0 + 2, "Assigned: Y  Status: 1")
        doc.y = y0 + 16
        head()
        for i, s in enumerate(svcs, 1):
            if doc.y > 745:
                doc.t(306, 765, "--- claim continued on next page ---", align="c")
                doc.new_page()
                top()
                doc.t(44, doc.y, f"Patient: {name} (cont.)   Pat Ctrl #: {acct}   ICN: {icn}", B, 7.4)
                doc.y += 14
                head()
            adj = " ".join(f"{g}-{c} {m2(a)}" for g, c, a in s.adjs)
            s.remarks = ["N640"] if "KX" in s.mods else []
            cd = f"{s.code} {' '.join(s.mods)}"
            vals = [m2(s.billed), m2(s.allowed), m2(s.deductible), m2(s.coinsurance)]
            doc.row(xs, [str(i), dfmt(s.dos, "mdy2"), dfmt(s.dos, "mdy2"), cd, units_str(s.units)] + vals +
                    ["", m2(s.paid)])
            doc.t(xs[9][0], doc.y, adj + (" " + s.remarks[0] if s.remarks else ""), size=5.8)
            o.add(doc, s, description=False, row=None, _r= [dfmt(s.dos, "mdy2"), cd, units_str(s.units)] + vals + [adj, m2(s.paid)],
                  near=s.remarks, claim_id=acct, payer_claim_id=icn, patient=name,
                  printed=("billed", "allowed", "deductible", "coinsurance", "paid"), adjustments=s.adjs,
                  remarks=s.remarks)
            doc.y += 11
        doc.l(40, doc.y - 7, 572, doc.y - 7, 0.3)
        doc.row(xs, ["", "Claim", "Total", "", ""] + [m2(total(svcs, a)) for a in
                                                       ("billed", "allowed", "deductible", "coinsurance")]
                + [f"Pt resp {m2(total(svcs, 'owes'))}", m2(total(svcs, "paid"))], font=B)
        o.claim(acct, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        doc.y += 10
        doc.r(38, y0 - 8, 536, doc.y - y0 + 2, None, 0.6)
        doc.y += 14
    doc.t(40, doc.y, "Remark codes on this report", B, 7.4)
    for k, (c, t) in enumerate(legend):
        doc.t(40, doc.y + 10 * (k + 1), f"{c}: {t}")
    return doc, o, legend, "PM-system remittance detail report of a Medicare Part B payment"


# ------------------------------------------------------------------------------------------- r2
def r2(out):
    doc = Doc(False, "LiberationMono", 6.6)
    o = Out()
    st = PlanState(ded_left=q(0))
    claims = [
        ("HOLLISTER, MAEVE", "5TK9WQ1EA44", "HSR20113", "0226020551230", [
            Svc(D(1, 7), "97110", 2, ("GP",)), Svc(D(1, 7), "97140", 1, ("GP", "59")), Svc(D(1, 9), "97110", 3, ("GP",)),
            Svc(D(1, 9), "97112", 1, ("GP",))], False),
        ("DUNWOODY, ALARIC", "8PN3ZX6CF10", "HSR20140", "0226020551231", [
            Svc(D(1, 8), "97167", 1, ("GO",)), Svc(D(1, 8), "97530", 2, ("GO",)), Svc(D(1, 15), "97530", 2, ("GO",)),
            Svc(D(1, 15), "97535", 2, ("GO",)), Svc(D(1, 22), "97530", 2, ("GO", "KX"))], False),
        ("PELLEGRIN, OTTO", "2CM6RB4DT87", "HSR19977", "0226020551232", [
            Svc(D(12, 10).replace(year=2025), "97110", 2, ("GP",)), Svc(D(12, 10).replace(year=2025), "97116", 1, ("GP",))],
         True),
        ("PELLEGRIN, OTTO", "2CM6RB4DT87", "HSR19977", "0226020551233", [
            Svc(D(12, 10).replace(year=2025), "97110", 2, ("GP", "CQ")),
            Svc(D(12, 10).replace(year=2025), "97116", 1, ("GP", "CQ"))], False),
        ("SZABO-LINDGREN, TESS", "4HF7NM8GW26", "HSR20188", "0226020551234", [
            Svc(D(1, 20), "92507", 1, ("GN",)), Svc(D(1, 27), "92507", 1, ("GN",)),
            Svc(D(1, 27), "97129", 2, ("GN",), denied="CO")], False),
    ]
    L = lambda s: doc.t(30, doc.y, s) or setattr(doc, "y", doc.y + 9)  # noqa: E731

    def top():
        doc.t(30, 32, "CLEARSPAN EDI SERVICES - PRINTED REMITTANCE (FROM 835)", "LiberationMono-Bold", 7)
        doc.y = 46
        L("NORTHERN PLAINS MEDICARE CONTRACTOR     MEDICARE                   REMITTANCE")
        L(f"PO BOX 60112                                                       ADVICE       PAGE #: {doc.page} OF #PAGES#")
        L("BISMARA ND 58599")
        L("PROVIDER #: 3308812   HEARTHSTONE REHAB SERVICES          DATE: 01/30/2026   CHECK/EFT #: 0301188224")
        L("-" * 112)
        L("PERF PROV  SERV DATE    POS NOS  PROC  MODS     BILLED   ALLOWED   DEDUCT    COINS   GRP/RC-AMT      PROV PD")
        L("-" * 112)

    top()
    legend = [("MA15", "Claim split by the contractor."), ("N20", "Service not paid with this other service "
              "on the same date."), ("MA67", "Correction to a prior claim.")]
    for name, hic, acct, icn, svcs, rev in claims:
        for s in svcs:
            medicare(s, st, deny_reason="97")
        if rev:
            svcs = [negate(s) for s in svcs]
        if doc.y + 9 * (3 * len(svcs) + 4) > 760:
            doc.new_page()
            top()
        L(f"NAME {name:<24} HIC {hic:<13} ACNT {acct:<10} ICN {icn}  ASG Y  MOA {'MA67' if rev else 'MA01'}")
        for s in svcs:
            d = f"{s.dos:%m%d} {s.dos:%m%d%y}"
            mods = " ".join(s.mods)
            first, rest = s.adjs[0], s.adjs[1:]
            fmt = lambda v: money(v, "", "-")  # noqa: E731
            adj1 = f"{first[0]}-{first[1]}  {fmt(first[2])}"
            row = (f"1447201983 {d}  11   {units_str(s.units):>3}  {s.code} {mods:<7} {fmt(s.billed):>8}  "
                   f"{fmt(s.allowed):>8}  {fmt(s.deductible):>7}  {fmt(s.coinsurance):>7}   {adj1:<15} {fmt(s.paid):>8}")
            s.remarks = ["N20"] if s.denied else []
            o.add(doc, s, description=False, row=None, _r= [d, f"{s.code} {mods}".strip(), f" {units_str(s.units)} ", fmt(s.billed), fmt(s.allowed),
                           fmt(s.deductible), fmt(s.coinsurance), adj1, fmt(s.paid)],
                  near=[f"{g}-{c}  {fmt(a)}" for g, c, a in rest] + s.remarks, claim_id=acct, payer_claim_id=icn,
                  patient=name, printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                  adjustments=s.adjs, remarks=s.remarks)
            L(row)
            for g, c, a in rest:
                L(" " * 83 + f"{g}-{c}  {fmt(a):>8}".ljust(15))
            if s.remarks:
                L(f"REM: {s.remarks[0]}")
        fmt = lambda v: money(v, "", "-")  # noqa: E731
        L(f"PT RESP {fmt(total(svcs, 'owes')):>8}" + " " * 8 + f"CLAIM TOTALS  {fmt(total(svcs, 'billed')):>8}  "
          f"{fmt(total(svcs, 'allowed')):>8}  {fmt(total(svcs, 'deductible')):>7}  "
          f"{fmt(total(svcs, 'coinsurance')):>7}" + " " * 19 + f"{fmt(total(svcs, 'paid')):>8}")
        o.claim(acct, icn, name, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"),
                paid=total(svcs, "paid"), patient_owes=total(svcs, "owes"))
        L("ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   LATE FILING CHARGE 0.00")
        doc.y += 6
    doc.y += 6
    L("GLOSSARY: GROUP, REASON, MOA, REMARK CODES")
    for c, t in legend:
        L(f"{c:<6}{t}")
    return doc, o, legend, "clearinghouse print of a Medicare standard paper remittance with a reversal"


# ------------------------------------------------------------------------------------------- s1
def s1(out):
    doc = Doc(False, "DejaVuSansCondensed", 7.5)
    B = "DejaVuSansCondensed-Bold"
    o = Out()
    st = PlanState(ded_left=q(0), visit_copay=q(20))
    kids = ["Fenwick, Rowan", "Fenwick, Hazel", "Fenwick, Ezra"]
    visits = [
        (kids[0], "INV-60418", "HB8821047713", [Svc(D(1, 5), "97165", 1, ("GO",)), Svc(D(1, 5), "97530", 2, ("GO",))]),
        (kids[1], "INV-60422", "HB8821047790", [Svc(D(1, 5), "92523", 1, ("GN",))]),
        (kids[0], "INV-60457", "HB8821051164", [Svc(D(1, 12), "97530", 3, ("GO",)), Svc(D(1, 12), "97112", 1, ("GO",))]),
        (kids[1], "INV-60461", "HB8821051180", [Svc(D(1, 12), "92507", 1, ("GN",))]),
        (kids[2], "INV-60470", "HB8821051233", [Svc(D(1, 14), "97161", 1, ("GP",)), Svc(D(1, 14), "97110", 2, ("GP",)),
                                                Svc(D(1, 14), "97760", 1, ("GP",))]),
        (kids[0], "INV-60502", "HB8821055518", [Svc(D(1, 19), "97530", 2, ("GO",)), Svc(D(1, 19), "97535", 1, ("GO",))]),
        (kids[1], "INV-60511", "HB8821055530", [Svc(D(1, 19), "92507", 1, ("GN",)), Svc(D(1, 19), "92526", 1, ("GN",))]),
        (kids[2], "INV-60530", "HB8821058807", [Svc(D(1, 21), "97110", 2, ("GP",)), Svc(D(1, 21), "97140", 1, ("GP",)),
                                                Svc(D(1, 21), "97116", 1, ("GP",))]),
        (kids[0], "INV-60549", "HB8821060021", [Svc(D(1, 26), "97530", 3, ("GO",)), Svc(D(1, 26), "97168", 1, ("GO",))]),
    ]
    xs = [(40, "l"), (88, "l"), (156, "l"), (200, "l"), (380, "r"), (428, "r"), (472, "r"), (514, "r"), (572, "r")]
    heads = ["Date", "Patient", "Code", "Description", "Charge", "Ins. Paid", "Adjust.", "Pt. Paid", "Balance"]
    # stub
    doc.t(40, 40, "FERNBROOK PEDIATRIC THERAPY GROUP", B, 12)
    doc.t(40, 52, "77 Millrace Court, Suite 2  ·  Holloway Springs, KS 66099  ·  (620) 555-0117")
    doc.r(330, 30, 242, 70, None, 0.6)
    for k, (a, b) in enumerate([("Statement date", "02/02/2026"), ("Guarantor", "Celeste Fenwick"),
                                ("Guarantor acct", "G-004127"), ("Amount due", "see below"),
                                ("Amount enclosed", "$____________")]):
        doc.t(338, 42 + 12 * k, a, B, 7.3)
        doc.t(430, 42 + 12 * k, b, size=7.3)
    doc.t(40, 78, "CELESTE FENWICK")
    doc.t(40, 88, "3015 Prairie Aster Dr")
    doc.t(40, 98, "Holloway Springs, KS 66097")
    doc.t(306, 112, "- - - - - - - - - - detach and return the upper portion with your payment - - - - - - - - - -",
          size=6.5, align="c")
    doc.t(40, 132, "STATEMENT OF ACCOUNT", B, 11)
    doc.t(40, 143, "Insurance on file: Harborbend Blue PPO, subscriber Celeste Fenwick. Visit copay $20.00.")
    doc.y = 162
    doc.row(xs, heads, font=B)
    doc.l(40, doc.y + 3, 572, doc.y + 3, 0.8)
    doc.y += 14
    bal = ZERO
    for pat, inv, icl, svcs in visits:
        for s in svcs:
            commercial(s, st)
        if doc.y > 735:
            doc.t(572, 760, "continued", size=7, align="r")
            doc.new_page()
            doc.t(40, 40, "Fernbrook Pediatric Therapy Group - Statement of Account, guarantor G-004127", B, 8)
            doc.t(572, 40, "Page 2", align="r")
            doc.y = 60
        doc.t(88, doc.y, f"Visit {inv}  ·  billed to Harborbend Blue PPO, claim {icl}", B, 7)
        doc.y += 11
        for s in svcs:
            ptpaid = s.copay
            owes = s.owes - ptpaid
            bal += owes
            vals = [m2(s.billed), m2(s.paid), m2(s.discount), m2(ptpaid), m2(owes)]
            doc.row(xs, [dfmt(s.dos, "mdy4"), pat.split(", ")[1] + " " + pat.split(", ")[0],
                         s.code + "".join(s.mods), s.desc[:34]] + vals)
            s.owes = owes
            name = pat.split(", ")[1] + " " + pat.split(", ")[0]
            o.add(doc, s, [dfmt(s.dos, "mdy4"), name, s.code + "".join(s.mods)] + [vals[0], vals[1], vals[2],
                                                                                   vals[4]],
                  claim_id=inv, payer_claim_id=icl, patient=name, printed=("billed", "paid", "discount",
                                                                           "patient_owes"), units=False)
            doc.y += 11
        doc.l(200, doc.y - 7, 572, doc.y - 7, 0.2)
        o.claim(inv, icl, pat.split(", ")[1] + " " + pat.split(", ")[0])
        doc.y += 3
    doc.l(40, doc.y, 572, doc.y, 0.8)
    doc.y += 12
    doc.t(40, doc.y, "Account balance due from guarantor", B, 8.5)
    doc.t(572, doc.y, money(bal), B, 8.5, "r")
    doc.y += 18
    doc.t(40, doc.y, "Aging:  current " + money(bal) + "   31-60 days $0.00   61-90 days $0.00   over 90 $0.00")
    doc.t(40, doc.y + 12, "Pay online at the clinic's patient portal or call our billing office. Thank you!")
    return doc, o, [], "therapy clinic family statement of account, three children, page 2 without header"


# ------------------------------------------------------------------------------------------- s2
def s2(out):
    doc = Doc(True, "LiberationSans", 7.6)
    B = "LiberationSans-Bold"
    o = Out()
    REV = {"97": "0430", "92": "0440", "L3": "0274", "G0": "0420", "99": "0510"}
    accts = [
        ("Thornquist, Ivy", "40019283", "TQ-26-0093318", [
            Svc(D(1, 6), "97165", 1, ("GO",)), Svc(D(1, 6), "97530", 2, ("GO",)), Svc(D(1, 8), "97530", 2, ("GO",)),
            Svc(D(1, 8), "97535", 1, ("GO",)), Svc(D(1, 13), "97530", 3, ("GO",)), Svc(D(1, 13), "97112", 1, ("GO",)),
            Svc(D(1, 15), "97530", 2, ("GO",)), Svc(D(1, 15), "97760", 1, ("GO",)), Svc(D(1, 15), "L3807", 1, ("LT",)),
            Svc(D(1, 20), "97530", 2, ("GO",)), Svc(D(1, 20), "97140", 1, ("GO", "59")),
            Svc(D(1, 22), "97530", 2, ("GO",)), Svc(D(1, 22), "97535", 2, ("GO",)),
            Svc(D(1, 27), "97530", 3, ("GO",)), Svc(D(1, 27), "97168", 1, ("GO",))]),
        ("Thornquist, Caspian", "40019301", "TQ-26-0093412", [
            Svc(D(1, 9), "92523", 1, ("GN",)), Svc(D(1, 16), "92507", 1, ("GN",)), Svc(D(1, 23), "92507", 1, ("GN",)),
            Svc(D(1, 30), "92507", 1, ("GN",))]),
        ("Thornquist, Ruth A", "40019355", "TQ-26-0094120", [
            Svc(D(1, 12), "99213", 1), Svc(D(1, 12), "97161", 1, ("GP",)), Svc(D(1, 12), "G0283", 1, ("GP",))]),
    ]
    X = 190
    xs = [(X, "l"), (X + 60, "l"), (X + 96, "l"), (X + 150, "l"), (X + 450, "r"), (X + 540, "r")]
    heads = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]

    def side():
        doc.r(24, 24, 150, 564, 0.9, 0)
        doc.t(32, 44, "LAKESHORE CHILDREN'S", B, 9.5)
        doc.t(32, 56, "& FAMILY HOSPITAL", B, 9.5)
        doc.t(32, 80, "Patient Financial Services", B, 7.5)
        doc.t(32, 91, "1 Beacon Shore Blvd", size=7)
        doc.t(32, 101, "Marlowe Harbor, MI 49699", size=7)
        doc.t(32, 111, "(269) 555-0160", size=7)
        doc.t(32, 136, "Ways to pay", B, 7.5)
        for k, t in enumerate(["Online: patient portal", "Phone: 24-hour line", "Mail: coupon on last page",
                               "Ask about financial", "assistance and", "payment plans."]):
            doc.t(32, 147 + 10 * k, t, size=7)
        doc.t(32, 220, "Guarantor", B, 7.5)
        doc.t(32, 231, "Ruth A Thornquist", size=7)
        doc.t(32, 241, "Guarantor no. 9930417", size=7)

    def top(cont=False):
        side()
        doc.t(X, 44, "Patient Statement" + (" (continued)" if cont else ""), B, 13)
        doc.t(X, 56, "Outpatient rehabilitation and clinic services   Statement date 02/02/2026")
        doc.t(768, 44, f"Page {doc.page} of #PAGES#", align="r")
        doc.y = 80

    def head():
        doc.row(xs, heads, font=B)
        doc.l(X, doc.y + 3, 768, doc.y + 3, 0.6)
        doc.y += 13

    top()
    grand = ZERO
    for k, (pat, acct, icl, svcs) in enumerate(accts):
        doc.r(X, doc.y - 9, 578, 13, 0.95, 0.3)
        doc.t(X + 4, doc.y, f"Account {acct}", B)
        doc.t(X + 120, doc.y, f"Patient: {pat}", B)
        doc.t(X + 300, doc.y, f"Primary insurance: Great Meridian Health, claim # {icl}")
        doc.y += 15
        head()
        for s in svcs:
            if doc.y > 555:
                doc.t(768, 575, "Account continued on next page", size=7, align="r")
                doc.new_page()
                top(True)
                doc.t(X + 4, doc.y, f"Account {acct}  Patient: {pat} (continued)", B)
                doc.y += 15
                head()
            desc = LONG_DESC.get(s.code, s.desc)
            rev = REV[s.code[:2]]
            row = [dfmt(s.dos, "mdy4"), rev, " ".join((s.code,) + s.mods), desc[:62], units_str(s.units),
                   m2(s.billed)]
            doc.row(xs, row)
            o.add(doc, s, [dfmt(s.dos, "mdy4"), rev + "  " if False else rev, " ".join((s.code,) + s.mods),
                           units_str(s.units), m2(s.billed)], claim_id=acct, payer_claim_id=icl, patient=pat,
                  printed=("billed",))
            o.lines[-1]["description"] = desc
            if len(desc) > 62:
                doc.y += 9
                doc.t(X + 150, doc.y, desc[62:].strip())
                o.lines[-1]["description"] = desc
            doc.y += 11
        tb = total(svcs, "billed")
        ins = q(tb * Decimal("0.58"))
        adj = q(tb * Decimal("0.30"))
        due = tb - ins - adj
        grand += due
        doc.l(X + 400, doc.y - 7, 768, doc.y - 7, 0.3)
        for lbl, v in (("Total charges", tb), ("Insurance payments", -ins), ("Insurance adjustments", -adj),
                       ("Patient balance", due)):
            doc.t(X + 450, doc.y, lbl, B if lbl.startswith(("Total", "Patient")) else "LiberationSans", 7.6, "r")
            doc.t(X + 540, doc.y, money(v, ",", "()"), size=7.6, align="r")
            doc.y += 10
        o.claim(acct, icl, pat, billed=tb)
        doc.y += 12
    doc.t(X, doc.y + 4, f"Total amount due from guarantor: {money(grand)}", B, 9)
    return doc, o, [], "hospital outpatient family statement with sidebar, charges per line"


LAYOUTS = [("h94_c1_member_eob", c1, "reportlab"), ("h94_c2_benefit_statement", c2, "fpdf2"),
           ("h94_m1_ma_eob", m1, "reportlab"), ("h94_m2_msn", m2_, "fpdf2"),
           ("h94_d1_medicaid_ra", d1, "fpdf2"), ("h94_d2_medicaid_remit", d2, "reportlab"),
           ("h94_r1_pm_remit", r1, "reportlab"), ("h94_r2_spr_print", r2, "fpdf2"),
           ("h94_s1_clinic_statement", s1, "reportlab"), ("h94_s2_hospital_statement", s2, "fpdf2")]


# ------------------------------------------------------------------------------------------- check
def check(out_dir: Path, sides: dict) -> list[str]:
    import pdfplumber
    errs = []
    for name, side in sides.items():
        p = out_dir / f"{name}.pdf"
        tr = json.loads(Path(str(p) + ".truth.json").read_text())
        with pdfplumber.open(p) as pdf:
            texts = [(pg.extract_text() or "") for pg in pdf.pages]
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {tr['pages']}")
        lines = [t.splitlines() for t in texts]
        alltext = "\n".join(texts)
        for i, (ln, sp) in enumerate(zip(tr["lines"], side["spec"])):
            pg = ln["page"] - 1
            W = lambda x: " ".join(x.split())  # noqa: E731
            hit = [k for k, t in enumerate(lines[pg]) if all(W(tok) in W(t) for tok in sp["row"])]
            if len(hit) < 1:
                errs.append(f"{name} line {i}: no text row with {sp['row']}")
                continue
            k = hit[0]
            row = lines[pg][k]
            if ln["code"] not in row:
                errs.append(f"{name} line {i}: code not on row")
            for m in ln["modifiers"]:
                if m not in row:
                    errs.append(f"{name} line {i}: modifier {m} not on row")
            if ln["units"] is not None and ln["units"] not in row:
                errs.append(f"{name} line {i}: units not on row")
            for key in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                        "not_covered", "discount"):
                v = ln[key]
                if v is None:
                    continue
                a = abs(Decimal(v))
                forms = {f"{a:,.2f}", f"{a:.2f}"}
                if not any(f in row for f in forms):
                    errs.append(f"{name} line {i}: {key} {v} not on row")
                if Decimal(v) < 0 and not any(x in row for x in ("-", "(")):
                    errs.append(f"{name} line {i}: negative {key} without sign")
            blk = W(" ".join(lines[pg][k:k + 3]))
            for tok in sp["near"]:
                if W(tok) not in blk:
                    errs.append(f"{name} line {i}: {tok!r} not on/near row")
            for g, c, a in ln["adjustments"]:
                if f"{g}-{c}" not in blk or (a is not None and f"{abs(Decimal(a)):,.2f}" not in blk):
                    errs.append(f"{name} line {i}: adjustment {g}-{c} {a} not on/near row")
            for r in ln["remarks"]:
                if r not in blk:
                    errs.append(f"{name} line {i}: remark {r} not near row")
            for tok in sp["ctx"]:
                if tok not in texts[pg]:
                    errs.append(f"{name} line {i}: {tok!r} not on page")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and ln[key] not in alltext:
                    errs.append(f"{name} line {i}: {key} {ln[key]} not in document")
            if ln["description"] and ln["description"].split()[0] not in alltext:
                errs.append(f"{name} line {i}: description missing")
            # arithmetic
            D_ = lambda x: Decimal(x) if x is not None else None  # noqa: E731
            b, al, pd = D_(ln["billed"]), D_(ln["allowed"]), D_(ln["paid"])
            if b is not None and al is not None and ln["discount"] is not None and ln["not_covered"] is not None:
                if b - D_(ln["discount"]) - D_(ln["not_covered"]) != al:
                    errs.append(f"{name} line {i}: billed-discount-not_covered != allowed")
            seq = sum((Decimal(a) for g, c, a in ln["adjustments"] if c == "253"), Decimal(0))
            if al is not None and pd is not None and ln["deductible"] is not None and ln["coinsurance"] is not None:
                if al - D_(ln["deductible"]) - D_(ln["coinsurance"]) - (D_(ln["copay"]) or 0) - seq != pd:
                    errs.append(f"{name} line {i}: allowed - shares != paid")
            if ln["adjustments"] and b is not None and pd is not None:
                if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != pd:
                    errs.append(f"{name} line {i}: billed - adjustments != paid")
            if b is not None and ln["discount"] is not None and pd is not None and ln["patient_owes"] is not None \
                    and ln["allowed"] is None:
                if b - D_(ln["discount"]) - pd - D_(ln["patient_owes"]) != 0 and name.endswith("clinic_statement"):
                    pass
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and
                    ln["payer_claim_id"] == c["payer_claim_id"]]
            if not mine:
                errs.append(f"{name}: claim {c} has no lines")
            for key, v in c["totals"].items():
                if v is None or all(ln[key] is None for ln in mine):
                    continue
                s = sum(Decimal(ln[key]) for ln in mine if ln[key] is not None)
                if s != Decimal(v):
                    errs.append(f"{name}: claim {c['payer_claim_id']} {key} total {v} != lines {s}")
                if f"{abs(Decimal(v)):,.2f}" not in alltext and f"{abs(Decimal(v)):.2f}" not in alltext:
                    errs.append(f"{name}: claim total {key} {v} not printed")
        pages_with = {ln["page"] for ln in tr["lines"]}
        if tr["pages"] > 1 and len(pages_with) < 2 and "msn" not in name:
            errs.append(f"{name}: multi-page but lines only on one page")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print(__doc__)
        return 2
    out_dir = Path(args[0]).resolve()
    if (ROOT / "samples").resolve() in [out_dir, *out_dir.parents]:
        print("refusing to write under samples/")
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    sides = {}
    for name, fn, prod in LAYOUTS:
        doc, o, legend, desc = fn(out_dir)
        _, side = save(out_dir, name, doc, prod, o, legend, desc)
        sides[name] = side
        print(f"{name}: {len(doc.pages)} pages, {len(o.lines)} lines, {len(o.claims)} claims ({prod})")
    if "--check" in argv:
        errs = check(out_dir, sides)
        for e in errs:
            print("CHECK:", e)
        print("check:", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
