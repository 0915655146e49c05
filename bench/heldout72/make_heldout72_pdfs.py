"""Write the SEVENTY-SECOND held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh,
honest measurement of the PDF reader on layouts nobody developing it has seen.

Run:  python bench/heldout72/make_heldout72_pdfs.py OUT_DIR            (default: a new temp folder, printed)
      python bench/heldout72/make_heldout72_pdfs.py OUT_DIR --check    (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR   (done by someone else, once)

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout does
not print (units null where no quantity is printed); claim_id = the provider's own account / patient-control /
invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN, patient exactly as printed (the
person who got the service). Every name, number, payer, provider, address and ID is invented; descriptions are
our own words. Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).
Drawing goes through h72pages.py (same folder), so each layout can be rendered by either producer.

Layouts (10 files, 334 service lines, 17 pages; a claim's rows continue onto the next page in c1, c2, m1, d1;
two of each of the five commonest kinds; kind, vocabulary, producer, complications):
  c1  commercial member EOB to the subscriber, family of three (reportlab, portrait Liberation Sans 6.6 pt):
      "Claim for <name> (<relation>)" bars with "Claim ID #" and the provider's "Account #", columns Service Date
      "01/05/26" / Service (our wording + "(97530 GO)") / Amount Billed / Discount / Amount Not Covered / Amount
      Allowed / Copay / Deductible / Coinsurance / What Your Plan Paid / What I Owe / See Notes, no units, a
      not-covered line the member owes, claim Total rows; the daughter's 20-line claim continues on page 2 under
      a "(continued)" bar and a repeated column header; notes legend
  c2  commercial "Your claim details" statement grouped by family member (fpdf2, landscape DejaVu Serif 6.8 pt):
      member bands, claim lines "Claim ID / Received / Provider / Patient account", Proc / Mod "GO 59" / Units
      apart, Amount billed / Member rate / Not payable / Applied to deductible / Your copay / Your coinsurance /
      Plan's share / Total you owe / Remarks, per-visit copay, an out-of-network denial, four family members,
      the column header printed under every claim line and repeated after the page break
  m1  Medicare Summary Notice Part B (fpdf2, portrait Liberation Sans): page-1 dashboard boxes, then claims per
      provider with a dark band, "Claim number", date column "01/05/26", "Therapeutic exercises (97110-GP)",
      Service Approved? Yes/No, Amount Provider Charged / Medicare-Approved Amount / Medicare Paid Provider /
      Maximum You May Be Billed / See Notes Below letters, claim totals; no units, no provider account (claim_id
      null); the long claim continues from page 2 to page 3 under its band marked "(continued)" and the header
  m2  Medicare Advantage HMO monthly member EOB (reportlab, portrait core Times-Roman): a shaded right SIDEBAR on
      every page, claim bars "Claim number / Provider / Provider's account no.", columns Date "1/5/2026" / Code
      "97110 GP" / Service / Qty / Provider charged / Plan approved / Plan paid / You owe / Note, per-visit
      specialist copay, a not-covered item, long service wording wrapped onto a second text line; one page
  d1  state Medicaid remittance statement in line-per-service form (reportlab, landscape core Courier 7 pt):
      banner repeated per page, CLIENT NAME / CLIENT ID / OFFICE ACCOUNT NUMBER / DATE OF SERVICE / TCN / LN /
      PROC / MOD / UNITS / AMOUNT CHARGED / AMOUNT PAID / STATUS / ERRORS with ids on every row, PAID / DENIED /
      VOIDS sections, a void with trailing-minus amounts, error codes (remarks), a claim whose rows run onto
      page 2; no allowed amounts printed
  d2  state Medicaid provider remittance advice (fpdf2, portrait DejaVu Sans Condensed): ruled claim header grids
      (Recipient / Recipient ID / ICN / Patient Control No. / Status), detail Ln / From / Thru / Proc / Mod /
      Units "4.00" / Billed / Allowed / Copay / Paid / Adj "CO 45 54.15" (a second adjustment on the text line
      below) / RARC, week ranges (service_end), adult copay PR 3, a denied line and a denied claim, claim totals
  p1  clearinghouse "Claim Payment Detail" of a Medicare Part B payment (fpdf2, landscape Liberation Mono 6.8 pt):
      key/value claim heads (Patient / MBI / Patient Ctrl # / Payer Claim # / Status), rows LN / DOS 01/05/2026 /
      PROC-MOD "97110-GP-KX" / UNITS / BILLED / ALLOWED / DEDUCT / COINS / ADJUSTMENTS "CO45=54.15 PR2=11.20
      CO253=0.45" on the row / PAID / RARC, CLAIM TOTALS and PT RESP, a denial, two pages (the third claim
      starts on page 2 under the repeated banner)
  p2  practice-management "Insurance Payment Application" report of a Medicare deposit (reportlab, portrait
      Liberation Sans Narrow 6.8 pt): batch header, patient heading rows "Pt: Last, First  Acct  ICN", columns
      DOS "1/5/2026" / CPT / Mod / Units / Billed / Allowed / Paid / Deduct / Coins / Write-off (no code: truth
      discount) / Pt Resp, a bundled zero-pay line, patient subtotals, batch total
  s1  outpatient therapy clinic family statement, balance-forward (fpdf2, portrait Liberation Sans): guarantor
      and amount-due boxes, visit heading rows "Visit V-##### - <child>", charge rows Date / Code "97530-GO" /
      Description / Qty / Charges / Credits / Balance (running), insurance payment and adjustment rows (non-
      service) naming the insurer's claim number, three children, continued page with the header repeated
  s2  hospital family account statement (reportlab, landscape DejaVu Sans 6.8 pt): one band per family member's
      account with the insurer claim number, itemised Date "05-JAN-2026" / Rev / CPT-HCPCS / Mod / Description /
      Units / Charges / Insurance Payments / Insurance Adjustments (no code: truth discount) / Patient Balance,
      a denied line left to the family, account totals

The self-check (--check) tests the factory, not the reader: the page count; that every line's date (and end),
code + modifiers as the layout writes them, units and every non-null amount are on ONE text line of the line's
page (pdfplumber text lines); that adjustments, remarks, ids and patients are in the page's / document's text;
the documents' own arithmetic (billed - discount - not covered = allowed and allowed - deductible - copay -
coinsurance = paid where those are printed; billed - adjustments = paid where every adjustment is printed;
claim totals = sum of lines).
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
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (FIXED_WHEN, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h72pages import Doc  # noqa: E402

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
D = date

# per layout: how the check re-formats truth values to find them on the row
FMT: dict[str, dict] = {}


def visits(start: date, n: int, every: int = 3) -> list[date]:
    out, d = [], start
    for _ in range(n):
        out.append(d)
        d += timedelta(days=every)
        while d.weekday() >= 5:
            d += timedelta(days=1)
    return out


def plan_lines(spec, planner, **kw):
    """spec: list of (date, code, units, mods[, denied])."""
    out = []
    for t in spec:
        s = Svc(t[0], t[1], Decimal(str(t[2])), tuple(t[3]), denied=(t[4] if len(t) > 4 else None))
        out.append(planner(s, **kw) if kw else planner(s))
    return out


# =============================================================================================== c1
def c1(out: Path):
    name = "h72_c1_family_eob"
    doc = Doc(*LETTER, {"R": "LibSans", "B": "LibSans-B"})
    FMT[name] = {"date": "mdy2", "money": ("$", "-"), "code": lambda c, m: f"({c}{' ' + ' '.join(m) if m else ''})"}
    st = PlanState(ded_left=Decimal("150.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.78"))
    fam = [("Rosalind Achterberg", "Self"), ("Tobias Achterberg", "Son"), ("Wren Achterberg", "Daughter")]
    claims_spec = [
        (0, "NW26A0114-00381", "RA-55120", "Lakeshore Hand & Upper Limb Therapy",
         [(D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97760", 2, ["GO"]),
          (D(2026, 1, 6), "L3807", 1, ["RT"])]),
        (1, "NW26A0115-00902", "TA-55807", "Pine Hollow Pediatric Therapy",
         [(D(2026, 1, 7), "92523", 1, []), (D(2026, 1, 9), "92507", 1, []), (D(2026, 1, 13), "92507", 1, []),
          (D(2026, 1, 13), "0552T", 1, [], "PR")]),
    ]
    wren = []
    for d in visits(D(2026, 1, 5), 8, 2):
        wren += [(d, "97530", 2, ["GO"]), (d, "97535", 1, ["GO", "59"])]
    wren += [(D(2026, 1, 21), "97168", 1, ["GO"]), (D(2026, 1, 21), "97112", 2, ["GO"]),
             (D(2026, 1, 23), "97530", 3, ["GO"]), (D(2026, 1, 23), "97140", 1, ["GO", "59"])]
    claims_spec.append((0, "NW26A0128-01610", "RA-55120", "Lakeshore Hand & Upper Limb Therapy",
                        [(D(2026, 1, 20), "97140", 2, ["GO"]), (D(2026, 1, 20), "97110", 1, ["GO"]),
                         (D(2026, 1, 22), "97140", 2, ["GO"]), (D(2026, 1, 22), "97110", 2, ["GO"])]))
    claims_spec.append((2, "NW26A0126-01477", "WA-55902", "Pine Hollow Pediatric Therapy", wren))
    cols = [(18, 44, "L"), (62, 148, "L"), (210, 40, "R"), (250, 38, "R"), (288, 40, "R"), (328, 40, "R"),
            (368, 34, "R"), (402, 40, "R"), (442, 40, "R"), (482, 44, "R"), (526, 40, "R"), (566, 28, "C")]
    heads = [("Service", "Date"), ("Service", "(code)"), ("Amount", "Billed"), ("", "Discount"), ("Amount Not",
             "Covered"), ("Amount", "Allowed"), ("", "Copay"), ("", "Deductible"), ("", "Coinsurance"),
             ("What Your", "Plan Paid"), ("What I", "Owe"), ("See", "Notes")]
    sz = 6.6
    y = 36
    doc.text(18, y, "NORTHWIND MUTUAL", "B", 15)
    doc.text(18, y + 12, "health plans", "R", 8, gray=0.35)
    doc.text(594, y, "Explanation of Benefits", "B", 12, "R")
    doc.text(594, y + 13, "THIS IS NOT A BILL", "B", 8, "R")
    y = 80
    for i, t in enumerate(["ROSALIND ACHTERBERG", "2210 QUILLMARSH LANE", "FENWICK FALLS, OR 97409"]):
        doc.text(36, y + i * 10, t, "R", 8)
    doc.box(330, y - 10, 264, 58, fill=0.93)
    for i, (a, b) in enumerate([("Statement date:", "02/02/2026"), ("Customer ID:", "NWM 448 201 937"),
                                ("Group:", "Belmont Cabinetry Co. / 30418"), ("Plan:", "Open Access Plus PPO")]):
        doc.text(338, y + i * 11, a, "B", 7.5)
        doc.text(420, y + i * 11, b, "R", 7.5)
    y = 150
    doc.text(18, y, "Summary of claims for your family", "B", 9)
    y += 6
    lines, claims = [], []

    def header(yy):
        doc.rule(18, yy, 594, yy, 0.8)
        for (x, w, a), (h1, h2) in zip(cols, heads):
            for k, h in enumerate((h1, h2)):
                if h:
                    doc.row([(x, w, a)], [h], yy + 8 + k * 7.5, "B", 6.2)
        doc.rule(18, yy + 19, 594, yy + 19, 0.8)
        return yy + 28

    summary = []
    planned = []
    for who, pcid, acct, prov, spec in claims_spec:
        svcs = plan_lines(spec, lambda s: commercial(s, st, deny_reason="96"))
        planned.append((who, pcid, acct, prov, svcs))
    for who, pcid, acct, prov, svcs in planned:
        summary.append((fam[who][0], pcid, total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")))
    y += 8
    for j, h in enumerate(["Patient", "Claim ID #", "Amount Billed", "What Your Plan Paid", "What I Owe"]):
        doc.text([18, 150, 330, 430, 540][j], y, h, "B", 7)
    for r in summary:
        y += 10
        doc.text(18, y, r[0], "R", 7)
        doc.text(150, y, r[1], "R", 7)
        doc.text(380, y, money(r[2]), "R", 7, "R")
        doc.text(490, y, money(r[3]), "R", 7, "R")
        doc.text(580, y, money(r[4]), "R", 7, "R")
    y += 22
    bottom = 740
    for who, pcid, acct, prov, svcs in planned:
        pname, rel = fam[who]

        def bar(yy, cont=False):
            doc.box(18, yy, 576, 22, fill=0.82, stroke=False)
            doc.text(22, yy + 9, f"Claim for {pname} ({rel})" + (" (continued)" if cont else ""), "B", 8)
            doc.text(590, yy + 9, f"Claim ID # {pcid}", "B", 8, "R")
            doc.text(22, yy + 18, f"Service provider: {prov}   |   Account # {acct}   |   Processed 01/30/2026",
                     "R", 6.8)
            return header(yy + 24)

        if y + 80 > bottom:
            doc.new_page()
            y = 40
        y = bar(y)
        for s in svcs:
            if y + 10 > bottom:
                doc.text(594, bottom + 16, "Continued on next page", "R", 6.5, "R")
                doc.new_page()
                doc.text(18, 30, "NORTHWIND MUTUAL  |  Explanation of Benefits for Rosalind Achterberg", "R", 7)
                doc.text(594, 30, f"Page {doc.page} of {{NP}}", "R", 7, "R")
                y = bar(44, cont=True)
            note = ["N3"] if s.denied else (["N1"] if s.deductible else [])
            vals = [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code}{' ' + ' '.join(s.mods) if s.mods else ''})",
                    money(s.billed), money(s.discount), money(s.not_covered), money(s.allowed), money(s.copay),
                    money(s.deductible), money(s.coinsurance), money(s.paid), money(s.owes), " ".join(note)]
            doc.row(cols, vals, y, "R", sz)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=pcid, patient=pname,
                                    printed=("billed", "discount", "not_covered", "allowed", "copay", "deductible",
                                             "coinsurance", "paid", "patient_owes"), units=False, remarks=note))
            y += 10
        doc.rule(18, y - 6, 594, y - 6, 0.4)
        tot = [total(svcs, a) for a in ("billed", "discount", "not_covered", "allowed", "copay", "deductible",
                                          "coinsurance", "paid", "owes")]
        doc.row(cols, ["Total", ""] + [money(t) for t in tot] + [""], y + 2, "B", sz)
        claims.append({"claim_id": acct, "payer_claim_id": pcid, "patient": pname,
                       "totals": claim_totals(tot[0], tot[3], tot[7], tot[8])})
        y += 22
    y += 4
    doc.text(18, y, "Notes", "B", 8)
    legend = [("N1", "Part of this amount went toward your plan-year deductible."),
              ("N3", "Your plan does not cover this service; the provider may bill you for it.")]
    for k, v in legend:
        y += 10
        doc.text(18, y, f"{k}  {v}", "R", 7)
    y += 16
    doc.para(18, y, "Questions? Call Member Services at 1-800-555-0142 (TTY 711), Monday through Friday. You "
             "have the right to appeal within 180 days of the date on this statement.", "R", 6.8, 560)
    pdf = out / f"{name}.pdf"
    doc.save_reportlab(pdf)
    write_truth(pdf, name, "reportlab", doc.page, "commercial member EOB, family of three", lines, claims, legend)


# =============================================================================================== c2
def tos(s: Svc) -> str:
    if "GO" in s.mods:
        return "Occupational therapy"
    if "GP" in s.mods:
        return "Physical therapy"
    return "Cognitive therapy" if s.code == "97129" else "Speech therapy"

def c2(out: Path):
    name = "h72_c2_claim_details"
    doc = Doc(*LAND, {"R": "DjSerif", "B": "DjSerif-B"})
    FMT[name] = {"date": "mdy4", "money": (",", "-"), "code": lambda c, m: [c] + ([" ".join(m)] if m else []),
                 "units": units_str}
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.74"))
    fam = {"M": ("Garrett Oyelaran-Fisk", "Subscriber"), "S": ("June Oyelaran-Fisk", "Spouse"),
           "A": ("Amara Oyelaran-Fisk", "Dependent"), "K": ("Kofi Oyelaran-Fisk", "Dependent")}
    spec = [
        ("M", "QC7-260112-4418", "100734", "Ridgefield Spine & Sport PT",
         [(D(2026, 1, 6), "97161", 1, ["GP"]), (D(2026, 1, 6), "97110", 2, ["GP"]),
          (D(2026, 1, 8), "97110", 2, ["GP"]), (D(2026, 1, 8), "97140", 1, ["GP", "59"])]),
        ("S", "QC7-260113-5102", "100771", "Ridgefield Spine & Sport PT",
         [(D(2026, 1, 7), "97163", 1, ["GP"]), (D(2026, 1, 7), "97116", 2, ["GP"]),
          (D(2026, 1, 9), "97112", 2, ["GP"]), (D(2026, 1, 9), "G0283", 1, ["GP"])]),
        ("A", "QC7-260114-0093", "C-22871", "Brightwater Children's Therapy",
         [(d, c, u, m) for d in visits(D(2026, 1, 5), 13, 1) for c, u, m in
          (("97530", 2, ["GO"]), ("97112", 1, ["GO", "59"]))]),
        ("K", "QC7-260120-7730", "C-22872", "Brightwater Children's Therapy",
         [(D(2026, 1, 12), "92523", 1, []), (D(2026, 1, 14), "92507", 1, []), (D(2026, 1, 16), "92507", 1, []),
          (D(2026, 1, 16), "97129", 1, [], "PR")]),
        ("A", "QC7-260126-8145", "C-22871", "Brightwater Children's Therapy",
         [(D(2026, 1, 19), "97168", 1, ["GO"]), (D(2026, 1, 19), "97535", 2, ["GO"]),
          (D(2026, 1, 21), "97530", 3, ["GO"]), (D(2026, 1, 23), "97530", 2, ["GO"])]),
    ]
    cols = [(20, 52, "L"), (72, 118, "L"), (190, 36, "L"), (226, 36, "L"), (262, 26, "R"), (288, 50, "R"),
            (338, 50, "R"), (388, 50, "R"), (438, 56, "R"), (494, 46, "R"), (540, 56, "R"), (596, 50, "R"),
            (646, 56, "R"), (702, 70, "L")]
    heads = [("Service", "date"), ("Type of service", ""), ("Proc", ""), ("Mod", ""), ("Units", ""),
             ("Amount", "billed"), ("Member", "rate"), ("Not", "payable"), ("Applied to", "deductible"),
             ("Your", "copay"), ("Your", "coinsurance"), ("Plan's", "share"), ("Total", "you owe"),
             ("Remarks", "")]
    sz = 6.8
    lines, claims = [], []

    def top(first):
        doc.box(0, 0, 792, 40, fill=0.25, stroke=False)
        doc.text(20, 18, "QUARRY CREST HEALTH", "B", 14, gray=1.0)
        doc.text(20, 31, "Your claim details", "R", 9, gray=1.0)
        doc.text(772, 18, "Statement for the Oyelaran-Fisk family", "R", 8, "R", gray=1.0)
        doc.text(772, 31, f"Page {doc.page} of {{NP}}", "R", 8, "R", gray=1.0)
        return 56

    def colhead(yy):
        doc.rule(20, yy, 772, yy, 0.5)
        for (x, w, a), (h1, h2) in zip(cols, heads):
            doc.row([(x, w, a)], [h1], yy + 8, "B", 6.2)
            if h2:
                doc.row([(x, w, a)], [h2], yy + 15.5, "B", 6.2)
        doc.rule(20, yy + 19, 772, yy + 19, 0.5)
        return yy + 28

    y = top(True)
    doc.text(20, y, "Garrett Oyelaran-Fisk  -  Member ID QCW 220 481 977 - Plan: Quarry Crest Choice POS", "R", 8)
    doc.text(20, y + 11, "This is not a bill. It shows how your plan handled claims from your providers.", "R", 7.5)
    y += 28
    bottom = 580
    last_who = None
    for who, pcid, acct, prov, sp in spec:
        svcs = plan_lines(sp, lambda s: commercial(s, st, deny_reason="242"))
        pname, rel = fam[who]
        if y + 70 > bottom:
            doc.new_page()
            y = top(False)
        if who != last_who:
            doc.box(20, y - 8, 752, 12, fill=0.88, stroke=False)
            doc.text(24, y + 1, f"Services for {pname} ({rel})", "B", 7.5)
            y += 14
            last_who = who
        doc.text(20, y, f"Claim ID {pcid}   Received 01/27/2026   Provider: {prov}   Patient account {acct}",
                 "R", 7)
        y = colhead(y + 3)
        for s in svcs:
            if y + 10 > bottom:
                doc.new_page()
                y = top(False)
                doc.text(20, y, f"Claim ID {pcid} (continued)   Patient: {pname}", "B", 7)
                y = colhead(y + 3)
            rem = ["OX"] if s.denied else []
            s.desc = tos(s)
            vals = [dfmt(s.dos, "mdy4"), s.desc, s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.not_covered, ","), money(s.deductible, ","), money(s.copay, ","),
                    money(s.coinsurance, ","), money(s.paid, ","), money(s.owes, ","), " ".join(rem)]
            doc.row(cols, vals, y, "R", sz)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=pcid, patient=pname,
                                    printed=("billed", "allowed", "not_covered", "deductible", "copay",
                                             "coinsurance", "paid", "patient_owes"), remarks=rem))
            y += 10
        tot = [total(svcs, a) for a in ("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance",
                                          "paid", "owes")]
        doc.rule(288, y - 6, 702, y - 6, 0.3)
        doc.row(cols, ["", "Claim total", "", "", ""] + [money(t, ",") for t in tot] + [""], y + 1, "B", sz)
        claims.append({"claim_id": acct, "payer_claim_id": pcid, "patient": pname,
                       "totals": claim_totals(tot[0], tot[1], tot[6], tot[7])})
        y += 20
    legend = [("OX", "Services from a provider outside your network are not covered under this plan.")]
    doc.text(20, y + 4, "Remarks:  OX - " + legend[0][1], "R", 7)
    pdf = out / f"{name}.pdf"
    doc.save_fpdf(pdf, FIXED_WHEN)
    write_truth(pdf, name, "fpdf2", doc.page, "commercial claim details by family member", lines, claims, legend)


# =============================================================================================== m1
ADDR = {"Dr. Ansel Petrakis, MD": "15 Lantern Hill Road, Suite 210, Gull Harbor, ME 04977",
        "Cobblestone Speech & Hand Clinic": "703 Wharf Street, Port Alder, ME 04981"}

def m1(out: Path):
    name = "h72_m1_msn_partb"
    doc = Doc(*LETTER, {"R": "LibSans", "B": "LibSans-B"})
    FMT[name] = {"date": "mdy2", "money": ("$", "-"),
                 "code": lambda c, m: f"({c}{'-' + '-'.join(m) if m else ''})"}
    st = PlanState(ded_left=Decimal("40.00"))
    patient = "DOLORES FAIRWEATHER-QUINT"
    spec = [
        ("Harborview Outpatient Rehabilitation", "26-0109-14402-871",
         [(D(2026, 1, 5), "97163", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
          (D(2026, 1, 7), "97140", 1, ["GP", "59"]), (D(2026, 1, 7), "G0283", 1, ["GP"])]),
        ("Dr. Ansel Petrakis, MD", "26-0112-20931-114",
         [(D(2026, 1, 8), "99213", 1, []), (D(2026, 1, 8), "0552T", 1, [], "PR")]),
        ("Cobblestone Speech & Hand Clinic", "26-0116-27740-093",
         [(D(2026, 1, 9), "97165", 1, ["GO"]), (D(2026, 1, 9), "97760", 1, ["GO"]),
          (D(2026, 1, 9), "L3807", 1, ["LT"]), (D(2026, 1, 13), "97530", 2, ["GO"]),
          (D(2026, 1, 13), "97535", 1, ["GO"]), (D(2026, 1, 15), "97530", 2, ["GO"]),
          (D(2026, 1, 15), "97140", 1, ["GO", "59"]), (D(2026, 1, 15), "97760", 1, ["GO"])]),
        ("Harborview Outpatient Rehabilitation", "26-0126-33817-402",
         [(d, c, u, m) for d in visits(D(2026, 1, 12), 14, 1) for c, u, m in
          (("97110", 2, ["GP", "KX"]), ("97112", 1, ["GP", "KX"]))]),
    ]
    y = 40
    doc.text(36, y, "Medicare Summary Notice for Part B (Medical Services and Supplies)", "B", 13)
    doc.text(36, y + 14, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
             "Services", "R", 8)
    y = 86
    for i, t in enumerate([patient, "88 TIDEWATER COURT APT 4", "GULL HARBOR, ME 04977"]):
        doc.text(36, y + i * 11, t, "R", 9)
    doc.box(330, y - 10, 246, 64, fill=0.94)
    for i, t in enumerate(["Notice for Dolores Fairweather-Quint", "Medicare Number  XXXXXXX-7QK2",
                           "Date of This Notice  February 2, 2026", "Claims Processed Between",
                           "November 1, 2025 - January 31, 2026"]):
        doc.text(338, y + i * 11, t, "B" if i == 0 else "R", 8)
    y = 180
    doc.box(36, y, 260, 120, fill=None)
    doc.text(44, y + 16, "Your Deductible Status", "B", 11)
    doc.para(44, y + 34, "Your deductible is what you must pay each year for most health services before "
             "Medicare begins to pay. You have now met $243.00 of your $283.00 Part B deductible for 2026.",
             "R", 8, 240)
    doc.box(316, y, 260, 120, fill=None)
    doc.text(324, y + 16, "Your Claims & Costs This Period", "B", 11)
    doc.text(324, y + 36, "Did Medicare Approve All Services?", "R", 8.5)
    doc.text(568, y + 36, "NO", "B", 9, "R")
    doc.text(324, y + 50, "Number of Services Medicare Denied: 1", "R", 8)
    doc.text(324, y + 70, "Providers with Claims This Period", "B", 8.5)
    doc.text(324, y + 84, "Harborview Outpatient Rehabilitation", "R", 8)
    doc.text(324, y + 96, "Dr. Ansel Petrakis, MD", "R", 8)
    doc.text(324, y + 108, "Cobblestone Speech & Hand Clinic", "R", 8)
    doc.para(36, 330, "If you need help, call 1-800-MEDICARE (1-800-633-4227). Be on the lookout for anyone "
             "who offers you free services in exchange for your Medicare Number.", "R", 8, 540)
    cols = [(36, 44, "L"), (80, 170, "L"), (250, 48, "C"), (298, 62, "R"), (360, 62, "R"), (422, 62, "R"),
            (484, 62, "R"), (546, 30, "C")]
    heads = [["Date of", "Service"], ["Service Provided &", "Billing Code"], ["Service", "Approved?"],
             ["Amount", "Provider", "Charged"], ["Medicare-", "Approved", "Amount"], ["Medicare", "Paid",
             "Provider"], ["Maximum", "You May Be", "Billed"], ["See", "Notes", "Below"]]

    def colhead(yy):
        for (x, w, a), hs in zip(cols, heads):
            for k, h in enumerate(hs):
                doc.row([(x, w, a)], [h], yy + 8 + k * 8, "B", 6.8)
        doc.rule(36, yy + 28, 576, yy + 28, 0.7)
        return yy + 38

    def pagetop():
        doc.text(36, 30, "Dolores Fairweather-Quint", "R", 8)
        doc.text(576, 30, f"Page {doc.page} of {{NP}}", "R", 8, "R")
        doc.text(36, 50, "Your Claims for Part B (Medical Services and Supplies)", "B", 11)
        return 66

    doc.new_page()
    y = pagetop()
    bottom = 730
    lines, claims = [], []
    for prov, pcn, sp in spec:
        svcs = plan_lines(sp, lambda s: medicare(s, st, deny_reason="50"))
        if y + 90 > bottom:
            doc.new_page()
            y = pagetop()

        def band(yy, cont=False):
            doc.box(36, yy, 540, 26, fill=0.2, stroke=False)
            doc.text(42, yy + 11, prov + (" (continued)" if cont else ""), "B", 8.5, gray=1.0)
            doc.text(42, yy + 21, ADDR.get(prov, "2400 Esplanade Way, Gull Harbor, ME 04977"), "R", 7, gray=1.0)
            doc.text(570, yy + 11, f"Claim number {pcn}", "B", 8, "R", gray=1.0)
            return colhead(yy + 28)

        y = band(y)
        for s in svcs:
            if y + 11 > bottom:
                doc.new_page()
                y = pagetop()
                y = band(y, True)
            note = ["C"] if s.denied else (["A"] if s.deductible else ["B"])
            owes = s.owes
            vals = [dfmt(s.dos, "mdy2"), f"{s.desc} ({s.code}{'-' + '-'.join(s.mods) if s.mods else ''})",
                    "No" if s.denied else "Yes", money(s.billed), money(s.allowed), money(s.paid), money(owes),
                    ",".join(note)]
            doc.row(cols, vals, y, "R", 7)
            lines.append(truth_line(doc.page, s, claim_id=None, payer_claim_id=pcn, patient=patient,
                                    printed=("billed", "allowed", "paid", "patient_owes"), units=False,
                                    remarks=note))
            y += 11
        tot = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.rule(298, y - 7, 546, y - 7, 0.4)
        doc.row(cols, ["", "Total for this claim", ""] + [money(t) for t in tot] + [""], y + 1, "B", 7)
        claims.append({"claim_id": None, "payer_claim_id": pcn, "patient": patient,
                       "totals": claim_totals(tot[0], tot[1], tot[2], tot[3])})
        y += 24
    legend = [("A", "$40.00 of this approved amount was applied toward your deductible."),
              ("B", "Medicare paid 80% of the approved amount after a 2% payment reduction."),
              ("C", "This service was not considered medically necessary. You may be billed for it.")]
    doc.text(36, y, "Notes for Claims Above", "B", 9)
    for k, v in legend:
        y += 11
        doc.text(36, y, f"{k}  {v}", "R", 7.5)
    pdf = out / f"{name}.pdf"
    doc.save_fpdf(pdf, FIXED_WHEN)
    write_truth(pdf, name, "fpdf2", doc.page, "Medicare Summary Notice Part B", lines, claims, legend)


# =============================================================================================== m2
def m2(out: Path):
    name = "h72_m2_ma_monthly"
    doc = Doc(*LETTER, {"R": "Times-Roman", "B": "Times-Bold"})
    FMT[name] = {"date": "mdyn", "money": ("$", "-"), "code": lambda c, m: f"{c}{' ' + ' '.join(m) if m else ''}",
                 "units": units_str}
    st = PlanState(visit_copay=Decimal("20.00"), allowed_rate=Decimal("0.70"))
    patient = "Harriet Vandermolen"
    spec = [
        ("7730-2601-00418", "Saltmeadow Physical Therapy", "SMPT-88120",
         [(D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"])] +
         [(d, c, u, m) for d in visits(D(2026, 1, 7), 9, 2) for c, u, m in
          (("97110", 2, ["GP"]), ("97116", 1, ["GP"]), ("97140", 1, ["GP", "59"]))]),
        ("7730-2601-00733", "Bayside Family Medicine", "BFM-30417",
         [(D(2026, 1, 13), "99213", 1, []), (D(2026, 1, 13), "G0283", 1, [])]),
        ("7730-2601-01122", "Saltmeadow Physical Therapy", "SMPT-88120",
         [(D(2026, 1, 26), "97530", 2, ["GP", "CQ"]), (D(2026, 1, 26), "0552T", 1, ["GP"], "PR"),
          (D(2026, 1, 28), "97530", 2, ["GP", "CQ"]), (D(2026, 1, 28), "97112", 1, ["GP", "CQ"])]),
    ]
    main_r = 446
    cols = [(18, 40, "L"), (58, 52, "L"), (110, 112, "L"), (222, 20, "R"), (242, 46, "R"), (288, 46, "R"),
            (334, 44, "R"), (378, 42, "R"), (420, 26, "C")]
    heads = [["Date"], ["Code"], ["Service"], ["Qty"], ["Provider", "charged"], ["Plan", "approved"],
             ["Plan", "paid"], ["You", "owe"], ["Note"]]

    def sidebar():
        doc.box(456, 20, 138, 752, fill=0.92, stroke=False)
        yy = 40
        for t, f in [("Questions?", "B"), ("Member Services", "R"), ("1-888-555-0177", "B"), ("TTY 711", "R"),
                     ("8 a.m. - 8 p.m., 7 days", "R"), ("", "R"), ("Your costs in 2026", "B"),
                     ("Out-of-pocket maximum:", "R"), ("$4,900.00", "R"), ("Spent so far:", "R"), ("$215.00", "R"),
                     ("", "R"), ("Member ID", "B"), ("LSA 77310 4402", "R")]:
            if t:
                doc.text(464, yy, t, f, 8.5)
            yy += 12

    def pagetop():
        sidebar()
        doc.text(18, 36, "LARCHMONT SENIOR ADVANTAGE (HMO)", "B", 12)
        doc.text(18, 49, f"Explanation of Benefits for January 2026   -   Page {doc.page} of {{NP}}", "R", 8.5)
        return 68

    def colhead(yy):
        for (x, w, a), hs in zip(cols, heads):
            for k, h in enumerate(hs):
                doc.row([(x, w, a)], [h], yy + 8 + k * 8, "B", 7.2)
        doc.rule(18, yy + 20, main_r, yy + 20, 0.6)
        return yy + 29

    y = pagetop()
    doc.para(18, y, "Dear Harriet Vandermolen: this summary lists the medical claims we processed for you in "
             "January 2026. It is not a bill. Keep it with your records.", "R", 8.5, 420)
    y += 30
    bottom = 740
    lines, claims = [], []
    for pcn, prov, acct, sp in spec:
        svcs = plan_lines(sp, lambda s: commercial(s, st, deny_reason="96"))
        if y + 60 > bottom:
            doc.new_page()
            y = pagetop()
        doc.rule(18, y, main_r, y, 1.2)
        doc.text(18, y + 11, f"Claim number {pcn}", "B", 8.5)
        doc.text(18, y + 22, f"Provider: {prov}    Provider's account no. {acct}", "R", 8)
        y = colhead(y + 24)
        for s in svcs:
            if y + 10 > bottom:
                doc.new_page()
                y = pagetop()
                doc.text(18, y, f"Claim number {pcn} - continued", "B", 8.5)
                y = colhead(y + 2)
            note = ["4"] if s.denied else (["1"] if s.copay else [])
            wl = doc.wrap(s.desc, "R", 7.2, 106)
            vals = [dfmt(s.dos, "mdyn"), f"{s.code}{' ' + ' '.join(s.mods) if s.mods else ''}", wl[0],
                    units_str(s.units), money(s.billed), money(s.allowed), money(s.paid), money(s.owes),
                    " ".join(note)]
            doc.row(cols, vals, y, "R", 7.2)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=pcn, patient=patient,
                                    printed=("billed", "allowed", "paid", "patient_owes"), remarks=note))
            for extra in wl[1:]:
                y += 8
                doc.text(112, y, extra, "R", 7.2)
            y += 10
        tot = [total(svcs, a) for a in ("billed", "allowed", "paid", "owes")]
        doc.row(cols, ["", "", "Claim total", ""] + [money(t) for t in tot] + [""], y + 1, "B", 7.2)
        claims.append({"claim_id": acct, "payer_claim_id": pcn, "patient": patient,
                       "totals": claim_totals(*tot)})
        y += 22
    legend = [("1", "Your plan's specialist copay applies once per visit."),
              ("4", "This item is not covered by your plan. You are responsible for the charge.")]
    doc.text(18, y, "Notes", "B", 9)
    for k, v in legend:
        y += 11
        doc.text(18, y, f"{k}   {v}", "R", 8)
    pdf = out / f"{name}.pdf"
    doc.save_reportlab(pdf)
    write_truth(pdf, name, "reportlab", doc.page, "Medicare Advantage monthly member EOB", lines, claims, legend)


# =============================================================================================== d1
def d1(out: Path):
    name = "h72_d1_medicaid_lineform"
    doc = Doc(*LAND, {"R": "Courier", "B": "Courier-Bold"})
    FMT[name] = {"date": "mdy2", "money": ("", "trail"), "code": lambda c, m: [c] + list(m), "units": units_str}
    recips = [("KASPRZAK, ELENA", "QJ48817K", "0031877"), ("MBEKI, TANDI", "RT20914M", "0031902"),
              ("OSEI-LARTEY, KWAME", "LM77105P", "0031915"), ("FONTAINE, ROSALIE", "BX36620D", "0031944"),
              ("NAKASHIMA, REN", "WV51208T", "0031950")]
    paid = [
        (0, "2602614088210", [(d, c, u, m) for d in visits(D(2026, 1, 5), 9, 2) for c, u, m in
                              (("97530", 2, ["GO"]), ("97535", 1, ["GO"]))]),
        (1, "2602614088211", [(D(2026, 1, 6), "92523", 1, []), (D(2026, 1, 8), "92507", 1, []),
                              (D(2026, 1, 13), "92507", 1, [])]),
        (2, "2602614088212", [(d, c, u, m) for d in visits(D(2026, 1, 5), 17, 1) for c, u, m in
                              (("97110", 2, ["GP"]), ("97112", 1, ["GP"]))]),
        (3, "2602614088213", [(D(2026, 1, 9), "97166", 1, ["GO"]), (D(2026, 1, 9), "97530", 1, ["GO"])]),
    ]
    denied = [(4, "2602614088214", [(D(2026, 1, 12), "97167", 1, ["GO"], "CO"), (D(2026, 1, 12), "97530", 2,
                                                                                ["GO"], "CO")])]
    cols = [(18, 112, "L"), (130, 58, "L"), (188, 70, "L"), (258, 48, "L"), (306, 82, "L"), (388, 18, "R"),
            (410, 36, "L"), (446, 40, "L"), (486, 30, "R"), (516, 60, "R"), (576, 60, "R"), (640, 40, "L"),
            (680, 94, "L")]
    heads = [["CLIENT NAME"], ["CLIENT ID"], ["OFFICE", "ACCOUNT NUMBER"], ["DATE OF", "SERVICE"], ["TCN"],
             ["LN"], ["PROC"], ["MOD"], ["UNITS"], ["AMOUNT", "CHARGED"], ["AMOUNT", "PAID"], ["STATUS"],
             ["ERRORS"]]

    def pagetop():
        doc.text(18, 28, "STATE OF NORTH PLATTE  DEPARTMENT OF HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", "B", 8)
        doc.text(774, 28, f"PAGE {doc.page:02d}", "B", 8, "R")
        doc.text(18, 39, "REMITTANCE STATEMENT   PROVIDER: WILLOWBEND REHABILITATION SERVICES   MMIS ID 03318852   "
                 "CYCLE 2214   DATE 01/30/26", "R", 7)
        yy = 54
        for (x, w, a), hs in zip(cols, heads):
            for k, h in enumerate(hs):
                doc.row([(x, w, a)], [h], yy + k * 8, "B", 6.6)
        doc.rule(18, yy + 12, 774, yy + 12, 0.5)
        return yy + 22

    y = pagetop()
    bottom = 580
    lines, claims = [], []

    def section(title):
        nonlocal y
        if y + 30 > bottom:
            doc.new_page()
            y = pagetop()
        doc.text(18, y + 2, title, "B", 7.5)
        y += 14

    def emit(ri, tcn, svcs, status, errs, neg=False):
        nonlocal y
        nm, cid, acct = recips[ri]
        for ln, s in enumerate(svcs, 1):
            if y + 9 > bottom:
                doc.new_page()
                y = pagetop()
            rem = list(errs) if s.denied else []
            vals = [nm, cid, acct, dfmt(s.dos, "mdy2"), tcn, f"{ln:02d}", s.code, " ".join(s.mods),
                    units_str(s.units), money(s.billed, "", "trail"), money(s.paid, "", "trail"), status,
                    " ".join(rem)]
            doc.row(cols, vals, y, "R", 7)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=tcn, patient=nm,
                                    printed=("billed", "paid"), remarks=rem))
            y += 9
        claims.append({"claim_id": acct, "payer_claim_id": tcn, "patient": nm, "totals": claim_totals()})
        y += 3

    section("*** PAID CLAIMS ***")
    tp = ZERO
    for ri, tcn, sp in paid:
        svcs = plan_lines(sp, medicaid)
        tp += total(svcs, "paid")
        emit(ri, tcn, svcs, "PAID", [])
    section("*** DENIED CLAIMS ***")
    for ri, tcn, sp in denied:
        svcs = plan_lines(sp, medicaid)
        emit(ri, tcn, svcs, "DENY", ["00162", "01180"])
    section("*** VOIDS ***")
    orig = plan_lines([(D(2025, 12, 15), "97530", 2, ["GO"]), (D(2025, 12, 15), "97110", 1, ["GO"])], medicaid)
    vo = [negate(s) for s in orig]
    emit(1, "2602614088209", vo, "VOID", [])
    tp += total(vo, "paid")
    y += 6
    doc.text(18, y, f"TOTAL AMOUNT PAID THIS CYCLE{money(tp, ''):>18}", "B", 7.5)
    y += 12
    legend = [("00162", "CLIENT NOT ELIGIBLE ON DATE OF SERVICE"), ("01180", "PRIOR APPROVAL NOT ON FILE")]
    for k, v in legend:
        doc.text(18, y, f"ERROR {k}  {v}", "R", 7)
        y += 9
    pdf = out / f"{name}.pdf"
    doc.save_reportlab(pdf)
    write_truth(pdf, name, "reportlab", doc.page, "state Medicaid remittance statement, one row per service",
                lines, claims, legend)


# =============================================================================================== d2
def d2(out: Path):
    name = "h72_d2_medicaid_ra"
    doc = Doc(*LETTER, {"R": "DjCond", "B": "DjCond-B"})
    FMT[name] = {"date": "mdy4", "money": (",", "-"), "code": lambda c, m: [c] + ([",".join(m)] if m else []),
                 "units": lambda u: f"{Decimal(u):.2f}"}
    spec = [
        ("Ibarra-Wells, Santiago", "800417726", "2026019004417", "PCN-60218", "PAID",
         [(D(2026, 1, 5), "97530", 4, ["GO"], None, D(2026, 1, 9)), (D(2026, 1, 5), "97535", 2, ["GO"], None,
                                                                       D(2026, 1, 9)),
          (D(2026, 1, 12), "97530", 4, ["GO"], None, D(2026, 1, 16)), (D(2026, 1, 12), "97112", 2, ["GO"], None,
                                                                         D(2026, 1, 16))]),
        ("Thornbury, Alice M", "800552019", "2026019004418", "PCN-60231", "PAID",
         [(D(2026, 1, 6), "97163", 1, ["GP"], None, None), (D(2026, 1, 6), "97110", 2, ["GP"], None, None),
          (D(2026, 1, 8), "97140", 2, ["GP", "59"], None, None), (D(2026, 1, 8), "97760", 1, ["GP"], "CO", None)]),
        ("Delacroix, Mathis", "800601377", "2026019004419", "PCN-60244", "PAID",
         [(D(2026, 1, 5), "92507", 3, ["GN"], None, D(2026, 1, 16)), (D(2026, 1, 19), "92507", 3, ["GN"], None,
                                                                       D(2026, 1, 30))]),
        ("Varga-Lindholm, Pia", "800688215", "2026019004421", "PCN-60262", "PAID",
         [(D(2026, 1, 5) + timedelta(days=7 * k), c, u, m, None, D(2026, 1, 9) + timedelta(days=7 * k))
          for k in range(4) for c, u, m in (("97110", 4, ["GP"]), ("97116", 2, ["GP"]), ("97140", 2, ["GP"]))]),
        ("Quist, Nora", "800719040", "2026019004420", "PCN-60250", "DENIED",
         [(D(2026, 1, 14), "97165", 1, ["GO"], "CO", None), (D(2026, 1, 14), "97530", 2, ["GO"], "CO", None)]),
    ]
    adult_copay = {"800552019"}
    cols = [(24, 16, "C"), (40, 46, "L"), (86, 46, "L"), (132, 32, "L"), (164, 34, "L"), (198, 30, "R"),
            (228, 46, "R"), (274, 46, "R"), (320, 34, "R"), (354, 46, "R"), (404, 116, "L"), (520, 68, "L")]
    heads = ["Ln", "From", "Thru", "Proc", "Mod", "Units", "Billed", "Allowed", "Copay", "Paid",
             "Adj (Grp Rsn Amount)", "RARC"]
    lines, claims = [], []

    def pagetop():
        doc.text(24, 32, "STATE OF LOWER CASCADIA  -  MEDICAL ASSISTANCE PROGRAM", "B", 10)
        doc.text(24, 44, "Provider Remittance Advice     RA No. 0044719     Payment date 02/06/2026", "R", 8)
        doc.text(588, 32, f"Page {doc.page} of {{NP}}", "R", 8, "R")
        doc.text(24, 56, "Payee: Cedar Fork Therapy Group   NPI 1669470213   EFT trace 0009913726", "R", 8)
        doc.rule(24, 62, 588, 62, 1)
        return 78

    y = pagetop()
    bottom = 742
    for recip, rid, icn, pcn, status, sp in spec:
        svcs = []
        for t in sp:
            s = Svc(t[0], t[1], Decimal(t[2]), tuple(t[3]), end=t[5], denied=t[4])
            medicaid(s, deny_reason="96" if status == "PAID" else "B7")
            if rid in adult_copay and not s.denied and s.code in ("97163", "97140"):
                s.copay = Decimal("2.00")
                s.paid -= s.copay
                s.owes = s.copay
                s.adjs.append(("PR", "3", s.copay))
            svcs.append(s)
        need = 46 + 12 * len(svcs) * 1.5
        if y + min(need, 120) > bottom:
            doc.new_page()
            y = pagetop()
        doc.box(24, y, 564, 26, fill=0.9)
        doc.rule(24, y + 13, 588, y + 13, 0.4)
        for x, lab, val in [(28, "Recipient", recip), (170, "Recipient ID", rid), (270, "ICN", icn),
                            (390, "Patient Control No.", pcn), (500, "Status", status)]:
            doc.text(x, y + 9, lab, "B", 6.8)
            doc.text(x, y + 22, val, "R", 7.5)
            if x > 28:
                doc.rule(x - 4, y, x - 4, y + 26, 0.4)
        y += 36
        doc.row(cols, heads, y, "B", 6.8)
        doc.rule(24, y + 3, 588, y + 3, 0.4)
        y += 12
        for ln, s in enumerate(svcs, 1):
            if y + 20 > bottom:
                doc.new_page()
                y = pagetop()
            adj = s.adjs
            rarc = ["N130"] if s.denied and status == "PAID" else (["N54"] if s.denied else [])
            vals = [str(ln), dfmt(s.dos, "mdy4"), dfmt(s.end or s.dos, "mdy4"), s.code, ",".join(s.mods),
                    f"{s.units:.2f}", money(s.billed, ","), money(s.allowed, ","), money(s.copay, ","),
                    money(s.paid, ","), f"{adj[0][0]} {adj[0][1]} {money(adj[0][2], ',')}" if adj else "",
                    " ".join(rarc)]
            doc.row(cols, vals, y, "R", 7)
            for k, a in enumerate(adj[1:], 1):
                doc.row([cols[10]], [f"{a[0]} {a[1]} {money(a[2], ',')}"], y + 9 * k, "R", 7)
            lines.append(truth_line(doc.page, s, claim_id=pcn, payer_claim_id=icn, patient=recip,
                                    service_end=s.end, printed=("billed", "allowed", "copay", "paid"),
                                    adjustments=adj, remarks=rarc))
            y += 9 * max(1, len(adj)) + 3
        tot = [total(svcs, a) for a in ("billed", "allowed", "copay", "paid")]
        doc.rule(228, y - 8, 400, y - 8, 0.4)
        doc.row(cols, ["", "", "Claim totals", "", "", ""] + [money(t, ",") for t in tot] + ["", ""], y, "B", 7)
        claims.append({"claim_id": pcn, "payer_claim_id": icn, "patient": recip,
                       "totals": claim_totals(tot[0], tot[1], tot[3])})
        y += 20
    legend = [("N130", "Consult plan benefit documents for coverage limits."),
              ("N54", "Claim information is inconsistent with pre-certified or authorized services.")]
    doc.text(24, y, "Remark codes on this remittance", "B", 8)
    for k, v in legend:
        y += 10
        doc.text(24, y, f"{k}  {v}", "R", 7)
    pdf = out / f"{name}.pdf"
    doc.save_fpdf(pdf, FIXED_WHEN)
    write_truth(pdf, name, "fpdf2", doc.page, "state Medicaid provider remittance advice", lines, claims, legend)


# =============================================================================================== p1
def p1(out: Path):
    name = "h72_p1_clearinghouse_detail"
    doc = Doc(*LAND, {"R": "LibMono", "B": "LibMono-B"})
    FMT[name] = {"date": "mdy4", "money": ("", "-"), "code": lambda c, m: "-".join((c,) + tuple(m)),
                 "units": units_str}
    st = PlanState(ded_left=Decimal("0.00"))
    spec = [
        ("HALVORSEN, PETRA", "3XK9-TR4-MN21", "HV1044-A", "22260260114500", [
            (d, c, u, m) for d in visits(D(2026, 1, 5), 11, 2) for c, u, m in
            (("97110", 2, ["GP", "KX"]), ("97140", 1, ["GP", "59"]))]),
        ("ABERNATHY-COLE, WINSTON", "7PL2-QW8-EE40", "HV1051-C", "22260260114501", [
            (D(2026, 1, 6), "97165", 1, ["GO"]), (D(2026, 1, 6), "97530", 2, ["GO"]),
            (D(2026, 1, 8), "97530", 2, ["GO"]), (D(2026, 1, 8), "97760", 1, ["GO"])] +
            [(d, c, u, m) for d in visits(D(2026, 1, 12), 8, 2) for c, u, m in
             (("97530", 2, ["GO"]), ("97535", 1, ["GO", "59"]))]),
        ("SZABO, MAGDALENA", "5FR3-UY1-KC77", "HV1066-B", "22260260114502", [
            (D(2026, 1, 9), "92523", 1, ["GN"]), (D(2026, 1, 12), "92507", 1, ["GN"]),
            (D(2026, 1, 12), "97129", 1, ["GN"], "CO")]),
    ]
    cols = [(20, 22, "L"), (42, 66, "L"), (108, 100, "L"), (208, 36, "R"), (244, 56, "R"), (300, 56, "R"),
            (356, 52, "R"), (408, 52, "R"), (466, 200, "L"), (666, 56, "R"), (728, 46, "L")]
    heads = ["LN", "DOS", "PROC-MOD", "UNITS", "BILLED", "ALLOWED", "DEDUCT", "COINS", "ADJUSTMENTS", "PAID", "RARC"]
    lines, claims = [], []

    def pagetop():
        doc.text(20, 26, "CLEARPATH EDI SERVICES  -  Claim Payment Detail", "B", 10)
        doc.text(772, 26, f"Page {doc.page} of {{NP}}", "R", 8, "R")
        doc.text(20, 38, "Payer: MEDICARE PART B - JURISDICTION 14 CONTRACTOR   Payee: SUMMIT VIEW THERAPY LLC "
                 "NPI 1538820471   Check/EFT# 881200419   Paid 02/10/2026", "R", 7)
        doc.rule(20, 44, 772, 44, 0.8)
        return 58

    def colhead(yy):
        doc.row(cols, heads, yy, "B", 6.8)
        doc.rule(20, yy + 3, 772, yy + 3, 0.3)
        return yy + 11

    y = pagetop()
    bottom = 585
    for pt, mbi, ctrl, pcn, sp in spec:
        svcs = plan_lines(sp, lambda s: medicare(s, st, deny_reason="96"))
        for s in svcs:
            if s.denied:
                s.remarks = ["N20"]
        if y + 50 > bottom:
            doc.new_page()
            y = pagetop()
        doc.text(20, y, f"Patient: {pt}   MBI: {mbi}   Patient Ctrl #: {ctrl}   Payer Claim #: {pcn}", "B", 7)
        doc.text(20, y + 9, "Status: 1 PROCESSED AS PRIMARY   Claim type: 13   Rendering NPI 1720093316", "R", 6.8)
        y = colhead(y + 22)
        for ln, s in enumerate(svcs, 1):
            if y + 9 > bottom:
                doc.new_page()
                y = pagetop()
                doc.text(20, y, f"Patient: {pt}   Payer Claim #: {pcn}   (continued)", "B", 7)
                y = colhead(y + 12)
            adjs = "  ".join(f"{g}{r}={money(a, '')}" for g, r, a in s.adjs)
            vals = [str(ln), dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), units_str(s.units),
                    money(s.billed, ""), money(s.allowed, ""), money(s.deductible, ""), money(s.coinsurance, ""),
                    adjs, money(s.paid, ""), " ".join(s.remarks)]
            doc.row(cols, vals, y, "R", 6.8)
            lines.append(truth_line(doc.page, s, claim_id=ctrl, payer_claim_id=pcn, patient=pt,
                                    printed=("billed", "allowed", "deductible", "coinsurance", "paid"),
                                    adjustments=s.adjs, remarks=s.remarks, description=False))
            y += 9
        tot = [total(svcs, a) for a in ("billed", "allowed", "deductible", "coinsurance")]
        tpaid = total(svcs, "paid")
        doc.rule(244, y - 6, 722, y - 6, 0.3)
        doc.row(cols, ["", "CLAIM TOTALS", "", ""] + [money(t, "") for t in tot] + ["", money(tpaid, ""), ""],
                y + 1, "B", 6.8)
        doc.text(20, y + 11, f"PT RESP {money(total(svcs, 'owes'), '')}", "R", 6.8)
        claims.append({"claim_id": ctrl, "payer_claim_id": pcn, "patient": pt,
                       "totals": claim_totals(tot[0], tot[1], tpaid)})
        y += 28
    legend = [("N20", "Service not payable with other service rendered on the same date.")]
    doc.text(20, y, "RARC  N20  " + legend[0][1], "R", 6.8)
    pdf = out / f"{name}.pdf"
    doc.save_fpdf(pdf, FIXED_WHEN)
    for ln in lines:
        ln["description"] = None
    write_truth(pdf, name, "fpdf2", doc.page, "clearinghouse claim payment detail of a Medicare payment",
                lines, claims, legend)


# =============================================================================================== p2
def p2(out: Path):
    name = "h72_p2_pm_payment_app"
    doc = Doc(*LETTER, {"R": "LibNarrow", "B": "LibNarrow-B"})
    FMT[name] = {"date": "mdyn", "money": (",", "-"), "code": lambda c, m: [c] + ([" ".join(m)] if m else []),
                 "units": units_str}
    st = PlanState(ded_left=Decimal("60.00"))
    spec = [
        ("Lindqvist, Marta", "40112", "22260250990110", [
            (D(2026, 1, 5), "97161", 1, ["GP"]), (D(2026, 1, 5), "97110", 2, ["GP"]),
            (D(2026, 1, 7), "97110", 2, ["GP", "KX"]), (D(2026, 1, 7), "97140", 1, ["GP", "59"])]),
        ("Obuya, Clement", "40127", "22260250990111", [
            (D(2026, 1, 6), "97166", 1, ["GO"]), (D(2026, 1, 6), "97535", 2, ["GO"]),
            (D(2026, 1, 9), "97530", 3, ["GO"]), (D(2026, 1, 9), "97150", 1, ["GO"], "CO")]),
        ("Petrosyan, Ani", "40133", "22260250990112", [
            (D(2026, 1, 8), "92523", 1, ["GN"]), (D(2026, 1, 13), "92507", 1, ["GN"]),
            (D(2026, 1, 15), "92507", 1, ["GN"])]),
        ("Whitcombe, Harold", "40140", "22260250990113", [
            (D(2026, 1, 12), "97112", 2, ["GP", "CQ"]), (D(2026, 1, 12), "97116", 1, ["GP", "CQ"]),
            (D(2026, 1, 14), "97112", 2, ["GP", "CQ"])]),
    ]
    cols = [(24, 44, "L"), (68, 34, "L"), (102, 34, "L"), (136, 24, "R"), (160, 50, "R"), (210, 50, "R"),
            (260, 50, "R"), (310, 46, "R"), (356, 46, "R"), (402, 52, "R"), (454, 46, "R"), (500, 88, "L")]
    heads = ["DOS", "CPT", "Mod", "Units", "Billed", "Allowed", "Paid", "Deduct", "Coins", "Write-off",
             "Pt Resp", "Reason"]
    lines, claims = [], []
    y = 34
    doc.text(24, y, "Fernbrook Rehab Associates - PracticeDesk", "B", 10)
    doc.text(588, y, "Run 01/30/2026 07:42", "R", 7.5, "R")
    doc.text(24, y + 14, "Insurance Payment Application", "B", 12)
    doc.text(24, y + 28, "Batch 2026-0130-03   Payer: MEDICARE PART B   Deposit 01/29/2026   EFT 771004583   "
             "Posted by: K. Marsh", "R", 7.5)
    y += 44
    doc.row(cols, heads, y, "B", 7)
    doc.rule(24, y + 3, 588, y + 3, 0.6)
    y += 14
    grand = ZERO
    for pt, acct, icn, sp in spec:
        svcs = plan_lines(sp, lambda s: medicare(s, st, deny_reason="97"))
        doc.box(24, y - 8, 564, 11, fill=0.9, stroke=False)
        doc.text(26, y, f"Pt: {pt}     Acct {acct}     ICN {icn}", "B", 7)
        y += 11
        for s in svcs:
            s.discount = s.billed - s.paid - s.owes
            rsn = "97 M15" if s.denied else ("45 1 2 253" if s.deductible else "45 2 253")
            vals = [dfmt(s.dos, "mdyn"), s.code, " ".join(s.mods), units_str(s.units), money(s.billed, ","),
                    money(s.allowed, ","), money(s.paid, ","), money(s.deductible, ","), money(s.coinsurance, ","),
                    money(s.discount, ","), money(s.owes, ","), rsn]
            doc.row(cols, vals, y, "R", 7)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=icn, patient=pt,
                                    printed=("billed", "allowed", "paid", "deductible", "coinsurance", "discount",
                                             "patient_owes"), description=False))
            y += 10
        tot = [total(svcs, a) for a in ("billed", "allowed", "paid", "deductible", "coinsurance", "discount",
                                          "owes")]
        grand += tot[2]
        doc.rule(160, y - 7, 500, y - 7, 0.3)
        doc.row(cols, ["", "Patient total", "", ""] + [money(t, ",") for t in tot] + [""], y + 1, "B", 7)
        claims.append({"claim_id": acct, "payer_claim_id": icn, "patient": pt,
                       "totals": claim_totals(tot[0], tot[1], tot[2], tot[6])})
        y += 20
    doc.rule(24, y - 6, 588, y - 6, 1)
    doc.text(24, y + 4, f"Batch total applied: {money(grand, '$')}", "B", 8)
    doc.text(24, y + 18, "Reason column lists adjustment reason codes as received on the ERA; amounts are combined "
             "in Write-off and Pt Resp.", "R", 7)
    pdf = out / f"{name}.pdf"
    doc.save_reportlab(pdf)
    write_truth(pdf, name, "reportlab", doc.page, "practice-management payment application report", lines,
                claims, [])


# =============================================================================================== s1
def s1(out: Path):
    name = "h72_s1_clinic_family_stmt"
    doc = Doc(*LETTER, {"R": "LibSans", "B": "LibSans-B"})
    FMT[name] = {"date": "mdy4", "money": ("$", "-"),
                 "code": lambda c, m: "-".join((c,) + tuple(m)), "units": units_str}
    kids = ["Milo Brennan-Hale", "Ivy Brennan-Hale", "Theo Brennan-Hale"]
    st = PlanState(ded_left=Decimal("100.00"), allowed_rate=Decimal("0.80"))
    vis = []
    vn = 30410
    for d in visits(D(2026, 1, 5), 7):
        vis.append((0, vn, "BSH2601" + str(vn * 7)[-6:], d, [("97530", 2, ["GO"]), ("97535", 1, ["GO"])]))
        vn += 1
        vis.append((1, vn, "BSH2601" + str(vn * 7)[-6:], d, [("92507", 1, ["GN"])]))
        vn += 1
    vis.append((2, vn, "BSH2601" + str(vn * 7)[-6:], D(2026, 1, 14),
                [("97165", 1, ["GO"]), ("97530", 2, ["GO"]), ("97112", 1, ["GO", "59"]), ("97140", 1, ["GO"]),
                 ("97535", 1, ["GO"]), ("97760", 1, ["GO"])]))
    cols = [(30, 54, "L"), (84, 68, "L"), (152, 190, "L"), (342, 26, "R"), (368, 70, "R"), (438, 70, "R"),
            (508, 74, "R")]
    heads = ["Date", "Code", "Description", "Qty", "Charges", "Credits", "Balance"]
    lines, claims = [], []
    bal = Decimal("42.00")

    def colhead(yy):
        doc.box(30, yy - 9, 552, 13, fill=0.85, stroke=False)
        doc.row(cols, heads, yy, "B", 7.5)
        return yy + 14

    y = 36
    doc.text(30, y, "Little Compass Pediatric Therapy", "B", 14)
    doc.text(30, y + 13, "610 Orchard Row, Suite 2  -  Marlow Springs, VT 05688  -  (802) 555-0163", "R", 7.5)
    doc.box(380, y + 24, 202, 56)
    for i, (a, b) in enumerate([("Statement date", "02/02/2026"), ("Guarantor account", "G-7731"),
                                ("Amount due", "see below"), ("Please pay by", "02/27/2026")]):
        doc.text(386, y + 36 + i * 12, a, "R", 7.5)
        doc.text(576, y + 36 + i * 12, b, "B", 7.5, "R")
    for i, t in enumerate(["Guarantor:", "NATALIE BRENNAN-HALE", "47 CIDER MILL LANE", "MARLOW SPRINGS, VT 05688"]):
        doc.text(30, y + 36 + i * 11, t, "B" if i == 0 else "R", 8)
    y = 140
    doc.text(30, y, "Account activity", "B", 10)
    y = colhead(y + 16)
    doc.row(cols, ["01/02/2026", "", "Previous balance", "", "", "", money(bal)], y, "R", 7.5)
    y += 12
    bottom = 720
    for kid, vno, clm, d, codes in vis:
        svcs = [commercial(Svc(d, c, Decimal(u), tuple(m)), st) for c, u, m in codes]
        kid = kids[kid]
        vid = f"V-{vno}"
        if y + 40 > bottom:
            doc.new_page()
            doc.text(30, 30, "Little Compass Pediatric Therapy  -  Statement for NATALIE BRENNAN-HALE (continued)",
                     "B", 8)
            doc.text(582, 30, f"Page {doc.page} of {{NP}}", "R", 8, "R")
            y = colhead(50)
        doc.text(32, y, f"Visit {vid}  -  {kid}  -  Kendra Lowe, OTR/L", "B", 7.5)
        y += 11
        rows = []
        for s in svcs:
            bal += s.billed
            rows.append(("svc", s, bal))
        pay = total(svcs, "paid")
        adj = total(svcs, "discount")
        for i, s in enumerate(svcs):
            if y + 11 > bottom:
                doc.new_page()
                doc.text(30, 30, "Little Compass Pediatric Therapy  -  Statement for NATALIE BRENNAN-HALE "
                         "(continued)", "B", 8)
                doc.text(582, 30, f"Page {doc.page} of {{NP}}", "R", 8, "R")
                y = colhead(50)
                doc.text(32, y, f"Visit {vid}  -  {kid} (continued)", "B", 7.5)
                y += 11
            b = rows[i][2]
            doc.row(cols, [dfmt(s.dos, "mdy4"), "-".join((s.code,) + s.mods), s.desc, units_str(s.units),
                           money(s.billed), "", money(b)], y, "R", 7.5)
            lines.append(truth_line(doc.page, s, claim_id=vid, payer_claim_id=clm, patient=kid,
                                    printed=("billed",)))
            y += 11
        bal -= pay
        doc.row(cols, ["01/28/2026", "", f"Payment - Green Valley Health, claim {clm}", "", "", money(pay),
                       money(bal)], y, "R", 7.5)
        y += 11
        bal -= adj
        doc.row(cols, ["01/28/2026", "", "Insurance contractual adjustment", "", "", money(adj), money(bal)], y,
                "R", 7.5)
        y += 14
        claims.append({"claim_id": vid, "payer_claim_id": clm, "patient": kid,
                       "totals": claim_totals()})
    y += 4
    doc.rule(30, y, 582, y, 1)
    doc.text(30, y + 14, "AMOUNT DUE FROM YOU", "B", 10)
    doc.text(582, y + 14, money(bal), "B", 10, "R")
    doc.text(30, y + 30, "Current   31-60 days   61-90 days   Over 90: balances shown include the previous "
             "balance carried from December.", "R", 7)
    pdf = out / f"{name}.pdf"
    doc.save_fpdf(pdf, FIXED_WHEN)
    write_truth(pdf, name, "fpdf2", doc.page, "therapy clinic family statement, balance forward", lines, claims,
                [])


# =============================================================================================== s2
def s2(out: Path):
    name = "h72_s2_hospital_family"
    doc = Doc(*LAND, {"R": "DjSans", "B": "DjSans-B"})
    FMT[name] = {"date": "dmy", "money": (",", "-"), "code": lambda c, m: [c] + ([" ".join(m)] if m else []),
                 "units": units_str}
    st = PlanState(ded_left=Decimal("250.00"), allowed_rate=Decimal("0.68"))
    accts = [
        ("Cordelia Ashgrove", "90017734", "HLH-5512-0098231", [
            (D(2026, 1, 5), "97163", 1, ["GP"]), (D(2026, 1, 5), "97110", 3, ["GP"]),
            (D(2026, 1, 7), "97110", 2, ["GP"]), (D(2026, 1, 7), "97140", 2, ["GP", "59"]),
            (D(2026, 1, 7), "G0283", 1, ["GP"])]),
        ("Emmett Ashgrove", "90017751", "HLH-5512-0098412", [
            (D(2026, 1, 8), "92523", 1, []), (D(2026, 1, 12), "92507", 1, []), (D(2026, 1, 15), "92507", 1, []),
            (D(2026, 1, 15), "92526", 1, [], "PR")]),
        ("Lucia Ashgrove", "90017768", "HLH-5512-0098530", [
            (D(2026, 1, 9), "97165", 1, ["GO"]), (D(2026, 1, 9), "97760", 1, ["GO"]),
            (D(2026, 1, 9), "L3807", 1, ["LT"]), (D(2026, 1, 16), "97530", 2, ["GO"])]),
    ]
    cols = [(24, 62, "L"), (86, 32, "L"), (118, 50, "L"), (168, 34, "L"), (202, 200, "L"), (402, 30, "R"),
            (432, 64, "R"), (496, 76, "R"), (572, 76, "R"), (648, 48, "R"), (696, 72, "R")]
    heads = [["Date"], ["Rev"], ["CPT/", "HCPCS"], ["Mod"], ["Description"], ["Units"], ["Charges"],
             ["Insurance", "Payments"], ["Insurance", "Adjustments"], ["Patient", "Payments"], ["Patient",
             "Balance"]]
    lines, claims = [], []
    y = 34
    doc.text(24, y, "ST. BRIGID VALLEY MEDICAL CENTER", "B", 13)
    doc.text(24, y + 12, "Patient Financial Services  -  1 Infirmary Hill, Rowanport, NH 03899", "R", 7.5)
    doc.text(768, y, "Family Account Statement", "B", 11, "R")
    doc.text(768, y + 12, "Statement date 02/03/2026   Guarantor no. 5581209", "R", 7.5, "R")
    doc.text(24, y + 34, "Guarantor: BENEDICT ASHGROVE, 19 Millrace Road, Rowanport, NH 03899", "R", 8)
    y += 54
    grand = ZERO
    for pt, acct, clm, sp in accts:
        svcs = plan_lines(sp, lambda s: commercial(s, st, deny_reason="96"))
        doc.box(24, y - 9, 744, 24, fill=0.86, stroke=False)
        doc.text(28, y, f"Account {acct}   Patient: {pt}", "B", 8)
        doc.text(28, y + 11, f"Outpatient rehabilitation   Insurance: Harborlight Health PPO   Claim no. {clm}",
                 "R", 7)
        y += 24
        for (x, w, a), hs in zip(cols, heads):
            for k, h in enumerate(hs):
                doc.row([(x, w, a)], [h], y + k * 7.5, "B", 6.6)
        doc.rule(24, y + 10, 768, y + 10, 0.5)
        y += 19
        for s in svcs:
            s.discount = s.billed - s.paid - s.owes
            rc = "0274" if s.code.startswith("L") else ("0440" if s.code.startswith("92") else
                                                         ("0430" if "GO" in s.mods else "0420"))
            vals = [dfmt(s.dos, "dmy"), rc,
                    s.code, " ".join(s.mods), s.desc, units_str(s.units), money(s.billed, ","), money(s.paid, ","),
                    money(s.discount, ","), "0.00", money(s.owes, ",")]
            doc.row(cols, vals, y, "R", 6.8)
            lines.append(truth_line(doc.page, s, claim_id=acct, payer_claim_id=clm, patient=pt,
                                    printed=("billed", "paid", "discount", "patient_owes")))
            y += 10
        tot = [total(svcs, a) for a in ("billed", "paid", "discount", "owes")]
        grand += tot[3]
        doc.rule(432, y - 7, 768, y - 7, 0.4)
        doc.row(cols, ["", "", "", "", "Account total", ""] + [money(t, ",") for t in tot[:3]] +
                ["0.00", money(tot[3], ",")], y + 1, "B", 6.8)
        claims.append({"claim_id": acct, "payer_claim_id": clm, "patient": pt,
                       "totals": claim_totals(billed=tot[0], paid=tot[1], patient_owes=tot[3])})
        y += 24
    doc.box(560, y - 4, 208, 30)
    doc.text(566, y + 8, "Total due from guarantor", "B", 8.5)
    doc.text(762, y + 20, money(grand, "$"), "B", 10, "R")
    doc.text(24, y + 10, "Insurance adjustments are reductions agreed between your insurer and the hospital.",
             "R", 7)
    pdf = out / f"{name}.pdf"
    doc.save_reportlab(pdf)
    write_truth(pdf, name, "reportlab", doc.page, "hospital family account statement", lines, claims, [])


LAYOUTS = [c1, c2, m1, m2, d1, d2, p1, p2, s1, s2]


# =============================================================================================== check
def _tok_re(t: str) -> re.Pattern:
    return re.compile(r"(?<![\w.,$-])" + re.escape(t) + r"(?![\w.,])")


def check(out: Path) -> int:
    import pdfplumber
    errors = 0
    n_lines = n_pages = 0
    for name, fmt in FMT.items():
        pdf_path = out / f"{name}.pdf"
        truth = json.loads((out / f"{name}.pdf.truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            npg = len(pdf.pages)
        n_pages += npg
        n_lines += len(truth["lines"])

        def err(msg):
            nonlocal errors
            errors += 1
            print(f"  {name}: {msg}")

        if npg != truth["pages"]:
            err(f"page count {npg} != {truth['pages']}")
        alltext = "\n".join(pages)
        ms, neg = fmt["money"]
        for i, ln in enumerate(truth["lines"]):
            page = pages[ln["page"] - 1]
            toks = [dfmt(date.fromisoformat(ln["service_date"]), fmt["date"])]
            if ln["service_end"]:
                toks.append(dfmt(date.fromisoformat(ln["service_end"]), fmt["date"]))
            c = fmt["code"](ln["code"], ln["modifiers"])
            toks += c if isinstance(c, list) else [c]
            if ln["units"] is not None:
                toks.append(fmt["units"](Decimal(ln["units"])))
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln.get(k) is not None:
                    toks.append(money(Decimal(ln[k]), ms, neg))
            rows = [r for r in page.splitlines() if all(_tok_re(t).search(r) for t in toks)]
            if not rows:
                err(f"line {i} ({ln['service_date']} {ln['code']}): no text row with all of {toks}")
            for g, r, a in ln["adjustments"]:
                if not re.search(rf"{g}\s?-?\s?{r}\b", page) or (a and money(Decimal(a), "" if ms == "" else ",",
                                                                        neg).lstrip("$") not in page):
                    err(f"line {i}: adjustment {g}{r} {a} not on page")
            for r in ln["remarks"]:
                if not _tok_re(r).search(page):
                    err(f"line {i}: remark {r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    err(f"line {i}: {k} {ln[k]} not in document")
            d = {k: Decimal(ln[k]) if ln.get(k) is not None else None for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if d["allowed"] is not None and d["discount"] is not None and d["not_covered"] is not None:
                if d["billed"] - d["discount"] - d["not_covered"] != d["allowed"]:
                    err(f"line {i}: billed - discount - not covered != allowed")
            if d["allowed"] is not None and d["paid"] is not None and any(
                    d[k] is not None for k in ("deductible", "copay", "coinsurance")) and name != "h72_p1_clearinghouse_detail":
                if d["allowed"] - sum(d[k] or ZERO for k in ("deductible", "copay", "coinsurance")) != d["paid"]:
                    if "p2" not in name:
                        err(f"line {i}: allowed - cost share != paid")
            if ln["adjustments"] and d["paid"] is not None:
                if d["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != d["paid"]:
                    err(f"line {i}: billed - adjustments != paid")
            if d["discount"] is not None and d["paid"] is not None and ln.get("patient_owes") and \
                    d["not_covered"] is None and d["allowed"] is None:
                if d["billed"] - d["discount"] - d["paid"] != Decimal(ln["patient_owes"]):
                    err(f"line {i}: billed - write-off - paid != owes")
        for cl in truth["claims"]:
            mine = [ln for ln in truth["lines"] if ln["claim_id"] == cl["claim_id"] and
                    ln["payer_claim_id"] == cl["payer_claim_id"]]
            if not mine:
                err(f"claim {cl['payer_claim_id']}: no lines")
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine), ZERO)
                if s != Decimal(v):
                    err(f"claim {cl['payer_claim_id']}: {k} total {v} != sum {s}")
                if money(Decimal(v), ms, neg) not in alltext:
                    err(f"claim {cl['payer_claim_id']}: total {k} {v} not printed")
    print(f"check: {len(FMT)} files, {n_lines} service lines, {n_pages} pages, {errors} problem(s)")
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout72_"))
    if "samples" in out.resolve().parts:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for f in LAYOUTS:
        f(out)
    print(f"wrote {len(LAYOUTS)} PDFs to {out}")
    if "--check" in argv:
        return check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
