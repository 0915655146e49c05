"""Write HELD-OUT set 175 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on document kinds written by an author who did not look at the reader.

Run:  python bench/heldout175/make_heldout175_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout175/make_heldout175_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print (units null where no quantity is printed for the line); claim_id = the provider's own account /
patient-control / invoice / visit number, payer_claim_id = the payer's claim number / ICN / TCN / reference,
patient exactly as printed (the person who got the service, not the guarantor or subscriber unless the same).
Adjustments are recorded only where the page prints a group+reason code with an amount for that line; remarks
are the note / remark / edit codes printed on the line. Every name, number, payer, provider, address and ID is
invented; descriptions are our own words. Deterministic (reportlab invariant=1, fpdf2 fixed creation date).
Page drawing goes through the small helper h175doc.py (records operations, renders with either producer).

Layouts (set 175: two each of commercial member EOB, Medicare Summary Notice / MA member EOB, state Medicaid RA,
Medicare-style paper remit from a clearinghouse / PM system, family statement from a clinic / hospital):
  a1  commercial member EOB, portrait Liberation Sans (reportlab): "Prepared for" subscriber block, family
      summary box, claim bands "Patient / Claim number / Provider / Provider account", columns "Service date /
      Service / Provider charged / Your plan's rate / Not covered / Deductible / Copay / Coinsurance / Your
      plan paid / What you owe / Remark", code and modifier as "97530 GO" with the description on a second
      line, no units, three family members, a claim continuing on page 2 under a repeated header, remark legend
  a2  commercial member EOB, landscape DejaVu Serif Condensed (fpdf2) with a right-hand sidebar of
      deductible / out-of-pocket progress: "Claim ID" and "Patient account no." per claim, "Dates / Proc /
      Qty / Amount billed / Network savings / Amount covered / Deductible / Copay / Coinsurance / Benefit paid /
      Member responsibility / Msg", "97110-GP" codes, a denied line, two family members, PLANTED claim-total
      mismatch on Member responsibility
  b1  Medicare Summary Notice in the older one-page-per-provider style, portrait Liberation Serif (fpdf2):
      "Dates of Service / Services Provided / Amount Charged / Medicare Approved / Medicare Paid Provider / You
      May Be Billed / See Notes Section", the number of services printed before the description with the code in
      parentheses "4 Therapeutic exercises (97110-GP)", claim number per provider block, notes section letters,
      a claim continued onto page 2
  b2  Medicare Advantage member EOB, portrait DejaVu Sans (reportlab), monthly statement: two-column top
      (member box and plan-year totals), claim heading "Claim number / Provider / Your account number",
      "Date / Service (code) / Provider's charge / Plan-approved amount / Plan's share / Your share / Notes",
      "Jan 5, 2026" dates, no units, copay per visit, a denied line, one member, two claims (single page)
  d1  state Medicaid remittance advice, landscape Liberation Mono (reportlab), line-printer style:
      "CLAIMS PAID" / "CLAIMS DENIED" sections, claim heading "RECIP NAME / RECIP ID / PAT ACCT / TCN", line rows
      "SVC DATE  PROC  MODS  UNITS  BILLED  ALLOWED  TPL  COPAY  PAID  EOB" with 4-digit EOB codes as remarks,
      section totals, EOB code legend, several recipients
  d2  state Medicaid remittance advice, portrait DejaVu Sans Condensed (fpdf2), boxed grid: member band with
      ICN / patient account / member name, "LN / FROM-THRU / PROC / M1 / M2 / UNITS / BILLED / ALLOWED / PAID /
      ADJ (group-reason amount) / RMK", a credited (reversed) claim with trailing-minus amounts and its
      replacement, a claim continued onto page 2 with the column header repeated, claim totals
  r1  clearinghouse "Standard Paper Remit" reprint (Medicare-style), portrait core Courier (fpdf2): NAME / HIC /
      ACNT / ICN / ASG / MOA heading lines, "PERF PROV  SERV DATE  POS  NOS  PROC  MODS  BILLED  ALLOWED  DEDUCT
      COINS  GRP/RC-AMT  PROV PD", dates "0105 010526", second adjustment on a continuation line, PT RESP /
      CLAIM TOTALS rows, NET line, a denied claim, provider totals
  r2  practice-management "Remittance Posting Detail", landscape Liberation Sans Narrow (reportlab), ruled grid
      with ids on every row: "Acct # / Patient / Payer ICN / DOS / CPT / Mod / Units / Charge / Allowed / Ded /
      Coins / Adj codes / Paid / Remark", adjustments packed "CO45 12.30  PR2 4.10" in one cell, dates
      "01-05-2026", a reversed line in parentheses, batch totals
  s1  outpatient therapy clinic family statement, portrait Liberation Sans (fpdf2): remittance stub at top,
      "Statement date / Guarantor / Amount due" box, visit heading rows naming the patient with visit # and the
      insurer's claim reference, rows "Date / Code / Description / Qty / Charges / Insurance paid / Insurance
      adjustment / Your balance", three children, a visit continuing to page 2, aging footer
  s2  hospital outpatient-rehab family statement, portrait DejaVu Serif (reportlab): one account per family
      member, "Rev / CPT-HCPCS / Mod / Svc Date / Description / Qty / Charges", insurance payment and adjustment
      printed at account level with the payer's claim number (so line paid is null), account totals, an account
      whose itemised charges continue onto page 2, "Amount you owe" per account

The self-check (--check) tests the factory, not the reader: each line's code, modifiers, units and amounts are
on ONE extracted text line of its page (adjustment codes/amounts and remarks on that line or the next two), the
service date is on the page (in the layout's date style), ids and patients are on the claim's pages, the page
count matches, printed claim totals appear on the claim's pages, and the documents' own arithmetic holds
(allowed - deductible - copay - coinsurance = paid where those are all printed; billed - not covered - discount
= allowed where printed; billed - adjustments = paid where the layout prints the adjustments; claim totals =
sums of lines, except the planted mismatch, which really is one). At least three files must carry a claim whose
lines run over a page break, and family documents must name several patients.
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
from h175doc import Doc  # noqa: E402
import eobgen  # noqa: E402

# one code the shared charge master lacks (invented charge and fee, our own wording)
eobgen.FEE.setdefault("97533", "88.00")
eobgen.SCHED.setdefault("97533", "31.90")
eobgen.DESC.setdefault("97533", "Sensory integration techniques")

D = lambda m, d: date(2026, m, d)  # noqa: E731
PR = {"billed", "allowed", "paid", "owes", "deductible", "copay", "coinsurance", "not_covered", "discount"}


def S(dos, code, units, mods=(), **kw) -> Svc:
    return Svc(dos, code, Decimal(str(units)), tuple(mods), **kw)


def pk(printed):
    """printed attribute names -> truth key names"""
    return tuple("patient_owes" if p == "owes" else p for p in printed)


class Out:
    """Collects a document's truth while a layout draws it."""

    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def line(self, doc, s, cl, printed, *, units=True, mods=True, adjs=None, remarks=None, end=None, desc=True):
        self.lines.append(truth_line(doc.pageno, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("pcn"),
                                     patient=cl.get("patient"), printed=pk(printed), units=units,
                                     modifiers=mods, adjustments=adjs, remarks=remarks, service_end=end,
                                     description=desc))

    def claim(self, cl, **tot):
        self.claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("pcn"),
                            "patient": cl.get("patient"), "totals": claim_totals(**tot)})


def wrapfit(doc, y, need, bottom, newpage):
    if y + need > bottom:
        return newpage()
    return y


def adjtxt(adjs, sep="-", amt_style=","):
    return [f"{g}{sep}{c} {money(a, amt_style)}" for g, c, a in adjs]


# =============================================================================== a1: commercial member EOB
def lay_a1(out: Out):
    doc = Doc(False, "LibSans", 7.6)
    fam = [("Ada Okafor-Reyes", "BST-40917", "NW26-0104-77812", "Bright Steps Pediatric Therapy"),
           ("Daniel Okafor-Reyes", "HLP-22018", "NW26-0109-80233", "Harborline Physical Therapy"),
           ("Mira Okafor-Reyes", "BST-41102", "NW26-0113-81954", "Bright Steps Pediatric Therapy")]
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"))
    c0 = [S(D(1, 5), "97165", 1, ["GO"]), S(D(1, 5), "97530", 2, ["GO"]), S(D(1, 7), "97530", 3, ["GO"]),
          S(D(1, 7), "97535", 1, ["GO"]), S(D(1, 9), "97530", 2, ["GO"]), S(D(1, 9), "97112", 1, ["GO", "59"]),
          S(D(1, 12), "97530", 2, ["GO"]), S(D(1, 12), "97140", 1, ["GO"]), S(D(1, 14), "97530", 2, ["GO"]),
          S(D(1, 14), "97535", 2, ["GO"]), S(D(1, 16), "97110", 2, ["GO"]),
          S(D(1, 16), "97129", 1, ["GO"], denied="PR"), S(D(1, 19), "97530", 3, ["GO"]),
          S(D(1, 19), "97168", 1, ["GO"])]
    c0 += [S(D(1, d), c, u, ["GO"]) for d in (21, 23, 26, 28, 30) for c, u in (("97530", 2), ("97535", 1))]
    c1 = [S(D(1, 9), "97161", 1, ["GP"]), S(D(1, 9), "97110", 2, ["GP"]), S(D(1, 9), "99213", 1, ["25"]),
          S(D(1, 13), "97140", 1, ["GP", "59"]), S(D(1, 13), "G0283", 1, ["GP"])]
    c2 = [S(D(1, 13), "92523", 1, ["GN"]), S(D(1, 15), "92507", 1, ["GN"]), S(D(1, 20), "92507", 1, ["GN"])]
    claims = []
    for (pt, acct, pcn, prov), svcs in zip([fam[1], fam[0], fam[2]], (c1, c0, c2)):
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["R12"] if s.deductible else (["R40"] if s.denied else [])
        claims.append(dict(patient=pt, acct=acct, pcn=pcn, prov=prov, svcs=svcs))
    cols = [("dos", "Service date", 36, "L"), ("svc", "Service", 86, "L"), ("billed", "Provider\ncharged", 222, "R"),
            ("allowed", "Your plan's\nrate", 268, "R"), ("not_covered", "Not\ncovered", 310, "R"),
            ("deductible", "Deductible", 358, "R"), ("copay", "Copay", 396, "R"),
            ("coinsurance", "Coinsurance", 448, "R"), ("paid", "Your plan\npaid", 496, "R"),
            ("owes", "What you\nowe", 540, "R"), ("rmk", "Remark", 552, "L")]
    printed = ("billed", "allowed", "not_covered", "deductible", "copay", "coinsurance", "paid", "owes")

    def furniture():
        doc.new_page()
        doc.t(36, 40, "NORTHWIND MUTUAL", "LibSansB", 16)
        doc.t(36, 52, "HEALTH PLAN", "LibSans", 8)
        doc.t(576, 40, "Explanation of Benefits", "LibSansB", 12, "R")
        doc.t(576, 52, "THIS IS NOT A BILL", "LibSansB", 8, "R")
        doc.line(36, 60, 576, 60, 1.2)
        doc.t(306, 770, "Northwind Mutual Health Plan, PO Box 7712, Calder Falls, OR 97800  |  Member services "
              "1-800-555-0142  |  Page {p} of {{PAGES}}".format(p=doc.pageno), "LibSans", 6.5, "C")
        return 72

    def header(y):
        doc.rect(36, y - 2, 540, 20, 0.88, False)
        for k, h, x, al in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x, y + 7 + i * 8, part, "LibSansB", 6.6, al)
        return y + 24

    y = furniture()
    doc.t(36, y + 8, "Prepared for:", "LibSansB", 8)
    doc.t(36, y + 19, "DANIEL OKAFOR-REYES", "LibSans", 8)
    doc.t(36, y + 29, "418 Quarry Lane", "LibSans", 8)
    doc.t(36, y + 39, "Calder Falls, OR 97801", "LibSans", 8)
    for i, (a, b) in enumerate([("Member ID", "NWM 660 418 27"), ("Group", "PINECREST SCHOOLS 30418"),
                                ("Statement date", "February 2, 2026"), ("Plan", "Choice PPO 1500")]):
        doc.t(360, y + 8 + i * 10, a + ":", "LibSansB", 8)
        doc.t(440, y + 8 + i * 10, b, "LibSans", 8)
    y += 54
    doc.rect(36, y, 540, 14 + 10 * len(claims), None, True)
    doc.t(42, y + 10, "Family summary", "LibSansB", 8)
    doc.t(330, y + 10, "Provider charged", "LibSansB", 7, "R")
    doc.t(430, y + 10, "Your plan paid", "LibSansB", 7, "R")
    doc.t(530, y + 10, "What you owe", "LibSansB", 7, "R")
    for i, cl in enumerate(claims):
        yy = y + 21 + i * 10
        doc.t(42, yy, cl["patient"], "LibSans", 7)
        doc.t(330, yy, money(total(cl["svcs"], "billed")), "LibSans", 7, "R")
        doc.t(430, yy, money(total(cl["svcs"], "paid")), "LibSans", 7, "R")
        doc.t(530, yy, money(total(cl["svcs"], "owes")), "LibSans", 7, "R")
    y += 24 + 10 * len(claims)
    bottom = 740

    def band(y, cl, cont):
        doc.rect(36, y, 540, 22, 0.95, True)
        doc.t(40, y + 9, f"Patient: {cl['patient']}" + ("  (continued)" if cont else ""), "LibSansB", 7.6)
        doc.t(300, y + 9, f"Claim number: {cl['pcn']}", "LibSans", 7.6)
        doc.t(40, y + 18, f"Provider: {cl['prov']}", "LibSans", 7.6)
        doc.t(300, y + 18, f"Provider account: {cl['acct']}", "LibSans", 7.6)
        return y + 28

    for cl in claims:
        if y + 80 > bottom:
            y = furniture()
        y = header(band(y, cl, False))
        for s in cl["svcs"]:
            if y + 20 > bottom:
                y = header(band(furniture(), cl, True))
            cells = {"dos": dfmt(s.dos, "mdy4"), "svc": " ".join((s.code,) + s.mods), "rmk": " ".join(s.remarks)}
            for p in printed:
                cells[p] = money(getattr(s, p), ",")
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "LibSans", 7.6, al)
            doc.t(86, y + 8, s.desc, "LibSans", 6.2)
            out.line(doc, s, cl, printed, units=False, remarks=s.remarks)
            y += 20
        sv = cl["svcs"]
        doc.line(36, y - 6, 576, y - 6)
        doc.t(86, y + 2, "Claim total", "LibSansB", 7.6)
        for k, h, x, al in cols:
            if k in printed:
                doc.t(x, y + 2, money(total(sv, k), ","), "LibSansB", 7.6, al)
        out.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
        y += 22
    leg = [("R12", "Part of this amount counts toward your yearly deductible."),
           ("R40", "Your plan does not cover this service; the provider may bill you for it.")]
    if y + 40 > bottom:
        y = furniture()
    doc.t(36, y + 6, "Remark codes", "LibSansB", 8)
    for i, (c, t) in enumerate(leg):
        doc.t(36, y + 18 + i * 10, f"{c}  {t}", "LibSans", 7.2)
    return doc, "reportlab", leg


# =============================================================================== a2: commercial EOB landscape
def lay_a2(out: Out):
    doc = Doc(True, "DjSerifCond", 7.4)
    st = PlanState(ded_left=Decimal("0.00"), visit_copay=Decimal("30.00"))
    fam = [("Tobias Lindqvist", "PT-0088213", "E2601-55410-03"), ("Signe Lindqvist", "PT-0088307", "E2601-55977-01")]
    c0 = [S(D(1, 6), "97163", 1, ["GP"]), S(D(1, 6), "97110", 3, ["GP"]), S(D(1, 8), "97110", 2, ["GP"]),
          S(D(1, 8), "97140", 2, ["GP", "59"]), S(D(1, 8), "97116", 1, ["GP"]),
          S(D(1, 12), "0552T", 1, [], denied="PR")]
    c1 = [S(D(1, 14), "97166", 1, ["GO"]), S(D(1, 14), "97760", 1, ["GO"]), S(D(1, 14), "L3807", 1, ["RT"])]
    claims = []
    for (pt, acct, pcn), svcs in zip(fam, (c0, c1)):
        for s in svcs:
            commercial(s, st, deny_reason="50")
            s.remarks = ["N7"] if s.denied else (["C2"] if s.copay else [])
        claims.append(dict(patient=pt, acct=acct, pcn=pcn, svcs=svcs))
    doc.new_page()
    doc.t(36, 38, "Cedarline Health Assurance", "DjSerifCondB", 15)
    doc.t(36, 50, "Your Explanation of Benefits for the period 01/01/2026 - 01/31/2026", "DjSerifCond", 8)
    doc.t(36, 66, "Subscriber: Tobias Lindqvist    Member no. CHA-7731-0290    Group: Fjordline Shipping 2290",
          "DjSerifCond", 8)
    doc.t(36, 76, "Issued 02/02/2026    Questions? 1-888-555-0199 (TTY 711)", "DjSerifCond", 8)
    # sidebar
    sx = 610
    doc.rect(sx, 30, 150, 250, 0.93, True)
    doc.t(sx + 8, 46, "Plan year 2026 progress", "DjSerifCondB", 8.5)
    side = [("Individual deductible", "$500.00 met"), ("Family deductible", "$1,000.00 met"),
            ("Out-of-pocket (indiv.)", "$612.40 of $4,000"), ("Out-of-pocket (family)", "$903.15 of $8,000")]
    for i, (a, b) in enumerate(side):
        doc.t(sx + 8, 66 + i * 26, a, "DjSerifCond", 7.5)
        doc.t(sx + 8, 76 + i * 26, b, "DjSerifCondB", 7.5)
    doc.t(sx + 8, 186, "Message codes", "DjSerifCondB", 8)
    leg = [("C2", "A flat copay applies once per visit date."),
           ("N7", "Not a covered benefit under this plan.")]
    for i, (c, t) in enumerate(leg):
        for j, part in enumerate(doc.wrap(f"{c} - {t}", "DjSerifCond", 7, 134)):
            doc.t(sx + 8, 200 + i * 26 + j * 9, part, "DjSerifCond", 7)
    cols = [("dos", "Dates", 36, "L"), ("proc", "Proc", 82, "L"), ("qty", "Qty", 140, "R"),
            ("billed", "Amount\nbilled", 190, "R"), ("discount", "Network\nsavings", 238, "R"),
            ("allowed", "Amount\ncovered", 286, "R"), ("deductible", "Deductible", 334, "R"),
            ("copay", "Copay", 374, "R"), ("coinsurance", "Coinsurance", 424, "R"),
            ("paid", "Benefit\npaid", 468, "R"), ("owes", "Member\nresponsibility", 530, "R"), ("msg", "Msg", 542, "L")]
    printed = ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "owes")
    y = 100
    for ci, cl in enumerate(claims):
        doc.t(36, y, f"Patient: {cl['patient']}", "DjSerifCondB", 8.5)
        doc.t(200, y, f"Claim ID: {cl['pcn']}", "DjSerifCond", 8)
        doc.t(360, y, f"Patient account no.: {cl['acct']}", "DjSerifCond", 8)
        doc.t(36, y + 10, "Provider: Lakeshore Motion & Hand Clinic (in network)", "DjSerifCond", 7.5)
        y += 22
        doc.line(36, y - 8, 570, y - 8)
        for k, h, x, al in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x, y + i * 8, part, "DjSerifCondB", 6.8, al)
        y += 16
        doc.line(36, y - 5, 570, y - 5)
        for s in cl["svcs"]:
            y += 11
            cells = {"dos": dfmt(s.dos, "mdy2"), "proc": "-".join((s.code,) + s.mods), "qty": units_str(s.units),
                     "msg": " ".join(s.remarks)}
            for p in printed:
                cells[p] = money(getattr(s, p), "$")
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "DjSerifCond", 7.4, al)
            out.line(doc, s, cl, printed, remarks=s.remarks)
        sv = cl["svcs"]
        y += 13
        doc.line(36, y - 9, 570, y - 9)
        doc.t(82, y, "Totals", "DjSerifCondB", 7.4)
        tots = {p: total(sv, p) for p in printed}
        shown = dict(tots)
        if ci == 1:  # planted: the printed member responsibility total is 10.00 too high
            shown["owes"] = tots["owes"] + Decimal("10.00")
            out.findings.append(f"claim-total-mismatch claim {cl['pcn']}: printed Member responsibility total "
                                f"{shown['owes']} but the lines add up to {tots['owes']}")
        for k, h, x, al in cols:
            if k in printed:
                doc.t(x, y, money(shown[k], "$"), "DjSerifCondB", 7.4, al)
        out.claim(cl, billed=tots["billed"], allowed=tots["allowed"], paid=tots["paid"], patient_owes=shown["owes"])
        y += 26
    doc.t(36, 580, "Cedarline Health Assurance, 90 Harbor Crest Way, Port Emery, WA 98390. Keep this statement "
          "for your records. Page 1 of 1", "DjSerifCond", 6.5)
    return doc, "fpdf2", leg


# =============================================================================== b1: older-style MSN
def lay_b1(out: Out):
    doc = Doc(False, "LibSerif", 8.4)
    st = PlanState(ded_left=Decimal("60.00"))
    pt = "HAROLD P BRENNEMAN"
    blocks = [("C1", "5526010845120", "Willowmere Outpatient Rehab", "12 Tannery Rd, Ashby MN 56309",
               [S(D(1, 5), "97161", 1, ["GP"]), S(D(1, 5), "97110", 3, ["GP", "KX"]),
                S(D(1, 7), "97110", 2, ["GP"]), S(D(1, 7), "97140", 1, ["GP"]), S(D(1, 9), "97110", 2, ["GP"]),
                S(D(1, 9), "97112", 1, ["GP"]), S(D(1, 12), "97110", 3, ["GP"]), S(D(1, 12), "97116", 2, ["GP"]),
                S(D(1, 14), "97110", 2, ["CQ", "GP"]), S(D(1, 14), "97140", 2, ["CQ", "GP"]),
                S(D(1, 16), "97110", 2, ["GP"]), S(D(1, 16), "G0283", 1, ["GP"]),
                S(D(1, 19), "97112", 2, ["GP"]), S(D(1, 19), "97530", 1, ["GP"])]
               + [S(D(1, d), c, u, ["GP"]) for d in (21, 23, 26, 28, 30) for c, u in (("97110", 2), ("97140", 1))]
               + [S(D(2, d), c, u, ["GP"]) for d in (2, 4, 6, 9, 11) for c, u in (("97110", 2), ("97112", 1))]),
              ("C2", "5526011902277", "Prairie Lakes Family Medicine", "880 Main St W, Ashby MN 56309",
               [S(D(1, 21), "99213", 1, []), S(D(1, 21), "0552T", 1, [], denied="PR")])]
    notes = {"a": "This amount was applied to your yearly deductible.",
             "b": "Approved amount reflects the Medicare fee schedule.",
             "c": "A 2% federal payment reduction was applied.",
             "d": "Medicare does not pay for this item; you may be billed for it."}
    doc.new_page()

    def top(first):
        doc.t(40, 40, "Medicare Summary Notice", "LibSerifB", 15)
        doc.t(572, 36, f"Page {doc.pageno} of {{PAGES}}", "LibSerif", 8, "R")
        doc.t(40, 54, "Medical Insurance (Part B) - Assigned Claims", "LibSerif", 9)
        doc.t(572, 50, "February 2, 2026", "LibSerif", 8, "R")
        doc.line(40, 60, 572, 60, 1)
        return 74

    y = top(True)
    doc.t(40, y, pt, "LibSerifB", 9)
    doc.t(40, y + 11, "2207 GRANARY ST", "LibSerif", 8.4)
    doc.t(40, y + 22, "ASHBY MN 56309-1140", "LibSerif", 8.4)
    doc.rect(330, y - 10, 242, 58, 0.92, True)
    doc.t(338, y, "CUSTOMER SERVICE INFORMATION", "LibSerifB", 8)
    doc.t(338, y + 11, "Your Medicare Number: 7TQ2-RP4-HM81", "LibSerif", 8)
    doc.t(338, y + 22, "Questions? Call 1-800-555-0177", "LibSerif", 8)
    doc.t(338, y + 33, "Ask for Medicare Part B", "LibSerif", 8)
    y += 64
    doc.t(40, y, "BE INFORMED: Check each service below against the bill you get from your provider.", "LibSerif", 8)
    y += 16
    cols = [("dos", "Dates of\nService", 40, "L"), ("svc", "Services Provided", 92, "L"),
            ("billed", "Amount\nCharged", 372, "R"), ("allowed", "Medicare\nApproved", 420, "R"),
            ("paid", "Medicare Paid\nProvider", 478, "R"), ("owes", "You May\nBe Billed", 526, "R"),
            ("note", "See Notes\nSection", 540, "L")]
    printed = ("billed", "allowed", "paid", "owes")

    def header(y):
        for k, h, x, al in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x, y + i * 9, part, "LibSerifB", 7.6, al)
        doc.line(40, y + 13, 572, y + 13)
        return y + 24

    for bi, (acct, pcn, prov, addr, svcs) in enumerate(blocks[::-1]):
        cl = dict(patient=pt, acct=None, pcn=pcn, svcs=svcs)
        for s in svcs:
            medicare(s, st, deny_reason="96")
            s.remarks = [n for n, on in (("a", s.deductible), ("b", s.allowed), ("c", s.seq), ("d", s.denied)) if on]
        doc.t(40, y, f"Claim Number: {pcn}", "LibSerifB", 8.4)
        doc.t(40, y + 11, f"{prov}, {addr}", "LibSerif", 8.4)
        doc.t(40, y + 22, "Referred by: Nadia Kowalczyk, DPT" if bi == 1 else "Referred by: (none)", "LibSerif", 8.4)
        y = header(y + 34)
        for s in svcs:
            if y + 14 > 745:
                doc.t(306, 770, "(continued on next page)", "LibSerif", 7.5, "C")
                doc.new_page()
                y = top(False)
                doc.t(40, y, f"Claim Number: {pcn} (continued)", "LibSerifB", 8.4)
                y = header(y + 12)
            cells = {"dos": dfmt(s.dos, "mdy2"), "svc": f"{units_str(s.units)} {s.desc} "
                     f"({'-'.join((s.code,) + s.mods)})", "note": ",".join(s.remarks)}
            for p in printed:
                cells[p] = money(getattr(s, p), "$")
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "LibSerif", 8.2, al)
            out.line(doc, s, cl, printed, remarks=s.remarks)
            y += 14
        doc.line(300, y - 10, 572, y - 10)
        doc.t(92, y + 1, "Claim total", "LibSerifB", 8.2)
        for k, h, x, al in cols:
            if k in printed:
                doc.t(x, y + 1, money(total(svcs, k), "$"), "LibSerifB", 8.2, al)
        out.claim(cl, billed=total(svcs, "billed"), allowed=total(svcs, "allowed"), paid=total(svcs, "paid"),
                  patient_owes=total(svcs, "owes"))
        y += 24
    doc.t(40, y, "Notes Section:", "LibSerifB", 8.4)
    for i, (k, t) in enumerate(notes.items()):
        doc.t(48, y + 12 + i * 11, f"{k}  {t}", "LibSerif", 8.2)
    y += 62
    doc.t(40, y, "Deductible Information: You have met the Part B deductible for 2026.", "LibSerif", 8.2)
    doc.t(40, y + 11, "Appeals Information: If you disagree with any claims decision, you may file an appeal "
          "within 120 days of the date of this notice.", "LibSerif", 8.2)
    return doc, "fpdf2", list(notes.items())


# =============================================================================== b2: Medicare Advantage EOB
def lay_b2(out: Out):
    doc = Doc(False, "DjSans", 7.4)
    st = PlanState(visit_copay=Decimal("25.00"))
    pt = "Rosalind Ebert-Vance"
    cl_defs = [("ESC-118204", "MA26-00391-4471", "Eastshore Speech & Swallow Center",
                [S(D(1, 6), "92523", 1, ["GN"]), S(D(1, 8), "92507", 1, ["GN"]), S(D(1, 8), "92526", 1, ["GN"]),
                 S(D(1, 13), "92507", 1, ["GN"]), S(D(1, 15), "92507", 1, ["GN"]), S(D(1, 15), "92526", 1, ["GN"]),
                 S(D(1, 20), "92507", 1, ["GN"]), S(D(1, 22), "92507", 1, ["GN"]), S(D(1, 22), "92526", 1, ["GN"]),
                 S(D(1, 27), "92507", 1, ["GN"]), S(D(1, 29), "92507", 1, ["GN"]), S(D(1, 29), "97129", 1, ["GN"], desc="Cognitive function therapy")]),
               ("OTW-55019", "MA26-00412-0098", "Orchard Way Occupational Therapy",
                [S(D(1, 9), "97167", 1, ["GO"]), S(D(1, 9), "97535", 2, ["GO"]),
                 S(D(1, 16), "97533", 1, ["GO"], desc="Sensory integration techniques", denied="PR")])]
    claims = []
    for acct, pcn, prov, svcs in cl_defs:
        for s in svcs:
            commercial(s, st, deny_reason="96")
            s.remarks = ["4"] if s.copay else (["9"] if s.denied else [])
        claims.append(dict(patient=pt, acct=acct, pcn=pcn, prov=prov, svcs=svcs))

    def furniture():
        doc.new_page()
        doc.t(40, 40, "SILVERBIRCH ADVANTAGE", "DjSansB", 13)
        doc.t(40, 51, "Medicare Advantage HMO-POS", "DjSans", 7.5)
        doc.t(572, 40, "Explanation of Benefits", "DjSansB", 11, "R")
        doc.t(572, 51, "January 2026 claims - not a bill", "DjSans", 7.5, "R")
        doc.line(40, 58, 572, 58, 0.8)
        doc.t(40, 772, f"Silverbirch Advantage is a Medicare-contracted plan (H9917). Page {doc.pageno} of {{PAGES}}",
              "DjSans", 6.3)
        return 70

    y = furniture()
    doc.rect(40, y, 250, 62, None, True)
    doc.t(48, y + 12, "Member", "DjSansB", 8)
    doc.t(48, y + 24, pt, "DjSans", 8)
    doc.t(48, y + 35, "Member ID: SBA-80441927", "DjSans", 7.4)
    doc.t(48, y + 46, "Statement date: 02/02/2026", "DjSans", 7.4)
    doc.rect(322, y, 250, 62, 0.92, True)
    doc.t(330, y + 12, "Your plan year so far", "DjSansB", 8)
    doc.t(330, y + 26, "Total you paid: $325.00", "DjSans", 7.4)
    doc.t(330, y + 38, "Maximum out-of-pocket: $325.00 of $5,900.00", "DjSans", 7.4)
    doc.t(330, y + 50, "Plan paid for your care: $1,406.92", "DjSans", 7.4)
    y += 84
    cols = [("dos", "Date", 40, "L"), ("svc", "Service (code)", 100, "L"), ("billed", "Provider's\ncharge", 362, "R"),
            ("allowed", "Plan-approved\namount", 424, "R"), ("paid", "Plan's\nshare", 472, "R"),
            ("owes", "Your\nshare", 516, "R"), ("notes", "Notes", 530, "L")]
    printed = ("billed", "allowed", "paid", "owes")

    def header(y):
        doc.line(40, y - 8, 572, y - 8)
        for k, h, x, al in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x, y + i * 8, part, "DjSansB", 6.8, al)
        doc.line(40, y + 12, 572, y + 12)
        return y + 24

    for cl in claims:
        if y + 70 > 740:
            y = furniture()
        doc.t(40, y, f"Claim number {cl['pcn']}", "DjSansB", 8.2)
        doc.t(250, y, f"Provider: {cl['prov']}", "DjSans", 7.4)
        doc.t(40, y + 11, f"Your account number with this provider: {cl['acct']}", "DjSans", 7.4)
        y = header(y + 26)
        for s in cl["svcs"]:
            if y + 13 > 740:
                doc.t(572, y + 4, "Claim continues on next page", "DjSans", 6.8, "R")
                y = furniture()
                doc.t(40, y, f"Claim number {cl['pcn']} - continued", "DjSansB", 8.2)
                y = header(y + 16)
            cells = {"dos": dfmt(s.dos, "mon"), "svc": f"{s.desc} ({s.code}{''.join(' ' + m for m in s.mods)})",
                     "notes": " ".join(s.remarks)}
            for p in printed:
                cells[p] = money(getattr(s, p), "$")
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "DjSans", 7.2, al)
            out.line(doc, s, cl, printed, units=False, remarks=s.remarks)
            y += 13
        sv = cl["svcs"]
        doc.t(100, y + 2, "Total for this claim", "DjSansB", 7.2)
        for k, h, x, al in cols:
            if k in printed:
                doc.t(x, y + 2, money(total(sv, k), "$"), "DjSansB", 7.2, al)
        out.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=total(sv, "owes"))
        y += 26
    leg = [("4", "Your plan's office copay for therapy visits applies."),
           ("9", "This service is not covered by your plan; see your Evidence of Coverage.")]
    doc.t(40, y, "Notes", "DjSansB", 8)
    for i, (c, t) in enumerate(leg):
        doc.t(40, y + 11 + i * 10, f"{c}: {t}", "DjSans", 7.2)
    return doc, "reportlab", leg


# =============================================================================== d1: Medicaid RA, line printer
def lay_d1(out: Out):
    doc = Doc(True, "LibMono", 7.2)
    recips = [("MARTINEZ-OYELARAN, JUDE", "90017733451", "SLP-30021", "2026014005512"),
              ("PAKKALA, ELSIE", "90022418076", "SLP-30088", "2026014005513"),
              ("DUBOIS, REMY", "90011206689", "OTK-11432", "2026014005514"),
              ("TRAN-WHITAKER, NOA", "90026650128", "OTK-11507", "2026019006620")]
    svcs = [[S(D(1, 6), "92507", 1, ["GN"]), S(D(1, 13), "92507", 1, ["GN"]), S(D(1, 20), "92507", 1, ["GN"])],
            [S(D(1, 7), "92523", 1, ["GN"]), S(D(1, 14), "92507", 1, ["GN"])],
            [S(D(1, 8), "97165", 1, ["GO"]), S(D(1, 8), "97530", 2, ["GO"]), S(D(1, 15), "97530", 2, ["GO"]),
             S(D(1, 15), "97112", 1, ["GO", "59"])],
            [S(D(1, 9), "97530", 3, ["GO"], denied="CO"), S(D(1, 9), "97535", 2, ["GO"], denied="CO")]]
    claims = []
    for (nm, rid, acct, tcn), sv in zip(recips, svcs):
        for s in sv:
            medicaid(s, deny_reason="197")
            s.remarks = ["0418"] if s.denied else (["0001"] if s.discount else [])
        claims.append(dict(patient=nm, acct=acct, pcn=tcn, rid=rid, svcs=sv))
    L = 30

    def furniture():
        doc.new_page()
        doc.t(L, 30, "STATE OF MONTAVA  DEPARTMENT OF FAMILY HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", "LibMonoB")
        doc.t(L, 40, "REMITTANCE ADVICE                     RA NO: 0004471926   RA DATE: 01/30/2026   PAGE:"
              f" {doc.pageno:>3}")
        doc.t(L, 50, "PROVIDER: 1002877431  KESTREL CREEK THERAPY GROUP LLC   PAYEE: 1002877431")
        doc.t(L, 60, "-" * 150)
        return 72

    hdr = ("SVC DATE  PROC   MODS     UNITS     BILLED    ALLOWED      TPL    COPAY       PAID  EOB")
    y = furniture()
    for sec, pred in (("CLAIMS PAID", lambda c: any(not s.denied for s in c["svcs"])),
                      ("CLAIMS DENIED", lambda c: all(s.denied for s in c["svcs"]))):
        doc.t(L, y, f"*** {sec} ***", "LibMonoB")
        y += 14
        sb = sp = ZERO
        for cl in [c for c in claims if pred(c)]:
            doc.t(L, y, f"RECIP NAME: {cl['patient']:<28} RECIP ID: {cl['rid']}   PAT ACCT: {cl['acct']:<12}"
                  f" TCN: {cl['pcn']}")
            doc.t(L + 12, y + 10, hdr)
            y += 20
            for s in cl["svcs"]:
                row = (f"{dfmt(s.dos, 'mdy2'):<9} {s.code:<6} {' '.join(s.mods):<8} {units_str(s.units):>5} "
                       f"{money(s.billed, ''):>10} {money(s.allowed, ''):>10} {'0.00':>8} {'0.00':>8} "
                       f"{money(s.paid, ''):>10}  {' '.join(s.remarks)}")
                doc.t(L + 12, y, row)
                out.line(doc, s, cl, ("billed", "allowed", "copay", "paid"), remarks=s.remarks)  # COPAY prints 0.00
                y += 10
            sv = cl["svcs"]
            doc.t(L + 12, y, f"{'CLAIM TOTAL':<31} {money(total(sv, 'billed'), ''):>10} "
                  f"{money(total(sv, 'allowed'), ''):>10} {'0.00':>8} {'0.00':>8} {money(total(sv, 'paid'), ''):>10}")
            out.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
            sb += total(sv, "billed")
            sp += total(sv, "paid")
            y += 18
        doc.t(L, y, f"TOTAL {sec}:  BILLED {money(sb, ',')}   PAID {money(sp, ',')}", "LibMonoB")
        y += 20
    leg = [("0001", "PAYMENT CUT BACK TO THE PROGRAM FEE SCHEDULE."),
           ("0418", "SERVICE NEEDS A PRIOR APPROVAL NUMBER THAT WAS NOT ON FILE.")]
    doc.t(L, y, "EOB CODE  DESCRIPTION", "LibMonoB")
    for i, (c, t) in enumerate(leg):
        doc.t(L, y + 10 + i * 10, f"{c}      {t}")
    return doc, "reportlab", leg


# =============================================================================== d2: Medicaid RA, boxed grid
def lay_d2(out: Out):
    doc = Doc(False, "DjCond", 7.2)
    a = [S(D(1, 5), "97530", 2, ["GO"]), S(D(1, 5), "97110", 1, ["GO"])]
    c0 = [S(D(1, 5), "97530", 2, ["GO"]), S(D(1, 5), "97110", 1, ["GO"])]
    big = [S(D(1, 6), "97166", 1, ["GO"])] + [S(D(1, d), c, u, ["GO"] + (["59"] if c == "97140" else []))
                                               for d in (8, 9, 13, 14, 15, 16, 20, 21, 22, 23, 27, 28)
                                               for c, u in (("97530", 2), ("97140", 1), ("97112", 1))]
    big += [S(D(1, 29), "97168", 1, ["GO"]), S(D(1, 29), "97535", 1, ["GO"], denied="CO")]
    small = [S(D(1, 12), "92507", 1, ["GN"]), S(D(1, 19), "92507", 1, ["GN"])]
    for s in a + c0 + big + small:
        medicaid(s, deny_reason="16")
        s.remarks = ["M51"] if s.denied else []
    rev = [negate(s) for s in a]
    claims = [dict(patient="QUINTERO, LILA", acct="HW-77120", pcn="2226005118804", status="CREDITED", svcs=rev),
              dict(patient="QUINTERO, LILA", acct="HW-77120", pcn="2226012004417", status="PAID", svcs=c0),
              dict(patient="FAIRWEATHER, OSCAR", acct="HW-77164", pcn="2226012004430", status="PAID", svcs=big),
              dict(patient="QUINTERO, MATEO", acct="HW-77188", pcn="2226012004452", status="PAID", svcs=small)]
    cols = [("ln", "LN", 40, "L"), ("dos", "FROM-THRU", 58, "L"), ("proc", "PROC", 140, "L"), ("m1", "M1", 172, "L"),
            ("m2", "M2", 190, "L"), ("units", "UNITS", 232, "R"), ("billed", "BILLED", 280, "R"),
            ("allowed", "ALLOWED", 326, "R"), ("paid", "PAID", 370, "R"), ("adj", "ADJ", 378, "L"),
            ("rmk", "RMK", 540, "L")]

    def furniture():
        doc.new_page()
        doc.rect(36, 28, 540, 40, 0.9, True)
        doc.t(44, 42, "GREAT PLAINS HEALTHY FUTURES  -  MEDICAID PROVIDER REMITTANCE ADVICE", "DjCondB", 9.5)
        doc.t(44, 56, "PROVIDER: HEARTHWOOD PEDIATRIC THERAPY   NPI 1639004418   RA #: 0311827   PAID 01/30/2026",
              "DjCond", 7.2)
        doc.t(568, 56, f"PAGE {doc.pageno} OF {{PAGES}}", "DjCond", 7.2, "R")
        return 84

    def header(y):
        doc.rect(36, y - 9, 540, 13, 0.8, True)
        for k, h, x, al in cols:
            doc.t(x, y, h, "DjCondB", 7, al)
        return y + 14

    def band(y, cl, cont):
        doc.rect(36, y - 9, 540, 24, None, True)
        doc.t(40, y, f"MEMBER NAME: {cl['patient']}", "DjCondB", 7.4)
        doc.t(250, y, f"ICN: {cl['pcn']}", "DjCond", 7.4)
        doc.t(400, y, f"PATIENT ACCT: {cl['acct']}", "DjCond", 7.4)
        doc.t(40, y + 10, f"CLAIM STATUS: {cl['status']}" + ("   (CONTINUED)" if cont else ""), "DjCond", 7.4)
        return y + 26

    y = furniture()
    for cl in claims:
        if y + 70 > 740:
            y = furniture()
        y = header(band(y, cl, False))
        for i, s in enumerate(cl["svcs"], 1):
            if y + 12 > 740:
                y = header(band(furniture(), cl, True))
            adjs = [(g, c, a2) for g, c, a2 in s.adjs]
            cells = {"ln": str(i), "dos": f"{dfmt(s.dos, 'mdy6')}-{dfmt(s.dos, 'mdy6')}", "proc": s.code,
                     "m1": s.mods[0] if s.mods else "", "m2": s.mods[1] if len(s.mods) > 1 else "",
                     "units": f"{s.units:.2f}", "billed": money(s.billed, ",", "trail"),
                     "allowed": money(s.allowed, ",", "trail"), "paid": money(s.paid, ",", "trail"),
                     "adj": "  ".join(f"{g}-{c} {money(a2, ',', 'trail')}" for g, c, a2 in adjs),
                     "rmk": " ".join(s.remarks)}
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "DjCond", 7.2, al)
            doc.line(36, y + 3, 576, y + 3, 0.2)
            out.line(doc, s, cl, ("billed", "allowed", "paid"), adjs=adjs, remarks=s.remarks,
                     end=s.dos)
            y += 12
        sv = cl["svcs"]
        doc.t(140, y, "CLAIM TOTALS", "DjCondB", 7.2)
        for k in ("billed", "allowed", "paid"):
            x = [c[2] for c in cols if c[0] == k][0]
            doc.t(x, y, money(total(sv, k), ",", "trail"), "DjCondB", 7.2, "R")
        out.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        y += 24
    leg = [("M51", "Procedure code missing or not valid for the service billed (program remark)."),
           ("CO-45", "Charge exceeds the program's maximum allowance."),
           ("CO-16", "Claim lacks information needed for adjudication.")]
    if y + 40 > 740:
        y = furniture()
    doc.t(40, y, "REMARK / ADJUSTMENT CODES ON THIS RA", "DjCondB", 7.4)
    for i, (c, t) in enumerate(leg):
        doc.t(40, y + 11 + i * 10, f"{c}  {t}", "DjCond", 7.2)
    return doc, "fpdf2", leg


# =============================================================================== r1: clearinghouse paper remit
def lay_r1(out: Out):
    doc = Doc(False, "Cour", 7)
    st = PlanState(ded_left=Decimal("40.00"))
    pts = [("HOLLOWAY, IRENE M", "HOLLOWAY, IRENE", "1EG4TE5MK72", "IH4471A", "0526012218830",
            [S(D(1, 5), "97110", 2, ["GP"]), S(D(1, 5), "97140", 1, ["GP", "59"]), S(D(1, 7), "97110", 3, ["GP"])]),
           ("SANDOVAL, PETER J", "SANDOVAL, PETER", "3KT8RW2QD14", "PS8830B", "0526012218831",
            [S(D(1, 6), "97165", 1, ["GO"]), S(D(1, 6), "97535", 2, ["GO"]), S(D(1, 8), "97530", 2, ["GO", "KX"])]),
           ("ABERNATHY, COLE", "ABERNATHY, COLE", "6MN2HH7PL39", "CA1209C", "0526012218832",
            [S(D(1, 9), "97129", 1, ["GO"], denied="CO")])]
    claims = []
    for nm, printed_nm, hic, acct, icn, sv in pts:
        for s in sv:
            medicare(s, st, deny_reason="50")
        claims.append(dict(patient=printed_nm, acct=acct, pcn=icn, hic=hic, svcs=sv))
    lines = []
    lines.append(("CourB", "MEDIPATH CLEARINGHOUSE SERVICES - STANDARD PAPER REMIT REPRINT"))
    lines.append(("Cour", "PAYER: NORTHCENTRAL MEDICARE ADMIN CONTRACTOR   J-07   1-877-555-0108"))
    lines.append(("Cour", "PROVIDER: RIVERBEND THERAPY PARTNERS      NPI #: 1487730219   CHECK/EFT #: 0088120457"))
    lines.append(("Cour", "DATE: 01/29/2026                          REMIT #: 00291   PAGE #: 1 OF 1"))
    lines.append(("Cour", ""))
    lines.append(("CourB", "PERF PROV   SERV DATE    POS NOS PROC  MODS    BILLED  ALLOWED DEDUCT   COINS  "
                           "GRP/RC-AMT    PROV PD"))
    lines.append(("Cour", "-" * 108))
    y = 40
    doc.new_page()
    for f, t in lines:
        doc.t(24, y, t, f)
        y += 10
    tb = tp = ZERO
    for cl in claims:
        sv = cl["svcs"]
        doc.t(24, y, f"NAME {cl['patient']:<18} HIC {cl['hic']}  ACNT {cl['acct']:<9} ICN {cl['pcn']}  ASG Y "
              f"MOA MA01")
        y += 11
        for s in sv:
            a0 = s.adjs[0]
            row = (f"1598830211 {dfmt(s.dos, 'mdy6')[:4]} {dfmt(s.dos, 'mdy6')}  11 {units_str(s.units):>3} "
                   f"{s.code} {' '.join(s.mods):<7} {money(s.billed, ''):>7} {money(s.allowed, ''):>8} "
                   f"{money(s.deductible, ''):>6} {money(s.coinsurance, ''):>7}  {a0[0]}-{a0[1]:<4}"
                   f"{money(a0[2], ''):>7} {money(s.paid, ''):>8}")
            doc.t(24, y, row)
            y += 10
            for g, c, a2 in s.adjs[1:]:
                doc.t(24, y, " " * 87 + f"{g}-{c:<4}{money(a2, ''):>7}")
                y += 10
            rm = "MA130" if s.denied else ""
            s.remarks = [rm] if rm else []
            if rm:
                doc.t(24, y, " " * 14 + f"REM: {rm}")
                y += 10
            out.line(doc, s, cl, ("billed", "allowed", "deductible", "coinsurance", "paid"), adjs=s.adjs,
                     remarks=s.remarks)
        ded, coi = total(sv, "deductible"), total(sv, "coinsurance")
        doc.t(24, y, f"PT RESP {money(ded + coi, ''):>8}" + " " * 14 + "CLAIM TOTALS" + " " * 9
              + f"{money(total(sv, 'billed'), ''):>7} {money(total(sv, 'allowed'), ''):>8} {money(ded, ''):>6} "
              f"{money(coi, ''):>7}" + " " * 13 + f"{money(total(sv, 'paid'), ''):>8}")
        y += 10
        doc.t(24, y, " " * 80 + f"NET {money(total(sv, 'paid'), ''):>23}")
        out.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"),
                  patient_owes=ded + coi)
        tb += total(sv, "billed")
        tp += total(sv, "paid")
        y += 16
    doc.t(24, y, "-" * 108)
    doc.t(24, y + 10, f"TOTALS:  # OF CLAIMS {len(claims)}   BILLED AMT {money(tb, '')}   PROV PD AMT {money(tp, '')}"
          f"   CHECK AMT {money(tp, '')}", "CourB")
    leg = [("MA130", "Claim has incomplete or invalid information; no appeal rights (reprint glossary).")]
    doc.t(24, y + 30, "GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES", "CourB")
    doc.t(24, y + 40, "CO  Contractual obligation   PR  Patient responsibility   MA130  Incomplete claim, resubmit")
    return doc, "fpdf2", leg


# =============================================================================== r2: PM posting detail
def lay_r2(out: Out):
    doc = Doc(True, "LibNarrow", 7.4)
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.20"))
    people = [("Vesna Halloran", "100482", "A261150029"), ("Gus Halloran", "100517", "A261150033"),
              ("Priya Venkataraman", "100533", "A261150041"), ("Wendell Oduya", "100560", "A261150058")]
    rows_by = [[S(D(1, 5), "97110", 2, ["GP"]), S(D(1, 5), "97112", 1, ["GP"])],
               [S(D(1, 6), "97530", 2, ["GO"]), S(D(1, 6), "97140", 1, ["GO", "59"]), S(D(1, 9), "97530", 2, ["GO"])],
               [S(D(1, 7), "92507", 1, ["GN"]), S(D(1, 14), "92507", 1, ["GN"])],
               [S(D(1, 8), "97161", 1, ["GP"]), S(D(1, 8), "97110", 2, ["GP"]), S(D(1, 12), "97116", 2, ["GP", "CQ"])]]
    claims = []
    for (pt, acct, icn), sv in zip(people, rows_by):
        for s in sv:
            medicare(s, st, sequestration=True)
            s.remarks = ["N520"] if s.code == "97116" else []
        claims.append(dict(patient=pt, acct=acct, pcn=icn, svcs=sv))
    # a reversal of an earlier posting for Gus Halloran
    old = S(D(12, 29).replace(year=2025), "97530", 2, ["GO"])
    medicare(old, PlanState(), sequestration=True)
    claims.insert(2, dict(patient="Gus Halloran", acct="100517", pcn="A255360911", svcs=[negate(old)]))
    cols = [("acct", "Acct #", 30, "L"), ("pt", "Patient", 64, "L"), ("icn", "Payer ICN", 146, "L"),
            ("dos", "DOS", 200, "L"), ("cpt", "CPT", 244, "L"), ("mod", "Mod", 270, "L"), ("units", "Units", 318, "R"),
            ("billed", "Charge", 362, "R"), ("allowed", "Allowed", 404, "R"), ("deductible", "Ded", 438, "R"),
            ("coinsurance", "Coins", 474, "R"), ("adj", "Adj codes", 482, "L"), ("paid", "Paid", 690, "R"),
            ("rmk", "Remark", 700, "L")]
    printed = ("billed", "allowed", "deductible", "coinsurance", "paid")
    doc.new_page()
    doc.t(30, 34, "ClearPath PM  |  Remittance Posting Detail", "LibNarrowB", 12)
    doc.t(30, 46, "Practice: Three Rivers Rehab & Speech    Payer: Medicare Part B (Lakeland MAC)    Batch 2026-0131-04"
          "    Deposit date 01/31/2026", "LibNarrow", 7.6)
    doc.t(762, 34, "Run 02/02/2026 08:14   Page 1 of 1", "LibNarrow", 7.6, "R")
    y = 66
    doc.rect(28, y - 10, 736, 14, 0.85, True)
    for k, h, x, al in cols:
        doc.t(x, y, h, "LibNarrowB", 7.4, al)
    y += 14
    tb = tp = ZERO
    for cl in claims:
        for s in cl["svcs"]:
            neg = "()"
            cells = {"acct": cl["acct"], "pt": cl["patient"], "icn": cl["pcn"], "dos": dfmt(s.dos, "mdy4").replace("/", "-"),
                     "cpt": s.code, "mod": " ".join(s.mods), "units": units_str(s.units),
                     "adj": "  ".join(f"{g}{c} {money(a2, ',', neg)}" for g, c, a2 in s.adjs),
                     "rmk": " ".join(s.remarks)}
            for p in printed:
                cells[p] = money(getattr(s, p), ",", neg)
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "LibNarrow", 7.4, al)
            doc.line(28, y + 4, 764, y + 4, 0.3)
            out.line(doc, s, cl, printed, adjs=s.adjs, remarks=s.remarks)
            y += 14
        sv = cl["svcs"]
        out.claim(cl, billed=total(sv, "billed"), allowed=total(sv, "allowed"), paid=total(sv, "paid"))
        doc.t(244, y, f"Claim {cl['pcn']} subtotal", "LibNarrowB", 7.4)
        for k in ("billed", "allowed", "paid"):
            x = [c[2] for c in cols if c[0] == k][0]
            doc.t(x, y, money(total(sv, k), ",", "()"), "LibNarrowB", 7.4, "R")
        doc.line(28, y + 4, 764, y + 4, 0.8)
        tb += total(sv, "billed")
        tp += total(sv, "paid")
        y += 16
    doc.t(244, y + 6, f"Batch totals:  Charge {money(tb, ',')}   Paid {money(tp, ',')}", "LibNarrowB", 8)
    leg = [("N520", "Payment based on a reduced rate for an assistant-provided service (local note).")]
    doc.t(30, y + 26, "Remark: N520 = payment reduced for assistant-furnished therapy (practice note). "
          "Adj codes: CO45 contract, PR1 deductible, PR2 coinsurance, CO253 sequestration.", "LibNarrow", 7)
    return doc, "reportlab", leg


# =============================================================================== s1: clinic family statement
def lay_s1(out: Out):
    doc = Doc(False, "LibSans", 7.6)
    st = PlanState(ded_left=Decimal("50.00"), coins_rate=Decimal("0.10"))
    kids = [("Juniper Achterberg", "V-60211", "KP2601-00917",
             [S(D(1, 5), "97165", 1, ["GO"]), S(D(1, 5), "97530", 2, ["GO"])]),
            ("Felix Achterberg", "V-60248", "KP2601-01122",
             [S(D(1, 6), "92523", 1, ["GN"])]),
            ("Wren Achterberg", "V-60412", "KP2601-02711",
             [S(D(1, 22), "92507", 1, ["GN"]), S(D(1, 29), "92507", 1, ["GN"])]),
            ("Juniper Achterberg", "V-60390", "KP2601-02465",
             [S(D(1, d), c, u, ["GO"]) for d in (7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)
              for c, u in (("97530", 2), ("97535", 1), ("97112", 1))])]
    claims = []
    for pt, visit, ref, sv in kids:
        for s in sv:
            commercial(s, st)
        claims.append(dict(patient=pt, acct=visit, pcn=ref, svcs=sv))
    grand = sum((total(c["svcs"], "owes") for c in claims), ZERO)

    def furniture(first):
        doc.new_page()
        doc.t(40, 40, "Little Harbor Pediatric Therapy", "LibSansB", 13)
        doc.t(40, 51, "2290 Seabright Ave, Suite 4  -  Milltown, VT 05401  -  (802) 555-0163", "LibSans", 7.2)
        doc.t(572, 40, "STATEMENT", "LibSansB", 12, "R")
        doc.t(572, 772, f"Page {doc.pageno} of {{PAGES}}", "LibSans", 7, "R")
        doc.t(40, 772, "Thank you for trusting us with your family's care.", "LibSans", 7)
        if not first:
            doc.t(40, 66, "Guarantor: Corinne Achterberg   Account: G-118802   (continued)", "LibSans", 7.6)
            return 84
        doc.rect(330, 60, 242, 58, None, True)
        for i, (a, b) in enumerate([("Statement date", "02/02/2026"), ("Guarantor account", "G-118802"),
                                    ("Amount due", money(grand)), ("Due by", "02/27/2026")]):
            doc.t(338, 72 + i * 12, a, "LibSans", 7.6)
            doc.t(564, 72 + i * 12, b, "LibSansB", 7.6, "R")
        doc.t(40, 72, "Corinne Achterberg", "LibSans", 8)
        doc.t(40, 83, "77 Kettle Pond Rd", "LibSans", 8)
        doc.t(40, 94, "Milltown, VT 05403", "LibSans", 8)
        doc.line(40, 126, 572, 126, 0.5)
        doc.t(306, 134, "Please detach and return the top portion with your payment", "LibSans", 6.5, "C")
        doc.line(40, 138, 572, 138, 0.5)
        return 156

    cols = [("dos", "Date", 40, "L"), ("code", "Code", 88, "L"), ("desc", "Description", 140, "L"),
            ("qty", "Qty", 330, "R"), ("billed", "Charges", 384, "R"), ("paid", "Insurance\npaid", 440, "R"),
            ("adj", "Insurance\nadjustment", 506, "R"), ("owes", "Your\nbalance", 568, "R")]

    def header(y):
        for k, h, x, al in cols:
            for i, part in enumerate(h.split("\n")):
                doc.t(x, y + i * 8, part, "LibSansB", 7, al)
        doc.line(40, y + 11, 572, y + 11, 0.8)
        return y + 22

    y = header(furniture(True))
    for cl in claims:
        if y + 40 > 745:
            y = header(furniture(False))
        doc.rect(40, y - 8, 532, 11, 0.9, False)
        doc.t(42, y, f"{cl['patient']}  -  Visit # {cl['acct']}  -  Billed to Keystone Plains Health, claim ref "
              f"{cl['pcn']}", "LibSansB", 7.4)
        y += 13
        for s in cl["svcs"]:
            if y + 13 > 745:
                y = header(furniture(False))
                doc.t(42, y, f"{cl['patient']}  -  Visit # {cl['acct']} (continued)", "LibSansB", 7.4)
                y += 13
            insadj = s.billed - s.paid - s.owes
            cells = {"dos": dfmt(s.dos, "mdy4"), "code": " ".join((s.code,) + s.mods), "desc": s.desc,
                     "qty": units_str(s.units), "billed": money(s.billed, ","), "paid": money(s.paid, ","),
                     "adj": money(insadj, ","), "owes": money(s.owes, ",")}
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "LibSans", 7.4, al)
            out.line(doc, s, cl, ("billed", "paid", "owes"))
            y += 13
        sv = cl["svcs"]
        doc.t(140, y, "Visit totals", "LibSansB", 7.4)
        doc.t(384, y, money(total(sv, "billed"), ","), "LibSansB", 7.4, "R")
        doc.t(440, y, money(total(sv, "paid"), ","), "LibSansB", 7.4, "R")
        doc.t(506, y, money(total(sv, "billed") - total(sv, "paid") - total(sv, "owes"), ","), "LibSansB", 7.4, "R")
        doc.t(568, y, money(total(sv, "owes"), ","), "LibSansB", 7.4, "R")
        out.claim(cl, billed=total(sv, "billed"), paid=total(sv, "paid"), patient_owes=total(sv, "owes"))
        y += 18
    doc.t(40, y + 4, "Current  " + money(grand) + "     31-60 days $0.00     61-90 days $0.00     Over 90 $0.00",
          "LibSansB", 7.6)
    return doc, "fpdf2", []


# =============================================================================== s2: hospital family statement
def lay_s2(out: Out):
    doc = Doc(False, "DjSerif", 7.2)
    REV = {"97": "0430", "92": "0440", "G0": "0420", "L3": "0274", "99": "0510"}
    members = [("Beatrix Molnar-Sato", "4410082217", "SHP-26-0307718",
                [S(D(1, 7), "97167", 1, ["GO"]), S(D(1, 7), "97530", 3, ["GO"]), S(D(1, 7), "L3807", 1, ["LT"])]),
               ("Kenji Molnar-Sato", "4410082341", "SHP-26-0311902",
                [S(D(1, d), c, u, ["GP"]) for d in (6, 8, 10, 13, 15, 17, 20, 22, 24, 27, 29, 31)
                 for c, u in (("97110", 2), ("97140", 1), ("97112", 1), ("G0283", 1))]),
               ("Ilse Molnar-Sato", "4410082409", "SHP-26-0312260",
                [S(D(1, 21), "92523", 1, ["GN"]), S(D(1, 21), "99213", 1, [])])]
    ins_rate = Decimal("0.62")
    claims = []
    for pt, acct, ref, sv in members:
        claims.append(dict(patient=pt, acct=acct, pcn=ref, svcs=sv))

    def furniture(first):
        doc.new_page()
        doc.t(40, 40, "ST. ANSGAR REGIONAL MEDICAL CENTER", "DjSerifB", 11)
        doc.t(40, 51, "Outpatient Rehabilitation Services  |  1500 Linden Hill Blvd, Norvale, IA 50210", "DjSerif", 7)
        doc.t(572, 40, "Patient Family Statement", "DjSerifB", 10, "R")
        doc.t(572, 51, f"Page {doc.pageno} of {{PAGES}}", "DjSerif", 7, "R")
        doc.line(40, 58, 572, 58, 1)
        doc.t(40, 776, "Billing questions: 1-515-555-0126, Mon-Fri 8-5.  Financial assistance is available; ask us.",
              "DjSerif", 6.5)
        return 72

    cols = [("rev", "Rev", 40, "L"), ("cpt", "CPT/HCPCS", 70, "L"), ("mod", "Mod", 118, "L"),
            ("dos", "Svc Date", 146, "L"), ("desc", "Description", 200, "L"), ("qty", "Qty", 470, "R"),
            ("billed", "Charges", 568, "R")]

    def header(y):
        for k, h, x, al in cols:
            doc.t(x, y, h, "DjSerifB", 7, al)
        doc.line(40, y + 3, 572, y + 3, 0.4)
        return y + 13

    y = furniture(True)
    doc.t(40, y + 4, "Statement for the family of: Agnes Molnar-Sato (guarantor)", "DjSerif", 8)
    doc.t(40, y + 15, "Statement date: January 31, 2026", "DjSerif", 8)
    y += 34
    for cl in claims:
        if y + 60 > 740:
            y = furniture(False)
        doc.rect(40, y - 9, 532, 13, 0.9, False)
        doc.t(44, y, f"Patient: {cl['patient']}    Account No. {cl['acct']}", "DjSerifB", 7.6)
        y = header(y + 14)
        for s in cl["svcs"]:
            if y + 11 > 745:
                y = furniture(False)
                doc.t(44, y, f"Patient: {cl['patient']}    Account No. {cl['acct']}  (continued)", "DjSerifB", 7.6)
                y = header(y + 14)
            cells = {"rev": REV[s.code[:2]], "cpt": s.code, "mod": " ".join(s.mods), "dos": dfmt(s.dos, "mdy4"),
                     "desc": s.desc, "qty": units_str(s.units), "billed": money(s.billed, ",")}
            for k, h, x, al in cols:
                doc.t(x, y, cells[k], "DjSerif", 7.2, al)
            out.line(doc, s, cl, ("billed",))
            y += 11
        sv = cl["svcs"]
        tb = total(sv, "billed")
        paid = q(tb * ins_rate)
        adj = q(tb * Decimal("0.30"))
        owe = tb - paid - adj
        if y + 50 > 745:
            y = furniture(False)
        doc.line(400, y - 6, 572, y - 6, 0.4)
        for i, (lbl, v) in enumerate([("Total charges", tb),
                                      (f"Payment - Summit Heartland Plan, claim {cl['pcn']}", -paid),
                                      ("Contractual adjustment - Summit Heartland Plan", -adj),
                                      ("Amount you owe for this account", owe)]):
            doc.t(470, y + i * 10, lbl, "DjSerifB" if i in (0, 3) else "DjSerif", 7.2, "R")
            doc.t(568, y + i * 10, money(v, ",", "trail"), "DjSerifB" if i in (0, 3) else "DjSerif", 7.2, "R")
        out.claim(cl, billed=tb, paid=paid, patient_owes=owe)
        y += 56
    return doc, "reportlab", []


LAYOUTS = [("a1_member_eob_family", lay_a1, "commercial member EOB, three family members"),
           ("a2_member_eob_sidebar", lay_a2, "commercial member EOB with accumulator sidebar"),
           ("b1_msn_older_style", lay_b1, "Medicare Summary Notice, older per-provider style"),
           ("b2_ma_member_eob", lay_b2, "Medicare Advantage member EOB"),
           ("d1_medicaid_ra_lineprinter", lay_d1, "state Medicaid remittance advice, line printer"),
           ("d2_medicaid_ra_grid", lay_d2, "state Medicaid remittance advice, boxed grid"),
           ("r1_clearinghouse_spr", lay_r1, "clearinghouse standard paper remit reprint"),
           ("r2_pm_posting_detail", lay_r2, "practice-management remittance posting detail"),
           ("s1_clinic_family_statement", lay_s1, "therapy clinic family statement"),
           ("s2_hospital_family_statement", lay_s2, "hospital outpatient-rehab family statement")]


def build(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    made = []
    for name, fn, desc in LAYOUTS:
        out = Out()
        doc, producer, legend = fn(out)
        path = outdir / f"{name}.pdf"
        n = doc.render(path, producer, FIXED_WHEN)
        write_truth(path, name, producer, n, desc, out.lines, out.claims, legend, out.findings)
        made.append(path)
    return made


# =============================================================================== self-check
def _amt_forms(v: str) -> list[str]:
    d = Decimal(v)
    a = abs(d)
    return [f"{a:,.2f}", f"{a:.2f}"]


def _has(text: str, tok: str) -> bool:
    return re.search(r"(?<![\w.])" + re.escape(tok) + r"(?![\w])", text) is not None


def _has_amt(text: str, v: str) -> bool:
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", text) for f in _amt_forms(v))


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mon", "mdyn")] + [dfmt(d, "mdy4").replace("/", "-"),
                                                                          f"{d:%b} {d.day:02d}, {d.year}"]


def check(outdir: Path) -> list[str]:
    import pdfplumber
    errs = []
    cont_files = 0
    nlines = npages = 0
    for name, _, _ in LAYOUTS:
        pdf_path = outdir / f"{name}.pdf"
        tr = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
        if len(texts) != tr["pages"]:
            errs.append(f"{name}: pages {len(texts)} != truth {tr['pages']}")
        npages += len(texts)
        nlines += len(tr["lines"])
        doc_text = "\n".join(texts)
        claim_pages: dict = {}
        for ln in tr["lines"]:
            key = (ln["claim_id"], ln["payer_claim_id"], ln["patient"])
            claim_pages.setdefault(key, set()).add(ln["page"])
            page_lines = texts[ln["page"] - 1].splitlines()
            ok = False
            for i, tl in enumerate(page_lines):
                if not _has(tl, ln["code"]):
                    continue
                if not all(_has(tl, m) for m in ln["modifiers"]):
                    continue
                if ln["units"] is not None:
                    u = Decimal(ln["units"])
                    if not any(_has(tl, f) for f in (ln["units"], f"{u:.2f}", f"{u:.1f}")):
                        continue
                if not all(_has_amt(tl, ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                          "copay", "coinsurance", "not_covered", "discount")
                           if ln[k] is not None):
                    continue
                win = " ".join(page_lines[i:i + 4])
                if not all(re.search(re.escape(g) + r"[-/ ]?" + re.escape(c) + r"(?!\d)", win) and _has_amt(win, a)
                           for g, c, a in ln["adjustments"]):
                    continue
                if not all(_has(win, r) for r in ln["remarks"]):
                    continue
                ok = True
                break
            if not ok:
                errs.append(f"{name}: line {ln['code']} {ln['service_date']} p{ln['page']} not found on one text line")
            if not any(f in texts[ln["page"] - 1] for f in _date_forms(ln["service_date"])):
                errs.append(f"{name}: date {ln['service_date']} not on page {ln['page']}")
            # arithmetic
            g = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount")}
            if all(g[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    errs.append(f"{name}: allowed arithmetic {ln['code']} {ln['service_date']}")
            if all(g[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    errs.append(f"{name}: billed arithmetic {ln['code']} {ln['service_date']}")
            if ln["adjustments"] and g["billed"] is not None and g["paid"] is not None:
                if g["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != g["paid"]:
                    errs.append(f"{name}: adjustments do not reconcile {ln['code']} {ln['service_date']}")
        if any(len(p) > 1 for p in claim_pages.values()):
            cont_files += 1
        for cl in tr["claims"]:
            key = (cl["claim_id"], cl["payer_claim_id"], cl["patient"])
            pages = claim_pages.get(key)
            if not pages:
                errs.append(f"{name}: claim {key} has no lines")
                continue
            ctext = "\n".join(texts[p - 1] for p in sorted(pages))
            for idv in (cl["claim_id"], cl["payer_claim_id"], cl["patient"]):
                if idv is not None and idv not in ctext:
                    errs.append(f"{name}: {idv!r} not on claim pages")
            mine = [ln for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                if not _has_amt("\n".join(texts[p - 1] for p in range(min(pages), min(max(pages) + 1, len(texts)) + 1)),
                                v):
                    errs.append(f"{name}: total {k} {v} not printed")
                if all(ln[k] is not None for ln in mine):
                    s = sum((Decimal(ln[k]) for ln in mine), Decimal("0.00"))
                    if s != Decimal(v):
                        planted = [f for f in tr["expected_findings"] if cl["payer_claim_id"] in f and
                                   f"{s}" in f and v in f]
                        if not planted:
                            errs.append(f"{name}: claim {key} {k} total {v} != sum {s}")
        for f in tr["expected_findings"]:
            pass
        pats = {ln["patient"] for ln in tr["lines"]}
        if name.startswith(("a", "s")) and len(pats) < 2:
            errs.append(f"{name}: family document names only {pats}")
        if len(tr["lines"]) < 3:
            errs.append(f"{name}: too few lines")
    if cont_files < 3:
        errs.append(f"only {cont_files} files have a claim running over a page break")
    print(f"checked {len(LAYOUTS)} files, {nlines} lines, {npages} pages, {cont_files} files with a continued claim")
    return errs


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    outdir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout175_"))
    if (REPO / "samples").resolve() in [outdir.resolve(), *outdir.resolve().parents]:
        print("refusing to write under samples/", file=sys.stderr)
        return 2
    build(outdir)
    print(outdir)
    if "--check" in argv:
        errs = check(outdir)
        for e in errs:
            print("CHECK:", e)
        print("check", "FAILED" if errs else "passed")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
