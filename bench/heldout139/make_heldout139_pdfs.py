"""Write the held-out set 139 of synthetic PDF EOB layouts (with truth files) into a folder: an honest measurement
of the PDF reader on ten ordinary documents, two of each of the five commonest real kinds (commercial member EOBs;
Medicare Summary Notice / Medicare Advantage member EOB; state Medicaid remittance advices; Medicare-style paper
remits from a clearinghouse and a practice-management system; family statements from a therapy clinic and a
hospital), each in a house style of its own. Written without looking at the reader or at how it reads these files.

Run:  python bench/heldout139/make_heldout139_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout139/make_heldout139_pdfs.py OUT_DIR --check     (also self-check the written files)
Then (someone else, once): python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes. Helpers come from samples/pdf/eobgen.py
(Svc, plan arithmetic, money, dfmt, truth_line, write_truth); h139kit.py beside this file is the drawing kit
(one page model rendered by reportlab or fpdf2) and the --check text-layer reader (pdfplumber).
Deterministic (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Truth format: the one of samples/pdf (<name>.pdf.truth.json), PRINTED values only, null for what a layout does
not print: units null where no quantity is printed for the line (MSN, MA EOB lines of one unit, clinic statement);
modifiers [] where none are printed; line descriptions null. claim_id = the provider's own account / patient
account / patient-control / visit number (null on the MSN and MA EOB, which print none); payer_claim_id = the
payer's claim number / ICN / TCN (null for the clinic visit not yet sent to insurance); patient = the person served,
exactly as printed (not the subscriber or guarantor). Adjustments [group, reason, amount] where the page prints
group+reason codes; where the codes are printed bare without an amount beside them (PM posting report) the amount
is null. Clinic-statement "Adjustments" (no code) is recorded as discount, "Insurance" as paid, "Patient Portion"
as patient_owes. Reversals carry negative amounts. Claim totals hold what a total row prints (none on the clinic
statement; on the hospital statement the account-level insurance payment and balance, which no line carries).

Layouts:
  m1  commercial PPO member EOB, family of four (three served), left sidebar summary on page 1, per-claim patient
      heading with relationship, per-line Qty/charged/discount/allowed/not covered/deductible/coinsurance/paid/owe/
      note, "97530 GO 59"; last claim runs to page 2 with heading "(continued)" and column header repeated
      (reportlab, Liberation Sans, portrait)
  m2  commercial POS member EOB, landscape boxed grid, "Description (code)" cell, Mod / Units columns, per-visit
      copay, an experimental-service denial the member owes; a claim runs to page 2 with header repeated
      (fpdf2, DejaVu Sans Condensed)
  m3  Medicare Summary Notice Part B, one beneficiary, date sub-headings, "Description (97110-GP-KX)", no units,
      charged / approved / paid provider / may be billed / notes, deductible note, a denial (reportlab, Liberation
      Serif)
  m4  Medicare Advantage PPO member EOB, two-line services (description, then "Code 97530 GO x2" below), copay vs
      coinsurance cell, "Feb 3, 2026" dates, ruled rows, a non-covered item (fpdf2, core Helvetica)
  m5  state Medicaid RA, monospace mainframe print, landscape: paid / denied / adjusted sections, MMDDYY dates,
      glued mods "GO59", EOB codes, a reversal with trailing minus and its replacement, page header repeated
      (fpdf2, core Courier)
  m6  state Medicaid professional RA, boxed client headings with TCN and patient account, Grp-CARC + amount and
      RARC columns, denied claim, claim continues to page 2 with heading and columns repeated (reportlab,
      Liberation Sans)
  m7  clearinghouse "Remittance Detail" of a Medicare Part B ERA, landscape, boxed claim headings (MBI, patient
      control #, payer claim #), first adjustment on the service row and further adjustments on rows of their own,
      sequestration, bundling denial with RARC, claim continues to page 2 (reportlab, core Helvetica)
  m8  practice-management "Insurance Payment Posting Detail" of a Medicare check, patient heading rows with
      account and ICN, write-off / deduct / coins / seq columns, bare adjustment codes "CO45 PR2 CO253",
      parenthesised reversal of a prior claim and the corrected claim, header repeated (fpdf2, Liberation Sans
      Narrow)
  m9  pediatric therapy clinic family statement to a guarantor, three children, visit heading rows with the
      insurer's claim number, charges / insurance / adjustments / patient portion, patient payments as non-service
      rows, a visit pending with insurance, remittance stub (reportlab, core Helvetica)
  m10 hospital guarantor statement, three family members, two-column summary/messages band, account sections with
      revenue code, HCPCS + modifier, quantity and charges per line, account-level insurance payment, contractual
      adjustment and balance (fpdf2, DejaVu Serif)

The self-check (--check) tests the factory, not the reader: page counts; every id and patient is in the document's
text; for every truth line, a text line on its page carries its date/code/units/amounts tokens as printed, and its
modifiers, remarks, adjustment codes (and extra adjustment rows / second-line code) are on that row or the few
rows after it, and its service date on it or in the date heading above; every truth amount is on the line's row;
billed - adjustments = paid where the layout prints every adjustment with its amount; billed - discount - not
covered = allowed; claim totals equal the sum of their lines (no planted mismatch in this set) and are printed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(HERE))

from eobgen import (DESC, FEE, FIXED_WHEN, SCHED, ZERO, PlanState, Svc, claim_totals, commercial, dfmt, medicaid,  # noqa: E402
                    medicare, money, negate, q, total, truth_line, units_str, write_truth)
from h139kit import Doc, has_tokens, text_rows  # noqa: E402

LETTER, LAND = (612, 792), (792, 612)
D = lambda m, d: date(2026, m, d)  # noqa: E731


FEE.setdefault("97533", "88.00")
FEE.setdefault("97162", "235.00")
SCHED.setdefault("97162", "101.12")
DESC.setdefault("97162", "PT evaluation, moderate complexity")
DESC.setdefault("97533", "Sensory integration activities")
SCHED.setdefault("97533", "31.20")


def S(m, d, code, units=1, mods=(), denied=None, desc=""):
    return Svc(D(m, d), code, Decimal(str(units)), tuple(mods), None, desc, denied)


def m_(x, style=",", neg="-"):
    return money(x, style, neg)


class Ctx:
    def __init__(self, name, producer, description):
        self.name, self.producer, self.description = name, producer, description
        self.lines, self.claims, self.expect, self.docwide, self.full_adj = [], [], [], [], []
        self.findings = []

    def line(self, doc, s, cid, pcid, pat, printed, tokens, near=(), units=True, mods=True, adjs=None,
             remarks=None, full_adj=False, page=None):
        pg = page or doc.page
        self.lines.append(truth_line(pg, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                                     units=units, modifiers=mods, adjustments=adjs, remarks=remarks,
                                     description=False))
        self.expect.append((pg, [t for t in tokens if t], [t for t in near if t]))
        self.full_adj.append(full_adj)

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})
        self.docwide += [x for x in (cid, pcid, pat) if x]

    def finish(self, doc, out, legend):
        p = out / (self.name + ".pdf")
        doc.save(p, FIXED_WHEN)
        write_truth(p, self.name, self.producer, len(doc.pages), self.description, self.lines, self.claims,
                    legend, self.findings)
        return p, {"expect": self.expect, "docwide": self.docwide, "full_adj": self.full_adj}


def adjtxt(adjs, sep="-", neg="-"):
    return [f"{g}{sep}{r}" for g, r, a in adjs]


# =========================================================================================== m1
def m1(out):
    """Commercial member EOB, reportlab Liberation Sans portrait, family of four, left summary sidebar."""
    cx = Ctx("h139_m1_member_eob_family", "reportlab",
             "Commercial PPO member EOB for a family; sidebar summary; claim continues onto page 2")
    doc = Doc("reportlab", LETTER, "LibSans", 56)
    fam = [("Priya Halvorsen-Obi", "Self"), ("Dmitri Halvorsen-Obi", "Spouse"), ("Anouk Halvorsen-Obi", "Daughter"),
           ("Teo Halvorsen-Obi", "Son")]
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.15"), allowed_rate=Decimal("0.78"))
    claims = [
        (fam[2], "CL-26-0009931", "ANH0412", "Lakeshore Pediatric Therapy", [
            S(1, 6, "97165", 1, ("GO",)), S(1, 6, "97530", 2, ("GO",)), S(1, 13, "97530", 2, ("GO",)),
            S(1, 13, "97535", 1, ("GO",)), S(1, 20, "97530", 3, ("GO", "59")), S(1, 20, "97110", 1, ("GO",)),
            S(1, 27, "97530", 2, ("GO",)), S(1, 27, "97112", 1, ("GO",)), S(2, 3, "97530", 2, ("GO",)),
            S(2, 3, "97760", 1, ("GO",), denied="PR"), S(2, 10, "97530", 2, ("GO",)),
            S(2, 10, "97535", 2, ("GO",)), S(2, 17, "97168", 1, ("GO",)), S(2, 17, "97530", 2, ("GO",)),
            S(2, 24, "97530", 2, ("GO",)), S(2, 24, "97140", 1, ("GO",)), S(3, 3, "97530", 2, ("GO",)),
            S(3, 3, "97110", 2, ("GO",)), S(3, 10, "97530", 2, ("GO",)), S(3, 10, "97112", 1, ("GO",))]),
        (fam[3], "CL-26-0010257", "TEH0518", "Lakeshore Pediatric Therapy", [
            S(1, 8, "92523", 1, ("GN",)), S(1, 15, "92507", 1, ("GN",)), S(1, 22, "92507", 1, ("GN",))]),
        (fam[1], "CL-26-0011804", "88120-44", "Northgate Spine & Sports PT", [
            S(1, 9, "97161", 1, ("GP",)), S(1, 9, "97140", 2, ("GP",)), S(1, 16, "97110", 3, ("GP", "KX")),
            S(1, 16, "G0283", 1, ("GP",), denied="CO")]),
        (fam[0], "CL-26-0012466", "HP-77310", "Northgate Spine & Sports PT", [
            S(1, 20, "97162", 1, ("GP",)), S(1, 20, "97110", 2, ("GP",)), S(1, 22, "97110", 2, ("GP",)),
            S(1, 22, "97140", 1, ("GP", "59")), S(1, 27, "97110", 2, ("GP",)), S(1, 27, "97112", 1, ("GP",)),
            S(1, 29, "97110", 2, ("GP",)), S(1, 29, "97530", 1, ("GP",)), S(2, 3, "97110", 2, ("GP",)),
            S(2, 3, "97140", 1, ("GP",)), S(2, 5, "97110", 2, ("GP",)), S(2, 5, "97116", 1, ("GP",))]),
    ]
    for _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")
    notes = {"96": "N4", "": "P1"}

    def furniture(d, cont):
        d.text(36, 38, "CEDARLINE HEALTH PLAN", 15, True)
        d.text(36, 50, "Explanation of Benefits  -  THIS IS NOT A BILL", 9)
        d.text(576, 38, "Statement date: March 21, 2026", 8, align="R")
        d.text(576, 49, "Member ID: CDH 77241 0093", 8, align="R")
        d.text(576, 60, "Page {PAGE} of {PAGES}", 8, align="R")
        d.rule(36, 66, 576, 66, 1.2)
        d.text(36, 760, "Cedarline Health Plan, PO Box 4471, Brandvale, OH 43990  |  Member Services 1-800-555-0149",
               6.5, gray=0.35)
        d.y = 84
    xs = [(180, "L"), (220, "L"), (276, "R"), (316, "R"), (354, "R"), (392, "R"), (424, "R"), (456, "R"),
          (490, "R"), (526, "R"), (556, "R"), (560, "L")]
    heads = [("Date of", "service"), ("Service", "code"), ("Qty", ""), ("Provider", "charged"), ("Plan", "discount"),
             ("Amount", "allowed"), ("Not", "covered"), ("Deduct-", "ible"), ("Co-", "insurance"), ("Plan", "paid"),
             ("You", "owe"), ("Note", "")]

    def colhead(d):
        d.box(176, d.y - 9, 400, 22, fill=0.88)
        for (x, al), (a, b) in zip(xs, heads):
            d.text(x, d.y, a, 6.5, True, al)
            if b:
                d.text(x, d.y + 8, b, 6.5, True, al)
        d.y += 22
    furniture(doc, False)
    # sidebar (page 1 only)
    doc.box(36, 76, 130, 300, fill=0.95)
    y = 90
    for t, b in [("Sent to:", True), ("PRIYA HALVORSEN-OBI", False), ("1180 Quarry Hill Rd", False),
                 ("Marlow Falls, OH 43902", False), ("", False), ("Plan: Cedarline Choice PPO", False),
                 ("Group: 004417-B", False), ("", False), ("Your family's deductible", True),
                 ("Met to date: $380.00", False), ("Remaining: $620.00", False), ("", False),
                 ("Out-of-pocket maximum", True), ("Met to date: $1,128.44", False), ("Limit: $6,000.00", False),
                 ("", False), ("Covered on this plan:", True)] + [(f"{n} ({r})", False) for n, r in fam]:
        if t:
            doc.text(42, y, t, 7, b)
        y += 11
    doc.y = 84
    doc.on_new_page = lambda d: furniture(d, True)
    for (pat, rel), pcid, acct, prov, svcs in claims:
        doc.need(70)
        doc.text(180, doc.y, f"Patient: {pat} ({rel})", 8.5, True)
        doc.text(576, doc.y, f"Claim number: {pcid}", 8, align="R")
        doc.y += 10
        doc.text(180, doc.y, f"Provider: {prov}   In network   Patient account no. {acct}", 7.5)
        doc.y += 16
        colhead(doc)

        def brk(d, pat=pat, pcid=pcid):
            d.text(180, d.y + 4, "Continued on next page", 6.5, gray=0.4)

        for s in svcs:
            if doc.need(11, brk):
                doc.text(180, doc.y, f"Patient: {pat} ({rel})  -  Claim number: {pcid}  (continued)", 8, True)
                doc.y += 14
                colhead(doc)
            code = s.code + (" " + " ".join(s.mods) if s.mods else "")
            note = "N4" if s.denied else ("D2" if s.deductible else "")
            cells = [dfmt(s.dos, "mdy2"), code, units_str(s.units), m_(s.billed), m_(s.discount), m_(s.allowed),
                     m_(s.not_covered), m_(s.deductible), m_(s.coinsurance), m_(s.paid), m_(s.owes), note]
            doc.row(xs, cells, size=7)
            cx.line(doc, s, acct, pcid, pat, ("billed", "discount", "allowed", "not_covered", "deductible",
                                               "coinsurance", "paid", "patient_owes"),
                    cells[:11], remarks=[note] if note else [])
            doc.y += 11
        doc.rule(180, doc.y - 7, 576, doc.y - 7, 0.4)
        tb, tp, to = total(svcs, "billed"), total(svcs, "paid"), total(svcs, "owes")
        ta = total(svcs, "allowed")
        doc.row(xs, ["Claim total", "", "", m_(tb), m_(total(svcs, "discount")), m_(ta),
                     m_(total(svcs, "not_covered")), m_(total(svcs, "deductible")), m_(total(svcs, "coinsurance")),
                     m_(tp), m_(to), ""], size=7, bold=True)
        cx.claim(acct, pcid, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 24
    doc.need(60)
    doc.text(180, doc.y, "Notes", 8.5, True)
    legend = [("D2", "Part of the allowed amount went toward your yearly deductible."),
              ("N4", "Your plan does not cover this service. Check your benefit booklet for exclusions.")]
    for k, v in legend:
        doc.y += 11
        doc.text(180, doc.y, f"{k}  {v}", 7)
    return cx.finish(doc, out, legend)


# =========================================================================================== m2
def m2(out):
    """Commercial HMO/POS member EOB, fpdf2 DejaVu Sans Condensed landscape, boxed grid, description + (code)."""
    cx = Ctx("h139_m2_member_eob_grid", "fpdf2",
             "Commercial member EOB, landscape boxed grid, copay plan, denial, claim runs onto next page")
    doc = Doc("fpdf2", LAND, "DejaCond", 48)
    st = PlanState(visit_copay=Decimal("30.00"), allowed_rate=Decimal("0.70"))
    fam = ["Rosalind Okafor-Brandt", "Caleb Okafor-Brandt", "Wren Okafor-Brandt"]
    claims = [
        (fam[1], "E2601-448-2071", "PT-5530912", "Riverbend Outpatient Rehab", [
            S(1, 12, "97163", 1, ("GP",)), S(1, 12, "97110", 2, ("GP",)), S(1, 14, "97110", 2, ("GP",)),
            S(1, 14, "97140", 1, ("GP", "59")), S(1, 14, "97116", 1, ("GP",)), S(1, 19, "97110", 3, ("GP",)),
            S(1, 19, "97112", 1, ("GP",)), S(1, 21, "97110", 2, ("GP",)), S(1, 21, "97140", 2, ("GP",)),
            S(1, 26, "97530", 2, ("GP",)), S(1, 26, "0552T", 1, (), denied="PR"), S(1, 28, "97110", 2, ("GP",)),
            S(1, 28, "97112", 2, ("GP",)), S(2, 2, "97110", 2, ("GP",)), S(2, 2, "97530", 1, ("GP",)),
            S(2, 4, "97110", 3, ("GP",)), S(2, 9, "97110", 2, ("GP",)), S(2, 9, "97140", 1, ("GP",)),
            S(2, 11, "97110", 2, ("GP",)), S(2, 11, "97112", 2, ("GP",)), S(2, 16, "97110", 3, ("GP", "KX")),
            S(2, 16, "97530", 1, ("GP", "KX")), S(2, 18, "97110", 2, ("GP", "KX")),
            S(2, 18, "97140", 1, ("GP", "KX")), S(2, 23, "97110", 2, ("GP", "KX")),
            S(2, 23, "97116", 1, ("GP", "KX"))]),
        (fam[2], "E2602-113-0584", "PT-5531477", "Riverbend Outpatient Rehab", [
            S(2, 5, "97166", 1, ("GO",)), S(2, 5, "97530", 1, ("GO",)), S(2, 9, "97535", 2, ("GO",)),
            S(2, 12, "97530", 2, ("GO",)), S(2, 12, "97112", 1, ("GO",)), S(2, 16, "97530", 2, ("GO", "59")),
            S(2, 16, "97535", 1, ("GO",)), S(2, 19, "97530", 2, ("GO",)), S(2, 23, "97168", 1, ("GO",)),
            S(2, 23, "97530", 1, ("GO",))]),
        (fam[0], "E2602-117-9925", "V88451", "Summit Family Medicine", [S(2, 6, "99213", 1, ())]),
    ]
    for _, _, _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="204")
    X = [(30, 190), (190, 250), (250, 282), (282, 312), (312, 372), (372, 432), (432, 492), (492, 552), (552, 602),
         (602, 662), (662, 722), (722, 762)]
    H = ["What was done", "Date", "Mod", "Units", "Amount billed", "Network savings", "Plan allowance",
         "Not covered", "Copay", "Plan paid", "Your share", "Remark"]

    def grid_row(d, cells, bold=False, h=13, fill=None):
        if fill is not None:
            d.box(30, d.y, 732, h, fill=fill)
        for i, ((a, b), c) in enumerate(zip(X, cells)):
            d.box(a, d.y, b - a, h)
            if c:
                if i >= 4 and i != 11:
                    d.text(b - 3, d.y + h - 4, c, 6.8, bold, "R")
                else:
                    d.text(a + 3, d.y + h - 4, c, 6.8, bold)
        d.y += h

    def top(d):
        d.text(30, 40, "Orchard Valley Health", 16, True)
        d.text(30, 54, "Your Explanation of Benefits - this is not a bill", 9)
        d.text(762, 40, "Subscriber: Rosalind Okafor-Brandt   ID: OVH-301-88-2270", 8, align="R")
        d.text(762, 51, "Processed: 03/02/2026   Plan: Orchard Valley POS 30", 8, align="R")
        d.text(762, 596, "Page {PAGE} of {PAGES}", 7, align="R")
        d.text(30, 596, "Orchard Valley Health Insurance Co.  88 Mill Race Plaza, Harwick, PA 17330", 7, gray=0.4)
        d.y = 70
    doc.on_new_page = top
    top(doc)
    for pat, pcid, acct, prov, svcs in claims:
        doc.need(60)
        doc.box(30, doc.y, 732, 15, fill=0.82)
        doc.text(34, doc.y + 11, f"Claim for {pat}    Claim # {pcid}    Provider: {prov}    "
                                  f"Provider's account # {acct}", 8, True)
        doc.y += 15
        grid_row(doc, H, True, 14, 0.93)
        for s in svcs:
            if doc.need(13):
                doc.box(30, doc.y, 732, 15, fill=0.82)
                doc.text(34, doc.y + 11, f"Claim for {pat}    Claim # {pcid}  (continued)", 8, True)
                doc.y += 15
                grid_row(doc, H, True, 14, 0.93)
            rm = "X7" if s.denied else ("C1" if s.copay else "")
            what = f"{s.desc} ({s.code})"
            cells = [what, dfmt(s.dos, "mdy4"), " ".join(s.mods), units_str(s.units), m_(s.billed, "$"),
                     m_(s.discount, "$"), m_(s.allowed, "$"), m_(s.not_covered, "$"), m_(s.copay, "$"),
                     m_(s.paid, "$"), m_(s.owes, "$"), rm]
            grid_row(doc, cells)
            cx.line(doc, s, acct, pcid, pat, ("billed", "discount", "allowed", "not_covered", "copay", "paid",
                                              "patient_owes"), [f"({s.code})"] + cells[1:11],
                    remarks=[rm] if rm else [])
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        grid_row(doc, ["Totals for this claim", "", "", "", m_(tb, "$"), m_(total(svcs, "discount"), "$"),
                       m_(ta, "$"), m_(total(svcs, "not_covered"), "$"), m_(total(svcs, "copay"), "$"),
                       m_(tp, "$"), m_(to, "$"), ""], True)
        cx.claim(acct, pcid, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 14
    legend = [("C1", "A fixed copay applies once per visit day."),
              ("X7", "Service is experimental under your plan and is not covered; you may be billed.")]
    doc.need(40)
    for k, v in legend:
        doc.text(30, doc.y, f"{k}: {v}", 7.5)
        doc.y += 11
    return cx.finish(doc, out, legend)


# =========================================================================================== m3
def m3(out):
    """Medicare Summary Notice Part B, reportlab Liberation Serif portrait."""
    cx = Ctx("h139_m3_msn_partb", "reportlab",
             "Medicare Summary Notice for Part B, one beneficiary, three claims, claim runs onto a later page")
    doc = Doc("reportlab", LETTER, "LibSerif", 60)
    pat = "HAROLD J. VANTERPOOL"
    st = PlanState(ded_left=Decimal("85.00"))
    claims = [
        ("26031-500-4411-82", "Brightwater Therapy Associates", "March 2, 2026", [
            S(2, 9, "97161", 1, ("GP",)), S(2, 9, "97110", 2, ("GP",)), S(2, 11, "97110", 2, ("GP",)),
            S(2, 11, "97140", 1, ("GP",)), S(2, 16, "97110", 2, ("GP",)), S(2, 16, "97112", 1, ("GP",)),
            S(2, 18, "97110", 2, ("GP",)), S(2, 18, "97530", 1, ("GP",)), S(2, 23, "97110", 2, ("GP", "KX")),
            S(2, 23, "97140", 1, ("GP", "KX")), S(2, 25, "97110", 2, ("GP", "KX")),
            S(2, 25, "97112", 1, ("GP", "KX")), S(2, 25, "G0283", 1, ("GP",))]),
        ("26032-511-0078-14", "Brightwater Therapy Associates", "March 9, 2026", [
            S(3, 2, "97110", 2, ("GP", "CQ")), S(3, 2, "97140", 1, ("GP", "CQ")),
            S(3, 4, "97530", 2, ("GP", "CQ")), S(3, 4, "97760", 1, ("GP",), denied="CO")]),
        ("26032-520-3361-07", "Elmcroft Primary Care", "March 11, 2026", [S(3, 5, "99213", 1, ())]),
    ]
    for _, _, _, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="50")

    def top(d):
        d.text(40, 40, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
        d.text(40, 54, f"{pat}   Medicare Number XXXXXX-4QW7   Notice date: March 30, 2026", 8.5)
        d.text(572, 54, "Page {PAGE} of {PAGES}", 8.5, align="R")
        d.rule(40, 60, 572, 60, 1.5)
        d.text(306, 765, "Questions? Call 1-800-555-0188 (TTY 1-877-555-0102). Keep this notice for your records.",
               7, align="C")
        d.y = 78
    doc.on_new_page = top
    top(doc)
    # page 1 summary box
    doc.box(40, doc.y, 532, 110)
    doc.text(50, doc.y + 16, "Your Deductible Status", 11, True)
    doc.text(50, doc.y + 30, "You have now met $172.00 of your $257.00 Part B deductible for 2026.", 9)
    doc.text(50, doc.y + 52, "Did Medicare approve all services?  NO. See claims below for denied services.", 9)
    doc.text(50, doc.y + 66, "Total you may be billed:  see each claim", 9)
    doc.text(50, doc.y + 88, "Be sure to check this notice against the receipts and bills you received.", 8.5)
    doc.y += 130
    X = [(44, "L"), (300, "R"), (370, "R"), (438, "R"), (506, "R"), (520, "L")]

    def head(d):
        d.box(40, d.y, 532, 24, fill=0.9)
        for (x, al), (a, b) in zip(X, [("Service Provided &", "Billing Code"), ("Amount Provider", "Charged"),
                                         ("Medicare-", "Approved"), ("Medicare Paid", "Provider"),
                                         ("You May", "Be Billed"), ("See", "Notes")]):
            d.text(x, d.y + 10, a, 7.5, True, al)
            d.text(x, d.y + 19, b, 7.5, True, al)
        d.y += 32
    for pcid, prov, recv, svcs in claims:
        doc.need(90)
        doc.text(40, doc.y, f"{prov}, 412 Harbor Light Way, Sallisford, ME 04120", 9, True)
        doc.y += 11
        doc.text(40, doc.y, f"Claim number {pcid}   Received on {recv}   Assigned", 8.5)
        doc.y += 13
        head(doc)
        last = None
        for s in svcs:
            brk = doc.need(26)
            if brk:
                doc.text(40, doc.y, f"Claim number {pcid} (continued)", 8.5, True)
                doc.y += 8
                head(doc)
                last = None
            if s.dos != last:
                doc.text(44, doc.y, dfmt(s.dos, "month"), 8, True)
                doc.y += 11
                last = s.dos
            code = s.code + "".join("-" + m for m in s.mods)
            notes = "B" if s.denied else ("A" if s.deductible else "")
            doc.text(52, doc.y, f"{s.desc} ({code})", 8)
            cells = [m_(s.billed, "$"), m_(s.allowed, "$"), m_(s.paid, "$"), m_(s.owes, "$"), notes]
            doc.row(X[1:], cells, size=8)
            cx.line(doc, s, None, pcid, pat, ("billed", "allowed", "paid", "patient_owes"),
                    [f"({code})"] + cells[:4], units=False, remarks=[notes] if notes else [])
            doc.y += 12
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.rule(300 - 60, doc.y - 8, 572, doc.y - 8)
        doc.text(52, doc.y + 2, "Total for this claim", 8, True)
        doc.row(X[1:], [m_(tb, "$"), m_(ta, "$"), m_(tp, "$"), m_(to, "$")], y=doc.y + 2, size=8, bold=True)
        cx.claim(None, pcid, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 26
    legend = [("A", "This approved amount was applied toward your deductible."),
              ("B", "Medicare does not pay for this item because it was not considered medically needed.")]
    doc.need(50)
    doc.text(40, doc.y, "Notes for Claims Above", 10, True)
    for k, v in legend:
        doc.y += 12
        doc.text(40, doc.y, f"{k}  {v}", 8)
    return cx.finish(doc, out, legend)


# =========================================================================================== m4
def m4(out):
    """Medicare Advantage member EOB (Part C), fpdf2 core Helvetica portrait, ruled."""
    cx = Ctx("h139_m4_ma_member_eob", "fpdf2",
             "Medicare Advantage PPO member EOB (medical), monthly, copays and coinsurance, one denial")
    doc = Doc("fpdf2", LETTER, "Helvetica", 56)
    pat = "Marisol T. Quennell"
    st = PlanState(coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.58"),
                   copay_codes={"99213": Decimal("15.00"), "97530": Decimal("25.00"), "97110": Decimal("25.00")})
    claims = [
        ("26-0217-88503", "Tamsin Creek Occupational Therapy", [
            S(2, 3, "97167", 1, ("GO",)), S(2, 3, "97530", 2, ("GO",)), S(2, 10, "97530", 2, ("GO",)),
            S(2, 10, "97535", 1, ("GO",)), S(2, 17, "97530", 3, ("GO",)), S(2, 17, "97140", 1, ("GO",)),
            S(2, 24, "97110", 2, ("GO",)), S(2, 24, "97533", 1, ("GO",), desc="Sensory integration activities")]),
        ("26-0303-22719", "Tamsin Creek Occupational Therapy", [
            S(3, 3, "97530", 2, ("GO",)), S(3, 3, "97535", 1, ("GO",)), S(3, 10, "97530", 2, ("GO",)),
            S(3, 10, "97112", 1, ("GO",)), S(3, 17, "97168", 1, ("GO",)), S(3, 17, "97530", 2, ("GO",)),
            S(3, 24, "97530", 2, ("GO",)), S(3, 24, "97140", 1, ("GO",))]),
        ("26-0219-10466", "Hollis Bay Medical Group", [S(2, 12, "99213", 1, ()),
                                                         S(2, 12, "G0283", 1, (), denied="PR")]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            commercial(s, st, deny_reason="96")

    def top(d):
        d.text(40, 40, "BLUE HERON SENIOR ADVANTAGE (PPO)", 12, True)
        d.text(40, 52, "Explanation of Benefits for Medical Services - February 2026", 9)
        d.text(572, 40, f"Member: {pat}", 8, align="R")
        d.text(572, 51, "Member number: BHA-44019277", 8, align="R")
        d.text(572, 62, "Page {PAGE} of {PAGES}", 8, align="R")
        d.rule(40, 68, 572, 68, 1)
        d.text(40, 768, "Blue Heron Health is an HMO/PPO plan with a Medicare contract. H9990_EOB26_M", 6.5)
        d.y = 86
    doc.on_new_page = top
    top(doc)
    doc.text(40, doc.y, "Your total costs so far this year", 10, True)
    doc.y += 12
    doc.text(40, doc.y, "Medical out-of-pocket maximum: $5,900.00      You have paid: $214.60", 8.5)
    doc.y += 22
    X = [(40, "L"), (112, "L"), (300, "R"), (358, "R"), (416, "R"), (470, "R"), (522, "R"), (530, "L")]
    H = [("Date of", "service"), ("Service or item", "and code"), ("Provider", "charged"), ("Plan-approved", "amount"),
         ("Plan", "paid"), ("You", "owe"), ("Your copay /", "coinsurance"), ("Note", "")]
    for pcid, prov, svcs in claims:
        doc.need(80)
        doc.text(40, doc.y, f"{prov}", 9, True)
        doc.y += 11
        doc.text(40, doc.y, f"Claim number: {pcid}   Network status: In network", 8)
        doc.y += 14
        for (x, al), (a, b) in zip(X, H):
            doc.text(x, doc.y, a, 7, True, al)
            doc.text(x, doc.y + 8, b, 7, True, al)
        doc.rule(40, doc.y + 11, 572, doc.y + 11, 0.8)
        doc.y += 22
        for s in svcs:
            doc.need(24)
            share = s.copay or s.coinsurance
            kind = "copay" if s.copay else ("coins." if s.coinsurance else "")
            nt = "N2" if s.denied else ""
            code = s.code + (" " + ", ".join(s.mods) if s.mods else "")
            doc.row(X, [dfmt(s.dos, "mon"), s.desc, m_(s.billed, "$"), m_(s.allowed, "$"), m_(s.paid, "$"),
                        m_(s.owes, "$"), (f"{m_(share, '$')} {kind}" if kind else ""), nt], size=7.5)
            cl = f"Code {code}" + (f" x{units_str(s.units)}" if s.units != 1 else "")
            doc.text(112, doc.y + 9, cl, 6.8, gray=0.3)
            prt = ("billed", "allowed", "paid", "patient_owes") + (("copay",) if kind == "copay" else
                                                                     ("coinsurance",) if kind else ())
            cx.line(doc, s, None, pcid, pat, prt,
                    [dfmt(s.dos, "mon"), m_(s.billed, "$"), m_(s.allowed, "$"), m_(s.paid, "$"), m_(s.owes, "$")],
                    near=[cl], units=s.units != 1, remarks=[nt] if nt else [])
            doc.rule(40, doc.y + 13, 572, doc.y + 13, 0.3, 0.6)
            doc.y += 23
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.row(X, ["", "Claim total", m_(tb, "$"), m_(ta, "$"), m_(tp, "$"), m_(to, "$")], size=7.5, bold=True)
        cx.claim(None, pcid, pat, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 24
    legend = [("N2", "This item is not covered by your plan. You can ask us for a coverage decision (appeal).")]
    doc.need(30)
    doc.text(40, doc.y, "N2  " + legend[0][1], 7.5)
    return cx.finish(doc, out, legend)


# =========================================================================================== m5
def m5(out):
    """State Medicaid RA, fpdf2 Courier landscape, mainframe print with sections and repeated page header."""
    cx = Ctx("h139_m5_medicaid_ra_mainframe", "fpdf2",
             "State Medicaid remittance advice, monospace mainframe print: paid / denied / adjusted sections, "
             "reversal with trailing minus and its replacement, page header repeated")
    doc = Doc("fpdf2", LAND, "Courier", 40)
    F = 7.6

    def top(d):
        d.text(24, 30, "STATE OF NORTH PLAINFIELD  DEPARTMENT OF FAMILY HEALTH SERVICES  MEDICAL ASSISTANCE PROGRAM", F)
        d.text(24, 40, "REMITTANCE ADVICE     RA NUMBER 0004471892     RUN DATE 03/06/26     PAYMENT CYCLE 2026-10"
                       "          PAGE {PAGE} OF {PAGES}", F)
        d.text(24, 50, "PROVIDER: KESTREL KIDS THERAPY GROUP LLC    PROVIDER ID 0078812345    NPI 1992004417", F)
        d.text(24, 66, hdr, F, True)
        d.text(24, 74, "-" * 124, F)
        d.y = 88
    hdr = ("RECIPIENT NAME        RECIP ID     ICN             PAT ACCT   LN DOS     PROC  MOD   UNITS"
           "   BILLED  ALLOWED   COPAY    PAID  EOB")

    def fmt(cols):
        name, rid, icn, acct, ln, dos, proc, mod, un, b, a, c, p, e = cols
        return (f"{name:<21} {rid:<12} {icn:<15} {acct:<10} {ln:>2} {dos:<6} {proc:<5} {mod:<5} {un:>5}"
                f" {b:>8} {a:>8} {c:>7} {p:>7}  {e}")
    doc.on_new_page = top
    top(doc)
    kids = [("WHITLOCK, JUNIPER", "7720145533"), ("AZIZI, OMAR", "7720316618"), ("DELACROIX, BEA", "7720410092"),
            ("PRUITT, SILAS", "7720559021"), ("NAKAMURA, EMI", "7720633187")]
    vis = lambda d: [S(2, d, "97530", 2, ("GO",)), S(2, d, "97535", 1, ("GO",))]  # noqa: E731
    paid = [
        (kids[0], "2026061004417", "JW-2211", [S(2, 2, "97166", 1, ("GO",))] + vis(9) + vis(16) + vis(23)),
        (kids[1], "2026061004418", "OA-0874", [S(2, 3, "92523", 1, ("GN",)), S(2, 10, "92507", 1, ("GN",)),
                                             S(2, 17, "92507", 1, ("GN",)), S(2, 24, "92507", 1, ("GN",))]),
        (kids[2], "2026061004421", "BD-1530", [S(2, 4, "97530", 3, ("GO", "59")), S(2, 4, "97112", 2, ("GO",)),
                                             S(2, 11, "97530", 3, ("GO",)), S(2, 11, "97110", 2, ("GO",)),
                                             S(2, 18, "97530", 3, ("GO",)), S(2, 18, "97112", 2, ("GO",)),
                                             S(2, 25, "97530", 3, ("GO",)), S(2, 25, "97110", 2, ("GO",))]),
    ]
    paid += [(("FONTAINE, ROSIE", "7720781145"), "2026061004424", "RF-3310",
              [S(2, 2, "92523", 1, ("GN",))] + [S(2, d, "92507", 1, ("GN",)) for d in (6, 9, 13, 16, 20, 23, 27)]),
             (("OKONKWO, DANIEL", "7720819954"), "2026061004427", "DO-4418",
              [S(2, d, c, u, ("GP",)) for d in (3, 10, 17, 24) for c, u in (("97110", 2), ("97140", 1))])]
    denied = [(kids[3], "2026061004430", "SP-0092", [S(2, 5, "97165", 1, ("GO",), denied="CO"),
                                                   S(2, 5, "97530", 2, ("GO",), denied="CO")])]
    orig = [S(1, 14, "97530", 2, ("GO",)), S(1, 14, "97140", 2, ("GO",))]
    for s in orig:
        medicaid(s)
    rev = [negate(s) for s in orig]
    repl = [S(1, 14, "97530", 2, ("GO",)), S(1, 14, "97140", 1, ("GO",))]
    adjusted = [(kids[4], "2026061004433", "EN-7719", rev, "REVERSAL OF ICN 2026020907715"),
                (kids[4], "2026061004434", "EN-7719", repl, "REPLACES ICN 2026020907715")]
    for _, _, _, svcs in paid:
        for s in svcs:
            medicaid(s)
    for _, _, _, svcs in denied:
        for s in svcs:
            medicaid(s, deny_reason="B7")
    for s in repl:
        medicaid(s)

    def band(title):
        doc.need(30)
        doc.text(24, doc.y, f"*** {title} ***", F, True)
        doc.y += 12

    def claim(kid, icn, acct, svcs, eobs, note=None):
        doc.need(12 * (min(len(svcs), 3) + 2))
        if note:
            doc.text(24, doc.y, " " * 70 + note, F)
            doc.y += 10
        for i, s in enumerate(svcs, 1):
            doc.need(10)
            e = eobs(s)
            cols = (kid[0] if i == 1 else "", kid[1] if i == 1 else "", icn if i == 1 else "",
                    acct if i == 1 else "", str(i), dfmt(s.dos, "mdy6"), s.code, "".join(s.mods),
                    units_str(s.units), m_(s.billed, "", "trail"), m_(s.allowed, "", "trail"), "0.00",
                    m_(s.paid, "", "trail"), e)
            doc.text(24, doc.y, fmt(cols), F)
            mods_s = "".join(s.mods)
            cx.line(doc, s, acct, icn, kid[0], ("billed", "allowed", "copay", "paid"),
                    [dfmt(s.dos, "mdy6"), s.code, mods_s, units_str(s.units), cols[9], cols[10], cols[12], e],
                    remarks=[e] if e else [])
            doc.y += 10
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.text(24, doc.y, " " * 50 + "CLAIM TOTAL" + " " * 17 + f"{m_(tb, '', 'trail'):>8} {m_(ta, '', 'trail'):>8}"
                 f" {'0.00':>7} {m_(tp, '', 'trail'):>7}", F, True)
        cx.claim(acct, icn, kid[0], billed=tb, allowed=ta, paid=tp)
        doc.y += 16
    band("CLAIMS PAID")
    for kid, icn, acct, svcs in paid:
        claim(kid, icn, acct, svcs, lambda s: "0431" if s.discount else "0000")
    band("CLAIMS DENIED")
    for kid, icn, acct, svcs in denied:
        claim(kid, icn, acct, svcs, lambda s: "2710")
    band("CLAIMS ADJUSTED")
    for kid, icn, acct, svcs, note in adjusted:
        claim(kid, icn, acct, svcs, lambda s: "0950" if s.billed < 0 else "0431", note)
    doc.need(70)
    doc.text(24, doc.y, "EOB CODE MESSAGES", F, True)
    legend = [("0000", "PAID AS BILLED."), ("0431", "PAID AT THE PROGRAM FEE SCHEDULE RATE."),
              ("2710", "NO PRIOR APPROVAL ON FILE FOR THIS THERAPY SERVICE."),
              ("0950", "CLAIM TAKEN BACK SO A CORRECTED CLAIM COULD BE PROCESSED.")]
    for k, v in legend:
        doc.y += 10
        doc.text(24, doc.y, f"{k}  {v}", F)
    return cx.finish(doc, out, legend)


# =========================================================================================== m6
def m6(out):
    """State Medicaid RA, reportlab Liberation Sans portrait, boxed claim header, ruled line grid, CARC/RARC."""
    cx = Ctx("h139_m6_medicaid_ra_boxed", "reportlab",
             "State Medicaid professional remittance advice, boxed claim headings with TCN, CARC amounts and "
             "RARCs per line, denied claim, claim continues onto page 2 with headings repeated")
    doc = Doc("reportlab", LETTER, "LibSans", 54)
    clients = [("Lorenzo Abernathy-Cruz", "M40017729"), ("Ivy Sandoval", "M40218830"),
               ("Kenji Abernathy-Cruz", "M40017731")]
    claims = [
        (clients[0], "26052000118802", "ACC-30991", [
            S(2, 2, "97530", 2, ("GP",)), S(2, 2, "97112", 1, ("GP",)), S(2, 4, "97530", 2, ("GP",)),
            S(2, 4, "97110", 2, ("GP",)), S(2, 6, "97530", 2, ("GP",)), S(2, 9, "97530", 2, ("GP",)),
            S(2, 9, "97116", 1, ("GP",)), S(2, 11, "97530", 2, ("GP",)), S(2, 13, "97530", 2, ("GP",)),
            S(2, 13, "97112", 1, ("GP",)), S(2, 16, "97530", 2, ("GP",)), S(2, 18, "97530", 2, ("GP",)),
            S(2, 18, "97140", 1, ("GP",)), S(2, 20, "97530", 2, ("GP",)), S(2, 23, "97530", 2, ("GP",)),
            S(2, 23, "97110", 2, ("GP",)), S(2, 25, "97530", 2, ("GP",)), S(2, 27, "97530", 2, ("GP",)),
            S(2, 27, "97112", 2, ("GP",))]),
        (clients[1], "26052000118815", "ACC-31220", [S(2, 10, "92507", 1, ("GN",)), S(2, 17, "92507", 1, ("GN",)),
                                                    S(2, 24, "92526", 1, ("GN",))]),
        (("Wilhelmina Tate", "M40371158"), "26052000118826", "ACC-31301", [
            S(2, d, c, u, ("GO",)) for d in (5, 10, 12, 17, 19, 24, 26)
            for c, u in (("97530", 2), ("97535", 1), ("97110", 1))]),
        (clients[2], "26052000118820", "ACC-30994", [S(2, 3, "97163", 1, ("GP",), denied="CO"),
                                                    S(2, 3, "97110", 2, ("GP",), denied="CO")]),
    ]
    for _, _, _, svcs in claims:
        for s in svcs:
            medicaid(s, deny_reason="16")
            if s.denied:
                s.remarks = ["MA130", "N286"]
            elif s.discount:
                s.remarks = []

    def top(d):
        d.text(40, 38, "Granite Coast Medicaid  |  Provider Remittance Advice", 12, True)
        d.text(40, 51, "Payee: Ridgeview Pediatric PT, 77 Tanager Ct, Alder Point, VT 05990   Payee ID 300118842",
               7.5)
        d.text(40, 61, "RA date 02/28/2026   EFT trace 0000995521   Payment $ see summary", 7.5)
        d.text(572, 38, "Page {PAGE} of {PAGES}", 8, align="R")
        d.rule(40, 67, 572, 67, 1)
        d.y = 82
    X = [(44, "L"), (70, "L"), (124, "L"), (160, "L"), (206, "R"), (262, "R"), (316, "R"), (366, "R"),
         (376, "L"), (470, "R"), (480, "L")]
    H = ["Ln", "Svc date", "Proc", "Mod", "Units", "Billed", "Allowed", "Paid", "Grp-CARC", "Adj amt", "RARC"]
    doc.on_new_page = top
    top(doc)

    def chead(cl, tcn, acct, cont):
        doc.box(40, doc.y - 10, 532, 26)
        doc.text(44, doc.y, f"Client: {cl[0]}" + ("   (continued)" if cont else ""), 8, True)
        doc.text(300, doc.y, f"Medicaid ID: {cl[1]}", 8)
        doc.text(44, doc.y + 11, f"TCN: {tcn}", 8)
        doc.text(300, doc.y + 11, f"Patient acct: {acct}     Claim status: " +
                 ("Denied" if all(s.denied for s in svcs_now) else "Paid"), 8)
        doc.y += 30
        doc.box(40, doc.y - 9, 532, 13, fill=0.9)
        doc.row(X, H, size=7, bold=True)
        doc.y += 14
    svcs_now = []
    for cl, tcn, acct, svcs in claims:
        svcs_now[:] = svcs
        doc.need(70)
        chead(cl, tcn, acct, False)
        for i, s in enumerate(svcs, 1):
            if doc.need(12 * max(1, len(s.adjs))):
                chead(cl, tcn, acct, True)
            a0 = s.adjs[0] if s.adjs else None
            cells = [str(i), dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m_(s.billed),
                     m_(s.allowed), m_(s.paid), f"{a0[0]}-{a0[1]}" if a0 else "", m_(a0[2]) if a0 else "",
                     " ".join(s.remarks)]
            doc.row(X, cells, size=7)
            cx.line(doc, s, acct, tcn, cl[0], ("billed", "allowed", "paid"), cells[1:], adjs=s.adjs,
                    remarks=s.remarks, full_adj=True)
            doc.rule(40, doc.y + 3, 572, doc.y + 3, 0.3, 0.7)
            doc.y += 12
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.row(X, ["", "Claim totals", "", "", "", m_(tb), m_(ta), m_(tp)], size=7, bold=True)
        cx.claim(acct, tcn, cl[0], billed=tb, allowed=ta, paid=tp)
        doc.y += 26
    legend = [("CO-45", "Charge is above the program's maximum allowable; provider writes off the difference."),
              ("CO-16", "Claim is missing information needed to process it."),
              ("MA130", "Send a new claim with the missing data; this one cannot be appealed."),
              ("N286", "The referring provider's identifier is missing or not valid.")]
    doc.need(60)
    doc.text(40, doc.y, "Adjustment and remark code glossary", 9, True)
    for k, v in legend:
        doc.y += 11
        doc.text(40, doc.y, f"{k}: {v}", 7.5)
    return cx.finish(doc, out, legend)


# =========================================================================================== m7
def m7(out):
    """Clearinghouse remittance detail print of a Medicare Part B payment, reportlab Helvetica landscape."""
    cx = Ctx("h139_m7_clearinghouse_remit", "reportlab",
             "Clearinghouse 'Remittance Detail' print of a Medicare Part B ERA: boxed claim headings, every "
             "adjustment with group/reason and amount (extra adjustments on their own rows), MOA/RARC, "
             "claim continues onto next page with column header repeated")
    doc = Doc("reportlab", LAND, "Helvetica", 44)
    st = PlanState(ded_left=Decimal("40.00"))
    pts = [("BARRINGTON, ELOISE M", "1EG4TE5MK73", "BTA-400718"), ("OYELARAN, FESTUS", "2HC7PL1QA08", "BTA-400722"),
           ("LINDQVIST, AGNETA", "3RT8WN2XC51", "BTA-400730")]
    claims = [
        (pts[0], "22026051147330", [S(2, 2, "97110", 3, ("GP",)), S(2, 2, "97140", 1, ("GP",)),
                                    S(2, 4, "97110", 2, ("GP",)), S(2, 4, "97112", 1, ("GP",))]),
        (pts[1], "22026051147331", [
            S(2, 3, "97166", 1, ("GO",)), S(2, 3, "97530", 2, ("GO",)), S(2, 5, "97530", 2, ("GO",)),
            S(2, 5, "97535", 1, ("GO",)), S(2, 10, "97530", 2, ("GO", "CO")), S(2, 10, "97535", 1, ("GO", "CO")),
            S(2, 12, "97530", 2, ("GO", "CO")), S(2, 12, "97140", 1, ("GO", "CO")),
            S(2, 17, "97530", 2, ("GO", "KX")), S(2, 17, "97535", 1, ("GO", "KX")),
            S(2, 19, "97530", 2, ("GO", "KX")), S(2, 19, "97112", 1, ("GO", "KX")),
            S(2, 19, "G0283", 1, ("GO",), denied="CO")]),
        (pts[2], "22026051147339", [S(2, 6, "92507", 1, ("GN",)), S(2, 13, "92507", 1, ("GN",))]),
    ]
    for _, _, svcs in claims:
        for s in svcs:
            medicare(s, st, deny_reason="97")
            if s.denied:
                s.remarks = ["M15"]
    X = [(30, "L"), (92, "L"), (132, "L"), (176, "R"), (236, "R"), (296, "R"), (350, "R"), (404, "R"),
         (416, "L"), (520, "R"), (584, "R"), (594, "L")]
    H = ["Serv Date", "Proc", "Mods", "Units", "Billed", "Allowed", "Deduct", "Coins", "Grp/Rsn", "Adj Amt",
         "Prov Paid", "RARC"]

    def top(d):
        d.text(30, 34, "ClaimBridge Connect  -  Remittance Detail", 12, True)
        d.text(30, 46, "Payer: Medicare Part B, Jurisdiction 99 (Kinterra Government Services)   Check/EFT #: "
                       "EFT0048817260   Paid 02/27/2026", 7.5)
        d.text(30, 56, "Payee: Brightlane Therapy Associates   NPI 1660498821   TIN XX-XXX4410", 7.5)
        d.text(762, 34, "Page {PAGE} of {PAGES}", 8, align="R")
        d.text(762, 46, "Printed 03/01/2026 08:14", 7, align="R")
        d.text(30, 590, "This print was produced from the 835 file received by ClaimBridge. Amounts as sent by payer.",
               6.5, gray=0.4)
        d.y = 74

    def colh(d):
        d.box(30, d.y - 9, 732, 13, fill=0.88)
        d.row(X, H, size=7, bold=True)
        d.y += 14
    doc.on_new_page = top
    top(doc)
    for (nm, mbi, acct), icn, svcs in claims:
        doc.need(60)
        doc.box(30, doc.y, 732, 28)
        doc.text(34, doc.y + 11, f"Patient: {nm}", 8, True)
        doc.text(230, doc.y + 11, f"MBI: {mbi}", 8)
        doc.text(370, doc.y + 11, f"Patient Ctrl #: {acct}", 8)
        doc.text(540, doc.y + 11, f"Payer Claim #: {icn}", 8)
        doc.text(34, doc.y + 23, "Status: 1 - Processed as Primary     Rendering NPI 1770215543     MOA: MA01", 7.5)
        doc.y += 40
        colh(doc)
        for s in svcs:
            n = max(1, len(s.adjs))
            if doc.need(11 * n):
                doc.text(30, doc.y, f"{nm}  Payer Claim #: {icn}  (continued)", 7.5, True)
                doc.y += 12
                colh(doc)
            a = s.adjs
            cells = [dfmt(s.dos, "mdy4"), s.code, " ".join(s.mods), units_str(s.units), m_(s.billed),
                     m_(s.allowed), m_(s.deductible), m_(s.coinsurance), f"{a[0][0]}-{a[0][1]}", m_(a[0][2]),
                     m_(s.paid), " ".join(s.remarks)]
            doc.row(X, cells, size=7)
            cx.line(doc, s, acct, icn, nm, ("billed", "allowed", "deductible", "coinsurance", "paid"),
                    cells[:11], near=[f"{g}-{r} {m_(v)}" for g, r, v in a[1:]], adjs=a, remarks=s.remarks,
                    full_adj=True)
            doc.y += 11
            for g, r, v in a[1:]:
                doc.row(X, ["", "", "", "", "", "", "", "", f"{g}-{r}", m_(v)], size=7)
                doc.y += 11
        tb, ta, tp = (total(svcs, k) for k in ("billed", "allowed", "paid"))
        doc.rule(30, doc.y - 8, 762, doc.y - 8, 0.4)
        doc.row(X, ["Claim Totals", "", "", "", m_(tb), m_(ta), m_(total(svcs, "deductible")),
                    m_(total(svcs, "coinsurance")), "", "", m_(tp)], size=7, bold=True)
        doc.text(620, doc.y, f"Pt Resp {m_(total(svcs, 'owes'))}", 7, True)
        cx.claim(acct, icn, nm, billed=tb, allowed=ta, paid=tp, patient_owes=total(svcs, "owes"))
        doc.y += 24
    legend = [("CO-45", "Charge exceeds the fee schedule amount."), ("PR-1", "Deductible amount."),
              ("PR-2", "Coinsurance amount."), ("CO-253", "Sequestration - payment reduced by law."),
              ("CO-97", "Service is included in the payment for another service on this date."),
              ("M15", "Separately billed services were bundled into the primary service."),
              ("MA01", "You may appeal this determination within 120 days.")]
    doc.need(90)
    doc.text(30, doc.y, "Code glossary", 8.5, True)
    for k, v in legend:
        doc.y += 10
        doc.text(30, doc.y, f"{k}  {v}", 7)
    return cx.finish(doc, out, legend)


# =========================================================================================== m8
def m8(out):
    """Practice-management ERA posting report of a Medicare payment, fpdf2 Liberation Sans Narrow portrait."""
    cx = Ctx("h139_m8_pm_posting_report", "fpdf2",
             "Practice-management 'Insurance Payment Posting Detail' of a Medicare Part B check, grouped by "
             "patient, write-off / deductible / coinsurance / sequestration columns with bare adjustment codes, "
             "a reversal and re-posting of a prior claim")
    doc = Doc("fpdf2", LETTER, "LibNarrow", 50)
    st = PlanState(ded_left=ZERO)
    pts = [("Gallagher, Thomas P", "GAL0041", "0226014418850"), ("Moreau-Diallo, Simone", "MOR0093",
                                                                  "0226014418851"),
           ("Vasquez, Ruben", "VAS0112", "0226014418857")]
    c1 = [S(2, 2, "97161", 1, ("GP",)), S(2, 2, "97110", 2, ("GP",)), S(2, 4, "97110", 2, ("GP",)),
          S(2, 4, "97140", 2, ("GP",)), S(2, 9, "97110", 3, ("GP",)), S(2, 11, "97110", 2, ("GP",)),
          S(2, 11, "97116", 1, ("GP",))]
    c2 = [S(2, 3, "92523", 1, ("GN",)), S(2, 10, "92507", 1, ("GN",)), S(2, 17, "92507", 1, ("GN",)),
          S(2, 24, "92507", 1, ("GN",))]
    c3 = [S(2, d, c, u, ("GP", "CQ")) for d in (2, 5, 9, 12, 16, 19) for c, u in (("97110", 2), ("97112", 1))]
    c4 = [S(2, d, c, u, ("GO",)) for d in (4, 11, 18, 25) for c, u in (("97530", 2), ("97535", 1), ("97140", 1))]
    old = [S(1, 20, "97530", 2, ("GO",)), S(1, 20, "97535", 1, ("GO",))]
    new = [S(1, 20, "97530", 2, ("GO", "59")), S(1, 20, "97535", 1, ("GO",)), S(1, 20, "97112", 1, ("GO",))]
    for s in c1 + c2 + c3 + c4 + old + new:
        medicare(s, st)
    rev = [negate(s) for s in old]
    claims = [(pts[0], pts[0][2], c1, ""), (pts[1], pts[1][2], c2, ""),
              (("Yellowhorse, Delbert", "YEL0020", ""), "0226014418853", c3, ""),
              (("Sørensen, Ingrid", "SOR0071", ""), "0226014418855", c4, ""),
              (pts[2], "0126009921144", rev, "Reversal of prior payment (claim frequency 7)"),
              (pts[2], pts[2][2], new, "Corrected claim")]
    X = [(36, "L"), (84, "L"), (120, "L"), (158, "R"), (200, "R"), (242, "R"), (284, "R"), (322, "R"),
         (360, "R"), (398, "R"), (438, "R"), (478, "R"), (486, "L")]
    H = ["Chg Date", "CPT", "Mods", "Qty", "Charge", "Allowed", "Write-off", "Deduct", "Coins", "Seq Red",
         "Paid", "Pt Resp", "Adj Codes"]

    def top(d):
        d.text(36, 36, "TheraDesk PM  |  Insurance Payment Posting Detail", 11, True)
        d.text(36, 48, "Practice: Fernhill Rehabilitation Partners     Deposit batch 2026-0227-03", 8)
        d.text(36, 58, "Carrier: MEDICARE PART B (MAC 99)   Check # 0987741   Check date 02/27/2026   "
                       "Check amount: see total", 8)
        d.text(576, 36, "Page {PAGE} of {PAGES}", 8, align="R")
        d.rule(36, 64, 576, 64, 0.8)
        d.box(36, 70, 540, 13, fill=0.9)
        d.y = 80
        d.row(X, H, size=7.2, bold=True)
        d.y = 96
        d.text(36, 770, "Report run by: jrollins   03/02/2026 16:22   TheraDesk PM v11.4", 6.5, gray=0.4)
    doc.on_new_page = top
    top(doc)
    for (nm, acct, _), icn, svcs, note in claims:
        doc.need(50)
        doc.text(36, doc.y, f"{nm}   Acct {acct}   ICN {icn}" + (f"   - {note}" if note else ""), 8, True)
        doc.y += 12
        for s in svcs:
            doc.need(11)
            codes = " ".join(f"{g}{r}" for g, r, _ in s.adjs)
            cells = [dfmt(s.dos, "mdy2"), s.code, ",".join(s.mods), units_str(s.units), m_(s.billed, "", "()"),
                     m_(s.allowed, "", "()"), m_(s.discount, "", "()"), m_(s.deductible, "", "()"),
                     m_(s.coinsurance, "", "()"), m_(s.seq, "", "()"), m_(s.paid, "", "()"), m_(s.owes, "", "()"),
                     codes]
            doc.row(X, cells, size=7.2)
            cx.line(doc, s, acct, icn, nm, ("billed", "allowed", "discount", "deductible", "coinsurance", "paid",
                                            "patient_owes"), cells,
                    adjs=[(g, r, None) for g, r, _ in s.adjs])
            doc.y += 11
        tb, ta, tp, to = (total(svcs, k) for k in ("billed", "allowed", "paid", "owes"))
        doc.rule(36, doc.y - 8, 576, doc.y - 8, 0.3)
        doc.row(X, ["", "Claim total", "", "", m_(tb, "", "()"), m_(ta, "", "()"), "", "", "", "",
                    m_(tp, "", "()"), m_(to, "", "()")], size=7.2, bold=True)
        cx.claim(acct, icn, nm, billed=tb, allowed=ta, paid=tp, patient_owes=to)
        doc.y += 20
    allsv = c1 + c2 + c3 + c4 + rev + new
    doc.need(20)
    doc.text(36, doc.y, f"Check total posted: {m_(total(allsv, 'paid'), '$')}", 8.5, True)
    return cx.finish(doc, out, [])


# =========================================================================================== m9
def m9(out):
    """Therapy clinic family statement, reportlab Helvetica portrait, remit stub, visit heading rows."""
    cx = Ctx("h139_m9_clinic_family_statement", "reportlab",
             "Pediatric therapy clinic family statement to a guarantor: three children, visit heading rows with "
             "the insurer's claim number, a visit pending with insurance, patient payments, runs onto page 2")
    doc = Doc("reportlab", LETTER, "Helvetica", 60)
    st = PlanState(ded_left=Decimal("60.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.75"))
    kids = ["Ottilie Brannock", "Fitz Brannock", "Maeve Brannock"]
    visits = [
        (kids[0], "V-118204", "HX7726014401", [S(1, 7, "97166", 1), S(1, 7, "97530", 2)]),
        (kids[1], "V-118233", "HX7726014452", [S(1, 8, "92523", 1)]),
        (kids[0], "V-118391", "HX7726019930", [S(1, 14, "97530", 2), S(1, 14, "97535", 1)]),
        (kids[2], "V-118402", "HX7726019951", [S(1, 15, "97165", 1), S(1, 15, "97110", 1)]),
        (kids[1], "V-118488", "HX7726023316", [S(1, 22, "92507", 1)]),
        (kids[0], "V-118560", "HX7726027781", [S(1, 21, "97530", 2), S(1, 21, "97112", 1),
                                               S(1, 21, "97760", 1, denied="PR")]),
        (kids[2], "V-118611", "HX7726031002", [S(1, 29, "97530", 2), S(1, 29, "97535", 1)]),
        (kids[1], "V-118702", "HX7726035547", [S(2, 5, "92507", 1)]),
        (kids[0], "V-118766", "HX7726036208", [S(2, 4, "97530", 2), S(2, 4, "97140", 1)]),
        (kids[2], "V-118719", "HX7726036341", [S(2, 5, "97530", 2), S(2, 5, "97112", 1)]),
        (kids[1], "V-118751", "HX7726037702", [S(2, 12, "92507", 1)]),
        (kids[0], "V-118790", "HX7726039018", [S(2, 11, "97530", 2), S(2, 11, "97535", 1), S(2, 11, "97110", 1)]),
        (kids[2], "V-118802", "HX7726039055", [S(2, 12, "97530", 2), S(2, 12, "97140", 1)]),
        (kids[1], "V-118817", "HX7726040173", [S(2, 19, "92507", 1)]),
        (kids[0], "V-118829", "HX7726040190", [S(2, 18, "97530", 2), S(2, 18, "97112", 1)]),
        (kids[2], "V-118840", None, [S(2, 12, "97530", 2), S(2, 12, "97110", 1)]),
    ]
    for _, _, pc, svcs in visits:
        for s in svcs:
            if pc:
                commercial(s, st, deny_reason="204")
            else:
                s.owes = s.billed

    def top(d):
        d.text(40, 44, "Little Compass Therapy Center", 14, True)
        d.text(40, 56, "2290 Fieldstone Pkwy, Suite 110, Orrington, WI 53990   (608) 555-0173", 7.5)
        d.text(572, 44, "STATEMENT", 13, True, "R")
        d.text(572, 56, "Statement date 02/20/2026   Page {PAGE} of {PAGES}", 7.5, align="R")
        d.text(572, 66, "Guarantor account G-20417", 7.5, align="R")
        d.rule(40, 72, 572, 72, 1)
        d.y = 90
    X = [(40, "L"), (92, "L"), (130, "L"), (380, "R"), (440, "R"), (500, "R"), (568, "R")]
    H = ["Date", "Code", "Description", "Charges", "Insurance", "Adjustments", "Patient Portion"]
    top(doc)
    doc.text(40, doc.y, "Billed to:  Gwendolyn Brannock (guarantor)", 8.5, True)
    doc.text(40, doc.y + 11, "418 Sorrel Lane, Orrington, WI 53991", 8)
    doc.text(360, doc.y, "Insurance on file: Hartwell Exchange Silver 3500", 8)
    doc.y += 32
    doc.on_new_page = lambda d: (top(d), d.text(40, d.y, "Statement continued", 8, True),
                                 setattr(d, "y", d.y + 14))
    doc.box(40, doc.y - 9, 532, 13, fill=0.88)
    doc.row(X, H, size=7.5, bold=True)
    doc.y += 16
    pays = {"V-118391": ("01/30/26", Decimal("40.00")), "V-118611": ("02/10/26", Decimal("25.00"))}
    for pat, vno, pc, svcs in visits:
        doc.need(14 + 11 * len(svcs))
        head = f"Patient: {pat}   Visit {vno}   " + (f"Hartwell claim {pc}" if pc else "Not yet processed by "
                                                         "insurance")
        doc.text(40, doc.y, head, 7.5, True)
        doc.y += 11
        for s in svcs:
            ins = m_(s.paid) if pc else "pending"
            cells = [dfmt(s.dos, "mdy2"), s.code, s.desc, m_(s.billed), ins, m_(s.discount) if pc else "",
                     m_(s.owes)]
            doc.row(X, cells, size=7.5)
            cx.line(doc, s, vno, pc, pat, ("billed", "paid", "discount", "patient_owes") if pc else
                    ("billed", "patient_owes"), [cells[0], cells[1], cells[3], cells[4] if pc else "",
                                                 cells[5], cells[6]], units=False, mods=False)
            doc.y += 11
        if vno in pays:
            dt, amt_ = pays[vno]
            doc.row(X, [dt, "", f"Payment received - thank you ({pat.split()[0]})", "", "", "",
                        m_(-amt_)], size=7.5)
            doc.y += 11
        cx.claim(vno, pc, pat)
        doc.y += 5
    allsv = [s for v in visits for s in v[3]]
    bal = total(allsv, "owes") - sum(a for _, a in pays.values())
    doc.need(150)
    doc.rule(40, doc.y, 572, doc.y, 0.8)
    doc.y += 14
    doc.text(380, doc.y, f"Amount due from you: {m_(bal, '$')}", 10, True, "R")
    doc.y += 26
    for ln in ("Questions about your bill? Call our billing office Monday-Friday, 8am-4:30pm.",
               "Services marked 'pending' have been sent to your insurance; the patient portion may change."):
        doc.text(40, doc.y, ln, 7.5)
        doc.y += 10
    doc.y += 8
    doc.rule(40, doc.y, 572, doc.y, 0.5, 0.5)
    doc.text(306, doc.y + 10, "Please detach and return this portion with your payment", 7, align="C")
    doc.text(40, doc.y + 28, "Guarantor account G-20417   Gwendolyn Brannock", 8.5, True)
    doc.text(40, doc.y + 40, f"Amount due {m_(bal, '$')}     Due by 03/15/2026     Amount enclosed $________", 8.5)
    return cx.finish(doc, out, [])


# =========================================================================================== m10
def m10(out):
    """Hospital guarantor statement, fpdf2 DejaVu Serif portrait, account summary + messages two-column band."""
    cx = Ctx("h139_m10_hospital_family_statement", "fpdf2",
             "Hospital outpatient guarantor statement for three family members: one account per visit with "
             "revenue-code charge lines (HCPCS, modifier, quantity), insurance payment and adjustment posted "
             "per account; one account continues onto the next page")
    doc = Doc("fpdf2", LETTER, "DejaSerif", 56)
    fam = ["Augustin Pellerin", "Celeste Pellerin", "Noor Pellerin"]
    st = PlanState(ded_left=Decimal("0.00"), coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.62"))
    accts = [
        (fam[1], "700118245", "CMX260210077", [
            S(2, 2, "97163", 1, ("GP",)), S(2, 2, "97110", 2, ("GP",)), S(2, 4, "97110", 2, ("GP",)),
            S(2, 4, "97140", 1, ("GP",)), S(2, 6, "97110", 2, ("GP",)), S(2, 6, "97112", 1, ("GP",)),
            S(2, 9, "97110", 2, ("GP",)), S(2, 9, "97140", 1, ("GP",)), S(2, 11, "97110", 2, ("GP",)),
            S(2, 11, "97116", 1, ("GP",)), S(2, 13, "97110", 2, ("GP",)), S(2, 13, "97530", 1, ("GP",)),
            S(2, 16, "97110", 2, ("GP",)), S(2, 16, "97140", 1, ("GP",)), S(2, 18, "97110", 2, ("GP",)),
            S(2, 18, "97112", 1, ("GP",)), S(2, 20, "97110", 2, ("GP",)), S(2, 20, "97530", 2, ("GP",))] +
            [S(2, d, c, u, ("GP",)) for d in (23, 25, 27) for c, u in (("97110", 2), ("97140", 1), ("97112", 1))]),
        (fam[2], "700118302", "CMX260210144", [S(2, 3, "92523", 1, ("GN",)), S(2, 10, "92507", 1, ("GN",)),
                                               S(2, 17, "92507", 1, ("GN",))] +
            [S(2, d, "92507", 1, ("GN",)) for d in (19, 24, 26)] +
            [S(3, d, c, 1, ("GN",)) for d in (2, 4) for c in ("92507", "92526")]),
        (fam[0], "700118377", "CMX260210301", [S(2, 5, "97168", 1, ("GO",)), S(2, 5, "97535", 2, ("GO",))]),
    ]
    for _, _, _, svcs in accts:
        for s in svcs:
            commercial(s, st)
    revc = lambda s: "0430" if s.mods == ("GO",) else ("0440" if s.code.startswith("925") else "0420")  # noqa

    def top(d):
        d.text(40, 42, "St. Brigid Valley Hospital", 14, True)
        d.text(40, 54, "Patient Financial Services  -  PO Box 6620, Kellerton, NE 68990", 7.5)
        d.text(572, 42, "Guarantor Statement", 11, True, "R")
        d.text(572, 54, "Page {PAGE} of {PAGES}", 7.5, align="R")
        d.rule(40, 60, 572, 60, 0.8)
        d.y = 76
    top(doc)
    doc.on_new_page = top
    # two-column band: summary (left), messages (right)
    doc.box(40, doc.y, 260, 104)
    doc.box(312, doc.y, 260, 104, fill=0.95)
    y0 = doc.y
    lines = [("Guarantor: Augustin Pellerin", True), ("Guarantor no. 5530077", False),
             ("Statement date: 03/04/2026", False), ("", False)]
    grand = sum((total(a[3], "owes") for a in accts), ZERO)
    lines += [(f"{nm}  acct {ac}", False) for nm, ac, _, _ in accts]
    lines += [("", False), (f"Total now due: {m_(grand, '$')}", True)]
    for i, (t, b) in enumerate(lines):
        if t:
            doc.text(46, y0 + 14 + 10 * i, t, 7.5, b)
    msg = ["Messages", "Your insurance has processed the visits", "below. Balances shown are your share.",
           "Financial assistance is available; ask", "for an application at any registration", "desk."]
    for i, t in enumerate(msg):
        doc.text(318, y0 + 14 + 11 * i, t, 7.5, i == 0)
    doc.y += 124
    X = [(40, "L"), (92, "L"), (126, "L"), (290, "L"), (350, "R"), (410, "R")]
    H = ["Date", "Rev", "Description", "HCPCS/Mod", "Qty", "Charges"]

    def colh(d):
        d.rule(40, d.y + 3, 572, d.y + 3, 0.6)
        d.row(X, H, size=7.5, bold=True)
        d.y += 14
    for nm, ac, pc, svcs in accts:
        doc.need(70)
        doc.box(40, doc.y - 10, 532, 14, fill=0.85)
        doc.text(44, doc.y, f"Patient: {nm}    Account no. {ac}    Outpatient therapy", 8, True)
        doc.y += 14
        colh(doc)
        for s in svcs:
            if doc.need(11):
                doc.text(44, doc.y, f"Patient: {nm}    Account no. {ac}  (continued)", 8, True)
                doc.y += 12
                colh(doc)
            hm = s.code + (" " + " ".join(s.mods) if s.mods else "")
            cells = [dfmt(s.dos, "mdy4"), revc(s), s.desc, hm, units_str(s.units), m_(s.billed)]
            doc.row(X, cells, size=7.5)
            cx.line(doc, s, ac, pc, nm, ("billed",), [cells[0], hm, cells[4], cells[5]])
            doc.y += 11
        tb, tp, td, to = (total(svcs, k) for k in ("billed", "paid", "discount", "owes"))
        doc.need(50)
        doc.rule(290, doc.y - 7, 572, doc.y - 7, 0.4)
        for lab, v in (("Total charges", tb), (f"Payment - Cormorant Mutual, claim {pc}", -tp),
                       ("Contractual adjustment - Cormorant Mutual", -td), ("Account balance", to)):
            doc.text(126, doc.y, lab, 7.5, lab.startswith(("Total", "Account")))
            doc.text(410, doc.y, m_(v), 7.5, lab.startswith(("Total", "Account")), "R")
            doc.y += 11
        cx.claim(ac, pc, nm, billed=tb, paid=tp, patient_owes=to)
        doc.y += 12
    return cx.finish(doc, out, [])


LAYOUTS = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10]
KEYS = ("billed", "allowed", "paid", "patient_owes")


def check(out: Path, results) -> list[str]:
    errs = []
    for pdf, meta in results:
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        rows = text_rows(pdf)
        if len(rows) != t["pages"]:
            errs.append(f"{pdf.name}: page count {len(rows)} != {t['pages']}")
        alltext = " ".join(" ".join(r) for r in rows)
        for tok in meta["docwide"]:
            if tok not in alltext:
                errs.append(f"{pdf.name}: id/patient {tok!r} not in text")
        if len(t["lines"]) != len(meta["expect"]):
            errs.append(f"{pdf.name}: expectation count")
        last = (0, -1)
        for i, (ln, (pg, toks, near), full) in enumerate(zip(t["lines"], meta["expect"], meta["full_adj"])):
            prow = rows[pg - 1] if pg - 1 < len(rows) else []
            hit = [j for j, r in enumerate(prow) if has_tokens(r, toks)]
            if not hit:
                errs.append(f"{pdf.name} line {i} p{pg}: row tokens {toks} not on one text line")
                continue
            later = [h for h in hit if last[0] == pg and h > last[1]]
            j = later[0] if later else hit[0]
            last = (pg, j)
            window = " ".join(prow[j:j + 4])
            for n in near:
                if not has_tokens(window, [n]):
                    errs.append(f"{pdf.name} line {i}: near token {n!r} missing")
            # the truth values themselves must be among the printed tokens
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "coinsurance", "copay",
                      "discount", "not_covered"):
                v = ln[k]
                if v is not None:
                    d = Decimal(v)
                    forms = {money(d, s_, n_) for s_ in ("$", ",", "") for n_ in ("-", "()", "trail")}
                    if not any(has_tokens(prow[j], [f]) for f in forms):
                        errs.append(f"{pdf.name} line {i}: {k}={v} not on its row")
            if ln["code"] and ln["code"] not in prow[j] and ln["code"] not in window:
                errs.append(f"{pdf.name} line {i}: code missing")
            for m in ln["modifiers"]:
                if m not in window:
                    errs.append(f"{pdf.name} line {i}: modifier {m} missing")
            if ln["units"] is not None and not (has_tokens(prow[j], [ln["units"]]) or f"x{ln['units']}" in window):
                errs.append(f"{pdf.name} line {i}: units {ln['units']} not on row")
            for r in ln["remarks"]:
                if r not in window:
                    errs.append(f"{pdf.name} line {i}: remark {r} missing")
            for g, c, a in ln["adjustments"]:
                if c not in window:
                    errs.append(f"{pdf.name} line {i}: adj {g}{c} missing")
            dt = date.fromisoformat(ln["service_date"])
            if not any(dfmt(dt, f) in " ".join(prow[max(0, j - 12):j + 2]) for f in
                       ("mdy2", "mdy4", "mdy6", "mon", "month")):
                errs.append(f"{pdf.name} line {i}: date not near row")
            if full and ln["billed"] is not None and ln["paid"] is not None:
                adj = sum(Decimal(a) for _, _, a in ln["adjustments"])
                if Decimal(ln["billed"]) - adj != Decimal(ln["paid"]):
                    errs.append(f"{pdf.name} line {i}: billed - adjustments != paid")
            if ln["allowed"] is not None and ln["discount"] is not None and ln["billed"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"] or 0) != \
                        Decimal(ln["allowed"]) and Decimal(ln["allowed"]) != 0:
                    errs.append(f"{pdf.name} line {i}: billed - discount - not covered != allowed")
        for c in t["claims"]:
            ls = [x for x in t["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                  (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not ls:
                errs.append(f"{pdf.name}: claim {c['payer_claim_id']} has no lines")
            for k in KEYS:
                v = c["totals"][k]
                if v is None or any(x[k] is None for x in ls):
                    continue
                s = sum(Decimal(x[k]) for x in ls)
                planted = any(c["payer_claim_id"] and c["payer_claim_id"] in f for f in t["expected_findings"])
                if (s != Decimal(v)) != planted:
                    errs.append(f"{pdf.name}: claim {c['payer_claim_id']} {k} total {v} vs lines {s}")
            for k in KEYS:
                v = c["totals"][k]
                if v is not None:
                    forms = {money(Decimal(v), s_, n_) for s_ in ("$", ",", "") for n_ in ("-", "()", "trail")}
                    if not any(f in alltext for f in forms):
                        errs.append(f"{pdf.name}: claim total {k}={v} not printed")
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="heldout139_"))
    if (ROOT / "samples").resolve() in [out.resolve(), *out.resolve().parents]:
        sys.exit("refusing to write under samples/")
    out.mkdir(parents=True, exist_ok=True)
    results = [f(out) for f in LAYOUTS]
    print(out)
    for p, _ in results:
        t = json.loads(Path(str(p) + ".truth.json").read_text())
        print(f"  {p.name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
    if "--check" in argv:
        errs = check(out, results)
        for e in errs[:80]:
            print("CHECK FAIL", e)
        print("check:", "FAILED" if errs else "passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
